"""Passive watch on Discord: the reaction-first memory. Which messages get an answer and how
often is decided for every platform in `bot.chat.watch` and `bot.chat.cooldowns`."""

from __future__ import annotations

from collections import OrderedDict

from bot.core.models import Reply

PENDING_REACTIONS = 500


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
