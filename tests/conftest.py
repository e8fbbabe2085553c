"""Shared fixtures: where the repository's packs live, a checker over them, temp packs."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.service import FactChecker

REPO = Path(__file__).resolve().parents[1]
FACTS_DIR = REPO / "facts"
BUNDLED_PACK = FACTS_DIR / "russia-china-2019.yaml"
# The article the bundled pack is drawn from lives beside the repository, not in it.
ARTICLE = REPO.parent / "shared" / "seed" / "article.txt"

WritePack = Callable[..., Path]

PACK_HEADER = """\
pack: {pack}
source:
  title: "A Test Source"
  author: Ann Author
  publisher: Test Press
  published: 2020
facts:
"""


def pack_text(facts_yaml: str, *, pack: str = "test-pack") -> str:
    """A pack file's text: a valid header followed by the given (dedented) facts list."""
    body = textwrap.indent(textwrap.dedent(facts_yaml).strip("\n"), "  ")
    return PACK_HEADER.format(pack=pack) + body + "\n"


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
