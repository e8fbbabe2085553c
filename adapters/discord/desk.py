"""How the Discord adapter addresses the desk (`bot.chat.seam.Desk`): guilds and members."""

from __future__ import annotations

import discord

from bot.chat.seam import Desk
from bot.moderation.types import Actor, ServerKey

__all__ = ["PLATFORM", "Desk", "actor_of", "server_key"]

PLATFORM = "discord"


def server_key(guild_id: int) -> ServerKey:
    return ServerKey(PLATFORM, str(guild_id))


def actor_of(user: discord.abc.User) -> Actor:
    return Actor(PLATFORM, str(user.id), user.name)
