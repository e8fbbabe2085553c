"""Members' names for showing mentions, looked up with users.info and kept for a while."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Any

from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.api import api_call

NAME_SECONDS = 3600.0
MAX_NAMES = 10_000


def display_name(user: dict[str, Any]) -> str | None:
    """The name Slack shows for a member: display name, else real name, else handle."""
    profile = user.get("profile") or {}
    for name in (profile.get("display_name"), profile.get("real_name"), user.get("real_name"),
                 user.get("name")):
        if isinstance(name, str) and name.strip():
            return name.strip()
    return None


class Names:
    """Display names by (workspace, user id), each looked up at most once an hour."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._names: dict[tuple[str, str], tuple[str, float]] = {}

    async def of(self, client: AsyncWebClient, team: str,
                 users: Iterable[str]) -> dict[str, str]:
        """The names of `users` that could be found; a failed lookup is left out (the id is
        shown) and tried again next time."""
        now, out = self._clock(), {}
        for user in sorted(set(users)):
            known = self._names.get((team, user))
            if known is not None and now - known[1] < NAME_SECONDS:
                out[user] = known[0]
                continue
            found = await api_call("users.info", client.users_info, user=user)
            name = display_name(found.get("user") or {}) if found else None
            if name is None:
                continue
            if len(self._names) >= MAX_NAMES:
                self._names.clear()
            self._names[(team, user)] = (name, now)
            out[user] = name
        return out
