"""/factcheck and the message menu, through the real discord.py against the fake Discord."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from discord_fake import (
    ADMIN,
    GUILD_ID,
    MEMBER,
    MOD_ROLE_ID,
    FakeDiscord,
    answered_facts,
    buttons_of,
    message_menu,
    message_payload,
    option,
    slash,
)

from adapters.discord.bot import FactBot
from adapters.discord.desk import server_key
from adapters.discord.embeds import MESSAGE_TOTAL_LIMIT, VERDICT_COLOURS
from bot.core.models import Verdict
from bot.moderation.service import Moderation
from bot.moderation.types import Actor

if TYPE_CHECKING:
    from discord_harness import StartBot

pytest_plugins = ["discord_harness"]
pytestmark = pytest.mark.asyncio

EPHEMERAL = 64
CLAIM = "Russia and China already have a formal alliance"


async def test_factcheck_answers_with_a_verdict_embed(factbot: FactBot,
                                                       fake: FakeDiscord) -> None:
    data = await fake.answer(slash("factcheck", [
        option("claim", "Russia and China already have a formal alliance")]))
    assert not data.get("flags", 0) & EPHEMERAL
    assert data["allowed_mentions"] == {"parse": []}
    [embed] = data["embeds"]
    assert embed["title"] == "❌ False"
    assert embed["color"] == VERDICT_COLOURS[Verdict.FALSE]
    assert "Russia and China already have a formal alliance" in embed["description"]
    assert "premature" in embed["description"]
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    assert "Leon Aron" in fields["Source"] and "Foreign Affairs" in fields["Source"]
    assert "2019" in fields["Source"]
    assert fields["1969"].startswith("year of Kosygin")
    # The quote is shown once: behind its button, not also in the embed.
    assert "Quote" not in fields and "Kosygin's injunction" not in json.dumps(data["embeds"])
    assert "Show quote" in buttons_of(data)
    # Members see how well it matched; fact ids and pack names are for moderators.
    assert embed["footer"]["text"] == "Match with this fact: 100%"
    assert "alliance-already-formal" not in json.dumps(data["embeds"])
    assert answered_facts(data) == {"alliance-already-formal"}


async def test_factcheck_no_match_is_private_and_offers_nearest(factbot: FactBot,
                                                               fake: FakeDiscord) -> None:
    data = await fake.answer(slash("factcheck", [
        option("claim", "Russia and China trade a lot of bananas on Mars")]))
    assert data["flags"] & EPHEMERAL
    [embed] = data["embeds"]
    assert embed["title"] == "🔍 No matching fact"
    assert "I have no fact on that" in embed["description"]


async def test_mention_injection_is_echoed_harmlessly(factbot: FactBot,
                                                      fake: FakeDiscord) -> None:
    claim = (f"@everyone @here <@&{MOD_ROLE_ID}> <@{ADMIN['id']}> Russia and China already "
             "have a **formal** alliance")
    data = await fake.answer(slash("factcheck", [option("claim", claim)]))
    assert data["allowed_mentions"] == {"parse": []}
    description = data["embeds"][0]["description"]
    assert "@everyone" not in description and "@here" not in description
    assert "@\u200beveryone" in description
    assert f"<@&{MOD_ROLE_ID}>" not in description
    assert "\\*\\*formal\\*\\*" in description


async def test_long_claim_is_cut_to_fit_discord_limits(factbot: FactBot,
                                                       fake: FakeDiscord) -> None:
    claim = "Russia and China already have a formal alliance " + "and so on " * 95
    data = await fake.answer(slash("factcheck", [option("claim", claim[:1000])]))
    [embed] = data["embeds"]
    assert len(embed["description"]) <= 4096
    total = len(embed["title"]) + len(embed["description"]) + len(embed["footer"]["text"]) + sum(
        len(f["name"]) + len(f["value"]) for f in embed["fields"])
    assert total <= MESSAGE_TOTAL_LIMIT
    assert "…" in embed["description"]


async def test_message_menu_checks_and_names_the_author(factbot: FactBot,
                                                        fake: FakeDiscord) -> None:
    target = message_payload("China invested $25 billion in the Power of Siberia pipeline",
                             author=MEMBER)
    data = await fake.answer(message_menu("Fact-check this message", target, who=ADMIN))
    assert data["content"].startswith("Checking https://discord.com/channels/")
    assert data["content"].endswith(f"by <@{MEMBER['id']}>:")
    assert data["allowed_mentions"] == {"parse": []}
    assert data["embeds"][0]["title"] == "❌ False"
    assert answered_facts(data) == {"china-funded-power-of-siberia"}


async def test_private_reply_mode_makes_answers_ephemeral(factbot: FactBot, fake: FakeDiscord,
                                                          desk: Moderation) -> None:
    await desk.update_settings(server_key(int(GUILD_ID)), Actor("discord", ADMIN["id"], "alice"),
                               reply_mode="private")
    data = await fake.answer(slash("factcheck", [option("claim", CLAIM)]))
    assert data["flags"] & EPHEMERAL
    assert data["embeds"][0]["title"] == "❌ False"


AMBIGUOUS_PACK = """\
pack: ambiguity
source: {title: "A Test Source"}
facts:
  - id: gas-deal
    claim: "Russia signed the gas pipeline deal with China in May"
    verdict: "true"
    summary: "The gas deal."
  - id: oil-deal
    claim: "Russia signed the oil pipeline deal with China in May"
    verdict: "true"
    summary: "The oil deal."
"""


async def test_ambiguous_claims_offer_did_you_mean(start_bot: StartBot, fake: FakeDiscord,
                                                   tmp_path: Path) -> None:
    (tmp_path / "packs").mkdir()
    (tmp_path / "packs" / "ambiguity.yaml").write_text(AMBIGUOUS_PACK, encoding="utf-8")
    async with (await Moderation.open(f"sqlite+aiosqlite:///{tmp_path / 'amb.db'}",
                                      packs=[tmp_path / "packs"]) as store,
                start_bot(store=store)):
        data = await fake.answer(slash("factcheck", [
            option("claim", "Russia signed the pipeline deal with China in May")]))
    [embed] = data["embeds"]
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    [shown] = answered_facts(data)
    offered = "gas pipeline" if shown == "oil-deal" else "oil pipeline"
    assert fields["Did you mean"] == f"• Russia signed the {offered} deal with China in May"


async def test_direct_message_commands_are_refused_unless_enabled(
        factbot: FactBot, fake: FakeDiscord) -> None:
    data = await fake.answer(slash("factcheck", [option("claim", CLAIM)], who=MEMBER,
                                     channel_id="1100000000000000900", guild=False))
    assert data["flags"] & EPHEMERAL
    assert data["content"].startswith("I only answer inside servers")


async def test_an_error_after_a_public_deferral_is_told_privately(start_bot: StartBot,
                                                                  fake: FakeDiscord) -> None:
    async with start_bot(expect_errors=True):
        # Discord refuses the verdict that was to replace the public "thinking...".
        fake.fail("PATCH", r"/messages/@original$", 403)
        payload = slash("factcheck", [option("claim", CLAIM)])
        await fake.interact(payload)
        said = await fake.wait_for_call(
            "POST", rf"/webhooks/\d+/{payload['token']}$")
    issued = fake.issued[payload["id"]]
    # The public placeholder is taken back; the error reaches only the member who asked.
    assert fake.find("DELETE", rf"/webhooks/\d+/{payload['token']}/messages/@original$")
    assert said.json["content"].startswith("Something went wrong there")
    assert said.json["flags"] & EPHEMERAL
    assert fake.stored[issued.last or ""]["flags"] & EPHEMERAL
