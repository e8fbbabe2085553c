"""The `factbot` command line: check claims, lint and browse packs, run an adapter."""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from bot import __version__, messages
from bot.cli.lazy import LazyGroup
from bot.cli.sources import EXIT_BAD_FACT_BASE, exit_bad_fact_base, read_source
from bot.core.checker import DEFAULT_THRESHOLD
from bot.core.models import Claim, Reply
from bot.packs.coverage import measure_coverage
from bot.packs.loader import FactBaseError, lint, load_fact_base, pack_files
from bot.packs.paths import bundled_facts_dir

if TYPE_CHECKING:
    from bot.chat.base import FactChecker

F = TypeVar("F", bound=Callable[..., Any])

EXIT_BELOW_MIN_SHARE = 3


def facts_option(func: F) -> F:
    return click.option(
        "--facts", "facts", multiple=True, type=click.Path(exists=True, path_type=Path),
        help="A pack file or a directory of packs; repeatable. Replaces the bundled packs.",
    )(func)


def threshold_option(func: F) -> F:
    return click.option(
        "--threshold", type=click.FloatRange(0.0, 1.0), default=DEFAULT_THRESHOLD,
        show_default=True, help="Lowest score (0..1) that counts as a match.",
    )(func)


def load_checker(facts: Iterable[Path], threshold: float = DEFAULT_THRESHOLD) -> FactChecker:
    from bot.chat.base import FactChecker

    try:
        return FactChecker.from_paths(list(facts) or None, threshold=threshold)
    except FactBaseError as exc:
        exit_bad_fact_base(exc)


def reply_json(reply: Reply, top: int | None) -> dict[str, Any]:
    from bot.chat.render import render_reply

    primary = reply.primary
    out: dict[str, Any] = {
        "input": reply.input,
        "verdict": str(reply.verdict),
        "fact_id": primary.fact.id if primary.fact else None,
        "score": round(primary.score, 4),
        "text": render_reply(reply),
        "results": [
            {"claim": c.claim, "verdict": str(c.verdict),
             "fact_id": c.fact.id if c.fact else None, "score": round(c.score, 4)}
            for c in reply.checks
        ],
    }
    if top:
        out["candidates"] = [
            {"fact_id": m.fact.id, "score": round(m.score, 4)}
            for m in (reply.candidates or primary.candidates)[:top]
        ]
    return out


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]},
             lazy={"config": "bot.cli.ops:config", "run": "bot.cli.ops:run",
                   "db": "bot.cli.db:db_group", "server": "bot.cli.server:server_group",
                   "queue": "bot.cli.queue:queue_group"})
@click.version_option(__version__, prog_name="factbot")
def main() -> None:
    """factbot: check claims against a cited fact base."""


@main.command()
@click.argument("claim", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--jsonl", "jsonl", type=click.File("r", encoding="utf-8", errors="replace"),
              help="Check each line of FILE ('-' for stdin); print one JSON object a line.")
@click.option("--top", type=click.IntRange(1, 50), default=None,
              help="With JSON output, also list the K best candidates.")
@facts_option
@threshold_option
def check(claim: str | None, as_json: bool, jsonl: Any, top: int | None,
          facts: tuple[Path, ...], threshold: float) -> None:
    """Check CLAIM and print the reply as a chat user would see it."""
    if (claim is None) == (jsonl is None):
        raise click.UsageError("Give either a CLAIM or --jsonl FILE.")
    from bot.chat.base import CheckerDesk
    from bot.chat.render import render_reply
    from bot.chat.seam import Checking

    desk: Checking = CheckerDesk(load_checker(facts, threshold))

    def ask(text: str) -> Claim:
        return Claim(text=text, platform="cli", explicit=True)

    if jsonl is not None:
        async def each_line() -> None:
            for line in jsonl:
                reply = await desk.check(ask(line.rstrip("\r\n")), top=top or 5)
                click.echo(json.dumps(reply_json(reply, top), ensure_ascii=False))

        asyncio.run(each_line())
        return
    assert claim is not None
    reply = asyncio.run(desk.check(ask(claim), top=top or 5))
    if as_json:
        click.echo(json.dumps(reply_json(reply, top), ensure_ascii=False, indent=2))
    else:
        click.echo(render_reply(reply))


