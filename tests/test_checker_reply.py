"""The reply the checker gives: cited verdicts, nearest facts, plain echoes, amounts in dollars."""

from __future__ import annotations

import pytest
from checker_support import BUNDLED, assert_cites_everything

from bot import messages
from bot.chat.base import FactChecker
from bot.chat.render import render_check, render_reply
from bot.core.figures import as_typed
from bot.core.models import Check, Reply
from bot.core.normalise import normalise
from bot.core.numbers import quantities, spoken


def _facts() -> list[str]:
    return [f.id for f in BUNDLED.facts]


@pytest.mark.parametrize("fact_id", _facts())
def test_rendered_verdict_names_source_quote_and_every_figure(
        fact_id: str, checker: FactChecker) -> None:
    fact = checker.fact_base.get(fact_id)
    assert fact is not None
    check = Check(claim=fact.claim, verdict=fact.verdict, fact=fact, score=0.9)
    text = render_check(check)
    assert text.startswith(messages.verdict_heading(fact.verdict))
    # The claim is the fact's own: it is stated once, not again as the matched fact.
    assert messages.claim_as_understood(fact.claim) in text
    assert messages.matched_fact(fact.claim) not in text
    assert fact.summary in text
    assert messages.confidence(0.9) in text
    assert_cites_everything(text, check)


def test_no_match_reply_offers_the_nearest_facts(checker: FactChecker) -> None:
    reply = checker.check("China and Russia trade")
    if reply.matched:
        pytest.fail(f"a three-word topic should not get a verdict: {reply.primary.fact}")
    near = [m for m in reply.primary.candidates if m.score >= 0.3][:3]
    assert near, "the nearest facts are kept even below the threshold"
    assert messages.no_match_suggestions([m.fact.claim for m in near]) in render_reply(reply)
    assert "Closest facts" not in render_reply(reply, suggest=False)


def test_reply_is_frozen(checker: FactChecker) -> None:
    reply = checker.check("China abstained on Crimea")
    assert isinstance(reply, Reply)
    with pytest.raises(AttributeError):
        reply.input = "changed"  # type: ignore[misc]


def test_claim_echo_is_plain(checker: FactChecker) -> None:
    reply = checker.check("<@!42> China abstained on Crimea <https://example.com|see here>")
    text = render_reply(reply)
    assert "<@" not in text and "https://example.com" not in text


@pytest.mark.parametrize(("normalised", "said"), [
    ("150 billion usd", "$150 billion"),
    ("24 usd", "$24"),
    ("1.5 trillion usd", "$1.5 trillion"),
    ("5000 soldiers", "5000 soldiers"),
    ("50 percent", "50 percent"),
])
def test_claimed_amounts_are_said_as_people_write_them(normalised: str, said: str) -> None:
    assert spoken(normalised) == said


def test_wrong_amount_reply_quotes_the_claim_in_dollars(checker: FactChecker) -> None:
    text = render_reply(checker.check("Russia-China trade reached a record $150 billion in 2018"))
    fact = checker.fact_base.get("trade-2018-record")
    assert fact is not None
    (figure,) = [f for f in fact.figures if f.value == "$100 billion"]
    assert messages.figure_conflict("$150 billion", figure.value, figure.what) in text


@pytest.mark.parametrize(("text", "typed"), [
    ("the mine exported 7.500 tonnes", "7.500"),
    ("the fund holds 30 milliard dollars", "30 milliard dollars"),
    ("a 12 milliard $ bridge", "12 milliard $"),
    ("the army fielded 45 000 soldiers", "45 000 soldiers"),
    ("prices rose 4,5% this year", "4,5%"),
    ("prices rose 6% this year", "6%"),
    ("fares went up 8pc in a year", "8pc"),
])
def test_a_claimed_figure_is_quoted_as_it_was_typed(text: str, typed: str) -> None:
    [q, *_] = quantities(normalise(text))
    assert as_typed(text, q) == typed
