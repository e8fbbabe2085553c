"""The desk's aiohttp application: sign-in, sessions, CSRF, the moderator check, and pages.

Pages work through the seam every front end calls (`bot.chat.seam.Desk`); the store itself
is used only for the desk's own sessions and sign-in attempts."""

from __future__ import annotations

import hmac
import logging
from collections.abc import Awaitable, Callable, Collection, MutableMapping
from datetime import timedelta
from pathlib import Path
from typing import Any

import jinja2
from aiohttp import web

from bot import messages
from bot.chat.seam import Desk
from bot.moderation.permissions import Role, Standing, role_of
from bot.moderation.types import Actor, ServerKey
from bot.store.cipher import SecretKeyMissing, TokenCipher
from bot.store.database import Database
from bot.store.schema import utcnow
from bot.web import platforms, sessions
from bot.web.config import DeskConfig
from bot.web.proxies import as_client_sees_it
from bot.web.sessions import DeskSession, ServerAccess

log = logging.getLogger("factbot.web")

HERE = Path(__file__).resolve().parent
COOKIE = "factbot_desk"
DESK = web.AppKey("desk", Desk)
STORE = web.AppKey("store", Database)    # the desk's sessions and sign-in attempts
CIPHER = web.AppKey("cipher", TokenCipher)
# The largest request body read: an import's file (up to 5 MB, as a pack file) carried to its
# confirm step in base64.
MAX_BODY = 8 * 1024 * 1024
CONFIG = web.AppKey("config", DeskConfig)
TEMPLATES = web.AppKey("templates", jinja2.Environment)
SESSION: web.RequestKey[DeskSession | None] = web.RequestKey("session")
SERVER_NAME = web.RequestKey("server_name", str)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def templates() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"),
                             autoescape=True, undefined=jinja2.StrictUndefined)
    env.globals["t"] = messages.DESK_TEXT
    env.globals["verdict_label"] = messages.verdict_label
    return env


def render(request: web.Request, name: str, *, status: int = 200,
           **context: Any) -> web.Response:
    session: DeskSession | None = request.get(SESSION)
    page = request.app[TEMPLATES].get_template(name).render(
        session=session, csrf=session.csrf if session else "",
        notice=request.query.get("notice", ""),
        signed_in_as=messages.desk_signed_in_as(session.display or session.user_id,
                                                session.platform) if session else "",
        **context)
    return web.Response(text=page, status=status, content_type="text/html", charset="utf-8")


def problem(request: web.Request, status: int, text: str) -> web.Response:
    return render(request, "problem.html", status=status, message=text)


# -- middlewares -------------------------------------------------------------------------------

@web.middleware
async def client_view(request: web.Request, handler: Handler) -> web.StreamResponse:
    """The client's address and scheme, from a trusted proxy's headers (`bot.web.proxies`)."""
    return await handler(as_client_sees_it(request, request.app[CONFIG].trusted_proxies))


@web.middleware
async def security_headers(request: web.Request, handler: Handler) -> web.StreamResponse:
    """On every answer, redirects (raised) included."""
    try:
        response = await handler(request)
    except web.HTTPException as exc:
        _secure(exc.headers, request)
        raise
    _secure(response.headers, request)
    return response


def _secure(headers: MutableMapping[str, str], request: web.Request) -> None:
    if request.secure:
        headers.setdefault("Strict-Transport-Security", "max-age=31536000")
    headers.setdefault("Content-Security-Policy",
                       "default-src 'self'; form-action 'self'; frame-ancestors 'none'")
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Referrer-Policy", "same-origin")
    headers.setdefault("Cache-Control", "no-store")


