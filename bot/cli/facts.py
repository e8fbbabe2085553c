"""`factbot facts add|edit|retire|restore|history|import|export`: a server's own facts."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click
import yaml

from bot import messages
from bot.chat.render import fact_field_lines
from bot.cli.options import (
    SUFFIX_FORMATS,
    F,
    cli_actor,
    first_line,
    server_option,
    store_options,
    with_store,
)
from bot.core.models import Source
from bot.moderation import (
    ExportFormat,
    FactInput,
    FactRecord,
    FactVersion,
    ServerKey,
    form,
)
from bot.moderation.fields import coerce_source
from bot.moderation.types import FieldProblem


def _form_help(name: str, *, repeatable: bool = False) -> str:
    field = form.BY_NAME[name]
    return messages.cli_form_field_help(field.label, field.limit, repeatable=repeatable)


def fact_field_options(func: F) -> F:
    """The fact fields as options, from the fact-form spec (`bot.moderation.form`)."""
    options = [
        click.option("--claim", default=None, help=_form_help("claim")),
        click.option("--verdict", default=None,
                     type=click.Choice(list(form.BY_NAME["verdict"].choices))),
        click.option("--summary", default=None, help=_form_help("summary")),
        click.option("--quote", default=None, help=_form_help("quote")),
        click.option("--figure", "figures", multiple=True, metavar="VALUE=WHAT",
                     help=_form_help("figures", repeatable=True)),
        click.option("--alias", "aliases", multiple=True,
                     help=_form_help("aliases", repeatable=True)),
        click.option("--tag", "tags", multiple=True,
                     help="A tag; repeatable (with edit, --tag '' clears them; likewise "
                          "--alias, --figure, --related)."),
        click.option("--related", "related", multiple=True, help="A related fact id; repeatable."),
        click.option("--claimant", default=None,
                     help="Who made the claim, where known (the ClaimReview Claim's author)."),
        click.option("--appearance", "appearances", multiple=True, metavar="URL",
                     help="Where the claim appeared, the first known first; repeatable."),
        click.option("--source-title", default=None),
        click.option("--source-author", default=None),
        click.option("--source-publisher", default=None),
        click.option("--source-published", default=None),
        click.option("--source-url", default=None),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _source_of(opts: dict[str, Any]) -> dict[str, str] | None:
    source = {k[len("source_"):]: v for k, v in opts.items()
              if k.startswith("source_") and v is not None}
    return source or None


def _edits_of(opts: dict[str, Any]) -> dict[str, Any]:
    """The changes of `facts edit`: each --source-X option changes that source field alone
    (`--source-url ''` clears it); the other options as `_changes_of` reads them."""
    changes = {k: v for k, v in _changes_of(opts).items() if k != "source"}
    for key, value in (_source_of(opts) or {}).items():
        changes[f"source.{key}"] = value
    return changes


def _changes_of(opts: dict[str, Any]) -> dict[str, Any]:
    changes: dict[str, Any] = {k: opts[k] for k in ("claim", "verdict", "summary", "quote",
                                                    "claimant")
                               if opts.get(k) is not None}
    for key in ("figures", "aliases", "tags", "related", "appearances"):
        if opts.get(key):
            # `--tag ""` (the option given, empty) clears the list.
            changes[key] = [v for v in opts[key] if v.strip()]
    source = _source_of(opts)
    if source:
        changes["source"] = source
    return changes


def _load_fields_file(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise click.BadParameter(first_line(exc), param_hint="FILE") from exc
    if not isinstance(data, dict):
        raise click.BadParameter(messages.wrong_type("fact", "a mapping"), param_hint="FILE")
    return data


def _input_of(data: dict[str, Any]) -> FactInput:
    unknown = [k for k in data if k not in FactInput.__dataclass_fields__]
    if unknown:
        raise click.BadParameter(messages.unknown_field(unknown[0],
                                                        list(FactInput.__dataclass_fields__)))
    source: Source | None = None
    if data.get("source") is not None:
        problems: list[FieldProblem] = []
        source = coerce_source(data["source"], problems, Source(title=""))
        if problems:
            raise click.BadParameter("; ".join(p.message for p in problems), param_hint="source")
    return FactInput(
        claim=data.get("claim", ""), verdict=data.get("verdict", ""),
        summary=data.get("summary", ""), id=data.get("id"), quote=data.get("quote"),
        source=source,
        figures=tuple(data.get("figures") or ()), aliases=tuple(data.get("aliases") or ()),
        tags=tuple(data.get("tags") or ()), related=tuple(data.get("related") or ()),
        claimant=data.get("claimant"), appearances=tuple(data.get("appearances") or ()))


def _echo_fact(record: FactRecord) -> None:
    fact = record.fact
    state = " (retired)" if record.retired else ""
    click.echo(f"id: {fact.id}\nversion: {record.version}{state}\nverdict: {fact.verdict}")
    click.echo(f"claim: {fact.claim}\nsummary: {fact.summary}")
    click.echo(f"source: {fact.source.title}")
    for line in fact_field_lines(fact):
        click.echo(line)


"""Add the store-backed subcommands to the existing `factbot facts` group."""

@click.command("add")
@click.argument("file", required=False, type=click.Path(exists=True, path_type=Path))
@click.option("--id", "fact_id", default=None, help="The fact id (default: from the claim).")
@click.option("--from-unmatched", "unmatched_id", type=int, default=None, metavar="ID",
              help="Answer this unmatched claim (`queue unmatched`); its wording becomes "
                   "an alias.")
@fact_field_options
@server_option
@store_options
def facts_add(file: Path | None, fact_id: str | None, unmatched_id: int | None,
              server: ServerKey, db: str | None, packs: tuple[Path, ...],
              actor: str | None, **opts: Any) -> None:
    """Add a fact to a server, from options or a YAML FILE of fact fields."""
    data: dict[str, Any] = _load_fields_file(file) if file else {}
    data.update(_changes_of(opts))
    if fact_id:
        data["id"] = fact_id
    if not all(data.get(k) for k in ("claim", "verdict", "summary")):
        raise click.UsageError(messages.fact_add_needs_fields())
    fields = _input_of(data)
    who = cli_actor(actor)
    if unmatched_id is not None:
        record = with_store(db, packs, lambda mod: mod.fact_from_unmatched(
            server, who, unmatched_id, fields))
    else:
        record = with_store(db, packs, lambda mod: mod.add_fact(server, who, fields))
    click.echo(messages.fact_saved(record.fact.id, record.version))

@click.command("edit")
@click.argument("fact_id")
@click.option("--expected-version", type=int, default=None,
              help="Refuse the edit if the fact is no longer at this version (default: "
                   "the version it is at when the edit is saved, read in the same "
                   "transaction).")
@fact_field_options
@server_option
@store_options
def facts_edit(fact_id: str, expected_version: int | None, server: ServerKey,
               db: str | None, packs: tuple[Path, ...], actor: str | None,
               **opts: Any) -> None:
    """Change fields of a fact (a list option replaces the whole list; a --source-X
    option changes that source field and keeps the others)."""
    changes = _edits_of(opts)
    if not changes:
        raise click.UsageError(messages.edit_needs_changes())
    who = cli_actor(actor)
    record = with_store(db, packs, lambda mod: mod.edit_fact(
        server, who, fact_id, changes, expected_version))
    click.echo(messages.fact_saved(record.fact.id, record.version))

@click.command("retire")
@click.argument("fact_id")
@server_option
@store_options
def facts_retire(fact_id: str, server: ServerKey, db: str | None, packs: tuple[Path, ...],
                 actor: str | None) -> None:
    """Stop serving a fact in the server (restore brings it back)."""
    who = cli_actor(actor)
    record = with_store(db, packs, lambda mod: mod.retire_fact(server, who, fact_id))
    click.echo(messages.fact_retired(record.fact.id, record.version))

@click.command("restore")
@click.argument("fact_id")
@click.argument("version", required=False, type=int)
@server_option
@store_options
def facts_restore(fact_id: str, version: int | None, server: ServerKey, db: str | None,
                  packs: tuple[Path, ...], actor: str | None) -> None:
    """Serve a retired fact again, or bring back the fields of VERSION."""
    who = cli_actor(actor)
    record = with_store(db, packs,
                        lambda mod: mod.restore_fact(server, who, fact_id, version))
    click.echo(messages.fact_restored(record.fact.id, record.version, version))

@click.command("follow-pack")
@click.argument("fact_id")
@click.option("--expected-version", type=int, default=None,
              help="Refuse if the server's version of the fact is no longer this one.")
@server_option
@store_options
def facts_follow_pack(fact_id: str, expected_version: int | None, server: ServerKey,
                      db: str | None, packs: tuple[Path, ...], actor: str | None) -> None:
    """Drop the server's own version of a pack fact, so that the pack's version serves
    again and pack updates reach it (history keeps the server's versions)."""
    who = cli_actor(actor)
    record = with_store(db, packs, lambda mod: mod.follow_pack(server, who, fact_id,
                                                               expected_version))
    click.echo(messages.fact_following_pack(record.fact.id, record.fact.pack))


@click.command("history")
@click.argument("fact_id")
@server_option
@store_options
def facts_history(fact_id: str, server: ServerKey, db: str | None, packs: tuple[Path, ...],
                  actor: str | None) -> None:
    """Every version of a fact: when, who, what changed."""
    versions = with_store(db, packs, lambda mod: mod.history(server, fact_id))
    if not versions:
        click.echo(messages.no_history(fact_id))
    for v in versions:
        state = " (retired)" if v.retired and v.action != "retire" else ""
        origin = f" from v{v.restored_from}" if v.restored_from else ""
        click.echo(f"v{v.version}\t{v.at.isoformat(timespec='seconds')}\t{v.action}"
                   f"{origin}{state}\t{v.actor}")
        for line in _diff(v):
            click.echo(f"\t{line}")

@click.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice([f.value for f in ExportFormat]),
              default=None, help="Default: from the file suffix.")
