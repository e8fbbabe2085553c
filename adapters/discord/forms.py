"""The fact form: a modal for adding or editing a fact (claim, verdict, summary, figures, source).

Figures are typed one per line as ``value = what it measures``; the source as
``title | author | publisher | year | link`` (any part after the title may be left out).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
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
QUOTE_LIMIT = 4000      # Discord's most for a text input, and the fact fields' most
ALIASES_LIMIT = 2000
FORM_FIELDS = ("claim", "verdict", "summary", "figures", "source")
# An open form is forgotten after this long, so abandoned forms do not pile up in memory.
FORM_TIMEOUT_S = 900


@dataclass(frozen=True, slots=True)
class FactForm:
    """What a moderator typed into the fact form, and which fields they changed from what
    the form showed them (all of them on a new fact)."""

    claim: str
    verdict: Verdict
    summary: str
    figures: tuple[Figure, ...]
    source: Source | None
    changed: frozenset[str] = frozenset(FORM_FIELDS)

    def to_input(self, *, aliases: tuple[str, ...] = ()) -> FactInput:
        return FactInput(claim=self.claim, verdict=self.verdict, summary=self.summary,
                         source=self.source, figures=self.figures, aliases=aliases)

    def changes_from(self, fact: Fact) -> dict[str, Any]:
        """The fields the moderator changed, as `edit_fact` takes them; a field left as the
        form showed it is not touched (a subtitle the form does not show is kept)."""
        typed: dict[str, Any] = {
            "claim": self.claim, "verdict": self.verdict, "summary": self.summary,
            "figures": self.figures,
            "source": self.source and replace(self.source, subtitle=fact.source.subtitle)
            if self.source and self.source.title == fact.source.title else self.source}
        changes: dict[str, Any] = {}
        for key in sorted(self.changed):
            value = typed[key]
            if key == "source":
                if value is None:
                    continue
                # Each source field the form shows, on its own: the subtitle it does not show
                # is kept, and so is every field left as it was.
                for part in SOURCE_SHOWN:
                    new, current = getattr(value, part), getattr(fact.source, part)
                    if (new or None) != (current or None):
                        changes[f"source.{part}"] = new or ""
                continue
            if value is None or value == getattr(fact, key):
                continue
            changes[key] = (value.value if isinstance(value, Verdict)
                            else list(value) if key == "figures" else value)
        return changes


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
        super().__init__(title=clip(title, 45), custom_id=custom_id[:100],
                         timeout=FORM_TIMEOUT_S)
        self.on_done = on_done
        self.editing = fact is not None
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
        self.shown = self.typed()
        for text, hint, component in (
                (messages.discord_form_claim(), None, self.claim),
                (messages.discord_form_verdict(), None, self.verdict),
                (messages.discord_form_summary(), None, self.summary),
                (messages.discord_form_figures(), messages.discord_form_figures_hint(),
                 self.figures),
                (messages.discord_form_source(), messages.discord_form_source_hint(),
                 self.source)):
            self.add_item(discord.ui.Label(text=text, description=hint, component=component))

    def typed(self) -> dict[str, str]:
        """Each field as text: what the form shows before submit, what was typed after."""
        verdict = (self.verdict.values[0] if self.verdict.values
                   else next((o.value for o in self.verdict.options if o.default), ""))
        return {"claim": self.claim.value.strip(), "verdict": verdict,
                "summary": self.summary.value.strip(), "figures": self.figures.value.strip(),
                "source": self.source.value.strip()}

    async def on_submit(self, interaction: discord.Interaction) -> None:
        try:
            now = self.typed()
            changed = frozenset(k for k in FORM_FIELDS
                                if not self.editing or now[k] != self.shown[k])
            form = FactForm(claim=now["claim"], verdict=Verdict(now["verdict"]),
                            summary=now["summary"], figures=parse_figures(now["figures"]),
                            source=parse_source(now["source"]), changed=changed)
            await self.on_done(interaction, form)
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
