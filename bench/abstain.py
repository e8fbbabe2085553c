"""Can the bot tell its own wrong verdicts apart, and hold them back as context?

Every dev and validation blind line goes through the bot's default matcher. Each reply that gives
one verdict is ranked by how likely it is to be wrong, by three methods side by side:

- *lowest score*: the match score alone, lowest first (the simple baseline);
- *learned*: gradient-boosted trees over what the reply itself shows (scores, the runner-up
  fact, the reading that decided the verdict, the verdict against the fact's, the claim's length,
  figures, question mark), trained on the dev sets' replies and scored on the validation sets';
- *two matchers disagree* (`--semantic`, needs the semantic extra): the answers where the
  semantic matcher gives another fact or verdict, in the order of the learned ranking.

Holding back the first k answers of a ranking turns each into context: a wrong verdict held back
is a wrong answer gone, a right one held back is a right answer lost. A change is worth making
on this bench's terms when it removes more than one wrong verdict for every two right answers it
loses (the keep rule of the blind sets: a wrong verdict counts as two right answers). The
learned ranking needs scikit-learn, which the semantic extra brings.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import table
from bot.core.checker import DEFAULT_THRESHOLD, check_message
from bot.core.matcher import ClaimMatcher
from bot.core.models import Check, Reply, Verdict
from bot.ops.matchers import make_matcher
from bot.packs.loader import load_fact_base
from bot.packs.paths import bundled_facts_dir
from tests.blind_table import (
    BLIND_SETS,
    VALIDATION_SETS,
    WHOLE_DEV_SETS,
    BlindLine,
    Outcome,
    judge,
    load_blind,
)

HELD_BACK = (10, 20, 40, 80, 160)
VERDICTS = tuple(v for v in Verdict if v.judges_claim)
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Answer:
    """One reply that gives a single verdict, and whether that verdict is the article's."""

    line: BlindLine
    reply: Reply
    check: Check
    wrong: bool


def answers(matcher: ClaimMatcher, paths: Sequence[Path]) -> list[Answer]:
    out = []
    for path in paths:
        for line in load_blind(path):
            if not line.covered:
                continue
            reply = check_message(line.text, matcher, threshold=DEFAULT_THRESHOLD)
            outcome = judge(reply, line)
            given = [c for c in reply.checks if c.fact is not None and c.verdict.judges_claim]
            if len(given) == 1 and outcome in (Outcome.RIGHT, Outcome.WRONG_VERDICT):
                out.append(Answer(line, reply, given[0], outcome is Outcome.WRONG_VERDICT))
    return out


def features(answer: Answer, readings: Sequence[str]) -> list[float]:
    check = answer.check
    assert check.fact is not None
    others = [m for m in check.candidates if m.fact.id != check.fact.id]
    second = others[0] if others else None
    row = [check.score, second.score if second else 0.0,
           check.score - (second.score if second else 0.0),
           float(second is not None and second.fact.verdict is not check.fact.verdict),
           float(check.negated), float(len(check.conflicts)), float(len(check.alternatives)),
           float(len(answer.reply.checks)), float(len(check.claim.split())),
           float(len(answer.line.text.split())), float(bool(_DIGIT.search(check.claim))),
           float("?" in answer.line.text), float(check.verdict is check.fact.verdict)]
    row += [float(check.verdict is v) for v in VERDICTS]
    row += [float(check.fact.verdict is v) for v in VERDICTS]
    row += [float((check.reading or "") == r) for r in readings]
    return row


def held_back(ranked: Sequence[Answer]) -> list[list[object]]:
    rows: list[list[object]] = []
    for k in HELD_BACK:
        first = ranked[:k]
        wrong = sum(a.wrong for a in first)
        right = len(first) - wrong
        rows.append([k, wrong, right, f"{wrong / len(first):.0%}" if first else "-",
                     2 * wrong - right])
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--semantic", action="store_true",
                        help="add the ranking of answers the semantic matcher disagrees with")
    args = parser.parse_args(argv)
    try:
        from sklearn.ensemble import HistGradientBoostingClassifier
    except ImportError:
        print("The learned ranking needs scikit-learn: pip install -e '.[semantic]'")
        return 1
    facts = load_fact_base([bundled_facts_dir()]).facts
    matcher = make_matcher(facts, "lexical")
    dev_paths = [dev for _, dev, _ in BLIND_SETS] + [p for _, p in WHOLE_DEV_SETS]
    validation_paths = [p for _, p in VALIDATION_SETS]
    dev, validation = answers(matcher, dev_paths), answers(matcher, validation_paths)
    readings = sorted({a.check.reading or "" for a in dev})
    model = HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, max_leaf_nodes=15,
                                           min_samples_leaf=30, random_state=0)
    model.fit([features(a, readings) for a in dev], [a.wrong for a in dev])
    wrong_odds = model.predict_proba([features(a, readings) for a in validation])[:, 1]
    learned = [a for _, a in sorted(zip(wrong_odds, validation, strict=True),
                                    key=lambda pair: -pair[0])]
    rankings = [("lowest score", sorted(validation, key=lambda a: a.check.score)),
                ("learned", learned)]
    if args.semantic:
        semantic = make_matcher(facts, "semantic")

        def said(reply: Reply) -> set[tuple[str, Verdict]]:
            return {(c.fact.id, c.verdict) for c in reply.checks
                    if c.fact is not None and c.verdict.judges_claim}

        disagree = [a for a in learned
                    if said(check_message(a.line.text, semantic, threshold=DEFAULT_THRESHOLD))
                    != said(a.reply)]
        rankings.append(("two matchers disagree", disagree))
    wrong = sum(a.wrong for a in validation)
    print(f"# Holding back the answers most likely wrong\n\nValidation sets: {len(validation)} "
          f"answers with one verdict, {wrong} of them wrong; the learned ranking trained on "
          f"{len(dev)} answers of the dev sets ({sum(a.wrong for a in dev)} wrong). "
          "Worth it: 2 x wrong held back - right held back > 0.\n")
    for name, ranked in rankings:
        print(f"## {name} ({len(ranked)} answers ranked)\n")
        print(table(["held back", "wrong", "right", "wrong share", "2 x wrong - right"],
                    held_back(ranked)))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
