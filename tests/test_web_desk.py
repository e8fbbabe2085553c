"""The moderators' desk over HTTP on 127.0.0.1: signing in against local fakes of Discord's
and Slack's endpoints, sessions shared by two instances over one database (SQLite and
PostgreSQL), CSRF, rate limits, who may see what, and the pages' work."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
import pytest_asyncio
from desk_support import Browser, serving, signed_in, text_of
from oauth_fake import CLIENT_ID, CLIENT_SECRET, MANAGE_GUILD, OAuthFake, Person
from store_support import MEMBER

from bot import messages
from bot.core.models import Claim, Verdict
from bot.moderation import FactInput, ReportStatus, ServerKey, SuggestionStatus

pytest_plugins = ["store_fixtures"]

ALPHA = ServerKey("discord", "111")
BETA = ServerKey("discord", "222")
GAMMA = ServerKey("discord", "333")
TEAM = ServerKey("slack", "T1")
ADA = Person("5001", "Ada", guilds={"111": ("Alpha", MANAGE_GUILD, ()), "222": ("Beta", 0, ())})
BO = Person("5002", "Bo", guilds={"222": ("Beta", MANAGE_GUILD, ()), "111": ("Alpha", 0, ())})
CY = Person("5003", "Cy", guilds={"333": ("Gamma", 0, ("r-mods",))})
SAM = Person("U1", "Sam", team_id="T1", is_admin=True)
SUE = Person("U2", "Sue", team_id="T1")
UMA = Person("U3", "Uma", team_id="T1")
OCTOPUS = FactInput(claim="Octopuses have three hearts", verdict="true",
                    summary="Two pump blood through the gills, one through the body.",
                    tags=("animals",))


@pytest_asyncio.fixture
async def fake() -> AsyncIterator[OAuthFake]:
    oauth = OAuthFake()
    for person in (ADA, BO, CY, SAM, SUE, UMA):
        oauth.add(Person(person.user_id, person.name, dict(person.guilds), person.team_id,
                         person.is_admin))
    await oauth.start()
    yield oauth
    await oauth.stop()


# -- signing in and sessions ---------------------------------------------------------------------

@pytest.mark.asyncio
async def test_sign_in_on_one_instance_and_continue_on_another(db_url: str,
                                                               fake: OAuthFake) -> None:
    async with serving(db_url, fake) as (a, _), serving(db_url, fake) as (b, _):
        first = await signed_in(a, fake, ADA.user_id)
        second = Browser(b, cookie=first.cookie())
        try:
            status, page = await first.get("/")
            assert status == 200 and messages.desk_signed_in_as("Ada", "discord") in page
            assert "/s/discord:111/facts" in page and "discord:222" not in page
            [cookie] = [c for c in first.set_cookies if c.startswith("factbot_desk=")]
            flags = {part.strip().lower() for part in cookie.split(";")}
            assert {"secure", "httponly", "samesite=lax", "path=/"} <= flags
            # The second instance knows the session from the database alone.
            status, page = await second.get("/s/discord:111/facts")
            assert status == 200 and "Alpha" in page
            status, _ = await second.post("/signout")
            assert status == 200
            status, page = await first.get("/")
            assert status == 200 and messages.DESK_TEXT["signin_discord"] in page
        finally:
            await first.close()
            await second.close()


@pytest.mark.asyncio
async def test_a_callback_is_good_once_and_only_with_its_state(db_url: str,
                                                              fake: OAuthFake) -> None:
    async with serving(db_url, fake) as (base, _):
        browser = Browser(base)
        try:
            status, page = await browser.get("/auth/discord/callback?state=forged&code=x")
            assert status == 400 and messages.desk_signin_expired() in text_of(page)
            fake.next_user = ADA.user_id
            async with browser.http.get(f"{base}/signin/discord", allow_redirects=False) as r:
                assert r.status == 302
                to_fake = r.headers["Location"]
            assert to_fake.startswith(f"{fake.url}/oauth2/authorize?")
            async with browser.http.get(to_fake, allow_redirects=False) as r:
                callback = r.headers["Location"]
            assert callback.startswith(f"{base}/auth/discord/callback?")
            status, page = await browser.get(callback)
            assert status == 200 and "Alpha" in page
            status, page = await browser.get(callback)      # replayed
            assert status == 400 and messages.desk_signin_expired() in text_of(page)
            # Slack's state is not Discord's.
            async with browser.http.get(f"{base}/signin/slack", allow_redirects=False) as r:
                state = re.search(r"state=([^&]+)", r.headers["Location"]).group(1)  # type: ignore[union-attr]
            status, _ = await browser.get(f"/auth/discord/callback?state={state}&code=x")
            assert status == 400
        finally:
            await browser.close()


@pytest.mark.asyncio
async def test_the_fake_enforces_one_time_codes_and_the_redirect_uri(fake: OAuthFake) -> None:
    fake.next_user = ADA.user_id
    async with aiohttp.ClientSession() as http:
        async with http.get(f"{fake.url}/oauth2/authorize", allow_redirects=False, params={
                "client_id": CLIENT_ID, "response_type": "code", "scope": "identify guilds",
                "state": "s", "redirect_uri": "http://127.0.0.1:1/cb"}) as r:
            code = re.search(r"code=([^&]+)", r.headers["Location"]).group(1)  # type: ignore[union-attr]
        form = {"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "code": code,
                "grant_type": "authorization_code", "redirect_uri": "http://127.0.0.1:1/other"}
        async with http.post(f"{fake.url}/api/oauth2/token", data=form) as r:
            assert r.status == 400 and (await r.json())["error"] == "redirect_uri_mismatch"
        async with http.post(f"{fake.url}/api/oauth2/token",
                             data={**form, "redirect_uri": "http://127.0.0.1:1/cb"}) as r:
            assert r.status == 400 and (await r.json())["error"] == "invalid_grant"


@pytest.mark.asyncio
async def test_sign_in_attempts_are_limited_per_address_across_instances(
        db_url: str, fake: OAuthFake) -> None:
    async with serving(db_url, fake, signin_limit=3) as (a, _), \
            serving(db_url, fake, signin_limit=3) as (b, _), aiohttp.ClientSession() as http:
        for base in (a, b, a):
            async with http.get(f"{base}/signin/discord", allow_redirects=False) as r:
                assert r.status == 302
        for base in (a, b):
            async with http.get(f"{base}/signin/slack", allow_redirects=False) as r:
                assert r.status == 429
                assert messages.desk_signin_throttled(10) in text_of(await r.text())


@pytest.mark.asyncio
async def test_every_change_needs_the_sessions_csrf_token(db_url: str, fake: OAuthFake) -> None:
    async with serving(db_url, fake) as (base, mod):
        await mod.add_fact(ALPHA, MEMBER, OCTOPUS)
        browser = await signed_in(base, fake, ADA.user_id)
        stranger = Browser(base)
        try:
            retire = "/s/discord:111/facts/octopuses-have-three-hearts/retire"
            for csrf in ("", "not-the-token"):
                status, page = await browser.post(retire, csrf=csrf)
                assert status == 403 and messages.desk_csrf_failed() in text_of(page)
            status, page = await stranger.post(retire, csrf=browser.csrf)
            assert status == 403 and messages.desk_signin_needed() in text_of(page)
            assert not (await mod.get_fact(ALPHA, "octopuses-have-three-hearts")).retired
            status, _ = await browser.post(retire)
            assert status == 200
            assert (await mod.get_fact(ALPHA, "octopuses-have-three-hearts")).retired
        finally:
            await browser.close()
            await stranger.close()


# -- who sees what -------------------------------------------------------------------------------

@pytest.mark.asyncio
async def test_one_servers_moderator_cannot_read_or_change_anothers(db_url: str,
                                                                   fake: OAuthFake) -> None:
    async with serving(db_url, fake) as (base, mod):
        beta_fact = (await mod.add_fact(BETA, MEMBER, OCTOPUS)).fact.id
        await mod.check(Claim("the moon is made of cheese", platform="discord", server="222",
                              explicit=True))
        [item] = await mod.unmatched(BETA)
        suggestion = await mod.suggest(BETA, MEMBER, fact_id=beta_fact, note="old source")
        report = await mod.report(BETA, MEMBER, beta_fact, "octopus hearts", "wrong count")
        browser = await signed_in(base, fake, ADA.user_id)
        try:
            _, page = await browser.get("/")
            assert "Alpha" in page and "Beta" not in page
            beta = "/s/discord:222"
            for path in ("/facts", f"/facts/{beta_fact}", f"/facts/{beta_fact}/history",
                         "/unmatched", "/suggestions", "/reports", "/facts/new"):
                status, page = await browser.get(beta + path)
                assert status == 403, path
                assert messages.desk_not_moderator("discord:222") in text_of(page)
            for path, form in ((f"/facts/{beta_fact}/retire", {}),
                               (f"/facts/{beta_fact}", {"summary": "changed", "version": "1"}),
                               (f"/unmatched/{item.id}/dismiss", {}),
                               (f"/unmatched/{item.id}/alias", {"fact_id": beta_fact}),
                               (f"/suggestions/{suggestion.id}/approve", {}),
                               (f"/reports/{report.id}/resolve", {"resolution": "x"}),
                               ("/facts/new", {"claim": "x", "verdict": "true",
                                               "summary": "y"})):
                status, _ = await browser.post(beta + path, form)
                assert status == 403, path
            # Forged through her own server: Beta's items are not Alpha's.
            alpha = "/s/discord:111"
            for path, form in ((f"/unmatched/{item.id}/alias", {"fact_id": "sino-soviet-split"}),
                               (f"/unmatched/{item.id}/dismiss", {}),
                               (f"/suggestions/{suggestion.id}/approve", {}),
                               (f"/suggestions/{suggestion.id}/reject", {"reason": "no"}),
                               (f"/reports/{report.id}/resolve", {"resolution": "x"}),
                               (f"/facts/{beta_fact}/retire", {})):
                status, _ = await browser.post(alpha + path, form)
                assert status == 404, path
            assert [u.id for u in await mod.unmatched(BETA)] == [item.id]
            assert [s.id for s in await mod.list_suggestions(BETA)] == [suggestion.id]
            assert [r.id for r in await mod.list_reports(BETA)] == [report.id]
            record = await mod.get_fact(BETA, beta_fact)
            assert record.version == 1 and not record.retired
        finally:
            await browser.close()


@pytest.mark.asyncio
async def test_rights_are_checked_again_on_every_request(db_url: str, fake: OAuthFake) -> None:
    async with serving(db_url, fake) as (base, mod):
        await mod.update_settings(GAMMA, MEMBER, moderator_roles="r-mods")
        ada = await signed_in(base, fake, ADA.user_id)
        cy = await signed_in(base, fake, CY.user_id)
        try:
            assert (await ada.get("/s/discord:111/facts"))[0] == 200
            assert (await cy.get("/s/discord:333/facts"))[0] == 200   # a named role
            fake.people[ADA.user_id].guilds["111"] = ("Alpha", 0, ())   # Manage Server taken
            await mod.update_settings(GAMMA, MEMBER, moderator_roles="")  # role no longer named
            assert (await ada.get("/s/discord:111/facts"))[0] == 403
            assert (await cy.get("/s/discord:333/facts"))[0] == 403
            _, page = await ada.get("/")
            assert messages.DESK_TEXT["no_servers"] in text_of(page)
        finally:
            await ada.close()
            await cy.close()


@pytest.mark.asyncio
async def test_the_platform_is_asked_at_most_once_per_recheck_period(
        db_url: str, fake: OAuthFake) -> None:
    async with serving(db_url, fake, recheck_seconds=3600) as (base, _):
        ada = await signed_in(base, fake, ADA.user_id)
        try:
            reads = fake.guild_reads
            for _ in range(3):
                assert (await ada.get("/s/discord:111/facts"))[0] == 200
            assert fake.guild_reads == reads
        finally:
            await ada.close()


@pytest.mark.asyncio
async def test_sign_in_with_slack(db_url: str, fake: OAuthFake) -> None:
    fake.usergroups["S1"] = [SUE.user_id]
    async with serving(db_url, fake) as (base, mod):
        await mod.update_settings(TEAM, MEMBER, moderator_roles="S1")
        people = [await signed_in(base, fake, p.user_id, "slack") for p in (SAM, SUE, UMA)]
        try:
            for browser, allowed in zip(people, (True, True, False), strict=True):
                status, _ = await browser.get("/s/slack:T1/unmatched")
                assert status == (200 if allowed else 403)
            _, page = await people[2].get("/")
            assert messages.DESK_TEXT["no_servers"] in text_of(page)
        finally:
            for browser in people:
                await browser.close()


# -- the pages -----------------------------------------------------------------------------------

FORM = {"claim": "Octopuses have three hearts", "verdict": "true",
        "summary": "Two pump blood through the gills, one through the body.",
        "source_title": "Marine Biology Today", "source_url": "https://example.org/octopus",
        "figures": "3 = hearts of an octopus", "aliases": "how many hearts does an octopus have",
        "tags": "animals, sea", "related": "", "quote": ""}
FID = "octopuses-have-three-hearts"


@pytest.mark.asyncio
async def test_facts_search_filter_edit_history_retire_restore(db_url: str,
                                                               fake: OAuthFake) -> None:
    async with serving(db_url, fake) as (base, mod):
        ada = await signed_in(base, fake, ADA.user_id)
        facts = "/s/discord:111/facts"
        try:
            await ada.get(f"{facts}/new")
            status, page = await ada.post(f"{facts}/new", {**FORM, "verdict": "sort-of"})
            assert status == 400 and messages.unknown_verdict("sort-of") in text_of(page)
            status, page = await ada.post(f"{facts}/new", FORM)
            assert status == 200 and messages.desk_fact_saved(FID, 1) in text_of(page)
            fact = (await mod.get_fact(ALPHA, FID)).fact
            assert fact.source.title == "Marine Biology Today" and fact.tags == ("animals", "sea")
            assert fact.figures[0].value == "3"

            _, page = await ada.get(f"{facts}?origin=server")
            assert FID in page and "sino-soviet-split" not in page
            _, page = await ada.get(f"{facts}?q=octopuses+hearts&tag=sea")
            assert FID in page
            _, page = await ada.get(f"{facts}?q=octopuses&verdict=false")
            assert FID not in page and messages.DESK_TEXT["no_facts"] in page
            _, page = await ada.get(f"{facts}?origin=pack&page=2")
            assert messages.desk_page_of(2, 50, len((await mod.fact_base(ALPHA)).facts) - 1) \
                in page or "Page 2:" in page

            _, page = await ada.get(f"{facts}/{FID}")
            new_summary = "Two hearts pump blood through the gills and one through the body."
            status, page = await ada.post(f"{facts}/{FID}", {**FORM, "summary": new_summary,
                                                            "version": "1"})
            assert status == 200 and messages.desk_fact_saved(FID, 2) in text_of(page)
            status, page = await ada.post(f"{facts}/{FID}", {**FORM, "summary": "stale",
                                                            "version": "1"})
            assert status == 409
            assert messages.version_conflict(FID, 1, 2) in text_of(page)
            _, page = await ada.get(f"{facts}/{FID}/history")
            assert "<del>gills,</del>" in page and "<ins> hearts</ins>" in page
            assert "<ins>gills and</ins>" in page
            assert "Version 2: edit" in text_of(page) and "Mo Derator" not in page

            await ada.get(f"{facts}/{FID}")
            await ada.post(f"{facts}/{FID}/retire")
            assert (await mod.check(Claim("octopuses have three hearts", platform="discord",
                                          server="111"))).verdict is Verdict.NO_MATCH
            _, page = await ada.get(f"{facts}?origin=server")
            assert FID not in page
            _, page = await ada.get(f"{facts}?status=retired")
            assert f"server ({messages.DESK_TEXT['retired']})" in page and FID in page
            await ada.post(f"{facts}/{FID}/restore")
            assert (await mod.check(Claim("octopuses have three hearts", platform="discord",
                                          server="111"))).verdict is Verdict.TRUE
            await ada.post(f"{facts}/{FID}/restore", {"restore_version": "1"})
            record = await mod.get_fact(ALPHA, FID)
            assert record.fact.summary == FORM["summary"]
            # One source field changed: only it is sent, and the history shows it alone.
            await ada.get(f"{facts}/{FID}")
            status, _ = await ada.post(f"{facts}/{FID}", {
                **FORM, "source_url": "https://example.org/hearts",
                "version": str(record.version)})
            assert status == 200
            fact = (await mod.get_fact(ALPHA, FID)).fact
            assert fact.source.url == "https://example.org/hearts"
            assert fact.source.title == "Marine Biology Today"
            _, page = await ada.get(f"{facts}/{FID}/history")
            newest = page.split('<section class="version">')[1]
            assert re.findall(r'<th scope="row">([^<]+)</th>', newest) == ["source.url"]
        finally:
            await ada.close()


def cli_check(claim: str, server: str, db_url: str, tmp_path: Path) -> str:
    env = {**os.environ, "FACTBOT_MATCHER": "lexical", "FACTBOT_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "bot.cli.main", "server", "check", claim,
                           "--server", server, "--db", db_url], env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.asyncio
async def test_an_unmatched_claim_becomes_a_fact_the_cli_then_answers(
        db_url: str, fake: OAuthFake, tmp_path: Path) -> None:
    claim = "Do octopuses really have three hearts?"
    before = cli_check(claim, "discord:111", db_url, tmp_path)
    assert messages.no_match() in before
    async with serving(db_url, fake) as (base, mod):
        for wording in (claim, "do octopuses  REALLY have three hearts"):
            await mod.check(Claim(wording, platform="discord", server="111", explicit=True))
        ada = await signed_in(base, fake, ADA.user_id)
        try:
            _, page = await ada.get("/s/discord:111/unmatched")
            [item] = await mod.unmatched(ALPHA)
            assert item.count == 2 and f"{messages.DESK_TEXT['asked']}: 2" in text_of(page)
            status, page = await ada.get(f"/s/discord:111/unmatched/{item.id}/fact?claim="
                                         "Octopuses+have+three+hearts")
            assert status == 200 and "Octopuses have three hearts</textarea>" in page
            status, page = await ada.post(f"/s/discord:111/unmatched/{item.id}/fact", FORM)
            assert status == 200 and messages.desk_fact_saved(FID, 1) in text_of(page)
            assert await mod.unmatched(ALPHA) == []
        finally:
            await ada.close()
    after = cli_check(claim, "discord:111", db_url, tmp_path)
    assert messages.verdict_label(Verdict.TRUE) in after and "three hearts" in after


@pytest.mark.asyncio
async def test_unmatched_claims_answered_with_an_existing_fact_or_dismissed(
        db_url: str, fake: OAuthFake) -> None:
    async with serving(db_url, fake) as (base, mod):
        for wording in ("an octopus keeps three separate hearts beating",
                        "the zorblax moons are purple"):
            await mod.check(Claim(wording, platform="discord", server="111", explicit=True))
        await mod.add_fact(ALPHA, MEMBER, OCTOPUS)
        hearts, moon = sorted(await mod.unmatched(ALPHA), key=lambda i: i.text)
        assert moon.text == "the zorblax moons are purple"
        ada = await signed_in(base, fake, ADA.user_id)
        try:
            await ada.get("/s/discord:111/unmatched")
            status, page = await ada.post(f"/s/discord:111/unmatched/{hearts.id}/alias",
                                          {"fact_id": FID})
            assert status == 200 and messages.desk_alias_added(FID) in text_of(page)
            status, page = await ada.post(f"/s/discord:111/unmatched/{moon.id}/alias",
                                          {"fact_id": "no-such-fact"})
            assert status == 404
            status, page = await ada.post(f"/s/discord:111/unmatched/{moon.id}/dismiss")
            assert status == 200 and messages.unmatched_dismissed(moon.id) in text_of(page)
            assert await mod.unmatched(ALPHA) == []
            reply = await mod.check(Claim("an octopus keeps three separate hearts beating",
                                          platform="discord", server="111"))
            assert reply.verdict is Verdict.TRUE
        finally:
            await ada.close()


@pytest.mark.asyncio
async def test_suggestions_and_reports(db_url: str, fake: OAuthFake) -> None:
    async with serving(db_url, fake) as (base, mod):
        good = await mod.suggest(ALPHA, MEMBER, OCTOPUS)
        bad = await mod.suggest(ALPHA, MEMBER, FactInput(
            claim="Octopuses have nine brains", verdict="true", summary="Sort of."))
        report = await mod.report(ALPHA, MEMBER, None, "is the moon cheese", "no answer")
        ada = await signed_in(base, fake, ADA.user_id)
        q = "/s/discord:111/suggestions"
        try:
            _, page = await ada.get(q)
            assert "Octopuses have nine brains" in page and "Mem Ber" in page
            status, page = await ada.post(f"{q}/{bad.id}/reject", {"reason": ""})
            assert messages.desk_reason_needed() in text_of(page)
            status, page = await ada.post(f"{q}/{bad.id}/reject",
                                          {"reason": "Only partly: one central brain."})
            assert messages.desk_suggestion_rejected(bad.id) in text_of(page)
            status, page = await ada.post(f"{q}/{good.id}/approve")
            assert messages.desk_suggestion_approved(good.id, FID) in text_of(page)
            status, page = await ada.post(f"{q}/{good.id}/approve")
            assert status == 409
            decided = {s.id: s for s in await mod.list_suggestions(ALPHA, status=None)}
            assert decided[bad.id].status is SuggestionStatus.REJECTED
            assert decided[bad.id].reason == "Only partly: one central brain."
            assert decided[good.id].status is SuggestionStatus.APPROVED

            _, page = await ada.get("/s/discord:111/reports")
            assert "is the moon cheese" in page
            status, page = await ada.post(f"/s/discord:111/reports/{report.id}/resolve",
                                          {"resolution": "Added to the unmatched queue."})
            assert messages.desk_report_resolved(report.id) in text_of(page)
            [done] = await mod.list_reports(ALPHA, status=ReportStatus.RESOLVED)
            assert done.resolution == "Added to the unmatched queue."
        finally:
            await ada.close()


@pytest.mark.asyncio
async def test_pages_are_accessible_and_fit_a_phone(db_url: str, fake: OAuthFake) -> None:
    async with serving(db_url, fake) as (base, mod):
        await mod.add_fact(ALPHA, MEMBER, OCTOPUS)
        ada = await signed_in(base, fake, ADA.user_id)
        try:
            for path in ("/", "/s/discord:111/facts", f"/s/discord:111/facts/{FID}",
                         f"/s/discord:111/facts/{FID}/history", "/s/discord:111/unmatched",
                         "/s/discord:111/suggestions", "/s/discord:111/reports"):
                status, page = await ada.get(path)
                assert status == 200, path
                assert '<meta name="viewport" content="width=device-width' in page
                assert '<html lang="en">' in page and 'href="#main"' in page
                ids = set(re.findall(r'<(?:input|textarea|select) id="([^"]+)"', page))
                labelled = set(re.findall(r'<label for="([^"]+)"', page))
                assert ids <= labelled, (path, ids - labelled)
                assert "<script" not in page
            async with ada.http.get(f"{base}/static/desk.css") as r:
                assert r.status == 200 and ":focus" in await r.text()
        finally:
            await ada.close()
