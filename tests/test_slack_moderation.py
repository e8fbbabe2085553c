"""Moderation from Slack through the real Bolt app: the App Home by role, fact forms with their
validation, edit, retire, restore, history, search, the three queues, settings, and refusals."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from slack_mock import (
    MockSlackAPI,
    Running,
    block_action,
    home_opened,
    running_app,
    view_submission,
)

from adapters.slack.service import member, workspace
from bot.core.models import Claim, Verdict
from bot.moderation.errors import UnknownFact
from bot.moderation.types import FactInput, ReportStatus, SuggestionStatus

pytestmark = pytest.mark.asyncio

HOME = {"type": "home", "id": "VHOME"}
SERVER = workspace("T0001")
NEW_CLAIM = "The Volga is the longest river in Europe"
FALSE = {"selected_option": {"value": "false"}}
TRUE = {"selected_option": {"value": "true"}}


@pytest.fixture
def slack() -> Iterator[MockSlackAPI]:
    api = MockSlackAPI().start()
    api.add_user("UADMIN", admin=True)
    api.add_user("UOWNER", owner=True)
    api.add_user("UGROUP")
    api.add_user("UALICE")
    api.add_user("UGROUPBOT", bot=True)
    api.usergroups["S0MODS"] = ["UGROUP", "UGROUPBOT"]
    yield api
    api.stop()
    assert not api.refused, f"Slack would refuse: {api.refused}"


@pytest_asyncio.fixture
async def bot(tmp_path: Path, slack: MockSlackAPI) -> AsyncIterator[Running]:
    async with running_app(tmp_path, slack, moderator_roles=["S0MODS"],
                           reply_mode="private") as running:
        yield running


def texts(view: dict[str, Any]) -> str:
    out = []
    for block in view["blocks"]:
        text = block.get("text")
        if isinstance(text, dict):
            out.append(text["text"])
        for element in block.get("elements", []) + block.get("fields", []):
            inner = element.get("text")
            out.append(inner["text"] if isinstance(inner, dict) else str(inner or ""))
    return "\n".join(out)


def action_ids(view: dict[str, Any]) -> list[str]:
    ids = []
    for block in view["blocks"]:
        ids += [e["action_id"] for e in block.get("elements", []) if "action_id" in e]
        if "accessory" in block:
            ids.append(block["accessory"]["action_id"])
    return ids


async def home_of(bot: Running, user: str) -> dict[str, Any]:
    before = len(bot.api.calls_to("views.publish"))
    await bot.event(home_opened(user))
    call = await bot.api.wait_for("views.publish", count=before + 1)
    assert call.body["user_id"] == user
    view: dict[str, Any] = call.body["view"]
    return view


async def opened(bot: Running, method: str = "views.open") -> dict[str, Any]:
    count = len(bot.api.calls_to(method))
    await bot.api.wait_for(method, count=max(count, 1))
    view: dict[str, Any] = bot.api.calls_to(method)[-1].body["view"]
    return view


async def click(bot: Running, user: str, action_id: str, value: str = "-",
                view: dict[str, Any] | None = None, method: str = "views.open") -> dict[str, Any]:
    before = len(bot.api.calls_to(method))
    answer = await bot.interact(block_action(action_id, value, user=user, view=view or HOME))
    assert answer.status == 200
    call = await bot.api.wait_for(method, count=before + 1)
    shown: dict[str, Any] = call.body["view"]
    return shown


# -- App Home --------------------------------------------------------------------------------

async def test_home_for_a_member_shows_how_to_and_most_asked(bot: Running) -> None:
    claim = "Chinese troops ambushed a Soviet border patrol in March 1969"
    await bot.command(claim, "a1")
    await bot.command(claim, "a2")
    await bot.api.wait_for("/commands/T0001/a2")
    view = await home_of(bot, "UALICE")
    assert view["type"] == "home"
    shown = texts(view)
    assert "/factcheck" in shown and "Fact-check this message" in shown
    assert claim in shown and "asked 2 times" in shown
    assert "Moderation" not in shown and "factbot_admin_settings" not in action_ids(view)


async def test_home_for_a_group_moderator_shows_queues_not_settings(bot: Running) -> None:
    await bot.command("The moon landing was staged in a film studio in Nevada", "nm")
    await bot.api.wait_for("/commands/T0001/nm")
    view = await home_of(bot, "UGROUP")
    shown = texts(view)
    assert "Unmatched claims: 1" in shown and "moon landing" in shown
    ids = action_ids(view)
    assert {"factbot_mod_add", "factbot_mod_find", "factbot_mod_unmatched_fact"} <= set(ids)
    assert "factbot_admin_settings" not in ids


async def test_a_bot_in_the_moderator_group_is_refused(bot: Running) -> None:
    view = await home_of(bot, "UGROUPBOT")
    assert "factbot_mod_add" not in action_ids(view)
    denied = await click(bot, "UGROUPBOT", "factbot_mod_add")
    assert denied["callback_id"] == "factbot_notice"


async def test_home_for_an_admin_shows_settings(bot: Running) -> None:
    view = await home_of(bot, "UOWNER")
    assert "factbot_admin_settings" in action_ids(view)
    assert "Only to the person who asked" in texts(view)


# -- facts -----------------------------------------------------------------------------------

async def test_add_fact_form_validates_then_adds(bot: Running) -> None:
    form = await click(bot, "UGROUP", "factbot_mod_add")
    assert form["callback_id"] == "factbot_add_fact"

    bad = await bot.interact(view_submission(form, {
        "claim": NEW_CLAIM, "verdict": TRUE, "summary": "It runs 3,530 km.",
        "figures": "3,530 km without an equals sign", "fact_id": "Not An Id"}, user="UGROUP"))
    errors = bad.json()["errors"]
    assert bad.json()["response_action"] == "errors"
    assert set(errors) == {"figures", "fact_id"}
    with pytest.raises(UnknownFact):
        await bot.moderation.get_fact(SERVER, "volga")

    good = await bot.interact(view_submission(form, {
        "claim": NEW_CLAIM, "verdict": TRUE, "summary": "It runs 3,530 km.",
        "figures": "3,530 km = length of the Volga", "fact_id": "volga"}, user="UGROUP"))
    shown = good.json()
    assert shown["response_action"] == "update" and shown["view"]["private_metadata"] == "volga"
    record = await bot.moderation.get_fact(SERVER, "volga")
    assert record.fact.verdict is Verdict.TRUE and record.updated_by is not None
    assert record.updated_by.user_id == "UGROUP"
    reply = await bot.moderation.check(Claim(NEW_CLAIM, "slack", "T0001"))
    assert reply.primary.fact is not None and reply.primary.fact.id == "volga"


async def test_each_problem_is_shown_under_its_own_field(bot: Running) -> None:
    form = await click(bot, "UGROUP", "factbot_mod_add")
    bad = await bot.interact(view_submission(form, {
        "claim": NEW_CLAIM, "verdict": TRUE, "summary": "s" * 3001,
        "source": "A report | https://example.org/report", "aliases": "same\nsame",
        "figures": "3,530 km = length\nno equals sign"}, user="UGROUP"))
    errors = bad.json()["errors"]
    assert set(errors) == {"summary", "figures"}
    assert errors["summary"] == "Summary is longer than 3000 characters"
    assert "no equals sign" in errors["figures"]
    await _added(bot)
    edit = await click(bot, "UADMIN", "factbot_mod_edit", "volga",
                       {"type": "modal", "id": "VFACT", "callback_id": "factbot_fact"},
                       "views.push")
    long_aliases = "\n".join(f"wording {n} " + "x" * 400 for n in range(10))
    refused = await bot.interact(view_submission(edit, {"aliases": long_aliases},
                                                 user="UADMIN"))
    assert set(refused.json()["errors"]) == {"aliases"}
    assert (await bot.moderation.get_fact(SERVER, "volga")).fact.aliases == ()


async def test_add_fact_refuses_a_duplicate_id(bot: Running) -> None:
    form = await click(bot, "UADMIN", "factbot_mod_add")
    values = {"claim": NEW_CLAIM, "verdict": TRUE, "summary": "Yes.", "fact_id": "volga"}
    assert (await bot.interact(view_submission(form, values, user="UADMIN"))).status == 200
    again = await bot.interact(view_submission(form, values, user="UADMIN"))
    assert set(again.json()["errors"]) == {"fact_id"}


async def _added(bot: Running) -> None:
    await bot.moderation.add_fact(SERVER, member("UADMIN"), FactInput(
        claim=NEW_CLAIM, verdict="true", summary="It runs 3,530 km.", id="volga"))


async def test_edit_retire_restore_and_history(bot: Running) -> None:
    await _added(bot)
    fact_modal = {"type": "modal", "id": "VFACT", "callback_id": "factbot_fact"}
    form = await click(bot, "UADMIN", "factbot_mod_edit", "volga", fact_modal, "views.push")
    assert form["callback_id"] == "factbot_edit_fact"
    assert next(b for b in form["blocks"] if b["block_id"] == "claim")[
        "element"]["initial_value"] == NEW_CLAIM

    empty = await bot.interact(view_submission(form, {"summary": ""}, user="UADMIN"))
    assert set(empty.json()["errors"]) == {"summary"}
    saved = await bot.interact(view_submission(
        form, {"summary": "About 3,530 km long.", "verdict": TRUE}, user="UADMIN"))
    assert saved.json()["response_action"] == "update"
    assert (await bot.moderation.get_fact(SERVER, "volga")).fact.summary == "About 3,530 km long."

    # the same form submitted again is now stale: someone else's edit is not overwritten
    stale = await bot.interact(view_submission(form, {"summary": "Stale.", "verdict": TRUE},
                                               user="UADMIN"))
    assert "claim" in stale.json()["errors"]

    retired = await click(bot, "UADMIN", "factbot_mod_retire", "volga", fact_modal,
                          "views.update")
    assert "factbot_mod_restore" in action_ids(retired)
    assert (await bot.moderation.get_fact(SERVER, "volga")).retired
    restored = await click(bot, "UADMIN", "factbot_mod_restore", "volga", fact_modal,
                           "views.update")
    assert "factbot_mod_retire" in action_ids(restored)

    history = await click(bot, "UADMIN", "factbot_mod_history", "volga", fact_modal,
                          "views.push")
    shown = texts(history)
    assert "*v4*" in shown and "*v1*" in shown and "<@UADMIN>" in shown
    assert "summary: It runs 3,530 km. -&gt; About 3,530 km long." in shown
    v1 = next(b["accessory"]["value"] for b in history["blocks"]
              if "*v1*" in b["text"]["text"])
    await click(bot, "UADMIN", "factbot_mod_restore_version", v1,
                {"type": "modal", "id": "VHIST"}, "views.update")
    assert (await bot.moderation.get_fact(SERVER, "volga")).fact.summary == "It runs 3,530 km."


async def test_find_fact(bot: Running) -> None:
    await _added(bot)
    form = await click(bot, "UGROUP", "factbot_mod_find")
    nothing = await bot.interact(view_submission(form, {"query": "zzzz qqqq"}, user="UGROUP"))
    assert "query" in nothing.json()["errors"]
    exact = await bot.interact(view_submission(form, {"query": "volga"}, user="UGROUP"))
    assert exact.json()["view"]["private_metadata"] == "volga"
    words = await bot.interact(view_submission(form, {"query": "longest river Europe"},
                                               user="UGROUP"))
    assert "factbot_mod_open" in action_ids(words.json()["view"])
    opened_fact = await click(bot, "UGROUP", "factbot_mod_open", "volga",
                              {"type": "modal", "id": "VFOUND"}, "views.push")
    assert opened_fact["private_metadata"] == "volga"
    # a retired fact no longer matches, but its id still finds it, to restore it
    await bot.moderation.retire_fact(SERVER, member("UGROUP"), "volga")
    retired = await bot.interact(view_submission(form, {"query": "Volga "}, user="UGROUP"))
    assert "factbot_mod_restore" in action_ids(retired.json()["view"])


# -- queues ----------------------------------------------------------------------------------

async def test_unmatched_claim_becomes_a_fact(bot: Running) -> None:
    await bot.command(NEW_CLAIM, "u")
    await bot.api.wait_for("/commands/T0001/u")
    home = await home_of(bot, "UGROUP")
    value = next(e["value"] for b in home["blocks"] for e in b.get("elements", [])
                 if e.get("action_id") == "factbot_mod_unmatched_fact")
    form = await click(bot, "UGROUP", "factbot_mod_unmatched_fact", value)
    assert next(b for b in form["blocks"] if b["block_id"] == "claim")[
        "element"]["initial_value"] == NEW_CLAIM
    done = await bot.interact(view_submission(form, {"verdict": TRUE,
                                                     "summary": "It runs 3,530 km."},
                                              user="UGROUP"))
    assert done.json()["response_action"] == "update"
    assert await bot.moderation.unmatched(SERVER) == []


async def test_unmatched_claim_dismissed(bot: Running) -> None:
    await bot.command(NEW_CLAIM, "u")
    await bot.api.wait_for("/commands/T0001/u")
    [item] = await bot.moderation.unmatched(SERVER)
    await click(bot, "UGROUP", "factbot_mod_unmatched_dismiss", str(item.id),
                method="views.publish")
    assert await bot.moderation.unmatched(SERVER) == []


async def test_suggestion_approved_and_proposer_told(bot: Running) -> None:
    suggestion = await bot.moderation.suggest(SERVER, member("UALICE"), FactInput(
        claim=NEW_CLAIM, verdict="true", summary="It runs 3,530 km."))
    await click(bot, "UGROUP", "factbot_mod_approve", str(suggestion.id),
                method="views.publish")
    told = (await bot.api.wait_for("chat.postMessage")).body
    assert told["channel"] == "UALICE" and "accepted" in told["text"]
    [approved] = await bot.moderation.list_suggestions(SERVER, status=SuggestionStatus.APPROVED)
    assert approved.fact_id is not None
    assert (await bot.moderation.get_fact(SERVER, approved.fact_id)).fact.claim == NEW_CLAIM


async def test_approving_a_correction_on_a_changed_fact_shows_both_versions(
        bot: Running) -> None:
    suggestion = await bot.moderation.suggest(SERVER, member("UALICE"),
                                              fact_id="alliance-forming",
                                              changes={"verdict": "false"})
    await bot.moderation.edit_fact(SERVER, member("UGROUP"), "alliance-forming",
                                   {"verdict": "unproven"}, expected_version=0)
    notice = await click(bot, "UGROUP", "factbot_mod_approve", str(suggestion.id))
    shown = texts(notice)
    assert "made on version 0 of fact 'alliance-forming', which is now at version 1" in shown
    assert "verdict: version 0 “misleading”; version 1 “unproven”; proposed “false”" in shown
    assert [s.id for s in await bot.moderation.list_suggestions(SERVER)] == [suggestion.id]
    assert (await bot.moderation.get_fact(SERVER, "alliance-forming")).fact.verdict == \
        "unproven"


async def test_suggestion_rejected_with_a_reason(bot: Running) -> None:
    suggestion = await bot.moderation.suggest(SERVER, member("UALICE"), FactInput(
        claim=NEW_CLAIM, verdict="false", summary="Not sure."))
    form = await click(bot, "UGROUP", "factbot_mod_reject", str(suggestion.id))
    empty = await bot.interact(view_submission(form, {"reason": ""}, user="UGROUP"))
    assert "reason" in empty.json()["errors"]
    done = await bot.interact(view_submission(form, {"reason": "The Volga claim is true."},
                                              user="UGROUP"))
    assert done.status == 200 and done.text == ""
    told = (await bot.api.wait_for("chat.postMessage")).body
    assert told["channel"] == "UALICE" and "The Volga claim is true." in told["text"]
    assert await bot.moderation.list_suggestions(SERVER) == []


async def test_report_resolved(bot: Running) -> None:
    report = await bot.moderation.report(SERVER, member("UALICE"), "alliance-already-formal",
                                         "Russia and China are allies", "Wrong verdict")
    home = await home_of(bot, "UGROUP")
    assert "Wrong verdict" in texts(home)
    form = await click(bot, "UGROUP", "factbot_mod_resolve", str(report.id))
    done = await bot.interact(view_submission(form, {"reason": "Checked: the answer stands."},
                                              user="UGROUP"))
    assert done.status == 200
    told = (await bot.api.wait_for("chat.postMessage")).body
    assert told["channel"] == "UALICE" and "answer stands" in told["text"]
    [resolved] = await bot.moderation.list_reports(SERVER, status=ReportStatus.RESOLVED)
    assert resolved.resolved_by is not None and resolved.resolved_by.user_id == "UGROUP"


# -- settings --------------------------------------------------------------------------------

async def test_admin_changes_settings_with_validation(bot: Running) -> None:
    form = await click(bot, "UADMIN", "factbot_admin_settings", "settings")
    assert form["callback_id"] == "factbot_settings"
    bad = await bot.interact(view_submission(form, {
        "threshold": "very", "channel_cooldown_s": "-5"}, user="UADMIN"))
    errors = bad.json()["errors"]
    assert set(errors) == {"threshold", "channel_cooldown_s"}
    # shown under the field's own label: plain words, no setting names
    assert errors == {"threshold": "Should be a number from 0 to 1.",
                      "channel_cooldown_s": "Should be from 0 to 86400."}
    good = await bot.interact(view_submission(form, {
        "reply_mode": {"selected_option": {"value": "public"}},
        "watched_channels": {"selected_channels": ["C0001", "C0009"]},
        "threshold": "0.7", "channel_cooldown_s": "120", "user_cooldown_s": "45",
        "moderator_roles": "S0MODS, S0MORE"}, user="UADMIN"))
    assert good.status == 200 and good.text == ""
    settings = await bot.moderation.settings(SERVER)
    assert settings.reply_mode == "public" and settings.watched_channels == ("C0001", "C0009")
    assert (settings.threshold, settings.channel_cooldown_s, settings.user_cooldown_s) == (
        0.7, 120, 45)
    assert settings.moderator_roles == ("S0MODS", "S0MORE")


async def test_settings_take_numbers_in_inputs_made_for_them(bot: Running) -> None:
    def inputs(view: dict[str, Any]) -> dict[str, dict[str, Any]]:
        return {b["block_id"]: b["element"] for b in view["blocks"] if b["type"] == "input"}

    settings = inputs(await click(bot, "UADMIN", "factbot_admin_settings", "settings"))
    threshold = settings["threshold"]
    assert threshold["type"] == "number_input" and threshold["is_decimal_allowed"] is True
    assert (threshold["min_value"], threshold["max_value"]) == ("0", "1")
    for key in ("channel_cooldown_s", "user_cooldown_s"):
        assert settings[key]["type"] == "number_input"
        assert settings[key]["is_decimal_allowed"] is False
        assert (settings[key]["min_value"], settings[key]["max_value"]) == ("0", "86400")


# -- refusals --------------------------------------------------------------------------------

async def test_members_cannot_moderate(bot: Running) -> None:
    denied = await click(bot, "UALICE", "factbot_mod_add")
    assert denied["callback_id"] == "factbot_notice"
    assert "moderator" in texts(denied)

    # a forged submission of the add form is refused too, and nothing is added
    form = await click(bot, "UADMIN", "factbot_mod_add")
    forged = await bot.interact(view_submission(form, {
        "claim": NEW_CLAIM, "verdict": TRUE, "summary": "Yes.", "fact_id": "volga"},
        user="UALICE"))
    assert "moderator" in forged.json()["errors"]["claim"]
    assert await bot.moderation.list_facts(SERVER) == []


async def test_moderators_cannot_change_settings(bot: Running) -> None:
    denied = await click(bot, "UGROUP", "factbot_admin_settings", "settings")
    assert denied["callback_id"] == "factbot_notice" and "admin" in texts(denied)
    form = await click(bot, "UADMIN", "factbot_admin_settings", "settings")
    forged = await bot.interact(view_submission(form, {"threshold": "0.1"}, user="UGROUP"))
    assert "admin" in forged.json()["errors"]["reply_mode"]
    assert (await bot.moderation.settings(SERVER)).threshold != 0.1



async def test_a_failed_role_lookup_refuses(bot: Running) -> None:
    bot.api.fail_next("users.info", error="missing_scope")
    denied = await click(bot, "UADMIN", "factbot_mod_add")
    assert denied["callback_id"] == "factbot_notice"
