"""The desk's "Draft from a source" page over HTTP on 127.0.0.1, SQLite and PostgreSQL: an HTML
page uploaded, its drafts reviewed and edited, the chosen ones published through the service
(which then answers a check with them), the coverage measured again, CSRF and the moderator
check."""

from __future__ import annotations

import html
import re
from collections.abc import AsyncIterator
from html.parser import HTMLParser

import aiohttp
import pytest
import pytest_asyncio
from desk_support import Browser, serving
from oauth_fake import MANAGE_GUILD, OAuthFake, Person
from pack_files import ARTICLE
from store_support import MEMBER

from bot import messages
from bot.core.models import Claim, Verdict
from bot.moderation import ServerKey

pytest_plugins = ["store_fixtures"]

ALPHA = ServerKey("discord", "111")
ADA = Person("5001", "Ada", guilds={"111": ("Alpha", MANAGE_GUILD, ())})
BO = Person("5002", "Bo", guilds={"111": ("Alpha", 0, ())})
DRAFT = "/s/discord:111/draft"

PAGE = """<!doctype html>
<html lang="en"><head><title>Pandas at Home | Zoo News</title>
<meta name="author" content="Ann Author"><meta property="og:site_name" content="Zoo News">
<meta property="article:published_time" content="2020-05-01">
<link rel="canonical" href="https://zoo.example/pandas">
<script>document.write("Pandas were invented in 1999.");</script></head>
<body><header><nav><a href="/">Home</a> <a href="/s">Subscribe to Zoo News today</a></nav></header>
<article><h1>Pandas at Home</h1>
<p>Do pandas really eat all day?</p>
<p>A giant panda eats bamboo for up to 14 hours a day. Its diet is 99 percent bamboo.</p>
<p>The Chengdu base bred 24 cubs in 2019.</p></article>
<aside>Koalas sleep 22 hours a day.</aside>
<footer>Zoo News was founded in 1901.</footer></body></html>
"""
EATS = "A giant panda eats bamboo for up to 14 hours a day."
DIET = "Its diet is 99 percent bamboo."
CUBS = "The Chengdu base bred 24 cubs in 2019."


