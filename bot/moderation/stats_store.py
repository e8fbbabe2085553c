"""Store queries behind "what is being asked": checks per day, channel and verdict
(`check_days`) and per day and fact (`fact_days`), new unmatched claims per day, and feedback
votes, over a range of days.

Days are UTC calendar days. Every query takes a range of one server's rows in key order and
sums in the database, so a page reads a few rows a day however many checks were made. The
same statements run on SQLite and PostgreSQL; only "the day of a timestamp" is said
differently by each.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Date, and_, case, cast, func, select
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.moderation.types import ServerKey
from bot.store import repo
from bot.store.database import Database
from bot.store.schema import (
    FACT_ID,
    USER,
    CheckDayRow,
    FactDayRow,
    FeedbackRow,
    UnmatchedRow,
    table,
)

check_days = table(CheckDayRow)
fact_days = table(FactDayRow)
unmatched = table(UnmatchedRow)
feedback = table(FeedbackRow)

# (server, day, channel, verdict, fact id): "" for no channel (a direct message) or no fact.
CheckKey = tuple[ServerKey, date, str, str, str]


def check_key(server: ServerKey, day: date, channel: str | None, verdict: str,
              fact_id: str | None) -> CheckKey:
    """The key a check is counted under, its texts cut to their columns."""
    return server, day, (channel or "")[:USER], verdict, (fact_id or "")[:FACT_ID]


async def write_checks(conn: AsyncConnection, counted: Sequence[tuple[CheckKey, int]]) -> None:
    """Add counted checks inside the caller's transaction: to the day, channel and verdict,
    and to the day and fact; a few statements however many."""
    if not counted:
        return
    by_channel: Counter[tuple[str, date, str, str]] = Counter()
    by_fact: Counter[tuple[str, date, str]] = Counter()
    for (server, day, channel, verdict, fact_id), count in counted:
        by_channel[str(server), day, channel, verdict] += count
        if fact_id:
            by_fact[str(server), day, fact_id] += count
    await repo.ensure_servers(conn, [str(key[0]) for key, _ in counted])
    await _add(conn, check_days, ["server", "day", "channel", "verdict"], by_channel)
    await _add(conn, fact_days, ["server", "day", "fact_id"], by_fact)


async def _add(conn: AsyncConnection, into: Any, keys: list[str],
               counts: Counter[Any]) -> None:
    if not counts:
        return
    stmt = repo.upsert(conn, into)
    stmt = stmt.on_conflict_do_update(index_elements=keys,
                                      set_={"count": into.c.count + stmt.excluded.count})
    # In key order, so that two writers at once take their row locks in the same order.
    await conn.execute(stmt, [{**dict(zip(keys, key, strict=True)), "count": count}
                              for key, count in sorted(counts.items())])


def _in_range(rows: Any, server: ServerKey, start: date, end: date) -> Any:
    return and_(rows.c.server == str(server), rows.c.day >= start, rows.c.day <= end)


def _bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """The first instant of `start` and of the day after `end`, UTC."""
    return (datetime.combine(start, time(), UTC),
            datetime.combine(end + timedelta(days=1), time(), UTC))


def _day(value: Any) -> date:
    """A day as the driver returns it: a date (PostgreSQL), or its ISO text (SQLite)."""
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _day_of(conn: AsyncConnection, column: Any) -> Any:
    """The UTC day of a timestamp column, in the connection's dialect."""
    if conn.dialect.name == "postgresql":
        return cast(func.timezone("UTC", column), Date)
    return func.date(column)   # SQLite keeps UTC timestamps as text


async def checks_by_day(db: Database, server: ServerKey, start: date,
                        end: date) -> list[tuple[date, str, int]]:
    """(day, verdict, checks) for each day and verdict that had any, by day then verdict."""
    total = func.sum(check_days.c.count)
    query = (select(check_days.c.day, check_days.c.verdict, total)
             .where(_in_range(check_days, server, start, end))
             .group_by(check_days.c.day, check_days.c.verdict)
             .order_by(check_days.c.day, check_days.c.verdict))
    async with db.read() as conn:
        rows = (await conn.execute(query)).all()
    return [(_day(day), str(verdict), int(count)) for day, verdict, count in rows]


async def checks_by_fact(db: Database, server: ServerKey, start: date, end: date,
                         limit: int) -> list[tuple[str, int]]:
    """(fact id, checks it answered), most first (ties by id), at most `limit`."""
    total = func.sum(fact_days.c.count)
    query = (select(fact_days.c.fact_id, total)
             .where(_in_range(fact_days, server, start, end))
             .group_by(fact_days.c.fact_id)
             .order_by(total.desc(), fact_days.c.fact_id).limit(limit))
    async with db.read() as conn:
        rows = (await conn.execute(query)).all()
    return [(str(fact_id), int(count)) for fact_id, count in rows]


async def checks_by_channel(db: Database, server: ServerKey, start: date,
                            end: date) -> list[tuple[str, str, int]]:
    """(channel, verdict, checks), by channel then verdict; channel "" is direct messages
    and places without one."""
    total = func.sum(check_days.c.count)
    query = (select(check_days.c.channel, check_days.c.verdict, total)
             .where(_in_range(check_days, server, start, end))
             .group_by(check_days.c.channel, check_days.c.verdict)
             .order_by(check_days.c.channel, check_days.c.verdict))
    async with db.read() as conn:
        rows = (await conn.execute(query)).all()
    return [(str(channel), str(verdict), int(count)) for channel, verdict, count in rows]


async def new_unmatched_by_day(db: Database, server: ServerKey, start: date,
                               end: date) -> list[tuple[date, int]]:
    """(day, unmatched claims first asked that day) for each day that had any."""
    low, high = _bounds(start, end)
    async with db.read() as conn:
        day = _day_of(conn, unmatched.c.first_asked)
        rows = (await conn.execute(
            select(day, func.count()).where(and_(
                unmatched.c.server == str(server), unmatched.c.first_asked >= low,
                unmatched.c.first_asked < high)).group_by(day).order_by(day))).all()
    return [(_day(d), int(count)) for d, count in rows]


async def feedback_by_fact(db: Database, server: ServerKey, start: date, end: date,
                           limit: int) -> list[tuple[str, int, int]]:
    """(fact id, helpful, not helpful) of the votes cast (or last changed) in the range,
    most votes first (ties by id), at most `limit` facts."""
    low, high = _bounds(start, end)
    helpful = func.sum(case((feedback.c.helpful.is_(True), 1), else_=0))
    unhelpful = func.sum(case((feedback.c.helpful.is_(True), 0), else_=1))
    query = (select(feedback.c.fact_id, helpful, unhelpful)
             .where(and_(feedback.c.server == str(server), feedback.c.at >= low,
                         feedback.c.at < high))
             .group_by(feedback.c.fact_id)
             .order_by(func.count().desc(), feedback.c.fact_id).limit(limit))
    async with db.read() as conn:
        rows = (await conn.execute(query)).all()
    return [(str(f), int(h or 0), int(u or 0)) for f, h, u in rows]
