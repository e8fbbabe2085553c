"""How Slack reaches the app: Socket Mode against a local websocket server, and the OAuth install
flow storing each workspace's token in the fact store's database."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import aiohttp
import pytest
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_mock import (
    FACTS_DIR,
    OAUTH_CLIENT_ID,
    OAUTH_CLIENT_SECRET,
    TOKEN_CIPHER,
    MockSlackAPI,
    MockSocketModeServer,
    block_action,
    event_callback,
    mention_event,
    message_shortcut,
    running_app,
    view_submission,
)
from slack_sdk.oauth.installation_store import Installation
from slack_sdk.oauth.installation_store.sqlalchemy import AsyncSQLAlchemyInstallationStore
from store_support import create_pg_database, drop_pg_database

from adapters.slack.api import web_client
from adapters.slack.app import build_app
from adapters.slack.install import BOT_SCOPES, SealedInstallationStore
from bot.moderation.service import Moderation

pytestmark = pytest.mark.asyncio

SURE = "Chinese troops ambushed a Soviet border patrol in March 1969"


@pytest.fixture
def slack() -> Iterator[MockSlackAPI]:
    api = MockSlackAPI().start()
    yield api
    api.stop()
    assert not api.refused, f"Slack would refuse: {api.refused}"


@pytest.fixture
def socket_server(slack: MockSlackAPI) -> Iterator[MockSocketModeServer]:
    server = MockSocketModeServer().start()
    slack.socket_mode_url = server.url
    yield server
    server.stop()


async def test_socket_mode_round_trip(tmp_path: Path, slack: MockSlackAPI,
                                      socket_server: MockSocketModeServer) -> None:
    async with running_app(tmp_path, slack, reply_mode="private") as bot:
        # as deployed in Socket Mode: a bot token and no signing secret
        app = await build_app(bot.moderation, token="xoxb-test",
                              client=web_client("xoxb-test", base_url=slack.base_url))
        handler = AsyncSocketModeHandler(app, "xapp-1-A0001-test")
        await handler.connect_async()  # type: ignore[no-untyped-call]
        try:
            opened = await slack.wait_for("apps.connections.open")
            assert opened.headers["Authorization"] == "Bearer xapp-1-A0001-test"

            command = {"token": "legacy", "team_id": "T0001", "channel_id": "C0001",
                       "user_id": "UALICE", "command": "/factcheck", "text": SURE,
                       "api_app_id": "A0001", "response_url": slack.response_url("sm"),
                       "trigger_id": "1.2.3"}
            envelope = socket_server.push("slash_commands", command, response=True)
            await socket_server.wait_ack(envelope)
            answer = (await slack.wait_for("/commands/T0001/sm")).body
            assert answer["response_type"] == "ephemeral"
            assert answer["blocks"][0]["type"] == "header"

            empty = socket_server.push("slash_commands", {**command, "text": ""}, response=True)
            assert "Give me a claim" in (await socket_server.wait_ack(empty))["payload"]["text"]

            mention = socket_server.push("events_api", mention_event(SURE))
            await socket_server.wait_ack(mention)
            posted = (await slack.wait_for("chat.postMessage")).body
            assert posted["thread_ts"] == "1700000000.000200"

            shortcut = socket_server.push(
                "interactive", message_shortcut(SURE, slack.response_url("smsc")))
            await socket_server.wait_ack(shortcut)
            await slack.wait_for("/commands/T0001/smsc")

            report = socket_server.push("interactive", block_action(
                "factbot_report", json.dumps({"f": "border-clash-1969", "v": "true", "c": SURE}),
                response_url=slack.response_url("x")))
            await socket_server.wait_ack(report)
            view = (await slack.wait_for("views.open")).body["view"]
            bad = socket_server.push("interactive", view_submission(view, {"reason": "?"}),
                                     response=True)
            ack = await socket_server.wait_ack(bad)
            assert ack["payload"]["response_action"] == "errors"
        finally:
            await handler.close_async()  # type: ignore[no-untyped-call]


async def _install_page(http: aiohttp.ClientSession, base: str) -> tuple[str, dict[str, str]]:
    """The install page's state, and the cookie a browser would send back with it."""
    async with http.get(f"{base}/slack/install") as page:
        assert page.status == 200
        html = await page.text()
        cookie = page.cookies["slack-app-oauth-state"]
        assert cookie["secure"] and cookie["httponly"]
    link = re.search(r'href="(https://slack.com/oauth/v2/authorize[^"]+)"', html)
    assert link is not None
    query = parse_qs(urlparse(link.group(1).replace("&amp;", "&")).query)
    assert query["client_id"] == [OAUTH_CLIENT_ID]
    assert set(query["scope"][0].split(",")) == set(BOT_SCOPES)
    return query["state"][0], {"Cookie": f"slack-app-oauth-state={cookie.value}"}


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh fact database on each backend (PostgreSQL: one made for the test, then dropped)."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'factbot.db'}"
        return
    url = create_pg_database("factbot_slack")
    yield url
    drop_pg_database(url)


