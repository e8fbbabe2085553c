"""What every admin command shares: `--db`, `--packs`, `--as`, `--server`, and the store.

Every command takes `--db URL` and `--packs DIR`; without them it uses the database and the
packs that `factbot run` would, read through the one settings loader (factbot.toml, the
FACTBOT_* variables, FACTBOT_DATABASE_URL_FILE), and acts as `--as NAME` (default: the login
name) in the history it writes."""

from __future__ import annotations

import asyncio
import getpass
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

import click
from sqlalchemy.exc import SQLAlchemyError

from bot import messages
from bot.chat.seam import Desk
from bot.moderation import (
    Actor,
    ExportFormat,
    Moderation,
    ModerationError,
    ServerKey,
)
from bot.ops.config import ConfigError, load_settings
from bot.store.database import database_url, display_url

F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")
SUFFIX_FORMATS = {".yaml": ExportFormat.YAML, ".yml": ExportFormat.YAML,
                  ".csv": ExportFormat.CSV, ".json": ExportFormat.CLAIMREVIEW,
                  ".jsonld": ExportFormat.CLAIMREVIEW}


def db_option(func: F) -> F:
    return click.option("--db", "db", default=None, metavar="URL",
                        help="Database URL (default: the one `factbot run` uses, from "
                             "factbot.toml, $FACTBOT_DATABASE_URL or its _FILE, else SQLite "
                             "under the data directory).")(func)


def configured(db: str | None, packs: tuple[Path, ...] = ()) -> tuple[str, tuple[Path, ...]]:
    """The database URL and the packs to use: those given, else those of the settings that
    `factbot run` reads, so that an admin command and the bot work on one database."""
    if db and packs:
        return db, packs
    try:
        settings = load_settings(adapters=["console"])
    except ConfigError as exc:
        raise click.ClickException(messages.settings_unusable(str(exc))) from exc
    return (db or settings.database_url.reveal(), packs or settings.fact_paths)


def store_options(func: F) -> F:
    func = click.option("--packs", "packs", multiple=True,
                        type=click.Path(exists=True, path_type=Path),
                        help="Pack file or directory the servers can enable; repeatable "
                             "(default: the bundled packs).")(func)
    func = click.option("--as", "actor", default=None, metavar="NAME",
                        help="Who to record as the author of changes (default: login name).")(func)
    return db_option(func)


def server_option(func: F) -> F:
    return click.option("--server", "server", required=True, metavar="PLATFORM:ID",
                        callback=_parse_server, help="The server, e.g. discord:1234.")(func)


def _parse_server(_ctx: click.Context, _param: click.Parameter, value: str) -> ServerKey:
    try:
        return ServerKey.parse(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


def cli_actor(name: str | None) -> Actor:
    user = name or getpass.getuser()
    return Actor("cli", user, user)


def with_store(db: str | None, packs: tuple[Path, ...],
               action: Callable[[Desk], Awaitable[T]]) -> T:
    """Open the store, run `action`, close it; errors become one line and exit status 1."""
    db, packs = configured(db, packs)

    async def run() -> T:
        mod = await Moderation.open(db, packs=list(packs) or None)
        try:
            return await action(mod)
        finally:
            await mod.close()

    try:
        return asyncio.run(run())
    except ModerationError as exc:
        raise click.ClickException(str(exc)) from exc
    except (OSError, SQLAlchemyError) as exc:
        url = display_url(database_url(db))
        raise click.ClickException(messages.db_unreachable(url, first_line(exc))) from exc


def first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
