"""How the Slack app addresses the desk (`bot.chat.seam.Desk`): workspaces, members, facts."""

from __future__ import annotations

import logging

from sqlalchemy import MetaData, text

from bot.chat.seam import Desk
from bot.core.models import Fact
from bot.moderation.errors import UnknownFact
from bot.moderation.types import Actor, ServerKey
from bot.store.database import Database

PLATFORM = "slack"
log = logging.getLogger("factbot.slack")

# Any constant works; it only has to be the same for every instance creating the tables.
TABLES_LOCK = 0x736C61636B


async def ensure_tables(db: Database, *schemas: MetaData) -> None:
    """Create tables that belong to slack_sdk (its OAuth installation and state stores) if
    missing, in a write transaction; on PostgreSQL an advisory lock makes instances starting
    together take turns instead of racing. factbot's own tables come from the store's
    migrations."""
    async with db.write() as conn:
        if conn.dialect.name == "postgresql":
            await conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": TABLES_LOCK})
        for schema in schemas:
            await conn.run_sync(schema.create_all)


def workspace(team_id: str) -> ServerKey:
    return ServerKey(PLATFORM, team_id)


def member(user_id: str) -> Actor:
    return Actor(PLATFORM, user_id)


async def served_fact(desk: Desk, team_id: str, fact_id: str) -> Fact | None:
    """The fact as the workspace serves it now; None when retired or unknown."""
    try:
        record = await desk.get_fact(workspace(team_id), fact_id)
    except UnknownFact:
        return None
    return None if record.retired else record.fact
