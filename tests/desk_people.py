"""People and servers of the desk's page tests, and signing in as one of them (the OAuth fake
that knows them is the `fake` fixture of desk_fixtures).

Ada administers Alpha (Manage Server) and is a plain member of Beta; Bo administers Beta; Cy
holds the role `r-mods` in Gamma, a moderator where Gamma's settings name that role.
"""

from __future__ import annotations

from desk_support import signed_in, text_of
from oauth_fake import MANAGE_GUILD, Person

from bot.moderation import ServerKey

ALPHA = ServerKey("discord", "111")
BETA = ServerKey("discord", "222")
GAMMA = ServerKey("discord", "333")
ADA = Person("5001", "Ada", guilds={"111": ("Alpha", MANAGE_GUILD, ()), "222": ("Beta", 0, ())})
BO = Person("5002", "Bo", guilds={"222": ("Beta", MANAGE_GUILD, ()), "111": ("Alpha", 0, ())})
CY = Person("5003", "Cy", guilds={"333": ("Gamma", 0, ("r-mods",)), "111": ("Alpha", 0, ())})
PEOPLE = (ADA, BO, CY)

__all__ = ["ADA", "ALPHA", "BETA", "BO", "CY", "GAMMA", "PEOPLE", "signed_in", "text_of"]
