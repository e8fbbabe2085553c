"""Settings, start-up and operations, worded for the admin who runs factbot."""

from __future__ import annotations

__all__ = [
    "adapter_failed",
    "adapter_not_installed",
    "config_console_alone",
    "config_expected",
    "config_failed",
    "config_no_adapters",
    "config_not_utf8",
    "config_ok",
    "config_password_in_file",
    "config_secret_empty",
    "config_secret_file_unreadable",
    "config_secret_in_file",
    "config_secret_missing",
    "config_secret_twice",
    "config_semantic_missing",
    "config_shard_out_of_range",
    "config_shards_without_count",
    "config_toml_syntax",
    "config_unknown",
    "config_unknown_env",
    "config_unreadable",
    "config_value_set",
    "config_value_unset",
    "config_web_no_signin",
    "not_a_port",
    "ops_port_unavailable",
    "redis_not_installed",
    "redis_unreachable",
    "unknown_matcher",
]

# -- configuration and operations ---------------------------------------------------------------

def config_expected(what: str) -> str:
    return f"must be {what}"


def config_password_in_file() -> str:
    return ("this URL carries a password; put it in FACTBOT_DATABASE_URL or FACTBOT_REDIS_URL "
            "(or a file named by the _FILE variable), never in the settings file")


def config_unreadable(exc: OSError) -> str:
    return f"cannot read the settings file: {exc.strerror or exc}"


def config_not_utf8() -> str:
    return "the settings file is not UTF-8 text; save it as UTF-8"


def config_toml_syntax(detail: str) -> str:
    return f"TOML syntax error: {detail}"


def config_unknown(name: str, suggestion: str | None) -> str:
    hint = f"; did you mean '{suggestion}'?" if suggestion else ""
    return f"'{name}' is not a setting factbot knows{hint}"


def config_unknown_env(suggestion: str | None) -> str:
    hint = f"; did you mean {suggestion}?" if suggestion else ""
    return f"this FACTBOT_ variable is not read by factbot and has no effect{hint}"


def config_secret_in_file(env: str) -> str:
    return (f"secrets are never read from the settings file; remove it and set {env} "
            f"(or {env}_FILE naming a file that holds it)")


def config_secret_twice(file_env: str) -> str:
    return f"both this and {file_env} are set; keep only one"


def config_secret_file_unreadable(path: str, exc: OSError | None) -> str:
    reason = f": {exc.strerror or exc}" if exc is not None else ": not UTF-8 text"
    return f"cannot read the secret file '{path}'{reason}"


def config_secret_empty() -> str:
    return "the secret is empty"


def config_secret_missing(env: str, file_env: str, platform: str) -> str:
    return f"{platform} is enabled but {env} is not set; set it, or {file_env} naming a file"


def config_shards_without_count() -> str:
    return "shard ids are given but discord.shard_count is not; set the total number of shards"


def config_shard_out_of_range(shard: int, count: int) -> str:
    return f"shard id {shard} is not below discord.shard_count ({count})"


def config_console_alone() -> str:
    return ("the console adapter reads the terminal and runs alone; "
            "choose it or the chat platforms, not both")


def config_no_adapters() -> str:
    return "no adapter chosen; name at least one of console, discord, slack"


def config_web_no_signin() -> str:
    return ("the desk is enabled but nobody can sign in to it: set web.discord_client_id and "
            "FACTBOT_WEB_DISCORD_CLIENT_SECRET, or web.slack_client_id and "
            "FACTBOT_WEB_SLACK_CLIENT_SECRET, or set web.enabled = false")


def config_semantic_missing() -> str:
    return ("the semantic matcher needs the semantic extra: pip install 'factbot[semantic]', "
            "or choose \"auto\" or \"lexical\"")


def config_ok(source: str, adapters: list[str]) -> str:
    where = source or "defaults and environment"
    return f"OK: settings from {where} are valid; adapters: {', '.join(adapters)}."


def config_failed(errors: int, warnings: int) -> str:
    return (f"{errors} error(s), {warnings} warning(s) in the settings and fact packs; "
            "nothing was started.")


def config_value_set() -> str:
    return "set"


def config_value_unset() -> str:
    return "not set"


def adapter_not_installed(adapter: str, extra: str) -> str:
    return (f"the {adapter} adapter needs its extra: pip install 'factbot[{extra}]'")


def adapter_failed(adapter: str) -> str:
    return f"the {adapter} adapter stopped with an error; see the log. factbot is shutting down."


def not_a_port(value: str) -> str:
    return f"{value!r} is not a port number (0 to 65535; 0 picks a free port)"


# -- shared cooldowns ---------------------------------------------------------------------------

def redis_not_installed() -> str:
    return "redis.url is set but the Redis client is not installed: pip install 'factbot[ops]'"


def redis_unreachable(reason: str) -> str:
    return (f"cannot reach Redis at redis.url (FACTBOT_REDIS_URL): {reason.rstrip('. ')}. "
            "Start it, fix the URL, or unset it to keep cooldowns in each process.")


def ops_port_unavailable(host: str, port: int, reason: str) -> str:
    return (f"cannot listen on {host}:{port} for /healthz, /readyz and /metrics ({reason}); "
            "set ops.port (FACTBOT_OPS_PORT) to a free port, or ops.enabled = false")


# -- matcher choice -----------------------------------------------------------------------------

def unknown_matcher(variable: str, value: str) -> str:
    return f"{variable}={value!r} is not a matcher; use auto, lexical or semantic"
