"""Start factbot from its settings: logging, the fact store, the chosen adapters, the ops port.

Every adapter in the process serves one fact store (the moderation layer over SQLite or
PostgreSQL); the console, which has no servers to moderate, checks the packs directly. Adapters
are imported only when chosen, so an install without the Discord or Slack extra still runs the
others. The runner owns signals and shutdown.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import text

from bot import messages
from bot.chat.base import CheckerDesk, FactChecker
from bot.chat.cooldowns import CooldownBoard, LocalBoard, PassiveCooldowns, RedisBoard
from bot.chat.observe import ObservedChecking, ObservedDesk
from bot.ops.config import Secret, Settings
from bot.ops.logging_setup import configure_logging
from bot.ops.ops_http import OpsServer, Readiness
from bot.ops.runner import Closer, Runner, Service

if TYPE_CHECKING:
    from bot.moderation.service import Moderation
    from bot.store.cipher import TokenCipher

log = logging.getLogger("factbot")

# Instances starting together set the shared database up one at a time (the adapters create
# tables of their own); any constant works, as long as every instance uses the same one and it
# differs from the store's migration lock.
STARTUP_LOCK = 0x66616375


class StartupFailed(Exception):
    """Something factbot needs at start is missing; the message says what to do."""


class AdapterUnavailable(StartupFailed):
    """An adapter whose extra is not installed; the message says what to install."""


@dataclass
class Context:
    """What the adapters of one process share."""

    settings: Settings
    checker: FactChecker | None  # the console's; the chat platforms check through the store
    readiness: Readiness
    closers: list[Closer] = field(default_factory=list)
    store: Moderation | None = None  # the fact store, opened on first use
    desk: ObservedDesk | None = None  # the store as the chat platforms call it
    board: CooldownBoard | None = None

    async def cooldowns(self) -> CooldownBoard:
        """Passive-watch cooldowns: through Redis when `redis.url` is set, else this process's."""
        if self.board is None:
            if self.settings.redis_url is None:
                self.board = LocalBoard()
            else:
                shared = await open_redis(self.settings.redis_url.reveal())
                self.closers.append(shared.close)
                self.readiness.register("redis", shared.reachable)
                self.board = shared
        return self.board

    async def moderation(self) -> ObservedDesk:
        """The desk every chat platform calls: the fact store, observed."""
        if self.desk is None:
            from sqlalchemy.exc import SQLAlchemyError

            from bot.moderation.service import Moderation
            from bot.store.database import is_database_error

            url = self.settings.database_url.reveal()
            try:
                opened = await Moderation.open(url, data_dir=self.settings.data_dir,
                                               packs=list(self.settings.fact_paths) or None,
                                               matcher=self.settings.matcher)
            except Exception as exc:
                # The driver's own refusals (asyncpg: no such database, wrong password) come
                # through unwrapped; any of them at start is the database failing, in one line.
                if not is_database_error(exc):
                    raise
                raise database_failure(url, exc) from exc
            try:
                # Build the matcher of the default packs now (servers that keep them share it)
                # rather than on the first message: the start logs which matcher serves, and
                # the first person to ask does not wait for it.
                await opened.fact_base(None)
            except SQLAlchemyError as exc:
                await opened.close()
                raise database_failure(url, exc) from exc
            self.closers.append(opened.close)
            self.readiness.register("facts", lambda: facts_loaded(opened))
            self.readiness.register("database", lambda: database_reachable(opened))
            self.store = opened
            self.desk = ObservedDesk(opened)
        return self.desk


async def open_redis(url: str) -> RedisBoard:
    """The shared cooldown board on Redis, started; StartupFailed, in a line, if it cannot be."""
    shared = RedisBoard(url)
    try:
        await shared.start()
    except ImportError as exc:
        raise StartupFailed(messages.redis_not_installed()) from exc
    except (OSError, TimeoutError) as exc:
        await shared.close()
        raise StartupFailed(messages.redis_unreachable(str(exc) or "timed out")) from exc
    return shared


