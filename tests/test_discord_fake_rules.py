"""The fake Discord refuses what real Discord refuses, with Discord's own error codes.

These talk to the fake over HTTP as a bot would, so that each rule stands on its own; the
adapter's tests then run the real bot against the same rules.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
import pytest_asyncio
from discord_fake import (
    ADMIN,
    APP_ID,
    BOT_USER,
    GUILD_ID,
    MEMBER,
    MOD_ROLE_ID,
    MODERATOR,
    FakeDiscord,
    NotDelivered,
    mention_of,
    message_payload,
    modal_submit,
    reply_to,
    slash,
)
from discord_rules import MESSAGE_CONTENT_INTENT

pytestmark = pytest.mark.asyncio

Json = dict[str, Any]
DEFAULT_INTENTS = 53575421  # discord.Intents.default(): no message content


@pytest_asyncio.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    server = await FakeDiscord().start()
    yield server
    await server.stop()


@pytest_asyncio.fixture
async def http(fake: FakeDiscord) -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession(base_url=fake.api_base + "/") as session:
        yield session


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def call(http: aiohttp.ClientSession, method: str, path: str,
               body: Json | None = None) -> tuple[int, Json]:
    async with http.request(method, path.lstrip("/"), json=body) as response:
        data = await response.json() if response.content_type == "application/json" else {}
        return response.status, data


def callback_path(payload: Json) -> str:
    return f"interactions/{payload['id']}/{payload['token']}/callback"


def message(content: str) -> Json:
    return {"type": 4, "data": {"content": content}}


async def test_a_first_response_after_three_seconds_is_an_unknown_interaction(
        fake: FakeDiscord, http: aiohttp.ClientSession) -> None:
    clock = Clock()
    fake.clock = clock
    late, prompt = slash("facts"), slash("facts")
    fake.issue(late)
    fake.issue(prompt)
    assert await call(http, "POST", callback_path(prompt), message("hi")) == (200, {
        "interaction": {"id": prompt["id"], "type": 2, "response_message_id": fake.issued[
            prompt["id"]].original, "response_message_loading": False,
            "response_message_ephemeral": False},
        "resource": {"type": 4, "message": fake.stored[fake.issued[prompt["id"]].original]}})
    status, error = await call(http, "POST", callback_path(prompt), message("again"))
    assert (status, error["code"]) == (400, 40060)
    clock.now += 3.1
    status, error = await call(http, "POST", callback_path(late), message("too late"))
    assert (status, error) == (404, {"message": "Unknown interaction", "code": 10062})


async def test_follow_ups_within_fifteen_minutes(fake: FakeDiscord,
                                                 http: aiohttp.ClientSession) -> None:
    clock = Clock()
    fake.clock = clock
    payload = slash("factcheck")
    fake.issue(payload)
    webhook = f"webhooks/{APP_ID}/{payload['token']}"
    status, error = await call(http, "POST", webhook, {"content": "before any response"})
    assert (status, error["code"]) == (404, 10015)
    await call(http, "POST", callback_path(payload), {"type": 5, "data": {"flags": 64}})
    clock.now += 899
    status, sent = await call(http, "POST", webhook, {"content": "the verdict"})
    # The first follow-up takes the place of "thinking...", private as the deferral was.
    assert status == 200 and sent["id"] == fake.issued[payload["id"]].original
    assert fake.stored[sent["id"]]["flags"] == 64
    clock.now += 2
    status, error = await call(http, "POST", webhook, {"content": "much later"})
    assert (status, error["code"]) == (401, 50027)


async def test_commands_with_default_permissions_are_hidden_unless_granted(
        fake: FakeDiscord, http: aiohttp.ClientSession) -> None:
    await call(http, "PUT", f"applications/{APP_ID}/commands", [
        {"name": "factadmin", "description": "d", "default_member_permissions": "32"},
        {"name": "factcheck", "description": "d"}])
    fake.deliverable(slash("factadmin", who=ADMIN))
    fake.deliverable(slash("factcheck", who=MEMBER))
    for who in (MEMBER, MODERATOR):
        with pytest.raises(NotDelivered):
            fake.deliverable(slash("factadmin", who=who))
    fake.grant("factadmin", MOD_ROLE_ID)       # Server Settings → Integrations → factbot
    fake.deliverable(slash("factadmin", who=MODERATOR))
    with pytest.raises(NotDelivered):
        fake.deliverable(slash("factadmin", who=MEMBER))
    fake.grant("factadmin", GUILD_ID)          # @everyone
    fake.deliverable(slash("factadmin", who=MEMBER))


async def test_without_the_intent_content_is_empty_but_in_dms_and_mentions(
        fake: FakeDiscord) -> None:
    fake.identify = {"intents": DEFAULT_INTENTS}
    plain = message_payload("Russia and China are allies")
    assert fake.as_seen(plain)["content"] == ""
    dm = message_payload("Russia and China are allies", guild=False)
    assert fake.as_seen(dm)["content"] == "Russia and China are allies"
    mention = message_payload(f"{mention_of(BOT_USER)} is this true?", mentions=[BOT_USER],
                              **reply_to(plain))
    seen = fake.as_seen(mention)
    assert seen["content"].endswith("is this true?")
    assert seen["referenced_message"]["content"] == ""   # it does not mention the bot
    fake.identify = {"intents": DEFAULT_INTENTS | MESSAGE_CONTENT_INTENT}
    assert fake.as_seen(plain)["content"] == "Russia and China are allies"


def modal(**changes: Any) -> Json:
    text_input = {"type": 4, "custom_id": "reason", "style": 2, "max_length": 1000}
    out: Json = {"title": "Report a wrong answer", "custom_id": "factbot:report:1",
                 "components": [{"type": 18, "label": "Why?", "component": text_input}]}
    inner = changes.pop("input", {})
    text_input.update(inner)
    out.update(changes)
    return out


@pytest.mark.parametrize(("changes", "problem"), [
    ({"title": "x" * 46}, "title"),
    ({"custom_id": "x" * 101}, "custom_id"),
    ({"components": [{"type": 18, "label": "x" * 46, "component": {
        "type": 4, "custom_id": "a", "style": 1}}]}, "label"),
    ({"components": [{"type": 18, "label": f"L{i}", "component": {
        "type": 4, "custom_id": f"a{i}", "style": 1}} for i in range(6)]}, "components"),
    ({"input": {"max_length": 4001}}, "max_length"),
])
async def test_modal_limits(fake: FakeDiscord, http: aiohttp.ClientSession,
                            changes: Json, problem: str) -> None:
    payload = slash("factadmin")
    fake.issue(payload)
    status, error = await call(http, "POST", callback_path(payload),
                               {"type": 9, "data": modal(**changes)})
    assert (status, error["code"]) == (400, 50035)
    assert problem in str(error["errors"])


async def test_modals_are_shown_to_the_member_who_asked(
        fake: FakeDiscord, http: aiohttp.ClientSession) -> None:
    payload = slash("factadmin", who=MEMBER)
    fake.issue(payload)
    status, _ = await call(http, "POST", callback_path(payload), {"type": 9, "data": modal()})
    assert status == 200
    with pytest.raises(NotDelivered):
        fake.issue(modal_submit(modal(), {"Why?": "not mine"}, who=ADMIN))
    fake.issue(modal_submit(modal(), {"Why?": "mine"}, who=MEMBER))
    with pytest.raises(NotDelivered):  # submitted once, it is gone
        fake.issue(modal_submit(modal(), {"Why?": "again"}, who=MEMBER))


async def test_buttons_past_discords_limits_are_refused(
        fake: FakeDiscord, http: aiohttp.ClientSession) -> None:
    row = {"type": 1, "components": [{"type": 2, "style": 1, "label": "x" * 81,
                                      "custom_id": "a"}]}
    status, error = await call(http, "POST", "channels/1/messages",
                               {"content": "hi", "components": [row]})
    assert (status, error["code"]) == (400, 50035)
    status, error = await call(http, "POST", "channels/1/messages",
                               {"content": "hi", "components": [
                                   {"type": 1, "components": [{"type": 2, "style": 1,
                                    "label": "ok", "custom_id": f"b{i}"}]} for i in range(6)]})
    assert (status, error["code"]) == (400, 50035)


async def test_two_components_with_one_custom_id_are_refused(
        fake: FakeDiscord, http: aiohttp.ClientSession) -> None:
    def button(custom_id: str) -> dict[str, Any]:
        return {"type": 1, "components": [{"type": 2, "style": 1, "label": "ok",
                                           "custom_id": custom_id}]}

    status, error = await call(http, "POST", "channels/1/messages",
                               {"content": "hi", "components": [button("a"), button("a")]})
    assert (status, error["code"]) == (400, 50035)
    status, _ = await call(http, "POST", "channels/1/messages",
                           {"content": "hi", "components": [button("a"), button("b")]})
    assert status == 200


async def test_selects_past_discords_limits_are_refused(
        fake: FakeDiscord, http: aiohttp.ClientSession) -> None:
    def select(**fields: Any) -> dict[str, Any]:
        return {"type": 8, "custom_id": "s", "min_values": 0, "max_values": 25, **fields}

    async def refused(*rows: list[dict[str, Any]]) -> bool:
        status, error = await call(http, "POST", "channels/1/messages", {
            "content": "hi", "components": [{"type": 1, "components": r} for r in rows]})
        return (status, error.get("code")) == (400, 50035)

    assert not await refused([select()])
    assert await refused([select(max_values=26)])
    assert await refused([select(min_values=2, max_values=1)])
    assert await refused([select(max_values=1, default_values=[
        {"id": "1", "type": "channel"}, {"id": "2", "type": "channel"}])])
    assert await refused([select(), {"type": 2, "style": 1, "label": "x", "custom_id": "b"}])
    options = [{"label": str(i), "value": str(i)} for i in range(26)]
    assert await refused([{"type": 3, "custom_id": "p", "options": options}])
    assert await refused([{"type": 3, "custom_id": "p", "options": options[:2],
                           "max_values": 3}])


async def test_direct_messages_go_through_the_dm_channel_and_may_be_closed(
        fake: FakeDiscord, http: aiohttp.ClientSession) -> None:
    status, channel = await call(http, "POST", "users/@me/channels",
                                 {"recipient_id": MEMBER["id"]})
    assert status == 200 and channel["type"] == 1
    assert channel["recipients"][0]["id"] == MEMBER["id"]
    status, _ = await call(http, "POST", f"channels/{channel['id']}/messages", {"content": "hi"})
    assert status == 200
    fake.close_dms(MEMBER)
    status, error = await call(http, "POST", f"channels/{channel['id']}/messages",
                               {"content": "hi"})
    assert (status, error) == (403, {"message": "Cannot send messages to this user",
                                     "code": 50007})
