"""Turn text into the terms the index and the scorers compare."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import Stemmer

from bot.lexicon import AMBIGUOUS_ENTITY_WORDS, ENTITY_OF, NEGATION_CUES, STOP_WORDS
from bot.normalise import normalise

ENTITY_PREFIX = "@"

_stemmer = Stemmer.Stemmer("english")

# Social posts pasted into a chat: picture links, and #hashtags or @handles written in
# CamelCase. An embedded post's signature ("— Name (@handle) Month D, YYYY") stays: who wrote
# it and when help find the fact-check about it.
_PIC_LINK = re.compile(r"\S*pic\.twitter\.com/\w+", re.IGNORECASE)
_TAG = re.compile(r"(?<![\w<])[#@]([A-Za-z][A-Za-z0-9_]*)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)|_")


def _split_tag(match: re.Match[str]) -> str:
    return " " + _CAMEL.sub(" ", match.group(1)) + " "


def strip_post_noise(text: str) -> str:
    """A post's words without picture links, hashtags and handles split into words."""
    text = _PIC_LINK.sub(" ", text)
    return _TAG.sub(_split_tag, text)


def normalised_words(text: str) -> str:
    """The normalised form of a claim or fact text, post noise removed first."""
    return normalise(strip_post_noise(text))


def actor_of(word: str) -> str | None:
    """The canonical actor a word names ("kremlin" -> "russia", "uks" -> "uk"), if any."""
    found = ENTITY_OF.get(word)
    if found is None and word.endswith("s") and word not in AMBIGUOUS_ENTITY_WORDS:
        found = ENTITY_OF.get(word[:-1])  # a possessive whose apostrophe normalising dropped
    if found is None or word in AMBIGUOUS_ENTITY_WORDS:
        return None
    return found


@lru_cache(maxsize=200_000)
def term_of(word: str) -> str:
    """The index term of one normalised word: stemmed (names of actors stay whole)."""
    if word in ENTITY_OF:
        return word
    if word.endswith("s") and word[:-1] in ENTITY_OF:
        return word[:-1]
    return str(_stemmer.stemWord(word))


def content_words(normalised: str) -> list[str]:
    """Words of a normalised text that carry meaning (no stop words, no negation cues)."""
    return [w for w in normalised.split() if w not in STOP_WORDS and w not in NEGATION_CUES]


def terms(normalised: str) -> list[str]:
    return [term_of(w) for w in content_words(normalised)]


def entity_terms(words: list[str]) -> list[str]:
    """One extra term per actor named, so "Kremlin" also finds "Russia"."""
    found = (actor_of(w) for w in words)
    return [ENTITY_PREFIX + actor for actor in found if actor is not None]


def entities(normalised: str) -> frozenset[str]:
    """Canonical names of the countries and leaders a text mentions."""
    found = (actor_of(w) for w in normalised.split())
    return frozenset(actor for actor in found if actor is not None)


def negation_count(normalised: str) -> int:
    return sum(1 for w in normalised.split() if w in NEGATION_CUES)


@dataclass(frozen=True, slots=True)
class Analysed:
    """One text as the matcher sees it."""

    words: tuple[str, ...]     # content words, normalised
    terms: tuple[str, ...]     # index terms: stems, then one term per actor named
    entities: frozenset[str]


def analyse_words(words: list[str]) -> Analysed:
    stems = [term_of(w) for w in words]
    found = entity_terms(words)
    return Analysed(tuple(words), tuple(stems + found),
                    frozenset(e[len(ENTITY_PREFIX):] for e in found))


def analyse(text: str) -> Analysed:
    return analyse_words(content_words(normalised_words(text)))
