"""The desk as a service of the runner: listens on web.host:web.port until told to stop."""

from __future__ import annotations

import asyncio
import logging

from aiohttp import web

from bot import messages
from bot.chat.seam import Desk
from bot.ops.runner import ServiceRefused
from bot.store.database import Database
from bot.store.sealing import seal_stored_tokens
from bot.web.app import CIPHER, build_app
from bot.web.config import DeskConfig

log = logging.getLogger("factbot.web")


class DeskService:
    name = "web"

    def __init__(self, desk: Desk, store: Database, config: DeskConfig, *, host: str,
                 port: int) -> None:
        self.app = build_app(desk, store, config)
        self.store = store
        self.host = host
        self.port = port
        self._listening = False

    def ready(self) -> bool:
        return self._listening

    async def serve(self, stop: asyncio.Event) -> None:
        # Tokens stored before encryption, or under a key since rotated: encrypted now.
        sealed = await seal_stored_tokens(self.store, self.app[CIPHER])
        if any(sealed.sealed.values()) or any(sealed.unreadable.values()):
            log.info("stored tokens encrypted with the current key",
                     extra={"sealed": sealed.sealed, "unreadable": sealed.unreadable})
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
