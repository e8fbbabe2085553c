"""Reads and writes of servers and facts; each function runs inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Row, and_, delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.store.schema import (
    PLATFORM,
    USER,
    FactRow,
    FactVersionRow,
    ServerRow,
    table,
    utcnow,
)

servers = table(ServerRow)
facts = table(FactRow)
versions = table(FactVersionRow)


def aware(value: datetime) -> datetime:
    """Timestamps come back naive from SQLite; they are all UTC."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def upsert(conn: AsyncConnection, table: Any) -> Any:
    """An INSERT into `table` that takes ON CONFLICT clauses, in the connection's dialect."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    return dialect.insert(table)


def insert_ignoring_duplicates(conn: AsyncConnection, table: Any, values: dict[str, Any],
                               keys: Sequence[str]) -> Any:
    return upsert(conn, table).values(**values).on_conflict_do_nothing(index_elements=keys)


async def ensure_server(conn: AsyncConnection, server: str) -> None:
    await conn.execute(insert_ignoring_duplicates(
        conn, servers,
        {"key": server, "settings": {}, "revision": 0, "updated_at": utcnow(), "updated_by": ""},
        ["key"]))


async def lock_server(conn: AsyncConnection, server: str) -> None:
    """Make the transaction the server's only writer of facts until it ends.

    SQLite has one writer at a time already (write transactions BEGIN IMMEDIATE); PostgreSQL
    locks the server's row. A fact read after this is the current one, so an edit made
    without an expected version applies to what it read instead of failing on a version
    another writer made in between.
    """
    await ensure_server(conn, server)
    await conn.execute(select(servers.c.key).where(servers.c.key == server).with_for_update())


async def ensure_servers(conn: AsyncConnection, keys: Sequence[str]) -> None:
    """`ensure_server` for many servers in one statement."""
    if not keys:
        return
    now = utcnow()
    await conn.execute(
        upsert(conn, servers).on_conflict_do_nothing(index_elements=["key"]),
        [{"key": key, "settings": {}, "revision": 0, "updated_at": now, "updated_by": ""}
         for key in sorted(set(keys))])


async def bump_revision(conn: AsyncConnection, server: str) -> int:
    """Mark the server's fact base changed; returns the new revision."""
    await ensure_server(conn, server)
    result = await conn.execute(
        update(servers).where(servers.c.key == server)
        .values(revision=servers.c.revision + 1).returning(servers.c.revision))
    return int(result.scalar_one())


async def server_state(conn: AsyncConnection, server: str) -> tuple[int, dict[str, Any]]:
    """(revision, stored settings) of a server; (0, {}) for one never written to."""
    row = (await conn.execute(select(servers.c.revision, servers.c.settings)
                              .where(servers.c.key == server))).first()
    if row is None:
        return 0, {}
    return int(row.revision), dict(row.settings or {})


async def server_revision(conn: AsyncConnection, server: str) -> int:
    value = (await conn.execute(select(servers.c.revision).where(servers.c.key == server))
             ).scalar_one_or_none()
    return int(value or 0)


async def save_settings(conn: AsyncConnection, server: str, settings: dict[str, Any],
                        by: str) -> None:
    await bump_revision(conn, server)
    await conn.execute(update(servers).where(servers.c.key == server)
                       .values(settings=settings, updated_at=utcnow(), updated_by=by))


async def fact_row(conn: AsyncConnection, server: str, fact_id: str) -> Row[Any] | None:
    if "\x00" in fact_id:   # never an id; PostgreSQL refuses NUL in a query's text
        return None
    return (await conn.execute(select(facts).where(
        and_(facts.c.server == server, facts.c.fact_id == fact_id)))).first()


async def fact_rows(conn: AsyncConnection, server: str, *,
                    include_retired: bool = True) -> list[Row[Any]]:
    query = select(facts).where(facts.c.server == server)
    if not include_retired:
        query = query.where(facts.c.retired.is_(False))
    return list((await conn.execute(query.order_by(facts.c.fact_id))).all())


def actor_columns(actor: tuple[str, str, str]) -> dict[str, str]:
    """(platform, user id, display name), cut to the column sizes (PostgreSQL enforces them)."""
    return {"actor_platform": actor[0][:PLATFORM], "actor_user": actor[1][:USER],
            "actor_display": actor[2][:USER]}


