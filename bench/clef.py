"""Claim retrieval on CLEF CheckThat! (tweets vs verified claims): MAP@1, MAP@5, MRR, Recall@5.

Every verified claim of a split becomes a fact (the claim, its article title as an alias) and
every query goes through the matcher the bot runs, side by side with plain fuzzy matching over
every claim and with BM25 alone. The data is read from shared/clef; nothing is copied.

    .venv/bin/python bench/clef.py --year 2020 --split test
    .venv/bin/python bench/clef.py --year 2021            # the 2021 test set (2022 devtest)
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rapidfuzz import fuzz, process, utils

from bench.common import (
    CLEF_DIR,
    DEFAULT_SPLIT,
    Query,
    clef_dir,
    load_qrels,
    load_queries,
    load_vclaims,
    median,
    percentile,
    score_run,
    table,
)
from bot.matcher import Matcher
from bot.models import Fact

RANK_DEPTH = 10
Ranker = Callable[[str], list[str]]


def fuzzy_ranker(facts: Sequence[Fact]) -> Ranker:
    """Plain rapidfuzz over every fact: token_set_ratio on claim + title."""
    choices = {f.id: " ".join(f.texts) for f in facts}

    def rank(text: str) -> list[str]:
        found = process.extract(text, choices, scorer=fuzz.token_set_ratio,
                                processor=utils.default_process, limit=RANK_DEPTH)
        return [key for _, _, key in found]

    return rank


def bm25_ranker(matcher: Matcher) -> Ranker:
    def rank(text: str) -> list[str]:
        return [m.fact.id for m in matcher.retrieve(text, limit=RANK_DEPTH)]

    return rank


def matcher_ranker(matcher: object) -> Ranker:
    match = matcher.match  # type: ignore[attr-defined]

    def rank(text: str) -> list[str]:
        return [m.fact.id for m in match(text, limit=RANK_DEPTH)]

    return rank


def run(ranker: Ranker, queries: Sequence[Query]) -> tuple[dict[str, list[str]], list[float]]:
    ranked: dict[str, list[str]] = {}
    latencies: list[float] = []
    for query in queries:
        start = time.perf_counter()
        ranked[query.id] = ranker(query.text)
        latencies.append((time.perf_counter() - start) * 1000)
    return ranked, latencies


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--year", choices=["2020", "2021"], default="2020")
    parser.add_argument("--split", help="train, dev, test (2020) or train, dev, devtest (2021)")
    parser.add_argument("--limit", type=int, help="only the first N queries")
    parser.add_argument("--data", type=Path, default=CLEF_DIR, help="the clef folder")
    parser.add_argument("--methods", default="fuzzy,bm25,factbot,semantic",
                        help="comma-separated subset of fuzzy,bm25,factbot,semantic")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    split = args.split or DEFAULT_SPLIT[args.year]
    directory = clef_dir(args.year, args.data)
    facts = load_vclaims(directory)
    queries = load_queries(directory, split)[: args.limit]
    gold = load_qrels(directory, split)
    methods = set(args.methods.split(","))

    start = time.perf_counter()
    matcher = Matcher(facts)
    build = time.perf_counter() - start
    rankers: list[tuple[str, Ranker, float]] = []
    if "fuzzy" in methods:
        rankers.append(("rapidfuzz token_set_ratio, every claim", fuzzy_ranker(facts), 0.0))
    if "bm25" in methods:
        rankers.append(("BM25 alone (factbot index, no rerank)", bm25_ranker(matcher), build))
    if "factbot" in methods:
        rankers.append((f"factbot default ({matcher.name})", matcher_ranker(matcher), build))
    if "semantic" in methods:
        from bot.semantic import SemanticMatcher, semantic_available
        if not semantic_available():
            print("semantic matcher not installed: pip install -e '.[semantic]'", file=sys.stderr)
        else:
            start = time.perf_counter()
            semantic = SemanticMatcher(facts, lexical=matcher)
            built = time.perf_counter() - start + build
            rankers.append((f"factbot semantic ({semantic.name})", matcher_ranker(semantic),
                            built))

    rows: list[list[object]] = []
    for name, ranker, built in rankers:
        ranked, latencies = run(ranker, queries)
        s = score_run(ranked, gold)
        rows.append([name, s.map1, s.map5, s.mrr, s.recall5, f"{median(latencies):.1f}",
                     f"{percentile(latencies, 99):.1f}", f"{built:.1f}" if built else "-"])
    judged = sum(1 for q in queries if gold.get(q.id))
    print(f"CLEF {args.year} {split}: {len(queries)} queries ({judged} judged), "
          f"{len(facts)} verified claims\n")
    print(table(["method", "MAP@1", "MAP@5", f"MRR@{RANK_DEPTH}", "Recall@5",
                 "median ms", "p99 ms", "build s"], rows))


if __name__ == "__main__":
    main()
