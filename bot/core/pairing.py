"""Whether a claim pairs what it says with other actors than the source does.

"Russia exports electronics to China while China ships crude oil to Russia" names the same
actors and the same goods as "More than three-quarters of Russia's exports to China are raw
materials, specifically crude oil, wood, and coal", but gives the oil to the other country; and
"Russia invited Pakistan into the SCO" gives China's invitation to Russia. Each text is cut into
clauses; a clause's actor is the first country or leader it names (or, in a passive clause, the
one after "by"), and a clause naming none goes on about the actor before it. A claim is paired
differently when more of the words it shares with the source belong to another actor there than
to the same one. Only claims whose clauses have two actors or more are read this way: one
actor's doing is bot.core.roles's to read.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from functools import lru_cache
from itertools import pairwise
from types import MappingProxyType

from bot.core.analysis import actor_of as country_of
from bot.core.analysis import content_words, term_of
from bot.core.lexicon import STATESMEN_OF
from bot.core.normalise import cached_normalise as normalise
from bot.core.roles import MARKERS, REGION_OF, SKIPPABLE

AGREES, DIFFERS, UNKNOWN = "agrees", "differs", "unknown"

# Where a clause may end: sentence ends, commas, dashes, brackets, colons, and the words that
# join two statements.
# A comma inside a number ("4,250") and a dash between two names ("Russia–China") cut nothing.
_CUTS = re.compile(r"(?:[.!?;:()\u2014]|,(?!\d))+\s*|\s+[-\u2013]\s+"
                   r"|\s+(?=(?:while|whereas|but)\b)|\s+(?=who\s)", re.IGNORECASE)
# "and" (chat's "n"), "so", "then" or "when" starts a clause of its own only before an actor
# ("... and China countered", "Zhou drew back when Kosygin moved to hug him"); "crude oil and
# coal" is one clause.
_JOINED = re.compile(r"\s+(?=(?:and|n|so|then|when)\b)", re.IGNORECASE)
# A piece shorter than this goes on the clause before it: "wood", "and coal", "Pakistan".
MIN_CLAUSE_WORDS = 3
# Shared words that must belong to other actors before a claim counts as paired differently.
MIN_DIFFERING = 2
_PRONOUNS = frozenset("it they he she its their his her".split())
# Words that open a clause setting the scene for the one after it ("On the UN vote, ...").
_SETTING = frozenset("when after before once on during regarding concerning".split())
# Words a clause that leaves out the verb of the clause before it may add to its figure: "...,
# China only 12 percent".
_GAP_WORDS = frozenset("onli just about near almost some rough around approxim bare mere"
                       .split())
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# Short words a number may follow as a figure ("is 35", "to 12"); other short words before a
# number make it a model's name ("S-400", "Su-35").
_BEFORE_FIGURE = frozenset("to of in on at by is up as an or so it we me my he no be do us"
                           .split())


def _figure(term: str) -> bool:
    """A number a clause gives (not a year, which sets its time)."""
    return term[:1].isdigit() and not _YEAR.fullmatch(term)


def _names_model(words: list[str], i: int) -> bool:
    """Whether the number at i is part of a model's name ("s 400", "su 35")."""
    before = words[i - 1] if i > 0 else ""
    return before.isalpha() and len(before) <= 2 and before not in _BEFORE_FIGURE


def _gapped(words: list[str], terms: list[str], before: Collection[str]) -> bool:
    """Whether a clause's own terms (its actor's left out) are a figure and what the clause
    before it says: "..., India got 35" or "..., China only 12 percent" leave out what they
    repeat, and say it of their own actor as well."""
    if any(_figure(w) and _names_model(words, i) for i, w in enumerate(words)):
        return False
    return sum(map(_figure, terms)) == 1 and sum(map(_figure, before)) == 1 and all(
        _figure(t) or t in before or t in _GAP_WORDS for t in terms)


def actor_of(word: str) -> str | None:
    """The actor a word names: a country, its leader, or a statesman of its past ("Kosygin",
    "Zhou Enlai's")."""
    return country_of(word) or STATESMEN_OF.get(word) or (
        STATESMEN_OF.get(word[:-1]) if word.endswith("s") else None)


def _pieces(text: str) -> list[str]:
    out: list[str] = []
    for part in _CUTS.split(text):
        start = 0
        for joined in _JOINED.finditer(part):
            # "and Russia's largest partner" goes on about what comes before it, and "founded
            # by Moscow and Beijing" names two actors side by side.
            after = normalise(part[joined.end():]).split()
            name = next((w for w in after[1:3] if w != "the"), "")
            if actor_of(name) is not None and not _possessive(name) \
                    and not _side_by_side(part[start:joined.start()]):
                out.append(part[start:joined.start()])
                start = joined.end()
        out.append(part[start:])
    return [p for p in (normalise(p) for p in out) if p]


