"""Every checked message, timed, counted in the metrics and logged as one event.

The wrappers here implement the seam (`bot.chat.seam`) around another implementation of it:
`ObservedChecking` times, counts and logs every check, and counts every check that fails (the
database, or a bug); `ObservedDesk` does the same and also counts every moderator action that
succeeds. Each call is written out, so mypy checks the wrapper against the seam like any other
desk.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from bot.chat.seam import Checking, Desk
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
from bot.ops import metrics
from bot.ops.logging_setup import log_check
from bot.store.database import is_database_error

if TYPE_CHECKING:
    from bot.moderation.stats import AskStatistics
    from bot.moderation.transfer import ImportPlan


class ObservedChecking:
    """Checks through `inner`, each one timed, counted and logged."""

    def __init__(self, inner: Checking) -> None:
        self.inner = inner
        self.in_flight = 0

    async def check(self, claim: Claim, *, top: int = 5) -> Reply:
        self.in_flight += 1
        start = time.perf_counter()
        try:
            reply = await self.inner.check(claim, top=top)
        except Exception as exc:
            metrics.record_check_failure(
                claim.platform, "database" if is_database_error(exc) else "internal")
            raise
        finally:
            self.in_flight -= 1
        elapsed = time.perf_counter() - start
        metrics.record_check(claim.platform, reply, elapsed)
        log_check(claim, reply, elapsed)
        return reply


class ObservedDesk(ObservedChecking):
    """The whole desk through `inner`: checks observed, and each moderator action that
    changes what a server serves or how it is run counted once it succeeds."""

    def __init__(self, inner: Desk) -> None:
        super().__init__(inner)
        self.desk = inner

    @staticmethod
    def _done(server: ServerKey, action: str) -> None:
        metrics.record_moderation(server.platform, action)

    # -- reading: passed through -----------------------------------------------------------

    async def most_asked(self, server: ServerKey, limit: int = 5) -> list[AskedFact]:
        return await self.desk.most_asked(server, limit)

    async def fact_base(self, server: ServerKey | None) -> ServerBase:
        return await self.desk.fact_base(server)

    async def get_fact(self, server: ServerKey, fact_id: str) -> FactRecord:
        return await self.desk.get_fact(server, fact_id)

    async def search_facts(self, server: ServerKey, query: str,
                           limit: int = 10) -> list[FactRecord]:
        return await self.desk.search_facts(server, query, limit)

    async def list_facts(self, server: ServerKey, *,
                         include_retired: bool = True) -> list[FactRecord]:
        return await self.desk.list_facts(server, include_retired=include_retired)

    async def history(self, server: ServerKey, fact_id: str) -> list[FactVersion]:
        return await self.desk.history(server, fact_id)

    def pack_ids(self) -> list[str]:
        return self.desk.pack_ids()

    async def platform_state(self, key: str) -> str | None:
        return await self.desk.platform_state(key)

    async def keep_platform_state(self, key: str, value: str) -> None:
        await self.desk.keep_platform_state(key, value)

    async def settings(self, server: ServerKey) -> ServerSettings:
        return await self.desk.settings(server)

    async def export_facts(self, server: ServerKey, fmt: ExportFormat | str, *,
                           include_packs: bool = False) -> str:
        return await self.desk.export_facts(server, fmt, include_packs=include_packs)

    async def feedback_counts(self, server: ServerKey,
                              fact_ids: list[str] | None = None) -> dict[str, FeedbackCount]:
        return await self.desk.feedback_counts(server, fact_ids)

    async def list_suggestions(self, server: ServerKey, *,
                               status: SuggestionStatus | None = SuggestionStatus.PENDING,
                               limit: int = 50) -> list[Suggestion]:
        return await self.desk.list_suggestions(server, status=status, limit=limit)

    async def changed_since(self, server: ServerKey,
                            suggestion_id: int) -> ChangedSince | None:
        return await self.desk.changed_since(server, suggestion_id)

    async def unmatched(self, server: ServerKey, limit: int = 20, offset: int = 0, *,
                        include_dismissed: bool = False) -> list[UnmatchedClaim]:
        return await self.desk.unmatched(server, limit, offset,
                                         include_dismissed=include_dismissed)

    async def list_reports(self, server: ServerKey, *,
                           status: ReportStatus | None = ReportStatus.OPEN,
                           limit: int = 50) -> list[Report]:
        return await self.desk.list_reports(server, status=status, limit=limit)

    # -- members: passed through -----------------------------------------------------------

    async def suggest(self, server: ServerKey, actor: Actor, fields: FactInput | None = None,
                      *, fact_id: str | None = None, changes: Mapping[str, Any] | None = None,
                      note: str = "") -> Suggestion:
        return await self.desk.suggest(server, actor, fields, fact_id=fact_id, changes=changes,
                                       note=note)

    async def report(self, server: ServerKey, actor: Actor, fact_id: str | None, claim: str,
                     reason: str) -> Report:
        return await self.desk.report(server, actor, fact_id, claim, reason)

    async def feedback(self, server: ServerKey, actor: Actor, fact_id: str, helpful: bool, *,
                       reply_id: str = "") -> FeedbackCount:
        return await self.desk.feedback(server, actor, fact_id, helpful, reply_id=reply_id)

    # -- moderator actions: counted --------------------------------------------------------

    async def update_settings(self, server: ServerKey, actor: Actor,
                              **changes: Any) -> ServerSettings:
        done = await self.desk.update_settings(server, actor, **changes)
        self._done(server, "update_settings")
        return done

    async def add_fact(self, server: ServerKey, actor: Actor, fields: FactInput) -> FactRecord:
        done = await self.desk.add_fact(server, actor, fields)
        self._done(server, "add_fact")
        return done

    async def edit_fact(self, server: ServerKey, actor: Actor, fact_id: str,
                        changes: Mapping[str, Any],
                        expected_version: int | None = None) -> FactRecord:
        done = await self.desk.edit_fact(server, actor, fact_id, changes, expected_version)
        self._done(server, "edit_fact")
        return done

    async def retire_fact(self, server: ServerKey, actor: Actor, fact_id: str,
                          expected_version: int | None = None) -> FactRecord:
        done = await self.desk.retire_fact(server, actor, fact_id, expected_version)
        self._done(server, "retire_fact")
        return done

    async def restore_fact(self, server: ServerKey, actor: Actor, fact_id: str,
                           version: int | None = None,
                           expected_version: int | None = None) -> FactRecord:
        done = await self.desk.restore_fact(server, actor, fact_id, version, expected_version)
        self._done(server, "restore_fact")
        return done

    async def follow_pack(self, server: ServerKey, actor: Actor, fact_id: str,
                          expected_version: int | None = None) -> FactRecord:
        done = await self.desk.follow_pack(server, actor, fact_id, expected_version)
        self._done(server, "follow_pack")
        return done

    async def import_facts(self, server: ServerKey, actor: Actor, text: str,
                           fmt: ExportFormat | str, *, name: str = "import") -> ImportResult:
        done = await self.desk.import_facts(server, actor, text, fmt, name=name)
        self._done(server, "import_facts")
        return done

    async def plan_import(self, server: ServerKey, text: str, fmt: ExportFormat | str, *,
                          name: str = "import") -> ImportPlan:
        return await self.desk.plan_import(server, text, fmt, name=name)

    async def apply_import(self, server: ServerKey, actor: Actor,
                           plan: ImportPlan) -> ImportResult:
        done = await self.desk.apply_import(server, actor, plan)
        self._done(server, "import_facts")
        return done

    async def ask_statistics(self, server: ServerKey, days: int, *, today: date | None = None,
                             top: int = STATS_TOP) -> AskStatistics:
        return await self.desk.ask_statistics(server, days, today=today, top=top)

    async def approve_suggestion(self, server: ServerKey, actor: Actor, suggestion_id: int, *,
                                 overrides: Mapping[str, Any] | None = None,
                                 on_version: int | None = None) -> Suggestion:
        done = await self.desk.approve_suggestion(server, actor, suggestion_id,
                                                  overrides=overrides, on_version=on_version)
        self._done(server, "approve_suggestion")
        return done

    async def reject_suggestion(self, server: ServerKey, actor: Actor, suggestion_id: int,
                                reason: str) -> Suggestion:
        done = await self.desk.reject_suggestion(server, actor, suggestion_id, reason)
        self._done(server, "reject_suggestion")
        return done

    async def fact_from_unmatched(self, server: ServerKey, actor: Actor, unmatched_id: int,
                                  fields: FactInput) -> FactRecord:
        done = await self.desk.fact_from_unmatched(server, actor, unmatched_id, fields)
        self._done(server, "fact_from_unmatched")
        return done

    async def alias_from_unmatched(self, server: ServerKey, actor: Actor, unmatched_id: int,
                                   fact_id: str) -> FactRecord:
        done = await self.desk.alias_from_unmatched(server, actor, unmatched_id, fact_id)
        self._done(server, "alias_from_unmatched")
        return done

    async def dismiss_unmatched(self, server: ServerKey, actor: Actor,
                                unmatched_id: int) -> None:
        await self.desk.dismiss_unmatched(server, actor, unmatched_id)
        self._done(server, "dismiss_unmatched")

    async def resolve_report(self, server: ServerKey, actor: Actor, report_id: int,
                             resolution: str = "") -> Report:
        done = await self.desk.resolve_report(server, actor, report_id, resolution)
        self._done(server, "resolve_report")
        return done

