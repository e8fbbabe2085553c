"""A side-by-side comparison of two versions of a fact, field by field, words marked."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from bot.core.models import Fact
from bot.web.forms import field_keys, form_values, input_name


@dataclass(frozen=True, slots=True)
class Piece:
    text: str
    changed: bool


@dataclass(frozen=True, slots=True)
class FieldDiff:
    name: str
    before: tuple[Piece, ...]
    after: tuple[Piece, ...]
    changed: bool


def _words(text: str) -> list[str]:
    return re.findall(r"\s+|[^\s]+", text)


def compare(before: Fact | None, after: Fact) -> list[FieldDiff]:
    """Every field of the two versions; changed words are marked on each side."""
    old, new = form_values(before), form_values(after)
    rows = []
    for key in field_keys():
        name = input_name(key)
        a, b = _words(old[name]), _words(new[name])
        left: list[Piece] = []
        right: list[Piece] = []
        matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if i2 > i1:
                left.append(Piece("".join(a[i1:i2]), op != "equal"))
            if j2 > j1:
                right.append(Piece("".join(b[j1:j2]), op != "equal"))
        rows.append(FieldDiff(key, tuple(left), tuple(right), old[name] != new[name]))
    return rows
