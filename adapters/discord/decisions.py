"""What a moderator's decision on a queue item does to the queue message, and to the proposer.

A handled item's buttons are disabled on the queue message at once, so no one decides it
twice. Rejecting a suggestion asks for a reason, and the member who suggested it is told by
direct message (when they accept them).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

import discord

from adapters.discord.embeds import clip, echo
from adapters.discord.forms import FORM_TIMEOUT_S
from adapters.discord.views import tell
from bot import messages
from bot.moderation.types import Suggestion

log = logging.getLogger("adapters.discord")

REASON_LIMIT = 1000
# The actions on one kind of queue item (item ids are numbered per kind).
ACTIONS_OF_A_KIND = ({"approve", "reject"}, {"resolve"}, {"fact", "dismiss"})


def handled_view(message: discord.Message, action: str, item_id: int) -> discord.ui.View:
    """The queue message's buttons with those of the handled item disabled."""
    kind = next(k for k in ACTIONS_OF_A_KIND if action in k)
    view = discord.ui.View.from_message(message, timeout=None)
    for child in view.children:
        if not isinstance(child, discord.ui.Button) or not child.custom_id:
            continue
        *_, other_action, other_id = child.custom_id.split(":")
        if other_action in kind and other_id == str(item_id):
            child.disabled = True
    # Not kept as a view of its own: the buttons are QueueButtons, found by their custom_id.
    view.stop()
    return view


async def decided(interaction: discord.Interaction, action: str, item_id: int,
                  text: str) -> None:
    """Disable the handled item's buttons on the queue message, then say what was done."""
    if interaction.message is not None and not interaction.response.is_done():
        await interaction.response.edit_message(
            view=handled_view(interaction.message, action, item_id))
    await tell(interaction, text)


async def tell_proposer(client: discord.Client, guild: discord.Guild | None,
                        suggestion: Suggestion, reason: str) -> bool:
    """Send the proposer the moderators' reason; False when Discord would not deliver it."""
    claim = (suggestion.proposal.claim if suggestion.proposal else suggestion.fact_id) or ""
    try:
        user = await client.fetch_user(int(suggestion.proposer.user_id))
        await user.send(messages.discord_proposer_told_of_rejection(
            echo(guild.name) if guild else "", echo(clip(claim, 300)), echo(reason)))
    except (discord.HTTPException, ValueError) as exc:
        log.info("could not tell a proposer about a rejection: %s", exc)
        return False
    return True


Reject = Callable[[discord.Interaction, str], Awaitable[None]]


class RejectModal(discord.ui.Modal):
    """Asks a moderator why a suggestion is rejected."""

    def __init__(self, item_id: int, *, custom_id: str, on_done: Reject) -> None:
        super().__init__(title=clip(messages.discord_reject_title(item_id), 45),
                         custom_id=custom_id[:100], timeout=FORM_TIMEOUT_S)
        self.on_done = on_done
        self.reason: discord.ui.TextInput[RejectModal] = discord.ui.TextInput(
            style=discord.TextStyle.paragraph, max_length=REASON_LIMIT,
            placeholder=messages.discord_reject_placeholder())
        self.add_item(discord.ui.Label(text=messages.discord_reject_reason(),
                                       component=self.reason))

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await self.on_done(interaction, self.reason.value.strip())

    async def on_error(  # type: ignore[override]  # discord.ui.Modal narrows it so
            self, interaction: discord.Interaction, error: Exception, /) -> None:
        log.error("reject form failed", exc_info=error)
        await tell(interaction, messages.discord_went_wrong())
