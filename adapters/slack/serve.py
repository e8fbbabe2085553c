"""The Slack app as a service of the runner, in Socket Mode or HTTP mode.

Stopping: HTTP mode closes the listening socket and lets open requests finish (aiohttp's own
graceful shutdown); listeners still sending a reply after their acknowledgement are waited for by
the runner before the process exits. Socket Mode waits for the listeners under way (counted
through Bolt's listener start and completion hooks), then disconnects.
"""

from __future__ import annotations

import asyncio
import logging

from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp

from adapters.slack.inflight import InFlight
from adapters.slack.run import http_server

log = logging.getLogger("factbot.slack")

# After the stop signal, how long a request already read from the socket may take to reach its
# listener before the listeners under way are counted.
DISPATCH_SECONDS = 0.2


class SlackHttpService:
    """Slack's Events API over HTTP, behind a load balancer: any instance can answer."""

    name = "slack"

    def __init__(self, app: AsyncApp, *, host: str, port: int, signing_secret: str,
                 oauth: bool = False) -> None:
        self.server = http_server(app, host=host, port=port, oauth=oauth,
                                  signing_secret=signing_secret)
        self._stopping = False

    def ready(self) -> bool:
        return self.server.started and not self._stopping

    @property
    def port(self) -> int | None:
        """The bound port once started (useful when configured as 0)."""
        return self.server.port

    async def serve(self, stop: asyncio.Event) -> None:
        await self.server.start()
        log.info("slack http listening", extra={"host": self.server.host, "port": self.port})
        try:
            await stop.wait()
        finally:
            self._stopping = True
            await self.server.stop()


class SlackSocketService:
    """Slack over Socket Mode: an outbound WebSocket, no public endpoint needed."""

    name = "slack"

    def __init__(self, app: AsyncApp, app_token: str) -> None:
        self.handler = AsyncSocketModeHandler(app, app_token)
        self.work = InFlight().attach(app)
        self._connected = False

    async def ready(self) -> bool:
        """Connected now: the Socket Mode session is open and answering pings (slack_sdk
        reconnects on its own; meanwhile this says no)."""
        return self._connected and await self.handler.client.is_connected()

    async def serve(self, stop: asyncio.Event) -> None:
        await self.handler.connect_async()  # type: ignore[no-untyped-call]
        self._connected = True
        log.info("Slack: connected in Socket Mode")
        try:
            await stop.wait()
            await asyncio.sleep(DISPATCH_SECONDS)
            await self.work.idle()
        finally:
            self._connected = False
            await self.handler.disconnect_async()  # type: ignore[no-untyped-call]
            await self.handler.close_async()  # type: ignore[no-untyped-call]
