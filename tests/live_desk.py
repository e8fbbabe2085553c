"""The desk served on 127.0.0.1 from a thread of its own, over a real SQLite store, signing in
against the local fake of Discord's and Slack's endpoints (tests/oauth_fake.py).

A browser's client (Selenium) blocks while the browser works, so the desk and the fake run on
their own event loop in a thread; `LiveDesk.run` hands that loop a coroutine, e.g. a
Moderation call to put a claim in a queue, and waits for its result."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
from collections.abc import Coroutine
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from desk_support import serving
from oauth_fake import MANAGE_GUILD, OAuthFake, Person

from bot import messages
from bot.moderation import Moderation, ServerKey

if TYPE_CHECKING:
    from browser_support import Screen

T = TypeVar("T")

ALPHA = ServerKey("discord", "111")
BETA = ServerKey("discord", "222")
TEAM = ServerKey("slack", "T1")

# Ada has Manage Server in Alpha only; Bo in Beta only; Ned in neither; Sam administers the
# Slack workspace T1.
ADA = Person("5001", "Ada", guilds={"111": ("Alpha", MANAGE_GUILD, ()), "222": ("Beta", 0, ())})
BO = Person("5002", "Bo", guilds={"222": ("Beta", MANAGE_GUILD, ()), "111": ("Alpha", 0, ())})
NED = Person("5003", "Ned", guilds={"111": ("Alpha", 0, ()), "222": ("Beta", 0, ())})
SAM = Person("U1", "Sam", team_id="T1", is_admin=True)
PEOPLE = (ADA, BO, NED, SAM)

START_SECONDS = 60


class LiveDesk:
    """A running desk: `base` (its URL), `fake` (the sign-in fake, `consent` on), `mod` (the
    desk's own Moderation service) and `db_url` (the SQLite file, for the CLI)."""

    def __init__(self, db_path: Path, people: tuple[Person, ...] = PEOPLE,
                 **overrides: Any) -> None:
        self.db_url = f"sqlite+aiosqlite:///{db_path}"
        self.fake = OAuthFake()
        self.fake.consent = True
        for person in people:
            self.fake.add(Person(person.user_id, person.name, dict(person.guilds),
                                 person.team_id, person.is_admin))
        self.base = ""
        self._overrides = overrides
        self._mod: Moderation | None = None
        self._loop = asyncio.new_event_loop()
        self._stop: asyncio.Event | None = None
        self._ready: Future[None] = Future()
        self._thread = threading.Thread(target=self._main, name="live-desk", daemon=True)

    @property
    def mod(self) -> Moderation:
        assert self._mod is not None, "start the desk first"
        return self._mod

    def start(self) -> LiveDesk:
        self._thread.start()
        self._ready.result(timeout=START_SECONDS)
        return self

    def stop(self) -> None:
        if self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(timeout=START_SECONDS)

    def run(self, work: Coroutine[Any, Any, T]) -> T:
        """Await `work` on the desk's loop (where its Moderation service lives)."""
        return asyncio.run_coroutine_threadsafe(work, self._loop).result(timeout=START_SECONDS)

    def sign_in_as(self, person: Person) -> None:
        """The next sign-in, on either platform, is this person's."""
        self.fake.next_user = person.user_id

    def _main(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_until_complete(self._serve())
        except BaseException as exc:
            if not self._ready.done():
                self._ready.set_exception(exc)
            raise
        finally:
            self._loop.close()

    async def _serve(self) -> None:
        self._stop = asyncio.Event()
        await self.fake.start()
        try:
            async with serving(self.db_url, self.fake, **self._overrides) as (base, mod):
                self.base, self._mod = base, mod
                self._ready.set_result(None)
                await self._stop.wait()
        finally:
            await self.fake.stop()


def sign_in(screen: Screen, desk: LiveDesk, person: Person, platform: str = "discord") -> None:
    """In the browser, from the sign-in page through the platform's consent page, back to the
    desk's list of servers."""
    desk.sign_in_as(person)
    screen.go("/")
    assert screen.path == "/signin", screen.url
    screen.press(messages.DESK_TEXT[f"signin_{platform}"])
    assert screen.url.startswith(desk.fake.url), screen.url   # the platform's own page
    screen.press("Authorize")
    assert screen.path == "/", screen.url


def server_check(claim: str, desk: LiveDesk, data_dir: Path) -> str:
    """`factbot server check` in its own process, on the desk's SQLite file, for Alpha."""
    env = {**os.environ, "FACTBOT_MATCHER": "lexical", "FACTBOT_DATA_DIR": str(data_dir)}
    done = subprocess.run([sys.executable, "-m", "bot.cli.main", "server", "check", claim,
                           "--server", str(ALPHA), "--db", desk.db_url], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout
