"""What the bot tells Discord at start: the command schema, where it syncs, which shards."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from discord_fake import APP_ID, GUILD_ID, FakeDiscord

from adapters.discord.bot import FactBot

if TYPE_CHECKING:
    from discord_harness import StartBot

pytest_plugins = ["discord_harness"]
pytestmark = pytest.mark.asyncio

MANAGE_GUILD = 1 << 5
SLASH, MESSAGE_MENU = 1, 3
SUBCOMMAND, STRING, INTEGER, BOOLEAN, NUMBER = 1, 3, 4, 5, 10
GUILD_CONTEXT, DM_CONTEXT = 0, 1


def by_name(items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {item["name"]: item for item in items}


async def test_synced_command_schema(factbot: FactBot, fake: FakeDiscord) -> None:
    call = await fake.wait_for_call("PUT", rf"/applications/{APP_ID}/commands$")
    commands = by_name(call.json)
    assert set(commands) == {"factcheck", "Fact-check this message", "facts", "suggest",
                             "factadmin", "factbot"}
    factcheck = commands["factcheck"]
    assert factcheck["type"] == SLASH
    assert factcheck["contexts"] == [GUILD_CONTEXT]
    [claim] = factcheck["options"]
    assert (claim["name"], claim["type"], claim["required"], claim["max_length"]) == (
        "claim", STRING, True, 1000)
    assert commands["Fact-check this message"]["type"] == MESSAGE_MENU
    # Members see these; moderators' and admins' are hidden by default permissions.
    for public in ("factcheck", "Fact-check this message", "facts", "suggest"):
        assert commands[public].get("default_member_permissions") is None
    for hidden in ("factadmin", "factbot"):
        assert int(commands[hidden]["default_member_permissions"]) == MANAGE_GUILD
        assert commands[hidden]["contexts"] == [GUILD_CONTEXT]
    admin = by_name(commands["factadmin"]["options"])
    assert set(admin) == {"add", "edit", "retire", "restore", "history", "queue"}
    assert all(sub["type"] == SUBCOMMAND for sub in admin.values())
    assert by_name(admin["edit"]["options"])["id"]["autocomplete"] is True
    facts = by_name(commands["facts"]["options"])
    assert by_name(facts["search"]["options"])["query"]["autocomplete"] is True
    assert by_name(facts["show"]["options"])["id"]["autocomplete"] is True
    # /suggest opens a form: no options to fill in the command line.
    assert commands["suggest"].get("options", []) == []
    config = by_name(by_name(commands["factbot"]["options"])["config"]["options"])
    # Channels, roles and packs are picked in selects under the answer, not typed here.
    assert {name: opt["type"] for name, opt in config.items()} == {
        "threshold": NUMBER, "reply_mode": STRING, "reaction_first": BOOLEAN,
        "channel_cooldown": INTEGER, "user_cooldown": INTEGER}
    assert all(not opt.get("required") for opt in config.values())
    # Every description fits Discord's 100-character limit.
    for command in call.json:
        for text in _descriptions(command):
            assert 0 < len(text) <= 100, text


def _descriptions(item: dict[str, Any]) -> list[str]:
    own = [item["description"]] if item.get("description") else []
    return own + [d for opt in item.get("options", []) for d in _descriptions(opt)]


async def test_direct_messages_widen_the_contexts(start_bot: StartBot,
                                                  fake: FakeDiscord) -> None:
    async with start_bot(allow_dms=True):
        call = await fake.wait_for_call("PUT", rf"/applications/{APP_ID}/commands$")
    commands = by_name(call.json)
    assert commands["factcheck"]["contexts"] == [GUILD_CONTEXT, DM_CONTEXT]
    assert commands["factadmin"]["contexts"] == [GUILD_CONTEXT]


async def test_development_guild_sync(start_bot: StartBot, fake: FakeDiscord) -> None:
    async with start_bot(dev_guild=int(GUILD_ID)):
        call = await fake.wait_for_call(
            "PUT", rf"/applications/{APP_ID}/guilds/{GUILD_ID}/commands$")
    assert "factcheck" in by_name(call.json)
    assert fake.find("PUT", rf"/applications/{APP_ID}/commands$") == []


async def test_shards_from_the_settings(start_bot: StartBot, fake: FakeDiscord) -> None:
    async with start_bot(shard_count=4, shard_ids=(2,)) as bot:
        assert fake.identify is not None
        assert fake.identify["shard"] == [2, 4]
        assert bot.shard_count == 4 and set(bot.shards) == {2}
    # Only the process with shard 0 syncs the commands.
    assert fake.find("PUT", r"/commands$") == []
    async with start_bot(shard_count=4, shard_ids=(0, 1)):
        await fake.wait_for_call("PUT", rf"/applications/{APP_ID}/commands$")
    # No shard settings: discord.py asks Discord how many shards to run.
    assert fake.find("GET", r"/gateway/bot$") == []
    async with start_bot():
        assert fake.find("GET", r"/gateway/bot$")


async def test_commands_are_synced_only_when_they_changed(start_bot: StartBot,
                                                          fake: FakeDiscord) -> None:
    async with start_bot():
        await fake.wait_for_call("PUT", rf"/applications/{APP_ID}/commands$")
    # A restart with the same commands asks nothing of Discord: they are as last synced.
    async with start_bot():
        pass
    assert len(fake.find("PUT", r"/commands$")) == 1
    # A changed command (direct messages allowed widens the contexts) is synced again, once.
    async with start_bot(allow_dms=True):
        pass
    async with start_bot(allow_dms=True):
        pass
    assert len(fake.find("PUT", r"/commands$")) == 2
    assert by_name(fake.find("PUT", r"/commands$")[-1].json)["factcheck"]["contexts"] == [
        GUILD_CONTEXT, DM_CONTEXT]
    # The development guild is a place of its own: its commands are synced there.
    async with start_bot(allow_dms=True, dev_guild=int(GUILD_ID)):
        pass
    assert len(fake.find("PUT", rf"/applications/{APP_ID}/guilds/{GUILD_ID}/commands$")) == 1
