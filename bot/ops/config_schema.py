"""What factbot's settings are: every key with its parser, default and variable; the secrets.

`bot.ops.config` reads and validates them; this module only describes them.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from bot import messages
from bot.core.checker import DEFAULT_THRESHOLD

# The matchers `facts.matcher` may name ($FACTBOT_MATCHER overrides it).
Kind = Literal["auto", "lexical", "semantic"]
KINDS: tuple[Kind, ...] = ("auto", "lexical", "semantic")
MATCHER_ENV = "FACTBOT_MATCHER"

CONFIG_ENV = "FACTBOT_CONFIG"
DEFAULT_CONFIG_NAME = "factbot.toml"
ENV_PREFIX = "FACTBOT_"
ADAPTERS = ("console", "discord", "slack")
# FACTBOT_* variables read elsewhere (the bundled packs directory), so not flagged as unknown.
OTHER_FACTBOT_VARS = frozenset({CONFIG_ENV, "FACTBOT_FACTS_DIR"})


@dataclass(frozen=True, slots=True)
class Secret:
    """A value that must never be printed: its repr and str are masked."""

    value: str = field(repr=False)

    def reveal(self) -> str:
        return self.value

    def __repr__(self) -> str:
        return "Secret('********')"

    __str__ = __repr__


# -- the schema ---------------------------------------------------------------------------------

Parser = Callable[[Any], Any]


class Invalid(ValueError):
    """A value of the wrong shape; its message is a finished phrase for the admin."""


def _bool(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.strip().lower() in {"1", "true", "yes", "on"}:
        return True
    if isinstance(raw, str) and raw.strip().lower() in {"0", "false", "no", "off"}:
        return False
    raise Invalid(messages.config_expected("true or false"))


def _int_in(low: int, high: int) -> Parser:
    def parse(raw: Any) -> int:
        if isinstance(raw, bool):
            raise Invalid(messages.config_expected(f"a whole number from {low} to {high}"))
        try:
            value = int(raw.strip()) if isinstance(raw, str) else int(raw)
        except (TypeError, ValueError):
            raise Invalid(messages.config_expected(
                f"a whole number from {low} to {high}")) from None
        if isinstance(raw, float) or not low <= value <= high:
            raise Invalid(messages.config_expected(f"a whole number from {low} to {high}"))
        return value
    return parse


def _float_in(low: float, high: float) -> Parser:
    def parse(raw: Any) -> float:
        try:
            value = float(raw.strip()) if isinstance(raw, str) else float(raw)
        except (TypeError, ValueError):
            raise Invalid(messages.config_expected(f"a number from {low} to {high}")) from None
        if isinstance(raw, bool) or not low <= value <= high:
            raise Invalid(messages.config_expected(f"a number from {low} to {high}"))
        return value
    return parse


def _text(raw: Any) -> str:
    if not isinstance(raw, str) or not raw.strip():
        raise Invalid(messages.config_expected("a non-empty string"))
    return raw.strip()


def _choice(*options: str) -> Parser:
    def parse(raw: Any) -> str:
        value = _text(raw).lower()
        if value not in options:
            raise Invalid(messages.config_expected("one of " + ", ".join(options)))
        return value
    return parse


def _list_of(item: Parser) -> Parser:
    def parse(raw: Any) -> tuple[Any, ...]:
        if isinstance(raw, str):
            raw = [p for p in (s.strip() for s in raw.split(",")) if p]
        if not isinstance(raw, list):
            raise Invalid(messages.config_expected("a list (comma-separated in a variable)"))
        return tuple(item(v) for v in raw)
    return parse


def _path(raw: Any) -> Path:
    return Path(_text(raw)).expanduser()


Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def _network(raw: Any) -> Network:
    value = _text(raw)
    try:
        return ipaddress.ip_network(value, strict=False)
    except ValueError:
        raise Invalid(messages.config_proxy_invalid(value)) from None


def _plain_url(raw: Any) -> str:
    value = _text(raw)
    if urlsplit(value).password:
        raise Invalid(messages.config_password_in_file())
    return value


@dataclass(frozen=True, slots=True)
class Key:
    section: str
    name: str
    parse: Parser
    default: Any
    env_name: str | None = None

    @property
    def dotted(self) -> str:
        return f"{self.section}.{self.name}"

    @property
    def env(self) -> str:
        return self.env_name or f"{ENV_PREFIX}{self.section}_{self.name}".upper()


KEYS: tuple[Key, ...] = (
    Key("run", "adapters", _list_of(_choice(*ADAPTERS)), ("console",)),
    Key("run", "shutdown_grace", _float_in(0.0, 600.0), 20.0),
    Key("facts", "paths", _list_of(_path), ()),
    Key("facts", "threshold", _float_in(0.0, 1.0), DEFAULT_THRESHOLD),
    Key("facts", "matcher", _choice(*KINDS), "auto", MATCHER_ENV),
    Key("data", "dir", _path, Path("data")),
    Key("database", "url", _plain_url, None),
    Key("ops", "enabled", _bool, True),
    Key("ops", "host", _text, "127.0.0.1"),
    Key("ops", "port", _int_in(0, 65535), 9108),
    Key("logging", "level", _choice("debug", "info", "warning", "error"), "info"),
    Key("logging", "format", _choice("json", "text"), "json"),
    Key("logging", "message_text", _bool, False),
    Key("discord", "shard_count", _int_in(0, 65535), 0, "FACTBOT_SHARD_COUNT"),
    Key("discord", "shard_ids", _list_of(_int_in(0, 65534)), (), "FACTBOT_SHARD_IDS"),
    Key("discord", "message_content", _bool, False, "FACTBOT_MESSAGE_CONTENT"),
    Key("discord", "dms", _bool, False, "FACTBOT_DISCORD_DMS"),
    Key("discord", "dev_guild", _int_in(0, 2**64 - 1), 0, "DISCORD_DEV_GUILD"),
    Key("slack", "mode", _choice("socket", "http"), "socket"),
    Key("slack", "host", _text, "127.0.0.1"),
    Key("slack", "port", _int_in(0, 65535), 3000),
    Key("slack", "api_url", _text, "https://slack.com/api/"),
    Key("slack", "client_id", _text, None, "SLACK_CLIENT_ID"),
    Key("redis", "url", _plain_url, None),
    # The moderators' desk on the web (off unless enabled).
    Key("web", "enabled", _bool, False),
    Key("web", "host", _text, "127.0.0.1"),
    Key("web", "port", _int_in(0, 65535), 8088),
    Key("web", "public_url", _text, "http://127.0.0.1:8088"),
    Key("web", "discord_client_id", _text, None),
    Key("web", "discord_url", _text, "https://discord.com"),
    Key("web", "slack_client_id", _text, None),
    Key("web", "slack_url", _text, "https://slack.com"),
    Key("web", "secure_cookies", _bool, True),
    Key("web", "recheck_seconds", _int_in(0, 3600), 30),
    Key("web", "signin_limit", _int_in(1, 10000), 20),
    Key("web", "session_hours", _int_in(1, 24 * 30), 12),
    # Proxies (addresses or networks) whose X-Forwarded-For and X-Forwarded-Proto are believed.
    Key("web", "trusted_proxies", _list_of(_network), ()),
)
KEYS_BY_DOTTED = {k.dotted: k for k in KEYS}


@dataclass(frozen=True, slots=True)
class SecretVar:
    """A secret read from VAR, or from the file named by VAR_FILE."""

    env: str
    section: str
    name: str

    @property
    def file_env(self) -> str:
        return self.env + "_FILE"


SECRETS: tuple[SecretVar, ...] = (
    SecretVar("DISCORD_TOKEN", "discord", "token"),
    SecretVar("SLACK_BOT_TOKEN", "slack", "bot_token"),
    SecretVar("SLACK_APP_TOKEN", "slack", "app_token"),
    SecretVar("SLACK_SIGNING_SECRET", "slack", "signing_secret"),
    SecretVar("SLACK_CLIENT_SECRET", "slack", "client_secret"),
    SecretVar("FACTBOT_DATABASE_URL", "database", "url"),
    SecretVar("FACTBOT_REDIS_URL", "redis", "url"),
    SecretVar("FACTBOT_WEB_DISCORD_CLIENT_SECRET", "web", "discord_client_secret"),
    SecretVar("FACTBOT_WEB_SLACK_CLIENT_SECRET", "web", "slack_client_secret"),
    # Encrypts the tokens kept in the database; the fallbacks (comma-separated) only decrypt.
    SecretVar("FACTBOT_SECRET_KEY", "data", "secret_key"),
    SecretVar("FACTBOT_SECRET_KEY_FALLBACKS", "data", "secret_key_fallbacks"),
)


def env_names() -> frozenset[str]:
    """Every environment variable the settings read."""
    names = {k.env for k in KEYS} | {s.env for s in SECRETS} | {s.file_env for s in SECRETS}
    return frozenset(names | OTHER_FACTBOT_VARS)
