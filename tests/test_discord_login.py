"""Starting the Discord adapter while Discord fails: an outage is waited out inside the process,
backing off, with one log line per failed attempt; a token Discord refuses stops factbot with one
line. discord.py runs for real against the fake Discord."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import discord.gateway
import discord.http
import pytest
import yarl
from discord_fake import DISCORD_BOOT, FakeDiscord
from discord_harness import TOKEN

from adapters.discord.config import DiscordConfig
from adapters.discord.service import DiscordService
from bot import messages
from bot.moderation.service import Moderation
from bot.ops.backoff import Backoff
from bot.ops.runner import EXIT_REFUSED

pytest_plugins = ["discord_harness"]

QUICK = Backoff(first=0.1, cap=0.4)


class Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def retries(self) -> list[logging.LogRecord]:
        return [r for r in self.records
                if r.name == "factbot.discord" and r.levelno == logging.WARNING]


@pytest.fixture
def logged() -> Iterator[Records]:
    handler = Records()
    logging.getLogger().addHandler(handler)
    try:
        yield handler
    finally:
        logging.getLogger().removeHandler(handler)


async def until(condition: object, timeout: float) -> None:
    async def poll() -> None:
        while not condition():  # type: ignore[operator]
            await asyncio.sleep(0.02)
    await asyncio.wait_for(poll(), timeout)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_backoff_grows_to_its_cap_with_jitter() -> None:
    backoff = Backoff(first=1.0, cap=30.0)
    highs = [backoff.delay(n, rng=lambda: 1.0) for n in range(8)]
    lows = [backoff.delay(n, rng=lambda: 0.0) for n in range(8)]
    assert highs == [1.0, 2.0, 4.0, 8.0, 16.0, 30.0, 30.0, 30.0]
    assert lows == [h / 2 for h in highs]


@pytest.mark.asyncio
async def test_discord_answering_5xx_at_login_is_waited_out(
        fake: FakeDiscord, logged: Records, desk: Moderation) -> None:
    fake.fail("GET", r"/users/@me$", 503, times=2)
    service = DiscordService(desk, DiscordConfig(token=TOKEN), backoff=QUICK,
                             guild_ready_timeout=0.05)
    stop = asyncio.Event()
    task = asyncio.create_task(service.serve(stop))
    try:
        await until(service.ready, 15)
    finally:
        stop.set()
        await asyncio.wait_for(task, 10)
    retries = logged.retries()
    assert len(retries) == 2, [r.getMessage() for r in logged.records]
    for n, record in enumerate(retries):
        assert "HTTP 503" in record.getMessage()
        delay = record.__dict__["retry_in_s"]
        assert QUICK.delay(n, rng=lambda: 0.0) <= delay <= QUICK.delay(n, rng=lambda: 1.0)
        assert record.getMessage() == messages.discord_retrying(record.__dict__["reason"],
                                                                delay)
    assert len(fake.find("GET", r"/users/@me$")) == 3
    assert task.exception() is None


@pytest.mark.asyncio
async def test_discord_unreachable_at_start_is_waited_out(
        monkeypatch: pytest.MonkeyPatch, logged: Records, desk: Moderation) -> None:
    port = free_port()
    later = FakeDiscord(port=port)
    monkeypatch.setattr(discord.http.Route, "BASE", later.api_base)
    monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY",
                        yarl.URL(later.ws_url))
    service = DiscordService(desk, DiscordConfig(token=TOKEN), backoff=QUICK,
                             guild_ready_timeout=0.05)
    stop = asyncio.Event()
    task = asyncio.create_task(service.serve(stop))
    try:
        await until(lambda: len(logged.retries()) >= 2, 10)
        assert not service.ready() and not task.done()
        assert "Connect call failed" in logged.retries()[0].__dict__["reason"]
        await later.start()  # the network is back
        await until(service.ready, 15)
    finally:
        stop.set()
        await asyncio.wait_for(task, 10)
        await later.stop()
    assert task.exception() is None


@pytest.mark.asyncio
async def test_stopping_while_waiting_to_retry_stops_at_once(
        fake: FakeDiscord, logged: Records, desk: Moderation) -> None:
    fake.fail("GET", r"/users/@me$", 503, times=1000)
    service = DiscordService(desk, DiscordConfig(token=TOKEN),
                             backoff=Backoff(first=60.0, cap=60.0), guild_ready_timeout=0.05)
    stop = asyncio.Event()
    task = asyncio.create_task(service.serve(stop))
    await until(lambda: logged.retries(), 30)
    stop.set()
    await asyncio.wait_for(task, 2)
    assert task.exception() is None


@pytest.mark.asyncio
async def test_a_refused_token_stops_factbot_with_one_line(tmp_path: Path) -> None:
    fake = await FakeDiscord().start()
    fake.fail("GET", r"/users/@me$", 401)
    env = {**os.environ, "DISCORD_TOKEN": "fake.bot.token", "FACTBOT_DATA_DIR": str(tmp_path),
           "FACTBOT_OPS_PORT": str(free_port())}
    env.pop("FACTBOT_CONFIG", None)
    try:
        proc = subprocess.Popen(
            [sys.executable, "-c", DISCORD_BOOT, fake.api_base, fake.ws_url,
             "run", "--adapter", "discord"],
            env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL)
        try:
            for _ in range(600):
                if proc.poll() is not None:
                    break
                await asyncio.sleep(0.1)
            else:
                proc.send_signal(signal.SIGKILL)
        finally:
            stdout, stderr = proc.communicate(timeout=10)
    finally:
        await fake.stop()
    lines = stderr.decode().splitlines()
    events = [json.loads(line) for line in lines]  # every line JSON, none a traceback
    assert proc.returncode == EXIT_REFUSED, lines
    refused = [e for e in events if e["level"] == "error"]
    assert [e["event"] for e in refused] == [messages.discord_token_refused()], lines
    assert not any("exc" in e for e in events), lines
    assert stdout == b""
