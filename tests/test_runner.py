"""The runner: several services in one process, and shutdown that loses no accepted work."""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import logging
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import aiohttp
import asyncpg
import pytest
from discord_fake import DISCORD_BOOT, FakeDiscord, option, slash
from slack_mock import (
    FORM,
    SIGNING_SECRET,
    TEAM_ID,
    MockSlackAPI,
    MockSocketModeServer,
    post_signed,
    slash_command,
)

from adapters.console.service import ConsoleService
from adapters.discord.config import DiscordConfig
from adapters.discord.service import DiscordService
from adapters.slack.api import web_client
from adapters.slack.app import build_app
from adapters.slack.serve import SlackHttpService
from bot import messages
from bot.chat.base import FactChecker
from bot.chat.observe import ObservedDesk
from bot.core.models import Claim, Reply
from bot.moderation.service import Moderation
from bot.ops import metrics
from bot.ops.http_metrics import http_trace
from bot.ops.logging_setup import configure_logging
from bot.ops.ops_http import OpsServer, Readiness
from bot.ops.runner import EXIT_OK, EXIT_SERVICE_FAILED, Runner

pytest_plugins = ["discord_harness"]

REPO = Path(__file__).resolve().parents[1]
FACTBOT = Path(sys.executable).with_name("factbot")


class FakeAdapter:
    """A platform that takes requests, acknowledges each at once and replies a bit later from
    a background task, as Bolt does after `ack()`: the shape that loses replies on a careless
    shutdown."""

    def __init__(self, name: str, *, reply_delay: float = 0.2, fail: bool = False,
                 ignore_stop: bool = False) -> None:
        self.name = name
        self.reply_delay = reply_delay
        self.fail = fail
        self.ignore_stop = ignore_stop
        self.connected = False
        self.inbox: asyncio.Queue[str] = asyncio.Queue()
        self.acked: list[str] = []
        self.replied: list[str] = []
        self.pending: set[asyncio.Future[None]] = set()
        self.closed = False

    def ready(self) -> bool:
        return self.connected

    async def _reply(self, request: str) -> None:
        await asyncio.sleep(self.reply_delay)
        self.replied.append(request)

    async def serve(self, stop: asyncio.Event) -> None:
        self.connected = True
        if self.fail:
            raise ConnectionResetError("gateway closed the connection")
        try:
            while not stop.is_set() or self.ignore_stop:
                getting = asyncio.ensure_future(self.inbox.get())
                stopping = asyncio.ensure_future(stop.wait())
                await asyncio.wait({getting, stopping}, return_when=asyncio.FIRST_COMPLETED)
                stopping.cancel()
                if not getting.done():
                    getting.cancel()
                    if self.ignore_stop:
                        await asyncio.sleep(3600)
                    break
                request = getting.result()
                self.acked.append(request)
                self.pending.add(asyncio.ensure_future(self._reply(request)))
        finally:
            self.connected = False
            self.closed = True


async def readyz(port: int) -> tuple[int, dict[str, object]]:
    async with aiohttp.ClientSession() as session, session.get(
            f"http://127.0.0.1:{port}/readyz") as response:
        return response.status, await response.json()


async def wait_until(condition: object, timeout: float = 5.0) -> None:
    async def poll() -> None:
        while not condition():  # type: ignore[operator]
            await asyncio.sleep(0.01)
    await asyncio.wait_for(poll(), timeout)


@pytest.mark.asyncio
async def test_sigterm_stops_every_service_after_their_replies_are_sent() -> None:
    discord, slack = FakeAdapter("discord"), FakeAdapter("slack", reply_delay=0.4)
    ops = OpsServer(Readiness(), port=0)
    runner = Runner([discord, slack], ops=ops, grace=5)
    running = asyncio.create_task(runner.run())
    await wait_until(lambda: discord.connected and slack.connected and ops.port)
    status, body = await readyz(ops.port)
    assert status == 200
    assert body["checks"] == {"accepting": True, "discord": True, "slack": True}
    for i in range(20):
        discord.inbox.put_nowait(f"d{i}")
        slack.inbox.put_nowait(f"s{i}")
    await wait_until(lambda: len(discord.acked) == 20 and len(slack.acked) == 20)
    assert len(slack.replied) < 20  # replies are still under way when the signal comes

    os.kill(os.getpid(), signal.SIGTERM)
    assert await asyncio.wait_for(running, 10) == EXIT_OK
    assert discord.closed and slack.closed
    assert sorted(discord.replied) == sorted(discord.acked)
    assert sorted(slack.replied) == sorted(slack.acked)
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL


