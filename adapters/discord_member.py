"""Commands every member can use: /factcheck and the "Fact-check this message" menu."""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands

from adapters.discord_desk import CheckDesk
from adapters.discord_embeds import reply_embeds
from bot import messages
from bot.models import Claim, Verdict

MAX_CLAIM_OPTION = 1000


def discord_claim(text: str, *, guild_id: int | None, channel_id: int | None, user_id: int,
                  explicit: bool = True) -> Claim:
    return Claim(text=text, platform="discord",
                 server=str(guild_id) if guild_id is not None else None,
                 channel=str(channel_id) if channel_id is not None else None,
                 user=str(user_id), explicit=explicit)


def interaction_claim(interaction: discord.Interaction, text: str) -> Claim:
    return discord_claim(text, guild_id=interaction.guild_id, channel_id=interaction.channel_id,
                         user_id=interaction.user.id)


AppCommand = app_commands.Command[Any, ..., Any] | app_commands.Group | app_commands.ContextMenu


def member_commands(desk: CheckDesk) -> list[AppCommand]:
    @app_commands.command(name="factcheck", description=messages.discord_factcheck_help())
    @app_commands.describe(claim=messages.discord_claim_option_help())
    async def factcheck(interaction: discord.Interaction,
                        claim: app_commands.Range[str, 1, MAX_CLAIM_OPTION]) -> None:
        reply = await desk.check(interaction_claim(interaction, claim))
        await interaction.response.send_message(embeds=reply_embeds(reply),
                                                ephemeral=reply.verdict is Verdict.NO_MATCH)

    @app_commands.context_menu(name=messages.discord_message_menu_name())
    async def check_message(interaction: discord.Interaction, message: discord.Message) -> None:
        if not message.content.strip():
            await interaction.response.send_message(messages.discord_nothing_to_check(),
                                                    ephemeral=True)
            return
        reply = await desk.check(interaction_claim(interaction, message.content))
        await interaction.response.send_message(
            content=messages.discord_checking_message_by(message.author.mention,
                                                         message.jump_url),
            embeds=reply_embeds(reply), ephemeral=reply.verdict is Verdict.NO_MATCH)

    return [factcheck, check_message]
