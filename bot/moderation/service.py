"""The Moderation façade: per-server fact bases, edited with history, over SQLite or PostgreSQL."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from contextlib import aclosing
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from bot.chat.settings import ServerSettings, SettingsError, apply_changes
from bot.core.checker import check_message
from bot.core.models import Claim, Reply
from bot.moderation import asks, queues
from bot.moderation.bases import ServerBase, ServerBases
from bot.moderation.errors import InvalidSettings
from bot.moderation.facts import FactsMixin
from bot.moderation.review import ReviewMixin
from bot.moderation.stats import StatsMixin
from bot.moderation.tally import FLUSH_S, Tally
from bot.moderation.transfer import TransferMixin
from bot.moderation.types import Actor, AskedFact, ServerKey
from bot.packs.paths import bundled_facts_dir
from bot.packs.reload import PackLibrary, ReloadResult
from bot.store import platform_state, repo
from bot.store.database import Database, database_url

log = logging.getLogger(__name__)


class Moderation(FactsMixin, ReviewMixin, TransferMixin, StatsMixin):
    """See the package docstring (`bot.moderation`) for the whole API."""

    def __init__(self, db: Database, packs: PackLibrary, *, refresh_s: float = 2.0,
                 pack_poll_s: float = 2.0, matcher: str | None = None,
                 embeddings_dir: Path | None = None, stats_flush_s: float = FLUSH_S) -> None:
        self.db = db
        self.packs = packs
        self.tally = Tally(db, flush_s=stats_flush_s)
        self.bases = ServerBases(db, packs, refresh_s=refresh_s, pack_poll_s=pack_poll_s,
                                 matcher=matcher, embeddings_dir=embeddings_dir)

    @classmethod
    async def open(cls, url: str | None = None, *, data_dir: Path | None = None,
                   packs: Sequence[Path | str] | None = None, refresh_s: float = 2.0,
                   pack_poll_s: float = 2.0, migrate: bool = True,
                   on_pack_reload: Callable[[ReloadResult], None] | None = None,
                   matcher: str | None = None, stats_flush_s: float = FLUSH_S) -> Moderation:
        """Connect, run migrations, load the pack directories (default: the bundled packs).

        `on_pack_reload` is called after the first load and each reload (later ones from a
        worker thread) with the problems of any refused pack file; they are also logged and
        kept in `packs.problems`. Statistics of checks are written every `stats_flush_s`
        seconds by a task started here, and at `close()`.
        """
        db = Database(database_url(url, data_dir_path=data_dir))
        try:
            if migrate:
                await db.upgrade()
        except BaseException:
            await db.close()
            raise
        library = PackLibrary(list(packs) if packs is not None else [bundled_facts_dir()],
                              on_reload=on_pack_reload)
        opened = cls(db, library, refresh_s=refresh_s, pack_poll_s=pack_poll_s, matcher=matcher,
                     embeddings_dir=data_dir / "embeddings" if data_dir is not None else None,
                     stats_flush_s=stats_flush_s)
        opened.tally.start()
        return opened

    async def close(self) -> None:
        """Write the statistics still in memory, then close the database."""
        try:
            await self.tally.close()
        finally:
            await self.db.close()

    # -- what platform adapters keep across restarts -------------------------------------------

    def pack_ids(self) -> list[str]:
        """The fact packs loaded now, that servers choose from (settings' enabled_packs)."""
        return sorted(self.packs.packs)

    async def platform_state(self, key: str) -> str | None:
        """The value an adapter kept under `key` (see bot/store/platform_state.py), if any."""
        async with self.db.read() as conn:
            return await platform_state.read(conn, key)

    async def keep_platform_state(self, key: str, value: str) -> None:
        async with self.db.write() as conn:
            await platform_state.write(conn, key, value)

    async def __aenter__(self) -> Moderation:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # -- checking ------------------------------------------------------------------------------

    async def check(self, claim: Claim, *, top: int = 5) -> Reply:
        """Check a claim against its server's fact base (bundled facts only without a server).

        An explicit claim that matches nothing is recorded in the server's unmatched queue;
        one that matches counts as an ask of each fact it matched (see `most_asked`). Each
        claim of an explicit check counts once under the day, channel, verdict and fact
        (see `ask_statistics`).
        """
        server = ServerKey.of_claim(claim)
        base = await self.bases.get(server)
        # Matching is CPU work: off the event loop, so other messages are answered meanwhile.
        reply = await asyncio.to_thread(check_message, claim.text, base.matcher,
                                        threshold=base.settings.threshold, top=top)
        if server is not None and claim.explicit:
            # Counted in memory and written in the background: the reply never waits for
            # the database's write lock.
            self.tally.count_checks(server, claim.channel, reply.checks)
            if reply.matched:
                self.tally.count_asks(server, (c.fact.id for c in reply.checks
                                               if c.fact is not None))
            else:
                self.tally.count_unmatched(server, claim.text)
        return reply

    async def flush_statistics(self) -> None:
        """Write the statistics gathered so far now; if the database refuses, they stay
        for the next flush and what is stored is read as it is."""
        try:
            await self.tally.flush()
        except (SQLAlchemyError, OSError):
            log.warning("statistics not written before reading them", exc_info=True)

    async def most_asked(self, server: ServerKey, limit: int = 5) -> list[AskedFact]:
        """The facts the server's members asked about most (explicit asks that matched),
        as the server serves them now; retired facts and ones it no longer serves are left
        out. Ties go to the most recently asked."""
        if limit <= 0:
            return []
        await self.flush_statistics()
        base = await self.bases.get(server)
        found: list[AskedFact] = []
        async with aclosing(asks.ask_counts(self.db, server)) as counts:
            async for fact_id, count, last_asked in counts:
                fact = base.facts.get(fact_id)
                if fact is None:
                    continue
                found.append(AskedFact(fact_id, fact.claim, fact.verdict, count, last_asked))
                if len(found) == limit:
                    break
        return found

    async def fact_base(self, server: ServerKey | None) -> ServerBase:
        """The facts and matcher `server` serves now (refreshed as `check` does)."""
        return await self.bases.get(server)

    async def refresh(self) -> None:
        """Reload changed packs and forget cached fact bases now, instead of at the next poll."""
        await self.bases.poll_packs(force=True)
        self.bases.invalidate_all()

    # -- settings ------------------------------------------------------------------------------

    async def settings(self, server: ServerKey) -> ServerSettings:
        return (await self.bases.get(server)).settings

    get_settings = settings

    async def update_settings(self, server: ServerKey, actor: Actor,
                              **changes: Any) -> ServerSettings:
        """Change some settings; InvalidSettings lists every problem and nothing changes."""
        key = str(server)
        async with self.db.write() as conn:
            await repo.ensure_server(conn, key)
            _, stored = await repo.server_state(conn, key)
            try:
                new = apply_changes(ServerSettings.from_json(stored), changes,
                                    known_packs=set(self.packs.packs))
            except SettingsError as exc:
                raise InvalidSettings(exc.problems) from exc
            await repo.save_settings(conn, key, new.to_json(), queues.encode_actor(actor))
        self.bases.invalidate(server)
        return new
