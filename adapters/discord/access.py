"""Who may moderate on Discord: the member's Manage Server permission and role ids, judged by
`bot.moderation.permissions` (Manage Server: admin; a role the server's admins named: moderator).

Moderator commands are hidden from other members by their default permissions (Manage Server),
but a server can grant them to anyone in its Integrations settings, so every one of them is
checked again when it runs; a member who may not gets a polite, private refusal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import discord
from discord import app_commands

from adapters.discord.desk import Desk, server_key
from bot import messages
from bot.moderation.permissions import Role, Standing, role_of

T = TypeVar("T")


class NotModerator(app_commands.CheckFailure):
    def __init__(self) -> None:
        super().__init__(messages.discord_not_moderator())


class NotAdmin(app_commands.CheckFailure):
    def __init__(self) -> None:
        super().__init__(messages.discord_not_admin())


def standing(interaction: discord.Interaction) -> Standing:
    """What Discord says of the member using an interaction (nobody's admin in a DM)."""
    roles = getattr(interaction.user, "roles", [])
    return Standing(admin=interaction.guild_id is not None and interaction.permissions.manage_guild,
                    groups=frozenset(str(role.id) for role in roles),
                    person=not interaction.user.bot)


def is_admin(interaction: discord.Interaction) -> bool:
    return role_of(standing(interaction)) >= Role.ADMIN


async def is_moderator(interaction: discord.Interaction, desk: Desk) -> bool:
    if interaction.guild_id is None:
        return False
    if is_admin(interaction):
        return True  # no need to read the settings (nor to fail when the store is down)
    settings = await desk.settings(server_key(interaction.guild_id))
    return role_of(standing(interaction), settings.moderator_roles) >= Role.MODERATOR


def moderators_only(desk: Desk) -> Callable[[T], T]:
    """An app-command check: Manage Server or a moderator role, else a polite refusal."""

    async def predicate(interaction: discord.Interaction) -> bool:
        if not await is_moderator(interaction, desk):
            raise NotModerator
        return True

    return app_commands.check(predicate)


def admins_only() -> Callable[[T], T]:
    """An app-command check for server settings: Manage Server only."""

    async def predicate(interaction: discord.Interaction) -> bool:
        if not is_admin(interaction):
            raise NotAdmin
        return True

    return app_commands.check(predicate)
