"""Passive watch: which unprompted messages get an answer, and how often.

Only channels an admin opted in are watched; a message must look like a claim, match with high
confidence, and neither its channel nor its author may have had a passive answer too recently.
Nothing is said when nothing matches.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from bot.chat.settings import ServerSettings
from bot.core.models import Reply

PENDING_REACTIONS = 500


@dataclass(frozen=True, slots=True)
class Spot:
    """Where a message was posted and by whom, as cooldowns key them."""

    server: str
    channel: str
    user: str


class Cooldowns:
    """Per-channel and per-user cooldowns for passive answers, on a monotonic clock."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._channels: dict[tuple[str, str], float] = {}
        self._users: dict[tuple[str, str], float] = {}

    def ready(self, spot: Spot, settings: ServerSettings) -> bool:
        now = self.clock()
        channel_at = self._channels.get((spot.server, spot.channel))
        user_at = self._users.get((spot.server, spot.user))
        if channel_at is not None and now - channel_at < settings.channel_cooldown_s:
            return False
        return user_at is None or now - user_at >= settings.user_cooldown_s

    def used(self, spot: Spot) -> None:
        now = self.clock()
        self._channels[(spot.server, spot.channel)] = now
        self._users[(spot.server, spot.user)] = now


class PendingReactions:
    """Messages the bot reacted to in reaction-first mode, waiting for someone to ask."""

    def __init__(self, limit: int = PENDING_REACTIONS) -> None:
        self.limit = limit
        self._items: OrderedDict[int, tuple[str, Reply]] = OrderedDict()
        # Reactions this process did not add that it looked into (after a restart, or added by
        # another instance): each message is fetched once per emoji, however many add it.
        self._looked_at: OrderedDict[tuple[int, str], None] = OrderedDict()

    def add(self, message_id: int, emoji: str, reply: Reply) -> None:
        self._items[message_id] = (emoji, reply)
        while len(self._items) > self.limit:
            self._items.popitem(last=False)

    def first_look(self, message_id: int, emoji: str) -> bool:
        """Whether this is the first time `emoji` on the message is looked into; remembered."""
        key = (message_id, emoji)
        if key in self._looked_at:
            return False
        self._looked_at[key] = None
        while len(self._looked_at) > self.limit:
            self._looked_at.popitem(last=False)
        return True

    def take(self, message_id: int, emoji: str) -> Reply | None:
        """The waiting reply if `emoji` is the one the bot added; each is given once."""
        item = self._items.get(message_id)
        if item is None or item[0] != emoji:
            return None
        del self._items[message_id]
        return item[1]
