"""Passive-watch cooldowns, once for every platform: after an unasked answer, a channel (and the
person answered, anywhere in the server) gets no other for a while.

`PassiveCooldowns` is the policy the adapters call: `ready` before checking a watched message
(local, no round trip: can this spot be answered at all?), then `take` once the answer is
decided, which claims the spot for the server's cooldowns and says whether this caller got it.
Only the caller that gets it answers.

The cooldowns live on a board. `LocalBoard` is this process's. `RedisBoard` is shared by every
instance: `take` is Redis' atomic `SET key 1 NX PX ms` per key, so of two instances racing for
one channel exactly one gets it, and the keys expire in Redis on their own, so a restarted
instance still keeps quiet where another answered a moment ago.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from bot.chat.settings import ServerSettings

log = logging.getLogger("factbot.cooldowns")

KEY_PREFIX = "factbot:cooldown:"
PRUNE_EVERY = 10_000


@dataclass(frozen=True, slots=True)
class Spot:
    """Where an unasked answer would go: a platform's server, channel, and the person."""

    platform: str
    server: str
    channel: str
    user: str


@dataclass(frozen=True, slots=True)
class Hold:
    """One cooldown to take: a key, kept for `seconds`."""

    key: str
    seconds: float


class CooldownBoard(Protocol):
    def free(self, key: str) -> bool:
        """What this instance knows: no cooldown on `key` (another may hold one meanwhile)."""
        ...

    async def take(self, holds: Sequence[Hold]) -> bool:
        """Take every hold, or none if any key is held; True when this caller took them."""
        ...


class LocalBoard:
    """Cooldowns kept in this process only, on its monotonic clock."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.until: dict[str, float] = {}
        self._writes = 0

    def free(self, key: str) -> bool:
        until = self.until.get(key)
        return until is None or self.clock() >= until

    def hold(self, key: str, seconds: float) -> None:
        """Remember that `key` is held for `seconds` from now."""
        now = self.clock()
        self.until[key] = max(self.until.get(key, now), now + seconds)
        self._writes += 1
        if self._writes % PRUNE_EVERY == 0:
            self.until = {k: v for k, v in self.until.items() if v > now}

    async def take(self, holds: Sequence[Hold]) -> bool:
        return self.take_here(holds)

    def take_here(self, holds: Sequence[Hold]) -> bool:
        if not all(self.free(h.key) for h in holds):
            return False
        for h in holds:
            self.hold(h.key, h.seconds)
        return True


class RedisBoard(LocalBoard):
    """Cooldowns held in Redis for every instance, mirrored locally for `free`.

    If Redis cannot be reached when an answer is decided, this instance goes on with its own
    mirror (logged): it may then answer where another instance just did, but it never goes
    silent because Redis is away.
    """

    def __init__(self, url: str, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(clock)
        self.url = url
        self.redis: Any = None

    async def start(self) -> None:
        """Connect; raises ConnectionError (or OSError) if Redis does not answer."""
        import redis.asyncio
        from redis.exceptions import RedisError

        self.redis = redis.asyncio.from_url(self.url)
        try:
            await self.redis.ping()
        except RedisError as exc:
            raise ConnectionError(str(exc)) from exc

    async def take(self, holds: Sequence[Hold]) -> bool:
        from redis.exceptions import RedisError

        if not all(self.free(h.key) for h in holds):
            return False
        if self.redis is None:
            return self.take_here(holds)
        try:
            return await self._take_shared(holds)
        except (RedisError, OSError):
            log.warning("could not reach Redis for a cooldown; deciding on this instance",
                        exc_info=True)
            return self.take_here(holds)

    async def _take_shared(self, holds: Sequence[Hold]) -> bool:
        taken: list[Hold] = []
        for h in holds:
            if await self.redis.set(h.key, b"1", nx=True, px=max(1, round(h.seconds * 1000))):
                taken.append(h)
                continue
            # Held by another instance (or by this one before a restart): learn for how long,
            # and give back what this call took, so that a refused take holds nothing.
            left_ms = await self.redis.pttl(h.key)
            if left_ms > 0:
                self.hold(h.key, left_ms / 1000)
            if taken:
                await self.redis.delete(*(t.key for t in taken))
            return False
        for h in taken:
            self.hold(h.key, h.seconds)
        return True

    async def reachable(self) -> bool:
        """Connected and answering: what /readyz reports as `redis`."""
        from redis.exceptions import RedisError

        if self.redis is None:
            return False
        try:
            return bool(await self.redis.ping())
        except (RedisError, OSError):
            return False

    async def close(self) -> None:
        if self.redis is not None:
            await self.redis.aclose()


class PassiveCooldowns:
    """The cooldown policy of passive watch, on a board (this process's by default)."""

    def __init__(self, board: CooldownBoard | None = None) -> None:
        self.board: CooldownBoard = board if board is not None else LocalBoard()

    @staticmethod
    def holds(spot: Spot, settings: ServerSettings) -> list[Hold]:
        """The channel's cooldown and the person's (server-wide); a zero cooldown is none."""
        where = f"{KEY_PREFIX}{spot.platform}:{spot.server}"
        wanted = [Hold(f"{where}:channel:{spot.channel}", settings.channel_cooldown_s),
                  Hold(f"{where}:user:{spot.user}", settings.user_cooldown_s)]
        return [h for h in wanted if h.seconds > 0]

    def ready(self, spot: Spot, settings: ServerSettings) -> bool:
        """Worth checking the message: no cooldown this instance knows of holds the spot."""
        return all(self.board.free(h.key) for h in self.holds(spot, settings))

    async def take(self, spot: Spot, settings: ServerSettings) -> bool:
        """Claim the spot for the server's cooldowns; only a caller that gets it answers."""
        return await self.board.take(self.holds(spot, settings))
