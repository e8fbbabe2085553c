"""Names a claim gives that no fact of the pack mentions.

"The 1969 clash was on Zhenbao Island, which the Russians call Damansky" is about the fact on
the clash, but it names what no fact, quote or summary of the pack names: the source cannot
tell whether that part is so. A name is a capitalised word of four letters or more inside a
sentence, or opening it when a deed of its own or a surname follows ("Sechin has met Xi",
"Shinzo Abe"), so chat in lower case and short names of people in the chat ("Sam") are left
alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.core.lexicon import ENTITY_OF, PEOPLE, STATESMEN_OF, STOP_WORDS, THING_OF
from bot.core.models import Fact
from bot.core.numbers import NUMBER_WORDS
from bot.core.per_pack import PerPack
from bot.core.sureness import HEDGING_WORDS, SEEMING_WORDS, VOUCHING_WORDS

_NAME = re.compile(r"(?<=[a-z,;:] )[A-Z][a-z]{3,}\b")
# A capitalised word opening a sentence that what follows shows a name: a deed of its own told
# straight after it ("Sechin has met Xi", "Sechin and Putin signed") or a leader's surname
# ("Shinzo Abe"), not a possessive ("Plus Xi's ..." opens with a word).
_OPENING_NAME = re.compile(
    r"(?:^|(?<=[.!?] ))[A-Z][a-z]{3,}(?= (?:has|had|met|visited|signed|and)\b"
    r"| (?:" + "|".join(sorted((n.capitalize() for n in {*PEOPLE, *STATESMEN_OF}),
                               key=len, reverse=True))
    + r")\b(?!['\u2019]))")
# Words that open a sentence before a leader's name or a deed without naming anyone: how sure
# the writer is ("Apparently Putin ..."), when ("Later Putin ..."), an adverb ("Reportedly").
_OPENERS = STOP_WORDS | frozenset((*HEDGING_WORDS, *SEEMING_WORDS, *VOUCHING_WORDS)) \
    | frozenset("also plus later today yesterday tonight meanwhile still even again".split())


def _opens_with_a_name(found: re.Match[str]) -> bool:
    """Whether a capitalised word opening a sentence before a deed or a surname is a name:
    not a word that opens sentences ("Apparently Putin", "Yesterday Xi"), nor a leader's given
    name ("Vladimir Putin")."""
    word = found.group().casefold()
    return word not in _OPENERS and not word.endswith("ly") \
        and word not in PEOPLE and word not in STATESMEN_OF
# A name that says who in the chat passed the claim on ("in the seminar Jess said ...",
# "Priya told me ..."): the speaker, not a name of the claim.
_SPEAKER = re.compile(
    r"\s+(?:(?:just|also|once|always|keeps?)\s+)?(?:said|says|told|tells|reckons?|thinks?|"
    r"thought|mentioned|claims?|claimed|wrote|argued|argues|insists?|insisted|swears?|swore|"
    r"believes?|contends?|contended|maintains?|maintained|observes?|observed|points? out|"
    r"pointed out|submits?|submitted|asserts?|asserted|concludes?|concluded)\b")
# A name whose work the claim is passed on for ("for Priya's slide: ..."): a person of the
# chat, not a name of the claim.
_OWNER = re.compile(r"'s\s+(?:\w+\s+)?(?:slide|slides|section|deck|draft|essay|paper|notes|"
                    r"talk|presentation|chapter|report|thesis|point|points|take|comment|"
                    r"question|outline|idea|suggestion|message|post|summary|memo)\b")
# Days of the week name when the chat meets ("see you Thursday"), not what a claim is about.
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# Numbers and amounts in words, capitalised for emphasis ("a record Two Hundred Billion",
# "Nineteen Seventy-Nine", "Twice the size"): figures, not names.
_SPELLED_FIGURES = NUMBER_WORDS | frozenset(
    "thousand thousands million millions billion billions trillion trillions twice double "
    "half".split())
# The country a speaker stands for in a mock assembly ("the delegate of Kenya", "the Peruvian
# delegation"): who speaks, not what the claim is about.
_SPEAKS_FOR_BEFORE = re.compile(r"\b(?:delegates?|delegations?|representatives?|ambassadors?|"
                                r"envoys?) (?:of|from|for) (?:the )?(?:[A-Z]\w+ ){0,2}$")
_SPEAKS_FOR_AFTER = re.compile(r"(?: [A-Z]\w+){0,2} (?:delegates?|delegations?|representatives?|"
                               r"ambassadors?|envoys?)\b")
# The words of a state's formal title ("the Russian Federation", "the People's Republic of
# China") name the state, as its short name does: no name of their own.
_STATE_TITLE = re.compile(r"(?:People['\u2019]s\s+)?Republic\b|Federation\b|Kingdom\b|"
                          r"Commonwealth\b|Emirates\b")
# A name this close to a word of the pack is that word misspelt ("Chian", "Rusia").
TYPO_CUTOFF = 80.0
# Letters of a name for each slip a misspelling of it may make.
TYPO_LETTERS = 8
_WORD = re.compile(r"[^\W\d_]+")


def _words_of(fact: Fact) -> frozenset[str]:
    """Every word of a fact: its claim, aliases, quote, summary, what its figures measure,
    and its source's title, author and publisher."""
    texts = (*fact.texts, fact.quote or "", fact.summary,
             *(f"{figure.value} {figure.what}" for figure in fact.figures),
             fact.source.title, fact.source.author or "", fact.source.publisher or "")
    return frozenset(w.casefold() for text in texts for w in _WORD.findall(text))