@pytest.mark.asyncio
async def test_readiness_turns_red_as_soon_as_stopping_begins() -> None:
    adapter = FakeAdapter("discord", reply_delay=1.0)
    ops = OpsServer(Readiness(), port=0)
    runner = Runner([adapter], ops=ops, grace=5)
    running = asyncio.create_task(runner.run())
    await wait_until(lambda: adapter.connected and ops.port)
    adapter.inbox.put_nowait("slow")
    await wait_until(lambda: adapter.acked)
    runner.stop.set()
    await wait_until(lambda: not adapter.connected)
    status, body = await readyz(ops.port)  # still draining the slow reply
    assert status == 503 and body["checks"] == {"accepting": False, "discord": False}
    assert await asyncio.wait_for(running, 5) == EXIT_OK
    assert adapter.replied == ["slow"]


@pytest.mark.asyncio
async def test_a_crashing_service_stops_the_others_and_fails_the_process() -> None:
    stream = io.StringIO()
    configure_logging(stream=stream)
    try:
        healthy, broken = FakeAdapter("slack"), FakeAdapter("discord", fail=True)
        code = await asyncio.wait_for(Runner([healthy, broken], grace=5).run(), 10)
    finally:
        logging.getLogger().handlers.clear()
    assert code == EXIT_SERVICE_FAILED
    assert healthy.closed
    failures = [json.loads(line) for line in stream.getvalue().splitlines()
                if '"service failed"' in line]
    assert failures[0]["service"] == "discord"
    assert "gateway closed the connection" in failures[0]["exc"]


@pytest.mark.asyncio
async def test_a_service_that_ignores_stop_is_cancelled_after_the_grace_period() -> None:
    stuck = FakeAdapter("discord", ignore_stop=True)
    closed: list[str] = []

    async def close_store() -> None:
        closed.append("store")

    runner = Runner([stuck], grace=0.3, closers=[close_store])
    running = asyncio.create_task(runner.run())
    await wait_until(lambda: stuck.connected)
    runner.stop.set()
    assert await asyncio.wait_for(running, 5) == EXIT_SERVICE_FAILED
    assert stuck.closed and closed == ["store"]


@pytest.mark.asyncio
async def test_a_second_signal_stops_without_waiting_out_the_grace_period() -> None:
    stuck = FakeAdapter("discord", ignore_stop=True)
    runner = Runner([stuck], grace=60)
    running = asyncio.create_task(runner.run())
    await wait_until(lambda: stuck.connected)
    os.kill(os.getpid(), signal.SIGTERM)
    await asyncio.sleep(0.2)
    assert not running.done()  # waiting for the stuck service, as it should
    started = time.monotonic()
    os.kill(os.getpid(), signal.SIGINT)  # an impatient Ctrl-C
    assert await asyncio.wait_for(running, 10) == EXIT_SERVICE_FAILED
    assert time.monotonic() - started < 5 and stuck.closed


class SlowDesk(ObservedDesk):
    """The real store, but each check takes half a second: long enough to stop mid-reply."""

    def __init__(self, inner: Moderation) -> None:
        super().__init__(inner)
        self.started = asyncio.Event()

    async def check(self, claim: Claim, *, top: int = 5) -> Reply:
        self.started.set()
        await asyncio.sleep(0.5)
        return await super().check(claim, top=top)


