"""Review queues as the façade offers them: suggestions, unmatched claims, reports, feedback."""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import AbstractAsyncContextManager
from typing import TYPE_CHECKING, Any

from sqlalchemy.ext.asyncio import AsyncConnection

from bot.core.models import Fact
from bot.core.normalise import normalise
from bot.moderation import fields as fact_fields
from bot.moderation import queues
from bot.moderation.bases import ServerBase, ServerBases
from bot.moderation.diff import FIELDS, field_text, touched
from bot.moderation.errors import NothingToApply, SuggestionConflict, UnknownFact
from bot.moderation.tally import Tally
from bot.moderation.types import (
    Action,
    Actor,
    ChangedSince,
    FactInput,
    FactRecord,
    FeedbackCount,
    FieldOnVersions,
    Report,
    ReportStatus,
    ServerKey,
    Suggestion,
    SuggestionStatus,
    UnmatchedClaim,
)
from bot.store import repo
from bot.store.codec import fact_from_data, fact_to_data
from bot.store.database import Database


class ReviewMixin:
    db: Database
    bases: ServerBases
    tally: Tally

    if TYPE_CHECKING:   # provided by Moderation and FactsMixin
        async def flush_statistics(self) -> None: ...

    if TYPE_CHECKING:   # provided by FactsMixin
        def writing(self, server: ServerKey) -> AbstractAsyncContextManager[AsyncConnection]: ...

        async def get_fact(self, server: ServerKey, fact_id: str) -> FactRecord: ...

        async def _add(self, conn: AsyncConnection, base: ServerBase, server: ServerKey,
                       actor: Actor, fields: FactInput, action: Action) -> FactRecord: ...

        async def _change_in(self, conn: AsyncConnection, base: ServerBase, server: ServerKey,
                             actor: Actor, fact_id: str, expected_version: int | None,
                             action: Action, *, changes: Mapping[str, Any] | None = None,
                             retire: bool = False, restore: int | None = None
                             ) -> FactRecord: ...

    # -- suggestions ---------------------------------------------------------------------------

    async def suggest(self, server: ServerKey, actor: Actor, fields: FactInput | None = None,
                      *, fact_id: str | None = None, changes: Mapping[str, Any] | None = None,
                      note: str = "") -> Suggestion:
        """Queue a member's proposal: a new fact (`fields`), or a correction of `fact_id`
        (`changes` and/or a free-text `note`). Fields are validated now (InvalidFact)."""
        from bot.moderation.facts import default_source

        if fields is not None:
            fact = fact_fields.build_fact(
                fields, fact_id=fields.id or fact_fields.slug(str(fields.claim)),
                pack=str(server), default_source=default_source(server))
            return await queues.add_suggestion(
                self.db, server, actor, fact_id=None, changes=None, note=note,
                proposal={"id": fields.id or "", "fact": fact_to_data(fact)})
        if fact_id is None:
            raise TypeError("suggest() needs fields for a new fact or the fact_id to correct")
        record = await self.get_fact(server, fact_id)
        current = record.fact
        proposal = None
        stored_changes = None
        if changes:
            after = fact_fields.apply_changes(current, changes, pack=str(server))
            data = fact_to_data(after)
            stored_changes = {k: fact_fields.stored_change(data, k) for k in changes}
            proposal = {"id": fact_id, "fact": data}
        return await queues.add_suggestion(self.db, server, actor, fact_id=fact_id,
                                           proposal=proposal, changes=stored_changes, note=note,
                                           fact_version=record.version)

    async def list_suggestions(self, server: ServerKey, *,
                               status: SuggestionStatus | None = SuggestionStatus.PENDING,
                               limit: int = 50) -> list[Suggestion]:
        return await queues.list_suggestions(self.db, server, status, limit)

    async def approve_suggestion(self, server: ServerKey, actor: Actor, suggestion_id: int, *,
                                 overrides: Mapping[str, Any] | None = None,
                                 on_version: int | None = None) -> Suggestion:
        """Make the proposed fact, or apply the proposed correction to the version of the fact
        it was proposed on.

        If the fact changed since, SuggestionConflict shows the proposed fields on both
        versions and nothing is applied; a moderator who has seen them approves it again
        with `on_version`, the version the fact is at now. `overrides` (field → value) lets
        the moderator adjust the proposal while approving. Approval and the fact change are
        one transaction: both happen or neither.
        """
        base = await self.bases.get(server)
        async with self.writing(server) as conn:
            row = await queues.suggestion_row(conn, server, suggestion_id)
            pending = queues._suggestion(server, row)
            # Decide first: of two moderators approving at once, the second waits on this row
            # and then gets AlreadyDecided, instead of making the fact twice.
            await queues.decide_suggestion(conn, server, suggestion_id,
                                           SuggestionStatus.APPROVED, actor)
            if pending.fact_id is None:
                assert pending.proposal is not None
                fact = pending.proposal
                if overrides:
                    fact = fact_fields.apply_changes(fact, overrides, pack=str(server))
                record = await self._add(conn, base, server, actor,
                                         _input(fact, row.proposal.get("id") or None),
                                         Action.APPROVE)
            else:
                changes = {**(row.changes or {}), **(overrides or {})}
                if not changes:
                    raise NothingToApply(suggestion_id)
                now = await self._version_now(conn, base, server, pending.fact_id)
                wanted = on_version if on_version is not None else pending.fact_version
                if wanted is not None and wanted != now:
                    changed = await self._changed_since(conn, base, server, pending, now,
                                                        changes)
                    raise SuggestionConflict(
                        str(server), pending.id, pending.fact_id, changed.proposed_on, now,
                        [(f.name, f.then, f.now, f.proposed) for f in changed.fields])
                record = await self._change_in(conn, base, server, actor, pending.fact_id,
                                               now, Action.APPROVE, changes=changes)
            decided = await queues.set_suggestion_fact(conn, server, suggestion_id,
                                                       record.fact.id)
        self.bases.invalidate(server)
        return decided

    async def _version_now(self, conn: AsyncConnection, base: ServerBase, server: ServerKey,
                           fact_id: str) -> int:
        row = await repo.fact_row(conn, str(server), fact_id)
        if row is not None:
            return int(row.version)
        if fact_id in base.facts:
            return 0
        raise UnknownFact(fact_id)

    async def _fact_at(self, conn: AsyncConnection, server: ServerKey, fact_id: str,
                       version: int) -> Fact | None:
        if version == 0:
            return self.bases.pack_fact(fact_id)
        row = await repo.version_row(conn, str(server), fact_id, version)
        return fact_from_data(fact_id, row.after, str(server)) if row is not None else None

    async def changed_since(self, server: ServerKey,
                            suggestion_id: int) -> ChangedSince | None:
        """How a pending correction's fact changed since it was proposed (what approving it
        would be refused for without `on_version`); None when it applies as proposed, or is
        not a pending correction of a fact that still exists."""
        base = await self.bases.get(server)
        async with self.db.read() as conn:
            row = await queues.suggestion_row(conn, server, suggestion_id)
            pending = queues._suggestion(server, row)
            if (pending.fact_id is None or pending.status is not SuggestionStatus.PENDING
                    or pending.fact_version is None or not row.changes):
                return None
            try:
                now = await self._version_now(conn, base, server, pending.fact_id)
            except UnknownFact:
                return None
            if now == pending.fact_version:
                return None
            return await self._changed_since(conn, base, server, pending, now, row.changes)

    async def _changed_since(self, conn: AsyncConnection, base: ServerBase, server: ServerKey,
                             pending: Suggestion, now: int,
                             changes: Mapping[str, Any]) -> ChangedSince:
        assert pending.fact_id is not None
        proposed_on = pending.fact_version if pending.fact_version is not None else now
        then = await self._fact_at(conn, server, pending.fact_id, proposed_on)
        current = await self._fact_at(conn, server, pending.fact_id, now)
        if current is None:
            current = base.facts[pending.fact_id]
        then = then or current
        proposed = pending.proposal or then
        asked = touched(tuple(changes))
        fields = tuple(FieldOnVersions(name, field_text(then, name), field_text(current, name),
                                       field_text(proposed, name) if name in asked else None)
                       for name in FIELDS
                       if name in asked or field_text(then, name) != field_text(current, name))
        return ChangedSince(pending.id, pending.fact_id, proposed_on, now, fields)

    async def reject_suggestion(self, server: ServerKey, actor: Actor, suggestion_id: int,
                                reason: str) -> Suggestion:
        """Reject with a reason; show `messages.suggestion_rejected(...)` to the proposer."""
        async with self.db.write() as conn:
            return await queues.decide_suggestion(conn, server, suggestion_id,
                                                  SuggestionStatus.REJECTED, actor, reason=reason)

    # -- unmatched claims ----------------------------------------------------------------------

    async def record_unmatched(self, server: ServerKey, text: str) -> None:
        """Count one more ask of a claim nothing matched (written with the statistics)."""
        self.tally.count_unmatched(server, text)

    async def unmatched(self, server: ServerKey, limit: int = 20, offset: int = 0, *,
                        include_dismissed: bool = False) -> list[UnmatchedClaim]:
        """Claims asked explicitly that matched nothing, most asked first (`offset` pages);
        dismissed ones (not asked again since) only with `include_dismissed`."""
        await self.flush_statistics()
        return await queues.list_unmatched(self.db, server, limit, offset,
                                           include_dismissed=include_dismissed)

    async def fact_from_unmatched(self, server: ServerKey, actor: Actor, unmatched_id: int,
                                  fields: FactInput) -> FactRecord:
        """Answer an unmatched claim with a new fact; the asked wording becomes an alias."""
        await self.flush_statistics()
        base = await self.bases.get(server)
        async with self.writing(server) as conn:
            item = await queues.get_unmatched(conn, server, unmatched_id)
            await queues.take_unmatched(conn, server, unmatched_id)
            texts = [normalise(t) for t in (str(fields.claim), *fields.aliases)]
            if item.normalised not in texts:
                fields = FactInput(**{**_fields_dict(fields),
                                      "aliases": (*fields.aliases, item.text)})
            record = await self._add(conn, base, server, actor, fields, Action.ADD)
            await queues.close_unmatched(conn, server, unmatched_id, record.fact.id)
        self.bases.invalidate(server)
        return record

    async def alias_from_unmatched(self, server: ServerKey, actor: Actor, unmatched_id: int,
                                   fact_id: str) -> FactRecord:
        """Answer an unmatched claim with an existing fact: its wording becomes an alias."""
        record = await self.get_fact(server, fact_id)
        base = await self.bases.get(server)
        async with self.db.write() as conn:
            item = await queues.get_unmatched(conn, server, unmatched_id)
            await queues.take_unmatched(conn, server, unmatched_id)
            aliases = record.fact.aliases
            if item.normalised not in {normalise(t) for t in record.fact.texts}:
                aliases = (*aliases, item.text)
            changed = await self._change_in(conn, base, server, actor, fact_id, record.version,
                                            Action.EDIT, changes={"aliases": aliases})
            await queues.close_unmatched(conn, server, unmatched_id, changed.fact.id)
        self.bases.invalidate(server)
        return changed

    async def dismiss_unmatched(self, server: ServerKey, actor: Actor, unmatched_id: int) -> None:
        """Take an unmatched claim off the queue; it is kept with who dismissed it and when,
        and comes back if asked again."""
        await self.flush_statistics()
        await queues.dismiss_unmatched(self.db, server, actor, unmatched_id)

    # -- reports -------------------------------------------------------------------------------

    async def report(self, server: ServerKey, actor: Actor, fact_id: str | None, claim: str,
                     reason: str) -> Report:
        """A member flags a reply (about `fact_id`, or a no-match) as wrong."""
        return await queues.add_report(self.db, server, actor, fact_id, claim, reason)

    async def list_reports(self, server: ServerKey, *,
                           status: ReportStatus | None = ReportStatus.OPEN,
                           limit: int = 50) -> list[Report]:
        return await queues.list_reports(self.db, server, status, limit)

    async def resolve_report(self, server: ServerKey, actor: Actor, report_id: int,
                             resolution: str = "") -> Report:
        return await queues.resolve_report(self.db, server, actor, report_id, resolution)

    # -- feedback ------------------------------------------------------------------------------

    async def feedback(self, server: ServerKey, actor: Actor, fact_id: str, helpful: bool, *,
                       reply_id: str = "") -> FeedbackCount:
        """Record a helpful / not helpful vote on a reply; returns the fact's new counts."""
        await queues.vote(self.db, server, actor, fact_id, helpful, reply_id)
        counts = await queues.feedback_counts(self.db, server, [fact_id])
        return counts.get(fact_id, FeedbackCount(fact_id, 0, 0))

    async def feedback_counts(self, server: ServerKey,
                              fact_ids: list[str] | None = None) -> dict[str, FeedbackCount]:
        return await queues.feedback_counts(self.db, server, fact_ids)


def _fields_dict(fields: FactInput) -> dict[str, Any]:
    return {name: getattr(fields, name) for name in FactInput.__dataclass_fields__}


def _input(fact: Fact, fact_id: str | None) -> FactInput:
    return FactInput(claim=fact.claim, verdict=fact.verdict, summary=fact.summary,
                     source=fact.source, quote=fact.quote, figures=fact.figures,
                     aliases=fact.aliases, tags=fact.tags, related=fact.related, id=fact_id)
