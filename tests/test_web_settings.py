"""The desk's settings page over HTTP: the settings /factbot config and `factbot server set`
change, checked by the same rules with each problem beside its field, changed only by the
server's admins, with CSRF; on SQLite and PostgreSQL."""

from __future__ import annotations

import html
import re
from dataclasses import fields

import pytest
from desk_people import ADA, ALPHA, BETA, BO, CY, GAMMA, signed_in, text_of
from desk_support import Browser, serving
from oauth_fake import OAuthFake
from store_support import MOD

from bot import messages
from bot.chat.settings import REPLY_MODES, ServerSettings
from bot.moderation import Moderation
from bot.web.settings_form import FIELDS

pytest_plugins = ["store_fixtures", "desk_fixtures"]

PACK = "russia-china-2019"
PAGE = "/s/discord:111/settings"


async def post_form(browser: Browser, path: str, fields_sent: list[tuple[str, str]], *,
                    csrf: str | None = None) -> tuple[int, str]:
    """Post the page's form as a browser would: every input, packs as repeated fields."""
    data = [("csrf", browser.csrf if csrf is None else csrf), *fields_sent]
    async with browser.http.post(browser.base + path, data=data) as r:
        return r.status, await r.text()


def form_of(page: str) -> list[tuple[str, str]]:
    """The inputs of the settings form as the page fills them in, ticked boxes only."""
    sent = [(n, v) for n, v in re.findall(
        r'<input (?:type="hidden" )?(?:id="[^"]*" )?name="([^"]+)" value="([^"]*)"', page)
        if n != "csrf"]
    sent += re.findall(r'<input type="checkbox" id="[^"]+" name="([^"]+)" value="([^"]+)" '
                       r"checked", page)
    for name, body in re.findall(r'<select id="[^"]+" name="([^"]+)".*?>(.*?)</select>', page,
                                 re.S):
        chosen = re.search(r'<option value="([^"]+)" selected', body)
        assert chosen is not None, name
        sent.append((name, chosen.group(1)))
    return [(n, html.unescape(v)) for n, v in sent]


def replaced(form: list[tuple[str, str]], **values: str | list[str]) -> list[tuple[str, str]]:
    out = [(n, v) for n, v in form if n not in values]
    for name, value in values.items():
        out += [(name, v) for v in ([value] if isinstance(value, str) else value)]
    return out


def test_every_setting_has_its_input() -> None:
    assert [f.key for f in FIELDS] == [f.name for f in fields(ServerSettings)]


@pytest.mark.asyncio
async def test_an_admin_changes_settings_as_the_cli_would(db_url: str, fake: OAuthFake) -> None:
    async with serving(db_url, fake) as (base, mod):
        ada = await signed_in(base, fake, ADA.user_id)
        try:
            status, page = await ada.get(PAGE)
            assert status == 200 and 'value="0.53"' in page and "disabled" not in page
            form = form_of(page)
            assert ("all_packs", "yes") in form and ("reply_mode", "public") in form
            status, page = await post_form(ada, PAGE, replaced(
                form, threshold="0.7", reply_mode="thread", watched_channels="1, 2,2",
                all_packs=[], enabled_packs=[], allow_dms="no",
                fact_page_url="https://example.org/facts/{id}"))
            assert status == 200 and messages.settings_saved() in text_of(page)
            saved = await mod.settings(ALPHA)
            assert (saved.threshold, saved.reply_mode, saved.watched_channels,
                    saved.enabled_packs, saved.allow_dms, saved.fact_page_url) == (
                0.7, "thread", ("1", "2"), (), False, "https://example.org/facts/{id}")
            # The page shows them back as saved, and a form sent unchanged changes nothing.
            form = form_of(page)
            assert ("watched_channels", "1, 2") in form and ("all_packs", "yes") not in form
            status, page = await post_form(ada, PAGE, replaced(form, enabled_packs=[PACK]))
            assert (await mod.settings(ALPHA)).enabled_packs == (PACK,)
            status, page = await post_form(ada, PAGE, form_of(page))
            assert messages.desk_settings_same() in text_of(page)
        finally:
            await ada.close()


@pytest.mark.asyncio
async def test_each_problem_is_named_beside_its_field_and_nothing_is_saved(
        db_url: str, fake: OAuthFake) -> None:
    async with serving(db_url, fake) as (base, mod):
        ada = await signed_in(base, fake, ADA.user_id)
        try:
            _, page = await ada.get(PAGE)
            status, page = await post_form(ada, PAGE, replaced(
                form_of(page), threshold="2", reply_mode="loud", channel_cooldown_s="soon",
                fact_page_url="ftp://example.org/x", all_packs=[],
                enabled_packs=["no-such-pack"], reviewer_name="Fact Desk"))
            assert status == 400
            expected = {
                "threshold": messages.setting_out_of_range("threshold", 0, 1),
                "reply_mode": messages.setting_not_one_of("reply_mode", "loud", REPLY_MODES),
                "channel_cooldown_s": messages.setting_wrong_type(
                    "channel_cooldown_s", "a whole number of seconds"),
                "fact_page_url": messages.setting_bad_fact_page_url(
                    "fact_page_url", "ftp://example.org/x"),
                "enabled_packs": messages.unknown_pack("no-such-pack", [PACK])}
            for key, problem in expected.items():
                shown = re.search(rf'<p class="field-problem" id="{key}-error">([^<]*)</p>',
                                  page)
                assert shown is not None and text_of(shown.group(1)) == problem, key
                assert f'aria-describedby="{key}-help {key}-error"' in page
            assert page.count('aria-invalid="true"') == 4   # the packs are a fieldset
            assert 'id="reviewer_name-error"' not in page
            # What was typed stays in the form, and nothing was saved, not even the good one.
            assert 'value="2"' in page and 'value="Fact Desk"' in page
            assert await mod.settings(ALPHA) == ServerSettings()
        finally:
            await ada.close()


