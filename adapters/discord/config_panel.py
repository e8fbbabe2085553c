"""The selects under `/factbot config`: watched channels, moderator roles, the log channel and
the fact packs, picked instead of typed as ids.

Each select is a `DynamicItem` with a fixed custom_id (`factbot:config:<setting>`), so a panel
keeps working after a restart. Every choice is checked again (Manage Server) and saved at once;
the panel is then redrawn with the saved settings. Discord's limits: five rows, 25 choices a
select; with more than 25 packs, the select holds the first 25 (enabled ones first) and packs
beyond keep their state.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Protocol, cast

import discord

from adapters.discord.access import is_admin
from adapters.discord.config import DiscordConfig
from adapters.discord.desk import Desk, actor_of, server_key
from adapters.discord.embeds import FIELD_VALUE_LIMIT, VERDICT_COLOURS, clip
from bot import messages
from bot.chat.settings import ServerSettings
from bot.core.models import Verdict
from bot.moderation.errors import ModerationError

SELECT_LIMIT = 25
OPTION_LABEL_LIMIT = 100
PREFIX = "factbot:config:"
TEXT_CHANNELS = [discord.ChannelType.text, discord.ChannelType.news]


class PanelServices(Protocol):
    desk: Desk
    config: DiscordConfig


def _mentions(values: tuple[str, ...], mention: str) -> str:
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
        (messages.discord_config_watched(), _mentions(settings.watched_channels, "<#{}>")),
        (messages.discord_config_reaction_first(), messages.discord_yes_no(
            settings.passive_reaction_first)),
        (messages.discord_config_cooldowns(), messages.discord_cooldowns(
            settings.channel_cooldown_s, settings.user_cooldown_s)),
        (messages.discord_config_moderators(), _mentions(settings.moderator_roles, "<@&{}>") + (
            "\n" + messages.discord_moderators_where_granted()
            if settings.moderator_roles else "")),
        (messages.discord_config_log_channel(), _mentions(
            (settings.log_channel,) if settings.log_channel else (), "<#{}>")),
    ]
    for name, value in rows:
        embed.add_field(name=name, value=clip(value, FIELD_VALUE_LIMIT), inline=False)
    return embed


def panel_services(interaction: discord.Interaction) -> PanelServices:
    return cast(PanelServices, interaction.client)


def _defaults(ids: Sequence[str], kind: discord.SelectDefaultValueType,
              ) -> list[discord.SelectDefaultValue]:
    return [discord.SelectDefaultValue(id=int(i), type=kind)
            for i in ids if i.isdigit()][:SELECT_LIMIT]


def shown_packs(settings: ServerSettings, available: Sequence[str]) -> list[str]:
    """The packs the select offers: enabled ones first, at most 25."""
    enabled = settings.packs_enabled(available)
    return (enabled + [p for p in sorted(available) if p not in enabled])[:SELECT_LIMIT]


def config_view(settings: ServerSettings, available: Sequence[str]) -> discord.ui.View:
    """A row per select: watched channels, moderator roles, log channel, packs."""
    view = discord.ui.View(timeout=None)
    view.add_item(WatchSelect(settings))
    view.add_item(ModeratorSelect(settings))
    view.add_item(LogChannelSelect(settings))
    if available:
        view.add_item(PackSelect(settings, available))
    return view


async def redraw(interaction: discord.Interaction, settings: ServerSettings,
                 lines: list[str]) -> None:
    desk = panel_services(interaction).desk
    await interaction.response.edit_message(
        content=clip("\n".join(lines), 2000) or None, embed=settings_embed(settings),
        view=config_view(settings, desk.pack_ids()))


async def save(interaction: discord.Interaction, **changes: Any) -> ServerSettings | None:
    """Save a choice from the panel (admins only); None when it was refused, and said so."""
    if interaction.guild_id is None:
        return None
    if not is_admin(interaction):
        await interaction.response.send_message(messages.discord_not_admin(), ephemeral=True)
        return None
    desk = panel_services(interaction).desk
    try:
        return await desk.update_settings(server_key(interaction.guild_id),
                                          actor_of(interaction.user), **changes)
    except ModerationError as exc:
        await interaction.response.send_message(str(exc), ephemeral=True)
        return None


def _ids(values: Sequence[Any]) -> tuple[str, ...]:
    return tuple(str(v.id) for v in values)


class WatchSelect(discord.ui.DynamicItem[discord.ui.ChannelSelect[discord.ui.View]],
                  template=PREFIX + "watch"):
    def __init__(self, settings: ServerSettings | None = None) -> None:
        current = settings.watched_channels if settings else ()
        super().__init__(discord.ui.ChannelSelect(
            custom_id=PREFIX + "watch", channel_types=TEXT_CHANNELS, min_values=0,
            max_values=SELECT_LIMIT, placeholder=messages.discord_config_watch_placeholder(),
            default_values=_defaults(current, discord.SelectDefaultValueType.channel)), row=0)

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Item[Any],
                             match: re.Match[str]) -> WatchSelect:
        return cls()

    async def callback(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        chosen = _ids(self.item.values)
        services = panel_services(interaction)
        current = await services.desk.settings(server_key(interaction.guild_id))
        added = [c for c in chosen if c not in current.watched_channels]
        if added and not services.config.message_content:
            await redraw(interaction, current, [messages.discord_watch_needs_content(
                ", ".join(f"<#{c}>" for c in added))])
            return
        if (saved := await save(interaction, watched_channels=chosen)) is not None:
            await redraw(interaction, saved, [messages.discord_config_saved()])


class ModeratorSelect(discord.ui.DynamicItem[discord.ui.RoleSelect[discord.ui.View]],
                      template=PREFIX + "moderators"):
    def __init__(self, settings: ServerSettings | None = None) -> None:
        current = settings.moderator_roles if settings else ()
        super().__init__(discord.ui.RoleSelect(
            custom_id=PREFIX + "moderators", min_values=0, max_values=SELECT_LIMIT,
            placeholder=messages.discord_config_moderators_placeholder(),
            default_values=_defaults(current, discord.SelectDefaultValueType.role)), row=1)

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Item[Any],
                             match: re.Match[str]) -> ModeratorSelect:
        return cls()

    async def callback(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        chosen = _ids(self.item.values)
        desk = panel_services(interaction).desk
        before = (await desk.settings(server_key(interaction.guild_id))).moderator_roles
        if (saved := await save(interaction, moderator_roles=chosen)) is None:
            return
        lines = [messages.discord_config_saved()]
        added = [r for r in chosen if r not in before]
        if added:
            lines.append(messages.discord_moderators_need_the_commands(
                ", ".join(f"<@&{r}>" for r in added)))
        await redraw(interaction, saved, lines)


class LogChannelSelect(discord.ui.DynamicItem[discord.ui.ChannelSelect[discord.ui.View]],
                       template=PREFIX + "log"):
    def __init__(self, settings: ServerSettings | None = None) -> None:
        current = (settings.log_channel,) if settings and settings.log_channel else ()
        super().__init__(discord.ui.ChannelSelect(
            custom_id=PREFIX + "log", channel_types=TEXT_CHANNELS, min_values=0, max_values=1,
            placeholder=messages.discord_config_log_placeholder(),
            default_values=_defaults(current, discord.SelectDefaultValueType.channel)), row=2)

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Item[Any],
                             match: re.Match[str]) -> LogChannelSelect:
        return cls()

    async def callback(self, interaction: discord.Interaction) -> None:
        chosen = _ids(self.item.values)
        if (saved := await save(interaction, log_channel=chosen[0] if chosen else "")):
            await redraw(interaction, saved, [messages.discord_config_saved()])


class PackSelect(discord.ui.DynamicItem[discord.ui.Select[discord.ui.View]],
                 template=PREFIX + "packs"):
    def __init__(self, settings: ServerSettings | None = None,
                 available: Sequence[str] = ()) -> None:
        settings = settings or ServerSettings()
        enabled = set(settings.packs_enabled(available))
        options = [discord.SelectOption(label=clip(p, OPTION_LABEL_LIMIT), value=p,
                                        default=p in enabled)
                   for p in shown_packs(settings, available)]
        super().__init__(discord.ui.Select(
            custom_id=PREFIX + "packs", min_values=0, max_values=max(len(options), 1),
            placeholder=messages.discord_config_packs_placeholder(),
            options=options or [discord.SelectOption(label="-", value="-")]), row=3)

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Item[Any],
                             match: re.Match[str]) -> PackSelect:
        return cls()

    async def callback(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        desk = panel_services(interaction).desk
        available = desk.pack_ids()
        current = await desk.settings(server_key(interaction.guild_id))
        offered = set(shown_packs(current, available))
        chosen = [v for v in self.item.values if v in available]
        # Packs the select could not offer (beyond 25) keep their state.
        kept = [p for p in current.packs_enabled(available) if p not in offered]
        packs = sorted({*chosen, *kept})
        value: str | tuple[str, ...] = "all" if packs == available else tuple(packs)
        if (saved := await save(interaction, enabled_packs=value)) is not None:
            await redraw(interaction, saved, [messages.discord_config_saved()])


CONFIG_SELECTS: tuple[type[discord.ui.DynamicItem[Any]], ...] = (
    WatchSelect, ModeratorSelect, LogChannelSelect, PackSelect)
