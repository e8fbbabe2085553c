"""Ask counts: how often a server's members explicitly asked about each fact."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.moderation.types import ServerKey
from bot.store import repo
from bot.store.database import Database
from bot.store.schema import FactAskRow, table

fact_asks = table(FactAskRow)
PAGE = 50


async def write_asks(conn: AsyncConnection,
                     counted: Sequence[tuple[ServerKey, str, int, datetime]]) -> None:
    """Add counted asks, (server, fact id, how many, last asked), inside the caller's
    transaction, in two statements however many there are."""
    if not counted:
        return
    await repo.ensure_servers(conn, [str(s) for s, *_ in counted])
    stmt = repo.upsert(conn, fact_asks)
    stmt = stmt.on_conflict_do_update(
        index_elements=["server", "fact_id"],
        set_={"count": fact_asks.c.count + stmt.excluded.count,
              "last_asked": stmt.excluded.last_asked})
    await conn.execute(stmt, [
        {"server": str(server), "fact_id": fact_id, "count": count, "last_asked": last}
        for server, fact_id, count, last in sorted(counted, key=lambda c: (str(c[0]), c[1]))])


async def ask_counts(db: Database, server: ServerKey) -> AsyncGenerator[tuple[str, int, datetime]]:
    """(fact id, count, last asked) of the server, most asked first, then most recent,
    read a page at a time so callers that skip some rows can stop once they have enough."""
    offset = 0
    while True:
        query = (select(fact_asks.c.fact_id, fact_asks.c.count, fact_asks.c.last_asked)
                 .where(fact_asks.c.server == str(server))
                 .order_by(fact_asks.c.count.desc(), fact_asks.c.last_asked.desc(),
                           fact_asks.c.fact_id)
                 .offset(offset).limit(PAGE))
        async with db.read() as conn:
            rows = (await conn.execute(query)).all()
        for fact_id, count, last_asked in rows:
            yield fact_id, int(count), repo.aware(last_asked)
        if len(rows) < PAGE:
            return
        offset += PAGE
