"""Reading a claim's wording against the fact text it matched: roles, comparisons, quantifiers,
plans against deeds, another actor in the fact's place; and what each does to the verdict."""

from __future__ import annotations

import pytest

from bot.chat.base import FactChecker
from bot.core.models import Verdict
from bot.core.motives import motive_of
from bot.core.normalise import normalise
from bot.core.places import occasion_differs, place_differs
from bot.core.polarity import actor_set_against, contrary_set_aside, in_scope
from bot.core.reading import (
    added_quantifier,
    aide_acts,
    attributed_to,
    compares_beyond,
    comparison,
    corrects_doers,
    counts_part_of,
    deciding_quantifier,
    direction_reversed,
    directs_beyond,
    framed_by,
    gap_differs,
    gives_part,
    infers_beyond,
    intent_differs,
    meant_only,
    most_where_few,
    never_for_rarely,
    none_where_some,
    opposed_words,
    opposite_in_clauses,
    opposite_words,
    others_listed,
    person_substituted,
    post_differs,
    premise_only,
    principal_acts,
    repeated_where_first,
    stake_holder_swapped,
    substituted,
    tells_deed_for_plan,
    tells_done_for_due,
    tells_the_correction,
    timing_differs,
    told_as_rumour,
    told_doing,
    told_literally,
    unexplained,
    whole_counted,
)
from bot.core.roles import (
    AGREES,
    REVERSED,
    UNKNOWN,
    lone_recipient_gives,
    roles,
    thing_swapped,
    trip_reversed,
)

# claim, fact text, reading
ROLES = [
    # A noun of the exchange beside a verb of the other side: the verb tells who acts.
    ("35% of Russia's arms exports went to India",
     "India got 35 percent of Russian arms exports", UNKNOWN),
    ("China sold Russia the S-400", "Russia sold China the S-400", REVERSED),
    ("Russia sold China the S-400", "Russia sold China the S-400", AGREES),
    ("China bought the S-400 from Russia", "Russia sold the S-400 to China", AGREES),
    ("Russia bought the S-400 from China", "Russia sold the S-400 to China", REVERSED),
    # The owner of what is taken is the giver: "got Russia's jets" took them from Russia.
    ("Japan sold Moscow its best radar", "moscow got japan's best radar", AGREES),
    ("Moscow sold Japan its best radar", "moscow got japan's best radar", REVERSED),
    # ... but not the owner of exports or sales, which a share of is taken (left unread).
    ("Pakistan got 40% of China's arms exports", "China sold Pakistan 40% of its arms",
     UNKNOWN),
    ("Russia is China's second-largest trading partner",
     "China is Russia's second-largest trading partner", REVERSED),
    ("Russia's second-largest trading partner is China",
     "China is Russia's second-largest trading partner", AGREES),
    ("Putin presented Xi with the Order of Friendship",
     "Xi gave Putin China's very first Order of Friendship", REVERSED),
    ("Soviet troops ambushed a Chinese border patrol in 1969",
     "Chinese troops ambushed and killed a Soviet border patrol", REVERSED),
    ("China mostly ships raw materials to Russia",
     "Russia's exports to China are mostly raw materials", REVERSED),
    ("Pakistan invited India to join the SCO", "Russia invited India to join the SCO", UNKNOWN),
    # Adjectives between a marker and its actor: "by imperial Russia", "on a weaker China".
    ("The border was forced by Beijing on a weaker Moscow",
     "The border was imposed by imperial Russia on a weaker China", REVERSED),
    # A pair named side by side is a topic; the actors' later mentions still have roles.
    ("In Russia-China trade, China is Russia's junior partner",
     "Russia-China trade leaves Russia as China's junior partner", REVERSED),
    ("china is the junior partner of russia",
     "Russia-China trade leaves Russia as China's junior partner", REVERSED),
    # Each clause has its own subject: who acts on whom, clause by clause.
    ("Russia invited Iran to the talks and China invited Turkey",
     "China invited Iran to the talks and Russia invited Turkey", REVERSED),
    ("Russia invited Iran to the talks and China invited Turkey",
     "Russia invited Iran to the talks, and China invited Turkey", AGREES),
    # "the other channel" makes nothing mutual; "each other" does.
    ("a guy in the other channel says China sold Russia the S-400",
     "Russia sold China the S-400", REVERSED),
    ("Russia and China sold each other arms", "Russia sold China the S-400", UNKNOWN),
    # Side by side, mutual, or no verb between: order says nothing.
    ("Russia and China held a joint exercise", "China and Russia held a joint exercise", UNKNOWN),
    ("trade between China and Russia hit $100bn", "Russia-China trade hit $100bn", UNKNOWN),
    ("When the UN condemned Russia over Crimea, Beijing abstained",
     "China abstained on the UN resolution condemning Russia", UNKNOWN),
    ("China is the only country Russia sells the S-400 to",
     "russia only sells the s-400 to china", UNKNOWN),
    # "of Russia's exports": the possessive owns what follows, whatever stands before it.
    ("China's sales to Russia are mostly raw materials",
     "Most of Russia's exports to China are raw materials", REVERSED),
    ("Russia's sales to China are mostly raw materials",
     "Most of Russia's exports to China are raw materials", AGREES),
    # One agent named: it acts on another actor in the fact, so it is not the one who acted
    # on this actor there; a cleft ("it was X that ...") names its agent as plainly.
    ("Germany invited Turkey to the summit",
     "Germany invited Iran to the summit and France invited Turkey", REVERSED),
    ("was it Berlin that invited Turkey to the summit?",
     "Germany invited Iran to the summit and France invited Turkey", REVERSED),
    ("Germany invited Iran to the summit",
     "Germany invited Iran to the summit and France invited Turkey", AGREES),
    ("Japan invited Turkey to the summit",
     "Germany invited Iran to the summit and France invited Turkey", UNKNOWN),
    # "A and B's": the pair owns what follows together, so neither has a role of its own.
    ("Macron honoured Merkel with a prize", "Macron and Merkel's rapport is only for show",
     UNKNOWN),
    ("Tokyo gave Delhi a medal", "Japan and India's friendship is an act", UNKNOWN),
    # A noun that names a side of an exchange: "recipient", "buyer", "supplier".
    ("Merkel was the first recipient of France's new medal",
     "Macron gave Merkel France's new medal", AGREES),
    ("Macron was the first recipient of France's new medal",
     "Macron gave Merkel France's new medal", REVERSED),
    ("was Macron the recipient of the medal", "Macron gave Merkel France's new medal", REVERSED),
    ("Germany is not the biggest buyer of French wine",
     "Germany is the biggest buyer of French wine", AGREES),
    ("France is Germany's biggest wine supplier",
     "Germany is the biggest customer for French wine", REVERSED),
    ("the biggest customer for French wine is Germany",
     "Germany is the biggest buyer of French wine", AGREES),
    # One text names no exchange at all: word order alone reads both.
    ("Germany is France's top wine client",
     "France's top wine client is Italy's neighbour Germany", AGREES),
    # A border is both sides' alike: "X's border with Y" is "Y's border with X".
    ("Germany's border with France is the longest it has",
     "France's frontier with Germany is the longest it has", UNKNOWN),
    # A passive's agents that the fact has others act on: the roles turned around.
    ("the club was founded by Iran and Turkey",
     "Germany invited Iran to the summit and France invited Turkey", REVERSED),
    ("the club was founded by Germany and France",
     "Germany invited Iran to the summit and France invited Turkey", UNKNOWN),
    ("does Ankara stand by Tehran at the summit",
     "Germany invited Iran to the summit and France invited Turkey", UNKNOWN),
    # A passive's subject is acted on; only "by" names who acts.
    ("Iran was invited to the summit by Germany", "Germany invited Iran to the summit", AGREES),
    ("was Iran invited by Germany", "Germany invited Iran to the summit", AGREES),
    ("Germany was invited to the summit by Iran", "Germany invited Iran to the summit",
     REVERSED),
    # A passive's agent acts on its subject, clause by clause as the active's subject does.
    ("Turkey was invited to the summit by Germany",
     "Germany invited Iran to the summit and France invited Turkey", REVERSED),
    ("Turkey was brought into the club by Germany",
     "Germany brought Iran into the club and France invited Turkey", REVERSED),
    ("was Turkey invited by Germany",
     "Germany invited Iran to the summit and France invited Turkey", REVERSED),
    ("Iran was invited to the summit by Germany",
     "Germany invited Iran to the summit and France invited Turkey", AGREES),
    # "X's" before an adverb, an article or a word said of a subject is "X is".
    ("Germany's ready to follow France into the war",
     "Germany is unlikely to follow France into the war", AGREES),
    ("France's the one who followed Germany into the war",
     "Germany is unlikely to follow France into the war", REVERSED),
    # "Jumped", "raided" and "assaulted" act on the one after them, as "attacked" does.
    ("the skirmish was France jumping a German patrol", "German troops attacked a French patrol",
     REVERSED),
    ("Germany raided a French outpost", "German troops attacked a French outpost", AGREES),
    # The one asked for something ("pushing X for", "asking X for") is the one it is sought
    # from, as "seek from X" names it; urged to do a thing, it is no source.
    ("it's Tokyo pushing Seoul for a trade pact", "Seoul can seek from Tokyo a trade pact",
     REVERSED),
    ("Seoul keeps asking Tokyo for a trade pact", "Seoul can seek from Tokyo a trade pact",
     AGREES),
    ("Korea keeps pressing Japan for loans, not the other way round",
     "Korea seeks loans from Japan", AGREES),
    ("Tokyo urged Seoul to sign a trade pact", "Seoul can seek from Tokyo a trade pact",
     UNKNOWN),
    # An actor said to be what the fact says it owns, another actor being that.
    ("Korea is the junior partner in that deal", "the deal leaves Japan as Korea's junior partner",
     REVERSED),
    ("Germany is the biggest trading partner", "France is Germany's biggest trading partner",
     REVERSED),
    ("Japan is the junior partner in that deal", "the deal leaves Japan as Korea's junior partner",
     UNKNOWN),
    ("Germany is a big trading nation", "France is Germany's biggest trading partner", UNKNOWN),
    # A destination named by a noun: the one who owns it goes there.
    ("Paris was Merkel's first destination as chancellor",
     "Merkel's first trip as chancellor was to Paris", UNKNOWN),
    ("Berlin was Macron's first stop abroad", "Macron went to Berlin first", AGREES),
    ("Merkel's first destination as chancellor was Paris",
     "Merkel's first trip as chancellor was to Paris", UNKNOWN),
    ("Paris was Merkel's first destination", "Macron went to Berlin first", REVERSED),
    # An actor doing what the fact has done to it, by the same verb.
    ("Japan invited Korea to the summit", "Japan was invited to the summit to ease its fears",
     REVERSED),
    ("Korea was invited to the summit by Japan", "Japan was invited to the summit", REVERSED),
    ("Korea invited Japan to the summit", "Japan was invited to the summit", UNKNOWN),
    ("Japan was invited to the summit", "Japan was invited to the summit in May", UNKNOWN),
    ("Japan praised Korea at the summit", "Japan was invited to the summit", UNKNOWN),
    # A destination of goods tells no trip.
    ("Japan is fifth among Korea's export destinations", "Japan ranks fifth in Korean exports",
     UNKNOWN),
    # A chat word that ends in a marker ("hold on", "hang on") marks no actor.
    ("hold on, Macron praised Merkel at the summit?", "Macron praised Merkel at the summit",
     AGREES),
    ("hang on, Merkel praised Macron at the summit?", "Macron praised Merkel at the summit",
     REVERSED),
    # A visit's destination told after it ("Merkel's first visit was Paris") is gone to.
    ("merkel's first visit was paris and she calls macron her friend",
     "Merkel called Macron her friend and made Paris her first stop", AGREES),
    # "New" in a place's name ("New Delhi") stands between a marker and its actor.
    ("it was Japan that invited India",
     "Tokyo's invitation to New Delhi was answered by Seoul's invitation to Taipei", UNKNOWN),
    ("the radar went to New Delhi from Japan", "Japan sold the radar to India", UNKNOWN),
    # A comma keeps two names apart where the second opens a clause of its own: no pair.
    ("the prize went to Macron, Merkel handed it over", "Merkel gave Macron the prize", AGREES),
    ("the prize went to Macron, Merkel handed it over", "Macron gave Merkel the prize",
     REVERSED),
    # A list of names goes on with "and" or a comma: a pair, as before.
    ("Macron, Merkel and Modi met in Paris", "Merkel gave Macron the prize", UNKNOWN),
]


@pytest.mark.parametrize(("claim", "fact", "reading"), ROLES, ids=[c for c, _, _ in ROLES])
def test_roles(claim: str, fact: str, reading: str) -> None:
    assert roles(normalise(claim), normalise(fact)) == reading


# claim, fact texts, whether the claim's trip goes the other way round
TRIPS = [
    ("Merkel flew to Paris to meet Macron", ("during Macron's visit to Berlin",), True),
    ("Macron went to Berlin in May", ("Macron's visit to Berlin in May",), False),
    ("Merkel visited Paris", ("when Macron visited Berlin, Merkel offered a deal",), True),
    ("Merkel visited Paris", ("during Macron's May visit, Merkel offered a deal",), True),
    ("Merkel visited Paris",
     ("Macron's visit to Berlin", "Merkel visited Paris a month later"), False),
    # A trip told without a destination, or a trip of goods, sends no traveller anywhere.
    ("Merkel travelled a lot", ("during Macron's visit to Berlin",), False),
    ("Germany sold tanks to France", ("during Macron's visit to Berlin",), False),
    # "Her first visit" is a noun: the city before it pays no visit.
    ("Merkel went to Paris first", ("Merkel called Macron a friend and made Paris her first "
                                    "visit",), False),
]


@pytest.mark.parametrize(("claim", "texts", "swapped"), TRIPS, ids=[c for c, _, _ in TRIPS])
def test_trips(claim: str, texts: tuple[str, ...], swapped: bool) -> None:
    assert trip_reversed(normalise(claim), [normalise(t) for t in texts]) is swapped


_KEEPER = "He made the city council the keeper of the old harbour, and he rebuilt the docks."
# claim -> whether it has the thing the sentence's actor (France, "he") acts on act on the actor
THINGS_SWAPPED = [
    ("the city council made Macron keeper of the old harbour", True),
    ("Macron made the city council keeper of the old harbour", False),
    ("the city council praised Macron", False),
    ("the council made Merkel keeper of the old harbour", False),
]


@pytest.mark.parametrize(("claim", "swapped"), THINGS_SWAPPED)
def test_a_thing_acting_on_the_actor_that_acts_on_it(claim: str, swapped: bool) -> None:
    assert thing_swapped(normalise(claim), normalise(_KEEPER), "france") is swapped


# claim, fact text, whether the claim gives the actor's deed to its aide
AIDES = [
    ("Erdogan's foreign minister vetoed the deal Erdogan wanted",
     "Erdogan vetoed the deal his foreign minister wanted", True),
    ("did Macron's advisers turn down the plan Macron drew up?",
     "Macron rejected the plan his advisers drew up", True),
    ("Macron's advisers drew up a plan, which Macron rejected",
     "Macron rejected the plan his advisers drew up", False),
    ("Macron rejected the plan his advisers drew up",
     "Macron rejected the plan his advisers drew up", False),
    # The actor does another deed first, and "his" aide the fact's deed after it.
    ("Macron drew up the plan and his advisers turned it down",
     "Macron rejected the plan his advisers drew up", True),
    ("Erdogan wanted the deal and it was his foreign minister who vetoed it",
     "Erdogan vetoed the deal his foreign minister wanted", True),
    ("Macron rejected the plan and his advisers turned it down too",
     "Macron rejected the plan his advisers drew up", False),
    ("Macron drew up the plan and his advisers approved it",
     "Macron rejected the plan his advisers drew up", False),
    ("Macron drew up the plan and the advisers of his rival turned it down",
     "Macron rejected the plan his advisers drew up", False),
    # The fact names no aide, or the actor first as an owner: no deed of the actor's to give.
    ("Erdogan's foreign minister vetoed the deal", "Erdogan vetoed the deal", False),
    ("Erdogan's envoy vetoed the deal", "Erdogan's envoy vetoed the deal his rivals wanted",
     False),
]


@pytest.mark.parametrize(("claim", "fact", "given"), AIDES, ids=[c for c, _, _ in AIDES])
def test_a_deed_given_to_the_actors_aide(claim: str, fact: str, given: bool) -> None:
    assert aide_acts(normalise(claim), normalise(fact)) is given


# claim, fact text, whether the claim gives the aide's deed to the one the fact names besides
PRINCIPALS = [
    ("it was the Kremlin that shelved the Huawei contract",
     "Russian security services shelved a Kremlin contract with Huawei", True),
    ("the Kremlin scrapped the server purchase over the objections of its spies",
     "Russian security services scrapped a Kremlin purchase of servers", True),
    # Cancelling a contract kills it.
    ("the Kremlin cancelled the Huawei contract",
     "Russian security services killed a Kremlin contract with Huawei", True),
    # The claim's doer is the aide too, or the fact names no one else the deed could go to.
    ("Russia's security services shelved the Kremlin's Huawei contract",
     "Russian security services shelved a Kremlin contract with Huawei", False),
    ("Russia shelved the Huawei contract", "Russian security services shelved the contract",
     False),
    # Another deed is no deed given away.
    ("the Kremlin signed the Huawei contract",
     "Russian security services shelved a Kremlin contract with Huawei", False),
]


@pytest.mark.parametrize(("claim", "fact", "given"), PRINCIPALS,
                         ids=[c for c, _, _ in PRINCIPALS])
def test_an_aides_deed_given_to_another_the_fact_names(claim: str, fact: str,
                                                       given: bool) -> None:
    assert principal_acts(normalise(claim), normalise(fact)) is given


