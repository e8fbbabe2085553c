"""The figures of one source sentence, each with what it measures, for a draft fact.

Pure. A figure is what `bot.core.numbers` reads as a quantity (an amount, a share, a count with
its unit, a rank, a year), plus dates and spans of years, which it reads apart. Its value is
given as the source writes it ("three-quarters", "$24 billion", "4,250 miles"), with the words
that bound it ("no more than", "at least", "between"); what it measures is the clause it stands
in without its figures ("China invested in sub-Saharan Africa"), read with the clause before it
when that alone says too little.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.lexicon import STOP_WORDS
from bot.core.models import Figure
from bot.core.normalise import normalise
from bot.core.numbers import Quantity, quantities, spoken

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
          r"Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_YEAR = r"(?:1[5-9]|20)\d\d"
# Dates and spans of years, read from the source's own text before anything else: "September
# 11, 2018", "11 September 2018", "March of 1969", "2014 through 2018", "2009–2018".
_DATE = re.compile(
    rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?\b"
    rf"|\b\d{{1,2}}\s+{_MONTH}(?:\s+{_YEAR})?\b"
    rf"|\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b"
    rf"|\b{_YEAR}\s*(?:[–—-]|\s(?:to|through|until|and)\s)\s*{_YEAR}\b")
# A clause ends at punctuation (not a comma inside a number or a date) and before words that
# join clauses; the figure's clause says what it measures.
_PUNCTUATION = re.compile(r",(?!\d{3}\b)(?!\s*" + _YEAR + r"\b)|;|:|\(|\)|\[|\]|—|–(?!\d)|\s-\s")
# "between 75,000 and 100,000": an "and" after a number joins a range, not two clauses.
_JOINERS = re.compile(
    r"\s+(?=(?:and|while|whereas|but|compared (?:with|to)|including|against|versus)\s)",
    re.IGNORECASE)
_RANGE = re.compile(r"\d\s+and\s+\$?\d")
# Words before a figure that bound it; written with the figure ("no more than $24 billion").
_BOUNDS = re.compile(
    r"(?:\b(?:no|not) (?:more|less|fewer) than|\b(?:more|less|fewer) than|\bat (?:least|most)"
    r"|\bup to|\bas (?:many|much) as|\bbetween|\babout|\baround|\broughly|\bapproximately"
    r"|\bnearly|\balmost|\bover|\bunder|\bjust|\bonly)\s+$", re.IGNORECASE)
_SEPARATOR = r"[\s\-–—]+"
# Words a description neither starts nor ends on (it may start on "the" or "its").
_LEADING_EDGE = frozenset("""
    of to in on at by for from with and or but while whereas including compared versus
    against than as just only about into
    """.split())
_EDGE_WORDS = _LEADING_EDGE | frozenset("a an the some its their his her".split())
_SUPERLATIVE_AFTER = re.compile(r"[\s\-]+(\w+est)\b")
# "second-rate", "first-hand": an ordinal in a compound word is no rank.
_COMPOUND_AFTER = re.compile(r"-[a-z]")
# A number glued to a name ("Vostok-2018") is part of the name.
_NAME_BEFORE = re.compile(r"[A-Za-z]-$")
# The unit a figure's words end on when it takes one more word ("38 billion cubic meters").
_UNIT_NEEDS_NOUN = re.compile(r"\s+(?:meters|metres|feet|miles|kilometers|kilometres)\b")
# A plural noun after a plain number says what it counts.
_COUNTED = re.compile(r"\s+([a-z]{2,}s)\b")
_PREPOSITION = re.compile(r"\b(?:on|in|of|at|by|to|from|for|since)\s+$", re.IGNORECASE)
_NOT_LETTERS = re.compile(r"[^a-z0-9]")
MIN_DESCRIBING = 2   # content words a clause needs to say what its figure measures
MAX_WHAT_WORDS = 16


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    value: str


def _loose(text: str) -> str:
    """A pattern for a normalised figure's words as the source may write them: digits with or
    without thousands commas, words joined by spaces or hyphens, a dollar sign for "usd"."""
    words = spoken(text).split()
    parts: list[str] = []
    for word in words:
        if word.startswith("$"):
            word = word[1:]
            prefix = r"\$"
        else:
            prefix = ""
        if word.replace(",", "").replace(".", "").isdigit():
            digits = word.replace(",", "")
            parts.append(prefix + ",?".join(re.escape(d) for d in digits))
        else:
            parts.append(prefix + re.escape(word) + r"s?")
    return _SEPARATOR.join(parts)


def _with_bound(clause: str, start: int, end: int) -> _Found:
    bound = _BOUNDS.search(clause[:start])
    if bound is not None:
        start = bound.start()
    value = clause[start:end].strip()
    return _Found(start, end, re.sub(r"\s+of$", "", value))


def _raw_span(clause: str, quantity: Quantity, taken: list[_Found]) -> _Found | None:
    """Where a quantity read from the normalised clause stands in the clause as written."""
    pattern = re.compile(r"(?<![\w$])" + _loose(quantity.text) + r"(?!\w)", re.IGNORECASE)
    for match in pattern.finditer(clause):
        if any(f.start <= match.start() < f.end for f in taken):
            continue
        end = match.end()
        if _NAME_BEFORE.search(clause[:match.start()]):
            return None
        if quantity.unit == "rank":
            superlative = _SUPERLATIVE_AFTER.match(clause, end)
            if superlative is not None:   # "second-longest", not "second"
                end = superlative.end()
            elif _COMPOUND_AFTER.match(clause, end) or quantity.text == "first":
                return None   # "second-rate"; "first" is mostly order, seldom a rank
        if quantity.unit == "":
            counted = _COUNTED.match(clause, end)   # "14 hours", "24 cubs": what it counts
            if counted is not None and counted.group(1).lower() not in STOP_WORDS:
                end = counted.end()
        if clause[:end].lower().endswith("cubic"):
            noun = _UNIT_NEEDS_NOUN.match(clause, end)
            end = noun.end() if noun is not None else end
        return _with_bound(clause, match.start(), end)
    return None


def _spans(clause: str) -> list[_Found]:
    """Every figure of a clause as written, in order of appearance."""
    found = [_with_bound(clause, m.start(), m.end()) for m in _DATE.finditer(clause)]
    rest = _DATE.sub(lambda m: " " * len(m.group()), clause)
    for quantity in quantities(normalise(rest)):
        if quantity.unit == "" and quantity.value < 2:
            continue   # "one country": a plain count of one says nothing to check
        span = _raw_span(rest, quantity, found)
        if span is not None:
            found.append(span)
    return sorted(found, key=lambda f: f.start)


def _joined(piece: str) -> list[str]:
    out, start = [], 0
    for match in _JOINERS.finditer(piece):
        if not _RANGE.match(piece, match.start() - 1):
            out.append(piece[start:match.start()])
            start = match.end()
    out.append(piece[start:])
    return out


def _clauses(sentence: str) -> list[str]:
    pieces = [p for p in _PUNCTUATION.split(sentence) if p.strip()]
    return [c.strip() for piece in pieces for c in _joined(piece) if c.strip()]


def _content(words: list[str]) -> int:
    folded = (_NOT_LETTERS.sub("", w.lower()) for w in words)
    return sum(1 for w in folded if w and w not in STOP_WORDS)


def _trimmed(words: list[str]) -> list[str]:
    while words and words[0].lower().strip("“”\"'") in _LEADING_EDGE:
        words = words[1:]
    while words and words[-1].lower().strip("“”\"'.,") in _EDGE_WORDS:
        words = words[:-1]
    return words


def _described(clause: str, spans: list[_Found]) -> list[str]:
    """The clause's words without its figures."""
    kept, last = [], 0
    for span in spans:
        # "on September 11, 2018", "in 2009": the preposition goes with its figure.
        kept.append(_PREPOSITION.sub("", clause[last:span.start]))
        last = span.end
    kept.append(clause[last:])
    words = " ".join(kept).replace("“", "").replace("”", "").split()
    return _trimmed([w.strip(".,!?\"'") for w in words if w.strip(".,!?\"'")])


def figures_of(sentence: str) -> tuple[Figure, ...]:
    """Each figure of a source sentence with what it measures, in order; a value given twice
    is listed once."""
    clauses = [(spans, _described(clause, spans))
               for clause in _clauses(sentence) for spans in [_spans(clause)]]
    telling = [i for i, (_, words) in enumerate(clauses) if _content(words) >= MIN_DESCRIBING]
    out: list[Figure] = []
    seen: set[str] = set()
    for i, (spans, described) in enumerate(clauses):
        if spans and i not in telling and telling:
            # Too little said: read it with the clause before that says enough, else after.
            other = max((j for j in telling if j < i), default=min(telling))
            said = clauses[other][1]
            described = ([*said, "…", *described] if other < i else [*described, "…", *said]
                         ) if described else said
        what = " ".join(described[:MAX_WHAT_WORDS]) or sentence.strip()
        for span in spans:
            if span.value.lower() not in seen:
                seen.add(span.value.lower())
                out.append(Figure(value=span.value, what=what))
    return tuple(out)
