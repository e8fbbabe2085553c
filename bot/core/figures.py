"""The claim's figures against the source's: which the source contradicts, and which it gives
to something else than the claim does, each with the source's own figure."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from bot.core.analysis import entities, models_as_names
from bot.core.binding import Cited, describing, figures_in_clauses, misbound
from bot.core.lexicon import BROADER_RECKONING_WORDS, NARROWING_RANK_WORDS
from bot.core.models import Fact, FigureConflict, Verdict
from bot.core.normalise import cached_normalise as normalise
from bot.core.numbers import (
    NUMBER_WORDS,
    Quantity,
    compared_as,
    conflicting,
    counted_further,
    counts_a_measure,
    number_value,
    quantities,
    spoken,
)
from bot.core.polarity import figure_set_aside, in_scope


@lru_cache(maxsize=4096)
def cited_quantities(fact: Fact) -> tuple[Quantity, ...]:
    """The figures the source gives: its figures with the numbers that describe them, its
    quote, and the claim when it is true."""
    texts = [f.value for f in fact.figures]
    if fact.quote:
        texts.append(fact.quote)
    if fact.verdict is Verdict.TRUE:
        texts.append(fact.claim)
    return tuple(q for t in texts for n in (normalise(t),)
                 for q in (*quantities(n), *counted_further(n))) + described(fact)


def described(fact: Fact) -> tuple[Quantity, ...]:
    """Numbers in the descriptions of a fact's figures ("11: projects financed, out of 91");
    years there date other statements, so they are left out."""
    return tuple(q for f in fact.figures for q in quantities(normalise(f.what))
                 if q.unit != "year")


@lru_cache(maxsize=4096)
def _cited_figures(fact: Fact) -> tuple[Cited, ...]:
    """The source's figures, each with what it measures: a figure's own description, or the
    clause of the quote (or of a true claim) it stands in."""
    out: list[Cited] = []
    for figure in fact.figures:
        about = describing(normalise(figure.what))
        out.extend(Cited(q, about, figure.value, figure.what)
                   for q in quantities(normalise(figure.value)) if q.unit != "year")
    texts = [fact.quote] if fact.quote else []
    if fact.verdict is Verdict.TRUE:
        texts.append(fact.claim)
    for text in texts:
        for q, about in figures_in_clauses(text):
            if q.unit == "year":
                continue
            named = next((c for c in out if c.quantity.agrees_with(q)), None)
            out.append(Cited(q, about, named.value if named else q.text,
                             named.what if named else fact.claim))
    return tuple(out)


# A figure as people type it: a currency sign, digits, and a scale or unit word after it.
_TYPED = re.compile(
    r"(?:[$€£¥]\s?)?\d[\d,.]*(?: \d{3}\b)*(?:\s?(?:%|percent|per cent|pct|pc|bn|billion|b|mn|"
    r"million|m|k|thousand|tn|trillion|milliards?|times|usd|dollars?|yuan|rubles?|troops|"
    r"soldiers|km|miles|\$)(?:\b|(?<=[%$]))){0,2}",
    re.IGNORECASE)


def as_typed(original: str, q: Quantity) -> str:
    """The claimed figure `q` as the person typed it in `original` ("$40bn", "40 billion
    dollars"); spoken (`"$40 billion"`) when no span of the text reads as that figure."""
    for m in _TYPED.finditer(original):
        span = m.group().rstrip(".,")
        if any(c.value == q.value and c.unit == q.unit for c in quantities(normalise(span))):
            return span
    return spoken(q.text)



def _misbound(claim: str, fact: Fact, wrong: list[Quantity]) -> list[FigureConflict]:
    """Claimed figures the source gives, but to something else than the claim does; a sum
    told without its currency ("got 88 billion") is read in the source's dollars."""
    if not _figures_alike(fact):
        return []  # no two of the source's figures to tell apart
    out: list[FigureConflict] = []
    cited = _cited_figures(fact)
    amounts = tuple(c.quantity for c in cited)
    for q, about in figures_in_clauses(claim):
        if q.unit == "year" or q in wrong:
            continue
        unit = compared_as(q, amounts)
        read = q if unit == q.unit else replace(q, unit=unit)
        bound = misbound(read, about, list(cited))
        if bound is not None:
            out.append(FigureConflict(claimed=as_typed(claim, q), source_value=bound.value,
                                      what=bound.what))
    return out


@lru_cache(maxsize=4096)
def _figures_alike(fact: Fact) -> bool:
    """Whether the source gives two different figures of one kind: only then may a claimed
    figure be given to the wrong one of them (`misbound` needs two to compare)."""
    kinds: dict[str, set[tuple[float, float]]] = {}
    for c in _cited_figures(fact):
        kinds.setdefault(c.quantity.unit, set()).add((c.quantity.low, c.quantity.high))
    return any(len(found) >= 2 for found in kinds.values())


@lru_cache(maxsize=4096)
def _described(fact: Fact) -> str:
    return normalise(" ".join((*fact.texts, fact.summary, *(f.what for f in fact.figures))))


def figure_conflicts(claim: str, fact: Fact) -> tuple[FigureConflict, ...]:
    """The claim's figures that the source contradicts, each with the source's own figure."""
    # Years that date the fact (in its claim or its figures' descriptions) are never the
    # contested figure: "trade reached $200 billion in 2018" is wrong about the amount only.
    dating = tuple(q for t in (fact.claim, *(f.what for f in fact.figures))
                   for q in quantities(normalise(t)) if q.unit == "year")
    cited = cited_quantities(fact) + dating
    # Figures in a clause about something else are not the fact's to contradict.
    said = in_scope(figure_set_aside(normalise(claim)), _described(fact))
    # A plain count the source gives of things it measures ("11 of them" against "11 jets")
    # is that count, not set against another plain figure of the source's ("dozens").
    wrong = [q for q in conflicting(quantities(said), cited)
             if not _counts_another_deed(said, q, fact) and not counts_a_measure(q, cited)]
    wrong = _set_beside(quantities(said), wrong, cited, fact)
    out: list[FigureConflict] = []
    for q in wrong:
        unit = compared_as(q, cited)
        kind = [f for f in fact.figures
                if any(c.unit == unit for c in quantities(normalise(f.value)))]
        owner = _owner_of(said, q)
        owned = [f for f in kind if owner in entities(normalise(f.what))]
        figure = owned[0] if len(owned) == 1 else next(iter(kind), None)
        if figure is not None:
            out.append(FigureConflict(claimed=as_typed(claim, q), source_value=figure.value,
                                      what=figure.what))
            continue
        # No figure of that kind (often a year): quote the closest one in the fact's claim or quote.
        own = [c for c in quantities(normalise(fact.claim)) if c.unit == unit]
        same = own or [c for c in cited if c.unit == unit]
        closest = min(same, key=lambda c: abs(c.value - q.value))
        out.append(FigureConflict(claimed=as_typed(claim, q), source_value=closest.text,
                                  what=fact.claim))
    out.extend(_misbound(claim, fact, wrong))
    out.extend(_given_to_another(claim, fact, wrong))
    out.extend(_yearly_for_total(claim, fact, wrong))
    return tuple(c for c in out if not _first_as_narrowed(said, c, fact))


def _set_beside(said: Sequence[Quantity], wrong: list[Quantity], cited: tuple[Quantity, ...],
                fact: Fact) -> list[Quantity]:
    """The claimed figures that contradict the source, less those set beside the fact's own:
    a claim that gives the source's figure and, to compare, another the source gives in the
    same breath ("$148bn into Africa vs $24bn into Russia", where the fact's summary tells
    both) contradicts nothing with the second."""
    if not wrong:
        return wrong
    borne = [q for q in said if q not in wrong and q.unit != "year"
             and any(q.agrees_with(c) for c in cited)]
    if not borne:
        return wrong
    beside = quantities(normalise(fact.summary))
    return [q for q in wrong
            if not any(b.unit == compared_as(q, cited) and b.value == q.value for b in beside)
            or not any(b.unit == compared_as(q, cited) for b in borne)]


# Deeds a count of times may count, each family the words for one deed: meetings are not
# trips ("has been to Moscow 8 times" counts no meetings).
_DEED_FAMILIES = tuple(frozenset(words.split()) for words in (
    "met meet meets meeting meetings summits summit",
    "visited visit visits visiting been went gone trips trip travelled traveled travels",
    "talked talks spoken spoke called calls phoned"))


def _deed_family(words: Sequence[str]) -> frozenset[str] | None:
    """The family of the first deed the words name that a count of times may count."""
    for word in words:
        for family in _DEED_FAMILIES:
            if word in family:
                return family
    return None


def _counts_another_deed(said: str, q: Quantity, fact: Fact) -> bool:
    """Whether a count of times counts another deed than every one the fact's own counts do:
    "Xi has been to Moscow 8 times" against "Putin and Xi have met more than 25 times"."""
    if q.unit != "times" or (at := said.find(q.text)) < 0:
        return False
    before = said[max(0, at - 60):at].split()[-5:]
    mine = _deed_family(list(reversed(before)))
    texts = (fact.claim, *(f.what for f in fact.figures if "times" in f.value))
    theirs = _deed_family(normalise(" ".join(texts)).split())
    return mine is not None and theirs is not None and mine != theirs


# A figure given as a yearly rate ("every year", "a year", "annually"), not a span of time one
# thing happened in ("in a year", "within a year").
_PER_YEAR = re.compile(r"\b(?:(?:every|each|per) (?:year|yr)|annual(?:ly)?|yearly|per annum)\b"
                       r"|(?<!\bin )(?<!within )(?<!for )\ban? (?:year|yr)\b")
# A total spread over a span of several years ("over the next 30 years", "over three decades").
_OVER_YEARS = re.compile(r"\bover (?:the )?(?:next |past |last |coming |following )?"
                         r"(?P<span>\S+ (?:years|yrs?|decades))\b")
_SPANS = frozenset({"years", "decades"})


def _yearly_for_total(claim: str, fact: Fact, wrong: list[Quantity]) -> list[FigureConflict]:
    """Claimed figures given as a yearly rate where the source gives the same figure as the
    total over several years: "$400 billion of exports every year" against "$400 billion over
    the next 30 years"."""
    said = normalise(claim)
    claimed = quantities(said)
    if not _PER_YEAR.search(said) or any(q.unit in _SPANS for q in claimed):
        return []  # no rate, or the claim gives the span itself
    source = normalise(" ".join([*(f.value for f in fact.figures), fact.quote or "",
                                 fact.claim if fact.verdict is Verdict.TRUE else ""]))
    span = _OVER_YEARS.search(source)
    if span is None or _PER_YEAR.search(source):
        return []
    cited = [c for c in cited_quantities(fact) if c.unit != "year" and c.unit not in _SPANS]
    out: list[FigureConflict] = []
    for q in claimed:
        same = next((c for c in cited if _same_figure(q, c)), None)
        if q.unit != "year" and q.unit not in _SPANS and q not in wrong and same is not None:
            out.append(FigureConflict(claimed=f"{as_typed(claim, q)} a year",
                                      source_value=f"{spoken(same.text)} over {span['span']}",
                                      what=fact.claim))
    return out


def _same_figure(claimed: Quantity, cited: Quantity) -> bool:
    """Whether a claimed figure is the cited one: the same unit, or none typed ("11 Su-35s"
    against "11 jets"), and intervals that meet."""
    if claimed.unit not in (cited.unit, ""):
        return False
    return claimed.low <= cited.high and cited.low <= claimed.high


def _sole_actor(what: str) -> str | None:
    """The one actor a figure's description names ("Su-35s contracted by Indonesia"), if it
    names exactly one."""
    named = entities(normalise(what))
    return next(iter(named)) if len(named) == 1 else None


def _owner_of(said: str, q: Quantity) -> str | None:
    """The actor a claimed figure is told of: the last one the claim names before it ("india
    got 35 percent and china got 21 percent": China's 21 percent), if any."""
    at = said.find(q.text)
    if at < 0:
        return None
    named = [entities(w) for w in said[:at].split()]
    return next((next(iter(n)) for n in reversed(named) if len(n) == 1), None)


def _given_to_another(claim: str, fact: Fact, wrong: list[Quantity]) -> list[FigureConflict]:
    """Claimed figures the source gives to another actor than every one the claim names, where
    the source gives a figure of its own to an actor the claim names: "Egypt ordered 11 jets"
    against "Indonesia contracted for 11 jets, Egypt bought dozens"."""
    named = entities(normalise(claim))
    owner = {i: _sole_actor(f.what) for i, f in enumerate(fact.figures)}
    out: list[FigureConflict] = []
    for q in quantities(normalise(claim)):
        if q.unit == "year" or q in wrong:
            continue
        same = [i for i, f in enumerate(fact.figures)
                if any(_same_figure(q, c) for c in quantities(normalise(f.value)))]
        if len(same) != 1 or owner[same[0]] is None or owner[same[0]] in named:
            continue
        if any(owner[i] in named for i in owner if i != same[0]):
            figure = fact.figures[same[0]]
            out.append(FigureConflict(claimed=as_typed(claim, q), source_value=figure.value,
                                      what=figure.what))
    return out



_DIGITS = re.compile(r"(?<![a-z])\d+(?:\.\d+)?")


@lru_cache(maxsize=4096)
def _given(fact: Fact) -> tuple[tuple[Quantity, ...], frozenset[str]]:
    """The figures any text of a fact gives, as quantities typed in digits and as the numbers
    written: its claim and aliases, quote, summary and figures. Years in a figure's
    description date another statement than the fact's ("35 percent (2013-2017)")."""
    texts = [normalise(t) for t in (*fact.texts, fact.quote or "", fact.summary,
                                    *(f.value for f in fact.figures))]
    quantities_given = tuple(q for n in texts for q in (*quantities(n), *counted_further(n))
                             ) + described(fact)
    # The number of a model's name ("S-400") names the model: no figure a claim may give.
    written = models_as_names(" ".join(texts + [normalise(f.what) for f in fact.figures]))
    numbers = frozenset(_DIGITS.findall(models_as_names(" ".join(texts)))) | frozenset(
        n for n in _DIGITS.findall(written) if not 1000 <= float(n) <= 2100)
    return quantities_given, numbers


def unstated_figures(claim: str, fact: Fact,
                     related: Sequence[Fact] = ()) -> tuple[Quantity, ...]:
    """The claim's figures, typed in digits, that no text of the fact or of the facts it goes
    with gives: "in 2017" or "for 24 jets" told of a fact that dates nothing then or counts no
    such jets. A bound a figure falls within ("fewer than 15") is given. The source cannot
    vouch for the others. A number that counts nothing named ("my 2 cents", "10/10") and a
    certainty told as a share ("100% sure") are the chat's, not figures of the claim."""
    told = [_given(f) for f in (fact, *related)]
    given = tuple(q for quantities_given, _ in told for q in quantities_given)
    numbers = frozenset().union(*(written for _, written in told))
    worded = _numbers_in_words(fact, *related)
    # "2 of the 4 islands" where the source writes "two of the four": the same numbers.
    numbers |= {f"{v:g}" for v in worded}
    # A figure set aside ("..., not 40%") is not told as the claim's.
    said = in_scope(figure_set_aside(normalise(claim)), _described(fact))
    typed_figures = tuple(q for q in quantities(said)
                          if (q.unit != "" or _counts_members(said, q))
                          and (typed := _typed(said, q))
                          and not _CERTAIN.match(said, said.find(q.text) + len(q.text))
                          and not set(typed) <= numbers
                          and not any(_gives(c, q) for c in given))
    return typed_figures + tuple(q for q in _members_in_words(said)
                                 if f"{q.value:g}" not in numbers and q.value not in worded
                                 and not any(_gives(c, q) for c in given))


# A count of the members of a body or group, which no unit names: "8 full members", "12
# member states".
_MEMBERS = re.compile(r" (?:\w+ )?(?:members|member states|member countries|nations|"
                      r"countries|states)\b")


# A count of members in words, as "8 full members" is in digits: "eight full members". "One"
# and "two" are left out: "the two countries" tells the pair a text is about, no count.
_MEMBERS_IN_WORDS = re.compile(
    r"\b(?P<num>" + "|".join(sorted(NUMBER_WORDS - {"one", "two", "hundred", "dozen"},
                                     key=len, reverse=True))
    + r")(?=" + _MEMBERS.pattern + ")")


def _members_in_words(said: str) -> tuple[Quantity, ...]:
    """The counts of members a claim writes in words ("the SCO has eight full members")."""
    return tuple(Quantity(value=number_value(m["num"]), unit="", text=m["num"],
                          low=number_value(m["num"]), high=number_value(m["num"]))
                 for m in _MEMBERS_IN_WORDS.finditer(said))


@lru_cache(maxsize=4096)
def _worded(fact: Fact) -> frozenset[float]:
    """The numbers any text of a fact writes in words."""
    texts = (*fact.texts, fact.quote or "", fact.summary, *(f.value for f in fact.figures))
    return frozenset(number_value(w) for t in texts for w in normalise(t).split()
                     if w in NUMBER_WORDS)


def _numbers_in_words(*facts: Fact) -> frozenset[float]:
    return frozenset().union(*(_worded(f) for f in facts))


def _counts_members(said: str, q: Quantity) -> bool:
    """Whether a plain count counts the members of something ("the SCO has 8 full members"):
    a figure of the claim all the same."""
    at = said.find(q.text)
    return at >= 0 and _MEMBERS.match(said, at + len(q.text)) is not None


def _typed(said: str, q: Quantity) -> list[str]:
    """The numbers a claimed figure gives as one the source may not: those typed in digits,
    or the count of times something happened however written ("visited Moscow eight times");
    none for a ratio ("3x China's share"), which a claim works out from the source's own."""
    if q.unit in _RELATIVE:
        if q.unit != "times" or _COUNTED.search(said, 0, max(said.find(q.text), 0)) is None:
            return []
        return [f"{q.value:g}"]
    return _DIGITS.findall(q.text)


# A deed done a number of times: "met ... 30 times", "has visited Moscow eight times".
_COUNTED = re.compile(r"\b(?:met|meet|meeting|visited|visits?|travell?ed|went|gone|been|"
                      r"talked|spoken|called)\b(?: \w+){0,3} $")


# How sure the claim is, told as a share: "100 percent sure", "110% true".
_CERTAIN = re.compile(r" (?:sure|certain|true|correct|right|accurate|legit|real|agree|"
                      r"confirmed|facts?)\b")


# Figures a claim works out from the source's own ("almost 3x China's share", "over 5 years"
# from 2014 through 2018) rather than adds to them.
_RELATIVE = frozenset({"times", "years", "months", "decades"})


def _gives(cited: Quantity, claimed: Quantity) -> bool:
    """Whether a figure of the source gives the claimed one: the same figure, or one a bound
    takes in ("fewer than 15" and 11). A figure told in words ("dozens") gives only a figure
    of its own kind, or a plain count ("4 of the islands" and "four islands")."""
    if not _DIGITS.search(cited.text):
        return claimed.unit in (cited.unit, "") and cited.low <= claimed.high \
            and claimed.low <= cited.high
    return _same_figure(claimed, cited) or _same_figure(cited, claimed)


# A cited count is loose when its top is more than this many times its floor ("dozens": 24 to
# 143); a claimed count is exact when its span is at most this share of its value ("24", not
# "about 24").
_LOOSE_SPAN = 2.0
_EXACT_SHARE = 0.05
# The words of a loose count: "dozens", "hundreds of", "a few", "several".
_LOOSE_WORD = re.compile(r"\b(?:dozens|hundreds|thousands|few|several|couple|handful)\b")


def finer_than_cited(claim: str, fact: Fact) -> bool:
    """Whether a normalised claim gives an exact count ("Egypt bought exactly 24 Su-35s") that
    meets the source's figure only as one of the many a loose count covers ("dozens"), and no
    exact figure of the source: the source does not establish that count."""
    cited = cited_quantities(fact)
    for q in quantities(claim):
        if q.unit == "year" or q.high - q.low > _EXACT_SHARE * q.value:
            continue
        met = [c for c in cited if (c.unit == q.unit or "" in (c.unit, q.unit))
               and c.low <= q.value <= c.high]
        if met and all(c.high > _LOOSE_SPAN * c.low and _LOOSE_WORD.search(c.text)
                       for c in met):
            return True
    return False


def bound_past_cited(claim: str, fact: Fact) -> bool:
    """Whether a normalised claim puts a figure's floor above the source's own ("trade grew
    more than 20%" against "at least 15 percent", "over 50 times" against "more than 25
    times"): the source neither establishes nor denies it."""
    cited = cited_quantities(fact)
    for q in quantities(claim):
        if q.unit == "year":
            continue
        met = [c for c in cited if c.unit == q.unit and q.low <= c.high and c.low <= q.high]
        if not met:
            continue
        if math.isinf(q.high) and all(math.isinf(c.high) and c.low < q.low for c in met):
            return True
    return False


# A figure written in digits: the two ends of a range the source gives ("75,000 and 100,000").
_FIGURE = re.compile(r"\d[\d,.]*")
# How much wider than its low end a source's range must be for either end to be a figure of its
# own: "between 75,000 and 100,000", not a rounding.
_RANGE_SPAN = 1.1


def one_end_of_range(claim: str, fact: Fact) -> bool:
    """Whether a normalised claim gives as the exact count one end of a range the source gives
    ("Russia fielded 100,000 soldiers" against "between 75,000 and 100,000"): the count is
    right only as a bound, and told alone it picks one end of what the source leaves open.
    A claim that bounds it ("at least 75,000", "up to 100,000") keeps the range."""
    cited = [c for c in cited_quantities(fact)
             if c.unit != "year" and math.isfinite(c.high) and c.high > _RANGE_SPAN * c.low > 0
             and len(_FIGURE.findall(c.text)) >= 2]
    for q in quantities(claim):
        if q.unit == "year" or q.high - q.low > _EXACT_SHARE * q.value:
            continue
        met = [c for c in cited if c.unit == q.unit and c.low <= q.value <= c.high]
        if met and all(q.low <= c.low <= q.high or q.low <= c.high <= q.high for c in met):
            return True
    return False


# A first place the source gives only within a narrower reckoning: "largest individual
# partner", "biggest single-country partner".
_NARROWED_FIRST = re.compile(
    r"\b(?:largest|biggest|top|leading|first|number one) (?:"
    + "|".join(sorted(NARROWING_RANK_WORDS, key=len, reverse=True)) + r")\b")


def first_only_when_narrowed(claim: str, fact: Fact,
                             conflicts: Sequence[FigureConflict]) -> bool:
    """Whether a claim of first place ("China is Russia's biggest trading partner") that the
    source's lower rank contradicts ("second-largest, after the EU") leaves out the
    qualifier under which the source gives that first place ("its largest individual
    partner"): true only of single countries, the claim misleads rather than errs. A claim
    that counts every partner ("overall", "ahead of the EU") or keeps the qualifier is read
    as it stands."""
    if not conflicts or not _quote_narrows_first(fact):
        return False
    said = normalise(claim)
    # One first place only: "China is Russia's #1 and Russia is China's #1" ranks the other
    # side too, which the source plainly denies.
    ranks = [q for q in quantities(said) if q.unit == "rank"]
    if len(ranks) != 1 or ranks[0].value != 1:
        return False
    return not set(said.split()) & BROADER_RECKONING_WORDS and not _keeps_narrowing(said)


def _first_as_narrowed(said: str, conflict: FigureConflict, fact: Fact) -> bool:
    """Whether a claimed first place keeps the qualifier under which the source gives it
    ("China is Russia's biggest single-country partner" against "its largest individual
    partner"): the source's lower rank in the wider reckoning ("second-largest, after the
    EU") does not contradict it."""
    ranks = [q for q in quantities(normalise(conflict.claimed)) if q.unit == "rank"]
    return bool(ranks) and all(q.value == 1 for q in ranks) and _keeps_narrowing(said) \
        and _quote_narrows_first(fact)


def first_kept_narrowed(claim: str, fact: Fact) -> bool:
    """Whether a claim gives one first place, with the qualifier under which the source gives
    it ("China is Russia's #1 individual trade partner" against "its largest individual
    partner"): what the source says, whichever fact about the ranking it was found by."""
    said = normalise(claim)
    ranks = [q for q in quantities(said) if q.unit == "rank"]
    return len(ranks) == 1 and ranks[0].value == 1 and _keeps_narrowing(said) \
        and _quote_narrows_first(fact)


def _quote_narrows_first(fact: Fact) -> bool:
    """Whether the fact's quote gives a first place under a qualifier ("its largest individual
    partner"); a fact with no quote gives none."""
    return bool(fact.quote) and _NARROWED_FIRST.search(normalise(fact.quote)) is not None


# Superlatives a "single" before them only stresses ("its single biggest partner").
_STRESSED = frozenset({"biggest", "largest", "greatest", "most", "top", "leading"})


def _keeps_narrowing(said: str) -> bool:
    """Whether a normalised claim narrows its ranking to single countries ("biggest single
    partner", "largest individual partner", "among single countries") and counts no wider
    reckoning ("overall", "EU included"). "Single" before a superlative ("its single biggest
    partner") only stresses the rank."""
    words = said.split()
    if set(words) & BROADER_RECKONING_WORDS:
        return False
    return any(w in NARROWING_RANK_WORDS
               and not (i + 1 < len(words) and words[i + 1] in _STRESSED)
               for i, w in enumerate(words))
