"""Migrations from an empty database and from earlier revisions, at open and with
`factbot db upgrade`."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import Column, DateTime, Integer, MetaData, String, Table, inspect
from store_support import create_pg_database, drop_pg_database

from bot.cli.main import main
from bot.core.models import Claim
from bot.moderation import Actor, Moderation, ServerKey
from bot.packs.paths import bundled_facts_dir
from bot.store import repo
from bot.store.database import Database, head_revision

pytest_plugins = ["store_fixtures"]

TABLES = {"servers", "facts", "fact_versions", "suggestions", "unmatched", "reports",
          "feedback", "fact_asks", "web_sessions", "web_signins", "platform_state",
          "check_days", "fact_days", "alembic_version"}


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
    assert "applied migration(s) 0001, 0002, 0003, 0004, 0005, 0006." in first.output
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


async def _at_first_revision(url: str) -> Database:
    db = Database(url)
    assert await db.upgrade("0001") == ["0001"]
    assert await db.revision() == "0001"
    return db


@pytest.mark.asyncio
async def test_upgrade_from_the_first_revision(empty_url: str) -> None:
    db = await _at_first_revision(empty_url)
    try:
        assert "fact_asks" not in await _tables(empty_url)
        assert await db.upgrade() == ["0002", "0003", "0004", "0005", "0006"]
        assert await db.revision() == head_revision()
    finally:
        await db.close()
    assert await _tables(empty_url) == TABLES


@pytest.mark.asyncio
async def test_upgrade_moves_the_slack_apps_own_ask_counts(empty_url: str) -> None:
    """Earlier Slack apps counted asks in `slack_fact_asks`, outside the migrations."""
    db = await _at_first_revision(empty_url)
    old = Table("slack_fact_asks", MetaData(),
                Column("server", String(200), primary_key=True),
                Column("fact_id", String(120), primary_key=True),
                Column("count", Integer, nullable=False),
                Column("last_asked", DateTime(timezone=True), nullable=False))
    then = datetime(2026, 11, 1, tzinfo=UTC)
    try:
        async with db.write() as conn:
            await conn.run_sync(old.metadata.create_all)
            await conn.execute(old.insert(), [
                {"server": "slack:T0001", "fact_id": "border-clash-1969", "count": 5,
                 "last_asked": then},
                {"server": "slack:T0001", "fact_id": "alliance-already-formal", "count": 2,
                 "last_asked": then},
                {"server": "slack:T0002", "fact_id": "border-clash-1969", "count": 1,
                 "last_asked": then}])
        async with db.write() as conn:  # a workspace the store knew already keeps its row
            await repo.save_settings(conn, "slack:T0002", {"threshold": 0.5}, "cli:test:")
    finally:
        await db.close()

    mod = await Moderation.open(empty_url, packs=[bundled_facts_dir()])
    try:
        assert await mod.db.revision() == head_revision()
        first = await mod.most_asked(ServerKey("slack", "T0001"))
        assert [(a.fact_id, a.count) for a in first] == [
            ("border-clash-1969", 5), ("alliance-already-formal", 2)]
        assert first[0].last_asked == then
        second = await mod.most_asked(ServerKey("slack", "T0002"))
        assert [(a.fact_id, a.count) for a in second] == [("border-clash-1969", 1)]
        assert (await mod.settings(ServerKey("slack", "T0002"))).threshold == 0.5
        await mod.check(Claim(text=first[0].claim, platform="slack", server="T0001",
                              explicit=True))
        assert (await mod.most_asked(ServerKey("slack", "T0001")))[0].count == 6
    finally:
        await mod.close()
    assert await _tables(empty_url) == TABLES



@pytest.mark.asyncio
async def test_upgrade_keeps_queued_suggestions_and_unmatched_claims(empty_url: str) -> None:
    """0003: a correction queued before has no recorded version and applies to the fact as
    it is; an unmatched claim in the queue stays there, dismissed by nobody."""
    from sqlalchemy import JSON, Text, column, table

    db = Database(empty_url)
    then = datetime(2026, 11, 1, tzinfo=UTC)
    try:
        assert await db.upgrade("0002") == ["0001", "0002"]
        async with db.write() as conn:
            await repo.ensure_server(conn, "discord:111")
            await conn.execute(table(
                "suggestions", *(column(c) for c in (
                    "server", "fact_id", "note", "status", "reason", "created_at",
                    "actor_platform", "actor_user", "actor_display", "decided_by")),
                column("changes", JSON)).insert().values(
                server="discord:111", fact_id="alliance-forming", note="", status="pending",
                reason="", created_at=then, actor_platform="discord", actor_user="2",
                actor_display="", decided_by="", changes={"verdict": "false"}))
            await conn.execute(table(
                "unmatched", column("server"), column("normalised"), column("text", Text),
                column("count"), column("first_asked"), column("last_asked")).insert().values(
                server="discord:111", normalised="is the sky green", text="Is the sky green?",
                count=3, first_asked=then, last_asked=then))
    finally:
        await db.close()

    mod = await Moderation.open(empty_url, packs=[bundled_facts_dir()])
    try:
        server = ServerKey("discord", "111")
        (item,) = await mod.unmatched(server)
        assert (item.count, item.dismissed_by, item.dismissed_at) == (3, None, None)
        (pending,) = await mod.list_suggestions(server)
        assert pending.fact_version is None
        await mod.edit_fact(server, Actor("cli", "a"), "alliance-forming", {"tags": ["x"]}, 0)
        await mod.approve_suggestion(server, Actor("cli", "a"), pending.id)
        fact = (await mod.get_fact(server, "alliance-forming")).fact
        assert fact.verdict == "false" and fact.tags == ("x",)
    finally:
        await mod.close()


@pytest.mark.asyncio
async def test_platform_state_is_kept_across_restarts(empty_url: str) -> None:
    """0005: what an adapter keeps (the hash of the Discord commands last synced)."""
    async with await Moderation.open(empty_url, packs=[]) as mod:
        assert await mod.platform_state("discord:commands:1:global") is None
        await mod.keep_platform_state("discord:commands:1:global", "abc")
        await mod.keep_platform_state("discord:commands:1:global", "def")
    async with await Moderation.open(empty_url, packs=[]) as mod:
        assert await mod.platform_state("discord:commands:1:global") == "def"
        assert await mod.platform_state("discord:commands:2:global") is None
