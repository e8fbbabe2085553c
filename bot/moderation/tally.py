"""Statistics of explicit checks (asks of each fact, unmatched claims, checks per day by
channel, verdict and fact), kept off the reply.

A check adds to counters in memory and returns; a background task writes what has gathered
in one short transaction every `flush_s` seconds, and `close()` writes the rest. So a reply
never waits for the database's write lock, however long another writer (a large import, a
second instance) holds it. A flush that fails keeps its counts for the next one; past
`MAX_PENDING` distinct keys waiting, new keys are dropped (and logged) rather than growing
without bound while the database is away.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from bot.core.models import Check
from bot.moderation import asks, queues, stats_store
from bot.moderation.stats_store import CheckKey
from bot.moderation.types import ServerKey
from bot.store.database import Database, is_database_error
from bot.store.schema import FACT_ID, utcnow

log = logging.getLogger(__name__)

FLUSH_S = 1.0
MAX_PENDING = 20_000


@dataclass(slots=True)
class Count:
    """Asks of one key since the last flush: how many, the first and last time, the wording."""

    count: int
    first: datetime
    last: datetime
    text: str = ""

    def add(self, other: Count) -> None:
        self.count += other.count
        self.first = min(self.first, other.first)
        if other.last >= self.last:
            self.last = other.last
            self.text = other.text or self.text


AskKey = tuple[ServerKey, str]          # (server, fact id)
UnmatchedKey = tuple[ServerKey, str]    # (server, normalised text)


class Tally:
    """Counters of one process, written to the store in batches."""

    def __init__(self, db: Database, *, flush_s: float = FLUSH_S,
                 max_pending: int = MAX_PENDING) -> None:
        self.db = db
        self.flush_s = flush_s
        self.max_pending = max_pending
        self.asks: dict[AskKey, Count] = {}
        self.unmatched: dict[UnmatchedKey, Count] = {}
        self.checks: dict[CheckKey, int] = {}
        self.dropped = 0
        self._lock = asyncio.Lock()
        self._task: asyncio.Task[None] | None = None

    # -- counting (no I/O) ---------------------------------------------------------------------

    def count_asks(self, server: ServerKey, fact_ids: Iterable[str]) -> None:
        """One more ask of each fact (each once, however often the claim names it)."""
        now = utcnow()
        for fact_id in sorted({f[:FACT_ID] for f in fact_ids if f}):
            self._add(self.asks, (server, fact_id), Count(1, now, now))

    def count_unmatched(self, server: ServerKey, text: str) -> None:
        """One more ask of a claim nothing matched, folded by its normalised text."""
        norm = queues.normalised_key(text)
        if norm:
            now = utcnow()
            self._add(self.unmatched, (server, norm), Count(1, now, now, text))

    def count_checks(self, server: ServerKey, channel: str | None,
                     checks: Iterable[Check]) -> None:
        """One more check of each claim of a message, under today's date (UTC), the channel,
        its verdict and the fact that answered it."""
        today = utcnow().date()
        for check in checks:
            key = stats_store.check_key(server, today, channel, check.verdict.value,
                                        check.fact.id if check.fact is not None else None)
            if key in self.checks:
                self.checks[key] += 1
            elif self._room():
                self.checks[key] = 1

    def _add(self, pending: dict[tuple[ServerKey, str], Count], key: tuple[ServerKey, str],
             count: Count) -> None:
        found = pending.get(key)
        if found is not None:
            found.add(count)
        elif self._room():
            pending[key] = count

    def _room(self) -> bool:
        """Whether a new key may wait for the next flush; if not, it is dropped and logged."""
        if self.pending() < self.max_pending:
            return True
        self.dropped += 1
        if self.dropped == 1 or self.dropped % 1000 == 0:
            log.warning("statistics not kept: too many waiting for the database",
                        extra={"dropped": self.dropped, "waiting": self.pending()})
        return False

    def pending(self) -> int:
        return len(self.asks) + len(self.unmatched) + len(self.checks)

    # -- writing -------------------------------------------------------------------------------

    def start(self) -> None:
        """Start the background flush (once). Its task belongs to no service: the runner's
        wait for a stopping service's stragglers must not wait for it."""
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(
                self._run(), name="factbot-statistics", context=contextvars.Context())

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.flush_s)
            try:
                await self.flush()
            except Exception as exc:
                if not is_database_error(exc):
                    raise
                log.warning("statistics not written yet, will try again: %s", _first_line(exc),
                            extra={"waiting": self.pending()})

    async def flush(self) -> None:
        """Write every count gathered so far in one transaction; on failure they stay for
        the next flush and the error is raised."""
        async with self._lock:
            if not self.pending():
                return
            taken_asks, self.asks = self.asks, {}
            taken_unmatched, self.unmatched = self.unmatched, {}
            taken_checks, self.checks = self.checks, {}
            try:
                async with self.db.write() as conn:
                    await asks.write_asks(conn, [(s, f, c.count, c.last)
                                                 for (s, f), c in taken_asks.items()])
                    await queues.write_unmatched(conn, [(s, n, c.text, c.count, c.first, c.last)
                                                        for (s, n), c in taken_unmatched.items()])
                    await stats_store.write_checks(conn, list(taken_checks.items()))
            except BaseException:
                for key, count in taken_asks.items():
                    self._put_back(self.asks, key, count)
                for key, count in taken_unmatched.items():
                    self._put_back(self.unmatched, key, count)
                for check_key, checks in taken_checks.items():
                    self.checks[check_key] = self.checks.get(check_key, 0) + checks
                raise

    @staticmethod
    def _put_back(pending: dict[tuple[ServerKey, str], Count], key: tuple[ServerKey, str],
                  count: Count) -> None:
        newer = pending.get(key)
        if newer is not None:
            count.add(newer)
        pending[key] = count

    async def close(self) -> None:
        """Stop the background flush and write what is left; what cannot be written is
        logged with its size."""
        if self._task is not None:
            self._task.cancel()
            await asyncio.wait([self._task])   # a flush it was in puts its counts back
            self._task = None
        try:
            await self.flush()
        except Exception as exc:
            if not is_database_error(exc):
                raise
            # The database is gone (an outage, a stop): one line, no traceback, and the stop
            # goes on.
            log.warning("statistics lost at shutdown: %s", _first_line(exc),
                        extra={"lost": self.pending()})


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
