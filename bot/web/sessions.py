"""Desk sessions and sign-in attempts, kept in the store so several desk instances behind a
balancer share them. The cookie holds a random token; the database only its SHA-256, and the
platform's access token encrypted with the secret key (`bot.store.cipher`)."""

from __future__ import annotations

import hashlib
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, delete, func, select, update

from bot.store.cipher import TokenCipher, TokenUnreadable
from bot.store.database import Database
from bot.store.repo import aware
from bot.store.schema import WebSessionRow, WebSignInRow, table, utcnow

log = logging.getLogger("factbot.web")
sessions = table(WebSessionRow)
signins = table(WebSignInRow)
STATE_MINUTES = 10


@dataclass(frozen=True, slots=True)
class ServerAccess:
    """What the platform says about a person in one server: its name, whether they administer
    it (Manage Server; workspace admin or owner), and their roles or user groups there."""

    key: str
    name: str
    admin: bool
    roles: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "name": self.name, "admin": self.admin,
                "roles": list(self.roles)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ServerAccess:
        return cls(str(data["key"]), str(data.get("name", "")), bool(data.get("admin")),
                   tuple(str(r) for r in data.get("roles", ())))


@dataclass(frozen=True, slots=True)
class DeskSession:
    token_hash: str
    platform: str
    user_id: str
    display: str
    team_id: str
    access_token: str
    csrf: str
    servers: tuple[ServerAccess, ...]
    checked_at: datetime
    expires_at: datetime


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _session(row: Any, access_token: str) -> DeskSession:
    return DeskSession(row.token_hash, row.platform, row.user_id, row.display, row.team_id,
                       access_token, row.csrf,
                       tuple(ServerAccess.from_json(s) for s in row.servers or ()),
                       aware(row.checked_at), aware(row.expires_at))


async def create_session(db: Database, cipher: TokenCipher, *, platform: str, user_id: str,
                         display: str, team_id: str, access_token: str,
                         servers: list[ServerAccess], hours: int) -> str:
    """A new session; returns the token for the cookie (only its hash is stored)."""
    token = secrets.token_urlsafe(32)
    now = utcnow()
    async with db.write() as conn:
        await conn.execute(delete(sessions).where(sessions.c.expires_at < now))
        await conn.execute(sessions.insert().values(
            token_hash=hash_token(token), platform=platform, user_id=user_id[:200],
            display=display[:200], team_id=team_id[:200], access_token=cipher.seal(access_token),
            csrf=secrets.token_urlsafe(24), servers=[s.to_json() for s in servers],
            checked_at=now, created_at=now, expires_at=now + timedelta(hours=hours)))
    return token


async def load_session(db: Database, cipher: TokenCipher, token: str) -> DeskSession | None:
    """The session of a cookie's token; None when unknown, expired, or its access token was
    encrypted with a key no longer held (the person signs in again)."""
    async with db.read() as conn:
        row = (await conn.execute(select(sessions).where(
            sessions.c.token_hash == hash_token(token)))).first()
    if row is None or aware(row.expires_at) <= utcnow():
        return None
    try:
        return _session(row, cipher.open(row.access_token))
    except TokenUnreadable:
        log.warning("desk session refused: its access token was encrypted with a key no "
                    "longer held", extra={"platform": row.platform, "user": row.user_id})
        return None


async def save_servers(db: Database, token_hash: str, servers: list[ServerAccess]) -> None:
    async with db.write() as conn:
        await conn.execute(update(sessions).where(sessions.c.token_hash == token_hash).values(
            servers=[s.to_json() for s in servers], checked_at=utcnow()))


async def end_session(db: Database, token_hash: str) -> None:
    async with db.write() as conn:
        await conn.execute(delete(sessions).where(sessions.c.token_hash == token_hash))


async def start_signin(db: Database, platform: str, address: str, *, limit: int,
                       window_minutes: int) -> str | None:
    """Record a sign-in attempt and return its OAuth state; None when `address` started
    `limit` attempts within the last `window_minutes` already."""
    now = utcnow()
    since = now - timedelta(minutes=window_minutes)
    async with db.write() as conn:
        await conn.execute(delete(signins).where(
            signins.c.at < now - timedelta(minutes=max(window_minutes, STATE_MINUTES))))
        count = (await conn.execute(select(func.count()).select_from(signins).where(
            and_(signins.c.address == address[:200], signins.c.at >= since)))).scalar_one()
        if int(count) >= limit:
            return None
        state = secrets.token_urlsafe(24)
        await conn.execute(signins.insert().values(state=state, platform=platform,
                                                   address=address[:200], at=now, used=False))
    return state


async def take_state(db: Database, state: str, platform: str) -> bool:
    """Use a sign-in's state once: True only the first time, for its platform, while fresh."""
    fresh = utcnow() - timedelta(minutes=STATE_MINUTES)
    async with db.write() as conn:
        result = await conn.execute(update(signins).where(and_(
            signins.c.state == state[:64], signins.c.platform == platform,
            signins.c.used.is_(False), signins.c.at >= fresh)).values(used=True))
    return bool(result.rowcount == 1)
