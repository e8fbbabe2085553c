"""Which matcher the bot serves: $FACTBOT_MATCHER, checked once and named in errors."""

from __future__ import annotations

import pytest

from bot.matcher import Matcher
from bot.packs import FactBase
from bot.semantic import MATCHER_ENV, configured_kind, make_matcher
from bot.service import FactChecker


@pytest.mark.parametrize(("value", "kind"), [
    ("auto", "auto"), ("lexical", "lexical"), ("semantic", "semantic"), (" Lexical ", "lexical"),
    ("", "auto"),
])
def test_the_configured_kind_is_read_from_the_environment(
        value: str, kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MATCHER_ENV, value)
    assert configured_kind() == kind


def test_an_unknown_matcher_is_refused_with_the_choices(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MATCHER_ENV, "gpt")
    with pytest.raises(ValueError, match=r"FACTBOT_MATCHER='gpt'.*auto, lexical or semantic"):
        configured_kind()


def test_the_checker_serves_the_configured_matcher(
        checker: FactChecker, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MATCHER_ENV, "lexical")
    served = FactChecker(FactBase.from_facts(checker.fact_base.facts))
    assert isinstance(served.matcher, Matcher)
    assert served.check("Russia-China trade reached a record $100 billion in 2018").matched


def test_lexical_is_always_available(checker: FactChecker) -> None:
    matcher = make_matcher(checker.fact_base.facts, "lexical")
    assert matcher.name == Matcher.name
