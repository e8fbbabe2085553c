"""Checks in other servers while a 10,000-fact import writes to the same store.

One process serves checks the way the bot does (one `Moderation`, explicit claims in eight
servers that are not the one importing, one claim after another per member, four members at
once), and a moderator there adds a fact in another server every second. The import is the
real command, `python -m bot.cli.main facts import FILE --server discord:1`, in a process of its
own, as an operator would run it beside the bot. Side by side in the same process: the same
checks with no import running (baseline), then during the import. Also timed: the CLI's
`server show` (a process start-up and a read) in each phase. After both phases the bot's
store is closed and the statistics it recorded are counted against the checks it answered.

SQLite in a fresh file, and PostgreSQL in a database made for the run when the server at
--postgres answers (`--postgres none` skips it).

    .venv/bin/python bench/store_load.py [--facts 10000] [--baseline-s 10]
        [--postgres postgresql://postgres@127.0.0.1:5432/postgres]
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import io
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.common import median, percentile, table  # noqa: E402
from bot.core.models import Claim  # noqa: E402
from bot.moderation import Actor, FactInput, Moderation, ServerKey  # noqa: E402

IMPORTING = ServerKey("discord", "1")
SERVERS = [ServerKey("discord", str(n)) for n in range(2, 10)]
MODERATOR_SERVER = ServerKey("discord", "10")
MEMBERS = 4
MEMBER_PAUSE_S = 0.02
MODERATOR_PAUSE_S = 1.0
SHOW_PAUSE_S = 2.0
BENCH = Actor("cli", "bench", "bench")
TARGET_P99_MS = 250


@dataclass
class Phase:
    """What one phase measured."""

    name: str
    checks: list[float] = field(default_factory=list)     # seconds each
    matched: int = 0
    unmatched: int = 0
    writes: list[float] = field(default_factory=list)
    write_errors: list[str] = field(default_factory=list)
    server_show: list[float] = field(default_factory=list)
    import_s: float | None = None
    import_output: str = ""


def claims() -> list[str]:
    """Claims the bundled pack knows, alternating with chat it does not."""
    known = [json.loads(line)["text"] for line in
             (REPO / "tests/data/article_claims.jsonl").read_text("utf-8").splitlines()]
    chatter = (REPO / "tests/data/offtopic.txt").read_text("utf-8").splitlines()
    return [c for pair in zip(known, itertools.cycle(chatter)) for c in pair]


def import_table(count: int) -> str:
    """`count` distinct facts as the CSV `factbot facts export --format csv` writes."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "claim", "verdict", "summary", "source_title", "tags"])
    for i in range(count):
        writer.writerow([f"stock-{i}", f"Warehouse {i} in district {i % 97} holds "
                         f"{i * 7 + 3} crates of apples", ("true", "false", "misleading")[i % 3],
                         f"The inventory of warehouse {i} for {2000 + i % 25} says otherwise.",
                         "City inventory", '["inventory"]'])
    return out.getvalue()


def cli(*args: str, url: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot.cli.main", *args, "--db", url],
                          capture_output=True, text=True, cwd=REPO, env=_env(), check=False)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


async def member(mod: Moderation, texts: list[str], start: int, phase: Phase,
                 stop: asyncio.Event) -> None:
    for n in itertools.count(start):
        if stop.is_set():
            return
        server = SERVERS[n % len(SERVERS)]
        claim = Claim(texts[n % len(texts)], platform=server.platform, server=server.id,
                      explicit=True)
        began = time.perf_counter()
        reply = await mod.check(claim)
        phase.checks.append(time.perf_counter() - began)
        if reply.matched:
            phase.matched += 1
        else:
            phase.unmatched += 1
        await asyncio.sleep(MEMBER_PAUSE_S)


