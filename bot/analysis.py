"""Turn normalised text into the terms the index and the scorers compare."""

from __future__ import annotations

from functools import lru_cache

import Stemmer

from bot.lexicon import AMBIGUOUS_ENTITY_WORDS, ENTITY_OF, NEGATION_CUES, STOP_WORDS

_stemmer = Stemmer.Stemmer("english")


@lru_cache(maxsize=200_000)
def term_of(word: str) -> str:
    """The index term of one normalised word: entity synonyms folded, then stemmed."""
    entity = ENTITY_OF.get(word)
    if entity is not None:
        return entity
    return str(_stemmer.stemWord(word))


def content_words(normalised: str) -> list[str]:
    """Words of a normalised text that carry meaning (no stop words, no negation cues)."""
    return [w for w in normalised.split() if w not in STOP_WORDS and w not in NEGATION_CUES]


def terms(normalised: str) -> list[str]:
    return [term_of(w) for w in content_words(normalised)]


def entities(normalised: str) -> frozenset[str]:
    """Canonical names of the countries and leaders a text mentions."""
    return frozenset(
        ENTITY_OF[w] for w in normalised.split()
        if w in ENTITY_OF and w not in AMBIGUOUS_ENTITY_WORDS
    )


def negation_count(normalised: str) -> int:
    return sum(1 for w in normalised.split() if w in NEGATION_CUES)
