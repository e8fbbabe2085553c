"""What a reply says, decided once: the outline the plain-text, Discord and Slack renderers lay out.

A renderer chooses layout, markup, escaping and length; it never chooses what is said. Every
line of an outline is a sentence from bot.messages with the member's own words inside it as
they typed them (each renderer escapes the whole line for its platform).
"""

from __future__ import annotations

from dataclasses import dataclass

from bot import messages
from bot.core.checker import nearest
from bot.core.models import Check, Figure, Source, Verdict
from bot.core.normalise import normalise


@dataclass(frozen=True, slots=True)
class CheckOutline:
    """One checked claim, as every platform says it."""

    verdict: Verdict
    heading: str                      # "✅ True", "🔍 No matching fact"
    claim: str                        # "Claim: “…”", the claim as the member typed it
    matched: str | None               # "Matched fact: …" when its wording is not the claim's
    notes: tuple[str, ...]            # how the wording was read; figures that disagree
    summary: str | None               # what the source says
    figures: tuple[Figure, ...]
    quote: str | None
    source: Source | None
    confidence: str | None            # "Match with this fact: 58%"
    alternatives: tuple[str, ...]     # other facts' claims close behind ("did you mean")
    suggestions: tuple[str, ...]      # with no match: the nearest facts' claims
    fact_id: str | None

    @property
    def matched_anything(self) -> bool:
        return self.verdict is not Verdict.NO_MATCH

    def lines(self) -> tuple[str, ...]:
        """The sentences before the figures, in order: the claim, the matched fact, the notes
        and the summary (with no match: the no-match sentence and the suggestions)."""
        if not self.matched_anything:
            out = [self.claim, messages.no_match()]
            if self.suggestions:
                out.append(messages.no_match_suggestions(list(self.suggestions)))
            return tuple(out)
        out = [self.claim]
        if self.matched is not None:
            out.append(self.matched)
        out.extend(self.notes)
        if self.summary:
            out.append(self.summary)
        return tuple(out)

    @property
    def did_you_mean(self) -> str | None:
        return messages.did_you_mean(list(self.alternatives)) if self.alternatives else None


def outline(check: Check, *, suggest: bool = True) -> CheckOutline:
    """The outline of one checked claim."""
    fact = check.fact
    claim = messages.claim_as_understood(" ".join(check.claim.split()))
    if fact is None:
        closest = nearest(check) if suggest else []
        return CheckOutline(
            verdict=check.verdict, heading=messages.verdict_heading(check.verdict), claim=claim,
            matched=None, notes=(), summary=None, figures=(), quote=None, source=None,
            confidence=None, alternatives=(),
            suggestions=tuple(m.fact.claim for m in closest), fact_id=None)
    notes: list[str] = []
    note = messages.wording_note(check)
    if note is not None:
        notes.append(note)
    notes.extend(messages.figure_conflict(c.claimed, c.source_value, c.what)
                 for c in check.conflicts)
    others = tuple(dict.fromkeys(m.fact.claim for m in check.alternatives
                                 if m.fact.id != fact.id))
    same_words = normalise(check.claim) == normalise(fact.claim)
    return CheckOutline(
        verdict=check.verdict, heading=messages.verdict_heading(check.verdict), claim=claim,
        matched=None if same_words else messages.matched_fact(fact.claim),
        notes=tuple(notes), summary=fact.summary, figures=fact.figures, quote=fact.quote,
        source=fact.source, confidence=messages.confidence(check.score),
        alternatives=others, suggestions=(), fact_id=fact.id)
