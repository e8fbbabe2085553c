"""Requests as Slack sends them, payloads as Slack builds them, and the app under test served
over HTTP on 127.0.0.1 against the mock Web API of tests/slack_mock_api.py.

`deliver` sends an event again, with X-Slack-Retry-Num and X-Slack-Retry-Reason, when it is not
acknowledged within three seconds.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import aiohttp
from slack_bolt.async_app import AsyncApp
from slack_mock_api import BOT_USER_ID, SIGNING_SECRET, TEAM_ID, MockSlackAPI, wire
from slack_sdk.signature import SignatureVerifier

from adapters.slack.api import web_client
from adapters.slack.app import build_app
from adapters.slack.run import EVENTS_PATH, http_server
from adapters.slack.service import workspace
from bot.chat.cooldowns import CooldownBoard, LocalBoard, PassiveCooldowns
from bot.moderation.service import Moderation
from bot.moderation.types import Actor
from bot.store.cipher import TokenCipher, new_key

FORM = "application/x-www-form-urlencoded"
JSON = "application/json"


@dataclass
class Answer:
    status: int
    text: str

    def json(self) -> Any:
        return json.loads(self.text)


async def post_signed(url: str, body: str, content_type: str, *,
                      secret: str = SIGNING_SECRET, timestamp: float | None = None,
                      tamper: bool = False, headers: dict[str, str] | None = None,
                      timeout: float | None = None) -> Answer:
    """POST `body` signed the way Slack signs requests (v0 HMAC-SHA256 over ts and body)."""
    ts = str(int(timestamp if timestamp is not None else time.time()))
    signature = SignatureVerifier(secret).generate_signature(timestamp=ts, body=body)
    if tamper:
        body += "&x=1" if content_type == FORM else " "
    return await post_raw(url, body, {"Content-Type": content_type,
                                      "X-Slack-Request-Timestamp": ts,
                                      "X-Slack-Signature": signature, **(headers or {})},
                          timeout=timeout)


async def post_raw(url: str, body: str, headers: dict[str, str], *,
                   timeout: float | None = None) -> Answer:
    """POST exactly these bytes and headers, as anyone on the internet can."""
    limit = aiohttp.ClientTimeout(total=timeout)
    async with aiohttp.ClientSession(timeout=limit) as session, session.post(
            url, data=body.encode(), headers=headers) as response:
        return Answer(response.status, await response.text())


ACK_SECONDS = 3.0
RETRIES = 3


async def deliver(url: str, payload: dict[str, Any], *, ack_seconds: float = ACK_SECONDS,
                  secret: str = SIGNING_SECRET) -> list[Answer | None]:
    """Deliver an Events API payload as Slack does: a request not answered with a 2xx within
    `ack_seconds` is sent again (up to three retries), numbered in X-Slack-Retry-Num with the
    reason in X-Slack-Retry-Reason. Returns each attempt's answer (None: timed out)."""
    body, answers, reason = json.dumps(payload), [], ""
    for attempt in range(RETRIES + 1):
        headers = ({"X-Slack-Retry-Num": str(attempt), "X-Slack-Retry-Reason": reason}
                   if attempt else {})
        try:
            answer: Answer | None = await post_signed(url, body, JSON, secret=secret,
                                                      headers=headers, timeout=ack_seconds)
        except TimeoutError:
            answer, reason = None, "http_timeout"
        else:
            reason = "http_error"
        answers.append(answer)
        if answer is not None and 200 <= answer.status < 300:
            return answers
    return answers


def retried(attempt: int, reason: str = "http_timeout") -> dict[str, str]:
    """The headers of Slack's `attempt`-th retry of an event."""
    return {"X-Slack-Retry-Num": str(attempt), "X-Slack-Retry-Reason": reason}


# -- payloads as Slack builds them --------------------------------------------------------------

