"""The desk's import / export page over HTTP: downloads in each format, an import previewed
and then confirmed, problems named by row or line and field, a preview outdated by an edit,
CSRF, and one server's moderator kept out of another's facts; on SQLite and PostgreSQL."""

from __future__ import annotations

import base64
import html
import re

import aiohttp
import pytest
from desk_people import ADA, ALPHA, BETA, signed_in, text_of
from desk_support import Browser, serving
from oauth_fake import OAuthFake
from store_support import MOD

from bot import messages
from bot.moderation import Action, FactInput, Moderation
from bot.web.app import MAX_BODY

pytest_plugins = ["store_fixtures", "desk_fixtures"]

PAGE = "/s/discord:111/transfer"
OCTOPUS = FactInput(claim="Octopuses have three hearts", verdict="true",
                    summary="Two pump blood through the gills, one through the body.",
                    tags=("animals",))
FID = "octopuses-have-three-hearts"
HEADER = "id,claim,verdict,summary,tags"


async def download(browser: Browser, query: str) -> tuple[int, str, str]:
    async with browser.http.get(f"{browser.base}{PAGE}/export?{query}") as r:
        return r.status, r.headers.get("Content-Disposition", ""), await r.text()


async def upload(browser: Browser, name: str, data: bytes, *, fmt: str = "auto",
                 csrf: str | None = None, path: str = PAGE) -> tuple[int, str]:
    form = aiohttp.FormData()
    form.add_field("csrf", browser.csrf if csrf is None else csrf)
    form.add_field("format", fmt)
    form.add_field("file", data, filename=name, content_type="application/octet-stream")
    async with browser.http.post(f"{browser.base}{path}/import", data=form) as r:
        return r.status, await r.text()


def confirm_form(page: str) -> dict[str, str]:
    form = page.split('action="/s/discord:111/transfer/import/confirm"')[1].split("</form>")[0]
    return {n: html.unescape(v) for n, v in re.findall(
        r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form)}


async def confirm(browser: Browser, fields: dict[str, str],
                  path: str = PAGE) -> tuple[int, str]:
    form = aiohttp.FormData()
    for name, value in fields.items():
        form.add_field(name, value)
    async with browser.http.post(f"{browser.base}{path}/import/confirm", data=form) as r:
        return r.status, await r.text()


@pytest.mark.asyncio
async def test_each_format_downloads_what_the_export_writes(db_url: str,
                                                            fake: OAuthFake) -> None:
    async with serving(db_url, fake) as (base, mod):
        await mod.add_fact(ALPHA, MOD, OCTOPUS)
        ada = await signed_in(base, fake, ADA.user_id)
        try:
            for fmt, extension in (("yaml", "yaml"), ("csv", "csv")):
                status, disposition, text = await download(ada, f"format={fmt}")
                assert status == 200
                assert disposition == f'attachment; filename="discord-111-facts.{extension}"'
                assert text == await mod.export_facts(ALPHA, fmt)
                assert FID in text and "border-clash-1969" not in text
            _, _, every = await download(ada, "format=csv&packs=yes")
            assert every == await mod.export_facts(ALPHA, "csv", include_packs=True)
            assert "border-clash-1969" in every
            # ClaimReview needs the address of a fact's page: the page says where to set it.
            status, _, page = await download(ada, "format=claimreview")
            assert status == 409
            assert messages.export_needs_setting("discord:111", "fact_page_url") in text_of(page)
            assert 'href="/s/discord:111/settings#fact_page_url"' in page
            await mod.update_settings(ALPHA, MOD, fact_page_url="https://example.org/f/{id}")
            status, disposition, text = await download(ada, "format=claimreview")
            assert status == 200 and disposition.endswith('facts.json"')
            assert text == await mod.export_facts(ALPHA, "claimreview")
            assert "https://example.org/f/octopuses-have-three-hearts" in text
            assert (await download(ada, "format=pdf"))[0] == 404
        finally:
            await ada.close()