# claim, fact texts, whether a text of the fact tells the claim's doer doing its deed: then
# the deed is not the aide's alone ("fear of leaks made the Kremlin cancel the contract").
TOLD_DOING = [
    ("the Kremlin cancelled the Huawei contract",
     ("Russian security services killed a Kremlin contract with Huawei",
      "fear of leaks made Moscow cancel its Huawei contract"), True),
    ("the Kremlin scrapped the server purchase",
     ("the Kremlin scrapped the server purchase after its spies objected",), True),
    # The actor named as the owner of what was ended, not as the one who ended it.
    ("the Kremlin cancelled the Huawei contract",
     ("Russian security services killed a Kremlin contract with Huawei",), False),
    ("the Kremlin cancelled the Huawei contract",
     ("the Kremlin signed a Huawei contract that the security services cancelled",), False),
    # Another verb, or a claim that names the aide as well, is read as before.
    ("the Kremlin killed the Huawei contract",
     ("fear of leaks made Moscow cancel its Huawei contract",), False),
    ("the Kremlin cancelled the Huawei contract though the security services wanted it",
     ("fear of leaks made Moscow cancel its Huawei contract",), False),
]


@pytest.mark.parametrize(("claim", "texts", "told"), TOLD_DOING,
                         ids=[f"{c} / {t[-1]}" for c, t, _ in TOLD_DOING])
def test_a_fact_that_tells_the_claims_doer_doing_it(claim: str, texts: tuple[str, ...],
                                                    told: bool) -> None:
    assert told_doing(normalise(claim), tuple(normalise(t) for t in texts)) is told


_TREATY_QUOTE = ("The treaty, signed in 1998 by German Chancellor Helmut Kohl and French "
                 "President Jacques Chirac, set up the council.")
# claim, whether it answers the false "Merkel and Macron signed the treaty" with the source's
# own signatories
DOERS = [
    ("the treaty was signed by Helmut Kohl and Jacques Chirac", True),
    ("It was signed by Kohl and Chirac, in 1998", True),
    ("the treaty was signed by Merkel and Chirac", False),   # one of the false claim's actors
    ("the treaty was signed by Kohl and Mitterrand", False),  # a signatory the quote does not name
    # Told in the active voice, the doers are the subject of the quote's verb.
    ("Kohl and Chirac signed the treaty", True),
    ("honestly Helmut Kohl and Jacques Chirac signed it back in 1998", True),
    ("Merkel and Chirac signed the treaty", False),           # one of the false claim's actors
    ("Kohl and Mitterrand signed the treaty", False),         # a signatory the quote does not name
    ("Kohl and Chirac opposed the treaty", False),            # not the quote's deed
    # The false claim's actors set aside after the source's: "..., not by Merkel and Macron".
    ("the treaty was signed by Kohl and Chirac, not by Merkel and Macron", True),
]


@pytest.mark.parametrize(("claim", "corrects"), DOERS, ids=[c for c, _ in DOERS])
def test_a_false_claims_doers_answered_with_the_sources(claim: str, corrects: bool) -> None:
    assert corrects_doers(claim, "Merkel and Macron signed the treaty", _TREATY_QUOTE) \
        is corrects


COMPARISONS = [
    ("Russia's economy is bigger than China's",
     "China's economy is more than seven times the size of Russia's", REVERSED),
    ("China's economy dwarfs Russia's",
     "China's economy is more than seven times the size of Russia's", AGREES),
    ("Russia's economy is smaller than China's",
     "China's economy is more than seven times the size of Russia's", AGREES),
    ("Russia is more vulnerable to disruptions than China",
     "China is far more vulnerable to geopolitical disruptions than Russia", REVERSED),
    ("China sent more troops to Vostok-2018 than Russia",
     "Russia fielded far more troops than China at Vostok-2018", REVERSED),
    ("India got fewer Russian arms than China",
     "India got far more Russian arms than China", REVERSED),
    # The actors "than" sets side by side are compared, not the seller of both.
    ("Moscow sold more tanks to Beijing than to Delhi",
     "Russia sold more tanks to India than to China", REVERSED),
    ("India buys more Russian tanks than China does",
     "Russia sells more tanks to India than to China", AGREES),
    # "A bigger ... than": the article and a few words before "than" still compare.
    ("Germany is a bigger export market for France than Spain is",
     "Spain is France's largest export market, ahead of Germany", REVERSED),
    ("Spain is a bigger export market for France than Germany",
     "Spain is France's largest export market, ahead of Germany", AGREES),
    # A comparative after an article describes an actor and compares nothing.
    ("The treaty was forced on a weaker Beijing by Moscow",
     "Moscow forced the treaty on a weaker Beijing", UNKNOWN),
    # A bound on a number compares no actors.
    ("China invested more than $10 billion in Russia",
     "China invested no more than $24 billion in Russia", UNKNOWN),
    # The thing compared named again after "than": its actor is the other side.
    ("Spain's trade with France is larger than its trade with Germany and Italy together",
     "Spain's trade with Germany and Italy is three times its trade with France", REVERSED),
    ("France's wine exports to Japan are bigger than its wine exports to Spain",
     "France sells more wine to Japan than to Spain", AGREES),
    # "the US" is the United States, beside "the EU" or alone.
    ("Japan's trade with Russia is larger than its trade with the US and the EU",
     "Japan's trade with the US and EU is four times its trade with Russia", REVERSED),
    ("Japan does more business with the US than with Russia",
     "Japan's trade with the US and EU is four times its trade with Russia", AGREES),
    # A verb that compares turns the comparison as "than" does.
    ("Japan's trade with Russia outweighs its trade with the EU",
     "Japan's trade with the EU is four times its trade with Russia", REVERSED),
    ("Japan's commerce with the EU dwarfs its Russian business",
     "Japan's trade with the EU is four times its trade with Russia", AGREES),
    ("India's army outnumbers Pakistan's",
     "Pakistan fielded more soldiers than India", REVERSED),
    # A "than" that bounds a figure leaves the ratio after it to compare.
    ("Japan's economy is smaller than Vietnam's",
     "Japan's economy is more than ten times the size of Vietnam's", REVERSED),
    ("Vietnam's economy trails Japan's",
     "Japan's economy is more than ten times the size of Vietnam's", AGREES),
    # The rest of a kind as one side: "more often than with any other coach".
    ("the striker has played with other coaches more often than with his current one",
     "he has played with his coach 40 times, far more often than with any other coach",
     REVERSED),
    ("the striker played with his coach more than with anyone else",
     "he has played with his coach 40 times, far more often than with any other coach", AGREES),
    ("other coaches played him less often than his current one",
     "he has played with his coach 40 times, far more often than with any other coach", AGREES),
    # One actor put at the top of its kind, where the fact puts another above it.
    ("Japan was the biggest market for German cars in 2010-15",
     "from 2010 to 2015 France was a far likelier market for German cars than Japan",
     REVERSED),
    ("wasn't Japan the main buyer of German cars between 2010 and 2015?",
     "from 2010 to 2015 France was a far likelier market for German cars than Japan",
     REVERSED),
    # The one put above may still not be the top.
    ("France was the top market for German cars in 2010-15",
     "from 2010 to 2015 France was a far likelier market for German cars than Japan", UNKNOWN),
    # Two years as the sides, as two actors are: the fact tells a change from one to the next.
    ("wine exports in 2016 were lower than in 2015",
     "French wine exports grew 8 percent in 2016 compared with 2015", REVERSED),
    ("wine exports in 2016 were higher than in 2015",
     "French wine exports grew 8 percent in 2016 compared with 2015", AGREES),
    ("wine exports in 2015 were bigger than in 2016",
     "French wine exports rose 8 percent in 2016 over 2015", REVERSED),
    ("wine exports last year were smaller than the year before",
     "last year French wine exports fell 8 percent on the year before", AGREES),
    ("wine exports last year were bigger than the year before",
     "French wine exports rose 8 percent year on year", AGREES),
    # Years the fact does not name are not its change's.
    ("wine exports in 2019 were lower than in 2018",
     "French wine exports grew 8 percent in 2016 compared with 2015", UNKNOWN),
    # Whose thing is compared is no side: the subject and the one after "than" are.
    ("northern Brazil got less Chinese money than Mexico did",
     "China invested far more in northern Brazil than in Mexico", REVERSED),
    ("northern Brazil got more Chinese money than Mexico did",
     "China invested far more in northern Brazil than in Mexico", AGREES),
]


@pytest.mark.parametrize(("claim", "fact", "reading"), COMPARISONS,
                         ids=[c for c, _, _ in COMPARISONS])
def test_comparisons(claim: str, fact: str, reading: str) -> None:
    assert comparison(normalise(claim), normalise(fact)) == reading


# claim, fact text, whether one calls the gap small that the other calls large
GAPS = [
    ("China's exports are slightly bigger than Russia's", "China's exports are ten times Russia's",
     True),
    ("China's exports are barely more than Russia's", "China exports 4x more than Russia", True),
    ("China's exports dwarf Russia's", "China's exports are only a bit larger than Russia's",
     True),
    ("China's exports are far bigger than Russia's", "China's exports are ten times Russia's",
     False),
    ("China's exports are a bit bigger than Russia's",
     "China's exports are a bit bigger than Russia's", False),
    # No gap at all against a large one.
    ("China's exports are roughly equal to Russia's", "China's exports are ten times Russia's",
     True),
    ("China's exports are about the same as Russia's", "China's exports dwarf Russia's", True),
    # A fact that equates them is read by its own words, not as a gap.
    ("China's exports are ten times Russia's", "China's exports are on par with Russia's",
     False),
]


@pytest.mark.parametrize(("claim", "fact", "differs"), GAPS, ids=[c for c, _, _ in GAPS])
def test_gaps(claim: str, fact: str, differs: bool) -> None:
    assert gap_differs(normalise(claim), normalise(fact)) is differs


QUANTIFIERS = [
    ("China is the only buyer of the Su-35", "China was the first to buy the Su-35", "only"),
    ("Every Russian-led project was completed", "Russian-led projects stalled", "every"),
    ("China financed only 11 of the 91 projects", "China financed 11 of the 91 projects", None),
    ("the pipeline delivers 38 bcm every year", "the pipeline delivers 38 bcm a year", None),
    # Filler at the end of a message quantifies nothing.
    ("the coach called him his best player n all", "the coach called him his best player", None),
    ("the coach called him his best player and all that", "the coach called him his best player",
     None),
    ("the coach called all of them his best players", "the coach called him his best player",
     "all"),
    ("not only trade but arms", "trade and arms", None),
    ("they vote all the time together", "they vote almost in unison", None),
    ("China is the only buyer", "China is the only buyer", None),
    # "Only" before a deed holds the deed, as the source's "just" or "instead of" does.
    ("the mayor only vetoed the budget", "the mayor vetoed the budget instead of rewriting it",
     None),
    ("the club only loaned him out", "the club just loaned him out", None),
    ("the mayor only vetoed the budget", "the mayor vetoed the budget", "only"),
    ("only the mayor vetoed the budget", "the mayor just vetoed the budget", "only"),
    ("hey all, China was the first buyer of the Su-35", "China was the first buyer of the Su-35",
     None),
    # "all five" counts, unless the fact states a part of them.
    ("Russia took all four islands", "the Soviet Union took four islands", None),
    ("China funded all 91 projects", "China funded only 11 of the 91 projects", "all"),
    ("all of Russia's exports are raw materials",
     "three quarters of Russia's exports are raw materials", "all"),
    # A whole hedged to nearly so is stated by neither side.
    ("the two clubs always sign the same players",
     "the two clubs pretty much always sign the same players", "always"),
    ("every member backed the motion", "virtually every member backed the motion", "every"),
    ("nearly all members backed the motion", "many members backed the motion", None),
    ("the clubs just about always agree", "the clubs mostly agree", None),
    # How often it was told is no quantifier over what was told.
    ("my uncle always says the mayor won twice", "the mayor won twice", None),
    ("my uncle always thought the mayor always wins", "the mayor won twice", "always"),
    # "All" of the names just listed adds none; nor does denying that one is the only one.
    ("Lyon, Nice and Lille are all bidding for the final too", "Lyon, Nice and Lille are "
     "bidding for the final", None),
    ("the city won't be the only host", "the city will host the final", None),
    ("the city will be the only host", "the city will host the final", "only"),
    # "The only one", "nobody else", "no other club": "only", told another way.
    ("Lyon will be the only one host, nobody else", "Lyon was the first host", "only"),
    ("the only two hosts are Lyon and Nice", "Lyon and Nice will host", "only"),
    ("no club other than Lyon has hosted the final", "Lyon was the first host", "only"),
    ("no other country has hosted it", "France was the first host", "only"),
    ("Lyon hosted it and nobody else did", "Lyon was the first host", "only"),
    ("there is no other explanation for the delay", "the delay had causes", None),
    ("the club signed only one of the players", "the club signed one of the players", None),
    # "Only like 24", "only nearly 30": a figure hedged, no quantifier.
    ("the club spent 90 million on strikers but only like 20 on defenders",
     "the club spent 90 million on strikers and 20 on defenders", None),
    ("the club scored only nearly 30 goals", "the club scored 29 goals", None),
    # Where a superlative holds ("in all the league") is no quantifier over the claim.
    ("Lyon has the biggest stadium in all France", "Lyon has the biggest stadium in France",
     None),
    ("the mayor has the highest approval of all the mayors in the region",
     "the mayor has the highest approval in the region", None),
    ("all the stadiums in France are full", "the stadiums in France are full", "all"),
    ("all clubs are bidding for the final", "Lyon and Nice are bidding for the final", "all"),
    # A whole told at length is "always".
    ("the two clubs sign the same players every single time",
     "the two clubs mostly sign the same players", "always"),
    ("the twin towns are 100% in sync on tourism", "the twin towns largely agree on tourism",
     "always"),
    ("the council backed the mayor without exception", "the council often backed the mayor",
     "always"),
    ("ticket sales grew 100% last year", "ticket sales grew last year", None),
    # The whole of the other side of a comparison quantifies nothing.
    ("Japan sold more cars to Ohio alone than to all of Mexico",
     "Japan sold more cars to Ohio than to Mexico", None),
    ("Japan sold more cars to all of Mexico than to Ohio",
     "Japan sold more cars to Ohio than to Mexico", "all"),
    # "For all ..." opening a claim concedes ("despite"); it quantifies nothing.
    ("For all the mayor's promises, the stadium talks went nowhere",
     "the mayor promised a stadium but the talks went nowhere", None),
    ("but for all that, the merger never happened", "the merger did not happen", None),
    ("the levy is paid for all imports", "the levy is paid on imports", "all"),
    # "All set to", "all ready to": ready, an idiom; no whole.
    ("the council was all set to sell the stadium", "the council decided to sell the stadium",
     None),
    ("the club was all ready to sign him", "the club agreed to sign him", None),
    ("all sets of keys were lost", "the keys were lost", "all"),
    # "Not all" tells a part, as "some ... not" does: no whole.
    ("not all the dams were finished", "many of the dams have stalled", None),
    ("not every club signed the pact", "most clubs signed the pact", None),
    ("the council didn't repair all 40 bridges", "the council repaired 6 of the 40 bridges",
     None),
    ("the league did not really pay every club", "the league paid some clubs", None),
    # A denial in a clause of its own leaves the whole after it standing.
    ("the derby isn't close, it's all for show", "the derby is close", "all"),
]


@pytest.mark.parametrize(("claim", "fact", "word"), QUANTIFIERS, ids=[c for c, _, _ in QUANTIFIERS])
def test_added_quantifiers(claim: str, fact: str, word: str | None) -> None:
    assert added_quantifier(normalise(claim), (normalise(fact),)) == word


# claim, fact text -> the quantifier the fact settles: "all" where it states a part, "only"
# where it names others; else the first the claim adds.
DECIDING_QUANTIFIERS = [
    ("all the bread sold comes only from the mill", "the bread sold comes mostly from the mill",
     "all"),
    ("only the mill supplies the bakery, every day", "the mill and others supply the bakery",
     "only"),
    ("only the mill supplies the bakery, every day", "the mill supplies the bakery", "only"),
    ("the mill supplies the bakery", "the mill supplies the bakery", None),
    # "No exceptions" is "always", told at length.
    ("the mill supplies the bakery, no exceptions", "the mill mostly supplies the bakery",
     "always"),
]


@pytest.mark.parametrize(("claim", "fact", "word"), DECIDING_QUANTIFIERS,
                         ids=[c for c, _, _ in DECIDING_QUANTIFIERS])
def test_the_quantifier_the_fact_settles(claim: str, fact: str, word: str | None) -> None:
    assert deciding_quantifier(normalise(claim), (normalise(fact),)) == word


# claim, whether it tells how much of a whole is so
PARTS_GIVEN = [
    ("did the city repair most of the 40 bridges?", True),
    ("the bulk of the budget went to roads", True),
    ("the city repaired 3 of the 40 bridges", True),
    ("the money came mostly from taxes", True),
    ("the city repaired the 40 bridges", False),
    ("the most advanced bridge in the city", False),
]


@pytest.mark.parametrize(("claim", "part"), PARTS_GIVEN, ids=[c for c, _ in PARTS_GIVEN])
def test_a_claim_giving_a_part_of_a_whole(claim: str, part: bool) -> None:
    assert gives_part(normalise(claim)) is part