async def moderator(mod: Moderation, phase: Phase, stop: asyncio.Event) -> None:
    for n in itertools.count():
        if stop.is_set():
            return
        began = time.perf_counter()
        try:
            await mod.add_fact(MODERATOR_SERVER, BENCH, FactInput(
                claim=f"The {phase.name} bench fact number {n} is made up", verdict="false",
                summary="A fact the benchmark adds while it measures."))
        except Exception as exc:  # the figure to report is the failure itself
            phase.write_errors.append(str(exc).splitlines()[0])
        phase.writes.append(time.perf_counter() - began)
        await asyncio.sleep(MODERATOR_PAUSE_S)


async def server_show(url: str, phase: Phase, stop: asyncio.Event) -> None:
    while not stop.is_set():
        began = time.perf_counter()
        done = await asyncio.to_thread(cli, "server", "show", "--server", str(SERVERS[0]),
                                       url=url)
        if done.returncode != 0:
            phase.write_errors.append("server show: " + done.stderr.strip().splitlines()[-1])
        phase.server_show.append(time.perf_counter() - began)
        await asyncio.sleep(SHOW_PAUSE_S)


async def run_phase(mod: Moderation, url: str, phase: Phase, *, seconds: float | None,
                    import_file: Path | None, members: int) -> None:
    stop = asyncio.Event()
    texts = claims()
    tasks = [asyncio.create_task(member(mod, texts, i * 97, phase, stop))
             for i in range(members)]
    tasks.append(asyncio.create_task(moderator(mod, phase, stop)))
    tasks.append(asyncio.create_task(server_show(url, phase, stop)))
    began = time.perf_counter()
    if import_file is None:
        await asyncio.sleep(seconds or 0)
    else:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot.cli.main", "facts", "import", str(import_file),
            "--server", str(IMPORTING), "--db", url, "--as", "bench", cwd=REPO, env=_env(),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
        out, _ = await proc.communicate()
        phase.import_s = time.perf_counter() - began
        phase.import_output = out.decode().strip().splitlines()[-1] if out.strip() else ""
        if proc.returncode != 0:
            phase.import_output = f"exit {proc.returncode}: {phase.import_output}"
    stop.set()
    await asyncio.gather(*tasks)


async def recorded(url: str) -> tuple[int, int]:
    """(asks, unmatched asks) the store holds for the checked servers."""
    mod = await Moderation.open(url)
    try:
        asks = unmatched = 0
        for server in SERVERS:
            asks += sum(a.count for a in await mod.most_asked(server, limit=10_000))
            unmatched += sum(u.count for u in await mod.unmatched(server, limit=10_000))
        return asks, unmatched
    finally:
        await mod.close()


async def bench_backend(url: str, import_file: Path, baseline_s: float,
                        members: int) -> list[Phase]:
    mod = await Moderation.open(url)
    phases = [Phase("baseline"), Phase("import")]
    try:
        for server in SERVERS:   # every server's base built before timing starts
            await mod.check(Claim("warm up", platform=server.platform, server=server.id,
                                  explicit=False))
        await run_phase(mod, url, phases[0], seconds=baseline_s, import_file=None,
                        members=members)
        await run_phase(mod, url, phases[1], seconds=None, import_file=import_file,
                        members=members)
    finally:
        await mod.close()
    asks, unmatched = await recorded(url)
    answered = sum(p.matched for p in phases), sum(p.unmatched for p in phases)
    print(f"  statistics recorded after a clean close: {asks} asks for {answered[0]} matched "
          f"checks (a check may match several facts), {unmatched} unmatched for "
          f"{answered[1]} unmatched checks", flush=True)
    return phases


def pg_database(admin: str) -> str | None:
    """A fresh database on the PostgreSQL server at `admin`; None when it does not answer."""
    try:
        import asyncpg
    except ImportError:
        return None
    name = f"factbot_store_load_{uuid.uuid4().hex[:8]}"

    async def create() -> None:
        conn = await asyncpg.connect(admin, timeout=5)
        try:
            await conn.execute(f'CREATE DATABASE "{name}"')
        finally:
            await conn.close()
    try:
        asyncio.run(create())
    except (OSError, asyncpg.PostgresError, TimeoutError):
        return None
    return admin.rsplit("/", 1)[0] + "/" + name


