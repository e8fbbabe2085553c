"""The fact form on Discord: a modal of the five rows `bot.moderation.form.FIVE_ROWS` names
(claim, verdict, summary, figures, source), built from the one fact-form spec.

A Discord modal cannot mark a field as wrong, so its problems come back in a private message,
one line for each field, headed by the label the form shows.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

import discord

from adapters.discord.embeds import clip
from bot import messages
from bot.core.models import FACT_VERDICTS, Fact
from bot.moderation import form
from bot.moderation.errors import InvalidFact, ModerationError
from bot.moderation.types import FactInput

log = logging.getLogger("adapters.discord")

# Discord's own limits for a modal.
TITLE_LIMIT = 45
TEXT_LIMIT = 4000
LABEL_LIMIT = 45
DESCRIPTION_LIMIT = 100
ROWS_LIMIT = 5
QUOTE_LIMIT = 4000      # Discord's most for a text input, and the fact fields' most
ALIASES_LIMIT = 3000
# An open form is forgotten after this long, so abandoned forms do not pile up in memory.
FORM_TIMEOUT_S = 900


@dataclass(frozen=True, slots=True)
class FactForm:
    """What a moderator typed into the fact form: field name → text."""

    values: Mapping[str, str]

    def to_input(self) -> FactInput:
        return form.fact_input(self.values)

    def changes_from(self, fact: Fact) -> dict[str, Any]:
        """The fields that differ from `fact`, as `edit_fact` takes them."""
        return form.changes(fact, self.values)


def problems_text(error: InvalidFact) -> str:
    """Each problem under the label of the row it is about."""
    grouped = form.by_field(error.fields, form.FIVE_ROWS, fallback="")
    return messages.fact_form_problems(error.fact_id, [
        (form.BY_NAME[name].label if name else "", problems)
        for name, problems in grouped.items()])


@dataclass(frozen=True, slots=True)
class DetailsForm:
    """The quote and the other wordings (aliases) a moderator typed, and which changed."""

    quote: str | None
    aliases: tuple[str, ...]
    changed: frozenset[str]

    def changes_from(self, fact: Fact) -> dict[str, Any]:
        changes: dict[str, Any] = {}
        if "quote" in self.changed and self.quote != fact.quote:
            changes["quote"] = self.quote
        if "aliases" in self.changed and self.aliases != fact.aliases:
            changes["aliases"] = list(self.aliases)
        return changes


def parse_lines(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for line in (raw.strip() for raw in text.splitlines()):
        if line and line not in out:
            out.append(line)
    return tuple(out)


FormDone = Callable[[discord.Interaction, FactForm], Awaitable[None]]


def text_row(field: form.FormField, initial: str) -> discord.ui.TextInput[FactModal]:
    return discord.ui.TextInput(
        custom_id=field.name, max_length=min(field.limit, TEXT_LIMIT), required=field.required,
        style=discord.TextStyle.paragraph if field.multiline else discord.TextStyle.short,
        default=initial or None)


class FactModal(discord.ui.Modal):
    """Five rows, the most a modal holds; prefilled when editing."""

    def __init__(self, *, title: str, custom_id: str, on_done: FormDone,
                 fact: Fact | None = None, claim: str = "") -> None:
        super().__init__(title=clip(title, TITLE_LIMIT), custom_id=custom_id[:100],
                         timeout=FORM_TIMEOUT_S)
        self.on_done = on_done
        self.inputs: dict[str, discord.ui.TextInput[FactModal]] = {}
        self.verdict: discord.ui.Select[FactModal] | None = None
        for name in form.FIVE_ROWS:
            field = form.BY_NAME[name]
            component: discord.ui.Item[FactModal]
            if field.choices:
                current = fact.verdict if fact else None
                self.verdict = discord.ui.Select(custom_id=name, options=[
                    discord.SelectOption(label=messages.verdict_label(v), value=v.value,
                                         emoji=messages.VERDICT_EMOJI[v], default=v is current)
                    for v in FACT_VERDICTS if v.value in field.choices])
                component = self.verdict
            else:
                initial = (form.shown(name, fact) if fact
                           else clip(claim, field.limit) if name == "claim" else "")
                component = self.inputs[name] = text_row(field, initial)
            self.add_item(discord.ui.Label(text=field.label, component=component,
                                           description=field.hint or None))

    def typed(self) -> dict[str, str]:
        values = {name: row.value for name, row in self.inputs.items()}
        if self.verdict is not None:
            values[self.verdict.custom_id] = self.verdict.values[0] if self.verdict.values else ""
        return values

    async def on_submit(self, interaction: discord.Interaction) -> None:
        try:
            await self.on_done(interaction, FactForm(self.typed()))
        except InvalidFact as exc:
            await interaction.response.send_message(problems_text(exc), ephemeral=True)
        except ModerationError as exc:
            await interaction.response.send_message(str(exc), ephemeral=True)

    async def on_error(  # type: ignore[override]  # discord.ui.Modal narrows it so
            self, interaction: discord.Interaction, error: Exception, /) -> None:
        log.error("fact form failed", exc_info=error)
        if not interaction.response.is_done():
            await interaction.response.send_message(messages.discord_went_wrong(), ephemeral=True)


DetailsDone = Callable[[discord.Interaction, DetailsForm], Awaitable[None]]


class DetailsModal(discord.ui.Modal):
    """The parts of a fact the fact form has no room for: its quote and other wordings."""

    def __init__(self, *, fact: Fact, custom_id: str, on_done: DetailsDone) -> None:
        super().__init__(title=clip(messages.discord_form_details_title(fact.id), 45),
                         custom_id=custom_id[:100], timeout=FORM_TIMEOUT_S)
        self.on_done = on_done
        self.quote: discord.ui.TextInput[DetailsModal] = discord.ui.TextInput(
            style=discord.TextStyle.paragraph, max_length=QUOTE_LIMIT, required=False,
            default=clip(fact.quote, QUOTE_LIMIT) if fact.quote else None)
        self.aliases: discord.ui.TextInput[DetailsModal] = discord.ui.TextInput(
            style=discord.TextStyle.paragraph, max_length=ALIASES_LIMIT, required=False,
            default=clip("\n".join(fact.aliases), ALIASES_LIMIT) if fact.aliases else None)
        self.shown = (self.quote.value.strip(), self.aliases.value.strip())
        self.add_item(discord.ui.Label(text=messages.discord_form_quote(),
                                       description=messages.discord_form_quote_hint(),
                                       component=self.quote))
        self.add_item(discord.ui.Label(text=messages.discord_form_aliases(),
                                       description=messages.discord_form_aliases_hint(),
                                       component=self.aliases))

    async def on_submit(self, interaction: discord.Interaction) -> None:
        quote, aliases = self.quote.value.strip(), self.aliases.value.strip()
        changed = frozenset(name for name, now, before in (
            ("quote", quote, self.shown[0]), ("aliases", aliases, self.shown[1]))
            if now != before)
        try:
            await self.on_done(interaction, DetailsForm(quote or None, parse_lines(aliases),
                                                        changed))
        except ModerationError as exc:
            await interaction.response.send_message(str(exc), ephemeral=True)

    async def on_error(  # type: ignore[override]  # discord.ui.Modal narrows it so
            self, interaction: discord.Interaction, error: Exception, /) -> None:
        log.error("quote and aliases form failed", exc_info=error)
        if not interaction.response.is_done():
            await interaction.response.send_message(messages.discord_went_wrong(), ephemeral=True)