# claim, fact texts, whether the claim denies every one where the fact says some are so
NONE_WHERE_SOME = [
    ("the city repaired none of the bridges", ("the city repaired only 3 of the 40 bridges",),
     True),
    ("the city didn't repair a single bridge", ("the city repaired 3 of the 40 bridges",), True),
    ("the city never repaired any of the bridges",
     ("some of the bridges were repaired, the rest were delayed",), True),
    ("the city didn't repair most of the bridges", ("the city repaired only 3 of the 40",),
     False),
    ("the city repaired none of the bridges", ("the city repaired the bridges",), False),
    # Nothing spent where the fact gives a sum spent: the denial goes past the sum.
    ("the city spent nothing on the bridges", ("the city spent no more than $3 million",), True),
    ("the city spent zero on the bridges", ("the city spent $3 million on them",), True),
    ("the city spent nothing on the bridges", ("the city spent little on the bridges",), False),
    ("the pledge for the bridges came to nothing", ("the city pledged $3 million",), False),
]


@pytest.mark.parametrize(("claim", "texts", "some"), NONE_WHERE_SOME,
                         ids=[c for c, _, _ in NONE_WHERE_SOME])
def test_none_where_the_source_says_some(claim: str, texts: tuple[str, ...],
                                         some: bool) -> None:
    assert none_where_some(normalise(claim), tuple(normalise(t) for t in texts)) is some


# claim, fact text, the count the claim gives the whole of, whether the text counts a part of it
WHOLES_COUNTED = [
    ("the league paid for all 40 stadiums", "the league paid for only 6 of the 40 stadiums",
     "40", True),
    ("the league paid for all of the 40 stadiums", "the plan listed 40 stadiums", "40", False),
    ("all ten clubs were relegated", "only three of the ten clubs were relegated",
     "ten", True),
    ("all ten clubs were relegated", "the ten clubs were relegated", "ten", False),
    # No whole counted: nothing to read against the fact.
    ("the league paid for 40 stadiums", "the league paid for only 6 of the 40 stadiums", None,
     False),
    ("the league paid for nearly all 40 stadiums", "most of the 40 stadiums", None, False),
]


@pytest.mark.parametrize(("claim", "fact", "count", "part"), WHOLES_COUNTED,
                         ids=[c for c, _, _, _ in WHOLES_COUNTED])
def test_a_counted_whole_against_a_counted_part(claim: str, fact: str, count: str | None,
                                                part: bool) -> None:
    assert whole_counted(normalise(claim)) == count
    assert (count is not None and counts_part_of(count, (normalise(fact),))) is part


# claim, fact texts, whether the claim says "never" of what the source says is rare
NEVER_FOR_RARELY = [
    ("empires never ally with their colonies", ("empires rarely ally with their colonies",),
     True),
    ("empires never ally with colonies",
     ("it is rare for empires to ally with colonies", "an empire almost never allies with one"),
     True),
    ("empires never ally with colonies", ("empires never ally with colonies",), False),
    ("empires rarely ally with colonies", ("empires seldom ally with colonies",), False),
    ("an empire almost never allies with its colony", ("empires rarely ally with colonies",),
     False),
    ("the talks never ended", ("the talks went on for months",), False),
]


@pytest.mark.parametrize(("claim", "texts", "never"), NEVER_FOR_RARELY,
                         ids=[c for c, _, _ in NEVER_FOR_RARELY])
def test_never_where_the_source_says_rarely(claim: str, texts: tuple[str, ...],
                                            never: bool) -> None:
    assert never_for_rarely(normalise(claim),
                            tuple(normalise(t) for t in texts)) is never


INTENT = [
    ("CEFC planned to buy a stake in Rosneft", "CEFC bought a stake in Rosneft", True),
    ("China invested $25 billion in the pipeline", "China pledged to invest $25 billion", True),
    ("China pledged $25 billion for the pipeline", "China pledged to invest $25 billion", False),
    ("the program had 91 projects", "the cooperation plan listed 91 projects", False),
    ("Putin rejected reforms in 2012", "Putin rejected reforms in 2012", False),
    # A report told where the source hedges: hedge for hedge, the same statement; where the
    # source tells it plainly, the source bears the report out.
    ("supposedly the coach admires the striker", "the coach likely admires the striker", False),
    ("supposedly the coach admires the striker", "the coach admires the striker", False),
    ("reportedly the coach planned to sign him", "the coach signed him", True),
    ("the coach supposedly planned to sign him", "the coach likely signed him", True),
    # "Supposed" said of a thing is a report; "supposed to" is a plan.
    ("the coach's supposed admiration for the striker likely stems from his goals",
     "the coach's alleged admiration for the striker likely stems from his goals", False),
    ("the stadium is supposed to hold 60,000 fans", "the stadium holds 60,000 fans", True),
    # "Meant to" tells the plan "supposed to" does; "was going to" one that was.
    ("the stadium is meant to hold 60,000 fans", "the stadium's supposed to hold 60,000 fans",
     False),
    # Where the fact tells no plan, "meant to" tells a purpose, not a plan.
    ("the stadium was meant to impress visitors", "the stadium impressed visitors", False),
    ("the club was going to sign him", "the club signed him", True),
    ("the club was going to sign him", "the club was supposed to sign him", False),
    # A plan in another actor's clause is not the claim's actor's.
    ("Turkey signed for 40 tanks", "Turkey ordered 40 tanks and Iran considered buying 12",
     False),
    ("Iran signed for 12 tanks", "Turkey ordered 40 tanks and Iran considered buying 12", True),
    # A plan in a clause on another actor is not what the claim speaks of.
    ("Egypt bought 20 MiG-29s", "Egypt bought 20 MiG-29s and Iran considered buying 40", False),
    ("Iran bought 40 MiG-29s", "Egypt bought 20 MiG-29s and Iran considered buying 40", True),
    # A plan the claim says was ended is what a fact tells was ended: no plan against a deed.
    ("the plan to buy Toyota trucks was scrapped", "the army cancelled its Toyota truck deal",
     False),
    ("the plan to buy Toyota trucks was scrapped", "the army bought Toyota trucks", True),
    # A deed told as already done, against one the fact tells to come.
    ("the new tram line already carries 40,000 riders a day",
     "the new tram line will carry 40,000 riders a day", True),
    ("the new tram line already carries 40,000 riders a day",
     "the new tram line carries 40,000 riders a day", False),
    # A claim that names no actor speaks of every clause.
    ("40 MiG-29s were bought", "Egypt bought 20 MiG-29s and Iran considered buying 40", True),
    # What the source tells was only decided on is no deed done.
    ("Egypt bought them", "after long talks, Egypt decided to buy 20 MiG-29s", True),
    ("Egypt decided to buy 20 MiG-29s", "after long talks, Egypt decided to buy 20 MiG-29s",
     False),
    # A plan turned down or taken up is a deed done on it, not a plan of the deed.
    ("the mayor rejected her aide's plan for the trams", "the mayor rejected the tram reforms",
     False),
    ("the council turned down the mayor's budget proposal", "the council refused the budget",
     False),
    ("the mayor planned to reject the tram reforms", "the mayor rejected the tram reforms",
     True),
]


@pytest.mark.parametrize(("claim", "fact", "differs"), INTENT, ids=[c for c, _, _ in INTENT])
def test_plans_and_deeds(claim: str, fact: str, differs: bool) -> None:
    stated = normalise(fact)
    assert intent_differs(normalise(claim), stated, (stated,)) is differs


# claim, fact text -> whether the claim tells as done what the fact, in the clauses about the
# claim's actors, tells as only weighed or reported.
DEEDS_FOR_WEIGHED = [
    ("Iran bought 40 MiG-29s", "Egypt bought 20 MiG-29s and Iran reportedly considered buying 40",
     True),
    ("Iran is buying 40 MiG-29s", "Iran has mulled buying 40 MiG-29s", True),
    ("the league already signed the sponsor", "the league allegedly weighed a sponsor deal",
     True),
    # Weighed, planned, hedged or to come in the claim too: no deed told.
    ("Iran is looking at buying 40 MiG-29s", "Iran has mulled buying 40 MiG-29s", False),
    ("Iran will buy 40 MiG-29s", "Iran has mulled buying 40 MiG-29s", False),
    ("Iran may buy 40 MiG-29s", "Iran has mulled buying 40 MiG-29s", False),
    ("Iran plans to buy 40 MiG-29s", "Iran has mulled buying 40 MiG-29s", False),
    ("Iran is eyeing 40 MiG-29s", "Iran has mulled buying 40 MiG-29s", False),
    # The other actor's clause is the one weighed.
    ("Egypt bought 20 MiG-29s", "Egypt bought 20 MiG-29s and Iran reportedly considered buying 40",
     False),
    # A source that tells what is to come tells a forecast, not a deed only weighed.
    ("the tram line already carries 40,000 riders", "the tram line will carry 40,000 riders",
     False),
]


# normalised claim, fact text -> whether the claim tells as already done what the fact text
# tells is still to come
DONE_FOR_DUE = [
    ("the tram line already carries 40,000 riders", "the tram line will carry 40,000 riders",
     True),
    ("the new dam is already supplying 5 gigawatts",
     "the new dam is projected to supply 5 gigawatts", True),
    # Told to come in the claim too, or without "already": no deed told done.
    ("the tram line will already carry 40,000 riders", "the tram line will carry 40,000 riders",
     False),
    ("the tram line carries 40,000 riders", "the tram line will carry 40,000 riders", False),
    # A source that tells the deed done bears the claim out.
    ("the tram line already carries 40,000 riders", "the tram line carried 40,000 riders", False),
]


@pytest.mark.parametrize(("claim", "fact", "told"), DONE_FOR_DUE,
                         ids=[f"{c} / {f}" for c, f, _ in DONE_FOR_DUE])
def test_a_deed_told_done_for_what_is_to_come(claim: str, fact: str, told: bool) -> None:
    assert tells_done_for_due(normalise(claim), normalise(fact)) is told


@pytest.mark.parametrize(("claim", "fact", "told"), DEEDS_FOR_WEIGHED,
                         ids=[c for c, _, _ in DEEDS_FOR_WEIGHED])
def test_a_deed_told_for_what_was_only_weighed(claim: str, fact: str, told: bool) -> None:
    assert tells_deed_for_plan(normalise(claim), normalise(fact)) is told


# normalised claim, fact text -> whether the fact tells as meant what the claim tells as done
MEANT_ONLY = [
    ("the club sold its striker", "the club offered to sell its striker", True),
    ("the club floated selling its striker", "the club offered to sell its striker", False),
    ("the club sold its striker", "the club sold its striker", False),
    ("the club offered to sell its striker", "the club sold its striker", False),
    ("the club sold its striker", "the club held out the prospect of selling its striker", True),
    ("the club held out selling its striker", "the club offered to sell its striker", False),
]


@pytest.mark.parametrize(("claim", "fact", "meant"), MEANT_ONLY, ids=[c for c, _, _ in MEANT_ONLY])
def test_a_deed_told_as_meant(claim: str, fact: str, meant: bool) -> None:
    assert meant_only(normalise(claim), normalise(fact)) is meant


# normalised claim, fact text as written -> whether the clauses about the claim's actors say
# the opposite of the claim
OPPOSITE_IN_CLAUSES = [
    ("the Indian-led bridges stalled", "Although some Indian-led bridges were completed, many "
     "German-led bridges have stalled.", True),
    ("the German-led bridges stalled", "Although some Indian-led bridges were completed, many "
     "German-led bridges have stalled.", False),
    ("the bridges stalled", "Although some Indian-led bridges were completed, many "
     "German-led bridges have stalled.", False),
]


@pytest.mark.parametrize(("claim", "fact", "opposite"), OPPOSITE_IN_CLAUSES,
                         ids=[c for c, _, _ in OPPOSITE_IN_CLAUSES])
def test_opposite_words_in_the_clauses_about_the_claims_actors(claim: str, fact: str,
                                                                opposite: bool) -> None:
    assert opposite_in_clauses(normalise(claim), fact) is opposite


# claim -> the name it attributes its statement to
ATTRIBUTED = [
    ("Dupont of the Sorbonne says the bridge is old", "dupont"),
    ("the Sorbonne guy thinks the bridge is old", "sorbonne"),
    ("a Sorbonne expert says the bridge is old", "sorbonne"),
    ("some guy thinks the bridge is old", None),
    ("the bridge is old", None),
    # Every verb that puts a view forward reports it: "contends", "maintains", "notes".
    ("Dupont contends that the bridge is old", "dupont"),
    ("Dupont of the Sorbonne maintains the bridge is old", "dupont"),
    ("the Sorbonne scholar points out that the bridge is old", "sorbonne"),
]


@pytest.mark.parametrize(("claim", "name"), ATTRIBUTED, ids=[c for c, _ in ATTRIBUTED])
def test_who_a_claim_is_attributed_to(claim: str, name: str | None) -> None:
    assert attributed_to(normalise(claim)) == name


# claim, fact texts -> whether the claim tells who did the deed to whom where the fact does not
DIRECTS_BEYOND = [
    ("French troops captured hundreds of German soldiers at the river",
     "the battle at the river ended with hundreds of prisoners", True),
    ("French troops captured hundreds of German soldiers at the river",
     "French troops took hundreds of prisoners at the river", False),
    ("French troops captured hundreds of German soldiers at the river",
     "the battle between France and Germany at the river ended with hundreds of prisoners",
     True),
    ("hundreds of German soldiers were in the French camp",
     "the battle at the river ended with hundreds of prisoners", False),
    ("French troops crossed the river", "the battle at the river ended", False),
]


@pytest.mark.parametrize(("claim", "fact", "directed"), DIRECTS_BEYOND,
                         ids=[c for c, _, _ in DIRECTS_BEYOND])
def test_a_claim_that_tells_who_did_it_to_whom(claim: str, fact: str, directed: bool) -> None:
    assert directs_beyond(normalise(claim), (normalise(fact),)) is directed


# claim, fact text -> whether the fact text draws a conclusion the claim does not draw
PREMISE_ONLY = [
    ("the two clubs are very close", "the two clubs are so close they are bound to merge",
     True),
    ("the two clubs are so close they are bound to merge",
     "the two clubs are so close they are bound to merge", False),
    ("ticket sales are rising", "do rising ticket sales prove the club is thriving?", True),
    ("rising ticket sales prove the club is thriving",
     "do rising ticket sales prove the club is thriving?", False),
    ("ticket sales are rising", "ticket sales rose 10 percent", False),
]


@pytest.mark.parametrize(("claim", "fact", "premise"), PREMISE_ONLY,
                         ids=[c for c, _, _ in PREMISE_ONLY])
def test_a_claim_stating_only_the_premise(claim: str, fact: str, premise: bool) -> None:
    assert premise_only(normalise(claim), normalise(fact)) is premise


# claim, quote -> whether the claim tells how the side the quote names presents a thing
FRAMED_BY = [
    ("Tokyo touts the new bridge as a huge step toward prosperity",
     "Tokyo has celebrated the opening of its new bridge over the river as a step to prosperity",
     True),
    ("i heard the Japanese government hailed the bridge as a triumph",
     "Tokyo has hailed the new bridge as a triumph", True),
    # Another side, no side, or no framing in the quote.
    ("New Delhi touts the new bridge as a huge step toward prosperity",
     "Tokyo has celebrated the opening of its new bridge as a step to prosperity", False),
    ("the new bridge is a huge step toward prosperity",
     "Tokyo has celebrated the opening of its new bridge as a step to prosperity", False),
    ("Tokyo touts the new bridge as a huge step toward prosperity",
     "the new bridge is a step to prosperity", False),
]


@pytest.mark.parametrize(("claim", "quote", "framed"), FRAMED_BY,
                         ids=[c for c, _, _ in FRAMED_BY])
def test_a_claim_telling_how_a_side_presents_it(claim: str, quote: str, framed: bool) -> None:
    assert framed_by(normalise(claim), normalise(quote)) is framed


# claim, fact's claim -> whether the claim takes to the letter a likeness the fact draws
TOLD_LITERALLY = [
    ("the port has literally become the city's warehouse",
     "the port's trade resembles a warehouse's", True),
    ("literally the town is the county's colony",
     "the town's trade corresponds closely to colonial trade", True),
    # Kept a likeness, or no likeness in the fact.
    ("the port is basically the city's warehouse", "the port's trade resembles a warehouse's",
     False),
    ("the port has literally become like a warehouse",
     "the port's trade resembles a warehouse's", False),
    ("the port has become the city's warehouse", "the port's trade resembles a warehouse's",
     False),
    ("the mayor literally calls the baker his best friend",
     "the mayor calls the baker his best friend", False),
]


@pytest.mark.parametrize(("claim", "fact", "literal"), TOLD_LITERALLY,
                         ids=[c for c, _, _ in TOLD_LITERALLY])
def test_a_likeness_taken_literally(claim: str, fact: str, literal: bool) -> None:
    assert told_literally(normalise(claim), normalise(fact)) is literal


SUBSTITUTIONS = [
    ("Xi launched the Belt and Road in Moscow", "Xi launched the Belt and Road in Astana", True),
    ("Xi launched the Belt and Road in Astana", "Xi launched the Belt and Road in Astana", False),
    ("Pakistan invited India to join the SCO", "Russia invited India to join the SCO", True),
    ("Putin invited India to join the SCO", "Russia invited India to join the SCO", False),
    # An actor the fact text names, with or without a role read, is no stranger to it.
    ("none of the Indian-led or Korean-led bridges were finished", "although some of the "
     "Indian- and Korean-led bridges were finished, many German-led bridges have stalled",
     False),
    ("none of the Indian-led or French-led bridges were finished", "although some of the "
     "Indian- and Korean-led bridges were finished, many German-led bridges have stalled",
     True),
    # The owner of the venue ("at India's trade fair") has no role in the deed: the claim
    # still puts another actor in the doer's place.
    ("Beijing praised the new railway at Moscow's trade fair",
     "Moscow praised the new railway at a trade fair", True),
    ("Xi praised the new railway during Russia's Victory Day parade",
     "Putin praised the new railway at a parade", True),
    ("Putin praised the new railway at Russia's trade fair",
     "Putin praised the new railway at a trade fair", False),
    # A place owned is the place itself: "in Kazakhstan's capital" names Kazakhstan.
    ("Xi opened the road in Kazakhstan's capital, on Moscow's turf",
     "Xi opened the road in Kazakhstan", False),
]


