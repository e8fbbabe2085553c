"""Drafting facts from the bundled article: how many of its checkable sentences get a draft,
how many drafts go beyond them, and how long it takes.

The reference set of checkable sentences is the article's sentences that the bundled pack's
facts quote (facts/): a moderator drew a fact from each. A method drafts a sentence when one of
its drafts quotes it. Beside factbot's drafting, in the same process, a simple baseline drafts
every sentence with a digit. The time is the drafting alone (text in, drafts out, median of
--repeat runs), and `factbot facts draft` run as a command (process start-up and imports
included, median of --cli-runs). Target: under 2 s, a draft for at least 90% of the reference.

    .venv/bin/python bench/draft.py [--article ../shared/seed/article.txt] [--repeat 5]
        [--cli-runs 3] [--out bench/results/draft.md]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("FACTBOT_MATCHER", "lexical")

from bot.core.models import Fact, Source  # noqa: E402
from bot.core.normalise import normalise  # noqa: E402
from bot.moderation.draft import draft_source  # noqa: E402
from bot.packs.coverage import fold_quote_text, quoted, split_sentences  # noqa: E402
from bot.packs.loader import load_fact_base  # noqa: E402

ARTICLE = ROOT.parent / "shared" / "seed" / "article.txt"
TARGET_SECONDS = 2.0
TARGET_SHARE = 0.90


def source_of(notes: Path) -> Source:
    """The article's source as SOURCE.md beside it gives it ("- Title: ..." lines)."""
    fields: dict[str, str] = {}
    if notes.is_file():
        for line in notes.read_text(encoding="utf-8").splitlines():
            key, sep, value = line.removeprefix("- ").partition(": ")
            if sep and line.startswith("- "):
                fields[key.strip().lower()] = value.split(" (")[0].strip()
    return Source(title=fields.get("title", "article"), subtitle=fields.get("subtitle"),
                  author=fields.get("author"), publisher=fields.get("publisher"),
                  published=fields.get("published"))


def factbot_method(text: str, source: Source) -> set[str]:
    return {fold_quote_text(d.fact.quote or "") for d in draft_source(text, source).facts}


def digit_baseline(text: str, _source: Source) -> set[str]:
    return {fold_quote_text(s.text) for s in split_sentences(text)
            if any(c.isdigit() for c in s.text)}


def timed(method: Callable[[str, Source], set[str]], text: str, source: Source,
          repeat: int) -> tuple[set[str], float, float]:
    """What the method drafts, its first run's time and the median of the next runs (ms)."""
    times = []
    drafted: set[str] = set()
    for _ in range(max(1, repeat)):
        started = time.perf_counter()
        drafted = method(text, source)
        times.append((time.perf_counter() - started) * 1000)
    return drafted, times[0], statistics.median(times[1:] or times)


def cli_seconds(args: list[str], runs: int) -> float:
    """The median wall time of a `factbot` command, process start-up included."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "bot.cli.main", *args], cwd=ROOT,
                       env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True,
                       capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def figures_found(text: str, source: Source, pack_facts: list[Fact]) -> tuple[int, int]:
    """How many of the pack's cited figures a draft of a sentence their fact quotes also
    finds (compared by their normalised value, either containing the other)."""
    drafts = draft_source(text, source).facts
    found = total = 0
    for fact in pack_facts:
        quote = fold_quote_text(fact.quote or "")
        values = [normalise(f.value) for d in drafts
                  if fold_quote_text(d.fact.quote or "") in quote for f in d.fact.figures]
        for figure in fact.figures:
            total += 1
            wanted = normalise(figure.value)
            found += any(wanted in v or v in wanted for v in values if v)
    return found, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--article", type=Path, default=ARTICLE)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cli-runs", type=int, default=3)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    text = args.article.read_text(encoding="utf-8")
    source = source_of(args.article.parent / "SOURCE.md")
    facts = list(load_fact_base([ROOT / "facts"]).facts)
    quotes = [fold_quote_text(f.quote) for f in facts if f.quote]
    sentences = [fold_quote_text(s.text) for s in split_sentences(text)]
    reference = [s for s in sentences if quoted(s, quotes)]

    rows = []
    for name, method in (("factbot drafting", factbot_method),
                         ("baseline: every sentence with a digit", digit_baseline)):
        drafted, first_ms, median_ms = timed(method, text, source, args.repeat)
        hit = sum(1 for s in reference if s in drafted)
        beyond = sum(1 for s in sentences if s in drafted and s not in reference)
        rows.append(f"| {name} | {len(drafted)} | {hit} of {len(reference)} "
                    f"({hit / len(reference):.1%}) | {beyond} | {first_ms:.0f} / {median_ms:.0f} |")
    found, total = figures_found(text, source, facts)
    runs = max(1, args.cli_runs)
    with tempfile.TemporaryDirectory() as tmp:
        cli = cli_seconds(["facts", "draft", str(args.article), "--title", source.title,
                           "--out", str(Path(tmp) / "drafts.yaml")], runs)
    start_up = cli_seconds(["--version"], runs)
    load = os.getloadavg()[0]
    lines = [
        f"Drafting the bundled article ({len(sentences)} sentences; the reference set is the "
        f"{len(reference)} the bundled pack quotes; load average {load:.1f} on "
        f"{os.cpu_count()} cores)",
        "",
        "| method | drafts | reference sentences drafted | sentences drafted beyond the "
        "reference | ms, first run / median |",
        "|---|---|---|---|---|",
        *rows,
        "",
        f"- `factbot facts draft` as a command, start-up included: {cli:.2f} s "
        f"(median of {runs}; target under {TARGET_SECONDS:.0f} s); `factbot --version`, the "
        f"start-up alone (command groups are imported when run): {start_up:.2f} s",
        f"- figures the pack cites that the drafts of the sentences it quotes also find: "
        f"{found} of {total} ({found / total:.0%})",
        f"- target: a draft for at least {TARGET_SHARE:.0%} of the reference sentences",
        "- a sentence the text repeats (the photo caption) is drafted once and counted where "
        "it stands each time; the rules that tell a checkable sentence were written with this "
        "article in view, so its share is a best case for articles never seen",
    ]
    report = "\n".join(lines) + "\n"
    print(report, end="")
    if args.out:
        args.out.write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
