"""Who may moderate a server: its administrators and members of its moderator roles."""

from __future__ import annotations

from collections.abc import Iterable

from bot.chat.settings import ServerSettings


def is_moderator(settings: ServerSettings, roles: Iterable[str], *, is_admin: bool) -> bool:
    """`roles`: the member's Discord role ids or Slack user group ids."""
    return is_admin or bool(set(settings.moderator_roles) & {str(r) for r in roles})
