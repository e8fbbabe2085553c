"""Several instances over one database see each other's changes within seconds."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from store_support import MOD, SERVER_A

from bot.core.models import Claim, Verdict
from bot.moderation import FactInput, Moderation

pytest_plugins = ["store_fixtures"]

REFRESH_S = 0.5
# An edit reaches the other instance at its next refresh, which then rebuilds its fact base:
# on a loaded two-core machine that rebuild alone can take a few seconds.
WITHIN_S = REFRESH_S + 5
CHEESE = FactInput(claim="The moon is made of green cheese", verdict="false",
                   summary="It is rock.")


async def _wait_for(mod: Moderation, text: str, verdict: Verdict, *,
                    limit_s: float = 10.0) -> float:
    start = time.monotonic()
    while True:
        reply = await mod.check(Claim(text, platform="discord", server=SERVER_A.id,
                                      explicit=False))
        if reply.verdict is verdict:
            return time.monotonic() - start
        if time.monotonic() - start > limit_s:
            pytest.fail(f"still {reply.verdict} after {limit_s}s, expected {verdict}")
        await asyncio.sleep(0.05)


@pytest.mark.asyncio
async def test_second_instance_sees_edits_within_seconds(db_url: str, packs_dir: Path) -> None:
    first = await Moderation.open(db_url, packs=[packs_dir], refresh_s=REFRESH_S)
    second = await Moderation.open(db_url, packs=[packs_dir], refresh_s=REFRESH_S)
    try:
        moon = "the moon is made of green cheese"
        await _wait_for(second, moon, Verdict.NO_MATCH)     # second has built and cached its base
        fid = (await first.add_fact(SERVER_A, MOD, CHEESE)).fact.id
        assert await _wait_for(second, moon, Verdict.FALSE) < WITHIN_S
        await first.edit_fact(SERVER_A, MOD, fid, {"verdict": "misleading"})
        assert await _wait_for(second, moon, Verdict.MISLEADING) < WITHIN_S
        await first.retire_fact(SERVER_A, MOD, fid)
        assert await _wait_for(second, moon, Verdict.NO_MATCH) < WITHIN_S
        await first.update_settings(SERVER_A, MOD, enabled_packs=[])
        bundled = "Russia and China are forming an anti-US alliance"
        assert await _wait_for(second, bundled, Verdict.NO_MATCH) < WITHIN_S
        assert (await second.settings(SERVER_A)).enabled_packs == ()
    finally:
        await first.close()
        await second.close()


@pytest.mark.asyncio
async def test_an_instance_sees_its_own_write_at_once(db_url: str, packs_dir: Path) -> None:
    mod = await Moderation.open(db_url, packs=[packs_dir], refresh_s=3600)
    try:
        moon = "the moon is made of green cheese"
        assert await _wait_for(mod, moon, Verdict.NO_MATCH, limit_s=0) == pytest.approx(0, abs=1)
        await mod.add_fact(SERVER_A, MOD, CHEESE)
        assert await _wait_for(mod, moon, Verdict.FALSE, limit_s=0) < 1
    finally:
        await mod.close()
