"""The console adapter: an interactive prompt where each line is checked like a chat message."""

from __future__ import annotations

import sys
from typing import TextIO

from bot import messages
from bot.models import Claim
from bot.render import render_reply
from bot.service import FactChecker

QUIT_COMMANDS = frozenset({"/quit", "/exit"})


def run_console(checker: FactChecker, *, stdin: TextIO | None = None,
                stdout: TextIO | None = None) -> None:
    """Read claims until end of input or /quit, printing each reply."""
    src = stdin or sys.stdin
    out = stdout or sys.stdout
    interactive = src.isatty()
    base = checker.fact_base
    print(messages.console_banner(len(base.facts), len(base.packs)), file=out)
    while True:
        if interactive:
            out.write(messages.console_prompt())
            out.flush()
        line = src.readline()
        if not line:
            break
        text = line.strip()
        if text in QUIT_COMMANDS:
            break
        if not text:
            continue
        reply = checker.check(Claim(text=text, platform="console", explicit=True))
        print(render_reply(reply), file=out)
        print(file=out)
    print(messages.console_bye(), file=out)
