"""Events already taken, remembered in the fact database so that every instance of the app
agrees: Slack sends an event again when its acknowledgement is late or lost, to whichever
instance the load balancer picks, and an event is answered once.

The table (slack_events_seen) lives beside the fact store's tables, like slack_sdk's OAuth
tables, and is created if missing; ids older than an hour are dropped (Slack stops retrying
after about five minutes).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from sqlalchemy import Column, Float, MetaData, String, Table, delete
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError

from adapters.slack.service import ensure_tables
from bot.store.database import Database

KEEP_SECONDS = 3600.0
PRUNE_EVERY = 200

metadata = MetaData()
events_seen = Table(
    "slack_events_seen", metadata,
    Column("event_id", String(128), primary_key=True),
    Column("seen_at", Float, nullable=False, index=True),
)


class SeenEvents:
    """Which Slack event ids some instance has already taken."""

    def __init__(self, db: Database, clock: Callable[[], float] = time.time) -> None:
        self.db = db
        self._clock = clock
        self._taken = 0

    async def create(self) -> SeenEvents:
        await ensure_tables(self.db, metadata)
        return self

    async def first(self, event_id: str) -> bool:
        """Take `event_id`: True for the first instance to take it, False ever after."""
        now = self._clock()
        async with self.db.write() as conn:
            dialect = conn.dialect.name
            values = {"event_id": event_id[:128], "seen_at": now}
            if dialect in ("postgresql", "sqlite"):
                insert = (postgresql.insert if dialect == "postgresql" else sqlite.insert)
                statement = insert(events_seen).values(**values).on_conflict_do_nothing(
                    index_elements=["event_id"])
                taken = (await conn.execute(statement)).rowcount == 1
            else:
                try:
                    async with conn.begin_nested():
                        await conn.execute(events_seen.insert().values(**values))
                    taken = True
                except IntegrityError:
                    taken = False
            self._taken += 1
            if self._taken % PRUNE_EVERY == 0:
                await conn.execute(delete(events_seen).where(
                    events_seen.c.seen_at < now - KEEP_SECONDS))
        return taken
