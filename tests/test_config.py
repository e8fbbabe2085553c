"""Settings: file, environment overrides, secrets from the environment, all problems at once."""

from __future__ import annotations

import io
import json
import logging
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from bot.cli.main import main
from bot.ops.config import (
    KEYS,
    SECRETS,
    ConfigError,
    Secret,
    env_names,
    find_config,
    load_settings,
)
from bot.ops.logging_setup import configure_logging

DISCORD = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.Gabcde.discord-token-value-0123456789"
BOT_TOKEN = "xoxb-1111-2222-slack-bot-token-value"
APP_TOKEN = "xapp-1-A111-slack-app-token-value"
SIGNING = "8f742231b10e8888abcd99yyyzzz85a5"
DB_PASSWORD = "s3cr3t-db-password"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "factbot.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_file_or_environment(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    settings = load_settings(env={})
    assert settings.adapters == ("console",)
    assert settings.ops.enabled and settings.ops.port == 9108
    assert settings.logging.format == "json" and not settings.logging.message_text
    assert settings.database_url.reveal().startswith("sqlite+aiosqlite:///")
    assert settings.database_url.reveal().endswith("/data/factbot.db")
    assert settings.source == ""


def test_file_values_are_read_and_environment_overrides_them(tmp_path: Path) -> None:
    path = write(tmp_path, """
[run]
adapters = ["discord", "slack"]
shutdown_grace = 5

[facts]
threshold = 0.7
paths = ["/srv/packs", "extra.yaml"]

[ops]
host = "0.0.0.0"
port = 8099

[slack]
mode = "http"
port = 3100

[discord]
shard_count = 4
shard_ids = [0, 1]
""")
    env = {"DISCORD_TOKEN": DISCORD, "SLACK_BOT_TOKEN": BOT_TOKEN,
           "SLACK_SIGNING_SECRET": SIGNING, "FACTBOT_OPS_PORT": "9000",
           "FACTBOT_SHARD_IDS": "2,3", "FACTBOT_LOGGING_MESSAGE_TEXT": "yes"}
    s = load_settings(path, env=env)
    assert s.source == str(path)
    assert s.adapters == ("discord", "slack")
    assert s.shutdown_grace == 5.0
    assert s.threshold == 0.7
    assert s.fact_paths == (Path("/srv/packs"), Path("extra.yaml"))
    assert (s.ops.host, s.ops.port) == ("0.0.0.0", 9000)
    assert (s.slack.mode, s.slack.port) == ("http", 3100)
    assert (s.discord.shard_count, s.discord.shard_ids) == (4, (2, 3))
    assert s.logging.message_text is True
    assert s.discord.token is not None and s.discord.token.reveal() == DISCORD
    assert s.slack.signing_secret is not None and s.slack.signing_secret.reveal() == SIGNING


def test_command_line_adapters_replace_the_configured_ones(tmp_path: Path) -> None:
    path = write(tmp_path, '[run]\nadapters = ["discord"]\n')
    assert load_settings(path, env={}, adapters=["console"]).adapters == ("console",)


