"""What an import yields before it is validated as facts."""

from __future__ import annotations

from dataclasses import dataclass

from bot.moderation.types import FactInput


@dataclass(frozen=True, slots=True)
class ImportItem:
    """One fact of an import; `label` names where it came from (`row 3`, `item 2`, `file:12`)."""

    label: str
    fields: FactInput
