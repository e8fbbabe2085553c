"""The Kubernetes manifests: they parse, keep the secret out of apply -k, and use real settings."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from deploy_support import BUNDLED_IN_IMAGE, DEPLOY, REPO

from bot.chat.base import FactChecker
from bot.ops.config import env_names, load_settings
from bot.packs.loader import lint


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
