"""Properties over the pack: every claim and alias, plain or decorated, finds its own fact."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from checker_support import BUNDLED
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.chat.base import FactChecker


def _fact_texts() -> list[tuple[str, str]]:
    return [(f.id, t) for f in BUNDLED.facts for t in f.texts]


@pytest.mark.parametrize(("fact_id", "text"), _fact_texts(), ids=lambda v: str(v)[:60])
def test_every_claim_and_alias_matches_its_fact_first(fact_id: str, text: str,
                                                      checker: FactChecker) -> None:
    found = checker.matcher.match(text, limit=3)
    assert found, "no candidate at all"
    assert found[0].fact.id == fact_id, [(m.fact.id, m.score) for m in found]
    assert found[0].score >= checker.threshold


@pytest.mark.parametrize(("fact_id", "text"), _fact_texts(), ids=lambda v: str(v)[:60])
def test_every_claim_and_alias_gets_its_facts_verdict(fact_id: str, text: str,
                                                      checker: FactChecker) -> None:
    """An alias says the same claim in other words, so it carries the same verdict."""
    fact = checker.fact_base.get(fact_id)
    assert fact is not None
    reply = checker.check(text)
    got = [(c.fact.id if c.fact else None, c.verdict) for c in reply.checks]
    assert got == [(fact_id, fact.verdict)]


# Decorations that change nothing a reader cares about.
DECORATIONS = st.sampled_from([
    lambda t: t.upper(),
    lambda t: t.lower(),
    lambda t: f"  {t}  ",
    lambda t: t.replace(" ", "  "),
    lambda t: f"{t}?!",
    lambda t: f"<@123456789> {t}",
    lambda t: f"<!here> {t}",
    lambda t: f"{t} :thinking:",
    lambda t: f"> {t}",
    lambda t: f"*{t}*",
    lambda t: t.replace(" ", "\u200b "),
    lambda t: f"{t} https://example.com/source",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[
    HealthCheck.function_scoped_fixture])
@given(item=st.sampled_from(_fact_texts()), decorate=DECORATIONS)
def test_decorated_fact_text_still_matches_its_fact(
        item: tuple[str, str], decorate: Callable[[str], str], checker: FactChecker) -> None:
    fact_id, text = item
    found = checker.matcher.match(decorate(text), limit=1)
    assert found and found[0].fact.id == fact_id