def slash_command(text: str, response_url: str, *, user: str = "UALICE", channel: str = "C0001",
                  team: str = TEAM_ID) -> str:
    return urlencode({"token": "legacy", "team_id": team, "team_domain": "test",
                      "channel_id": channel, "channel_name": "general", "user_id": user,
                      "user_name": user.lower(), "command": "/factcheck", "text": wire(text),
                      "api_app_id": "A0001", "is_enterprise_install": "false",
                      "response_url": response_url, "trigger_id": "1.2.trigger"})


def interactive(payload: dict[str, Any]) -> str:
    return urlencode({"payload": json.dumps(payload)})


def event_callback(event: dict[str, Any], *, team: str = TEAM_ID) -> dict[str, Any]:
    return {"token": "legacy", "team_id": team, "api_app_id": "A0001", "type": "event_callback",
            "event_id": "Ev" + uuid.uuid4().hex[:10].upper(), "event_time": int(time.time()),
            "authorizations": [{"enterprise_id": None, "team_id": team, "user_id": BOT_USER_ID,
                                "is_bot": True, "is_enterprise_install": False}],
            "event": event}


def message_event(text: str, *, user: str | None = "UALICE", channel: str = "C0001",
                  ts: str = "1700000000.000100", **extra: Any) -> dict[str, Any]:
    event = {"type": "message", "channel": channel, "channel_type": "channel", "text": wire(text),
             "ts": ts, "event_ts": ts, **extra}
    if user:
        event["user"] = user
    return event_callback(event)


def mention_event(text: str, *, user: str = "UALICE", ts: str = "1700000000.000200",
                  **extra: Any) -> dict[str, Any]:
    return event_callback({"type": "app_mention", "user": user, "channel": "C0001",
                           "text": wire(f"<@{BOT_USER_ID}> {text}"), "ts": ts, "event_ts": ts,
                           **extra})


def home_opened(user: str) -> dict[str, Any]:
    return event_callback({"type": "app_home_opened", "user": user, "channel": "D0001",
                           "tab": "home", "event_ts": "1700000000.000300"})


def _who(user: str) -> dict[str, Any]:
    return {"team": {"id": TEAM_ID, "domain": "test"},
            "user": {"id": user, "username": user.lower(), "name": user.lower(),
                     "team_id": TEAM_ID},
            "api_app_id": "A0001", "token": "legacy", "is_enterprise_install": False,
            "trigger_id": "1.2.trigger-" + uuid.uuid4().hex[:6]}


def message_shortcut(text: str, response_url: str, *, user: str = "UALICE") -> dict[str, Any]:
    return {**_who(user), "type": "message_action", "callback_id": "factbot_check_message",
            "channel": {"id": "C0001", "name": "general"}, "action_ts": "1700000001.1",
            "message_ts": "1699999999.000200", "response_url": response_url,
            "message": {"type": "message", "user": "UBOB", "ts": "1699999999.000200",
                        "text": wire(text)}}


def block_action(action_id: str, value: str, *, user: str = "UALICE",
                 response_url: str | None = None, view: dict[str, Any] | None = None,
                 block_id: str = "factbot_reply_0") -> dict[str, Any]:
    payload: dict[str, Any] = {
        **_who(user), "type": "block_actions",
        "actions": [{"type": "button", "action_id": action_id, "block_id": block_id,
                     "value": value, "action_ts": "1700000002.2"}]}
    if view is not None:
        payload["view"] = view
        payload["container"] = {"type": "view", "view_id": view.get("id", "V0001")}
    else:
        payload["channel"] = {"id": "C0001", "name": "general"}
        payload["container"] = {"type": "message", "message_ts": "1700000000.000100",
                                "channel_id": "C0001", "is_ephemeral": True}
        payload["response_url"] = response_url or ""
    return payload


def _initial_state(element: dict[str, Any]) -> Any:
    """What an untouched input holds: its initial value, option or channels."""
    if "initial_option" in element:
        return {"selected_option": element["initial_option"]}
    if "initial_channels" in element:
        return {"selected_channels": element["initial_channels"]}
    return element.get("initial_value")


