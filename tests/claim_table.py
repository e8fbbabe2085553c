"""The article claim table and the off-topic chat lines, and how a reply is judged against them.

Shared by the accuracy test (tests/test_article_claims.py) and bench/article.py, so that both
count a reply as right in the same way.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from bot.core.models import Check, Reply, Verdict

DATA_DIR = Path(__file__).resolve().parent / "data"
CLAIMS_PATH = DATA_DIR / "article_claims.jsonl"
OFFTOPIC_PATH = DATA_DIR / "offtopic.txt"


@dataclass(frozen=True, slots=True)
class Expected:
    """One claim a reply must contain: its fact (or one stating the same) and its verdict."""

    fact_ids: frozenset[str]
    verdict: Verdict

    @property
    def label(self) -> str:
        ids = "|".join(sorted(self.fact_ids)) or "-"
        return f"{ids}:{self.verdict.value}"


@dataclass(frozen=True, slots=True)
class ClaimLine:
    text: str
    kind: str
    expected: tuple[Expected, ...]  # empty when no fact covers the line

    @property
    def covered(self) -> bool:
        return bool(self.expected)


def load_claims(path: Path = CLAIMS_PATH) -> list[ClaimLine]:
    lines: list[ClaimLine] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip():
            continue
        row = json.loads(raw)
        try:
            also = frozenset(row.get("also", ()))
            if row["kind"] == "multi":
                expected = tuple(Expected(frozenset({e["fact_id"], *e.get("also", ())}),
                                          Verdict(e["verdict"]))
                                 for e in row["expected"])
            elif row["fact_id"] is None:
                expected = ()
            else:
                expected = (Expected(frozenset({row["fact_id"]}) | also,
                                     Verdict(row["verdict"])),)
        except (KeyError, ValueError) as exc:
            raise ValueError(f"{path}:{number}: bad claim line: {exc}") from exc
        lines.append(ClaimLine(text=row["text"], kind=row["kind"], expected=expected))
    return lines


def load_offtopic(path: Path = OFFTOPIC_PATH) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _fits(check: Check, expected: Expected, *, verdict: bool) -> bool:
    if check.fact is None or check.fact.id not in expected.fact_ids:
        return False
    return check.verdict is expected.verdict if verdict else True


def is_right(reply: Reply, line: ClaimLine, *, verdict: bool = True) -> bool:
    """Whether a reply answers a claim line as expected.

    A single claim must be the reply's first check, with the right fact (and verdict); for a
    message with several claims every expected claim must be among the checks; a line no fact
    covers must get no match at all.
    """
    if not line.covered:
        return not reply.matched
    if len(line.expected) == 1:
        return _fits(reply.primary, line.expected[0], verdict=verdict)
    return all(any(_fits(c, e, verdict=verdict) for c in reply.checks) for e in line.expected)


def describe(reply: Reply) -> str:
    """What a reply said, compactly: fact:verdict@score for each check."""
    parts = []
    for check in reply.checks:
        fact = check.fact.id if check.fact else "-"
        parts.append(f"{fact}:{check.verdict.value}@{check.score:.2f}")
    return ", ".join(parts)
