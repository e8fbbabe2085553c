"""The per-server queues: suggestions, unmatched claims, reports, and feedback votes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import and_, case, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.core.models import Fact
from bot.core.normalise import normalise
from bot.moderation.errors import AlreadyDecided, UnknownItem
from bot.moderation.types import (
    Actor,
    FeedbackCount,
    Report,
    ReportStatus,
    ServerKey,
    Suggestion,
    SuggestionStatus,
    UnmatchedClaim,
)
from bot.store import repo
from bot.store.codec import fact_from_data
from bot.store.database import Database
from bot.store.schema import (
    FACT_ID,
    USER,
    FeedbackRow,
    ReportRow,
    SuggestionRow,
    UnmatchedRow,
    table,
    utcnow,
)

suggestions = table(SuggestionRow)
unmatched = table(UnmatchedRow)
reports = table(ReportRow)
feedback = table(FeedbackRow)
MAX_NORMALISED = 500
MAX_TEXT = 2000


def _actor_columns(actor: Actor) -> dict[str, str]:
    return repo.actor_columns((actor.platform, actor.user_id, actor.display))


def _actor(row: Any) -> Actor:
    return Actor(row.actor_platform, row.actor_user, row.actor_display)


def encode_actor(actor: Actor) -> str:
    return f"{actor.platform}:{actor.user_id}:{actor.display}"[:USER]


def decode_actor(text: str) -> Actor | None:
    if not text:
        return None
    platform, _, rest = text.partition(":")
    user, _, display = rest.partition(":")
    return Actor(platform, user, display)


def _when(value: Any) -> Any:
    return repo.aware(value) if value is not None else None


def _kept(text: str) -> str:
    """Free text as stored: no NUL (which PostgreSQL refuses in text, where SQLite takes it,
    so both keep the same), at most MAX_TEXT characters."""
    return text.replace("\x00", "")[:MAX_TEXT]


# -- unmatched claims -----------------------------------------------------------------------

def normalised_key(text: str) -> str:
    """What unmatched claims are folded by: the normalised text, cut to its column."""
    return normalise(text)[:MAX_NORMALISED]


async def write_unmatched(
        conn: AsyncConnection,
        counted: Sequence[tuple[ServerKey, str, str, int, datetime, datetime]]) -> None:
    """Add counted unmatched claims, (server, normalised text, latest wording, how many,
    first asked, last asked), inside the caller's transaction, in two statements."""
    if not counted:
        return
    await repo.ensure_servers(conn, [str(s) for s, *_ in counted])
    stmt = repo.upsert(conn, unmatched)
    stmt = stmt.on_conflict_do_update(
        index_elements=["server", "normalised"],
        set_={"count": unmatched.c.count + stmt.excluded.count,
              "last_asked": stmt.excluded.last_asked, "text": stmt.excluded.text,
              "fact_id": None})
    await conn.execute(stmt, [
        {"server": str(server), "normalised": norm, "text": _kept(text), "count": count,
         "first_asked": first, "last_asked": last, "fact_id": None}
        for server, norm, text, count, first, last in sorted(
            counted, key=lambda c: (str(c[0]), c[1]))])


def _unmatched(server: ServerKey, row: Any) -> UnmatchedClaim:
    return UnmatchedClaim(id=row.id, server=server, text=row.text, normalised=row.normalised,
                          count=row.count, first_asked=repo.aware(row.first_asked),
                          last_asked=repo.aware(row.last_asked), fact_id=row.fact_id,
                          dismissed_by=decode_actor(row.dismissed_by),
                          dismissed_at=_when(row.dismissed_at))


async def list_unmatched(db: Database, server: ServerKey, limit: int, offset: int = 0, *,
                         include_dismissed: bool = False) -> list[UnmatchedClaim]:
    """Open unmatched claims, most asked first, then most recent; `offset` skips that many;
    dismissed ones not asked since only with `include_dismissed`."""
    where = and_(unmatched.c.server == str(server), unmatched.c.fact_id.is_(None))
    if not include_dismissed:
        where = and_(where, or_(unmatched.c.dismissed_at.is_(None),
                                unmatched.c.last_asked > unmatched.c.dismissed_at))
    async with db.read() as conn:
        rows = (await conn.execute(
            select(unmatched).where(where)
            .order_by(unmatched.c.count.desc(), unmatched.c.last_asked.desc(),
                      unmatched.c.id).limit(limit).offset(offset))).all()
    return [_unmatched(server, r) for r in rows]


async def get_unmatched(conn: AsyncConnection, server: ServerKey, item: int) -> UnmatchedClaim:
    row = (await conn.execute(select(unmatched).where(
        and_(unmatched.c.server == str(server), unmatched.c.id == item)))).first()
    if row is None:
        raise UnknownItem("unmatched", item)
    return _unmatched(server, row)


