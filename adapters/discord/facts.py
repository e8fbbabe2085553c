"""Browsing and proposing facts: /facts search, /facts show (with autocomplete) and /suggest."""

from __future__ import annotations

import discord
from discord import app_commands

from adapters.discord.desk import Desk, server_key
from adapters.discord.embeds import (
    DESCRIPTION_LIMIT,
    TITLE_LIMIT,
    VERDICT_COLOURS,
    clip,
    echo,
    fact_embed,
)
from adapters.discord.member import GUILD_ONLY, AppCommand
from bot import messages
from bot.core.models import FACT_VERDICTS, Fact, Verdict
from bot.moderation import form
from bot.moderation.errors import ModerationError

CHOICE_LIMIT = 25
# A suggestion's claim and summary take what the fact form takes (bot.moderation.form).
CLAIM_LIMIT = form.BY_NAME["claim"].limit
SUMMARY_LIMIT = form.BY_NAME["summary"].limit
CHOICE_NAME_LIMIT = 100
SEARCH_RESULTS = 10
VERDICT_CHOICES = [app_commands.Choice(name=messages.verdict_label(v), value=v.value)
                   for v in FACT_VERDICTS]


def fact_choice(fact: Fact) -> app_commands.Choice[str]:
    return app_commands.Choice(name=clip(f"{fact.id} — {fact.claim}", CHOICE_NAME_LIMIT),
                               value=fact.id)


async def fact_choices(desk: Desk, interaction: discord.Interaction,
                       current: str) -> list[app_commands.Choice[str]]:
    """Autocomplete: facts whose id starts with, or whose claim matches, what was typed."""
    if interaction.guild_id is None:
        return []
    server = server_key(interaction.guild_id)
    if current.strip():
        records = await desk.search_facts(server, current, limit=CHOICE_LIMIT)
        facts = [r.fact for r in records]
    else:
        facts = sorted((await desk.fact_base(server)).facts.values(), key=lambda f: f.id)
    return [fact_choice(f) for f in facts[:CHOICE_LIMIT]]


def search_embed(query: str, facts: list[Fact]) -> discord.Embed:
    lines = [f"{messages.VERDICT_EMOJI[f.verdict]} `{f.id}` — {echo(f.claim)}" for f in facts]
    return discord.Embed(
        title=clip(messages.discord_search_title(echo(query)), TITLE_LIMIT),
        description=clip("\n".join(lines) or messages.discord_search_nothing(),
                         DESCRIPTION_LIMIT),
        colour=VERDICT_COLOURS[Verdict.NO_MATCH])


def fact_commands(desk: Desk) -> list[AppCommand]:
    facts = app_commands.Group(name="facts", description=messages.discord_facts_help(),
                               allowed_contexts=GUILD_ONLY)

    @facts.command(name="search", description=messages.discord_facts_search_help())
    @app_commands.describe(query=messages.discord_query_help())
    async def search(interaction: discord.Interaction,
                     query: app_commands.Range[str, 1, 200]) -> None:
        assert interaction.guild_id is not None
        server = server_key(interaction.guild_id)
        # A suggestion picked from the autocomplete list is a fact's id: show that fact.
        picked = (await desk.fact_base(server)).facts.get(query.strip())
        if picked is not None:
            await interaction.response.send_message(embed=fact_embed(picked), ephemeral=True)
            return
        records = await desk.search_facts(server, query, limit=SEARCH_RESULTS)
        await interaction.response.send_message(
            embed=search_embed(query, [r.fact for r in records]), ephemeral=True)

    @facts.command(name="show", description=messages.discord_facts_show_help())
    @app_commands.describe(id=messages.discord_fact_id_help())
    async def show(interaction: discord.Interaction, id: str) -> None:
        assert interaction.guild_id is not None
        try:
            record = await desk.get_fact(server_key(interaction.guild_id), id.strip())
        except ModerationError as exc:
            await interaction.response.send_message(str(exc), ephemeral=True)
            return
        await interaction.response.send_message(embed=fact_embed(record.fact))

    @search.autocomplete("query")
    async def search_complete(interaction: discord.Interaction,
                              current: str) -> list[app_commands.Choice[str]]:
        return await fact_choices(desk, interaction, current)

    @show.autocomplete("id")
    async def show_complete(interaction: discord.Interaction,
                            current: str) -> list[app_commands.Choice[str]]:
        return await fact_choices(desk, interaction, current)

    return [facts]
