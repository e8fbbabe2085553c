"""Database fixtures for the storage tests: real SQLite files and a real PostgreSQL database.

Use with `pytest_plugins = ["store_fixtures"]`. The PostgreSQL server is the one at
$FACTBOT_TEST_POSTGRES (default postgresql://postgres@127.0.0.1:5432/postgres); each test
session creates its own database there and drops it at the end.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import asyncpg
import pytest
import pytest_asyncio
from store_support import TABLES, create_pg_database, drop_pg_database

from bot.moderation import Moderation
from bot.packs.paths import bundled_facts_dir


@pytest.fixture(scope="session")
def pg_session_url() -> Iterator[str]:
    url = create_pg_database()
    yield url
    drop_pg_database(url)


async def _truncate(url: str) -> None:
    conn = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://", 1))
    try:
        present = {r["tablename"] for r in await conn.fetch(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
        tables = [t for t in TABLES if t in present]
        if tables:
            await conn.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")
    finally:
        await conn.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty store (tables may exist, no rows) on each backend in turn."""
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'factbot.db'}"
    url: str = request.getfixturevalue("pg_session_url")
    asyncio.run(_truncate(url))
    return url


@pytest.fixture
def packs_dir() -> Path:
    return bundled_facts_dir()


@pytest_asyncio.fixture
async def mod(db_url: str, packs_dir: Path) -> AsyncIterator[Moderation]:
    moderation = await Moderation.open(db_url, packs=[packs_dir], refresh_s=0.2,
                                       pack_poll_s=0.0)
    yield moderation
    await moderation.close()
