"""Settings: `factbot.toml`, overridden by FACTBOT_* variables, secrets from the environment only.

Everything is validated once, at start, into a frozen `Settings`; every problem is collected and
reported together, each naming the file (and line) or the variable it came from.
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bot import messages

CONFIG_ENV = "FACTBOT_CONFIG"
DEFAULT_CONFIG_NAME = "factbot.toml"
ENV_PREFIX = "FACTBOT_"
ADAPTERS = ("console", "discord", "slack")
# FACTBOT_* variables read elsewhere, so not flagged as unknown.
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
    """Settings that cannot be used; carries every problem found."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems if not p.warning))


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
    Key("facts", "threshold", _float_in(0.0, 1.0), 0.6),
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
)


def env_names() -> frozenset[str]:
    """Every environment variable the settings read."""
    names = {k.env for k in KEYS} | {s.env for s in SECRETS} | {s.file_env for s in SECRETS}
    return frozenset(names | OTHER_FACTBOT_VARS)


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
    data_dir: Path
    database_url: Secret
    redis_url: Secret | None
    ops: OpsSettings
    logging: LoggingSettings
    discord: DiscordSettings
    slack: SlackSettings
    warnings: tuple[Problem, ...] = ()

    def secrets(self) -> tuple[Secret, ...]:
        found = (self.database_url, self.redis_url, self.discord.token, self.slack.bot_token,
                 self.slack.app_token, self.slack.signing_secret, self.slack.client_secret)
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
        )

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
        raise ConfigError(loader.problems)
    return loader.build(chosen)
