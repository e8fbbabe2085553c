"""Platform errors and rate limits, counted where every platform call passes: the HTTP client.

discord.py and slack_sdk both talk to their platforms through aiohttp, and aiohttp calls trace
hooks on every request; counting there needs nothing from the adapters' own code.
"""

from __future__ import annotations

from types import SimpleNamespace

import aiohttp

from bot.ops import metrics

TOO_MANY_REQUESTS = 429


def http_trace(platform: str) -> aiohttp.TraceConfig:
    """A trace that counts 429 answers as rate limits and other failures as platform errors."""
    trace = aiohttp.TraceConfig()

    async def on_end(session: aiohttp.ClientSession, context: SimpleNamespace,
                     params: aiohttp.TraceRequestEndParams) -> None:
        status = params.response.status
        if status == TOO_MANY_REQUESTS:
            metrics.record_rate_limit(platform)
        elif status >= 400:
            metrics.record_platform_error(platform, f"http_{status}")

    async def on_exception(session: aiohttp.ClientSession, context: SimpleNamespace,
                           params: aiohttp.TraceRequestExceptionParams) -> None:
        metrics.record_platform_error(platform, type(params.exception).__name__)

    trace.on_request_end.append(on_end)
    trace.on_request_exception.append(on_exception)
    trace.freeze()
    return trace
