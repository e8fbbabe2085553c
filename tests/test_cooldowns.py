"""Passive-watch cooldowns shared between instances through a real Redis server."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import pytest
import pytest_asyncio

from adapters.discord.service import SharedCooldowns as DiscordCooldowns
from adapters.discord.watch import Spot
from adapters.slack.serve import SharedCooldowns as SlackCooldowns
from bot.chat.cooldowns import LocalBoard, RedisBoard
from bot.chat.settings import ServerSettings

FACTBOT = Path(sys.executable).with_name("factbot")
SETTINGS = ServerSettings(channel_cooldown_s=30, user_cooldown_s=10)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class RedisServer:
    """A redis-server of the test's own, so it can be stopped and started again."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        binary = shutil.which("redis-server")
        assert binary, "redis-server is needed (Debian: redis-server package)"
        self.proc = subprocess.Popen(
            [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.05)
        raise AssertionError("redis-server did not start")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(10)


@pytest.fixture
def redis_server() -> Iterator[RedisServer]:
    server = RedisServer(free_port())
    server.start()
    yield server
    server.stop()


@pytest_asyncio.fixture
async def boards(redis_server: RedisServer) -> AsyncIterator[tuple[RedisBoard, RedisBoard]]:
    """Two instances' boards over one Redis."""
    first, second = RedisBoard(redis_server.url), RedisBoard(redis_server.url)
    await first.start()
    await second.start()
    yield first, second
    await first.close()
    await second.close()


async def eventually(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition never held"
        await asyncio.sleep(0.01)


def key() -> str:
    return f"test:{uuid.uuid4().hex}"


def test_local_board_keeps_the_latest_mark() -> None:
    board = LocalBoard()
    assert board.last("k") is None
    board.set("k", 100.0)
    board.set("k", 50.0)  # an older announcement arriving late changes nothing
    assert board.last("k") == 100.0
    board.mark("k")
    assert board.last("k") == pytest.approx(time.time(), abs=5)


@pytest.mark.asyncio
async def test_a_mark_on_one_instance_reaches_the_other(
        boards: tuple[RedisBoard, RedisBoard]) -> None:
    first, second = boards
    k = key()
    first.mark(k)
    await eventually(lambda: second.last(k) is not None)
    assert second.last(k) == first.last(k)
    assert await first.reachable() and await second.reachable()


@pytest.mark.asyncio
async def test_slack_cooldowns_hold_across_instances(
        boards: tuple[RedisBoard, RedisBoard]) -> None:
    team = key()
    a, b = SlackCooldowns(boards[0]), SlackCooldowns(boards[1])
    assert a.ready(team, "C1", "U1", SETTINGS) and b.ready(team, "C1", "U2", SETTINGS)
    a.record(team, "C1", "U1")
    await eventually(lambda: not b.ready(team, "C1", "U2", SETTINGS))  # same channel
    assert not b.ready(team, "C2", "U1", SETTINGS)  # same person, another channel
    assert b.ready(team, "C2", "U2", SETTINGS)  # neither
    quiet = ServerSettings(channel_cooldown_s=0, user_cooldown_s=0)
    assert b.ready(team, "C1", "U1", quiet)


@pytest.mark.asyncio
async def test_discord_cooldowns_hold_across_instances(
        boards: tuple[RedisBoard, RedisBoard]) -> None:
    guild = key()
    a, b = DiscordCooldowns(boards[0]), DiscordCooldowns(boards[1])
    a.used(Spot(guild, "chan", "alice"))
    await eventually(lambda: not b.ready(Spot(guild, "chan", "bob"), SETTINGS))
    assert not b.ready(Spot(guild, "other", "alice"), SETTINGS)
    assert b.ready(Spot(guild, "other", "bob"), SETTINGS)
    # Slack and Discord keys never collide, even for equal ids.
    assert SlackCooldowns(boards[1]).ready(guild, "chan", "bob", SETTINGS)


@pytest.mark.asyncio
async def test_boards_reconnect_after_redis_restarts(redis_server: RedisServer) -> None:
    first, second = RedisBoard(redis_server.url), RedisBoard(redis_server.url)
    await first.start()
    await second.start()
    try:
        redis_server.stop()
        k = key()
        first.mark(k)  # Redis is down: kept locally, the failed announcement only logged
        assert first.last(k) is not None
        assert not await second.reachable()
        redis_server.start()
        # Once both have reconnected, marks flow again; keep marking until one gets through.
        sent: list[str] = []

        def heard() -> bool:
            sent.append(key())
            first.mark(sent[-1])
            return any(second.last(k) is not None for k in sent)

        await eventually(heard, timeout=15)
        assert await second.reachable()
    finally:
        await first.close()
        await second.close()


@pytest.mark.asyncio
async def test_an_unreachable_redis_fails_the_start() -> None:
    board = RedisBoard(f"redis://127.0.0.1:{free_port()}/0")
    with pytest.raises(ConnectionError):
        await board.start()
    await board.close()


def _get(port: int, path: str) -> tuple[int, dict[str, object]]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=3) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_factbot_run_shares_cooldowns_through_redis_and_reports_it(
        tmp_path: Path, redis_server: RedisServer) -> None:
    ops_port = free_port()
    env = {**os.environ, "FACTBOT_RUN_ADAPTERS": "slack", "FACTBOT_SLACK_MODE": "http",
           "FACTBOT_SLACK_PORT": "0", "FACTBOT_OPS_PORT": str(ops_port),
           "SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": "signing-secret-123",
           "FACTBOT_REDIS_URL": redis_server.url, "FACTBOT_DATA_DIR": str(tmp_path)}
    env.pop("FACTBOT_CONFIG", None)
    log = tmp_path / "log"
    with log.open("wb") as out:
        proc = subprocess.Popen([str(FACTBOT), "run"], env=env, cwd=tmp_path, stdout=out,
                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None and time.monotonic() < deadline, log.read_text()
            try:
                status, body = _get(ops_port, "/readyz")
                break
            except OSError:
                time.sleep(0.2)
        assert status == 200 and body["checks"] == {
            "facts": True, "database": True, "redis": True, "accepting": True, "slack": True}
        redis_server.stop()
        status, body = _get(ops_port, "/readyz")
        assert status == 503 and body["checks"]["redis"] is False  # type: ignore[index]
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0, log.read_text()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)


def test_factbot_run_refuses_to_start_when_redis_is_down(tmp_path: Path) -> None:
    env = {**os.environ, "FACTBOT_RUN_ADAPTERS": "slack", "FACTBOT_SLACK_MODE": "http",
           "FACTBOT_SLACK_PORT": "0", "FACTBOT_OPS_PORT": "0", "SLACK_BOT_TOKEN": "xoxb-test",
           "SLACK_SIGNING_SECRET": "signing-secret-123", "FACTBOT_DATA_DIR": str(tmp_path),
           "FACTBOT_REDIS_URL": f"redis://127.0.0.1:{free_port()}/0"}
    env.pop("FACTBOT_CONFIG", None)
    result = subprocess.run([str(FACTBOT), "run"], env=env, cwd=tmp_path, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1].startswith(
        "Error: cannot reach Redis at redis.url (FACTBOT_REDIS_URL): ")
    assert "Traceback" not in result.stderr
