"""Every stored token encrypted with the current secret key: tokens stored before encryption
and tokens encrypted with a key since rotated are encrypted again (`factbot db seal-tokens`,
and the desk and the Slack app at start).

The tokens are the desk's sign-in tokens (web_sessions) and the OAuth tokens of installed
Slack workspaces (slack_sdk's slack_bots and slack_installations tables, which exist once the
Slack app has run with OAuth). Several instances may do this at once: each row is changed only
if it still holds the value read.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Column, String, Text, and_, column, inspect, select, table, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.store.cipher import TokenCipher, TokenUnreadable
from bot.store.database import Database

# table -> (its key column, its token columns)
SEALED: dict[str, tuple[str, tuple[str, ...]]] = {
    "web_sessions": ("token_hash", ("access_token",)),
    "slack_bots": ("id", ("bot_token", "bot_refresh_token")),
    "slack_installations": ("id", ("bot_token", "bot_refresh_token", "user_token",
                                   "user_refresh_token")),
}
# slack_sdk makes its token columns VARCHAR(200): too short for an encrypted token.
WIDENED = ("slack_bots", "slack_installations")
CHUNK = 200   # rows per write transaction, so that other writers are not held back long


@dataclass(frozen=True, slots=True)
class Sealed:
    """Per table: how many tokens were encrypted with the current key now, and how many are
    encrypted with a key no longer held (they stay as they are)."""

    sealed: dict[str, int] = field(default_factory=dict)
    unreadable: dict[str, int] = field(default_factory=dict)


def token_column(name: str) -> Column[str]:
    """A token column wide enough for the token encrypted."""
    return Column(name, Text())


async def _existing(conn: AsyncConnection) -> dict[str, set[str]]:
    def read(sync_conn: Connection) -> dict[str, set[str]]:
        found = inspect(sync_conn)
        return {name: {c["name"] for c in found.get_columns(name)}
                for name in SEALED if found.has_table(name)}
    return await conn.run_sync(read)


async def widen_token_columns(conn: AsyncConnection) -> None:
    """On PostgreSQL, make slack_sdk's token columns TEXT (SQLite does not limit lengths)."""
    if conn.dialect.name != "postgresql":
        return
    tables = await _existing(conn)
    for name in WIDENED:
        for col in SEALED[name][1]:
            if col not in tables.get(name, set()):
                continue
            length = (await conn.execute(text(
                "SELECT character_maximum_length FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND table_name = :t AND column_name = :c"),
                {"t": name, "c": col})).scalar()
            if length is not None:
                await conn.execute(text(f'ALTER TABLE "{name}" ALTER COLUMN "{col}" TYPE TEXT'))


async def seal_stored_tokens(db: Database, cipher: TokenCipher) -> Sealed:
    """Encrypt with the current key every stored token that is not yet."""
    async with db.write() as conn:
        await widen_token_columns(conn)
        tables = await _existing(conn)
    done = Sealed()
    for name, present in tables.items():
        key, tokens = SEALED[name]
        done.sealed[name] = done.unreadable[name] = 0
        for col in (c for c in tokens if c in present):
            sealed, unreadable = await _seal_column(db, cipher, name, key, col)
            done.sealed[name] += sealed
            done.unreadable[name] += unreadable
    return done


async def _seal_column(db: Database, cipher: TokenCipher, name: str, key: str,
                       col: str) -> tuple[int, int]:
    t = table(name, column(key), column(col, String()))
    async with db.read() as conn:
        rows = (await conn.execute(select(t.c[key], t.c[col]).where(
            t.c[col].is_not(None)))).all()
    todo, unreadable = [], 0
    for row_key, stored in rows:
        try:
            sealed = cipher.reseal(stored) if stored else None
        except TokenUnreadable:
            unreadable += 1
            continue
        if sealed is not None:
            todo.append((row_key, stored, sealed))
    changed = 0
    for start in range(0, len(todo), CHUNK):
        async with db.write() as conn:
            for row_key, stored, sealed in todo[start:start + CHUNK]:
                result = await conn.execute(update(t).where(and_(
                    t.c[key] == row_key, t.c[col] == stored)).values({col: sealed}))
                changed += result.rowcount
    return changed, unreadable