@pytest.mark.asyncio
async def test_an_import_is_previewed_then_confirmed(db_url: str, fake: OAuthFake) -> None:
    async with serving(db_url, fake) as (base, mod):
        await mod.add_fact(ALPHA, MOD, OCTOPUS)
        ada = await signed_in(base, fake, ADA.user_id)
        csv_text = (f"{HEADER}\r\n"
                    f"{FID},Octopuses have three hearts,true,"
                    "\"Two pump blood through the gills, one through the body and arms.\","
                    "animals\r\n"
                    ",Squids have blue blood,true,Their blood carries copper.,\r\n")
        try:
            await ada.get(PAGE)
            status, page = await upload(ada, "facts.csv", csv_text.encode())
            assert status == 200
            words = text_of(page)
            assert messages.desk_import_preview_heading("facts.csv") in words
            assert "squids-have-blue-blood" in words and "Squids have blue blood" in words
            assert "<ins> and arms.</ins>" in page or "<ins>body and arms.</ins>" in page
            assert f"{messages.DESK_TEXT['unchanged_facts']} (0)" in words
            # Nothing is written by the preview.
            assert [r.fact.id for r in await mod.list_facts(ALPHA)] == [FID]
            fields = confirm_form(page)
            assert base64.b64decode(fields["text"]).decode() == csv_text
            status, page = await confirm(ada, fields)
            assert status == 200 and messages.desk_imported(1, 1, 0) in text_of(page)
            record = await mod.get_fact(ALPHA, FID)
            assert record.version == 2 and record.fact.summary.endswith("body and arms.")
            assert (await mod.history(ALPHA, FID))[-1].action is Action.IMPORT
            assert (await mod.get_fact(ALPHA, "squids-have-blue-blood")).version == 1
            # The export imported back changes nothing, and says so before anything is sent.
            _, _, exported = await download(ada, "format=csv")
            await ada.get(PAGE)
            status, page = await upload(ada, "facts.csv", exported.encode())
            assert f"{messages.DESK_TEXT['unchanged_facts']} (2)" in text_of(page)
            assert re.search(r"<button type=\"submit\" disabled>", page)
        finally:
            await ada.close()


@pytest.mark.asyncio
async def test_problems_name_the_row_or_line_and_the_field(db_url: str,
                                                           fake: OAuthFake) -> None:
    async with serving(db_url, fake) as (base, mod):
        ada = await signed_in(base, fake, ADA.user_id)
        try:
            await ada.get(PAGE)
            rows = (f"{HEADER}\r\n,Cats have nine lives,true,Only in stories.,\r\n"
                    ",Dogs can see colour,sort-of,Some colours.,\r\n")
            status, page = await upload(ada, "facts.csv", rows.encode())
            assert status == 400
            words = text_of(page)
            assert messages.DESK_TEXT["import_problems"] in words
            assert f"row 3: {messages.unknown_verdict('sort-of')}" in words
            pack = ("pack: mine\nsource: {title: Mine}\nfacts:\n"
                    "  - id: good-fact\n    claim: Bees can see ultraviolet light\n"
                    "    verdict: \"true\"\n    summary: They do.\n"
                    "  - id: bad-fact\n    claim: Bees sleep at night\n    verdict: \"true\"\n")
            status, page = await upload(ada, "mine.yaml", pack.encode())
            assert status == 400
            problem = next(p for p in re.findall(r"<li>([^<]*)</li>", page) if "bad-fact" in p)
            assert re.match(r"mine\.yaml:\d+: fact 'bad-fact': ", html.unescape(problem))
            assert "summary" in problem
            for name, data, expected in (
                    ("facts.txt", b"id,claim", messages.desk_import_format_unknown("facts.txt")),
                    ("facts.csv", b"\xff\xfeid", messages.desk_import_not_utf8("facts.csv", 0)),
                    ("facts.csv", b"", messages.desk_import_no_file())):
                status, page = await upload(ada, name, data)
                assert status == 400 and expected in text_of(page), name
            assert await mod.list_facts(ALPHA) == []
            # A format chosen by hand reads a file whatever its name.
            status, page = await upload(ada, "export.txt", rows.encode().split(b"\r\n,Dogs")[0],
                                        fmt="csv")
            assert status == 200 and "cats-have-nine-lives" in page
        finally:
            await ada.close()


