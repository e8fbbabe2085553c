"""Passive watch: which channel messages factbot may answer unasked, and how often."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import Any

from bot.chat.settings import ServerSettings

# Message subtypes that are still a person talking; every other subtype (edits, joins, bot
# posts, deletions) is ignored.
PERSON_SUBTYPES = frozenset({None, "thread_broadcast"})


def is_person_message(event: Mapping[str, Any]) -> bool:
    """A message a person wrote (not a bot, not an edit or a join)."""
    return (event.get("subtype") in PERSON_SUBTYPES and not event.get("bot_id")
            and not event.get("bot_profile") and bool(event.get("user")))


class Cooldowns:
    """Per-channel and per-user quiet periods after each unasked answer."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._channels: dict[tuple[str, str], float] = {}
        self._users: dict[tuple[str, str], float] = {}

    def ready(self, team: str, channel: str, user: str, settings: ServerSettings) -> bool:
        now = self._clock()
        last_channel = self._channels.get((team, channel))
        last_user = self._users.get((team, user))
        if last_channel is not None and now - last_channel < settings.channel_cooldown_s:
            return False
        return last_user is None or now - last_user >= settings.user_cooldown_s

    def record(self, team: str, channel: str, user: str) -> None:
        now = self._clock()
        self._channels[(team, channel)] = now
        self._users[(team, user)] = now
