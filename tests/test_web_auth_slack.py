"""Slack workspaces that installed the app through OAuth, on the desk: who moderates them is asked
of Slack (users.info, usergroups.users.list, on the local Slack fake) with the bot token that
workspace installed the app with, kept encrypted in the store; on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio
from desk_support import serving, signed_in, text_of
from oauth_fake import OAuthFake, Person
from slack_mock import TEAM_ID, MockSlackAPI
from slack_sdk.oauth.installation_store import Installation
from store_support import MEMBER, drop_slack_tables

from adapters.slack.install import WorkspaceTokens, oauth_settings
from bot import messages
from bot.moderation import ServerKey
from bot.ops.config import load_settings
from bot.ops.launch import Context, web_service
from bot.ops.ops_http import Readiness
from bot.store.cipher import TokenCipher, new_key
from bot.store.database import Database, database_url
from bot.web.app import CONFIG
from bot.web.service import DeskService

pytest_plugins = ["store_fixtures"]

CLIENT = "1111.2222"
CIPHER = TokenCipher((new_key(),))
INSTALLED = f"xoxb-installed-{TEAM_ID}"
WORKSPACE = ServerKey("slack", TEAM_ID)
OWNER = Person("U1", "Olu", team_id=TEAM_ID)
GROUPIE = Person("U2", "Gus", team_id=TEAM_ID)
PLAIN = Person("U3", "Pat", team_id=TEAM_ID)
ELSEWHERE = Person("U9", "Eve", team_id="T0009")


@pytest_asyncio.fixture
async def fake() -> AsyncIterator[OAuthFake]:
    """Sign in with Slack; what Slack says of members comes from `slack`."""
    oauth = OAuthFake()
    for person in (OWNER, GROUPIE, PLAIN, ELSEWHERE):
        oauth.add(person)
    await oauth.start()
    yield oauth
    await oauth.stop()


@pytest.fixture
def slack() -> Iterator[MockSlackAPI]:
    api = MockSlackAPI().start()
    api.add_user(OWNER.user_id, owner=True)
    for person in (GROUPIE, PLAIN, ELSEWHERE):
        api.add_user(person.user_id)
    api.usergroups["S1"] = [GROUPIE.user_id]
    yield api
    api.stop()


async def install(db: Database, team: str, token: str, cipher: TokenCipher = CIPHER) -> None:
    """What the Slack app's OAuth install keeps for a workspace."""
    oauth = await oauth_settings(db, cipher, client_id=CLIENT, client_secret="secret")
    await oauth.installation_store.async_save(Installation(
        app_id="A1", enterprise_id=None, team_id=team, user_id="UINSTALLER", bot_token=token,
        bot_id="B1", bot_user_id="UBOT"))


@pytest.mark.asyncio
async def test_an_installed_workspaces_members_are_checked_with_its_own_token(
        db_url: str, fake: OAuthFake, slack: MockSlackAPI) -> None:
    lookup_db = Database(database_url(db_url))    # another instance's view of the store
    tokens = WorkspaceTokens(lookup_db, CIPHER, client_id=CLIENT)
    try:
        async with serving(db_url, fake, slack_bot_token=None, slack_api_url=slack.base_url,
                           slack_workspace_token=tokens) as (base, mod):
            await drop_slack_tables(mod.db)
            await install(mod.db, TEAM_ID, INSTALLED)
            await mod.update_settings(WORKSPACE, MEMBER, moderator_roles="S1")
            people = [await signed_in(base, fake, p.user_id, "slack")
                      for p in (OWNER, GROUPIE, PLAIN)]
            try:
                for browser, allowed in zip(people, (True, True, False), strict=True):
                    status, _ = await browser.get(f"/s/slack:{TEAM_ID}/suggestions")
                    assert status == (200 if allowed else 403)
                asked = slack.calls_to("users.info") + slack.calls_to("usergroups.users.list")
                assert asked and {c.headers["Authorization"] for c in asked} == {
                    f"Bearer {INSTALLED}"}
                # Taken out of the group on Slack: refused at the next request, still signed in.
                slack.usergroups["S1"] = []
                status, page = await people[1].get(f"/s/slack:{TEAM_ID}/suggestions")
                assert status == 403
                assert messages.desk_not_moderator(f"slack:{TEAM_ID}") in text_of(page)
                assert messages.desk_signed_in_as("Gus", "slack") in text_of(page)
            finally:
                for browser in people:
                    await browser.close()
    finally:
        await lookup_db.close()


@pytest.mark.asyncio
async def test_the_installed_token_is_preferred_and_a_workspace_without_one_has_no_moderators(
        db_url: str, fake: OAuthFake, slack: MockSlackAPI) -> None:
    lookup_db = Database(database_url(db_url))
    tokens = WorkspaceTokens(lookup_db, CIPHER, client_id=CLIENT)
    try:
        async with serving(db_url, fake, slack_bot_token="xoxb-configured-single",
                           slack_api_url=slack.base_url,
                           slack_workspace_token=tokens) as (base, mod):
            await drop_slack_tables(mod.db)
            await install(mod.db, TEAM_ID, INSTALLED)
            owner = await signed_in(base, fake, OWNER.user_id, "slack")
            try:
                assert (await owner.get(f"/s/slack:{TEAM_ID}/facts"))[0] == 200
                [call, *_] = slack.calls_to("users.info")
                assert call.headers["Authorization"] == f"Bearer {INSTALLED}"
            finally:
                await owner.close()

        # A workspace that never installed the app, on a desk with no configured token:
        # nothing can confirm who administers it, so nobody moderates it from the desk.
        async with serving(db_url, fake, slack_bot_token=None, slack_api_url=slack.base_url,
                           slack_workspace_token=tokens) as (base, _):
            calls = len(slack.calls)
            eve = await signed_in(base, fake, ELSEWHERE.user_id, "slack")
            try:
                status, page = await eve.get("/s/slack:T0009/facts")
                assert status == 403
                _, page = await eve.get("/")
                assert messages.DESK_TEXT["no_servers"] in text_of(page)
                assert len(slack.calls) == calls       # Slack was not asked with any token
            finally:
                await eve.close()
    finally:
        await lookup_db.close()


@pytest.mark.asyncio
async def test_factbot_run_gives_the_desk_the_installed_workspaces_tokens(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    key = new_key()
    settings = load_settings(env={
        "FACTBOT_DATA_DIR": str(tmp_path), "FACTBOT_MATCHER": "lexical",
        "FACTBOT_WEB_ENABLED": "true", "FACTBOT_WEB_SLACK_CLIENT_ID": "3333.4444",
        "FACTBOT_WEB_SLACK_CLIENT_SECRET": "desk-secret", "SLACK_CLIENT_ID": CLIENT,
        "SLACK_CLIENT_SECRET": "app-secret", "FACTBOT_SECRET_KEY": key})
    ctx = Context(settings, None, Readiness())
    try:
        service = await web_service(ctx)
        assert isinstance(service, DeskService) and ctx.store is not None
        config = service.app[CONFIG]
        assert config.cipher == TokenCipher((key,))
        await install(ctx.store.db, TEAM_ID, INSTALLED, TokenCipher((key,)))
        assert await config.slack_token(TEAM_ID) == INSTALLED
        assert await config.slack_token("T0009") is None
    finally:
        for close in reversed(ctx.closers):
            await close()
