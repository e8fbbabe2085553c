"""Discord settings as the adapter receives them: safe by default, the token never shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from discord_fake import (
    ADMIN,
    CHANNEL_ID,
    GUILD_ID,
    LOG_CHANNEL_ID,
    MEMBER,
    MOD_ROLE_ID,
    WATCHED_CHANNEL_ID,
    FakeDiscord,
    pick_in_config,
    select_choice,
    selects_of,
    slash,
    subcommand,
)

from adapters.discord.bot import intents_for
from adapters.discord.config import DiscordConfig
from adapters.discord.desk import server_key
from bot.moderation.service import Moderation

if TYPE_CHECKING:
    from discord_harness import StartBot

pytest_plugins = ["discord_harness"]

EPHEMERAL = 64
STRING_SELECT, ROLE_SELECT, CHANNEL_SELECT = 3, 6, 8
PACK = "russia-china-2019"
SERVER = server_key(int(GUILD_ID))


def test_defaults_are_safe() -> None:
    config = DiscordConfig(token="abc.def")
    assert not config.allow_dms and not config.message_content
    assert not intents_for(config).message_content
    assert "abc.def" not in repr(config)


def test_message_content_is_requested_only_when_asked() -> None:
    assert intents_for(DiscordConfig(token="t", message_content=True)).message_content


# -- /factbot config's selects, through the real discord.py against the fake Discord ---------

@pytest.mark.asyncio
async def test_config_offers_selects_within_discords_limits(start_bot: StartBot,
                                                            fake: FakeDiscord) -> None:
    async with start_bot(message_content=True):
        panel = await fake.answer(slash("factbot", [subcommand("config")], who=ADMIN))
    assert panel["flags"] & EPHEMERAL
    selects = selects_of(panel)
    assert [s["type"] for s in selects.values()] == [CHANNEL_SELECT, ROLE_SELECT,
                                                     CHANNEL_SELECT, STRING_SELECT]
    assert set(selects) == {"factbot:config:watch", "factbot:config:moderators",
                            "factbot:config:log", "factbot:config:packs"}
    assert selects["factbot:config:log"]["max_values"] == 1
    assert [o["value"] for o in selects["factbot:config:packs"]["options"]] == [PACK]
    # Every pack is served until the admins choose: the select shows it chosen.
    assert selects["factbot:config:packs"]["options"][0]["default"] is True


@pytest.mark.asyncio
async def test_each_choice_is_saved_and_shown(start_bot: StartBot, fake: FakeDiscord,
                                              desk: Moderation) -> None:
    async with start_bot(message_content=True):
        await pick_in_config(fake, "watch", [WATCHED_CHANNEL_ID, CHANNEL_ID])
        roles = await pick_in_config(fake, "moderators", [MOD_ROLE_ID])
        assert "Server Settings → Integrations → factbot" in roles.json["data"]["content"]
        await pick_in_config(fake, "log", [LOG_CHANNEL_ID])
        settings = await desk.settings(SERVER)
        assert settings.watched_channels == (WATCHED_CHANNEL_ID, CHANNEL_ID)
        assert settings.moderator_roles == (MOD_ROLE_ID,)
        assert settings.log_channel == LOG_CHANNEL_ID
        # Choosing nothing clears: no log channel, no bundled pack served.
        await pick_in_config(fake, "log", [])
        packs = await pick_in_config(fake, "packs", [])
        settings = await desk.settings(SERVER)
        assert settings.log_channel == "" and settings.enabled_packs == ()
        [option_] = selects_of(packs.json["data"])["factbot:config:packs"]["options"]
        assert not option_.get("default")
        # Every pack chosen: all of them, including packs added later.
        await pick_in_config(fake, "packs", [PACK])
        assert (await desk.settings(SERVER)).enabled_packs is None


@pytest.mark.asyncio
async def test_only_admins_change_settings_and_selects_outlive_a_restart(
        start_bot: StartBot, fake: FakeDiscord, desk: Moderation) -> None:
    async with start_bot(message_content=True):
        panel = await fake.answer(slash("factbot", [subcommand("config")], who=ADMIN))
    async with start_bot(message_content=True):
        watch = selects_of(panel)["factbot:config:watch"]
        refused = await fake.interact(select_choice(watch, [CHANNEL_ID], panel, who=MEMBER))
        assert refused.json["data"]["flags"] & EPHEMERAL
        assert refused.json["data"]["content"].startswith("Sorry, only members with Manage")
        assert (await desk.settings(SERVER)).watched_channels == ()
        saved = await fake.interact(select_choice(watch, [CHANNEL_ID], panel, who=ADMIN))
        assert saved.json["type"] == 7
    assert (await desk.settings(SERVER)).watched_channels == (CHANNEL_ID,)
