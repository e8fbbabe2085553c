"""Fixtures that run the real FactBot (real `client.start()`) against the local fake Discord."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import Any

import discord
import discord.gateway
import discord.http
import pytest
import pytest_asyncio
import yarl
from discord_fake import FakeDiscord

from adapters.discord.bot import FactBot
from adapters.discord.config import DiscordConfig
from bot.moderation.service import Moderation

TOKEN = "fake.bot.token"
FACTS_DIR = Path(__file__).resolve().parents[1] / "facts"
StartBot = Callable[..., AbstractAsyncContextManager[FactBot]]


@pytest_asyncio.fixture
async def fake(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[FakeDiscord]:
    server = await FakeDiscord().start()
    # The only two seams: where discord.py believes Discord lives.
    monkeypatch.setattr(discord.http.Route, "BASE", server.api_base)
    monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY",
                        yarl.URL(server.ws_url))
    yield server
    await server.stop()


@pytest_asyncio.fixture
async def desk(tmp_path: Path) -> AsyncIterator[Moderation]:
    """The real moderation layer over a fresh SQLite file, serving the bundled packs."""
    store = await Moderation.open(f"sqlite+aiosqlite:///{tmp_path / 'factbot.db'}",
                                  packs=[FACTS_DIR])
    yield store
    await store.close()


@pytest.fixture
def start_bot(fake: FakeDiscord, desk: Moderation) -> StartBot:
    """`async with start_bot(allow_dms=True) as bot:` runs a bot with those settings
    (and `store=` another moderation store than the `desk` fixture)."""

    @asynccontextmanager
    async def run(*, expect_errors: bool = False, store: Moderation | None = None,
                  **settings: Any) -> AsyncIterator[FactBot]:
        client = FactBot(store or desk, DiscordConfig(token=TOKEN, **settings),
                         guild_ready_timeout=0.05)
        errors = ErrorLog()
        logging.getLogger().addHandler(errors)
        task = asyncio.create_task(client.start(TOKEN))
        try:
            await asyncio.wait_for(client.wait_until_ready(), 10)
            yield client
        finally:
            await client.close()
            await asyncio.wait_for(task, 5)
            logging.getLogger().removeHandler(errors)
        if not expect_errors:
            assert not errors.records, [r.getMessage() for r in errors.records]

    return run


class ErrorLog(logging.Handler):
    """Errors logged while the bot ran: a handler that failed is a failed test."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest_asyncio.fixture
async def factbot(start_bot: StartBot) -> AsyncIterator[FactBot]:
    async with start_bot() as client:
        yield client
