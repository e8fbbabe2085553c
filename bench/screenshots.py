"""Screenshots of every page of the moderators' desk, at a desktop's and at a phone's width.

Serves the desk on 127.0.0.1 over a fresh SQLite store filled as a little use leaves it (the
browser tests' `tests/desk_pages.py`: its list of pages and its data), signs in through the
local fake of Discord's sign-in in Debian's headless Chromium, and writes one PNG per page and
width, reduced to a small palette so that they stay small in the repository.

    .venv/bin/python bench/screenshots.py [--out docs/screenshots] [--colors 48]

Needs `chromium` and `chromium-driver` (apt) and the test extra (Selenium, Pillow).
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
from pathlib import Path

# The repository, and its tests/ for the served desk, the sign-in fake and the list of pages.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("FACTBOT_MATCHER", "lexical")

from browser_support import INSTALL, Screen, find_chromium, open_chromium
from desk_pages import PAGES, DeskPage, fill_desk
from live_desk import ADA, LiveDesk, sign_in
from PIL import Image

from bot.web.app import COOKIE

REPO = Path(__file__).resolve().parent.parent
# name → (width, height, a phone's viewport rules)
SIZES = {"desktop": (1100, 760, False), "phone": (390, 844, True)}


def small_png(png: bytes, colors: int) -> bytes:
    """The screenshot with an adaptive palette of `colors`, compressed as far as PNG goes."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    out = io.BytesIO()
    image.quantize(colors=colors, method=Image.Quantize.MEDIANCUT).save(
        out, format="PNG", optimize=True)
    return out.getvalue()


def shoot(screen: Screen, desk: LiveDesk, page: DeskPage, out: Path, size: str,
          colors: int) -> Path:
    if page.signed_in and screen.driver.get_cookie(COOKIE) is None:
        sign_in(screen, desk, ADA)
    page.open(screen)
    if screen.heading() != page.heading:
        raise SystemExit(f"{page.name}: expected the heading {page.heading!r}, "
                         f"the page shows:\n{screen.text()}")
    path = out / f"{page.name}-{size}.png"
    path.write_bytes(small_png(screen.driver.get_screenshot_as_png(), colors))
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--colors", type=int, default=48)
    args = parser.parse_args()
    found = find_chromium()
    if found is None:
        raise SystemExit(f"screenshots need Chromium and chromedriver: {INSTALL}")
    args.out.mkdir(parents=True, exist_ok=True)
    driver = open_chromium(found)
    with tempfile.TemporaryDirectory() as tmp:
        desk = LiveDesk(Path(tmp) / "factbot.db").start()
        try:
            fill_desk(desk)
            screen = Screen(driver, desk.base)
            print("| page | width | file | bytes |\n|---|---|---|---|")
            for size, (width, height, mobile) in SIZES.items():
                driver.execute_cdp_cmd("Network.clearBrowserCookies", {})
                driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
                    "width": width, "height": height, "deviceScaleFactor": 1,
                    "mobile": mobile})
                for page in sorted(PAGES, key=lambda p: p.signed_in):
                    path = shoot(screen, desk, page, args.out, size, args.colors)
                    print(f"| {page.name} | {size} | {path.relative_to(REPO)} | "
                          f"{path.stat().st_size} |")
        finally:
            desk.stop()
            driver.quit()


if __name__ == "__main__":
    main()
