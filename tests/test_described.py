"""Claims below the threshold that use the source's own words about one fact get its source as
context: no verdict, and not "I have no fact on that"."""

from __future__ import annotations

import pytest
from checker_support import BUNDLED

from bot import messages
from bot.chat.base import FactChecker
from bot.chat.render import render_reply
from bot.chat.settings import ServerSettings
from bot.chat.watch import confident
from bot.core.checker import DEFAULT_THRESHOLD
from bot.core.described import DESCRIBED_GAP, described
from bot.core.models import Match, Verdict

# Our own phrasings, each below the threshold against every fact's claim and aliases, in the
# words the source uses about the fact given.
DESCRIBED: list[tuple[str, str]] = [
    ("Moscow and Beijing swore to resist American primacy", "oppose-us-primacy"),
]
# In the source's words too, but plainly denying what every text of a true fact states: false,
# with the source shown all the same; still never posted unasked.
DENIED: list[tuple[str, str]] = [
    ("Moscow and Beijing never swore to resist American primacy", "oppose-us-primacy"),
]

# In the source's words too, but with another actor in the place a true fact gives one, or its
# actors' roles the other way round, in every text of it: false, the source shown; never
# posted unasked. Below the threshold, or found by the matcher as one actor swapped for another
# (the S-400 sold to Delhi rather than to Beijing): the same answer either way.
SWAPPED: list[tuple[str, str, str]] = [
    ("India is the biggest buyer of Chinese weapons", "pakistan-top-chinese-arms-customer",
     "substitution"),
    ("Moscow sold the S-400 to Delhi first", "s400-sold-to-china", "substitution"),
]

# Below the threshold and not in any fact's account: nothing, as before. A claim naming none
# of the fact's actors needs nearly all its words there ("up 15 percent" is the trade fact's).
NOT_DESCRIBED = [
    "the S&P 500 is up 15 percent this year",
    "Xi likes football and went to Ireland once",
    "my cousin says the Moscow metro is the prettiest in the world",
]


@pytest.mark.parametrize(("claim", "fact_id"), DESCRIBED, ids=[c for c, _ in DESCRIBED])
def test_a_claim_in_the_sources_words_gets_the_source_as_context(
        claim: str, fact_id: str, checker: FactChecker) -> None:
    reply = checker.check(claim)
    [check] = reply.checks
    assert check.score < checker.threshold
    assert (check.fact and check.fact.id, check.verdict, check.reading) == (
        fact_id, Verdict.CONTEXT, "wording")
    text = render_reply(reply)
    assert messages.reading_note("wording", check.fact.verdict, Verdict.CONTEXT) in text
    assert check.fact.quote is not None and check.fact.quote[:40] in text
    # Nobody asked in passive watch: context is never posted unasked.
    assert not confident(reply, ServerSettings())


@pytest.mark.parametrize(("claim", "fact_id"), DENIED, ids=[c for c, _ in DENIED])
def test_a_plain_denial_in_the_sources_words_is_false(claim: str, fact_id: str,
                                                       checker: FactChecker) -> None:
    reply = checker.check(claim)
    [check] = reply.checks
    assert check.score < checker.threshold
    assert (check.fact and check.fact.id, check.verdict, check.reading) == (
        fact_id, Verdict.FALSE, "negation")
    assert check.fact is not None and check.fact.quote is not None
    assert check.fact.quote[:40] in render_reply(reply)
    assert not confident(reply, ServerSettings())


@pytest.mark.parametrize(("claim", "fact_id", "reading"), SWAPPED,
                         ids=[c for c, _, _ in SWAPPED])
def test_another_actor_in_the_sources_words_is_false(claim: str, fact_id: str, reading: str,
                                                     checker: FactChecker) -> None:
    reply = checker.check(claim)
    [check] = reply.checks
    assert (check.fact and check.fact.id, check.verdict, check.reading) == (
        fact_id, Verdict.FALSE, reading)
    assert check.fact is not None and check.fact.quote is not None
    assert check.fact.quote[:40] in render_reply(reply)
    assert not confident(reply, ServerSettings())


@pytest.mark.parametrize("claim", NOT_DESCRIBED)
def test_other_chat_gets_no_fact(claim: str, checker: FactChecker) -> None:
    [check] = checker.check(claim).checks
    assert check.fact is None and check.verdict is Verdict.NO_MATCH


def test_the_floor_and_the_share_decide() -> None:
    fact = next(f for f in BUNDLED.facts if f.id == "oppose-us-primacy")
    claim = "Moscow and Beijing don't share any opposition to American primacy"
    floor = DEFAULT_THRESHOLD - DESCRIBED_GAP
    assert described(claim, Match(fact, floor, fact.claim), BUNDLED.facts, DEFAULT_THRESHOLD)
    assert not described(claim, Match(fact, floor - 0.01, fact.claim), BUNDLED.facts,
                         DEFAULT_THRESHOLD)
    # A server that asks for closer matches asks it of these too.
    assert not described(claim, Match(fact, floor, fact.claim), BUNDLED.facts, 0.9)
    # Too few of the claim's words are the source's.
    assert not described("Moscow and Beijing disagree about football, chess and opera",
                         Match(fact, 0.5, fact.claim), BUNDLED.facts, DEFAULT_THRESHOLD)
