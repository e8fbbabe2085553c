"""Frozen data objects that cross the core/adapter boundary."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Verdict(StrEnum):
    TRUE = "true"
    FALSE = "false"
    MISLEADING = "misleading"
    UNPROVEN = "unproven"
    # The fact is about the claim, but whether the claim's wording agrees with it cannot be
    # told (roles, a comparison or a quantifier the fact does not settle): the reply shows
    # what the source says and puts no verdict on the claim. Never a fact's own verdict.
    CONTEXT = "context"
    NO_MATCH = "no_match"

    @property
    def judges_claim(self) -> bool:
        """Whether a reply with this verdict says the claim is true, false, misleading or
        unproven (context shows the source without judging; no_match has nothing)."""
        return self in FACT_VERDICTS

    def opposite(self) -> Verdict:
        """The verdict on the negation of a claim, where one follows soundly."""
        if self is Verdict.TRUE:
            return Verdict.FALSE
        if self is Verdict.FALSE:
            return Verdict.TRUE
        return self


FACT_VERDICTS: tuple[Verdict, ...] = (
    Verdict.TRUE,
    Verdict.FALSE,
    Verdict.MISLEADING,
    Verdict.UNPROVEN,
)


@dataclass(frozen=True, slots=True)
class Figure:
    value: str
    what: str


@dataclass(frozen=True, slots=True)
class Source:
    title: str
    author: str | None = None
    publisher: str | None = None
    published: str | None = None
    subtitle: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Fact:
    id: str
    claim: str
    verdict: Verdict
    summary: str
    source: Source
    quote: str | None = None
    figures: tuple[Figure, ...] = ()
    aliases: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    pack: str = ""
    # Who made the claim and where it appeared (addresses, the first known first), where
    # known: the ClaimReview export's Claim author, firstAppearance and appearance.
    claimant: str | None = None
    appearances: tuple[str, ...] = ()

    @property
    def texts(self) -> tuple[str, ...]:
        """Every phrasing that should match this fact: the claim first, then the aliases."""
        return (self.claim, *self.aliases)


@dataclass(frozen=True, slots=True)
class Pack:
    id: str
    source: Source
    facts: tuple[Fact, ...]
    path: str = ""


@dataclass(frozen=True, slots=True)
class Claim:
    """A message to check, as an adapter hands it to the core."""

    text: str
    platform: str = "console"
    server: str | None = None
    channel: str | None = None
    user: str | None = None
    explicit: bool = True


@dataclass(frozen=True, slots=True)
class Match:
    """One candidate fact for a claim, with a calibrated score in 0..1."""

    fact: Fact
    score: float
    matched_text: str
    # The lexical score of the same fact, where a matcher that reads more than words (the
    # semantic one) found it; None where the score is lexical already.
    lexical: float | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class FigureConflict:
    claimed: str
    source_value: str
    what: str


@dataclass(frozen=True, slots=True)
class Check:
    """The verdict on one claim found in a message."""

    claim: str
    verdict: Verdict
    fact: Fact | None = None
    score: float = 0.0
    negated: bool = False
    # Why the claim's wording was read against the fact: "roles" (who did what to whom is
    # swapped), "comparison" (the comparison runs the other way), "quantifier" (only, all,
    # every... that the fact does not state), or None. With a verdict of context, the reason
    # the verdict could not be told.
    reading: str | None = None
    conflicts: tuple[FigureConflict, ...] = ()
    alternatives: tuple[Match, ...] = ()
    candidates: tuple[Match, ...] = field(default=(), compare=False)

    @property
    def matched(self) -> bool:
        return self.fact is not None


@dataclass(frozen=True, slots=True)
class Reply:
    """Everything a platform needs to render an answer to one message."""

    input: str
    checks: tuple[Check, ...]
    # The facts nearest the message as a whole, best first as the matcher ranks the whole
    # message, then the facts only its claims found; each fact once, with its best score.
    # The facts the checks answer with come within the first `top` the check was asked for.
    candidates: tuple[Match, ...] = field(default=(), compare=False)

    @property
    def primary(self) -> Check:
        return self.checks[0]

    @property
    def verdict(self) -> Verdict:
        return self.primary.verdict

    @property
    def matched(self) -> bool:
        return any(c.matched for c in self.checks)

    @property
    def score(self) -> float:
        return self.primary.score

    @property
    def judged(self) -> bool:
        """Whether some claim of the message got a verdict (not only context)."""
        return any(c.matched and c.verdict.judges_claim for c in self.checks)
