"""Who may do what in a server, decided once for every platform.

The adapters only gather what their platform says of a member into a `Standing` (Discord: the
Manage Server permission and the member's role ids; Slack: the workspace admin or owner flag
and which of the named user groups the member is in) and ask `role_of`:

- ADMIN: a server administrator. Changes the server's settings, and moderates.
- MODERATOR: a member of one of the roles or user groups the server's admins named
  (`ServerSettings.moderator_roles`). Edits facts and works the queues.
- MEMBER: everyone else, and every bot or deactivated account whatever its flags.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from enum import IntEnum


class Role(IntEnum):
    MEMBER = 0
    MODERATOR = 1
    ADMIN = 2


@dataclass(frozen=True, slots=True)
class Standing:
    """What a platform says of one member of a server."""

    admin: bool = False                    # Discord: Manage Server; Slack: admin or owner
    groups: frozenset[str] = frozenset()   # Discord role ids; Slack user group ids
    person: bool = True                    # False for bots and deactivated accounts


def role_of(standing: Standing, moderator_roles: Collection[str] = ()) -> Role:
    """The member's role, given the server's moderator roles (or user groups)."""
    if not standing.person:
        return Role.MEMBER
    if standing.admin:
        return Role.ADMIN
    if standing.groups & {str(r) for r in moderator_roles}:
        return Role.MODERATOR
    return Role.MEMBER
