"""Debian's headless Chromium driven through Selenium, with what a person does on a page:
follow a link or press a button by its words, fill a control by its label, move with Tab.

Selenium is handed the paths of Debian's `chromium` and `chromedriver` (Selenium Manager,
which would download a browser or a driver, is never asked), so the tests run offline."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

INSTALL = ("apt-get install -y --no-install-recommends chromium chromium-driver "
           "(Debian's headless Chromium and its chromedriver)")
DESKTOP = (1280, 800)
PHONE = (390, 844)
WAIT_SECONDS = 15


@dataclass(frozen=True, slots=True)
class Chromium:
    browser: str
    driver: str


def find_chromium() -> Chromium | None:
    """Debian's binaries on PATH, or None when either is missing."""
    browser = shutil.which("chromium")
    driver = shutil.which("chromedriver")
    return Chromium(browser, driver) if browser and driver else None


def open_chromium(found: Chromium) -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = found.browser
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                     "--disable-gpu", "--no-first-run", "--disable-extensions",
                     "--hide-scrollbars", "--font-render-hinting=none",
                     f"--window-size={DESKTOP[0]},{DESKTOP[1]}"):
        options.add_argument(argument)
    # The desk is plain HTTP on 127.0.0.1, a secure context for Chromium, so its Secure
    # cookie is kept as on a real https address.
    return webdriver.Chrome(service=Service(executable_path=found.driver), options=options)


# The text a control is known by: its <label>s, else its aria-label.
LABEL_OF = """
const el = arguments[0];
const labels = Array.from(el.labels || []).map(l => l.textContent);
const text = labels.length ? labels.join(' ') : (el.getAttribute('aria-label') || '');
return text.replace(/\\s+/g, ' ').trim();
"""

UNLABELLED = """
return Array.from(document.querySelectorAll('input, select, textarea'))
  .filter(el => el.type !== 'hidden')
  .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label'))
  .map(el => el.outerHTML);
"""

# What Tab stops at, in the page's order (the desk sets no tabindex): links, buttons, the
# controls a person sees and the summaries that open a <details>; a group of radio buttons is
# one stop, at its chosen button (the arrow keys move within it).
FOCUSABLE = """
return Array.from(document.querySelectorAll(
    'a[href], button, input, select, textarea, details > summary'))
  .filter(el => el.type !== 'hidden' && !el.disabled && el.getClientRects().length > 0)
  .filter(el => el.type !== 'radio' || el.checked);
"""


