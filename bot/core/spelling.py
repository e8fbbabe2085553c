"""Names misspelt: "Puttin", "Medvedjev", "Rosnef" read as the names they stand for.

A word of a message one letter away from a name (a letter left out, added, changed, or two
swapped) is that name, when the pack uses no such word and no other name is as near. Names are
the actors the checker knows (countries, their capitals, leaders and statesmen, the places it
reads) and the words the pack's facts write capitalised inside a sentence and never in lower
case ("Rosneft", "Huawei", "Klyamkin").

Short names are near many words ("widen" is one letter from "Biden", "youth" from "South"),
and so are the pack's names that are words too ("communism" from "Communist"): an actor's
name of six letters or fewer is read only from a word written with a capital, one of the
pack's names only from a word written with a capital, and, that short, not opening a sentence.
Common words that sit one letter from a name are never read as it. A leader's name of five
letters or more written with one of its letters doubled ("puttin", "erdoggan") is a slip no
other word makes, and is read in lower case too.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from rapidfuzz.distance import OSA

from bot.core.lexicon import ENTITY_OF, PEOPLE, PLACE_IN, STATESMEN_OF, STOP_WORDS
from bot.core.models import Fact
from bot.core.per_pack import PerPack

# Names and words shorter than this are left as they are: too many words are that near them.
MIN_NAME = 5
# Names up to this long are read only from a word written with a capital.
SHORT_NAME = 6
# Common words one letter from an actor's name ("Texts" is not "Texas").
_NOT_NAMES = frozenset("""
    widen bided bidet tramp tramps trench drench wrench franc francs trance prance macro
    micro micron indie indies chino chins chine chink germane herman parts pairs texts
    """.split())
_WORD = re.compile(r"[^\W\d_]+")
# Where a sentence (or a clause after a dash or colon) starts: a capital there names nothing.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;—\"“(]\s*)$")
_ACTOR_NAMES = frozenset({*ENTITY_OF, *STATESMEN_OF, *PLACE_IN})
# Leaders' names read from a lower-case word with one letter doubled; "bidden" is a word.
_LEADERS = frozenset(n for n in PEOPLE if len(n) >= MIN_NAME and n in ENTITY_OF)
_DOUBLED_NOT_NAMES = frozenset({"bidden"})


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _doubled(word: str, name: str) -> bool:
    """Whether a word is a leader's name with one of its letters doubled."""
    return (name in _LEADERS and word not in _DOUBLED_NOT_NAMES
            and any(word == name[:at + 1] + name[at:] for at in range(len(name))))


def _opens_sentence(text: str, start: int) -> bool:
    return _SENTENCE_START.search(text[max(0, start - 3):start]) is not None


class Names:
    """The names of one pack, and each string one letter short of one, for lookups by
    deletion: two words one edit apart share the one or the other."""

    def __init__(self, names: Iterable[str], known: frozenset[str]) -> None:
        self.names = frozenset(n for n in names if len(n) >= MIN_NAME and n.isalpha())
        self.known = known | self.names
        self._short: dict[str, set[str]] = defaultdict(set)
        for name in self.names:
            for short in _deletions(name):
                self._short[short].add(name)

    def of(self, word: str) -> str | None:
        """The one name a lower-case word is a misspelling of, if any."""
        if (len(word) < MIN_NAME or word in self.known or word in _NOT_NAMES
                or word in STOP_WORDS or word.removesuffix("s") in self.known):
            return None
        near = set(self._short.get(word, ()))
        for short in _deletions(word):
            if short in self.names:
                near.add(short)
            near |= self._short.get(short, set())
        found = {n for n in near if OSA.distance(word, n) == 1}
        return found.pop() if len(found) == 1 else None


def _pack_names(facts: Sequence[Fact]) -> Names:
    """The names of a pack: the actors', and the words its prose capitalises inside
    sentences and never writes in lower case. (Aliases are written as chat writes, often in
    lower case: names are read from the source's prose.)"""
    capitalised: set[str] = set()
    lower: set[str] = set()
    for fact in facts:
        for text in (fact.claim, fact.quote or "", fact.summary):
            for match in _WORD.finditer(text):
                word = match.group()
                if word[0].islower():
                    lower.add(word)
                elif not _opens_sentence(text, match.start()):
                    capitalised.add(word.casefold())
    known = frozenset(w.casefold() for fact in facts
                      for text in (*fact.texts, fact.quote or "", fact.summary,
                                   fact.source.title, fact.source.author or "")
                      for w in _WORD.findall(text))
    return Names({*_ACTOR_NAMES, *(capitalised - lower)}, known)


names_of: PerPack[Names] = PerPack(_pack_names)


def respelled(text: str, facts: Sequence[Fact]) -> str:
    """The text with each misspelt name written as the name ("Puttin" -> "Putin")."""
    names = names_of(facts)

    def fix(match: re.Match[str]) -> str:
        word = match.group()
        folded = word.casefold()
        name, ending = names.of(folded), ""
        if name is None and folded.endswith("s"):
            # A leader's name doubled, with the possessive's "s" ("puttins deal").
            name, ending = names.of(folded[:-1]), "s"
            if name is None or not _doubled(folded[:-1], name):
                return word
        if name is None:
            return word
        capital = word[0].isupper()
        if name in _ACTOR_NAMES:
            short = len(name) <= SHORT_NAME
            if short and not capital and not _doubled(folded.removesuffix(ending), name):
                return word
        elif not capital or (len(name) <= SHORT_NAME and _opens_sentence(text, match.start())):
            return word
        return (name.capitalize() if capital else name) + ending

    return _WORD.sub(fix, text)
