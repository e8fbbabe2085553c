"""Slack on 127.0.0.1: a recording Web API (plus response_url and OAuth) and a Socket Mode server.

The Web API runs on `http.server` in a thread so that the app under test talks to it over real
HTTP from its own event loop. Tests read what the app sent from `calls` and can script answers:
users for `users.info`, members for `usergroups.users.list`, and one-off failures (an API error or
a 429 with Retry-After) for any method.

It keeps Slack's rules: text in payloads arrives escaped the way Slack escapes it (`wire`), and
posting where the app is not a member fails (`channel_not_found`, `not_in_channel`).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import threading
import time
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

from slack_sdk.errors import SlackObjectFormationError
from slack_sdk.models.blocks import Block
from slack_sdk.models.views import View

BOT_USER_ID = "UBOT0001"
BOT_ID = "BBOT0001"
TEAM_ID = "T0001"
SIGNING_SECRET = "test-signing-secret"
RESPONSE_PREFIXES = ("/commands/", "/actions/", "/webhook")
# Channels of the test workspace: the app is a member of some, the others exist without it.
MEMBER_CHANNELS = frozenset({"C0001", "C0002"})
OTHER_CHANNELS = frozenset({"C0OTHER", "C0009"})
# Slack's own markup in message text: mentions, channels, special commands and links.
_SLACK_TOKEN = re.compile(r"<(?:[@#!][^<>]*|(?:https?|mailto):[^<>\s|]*(?:\|[^<>]*)?)>")


def wire(typed: str) -> str:
    """Text as Slack delivers what a person typed: `&`, `<` and `>` escaped as HTML entities,
    Slack's own tokens (`<@U1|name>`, `<#C1|name>`, `<!here>`, `<https://x|label>`) left as they
    are. Text already escaped (`&amp;`) is taken as it is."""
    out, last = [], 0
    for token in _SLACK_TOKEN.finditer(typed):
        out.append(_escape_typed(typed[last:token.start()]))
        out.append(re.sub(r"&(?!(?:amp|lt|gt);)", "&amp;", token.group(0)))
        last = token.end()
    out.append(_escape_typed(typed[last:]))
    return "".join(out)


def _escape_typed(text: str) -> str:
    text = re.sub(r"&(?!(?:amp|lt|gt);)", "&amp;", text)
    return text.replace("<", "&lt;").replace(">", "&gt;")


@dataclass
class Call:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    query: dict[str, str] = field(default_factory=dict)

    @property
    def method(self) -> str:
        return self.path.lstrip("/")


@dataclass
class Scripted:
    status: int
    body: dict[str, Any]
    headers: dict[str, str]


def block_problem(blocks: Any) -> str | None:
    """Why Slack would refuse these blocks (checked with slack_sdk's Block Kit models)."""
    if not isinstance(blocks, list) or not all(isinstance(b, dict) for b in blocks):
        return "blocks are not a list of objects"
    try:
        for block in Block.parse_all(blocks):
            block.validate_json()
    except (SlackObjectFormationError, KeyError, TypeError, ValueError) as exc:
        return str(exc) or type(exc).__name__
    return None


def view_problem(view: Any) -> str | None:
    """Why Slack would refuse this view."""
    if not isinstance(view, dict):
        return "view is not an object"
    try:
        View(**view).validate_json()
    except (SlackObjectFormationError, KeyError, TypeError, ValueError) as exc:
        return str(exc) or type(exc).__name__
    return block_problem(view.get("blocks", []))


def _parse_form(raw: str) -> dict[str, Any]:
    body: dict[str, Any] = {k: v[0] for k, v in parse_qs(raw).items()}
    for key, value in list(body.items()):
        if value[:1] in "[{":
            with contextlib.suppress(ValueError):
                body[key] = json.loads(value)
    return body


class MockSlackAPI:
    """Slack's Web API as the app sees it, recording every call."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.refused: list[tuple[str, str]] = []  # (method, why) of payloads Slack would refuse
        self.users: dict[str, dict[str, Any]] = {}
        self.usergroups: dict[str, list[str]] = {}
        self.socket_mode_url: str | None = None
        self.member_channels = set(MEMBER_CHANNELS)
        self.other_channels = set(OTHER_CHANNELS)
        self.oauth_team = TEAM_ID
        self._scripted: dict[str, list[Scripted]] = {}
        self._lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                url = urlparse(self.path)
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
                if "json" in self.headers.get("Content-Type", ""):
                    body = json.loads(raw or "{}")
                else:
                    body = _parse_form(raw)
                query = {k: v[0] for k, v in parse_qs(url.query).items()}
                # GET methods (users.info, ...) send their arguments in the query string
                call = Call(url.path, dict(self.headers), {**query, **body}, query)
                with outer._lock:
                    outer.calls.append(call)
                if url.path.startswith(RESPONSE_PREFIXES):
                    problem = "blocks" in body and block_problem(body["blocks"])
                    if problem:
                        outer.refused.append((url.path, problem))
                        self._send(400, b"invalid_blocks", "text/plain", {})
                    else:
                        self._send(200, b"ok", "text/plain", {})
                    return
                status, answer, headers = outer._answer(call)
                self._send(status, json.dumps(answer).encode(), "application/json; charset=utf-8",
                           headers)

            do_GET = do_POST

            def _send(self, status: int, data: bytes, ctype: str, headers: dict[str, str]) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                for key, value in headers.items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(data)

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self._httpd.server_address[1]
        self.base_url = f"http://127.0.0.1:{self.port}/api/"
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,),
                                        daemon=True)

    # -- scripting ------------------------------------------------------------------------------

    def fail_next(self, method: str, *, status: int = 200, error: str = "internal_error",
                  headers: dict[str, str] | None = None) -> None:
        """The next call to `method` gets this answer instead of the normal one."""
        body = {"ok": False, "error": "ratelimited" if status == 429 else error}
        self._scripted.setdefault(method, []).append(Scripted(status, body, headers or {}))

    def add_user(self, user_id: str, *, admin: bool = False, owner: bool = False,
                 bot: bool = False, name: str | None = None) -> None:
        self.users[user_id] = {"id": user_id, "team_id": TEAM_ID, "name": user_id.lower(),
                               "real_name": name or user_id.title(),
                               "profile": {"display_name": name or "",
                                           "real_name": name or user_id.title()},
                               "is_admin": admin, "is_owner": owner, "is_bot": bot}

    def channel_error(self, channel: str) -> str | None:
        """Why the app cannot post in `channel`, as Slack says it; None when it can. Direct
        messages (a D... conversation or a user id) always work with chat:write."""
        if channel[:1] in ("D", "U", "W") or channel in self.member_channels:
            return None
        return "not_in_channel" if channel in self.other_channels else "channel_not_found"

    def _answer(self, call: Call) -> tuple[int, dict[str, Any], dict[str, str]]:
        method = call.method.removeprefix("api/")
        with self._lock:
            queue = self._scripted.get(method)
            if queue:
                item = queue.pop(0)
                return item.status, item.body, item.headers
        return 200, self._api(method, call), {}

    def _api(self, method: str, call: Call) -> dict[str, Any]:
        body = call.body
        problem = self._payload_problem(method, body)
        if problem:
            with self._lock:
                self.refused.append((method, problem))
            return {"ok": False, "error": "invalid_blocks" if method.startswith("chat.")
                    else "invalid_arguments", "response_metadata": {"messages": [problem]}}
        auth = call.headers.get("Authorization", "")
        if method == "apps.connections.open":
            return {"ok": True, "url": self.socket_mode_url}
        if method == "oauth.v2.access":
            return self._oauth_access(body)
        if not auth.startswith("Bearer xoxb-"):
            return {"ok": False, "error": "invalid_auth"}
        if method == "auth.test":
            return {"ok": True, "url": "https://test.slack.com/", "team": "Test",
                    "user": "factbot", "team_id": TEAM_ID, "user_id": BOT_USER_ID,
                    "bot_id": BOT_ID, "is_enterprise_install": False}
        if method in ("chat.postMessage", "chat.postEphemeral"):
            error = self.channel_error(str(body.get("channel") or ""))
            if error:
                return {"ok": False, "error": error}
        if method == "chat.postMessage":
            ts = f"{time.time():.6f}"
            return {"ok": True, "channel": body.get("channel"), "ts": ts,
                    "message": {"type": "message", "text": body.get("text"), "ts": ts,
                                "bot_id": BOT_ID}}
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": f"{time.time():.6f}"}
        if method in ("views.open", "views.push", "views.update", "views.publish"):
            view = body.get("view", {})
            return {"ok": True, "view": {**view, "id": "V" + uuid.uuid4().hex[:8].upper()}}
        if method == "users.info":
            user = self.users.get(body.get("user", ""))
            return {"ok": True, "user": user} if user else {"ok": False, "error": "user_not_found"}
        if method == "usergroups.users.list":
            members = self.usergroups.get(body.get("usergroup", ""))
            if members is None:
                return {"ok": False, "error": "no_such_subteam"}
            return {"ok": True, "users": members}
        return {"ok": True}

    @staticmethod
    def _payload_problem(method: str, body: dict[str, Any]) -> str | None:
        if method.startswith("chat.") and "blocks" in body:
            return block_problem(body["blocks"])
        if method.startswith("views.") and "view" in body:
            return view_problem(body["view"])
        return None

    def _oauth_access(self, body: dict[str, Any]) -> dict[str, Any]:
        if body.get("code") != "good-code":
            return {"ok": False, "error": "invalid_code"}
        return {"ok": True, "app_id": "A0001", "authed_user": {"id": "UINSTALLER"},
                "scope": "commands,chat:write", "token_type": "bot",
                "access_token": "xoxb-installed-" + self.oauth_team,
                "bot_user_id": BOT_USER_ID, "team": {"id": self.oauth_team, "name": "Other"},
                "enterprise": None, "is_enterprise_install": False}

    # -- reading --------------------------------------------------------------------------------

    def calls_to(self, method: str) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if c.method.removeprefix("api/") == method
                    or c.path == method]

    async def wait_for(self, method: str, *, count: int = 1, timeout: float = 5.0) -> Call:
        """The `count`-th call to `method` (a Web API method or a response_url path)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.calls_to(method)
            if len(found) >= count:
                return found[count - 1]
            await asyncio.sleep(0.02)
        raise AssertionError(f"no call #{count} to {method}; got {[c.path for c in self.calls]}")

    async def settle(self, seconds: float = 0.3) -> None:
        """Give background listeners time to send anything they were going to send."""
        await asyncio.sleep(seconds)

    def response_url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.port}/commands/{TEAM_ID}/{name}"

    def start(self) -> MockSlackAPI:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


