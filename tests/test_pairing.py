"""Claims that pair two actors with what each does, read against a source that pairs them."""

from __future__ import annotations

import pytest

from bot.chat.base import FactChecker
from bot.core.models import Verdict
from bot.core.pairing import AGREES, DIFFERS, UNKNOWN, clauses, owners, pairing

TRADE = ("Most of what Russia sells to China is timber, oil and gas, while China's sales to "
         "Russia are mostly phones, cars and machine tools.")
TALKS = "Khrushchev praised the treaty in Beijing, while Deng Xiaoping mocked the plan."
WINE = "Germany got 40 percent of French wine exports, Japan only 10 percent."
CLUB = ("Moscow asked Mongolia to join the club. Beijing answered by inviting Vietnam, its "
        "old rival, to join.")


@pytest.mark.parametrize(("claim", "source", "expected"), [
    # Each actor with its own goods, in other words and order.
    ("Russia sells China timber and gas, while China sells Russia phones and cars", TRADE,
     AGREES),
    ("China mostly ships phones and machine tools to Russia while Russia ships oil and timber",
     TRADE, AGREES),
    # The goods swapped between the actors.
    ("Russia sells China phones and cars, while China sells Russia timber and gas", TRADE,
     DIFFERS),
    ("China ships oil, timber and gas to Russia, but Russia sells it machine tools", TRADE,
     DIFFERS),
    # Invitations: who asked whom.
    ("Moscow invited Mongolia and Beijing invited Vietnam", CLUB, AGREES),
    ("Beijing invited Mongolia, while Moscow invited Vietnam", CLUB, DIFFERS),
    # A passive clause: the actor is the one after "by".
    ("Mongolia was asked to join by Moscow, and Vietnam was invited by Beijing", CLUB, AGREES),
    ("Vietnam was invited by Moscow, and Mongolia was asked by Beijing", CLUB, DIFFERS),
    # One actor doing things is not read here (bot.core.roles reads it), unless it takes
    # another's thing (below).
    ("Russia sells China phones and cars", TRADE, UNKNOWN),
    ("Russia-China trade is mostly timber and phones", TRADE, UNKNOWN),
    # Statesmen of the past speak for their countries.
    ("Deng praised the treaty, while Khrushchev mocked the plan", TALKS, DIFFERS),
    ("Khrushchev praised the treaty and Deng mocked the plan", TALKS, AGREES),
    # A possessive's noun is its owner's, whoever acts in the clause.
    ("Deng made an offer, and Khrushchev turned it down", "Khrushchev turned down Deng's offer.",
     AGREES),
    # A hug is an embrace.
    ("Deng hugged Khrushchev, while Khrushchev smiled", "Khrushchev smiled at Deng's embrace.",
     AGREES),
    # A clause that leaves out what it repeats says it of its own actor too: only the figures
    # are each one's.
    ("Japan got 10 percent of French wine exports, Germany got 40", WINE, AGREES),
    ("Japan got 40 percent of French wine exports, Germany got 10", WINE, DIFFERS),
    # "when" before an actor opens that actor's clause.
    ("Deng praised the treaty when Khrushchev mocked the plan", TALKS, DIFFERS),
    # One actor's deed told with another's thing: the source gives each the other's words.
    ("it was Deng who turned down Khrushchev's offer", "Khrushchev turned down Deng's offer.",
     DIFFERS),
    ("Deng turned down Khrushchev's offer", "Khrushchev turned down Deng's offer.", DIFFERS),
    ("Khrushchev turned down Deng's offer", "Khrushchev turned down Deng's offer.", UNKNOWN),
    ("Deng resented Khrushchev's offer", "Khrushchev turned down Deng's offer.", UNKNOWN),
    # Chat's "n" before an actor opens its clause, as "and" does.
    ("Khrushchev made an offer n Deng turned it down", "Khrushchev turned down Deng's offer.",
     DIFFERS),
    # A clause that sets the scene is no actor's doing.
    ("When Moscow asked Mongolia to join, Beijing invited Vietnam", CLUB, UNKNOWN),
    # So is one that opens with what it is about: "On ..., During ...".
    ("On the club Moscow founded with Mongolia, Beijing only invited Vietnam",
     "Beijing invited Vietnam to the club Moscow founded with Mongolia.", UNKNOWN),
    ("During the talks Deng held with Khrushchev, the plan was mocked",
     "Deng mocked the plan during the talks with Khrushchev.", UNKNOWN),
    # A possessive owns the thing a describing word before it names: "Japan's fragile
    # statehood" is Japan's statehood being fragile, whoever muses about it.
    ("Khrushchev mused about Japan's fragile statehood",
     "Khrushchev went on about Japan's statehood being fragile.", UNKNOWN),
    ("Khrushchev mused about Japan's fragile statehood",
     "Khrushchev went on about Japan's statehood being weak.", UNKNOWN),
    # Two actors named side by side as modifiers ("the Indian-Pakistani war") name a topic,
    # no doer: the clause's words are no actor's.
    ("the indian-pakistani war ended in 1971 and japan didnt take a side in it",
     "Japan refused to take a side in the 1971 India-Pakistan war", UNKNOWN),
])
def test_pairing(claim: str, source: str, expected: str) -> None:
    assert pairing(claim, source) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A comma inside a number and a dash between two names cut nothing.
    ("Kazakhstan shares a 4,250-mile border with Russia", 1),
    ("Russia–China trade reached a record", 1),
    # A list goes on with the clause before it; "and" before an actor starts a clause.
    ("Russia sells China oil, wood, and coal", 1),
    ("Russia brought India in and China countered by inviting Pakistan", 2),
    # Two actors side by side are one clause.
    ("a body founded by Moscow and Beijing to promote trade", 1),
    ("an anti-EU pact between Turkey and Iran is taking shape", 1),
])
def test_clauses(text: str, expected: int) -> None:
    assert len(clauses(text)) == expected


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Russia mainly sells crude oil, wood and coal to China, while China mainly sells "
     "machinery to Russia", Verdict.TRUE),
    ("Russia mainly sells machinery to China, while China mainly sells crude oil, wood and "
     "coal to Russia", Verdict.FALSE),
])
def test_swapped_goods_turn_the_verdict(claim: str, verdict: Verdict,
                                        checker: FactChecker) -> None:
    # The sentence's first clause may be answered on its own too (by the fact on what Russia
    # mainly sells); every check agrees.
    checks = checker.check(claim).checks
    [check] = [c for c in checks if c.fact is not None
               and c.fact.id == "russia-exports-raw-materials"]
    assert check.verdict is verdict
    assert check.reading == (None if verdict is Verdict.TRUE else "roles")
    assert all(c.verdict is verdict for c in checks)


