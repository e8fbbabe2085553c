"""The Slack app over HTTP: its routes (events, OAuth install, health) on aiohttp, the same HTTP
stack as the ops port and the Web API client."""

from __future__ import annotations

import logging

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest

from adapters.slack.inbound import refusal
from bot import messages

log = logging.getLogger("factbot.slack")

EVENTS_PATH = "/slack/events"
INSTALL_PATH = "/slack/install"
OAUTH_REDIRECT_PATH = "/slack/oauth_redirect"
# How long stopping waits for requests under way before closing their connections.
SHUTDOWN_SECONDS = 10.0


def web_app(app: AsyncApp, *, oauth: bool, signing_secret: str) -> web.Application:
    """The HTTP endpoints: events (signature checked on the raw body before anything reads
    it), a health check, and the install pages when OAuth is on."""

    async def events(request: web.Request) -> web.StreamResponse:
        body = await request.read()
        refused = refusal(signing_secret, body, request.headers)
        if refused is not None:
            log.info(messages.slack_request_refused(refused.reason),
                     extra={"status": refused.status})
            return web.json_response({"error": refused.reason}, status=refused.status)
        bolt_request = AsyncBoltRequest(body=body.decode("utf-8"), query=request.query_string,
                                        headers=dict(request.headers))
        return await to_aiohttp_response(await app.async_dispatch(bolt_request))

    async def install(request: web.Request) -> web.StreamResponse:
        flow = app.oauth_flow
        if flow is None:
            raise web.HTTPNotFound()
        bolt_request = await to_bolt_request(request)
        if request.path == INSTALL_PATH:
            return await to_aiohttp_response(await flow.handle_installation(bolt_request))
        return await to_aiohttp_response(await flow.handle_callback(bolt_request))

    async def health(request: web.Request) -> web.StreamResponse:
        return web.Response(text="ok")

    routes = [web.post(EVENTS_PATH, events), web.get("/healthz", health)]
    if oauth:
        routes += [web.get(INSTALL_PATH, install), web.get(OAUTH_REDIRECT_PATH, install)]
    application = web.Application()
    application.add_routes(routes)
    return application


class HttpServer:
    """The routes listening on host:port; stopping lets requests under way finish."""

    def __init__(self, app: AsyncApp, *, host: str, port: int, oauth: bool,
                 signing_secret: str) -> None:
        self.host, self.requested_port = host, port
        self.runner = web.AppRunner(web_app(app, oauth=oauth, signing_secret=signing_secret),
                                    handle_signals=False, access_log=None,
                                    shutdown_timeout=SHUTDOWN_SECONDS)
        self.started = False

    async def start(self) -> None:
        await self.runner.setup()
        try:
            await web.TCPSite(self.runner, self.host, self.requested_port).start()
        except OSError as exc:
            await self.runner.cleanup()
            raise OSError(f"cannot listen on {self.host}:{self.requested_port}: {exc}") from exc
        self.started = True

    @property
    def port(self) -> int | None:
        """The bound port once started (useful when configured as 0)."""
        for address in self.runner.addresses if self.started else ():
            return int(address[1])
        return None

    async def stop(self) -> None:
        if self.started:
            self.started = False
            await self.runner.cleanup()


def http_server(app: AsyncApp, *, host: str, port: int, oauth: bool,
                signing_secret: str) -> HttpServer:
    return HttpServer(app, host=host, port=port, oauth=oauth, signing_secret=signing_secret)
