"""Reads and writes of what platform adapters keep across restarts (the platform_state table);
each function runs inside the caller's transaction."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.store.repo import upsert
from bot.store.schema import PlatformStateRow, table, utcnow

platform_state = table(PlatformStateRow)


async def read(conn: AsyncConnection, key: str) -> str | None:
    return (await conn.execute(select(platform_state.c.value)
                               .where(platform_state.c.key == key))).scalar_one_or_none()


async def write(conn: AsyncConnection, key: str, value: str) -> None:
    now = utcnow()
    await conn.execute(upsert(conn, platform_state).values(key=key, value=value, updated_at=now)
                       .on_conflict_do_update(index_elements=["key"],
                                              set_={"value": value, "updated_at": now}))
