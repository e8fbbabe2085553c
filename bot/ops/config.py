"""Settings: `factbot.toml`, overridden by FACTBOT_* variables, secrets from the environment only.

Everything is validated once, at start, into a frozen `Settings`; every problem is collected and
reported together, each naming the file (and line) or the variable it came from.
"""

from __future__ import annotations

import base64
import binascii
import difflib
import os
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot import messages
from bot.ops.config_schema import (
    ADAPTERS,
    CONFIG_ENV,
    DEFAULT_CONFIG_NAME,
    ENV_PREFIX,
    KEYS,
    KEYS_BY_DOTTED,
    SECRETS,
    Invalid,
    Key,
    Network,
    Secret,
    SecretVar,
    env_names,
)
from bot.ops.embedding import semantic_available

__all__ = [
    "ADAPTERS", "KEYS", "SECRETS", "ConfigError", "Key", "Problem", "Secret", "SecretVar",
    "Settings", "env_names", "find_config", "load_settings",
]


@dataclass(frozen=True, slots=True)
class Problem:
    """One configuration problem: where it came from, which key, and what to do."""

    where: str
    key: str
    message: str
    warning: bool = False

    def __str__(self) -> str:
        tag = "warning: " if self.warning else ""
        key = "" if self.key == self.where else f"{self.key}: "
        return f"{self.where}: {tag}{key}{self.message}"


class ConfigError(Exception):
    """Settings that cannot be used; carries every problem found, and the fact pack paths as
    read (so the packs can still be checked in the same run)."""

    def __init__(self, problems: Sequence[Problem], fact_paths: Sequence[Path] = ()) -> None:
        self.problems = tuple(problems)
        self.fact_paths = tuple(fact_paths)
        super().__init__("\n".join(str(p) for p in self.problems if not p.warning))


# -- the settings -------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class DiscordSettings:
    token: Secret | None
    shard_count: int
    shard_ids: tuple[int, ...]
    message_content: bool
    dms: bool
    dev_guild: int


@dataclass(frozen=True, slots=True)
class SlackSettings:
    bot_token: Secret | None
    app_token: Secret | None
    signing_secret: Secret | None
    mode: str
    host: str
    port: int
    api_url: str
    client_id: str | None = None
    client_secret: Secret | None = None

    @property
    def oauth(self) -> bool:
        """Several workspaces installing through OAuth, each token kept in the store."""
        return bool(self.client_id and self.client_secret)


@dataclass(frozen=True, slots=True)
class OpsSettings:
    enabled: bool
    host: str
    port: int


@dataclass(frozen=True, slots=True)
class WebSettings:
    """The moderators' desk: where it listens, the address people reach it at (the OAuth
    redirect URLs are made from it), and the sign-in apps of each platform."""

    enabled: bool
    host: str
    port: int
    public_url: str
    discord_client_id: str | None
    discord_client_secret: Secret | None
    discord_url: str
    slack_client_id: str | None
    slack_client_secret: Secret | None
    slack_url: str
    secure_cookies: bool
    recheck_seconds: int
    signin_limit: int
    session_hours: int
    trusted_proxies: tuple[Network, ...] = ()

    @property
    def platforms(self) -> tuple[str, ...]:
        """The platforms people can sign in with: those with a client id and secret."""
        found = []
        if self.discord_client_id and self.discord_client_secret:
            found.append("discord")
        if self.slack_client_id and self.slack_client_secret:
            found.append("slack")
        return tuple(found)


def _web_off() -> WebSettings:
    return WebSettings(False, "127.0.0.1", 8088, "http://127.0.0.1:8088", None, None,
                       "https://discord.com", None, None, "https://slack.com", True, 30, 20, 12)


@dataclass(frozen=True, slots=True)
class LoggingSettings:
    level: str
    format: str
    message_text: bool


@dataclass(frozen=True, slots=True)
class Settings:
    source: str
    adapters: tuple[str, ...]
    shutdown_grace: float
    fact_paths: tuple[Path, ...]
    threshold: float
    matcher: str
    data_dir: Path
    database_url: Secret
    redis_url: Secret | None
    ops: OpsSettings
    logging: LoggingSettings
    discord: DiscordSettings
    slack: SlackSettings
    warnings: tuple[Problem, ...] = ()
    web: WebSettings = field(default_factory=_web_off)
    # FACTBOT_SECRET_KEY, then its fallbacks: the first encrypts stored tokens, all decrypt.
    secret_keys: tuple[Secret, ...] = ()

    def secrets(self) -> tuple[Secret, ...]:
        found = (self.database_url, self.redis_url, self.discord.token, self.slack.bot_token,
                 self.slack.app_token, self.slack.signing_secret, self.slack.client_secret,
                 self.web.discord_client_secret, self.web.slack_client_secret,
                 *self.secret_keys)
        return tuple(s for s in found if s is not None)


