"""Verdicts on the article's claims and silence on chat no fact covers, and the threshold between.

Loads the bundled pack through FactChecker and sends every line of tests/data through the
same check_message the bot runs:

- off-topic lines (tests/data/offtopic.txt): the share that gets any answer (target <= 1%);
- article claims (tests/data/article_claims.jsonl): the share answered with the right fact and
  verdict (target >= 95%; a message with several claims is right only when every expected claim
  is in the reply with its verdict);
- a sweep of the match threshold from 0.30 to 0.90, plotted to bench/results/threshold.png.

    .venv/bin/python bench/article.py                  # tables, bench/results/article.md, plot
    .venv/bin/python bench/article.py --show-failures  # also every wrong answer
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import table
from bot.checker import DEFAULT_THRESHOLD, check_message
from bot.matcher import ClaimMatcher
from bot.models import Reply
from bot.packs import load_fact_base
from bot.paths import bundled_facts_dir
from bot.semantic import make_matcher
from tests.claim_table import ClaimLine, describe, is_right, load_claims, load_offtopic

RESULTS = Path(__file__).resolve().parent / "results"
SWEEP = [round(0.30 + 0.02 * i, 2) for i in range(31)]
ANSWERED_TARGET = 0.01
RIGHT_TARGET = 0.95

DEFINITIONS = """\
- *right*: the reply's first check has the expected fact (or one the line lists as equally
  right: a fact stating the same, or the contrary fact) and the expected verdict; for a message
  with several claims, every expected claim is in the reply with its verdict; for the few
  article lines no fact covers, the reply is no match.
- *recall*: article claims (covered by a fact) answered with the right fact, verdict aside.
- *precision*: of all the lines that got an answer (article claims and off-topic lines), the
  share answered with the right fact.