def drop_pg_database(admin: str, url: str) -> None:
    import asyncpg

    async def drop() -> None:
        conn = await asyncpg.connect(admin)
        try:
            await conn.execute(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')
        finally:
            await conn.close()
    asyncio.run(drop())


def ms(values: list[float], pct: float | None = None) -> str:
    if not values:
        return "-"
    value = median(values) if pct is None else percentile(values, pct)
    return f"{value * 1000:.0f}"


def rows_of(backend: str, phases: list[Phase]) -> list[list[object]]:
    rows: list[list[object]] = []
    for p in phases:
        rows.append([backend, p.name, len(p.checks), ms(p.checks), ms(p.checks, 99),
                     ms(p.checks, 100), f"{len(p.writes)} ({len(p.write_errors)} failed)",
                     ms(p.writes), ms(p.writes, 100),
                     f"{median(p.server_show):.2f}" if p.server_show else "-",
                     f"{p.import_s:.1f}" if p.import_s is not None else "-"])
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--facts", type=int, default=10_000)
    parser.add_argument("--baseline-s", type=float, default=10.0)
    parser.add_argument("--members", type=int, default=MEMBERS,
                        help="Members checking at once, each one claim after another.")
    parser.add_argument("--matcher", choices=["lexical", "semantic", "auto"], default="lexical",
                        help="The matcher of the bot and of the import (default: lexical, "
                             "so that the figures are the store's, not the encoder's).")
    parser.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432/postgres",
                        help="Admin URL of a PostgreSQL server, or 'none'.")
    args = parser.parse_args()
    os.environ["FACTBOT_MATCHER"] = args.matcher   # this process's store and the commands'
    load_before = os.getloadavg()[0]

    rows: list[list[object]] = []
    notes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="factbot-store-load-") as tmp:
        import_file = Path(tmp) / "facts.csv"
        import_file.write_text(import_table(args.facts), encoding="utf-8")
        backends = [("SQLite", f"sqlite+aiosqlite:///{Path(tmp) / 'factbot.db'}", None)]
        if args.postgres != "none":
            made = pg_database(args.postgres)
            if made is None:
                notes.append(f"PostgreSQL at {args.postgres} did not answer: not measured.")
            else:
                backends.append(("PostgreSQL", made.replace("postgresql://",
                                                             "postgresql+asyncpg://", 1), made))
        for name, url, pg in backends:
            print(f"{name}: {args.baseline_s:g} s of checks, then checks during a "
                  f"{args.facts:,}-fact import", flush=True)
            try:
                phases = asyncio.run(bench_backend(url, import_file, args.baseline_s,
                                                   args.members))
            finally:
                if pg is not None:
                    drop_pg_database(args.postgres, pg)
            rows += rows_of(name, phases)
            for p in phases:
                if p.import_output:
                    notes.append(f"{name} import: {p.import_output}")
                for error in sorted(set(p.write_errors)):
                    notes.append(f"{name} {p.name}: {error}")
    print()
    print(f"{os.cpu_count()} CPUs, load average {load_before:.1f} at the start and "
          f"{os.getloadavg()[0]:.1f} at the end; {args.matcher} matcher; {args.members} members "
          f"checking explicit claims in {len(SERVERS)} other servers, "
          f"{MEMBER_PAUSE_S * 1000:.0f} ms apart each; a "
          f"moderator adding a fact every {MODERATOR_PAUSE_S:g} s; `server show` every "
          f"{SHOW_PAUSE_S:g} s after the last; target: check p99 under "
          f"{TARGET_P99_MS} ms during the import on SQLite")
    print()
    print(table(["backend", "phase", "checks", "check p50 ms", "check p99 ms", "check max ms",
                 "moderator adds", "add p50 ms", "add max ms", "server show s (median)",
                 "import s"], rows))
    for note in notes:
        print(f"\n{note}")


if __name__ == "__main__":
    main()
