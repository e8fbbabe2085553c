"""Turn a moderator's fields into a valid Fact, with every problem worded at once, each under
the field of the fact form (`bot.moderation.form`) it is about."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from bot import messages
from bot.core.models import FACT_VERDICTS, Fact, Figure, Source, Verdict
from bot.moderation import form
from bot.moderation.errors import InvalidFact
from bot.moderation.types import FactInput, FieldProblem
from bot.packs.loader import FACT_ID
from bot.store.codec import SOURCE_FIELDS

SOURCE_KEYS = tuple(f"source.{k}" for k in SOURCE_FIELDS)
# `source` replaces the whole source; `source.url` (and each other source field) changes that
# field alone and keeps the others.
EDITABLE = ("claim", "verdict", "summary", "source", *SOURCE_KEYS, "quote", "figures",
            "aliases", "tags", "related", "claimant", "appearances")
MAX_TEXT = 4000  # texts no form shows (tags, source parts); the form's own have its limits
MAX_ITEMS = 100
MAX_ID = 100


def slug(text: str, *, words: int = 6) -> str:
    """A fact id from a claim: `russia-and-china-are-allies`."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    parts = re.findall(r"[a-z0-9]+", ascii_text.lower())[:words]
    return "-".join(parts)[:MAX_ID].strip("-") or "fact"


Problems = list[FieldProblem]


def _field(key: str) -> str:
    """The form field a key is about: `source.title` → source, `aliases item` → aliases."""
    return key.split(".")[0].split(" ")[0]


def _problem(problems: Problems, key: str, message: str) -> None:
    problems.append(FieldProblem(_field(key), message))


def _text(key: str, value: Any, problems: Problems, *, required: bool) -> str | None:
    if value is None:
        if required:
            _problem(problems, key, messages.missing_field(key))
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        _problem(problems, key, messages.wrong_type(key, "text"))
        return None
    # NUL is dropped: PostgreSQL refuses it in text, and no fact needs it.
    out = str(value).replace("\x00", "").strip()
    if not out:
        if required:
            _problem(problems, key, messages.empty_field(key))
        return None
    if key not in form.FACT_FIELDS and len(out) > MAX_TEXT:
        _problem(problems, key, messages.text_too_long(key, MAX_TEXT))
    return out


def _verdict(value: Any, problems: Problems) -> Verdict:
    if isinstance(value, bool):
        value = "true" if value else "false"
    word = str(value).strip().lower() if value is not None else ""
    try:
        verdict = Verdict(word)
    except ValueError:
        verdict = Verdict.NO_MATCH
    if verdict not in FACT_VERDICTS:
        _problem(problems, "verdict", messages.unknown_verdict(str(value)))
    return verdict


def coerce_source(value: Any, problems: Problems, default: Source) -> Source:
    if value is None:
        return default
    if isinstance(value, Source):
        value = {k: getattr(value, k) for k in SOURCE_FIELDS}
    if not isinstance(value, Mapping):
        _problem(problems, "source", messages.wrong_type("source", "a mapping"))
        return default
    for key in value:
        if key not in SOURCE_FIELDS:
            _problem(problems, "source", messages.unknown_field(f"source.{key}", SOURCE_FIELDS))
    title = _text("source.title", value.get("title"), problems, required=True)
    rest = {k: _text(f"source.{k}", value.get(k), problems, required=False)
            for k in SOURCE_FIELDS[1:]}
    return Source(title=title or "", **rest)


def _figure(item: Any, problems: Problems) -> Figure | None:
    if isinstance(item, Figure):
        item = {"value": item.value, "what": item.what}
    elif isinstance(item, str):
        head, sep, tail = item.partition("=")
        if not sep:
            _problem(problems, "figures", messages.figure_format(item))
            return None
        item = {"value": head, "what": tail}
    elif isinstance(item, list | tuple) and len(item) == 2:
        item = {"value": item[0], "what": item[1]}
    if not isinstance(item, Mapping):
        _problem(problems, "figures",
                 messages.wrong_type("figures item", "a value and what it measures"))
        return None
    figure_value = _text("figures.value", item.get("value"), problems, required=True)
    figure_what = _text("figures.what", item.get("what"), problems, required=True)
    return Figure(figure_value, figure_what) if figure_value and figure_what else None


