"""/suggest: a member proposes a fact in a form (claim, verdict, summary, source, note)."""

from __future__ import annotations

import logging

import discord
from discord import app_commands

from adapters.discord.desk import Desk, actor_of, server_key
from adapters.discord.embeds import clip
from adapters.discord.forms import FORM_TIMEOUT_S
from adapters.discord.member import GUILD_ONLY, AppCommand
from adapters.discord.open_forms import open_form
from adapters.discord.views import tell
from bot import messages
from bot.core.models import FACT_VERDICTS, Verdict
from bot.moderation import form
from bot.moderation.errors import ModerationError
from bot.moderation.types import FactInput

log = logging.getLogger("adapters.discord")
NOTE_LIMIT = 1000


class SuggestModal(discord.ui.Modal):
    """The suggestion form; what is typed goes to the moderators' queue."""

    def __init__(self, desk: Desk, *, custom_id: str) -> None:
        super().__init__(title=clip(messages.discord_suggest_title(), 45),
                         custom_id=custom_id[:100], timeout=FORM_TIMEOUT_S)
        self.desk = desk
        self.claim: discord.ui.TextInput[SuggestModal] = discord.ui.TextInput(
            max_length=form.BY_NAME["claim"].limit)
        self.verdict: discord.ui.Select[SuggestModal] = discord.ui.Select(options=[
            discord.SelectOption(label=messages.verdict_label(v), value=v.value,
                                 emoji=messages.VERDICT_EMOJI[v]) for v in FACT_VERDICTS])
        self.summary: discord.ui.TextInput[SuggestModal] = discord.ui.TextInput(
            style=discord.TextStyle.paragraph, max_length=form.BY_NAME["summary"].limit)
        self.source: discord.ui.TextInput[SuggestModal] = discord.ui.TextInput(
            max_length=form.BY_NAME["source"].limit, required=False,
            placeholder=messages.discord_source_placeholder()[:100])
        self.note: discord.ui.TextInput[SuggestModal] = discord.ui.TextInput(
            style=discord.TextStyle.paragraph, max_length=NOTE_LIMIT, required=False)
        for text, hint, component in (
                (form.BY_NAME["claim"].label, messages.discord_suggest_claim_help(),
                 self.claim),
                (form.BY_NAME["verdict"].label, messages.discord_suggest_verdict_help(),
                 self.verdict),
                (form.BY_NAME["summary"].label, messages.discord_suggest_summary_help(),
                 self.summary),
                (form.BY_NAME["source"].label, form.BY_NAME["source"].hint or None,
                 self.source),
                (messages.discord_form_note(), messages.discord_suggest_note_help(),
                 self.note)):
            self.add_item(discord.ui.Label(text=text, description=hint, component=component))

    async def on_submit(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        fields = FactInput(claim=self.claim.value.strip(),
                           verdict=Verdict(self.verdict.values[0]),
                           summary=self.summary.value.strip(),
                           source=form.parse_source(self.source.value))
        try:
            made = await self.desk.suggest(server_key(interaction.guild_id),
                                           actor_of(interaction.user), fields,
                                           note=self.note.value.strip())
        except ModerationError as exc:
            await tell(interaction, str(exc))
            return
        await tell(interaction, messages.discord_suggestion_filed(made.id))

    async def on_error(  # type: ignore[override]  # discord.ui.Modal narrows it so
            self, interaction: discord.Interaction, error: Exception, /) -> None:
        log.error("suggestion form failed", exc_info=error)
        await tell(interaction, messages.discord_went_wrong())


def suggest_command(desk: Desk) -> AppCommand:
    @app_commands.command(name="suggest", description=messages.discord_suggest_help())
    async def suggest(interaction: discord.Interaction) -> None:
        await open_form(interaction, SuggestModal(
            desk, custom_id=f"factbot:suggest-form:{interaction.id}"))

    suggest.allowed_contexts = GUILD_ONLY
    return suggest