class Screen:
    """One browser tab on the desk at `base`."""

    def __init__(self, driver: webdriver.Chrome, base: str) -> None:
        self.driver = driver
        self.base = base

    # -- size ------------------------------------------------------------------------------

    def as_phone(self, width: int = PHONE[0], height: int = PHONE[1]) -> None:
        """A phone's screen: its width in CSS pixels, and the page's viewport meta obeyed."""
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": True})

    def as_desktop(self) -> None:
        self.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        self.driver.set_window_size(*DESKTOP)

    def overflow_x(self) -> int:
        """How many CSS pixels the page is wider than the window (0: no sideways scrolling)."""
        return int(self.driver.execute_script(
            "const d = document.documentElement;"
            "return Math.max(d.scrollWidth, document.body.scrollWidth) - d.clientWidth;"))

    def viewport_width(self) -> int:
        return int(self.driver.execute_script("return document.documentElement.clientWidth"))

    # -- reading ---------------------------------------------------------------------------

    def go(self, path: str) -> None:
        self.driver.get(path if path.startswith("http") else self.base + path)

    @property
    def url(self) -> str:
        return self.driver.current_url

    @property
    def path(self) -> str:
        """The address's path on the desk, without its query."""
        return urlsplit(self.url.removeprefix(self.base)).path

    def text(self) -> str:
        return self.driver.find_element(By.TAG_NAME, "body").text

    def heading(self) -> str:
        return self.driver.find_element(By.TAG_NAME, "h1").text

    def notice(self) -> str:
        found = self.driver.find_elements(By.CSS_SELECTOR, "[role=status], [role=alert]")
        return " ".join(e.text for e in found)

    def section(self, words: str) -> WebElement:
        """The queue item or version (a <section>) whose text has `words`."""
        for element in self.driver.find_elements(By.TAG_NAME, "section"):
            if words in element.text:
                return element
        raise AssertionError(f"no section with {words!r} on {self.url}:\n{self.text()}")

    def unlabelled_controls(self) -> list[str]:
        return list(self.driver.execute_script(UNLABELLED))

    def label_of(self, element: WebElement) -> str:
        return str(self.driver.execute_script(LABEL_OF, element))

    # -- doing -----------------------------------------------------------------------------

    def control(self, label: str, within: WebElement | None = None) -> WebElement:
        """The input, select or textarea whose label starts with `label`."""
        scope: WebDriver | WebElement = within or self.driver
        for element in scope.find_elements(By.CSS_SELECTOR, "input, select, textarea"):
            if element.get_attribute("type") != "hidden" and \
                    self.label_of(element).startswith(label):
                return element
        raise AssertionError(f"no control labelled {label!r} on {self.url}")

    def fill(self, label: str, text: str, within: WebElement | None = None) -> None:
        element = self.control(label, within)
        element.clear()
        element.send_keys(text)

    def choose(self, label: str, option: str, within: WebElement | None = None) -> None:
        element = self.control(label, within)
        for choice in element.find_elements(By.TAG_NAME, "option"):
            if choice.text == option:
                choice.click()
                return
        raise AssertionError(f"{label!r} has no option {option!r}")

    def press(self, words: str, within: WebElement | None = None) -> None:
        """Click the link or button that says `words`, and wait for the next page."""
        self._navigating(lambda: self.button(words, within).click())

    def button(self, words: str, within: WebElement | None = None) -> WebElement:
        scope: WebDriver | WebElement = within or self.driver
        for element in scope.find_elements(By.CSS_SELECTOR, "a, button"):
            if element.text.strip() == words and element.is_displayed():
                return element
        raise AssertionError(f"no link or button {words!r} on {self.url}:\n{self.text()}")

    # -- the keyboard ----------------------------------------------------------------------

    def focused(self) -> WebElement:
        return self.driver.switch_to.active_element

    def focus_ring(self) -> str:
        """The focused element's outline, as drawn (e.g. 'solid 3px')."""
        return str(self.driver.execute_script(
            "const s = getComputedStyle(document.activeElement);"
            "return s.outlineStyle === 'none' ? '' : s.outlineStyle + ' ' + s.outlineWidth;"))

    def focusable(self) -> list[WebElement]:
        return list(self.driver.execute_script(FOCUSABLE))

    def keys(self, *keys: str) -> None:
        ActionChains(self.driver).send_keys(*keys).perform()

    def tab_to(self, words: str, *, limit: int = 80) -> WebElement:
        """Press Tab until the focus is on the link or button saying `words`, or on the control
        labelled so; every stop on the way must show its focus."""
        for _ in range(limit):
            self.keys(Keys.TAB)
            element = self.focused()
            assert self.focus_ring(), f"no visible focus on {element.get_attribute('outerHTML')}"
            said = element.text.strip() if element.tag_name in ("a", "button") else \
                self.label_of(element)
            if said == words or (element.tag_name not in ("a", "button")
                                 and said.startswith(words)):
                return element
        raise AssertionError(f"Tab never reached {words!r} on {self.url}")

    def type_over(self, text: str) -> None:
        """Replace what the focused control holds by typing `text` (Ctrl+A, then the keys)."""
        ActionChains(self.driver).key_down(Keys.CONTROL).send_keys("a").key_up(
            Keys.CONTROL).send_keys(text).perform()

    def enter(self) -> None:
        """Press Enter on the focused link or button, and wait for the next page."""
        self._navigating(lambda: self.keys(Keys.ENTER))

    def _navigating(self, act: Callable[[], None]) -> None:
        old = self.driver.find_element(By.TAG_NAME, "html")
        act()
        WebDriverWait(self.driver, WAIT_SECONDS).until(lambda _: _gone(old))
        WebDriverWait(self.driver, WAIT_SECONDS).until(_loaded)


def _gone(element: WebElement) -> bool:
    """Whether the page that held `element` has been left. While Chromium swaps documents,
    chromedriver may answer that the node no longer belongs to the document rather than that
    it is stale: the page has been left either way."""
    try:
        element.is_enabled()
    except StaleElementReferenceException:
        return True
    except WebDriverException as exc:
        if "does not belong to the document" in str(exc):
            return True
        raise
    return False


def _loaded(driver: WebDriver) -> bool:
    try:
        return bool(driver.execute_script("return document.readyState") == "complete")
    except WebDriverException as exc:
        if "does not belong to the document" in str(exc) or "no such execution context" in str(exc):
            return False
        raise
