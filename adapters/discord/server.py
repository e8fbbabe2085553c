"""Admin commands: /factbot config (the server's settings) and /factbot status."""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands

from adapters.discord.access import admins_only, moderators_only
from adapters.discord.config_panel import config_view, settings_embed
from adapters.discord.desk import Desk, actor_of, server_key
from adapters.discord.embeds import FIELD_VALUE_LIMIT, VERDICT_COLOURS, clip
from adapters.discord.member import GUILD_ONLY, AppCommand
from adapters.discord.send import Survivor
from adapters.discord.views import tell
from bot import __version__, messages
from bot.chat.settings import REPLY_MODES, ServerSettings
from bot.core.models import Verdict
from bot.moderation.errors import ModerationError


def status_fields(settings: ServerSettings, survivor: Survivor, guild_id: int, *,
                  message_content: bool) -> list[tuple[str, str]]:
    """What admins should know about this server: whether watch works, what Discord refused."""
    problems = [messages.discord_problem_line(
        f"<#{p.channel_id}>", p.what, p.status, p.code, p.at.strftime("%H:%M UTC"))
        for p in survivor.recent(guild_id)[:5]]
    return [
        (messages.discord_status_watch(), messages.discord_watch_state(
            len(settings.watched_channels), message_content, settings.reply_mode == "private")),
        (messages.discord_status_problems(),
         "\n".join(problems) or messages.discord_status_no_problems()),
    ]


def server_commands(desk: Desk, *, message_content: bool,
                    survivor: Survivor) -> list[AppCommand]:
    group = app_commands.Group(name="factbot", description=messages.discord_factbot_help(),
                               allowed_contexts=GUILD_ONLY,
                               default_permissions=discord.Permissions(manage_guild=True))

    @group.command(name="config", description=messages.discord_config_help())
    @app_commands.describe(
        threshold=messages.discord_threshold_help(),
        reply_mode=messages.discord_reply_mode_help(),
        reaction_first=messages.discord_reaction_first_help(),
        channel_cooldown=messages.discord_channel_cooldown_help(),
        user_cooldown=messages.discord_user_cooldown_help())
    @app_commands.choices(reply_mode=[app_commands.Choice(name=m, value=m) for m in REPLY_MODES])
    @admins_only()
    async def config(interaction: discord.Interaction,
                     threshold: app_commands.Range[float, 0.0, 1.0] | None = None,
                     reply_mode: app_commands.Choice[str] | None = None,
                     reaction_first: bool | None = None,
                     channel_cooldown: app_commands.Range[int, 0, 86400] | None = None,
                     user_cooldown: app_commands.Range[int, 0, 86400] | None = None) -> None:
        """The settings, and selects for channels, roles and packs (see config_panel)."""
        assert interaction.guild_id is not None
        server = server_key(interaction.guild_id)
        changes: dict[str, Any] = {}
        if threshold is not None:
            changes["threshold"] = threshold
        if reply_mode is not None:
            changes["reply_mode"] = reply_mode.value
        if reaction_first is not None:
            changes["passive_reaction_first"] = reaction_first
        if channel_cooldown is not None:
            changes["channel_cooldown_s"] = channel_cooldown
        if user_cooldown is not None:
            changes["user_cooldown_s"] = user_cooldown
        available = desk.pack_ids()
        if not changes:
            current = await desk.settings(server)
            await interaction.response.send_message(
                messages.discord_config_pick(), embed=settings_embed(current),
                view=config_view(current, available), ephemeral=True)
            return
        try:
            updated = await desk.update_settings(server, actor_of(interaction.user), **changes)
        except ModerationError as exc:
            await tell(interaction, str(exc))
            return
        await interaction.response.send_message(
            messages.discord_config_saved(), embed=settings_embed(updated),
            view=config_view(updated, available), ephemeral=True)

    @group.command(name="status", description=messages.discord_status_help())
    @moderators_only(desk)
    async def status(interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        base = await desk.fact_base(server_key(interaction.guild_id))
        settings = await desk.settings(server_key(interaction.guild_id))
        client = interaction.client
        latency = client.latency * 1000 if client.latency == client.latency else 0.0
        embed = discord.Embed(title=messages.discord_status_title(),
                              colour=VERDICT_COLOURS[Verdict.TRUE])
        for name, value in (
                (messages.discord_status_version(), __version__),
                (messages.discord_status_matcher(), base.matcher.name),
                (messages.discord_status_facts(), str(len(base.facts))),
                (messages.discord_status_latency(), f"{latency:.0f} ms"),
                (messages.discord_status_shard(), messages.discord_shard(
                    interaction.guild.shard_id if interaction.guild else 0,
                    client.shard_count or 1))):
            embed.add_field(name=name, value=value, inline=True)
        for name, value in status_fields(settings, survivor, interaction.guild_id,
                                         message_content=message_content):
            embed.add_field(name=name, value=clip(value, FIELD_VALUE_LIMIT), inline=False)
        await interaction.response.send_message(embed=embed, ephemeral=True)

    return [group]