# text, word -> the actor it belongs to: "who" goes on about the last actor named before it
WHO_CLAUSES = [
    ("Merkel admires Macron as a centrist who leads a growing economy", "lead", "france"),
    ("Merkel admires Macron as a centrist who leads a growing economy", "admir", "germany"),
    ("Macron, who courted Merkel, signed the treaty", "court", "france"),
    # After a relative clause set off by commas the sentence goes on about its own actor...
    ("Germany courts Turkey, who is France's rival, by offering it a port", "port", "germany"),
    ("Germany courts Turkey, who is France's rival, by offering it a port", "rival", "france"),
    # ... but a phrase after a comma inside the relative clause goes on with it.
    ("Merkel admires Macron as a centrist who leads a large, fast-growing economy", "fast",
     "france"),
    # An aside describing the name before it ("Vietnam, Japan's old rival, ...") leaves the
    # sentence that name's.
    ("Vietnam, Japan's old rival, is the biggest buyer of German cars", "buyer", "vietnam"),
    ("Vietnam, the old rival of Japan, is the biggest buyer of German cars", "buyer",
     "vietnam"),
]


@pytest.mark.parametrize(("text", "term", "actor"), WHO_CLAUSES)
def test_who_goes_on_about_the_last_actor(text: str, term: str, actor: str) -> None:
    assert owners(text)[0].get(term) == actor
