"""The desk behind a balancer: the client's address (sign-in rate limit, logs) and scheme (secure
cookies) come from X-Forwarded-For and X-Forwarded-Proto only when the peer sending them is a
trusted proxy; from anyone else the headers are ignored."""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import AsyncIterator

import aiohttp
import pytest
import pytest_asyncio
from desk_support import serving
from oauth_fake import MANAGE_GUILD, OAuthFake, Person
from sqlalchemy import text

from bot.web.proxies import client_address, client_scheme

pytest_plugins = ["store_fixtures"]

LOCAL = (ipaddress.ip_network("127.0.0.1/32"),)          # the tests' own peer is the proxy
ELSEWHERE = (ipaddress.ip_network("10.0.0.0/8"),)        # the tests' peer is not a proxy
CHAIN = (ipaddress.ip_network("127.0.0.1/32"), ipaddress.ip_network("10.0.0.0/8"))
ADA = Person("5001", "Ada", guilds={"111": ("Alpha", MANAGE_GUILD, ())})

# peer, X-Forwarded-For headers, trusted proxies -> the client's address
ADDRESSES: list[tuple[str, list[str], tuple[ipaddress.IPv4Network, ...], str]] = [
    ("203.0.113.9", ["198.51.100.1"], ELSEWHERE, "203.0.113.9"),        # not a proxy: ignored
    ("127.0.0.1", ["198.51.100.1"], (), "127.0.0.1"),                   # no proxies set
    ("127.0.0.1", [], LOCAL, "127.0.0.1"),                              # no header
    ("127.0.0.1", ["198.51.100.1"], LOCAL, "198.51.100.1"),
    ("127.0.0.1", ["6.6.6.6, 198.51.100.1"], LOCAL, "198.51.100.1"),   # client-sent part
    ("127.0.0.1", ["6.6.6.6", "198.51.100.1"], LOCAL, "198.51.100.1"),  # two header lines
    ("127.0.0.1", ["198.51.100.1, 10.0.0.2"], CHAIN, "198.51.100.1"),  # two proxies
    ("127.0.0.1", ["10.0.0.3, 10.0.0.2"], CHAIN, "10.0.0.3"),          # proxies only
    ("127.0.0.1", ["198.51.100.1:4711"], LOCAL, "198.51.100.1"),
    ("127.0.0.1", ["[2001:db8::1]:4711"], LOCAL, "2001:db8::1"),
    ("127.0.0.1", ["2001:db8::1"], LOCAL, "2001:db8::1"),
    ("127.0.0.1", ["198.51.100.1, not-an-address"], LOCAL, "127.0.0.1"),
    ("::ffff:127.0.0.1", ["198.51.100.1"], LOCAL, "198.51.100.1"),
]


@pytest.mark.parametrize(("peer", "headers", "proxies", "client"), ADDRESSES)
def test_the_client_address(peer: str, headers: list[str],
                            proxies: tuple[ipaddress.IPv4Network, ...], client: str) -> None:
    assert client_address(peer, headers, proxies) == client


@pytest.mark.parametrize(("peer", "proto", "proxies", "scheme"), [
    ("127.0.0.1", "https", LOCAL, "https"),
    ("127.0.0.1", "HTTPS, http", LOCAL, "https"),
    ("127.0.0.1", "gopher", LOCAL, "http"),
    ("127.0.0.1", None, LOCAL, "http"),
    ("127.0.0.1", "https", ELSEWHERE, "http"),
])
def test_the_client_scheme(peer: str, proto: str | None,
                           proxies: tuple[ipaddress.IPv4Network, ...], scheme: str) -> None:
    assert client_scheme(peer, proto, "http", proxies) == scheme


@pytest_asyncio.fixture
async def fake() -> AsyncIterator[OAuthFake]:
    oauth = OAuthFake()
    oauth.add(Person(ADA.user_id, ADA.name, dict(ADA.guilds)))
    await oauth.start()
    yield oauth
    await oauth.stop()


def addresses(caplog: pytest.LogCaptureFixture, message: str) -> list[str]:
    return [str(getattr(r, "address", "")) for r in caplog.records
            if r.name == "factbot.web" and r.getMessage() == message]


