"""What is being asked: checks per day, verdict, channel and fact, new unmatched claims and
feedback votes over a period, as recorded by real checks, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update
from store_support import MEMBER, MOD, SERVER_A, SERVER_B

from bot.core.models import Claim, Verdict
from bot.moderation import Moderation, ServerKey, queues, stats_store
from bot.moderation.stats import VERDICTS, AskStatistics, ChannelVerdicts
from bot.store.schema import utcnow

pytest_plugins = ["store_fixtures"]

BORDER = "Chinese troops ambushed a Soviet border patrol in March 1969"
CHEESE = "the moon is made of green cheese"


def ask(claim: str, channel: str | None, server: ServerKey = SERVER_A, *,
        explicit: bool = True) -> Claim:
    return Claim(text=claim, platform=server.platform, server=server.id, channel=channel,
                 explicit=explicit)


def of(counts: tuple[int, ...]) -> dict[Verdict, int]:
    """A row's counts by verdict, zeros left out."""
    return {v: n for v, n in zip(VERDICTS, counts, strict=True) if n}


async def fact_of(mod: Moderation, claim: str) -> tuple[str, Verdict]:
    reply = await mod.check(Claim(claim, platform="discord", server="999"))
    assert reply.primary.fact is not None
    return reply.primary.fact.id, reply.verdict


@pytest.mark.asyncio
async def test_checks_are_counted_by_day_verdict_channel_and_fact(mod: Moderation) -> None:
    border, border_verdict = await fact_of(mod, BORDER)
    for claim, channel in ((BORDER, "c1"), (BORDER, "c1"), (BORDER, "c2"), (CHEESE, "c2"),
                           (CHEESE, None)):
        await mod.check(ask(claim, channel))
    await mod.check(ask(BORDER, "c1", explicit=False))     # passive watch: not an ask
    await mod.check(ask(BORDER, "c9", SERVER_B))            # another server's
    stats = await mod.ask_statistics(SERVER_A, 7)
    today = utcnow().date()
    assert (stats.start, stats.end, stats.days) == (today - timedelta(days=6), today, 7)
    assert [d.day for d in stats.by_day] == [stats.start + timedelta(days=n) for n in range(7)]
    assert [of(d.counts) for d in stats.by_day[:-1]] == [{}] * 6
    assert of(stats.by_day[-1].counts) == {border_verdict: 3, Verdict.NO_MATCH: 2}
    [top] = stats.top_facts
    assert (top.fact_id, top.checks, top.claim) == (border, 3, BORDER)
    assert [(c.channel, of(c.counts)) for c in stats.by_channel] == [
        ("c1", {border_verdict: 2}), ("c2", {border_verdict: 1, Verdict.NO_MATCH: 1}),
        ("", {Verdict.NO_MATCH: 1})]
    assert (stats.unmatched[-1].checks, stats.unmatched[-1].new_claims) == (2, 1)
    other = await mod.ask_statistics(SERVER_B, 7)
    assert [(c.channel, c.total) for c in other.by_channel] == [("c9", 1)]


@pytest.mark.asyncio
async def test_the_period_takes_the_days_it_names(mod: Moderation) -> None:
    today = date(2027, 3, 31)
    counted = [(stats_store.check_key(SERVER_A, today - timedelta(days=ago), "c1", verdict,
                                      fact), n)
               for ago, verdict, fact, n in ((0, "true", "a-fact", 4), (6, "false", "b-fact", 2),
                                             (7, "true", "a-fact", 5),
                                             (29, "no_match", None, 3),
                                             (30, "true", "c-fact", 20))]
    async with mod.db.write() as conn:
        await stats_store.write_checks(conn, counted)
        await stats_store.write_checks(conn, counted[:1])     # added to, not replaced
        first = [datetime.combine(today - timedelta(days=ago), time(23, 59), UTC)
                 for ago in (0, 6, 7)]
        await queues.write_unmatched(conn, [(SERVER_A, f"claim {n}", f"Claim {n}", 1, at, at)
                                            for n, at in enumerate(first)])
    week = await mod.ask_statistics(SERVER_A, 7, today=today)
    assert [(d.day, of(d.counts)) for d in week.by_day if of(d.counts)] == [
        (today - timedelta(days=6), {Verdict.FALSE: 2}), (today, {Verdict.TRUE: 8})]
    assert [(f.fact_id, f.checks, f.claim) for f in week.top_facts] == [
        ("a-fact", 8, ""), ("b-fact", 2, "")]
    assert [(u.day, u.new_claims) for u in week.unmatched if u.new_claims] == [
        (today - timedelta(days=6), 1), (today, 1)]
    month = await mod.ask_statistics(SERVER_A, 30, today=today)
    assert [(f.fact_id, f.checks) for f in month.top_facts] == [("a-fact", 13), ("b-fact", 2)]
    assert month.unmatched[0].checks == 3 and sum(u.new_claims for u in month.unmatched) == 3
    assert month.by_channel == (ChannelVerdicts("c1", (13, 2, 0, 0, 0, 3)),)
    quarter = await mod.ask_statistics(SERVER_A, 90, today=today)
    assert quarter.top_facts[0].fact_id == "c-fact" and len(quarter.by_day) == 90


@pytest.mark.asyncio
async def test_feedback_votes_per_fact_in_the_period(mod: Moderation) -> None:
    border, _ = await fact_of(mod, BORDER)
    await mod.feedback(SERVER_A, MEMBER, border, True, reply_id="r1")
    await mod.feedback(SERVER_A, MOD, border, False, reply_id="r1")
    await mod.feedback(SERVER_A, MOD, "old-fact", False, reply_id="r2")
    await mod.feedback(SERVER_B, MOD, border, False, reply_id="r3")
    long_ago = utcnow() - timedelta(days=40)
    async with mod.db.write() as conn:
        await conn.execute(update(stats_store.feedback)
                           .where(stats_store.feedback.c.fact_id == "old-fact")
                           .values(at=long_ago))
    stats = await mod.ask_statistics(SERVER_A, 30)
    assert [(f.fact_id, f.claim, f.helpful, f.not_helpful) for f in stats.feedback] == [
        (border, BORDER, 1, 1)]
    stats = await mod.ask_statistics(SERVER_A, 90)
    assert [(f.fact_id, f.helpful, f.not_helpful) for f in stats.feedback] == [
        (border, 1, 1), ("old-fact", 0, 1)]


@pytest.mark.asyncio
async def test_checks_from_two_instances_are_all_counted(mod: Moderation, db_url: str,
                                                         packs_dir: Path) -> None:
    other = await Moderation.open(db_url, packs=[packs_dir])
    try:
        await asyncio.gather(*(m.check(ask(text, "c1")) for m in (mod, other)
                               for text in (BORDER, CHEESE) * 3))
    finally:
        await other.close()
    stats: AskStatistics = await mod.ask_statistics(SERVER_A, 7)
    assert stats.by_channel[0].total == 12
    assert stats.by_day[-1].counts[VERDICTS.index(Verdict.NO_MATCH)] == 6
