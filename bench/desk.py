"""The moderators' desk under a full queue: page times over HTTP on loopback, SQLite store.

Fills a fresh SQLite store with --unmatched unmatched claims and --facts facts of the server's
own, and --check-rows rows of check statistics over 90 days (each a day, channel, verdict and
fact; with --votes feedback votes), written straight into the tables as years of use would
leave them; serves the desk (`bot.web.build_app`) on 127.0.0.1, signs a moderator in by a
session row, and times each page --repeat times from request to the last byte. Target: queue
pages of 10,000 items in under 300 ms (paged, 50 a page); the other pages are timed alike.

    .venv/bin/python bench/desk.py [--unmatched 10000] [--facts 2000] [--check-rows 100000]
        [--votes 10000] [--repeat 20] [--out bench/results/desk.md]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp
from aiohttp import web
from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("FACTBOT_MATCHER", "lexical")

from bench.common import percentile
from bot.chat.observe import ObservedDesk
from bot.core.models import Fact, Source, Verdict
from bot.core.normalise import normalise
from bot.moderation import Moderation, ServerKey, stats_store
from bot.store import repo
from bot.store.cipher import TokenCipher, new_key
from bot.store.codec import fact_to_data
from bot.store.schema import FeedbackRow, UnmatchedRow, table
from bot.web.app import COOKIE, build_app
from bot.web.config import DeskConfig, ProviderApp
from bot.web.sessions import ServerAccess, create_session

SERVER = ServerKey("discord", "1")
WORDS = ("harbour", "tariff", "border", "pipeline", "summit", "rouble", "treaty", "wheat",
         "reactor", "garrison", "election", "satellite")


def claim(n: int) -> str:
    a, b, c = WORDS[n % 12], WORDS[(n // 12) % 12], WORDS[(n // 144) % 12]
    return f"the {a} {b} {c} figure number {n} doubled last year"


async def fill(mod: Moderation, unmatched: int, facts: int) -> None:
    now = datetime.now(UTC)
    key = str(SERVER)
    async with mod.db.write() as conn:
        await repo.ensure_server(conn, key)
        rows = [{"server": key, "normalised": normalise(claim(n))[:500], "text": claim(n),
                 "count": 1 + n % 17, "first_asked": now - timedelta(days=n % 90),
                 "last_asked": now - timedelta(minutes=n), "fact_id": None}
                for n in range(unmatched)]
        if rows:
            await conn.execute(table(UnmatchedRow).insert(), rows)
        for n in range(facts):
            fact = Fact(f"own-fact-{n}", f"Own claim {n} about the {WORDS[n % 12]}",
                        (Verdict.TRUE, Verdict.FALSE, Verdict.MISLEADING)[n % 3],
                        "A summary.", Source("A source"), tags=(WORDS[n % 12],), pack=key)
            await repo.write_fact(conn, key, fact.id, expected_version=0,
                                  data=fact_to_data(fact), retired=False, action="add",
                                  actor=("cli", "bench", ""), before=None)


async def fill_statistics(mod: Moderation, rows: int, votes: int,
                          facts: int) -> tuple[int, int]:
    """`rows` counts of checks (each a day, channel, verdict and fact) spread over 90 days, 20
    channels, six verdicts and the facts, and `votes` feedback votes over the same days;
    returns the rows stored by (day, channel, verdict) and by (day, fact)."""
    today = datetime.now(UTC).date()
    verdicts = ("true", "false", "misleading", "unproven", "context", "no_match")
    counted = []
    for n in range(rows):
        verdict = verdicts[(n // 1800) % 6]
        fact = None if verdict == "no_match" else f"own-fact-{(n * 7) % max(1, facts)}"
        counted.append((stats_store.check_key(SERVER, today - timedelta(days=n % 90),
                                              f"channel-{(n // 90) % 20}", verdict, fact),
                        1 + n % 9))
    now = datetime.now(UTC)
    ballots = [{"server": str(SERVER), "fact_id": f"own-fact-{n % max(1, facts)}",
                "voter": f"discord:{n}", "reply_id": str(n), "helpful": n % 3 != 0,
                "at": now - timedelta(hours=n % (90 * 24))} for n in range(votes)]
    for start in range(0, len(counted), 20_000):
        async with mod.db.write() as conn:
            await stats_store.write_checks(conn, counted[start:start + 20_000])
    if ballots:
        async with mod.db.write() as conn:
            await conn.execute(table(FeedbackRow).insert(), ballots)
    async with mod.db.read() as conn:
        stored = [int((await conn.execute(select(func.count()).select_from(t))).scalar_one())
                  for t in (stats_store.check_days, stats_store.fact_days)]
    return stored[0], stored[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def main(args: argparse.Namespace) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        mod = await Moderation.open(f"sqlite+aiosqlite:///{tmp}/factbot.db", data_dir=Path(tmp))
        try:
            started = time.perf_counter()
            await fill(mod, args.unmatched, args.facts)
            by_channel, by_fact = await fill_statistics(mod, args.check_rows, args.votes,
                                                        args.facts)
            filled = time.perf_counter() - started
            port = free_port()
            cipher = TokenCipher((new_key(),))
            config = DeskConfig(f"http://127.0.0.1:{port}",
                                (ProviderApp("discord", "id", "secret", "http://127.0.0.1:1"),),
                                recheck_seconds=3600, cipher=cipher)
            runner = web.AppRunner(build_app(ObservedDesk(mod), mod.db, config), access_log=None)
            await runner.setup()
            await web.TCPSite(runner, "127.0.0.1", port).start()
            token = await create_session(
                mod.db, cipher, platform="discord", user_id="42", display="Bench", team_id="",
                access_token="unused", servers=[ServerAccess(str(SERVER), "Bench", True)],
                hours=1)
            last = (args.unmatched + 49) // 50
            pages = [("unmatched, page 1", "/unmatched"),
                     (f"unmatched, page {last // 2}", f"/unmatched?page={last // 2}"),
                     (f"unmatched, page {last} (last)", f"/unmatched?page={last}"),
                     ("facts, page 1", "/facts"),
                     ("facts, search + verdict", "/facts?q=harbour&verdict=false"),
                     ("facts, tag + origin, page 3", "/facts?tag=wheat&origin=server&page=3"),
                     ("one fact (edit form)", "/facts/own-fact-7"),
                     ("what is being asked, 7 days", "/stats?days=7"),
                     ("what is being asked, 90 days", "/stats?days=90"),
                     ("most asked facts CSV, 90 days", "/stats/facts.csv?days=90"),
                     ("settings", "/settings"),
                     (f"export CSV ({args.facts:,} facts)", "/transfer/export?format=csv")]
            lines = [f"Store: SQLite, {args.unmatched:,} unmatched claims, {args.facts:,} "
                     f"facts of the server's own, {args.check_rows:,} counts of checks over "
                     f"90 days (each a day, channel, verdict and fact; stored as "
                     f"{by_channel:,} rows by channel and verdict and {by_fact:,} by fact) "
                     f"and {args.votes:,} feedback votes (filled in {filled:.1f} s); 50 "
                     f"items a page; {args.repeat} requests each after one warm-up.", "",
                     "| page | median ms | p95 ms | max ms |", "|---|---:|---:|---:|"]
            async with aiohttp.ClientSession(cookies={COOKIE: token}) as http:
                for label, path in pages:
                    url = f"http://127.0.0.1:{port}/s/{SERVER}{path}"
                    times = []
                    for i in range(args.repeat + 1):
                        t0 = time.perf_counter()
                        async with http.get(url) as r:
                            await r.read()
                            assert r.status == 200, (url, r.status)
                        if i:
                            times.append((time.perf_counter() - t0) * 1000)
                    lines.append(f"| {label} | {statistics.median(times):.1f} | "
                                 f"{percentile(times, 95):.1f} | {max(times):.1f} |")
            await runner.cleanup()
        finally:
            await mod.close()
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unmatched", type=int, default=10_000)
    parser.add_argument("--facts", type=int, default=2_000)
    parser.add_argument("--check-rows", type=int, default=100_000)
    parser.add_argument("--votes", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--out", type=Path, default=None)
    arguments = parser.parse_args()
    table_text = asyncio.run(main(arguments))
    print(table_text)
    if arguments.out:
        arguments.out.write_text("# The desk's pages under a full queue\n\n" + table_text,
                                 "utf-8")
