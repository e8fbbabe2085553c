"""Approving on the desk a correction proposed on an older version of its fact: the page shows
both versions and an explicit "approve on version N" button (CSRF-protected), as
`factbot queue approve N --on-version V` does; the desk does it through the shared seam."""

from __future__ import annotations

import re

import pytest
from desk_people import ADA, ALPHA, BO
from desk_support import serving, signed_in, text_of
from oauth_fake import OAuthFake
from store_support import MEMBER, MOD

from bot import messages
from bot.chat.observe import ObservedDesk
from bot.moderation import FactInput, Moderation, SuggestionStatus
from bot.ops import metrics

pytest_plugins = ["store_fixtures", "desk_fixtures"]

OCTOPUS = FactInput(claim="Octopuses have three hearts", verdict="true",
                    summary="Two pump blood through the gills, one through the body.",
                    tags=("animals",))
FID = "octopuses-have-three-hearts"
PROPOSED = "Two branchial hearts and one systemic heart."
SUGGESTIONS = "/s/discord:111/suggestions"


def approvals() -> float:
    return metrics.REGISTRY.get_sample_value(
        "factbot_moderation_actions_total",
        {"platform": "discord", "action": "approve_suggestion"}) or 0.0


def comparison(page: str, item: int) -> list[list[str]]:
    """The rows of the table that compares the versions under suggestion #item."""
    section = page.split(f"#{item}:")[1].split('<section class="item">')[0]
    rows = re.findall(r"<tr>(.*?)</tr>", section, flags=re.S)
    return [[text_of(c).strip() for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)]
            for row in rows]


@pytest.mark.asyncio
async def test_a_correction_of_an_older_version_is_shown_on_both_and_approved_on_the_new(
        db_url: str, fake: OAuthFake) -> None:
    async with serving(db_url, fake) as (base, mod):
        await mod.add_fact(ALPHA, MEMBER, OCTOPUS)
        stale = await mod.suggest(ALPHA, MEMBER, fact_id=FID, changes={"summary": PROPOSED})
        clean = await mod.suggest(ALPHA, MEMBER, fact_id=FID, note="check the source")
        await mod.edit_fact(ALPHA, MOD, FID, {"tags": ["animals", "sea"]})   # version 2
        ada = await signed_in(base, fake, ADA.user_id)
        try:
            _, page = await ada.get(SUGGESTIONS)
            assert messages.DESK_TEXT["changed_since"] in page
            assert comparison(page, stale.id) == [
                ["Field", "On version 1 (proposed on)", "Now (version 2)", "Proposed"],
                ["summary", OCTOPUS.summary, OCTOPUS.summary, PROPOSED],
                ["tags", "animals", "animals; sea", messages.DESK_TEXT["not_proposed"]]]
            assert comparison(page, clean.id) == []      # nothing proposed on another version
            form = page.split(f"#{stale.id}:")[1].split("</form>")[0]
            assert 'name="on_version" value="2"' in form and "Approve on version 2" in form

            # Approved without saying on which version: refused, nothing applied.
            status, page = await ada.post(f"{SUGGESTIONS}/{stale.id}/approve")
            assert status == 200
            assert messages.desk_suggestion_changed(stale.id, FID, 2) in text_of(page)
            assert (await mod.get_fact(ALPHA, FID)).version == 2
            # The button without the session's CSRF token: refused.
            status, _ = await ada.post(f"{SUGGESTIONS}/{stale.id}/approve",
                                       {"on_version": "2"}, csrf="forged")
            assert status == 403
            # The fact changes again while the page is open: the button's version is stale.
            await mod.edit_fact(ALPHA, MOD, FID, {"claimant": "A nature documentary"})
            status, page = await ada.post(f"{SUGGESTIONS}/{stale.id}/approve",
                                          {"on_version": "2"})
            assert messages.desk_suggestion_changed(stale.id, FID, 3) in text_of(page)
            assert "Approve on version 3" in page
            record = await mod.get_fact(ALPHA, FID)
            assert record.version == 3 and record.fact.summary == OCTOPUS.summary

            before = approvals()
            status, page = await ada.post(f"{SUGGESTIONS}/{stale.id}/approve",
                                          {"on_version": "3"})
            assert messages.desk_suggestion_approved(stale.id, FID) in text_of(page)
            record = await mod.get_fact(ALPHA, FID)
            assert record.version == 4 and record.fact.summary == PROPOSED
            assert record.fact.tags == ("animals", "sea")       # what changed since is kept
            assert record.fact.claimant == "A nature documentary"
            assert approvals() == before + 1        # through the seam, counted like the chats
            [done] = [s for s in await mod.list_suggestions(ALPHA, status=None)
                      if s.id == stale.id]
            assert done.status is SuggestionStatus.APPROVED
        finally:
            await ada.close()


@pytest.mark.asyncio
async def test_another_servers_moderator_cannot_approve_on_a_version(db_url: str,
                                                                    fake: OAuthFake) -> None:
    async with serving(db_url, fake) as (base, mod):
        await mod.add_fact(ALPHA, MEMBER, OCTOPUS)
        stale = await mod.suggest(ALPHA, MEMBER, fact_id=FID, changes={"summary": PROPOSED})
        await mod.edit_fact(ALPHA, MOD, FID, {"tags": ["sea"]})
        bo = await signed_in(base, fake, BO.user_id)
        try:
            status, page = await bo.get(SUGGESTIONS)
            assert status == 403 and PROPOSED not in page
            status, _ = await bo.post(f"{SUGGESTIONS}/{stale.id}/approve", {"on_version": "2"})
            assert status == 403
            # Through his own server's address: Alpha's suggestion is not Beta's.
            status, _ = await bo.post(f"/s/discord:222/suggestions/{stale.id}/approve",
                                      {"on_version": "2"})
            assert status == 404
            [still] = await mod.list_suggestions(ALPHA)
            assert still.id == stale.id and (await mod.get_fact(ALPHA, FID)).version == 2
        finally:
            await bo.close()


@pytest.mark.asyncio
async def test_what_changed_since_through_the_seam(mod: Moderation) -> None:
    desk = ObservedDesk(mod)
    await desk.add_fact(ALPHA, MEMBER, OCTOPUS)
    new = await desk.suggest(ALPHA, MEMBER, FactInput(claim="Squids have three hearts",
                                                      verdict="true", summary="So they do."))
    stale = await desk.suggest(ALPHA, MEMBER, fact_id=FID, changes={"summary": PROPOSED})
    assert await desk.changed_since(ALPHA, stale.id) is None       # not changed yet
    assert await desk.changed_since(ALPHA, new.id) is None         # a new fact has no versions
    await desk.edit_fact(ALPHA, MOD, FID, {"verdict": "misleading"})
    changed = await desk.changed_since(ALPHA, stale.id)
    assert changed is not None and (changed.proposed_on, changed.current) == (1, 2)
    assert [(f.name, f.proposed) for f in changed.fields] == [
        ("verdict", None), ("summary", PROPOSED)]
    await desk.reject_suggestion(ALPHA, MOD, stale.id, "Outdated.")
    assert await desk.changed_since(ALPHA, stale.id) is None       # decided
