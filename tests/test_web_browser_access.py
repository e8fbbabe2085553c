"""The desk's pages in headless Chromium for people who use a keyboard or a phone: the main
flow by Tab and Enter alone, a label on every control, and no sideways scrolling at a phone's
width. Every page of `desk_pages.PAGES` is walked, so a new page is covered by its line there."""

from __future__ import annotations

from collections.abc import Iterator

from browser_support import PHONE, Screen
from desk_pages import PAGES, fill_desk
from live_desk import ADA, ALPHA, LiveDesk, sign_in
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webelement import WebElement

from bot import messages
from bot.core.models import Claim, Verdict
from bot.web.app import COOKIE

pytest_plugins = ["browser_fixtures"]
T = messages.DESK_TEXT


def walk(screen: Screen, desk: LiveDesk) -> Iterator[str]:
    """Open each page of the desk in turn (signed out for the sign-in page, as Ada for the
    others) and yield its name while it is shown."""
    fill_desk(desk)
    for page in sorted(PAGES, key=lambda p: p.signed_in):
        if page.signed_in and screen.driver.get_cookie(COOKIE) is None:
            sign_in(screen, desk, ADA)
        page.open(screen)
        assert screen.heading() == page.heading, (page.name, screen.text())
        yield page.name


def test_every_control_on_every_page_has_a_label(screen: Screen, desk: LiveDesk) -> None:
    names = []
    for name in walk(screen, desk):
        assert screen.unlabelled_controls() == [], name
        assert screen.driver.find_elements(By.CSS_SELECTOR, "script") == [], name
        names.append(name)
    assert names == [p.name for p in sorted(PAGES, key=lambda p: p.signed_in)]


def test_every_page_fits_a_phone_without_sideways_scrolling(screen: Screen,
                                                            desk: LiveDesk) -> None:
    screen.as_phone()
    for name in walk(screen, desk):
        assert screen.viewport_width() == PHONE[0], name    # the page's viewport meta obeyed
        assert screen.overflow_x() == 0, name


def start_tag(element: WebElement) -> str:
    return str(element.get_attribute("outerHTML")).partition(">")[0] + ">"


def test_every_page_is_worked_through_by_tab_with_its_focus_shown(screen: Screen,
                                                                  desk: LiveDesk) -> None:
    for name in walk(screen, desk):
        stops = screen.focusable()
        assert stops, name
        reached = []
        for _ in stops:
            screen.keys(Keys.TAB)
            reached.append(screen.focused())
            assert screen.focus_ring(), (name, reached[-1].get_attribute("outerHTML"))
        # Each in turn: none skipped, none trapping the focus.
        assert reached == stops, (name, [start_tag(e) for e in reached],
                                  [start_tag(e) for e in stops])


def test_the_main_flow_by_keyboard_alone(screen: Screen, desk: LiveDesk) -> None:
    claim = "Is the moon made of cheese?"
    desk.run(desk.mod.check(Claim(claim, platform="discord", server=ALPHA.id, explicit=True)))
    desk.sign_in_as(ADA)
    screen.go("/signin")
    skip = screen.tab_to(T["skip"], limit=1)          # the first stop skips the header
    assert skip.is_displayed() and skip.location["x"] >= 0
    screen.tab_to(T["signin_discord"])
    screen.enter()
    screen.tab_to("Authorize")
    screen.enter()
    assert messages.desk_signed_in_as("Ada", "discord") in screen.text()

    screen.tab_to(T["unmatched"])
    screen.enter()
    assert screen.path == f"/s/{ALPHA}/unmatched"
    screen.tab_to(T["make_fact"])
    screen.enter()
    assert screen.heading() == T["new_fact"]
    screen.tab_to("Claim")
    screen.type_over("The moon is made of cheese")
    screen.tab_to(T["verdict"])
    screen.keys("false")                               # a select picks by typing
    screen.tab_to("Summary")
    screen.type_over("The Moon is rock: mostly silicate minerals, as the Apollo samples show.")
    screen.tab_to(T["save"])
    screen.enter()

    fact_id = "the-moon-is-made-of-cheese"
    assert messages.desk_fact_saved(fact_id, 1) in screen.notice()
    record = desk.run(desk.mod.get_fact(ALPHA, fact_id))
    assert record.fact.verdict is Verdict.FALSE
    assert record.fact.claim == "The moon is made of cheese"
    assert desk.run(desk.mod.unmatched(ALPHA)) == []
