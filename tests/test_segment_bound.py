"""Spans whose ceiling cannot beat the cut found are never scored: the replies are those of
scoring every span."""

from __future__ import annotations

import pytest
from claim_table import load_claims, load_offtopic
from pack_files import FACTS_DIR

import bot.core.checker as checker
from bot.core.checker import check_message
from bot.core.matcher import ClaimMatcher, Matcher
from bot.core.models import Fact, Match
from bot.packs.loader import load_fact_base


class Unbounded:
    """The matcher without its ceiling: the checker scores every span."""

    def __init__(self, matcher: Matcher) -> None:
        self.name = matcher.name
        self.facts: tuple[Fact, ...] = matcher.facts
        self._matcher = matcher

    def match(self, text: str, *, limit: int = 5) -> list[Match]:
        return self._matcher.match(text, limit=limit)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_fact_base([FACTS_DIR]).facts)


def test_bounded_spans_give_the_replies_of_every_span_scored(
        matcher: Matcher, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [c.text for c in load_claims()] + load_offtopic()[:100]
    unbounded = Unbounded(matcher)
    scored: list[str] = []
    choose = checker._choose

    def counted(text: str, matcher: ClaimMatcher, *, threshold: float, top: int) -> object:
        scored.append(text)
        return choose(text, matcher, threshold=threshold, top=top)

    monkeypatch.setattr(checker, "_choose", counted)
    every = bounded = 0
    for text in texts:
        expected = check_message(text, unbounded)
        every += len(scored)
        scored.clear()
        assert check_message(text, matcher) == expected, text
        bounded += len(scored)
        scored.clear()
    assert bounded < every  # some spans were never scored