@pytest.mark.asyncio
async def test_a_preview_outdated_by_an_edit_is_shown_again_not_imported(
        db_url: str, fake: OAuthFake) -> None:
    async with serving(db_url, fake) as (base, mod):
        await mod.add_fact(ALPHA, MOD, OCTOPUS)
        ada = await signed_in(base, fake, ADA.user_id)
        try:
            await ada.get(PAGE)
            rows = f"{HEADER}\r\n{FID},Octopuses have three hearts,false,Two or three.,\r\n"
            _, page = await upload(ada, "facts.csv", rows.encode())
            first = confirm_form(page)
            await mod.edit_fact(ALPHA, MOD, FID, {"tags": ["sea"]}, 1)   # meanwhile
            status, page = await confirm(ada, first)
            assert status == 409
            assert messages.desk_import_changed_since() in text_of(page)
            assert (await mod.get_fact(ALPHA, FID)).fact.verdict == "true"
            again = confirm_form(page)
            assert again["digest"] != first["digest"] and "<del>sea</del>" in page
            status, page = await confirm(ada, again)
            assert status == 200
            record = await mod.get_fact(ALPHA, FID)
            assert (record.version, record.fact.verdict, record.fact.tags) == (3, "false", ())
            status, page = await confirm(ada, {**again, "text": "not base64!"})
            assert status == 400
            assert messages.desk_import_confirm_broken() in text_of(page)
        finally:
            await ada.close()


@pytest.mark.asyncio
async def test_csrf_and_one_servers_moderator_kept_out_of_anothers_facts(
        db_url: str, fake: OAuthFake) -> None:
    async with serving(db_url, fake) as (base, mod):
        await mod.add_fact(BETA, MOD, OCTOPUS)
        await mod.update_settings(BETA, MOD, fact_page_url="https://example.org/f/{id}")
        ada = await signed_in(base, fake, ADA.user_id)
        rows = f"{HEADER}\r\n{FID},Octopuses have three hearts,false,Taken over.,\r\n"
        try:
            await ada.get(PAGE)
            for csrf in ("", "forged"):
                status, page = await upload(ada, "facts.csv", rows.encode(), csrf=csrf)
                assert status == 403 and messages.desk_csrf_failed() in text_of(page)
            _, page = await upload(ada, "facts.csv", rows.encode())
            fields = confirm_form(page)
            status, _ = await confirm(ada, {**fields, "csrf": "forged"})
            assert status == 403 and await mod.list_facts(ALPHA) == []
            beta = "/s/discord:222/transfer"
            for query in ("", "/export?format=csv", "/export?format=claimreview"):
                status, page = await ada.get(beta + query)
                assert status == 403 and "Octopuses" not in page, query
            status, _ = await upload(ada, "facts.csv", rows.encode(), path=beta)
            assert status == 403
            status, _ = await confirm(ada, fields, path=beta)
            assert status == 403
            assert (await mod.get_fact(BETA, FID)).fact.summary == OCTOPUS.summary
        finally:
            await ada.close()


@pytest.mark.asyncio
async def test_a_file_too_large_is_refused_in_words(db_url: str, fake: OAuthFake,
                                                    mod: Moderation) -> None:
    async with serving(db_url, fake) as (base, _):
        ada = await signed_in(base, fake, ADA.user_id)
        try:
            await ada.get(PAGE)
            status, page = await upload(ada, "big.csv", b"x" * (6 * 1024 * 1024))
            assert status == 400
            assert messages.desk_import_too_large("big.csv", 5) in text_of(page)
            status, page = await upload(ada, "huge.csv", b"x" * (MAX_BODY + 1))
            assert status == 413
            assert messages.desk_body_too_large(MAX_BODY // 1024 // 1024) in text_of(page)
        finally:
            await ada.close()


@pytest.mark.asyncio
async def test_the_page_is_labelled_and_needs_no_script(db_url: str, fake: OAuthFake) -> None:
    async with serving(db_url, fake) as (base, _):
        ada = await signed_in(base, fake, ADA.user_id)
        try:
            status, page = await ada.get(PAGE)
            assert status == 200 and "<script" not in page
            ids = set(re.findall(r'<(?:input|select|textarea) [^>]*\bid="([^"]+)"', page))
            labelled = set(re.findall(r'<label [^>]*\bfor="([^"]+)"', page))
            assert ids and ids <= labelled, ids - labelled
            assert 'enctype="multipart/form-data"' in page
        finally:
            await ada.close()
