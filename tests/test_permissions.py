"""Who may moderate, decided once (bot.moderation.permissions) from what a platform says."""

from __future__ import annotations

import pytest

from bot.moderation.permissions import Role, Standing, role_of

NAMED = ("R-MODS", "S0MODS")


@pytest.mark.parametrize(("standing", "role"), [
    (Standing(), Role.MEMBER),
    (Standing(groups=frozenset({"R-OTHER"})), Role.MEMBER),
    (Standing(groups=frozenset({"R-MODS"})), Role.MODERATOR),
    (Standing(groups=frozenset({"R-OTHER", "S0MODS"})), Role.MODERATOR),
    (Standing(admin=True), Role.ADMIN),
    (Standing(admin=True, groups=frozenset({"R-MODS"})), Role.ADMIN),
    # Bots and deactivated accounts never moderate, whatever their flags or groups.
    (Standing(admin=True, person=False), Role.MEMBER),
    (Standing(groups=frozenset({"R-MODS"}), person=False), Role.MEMBER),
])
def test_roles_from_standing(standing: Standing, role: Role) -> None:
    assert role_of(standing, NAMED) is role


def test_without_named_roles_only_admins_moderate() -> None:
    assert role_of(Standing(groups=frozenset({"R-MODS"}))) is Role.MEMBER
    assert role_of(Standing(admin=True)) is Role.ADMIN