class MockSocketModeServer:
    """Slack's Socket Mode endpoint: says hello, pushes envelopes, records the app's acks."""

    def __init__(self, port: int = 0) -> None:
        self.acks: list[dict[str, Any]] = []
        self.port = port
        self.url = ""
        self._loop = asyncio.new_event_loop()
        self._queue: asyncio.Queue[dict[str, Any]] | None = None
        self._ready = threading.Event()
        self._server: Any = None
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import websockets

        async def handler(ws: Any) -> None:
            await ws.send(json.dumps({"type": "hello", "num_connections": 1,
                                      "debug_info": {"host": "local"},
                                      "connection_info": {"app_id": "A0001"}}))

            async def pump() -> None:
                assert self._queue is not None
                while True:
                    await ws.send(json.dumps(await self._queue.get()))

            task = asyncio.ensure_future(pump())
            try:
                async for message in ws:
                    self.acks.append(json.loads(message))
            except Exception:
                pass
            finally:
                task.cancel()

        async def main() -> None:
            self._queue = asyncio.Queue()
            self._server = await websockets.serve(handler, "127.0.0.1", self.port)
            self.port = self._server.sockets[0].getsockname()[1]
            self.url = f"ws://127.0.0.1:{self.port}/link/?ticket=test"
            self._ready.set()
            await self._server.wait_closed()

        self._loop.run_until_complete(main())

    def start(self) -> MockSocketModeServer:
        self._thread.start()
        self._ready.wait(5)
        return self

    def stop(self) -> None:
        self._loop.call_soon_threadsafe(self._server.close)
        self._thread.join(5)

    def push(self, kind: str, payload: dict[str, Any], *, response: bool = False,
             retry: int = 0) -> str:
        """Send an envelope; `retry` > 0 sends it as Slack's retry number `retry` of an event
        whose acknowledgement did not arrive in time."""
        envelope_id = str(uuid.uuid4())
        envelope: dict[str, Any] = {"envelope_id": envelope_id, "type": kind,
                                    "payload": payload, "accepts_response_payload": response}
        if kind == "events_api":
            envelope["retry_attempt"] = retry
            envelope["retry_reason"] = "timeout" if retry else ""
        assert self._queue is not None
        self._loop.call_soon_threadsafe(self._queue.put_nowait, envelope)
        return envelope_id

    async def wait_ack(self, envelope_id: str, timeout: float = 5.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for ack in list(self.acks):
                if ack.get("envelope_id") == envelope_id:
                    return ack
            await asyncio.sleep(0.02)
        raise AssertionError(f"no ack for {envelope_id}; acks={self.acks}")
