"""Suggestions, unmatched claims, reports, feedback and settings, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio

import pytest
from store_support import MEMBER, MOD, SERVER_A, SERVER_B

from bot import messages
from bot.core.models import Claim, Verdict
from bot.moderation import (
    AlreadyDecided,
    FactInput,
    InvalidFact,
    InvalidSettings,
    Moderation,
    NothingToApply,
    ReportStatus,
    ServerSettings,
    SuggestionConflict,
    SuggestionStatus,
    UnknownFact,
    UnknownItem,
)

pytest_plugins = ["store_fixtures"]

NEW = FactInput(claim="Octopuses have three hearts", verdict="true",
                summary="Two pump blood through the gills, one through the body.")


def ask(text: str, server: str = "111", *, explicit: bool = True) -> Claim:
    return Claim(text=text, platform="discord", server=server, explicit=explicit)


@pytest.mark.asyncio
async def test_new_fact_suggestion_approved(mod: Moderation) -> None:
    pending = await mod.suggest(SERVER_A, MEMBER, NEW, note="saw it in a documentary")
    assert pending.status is SuggestionStatus.PENDING and pending.proposer == MEMBER
    assert pending.proposal is not None and pending.proposal.claim == NEW.claim
    assert (await mod.check(ask("octopuses have three hearts"))).verdict is Verdict.NO_MATCH
    assert [s.id for s in await mod.list_suggestions(SERVER_A)] == [pending.id]
    assert await mod.list_suggestions(SERVER_B) == []
    with pytest.raises(UnknownItem):
        await mod.approve_suggestion(SERVER_B, MOD, pending.id)
    done = await mod.approve_suggestion(SERVER_A, MOD, pending.id,
                                        overrides={"tags": ["animals"]})
    assert done.status is SuggestionStatus.APPROVED and done.decided_by == MOD
    assert done.fact_id == "octopuses-have-three-hearts"
    fact = (await mod.get_fact(SERVER_A, done.fact_id)).fact
    assert fact.tags == ("animals",)
    assert (await mod.check(ask("octopuses have three hearts"))).verdict is Verdict.TRUE
    assert (await mod.history(SERVER_A, done.fact_id))[0].action == "approve"
    with pytest.raises(AlreadyDecided):
        await mod.approve_suggestion(SERVER_A, MOD, pending.id)
    assert await mod.list_suggestions(SERVER_A) == []
    assert len(await mod.list_suggestions(SERVER_A, status=None)) == 1


@pytest.mark.asyncio
async def test_correction_suggestion_and_rejection(mod: Moderation) -> None:
    fid = (await mod.add_fact(SERVER_A, MOD, NEW)).fact.id
    correction = await mod.suggest(SERVER_A, MEMBER, fact_id=fid,
                                   changes={"summary": "Three hearts: two branchial, one "
                                                       "systemic."})
    assert correction.changes == ("summary",) and correction.fact_id == fid
    note_only = await mod.suggest(SERVER_A, MEMBER, fact_id=fid, note="the source is old")
    with pytest.raises(NothingToApply):
        await mod.approve_suggestion(SERVER_A, MOD, note_only.id)
    rejected = await mod.reject_suggestion(SERVER_A, MOD, note_only.id, "The source is current.")
    assert rejected.status is SuggestionStatus.REJECTED
    assert rejected.reason == "The source is current."
    assert "The source is current." in messages.suggestion_rejected(rejected.id, rejected.reason)
    # A moderator edits the fact meanwhile: approving shows both versions and applies nothing,
    # until the moderator approves it on the version the fact is at now.
    await mod.edit_fact(SERVER_A, MOD, fid, {"verdict": "misleading"})
    with pytest.raises(SuggestionConflict) as conflict:
        await mod.approve_suggestion(SERVER_A, MOD, correction.id)
    assert "• verdict: version 1 “true”; version 2 “misleading”\n" in str(conflict.value)
    assert "; proposed “Three hearts: two branchial, one systemic.”" in str(conflict.value)
    assert (await mod.get_fact(SERVER_A, fid)).version == 2
    done = await mod.approve_suggestion(SERVER_A, MOD, correction.id, on_version=2)
    record = await mod.get_fact(SERVER_A, fid)
    assert done.fact_id == fid and record.version == 3
    assert record.fact.summary.startswith("Three hearts")
    assert record.fact.verdict is Verdict.MISLEADING
    with pytest.raises(InvalidFact):
        await mod.suggest(SERVER_A, MEMBER, fact_id=fid, changes={"verdict": "perhaps"})


@pytest.mark.asyncio
async def test_unmatched_claims_fold_and_become_facts(mod: Moderation) -> None:
    await mod.check(ask("Do octopuses have three hearts?"))
    await mod.check(ask("do   OCTOPUSES have three hearts"))
    await mod.check(ask("do octopuses have three hearts", explicit=False))   # passive: not kept
    await mod.check(ask("Is the sky green at noon?"))
    await mod.check(ask("Russia and China are forming an anti-US alliance"))  # matched: not kept
    await mod.check(ask("Do octopuses have three hearts?", server="222"))
    items = await mod.unmatched(SERVER_A)
    assert [(i.normalised, i.count) for i in items] == [
        ("do octopuses have three hearts", 2), ("is the sky green at noon", 1)]
    assert items[0].text == "do   OCTOPUSES have three hearts"
    assert items[0].last_asked >= items[0].first_asked
    assert [i.count for i in await mod.unmatched(SERVER_B)] == [1]
    record = await mod.fact_from_unmatched(SERVER_A, MOD, items[0].id, NEW)
    assert items[0].text in record.fact.aliases
    assert [i.normalised for i in await mod.unmatched(SERVER_A)] == ["is the sky green at noon"]
    reply = await mod.check(ask("do octopuses have three hearts"))
    assert reply.verdict is Verdict.TRUE
    await mod.dismiss_unmatched(SERVER_A, MOD, items[1].id)
    assert await mod.unmatched(SERVER_A) == []
    with pytest.raises(UnknownItem):
        await mod.fact_from_unmatched(SERVER_B, MOD, items[1].id, NEW)


@pytest.mark.asyncio
async def test_a_dismissed_claim_is_kept_with_who_and_when(mod: Moderation) -> None:
    await mod.check(ask("Is the sky green at noon?"))
    (item,) = await mod.unmatched(SERVER_A)
    await mod.dismiss_unmatched(SERVER_A, MOD, item.id)
    assert await mod.unmatched(SERVER_A) == []
    (kept,) = await mod.unmatched(SERVER_A, include_dismissed=True)
    assert kept.id == item.id and kept.count == 1 and kept.dismissed
    assert kept.dismissed_by == MOD and kept.dismissed_at is not None
    assert kept.dismissed_at >= kept.last_asked and kept.dismissed_at.tzinfo is not None
    with pytest.raises(UnknownItem):
        await mod.dismiss_unmatched(SERVER_B, MOD, item.id)
    # Asked again, it is back, still saying who dismissed it before.
    await asyncio.sleep(0.01)
    await mod.check(ask("is the sky GREEN at noon"))
    (back,) = await mod.unmatched(SERVER_A)
    assert back.id == item.id and back.count == 2 and not back.dismissed
    assert back.dismissed_by == MOD
    # An answered claim cannot be dismissed.
    await mod.fact_from_unmatched(SERVER_A, MOD, back.id, NEW)
    with pytest.raises(UnknownItem):
        await mod.dismiss_unmatched(SERVER_A, MOD, back.id)


@pytest.mark.asyncio
async def test_nul_in_ids_and_fact_fields_is_dropped_alike_on_both_backends(
        mod: Moderation) -> None:
    report = await mod.report(SERVER_A, MEMBER, "alliance\x00-forming", "allies", "wrong")
    assert report.fact_id == "alliance-forming"
    with pytest.raises(UnknownFact):
        await mod.suggest(SERVER_A, MEMBER, fact_id="alliance\x00-forming", note="n\x00")
    with pytest.raises(UnknownFact):
        await mod.edit_fact(SERVER_A, MOD, "alliance\x00-forming", {"verdict": "true"})
    correction = await mod.suggest(SERVER_A, MEMBER, fact_id="alliance-forming",
                                   changes={"summary": "Not\x00 so."}, note="see\x00 this")
    assert correction.note == "see this"
    assert correction.proposal is not None and correction.proposal.summary == "Not so."
    fresh = await mod.suggest(SERVER_A, MEMBER, FactInput(
        claim="Octopuses\x00 have three hearts", verdict="true", summary="Two\x00 and one."),
        note="x\x00y")
    assert fresh.note == "xy" and fresh.proposal is not None
    assert fresh.proposal.claim == "Octopuses have three hearts"
    added = await mod.add_fact(SERVER_A, MOD, FactInput(claim="Cats\x00 fly", verdict="false",
                                                        summary="They do not\x00."))
    assert (added.fact.claim, added.fact.summary) == ("Cats fly", "They do not.")
    done = await mod.approve_suggestion(SERVER_A, MOD, correction.id)
    assert (await mod.get_fact(SERVER_A, done.fact_id or "")).fact.summary == "Not so."


@pytest.mark.asyncio
async def test_reports_queue(mod: Moderation) -> None:
    report = await mod.report(SERVER_A, MEMBER, "alliance-forming",
                              "Russia and China are allies", "The verdict is outdated")
    assert report.status is ReportStatus.OPEN and report.reporter == MEMBER
    await mod.report(SERVER_B, MEMBER, None, "cats fly", "It should have matched")
    assert [r.id for r in await mod.list_reports(SERVER_A)] == [report.id]
    resolved = await mod.resolve_report(SERVER_A, MOD, report.id, "Edited the fact.")
    assert resolved.status is ReportStatus.RESOLVED and resolved.resolved_by == MOD
    assert resolved.resolution == "Edited the fact." and resolved.resolved_at is not None
    assert await mod.list_reports(SERVER_A) == []
    assert len(await mod.list_reports(SERVER_A, status=None)) == 1
    with pytest.raises(AlreadyDecided):
        await mod.resolve_report(SERVER_A, MOD, report.id)
    with pytest.raises(UnknownItem):
        await mod.resolve_report(SERVER_A, MOD, 9999)


@pytest.mark.asyncio
async def test_feedback_counts_per_fact(mod: Moderation) -> None:
    counts = await mod.feedback(SERVER_A, MEMBER, "alliance-forming", True, reply_id="m1")
    assert (counts.helpful, counts.not_helpful) == (1, 0)
    await mod.feedback(SERVER_A, MOD, "alliance-forming", False, reply_id="m1")
    await mod.feedback(SERVER_A, MEMBER, "alliance-forming", True, reply_id="m2")
    counts = await mod.feedback(SERVER_A, MEMBER, "alliance-forming", False, reply_id="m1")
    assert (counts.helpful, counts.not_helpful) == (1, 2)   # m1 vote changed, m2 kept
    await mod.feedback(SERVER_A, MEMBER, "experts-see-alliance", True)
    await mod.feedback(SERVER_B, MEMBER, "alliance-forming", True)
    everything = await mod.feedback_counts(SERVER_A)
    assert {k: (v.helpful, v.not_helpful) for k, v in everything.items()} == {
        "alliance-forming": (1, 2), "experts-see-alliance": (1, 0)}
    other = await mod.feedback_counts(SERVER_B, ["alliance-forming"])
    assert (other["alliance-forming"].helpful, other["alliance-forming"].not_helpful) == (1, 0)


@pytest.mark.asyncio
async def test_settings_shape_the_fact_base(mod: Moderation) -> None:
    bundled = "Russia and China are forming an anti-US alliance"
    assert (await mod.settings(SERVER_A)).enabled_packs is None
    changed = await mod.update_settings(SERVER_A, MOD, enabled_packs=[], reply_mode="thread",
                                        watched_channels="10, 20", moderator_roles=["99"],
                                        allow_dms="no", channel_cooldown_s="5")
    assert changed.enabled_packs == () and changed.reply_mode == "thread"
    assert changed.watched_channels == ("10", "20") and changed.allow_dms is False
    assert changed.channel_cooldown_s == 5
    assert (await mod.check(ask(bundled))).verdict is Verdict.NO_MATCH
    assert (await mod.check(ask(bundled, server="222"))).verdict is Verdict.MISLEADING
    assert await mod.settings(SERVER_A) == changed
    await mod.update_settings(SERVER_A, MOD, enabled_packs="all", threshold=0.99)
    reply = await mod.check(ask("russia and china alliance against america maybe"))
    assert reply.verdict is Verdict.NO_MATCH
    with pytest.raises(InvalidSettings) as err:
        await mod.update_settings(SERVER_A, MOD, threshold="high", enabled_packs=["nope"],
                                  colour="blue")
    assert len(err.value.problems) == 3 and "nope" in str(err.value)
    assert (await mod.settings(SERVER_A)).threshold == 0.99


@pytest.mark.asyncio
async def test_two_moderators_approving_at_once(db_url: str, packs_dir: object) -> None:
    first = await Moderation.open(db_url, packs=[packs_dir])   # type: ignore[list-item]
    second = await Moderation.open(db_url, packs=[packs_dir])  # type: ignore[list-item]
    try:
        pending = await first.suggest(SERVER_A, MEMBER, NEW)
        results = await asyncio.gather(
            first.approve_suggestion(SERVER_A, MOD, pending.id),
            second.approve_suggestion(SERVER_A, MEMBER, pending.id), return_exceptions=True)
        assert sum(isinstance(r, AlreadyDecided) for r in results) == 1, results
        assert [r.fact.id for r in await first.list_facts(SERVER_A)] == [
            "octopuses-have-three-hearts"]
        await first.check(ask("Is the sky green at noon?"))
        item = (await first.unmatched(SERVER_A))[0]
        other = FactInput(claim="The sky is green at noon", verdict="false", summary="Blue.")
        answered = await asyncio.gather(
            first.fact_from_unmatched(SERVER_A, MOD, item.id, other),
            second.fact_from_unmatched(SERVER_A, MOD, item.id, other), return_exceptions=True)
        assert sum(isinstance(r, AlreadyDecided) for r in answered) == 1, answered
        assert len(await first.list_facts(SERVER_A)) == 2
    finally:
        await first.close()
        await second.close()


@pytest.mark.asyncio
async def test_correction_of_a_pack_fact(mod: Moderation) -> None:
    pending = await mod.suggest(SERVER_A, MEMBER, fact_id="alliance-forming",
                                changes={"verdict": "false"})
    assert pending.proposal is not None and pending.proposal.verdict is Verdict.FALSE
    await mod.approve_suggestion(SERVER_A, MOD, pending.id)
    record = await mod.get_fact(SERVER_A, "alliance-forming")
    assert record.version == 1 and record.fact.verdict is Verdict.FALSE
    assert (await mod.get_fact(SERVER_B, "alliance-forming")).fact.verdict is Verdict.MISLEADING


@pytest.mark.asyncio
async def test_unusable_stored_settings_fall_back_to_defaults(mod: Moderation) -> None:
    from sqlalchemy import update

    from bot.store.repo import ensure_server, servers

    async with mod.db.write() as conn:
        await ensure_server(conn, str(SERVER_A))
        await conn.execute(update(servers).where(servers.c.key == str(SERVER_A)).values(
            settings={"threshold": "very", "reply_mode": "thread", "future_option": 1},
            revision=servers.c.revision + 1))
    settings = await mod.settings(SERVER_A)
    assert settings.threshold == ServerSettings().threshold
    assert settings.reply_mode == "thread"
    assert (await mod.check(ask("Russia and China are forming an anti-US alliance"))).matched


@pytest.mark.asyncio
async def test_oversized_platform_values_are_cut_not_refused(mod: Moderation) -> None:
    from bot.moderation import Actor

    loud = Actor("discord", "7" * 300, "N" * 500)
    await mod.feedback(SERVER_A, loud, "alliance-forming", True, reply_id="r" * 500)
    report = await mod.report(SERVER_A, loud, "x" * 300, "claim " * 1000, "reason " * 1000)
    assert report.reporter.user_id == "7" * 200
    record = await mod.add_fact(SERVER_A, loud, NEW)
    assert record.updated_by is not None and len(record.updated_by.display) == 200


@pytest.mark.asyncio
async def test_a_nul_in_member_text_is_dropped_alike_on_both_backends(mod: Moderation) -> None:
    report = await mod.report(SERVER_A, MEMBER, "alliance-forming", "allies\x00 now",
                              "wrong\x00 answer")
    assert (report.claim, report.reason) == ("allies now", "wrong answer")
    resolved = await mod.resolve_report(SERVER_A, MOD, report.id, "fixed\x00")
    assert resolved.resolution == "fixed"
    suggestion = await mod.suggest(SERVER_A, MEMBER, NEW, note="see\x00 the documentary")
    assert suggestion.note == "see the documentary"
    await mod.record_unmatched(SERVER_A, "cats\x00 can fly over the Andes")
    (unmatched,) = await mod.unmatched(SERVER_A)
    assert unmatched.text == "cats can fly over the Andes" and unmatched.count == 1


@pytest.mark.asyncio
async def test_unmatched_claim_answered_with_an_existing_fact(mod: Moderation) -> None:
    fid = (await mod.add_fact(SERVER_A, MOD, NEW)).fact.id
    await mod.check(ask("do octopi really have 3 hearts"))
    await mod.check(ask("Do octopi really have 3 hearts?"))
    [item] = await mod.unmatched(SERVER_A)
    assert item.count == 2
    await mod.add_fact(SERVER_B, MOD, NEW)
    with pytest.raises(UnknownItem):   # the claim was asked in server A, not B
        await mod.alias_from_unmatched(SERVER_B, MOD, item.id, fid)
    record = await mod.alias_from_unmatched(SERVER_A, MOD, item.id, fid)
    assert record.version == 2 and item.text in record.fact.aliases
    assert await mod.unmatched(SERVER_A) == []
    reply = await mod.check(ask("do octopi really have 3 hearts"))
    assert reply.verdict is Verdict.TRUE and reply.checks[0].fact is not None
    assert reply.checks[0].fact.id == fid
    with pytest.raises(AlreadyDecided):
        await mod.alias_from_unmatched(SERVER_A, MOD, item.id, fid)


@pytest.mark.asyncio
async def test_unmatched_pages(mod: Moderation) -> None:
    for n in range(5):
        for _ in range(5 - n):
            await mod.check(ask(f"zorblax number {n} glimmers"))
    first = await mod.unmatched(SERVER_A, limit=2)
    second = await mod.unmatched(SERVER_A, limit=2, offset=2)
    assert [i.count for i in first + second] == [5, 4, 3, 2]
