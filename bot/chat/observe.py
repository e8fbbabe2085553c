"""Every checked message, timed, counted in the metrics and logged as one event.

Adapters check through a desk (`async check(claim) -> Reply`, plus whatever else the platform
needs from it); wrapping the desk in `ObservedDesk` makes every check observable, counts every
moderator action that succeeds, counts every check that fails (the database, or a bug), and
leaves the rest of the desk as it is.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from bot.chat.base import FactChecker
from bot.core.models import Claim, Reply
from bot.ops import metrics
from bot.ops.logging_setup import log_check
from bot.store.database import is_database_error


class Desk(Protocol):
    async def check(self, claim: Claim, *, top: int = 5) -> Reply: ...


class CheckerDesk:
    """The bare core as a desk: one fact base for everyone, nothing recorded."""

    def __init__(self, checker: FactChecker) -> None:
        self.checker = checker

    async def check(self, claim: Claim, *, top: int = 5) -> Reply:
        return self.checker.check(claim, top=top)


# The moderation layer's methods that change what a server serves or how it is run.
MODERATION_ACTIONS = frozenset({
    "add_fact", "edit_fact", "retire_fact", "restore_fact", "update_settings",
    "approve_suggestion", "reject_suggestion", "fact_from_unmatched", "dismiss_unmatched",
    "resolve_report", "follow_pack",
})


def _counted(action: str, method: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
    @functools.wraps(method)
    async def call(*args: Any, **kwargs: Any) -> Any:
        result = await method(*args, **kwargs)
        server = args[0] if args else kwargs.get("server")
        metrics.record_moderation(str(getattr(server, "platform", "unknown")), action)
        return result
    return call


class ObservedDesk:
    """A desk whose every check is timed, counted and logged; every other attribute is the
    wrapped desk's own."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.in_flight = 0

    def __getattr__(self, name: str) -> Any:
        found = getattr(self.inner, name)
        if name in MODERATION_ACTIONS and callable(found):
            return _counted(name, found)
        return found

    async def check(self, claim: Claim, **options: Any) -> Reply:
        self.in_flight += 1
        start = time.perf_counter()
        try:
            reply: Reply = await self.inner.check(claim, **options)
        except Exception as exc:
            metrics.record_check_failure(
                claim.platform, "database" if is_database_error(exc) else "internal")
            raise
        finally:
            self.in_flight -= 1
        elapsed = time.perf_counter() - start
        metrics.record_check(claim.platform, reply, elapsed)
        log_check(claim, reply, elapsed)
        return reply
