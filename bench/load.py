"""Load test: many concurrent claims through a real `factbot run` process, on loopback only.

Slack: signed /factcheck requests to the HTTP endpoint (`slack.mode = "http"`); a claim's
latency runs from sending the request to the reply arriving at its response_url.
Discord: /factcheck interactions pushed through the local fake gateway of the test suite
(tests/discord_fake.py) to the real discord.py client; latency runs from dispatching the
interaction to the bot's interaction callback.

Each platform runs in its own factbot process with the store in a fresh SQLite file, the
structured logs on, and the metrics read back from its ops port afterwards: "check ms" is the
mean of factbot_match_latency_seconds, the time inside the store-backed check (matching plus
the store's reads and writes, and waiting for them under load). Bounded: at most
--claims claims per platform and --time-limit seconds of sending.

    .venv/bin/python bench/load.py [--claims 500] [--concurrency 50] [--only slack|discord]
        [--postgres postgresql://postgres@127.0.0.1:5432/postgres] [--slack-instances 2]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import aiohttp
from aiohttp import web
from prometheus_client.parser import text_string_to_metric_families
from slack_sdk.signature import SignatureVerifier

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from discord_fake import FakeDiscord, option, slash  # noqa: E402
from slack_mock import FORM, SIGNING_SECRET, MockSlackAPI, slash_command  # noqa: E402

FACTBOT = Path(sys.executable).with_name("factbot")
REPLY_TIMEOUT = 30.0
START_TIMEOUT = 60.0

# A factbot process whose discord.py talks to the fake Discord at argv[1] (REST) and argv[2]
# (gateway): the same two seams the test suite uses, nothing else changed.
DISCORD_BOOT = """
import sys, yarl, discord.http, discord.gateway
discord.http.Route.BASE = sys.argv[1]
discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(sys.argv[2])
from bot.cli.main import main
main(["run"], prog_name="factbot")
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def claims(count: int) -> list[str]:
    """Claims the fact base knows, alternating with chat it does not, as a channel mixes them."""
    known = [json.loads(line)["text"] for line in
             (REPO / "tests/data/article_claims.jsonl").read_text("utf-8").splitlines()]
    chatter = (REPO / "tests/data/offtopic.txt").read_text("utf-8").splitlines()
    mixed = (c for pair in zip(itertools.cycle(known), itertools.cycle(chatter)) for c in pair)
    return list(itertools.islice(mixed, count))


@dataclass
class Result:
    platform: str
    concurrency: int
    latencies: list[float] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    sent: int = 0
    match_ms: float | None = None

    def error(self, kind: str) -> None:
        self.errors[kind] = self.errors.get(kind, 0) + 1


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def drive(texts: list[str], concurrency: int, time_limit: float,
                one: Callable[[int, str], Awaitable[float | str]], result: Result) -> None:
    """Send every text with at most `concurrency` in flight; `one` returns seconds or an error."""
    gate = asyncio.Semaphore(concurrency)
    deadline = time.monotonic() + time_limit

    async def send(i: int, text: str) -> None:
        async with gate:
            if time.monotonic() > deadline:
                return
            result.sent += 1
            try:
                outcome = await asyncio.wait_for(one(i, text), REPLY_TIMEOUT)
            except TimeoutError:
                outcome = "timeout"
            except aiohttp.ClientError as exc:
                outcome = type(exc).__name__
            if isinstance(outcome, str):
                result.error(outcome)
            else:
                result.latencies.append(outcome)

    start = time.perf_counter()
    await asyncio.gather(*(send(i, t) for i, t in enumerate(texts)))
    result.seconds = time.perf_counter() - start


class Instance:
    """One `factbot run` process; its log goes to a file, its ops port is known."""

    def __init__(self, argv: list[str], env: dict[str, str], workdir: Path) -> None:
        self.ops_port = free_port()
        self.log_path = workdir / "factbot.log"
        full = {**os.environ, **env, "FACTBOT_OPS_PORT": str(self.ops_port),
                "FACTBOT_DATA_DIR": str(workdir / "data")}
        full.pop("FACTBOT_CONFIG", None)
        with self.log_path.open("wb") as log:
            self.proc = subprocess.Popen(argv, env=full, cwd=workdir, stdin=subprocess.DEVNULL,
                                         stdout=log, stderr=subprocess.STDOUT)

    async def ready(self, session: aiohttp.ClientSession) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("factbot exited:\n" + self.log_path.read_text("utf-8")[-3000:])
            try:
                async with session.get(f"http://127.0.0.1:{self.ops_port}/readyz") as r:
                    if r.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.2)
        raise RuntimeError("factbot not ready:\n" + self.log_path.read_text("utf-8")[-3000:])

    async def mean_match_ms(self, session: aiohttp.ClientSession, platform: str) -> float | None:
        async with session.get(f"http://127.0.0.1:{self.ops_port}/metrics") as r:
            text = await r.text()
        values = {s.name: s.value for f in text_string_to_metric_families(text)
                  for s in f.samples if s.labels.get("platform") == platform
                  and s.name.startswith("factbot_match_latency_seconds_")}
        count = values.get("factbot_match_latency_seconds_count")
        return 1000 * values["factbot_match_latency_seconds_sum"] / count if count else None

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