def database_failure(url: str, exc: BaseException) -> StartupFailed:
    """The database cannot be opened: say which (without its password) and why, in a line."""
    from bot.store.database import database_url, display_url

    detail = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    return StartupFailed(messages.db_unreachable(display_url(database_url(url)), detail))


async def facts_loaded(moderation: Moderation) -> bool:
    return bool((await moderation.fact_base(None)).facts)


async def database_reachable(moderation: Moderation) -> bool:
    async with moderation.db.read() as conn:
        await conn.execute(text("SELECT 1"))
    return True


async def console_service(ctx: Context) -> Service:
    from adapters.console.service import ConsoleService

    assert ctx.checker is not None  # the command line loads it for the console
    checker = ctx.checker
    ctx.readiness.register("facts", lambda: bool(checker.fact_base.facts))
    base = ctx.checker.fact_base
    return ConsoleService(ObservedChecking(CheckerDesk(ctx.checker)), fact_count=len(base.facts),
                          pack_count=len(base.packs))


async def discord_service(ctx: Context) -> Service:
    try:
        from adapters.discord.config import DiscordConfig
        from adapters.discord.service import DiscordService
        from bot.ops.http_metrics import http_trace
    except ImportError as exc:
        raise AdapterUnavailable(messages.adapter_not_installed("discord", "discord")) from exc
    d = ctx.settings.discord
    assert d.token is not None  # load_settings requires it when discord is chosen
    config = DiscordConfig(token=d.token.reveal(), dev_guild=d.dev_guild or None,
                           shard_count=d.shard_count or None,
                           shard_ids=d.shard_ids or None, allow_dms=d.dms,
                           message_content=d.message_content)
    return DiscordService(await ctx.moderation(), config, cooldowns=await ctx.cooldowns(),
                          http_trace=http_trace("discord"))


async def slack_service(ctx: Context) -> Service:
    try:
        import aiohttp

        from adapters.slack.api import web_client
        from adapters.slack.app import build_app
        from adapters.slack.serve import SlackHttpService, SlackSocketService
        from bot.ops.http_metrics import http_trace
    except ImportError as exc:
        raise AdapterUnavailable(messages.adapter_not_installed("slack", "slack")) from exc
    s = ctx.settings.slack

    def reveal(secret: Secret | None) -> str | None:
        return secret.reveal() if secret is not None else None

    oauth = s.oauth and s.mode == "http"
    bot_token = None if oauth else reveal(s.bot_token)
    client = web_client(bot_token, base_url=s.api_url)
    # One HTTP session for every Web API call, traced for the error and rate-limit metrics.
    client.session = aiohttp.ClientSession(trace_configs=[http_trace("slack")])
    ctx.closers.append(client.session.close)
    desk = await ctx.moderation()
    assert ctx.store is not None  # opened with the desk
    app = await build_app(desk, db=ctx.store.db, token=bot_token,
                          signing_secret=reveal(s.signing_secret),
                          client_id=s.client_id if oauth else None,
                          client_secret=reveal(s.client_secret) if oauth else None,
                          client=client,
                          cooldowns=PassiveCooldowns(await ctx.cooldowns()),
                          cipher=token_cipher(ctx.settings) if oauth else None)
    if s.mode == "http":
        assert s.signing_secret is not None  # required by load_settings in HTTP mode
        return SlackHttpService(app, host=s.host, port=s.port, oauth=oauth,
                                signing_secret=s.signing_secret.reveal())
    assert s.app_token is not None  # required by load_settings in Socket Mode
    return SlackSocketService(app, s.app_token.reveal())


def token_cipher(settings: Settings) -> TokenCipher:
    """What encrypts the tokens kept in the store (load_settings requires the key where
    tokens are kept)."""
    from bot.store.cipher import TokenCipher

    keys = tuple(k.reveal() for k in settings.secret_keys)
    assert keys
    return TokenCipher(keys)


