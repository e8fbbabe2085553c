"""A verdict on a claim that names what no fact of the pack mentions becomes context."""

from __future__ import annotations

import pytest
from checker_support import BUNDLED, assert_one_check

from bot.chat.base import FactChecker
from bot.core.models import Fact, Verdict
from bot.core.per_pack import related_facts
from bot.core.unknown import unknown_name, unsaid_name, unsaid_thing

# claim, the name no fact of the bundled pack mentions (None: every name is known)
NAMES = [
    ("The 1969 fighting took place on Goldfinch Island, as the Soviets called it", "Goldfinch"),
    ("Xi launched the Belt and Road in Bishkek in 2013", "Bishkek"),
    ("Xi launched the Belt and Road in Astana in 2013", None),
    # Countries and leaders are known actors; short names of people in the chat are left alone.
    ("Replying to Sam: Russia sold China the S-400", None),
    ("Putin says Xi is his best friend", None),
    # Who in the chat passed the claim on is its speaker, not a name of the claim.
    ("At the seminar Margot said Russia sold China the S-400", None),
    ("over coffee Tomasz told me trade hit a record $100 billion", None),
    ("Russia sold the S-400 to Margot", "Margot"),
    # Whose work in the chat the claim is for names a person of the chat, not of the claim.
    ("For Tomasz's deck: Russia sold China the S-400", None),
    ("Noting for Margot’s essay section that trade hit a record $100 billion", None),
    ("Russia sold the S-400 to Margot's army", "Margot"),
    # A capital opening a sentence names nothing; chat in lower case names nothing.
    ("Meanwhile trade hit a record $100 billion", None),
    # Unless what follows shows it a name: a deed of its own or a surname after it.
    ("Goldfinch has met Xi more than 25 times", "Goldfinch"),
    ("Goldfinch and Putin signed the Far East program", "Goldfinch"),
    ("Margot Putin signed the Far East program", "Margot"),
    ("Trade hit a record. Goldfinch has met Xi more than 25 times", "Goldfinch"),
    ("Fearing Chinese espionage, the security services reversed the deal", None),
    ("Plus Xi's first trip abroad was to Moscow", None),
    ("Apparently Putin signed the Far East program", None),
    ("Yesterday Putin signed the Far East program", None),
    ("Vladimir Putin signed the Far East program", None),
    # A day of the week tells when the chat meets, not what the claim is about.
    ("trade hit a record $100 billion, we can go over it on Friday", None),
    ("as we said last Tuesday, Russia sold China the S-400", None),
    # A name this close to a word of the pack is that word misspelt.
    ("Rusia and Chian trade hit a record $100bn", None),
    ("the 1969 fighting took place on goldfinch island", None),
    # Two letters off is another name when the name is that short ("Jianming" is not
    # "Jinping").
    ("the summit was chaired by Jianming in Beijing", "Jianming"),
    ("the summit was chaired by Jinpign in Beijing", None),
    ("the summit was chaired by Jinpnig in Beijing", None),
    # Numbers in words capitalised for emphasis are figures, not names.
    ("my neighbour swears the border clash came in Nineteen Eighty-One", None),
    ("trade hit a whopping Three Hundred Billion dollars last year", None),
    ("the pipeline costs Russia Twice what China pledged, Gloria reckons", None),
    ("the pipeline costs Russia twice what Gloriana pledged", "Gloriana"),
    # The country a delegate speaks for in a mock assembly names the speaker, not the claim.
    ("does the delegate of Kenya not agree that Russia sold China the S-400?", None),
    ("would the Peruvian delegation accept that Russia sold China the S-400?", None),
    ("the delegate asked whether Russia sold Kenya the S-400", "Kenya"),
    # The words of a state's formal title name the state, as its short name does.
    ("The Russian Federation sold the S-400 to the People's Republic of China", None),
    ("the People’s Republic abstained when the Crimea vote came up", None),
    ("the Republic of Goldfinch abstained when the Crimea vote came up", "Goldfinch"),
]


@pytest.mark.parametrize(("claim", "name"), NAMES, ids=[c for c, _ in NAMES])
def test_names_no_fact_mentions(claim: str, name: str | None) -> None:
    assert unknown_name(claim, BUNDLED.facts) == name


@pytest.mark.parametrize(("claim", "fact_id", "verdict"), [
    # The source tells of the clash, not of the island's name: no verdict on it.
    ("The 1969 border clash between China and the USSR was fought on Goldfinch Island",
     "border-clash-1969", Verdict.CONTEXT),
    ("The 1969 border clash between China and the USSR was fought on an island",
     "border-clash-1969", Verdict.TRUE),
    # Another city for the launch than the source's is another place, whether or not the
    # source names it anywhere: the claim is false.
    ("Xi inaugurated the Belt and Road Initiative in Bishkek in 2013", "bri-launched-astana",
     Verdict.FALSE),
    ("Xi inaugurated the Belt and Road Initiative in Almaty in 2013", "bri-launched-astana",
     Verdict.FALSE),
    # A name beside the source's own place may be a part of it: no verdict on it.
    ("Xi inaugurated the Belt and Road Initiative in Astana at Goldfinch Hall",
     "bri-launched-astana", Verdict.CONTEXT),
    # A year in capitalised words is a figure, which the source contradicts.
    ("Chinese troops ambushed a Soviet border patrol in March of Nineteen Eighty-One",
     "border-clash-1969", Verdict.FALSE),
])
def test_a_verdict_on_an_unknown_name_becomes_context(claim: str, fact_id: str,
                                                      verdict: Verdict,
                                                      checker: FactChecker) -> None:
    assert_one_check(checker, claim, fact_id, verdict, "unknown name")


