"""A local fake of the Discord OAuth2 and Sign in with Slack (OpenID Connect) endpoints, and of
the few bot API calls the desk makes to read roles, on 127.0.0.1.

It enforces what the real ones do that matters to a sign-in: the client id and secret, the
requested scopes, a state passed back unchanged, the same redirect_uri at both steps, and codes
that work once. People "consent" at once: the authorize endpoint redirects straight back; with
`consent` on, it shows a page first, as the real ones do, whose Authorize button (a form post)
sends the person back with the code, and whose Cancel button with error=access_denied.
"""

from __future__ import annotations

import html
import secrets
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from aiohttp import web

CLIENT_ID = "desk-client"
CLIENT_SECRET = "desk-secret"
BOT_TOKEN = "bot-token-for-roles"
MANAGE_GUILD = 1 << 5


@dataclass
class Person:
    user_id: str
    name: str
    # Discord: guild id -> (guild name, permission bits, role ids)
    guilds: dict[str, tuple[str, int, tuple[str, ...]]] = field(default_factory=dict)
    # Slack: workspace and flags
    team_id: str = ""
    is_admin: bool = False


@dataclass
class Grant:
    user_id: str
    redirect_uri: str
    client_id: str


class OAuthFake:
    def __init__(self) -> None:
        self.people: dict[str, Person] = {}
        self.next_user = ""
        self.codes: dict[str, Grant] = {}
        self.tokens: dict[str, str] = {}
        self.usergroups: dict[str, list[str]] = {}
        self.guild_reads = 0
        self.refused: list[str] = []
        self.consent = False
        self.url = ""
        self._runner: web.AppRunner | None = None

    def add(self, person: Person) -> Person:
        self.people[person.user_id] = person
        return person

    async def start(self) -> str:
        app = web.Application()
        app.router.add_get("/oauth2/authorize", self.discord_authorize)
        app.router.add_post("/oauth2/authorize", self.consented)
        app.router.add_post("/api/oauth2/token", self.discord_token)
        app.router.add_get("/api/users/@me", self.discord_me)
        app.router.add_get("/api/users/@me/guilds", self.discord_guilds)
        app.router.add_get("/api/guilds/{guild}/members/{user}", self.discord_member)
        app.router.add_get("/openid/connect/authorize", self.slack_authorize)
        app.router.add_post("/openid/connect/authorize", self.consented)
        app.router.add_post("/api/openid.connect.token", self.slack_token)
        app.router.add_get("/api/openid.connect.userInfo", self.slack_userinfo)
        app.router.add_post("/api/users.info", self.slack_users_info)
        app.router.add_post("/api/usergroups.users.list", self.slack_usergroup)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"
        return self.url

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    # -- shared steps ------------------------------------------------------------------------

    def _refuse(self, why: str, status: int = 400) -> web.Response:
        self.refused.append(why)
        return web.json_response({"ok": False, "error": why}, status=status)

    def _authorize(self, request: web.Request, scopes: set[str]) -> web.StreamResponse:
        q = request.query
        if q.get("client_id") != CLIENT_ID:
            return self._refuse("invalid_client")
        if q.get("response_type") != "code":
            return self._refuse("unsupported_response_type")
        if not scopes <= set(q.get("scope", "").split()):
            return self._refuse("invalid_scope")
        if not q.get("state") or not q.get("redirect_uri"):
            return self._refuse("invalid_request")
        if self.consent:
            return self._consent_page(request)
        raise web.HTTPFound(self._grant(q["redirect_uri"], q["client_id"], q["state"]))

    def _grant(self, redirect_uri: str, client_id: str, state: str) -> str:
        code = secrets.token_urlsafe(16)
        self.codes[code] = Grant(self.next_user, redirect_uri, client_id)
        return f"{redirect_uri}?{urlencode({'code': code, 'state': state})}"

    def _consent_page(self, request: web.Request) -> web.Response:
        person = self.people.get(self.next_user)
        keep = "".join(f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(v)}">'
                       for k, v in request.query.items()
                       if k in ("client_id", "redirect_uri", "state"))
        page = (f"<!doctype html><title>Authorize</title><h1>Authorize {CLIENT_ID}</h1>"
                f"<p>Signed in as {html.escape(person.name if person else '?')}.</p>"
                f"<p>It asks for: {html.escape(request.query.get('scope', ''))}</p>"
                f'<form method="post">{keep}<button name="answer" value="yes">Authorize'
                f'</button><button name="answer" value="no">Cancel</button></form>')
        return web.Response(text=page, content_type="text/html")

    async def consented(self, request: web.Request) -> web.StreamResponse:
        form = {k: str(v) for k, v in (await request.post()).items()}
        if not form.get("state") or not form.get("redirect_uri"):
            return self._refuse("invalid_request")
        if form.get("answer") != "yes":
            refused = urlencode({"error": "access_denied", "state": form["state"]})
            raise web.HTTPSeeOther(f"{form['redirect_uri']}?{refused}")
        raise web.HTTPSeeOther(self._grant(form["redirect_uri"], form.get("client_id", ""),
                                           form["state"]))

    async def _exchange(self, request: web.Request) -> tuple[str | None, web.Response | None]:
        form = await request.post()
        if form.get("client_id") != CLIENT_ID or form.get("client_secret") != CLIENT_SECRET:
            return None, self._refuse("invalid_client", 401)
        grant = self.codes.pop(str(form.get("code", "")), None)   # a code works once
        if grant is None:
            return None, self._refuse("invalid_grant")
        if grant.redirect_uri != form.get("redirect_uri"):
            return None, self._refuse("redirect_uri_mismatch")
        token = secrets.token_urlsafe(16)
        self.tokens[token] = grant.user_id
        return token, None

    def _person(self, request: web.Request) -> Person | None:
        auth = request.headers.get("Authorization", "")
        user = self.tokens.get(auth.removeprefix("Bearer ")) if auth.startswith("Bearer ") else None
        return self.people.get(user) if user else None

    # -- Discord -----------------------------------------------------------------------------

    async def discord_authorize(self, request: web.Request) -> web.StreamResponse:
        return self._authorize(request, {"identify", "guilds"})

    async def discord_token(self, request: web.Request) -> web.Response:
        form = await request.post()
        if form.get("grant_type") != "authorization_code":
            return self._refuse("unsupported_grant_type")
        token, refused = await self._exchange(request)
        if refused is not None:
            return refused
        return web.json_response({"access_token": token, "token_type": "Bearer",
                                  "scope": "identify guilds", "expires_in": 604800})

    async def discord_me(self, request: web.Request) -> web.Response:
        person = self._person(request)
        if person is None:
            return self._refuse("unauthorized", 401)
        return web.json_response({"id": person.user_id, "username": person.name.lower(),
                                  "global_name": person.name})

    async def discord_guilds(self, request: web.Request) -> web.Response:
        person = self._person(request)
        if person is None:
            return self._refuse("unauthorized", 401)
        self.guild_reads += 1
        return web.json_response([
            {"id": gid, "name": name, "owner": False, "permissions": str(bits)}
            for gid, (name, bits, _roles) in person.guilds.items()])

    async def discord_member(self, request: web.Request) -> web.Response:
        if request.headers.get("Authorization") != f"Bot {BOT_TOKEN}":
            return self._refuse("unauthorized", 401)
        person = self.people.get(request.match_info["user"])
        guild = person.guilds.get(request.match_info["guild"]) if person else None
        if guild is None:
            return self._refuse("unknown_member", 404)
        return web.json_response({"roles": list(guild[2])})

    # -- Slack -------------------------------------------------------------------------------

    async def slack_authorize(self, request: web.Request) -> web.StreamResponse:
        return self._authorize(request, {"openid", "profile"})

    async def slack_token(self, request: web.Request) -> web.Response:
        token, refused = await self._exchange(request)
        if refused is not None:
            return refused
        return web.json_response({"ok": True, "access_token": token, "token_type": "Bearer",
                                  "id_token": "not-read-by-the-desk"})

    async def slack_userinfo(self, request: web.Request) -> web.Response:
        person = self._person(request)
        if person is None:
            return web.json_response({"ok": False, "error": "invalid_auth"})
        return web.json_response({"ok": True, "sub": person.user_id, "name": person.name,
                                  "https://slack.com/user_id": person.user_id,
                                  "https://slack.com/team_id": person.team_id})

    def _bot(self, request: web.Request) -> bool:
        return request.headers.get("Authorization") == f"Bearer {BOT_TOKEN}"

    async def slack_users_info(self, request: web.Request) -> web.Response:
        if not self._bot(request):
            return web.json_response({"ok": False, "error": "invalid_auth"})
        person = self.people.get(str((await request.post()).get("user", "")))
        if person is None:
            return web.json_response({"ok": False, "error": "user_not_found"})
        user: dict[str, Any] = {"id": person.user_id, "team_id": person.team_id,
                                "is_admin": person.is_admin, "is_owner": False}
        return web.json_response({"ok": True, "user": user})

    async def slack_usergroup(self, request: web.Request) -> web.Response:
        if not self._bot(request):
            return web.json_response({"ok": False, "error": "invalid_auth"})
        group = str((await request.post()).get("usergroup", ""))
        if group not in self.usergroups:
            return web.json_response({"ok": False, "error": "no_such_subteam"})
        return web.json_response({"ok": True, "users": self.usergroups[group]})
