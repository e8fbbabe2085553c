"""Text that goes to Slack: defused against mass and user pings, and cut to Block Kit's limits."""

from __future__ import annotations

import re
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


def strip_mentions(text: str) -> str:
    """A message without the `<@U...>` mention tokens that address the app."""
    return re.sub(r"<@[A-Z0-9]+(\|[^>]*)?>", " ", text).strip()
