"""Connect to the store (SQLite file by default, PostgreSQL by URL) and migrate it.

`FACTBOT_DATABASE_URL` names the database; without it the store is the SQLite file
`factbot.db` under `FACTBOT_DATA_DIR` (default `./data`). `postgresql://` and `sqlite:///`
URLs get their async drivers (asyncpg, aiosqlite) added.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, event, make_url, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine

from bot import messages

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
DB_FILE = "factbot.db"
SQLITE_BUSY_MS = 30_000
# Any constant works; it only has to be the same for every instance migrating one database.
MIGRATION_LOCK = 0x66616374


def data_dir(explicit: Path | None = None) -> Path:
    return explicit or Path(os.environ.get("FACTBOT_DATA_DIR") or "data")


def database_url(url: str | None = None, *, data_dir_path: Path | None = None) -> str:
    """The async SQLAlchemy URL to use: `url`, $FACTBOT_DATABASE_URL, or SQLite in the data dir."""
    chosen = url or os.environ.get("FACTBOT_DATABASE_URL")
    if not chosen:
        path = data_dir(data_dir_path) / DB_FILE
        return f"sqlite+aiosqlite:///{path.resolve()}"
    parsed = make_url(chosen)
    if parsed.drivername in ("postgresql", "postgres", "postgresql+psycopg2"):
        parsed = parsed.set(drivername="postgresql+asyncpg")
    elif parsed.drivername in ("sqlite", "sqlite+pysqlite"):
        parsed = parsed.set(drivername="sqlite+aiosqlite")
    return parsed.render_as_string(hide_password=False)


# The drivers whose own exceptions (a refused connection, no such database) can come through
# without SQLAlchemy's wrapping.
DRIVER_MODULES = ("asyncpg", "aiosqlite", "sqlite3")


def is_database_error(exc: BaseException) -> bool:
    """Whether `exc` is the database failing (unreachable, gone, refusing), not a bug."""
    return (isinstance(exc, SQLAlchemyError | OSError)
            or type(exc).__module__.split(".")[0] in DRIVER_MODULES)


def display_url(url: str) -> str:
    """The URL without its password, for messages and logs."""
    return make_url(url).render_as_string(hide_password=True)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy issue BEGIN itself (see _sqlite_begin) instead of the driver's implicit one.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    # A write transaction takes the write lock up front, so two writers queue on the busy
    # timeout instead of one failing when it upgrades a read lock.
    immediate = conn.get_execution_options().get("factbot_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Database:
    """An engine with read and write transactions; one per process and database."""

    def __init__(self, url: str) -> None:
        self.url = url
        parsed: URL = make_url(url)
        self.dialect = parsed.get_backend_name()
        kwargs: dict[str, Any] = {}
        if self.dialect == "sqlite":
            database = parsed.database or ""
            if database and database != ":memory:":
                Path(database).parent.mkdir(parents=True, exist_ok=True)
            kwargs["connect_args"] = {"timeout": SQLITE_BUSY_MS / 1000}
        else:
            kwargs["pool_pre_ping"] = True
        self.engine: AsyncEngine = create_async_engine(url, **kwargs)
        if self.dialect == "sqlite":
            event.listen(self.engine.sync_engine, "connect", _sqlite_pragmas)
            event.listen(self.engine.sync_engine, "begin", _sqlite_begin)

    @asynccontextmanager
    async def read(self) -> AsyncIterator[AsyncConnection]:
        async with self.engine.connect() as conn, conn.begin():
            yield conn

    @asynccontextmanager
    async def write(self) -> AsyncIterator[AsyncConnection]:
        """A transaction that commits when the block ends and rolls back on any error."""
        async with self.engine.connect() as conn:
            await conn.execution_options(factbot_write=True)
            async with conn.begin():
                yield conn

    async def upgrade(self, target: str = "head") -> list[str]:
        """Bring the schema to `target` (the newest revision); returns the revisions applied."""
        async with self.write() as conn:
            if self.dialect == "postgresql":
                await conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK})
            before = await conn.run_sync(_current_revision)
            if before is not None and not _known_revision(before):
                raise SchemaTooNew(before)
            await conn.run_sync(_run_upgrade, target)
            after = await conn.run_sync(_current_revision)
        return _applied(before, after)

    async def revision(self) -> str | None:
        async with self.read() as conn:
            return await conn.run_sync(_current_revision)

    async def close(self) -> None:
        await self.engine.dispose()


class SchemaTooNew(SQLAlchemyError):
    """The database was migrated by a newer factbot: this one does not know its schema."""

    def __init__(self, revision: str) -> None:
        super().__init__(messages.db_schema_too_new(revision))


def _known_revision(revision: str) -> bool:
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def _current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def _run_upgrade(conn: Connection, target: str) -> None:
    config = alembic_config()
    config.attributes["connection"] = conn
    command.upgrade(config, target)


def _applied(before: str | None, after: str | None) -> list[str]:
    if before == after:
        return []
    script = ScriptDirectory.from_config(alembic_config())
    revs = [r.revision for r in script.iterate_revisions(after, before)]
    return list(reversed(revs))
