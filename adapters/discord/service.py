"""The Discord adapter as a service of the runner: connect, serve until stopped, drain, close.

Stopping waits for the handlers discord.py already started (a slash command being answered)
before the connection closes, so no reply is cut off half-sent.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from adapters.discord.bot import FactBot
from adapters.discord.config import DiscordConfig
from adapters.discord.desk import Desk
from bot.chat.cooldowns import CooldownBoard, PassiveCooldowns

log = logging.getLogger("factbot.discord")

# Names discord.py gives the tasks that run event handlers and application commands.
HANDLER_TASK_PREFIXES = ("discord.py: ", "CommandTree-invoker")
POLL_SECONDS = 0.05


def handler_tasks() -> list[asyncio.Task[Any]]:
    current = asyncio.current_task()
    return [t for t in asyncio.all_tasks()
            if t is not current and not t.done()
            and t.get_name().startswith(HANDLER_TASK_PREFIXES)]


class DiscordService:
    name = "discord"

    def __init__(self, desk: Desk, config: DiscordConfig, *,
                 cooldowns: CooldownBoard | None = None, **client_options: Any) -> None:
        self.config = config
        self.client = FactBot(desk, config, **client_options)
        if cooldowns is not None:
            self.client.listener.cooldowns = PassiveCooldowns(cooldowns)

    def ready(self) -> bool:
        return self.client.is_ready() and not self.client.is_closed()

    async def serve(self, stop: asyncio.Event) -> None:
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