def default_database_url(data_dir: Path) -> str:
    return f"sqlite+aiosqlite:///{(data_dir / 'factbot.db').resolve()}"


# -- loading ------------------------------------------------------------------------------------

def find_config(explicit: Path | None, env: Mapping[str, str]) -> Path | None:
    """The file to read: --config, then $FACTBOT_CONFIG, then ./factbot.toml if it exists."""
    if explicit is not None:
        return explicit
    if env.get(CONFIG_ENV):
        return Path(env[CONFIG_ENV])
    local = Path(DEFAULT_CONFIG_NAME)
    return local if local.is_file() else None


def _key_line(text: str, section: str, name: str) -> int:
    current = ""
    for number, line in enumerate(text.splitlines(), start=1):
        header = re.match(r"\s*\[([^\[\]]+)\]\s*(#.*)?$", line)
        if header:
            current = header.group(1).strip()
        elif current == section and re.match(rf"\s*{re.escape(name)}\s*=", line):
            return number
    return 0


class _Loader:
    def __init__(self, path: Path | None, env: Mapping[str, str]) -> None:
        self.path = path
        self.env = env
        self.text = ""
        self.problems: list[Problem] = []
        self.values: dict[str, Any] = {k.dotted: k.default for k in KEYS}
        self.secrets: dict[str, Secret] = {}
        self.secret_where: dict[str, str] = {}

    def file_where(self, section: str = "", name: str = "") -> str:
        where = str(self.path)
        line = _key_line(self.text, section, name) if name else 0
        return f"{where}:{line}" if line else where

    def problem(self, where: str, key: str, message: str, *, warning: bool = False) -> None:
        self.problems.append(Problem(where, key, message, warning))

    def read_file(self) -> None:
        if self.path is None:
            return
        try:
            self.text = self.path.read_text(encoding="utf-8")
            data = tomllib.loads(self.text)
        except OSError as exc:
            self.problem(str(self.path), "file", messages.config_unreadable(exc))
            return
        except UnicodeDecodeError:
            self.problem(str(self.path), "file", messages.config_not_utf8())
            return
        except tomllib.TOMLDecodeError as exc:
            self.problem(str(self.path), "file", messages.config_toml_syntax(str(exc)))
            return
        secret_keys = {(s.section, s.name): s for s in SECRETS}
        sections = sorted({k.section for k in KEYS})
        for section, table in data.items():
            if not isinstance(table, dict):
                self.problem(self.file_where(), section,
                             messages.config_unknown(section, _close(section, sections)))
                continue
            if section not in sections:
                self.problem(self.file_where(), section,
                             messages.config_unknown(section, _close(section, sections)))
                continue
            for name, raw in table.items():
                dotted = f"{section}.{name}"
                where = self.file_where(section, name)
                secret = secret_keys.get((section, name))
                if secret is not None and dotted not in KEYS_BY_DOTTED:
                    self.problem(where, dotted, messages.config_secret_in_file(secret.env))
                    continue
                key = KEYS_BY_DOTTED.get(dotted)
                if key is None:
                    names = [k.name for k in KEYS if k.section == section]
                    self.problem(where, dotted,
                                 messages.config_unknown(dotted, _close(name, names)))
                    continue
                self.set(key, raw, where)

    def set(self, key: Key, raw: Any, where: str) -> None:
        try:
            self.values[key.dotted] = key.parse(raw)
        except Invalid as exc:
            self.problem(where, key.dotted, str(exc))

    def read_env(self) -> None:
        for key in KEYS:
            if key.env in self.env and key.env not in {s.env for s in SECRETS}:
                self.set(key, self.env[key.env], key.env)
        for secret in SECRETS:
            self.read_secret(secret)
        known = env_names()
        for name in sorted(self.env):
            if name.startswith(ENV_PREFIX) and name not in known:
                self.problem(name, name, messages.config_unknown_env(
                    _close(name, sorted(known))), warning=True)

    def read_secret(self, secret: SecretVar) -> None:
        direct = self.env.get(secret.env)
        named = self.env.get(secret.file_env)
        if direct is not None and named is not None:
            self.problem(secret.env, secret.env, messages.config_secret_twice(secret.file_env))
            return
        if named is not None:
            try:
                value = Path(named).read_text(encoding="utf-8").strip()
            except (OSError, UnicodeDecodeError) as exc:
                reason = exc if isinstance(exc, OSError) else None
                self.problem(secret.file_env, secret.file_env,
                             messages.config_secret_file_unreadable(named, reason))
                return
            where = secret.file_env
        elif direct is not None:
            value, where = direct.strip(), secret.env
        else:
            return
        if not value:
            self.problem(where, where, messages.config_secret_empty())
            return
        self.secrets[f"{secret.section}.{secret.name}"] = Secret(value)
        self.secret_where[f"{secret.section}.{secret.name}"] = where

    def require_secrets(self, adapters: Iterable[str]) -> None:
        wanted = set(adapters)
        required: list[str] = []
        if "discord" in wanted:
            required.append("discord.token")
        if "slack" in wanted:
            mode = self.values["slack.mode"]
            oauth = bool(self.values["slack.client_id"] and "slack.client_secret" in self.secrets)
            if mode == "socket" or not oauth:
                required.append("slack.bot_token")
            required.append("slack.app_token" if mode == "socket" else "slack.signing_secret")
        by_dotted = {f"{s.section}.{s.name}": s for s in SECRETS}
        for dotted in required:
            if dotted not in self.secrets:
                var = by_dotted[dotted]
                self.problem(var.env, var.env, messages.config_secret_missing(
                    var.env, var.file_env, dotted.split(".")[0]))

    def build(self, adapters: tuple[str, ...]) -> Settings:
        v = self.values
        data_dir = Path(v["data.dir"])
        database = self.secrets.get("database.url") or Secret(
            v["database.url"] or default_database_url(data_dir))
        redis = self.secrets.get("redis.url") or (
            Secret(v["redis.url"]) if v["redis.url"] else None)
        return Settings(
            source=str(self.path) if self.path else "",
            adapters=adapters,
            shutdown_grace=v["run.shutdown_grace"],
            fact_paths=v["facts.paths"],
            threshold=v["facts.threshold"],
            matcher=v["facts.matcher"],
            data_dir=data_dir,
            database_url=database,
            redis_url=redis,
            ops=OpsSettings(v["ops.enabled"], v["ops.host"], v["ops.port"]),
            logging=LoggingSettings(v["logging.level"], v["logging.format"],
                                    v["logging.message_text"]),
            discord=DiscordSettings(self.secrets.get("discord.token"), v["discord.shard_count"],
                                    v["discord.shard_ids"], v["discord.message_content"],
                                    v["discord.dms"], v["discord.dev_guild"]),
            slack=SlackSettings(self.secrets.get("slack.bot_token"),
                                self.secrets.get("slack.app_token"),
                                self.secrets.get("slack.signing_secret"),
                                v["slack.mode"], v["slack.host"], v["slack.port"],
                                v["slack.api_url"], v["slack.client_id"],
                                self.secrets.get("slack.client_secret")),
            warnings=tuple(self.problems),
            web=WebSettings(v["web.enabled"], v["web.host"], v["web.port"],
                            v["web.public_url"].rstrip("/"), v["web.discord_client_id"],
                            self.secrets.get("web.discord_client_secret"),
                            v["web.discord_url"].rstrip("/"), v["web.slack_client_id"],
                            self.secrets.get("web.slack_client_secret"),
                            v["web.slack_url"].rstrip("/"), v["web.secure_cookies"],
                            v["web.recheck_seconds"], v["web.signin_limit"],
                            v["web.session_hours"], v["web.trusted_proxies"]),
            secret_keys=self.secret_keys(),
        )

    def secret_keys(self) -> tuple[Secret, ...]:
        key = self.secrets.get("data.secret_key")
        fallbacks = self.secrets.get("data.secret_key_fallbacks")
        if key is None:
            return ()
        more = fallbacks.reveal().split(",") if fallbacks is not None else []
        return (key, *(Secret(k.strip()) for k in more if k.strip()))

    def cross_check(self, adapters: tuple[str, ...]) -> None:
        count, ids = self.values["discord.shard_count"], self.values["discord.shard_ids"]
        if ids and not count:
            self.problem(_where_of(self, "discord", "shard_ids"), "discord.shard_ids",
                         messages.config_shards_without_count())
        for shard in ids:
            if count and shard >= count:
                self.problem(_where_of(self, "discord", "shard_ids"), "discord.shard_ids",
                             messages.config_shard_out_of_range(shard, count))
        if "console" in adapters and len(adapters) > 1:
            self.problem(_where_of(self, "run", "adapters"), "run.adapters",
                         messages.config_console_alone())
        if not adapters:
            self.problem(_where_of(self, "run", "adapters"), "run.adapters",
                         messages.config_no_adapters())
        if self.values["facts.matcher"] == "semantic" and not semantic_available():
            self.problem(_where_of(self, "facts", "matcher"), "facts.matcher",
                         messages.config_semantic_missing())
        self.check_urls()
        self.check_web()
        self.check_secret_key(adapters)

    def check_web(self) -> None:
        """An enabled desk needs at least one platform to sign in with."""
        if not self.values["web.enabled"]:
            return
        signable = [p for p in ("discord", "slack")
                    if self.values[f"web.{p}_client_id"] and f"web.{p}_client_secret"
                    in self.secrets]
        if not signable:
            self.problem(_where_of(self, "web", "enabled"), "web.enabled",
                         messages.config_web_no_signin())

    def check_secret_key(self, adapters: tuple[str, ...]) -> None:
        """The key must be usable; it is needed where tokens are kept: the desk's sign-ins,
        and the Slack app installed in several workspaces through OAuth."""
        key = self.secrets.get("data.secret_key")
        fallbacks = self.secrets.get("data.secret_key_fallbacks")
        if key is not None and not _fernet_key(key.reveal()):
            self.problem(self.secret_where["data.secret_key"], "data.secret_key",
                         messages.config_secret_key_invalid("the key"))
        if fallbacks is not None:
            where = self.secret_where["data.secret_key_fallbacks"]
            items = [k.strip() for k in fallbacks.reveal().split(",") if k.strip()]
            for number, item in enumerate(items, start=1):
                if not _fernet_key(item):
                    self.problem(where, "data.secret_key_fallbacks",
                                 messages.config_secret_key_invalid(f"fallback key {number}"))
        if key is not None:
            return
        slack_oauth = ("slack" in adapters and self.values["slack.mode"] == "http"
                       and bool(self.values["slack.client_id"])
                       and "slack.client_secret" in self.secrets)
        for needed, why in ((self.values["web.enabled"], "the moderators' desk (web.enabled)"),
                            (slack_oauth, "Slack installed through OAuth (slack.client_id)")):
            if needed:
                self.problem("FACTBOT_SECRET_KEY", "data.secret_key",
                             messages.config_secret_key_missing(why))

    def check_urls(self) -> None:
        """A database or Redis URL that cannot be used is named now, not when `factbot run`
        first opens it."""
        for dotted, accepted, problem in (
                ("database.url", _DATABASE_SCHEMES, messages.config_database_url),
                ("redis.url", _REDIS_SCHEMES, messages.config_redis_url)):
            secret = self.secrets.get(dotted)
            raw = secret.reveal() if secret is not None else self.values[dotted]
            if not raw:
                continue
            where = self.secret_where.get(dotted) or _where_of(self, *dotted.split("."))
            scheme = raw.split("://", 1)[0].casefold() if "://" in raw else ""
            if scheme not in accepted:
                self.problem(where, dotted, problem(scheme or raw[:20]))


