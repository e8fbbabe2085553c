"""Which matcher the bot serves: `facts.matcher` or $FACTBOT_MATCHER, named in errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from pack_files import FACTS_DIR

from bot.chat.base import FactChecker
from bot.core.matcher import Matcher
from bot.moderation import Moderation
from bot.ops.matchers import MATCHER_ENV, configured_kind, make_matcher
from bot.packs.loader import FactBase


@pytest.mark.parametrize(("value", "kind"), [
    ("auto", "auto"), ("lexical", "lexical"), ("semantic", "semantic"), (" Lexical ", "lexical"),
])
def test_the_configured_kind_is_read_from_the_environment(
        value: str, kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MATCHER_ENV, value)
    assert configured_kind() == kind


def test_an_unknown_matcher_is_refused_with_the_choices(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MATCHER_ENV, "gpt")
    with pytest.raises(ValueError, match=r"FACTBOT_MATCHER.*matcher.*auto, lexical, semantic"):
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


def test_the_setting_wins_over_the_environment(
        checker: FactChecker, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MATCHER_ENV, "semantic")
    served = FactChecker(FactBase.from_facts(checker.fact_base.facts), matcher="lexical")
    assert isinstance(served.matcher, Matcher)


def test_an_unknown_kind_is_refused(checker: FactChecker) -> None:
    with pytest.raises(ValueError, match=r"'gpt'.*auto, lexical or semantic"):
        make_matcher(checker.fact_base.facts, "gpt")


@pytest.mark.asyncio
async def test_servers_are_served_by_the_configured_matcher(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MATCHER_ENV, "semantic")
    async with await Moderation.open(f"sqlite+aiosqlite:///{tmp_path / 'factbot.db'}",
                                     packs=[FACTS_DIR], matcher="lexical") as store:
        base = await store.bases.get(None)
        assert isinstance(base.matcher, Matcher)
        assert base.facts


def test_the_configured_kind_comes_through_the_settings_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`factbot check` and the console read `facts.matcher` from factbot.toml like `factbot run`."""
    monkeypatch.delenv(MATCHER_ENV, raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "factbot.toml").write_text('[facts]\nmatcher = "lexical"\n')
    assert configured_kind() == "lexical"
    monkeypatch.setenv(MATCHER_ENV, "semantic")
    assert configured_kind() == "semantic"


def test_an_unknown_kind_in_the_settings_file_names_the_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(MATCHER_ENV, raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "factbot.toml").write_text('[facts]\nmatcher = "gpt"\n')
    with pytest.raises(ValueError, match=r"factbot\.toml.*matcher"):
        configured_kind()
