"""What the Discord adapter needs from the rest of factbot, as one narrow interface.

`bot.moderation.Moderation` provides all of it; the protocol names only what Discord uses, so
a test or another backend can stand in.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

import discord

from bot.chat.settings import ServerSettings
from bot.core.models import Claim, Reply
from bot.moderation.bases import ServerBase
from bot.moderation.types import (
    Actor,
    FactInput,
    FactRecord,
    FactVersion,
    FeedbackCount,
    Report,
    ReportStatus,
    ServerKey,
    Suggestion,
    SuggestionStatus,
    UnmatchedClaim,
)
from bot.packs.reload import PackLibrary

PLATFORM = "discord"


def server_key(guild_id: int) -> ServerKey:
    return ServerKey(PLATFORM, str(guild_id))


def actor_of(user: discord.abc.User) -> Actor:
    return Actor(PLATFORM, str(user.id), user.name)


class Desk(Protocol):
    """Checks claims against each server's fact base, and lets moderators edit it."""

    packs: PackLibrary   # the fact packs loaded, that servers choose from

    async def check(self, claim: Claim, *, top: int = 5) -> Reply: ...

    async def fact_base(self, server: ServerKey | None) -> ServerBase: ...

    async def settings(self, server: ServerKey) -> ServerSettings: ...

    async def update_settings(self, server: ServerKey, actor: Actor,
                              **changes: Any) -> ServerSettings: ...

    async def get_fact(self, server: ServerKey, fact_id: str) -> FactRecord: ...

    async def search_facts(self, server: ServerKey, query: str,
                           limit: int = 10) -> list[FactRecord]: ...

    async def list_facts(self, server: ServerKey, *,
                         include_retired: bool = True) -> list[FactRecord]: ...

    async def history(self, server: ServerKey, fact_id: str) -> list[FactVersion]: ...

    async def add_fact(self, server: ServerKey, actor: Actor, fields: FactInput) -> FactRecord: ...

    async def edit_fact(self, server: ServerKey, actor: Actor, fact_id: str,
                        changes: Mapping[str, Any],
                        expected_version: int | None = None) -> FactRecord: ...

    async def retire_fact(self, server: ServerKey, actor: Actor, fact_id: str,
                          expected_version: int | None = None) -> FactRecord: ...

    async def restore_fact(self, server: ServerKey, actor: Actor, fact_id: str,
                           version: int | None = None,
                           expected_version: int | None = None) -> FactRecord: ...

    async def suggest(self, server: ServerKey, actor: Actor, fields: FactInput | None = None,
                      *, fact_id: str | None = None, changes: Mapping[str, Any] | None = None,
                      note: str = "") -> Suggestion: ...

    async def list_suggestions(self, server: ServerKey, *,
                               status: SuggestionStatus | None = SuggestionStatus.PENDING,
                               limit: int = 50) -> list[Suggestion]: ...

    async def approve_suggestion(self, server: ServerKey, actor: Actor, suggestion_id: int, *,
                                 overrides: Mapping[str, Any] | None = None) -> Suggestion: ...

    async def reject_suggestion(self, server: ServerKey, actor: Actor, suggestion_id: int,
                                reason: str) -> Suggestion: ...

    async def unmatched(self, server: ServerKey, limit: int = 20) -> list[UnmatchedClaim]: ...

    async def fact_from_unmatched(self, server: ServerKey, actor: Actor, unmatched_id: int,
                                  fields: FactInput) -> FactRecord: ...

    async def dismiss_unmatched(self, server: ServerKey, actor: Actor,
                                unmatched_id: int) -> None: ...

    async def report(self, server: ServerKey, actor: Actor, fact_id: str | None, claim: str,
                     reason: str) -> Report: ...

    async def list_reports(self, server: ServerKey, *,
                           status: ReportStatus | None = ReportStatus.OPEN,
                           limit: int = 50) -> list[Report]: ...

    async def resolve_report(self, server: ServerKey, actor: Actor, report_id: int,
                             resolution: str = "") -> Report: ...

    async def feedback(self, server: ServerKey, actor: Actor, fact_id: str, helpful: bool, *,
                       reply_id: str = "") -> FeedbackCount: ...

    async def platform_state(self, key: str) -> str | None: ...

    async def keep_platform_state(self, key: str, value: str) -> None: ...
