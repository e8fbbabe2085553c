"""Run several services in one process until SIGTERM, then shut them down in order.

A service is anything with a `name`, a `ready()` and an `async serve(stop)` that returns once
`stop` is set and its in-flight work is done. Shutdown: the signal sets `stop`, /readyz turns
red so load balancers stop sending, every service finishes what it had accepted (bounded by
the grace period), then the closers run (database, HTTP sessions) and the ops server goes last.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import signal
import weakref
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from typing import Any, Protocol

from bot.ops.ops_http import OpsServer, Readiness

log = logging.getLogger("factbot.runner")

EXIT_OK = 0
EXIT_SERVICE_FAILED = 1
# A service refused to run as configured (sysexits' EX_CONFIG): restarting will not help, and
# the systemd unit does not (RestartPreventExitStatus).
EXIT_REFUSED = 78
STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


class Service(Protocol):
    name: str

    def ready(self) -> bool | Awaitable[bool]:
        """Whether the service can take work now (connected to its platform, listening)."""
        ...

    async def serve(self, stop: asyncio.Event) -> None: ...


Closer = Callable[[], Awaitable[None]]


class ServiceRefused(Exception):
    """A service cannot run as configured (a token the platform refuses); the message says what
    to change, in one line, and the process exits with EXIT_REFUSED."""

_owner: contextvars.ContextVar[str | None] = contextvars.ContextVar("factbot_service",
                                                                    default=None)


class TaskTracker:
    """Remembers which service started each task, so a stopping service's stragglers (a
    listener still sending its reply after the request was acknowledged) can be waited for."""

    def __init__(self) -> None:
        self.owned: dict[str, weakref.WeakSet[asyncio.Task[Any]]] = {}

    def install(self, loop: asyncio.AbstractEventLoop) -> None:
        loop.set_task_factory(self._factory)  # type: ignore[arg-type]

    def _factory(self, loop: asyncio.AbstractEventLoop, coro: Coroutine[Any, Any, Any],
                 **kwargs: Any) -> asyncio.Task[Any]:
        task = asyncio.Task(coro, loop=loop, **kwargs)
        owner = _owner.get()
        if owner is not None:
            self.owned.setdefault(owner, weakref.WeakSet()).add(task)
        return task

    def pending(self, owner: str) -> list[asyncio.Task[Any]]:
        current = asyncio.current_task()
        return [t for t in self.owned.get(owner, ()) if not t.done() and t is not current]


class Runner:
    def __init__(self, services: Sequence[Service], *, readiness: Readiness | None = None,
                 ops: OpsServer | None = None, grace: float = 20.0,
                 closers: Sequence[Closer] = (),
                 signals: Sequence[signal.Signals] = STOP_SIGNALS) -> None:
        self.services = list(services)
        self.readiness = readiness or (ops.readiness if ops else Readiness())
        self.ops = ops
        self.grace = grace
        self.closers = list(closers)
        self.signals = tuple(signals)
        self.stop = asyncio.Event()
        self.hurry = asyncio.Event()
        self.tracker = TaskTracker()

    def _on_signal(self, sig: signal.Signals) -> None:
        if self.stop.is_set():
            # A second Ctrl-C or SIGTERM: someone does not want to wait for the grace period.
            log.warning("stopping now", extra={"signal": sig.name})
            self.hurry.set()
        else:
            log.info("stopping", extra={"signal": sig.name})
        self.stop.set()

    def _install_signals(self) -> list[signal.Signals]:
        loop = asyncio.get_running_loop()
        installed = []
        for sig in self.signals:
            try:
                loop.add_signal_handler(sig, self._on_signal, sig)
            except (NotImplementedError, RuntimeError):
                continue  # not the main thread, or a platform without signal support
            installed.append(sig)
        return installed

    async def run(self) -> int:
        installed = self._install_signals()
        self.readiness.register("accepting", lambda: not self.stop.is_set())
        for service in self.services:
            self.readiness.register(service.name, service.ready)
        code = EXIT_OK
        try:
            if self.ops is not None:
                await self.ops.start()
            code = await self._serve()
        finally:
            if await self._close() and code == EXIT_OK:
                code = EXIT_SERVICE_FAILED
            if self.ops is not None:
                await self.ops.stop()
            loop = asyncio.get_running_loop()
            loop.set_task_factory(None)
            for sig in installed:
                loop.remove_signal_handler(sig)
        log.info("stopped", extra={"failed": code != EXIT_OK})
        return code

    async def _serve_one(self, service: Service) -> None:
        _owner.set(service.name)
        await service.serve(self.stop)
        stragglers = self.tracker.pending(service.name)
        if stragglers:
            await asyncio.wait(stragglers)

    async def _serve(self) -> int:
        """Serve until stopped or a service ends; the exit code."""
        self.tracker.install(asyncio.get_running_loop())
        tasks = {asyncio.create_task(self._serve_one(s), name=f"factbot:{s.name}"): s
                 for s in self.services}
        log.info("started", extra={"services": [s.name for s in self.services]})
        stopping = asyncio.create_task(self.stop.wait())
        await asyncio.wait({stopping, *tasks}, return_when=asyncio.FIRST_COMPLETED)
        if not self.stop.is_set():
            # A service ended on its own (console at end of input, or a crash): stop the rest.
            self.stop.set()
        stopping.cancel()
        pending = await self._drain(set(tasks))
        for task in pending:
            log.warning("grace period over; cancelling", extra={"service": tasks[task].name})
            task.cancel()
        if pending:
            await asyncio.wait(pending)
        code = EXIT_SERVICE_FAILED if pending else EXIT_OK
        for task in set(tasks) - pending:
            error = None if task.cancelled() else task.exception()
            if error is None:
                continue
            if isinstance(error, ServiceRefused):
                # The message says what to change; a traceback would only bury it.
                log.error(str(error), extra={"service": tasks[task].name})
                code = EXIT_REFUSED
            else:
                log.error("service failed", extra={"service": tasks[task].name},
                          exc_info=error)
                code = code if code == EXIT_REFUSED else EXIT_SERVICE_FAILED
        return code

    async def _drain(self, tasks: set[asyncio.Task[None]]) -> set[asyncio.Task[None]]:
        """Wait for `tasks` until the grace period ends or a second signal; what is left."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.grace
        hurry = asyncio.create_task(self.hurry.wait())
        pending = set(tasks)
        while pending and not self.hurry.is_set() and loop.time() < deadline:
            done, _ = await asyncio.wait(pending | {hurry}, timeout=deadline - loop.time(),
                                         return_when=asyncio.FIRST_COMPLETED)
            pending -= done
        hurry.cancel()
        return pending

    async def _close(self) -> bool:
        failed = False
        for close in self.closers:
            try:
                await asyncio.wait_for(close(), self.grace)
            except Exception:
                failed = True
                log.exception("closing failed")
        return failed

