"""Where a claim and a fact put an event: the place named after "in" or "at", or where a
journey went.

"Xi launched the Belt and Road in Beijing" puts the launch somewhere else than "... in Astana,
the capital of Kazakhstan" does. A city and the country it lies in name one place ("in
Kazakhstan" agrees with "in Astana"); two cities, or two countries, name two. A claim's place
that the fact's texts name nowhere, where they put the event in a place it does not lie in (or
contain), tells another place.
"""

from __future__ import annotations

from functools import lru_cache

from bot.core.lexicon import CITIES, PLACE_IN

# Words that put what follows in a place: "in Bali", "at the Beijing airport".
_AT = frozenset("in at".split())
# Words that may stand between them and the place's name.
_LEADING = frozenset("the a an".split())
# A journey's words, a few words before "to", make it say where: "his first visit as president
# was to Moscow", "flew to Bali".
_JOURNEY = frozenset("""visit visits visited visiting trip trips travel travels travelled
    traveled traveling travelling journey journeys went go goes flew fly flies headed""".split())
_JOURNEY_REACH = 4


def _named_at(normalised: str) -> tuple[str, ...]:
    """The places a normalised text puts something in: the names right after "in" or "at"
    ("in Astana, Kazakhstan" names both), or after a journey's "to"."""
    words = normalised.split()
    found: list[str] = []
    for i, word in enumerate(words):
        if word not in _AT and not (word == "to" and _JOURNEY.intersection(
                words[max(0, i - _JOURNEY_REACH):i])):
            continue
        j = i + 1
        while j < len(words) and words[j] in _LEADING:
            j += 1
        while j < len(words) and words[j] in PLACE_IN:
            found.append(words[j])
            j += 1
    return tuple(found)


def _same_place(one: str, other: str) -> bool:
    """Whether two places' names may name one place: the same name, a country's other name,
    or a city and the country it lies in."""
    if one == other:
        return True
    if PLACE_IN[one] != PLACE_IN[other]:
        return False
    return one not in CITIES or other not in CITIES


@lru_cache(maxsize=4096)
def _places_of(texts: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The places the texts put something in, and every place they name at all."""
    at = frozenset(p for text in texts for p in _named_at(text))
    named = frozenset(w for text in texts for w in text.split() if w in PLACE_IN)
    return at, named


def place_differs(claim: str, texts: tuple[str, ...]) -> bool:
    """Whether the claim puts something in a place that is none of those the fact's
    (normalised) texts name, where they put it in a place of their own."""
    claimed = _named_at(claim)
    if not claimed:
        return False
    at, named = _places_of(texts)
    if not at:
        return False
    return any(not any(_same_place(place, other) for other in named) for place in claimed)


def puts_it_at(normalised: str, name: str) -> bool:
    """Whether a normalised claim puts its event at a name ("launched it in Almaty")."""
    words = normalised.split()
    for i, word in enumerate(words[:-1]):
        j = i + 1
        while j < len(words) - 1 and words[j] in _LEADING:
            j += 1
        if word in _AT and words[j] == name:
            return True
    return False


def tells_another_place(claim: str, texts: tuple[str, ...]) -> bool:
    """Whether the (normalised) texts put their event in a place of their own, and the claim
    names none of the places they name ("in Astana, at its university" names Astana)."""
    at, named = _places_of(texts)
    return bool(at) and named.isdisjoint(claim.split())