@web.middleware
async def session_and_csrf(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Load the session from its cookie; refuse any POST without the session's CSRF token."""
    token = request.cookies.get(COOKIE)
    session = (await sessions.load_session(request.app[STORE], request.app[CIPHER], token)
               if token else None)
    request[SESSION] = session
    if request.method == "POST":
        form = await request.post()
        sent = str(form.get("csrf", ""))
        if session is None:
            return problem(request, 403, messages.desk_signin_needed())
        if not hmac.compare_digest(sent.encode(), session.csrf.encode()):
            return problem(request, 403, messages.desk_csrf_failed())
    return await handler(request)


# -- who may do what ---------------------------------------------------------------------------

async def current_servers(request: web.Request, session: DeskSession) -> list[ServerAccess]:
    """What the platform says about the person's servers: re-read from it once the session's
    copy is older than `recheck_seconds`."""
    config = request.app[CONFIG]
    age = utcnow() - session.checked_at
    if age < timedelta(seconds=config.recheck_seconds):
        return list(session.servers)
    desk = request.app[DESK]
    try:
        found = await platforms.servers_of(config, session.platform, session.user_id,
                                           session.team_id, session.access_token,
                                           lambda key: _named_roles(desk, key))
    except platforms.SignInFailed as exc:
        # Not confirmed is not allowed: refused until the platform answers again.
        log.warning("desk recheck failed", extra={"platform": session.platform,
                                                  "reason": str(exc),
                                                  "address": request.remote})
        raise web.HTTPForbidden(text=messages.desk_recheck_failed(session.platform)) from exc
    await sessions.save_servers(request.app[STORE], session.token_hash, found)
    return found


async def _named_roles(desk: Desk, key: str) -> tuple[str, ...]:
    return tuple((await desk.settings(ServerKey.parse(key))).moderator_roles)


async def moderated_servers(request: web.Request,
                            session: DeskSession) -> list[tuple[ServerAccess, ServerKey]]:
    """The servers the person moderates now, by the adapters' rule and current settings."""
    desk = request.app[DESK]
    found = []
    for access in await current_servers(request, session):
        server = ServerKey.parse(access.key)
        settings = await desk.settings(server)
        if _moderates(settings.moderator_roles, access.roles, admin=access.admin):
            found.append((access, server))
    return found


class Moderating:
    """The server a page works on, after checking its reader moderates it."""

    def __init__(self, server: ServerKey, access: ServerAccess, actor: Actor) -> None:
        self.server = server
        self.access = access
        self.actor = actor


async def moderating(request: web.Request) -> Moderating:
    """The request's server, or an HTTP error: sign in first, or not a moderator there.

    Asked on every request: what the platform says (re-read once older than the re-check
    period) and the server's moderator roles as its settings are now."""
    session = request.get(SESSION)
    if session is None:
        raise web.HTTPSeeOther("/signin")
    try:
        server = ServerKey.parse(request.match_info["server"])
    except ValueError:
        raise web.HTTPNotFound() from None
    access = next((a for a in await current_servers(request, session)
                   if a.key == str(server)), None)
    if access is not None:
        settings = await request.app[DESK].settings(server)
        if _moderates(settings.moderator_roles, access.roles, admin=access.admin):
            request[SERVER_NAME] = access.name
            return Moderating(server, access, Actor(session.platform, session.user_id,
                                                    session.display))
    raise web.HTTPForbidden(text=messages.desk_not_moderator(str(server)))


# -- sign-in -----------------------------------------------------------------------------------

async def index(request: web.Request) -> web.StreamResponse:
    session: DeskSession | None = request.get(SESSION)
    if session is None:
        raise web.HTTPSeeOther("/signin")
    servers = await moderated_servers(request, session)
    return render(request, "index.html", servers=[(a.name, str(k)) for a, k in servers])


async def signin_page(request: web.Request) -> web.StreamResponse:
    platforms_on = [p.platform for p in request.app[CONFIG].providers]
    return render(request, "signin.html", platforms=platforms_on,
                  error=request.query.get("error", ""))


async def signin_start(request: web.Request) -> web.StreamResponse:
    platform = request.match_info["platform"]
    config = request.app[CONFIG]
    app = config.provider(platform)
    if app is None:
        return problem(request, 404, messages.desk_platform_unavailable(platform))
    state = await sessions.start_signin(request.app[STORE], platform,
                                        request.remote or "", limit=config.signin_limit,
                                        window_minutes=config.signin_window_minutes)
    if state is None:
        log.info("desk sign-in throttled", extra={"platform": platform,
                                                  "address": request.remote})
        return problem(request, 429, messages.desk_signin_throttled(
            config.signin_window_minutes))
    raise web.HTTPFound(platforms.authorize_url(app, state, config.redirect_uri(platform)))


async def signin_callback(request: web.Request) -> web.StreamResponse:
    platform = request.match_info["platform"]
    config = request.app[CONFIG]
    desk, store = request.app[DESK], request.app[STORE]
    app = config.provider(platform)
    if app is None:
        return problem(request, 404, messages.desk_platform_unavailable(platform))
    state, code = request.query.get("state", ""), request.query.get("code", "")
    if not state or not await sessions.take_state(store, state, platform):
        return problem(request, 400, messages.desk_signin_expired())
    if not code:
        return problem(request, 400, messages.desk_signin_failed(
            platform, request.query.get("error", "no code")))
    try:
        who = await platforms.sign_in(app, code, config.redirect_uri(platform))
        servers = await platforms.servers_of(config, platform, who.user_id, who.team_id,
                                             who.access_token, lambda k: _named_roles(desk, k))
    except platforms.SignInFailed as exc:
        log.warning("desk sign-in failed", extra={"platform": platform, "reason": str(exc),
                                                  "address": request.remote})
        return problem(request, 502, messages.desk_signin_failed(platform, str(exc)))
    token = await sessions.create_session(
        store, request.app[CIPHER], platform=platform, user_id=who.user_id,
        display=who.display, team_id=who.team_id, access_token=who.access_token,
        servers=servers, hours=config.session_hours)
    response = web.HTTPSeeOther("/")
    # Secure when set so, and whenever the client came over HTTPS (itself, or as a trusted
    # proxy that ended TLS says).
    response.set_cookie(COOKIE, token, max_age=config.session_hours * 3600, path="/",
                        secure=config.secure_cookies or request.secure, httponly=True,
                        samesite="Lax")
    log.info("desk sign-in", extra={"platform": platform, "user": who.user_id,
                                    "address": request.remote})
    raise response


async def signout(request: web.Request) -> web.StreamResponse:
    session = request[SESSION]
    assert session is not None   # POSTs without one are refused before
    await sessions.end_session(request.app[STORE], session.token_hash)
    response = web.HTTPSeeOther("/signin")
    response.del_cookie(COOKIE, path="/")
    raise response


async def not_found_page(request: web.Request) -> web.StreamResponse:
    return problem(request, 404, messages.desk_not_found())


@web.middleware
async def worded_errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    """HTTP errors as pages a person can read (redirects pass through)."""
    try:
        return await handler(request)
    except web.HTTPException as exc:
        if exc.status == 413:
            return problem(request, 413, messages.desk_body_too_large(MAX_BODY // 1024 // 1024))
        if exc.status in (403, 404):
            text = exc.text if exc.status == 403 and exc.text and not exc.text.startswith(
                "403") else (messages.desk_not_found() if exc.status == 404
                             else messages.desk_signin_needed())
            return problem(request, exc.status, text)
        raise


def build_app(desk: Desk, store: Database, config: DeskConfig) -> web.Application:
    """The desk over `desk` (the seam), keeping its sessions in `store`; SecretKeyMissing
    when the config has no key to encrypt the sessions' access tokens with."""
    from bot.web import draft_pages, pages, settings_pages, stats_pages, transfer_pages

    if config.cipher is None:
        raise SecretKeyMissing("the desk's sign-in tokens")
    app = web.Application(middlewares=[client_view, security_headers, worded_errors,
                                       session_and_csrf], client_max_size=MAX_BODY)
    app[DESK] = desk
    app[STORE] = store
    app[CIPHER] = config.cipher
    app[CONFIG] = config
    app[TEMPLATES] = templates()
    app.router.add_get("/", index)
    app.router.add_get("/signin", signin_page)
    app.router.add_get("/signin/{platform}", signin_start)
    app.router.add_get("/auth/{platform}/callback", signin_callback)
    app.router.add_post("/signout", signout)
    app.router.add_static("/static", HERE / "static")
    pages.add_routes(app)
    draft_pages.add_draft_routes(app)
    stats_pages.add_routes(app)
    settings_pages.add_routes(app)
    transfer_pages.add_routes(app)
    return app


def _moderates(moderator_roles: Collection[str], roles: Collection[str], *, admin: bool) -> bool:
    """The adapters' rule (bot.moderation.permissions), from what the platform said at sign-in
    or at the last recheck."""
    standing = Standing(admin=admin, groups=frozenset(str(r) for r in roles))
    return role_of(standing, moderator_roles) >= Role.MODERATOR
