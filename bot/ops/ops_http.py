"""The operations port: /healthz (alive), /readyz (ready to serve), /metrics (Prometheus).

Readiness is whatever the registered callbacks say: the fact base is loaded, the database
answers, each platform is connected. A callback that raises or takes too long counts as not
ready, so a hung database turns /readyz red instead of hanging the probe.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from bot import messages
from bot.ops import metrics

log = logging.getLogger(__name__)

ReadyCheck = Callable[[], bool | Awaitable[bool]]
CHECK_TIMEOUT = 2.0


class Readiness:
    """Named readiness callbacks; ready when every one of them says so."""

    def __init__(self, *, timeout: float = CHECK_TIMEOUT) -> None:
        self.timeout = timeout
        self._checks: dict[str, ReadyCheck] = {}

    def register(self, name: str, check: ReadyCheck) -> None:
        self._checks[name] = check

    async def _one(self, name: str, check: ReadyCheck) -> bool:
        try:
            result = check()
            if inspect.isawaitable(result):
                result = await asyncio.wait_for(result, self.timeout)
            return bool(result)
        except Exception:
            log.warning("readiness check failed", extra={"check": name}, exc_info=True)
            return False

    async def evaluate(self) -> dict[str, bool]:
        names = list(self._checks)
        results = await asyncio.gather(*(self._one(n, self._checks[n]) for n in names))
        return dict(zip(names, results, strict=True))


async def _healthz(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


async def _readyz(request: web.Request) -> web.Response:
    readiness: Readiness = request.app[READINESS]
    checks = await readiness.evaluate()
    ready = all(checks.values())
    return web.json_response({"ready": ready, "checks": checks}, status=200 if ready else 503)


async def _metrics(request: web.Request) -> web.Response:
    body = metrics.exposition()
    response = web.Response(body=body)
    response.headers["Content-Type"] = metrics.CONTENT_TYPE
    return response


READINESS = web.AppKey("readiness", Readiness)


def make_app(readiness: Readiness) -> web.Application:
    app = web.Application()
    app[READINESS] = readiness
    app.router.add_get("/healthz", _healthz)
    app.router.add_get("/readyz", _readyz)
    app.router.add_get("/metrics", _metrics)
    return app


class OpsPortUnavailable(OSError):
    """The ops port cannot be listened on; the message says which and what to change."""


class OpsServer:
    """The ops HTTP server on HOST:PORT; port 0 picks a free one (see `.port` after start)."""

    def __init__(self, readiness: Readiness, *, host: str = "127.0.0.1", port: int = 9108) -> None:
        self.readiness = readiness
        self.host = host
        self.port = port
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        self._runner = web.AppRunner(make_app(self.readiness), access_log=None,
                                     handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        try:
            await site.start()
        except OSError as exc:
            await self._runner.cleanup()
            self._runner = None
            raise OpsPortUnavailable(messages.ops_port_unavailable(
                self.host, self.port, exc.strerror or str(exc))) from exc
        addresses: list[Any] = self._runner.addresses
        if self.port == 0 and addresses:
            self.port = int(addresses[0][1])
        log.info("ops server listening", extra={"host": self.host, "port": self.port})

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