async def write_fact(conn: AsyncConnection, server: str, fact_id: str, *,
                     expected_version: int, data: dict[str, Any], retired: bool, action: str,
                     actor: tuple[str, str, str], before: dict[str, Any] | None,
                     restored_from: int | None = None, bump: bool = True) -> int | None:
    """Write version `expected_version + 1` of a fact; None if it is no longer the newest.

    `expected_version` 0 creates the fact. The compare-and-set on `version` is what detects
    a concurrent edit: of two writers that read the same version, only one can succeed.
    `bump=False` leaves the server's revision to the caller (who bumps it once for many
    facts written in one transaction).
    """
    now = utcnow()
    new_version = expected_version + 1
    if expected_version == 0:
        # A pack fact the server followed again keeps its history: number on from it.
        new_version = await last_version(conn, server, fact_id) + 1
    columns = {"version": new_version, "retired": retired, "data": data, "updated_at": now,
               **actor_columns(actor)}
    if bump:
        await bump_revision(conn, server)
    if expected_version == 0:
        result = await conn.execute(insert_ignoring_duplicates(
            conn, facts, {"server": server, "fact_id": fact_id, **columns},
            ["server", "fact_id"]))
    else:
        result = await conn.execute(
            update(facts).where(and_(facts.c.server == server, facts.c.fact_id == fact_id,
                                     facts.c.version == expected_version)).values(**columns))
    if result.rowcount != 1:
        return None
    await conn.execute(versions.insert().values(
        server=server, fact_id=fact_id, version=new_version, action=action, retired=retired,
        before=before, after=data, restored_from=restored_from, at=now,
        **actor_columns(actor)))
    return new_version


async def last_version(conn: AsyncConnection, server: str, fact_id: str) -> int:
    value = (await conn.execute(select(func.max(versions.c.version)).where(and_(
        versions.c.server == server, versions.c.fact_id == fact_id)))).scalar_one_or_none()
    return int(value or 0)


async def delete_fact(conn: AsyncConnection, server: str, fact_id: str, version: int) -> bool:
    """Drop the server's own version of a fact if it is still at `version`; history stays."""
    await bump_revision(conn, server)
    result = await conn.execute(delete(facts).where(and_(
        facts.c.server == server, facts.c.fact_id == fact_id, facts.c.version == version)))
    return bool(result.rowcount == 1)


async def add_version(conn: AsyncConnection, server: str, fact_id: str, *, version: int,
                      action: str, data: dict[str, Any], before: dict[str, Any] | None,
                      actor: tuple[str, str, str]) -> None:
    """A history entry for a change that leaves no row of its own (following the pack)."""
    await conn.execute(versions.insert().values(
        server=server, fact_id=fact_id, version=version, action=action, retired=False,
        before=before, after=data, restored_from=None, at=utcnow(), **actor_columns(actor)))


async def version_rows(conn: AsyncConnection, server: str, fact_id: str) -> list[Row[Any]]:
    if "\x00" in fact_id:
        return []
    return list((await conn.execute(
        select(versions).where(and_(versions.c.server == server, versions.c.fact_id == fact_id))
        .order_by(versions.c.version))).all())


async def version_row(conn: AsyncConnection, server: str, fact_id: str,
                      version: int) -> Row[Any] | None:
    return (await conn.execute(select(versions).where(and_(
        versions.c.server == server, versions.c.fact_id == fact_id,
        versions.c.version == version)))).first()


async def first_version_dates(conn: AsyncConnection, server: str) -> dict[str, datetime]:
    """When each of the server's facts was first written (its first version)."""
    rows = (await conn.execute(select(versions.c.fact_id, func.min(versions.c.at))
                               .where(versions.c.server == server)
                               .group_by(versions.c.fact_id))).all()
    return {fact_id: aware(at) for fact_id, at in rows}


async def fact_count(conn: AsyncConnection, server: str) -> int:
    return int((await conn.execute(select(func.count()).select_from(facts)
                                   .where(facts.c.server == server))).scalar_one())
