"""Commands every member can use: /factcheck and the "Fact-check this message" menu."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import discord
from discord import app_commands

from adapters.discord.desk import server_key
from adapters.discord.steady import Checks
from adapters.discord.thinking import replaced, take_back, think
from adapters.discord.views import RecentClaims, verdict_message
from bot import messages
from bot.core.models import Claim, Verdict

MAX_CLAIM_OPTION = 1000
T = TypeVar("T")

# Moderation and settings belong to a server: these commands exist only in servers.
GUILD_ONLY = app_commands.AppCommandContext(guild=True, dm_channel=False, private_channel=False)

AppCommand = app_commands.Command[Any, ..., Any] | app_commands.Group | app_commands.ContextMenu


def discord_claim(text: str, *, guild_id: int | None, channel_id: int | None, user_id: int,
                  explicit: bool = True) -> Claim:
    return Claim(text=text, platform="discord",
                 server=str(guild_id) if guild_id is not None else None,
                 channel=str(channel_id) if channel_id is not None else None,
                 user=str(user_id), explicit=explicit)


def interaction_claim(interaction: discord.Interaction, text: str) -> Claim:
    return discord_claim(text, guild_id=interaction.guild_id, channel_id=interaction.channel_id,
                         user_id=interaction.user.id)


class DirectMessagesOff(app_commands.CheckFailure):
    def __init__(self) -> None:
        super().__init__(messages.discord_dms_off())


def guild_or_dms(allow_dms: bool) -> Callable[[T], T]:
    """A run-time check: in direct messages only when the bot allows them."""

    async def predicate(interaction: discord.Interaction) -> bool:
        if interaction.guild_id is None and not allow_dms:
            raise DirectMessagesOff
        return True

    return app_commands.check(predicate)


async def answer_interaction(interaction: discord.Interaction, desk: Checks, recent: RecentClaims,
                             text: str, *, content: str | None = None) -> None:
    """Check `text` and answer a command with the verdict.

    Discord wants a first answer within 3 seconds, so the command is deferred ("thinking...")
    before anything slow. The verdict is private when the server's reply mode is private
    (deferred privately) or when nothing matched (the public "thinking..." is taken back).
    """
    private_mode = False
    if interaction.guild_id is not None:
        settings = await desk.settings(server_key(interaction.guild_id))
        private_mode = settings.reply_mode == "private"
    await think(interaction, private=private_mode)
    reply = await desk.check(interaction_claim(interaction, text))
    out = verdict_message(reply, in_guild=interaction.guild_id is not None)
    if reply.verdict is Verdict.NO_MATCH and not private_mode:
        await take_back(interaction)
        sent: discord.Message = await interaction.followup.send(
            content=content or "", embeds=out.embeds, view=out.view, ephemeral=True, wait=True)
    else:
        sent = await interaction.edit_original_response(content=content, embeds=out.embeds,
                                                        view=out.view)
        replaced(interaction)
    recent.remember(sent.id, reply)


def member_commands(desk: Checks, recent: RecentClaims, *, allow_dms: bool) -> list[AppCommand]:
    contexts = app_commands.AppCommandContext(guild=True, dm_channel=allow_dms,
                                              private_channel=False)

    @app_commands.command(name="factcheck", description=messages.discord_factcheck_help())
    @app_commands.describe(claim=messages.discord_claim_option_help())
    @guild_or_dms(allow_dms)
    async def factcheck(interaction: discord.Interaction,
                        claim: app_commands.Range[str, 1, MAX_CLAIM_OPTION]) -> None:
        await answer_interaction(interaction, desk, recent, claim)

    @app_commands.context_menu(name=messages.discord_message_menu_name())
    @guild_or_dms(allow_dms)
    async def check_message(interaction: discord.Interaction, message: discord.Message) -> None:
        if not message.content.strip():
            await interaction.response.send_message(messages.discord_nothing_to_check(),
                                                    ephemeral=True)
            return
        await answer_interaction(
            interaction, desk, recent, message.content,
            content=messages.discord_checking_message_by(message.author.mention,
                                                         message.jump_url))

    factcheck.allowed_contexts = contexts
    check_message.allowed_contexts = contexts
    return [factcheck, check_message]
