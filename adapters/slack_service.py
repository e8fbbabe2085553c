"""What the Slack app needs from the fact service, and a stand-in over the plain core."""

from __future__ import annotations

from typing import Protocol

from bot.models import Claim, Fact, Reply
from bot.service import FactChecker
from bot.settings import ServerSettings

PLATFORM = "slack"


class CheckService(Protocol):
    """The member-facing part: check a claim, look a fact up, read the workspace's settings."""

    async def check(self, claim: Claim) -> Reply: ...

    async def fact(self, team_id: str, fact_id: str) -> Fact | None: ...

    async def workspace_settings(self, team_id: str) -> ServerSettings: ...


class CoreCheckService:
    """One shared fact base for every workspace, default settings, no storage."""

    def __init__(self, checker: FactChecker,
                 settings: ServerSettings | None = None) -> None:
        self.checker = checker
        self.settings = settings or ServerSettings()

    async def check(self, claim: Claim) -> Reply:
        return self.checker.check(claim)

    async def fact(self, team_id: str, fact_id: str) -> Fact | None:
        return self.checker.fact_base.get(fact_id)

    async def workspace_settings(self, team_id: str) -> ServerSettings:
        return self.settings
