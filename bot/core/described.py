"""Claims the source's account of a fact holds, though no wording of the fact is close.

A claim may fall short of the threshold against every fact's claim and aliases and still use
the words the source uses about one of them: its quote, its summary, its figures ("the
Kremlin's security people were lowkey terrified of Chinese espionage"). Such a claim is about
that fact, but its wording is too far from any the fact states to be read word by word: on the
blind dev sets, about 94% of these claims were about the fact found, yet a verdict read from
their wording was right only about 70% of the time. So the reply shows what the source says,
as context, rather than a verdict or nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.core.analysis import content_words, entities, proper_names, term_of
from bot.core.models import Fact, Match
from bot.core.normalise import cached_normalise as normalise
from bot.core.per_pack import PerPack
from bot.core.reading import substituted

# The best fact's score must come within this much of the threshold (0.40 at the default
# 0.53; a server that raises its threshold raises this floor with it), the claim must have this
# many terms, and this share of them must be in the fact's description. Chosen on the blind dev
# sets (a share of 0.8 showed the source for fewer claims with no fewer off-topic lines shown;
# below 0.40 the fact found was more often the wrong one) and checked on the validation sets.
DESCRIBED_GAP = 0.13
MIN_TERMS = 3
MIN_SHARE = 0.7
# A claim that names none of the fact's actors ("the S&P 500 is up 15 percent") must hold
# nearly all its words in the description.
ACTORLESS_SHARE = 0.9


@dataclass(frozen=True, slots=True)
class _Description:
    terms: frozenset[str]
    actors: frozenset[str]


def _terms(text: str) -> set[str]:
    return {term_of(w) for w in content_words(normalise(text))}


def _describe(facts: Sequence[Fact]) -> dict[str, _Description]:
    out: dict[str, _Description] = {}
    for fact in facts:
        text = " ".join([*fact.texts, fact.quote or "", fact.summary,
                         *(f"{f.value} {f.what}" for f in fact.figures)])
        out[fact.id] = _Description(frozenset(_terms(text)), entities(normalise(text)))
    return out


_descriptions: PerPack[dict[str, _Description]] = PerPack(_describe)


def described(text: str, best: Match, facts: Sequence[Fact], threshold: float) -> bool:
    """Whether a claim below the threshold uses the source's words about its best fact."""
    if best.score < threshold - DESCRIBED_GAP:
        return False
    terms = _terms(text)
    description = _descriptions(facts).get(best.fact.id)
    if len(terms) < MIN_TERMS or description is None:
        return False
    actors = entities(normalise(text))
    if actors - description.actors and not _swapped_in(text, best):
        # It names a country or leader the source's account of the fact does not, and not in
        # the place of one the fact names.
        return False
    share = len(terms & description.terms) / len(terms)
    return share >= (MIN_SHARE if actors else ACTORLESS_SHARE)


def _swapped_in(text: str, best: Match) -> bool:
    """Whether the claim tells the fact with another actor in the place of one the fact names
    ("his first visit was to Washington" against "to Moscow"), against the text it matched
    and the fact's claim alike."""
    claim = normalise(text)
    return all(substituted(claim, normalise(t)) for t in (best.matched_text, best.fact.claim))



# A message no fact answers may still be read against its best fact when that fact scores
# within this much of the threshold (0.38 at the default 0.53) and the message says at least
# this many words of the source's account of it besides figures (see told_against).
TOLD_GAP = 0.15
TOLD_TERMS = 2
# A year: a claim dated with one the source's account never gives is about another event.
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def told_against(text: str, best: Match, facts: Sequence[Fact], threshold: float) -> bool:
    """Whether a claim below the threshold may be read against its best fact: it says words
    of the source's account of that fact besides figures, and names no country or leader, no
    name written capitalised and no year that the account does not ("they've met fewer than
    20 times", "India was looking at 14 Su-35s"; not "a marathon is 26.2 miles", nor "trade
    passed $240 billion in 2023")."""
    if best.score < threshold - TOLD_GAP:
        return False
    description = _descriptions(facts).get(best.fact.id)
    if description is None:
        return False
    terms = _terms(text)
    told = terms & description.terms
    if sum(not t[:1].isdigit() for t in told) < TOLD_TERMS:
        return False
    if entities(normalise(text)) - description.actors:
        return False
    untold = terms - told
    return untold.isdisjoint(proper_names([text])) \
        and not any(_YEAR.fullmatch(t) for t in untold)
