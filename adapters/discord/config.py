"""Process-wide Discord settings, as `factbot run` hands them to the Discord adapter.

`bot/ops/config.py` reads and validates them with every other setting: ``DISCORD_TOKEN`` (or
``DISCORD_TOKEN_FILE``), ``DISCORD_DEV_GUILD`` (sync commands to one guild, for development),
``FACTBOT_SHARD_COUNT`` and ``FACTBOT_SHARD_IDS`` (split a large bot across processes),
``FACTBOT_DISCORD_DMS`` (answer direct messages) and ``FACTBOT_MESSAGE_CONTENT`` (request the
privileged message-content intent, needed only for passive watch and for "reply to a message with
a mention"; turn it on in the Developer Portal too, or Discord refuses the connection).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class DiscordConfig:
    token: str = field(repr=False)
    dev_guild: int | None = None
    shard_count: int | None = None
    shard_ids: tuple[int, ...] | None = None
    allow_dms: bool = False
    message_content: bool = False