@pytest.mark.asyncio
async def test_discord_stops_only_after_the_reply_under_way_is_sent(
        fake: FakeDiscord, desk: Moderation) -> None:
    slow = SlowDesk(desk)
    service = DiscordService(slow, DiscordConfig(token="fake.bot.token"),
                             guild_ready_timeout=0.05, http_trace=http_trace("discord"))
    runner = Runner([service], grace=10)
    running = asyncio.create_task(runner.run())
    await wait_until(service.ready, 10)
    claim = "Russia and China already have a formal alliance"  # a fact's own claim
    interaction = slash("factcheck", [option("claim", claim)])
    # Discord slows the reply down once; discord.py waits and retries, the metric counts it.
    fake.fail("POST", rf"/interactions/{interaction['id']}/[^/]+/callback$", 429)
    limited = metrics.REGISTRY.get_sample_value("factbot_rate_limits_total",
                                                {"platform": "discord"}) or 0.0
    await fake.dispatch("INTERACTION_CREATE", interaction)
    await asyncio.wait_for(slow.started.wait(), 5)
    runner.stop.set()  # what SIGTERM does
    assert await asyncio.wait_for(running, 15) == EXIT_OK
    callbacks = fake.find("POST", rf"/interactions/{interaction['id']}/[^/]+/callback$")
    assert len(callbacks) == 2  # the one refused with 429, then the one that went through
    assert callbacks[-1].json["type"] == 5  # "thinking...", then the verdict in its place
    [verdict] = fake.find("PATCH", rf"/webhooks/\d+/{interaction['token']}/messages/@original$")
    assert verdict.status == 200 and verdict.json["embeds"]
    assert metrics.REGISTRY.get_sample_value("factbot_rate_limits_total",
                                             {"platform": "discord"}) == limited + 1
    assert service.client.is_closed()
    assert not service.ready()


def _feed(stdin: io.BufferedWriter, lines: list[str]) -> None:
    try:
        for line in lines:
            stdin.write((line + "\n").encode())
        stdin.flush()
        stdin.close()
    except (BrokenPipeError, ValueError, OSError):
        pass  # the process stopped reading, as it should after SIGTERM


def test_sigterm_during_a_burst_of_checks_loses_none(tmp_path: Path,
                                                     checker: FactChecker) -> None:
    claims = [json.loads(line)["text"] for line in
              (REPO / "tests/data/article_claims.jsonl").read_text("utf-8").splitlines()]
    offtopic = (REPO / "tests/data/offtopic.txt").read_text("utf-8").splitlines()
    lines = [c for pair in zip(claims * 3, offtopic * 3, strict=False) for c in pair]
    assert len(lines) > 1000
    # One hash seed for both runs below, so that any tie the matcher breaks by set order is
    # broken the same way in each.
    env = {**os.environ, "FACTBOT_OPS_PORT": "0", "FACTBOT_DATA_DIR": str(tmp_path / "data"),
           "PYTHONHASHSEED": "0"}
    env.pop("FACTBOT_CONFIG", None)
    log_path = tmp_path / "stderr.log"
    with log_path.open("wb") as log_file:
        proc = subprocess.Popen([str(FACTBOT), "run", "--adapter", "console"], cwd=tmp_path,
                                env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=log_file)
    assert proc.stdin is not None and proc.stdout is not None
    feeder = threading.Thread(target=_feed, args=(proc.stdin, lines), daemon=True)
    feeder.start()
    seen = b""
    while seen.count(b"\n\n") < 40:  # forty replies out: the burst is well under way
        chunk = proc.stdout.read1(65536)
        assert chunk, log_path.read_text("utf-8")
        seen += chunk
    proc.send_signal(signal.SIGTERM)
    out = proc.stdout.read()
    proc.wait(60)
    feeder.join(5)
    stdout = (seen + out).decode()
    events = [json.loads(line) for line in log_path.read_text("utf-8").splitlines()]
    closed = next(e for e in events if e["event"] == "console closed")
    accepted = closed["accepted"]

    assert proc.returncode == 0
    assert 40 <= accepted < len(lines), "the signal did not land mid-burst"
    assert closed["answered"] == accepted
    assert sum(1 for e in events if e["event"] == "check") == accepted
    assert any(e["event"] == "stopping" and e["signal"] == "SIGTERM" for e in events)
    # Exactly the lines read before the signal, each answered in full, in order, then goodbye:
    # the same output as an undisturbed run over just those lines.
    undisturbed = subprocess.run([str(FACTBOT), "run", "--adapter", "console"], cwd=tmp_path,
                                 env=env, input="\n".join(lines[:accepted]) + "\n",
                                 capture_output=True, text=True, timeout=120, check=True)
    assert stdout == undisturbed.stdout
    banner = messages.console_banner(len(checker.fact_base.facts), len(checker.fact_base.packs))
    assert stdout.startswith(banner + "\n") and stdout.endswith(
        "\n\n" + messages.console_bye() + "\n")
    assert stdout.count("\n\n") == accepted


