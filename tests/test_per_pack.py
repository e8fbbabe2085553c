"""Work done once per fact base: the facts each fact goes with."""

from __future__ import annotations

import pytest
from checker_support import BUNDLED

from bot.core.models import Fact, Source, Verdict
from bot.core.per_pack import related_facts

SOURCE = Source(title="Test source")


def fact(fact_id: str, *related: str) -> Fact:
    return Fact(id=fact_id, claim=f"claim of {fact_id}", verdict=Verdict.TRUE, summary="",
                source=SOURCE, related=related)


# A small fact base: "dam" names "canal" and "bridge"; "tunnel" names "dam"; "ferry" names
# itself; "lock" names an id no fact has.
SMALL = (
    fact("dam", "canal", "bridge"),
    fact("canal"),
    fact("tunnel", "dam"),
    fact("bridge"),
    fact("ferry", "ferry"),
    fact("lock", "weir"),
)


def _plainly(one: Fact, facts: tuple[Fact, ...]) -> tuple[Fact, ...]:
    """The facts a fact goes with, as written plainly: every fact looked at."""
    return tuple(f for f in facts if f.id in one.related or one.id in f.related)


@pytest.mark.parametrize(("fact_id", "expected"), [
    ("dam", ["canal", "tunnel", "bridge"]),   # those it names and those that name it, in order
    ("canal", ["dam"]),
    ("tunnel", ["dam"]),
    ("bridge", ["dam"]),
    ("ferry", ["ferry"]),                     # a fact naming itself goes with itself
    ("lock", []),                             # an id no fact has names nothing
])
def test_the_facts_a_fact_goes_with(fact_id: str, expected: list[str]) -> None:
    [one] = [f for f in SMALL if f.id == fact_id]
    assert [f.id for f in related_facts(one, SMALL)] == expected


def test_a_fact_from_elsewhere_is_read_against_the_fact_base() -> None:
    outsider = fact("aqueduct", "canal")
    assert [f.id for f in related_facts(outsider, SMALL)] == ["canal"]


def test_every_fact_of_the_bundled_pack_goes_with_what_it_names_and_what_names_it() -> None:
    facts = BUNDLED.facts
    assert any(related_facts(f, facts) for f in facts)
    for one in facts:
        assert related_facts(one, facts) == _plainly(one, facts)
