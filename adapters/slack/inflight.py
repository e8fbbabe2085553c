"""Listener runs under way, counted through Bolt's public listener start and completion hooks,
so that stopping can wait for the answers still being sent after their acknowledgement."""

from __future__ import annotations

import asyncio

from slack_bolt.async_app import AsyncApp
from slack_bolt.listener.async_listener_completion_handler import (
    AsyncListenerCompletionHandler,
)
from slack_bolt.listener.async_listener_start_handler import AsyncListenerStartHandler
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse


class InFlight:
    """How many listeners are running now; `idle` waits for none."""

    def __init__(self) -> None:
        self.count = 0
        self._idle = asyncio.Event()
        self._idle.set()

    def attach(self, app: AsyncApp) -> InFlight:
        runner = app.listener_runner
        runner.listener_start_handler = _Started(self, runner.listener_start_handler)
        runner.listener_completion_handler = _Completed(self, runner.listener_completion_handler)
        return self

    def started(self) -> None:
        self.count += 1
        self._idle.clear()

    def completed(self) -> None:
        self.count = max(self.count - 1, 0)
        if self.count == 0:
            self._idle.set()

    async def idle(self) -> None:
        await self._idle.wait()


class _Started(AsyncListenerStartHandler):
    def __init__(self, work: InFlight, inner: AsyncListenerStartHandler) -> None:
        self.work, self.inner = work, inner

    async def handle(self, request: AsyncBoltRequest, response: BoltResponse | None) -> None:
        self.work.started()
        await self.inner.handle(request, response)


class _Completed(AsyncListenerCompletionHandler):
    def __init__(self, work: InFlight, inner: AsyncListenerCompletionHandler) -> None:
        self.work, self.inner = work, inner

    async def handle(self, request: AsyncBoltRequest, response: BoltResponse | None) -> None:
        try:
            await self.inner.handle(request, response)
        finally:
            self.work.completed()
