"""One writer does not stall the others: checks, reads and CLI start-up while another
connection holds a write transaction, statistics written in batches, imports written in
chunks, and a clear error past the lock wait. Real SQLite files and a real PostgreSQL."""

from __future__ import annotations

import asyncio
import csv
import io
import sqlite3
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import asyncpg
import pytest
from click.testing import CliRunner, Result
from sqlalchemy import make_url, text
from sqlalchemy.exc import OperationalError
from store_support import MOD, SERVER_A, SERVER_B

from bot.cli.main import main
from bot.core.models import Claim
from bot.moderation import (
    FactInput,
    ImportInterrupted,
    Moderation,
    ModerationError,
    ServerKey,
)
from bot.packs.paths import bundled_facts_dir
from bot.packs.reload import PackLibrary
from bot.store.database import MIGRATION_LOCK, Database, StoreBusy

pytest_plugins = ["store_fixtures"]

BORDER = "Chinese troops ambushed a Soviet border patrol in March 1969"
NOTHING = "the moon is made of green cheese and nobody checked"
# A guard against a hang, never the measure: each test asserts what finished while the
# other writer was still open.
GUARD_S = 20


class Writer:
    """Another connection inside a write transaction that changes the tables a check, its
    statistics, a read or a CLI start-up could touch, kept open until the block ends."""

    def __init__(self) -> None:
        self.open = False


@asynccontextmanager
async def holding_write(db_url: str) -> AsyncIterator[Writer]:
    writer = Writer()
    if make_url(db_url).get_backend_name() == "sqlite":
        conn = sqlite3.connect(make_url(db_url).database or "", isolation_level=None)
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO servers (key, settings, revision, updated_at, updated_by) "
                         "VALUES ('discord:999', '{}', 1, '2026-01-01 00:00:00', 'import')")
            writer.open = conn.in_transaction
            yield writer
        finally:
            conn.rollback()
            conn.close()
            writer.open = False
        return
    pg = await asyncpg.connect(db_url.replace("postgresql+asyncpg://", "postgresql://", 1))
    try:
        tx = pg.transaction()
        await tx.start()
        # What a long import holds, and what CLI start-up used to queue for: writes to every
        # table a check or its statistics touch, and the migration lock.
        await pg.execute("LOCK TABLE servers, facts, fact_versions, fact_asks, unmatched "
                         "IN EXCLUSIVE MODE")
        await pg.execute("SELECT pg_advisory_xact_lock($1)", MIGRATION_LOCK)
        writer.open = not pg.is_closed()
        try:
            yield writer
        finally:
            await tx.rollback()
            writer.open = False
    finally:
        await pg.close()


def ask(claim: str, server: ServerKey = SERVER_A) -> Claim:
    return Claim(text=claim, platform=server.platform, server=server.id, explicit=True)


async def opened(db_url: str, **options: float) -> Moderation:
    return await Moderation.open(db_url, packs=[bundled_facts_dir()], refresh_s=0.0,
                                 pack_poll_s=0.0, **options)


async def asks_of(db_url: str, server: ServerKey) -> dict[str, int]:
    """The ask counts stored, read by another instance (which has none of its own waiting)."""
    other = await opened(db_url)
    try:
        return {a.fact_id: a.count for a in await other.most_asked(server, limit=50)}
    finally:
        await other.close()


async def unmatched_of(db_url: str, server: ServerKey) -> dict[str, int]:
    other = await opened(db_url)
    try:
        return {u.text: u.count for u in await other.unmatched(server)}
    finally:
        await other.close()


@pytest.mark.asyncio
async def test_a_check_answers_while_another_writer_holds_the_lock(db_url: str) -> None:
    mod = await opened(db_url, stats_flush_s=0.05)
    try:
        await mod.add_fact(SERVER_B, MOD, FactInput(
            id="cheese-moon", claim="The moon is made of cheese", verdict="false",
            summary="Lunar samples are rock."))
        async with holding_write(db_url) as writer:
            matched = await asyncio.wait_for(mod.check(ask(BORDER)), GUARD_S)
            missed = await asyncio.wait_for(mod.check(ask(NOTHING)), GUARD_S)
            # Reads answer too: a server's settings, its facts, another server's base.
            settings = await asyncio.wait_for(mod.settings(SERVER_A), GUARD_S)
            facts = await asyncio.wait_for(mod.list_facts(SERVER_B), GUARD_S)
            other = await asyncio.wait_for(mod.check(ask("is the moon made of cheese",
                                                         SERVER_B)), GUARD_S)
            assert writer.open
        assert matched.matched and not missed.matched
        assert settings.threshold > 0
        assert [r.fact.id for r in facts] == ["cheese-moon"]
        assert other.primary.fact is not None and other.primary.fact.id == "cheese-moon"
        fact_id = matched.primary.fact.id  # type: ignore[union-attr]

        # Once the writer is gone the counts reach the database without anyone asking.
        for _ in range(400):
            if (await asks_of(db_url, SERVER_A)).get(fact_id) == 1:
                break
            await asyncio.sleep(0.05)
        assert (await asks_of(db_url, SERVER_A)).get(fact_id) == 1
        assert await unmatched_of(db_url, SERVER_A) == {NOTHING: 1}
    finally:
        await mod.close()


