"""Every checked message, timed, counted in the metrics and logged as one event.

Adapters check through a desk (`async check(claim) -> Reply`); wrapping the desk in
`ObservedDesk` is all it takes to make a platform observable.
"""

from __future__ import annotations

import time
from typing import Protocol

from bot import metrics
from bot.logging_setup import log_check
from bot.models import Claim, Reply
from bot.service import FactChecker


class Desk(Protocol):
    async def check(self, claim: Claim) -> Reply: ...


class CheckerDesk:
    """The bare core as a desk: one fact base for everyone, nothing recorded."""

    def __init__(self, checker: FactChecker) -> None:
        self.checker = checker

    async def check(self, claim: Claim) -> Reply:
        return self.checker.check(claim)


class ObservedDesk:
    """A desk whose every check is timed, counted and logged; counts checks still running."""

    def __init__(self, inner: Desk) -> None:
        self.inner = inner
        self.in_flight = 0

    async def check(self, claim: Claim) -> Reply:
        self.in_flight += 1
        start = time.perf_counter()
        try:
            reply = await self.inner.check(claim)
        finally:
            self.in_flight -= 1
        elapsed = time.perf_counter() - start
        metrics.record_check(claim.platform, reply, elapsed)
        log_check(claim, reply, elapsed)
        return reply
