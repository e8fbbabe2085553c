"""The one seam between the front ends and factbot: what every adapter and the CLI may ask.

`bot.moderation.Moderation` implements `Desk`; `bot.chat.observe.ObservedDesk` implements it
too, around another desk, and adds the metrics. A front end that only checks claims (the
console) asks for `Checking`, the part of the desk that answers a claim.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

from bot.chat.settings import ServerSettings
from bot.core.models import Claim, Reply
from bot.moderation.bases import ServerBase
from bot.moderation.types import (
    STATS_TOP,
    Actor,
    AskedFact,
    ChangedSince,
    ExportFormat,
    FactInput,
    FactRecord,
    FactVersion,
    FeedbackCount,
    ImportResult,
    Report,
    ReportStatus,
    ServerKey,
    Suggestion,
    SuggestionStatus,
    UnmatchedClaim,
)

if TYPE_CHECKING:
    from bot.moderation.stats import AskStatistics
    from bot.moderation.transfer import ImportPlan


class Checking(Protocol):
    """Answers a claim."""

    async def check(self, claim: Claim, *, top: int = 5) -> Reply: ...


class Desk(Checking, Protocol):
    """Checks claims against each server's fact base, and lets its members and moderators
    report, suggest, vote, and edit the facts, queues and settings. See `bot.moderation` for
    what each call does."""

    # -- checking and reading ------------------------------------------------------------------

    async def most_asked(self, server: ServerKey, limit: int = 5) -> list[AskedFact]: ...

    async def fact_base(self, server: ServerKey | None) -> ServerBase: ...

    async def get_fact(self, server: ServerKey, fact_id: str) -> FactRecord: ...

    async def search_facts(self, server: ServerKey, query: str,
                           limit: int = 10) -> list[FactRecord]: ...

    async def list_facts(self, server: ServerKey, *,
                         include_retired: bool = True) -> list[FactRecord]: ...

    async def history(self, server: ServerKey, fact_id: str) -> list[FactVersion]: ...

    # -- settings ------------------------------------------------------------------------------

    async def settings(self, server: ServerKey) -> ServerSettings: ...

    def pack_ids(self) -> list[str]: ...

    async def update_settings(self, server: ServerKey, actor: Actor,
                              **changes: Any) -> ServerSettings: ...

    # -- facts ---------------------------------------------------------------------------------

    async def add_fact(self, server: ServerKey, actor: Actor, fields: FactInput) -> FactRecord: ...

    async def edit_fact(self, server: ServerKey, actor: Actor, fact_id: str,
                        changes: Mapping[str, Any],
                        expected_version: int | None = None) -> FactRecord: ...

    async def retire_fact(self, server: ServerKey, actor: Actor, fact_id: str,
                          expected_version: int | None = None) -> FactRecord: ...

    async def restore_fact(self, server: ServerKey, actor: Actor, fact_id: str,
                           version: int | None = None,
                           expected_version: int | None = None) -> FactRecord: ...

    async def follow_pack(self, server: ServerKey, actor: Actor, fact_id: str,
                          expected_version: int | None = None) -> FactRecord: ...

    async def export_facts(self, server: ServerKey, fmt: ExportFormat | str, *,
                           include_packs: bool = False) -> str: ...

    async def import_facts(self, server: ServerKey, actor: Actor, text: str,
                           fmt: ExportFormat | str, *, name: str = "import") -> ImportResult: ...

    async def plan_import(self, server: ServerKey, text: str, fmt: ExportFormat | str, *,
                          name: str = "import") -> ImportPlan: ...

    async def apply_import(self, server: ServerKey, actor: Actor,
                           plan: ImportPlan) -> ImportResult: ...

    async def ask_statistics(self, server: ServerKey, days: int, *, today: date | None = None,
                             top: int = STATS_TOP) -> AskStatistics: ...

    # -- members: suggestions, reports, feedback -----------------------------------------------

    async def suggest(self, server: ServerKey, actor: Actor, fields: FactInput | None = None,
                      *, fact_id: str | None = None, changes: Mapping[str, Any] | None = None,
                      note: str = "") -> Suggestion: ...

    async def report(self, server: ServerKey, actor: Actor, fact_id: str | None, claim: str,
                     reason: str) -> Report: ...

    async def feedback(self, server: ServerKey, actor: Actor, fact_id: str, helpful: bool, *,
                       reply_id: str = "") -> FeedbackCount: ...

    async def feedback_counts(self, server: ServerKey,
                              fact_ids: list[str] | None = None) -> dict[str, FeedbackCount]: ...

    # -- queues --------------------------------------------------------------------------------

    async def list_suggestions(self, server: ServerKey, *,
                               status: SuggestionStatus | None = SuggestionStatus.PENDING,
                               limit: int = 50) -> list[Suggestion]: ...

    async def approve_suggestion(self, server: ServerKey, actor: Actor, suggestion_id: int, *,
                                 overrides: Mapping[str, Any] | None = None,
                                 on_version: int | None = None) -> Suggestion: ...

    async def changed_since(self, server: ServerKey,
                            suggestion_id: int) -> ChangedSince | None: ...

    async def reject_suggestion(self, server: ServerKey, actor: Actor, suggestion_id: int,
                                reason: str) -> Suggestion: ...

    async def unmatched(self, server: ServerKey, limit: int = 20, offset: int = 0, *,
                        include_dismissed: bool = False) -> list[UnmatchedClaim]: ...

    async def fact_from_unmatched(self, server: ServerKey, actor: Actor, unmatched_id: int,
                                  fields: FactInput) -> FactRecord: ...

    async def alias_from_unmatched(self, server: ServerKey, actor: Actor, unmatched_id: int,
                                   fact_id: str) -> FactRecord: ...

    async def dismiss_unmatched(self, server: ServerKey, actor: Actor,
                                unmatched_id: int) -> None: ...

    async def list_reports(self, server: ServerKey, *,
                           status: ReportStatus | None = ReportStatus.OPEN,
                           limit: int = 50) -> list[Report]: ...

    async def resolve_report(self, server: ServerKey, actor: Actor, report_id: int,
                             resolution: str = "") -> Report: ...

    # -- what platform adapters keep across restarts -------------------------------------------

    async def platform_state(self, key: str) -> str | None: ...

    async def keep_platform_state(self, key: str, value: str) -> None: ...