# -- several instances over one PostgreSQL ------------------------------------------------------

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
NEW_CLAIM = "The harbour bridge in the test town was painted green in 2021"
NEW_SUMMARY = "The town records say the bridge was painted blue, not green."
EDITED_SUMMARY = "Town council minutes of May 2021 record the bridge being painted blue."


async def _admin(sql: str) -> None:
    conn = await asyncpg.connect(PG_ADMIN)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _get(port: int, path: str) -> tuple[int, str]:
    async with aiohttp.ClientSession() as session, session.get(
            f"http://127.0.0.1:{port}{path}") as response:
        return response.status, await response.text()


@pytest.mark.asyncio
async def test_two_instances_over_one_postgres_serve_each_others_edits(tmp_path: Path) -> None:
    database = f"factbot_ops_{os.getpid()}_{int(time.time())}"
    await _admin(f'CREATE DATABASE "{database}"')
    url = f"postgresql://postgres@127.0.0.1:5432/{database}"
    api = MockSlackAPI().start()
    procs: list[subprocess.Popen[bytes]] = []
    instances: list[tuple[int, int]] = []
    try:
        for name in ("a", "b"):
            slack_port, ops_port = _free_port(), _free_port()
            env = {**os.environ, "FACTBOT_RUN_ADAPTERS": "slack", "FACTBOT_SLACK_MODE": "http",
                   "FACTBOT_SLACK_PORT": str(slack_port), "FACTBOT_OPS_PORT": str(ops_port),
                   "FACTBOT_SLACK_API_URL": api.base_url, "SLACK_BOT_TOKEN": "xoxb-test",
                   "SLACK_SIGNING_SECRET": SIGNING_SECRET, "FACTBOT_DATABASE_URL": url,
                   "FACTBOT_DATA_DIR": str(tmp_path / name)}
            env.pop("FACTBOT_CONFIG", None)
            with (tmp_path / f"{name}.log").open("wb") as log:
                procs.append(subprocess.Popen([str(FACTBOT), "run"], env=env, cwd=tmp_path,
                                              stdin=subprocess.DEVNULL, stdout=log,
                                              stderr=subprocess.STDOUT))
            instances.append((slack_port, ops_port))

        async def ready(ops_port: int) -> bool:
            try:
                return (await _get(ops_port, "/readyz"))[0] == 200
            except aiohttp.ClientError:
                return False

        for proc, (_, ops_port), name in zip(procs, instances, "ab", strict=True):
            for _ in range(300):
                assert proc.poll() is None, (tmp_path / f"{name}.log").read_text()
                if await ready(ops_port):
                    break
                await asyncio.sleep(0.1)
            else:
                raise AssertionError((tmp_path / f"{name}.log").read_text())

        asked = 0

        async def ask(slack_port: int) -> str:
            nonlocal asked
            asked += 1
            name = f"q{asked}"
            answer = await post_signed(f"http://127.0.0.1:{slack_port}/slack/events",
                                       slash_command(NEW_CLAIM, api.response_url(name)), FORM)
            assert answer.status == 200
            return json.dumps((await api.wait_for(f"/commands/{TEAM_ID}/{name}")).body)

        async def until_both_say(text: str) -> float:
            start = time.monotonic()
            pending = {port for port, _ in instances}
            while pending:
                assert time.monotonic() - start < 15, f"instances {pending} never said {text}"
                pending = {p for p in pending if text not in await ask(p)}
                if pending:
                    await asyncio.sleep(0.25)
            return time.monotonic() - start

        for slack_port, _ in instances:
            assert NEW_SUMMARY not in await ask(slack_port)

        def admin(*args: str) -> None:
            subprocess.run([str(FACTBOT), "facts", *args, "--server", f"slack:{TEAM_ID}",
                            "--db", url, "--as", "moderator"], check=True, timeout=120,
                           capture_output=True)

        admin("add", "--id", "harbour-bridge-green", "--claim", NEW_CLAIM, "--verdict", "false",
              "--summary", NEW_SUMMARY, "--source-title", "Town records")
        assert await until_both_say(NEW_SUMMARY) < 10
        admin("edit", "harbour-bridge-green", "--summary", EDITED_SUMMARY)
        assert await until_both_say(EDITED_SUMMARY) < 10

        for (_, ops_port) in instances:
            status, body = await _get(ops_port, "/metrics")
            assert status == 200
            assert re.search(r'factbot_checks_total\{platform="slack",verdict="false"\} [1-9]',
                             body)
        for proc in procs:
            proc.send_signal(signal.SIGTERM)
        for proc in procs:
            assert proc.wait(30) == 0
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait(10)
        api.stop()
        await _admin(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


def test_console_at_a_terminal_prompts_answers_and_stops_cleanly(tmp_path: Path) -> None:
    import pty

    controller, terminal = pty.openpty()
    env = {**os.environ, "FACTBOT_DATA_DIR": str(tmp_path)}
    env.pop("FACTBOT_CONFIG", None)
    proc = subprocess.Popen([str(FACTBOT), "run"], cwd=tmp_path, env=env, stdin=terminal,
                            stdout=terminal, stderr=terminal, close_fds=True)
    os.close(terminal)
    seen = b""

    prompt = messages.console_prompt().encode()

    def read_until(prompts: int) -> None:
        nonlocal seen
        deadline = time.monotonic() + 60
        while seen.count(prompt) < prompts:
            assert time.monotonic() < deadline, seen.decode(errors="replace")
            seen += os.read(controller, 65536)

    try:
        read_until(1)
        os.write(controller, b"Russia and China already have a formal alliance\n")
        read_until(2)  # the reply, then the next prompt
        assert b"Match with this fact:" in seen
        proc.send_signal(signal.SIGINT)  # Ctrl-C
        assert proc.wait(30) == 0
        with contextlib.suppress(OSError):  # the terminal closes with the process
            while chunk := os.read(controller, 65536):
                seen += chunk
    finally:
        os.close(controller)
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
    text = seen.decode(errors="replace")
    assert text.rstrip().endswith(messages.console_bye())
    assert "Fatal Python error" not in text and "Traceback" not in text
    assert '"event": "check"' not in text  # no JSON log lines on a person's terminal


@pytest.mark.asyncio
async def test_factbot_run_serves_slack_in_socket_mode_and_disconnects_on_sigterm(
        tmp_path: Path) -> None:
    api = MockSlackAPI().start()
    sockets = MockSocketModeServer().start()
    api.socket_mode_url = sockets.url
    ops_port = _free_port()
    env = {**os.environ, "FACTBOT_RUN_ADAPTERS": "slack", "FACTBOT_OPS_PORT": str(ops_port),
           "FACTBOT_SLACK_API_URL": api.base_url, "SLACK_BOT_TOKEN": "xoxb-test",
           "SLACK_APP_TOKEN": "xapp-1-A0001-test", "FACTBOT_DATA_DIR": str(tmp_path)}
    env.pop("FACTBOT_CONFIG", None)
    log = tmp_path / "log"
    with log.open("wb") as out:
        proc = subprocess.Popen([str(FACTBOT), "run"], env=env, cwd=tmp_path, stdout=out,
                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    try:
        opened = await api.wait_for("apps.connections.open", timeout=60)
        assert opened.headers["Authorization"] == "Bearer xapp-1-A0001-test"
        for _ in range(100):
            status, body = await _get(ops_port, "/readyz")
            if status == 200:
                break
            await asyncio.sleep(0.1)
        assert json.loads(body)["checks"]["slack"] is True, log.read_text()
        claim = "Russia and China already have a formal alliance"
        command = {"token": "legacy", "team_id": TEAM_ID, "channel_id": "C0001",
                   "user_id": "UALICE", "command": "/factcheck", "text": claim,
                   "api_app_id": "A0001", "response_url": api.response_url("sm"),
                   "trigger_id": "1.2.3"}
        await sockets.wait_ack(sockets.push("slash_commands", command, response=True), 30)
        answer = (await api.wait_for(f"/commands/{TEAM_ID}/sm", timeout=30)).body
        assert claim in json.dumps(answer)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0, log.read_text()
        events = [json.loads(line) for line in log.read_text().splitlines()
                  if line.startswith("{")]
        assert [e["event"] for e in events if e["logger"] == "factbot.runner"] == [
            "started", "stopping", "stopped"]
        assert any(e["event"] == "check" and e["platform"] == "slack" for e in events)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
        sockets.stop()
        api.stop()


@pytest.mark.asyncio
async def test_one_process_serves_discord_and_slack_over_one_store(tmp_path: Path) -> None:
    fake = await FakeDiscord().start()
    api = MockSlackAPI().start()
    slack_port, ops_port = _free_port(), _free_port()
    env = {**os.environ, "DISCORD_TOKEN": "fake.bot.token", "FACTBOT_SLACK_MODE": "http",
           "FACTBOT_SLACK_PORT": str(slack_port), "FACTBOT_OPS_PORT": str(ops_port),
           "FACTBOT_SLACK_API_URL": api.base_url, "SLACK_BOT_TOKEN": "xoxb-test",
           "SLACK_SIGNING_SECRET": SIGNING_SECRET, "FACTBOT_DATA_DIR": str(tmp_path)}
    env.pop("FACTBOT_CONFIG", None)
    log = tmp_path / "log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-c", DISCORD_BOOT, fake.api_base, fake.ws_url,
             "run", "--adapter", "discord", "--adapter", "slack"],
            env=env, cwd=tmp_path, stdout=out, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL)
    try:
        for _ in range(600):
            assert proc.poll() is None, log.read_text()
            try:
                status, body = await _get(ops_port, "/readyz")
            except aiohttp.ClientError:
                status = 0
            if status == 200:
                break
            await asyncio.sleep(0.1)
        assert json.loads(body)["checks"] == {"facts": True, "database": True,
                                              "accepting": True, "discord": True,
                                              "slack": True}, log.read_text()
        claim = "Russia and China already have a formal alliance"
        on_discord = await fake.answer(slash("factcheck", [option("claim", claim)]),
                                       timeout=30)
        assert on_discord["embeds"]
        # Slack slows the app's first Web API call down once; the client waits and retries.
        api.fail_next("auth.test", status=429, headers={"Retry-After": "1"})
        answer = await post_signed(f"http://127.0.0.1:{slack_port}/slack/events",
                                   slash_command(claim, api.response_url("both")), FORM)
        assert answer.status == 200
        on_slack = (await api.wait_for(f"/commands/{TEAM_ID}/both", timeout=30)).body
        assert claim in json.dumps(on_slack)
        assert len(api.calls_to("auth.test")) == 2
        # One store: both platforms' servers were recorded in the same database.
        assert [p.name for p in tmp_path.iterdir() if p.suffix == ".db"] == ["factbot.db"]
        status, metrics_text = await _get(ops_port, "/metrics")
        for platform in ("discord", "slack"):
            assert re.search(rf'factbot_checks_total\{{platform="{platform}",verdict="\w+"}} 1',
                             metrics_text), metrics_text
        assert 'factbot_rate_limits_total{platform="slack"} 1.0' in metrics_text
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0, log.read_text()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
        api.stop()
        await fake.stop()


