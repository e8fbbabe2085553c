"""Messages the bot reads: mentions, replies with a mention, DMs, passive watch, errors."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

import pytest
from discord_fake import (
    ADMIN,
    BOT_USER,
    CHANNEL_ID,
    GUILD_ID,
    LOG_CHANNEL_ID,
    MEMBER,
    MOD_ROLE_ID,
    MODERATOR,
    OTHER_BOT,
    WATCHED_CHANNEL_ID,
    Call,
    FakeDiscord,
    answered_facts,
    mention_of,
    message_payload,
    pick_in_config,
    reaction_add,
    reply_to,
    slash,
    subcommand,
)

from adapters.discord.bot import FactBot
from adapters.discord.desk import server_key
from bot.chat.cooldowns import LocalBoard, PassiveCooldowns
from bot.moderation.service import Moderation
from bot.moderation.types import Actor

if TYPE_CHECKING:
    from discord_harness import StartBot

pytest_plugins = ["discord_harness"]
pytestmark = pytest.mark.asyncio

CLAIM = "Russia and China already have a formal alliance"
OTHER_CLAIM = "China invested $25 billion in the Power of Siberia pipeline"
SERVER = server_key(int(GUILD_ID))
ADMIN_ACTOR = Actor("discord", ADMIN["id"], "alice")
QUIET = 0.3
MESSAGE_CONTENT_INTENT = 1 << 15


def posts(fake: FakeDiscord, channel: str) -> list[Call]:
    return fake.find("POST", rf"/channels/{channel}/messages$")


async def say(fake: FakeDiscord, content: str, **fields: object) -> dict[str, object]:
    message = message_payload(content, **fields)  # type: ignore[arg-type]
    fake.remember(message)
    await fake.dispatch("MESSAGE_CREATE", message)
    return message


async def test_a_mention_with_a_claim_gets_a_reply(factbot: FactBot, fake: FakeDiscord) -> None:
    asked = await say(fake, f"{mention_of(BOT_USER)} {CLAIM}", mentions=[BOT_USER])
    call = await fake.wait_for_call("POST", rf"/channels/{CHANNEL_ID}/messages$")
    assert str(call.json["message_reference"]["message_id"]) == asked["id"]
    assert call.json["allowed_mentions"] == {"parse": [], "replied_user": False}
    assert call.json["embeds"][0]["title"] == "❌ False"
    assert "factbot:quote:alliance-already-formal" in str(call.json["components"])


async def test_a_reply_with_a_mention_checks_the_replied_to_message(
        start_bot: StartBot, fake: FakeDiscord) -> None:
    async with start_bot(message_content=True):
        original = await say(fake, OTHER_CLAIM, author=MEMBER)
        asking = await say(fake, mention_of(BOT_USER), author=ADMIN, mentions=[BOT_USER],
                           **reply_to(original))
        call = await fake.wait_for_call("POST", rf"/channels/{CHANNEL_ID}/messages$")
    assert str(call.json["message_reference"]["message_id"]) == asking["id"]
    assert call.json["content"].endswith(f"by <@{MEMBER['id']}>:")
    assert original["id"] in call.json["content"]
    assert answered_facts(call.json) == {"china-funded-power-of-siberia"}


async def test_mention_injection_cannot_ping(factbot: FactBot, fake: FakeDiscord) -> None:
    await say(fake, f"{mention_of(BOT_USER)} @everyone <@&{MOD_ROLE_ID}> {CLAIM} @here",
              mentions=[BOT_USER], mention_everyone=True, mention_roles=[MOD_ROLE_ID])
    call = await fake.wait_for_call("POST", rf"/channels/{CHANNEL_ID}/messages$")
    assert call.json["allowed_mentions"]["parse"] == []
    description = call.json["embeds"][0]["description"]
    assert "@everyone" not in description and f"<@&{MOD_ROLE_ID}>" not in description


async def test_bots_and_itself_are_never_answered(factbot: FactBot, fake: FakeDiscord) -> None:
    await say(fake, f"{mention_of(BOT_USER)} {CLAIM}", author=OTHER_BOT, mentions=[BOT_USER])
    await say(fake, f"{mention_of(BOT_USER)} {CLAIM}", author=BOT_USER, mentions=[BOT_USER])
    await asyncio.sleep(QUIET)
    assert posts(fake, CHANNEL_ID) == []


async def test_direct_messages_only_when_enabled(start_bot: StartBot,
                                                 fake: FakeDiscord) -> None:
    dm_channel = "1100000000000000900"
    async with start_bot():
        await say(fake, CLAIM, channel_id=dm_channel, guild=False)
        await asyncio.sleep(QUIET)
        assert posts(fake, dm_channel) == []
    async with start_bot(allow_dms=True):
        await say(fake, CLAIM, channel_id=dm_channel, guild=False)
        call = await fake.wait_for_call("POST", rf"/channels/{dm_channel}/messages$")
    assert call.json["embeds"][0]["title"] == "❌ False"
    # Feedback and reports belong to a server: in a DM only the quote button is offered.
    assert "factbot:vote" not in str(call.json["components"])
    assert "factbot:quote:alliance-already-formal" in str(call.json["components"])


async def watch(desk: Moderation, **settings: object) -> None:
    await desk.update_settings(SERVER, ADMIN_ACTOR, watched_channels=[WATCHED_CHANNEL_ID],
                               **settings)


async def test_passive_watch_answers_confident_claims_with_cooldowns(
        start_bot: StartBot, fake: FakeDiscord, desk: Moderation) -> None:
    await watch(desk, passive_reaction_first=False, channel_cooldown_s=60, user_cooldown_s=300)
    now = [1000.0]
    async with start_bot(message_content=True) as bot:
        bot.listener.cooldowns = PassiveCooldowns(LocalBoard(clock=lambda: now[0]))
        first = await say(fake, CLAIM, channel_id=WATCHED_CHANNEL_ID, author=MEMBER)
        call = await fake.wait_for_call("POST", rf"/channels/{WATCHED_CHANNEL_ID}/messages$")
        assert str(call.json["message_reference"]["message_id"]) == first["id"]
        # Inside the channel cooldown nobody gets a passive answer.
        await say(fake, OTHER_CLAIM, channel_id=WATCHED_CHANNEL_ID, author=ADMIN)
        await asyncio.sleep(QUIET)
        assert len(posts(fake, WATCHED_CHANNEL_ID)) == 1
        # After it, another member does; the first member is still inside their own cooldown.
        now[0] += 61
        await say(fake, OTHER_CLAIM, channel_id=WATCHED_CHANNEL_ID, author=MEMBER)
        await asyncio.sleep(QUIET)
        assert len(posts(fake, WATCHED_CHANNEL_ID)) == 1
        await say(fake, OTHER_CLAIM, channel_id=WATCHED_CHANNEL_ID, author=ADMIN)
        await fake.wait_for_call("POST", rf"/channels/{WATCHED_CHANNEL_ID}/messages$",
                                 where=lambda c: c.json["embeds"][0]["title"] == "❌ False"
                                 and answered_facts(c.json) == {"china-funded-power-of-siberia"})


async def test_passive_watch_is_silent_on_no_match_and_elsewhere(
        start_bot: StartBot, fake: FakeDiscord, desk: Moderation) -> None:
    await watch(desk, passive_reaction_first=False, channel_cooldown_s=0, user_cooldown_s=0)
    async with start_bot(message_content=True):
        assert fake.identify is not None
        assert fake.identify["intents"] & MESSAGE_CONTENT_INTENT
        await say(fake, "anyone up for pizza tonight after the match at eight",
                  channel_id=WATCHED_CHANNEL_ID)
        await say(fake, "Russia and China plan to build a joint moon base by 2030",
                  channel_id=WATCHED_CHANNEL_ID)
        await say(fake, CLAIM, channel_id=CHANNEL_ID)
        await asyncio.sleep(QUIET)
    assert posts(fake, WATCHED_CHANNEL_ID) == [] and posts(fake, CHANNEL_ID) == []
    # Without the message-content intent the bot does not watch at all.
    async with start_bot():
        await say(fake, CLAIM, channel_id=WATCHED_CHANNEL_ID)
        await asyncio.sleep(QUIET)
    assert posts(fake, WATCHED_CHANNEL_ID) == []
    assert fake.identify is not None
    assert not fake.identify["intents"] & MESSAGE_CONTENT_INTENT


async def test_reaction_first_then_the_answer_on_request(
        start_bot: StartBot, fake: FakeDiscord, desk: Moderation) -> None:
    await watch(desk, passive_reaction_first=True)
    async with start_bot(message_content=True):
        claim = await say(fake, CLAIM, channel_id=WATCHED_CHANNEL_ID)
        react = await fake.wait_for_call("PUT", r"/reactions/")
        assert react.path == (f"/channels/{WATCHED_CHANNEL_ID}/messages/{claim['id']}"
                              "/reactions/❌/@me")
        assert posts(fake, WATCHED_CHANNEL_ID) == []
        await fake.dispatch("MESSAGE_REACTION_ADD", reaction_add(claim, "❌", who=MODERATOR))
        call = await fake.wait_for_call("POST", rf"/channels/{WATCHED_CHANNEL_ID}/messages$")
        # The answer is out: the bot takes its reaction back, so nothing asks again.
        await fake.wait_for_call("DELETE", r"/reactions/")
    assert str(call.json["message_reference"]["message_id"]) == claim["id"]
    assert call.json["embeds"][0]["title"] == "❌ False"
    assert fake.stored[str(claim["id"])]["reactions"] == []


async def test_a_verdict_reaction_from_before_a_restart_still_gets_its_answer_once(
        start_bot: StartBot, fake: FakeDiscord, desk: Moderation) -> None:
    await watch(desk, passive_reaction_first=True)
    async with start_bot(message_content=True):
        claim = await say(fake, CLAIM, channel_id=WATCHED_CHANNEL_ID)
        await fake.wait_for_call("PUT", r"/reactions/")
    async with start_bot(message_content=True):   # a new process: it never added the reaction
        # A reaction the bot did not add asks for nothing.
        await fake.dispatch("MESSAGE_REACTION_ADD", reaction_add(claim, "✅", who=MODERATOR))
        await fake.dispatch("MESSAGE_REACTION_ADD", reaction_add(claim, "❌", who=MODERATOR))
        call = await fake.wait_for_call("POST", rf"/channels/{WATCHED_CHANNEL_ID}/messages$")
        await fake.wait_for_call("DELETE", r"/reactions/")
        # Asking again, once answered, gets nothing more, nor does the other emoji again.
        await fake.dispatch("MESSAGE_REACTION_ADD", reaction_add(claim, "❌", who=MEMBER))
        await fake.dispatch("MESSAGE_REACTION_ADD", reaction_add(claim, "✅", who=MEMBER))
        await asyncio.sleep(QUIET)
    assert str(call.json["message_reference"]["message_id"]) == claim["id"]
    assert call.json["embeds"][0]["title"] == "❌ False"
    assert len(posts(fake, WATCHED_CHANNEL_ID)) == 1
    # The message was fetched once for each emoji, not once for each reaction.
    fetched = [c for c in fake.calls
               if c.method == "GET" and c.path.endswith(f"/messages/{claim['id']}")]
    assert len(fetched) == 2


async def test_missing_permissions_go_to_the_log_channel_and_the_status(
        factbot: FactBot, fake: FakeDiscord, desk: Moderation) -> None:
    await watch(desk)
    fake.fail("POST", rf"/channels/{WATCHED_CHANNEL_ID}/messages$", 403, times=2)
    await say(fake, f"{mention_of(BOT_USER)} {CLAIM}", channel_id=WATCHED_CHANNEL_ID,
              mentions=[BOT_USER])
    await fake.wait_for_call("POST", rf"/channels/{WATCHED_CHANNEL_ID}/messages$")
    await asyncio.sleep(QUIET)
    # No log channel: nothing is posted anywhere else (the system channel is public)...
    assert posts(fake, CHANNEL_ID) == [] and posts(fake, LOG_CHANNEL_ID) == []
    # ...and /factbot status lists the problem.
    status = await fake.interact(slash("factbot", [subcommand("status")], who=ADMIN))
    fields = {f["name"]: f["value"] for f in status.json["data"]["embeds"][0]["fields"]}
    problems = fields["Recent permission problems"]
    assert f"<#{WATCHED_CHANNEL_ID}>: couldn't send a verdict reply (403, code 50013)" in problems
    saved = await pick_in_config(fake, "log", [LOG_CHANNEL_ID])
    assert f"<#{LOG_CHANNEL_ID}>" in str(saved.json["data"]["embeds"])
    await say(fake, f"{mention_of(BOT_USER)} {CLAIM}", channel_id=WATCHED_CHANNEL_ID,
              mentions=[BOT_USER])
    notice = await fake.wait_for_call("POST", rf"/channels/{LOG_CHANNEL_ID}/messages$")
    assert notice.json["content"].startswith(f"I couldn't post in <#{WATCHED_CHANNEL_ID}>")
    # The bot carries on.
    await say(fake, f"{mention_of(BOT_USER)} {CLAIM}", mentions=[BOT_USER])
    await fake.wait_for_call("POST", rf"/channels/{CHANNEL_ID}/messages$",
                             where=lambda c: bool(c.json.get("embeds")))


async def test_watching_without_message_content_is_refused_and_flagged(
        factbot: FactBot, fake: FakeDiscord, desk: Moderation) -> None:
    refused = await pick_in_config(fake, "watch", [WATCHED_CHANNEL_ID])
    content = refused.json["data"]["content"]
    assert content.startswith(f"Nothing was saved: I can't watch <#{WATCHED_CHANNEL_ID}>")
    assert "FACTBOT_MESSAGE_CONTENT=1" in content
    assert (await desk.settings(SERVER)).watched_channels == ()
    # Channels set before (or from the command line) are flagged in the status.
    await watch(desk)
    status = await fake.interact(slash("factbot", [subcommand("status")], who=ADMIN))
    fields = {f["name"]: f["value"] for f in status.json["data"]["embeds"][0]["fields"]}
    assert fields["Passive watch"].startswith("⚠️ 1 channel(s) set, but not watched")


async def test_rate_limits_are_waited_out(factbot: FactBot, fake: FakeDiscord) -> None:
    fake.fail("POST", rf"/channels/{CHANNEL_ID}/messages$", 429)
    await say(fake, f"{mention_of(BOT_USER)} {CLAIM}", mentions=[BOT_USER])
    for _ in range(100):
        if len(posts(fake, CHANNEL_ID)) == 2:
            break
        await asyncio.sleep(0.05)
    first, second = posts(fake, CHANNEL_ID)
    assert first.json == second.json and second.json["embeds"][0]["title"] == "❌ False"


async def test_thread_reply_mode_answers_in_a_thread(factbot: FactBot, fake: FakeDiscord,
                                                     desk: Moderation) -> None:
    await desk.update_settings(SERVER, ADMIN_ACTOR, reply_mode="thread")
    asked = await say(fake, f"{mention_of(BOT_USER)} {CLAIM}", mentions=[BOT_USER])
    opened = await fake.wait_for_call("POST", rf"/channels/{CHANNEL_ID}/messages/{asked['id']}"
                                              r"/threads$")
    assert opened.json["name"] == "Fact check"
    answer = await fake.wait_for_call("POST", rf"/channels/{asked['id']}/messages$")
    assert answer.json["embeds"][0]["title"] == "❌ False"
    assert answer.json["allowed_mentions"]["parse"] == []
    assert posts(fake, CHANNEL_ID) == []


ASK = "is this really true?"


async def test_a_reply_asking_about_a_message_checks_that_message(
        start_bot: StartBot, fake: FakeDiscord, desk: Moderation) -> None:
    async with start_bot(message_content=True):
        original = await say(fake, OTHER_CLAIM, author=MEMBER)
        await say(fake, f"{mention_of(BOT_USER)} {ASK}", author=ADMIN, mentions=[BOT_USER],
                  **reply_to(original))
        call = await fake.wait_for_call("POST", rf"/channels/{CHANNEL_ID}/messages$")
    assert answered_facts(call.json) == {"china-funded-power-of-siberia"}
    assert await desk.unmatched(SERVER) == []


async def test_a_reply_stating_its_own_claim_checks_that_claim(
        start_bot: StartBot, fake: FakeDiscord) -> None:
    async with start_bot(message_content=True):
        original = await say(fake, OTHER_CLAIM, author=MEMBER)
        await say(fake, f"{mention_of(BOT_USER)} {CLAIM}", author=ADMIN, mentions=[BOT_USER],
                  **reply_to(original))
        call = await fake.wait_for_call("POST", rf"/channels/{CHANNEL_ID}/messages$")
    assert answered_facts(call.json) == {"alliance-already-formal"}
    assert not call.json.get("content")


async def test_without_the_intent_a_reply_mention_points_to_the_message_menu(
        factbot: FactBot, fake: FakeDiscord, desk: Moderation) -> None:
    original = await say(fake, OTHER_CLAIM, author=MEMBER)
    await say(fake, f"{mention_of(BOT_USER)} {ASK}", author=ADMIN, mentions=[BOT_USER],
              **reply_to(original))
    call = await fake.wait_for_call("POST", rf"/channels/{CHANNEL_ID}/messages$")
    assert "Apps → Fact-check this message" in call.json["content"]
    assert not call.json.get("embeds")
    assert await desk.unmatched(SERVER) == []


def dm_posts(fake: FakeDiscord) -> list[Call]:
    return [c for c in fake.calls if c.method == "POST"
            and any(c.path == f"/channels/{dm}/messages" for dm in fake.dm_channels)]


async def test_private_mode_answers_a_mention_by_direct_message(
        factbot: FactBot, fake: FakeDiscord, desk: Moderation) -> None:
    await desk.update_settings(SERVER, ADMIN_ACTOR, reply_mode="private")
    await say(fake, f"{mention_of(BOT_USER)} {CLAIM}", mentions=[BOT_USER])
    opened = await fake.wait_for_call("POST", r"/users/@me/channels$")
    assert opened.json["recipient_id"] in (MEMBER["id"], int(MEMBER["id"]))
    for _ in range(100):
        if dm_posts(fake):
            break
        await asyncio.sleep(0.05)
    [sent] = dm_posts(fake)
    assert sent.status == 200 and sent.json["embeds"][0]["title"] == "❌ False"
    # Only the buttons that work outside a server.
    assert "factbot:quote:" in str(sent.json["components"])
    assert "factbot:vote" not in str(sent.json["components"])
    assert "factbot:report" not in str(sent.json["components"])
    assert posts(fake, CHANNEL_ID) == []


async def test_private_mode_with_closed_dms_says_so_in_the_channel(
        factbot: FactBot, fake: FakeDiscord, desk: Moderation) -> None:
    await desk.update_settings(SERVER, ADMIN_ACTOR, reply_mode="private")
    fake.close_dms(MEMBER)
    asked = await say(fake, f"{mention_of(BOT_USER)} {CLAIM}", mentions=[BOT_USER])
    call = await fake.wait_for_call("POST", rf"/channels/{CHANNEL_ID}/messages$")
    assert str(call.json["message_reference"]["message_id"]) == asked["id"]
    assert call.json["content"].startswith("I couldn't send you the answer privately")
    assert not call.json.get("embeds")
    [refused] = dm_posts(fake)
    assert refused.status == 403


async def test_passive_watch_never_sends_direct_messages(
        start_bot: StartBot, fake: FakeDiscord, desk: Moderation) -> None:
    await watch(desk, passive_reaction_first=False, reply_mode="private",
                channel_cooldown_s=0, user_cooldown_s=0)
    async with start_bot(message_content=True):
        await say(fake, CLAIM, channel_id=WATCHED_CHANNEL_ID)
        await asyncio.sleep(QUIET)
    assert fake.find("POST", r"/users/@me/channels$") == []
    assert posts(fake, WATCHED_CHANNEL_ID) == []


async def test_several_claims_get_one_embed_with_a_field_each(factbot: FactBot,
                                                             fake: FakeDiscord) -> None:
    await say(fake, f"{mention_of(BOT_USER)} {CLAIM}. {OTHER_CLAIM}.", mentions=[BOT_USER])
    call = await fake.wait_for_call("POST", rf"/channels/{CHANNEL_ID}/messages$")
    [embed] = call.json["embeds"]
    assert embed["title"] == "I checked 2 claims in that message."
    names = [f["name"] for f in embed["fields"]]
    assert names[0].startswith("1. ❌ False: “Russia and China already have a formal alliance")
    assert names[1].startswith("2. ❌ False: “China invested $25 billion")
    buttons = [c["label"] for row in call.json["components"] for c in row["components"]]
    # Quote and report for each claim; votes only under a single verdict.
    assert buttons == ["Show quote (1)", "Report wrong answer (1)",
                       "Show quote (2)", "Report wrong answer (2)"]
