"""Per-server facts through the Moderation façade, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from store_support import MEMBER, MOD, SERVER_A, SERVER_B

from bot.core.models import Claim, Figure, Source, Verdict
from bot.moderation import (
    Action,
    AlreadyRetired,
    FactExists,
    FactInput,
    FollowsPack,
    InvalidFact,
    Moderation,
    NotAPackFact,
    NotRetired,
    Origin,
    UnknownFact,
    UnknownVersion,
    VersionConflict,
)

pytest_plugins = ["store_fixtures"]

CHEESE = FactInput(
    claim="The moon is made of green cheese",
    verdict="false",
    summary="Lunar samples show the moon is rock: basalt and anorthosite.",
    source=Source(title="Apollo sample catalogue", publisher="NASA", url="https://nasa.gov/x"),
    quote="The samples are igneous rock.",
    figures=(Figure("382 kg", "lunar samples returned by Apollo"),),
    aliases=("is the moon cheese",),
    tags=("space",),
)


def claim(text: str, server: str | None) -> Claim:
    return Claim(text=text, platform="discord", server=server)


async def verdict_in(mod: Moderation, text: str, server: str | None) -> Verdict:
    return (await mod.check(claim(text, server))).verdict


@pytest.mark.asyncio
async def test_a_servers_fact_answers_only_in_that_server(mod: Moderation) -> None:
    record = await mod.add_fact(SERVER_A, MOD, CHEESE)
    assert record.version == 1 and record.origin is Origin.SERVER
    assert record.fact.id == "the-moon-is-made-of-green"
    assert await verdict_in(mod, "the moon is made of green cheese", "111") is Verdict.FALSE
    assert await verdict_in(mod, "the moon is made of green cheese", "222") is Verdict.NO_MATCH
    assert await verdict_in(mod, "the moon is made of green cheese", None) is Verdict.NO_MATCH
    with pytest.raises(UnknownFact):
        await mod.get_fact(SERVER_B, record.fact.id)
    assert [r.fact.id for r in await mod.list_facts(SERVER_B)] == []
    # Bundled pack facts answer in every server.
    bundled = "Russia and China are forming an anti-US alliance"
    assert await verdict_in(mod, bundled, "111") is Verdict.MISLEADING
    assert await verdict_in(mod, bundled, "222") is Verdict.MISLEADING


@pytest.mark.asyncio
async def test_fields_round_trip_and_ids(mod: Moderation) -> None:
    record = await mod.add_fact(SERVER_A, MOD, CHEESE)
    got = await mod.get_fact(SERVER_A, record.fact.id)
    assert got.fact == record.fact
    assert got.fact.source.publisher == "NASA"
    assert got.fact.figures == (Figure("382 kg", "lunar samples returned by Apollo"),)
    assert got.updated_by == MOD
    second = await mod.add_fact(SERVER_A, MOD, CHEESE)
    assert second.fact.id == "the-moon-is-made-of-green-2"
    with pytest.raises(FactExists):
        await mod.add_fact(SERVER_A, MOD, FactInput(claim="x y z w", verdict="true",
                                                    summary="s", id=record.fact.id))
    # The same id is free in another server.
    other = await mod.add_fact(SERVER_B, MOD, CHEESE)
    assert other.fact.id == record.fact.id


@pytest.mark.asyncio
async def test_invalid_fields_name_every_problem(mod: Moderation) -> None:
    with pytest.raises(InvalidFact) as err:
        await mod.add_fact(SERVER_A, MOD, FactInput(
            claim="  ", verdict="maybe", summary="", id="Bad Id",
            figures=("no equals sign",), related=("nowhere",)))
    text = str(err.value)
    for part in ("claim", "maybe", "summary", "Bad Id", "no equals sign"):
        assert part in text
    assert await mod.list_facts(SERVER_A) == []
    with pytest.raises(InvalidFact) as err2:
        await mod.add_fact(SERVER_A, MOD, FactInput(claim="Cats can fly unaided",
                                                    verdict="false", summary="They cannot.",
                                                    related=("no-such-fact",)))
    assert "no-such-fact" in str(err2.value)


@pytest.mark.asyncio
async def test_versions_history_and_restore(mod: Moderation) -> None:
    fid = (await mod.add_fact(SERVER_A, MOD, CHEESE)).fact.id
    edited = await mod.edit_fact(SERVER_A, MEMBER, fid, {"verdict": "misleading",
                                                         "summary": "Mostly rock."}, 1)
    assert edited.version == 2 and edited.fact.verdict is Verdict.MISLEADING
    retired = await mod.retire_fact(SERVER_A, MOD, fid, expected_version=2)
    assert retired.retired and retired.version == 3
    assert await verdict_in(mod, "the moon is made of green cheese", "111") is Verdict.NO_MATCH
    with pytest.raises(AlreadyRetired):
        await mod.retire_fact(SERVER_A, MOD, fid)
    back = await mod.restore_fact(SERVER_A, MOD, fid)
    assert not back.retired and back.version == 4 and back.fact.verdict is Verdict.MISLEADING
    assert await verdict_in(mod, "the moon is made of green cheese", "111") is Verdict.MISLEADING
    with pytest.raises(NotRetired):
        await mod.restore_fact(SERVER_A, MOD, fid)
    old = await mod.restore_fact(SERVER_A, MOD, fid, version=1)
    assert old.version == 5 and old.fact.verdict is Verdict.FALSE
    assert old.fact.summary == CHEESE.summary
    assert await verdict_in(mod, "the moon is made of green cheese", "111") is Verdict.FALSE
    with pytest.raises(UnknownVersion):
        await mod.restore_fact(SERVER_A, MOD, fid, version=42)

    history = await mod.history(SERVER_A, fid)
    assert [(v.version, v.action) for v in history] == [
        (1, Action.ADD), (2, Action.EDIT), (3, Action.RETIRE), (4, Action.RESTORE),
        (5, Action.RESTORE)]
    assert history[0].before is None and history[0].actor == MOD
    assert history[1].actor == MEMBER
    assert history[1].before is not None and history[1].before.verdict is Verdict.FALSE
    assert history[1].after.verdict is Verdict.MISLEADING
    assert [v.retired for v in history] == [False, False, True, False, False]
    assert history[4].restored_from == 1
    assert history[0].at <= history[4].at and history[0].at.tzinfo is not None


@pytest.mark.asyncio
async def test_stale_version_is_refused(mod: Moderation) -> None:
    fid = (await mod.add_fact(SERVER_A, MOD, CHEESE)).fact.id
    await mod.edit_fact(SERVER_A, MOD, fid, {"summary": "First edit."}, expected_version=1)
    with pytest.raises(VersionConflict) as err:
        await mod.edit_fact(SERVER_A, MEMBER, fid, {"summary": "Stale edit."},
                            expected_version=1)
    assert err.value.current == 2 and "version 2" in str(err.value)
    assert (await mod.get_fact(SERVER_A, fid)).fact.summary == "First edit."
    assert len(await mod.history(SERVER_A, fid)) == 2


@pytest.mark.asyncio
async def test_two_concurrent_edits_one_wins(db_url: str, packs_dir: object) -> None:
    first = await Moderation.open(db_url, packs=[packs_dir], refresh_s=0.0)   # type: ignore[list-item]
    second = await Moderation.open(db_url, packs=[packs_dir], refresh_s=0.0)  # type: ignore[list-item]
    try:
        fid = (await first.add_fact(SERVER_A, MOD, CHEESE)).fact.id
        for round_no in range(5):
            version = (await first.get_fact(SERVER_A, fid)).version
            results = await asyncio.gather(
                first.edit_fact(SERVER_A, MOD, fid, {"summary": f"A{round_no}"}, version),
                second.edit_fact(SERVER_A, MEMBER, fid, {"summary": f"B{round_no}"}, version),
                return_exceptions=True)
            wins = [r for r in results if not isinstance(r, BaseException)]
            losses = [r for r in results if isinstance(r, VersionConflict)]
            assert len(wins) == 1 and len(losses) == 1, results
            current = await second.get_fact(SERVER_A, fid)
            assert current.version == version + 1
            assert current.fact.summary == wins[0].fact.summary
        history = await first.history(SERVER_A, fid)
        assert [v.version for v in history] == list(range(1, 7))
    finally:
        await first.close()
        await second.close()


@pytest.mark.asyncio
async def test_editing_a_pack_fact_makes_a_server_copy(mod: Moderation) -> None:
    bundled = "Russia and China are forming an anti-US alliance"
    record = await mod.get_fact(SERVER_A, "alliance-forming")
    assert record.origin is Origin.PACK and record.version == 0
    assert await mod.history(SERVER_A, "alliance-forming") == []
    edited = await mod.edit_fact(SERVER_A, MOD, "alliance-forming", {"verdict": "false"}, 0)
    assert edited.version == 1 and edited.origin is Origin.SERVER
    assert edited.fact.source == record.fact.source
    assert await verdict_in(mod, bundled, "111") is Verdict.FALSE
    assert await verdict_in(mod, bundled, "222") is Verdict.MISLEADING
    await mod.retire_fact(SERVER_B, MOD, "alliance-forming")
    # Retired there: no verdict, and never that fact (a related one may be shown as context).
    retired = await mod.check(claim(bundled, "222"))
    assert not retired.judged
    assert all(c.fact is None or c.fact.id != "alliance-forming" for c in retired.checks)
    assert await verdict_in(mod, bundled, None) is Verdict.MISLEADING
    history = await mod.history(SERVER_A, "alliance-forming")
    assert history[0].before is not None and history[0].before.verdict is Verdict.MISLEADING


@pytest.mark.asyncio
async def test_index_follows_edits_without_restart(mod: Moderation) -> None:
    fid = (await mod.add_fact(SERVER_A, MOD, CHEESE)).fact.id
    assert await verdict_in(mod, "penguins can fly over the andes", "111") is Verdict.NO_MATCH
    await mod.edit_fact(SERVER_A, MOD, fid, {"claim": "Penguins can fly over the Andes",
                                             "aliases": []})
    assert await verdict_in(mod, "penguins can fly over the andes", "111") is Verdict.FALSE
    assert await verdict_in(mod, "the moon is made of green cheese", "111") is Verdict.NO_MATCH


@pytest.mark.asyncio
async def test_search_and_unknown_ids(mod: Moderation) -> None:
    fid = (await mod.add_fact(SERVER_A, MOD, CHEESE)).fact.id
    hits = await mod.search_facts(SERVER_A, "green cheese moon")
    assert hits[0].fact.id == fid and hits[0].version == 1 and hits[0].origin is Origin.SERVER
    assert (await mod.search_facts(SERVER_A, "the-moon"))[0].fact.id == fid
    with pytest.raises(UnknownFact) as err:
        await mod.edit_fact(SERVER_A, MOD, "the-moon-is-made-of-gren", {"verdict": "true"})
    assert fid in str(err.value)


@pytest.mark.asyncio
async def test_servers_without_own_facts_share_one_matcher(mod: Moderation) -> None:
    a, b = await mod.fact_base(SERVER_A), await mod.fact_base(SERVER_B)
    assert a.matcher is b.matcher and a.facts == b.facts
    await mod.add_fact(SERVER_A, MOD, CHEESE)
    a, b = await mod.fact_base(SERVER_A), await mod.fact_base(SERVER_B)
    assert a.matcher is not b.matcher
    assert len(a.facts) == len(b.facts) + 1


@pytest.mark.asyncio
async def test_one_source_field_is_edited_alone(mod: Moderation) -> None:
    fid = (await mod.add_fact(SERVER_A, MOD, CHEESE)).fact.id
    titled = await mod.edit_fact(SERVER_A, MOD, fid, {"source.title": "Lunar catalogue"}, 1)
    assert titled.fact.source == Source(title="Lunar catalogue", publisher="NASA",
                                        url="https://nasa.gov/x")
    moved = await mod.edit_fact(SERVER_A, MOD, fid, {"source.url": "https://nasa.gov/y"}, 2)
    assert moved.fact.source == Source(title="Lunar catalogue", publisher="NASA",
                                       url="https://nasa.gov/y")
    cleared = await mod.edit_fact(SERVER_A, MOD, fid, {"source.publisher": "",
                                                       "source.author": "J. Doe"}, 3)
    assert cleared.fact.source == Source(title="Lunar catalogue", author="J. Doe",
                                         url="https://nasa.gov/y")
    with pytest.raises(InvalidFact) as err:
        await mod.edit_fact(SERVER_A, MOD, fid, {"source.title": " "}, 4)
    assert "source.title" in str(err.value)
    # A pack fact's source keeps its subtitle, author and publisher when its link is added.
    pack = await mod.edit_fact(SERVER_A, MOD, "alliance-forming",
                               {"source.url": "https://www.foreignaffairs.com/x"}, 0)
    before = (await mod.fact_base(SERVER_B)).facts["alliance-forming"].source
    assert pack.fact.source.subtitle == before.subtitle and before.subtitle
    assert pack.fact.source.author == "Leon Aron"

    changes = [v.changes for v in await mod.history(SERVER_A, fid)]
    assert [(c.name, c.before, c.after) for c in changes[1]] == [
        ("source.title", "Apollo sample catalogue", "Lunar catalogue")]
    assert [(c.name, c.before, c.after) for c in changes[3]] == [
        ("source.author", "", "J. Doe"), ("source.publisher", "NASA", "")]
    assert {c.name for c in changes[0]} >= {"claim", "verdict", "summary", "source.title",
                                            "source.url", "quote", "figures", "aliases"}


@pytest.mark.asyncio
async def test_history_shows_every_changed_field(mod: Moderation) -> None:
    fid = (await mod.add_fact(SERVER_A, MOD, CHEESE)).fact.id
    await mod.edit_fact(SERVER_A, MOD, fid, {
        "claim": "The moon is cheese", "verdict": "misleading", "summary": "Rock.",
        "quote": None, "figures": ["6=crewed landings"], "aliases": [], "tags": ["moon"],
        "source": {"title": "Moon book"}}, 1)
    (change,) = [v.changes for v in await mod.history(SERVER_A, fid)][1:]
    assert [(c.name, c.before, c.after) for c in change] == [
        ("claim", CHEESE.claim, "The moon is cheese"),
        ("verdict", "false", "misleading"),
        ("summary", CHEESE.summary, "Rock."),
        ("source.title", "Apollo sample catalogue", "Moon book"),
        ("source.publisher", "NASA", ""),
        ("source.url", "https://nasa.gov/x", ""),
        ("quote", "The samples are igneous rock.", ""),
        ("figures", "382 kg = lunar samples returned by Apollo", "6 = crewed landings"),
        ("aliases", "is the moon cheese", ""),
        ("tags", "space", "moon"),
    ]


@pytest.mark.asyncio
async def test_a_suggested_source_field_keeps_the_others(mod: Moderation) -> None:
    fid = (await mod.add_fact(SERVER_A, MOD, CHEESE)).fact.id
    pending = await mod.suggest(SERVER_A, MEMBER, fact_id=fid,
                                changes={"source.url": "https://nasa.gov/new"})
    assert pending.changes == ("source.url",)
    await mod.approve_suggestion(SERVER_A, MOD, pending.id)
    source = (await mod.get_fact(SERVER_A, fid)).fact.source
    assert source == Source(title="Apollo sample catalogue", publisher="NASA",
                            url="https://nasa.gov/new")


@pytest.mark.asyncio
async def test_an_edited_pack_fact_follows_the_pack_again(tmp_path: Path, db_url: str) -> None:
    pack_dir = tmp_path / "packs"
    pack_dir.mkdir()
    pack = pack_dir / "birds.yaml"

    def write(summary: str) -> None:
        pack.write_text(
            "pack: birds\nsource: {title: Bird book}\nfacts:\n"
            "  - id: penguins-fly\n    claim: Penguins can fly over the Andes\n"
            f"    verdict: 'false'\n    summary: {summary}\n", encoding="utf-8")

    write("Penguins are flightless.")
    birds = await Moderation.open(db_url, packs=[pack_dir], refresh_s=0.0, pack_poll_s=0.0)
    try:
        await birds.edit_fact(SERVER_A, MOD, "penguins-fly", {"summary": "Ours."}, 0)
        await birds.retire_fact(SERVER_A, MOD, "penguins-fly", expected_version=1)
        with pytest.raises(VersionConflict):
            await birds.follow_pack(SERVER_A, MOD, "penguins-fly", expected_version=1)
        back = await birds.follow_pack(SERVER_A, MEMBER, "penguins-fly", expected_version=2)
        assert back.version == 0 and back.origin is Origin.PACK
        assert back.fact.summary == "Penguins are flightless."
        assert await birds.list_facts(SERVER_A) == []
        reply = await birds.check(claim("penguins can fly over the andes", "111"))
        assert reply.verdict is Verdict.FALSE
        with pytest.raises(FollowsPack):
            await birds.follow_pack(SERVER_A, MOD, "penguins-fly")

        # A later pack update reaches the server.
        write("No penguin flies, over the Andes or elsewhere.")
        pack.touch()
        await birds.refresh()
        now = await birds.get_fact(SERVER_A, "penguins-fly")
        assert now.fact.summary == "No penguin flies, over the Andes or elsewhere."

        history = await birds.history(SERVER_A, "penguins-fly")
        assert [(v.version, v.action, v.actor) for v in history] == [
            (1, Action.EDIT, MOD), (2, Action.RETIRE, MOD), (3, Action.FOLLOW_PACK, MEMBER)]
        assert [(c.name, c.before, c.after) for c in history[2].changes] == [
            ("summary", "Ours.", "Penguins are flightless.")]
        # Editing it again makes a new server version, numbered on from the history; an old
        # server version can be brought back too.
        again = await birds.edit_fact(SERVER_A, MOD, "penguins-fly", {"verdict": "misleading"}, 0)
        assert again.version == 4
        await birds.follow_pack(SERVER_A, MOD, "penguins-fly")
        old = await birds.restore_fact(SERVER_A, MOD, "penguins-fly", version=1)
        assert old.version == 6 and old.fact.summary == "Ours."

        own = await birds.add_fact(SERVER_A, MOD, CHEESE)
        with pytest.raises(NotAPackFact):
            await birds.follow_pack(SERVER_A, MOD, own.fact.id)
        with pytest.raises(UnknownFact):
            await birds.follow_pack(SERVER_A, MOD, "no-such-fact")
    finally:
        await birds.close()
