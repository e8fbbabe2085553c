"""What every server page's template needs for its heading and navigation."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from bot.moderation.types import ServerKey
from bot.web.app import SERVER_NAME
from bot.web.pages import server_url


def server_context(request: web.Request, server: ServerKey, section: str) -> dict[str, Any]:
    """The server's key and name, the page's section (marked in the navigation) and the
    address its pages are under."""
    return {"server": str(server), "server_name": request.get(SERVER_NAME, str(server)),
            "section": section, "base": server_url(server).rstrip("/")}
