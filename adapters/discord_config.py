"""Process-wide Discord settings, read once from the environment and validated together.

Variables:

- ``DISCORD_TOKEN``, or ``DISCORD_TOKEN_FILE`` naming a file that holds it (the token is never
  logged or shown).
- ``DISCORD_DEV_GUILD``: a guild id; commands are synced to that guild only (instant, for
  development) instead of globally.
- ``FACTBOT_SHARD_COUNT`` and ``FACTBOT_SHARD_IDS`` (comma-separated): which shards this process
  runs, to split a large bot across processes. Unset: discord.py asks Discord for the count and
  runs every shard.
- ``FACTBOT_DISCORD_DMS``: ``1`` lets the bot answer in direct messages (off by default).
- ``FACTBOT_MESSAGE_CONTENT``: ``1`` requests the privileged message-content intent. It is needed
  only for passive watch and for "reply to a message with a mention" (reading a message that does
  not mention the bot). Slash commands, the message menu and mentions work without it. Turn it on
  in the Developer Portal too, or Discord refuses the connection.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from bot import messages

TRUE_WORDS = frozenset({"1", "true", "yes", "on"})
FALSE_WORDS = frozenset({"", "0", "false", "no", "off"})


class DiscordConfigError(Exception):
    """Every problem with the Discord settings, as sentences a person can act on."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True, slots=True)
class DiscordConfig:
    token: str = field(repr=False)
    dev_guild: int | None = None
    shard_count: int | None = None
    shard_ids: tuple[int, ...] | None = None
    allow_dms: bool = False
    message_content: bool = False


def _flag(env: Mapping[str, str], name: str, problems: list[str]) -> bool:
    raw = env.get(name, "").strip().lower()
    if raw in TRUE_WORDS:
        return True
    if raw not in FALSE_WORDS:
        problems.append(messages.discord_bad_flag(name, raw))
    return False


def _first(env: Mapping[str, str], *names: str) -> tuple[str, str]:
    """The first of `names` that is set, and its value."""
    for name in names:
        if env.get(name, "").strip():
            return name, env[name].strip()
    return names[0], ""


def _int(env: Mapping[str, str], problems: list[str], *names: str) -> int | None:
    name, raw = _first(env, *names)
    if not raw:
        return None
    if not raw.isdigit():
        problems.append(messages.discord_bad_number(name, raw))
        return None
    return int(raw)


def _token(env: Mapping[str, str], problems: list[str]) -> str:
    token = env.get("DISCORD_TOKEN", "").strip()
    path = env.get("DISCORD_TOKEN_FILE", "").strip()
    if token:
        return token
    if path:
        try:
            token = Path(path).read_text(encoding="utf-8").strip()
        except OSError as exc:
            problems.append(messages.discord_token_file_unreadable(path, exc.strerror or str(exc)))
            return ""
        if not token:
            problems.append(messages.discord_token_file_empty(path))
        return token
    problems.append(messages.discord_token_missing())
    return ""


def _shards(env: Mapping[str, str],
            problems: list[str]) -> tuple[int | None, tuple[int, ...] | None]:
    count = _int(env, problems, "FACTBOT_SHARD_COUNT") or None
    _, raw_ids = _first(env, "FACTBOT_SHARD_IDS")
    if not raw_ids:
        return count, None
    parts = [p.strip() for p in raw_ids.split(",")]
    if not all(p.isdigit() for p in parts):
        problems.append(messages.discord_bad_shard_ids(raw_ids))
        return count, None
    ids = tuple(int(p) for p in parts)
    if count is None:
        problems.append(messages.discord_shard_ids_need_count())
    elif any(i >= count for i in ids):
        problems.append(messages.discord_shard_id_out_of_range(count))
    return count, ids


def load_discord_config(env: Mapping[str, str]) -> DiscordConfig:
    """The settings in `env`, or DiscordConfigError listing every problem at once."""
    problems: list[str] = []
    token = _token(env, problems)
    dev_guild = _int(env, problems, "DISCORD_DEV_GUILD")
    shard_count, shard_ids = _shards(env, problems)
    allow_dms = _flag(env, "FACTBOT_DISCORD_DMS", problems)
    message_content = _flag(env, "FACTBOT_MESSAGE_CONTENT", problems)
    if problems:
        raise DiscordConfigError(problems)
    return DiscordConfig(token=token, dev_guild=dev_guild, shard_count=shard_count,
                         shard_ids=shard_ids, allow_dms=allow_dms,
                         message_content=message_content)
