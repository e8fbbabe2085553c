"""Shared helpers of the benchmarks: CLEF data as fact packs, ranking metrics, tables, memory."""

from __future__ import annotations

import csv
import resource
import statistics
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.core.models import Fact, Source, Verdict

CLEF_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "clef"
CLEF_SOURCE = Source(title="CLEF CheckThat! verified claims (Snopes)")
YEAR_DIRS = {"2020": "clef2020_t2", "2021": "clef2022_t2a_en", "2022": "clef2022_t2a_en"}
DEFAULT_SPLIT = {"2020": "test", "2021": "devtest", "2022": "devtest"}

csv.field_size_limit(sys.maxsize)


@dataclass(frozen=True, slots=True)
class Query:
    id: str
    text: str


def clef_dir(year: str, root: Path = CLEF_DIR) -> Path:
    return root / YEAR_DIRS[year]


def _rows(path: Path) -> Iterable[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader, None)
        yield from reader


def load_vclaims(directory: Path) -> list[Fact]:
    """The verified claims as facts: the claim, its article title as an alias."""
    facts: list[Fact] = []
    for row in _rows(directory / "vclaims.tsv"):
        vclaim_id, claim = row[0], row[1].strip()
        title = row[2].strip() if len(row) > 2 else ""
        aliases = (title,) if title and title != claim else ()
        facts.append(Fact(id=vclaim_id, claim=claim or title, verdict=Verdict.UNPROVEN,
                          summary="", source=CLEF_SOURCE, aliases=aliases))
    return facts


def load_queries(directory: Path, split: str) -> list[Query]:
    return [Query(row[0], row[1]) for row in _rows(directory / f"queries.{split}.tsv")]


def load_qrels(directory: Path, split: str) -> dict[str, set[str]]:
    """Relevant claim ids per query; duplicated lines count once."""
    gold: dict[str, set[str]] = {}
    with (directory / f"qrels.{split}.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) >= 4 and parts[3] != "0":
                gold.setdefault(parts[0], set()).add(parts[2])
    return gold


def average_precision(ranked: Sequence[str], relevant: set[str], k: int) -> float:
    """TREC-style AP@k: precision at each relevant rank within k, over all relevant ids."""
    hits = 0
    total = 0.0
    for rank, doc in enumerate(ranked[:k], start=1):
        if doc in relevant:
            hits += 1
            total += hits / rank
    return total / len(relevant) if relevant else 0.0


def reciprocal_rank(ranked: Sequence[str], relevant: set[str]) -> float:
    for rank, doc in enumerate(ranked, start=1):
        if doc in relevant:
            return 1.0 / rank
    return 0.0


def recall_at(ranked: Sequence[str], relevant: set[str], k: int) -> float:
    return len(relevant.intersection(ranked[:k])) / len(relevant) if relevant else 0.0


@dataclass(frozen=True, slots=True)
class Scores:
    map1: float
    map5: float
    mrr: float
    recall5: float
    judged: int


def score_run(run: Mapping[str, Sequence[str]], gold: Mapping[str, set[str]]) -> Scores:
    """Mean metrics over the judged queries (a query without gold is left out)."""
    judged = [q for q in run if gold.get(q)]
    n = len(judged) or 1
    return Scores(
        map1=sum(average_precision(run[q], gold[q], 1) for q in judged) / n,
        map5=sum(average_precision(run[q], gold[q], 5) for q in judged) / n,
        mrr=sum(reciprocal_rank(run[q], gold[q]) for q in judged) / n,
        recall5=sum(recall_at(run[q], gold[q], 5) for q in judged) / n,
        judged=len(judged),
    )


def percentile(values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile (p99 of 200 values is the 198th smallest)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, min(len(ordered), -(-len(ordered) * pct // 100)))
    return ordered[int(rank) - 1]


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else 0.0


def peak_rss_mb() -> float:
    """Peak resident memory of this process, in MB (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A Markdown table; floats printed with three decimals."""
    def cell(value: object) -> str:
        return f"{value:.3f}" if isinstance(value, float) else str(value)

    lines = ["| " + " | ".join(headers) + " |",
             "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)