async def bench_slack(texts: list[str], concurrency: int, time_limit: float, *,
                      database_url: str | None = None, instances: int = 1) -> Result:
    result = Result("slack" if instances == 1 else f"slack x{instances}", concurrency)
    api = MockSlackAPI().start()
    replies: dict[str, asyncio.Future[float]] = {}
    loop = asyncio.get_running_loop()

    async def on_reply(request: web.Request) -> web.Response:
        arrived = time.perf_counter()
        await request.read()
        future = replies.get(request.match_info["id"])
        if future is not None and not future.done():
            future.set_result(arrived)
        return web.json_response({"ok": True})

    receiver = web.Application()
    receiver.router.add_post("/r/{id}", on_reply)
    runner = web.AppRunner(receiver, access_log=None)
    await runner.setup()
    reply_port = free_port()
    await web.TCPSite(runner, "127.0.0.1", reply_port).start()
    ports = [free_port() for _ in range(instances)]
    with tempfile.TemporaryDirectory(prefix="factbot-load-") as tmp:
        started = []
        for n, port in enumerate(ports):
            workdir = Path(tmp) / str(n)
            workdir.mkdir()
            env = {"FACTBOT_RUN_ADAPTERS": "slack", "FACTBOT_SLACK_MODE": "http",
                   "FACTBOT_SLACK_PORT": str(port), "FACTBOT_SLACK_API_URL": api.base_url,
                   "SLACK_BOT_TOKEN": "xoxb-load-test", "SLACK_SIGNING_SECRET": SIGNING_SECRET}
            if database_url:
                env["FACTBOT_DATABASE_URL"] = database_url
            started.append(Instance([str(FACTBOT), "run"], env, workdir))
        verifier = SignatureVerifier(SIGNING_SECRET)
        # Round robin over the instances, as a load balancer in front of them would.
        urls = [f"http://127.0.0.1:{port}/slack/events" for port in ports]
        try:
            async with aiohttp.ClientSession(
                    connector=aiohttp.TCPConnector(limit=concurrency)) as session:
                for instance in started:
                    await instance.ready(session)

                async def one(i: int, text: str) -> float | str:
                    url = urls[i % len(urls)]
                    key = str(i)
                    replies[key] = loop.create_future()
                    body = slash_command(text, f"http://127.0.0.1:{reply_port}/r/{key}")
                    ts = str(int(time.time()))
                    headers = {"Content-Type": FORM, "X-Slack-Request-Timestamp": ts,
                               "X-Slack-Signature": verifier.generate_signature(
                                   timestamp=ts, body=body)}
                    start = time.perf_counter()
                    async with session.post(url, data=body.encode(), headers=headers) as r:
                        await r.read()
                        if r.status != 200:
                            return f"http_{r.status}"
                    return await replies[key] - start

                await drive(texts, concurrency, time_limit, one, result)
                means = [await i.mean_match_ms(session, "slack") for i in started]
                known = [m for m in means if m is not None]
                result.match_ms = statistics.mean(known) if known else None
        finally:
            for instance in started:
                instance.stop()
            await runner.cleanup()
            api.stop()
    return result


@dataclass
class TimedFake(FakeDiscord):
    """The test suite's fake Discord, noting when each interaction's callback arrives."""

    answered: dict[str, asyncio.Future[tuple[float, int]]] = field(default_factory=dict)

    def _callback(self, interaction_id: str, body: Any) -> web.Response:
        future = self.answered.get(interaction_id)
        if future is not None and not future.done():
            future.set_result((time.perf_counter(), int(body["type"])))
        return super()._callback(interaction_id, body)


