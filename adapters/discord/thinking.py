"""The "thinking…" placeholder of a deferred command, and taking a public one back.

A command deferred publicly shows everyone in the channel that the bot is thinking, and the
first follow-up takes the placeholder's place, as public as it was. Whatever the member alone
should see (an error, "no matching fact") must first take the public placeholder back, then
follow up privately. The placeholder's state rides on the interaction (``extras``).
"""

from __future__ import annotations

import logging

import discord

log = logging.getLogger("adapters.discord")

_PUBLIC_PLACEHOLDER = "factbot.public_placeholder"


async def think(interaction: discord.Interaction, *, private: bool) -> None:
    """Defer with "thinking…", seen by the member alone when `private`."""
    await interaction.response.defer(ephemeral=private, thinking=True)
    interaction.extras[_PUBLIC_PLACEHOLDER] = not private


def replaced(interaction: discord.Interaction) -> None:
    """The placeholder now shows the answer."""
    interaction.extras[_PUBLIC_PLACEHOLDER] = False


async def take_back(interaction: discord.Interaction) -> None:
    """Delete a public placeholder still showing, so that a follow-up can be private."""
    if not interaction.extras.get(_PUBLIC_PLACEHOLDER):
        return
    try:
        await interaction.delete_original_response()
    except discord.HTTPException as exc:
        log.warning("could not take back a public placeholder (%s): %s", exc.status, exc.text)
    else:
        interaction.extras[_PUBLIC_PLACEHOLDER] = False
