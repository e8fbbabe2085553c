"""The desk served for real on 127.0.0.1 over a real store, through the seam as `factbot run`
serves it, and a cookie-keeping client."""

from __future__ import annotations

import html
import re
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from typing import Any

import aiohttp
from aiohttp.test_utils import TestServer
from oauth_fake import BOT_TOKEN, CLIENT_ID, CLIENT_SECRET, OAuthFake
from yarl import URL

from bot.chat.observe import ObservedDesk
from bot.moderation import Moderation
from bot.packs.paths import bundled_facts_dir
from bot.store.cipher import TokenCipher, new_key
from bot.web.app import COOKIE, build_app
from bot.web.config import DeskConfig, ProviderApp

# The secret key the desks under test encrypt their sessions' tokens with.
KEY = new_key()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def desk_config(fake: OAuthFake, port: int, **overrides: Any) -> DeskConfig:
    config = DeskConfig(
        public_url=f"http://127.0.0.1:{port}",
        providers=(ProviderApp("discord", CLIENT_ID, CLIENT_SECRET, fake.url),
                   ProviderApp("slack", CLIENT_ID, CLIENT_SECRET, fake.url)),
        recheck_seconds=0, discord_bot_token=BOT_TOKEN, discord_api_url=f"{fake.url}/api",
        slack_bot_token=BOT_TOKEN, slack_api_url=f"{fake.url}/api/",
        cipher=TokenCipher((KEY,)))
    return replace(config, **overrides)


@asynccontextmanager
async def serving(db_url: str, fake: OAuthFake, **overrides: Any) -> AsyncIterator[
        tuple[str, Moderation]]:
    """A desk instance over `db_url`: its base URL and its own Moderation service."""
    mod = await Moderation.open(db_url, packs=[bundled_facts_dir()], refresh_s=0.2,
                                pack_poll_s=0.0)
    port = free_port()
    server = TestServer(build_app(ObservedDesk(mod), mod.db,
                                  desk_config(fake, port, **overrides)),
                        host="127.0.0.1", port=port)
    await server.start_server()
    try:
        yield f"http://127.0.0.1:{port}", mod
    finally:
        await server.close()
        await mod.close()


CSRF = re.compile(r'name="csrf" value="([^"]+)"')


class Browser:
    """Follows redirects and keeps cookies, like a browser would, Secure ones included for
    the desk's own origin."""

    def __init__(self, base: str, *, cookie: str = "") -> None:
        self.base = base
        jar = aiohttp.CookieJar(unsafe=True, treat_as_secure_origin=[base])
        if cookie:   # the cookie another instance behind the same balancer set
            jar.update_cookies({COOKIE: cookie}, URL(base))
        self.http = aiohttp.ClientSession(cookie_jar=jar)
        self.csrf = ""
        self.set_cookies: list[str] = []

    async def close(self) -> None:
        await self.http.close()

    def cookie(self) -> str:
        for c in self.http.cookie_jar:
            if c.key == COOKIE:
                return c.value
        return ""

    async def get(self, path: str, **kwargs: Any) -> tuple[int, str]:
        async with self.http.get(self._url(path), **kwargs) as r:
            for h in r.history:
                self.set_cookies += h.headers.getall("Set-Cookie", [])
            text = await r.text()
        found = CSRF.search(text)
        if found:
            self.csrf = found.group(1)
        return r.status, text

    async def post(self, path: str, data: dict[str, str] | None = None, *,
                   csrf: str | None = None) -> tuple[int, str]:
        form = {"csrf": self.csrf if csrf is None else csrf, **(data or {})}
        async with self.http.post(self._url(path), data=form) as r:
            return r.status, await r.text()

    def _url(self, path: str) -> str:
        return path if path.startswith("http") else self.base + path

    async def sign_in(self, platform: str = "discord") -> tuple[int, str]:
        return await self.get(f"/signin/{platform}")


async def signed_in(base: str, fake: OAuthFake, user: str, platform: str = "discord") -> Browser:
    """A browser signed in to the desk at `base` as `user` of the fake."""
    fake.next_user = user
    browser = Browser(base)
    status, page = await browser.sign_in(platform)
    assert status == 200, page
    return browser


def text_of(page: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", page))
