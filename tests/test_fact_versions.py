"""The version check, the same on SQLite and PostgreSQL: concurrent editors, and corrections
approved against a fact that changed since they were proposed."""

from __future__ import annotations

import asyncio
from itertools import pairwise
from pathlib import Path

import pytest
from store_support import MEMBER, MOD, SERVER_A

from bot.core.models import Source
from bot.moderation import (
    FactInput,
    FactVersion,
    Moderation,
    SuggestionConflict,
    SuggestionStatus,
    VersionConflict,
)

pytest_plugins = ["store_fixtures"]

EDITORS = 4
CHEESE = FactInput(claim="The moon is made of green cheese", verdict="false",
                   summary="Lunar samples show the moon is rock.",
                   source=Source(title="Apollo sample catalogue", url="https://nasa.example/x"),
                   id="moon-cheese")


async def _editors(db_url: str, packs_dir: Path, count: int) -> list[Moderation]:
    return [await Moderation.open(db_url, packs=[packs_dir], refresh_s=0.0)
            for _ in range(count)]


async def _close(mods: list[Moderation]) -> None:
    for mod in mods:
        await mod.close()


def _chained(history: list[FactVersion]) -> bool:
    """Each version starts from the one before: no edit was made on a version it did not see."""
    return all(later.before == earlier.after for earlier, later in pairwise(history))


@pytest.mark.asyncio
@pytest.mark.parametrize("fact_id", ["moon-cheese", "alliance-forming"])
async def test_editors_without_a_version_apply_to_the_one_they_read(
        db_url: str, packs_dir: Path, fact_id: str) -> None:
    """Like `factbot facts edit` without --expected-version from several shells at once: each
    edit is applied to the current version, read in its own transaction; none is refused
    (PostgreSQL said "you had version 5") and none is lost (SQLite replaced silently)."""
    mods = await _editors(db_url, packs_dir, EDITORS)
    try:
        await mods[0].add_fact(SERVER_A, MOD, CHEESE)
        start = (await mods[0].get_fact(SERVER_A, fact_id)).version
        fields = ["summary", "claim", "quote", "tags"]
        values = {"summary": "Rock, says every sample.", "claim": "The moon is cheese",
                  "quote": "Igneous rock.", "tags": ["space"]}
        results = await asyncio.gather(*(
            mod.edit_fact(SERVER_A, MOD, fact_id, {name: values[name]})
            for mod, name in zip(mods, fields, strict=True)), return_exceptions=True)
        assert not [r for r in results if isinstance(r, BaseException)], results
        assert sorted(r.version for r in results) == list(  # type: ignore[union-attr]
            range(start + 1, start + EDITORS + 1))
        final = (await mods[0].get_fact(SERVER_A, fact_id)).fact
        assert final.summary == values["summary"] and final.claim == values["claim"]
        assert final.quote == values["quote"] and final.tags == ("space",)
        history = await mods[0].history(SERVER_A, fact_id)
        assert _chained(history)
    finally:
        await _close(mods)


@pytest.mark.asyncio
async def test_editors_who_read_one_version_one_wins_on_both_backends(
        db_url: str, packs_dir: Path) -> None:
    mods = await _editors(db_url, packs_dir, EDITORS)
    try:
        await mods[0].add_fact(SERVER_A, MOD, CHEESE)
        results = await asyncio.gather(*(
            mod.edit_fact(SERVER_A, MOD, "moon-cheese", {"summary": f"Editor {n}."},
                          expected_version=1)
            for n, mod in enumerate(mods)), return_exceptions=True)
        wins = [r for r in results if not isinstance(r, BaseException)]
        conflicts = [r for r in results if isinstance(r, VersionConflict)]
        assert len(wins) == 1 and len(conflicts) == EDITORS - 1, results
        assert all((c.expected, c.current) == (1, 2) for c in conflicts)
        assert (await mods[1].get_fact(SERVER_A, "moon-cheese")).fact.summary == \
            wins[0].fact.summary  # type: ignore[union-attr]
    finally:
        await _close(mods)


@pytest.mark.asyncio
async def test_a_correction_remembers_the_version_it_was_proposed_on(mod: Moderation) -> None:
    await mod.add_fact(SERVER_A, MOD, CHEESE)
    await mod.edit_fact(SERVER_A, MOD, "moon-cheese", {"tags": ["space"]}, expected_version=1)
    pending = await mod.suggest(SERVER_A, MEMBER, fact_id="moon-cheese",
                                changes={"verdict": "misleading"}, note="some is cheese")
    assert pending.fact_version == 2
    done = await mod.approve_suggestion(SERVER_A, MOD, pending.id)
    assert done.status is SuggestionStatus.APPROVED
    record = await mod.get_fact(SERVER_A, "moon-cheese")
    assert record.version == 3 and record.fact.verdict == "misleading"


@pytest.mark.asyncio
@pytest.mark.parametrize("fact_id", ["moon-cheese", "alliance-forming"])
async def test_approving_against_a_changed_fact_is_a_conflict(mod: Moderation,
                                                              fact_id: str) -> None:
    await mod.add_fact(SERVER_A, MOD, CHEESE)
    proposed_on = await mod.get_fact(SERVER_A, fact_id)
    pending = await mod.suggest(SERVER_A, MEMBER, fact_id=fact_id,
                                changes={"summary": "Member's summary."})
    assert pending.fact_version == proposed_on.version
    changed = await mod.edit_fact(SERVER_A, MOD, fact_id, {"summary": "Moderator's summary."},
                                  expected_version=proposed_on.version)

    with pytest.raises(SuggestionConflict) as err:
        await mod.approve_suggestion(SERVER_A, MOD, pending.id)
    text = str(err.value)
    assert f"version {proposed_on.version}" in text and f"version {changed.version}" in text
    assert proposed_on.fact.summary in text and "Moderator's summary." in text
    assert "Member's summary." in text
    assert (err.value.proposed_on, err.value.current) == (proposed_on.version, changed.version)
    # Nothing was applied and the suggestion waits.
    assert (await mod.get_fact(SERVER_A, fact_id)).fact.summary == "Moderator's summary."
    assert [s.id for s in await mod.list_suggestions(SERVER_A)] == [pending.id]

    # Having seen both, the moderator approves it on the current version.
    with pytest.raises(SuggestionConflict):
        await mod.approve_suggestion(SERVER_A, MOD, pending.id, on_version=proposed_on.version)
    done = await mod.approve_suggestion(SERVER_A, MOD, pending.id, on_version=changed.version)
    assert done.status is SuggestionStatus.APPROVED
    after = await mod.get_fact(SERVER_A, fact_id)
    assert after.version == changed.version + 1 and after.fact.summary == "Member's summary."
