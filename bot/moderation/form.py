"""The fact form, once: its fields, their labels and limits, and how typed text becomes a fact's
value and back. The Discord modal, the Slack modal and the `factbot facts` options are built
from `FIELDS`; the core (`bot.moderation.fields`) refuses a value whose text would not fit its
field, so every fact the core accepts can be edited on every form.

Limits fit every platform: a text input holds at most 3,000 characters on Slack and 4,000 on
Discord, whose labels hold 45 characters and whose modals hold 5 rows (`FIVE_ROWS`: the fields a
Discord modal shows).

Problems come back as `FieldProblem(field, message)`, `field` one of the names here (or another
`FactInput` key for fields no form shows), so each form shows a problem on its own field.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from bot import messages
from bot.core.models import FACT_VERDICTS, Fact, Source
from bot.moderation.types import FactInput, FieldProblem

# The most a form can hold: Slack's text inputs and Discord's labels and descriptions.
PLATFORM_TEXT_MAX = 3000
PLATFORM_LABEL_MAX = 45
PLATFORM_HINT_MAX = 100
PLATFORM_ROWS_MAX = 5


@dataclass(frozen=True, slots=True)
class FormField:
    """One field of the fact form."""

    name: str                 # its block id, custom id or option name; its FieldProblem.field
    label: str
    limit: int                # the most characters its text may hold
    multiline: bool = False
    required: bool = False
    hint: str = ""
    choices: tuple[str, ...] = ()  # a pick from these words instead of a text


def _fields() -> tuple[FormField, ...]:
    return (
        FormField("fact_id", messages.fact_form_label("fact_id"), 100,
                  hint=messages.fact_form_hint("fact_id")),
        FormField("claim", messages.fact_form_label("claim"), 500, required=True),
        FormField("verdict", messages.fact_form_label("verdict"), 20, required=True,
                  choices=tuple(v.value for v in FACT_VERDICTS)),
        FormField("summary", messages.fact_form_label("summary"), PLATFORM_TEXT_MAX,
                  multiline=True, required=True),
        FormField("quote", messages.fact_form_label("quote"), PLATFORM_TEXT_MAX, multiline=True),
        FormField("source", messages.fact_form_label("source"), 1000,
                  hint=messages.fact_form_hint("source")),
        FormField("figures", messages.fact_form_label("figures"), PLATFORM_TEXT_MAX,
                  multiline=True, hint=messages.fact_form_hint("figures")),
        FormField("aliases", messages.fact_form_label("aliases"), PLATFORM_TEXT_MAX,
                  multiline=True, hint=messages.fact_form_hint("aliases")),
    )


FIELDS = _fields()
BY_NAME = {f.name: f for f in FIELDS}
# The fields a five-row modal (Discord) shows, in order.
FIVE_ROWS = ("claim", "verdict", "summary", "figures", "source")
# The fields that make a fact, with the form's names (the rest name the fact itself).
FACT_FIELDS = ("claim", "verdict", "summary", "quote", "source", "figures", "aliases")
# The parts of a source its field shows; each is changed on its own (`source.url`, ...), so a
# part the form does not show (the subtitle) and every part left as it was are kept.
SOURCE_SHOWN = ("title", "author", "publisher", "published", "url")


# -- text to value and back --------------------------------------------------------------------

def lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def source_text(source: Source) -> str:
    """`title | author | publisher | year | link`, empty parts before the link left out."""
    parts = [source.title, source.author or "", source.publisher or "", source.published or ""]
    while len(parts) > 1 and not parts[-1]:
        parts.pop()
    if source.url:
        parts.append(source.url)
    return " | ".join(parts)


def parse_source(text: str, current: Source | None = None) -> Source | None:
    """A source from `title | author | publisher | year | link`; None when empty. The link
    may stand anywhere. A new source without a title is titled by its link; an edited one
    (`current`) keeps its subtitle while its title stays the same."""
    parts = [p.strip() for p in text.split("|")]
    if not any(parts):
        return None
    url = next((p for p in parts if p.startswith(("http://", "https://"))), None)
    rest = [p for p in parts if p != url]
    rest += [""] * (4 - len(rest))
    title = rest[0] or ("" if current is not None else url or "")
    author, publisher, published = rest[1], rest[2], rest[3]
    subtitle = current.subtitle if current is not None and current.title == title else None
    return Source(title=title, author=author or None, publisher=publisher or None,
                  published=published or None, subtitle=subtitle, url=url)


def text_of(name: str, fact: Fact) -> str:
    """What the form shows in field `name` for `fact`."""
    if name == "fact_id":
        return fact.id
    if name == "verdict":
        return fact.verdict.value
    if name == "quote":
        return fact.quote or ""
    if name == "source":
        return source_text(fact.source)
    if name == "figures":
        return "\n".join(f"{f.value} = {f.what}" for f in fact.figures)
    if name == "aliases":
        return "\n".join(fact.aliases)
    text: str = getattr(fact, name)
    return text


def shown(name: str, fact: Fact) -> str:
    """What the form prefills in field `name`: its text, cut to the field's limit (only a
    fact from a pack can be longer; left as shown, the field stays unchanged)."""
    text = text_of(name, fact)
    limit = BY_NAME[name].limit
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def value_of(name: str, text: str, current: Fact | None = None) -> Any:
    """The value `add_fact` and `edit_fact` take for what was typed in field `name`."""
    if name in ("figures", "aliases"):
        return lines(text)
    if name == "source":
        return parse_source(text, current.source if current else None)
    if name == "quote":
        return text.strip() or None
    return text.strip()


def fact_input(values: Mapping[str, str]) -> FactInput:
    """A new fact from the typed texts (field name → text; missing fields are empty)."""
    def read(name: str) -> Any:
        return value_of(name, values.get(name, ""))

    return FactInput(claim=read("claim"), verdict=read("verdict"), summary=read("summary"),
                     quote=read("quote"), source=read("source"), figures=read("figures"),
                     aliases=read("aliases"), id=read("fact_id") or None)


def changes(fact: Fact, values: Mapping[str, str]) -> dict[str, Any]:
    """The fields whose text differs from what the form showed for `fact`, as `edit_fact`
    takes them. Fields the form did not have (not in `values`) are left alone; so is a source
    left empty, and its title when that part is left empty (a source must have one)."""
    out: dict[str, Any] = {}
    for name in FACT_FIELDS:
        if name not in values:
            continue
        typed = values[name].strip()
        if typed in (text_of(name, fact).strip(), shown(name, fact).strip()):
            continue
        value = value_of(name, typed, fact)
        if name == "source" and value is None:
            continue  # an emptied source keeps the one the fact has
        if value == value_of(name, text_of(name, fact), fact):
            continue  # written differently, the same value
        if isinstance(value, Source):
            for part in SOURCE_SHOWN:
                typed_part, current = getattr(value, part), getattr(fact.source, part)
                if (part != "title" or typed_part) and (typed_part or None) != (current or None):
                    out[f"source.{part}"] = typed_part or ""
            continue
        out[name] = list(value) if isinstance(value, tuple) else value
    return out


# -- limits ------------------------------------------------------------------------------------

def too_long(fact: Fact) -> list[FieldProblem]:
    """The fields of `fact` whose text would not fit the form."""
    return [FieldProblem(f.name, messages.text_too_long(f.label, f.limit))
            for f in FIELDS if f.name in FACT_FIELDS and len(text_of(f.name, fact)) > f.limit]


def by_field(problems: Sequence[FieldProblem], shown: Sequence[str],
             fallback: str) -> dict[str, list[str]]:
    """Each problem under the field of `shown` it is about; the others under `fallback`."""
    out: dict[str, list[str]] = {}
    for problem in problems:
        field = problem.field if problem.field in shown else fallback
        out.setdefault(field, []).append(problem.message)
    return out
