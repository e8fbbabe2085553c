"""Passive watch rules: what counts as a claim, confidence, and the reaction-first memory."""

from __future__ import annotations

import pytest

from adapters.discord.watch import PendingReactions
from bot.chat.base import FactChecker
from bot.chat.settings import ServerSettings
from bot.chat.watch import confident, looks_like_claim
from bot.core.models import Check, Reply, Verdict


@pytest.mark.parametrize(("text", "claim_like"), [
    ("Russia and China already have a formal alliance", True),
    ("lol", False),
    ("see you all tomorrow", False),
    ("!play never gonna give you up now please", False),
    ("/factcheck Russia and China are allies now", False),
    ("https://example.org/a https://example.org/b https://example.org/c ok", False),
    ("x " * 600, False),
])
def test_what_looks_like_a_claim(text: str, claim_like: bool) -> None:
    assert looks_like_claim(text) is claim_like


def test_only_confident_matches_are_answered_unprompted(checker: FactChecker) -> None:
    settings = ServerSettings()
    exact = checker.check("Russia and China already have a formal alliance")
    assert confident(exact, settings)
    def scored(score: float) -> Reply:
        return Reply(input="x", checks=(Check(claim="x", verdict=Verdict.FALSE,
                                              fact=exact.primary.fact, score=score),))

    # Above the server's explicit threshold is not enough: passive answers need 0.8...
    assert not confident(scored(0.7), settings)
    assert confident(scored(0.85), settings)
    # ...or the server's own threshold, when that is stricter.
    assert not confident(scored(0.85), ServerSettings(threshold=0.9))
    assert not confident(checker.check("anyone up for pizza tonight at eight"), settings)

    # A sure match whose wording cannot be judged gets context when asked, nothing unasked.
    context = checker.check("Power of Siberia does not make China dependent on Russian gas")
    assert context.verdict is Verdict.CONTEXT and context.score >= 0.85
    assert not confident(context, settings)


def test_pending_reactions_are_given_once_and_bounded(checker: FactChecker) -> None:
    reply = checker.check("Russia and China already have a formal alliance")
    pending = PendingReactions(limit=2)
    pending.add(1, "❌", reply)
    assert pending.take(1, "✅") is None
    assert pending.take(1, "❌") is reply
    assert pending.take(1, "❌") is None
    for message_id in (2, 3, 4):
        pending.add(message_id, "❌", reply)
    assert pending.take(2, "❌") is None
    assert pending.take(4, "❌") is reply
