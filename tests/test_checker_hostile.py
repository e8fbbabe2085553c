"""Messages that hold no claim, or hostile ones: off-topic chat, markup, mentions, 100 KB."""

from __future__ import annotations

import dataclasses

import pytest
from blind_table import WHOLE_DEV_SETS, load_blind

from bot import messages
from bot.chat.base import FactChecker
from bot.chat.render import render_reply
from bot.core.checker import DEFAULT_THRESHOLD, MAX_CLAIMS, MAX_INPUT_CHARS, check_message
from bot.core.models import Verdict
from bot.ops.matchers import make_matcher
from bot.packs.loader import load_fact_base
from bot.packs.paths import bundled_facts_dir

OFF_TOPIC = [
    "what's the weather like in Berlin today",
    "anyone up for some Valorant tonight?",
    "my python script throws a KeyError, help",
    "lol",
    "gg wp",
    "The Great Wall of China is visible from space",
    "Brazil won the 2002 World Cup",
    "I had pizza for lunch",
    "git rebase keeps giving me merge conflicts",
    "happy birthday Sam!!",
    "the new iPhone costs $1,000",
    "Japan's population is shrinking fast",
]

BLANK = ["", " ", "\n", "\t \r\n", "\u200b\u200b", "\x00\x07", "<@123456>", ":wave: :smile:",
         "<!channel>", "@everyone @here", "https://example.com/only-a-link", "`code only`"]


@pytest.mark.parametrize("line", OFF_TOPIC)
def test_off_topic_gets_no_match(line: str, checker: FactChecker) -> None:
    reply = checker.check(line)
    assert reply.verdict is Verdict.NO_MATCH
    assert not reply.matched
    text = render_reply(reply)
    assert messages.no_match() in text


@pytest.mark.parametrize("text", BLANK, ids=repr)
def test_empty_or_markup_only_gets_no_match(text: str, checker: FactChecker) -> None:
    reply = checker.check(text)
    assert reply.verdict is Verdict.NO_MATCH
    assert len(reply.checks) == 1
    assert reply.input == text
    assert render_reply(reply)


MASS_MENTIONS = ["@everyone", "@here", "@channel", "<!channel>", "<!here>", "<!everyone>"]


@pytest.mark.parametrize("mention", MASS_MENTIONS)
def test_mass_mentions_are_never_echoed(mention: str, checker: FactChecker) -> None:
    plain = checker.check("China abstained on Crimea").primary
    reply = checker.check(f"{mention} China abstained on Crimea {mention}")
    text = render_reply(reply)
    for live in MASS_MENTIONS:
        assert live not in text
    assert (reply.primary.fact, reply.verdict) == (plain.fact, plain.verdict)


def test_control_characters_are_harmless(checker: FactChecker) -> None:
    reply = checker.check("China\x00 abstained\x07 on\x1b Crimea\x7f\u202e")
    assert reply.primary.fact is not None
    assert reply.primary.fact.id == "china-abstained-crimea"
    text = render_reply(reply)
    assert not any(ch in text for ch in "\x00\x07\x1b\x7f\u202e")


def test_a_100_kb_message_gets_a_reply(checker: FactChecker) -> None:
    message = "Russia and China share a 2,600-mile border. " + "blah " * 20_000
    assert len(message) > 100_000
    reply = checker.check(message)
    assert reply.primary.fact is not None
    assert reply.primary.fact.id == "border-2600-miles"
    text = render_reply(reply)
    assert len(text) < 10_000
    assert messages.truncated_input(MAX_INPUT_CHARS) in text


@pytest.mark.parametrize("message", [
    "x" * 100_000,
    "China " * 20_000,
    "1,000 " * 20_000,
    "<@1>" * 25_000,
    "$" * 100_000,
    "China abstained on Crimea. " * 4_000,
    "\u200b" * 100_000,
    "`" * 100_000,
], ids=["one-word", "one-name", "numbers", "mentions", "dollars", "repeated-claim",
        "zero-width", "backticks"])
def test_hostile_100_kb_messages_never_raise(message: str, checker: FactChecker) -> None:
    reply = checker.check(message)
    assert 1 <= len(reply.checks) <= MAX_CLAIMS
    assert all(0.0 <= c.score <= 1.0 for c in reply.checks)
    assert render_reply(reply)


def test_a_pack_whose_facts_carry_no_quote_answers_every_kind_of_claim() -> None:
    # Quotes are optional in a pack: every reading that looks at a quote must do without one.
    # The bundled pack without its quotes, on the dev lines of every kind of claim.
    base = load_fact_base([bundled_facts_dir()])
    unquoted = [dataclasses.replace(fact, quote=None) for fact in base.facts]
    matcher = make_matcher(unquoted, "lexical")
    lines = [line for name, path in WHOLE_DEV_SETS[:4] for line in load_blind(path)]
    answered = 0
    for line in lines:
        reply = check_message(line.text, matcher, threshold=DEFAULT_THRESHOLD)
        answered += reply.matched
        assert all(check.fact is None or check.fact.quote is None for check in reply.checks)
    assert answered > len(lines) // 2
