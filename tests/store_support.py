"""Servers and people the storage tests act as, and PostgreSQL databases made for them."""

from __future__ import annotations

import asyncio
import os
import uuid

import asyncpg
from sqlalchemy import text

from bot.moderation import Actor, ServerKey
from bot.store.database import Database

MOD = Actor("discord", "1001", "Mo Derator")
MEMBER = Actor("discord", "2002", "Mem Ber")
SERVER_A = ServerKey("discord", "111")
SERVER_B = ServerKey("discord", "222")

ADMIN_URL = os.environ.get("FACTBOT_TEST_POSTGRES",
                           "postgresql://postgres@127.0.0.1:5432/postgres")
TABLES = ("check_days", "fact_days", "platform_state", "web_signins", "web_sessions",
          "fact_asks", "feedback", "reports", "unmatched", "suggestions", "fact_versions", "facts",
          "servers")


async def _admin(sql: str) -> None:
    conn = await asyncpg.connect(ADMIN_URL)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


def create_pg_database(prefix: str = "factbot_test") -> str:
    """Create an empty database with a unique name; returns its asyncpg URL."""
    name = f"{prefix}_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    asyncio.run(_admin(f'CREATE DATABASE "{name}"'))
    base = ADMIN_URL.rsplit("/", 1)[0]
    return f"{base.replace('postgresql://', 'postgresql+asyncpg://', 1)}/{name}"


def drop_pg_database(url: str) -> None:
    name = url.rsplit("/", 1)[1]
    asyncio.run(_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


async def drop_slack_tables(db: Database) -> None:
    """The Slack app's own tables, gone (PostgreSQL keeps tables from test to test)."""
    async with db.write() as conn:
        for name in ("slack_bots", "slack_installations", "slack_oauth_states"):
            await conn.execute(text(f"DROP TABLE IF EXISTS {name}"))
