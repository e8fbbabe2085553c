"""Review queues as the façade offers them: suggestions, unmatched claims, reports, feedback."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy.ext.asyncio import AsyncConnection

from bot.core.models import Fact
from bot.core.normalise import normalise
from bot.moderation import fields as fact_fields
from bot.moderation import queues
from bot.moderation.bases import ServerBase, ServerBases
from bot.moderation.errors import NothingToApply
from bot.moderation.types import (
    Action,
    Actor,
    FactInput,
    FactRecord,
    FeedbackCount,
    Report,
    ReportStatus,
    ServerKey,
    Suggestion,
    SuggestionStatus,
    UnmatchedClaim,
)
from bot.store.codec import fact_to_data
from bot.store.database import Database


class ReviewMixin:
    db: Database
    bases: ServerBases

    if TYPE_CHECKING:   # provided by FactsMixin
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
        current = (await self.get_fact(server, fact_id)).fact
        proposal = None
        stored_changes = None
        if changes:
            after = fact_fields.apply_changes(current, changes, pack=str(server))
            data = fact_to_data(after)
            stored_changes = {k: data.get(k) for k in changes}
            proposal = {"id": fact_id, "fact": data}
        return await queues.add_suggestion(self.db, server, actor, fact_id=fact_id,
                                           proposal=proposal, changes=stored_changes, note=note)

    async def list_suggestions(self, server: ServerKey, *,
                               status: SuggestionStatus | None = SuggestionStatus.PENDING,
                               limit: int = 50) -> list[Suggestion]:
        return await queues.list_suggestions(self.db, server, status, limit)

    async def approve_suggestion(self, server: ServerKey, actor: Actor, suggestion_id: int, *,
                                 overrides: Mapping[str, Any] | None = None) -> Suggestion:
        """Make the proposed fact, or apply the proposed correction to the fact as it is now.

        `overrides` (field → value) lets the moderator adjust the proposal while approving.
        Approval and the fact change are one transaction: both happen or neither.
        """
        base = await self.bases.get(server)
        async with self.db.write() as conn:
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
                record = await self._change_in(conn, base, server, actor, pending.fact_id,
                                               None, Action.APPROVE, changes=changes)
            decided = await queues.set_suggestion_fact(conn, server, suggestion_id,
                                                       record.fact.id)
        self.bases.invalidate(server)
        return decided

    async def reject_suggestion(self, server: ServerKey, actor: Actor, suggestion_id: int,
                                reason: str) -> Suggestion:
        """Reject with a reason; show `messages.suggestion_rejected(...)` to the proposer."""
        async with self.db.write() as conn:
            return await queues.decide_suggestion(conn, server, suggestion_id,
                                                  SuggestionStatus.REJECTED, actor, reason=reason)

    # -- unmatched claims ----------------------------------------------------------------------

    async def record_unmatched(self, server: ServerKey, text: str) -> None:
        await queues.record_unmatched(self.db, server, text)

    async def unmatched(self, server: ServerKey, limit: int = 20,
                        offset: int = 0) -> list[UnmatchedClaim]:
        """Claims asked explicitly that matched nothing, most asked first (`offset` pages)."""
        return await queues.list_unmatched(self.db, server, limit, offset)

    async def fact_from_unmatched(self, server: ServerKey, actor: Actor, unmatched_id: int,
                                  fields: FactInput) -> FactRecord:
        """Answer an unmatched claim with a new fact; the asked wording becomes an alias."""
        base = await self.bases.get(server)
        async with self.db.write() as conn:
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
        """Drop an unmatched claim from the queue (it comes back if asked again)."""
        async with self.db.write() as conn:
            await queues.close_unmatched(conn, server, unmatched_id, None)

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
