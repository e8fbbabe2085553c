"""Who may moderate: members with Manage Server, or with a role the server's admins named.

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

T = TypeVar("T")


class NotModerator(app_commands.CheckFailure):
    def __init__(self) -> None:
        super().__init__(messages.discord_not_moderator())


class NotAdmin(app_commands.CheckFailure):
    def __init__(self) -> None:
        super().__init__(messages.discord_not_admin())


def role_ids(user: discord.abc.User) -> set[str]:
    roles = getattr(user, "roles", [])
    return {str(role.id) for role in roles}


def is_admin(interaction: discord.Interaction) -> bool:
    return interaction.guild_id is not None and interaction.permissions.manage_guild


async def is_moderator(interaction: discord.Interaction, desk: Desk) -> bool:
    if interaction.guild_id is None:
        return False
    if interaction.permissions.manage_guild:
        return True
    settings = await desk.settings(server_key(interaction.guild_id))
    return bool(role_ids(interaction.user) & set(settings.moderator_roles))


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
