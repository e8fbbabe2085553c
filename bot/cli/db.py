"""`factbot db`: the database schema."""

from __future__ import annotations

import asyncio

import click
from sqlalchemy.exc import SQLAlchemyError

from bot import messages
from bot.cli.options import (
    configured,
    db_option,
    first_line,
)
from bot.store.database import Database, database_url, display_url


@click.group("db")
def db_group() -> None:
    """Create or migrate the moderation database."""


@db_group.command("upgrade")
@db_option
def db_upgrade(db: str | None) -> None:
    """Apply every pending migration (the bot also does this when it starts)."""
    url = database_url(configured(db)[0])

    async def run() -> list[str]:
        database = Database(url)
        try:
            return await database.upgrade()
        finally:
            await database.close()

    try:
        applied = asyncio.run(run())
    except (OSError, SQLAlchemyError) as exc:
        raise click.ClickException(messages.db_unreachable(display_url(url),
                                                           first_line(exc))) from exc
    click.echo(messages.db_upgraded(display_url(url), applied))