# The URL schemes the store and the shared cooldowns can open.
_DATABASE_SCHEMES = frozenset({"sqlite", "sqlite+aiosqlite", "sqlite+pysqlite", "postgresql",
                               "postgres", "postgresql+asyncpg", "postgresql+psycopg2"})
_REDIS_SCHEMES = frozenset({"redis", "rediss", "unix"})


def _fernet_key(text: str) -> bool:
    """A Fernet key: 32 bytes in URL-safe base64."""
    try:
        return len(base64.urlsafe_b64decode(text.encode("ascii"))) == 32
    except (binascii.Error, UnicodeError, ValueError):
        return False


def _where_of(loader: _Loader, section: str, name: str) -> str:
    key = KEYS_BY_DOTTED[f"{section}.{name}"]
    if key.env in loader.env:
        return key.env
    return loader.file_where(section, name) if loader.path else "defaults"


def _close(word: str, options: Sequence[str]) -> str | None:
    found = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return found[0] if found else None


def load_settings(path: Path | None = None, *, env: Mapping[str, str] | None = None,
                  adapters: Sequence[str] | None = None,
                  overrides: Mapping[str, Any] | None = None) -> Settings:
    """Read the file and the environment; raise ConfigError with every problem at once.

    `adapters`, when given (from `factbot run --adapter`), replaces `run.adapters`;
    `overrides` maps dotted keys to command-line values, which win over both.
    """
    environ = os.environ if env is None else env
    loader = _Loader(find_config(path, environ), environ)
    loader.read_file()
    loader.read_env()
    for dotted, raw in (overrides or {}).items():
        loader.set(KEYS_BY_DOTTED[dotted], raw, "command line")
    chosen = tuple(dict.fromkeys(adapters)) if adapters else tuple(
        dict.fromkeys(loader.values["run.adapters"]))
    loader.require_secrets(chosen)
    loader.cross_check(chosen)
    if any(not p.warning for p in loader.problems):
        raise ConfigError(loader.problems, loader.values["facts.paths"])
    return loader.build(chosen)
