"""Discord settings as the adapter receives them: safe by default, the token never shown."""

from __future__ import annotations

from adapters.discord.bot import intents_for
from adapters.discord.config import DiscordConfig


def test_defaults_are_safe() -> None:
    config = DiscordConfig(token="abc.def")
    assert not config.allow_dms and not config.message_content
    assert not intents_for(config).message_content
    assert "abc.def" not in repr(config)


def test_message_content_is_requested_only_when_asked() -> None:
    assert intents_for(DiscordConfig(token="t", message_content=True)).message_content
