"""Decide verdicts: split a message into claims, match each, apply negation and figures."""

from __future__ import annotations

import re

from bot.analysis import negation_count
from bot.matcher import ClaimMatcher
from bot.models import Check, Fact, FigureConflict, Match, Reply, Verdict
from bot.normalise import clean_text, normalise
from bot.numbers import Quantity, conflicting, quantities

DEFAULT_THRESHOLD = 0.6
AMBIGUITY_MARGIN = 0.04
MAX_INPUT_CHARS = 2000
MAX_CLAIMS = 5
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")


def split_claims(text: str) -> list[str]:
    """Claim-like sentences of a message (at least three words each)."""
    parts = [p.strip() for p in _SENTENCE_END.split(text)]
    return [p for p in parts if len(normalise(p).split()) >= 3]


def _cited_quantities(fact: Fact) -> tuple[Quantity, ...]:
    texts = [fact.claim, *fact.aliases, *(f.value for f in fact.figures)]
    if fact.quote:
        texts.append(fact.quote)
    return tuple(q for t in texts for q in quantities(normalise(t)))


def _figure_conflicts(claim: str, fact: Fact) -> tuple[FigureConflict, ...]:
    cited = _cited_quantities(fact)
    wrong = conflicting(quantities(normalise(claim)), cited)
    out: list[FigureConflict] = []
    for q in wrong:
        figure = next(
            (f for f in fact.figures
             if any(c.unit == q.unit for c in quantities(normalise(f.value)))),
            None,
        )
        if figure is not None:
            out.append(FigureConflict(claimed=q.text, source_value=figure.value, what=figure.what))
    return tuple(out)


def check_claim(text: str, matcher: ClaimMatcher, *, threshold: float = DEFAULT_THRESHOLD,
                top: int = 5) -> Check:
    """The verdict on one claim, or no_match when no fact is close enough."""
    candidates = tuple(matcher.match(text, limit=max(top, 5)))
    if not candidates or candidates[0].score < threshold:
        return Check(claim=text, verdict=Verdict.NO_MATCH,
                     score=candidates[0].score if candidates else 0.0, candidates=candidates)
    best = candidates[0]
    fact = best.fact
    negated = negation_count(normalise(text)) % 2 != negation_count(
        normalise(best.matched_text)) % 2
    verdict = fact.verdict.opposite() if negated else fact.verdict
    conflicts = () if negated else _figure_conflicts(text, fact)
    if conflicts and fact.verdict is Verdict.TRUE:
        verdict = Verdict.FALSE
    alternatives = tuple(
        m for m in candidates[1:]
        if m.score >= threshold and best.score - m.score <= AMBIGUITY_MARGIN
    )
    return Check(claim=text, verdict=verdict, fact=fact, score=best.score, negated=negated,
                 conflicts=conflicts, alternatives=alternatives, candidates=candidates)


def _best_per_fact(checks: list[Check]) -> list[Check]:
    kept: dict[str, Check] = {}
    for c in checks:
        assert c.fact is not None
        if c.fact.id not in kept or c.score > kept[c.fact.id].score:
            kept[c.fact.id] = c
    return [c for c in checks if c.fact is not None and kept[c.fact.id] is c]


def check_message(text: str, matcher: ClaimMatcher, *, threshold: float = DEFAULT_THRESHOLD,
                  top: int = 5, max_chars: int = MAX_INPUT_CHARS) -> Reply:
    """Check every claim in a chat message; the reply has one check per claim found."""
    cleaned = clean_text(text)[:max_chars]
    if not normalise(cleaned):
        return Reply(input=text, checks=(Check(claim=cleaned, verdict=Verdict.NO_MATCH),))
    sentences = split_claims(cleaned)[: MAX_CLAIMS * 4]
    if len(sentences) > 1:
        found = [c for c in (check_claim(s, matcher, threshold=threshold, top=top)
                             for s in sentences) if c.matched]
        if found:
            return Reply(input=text, checks=tuple(_best_per_fact(found)[:MAX_CLAIMS]))
    return Reply(input=text, checks=(check_claim(cleaned, matcher, threshold=threshold, top=top),))


def nearest(check: Check, *, floor: float = 0.3, count: int = 3) -> list[Match]:
    """Facts worth offering after a no_match, best first."""
    return [m for m in check.candidates if m.score >= floor][:count]