def clauses(text: str) -> list[str]:
    """The normalised clauses of a text; short pieces join the clause before them."""
    found: list[str] = []
    for piece in _pieces(text):
        if found and len(piece.split()) < MIN_CLAUSE_WORDS:
            found[-1] = f"{found[-1]} {piece}"
        else:
            found.append(piece)
    return found


def _adjective(word: str) -> bool:
    """"Chinese", "Russian", "Indian": a word that names an actor as a modifier, which makes
    it a clause's actor only where no actor is named as a noun."""
    return word.endswith(("ese", "ian", "ani", "can"))


def _side_by_side(before: str) -> bool:
    """Whether an actor that ends `before` is the first actor there or follows "by", "to"...:
    then "and" and the next actor name a pair."""
    words = normalise(before).split()
    if not words or actor_of(words[-1]) is None:
        return False
    last = len(words) - 1
    while last > 0 and actor_of(words[last - 1]) is not None:
        last -= 1  # "Xi Jinping" is one name
    first = next(i for i, w in enumerate(words) if actor_of(w) is not None)
    # "an anti-US alliance between Russia and China": "between" names a pair too.
    return first == last or _after_marker(words, last) \
        or (last > 0 and words[last - 1] in ("between", "among"))


def _possessive(word: str) -> bool:
    return word.endswith("s") and actor_of(word[:-1]) is not None


def _after_marker(words: list[str], at: int) -> bool:
    if _possessive(words[at]):
        return False  # "of Russia's exports": Russia's exports, whatever comes before
    before = [w for w in words[max(0, at - 3):at] if w not in SKIPPABLE]
    return bool(before) and before[-1] in MARKERS


def _actor(words: list[str]) -> str | None:
    """A clause's actor: the agent of a passive ("by Russia"), else the first actor named as a
    noun, else the first named as a modifier."""
    for i, word in enumerate(words[:-1]):
        if word == "by":
            after = words[i + 2] if words[i + 1] == "the" and i + 2 < len(words) else words[i + 1]
            if (agent := actor_of(after)) is not None:
                return agent
    # An actor after "to", "from", "of"... is an object ("sells oil to Russia"), and a clause
    # naming only objects goes on about the actor before it.
    named = [(i, w, actor_of(w)) for i, w in enumerate(words)
             if not (i > 0 and words[i - 1] in REGION_OF) and not _after_marker(words, i)]
    nouns = [a for _, w, a in named if a is not None and not _adjective(w)]
    if nouns:
        return nouns[0]
    modifiers = [(i, a) for i, _, a in named if a is not None]
    if any(j == i + 1 and b != a for (i, a), (j, b) in pairwise(modifiers)):
        return None  # "the Russian-Georgian war": a pair names a topic, no doer
    return modifiers[0][1] if modifiers else None


# A word that describes the thing a possessive owns rather than naming it ("Kazakhstan's
# fragile statehood"): the possessive owns the word after it too. Ranks and sizes ("largest",
# "main") name a place, not the thing, and are left as they are.
_DESCRIBING = re.compile(r"[a-z]{3,}(?:ile|ous|ive|ful|less|able|ible)")


def _owned(words: list[str]) -> dict[str, str]:
    """The words a possessive gives to its actor whatever the clause's actor: "Kosygin
    refused Zhou Enlai's hug" tells of Zhou's hug, "mused about Kazakhstan's fragile
    statehood" of Kazakhstan's statehood."""
    owned: dict[str, str] = {}
    for at, previous in enumerate(words[:-1]):
        if not _possessive(previous) or (owner := actor_of(previous[:-1])) is None:
            continue
        for word in words[at + 1:at + 3]:
            if actor_of(word) is not None:
                break
            owned[word] = owner
            if not _DESCRIBING.fullmatch(word):
                break
    return owned


