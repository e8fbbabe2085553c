"""A local fake of Discord's REST API and gateway, for driving the real discord.py client.

An aiohttp app on 127.0.0.1 serves ``/api/v10/...`` and a JSON gateway at ``/gateway``. Two
class attributes point discord.py at it (see ``tests/conftest_discord.py``)::

    discord.http.Route.BASE = fake.api_base
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(fake.ws_url)

Every REST call the bot makes is recorded (method, path, query, JSON body); tests push gateway
events with ``await fake.dispatch(...)`` and assert on what the bot sent. The payload builders
live in ``discord_payloads`` (re-exported here) and Discord's rules in ``discord_rules``.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web
from discord_payloads import *  # noqa: F403  (re-exported: tests import them from here)
from discord_payloads import (
    ADMIN,
    APP_ID,
    BOT_USER,
    GUILD_ID,
    MEMBER,
    MODERATOR,
    OTHER_BOT,
    Json,
    bot_message,
    guild_payload,
    select_choice,
    selects_of,
    slash,
    snowflake,
    subcommand,
    thread_payload,
    user,
)
from discord_rules import (
    ALREADY_ACKNOWLEDGED,
    CANNOT_DM,
    FOLLOWUP_WINDOW_S,
    INVALID_WEBHOOK_TOKEN,
    RESPONSE_WINDOW_S,
    UNKNOWN_INTERACTION,
    UNKNOWN_WEBHOOK,
    Grant,
    as_seen,
    can_use,
    invalid_form_body,
    message_problems,
    modal_problems,
)


@dataclass
class Call:
    method: str
    path: str
    query: dict[str, str]
    json: Any
    status: int | None = None   # what the fake answered, once it has
    answer: Any = None          # and the JSON body it answered with


@dataclass
class Failure:
    method: str
    pattern: re.Pattern[str]
    status: int
    times: int


class NotDelivered(Exception):
    """Something a member cannot do in real Discord (the fake refuses to deliver it)."""


@dataclass
class Issued:
    """An interaction Discord delivered, and how the bot has answered it so far."""

    payload: Json
    at: float
    callback: int | None = None        # the type of the first response
    flags: int = 0                     # its flags (64: ephemeral)
    original: str | None = None        # the id of the response message, once there is one
    loading: bool = False              # deferred, and not yet edited or followed up
    last: str | None = None            # the message the member saw last from it
    sent: Json = field(default_factory=dict)  # and what the bot sent for it

    @property
    def user_id(self) -> str:
        who = self.payload.get("member", {}).get("user") or self.payload["user"]
        return str(who["id"])


@dataclass
class FakeDiscord:
    host: str = "127.0.0.1"
    port: int = 0
    calls: list[Call] = field(default_factory=list)
    identify: Json | None = None
    stored: dict[str, Json] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)
    # Discord's clocks: the first response within 3 s, follow-ups within 15 minutes.
    response_window: float = RESPONSE_WINDOW_S
    followup_window: float = FOLLOWUP_WINDOW_S
    clock: Callable[[], float] = time.monotonic
    issued: dict[str, Issued] = field(default_factory=dict)
    commands: dict[str, Json] = field(default_factory=dict)
    grants: list[Grant] = field(default_factory=list)
    closed_dms: set[str] = field(default_factory=set)
    dm_channels: dict[str, str] = field(default_factory=dict)
    # Modals on screen, by (member, custom_id): Discord shows each to the member who asked.
    # (with the message of the button that opened each, which its submit carries)
    open_modals: dict[tuple[str, str], Json | None] = field(default_factory=dict)
    # While set, the gateway refuses connections (503), as during a Discord outage.
    gateway_down: bool = False
    _ws: web.WebSocketResponse | None = None
    _seq: int = 0
    _runner: web.AppRunner | None = None
    _identified: asyncio.Event = field(default_factory=asyncio.Event)
    _new_call: asyncio.Condition = field(default_factory=asyncio.Condition)

    async def start(self) -> FakeDiscord:
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        server = site._server
        assert server is not None
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        if self._ws is not None and not self._ws.closed:
            await self._ws.close()
        if self._runner:
            await self._runner.cleanup()

    @property
    def api_base(self) -> str:
        return f"http://{self.host}:{self.port}/api/v10"

    @property
    def ws_url(self) -> str:
        return f"ws://{self.host}:{self.port}/gateway"

    # -- test helpers -----------------------------------------------------------------------

    async def dispatch(self, event: str, data: Json) -> None:
        await self._identified.wait()
        assert self._ws is not None
        if event in ("MESSAGE_CREATE", "MESSAGE_UPDATE"):
            data = self.as_seen(data)
        elif event == "INTERACTION_CREATE":
            self.issue(data)
        self._seq += 1
        await self._ws.send_str(json.dumps({"op": 0, "t": event, "s": self._seq, "d": data}))

    async def interact(self, payload: Json, timeout: float = 5.0) -> Call:
        """Send an interaction and return the bot's callback (its first answer)."""
        await self.dispatch("INTERACTION_CREATE", payload)
        return await self.wait_for_call(
            "POST", rf"/interactions/{payload['id']}/{payload['token']}/callback$", timeout)

    async def answer(self, payload: Json, timeout: float = 5.0) -> Json:
        """Send an interaction and return the message the member ends up seeing: the
        callback's message, or after a deferral the message that replaced "thinking...",
        with its `flags` (64: only they see it)."""
        call = await self.interact(payload, timeout)
        issued = self.issued[payload["id"]]
        if call.json["type"] != 5:
            shown = self.stored.get(issued.last or "", {})
            return {"flags": 0, **(call.json.get("data") or {}), **shown}
        await self.wait_for_call(
            "*", rf"/webhooks/{APP_ID}/{payload['token']}(/messages/@original)?$", timeout,
            where=lambda c: c.method in ("POST", "PATCH") and self._landed(issued))
        assert issued.last is not None
        return {**issued.sent, **self.stored[issued.last]}

    def _landed(self, issued: Issued) -> bool:
        return issued.last is not None and not issued.loading

    def issue(self, payload: Json) -> None:
        """Start an interaction's clocks (dispatching it does this)."""
        self.deliverable(payload)
        self.issued[payload["id"]] = Issued(payload, self.clock())

    def deliverable(self, payload: Json) -> None:
        """Refuse what real Discord would never deliver: a command the member cannot see,
        a modal submitted by someone it was not shown to."""
        if payload["type"] in (2, 4) and "guild_id" in payload:
            command = self.commands.get(payload["data"]["name"])
            member_ = payload["member"]
            if command is not None and not can_use(
                    command, permissions=int(member_["permissions"]), roles=member_["roles"],
                    user_id=member_["user"]["id"], guild_id=payload["guild_id"],
                    grants=self.grants):
                raise NotDelivered(f"/{command['name']} is hidden from this member")
        if payload["type"] == 5:
            who = (payload.get("member", {}).get("user") or payload["user"])["id"]
            key = (who, payload["data"]["custom_id"])
            if key not in self.open_modals:
                raise NotDelivered(f"no modal {key[1]!r} is open for this member")
            opened_from = self.open_modals.pop(key)
            if opened_from is not None:
                payload["message"] = self.stored.get(opened_from["id"], opened_from)

    def grant(self, command: str, target_id: str, *, allowed: bool = True) -> None:
        """What an admin does in Server Settings → Integrations: grant a command to a role
        (the guild's id for @everyone) or to a member."""
        self.grants.append(Grant(command, target_id, allowed))

    def as_seen(self, message: Json) -> Json:
        """A message as the bot's intents let it see it."""
        intents = int((self.identify or {}).get("intents", 0))
        return as_seen(message, bot_id=BOT_USER["id"], intents=intents)

    def find(self, method: str, path_regex: str,
             where: Callable[[Call], bool] | None = None) -> list[Call]:
        """Calls so far (`method` "*" for any) whose path matches."""
        rx = re.compile(path_regex)
        return [c for c in self.calls if method in ("*", c.method) and rx.search(c.path)
                and (where is None or where(c))]

    async def wait_for_call(self, method: str, path_regex: str, timeout: float = 5.0,
                            where: Callable[[Call], bool] | None = None) -> Call:
        async with self._new_call:
            await asyncio.wait_for(
                self._new_call.wait_for(lambda: bool(self.find(method, path_regex, where))),
                timeout)
            return self.find(method, path_regex, where)[0]

    def close_dms(self, who: Json) -> None:
        """The member allows no direct messages from this server's members and apps."""
        self.closed_dms.add(who["id"])

    async def outage(self) -> None:
        """Drop the bot's gateway connection (close code 4000, "unknown error": the bot may
        resume) and refuse new ones until `recover()`."""
        self.gateway_down = True
        self._identified.clear()
        if self._ws is not None and not self._ws.closed:
            await self._ws.close(code=4000, message=b"outage")

    def recover(self) -> None:
        self.gateway_down = False

    def fail(self, method: str, path_regex: str, status: int, times: int = 1) -> None:
        """Answer the next `times` matching calls with an error (403, 429, ...)."""
        self.failures.append(Failure(method, re.compile(path_regex), status, times))

    # -- REST -------------------------------------------------------------------------------

    def _failure(self, method: str, path: str) -> web.Response | None:
        for failure in self.failures:
            if failure.times and failure.method == method and failure.pattern.search(path):
                failure.times -= 1
                if failure.status == 429:
                    return _json({"message": "You are being rate limited.", "retry_after": 0.05,
                                  "global": False}, status=429,
                                 headers={"Retry-After": "0.05", "X-RateLimit-Scope": "user",
                                          # discord.py takes a 429 without Via for a
                                          # Cloudflare ban and gives up.
                                          "Via": "1.1 google"})
                return _json({"message": "Missing Permissions", "code": 50013},
                             status=failure.status)
        return None

    async def _rest(self, request: web.Request) -> web.Response:
        tail = "/" + request.match_info["tail"]
        body: Any = None
        if request.can_read_body:
            if request.content_type == "application/json":
                body = await request.json()
            elif request.content_type.startswith("multipart/"):
                parts: dict[str, str] = {}
                async for part in await request.multipart():
                    parts[part.name or ""] = await part.text()  # type: ignore[union-attr]
                body = json.loads(parts["payload_json"]) if "payload_json" in parts else parts
        call = Call(request.method, tail, dict(request.query), body)
        async with self._new_call:
            self.calls.append(call)
            self._new_call.notify_all()
        response = (self._failure(request.method, tail)
                    or self._answer(request.method, tail, body))
        call.status = response.status
        if response.content_type == "application/json" and isinstance(response.body, bytes):
            call.answer = json.loads(response.body)
        async with self._new_call:
            self._new_call.notify_all()  # what the call changed is visible now
        return response

    def _answer(self, m: str, tail: str, body: Any) -> web.Response:
        if m == "GET" and tail == "/users/@me":
            return _json(BOT_USER)
        if m == "GET" and tail == "/gateway/bot":
            return _json({"url": self.ws_url, "shards": 1, "session_start_limit": {
                "total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}})
        if m == "GET" and tail in ("/applications/@me", "/oauth2/applications/@me"):
            return _json({"id": APP_ID, "name": "factbot", "icon": None, "description": "",
                          "bot_public": True, "bot_require_code_grant": False,
                          "verify_key": "00" * 32, "owner": ADMIN, "flags": 0})
        if m == "PUT" and re.fullmatch(r"/applications/\d+(/guilds/\d+)?/commands", tail):
            self.commands = {c["name"]: c for c in body}
            return _json([{"description": "", "options": [], **c, "id": snowflake(),
                           "application_id": APP_ID, "version": "1"} for c in body])
        mo = re.fullmatch(r"/interactions/(\d+)/([^/]+)/callback", tail)
        if m == "POST" and mo:
            return self._callback(mo.group(1), body)
        mo = re.fullmatch(r"/webhooks/\d+/([^/]+)(/messages/(@original|\d+))?", tail)
        if mo:
            return self._webhook(m, mo.group(1), mo.group(3), body or {})
        mo = re.fullmatch(r"/users/(\d+)", tail)
        if m == "GET" and mo:
            known = {u["id"]: u for u in (ADMIN, MEMBER, MODERATOR, OTHER_BOT)}
            if mo.group(1) not in known:
                return _json({"message": "Unknown User", "code": 10013}, status=404)
            return _json(known[mo.group(1)])
        if m == "POST" and tail == "/users/@me/channels":
            return _json(self._dm_channel(str(body["recipient_id"])))
        mo = re.fullmatch(r"/channels/(\d+)/messages", tail)
        if m == "POST" and mo:
            if self.dm_channels.get(mo.group(1)) in self.closed_dms:
                return _json(CANNOT_DM, status=403)
            if problems := message_problems(body):
                return _json(invalid_form_body(problems), status=400)
            return _json(self._store(bot_message(body, channel_id=mo.group(1))))
        mo = re.fullmatch(r"/channels/(\d+)/messages/(\d+)", tail)
        if m == "GET" and mo and mo.group(2) in self.stored:
            return _json(self.as_seen(self.stored[mo.group(2)]))
        mo = re.fullmatch(r"/channels/(\d+)/messages/(\d+)/threads", tail)
        if m == "POST" and mo:
            return _json(thread_payload(mo.group(2), mo.group(1), body["name"]))
        mo = re.fullmatch(r"/channels/\d+/messages/(\d+)/reactions/([^/]+)/@me", tail)
        if m in ("PUT", "DELETE") and mo:
            self._own_reaction(mo.group(1), urllib.parse.unquote(mo.group(2)), m == "PUT")
            return web.Response(status=204)
        return _json({"message": "Unknown route (fake)", "code": 0}, status=404)

    def _own_reaction(self, message_id: str, emoji: str, added: bool) -> None:
        """The bot's own reaction, kept on a stored message as GET returns it."""
        message = self.stored.get(message_id)
        if message is None:
            return
        others = [r for r in message.get("reactions", []) if r["emoji"]["name"] != emoji]
        if added:
            others.append({"emoji": {"id": None, "name": emoji}, "count": 1, "me": True,
                           "me_burst": False, "count_details": {"burst": 0, "normal": 1},
                           "burst_colors": []})
        message["reactions"] = others

    def _store(self, message: Json) -> Json:
        self.stored[message["id"]] = message
        return message

    def remember(self, message: Json) -> Json:
        """Make a user's message fetchable over REST (GET /channels/<id>/messages/<id>)."""
        return self._store(message)

    def _dm_channel(self, user_id: str) -> Json:
        """The DM channel with a member (POST /users/@me/channels), the same one each time."""
        channel_id = next((c for c, u in self.dm_channels.items() if u == user_id), None)
        if channel_id is None:
            channel_id = snowflake()
            self.dm_channels[channel_id] = user_id
        recipient = next((u for u in (ADMIN, MEMBER, MODERATOR, OTHER_BOT)
                          if u["id"] == user_id), user(user_id, "someone"))
        return {"id": channel_id, "type": 1, "recipients": [recipient], "flags": 0,
                "last_message_id": None}

    def _callback(self, interaction_id: str, body: Json) -> web.Response:
        issued = self.issued.get(interaction_id)
        if issued is None or self.clock() - issued.at > self.response_window:
            return _json(UNKNOWN_INTERACTION, status=404)
        if issued.callback is not None:
            return _json(ALREADY_ACKNOWLEDGED, status=400)
        data = body.get("data") or {}
        problems = (modal_problems(data) if body["type"] == 9
                    else message_problems(data) if body["type"] in (4, 7) else [])
        if problems:
            return _json(invalid_form_body(problems), status=400)
        issued.callback, issued.flags = body["type"], int(data.get("flags", 0))
        if body["type"] == 9:
            self.open_modals[(issued.user_id, data["custom_id"])] = issued.payload.get("message")
        message = None
        if body["type"] == 7:  # the message the pressed component is on, edited
            old = self.stored.get(issued.payload.get("message", {}).get("id", ""), {})
            message = self._store({**old, **bot_message(
                {"content": old.get("content", ""), "embeds": old.get("embeds", []), **data},
                channel_id=issued.payload["channel_id"]), "id": old.get("id", snowflake())})
        elif body["type"] in (4, 5):
            message = self._store(bot_message(data, channel_id=issued.payload["channel_id"]))
            message["flags"] = issued.flags
            issued.original, issued.loading = message["id"], body["type"] == 5
        if message is not None:
            issued.last = message["id"]
        resp: Json = {
            "interaction": {"id": interaction_id, "type": 2,
                            "response_message_id": message["id"] if message else None,
                            "response_message_loading": body["type"] == 5,
                            "response_message_ephemeral": bool(data.get("flags", 0) & 64)},
            "resource": {"type": body["type"]},
        }
        if message is not None and body["type"] != 5:
            resp["resource"]["message"] = message
        return _json(resp)

    def _webhook(self, m: str, token: str, target: str | None, body: Json) -> web.Response:
        """Follow-ups and edits of an interaction's messages, through its token."""
        issued = next((i for i in self.issued.values() if i.payload["token"] == token), None)
        if issued is None or issued.callback is None:
            return _json(UNKNOWN_WEBHOOK, status=404)
        if self.clock() - issued.at > self.followup_window:
            return _json(INVALID_WEBHOOK_TOKEN, status=401)
        if problems := message_problems(body):
            return _json(invalid_form_body(problems), status=400)
        channel_id = issued.payload["channel_id"]
        message_id = issued.original if target == "@original" else target
        if m == "DELETE" and message_id in self.stored:
            del self.stored[message_id]
            if message_id == issued.original:
                issued.original, issued.loading = None, False
            return web.Response(status=204)
        if m == "PATCH" and message_id in self.stored:
            old = self.stored[message_id]
            new = bot_message({**body, "content": body.get("content", old["content"])},
                              channel_id=channel_id)
            new.update(id=message_id, flags=old.get("flags", 0))
            if message_id == issued.original:
                issued.loading = False
            issued.last, issued.sent = message_id, body
            return _json(self._store(new))
        if m == "POST" and target is None:
            message = bot_message(body, channel_id=channel_id)
            if issued.loading:
                # The first follow-up after a deferral takes the place of "thinking...", and
                # is as public or as private as the deferral was.
                assert issued.original is not None
                message.update(id=issued.original, flags=issued.flags)
                issued.loading = False
            else:
                message["flags"] = int(body.get("flags", 0))
            issued.last, issued.sent = message["id"], body
            return _json(self._store(message))
        return _json({"message": "Unknown Message", "code": 10008}, status=404)

    # -- gateway ----------------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.StreamResponse:
        if self.gateway_down:
            return web.Response(status=503, text="upstream connect error")
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._ws = ws
        await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": 41250},
                                      "s": None, "t": None}))
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                continue
            frame = json.loads(msg.data)
            if frame["op"] == 1:
                await ws.send_str(json.dumps({"op": 11, "d": None, "s": None, "t": None}))
            elif frame["op"] == 2:
                self.identify = frame["d"]
                await self._ready(ws, frame["d"].get("shard", [0, 1]))
        return ws

    async def _ready(self, ws: web.WebSocketResponse, shard: list[int]) -> None:
        self._seq += 1
        await ws.send_str(json.dumps({"op": 0, "t": "READY", "s": self._seq, "d": {
            "v": 10, "user": BOT_USER, "guilds": [{"id": GUILD_ID, "unavailable": True}],
            "session_id": "fake-session", "resume_gateway_url": self.ws_url,
            "application": {"id": APP_ID, "flags": 0}, "private_channels": [],
            "relationships": [], "presences": [], "shard": shard}}))
        self._seq += 1
        await ws.send_str(json.dumps({"op": 0, "t": "GUILD_CREATE", "s": self._seq,
                                      "d": guild_payload()}))
        self._identified.set()


def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    # discord.py parses a body as JSON only when the content type is exactly application/json.
    return web.Response(body=json.dumps(data).encode(), status=status,
                        headers={"Content-Type": "application/json", **(headers or {})})


# `factbot` on the command line with discord.py pointed at a fake Discord (its API base and
# gateway URL as the first two arguments): the two seams the Discord tests use
# (tests/discord_harness.py), then the real command line with the remaining arguments.
DISCORD_BOOT = """
import sys, yarl, discord.http, discord.gateway
discord.http.Route.BASE = sys.argv[1]
discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(sys.argv[2])
from bot.cli.main import main
main(sys.argv[3:], prog_name="factbot")
"""


async def pick_in_config(fake: FakeDiscord, setting: str, values: list[str], *,
                         who: Json = ADMIN) -> Call:
    """Open /factbot config and make a choice in one of its selects (`factbot:config:<setting>`);
    returns the bot's answer to the choice."""
    panel = await fake.answer(slash("factbot", [subcommand("config")], who=ADMIN))
    select = selects_of(panel)[f"factbot:config:{setting}"]
    return await fake.interact(select_choice(select, values, panel, who=who))
