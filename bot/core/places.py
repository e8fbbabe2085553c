"""Where a claim and a fact put an event: the place named after "in" or "at", where a
journey went, or where most of a thing came from ("mostly from Qatar").

"Xi launched the Belt and Road in Beijing" puts the launch somewhere else than "... in Astana,
the capital of Kazakhstan" does. A city and the country it lies in name one place ("in
Kazakhstan" agrees with "in Astana"); two cities, or two countries, name two, even when
the fact names the country beside its city. A claim's place
that the fact's texts name nowhere, where they put the event in a place it does not lie in (or
contain), tells another place.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from bot.core.lexicon import CITIES, PEOPLE, PLACE_IN

# Words that put what follows in a place: "in Bali", "at the Beijing airport".
_AT = frozenset("in at".split())
# Words that may stand between them and the place's name.
_LEADING = frozenset("the a an".split())
# A journey's words, a few words before "to", make it say where: "his first visit as president
# was to Moscow", "flew to Bali".
_JOURNEY = frozenset("""visit visits visited visiting trip trips travel travels travelled
    traveled traveling travelling journey journeys went go goes flew fly flies headed""".split())
_JOURNEY_REACH = 4
# "Mostly from Qatar and Turkmenistan": where the most of a thing came from, every place of
# the list.
_MOSTLY = frozenset("mostly mainly largely chiefly primarily predominantly".split())
_LISTING = frozenset("and or".split())


def _named_at(normalised: str) -> tuple[str, ...]:
    """The places a normalised text puts something in: the names right after "in" or "at"
    ("in Astana, Kazakhstan" names both), or after a journey's "to"."""
    words = normalised.split()
    found: list[str] = []
    for i, word in enumerate(words):
        sourced = word == "from" and i > 0 and words[i - 1] in _MOSTLY
        if word not in _AT and not sourced and not (word == "to" and _JOURNEY.intersection(
                words[max(0, i - _JOURNEY_REACH):i])):
            continue
        j = i + 1
        while j < len(words) and words[j] in _LEADING:
            j += 1
        while j < len(words) and (words[j] in PLACE_IN or (
                sourced and words[j] in _LISTING and j + 1 < len(words)
                and words[j + 1] in PLACE_IN)):
            if words[j] in PLACE_IN:
                found.append(words[j])
            j += 1
    return tuple(found)


# A city's older name and the name it goes by now: "Peking" is Beijing.
_NOW_CALLED = {"peking": "beijing", "bombay": "mumbai", "kiev": "kyiv", "leningrad": "petersburg"}


def _same_place(one: str, other: str) -> bool:
    """Whether two places' names may name one place: the same name, a city's older name, a
    country's other name, or a city and the country it lies in."""
    if _NOW_CALLED.get(one, one) == _NOW_CALLED.get(other, other):
        return True
    if PLACE_IN[one] != PLACE_IN[other]:
        return False
    return one not in CITIES or other not in CITIES


@lru_cache(maxsize=4096)
def _places_of(texts: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The places the texts put something in, and every place they name at all."""
    at = frozenset(p for text in texts for p in _named_at(text))
    # "..., not Russia" names a place only to set it aside.
    named = frozenset(w for text in texts for before, w in pairwise(["", *text.split()])
                      if w in PLACE_IN and before != "not")
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
    return any(not any(_same_place(place, other) for other in _compared_with(place, at, named))
               for place in claimed)


def _compared_with(place: str, at: frozenset[str], named: frozenset[str]) -> frozenset[str]:
    """The fact's places a claimed one must agree with: where the fact puts its event in a
    city, a claimed city must be one the fact names ("in Almaty" against "in Astana,
    Kazakhstan": the country named as well does not make them one place)."""
    if place in CITIES and not at.isdisjoint(CITIES):
        return named & CITIES
    return named


# An occasion named by what comes before its kind: "the APEC summit", "a G20 summit", "the
# National Youth Forum". The name is typed with a capital or a digit.
_OCCASION = re.compile(r"\b(?P<name>[A-Z][\w-]*|[a-z]+\d[\w-]*)\s+"
                       r"(?P<kind>summit|forum|congress|conference|games|olympics)\b",
                       re.IGNORECASE)


# Someone's own occasion: "Ho Chi Minh's funeral", "the funeral of Ho Chi Minh".
_PERSONAL_KINDS = "funeral|wedding|birthday|inauguration|coronation|burial"
_PERSONAL = re.compile(r"\b(?P<name>[A-Z][\w-]+(?: [A-Z][\w-]+){0,2})['\u2019]s (?:\w+ )?"
                       rf"(?P<kind>{_PERSONAL_KINDS})\b"
                       rf"|\bthe (?P<kind2>{_PERSONAL_KINDS}) of (?:\w+ ){{0,2}}?"
                       r"(?P<name2>[A-Z][\w-]+(?: [A-Z][\w-]+){0,2})")


# Someone's own occasion told with a pronoun: "celebrating his sixty-first birthday".
_THEIR_OWN = re.compile(rf"\b(?:his|her) (?:[\w-]+ )?(?P<kind>{_PERSONAL_KINDS})\b",
                        re.IGNORECASE)
_WORDS = re.compile(r"[^\W\d_]+")


def _subject(text: str) -> str | None:
    """The first person a text names ("Putin recalled celebrating his birthday with Xi"): whom
    its "his" or "her" tells of, casefolded."""
    return next((w for w in (m.group().casefold() for m in _WORDS.finditer(text))
                 if w in PEOPLE), None)


def _occasions(text: str) -> dict[str, set[str]]:
    """The names a text gives each kind of occasion, casefolded; one told with "his" or "her"
    is the occasion of the first person the text names."""
    found: dict[str, set[str]] = {}
    for m in _THEIR_OWN.finditer(text):
        subject = _subject(text[:m.start()])
        if subject is not None:
            found.setdefault(m["kind"].casefold(), set()).add(subject)
    for m in _OCCASION.finditer(text):
        name = m["name"]
        if name[:1].islower() and not any(c.isdigit() for c in name):
            continue
        found.setdefault(m["kind"].casefold(), set()).add(name.casefold())
    for m in _PERSONAL.finditer(text):
        kind, name = (m["kind"], m["name"]) if m["kind"] else (m["kind2"], m["name2"])
        found.setdefault(kind.casefold(), set()).add(name.casefold())
    return found


def occasion_differs(claim: str, texts: tuple[str, ...]) -> bool:
    """Whether the claim (as typed) names an occasion of a kind the fact's texts (as written)
    name too, by another name: "at a G20 summit" against "at the APEC summit"."""
    claimed = _occasions(claim)
    if not claimed:
        return False
    given: dict[str, set[str]] = {}
    for text in texts:
        for kind, names in _occasions(text).items():
            given.setdefault(kind, set()).update(names)
    return any(kind in given and names.isdisjoint(given[kind])
               for kind, names in claimed.items())

