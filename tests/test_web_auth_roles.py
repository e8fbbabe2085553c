"""Rights on the desk are checked on every request, not only at sign-in: a moderator whose role
the platform takes away is refused at the next request while still signed in; a platform that
does not answer refuses rather than lets in; and no server's moderator reaches another's, across
platforms too. On SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
from desk_support import serving, signed_in, text_of
from oauth_fake import MANAGE_GUILD, OAuthFake, Person
from store_support import MEMBER

from bot import messages
from bot.moderation import FactInput, ServerKey

pytest_plugins = ["store_fixtures"]

ALPHA = ServerKey("discord", "111")
GAMMA = ServerKey("discord", "333")
TEAM = ServerKey("slack", "T1")
ADA = Person("5001", "Ada", guilds={"111": ("Alpha", MANAGE_GUILD, ())})
CY = Person("5003", "Cy", guilds={"333": ("Gamma", 0, ("r-mods", "r-other"))})
SAM = Person("U1", "Sam", team_id="T1", is_admin=True)
OCTOPUS = FactInput(claim="Octopuses have three hearts", verdict="true",
                    summary="Two pump blood through the gills, one through the body.")
FID = "octopuses-have-three-hearts"


@pytest_asyncio.fixture
async def fake() -> AsyncIterator[OAuthFake]:
    oauth = OAuthFake()
    for person in (ADA, CY, SAM):
        oauth.add(Person(person.user_id, person.name, dict(person.guilds), person.team_id,
                         person.is_admin))
    await oauth.start()
    yield oauth
    await oauth.stop()


@pytest.mark.asyncio
async def test_a_role_taken_away_on_the_platform_refuses_the_next_request(
        db_url: str, fake: OAuthFake) -> None:
    async with serving(db_url, fake) as (base, mod):
        await mod.update_settings(GAMMA, MEMBER, moderator_roles="r-mods")
        await mod.add_fact(GAMMA, MEMBER, OCTOPUS)
        cy = await signed_in(base, fake, CY.user_id)
        gamma = "/s/discord:333"
        try:
            assert (await cy.get(f"{gamma}/facts/{FID}"))[0] == 200
            # A Discord admin removes the moderator role from Cy; the desk is not told.
            fake.people[CY.user_id].guilds["333"] = ("Gamma", 0, ("r-other",))
            status, page = await cy.get(f"{gamma}/facts/{FID}")
            assert status == 403
            assert messages.desk_not_moderator("discord:333") in text_of(page)
            assert messages.desk_signed_in_as("Cy", "discord") in text_of(page)  # not signed out
            status, _ = await cy.post(f"{gamma}/facts/{FID}/retire")
            assert status == 403 and not (await mod.get_fact(GAMMA, FID)).retired
            _, page = await cy.get("/")
            assert messages.DESK_TEXT["no_servers"] in text_of(page)
            # Given back: in again, with the same session.
            fake.people[CY.user_id].guilds["333"] = ("Gamma", 0, ("r-mods",))
            assert (await cy.get(f"{gamma}/facts/{FID}"))[0] == 200
        finally:
            await cy.close()


@pytest.mark.asyncio
async def test_the_servers_own_settings_count_at_once_even_between_platform_rechecks(
        db_url: str, fake: OAuthFake) -> None:
    async with serving(db_url, fake, recheck_seconds=3600) as (base, mod):
        await mod.update_settings(GAMMA, MEMBER, moderator_roles="r-mods")
        cy = await signed_in(base, fake, CY.user_id)
        try:
            assert (await cy.get("/s/discord:333/unmatched"))[0] == 200
            await mod.update_settings(GAMMA, MEMBER, moderator_roles="r-admins")
            assert (await cy.get("/s/discord:333/unmatched"))[0] == 403
        finally:
            await cy.close()


@pytest.mark.asyncio
async def test_a_platform_that_does_not_answer_refuses_rather_than_lets_in(
        db_url: str, fake: OAuthFake) -> None:
    async with serving(db_url, fake) as (base, _):
        ada = await signed_in(base, fake, ADA.user_id)
        try:
            assert (await ada.get("/s/discord:111/facts"))[0] == 200
            await fake.stop()        # Discord is unreachable
            status, page = await ada.get("/s/discord:111/facts")
            assert status == 403
            assert messages.desk_recheck_failed("discord") in text_of(page)
        finally:
            await ada.close()


@pytest.mark.asyncio
async def test_moderators_stay_on_their_own_platform_and_server(db_url: str,
                                                              fake: OAuthFake) -> None:
    async with serving(db_url, fake) as (base, mod):
        await mod.add_fact(ALPHA, MEMBER, OCTOPUS)
        await mod.add_fact(TEAM, MEMBER, OCTOPUS)
        ada = await signed_in(base, fake, ADA.user_id)
        sam = await signed_in(base, fake, SAM.user_id, "slack")
        try:
            assert (await ada.get(f"/s/discord:111/facts/{FID}"))[0] == 200
            assert (await sam.get(f"/s/slack:T1/facts/{FID}"))[0] == 200
            for browser, other in ((ada, "slack:T1"), (sam, "discord:111"),
                                   (sam, "slack:T2"), (ada, "discord:111111")):
                for path in ("/facts", f"/facts/{FID}", f"/facts/{FID}/history",
                             "/suggestions"):
                    status, page = await browser.get(f"/s/{other}{path}")
                    assert status == 403, (other, path)
                    assert messages.desk_not_moderator(other) in text_of(page)
                for path, form in ((f"/facts/{FID}/retire", {}),
                                   (f"/facts/{FID}", {"summary": "x", "version": "1"})):
                    status, _ = await browser.post(f"/s/{other}{path}", form)
                    assert status == 403, (other, path)
            for server in (ALPHA, TEAM):
                record = await mod.get_fact(server, FID)
                assert record.version == 1 and not record.retired
            _, page = await sam.get("/")
            assert "/s/slack:T1/facts" in page and "discord:111" not in page
        finally:
            await ada.close()
            await sam.close()
