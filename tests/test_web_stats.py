"""The desk's "what is being asked" page over HTTP: charts of what real checks recorded, each
chart's CSV holding exactly its rows, the period, who may read it, and how it reads without
sight or on a phone; on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import re
from datetime import timedelta

import pytest
from desk_people import ADA, ALPHA, BETA, BO, signed_in, text_of
from desk_support import Browser, serving
from oauth_fake import OAuthFake
from store_support import MEMBER, MOD

from bot import messages
from bot.core.models import Claim, Verdict
from bot.moderation import Moderation, ServerKey
from bot.store.schema import utcnow
from bot.web.charts import Figure, Series, draw, to_csv

pytest_plugins = ["store_fixtures", "desk_fixtures"]

BORDER = "Chinese troops ambushed a Soviet border patrol in March 1969"
CHEESE = "the moon is made of green cheese"
VERDICT_KEYS = ["true", "false", "misleading", "unproven", "context", "no_match"]
FIGURES = ("checks", "facts", "unmatched", "feedback", "channels")


def ask(claim: str, channel: str | None, server: ServerKey = ALPHA) -> Claim:
    return Claim(text=claim, platform=server.platform, server=server.id, channel=channel)


async def record(mod: Moderation) -> tuple[str, Verdict]:
    """Checks in Alpha's channels c1, c2 and in none, votes on them, and one check in Beta;
    returns the fact the border claim matches and its verdict."""
    reply = await mod.check(Claim(BORDER, platform="discord", server="999"))
    assert reply.primary.fact is not None
    border, verdict = reply.primary.fact.id, reply.verdict
    for claim, channel in ((BORDER, "c1"), (BORDER, "c1"), (BORDER, "c2"), (CHEESE, "c2"),
                           (CHEESE, None)):
        await mod.check(ask(claim, channel))
    await mod.check(ask(CHEESE, "beta-channel", BETA))
    await mod.feedback(ALPHA, MEMBER, border, True, reply_id="r1")
    await mod.feedback(ALPHA, MOD, border, False, reply_id="r1")
    await mod.feedback(BETA, MOD, "beta-only-fact", True, reply_id="r2")
    return border, verdict


async def csv_rows(browser: Browser, base: str, figure: str, days: int) -> list[list[str]]:
    async with browser.http.get(f"{base}/s/discord:111/stats/{figure}.csv?days={days}") as r:
        assert r.status == 200 and r.content_type == "text/csv"
        assert r.headers["Content-Disposition"] == (
            f'attachment; filename="discord-111-{figure}-{days}d.csv"')
        return list(csv.reader(io.StringIO(await r.text())))


@pytest.mark.asyncio
async def test_each_charts_csv_holds_what_was_recorded(db_url: str, fake: OAuthFake) -> None:
    async with serving(db_url, fake) as (base, mod):
        border, verdict = await record(mod)
        ada = await signed_in(base, fake, ADA.user_id)
        try:
            today = utcnow().date()
            days = [(today - timedelta(days=n)).isoformat() for n in range(6, -1, -1)]
            zeros = ["0"] * 6
            row = dict.fromkeys(VERDICT_KEYS, "0") | {verdict.value: "3", "no_match": "2"}
            assert await csv_rows(ada, base, "checks", 7) == [
                ["day", *VERDICT_KEYS], *([d, *zeros] for d in days[:-1]),
                [today.isoformat(), *row.values()]]
            assert await csv_rows(ada, base, "facts", 7) == [
                ["fact_id", "claim", "checks"], [border, BORDER, "3"]]
            assert await csv_rows(ada, base, "unmatched", 7) == [
                ["day", "no_match_checks", "new_claims"], *([d, "0", "0"] for d in days[:-1]),
                [today.isoformat(), "2", "1"]]
            assert await csv_rows(ada, base, "feedback", 7) == [
                ["fact_id", "claim", "helpful", "not_helpful"], [border, BORDER, "1", "1"]]
            by_verdict = {verdict.value: "2"}
            assert await csv_rows(ada, base, "channels", 7) == [
                ["channel", *VERDICT_KEYS],
                ["c1", *(by_verdict.get(k, "0") for k in VERDICT_KEYS)],
                ["c2", *({verdict.value: "1", "no_match": "1"}.get(k, "0")
                         for k in VERDICT_KEYS)],
                ["", *({"no_match": "1"}.get(k, "0") for k in VERDICT_KEYS)]]
            # The page charts the same: its descriptions give the totals, its tables the rows.
            status, page = await ada.get("/s/discord:111/stats?days=7")
            assert status == 200
            words = text_of(page)
            assert messages.desk_stats_checks_desc(days[0], days[-1], 5, days[-1], 5) in words
            assert messages.desk_stats_feedback_desc(days[0], days[-1], 1, 1, 1) in words
            assert messages.desk_stats_no_channel() in words
            assert f"{border} · {BORDER}: {messages.DESK_TEXT['checks']} 3" in words  # a tip
        finally:
            await ada.close()


@pytest.mark.asyncio
async def test_the_period_is_7_30_or_90_days(db_url: str, fake: OAuthFake) -> None:
    async with serving(db_url, fake) as (base, mod):
        await record(mod)
        ada = await signed_in(base, fake, ADA.user_id)
        try:
            for asked, shown in ((7, 7), (30, 30), (90, 90), (13, 30)):
                rows = await csv_rows(ada, base, "checks", shown)
                assert len(rows) == shown + 1
                status, page = await ada.get(f"/s/discord:111/stats?days={asked}")
                assert status == 200
                assert (f'href="?days={shown}" aria-current="page">'
                        f"{messages.desk_stats_period(shown)}") in page
            status, page = await ada.get("/s/discord:111/stats")
            assert f'aria-current="page">{messages.desk_stats_period(30)}' in page
        finally:
            await ada.close()


@pytest.mark.asyncio
async def test_one_servers_moderator_cannot_read_anothers_figures(db_url: str,
                                                                  fake: OAuthFake) -> None:
    async with serving(db_url, fake) as (base, mod):
        await record(mod)
        ada = await signed_in(base, fake, ADA.user_id)
        bo = await signed_in(base, fake, BO.user_id)
        try:
            for path in ("/s/discord:222/stats", "/s/discord:222/stats/checks.csv",
                         "/s/discord:222/stats/channels.csv?days=90"):
                status, page = await ada.get(path)
                assert status == 403 and "beta-channel" not in page
                assert messages.desk_not_moderator("discord:222") in text_of(page)
            _, page = await ada.get("/s/discord:111/stats?days=90")
            assert "beta-channel" not in page and "beta-only-fact" not in page
            # Beta's own moderator reads Beta's, and only Beta's.
            _, page = await bo.get("/s/discord:222/stats")
            assert '<th scope="row">beta-channel</th>' in page and "beta-only-fact" in page
            assert '<th scope="row">c1</th>' not in page
            stranger = Browser(base)
            status, page = await stranger.get("/s/discord:111/stats/checks.csv")
            await stranger.close()
            assert status == 200 and messages.DESK_TEXT["signin_intro"] in text_of(page)
        finally:
            await ada.close()
            await bo.close()


@pytest.mark.asyncio
async def test_charts_read_without_sight_and_on_a_phone(db_url: str, fake: OAuthFake) -> None:
    async with serving(db_url, fake) as (base, mod):
        await record(mod)
        ada = await signed_in(base, fake, ADA.user_id)
        try:
            async with ada.http.get(f"{base}/s/discord:111/stats") as r:
                page = await r.text()
                assert "default-src 'self'" in r.headers["Content-Security-Policy"]
            assert '<meta name="viewport" content="width=device-width' in page
            assert "<script" not in page and "style=" not in page and "http" not in re.sub(
                r'href="[^"]*"', "", page).replace("http://www.w3.org", "")
            svgs = re.findall(r"<svg [^>]*>", page)
            assert len(svgs) == len(FIGURES)
            for key in FIGURES:
                svg = next(s for s in svgs if f'"{key}-title {key}-desc"' in s)
                assert 'role="img"' in svg
                assert f'<title id="{key}-title">' in page and f'<desc id="{key}-desc">' in page
                assert f'href="/s/discord:111/stats/{key}.csv?days=30" download' in page
            assert page.count("<table>") == len(FIGURES) and page.count("<caption>") == 5
            assert 'aria-label="Alpha"' in page and 'href="/s/discord:111/stats"' in page
            async with ada.http.get(f"{base}/static/desk.css") as r:
                css = await r.text()
            assert ".chart.columns svg { min-width" in css and ".s-no_match" in css
        finally:
            await ada.close()


def test_a_csv_cell_a_spreadsheet_would_run_is_defused_and_the_chart_is_scaled() -> None:
    figure = Figure("facts", "Most asked", "", ("Fact", "Claim"), ("fact_id", "claim"),
                    (Series("checks", "Checks"),),
                    ((("a", "=HYPERLINK(\"http://x\")"), (7,)), (("b", "+1"), (3,))))
    assert to_csv(figure).splitlines() == [
        "fact_id,claim,checks", "a,\"'=HYPERLINK(\"\"http://x\"\")\",7", "b,'+1,3"]
    drawing = draw(figure)
    first, second = drawing.rects
    assert first.width > second.width > 0 and first.tip.endswith("Checks 7")
    assert [t.text for t in drawing.texts if t.anchor == "middle"] == ["0", "5", "10"]