def _build_vocabulary(facts: Sequence[Fact]) -> tuple[str, ...]:
    """Every word of the pack's facts, and the names of the actors it knows."""
    words: set[str] = set(ENTITY_OF)
    for fact in facts:
        words |= _words_of(fact)
    return tuple(sorted(words))


# The words of the facts claims were answered with, each gathered once.
_fact_words = lru_cache(maxsize=4096)(_words_of)


vocabulary: PerPack[tuple[str, ...]] = PerPack(_build_vocabulary)
_known: PerPack[frozenset[str]] = PerPack(lambda facts: frozenset(vocabulary(facts)))


def _misspelt(word: str, words: Sequence[str]) -> bool:
    """Whether a word is one of the words misspelt: this close to it by their letters in
    common, and a letter left out, added, changed or two swapped for every eight letters of
    it ("Chian", "Medvedjev"; not "Jianming" for "Jinping", two letters off)."""
    slips = max(1, len(word) // TYPO_LETTERS)
    return any(OSA.distance(word, other, score_cutoff=slips) <= slips
               for other, _, _ in process.extract(word, words, scorer=fuzz.ratio,
                                                  score_cutoff=TYPO_CUTOFF, limit=5))


def _first_unknown(claim: str, known: frozenset[str],
                   words: Sequence[str]) -> str | None:
    """The first name in a claim that is none of the known words nor a misspelling of one."""
    opening = [m for m in _OPENING_NAME.finditer(claim) if _opens_with_a_name(m)]
    for found in sorted((*opening, *_NAME.finditer(claim)), key=lambda m: m.start()):
        word = found.group().casefold()
        if _SPEAKER.match(claim, found.end()) is not None \
                or _OWNER.match(claim.replace("\u2019", "'"), found.end()) is not None \
                or _STATE_TITLE.match(claim, found.start()) is not None \
                or _SPEAKS_FOR_BEFORE.search(claim, 0, found.start()) is not None \
                or _SPEAKS_FOR_AFTER.match(claim, found.end()) is not None:
            continue
        if word in known or word.removesuffix("s") in known \
                or word.removesuffix("s") in _WEEKDAYS or word in _SPELLED_FIGURES:
            continue
        if not _misspelt(word, words):
            return found.group()
    return None


def unknown_name(claim: str, facts: Sequence[Fact]) -> str | None:
    """The first name in a claim that no fact of the pack mentions, if any."""
    return _first_unknown(claim, _known(facts), vocabulary(facts))


def unsaid_name(claim: str, fact: Fact, related: Sequence[Fact] = ()) -> str | None:
    """The first name in a claim that neither its fact nor a fact it goes with mentions, nor
    an actor's other name does ("Moscow" for Russia): a person the pack knows of elsewhere
    ("it came from Zuenko" told of the fact on Klyamkin's label) is not this fact's."""
    if _NAME.search(claim) is None and _OPENING_NAME.search(claim) is None:
        return None  # no name at all: the fact's words need not be gathered
    return _first_unknown(claim, *_known_to(fact, tuple(related)))


@lru_cache(maxsize=1024)
def _known_to(fact: Fact, related: tuple[Fact, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """The words a fact and the facts it goes with know, and the actors' names: as a set,
    and sorted (for the nearest word to a misspelt name)."""
    words = set(ENTITY_OF)
    for one in (fact, *related):
        words |= _fact_words(one)
    return frozenset(words), tuple(sorted(words))


def _things_of(words: frozenset[str]) -> frozenset[str]:
    """The goods, weapons and currencies some of `words` name (each as its group's first)."""
    return frozenset(THING_OF[w] for w in words if w in THING_OF)


_pack_things: PerPack[frozenset[str]] = PerPack(lambda facts: _things_of(_known(facts)))


@lru_cache(maxsize=1024)
def _fact_things(fact: Fact, related: tuple[Fact, ...]) -> frozenset[str]:
    """The goods, weapons and currencies a fact, or a fact it goes with, names."""
    return _things_of(_known_to(fact, related)[0])


def unsaid_thing(claim: str, fact: Fact, related: Sequence[Fact],
                 facts: Sequence[Fact]) -> str | None:
    """The good, weapon or currency a claim names that tells of another trade than its fact's:
    one no fact of the pack names ("paid in yuan"), or one of the claim's when none of them is
    one its fact, or a fact it goes with, names ("the biggest buyer of Russian wheat" against
    "of Russian weapons")."""
    words: list[str] = _WORD.findall(claim.casefold())
    named = [(w, THING_OF[w]) for w in words if w in THING_OF]
    if not named:
        return None
    own = _fact_things(fact, tuple(related))
    unsaid = [(w, thing) for w, thing in named if thing not in own]
    if not unsaid:
        return None
    known = _pack_things(facts)
    for word, thing in unsaid:
        if thing not in known:
            return word
    return unsaid[0][0] if len(unsaid) == len(named) else None
