"""Where the deployment tests find the recipes, and how they start factbot and wait for /healthz."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEPLOY = REPO / "deploy"
VENV_BIN = Path(sys.executable).parent
FACTBOT = VENV_BIN / "factbot"
BUNDLED_IN_IMAGE = "/opt/factbot/share/factbot/facts"
DATA_IN_IMAGE = "/var/lib/factbot"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def http_get(port: int, path: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=3) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def wait_healthy(proc: subprocess.Popen[bytes], port: int, log: Path,
                 timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, log.read_text("utf-8")
        try:
            if http_get(port, "/healthz")[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise AssertionError("no /healthz within the time limit:\n" + log.read_text("utf-8"))


@contextmanager
def running(argv: list[str], env: dict[str, str], cwd: Path, log: Path) -> Iterator[
        subprocess.Popen[bytes]]:
    with log.open("wb") as out:
        proc = subprocess.Popen(argv, env=env, cwd=cwd, stdin=subprocess.DEVNULL, stdout=out,
                                stderr=subprocess.STDOUT)
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)


def slack_http_env(tmp_path: Path, ops_port: int) -> dict[str, str]:
    """Slack in HTTP mode needs no outside network to start, so it stands in for the chat
    platforms here; the tokens are files, as the recipes pass them."""
    secrets = tmp_path / "secrets"
    secrets.mkdir(exist_ok=True)
    (secrets / "bot").write_text("xoxb-0000-test-token\n", "utf-8")
    (secrets / "signing").write_text("0123456789abcdef0123456789abcdef\n", "utf-8")
    return {"FACTBOT_RUN_ADAPTERS": "slack", "FACTBOT_SLACK_MODE": "http",
            "FACTBOT_SLACK_HOST": "127.0.0.1", "FACTBOT_SLACK_PORT": "0",
            "FACTBOT_OPS_HOST": "127.0.0.1", "FACTBOT_OPS_PORT": str(ops_port),
            "SLACK_BOT_TOKEN_FILE": str(secrets / "bot"),
            "SLACK_SIGNING_SECRET_FILE": str(secrets / "signing")}


def base_env() -> dict[str, str]:
    # FACTBOT_MATCHER: the suite pins the matcher (tests/conftest.py), so the processes do too.
    keep = ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "SYSTEMROOT", "FACTBOT_MATCHER")
    return {k: os.environ[k] for k in keep if k in os.environ}
