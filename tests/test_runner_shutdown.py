"""The runner: several services in one process, stopped by signals, crashes and a grace period."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import os
import signal
import time

import pytest
from runner_support import readyz, wait_until

from bot.ops.logging_setup import configure_logging
from bot.ops.ops_http import OpsServer, Readiness
from bot.ops.runner import EXIT_OK, EXIT_SERVICE_FAILED, Runner


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
