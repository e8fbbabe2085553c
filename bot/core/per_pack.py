"""Work done once per fact base: a cache keyed by the facts tuple itself, not its hash.

Hashing a tuple of facts hashes every fact in it, which for a pack of 14,000 facts costs more
than the work being cached; a fact base's facts tuple lives as long as its matcher, so the
tuple's identity tells one fact base from another.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from bot.core.models import Fact

T = TypeVar("T")
# Fact bases a process keeps at once (a serving bot has one or a few: one per server's packs).
KEPT = 8


class PerPack(Generic[T]):
    """`build(facts)`, computed once for each facts tuple (the most recent KEPT kept)."""

    def __init__(self, build: Callable[[Sequence[Fact]], T]) -> None:
        self._build = build
        self._kept: list[tuple[Sequence[Fact], T]] = []

    def __call__(self, facts: Sequence[Fact]) -> T:
        for kept, value in self._kept:
            if kept is facts:
                return value
        value = self._build(facts)
        # The facts are kept alongside, so their identity cannot be taken by another tuple.
        self._kept = [(facts, value), *self._kept[:KEPT - 1]]
        return value


def _related_by_fact(facts: Sequence[Fact]) -> dict[tuple[str, tuple[str, ...]], tuple[Fact, ...]]:
    """For each fact of a fact base, keyed by its id and the ids it names related (all that
    the answer depends on): the facts it goes with, in the fact base's order."""
    at: dict[str, list[int]] = {}      # where each id stands
    naming: dict[str, set[int]] = {}   # where the facts that name each id related stand
    for i, fact in enumerate(facts):
        at.setdefault(fact.id, []).append(i)
        for other in fact.related:
            naming.setdefault(other, set()).add(i)
    out: dict[tuple[str, tuple[str, ...]], tuple[Fact, ...]] = {}
    for fact in facts:
        key = (fact.id, fact.related)
        if key not in out:
            found = naming.get(fact.id, set()).union(
                *(at.get(other, ()) for other in fact.related))
            out[key] = tuple(facts[i] for i in sorted(found))
    return out


_related: PerPack[dict[tuple[str, tuple[str, ...]], tuple[Fact, ...]]] = PerPack(
    _related_by_fact)


def related_facts(fact: Fact, facts: Sequence[Fact]) -> tuple[Fact, ...]:
    """The facts of `facts` a fact goes with: those it names related and those that name it,
    in their order there (worked out once per fact base)."""
    found = _related(facts).get((fact.id, fact.related))
    if found is None:  # a fact from elsewhere than this fact base
        found = tuple(f for f in facts if f.id in fact.related or fact.id in f.related)
    return found
