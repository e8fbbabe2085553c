"""Import and export of a server's facts: checked all or nothing, written in chunks."""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
from collections.abc import Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncConnection

import bot.importexport as importexport  # a module: it imports bot.moderation in turn
from bot import messages
from bot.chat.settings import ServerSettings
from bot.core.models import Fact
from bot.moderation import fields as fact_fields
from bot.moderation.bases import ServerBases
from bot.moderation.errors import (
    ExportNeedsSetting,
    ImportInterrupted,
    ImportRejected,
    InvalidFact,
    ModerationError,
    VersionConflict,
)
from bot.moderation.facts import actor_tuple, default_source
from bot.moderation.types import Action, Actor, ExportFormat, ImportResult, ServerKey
from bot.store import repo
from bot.store.codec import fact_from_data, fact_to_data
from bot.store.database import Database

MAX_IMPORT = 10_000
# Facts an import writes a transaction: small enough that a chunk holds SQLite's write lock
# for a few tens of milliseconds.
IMPORT_CHUNK = 200
IMPORT_PAUSE_S = 0.02


class TransferMixin:
    db: Database
    bases: ServerBases
    import_chunk: int = IMPORT_CHUNK

    if TYPE_CHECKING:   # provided by FactsMixin
        def writing(self, server: ServerKey) -> AbstractAsyncContextManager[AsyncConnection]: ...

    async def export_facts(self, server: ServerKey, fmt: ExportFormat | str, *,
                           include_packs: bool = False) -> str:
        """The server's own facts (retired ones left out) in `fmt`; with `include_packs`,
        every fact the server serves. YAML export is a pack `factbot facts lint` accepts;
        `related` ids that point outside the exported facts are left out of it."""
        fmt = ExportFormat(fmt)
        base = await self.bases.get(server)
        async with self.db.read() as conn:
            rows = await repo.fact_rows(conn, str(server), include_retired=False)
            first = (await repo.first_version_dates(conn, str(server))
                     if fmt is ExportFormat.CLAIMREVIEW else {})
        if include_packs:
            facts = sorted(base.facts.values(), key=lambda f: f.id)
        else:
            facts = [fact_from_data(r.fact_id, r.data, str(server)) for r in rows]
        publication = None
        if fmt is ExportFormat.CLAIMREVIEW:
            publication = self._publication(server, base.settings, facts, first,
                                            {r.fact_id: repo.aware(r.updated_at) for r in rows})
        return importexport.export_text(facts, fmt, pack_id=fact_fields.slug(str(server), words=20),
                           publisher=default_source(server), publication=publication)

    def _publication(self, server: ServerKey, settings: ServerSettings, facts: Sequence[Fact],
                     first: Mapping[str, datetime],
                     updated: Mapping[str, datetime]) -> importexport.Publication:
        """Who publishes the server's fact checks and when each was: a server fact when its
        first version was written, a pack fact when its pack file last changed."""
        if not settings.fact_page_url:
            raise ExportNeedsSetting(str(server), "fact_page_url")
        pack_dates = {pid: _file_date(pack.path) for pid, pack in self.bases.packs.packs.items()}
        published: dict[str, datetime] = {}
        modified: dict[str, datetime] = {}
        for fact in facts:
            if fact.id in first:
                published[fact.id] = first[fact.id]
                if fact.id in updated and updated[fact.id] > first[fact.id]:
                    modified[fact.id] = updated[fact.id]
            else:
                published[fact.id] = pack_dates.get(fact.pack) or datetime.now(UTC)
        return importexport.Publication(
            reviewer=settings.reviewer_name or messages.default_reviewer_name(),
            page_url=settings.fact_page_url, published=published, modified=modified)

    async def import_facts(self, server: ServerKey, actor: Actor, text: str,
                           fmt: ExportFormat | str, *, name: str = "import") -> ImportResult:
        """Add or update facts from `text`. Facts whose id exists get a new version (and are
        restored if retired); identical ones are left alone.

        Every item is checked before anything is written: any problem raises ImportRejected
        naming each row or item, and nothing is written. The facts are then written in the
        file's order, `import_chunk` facts a transaction, so that a large import never holds
        the write lock for long. A chunk that fails (the database, or a fact changed by
        someone else since the import read it) raises ImportInterrupted: the chunks before it
        stay written, each fact complete with its history, and nothing of that chunk or after
        it is. Importing the same text again finishes the job.
        """
        plan = await self.plan_import(server, text, fmt, name=name)
        return await self.apply_import(server, actor, plan)

    async def plan_import(self, server: ServerKey, text: str, fmt: ExportFormat | str, *,
                          name: str = "import") -> ImportPlan:
        """What importing `text` would write now, checked, writing nothing: ImportRejected
        names every problem. `apply_import` writes it."""
        items, parse_problems = importexport.parse_text(text, fmt, name=name)
        if len(items) > MAX_IMPORT:
            raise ImportRejected([messages.too_many_items("import", MAX_IMPORT)])
        base = await self.bases.get(server)
        key = str(server)
        async with self.db.read() as conn:
            rows = {r.fact_id: r for r in await repo.fact_rows(conn, key)}
        problems = list(parse_problems)
        facts: list[Fact] = []
        first: dict[str, str] = {}
        for item in items:
            fact_id = item.fields.id or _free_id(str(item.fields.claim), rows, base.facts, first)
            if fact_id in first:
                problems.append(f"{item.label}: "
                                + messages.import_duplicate_id(fact_id, first[fact_id]))
                continue
            first[fact_id] = item.label
            try:
                facts.append(fact_fields.build_fact(item.fields, fact_id=fact_id, pack=key,
                                                    default_source=default_source(server)))
            except InvalidFact as exc:
                problems.extend(f"{item.label}: {p}" for p in exc.problems)
        known = set(first) | set(rows) | set(base.facts)
        for fact in facts:
            problems.extend(f"{first[fact.id]}: {messages.dangling_related(r)}"
                            for r in fact.related if r not in known)
        if problems:
            raise ImportRejected(problems)
        unchanged: list[str] = []
        writes: list[PlannedFact] = []
        for fact in facts:
            data = fact_to_data(fact)
            row = rows.get(fact.id)
            if row is None:
                pack_fact = base.facts.get(fact.id)
                before = fact_to_data(pack_fact) if pack_fact else None
                if before == data:
                    unchanged.append(fact.id)
                else:
                    writes.append(PlannedFact(fact.id, data, 0, before, False))
            elif row.data == data and not row.retired:
                unchanged.append(fact.id)
            else:
                writes.append(PlannedFact(fact.id, data, int(row.version), dict(row.data),
                                          bool(row.retired)))
        return ImportPlan(tuple(writes), tuple(unchanged))

    async def apply_import(self, server: ServerKey, actor: Actor,
                           plan: ImportPlan) -> ImportResult:
        """Write what `plan_import` planned, `import_chunk` facts a transaction; see
        `import_facts`. A fact changed since the plan was made stops the import there
        (ImportInterrupted), as any chunk that fails does."""
        key = str(server)
        writes = plan.writes
        added: list[str] = []
        updated: list[str] = []
        try:
            for start in range(0, len(writes), self.import_chunk):
                chunk = writes[start:start + self.import_chunk]
                async with self.db.write() as conn:
                    await repo.bump_revision(conn, key)
                    for w in chunk:
                        written = await repo.write_fact(
                            conn, key, w.fact_id, expected_version=w.expected, data=w.data,
                            retired=False, action=Action.IMPORT, actor=actor_tuple(actor),
                            before=w.before, bump=False)
                        if written is None:
                            raise VersionConflict(w.fact_id, w.expected, w.expected + 1)
                for w in chunk:
                    (added if w.expected == 0 else updated).append(w.fact_id)
                # Between chunks the lock is free a moment: other writers, of this process
                # and others, get their turn.
                await asyncio.sleep(IMPORT_PAUSE_S)
        except (ModerationError, SQLAlchemyError, OSError) as exc:
            raise ImportInterrupted(added, updated, len(writes), _reason(exc)) from exc
        finally:
            self.bases.invalidate(server)
        return ImportResult(tuple(added), tuple(updated), plan.unchanged)


