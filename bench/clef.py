"""Claim retrieval on CLEF CheckThat! (tweets vs verified claims): MAP@1, MAP@5, MRR, Recall@5.

Every verified claim of a split becomes a fact (the claim, its article title as an alias) and
every query goes through the matcher the bot runs, side by side with plain fuzzy matching over
every claim and with BM25 alone. The data is read from shared/clef; nothing is copied.

    .venv/bin/python bench/clef.py --year 2020 --split test
    .venv/bin/python bench/clef.py --year 2021            # the 2021 test set (2022 devtest)

With --through-cli, each query also goes the way `factbot check --jsonl - --top 5` takes it
(the message checked whole and in pieces, the candidates of the JSON reply), and MAP@5 of the
matcher and of that path are printed side by side, 2020 test and 2021 test in one table;
--verify-cli N runs the real command on the first N queries of each and compares.

    .venv/bin/python bench/clef.py --through-cli --verify-cli 200
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import yaml

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
from bot.chat.base import FactChecker
from bot.cli.main import reply_json
from bot.core.matcher import Matcher
from bot.core.models import Fact
from bot.packs.loader import FactBase

REPO = Path(__file__).resolve().parent.parent
RANK_DEPTH = 10
# `factbot check --jsonl - --top CLI_TOP`: the candidates MAP@5 is read from.
CLI_TOP = 5
# Facts a pack file of the --verify-cli fact base holds (a pack must stay under 5 MB).
FACTS_PER_PACK = 2000
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


def cli_ranker(checker: FactChecker, top: int = CLI_TOP) -> Ranker:
    """What `factbot check --jsonl - --top 5` prints for a line: the command's own calls,
    FactChecker.check and reply_json, with its arguments."""
    def rank(text: str) -> list[str]:
        reply = checker.check(text.rstrip("\r\n"), top=top)
        return [c["fact_id"] for c in reply_json(reply, top)["candidates"]]

    return rank


def pack_id(index: int) -> str:
    """A fact's id in the written packs: its place (a few CLEF ids are not valid fact ids)."""
    return f"vclaim-{index}"


def write_packs(facts: Sequence[Fact], directory: Path) -> None:
    """The facts as pack files, in order (the loader reads a folder's files sorted)."""
    for n, start in enumerate(range(0, len(facts), FACTS_PER_PACK)):
        doc = {
            "pack": f"clef-{n:03d}",
            "source": {"title": "CLEF CheckThat! verified claims (Snopes)"},
            "facts": [{"id": pack_id(i), "claim": f.claim, "verdict": str(f.verdict),
                       "summary": "A verified claim of CLEF CheckThat!",
                       **({"aliases": list(f.aliases)} if f.aliases else {})}
                      for i, f in enumerate(facts[start:start + FACTS_PER_PACK], start)],
        }
        (directory / f"clef-{n:03d}.yaml").write_text(
            yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=1000),
            encoding="utf-8")


def real_cli(facts: Sequence[Fact], queries: Sequence[Query], kind: str,
             top: int = CLI_TOP) -> dict[str, list[str]]:
    """The candidates the real command prints for each query: `factbot check --jsonl -
    --top 5 --facts DIR` in a subprocess, the facts written as packs to a temporary DIR."""
    with tempfile.TemporaryDirectory(prefix="factbot-clef-") as tmp:
        write_packs(facts, Path(tmp))
        env = {**os.environ, "FACTBOT_MATCHER": kind,
               "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO),
                                                           os.environ.get("PYTHONPATH")]))}
        done = subprocess.run(
            [sys.executable, "-m", "bot.cli.main", "check", "--jsonl", "-", "--top", str(top),
             "--facts", tmp],
            input="".join(q.text + "\n" for q in queries), capture_output=True,
            text=True, encoding="utf-8", env=env, cwd=REPO, check=False)
    lines = done.stdout.splitlines()
    if done.returncode or len(lines) != len(queries):
        raise RuntimeError(f"the command exited {done.returncode} and printed {len(lines)} "
                           f"lines for {len(queries)} queries:\n{done.stderr[-2000:]}")
    original = {pack_id(i): f.id for i, f in enumerate(facts)}
    return {q.id: [original[c["fact_id"]] for c in json.loads(line)["candidates"]]
            for q, line in zip(queries, lines, strict=True)}


def run(ranker: Ranker, queries: Sequence[Query]) -> tuple[dict[str, list[str]], list[float]]:
    ranked: dict[str, list[str]] = {}
    latencies: list[float] = []
    for query in queries:
        start = time.perf_counter()
        ranked[query.id] = ranker(query.text)
        latencies.append((time.perf_counter() - start) * 1000)
    return ranked, latencies


