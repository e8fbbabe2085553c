"""Talking to Slack's Web API: retries on rate limits, failures counted in the metrics and
logged instead of raised."""

from __future__ import annotations

import logging
import re
import sys
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.async_handler import AsyncRetryHandler
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
)
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from bot.ops import metrics

log = logging.getLogger("factbot.slack")

# The names deploy/slack-manifest.yaml registers.
COMMAND = "/factcheck"
MESSAGE_SHORTCUT = "factbot_check_message"
PLATFORM = "slack"
HTTP_OK = 200
# Slack's error codes are short snake_case words; anything else is not made into a label.
ERROR_CODE = re.compile(r"[a-z][a-z0-9_]{0,63}")


class LoggedRateLimitRetryHandler(AsyncRateLimitErrorRetryHandler):
    """Waits out a 429 for as long as Retry-After says, and says so in the log."""

    async def prepare_for_next_attempt_async(self, *, state: RetryState, request: HttpRequest,
                                             response: HttpResponse | None = None,
                                             error: Exception | None = None) -> None:
        if response is not None:
            retry_after = next((v for k, v in response.headers.items()
                                if k.lower() == "retry-after"), ["?"])
            log.warning("Slack rate limit on %s; retrying after %s s", request.url,
                        retry_after[0])
        await super().prepare_for_next_attempt_async(state=state, request=request,
                                                     response=response, error=error)


class ApiErrorCounter(AsyncRetryHandler):
    """Counts the Web API's failures that come as HTTP 200 with `ok: false` (channel_not_found,
    not_in_channel, ...), which the HTTP-level metrics cannot see; it never asks for a retry.

    slack_sdk shows every response to the client's retry handlers (and Bolt gives each
    request's client the app client's handlers), which makes this the one place every call
    passes with its answer read."""

    def __init__(self) -> None:
        # Asked about every attempt, however many the other handlers make.
        super().__init__(max_retry_count=sys.maxsize)

    async def _can_retry_async(self, *, state: RetryState, request: HttpRequest,
                               response: HttpResponse | None = None,
                               error: Exception | None = None) -> bool:
        if response is not None and response.status_code == HTTP_OK:
            body = response.body
            if isinstance(body, dict) and body.get("ok") is False:
                metrics.record_platform_error(PLATFORM, api_error_kind(body.get("error")))
        return False


def api_error_kind(error: object) -> str:
    """The metric label for a Web API error code: `api_<code>`, bounded in shape and length."""
    code = str(error or "")
    return f"api_{code}" if ERROR_CODE.fullmatch(code) else "api_other"


def retry_handlers() -> list[AsyncRetryHandler]:
    return [ApiErrorCounter(), AsyncConnectionErrorRetryHandler(),
            LoggedRateLimitRetryHandler(max_retry_count=3)]


def web_client(token: str | None = None, *, base_url: str | None = None) -> AsyncWebClient:
    kwargs: dict[str, Any] = {"token": token, "retry_handlers": retry_handlers()}
    if base_url:
        kwargs["base_url"] = base_url
    return AsyncWebClient(**kwargs)


async def api_call(what: str, call: Any, **kwargs: Any) -> dict[str, Any] | None:
    """One Web API call that may fail without taking the listener down; failures are logged."""
    try:
        response = await call(**kwargs)
    except SlackApiError as exc:
        log.error("Slack %s failed: %s", what, exc.response.get("error", exc))
        return None
    data = response.data
    return data if isinstance(data, dict) else None


async def respond_to(response_url: str, **message: Any) -> bool:
    """Post an ephemeral message through an interaction's response_url (it works where the app
    is not a channel member, for half an hour after the interaction); False if it failed."""
    webhook = AsyncWebhookClient(response_url, retry_handlers=retry_handlers())
    try:
        answer = await webhook.send_dict({"response_type": "ephemeral",
                                          "replace_original": False, **message})
    except Exception as exc:  # the network or an expired url: the caller falls back
        log.error("Slack response_url failed: %s", type(exc).__name__)
        return False
    if answer.status_code != 200:
        log.error("Slack response_url failed: %s %s", answer.status_code, answer.body[:100])
        return False
    return True
