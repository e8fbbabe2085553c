"""Who may moderate on Slack: the workspace admin or owner flag and the user groups a member is
in, judged by `bot.moderation.permissions` (admin or owner: admin; a named group: moderator)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Any

from slack_sdk.web.async_client import AsyncWebClient

from adapters.slack.api import api_call
from bot.moderation.permissions import Role, Standing, role_of

__all__ = ["CACHE_SECONDS", "Role", "Roles"]

CACHE_SECONDS = 60.0


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
        role = role_of(await self._standing(client, user_id, groups), groups)
        self._cache[key] = (now, role)
        return role

    def forget(self, team_id: str) -> None:
        """Drop cached roles of a workspace (after its moderator groups change)."""
        self._cache = {k: v for k, v in self._cache.items() if k[0] != team_id}

    async def _standing(self, client: AsyncWebClient, user_id: str,
                        groups: tuple[str, ...]) -> Standing:
        """What Slack says of the member; the groups are looked into only when they matter."""
        user = await api_call("users.info", client.users_info, user=user_id)
        profile: dict[str, Any] = (user or {}).get("user") or {}
        person = not (profile.get("is_bot") or profile.get("deleted"))
        admin = bool(profile.get("is_admin") or profile.get("is_owner")
                     or profile.get("is_primary_owner"))
        found = set()
        if person and not admin:
            for group in groups:
                members = await api_call("usergroups.users.list", client.usergroups_users_list,
                                         usergroup=group)
                if user_id in ((members or {}).get("users") or []):
                    found.add(group)
                    break  # one is enough to moderate
        return Standing(admin=admin, groups=frozenset(found), person=bool(profile) and person)