async def web_service(ctx: Context) -> Service:
    """The moderators' desk, over the same store as the chat platforms."""
    try:
        from bot.web.config import DeskConfig
        from bot.web.service import DeskService
    except ImportError as exc:
        raise AdapterUnavailable(messages.adapter_not_installed("web", "web")) from exc
    desk = await ctx.moderation()
    assert ctx.store is not None  # opened with the desk
    settings = ctx.settings
    workspace_token = None
    if settings.slack.oauth:
        # Workspaces that installed the Slack app keep their bot token in the store: the desk
        # asks Slack about their members with it.
        try:
            from adapters.slack.install import WorkspaceTokens
        except ImportError as exc:
            raise AdapterUnavailable(messages.adapter_not_installed("slack", "slack")) from exc
        assert settings.slack.client_id is not None
        workspace_token = WorkspaceTokens(ctx.store.db, token_cipher(settings),
                                          client_id=settings.slack.client_id)
    config = DeskConfig.from_settings(settings, slack_workspace_token=workspace_token)
    return DeskService(desk, ctx.store.db, config, host=settings.web.host,
                       port=settings.web.port)


SERVICES = {"console": console_service, "discord": discord_service, "slack": slack_service}


def chat_platforms(settings: Settings) -> bool:
    return settings.adapters != ("console",)


def setup_logging(settings: Settings) -> None:
    level, fmt = settings.logging.level, settings.logging.format
    if not chat_platforms(settings) and sys.stderr.isatty():
        # Someone typing claims at a terminal reads replies, not one JSON event per check:
        # only warnings and errors, each one readable line.
        fmt = "text"
        if level in ("debug", "info"):
            level = "warning"
    configure_logging(level=level, fmt=fmt,
                      message_text=settings.logging.message_text,
                      secrets=[s.reveal() for s in settings.secrets()])
    for problem in settings.warnings:
        log.warning("settings warning", extra={"problem": str(problem)})


@asynccontextmanager
async def startup_lock(settings: Settings) -> AsyncIterator[None]:
    """On PostgreSQL, hold a session advisory lock while this instance sets the store up."""
    if not chat_platforms(settings):
        yield
        return
    from sqlalchemy import make_url
    from sqlalchemy.exc import SQLAlchemyError
    from sqlalchemy.ext.asyncio import create_async_engine

    from bot.store.database import database_url

    url = database_url(settings.database_url.reveal(), data_dir_path=settings.data_dir)
    if make_url(url).get_backend_name() != "postgresql":
        yield
        return
    engine = create_async_engine(url)
    try:
        try:
            conn = await engine.connect().start()
        except (OSError, SQLAlchemyError) as exc:
            raise database_failure(url, exc) from exc
        try:
            await conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": STARTUP_LOCK})
            try:
                yield
            finally:
                await conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": STARTUP_LOCK})
        finally:
            await conn.close()
    finally:
        await engine.dispose()


async def build_runner(settings: Settings, checker: FactChecker | None = None) -> Runner:
    """The runner for `settings`, its store opened but nothing serving yet.

    `checker` serves the console adapter; the chat platforms load their facts through the store.
    """
    readiness = Readiness()
    ctx = Context(settings, checker, readiness)
    try:
        async with startup_lock(settings):
            services = [await SERVICES[name](ctx) for name in settings.adapters]
            if settings.web.enabled:
                services.append(await web_service(ctx))
    except BaseException:
        for close in ctx.closers:
            await close()
        raise
    # The console is a tool at a terminal, not a service: no port to probe or scrape.
    ops = (OpsServer(readiness, host=settings.ops.host, port=settings.ops.port)
           if settings.ops.enabled and (chat_platforms(settings) or settings.web.enabled)
           else None)
    return Runner(services, readiness=readiness, ops=ops, grace=settings.shutdown_grace,
                  closers=ctx.closers)
