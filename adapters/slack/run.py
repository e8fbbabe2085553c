"""The Slack app over HTTP: its ASGI routes (events, OAuth install) under uvicorn."""

from __future__ import annotations

import logging

import uvicorn
from slack_bolt.adapter.starlette.async_handler import AsyncSlackRequestHandler
from slack_bolt.async_app import AsyncApp
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from adapters.slack.inbound import refusal
from bot import messages

log = logging.getLogger("factbot.slack")

EVENTS_PATH = "/slack/events"
INSTALL_PATH = "/slack/install"
OAUTH_REDIRECT_PATH = "/slack/oauth_redirect"


def asgi_app(app: AsyncApp, *, oauth: bool, signing_secret: str) -> Starlette:
    """The HTTP endpoints: events (signature checked on the raw body before anything reads
    it), and the install pages when OAuth is on."""
    handler = AsyncSlackRequestHandler(app)

    async def events(request: Request) -> Response:
        refused = refusal(signing_secret, await request.body(), request.headers)
        if refused is not None:
            log.info(messages.slack_request_refused(refused.reason),
                     extra={"status": refused.status})
            return JSONResponse({"error": refused.reason}, status_code=refused.status)
        return await handler.handle(request)

    async def endpoint(request: Request) -> Response:
        return await handler.handle(request)

    async def health(request: Request) -> Response:
        return PlainTextResponse("ok")

    routes = [Route(EVENTS_PATH, events, methods=["POST"]),
              Route("/healthz", health, methods=["GET"])]
    if oauth:
        routes += [Route(INSTALL_PATH, endpoint, methods=["GET"]),
                   Route(OAUTH_REDIRECT_PATH, endpoint, methods=["GET"])]
    return Starlette(routes=routes)


def http_server(app: AsyncApp, *, host: str, port: int, oauth: bool,
                signing_secret: str) -> uvicorn.Server:
    config = uvicorn.Config(asgi_app(app, oauth=oauth, signing_secret=signing_secret),
                            host=host, port=port,
                            log_level="warning", lifespan="off", access_log=False)
    return uvicorn.Server(config)
