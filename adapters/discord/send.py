"""Sending to Discord without letting a platform error take the bot down.

discord.py already waits out 429 rate limits and retries; what reaches here is a request that
still failed (403 missing permissions, a 429 it gave up on, a 5xx). Each is logged with what was
attempted and survived. Missing access in a server is remembered for `/factbot status` and, when
the server's admins set a log channel in `/factbot config`, told there once per channel and
problem (never in the system channel, which is often a public welcome channel).
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeVar

import discord

from bot import messages

log = logging.getLogger("adapters.discord")
T = TypeVar("T")
RECENT_PROBLEMS = 10

LogChannelOf = Callable[[int], Awaitable[int | None]]


@dataclass(frozen=True, slots=True)
class AccessProblem:
    """Discord refused the bot something in a channel of a server."""

    channel_id: int
    what: str
    status: int
    code: int
    at: datetime


async def no_log_channel(guild_id: int) -> int | None:
    return None


class Survivor:
    """Runs sends, logging and surviving platform errors; tells admins about missing access."""

    def __init__(self, log_channel_of: LogChannelOf = no_log_channel) -> None:
        self.log_channel_of = log_channel_of
        self._told: set[tuple[int, int, int]] = set()
        self._problems: dict[int, deque[AccessProblem]] = {}

    async def attempt(self, what: str, action: Awaitable[T], *,
                      channel: discord.abc.Messageable | None = None) -> T | None:
        try:
            return await action
        except discord.Forbidden as exc:
            log.warning("discord refused %s (403, code %s): %s", what, exc.code, exc.text)
            if isinstance(channel, discord.abc.GuildChannel):
                await self.tell_admins(channel, exc, what)
        except discord.HTTPException as exc:
            log.warning("discord failed %s (%s, code %s): %s", what, exc.status, exc.code,
                        exc.text)
        return None

    def recent(self, guild_id: int) -> list[AccessProblem]:
        """The server's latest access problems, newest first."""
        return list(reversed(self._problems.get(guild_id, ())))

    async def tell_admins(self, channel: discord.abc.GuildChannel,
                          error: discord.HTTPException, what: str = "") -> None:
        guild = channel.guild
        self._problems.setdefault(guild.id, deque(maxlen=RECENT_PROBLEMS)).append(AccessProblem(
            channel.id, what, error.status, error.code, datetime.now(UTC)))
        key = (guild.id, channel.id, error.status)
        if key in self._told:
            return
        log_id = await self.log_channel_of(guild.id)
        notice = guild.get_channel(log_id) if log_id is not None else None
        if not isinstance(notice, discord.abc.Messageable) or notice.id == channel.id:
            return
        self._told.add(key)
        try:
            await notice.send(messages.discord_missing_access(channel.mention))
        except discord.HTTPException as exc:
            log.warning("could not tell the admins of guild %s in their log channel either (%s)",
                        guild.id, exc.status)