@main.group(cls=LazyGroup, lazy={"draft": "bot.cli.draft:facts_draft"},
            register="bot.cli.facts:register_fact_commands")
def facts() -> None:
    """Lint, list and show fact packs, and measure how much of a source they quote."""


@facts.command("lint")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
def facts_lint(paths: tuple[Path, ...]) -> None:
    """Report every problem in every pack at once; exit 1 if any is an error."""
    targets = list(paths) or [bundled_facts_dir()]
    problems = lint(targets)
    for problem in problems:
        click.echo(str(problem), err=not problem.warning)
    errors = sum(1 for p in problems if not p.warning)
    warnings = len(problems) - errors
    if errors:
        click.echo(messages.lint_summary(errors, warnings), err=True)
        sys.exit(EXIT_BAD_FACT_BASE)
    base = load_fact_base(targets)
    files = len(list(pack_files(targets)))
    click.echo(messages.lint_clean(files, len(base.facts)))


@facts.command("list")
@facts_option
def facts_list(facts: tuple[Path, ...]) -> None:
    """List every fact: id, verdict and claim."""
    checker = load_checker(facts)
    for fact in checker.fact_base.facts:
        click.echo(f"{fact.id}\t{fact.verdict}\t{fact.claim}")


@facts.command("show")
@click.argument("fact_id")
@facts_option
def facts_show(fact_id: str, facts: tuple[Path, ...]) -> None:
    """Show one fact in full."""
    from bot.chat.render import fact_field_lines

    checker = load_checker(facts)
    fact = checker.fact_base.get(fact_id)
    if fact is None:
        raise click.UsageError(messages.unknown_fact(fact_id))
    click.echo(f"id: {fact.id}\npack: {fact.pack}\nverdict: {fact.verdict}\nclaim: {fact.claim}")
    click.echo(f"summary: {fact.summary}")
    for line in fact_field_lines(fact):
        click.echo(line)


@facts.command("coverage")
@click.argument("packs", nargs=-1, required=True, metavar="PACK...",
                type=click.Path(exists=True, path_type=Path))
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True,
              help="Print one JSON object: covered, total, share, uncovered [{line, text}].")
@click.option("--min-share", type=click.FloatRange(0.0, 1.0), default=None, metavar="X",
              help="Exit 3 when the share (0..1) of sentences quoted is below X.")
def facts_coverage(packs: tuple[Path, ...], source: Path, as_json: bool,
                   min_share: float | None) -> None:
    """List the sentences of SOURCE that no quote in PACK... contains.

    PACK is a pack file or a directory of packs. A sentence counts as quoted when a fact's
    quote contains all of it (white space, curly quotes and dashes folded).
    """
    try:
        base = load_fact_base(packs)
    except FactBaseError as exc:
        exit_bad_fact_base(exc)
    result = measure_coverage((f.quote for f in base.facts if f.quote), read_source(source))
    if as_json:
        click.echo(json.dumps({
            "covered": result.covered, "total": result.total,
            "share": round(result.share, 4),
            "uncovered": [{"line": s.line, "text": s.text} for s in result.uncovered],
        }, ensure_ascii=False, indent=2))
    else:
        click.echo(messages.coverage_header(result.covered, result.total, result.share))
        for sentence in result.uncovered:
            click.echo(messages.coverage_uncovered(sentence.line, sentence.text))
    if min_share is not None and result.share < min_share:
        click.echo(messages.coverage_below_minimum(result.share, min_share), err=True)
        sys.exit(EXIT_BELOW_MIN_SHARE)


if __name__ == "__main__":
    main()
