"""The Dockerfile, exercised as far as a machine without a container engine allows.

Its command lines are run as written, with their paths mapped to this checkout, and must bring
up a factbot that answers /healthz; its build steps must install a working factbot.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from deploy_support import (
    BUNDLED_IN_IMAGE,
    DATA_IN_IMAGE,
    DEPLOY,
    FACTBOT,
    REPO,
    base_env,
    free_port,
    http_get,
    running,
    slack_http_env,
    wait_healthy,
)

from bot.ops.config import env_names


def dockerfile_stages() -> list[list[tuple[str, str]]]:
    """Instructions per stage, continuation lines joined, comments dropped."""
    text = (DEPLOY / "Dockerfile").read_text("utf-8")
    logical = re.sub(r"\\\n\s*", " ", text)
    stages: list[list[tuple[str, str]]] = [[]]
    for line in logical.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        instruction, _, rest = line.partition(" ")
        if instruction.upper() == "FROM":
            stages.append([])
        stages[-1].append((instruction.upper(), rest.strip()))
    return stages


def final_stage() -> list[tuple[str, str]]:
    return dockerfile_stages()[-1]


def instruction(stage: list[tuple[str, str]], name: str) -> list[str]:
    return [rest for ins, rest in stage if ins == name]


def dockerfile_env() -> dict[str, str]:
    env: dict[str, str] = {}
    for rest in instruction(final_stage(), "ENV"):
        for pair in shlex.split(rest):
            key, _, value = pair.partition("=")
            env[key] = value
    return env


def test_dockerfile_is_multi_stage_slim_and_non_root() -> None:
    stages = dockerfile_stages()
    assert len(stages) == 3  # the global ARG, then the build and runtime stages
    preamble = stages[0]
    assert any("slim" in rest for ins, rest in preamble if ins == "ARG")
    build, runtime = stages[1], stages[2]
    assert instruction(build, "FROM") == ["${PYTHON_IMAGE} AS build"]
    assert instruction(runtime, "FROM") == ["${PYTHON_IMAGE}"]
    assert any("--from=build /opt/factbot /opt/factbot" in c for c in instruction(runtime, "COPY"))
    # The factbot user by number, the one the Kubernetes manifests run as.
    assert instruction(runtime, "USER") == ["10001:10001"]
    assert "--uid 10001" in instruction(runtime, "RUN")[0]
    assert json.loads(instruction(runtime, "VOLUME")[0]) == [DATA_IN_IMAGE]
    assert f"facts/ {BUNDLED_IN_IMAGE}/" in instruction(runtime, "COPY")
    assert dockerfile_env()["FACTBOT_DATA_DIR"] == DATA_IN_IMAGE
    assert dockerfile_env()["FACTBOT_FACTS_DIR"] == BUNDLED_IN_IMAGE
    assert set(dockerfile_env()) - {"PATH", "PYTHONUNBUFFERED", "PYTHONDONTWRITEBYTECODE"} <= (
        env_names())
    # Everything the build copies exists in the repository.
    for rest in instruction(build, "COPY"):
        for source in rest.split()[:-1]:
            assert (REPO / source).exists(), source


def test_dockerfile_entrypoint_starts_factbot_and_its_healthcheck_passes(tmp_path: Path) -> None:
    runtime = final_stage()
    argv = json.loads(instruction(runtime, "ENTRYPOINT")[0]) + json.loads(
        instruction(runtime, "CMD")[0])
    # tini is PID 1 (tests/test_image.py); what it starts is factbot run.
    assert argv[:2] == ["/usr/bin/tini", "--"]
    argv = argv[2:]
    assert argv == ["factbot", "run"]
    healthcheck = instruction(runtime, "HEALTHCHECK")[0]
    probe = json.loads(healthcheck[healthcheck.index("CMD") + 3:].strip())
    assert probe[0] == "python"

    data = tmp_path / "var-lib-factbot"
    data.mkdir()
    image_paths = {BUNDLED_IN_IMAGE: str(REPO / "facts"), DATA_IN_IMAGE: str(data)}
    env = base_env() | {k: image_paths.get(v, v) for k, v in dockerfile_env().items()
                        if k != "PATH"}
    ops_port = free_port()
    # Discord would need the real gateway; Slack in HTTP mode starts without one.
    env |= slack_http_env(tmp_path, ops_port)
    log = tmp_path / "container.log"
    with running([str(FACTBOT), *argv[1:]], env, data, log) as proc:
        wait_healthy(proc, ops_port, log)
        health = subprocess.run([sys.executable, *probe[1:]], env=env, timeout=10,
                                capture_output=True, text=True)
        assert health.returncode == 0, health.stderr
        status, body = http_get(ops_port, "/readyz")
        assert status == 200, body
        assert json.loads(body)["checks"] == {"facts": True, "database": True,
                                              "accepting": True, "slack": True}
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0, log.read_text("utf-8")
    assert (data / "factbot.db").is_file()  # the store lives on the volume
    assert "0123456789abcdef0123456789abcdef" not in log.read_text("utf-8")


def test_dockerfile_build_steps_install_a_working_factbot(tmp_path: Path) -> None:
    """The build stage's pip install and lint, on a wheel of this checkout in a fresh venv.

    The fresh venv gets factbot itself only; its dependencies come from this venv's
    site-packages on PYTHONPATH (no downloads), so the packs and migrations must come from the
    installed wheel, not from the checkout."""
    build = dockerfile_stages()[1]
    runs = instruction(build, "RUN")
    assert runs[0] == "python -m venv /opt/factbot"
    # The locked dependencies first (tests/test_image.py), then factbot itself on top of them.
    assert runs[1].startswith("/opt/factbot/bin/pip install --require-hashes --no-deps -r ")
    steps = [shlex.split(step) for step in runs[2].split("&&")]
    assert steps[0] == ["/opt/factbot/bin/pip", "install", "--no-deps", "--no-build-isolation",
                        "."]
    assert steps[1] == ["/opt/factbot/bin/pip", "check"]
    # The fresh venv below holds factbot alone (its dependencies come through PYTHONPATH), so
    # pip check has nothing to check there; the steps after it run as written.
    steps = steps[2:]
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(wheels), str(REPO)], check=True, timeout=300,
                   capture_output=True)
    venv = tmp_path / "opt-factbot"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True,
                   timeout=120)
    (wheel,) = wheels.glob("factbot-*.whl")
    # Without this run's PYTHONPATH: the checkout on it (and the egg-info the wheel build just
    # left there) would make pip take factbot for installed already.
    subprocess.run([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"),
                    "install", "-q", "--no-deps", str(wheel)], check=True, timeout=300,
                   capture_output=True, env=base_env(), cwd=tmp_path)
    site = next(p for p in map(Path, sys.path) if p.name == "site-packages" and p.is_dir())
    work = tmp_path / "src"
    shutil.copytree(REPO / "facts", work / "facts")
    env = base_env() | {"PYTHONPATH": str(site)}
    for step in steps:
        argv = [str(venv / "bin" / Path(step[0]).name), *step[1:]]
        result = subprocess.run(argv, cwd=work, env=env, capture_output=True, text=True,
                                timeout=120)
        assert result.returncode == 0, result.stderr
    installed = subprocess.run(
        [str(venv / "bin" / "python"), "-c",
         "import bot, bot.packs.paths, bot.store.database as d; print(bot.__file__); "
         "print(bot.packs.paths.bundled_facts_dir()); print(d.head_revision())"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60, check=True)
    module, facts_dir, revision = installed.stdout.splitlines()
    assert module.startswith(str(venv)) and facts_dir.startswith(str(venv))
    assert Path(facts_dir, "russia-china-2019.yaml").is_file() and revision != "None"
    lint_bundled = subprocess.run([str(venv / "bin" / "factbot"), "facts", "lint"], cwd=tmp_path,
                                  env=env, capture_output=True, text=True, timeout=120)
    assert lint_bundled.returncode == 0 and lint_bundled.stdout.startswith("OK: 1 file(s)")