@server_option
@store_options
def facts_import(file: Path, fmt: str | None, server: ServerKey, db: str | None,
                 packs: tuple[Path, ...], actor: str | None) -> None:
    """Add or update the server's facts from a YAML pack, CSV or ClaimReview JSON-LD."""
    chosen = ExportFormat(fmt) if fmt else SUFFIX_FORMATS.get(file.suffix.lower())
    if chosen is None:
        raise click.UsageError(messages.import_needs_format([f.value for f in ExportFormat]))
    try:
        text = file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise click.BadParameter(first_line(exc), param_hint="FILE") from exc
    who = cli_actor(actor)
    result = with_store(db, packs, lambda mod: mod.import_facts(
        server, who, text, chosen, name=file.name))
    click.echo(messages.import_result(len(result.added), len(result.updated),
                                      len(result.unchanged)))

@click.command("export")
@click.option("--format", "fmt", type=click.Choice([f.value for f in ExportFormat]),
              default=ExportFormat.YAML.value, show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              default=None, help="Write to this file (default: standard output).")
@click.option("--include-packs", is_flag=True,
              help="Also export the pack facts the server serves.")
@server_option
@store_options
def facts_export(fmt: str, output: Path | None, include_packs: bool, server: ServerKey,
                 db: str | None, packs: tuple[Path, ...], actor: str | None) -> None:
    """Write the server's facts as a YAML pack, CSV or ClaimReview JSON-LD."""
    text = with_store(db, packs, lambda mod: mod.export_facts(
        server, fmt, include_packs=include_packs))
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")


def _diff(version: FactVersion) -> list[str]:
    """Every field the version changed, before and after (each source field on its own);
    every field of a new fact."""
    if version.before is None:
        return [messages.history_field(c.name, c.after) for c in version.changes]
    return [messages.history_change(c.name, c.before, c.after) for c in version.changes]


def register_fact_commands(facts: click.Group) -> None:
    """Add the store's fact commands to `factbot facts` (beside lint and coverage)."""
    facts.add_command(facts_add)
    facts.add_command(facts_edit)
    facts.add_command(facts_retire)
    facts.add_command(facts_restore)
    facts.add_command(facts_follow_pack)
    facts.add_command(facts_history)
    facts.add_command(facts_import)
    facts.add_command(facts_export)
