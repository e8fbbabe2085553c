"""The console adapter as a service of the runner: stdin lines in, replies out, stops cleanly.

It shares an event loop with the ops server and other services; `adapters.console.app` decides
what a line is (quit, help, a greeting or a claim). On stop it reads no further line, and every
line it has already read is answered before it returns.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import stat
import sys
import threading
from typing import BinaryIO, TextIO

from adapters.console.app import is_quit, scripted_answer
from bot import messages
from bot.chat.render import render_reply
from bot.chat.seam import Checking
from bot.core.models import Claim

log = logging.getLogger("factbot.console")


class _Lines:
    """Lines from a pipe (non-blocking), a terminal (a reader thread) or a regular file."""

    def __init__(self, source: BinaryIO) -> None:
        self.source = source
        self.reader: asyncio.StreamReader | None = None
        self.typed: asyncio.Queue[bytes] | None = None

    async def open(self) -> None:
        fd = self.source.fileno()
        if stat.S_ISREG(os.fstat(fd).st_mode):
            return  # epoll cannot watch regular files; reading them never blocks anyway
        loop = asyncio.get_running_loop()
        if os.isatty(fd):
            # A terminal's input and output share one open file: making it non-blocking for
            # the event loop would make writing replies fail. A daemon thread reads instead,
            # and is simply left behind at exit if it is waiting for a line.
            typed: asyncio.Queue[bytes] = asyncio.Queue()
            self.typed = typed

            def read() -> None:
                # os.read, not the buffered stdin: a thread blocked inside the buffer's lock
                # would abort the interpreter's shutdown.
                pending = b""
                while True:
                    chunk = os.read(fd, 65536)
                    pending += chunk
                    *lines, pending = pending.split(b"\n") if chunk else [pending, b""]
                    for line in lines:
                        try:
                            loop.call_soon_threadsafe(typed.put_nowait, line + b"\n")
                        except RuntimeError:
                            return  # the loop is gone: factbot is exiting
                    if not chunk:
                        with contextlib.suppress(RuntimeError):
                            loop.call_soon_threadsafe(typed.put_nowait, b"")
                        return

            threading.Thread(target=read, name="factbot-console-input", daemon=True).start()
            return
        reader = asyncio.StreamReader()
        await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), self.source)
        self.reader = reader

    async def readline(self) -> bytes:
        if self.typed is not None:
            return await self.typed.get()
        if self.reader is None:
            return self.source.readline()
        return await self.reader.readline()


class ConsoleService:
    name = "console"

    def __init__(self, desk: Checking, *, stdin: BinaryIO | None = None,
                 stdout: TextIO | None = None, fact_count: int = 0, pack_count: int = 0) -> None:
        self.desk = desk
        self.stdin = stdin or sys.stdin.buffer
        self.stdout = stdout or sys.stdout
        self.banner = messages.console_banner(fact_count, pack_count)
        self.accepted = 0
        self.answered = 0
        self._open = False

    def ready(self) -> bool:
        return self._open

    def say(self, text: str) -> None:
        print(text, file=self.stdout, flush=True)

    async def serve(self, stop: asyncio.Event) -> None:
        lines = _Lines(self.stdin)
        await lines.open()
        self._open = True
        self.say(self.banner)
        interactive = os.isatty(self.stdin.fileno())
        stopping = asyncio.ensure_future(stop.wait())
        try:
            while not stop.is_set():
                if interactive:
                    self.stdout.write(messages.console_prompt())
                    self.stdout.flush()
                reading = asyncio.ensure_future(lines.readline())
                await asyncio.wait({reading, stopping}, return_when=asyncio.FIRST_COMPLETED)
                if not reading.done():
                    reading.cancel()
                    break
                raw = reading.result()
                if not raw:
                    if interactive:
                        self.say("")  # Ctrl-D leaves the cursor after the prompt
                    break
                text = raw.decode("utf-8", errors="replace").strip()
                if is_quit(text):
                    break
                if not text:
                    continue
                scripted = scripted_answer(text)
                if scripted is not None:
                    self.say(scripted + "\n")
                else:
                    await self.answer(text)
        finally:
            stopping.cancel()
            self._open = False
        self.say(messages.console_bye())
        log.info("console closed", extra={"accepted": self.accepted, "answered": self.answered})

    async def answer(self, text: str) -> None:
        """Answer one line; a failure inside the core is logged, and the person told briefly."""
        self.accepted += 1
        try:
            reply = await self.desk.check(Claim(text=text, platform="console", explicit=True))
            shown = render_reply(reply)
        except Exception:
            log.exception("checking a console line failed")
            shown = messages.internal_error()
        self.say(shown + "\n")
        self.answered += 1
