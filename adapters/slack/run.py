"""The Slack app over HTTP: its ASGI routes (events, OAuth install) under uvicorn."""

from __future__ import annotations

import uvicorn
from slack_bolt.adapter.starlette.async_handler import AsyncSlackRequestHandler
from slack_bolt.async_app import AsyncApp
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

EVENTS_PATH = "/slack/events"
INSTALL_PATH = "/slack/install"
OAUTH_REDIRECT_PATH = "/slack/oauth_redirect"


def asgi_app(app: AsyncApp, *, oauth: bool) -> Starlette:
    """The HTTP endpoints: events, and the install pages when OAuth is on."""
    handler = AsyncSlackRequestHandler(app)

    async def endpoint(request: Request) -> Response:
        return await handler.handle(request)

    async def health(request: Request) -> Response:
        return PlainTextResponse("ok")

    routes = [Route(EVENTS_PATH, endpoint, methods=["POST"]),
              Route("/healthz", health, methods=["GET"])]
    if oauth:
        routes += [Route(INSTALL_PATH, endpoint, methods=["GET"]),
                   Route(OAUTH_REDIRECT_PATH, endpoint, methods=["GET"])]
    return Starlette(routes=routes)


def http_server(app: AsyncApp, *, host: str, port: int, oauth: bool) -> uvicorn.Server:
    # log_config=None: uvicorn's records go to the process's own handlers (JSON in the JSON
    # log mode) instead of the plain-text handlers uvicorn would install on its loggers.
    config = uvicorn.Config(asgi_app(app, oauth=oauth), host=host, port=port,
                            log_level="warning", lifespan="off", access_log=False,
                            log_config=None)
    return uvicorn.Server(config)
