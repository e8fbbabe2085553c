"""A process killed in the middle of a write leaves the store as it was before the write."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from store_support import MOD, SERVER_A

from bot.moderation import FactInput, Moderation

pytest_plugins = ["store_fixtures"]

REPO = Path(__file__).resolve().parent.parent

# The child opens the store and starts a write. A listener on the engine's commit event (it
# fires just before COMMIT is sent) announces the moment and stalls, so the parent can kill the
# child with everything written but not committed.
CHILD = textwrap.dedent("""
    import asyncio, sys, time
    from sqlalchemy import event
    from bot.moderation import Actor, ExportFormat, Moderation, ServerKey

    url, operation, packs = sys.argv[1], sys.argv[2], sys.argv[3]
    server, actor = ServerKey("discord", "111"), Actor("discord", "9", "crasher")

    commits = []

    def stall(conn):
        if not conn.get_execution_options().get("factbot_write"):
            return  # a read's commit (PostgreSQL reads on the same engine)
        commits.append(1)
        if operation == "import-chunks" and len(commits) == 1:
            return  # the first chunk commits; the second is killed in its commit
        print("COMMITTING", flush=True)
        time.sleep(120)

    async def main():
        mod = await Moderation.open(url, packs=[packs])
        event.listen(mod.db.engine.sync_engine, "commit", stall)
        if operation == "edit":
            await mod.edit_fact(server, actor, "moon", {"summary": "half-written edit"})
        elif operation in ("import", "import-chunks"):
            mod.import_chunk = 100
            rows = ["id,claim,verdict,summary"] + [
                f"bulk-{i},Bulk claim number {i} about things,true,Summary {i}."
                for i in range(300)]
            await mod.import_facts(server, actor, "\\n".join(rows) + "\\n", ExportFormat.CSV)
        elif operation == "loop":
            event.remove(mod.db.engine.sync_engine, "commit", stall)
            version = 1
            while True:
                record = await mod.edit_fact(server, actor, "moon",
                                             {"summary": f"edit {version}"}, version)
                version = record.version
                print(version, flush=True)

    asyncio.run(main())
""")


def _run_child(url: str, operation: str, packs: Path, *, kill_after_lines: int = 1) -> str:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, url, operation, str(packs)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert child.stdout is not None
    last = ""
    deadline = time.monotonic() + 60
    for _ in range(kill_after_lines):
        last = child.stdout.readline().strip()
        if not last or time.monotonic() > deadline:
            break
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    if not last:
        pytest.fail("the child never reached its write: " + (child.stderr.read() if
                                                              child.stderr else ""))
    return last


async def _seed(url: str, packs: Path) -> None:
    mod = await Moderation.open(url, packs=[packs])
    try:
        await mod.add_fact(SERVER_A, MOD, FactInput(
            id="moon", claim="The moon is made of green cheese", verdict="false",
            summary="It is rock."))
    finally:
        await mod.close()


@pytest.mark.asyncio
@pytest.mark.parametrize("operation", ["edit", "import"])
async def test_kill_before_commit_keeps_previous_state(db_url: str, packs_dir: Path,
                                                       operation: str) -> None:
    await _seed(db_url, packs_dir)
    assert _run_child(db_url, operation, packs_dir) == "COMMITTING"
    mod = await Moderation.open(db_url, packs=[packs_dir])
    try:
        record = await mod.get_fact(SERVER_A, "moon")
        assert record.version == 1 and record.fact.summary == "It is rock."
        assert [r.fact.id for r in await mod.list_facts(SERVER_A)] == ["moon"]
        assert len(await mod.history(SERVER_A, "moon")) == 1
        # The store is usable at once: the killed writer's locks are gone.
        edited = await mod.edit_fact(SERVER_A, MOD, "moon", {"summary": "After the crash."}, 1)
        assert edited.version == 2
    finally:
        await mod.close()


@pytest.mark.asyncio
async def test_kill_during_an_import_keeps_the_chunks_committed_before(
        db_url: str, packs_dir: Path) -> None:
    await _seed(db_url, packs_dir)
    assert _run_child(db_url, "import-chunks", packs_dir) == "COMMITTING"
    mod = await Moderation.open(db_url, packs=[packs_dir])
    try:
        records = await mod.list_facts(SERVER_A)
        assert sorted(r.fact.id for r in records) == sorted(
            ["moon", *(f"bulk-{i}" for i in range(100))])
        for i in (0, 99):
            (version,) = await mod.history(SERVER_A, f"bulk-{i}")
            assert version.action == "import" and version.after.summary == f"Summary {i}."
        assert (await mod.get_fact(SERVER_A, "moon")).version == 1
    finally:
        await mod.close()


@pytest.mark.asyncio
async def test_kill_during_a_stream_of_writes(db_url: str, packs_dir: Path) -> None:
    await _seed(db_url, packs_dir)
    last = int(_run_child(db_url, "loop", packs_dir, kill_after_lines=25))
    mod = await Moderation.open(db_url, packs=[packs_dir])
    try:
        record = await mod.get_fact(SERVER_A, "moon")
        history = await mod.history(SERVER_A, "moon")
        # Every committed edit is there (and at most the one in flight besides), in order,
        # and the current fact is exactly its newest version.
        assert record.version in (last, last + 1)
        assert [v.version for v in history] == list(range(1, record.version + 1))
        assert history[-1].after == record.fact
        assert record.fact.summary == f"edit {record.version - 1}"
    finally:
        await mod.close()
