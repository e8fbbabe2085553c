"""Comparisons of two figures the source gives: "China put more into Brazil than into Russia".

A claim that sets two things side by side with "more ... than", "bigger than", "fewer than"
names each side by a few words ("Brazil", "Russia did"). Where the pack states a figure for
each side (two figures of one kind, $34 billion of Chinese investment in Brazil and $24 billion
in Russia), the claim is read by those figures, whether or not any fact's wording compares them.
Each side must be told apart by a word only its figure's description uses, and both figures
must share a word of the claim besides (what is compared: investment, aircraft, 2014-2018).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from bot.core.analysis import ACTORS, actor_of, content_words, term_of
from bot.core.models import Fact, Verdict
from bot.core.normalise import normalise
from bot.core.numbers import NUMBER_WORDS, Quantity, number_value, quantities
from bot.core.per_pack import PerPack
from bot.core.polarity import negations

# Units whose figures are not amounts of something ("seven times", "in 2018").
_NOT_AMOUNTS = frozenset({"times", "year", "rank"})
_ABOVE = frozenset("more bigger larger greater higher longer richer".split())
_BELOW = frozenset("less fewer smaller lower shorter poorer".split())
_COMPARED = re.compile(
    r"^(?P<a>.*?)\b(?P<word>" + "|".join(sorted(_ABOVE | _BELOW)) + r")\b(?P<mid>.*?)"
    r"\bthan\b(?P<b>.*)$")
# "over 20 times China's", "almost 3x": a ratio of two amounts.
# Counts in words a ratio is told in: "three times", "twenty soldiers for every one".
_COUNTS = sorted(NUMBER_WORDS - {"one", "hundred", "dozen"}, key=len, reverse=True)
_OVER = frozenset({"over", "more than", "at least", "above"})
_UNDER = frozenset({"under", "less than", "at most", "below", "no more than"})
_TIMES = re.compile(
    r"^(?P<a>.*?)\b(?:(?P<bound>about|around|roughly|nearly|almost|approximately|some|"
    r"over|more than|at least|above|under|less than|at most|below|no more than)\s+)?"
    r"(?P<n>\d+(?:\.\d+)?|" + "|".join(_COUNTS) + r")\s*(?:times|x)\b(?P<b>.*)$")
_AS_MUCH_AS = re.compile(
    r"^\s*as (?:much|many|big|large|great|high)\b(?P<mid>.*?)\bas\b(?P<rest>.*)$")
# A ratio said plainly ("three times", "about 3x") holds within this share of it.
RATIO_TOLERANCE = 0.15
# Words of a ratio's second side that name no side ("as big as", "the size of").
_SIZE_WORDS = frozenset("size big bigger larger large great greater much many".split())
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


def _figures_of(facts: Sequence[Fact]) -> tuple[Stated, ...]:
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
    """Whether the fact gives these figures, in its figures or in its quote. A bound open on one
    side in a quote ("at least 15 percent") gives no figure, though many agree with it."""
    return _in_figures(fact, *stated) or all(
        any(s.quantity.agrees_with(q) and math.isfinite(q.high) for q in _quoted(fact))
        for s in stated)


_table: PerPack[tuple[Stated, ...]] = PerPack(_figures_of)


def _order(first: Quantity, second: Quantity) -> int | None:
    """+1 when the first is surely the larger, -1 when surely the smaller, else None."""
    if first.low > second.high:
        return 1
    if first.high < second.low:
        return -1
    return None


def _best(pairs: list[tuple[tuple[int, int], Stated, Stated]]) -> tuple[Stated, Stated] | None:
    if not pairs:
        return None
    pairs.sort(key=lambda p: p[0], reverse=True)
    if len(pairs) > 1 and pairs[1][0] == pairs[0][0] and \
            {pairs[1][1].value, pairs[1][2].value} != {pairs[0][1].value, pairs[0][2].value}:
        return None  # two readings as good as each other: none
    return pairs[0][1], pairs[0][2]


def _pair(first_side: frozenset[str], second_side: frozenset[str],
          facts: Sequence[Fact],
          units: frozenset[str] = frozenset(),
          told: tuple[tuple[Quantity, ...], tuple[Quantity, ...]] = ((), ())
          ) -> tuple[Stated, Stated] | None:
    """The two figures of the pack that the two sides name, if one pair fits best. What both
    measure is a word of the claim both figures' descriptions share, or a unit the claim gives
    a figure in (`units`: "the 38 bcm ... is less than half of what China imported"). A side
    that gives a figure of the pack itself (`told`: "90 bcm ..., more than the 38 bcm ...")
    names that figure."""
    first_only, second_only = first_side - second_side, second_side - first_side
    if not first_only or not second_only:
        return None
    pairs: list[tuple[tuple[int, int], Stated, Stated]] = []
    table = _table(facts)
    for one in table:
        mark_one = (one.terms & first_only) - (one.terms & second_only)
        told_one = _gives_figure(told[0], one)
        if not mark_one and not told_one:
            continue
        for other in table:
            if other.quantity.unit != one.quantity.unit or other.value == one.value:
                continue
            told_both = told_one and _gives_figure(told[1], other)
            # Each side is told apart by a word of its own that the other figure lacks.
            if not told_both and (not (mark_one - other.terms) or not (
                    (other.terms & second_only) - one.terms - first_only)):
                continue
            shared = (one.terms & other.terms) & (first_side | second_side)
            if told_both:
                pairs.append(((len(one.terms & first_side) + len(other.terms & second_side),
                               len(shared)), one, other))
                continue
            # Told by the unit alone, or by one quote giving both figures as shares of one
            # whole ("45 percent consumer goods and 38 percent electronics"), each side names
            # its figure by more than an actor.
            if not shared - ACTORS and (
                    (one.quantity.unit not in units and not _told_together(one, other)
                     and not _measured_together(one, other, first_side | second_side))
                    or not (mark_one - other.terms - ACTORS)
                    or not ((other.terms & second_only) - one.terms - first_only - ACTORS)):
                continue
            # What both figures measure breaks a tie: a share of arms exports against another
            # share of arms exports rather than against a share of consumer goods.
            score = (len(one.terms & first_side) + len(other.terms & second_side),
                     len(shared))
            pairs.append((score, one, other))
    return _best(pairs)


def _measured_together(one: Stated, other: Stated, said: frozenset[str]) -> bool:
    """Whether one fact gives both figures and its own claim names, by more than an actor,
    what the claim compares: "China's pledge was bigger than the pipeline's cost" against
    the fact on China's pledge to the pipeline, giving the pledge and the cost."""
    return one.fact.id == other.fact.id \
        and bool((_terms(normalise(one.fact.claim)) & said) - ACTORS)


