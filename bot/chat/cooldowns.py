"""When each passive answer was last given, on one instance or shared by all through Redis.

Passive watch keeps quiet in a channel (and towards a person) for a while after answering. With
several instances that quiet period must hold across them, or each instance answers once. The
board is read on every watched message, so reads stay local and synchronous: an instance marks
a key in its own mirror and announces it on a Redis channel, and every instance's mirror is fed
from that channel (milliseconds on a local network). Marks are wall-clock times, comparable
between machines whose clocks are synchronised.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from typing import Any, Protocol

log = logging.getLogger("factbot.cooldowns")

CHANNEL = "factbot:cooldowns"
# No cooldown lasts longer than a day (bot.chat.settings.MAX_COOLDOWN_S); older marks are dropped.
FORGET_AFTER_S = 24 * 3600
PRUNE_EVERY = 10_000
RECONNECT_S = 1.0


class CooldownBoard(Protocol):
    def last(self, key: str) -> float | None: ...

    def mark(self, key: str) -> None: ...


class LocalBoard:
    """Marks kept in this process only."""

    def __init__(self) -> None:
        self.marks: dict[str, float] = {}
        self._writes = 0

    def last(self, key: str) -> float | None:
        return self.marks.get(key)

    def mark(self, key: str) -> None:
        self.set(key, time.time())

    def set(self, key: str, at: float) -> None:
        if at > self.marks.get(key, 0.0):
            self.marks[key] = at
        self._writes += 1
        if self._writes % PRUNE_EVERY == 0:
            horizon = time.time() - FORGET_AFTER_S
            self.marks = {k: v for k, v in self.marks.items() if v >= horizon}


class RedisBoard(LocalBoard):
    """A local mirror kept in step with every other instance through Redis pub/sub."""

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url
        self.redis: Any = None
        self._listener: asyncio.Task[None] | None = None
        self._sending: set[asyncio.Task[None]] = set()
        self._subscribed = asyncio.Event()

    async def start(self, *, timeout: float = 5.0) -> None:
        """Connect and subscribe; raises OSError (or redis' ConnectionError) if Redis is down."""
        import redis.asyncio
        from redis.exceptions import RedisError

        self.redis = redis.asyncio.from_url(self.url)
        try:
            await self.redis.ping()
        except RedisError as exc:
            raise ConnectionError(str(exc)) from exc
        self._listener = asyncio.create_task(self._listen(), name="factbot:cooldowns")
        await asyncio.wait_for(self._subscribed.wait(), timeout)

    async def _listen(self) -> None:
        """Apply every announcement; resubscribe after a lost connection."""
        from redis.exceptions import ConnectionError as RedisConnectionError

        while True:
            pubsub = self.redis.pubsub(ignore_subscribe_messages=True)
            try:
                await pubsub.subscribe(CHANNEL)
                self._subscribed.set()
                async for message in pubsub.listen():
                    self._apply(message)
            except (RedisConnectionError, OSError):
                self._subscribed.clear()
                log.warning("lost the Redis cooldown channel; reconnecting", exc_info=True)
                await asyncio.sleep(RECONNECT_S)
            finally:
                await pubsub.aclose()

    def _apply(self, message: Any) -> None:
        try:
            key, at = json.loads(message["data"])
            self.set(str(key), float(at))
        except (ValueError, TypeError, KeyError):
            log.warning("ignored a malformed cooldown announcement")

    def mark(self, key: str) -> None:
        at = time.time()
        self.set(key, at)
        if self.redis is not None:
            task = asyncio.get_running_loop().create_task(self._announce(key, at))
            self._sending.add(task)
            task.add_done_callback(self._sending.discard)

    async def _announce(self, key: str, at: float) -> None:
        try:
            await self.redis.publish(CHANNEL, json.dumps([key, at]))
        except Exception:
            # The local mark still holds; other instances just do not hear of this one.
            log.warning("could not share a cooldown through Redis", exc_info=True)

    async def reachable(self) -> bool:
        """Connected, subscribed and answering: what /readyz reports as `redis`."""
        from redis.exceptions import RedisError

        if self.redis is None or not self._subscribed.is_set():
            return False
        try:
            return bool(await self.redis.ping())
        except (RedisError, OSError):
            return False

    async def close(self) -> None:
        if self._sending:
            await asyncio.wait(set(self._sending), timeout=2)
        if self._listener is not None:
            self._listener.cancel()
            await asyncio.gather(self._listener, return_exceptions=True)
        if self.redis is not None:
            await self.redis.aclose()
