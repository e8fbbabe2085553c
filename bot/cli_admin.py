"""Admin commands over the moderation store: `factbot db|server|facts ...|queue ...`.

Every command takes `--db URL` and `--packs DIR`; without them it uses the database and the
packs that `factbot run` would, read through the one settings loader (factbot.toml, the
FACTBOT_* variables, FACTBOT_DATABASE_URL_FILE), and acts as `--as NAME` (default: the login
name) in the history it writes.
"""

from __future__ import annotations

import asyncio
import getpass
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

import click
import yaml
from sqlalchemy.exc import SQLAlchemyError

from bot import messages
from bot.config import ConfigError, load_settings
from bot.models import Fact, Figure, Source
from bot.moderation import (
    Actor,
    ExportFormat,
    FactInput,
    FactRecord,
    Moderation,
    ModerationError,
    ReportStatus,
    ServerKey,
    SuggestionStatus,
)
from bot.moderation.fields import coerce_source
from bot.render import fact_field_lines, render_reply
from bot.settings import ServerSettings
from bot.store.database import Database, database_url, display_url

F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")
SUFFIX_FORMATS = {".yaml": ExportFormat.YAML, ".yml": ExportFormat.YAML,
                  ".csv": ExportFormat.CSV, ".json": ExportFormat.CLAIMREVIEW,
                  ".jsonld": ExportFormat.CLAIMREVIEW}


def db_option(func: F) -> F:
    return click.option("--db", "db", default=None, metavar="URL",
                        help="Database URL (default: the one `factbot run` uses, from "
                             "factbot.toml, $FACTBOT_DATABASE_URL or its _FILE, else SQLite "
                             "under the data directory).")(func)


def configured(db: str | None, packs: tuple[Path, ...] = ()) -> tuple[str, tuple[Path, ...]]:
    """The database URL and the packs to use: those given, else those of the settings that
    `factbot run` reads, so that an admin command and the bot work on one database."""
    if db and packs:
        return db, packs
    try:
        settings = load_settings(adapters=["console"])
    except ConfigError as exc:
        raise click.ClickException(messages.settings_unusable(str(exc))) from exc
    return (db or settings.database_url.reveal(), packs or settings.fact_paths)


def store_options(func: F) -> F:
    func = click.option("--packs", "packs", multiple=True,
                        type=click.Path(exists=True, path_type=Path),
                        help="Pack file or directory the servers can enable; repeatable "
                             "(default: the bundled packs).")(func)
    func = click.option("--as", "actor", default=None, metavar="NAME",
                        help="Who to record as the author of changes (default: login name).")(func)
    return db_option(func)


def server_option(func: F) -> F:
    return click.option("--server", "server", required=True, metavar="PLATFORM:ID",
                        callback=_parse_server, help="The server, e.g. discord:1234.")(func)