class BrokenDesk:
    """A real checker whose core fails on one particular line."""

    def __init__(self, checker: FactChecker) -> None:
        self.checker = checker

    async def check(self, claim: Claim, *, top: int = 5) -> Reply:
        if "explode" in claim.text:
            raise RuntimeError("internal failure")
        return self.checker.check(claim, top=top)


@pytest.mark.asyncio
async def test_console_service_survives_a_failing_check(checker: FactChecker) -> None:
    read_end, write_end = os.pipe()
    os.write(write_end, b"Russia and China already have a formal alliance\n"
                        b"please explode\n\n/quit\nnever read\n")
    os.close(write_end)
    out = io.StringIO()
    stream = io.StringIO()
    configure_logging(stream=stream)
    try:
        with os.fdopen(read_end, "rb") as stdin:
            console = ConsoleService(BrokenDesk(checker), stdin=stdin, stdout=out)
            assert await asyncio.wait_for(Runner([console], grace=5).run(), 30) == EXIT_OK
    finally:
        logging.getLogger().handlers.clear()
    replies = out.getvalue().split("\n\n")
    assert "Russia and China already have a formal alliance" in replies[0]
    assert replies[1] == messages.internal_error()
    assert replies[2] == messages.console_bye() + "\n"
    assert (console.accepted, console.answered) == (2, 2)
    failure = next(json.loads(line) for line in stream.getvalue().splitlines()
                   if '"checking a console line failed"' in line)
    assert "internal failure" in failure["exc"]


