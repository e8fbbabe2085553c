"""The Discord adapter: a sharded discord.py client serving factbot's commands and listeners.

Start it with ``factbot run --adapter discord`` (settings: :mod:`adapters.discord_config`).

Intents: the default intents plus, only when ``FACTBOT_DISCORD_PASSIVE=1``, the privileged
message-content intent. Without it Discord still delivers the text of messages that mention the
bot and of direct messages, so slash commands, the message menu and mentions work; passive watch
and "reply to a message with a mention" read other people's messages and need it.

Safety defaults: no message the bot sends can ping anyone (``AllowedMentions.none()`` on the
client, so every send inherits it), the bot never answers bots or itself, and it answers in
direct messages only when ``FACTBOT_DISCORD_DMS=1``.
"""

from __future__ import annotations

import logging
from typing import Any

import discord
from discord import app_commands

from adapters.discord_config import DiscordConfig
from adapters.discord_desk import CheckDesk
from adapters.discord_member import member_commands
from bot import messages

log = logging.getLogger(__name__)


class FactTree(app_commands.CommandTree["FactBot"]):
    """The command tree, with one place where command errors become polite replies."""

    async def on_error(self, interaction: discord.Interaction[FactBot],
                       error: app_commands.AppCommandError) -> None:
        if isinstance(error, app_commands.CheckFailure):
            text = str(error) or messages.discord_not_allowed()
        else:
            log.error("command %s failed", interaction.command and interaction.command.name,
                      exc_info=error)
            text = messages.internal_error()
        await send_ephemeral(interaction, text)


async def send_ephemeral(interaction: discord.Interaction, text: str) -> None:
    """A private line to whoever used a command, whether or not it was already answered."""
    try:
        if interaction.response.is_done():
            await interaction.followup.send(text, ephemeral=True)
        else:
            await interaction.response.send_message(text, ephemeral=True)
    except discord.HTTPException as exc:
        log.warning("could not tell the user about an error: %s %s", exc.status, exc.text)


def intents_for(config: DiscordConfig) -> discord.Intents:
    intents = discord.Intents.default()
    intents.message_content = config.message_content
    return intents


class FactBot(discord.AutoShardedClient):
    """factbot on Discord."""

    def __init__(self, desk: CheckDesk, config: DiscordConfig, **options: Any) -> None:
        if config.shard_ids is not None:
            options["shard_ids"] = list(config.shard_ids)
        super().__init__(
            intents=intents_for(config),
            allowed_mentions=discord.AllowedMentions.none(),
            shard_count=config.shard_count,
            **options,
        )
        self.desk = desk
        self.config = config
        self.tree = FactTree(self)

    async def setup_hook(self) -> None:
        for command in member_commands(self.desk):
            self.tree.add_command(command)
        await self.sync_commands()

    async def sync_commands(self) -> list[app_commands.AppCommand]:
        """Global sync, or to the development guild only (instant) when one is configured."""
        if self.config.dev_guild is None:
            synced = await self.tree.sync()
        else:
            guild = discord.Object(id=self.config.dev_guild)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
        log.info("synced %d commands%s", len(synced),
                 f" to guild {self.config.dev_guild}" if self.config.dev_guild else " globally")
        return synced


def run_discord(desk: CheckDesk, config: DiscordConfig) -> None:
    """Run the bot until interrupted; discord.py sets up logging to stderr."""
    FactBot(desk, config).run(config.token)
