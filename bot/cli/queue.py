"""`factbot queue`: what members asked, proposed and reported."""

from __future__ import annotations

from pathlib import Path

import click

from bot import messages
from bot.cli.options import (
    cli_actor,
    server_option,
    store_options,
    with_store,
)
from bot.moderation import (
    ReportStatus,
    ServerKey,
    SuggestionStatus,
)


@click.group("queue")
def queue_group() -> None:
    """Review what members asked, proposed and reported."""


@queue_group.command("unmatched")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@click.option("--all", "show_all", is_flag=True,
              help="Also dismissed ones not asked again since.")
@server_option
@store_options
def queue_unmatched(limit: int, show_all: bool, server: ServerKey, db: str | None,
                    packs: tuple[Path, ...], actor: str | None) -> None:
    """Claims asked that matched no fact, most asked first."""
    items = with_store(db, packs, lambda mod: mod.unmatched(server, limit,
                                                            include_dismissed=show_all))
    if not items:
        click.echo(messages.queue_empty("unmatched claims"))
    for item in items:
        click.echo(f"#{item.id}\t{item.count}x\t{item.last_asked.isoformat(timespec='seconds')}"
                   f"\t{item.text}")
        if item.dismissed_by is not None and item.dismissed_at is not None:
            click.echo("\t" + messages.unmatched_dismissal(
                str(item.dismissed_by), item.dismissed_at.isoformat(timespec="seconds"),
                item.dismissed))


@queue_group.command("dismiss")
@click.argument("unmatched_id", type=int)
@server_option
@store_options
def queue_dismiss(unmatched_id: int, server: ServerKey, db: str | None,
                  packs: tuple[Path, ...], actor: str | None) -> None:
    """Take an unmatched claim off the queue (kept with who and when; it comes back if
    asked again)."""
    who = cli_actor(actor)
    with_store(db, packs, lambda mod: mod.dismiss_unmatched(server, who, unmatched_id))
    click.echo(messages.unmatched_dismissed(unmatched_id))


@queue_group.command("suggestions")
@click.option("--all", "show_all", is_flag=True, help="Also decided ones.")
@server_option
@store_options
def queue_suggestions(show_all: bool, server: ServerKey, db: str | None,
                      packs: tuple[Path, ...], actor: str | None) -> None:
    """Pending suggestions (new facts and corrections)."""
    status = None if show_all else SuggestionStatus.PENDING
    items = with_store(db, packs, lambda mod: mod.list_suggestions(server, status=status,
                                                                   limit=1000))
    if not items:
        click.echo(messages.queue_empty("suggestions"))
    for s in items:
        on = f" (v{s.fact_version})" if s.fact_version is not None else ""
        target = f"correct {s.fact_id}{on}" if s.fact_id and \
            s.status is SuggestionStatus.PENDING else (s.fact_id or "new fact")
        what = s.proposal.claim if s.proposal else s.note
        click.echo(f"#{s.id}\t{s.status}\t{target}\t{s.proposer}\t{what}")
        if s.note and s.proposal:
            click.echo(f"\tnote: {s.note}")
        if s.changes:
            click.echo(f"\tchanges: {', '.join(s.changes)}")


@queue_group.command("reports")
@click.option("--all", "show_all", is_flag=True, help="Also resolved ones.")
@server_option
@store_options
def queue_reports(show_all: bool, server: ServerKey, db: str | None, packs: tuple[Path, ...],
                  actor: str | None) -> None:
    """Open reports of wrong replies."""
    status = None if show_all else ReportStatus.OPEN
    items = with_store(db, packs, lambda mod: mod.list_reports(server, status=status,
                                                               limit=1000))
    if not items:
        click.echo(messages.queue_empty("reports"))
    for r in items:
        click.echo(f"#{r.id}\t{r.status}\t{r.fact_id or '-'}\t{r.reporter}\t{r.reason}"
                   f"\t{r.claim}")


@queue_group.command("approve")
@click.argument("suggestion_id", type=int)
@click.option("--on-version", type=int, default=None, metavar="N",
              help="Apply a correction to version N of the fact (default: the version it was "
                   "proposed on; if the fact changed since, both versions are shown and "
                   "nothing is applied).")
@server_option
@store_options
def queue_approve(suggestion_id: int, on_version: int | None, server: ServerKey,
                  db: str | None, packs: tuple[Path, ...], actor: str | None) -> None:
    """Approve a suggestion: it becomes a fact, or its correction is applied."""
    who = cli_actor(actor)
    done = with_store(db, packs, lambda mod: mod.approve_suggestion(
        server, who, suggestion_id, on_version=on_version))
    click.echo(messages.suggestion_approved(done.id, done.fact_id or ""))


@queue_group.command("reject")
@click.argument("suggestion_id", type=int)
@click.option("--reason", required=True, help="Shown to the member who proposed it.")
@server_option
@store_options
def queue_reject(suggestion_id: int, reason: str, server: ServerKey, db: str | None,
                 packs: tuple[Path, ...], actor: str | None) -> None:
    """Reject a suggestion with a reason."""
    who = cli_actor(actor)
    done = with_store(db, packs, lambda mod: mod.reject_suggestion(server, who, suggestion_id,
                                                                   reason))
    click.echo(messages.suggestion_rejected(done.id, done.reason))


@queue_group.command("resolve")
@click.argument("report_id", type=int)
@click.option("--note", default="", help="What was done about it.")
@server_option
@store_options
def queue_resolve(report_id: int, note: str, server: ServerKey, db: str | None,
                  packs: tuple[Path, ...], actor: str | None) -> None:
    """Mark a report resolved."""
    who = cli_actor(actor)
    done = with_store(db, packs, lambda mod: mod.resolve_report(server, who, report_id, note))
    click.echo(messages.report_resolved(done.id))
