"""Answering while the store is down: last known settings, checks from the bundled packs.

The store (SQLite or PostgreSQL) holds each server's settings and own facts. When it cannot be
reached, members still get answers: settings are the last ones read (the defaults for a server
not seen yet) and claims are checked against the bundled packs alone. The outage is logged once
when it starts and once when it ends, not for every message; while it lasts the store is tried
again every `retry_s` seconds, not for every message.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Protocol

from sqlalchemy.exc import SQLAlchemyError

from bot.chat.settings import ServerSettings
from bot.core.models import Claim, Reply
from bot.moderation.types import ServerKey

log = logging.getLogger("adapters.discord")


def _store_errors() -> tuple[type[BaseException], ...]:
    errors: list[type[BaseException]] = [SQLAlchemyError, OSError, TimeoutError]
    try:  # PostgreSQL refusing a connection surfaces as asyncpg's own errors
        import asyncpg  # type: ignore[import-untyped]
    except ImportError:
        pass
    else:
        errors += [asyncpg.PostgresError, asyncpg.InterfaceError]
    return tuple(errors)


STORE_ERRORS = _store_errors()
RETRY_S = 10.0


class Checks(Protocol):
    """What answering a member needs: their server's settings and a check."""

    async def check(self, claim: Claim, *, top: int = 5) -> Reply: ...

    async def settings(self, server: ServerKey) -> ServerSettings: ...


class Steady:
    """`Checks` that keep answering through a store outage (see the module docstring)."""

    def __init__(self, desk: Checks, *, retry_s: float = RETRY_S,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.desk = desk
        self.retry_s = retry_s
        self.clock = clock
        self.down_since: float | None = None
        self._next_try = 0.0
        self._settings: dict[ServerKey, ServerSettings] = {}

    @property
    def down(self) -> bool:
        return self.down_since is not None

    def failed(self, what: str, error: BaseException) -> None:
        """The store failed `what`: logged if it is the start of an outage."""
        now = self.clock()
        if self.down_since is None:
            log.warning("the fact store is unreachable (%s failed: %s: %s); answering from the "
                        "bundled packs with the last known settings until it is back", what,
                        type(error).__name__, error)
            self.down_since = now
        self._next_try = now + self.retry_s

    def succeeded(self) -> None:
        if self.down_since is not None:
            log.warning("the fact store is reachable again after %.0f s",
                        self.clock() - self.down_since)
            self.down_since = None

    def _resting(self) -> bool:
        return self.down_since is not None and self.clock() < self._next_try

    async def settings(self, server: ServerKey) -> ServerSettings:
        if not self._resting():
            try:
                settings = await self.desk.settings(server)
            except STORE_ERRORS as exc:
                self.failed("reading settings", exc)
            else:
                self.succeeded()
                self._settings[server] = settings
                return settings
        return self._settings.get(server, ServerSettings())

    async def check(self, claim: Claim, *, top: int = 5) -> Reply:
        if claim.server is not None and not self._resting():
            try:
                reply = await self.desk.check(claim, top=top)
            except STORE_ERRORS as exc:
                self.failed("a check", exc)
            else:
                self.succeeded()
                return reply
        if claim.server is None:
            return await self.desk.check(claim, top=top)
        # The bundled packs need no store; nothing is recorded for the server meanwhile.
        return await self.desk.check(replace(claim, server=None), top=top)