@pytest.mark.parametrize(("claim", "fact", "swapped"), SUBSTITUTIONS,
                         ids=[c for c, _, _ in SUBSTITUTIONS])
def test_another_actor_in_the_facts_place(claim: str, fact: str, swapped: bool) -> None:
    assert substituted(normalise(claim), normalise(fact)) is swapped


# claim, fact text -> whether the claim puts the event in another place
PLACES = [
    ("the summit opened in Shanghai", "the summit opened in Tashkent", True),
    # A city and the country it lies in name one place, either way round.
    ("the summit opened in Uzbekistan", "the summit opened in Tashkent", False),
    ("the summit opened in Tashkent", "the summit opened in Uzbekistan", False),
    ("the deal was signed at the Sochi resort", "the deal was signed in Sochi", False),
    # Two cities of one country are two places; so are two countries.
    ("the deal was signed in Moscow", "the deal was signed in Sochi", True),
    ("the drills were held in Mongolia", "the drills were held in Siberia", True),
    # A fact naming its city's country beside it still puts the event in that city only.
    ("the summit opened in Samarkand", "the summit opened in Tashkent, Uzbekistan", True),
    ("the summit opened in Uzbekistan", "the summit opened in Tashkent, Uzbekistan", False),
    ("the summit opened in Tashkent", "the summit opened in Tashkent, Uzbekistan", False),
    # A place the fact names at all, even in another role, may be where it happened.
    ("Xi gave the speech in Moscow", "Xi gave a speech in Astana that irked Moscow", False),
    # A fact that puts nothing anywhere says nothing of where.
    ("the deal was signed in Sochi", "the deal was signed last year", False),
    # Where a journey went is its place; a "to" of anything else names none.
    ("the minister's first trip abroad was to Tashkent",
     "the minister's first visit abroad was to Shanghai", True),
    ("the minister flew to Uzbekistan", "the minister's first visit abroad was to Tashkent",
     False),
    ("the minister sold gas to Tashkent", "the minister's first visit abroad was to Shanghai",
     False),
    ("the deal was signed in 2019", "the deal was signed in Sochi", False),
    # A city's older name is the city: "Peking" is Beijing, "Bombay" Mumbai.
    ("the envoys landed at Peking airport", "the envoys landed at the Beijing airport", False),
    ("the talks were held in Bombay", "the talks were held in Mumbai", False),
    ("the talks were held in Bombay", "the talks were held in Delhi", True),
    # Where most of a thing came from is its place, every place of the list.
    ("Brazil bought its wheat mostly from Canada",
     "Brazil bought its wheat mostly from Argentina, Peru and Australia", True),
    ("Brazil bought its wheat mostly from Peru",
     "Brazil bought its wheat mostly from Argentina, Peru and Australia", False),
    ("Brazil bought its wheat from Canada",
     "Brazil bought its wheat mostly from Argentina, Peru and Australia", False),
]

# claim, fact texts: a place a text names only to set it aside ("not Canada") is not its own.
PLACES_SET_ASIDE = [
    ("Brazil bought its wheat mostly from Canada",
     ("Brazil bought its wheat mostly from Argentina and Peru",
      "its wheat came mostly from Argentina and Peru, not Canada"), True),
    ("Brazil bought its wheat mostly from Canada",
     ("Brazil bought its wheat mostly from Argentina and Peru",
      "Canada sold it some wheat too"), False),
]


@pytest.mark.parametrize(("claim", "texts", "elsewhere"), PLACES_SET_ASIDE,
                         ids=[t[1] for _, t, _ in PLACES_SET_ASIDE])
def test_a_place_set_aside_is_none_of_the_facts(claim: str, texts: tuple[str, ...],
                                                elsewhere: bool) -> None:
    assert place_differs(normalise(claim), tuple(normalise(t) for t in texts)) is elsewhere


@pytest.mark.parametrize(("claim", "fact", "elsewhere"), PLACES, ids=[c for c, _, _ in PLACES])
def test_another_place_for_the_facts_event(claim: str, fact: str, elsewhere: bool) -> None:
    assert place_differs(normalise(claim), (normalise(fact),)) is elsewhere


# Another post than every one the fact gives someone: (claim, fact, differs).
POSTS = [
    ("the general was the head of the air force", "the general a deputy chief of the staff",
     True),
    ("she became the minister of trade", "she served as the minister of trade", False),
    ("the envoy was a deputy chief of the mission", "the envoy a deputy chief of the mission",
     False),
    # A fact that gives no post, or one no one holds ("any other head of state"), says
    # nothing of which post it was.
    ("the envoy was the head of the mission", "the envoy flew to the capital", False),
    ("he was the chairman of the party", "they met more than any other head of state", False),
    # A minister's portfolio, told before or after the word, is the post.
    ("the king vetoed the tax plan his prime minister drew up",
     "the king vetoed the tax plan that his minister of finance drew up", True),
    ("the king vetoed the tax plan of his finance minister",
     "the king vetoed the tax plan that his minister of finance drew up", False),
    ("the minister of defense resigned", "the defence minister resigned", False),
    ("the foreign minister resigned", "a minister resigned over the scandal", False),
]


@pytest.mark.parametrize(("claim", "fact", "differs"), POSTS, ids=[c for c, _, _ in POSTS])
def test_another_post_for_the_person(claim: str, fact: str, differs: bool) -> None:
    assert post_differs(normalise(claim), (normalise(fact),)) is differs


# Another person of the same country in the fact's person's place: (claim, fact, substituted).
PEOPLE_IN_PLACE = [
    ("Merkel opened the bridge", "Macron opened the bridge", False),   # other countries
    ("Yeltsin vetoed the budget", "Putin vetoed the budget", True),
    ("Boris Yeltsin's veto killed the budget", "Putin vetoed the budget", True),
    ("Vladimir Putin vetoed the budget", "Putin vetoed the budget", False),
    ("Xi Jinping praised the plan", "Xi praised the plan", False),
    # The fact's person named too ("Yeltsin, not Putin"): the claim sets them side by side.
    ("it was Yeltsin, not Putin, who vetoed the budget", "Putin vetoed the budget", False),
    # A chat word ending like a name ("huh") names no one.
    ("so they vetoed the budget huh", "Deng vetoed the budget", False),
    # A person the fact does not name where it names no one of that country says nothing.
    ("Yeltsin vetoed the budget", "Moscow vetoed the budget", False),
    # Another pair in place of the fact's pair is another relationship, one the fact does not
    # tell of; one of the pair kept is the fact's relationship with someone swapped in.
    ("Yeltsin and Deng met 30 times", "Putin and Xi met 30 times", False),
    ("Hu Jintao and Medvedev met 30 times", "Putin and Xi met 30 times", False),
    ("Medvedev and Xi met 30 times", "Putin and Xi met 30 times", True),
]


@pytest.mark.parametrize(("claim", "fact", "substituted"), PEOPLE_IN_PLACE,
                         ids=[c for c, _, _ in PEOPLE_IN_PLACE])
def test_another_person_in_the_facts_persons_place(claim: str, fact: str,
                                                   substituted: bool) -> None:
    assert person_substituted(normalise(claim), (normalise(fact),)) is substituted


# The same time against a later one, either way round: (claim, fact, differs).
TIMINGS = [
    ("the mayor resigned the same year the bridge opened",
     "the mayor resigned a year after the bridge opened", True),
    ("the mayor resigned two years after the bridge opened",
     "the mayor resigned the same year the bridge opened", True),
    ("the mayor resigned the following year", "a year later the mayor resigned", False),
    ("the mayor resigned that same year", "in that same year the mayor resigned", False),
    # A fact that tells no timing says nothing of it.
    ("the mayor resigned the same year the bridge opened", "the mayor resigned", False),
]


@pytest.mark.parametrize(("claim", "fact", "differs"), TIMINGS, ids=[c for c, _, _ in TIMINGS])
def test_the_same_time_against_a_later_one(claim: str, fact: str, differs: bool) -> None:
    assert timing_differs(normalise(claim), (normalise(fact),)) is differs


# An occasion of one kind named otherwise than the fact names it is another occasion.
OCCASIONS = [
    ("the two ministers met at the G7 summit", "the ministers met at the ASEAN summit in Hanoi",
     True),
    ("they talked at the asean summit", "the ministers met at the ASEAN summit in Hanoi", False),
    ("he spoke at the Valdai Forum", "he spoke at the Eastern Economic Forum", True),
    # Another kind of occasion, or one left unnamed, says nothing of which one it was.
    ("he spoke at the Valdai Forum", "he spoke at the ASEAN summit", False),
    ("the ministers met at a big summit", "the ministers met at the ASEAN summit", False),
    # Someone's own occasion, named by its owner either way round.
    ("the envoy flew home from Tito's funeral",
     "the envoy was returning from the funeral of Nasser", True),
    ("the envoy flew home from the funeral of Nasser",
     "the envoy was returning from Nasser's funeral", False),
    ("the envoy missed his own birthday", "the envoy marked Nasser's birthday", False),
    # "His birthday" is the birthday of the first person the text names.
    ("Obama and Merkel marked Merkel's birthday in Berlin",
     "Obama fondly recalled celebrating his 50th birthday with Merkel in Berlin", True),
    ("Obama and Merkel marked Obama's birthday in Berlin",
     "Obama fondly recalled celebrating his 50th birthday with Merkel in Berlin", False),
]


@pytest.mark.parametrize(("claim", "fact", "other"), OCCASIONS,
                         ids=[c for c, _, _ in OCCASIONS])
def test_another_occasion_for_the_facts_event(claim: str, fact: str, other: bool) -> None:
    assert occasion_differs(claim, (fact,)) is other


OPPOSITE_WORDS = [
    ("history and geography favor an entente", "history and geography block an entente", True),
    ("the projects were completed", "the projects stalled", True),
    ("trade fell in 2018", "trade rose in 2018", True),
    ("the minister did not embrace the reforms", "the minister rejected the reforms", True),
    ("the minister would accept the reforms", "the minister spurned the reforms", True),
    ("they reject the plan", "they reject the plan", False),
    # A noun of a state says it as its adjective does; simple is the opposite of complicated.
    ("the mayor called the bridge's footing rock solid",
     "the mayor mused about the fragility of the bridge's footing", True),
    ("the town faces the simplest budget in its history",
     "the town faces the most complicated budget in its history", True),
    ("the town faces a complicated budget", "the town faces the most complicated budget", False),
    # How fast a thing changed is no thing it acts on: the rise and the decline are of one thing.
    ("in 2010 the mayor's approval ratings were rising fast",
     "in 2010 the mayor faced rapidly declining approval ratings", True),
    ("the river rose sharply", "the river fell slowly", True),
    # Questioning how solid a thing is calls it fragile.
    ("the mayor said the bridge was rock solid",
     "the mayor questioned how solid the bridge is", True),
    ("the mayor said the bridge was fragile",
     "the mayor questioned how solid the bridge is", False),
    # Dumping a reform rejects it.
    ("the mayor dumped the zoning reforms", "the mayor embraced the zoning reforms", True),
    ("the drought was similar to the one in 1976",
     "the drought was not unlike the one in 1976", False),
    # Blocking or vetoing a thing rejects it; "turned it down" does too.
    ("the council blocked the new budget", "the council approved the new budget", True),
    ("the council blocked the new budget", "the council blocked the new budget", False),
    ("the council turned it down", "the council approved the new budget", True),
    ("the club kept the old rule", "the club cancelled the old rule", True),
    # Two sides that disagree do not see eye to eye.
    ("the two neighbours disagree about the river dam",
     "the two neighbours see eye to eye on the river dam", True),
    ("the two neighbours agree about the river dam",
     "the two neighbours see eye to eye on the river dam", False),
    ("the two neighbours disagreed on the dam", "the two neighbours agreed on the dam", True),
    ("was Chile the last country to sign the treaty?", "Chile was the first to sign the treaty",
     True),
    ("Chile was the earliest to sign the treaty", "Chile was the first to sign the treaty",
     False),
    ("trade rose in 2018", "trade rose in 2018", False),
    ("Moscow and Beijing vote the opposite way at the UN",
     "Moscow and Beijing vote in unison at the UN", True),
    ("the two regimes are alike", "the two regimes are similar", False),
    ("Xi ditched market reforms", "Xi pushed market reforms", True),
    ("they are rivals, not allies", "they are allies", False),  # both words: no reading
    ("trade fell and then rose", "trade rose", False),
    # Opposite verbs acting on different things say no opposite.
    ("Beijing backed Moscow at the UN", "Beijing opposed the resolution condemning Moscow",
     False),
    ("Beijing backed the resolution", "Beijing opposed the resolution condemning Moscow", True),
    ("India voted with Pakistan", "India voted with Iran against the resolution", False),
    ("the minister hugged the envoy", "the minister dodged the envoy's hug", True),
    # A word that denies by its meaning is read as the claim's denial, not once more here.
    ("the council refused to sign the treaty", "the council backed and signed the treaty",
     False),
    # Phrases that accept or reject.
    ("the mayor turned her back on the stadium plan", "the mayor backed the stadium plan", True),
    ("the voters turned their backs on the tax", "the voters approved the tax", True),
    ("the council went with the cheaper bid", "the council rejected the cheaper bid", True),
    ("the team went with its coach to the final", "the team rejected the sponsor's offer",
     False),
    # A proposal taken is accepted; a thing taken is no proposal.
    ("the mayor took up the planners' proposals", "the mayor rejected the planners' proposals",
     True),
    ("the coach took his assistant's advice", "the coach spurned his assistant's advice", True),
    ("the army took the hill", "the army rejected the truce", False),
    # A proposal gone for is accepted; one not gone for is not.
    ("the mayor didn't go for the planners' proposals",
     "the mayor rejected the planners' proposals", True),
    ("the board went for his plan after all", "the board spurned his plan", True),
    ("the striker went for the ball", "the striker rejected the club's offer", False),
    # Keeping a thing against doing away with it.
    ("the governor kept the curfew", "the governor abolished the curfew", True),
    ("the league retained the salary cap", "the league scrapped the salary cap", True),
    ("the governor kept his promise", "the governor abolished the curfew", False),
    # A thing told as more than what the other text holds it to.
    ("the town's income goes well beyond tourism", "the town's income is just tourism", True),
    ("the feud is mere rivalry on the pitch", "the feud extends beyond rivalry on the pitch",
     True),
    ("the town's income is broad, going beyond tourism", "the town's income is confined "
     "largely to tourism", True),
    ("the town's income goes beyond tourism", "the town sold just 300 tickets", False),
    ("the town's income goes beyond tourism", "the town's income is just farming", False),
    ("the town's income goes beyond tourism", "the town's income is simply tourism", True),
    ("the town's income is more than purely tourism", "the town's income is just tourism",
     True),
    ("the town's income goes beyond tourism", "the town's income grew just last year", False),
    ("the bridge is rock solid", "the bridge is fragile", True),
    # Progress told as moving ahead, and a project stuck.
    ("the dam projects moved ahead", "the dam projects have stalled", True),
    ("the dam projects are going forward", "the dam projects got stuck", True),
    ("the dam projects moved ahead", "the dam projects advanced", False),
    # A project that got done, or got built, is completed.
    ("the dam projects got done", "the dam projects have stalled", True),
    ("most of the dams never got built", "the dam projects got stuck", True),
    ("the dam projects got done", "the dam projects were completed", False),
    # A record reached is a rise.
    ("ticket sales fell to 2 million", "ticket sales reached a record 2 million", True),
    ("ticket sales dropped to an all-time high", "ticket sales rose", False),
    ("ticket sales fell to a record low", "ticket sales reached a record 2 million", False),
    ("ticket sales hit a record", "ticket sales reached a record 2 million", False),
    # A change told as up or down by a figure is a rise or a fall.
    ("ticket sales dropped 15% on 2017", "ticket sales were up 15 percent on 2017", True),
    ("ticket sales were down 15 percent", "ticket sales increased by 15 percent", True),
    ("ticket sales rose 15% on 2017", "ticket sales were up 15 percent on 2017", False),
    ("ticket sales dropped after the fire", "the tickets were up for grabs", False),
    # A gap narrowed is the opposite of one widened.
    ("the new road will narrow the gap between the towns",
     "the new road will widen the gap between the towns", True),
    ("the tax cut reduced the gap between rich and poor", "the tax cut widened the gap", True),
    ("the tax cut widened the gap", "the tax cut widened the gap even more", False),
]


@pytest.mark.parametrize(("claim", "fact", "opposite"), OPPOSITE_WORDS,
                         ids=[c for c, _, _ in OPPOSITE_WORDS])
def test_opposite_words(claim: str, fact: str, opposite: bool) -> None:
    assert opposite_words(normalise(claim), normalise(fact)) is opposite


# claim, a false claim, the source's quote: does the claim say what the quote says instead?
CORRECTIONS = [
    ("the board rejected the merger", "the board answered the slump with a merger",
     "facing a slump, the board spurned the merger and cut costs instead", True),
    ("the board turned its back on the merger", "the board answered the slump with a merger",
     "facing a slump, the board spurned the merger and cut costs instead", True),
    ("the board embraced the merger", "the board answered the slump with a merger",
     "facing a slump, the board spurned the merger and cut costs instead", False),
    # The false claim says it in one of the words: read as opposite words, not here.
    ("the board rejected the merger", "the board approved the merger",
     "the board spurned the merger", False),
    # A quote that tells both ways, or of another thing, tells no correction.
    ("sales rose", "the shop had a record year", "sales rose and then fell", False),
    ("the board rejected the new logo", "the board answered the slump with a merger",
     "the board spurned the merger", False),
    # A word that denies by its meaning is the claim's denial, read elsewhere.
    ("the board refused the merger", "the board answered the slump with a merger",
     "the board refused the merger", False),
]


