"""The base of the errors a person can act on, below every layer that raises them."""

from __future__ import annotations


class ModerationError(Exception):
    """Base of every user-facing moderation error: `str(error)` is a finished sentence to
    show as is. The moderation layer raises most of them (`bot.moderation.errors`); the store
    raises StoreBusy (`bot.store.database`)."""
