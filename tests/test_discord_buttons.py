"""The buttons under a verdict and the report form, feeding the moderation layer."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

import pytest
from discord_fake import (
    ADMIN,
    GUILD_ID,
    MEMBER,
    FakeDiscord,
    button_press,
    buttons_of,
    modal_submit,
    option,
    slash,
)

from adapters.discord import views
from adapters.discord.bot import FactBot
from adapters.discord.desk import server_key
from bot.moderation.service import Moderation

if TYPE_CHECKING:
    from discord_harness import StartBot

pytest_plugins = ["discord_harness"]
pytestmark = pytest.mark.asyncio

EPHEMERAL = 64
CLAIM = "Russia and China already have a formal alliance"
FACT = "alliance-already-formal"
SERVER = server_key(int(GUILD_ID))


async def verdict(fake: FakeDiscord, claim: str = CLAIM) -> dict[str, object]:
    """Ask /factcheck and return the message Discord stored for the bot's answer."""
    return await fake.answer(slash("factcheck", [option("claim", claim)]))


async def test_every_verdict_carries_persistent_buttons(factbot: FactBot,
                                                        fake: FakeDiscord) -> None:
    message = await verdict(fake)
    assert buttons_of(message) == {
        "Show quote": f"factbot:quote:{FACT}",
        "Helpful": f"factbot:vote:y:{FACT}",
        "Not helpful": f"factbot:vote:n:{FACT}",
        "Report wrong answer": f"factbot:report:{FACT}",
    }


async def test_show_quote_answers_privately_with_the_whole_quote(factbot: FactBot,
                                                                 fake: FakeDiscord) -> None:
    message = await verdict(fake)
    call = await fake.interact(button_press(buttons_of(message)["Show quote"], message))
    data = call.json["data"]
    assert call.json["type"] == 4 and data["flags"] & EPHEMERAL
    [embed] = data["embeds"]
    assert embed["description"].startswith("> Apocryphal or not, Kosygin's injunction")
    assert "Leon Aron" in embed["fields"][0]["value"]


async def test_votes_are_recorded_once_per_member(factbot: FactBot, fake: FakeDiscord,
                                                  desk: Moderation) -> None:
    message = await verdict(fake)
    ids = buttons_of(message)
    first = await fake.interact(button_press(ids["Helpful"], message, who=MEMBER))
    assert first.json["data"]["flags"] & EPHEMERAL
    assert first.json["data"]["content"] == "Thanks, glad it helped."
    await fake.interact(button_press(ids["Not helpful"], message, who=ADMIN))
    # Changing one's mind replaces the earlier vote instead of adding one.
    await fake.interact(button_press(ids["Not helpful"], message, who=MEMBER))
    counts = await desk.feedback_counts(SERVER, [FACT])
    assert (counts[FACT].helpful, counts[FACT].not_helpful) == (0, 2)


async def test_report_opens_a_form_and_files_the_report(factbot: FactBot, fake: FakeDiscord,
                                                        desk: Moderation) -> None:
    claim = "Russia and China already have a formal alliance, right?"
    message = await verdict(fake, claim)
    opened = await fake.interact(button_press(buttons_of(message)["Report wrong answer"],
                                              message))
    assert opened.json["type"] == 9
    modal = opened.json["data"]
    assert modal["custom_id"].startswith("factbot:report-form:")
    assert modal["title"] == "Report a wrong answer"
    submit = modal_submit(modal, {"What is wrong with this answer?": "They signed a treaty"})
    done = await fake.interact(submit)
    assert done.json["data"]["content"] == "Thanks, your report is in the moderators' queue."
    [report] = await desk.list_reports(SERVER)
    assert (report.fact_id, report.claim, report.reason) == (FACT, claim, "They signed a treaty")
    assert report.reporter.user_id == MEMBER["id"]


async def test_buttons_keep_working_after_a_restart(start_bot: StartBot,
                                                    fake: FakeDiscord) -> None:
    async with start_bot():
        message = await verdict(fake)
    async with start_bot():
        call = await fake.interact(button_press(buttons_of(message)["Show quote"], message))
    assert "Kosygin's injunction" in call.json["data"]["embeds"][0]["description"]