def _gives_figure(told: tuple[Quantity, ...], stated: Stated) -> bool:
    """Whether a side of the claim gives the figure itself, as a closed amount."""
    return any(q.unit == stated.quantity.unit and q.agrees_with(stated.quantity)
               and math.isfinite(q.high) == math.isfinite(stated.quantity.high) for q in told)


def _told_together(one: Stated, other: Stated) -> bool:
    """Whether the figures are shares that the quote of the fact of one of them gives both of:
    parts of one whole ("45 percent consumer goods and 38 percent electronics"). A bound open
    on one side ("at least 15 percent") gives no figure, though many agree with it."""
    return one.quantity.unit == "percent" and any(fact.quote is not None and all(
        any(s.quantity.agrees_with(q) and math.isfinite(q.high) for q in _quoted(fact))
        for s in (one, other))
        for fact in (one.fact, other.fact))


def _units(claim: str) -> frozenset[str]:
    """The units a claim gives amounts in ("38 bcm": cubic meters)."""
    return frozenset(q.unit for q in quantities(claim) if q.unit and q.unit not in _NOT_AMOUNTS)


def _answering(one: Stated, other: Stated, facts: Sequence[Fact],
               scores: Mapping[str, float] | None, matched: str | None) -> Fact:
    known = scores or {}
    words = [f for f in facts if f.id == matched and (_gives(f, one) or _gives(f, other))]
    if words:
        return words[0]
    both = [f for f in facts if _gives(f, one, other)]
    if both:
        return max(both, key=lambda f: (known.get(f.id, 0.0), _in_figures(f, one, other)))
    return one.fact


# "Russia's troops dwarfed China's", "India's share trails China's", "investment in Russia beat
# its investment in Brazil": a verb that compares, as
# "bigger than" or "smaller than" does (not a figure's bound: "exceeded $100 billion").
_ABOVE_VERB = re.compile(
    r"\b(?:dwarf(?:s|ed)?|outnumber(?:s|ed)?|outweigh(?:s|ed)?|outstrip(?:s|ped)?|"
    r"exceed(?:s|ed)?|surpass(?:es|ed)?|eclipse(?:s|d)?|outpac(?:e|es|ed)|"
    # "beat" only before an amount of the other side ("beat its investment in Brazil", "beat
    # what Brazil got"), not of a match or a tune ("India beat Pakistan", "beats to relax to").
    r"beat(?:s|en)?(?= (?:its|their|what|whatever)\b))\b(?! (?:usd )?\d)")
_BELOW_VERB = re.compile(r"\b(?:trail(?:s|ed)?|lag(?:s|ged)? behind)\b(?! (?:usd )?\d)")
_MAY_COMPARE = re.compile(r"\b(?:than|times|for (?:every|each))\b|\d(?:\.\d+)?x\b|"
                          + _ABOVE_VERB.pattern + "|" + _BELOW_VERB.pattern)
# "20 soldiers for every Chinese one", "three jets for each British jet": a ratio, as
# "20 times the Chinese soldiers" says it.
_FOR_EVERY = re.compile(
    r"\b(?P<n>\d+(?:\.\d+)?|" + "|".join(_COUNTS) + r") (?P<noun>[a-z]+) (?:for|to) "
    r"(?:every|each) (?:single )?(?P<side>[a-z]+ )?(?:one|[a-z]+)\b")