@pytest.mark.parametrize(("claim", "fact_id", "verdict"), [
    # A person the pack tells of elsewhere, given the deed this fact gives another: the fact
    # does not vouch for that person.
    ("the label militarized patriotism for Putin's formula of legitimacy came from Zuenko",
     "klyamkin-militarized-patriotism", Verdict.CONTEXT),
    ("the sociologist who labeled Putin's new formula militarized patriotism was Zuenko",
     "klyamkin-militarized-patriotism", Verdict.CONTEXT),
    # The person the fact names, or the source's own publisher, keeps the verdict.
    ("the label militarized patriotism for Putin's formula of legitimacy came from Igor "
     "Klyamkin", "klyamkin-militarized-patriotism", Verdict.TRUE),
    ("going by Foreign Affairs, Russia-China trade reached a record $100 billion in 2018",
     "trade-2018-record", Verdict.TRUE),
])
def test_a_name_its_fact_never_mentions_gets_no_verdict(claim: str, fact_id: str,
                                                        verdict: Verdict,
                                                        checker: FactChecker) -> None:
    assert_one_check(checker, claim, fact_id, verdict, "unsaid name")


def _fact(fact_id: str) -> Fact:
    [found] = [f for f in BUNDLED.facts if f.id == fact_id]
    return found


# claim, its fact, the name neither that fact nor those it goes with mention (None: none)
UNSAID = [
    ("the phrase militarized patriotism was coined by Zuenko", "klyamkin-militarized-patriotism",
     "Zuenko"),
    ("the phrase militarized patriotism was coined by Klyamkin",
     "klyamkin-militarized-patriotism", None),
    # No name at all (lower case, or a capital only where a sentence opens).
    ("the phrase militarized patriotism was coined by a sociologist",
     "klyamkin-militarized-patriotism", None),
    ("Militarized patriotism is the new formula", "klyamkin-militarized-patriotism", None),
    # A state's formal title is the state's name, whichever fact it is told of.
    ("the People's Republic abstained in the vote on Crimea", "china-abstained-crimea", None),
    ("the Russian Federation sold the S-400 to China", "s400-sold-to-china", None),
    # A chat member whose point or question the claim takes up speaks; the claim is not about
    # them.
    ("agree with Marguerite's point, Russia sold the S-400 to China", "s400-sold-to-china",
     None),
    ("re Tobias's question: Russia did sell China the S-400", "s400-sold-to-china", None),
    ("Russia sold the S-400 to Tobias", "s400-sold-to-china", "Tobias"),
    # The same fact asked again gives the same answer.
    ("the phrase militarized patriotism was coined by Zuenko", "klyamkin-militarized-patriotism",
     "Zuenko"),
]


@pytest.mark.parametrize(("claim", "fact_id", "name"), UNSAID)
def test_names_a_fact_never_mentions(claim: str, fact_id: str, name: str | None) -> None:
    fact = _fact(fact_id)
    assert unsaid_name(claim, fact, related_facts(fact, BUNDLED.facts)) == name


# claim, its fact, the good, weapon or currency the claim names that neither that fact nor
# those it goes with name (None: each it names is named, or the claim names none)
UNSAID_THINGS = [
    # Another good than the fact's is another trade.
    ("Beijing is the top buyer of Moscow's barley", "china-top-arms-buyer", "barley"),
    ("Beijing is the top buyer of Moscow's crude", "china-top-arms-buyer", "crude"),
    ("Beijing is the top buyer of Moscow's weaponry", "china-top-arms-buyer", None),
    # A thing no fact of the pack names at all is unsaid beside one the fact names.
    ("Moscow is paid in renminbi for the gas it ships to Beijing", "russia-main-gas-supplier",
     "renminbi"),
    ("the Kremlin sold Beijing a batch of attack drones", "s400-sold-to-china", "drones"),
    # A good the fact names, beside one the pack names elsewhere, is told of the fact.
    ("Russia ships gas and oil to China through Power of Siberia", "power-of-siberia-38-bcm",
     None),
    # A good the fact names, beside one it does not, tells of the fact's trade.
    ("Russia buys more electronics and machinery from China than oil", "china-sales-electronics",
     None),
    ("Russia buys more oil from China than anything else", "china-sales-electronics", "oil"),
    # The fact's own goods, in another form of the word, are named.
    ("Russia's exports to China are mostly crude, coal and timber",
     "russia-exports-raw-materials", None),
]


@pytest.mark.parametrize(("claim", "fact_id", "thing"), UNSAID_THINGS)
def test_things_a_fact_never_names(claim: str, fact_id: str, thing: str | None) -> None:
    fact = _fact(fact_id)
    assert unsaid_thing(claim, fact, related_facts(fact, BUNDLED.facts), BUNDLED.facts) == thing


@pytest.mark.parametrize(("claim", "fact_id", "verdict"), [
    # Another good bought than the fact's: the fact does not tell of that trade.
    ("China is Russia's number one barley customer", "china-top-arms-buyer", Verdict.CONTEXT),
    ("Beijing buys most of Moscow's weaponry", "china-top-arms-buyer", Verdict.FALSE),
])
def test_a_thing_its_fact_never_names_gets_no_verdict(claim: str, fact_id: str,
                                                      verdict: Verdict,
                                                      checker: FactChecker) -> None:
    assert_one_check(checker, claim, fact_id, verdict, "unsaid name")
