"""Admin commands: /factbot config (the server's settings) and /factbot status."""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands

from adapters.discord.access import admins_only, moderators_only
from adapters.discord.desk import Desk, actor_of, server_key
from adapters.discord.embeds import FIELD_VALUE_LIMIT, VERDICT_COLOURS, clip
from adapters.discord.member import GUILD_ONLY, AppCommand
from adapters.discord.send import Survivor
from adapters.discord.views import tell
from bot import __version__, messages
from bot.chat.settings import REPLY_MODES, ServerSettings
from bot.core.models import Verdict
from bot.moderation.errors import ModerationError


def _ids(values: tuple[str, ...], mention: str) -> str:
    return ", ".join(mention.format(v) for v in values) or messages.discord_none()


def settings_embed(settings: ServerSettings) -> discord.Embed:
    embed = discord.Embed(title=messages.discord_config_title(),
                          colour=VERDICT_COLOURS[Verdict.NO_MATCH])
    packs = (", ".join(settings.enabled_packs) if settings.enabled_packs is not None
             else messages.discord_all_packs())
    rows = [
        (messages.discord_config_packs(), packs),
        (messages.discord_config_threshold(), f"{settings.threshold:.2f}"),
        (messages.discord_config_reply_mode(), settings.reply_mode),
        (messages.discord_config_watched(), _ids(settings.watched_channels, "<#{}>")),
        (messages.discord_config_reaction_first(), messages.discord_yes_no(
            settings.passive_reaction_first)),
        (messages.discord_config_cooldowns(), messages.discord_cooldowns(
            settings.channel_cooldown_s, settings.user_cooldown_s)),
        (messages.discord_config_moderators(), _ids(settings.moderator_roles, "<@&{}>") + (
            "\n" + messages.discord_moderators_where_granted()
            if settings.moderator_roles else "")),
        (messages.discord_config_log_channel(), _ids(
            (settings.log_channel,) if settings.log_channel else (), "<#{}>")),
    ]
    for name, value in rows:
        embed.add_field(name=name, value=clip(value, FIELD_VALUE_LIMIT), inline=False)
    return embed


def _toggle(current: tuple[str, ...], add: Any, remove: Any) -> tuple[str, ...] | None:
    if add is None and remove is None:
        return None
    out = [v for v in current if remove is None or v != str(remove.id)]
    if add is not None and str(add.id) not in out:
        out.append(str(add.id))
    return tuple(out)


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
        packs=messages.discord_config_packs_help(), threshold=messages.discord_threshold_help(),
        reply_mode=messages.discord_reply_mode_help(), watch=messages.discord_watch_help(),
        unwatch=messages.discord_unwatch_help(),
        reaction_first=messages.discord_reaction_first_help(),
        channel_cooldown=messages.discord_channel_cooldown_help(),
        user_cooldown=messages.discord_user_cooldown_help(),
        moderator_role=messages.discord_moderator_role_help(),
        remove_moderator_role=messages.discord_remove_moderator_role_help(),
        log_channel=messages.discord_log_channel_help(),
        clear_log_channel=messages.discord_clear_log_channel_help())
    @app_commands.choices(reply_mode=[app_commands.Choice(name=m, value=m) for m in REPLY_MODES])
    @admins_only()
    async def config(interaction: discord.Interaction,
                     packs: str | None = None,
                     threshold: app_commands.Range[float, 0.0, 1.0] | None = None,
                     reply_mode: app_commands.Choice[str] | None = None,
                     watch: discord.TextChannel | None = None,
                     unwatch: discord.TextChannel | None = None,
                     reaction_first: bool | None = None,
                     channel_cooldown: app_commands.Range[int, 0, 86400] | None = None,
                     user_cooldown: app_commands.Range[int, 0, 86400] | None = None,
                     moderator_role: discord.Role | None = None,
                     remove_moderator_role: discord.Role | None = None,
                     log_channel: discord.TextChannel | None = None,
                     clear_log_channel: bool | None = None) -> None:
        assert interaction.guild_id is not None
        if watch is not None and not message_content:
            await tell(interaction, messages.discord_watch_needs_content(watch.mention))
            return
        server = server_key(interaction.guild_id)
        current = await desk.settings(server)
        changes: dict[str, Any] = {}
        if packs is not None:
            changes["enabled_packs"] = packs
        if threshold is not None:
            changes["threshold"] = threshold
        if reply_mode is not None:
            changes["reply_mode"] = reply_mode.value
        if (watched := _toggle(current.watched_channels, watch, unwatch)) is not None:
            changes["watched_channels"] = watched
        if reaction_first is not None:
            changes["passive_reaction_first"] = reaction_first
        if channel_cooldown is not None:
            changes["channel_cooldown_s"] = channel_cooldown
        if user_cooldown is not None:
            changes["user_cooldown_s"] = user_cooldown
        roles = _toggle(current.moderator_roles, moderator_role, remove_moderator_role)
        if roles is not None:
            changes["moderator_roles"] = roles
        if log_channel is not None:
            changes["log_channel"] = str(log_channel.id)
        elif clear_log_channel:
            changes["log_channel"] = ""
        if not changes:
            await interaction.response.send_message(embed=settings_embed(current),
                                                    ephemeral=True)
            return
        try:
            updated = await desk.update_settings(server, actor_of(interaction.user), **changes)
        except ModerationError as exc:
            await tell(interaction, str(exc))
            return
        said = [messages.discord_config_saved()]
        if moderator_role is not None:
            said.append(messages.discord_moderators_need_the_commands(moderator_role.mention))
        await interaction.response.send_message("\n".join(said),
                                                embed=settings_embed(updated), ephemeral=True)

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
