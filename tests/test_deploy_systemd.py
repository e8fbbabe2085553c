"""The systemd unit: hardened, verified, and its command lines run as written on this checkout."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import signal
import subprocess
from pathlib import Path

import pytest
from deploy_support import (
    DATA_IN_IMAGE,
    DEPLOY,
    FACTBOT,
    base_env,
    free_port,
    http_get,
    running,
    slack_http_env,
    wait_healthy,
)

from bot.ops.config import load_settings
from bot.ops.runner import EXIT_REFUSED


def unit_entries(path: Path) -> list[tuple[str, str, str]]:
    """(section, key, value) for every assignment, repeated keys kept."""
    section, out = "", []
    for line in path.read_text("utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            section = line.strip("[]")
            continue
        key, _, value = line.partition("=")
        out.append((section, key, value))
    return out


def unit_values(key: str) -> list[str]:
    return [v for _, k, v in unit_entries(DEPLOY / "factbot.service") if k == key]


def test_systemd_unit_restarts_and_is_hardened() -> None:
    entries = {(s, k) for s, k, _ in unit_entries(DEPLOY / "factbot.service")}
    for key in ("EnvironmentFile", "Restart", "NoNewPrivileges", "ProtectSystem",
                "CapabilityBoundingSet", "SystemCallFilter", "StateDirectory", "User"):
        assert ("Service", key) in entries, key
    assert unit_values("Restart") == ["on-failure"]
    # A refused token exits with EXIT_REFUSED, which no restart would fix.
    assert unit_values("RestartPreventExitStatus") == [str(EXIT_REFUSED)]
    assert unit_values("ProtectSystem") == ["strict"]
    assert unit_values("KillSignal") == ["SIGTERM"]
    assert unit_values("EnvironmentFile") == ["/etc/factbot/factbot.env"]
    grace = load_settings(DEPLOY / "factbot.example.toml",
                          env={"DISCORD_TOKEN": "x", "SLACK_BOT_TOKEN": "x",
                               "SLACK_APP_TOKEN": "x"}).shutdown_grace
    assert int(unit_values("TimeoutStopSec")[0]) > grace


def test_systemd_unit_verifies(tmp_path: Path) -> None:
    if shutil.which("systemd-analyze") is None:
        pytest.fail("systemd-analyze is needed to verify the unit (Debian: systemd package)")
    unit = tmp_path / "factbot.service"
    unit.write_text((DEPLOY / "factbot.service").read_text("utf-8").replace(
        "/opt/factbot/bin/factbot", str(FACTBOT)), "utf-8")
    result = subprocess.run(["systemd-analyze", "verify", "--man=no", str(unit)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and not result.stdout.strip() and not result.stderr.strip(), (
        result.stdout + result.stderr)


def test_systemd_unit_exposure_is_low(tmp_path: Path) -> None:
    unit = tmp_path / "factbot.service"
    unit.write_text((DEPLOY / "factbot.service").read_text("utf-8").replace(
        "/opt/factbot/bin/factbot", str(FACTBOT)), "utf-8")
    result = subprocess.run(["systemd-analyze", "security", "--offline=yes", str(unit)],
                            capture_output=True, text=True, timeout=60)
    found = re.search(r"Overall exposure level for factbot.service: ([0-9.]+)", result.stdout)
    assert found, result.stdout + result.stderr
    # The score the guide quotes; systemd calls anything up to 2.0 "OK".
    assert float(found.group(1)) <= 1.2, result.stdout


def test_systemd_unit_leaves_the_process_metrics_their_proc_files() -> None:
    """ProcSubset=pid hides /proc/stat, from which every process_* metric is computed (the
    start time needs the boot time in it); the unit must not set it, nor hide /proc otherwise
    from the service's own processes."""
    assert unit_values("ProcSubset") in ([], ["all"])
    assert unit_values("ProtectProc") in ([], ["invisible"], ["noaccess"], ["ptraceable"])
    # What the metrics read, readable here as under the unit.
    assert Path("/proc/stat").read_text().startswith("cpu")


def test_systemd_exec_lines_check_the_settings_then_start_factbot(tmp_path: Path) -> None:
    environment = dict(v.split("=", 1) for v in unit_values("Environment"))
    config = tmp_path / "etc-factbot" / "factbot.toml"
    config.parent.mkdir()
    shutil.copy(DEPLOY / "factbot.example.toml", config)
    state = tmp_path / "var-lib-factbot"
    state.mkdir()
    paths = {"/etc/factbot/factbot.toml": str(config), DATA_IN_IMAGE: str(state),
             "/opt/factbot/bin/factbot": str(FACTBOT)}
    ops_port = free_port()
    env_file = tmp_path / "factbot.env"
    env_file.write_text("".join(f"{k}={v}\n" for k, v in
                                slack_http_env(tmp_path, ops_port).items()), "utf-8")
    from_file = dict(line.split("=", 1) for line in env_file.read_text("utf-8").splitlines())
    env = base_env() | {k: paths.get(v, v) for k, v in environment.items()} | from_file

    def command(line: str) -> list[str]:
        return [paths.get(word, word) for word in shlex.split(line)]

    (pre,) = unit_values("ExecStartPre")
    check = subprocess.run(command(pre), env=env, cwd=state, capture_output=True, text=True,
                           timeout=120)
    assert check.returncode == 0, check.stderr
    assert check.stdout.startswith(f"OK: settings from {config} are valid; adapters: slack.")

    (start,) = unit_values("ExecStart")
    log = tmp_path / "journal.log"
    with running(command(start), env, state, log) as proc:
        wait_healthy(proc, ops_port, log)
        assert http_get(ops_port, "/readyz")[0] == 200
        proc.send_signal(getattr(signal, unit_values("KillSignal")[0]))
        assert proc.wait(int(unit_values("TimeoutStopSec")[0])) == 0
    events = [json.loads(line) for line in log.read_text("utf-8").splitlines()
              if line.startswith("{")]
    assert [e["event"] for e in events if e["logger"] == "factbot.runner"] == [
        "started", "stopping", "stopped"]
    # Which matcher serves is logged once, as the bot starts, not at the first message.
    matcher = [i for i, e in enumerate(events) if str(e["event"]).startswith("matcher: ")]
    started = next(i for i, e in enumerate(events) if e["event"] == "started")
    assert len(matcher) == 1 and matcher[0] < started, events


def test_systemd_settings_check_fails_the_start_with_every_problem(tmp_path: Path) -> None:
    config = tmp_path / "factbot.toml"
    config.write_text('[ops]\nport = "x"\n[slack]\nmode = "carrier-pigeon"\n', "utf-8")
    (pre,) = unit_values("ExecStartPre")
    argv = [str(FACTBOT) if w == "/opt/factbot/bin/factbot" else w for w in shlex.split(pre)]
    env = base_env() | {"FACTBOT_CONFIG": str(config), "FACTBOT_RUN_ADAPTERS": "slack"}
    result = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines == [
        f"{config}:2: ops.port: must be a whole number from 0 to 65535",
        f"{config}:4: slack.mode: must be one of socket, http",
        "SLACK_BOT_TOKEN: slack is enabled but SLACK_BOT_TOKEN is not set; set it, "
        "or SLACK_BOT_TOKEN_FILE naming a file",
        "SLACK_APP_TOKEN: slack is enabled but SLACK_APP_TOKEN is not set; set it, "
        "or SLACK_APP_TOKEN_FILE naming a file",
        "4 error(s), 0 warning(s) in the settings and fact packs; nothing was started.",
    ]
