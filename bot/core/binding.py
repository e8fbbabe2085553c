"""Which of a source's figures a claimed figure speaks of.

A fact often cites several figures of one kind: "35 percent of Russian arms exports going to
Delhi, compared with 12 percent to Beijing". A claim that gives each figure to the wrong side
("India took 12% and China 35%") agrees with some cited figure everywhere, so comparing numbers
alone calls it true. Here each cited figure is described by the words around it (a figure's own
description, or the clause of the quote it stands in), each claimed figure by the clause it
stands in, and a claimed figure is bound to the cited figure its clause describes best.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.core.analysis import actor_of, term_of
from bot.core.lexicon import STOP_WORDS
from bot.core.normalise import cached_normalise as normalise
from bot.core.numbers import NUMBER_WORDS, Quantity, quantities

# Punctuation that ends a clause; a comma inside a number ("3,200") does not.
_PUNCTUATION = re.compile(r",(?!\d{3}\b)|[;:()\[\]—–]|\s-\s")
# Words that end the clause a figure stands in (chat writes "and" as "n").
_CLAUSE_ENDS = frozenset(
    "and n while but whereas compared with versus vs against including plus also".split())
# Words that describe no side: units, scales and numbers, and the words of a place counted
# from the top ("top 5", "top ten"), which are the figure itself.
_NOT_DESCRIBING = frozenset("""
    percent usd thousand million billion trillion times share total worth value top
    """.split()) | NUMBER_WORDS
ACTOR_WEIGHT = 2
# How much better the clause must describe a figure that disagrees than one that agrees.
MARGIN = 1


@dataclass(frozen=True, slots=True)
class Cited:
    """A figure the source gives, with the words that say what it measures."""

    quantity: Quantity
    about: frozenset[str]
    value: str       # as the reply should give it
    what: str


def _describing(words: list[str]) -> frozenset[str]:
    out: set[str] = set()
    for word in words:
        if word in STOP_WORDS or word in _NOT_DESCRIBING or any(c.isdigit() for c in word):
            continue
        out.add(actor_of(word) or term_of(word))
    return frozenset(out)


def describing(normalised: str) -> frozenset[str]:
    """The describing terms of a whole text (a figure's description)."""
    return _describing(normalised.split())


def _clauses(normalised: str) -> list[tuple[str, list[str]]]:
    """The clauses of a text, each with the word that opened it ("" for the first)."""
    words = normalised.split()
    out: list[tuple[str, list[str]]] = [("", [])]
    for i, word in enumerate(words):
        # "between 75000 and 100000": an "and" between numbers joins a range ("45 percent
        # consumer goods and 38 percent electronics" is two clauses).
        joins_range = word == "and" and i + 1 < len(words) and words[i + 1][:1].isdigit() \
            and i > 0 and (words[i - 1][:1].isdigit() or words[i - 1] in _NOT_DESCRIBING)
        if word in _CLAUSE_ENDS and not joins_range:
            out.append((word, []))
        else:
            out[-1][1].append(word)
    return [c for c in out if c[1]]


# Words that join a second count to the first one's verb: "3,200 soldiers and six planes".
_LISTING = frozenset({"and", "n", "plus"})


def _listed(opener: str, clause: list[str]) -> bool:
    """Whether a clause is a further count of the clause before it: it follows "and", opens
    with a number and names no actor of its own ("... sent 3,200 soldiers and six planes")."""
    return opener in _LISTING and bool(clause) and (
        clause[0][:1].isdigit() or clause[0] in NUMBER_WORDS) \
        and not any(actor_of(w) is not None for w in clause)


# A claim's figures are bound against each fact it may be about: its clauses are read once.
@lru_cache(maxsize=8192)
def figures_in_clauses(text: str) -> tuple[tuple[Quantity, frozenset[str]], ...]:
    """Each figure of a raw text with the describing terms of the clause it stands in; clauses
    end at punctuation and at words like "and", "while", "compared with". A count listed after
    another ("sent 3,200 soldiers and six planes") is described by the other's clause too."""
    out: list[tuple[Quantity, frozenset[str]]] = []
    for piece in _PUNCTUATION.split(text):
        head: frozenset[str] = frozenset()
        for opener, clause in _clauses(normalise(piece)):
            found = quantities(" ".join(clause))
            if _listed(opener, clause):
                # A further count shares what the words before the first count say ("China's
                # sales to Russia are"), not what that count counts ("consumer goods").
                about = _describing(clause) | head
            else:
                first = next((i for i, w in enumerate(clause) if w[:1].isdigit()), len(clause))
                head = _describing(clause[:first])
                about = _describing(clause)
            # "11 of the 91 projects": a clause with two figures of one kind describes neither.
            out.extend((q, about if sum(o.unit == q.unit for o in found) == 1 else frozenset())
                       for q in found)
    return tuple(out)


def _weight(terms: frozenset[str]) -> int:
    return sum(ACTOR_WEIGHT if actor_of(t) == t else 1 for t in terms)


def misbound(claimed: Quantity, context: frozenset[str], cited: list[Cited]) -> Cited | None:
    """The cited figure the claimed one is about when it disagrees with it, else None.

    Only cited figures of the claimed figure's unit compete; the one whose description shares
    the most with the claim's clause wins when it beats every agreeing figure by MARGIN.
    """
    same = [c for c in cited if c.quantity.unit == claimed.unit]
    if len({(c.quantity.low, c.quantity.high) for c in same}) < 2 or not context:
        return None
    best_agreeing = max((_weight(context & c.about) for c in same
                         if claimed.agrees_with(c.quantity)), default=-1)
    disagreeing = [c for c in same if not claimed.agrees_with(c.quantity)]
    if not disagreeing:
        return None
    best = max(disagreeing, key=lambda c: _weight(context & c.about))
    if _weight(context & best.about) >= best_agreeing + MARGIN and best_agreeing >= 0:
        return best
    return None