@lru_cache(maxsize=8192)
def owners(text: str) -> tuple[Mapping[str, str], frozenset[str], frozenset[str]]:
    """Each term of a text with the actor of its clause (terms that two actors share left
    out), every actor the text names, and the actors of its clauses. Fact texts come again
    and again; each is read once."""
    owner: dict[str, str] = {}
    shared: set[str] = set()
    named: set[str] = set()
    acting: set[str] = set()
    actor: str | None = None
    before: dict[str, str] = {}
    last_named: str | None = None
    resumed: str | None = None  # the actor a relative clause or an aside interrupts
    previous_words: list[str] = []
    for clause in clauses(text):
        words = clause.split()
        previous_named = last_named
        if resumed is not None and (words[0] in MARKERS or words[0] in _GOES_ON):
            # "Russia flirts with Japan, who is China's foe, by dangling ...": after the
            # relative clause the sentence goes on about its own actor ("who runs an enormous,
            # fast-growing economy" goes on with the relative clause itself).
            actor = resumed
        resumed = None
        aside = _aside(words, previous_words)
        previous_words = words
        named.update(a for w in words if (a := actor_of(w)) is not None)
        last_named = next((a for w in reversed(words) if (a := actor_of(w)) is not None),
                          last_named)
        if words[0] in _SETTING and actor is None:
            # "When the UN voted to condemn Russia, ...": the scene, not the claim.
            continue
        # "... when it invited India": a pronoun goes on about the actor before it.
        leads = words[:2] if words[:1] in (["when"], ["which"], ["and"], ["but"]) else words[:1]
        if words[0] == "who" and previous_named is not None:
            # "admires Xi as a fellow authoritarian who runs an enormous economy": "who" is the
            # last actor named before it.
            resumed = actor
            actor = previous_named
        elif aside and actor is not None:
            # "Pakistan, India's old archrival, is ...": the aside describes the name before
            # it, whose clause goes on after it.
            pass
        elif actor is None or _PRONOUNS.isdisjoint(leads):
            actor = _actor(words) or actor
        if actor is None:
            continue
        acting.add(actor)
        owned = _owned(words)
        content = [w for w in content_words(clause) if actor_of(w) != actor]
        terms = [actor_of(w) or term_of(w) for w in content]
        if before and actor not in before.values() and _gapped(words, terms, before):
            # "India got 35 percent of Russian arms exports, China only 12 percent": what the
            # gap leaves out is said of both actors; only the figures are each one's.
            shared.update(t for t in before if not _figure(t))
        before = {}
        for word, term in zip(content, terms, strict=True):
            doer = owned.get(word, actor)
            before[term] = doer
            if owner.setdefault(term, doer) != doer:
                shared.add(term)
    for term in shared:
        del owner[term]
    return MappingProxyType(owner), frozenset(named), frozenset(acting)


# Words that open the rest of a sentence after a relative clause: "..., who is China's foe,
# is ...", "..., who is China's foe, by dangling ..." (markers too).
_GOES_ON = frozenset("is was are were has had have did does will would can could".split())
# Words that open a phrase describing a name before it: "Pakistan, the biggest buyer, ...".
_ARTICLES = frozenset("a an the".split())


def _aside(words: list[str], before: list[str]) -> bool:
    """Whether a clause is an aside about the name that makes the whole clause before it
    ("Pakistan, India's old archrival, is ..."): it opens with an article or a possessive."""
    return bool(before) and len(before) < MIN_CLAUSE_WORDS \
        and all(actor_of(w) is not None for w in before) \
        and (words[0] in _ARTICLES or _possessive(words[0]))


def pairing(claim: str, source: str) -> str:
    """AGREES, DIFFERS or UNKNOWN: whether the claim's shared words belong to the same actors
    in the claim and in one source text."""
    mine, claim_named, claim_acting = owners(claim)
    # One actor doing things is read by bot.core.roles; this reads claims that pair two actors
    # each with what they do ("Russia sells X while China sells Y"), and one actor's deed told
    # with another's thing ("Zhou pulled back from Kosygin's hug"), when the source gives each
    # of them the other's words.
    swapped_only = len(claim_acting) < 2
    if swapped_only and len(set(mine.values())) < 2:
        return UNKNOWN
    theirs, source_named, _ = owners(source)
    both = claim_named & source_named
    if len(both) < 2:
        return UNKNOWN
    same = differ = 0
    differing: set[tuple[str, str]] = set()
    for term, actor in mine.items():
        other = theirs.get(term)
        if other is None or actor not in both:
            continue
        if other == actor:
            same += 1
        else:
            differ += 1
            differing.add((actor, other))
    if swapped_only and not any((b, a) in differing for a, b in differing):
        return UNKNOWN
    if differ >= MIN_DIFFERING and differ > same:
        return DIFFERS
    return AGREES if same >= MIN_DIFFERING and not differ else UNKNOWN


def paired_differently(claim: str, sources: Iterable[str]) -> bool:
    """Whether some source text pairs the claim's words with other actors and none pairs them
    as the claim does."""
    found = [pairing(claim, source) for source in sources if source]
    return DIFFERS in found and AGREES not in found


def told_of(claim: str, source: str, actor: str) -> bool:
    """Whether the source gives the words it shares with the claim's clause of an actor to
    that actor alone ("Egypt bought dozens of jets" against "Indonesia has contracted for 11
    jets, Egypt has purchased dozens more"): what the claim tells of it, the source does too."""
    mine, theirs = owners(claim)[0], owners(source)[0]
    found = [theirs[term] for term, doer in mine.items() if doer == actor and term in theirs]
    return bool(found) and all(doer == actor for doer in found)
