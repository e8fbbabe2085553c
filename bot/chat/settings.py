"""Per-server settings: one frozen object, validated as a whole, stored as JSON."""

from __future__ import annotations

import logging
import re
from collections.abc import Collection, Mapping
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from bot import messages
from bot.core.checker import DEFAULT_THRESHOLD

log = logging.getLogger(__name__)

REPLY_MODES = ("public", "thread", "private")
MAX_NAME = 200
MAX_URL = 500
# An absolute http(s) address with `{id}` (where the fact id goes) and no other braces.
FACT_PAGE_URL = re.compile(r"https?://[^\s/{}]+[^\s{}]*\{id\}[^\s{}]*")
LANGUAGES = ("en",)
MAX_COOLDOWN_S = 24 * 3600


class SettingsError(ValueError):
    """Settings that cannot be applied; the message lists every problem, ready to show."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True, slots=True)
class ServerSettings:
    """How factbot behaves in one server (Discord guild or Slack workspace).

    `enabled_packs` None means every bundled pack, including packs added later.
    `watched_channels` are channel ids checked passively (without a mention or command).
    `moderator_roles` are Discord role ids or Slack user group ids whose members may moderate;
    server administrators always may. `reviewer_name` is the organisation that publishes the
    server's fact checks and `fact_page_url` the address of a fact's page, with `{id}` where
    the fact id goes: the ClaimReview export names them as its author and `url`.
    `log_channel` is where notices for admins go (a channel id; empty: nowhere, they are only
    listed in the status).
    """

    enabled_packs: tuple[str, ...] | None = None
    threshold: float = DEFAULT_THRESHOLD
    reply_mode: str = "public"
    watched_channels: tuple[str, ...] = ()
    passive_reaction_first: bool = True
    channel_cooldown_s: int = 30
    user_cooldown_s: int = 10
    moderator_roles: tuple[str, ...] = ()
    language: str = "en"
    allow_dms: bool = True
    reviewer_name: str = ""
    fact_page_url: str = ""
    log_channel: str = ""

    def packs_enabled(self, available: Collection[str]) -> list[str]:
        """The pack ids this server serves, of those available now."""
        if self.enabled_packs is None:
            return sorted(available)
        return [p for p in self.enabled_packs if p in available]

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key, value in data.items():
            if isinstance(value, tuple):
                data[key] = list(value)
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> ServerSettings:
        """Stored settings. Keys this version does not know are ignored; a stored value it
        cannot use (written by another version, or by hand) falls back to its default."""
        settings = cls()
        known = {f.name for f in fields(cls)}
        for key, value in (data or {}).items():
            if key in known:
                try:
                    settings = apply_changes(settings, {key: value})
                except SettingsError:
                    log.warning("ignoring stored setting %s=%r", key, value)
        return settings


def _ids(key: str, value: Any, problems: list[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [v for v in value.replace(",", " ").split() if v]
    if not isinstance(value, list | tuple | set | frozenset):
        problems.append(messages.setting_wrong_type(key, "a list of ids"))
        return ()
    out = []
    for item in value:
        text = str(item).strip()
        if not text or isinstance(item, bool):
            problems.append(messages.setting_wrong_type(key, "a list of ids"))
            return ()
        if text not in out:
            out.append(text)
    return tuple(out)


def _flag(key: str, value: Any, problems: list[str]) -> bool:
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower()
    if word in ("1", "true", "yes", "on"):
        return True
    if word in ("0", "false", "no", "off"):
        return False
    problems.append(messages.setting_wrong_type(key, "yes or no"))
    return False


def _seconds(key: str, value: Any, problems: list[str]) -> int:
    try:
        if isinstance(value, bool):
            raise ValueError
        seconds = int(value)
    except (TypeError, ValueError):
        problems.append(messages.setting_wrong_type(key, "a whole number of seconds"))
        return 0
    if not 0 <= seconds <= MAX_COOLDOWN_S:
        problems.append(messages.setting_out_of_range(key, 0, MAX_COOLDOWN_S))
    return seconds


def _coerce(key: str, value: Any, problems: list[str]) -> Any:
    if key == "enabled_packs":
        if value is None or (isinstance(value, str) and value.strip().lower() in ("all", "")):
            return None
        return _ids(key, value, problems)
    if key in ("watched_channels", "moderator_roles"):
        return _ids(key, value, problems)
    if key in ("passive_reaction_first", "allow_dms"):
        return _flag(key, value, problems)
    if key in ("channel_cooldown_s", "user_cooldown_s"):
        return _seconds(key, value, problems)
    if key == "threshold":
        try:
            if isinstance(value, bool):
                raise ValueError
            threshold = float(value)
        except (TypeError, ValueError):
            problems.append(messages.setting_wrong_type(key, "a number from 0 to 1"))
            return DEFAULT_THRESHOLD
        if not 0.0 <= threshold <= 1.0:
            problems.append(messages.setting_out_of_range(key, 0, 1))
        return threshold
    if key == "log_channel":
        channel = "" if value is None else str(value).strip()
        if channel.lower() in ("none", "off"):
            return ""
        if any(c.isspace() for c in channel) or len(channel) > 64:
            problems.append(messages.setting_wrong_type(key, "a channel id"))
        return channel
    if key == "reply_mode":
        mode = str(value).strip().lower()
        if mode not in REPLY_MODES:
            problems.append(messages.setting_not_one_of(key, str(value), REPLY_MODES))
        return mode
    if key == "reviewer_name":
        name = " ".join(str(value or "").split())
        if len(name) > MAX_NAME:
            problems.append(messages.setting_too_long(key, MAX_NAME))
        return name
    if key == "fact_page_url":
        url = str(value or "").strip()
        if url and not FACT_PAGE_URL.fullmatch(url):
            problems.append(messages.setting_bad_fact_page_url(key, url))
        if len(url) > MAX_URL:
            problems.append(messages.setting_too_long(key, MAX_URL))
        return url
    if key == "language":
        lang = str(value).strip().lower()
        if lang not in LANGUAGES:
            problems.append(messages.setting_not_one_of(key, str(value), LANGUAGES))
        return lang
    raise AssertionError(key)


def apply_changes(settings: ServerSettings, changes: Mapping[str, Any],
                  *, known_packs: Collection[str] | None = None) -> ServerSettings:
    """`settings` with `changes` applied, or SettingsError listing every problem at once.

    Values may be typed (as in ServerSettings) or text as typed on a command line:
    lists as comma- or space-separated ids, flags as yes/no, enabled_packs as `all`.
    """
    problems: list[str] = []
    names = [f.name for f in fields(ServerSettings)]
    coerced: dict[str, Any] = {}
    for key, value in changes.items():
        if key not in names:
            problems.append(messages.unknown_setting(key, names))
            continue
        coerced[key] = _coerce(key, value, problems)
    packs = coerced.get("enabled_packs")
    if known_packs is not None and packs:
        problems.extend(messages.unknown_pack(p, sorted(known_packs))
                        for p in packs if p not in known_packs)
    if problems:
        raise SettingsError(problems)
    return replace(settings, **coerced)
