"""Tokens at rest, on SQLite and PostgreSQL: the desk's sessions and installed Slack workspaces
keep their tokens encrypted; rows stored before encryption, or under a key since rotated, are
encrypted with the current key at start and by `factbot db seal-tokens`."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import pytest_asyncio
from slack_sdk.oauth.installation_store import Installation
from slack_sdk.oauth.installation_store.sqlalchemy import AsyncSQLAlchemyInstallationStore
from sqlalchemy import text
from store_support import drop_slack_tables

from adapters.slack.install import SealedInstallationStore, WorkspaceTokens, oauth_settings
from bot import messages
from bot.chat.observe import ObservedDesk
from bot.moderation import Moderation
from bot.store.cipher import PREFIX, TokenCipher, new_key
from bot.store.database import Database
from bot.store.sealing import seal_stored_tokens
from bot.web import sessions
from bot.web.config import DeskConfig
from bot.web.service import DeskService
from bot.web.sessions import ServerAccess

pytest_plugins = ["store_fixtures"]

OLD, NEW, GONE = new_key(), new_key(), new_key()
CLIENT = "1111.2222"
BOT = "xoxb-1234567890123-1234567890123-abcdefghijklmnopqrstuvwx"
USER = "xoxp-1234567890123-1234567890123-abcdefghijklmnopqrstuvwx"
# A rotating refresh token: longer than slack_sdk's VARCHAR(200) columns once encrypted.
REFRESH = "xoxe-1-" + "R" * 180
ACCESS = "discord-user-access-token-0123456789"
TOKEN_COLUMNS = {"slack_bots": ("bot_token", "bot_refresh_token"),
                 "slack_installations": ("bot_token", "bot_refresh_token", "user_token")}


async def _without_slack_tables(mod: Moderation) -> Moderation:
    await drop_slack_tables(mod.db)
    return mod


@pytest_asyncio.fixture
async def store(db_url: str) -> AsyncIterator[Moderation]:
    """A migrated store without the Slack app's tables."""
    mod = await _without_slack_tables(
        await Moderation.open(db_url, refresh_s=0.2, pack_poll_s=0.0))
    yield mod
    await mod.close()


def installation(team: str = "T1") -> Installation:
    return Installation(app_id="A1", enterprise_id=None, team_id=team, team_name="Team",
                        bot_token=BOT, bot_id="B1", bot_user_id="UBOT", bot_scopes="chat:write",
                        bot_refresh_token=REFRESH, user_id="UINSTALLER", user_token=USER,
                        installed_at=datetime(2026, 1, 2, tzinfo=UTC).timestamp())


