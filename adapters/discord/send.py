"""Sending to Discord without letting a platform error take the bot down.

discord.py already waits out 429 rate limits and retries; what reaches here is a request that
still failed (403 missing permissions, a 429 it gave up on, a 5xx). Each is logged with what was
attempted and survived; where an admin can be told (the server's system channel), they are, once
per channel and problem.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable
from typing import TypeVar

import discord

from bot import messages

log = logging.getLogger("adapters.discord")
T = TypeVar("T")


class Survivor:
    """Runs sends, logging and surviving platform errors; tells admins about missing access."""

    def __init__(self) -> None:
        self._told: set[tuple[int, int, int]] = set()

    async def attempt(self, what: str, action: Awaitable[T], *,
                      channel: discord.abc.Messageable | None = None) -> T | None:
        try:
            return await action
        except discord.Forbidden as exc:
            log.warning("discord refused %s (403, code %s): %s", what, exc.code, exc.text)
            if isinstance(channel, discord.abc.GuildChannel):
                await self.tell_admins(channel, exc)
        except discord.HTTPException as exc:
            log.warning("discord failed %s (%s, code %s): %s", what, exc.status, exc.code,
                        exc.text)
        return None

    async def tell_admins(self, channel: discord.abc.GuildChannel,
                          error: discord.HTTPException) -> None:
        guild = channel.guild
        notice = guild.system_channel
        key = (guild.id, channel.id, error.status)
        if notice is None or notice.id == channel.id or key in self._told:
            return
        self._told.add(key)
        try:
            await notice.send(messages.discord_missing_access(channel.mention))
        except discord.HTTPException as exc:
            log.warning("could not tell the admins of guild %s either (%s)", guild.id,
                        exc.status)
