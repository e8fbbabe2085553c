"""The bundled pack as the checker tests read it, and how a cited reply is judged."""

from __future__ import annotations

from pack_files import FACTS_DIR

from bot import messages
from bot.chat.base import FactChecker
from bot.chat.render import render_reply
from bot.core.models import Check, Verdict
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


def assert_one_check(checker: FactChecker, claim: str, fact_id: str, verdict: Verdict,
                     reading: str) -> None:
    """The claim gets one check, on `fact_id` with `verdict`; a verdict of context says why
    (`reading`), and the reply shows that note."""
    reply = checker.check(claim)
    [check] = reply.checks
    assert (check.fact and check.fact.id, check.verdict) == (fact_id, verdict)
    if verdict is Verdict.CONTEXT:
        assert check.fact is not None and check.reading == reading
        assert messages.reading_note(reading, check.fact.verdict, verdict) \
            in render_reply(reply)
