"""Matcher speed and memory at 100 / 1k / 10k / 100k facts, next to plain rapidfuzz.

Packs are made from real claim text: the CLEF 2020 and 2022 verified claims (claim and title),
then, past those, new facts recombined from halves of two real ones. Queries are real posts
(the CLEF 2020 test and 2021 test tweets). Every size is built in a fresh subprocess, so its
peak RSS is that of a bot serving that many facts.

    .venv/bin/python bench/speed.py                 # lexical matcher and rapidfuzz
    .venv/bin/python bench/speed.py --semantic      # also the semantic matcher, up to 10k
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rapidfuzz import fuzz, process, utils

from bench.common import (
    CLEF_DIR,
    clef_dir,
    load_queries,
    load_vclaims,
    median,
    peak_rss_mb,
    percentile,
    table,
)
from bot.core.models import Fact

SIZES = (100, 1_000, 10_000, 100_000)
SEMANTIC_MAX = 10_000
SEED = 20191
FUZZY_QUERIES = {100: 400, 1_000: 400, 10_000: 100, 100_000: 10}


def _recombined(first: str, second: str) -> str:
    a, b = first.split(), second.split()
    return " ".join(a[: max(1, len(a) // 2)] + b[len(b) // 2:])


def synthetic_pack(size: int, root: Path = CLEF_DIR) -> list[Fact]:
    """`size` facts of real claim text: the CLEF claims first, then recombinations of them."""
    real = load_vclaims(clef_dir("2020", root)) + load_vclaims(clef_dir("2022", root))
    facts = [replace(f, id=f"f{i}") for i, f in enumerate(real[:size])]
    rng = random.Random(SEED)
    while len(facts) < size:
        one, two = rng.choice(real), rng.choice(real)
        claim = _recombined(one.claim, two.claim)
        aliases = (_recombined(one.aliases[0], two.aliases[0]),) if (
            one.aliases and two.aliases) else ()
        facts.append(replace(one, id=f"f{len(facts)}", claim=claim, aliases=aliases))
    return facts


def sample_queries(root: Path = CLEF_DIR) -> list[str]:
    return [q.text for q in load_queries(clef_dir("2020", root), "test")
            + load_queries(clef_dir("2021", root), "devtest")]


def _latencies(run: object, queries: Sequence[str]) -> list[float]:
    out: list[float] = []
    for text in queries:
        start = time.perf_counter()
        run(text)  # type: ignore[operator]
        out.append((time.perf_counter() - start) * 1000)
    return out


def worker(size: int, kind: str, root: Path) -> dict[str, object]:
    """Build one matcher over `size` facts in this process and time its queries."""
    facts = synthetic_pack(size, root)
    queries = sample_queries(root)
    rss_facts = peak_rss_mb()
    start = time.perf_counter()
    if kind == "rapidfuzz":
        choices = {f.id: utils.default_process(" ".join(f.texts)) for f in facts}
        built = time.perf_counter() - start
        sample = queries[: FUZZY_QUERIES[size]]

        def run(text: str) -> object:
            return process.extractOne(utils.default_process(text), choices,
                                      scorer=fuzz.token_set_ratio, processor=None)
    else:
        if kind == "semantic":
            from bot.core.semantic import SemanticMatcher
            matcher: object = SemanticMatcher(facts)
        else:
            from bot.core.matcher import Matcher
            matcher = Matcher(facts)
        built = time.perf_counter() - start
        sample = queries
        run = matcher.match  # type: ignore[attr-defined]
        run(sample[0])
    latencies = _latencies(run, sample)
    return {"size": size, "kind": kind, "build_s": built, "queries": len(sample),
            "median_ms": median(latencies), "p99_ms": percentile(latencies, 99),
            "rss_facts_mb": rss_facts, "peak_rss_mb": peak_rss_mb()}


def measure(size: int, kind: str, root: Path) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, __file__, "--worker", str(size), "--kind", kind, "--data", str(root)],
        check=True, capture_output=True, text=True,
    )
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(str(s) for s in SIZES))
    parser.add_argument("--semantic", action="store_true",
                        help=f"also the semantic matcher (sizes up to {SEMANTIC_MAX})")
    parser.add_argument("--data", type=Path, default=CLEF_DIR, help="the clef folder")
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--kind", default="lexical", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args.worker, args.kind, args.data)))
        return
    kinds = ["lexical", "rapidfuzz"]
    if args.semantic:
        from bot.ops.embedding import semantic_available
        if semantic_available():
            kinds.append("semantic")
        else:
            print("semantic matcher not installed: pip install -e '.[semantic]'", file=sys.stderr)
    names = {"lexical": "factbot default (bm25+rapidfuzz)",
             "semantic": "factbot semantic (bm25+minilm)",
             "rapidfuzz": "rapidfuzz extractOne, token_set_ratio"}
    rows: list[list[object]] = []
    for size in (int(s) for s in args.sizes.split(",")):
        for kind in kinds:
            if kind == "semantic" and size > SEMANTIC_MAX:
                continue
            r = measure(size, kind, args.data)
            print(f"{size} {kind}: {r}", file=sys.stderr)
            rows.append([f"{size:,}", names[kind], r["queries"], f"{r['median_ms']:.2f}",
                         f"{r['p99_ms']:.2f}", f"{r['build_s']:.2f}",
                         f"{r['rss_facts_mb']:.0f}", f"{r['peak_rss_mb']:.0f}"])
    print(f"{os.cpu_count()} CPUs; queries: CLEF 2020 test + 2021 test posts\n")
    print(table(["facts", "method", "queries", "median ms", "p99 ms", "build s",
                 "RSS before build MB", "peak RSS MB"], rows))


if __name__ == "__main__":
    main()
