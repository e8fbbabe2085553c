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
