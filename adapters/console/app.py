"""What the console does with a typed line: quit, help, a greeting, or a claim to check.

`adapters.console.service` runs the conversation (the prompt, reading lines, stopping cleanly);
this module decides, for each line, whether it is a claim at all.
"""

from __future__ import annotations

from bot import messages

QUIT_COMMANDS = frozenset({"/quit", "/exit"})
HELP_COMMANDS = frozenset({"/help", "/?", "help", "?"})
# A greeting or thanks on its own is no claim to check.
GREETINGS = frozenset(
    "hi hello hey hiya yo howdy thanks thank you thx ty ok okay cool good morning evening".split())


def is_quit(text: str) -> bool:
    return text.strip().casefold() in QUIT_COMMANDS


def is_greeting(text: str) -> bool:
    words = "".join(c if c.isalnum() or c.isspace() else " " for c in text.casefold()).split()
    return bool(words) and len(words) <= 3 and all(w in GREETINGS for w in words)


def scripted_answer(text: str) -> str | None:
    """The console's own answer to a line that is no claim (help, a greeting); None for a claim."""
    if text.strip().casefold() in HELP_COMMANDS:
        return messages.console_help()
    if is_greeting(text):
        return messages.console_greeting()
    return None
