"""Who may moderate: workspace admins and owners, and members of the user groups admins named."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from enum import IntEnum
from typing import Any

from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.api import api_call

CACHE_SECONDS = 60.0


class Role(IntEnum):
    MEMBER = 0
    MODERATOR = 1
    ADMIN = 2


class Roles:
    """Looks roles up through users.info and usergroups.users.list, briefly cached.

    A lookup that fails (missing scope, Slack down) counts as a plain member: moderation is
    refused rather than granted on an error.
    """

    def __init__(self, *, ttl: float = CACHE_SECONDS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._ttl = ttl
        self._clock = clock
        self._cache: dict[tuple[str, str, tuple[str, ...]], tuple[float, Role]] = {}

    async def role(self, client: AsyncWebClient, team_id: str, user_id: str,
                   moderator_groups: Iterable[str]) -> Role:
        groups = tuple(sorted(moderator_groups))
        key = (team_id, user_id, groups)
        cached = self._cache.get(key)
        now = self._clock()
        if cached and now - cached[0] < self._ttl:
            return cached[1]
        role = await self._look_up(client, user_id, groups)
        self._cache[key] = (now, role)
        return role

    def forget(self, team_id: str) -> None:
        """Drop cached roles of a workspace (after its moderator groups change)."""
        self._cache = {k: v for k, v in self._cache.items() if k[0] != team_id}

    async def _look_up(self, client: AsyncWebClient, user_id: str,
                       groups: tuple[str, ...]) -> Role:
        user = await api_call("users.info", client.users_info, user=user_id)
        profile: dict[str, Any] = (user or {}).get("user") or {}
        if profile.get("is_bot") or profile.get("deleted"):
            return Role.MEMBER
        if profile.get("is_admin") or profile.get("is_owner") or profile.get("is_primary_owner"):
            return Role.ADMIN
        for group in groups:
            members = await api_call("usergroups.users.list", client.usergroups_users_list,
                                  usergroup=group)
            if user_id in ((members or {}).get("users") or []):
                return Role.MODERATOR
        return Role.MEMBER