async def bench_discord(texts: list[str], concurrency: int, time_limit: float, *,
                        database_url: str | None = None) -> Result:
    result = Result("discord", concurrency)
    fake = await TimedFake().start()
    loop = asyncio.get_running_loop()
    with tempfile.TemporaryDirectory(prefix="factbot-load-") as tmp:
        env = {"FACTBOT_RUN_ADAPTERS": "discord", "DISCORD_TOKEN": "load.test.token"}
        if database_url:
            env["FACTBOT_DATABASE_URL"] = database_url
        instance = Instance([sys.executable, "-c", DISCORD_BOOT, fake.api_base, fake.ws_url],
                            env, Path(tmp))
        try:
            async with aiohttp.ClientSession() as session:
                await instance.ready(session)

                async def one(i: int, text: str) -> float | str:
                    interaction = slash("factcheck", [option("claim", text)])
                    answered = fake.answered[interaction["id"]] = loop.create_future()
                    start = time.perf_counter()
                    await fake.dispatch("INTERACTION_CREATE", interaction)
                    arrived, kind = await answered
                    return arrived - start if kind == 4 else f"callback_type_{kind}"

                await drive(texts, concurrency, time_limit, one, result)
                result.match_ms = await instance.mean_match_ms(session, "discord")
        finally:
            instance.stop()
            await fake.stop()
    return result


@asynccontextmanager
async def fresh_database(admin_url: str | None) -> AsyncIterator[str | None]:
    """A database created for this run on the local PostgreSQL server, dropped afterwards."""
    if admin_url is None:
        yield None
        return
    import asyncpg

    name = f"factbot_load_{os.getpid()}"
    host = urlsplit(admin_url).hostname
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit("--postgres must name a server on this machine (loopback only)")
    conn = await asyncpg.connect(admin_url)
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
        yield urlunsplit(urlsplit(admin_url)._replace(path=f"/{name}"))
    finally:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await conn.close()


def table(results: list[Result]) -> str:
    head = ("platform", "claims", "in flight", "seconds", "claims/s", "p50 ms", "p90 ms",
            "p99 ms", "max ms", "check ms", "errors")
    rows = [head]
    for r in results:
        ok = r.latencies
        ms = [1000 * x for x in ok]
        rows.append((
            r.platform, str(r.sent), str(r.concurrency), f"{r.seconds:.1f}",
            f"{len(ok) / r.seconds:.0f}" if r.seconds else "-",
            f"{percentile(ms, 0.5):.1f}", f"{percentile(ms, 0.9):.1f}",
            f"{percentile(ms, 0.99):.1f}", f"{max(ms, default=float('nan')):.1f}",
            f"{r.match_ms:.2f}" if r.match_ms is not None else "-",
            ", ".join(f"{k}: {v}" for k, v in sorted(r.errors.items())) or "0"))
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
             for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=500, help="claims per platform (max 5000)")
    parser.add_argument("--concurrency", type=int, default=50, help="claims in flight (max 500)")
    parser.add_argument("--time-limit", type=float, default=120.0,
                        help="stop sending after this many seconds per platform (max 600)")
    parser.add_argument("--only", choices=["slack", "discord"], default=None)
    parser.add_argument("--postgres", metavar="ADMIN_URL", default=None,
                        help="use a fresh database on this local PostgreSQL server instead of "
                             "SQLite, e.g. postgresql://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--slack-instances", type=int, default=1,
                        help="Slack HTTP instances behind a round-robin balancer (max 8); "
                             "more than one needs --postgres")
    args = parser.parse_args()
    instances = max(1, min(args.slack_instances, 8))
    if instances > 1 and not args.postgres:
        parser.error("--slack-instances above 1 needs --postgres: instances share one database")
    count = max(1, min(args.claims, 5000))
    concurrency = max(1, min(args.concurrency, 500))
    time_limit = max(1.0, min(args.time_limit, 600.0))
    texts = claims(count)
    results = []
    async with fresh_database(args.postgres) as database_url:
        if args.only in (None, "slack"):
            results.append(await bench_slack(texts, concurrency, time_limit,
                                             database_url=database_url, instances=instances))
        if args.only in (None, "discord"):
            results.append(await bench_discord(texts, concurrency, time_limit,
                                               database_url=database_url))
    store = "PostgreSQL" if args.postgres else "SQLite"
    print(f"factbot load test: {count} claims per platform (half of them off-topic chat), "
          f"loopback, store {store}, {os.cpu_count()} CPU(s)")
    print(table(results))
    slowest = max((statistics.mean(r.latencies) for r in results if r.latencies), default=0)
    print(f"mean latency of the slower platform: {1000 * slowest:.1f} ms")


if __name__ == "__main__":
    asyncio.run(main())
