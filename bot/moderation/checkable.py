"""Which sentences of a source a fact can be drawn from, and why.

Pure. A sentence is checkable when it is a statement (it ends as a sentence does, is not a
question, a headline, a fragment or a page's boilerplate) and it says something a reader could
check: a figure, an event (something done or changed), who did what to whom (a named party),
or a judgment (what something is, compared with what, how likely). A sentence only about the
writer ("I loved it") counts when it also names a figure or another party.
"""

from __future__ import annotations

import re
from enum import StrEnum

from bot.core.analysis import actor_of

MIN_WORDS = 4
# A line that does not end as a sentence does is a headline, a caption credit or residue of a
# web capture, unless it is long enough to be a paragraph that lost its full stop.
MIN_UNPUNCTUATED_WORDS = 12


class Kind(StrEnum):
    FIGURE = "figure"
    EVENT = "event"
    ACTORS = "actors"      # who did what to whom
    JUDGMENT = "judgment"


_ENDS = re.compile(r"[.!][”’\"')\]]*$")
_QUESTION = re.compile(r"\?[”’\"')\]]*$")
# Boilerplate a captured page keeps: calls to act, credits, bylines.
_BOILERPLATE = re.compile(
    r"^(?:subscribe|sign (?:up|in)|log ?in|click|tap|share|follow (?:us|me)|read (?:more|next|"
    r"also)|download|advertisement|related|copyright|all rights reserved|photo(?:graph)?s?:|"
    r"image:|credit:|by\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*\s*$|this article was|updated:?|"
    r"published:?|posted:?|more:|see also|listen to)", re.IGNORECASE)
_COPULAS = frozenset("""
    is are was were be been being am isn't aren't wasn't weren't seems seem seemed remains
    remain remained becomes become became looks appears appear appeared stays stayed
    """.split())
_EVENT_AUXILIARIES = frozenset("has have had will hasn't haven't hadn't won't".split())
_IRREGULAR_PAST = frozenset("""
    sold bought met held made took gave sent led won fought lost spent built began brought bred
    chose hung grew rose fell sought lent broke drew shook sat stood told thought taught caught
    ran saw went came got said paid left became kept struck hit cut set let shut split spread
    sank swore tore wore wrote rode drove flew froze forgot forgave hid bit fed fled felt found
    heard knew laid lay meant read rang sang slept spoke stole stuck swept threw understood woke
    """.split())
# Words that judge or weigh rather than report.
_JUDGING = frozenset("""
    than most least more less hardly barely scarcely likely unlikely probably possibly
    perhaps rare rarely often never always evident clear clearly real significant impressive
    exaggerated premature skewed fraught vulnerable secure limited important major minor
    dangerous successful failed failure growing declining stronger weaker better worse best
    worst largest smallest biggest highest lowest only even still merely
    """.split())
# "more than 25 times" bounds a figure; it weighs nothing.
_FIGURE_BOUND = re.compile(
    r"\b(?:more|less|fewer|no more|no less) than (?=\$?\d|(?:a|an|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|half|twice)\b)", re.IGNORECASE)
_FIRST_PERSON = frozenset("i i'm i've i'd me my mine we we're our us myself".split())
_NOT_NAMES = frozenset("""
    I A An The This That These Those It Its They Their He His She Her We Our You Your But And
    Or Yet So If In On At By For From With As Of To When While Although Though After Before
    Because Since Despite During Even Then Instead Indeed However Still Also Much Many Some
    Most Overall Similarly Literally Apocryphal Following Confined Reinforcing Sustained
    """.split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_NOT_LETTERS = re.compile(r"[^a-z0-9]")   # "Russia’s" is read as "russias", as normalised


def _words(sentence: str) -> list[str]:
    return [w.replace("’", "'") for w in _WORD.findall(sentence)]


def is_statement(sentence: str) -> bool:
    """Whether a sentence states something: not a question, a headline, a fragment or a
    page's boilerplate."""
    text = sentence.strip()
    words = _words(text)
    if len(words) < MIN_WORDS or _QUESTION.search(text) or _BOILERPLATE.match(text):
        return False
    if _ENDS.search(text):
        return True
    return len(words) >= MIN_UNPUNCTUATED_WORDS and not _title_case(words)


def _title_case(words: list[str]) -> bool:
    long_words = [w for w in words if len(w) > 3]
    return bool(long_words) and all(w[0].isupper() for w in long_words)


def _is_past(word: str) -> bool:
    lower = word.lower()
    return lower in _IRREGULAR_PAST or (
        len(lower) > 4 and lower.endswith("ed") and "-" not in lower)


def _names(words: list[str]) -> set[str]:
    """Named parties: actors the matcher knows, and capitalised words after the first."""
    found = {actor for w in words if (actor := actor_of(_NOT_LETTERS.sub("", w.lower())))}
    found.update(w for w in words[1:] if w[0].isupper() and w not in _NOT_NAMES)
    return found


def kinds_of(sentence: str, *, has_figures: bool) -> tuple[Kind, ...]:
    """What a sentence says that could be checked, in a fixed order; empty when it is no
    statement or says nothing checkable."""
    if not is_statement(sentence):
        return ()
    words = _words(sentence)
    lower = [w.lower() for w in words]
    names = _names(words)
    kinds: list[Kind] = []
    if has_figures:
        kinds.append(Kind.FIGURE)
    if any(_is_past(w) for w in lower) or _EVENT_AUXILIARIES & set(lower):
        kinds.append(Kind.EVENT)
    if names:
        kinds.append(Kind.ACTORS)
    weighed = [w.lower() for w in _words(_FIGURE_BOUND.sub(" ", sentence))]
    if (_COPULAS | _JUDGING) & set(weighed) or any(w.endswith("est") for w in weighed[1:]):
        kinds.append(Kind.JUDGMENT)
    if _FIRST_PERSON & set(lower[:3]) and not (has_figures or names):
        return ()   # about the writer alone: an opinion or an anecdote, not a fact
    return tuple(kinds)
