"""Shared fixtures: a checker over the bundled packs and a writer of temporary packs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings
from pack_files import FACTS_DIR, WritePack, pack_text

from bot.service import FactChecker

# The suite pins the lexical matcher, so that its results are the same whether or not the
# semantic extra is installed; tests/test_semantic.py covers the semantic matcher itself.
os.environ.setdefault("FACTBOT_MATCHER", "lexical")

# Property tests (every @given test, marked `property`) run the same examples every time, with
# no per-example deadline, so that `make test` passes or fails alike on every machine and every
# run.
settings.register_profile("deterministic", derandomize=True, deadline=None, print_blob=True)
settings.load_profile("deterministic")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if isinstance(item, pytest.Function) and hasattr(item.obj, "hypothesis"):
            item.add_marker(pytest.mark.property)


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
