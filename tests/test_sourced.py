"""Claims that restate a sentence the pack quotes, in words no fact's claim or alias uses."""

from __future__ import annotations

import numpy as np
import pytest
from checker_support import BUNDLED

from bot import messages
from bot.chat.base import FactChecker
from bot.chat.render import render_reply
from bot.core.models import Fact, Source, Verdict
from bot.core.sourced import MIN_CLAIM_COVERAGE, SourceIndex, tells_rumour_as_so

T, F = Verdict.TRUE, Verdict.FALSE
INDEX = SourceIndex(BUNDLED.facts)

# Our own phrasings of quoted sentences -> the fact that quotes it and the verdict on the claim.
RESTATED: list[tuple[str, str, Verdict]] = [
    ("Putin was the one who cracked down on public dissent", "putin-foreign-agents-law", T),
    ("Putin called for the patriotic upbringing of young people", "putin-foreign-agents-law", T),
    ("putin never cracked down on public dissent at all", "putin-foreign-agents-law", F),
    ("Xi broke up the fiefdoms of regional party secretaries", "xi-centralized-power", T),
    ("Zuenko of Carnegie Moscow blamed bureaucratic hassles for the delays",
     "cooperation-program-11-financed", T),
]

# Lines no quoted sentence says: silence, as before.
NOT_RESTATED = [
    "the S&P 500 is up 15 percent this year",
    "my team lost 3-1 again, the defence is a joke",
    "Xi likes football and went to Ireland once",
    "China buys soybeans from Brazil",
]


@pytest.mark.parametrize(("claim", "fact_id", "verdict"), RESTATED)
def test_a_claim_restating_a_quoted_sentence_is_read_against_it(
        claim: str, fact_id: str, verdict: Verdict, checker: FactChecker) -> None:
    found = INDEX.restated(claim)
    assert found is not None and found.fact.id == fact_id
    assert found.sentence.claim in (found.fact.quote or "")
    [check] = checker.check(claim).checks
    assert (check.fact and check.fact.id, check.verdict, check.reading) == (
        fact_id, verdict, "source")


@pytest.mark.parametrize("text", NOT_RESTATED)
def test_lines_no_quoted_sentence_says_stay_unanswered(text: str,
                                                      checker: FactChecker) -> None:
    assert INDEX.restated(text) is None
    assert not checker.check(text).matched


def test_the_reply_says_the_claim_was_read_against_the_source(checker: FactChecker) -> None:
    reply = checker.check("putin never cracked down on public dissent at all")
    text = render_reply(reply)
    assert messages.reading_note("source", Verdict.TRUE, Verdict.FALSE) in text
    assert "cracked down on public dissent" in text  # the sentence, in the quote


# Claims and quoted sentences that share some words: only sentences holding enough of a claim
# can be the one it restates.
COVERING = [
    "Putin was the one who cracked down on public dissent",
    "Xi broke up the fiefdoms of regional party secretaries",
    "the regional party secretaries met in Moscow last week",
    "public dissent is growing in many countries",
    "China buys soybeans from Brazil",
]


@pytest.mark.parametrize("claim", COVERING)
def test_only_the_sentences_holding_enough_of_a_claim_are_its_candidates(claim: str) -> None:
    matcher = INDEX.matcher
    query = matcher.analyse_query(claim)
    every = matcher.candidates_for(query, matcher.candidates, min_claim_coverage=MIN_CLAIM_COVERAGE)
    covering = matcher.candidates_for(query, matcher.candidates,
                                      min_claim_coverage=MIN_CLAIM_COVERAGE, covering_only=True)
    hits = matcher.index.search(query.terms)
    holding = {int(np.searchsorted(matcher.fact_start, entry, side="right")) - 1
               for entry in range(matcher.index.size)
               if min(float(hits.covered[entry]) / hits.query_weight, 1.0) >= MIN_CLAIM_COVERAGE}
    # Each fact's candidate as before (its best text), for exactly the facts holding enough.
    assert covering == [c for c in every if c.fact in holding]
    best = max(every, key=lambda c: (c.claim_coverage, c.fact_coverage, -c.fact), default=None)
    if best is not None and best.claim_coverage >= MIN_CLAIM_COVERAGE:
        assert best in covering


def test_a_sentence_leaning_on_the_one_before_is_read_in_the_summary() -> None:
    # "So did ..." tells its deed by the sentence before it, which the quote leaves out: the
    # fact's summary tells it.
    bridge = Fact(
        id="bridge-pledge", claim="Japan paid for the new bridge in Jakarta", verdict=F,
        summary="A Japanese pledge to pay for the new Jakarta bridge fell through.",
        source=Source(title="t"),
        quote="So did a Japanese pledge to pay for the new bridge in Jakarta, which opened "
              "in 2019.")
    ferry = Fact(
        id="ferry-route", claim="Korea runs a ferry from Busan to Fukuoka", verdict=T,
        summary="Korea runs a daily ferry from Busan to Fukuoka.", source=Source(title="t"),
        quote="Korea runs a daily ferry from Busan to Fukuoka, crowded in the summer.")
    index = SourceIndex([bridge, ferry])
    leaning = index.restated("Japan's pledge to pay for the new bridge in Jakarta")
    assert leaning is not None and leaning.sentence.claim == bridge.summary
    plain = index.restated("Korea runs a daily ferry from Busan to Fukuoka")
    assert plain is not None and plain.sentence.claim in (ferry.quote or "")


# A sentence that turns to what a rumour says: a claim telling the rumour as so is not
# vouched for; one telling what comes before the rumour, or calling it a rumour, is.
_RUMOURED = ("when i covered the league in 2004 a rumor went round that the coach sold the "
             "final to the bookmakers")
TOLD_AS_SO = [
    ("the coach really did sell the final to the bookmakers", True),
    ("i think the coach sold that final to the bookies in 2004", True),
    ("the writer covered the league in 2004", False),
    ("there was a story the coach sold the final to the bookmakers", False),
    ("the coach allegedly sold the final to the bookmakers", False),
]


@pytest.mark.parametrize(("claim", "told"), TOLD_AS_SO, ids=[c for c, _ in TOLD_AS_SO])
def test_a_rumour_told_as_so(claim: str, told: bool) -> None:
    assert tells_rumour_as_so(claim, _RUMOURED) is told


def test_a_quoted_rumour_told_as_so_is_unproven(checker: FactChecker) -> None:
    reply = checker.check("Kosygin truly did stop over in Beijing to meet Zhou in the fall of '69")
    [check] = reply.checks
    assert check.fact is not None and check.fact.id == "kosygin-premature"
    assert (check.verdict, check.reading) == (Verdict.UNPROVEN, "rumour")
    assert messages.reading_note("rumour", check.fact.verdict, Verdict.UNPROVEN) \
        in render_reply(reply)