def _list(key: str, value: Any, problems: Problems) -> tuple[Any, ...]:
    if value is None:
        return ()
    if isinstance(value, str | Figure):
        value = [value]
    if not isinstance(value, Iterable) or isinstance(value, Mapping):
        _problem(problems, key, messages.wrong_type(key, "a list"))
        return ()
    items = list(value)
    if len(items) > MAX_ITEMS:
        _problem(problems, key, messages.too_many_items(key, MAX_ITEMS))
    if key == "figures":
        figures = (_figure(i, problems) for i in items)
        return tuple(f for f in figures if f is not None)
    out: list[str] = []
    for item in items:
        text = _text(f"{key} item", item, problems, required=True)
        if text and text not in out:
            out.append(text)
    return tuple(out)


def check_id(fact_id: str, problems: Problems) -> None:
    if not FACT_ID.match(fact_id) or len(fact_id) > MAX_ID:
        _problem(problems, "fact_id", messages.bad_fact_id(fact_id))


def build_fact(fields: FactInput, *, fact_id: str, pack: str, default_source: Source) -> Fact:
    """A Fact from a moderator's input, or InvalidFact naming every problem."""
    problems: Problems = []
    check_id(fact_id, problems)
    fact = Fact(
        id=fact_id,
        claim=_text("claim", fields.claim, problems, required=True) or "",
        verdict=_verdict(fields.verdict, problems),
        summary=_text("summary", fields.summary, problems, required=True) or "",
        source=coerce_source(fields.source, problems, default_source),
        quote=_text("quote", fields.quote, problems, required=False),
        figures=_list("figures", fields.figures, problems),
        aliases=_list("aliases", fields.aliases, problems),
        tags=_list("tags", fields.tags, problems),
        related=_list("related", fields.related, problems),
        pack=pack,
        claimant=_text("claimant", fields.claimant, problems, required=False),
        appearances=_list("appearances", fields.appearances, problems),
    )
    problems += form.too_long(fact)
    if problems:
        raise InvalidFact(problems, fact_id)
    return fact


def apply_changes(fact: Fact, changes: Mapping[str, Any], *, pack: str) -> Fact:
    """`fact` with `changes` (field name → new value) applied, or InvalidFact. A changed field
    must fit the form; ones left alone are not judged again.

    `source.title`, `source.url`, ... change one field of the source and keep the others
    (an empty value clears it, except the title, which a source must have); `source`
    replaces the whole source, before any of those apply.
    """
    problems: Problems = []
    updates: dict[str, Any] = {}
    for key, value in changes.items():
        if key in SOURCE_KEYS:
            continue
        if key not in EDITABLE:
            _problem(problems, key, messages.unknown_field(key, EDITABLE))
        elif key in ("claim", "summary"):
            updates[key] = _text(key, value, problems, required=True) or ""
        elif key in ("quote", "claimant"):
            updates[key] = _text(key, value, problems, required=False)
        elif key == "verdict":
            updates[key] = _verdict(value, problems)
        elif key == "source":
            updates[key] = coerce_source(value, problems, fact.source)
        else:
            updates[key] = _list(key, value, problems)
    parts = {k.partition(".")[2]: v for k, v in changes.items() if k in SOURCE_KEYS}
    if parts:
        base = updates.get("source", fact.source)
        merged = {k: getattr(base, k) for k in SOURCE_FIELDS}
        merged.update({k: None if v is None or str(v).strip() == "" else v
                       for k, v in parts.items()})
        updates["source"] = coerce_source(merged, problems, base)
    changed = replace(fact, pack=pack, **updates)
    problems += [p for p in form.too_long(changed) if p.field in updates]
    if problems:
        raise InvalidFact(problems, fact.id)
    return changed


def stored_change(data: Mapping[str, Any], key: str) -> Any:
    """The value of change key `key` (`summary`, `source.url`, ...) in a fact's stored data."""
    if key in SOURCE_KEYS:
        return (data.get("source") or {}).get(key.partition(".")[2])
    return data.get(key)


def input_of(fact: Fact) -> FactInput:
    return FactInput(claim=fact.claim, verdict=fact.verdict, summary=fact.summary,
                     source=fact.source, quote=fact.quote, figures=fact.figures,
                     aliases=fact.aliases, tags=fact.tags, related=fact.related, id=fact.id,
                     claimant=fact.claimant, appearances=fact.appearances)
