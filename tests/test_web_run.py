"""The desk's settings through the one loader, and `factbot run` serving it on its own port."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from bot import messages
from bot.ops.config import ConfigError, load_settings
from bot.store.cipher import new_key

FACTBOT = Path(sys.executable).parent / "factbot"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "factbot.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_desk_is_off_by_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    web = load_settings(env={}).web
    assert not web.enabled and web.port == 8088 and web.platforms == ()


def test_desk_settings_from_the_file_the_environment_and_secret_files(tmp_path: Path) -> None:
    path = write(tmp_path, """
[web]
enabled = true
port = 9000
public_url = "https://desk.example.org/"
discord_client_id = "1234"
slack_client_id = "5678.90"
recheck_seconds = 10
""")
    secret = tmp_path / "slack-secret"
    secret.write_text("slack-client-secret-value\n", "utf-8")
    settings = load_settings(path, env={
        "FACTBOT_WEB_PORT": "9001", "FACTBOT_WEB_DISCORD_CLIENT_SECRET": "discord-secret-value",
        "FACTBOT_WEB_SLACK_CLIENT_SECRET_FILE": str(secret), "FACTBOT_SECRET_KEY": new_key()})
    web = settings.web
    assert web.enabled and web.port == 9001 and web.recheck_seconds == 10
    assert web.public_url == "https://desk.example.org"
    assert web.platforms == ("discord", "slack")
    assert web.slack_client_secret is not None
    assert web.slack_client_secret.reveal() == "slack-client-secret-value"
    assert "discord-secret-value" not in repr(settings)
    assert "discord-secret-value" in [s.reveal() for s in settings.secrets()]


def test_an_enabled_desk_nobody_can_sign_in_to_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "[web]\nenabled = true\ndiscord_client_id = \"1234\"\n"
                           "slack_client_secret = \"in-the-file\"\n")
    with pytest.raises(ConfigError) as caught:
        load_settings(path, env={})
    text = str(caught.value)
    assert messages.config_web_no_signin() in text
    assert messages.config_secret_in_file("FACTBOT_WEB_SLACK_CLIENT_SECRET") in text


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def get(port: int, path: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=3) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def test_factbot_run_serves_the_desk_on_its_own_port(tmp_path: Path) -> None:
    """Slack over HTTP needs no outside network to start, so it keeps the desk company."""
    web_port, ops_port = free_port(), free_port()
    env = {k: os.environ[k] for k in ("PATH", "HOME", "LANG", "PYTHONPATH")
           if k in os.environ}
    env |= {"FACTBOT_MATCHER": "lexical", "FACTBOT_DATA_DIR": str(tmp_path / "data"),
            "FACTBOT_RUN_ADAPTERS": "slack", "FACTBOT_SLACK_MODE": "http",
            "FACTBOT_SLACK_PORT": "0", "FACTBOT_OPS_PORT": str(ops_port),
            "SLACK_BOT_TOKEN": "xoxb-0000-test-token",
            "SLACK_SIGNING_SECRET": "0123456789abcdef0123456789abcdef",
            "FACTBOT_WEB_ENABLED": "true", "FACTBOT_WEB_PORT": str(web_port),
            "FACTBOT_WEB_DISCORD_CLIENT_ID": "1234",
            "FACTBOT_WEB_DISCORD_CLIENT_SECRET": "discord-secret-value",
            "FACTBOT_SECRET_KEY": new_key()}
    log = tmp_path / "run.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([str(FACTBOT), "run"], env=env, cwd=tmp_path,
                                stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert proc.poll() is None, log.read_text("utf-8")
            try:
                if get(ops_port, "/readyz")[0] == 200:
                    break
            except OSError:
                pass
            time.sleep(0.2)
        else:
            raise AssertionError(log.read_text("utf-8"))
        status, page = get(web_port, "/signin")
        assert status == 200 and messages.DESK_TEXT["signin_discord"] in page
        assert messages.DESK_TEXT["signin_slack"] not in page
        assert "web" in get(ops_port, "/readyz")[1]
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0, log.read_text("utf-8")
        assert "discord-secret-value" not in log.read_text("utf-8")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
