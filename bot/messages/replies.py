"""What a reply says to a member: verdicts, its lines, why the wording was read so."""

from __future__ import annotations

from bot.core.models import Check, Verdict

__all__ = [
    "VERDICT_EMOJI",
    "VERDICT_LABELS",
    "claim_as_understood",
    "claim_in_line",
    "confidence",
    "did_you_mean",
    "empty_claim",
    "figure_conflict",
    "figures_heading",
    "internal_error",
    "matched_fact",
    "negation_note",
    "no_match",
    "no_match_suggestions",
    "quote_heading",
    "reading_note",
    "several_claims",
    "source_line",
    "truncated_input",
    "verdict_heading",
    "verdict_label",
    "wording_note",
]

# -- verdicts -----------------------------------------------------------------------------------

VERDICT_LABELS: dict[Verdict, str] = {
    Verdict.TRUE: "True",
    Verdict.FALSE: "False",
    Verdict.MISLEADING: "Misleading",
    Verdict.UNPROVEN: "Unproven",
    Verdict.CONTEXT: "Context",
    Verdict.NO_MATCH: "No matching fact",
}

VERDICT_EMOJI: dict[Verdict, str] = {
    Verdict.TRUE: "✅",
    Verdict.FALSE: "❌",
    Verdict.MISLEADING: "⚠️",
    Verdict.UNPROVEN: "❔",
    Verdict.CONTEXT: "ℹ️",
    Verdict.NO_MATCH: "🔍",
}


def verdict_label(verdict: Verdict) -> str:
    return VERDICT_LABELS[verdict]


def verdict_heading(verdict: Verdict) -> str:
    return f"{VERDICT_EMOJI[verdict]} {VERDICT_LABELS[verdict]}"


# -- replies ------------------------------------------------------------------------------------

_CLAIM_OPEN, _CLAIM_CLOSE = "Claim: “", "”"


def claim_as_understood(claim: str) -> str:
    return f"{_CLAIM_OPEN}{claim}{_CLAIM_CLOSE}"


def claim_in_line(line: str) -> str | None:
    """The claim of a line that claim_as_understood wrote, else None."""
    if (len(line) > len(_CLAIM_OPEN) + len(_CLAIM_CLOSE) and line.startswith(_CLAIM_OPEN)
            and line.endswith(_CLAIM_CLOSE)):
        return line[len(_CLAIM_OPEN):-len(_CLAIM_CLOSE)]
    return None


def matched_fact(claim: str) -> str:
    return f"Matched fact: {claim}"


def negation_note(fact_verdict: Verdict) -> str:
    return (
        "Your claim negates the fact on record, whose verdict is "
        f"{VERDICT_LABELS[fact_verdict].lower()}; the verdict above is on your wording."
    )


# Why a claim's wording was read against its fact (Check.reading).
_READING_NOTES: dict[str, str] = {
    "roles": "Your claim swaps who did what to whom",
    "alternatives": "Your claim asks which of two it was and asserts neither",
    "comparison": "Your claim runs the comparison the other way",
    "quantifier": "Your claim says more (only, all, every, always...) than the source states",
    "substitution": "Your claim names someone else where the source names another",
    "place": "Your claim puts this somewhere else than the source does",
    "opposite": "Your claim says the opposite of what the source says",
    "direction": "Your claim tells the change the other way round (from what, to what)",
    "inference": "Your claim draws a conclusion that this fact does not support on its own",
    "framing": "Your claim tells how one side presents this, which the source reports",
    "literal": "Your claim takes literally a likeness the source only draws",
    "compared": "Your claim compares two things and this fact states only one of them",
    "gap": "Your claim makes the gap between them much smaller or larger than the source does",
    "intent": "Your claim and the source differ on whether this was planned or done",
    "negation": "Your claim denies a statement the source does not call simply true or false",
    "certainty": "Your claim is sure of what the source only calls likely",
    "forecast": "Your claim tells what is still to come, which the source cannot settle",
    "rumour": "Your claim tells as fact what the source reports only as a rumour",
    "motive": "Your claim gives a motive or a cause for this that the source does not give",
    "wording": "Your claim is worded too differently from the source for me to judge it",
    "unexplained": "Your claim says more than this fact covers",
    "unknown name": "Your claim names something the source never mentions",
    "unsaid name": "Your claim names someone or something this fact on record does not mention",
    "unstated figure": "Your claim gives a figure or a date the source does not give for this",
    "figure": "Your claim does not give the figure this fact on record is wrong about",
    "loose count": "Your claim gives an exact number where the source only counts loosely",
    "source": "Your claim was read against the source's own sentence, quoted below",
}


def reading_note(reading: str, fact_verdict: Verdict, verdict: Verdict) -> str:
    """What the checker read in the claim's wording, and what it did with the verdict."""
    said = _READING_NOTES.get(reading, "Your claim's wording differs from the fact on record")
    if verdict is Verdict.CONTEXT:
        return (f"{said}, so I can't tell whether it is true; here is what the source says "
                f"(the fact on record is {VERDICT_LABELS[fact_verdict].lower()}).")
    return (f"{said}: the fact on record is {VERDICT_LABELS[fact_verdict].lower()}, "
            "so the verdict above is on your wording.")


def wording_note(check: Check) -> str | None:
    """The note on how the claim's wording was read against its fact, if any: the one
    sentence every renderer shows under the claim."""
    fact = check.fact
    if fact is None:
        return None
    if check.reading is not None:
        return reading_note(check.reading, fact.verdict, check.verdict)
    if check.negated:
        return negation_note(fact.verdict)
    return None


def figure_conflict(claimed: str, source_value: str, what: str) -> str:
    return f"You said {claimed}; the source gives {source_value} ({what})."


def figures_heading() -> str:
    return "Figures"


def quote_heading() -> str:
    return "Quote"


def source_line(title: str, author: str | None, publisher: str | None,
                published: str | None) -> str:
    parts = [f"“{title}”"]
    if author:
        parts.append(author)
    if publisher:
        parts.append(publisher)
    if published:
        parts.append(published)
    return "Source: " + ", ".join(parts)


def confidence(score: float) -> str:
    """How closely the claim matches the fact, worded so that it cannot read as how sure the
    verdict is ("❌ False · 58%" is not "58% sure it is false")."""
    return f"Match with this fact: {round(score * 100)}%"


def did_you_mean(claims: list[str]) -> str:
    return "Did you mean: " + "; ".join(f"“{c}”" for c in claims)


def no_match() -> str:
    return "I have no fact on that, so I can't check it."


def no_match_suggestions(claims: list[str]) -> str:
    return "Closest facts I have: " + "; ".join(f"“{c}”" for c in claims)


def empty_claim() -> str:
    return "Give me a claim to check, e.g. “Russia and China are allies”."


def several_claims(count: int) -> str:
    return f"I checked {count} claims in that message."


def internal_error() -> str:
    return "Something went wrong while checking that. The admins have been told."


def truncated_input(limit: int) -> str:
    return f"Only the first {limit} characters were checked."
