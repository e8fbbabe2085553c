"""The fact form: a fact's fields as the desk's inputs show them, and a submitted form back as
the changes or new-fact fields the shared field spec (`bot.moderation.fields`) validates.

Every field of `fields.EDITABLE` has an input; the source has one per field (`source.url`
...), so an edit sends only the source fields that changed, as the chat forms do."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.core.models import Fact, Source
from bot.moderation.fields import EDITABLE, SOURCE_KEYS
from bot.moderation.types import FactInput
from bot.store.codec import SOURCE_FIELDS

LINES = ("aliases", "figures", "appearances")   # one item per line
COMMAS = ("tags", "related")                     # items separated by commas
OPTIONAL = ("quote", "claimant")                 # empty means none


def input_name(key: str) -> str:
    """The form input of a field: `source.url` is `source_url`."""
    return key.replace(".", "_")


def field_keys() -> tuple[str, ...]:
    """The fields the form edits, in the spec's order (the whole `source` is its parts)."""
    return tuple(k for k in EDITABLE if k != "source")


def input_names() -> tuple[str, ...]:
    return tuple(input_name(k) for k in field_keys())


def form_values(fact: Fact | None) -> dict[str, str]:
    """Each input's text for `fact` (empty inputs for a new fact)."""
    if fact is None:
        return {name: "" for name in input_names()}
    values = {"claim": fact.claim, "verdict": fact.verdict.value, "summary": fact.summary,
              "quote": fact.quote or "", "claimant": fact.claimant or "",
              "aliases": "\n".join(fact.aliases),
              "figures": "\n".join(f"{f.value} = {f.what}" for f in fact.figures),
              "appearances": "\n".join(fact.appearances),
              "tags": ", ".join(fact.tags), "related": ", ".join(fact.related)}
    for key in SOURCE_FIELDS:
        values[f"source_{key}"] = getattr(fact.source, key) or ""
    return {name: values.get(name, "") for name in input_names()}


def _text(form: Mapping[str, Any], name: str) -> str:
    return str(form.get(name, "")).replace("\r\n", "\n").strip()


def _parsed(form: Mapping[str, Any], key: str) -> Any:
    raw = _text(form, input_name(key))
    if key in LINES:
        return [line.strip() for line in raw.split("\n") if line.strip()]
    if key in COMMAS:
        return [part.strip() for part in raw.split(",") if part.strip()]
    if key in OPTIONAL:
        return raw or None
    return raw


def changes_of(form: Mapping[str, Any], current: Fact) -> dict[str, Any]:
    """The fields the moderator changed, name → new value, for `edit_fact`."""
    shown = form_values(current)
    return {key: _parsed(form, key) for key in field_keys()
            if _text(form, input_name(key)) != shown[input_name(key)].strip()}


def new_fact_input(form: Mapping[str, Any]) -> FactInput:
    """A new fact's fields; `bot.moderation.fields.build_fact` reports what is wrong."""
    source = {k.partition(".")[2]: v for k in SOURCE_KEYS if (v := _parsed(form, k))}
    figures: Any = tuple(_parsed(form, "figures"))
    return FactInput(
        claim=_parsed(form, "claim"), verdict=_parsed(form, "verdict"),
        summary=_parsed(form, "summary"),
        source=Source(**source) if source.get("title") else None,
        quote=_parsed(form, "quote"), figures=figures,
        aliases=tuple(_parsed(form, "aliases")), tags=tuple(_parsed(form, "tags")),
        related=tuple(_parsed(form, "related")), claimant=_parsed(form, "claimant"),
        appearances=tuple(_parsed(form, "appearances")), id=_text(form, "id") or None)
