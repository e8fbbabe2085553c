"""Serving the Slack app: Socket Mode by default, or HTTP under uvicorn; settings from the env."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass

import uvicorn
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.adapter.starlette.async_handler import AsyncSlackRequestHandler
from slack_bolt.async_app import AsyncApp
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from bot import messages

log = logging.getLogger("factbot.slack")

EVENTS_PATH = "/slack/events"
INSTALL_PATH = "/slack/install"
OAUTH_REDIRECT_PATH = "/slack/oauth_redirect"


class SlackConfigError(Exception):
    """Settings the Slack adapter cannot start with; the message names every missing one."""


@dataclass(frozen=True, slots=True)
class SlackRunConfig:
    """Tokens and mode, read once from the environment. Never logged."""

    http_port: int | None
    host: str
    bot_token: str | None
    app_token: str | None
    signing_secret: str | None
    client_id: str | None
    client_secret: str | None

    @property
    def oauth(self) -> bool:
        """Several workspaces: installs go through OAuth and tokens live in the database."""
        return bool(self.client_id and self.client_secret)

    @classmethod
    def from_env(cls, env: Mapping[str, str], *, http_port: int | None,
                 host: str = "0.0.0.0") -> SlackRunConfig:
        def get(name: str) -> str | None:
            return env.get(name, "").strip() or None

        config = cls(http_port=http_port, host=host, bot_token=get("SLACK_BOT_TOKEN"),
                     app_token=get("SLACK_APP_TOKEN"),
                     signing_secret=get("SLACK_SIGNING_SECRET"),
                     client_id=get("SLACK_CLIENT_ID"), client_secret=get("SLACK_CLIENT_SECRET"))
        missing = config.missing()
        if missing:
            raise SlackConfigError(messages.slack_missing_env(missing, http_port is not None))
        problems = []
        if config.bot_token and not config.bot_token.startswith("xoxb-"):
            problems.append(messages.slack_bad_token("SLACK_BOT_TOKEN", "xoxb-"))
        if http_port is None and config.app_token and not config.app_token.startswith("xapp-"):
            problems.append(messages.slack_bad_token("SLACK_APP_TOKEN", "xapp-"))
        if problems:
            raise SlackConfigError("\n".join(problems))
        return config

    def missing(self) -> list[str]:
        names = []
        if self.http_port is None:
            if not self.app_token:
                names.append("SLACK_APP_TOKEN")
            if not self.bot_token:
                names.append("SLACK_BOT_TOKEN")
            return names
        if not self.signing_secret:
            names.append("SLACK_SIGNING_SECRET")
        if not self.bot_token and not self.oauth:
            names.append("SLACK_BOT_TOKEN")
        return names


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
    config = uvicorn.Config(asgi_app(app, oauth=oauth), host=host, port=port,
                            log_level="warning", lifespan="off", access_log=False)
    return uvicorn.Server(config)


async def serve_socket_mode(app: AsyncApp, app_token: str) -> None:
    handler = AsyncSocketModeHandler(app, app_token)
    log.info("Slack: connecting in Socket Mode")
    await handler.start_async()  # type: ignore[no-untyped-call]


async def serve_http(app: AsyncApp, *, host: str, port: int, oauth: bool) -> None:
    log.info("Slack: serving HTTP on %s:%s", host, port)
    await http_server(app, host=host, port=port, oauth=oauth).serve()
