"""The Discord adapter: a sharded discord.py client serving factbot's commands and listeners.

Started by ``factbot run --adapter discord`` (settings: :mod:`adapters.discord.config` and
``bot/ops/config.py``); every server's facts, settings and queues come from the moderation layer.

Intents: the default intents plus, only when ``FACTBOT_MESSAGE_CONTENT=1``, the privileged
message-content intent. Without it Discord still delivers the text of messages that mention the
bot and of direct messages, so slash commands, the message menu and mentions work; passive watch
and "reply to a message with a mention" read other people's messages and need it (turn it on in
the Developer Portal as well, or Discord refuses the connection).

Safety defaults: no message the bot sends can ping anyone (``AllowedMentions.none()`` on the
client, so every send inherits it), the bot never answers bots or itself, and it answers in
direct messages only when ``FACTBOT_DISCORD_DMS=1``.
"""

from __future__ import annotations

import logging
from typing import Any, cast

import discord
from discord import app_commands

from adapters.discord.admin import QueueButton, admin_commands
from adapters.discord.config import DiscordConfig
from adapters.discord.config_panel import CONFIG_SELECTS
from adapters.discord.desk import Desk, server_key
from adapters.discord.facts import fact_commands
from adapters.discord.listen import Listener
from adapters.discord.member import member_commands
from adapters.discord.open_forms import OpenForms, expired_answer
from adapters.discord.send import Survivor
from adapters.discord.server import server_commands
from adapters.discord.steady import STORE_ERRORS, Steady
from adapters.discord.suggest import suggest_command
from adapters.discord.sync import schema_hash, schema_of, state_key
from adapters.discord.thinking import take_back
from adapters.discord.views import VERDICT_BUTTONS, RecentClaims
from bot import messages
from bot.moderation.errors import ModerationError

log = logging.getLogger("adapters.discord")


class FactTree(app_commands.CommandTree["FactBot"]):
    """The command tree, with one place where command errors become polite replies."""

    async def on_error(self, interaction: discord.Interaction[FactBot],
                       error: app_commands.AppCommandError) -> None:
        cause = error.original if isinstance(error, app_commands.CommandInvokeError) else error
        if isinstance(error, app_commands.CheckFailure):
            text = str(error) or messages.discord_not_allowed()
        elif isinstance(cause, ModerationError):
            text = str(cause)
        elif isinstance(cause, STORE_ERRORS):
            interaction.client.steady.failed("a command", cause)
            text = messages.discord_store_unavailable()
        else:
            log.error("command %s failed", interaction.command and interaction.command.name,
                      exc_info=error)
            text = messages.discord_went_wrong()
        await send_ephemeral(interaction, text)


async def send_ephemeral(interaction: discord.Interaction, text: str) -> None:
    """A private line to whoever used a command, whether or not it was already answered
    (a public "thinking…" still showing is taken back first: the line is theirs alone)."""
    try:
        if interaction.response.is_done():
            await take_back(interaction)
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

    def __init__(self, desk: Desk, config: DiscordConfig, **options: Any) -> None:
        if config.shard_ids is not None:
            options["shard_ids"] = list(config.shard_ids)
        super().__init__(
            intents=intents_for(config),
            allowed_mentions=discord.AllowedMentions.none(),
            shard_count=config.shard_count,
            **options,
        )
        self.desk = desk
        self.steady = Steady(desk)
        self.config = config
        self.recent = RecentClaims()
        self.forms = OpenForms()
        self.survivor = Survivor(self.log_channel_of)
        self.listener = Listener(self.steady, allow_dms=config.allow_dms,
                                 message_content=config.message_content,
                                 survivor=self.survivor, recent=self.recent)
        self.tree = FactTree(self)

    async def setup_hook(self) -> None:
        commands = [
            *member_commands(self.steady, self.recent, allow_dms=self.config.allow_dms),
            *fact_commands(self.desk),
            suggest_command(self.desk),
            *admin_commands(self.desk),
            *server_commands(self.desk, message_content=self.config.message_content,
                             survivor=self.survivor),
        ]
        for command in commands:
            self.tree.add_command(command)
        self.add_dynamic_items(*VERDICT_BUTTONS, QueueButton, *CONFIG_SELECTS)
        if self.syncs_commands:
            await self.sync_if_changed()

    @property
    def syncs_commands(self) -> bool:
        """Commands belong to the application, not a shard: only the process that runs shard 0
        (or the only process) tells Discord about them, so shards do not race to."""
        return self.config.shard_ids is None or 0 in self.config.shard_ids

    async def sync_if_changed(self) -> None:
        """Sync the commands unless they are exactly as last synced from this store (a hash
        of their schema is kept there); when the store cannot say, sync."""
        guild = discord.Object(id=self.config.dev_guild) if self.config.dev_guild else None
        if guild is not None:
            self.tree.copy_global_to(guild=guild)
        key = state_key(self.application_id, self.config.dev_guild)
        digest = schema_hash(schema_of(self.tree, guild))
        try:
            if await self.desk.platform_state(key) == digest:
                log.info("commands unchanged since they were last synced; not syncing")
                return
        except STORE_ERRORS as exc:
            log.warning("could not read which commands were last synced (%s); syncing",
                        type(exc).__name__)
        await self.sync_commands(guild)
        try:
            await self.desk.keep_platform_state(key, digest)
        except STORE_ERRORS as exc:
            log.warning("could not keep which commands were synced (%s); the next start "
                        "syncs again", type(exc).__name__)

    async def sync_commands(self, guild: discord.abc.Snowflake | None = None,
                            ) -> list[app_commands.AppCommand]:
        """Global sync, or to the development guild only (instant) when one is configured."""
        synced = await self.tree.sync(guild=guild)
        log.info("synced %d commands %s", len(synced),
                 f"to guild {guild.id}" if guild is not None else "globally")
        return synced

    async def log_channel_of(self, guild_id: int) -> int | None:
        """The channel the server's admins chose for notices, if any."""
        settings = await self.steady.settings(server_key(guild_id))
        return int(settings.log_channel) if settings.log_channel.isdigit() else None

    async def on_message(self, message: discord.Message) -> None:
        if self.user is not None:
            await self.listener.on_message(self.user, message)

    async def on_raw_reaction_add(self, payload: discord.RawReactionActionEvent) -> None:
        if self.user is None:
            return
        channel = self.get_channel(payload.channel_id)
        messageable = channel if isinstance(channel, discord.abc.Messageable) else None
        await self.listener.on_reaction(self.user, payload, messageable)

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        """A form sent after it timed out, or after a restart, is answered: no one else will."""
        if interaction.type is discord.InteractionType.modal_submit:
            data = cast(dict[str, Any], interaction.data or {})
            custom_id = str(data.get("custom_id", ""))
            if not self.forms.is_open(custom_id):
                await send_ephemeral(interaction, expired_answer(interaction))

    async def on_error(self, event_method: str, /, *args: Any, **kwargs: Any) -> None:
        log.exception("discord event %s failed; carrying on", event_method)
