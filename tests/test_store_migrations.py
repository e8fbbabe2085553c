"""Migrations from an empty database, at open and with `factbot db upgrade`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import inspect
from store_support import create_pg_database, drop_pg_database

from bot.cli import main
from bot.moderation import Moderation
from bot.store.database import Database, head_revision

pytest_plugins = ["store_fixtures"]

TABLES = {"servers", "facts", "fact_versions", "suggestions", "unmatched", "reports",
          "feedback", "fact_asks", "alembic_version"}


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database with nothing in it, not even the tables."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'sub' / 'empty.db'}"
        return
    url = create_pg_database("factbot_empty")
    yield url
    drop_pg_database(url)


async def _tables(url: str) -> set[str]:
    db = Database(url)
    try:
        async with db.read() as conn:
            return set(await conn.run_sync(lambda c: inspect(c).get_table_names()))
    finally:
        await db.close()


@pytest.mark.asyncio
async def test_open_migrates_an_empty_database(empty_url: str) -> None:
    assert await _tables(empty_url) == set()
    mod = await Moderation.open(empty_url, packs=[])
    await mod.close()
    assert await _tables(empty_url) == TABLES
    db = Database(empty_url)
    try:
        assert await db.revision() == head_revision()
        assert await db.upgrade() == []
    finally:
        await db.close()


def test_cli_upgrade_from_empty(empty_url: str) -> None:
    runner = CliRunner()
    first = runner.invoke(main, ["db", "upgrade", "--db", empty_url])
    assert first.exit_code == 0, first.output
    assert "applied migration(s) 0001, 0002." in first.output
    second = runner.invoke(main, ["db", "upgrade", "--db", empty_url])
    assert second.exit_code == 0 and "up to date" in second.output


def test_cli_reports_an_unreachable_database(tmp_path: Path) -> None:
    url = "postgresql+asyncpg://postgres:secret@127.0.0.1:1/nowhere"
    result = CliRunner().invoke(main, ["db", "upgrade", "--db", url])
    assert result.exit_code == 1
    assert "Cannot open the database" in result.output
    assert "secret" not in result.output


def test_default_database_is_sqlite_under_the_data_dir(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FACTBOT_DATABASE_URL", raising=False)
    monkeypatch.setenv("FACTBOT_DATA_DIR", str(tmp_path / "state"))
    result = CliRunner().invoke(main, ["db", "upgrade"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "state" / "factbot.db").is_file()


@pytest.mark.asyncio
async def test_migrations_build_exactly_the_models(empty_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from bot.store.schema import Base

    db = Database(empty_url)
    try:
        await db.upgrade()
        async with db.read() as conn:
            diff = await conn.run_sync(lambda c: compare_metadata(
                MigrationContext.configure(c, opts={"compare_type": True}), Base.metadata))
    finally:
        await db.close()
    assert diff == []