def through_cli(years: Sequence[str], split: str | None, data: Path, limit: int | None,
                kinds: Sequence[str], verify: int) -> None:
    """MAP@5 of the matcher and of the CLI's path, side by side, one row per matcher."""
    from bot.ops.embedding import semantic_available
    if "semantic" in kinds and not semantic_available():
        print("semantic matcher not installed: pip install -e '.[semantic]'", file=sys.stderr)
        kinds = [k for k in kinds if k != "semantic"]
    rows: dict[str, list[object]] = {}
    checks: list[str] = []
    times: list[str] = []
    headers = ["method"]
    for year in years:
        name = f"{year} {split or DEFAULT_SPLIT[year]}".replace("2021 devtest", "2021 test")
        headers += [f"{name}: matcher", f"{name}: CLI path", "difference"]
        directory = clef_dir(year, data)
        facts = load_vclaims(directory)
        queries = load_queries(directory, split or DEFAULT_SPLIT[year])[:limit]
        gold = load_qrels(directory, split or DEFAULT_SPLIT[year])
        for kind in kinds:
            checker = FactChecker(FactBase.from_facts(facts), matcher=kind)
            ranked, alone = run(matcher_ranker(checker.matcher), queries)
            through, latencies = run(cli_ranker(checker), queries)
            direct, via_cli = score_run(ranked, gold).map5, score_run(through, gold).map5
            row = rows.setdefault(kind, [f"factbot {kind} ({checker.matcher.name})"])
            row += [direct, via_cli, f"{via_cli - direct:+.3f}"]
            if verify:
                sample = queries[:verify]
                real = real_cli(facts, sample, kind)
                same = sum(real[q.id] == through[q.id] for q in sample)
                picked = {q.id: through[q.id] for q in sample}
                checks.append(
                    f"{name}, {kind}: the real command printed the same candidates for "
                    f"{same} of {len(sample)} queries; MAP@5 on them "
                    f"{score_run(real, gold).map5:.3f} (command) and "
                    f"{score_run(picked, gold).map5:.3f} (in process)")
            times.append(f"{name}, {kind}: median / p99 ms a query: matcher "
                         f"{median(alone):.1f} / {percentile(alone, 99):.1f}, CLI path "
                         f"{median(latencies):.1f} / {percentile(latencies, 99):.1f}")
    print("CLEF MAP@5: the matcher alone and through `factbot check --jsonl - --top 5`\n")
    print(table(headers, list(rows.values())))
    print("\n" + "\n".join(f"- {line}" for line in times + checks))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--year", choices=["2020", "2021"],
                        help="2020 (the default) or 2021; with --through-cli, both unless given")
    parser.add_argument("--split", help="train, dev, test (2020) or train, dev, devtest (2021)")
    parser.add_argument("--limit", type=int, help="only the first N queries")
    parser.add_argument("--data", type=Path, default=CLEF_DIR, help="the clef folder")
    parser.add_argument("--methods",
                        help="comma-separated subset of fuzzy,bm25,factbot,semantic (default: "
                             "all; with --through-cli, factbot)")
    parser.add_argument("--through-cli", action="store_true",
                        help="MAP@5 of the matcher and through the CLI's check, side by side "
                             "(factbot and semantic of --methods; default: factbot)")
    parser.add_argument("--verify-cli", type=int, default=0, metavar="N",
                        help="with --through-cli, also run the real command on the first N "
                             "queries and compare")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    if args.through_cli:
        if args.split and not args.year:
            parser.error("--split needs --year")
        kinds = [{"factbot": "lexical", "semantic": "semantic"}[m]
                 for m in (args.methods or "factbot").split(",") if m in ("factbot", "semantic")]
        through_cli([args.year] if args.year else ["2020", "2021"], args.split, args.data,
                    args.limit, kinds, args.verify_cli)
        return
    year = args.year or "2020"
    split = args.split or DEFAULT_SPLIT[year]
    directory = clef_dir(year, args.data)
    facts = load_vclaims(directory)
    queries = load_queries(directory, split)[: args.limit]
    gold = load_qrels(directory, split)
    methods = set((args.methods or "fuzzy,bm25,factbot,semantic").split(","))

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
        from bot.ops.embedding import semantic_available
        from bot.ops.matchers import semantic_matcher
        if not semantic_available():
            print("semantic matcher not installed: pip install -e '.[semantic]'", file=sys.stderr)
        else:
            start = time.perf_counter()
            semantic = semantic_matcher(facts, lexical=matcher)
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
    print(f"CLEF {year} {split}: {len(queries)} queries ({judged} judged), "
          f"{len(facts)} verified claims\n")
    print(table(["method", "MAP@1", "MAP@5", f"MRR@{RANK_DEPTH}", "Recall@5",
                 "median ms", "p99 ms", "build s"], rows))


if __name__ == "__main__":
    main()