def _parse_server(_ctx: click.Context, _param: click.Parameter, value: str) -> ServerKey:
    try:
        return ServerKey.parse(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


def cli_actor(name: str | None) -> Actor:
    user = name or getpass.getuser()
    return Actor("cli", user, user)


def with_store(db: str | None, packs: tuple[Path, ...],
               action: Callable[[Moderation], Awaitable[T]]) -> T:
    """Open the store, run `action`, close it; errors become one line and exit status 1."""
    db, packs = configured(db, packs)

    async def run() -> T:
        mod = await Moderation.open(db, packs=list(packs) or None)
        try:
            return await action(mod)
        finally:
            await mod.close()

    try:
        return asyncio.run(run())
    except ModerationError as exc:
        raise click.ClickException(str(exc)) from exc
    except (OSError, SQLAlchemyError) as exc:
        url = display_url(database_url(db))
        raise click.ClickException(messages.db_unreachable(url, _first_line(exc))) from exc


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


# -- db ---------------------------------------------------------------------------------------

@click.group("db")
def db_group() -> None:
    """Create or migrate the moderation database."""


@db_group.command("upgrade")
@db_option
def db_upgrade(db: str | None) -> None:
    """Apply every pending migration (the bot also does this when it starts)."""
    url = database_url(configured(db)[0])

    async def run() -> list[str]:
        database = Database(url)
        try:
            return await database.upgrade()
        finally:
            await database.close()

    try:
        applied = asyncio.run(run())
    except (OSError, SQLAlchemyError) as exc:
        raise click.ClickException(messages.db_unreachable(display_url(url),
                                                           _first_line(exc))) from exc
    click.echo(messages.db_upgraded(display_url(url), applied))


# -- server -----------------------------------------------------------------------------------

@click.group("server")
def server_group() -> None:
    """Show or change a server's settings, or check a claim as that server would."""


def _echo_settings(settings: ServerSettings) -> None:
    for key, value in settings.to_json().items():
        if value is None:
            shown = "all"
        elif isinstance(value, list):
            shown = ",".join(str(v) for v in value)
        else:
            shown = str(value)
        click.echo(f"{key}={shown}")


@server_group.command("show")
@server_option
@store_options
def server_show(server: ServerKey, db: str | None, packs: tuple[Path, ...],
                actor: str | None) -> None:
    """Print the server's settings as KEY=VALUE lines."""
    _echo_settings(with_store(db, packs, lambda mod: mod.settings(server)))


@server_group.command("set")
@click.argument("pairs", nargs=-1, required=True, metavar="KEY=VALUE...")
@server_option
@store_options
def server_set(pairs: tuple[str, ...], server: ServerKey, db: str | None,
               packs: tuple[Path, ...], actor: str | None) -> None:
    """Change settings, e.g. `threshold=0.7 reply_mode=thread watched_channels=1,2`."""
    changes: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(messages.setting_pair_format(pair))
        changes[key.strip()] = value.strip()
    who = cli_actor(actor)
    settings = with_store(db, packs, lambda mod: mod.update_settings(server, who, **changes))
    _echo_settings(settings)
    click.echo(messages.settings_saved(), err=True)


@server_group.command("check")
@click.argument("claim")
@server_option
@store_options
def server_check(claim: str, server: ServerKey, db: str | None, packs: tuple[Path, ...],
                 actor: str | None) -> None:
    """Check CLAIM against the server's fact base and print the reply."""
    from bot.models import Claim

    async def run(mod: Moderation) -> str:
        reply = await mod.check(Claim(claim, platform=server.platform, server=server.id,
                                      explicit=False))
        return render_reply(reply)

    click.echo(with_store(db, packs, run))


@server_group.command("facts")
@click.option("--all", "show_all", is_flag=True, help="Also retired facts.")
@server_option
@store_options
def server_facts(show_all: bool, server: ServerKey, db: str | None, packs: tuple[Path, ...],
                 actor: str | None) -> None:
    """List the server's own facts (and its edited pack facts): id, version, verdict, claim."""
    records = with_store(db, packs, lambda mod: mod.list_facts(server,
                                                               include_retired=show_all))
    if not records:
        click.echo(messages.queue_empty("facts of this server's own"))
    for r in records:
        state = " (retired)" if r.retired else ""
        click.echo(f"{r.fact.id}\tv{r.version}{state}\t{r.fact.verdict}\t{r.fact.claim}")


# -- facts ------------------------------------------------------------------------------------

def fact_field_options(func: F) -> F:
    options = [
        click.option("--claim", default=None, help="The claim, as people would say it."),
        click.option("--verdict", default=None,
                     type=click.Choice(["true", "false", "misleading", "unproven"])),
        click.option("--summary", default=None, help="What the source says, in a sentence."),
        click.option("--quote", default=None, help="A verbatim quote from the source."),
        click.option("--figure", "figures", multiple=True, metavar="VALUE=WHAT",
                     help="A figure the source gives; repeatable."),
        click.option("--alias", "aliases", multiple=True, help="Another wording; repeatable."),
        click.option("--tag", "tags", multiple=True,
                     help="A tag; repeatable (with edit, --tag '' clears them; likewise "
                          "--alias, --figure, --related)."),
        click.option("--related", "related", multiple=True, help="A related fact id; repeatable."),
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


def _changes_of(opts: dict[str, Any]) -> dict[str, Any]:
    changes: dict[str, Any] = {k: opts[k] for k in ("claim", "verdict", "summary", "quote")
                               if opts.get(k) is not None}
    for key in ("figures", "aliases", "tags", "related"):
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
        raise click.BadParameter(_first_line(exc), param_hint="FILE") from exc
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
        problems: list[str] = []
        source = coerce_source(data["source"], problems, Source(title=""))
        if problems:
            raise click.BadParameter("; ".join(problems), param_hint="source")
    return FactInput(
        claim=data.get("claim", ""), verdict=data.get("verdict", ""),
        summary=data.get("summary", ""), id=data.get("id"), quote=data.get("quote"),
        source=source,
        figures=tuple(data.get("figures") or ()), aliases=tuple(data.get("aliases") or ()),
        tags=tuple(data.get("tags") or ()), related=tuple(data.get("related") or ()))


def _echo_fact(record: FactRecord) -> None:
    fact = record.fact
    state = " (retired)" if record.retired else ""
    click.echo(f"id: {fact.id}\nversion: {record.version}{state}\nverdict: {fact.verdict}")
    click.echo(f"claim: {fact.claim}\nsummary: {fact.summary}")
    click.echo(f"source: {fact.source.title}")
    for line in fact_field_lines(fact):
        click.echo(line)


def register_fact_commands(facts: click.Group) -> None:
    """Add the store-backed subcommands to the existing `factbot facts` group."""

    @facts.command("add")
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

    @facts.command("edit")
    @click.argument("fact_id")
    @click.option("--expected-version", type=int, default=None,
                  help="Refuse the edit if the fact is no longer at this version.")
    @fact_field_options
    @server_option
    @store_options
    def facts_edit(fact_id: str, expected_version: int | None, server: ServerKey,
                   db: str | None, packs: tuple[Path, ...], actor: str | None,
                   **opts: Any) -> None:
        """Change fields of a fact (a list option replaces the whole list)."""
        changes = _changes_of(opts)
        if not changes:
            raise click.UsageError(messages.edit_needs_changes())
        who = cli_actor(actor)
        record = with_store(db, packs, lambda mod: mod.edit_fact(
            server, who, fact_id, changes, expected_version))
        click.echo(messages.fact_saved(record.fact.id, record.version))

    @facts.command("retire")
    @click.argument("fact_id")
    @server_option
    @store_options
    def facts_retire(fact_id: str, server: ServerKey, db: str | None, packs: tuple[Path, ...],
                     actor: str | None) -> None:
        """Stop serving a fact in the server (restore brings it back)."""
        who = cli_actor(actor)
        record = with_store(db, packs, lambda mod: mod.retire_fact(server, who, fact_id))
        click.echo(messages.fact_retired(record.fact.id, record.version))

    @facts.command("restore")
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

    @facts.command("history")
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
            for line in _diff(v.before, v.after):
                click.echo(f"\t{line}")

    @facts.command("import")
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
            raise click.BadParameter(_first_line(exc), param_hint="FILE") from exc
        who = cli_actor(actor)
        result = with_store(db, packs, lambda mod: mod.import_facts(
            server, who, text, chosen, name=file.name))
        click.echo(messages.import_result(len(result.added), len(result.updated),
                                          len(result.unchanged)))

    @facts.command("export")
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


def _diff(before: Fact | None, after: Fact) -> list[str]:
    if before is None:
        return [f"claim: {after.claim}", f"verdict: {after.verdict}"]
    lines = []
    for name in ("claim", "verdict", "summary", "source", "quote", "figures", "aliases",
                 "tags", "related"):
        old, new = getattr(before, name), getattr(after, name)
        if old != new:
            lines.append(f"{name}: {_shown(old)} -> {_shown(new)}")
    return lines


def _shown(value: Any) -> str:
    if isinstance(value, Source):
        return value.title
    if isinstance(value, tuple):
        return "[" + "; ".join(f"{v.value}={v.what}" if isinstance(v, Figure) else str(v)
                               for v in value) + "]"
    return str(value)


# -- queue ------------------------------------------------------------------------------------

@click.group("queue")
def queue_group() -> None:
    """Review what members asked, proposed and reported."""


@queue_group.command("unmatched")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@server_option
@store_options
def queue_unmatched(limit: int, server: ServerKey, db: str | None, packs: tuple[Path, ...],
                    actor: str | None) -> None:
    """Claims asked that matched no fact, most asked first."""
    items = with_store(db, packs, lambda mod: mod.unmatched(server, limit))
    if not items:
        click.echo(messages.queue_empty("unmatched claims"))
    for item in items:
        click.echo(f"#{item.id}\t{item.count}x\t{item.last_asked.isoformat(timespec='seconds')}"
                   f"\t{item.text}")


@queue_group.command("dismiss")
@click.argument("unmatched_id", type=int)
@server_option
@store_options
def queue_dismiss(unmatched_id: int, server: ServerKey, db: str | None,
                  packs: tuple[Path, ...], actor: str | None) -> None:
    """Drop an unmatched claim from the queue (it comes back if asked again)."""
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
        target = f"correct {s.fact_id}" if s.fact_id and s.status is SuggestionStatus.PENDING \
            else (s.fact_id or "new fact")
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
@server_option
@store_options
def queue_approve(suggestion_id: int, server: ServerKey, db: str | None,
                  packs: tuple[Path, ...], actor: str | None) -> None:
    """Approve a suggestion: it becomes a fact, or its correction is applied."""
    who = cli_actor(actor)
    done = with_store(db, packs, lambda mod: mod.approve_suggestion(server, who, suggestion_id))
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


def register_admin_commands(main: click.Group, facts: click.Group) -> None:
    main.add_command(db_group)
    main.add_command(server_group)
    main.add_command(queue_group)
    register_fact_commands(facts)
