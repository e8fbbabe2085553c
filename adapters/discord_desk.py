"""What the Discord adapter needs from the rest of factbot, as one narrow interface."""

from __future__ import annotations

from typing import Protocol

from bot.models import Claim, Reply
from bot.service import FactChecker


class CheckDesk(Protocol):
    """Checks claims; one server's claims against that server's fact base."""

    async def check(self, claim: Claim) -> Reply: ...


class CoreDesk:
    """A desk over the bare core: one fact base for every server, nothing recorded."""

    def __init__(self, checker: FactChecker) -> None:
        self.checker = checker

    async def check(self, claim: Claim) -> Reply:
        return self.checker.check(claim)
