"""What members do, through the real Bolt app over HTTP: mention, shortcut, passive watch,
the reply's buttons and the report and suggestion modals; Web API errors and rate limits."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio
from slack_mock import (
    BOT_ID,
    BOT_USER_ID,
    MockSlackAPI,
    Running,
    block_action,
    mention_event,
    message_event,
    message_shortcut,
    running_app,
    view_submission,
)

from adapters.slack.blocks import ButtonRef
from adapters.slack.service import served_fact, workspace

pytestmark = pytest.mark.asyncio

SURE = "Chinese troops ambushed a Soviet border patrol in March 1969"   # scores 1.0
UNSURE = "Russia and China are formal military allies"                # matches, below 0.8
NOTHING = "The moon landing was staged in a film studio in Nevada"


@pytest.fixture
def slack() -> Iterator[MockSlackAPI]:
    api = MockSlackAPI().start()
    yield api
    api.stop()
    assert not api.refused, f"Slack would refuse: {api.refused}"


@pytest_asyncio.fixture
async def bot(tmp_path: Path, slack: MockSlackAPI) -> AsyncIterator[Running]:
    async with running_app(tmp_path, slack, reply_mode="private",
                           watched_channels=["C0001", "C0002"], channel_cooldown_s=60,
                           user_cooldown_s=30) as running:
        yield running


def buttons(blocks: list[dict[str, object]]) -> dict[str, str]:
    out = {}
    for block in blocks:
        if block.get("type") == "actions":
            for element in block["elements"]:  # type: ignore[attr-defined]
                out[element["action_id"]] = element["value"]
    return out


# -- asking --------------------------------------------------------------------------------------

async def test_mention_answers_in_a_thread_with_the_quote_behind_a_button(bot: Running) -> None:
    answer = await bot.event(mention_event(SURE, ts="1700000000.000200"))
    assert answer.status == 200
    sent = (await bot.api.wait_for("chat.postMessage")).body
    assert sent["channel"] == "C0001" and sent["thread_ts"] == "1700000000.000200"
    assert sent["blocks"][0]["type"] == "header"
    assert "factbot_show_quote" in buttons(sent["blocks"])
    assert not any(b.get("text", {}).get("text", "").startswith(">") for b in sent["blocks"])


async def test_mention_in_a_thread_answers_in_that_thread(bot: Running) -> None:
    await bot.event(mention_event(SURE, ts="1700000000.000900", thread_ts="1700000000.000001"))
    assert (await bot.api.wait_for("chat.postMessage")).body["thread_ts"] == "1700000000.000001"


async def test_bare_mention_gets_help(bot: Running) -> None:
    await bot.event(mention_event(""))
    sent = (await bot.api.wait_for("chat.postMessage")).body
    assert "/factcheck" in sent["text"] and "blocks" not in sent


async def test_other_bots_mentions_are_ignored(bot: Running) -> None:
    await bot.event(mention_event(SURE, bot_id="BOTHER", ts="1700000000.000300"))
    await bot.event(message_event(SURE, user=BOT_USER_ID, bot_id=BOT_ID))
    await bot.event(message_event(SURE, user="UBOT2", subtype="bot_message", bot_id="B2"))
    await bot.api.settle(0.5)
    assert not bot.api.calls_to("chat.postMessage")


async def test_message_shortcut_answers_privately(bot: Running) -> None:
    await bot.interact(message_shortcut(SURE, bot.api.response_url("sc")))
    sent = (await bot.api.wait_for("/commands/T0001/sc")).body
    assert sent["response_type"] == "ephemeral" and sent["replace_original"] is False
    assert sent["blocks"][0]["type"] == "header"


async def test_message_shortcut_in_public_mode_answers_in_the_thread(
        tmp_path: Path, slack: MockSlackAPI) -> None:
    async with running_app(tmp_path, slack, reply_mode="thread") as bot:
        await bot.interact(message_shortcut(SURE, slack.response_url("sc")))
        sent = (await slack.wait_for("chat.postMessage")).body
    assert sent["thread_ts"] == "1699999999.000200" and sent["channel"] == "C0001"


async def test_message_shortcut_where_the_app_cannot_post_answers_privately(
        tmp_path: Path, slack: MockSlackAPI) -> None:
    slack.fail_next("chat.postMessage", error="not_in_channel")
    async with running_app(tmp_path, slack, reply_mode="public") as bot:
        await bot.interact(message_shortcut(SURE, slack.response_url("nic")))
        sent = (await slack.wait_for("/commands/T0001/nic")).body
    assert sent["response_type"] == "ephemeral" and sent["blocks"][0]["type"] == "header"


# -- passive watch -------------------------------------------------------------------------------

# A denial of a misleading fact, matched word for word: the reply would be context.
CONTEXT_ONLY = "Power of Siberia does not make China dependent on Russian gas"


async def test_passive_watch_answers_sure_matches_once_per_cooldown(bot: Running) -> None:
    await bot.event(message_event(SURE, ts="1700000001.000100"))
    first = (await bot.api.wait_for("chat.postMessage")).body
    assert first["thread_ts"] == "1700000001.000100"

    await bot.event(message_event(SURE, user="UCAROL", ts="1700000002.000100"))
    await bot.api.settle(0.5)
    assert len(bot.api.calls_to("chat.postMessage")) == 1  # channel cooldown

    bot.clock[0] += 61
    await bot.event(message_event(SURE, user="UCAROL", ts="1700000003.000100"))
    await bot.api.wait_for("chat.postMessage", count=2)


async def test_passive_watch_user_cooldown(bot: Running) -> None:
    await bot.event(message_event(SURE, ts="1700000001.000100"))
    await bot.api.wait_for("chat.postMessage")
    # the same person in the other watched channel: still in their quiet time
    await bot.event(message_event(SURE, channel="C0002", ts="1700000002.000100"))
    await bot.api.settle(0.5)
    assert len(bot.api.calls_to("chat.postMessage")) == 1
    await bot.event(message_event(SURE, channel="C0002", user="UDAVE", ts="1700000003.000100"))
    third = await bot.api.wait_for("chat.postMessage", count=2)
    assert third.body["channel"] == "C0002"


async def test_passive_watch_stays_silent(bot: Running) -> None:
    await bot.event(message_event(UNSURE, ts="1700000001.000100"))        # not sure enough
    await bot.event(message_event(NOTHING, user="UD", ts="1700000002.000100"))  # no match
    await bot.event(message_event(SURE, channel="C0OTHER", user="UE"))   # not watched
    await bot.event(message_event(SURE, user="UF", subtype="message_changed"))  # an edit
    await bot.event(message_event(f"<@{BOT_USER_ID}> {SURE}", user="UG"))  # a mention
    # a sure match whose wording cannot be judged: context is no answer to give unasked
    await bot.event(message_event(CONTEXT_ONLY, user="UH", ts="1700000004.000100"))
    # a wall of text with a sure claim in it is no claim to answer unasked (as on Discord)
    await bot.event(message_event(SURE + ". " + "and so on " * 600, user="UI",
                                  ts="1700000005.000100"))
    await bot.api.settle(0.6)
    assert not bot.api.calls_to("chat.postMessage")
    # passive checks are not explicit asks: nothing lands in the unmatched queue
    assert await bot.moderation.unmatched(workspace("T0001")) == []


# -- buttons -------------------------------------------------------------------------------------

async def _reply_buttons(bot: Running) -> dict[str, str]:
    await bot.event(mention_event(SURE))
    return buttons((await bot.api.wait_for("chat.postMessage")).body["blocks"])


async def test_show_quote_button(bot: Running) -> None:
    value = (await _reply_buttons(bot))["factbot_show_quote"]
    ref = ButtonRef.decode(value)
    assert ref is not None and ref.fact_id is not None
    fact = await served_fact(bot.moderation, "T0001", ref.fact_id)
    assert fact is not None and fact.quote
    await bot.interact(block_action("factbot_show_quote", value,
                                    response_url=bot.api.response_url("q")))
    sent = (await bot.api.wait_for("/commands/T0001/q")).body
    assert sent["response_type"] == "ephemeral"
    assert fact.quote[:40] in sent["blocks"][0]["text"]["text"]


@pytest.mark.parametrize(("action", "helpful"), [("factbot_helpful", True),
                                                 ("factbot_not_helpful", False)])
async def test_feedback_buttons_count_votes(bot: Running, action: str, helpful: bool) -> None:
    value = (await _reply_buttons(bot))[action]
    ref = ButtonRef.decode(value)
    assert ref is not None and ref.fact_id
    await bot.interact(block_action(action, value, response_url=bot.api.response_url("fb")))
    thanks = (await bot.api.wait_for("/commands/T0001/fb")).body
    assert thanks["response_type"] == "ephemeral" and "Thanks" in thanks["text"]
    counts = await bot.moderation.feedback_counts(workspace("T0001"), [ref.fact_id])
    assert (counts[ref.fact_id].helpful, counts[ref.fact_id].not_helpful) == (
        (1, 0) if helpful else (0, 1))


async def test_report_button_opens_a_modal_and_files_a_report(bot: Running) -> None:
    value = (await _reply_buttons(bot))["factbot_report"]
    await bot.interact(block_action("factbot_report", value))
    opened = (await bot.api.wait_for("views.open")).body
    view = opened["view"]
    assert view["callback_id"] == "factbot_report_modal"

    short = await bot.interact(view_submission(view, {"reason": "no"}))
    assert short.json()["response_action"] == "errors" and "reason" in short.json()["errors"]
    assert await bot.moderation.list_reports(workspace("T0001")) == []

    done = await bot.interact(view_submission(view, {"reason": "The 1969 patrol was Soviet-led"}))
    assert done.status == 200 and done.text == ""
    confirm = (await bot.api.wait_for("chat.postEphemeral")).body
    assert confirm["user"] == "UALICE" and confirm["channel"] == "C0001"
    [report] = await bot.moderation.list_reports(workspace("T0001"))
    ref = ButtonRef.decode(value)
    assert ref is not None
    assert (report.fact_id, report.claim, report.reason) == (
        ref.fact_id, SURE, "The 1969 patrol was Soviet-led")
    assert report.reporter.user_id == "UALICE"


async def test_suggest_button_on_a_no_match_queues_a_suggestion(bot: Running) -> None:
    await bot.command(NOTHING, "nm")
    sent = (await bot.api.wait_for("/commands/T0001/nm")).body
    value = buttons(sent["blocks"])["factbot_suggest"]
    await bot.interact(block_action("factbot_suggest", value))
    view = (await bot.api.wait_for("views.open")).body["view"]
    assert view["callback_id"] == "factbot_suggest_modal"

    bad = await bot.interact(view_submission(view, {"claim": "moon", "summary": ""}))
    assert set(bad.json()["errors"]) == {"claim", "verdict", "summary"}

    good = await bot.interact(view_submission(view, {
        "verdict": {"selected_option": {"value": "false"}},
        "summary": "The landings were filmed live and verified independently.",
        "note": "NASA archives"}))
    assert good.status == 200 and good.text == ""
    [suggestion] = await bot.moderation.list_suggestions(workspace("T0001"))
    assert suggestion.proposal is not None and suggestion.proposal.claim == NOTHING
    assert suggestion.note == "NASA archives" and suggestion.proposer.user_id == "UALICE"


# -- Slack failing -------------------------------------------------------------------------------

async def test_rate_limit_is_waited_out_and_logged(bot: Running,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    bot.api.fail_next("chat.postMessage", status=429, headers={"Retry-After": "0"})
    with caplog.at_level(logging.WARNING, logger="factbot.slack"):
        await bot.event(mention_event(SURE))
        second = await bot.api.wait_for("chat.postMessage", count=2, timeout=8)
    assert second.body["blocks"][0]["type"] == "header"
    assert any("rate limit" in r.getMessage() for r in caplog.records)


async def test_web_api_error_is_logged_and_survived(bot: Running,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    bot.api.fail_next("chat.postMessage", error="channel_not_found")
    with caplog.at_level(logging.ERROR, logger="factbot.slack"):
        await bot.event(mention_event(SURE, ts="1700000000.000400"))
        await bot.api.wait_for("chat.postMessage")
        await bot.api.settle()
    assert any("channel_not_found" in r.getMessage() for r in caplog.records)
    await bot.event(mention_event(SURE, ts="1700000000.000500"))
    again = await bot.api.wait_for("chat.postMessage", count=2)
    assert again.body["thread_ts"] == "1700000000.000500"
