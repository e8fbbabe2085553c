"""The console adapter: an interactive prompt where each line is checked like a chat message."""

from __future__ import annotations

import logging
import sys
from typing import TextIO

from bot import messages
from bot.chat.base import FactChecker
from bot.chat.render import render_reply
from bot.core.models import Claim

QUIT_COMMANDS = frozenset({"/quit", "/exit"})
HELP_COMMANDS = frozenset({"/help", "/?", "help", "?"})
# A greeting or thanks on its own is no claim to check.
GREETINGS = frozenset(
    "hi hello hey hiya yo howdy thanks thank you thx ty ok okay cool good morning evening".split())

log = logging.getLogger(__name__)


def answer(checker: FactChecker, text: str) -> str:
    """The reply to one line; a failure inside the core is logged, not shown."""
    try:
        reply = checker.check(Claim(text=text, platform="console", explicit=True))
        return render_reply(reply)
    except Exception:
        log.exception("checking a console line failed")
        return messages.internal_error()


def _is_greeting(text: str) -> bool:
    words = "".join(c if c.isalnum() or c.isspace() else " " for c in text.casefold()).split()
    return bool(words) and len(words) <= 3 and all(w in GREETINGS for w in words)


def run_console(checker: FactChecker, *, stdin: TextIO | None = None,
                stdout: TextIO | None = None) -> None:
    """Read claims until end of input, /quit or Ctrl-C, printing each reply."""
    src = stdin or sys.stdin
    out = stdout or sys.stdout
    interactive = src.isatty()
    base = checker.fact_base
    print(messages.console_banner(len(base.facts), len(base.packs)), file=out)
    try:
        while True:
            if interactive:
                out.write(messages.console_prompt())
                out.flush()
            line = src.readline()
            if not line:
                if interactive:
                    print(file=out)  # Ctrl-D leaves the cursor after the prompt
                break
            text = line.strip()
            if text in QUIT_COMMANDS:
                break
            if not text:
                continue
            if text.casefold() in HELP_COMMANDS:
                print(messages.console_help(), file=out)
            elif _is_greeting(text):
                print(messages.console_greeting(), file=out)
            else:
                print(answer(checker, text), file=out)
            print(file=out)
    except KeyboardInterrupt:
        print(file=out)
    print(messages.console_bye(), file=out)
