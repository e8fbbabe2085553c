"""The desk as a service of the runner: listens on web.host:web.port until told to stop."""

from __future__ import annotations

import asyncio
import logging

from aiohttp import web

from bot import messages
from bot.moderation.service import Moderation
from bot.ops.runner import ServiceRefused
from bot.web.app import build_app
from bot.web.config import DeskConfig

log = logging.getLogger("factbot.web")


class DeskService:
    name = "web"

    def __init__(self, moderation: Moderation, config: DeskConfig, *, host: str,
                 port: int) -> None:
        self.app = build_app(moderation, config)
        self.host = host
        self.port = port
        self._listening = False

    def ready(self) -> bool:
        return self._listening

    async def serve(self, stop: asyncio.Event) -> None:
        runner = web.AppRunner(self.app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, self.host, self.port)
        try:
            await site.start()
        except OSError as exc:
            await runner.cleanup()
            raise ServiceRefused(messages.desk_unavailable_port(
                self.host, self.port, exc.strerror or str(exc))) from exc
        self._listening = True
        log.info("desk listening", extra={"host": self.host, "port": self.port})
        try:
            await stop.wait()
        finally:
            self._listening = False
            await runner.cleanup()
