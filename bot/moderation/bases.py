"""Each server's fact base and matcher, rebuilt when its facts, settings or packs change."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.chat.settings import ServerSettings
from bot.core.matcher import ClaimMatcher
from bot.core.models import Fact
from bot.moderation.types import ServerKey
from bot.ops.matchers import configured_kind, make_matcher
from bot.packs.reload import PackLibrary
from bot.store import repo
from bot.store.codec import fact_from_data
from bot.store.database import Database


@dataclass(frozen=True, slots=True)
class ServerBase:
    """What one server checks against: its settings and the facts it serves."""

    server: ServerKey | None
    settings: ServerSettings
    facts: Mapping[str, Fact]
    overridden: frozenset[str]       # pack fact ids the server has its own version of
    matcher: ClaimMatcher
    revision: int
    pack_generation: int
    checked_at: float = field(compare=False)


def build_matcher(facts: list[Fact], kind: str | None = None,
                  cache_dir: Path | None = None) -> ClaimMatcher:
    """The matcher over `facts`: `kind` (auto, lexical or semantic), else $FACTBOT_MATCHER;
    the semantic matcher caches its embeddings in `cache_dir` (default: see bot.core.semantic)."""
    return make_matcher(facts, kind or configured_kind(), cache_dir=cache_dir)


class ServerBases:
    """A cache of ServerBase per server.

    A cached base is trusted for `refresh_s` seconds; after that the server's revision is read
    again (one indexed query) and the base rebuilt if another instance changed it. Writes
    through this process invalidate at once.
    """

    def __init__(self, db: Database, packs: PackLibrary, *, refresh_s: float = 2.0,
                 pack_poll_s: float = 2.0, matcher: str | None = None,
                 embeddings_dir: Path | None = None) -> None:
        self.db = db
        self.packs = packs
        self.matcher = matcher
        self.embeddings_dir = embeddings_dir
        self.refresh_s = refresh_s
        self.pack_poll_s = pack_poll_s
        self._bases: dict[ServerKey | None, ServerBase] = {}
        self._locks: dict[ServerKey | None, asyncio.Lock] = {}
        self._last_pack_poll = time.monotonic()
        self._pack_lock = asyncio.Lock()
        self._shared: dict[tuple[str, ...], tuple[int, dict[str, Fact], ClaimMatcher]] = {}

    def pack_fact(self, fact_id: str) -> Fact | None:
        """The fact of that id in the packs loaded now, whether or not a server serves it."""
        for pack in self.packs.packs.values():
            for fact in pack.facts:
                if fact.id == fact_id:
                    return fact
        return None

    def invalidate(self, server: ServerKey | None) -> None:
        self._bases.pop(server, None)

    def invalidate_all(self) -> None:
        self._bases.clear()

    async def poll_packs(self, *, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._last_pack_poll < self.pack_poll_s:
            return
        async with self._pack_lock:   # one poll at a time: the library is not thread-safe
            self._last_pack_poll = time.monotonic()
            await asyncio.to_thread(self.packs.poll)

    async def get(self, server: ServerKey | None) -> ServerBase:
        await self.poll_packs()
        base = self._bases.get(server)
        now = time.monotonic()
        generation = self.packs.generation
        if base and base.pack_generation == generation and now - base.checked_at < self.refresh_s:
            return base
        lock = self._locks.setdefault(server, asyncio.Lock())
        async with lock:
            base = self._bases.get(server)
            if server is None:
                if base is None or base.pack_generation != generation:
                    base = await self._build(None, 0, ServerSettings(), [])
                    self._bases[None] = base
                return base
            key = str(server)
            async with self.db.read() as conn:
                revision = await repo.server_revision(conn, key)
                if base and base.revision == revision and base.pack_generation == generation:
                    fresh = ServerBase(base.server, base.settings, base.facts, base.overridden,
                                       base.matcher, base.revision, base.pack_generation,
                                       time.monotonic())
                    self._bases[server] = fresh
                    return fresh
                revision, stored = await repo.server_state(conn, key)
                rows = await repo.fact_rows(conn, key)
            base = await self._build(server, revision, ServerSettings.from_json(stored), rows)
            self._bases[server] = base
            return base

    async def _build(self, server: ServerKey | None, revision: int, settings: ServerSettings,
                     rows: list[Any]) -> ServerBase:
        generation = self.packs.generation
        enabled = tuple(settings.packs_enabled(self.packs.packs.keys()))
        if not rows:
            # Servers with no facts of their own share one matcher per set of packs.
            shared = self._shared.get(enabled)
            if shared is None or shared[0] != generation:
                facts = {f.id: f for f in self.packs.facts(enabled)}
                matcher = await asyncio.to_thread(build_matcher, list(facts.values()), self.matcher,
                                          self.embeddings_dir)
                shared = (generation, facts, matcher)
                self._shared[enabled] = shared
            return ServerBase(server, settings, shared[1], frozenset(), shared[2], revision,
                              generation, time.monotonic())
        own_ids = {row.fact_id for row in rows}
        pack = str(server) if server else ""
        facts = {f.id: f for f in self.packs.facts(enabled) if f.id not in own_ids}
        for row in rows:
            if not row.retired:
                facts[row.fact_id] = fact_from_data(row.fact_id, row.data, pack)
        all_pack_ids = {f.id for p in self.packs.packs.values() for f in p.facts}
        matcher = await asyncio.to_thread(build_matcher, list(facts.values()), self.matcher,
                                          self.embeddings_dir)
        return ServerBase(server, settings, facts, frozenset(own_ids & all_pack_ids), matcher,
                          revision, generation, time.monotonic())