def view_submission(view: dict[str, Any], values: dict[str, Any], *,
                    user: str = "UALICE") -> dict[str, Any]:
    """Submit a modal the app really opened, with `values` typed into its inputs by block id.

    A string fills a text input; a dict is used as the action state as is (selects).
    """
    state: dict[str, Any] = {}
    for block in view.get("blocks", []):
        if block.get("type") != "input":
            continue
        block_id, element = block["block_id"], block["element"]
        given = values.get(block_id, _initial_state(element))
        if isinstance(given, dict):
            action = {"type": element["type"], **given}
        else:
            action = {"type": element["type"], "value": given}
        state[block_id] = {element["action_id"]: action}
    return {**_who(user), "type": "view_submission",
            "view": {**view, "id": view.get("id", "V0001"), "team_id": TEAM_ID, "hash": "h",
                     "state": {"values": state}}}


# -- the app under test, served over HTTP on 127.0.0.1 ------------------------------------------

FACTS_DIR = Path(__file__).resolve().parents[1] / "facts"


@dataclass
class Running:
    """The real app (async Bolt served by aiohttp) over a real Moderation store on SQLite."""

    url: str
    api: MockSlackAPI
    moderation: Moderation
    app: AsyncApp
    clock: list[float]

    async def command(self, text: str, name: str = "r", **kwargs: Any) -> Answer:
        return await post_signed(self.url, slash_command(text, self.api.response_url(name),
                                                         **kwargs), FORM)

    async def event(self, payload: dict[str, Any], *, retry: int = 0) -> Answer:
        """Post an event; `retry` > 0 posts it as Slack's retry number `retry`."""
        return await post_signed(self.url, json.dumps(payload), JSON,
                                 headers=retried(retry) if retry else None)

    async def interact(self, payload: dict[str, Any]) -> Answer:
        return await post_signed(self.url, interactive(payload), FORM)


OAUTH_CLIENT_ID = "111.222"
OAUTH_CLIENT_SECRET = "client-secret"
# Encrypts the installed workspaces' tokens in the apps under test.
TOKEN_CIPHER = TokenCipher((new_key(),))


@asynccontextmanager
async def running_app(tmp_path: Path, api: MockSlackAPI, *, oauth: bool = False,
                      database_url: str | None = None, board: CooldownBoard | None = None,
                      **settings: Any) -> AsyncIterator[Running]:
    """The app over a fresh store (SQLite unless a URL is given): one workspace's token, or
    OAuth for several. Passive-watch cooldowns on `board`, or on a local one whose clock the
    test moves."""
    url = database_url or f"sqlite+aiosqlite:///{tmp_path / 'factbot.db'}"
    moderation = await Moderation.open(url, packs=[FACTS_DIR])
    if settings:
        await moderation.update_settings(workspace(TEAM_ID), Actor("cli", "test"), **settings)
    clock = [1000.0]
    app = await build_app(
        moderation, db=moderation.db, token=None if oauth else "xoxb-test",
        signing_secret=SIGNING_SECRET,
        client_id=OAUTH_CLIENT_ID if oauth else None,
        client_secret=OAUTH_CLIENT_SECRET if oauth else None,
        client=web_client(None if oauth else "xoxb-test", base_url=api.base_url),
        cooldowns=PassiveCooldowns(board or LocalBoard(clock=lambda: clock[0])),
        cipher=TOKEN_CIPHER if oauth else None)
    server = http_server(app, host="127.0.0.1", port=0, oauth=oauth,
                         signing_secret=SIGNING_SECRET)
    await server.start()
    try:
        yield Running(f"http://127.0.0.1:{server.port}{EVENTS_PATH}", api, moderation, app, clock)
    finally:
        await server.stop()
        await moderation.close()
