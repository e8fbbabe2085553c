"""Passive-watch cooldowns: the policy, and the board shared between instances through a
real Redis server."""

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
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio
from slack_mock import MockSlackAPI, message_event, running_app

from bot.chat.cooldowns import LocalBoard, PassiveCooldowns, RedisBoard, Spot
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


def server() -> str:
    return f"test-{uuid.uuid4().hex}"


def test_cooldowns_per_channel_and_per_user() -> None:
    now = [0.0]
    cooldowns = PassiveCooldowns(LocalBoard(clock=lambda: now[0]))
    settings = ServerSettings(channel_cooldown_s=30, user_cooldown_s=100)
    alice_here = Spot("discord", "g", "general", "alice")
    bob_here = Spot("discord", "g", "general", "bob")
    alice_there = Spot("discord", "g", "politics", "alice")
    bob_there = Spot("discord", "g", "politics", "bob")
    assert cooldowns.ready(alice_here, settings)
    assert asyncio.run(cooldowns.take(alice_here, settings))
    assert not cooldowns.ready(bob_here, settings)       # the channel is cooling down
    assert not cooldowns.ready(alice_there, settings)    # so is alice, everywhere
    assert cooldowns.ready(bob_there, settings)
    now[0] = 31.0
    assert cooldowns.ready(bob_here, settings)
    assert not cooldowns.ready(alice_here, settings)
    now[0] = 101.0
    assert cooldowns.ready(alice_here, settings)
    assert cooldowns.ready(Spot("discord", "other-guild", "general", "alice"), settings)
    assert cooldowns.ready(Spot("slack", "g", "politics", "alice"), settings)


@pytest.mark.asyncio
async def test_a_refused_take_holds_nothing_and_a_zero_cooldown_is_none() -> None:
    cooldowns = PassiveCooldowns()
    settings = ServerSettings(channel_cooldown_s=30, user_cooldown_s=100)
    assert await cooldowns.take(Spot("slack", "T1", "C1", "alice"), settings)
    # alice is cooling down: her message in C2 is not answered, and C2 stays free for bob.
    assert not await cooldowns.take(Spot("slack", "T1", "C2", "alice"), settings)
    assert await cooldowns.take(Spot("slack", "T1", "C2", "bob"), settings)
    quiet = ServerSettings(channel_cooldown_s=0, user_cooldown_s=0)
    assert cooldowns.ready(Spot("slack", "T1", "C1", "alice"), quiet)
    assert await cooldowns.take(Spot("slack", "T1", "C1", "alice"), quiet)


@pytest.mark.asyncio
async def test_two_instances_racing_for_a_channel_exactly_one_answers(
        boards: tuple[RedisBoard, RedisBoard]) -> None:
    a, b = PassiveCooldowns(boards[0]), PassiveCooldowns(boards[1])
    team = server()
    for n in range(50):
        # The same message reaches both instances (two Socket Mode connections, a retried
        # event): both find the channel ready, both decide to answer, both try to take it.
        spot = Spot("slack", team, f"C{n}", f"U{n}")
        assert a.ready(spot, SETTINGS) and b.ready(spot, SETTINGS)
        won = await asyncio.gather(a.take(spot, SETTINGS), b.take(spot, SETTINGS))
        assert sorted(won) == [False, True], n
        # The loser now knows the cooldown without asking Redis again.
        assert not a.ready(spot, SETTINGS) and not b.ready(spot, SETTINGS)


@pytest.mark.asyncio
async def test_two_slack_instances_given_the_same_message_answer_it_once(
        tmp_path: Path, boards: tuple[RedisBoard, RedisBoard]) -> None:
    api = MockSlackAPI().start()
    watch = {"watched_channels": ["C0001"], "channel_cooldown_s": 60, "user_cooldown_s": 30}
    try:
        async with running_app(tmp_path, api, board=boards[0], **watch) as first, \
                running_app(tmp_path, api, board=boards[1], **watch) as second:
            # One message, delivered to both instances at once (Slack retries an event whose
            # acknowledgement was slow; behind a load balancer the retry reaches the other).
            event = message_event("Russia and China already have a formal alliance",
                                  ts="1700000001.000100")
            answers = await asyncio.gather(first.event(event), second.event(event))
            assert [a.status for a in answers] == [200, 200]
            await api.wait_for("chat.postMessage")
            await api.settle(0.5)
            assert len(api.calls_to("chat.postMessage")) == 1
    finally:
        api.stop()


@pytest.mark.asyncio
async def test_cooldowns_hold_across_instances_per_channel_and_per_person(
        boards: tuple[RedisBoard, RedisBoard]) -> None:
    a, b = PassiveCooldowns(boards[0]), PassiveCooldowns(boards[1])
    guild = server()
    assert await a.take(Spot("discord", guild, "chan", "alice"), SETTINGS)
    assert not await b.take(Spot("discord", guild, "chan", "bob"), SETTINGS)   # same channel
    assert not await b.take(Spot("discord", guild, "other", "alice"), SETTINGS)  # same person
    assert await b.take(Spot("discord", guild, "other", "bob"), SETTINGS)      # neither
    # Slack and Discord keys never collide, even for equal ids.
    assert await b.take(Spot("slack", guild, "chan", "alice"), SETTINGS)
    assert await boards[0].reachable() and await boards[1].reachable()


@pytest.mark.asyncio
async def test_a_restarted_instance_keeps_quiet_and_the_cooldown_ends_in_redis(
        redis_server: RedisServer) -> None:
    short = ServerSettings(channel_cooldown_s=1, user_cooldown_s=1)
    spot = Spot("slack", server(), "C1", "U1")
    before = RedisBoard(redis_server.url)
    await before.start()
    assert await PassiveCooldowns(before).take(spot, short)
    await before.close()
    after = RedisBoard(redis_server.url)  # the same instance, started again: nothing in memory
    await after.start()
    try:
        cooldowns = PassiveCooldowns(after)
        assert cooldowns.ready(spot, short)  # it has not heard of the answer...
        assert not await cooldowns.take(spot, short)  # ...but Redis has
        await asyncio.sleep(1.2)
        assert cooldowns.ready(spot, short) and await cooldowns.take(spot, short)
    finally:
        await after.close()


@pytest.mark.asyncio
async def test_without_redis_an_instance_decides_alone_and_shares_again_after_a_restart(
        redis_server: RedisServer) -> None:
    first, second = RedisBoard(redis_server.url), RedisBoard(redis_server.url)
    await first.start()
    await second.start()
    try:
        a, b = PassiveCooldowns(first), PassiveCooldowns(second)
        team = server()
        redis_server.stop()
        assert not await second.reachable()
        # Redis is down: each instance still answers, once per its own cooldown.
        assert await a.take(Spot("slack", team, "C1", "U1"), SETTINGS)
        assert not await a.take(Spot("slack", team, "C1", "U2"), SETTINGS)
        redis_server.start()
        assert await a.take(Spot("slack", team, "C2", "U3"), SETTINGS)
        assert not await b.take(Spot("slack", team, "C2", "U4"), SETTINGS)
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
