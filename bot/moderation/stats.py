"""What a server's members ask, over the last N days: the figures the desk charts.

Explicit checks only (a command, a mention, the message menu); each claim of a message counts
once, under its verdict and the fact that answered it. Days are UTC calendar days, and every
day of the period is listed, with zeros where nothing was asked.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from bot.core.models import Verdict
from bot.moderation import stats_store
from bot.moderation.bases import ServerBases
from bot.moderation.types import STATS_TOP, ServerKey
from bot.store.database import Database
from bot.store.schema import utcnow

# The periods the desk offers, in days.
PERIODS = (7, 30, 90)
DEFAULT_PERIOD = 30
TOP = STATS_TOP
# Every verdict a check can get, in the order the figures list them.
VERDICTS: tuple[Verdict, ...] = tuple(Verdict)


@dataclass(frozen=True, slots=True)
class DayVerdicts:
    """Checks on one day, one count for each of VERDICTS."""

    day: date
    counts: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class FactChecks:
    """A fact and how many checks it answered; `claim` is "" for a fact the server no longer
    serves (retired, or its pack turned off)."""

    fact_id: str
    claim: str
    checks: int


@dataclass(frozen=True, slots=True)
class DayUnmatched:
    """On one day: checks that no fact matched, and claims asked for the first time then that
    are in the unmatched queue (asked again since or not)."""

    day: date
    checks: int
    new_claims: int


@dataclass(frozen=True, slots=True)
class FactVotes:
    fact_id: str
    claim: str
    helpful: int
    not_helpful: int


@dataclass(frozen=True, slots=True)
class ChannelVerdicts:
    """Checks in one channel ("" for none: direct messages), one count for each verdict."""

    channel: str
    counts: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True, slots=True)
class AskStatistics:
    server: ServerKey
    start: date
    end: date
    by_day: tuple[DayVerdicts, ...]
    top_facts: tuple[FactChecks, ...]
    unmatched: tuple[DayUnmatched, ...]
    feedback: tuple[FactVotes, ...]
    by_channel: tuple[ChannelVerdicts, ...]

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def _counts(found: dict[str, int]) -> tuple[int, ...]:
    return tuple(found.get(v.value, 0) for v in VERDICTS)


class StatsMixin:
    db: Database
    bases: ServerBases

    if TYPE_CHECKING:   # provided by Moderation
        async def flush_statistics(self) -> None: ...

    async def ask_statistics(self, server: ServerKey, days: int, *, today: date | None = None,
                             top: int = TOP) -> AskStatistics:
        """The last `days` days up to `today` (UTC, default now) of the server's checks.
        This instance's counts not yet written are written first."""
        end = today or utcnow().date()
        start = end - timedelta(days=max(1, days) - 1)
        await self.flush_statistics()
        by_day, by_fact, by_channel, new_claims, votes = await asyncio.gather(
            stats_store.checks_by_day(self.db, server, start, end),
            stats_store.checks_by_fact(self.db, server, start, end, top),
            stats_store.checks_by_channel(self.db, server, start, end),
            stats_store.new_unmatched_by_day(self.db, server, start, end),
            stats_store.feedback_by_fact(self.db, server, start, end, top))
        facts = (await self.bases.get(server)).facts
        per_day: dict[date, dict[str, int]] = {}
        for day, verdict, count in by_day:
            per_day.setdefault(day, {})[verdict] = count
        first_asked = dict(new_claims)
        period = [start + timedelta(days=n) for n in range((end - start).days + 1)]
        per_channel: dict[str, dict[str, int]] = {}
        for channel, verdict, count in by_channel:
            per_channel.setdefault(channel, {})[verdict] = count
        channels = sorted((ChannelVerdicts(c, _counts(v)) for c, v in per_channel.items()),
                          key=lambda c: (-c.total, c.channel))[:top]

        def claim(fact_id: str) -> str:
            fact = facts.get(fact_id)
            return fact.claim if fact is not None else ""

        return AskStatistics(
            server, start, end,
            by_day=tuple(DayVerdicts(d, _counts(per_day.get(d, {}))) for d in period),
            top_facts=tuple(FactChecks(f, claim(f), n) for f, n in by_fact),
            unmatched=tuple(DayUnmatched(d, per_day.get(d, {}).get(Verdict.NO_MATCH.value, 0),
                                         first_asked.get(d, 0)) for d in period),
            feedback=tuple(FactVotes(f, claim(f), h, u) for f, h, u in votes),
            by_channel=tuple(channels))
