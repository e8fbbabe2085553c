"""Waiting before trying again: bounded exponential back-off with jitter.

The n-th wait (from 0) is between half and all of `first * 2**n`, never above `cap`: it grows
quickly while something stays down, never lets a process hammer it, and the random half keeps
many processes that failed together from retrying together.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Backoff:
    first: float = 1.0
    cap: float = 60.0

    def delay(self, attempt: int, *, rng: Callable[[], float] = random.random) -> float:
        """Seconds to wait after the `attempt`-th failure in a row (0 for the first)."""
        ceiling = min(self.cap, self.first * 2.0 ** min(attempt, 64))
        return ceiling * (0.5 + rng() / 2)
