"""The bundled pack as the checker tests read it, and how a cited reply is judged."""

from __future__ import annotations

from pack_files import FACTS_DIR

from bot.core.models import Check
from bot.packs.loader import load_fact_base

BUNDLED = load_fact_base([FACTS_DIR])


def assert_cites_everything(text: str, check: Check) -> None:
    """A reply with a verdict names the source, shows the quote and every figure."""
    fact = check.fact
    assert fact is not None
    src = fact.source
    for part in (src.title, src.author, src.publisher, src.published):
        assert part and part in text, f"source part {part!r} missing from the reply"
    assert fact.quote and fact.quote in text
    for figure in fact.figures:
        assert figure.value in text and figure.what in text
