"""What changed between two versions of a fact, field by field, each source field on its own."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.models import Fact, Figure
from bot.store.codec import SOURCE_FIELDS

FIELDS = ("claim", "verdict", "summary", *(f"source.{k}" for k in SOURCE_FIELDS), "quote",
          "figures", "aliases", "tags", "related", "claimant", "appearances")


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of a fact before and after a change, as text ("" when it had no value)."""

    name: str
    before: str
    after: str


def field_text(fact: Fact, name: str) -> str:
    """A field of `fact` as one line of text: `source.url`, `figures`, `verdict`, ..."""
    if name.startswith("source."):
        value = getattr(fact.source, name.partition(".")[2])
    else:
        value = getattr(fact, name)
    if value is None:
        return ""
    if isinstance(value, tuple):
        return "; ".join(f"{v.value} = {v.what}" if isinstance(v, Figure) else str(v)
                         for v in value)
    return str(value)


def changed_fields(before: Fact | None, after: Fact,
                   names: tuple[str, ...] = FIELDS) -> tuple[FieldChange, ...]:
    """Every field of `names` whose text differs; for a new fact (`before` None), every field
    it has."""
    changes = []
    for name in names:
        old = field_text(before, name) if before is not None else ""
        new = field_text(after, name)
        if old != new:
            changes.append(FieldChange(name, old, new))
    return tuple(changes)


def touched(changes: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """The FIELDS that change keys (as `edit_fact` takes them) can touch: `source` is all
    the source fields, `source.url` only that one."""
    return tuple(name for name in FIELDS
                 if name in changes or (name.startswith("source.") and "source" in changes))
