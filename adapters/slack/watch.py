"""Passive watch on Slack: which events are a person talking. Which messages get an answer and
how often is decided for every platform in `bot.chat.watch` and `bot.chat.cooldowns`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# Message subtypes that are still a person talking; every other subtype (edits, joins, bot
# posts, deletions) is ignored.
PERSON_SUBTYPES = frozenset({None, "thread_broadcast"})


def is_person_message(event: Mapping[str, Any]) -> bool:
    """A message a person wrote (not a bot, not an edit or a join)."""
    return (event.get("subtype") in PERSON_SUBTYPES and not event.get("bot_id")
            and not event.get("bot_profile") and bool(event.get("user")))