@pytest.mark.asyncio
async def test_statistics_are_batched_and_survive_a_clean_shutdown(db_url: str) -> None:
    mod = await opened(db_url, stats_flush_s=3600)
    try:
        for _ in range(3):
            reply = await mod.check(ask(BORDER))
        for _ in range(2):
            await mod.check(ask(NOTHING))
        fact_id = reply.primary.fact.id  # type: ignore[union-attr]
        # Counted in memory, not yet written: the checks did not write.
        assert await asks_of(db_url, SERVER_A) == {}
        assert await unmatched_of(db_url, SERVER_A) == {}
    finally:
        await mod.close()
    assert await asks_of(db_url, SERVER_A) == {fact_id: 3}
    assert await unmatched_of(db_url, SERVER_A) == {NOTHING: 2}


@pytest.mark.asyncio
async def test_statistics_wait_out_a_busy_database(db_url: str) -> None:
    """A flush the database refuses keeps its counts, and later ones add to them."""
    db = Database(db_url, busy_s=0.2)
    await db.upgrade()
    mod = Moderation(db, PackLibrary([bundled_facts_dir()]), refresh_s=0.0, pack_poll_s=0.0,
                     stats_flush_s=3600)
    try:
        reply = await mod.check(ask(BORDER))
        async with holding_write(db_url):
            with pytest.raises(StoreBusy):
                await mod.tally.flush()
            await mod.check(ask(BORDER))
        await mod.tally.flush()
        fact_id = reply.primary.fact.id  # type: ignore[union-attr]
        assert await asks_of(db_url, SERVER_A) == {fact_id: 2}
    finally:
        await mod.close()


@pytest.mark.asyncio
async def test_a_writer_past_the_wait_gets_a_sentence_not_database_is_locked(
        db_url: str) -> None:
    db = Database(db_url, busy_s=0.2)
    await db.upgrade()
    mod = Moderation(db, PackLibrary([bundled_facts_dir()]), refresh_s=0.0, pack_poll_s=0.0)
    try:
        async with holding_write(db_url):
            with pytest.raises(StoreBusy) as caught:
                await mod.add_fact(SERVER_A, MOD, FactInput(
                    claim="The moon is made of cheese", verdict="false",
                    summary="Lunar samples are rock."))
        # Every command and adapter shows a ModerationError's sentence as it is.
        assert isinstance(caught.value, ModerationError)
        message = str(caught.value)
        assert "busy" in message and "0.2 s" in message and "try again" in message
        assert "locked" not in message and "\n" not in message
        # Nothing was written, and once the writer is gone the same write goes through.
        assert await mod.list_facts(SERVER_A) == []
        await mod.add_fact(SERVER_A, MOD, FactInput(
            claim="The moon is made of cheese", verdict="false", summary="Lunar samples."))
        assert len(await mod.list_facts(SERVER_A)) == 1
    finally:
        await mod.close()


def factbot(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.mark.asyncio
async def test_cli_start_up_takes_no_write_lock(db_url: str) -> None:
    mod = await opened(db_url)
    try:
        await mod.update_settings(SERVER_A, MOD, threshold="0.7")
        await mod.add_fact(SERVER_A, MOD, FactInput(
            id="cheese-moon", claim="The moon is made of cheese", verdict="false",
            summary="Lunar samples are rock."))
    finally:
        await mod.close()
    async with holding_write(db_url) as writer:
        show = await asyncio.wait_for(asyncio.to_thread(
            factbot, "server", "show", "--server", str(SERVER_A), "--db", db_url), GUARD_S)
        history = await asyncio.wait_for(asyncio.to_thread(
            factbot, "facts", "history", "cheese-moon", "--server", str(SERVER_A),
            "--db", db_url), GUARD_S)
        assert writer.open
    assert show.exit_code == 0, show.output
    assert "threshold=0.7" in show.output
    assert history.exit_code == 0, history.output
    assert "v1" in history.output


@pytest.mark.asyncio
async def test_reads_run_on_connections_that_cannot_write(tmp_path: Path) -> None:
    db = Database(f"sqlite+aiosqlite:///{tmp_path / 'factbot.db'}")
    try:
        await db.upgrade()
        with pytest.raises(OperationalError, match="readonly"):
            async with db.read() as conn:
                await conn.execute(text("DELETE FROM servers"))
    finally:
        await db.close()


def bulk_csv(count: int) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "claim", "verdict", "summary"])
    for i in range(count):
        writer.writerow([f"bulk-{i}", f"Warehouse {i} holds {i * 7 + 3} crates of apples",
                         "false", f"The inventory of warehouse {i} says otherwise."])
    return out.getvalue()


