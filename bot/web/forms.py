"""The fact form: a fact's fields as the desk's inputs show them, and a submitted form back as
the changes or new-fact fields the shared field spec (`bot.moderation.fields`) validates."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.core.models import Fact, Source
from bot.moderation.fields import EDITABLE
from bot.moderation.types import FactInput
from bot.store.codec import SOURCE_FIELDS

# Inputs of the form, in order; `source` is one input per source field.
LINES = ("aliases", "figures")        # one item per line
COMMAS = ("tags", "related")          # items separated by commas


def form_values(fact: Fact | None) -> dict[str, str]:
    """Each input's text for `fact` (empty inputs for a new fact)."""
    if fact is None:
        return {name: "" for name in input_names()}
    values = {"claim": fact.claim, "verdict": fact.verdict.value, "summary": fact.summary,
              "quote": fact.quote or "",
              "aliases": "\n".join(fact.aliases),
              "figures": "\n".join(f"{f.value} = {f.what}" for f in fact.figures),
              "tags": ", ".join(fact.tags), "related": ", ".join(fact.related)}
    for key in SOURCE_FIELDS:
        values[f"source_{key}"] = getattr(fact.source, key) or ""
    return values


def input_names() -> tuple[str, ...]:
    names = [n for n in EDITABLE if n != "source"]
    return (*names, *(f"source_{k}" for k in SOURCE_FIELDS))


def _text(form: Mapping[str, Any], name: str) -> str:
    return str(form.get(name, "")).replace("\r\n", "\n").strip()


def _parsed(form: Mapping[str, Any], name: str) -> Any:
    raw = _text(form, name)
    if name in LINES:
        return [line.strip() for line in raw.split("\n") if line.strip()]
    if name in COMMAS:
        return [part.strip() for part in raw.split(",") if part.strip()]
    if name == "quote":
        return raw or None
    return raw


def _source(form: Mapping[str, Any]) -> dict[str, str]:
    return {k: v for k in SOURCE_FIELDS if (v := _text(form, f"source_{k}"))}


def changes_of(form: Mapping[str, Any], current: Fact) -> dict[str, Any]:
    """The fields the moderator changed, name → new value, for `edit_fact`."""
    shown = form_values(current)
    changes: dict[str, Any] = {}
    for name in EDITABLE:
        if name == "source":
            if any(_text(form, f"source_{k}") != shown[f"source_{k}"] for k in SOURCE_FIELDS):
                changes["source"] = _source(form)
        elif _text(form, name) != shown[name].strip():
            changes[name] = _parsed(form, name)
    return changes


def new_fact_input(form: Mapping[str, Any]) -> FactInput:
    """A new fact's fields; `bot.moderation.fields.build_fact` reports what is wrong."""
    source = _source(form)
    figures: Any = tuple(_parsed(form, "figures"))
    return FactInput(
        claim=_text(form, "claim"), verdict=_text(form, "verdict"),
        summary=_text(form, "summary"),
        source=Source(**source) if source.get("title") else None,
        quote=_parsed(form, "quote"), figures=figures,
        aliases=tuple(_parsed(form, "aliases")), tags=tuple(_parsed(form, "tags")),
        related=tuple(_parsed(form, "related")), id=_text(form, "id") or None)
