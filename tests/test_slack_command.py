"""/factcheck through the real Bolt app over HTTP: the Block Kit reply, reply modes, safety."""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import aiohttp
import pytest
import pytest_asyncio
from slack_mock import (
    FORM,
    JSON,
    MockSlackAPI,
    Running,
    block_action,
    post_signed,
    running_app,
    slash_command,
)

from adapters.slack.service import workspace
from bot.chat.base import FactChecker
from bot.core.models import Verdict

pytestmark = pytest.mark.asyncio

CLAIM = "Russia and China are formal military allies"
MASS_MENTIONS = ("<!channel>", "<!here>", "<!everyone>", "<!subteam^", "<@U")


@pytest.fixture
def slack() -> Iterator[MockSlackAPI]:
    api = MockSlackAPI().start()
    yield api
    api.stop()
    assert not api.refused, f"Slack would refuse: {api.refused}"


@pytest_asyncio.fixture
async def bot(tmp_path: Path, slack: MockSlackAPI) -> AsyncIterator[Running]:
    async with running_app(tmp_path, slack, reply_mode="private") as running:
        yield running


def visible_text(node: object) -> str:
    """Every text Slack renders in a payload (button values are not shown, so not included)."""
    if isinstance(node, dict):
        return "\n".join(visible_text(v) if k != "text" or not isinstance(v, str) else v
                         for k, v in node.items() if k != "value")
    if isinstance(node, list):
        return "\n".join(visible_text(item) for item in node)
    return ""


async def test_factcheck_answers_with_a_block_kit_verdict(bot: Running,
                                                          checker: FactChecker) -> None:
    expected = checker.check(CLAIM).primary
    assert expected.fact is not None
    fact = expected.fact
    answer = await bot.command(CLAIM, "a")
    assert answer.status == 200 and answer.text == ""
    sent = (await bot.api.wait_for("/commands/T0001/a")).body
    assert sent["response_type"] == "ephemeral"
    blocks = sent["blocks"]
    assert [b["type"] for b in blocks][:3] == ["header", "section", "section"]
    label = {Verdict.TRUE: "True", Verdict.FALSE: "False", Verdict.MISLEADING: "Misleading",
             Verdict.UNPROVEN: "Unproven"}[expected.verdict]
    assert blocks[0]["text"]["text"].endswith(label)
    assert CLAIM in blocks[1]["text"]["text"]
    assert blocks[2]["text"]["text"].startswith(fact.summary[:30])
    if fact.figures:
        fields = next(b for b in blocks if "fields" in b)["fields"]
        assert fact.figures[0].what[:20] in fields[0]["text"]
    if fact.quote:
        assert any(b.get("text", {}).get("text", "").startswith(">") for b in blocks)
    context = next(b for b in blocks if b["type"] == "context")
    assert fact.source.title in context["elements"][0]["text"]
    buttons = next(b for b in blocks if b["type"] == "actions")["elements"]
    assert [b["action_id"] for b in buttons] == [
        "factbot_helpful", "factbot_not_helpful", "factbot_report"]
    assert sent["text"].startswith(("✅", "❌", "⚠️", "❔"))


async def test_public_reply_mode_answers_in_the_channel(tmp_path: Path,
                                                        slack: MockSlackAPI) -> None:
    async with running_app(tmp_path, slack, reply_mode="public") as bot:
        await bot.command(CLAIM, "pub")
        sent = (await slack.wait_for("/commands/T0001/pub")).body
    assert sent["response_type"] == "in_channel"


async def test_empty_command_explains_itself_in_the_ack(bot: Running) -> None:
    answer = await bot.command("   ", "empty")
    assert answer.status == 200
    assert answer.json()["response_type"] == "ephemeral"
    assert "Give me a claim" in answer.json()["text"]


async def test_no_match_offers_a_suggestion_and_is_queued(bot: Running) -> None:
    claim = "The moon landing was staged in a film studio in Nevada"
    await bot.command(claim, "nm")
    sent = (await bot.api.wait_for("/commands/T0001/nm")).body
    assert "no fact" in sent["blocks"][0]["text"]["text"]
    assert sent["blocks"][-1]["elements"][0]["action_id"] == "factbot_suggest"
    queued = await bot.moderation.unmatched(workspace("T0001"))
    assert [u.text for u in queued] == [claim]


async def test_mention_injection_is_defused(bot: Running) -> None:
    claim = ("<!channel> <!here|here> <!subteam^S0123|@mods> <@U0BOSS> @everyone "
             "Russia and China are formal military allies & more")
    await bot.command(claim, "inj")
    sent = (await bot.api.wait_for("/commands/T0001/inj")).body
    rendered = visible_text(sent)
    assert "formal military allies" in rendered
    for token in MASS_MENTIONS:
        assert token not in rendered
    assert "&amp; more" in rendered
    assert "@everyone" not in rendered

    # the report form quotes the claim carried by the button: defused there too
    value = next(e["value"] for b in sent["blocks"] if b["type"] == "actions"
                 for e in b["elements"] if e["action_id"] == "factbot_report")
    await bot.interact(block_action("factbot_report", value))
    form = visible_text((await bot.api.wait_for("views.open")).body["view"])
    assert "military allies" in form
    for token in MASS_MENTIONS:
        assert token not in form


async def test_long_claims_stay_within_block_kit_limits(bot: Running) -> None:
    claim = "Russia and China are formal military allies " + "and also " * 600
    await bot.command(claim, "long")
    sent = (await bot.api.wait_for("/commands/T0001/long")).body
    assert len(sent["blocks"]) <= 50
    for block in sent["blocks"]:
        if block["type"] == "header":
            assert len(block["text"]["text"]) <= 150
        if block["type"] == "section" and "text" in block:
            assert len(block["text"]["text"]) <= 3000
        for element in block.get("elements", []):
            assert len(element.get("value", "")) <= 2000
            assert len(element.get("text", "")) <= 2000 if isinstance(
                element.get("text"), str) else True
    assert len(sent["text"]) <= 3000


async def test_bad_signature_is_refused(bot: Running) -> None:
    body = slash_command(CLAIM, bot.api.response_url("sig"))
    assert (await post_signed(bot.url, body, FORM, secret="wrong-secret")).status == 401
    assert (await post_signed(bot.url, body, FORM, tamper=True)).status == 401
    await bot.api.settle()
    assert not bot.api.calls_to("/commands/T0001/sig")


async def test_stale_timestamp_is_refused_as_a_replay(bot: Running) -> None:
    body = slash_command(CLAIM, bot.api.response_url("old"))
    stale = await post_signed(bot.url, body, FORM, timestamp=time.time() - 6 * 60)
    assert stale.status == 401
    fresh = await post_signed(bot.url, body, FORM, timestamp=time.time() - 60)
    assert fresh.status == 200
    await bot.api.wait_for("/commands/T0001/old")
    assert len(bot.api.calls_to("/commands/T0001/old")) == 1


async def test_url_verification_and_health(bot: Running) -> None:
    challenge = {"token": "legacy", "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7",
                 "type": "url_verification"}
    answer = await post_signed(bot.url, json.dumps(challenge), JSON)
    assert answer.status == 200 and answer.json()["challenge"] == challenge["challenge"]
    unsigned = await post_signed(bot.url, json.dumps(challenge), JSON, secret="other")
    assert unsigned.status == 401
    async with aiohttp.ClientSession() as http, http.get(
            bot.url.replace("/slack/events", "/healthz")) as health:
        assert health.status == 200 and await health.text() == "ok"