@asynccontextmanager
async def failing_insert(mod: Moderation, fact_id: str) -> AsyncIterator[None]:
    """A trigger that makes the database refuse one fact's insert, as a full disk would."""
    if mod.db.dialect == "sqlite":
        create = [f"CREATE TRIGGER refuse_one BEFORE INSERT ON facts "
                  f"WHEN NEW.fact_id = '{fact_id}' "
                  f"BEGIN SELECT RAISE(ABORT, 'disk quota reached'); END"]
        drop = ["DROP TRIGGER refuse_one"]
    else:
        create = [f"CREATE FUNCTION refuse_one() RETURNS trigger AS $$ BEGIN "
                  f"IF NEW.fact_id = '{fact_id}' THEN RAISE EXCEPTION 'disk quota reached'; "
                  f"END IF; RETURN NEW; END $$ LANGUAGE plpgsql",
                  "CREATE TRIGGER refuse_one BEFORE INSERT ON facts FOR EACH ROW "
                  "EXECUTE FUNCTION refuse_one()"]
        drop = ["DROP TRIGGER refuse_one ON facts", "DROP FUNCTION refuse_one()"]
    async with mod.db.write() as conn:
        for statement in create:
            await conn.execute(text(statement))
    try:
        yield
    finally:
        async with mod.db.write() as conn:
            for statement in drop:
                await conn.execute(text(statement))


@pytest.mark.asyncio
async def test_a_failed_import_chunk_keeps_the_chunks_before_it_whole(mod: Moderation) -> None:
    mod.import_chunk = 10
    table = bulk_csv(40)
    async with failing_insert(mod, "bulk-25"):
        with pytest.raises(ImportInterrupted) as caught:
            await mod.import_facts(SERVER_A, MOD, table, "csv")
    error = caught.value
    assert error.added == tuple(f"bulk-{i}" for i in range(20)) and error.updated == ()
    assert "20 of the 40" in str(error) and "disk quota reached" in str(error)
    assert "again" in str(error)

    # The two chunks before the failing one: every fact whole, with its history.
    records = await mod.list_facts(SERVER_A)
    assert sorted(r.fact.id for r in records) == sorted(f"bulk-{i}" for i in range(20))
    assert {r.version for r in records} == {1}
    for i in (0, 19):
        (version,) = await mod.history(SERVER_A, f"bulk-{i}")
        assert version.action == "import" and version.after.claim.startswith("Warehouse")
    # Nothing of the failing chunk (bulk-20..29) nor after it; the server serves the 20.
    assert (await mod.fact_base(SERVER_A)).facts.keys() >= {f"bulk-{i}" for i in range(20)}
    assert not (await mod.fact_base(SERVER_A)).facts.keys() & {
        f"bulk-{i}" for i in range(20, 40)}

    # The same import again finishes the job.
    again = await mod.import_facts(SERVER_A, MOD, table, "csv")
    assert again.added == tuple(f"bulk-{i}" for i in range(20, 40))
    assert len(again.unchanged) == 20 and again.updated == ()
    assert len(await mod.list_facts(SERVER_A)) == 40


@pytest.mark.asyncio
async def test_an_import_lets_other_writers_in_between_chunks(mod: Moderation) -> None:
    """A moderator's edit in another server, started while an import runs, is written
    before the import ends: it is not held back for the whole import."""
    mod.import_chunk = 5
    table = bulk_csv(200)
    importing = asyncio.create_task(mod.import_facts(SERVER_A, MOD, table, "csv"))
    while not await mod.list_facts(SERVER_A):
        await asyncio.sleep(0)
    record = await mod.add_fact(SERVER_B, MOD, FactInput(
        claim="The moon is made of cheese", verdict="false", summary="Lunar samples."))
    assert not importing.done()
    assert len(await mod.list_facts(SERVER_A)) < 200
    result = await importing
    assert record.version == 1 and len(result.added) == 200


@pytest.mark.asyncio
async def test_a_moderator_writes_while_another_process_imports(mod: Moderation, db_url: str,
                                                                tmp_path: Path) -> None:
    """`facts import` in a process of its own, as an operator runs it beside the bot: a
    moderator's edit in another server is written while the import is still going."""
    path = tmp_path / "facts.csv"
    path.write_text(bulk_csv(3000), encoding="utf-8")
    importing = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.cli.main", "facts", "import", str(path), "--server",
        str(SERVER_A), "--db", db_url, cwd=Path(__file__).resolve().parent.parent,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    try:
        while not await mod.list_facts(SERVER_A):
            assert importing.returncode is None, await importing.communicate()
            await asyncio.sleep(0.01)
        record = await mod.add_fact(SERVER_B, MOD, FactInput(
            claim="The moon is made of cheese", verdict="false", summary="Lunar samples."))
        # Read after the edit was written: the import had not finished by then.
        assert len(await mod.list_facts(SERVER_A)) < 3000
        assert record.version == 1
    finally:
        out, err = await importing.communicate()
    assert importing.returncode == 0, err.decode()
    assert "3000 added" in out.decode()
    assert len(await mod.list_facts(SERVER_A)) == 3000
