"""The deployment recipes, exercised as far as a machine without a container engine allows.

The Dockerfile's and the systemd unit's command lines are run as written, with their paths
mapped to this checkout, and must bring up a factbot that answers /healthz; the Kubernetes and
compose files must parse and name only settings factbot reads.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
import tomllib
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.chat.base import FactChecker
from bot.ops.config import KEYS, ConfigError, env_names, load_settings
from bot.ops.runner import EXIT_REFUSED
from bot.packs.loader import lint

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


# -- Dockerfile -------------------------------------------------------------------------------

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


# -- systemd ----------------------------------------------------------------------------------

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


# -- Kubernetes -------------------------------------------------------------------------------

def k8s_documents() -> list[dict[str, Any]]:
    docs = []
    for path in sorted((DEPLOY / "k8s").glob("*.yaml")):
        docs += [d for d in yaml.safe_load_all(path.read_text("utf-8")) if d]
    return docs


def of_kind(kind: str) -> list[dict[str, Any]]:
    return [d for d in k8s_documents() if d["kind"] == kind]


def named(kind: str, name: str) -> dict[str, Any]:
    return next(d for d in of_kind(kind) if d["metadata"]["name"] == name)


def workloads() -> list[dict[str, Any]]:
    return of_kind("Deployment") + of_kind("StatefulSet")


def test_kubernetes_manifests_parse_and_cover_the_pieces() -> None:
    kinds = sorted({d["kind"] for d in k8s_documents()})
    assert kinds == ["ConfigMap", "Deployment", "Kustomization", "Secret", "Service",
                     "StatefulSet"]
    kustomization = of_kind("Kustomization")[0]
    files = {p.name for p in (DEPLOY / "k8s").glob("*.yaml")} - {"kustomization.yaml",
                                                                  SECRET_EXAMPLE.name}
    assert set(kustomization["resources"]) == files
    for workload in workloads():
        spec = workload["spec"]
        assert spec["selector"]["matchLabels"].items() <= spec["template"]["metadata"][
            "labels"].items()
    for service in of_kind("Service"):
        pods = [w for w in workloads() if service["spec"]["selector"].items()
                <= w["spec"]["template"]["metadata"]["labels"].items()]
        assert pods, service["metadata"]["name"]
        port_names = {p["name"] for w in pods for c in w["spec"]["template"]["spec"][
            "containers"] for p in c["ports"]}
        assert {p["targetPort"] for p in service["spec"]["ports"]} <= port_names
    statefulset = named("StatefulSet", "factbot-discord")
    assert named("Service", statefulset["spec"]["serviceName"])["spec"]["clusterIP"] == "None"


SECRET_EXAMPLE = DEPLOY / "k8s" / "secret.example.yaml"


def secret_keys_mounted() -> set[str]:
    """The keys of factbot-secrets that some workload reads through a *_FILE variable."""
    keys = set()
    for workload in workloads():
        volumes = mounts(workload)
        for var, value in container_env(workload).items():
            folder, _, key = str(value).rpartition("/")
            if var.endswith("_FILE") and "secret" in volumes.get(folder, {}):
                assert volumes[folder]["secret"]["secretName"] == "factbot-secrets"
                keys.add(key)
    return keys


def test_kubectl_apply_k_never_writes_the_secret() -> None:
    """The admin creates factbot-secrets with `kubectl create secret`; `kubectl apply -k`
    must not replace it with placeholder values, so the kustomization holds no Secret."""
    kustomization = of_kind("Kustomization")[0]
    assert "secretGenerator" not in kustomization
    for name in kustomization["resources"]:
        documents = yaml.safe_load_all((DEPLOY / "k8s" / name).read_text("utf-8"))
        assert all(d["kind"] != "Secret" for d in documents if d), name
    if shutil.which("kubectl") is None:
        pytest.fail("kubectl is needed to render the kustomization (it builds offline)")
    rendered = subprocess.run(["kubectl", "kustomize", str(DEPLOY / "k8s")],
                              capture_output=True, text=True, timeout=120)
    assert rendered.returncode == 0, rendered.stderr
    kinds = [d["kind"] for d in yaml.safe_load_all(rendered.stdout) if d]
    assert "Secret" not in kinds and "StatefulSet" in kinds and "Deployment" in kinds


def test_the_guide_creates_the_secret_with_every_key_before_applying() -> None:
    guide = (DEPLOY / "README.md").read_text("utf-8")
    section = guide[guide.index("### Kubernetes"):guide.index("## 5.")]
    commands = " ".join(re.findall(r"```sh\n(.*?)```", section, flags=re.S))
    commands = re.sub(r"\\\n\s*", " ", commands)
    create = commands.index("kubectl create secret generic factbot-secrets")
    assert create < commands.index("kubectl apply -k deploy/k8s")
    created = commands[create:].splitlines()[0]
    keys = set(re.findall(r"--from-file=([\w-]+)=", created))
    assert keys == secret_keys_mounted()
    # The example lists the same keys, and says it is not applied by the kustomization.
    example = yaml.safe_load(SECRET_EXAMPLE.read_text("utf-8"))
    assert set(example["stringData"]) == keys
    assert "kubectl apply -k" in SECRET_EXAMPLE.read_text("utf-8")


def container_env(workload: dict[str, Any]) -> dict[str, Any]:
    container = workload["spec"]["template"]["spec"]["containers"][0]
    return {e["name"]: e.get("value", e.get("valueFrom")) for e in container["env"]}


def mounts(workload: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """mountPath -> the volume mounted there."""
    spec = workload["spec"]["template"]["spec"]
    volumes = {v["name"]: v for v in spec["volumes"]}
    return {m["mountPath"]: volumes[m["name"]] for m in spec["containers"][0]["volumeMounts"]}


@pytest.mark.parametrize("name", ["factbot-discord", "factbot-slack"])
def test_kubernetes_workloads_use_real_settings_and_probe_the_ops_port(
        name: str, tmp_path: Path) -> None:
    workload = next(w for w in workloads() if w["metadata"]["name"] == name)
    env = container_env(workload)
    assert set(env) <= env_names(), set(env) - env_names()
    # Every *_FILE variable names a key of the mounted Secret; write them out to load them.
    secret = named("Secret", "factbot-secrets")["stringData"]
    local: dict[str, str] = {}
    volumes = mounts(workload)
    for var, value in env.items():
        if not var.endswith("_FILE"):
            continue
        folder, _, key = value.rpartition("/")
        assert volumes[folder]["secret"]["secretName"] == "factbot-secrets"
        assert key in secret, f"{var}: no key {key} in the Secret"
        path = tmp_path / key
        path.write_text(secret[key], "utf-8")
        local[var] = str(path)
    # The config file comes from the ConfigMap through a subPath mount.
    config_path = env["FACTBOT_CONFIG"]
    config_map = named("ConfigMap", volumes[config_path]["configMap"]["name"])
    toml_file = tmp_path / "factbot.toml"
    toml_file.write_text(config_map["data"]["factbot.toml"], "utf-8")
    # The pod index becomes the shard id.
    for var, value in env.items():
        if isinstance(value, dict):
            assert value == {"fieldRef": {
                "fieldPath": "metadata.labels['apps.kubernetes.io/pod-index']"}}
            local[var] = "1"
        elif not var.endswith("_FILE") and var != "FACTBOT_CONFIG":
            local[var] = value
    settings = load_settings(toml_file, env=local)
    assert settings.warnings == ()
    assert settings.adapters == (name.removeprefix("factbot-"),)
    if name == "factbot-discord":
        assert settings.discord.shard_count == workload["spec"]["replicas"]
        assert settings.discord.shard_ids == (1,)
    else:
        assert settings.slack.mode == "http"
    # Probes: alive on /healthz, ready on /readyz, both on the ops port factbot listens on.
    container = workload["spec"]["template"]["spec"]["containers"][0]
    ports = {p["name"]: p["containerPort"] for p in container["ports"]}
    assert ports["ops"] == settings.ops.port and settings.ops.host == "0.0.0.0"
    if "slack" in ports:
        assert ports["slack"] == settings.slack.port and settings.slack.host == "0.0.0.0"
    assert container["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": "ops"}
    assert container["startupProbe"]["httpGet"] == {"path": "/healthz", "port": "ops"}
    assert container["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": "ops"}
    grace = workload["spec"]["template"]["spec"]["terminationGracePeriodSeconds"]
    assert grace > settings.shutdown_grace
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    assert workload["spec"]["template"]["spec"]["securityContext"]["runAsNonRoot"] is True
    # The fact paths: the packs baked into the image, and the ConfigMap of extra packs.
    packs_dir = tmp_path / "packs"
    packs_dir.mkdir()
    packs_map = named("ConfigMap", volumes["/etc/factbot/packs"]["configMap"]["name"])
    for file_name, text in packs_map["data"].items():
        (packs_dir / file_name).write_text(text, "utf-8")
    mapped = {BUNDLED_IN_IMAGE: REPO / "facts", "/etc/factbot/packs": packs_dir}
    paths = [mapped[str(p)] for p in settings.fact_paths]
    assert [p for p in lint(paths) if not p.warning] == []
    base = FactChecker.from_paths(paths).fact_base
    assert {p.id for p in base.packs} == {"russia-china-2019", "factbot-itself"}


def test_the_extra_pack_quotes_its_source_verbatim() -> None:
    pack = yaml.safe_load(named("ConfigMap", "factbot-packs")["data"]["factbot-itself.yaml"])
    readme = " ".join((REPO / "README.md").read_text("utf-8").split())
    for fact in pack["facts"]:
        assert fact["quote"] in readme


# -- compose ----------------------------------------------------------------------------------

def test_compose_runs_factbot_with_postgres_and_secret_files() -> None:
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text("utf-8"))
    services = compose["services"]
    assert set(services) == {"postgres", "factbot"}
    factbot = services["factbot"]
    context = (DEPLOY / factbot["build"]["context"]).resolve()
    assert context == REPO and (context / factbot["build"]["dockerfile"]).is_file()
    assert factbot["depends_on"]["postgres"]["condition"] == "service_healthy"
    env = factbot["environment"]
    assert set(env) <= env_names()
    attached = set(factbot["secrets"])
    for var, value in env.items():
        if var.endswith("_FILE"):
            name = value.removeprefix("/run/secrets/")
            assert name in attached and name in compose["secrets"], var
    for secret in compose["secrets"].values():
        assert secret["file"].startswith("./secrets/")
    assert "secrets/" in (DEPLOY / ".gitignore").read_text("utf-8").split()
    assert int(factbot["stop_grace_period"].removesuffix("s")) > 20
    assert any(v.endswith(":" + DATA_IN_IMAGE) for v in factbot["volumes"])
    assert all(p.startswith("127.0.0.1:") for p in factbot["ports"])
    postgres = services["postgres"]["environment"]
    assert postgres["POSTGRES_PASSWORD_FILE"] == "/run/secrets/postgres_password"


# -- the example settings -----------------------------------------------------------------------

def test_example_settings_document_every_key_with_its_default() -> None:
    text = (DEPLOY / "factbot.example.toml").read_text("utf-8")
    data = tomllib.loads(text)
    section = ""
    documented: set[str] = set()
    for line in text.splitlines():
        header = re.match(r"\[(\w+)\]", line)
        if header:
            section = header.group(1)
        key = re.match(r"#?\s?(\w+) =", line)
        if key and section:
            documented.add(f"{section}.{key.group(1)}")
    assert {k.dotted for k in KEYS} <= documented
    for key in KEYS:
        if key.name in data.get(key.section, {}) and key.dotted != "run.adapters":
            value = key.parse(data[key.section][key.name])
            assert value == key.default, key.dotted
    with pytest.raises(ConfigError) as caught:
        load_settings(DEPLOY / "factbot.example.toml", env={})
    assert {p.where for p in caught.value.problems} == {"DISCORD_TOKEN", "SLACK_BOT_TOKEN",
                                                        "SLACK_APP_TOKEN"}


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


# -- the guide ----------------------------------------------------------------------------------

def test_the_discord_invite_url_grants_exactly_the_permissions_the_guide_lists() -> None:
    import discord

    guide = (DEPLOY / "README.md").read_text("utf-8")
    listed = re.findall(r"^   \| ([A-Z][^|]+?) \| [^|]+ \|$", guide, flags=re.MULTILINE)
    names = [n.strip() for row in listed if row != "permission" for n in row.split(",")]
    # The portal's names, as discord.py spells them.
    spelled = {"View Channels": "view_channel"}
    wanted = discord.Permissions(**{spelled.get(n, n.lower().replace(" ", "_")): True
                                    for n in names})
    (url,) = re.findall(r"https://discord\.com/oauth2/authorize\?\S+", guide)
    assert f"permissions={wanted.value}" in url
    assert "scope=bot+applications.commands" in url


def test_the_guide_names_only_settings_and_variables_factbot_reads() -> None:
    guide = (DEPLOY / "README.md").read_text("utf-8")
    variables = set(re.findall(r"\b(?:FACTBOT|DISCORD|SLACK)_[A-Z_]+\b", guide))
    assert variables <= env_names(), variables - env_names()
    keys = set(re.findall(r"`([a-z]+\.[a-z_]+)`", guide))
    settings_keys = {k for k in keys if k.split(".")[0] in {k.section for k in KEYS}}
    assert settings_keys <= {k.dotted for k in KEYS}, settings_keys - {k.dotted for k in KEYS}
