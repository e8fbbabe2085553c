"""Moderators' work on the desk in headless Chromium, by clicks and typing: an unmatched claim
made into a fact that `factbot server check` then answers, and a fact edited and its history
read as a side-by-side diff."""

from __future__ import annotations

from pathlib import Path

from browser_support import Screen
from desk_pages import EDITED_SUMMARY, FACT_ID, MEMBER, OCTOPUS
from live_desk import ADA, ALPHA, LiveDesk, server_check, sign_in
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webelement import WebElement

from bot import messages
from bot.core.models import Claim, Verdict

pytest_plugins = ["browser_fixtures"]
T = messages.DESK_TEXT
ASKED = "Do octopuses really have three hearts?"


def test_an_unmatched_claim_becomes_a_fact_that_the_cli_then_answers(
        screen: Screen, desk: LiveDesk, tmp_path: Path) -> None:
    assert messages.no_match() in server_check(ASKED, desk, tmp_path)
    for wording in (ASKED, "do octopuses REALLY have  three hearts"):
        desk.run(desk.mod.check(Claim(wording, platform="discord", server=ALPHA.id,
                                      explicit=True)))
    sign_in(screen, desk, ADA)
    screen.press(T["unmatched"])
    assert screen.path == f"/s/{ALPHA}/unmatched"
    item = screen.section("three hearts")
    assert f"{T['asked']}: 2" in item.text        # both wordings, one group
    assert len(screen.driver.find_elements(By.CSS_SELECTOR, "main section")) == 1

    screen.press(T["make_fact"], within=item)
    assert screen.heading() == T["new_fact"]
    assert "REALLY have" in str(screen.control("Claim").get_attribute("value"))
    screen.fill("Claim", "Octopuses have three hearts")
    screen.choose(T["verdict"], "true")
    screen.fill("Summary", OCTOPUS.summary)
    screen.fill("title", "Marine Biology Today")
    screen.fill("url", "https://example.org/octopus")
    screen.fill("Figures", "3 = hearts of an octopus")
    screen.fill("Tags", "animals, sea")
    screen.press(T["save"])

    assert screen.path == f"/s/{ALPHA}/facts/{FACT_ID}", screen.url
    assert messages.desk_fact_saved(FACT_ID, 1) in screen.notice()
    screen.press(T["unmatched"])
    assert T["queue_empty"] in screen.text()

    # The CLI, another process on the same database, now answers the claim as asked.
    answer = server_check(ASKED, desk, tmp_path)
    assert messages.verdict_label(Verdict.TRUE) in answer
    assert OCTOPUS.summary in answer and "Marine Biology Today" in answer


def cells(row: WebElement) -> tuple[WebElement, WebElement]:
    before, after = row.find_elements(By.TAG_NAME, "td")
    return before, after


def marked(cell: WebElement, tag: str) -> list[str]:
    return [e.text.strip() for e in cell.find_elements(By.TAG_NAME, tag)]


def test_editing_a_fact_and_reading_its_history_side_by_side(screen: Screen,
                                                             desk: LiveDesk) -> None:
    desk.run(desk.mod.add_fact(ALPHA, MEMBER, OCTOPUS))
    sign_in(screen, desk, ADA)
    screen.press("Alpha")
    screen.fill(T["search_label"], "octopuses hearts")
    screen.choose(T["tag"], "sea")
    screen.press(T["filter"])
    assert "q=octopuses+hearts" in screen.url and "tag=sea" in screen.url
    screen.press(FACT_ID)

    assert screen.heading() == FACT_ID
    assert screen.control("Summary").get_attribute("value") == OCTOPUS.summary
    screen.fill("Summary", EDITED_SUMMARY)
    screen.fill("Tags", "animals, sea, biology")
    screen.press(T["save"])
    assert messages.desk_fact_saved(FACT_ID, 2) in screen.notice()
    record = desk.run(desk.mod.get_fact(ALPHA, FACT_ID))
    assert record.fact.summary == EDITED_SUMMARY and record.fact.tags[-1] == "biology"

    screen.press(T["history"])
    assert screen.heading() == f"{T['history']}: {FACT_ID}"
    newest = screen.section(f"{T['version']} 2: edit")
    rows = {r.find_element(By.TAG_NAME, "th").text: r
            for r in newest.find_elements(By.CSS_SELECTOR, "tbody tr")}
    assert set(rows) == {"summary", "tags"}          # only what changed
    before, after = cells(rows["summary"])
    assert before.text == OCTOPUS.summary and after.text == EDITED_SUMMARY
    assert marked(before, "del") == ["gills,", "one", "through"]
    assert marked(after, "ins") == ["small hearts", "gills;", "a", "third pumps it to"]
    assert not marked(before, "ins") and not marked(after, "del")
    # Side by side: the two versions on one line, the old one on the left.
    assert before.location["y"] == after.location["y"]
    assert before.location["x"] + before.size["width"] <= after.location["x"]
    tags_before, tags_after = cells(rows["tags"])
    assert tags_before.text == "animals, sea" and tags_after.text == "animals, sea, biology"
    assert marked(tags_after, "ins") == ["sea, biology"]
    assert screen.section(f"{T['version']} 1: add")
