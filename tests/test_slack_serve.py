"""`factbot run --adapter slack --http PORT`: the command the README gives, run as a process."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from click.testing import CliRunner

from bot.cli.main import main
from bot.cli.ops import CONFIGURED_PORT, _overrides

FACTBOT = Path(sys.executable).with_name("factbot")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_run_serves_slack_over_http_on_the_port_given(tmp_path: Path) -> None:
    port, ops_port = free_port(), free_port()
    env = {**os.environ, "SLACK_BOT_TOKEN": "xoxb-test",
           "SLACK_SIGNING_SECRET": "signing-secret-123", "FACTBOT_DATA_DIR": str(tmp_path),
           "FACTBOT_OPS_PORT": str(ops_port), "FACTBOT_SLACK_HOST": "127.0.0.1"}
    for key in ("FACTBOT_CONFIG", "FACTBOT_SLACK_MODE", "FACTBOT_SLACK_PORT",
                "FACTBOT_RUN_ADAPTERS"):
        env.pop(key, None)
    log = tmp_path / "log"
    with log.open("wb") as out:
        proc = subprocess.Popen([str(FACTBOT), "run", "--adapter", "slack", "--http", str(port)],
                                env=env, cwd=tmp_path, stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None and time.monotonic() < deadline, log.read_text()
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz",
                                            timeout=3) as answer:
                    assert answer.status == 200 and answer.read() == b"ok"
                break
            except OSError:
                time.sleep(0.2)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0, log.read_text()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)


def test_http_takes_an_optional_port() -> None:
    assert _overrides((), None, CONFIGURED_PORT) == {"slack.mode": "http"}
    assert _overrides((), None, 8080) == {"slack.mode": "http", "slack.port": 8080}
    assert _overrides((), None, None) == {}
    for wrong in ("eighty", "70000"):
        result = CliRunner().invoke(main, ["run", "--adapter", "slack", "--http", wrong])
        assert result.exit_code == 2
        assert f"'{wrong}' is not a port number" in result.output