def test_config_file_is_found_by_variable_then_in_the_working_directory(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert find_config(None, {}) is None
    local = write(tmp_path, "")
    assert find_config(None, {}) == Path("factbot.toml")
    assert find_config(None, {"FACTBOT_CONFIG": "/etc/factbot.toml"}) == Path(
        "/etc/factbot.toml")
    assert find_config(local, {"FACTBOT_CONFIG": "/elsewhere"}) == local


def test_every_problem_is_reported_at_once_with_file_line_or_variable(tmp_path: Path) -> None:
    path = write(tmp_path, """[run]
adapters = ["discord", "slack", "telegram"]

[ops]
port = 70000
enabeld = true

[discord]
token = "pasted-here-by-mistake"
shard_ids = [5]

[slak]
mode = "http"

[logging]
level = "loud"
""")
    env = {"FACTBOT_FACTS_THRESHOLD": "1.5", "SLACK_BOT_TOKEN": BOT_TOKEN,
           "SLACK_BOT_TOKEN_FILE": str(tmp_path / "tok"),
           "SLACK_APP_TOKEN_FILE": str(tmp_path / "missing-file"),
           "FACTBOT_OPS_PROT": "1"}
    with pytest.raises(ConfigError) as caught:
        load_settings(path, env=env)
    found = [str(p) for p in caught.value.problems]
    text = "\n".join(found)
    expected = [
        f"{path}:2: run.adapters: must be one of console, discord, slack",
        f"{path}:5: ops.port: must be a whole number from 0 to 65535",
        f"{path}:6: ops.enabeld: 'ops.enabeld' is not a setting factbot knows; "
        "did you mean 'enabled'?",
        f"{path}:9: discord.token: secrets are never read from the settings file; "
        "remove it and set DISCORD_TOKEN",
        f"{path}: slak: 'slak' is not a setting factbot knows; did you mean 'slack'?",
        f"{path}:16: logging.level: must be one of debug, info, warning, error",
        "FACTBOT_FACTS_THRESHOLD: facts.threshold: must be a number from 0.0 to 1.0",
        "SLACK_BOT_TOKEN: both this and SLACK_BOT_TOKEN_FILE are set; keep only one",
        "SLACK_APP_TOKEN_FILE: cannot read the secret file",
        "FACTBOT_OPS_PROT: warning: this FACTBOT_ variable is not read "
        "by factbot and has no effect; did you mean FACTBOT_OPS_PORT?",
        f"{path}:10: discord.shard_ids: shard ids are given but discord.shard_count is not",
    ]
    for line in expected:
        assert any(f.startswith(line) for f in found), f"missing: {line}\nin:\n{text}"
    # The adapters list was invalid, so nothing is required from it; the values never leak.
    assert "pasted-here-by-mistake" not in text
    assert BOT_TOKEN not in text


def test_missing_secrets_for_the_chosen_adapters_are_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(None, env={"FACTBOT_SLACK_MODE": "http"}, adapters=["discord", "slack"])
    assert [p.where for p in caught.value.problems] == [
        "DISCORD_TOKEN", "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET"]
    assert "DISCORD_TOKEN_FILE" in str(caught.value.problems[0])


def test_socket_mode_needs_the_app_token_instead_of_the_signing_secret() -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(None, env={"SLACK_BOT_TOKEN": BOT_TOKEN}, adapters=["slack"])
    assert [p.where for p in caught.value.problems] == ["SLACK_APP_TOKEN"]


def test_secrets_are_read_from_files_named_by_the_environment(tmp_path: Path) -> None:
    token_file = tmp_path / "discord_token"
    token_file.write_text(DISCORD + "\n", encoding="utf-8")
    db_file = tmp_path / "db_url"
    db_file.write_text(f"postgresql://factbot:{DB_PASSWORD}@db:5432/factbot\n", "utf-8")
    s = load_settings(None, env={"DISCORD_TOKEN_FILE": str(token_file),
                                 "FACTBOT_DATABASE_URL_FILE": str(db_file)},
                      adapters=["discord"])
    assert s.discord.token is not None and s.discord.token.reveal() == DISCORD
    assert s.database_url.reveal() == f"postgresql://factbot:{DB_PASSWORD}@db:5432/factbot"


def test_empty_secret_file_is_a_problem(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings(None, env={"DISCORD_TOKEN_FILE": str(empty)}, adapters=["discord"])
    assert [str(p) for p in caught.value.problems] == [
        "DISCORD_TOKEN_FILE: the secret is empty",
        "DISCORD_TOKEN: discord is enabled but DISCORD_TOKEN is not set; "
        "set it, or DISCORD_TOKEN_FILE naming a file",
    ]


def test_a_database_password_in_the_file_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, f'[database]\nurl = "postgresql://u:{DB_PASSWORD}@h/db"\n')
    with pytest.raises(ConfigError) as caught:
        load_settings(path, env={})
    assert str(caught.value.problems[0]).startswith(f"{path}:2: database.url: this URL carries")
    assert DB_PASSWORD not in str(caught.value)
    ok = write(tmp_path, '[database]\nurl = "postgresql://factbot@db/factbot"\n')
    assert load_settings(ok, env={}).database_url.reveal() == "postgresql://factbot@db/factbot"


def test_toml_syntax_error_is_reported_with_the_environment_problems(tmp_path: Path) -> None:
    path = write(tmp_path, "[ops\nport = 1\n")
    with pytest.raises(ConfigError) as caught:
        load_settings(path, env={"FACTBOT_OPS_PORT": "x"})
    found = [str(p) for p in caught.value.problems]
    assert found[0].startswith(f"{path}: file: TOML syntax error:")
    assert found[1] == "FACTBOT_OPS_PORT: ops.port: must be a whole number from 0 to 65535"


def test_console_cannot_share_the_process_with_chat_platforms() -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(None, env={"DISCORD_TOKEN": DISCORD}, adapters=["console", "discord"])
    assert "console adapter reads the terminal" in str(caught.value)


def test_secrets_never_appear_in_reprs_or_logs(tmp_path: Path) -> None:
    env = {"DISCORD_TOKEN": DISCORD, "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_APP_TOKEN": APP_TOKEN,
           "FACTBOT_DATABASE_URL": f"postgresql://factbot:{DB_PASSWORD}@db/factbot"}
    s = load_settings(None, env=env, adapters=["discord", "slack"])
    shown = repr(s) + str(s) + repr(s.discord) + str(s.slack.bot_token)
    stream = io.StringIO()
    configure_logging(secrets=[x.reveal() for x in s.secrets()], stream=stream)
    log = logging.getLogger("factbot.test")
    log.info("settings %s", s)
    log.info("connecting with %s", DISCORD)
    log.info("db", extra={"url": s.database_url.reveal()})
    try:
        raise RuntimeError(f"login failed for token {BOT_TOKEN}")
    except RuntimeError:
        log.exception("platform error")
    logged = stream.getvalue()
    events = [json.loads(line) for line in logged.splitlines()]
    assert [e["event"] for e in events][1:] == ["connecting with ********", "db",
                                                "platform error"]
    for secret in (DISCORD, BOT_TOKEN, APP_TOKEN, DB_PASSWORD):
        assert secret not in shown
        assert secret not in logged
    assert "Secret('********')" in shown
    logging.getLogger().handlers.clear()


def test_every_key_and_secret_has_a_distinct_variable() -> None:
    secret_vars = {s.env for s in SECRETS}
    # database.url and redis.url may sit in the file without a password; their variable is
    # the secret one, since a URL given there may carry one.
    shared = [k.dotted for k in KEYS if k.env in secret_vars]
    assert shared == ["database.url", "redis.url"]
    names = [k.env for k in KEYS if k.env not in secret_vars] + [
        s.env for s in SECRETS] + [s.file_env for s in SECRETS]
    assert len(names) == len(set(names))
    assert set(names) <= env_names()


def test_secret_is_masked_but_revealable() -> None:
    secret = Secret("abc")
    assert repr(secret) == str(secret) == "Secret('********')"
    assert f"{secret}" == "Secret('********')"
    assert secret.reveal() == "abc"


def test_config_check_lists_settings_and_fact_pack_problems_together(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from bot.cli.main import main

    pack = tmp_path / "broken.yaml"
    pack.write_text("pack: broken\nsource:\n  title: T\nfacts:\n"
                    "  - id: Bad_Id\n    claim: c\n    verdict: maybe\n    summary: s\n", "utf-8")
    path = write(tmp_path, f'[facts]\npaths = ["{pack}"]\n[ops]\nport = -1\n')
    result = CliRunner().invoke(main, ["config", "check", "--config", str(path)],
                                env={"FACTBOT_LOGGING_LEVEL": "loud", "FACTBOT_CONFIG": None})
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert f"{path}:4: ops.port: must be a whole number from 0 to 65535" in lines
    assert ("FACTBOT_LOGGING_LEVEL: logging.level: must be one of debug, info, warning, error"
            in lines)
    pack_lines = [line for line in lines if line.startswith(f"{pack}:")]
    assert any("verdict 'maybe'" in line for line in pack_lines)
    assert any("id 'Bad_Id'" in line for line in pack_lines)
    assert lines[-1] == (f"{2 + len(pack_lines)} error(s), 0 warning(s) in the settings and "
                         "fact packs; nothing was started.")


def test_config_check_says_ok_when_all_is_well(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from bot.cli.main import main

    path = write(tmp_path, '[run]\nadapters = ["slack"]\n[slack]\nmode = "http"\n')
    result = CliRunner().invoke(
        main, ["config", "check", "--config", str(path)],
        env={"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING,
             "FACTBOT_CONFIG": None})
    assert result.exit_code == 0, result.output
    assert result.output == f"OK: settings from {path} are valid; adapters: slack.\n"
    assert BOT_TOKEN not in result.output and SIGNING not in result.output


def test_the_matcher_is_a_setting_that_the_environment_overrides(tmp_path: Path) -> None:
    path = write(tmp_path, '[facts]\nmatcher = "lexical"\n')
    assert load_settings(env={}).matcher == "auto"
    assert load_settings(path, env={}).matcher == "lexical"
    assert load_settings(path, env={"FACTBOT_MATCHER": "Auto"}).matcher == "auto"


def test_an_unknown_matcher_is_named_with_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, '[facts]\nthreshold = 0.6\nmatcher = "gpt"\n')
    with pytest.raises(ConfigError) as caught:
        load_settings(path, env={})
    assert [str(p) for p in caught.value.problems] == [
        f"{path}:3: facts.matcher: must be one of auto, lexical, semantic"]


def test_the_semantic_matcher_without_its_extra_is_a_problem(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Whether the extra is installed is what the check reads; here it is said not to be.
    monkeypatch.setattr("bot.ops.config.semantic_available", lambda: False)
    path = write(tmp_path, '[facts]\nmatcher = "semantic"\n')
    with pytest.raises(ConfigError) as caught:
        load_settings(path, env={})
    assert [str(p) for p in caught.value.problems] == [
        f"{path}:2: facts.matcher: the semantic matcher needs the semantic extra: "
        "pip install 'factbot[semantic]', or choose \"auto\" or \"lexical\""]
    assert load_settings(path, env={"FACTBOT_MATCHER": "lexical"}).matcher == "lexical"


@pytest.mark.parametrize(("env", "setting", "said"), [
    ({"FACTBOT_DATABASE_URL": "mysql://bot@db/facts"}, "database.url", "'mysql'"),
    ({"FACTBOT_DATABASE_URL": "not a url"}, "database.url", "'not a url'"),
    ({"FACTBOT_REDIS_URL": "http://cache:6379"}, "redis.url", "'http'"),
])
def test_a_url_that_cannot_be_opened_is_named_by_config_check(env: dict[str, str], setting: str,
                                                              said: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(None, env=env)
    (problem,) = [p for p in caught.value.problems if not p.warning]
    assert problem.key == setting and said in problem.message
    assert problem.where == next(iter(env))


def test_usable_urls_pass() -> None:
    settings = load_settings(None, env={
        "FACTBOT_DATABASE_URL": "postgresql://bot@db/facts",
        "FACTBOT_REDIS_URL": "redis://cache:6379/0"})
    assert settings.redis_url is not None


def _check_connect(monkeypatch: pytest.MonkeyPatch, env: dict[str, str]) -> Result:
    for name in ("FACTBOT_DATABASE_URL", "FACTBOT_REDIS_URL", "FACTBOT_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return CliRunner().invoke(main, ["config", "check", "--connect"])


@pytest.mark.parametrize(("env", "named"), [
    ({"FACTBOT_DATABASE_URL": "postgresql://postgres@127.0.0.1:5432/factbot_no_such_db"},
     "database.url"),
    ({"FACTBOT_REDIS_URL": "redis://127.0.0.1:1/0"}, "redis.url"),
])
def test_config_check_connect_names_what_cannot_be_reached(
        env: dict[str, str], named: str, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    result = _check_connect(monkeypatch, env)
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if named in line]
    assert len(lines) == 1 and "Traceback" not in result.output


def test_config_check_connect_passes_when_everything_answers(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    result = _check_connect(monkeypatch, {
        "FACTBOT_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'ok.db'}",
        "FACTBOT_REDIS_URL": "redis://127.0.0.1:6379/0"})
    assert result.exit_code == 0, result.output
