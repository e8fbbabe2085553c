"""/readyz says a platform is ready only while it is connected now: Slack's Socket Mode and
Discord's gateway, each driven through its real library against the local fakes, lose their
connection and get it back."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import aiohttp
import pytest
import pytest_asyncio
from discord_fake import FakeDiscord
from discord_harness import TOKEN
from slack_mock import FACTS_DIR, MockSlackAPI, MockSocketModeServer

from adapters.discord.config import DiscordConfig
from adapters.discord.service import DiscordService
from adapters.slack.api import web_client
from adapters.slack.app import build_app
from adapters.slack.serve import SlackSocketService
from bot.moderation.service import Moderation
from bot.ops.ops_http import OpsServer, Readiness

pytest_plugins = ["discord_harness"]
pytestmark = pytest.mark.asyncio


@pytest_asyncio.fixture
async def ops() -> AsyncIterator[OpsServer]:
    server = OpsServer(Readiness(timeout=1.0), host="127.0.0.1", port=0)
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


async def readyz(ops: OpsServer) -> tuple[int, dict[str, bool]]:
    async with aiohttp.ClientSession() as session, session.get(
            f"http://127.0.0.1:{ops.port}/readyz") as response:
        return response.status, json.loads(await response.text())["checks"]


async def until(ops: OpsServer, status: int, timeout: float) -> dict[str, bool]:
    """Poll /readyz until it answers `status`; the checks it gave then."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        got, checks = await readyz(ops)
        if got == status:
            return checks
        assert asyncio.get_running_loop().time() < deadline, (got, checks)
        await asyncio.sleep(0.1)


async def serving(serve: Callable[[asyncio.Event], Awaitable[None]]) -> tuple[
        asyncio.Event, asyncio.Task[None]]:
    stop = asyncio.Event()
    return stop, asyncio.create_task(serve(stop))


async def test_slack_socket_mode_is_ready_only_while_connected(
        tmp_path: Path, ops: OpsServer) -> None:
    api = MockSlackAPI().start()
    sockets = MockSocketModeServer().start()
    api.socket_mode_url = sockets.url
    store = await Moderation.open(f"sqlite+aiosqlite:///{tmp_path / 'factbot.db'}",
                                  packs=[FACTS_DIR])
    app = await build_app(store, token="xoxb-test",
                          client=web_client("xoxb-test", base_url=api.base_url))
    service = SlackSocketService(app, "xapp-1-A0001-test")
    ops.readiness.register("slack", service.ready)
    stop, task = await serving(service.serve)
    replacement: MockSocketModeServer | None = None
    try:
        assert await until(ops, 200, 10) == {"slack": True}
        # The Socket Mode server goes away; reconnecting fails while it is gone.
        sockets.stop()
        assert await until(ops, 503, 10) == {"slack": False}
        await asyncio.sleep(1.0)
        assert await readyz(ops) == (503, {"slack": False})
        # Slack is back where it was (slack_sdk retries the address it had).
        replacement = MockSocketModeServer(port=sockets.port).start()
        api.socket_mode_url = replacement.url
        assert await until(ops, 200, 30) == {"slack": True}
    finally:
        stop.set()
        await asyncio.wait_for(task, 20)
        if replacement is not None:
            replacement.stop()
        api.stop()
        await store.close()


async def test_discord_is_ready_only_while_its_gateway_is_connected(
        fake: FakeDiscord, desk: Moderation, ops: OpsServer) -> None:
    service = DiscordService(desk, DiscordConfig(token=TOKEN), guild_ready_timeout=0.05)
    ops.readiness.register("discord", service.ready)
    stop, task = await serving(service.serve)
    try:
        assert await until(ops, 200, 10) == {"discord": True}
        # Discord drops the connection and refuses new ones; discord.py keeps retrying (and
        # keeps its own ready flag) meanwhile.
        await fake.outage()
        assert await until(ops, 503, 10) == {"discord": False}
        await asyncio.sleep(1.5)
        assert await readyz(ops) == (503, {"discord": False})
        assert service.client.is_ready()
        fake.recover()
        assert await until(ops, 200, 30) == {"discord": True}
    finally:
        stop.set()
        await asyncio.wait_for(task, 20)