async def test_a_report_after_a_restart_names_the_claim_the_verdict_showed(
        start_bot: StartBot, fake: FakeDiscord, desk: Moderation) -> None:
    # Markdown and a mention in the claim: the verdict shows them escaped and defused, and
    # the report names them as the member wrote them.
    claim = "Russia and China *already* have a formal alliance @everyone"
    async with start_bot():
        message = await verdict(fake, claim)
    async with start_bot():   # a new process: it never saw the verdict being sent
        opened = await fake.interact(button_press(buttons_of(message)["Report wrong answer"],
                                                  message))
        submit = modal_submit(opened.json["data"],
                              {"What is wrong with this answer?": "They signed a treaty"})
        await fake.interact(submit)
    [report] = await desk.list_reports(SERVER)
    assert (report.fact_id, report.claim) == (FACT, claim)


async def test_two_members_reporting_the_same_verdict_at_once_each_file_theirs(
        factbot: FactBot, fake: FakeDiscord, desk: Moderation) -> None:
    message = await verdict(fake)
    report = buttons_of(message)["Report wrong answer"]
    mine = await fake.interact(button_press(report, message, who=MEMBER))
    theirs = await fake.interact(button_press(report, message, who=ADMIN))
    assert mine.json["data"]["custom_id"] != theirs.json["data"]["custom_id"]
    reason = "What is wrong with this answer?"
    done = [await fake.interact(modal_submit(theirs.json["data"], {reason: "Admin's"},
                                             who=ADMIN)),
            await fake.interact(modal_submit(mine.json["data"], {reason: "Member's"},
                                             who=MEMBER))]
    assert all(d.json["data"]["content"].startswith("Thanks, your report") for d in done)
    reports = await desk.list_reports(SERVER)
    assert sorted((r.reporter.user_id, r.reason) for r in reports) == sorted(
        [(ADMIN["id"], "Admin's"), (MEMBER["id"], "Member's")])


async def test_an_abandoned_report_form_is_forgotten(factbot: FactBot,
                                                     fake: FakeDiscord) -> None:
    message = await verdict(fake)
    opened = await fake.interact(button_press(buttons_of(message)["Report wrong answer"],
                                              message))
    modals = factbot._connection._view_store._modals
    form = modals[opened.json["data"]["custom_id"]]
    assert form.timeout is not None and form.timeout <= 15 * 60


REASON = "What is wrong with this answer?"


async def test_a_form_sent_after_a_restart_is_told_it_expired(
        start_bot: StartBot, fake: FakeDiscord, desk: Moderation) -> None:
    async with start_bot():
        message = await verdict(fake)
        opened = await fake.interact(button_press(buttons_of(message)["Report wrong answer"],
                                                  message))
    async with start_bot():   # a new process: the form it is sent to is gone
        done = await fake.interact(modal_submit(opened.json["data"],
                                                {REASON: "They signed a treaty"}))
    data = done.json["data"]
    assert done.json["type"] == 4 and data["flags"] & EPHEMERAL
    assert data["content"].startswith("This form expired before it was sent")
    assert "open it again" in data["content"]
    # What they typed comes back, so that nothing has to be typed twice.
    assert "They signed a treaty" in data["content"]
    assert await desk.list_reports(SERVER) == []


async def test_a_form_sent_after_it_timed_out_is_told_it_expired(
        factbot: FactBot, fake: FakeDiscord, desk: Moderation,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(views, "FORM_TIMEOUT_S", 0.2)
    message = await verdict(fake)
    opened = await fake.interact(button_press(buttons_of(message)["Report wrong answer"],
                                              message))
    await asyncio.sleep(0.5)
    done = await fake.interact(modal_submit(opened.json["data"], {REASON: "Too late"}))
    assert done.json["data"]["flags"] & EPHEMERAL
    assert done.json["data"]["content"].startswith("This form expired before it was sent")
    assert await desk.list_reports(SERVER) == []
    # A form sent in time is answered once, by the form.
    monkeypatch.setattr(views, "FORM_TIMEOUT_S", 900)
    again = await fake.interact(button_press(buttons_of(message)["Report wrong answer"],
                                             message))
    submit = modal_submit(again.json["data"], {REASON: "In time"})
    done = await fake.interact(submit)
    assert done.json["data"]["content"].startswith("Thanks, your report")
    await asyncio.sleep(0.2)
    assert len(fake.find("POST", rf"/interactions/{submit['id']}/")) == 1
