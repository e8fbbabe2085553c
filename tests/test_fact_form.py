"""The fact form, once (bot.moderation.form): every platform's form gets each field's label and
limit, and a fact the core accepts is shown whole, so it can be edited, on every form."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import click
import pytest

from adapters.discord.forms import DESCRIPTION_LIMIT, LABEL_LIMIT, ROWS_LIMIT, TEXT_LIMIT, FactModal
from adapters.slack.fact_forms import SOURCE_LINK, FormTarget, fact_form, spec_values
from adapters.slack.text import INPUT_VALUE_CHARS
from bot.cli.main import main as factbot
from bot.core.models import Fact, Figure, Source, Verdict
from bot.moderation import form
from bot.moderation.errors import InvalidFact
from bot.moderation.service import Moderation
from bot.moderation.types import Actor, ServerKey

SERVER = ServerKey("slack", "TFORM")
ACTOR = Actor("cli", "tester")
# The `factbot facts add` option each field is given by (the source has one per part).
CLI_OPTIONS = {"fact_id": "fact_id", "claim": "claim", "verdict": "verdict",
               "summary": "summary", "quote": "quote", "figures": "figures",
               "aliases": "aliases", "source": "source_title"}


async def _nothing(*_: Any) -> None:
    return None


def discord_rows(fact: Fact | None = None) -> dict[str, dict[str, Any]]:
    """The Discord modal as discord.py sends it: each row (a label) by its input's custom id."""
    modal = FactModal(title="New fact", custom_id="form", on_done=_nothing, fact=fact)
    rows = modal.to_dict()["components"]
    assert len(rows) <= ROWS_LIMIT
    return {row["component"]["custom_id"]: row for row in rows}


def slack_blocks(fact: Fact | None = None) -> dict[str, dict[str, Any]]:
    view = fact_form(FormTarget(fact_id=fact.id if fact else None), fact)
    return {block["block_id"]: block for block in view["blocks"]}


def cli_options() -> dict[str, click.Option]:
    ctx = click.Context(factbot)
    facts = factbot.get_command(ctx, "facts")
    assert isinstance(facts, click.Group)
    add = facts.get_command(ctx, "add")
    assert add is not None
    return {p.name: p for p in add.params if isinstance(p, click.Option) and p.name}


@pytest.mark.asyncio
@pytest.mark.parametrize("field", form.FIELDS, ids=lambda f: f.name)
async def test_every_form_gets_the_fields_label_and_limit(field: form.FormField) -> None:
    assert field.limit <= min(TEXT_LIMIT, INPUT_VALUE_CHARS)
    assert len(field.label) <= LABEL_LIMIT and len(field.hint) <= DESCRIPTION_LIMIT

    slack = slack_blocks()[field.name]
    assert slack["label"]["text"] == field.label
    assert slack.get("optional", False) is not field.required
    if field.choices:
        assert [o["value"] for o in slack["element"]["options"]] == list(field.choices)
    else:
        assert slack["element"]["max_length"] == field.limit
        assert slack["element"]["multiline"] is field.multiline
        assert slack.get("hint", {}).get("text", "") == field.hint

    rows = discord_rows()
    if field.name in form.FIVE_ROWS:
        row = rows[field.name]
        assert row["label"] == field.label and row.get("description", "") == field.hint
        if field.choices:
            assert [o["value"] for o in row["component"]["options"]] == list(field.choices)
        else:
            assert row["component"]["max_length"] == field.limit
            assert row["component"]["required"] is field.required
            assert (row["component"]["style"] == 2) is field.multiline
    else:
        assert field.name not in rows

    option = cli_options()[CLI_OPTIONS[field.name]]
    if field.choices:
        assert isinstance(option.type, click.Choice)
        assert list(option.type.choices) == list(field.choices)
    elif field.name in ("claim", "summary", "quote", "figures", "aliases"):
        assert f"{field.limit:,} characters" in (option.help or "")


