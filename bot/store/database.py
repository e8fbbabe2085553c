"""Connect to the store (SQLite file by default, PostgreSQL by URL) and migrate it.

`FACTBOT_DATABASE_URL` names the database; without it the store is the SQLite file
`factbot.db` under `FACTBOT_DATA_DIR` (default `./data`). `postgresql://` and `sqlite:///`
URLs get their async drivers (asyncpg, aiosqlite) added.

Readers never wait for writers. SQLite runs in WAL mode, where a read sees the last commit
while a write goes on; its reads come from connections of their own that cannot write
(`query_only`), so no read takes the write lock or queues for a writer's connection. On
PostgreSQL reads do not lock. A writer waits at most `busy_s` seconds (30 by default) for
another writer's lock, then gets StoreBusy, a sentence saying so, never the driver's
"database is locked".
"""

from __future__ import annotations

import asyncio
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
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncTransaction,
    create_async_engine,
)

from bot import messages
from bot.errors import ModerationError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
DB_FILE = "factbot.db"
BUSY_S = 30.0
# A writer asks SQLite for the lock again and again, each time waiting at most this long in
# SQLite's own busy handler (which polls every few milliseconds at first, then only every
# 100 ms): so it notices within milliseconds when another process's writer lets go between
# two chunks of an import, rather than 100 ms later, when that writer may have it again.
SQLITE_WRITER_BUSY_MS = 50
# What the drivers say when a lock was not granted in time: SQLite's busy errors, and
# PostgreSQL's lock_not_available (lock_timeout).
SQLITE_BUSY = ("database is locked", "database is busy", "database table is locked")
PG_LOCK_NOT_AVAILABLE = "55P03"
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


def _sqlite_pragmas(busy_ms: int, *, writer: bool) -> Any:
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy issue BEGIN itself (see _sqlite_begin), not the driver's implicit one.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={busy_ms}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        if writer:
            # Database.write waits for the lock itself, asking again after each short wait.
            cursor.execute(f"PRAGMA busy_timeout={min(busy_ms, SQLITE_WRITER_BUSY_MS)}")
        else:
            cursor.execute("PRAGMA query_only=ON")
        cursor.close()
    return on_connect


def _sqlite_begin(conn: Connection) -> None:
    # A write transaction takes the write lock up front, so two writers queue on the busy
    # timeout instead of one failing when it upgrades a read lock. A read begins deferred:
    # in WAL mode it takes no lock a writer holds.
    immediate = conn.get_execution_options().get("factbot_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class StoreBusy(ModerationError, SQLAlchemyError):
    """Another writer held the database past the wait: nothing was written; try again. A
    ModerationError, so that every command and adapter shows its sentence."""

    def __init__(self, seconds: float) -> None:
        super().__init__(messages.db_busy(seconds))


def is_busy(exc: BaseException) -> bool:
    """Whether a driver error is a lock not granted in time (SQLite busy, PostgreSQL
    lock_timeout)."""
    if not isinstance(exc, DBAPIError):
        return False
    orig = exc.orig
    if getattr(orig, "sqlstate", None) == PG_LOCK_NOT_AVAILABLE:
        return True
    return any(phrase in str(orig).lower() for phrase in SQLITE_BUSY)


class Database:
    """Engines with read and write transactions; one per process and database."""

    def __init__(self, url: str, *, busy_s: float = BUSY_S) -> None:
        self.url = url
        self.busy_s = busy_s
        parsed: URL = make_url(url)
        self.dialect = parsed.get_backend_name()
        busy_ms = int(busy_s * 1000)
        if self.dialect == "sqlite":
            database = parsed.database or ""
            if database and database != ":memory:":
                Path(database).parent.mkdir(parents=True, exist_ok=True)
            connect = {"timeout": busy_s}
            self.engine: AsyncEngine = create_async_engine(url, connect_args=connect)
            self.reader: AsyncEngine = create_async_engine(url, connect_args=connect)
            for engine, writer in ((self.engine, True), (self.reader, False)):
                event.listen(engine.sync_engine, "connect",
                             _sqlite_pragmas(busy_ms, writer=writer))
                event.listen(engine.sync_engine, "begin", _sqlite_begin)
        else:
            settings = {"lock_timeout": str(busy_ms)}
            self.engine = create_async_engine(url, pool_pre_ping=True,
                                              connect_args={"server_settings": settings})
            self.reader = self.engine
        # SQLite has one writer at a time. Writers of this process take turns here, first come
        # first served, rather than all polling the file lock, where one that writes again at
        # once (an import's next chunk) can keep the others out.
        self._turn = asyncio.Lock() if self.dialect == "sqlite" else None

    @asynccontextmanager
    async def read(self) -> AsyncIterator[AsyncConnection]:
        """A transaction that only reads: it sees the last commit and waits for no writer."""
        try:
            async with self.reader.connect() as conn, conn.begin():
                yield conn
        except DBAPIError as exc:
            if is_busy(exc):
                raise StoreBusy(self.busy_s) from exc
            raise

    @asynccontextmanager
    async def write(self) -> AsyncIterator[AsyncConnection]:
        """A transaction that commits when the block ends and rolls back on any error;
        StoreBusy if another writer keeps the lock past the wait."""
        async with self._my_turn():
            try:
                async with self.engine.connect() as conn:
                    await conn.execution_options(factbot_write=True)
                    transaction = await self._begin_write(conn)
                    try:
                        yield conn
                    except BaseException:
                        await transaction.rollback()
                        raise
                    await transaction.commit()
            except DBAPIError as exc:
                if is_busy(exc):
                    raise StoreBusy(self.busy_s) from exc
                raise

    async def _begin_write(self, conn: AsyncConnection) -> AsyncTransaction:
        """Begin a write transaction; on SQLite ask for the lock until `busy_s` have passed."""
        if self.dialect != "sqlite":
            return await conn.begin()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.busy_s
        while True:
            try:
                return await conn.begin()
            except OperationalError as exc:
                if not is_busy(exc) or loop.time() >= deadline:
                    raise
            await asyncio.sleep(0)

    @asynccontextmanager
    async def _my_turn(self) -> AsyncIterator[None]:
        if self._turn is None:
            yield
            return
        try:
            async with asyncio.timeout(self.busy_s):
                await self._turn.acquire()
        except TimeoutError:
            raise StoreBusy(self.busy_s) from None
        try:
            yield
        finally:
            self._turn.release()

    async def upgrade(self, target: str = "head") -> list[str]:
        """Bring the schema to `target` (the newest revision); returns the revisions applied.

        A schema already at the newest revision is only read: starting a command or an
        instance takes no write lock.
        """
        current = await self.revision()
        if current is not None and not _known_revision(current):
            raise SchemaTooNew(current)
        if target == "head" and current is not None and current == head_revision():
            return []
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
        if self.reader is not self.engine:
            await self.reader.dispose()


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