def _as_times(claim: str) -> str:
    """A ratio told per one of the other side ("20 soldiers for every Chinese one") told as
    "N times" ("20 times chinese soldiers")."""
    return _FOR_EVERY.sub(lambda m: f"{m['n']} times {m['side'] or ''}{m['noun']}", claim)


# "is more than twice", "was less than half of": a ratio told by a bound, as "over 2 times"
# tells it. Only after a linking verb: "funded more than half of the projects" tells a part.
_BOUNDED_RATIO = re.compile(
    r"\b(?:is|are|was|were|be|been|being|comes|came|amounts|amounted) (?:(?:still|only|just|"
    r"well|far|much) )?(?P<bound>more|less|fewer) than (?P<ratio>twice|double|half)"
    r"(?: (?:of|as much as|as many as|the size of))?\b")
_RATIO_OF = {"twice": "2", "double": "2", "half": "0.5"}
# "put more into South America", "more than China put into Russia": an investment, as the pack's
# figures describe it.
_PUT_INTO = re.compile(r"\bput(?= (?:(?:(?:way|far|much|a lot|a bit|slightly) )?(?:more|less)\b"
                       r"(?: \S+){0,2}? )?in(?:to)?\b)")


def _as_ratio(claim: str) -> str:
    """A ratio told by a bound ("more than twice China's", "less than half of what China
    imported") told as "N times" ("over 2 times China's")."""
    return _BOUNDED_RATIO.sub(
        lambda m: m[0][:m.start("bound") - m.start()]
        + f"{'over' if m['bound'] == 'more' else 'under'} {_RATIO_OF[m['ratio']]} times", claim)


def _as_than(claim: str) -> str:
    """A comparison told by its verb ("X dwarfed Y's") told with "than" ("X bigger than Y's"),
    when the claim has no "than" of its own."""
    if " than " in f" {claim} ":
        return claim
    return _BELOW_VERB.sub("smaller than", _ABOVE_VERB.sub("bigger than", claim, count=1),
                           count=1)


def may_compare(text: str) -> bool:
    """Whether a text may compare two amounts: it says "than", "times" or "3x"."""
    return _MAY_COMPARE.search(text.casefold()) is not None


def compare_sides(claim: str, facts: Sequence[Fact],
                  scores: Mapping[str, float] | None = None,
                  matched: str | None = None) -> Compared | None:
    """The claim's comparison read by the pack's figures, or None when it makes none the
    figures can settle. `claim` is normalised. The fact that answers is `matched` (the id of
    the fact the claim's words match) when it gives one of the figures; else, of the facts
    that give both, the one best matched by `scores` (by fact id); else the first side's."""
    claim = _PUT_INTO.sub("invested", _as_than(_as_times(_as_ratio(claim))))
    if (times := _TIMES.match(claim)) is not None:
        return _compare_times(times, claim, facts, scores, matched)
    found = _COMPARED.match(claim)
    if found is None or _BOUND_AFTER.match(found.group("b")):
        return None
    first_words = found.group("a") + " " + found.group("mid")
    best = _pair(_terms(first_words), _terms(found.group("b")), facts, _units(claim),
                 (quantities(first_words), quantities(found.group("b"))))
    if best is None:
        return None
    one, other = best
    order = _order(one.quantity, other.quantity)
    if order is None:
        return None
    claimed = 1 if found.group("word") in _ABOVE else -1
    if negations(claim, comparatives=False) % 2:
        claimed = -claimed
    fact = _answering(one, other, facts, scores, matched)
    return Compared(fact, Verdict.TRUE if order == claimed else Verdict.FALSE, one, other)


def _compare_times(found: re.Match[str], claim: str, facts: Sequence[Fact],
                   scores: Mapping[str, float] | None, matched: str | None) -> Compared | None:
    """ "Russia's troops at Vostok were over 20 times China's": the ratio of two figures of
    the pack, against the claim's."""
    first, second = found.group("a"), found.group("b")
    # "six times as much into Africa as into Russia": what comes before the second "as" is the
    # first side's.
    if (split := _AS_MUCH_AS.match(second)) is not None:
        first, second = f"{first} {split.group('mid')}", split.group("rest")
    best = _pair(_terms(first), _terms(second) - _SIZE_WORDS, facts, _units(claim))
    if best is None:
        return None
    one, other = best
    if other.quantity.low <= 0 or one.quantity.low <= 0:
        return None
    low, high = one.quantity.low / other.quantity.high, one.quantity.high / other.quantity.low
    word = found.group("n")
    n = number_value(word)
    bound = found.group("bound") or ""
    if bound in _OVER:
        claimed_low, claimed_high = n, math.inf
    elif bound in _UNDER:
        claimed_low, claimed_high = 0.0, n
    else:
        claimed_low, claimed_high = n * (1 - RATIO_TOLERANCE), n * (1 + RATIO_TOLERANCE)
    if claimed_low <= low and high <= claimed_high:
        verdict = Verdict.TRUE
    elif high < claimed_low or low > claimed_high:
        verdict = Verdict.FALSE
    else:
        return None
    if negations(claim, comparatives=False) % 2:
        verdict = verdict.opposite()
    return Compared(_answering(one, other, facts, scores, matched), verdict, one, other)
