"""The moderation layer as the Slack app addresses it: workspaces, members, and ask counts.

`Moderation` has no count of how often each fact was asked about, which the App Home's
"most asked" list needs, so this module keeps one in its own table beside the fact store.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import (
    Column,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    select,
    text,
    update,
)
from sqlalchemy.exc import SQLAlchemyError

from bot.models import Claim, Fact, Reply
from bot.moderation.errors import UnknownFact
from bot.moderation.service import Moderation
from bot.moderation.types import Actor, ServerKey
from bot.store.database import Database
from bot.store.schema import utcnow

PLATFORM = "slack"
log = logging.getLogger("factbot.slack")

metadata = MetaData()
fact_asks = Table(
    "slack_fact_asks", metadata,
    Column("server", String(200), primary_key=True),
    Column("fact_id", String(120), primary_key=True),
    Column("count", Integer, nullable=False),
    Column("last_asked", DateTime(timezone=True), nullable=False),
)


# Any constant works; it only has to be the same for every instance creating the tables.
TABLES_LOCK = 0x736C61636B


async def ensure_tables(db: Database, *schemas: MetaData) -> None:
    """Create the Slack app's own tables if missing, in a write transaction; on PostgreSQL an
    advisory lock makes instances starting together take turns instead of racing."""
    async with db.write() as conn:
        if conn.dialect.name == "postgresql":
            await conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": TABLES_LOCK})
        for schema in schemas:
            await conn.run_sync(schema.create_all)


def workspace(team_id: str) -> ServerKey:
    return ServerKey(PLATFORM, team_id)


def member(user_id: str) -> Actor:
    return Actor(PLATFORM, user_id)


@dataclass(frozen=True, slots=True)
class AskCount:
    fact: Fact
    count: int


class SlackFacts:
    """Moderation plus what only the Slack app needs: counting answered asks per fact."""

    def __init__(self, moderation: Moderation) -> None:
        self.moderation = moderation

    async def create_tables(self) -> None:
        await ensure_tables(self.moderation.db, metadata)

    async def check(self, claim: Claim) -> Reply:
        reply = await self.moderation.check(claim)
        if claim.server and claim.explicit:
            for check in reply.checks:
                if check.fact is not None:
                    await self._count(claim.server, check.fact.id)
        return reply

    async def _count(self, team_id: str, fact_id: str) -> None:
        key = str(workspace(team_id))
        try:
            async with self.moderation.db.write() as conn:
                done = await conn.execute(
                    update(fact_asks).where(fact_asks.c.server == key,
                                            fact_asks.c.fact_id == fact_id)
                    .values(count=fact_asks.c.count + 1, last_asked=utcnow()))
                if done.rowcount == 0:
                    await conn.execute(fact_asks.insert().values(
                        server=key, fact_id=fact_id, count=1, last_asked=utcnow()))
        except SQLAlchemyError:
            # Counting is a nicety; the answer matters more than the statistic.
            log.exception("could not count an ask")

    async def most_asked(self, team_id: str, limit: int = 5) -> list[AskCount]:
        server = workspace(team_id)
        query = (select(fact_asks.c.fact_id, fact_asks.c.count)
                 .where(fact_asks.c.server == str(server))
                 .order_by(fact_asks.c.count.desc(), fact_asks.c.last_asked.desc())
                 .limit(limit * 2))
        async with self.moderation.db.read() as conn:
            rows = (await conn.execute(query)).all()
        out = []
        for fact_id, count in rows:
            fact = await self.fact(team_id, fact_id)
            if fact is not None:
                out.append(AskCount(fact, int(count)))
        return out[:limit]

    async def fact(self, team_id: str, fact_id: str) -> Fact | None:
        """The fact as the workspace serves it now; None when retired or unknown."""
        try:
            record = await self.moderation.get_fact(workspace(team_id), fact_id)
        except UnknownFact:
            return None
        return None if record.retired else record.fact
