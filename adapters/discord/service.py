"""The Discord adapter as a service of the runner: connect, serve until stopped, drain, close.

Discord out of reach at start (the network, or 5xx answers) is waited out here, with back-off,
rather than by exiting: a supervisor's restart limit would otherwise give up during an outage.

Stopping waits for the handlers discord.py already started (a slash command being answered)
before the connection closes, so no reply is cut off half-sent.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import UTC, datetime, timedelta
from typing import Any

import aiohttp
import discord

from adapters.discord.bot import FactBot
from adapters.discord.config import DiscordConfig
from adapters.discord.desk import Desk
from bot import messages
from bot.chat.cooldowns import CooldownBoard, PassiveCooldowns
from bot.ops.backoff import Backoff
from bot.ops.runner import ServiceRefused

log = logging.getLogger("factbot.discord")

# Names discord.py gives the tasks that run event handlers and application commands.
HANDLER_TASK_PREFIXES = ("discord.py: ", "CommandTree-invoker")
POLL_SECONDS = 0.05
HTTP_SERVER_ERROR = 500
HTTP_TOO_MANY = 429
REASON_LENGTH = 200
# Waits of 0.5-1 s, then 1-2 s, ... up to 30-60 s between attempts while Discord is out of reach.
LOGIN_BACKOFF = Backoff(first=1.0, cap=60.0)


def handler_tasks() -> list[asyncio.Task[Any]]:
    current = asyncio.current_task()
    return [t for t in asyncio.all_tasks()
            if t is not current and not t.done()
            and t.get_name().startswith(HANDLER_TASK_PREFIXES)]


def transient(error: BaseException) -> bool:
    """Whether a failure to log in or connect may pass by itself: the network, or Discord
    answering 5xx or 429. A refused token or intent, or another 4xx, will not."""
    if isinstance(error, discord.HTTPException):
        return error.status >= HTTP_SERVER_ERROR or error.status == HTTP_TOO_MANY
    return isinstance(error, (OSError, aiohttp.ClientError, asyncio.TimeoutError,
                              discord.GatewayNotFound))


def reason(error: BaseException) -> str:
    """What went wrong, in a few words for the log line."""
    if isinstance(error, discord.HTTPException):
        return f"HTTP {error.status}"
    text = " ".join(str(error).split()) or type(error).__name__
    return text[:REASON_LENGTH]


class DiscordService:
    name = "discord"

    def __init__(self, desk: Desk, config: DiscordConfig, *,
                 cooldowns: CooldownBoard | None = None, backoff: Backoff = LOGIN_BACKOFF,
                 **client_options: Any) -> None:
        self.desk = desk
        self.config = config
        self.backoff = backoff
        self.cooldowns = cooldowns
        self.client_options = client_options
        self.client = self._new_client()

    def _new_client(self) -> FactBot:
        client = FactBot(self.desk, self.config, **self.client_options)
        if self.cooldowns is not None:
            client.listener.cooldowns = PassiveCooldowns(self.cooldowns)
        return client

    def ready(self) -> bool:
        """Connected now: every shard's gateway connection is open. discord.py's own ready
        flag stays set while a shard reconnects, so it alone cannot say so."""
        shards = self.client.shards
        return (self.client.is_ready() and not self.client.is_closed() and bool(shards)
                and not any(shard.is_closed() for shard in shards.values()))

    async def serve(self, stop: asyncio.Event) -> None:
        """Serve until `stop`. While Discord cannot be reached (network, 5xx) every attempt
        that fails is one warning saying why and when the next one is; a client that had
        connected starts the count again. A token or intent Discord refuses ends the service
        with ServiceRefused."""
        failures = 0
        while True:
            try:
                await self._serve_client(stop)
                return
            except discord.LoginFailure as exc:
                raise ServiceRefused(messages.discord_token_refused()) from exc
            except discord.PrivilegedIntentsRequired as exc:
                raise ServiceRefused(messages.discord_intents_refused()) from exc
            except Exception as exc:
                if not transient(exc) or stop.is_set():
                    raise
                if self.client.is_ready():
                    failures = 0
                delay = self.backoff.delay(failures)
                failures += 1
                why = reason(exc)
                log.warning(messages.discord_retrying(why, delay), extra={
                    "reason": why, "retry_in_s": round(delay, 1), "attempt": failures,
                    "retry_at": (datetime.now(UTC) + timedelta(seconds=delay)).isoformat(
                        timespec="seconds")})
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), delay)
            if stop.is_set():
                return
            self.client = self._new_client()

    async def _serve_client(self, stop: asyncio.Event) -> None:
        """One client from login until `stop`, or until it fails."""
        async with self.client:
            running = asyncio.create_task(self.client.start(self.config.token))
            stopping = asyncio.create_task(stop.wait())
            await asyncio.wait({running, stopping}, return_when=asyncio.FIRST_COMPLETED)
            stopping.cancel()
            if running.done():
                running.result()  # ended on its own: a login failure or a fatal gateway error
                return
            await self.drain()
            await self.client.close()
            await running

    async def drain(self) -> None:
        """Wait until no handler is running; new ones may start meanwhile and are waited for."""
        while tasks := handler_tasks():
            log.info("waiting for handlers", extra={"handlers": len(tasks)})
            await asyncio.wait(tasks, timeout=POLL_SECONDS * 20)
