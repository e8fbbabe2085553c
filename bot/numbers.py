"""Quantities in normalised text, so that a claimed figure can be compared with a cited one."""

from __future__ import annotations

import re
from dataclasses import dataclass

_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_WORD_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100,
}
_QUANTITY = re.compile(
    r"\b(\d+(?:\.\d+)?|" + "|".join(_WORD_NUMBERS) + r")"
    r"(?:\s+(thousand|million|billion|trillion))?"
    r"(?:\s+(usd|percent))?\b"
)


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    unit: str  # "usd", "percent", "year" or "" for a plain count
    text: str

    def agrees_with(self, other: Quantity) -> bool:
        if self.unit != other.unit:
            return False
        if self.value == other.value:
            return True
        return abs(self.value - other.value) <= 0.02 * max(abs(self.value), abs(other.value))


def quantities(normalised: str) -> tuple[Quantity, ...]:
    """Every quantity in a normalised text, scaled ("100 billion usd" -> 1e11 usd)."""
    found: list[Quantity] = []
    for match in _QUANTITY.finditer(normalised):
        raw, scale, unit = match.group(1), match.group(2), match.group(3)
        value = float(_WORD_NUMBERS[raw]) if raw in _WORD_NUMBERS else float(raw)
        if raw in _WORD_NUMBERS and not (scale or unit):
            continue  # "two countries": too common to compare as a figure
        if scale:
            value *= _SCALES[scale]
        kind = unit or ""
        if not kind and not scale and raw.isdigit() and len(raw) == 4 and 1800 <= value <= 2100:
            kind = "year"
        found.append(Quantity(value=value, unit=kind, text=match.group(0)))
    return tuple(found)


def conflicting(claimed: tuple[Quantity, ...], cited: tuple[Quantity, ...]) -> list[Quantity]:
    """The claimed quantities that contradict the cited ones.

    A claimed quantity contradicts when the source cites quantities of the same unit and none of
    them agrees with it. Years only contradict years; plain counts are compared only with counts.
    """
    out: list[Quantity] = []
    for q in claimed:
        same_unit = [c for c in cited if c.unit == q.unit]
        if same_unit and not any(q.agrees_with(c) for c in same_unit):
            out.append(q)
    return out
