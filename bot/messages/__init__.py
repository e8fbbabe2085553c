"""Every sentence factbot shows to a person, in one place: one module per audience.

Callers use `messages.NAME`; the modules below hold the sentences, grouped by who reads them,
and each lists what it offers in `__all__`.
"""

from __future__ import annotations

from bot.messages.console import *  # noqa: F403
from bot.messages.discord_admins import *  # noqa: F403
from bot.messages.discord_moderators import *  # noqa: F403
from bot.messages.discord_text import *  # noqa: F403
from bot.messages.drafting import *  # noqa: F403
from bot.messages.moderation import *  # noqa: F403
from bot.messages.ops import *  # noqa: F403
from bot.messages.packs import *  # noqa: F403
from bot.messages.replies import *  # noqa: F403
from bot.messages.slack_text import *  # noqa: F403
from bot.messages.web import *  # noqa: F403