async def close_unmatched(conn: AsyncConnection, server: ServerKey, item: int,
                          fact_id: str) -> None:
    """Take an unmatched claim off the queue: answered by `fact_id`."""
    where = and_(unmatched.c.server == str(server), unmatched.c.id == item)
    result = await conn.execute(update(unmatched).where(where).values(fact_id=fact_id))
    if result.rowcount != 1:
        raise UnknownItem("unmatched", item)


async def dismiss_unmatched(db: Database, server: ServerKey, actor: Actor, item: int) -> None:
    """Hide an open unmatched claim until it is asked again, noting who did it and when."""
    async with db.write() as conn:
        result = await conn.execute(update(unmatched).where(and_(
            unmatched.c.server == str(server), unmatched.c.id == item,
            unmatched.c.fact_id.is_(None))).values(dismissed_at=utcnow(),
                                                   dismissed_by=encode_actor(actor)))
        if result.rowcount != 1:
            raise UnknownItem("unmatched", item)


async def take_unmatched(conn: AsyncConnection, server: ServerKey, item: int) -> None:
    """Claim an open unmatched claim for answering; AlreadyDecided if someone else did."""
    where = and_(unmatched.c.server == str(server), unmatched.c.id == item)
    result = await conn.execute(update(unmatched).where(and_(where, unmatched.c.fact_id.is_(
        None))).values(fact_id=""))
    if result.rowcount != 1:
        await get_unmatched(conn, server, item)     # UnknownItem when it does not exist
        raise AlreadyDecided("unmatched claim", item, "answered")


# -- suggestions ----------------------------------------------------------------------------

def _suggestion(server: ServerKey, row: Any) -> Suggestion:
    proposal = row.proposal
    fact: Fact | None = None
    if proposal:
        fact = fact_from_data(proposal.get("id", ""), proposal["fact"], str(server))
    return Suggestion(
        id=row.id, server=server, proposer=_actor(row), created_at=repo.aware(row.created_at),
        status=SuggestionStatus(row.status), fact_id=row.fact_id, proposal=fact,
        changes=tuple(sorted((row.changes or {}).keys())), note=row.note, reason=row.reason,
        decided_by=decode_actor(row.decided_by), decided_at=_when(row.decided_at),
        fact_version=row.fact_version)


async def add_suggestion(db: Database, server: ServerKey, actor: Actor, *,
                         fact_id: str | None, proposal: dict[str, Any] | None,
                         changes: dict[str, Any] | None, note: str,
                         fact_version: int | None = None) -> Suggestion:
    async with db.write() as conn:
        await repo.ensure_server(conn, str(server))
        result = await conn.execute(suggestions.insert().values(
            server=str(server), fact_id=fact_id, proposal=proposal, changes=changes,
            fact_version=fact_version,
            note=_kept(note), status=SuggestionStatus.PENDING.value, reason="",
            created_at=utcnow(), decided_by="", **_actor_columns(actor))
            .returning(suggestions.c.id))
        new_id = int(result.scalar_one())
        return await get_suggestion(conn, server, new_id)


async def get_suggestion(conn: AsyncConnection, server: ServerKey, item: int) -> Suggestion:
    row = await suggestion_row(conn, server, item)
    return _suggestion(server, row)


async def suggestion_row(conn: AsyncConnection, server: ServerKey, item: int) -> Any:
    row = (await conn.execute(select(suggestions).where(
        and_(suggestions.c.server == str(server), suggestions.c.id == item)))).first()
    if row is None:
        raise UnknownItem("suggestion", item)
    return row


async def list_suggestions(db: Database, server: ServerKey, status: SuggestionStatus | None,
                           limit: int) -> list[Suggestion]:
    query = select(suggestions).where(suggestions.c.server == str(server))
    if status is not None:
        query = query.where(suggestions.c.status == status.value)
    async with db.read() as conn:
        rows = (await conn.execute(query.order_by(suggestions.c.id).limit(limit))).all()
    return [_suggestion(server, r) for r in rows]


async def decide_suggestion(conn: AsyncConnection, server: ServerKey, item: int,
                            status: SuggestionStatus, actor: Actor, *,
                            reason: str = "") -> Suggestion:
    """Approve or reject a pending suggestion, once: a second decision raises AlreadyDecided."""
    values: dict[str, Any] = {"status": status.value, "reason": _kept(reason),
                              "decided_at": utcnow(), "decided_by": encode_actor(actor)}
    result = await conn.execute(update(suggestions).where(and_(
        suggestions.c.server == str(server), suggestions.c.id == item,
        suggestions.c.status == SuggestionStatus.PENDING.value)).values(**values))
    if result.rowcount != 1:
        row = await suggestion_row(conn, server, item)
        raise AlreadyDecided("suggestion", item, row.status)
    return await get_suggestion(conn, server, item)