@pytest.mark.parametrize(("claim", "stated", "quote", "corrects"), CORRECTIONS,
                         ids=[c for c, _, _, _ in CORRECTIONS])
def test_a_false_claim_answered_in_the_sources_words(claim: str, stated: str, quote: str,
                                                     corrects: bool) -> None:
    assert tells_the_correction(normalise(claim), normalise(stated), normalise(quote)) \
        is corrects


# claim, fact texts: does the claim tell only what a rumour the fact reports says?
RUMOURS = [
    ("the story goes the duke fled by boat", ("a rumour held that the duke fled by boat",), True),
    ("legend has it the duke fled by boat", ("the tale of his flight is likely apocryphal",),
     True),
    ("in the rumor, the duke fled by boat", ("a rumour held that the duke fled by boat",), True),
    ("the duke fled by boat", ("a rumour held that the duke fled by boat",), False),
    # A rumour the fact's texts do not speak of: the claim is about the deed.
    ("the story goes the duke fled by boat", ("the duke fled by boat",), False),
    ("there's a story that the duke fled by boat", ("a rumour held that the duke fled by boat",),
     True),
    ("the duke fled by boat, though that was just a rumor",
     ("a rumour held that the duke fled by boat",), True),
    ("it is only a rumour that the duke fled by boat", ("the tale is likely apocryphal",), True),
    # The story named, and called a rumour, in a statement or a question.
    ("the duke's boat story is merely a rumor", ("a rumour held that the duke fled by boat",),
     True),
    ("was the duke's boat tale just a rumour?", ("a rumour held that the duke fled by boat",),
     True),
    # A rumour named without telling the claim as one.
    ("the duke fled from a rumour by boat", ("a rumour held that the duke fled by boat",), False),
    # A message that opens with the story and goes on to tell it.
    ("the harbour story: the duke slipped away by boat at night",
     ("a rumour held that the duke fled by boat",), True),
    ("the harbour story is true, the duke fled by boat",
     ("a rumour held that the duke fled by boat",), False),
    ("the harbour story really happened, the duke fled by boat",
     ("a rumour held that the duke fled by boat",), False),
]


@pytest.mark.parametrize(("claim", "texts", "rumoured"), RUMOURS, ids=[c for c, _, _ in RUMOURS])
def test_a_claim_told_as_a_rumour(claim: str, texts: tuple[str, ...], rumoured: bool) -> None:
    assert told_as_rumour(normalise(claim), tuple(normalise(t) for t in texts)) is rumoured


# claim, fact text -> the claim's words whose opposite the fact text uses
OPPOSED: list[tuple[str, str, set[str]]] = [
    ("the board loosened the dress code", "the board tightened the dress code", {"loosened"}),
    ("sales fell and profits rose", "sales rose", {"fell"}),
    ("sales rose", "sales rose and fell", set()),
    ("the club welcomed new members", "the club turned away new members", {"welcomed"}),
    ("the club welcomed new members", "the club opened a new hall", set()),
]


@pytest.mark.parametrize(("claim", "fact", "words"), OPPOSED, ids=[c for c, _, _ in OPPOSED])
def test_opposed_words(claim: str, fact: str, words: set[str]) -> None:
    assert opposed_words(normalise(claim), normalise(fact)) == words


