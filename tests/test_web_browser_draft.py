"""Drafting facts from a source on the desk in headless Chromium, by clicks, typing and file
uploads: the bundled article uploaded, its drafts reviewed (one left out, one's claim
rewritten) and published, the coverage report read, the facts found on the facts page and
answered by `factbot server check`; and an HTML page saved to disk, whose title and meta
tags fill the source."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser_support import Screen
from desk_pages import MEMBER
from live_desk import ADA, ALPHA, LiveDesk, server_check, sign_in
from pack_files import ARTICLE
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webelement import WebElement

from bot import messages
from bot.core.models import Claim, Source, Verdict
from bot.moderation.types import Origin

pytest_plugins = ["browser_fixtures"]
T = messages.DESK_TEXT
LABEL = messages.fact_form_label

SOURCE = Source("Are Russia and China Really Forming an Alliance?", author="Leon Aron",
                publisher="Foreign Affairs")
# Sentences of the article (line 10): one left out of the publication, one whose claim the
# moderator rewrites.
LEFT_OUT = ("Fighting on and near the island lasted for months and ended with hundreds of "
            "casualties.")
REWRITTEN = ("In March of 1969, Chinese troops ambushed and killed a Soviet border patrol on an "
             "island near the Chinese-Russian border.")
CLAIM = "Chinese troops ambushed and killed a Soviet border patrol in March 1969"
ASKED = "Did Chinese troops ambush a Soviet border patrol in March 1969?"
ARTICLE_SENTENCES = 112   # as `factbot facts coverage` splits the article
DRAFTS = 106              # its checkable sentences, each drafted once
BATCH = 40                # drafts the review form shows at a time

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pandas at Home</title>
<meta name="author" content="Ann Author"><meta property="og:site_name" content="Zoo News">
</head><body><nav><a href="/">Home</a> <a href="/s">Subscribe to Zoo News today</a></nav>
<article><h1>Pandas at Home</h1>
<p>Do pandas really eat all day?</p>
<p>A giant panda eats bamboo for up to 14 hours a day. The Chengdu base bred 24 cubs in 2019.</p>
</article><aside>Koalas sleep 22 hours a day.</aside></body></html>
"""
EATS = "A giant panda eats bamboo for up to 14 hours a day."
CUBS = "The Chengdu base bred 24 cubs in 2019."


def open_draft_page(screen: Screen, desk: LiveDesk) -> None:
    sign_in(screen, desk, ADA)
    screen.press("Alpha")
    screen.press(T["draft"])
    assert screen.path == f"/s/{ALPHA}/draft" and screen.heading() == T["draft"]


def drafts(screen: Screen) -> dict[str, WebElement]:
    """The drafts on the review form, by the sentence each quotes."""
    found = {}
    for box in screen.driver.find_elements(By.CSS_SELECTOR, "fieldset.draft"):
        quote = box.find_element(By.CSS_SELECTOR, "textarea[name$='-quote']")
        found[str(quote.get_attribute("value"))] = box
    return found


def value(screen: Screen, label: str, draft: WebElement) -> str:
    return str(screen.control(label, within=draft).get_attribute("value"))


def field(draft: WebElement, name: str) -> str:
    """A draft's field by its name (quicker than by its label, for reading many drafts)."""
    return str(draft.find_element(By.CSS_SELECTOR, f"[name$='-{name}']").get_attribute("value"))


def spaced(text: str) -> str:
    """The text with its spaces as a page shows them (the article has no-break spaces)."""
    return " ".join(text.split())


def uncovered(screen: Screen) -> list[tuple[int, str]]:
    """The coverage report's sentences no fact quotes yet: (line, sentence)."""
    return [(int(str(li.get_attribute("value"))), spaced(li.text))
            for li in screen.driver.find_elements(By.CSS_SELECTOR, "ol.uncovered li")]


def coverage_line(screen: Screen) -> str:
    return screen.driver.find_element(By.CSS_SELECTOR, "section.coverage p").text