async def test_oauth_install_stores_the_workspace_token_beside_the_facts(
        tmp_path: Path, slack: MockSlackAPI, database_url: str) -> None:
    slack.oauth_team = "T0002"
    async with running_app(tmp_path, slack, oauth=True, database_url=database_url) as bot:
        base = bot.url.rsplit("/slack/", 1)[0]
        async with aiohttp.ClientSession() as http:
            state, cookie = await _install_page(http, base)
            # a code Slack does not accept: nothing is stored
            async with http.get(f"{base}/slack/oauth_redirect", headers=cookie,
                                params={"code": "bad-code", "state": state}) as failed:
                assert failed.status >= 400
            # a state that was never issued (or is replayed) is refused before any exchange
            async with http.get(f"{base}/slack/oauth_redirect", headers=cookie,
                                params={"code": "good-code", "state": state}) as replay:
                assert replay.status >= 400
            assert len(slack.calls_to("oauth.v2.access")) == 1
            state, cookie = await _install_page(http, base)
            async with http.get(f"{base}/slack/oauth_redirect", headers=cookie,
                                params={"code": "good-code", "state": state}) as done:
                assert done.status == 200

        exchange = slack.calls_to("oauth.v2.access")[-1]
        assert exchange.body["code"] == "good-code"

        # kept encrypted: slack_sdk's own store reads only the ciphertext
        plain = AsyncSQLAlchemyInstallationStore(client_id=OAUTH_CLIENT_ID,
                                                 engine=bot.moderation.db.engine)
        kept = await plain.async_find_bot(enterprise_id=None, team_id="T0002")
        assert kept is not None and "installed" not in (kept.bot_token or "")
        store = SealedInstallationStore(TOKEN_CIPHER, client_id=OAUTH_CLIENT_ID,
                                        engine=bot.moderation.db.engine)
        installed = await store.async_find_bot(enterprise_id=None, team_id="T0002")
        assert installed is not None and installed.bot_token == "xoxb-installed-T0002"
        assert await store.async_find_bot(enterprise_id=None, team_id="T0001") is None
        assert OAUTH_CLIENT_SECRET not in json.dumps(installed.to_dict(), default=str)

        # the installed workspace is answered with its own token
        await bot.event(mention_event(SURE) | {"team_id": "T0002", "authorizations": [
            {"enterprise_id": None, "team_id": "T0002", "user_id": "UBOT0001",
             "is_bot": True, "is_enterprise_install": False}]})
        posted = await slack.wait_for("chat.postMessage")
        assert posted.headers["Authorization"] == "Bearer xoxb-installed-T0002"

        # a workspace that never installed the app gets nothing
        await bot.event(mention_event(SURE) | {"team_id": "T0003"})
        await slack.settle(0.5)
        assert len(slack.calls_to("chat.postMessage")) == 1

        # uninstalling forgets the workspace's token
        await bot.event(event_callback({"type": "app_uninstalled"}, team="T0002"))
        for _ in range(100):
            if await store.async_find_bot(enterprise_id=None, team_id="T0002") is None:
                break
            await asyncio.sleep(0.05)
        assert await store.async_find_bot(enterprise_id=None, team_id="T0002") is None


async def test_two_instances_starting_together_share_the_stores(database_url: str) -> None:
    first = await Moderation.open(database_url, packs=[FACTS_DIR])
    second = await Moderation.open(database_url, packs=[FACTS_DIR])
    try:
        apps = await asyncio.gather(*(
            build_app(m, db=m.db, signing_secret="secret", client_id=OAUTH_CLIENT_ID,
                      client_secret=OAUTH_CLIENT_SECRET, cipher=TOKEN_CIPHER)
            for m in (first, second)))
        stores = [app.installation_store for app in apps]
        assert stores[0] is not None and stores[1] is not None
        await stores[0].async_save(Installation(
            app_id="A0001", enterprise_id=None, team_id="T0009", user_id="U0009",
            bot_token="xoxb-nine", bot_id="B0009", bot_user_id="U0BOT9"))
        found = await stores[1].async_find_bot(enterprise_id=None, team_id="T0009")
        assert found is not None and found.bot_token == "xoxb-nine"
    finally:
        await first.close()
        await second.close()
