"""Ask counts and "most asked facts", on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from store_support import MOD, SERVER_A, SERVER_B

from bot.core.models import Claim, Verdict
from bot.moderation import AskedFact, FactInput, Moderation, ServerKey

pytest_plugins = ["store_fixtures"]

FORMAL = "Russia and China already have a formal alliance"
BORDER = "Chinese troops ambushed a Soviet border patrol in March 1969"
KOSYGIN = "In 1969 Kosygin pulled back from Zhou Enlai's embrace saying 'This is premature'"


def ask(claim: str, server: ServerKey = SERVER_A, *, explicit: bool = True) -> Claim:
    return Claim(text=claim, platform=server.platform, server=server.id, explicit=explicit)


async def asked(mod: Moderation, claim: str, times: int = 1, *,
                server: ServerKey = SERVER_A, explicit: bool = True) -> str:
    """Ask `times` times; returns the id of the one fact the claim matches."""
    ids = set()
    for _ in range(times):
        reply = await mod.check(ask(claim, server, explicit=explicit))
        ids |= {c.fact.id for c in reply.checks if c.fact is not None}
    assert len(ids) == 1, ids
    return ids.pop()


def counts(items: list[AskedFact]) -> list[tuple[str, int]]:
    return [(a.fact_id, a.count) for a in items]


@pytest.mark.asyncio
async def test_most_asked_first_each_server_its_own(mod: Moderation) -> None:
    assert await mod.most_asked(SERVER_A) == []
    formal = await asked(mod, FORMAL, 1)
    border = await asked(mod, BORDER, 3)
    kosygin = await asked(mod, KOSYGIN, 2)
    await asked(mod, FORMAL, 4, server=SERVER_B)

    top = await mod.most_asked(SERVER_A)
    assert counts(top) == [(border, 3), (kosygin, 2), (formal, 1)]
    assert top[0].claim == BORDER and top[0].verdict is Verdict.TRUE
    assert top[0].last_asked.tzinfo is not None
    assert counts(await mod.most_asked(SERVER_A, limit=2)) == [(border, 3), (kosygin, 2)]
    assert await mod.most_asked(SERVER_A, limit=0) == []
    assert counts(await mod.most_asked(SERVER_B)) == [(formal, 4)]
    assert await mod.most_asked(ServerKey("slack", "T0001")) == []


@pytest.mark.asyncio
async def test_ties_go_to_the_most_recently_asked(mod: Moderation) -> None:
    formal = await asked(mod, FORMAL)
    border = await asked(mod, BORDER)
    assert counts(await mod.most_asked(SERVER_A)) == [(border, 1), (formal, 1)]
    await asked(mod, FORMAL)
    assert counts(await mod.most_asked(SERVER_A)) == [(formal, 2), (border, 1)]
    await asked(mod, BORDER)
    assert counts(await mod.most_asked(SERVER_A)) == [(border, 2), (formal, 2)]


@pytest.mark.asyncio
async def test_only_explicit_asks_in_a_server_count(mod: Moderation) -> None:
    await asked(mod, BORDER, 3, explicit=False)          # passive: a watched channel
    direct = await mod.check(Claim(text=BORDER, platform="discord", explicit=True))
    assert direct.matched                                  # a direct message: no server
    assert await mod.most_asked(SERVER_A) == []
    border = await asked(mod, BORDER)
    assert counts(await mod.most_asked(SERVER_A)) == [(border, 1)]
    nothing = await mod.check(ask("The moon landing was staged in a film studio in Nevada"))
    assert not nothing.matched
    assert counts(await mod.most_asked(SERVER_A)) == [(border, 1)]
    assert [u.count for u in await mod.unmatched(SERVER_A)] == [1]


@pytest.mark.asyncio
async def test_retired_facts_are_left_out_and_come_back_with_their_count(
        mod: Moderation) -> None:
    formal = await asked(mod, FORMAL, 2)
    border = await asked(mod, BORDER, 3)
    await asked(mod, BORDER, 1, server=SERVER_B)
    await mod.retire_fact(SERVER_A, MOD, border)
    assert counts(await mod.most_asked(SERVER_A)) == [(formal, 2)]
    assert counts(await mod.most_asked(SERVER_A, limit=1)) == [(formal, 2)]
    assert counts(await mod.most_asked(SERVER_B)) == [(border, 1)]  # retired in A only
    await mod.restore_fact(SERVER_A, MOD, border)
    assert counts(await mod.most_asked(SERVER_A)) == [(border, 3), (formal, 2)]


@pytest.mark.asyncio
async def test_facts_the_server_no_longer_serves_are_left_out(mod: Moderation) -> None:
    own = (await mod.add_fact(SERVER_A, MOD, FactInput(
        claim="Octopuses have three hearts", verdict="true",
        summary="Two pump blood through the gills, one through the body."))).fact.id
    assert await asked(mod, "octopuses have three hearts", 2) == own
    border = await asked(mod, BORDER)
    await mod.update_settings(SERVER_A, MOD, enabled_packs=())
    assert counts(await mod.most_asked(SERVER_A)) == [(own, 2)]
    await mod.update_settings(SERVER_A, MOD, enabled_packs="all")
    assert counts(await mod.most_asked(SERVER_A)) == [(own, 2), (border, 1)]


@pytest.mark.asyncio
async def test_the_claim_is_the_one_the_server_serves(mod: Moderation) -> None:
    border = await asked(mod, BORDER, 2)
    await asked(mod, BORDER, 1, server=SERVER_B)
    edited = "Chinese troops ambushed a Soviet patrol on Zhenbao Island in March 1969"
    await mod.edit_fact(SERVER_A, MOD, border, {"claim": edited, "verdict": "misleading"})
    [a] = await mod.most_asked(SERVER_A)
    assert (a.fact_id, a.claim, a.verdict, a.count) == (border, edited, Verdict.MISLEADING, 2)
    [b] = await mod.most_asked(SERVER_B)
    assert (b.claim, b.verdict, b.count) == (BORDER, Verdict.TRUE, 1)


@pytest.mark.asyncio
async def test_a_failure_to_count_does_not_fail_the_check_nor_lose_the_count(
        mod: Moderation) -> None:
    async with mod.db.write() as conn:
        await conn.execute(text("ALTER TABLE fact_asks RENAME TO fact_asks_away"))
    try:
        reply = await mod.check(ask(BORDER))
        assert reply.matched and reply.verdict is Verdict.TRUE
        # Writing the count fails; it is kept for the next flush.
        with pytest.raises(SQLAlchemyError):
            await mod.tally.flush()
        assert len(mod.tally.asks) == 1 and len(mod.tally.checks) == 1
    finally:
        async with mod.db.write() as conn:
            await conn.execute(text("ALTER TABLE fact_asks_away RENAME TO fact_asks"))
    border = await asked(mod, BORDER)
    assert counts(await mod.most_asked(SERVER_A)) == [(border, 2)]


@pytest.mark.asyncio
async def test_asks_from_two_instances_at_once_are_all_counted(mod: Moderation, db_url: str,
                                                              packs_dir: Path) -> None:
    other = await Moderation.open(db_url, packs=[packs_dir])
    try:
        replies = await asyncio.gather(*(m.check(ask(BORDER)) for m in (mod, other) * 6))
        assert all(r.matched for r in replies)
    finally:
        await other.close()
    [top] = await mod.most_asked(SERVER_A)
    assert top.count == 12
