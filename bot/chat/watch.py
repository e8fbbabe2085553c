"""Passive watch, decided once for every platform: which unasked messages get an answer.

A message in a channel an admin opted in is answered unasked only when it looks like a claim
(long enough, not a command, not a link dump, not a wall of text) and its reply gives a verdict
(not context) on a match well above the server's threshold, and only when the cooldowns of its
channel and author allow it (`bot.chat.cooldowns`).
"""

from __future__ import annotations

from bot.chat.settings import ServerSettings
from bot.core.models import Reply
from bot.core.normalise import normalise

# Passive answers need more confidence than explicit checks: nobody asked for them.
PASSIVE_THRESHOLD = 0.8
MIN_CLAIM_WORDS = 5
MAX_CLAIM_CHARS = 1000


def looks_like_claim(text: str) -> bool:
    """A statement worth checking unprompted: long enough, not a command, not a link dump."""
    stripped = text.strip()
    if not stripped or stripped[0] in "!/$.?" or len(stripped) > MAX_CLAIM_CHARS:
        return False
    words = [w for w in normalise(stripped).split() if not w.startswith("http")]
    return len(words) >= MIN_CLAIM_WORDS


def confident(reply: Reply, settings: ServerSettings) -> bool:
    """A verdict (not context) on a match well above the server's threshold."""
    return reply.judged and reply.score >= max(PASSIVE_THRESHOLD, settings.threshold)