def ten_lines(start: str, limit: int) -> str:
    """Ten different lines, `limit` characters in all."""
    width = (limit - 9) // 10
    lines = [f"{start}{n} ".ljust(width, "x") for n in range(10)]
    lines[-1] = lines[-1].ljust(limit - 9 - width * 9, "x")
    return "\n".join(lines)


def at_limit(name: str) -> str:
    """A text for field `name` exactly as long as the field allows."""
    limit = form.BY_NAME[name].limit
    if name == "figures":
        return ten_lines("12 = figure ", limit)
    if name == "aliases":
        return ten_lines("wording ", limit)
    if name == "source":
        return "T" * (limit - len(" | https://example.org")) + " | https://example.org"
    return ("a claim " * limit)[:limit - 1] + "x" if name == "claim" else "s" * limit


@pytest.mark.asyncio
async def test_a_fact_at_every_limit_is_kept_and_shown_whole_on_every_form(
        tmp_path: Path) -> None:
    store = await Moderation.open(f"sqlite+aiosqlite:///{tmp_path / 'factbot.db'}")
    try:
        texts = {name: at_limit(name) for name in
                 ("claim", "summary", "quote", "source", "figures", "aliases")}
        assert all(len(text) == form.BY_NAME[name].limit for name, text in texts.items())
        record = await store.add_fact(SERVER, ACTOR, form.fact_input(
            {**texts, "verdict": "false", "fact_id": "at-the-limit"}))
        fact = record.fact
        for name, text in texts.items():
            assert form.text_of(name, fact) == text, name
        slack = slack_blocks(fact)
        discord = discord_rows(fact)
        for name, text in texts.items():
            if name == "source":
                # Slack shows the link in an input of its own, and joins it back.
                typed = {"source": slack["source"]["element"]["initial_value"],
                         SOURCE_LINK: slack[SOURCE_LINK]["element"]["initial_value"]}
                assert spec_values(typed)["source"] == text
            else:
                assert slack[name]["element"]["initial_value"] == text, name
            if name in form.FIVE_ROWS:
                assert discord[name]["component"]["value"] == text, name
        # Shown whole, each is unchanged when the form comes back as it was shown.
        assert form.changes(fact, texts) == {}

        for name, text in texts.items():
            longer = text + ("\n12 = one more" if name == "figures" else
                             "\none more" if name == "aliases" else "y")
            with pytest.raises(InvalidFact) as refused:
                await store.edit_fact(SERVER, ACTOR, fact.id, form.changes(fact, {name: longer}))
            assert [p.field for p in refused.value.fields] == [name]
    finally:
        await store.close()


def test_text_becomes_a_value_and_back() -> None:
    fact = Fact(id="f", claim="A claim", verdict=Verdict.FALSE, summary="What it says.",
                source=Source("Title", author="Ann", published="2020", subtitle="Sub",
                              url="https://example.org"),
                figures=(Figure("$1", "one dollar"),), aliases=("one", "two"))
    texts = {name: form.text_of(name, fact) for name in form.FACT_FIELDS}
    assert texts["source"] == "Title | Ann |  | 2020 | https://example.org"
    assert form.changes(fact, texts) == {}
    given = form.fact_input({**texts, "fact_id": ""})
    # A new fact's source has no subtitle: the form has no place for one.
    assert given.source == replace(fact.source, subtitle=None)
    assert given.figures == ("$1 = one dollar",)
    assert given.aliases == ("one", "two") and given.id is None
    changed = form.changes(fact, {**texts, "source": "Other | Bob", "aliases": "one"})
    # Each part of the source on its own: the subtitle the form does not show is kept.
    assert changed == {"source.title": "Other", "source.author": "Bob",
                       "source.published": "", "source.url": "", "aliases": ["one"]}
    assert form.changes(fact, {"source": " | Ann |  | 2020 | https://example.org"}) == {}
    assert form.changes(fact, {"source": ""}) == {}  # an emptied source keeps the fact's
