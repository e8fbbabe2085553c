"""Text between Slack and factbot: what Slack sends read back as the person typed it (`decode`),
and what goes to Slack escaped once, defused against mass and user pings, with a member's words
shown as written rather than formatted (`neutralise`), and cut to Block Kit's limits."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

# Block Kit limits (https://api.slack.com/reference/block-kit)
HEADER_CHARS = 150
SECTION_CHARS = 3000
FIELD_CHARS = 2000
FIELDS_PER_SECTION = 10
CONTEXT_CHARS = 2000
BUTTON_TEXT_CHARS = 75
BUTTON_VALUE_CHARS = 2000
OPTION_TEXT_CHARS = 75
INPUT_VALUE_CHARS = 3000
LABEL_CHARS = 2000
MODAL_TITLE_CHARS = 24
PRIVATE_METADATA_CHARS = 3000
MESSAGE_BLOCKS = 50
VIEW_BLOCKS = 100
FALLBACK_TEXT_CHARS = 3000

ELLIPSIS = "…"
_PARTIAL_ENTITY = re.compile(r"&[a-z]{0,4}$")
# "@here" typed as plain words: Slack links them only with link_names, which this app never sets,
# but a word joiner after the @ keeps them inert even if a client does.
_BARE_BROADCAST = re.compile(r"@(channel|here|everyone)\b", re.IGNORECASE)
WORD_JOINER = "\u2060"


def escape(text: str) -> str:
    """Escape Slack's control characters: `<!channel>`, `<@U1>`, `<!subteam^S1>` stay text."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _BARE_BROADCAST.sub(lambda m: "@" + WORD_JOINER + m.group(1), escaped)


def clip(text: str, limit: int) -> str:
    """At most `limit` characters, ending with an ellipsis when something was cut."""
    if len(text) <= limit:
        return text
    return text[: max(limit - 1, 0)].rstrip() + ELLIPSIS


def clip_escaped(text: str, limit: int) -> str:
    """Like `clip`, for text already escaped: never cuts an `&amp;` in half."""
    if len(text) <= limit:
        return text
    cut = _PARTIAL_ENTITY.sub("", text[: max(limit - 1, 0)])
    return cut.rstrip() + ELLIPSIS


def safe_mrkdwn(text: str, limit: int = SECTION_CHARS) -> str:
    """User or fact text for a mrkdwn field: escaped, defused and within `limit`."""
    return clip_escaped(escape(text), limit)


def plain(text: str, limit: int) -> dict[str, Any]:
    return {"type": "plain_text", "text": clip(text, limit) or " ", "emoji": True}


def mrkdwn(text: str) -> dict[str, Any]:
    """A mrkdwn object for text that is already safe (built from `safe_mrkdwn` pieces)."""
    return {"type": "mrkdwn", "text": text or " "}


# Slack's markup in the text it sends: `<@U1>`, `<@U1|name>`, `<#C1|name>`, `<!here>`,
# `<!subteam^S1|@team>`, `<!date^...|fallback>`, `<https://x|label>`, `<mailto:a@b|a@b>`.
_TOKEN = re.compile(r"<([^<>]*)>")
_USER_ID = re.compile(r"^[UW][A-Z0-9]+$")
_BROADCASTS = ("here", "channel", "everyone")
_SPACES = re.compile(r"[ \t]+")
_ENTITY = re.compile(r"&(amp|lt|gt);")
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">"}
# Characters that format mrkdwn when they wrap a word, each shown by a look-alike that does not.
_FORMATTING = str.maketrans({"*": "\u2217", "_": "\u02cd", "~": "\u223c", "`": "\u02cb"})


def mentioned_users(text: str) -> set[str]:
    """The ids of users mentioned without a name in Slack's text (`<@U1>`), whose names have to
    be looked up to show them."""
    out = set()
    for token in _TOKEN.finditer(text):
        target, _, label = token.group(1).partition("|")
        if target.startswith("@") and not label and _USER_ID.match(target[1:]):
            out.add(target[1:])
    return out


def _token(inner: str, names: Mapping[str, str], drop_user: str | None) -> str:
    target, _, label = inner.partition("|")
    if target.startswith("@"):
        user = target[1:]
        if user == drop_user:
            return " "
        return "@" + (label or names.get(user) or user)
    if target.startswith("#"):
        return "#" + (label or target[1:])
    if target.startswith("!"):
        command = target[1:]
        if command in _BROADCASTS:
            return "@" + command
        return label or "@" + command.split("^", 1)[0]
    if label:
        return label
    return target.removeprefix("mailto:")


def decode(text: str, names: Mapping[str, str] | None = None, *,
           drop_user: str | None = None) -> str:
    """Text as the person typed and saw it, from the text Slack sends: entities unescaped once,
    mentions and channels as `@name` and `#name` (`names` maps user ids to display names), links
    as their label, and the mentions of `drop_user` (the app itself) left out."""
    known = names or {}
    out, last = [], 0
    for token in _TOKEN.finditer(text):
        out.append(text[last:token.start()])
        out.append(_token(token.group(1), known, drop_user))
        last = token.end()
    out.append(text[last:])
    plain_text = _ENTITY.sub(lambda m: _ENTITIES[m.group(1)], "".join(out))
    return "\n".join(_SPACES.sub(" ", line).strip() for line in plain_text.split("\n")).strip()


def neutralise(text: str) -> str:
    """A member's words for echoing inside a message: one line, and the characters that would
    format it (bold, italic, strike, code) replaced by look-alikes that do not."""
    return " ".join(text.split()).translate(_FORMATTING)


def safe_echo(text: str, limit: int = SECTION_CHARS) -> str:
    """A member's words for a mrkdwn field: shown as written, escaped, defused, within `limit`."""
    return clip_escaped(escape(neutralise(text)), limit)