class FormReader(HTMLParser):
    """The fields of a page's last form as a browser would submit them: inputs, checked boxes,
    textareas and the selected option of each select."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.fields: dict[str, str] = {}
        self.boxes: list[str] = []
        self._textarea: str | None = None
        self._select: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self.fields, self.boxes = {}, []
        elif tag == "input" and a.get("name") and a.get("type") != "file":
            if a.get("type") == "checkbox":
                self.boxes.append(a["name"])
                if "checked" in a:
                    self.fields[a["name"]] = a.get("value", "on")
            else:
                self.fields[a["name"]] = a.get("value", "")
        elif tag == "textarea":
            self._textarea = a["name"]
            self.fields[a["name"]] = ""
        elif tag == "select":
            self._select = a["name"]
        elif tag == "option" and self._select and "selected" in a:
            self.fields[self._select] = "?"

    def handle_endtag(self, tag: str) -> None:
        if tag == "textarea" and self._textarea is not None:
            # As a browser reads it: the newline that opens a textarea's text is not part of it.
            self.fields[self._textarea] = self.fields[self._textarea].removeprefix("\n")
            self._textarea = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data: str) -> None:
        if self._textarea is not None:
            self.fields[self._textarea] += data
        elif self._select is not None and self.fields.get(self._select) == "?":
            self.fields[self._select] = data


def form_of(page: str) -> FormReader:
    """The page's form; its CSRF token is left to `Browser.post`, which sends the session's."""
    reader = FormReader()
    reader.feed(page)
    reader.fields.pop("csrf", None)
    return reader


def draft_index(fields: dict[str, str], quote: str) -> int:
    return next(int(k[1:].split("-")[0]) for k, v in fields.items()
                if k.endswith("-quote") and v == quote)


def text_of(page: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


@pytest_asyncio.fixture
async def fake() -> AsyncIterator[OAuthFake]:
    oauth = OAuthFake()
    for person in (ADA, BO):
        oauth.add(Person(person.user_id, person.name, dict(person.guilds)))
    await oauth.start()
    yield oauth
    await oauth.stop()


async def signed_in(base: str, fake: OAuthFake, user: str) -> Browser:
    fake.next_user = user
    browser = Browser(base)
    status, page = await browser.sign_in()
    assert status == 200, page
    return browser


async def upload(browser: Browser, name: str, body: bytes, *, csrf: str | None = None,
                 **fields: str) -> tuple[int, str]:
    data = aiohttp.FormData()
    data.add_field("csrf", browser.csrf if csrf is None else csrf)
    data.add_field("source_file", body, filename=name, content_type="text/html")
    for key, value in fields.items():
        data.add_field(key, value)
    async with browser.http.post(browser.base + DRAFT, data=data) as r:
        return r.status, await r.text()


@pytest.mark.asyncio
async def test_upload_review_publish_then_the_fact_answers(db_url: str,
                                                          fake: OAuthFake) -> None:
    async with serving(db_url, fake) as (base, mod):
        ada = await signed_in(base, fake, ADA.user_id)
        try:
            status, page = await ada.get(DRAFT)
            assert status == 200 and 'enctype="multipart/form-data"' in page
            status, page = await upload(ada, "pandas.html", PAGE.encode(), publisher="Zoo Daily")
            assert status == 200, text_of(page)
            form = form_of(page)
            quotes = [v for k, v in form.fields.items() if k.endswith("-quote")]
            # One draft for each checkable sentence; the question, the title, the script,
            # the navigation, the aside and the footer give none.
            assert quotes == [EATS, DIET, CUBS]
            assert "invented" not in page and "Koalas" not in page and "founded" not in page
            eats = draft_index(form.fields, EATS)
            assert form.fields[f"d{eats}-figures"] == (
                "up to 14 hours = A giant panda eats bamboo a day")
            # The page's meta tags fill the source; the publisher typed wins over the page's.
            assert form.fields[f"d{eats}-source"] == (
                "Pandas at Home | Ann Author | Zoo Daily | 2020-05-01 | "
                "https://zoo.example/pandas")
            assert form.fields[f"d{eats}-verdict"] == "true"
            assert sorted(form.boxes) == [f"d{i}-pick" for i in range(3)]
            assert len([k for k in form.fields if k.endswith("-pick")]) == 3   # all chosen
            assert messages.desk_draft_coverage(0, 5, 0.0) in text_of(page)

            # Publish one, edited; leave the others for later.
            cubs, diet = draft_index(form.fields, CUBS), draft_index(form.fields, DIET)
            chosen = dict(form.fields)
            del chosen[f"d{cubs}-pick"], chosen[f"d{diet}-pick"]
            chosen[f"d{eats}-claim"] = "Giant pandas eat bamboo up to 14 hours a day"
            chosen[f"d{eats}-aliases"] = "do pandas eat bamboo all day long"
            status, page = await ada.post(f"{DRAFT}/publish", chosen)
            assert status == 200, text_of(page)
            assert messages.desk_draft_published(1) in text_of(page)
            after = form_of(page)
            assert [v for k, v in after.fields.items() if k.endswith("-quote")] == [DIET, CUBS]
            assert messages.desk_draft_coverage(1, 5, 0.2) in text_of(page)
            uncovered = re.findall(r'<li value="(\d+)">([^<]*)</li>', page)
            assert EATS not in [html.unescape(t) for _, t in uncovered]
            assert html.unescape(uncovered[-1][1]) == CUBS

            # The id drafted from the first claim stays, as shown in the form.
            assert chosen[f"d{eats}-fact_id"] == "a-giant-panda-eats-bamboo-for"
            fact = (await mod.get_fact(ALPHA, "a-giant-panda-eats-bamboo-for")).fact
            assert fact.claim == "Giant pandas eat bamboo up to 14 hours a day"
            assert (fact.quote, fact.verdict, fact.source.author) == (EATS, Verdict.TRUE,
                                                                      "Ann Author")
            assert fact.source.url == "https://zoo.example/pandas"
            reply = await mod.check(Claim("do pandas eat bamboo all day long",
                                          platform="discord", server="111", explicit=True))
            assert reply.verdict is Verdict.TRUE
            assert reply.primary.fact is not None and reply.primary.fact.id == fact.id
        finally:
            await ada.close()


@pytest.mark.asyncio
async def test_a_draft_the_service_refuses_stays_with_its_problem(db_url: str,
                                                                 fake: OAuthFake) -> None:
    async with serving(db_url, fake) as (base, mod):
        ada = await signed_in(base, fake, ADA.user_id)
        try:
            await ada.get(DRAFT)
            status, page = await ada.post(DRAFT, {"source_text": f"\n{EATS} {CUBS}\n",
                                                  "title": "Pandas at Home"})
            assert status == 200
            fields = form_of(page).fields
            eats, cubs = draft_index(fields, EATS), draft_index(fields, CUBS)
            fields[f"d{eats}-claim"] = ""
            status, page = await ada.post(f"{DRAFT}/publish", fields)
            assert status == 400
            assert messages.desk_draft_published(1) in text_of(page)
            assert messages.empty_field("claim") in text_of(page)
            kept = form_of(page).fields
            assert [v for k, v in kept.items() if k.endswith("-quote")] == [EATS]
            # The source text comes back whole, its opening blank line too: line 2 stays 2.
            assert kept["d0-line"] == "2" and kept["source_text"] == f"\n{EATS} {CUBS}\n"
            own = [r.fact.quote for r in await mod.list_facts(ALPHA)
                   if r.fact.pack == str(ALPHA)]
            assert own == [CUBS] and cubs != eats
        finally:
            await ada.close()


@pytest.mark.asyncio
async def test_sources_the_desk_cannot_draft_from(db_url: str, fake: OAuthFake) -> None:
    async with serving(db_url, fake) as (base, _):
        ada = await signed_in(base, fake, ADA.user_id)
        try:
            await ada.get(DRAFT)
            status, page = await ada.post(DRAFT, {"source_text": "  \n"})
            assert status == 400 and messages.desk_draft_empty() in text_of(page)
            status, page = await upload(ada, "latin1.txt", "Café au lait.".encode("latin-1"))
            assert status == 400
            assert "latin1.txt is not UTF-8 text" in text_of(page)
        finally:
            await ada.close()


@pytest.mark.asyncio
async def test_drafting_and_publishing_need_the_csrf_token(db_url: str,
                                                          fake: OAuthFake) -> None:
    async with serving(db_url, fake) as (base, mod):
        ada = await signed_in(base, fake, ADA.user_id)
        try:
            await ada.get(DRAFT)
            status, page = await upload(ada, "pandas.html", PAGE.encode(), csrf="forged")
            assert status == 403 and messages.desk_csrf_failed() in text_of(page)
            _, page = await upload(ada, "pandas.html", PAGE.encode())
            fields = form_of(page).fields
            status, page = await ada.post(f"{DRAFT}/publish", fields, csrf="forged")
            assert status == 403 and messages.desk_csrf_failed() in text_of(page)
            assert [r for r in await mod.list_facts(ALPHA) if r.fact.pack == str(ALPHA)] == []
        finally:
            await ada.close()


@pytest.mark.asyncio
async def test_a_member_who_does_not_moderate_is_refused(db_url: str, fake: OAuthFake) -> None:
    async with serving(db_url, fake) as (base, mod):
        ada = await signed_in(base, fake, ADA.user_id)
        bo = await signed_in(base, fake, BO.user_id)
        try:
            await ada.get(DRAFT)
            _, page = await upload(ada, "pandas.html", PAGE.encode())
            fields = form_of(page).fields
            status, page = await bo.get(DRAFT)
            assert status == 403 and messages.desk_not_moderator("discord:111") in text_of(page)
            await bo.get("/")   # his own session's CSRF token: the moderator check refuses
            refused = messages.desk_not_moderator("discord:111")
            status, page = await bo.post(DRAFT, {"source_text": EATS})
            assert status == 403 and refused in text_of(page)
            status, page = await bo.post(f"{DRAFT}/publish", fields)
            assert status == 403 and refused in text_of(page)
            assert [r for r in await mod.list_facts(ALPHA) if r.fact.pack == str(ALPHA)] == []
        finally:
            await ada.close()
            await bo.close()


@pytest.mark.asyncio
async def test_draft_pages_are_labelled_and_linked(db_url: str, fake: OAuthFake) -> None:
    async with serving(db_url, fake) as (base, _):
        ada = await signed_in(base, fake, ADA.user_id)
        try:
            _, facts = await ada.get("/s/discord:111/facts")
            assert f'href="{DRAFT}"' in facts and messages.DESK_TEXT["draft"] in facts
            _, form_page = await ada.get(DRAFT)
            _, review = await upload(ada, "pandas.html", PAGE.encode())
            for page in (form_page, review):
                ids = set(re.findall(r'<(?:input|textarea|select) (?:type="\w+" )?id="([^"]+)"',
                                     page))
                labelled = set(re.findall(r'<label for="([^"]+)"', page))
                assert ids and ids <= labelled, ids - labelled
                assert "<script" not in page and f'{DRAFT}" aria-current="page"' in page
        finally:
            await ada.close()


def batch_forms(page: str) -> list[dict[str, str]]:
    """The fields of each form that asks for another batch of drafts."""
    forms = re.findall(r'<form method="post" action="[^"]*/draft" class="inline">(.*?)</form>',
                       page, re.S)
    return [form_of(f"<form>{f}</form>").fields for f in forms]


@pytest.mark.asyncio
async def test_the_bundled_article_drafted_in_batches(db_url: str, fake: OAuthFake) -> None:
    if not ARTICLE.is_file():
        pytest.skip(f"the seed article is not beside this checkout (looked for {ARTICLE})")
    article = ARTICLE.read_text(encoding="utf-8")
    async with serving(db_url, fake) as (base, mod):
        ada = await signed_in(base, fake, ADA.user_id)
        try:
            await ada.get(DRAFT)
            # The bundled pack quotes the article: every draft is marked, none chosen.
            status, page = await ada.post(DRAFT, {"source_text": article})
            assert status == 200
            assert messages.desk_draft_coverage(107, 112, 107 / 112) in text_of(page)
            fields = form_of(page).fields
            assert not [k for k in fields if k.endswith("-pick")]
            assert len([k for k in fields if k.endswith("-quote")]) == 40
            # Without the pack, the same article: drafts chosen, 40 at a time.
            await mod.update_settings(ALPHA, MEMBER, enabled_packs=[])
            _, page = await ada.post(DRAFT, {"source_text": article})
            assert messages.desk_draft_coverage(0, 112, 0.0) in text_of(page)
            [more] = batch_forms(page)
            assert more["offset"] == "40" and more["title"] == article.splitlines()[0]
            assert more["source_text"].strip() == article.strip()
            first = form_of(page).fields
            assert len([k for k in first if k.endswith("-pick")]) == 40
            status, page = await ada.post(f"{DRAFT}/publish", first)
            assert status == 200 and messages.desk_draft_published(40) in text_of(page)
            covered = re.search(r"quote (\d+) of the source", text_of(page))
            assert covered is not None and int(covered.group(1)) >= 40
            [after] = batch_forms(page)   # the first batch has none before it
            assert after["offset"] == "40"
            _, page = await ada.post(DRAFT, more)
            second = form_of(page).fields
            assert messages.desk_draft_batch(41, 80, 106) in text_of(page)
            assert [f["offset"] for f in batch_forms(page)] == ["0", "80"]
            assert set(second[k] for k in second if k.endswith("-quote")).isdisjoint(
                first[k] for k in first if k.endswith("-quote"))
            reply = await mod.check(Claim("Did bilateral trade reach a record $100 billion?",
                                          platform="discord", server="111", explicit=True))
            assert reply.verdict is Verdict.TRUE and reply.primary.fact is not None
            assert reply.primary.fact.pack == str(ALPHA)
        finally:
            await ada.close()