@dataclass(frozen=True, slots=True)
class PlannedFact:
    """One fact an import writes: its new data over the version it read (`expected`; 0: the
    server has no version of its own yet) and that version's data (None: a new fact; a pack
    fact's data when the server had only the pack's)."""

    fact_id: str
    data: dict[str, Any]
    expected: int
    before: dict[str, Any] | None
    was_retired: bool


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """What an import would write, in the file's order, and the facts it leaves as they are."""

    writes: tuple[PlannedFact, ...]
    unchanged: tuple[str, ...]

    def digest(self) -> str:
        """A fingerprint of what would be written over which versions: the same plan made
        again has the same one, unless the file or the server's facts changed meanwhile."""
        planned = [[w.fact_id, w.expected, w.data] for w in self.writes]
        text = json.dumps([planned, list(self.unchanged)], sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(text.encode()).hexdigest()


def _reason(exc: BaseException) -> str:
    """What stopped an import, in one line: our own sentence, or the driver's first line."""
    if isinstance(exc, ModerationError):  # StoreBusy too
        return str(exc).rstrip(".")
    cause = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    return (str(cause).strip().splitlines() or [type(cause).__name__])[0]


def _file_date(path: str) -> datetime | None:
    try:
        return datetime.fromtimestamp(os.stat(path).st_mtime, UTC)
    except (OSError, ValueError):
        return None


def _free_id(claim: str, rows: Mapping[str, Any], pack: Mapping[str, Fact],
             taken: Mapping[str, str]) -> str:
    stem = fact_fields.slug(claim)
    candidate, n = stem, 1
    while candidate in rows or candidate in pack or candidate in taken:
        n += 1
        candidate = f"{stem}-{n}"
    return candidate
