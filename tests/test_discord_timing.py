"""Discord's clock: a first answer within 3 seconds, whatever the check costs."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pytest
from discord_fake import FakeDiscord, option, slash, subcommand

import bot.moderation.service as service

if TYPE_CHECKING:
    from discord_harness import StartBot

pytest_plugins = ["discord_harness"]
pytestmark = pytest.mark.asyncio

CLAIM = "Russia and China already have a formal alliance"
EPHEMERAL = 64
SLOW_S = 1.0


def slowed(check: Callable[..., Any]) -> Callable[..., Any]:
    """The real matching, made slower than Discord's window (as on a large fact base)."""

    def slow(*args: Any, **kwargs: Any) -> Any:
        time.sleep(SLOW_S)
        return check(*args, **kwargs)

    return slow


async def test_a_slow_check_is_deferred_and_does_not_hold_up_others(
        start_bot: StartBot, fake: FakeDiscord, monkeypatch: pytest.MonkeyPatch) -> None:
    fake.response_window = 0.5
    monkeypatch.setattr(service, "check_message", slowed(service.check_message))
    async with start_bot():
        asked = slash("factcheck", [option("claim", CLAIM)])
        answer = asyncio.create_task(fake.answer(asked))
        await asyncio.sleep(0.1)
        # While that check runs, another member's command is answered in time.
        other = await fake.interact(slash("facts", [subcommand("search", [
            option("query", "Power of Siberia")])]))
        assert other.status == 200
        data = await answer
    [deferral] = fake.find("POST", rf"/interactions/{asked['id']}/.+/callback$")
    assert (deferral.json["type"], deferral.status) == (5, 200)
    assert not (deferral.json.get("data") or {}).get("flags", 0) & EPHEMERAL
    assert data["embeds"][0]["title"] == "❌ False" and not data["flags"] & EPHEMERAL


async def test_no_match_after_a_deferral_is_still_private(factbot: object,
                                                          fake: FakeDiscord) -> None:
    data = await fake.answer(slash("factcheck", [
        option("claim", "Russia and China trade a lot of bananas on Mars")]))
    assert data["flags"] & EPHEMERAL
    assert data["embeds"][0]["title"] == "🔍 No matching fact"
