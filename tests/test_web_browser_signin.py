"""The desk in headless Chromium: signing in with Discord and with Slack through the local fake
of their endpoints (consent page, redirect back, callback), and who sees which servers."""

from __future__ import annotations

import subprocess

from browser_support import Screen, find_chromium
from desk_pages import FACT_ID, MEMBER, OCTOPUS
from live_desk import ADA, ALPHA, BETA, BO, NED, SAM, LiveDesk, sign_in
from selenium.webdriver import Chrome
from selenium.webdriver.common.by import By

from bot import messages
from bot.web.app import COOKIE

pytest_plugins = ["browser_fixtures"]
T = messages.DESK_TEXT


def links(screen: Screen) -> dict[str, str]:
    return {a.text: str(a.get_attribute("href")).removeprefix(screen.base)
            for a in screen.driver.find_elements(By.CSS_SELECTOR, "main a")}


def test_the_browser_is_debians_chromium_through_its_chromedriver(chromium: Chrome) -> None:
    found = find_chromium()
    assert found is not None
    # Selenium was handed these two binaries: no browser or driver of its own downloading.
    browser = subprocess.run([found.browser, "--version"], capture_output=True, text=True,
                             check=True).stdout
    driver = subprocess.run([found.driver, "--version"], capture_output=True, text=True,
                            check=True).stdout
    assert chromium.capabilities["browserVersion"] in browser
    assert chromium.capabilities["chrome"]["chromedriverVersion"].split()[0] in driver


def test_sign_in_with_discord_through_its_consent_page(screen: Screen, desk: LiveDesk) -> None:
    desk.sign_in_as(ADA)
    screen.go("/s/discord:111/facts")
    assert screen.path == "/signin" and screen.heading() == T["signin_heading"]
    assert T["signin_slack"] in screen.text()
    screen.press(T["signin_discord"])
    # Discord's page: the desk asked for identify and guilds, and passed a state along.
    assert screen.url.startswith(f"{desk.fake.url}/oauth2/authorize?")
    assert "identify guilds" in screen.text() and "Ada" in screen.text()
    screen.press("Authorize")
    assert screen.path == "/", screen.url
    assert messages.desk_signed_in_as("Ada", "discord") in screen.text()
    # Alpha, which she moderates, and not Beta, where she is a member only.
    assert links(screen)["Alpha"] == "/s/discord:111/facts"
    assert "Beta" not in screen.text()
    cookie = screen.driver.get_cookie(COOKIE)
    assert cookie is not None and cookie["secure"] and cookie["httpOnly"]
    assert cookie["sameSite"] == "Lax"
    assert desk.fake.refused == []

    screen.press("Alpha")
    assert screen.path == "/s/discord:111/facts" and screen.heading() == T["facts"]
    screen.press(T["signout"])
    assert screen.path == "/signin"
    screen.go("/s/discord:111/facts")
    assert screen.path == "/signin"


def test_cancelling_on_the_platforms_page_signs_nobody_in(screen: Screen,
                                                          desk: LiveDesk) -> None:
    desk.sign_in_as(ADA)
    screen.go("/signin")
    screen.press(T["signin_discord"])
    screen.press("Cancel")
    assert messages.desk_signin_failed("discord", "access_denied") in screen.notice()
    assert screen.driver.get_cookie(COOKIE) is None
    screen.go("/")
    assert screen.path == "/signin"


def test_sign_in_with_slack(screen: Screen, desk: LiveDesk) -> None:
    desk.sign_in_as(SAM)
    screen.go("/signin")
    screen.press(T["signin_slack"])
    assert screen.url.startswith(f"{desk.fake.url}/openid/connect/authorize?")
    assert "openid profile" in screen.text()
    screen.press("Authorize")
    assert messages.desk_signed_in_as("Sam", "slack") in screen.text()
    screen.press(T["unmatched"])
    assert screen.path == "/s/slack:T1/unmatched"
    assert screen.heading() == T["unmatched"] and T["queue_empty"] in screen.text()


def test_a_person_who_moderates_no_server_sees_none(screen: Screen, desk: LiveDesk) -> None:
    sign_in(screen, desk, NED)
    assert screen.path == "/"
    assert T["no_servers"] in screen.text()
    assert "Alpha" not in screen.text() and "Beta" not in screen.text()
    assert links(screen) == {}
    for server in (ALPHA, BETA):
        screen.go(f"/s/{server}/unmatched")
        assert messages.desk_not_moderator(str(server)) in screen.notice()


def test_one_servers_moderator_cannot_open_or_change_anothers(screen: Screen,
                                                               desk: LiveDesk) -> None:
    beta_fact = desk.run(desk.mod.add_fact(BETA, MEMBER, OCTOPUS)).fact.id
    desk.run(desk.mod.add_fact(ALPHA, MEMBER, OCTOPUS))
    sign_in(screen, desk, ADA)
    for path in ("/facts", f"/facts/{beta_fact}", f"/facts/{beta_fact}/history", "/facts/new",
                 "/unmatched", "/suggestions", "/reports"):
        screen.go(f"/s/{BETA}{path}")
        assert messages.desk_not_moderator(str(BETA)) in screen.notice(), path
        assert OCTOPUS.summary not in screen.text()
    # Her own fact's Retire form, its address turned to Beta's fact: refused, with her own
    # valid CSRF token, and Beta's fact stays served.
    screen.go(f"/s/{ALPHA}/facts/{FACT_ID}")
    form = screen.button(T["retire"]).find_element(By.XPATH, "./ancestor::form")
    screen.driver.execute_script("arguments[0].action = arguments[1]", form,
                                 f"/s/{BETA}/facts/{beta_fact}/retire")
    screen.press(T["retire"])
    assert messages.desk_not_moderator(str(BETA)) in screen.notice()
    assert not desk.run(desk.mod.get_fact(BETA, beta_fact)).retired
    assert not desk.run(desk.mod.get_fact(ALPHA, FACT_ID)).retired

    # Bo, Beta's moderator, in the same browser after Ada signs out: the other way round.
    screen.go("/")
    screen.press(T["signout"])
    sign_in(screen, desk, BO)
    assert "Beta" in links(screen) and "Alpha" not in links(screen)
    screen.go(f"/s/{ALPHA}/facts/{FACT_ID}")
    assert messages.desk_not_moderator(str(ALPHA)) in screen.notice()