async def stored(db: Database, table: str, column: str) -> list[str]:
    async with db.read() as conn:
        return [r[0] for r in await conn.execute(text(
            f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL"))]


async def new_session(db: Database, cipher: TokenCipher) -> str:
    return await sessions.create_session(
        db, cipher, platform="discord", user_id="5001", display="Ada", team_id="",
        access_token=ACCESS, servers=[ServerAccess("discord:111", "Alpha", True)], hours=1)


@pytest.mark.asyncio
async def test_a_desk_session_keeps_its_access_token_encrypted(store: Moderation) -> None:
    cookie = await new_session(store.db, TokenCipher((OLD,)))
    [kept] = await stored(store.db, "web_sessions", "access_token")
    assert kept.startswith(PREFIX) and ACCESS not in kept
    for cipher in (TokenCipher((OLD,)), TokenCipher((NEW, OLD))):     # rotated: still read
        session = await sessions.load_session(store.db, cipher, cookie)
        assert session is not None and session.access_token == ACCESS
    # The key it was encrypted with is gone: the person signs in again.
    assert await sessions.load_session(store.db, TokenCipher((NEW,)), cookie) is None


@pytest.mark.asyncio
async def test_installed_workspaces_keep_their_tokens_encrypted(store: Moderation,
                                                                db_url: str) -> None:
    cipher = TokenCipher((NEW,))
    oauth = await oauth_settings(store.db, cipher, client_id=CLIENT, client_secret="secret")
    await oauth.installation_store.async_save(installation())
    for table, columns in TOKEN_COLUMNS.items():
        for column in columns:
            [kept] = await stored(store.db, table, column)
            assert kept.startswith(PREFIX), (table, column)
            assert BOT not in kept and USER not in kept and REFRESH not in kept
    bot = await oauth.installation_store.async_find_bot(enterprise_id=None, team_id="T1")
    assert bot is not None and (bot.bot_token, bot.bot_refresh_token) == (BOT, REFRESH)
    found = await oauth.installation_store.async_find_installation(
        enterprise_id=None, team_id="T1", user_id="UINSTALLER")
    assert found is not None and (found.bot_token, found.user_token) == (BOT, USER)
    lookup = WorkspaceTokens(store.db, cipher, client_id=CLIENT)
    assert await lookup("T1") == BOT and await lookup("T9") is None
    # Another app's installations are not this one's.
    assert await WorkspaceTokens(store.db, cipher, client_id="other")("T1") is None


@pytest.mark.asyncio
async def test_the_desk_reads_no_token_before_any_workspace_installed(
        store: Moderation) -> None:
    assert await WorkspaceTokens(store.db, TokenCipher((NEW,)), client_id=CLIENT)("T1") is None


@pytest.mark.asyncio
async def test_plain_rows_from_before_are_encrypted_when_the_app_starts(store: Moderation,
                                                                        db_url: str) -> None:
    # What an earlier factbot left: slack_sdk's own tables and store, tokens in plain text.
    plain = AsyncSQLAlchemyInstallationStore(client_id=CLIENT, engine=store.db.engine)
    await plain.create_tables()
    short = installation()
    short.bot_refresh_token = None   # fits the old VARCHAR(200) in plain text
    await plain.async_save(short)
    async with store.db.write() as conn:
        await conn.execute(text("UPDATE slack_bots SET bot_refresh_token = NULL"))
    cookie = await new_session(store.db, TokenCipher((NEW,)))
    async with store.db.write() as conn:
        await conn.execute(text("UPDATE web_sessions SET access_token = :t"), {"t": ACCESS})

    cipher = TokenCipher((NEW,))
    oauth = await oauth_settings(store.db, cipher, client_id=CLIENT, client_secret="secret")
    assert all(v.startswith(PREFIX) for v in await stored(store.db, "slack_bots", "bot_token"))
    for column in ("bot_token", "user_token"):
        [kept] = await stored(store.db, "slack_installations", column)
        assert kept.startswith(PREFIX) and BOT not in kept and USER not in kept
    # Only the Slack app started: the desk's sessions too, as `seal-tokens` would.
    [kept] = await stored(store.db, "web_sessions", "access_token")
    assert kept.startswith(PREFIX)
    session = await sessions.load_session(store.db, cipher, cookie)
    assert session is not None and session.access_token == ACCESS
    bot = await oauth.installation_store.async_find_bot(enterprise_id=None, team_id="T1")
    assert bot is not None and bot.bot_token == BOT
    if db_url.startswith("postgresql"):
        async with store.db.read() as conn:
            types = {tuple(r) for r in await conn.execute(text(
                "SELECT table_name, column_name, data_type FROM information_schema.columns "
                "WHERE table_name IN ('slack_bots', 'slack_installations') "
                "AND column_name LIKE '%token'"))}
        assert {t for _, _, t in types} == {"text"}, types
    # Now wide enough for a rotating token, encrypted.
    await oauth.installation_store.async_save(installation("T2"))
    bot = await oauth.installation_store.async_find_bot(enterprise_id=None, team_id="T2")
    assert bot is not None and bot.bot_refresh_token == REFRESH
    done = await seal_stored_tokens(store.db, cipher)   # a second start changes nothing
    assert not any(done.sealed.values()) and not any(done.unreadable.values())


def seal_tokens(db_url: str, tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("FACTBOT_")}
    return subprocess.run([sys.executable, "-m", "bot.cli.main", "db", "seal-tokens",
                           "--db", db_url], env={**clean, "FACTBOT_DATA_DIR": str(tmp_path),
                                                 **env},
                          cwd=tmp_path, capture_output=True, text=True, timeout=120,
                          check=False)


async def _sealed_under(db_url: str, key: str, *, teams: tuple[str, ...],
                        first: bool = False) -> list[str]:
    """Sessions and installations stored with `key`; the sessions' cookies."""
    mod = await Moderation.open(db_url, refresh_s=0.2, pack_poll_s=0.0)
    if first:
        await _without_slack_tables(mod)
    try:
        cipher = TokenCipher((key,))
        oauth = await oauth_settings(mod.db, cipher, client_id=CLIENT, client_secret="s")
        for team in teams:
            await oauth.installation_store.async_save(installation(team))
        return [await new_session(mod.db, cipher)]
    finally:
        await mod.close()


async def _read_with(db_url: str, keys: tuple[str, ...], cookies: list[str],
                     teams: tuple[str, ...]) -> list[str | None]:
    mod = await Moderation.open(db_url, refresh_s=0.2, pack_poll_s=0.0, migrate=False)
    try:
        cipher = TokenCipher(keys)
        store = SealedInstallationStore(cipher, client_id=CLIENT, engine=mod.db.engine)
        found: list[str | None] = []
        for cookie in cookies:
            session = await sessions.load_session(mod.db, cipher, cookie)
            found.append(session.access_token if session else None)
        for team in teams:
            bot = await store.async_find_bot(enterprise_id=None, team_id=team)
            found.append(bot.bot_token if bot else None)
        return found
    finally:
        await mod.close()


def test_rotating_the_key_with_factbot_db_seal_tokens(db_url: str, tmp_path: Path) -> None:
    cookies = asyncio.run(_sealed_under(db_url, OLD, teams=("T1",), first=True))
    cookies += asyncio.run(_sealed_under(db_url, GONE, teams=()))   # a key nobody holds now

    refused = seal_tokens(db_url, tmp_path)
    assert refused.returncode == 1
    assert "FACTBOT_SECRET_KEY is not set" in refused.stderr

    done = seal_tokens(db_url, tmp_path, FACTBOT_SECRET_KEY=NEW,
                       FACTBOT_SECRET_KEY_FALLBACKS=OLD)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == messages.tokens_sealed(
        {"web_sessions": 1, "slack_bots": 2, "slack_installations": 3},
        {"web_sessions": 1, "slack_bots": 0, "slack_installations": 0})
    # The old key can go: everything it encrypted reads with the new key alone.
    assert asyncio.run(_read_with(db_url, (NEW,), cookies, ("T1",))) == [ACCESS, None, BOT]
    again = seal_tokens(db_url, tmp_path, FACTBOT_SECRET_KEY=NEW)
    assert again.returncode == 0, again.stderr
    assert messages.tokens_sealed({}, {}).splitlines()[0] in again.stdout


@pytest.mark.asyncio
async def test_the_desk_encrypts_tokens_stored_before_when_it_starts(store: Moderation) -> None:
    cipher = TokenCipher((NEW,))
    cookie = await new_session(store.db, cipher)
    async with store.db.write() as conn:
        await conn.execute(text("UPDATE web_sessions SET access_token = :t"), {"t": ACCESS})
    config = DeskConfig(public_url="http://127.0.0.1", providers=(), cipher=cipher)
    service = DeskService(ObservedDesk(store), store.db, config, host="127.0.0.1", port=0)
    stop = asyncio.Event()
    serving = asyncio.create_task(service.serve(stop))
    try:
        for _ in range(200):
            if service.ready():
                break
            await asyncio.sleep(0.02)
        assert service.ready()
        [kept] = await stored(store.db, "web_sessions", "access_token")
        assert kept.startswith(PREFIX) and ACCESS not in kept
        session = await sessions.load_session(store.db, cipher, cookie)
        assert session is not None and session.access_token == ACCESS
    finally:
        stop.set()
        await serving
