"""Fixtures for the browser tests: one headless Chromium for the run, a fresh desk over its own
SQLite file for each test (`live_desk.sign_in` signs in the way a person does).

Use with `pytest_plugins = ["browser_fixtures"]`. Without Debian's chromium and chromedriver
the tests skip, saying what to install (under NO_SKIPS, as in CI, they fail instead)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_support import INSTALL, Screen, find_chromium, open_chromium
from live_desk import LiveDesk
from selenium import webdriver


@pytest.fixture(scope="session")
def chromium() -> Iterator[webdriver.Chrome]:
    found = find_chromium()
    if found is None:
        pytest.skip(f"the desk's browser tests need Chromium and chromedriver: {INSTALL}")
    driver = open_chromium(found)
    yield driver
    driver.quit()


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[LiveDesk]:
    live = LiveDesk(tmp_path / "factbot.db").start()
    yield live
    live.stop()


@pytest.fixture
def screen(chromium: webdriver.Chrome, desk: LiveDesk) -> Screen:
    """The browser on the desk, signed out, at desktop size."""
    chromium.execute_cdp_cmd("Network.clearBrowserCookies", {})
    page = Screen(chromium, desk.base)
    page.as_desktop()
    return page