# Through the checker on the bundled pack: claim -> (fact, verdict, reading)
CHECKS = [
    ("Russia and China are allies", "alliance-forming", Verdict.MISLEADING, None),
    ("russia n china r basically allies ngl", "alliance-forming", Verdict.MISLEADING, None),
    ("China sold Russia the S-400", "s400-sold-to-china", Verdict.FALSE, "roles"),
    ("Russia sold China the S-400", "s400-sold-to-china", Verdict.TRUE, None),
    # A floor at the source's lowest figure restates it; one at its highest claims more.
    ("moscow put more than 75,000 troops into vostok-2018", "vostok-300000-troops",
     Verdict.TRUE, None),
    ("Moscow put more than 100,000 troops into Vostok-2018", "vostok-300000-troops",
     Verdict.FALSE, None),
    # The source's own counts, their noun told before them, answer a false figure.
    ("vostok 2018 troop numbers: russia 75-100k, china about 3,200", "vostok-300000-troops",
     Verdict.TRUE, None),
    ("vostok 2018 troop numbers: russia 300k", "vostok-300000-troops", Verdict.FALSE, None),
    # A ratio told per one of the other side, settled by the two sides' figures.
    ("in the vostok 2018 drills moscow had over twenty troops for each chinese soldier", None,
     Verdict.TRUE, None),
    ("in the vostok 2018 drills moscow had two soldiers for every chinese one", None,
     Verdict.FALSE, "comparison"),
    # A fact false by its figure says nothing of a claim that gives no figure.
    ("Moscow put huge numbers of troops into Vostok-2018", "vostok-300000-troops",
     Verdict.CONTEXT, "figure"),
    ("moscow provided almost every soldier in the vostok 2018 war games", "vostok-300000-troops",
     Verdict.CONTEXT, "figure"),
    # Loose counts against the source's figures.
    ("egypt only got a couple of su-35s", "su35-other-buyers", Verdict.FALSE, None),
    ("beijing sent a few thousand soldiers to vostok 2018", "vostok-chinese-forces",
     Verdict.TRUE, None),
    # Of two close facts, the one whose figure measures what the claim names (the economy,
    # not trade) answers, though the other's figure agrees with the claim's.
    ("China's economy is about five times Russia's", "china-economy-seven-times",
     Verdict.FALSE, None),
    ("china's trade with america and europe is at least five times its trade with russia",
     "china-us-eu-trade-five-times", Verdict.TRUE, None),
    # A wrong figure in a clause that names what the source's figure measures is false,
    # whatever other words the claim uses; one whose clauses name something else may be
    # another event.
    ("CEFC China Energy was going to snap up a 25% stake in Rosneft",
     "cefc-rosneft-fell-through", Verdict.FALSE, None),
    ("Xi and Putin celebrated Xi's 70th birthday together with cake in Minsk in 2023",
     "putin-birthday-bali", Verdict.CONTEXT, "unexplained"),
    # Too far from the source's words for a reading, but in them: a figure the fact
    # contradicts still makes the claim false; a denial of it is left to the source.
    ("russia is #5 in chinese exports", "russia-tenth-chinese-exports", Verdict.FALSE, None),
    ("russia isn't #5 in chinese exports", "russia-tenth-chinese-exports", Verdict.CONTEXT,
     "wording"),
    # Nearly close enough to a true fact, whose figure it contradicts: false by the figure.
    ("china took like twenty planes to vostok 2018", "vostok-chinese-forces", Verdict.FALSE,
     None),
    # A figure the source gives the other side is wrong however the sides are told.
    ("moscow only sent like 3200 soldiers to vostok 2018", "vostok-chinese-forces",
     Verdict.FALSE, None),
    # A label ("page 3") is no figure to contradict.
    ("quick fix for page 3 of my notes: indonesia contracted for 11 su-35s and egypt bought "
     "dozens", "su35-other-buyers", Verdict.TRUE, None),
    # A place told in words: "No. 1", "number two, only the EU is bigger".
    # (First place the source gives only among single countries: unqualified, it misleads.)
    ("beijing is moscow's No. 1 trade partner", "china-russia-top-partner", Verdict.MISLEADING,
     "scope"),
    ("for moscow beijing is the number two trade partner, only the EU is bigger",
     "china-russia-second-partner", Verdict.TRUE, None),
    # "Less to X than to Y" keeps Y and sets X aside, as "Y rather than X" does.
    ("Boulegue thinks china was invited to vostok less to calm chinese fears than to build an "
     "alliance", "boulegue-vostok-view", Verdict.FALSE, "opposite"),
    ("Boulègue reckons china was invited to vostok less to bolster an alliance than to ease "
     "its worries about the show of force", "boulegue-vostok-view", Verdict.TRUE, None),
    # "Most of" restates a false claim's "mainly"; the source's share is of something else.
    ("my teacher said most of what russia sells to china is high-tech machinery",
     "russia-exports-manufactured", Verdict.FALSE, None),
    ("metropolises never ally with their colonies", "metropolises-rarely-ally-colonies",
     Verdict.FALSE, "quantifier"),
    ("China didn't sell Russia the S-400", "s400-sold-to-china", Verdict.TRUE, "roles"),
    ("Russia is China's second-largest trading partner", "china-russia-second-partner",
     Verdict.FALSE, "roles"),
    ("Russia's economy is bigger than China's", "china-economy-seven-times", Verdict.FALSE,
     "comparison"),
    ("Putin gave Xi China's Order of Friendship", "order-of-friendship", Verdict.FALSE, "roles"),
    # The recipient named by a noun: the giver is not the one who received it.
    ("Xi was the very first recipient of the Chinese Order of Friendship", "order-of-friendship",
     Verdict.FALSE, "roles"),
    ("putin was the first ever recipient of china's order of friendship", "order-of-friendship",
     Verdict.TRUE, None),
    # Another agent for the actor acted on than the fact gives it, in any text of the fact.
    ("it was Moscow that brought Pakistan into the SCO", "sco-india-pakistan", Verdict.FALSE,
     "roles"),
    ("the Kremlin answered by inviting Pakistan", "sco-india-pakistan",
     Verdict.FALSE, "roles"),
    # A figure the source gives one actor, claimed for another it gives a figure of its own.
    ("the Egyptians contracted for 11 Su-35s", "su35-other-buyers", Verdict.FALSE, None),
    # The actor's deed given to its aide.
    ("so it was Putin's finance minister who shot down the reforms Putin championed in 2012?",
     "putin-rejected-reforms-2012", Verdict.FALSE, "roles"),
    # A false claim's doers answered with the ones the source names: the claim is the truth.
    ("the Far East program of 2009 got signed by Dmitry Medvedev and Hu Jintao",
     "program-signed-by-putin-xi", Verdict.TRUE, None),
    # A fact whose roles the claim turns around is what it speaks of, though a fact on the
    # pair's friendship scores close to it.
    ("Putin decorated Xi with the Order of Friendship", "order-of-friendship", Verdict.FALSE,
     "roles"),
    ("Putin handed Xi the Order of Friendship", "order-of-friendship", Verdict.FALSE, "roles"),
    ("Was the Belt and Road Initiative launched in Moscow?", "bri-launched-astana",
     Verdict.FALSE, "substitution"),
    # Another place for the fact's event: the claim is false; denied, it is true.
    ("xi kicked off the belt and road in shanghai", "bri-launched-astana", Verdict.FALSE,
     "place"),
    ("Xi didn't launch the Belt and Road Initiative in Beijing", "bri-launched-astana",
     Verdict.TRUE, "place"),
    ("Xi launched the Belt and Road Initiative in Kazakhstan", "bri-launched-astana",
     Verdict.TRUE, None),
    ("putin and xi had vodka for his 61st birthday in jakarta", "putin-birthday-bali",
     Verdict.FALSE, "place"),
    ("Power of Siberia does not make China dependent on Russian gas",
     "pipeline-interdependence", Verdict.CONTEXT, "negation"),
    ("CEFC China Energy planned to buy a 14 percent stake in Rosneft",
     "cefc-rosneft-fell-through", Verdict.TRUE, None),
    ("CEFC China Energy bought a 14 percent stake in Rosneft", "cefc-bought-rosneft",
     Verdict.FALSE, None),
    # A deed done where the source says it was only reportedly weighed: not established.
    ("India bought 114 Su-35 jets", "su35-other-buyers", Verdict.UNPROVEN, "intent"),
    ("india has ordered 114 su-35 jets", "su35-other-buyers", Verdict.UNPROVEN, "intent"),
    ("I heard India looked at buying 114 Su-35 jets", "su35-other-buyers", Verdict.CONTEXT,
     "intent"),
    # Told as heard, as the source tells it as reported: so.
    ("apparently delhi has considered buying 114 su-35s", "su35-other-buyers", Verdict.TRUE,
     None),
    # A story the source cannot vouch for, told with what one side only tried: unproven.
    ("Kosygin said 'this is premature' to Zhou Enlai when Zhou tried to embrace him in 1969",
     "kosygin-premature", Verdict.UNPROVEN, "intent"),
    # A deed told as done where the source forecasts it: what the source cannot vouch for.
    ("the power of siberia pipeline already ships 38 bcm a year to china",
     "power-of-siberia-38-bcm", Verdict.UNPROVEN, "intent"),
    # A false fact's words with its actors swapped, dated by a year: the true fact they tell.
    ("the border clash of 1969 was started by Chinese troops ambushing a Soviet patrol",
     "border-clash-1969", Verdict.TRUE, None),
    ("in 1969 the clash started when Soviet troops ambushed a Chinese patrol",
     "soviets-started-1969-clash", Verdict.FALSE, None),
    # A denial set against an assertion is read by the assertion.
    ("u kno china didnt even vote against russia on crimea at the un, just abstained",
     None, Verdict.TRUE, None),
    ("The Putin-Xi friendship is nothing more than surface pleasantries", None, Verdict.FALSE,
     None),
    # A bound answers a false figure at its own figure.
    ("Russia put at least 75,000 soldiers into Vostok-2018", None, Verdict.TRUE, None),
    ("China contributed under 5,000 soldiers to Vostok-2018", None, Verdict.TRUE, None),
    # "11 of the 91" is a share too.
    ("six years in, china had financed more than half of the 91 joint projects", None,
     Verdict.FALSE, None),
    # A superlative is a first place.
    ("Kazakhstan and Russia share the longest border in the world", "kazakhstan-border-4250",
     Verdict.FALSE, None),
    # Other figures on a claim that says much the fact does not: maybe another event.
    ("Xi and Putin celebrated Xi's 66th birthday together with ice cream at a summit in 2019",
     "putin-birthday-bali",
     Verdict.CONTEXT, "unexplained"),
    ("Putin celebrated his 60th birthday with Xi in Bali", "putin-birthday-bali",
     Verdict.FALSE, None),
    # A clause about the chat's own people says no more of the matter: the figure is wrong.
    ("Russia-China trade reached a record $200 billion last year, so I'm putting that figure "
     "on my first slide", "trade-200-billion", Verdict.FALSE, None),
    ("History and geography actually favor an entente cordiale between Russia and China",
     "history-with-geography", Verdict.FALSE, "opposite"),
    # Sure of what the source only calls likely: not established.
    ("Beijing was definitely furious about Putin's Kuril offer to Japan", "kuril-islands-offer",
     Verdict.UNPROVEN, "certainty"),
    ("no doubt beijing was displeased about putin's kuril offer to japan",
     "kuril-islands-offer", Verdict.UNPROVEN, "certainty"),
    ("delhi is defo ordering 114 su-35s", "su35-other-buyers", Verdict.UNPROVEN, "certainty"),
    ("without any doubt Beijing was annoyed by Putin's Kuril offer to Japan",
     "kuril-islands-offer", Verdict.UNPROVEN, "certainty"),
    ("I'm certain the PRC will keep clear of any anti-western crusade alongside the Kremlin",
     "china-wont-join-crusade", Verdict.UNPROVEN, "certainty"),
    ("im sure the PRC will keep clear of any anti-western crusade alongside the Kremlin",
     "china-wont-join-crusade", Verdict.UNPROVEN, "certainty"),
    ("the PRC won't ever follow the kremlin into an anti-western crusade",
     "china-wont-join-crusade", Verdict.UNPROVEN, "certainty"),
    # A closing tag vouches for the claim as a "definitely" would.
    ("Beijing is not going to join Moscow in an anti-Western crusade. Full stop.",
     "china-wont-join-crusade", Verdict.UNPROVEN, "certainty"),
    # Too far from the fact's words for a verdict of its own, a claim sure of what the source
    # only calls likely is still unproven.
    ("surely Beijing was angry about Putin's Kuril offer, no question about it",
     "kuril-islands-offer", Verdict.UNPROVEN, "certainty"),
    # The source's sentence a hedged claim restates is found past its hedge: "reportedly"
    # keeps the source's "likely".
    ("supposedly the Chinese resented Putin's Kuril gesture to Japan",
     "kuril-islands-offer", Verdict.TRUE, "source"),
    ("perhaps Beijing resented the Kuril gesture Putin made to Japan", "kuril-islands-offer",
     Verdict.CONTEXT, "wording"),
    # What only seems so ("apparently") still asserts what the source calls likely.
    ("apparently Beijing resented the Kuril gesture Putin made to Japan", "kuril-islands-offer",
     Verdict.UNPROVEN, "certainty"),
    # Too far from the fact's words for a verdict of its own, a claim that tells a denial the
    # source itself makes is so; one that says the contrary is left with the source shown.
    ("the Abe visit never led to any breakthrough on the Kurils", "kuril-islands-returned",
     Verdict.TRUE, "source"),
    ("Abe's visit led to a breakthrough on the Kurils", "kuril-islands-returned",
     Verdict.CONTEXT, "wording"),
    # The source made to vouch for what it only calls possible: unproven.
    ("Putin and Xi's rapport is the best sign of an alliance, that's what the article "
     "establishes", "putin-xi-genuine-rapport", Verdict.UNPROVEN, "certainty"),
    # Told as the frightened saw it, what the source calls likely is not made sure.
    ("the security folks freaked out over chinese spying and got the huawei server deal "
     "reversed", "huawei-deal-reversed", Verdict.TRUE, None),
    # Sure of a figure the source gives only as projected: unproven.
    ("Power of Siberia will definitely pump 38 billion cubic meters a year to China",
     "power-of-siberia-38-bcm", Verdict.UNPROVEN, "certainty"),
    # Sure of the false claim the source only doubts ("may not be enough"): unproven.
    ("the friendship of Putin and Xi will clear the obstacles to an alliance, mark my words",
     "putin-xi-bond-enough-for-alliance", Verdict.UNPROVEN, "certainty"),
    ("the Putin-Xi kinship will get them past the obstacles to a genuine alliance, guaranteed",
     "putin-xi-bond-enough-for-alliance", Verdict.UNPROVEN, "certainty"),
    ("the rapport between Putin and Xi is the most promising sign of an alliance, no "
     "question about it", "putin-xi-genuine-rapport", Verdict.UNPROVEN, "certainty"),
    # Too far from the source's words for a verdict of its own, a comparison the other way
    # round is still false.
    ("china has a smaller economy than russia", "china-economy-seven-times", Verdict.FALSE,
     "comparison"),
    ("the russian economy grows faster than the chinese one nowadays",
     "china-grows-despite-energy-imports", Verdict.FALSE, "comparison"),
    # So is a plain denial of what every text of a true fact states, or a plain claim of what
    # they deny.
    ("moscow and beijing never really swore to resist american primacy", "oppose-us-primacy",
     Verdict.FALSE, "negation"),
    ("russia is in china's top 3 for imports tbh", "russia-outside-china-top-ten-imports",
     Verdict.FALSE, "negation"),
    # Sure of the contrary of what a false fact overstates, where the source hedges ("may not
    # be enough"): unproven too.
    ("the putin-xi bond will certainly not overcome the obstacles to an alliance",
     "putin-xi-bond-enough-for-alliance", Verdict.UNPROVEN, "certainty"),
    # An actor the matched text does not name, whom the source tells of as only weighing it:
    # a deed told for what was only weighed, not another actor in the fact's place.
    ("India already took delivery of 114 Su-35s, and Egypt got dozens", "su35-other-buyers",
     Verdict.UNPROVEN, "intent"),
    # Sure of the false claim itself, where the source only doubts it: unproven, not false.
    ("the putin-xi friendship will certainly overcome whatever stands in the way of an "
     "alliance", "putin-xi-bond-enough-for-alliance", Verdict.UNPROVEN, "certainty"),
    # The actors of the reason a claim gives ("because ... beijing would snoop") are not the
    # main clause's: no actor put in another's place.
    ("the huawei server deal was killed because security officials feared beijing would snoop",
     "huawei-deal-reversed", Verdict.TRUE, None),
    # Each figure with its own actor, none contradicted: the figures tell the pairing, which
    # the words around them ("took", "got") told the other way round.
    ("Beijing took 12 percent of Russian arms exports over 2013-2017 while Delhi took 35",
     "arms-india-vs-china", Verdict.TRUE, None),
    # The text matched gives figures only; the true fact's quote compares, the other way.
    ("Beijing was a likelier destination for Moscow's weapons than Delhi",
     "arms-india-vs-china", Verdict.FALSE, "source"),
    # Chatter before a colon is no word of the claim's: the figure it gives is wrong.
    ("random thought from the lecture today: the china-russia border runs 4,250 miles",
     "china-border-4250-miles", Verdict.FALSE, None),
    # "Will never" is sure of what the source calls unlikely.
    ("beijing will never join moscow in an anti-western crusade", "china-wont-join-crusade",
     Verdict.UNPROVEN, "certainty"),
    # Sure of a plan the source only reports: unproven, not a plan against a deed.
    ("india is 100% buying 114 su-35 jets", "su35-other-buyers", Verdict.UNPROVEN,
     "certainty"),
    # Sure, in words after the claim, of what the source only projects or reports.
    ("the pipeline will send China 38 billion cubic meters of gas each year, guaranteed",
     "power-of-siberia-38-bcm", Verdict.UNPROVEN, "certainty"),
    ("Delhi is going to buy 114 Su-35 jets, no doubt about it", "su35-other-buyers",
     Verdict.UNPROVEN, "certainty"),
    ("the PoS pipeline sends China 38 bcm a year, locked in", "power-of-siberia-38-bcm",
     Verdict.UNPROVEN, "certainty"),
    # Plainly stated, where the source hedges it ("reportedly considered"); with a hedge of
    # its own, the claim is the source's.
    ("india considered buying 114 su-35 jets", "su35-other-buyers", Verdict.UNPROVEN,
     "certainty"),
    ("india looked at buying 114 su-35s, reportedly", "su35-other-buyers", Verdict.TRUE, None),
    # The same order with another gap contradicts as much as the other order.
    ("China's economy is just a little bigger than Russia's", "china-economy-seven-times",
     Verdict.FALSE, "gap"),
    # Asserting what the source's text denies, on a story the source does not vouch for: the
    # story told with the opposite deed is not the one the source tells.
    ("Kosygin hugged Zhou Enlai at the airport", "kosygin-premature", Verdict.FALSE,
     "opposite"),
    # A true premise does not make the conclusion drawn from it true: the claim misleads.
    ("Russia selling the S-400 to China proves the two are allies", "s400-sold-to-china",
     Verdict.MISLEADING, "inference"),
    ("they both oppose american primacy and want a multipolar world so they are effectively "
     "one bloc", "oppose-us-primacy", Verdict.MISLEADING, "inference"),
    ("china is russia's largest individual partner, so the two economies depend on each other",
     "china-largest-individual-partner", Verdict.MISLEADING, "inference"),
    ("Russia and China oppose US primacy", "oppose-us-primacy", Verdict.TRUE, None),
    ("russia sold china the s400 so they're basically allies", "s400-sold-to-china",
     Verdict.MISLEADING, "inference"),
    # Of few words only "proves" and its kin draw a conclusion; "means" may just state.
    ("the Power of Siberia means $400 billion of Russian raw materials for China in 30 years",
     "power-of-siberia-400-billion", Verdict.TRUE, None),
    ("Kosygin accepted the hug from Zhou Enlai", "kosygin-premature", Verdict.FALSE,
     "opposite"),
    # Roles through an adjective and past the border's "Russia-China".
    ("Did China force most of the Russia-China border on a weaker Russia?",
     "border-imposed-by-russia", Verdict.FALSE, "roles"),
    # Superlatives and moves up or down are opposites too.
    ("Kazakhstan is the smallest ex-Soviet republic in Central Asia",
     "kazakhstan-largest-republic", Verdict.FALSE, "opposite"),
    ("In 2012 Putin's approval ratings were soaring", "putin-2012-bleak-prospects",
     Verdict.FALSE, "opposite"),
    # "both exports and imports" makes nothing mutual.
    ("Russia is the single biggest partner of China for exports and imports",
     "china-largest-individual-partner", Verdict.FALSE, "roles"),
    # A phrase setting the scene is read with the claim it opens; "faster" compares.
    ("Even in its slowdown, Russia grows faster than China",
     "china-grows-despite-energy-imports", Verdict.FALSE, "comparison"),
    # Who said it is the crux of a claim that names them, typed with or without accents.
    ("Boulegue says China was invited to Vostok to calm its concerns about Russian troops near "
     "its border", "boulegue-vostok-view", Verdict.TRUE, None),
    ("China was invited to Vostok to calm its concerns about Russian troops near its border",
     "vostok-china-invited-to-reassure", Verdict.UNPROVEN, None),
    # A comparison no fact's wording makes is settled by two figures the pack gives (38 bcm a
    # year against over 90 bcm); without such figures it cannot be true on the fact's word.
    ("Power of Siberia's yearly gas is more than everything China imported in 2017",
     "power-of-siberia-38-bcm", Verdict.FALSE, "comparison"),
    ("Power of Siberia's 38 bcm is bigger than China's whole economy",
     "power-of-siberia-38-bcm", Verdict.CONTEXT, "compared"),
    # "no more than" is "merely", no comparison.
    ("to Beijing the Siberian pipeline is no more than one more energy source",
     "pipeline-just-diversification", Verdict.TRUE, None),
    # Buying is selling seen from the other side.
    ("china bought the s400 off russia fr", "s400-sold-to-china", Verdict.TRUE, None),
    ("russia bought the s400 from china", "s400-sold-to-china", Verdict.FALSE, "roles"),
    # A claim that says a pledge fell through denies the deed itself.
    ("Beijing's pledge to invest in the Power of Siberia pipeline fell through",
     "china-funded-power-of-siberia", Verdict.TRUE, None),
    # "supposed to" is a plan; a fact told in the future ("will ship") is one too.
    ("CEFC China Energy was supposed to purchase 14 percent of Rosneft",
     "cefc-rosneft-fell-through", Verdict.TRUE, None),
    ("Power of Siberia is supposed to carry $400bn of Russian resources to China in 30 years",
     "power-of-siberia-400-billion", Verdict.TRUE, None),
    # A figure the source contradicts makes a claim false, about a plan as much as a deed.
    ("CEFC planned to buy a 40 percent stake in Rosneft", "cefc-rosneft-fell-through",
     Verdict.FALSE, None),
    # A deal told by its terms ("was for a stake") says nothing of how it ended.
    ("the rosneft deal with cefc was for a fourteen percent stake", "cefc-rosneft-fell-through",
     Verdict.TRUE, None),
    ("the cefc agreement was for 14 percent of rosneft", None, Verdict.TRUE, None),
    # A plan told as carried out is the deed whose end the source tells otherwise.
    ("CEFC intended to purchase 14% of Rosneft and the deal went ahead",
     "cefc-rosneft-fell-through", Verdict.FALSE, None),
    ("CEFC was supposed to buy 14 percent of Rosneft, and that got completed", None,
     Verdict.FALSE, None),
    ("per the photo caption, Xi and Putin met in Vladivostok in September 2017",
     "xi-putin-vladivostok-2018", Verdict.FALSE, None),
    # "didn't exceed" bounds a figure; it denies nothing.
    ("China's direct investment in Russia 2014-2018 did not exceed $30 billion",
     "china-fdi-24-billion", Verdict.TRUE, None),
    # "All" against a fact that says a part is so: false; against one silent on it: context.
    ("All of Russia's exports to China are raw materials", "russia-exports-raw-materials",
     Verdict.FALSE, "quantifier"),
    ("China paid for every one of the 91 Far East projects", "cooperation-program-91-projects",
     Verdict.CONTEXT, "quantifier"),
    # "Every" or "entirely" against a fact that says "almost" or "largely": false.
    ("Russia's economy is confined entirely to exporting oil and gas", "russia-economy-oil-gas",
     Verdict.FALSE, "quantifier"),
    # "N times" compares as "than" does, and a side may be two actors joined by "and".
    ("China does more trade with Russia than with the EU and the US together",
     "china-us-eu-trade-five-times", Verdict.FALSE, "comparison"),
    ("China does far more trade with the US and the EU than with Russia",
     "china-us-eu-trade-five-times", Verdict.TRUE, None),
    # Phrases say the words they stand for: "went along with" accepts, "turned down" rejects.
    ("So Putin went along with the liberal reforms his finance minister pushed in 2012?",
     "putin-rejected-reforms-2012", Verdict.FALSE, "opposite"),
    ("Putin turned down the liberal reforms his finance minister pushed in 2012",
     "putin-rejected-reforms-2012", Verdict.TRUE, None),
    # A change told the other way round ("from ... to ...").
    ("Xi moved Chinese foreign policy from aggressively expansionist to just assertive",
     "xi-expansionist-seas", Verdict.FALSE, "direction"),
    ("Xi took China's foreign policy from assertive to aggressively expansionist",
     "xi-expansionist-seas", Verdict.TRUE, None),
    # "Refused" denies once: against "backed ... and recognized", the claim is the truth.
    ("Beijing flatly refused to back Russia and recognise Abkhazia",
     "china-recognized-abkhazia", Verdict.TRUE, None),
    # A conclusion drawn with "so" or "therefore" is no part of a true fact.
    ("Xi named Putin his best friend, so an alliance is a sure thing", "xi-best-friend",
     Verdict.MISLEADING, "inference"),
    ("Russia-China trade set a record of $100bn in 2018, therefore they must be allies",
     "trade-2018-record", Verdict.MISLEADING, "inference"),
    # Other conclusions: a team, needing or trusting the other.
    ("trade reached a record $100bn last year so beijing clearly needs moscow",
     "trade-2018-record", Verdict.MISLEADING, "inference"),
    ("russia and china both reject american primacy, so they're a team now",
     "oppose-us-primacy", Verdict.MISLEADING, "inference"),
    # The premise's roles are the ones read: the conclusion's actors ("the kremlin trusts
    # beijing") are not the sale's.
    ("russia sold china the s400, so the kremlin trusts beijing more than anyone",
     "s400-sold-to-china", Verdict.MISLEADING, "inference"),
    ("they almost always vote the same way at the UN, so beijing supports moscow on "
     "everything", "un-votes-in-unison", Verdict.MISLEADING, "inference"),
    # Conclusions on how the two stand beyond ties: treatment, backing, a side taken, a rank
    # among partners, a pay-off, a hold over the other; drawn with "so", a dash, "proof",
    # "that's", or in a sentence of their own.
    ("russia sold china its s-400 system, so the chinese obviously get favoured "
     "treatment", "s400-sold-to-china", Verdict.MISLEADING, "inference"),
    ("Beijing abstained on the Crimea vote at the UN \u2014 so China sided with Russia",
     "china-abstained-crimea", Verdict.MISLEADING, "inference"),
    ("China abstained on the UN's Crimea resolution. That's Beijing having Moscow's back.",
     "china-abstained-crimea", Verdict.MISLEADING, "inference"),
    ("China put $24 billion into Russia after 2014 = proof the turn to Asia is paying off",
     "china-fdi-24-billion", Verdict.MISLEADING, "inference"),
    ("Beijing bought the Su-35 before anyone else, which shows Moscow ranks it above every "
     "other client", "su35-china-first", Verdict.MISLEADING, "inference"),
    # Conclusions told as a plain tie after a comma, after an equals sign, as a verdict told
    # last, as one side counting for the other as much, by two denials, or asked to be agreed
    # with: none is the fact's.
    ("Moscow and Beijing have a 2,600-mile frontier, they're natural allies",
     "border-2600-miles", Verdict.MISLEADING, "inference"),
    ("Power of Siberia carries $400 billion of Russian raw materials to China = real "
     "interdependence", "power-of-siberia-400-billion", Verdict.MISLEADING, "inference"),
    ("China is Russia's largest individual trade partner, so Russia must matter just as much "
     "to China", "china-largest-individual-partner", Verdict.MISLEADING, "inference"),
    ("the Kremlin sold Beijing its S-400 system, nobody hands that kit to a country that "
     "isn't an ally", "s400-sold-to-china", Verdict.MISLEADING, "inference"),
    ("Beijing just abstained on the Crimea resolution at the UN, so didn't China back "
     "Russia?", "china-abstained-crimea", Verdict.MISLEADING, "inference"),
    ("Beijing bought the Su-35 before anyone else, so it's plainly Moscow's No. 1 client",
     "su35-china-first", Verdict.MISLEADING, "inference"),
    # A conclusion that doubts the two ("so much for ...", "hence the trust issues") draws no
    # closeness from the fact: the claim is the fact's.
    ("India took 35% of Russia's arms exports and China 12%, so much for the special "
     "relationship", "arms-india-vs-china", Verdict.TRUE, None),
    ("imperial russia forced most of that border on a weaker china, hence the trust "
     "issues", "border-imposed-by-russia", Verdict.TRUE, None),
    ("Power of Siberia will carry $400 billion of Russian raw materials to China over 30 "
     "years. That locks the two economies into interdependence.", "power-of-siberia-400-billion",
     Verdict.MISLEADING, "inference"),
    # A comparison with a figure bounds it: "longer than 4,000 miles" is at least that.
    ("The Kazakh-Russian frontier is longer than 4,000 miles", "kazakhstan-border-4250",
     Verdict.TRUE, None),
    ("The Kazakhstan-Russia border is shorter than 4,000 miles", "kazakhstan-border-4250",
     Verdict.FALSE, None),
    # A span of time on the other side of the event than the source puts it.
    ("Russia's security services killed the Huawei deal three years after Vostok-2018",
     "huawei-deal-reversed", Verdict.FALSE, "opposite"),
    # A conclusion the fact states itself is no inference beyond it.
    ("Russia exports little but oil and gas, so its integration in the world economy is secure but "
     "limited", "russia-economy-oil-gas", Verdict.TRUE, None),
    # A premise with "since", the conclusion an alliance foretold.
    ("since putin and xi both run a form of state capitalism, an alliance is basically "
     "inevitable", "putin-xi-state-capitalism", Verdict.MISLEADING, "inference"),
    # A denial in the conclusion denies nothing of the premise the fact is read against.
    ("the kremlin went ahead and bought huawei servers, so trust was never an issue",
     "kremlin-uses-huawei-servers", Verdict.FALSE, None),
    # "didn't ..., it ...": the claim is what the pronoun's clause says was done instead.
    ("Beijing didn't vote against the Crimea resolution at the UN, it abstained",
     "china-abstained-crimea", Verdict.TRUE, None),
    # A floor the source's figure is above answers a false claim that gives no such figure:
    # "over four times" against "the economies are of comparable size" (more than seven times).
    ("Beijing's economy is over four times the size of Moscow's", "economies-comparable-size",
     Verdict.TRUE, None),
    # A ceiling under the source's multiple answers the false claim it refutes the other way.
    ("China's economy is less than four times the size of Russia's",
     "economies-comparable-size", Verdict.FALSE, None),
    # A ceiling the source's figure is under: a bound, not a comparison.
    ("China sent less than ten warplanes to the Vostok-2018 drills", "vostok-chinese-forces",
     Verdict.TRUE, None),
    # A false fact's quote gives the figure the claim bounds: the claim corrects it.
    ("China contributed no more than 8 planes to Vostok-2018",
     "vostok-equal-partners", Verdict.TRUE, None),
    # "Less than double" bounds the ratio; it does not turn the comparison around.
    ("Chinese trade with the EU and the US comes to less than double its trade with Russia",
     "china-us-eu-trade-five-times", Verdict.FALSE, None),
    # "Only" against a fact that says there are others ("it will not be the last"): false.
    ("Beijing was the sole buyer of the Su-35", "su35-china-first",
     Verdict.FALSE, "quantifier"),
    # "Most of" is more than half: against 45 percent, false.
    ("Consumer goods make up most of China's sales to Russia", "china-sales-consumer-goods",
     Verdict.FALSE, None),
    # One actor put above where the fact puts the other: the comparison reversed.
    ("Russia is more vulnerable to geopolitical disruptions", "china-more-vulnerable",
     Verdict.FALSE, "comparison"),
    # Another actor in the place the fact's own claim gives one, though the text matched
    # ("far more in Africa than in Russia") names both.
    ("Beijing invested $148 billion in Russia from 2014 to 2018", "china-africa-148-billion",
     Verdict.FALSE, "substitution"),
    # A false claim's deed denied in words of the source's own for what was done instead.
    ("Xi never turned his back on market reforms as the economy cooled", "xi-market-reformer",
     Verdict.FALSE, None),
    # Not going with what the source says was rejected: true.
    ("In 2012 Putin did not go with his finance minister's liberal reforms",
     "putin-rejected-reforms-2012", Verdict.TRUE, "opposite"),
    # The purpose the source sets aside ("rather than to bolster an alliance"), denied: true;
    # claimed: false.
    ("Boulègue argued China's Vostok invitation was not meant to bolster an alliance",
     "boulegue-vostok-view", Verdict.TRUE, None),
    ("Boulègue argued China was invited to Vostok to bolster an alliance",
     "boulegue-vostok-view", Verdict.FALSE, None),
    # What was nearly bought was not bought.
    ("Moscow nearly bought Huawei servers to police the internet",
     "kremlin-uses-huawei-servers", Verdict.TRUE, None),
    # Told as wanted, as the source tells it as decided, the deed the false fact claims is the
    # source's correction, not a plan read against a deed.
    ("the Kremlin wanted to buy its data storage from Huawei",
     "kremlin-uses-huawei-servers", Verdict.TRUE, None),
    # A claim that tells what a rumour the source reports says is true of the rumour; one
    # that gives an actor the opposite deed tells another rumour than the source's.
    ("rumor has it Kosygin met Zhou Enlai at the Beijing airport after Ho Chi Minh's funeral",
     "kosygin-premature", Verdict.TRUE, None),
    ("rumor has it Kosygin hugged Zhou Enlai warmly at the Beijing airport",
     "kosygin-premature", Verdict.FALSE, "opposite"),
    # A claim that names the firms or people a fact names is about the fact's countries.
    ("Klyamkin is the one who named it militarized patriotism",
     "klyamkin-militarized-patriotism", Verdict.TRUE, None),
    # A stake never bought is the deal for it that fell through.
    ("the CEFC stake in Rosneft was never bought", "cefc-rosneft-fell-through", Verdict.TRUE,
     None),
    # A deed of one buyer, against a fact that also tells another buyer's plans.
    ("Indonesia put in an order for 11 Su-35 jets", "su35-other-buyers", Verdict.TRUE, None),
    # A plan told as scrapped is the deal the fact tells was killed.
    ("Moscow's plan to get Huawei servers was scrapped because the security services feared "
     "Chinese espionage", "huawei-deal-reversed", Verdict.TRUE, None),
    # A claim set off in an inline code span is read.
    ("`china sold russia the s-400` is that right?", "s400-sold-to-china", Verdict.FALSE,
     "roles"),
    # Too far from the fact's words for a verdict of its own, and naming a country its source
    # never does, but in the place the fact gives one of its own: false all the same.
    ("xi's first trip as president was to tokyo", "xi-first-visit-moscow", Verdict.FALSE,
     "substitution"),
    ("when xi became president his first visit abroad was to berlin", "xi-first-visit-moscow",
     Verdict.FALSE, "substitution"),
    # A conclusion the source draws itself from the premise is the source's, not the claim's.
    ("moscow mostly just exports oil n gas so it can afford to rock the boat",
     "russia-economy-oil-gas", Verdict.TRUE, None),
    # A joint venture taken to go smoothly where the source says it stalled.
    ("Xi and Putin signed up to coordinate the EAEU with Belt and Road, so the projects are "
     "moving along nicely", "eaeu-bri-stalled", Verdict.MISLEADING, "inference"),
    # What one side makes of a thing, as the source reports it, against a misleading fact.
    ("the Kremlin hails the Siberia gas pipe as a major step toward economic interdependence",
     "pipeline-interdependence", Verdict.TRUE, "framing"),
    # A likeness the source draws, taken to the letter.
    ("russia has literally become china's colony", "colonial-trade", Verdict.MISLEADING,
     "literal"),
]