@pytest.mark.asyncio
async def test_slack_http_stops_only_after_the_reply_under_way_is_sent(
        desk: Moderation) -> None:
    api = MockSlackAPI().start()
    slow = SlowDesk(desk)
    try:
        app = await build_app(slow, token="xoxb-test",
                              signing_secret=SIGNING_SECRET,
                              client=web_client("xoxb-test", base_url=api.base_url))
        service = SlackHttpService(app, host="127.0.0.1", port=0, signing_secret=SIGNING_SECRET)
        runner = Runner([service], grace=10)
        running = asyncio.create_task(runner.run())
        await wait_until(lambda: service.ready() and service.port is not None, 10)
        claim = "Russia and China already have a formal alliance"
        answer = await post_signed(f"http://127.0.0.1:{service.port}/slack/events",
                                   slash_command(claim, api.response_url("late")), FORM)
        assert answer.status == 200  # acknowledged; the reply is still being prepared
        await asyncio.wait_for(slow.started.wait(), 5)
        runner.stop.set()  # what SIGTERM does
        assert await asyncio.wait_for(running, 15) == EXIT_OK
        assert api.calls_to(f"/commands/{TEAM_ID}/late"), "the reply was lost in shutdown"
        assert claim in json.dumps(api.calls_to(f"/commands/{TEAM_ID}/late")[0].body)
    finally:
        api.stop()


def test_an_unreachable_database_stops_the_start_with_one_line(tmp_path: Path) -> None:
    env = {**os.environ, "FACTBOT_RUN_ADAPTERS": "slack", "FACTBOT_SLACK_MODE": "http",
           "FACTBOT_SLACK_PORT": "0", "FACTBOT_OPS_PORT": "0", "SLACK_BOT_TOKEN": "xoxb-test",
           "SLACK_SIGNING_SECRET": SIGNING_SECRET,
           "FACTBOT_DATABASE_URL": f"postgresql://factbot:pw-s3cr3t@127.0.0.1:{_free_port()}/x"}
    env.pop("FACTBOT_CONFIG", None)
    result = subprocess.run([str(FACTBOT), "run"], env=env, cwd=tmp_path, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 1
    last = result.stderr.splitlines()[-1]
    assert last.startswith("Error: Cannot open the database postgresql+asyncpg://factbot:***@")
    assert "pw-s3cr3t" not in result.stderr and "Traceback" not in result.stderr
