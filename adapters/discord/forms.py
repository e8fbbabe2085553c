"""The fact form: a modal for adding or editing a fact (claim, verdict, summary, figures, source).

Figures are typed one per line as ``value = what it measures``; the source as
``title | author | publisher | year | link`` (any part after the title may be left out).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import discord

from adapters.discord.embeds import clip
from bot import messages
from bot.core.models import FACT_VERDICTS, Fact, Figure, Source, Verdict
from bot.moderation.errors import InvalidFact, ModerationError
from bot.moderation.types import FactInput

log = logging.getLogger("adapters.discord")

CLAIM_LIMIT = 500
SUMMARY_LIMIT = 2000
FIGURES_LIMIT = 1000
SOURCE_LIMIT = 500
SOURCE_SHOWN = ("title", "author", "publisher", "published", "url")


@dataclass(frozen=True, slots=True)
class FactForm:
    """What a moderator typed into the fact form."""

    claim: str
    verdict: Verdict
    summary: str
    figures: tuple[Figure, ...]
    source: Source | None

    def to_input(self, *, aliases: tuple[str, ...] = ()) -> FactInput:
        return FactInput(claim=self.claim, verdict=self.verdict, summary=self.summary,
                         source=self.source, figures=self.figures, aliases=aliases)

    def changes_from(self, fact: Fact) -> dict[str, Any]:
        """The fields that differ from `fact`, as `edit_fact` takes them."""
        changes: dict[str, Any] = {}
        if self.claim != fact.claim:
            changes["claim"] = self.claim
        if self.verdict is not fact.verdict:
            changes["verdict"] = self.verdict.value
        if self.summary != fact.summary:
            changes["summary"] = self.summary
        if self.figures != fact.figures:
            changes["figures"] = list(self.figures)
        if self.source is not None:
            # Each source field the form shows, on its own: the subtitle it does not show
            # is kept, and so is every field left as it was.
            for key in SOURCE_SHOWN:
                typed, current = getattr(self.source, key), getattr(fact.source, key)
                if (typed or None) != (current or None):
                    changes[f"source.{key}"] = typed or ""
        return changes


def parse_figures(text: str) -> tuple[Figure, ...]:
    figures: list[Figure] = []
    problems: list[str] = []
    for line in (raw.strip() for raw in text.splitlines()):
        if not line:
            continue
        value, sep, what = line.partition("=")
        if not sep or not value.strip() or not what.strip():
            problems.append(messages.discord_bad_figure_line(line))
            continue
        figures.append(Figure(value.strip(), what.strip()))
    if problems:
        raise InvalidFact(problems)
    return tuple(figures)


def figures_text(figures: tuple[Figure, ...]) -> str:
    return "\n".join(f"{f.value} = {f.what}" for f in figures)


def parse_source(text: str) -> Source | None:
    parts = [p.strip() for p in text.split("|")]
    if not any(parts):
        return None
    url = next((p for p in parts if p.startswith(("http://", "https://"))), None)
    rest = [p for p in parts if p != url]
    rest += [""] * (4 - len(rest))
    title, author, publisher, published = rest[:4]
    return Source(title=title or (url or ""), author=author or None,
                  publisher=publisher or None, published=published or None, url=url)


def source_text(source: Source) -> str:
    parts = [source.title, source.author or "", source.publisher or "", source.published or ""]
    if source.url:
        parts.append(source.url)
    return " | ".join(parts).rstrip(" |")


FormDone = Callable[[discord.Interaction, FactForm], Awaitable[None]]


class FactModal(discord.ui.Modal):
    """Five inputs, the most a modal holds; prefilled when editing."""

    def __init__(self, *, title: str, custom_id: str, on_done: FormDone,
                 fact: Fact | None = None, claim: str = "") -> None:
        super().__init__(title=clip(title, 45), custom_id=custom_id[:100], timeout=900)
        self.on_done = on_done
        self.claim: discord.ui.TextInput[FactModal] = discord.ui.TextInput(
            max_length=CLAIM_LIMIT, default=fact.claim if fact else clip(claim, CLAIM_LIMIT))
        current = fact.verdict if fact else None
        self.verdict: discord.ui.Select[FactModal] = discord.ui.Select(options=[
            discord.SelectOption(label=messages.verdict_label(v), value=v.value,
                                 emoji=messages.VERDICT_EMOJI[v], default=v is current)
            for v in FACT_VERDICTS])
        self.summary: discord.ui.TextInput[FactModal] = discord.ui.TextInput(
            style=discord.TextStyle.paragraph, max_length=SUMMARY_LIMIT,
            default=fact.summary if fact else None)
        self.figures: discord.ui.TextInput[FactModal] = discord.ui.TextInput(
            style=discord.TextStyle.paragraph, max_length=FIGURES_LIMIT, required=False,
            placeholder=messages.discord_figures_placeholder(),
            default=figures_text(fact.figures) if fact and fact.figures else None)
        self.source: discord.ui.TextInput[FactModal] = discord.ui.TextInput(
            max_length=SOURCE_LIMIT, required=False,
            placeholder=messages.discord_source_placeholder(),
            default=clip(source_text(fact.source), SOURCE_LIMIT) if fact else None)
        for text, component in (
                (messages.discord_form_claim(), self.claim),
                (messages.discord_form_verdict(), self.verdict),
                (messages.discord_form_summary(), self.summary),
                (messages.discord_form_figures(), self.figures),
                (messages.discord_form_source(), self.source)):
            self.add_item(discord.ui.Label(text=text, component=component))

    async def on_submit(self, interaction: discord.Interaction) -> None:
        try:
            form = FactForm(claim=self.claim.value.strip(), verdict=Verdict(self.verdict.values[0]),
                            summary=self.summary.value.strip(),
                            figures=parse_figures(self.figures.value),
                            source=parse_source(self.source.value))
            await self.on_done(interaction, form)
        except ModerationError as exc:
            await interaction.response.send_message(str(exc), ephemeral=True)

    async def on_error(  # type: ignore[override]  # discord.ui.Modal narrows it so
            self, interaction: discord.Interaction, error: Exception, /) -> None:
        log.error("fact form failed", exc_info=error)
        if not interaction.response.is_done():
            await interaction.response.send_message(messages.internal_error(), ephemeral=True)