# claim, fact text, the claim's words the fact text does not use: a figure's own words
# ("fourth", "less than", "dozen") are the figure, not more said
UNEXPLAINED = [
    ("the harbour is only the fourth busiest in the region",
     "the harbour is the busiest in the region", []),
    ("the harbour handles less than a dozen ferries", "the harbour handles six ferries", []),
    ("the harbour was rebuilt by pirates", "the harbour handles six ferries",
     ["rebuilt", "pirates"]),
    # A chat word for the matter ("that whole mess", "the saga") and a tag ("..., right?") say
    # nothing more.
    ("the harbour saga was six years ago, right?", "the harbour was rebuilt six years ago",
     []),
    ("that ferry mess happened six years before the fire", "six years before the fire the "
     "ferry sank", ["happened"]),
    # That it "took place" then, and where the piece tells it, say nothing more of it.
    # An amount told without a number is a figure too.
    ("the harbour handles a handful of ferries and a bunch of yachts",
     "the harbour handles six ferries and yachts", []),
    # So are the words that play an amount down.
    ("the ferry has hardly ever sailed, barely a handful of trips",
     "the ferry sailed forty trips", []),
    ("the ferry has hardly ever sailed, the crew mutinied", "the ferry sailed forty trips",
     ["crew", "mutinied"]),
    # Finding a figure interesting says nothing more of it; "combined", "together" sum the
    # things it is told of.
    ("I found it interesting that the two ports combined handle 40 ferries",
     "the ports handle 40 ferries", []),
    ("the two ports put together handle 40 ferries", "the ports handle 40 ferries", ["put"]),
    ("the sinking the article opens with took place in May 1990",
     "the sinking of the ferry was in May 1990", []),
    ("the sinking the article opens with was caused by pirates",
     "the sinking of the ferry was in May 1990", ["caused", "pirates"]),
    # An abbreviation is told where a word it stands for is, and counts once where none is.
    ("the canal carries 12 tons of LNG a yr", "the canal carries twelve tons of liquefied "
     "gas each year", []),
    ("the SCO treaty runs 3,000 mi", "the treaty of the shanghai group runs 3,000 miles", []),
    ("the EAEU treaty runs 3,000 mi", "the treaty runs 3,000 miles", ["eaeu"]),
    # A country's short code names the country, where the fact names it.
    ("RU-CN rail freight reached 40 million tons",
     "rail freight between Russia and China reached "
     "30 million tons", []),
    ("rus rail freight reached 40 million tons", "Russia's rail freight reached 30 million "
     "tons", []),
    ("RU-CN rail freight reached 40 million tons", "Japan's rail freight reached 30 million tons",
     ["ru", "cn"]),
]


@pytest.mark.parametrize(("claim", "fact", "words"), UNEXPLAINED,
                         ids=[c for c, _, _ in UNEXPLAINED])
def test_the_words_of_a_figure_say_nothing_beyond_the_fact(claim: str, fact: str,
                                                          words: list[str]) -> None:
    assert unexplained(normalise(claim), (normalise(fact),)) == words


# claim, fact text, whether the claim compares where the fact does not
COMPARES_BEYOND = [
    ("the city built fewer than ten bridges", "the city built six bridges", False),
    ("the city built more than 20 bridges", "the city built six bridges", False),
    ("the city built more bridges than the town", "the city built six bridges", True),
    # Another of a kind, or one thing set aside for another, compares nothing.
    ("the bridge is just one more way to cross rather than a landmark",
     "the bridge is merely a way to cross", False),
    ("the city built bridges other than the old one", "the city built six bridges", False),
    # Two things told equal compare them; "as well as" and a bound ("as many as 20") do not.
    ("the rivalry is as bitter today as it was in the 1990 final",
     "the two clubs met in the 1990 final", True),
    ("the city built bridges as well as tunnels", "the city built six bridges", False),
    ("the city built as many as 20 bridges", "the city built six bridges", False),
    # "Better", "worse" and "closer" compare as "bigger" and "smaller" do.
    ("the city's bridges fared better than the town's", "the city built six bridges", True),
    ("the town's bridges fared worse than the city's", "the city built six bridges", True),
    ("the two clubs are closer on transfers than on tactics", "the two clubs share a stadium",
     True),
]


@pytest.mark.parametrize(("claim", "fact", "compares"), COMPARES_BEYOND,
                         ids=[c for c, _, _ in COMPARES_BEYOND])
def test_a_bound_on_a_figure_compares_nothing(claim: str, fact: str, compares: bool) -> None:
    assert compares_beyond(normalise(claim), (normalise(fact),)) is compares


@pytest.mark.parametrize(("claim", "fact_id", "verdict", "reading"), CHECKS,
                         ids=[c for c, _, _, _ in CHECKS])
def test_the_wording_decides_the_verdict(claim: str, fact_id: str | None, verdict: Verdict,
                                         reading: str | None, checker: FactChecker) -> None:
    check = checker.check(claim).primary
    assert check.fact is not None
    if fact_id is not None:
        assert check.fact.id == fact_id
    assert (check.verdict, check.reading) == (verdict, reading)


# Claims nearly close enough to a fact that stay unmatched: a denial of the figure, or a year
# that may date another event.
NEARLY_MATCHED = [
    "china didn't take like twenty planes to vostok 2018",
    "russia and china held a joint navy drill in the baltic in 2017",
]


@pytest.mark.parametrize("claim", NEARLY_MATCHED)
def test_a_nearly_matched_claim_is_answered_only_by_a_figure_it_states(
        claim: str, checker: FactChecker) -> None:
    assert checker.check(claim).primary.verdict is Verdict.NO_MATCH


def test_context_is_never_a_verdict_on_the_claim(checker: FactChecker) -> None:
    reply = checker.check("Power of Siberia does not make China dependent on Russian gas")
    assert reply.matched and not reply.judged
    assert not Verdict.CONTEXT.judges_claim


# Questions, hedges, chat slang and claims inside longer messages: the claim inside is checked
# as if stated plainly. message -> (fact, verdict)
AS_PEOPLE_WRITE = [
    ("is it true that russia sold china the s-400?", "s400-sold-to-china", Verdict.TRUE),
    ("I read that China invested $148 billion in sub-Saharan Africa from 2014 to 2018",
     "china-africa-148-billion", Verdict.TRUE),
    ("apparently china abstained on the UN vote about crimea", "china-abstained-crimea",
     Verdict.TRUE),
    ("someone told me Russia and China already have a formal military alliance",
     "alliance-already-formal", Verdict.FALSE),
    ("didn't Xi call Putin his best friend?", "xi-best-friend", Verdict.TRUE),
    ("isn't it true that china recognized abkhazia?", "china-recognized-abkhazia", Verdict.FALSE),
    ("does the delegate from Kenya not agree that China abstained on the UN vote about Crimea?",
     "china-abstained-crimea", Verdict.TRUE),
    # First place the source gives only among single countries, claimed unqualified.
    ("my uncle keeps saying china is russia's biggest trading partner, is that right?",
     "china-russia-top-partner", Verdict.MISLEADING),
    # The source denied as the one who said it: "the article doesn't say", "the author never".
    ("the article doesn't say that China abstained on the UN vote about Crimea",
     "china-abstained-crimea", Verdict.FALSE),
    ("this writer never said china recognized abkhazia", "china-recognized-abkhazia",
     Verdict.TRUE),
    ("my flatmate keeps insisting Russia's economy is larger than China's, so Moscow leads. "
     "Is he right?", "china-economy-seven-times", Verdict.FALSE),
    ("our lecturer was adamant that Russia's economy dwarfs China's. I'm not so sure",
     "china-economy-seven-times", Verdict.FALSE),
    ("Putin and Xi's personal relationship might be the most promising sign yet of an alliance",
     "putin-xi-genuine-rapport", Verdict.TRUE),
    ("the personal relationship between the two leaders is definitely the best sign of an "
     "alliance", "putin-xi-genuine-rapport", Verdict.UNPROVEN),
    ("the power of siberia pipeline binds russia and china in real economic interdependence",
     "pipeline-interdependence", Verdict.MISLEADING),
    ("at Vostok-2018 Moscow's contingent totally dwarfed Beijing's", "vostok-russian-forces",
     Verdict.TRUE),
    ("saw a tweet saying the power of siberia pipeline cost russia $55 billion. legit?",
     "power-of-siberia-cost", Verdict.TRUE),
    ("ok so russia ranks like 10th in chinese exports right", "russia-tenth-chinese-exports",
     Verdict.TRUE),
    ("russia n china r basically allies ngl", "alliance-forming", Verdict.MISLEADING),
    ("tbh china only put 24 billion into russia after crimea lol", "china-fdi-24-billion",
     Verdict.TRUE),
    ("fr the kremlin dropped the huawei deal bc of spying fears", "huawei-deal-reversed",
     Verdict.TRUE),
    ("Hey all! Quick one before the meeting: I keep hearing Putin and Xi have met more than 25 "
     "times. Anyway, see you at 3.", "putin-xi-met-25-times", Verdict.TRUE),
    ("> Russia sold China the S-400\nthat's what the article says, right?",
     "s400-sold-to-china", Verdict.TRUE),
    # The whole message says both tellings of one matter; each piece says one.
    ("huh so china actually supported russia on crimea at the un? i thought they sat the vote "
     "out", "china-voted-against-crimea-resolution", Verdict.FALSE),
]


@pytest.mark.parametrize(("message", "fact_id", "verdict"), AS_PEOPLE_WRITE,
                         ids=[m[:50] for m, _, _ in AS_PEOPLE_WRITE])
def test_claims_as_people_write_them(message: str, fact_id: str, verdict: Verdict,
                                     checker: FactChecker) -> None:
    found = [(c.fact.id, c.verdict) for c in checker.check(message).checks if c.fact]
    assert found == [(fact_id, verdict)]


# A clause without its topic words goes on about the claim before it, for another fact.
# message -> every (fact, verdict) in the reply
CARRIED = [
    ("beijing abstained on the UN vote over crimea and recognized south ossetia",
     [("china-abstained-crimea", Verdict.TRUE), ("china-refused-abkhazia", Verdict.FALSE)]),
    ("russia sold china the s-400 and then invited it to vostok",
     [("s400-sold-to-china", Verdict.TRUE)]),
]


@pytest.mark.parametrize(("message", "found"), CARRIED, ids=[m for m, _ in CARRIED])
def test_a_clause_goes_on_about_the_claim_before_it(message: str,
                                                   found: list[tuple[str, Verdict]],
                                                   checker: FactChecker) -> None:
    assert [(c.fact.id, c.verdict) for c in checker.check(message).checks if c.fact] == found


@pytest.mark.parametrize(("claim", "fact", "reversed_"), [
    ("from assertive to expansionist", "went from assertive into expansionist", False),
    ("from expansionist to assertive", "went from assertive into aggressively expansionist",
     True),
    ("sold from russia to china", "arms went from china to russia", True),
    ("trade from 2013 to 2017", "from 2013 to 2017 trade grew", False),
    ("turned expansionist", "went from assertive to expansionist", False),
    # "Away from ... and toward ...", each end told at some length.
    ("the mayor moved the budget away from parks and public libraries and toward new roads",
     "the mayor shifted the budget from new roads and bridges to parks and libraries", True),
    ("the mayor moved the budget away from new roads and toward parks",
     "the mayor shifted the budget from new roads and bridges to parks and libraries", False),
])
def test_a_change_told_the_other_way_round(claim: str, fact: str, reversed_: bool) -> None:
    assert direction_reversed(normalise(claim), normalise(fact)) is reversed_


# A reply under a quoted line, and a claim with the conclusion drawn from it.
# message -> every (fact, verdict) in the reply
REPLIES = [
    # Denying a true quoted claim is false; denying a false one agrees with the source, and
    # the quoted claim is answered as false.
    ("> russia sold china the s-400\nnope, wrong", [("s400-sold-to-china", Verdict.FALSE)]),
    ("> trade hit a record $100 billion last year\nlol no, it was more like $50 billion",
     [("trade-2018-record", Verdict.FALSE)]),
    ("> china is the only country buying the s-400\nnah",
     [("s400-china-exclusive", Verdict.FALSE)]),
    # A reply that only points at the quote leaves it someone's claim.
    ("> china abstained on the crimea vote\nthis ^", [("china-abstained-crimea", Verdict.TRUE)]),
    # A conclusion drawn from the quote, or from a claim in the same sentence, misleads.
    ("> trade reached $100bn in 2018\nyeah, so the two economies are inseparable now",
     [("trade-2018-record", Verdict.MISLEADING)]),
    ("putin and xi have met over 25 times, so they're effectively a united bloc",
     [("putin-xi-met-25-times", Verdict.MISLEADING)]),
    # A claim followed by the denial of its contrary is read by the claim.
    ("beijing abstained on the crimea resolution, it didn't vote against it",
     [("china-abstained-crimea", Verdict.TRUE)]),
    ("china voted against the crimea resolution, it didn't abstain",
     [("china-abstained-crimea", Verdict.FALSE)]),
    # The denial after a comma may lose its subject: it is the claim's.
    ("beijing abstained at the UN on crimea, didn't vote against",
     [("china-abstained-crimea", Verdict.TRUE)]),
    ("beijing voted against the crimea resolution at the UN, didn't abstain",
     [("china-abstained-crimea", Verdict.FALSE)]),
    # "Not ... alone" says others too, and denies nothing of the one named.
    ("moscow doesn't sell the s-400 to beijing alone", [("s400-sold-to-china", Verdict.TRUE)]),
]