async def set_suggestion_fact(conn: AsyncConnection, server: ServerKey, item: int,
                              fact_id: str) -> Suggestion:
    """Record which fact an approved suggestion made or changed."""
    await conn.execute(update(suggestions).where(and_(
        suggestions.c.server == str(server), suggestions.c.id == item)).values(fact_id=fact_id))
    return await get_suggestion(conn, server, item)


# -- reports --------------------------------------------------------------------------------

def _report(server: ServerKey, row: Any) -> Report:
    return Report(id=row.id, server=server, reporter=_actor(row), fact_id=row.fact_id,
                  claim=row.claim, reason=row.reason, status=ReportStatus(row.status),
                  created_at=repo.aware(row.created_at), resolution=row.resolution,
                  resolved_by=decode_actor(row.resolved_by), resolved_at=_when(row.resolved_at))


async def add_report(db: Database, server: ServerKey, actor: Actor, fact_id: str | None,
                     claim: str, reason: str) -> Report:
    async with db.write() as conn:
        await repo.ensure_server(conn, str(server))
        result = await conn.execute(reports.insert().values(
            server=str(server), fact_id=_kept(fact_id)[:FACT_ID] if fact_id else None,
            claim=_kept(claim), reason=_kept(reason),
            status=ReportStatus.OPEN.value, created_at=utcnow(), resolution="", resolved_by="",
            **_actor_columns(actor)).returning(reports.c.id))
        return await _get_report(conn, server, int(result.scalar_one()))


async def _get_report(conn: AsyncConnection, server: ServerKey, item: int) -> Report:
    row = (await conn.execute(select(reports).where(
        and_(reports.c.server == str(server), reports.c.id == item)))).first()
    if row is None:
        raise UnknownItem("report", item)
    return _report(server, row)


async def list_reports(db: Database, server: ServerKey, status: ReportStatus | None,
                       limit: int) -> list[Report]:
    query = select(reports).where(reports.c.server == str(server))
    if status is not None:
        query = query.where(reports.c.status == status.value)
    async with db.read() as conn:
        rows = (await conn.execute(query.order_by(reports.c.id).limit(limit))).all()
    return [_report(server, r) for r in rows]


async def resolve_report(db: Database, server: ServerKey, actor: Actor, item: int,
                         resolution: str) -> Report:
    async with db.write() as conn:
        result = await conn.execute(update(reports).where(and_(
            reports.c.server == str(server), reports.c.id == item,
            reports.c.status == ReportStatus.OPEN.value)).values(
                status=ReportStatus.RESOLVED.value, resolution=_kept(resolution),
                resolved_at=utcnow(), resolved_by=encode_actor(actor)))
        report = await _get_report(conn, server, item)
        if result.rowcount != 1:
            raise AlreadyDecided("report", item, report.status)
        return report


# -- feedback -------------------------------------------------------------------------------

async def vote(db: Database, server: ServerKey, actor: Actor, fact_id: str, helpful: bool,
               reply_id: str) -> None:
    """One vote per person per reply; voting again replaces the earlier vote."""
    async with db.write() as conn:
        await repo.ensure_server(conn, str(server))
        stmt = repo.upsert(conn, feedback).values(
            server=str(server), fact_id=fact_id[:FACT_ID],
            voter=f"{actor.platform}:{actor.user_id}"[:USER], reply_id=reply_id[:USER],
            helpful=helpful, at=utcnow())
        await conn.execute(stmt.on_conflict_do_update(
            index_elements=["server", "fact_id", "voter", "reply_id"],
            set_={"helpful": helpful, "at": utcnow()}))


async def feedback_counts(db: Database, server: ServerKey,
                          fact_ids: list[str] | None) -> dict[str, FeedbackCount]:
    helpful = func.sum(case((feedback.c.helpful.is_(True), 1), else_=0))
    unhelpful = func.sum(case((feedback.c.helpful.is_(True), 0), else_=1))
    query = (select(feedback.c.fact_id, helpful, unhelpful)
             .where(feedback.c.server == str(server)).group_by(feedback.c.fact_id))
    if fact_ids is not None:
        query = query.where(feedback.c.fact_id.in_(fact_ids))
    async with db.read() as conn:
        rows = (await conn.execute(query)).all()
    return {r[0]: FeedbackCount(r[0], int(r[1] or 0), int(r[2] or 0)) for r in rows}