async def start_signin(http: aiohttp.ClientSession, base: str, forwarded_for: str) -> int:
    async with http.get(f"{base}/signin/discord", allow_redirects=False,
                        headers={"X-Forwarded-For": forwarded_for}) as r:
        return r.status


@pytest.mark.asyncio
async def test_a_spoofed_header_from_an_untrusted_peer_is_ignored(
        db_url: str, fake: OAuthFake, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, "factbot.web")
    async with serving(db_url, fake, signin_limit=2, trusted_proxies=ELSEWHERE) as (base, mod), \
            aiohttp.ClientSession() as http:
        # A new made-up address each time does not get around the limit.
        statuses = [await start_signin(http, base, f"203.0.113.{n}") for n in range(3)]
        assert statuses == [302, 302, 429]
        assert addresses(caplog, "desk sign-in throttled") == ["127.0.0.1"]
        async with mod.db.read() as conn:
            kept = {r[0] for r in await conn.execute(text("SELECT address FROM web_signins"))}
        assert kept == {"127.0.0.1"}


@pytest.mark.asyncio
async def test_behind_a_trusted_proxy_each_client_has_its_own_limit_and_log_line(
        db_url: str, fake: OAuthFake, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, "factbot.web")
    async with serving(db_url, fake, signin_limit=2, trusted_proxies=LOCAL) as (base, mod), \
            aiohttp.ClientSession() as http:
        first = [await start_signin(http, base, "6.6.6.6, 203.0.113.7") for _ in range(3)]
        assert first == [302, 302, 429]
        assert await start_signin(http, base, "198.51.100.9") == 302   # another client
        assert addresses(caplog, "desk sign-in throttled") == ["203.0.113.7"]
        async with mod.db.read() as conn:
            kept = {r[0] for r in await conn.execute(text("SELECT address FROM web_signins"))}
        assert kept == {"203.0.113.7", "198.51.100.9"}


async def sign_in_through(http: aiohttp.ClientSession, base: str, fake: OAuthFake,
                          headers: dict[str, str]) -> aiohttp.ClientResponse:
    """Every step of a sign-in, the desk's with `headers` as a proxy would add them; the
    callback's answer."""
    fake.next_user = ADA.user_id
    async with http.get(f"{base}/signin/discord", allow_redirects=False,
                        headers=headers) as r:
        to_fake = r.headers["Location"]
    async with http.get(to_fake, allow_redirects=False) as r:
        callback = r.headers["Location"]
    async with http.get(callback, allow_redirects=False, headers=headers) as r:
        await r.read()
        return r


def cookie_flags(response: aiohttp.ClientResponse) -> set[str]:
    [cookie] = [c for c in response.headers.getall("Set-Cookie") if c.startswith("factbot_desk=")]
    return {part.strip().lower() for part in cookie.split(";")[1:]}


@pytest.mark.asyncio
async def test_secure_cookies_behind_a_proxy_that_ends_tls(
        db_url: str, fake: OAuthFake, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, "factbot.web")
    tls = {"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.7"}
    # secure_cookies off, as for trying the desk over plain HTTP: HTTPS still gets Secure.
    async with serving(db_url, fake, secure_cookies=False, trusted_proxies=LOCAL) as (base, _), \
            aiohttp.ClientSession(cookie_jar=aiohttp.DummyCookieJar()) as http:
        done = await sign_in_through(http, base, fake, tls)
        assert done.status == 303 and "secure" in cookie_flags(done)
        assert done.headers["Strict-Transport-Security"].startswith("max-age=")
        assert addresses(caplog, "desk sign-in") == ["203.0.113.7"]
        plain = await sign_in_through(http, base, fake, {})
        assert "secure" not in cookie_flags(plain)
        assert "Strict-Transport-Security" not in plain.headers
    # The same headers from a peer that is not a trusted proxy change nothing.
    async with serving(db_url, fake, secure_cookies=False,
                       trusted_proxies=ELSEWHERE) as (base, _), \
            aiohttp.ClientSession(cookie_jar=aiohttp.DummyCookieJar()) as http:
        spoofed = await sign_in_through(http, base, fake, tls)
        assert spoofed.status == 303 and "secure" not in cookie_flags(spoofed)
        assert "Strict-Transport-Security" not in spoofed.headers
        assert addresses(caplog, "desk sign-in")[-1] == "127.0.0.1"

