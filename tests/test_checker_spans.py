"""A message's spans are each scored, and only the claims of the cut chosen are read in full:
how a span scores and whether it matches is the same before its wording is read as after."""

from __future__ import annotations

import pytest
from claim_table import load_claims, load_offtopic
from pack_files import FACTS_DIR

from bot.core import checker as checker_module
from bot.core.checker import (
    DEFAULT_THRESHOLD,
    _choose,
    _judged,
    check_claim,
    check_message,
    split_claims,
)
from bot.core.matcher import Matcher
from bot.core.models import Check
from bot.core.normalise import clean_text
from bot.core.splitting import soft_atoms
from bot.packs.loader import load_fact_base


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(load_fact_base([FACTS_DIR]).facts)


def _spans(text: str) -> list[str]:
    out = [clean_text(text)]
    for piece in split_claims(text):
        atoms = soft_atoms(piece)
        n = len(atoms.atoms)
        out.extend(atoms.span(i, j) for i in range(n) for j in range(i, n))
    return out


TEXTS = [line.text for line in load_claims()[::9]] + load_offtopic()[::40]


@pytest.mark.parametrize("text", TEXTS, ids=[t[:40] for t in TEXTS])
def test_a_span_scores_and_matches_as_its_check_does(text: str, matcher: Matcher) -> None:
    for span in _spans(text):
        choice = _choose(span, matcher, threshold=DEFAULT_THRESHOLD, top=5)
        check = check_claim(span, matcher)
        assert (choice.matched, choice.score) == (check.matched, check.score)
        assert _judged(span, choice, DEFAULT_THRESHOLD) == check
        assert choice.candidates == check.candidates


def test_only_the_claims_of_the_cut_are_read(matcher: Matcher,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    message = ("Russia-China trade hit $100 billion in 2018, and China invested $24bn in "
               "Russia, while Putin and Xi have met over 25 times")
    read: list[str] = []

    def judged(text: str, choice: checker_module._Choice, threshold: float) -> Check:
        read.append(text)
        return _judged(text, choice, threshold)

    reply = check_message(message, matcher)
    monkeypatch.setattr(checker_module, "_judged", judged)
    assert check_message(message, matcher) == reply
    spans = _spans(message)
    assert len(set(read)) < len(spans) - 1
    assert {c.claim for c in reply.checks} <= set(read) <= set(spans)