@pytest.mark.parametrize(("message", "found"), REPLIES, ids=[m for m, _ in REPLIES])
def test_replies_and_conclusions(message: str, found: list[tuple[str, Verdict]],
                                 checker: FactChecker) -> None:
    assert [(c.fact.id, c.verdict) for c in checker.check(message).checks if c.fact] == found


# claim, fact's claim -> what the claim keeps before denying the contrary (None: read whole)
SET_ASIDE = [
    ("china abstained on crimea, it didn't vote against", "China abstained on the resolution",
     "china abstained on crimea"),
    # The fact speaks of what is denied: the denial is read.
    ("china abstained on crimea, it didn't vote against", "China voted against the resolution",
     None),
    ("china voted against it, it didn't abstain", "China abstained on the resolution", None),
    # No pronoun opens the denial: no contrary set aside.
    ("china abstained and russia didn't vote", "China abstained on the resolution", None),
]


@pytest.mark.parametrize(("claim", "fact", "kept"), SET_ASIDE)
def test_a_contrary_set_aside_after_the_claim(claim: str, fact: str, kept: str | None) -> None:
    assert contrary_set_aside(normalise(claim), normalise(fact)) == kept


# claim -> what it tells of the actor it keeps, another actor set against it and denied
ACTORS_SET_AGAINST = [
    ("it was Japan that hosted the summit, not Korea", "it was japan that hosted the summit"),
    ("Tokyo paid for the new bridge and not Seoul", "tokyo paid for the new bridge"),
    ("the ferries were sold to Korea, not to Japan", "the ferries were sold to korea"),
    # Figures after the actor set against back the claim up: "not Japan, 40% vs 15%".
    ("Korea is the real buyer of the ferries, not Japan: 40% vs 15%",
     "korea is the real buyer of the ferries"),
    ("korea's the main market not japan like forty percent versus fifteen",
     "koreas the main market"),
    # Two actors set aside together.
    ("the bridge was paid for by Tokyo, not by Seoul or Beijing",
     "the bridge was paid for by tokyo"),
    ("Japan and Korea hosted it, not China and Russia", "japan and korea hosted it"),
    ("Japan hosted the summit, not Korea, in 2019 at least",
     "japan hosted the summit not korea in 2019 at least"),
    # A denial of anything but another actor, and the chat's own "us", are read as they are.
    ("Japan hosted the summit, not the mayor", "japan hosted the summit not the mayor"),
    ("Japan invited them, not us", "japan invited them not us"),
    ("Japan did not host the summit", "japan did not host the summit"),
]


@pytest.mark.parametrize(("claim", "kept"), ACTORS_SET_AGAINST)
def test_an_actor_set_against_the_claims(claim: str, kept: str) -> None:
    assert actor_set_against(normalise(claim)) == kept


# claim, fact -> the clauses of the claim that speak of what the fact does: an "and" between
# two actors joins no clauses, so a denial before it is kept
IN_SCOPE = [
    ("the mayor doesnt think france and germany will sign the treaty",
     "france and germany are signing the treaty",
     "the mayor doesnt think france and germany will sign the treaty"),
    ("france signed the treaty and the weather was lovely", "france signed the treaty",
     "france signed the treaty"),
]


@pytest.mark.parametrize(("claim", "fact", "kept"), IN_SCOPE, ids=[c for c, _, _ in IN_SCOPE])
def test_the_clauses_in_scope(claim: str, fact: str, kept: str) -> None:
    assert in_scope(normalise(claim), normalise(fact)) == kept


# claim, whether it draws a conclusion no text of a plain fact draws
INFERENCES = [
    ("the two leaders met in june, which shows the two are now allies", True),
    ("the two leaders met in june, which shows both sides are now a bloc", True),
    ("the summit turned the two neighbours into a real alliance", True),
    ("their friendship has made the two countries into allies", True),
    ("an alliance between them is basically inevitable", True),
    # Taking one side's part is drawn as a conclusion too.
    ("the council skipped the vote, so basically the town sided with the mayor", True),
    ("the bank held its rates, so clearly it stood by the government", True),
    ("the bank held its rates, so clearly it backed the government", True),
    ("the mayor backed the plan", False),
    # "So ... clearly" draws a conclusion, whatever it concludes.
    ("the two leaders met in june, so the town clearly gets special treatment", True),
    ("the two leaders clearly met in june", False),
    ("the two leaders met in june, so the town can easily host them again", True),
    ("the mayor spent a lot, so much that the budget ran dry", False),
    # "Proof of" draws it as "proves" does; "no proof of" draws nothing.
    ("the two leaders met in june = proof of a deep partnership", True),
    ("there is no proof of a deep partnership", False),
    ("the deal made the two firms richer", False),
    ("the summit turned into a shouting match", False),
    # Siding with the other drawn from a deed: a conclusion.
    ("the city stayed out of the vote, so basically it sided with the league", True),
    ("the city sided with the league in the vote", False),
    # "Not so much ... an alliance" sets the alliance aside, concluding nothing.
    ("the towns met not so much to build an alliance but to share a ferry", False),
    # "It is confirmed that ..." vouches for what follows, and "is it confirmed that ...?"
    # asks about it: neither draws it from something else.
    ("it is confirmed that the two leaders met in june", False),
    ("is it confirmed that the two leaders met in june?", False),
    ("it has been confirmed that the two leaders met in june", False),
    ("the summit confirmed that the two are allies", True),
]


@pytest.mark.parametrize(("claim", "inferred"), INFERENCES, ids=[c for c, _ in INFERENCES])
def test_conclusions_drawn(claim: str, inferred: bool) -> None:
    assert infers_beyond(normalise(claim), (normalise("the two leaders met in june"),)) \
        is inferred


# claim -> (main clause, motive as weighed, whether it lays the deed on someone); None where
# the claim gives no motive after a main clause of its own
MOTIVES = [
    ("the ferry service ended because the mayor blocked it",
     ("the ferry service ended", "the mayor blocked it", False)),
    # A cause whose subject is an actor lays the deed on it.
    ("the ferry stopped because Moscow blocked it",
     ("the ferry stopped", "moscow blocked it", True)),
    ("the club was relegated cuz the owner sold every striker",
     ("the club was relegated", "the owner sold every striker", False)),
    ("the strike ended due to the pay deal", ("the strike ended", "the pay deal", False)),
    # A purpose told as the one meant; the stress before the deed goes with it.
    ("the council shut the harbour purely to spite the fishermen",
     ("the council shut the harbour", "spite the fishermen", True)),
    ("the mayor only closed the bridge to annoy the rival town, that was the whole point",
     ("the mayor closed the bridge", "annoy the rival town", True)),
    # Words telling it was meant are the motive; the deed is read without them.
    ("Isn't the bank deliberately starving the farms of credit, as a strategy?",
     ("Isn't the bank starving the farms of credit?", "deliberately as a strategy", True)),
    # A motive the opening words name ("payback", "out of spite") is weighed with it.
    ("the dockers' strike in May was direct payback for the pay cut",
     ("the dockers' strike in May", "payback the pay cut", True)),
    ("the league dropped the club out of spite", ("the league dropped the club", "spite", True)),
    # A deed aimed at someone: "a dig at", "a swipe at".
    ("the mayor's speech on the harbour was a direct dig at the council",
     ("the mayor's speech on the harbour", "dig at the council", True)),
    ("the new tram fares were a swipe at the commuters",
     ("the new tram fares", "swipe at the commuters", True)),
    # What follows the motive's clause goes on about something else.
    ("the ferry stopped running bc the council sabotaged it lol, that's what happened",
     ("the ferry stopped running", "the council sabotaged it lol", False)),
    # Light verbs carry no motive of their own.
    ("the mayor quit because the budget looked grim",
     ("the mayor quit", "the budget grim", False)),
    # No motive: "to" before a name or an article, "cause" as a noun, a cause told first.
    ("the council sent the plans to the mayor", None),
    ("the city sold the old tram only to the museum", None),
    ("the mayor agreed to fund the bridge", None),
    ("the root cause of the fire was a short circuit", None),
    ("Because the dock flooded, the ferry stopped", None),
    ("the ferry resumed in response to the protests", None),
    # A cause after a relative clause tells why that clause holds, not why the deed was done.
    ("the harbour got a new crane, which annoyed the mayor because it is noisy", None),
    # Nothing left of the claim's own, or nothing said after "because".
    ("it was because the mayor said so", None),
    ("the deal died bc.", None),
]


@pytest.mark.parametrize(("claim", "parts"), MOTIVES, ids=[c for c, _ in MOTIVES])
def test_the_motive_a_claim_gives(claim: str, parts: tuple[str, str, bool] | None) -> None:
    told = motive_of(claim)
    assert (None if told is None else (told.main, told.motive, told.pointed)) == parts


# claim -> (fact, verdict, reading): a motive, purpose or cause the source does not give makes
# a claim of a true deed unproven; one the fact gives, in its own words or others, does not
MOTIVE_CHECKS = [
    ("the CEFC purchase of a Rosneft stake fell through because Moscow got cold feet",
     "cefc-rosneft-fell-through", Verdict.UNPROVEN, "motive"),
    ("Xi launched the Belt and Road in Astana on purpose to snub the Kremlin",
     "bri-launched-astana", Verdict.UNPROVEN, "motive"),
    ("Moscow asked India to join the SCO just to needle Beijing", "sco-india-pakistan",
     Verdict.UNPROVEN, "motive"),
    ("China sent only 3,200 soldiers to Vostok-2018 because Beijing wanted its best units kept "
     "at home", "vostok-chinese-forces", Verdict.UNPROVEN, "motive"),
    ("Beijing is deliberately making Russia its raw-material appendage", "colonial-trade",
     Verdict.UNPROVEN, "motive"),
    ("Putin turned down his finance minister's liberal reforms in 2012 because the oligarchs "
     "told him to", "putin-rejected-reforms-2012", Verdict.UNPROVEN, "motive"),
    # The fact gives a cause of its own: one laid on an actor is another.
    ("the russian-led EAEU projects got stuck bc beijing sank them on purpose",
     "eaeu-bri-stalled", Verdict.UNPROVEN, "motive"),
    # The fact's own cause, in its words or in others.
    ("the Kremlin's Huawei server deal was reversed because the security services feared "
     "Chinese spying", "huawei-deal-reversed", Verdict.TRUE, None),
    ("the security services killed the Huawei deal because they were afraid of Chinese "
     "snooping", "huawei-deal-reversed", Verdict.TRUE, None),
    ("many Russian-led EAEU projects stalled because the financing and talks fell apart",
     "eaeu-bri-stalled", Verdict.TRUE, None),
    ("Moscow can afford to rock the boat because its place in the world economy is secure but "
     "limited", "russia-can-rock-the-boat", Verdict.TRUE, None),
    # The fact's words in other forms ("economy" for "economic"), with a light verb.
    ("Putin rejected his finance minister's reforms in 2012 because the economy looked bleak",
     "putin-rejected-reforms-2012", Verdict.TRUE, None),
    # What came after is told, not why.
    ("China invited Pakistan into the SCO in response to Russia bringing in India",
     "sco-india-pakistan", Verdict.TRUE, None),
    # A false deed stays false, whatever motive it is given.
    ("Putin launched the Belt and Road in Astana just to show Kazakhstan who is boss",
     "bri-launched-astana", Verdict.FALSE, "substitution"),
    # A deed aimed at someone, told in the source's words about it, hedged or not.
    ("apparently Putin's comments on Kazakhstan's statehood were a swipe at Xi over the Belt "
     "and Road", "putin-kazakhstan-statehood", Verdict.UNPROVEN, "motive"),
    ("Putin's comments on Kazakhstan's statehood were a pointed jab at Beijing",
     "putin-kazakhstan-statehood", Verdict.UNPROVEN, "motive"),
]


@pytest.mark.parametrize(("claim", "fact_id", "verdict", "reading"), MOTIVE_CHECKS,
                         ids=[c for c, _, _, _ in MOTIVE_CHECKS])
def test_a_motive_the_source_does_not_give(claim: str, fact_id: str, verdict: Verdict,
                                           reading: str | None, checker: FactChecker) -> None:
    check = checker.check(claim).primary
    assert check.fact is not None and check.fact.id == fact_id
    assert (check.verdict, check.reading) == (verdict, reading)


# claim, fact text -> whether the fact lists another beside what the claim's "only" holds to.
OTHERS_LISTED = [
    ("the mill sells only to the north and nowhere else", "the mill sells to the north and west",
     True),
    ("only the mayor signed the letter", "the mayor and the bishop signed the letter", True),
    ("only the mayor and the bishop signed it", "the mayor and the bishop signed it", False),
    ("only the mayor signed the letter", "the mayor signed the letter", False),
]


@pytest.mark.parametrize(("claim", "fact", "listed"), OTHERS_LISTED,
                         ids=[c for c, _, _ in OTHERS_LISTED])
def test_only_one_of_those_the_fact_lists(claim: str, fact: str, listed: bool) -> None:
    assert others_listed(normalise(claim), (normalise(fact),)) is listed


# claim, source sentence: does the claim swap the firm that buys a stake with the one bought into?
STAKES = [
    ("Acme tried to buy a stake in Globex and it fell through",
     "a plan for the Globex group to purchase a 20 percent stake in the mining firm Acme fell "
     "through", True),
    ("the mining firm Acme sought a 20 percent stake in the Globex group",
     "a plan for the Globex group to purchase a 20 percent stake in the mining firm Acme fell "
     "through", True),
    ("Globex wanted a stake in Acme",
     "a plan for the Globex group to purchase a 20 percent stake in the mining firm Acme fell "
     "through", False),
    ("Acme sold a stake to Globex",
     "a plan for the Globex group to purchase a 20 percent stake in the mining firm Acme fell "
     "through", False),
]


@pytest.mark.parametrize(("claim", "sentence", "swapped"), STAKES, ids=[c for c, _, _ in STAKES])
def test_who_buys_a_stake_in_whom(claim: str, sentence: str, swapped: bool) -> None:
    assert stake_holder_swapped(normalise(claim), normalise(sentence)) is swapped


# claim, fact texts: does the claim give the larger part where the fact holds it to a few?
MOST_WHERE_FEW = [
    ("the council paid for nearly all of the 40 new parks",
     ("by 2015 the council had paid for only 6 of these",), True),
    ("the council paid for most of the 40 parks", ("the council paid for just 6 out of 40",), True),
    ("the council paid for 6 of the 40 parks", ("the council paid for only 6 of these",), False),
    ("the council paid for most of the 40 parks", ("the plan listed 40 parks",), False),
]


@pytest.mark.parametrize(("claim", "texts", "contradicted"), MOST_WHERE_FEW,
                         ids=[c for c, _, _ in MOST_WHERE_FEW])
def test_most_where_the_source_counts_a_few(claim: str, texts: tuple[str, ...],
                                            contradicted: bool) -> None:
    assert most_where_few(normalise(claim), tuple(normalise(t) for t in texts)) is contradicted


# claim, fact texts: does the claim tell as done for years what the fact calls the first?
REPEATED_WHERE_FIRST = [
    ("the two towns have held a joint fair every year since the 1980s",
     ("last year's fair was the first the two towns held together",), True),
    ("the towns have run joint fairs for decades",
     ("last year's fair was the first the two towns held together",), True),
    ("the towns held their first joint fair last year, and have held one every year since",
     ("last year's fair was the first the two towns held together",), False),
    ("the towns have run joint fairs for decades", ("the towns run joint fairs",), False),
    ("three years later the towns held a fair",
     ("last year's fair was the first the two towns held together",), False),
]


@pytest.mark.parametrize(("claim", "texts", "contradicted"), REPEATED_WHERE_FIRST,
                         ids=[c for c, _, _ in REPEATED_WHERE_FIRST])
def test_done_for_years_where_the_source_tells_the_first(claim: str, texts: tuple[str, ...],
                                                         contradicted: bool) -> None:
    assert repeated_where_first(normalise(claim), tuple(normalise(t) for t in texts)) \
        is contradicted


# claim, fact text: is the one the claim hands a thing to the one the fact has give it?
HANDED_TO = [
    ("the gold medal went to Merkel", "Merkel awarded Obama the gold medal", True),
    ("the gold medal was given to Merkel, Obama pinned it on her",
     "Merkel awarded Obama the gold medal", True),
    ("the gold medal went to Obama", "Merkel awarded Obama the gold medal", False),
    ("the gold medal went to Merkel and Obama", "Merkel awarded Obama the gold medal", False),
    ("Merkel went to Washington", "Merkel awarded Obama the gold medal", False),
]


@pytest.mark.parametrize(("claim", "fact", "reversed_"), HANDED_TO,
                         ids=[c for c, _, _ in HANDED_TO])
def test_a_thing_handed_to_the_giver(claim: str, fact: str, reversed_: bool) -> None:
    assert lone_recipient_gives(normalise(claim), normalise(fact)) is reversed_
