"""Verdicts on the article's claims and silence on chat no fact covers, and the threshold between.

Loads the bundled pack through FactChecker and sends every line of tests/data through the
same check_message the bot runs:

- the blind claim sets first (tests/blind_table.py names them: the sets split into a dev and a
  test half, the dev sets kept whole and the validation sets; tests/data/README.md tells how each
  was written), each written from the article alone by someone who never saw the pack, the
  tests or the code: right fact and verdict, wrong verdicts, context, claims the article never
  makes and off-topic chat answered, for the test halves and the validation sets (only scored:
  their failures are never printed) and the dev sets (tuned on);

- off-topic lines (tests/data/offtopic.txt): the share that gets any answer (target <= 1%);
- article claims (tests/data/article_claims.jsonl): the share answered with the right fact and
  verdict (target >= 95%; a message with several claims is right only when every expected claim
  is in the reply with its verdict);
- a sweep of the match threshold from 0.30 to 0.90, plotted to bench/results/threshold.png.

    .venv/bin/python bench/article.py                  # tables, bench/results/article.md, plot
    .venv/bin/python bench/article.py --show-failures  # also every wrong answer
    .venv/bin/python bench/article.py --matcher semantic --no-sweep --no-latency
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rapidfuzz import fuzz, process, utils

from bench.common import median, percentile, table
from bot.core.checker import DEFAULT_THRESHOLD, check_message
from bot.core.matcher import ClaimMatcher
from bot.core.models import Fact, Reply
from bot.ops.matchers import make_matcher
from bot.packs.loader import load_fact_base
from bot.packs.paths import bundled_facts_dir
from tests.blind_table import (
    BLIND_SETS,
    NOT_IN_ARTICLE,
    OFF_TOPIC,
    VALIDATION_SETS,
    WHOLE_DEV_SETS,
    BlindLine,
    Outcome,
    cites_figure,
    judge,
    load_blind,
)
from tests.claim_table import ClaimLine, describe, is_right, load_claims, load_offtopic

RESULTS = Path(__file__).resolve().parent / "results"
SWEEP = [round(0.30 + 0.02 * i, 2) for i in range(31)]
ANSWERED_TARGET = 0.01
RIGHT_TARGET = 0.95
# Targets on the blind halves.
BLIND_RIGHT_TARGET = 0.92
BLIND_WRONG_TARGET = 0.02
BLIND_UNMADE_TARGET = 0.02
BLIND_OFFTOPIC_TARGET = 0.01

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


@dataclass(frozen=True, slots=True)
class BlindRun:
    name: str
    lines: list[tuple[BlindLine, Reply, Outcome]]

    def claims(self) -> list[tuple[BlindLine, Reply, Outcome]]:
        return [x for x in self.lines if x[0].covered]

    def share(self, outcome: Outcome, kind: str | None = None) -> tuple[int, int]:
        pool = self.claims() if kind is None else [x for x in self.lines if x[0].kind == kind]
        return sum(o is outcome for _, _, o in pool), len(pool)


def blind_run(name: str, matcher: ClaimMatcher, lines: Sequence[BlindLine],
              threshold: float) -> BlindRun:
    out = []
    for line in lines:
        reply = check_message(line.text, matcher, threshold=threshold)
        out.append((line, reply, judge(reply, line)))
    return BlindRun(name, out)


def _names(names: Iterable[str]) -> str:
    """'set 1', 'set 2', 'set 3' -> '1, 2 and 3'."""
    numbers = [name.removeprefix("set ") for name in names]
    return ", ".join(numbers[:-1]) + f" and {numbers[-1]}" if len(numbers) > 1 else numbers[0]


def _cell(count: tuple[int, int]) -> str:
    hit, total = count
    return f"{hit}/{total} ({hit / total:.1%})" if total else "-"


def blind_table(runs: Sequence[BlindRun]) -> str:
    """The blind halves side by side, with the targets."""
    def figures(run: BlindRun) -> tuple[int, int]:
        cited = [cites_figure(r, line) for line, r, o in run.claims() if o is Outcome.RIGHT]
        return sum(c is True for c in cited), sum(c is not None for c in cited)

    def any_answer(run: BlindRun, kind: str) -> tuple[int, int]:
        pool = [o for line, _, o in run.lines if line.kind == kind]
        return sum(o in (Outcome.ANSWERED, Outcome.CONTEXT_ONLY) for o in pool), len(pool)

    rows: list[list[object]] = [
        ["right fact and verdict", *(_cell(r.share(Outcome.RIGHT)) for r in runs),
         f">= {BLIND_RIGHT_TARGET:.0%}"],
        ["wrong verdict", *(_cell(r.share(Outcome.WRONG_VERDICT)) for r in runs),
         f"<= {BLIND_WRONG_TARGET:.0%}"],
        ["the article's verdict on another fact", *(_cell(r.share(Outcome.WRONG_FACT))
                                                    for r in runs), "-"],
        ["context (the source, no verdict)", *(_cell(r.share(Outcome.CONTEXT)) for r in runs),
         "-"],
        ["no fact found", *(_cell(r.share(Outcome.SILENT)) for r in runs), "-"],
        ["right answers citing the claim's figure", *(_cell(figures(r)) for r in runs), "-"],
        ["claims the article never makes given a verdict",
         *(_cell(r.share(Outcome.ANSWERED, NOT_IN_ARTICLE)) for r in runs),
         f"<= {BLIND_UNMADE_TARGET:.0%}"],
        ["... given context", *(_cell(r.share(Outcome.CONTEXT_ONLY, NOT_IN_ARTICLE))
                                for r in runs), "-"],
        ["off-topic chat answered (verdict or context)",
         *(_cell(any_answer(r, OFF_TOPIC)) for r in runs), f"<= {BLIND_OFFTOPIC_TARGET:.0%}"],
    ]
    return table(["measure", *(r.name for r in runs), "target"], rows)


def blind_kind_table(run: BlindRun) -> str:
    kinds = sorted({line.kind for line, _, _ in run.lines} - {NOT_IN_ARTICLE, OFF_TOPIC})
    rows: list[list[object]] = []
    for kind in kinds:
        pool = [o for line, _, o in run.lines if line.kind == kind]
        rows.append([kind, len(pool), *(sum(o is x for o in pool) for x in (
            Outcome.RIGHT, Outcome.WRONG_VERDICT, Outcome.WRONG_FACT, Outcome.CONTEXT,
            Outcome.SILENT))])
    return table(["kind", "claims", "right", "wrong verdict", "other fact", "context",
                  "no fact"], rows)


def blind_failures(run: BlindRun) -> list[str]:
    out = []
    for line, reply, outcome in run.lines:
        # Right answers, and silence where the article says nothing, are no failures.
        if outcome is Outcome.RIGHT or (outcome is Outcome.SILENT and not line.covered):
            continue
        want = ", ".join(c.verdict.value for c in line.claims) or "no_match"
        out.append(f"[{outcome.value}] [{line.kind}] {line.text!r}\n    expected {want}\n"
                   f"    got      {describe(reply)}")
    return out


CHECK_P99_TARGET_MS = 10.0
# Each message is timed this many times (each time fresh, see latency_table): its figure is the
# median of them.
LATENCY_ROUNDS = 3


def clear_text_caches() -> None:
    """Forget what the bot's modules keep per text (normalised texts, their readings and
    figures, in bounded LRU caches): a message timed after this gains nothing from having
    been checked before."""
    for module in list(sys.modules.values()):
        if not getattr(module, "__name__", "").startswith("bot."):
            continue
        for value in list(vars(module).values()):
            clear = getattr(value, "cache_clear", None)
            if callable(clear) and hasattr(value, "cache_info"):
                clear()


def cpu_ms(run: Callable[[str], object], texts: Sequence[str]) -> list[float]:
    """The CPU time of `run` on each text, in ms, the cycle collector paused during each call
    (it runs between them, as a bot's would between messages): other jobs on the machine and
    collections of this script's own heap do not count."""
    out = []
    for text in texts:
        gc.disable()
        start = time.process_time()
        run(text)
        took = time.process_time() - start
        gc.enable()
        out.append(took * 1000)
    return out


def latency_table(make: Callable[[], ClaimMatcher], texts: Sequence[str], threshold: float,
                  facts: Sequence[Fact]) -> str:
    """End-to-end check_message time on the bundled pack, next to rapidfuzz's extractOne over
    every fact text (no verdict, no figures: the floor of a fuzzy bot), in one process.

    Every message is checked fresh, as a serving bot meets it: the lines are cut in two
    halves (every other line); for each half, the per-text caches are cleared and a new
    matcher built (`make`), the other half is checked untimed (warming the caches as the
    messages before it would a bot's), and then each line of the half is timed, once. That
    is done LATENCY_ROUNDS times; a message's figure is the median of its rounds, in CPU time
    (`cpu_ms`), and the table gives the median and p99 of those figures."""
    choices = [t for f in facts for t in f.texts]
    halves = (list(range(0, len(texts), 2)), list(range(1, len(texts), 2)))
    ours: list[list[float]] = [[] for _ in texts]
    fuzzy: list[list[float]] = [[] for _ in texts]
    # The replies this script keeps for its tables are no part of a serving bot's heap: set
    # them aside from the cycle collector while timing, as a bot's would not be there.
    gc.collect()
    gc.freeze()
    try:
        for _ in range(LATENCY_ROUNDS):
            for timed, warm in (halves, halves[::-1]):
                clear_text_caches()
                matcher = make()
                for i in warm:
                    check_message(texts[i], matcher, threshold=threshold)
                gc.collect()
                took = cpu_ms(partial(check_message, matcher=matcher, threshold=threshold),
                              [texts[i] for i in timed])
                for i, ms in zip(timed, took, strict=True):
                    ours[i].append(ms)
            took = cpu_ms(lambda t: process.extractOne(t, choices, scorer=fuzz.token_set_ratio,
                                                       processor=utils.default_process), texts)
            for times, ms in zip(fuzzy, took, strict=True):
                times.append(ms)
    finally:
        gc.unfreeze()
    ours_ms = [median(t) for t in ours]
    fuzzy_ms = [median(t) for t in fuzzy]
    rows: list[list[object]] = [
        [f"factbot check (`{make().name}`)", len(ours_ms), f"{median(ours_ms):.2f}",
         f"{percentile(ours_ms, 99):.2f}", f"< {CHECK_P99_TARGET_MS:.0f}"],
        ["rapidfuzz extractOne over every fact text", len(fuzzy_ms), f"{median(fuzzy_ms):.2f}",
         f"{percentile(fuzzy_ms, 99):.2f}", "-"],
    ]
    return table(["what", "messages", "p50 ms (CPU)", "p99 ms (CPU)", "p99 target"], rows)


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
                        help="only the tables at one threshold (written without the plot)")
    parser.add_argument("--no-latency", action="store_true",
                        help="leave out the timing table (each message is checked six times "
                             "for it: long with the semantic matcher)")
    parser.add_argument("--no-write", action="store_true",
                        help="print only; do not write bench/results/article.md and the plot")
    args = parser.parse_args(argv)

    # The matcher asked for, whatever $FACTBOT_MATCHER says and whichever extras are installed.
    fact_base = load_fact_base([bundled_facts_dir()])
    matcher: ClaimMatcher = make_matcher(fact_base.facts, args.matcher)
    suffix = "-semantic" if args.matcher == "semantic" else ""
    tests = [blind_run(f"test, {name}", matcher, load_blind(test), args.threshold)
             for name, _, test in BLIND_SETS]
    devs = [blind_run(f"dev, {name}", matcher, load_blind(dev), args.threshold)
            for name, dev, _ in BLIND_SETS]
    devs += [blind_run(f"dev, {name}", matcher, load_blind(path), args.threshold)
             for name, path in WHOLE_DEV_SETS]
    validations = [blind_run(f"validation, {name} (scored only)", matcher, load_blind(path),
                             args.threshold) for name, path in VALIDATION_SETS]
    both_tests = BlindRun("every test half (scored only)",
                          [x for r in tests for x in r.lines])
    both_devs = BlindRun("every dev set", [x for r in devs for x in r.lines])
    blind = [both_tests, *tests, *validations, both_devs]
    claims = load_claims()
    offtopic = load_offtopic()
    headline = run(matcher, claims, offtopic, args.threshold)
    thresholds = [] if args.no_sweep else SWEEP
    # Timed before the sweep, whose many runs leave the process larger than a serving bot's.
    latency = "Not timed in this run (`--no-latency`)." if args.no_latency else latency_table(
        lambda: make_matcher(fact_base.facts, args.matcher),
        [line.text for r in (both_tests, *validations, both_devs) for line, _, _ in r.lines]
        + [c.text for c in claims] + list(offtopic), args.threshold, fact_base.facts)
    sweep = [point(t, headline if abs(t - args.threshold) < 1e-9 else
                   run(matcher, claims, offtopic, t)) for t in thresholds]
    chosen = choose(sweep or [point(args.threshold, headline)])

    facts = len(fact_base.facts)
    out = [
        "# Article claims and off-topic silence",
        "",
        f"## Blind claims (matcher `{matcher.name}`, threshold {args.threshold:.2f})",
        "",
        f"{sum(len(r.lines) for r in (both_tests, *validations, both_devs))} lines in "
        f"{len(BLIND_SETS) + len(WHOLE_DEV_SETS) + len(VALIDATION_SETS)} sets "
        "written from the article alone, each by someone who never saw the pack, the tests or "
        "the code; each "
        "line names the verdict the article supports and the sentences it rests on. A reply "
        "is right when its fact quotes one of those sentences and its verdict is the "
        "article's. "
        f"Sets {_names(name for name, _, _ in BLIND_SETS)} are split per kind of claim into "
        "a dev half (tuned on) and a test half (only scored; its failures are never printed). "
        f"The others are kept whole: sets {_names(name for name, _ in WHOLE_DEV_SETS)} are dev "
        f"sets; sets {_names(name for name, _ in VALIDATION_SETS)} are validation sets, "
        "scored to accept or reject a change "
        "(their failures are never printed either).",
        "",
        blind_table(blind),
        "",
        "Every dev set, by kind of claim:",
        "",
        blind_kind_table(both_devs),
        "",
        "End-to-end `check` time per message on the bundled pack, every blind, regression and "
        "off-topic line (2-core machine; one process). Each message is checked fresh: the "
        "caches the checker keeps per text are cleared and warmed with the other half of the "
        "lines (as a serving bot's are by the messages before), never with the message itself. "
        f"A message's time is the median of {LATENCY_ROUNDS} such rounds, in CPU time with the "
        "cycle collector paused during the call, so that other jobs on a shared machine do not "
        "count:",
        "",
        latency,
        "",
        "## The regression set (tests/data/article_claims.jsonl: the settings were chosen on it)",
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
    ]
    if sweep:
        out += [
            "Threshold sweep:",
            "",
            DEFINITIONS,
            "",
            table(["threshold", "precision", "recall", "right (fact and verdict)",
                   "off-topic answered"],
                  [[f"{p.threshold:.2f}"
                    + (" *" if abs(p.threshold - args.threshold) < 1e-9 else ""),
                    p.precision, p.recall, p.right, p.offtopic] for p in sweep]),
            "",
            f"`*` marks the threshold of the tables above. Best on claims with at most "
            f"{ANSWERED_TARGET:.0%} off-topic answered (middle of the best stretch): "
            f"{chosen.threshold:.2f}.",
        ]
    report = "\n".join(out)
    print(report)
    if not args.no_write:
        table_path = RESULTS / f"article{suffix}.md"
        table_path.parent.mkdir(parents=True, exist_ok=True)
        table_path.write_text(report + "\n", encoding="utf-8")
        print(f"\nwrote {table_path}")
        if sweep:
            plot_path = RESULTS / f"threshold{suffix}.png"
            plot(sweep, args.threshold, plot_path, matcher.name)
            print(f"wrote {plot_path}")
    if args.show_failures:
        dev_wrong = blind_failures(both_devs)
        print(f"\n## Blind dev failures ({len(dev_wrong)})\n")
        print("\n".join(dev_wrong))
        wrong = failures(headline)
        print(f"\n## Failures at threshold {args.threshold:.2f} ({len(wrong)})\n")
        print("\n".join(wrong))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