def test_drafting_the_bundled_article_in_the_browser(screen: Screen, desk: LiveDesk,
                                                     tmp_path: Path) -> None:
    if not ARTICLE.is_file():
        pytest.skip(f"the seed article is not beside this checkout (looked for {ARTICLE})")
    # The bundled pack quotes the whole article already: Alpha serves its own facts only, so
    # that the drafts are new to it.
    desk.run(desk.mod.update_settings(ALPHA, MEMBER, enabled_packs=[]))
    assert messages.no_match() in server_check(ASKED, desk, tmp_path)
    open_draft_page(screen, desk)

    screen.control(T["draft_file"]).send_keys(str(ARTICLE))
    screen.fill(T["draft_source_title"], SOURCE.title)
    screen.fill(T["draft_source_author"], SOURCE.author or "")
    screen.fill(T["draft_source_publisher"], SOURCE.publisher or "")
    screen.press(T["draft_submit"])

    assert screen.heading() == T["draft"] and not screen.notice()
    assert coverage_line(screen) == messages.desk_draft_coverage(0, ARTICLE_SENTENCES, 0.0)
    before = uncovered(screen)
    assert len(before) == ARTICLE_SENTENCES and (10, LEFT_OUT) in before
    assert messages.desk_draft_batch(1, BATCH, DRAFTS) in screen.text()
    shown = drafts(screen)
    assert len(shown) == BATCH and {LEFT_OUT, REWRITTEN} <= set(shown)
    for draft in shown.values():   # every one chosen, sourced as typed, true as it says
        assert draft.find_element(By.CSS_SELECTOR, "input[type=checkbox]").is_selected()
        assert field(draft, "source") == f"{SOURCE.title} | {SOURCE.author} | {SOURCE.publisher}"
        assert field(draft, "verdict") == "true"
    rewritten, left_out = shown[REWRITTEN], shown[LEFT_OUT]
    assert f"{T['draft_line']} 10" in rewritten.find_element(By.TAG_NAME, "legend").text
    fact_id = value(screen, LABEL("fact_id"), rewritten)
    assert value(screen, LABEL("summary"), rewritten) == REWRITTEN

    screen.control(T["draft_pick"], within=left_out).click()
    assert not screen.control(T["draft_pick"], within=left_out).is_selected()
    screen.fill(LABEL("claim"), CLAIM, within=rewritten)
    screen.press(T["draft_publish"])

    published = BATCH - 1
    assert messages.desk_draft_published(published) in screen.notice()
    # Only the draft left out stays on the review form, not chosen, its line kept.
    [kept] = drafts(screen).items()
    assert kept[0] == LEFT_OUT
    assert not screen.control(T["draft_pick"], within=kept[1]).is_selected()
    assert f"{T['draft_line']} 10" in kept[1].find_element(By.TAG_NAME, "legend").text

    own = [r for r in desk.run(desk.mod.list_facts(ALPHA)) if r.origin is Origin.SERVER]
    assert len(own) == published
    quotes = {spaced(r.fact.quote or "") for r in own}
    assert LEFT_OUT not in quotes and REWRITTEN in quotes
    assert {r.fact.source for r in own} == {SOURCE}
    # The coverage report, measured again: the published sentences are covered, the one left
    # out and the later batches' are not, each at its line in the article.
    after = uncovered(screen)
    assert (10, LEFT_OUT) in after and (10, REWRITTEN) in before
    assert not quotes & {text for _, text in after}
    assert set(after) == {(line, text) for line, text in before if text not in quotes}
    covered = ARTICLE_SENTENCES - len(after)
    assert covered >= published
    assert coverage_line(screen) == messages.desk_draft_coverage(
        covered, ARTICLE_SENTENCES, covered / ARTICLE_SENTENCES)

    # The fact as published, on the facts page.
    screen.press(T["facts"])
    screen.fill(T["search_label"], "Soviet border patrol")
    screen.press(T["filter"])
    screen.press(fact_id)
    assert screen.heading() == fact_id
    assert screen.control("Claim").get_attribute("value") == CLAIM
    assert screen.control("Quote").get_attribute("value") == REWRITTEN
    assert screen.control("author").get_attribute("value") == SOURCE.author

    # Asked as a question: the service, and the CLI in a process of its own, answer with it.
    reply = desk.run(desk.mod.check(Claim(ASKED, platform="discord", server=ALPHA.id,
                                          explicit=True)))
    assert reply.verdict is Verdict.TRUE
    assert reply.primary.fact is not None and reply.primary.fact.id == fact_id
    answer = server_check(ASKED, desk, tmp_path)
    assert messages.verdict_label(Verdict.TRUE) in answer
    assert REWRITTEN in answer and SOURCE.title in answer


def test_an_html_page_saved_to_disk_fills_the_source(screen: Screen, desk: LiveDesk,
                                                     tmp_path: Path) -> None:
    page = tmp_path / "pandas.html"
    page.write_text(PAGE, encoding="utf-8")
    open_draft_page(screen, desk)
    screen.control(T["draft_file"]).send_keys(str(page))
    screen.press(T["draft_submit"])   # the source's fields left empty

    shown = drafts(screen)
    # The article's checkable sentences only: not the question, the navigation or the aside.
    assert list(shown) == [EATS, CUBS]
    assert "Koalas" not in screen.text() and "Subscribe" not in screen.text()
    for draft in shown.values():
        assert value(screen, LABEL("source"), draft) == "Pandas at Home | Ann Author | Zoo News"
    assert value(screen, LABEL("figures"), shown[EATS]) == (
        "up to 14 hours = A giant panda eats bamboo a day")
    screen.press(T["draft_publish"])

    assert messages.desk_draft_published(2) in screen.notice()
    assert T["draft_none"] in screen.text()
    own = {r.fact.quote: r.fact for r in desk.run(desk.mod.list_facts(ALPHA))
           if r.origin is Origin.SERVER}
    assert set(own) == {EATS, CUBS}
    assert own[EATS].source == Source("Pandas at Home", author="Ann Author",
                                      publisher="Zoo News")
