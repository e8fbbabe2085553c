"""Buttons under every verdict, and the report form they open.

The buttons are `DynamicItem`s: their state (which fact, which vote) lives in the custom_id
(`factbot:quote:<fact id>`, `factbot:vote:y:<fact id>`, `factbot:report:<fact id>`), so they keep
working on old messages after the bot restarts.
"""

from __future__ import annotations

import logging
import re
from collections import OrderedDict
from collections.abc import Awaitable
from dataclasses import dataclass
from typing import Any, Protocol, cast

import discord

from adapters.discord.desk import Desk, actor_of, server_key
from adapters.discord.embeds import SEVERAL_CLAIMS_SHOWN, quote_embed, reply_embeds, unecho
from adapters.discord.forms import FORM_TIMEOUT_S
from adapters.discord.open_forms import open_form
from adapters.discord.steady import STORE_ERRORS, Steady
from bot import messages
from bot.core.models import Reply
from bot.moderation.errors import ModerationError

log = logging.getLogger("adapters.discord")

CUSTOM_ID_LIMIT = 100
FACT_ID = r"(?P<fact>[a-z0-9-]+)"
MAX_ROWS = 5
RECENT_LIMIT = 5000
REPORT_REASON_LIMIT = 1000


class RecentClaims:
    """Which claim each recent verdict message answered, for reports (kept in memory; after a
    restart a report reads the claim the verdict shows)."""

    def __init__(self, limit: int = RECENT_LIMIT) -> None:
        self.limit = limit
        self._items: OrderedDict[tuple[int, str], str] = OrderedDict()

    def remember(self, message_id: int | None, reply: Reply) -> None:
        if message_id is None:
            return
        for check in reply.checks:
            if check.fact is not None:
                # What the member asked: the whole message when it held one claim.
                asked = reply.input if len(reply.checks) == 1 else check.claim
                self._items[(message_id, check.fact.id)] = asked
        while len(self._items) > self.limit:
            self._items.popitem(last=False)

    def claim(self, message_id: int, fact_id: str) -> str | None:
        return self._items.get((message_id, fact_id))


def claim_shown(message: discord.Message) -> str | None:
    """The claim a one-claim verdict message shows ("Claim: “…”"), as its member wrote it:
    what a report names when this process does not remember the message (it answered before a
    restart, or another instance answered). The fact is the report button's; the message shows
    no fact id, which is for moderators."""
    if len(message.embeds) != 1:
        return None
    shown = messages.claim_in_line((message.embeds[0].description or "").split("\n", 1)[0])
    return unecho(shown) if shown else None


class Services(Protocol):
    desk: Desk
    recent: RecentClaims
    steady: Steady


def services(interaction: discord.Interaction) -> Services:
    """The bot's desk and memory, as component callbacks reach them."""
    return cast(Services, interaction.client)


@dataclass(frozen=True, slots=True)
class VerdictMessage:
    embeds: list[discord.Embed]
    view: discord.ui.View


def _fits(prefix: str, fact_id: str) -> bool:
    return len(prefix) + len(fact_id) <= CUSTOM_ID_LIMIT


def verdict_message(reply: Reply, *, in_guild: bool = True) -> VerdictMessage:
    """The embeds of a reply and a row of buttons under each matched claim.

    Feedback and reports belong to a server, so direct messages get only "Show quote". A
    message with several claims gets "Show quote" and "Report" for each, not the votes too.
    The quote is shown once: behind its button, not also in the embed (unless a fact's id is
    too long for a button, when the embed keeps the preview).
    """
    view = discord.ui.View(timeout=None)
    matched = [c for c in reply.checks[:SEVERAL_CLAIMS_SHOWN] if c.fact is not None][:MAX_ROWS]
    votes = len(reply.checks) == 1
    for row, check in enumerate(matched):
        assert check.fact is not None
        fact_id = check.fact.id
        number = row + 1 if len(matched) > 1 else None
        if check.fact.quote and _fits(QuoteButton.PREFIX, fact_id):
            view.add_item(QuoteButton(fact_id, number, row=row))
        if in_guild and votes and _fits(VoteButton.PREFIX + "y:", fact_id):
            view.add_item(VoteButton(fact_id, True, number, row=row))
            view.add_item(VoteButton(fact_id, False, number, row=row))
        if in_guild and _fits(ReportButton.PREFIX, fact_id):
            view.add_item(ReportButton(fact_id, number, row=row))
    behind_buttons = all(_fits(QuoteButton.PREFIX, c.fact.id) for c in matched if c.fact)
    return VerdictMessage(reply_embeds(reply, quote=not behind_buttons), view)


async def tell(interaction: discord.Interaction, text: str) -> None:
    """A private answer to whoever pressed or submitted something."""
    if interaction.response.is_done():
        await interaction.followup.send(text, ephemeral=True)
    else:
        await interaction.response.send_message(text, ephemeral=True)


async def guarded(interaction: discord.Interaction, action: Awaitable[None]) -> None:
    """Run a button's action; its errors become a private line, never a silent failure."""
    try:
        await action
    except ModerationError as exc:
        await tell(interaction, str(exc))
    except discord.HTTPException as exc:
        log.warning("discord refused a button answer (%s): %s", exc.status, exc.text)
    except STORE_ERRORS as exc:
        services(interaction).steady.failed("a button", exc)
        await tell(interaction, messages.discord_store_unavailable())
    except Exception:
        log.exception("button %s failed", interaction.data and interaction.data.get("custom_id"))
        await tell(interaction, messages.discord_went_wrong())


