"""factbot run as a process: PostgreSQL shared by two instances, the console, Slack and Discord."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import aiohttp
import asyncpg
import pytest
from discord_fake import DISCORD_BOOT, FakeDiscord, option, slash
from runner_support import FACTBOT
from slack_mock import (
    FORM,
    SIGNING_SECRET,
    TEAM_ID,
    MockSlackAPI,
    MockSocketModeServer,
    post_signed,
    slash_command,
)

from bot import messages

pytest_plugins = ["discord_harness"]

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
