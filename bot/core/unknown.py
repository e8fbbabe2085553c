"""Names a claim gives that no fact of the pack mentions.

"The 1969 clash was on Zhenbao Island, which the Russians call Damansky" is about the fact on
the clash, but it names what no fact, quote or summary of the pack names: the source cannot
tell whether that part is so. A name is a capitalised word of four letters or more inside a
sentence (not its first word), so chat in lower case and short names of people in the chat
("Sam") are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz, process

from bot.core.lexicon import ENTITY_OF
from bot.core.models import Fact
from bot.core.per_pack import PerPack

_NAME = re.compile(r"(?<=[a-z,;:] )[A-Z][a-z]{3,}\b")
# A name that says who in the chat passed the claim on ("in the seminar Jess said ...",
# "Priya told me ..."): the speaker, not a name of the claim.
_SPEAKER = re.compile(
    r"\s+(?:(?:just|also|once|always|keeps?)\s+)?(?:said|says|told|tells|reckons?|thinks?|"
    r"thought|mentioned|claims?|claimed|wrote|argued|argues|insists?|insisted|swears?|swore|"
    r"believes?)\b")
# A name whose work the claim is passed on for ("for Priya's slide: ..."): a person of the
# chat, not a name of the claim.
_OWNER = re.compile(r"'s\s+(?:\w+\s+)?(?:slide|slides|section|deck|draft|essay|paper|notes|"
                    r"talk|presentation|chapter|report|thesis)\b")
# A name this close to a word of the pack is that word misspelt ("Chian", "Rusia").
TYPO_CUTOFF = 80.0
_WORD = re.compile(r"[^\W\d_]+")


def _build_vocabulary(facts: Sequence[Fact]) -> tuple[str, ...]:
    """Every word of the pack's facts: their claims, aliases, quotes, summaries, what their
    figures measure, and their sources' titles and authors."""
    words: set[str] = set()
    for fact in facts:
        texts = (*fact.texts, fact.quote or "", fact.summary,
                 *(figure.what for figure in fact.figures),
                 fact.source.title, fact.source.author or "")
        for text in texts:
            words.update(w.casefold() for w in _WORD.findall(text))
    words.update(ENTITY_OF)
    return tuple(sorted(words))


vocabulary: PerPack[tuple[str, ...]] = PerPack(_build_vocabulary)
_known: PerPack[frozenset[str]] = PerPack(lambda facts: frozenset(vocabulary(facts)))


def unknown_name(claim: str, facts: Sequence[Fact]) -> str | None:
    """The first name in a claim that no fact of the pack mentions, if any."""
    known = _known(facts)
    for found in _NAME.finditer(claim):
        word = found.group().casefold()
        if _SPEAKER.match(claim, found.end()) is not None \
                or _OWNER.match(claim.replace("\u2019", "'"), found.end()) is not None:
            continue
        if word in known or word.removesuffix("s") in known:
            continue
        if process.extractOne(word, vocabulary(facts), scorer=fuzz.ratio,
                              score_cutoff=TYPO_CUTOFF) is None:
            return found.group()
    return None