class QuoteButton(discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]],
                  template=r"factbot:quote:" + FACT_ID):
    PREFIX = "factbot:quote:"

    def __init__(self, fact_id: str, number: int | None = None, *, row: int | None = None):
        super().__init__(discord.ui.Button(
            label=messages.discord_button_label(messages.discord_show_quote(), number),
            style=discord.ButtonStyle.secondary, custom_id=self.PREFIX + fact_id), row=row)
        self.fact_id = fact_id

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction,
                             item: discord.ui.Item[Any], match: re.Match[str]) -> QuoteButton:
        return cls(match["fact"])

    async def callback(self, interaction: discord.Interaction) -> None:
        await guarded(interaction, self.answer(interaction))

    async def answer(self, interaction: discord.Interaction) -> None:
        desk = services(interaction).desk
        server = server_key(interaction.guild_id) if interaction.guild_id else None
        fact = (await desk.fact_base(server)).facts.get(self.fact_id)
        if fact is None:
            await tell(interaction, messages.discord_fact_gone())
            return
        await interaction.response.send_message(embed=quote_embed(fact), ephemeral=True)


class VoteButton(discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]],
                 template=r"factbot:vote:(?P<vote>[yn]):" + FACT_ID):
    PREFIX = "factbot:vote:"

    def __init__(self, fact_id: str, helpful: bool, number: int | None = None, *,
                 row: int | None = None):
        label = messages.discord_helpful() if helpful else messages.discord_not_helpful()
        super().__init__(discord.ui.Button(
            label=messages.discord_button_label(label, number),
            style=discord.ButtonStyle.success if helpful else discord.ButtonStyle.secondary,
            custom_id=f"{self.PREFIX}{'y' if helpful else 'n'}:{fact_id}"), row=row)
        self.fact_id = fact_id
        self.helpful = helpful

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction,
                             item: discord.ui.Item[Any], match: re.Match[str]) -> VoteButton:
        return cls(match["fact"], match["vote"] == "y")

    async def callback(self, interaction: discord.Interaction) -> None:
        await guarded(interaction, self.answer(interaction))

    async def answer(self, interaction: discord.Interaction) -> None:
        if interaction.guild_id is None or interaction.message is None:
            await tell(interaction, messages.discord_buttons_in_servers_only())
            return
        desk = services(interaction).desk
        await desk.feedback(server_key(interaction.guild_id), actor_of(interaction.user),
                            self.fact_id, self.helpful, reply_id=str(interaction.message.id))
        await tell(interaction, messages.discord_thanks_for_feedback(self.helpful))


class ReportButton(discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]],
                   template=r"factbot:report:" + FACT_ID):
    PREFIX = "factbot:report:"

    def __init__(self, fact_id: str, number: int | None = None, *, row: int | None = None):
        super().__init__(discord.ui.Button(
            label=messages.discord_button_label(messages.discord_report_wrong(), number),
            style=discord.ButtonStyle.danger, custom_id=self.PREFIX + fact_id), row=row)
        self.fact_id = fact_id

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction,
                             item: discord.ui.Item[Any], match: re.Match[str]) -> ReportButton:
        return cls(match["fact"])

    async def callback(self, interaction: discord.Interaction) -> None:
        await guarded(interaction, self.answer(interaction))

    async def answer(self, interaction: discord.Interaction) -> None:
        if interaction.guild_id is None or interaction.message is None:
            await tell(interaction, messages.discord_buttons_in_servers_only())
            return
        claim = (services(interaction).recent.claim(interaction.message.id, self.fact_id)
                 or claim_shown(interaction.message))
        # discord.py tracks open modals by custom_id alone: one id per opening, so two
        # members reporting the same verdict at once each get their own form.
        await open_form(interaction, ReportModal(
            self.fact_id, claim, custom_id=f"factbot:report-form:{interaction.id}"))


class ReportModal(discord.ui.Modal):
    """"Report wrong answer": asks why, and files a report for the server's moderators."""

    def __init__(self, fact_id: str, claim: str | None, *, custom_id: str) -> None:
        super().__init__(title=messages.discord_report_title(),
                         custom_id=custom_id[:CUSTOM_ID_LIMIT], timeout=FORM_TIMEOUT_S)
        self.fact_id = fact_id
        self.claim = claim
        self.reason: discord.ui.TextInput[ReportModal] = discord.ui.TextInput(
            style=discord.TextStyle.paragraph, max_length=REPORT_REASON_LIMIT,
            placeholder=messages.discord_report_placeholder())
        self.add_item(discord.ui.Label(text=messages.discord_report_reason(),
                                       component=self.reason))

    async def on_submit(self, interaction: discord.Interaction) -> None:
        if interaction.guild_id is None:
            return
        desk = services(interaction).desk
        try:
            fact = await desk.get_fact(server_key(interaction.guild_id), self.fact_id)
            claim = self.claim or fact.fact.claim
        except ModerationError:
            claim = self.claim or ""
        await desk.report(server_key(interaction.guild_id), actor_of(interaction.user),
                          self.fact_id, claim, self.reason.value)
        await tell(interaction, messages.discord_report_filed())

    async def on_error(  # type: ignore[override]  # discord.ui.Modal narrows it so
            self, interaction: discord.Interaction, error: Exception, /) -> None:
        log.error("report form failed", exc_info=error)
        await tell(interaction, messages.discord_went_wrong())


VERDICT_BUTTONS: tuple[type[discord.ui.DynamicItem[Any]], ...] = (
    QuoteButton, VoteButton, ReportButton)
