"""Shared fixtures: a checker over the bundled packs and a writer of temporary packs."""

from __future__ import annotations

import functools
import os
import re
import time
from collections.abc import Callable, Generator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from pack_files import FACTS_DIR, WritePack, pack_text

from bot.chat.base import FactChecker

# The suite pins the lexical matcher, so that its results are the same whether or not the
# semantic extra is installed; tests/test_semantic.py covers the semantic matcher itself.
os.environ.setdefault("FACTBOT_MATCHER", "lexical")

# Property tests (every @given test, marked `property`) run the same examples every time, with
# no per-example deadline, so that `make test` passes or fails alike on every machine and every
# run. `make fuzz` explores instead: HYPOTHESIS_PROFILE=fuzz draws new random examples for
# FUZZ_SECONDS in all, shared evenly among the property tests selected, each running again with
# new seeds (1000 examples a run where the test sets no max_examples) until its share is spent.
# A failure found there is kept in .hypothesis/ and tried first by the next `make fuzz`.
settings.register_profile("deterministic", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("fuzz", derandomize=False, deadline=None, print_blob=True,
                          max_examples=1000, suppress_health_check=[HealthCheck.too_slow])
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "deterministic")
settings.load_profile(PROFILE)
FUZZ_SECONDS = float(os.environ.get("FUZZ_SECONDS", "60"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if isinstance(item, pytest.Function) and hasattr(item.obj, "hypothesis"):
            item.add_marker(pytest.mark.property)


def pytest_collection_finish(session: pytest.Session) -> None:
    if PROFILE != "fuzz":
        return
    tests = [item for item in session.items
             if isinstance(item, pytest.Function) and item.get_closest_marker("property")]
    for item in tests:
        item.obj = _explore(item.obj, FUZZ_SECONDS / len(tests))


def _explore(test: Callable[..., None], seconds: float) -> Callable[..., None]:
    """The test run again and again, a new random draw of examples each time, for about
    `seconds`: no run starts that would likely end after them (the first always runs)."""

    @functools.wraps(test)
    def explore(*args: object, **kwargs: object) -> None:
        stop = time.monotonic() + seconds
        while True:
            started = time.monotonic()
            test(*args, **kwargs)
            now = time.monotonic()
            if now + (now - started) > stop:
                return

    return explore


# How hypothesis notes the example it shrank a failure to (older versions: "Falsifying example").
FAILING = re.compile(r"(?:Failing test case|Falsifying example): \w+\((.*)\)", re.S)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item,
                              call: pytest.CallInfo[None]) -> Generator[None, pytest.TestReport,
                                                                        pytest.TestReport]:
    """A failed property test's report ends with the @example that keeps its failing case.
    Under NO_SKIPS (set by .ci/run) a skipped test fails with its reason: CI has
    every extra, the seed article, apt-cache and hadolint, so nothing may pass unrun there."""
    report = yield
    if report.skipped and os.environ.get("NO_SKIPS") and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = f"skipped where every test must run (NO_SKIPS): {reason}"
    if call.excinfo is not None and item.get_closest_marker("property"):
        examples = [f"@example({m.group(1)})" for note in _notes(call.excinfo.value)
                    if (m := FAILING.fullmatch(note))]
        if examples:
            report.sections.append(("add above the test's @given to keep this case",
                                    "\n".join(examples)))
    return report


def _notes(error: BaseException) -> list[str]:
    notes = list(getattr(error, "__notes__", []))
    for inner in getattr(error, "exceptions", ()):
        notes += _notes(inner)
    return notes


@pytest.fixture(scope="session")
def checker() -> FactChecker:
    """A FactChecker over the bundled packs, built once for the whole run."""
    return FactChecker.from_paths([FACTS_DIR])


@pytest.fixture
def write_pack(tmp_path: Path) -> WritePack:
    """Write a pack into tmp_path and return its path.

    `write_pack("a.yaml", facts_yaml)` wraps a facts list in a valid header;
    `write_pack("a.yaml", raw=text)` writes the text as is; `raw=bytes` writes bytes.
    """

    def write(name: str, facts_yaml: str = "", *, pack: str | None = None,
              raw: str | bytes | None = None) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(raw, bytes):
            path.write_bytes(raw)
        elif raw is not None:
            path.write_text(raw, encoding="utf-8")
        else:
            path.write_text(pack_text(facts_yaml, pack=pack or Path(name).stem),
                            encoding="utf-8")
        return path

    return write
