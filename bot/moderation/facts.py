"""Reading and writing a server's facts: every change a new version, checked against races."""

from __future__ import annotations

import difflib
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy.ext.asyncio import AsyncConnection

from bot import messages
from bot.core.models import Fact, Source
from bot.moderation import fields as fact_fields
from bot.moderation.bases import ServerBase, ServerBases
from bot.moderation.errors import (
    AlreadyRetired,
    FactExists,
    FollowsPack,
    InvalidFact,
    NotAPackFact,
    NotRetired,
    UnknownFact,
    UnknownVersion,
    VersionConflict,
)
from bot.moderation.types import (
    Action,
    Actor,
    FactInput,
    FactRecord,
    FactVersion,
    FieldProblem,
    Origin,
    ServerKey,
)
from bot.store import repo
from bot.store.codec import fact_from_data, fact_to_data
from bot.store.database import Database


def actor_tuple(actor: Actor) -> tuple[str, str, str]:
    return (actor.platform, actor.user_id, actor.display)


def actor_of(row: Any) -> Actor:
    return Actor(row.actor_platform, row.actor_user, row.actor_display)


class FactsMixin:
    """Fact reads and writes; Moderation combines it with the queues."""

    db: Database
    bases: ServerBases

    @asynccontextmanager
    async def writing(self, server: ServerKey) -> AsyncIterator[AsyncConnection]:
        """A write transaction holding the server's fact lock (see `repo.lock_server`): what
        it reads of the server's facts is current until it commits, on either backend."""
        async with self.db.write() as conn:
            await repo.lock_server(conn, str(server))
            yield conn

    # -- reads ---------------------------------------------------------------------------------

    async def get_fact(self, server: ServerKey, fact_id: str) -> FactRecord:
        """The fact as `server` sees it (its own version, or the pack's); UnknownFact if none."""
        base = await self.bases.get(server)
        async with self.db.read() as conn:
            row = await repo.fact_row(conn, str(server), fact_id)
        if row is not None:
            return self._record(server, row)
        fact = base.facts.get(fact_id)
        if fact is None:
            raise UnknownFact(fact_id, self._nearest_ids(base, fact_id))
        return FactRecord(server, fact, 0, False, Origin.PACK)

    async def list_facts(self, server: ServerKey, *,
                         include_retired: bool = True) -> list[FactRecord]:
        """The server's own facts (and its edited copies of pack facts), by id."""
        async with self.db.read() as conn:
            rows = await repo.fact_rows(conn, str(server), include_retired=include_retired)
        return [self._record(server, row) for row in rows]

    async def search_facts(self, server: ServerKey, query: str,
                           limit: int = 10) -> list[FactRecord]:
        """Facts the server serves whose id starts with `query`, then those whose text
        matches it best."""
        base = await self.bases.get(server)
        q = query.strip().lower()
        hits = [f for fid, f in sorted(base.facts.items()) if q and fid.startswith(q)]
        for match in base.matcher.match(query, limit=limit):
            if match.fact not in hits:
                hits.append(match.fact)
        hits = hits[:limit]
        async with self.db.read() as conn:
            rows = {f.id: await repo.fact_row(conn, str(server), f.id) for f in hits}
        return [self._record(server, row) if (row := rows[f.id]) is not None
                else FactRecord(server, f, 0, False, Origin.PACK) for f in hits]

    async def history(self, server: ServerKey, fact_id: str) -> list[FactVersion]:
        """Every version of a fact in this server, oldest first (empty for an unchanged pack
        fact)."""
        async with self.db.read() as conn:
            rows = await repo.version_rows(conn, str(server), fact_id)
        if not rows:
            await self.get_fact(server, fact_id)   # UnknownFact for an id that does not exist
        pack = str(server)
        return [FactVersion(
            fact_id=fact_id, version=r.version, action=Action(r.action), actor=actor_of(r),
            at=repo.aware(r.at),
            before=fact_from_data(fact_id, r.before, pack) if r.before else None,
            after=fact_from_data(fact_id, r.after, pack), retired=r.retired,
            restored_from=r.restored_from) for r in rows]

    # -- writes --------------------------------------------------------------------------------

    async def add_fact(self, server: ServerKey, actor: Actor, fields: FactInput, *,
                       action: Action = Action.ADD) -> FactRecord:
        """A new fact, version 1. Its id is `fields.id` or made from the claim."""
        base = await self.bases.get(server)
        async with self.writing(server) as conn:
            record = await self._add(conn, base, server, actor, fields, action)
        self.bases.invalidate(server)
        return record

    async def _add(self, conn: AsyncConnection, base: ServerBase, server: ServerKey,
                   actor: Actor, fields: FactInput, action: Action) -> FactRecord:
        key = str(server)
        fact_id = await self._new_id(conn, base, key, fields)
        fact = fact_fields.build_fact(fields, fact_id=fact_id, pack=key,
                                      default_source=default_source(server))
        await self._check_related(conn, base, key, fact)
        version = await repo.write_fact(
            conn, key, fact_id, expected_version=0, data=fact_to_data(fact),
            retired=False, action=action, actor=actor_tuple(actor), before=None)
        if version is None:
            raise FactExists(fact_id, retired=False)
        return self._record(server, await repo.fact_row(conn, key, fact_id))

    async def edit_fact(self, server: ServerKey, actor: Actor, fact_id: str,
                        changes: Mapping[str, Any], expected_version: int | None = None, *,
                        action: Action = Action.EDIT) -> FactRecord:
        """Change some fields (name → new value) of a fact; a new version.

        Pass the `version` of the FactRecord the moderator saw as `expected_version`: if the
        fact changed since, VersionConflict is raised and nothing is written. None means
        "whatever is current". Editing a pack fact makes the server's own copy of it.
        """
        return await self._change(server, actor, fact_id, expected_version, action,
                                  changes=changes)

    async def retire_fact(self, server: ServerKey, actor: Actor, fact_id: str,
                          expected_version: int | None = None) -> FactRecord:
        """Stop serving a fact at once; it is kept, and `restore_fact` brings it back."""
        return await self._change(server, actor, fact_id, expected_version, Action.RETIRE,
                                  retire=True)

    async def restore_fact(self, server: ServerKey, actor: Actor, fact_id: str,
                           version: int | None = None,
                           expected_version: int | None = None) -> FactRecord:
        """Serve a retired fact again, or (with `version`) bring back that version's fields."""
        return await self._change(server, actor, fact_id, expected_version, Action.RESTORE,
                                  restore=version if version is not None else -1)

    async def follow_pack(self, server: ServerKey, actor: Actor, fact_id: str,
                          expected_version: int | None = None) -> FactRecord:
        """Drop the server's own version of a pack fact (edited or retired): the pack's
        version serves again, and later pack reloads update it. History keeps every version
        and notes the change; editing the fact later makes a new server version again."""
        base = await self.bases.get(server)
        key = str(server)
        pack_fact = self.bases.pack_fact(fact_id)
        async with self.writing(server) as conn:
            row = await repo.fact_row(conn, key, fact_id)
            if row is None:
                if pack_fact is None:
                    raise UnknownFact(fact_id, self._nearest_ids(base, fact_id))
                raise FollowsPack(fact_id)
            if pack_fact is None:
                raise NotAPackFact(fact_id)
            version = int(row.version)
            if expected_version is not None and expected_version != version:
                raise VersionConflict(fact_id, expected_version, version)
            if not await repo.delete_fact(conn, key, fact_id, version):
                raise VersionConflict(fact_id, version, version + 1)
            await repo.add_version(conn, key, fact_id, version=version + 1,
                                   action=Action.FOLLOW_PACK, data=fact_to_data(pack_fact),
                                   before=dict(row.data), actor=actor_tuple(actor))
        self.bases.invalidate(server)
        return FactRecord(server, pack_fact, 0, False, Origin.PACK)

    async def _change(self, server: ServerKey, actor: Actor, fact_id: str,
                      expected_version: int | None, action: Action, *,
                      changes: Mapping[str, Any] | None = None, retire: bool = False,
                      restore: int | None = None) -> FactRecord:
        base = await self.bases.get(server)
        async with self.writing(server) as conn:
            record = await self._change_in(conn, base, server, actor, fact_id, expected_version,
                                           action, changes=changes, retire=retire,
                                           restore=restore)
        self.bases.invalidate(server)
        return record

    async def _change_in(self, conn: AsyncConnection, base: ServerBase, server: ServerKey,
                         actor: Actor, fact_id: str, expected_version: int | None,
                         action: Action, *, changes: Mapping[str, Any] | None = None,
                         retire: bool = False, restore: int | None = None) -> FactRecord:
        key = str(server)
        row = await repo.fact_row(conn, key, fact_id)
        if row is not None:
            current = fact_from_data(fact_id, row.data, key)
            version, retired = int(row.version), bool(row.retired)
        elif fact_id in base.facts and (changes is not None or retire
                                        or (restore is not None and restore > 0)):
            # A pack fact: its first change (or, after following the pack again, bringing
            # back one of the server's old versions) makes the server's own copy.
            current, version, retired = base.facts[fact_id], 0, False
        else:
            raise UnknownFact(fact_id, self._nearest_ids(base, fact_id))
        if expected_version is not None and expected_version != version:
            raise VersionConflict(fact_id, expected_version, version)
        after, restored_from = current, None
        if changes is not None:
            after = fact_fields.apply_changes(current, changes, pack=key)
            await self._check_related(conn, base, key, after)
        elif retire:
            if retired:
                raise AlreadyRetired(fact_id)
            retired = True
        elif restore == -1:
            if not retired:
                raise NotRetired(fact_id)
            retired = False
        elif restore is not None:
            old = await repo.version_row(conn, key, fact_id, restore)
            if old is None:
                raise UnknownVersion(fact_id, restore)
            after = fact_from_data(fact_id, old.after, key)
            retired, restored_from = False, restore
        written = await repo.write_fact(
            conn, key, fact_id, expected_version=version, data=fact_to_data(after),
            retired=retired, action=action, actor=actor_tuple(actor),
            before=fact_to_data(current), restored_from=restored_from)
        if written is None:
            now = await repo.fact_row(conn, key, fact_id)
            raise VersionConflict(fact_id, version, int(now.version) if now else version)
        return self._record(server, await repo.fact_row(conn, key, fact_id))

    # -- helpers -------------------------------------------------------------------------------

    def _record(self, server: ServerKey, row: Any) -> FactRecord:
        return FactRecord(
            server=server, fact=fact_from_data(row.fact_id, row.data, str(server)),
            version=int(row.version), retired=bool(row.retired), origin=Origin.SERVER,
            updated_at=repo.aware(row.updated_at), updated_by=actor_of(row))

    @staticmethod
    def _nearest_ids(base: ServerBase, fact_id: str) -> list[str]:
        return difflib.get_close_matches(fact_id, list(base.facts), n=3, cutoff=0.6)

    async def _new_id(self, conn: AsyncConnection, base: ServerBase, key: str,
                      fields: FactInput) -> str:
        """`fields.id` if it is free (FactExists if not), else a free id made from the claim."""
        async def taken(candidate: str) -> tuple[bool, bool]:
            """(whether the id is in use in this server, whether by a retired fact)"""
            row = await repo.fact_row(conn, key, candidate)
            if row is not None:
                return True, bool(row.retired)
            return candidate in base.facts, False

        if fields.id:
            used, retired = await taken(fields.id)
            if used:
                raise FactExists(fields.id, retired=retired)
            return fields.id
        stem = fact_fields.slug(str(fields.claim))
        candidate, n = stem, 1
        while (await taken(candidate))[0]:
            n += 1
            candidate = f"{stem}-{n}"
        return candidate

    async def _check_related(self, conn: AsyncConnection, base: ServerBase, key: str,
                             fact: Fact) -> None:
        missing = [r for r in fact.related
                   if r != fact.id and r not in base.facts
                   and await repo.fact_row(conn, key, r) is None]
        if missing:
            raise InvalidFact([FieldProblem("related", messages.dangling_related(r))
                               for r in missing], fact.id)


def default_source(server: ServerKey) -> Source:
    """The source of a fact a moderator adds without naming one."""
    return Source(title=messages.moderators_source_title(str(server)))


