"""Comparisons of two figures the source gives: "China put more into Brazil than into Russia".

A claim that sets two things side by side with "more ... than", "bigger than", "fewer than"
names each side by a few words ("Brazil", "Russia did"). Where the pack states a figure for
each side (two figures of one kind, $34 billion of Chinese investment in Brazil and $24 billion
in Russia), the claim is read by those figures, whether or not any fact's wording compares them.
Each side must be told apart by a word only its figure's description uses, and both figures
must share a word of the claim besides (what is compared: investment, aircraft, 2014-2018).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from bot.core.analysis import actor_of, content_words, term_of
from bot.core.models import Fact, Verdict
from bot.core.normalise import normalise
from bot.core.numbers import Quantity, quantities
from bot.core.polarity import negations

# Units whose figures are not amounts of something ("seven times", "in 2018").
_NOT_AMOUNTS = frozenset({"times", "year"})
_ABOVE = frozenset("more bigger larger greater higher longer richer".split())
_BELOW = frozenset("less fewer smaller lower shorter poorer".split())
_COMPARED = re.compile(
    r"^(?P<a>.*?)\b(?P<word>" + "|".join(sorted(_ABOVE | _BELOW)) + r")\b(?P<mid>.*?)"
    r"\bthan\b(?P<b>.*)$")
# "than 24 billion", "than half": a bound on a figure, which the figures read themselves.
_BOUND_AFTER = re.compile(r"^\s*(?:\d|a |an |one |two |three |half |twice |ever )")
# Words that say nothing about which side is which.
_FILLER = frozenset("did do does have has had got get gets alone just even put into".split())


@dataclass(frozen=True, slots=True)
class Stated:
    """One figure a fact gives, with the terms of what it measures."""

    fact: Fact
    quantity: Quantity
    value: str
    terms: frozenset[str]


@dataclass(frozen=True, slots=True)
class Compared:
    """A claim's comparison read by two figures of the pack."""

    fact: Fact                 # the fact that gives both figures, or the first side's
    verdict: Verdict           # TRUE when the figures order the sides as the claim does
    first: Stated
    second: Stated


def _terms(normalised: str) -> frozenset[str]:
    return frozenset(actor_of(w) or term_of(w) for w in content_words(normalised)
                     if w not in _FILLER)


@lru_cache(maxsize=8)
def _table(facts: tuple[Fact, ...]) -> tuple[Stated, ...]:
    out: list[Stated] = []
    for fact in facts:
        for figure in fact.figures:
            amounts = [q for q in quantities(normalise(figure.value))
                       if q.unit not in _NOT_AMOUNTS]
            if len(amounts) == 1:
                out.append(Stated(fact, amounts[0], figure.value,
                                  _terms(normalise(figure.what))))
    return tuple(out)


def _in_figures(fact: Fact, *stated: Stated) -> bool:
    return {s.value for s in stated} <= {g.value for g in fact.figures}


@lru_cache(maxsize=1024)
def _quoted(fact: Fact) -> tuple[Quantity, ...]:
    return quantities(normalise(fact.quote or ""))


def _gives(fact: Fact, *stated: Stated) -> bool:
    """Whether the fact gives these figures, in its figures or in its quote."""
    return _in_figures(fact, *stated) or all(
        any(s.quantity.agrees_with(q) for q in _quoted(fact)) for s in stated)


def _order(first: Quantity, second: Quantity) -> int | None:
    """+1 when the first is surely the larger, -1 when surely the smaller, else None."""
    if first.low > second.high:
        return 1
    if first.high < second.low:
        return -1
    return None


def _best(pairs: list[tuple[int, Stated, Stated]]) -> tuple[Stated, Stated] | None:
    if not pairs:
        return None
    pairs.sort(key=lambda p: -p[0])
    if len(pairs) > 1 and pairs[1][0] == pairs[0][0] and \
            {pairs[1][1].value, pairs[1][2].value} != {pairs[0][1].value, pairs[0][2].value}:
        return None  # two readings as good as each other: none
    return pairs[0][1], pairs[0][2]


def compare_sides(claim: str, facts: Sequence[Fact],
                  scores: Mapping[str, float] | None = None,
                  matched: str | None = None) -> Compared | None:
    """The claim's comparison read by the pack's figures, or None when it makes none the
    figures can settle. `claim` is normalised. The fact that answers is `matched` (the id of
    the fact the claim's words match) when it gives one of the figures; else, of the facts
    that give both, the one best matched by `scores` (by fact id); else the first side's."""
    found = _COMPARED.match(claim)
    if found is None or _BOUND_AFTER.match(found.group("b")):
        return None
    first_side = _terms(found.group("a") + " " + found.group("mid"))
    second_side = _terms(found.group("b"))
    first_only, second_only = first_side - second_side, second_side - first_side
    if not first_only or not second_only:
        return None
    claimed = 1 if found.group("word") in _ABOVE else -1
    if negations(claim, comparatives=False) % 2:
        claimed = -claimed
    pairs: list[tuple[int, Stated, Stated]] = []
    table = _table(tuple(facts))
    for one in table:
        mark_one = (one.terms & first_only) - (one.terms & second_only)
        if not mark_one:
            continue
        for other in table:
            if other.quantity.unit != one.quantity.unit or other.value == one.value:
                continue
            # Each side is told apart by a word of its own that the other figure lacks.
            if not (mark_one - other.terms) or not (
                    (other.terms & second_only) - one.terms - first_only):
                continue
            shared = (one.terms & other.terms) & (first_side | second_side)
            if not shared - {"china", "russia"}:
                continue
            score = len(one.terms & first_side) + len(other.terms & second_side)
            pairs.append((score, one, other))
    best = _best(pairs)
    if best is None:
        return None
    one, other = best
    order = _order(one.quantity, other.quantity)
    if order is None:
        return None
    known = scores or {}
    words = [f for f in facts if f.id == matched and (_gives(f, one) or _gives(f, other))]
    both = [f for f in facts if _gives(f, one, other)]
    if words:
        fact = words[0]
    elif both:
        fact = max(both, key=lambda f: (known.get(f.id, 0.0), _in_figures(f, one, other)))
    else:
        fact = one.fact
    return Compared(fact, Verdict.TRUE if order == claimed else Verdict.FALSE, one, other)
