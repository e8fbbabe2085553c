"""A store outage, for real: the bot's PostgreSQL database stops taking connections."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import asyncpg
import pytest
from discord_fake import (
    ADMIN,
    BOT_USER,
    CHANNEL_ID,
    GUILD_ID,
    FakeDiscord,
    mention_of,
    message_payload,
    option,
    slash,
    subcommand,
)
from store_support import ADMIN_URL, create_pg_database, drop_pg_database

from adapters.discord.desk import server_key
from bot.moderation.service import Moderation
from bot.moderation.types import Actor

if TYPE_CHECKING:
    from discord_harness import StartBot

pytest_plugins = ["discord_harness"]
pytestmark = pytest.mark.asyncio

FACTS_DIR = Path(__file__).resolve().parents[1] / "facts"
CLAIM = "Russia and China already have a formal alliance"
SERVER = server_key(int(GUILD_ID))
EPHEMERAL = 64


@pytest.fixture
def pg_url() -> Iterator[str]:
    url = create_pg_database("factbot_outage")
    yield url
    drop_pg_database(url)


async def cut(url: str) -> None:
    """The database refuses new connections and loses the ones it had."""
    name = url.rsplit("/", 1)[1]
    conn = await asyncpg.connect(ADMIN_URL)
    try:
        await conn.execute(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS false')
        await conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                           "WHERE datname = $1 AND pid <> pg_backend_pid()", name)
    finally:
        await conn.close()


async def mention(fake: FakeDiscord, text: str) -> None:
    await fake.dispatch("MESSAGE_CREATE", message_payload(
        f"{mention_of(BOT_USER)} {text}", mentions=[BOT_USER]))


async def test_answers_continue_through_a_store_outage_and_it_is_logged_once(
        start_bot: StartBot, fake: FakeDiscord, pg_url: str,
        caplog: pytest.LogCaptureFixture) -> None:
    store = await Moderation.open(pg_url, packs=[FACTS_DIR], refresh_s=0.0)
    try:
        await store.update_settings(SERVER, Actor("discord", ADMIN["id"], "alice"),
                                    reply_mode="thread")
        async with start_bot(store=store):
            await mention(fake, CLAIM)   # settings read while the store is up
            await fake.wait_for_call("POST", r"/threads$")
            await cut(pg_url)
            caplog.clear()
            with caplog.at_level(logging.WARNING):
                for _ in range(3):
                    await mention(fake, CLAIM)
                for _ in range(50):
                    if len(fake.find("POST", r"/threads$")) == 4:
                        break
                    await asyncio.sleep(0.05)
                # The server's settings as last read (answers in threads), from bundled packs.
                assert len(fake.find("POST", r"/threads$")) == 4
                checked = await fake.answer(slash("factcheck", [option("claim", CLAIM)]))
                assert checked["embeds"][0]["title"] == "❌ False"
                # What needs the store says so, and only what is true.
                queue = await fake.interact(slash("factadmin", [subcommand("queue")],
                                                  who=ADMIN))
                assert queue.json["data"]["flags"] & EPHEMERAL
                assert queue.json["data"]["content"].startswith(
                    "The fact store can't be reached right now")
                assert "told" not in queue.json["data"]["content"]
            outage = [r for r in caplog.records if "unreachable" in r.getMessage()]
            assert len(outage) == 1
            assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    finally:
        await store.close()
    assert fake.find("POST", rf"/channels/{CHANNEL_ID}/messages$") == []