@pytest.mark.asyncio
async def test_only_the_settings_changed_in_the_form_are_saved(db_url: str,
                                                               fake: OAuthFake) -> None:
    async with serving(db_url, fake) as (base, mod):
        ada = await signed_in(base, fake, ADA.user_id)
        try:
            _, page = await ada.get(PAGE)
            form = form_of(page)
            # Another admin changes the threshold meanwhile (in chat, or another desk tab).
            await mod.update_settings(ALPHA, MOD, threshold=0.8)
            status, _ = await post_form(ada, PAGE, replaced(form, reply_mode="private"))
            assert status == 200
            saved = await mod.settings(ALPHA)
            assert (saved.threshold, saved.reply_mode) == (0.8, "private")
        finally:
            await ada.close()


@pytest.mark.asyncio
async def test_a_change_needs_the_csrf_token(db_url: str, fake: OAuthFake) -> None:
    async with serving(db_url, fake) as (base, mod):
        ada = await signed_in(base, fake, ADA.user_id)
        try:
            _, page = await ada.get(PAGE)
            form = replaced(form_of(page), threshold="0.9")
            for csrf in ("", "forged"):
                status, page = await post_form(ada, PAGE, form, csrf=csrf)
                assert status == 403 and messages.desk_csrf_failed() in text_of(page)
            assert (await mod.settings(ALPHA)).threshold == ServerSettings().threshold
            status, _ = await post_form(ada, PAGE, form)
            assert status == 200 and (await mod.settings(ALPHA)).threshold == 0.9
        finally:
            await ada.close()


async def _as_moderator_role(mod: Moderation) -> None:
    await mod.update_settings(GAMMA, MOD, moderator_roles="r-mods", threshold=0.6)


@pytest.mark.asyncio
async def test_moderators_read_the_settings_and_only_admins_change_them(
        db_url: str, fake: OAuthFake) -> None:
    async with serving(db_url, fake) as (base, mod):
        await _as_moderator_role(mod)
        cy = await signed_in(base, fake, CY.user_id)
        try:
            status, page = await cy.get("/s/discord:333/settings")
            assert status == 200 and messages.DESK_TEXT["settings_read_only"] in text_of(page)
            assert "<fieldset disabled>" in page and 'value="0.6"' in page
            status, page = await post_form(cy, "/s/discord:333/settings",
                                           replaced(form_of(page), moderator_roles=""))
            assert status == 403
            assert messages.desk_settings_admins_only("discord:333") in text_of(page)
            assert (await mod.settings(GAMMA)).moderator_roles == ("r-mods",)
        finally:
            await cy.close()


@pytest.mark.asyncio
async def test_one_servers_admin_cannot_read_or_change_anothers(db_url: str,
                                                               fake: OAuthFake) -> None:
    async with serving(db_url, fake) as (base, mod):
        await mod.update_settings(BETA, MOD, reviewer_name="Beta Checks")
        ada = await signed_in(base, fake, ADA.user_id)
        bo = await signed_in(base, fake, BO.user_id)
        try:
            _, own = await ada.get(PAGE)
            for path in ("/s/discord:222/settings", "/s/discord:333/settings"):
                status, page = await ada.get(path)
                assert status == 403 and "Beta Checks" not in page
                status, page = await post_form(ada, path, replaced(
                    form_of(own), reviewer_name="Taken over", threshold="0.1"))
                assert status == 403
            beta = await mod.settings(BETA)
            assert (beta.reviewer_name, beta.threshold) == ("Beta Checks", 0.53)
            status, page = await bo.get("/s/discord:222/settings")
            assert status == 200 and 'value="Beta Checks"' in page
        finally:
            await ada.close()
            await bo.close()


@pytest.mark.asyncio
async def test_every_input_has_its_label_and_help(db_url: str, fake: OAuthFake) -> None:
    async with serving(db_url, fake) as (base, _):
        ada = await signed_in(base, fake, ADA.user_id)
        try:
            _, page = await ada.get(PAGE)
            ids = set(re.findall(r'<(?:input|select|textarea) [^>]*\bid="([^"]+)"', page))
            labelled = set(re.findall(r'<label [^>]*\bfor="([^"]+)"', page))
            assert ids and ids <= labelled, ids - labelled
            for f in FIELDS:
                assert f'id="{f.key}-help"' in page
            assert "<script" not in page
        finally:
            await ada.close()
