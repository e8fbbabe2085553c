"""Where the repository's packs and the seed article live, and how tests write packs."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

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
