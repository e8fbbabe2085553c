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
from bot.ops.config import ConfigError, load_settings
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


@db_group.command("new-key")
def db_new_key() -> None:
    """Print a new secret key for FACTBOT_SECRET_KEY (it encrypts the stored tokens)."""
    from bot.store.cipher import new_key

    click.echo(new_key())


@db_group.command("seal-tokens")
@db_option
def db_seal_tokens(db: str | None) -> None:
    """Encrypt every stored token with the current FACTBOT_SECRET_KEY: those stored before
    tokens were encrypted, and those encrypted with a key now among
    FACTBOT_SECRET_KEY_FALLBACKS (after rotating the key). The desk and the Slack app also
    do this when they start."""
    from bot.store.cipher import SecretKeyMissing, TokenCipher
    from bot.store.sealing import seal_stored_tokens

    try:
        settings = load_settings(adapters=["console"])
    except ConfigError as exc:
        raise click.ClickException(messages.settings_unusable(str(exc))) from exc
    keys = tuple(k.reveal() for k in settings.secret_keys)
    if not keys:
        raise click.ClickException(str(SecretKeyMissing("the stored tokens")))
    url = database_url(db or settings.database_url.reveal())

    async def run() -> tuple[dict[str, int], dict[str, int]]:
        database = Database(url)
        try:
            done = await seal_stored_tokens(database, TokenCipher(keys))
        finally:
            await database.close()
        return done.sealed, done.unreadable

    try:
        sealed, unreadable = asyncio.run(run())
    except (OSError, SQLAlchemyError) as exc:
        raise click.ClickException(messages.db_unreachable(display_url(url),
                                                           first_line(exc))) from exc
    click.echo(messages.tokens_sealed(sealed, unreadable))
