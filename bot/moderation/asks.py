"""Ask counts: how often a server's members explicitly asked about each fact."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Iterable
from datetime import datetime

from sqlalchemy import select

from bot.moderation.types import ServerKey
from bot.store import repo
from bot.store.database import Database
from bot.store.schema import FACT_ID, FactAskRow, table, utcnow

fact_asks = table(FactAskRow)
PAGE = 50


async def record_asks(db: Database, server: ServerKey, fact_ids: Iterable[str]) -> None:
    """Count one more ask of each fact (each once, however often the claim names it)."""
    ids = sorted({f[:FACT_ID] for f in fact_ids if f})
    if not ids:
        return
    now = utcnow()
    async with db.write() as conn:
        await repo.ensure_server(conn, str(server))
        for fact_id in ids:
            stmt = repo.upsert(conn, fact_asks).values(server=str(server), fact_id=fact_id,
                                                       count=1, last_asked=now)
            await conn.execute(stmt.on_conflict_do_update(
                index_elements=["server", "fact_id"],
                set_={"count": fact_asks.c.count + 1, "last_asked": now}))


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
