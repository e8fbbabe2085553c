"""`factbot facts draft SOURCE`: a pack of draft facts, one for each checkable sentence."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from bot import messages
from bot.cli.sources import exit_bad_fact_base, read_source
from bot.importexport.yaml_pack import export_pack
from bot.moderation.draft import Draft, draft_source, source_of
from bot.moderation.fields import slug
from bot.packs.loader import FactBase, FactBaseError, load_fact_base

HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def _existing(packs: tuple[Path, ...]) -> FactBase:
    if not packs:
        return FactBase(packs=(), facts=())
    try:
        return load_fact_base(list(packs))
    except FactBaseError as exc:
        exit_bad_fact_base(exc)


def _report(draft: Draft, title: str, *, err: bool) -> None:
    coverage = draft.coverage
    total = coverage.total
    click.echo(messages.draft_header(len(draft.facts), total, title), err=err)
    click.echo(messages.draft_coverage_before(coverage.covered, total, coverage.share),
               err=err)
    after = total - len(draft.left_out)
    click.echo(messages.draft_coverage_after(after, total, after / total if total else 1.0),
               err=err)
    if draft.left_out:
        click.echo(messages.draft_left_out(len(draft.left_out)), err=err)
        for sentence in draft.left_out:
            click.echo(messages.coverage_uncovered(sentence.line, sentence.text), err=err)


@click.command("draft")
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--title", default=None,
              help="The source's title (default: the page's <title>, else its first line).")
@click.option("--author", default=None, help="Who wrote it (default: the page's meta tags).")
@click.option("--publisher", default=None, help="Who published it (default: the page's).")
@click.option("--date", "published", default=None, help="When it was published.")
@click.option("--url", default=None, help="Its address (default: the page's canonical one).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the pack here (default: standard output; the report then goes to "
                   "standard error).")
@click.option("--pack", "packs", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="A pack file or directory the drafts extend; repeatable. A sentence one of "
                   "its facts quotes is covered; draft ids never repeat its ids.")
@click.option("--pack-id", default=None, help="The new pack's id (default: from the title).")
@click.option("--include-covered", is_flag=True,
              help="Also write drafts of sentences the --pack facts already quote.")
def facts_draft(source: Path, title: str | None, author: str | None, publisher: str | None,
                published: str | None, url: str | None, out: Path | None,
                packs: tuple[Path, ...], pack_id: str | None, include_covered: bool) -> None:
    """Draft a fact for each checkable sentence of SOURCE (UTF-8 text or an HTML page saved
    to disk): the sentence as the quote, its figures with what they measure, a suggested
    claim, verdict true and the source filled in; a YAML pack to review and edit."""
    html = True if source.suffix.lower() in HTML_SUFFIXES else None
    text, found = source_of(read_source(source), html=html, title=title, author=author,
                            publisher=publisher, published=published, url=url)
    base = _existing(packs)
    pack = pack_id or slug(found.title, words=8)
    if any(p.id == pack for p in base.packs):
        pack = f"{pack}-draft"
    draft = draft_source(text, found, quotes=(f.quote for f in base.facts if f.quote),
                         taken_ids=(f.id for f in base.facts), pack=pack)
    chosen = draft.facts if include_covered else draft.new
    yaml_text = export_pack([d.fact for d in chosen], pack_id=pack, fallback_source=found)
    if out is None:
        sys.stdout.write(yaml_text)
    else:
        out.write_text(yaml_text, encoding="utf-8")
    _report(draft, found.title, err=out is None)
    click.echo(messages.draft_written(len(chosen), str(out) if out else "standard output",
                                      len(draft.facts) - len(chosen)), err=out is None)
