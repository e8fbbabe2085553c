"""The Slack app as a service of the runner, in Socket Mode or HTTP mode.

Stopping: HTTP mode closes the listening socket and lets open requests finish (uvicorn's own
graceful shutdown); listeners still sending a reply after their acknowledgement are waited for by
the runner before the process exits. Socket Mode waits for the requests it is handling, then
disconnects.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import uvicorn
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp

from adapters.slack.run import http_server

log = logging.getLogger("factbot.slack")

# The coroutines slack_sdk and Bolt run per incoming request in Socket Mode; while one is
# pending the socket must stay open, since its acknowledgement goes back over it.
REQUEST_COROUTINES = ("run_message_listeners", "run_ack_function_asynchronously")


def request_tasks() -> list[asyncio.Task[Any]]:
    return [t for t in asyncio.all_tasks()
            if not t.done() and getattr(t.get_coro(), "__name__", "") in REQUEST_COROUTINES]


class SlackHttpService:
    """Slack's Events API over HTTP, behind a load balancer: any instance can answer."""

    name = "slack"

    def __init__(self, app: AsyncApp, *, host: str, port: int, oauth: bool = False) -> None:
        self.server: uvicorn.Server = http_server(app, host=host, port=port, oauth=oauth)

    def ready(self) -> bool:
        return bool(self.server.started) and not self.server.should_exit

    @property
    def port(self) -> int | None:
        """The bound port once started (useful when configured as 0)."""
        for server in self.server.servers:
            for sock in server.sockets:
                return int(sock.getsockname()[1])
        return None

    async def serve(self, stop: asyncio.Event) -> None:
        # The steps of uvicorn.Server.serve() minus its signal capture: the runner owns SIGTERM.
        server = self.server
        config = server.config
        if not config.loaded:
            config.load()
        server.lifespan = config.lifespan_class(config)
        await server.startup()
        if server.should_exit:
            raise OSError(f"cannot listen on {config.host}:{config.port}")
        log.info("slack http listening", extra={"host": config.host, "port": self.port})
        main_loop = asyncio.create_task(server.main_loop())
        stopping = asyncio.create_task(stop.wait())
        await asyncio.wait({main_loop, stopping}, return_when=asyncio.FIRST_COMPLETED)
        stopping.cancel()
        server.should_exit = True
        await main_loop
        await server.shutdown()


class SlackSocketService:
    """Slack over Socket Mode: an outbound WebSocket, no public endpoint needed."""

    name = "slack"

    def __init__(self, app: AsyncApp, app_token: str) -> None:
        self.handler = AsyncSocketModeHandler(app, app_token)
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
            while pending := request_tasks():
                await asyncio.wait(pending, timeout=1.0)
        finally:
            self._connected = False
            await self.handler.disconnect_async()  # type: ignore[no-untyped-call]
            await self.handler.close_async()  # type: ignore[no-untyped-call]