- *off-topic answered* (false-positive rate): off-topic lines that got any answer."""


@dataclass(frozen=True, slots=True)
class Point:
    threshold: float
    right: float        # right fact and verdict, over all claim lines
    recall: float       # right fact, over the covered claim lines
    precision: float    # right fact, over every line that got an answer
    offtopic: float     # off-topic lines answered


@dataclass(frozen=True, slots=True)
class Run:
    claims: list[tuple[ClaimLine, Reply]]
    offtopic: list[tuple[str, Reply]]


def run(matcher: ClaimMatcher, claims: Sequence[ClaimLine], offtopic: Sequence[str],
        threshold: float) -> Run:
    return Run(
        claims=[(c, check_message(c.text, matcher, threshold=threshold)) for c in claims],
        offtopic=[(t, check_message(t, matcher, threshold=threshold)) for t in offtopic],
    )


def point(threshold: float, result: Run) -> Point:
    covered = [(c, r) for c, r in result.claims if c.covered]
    fact_right = sum(is_right(r, c, verdict=False) for c, r in covered)
    answered_claims = sum(r.matched for _, r in result.claims)
    answered_offtopic = sum(r.matched for _, r in result.offtopic)
    answered = answered_claims + answered_offtopic
    return Point(
        threshold=threshold,
        right=sum(is_right(r, c) for c, r in result.claims) / len(result.claims),
        recall=fact_right / len(covered),
        precision=fact_right / answered if answered else 1.0,
        offtopic=answered_offtopic / len(result.offtopic),
    )


def kind_table(result: Run) -> str:
    totals: Counter[str] = Counter()
    fact_ok: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for line, reply in result.claims:
        totals[line.kind] += 1
        fact_ok[line.kind] += is_right(reply, line, verdict=False)
        right[line.kind] += is_right(reply, line)
    rows: list[list[object]] = [
        [kind, totals[kind], fact_ok[kind] / totals[kind], right[kind] / totals[kind]]
        for kind in sorted(totals)
    ]
    n = len(result.claims)
    rows.append(["**all**", n, sum(fact_ok.values()) / n, sum(right.values()) / n])
    return table(["kind", "claims", "right fact", "right fact and verdict"], rows)


def summary_table(result: Run, threshold: float) -> str:
    p = point(threshold, result)
    answered = sum(r.matched for _, r in result.offtopic)
    right = sum(is_right(r, c) for c, r in result.claims)
    rows: list[list[object]] = [
        ["off-topic lines answered", f"{answered}/{len(result.offtopic)}", p.offtopic,
         f"<= {ANSWERED_TARGET:.0%}", "yes" if p.offtopic <= ANSWERED_TARGET else "NO"],
        ["article claims right (fact and verdict)", f"{right}/{len(result.claims)}", p.right,
         f">= {RIGHT_TARGET:.0%}", "yes" if p.right >= RIGHT_TARGET else "NO"],
    ]
    return table(["measure", "count", "share", "target", "met"], rows)


def choose(points: Sequence[Point]) -> Point:
    """The middle of the widest stretch of thresholds that is best on claims within the target."""
    allowed = [p for p in points if p.offtopic <= ANSWERED_TARGET] or list(points)
    best = max(p.right for p in allowed)
    good = [p for p in allowed if p.right >= best - 0.005]
    return good[len(good) // 2]


def plot(points: Sequence[Point], default: float, path: Path, matcher: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    xs = [p.threshold for p in points]
    fig, ax = plt.subplots(figsize=(8, 5), dpi=120)
    ax.plot(xs, [p.precision for p in points], marker=".",
            label="precision (answers with the right fact)")
    ax.plot(xs, [p.recall for p in points], marker=".", label="recall (article claims, right fact)")
    ax.plot(xs, [p.right for p in points], marker=".", linestyle="--",
            label="article claims right (fact and verdict)")
    ax.plot(xs, [p.offtopic for p in points], marker=".", color="tab:red",
            label="off-topic lines answered")
    ax.axvline(default, color="grey", linestyle=":", label=f"default threshold {default:.2f}")
    ax.axhline(ANSWERED_TARGET, color="tab:red", linewidth=0.6, linestyle=":")
    ax.axhline(RIGHT_TARGET, color="tab:green", linewidth=0.6, linestyle=":")
    ax.set_xlabel("match threshold")
    ax.set_ylabel("share")
    ax.set_ylim(-0.02, 1.02)
    ax.set_title(f"factbot ({matcher}) on the russia-china-2019 pack: threshold trade-off")
    ax.grid(alpha=0.3)
    ax.legend(loc="center left", fontsize=8)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path)
    plt.close(fig)


def failures(result: Run) -> list[str]:
    out = []
    for line, reply in result.claims:
        if not is_right(reply, line):
            want = ", ".join(e.label for e in line.expected) or "no_match"
            out.append(f"[{line.kind}] {line.text!r}\n    expected {want}\n    got      "
                       f"{describe(reply)}")
    for text, reply in result.offtopic:
        if reply.matched:
            out.append(f"[off-topic] {text!r}\n    expected no_match\n    got      "
                       f"{describe(reply)}")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD,
                        help="threshold of the headline tables (default: the bot's default)")
    parser.add_argument("--show-failures", action="store_true",
                        help="print every wrong answer: text, expected, got")
    parser.add_argument("--matcher", choices=["lexical", "semantic"], default="lexical",
                        help="the bot's default lexical matcher, or the semantic extra's "
                             "(results then go to article-semantic.md, threshold-semantic.png)")
    parser.add_argument("--no-sweep", action="store_true",
                        help="only the tables at one threshold (implies --no-write)")
    parser.add_argument("--no-write", action="store_true",
                        help="print only; do not write bench/results/article.md and the plot")
    args = parser.parse_args(argv)

    # The matcher asked for, whatever $FACTBOT_MATCHER says and whichever extras are installed.
    fact_base = load_fact_base([bundled_facts_dir()])
    matcher: ClaimMatcher = make_matcher(fact_base.facts, args.matcher)
    suffix = "-semantic" if args.matcher == "semantic" else ""
    claims = load_claims()
    offtopic = load_offtopic()
    headline = run(matcher, claims, offtopic, args.threshold)
    thresholds = [] if args.no_sweep else SWEEP
    sweep = [point(t, headline if abs(t - args.threshold) < 1e-9 else
                   run(matcher, claims, offtopic, t)) for t in thresholds]
    chosen = choose(sweep or [point(args.threshold, headline)])

    facts = len(fact_base.facts)
    out = [
        "# Article claims and off-topic silence",
        "",
        f"Pack: bundled ({facts} facts), matcher `{matcher.name}`, "
        f"threshold {args.threshold:.2f}; {len(claims)} article claim lines, "
        f"{len(offtopic)} off-topic lines. Reproduce: `.venv/bin/python bench/article.py"
        f"{' --matcher semantic' if suffix else ''}`.",
        "",
        summary_table(headline, args.threshold),
        "",
        "By kind of claim:",
        "",
        kind_table(headline),
        "",
        "Threshold sweep:",
        "",
        DEFINITIONS,
        "",
        table(["threshold", "precision", "recall", "right (fact and verdict)",
               "off-topic answered"],
              [[f"{p.threshold:.2f}" + (" *" if abs(p.threshold - args.threshold) < 1e-9 else ""),
                p.precision, p.recall, p.right, p.offtopic] for p in sweep]),
        "",
        f"`*` marks the threshold of the tables above. Best on claims with at most "
        f"{ANSWERED_TARGET:.0%} off-topic answered (middle of the best stretch): "
        f"{chosen.threshold:.2f}.",
    ]
    report = "\n".join(out)
    print(report)
    if not (args.no_write or args.no_sweep):
        table_path = RESULTS / f"article{suffix}.md"
        plot_path = RESULTS / f"threshold{suffix}.png"
        table_path.parent.mkdir(parents=True, exist_ok=True)
        table_path.write_text(report + "\n", encoding="utf-8")
        plot(sweep, args.threshold, plot_path, matcher.name)
        print(f"\nwrote {table_path} and {plot_path}")
    if args.show_failures:
        wrong = failures(headline)
        print(f"\n## Failures at threshold {args.threshold:.2f} ({len(wrong)})\n")
        print("\n".join(wrong))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
