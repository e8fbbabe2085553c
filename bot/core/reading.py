"""Read what a claim says against the fact text it matched: roles, comparisons, quantifiers.

Matching finds the fact a claim is about; these readings tell whether its wording says the same
thing. Each compares the claim with the fact text it matched (both normalised) and answers
AGREES, REVERSED or UNKNOWN:

- roles (bot.core.roles, offered here with the others): who did what to whom. "Russia sold
  China the S-400" and "China sold Russia the S-400" give the two actors each other's roles:
  reversed; "China bought the S-400 from Russia" agrees with "Russia sold the S-400 to China".
- comparison: "A is bigger / more / ahead of B" orders A above B; "smaller", "less", "behind"
  the other way; "N times the size of" above. Reversed when the claim orders the actors the
  other way round from the fact text.
- quantifier: "only", "all", "every", "always", "sole", "exclusively", "entire" in the claim
  and nowhere in the fact (its texts and quote): the claim says more than the fact does.
- intent: "planned", "pledged", "considered", "reportedly"... in one of the claim and the fact
  texts and not the other: a plan is not a deed ("CEFC planned to buy a stake" against "CEFC
  bought a stake").
- substitution: the claim puts another actor where the fact text has one ("the Belt and Road
  was launched in Moscow" against "... in Astana"), and neither text names the other's.

The checker decides what a reading does to the verdict; this module only reads.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bot.core.analysis import ACTORS, actor_of, content_words, entities, term_of
from bot.core.lexicon import (
    ABBREVIATIONS,
    CARRIED_THROUGH,
    COUNTRY_CODES,
    ENTITY_OF,
    FOLLOWING_WORDS,
    PEOPLE,
    STATESMEN_OF,
    STOP_WORDS,
    STRESSING_WORDS,
)
from bot.core.normalise import cached_normalise as normalise
from bot.core.numbers import FIGURE_WORDS, NUMBER_WORDS, ONE_AHEAD, quantities
from bot.core.patterns import opening_words
from bot.core.polarity import (
    HELD_AFTER,
    HELD_BEFORE,
    HOLDING_WORDS,
    LEXICAL_CUES,
    WHOLE_DENIED,
    actor_set_against,
    negations,
)
from bot.core.roles import (
    AGREES,
    MARKERS,
    REVERSED,
    SKIPPABLE,
    UNKNOWN,
    Mention,
    Role,
    is_owner,
    marker_before,
    mentions,
    verb_stem,
    words_of,
)
from bot.core.splitting import doubts, drawn_by_others
from bot.core.sureness import (
    CERTAIN_OF,
    HEDGING_WORDS,
    SEEMING_WORDS,
    SURE_OF_IT,
    VOUCHING_CHAT,
    VOUCHING_CLOSES,
    VOUCHING_SAYINGS,
    VOUCHING_TAGS,
    VOUCHING_WORDS,
    any_of,
)

# Comparative words: the first actor is above the second, or below.
_ABOVE = frozenset("""
    bigger larger greater higher richer stronger ahead exceeds exceed exceeded exceeding
    surpasses surpass surpassed outweighs outweigh outnumbers outnumber dwarfs dwarf dwarfed
    outpaces outpace outspends outspend likelier wealthier mightier faster quicker better
    closer
    """.split())
_BELOW = frozenset("""
    smaller tinier lower poorer weaker behind trails trail lags lag lagging fewer less slower
    worse
    """.split())
# "more" compares only with "than" after it ("more soldiers than China"); "more than 25" is a
# bound on a number, which the figures compare.
_MORE_THAN = re.compile(
    r"\bmore\b(?! than (?:\d|a |an |one |two |three |half |twice |double |triple ))")
_LESS_THAN = re.compile(
    r"\b(?:less|fewer)\b(?! than (?:\d|a |an |one |two |three |half |twice |double |triple ))")
_TIMES = re.compile(r"\b(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten) times\b"
                    r"|\btwice\b")

# Quantifiers a claim can add to what a fact says.
_QUANTIFIERS = ("only", "all", "every", "always", "sole", "solely", "exclusively", "entire",
                "entirely")
# "only 11 of the projects", "only $24 billion", "only just": a bound or a hedge, not a
# quantifier over the claim.
_ALL_COUNTED = re.compile(
    r"\ball (?:the |of the )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b")
_NOT_QUANTIFYING = opening_words(
    "abcdefghilmnostwy",
    # ("The only one buyer", "the only two customers": one alone, or two alone.)
    r"(?<!\bthe )\bonly (?:\d|a |an |one |two |three |four |five |six |seven |eight |nine |ten |"
    r"half |just |about |around |roughly |some |like |nearly |almost |approximately |approx |"
    r"maybe |tenth|second|third|\w+th\b)"
    # "the biggest share in all Central Asia": where the superlative holds, no quantifier.
    r"|\b(?:largest|biggest|greatest|highest|longest|strongest|closest|best|worst|most) "
    r"(?:\S+ ){0,4}?(?:in|of|across) all\b"
    r"|\ball but\b|\bat all\b|\ball the way\b|\ball in all\b|\bafter all\b|\ball of a sudden\b"
    r"|\ball the time\b|\ball over\b|\bonce and for all\b|\bof all\b"
    # "was all set to buy it", "all ready to sign": ready, an idiom, no whole.
    r"|\ball (?:set|ready|geared up|lined up) (?:to|for)\b"
    # "For all his offers, the talks got nowhere": a concession opening the claim, "despite".
    r"|^(?:but |and |yet |still )?for all\b"
    r"|\bnot only\b|\bonly if\b"
    # "not all of them were built", "didn't fund all 91" tell a part, as "some were not
    # built" does: no whole.
    rf"|{WHOLE_DENIED}"
    # "more than into all of Russia": the whole of the other side compared, no quantifier.
    r"|\bthan (?:\S+ ){0,2}?all\b"
    # "won't be the only customer" denies that one is alone: it adds no "only" of its own.
    r"|\b(?:not|isnt|arent|wasnt|werent|wont|never) (?:be |been )?(?:the |its |their )?only\b"
    # "India, Qatar and Turkey are all next in line": "all" of the names just listed.
    r"|\band (?:\S+ ){1,2}?(?:are|were|have|had) all\b"
    # "He always said ...": how often it was told, not how much of it is so.
    r"|\balways (?:said|says|say|told|tells|tell|claimed|claims|"
    r"claim|thought|thinks|think|assumed|assume|assumes|believed|believes|believe|argued|"
    r"argues|argue|insisted|insists|insist|heard)\b"
    # "'best friend' n all", "and all that": filler at the end of a message.
    r"|\b(?:and|n) all(?: that| this)?$"
    # A greeting to everyone in the channel ("morning all", "thanks all") quantifies nothing.
    r"|\b(?:morning|evening|night|hi|hey|hello|howdy|thanks|thank you|cheers|sup) all\b"
    r"|\b(?:every|all) (?:year|day|week|month|time|decade|summer|winter|spring|fall|autumn)s?\b")


# Words that make a statement a plan, a promise or a report rather than a deed.
_INTENT = frozenset("""
    planned planning pledged pledging promised promising considered considering intended
    intending wanted tried attempted hoped reportedly allegedly supposedly rumored rumoured
    mulled eyed weighed consider considers intend intends supposed
    """.split())
# Of those, the words that tell a report rather than a plan.
_REPORT_WORDS = frozenset("reportedly allegedly supposedly rumored rumoured".split())
# Of those, the words that tell what a side wished for, in the past: "the Kremlin wanted the
# servers", "91 projects promised".
_PAST_WISHES = frozenset("wanted promised pledged hoped tried attempted".split())
# Nouns of a plan: a claim about a plan agrees with a fact that names one ("CEFC's plan to
# buy"), but a fact text naming a plan ("the cooperation plan listed 91 projects") does not
# make a claim without one a different claim.
_PLAN_NOUNS = frozenset("plan plans pledge pledges promise promises bid".split())

_ATTRIBUTIVE = re.compile(r"\b(?:a|an|the|its|their) (?:much |far )?(?:"
                          + "|".join(sorted(_ABOVE | _BELOW)) + r")\b(?!(?: \S+){0,5}? than\b)")


@lru_cache(maxsize=16_384)
def _direction(normalised: str) -> int:
    """+1 when the text's comparison puts its first actor above the second, -1 below, 0 when
    it compares nothing or both ways. A comparative after an article describes what follows
    ("imposed on a weaker China") and compares nothing."""
    words = set(_ATTRIBUTIVE.sub(" ", normalised).split())
    above = not _ABOVE.isdisjoint(words) or bool(_TIMES.search(normalised)) \
        or (bool(_MORE_THAN.search(normalised)) and " than " in f" {normalised} ")
    below = not _BELOW.isdisjoint(words - {"less", "fewer"}) \
        or bool(_LESS_THAN.search(normalised))
    if above == below:
        return 0
    return 1 if above else -1


_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten many several".split())
# Words that may stand between "than" and the actor compared: "than to India", "than China
# does", "than in Russia".
_THAN_SKIPPABLE = SKIPPABLE | frozenset("to into in for with from on".split())
# "bigger than its trade with the US", "larger than that of Russia": the thing compared named
# again after "than", its actor after it.
_THAN_THING_SKIPPABLE = _THAN_SKIPPABLE | frozenset("its their his her trade size value that "
                                                    "those of".split())


# Words that may stand between "N times" and the actor compared: "five times its trade with
# Russia", "seven times the size of Russia's".
_TIMES_SKIPPABLE = _THAN_SKIPPABLE | frozenset("its their his her trade size value that those "
                                               "as much many of".split())
# Markers that set two actors side by side across "than": "more with Russia than with the US".
_PAIRING_MARKERS = frozenset(MARKERS) | {"with"}


# Verbs that compare as "bigger than" does: "China's trade with the US dwarfs its trade with
# Russia". One followed by a number bounds a figure ("exceeded 100 billion") and compares nothing.
_COMPARING_VERBS = frozenset("""
    outweighs outweigh outweighed dwarfs dwarf dwarfed exceeds exceed exceeded surpasses
    surpass surpassed outnumbers outnumber outnumbered outstrips outstrip outstripped eclipses
    eclipse eclipsed trails trail trailed
    """.split())


def _bounds_figure(words: list[str], at: int) -> bool:
    """Whether the word at `at` ("than", "exceeds") bounds a figure after it: "more than 25",
    "more than seven times", "exceeded 100 billion"."""
    after = words[at + 1] if at + 1 < len(words) else ""
    return after[:1].isdigit() or after in _NUMBER_WORDS or after in ("a", "an", "one", "half",
                                                                      "twice", "double")


def _pivot(words: list[str]) -> tuple[int, frozenset[str]] | None:
    """Where a comparison turns ("than", a verb that compares, or "times" in "five times its
    trade with Russia") and the words that may follow it before the actor compared. A "than"
    or a verb that bounds a figure ("more than seven times the size of Russia's") turns none."""
    for i, word in enumerate(words):
        if (word == "than" or word in _COMPARING_VERBS) and not _bounds_figure(words, i):
            return i, _THAN_THING_SKIPPABLE
    for i, word in enumerate(words[1:], start=1):
        if word == "times" and (words[i - 1].isdigit() or words[i - 1] in _NUMBER_WORDS):
            return i, _TIMES_SKIPPABLE
    return None


_OWNED_AGAIN = frozenset("its their his her".split())


def _actor_at(words: list[str], i: int) -> str | None:
    """The actor the word at i names; "the us" names the United States, as "usa" does."""
    if words[i] == "us" and i > 0 and words[i - 1] == "the":
        return "us"
    return actor_of(words[i])


def _marked_before(words: list[str], at: int, marker: str) -> list[str]:
    """The actors before position `at` that `marker` introduces ("with the US")."""
    out: list[str] = []
    for k in range(min(at, len(words))):
        actor = _actor_at(words, k)
        if actor is None:
            continue
        back = k - 1
        while back >= 0 and words[back] in SKIPPABLE:
            back -= 1
        if back >= 0 and words[back] == marker:
            out.append(actor)
    return out


def _joined(normalised: str, actor: str) -> frozenset[str]:
    """An actor with those named beside it by "and": "the US and the EU" for either."""
    words = normalised.split()
    group = {actor}
    for i in range(len(words)):
        if _actor_at(words, i) != actor:
            continue
        for step in (1, -1):
            k = i + step
            while 0 <= k < len(words) and (words[k] in ("and", "the", "&") or
                                            _actor_at(words, k) is not None):
                if (other := _actor_at(words, k)) is not None:
                    group.add(other)
                k += step
    return frozenset(group)


@lru_cache(maxsize=16_384)
def compared_pair(normalised: str) -> tuple[str, str] | None:
    """The two actors a comparison sets side by side, the one before "than" (or "N times")
    first: "Russia sold more arms to China than to India" compares China (given "to", as India
    is) with India; "India buys more Russian arms than China" compares India, the first actor
    named, with China; "China's trade with the US is five times its trade with Russia"
    compares the US with Russia."""
    words = normalised.split()
    pivot = _pivot(words)
    if pivot is None:
        return None
    at, skippable = pivot
    j = at + 1
    while j < len(words) and words[j] in skippable and j - at <= 4:
        j += 1
    after = _actor_at(words, j) if j < len(words) else None
    if after is None:
        return None
    # "the size of Russia's", "that of Russia": an "of" after the turn names the thing compared
    # again, not a side. "its trade with Russia" after a verb that compares names the owner's
    # trade again: the first side is then the one its "with" names before the turn.
    marker = next((w for w in reversed(words[at + 1:j]) if w in _PAIRING_MARKERS and w != "of"),
                  None)
    if marker is None and not _OWNED_AGAIN.isdisjoint(words[at + 1:j]) \
            and _marked_before(words, at, "with"):
        marker = "with"
    before = [(k, a) for k in range(at)
              if (a := _actor_at(words, k)) is not None and a != after]
    if marker is not None:
        marked = [a for a in _marked_before(words, at, marker) if a != after]
        if marked:
            return marked[-1], after
        if marker == "with":
            return (before[0][1], after) if before else None
        return None
    return (before[0][1], after) if before else None


def _one_sided(claim: str, fact: str, fact_direction: int) -> str:
    """A claim that names one actor and puts it above or below ("Russia is more exposed to
    shocks") against a fact text that compares two ("China is more exposed than Russia"):
    the claim agrees when its actor is on the side the fact puts where the claim does."""
    fact_pair = compared_pair(fact)
    actors = {m.actor for m in mentions(claim) or ()}
    words = set(_ATTRIBUTIVE.sub(" ", claim).split())
    above = not _ABOVE.isdisjoint(words) or "more" in words
    below = not _BELOW.isdisjoint(words)
    if fact_pair is None or len(actors) != 1 or above == below or " than " in f" {claim} ":
        return UNKNOWN
    (actor,) = actors
    first, second = (_joined(fact, a) for a in fact_pair)
    if (actor in first) == (actor in second):
        return UNKNOWN
    claim_direction = 1 if above else -1
    return AGREES if (claim_direction == fact_direction) == (actor in first) else REVERSED


# Words that put an actor at the top of its kind: "the top destination", "its biggest buyer".
_SUPERLATIVES = frozenset("""
    top biggest largest greatest main leading primary chief likeliest foremost 1st
    """.split())


def _superlative(claim: str, fact: str, fact_direction: int) -> str:
    """A claim that puts one of the actors a fact text compares at the top of its kind ("China
    was the top destination for Russian arms") against a fact text that puts another above it
    ("India was a likelier destination than China"): reversed. Put above the other, the actor
    may still not be the top: nothing sure."""
    fact_pair = compared_pair(fact)
    if fact_pair is None or _SUPERLATIVES.isdisjoint(claim.split()) \
            or " than " in f" {claim} ":
        return UNKNOWN
    first, second = (_joined(fact, a) for a in fact_pair)
    named = {a for w in claim.split() if (a := actor_of(w)) is not None} & (first | second)
    if len(named) != 1:
        return UNKNOWN
    (actor,) = named
    if (actor in first) == (actor in second):
        return UNKNOWN
    below = actor in second if fact_direction > 0 else actor in first
    return REVERSED if below else UNKNOWN


# Words that name the rest of a kind as one side of a comparison: "more than any other head of
# state", "more than anyone else".
_THE_REST = frozenset("other others else anyone anybody".split())


def _others_placed(normalised: str, direction: int) -> int:
    """+1 when a comparison puts the rest of a kind ("other heads of state") above the side it
    names, -1 below, 0 when it names no such rest or names it on both sides."""
    words = normalised.split()
    turn = next((i for i, w in enumerate(words)
                 if (w == "than" or w in _COMPARING_VERBS) and not _bounds_figure(words, i)),
                None)
    if turn is None:
        return 0
    before = not _THE_REST.isdisjoint(words[:turn])
    after = not _THE_REST.isdisjoint(words[turn:])
    if before == after:
        return 0
    return direction if before else -direction


_YEAR_WORD = re.compile(r"^(?:19|20)\d\d$")
# "last year", "this year": the later of two years set side by side; "the year before", "the
# previous year": the earlier.
_LATER_YEAR = re.compile(r"\b(?:last|this|that) year\b")
_EARLIER_YEAR = re.compile(r"\b(?:year before|previous year|prior year|year earlier)\b")
# Words that tell an amount grew from one year to the next, or shrank.
_RISES = frozenset("""
    rose risen increased grew grown expanded climbed jumped surged soared up
    """.split())
_FALLS = frozenset("""
    fell fallen decreased shrank shrunk contracted declined dropped plunged sank down
    """.split())
# What a change is measured from: "compared with 2017", "over 2017", "on the year before",
# "year on year".
_CHANGE_BASE = re.compile(
    r"\b(?:compared (?:with|to)|over|on|from|vs|versus|than) (?:the |a )?(?:(?:19|20)\d\d|year "
    r"before|previous year|prior year)\b|\byear on year\b")


def _years_in(words: list[str]) -> list[int]:
    return [int(w) for w in words if _YEAR_WORD.match(w)]


def _later_first(claim: str) -> tuple[int, frozenset[int]] | None:
    """+1 when the side of a comparison before "than" is the later of two years ("trade in 2018
    was lower than in 2017", "trade last year was lower than the year before"), -1 when the
    earlier, with the years it names by number; None when its sides are not two years."""
    words = claim.split()
    if "than" not in words:
        return None
    at = words.index("than")
    before, after = _years_in(words[:at]), _years_in(words[at + 1:at + 4])
    if len(before) == 1 and len(after) == 1 and before != after:
        return (1 if before[0] > after[0] else -1), frozenset(before + after)
    head, tail = " ".join(words[:at]), " ".join(words[at + 1:])
    if before or after:
        return None
    if _LATER_YEAR.search(head) and _EARLIER_YEAR.search(tail):
        return 1, frozenset()
    if _EARLIER_YEAR.search(head) and _LATER_YEAR.search(tail):
        return -1, frozenset()
    return None


def _years_compared(claim: str, fact: str, claim_direction: int) -> str:
    """Two years as the sides of a comparison, as two actors are: "trade in 2018 was lower than
    in 2017" against "trade grew 15 percent in 2018 compared with 2017" puts the year the fact
    says it grew in below the year it grew from: reversed. The fact must tell a change from
    one year (the years the claim names) to the next."""
    told = _later_first(claim)
    words = set(fact.split())
    rises, falls = not _RISES.isdisjoint(words), not _FALLS.isdisjoint(words)
    if told is None or rises == falls or not _CHANGE_BASE.search(fact):
        return UNKNOWN
    order, years = told
    if not years <= set(_years_in(fact.split())):
        return UNKNOWN
    return AGREES if claim_direction * order == (1 if rises else -1) else REVERSED


def comparison(claim: str, fact: str) -> str:
    """Whether the claim orders the actors it compares as the fact text does. A place told by
    the one ahead ("only the EU is bigger": second) compares nothing."""
    claim, fact = ONE_AHEAD.sub("second", claim), ONE_AHEAD.sub("second", fact)
    claim_direction, fact_direction = _direction(claim), _direction(fact)
    if fact_direction and not claim_direction:
        one_sided = _one_sided(claim, fact, fact_direction)
        return one_sided if one_sided != UNKNOWN else _superlative(claim, fact, fact_direction)
    if claim_direction and not fact_direction:
        return _years_compared(claim, fact, claim_direction)
    if not claim_direction or not fact_direction:
        return UNKNOWN
    claim_pair, fact_pair = compared_pair(claim), compared_pair(fact)
    if claim_pair and fact_pair:
        # Each side with the actors joined to it: "the US and the EU" is one side.
        (mine_a, mine_b), (theirs_a, theirs_b) = (
            (_joined(text, a), _joined(text, b))
            for text, (a, b) in ((claim, claim_pair), (fact, fact_pair)))
        same = bool(mine_a & theirs_a) and bool(mine_b & theirs_b)
        swapped = bool(mine_a & theirs_b) and bool(mine_b & theirs_a)
        if same != swapped:
            return AGREES if (claim_direction == fact_direction) == same else REVERSED
    claim_others, fact_others = _others_placed(claim, claim_direction), \
        _others_placed(fact, fact_direction)
    if claim_others and fact_others:
        return AGREES if claim_others == fact_others else REVERSED
    claim_mentions, fact_mentions = mentions(claim), mentions(fact)
    if not claim_mentions or not fact_mentions:
        return UNKNOWN
    claim_order = [m.actor for m in claim_mentions]
    fact_order = [m.actor for m in fact_mentions]
    shared = [a for a in claim_order if a in fact_order]
    # The sides are the subject and the one after "than": whose thing is compared ("Africa got
    # more Chinese money than Russia") is no side of the comparison.
    sides = [m.actor for role in (Role.SUBJECT, Role.COMPARED)
             for m in claim_mentions if m.role is role]
    if len(sides) == 2 < len(claim_order) and all(a in fact_order for a in sides):
        shared = sides
    if len(shared) < 2:
        return UNKNOWN
    a, b = shared[:2]
    same_order = fact_order.index(a) < fact_order.index(b)
    agree = (claim_direction == fact_direction) == same_order
    return AGREES if agree else REVERSED


# A comparison's gap: "only a little bigger" against "five times as large" tells the same
# order with another gap, which contradicts it as much as the other order does.
_SMALL_GAP = re.compile(
    r"\b(?:a (?:little|bit|tad|touch)|slightly|marginally|somewhat|barely|not much|"
    r"not that much|just a (?:little|bit)|a few percent)\s+(?:"
    + "|".join(sorted(_ABOVE | _BELOW | {"more"})) + r")\b")
_LARGE_GAP = re.compile(
    r"\b(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|many) times\b|\btwice\b"
    r"|\b\d+(?:\.\d+)? ?x\b"
    r"|\b(?:far|much|vastly|way|hugely|massively) (?:"
    + "|".join(sorted(_ABOVE | _BELOW | {"more"})) + r")\b|\bdwarf(?:s|ed)?\b")


# No gap at all: "roughly equal to", "on par with", "about the same as", "evenly matched".
_NO_GAP = re.compile(
    r"\b(?:equal|equals|equalled|equaled|equivalent|comparable|on par|level) (?:to|with)\b"
    r"|\b(?:about|roughly|around|more or less|pretty much|basically) the same (?:as|size)\b"
    r"|\b(?:evenly|equally) (?:matched|split|balanced)\b|\bneck and neck\b")


def gap_differs(claim: str, fact: str) -> bool:
    """Whether one text calls a gap small ("only a little bigger", "roughly equal to") that
    the other calls large ("five times", "far more")."""
    small_fact = bool(_SMALL_GAP.search(fact))
    # (A claim of no gap is read against a fact that tells one, not the other way round: a
    # fact that equates two things is read by its own words.)
    small_claim = bool(_SMALL_GAP.search(claim)) or (not small_fact and not _NO_GAP.search(fact)
                                                     and bool(_NO_GAP.search(claim)))
    if small_claim == small_fact:
        return False
    return bool(_LARGE_GAP.search(fact if small_claim else claim))


# "no more than a diversification", "nothing more than pleasantries": "merely", no comparison.
_MERELY = re.compile(r"\b(?:no|nothing|not|little) (?:more|less|other) than\b")
# "fewer than ten planes", "more than 20 percent": a bound on a figure, no comparison.
_BOUNDED = re.compile(r"\b(?:more|less|fewer) than (?:a |an )?(?=\d|(?:"
                      + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b)")


# "one more way to X rather than Y": another of a kind, and one thing set aside for another,
# compare nothing.
_PREFERRED = re.compile(r"\b(?:rather|other) than\b|\bone more\b")


def compares_beyond(claim: str, fact_texts: tuple[str, ...]) -> bool:
    """Whether the claim compares two things ("38 bcm is more than China's whole imports",
    "closer on foreign policy than on trade") where no text of the fact compares anything:
    the fact cannot tell which side is ahead."""
    claim = _BOUNDED.sub(" ", _MERELY.sub(" ", _PREFERRED.sub(" ", claim)))
    if _EQUATED.search(claim):
        # "As hostile today as during the clash": two times or things told alike.
        return not any(_direction(text) or _EQUATED.search(text) for text in fact_texts)
    if not _direction(claim) or " than " not in f" {claim} ":
        return False
    return not any(_direction(text) for text in fact_texts)


# "as hostile as they were", "just as close as": two things told equal. "As well as", "as
# soon as", "as many as" (a bound) and their kin compare nothing.
_EQUATED = re.compile(
    r"\bas (?!(?:well|soon|long|much|many|far|few|little|recently|early|late|of|if|though|"
    r"such|to|for|a|an|the|usual|ever|yet|per)\b)[a-z]{3,}(?: [a-z]+)? as\b(?! (?:usd )?\d)")


# A whole hedged to nearly so ("pretty much always", "almost all"): a text saying it states no
# whole, only most of it.
_NEARLY_WHOLE = re.compile(
    r"\b(?:almost|nearly|pretty much|practically|virtually|just about|more or less) "
    r"(?:all|always|every|each|entirely|entire)\b")


# "every single time", "without exception", "100% in sync": "always", told at length.
_WHOLLY = re.compile(
    r"\b(?:(?:each and )?every (?:single )?time|without (?:an |any )?exception|no exceptions?|"
    r"invariably|"
    r"in every (?:single )?case|100 percent of the time|"
    r"100 percent(?= (?:in unison|in sync|in lockstep|aligned|together|in agreement|"
    r"on the same page)))\b")


# "Nobody else", "no other country", "no country other than": "only", told of the others.
_NONE_ELSE = re.compile(
    r"\b(?:nobody|no one|noone|nothing|none) else\b"
    r"|\bno (?:other|\w+ other than)(?= (?:[a-z]+ )?(?:country|countries|nation|nations|state|"
    r"states|buyer|buyers|customer|customers|client|clients|source|sources|supplier|"
    r"suppliers|partner|partners|one)\b|(?<=than))")


# "Only" before a deed ("only abstained") holds the deed to no more than itself, as "just" or
# "merely" does, or as a deed kept "instead of" another.
_ONLY_DEED = re.compile(r"\bonly (?=[a-z]{3,}ed\b|(?:sent|paid|gave|made|took|held|sold|bought|"
                        r"met|went|said|spent|lent|kept|let|put|got)\b)")
_HELD_DEED = re.compile(r"\b(?:just|merely|simply|only|instead of|rather than)\b")


def added_quantifier(claim: str, fact_texts: tuple[str, ...]) -> str | None:
    """A quantifier the claim states and no text of the fact does, if any; a whole hedged to
    nearly so ("pretty much always") is stated by neither, and a whole told at length ("every
    single time") is "always". A deed held to itself ("only abstained") is stated by a text
    that holds it so ("just abstained", "abstained instead of voting against")."""
    added = _added_quantifiers(claim, fact_texts)
    return added[0] if added else None


def deciding_quantifier(claim: str, fact_texts: tuple[str, ...]) -> str | None:
    """Of the quantifiers the claim adds (see added_quantifier), the one the fact's texts
    settle, if any: a whole ("all") where they state only a part ("mostly"), or "only" where
    they name others; else the first added. "All of it came only from X" against "mostly from
    X" is settled by its "all"."""
    added = _added_quantifiers(claim, fact_texts)
    if any(w in UNIVERSAL for w in added) and states_part(fact_texts):
        return next(w for w in added if w in UNIVERSAL)
    if any(w in EXCLUSIVE for w in added) and states_others(fact_texts):
        return next(w for w in added if w in EXCLUSIVE)
    return added[0] if added else None


def _added_quantifiers(claim: str, fact_texts: tuple[str, ...]) -> tuple[str, ...]:
    """The quantifiers the claim states and no text of the fact does, in the order of
    _QUANTIFIERS (see added_quantifier)."""
    if "only" in claim and any(_HELD_DEED.search(t) for t in fact_texts):
        claim = _ONLY_DEED.sub(" ", claim)
    # "all four islands" counts them, where the fact states no part of them: the figure is
    # read, not a quantifier.
    claim_words = _quantifiers_stated(claim, counted=not states_part(fact_texts))
    if not claim_words:
        return ()
    fact_words: set[str] = set()
    for text in fact_texts:
        fact_words.update(_NEARLY_WHOLE.sub(" ", text).split())
    return tuple(w for w in _QUANTIFIERS if w in claim_words and w not in fact_words)


@lru_cache(maxsize=16_384)
def _quantifiers_stated(text: str, *, counted: bool) -> frozenset[str]:
    """The quantifiers a text states (see added_quantifier); with `counted`, "all" before a
    number ("all four islands") is none. A claim is read against several facts: once."""
    text = _NEARLY_WHOLE.sub(" ", _NOT_QUANTIFYING.sub(
        " ", _NONE_ELSE.sub(" only ", _WHOLLY.sub(" always ", text))))
    if counted:
        text = _ALL_COUNTED.sub(" ", text)
    return frozenset(text.split()).intersection(_QUANTIFIERS)


# "Never" where the source says "rarely": the claim makes none of what the source says is few.
_NEVER = re.compile(r"\bnever\b")
_RARELY = re.compile(r"\b(?:rare|rarely|seldom|infrequent|infrequently|hardly ever|"
                     r"almost never|nearly never|scarcely ever|uncommon)\b")
_ALMOST_NEVER = re.compile(r"\b(?:almost|nearly|hardly|scarcely) (?:never|ever)\b")


def never_for_rarely(claim: str, fact_texts: tuple[str, ...]) -> bool:
    """Whether the claim says "never" where the fact's texts say "rarely", "seldom" or
    "almost never", and none of them says "never" outright."""
    if not _NEVER.search(_ALMOST_NEVER.sub(" ", claim)):
        return False
    rarely = any(_RARELY.search(t) for t in fact_texts)
    never = any(_NEVER.search(_ALMOST_NEVER.sub(" ", t)) for t in fact_texts)
    return rarely and not never


# Quantifiers over the whole of something, and fact wordings that state only a part of it.
UNIVERSAL = frozenset("all every always entire entirely never".split())
_PART = re.compile(
    r"\bonly (?:\d|a |an |one |two |three |four |five |six |seven |eight |nine |ten |half )"
    r"|\b(?:some|many|few|most|partly|partially|majority)\b|\bnot all\b"
    # "almost in unison", "largely confined": nearly so, which is not wholly so.
    r"|\b(?:almost|nearly|largely|mostly|mainly|chiefly|primarily)\b"
    r"|\b\d+ (?:of|out of) (?:the |its |their )?\d+\b"
    r"|\b(?:a|one|two) (?:third|thirds|quarter|quarters|half|fraction)\b"
    r"|\bthree quarters\b|\b\d+ percent of\b")


# Quantifiers that leave out every other one, and fact wordings that name others: "China will
# not be the last buyer", "India and Turkey are next in line", "a diversification of sources".
EXCLUSIVE = frozenset("only sole solely exclusively".split())
_OTHERS = re.compile(
    r"\bnot (?:be )?the (?:only|last|sole)\b|\bwont be the last\b|\bnext in line\b"
    r"|\bdiversif\w*|\bone of (?:the|its|their|many)\b|\bamong (?:the|its|their|many)\b"
    r"|\bothers\b")


@lru_cache(maxsize=4096)
def states_others(fact_texts: tuple[str, ...]) -> bool:
    """Whether a text of the fact says there are others of what it speaks of."""
    return any(_OTHERS.search(t) for t in fact_texts)


# "only in the South China Sea", "only Putin": the words "only" holds to, past the small words
# before them.
_ONLY_HOLDS = re.compile(r"\bonly (?:(?:in|for|to|from|with|on|at|by|the|a|an|its|their|his|her)"
                         r" )*(?P<held>[a-z]{3,})((?: [a-z]+){0,3})")


def others_listed(claim: str, fact_texts: tuple[str, ...]) -> bool:
    """Whether a text of the fact lists with what the claim's "only" holds to another the
    claim's "only" leaves out: "only in the South China Sea" against "in the South and East
    China Seas", "only Putin" against "Putin and Xi"."""
    for found in _ONLY_HOLDS.finditer(claim):
        held, near = found["held"], set(found.group().split())
        listed = re.compile(rf"\b{held} (?:and|or|as well as) (?:(?:{_DETERMINERS}) )?"
                            rf"(?P<a>[a-z]{{3,}})\b"
                            rf"|\b(?P<b>[a-z]{{3,}}) (?:and|or|as well as) "
                            rf"(?:(?:{_DETERMINERS}) )?{held}\b")
        for text in fact_texts:
            for pair in listed.finditer(text):
                other = pair["a"] or pair["b"]
                if other not in near and other not in _SMALL_WORDS:
                    return True
    return False


_SMALL_WORDS = frozenset("the its their his her this that these those some many".split())
_DETERMINERS = "the|its|their|his|her|a|an"


# A denial of every one ("none of", "not a single", "never ... any of"), and fact wordings that
# say some of them are so ("some of the projects", "only 11 of these", "11 of the 91").
# "Didn't fund the projects at all" denies every one of them as "none" does.
_NONE_OF = re.compile(r"\bnone\b|\ba single\b|\bnot (?:even )?one\b|\bany of\b|\bno one of\b"
                      r"|\bat all\b")
_SOME_OF = re.compile(
    r"\bsome of\b|\bonly (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) "
    r"(?:of|out of)\b|\b\d+ (?:of|out of) (?:the |its |their |these )?\d+\b")


# Nothing of an amount: "invested nothing", "spent zero", "not a cent"; not a pledge that
# "came to nothing", nor "next to nothing".
_NOTHING = re.compile(r"\b(?<!to )(?<!for )(?:nothing|zero|zilch|nada|"
                      r"not (?:a|one|a single) (?:cent|penny|dime|dollar|ruble|rouble|yuan))\b")
# A sum of money a fact's text gives: "24 billion usd".
_SUM = re.compile(r"\b\d[\d.]*(?: (?:thousand|million|billion|trillion))? usd\b")


def none_where_some(claim: str, fact_texts: tuple[str, ...]) -> bool:
    """Whether the claim denies every one of something ("China financed none of them") where a
    text of the fact says some of them are so ("only 11 of these"), or gives nothing of an
    amount ("invested nothing") where a text gives a sum: denying that most are so leaves the
    few that are."""
    return (bool(_NONE_OF.search(claim)) and any(_SOME_OF.search(t) for t in fact_texts)) or (
        bool(_NOTHING.search(claim)) and any(_SUM.search(t) for t in fact_texts))


# The larger part of a whole, or nearly all of it: "most of", "the bulk of", "nearly all of".
_MOST_OF = re.compile(r"\b(?:most|majority|bulk|(?:almost|nearly|virtually|practically) all) "
                      r"of\b")
# A text that holds a part to a few of the whole: "only 11 of these", "just 3 out of 40".
_ONLY_SOME_OF = re.compile(r"\b(?:only|just|merely) (?:\d+|one|two|three|four|five|six|seven|"
                           r"eight|nine|ten) (?:of|out of)\b")


def most_where_few(claim: str, fact_texts: tuple[str, ...]) -> bool:
    """Whether the claim gives the larger part of a whole ("most of the 91 projects", "nearly
    all of them") where a text of the fact holds it to a few ("only 11 of these")."""
    return bool(_MOST_OF.search(claim)) and any(_ONLY_SOME_OF.search(t) for t in fact_texts)


# A large count told loosely: "many troops", "lots of planes", "a huge number of soldiers"
# ("how many troops" asks, "as many troops as" compares).
_MANY = re.compile(r"(?<!\bhow )(?<!\bas )(?<!\bso )(?<!\btoo )(?<!\bthat )"
                   r"\b(?:many|lots of|a lot of|loads of|plenty of|tons of|a ton of|masses of|"
                   r"(?:a |an )?(?:huge|large|big|massive|great|enormous) (?:number|numbers) of)"
                   r" (?P<noun>[a-z]+)(?: (?P<after>[a-z]+))?\b")
# A count the source holds small: "just 3,200 soldiers", "only six planes", "a mere 11 jets".
_ONLY_COUNT = re.compile(r"\b(?:just|only|merely|mere) (?:[\d,.]+|one|two|three|four|five|six|"
                         r"seven|eight|nine|ten|eleven|twelve) (?P<noun>[a-z]+)\b")


def _counted_unit(noun: str) -> str:
    """The unit a noun counts ("soldiers" and "troops" both count troops), "" for none."""
    found = quantities(f"5 {noun}")
    return found[0].unit if found else ""


def many_where_few(claim: str, fact_texts: tuple[str, ...]) -> bool:
    """Whether the claim tells many of something ("China sent many troops") of which a text of
    the fact gives a count it holds small ("just 3,200 soldiers"): the source's "just" says
    there were few, whatever the number."""
    # The noun counted, or the one after an adjective ("many chinese troops"), as the unit it
    # counts ("soldiers" are troops) or, with none, as itself.
    many = {_counted_unit(noun) or noun for m in _MANY.finditer(claim)
            for noun in (m["noun"], m["after"] or "") if noun}
    return bool(many) and any((_counted_unit(m["noun"]) or m["noun"]) in many
                              for t in fact_texts for m in _ONLY_COUNT.finditer(t))


# A part of a whole a claim gives: "most of the projects", "the bulk of its gas", "mostly".
_PART_OF = re.compile(r"\b(?:most|majority|bulk|much|many|some|few|half|none|"
                      r"(?:almost|nearly|virtually|practically) all) of\b|\bmostly\b"
                      r"|\b\d+ (?:of|out of) (?:the |its |their )?\d+\b")


# "only" told of a figure, not of who or what: "only had 19 projects", "only 19".
_ONLY_FIGURE = re.compile(r"\bonly (?:[a-z]+ ){0,2}(?:like |about |around )?\d")


def only_of_figure(claim: str) -> bool:
    """Whether a claim's "only" tells that a figure is small ("the program only had 19
    projects"), not that one thing alone is so ("the only buyer")."""
    return bool(_ONLY_FIGURE.search(claim))


def gives_part(claim: str) -> bool:
    """Whether a claim tells how much of a whole is so ("most of the 91 projects")."""
    return bool(_PART_OF.search(claim))


def whole_counted(claim: str) -> str | None:
    """The count a claim gives the whole of ("all 91 projects": "91"), if any."""
    found = _ALL_COUNTED.search(_NEARLY_WHOLE.sub(" ", claim))
    return found.group().split()[-1] if found is not None else None


def counts_part_of(count: str, fact_texts: tuple[str, ...]) -> bool:
    """Whether a text of the fact states a part of the `count` a claim gives the whole of
    ("only 11 of the 91" against "all 91")."""
    return any(_PART.search(text) and count in text.split() for text in fact_texts)


@lru_cache(maxsize=4096)
def states_part(fact_texts: tuple[str, ...]) -> bool:
    """Whether a fact's texts say that a part of something is so ("only 11 of the 91",
    "more than three quarters of", "many ... stalled"): a claim that all of it is so is false."""
    return any(_PART.search(text) for text in fact_texts)


# "Supposed" said of a thing rather than followed by what is to be done.
_SUPPOSED_REPORT = re.compile(r"\bsupposed\b(?! to\b)")


# A plan or proposal turned down or taken up: "rejected his minister's reform plan".
_PLAN_DECIDED = re.compile(
    r"(?P<deed>\b(?:rejected|rejects|reject|rejecting|turned down|turns down|turn down|spurned|"
    r"dismissed|vetoed|nixed|shot down|approved|approves|adopted|adopts|accepted|endorsed)"
    r"(?: \S+){0,6}?) (?:plans?|proposals?)\b")


# A plan that was: "was going to buy a stake" tells what "was supposed to" does; so does "was
# set to buy" (a deal all but made).
_PLAN_THAT_WAS = re.compile(r"(?:(?<=\bwas )|(?<=\bwere ))(?:going to|gonna|set to)\b")
# A stake or a deal sought: "was going for 14%", "was after a stake", "was chasing a stake"
# tell what "sought" does.
_SOUGHT_THAT_WAS = re.compile(
    r"\b(?:was|were) (?:going for|after|chasing|eyeing)\b(?= (?:a |an |the )?(?:\S+ ){0,2}?"
    r"(?:stake|share|slice|piece|cut|deal|percent|pc)\b)")
# "Meant to": a plan where a text tells one ("is meant to carry 38 bcm" as "is supposed to"),
# a purpose otherwise ("the invitation was not meant to bolster an alliance").
_MEANT_TO = re.compile(r"\bmeant to\b")


def plans_worded(normalised: str) -> str:
    """A normalised text with a plan told as "was going to" told as "was supposed to"."""
    if " was " not in f" {normalised} " and " were " not in f" {normalised} ":
        return normalised
    return _SOUGHT_THAT_WAS.sub("sought", _PLAN_THAT_WAS.sub("supposed to", normalised))


def intent_differs(claim: str, stated: str, fact_texts: tuple[str, ...]) -> bool:
    """Whether the claim speaks of a plan, pledge or report where no text of the fact does, or
    the fact text it matched does and the claim does not."""
    claim, stated = plans_worded(claim), plans_worded(stated)
    fact_texts = tuple(map(plans_worded, fact_texts))
    if "meant" in claim and any(speaks_of_plan(text) or not _FUTURE.isdisjoint(text.split())
                                for text in (stated, *fact_texts)):
        # "is meant to carry" against "is supposed to carry": the same plan.
        claim = _MEANT_TO.sub("supposed to", claim)
    if "supposed" in claim:
        # "Xi's supposed respect" tells a report, as "supposedly" does; "supposed to" a plan.
        claim = _SUPPOSED_REPORT.sub("supposedly", claim)
    # "rejected his aide's plan": a deed done on a plan, which the claim tells as done.
    claim = _PLAN_DECIDED.sub(r"\g<deed>", claim)
    if speaks_of_plan(claim):
        if _REPORT_WORDS.intersection(claim.split()) and not _PLANNING.difference(
                _REPORT_WORDS).intersection(claim.split()) \
                and (any(_HEDGED.search(text) for text in fact_texts)
                     or not any(speaks_of_plan(text) for text in fact_texts)):
            # "Supposedly ..." tells a report where the source hedges too ("likely"): the
            # claim tells what the source tells, hedge for hedge. Where the source tells it
            # plainly, the report is what the source bears out.
            return False
        if ends_it(claim) and any(ends_it(text) for text in fact_texts):
            # "The plan got scrapped" tells what was not done, as "the deal was killed" does.
            return False
        # A fact told in the future ("will ship") is a plan as much as the claim's.
        return not any(speaks_of_plan(text) or not _FUTURE.isdisjoint(text.split())
                       for text in fact_texts)
    if tells_done_for_due(claim, stated):
        # "Already pumping 38 bcm a year" against "will send 38 bcm a year": a deed done
        # against one to come.
        return True
    meant = any(not _DECIDING.isdisjoint(clause.split())
                for clause in clauses_about(claim, stated))
    # "Decided to buy" against "decided to buy": one decision, told alike.
    return meant and "decided" not in claim.split()


# A deed told as meant: planned, wanted, or only decided on ("decided to buy the servers").
_DECIDING = _INTENT | frozenset({"decided"})


def ends_it(normalised: str) -> bool:
    """Whether a text tells that something was ended or not done by the meaning of its words
    ("scrapped", "blocked the deal", "fell through"), not by a plain "not"."""
    return negations(normalised) != negations(normalised, lexical=False)


# Where a text's clauses part: "X ordered 11 and Y considered buying 114".
_CLAUSE_BREAK = re.compile(r"\b(?:and|but|while|whereas)\b|[,;]")


def clauses_about(claim: str, stated: str) -> list[str]:
    """The clauses of a normalised fact text that speak of what the claim does: those that
    name an actor the claim names, or none at all. A claim on Indonesia's order is not about
    the clause on India's plans; a claim that names no actor is about every clause."""
    named = entities(claim)
    if not named:
        return [stated]
    clauses = _CLAUSE_BREAK.split(stated)
    return [c for c in clauses if not (actors := entities(c)) or actors & named]



_PLANNING = _INTENT | _PLAN_NOUNS
_FUTURE = frozenset("will projected expected due".split())


# A plan told as it stood then: "CEFC was gonna buy 14%", "they were going to sign".
_PAST_PLAN = re.compile(r"\b(?:was|were) (?:gonna|going to|about to|supposed to|set to) [a-z]")


def speaks_of_plan(text: str) -> bool:
    """Whether a normalised text speaks of a plan, pledge or report ("planned", "a pledge",
    "was gonna buy")."""
    return not _PLANNING.isdisjoint(text.split()) or _PAST_PLAN.search(text) is not None


# Words that tell a deed only held out to someone: "dangled returning the islands", "floated
# a handover", "held out the possibility of giving them back".
# (A word's opening tells it through chat's spellings: "dangld", "floatd".)
_OFFERED = re.compile(r"\b(?:dangl\w*|float\w*|teas(?:e|es|ed|d|ing|in)|offer\w*|"
                      r"(?:held|holds|hold|holding) out)\b")


def tells_offer(normalised: str) -> bool:
    """Whether a normalised text tells a deed only held out ("Putin dangled returning two
    islands"), not done."""
    return _OFFERED.search(normalised) is not None


# Words that tell what is yet to be done ("will", "gonna", "projected"): a claim with them
# tells no deed done.
_TO_COME = _FUTURE | frozenset("would gonna going shall projection forecast forecasts meant slated "
                               "scheduled forecasted planning aims aim set".split())


# Words that tell a deed only weighed: "looked at buying", "thinking about ordering",
# "eyeing", "in talks", "interested in".
_WEIGHED = re.compile(r"\b(?:(?:look|looks|looked|looking|lookin|thought|thinking|think|thinks)"
                      r" (?:at|about|into|of)(?: \S+)? [a-z]+ing|eye|eyes|eyed|eyeing|mulls?|"
                      r"mulled|mulling|weighs?|weighed|weighing|in talks|negotiat\w*|"
                      r"interested in|keen on)\b")


def wished_in_the_past(claim: str) -> bool:
    """Whether a normalised claim tells a plan only as what a side wished for in the past
    ("the Kremlin wanted Huawei servers", "91 projects promised"), with no plan still ahead or
    only thought about ("planning to", "considered"), nothing told as already done, and no
    plan noun."""
    words = set(claim.split())
    return bool(words & _PAST_WISHES) and not words & (_INTENT - _PAST_WISHES) \
        and not words & _PLAN_NOUNS and "already" not in words


def tells_done_for_due(claim: str, stated: str) -> bool:
    """Whether a normalised claim tells as already done ("already pumping 38 bcm a year") what
    the fact text tells is still to come ("will send 38 bcm a year", "is projected to")."""
    words = claim.split()
    return "already" in words and _FUTURE.isdisjoint(words) \
        and not _FUTURE.isdisjoint(stated.split())


# Words of a source that tell a deed only weighed or reported, not planned for a time to come:
# "India has reportedly considered buying 114".
_ONLY_WEIGHED = frozenset("""
    considered considering mulled eyed weighed reportedly allegedly supposedly rumored rumoured
    """.split())


def tells_deed_for_plan(claim: str, stated: str) -> bool:
    """Whether a normalised claim tells as done or under way ("India bought 114 jets", "India
    is buying them") what the fact text, in the clauses about the claim's actors, tells as only
    weighed or reported ("India reportedly considered buying 114"); not a claim of a plan, a
    report or what is to come ("India may buy", "is looking at buying")."""
    words = claim.split()
    if speaks_of_plan(claim) or not _TO_COME.isdisjoint(words) \
            or _KEEPS_HEDGE.search(claim) is not None or _WEIGHED.search(claim) is not None:
        return False
    return any(not _ONLY_WEIGHED.isdisjoint(told := clause.split()) and _TO_COME.isdisjoint(told)
               for clause in clauses_about(claim, stated))


# Words before an owner that make what it owns the venue of an event: "at Russia's youth
# forum", "during China's parade" ("in Kazakhstan's capital" is the place itself).
_VENUE_MARKERS = frozenset("at during".split())


def _owns_the_place(words: list[str], mention: Mention) -> bool:
    """Whether a mention owns the venue where the thing happens ("at Russia's youth forum"),
    which gives it no role in the deed."""
    at = mention.position
    return is_owner(words[at], mention.actor) and at > 0 and words[at - 1] in _VENUE_MARKERS


def substituted(claim: str, fact: str) -> bool:
    """Whether the claim gives a role the fact text gives one actor to another actor that the
    fact text never names, while not naming that one itself."""
    return bool(substitutes(claim, fact))


def substitutes(claim: str, fact: str) -> frozenset[str]:
    """The actors the claim puts in a role the fact text gives another actor, where the fact
    text never names them and the claim does not name that other one."""
    claim_mentions, fact_mentions = mentions(claim), mentions(fact)
    if not claim_mentions or not fact_mentions:
        return frozenset()
    # An actor the claim names only as an owner ("at Russia's forum") has no role there to
    # keep: the claim may still put another in the role the fact gives it.
    claim_words = words_of(claim)
    claim_actors = {m.actor for m in claim_mentions if not _owns_the_place(claim_words, m)}
    # An actor the fact text names without a role read ("Chinese- and Kazakh-led projects")
    # is still named there.
    fact_actors = {m.actor for m in fact_mentions} | entities(fact)
    found = set()
    for m in claim_mentions:
        others = {f.actor for f in fact_mentions if f.role is m.role} - {m.actor}
        if m.role is not Role.OTHER and others and m.actor not in fact_actors \
                and not others & claim_actors:
            found.add(m.actor)
    return frozenset(found)


# Given names, each with the surname the person is known by ("Xi Jinping" is Xi).
_SURNAME_OF = {"jinping": "xi", "zedong": "mao", "enlai": "zhou", "xiaoping": "deng",
               "jintao": "hu", "dmitry": "medvedev", "vladimir": "putin"}


def _people(text: str) -> dict[str, str]:
    """The people a normalised text names (leaders and statesmen, "Putin's" too), each by
    surname with the country they speak for."""
    found: dict[str, str] = {}
    for word in text.split():
        name = word if word in PEOPLE or word in STATESMEN_OF or not word.endswith("s") \
            else word[:-1]
        country = STATESMEN_OF.get(name) or (ENTITY_OF.get(name) if name in PEOPLE else None)
        if country is not None:
            found[_SURNAME_OF.get(name, name)] = country
    return found


def person_substituted(claim: str, fact_texts: tuple[str, ...]) -> bool:
    """Whether the claim names a person no text of the fact names, where those texts name
    another person of the same country and the claim names none of theirs of that country:
    "Medvedev signed the law" against "Putin signed the law" (both Russia's, so the actors
    alone agree); not "it was Medvedev, not Putin, who signed it", which names Putin too, nor
    another pair of leaders of two countries, none of them the fact's."""
    mine = _people(claim)
    theirs: dict[str, str] = {}
    for text in fact_texts:
        theirs.update(_people(text))
    kept = {country for name, country in mine.items() if name in theirs}
    if not kept and len(set(mine.values())) > 1:
        # "Hu Jintao and Medvedev met" against "Putin and Xi met": another pair, another
        # relationship, which the fact does not tell of.
        return False
    return any(country == other and name not in theirs and country not in kept
               for name, country in mine.items() for other in theirs.values())


# Words that frame a claim rather than make it: who said it, where, and how sure.
_FRAMING = frozenset("""
    prof professor teacher uncle aunt dad mom mum friend roommate coworker colleague guy
    somebody everyone reddit twitter tweet thread comment comments post article video tiktok
    youtube channel server chat replies reply lecture mentioned mention keeps keep saying
    claimed claiming reckons told posted wrote read reading saw seen apparently supposedly
    reportedly correct wrong fake real thoughts believe sure pretty convinced honestly
    even still whole way lot much only just twice double half
    right thing stuff mess saga episode
    caption photo pic picture image piece author subtitle headline per
    found interesting interested surprised surprising
    """.split())


@lru_cache(maxsize=4096)
def _terms_used(texts: tuple[str, ...]) -> frozenset[str]:
    return frozenset(actor_of(w) or term_of(w) for text in texts for w in content_words(text))


# Words that tell when or where an event was held ("took place in March") and where an
# article tells of it ("the article opens with"): nothing more said of the event.
_OCCURRED = re.compile(r"\b(?:took|take|takes|taking) place\b"
                       r"|\b(?:article|piece|author|it) (?:opens|starts|begins) with\b")


# Amounts told without a number ("a bunch more", "a handful"): a figure, however vague; so
# are the words that play an amount down ("hardly ever met", "barely moved").
_VAGUE_AMOUNTS = frozenset("bunch handful couple lots loads tons heaps hardly barely scarcely "
                           "ever".split())
# Words that sum the things a figure is told of ("the US and Europe put together").
_SUMMING = frozenset("together combined".split())


def unexplained(claim: str, fact_texts: tuple[str, ...]) -> list[str]:
    """The claim's content words (framing and numbers aside) that no text of the fact uses:
    what the claim says beyond the fact. The words of its figures ("third", "less than") are
    the figures themselves, not more said. An abbreviation is one word, told where a word it
    stands for is ("pos" where the texts name the "power of siberia")."""
    known = _terms_used(fact_texts)
    claim = _OCCURRED.sub(" ", claim)
    return [w for w in content_words(claim)
            if w not in _FRAMING and w not in FIGURE_WORDS and w not in _VAGUE_AMOUNTS
            and w not in _SUMMING
            and not any(c.isdigit() for c in w)
            and (actor_of(w) or term_of(w)) not in known
            and COUNTRY_CODES.get(w) not in known
            and known.isdisjoint(map(term_of, ABBREVIATIONS.get(w, ())))]


# A post given to someone (in normalised text): "Sun, a deputy chief of the General Staff",
# "he was the commander of the navy", "as minister of finance"; not "any other head of state".
_POST = re.compile(r"(?:\b(?:was|is|were|are|as|became|become|becomes) "
                   r"(?:(?:a|an|the|its|their|his|her) )?|\b(?:a|an|the) )"
                   r"(?P<post>(?:(?:deputy|vice|assistant|acting|first|top) )?"
                   r"(?:chief|commander|head|director|minister|secretary|chairman|chair|"
                   r"president|premier|ambassador|governor|leader|commissar))"
                   r"(?: in chief)? of\b")


# A minister's portfolio, told before or after the word: "the finance minister", "his minister
# of finance", "the prime minister".
_OFFICES = r"(?:prime|finance|foreign|defen[cs]e|economy|interior|trade|energy)"
_PORTFOLIO = re.compile(rf"\b(?P<before>{_OFFICES}) ministers?\b"
                        rf"|\bministers? (?:of|for) (?:the )?(?P<after>{_OFFICES})\b")
# "Minister of defense" and "defence minister" hold one office.
_OFFICE_OF = {"defense": "defence"}


def _posts(text: str) -> set[str]:
    posts = {m["post"] for m in _POST.finditer(text)}
    offices = {f"{_OFFICE_OF.get(o, o)} minister"
               for m in _PORTFOLIO.finditer(text) if (o := m["before"] or m["after"])}
    return (posts - {"minister"}) | offices if offices else posts


# Who founded a body: "founded by Moscow and Beijing", "set up by russia n china",
# "Moscow and Beijing founded it".
_FOUNDING = "(?:co ?)?(?:founded|started|set up|created|established|formed)"
_FOUNDED_BY = re.compile(
    rf"\b{_FOUNDING} (?:\S+ )?by (?P<who>(?:\S+ ){{0,4}}?\S+)(?= (?:so|but|and then|then|"
    r"with|to|for|in|as|which|who|because|while|that)\b|$)")
_FOUNDERS_FOUNDED = re.compile(rf"(?P<who>(?:\S+ ){{1,4}}?){_FOUNDING}\b")


def _founders(normalised: str) -> frozenset[str]:
    """The actors a normalised text tells founded something ("the SCO was founded by Russia
    and India": Russia and India), when it tells two or more."""
    for pattern in (_FOUNDED_BY, _FOUNDERS_FOUNDED):
        for found in pattern.finditer(normalised):
            named = entities(found.group("who"))
            if len(named) >= 2:
                return named
    return frozenset()


def founders_differ(claim: str, fact_texts: tuple[str, ...]) -> bool:
    """Whether a normalised claim tells other founders of a body than the fact's texts do
    ("founded by Russia and India" against "founded by Moscow and Beijing")."""
    told = _founders(claim)
    if not told:
        return False
    return any(said and said != told for said in map(_founders, fact_texts))


def post_differs(claim: str, fact_texts: tuple[str, ...]) -> bool:
    """Whether the claim gives someone a post ("the commander of the navy") where the fact's
    texts give posts and none of them that one ("a deputy chief of the General Staff")."""
    claimed = _posts(claim)
    if not claimed:
        return False
    given = set().union(*(_posts(text) for text in fact_texts))
    return bool(given) and claimed.isdisjoint(given)


# When one thing happened against another, told as the same time or as a later one: "the
# same year BRI launched", "a year after the launch", "the following month".
_SAME_TIME = re.compile(r"\b(?:the|that) same (?P<unit>year|month|week|day)\b")
_LATER_TIME = re.compile(r"\b(?:(?:a|one|two|three|\d+) (?P<unit>year|month|week|day)s? "
                         r"(?:later|after)|the (?:next|following) (?P<next>year|month|week|day))\b")


def _times(text: str) -> tuple[set[str], set[str]]:
    same = {m["unit"] for m in _SAME_TIME.finditer(text)}
    later = {m["unit"] or m["next"] for m in _LATER_TIME.finditer(text)}
    return same, later


def timing_differs(claim: str, fact_texts: tuple[str, ...]) -> bool:
    """Whether the claim tells at the same time what the fact's texts tell later, or the other
    way round: "the same year BRI launched" against "a year after BRI's launch"."""
    same, later = _times(claim)
    if not same and not later:
        return False
    told = [_times(text) for text in fact_texts]
    fact_same = set().union(*(s for s, _ in told))
    fact_later = set().union(*(lt for _, lt in told))
    return bool(same & fact_later and not same & fact_same) \
        or bool(later & fact_same and not later & fact_later)


# How long something went on, told by its unit alone: "lasted for months", "went on for a
# few weeks", "dragged on for years" (a count with the unit is a figure, read as one).
_SPAN = re.compile(
    r"\b(?:lasted|last|lasts|lasting|went on|go on|goes on|going on|dragged on|drag on|"
    r"raged|continued|ran|run|runs) (?:(?:for|over) )?(?:(?:a few|a couple of|several|many|just|"
    r"only|mere|some) )?(?P<unit>days|weeks|months|years|decades)\b")


def span_differs(claim: str, fact_texts: tuple[str, ...]) -> bool:
    """Whether the claim tells something went on for other units of time than the fact's
    texts do, none of them telling the claim's: "lasted weeks" against "lasted for months"."""
    told = {m["unit"] for m in _SPAN.finditer(claim)}
    if not told:
        return False
    given = {m["unit"] for text in fact_texts for m in _SPAN.finditer(text)}
    return bool(given) and told.isdisjoint(given)


# A deed told as done over and over, long before now: "every year since the 1990s", "for
# decades", "regularly".
_REPEATED = re.compile(
    r"\b(?:(?:every|each) (?:single )?(?:year|summer|autumn|fall|winter|spring)|annually|yearly|"
    r"regularly|routinely|repeatedly|time and again|again and again) (?:since|for|ever since)\b"
    r"|\b(?:for|over) (?:many |several |the past |the last )?(?:years|decades)\b(?! (?:later|"
    r"after|before|ago))")
_FIRST = re.compile(r"\bfirst\b")


def repeated_where_first(claim: str, fact_texts: tuple[str, ...]) -> bool:
    """Whether the claim tells as done over and over for years ("have held joint drills every
    year since the 1990s") what a text of the fact calls the first ("the first joint land
    exercise")."""
    return bool(_REPEATED.search(claim)) and not _FIRST.search(claim) \
        and any(_FIRST.search(t) for t in fact_texts)


# A claim that names no more actors than this, and shares only their names with its fact,
# speaks of them, not of what the fact tells of them.
NAMES_ONLY_ACTORS = 2


def _a_name(word: str) -> bool:
    """Whether a word names an actor, a place or a body ("sco"), not what is said of them."""
    return actor_of(word) is not None or word in ENTITY_OF or word.removesuffix("s") in ENTITY_OF \
        or len(ABBREVIATIONS.get(word, ())) > 1


def names_only(claim: str, fact_texts: tuple[str, ...]) -> bool:
    """Whether a claim shares with its fact only the names of one or two actors, and says of
    them what no text of the fact does: "the SCO's offices are in Beijing" against "China
    invited India into the SCO" is about the body and the country, not about the invitation."""
    known = _terms_used(fact_texts)
    words = [w for w in content_words(claim)
             if w not in _FRAMING and w not in FIGURE_WORDS and not any(c.isdigit() for c in w)]
    shared = [w for w in words if (actor_of(w) or term_of(w)) in known]
    beyond = [w for w in words if (actor_of(w) or term_of(w)) not in known]
    named = {actor_of(w) or term_of(w) for w in shared}
    return bool(beyond) and bool(shared) and all(_a_name(w) for w in shared) \
        and len(named) <= NAMES_ONLY_ACTORS


# Words that draw a conclusion from what a claim states: "selling China the S-400 proves
# they're allies" claims the conclusion, which the sale alone does not make true.
_INFERENCE = re.compile(r"\b(?:proves?|proved|proving|evidence that|(?<!no )proof (?:of|that)|"
                        # "it is confirmed that ..." vouches, "is it confirmed that" asks.
                        r"(?<!\bit is )(?<!\bis it )(?<!\bits )(?<!\bit was )(?<!\bwas it )"
                        r"(?<!\bbeen )(?<!\bbe )"
                        r"(?:shows?|showed|shown|means|meaning|confirms?|confirmed) "
                        r"(?:that|they|theyre|the two|both)|"
                        # "does their voting mean they're allies?" asks for the conclusion.
                        r"\b(?:does|doesnt|did|didnt) (?:\S+ ){0,16}?mean "
                        r"(?:that|they|theyre|the two|both)|"
                        r"so (?:they|theyre) (?:are |re )?(?:basically |now |like )*"
                        r"(?:allies|allied|friends|partners|besties|teaming)|"
                        # "..., so an alliance is a done deal", "so it must be", "which means"
                        # ("not so much to bolster an alliance" draws none)
                        r"(?<=\S )(?<!\bnot )(?:so|therefore|thus|hence) "
                        r"(?:(?:yeah|basically|clearly|obviously|surely|now) )*"
                        r"(?:(?:an?|the|their|this|that|it|they|theyre) )?"
                        r"(?:(?:\S+ ){0,3}(?:alliance|allies|ally|allied|needs?|trusts?|"
                        r"back(?:s|ed)?|supports?|supported|sided|sides|siding|sided with|"
                        r"sides? with|st(?:oo|an)ds? (?:by|with))"
                        r"|must|has to|have to|"
                        r"is bound|are bound)|"
                        r"(?:which|that|this) means|"
                        # "..., so China clearly gets special treatment": told as plain.
                        r"(?<=\S )(?:so|therefore|thus|hence) (?:\S+ ){1,3}?"
                        r"(?:clearly|obviously|surely|definitely)|"
                        # "..., so it can easily afford ...", "so Russia has become ...".
                        r"(?<=\S )so (?:\S+ ){1,2}?(?:can|could|has become|have become|is now|"
                        r"are now)|"
                        # "so they're effectively a united bloc", "so the two economies depend
                        # on each other", "alliance confirmed", "so close that an alliance..."
                        r"(?<=\S )so (?:they|theyre|they are|the two|both)\b(?: \S+){0,4}? "
                        r"(?:allies|allied|alliance|bloc|united|aligned|axis|depend|dependent|"
                        r"inseparable|same page|in sync|in lockstep|a team|teammates|"
                        r"joined at the hip)|"
                        r"\b(?:alliance|axis|bloc) (?:is )?(?:confirmed|official)|"
                        # "an alliance is basically inevitable", "turned them into allies"
                        r"\b(?:alliance|axis|bloc)(?: \S+){0,4}? (?:inevitable|"
                        r"a done deal|a sure thing|guaranteed|certain)|"
                        r"\b(?:turned|turns|turning|made|makes|making) (?:\S+ ){0,4}?into "
                        r"(?:an? )?(?:\S+ )?(?:alliance|allies|bloc|axis)|"
                        r"\bso close that\b(?: \S+){0,4}? (?:alliance|allies|inevitable))\b")


def infers_beyond(claim: str, fact_texts: tuple[str, ...]) -> bool:
    """Whether the claim draws a conclusion ("proves", "shows", "so they're") where no text of
    the fact does."""
    return any(not doubts(claim, m.start()) and not drawn_by_others(claim, m.start())
               for m in _INFERENCE.finditer(claim)) \
        and not any(_INFERENCE.search(t) for t in fact_texts)


_COPULAS = frozenset("is are was were isnt arent wasnt werent be been being".split())
# "hundreds of Soviet soldiers": the actor after "of" is those counted, acted on.
_COUNTED = re.compile(r"\b(?:\d+|dozens|scores|hundreds|thousands|millions) of\b")


def directs_beyond(claim: str, fact_texts: tuple[str, ...]) -> bool:
    """Whether the claim tells one actor's deed to a counted many of another's ("Chinese
    troops killed hundreds of Soviet soldiers") where no text of the fact gives either of them
    a role: the fact tells the toll, not who took it from whom. A claim that tells what one
    is to the other ("is", "was") tells no deed."""
    found = mentions(claim)
    if not found or not any(m.role is Role.SUBJECT for m in found) \
            or not any(m.role is Role.OF for m in found) or not _COUNTED.search(claim) \
            or not _COPULAS.isdisjoint(claim.split()):
        return False
    actors = {m.actor for m in found}
    # A text that tells the actors' relation as mutual ("fighting between China and the
    # Soviets") gives neither a role.
    return not any(m.actor in actors for text in fact_texts for m in mentions(text) or ())


# One side presenting a thing as something: "Moscow touts the pipeline as a step toward
# interdependence", "Moscow has celebrated its gas deliveries as a big step".
_FRAMING_VERBS = (r"(?:celebrat(?:e|es|ed|ing)|touts?|touted|touting|hails?|hailed|hailing|"
                  r"presents?|presented|presenting|sells?|sold|selling|bills?|billed|billing|"
                  r"pitch(?:es|ed|ing)?|market(?:s|ed|ing)?|spins?|spun|spinning|extoll?(?:s|ed|ing)?|"
                  r"paints?|painted|painting|frames?|framed|framing)")


def _framing(text: str, gap: int) -> re.Match[str] | None:
    return re.search(rf"\b(?P<who>\w+(?: \w+){{0,2}}) (?:(?:has|have|had|keeps|kept|is|are|was|"
                     r"were) )?"
                     rf"{_FRAMING_VERBS} (?:\S+ ){{1,{gap}}}?as\b", text)


def framed_by(claim: str, quote: str) -> bool:
    """Whether the claim tells one side presenting a thing as something ("Moscow touts the
    pipeline as a step toward interdependence") where the source's quote tells that same side
    doing so: the claim then tells what that side makes of it, not that it is so."""
    ours, theirs = _framing(claim, 8), _framing(quote, 20)
    if ours is None or theirs is None:
        return False
    who = _presenter(ours.group("who"))
    return who is not None and who == _presenter(theirs.group("who"))


def _presenter(words: str) -> str | None:
    """The side the words before a verb of presenting name: "the Japanese government"."""
    return next((a for a in map(actor_of, reversed(words.split())) if a is not None), None)


# A fact that tells a likeness ("trade resembles colonial trade"), not an identity.
_LIKENESS = re.compile(r"\b(?:resembl\w*|correspond\w* (?:\S+ ){0,2}?to|akin to|analogous|"
                       r"reminiscent of|mirrors?|parallels?)\b")
# A claim that insists what it says is so to the letter ("has literally become a colony").
_LITERALLY = re.compile(r"\b(?:literally|to the letter|in the literal sense|not figuratively)\b")
# A claim that keeps the likeness a likeness: "basically a colony", "colony-like".
_AS_LIKENESS = re.compile(r"\b(?:like|likes|resembl\w*|correspond\w*|akin|analogous|basically|"
                          r"kind of|sort of|style|practically|virtually|as good as|compar\w*|"
                          r"similar\w*|metaphor\w*|figurative\w*|not literally)\b")


def told_literally(claim: str, fact_claim: str) -> bool:
    """Whether the claim tells as so to the letter ("Russia has literally become China's
    colony") what the fact tells only as a likeness ("trade resembles colonial trade"): a
    half-truth, the likeness made an identity."""
    return _LIKENESS.search(fact_claim) is not None and _LITERALLY.search(claim) is not None \
        and _AS_LIKENESS.search(_LITERALLY.sub(" ", claim)) is None


def premise_only(claim: str, stated: str) -> bool:
    """Whether the fact text draws a conclusion ("do the expanding ties prove they are
    close?") and the claim draws none: the claim states at most the premise, which the
    fact's verdict on the conclusion does not judge."""
    return bool(_INFERENCE.search(stated) or _SO_THAT.search(stated)) \
        and not (_INFERENCE.search(claim) or _SO_THAT.search(claim))


# "so tight (that) their countries are bound to team up": a consequence drawn from a degree.
_SO_THAT = re.compile(r"\bso [a-z]+ (?:that )?(?:\S+ ){1,4}?(?:bound|going|certain|sure|set) to\b")


# Verbs that put a view forward, as "says" does: "contends", "maintains", "points out".
_PUTS_FORWARD = (r"contends|contended|maintains|maintained|notes that|noted that|observes|"
                 r"observed|points out|pointed out|submits|submitted|asserts|asserted|concludes|"
                 r"concluded|insists|insisted")
# "Boulègue of Chatham House says ...", "Klyamkin argued ...": a claim about what someone said.
_ATTRIBUTED = re.compile(
    r"\b(?P<name>[^\W\d_][\w-]{3,})(?: of (?:\w+ ){0,3}?\w+)? (?:says|said|argued|argues|claims|"
    rf"claimed|thinks|believes|wrote|writes|reckons|told|{_PUTS_FORWARD})\b")


# "the Chatham House guy thinks ...": a claim about what someone of a named place said.
_ATTRIBUTED_BY_PLACE = re.compile(
    r"\b(?P<name>[^\W\d_][\w-]{3,})(?: \w+)? (?:guy|analyst|expert|scholar|researcher|fellow|"
    r"dude|person|people|folks) (?:says|said|argued|argues|claims|claimed|thinks|believes|"
    rf"wrote|writes|reckons|told|{_PUTS_FORWARD})\b")


# "Boulègue's point: ...", "the Boulègue take ...", "according to Boulègue, ...": the view told
# as someone's, its name with or without the possessive "s" normalising leaves on it.
_VIEW_OF = re.compile(
    r"^(?:\S+ ){0,3}?(?:the )?(?P<name>[^\W\d_][\w-]{3,}?)s? (?:point|take|argument|view|thesis|"
    r"theory)\b|\b(?:according to|per) (?P<named>[^\W\d_][\w-]{3,})\b")


def attributed_to(claim: str) -> str | None:
    """The name a claim attributes its statement to ("boulegue" in "Boulègue of Chatham House
    says China was invited ..."), if any; names of countries and leaders and common words
    are no one's name here."""
    view = _VIEW_OF.search(claim)
    if view is not None:
        (name,) = names_in(view.group("name") or view.group("named")) or {""}
        if name and name not in STOP_WORDS and name not in _FRAMING and not actor_of(name):
            return name
    match = _ATTRIBUTED_BY_PLACE.search(claim) or _ATTRIBUTED.search(claim)
    if match is None:
        return None
    (name,) = names_in(match.group("name")) or {""}
    return None if not name or name in STOP_WORDS or name in _FRAMING or actor_of(name) else name


def names_in(text: str) -> set[str]:
    """The words of a normalised text with their accents dropped ("boulègue" is "boulegue"),
    to find a name however it was typed."""
    plain = unicodedata.normalize("NFKD", text)
    return set("".join(c for c in plain if not unicodedata.combining(c)).split())


# A claim sure of what the source only thinks likely says more than the source does.
_CERTAIN = re.compile(rf"\b(?:{any_of(VOUCHING_WORDS, VOUCHING_SAYINGS, VOUCHING_CHAT)}|"
                      r"proven|proved|proof|confirmed|for a fact|100 percent|clearly|obviously|"
                      r"will never|would never|never going to|never gonna|wont ever|"
                      r"will not ever|no chance|zero chance|simply wont|simply will not|"
                      rf"{SURE_OF_IT}|absolutely certain|totally certain|"
                      # "That's what the article establishes", "it's settled".
                      r"(?:article|author|piece|source|evidence|data) (?:\S+ )?"
                      r"(?:establishes|established|settles|settled)|"
                      r"(?:its|it is|thats|that is|it was) (?:all )?settled|"
                      # "... period", "..., the author's certain of it": vouched for.
                      rf"{CERTAIN_OF}$|(?:{any_of(VOUCHING_CLOSES, VOUCHING_TAGS)})$)\b")
_HEDGED = re.compile(rf"\b(?:{any_of(HEDGING_WORDS, SEEMING_WORDS)}|likely|likelihood|"
                     r"rumor|rumour|may|might|could|seems|seemed|apocryphal|"
                     # a figure only projected or expected is a forecast, not a fact
                     r"projected|expected|forecast)\b")


# A source's hedge and the word it hedges: "Beijing likely resented", "India has reportedly
# considered", "inspired, if not engineered"; or the deed a "likelihood of" hedges ("the
# likelihood of Chinese espionage").
_HEDGE_ON = re.compile(rf"\b(?:(?P<hedge>{any_of(HEDGING_WORDS)}|likely|alleged)\s+"
                       r"(?P<word>[a-z]{4,})|"
                       r"likelihood of (?:[a-z]+ )?(?P<deed>[a-z]{4,})|"
                       # "U.S.-inspired, if not U.S.-engineered": the stronger word is hedged.
                       r"if not (?:[a-z]+ )?(?P<stronger>[a-z]{4,}))\b")
# A claim's own hedge keeps the source's, as do fears and suspicions ("fearing espionage").
_KEEPS_HEDGE = re.compile(rf"\b(?:{any_of(HEDGING_WORDS)}|likely|likelihood|alleged|may|might|"
                          r"could|would|seems|seemed|rumou?red|if|fears?|feared|fearing|afraid|"
                          r"scared|worried|alarm|alarms|alarmed|concerned|concerns?|suspected|"
                          r"suspicions?|thought|think|thinks|believe|believes|believed|blame|blames|blamed|"
                          r"perceive|perceives|perceived|spooked|paranoid|nervous|wary|dread|"
                          r"dreads|dreaded|terrified|anxious|"
                          # "freaked out about Chinese spying", "panicked over it".
                          r"freak|freaks|freaked|freaking|panic|panics|panicked|panicking|"
                          r"jittery|uneasy|suspicious|distrust|distrusted|mistrust|mistrusted|"
                          # "see the revolts as US-engineered": how someone sees it.
                          r"(?:see|sees|saw|seen|seeing|view|views|viewed|viewing|regard|regards|"
                          r"regarded|regarding) (?:\S+ ){1,6}?as)\b")
_NOT_HEDGED_WORDS = frozenset("that this than have been will would stem stems".split())


# Words of a source that tell only that it was reported ("India has reportedly considered"):
# a claim told as heard ("apparently", "I heard", "someone said") keeps them.
_REPORTING = frozenset("reportedly allegedly supposedly alleged".split())
_TOLD_AS_HEARD = re.compile(r"\b(?:apparently|i (?:heard|read)|(?:someone|somebody|they) "
                            r"(?:said|says|say)|word is|rumou?r has it)\b")


# Words of one feeling, any of which tells what the source's hedged word tells: "Beijing was
# bothered by the offer" states the resentment a source only calls likely.
_FEELING_FAMILIES = tuple(frozenset(term_of(w) for w in words.split()) for words in (
    "resent resented resents resentful resentment bothered annoyed irked irritated upset "
    "angered angry displeased miffed livid furious peeved aggrieved riled mad pissed sore "
    "outraged incensed vexed minded",
))


def _said_alike(word: str, said: set[str]) -> bool:
    """Whether the terms a claim says hold the word's term or another of its feeling's."""
    term = term_of(word)
    return term in said or any(term in family and not family.isdisjoint(said)
                               for family in _FEELING_FAMILIES)


def asserts_hedged(claim: str, source: str) -> bool:
    """Whether the claim states plainly what the source only hedges ("Beijing resented the
    offer" against "a gesture that Beijing likely resented"): the hedged word, in the claim
    without a hedge of its own. A deed the source calls likely ("the likelihood of
    espionage") is stated only by another word of its family ("Huawei was spying"): the
    source's own noun names the worry ("blocked over Chinese espionage")."""
    if _KEEPS_HEDGE.search(claim):
        return False
    words = claim.split()
    said = {term_of(w) for w in words}
    hedges = list(_HEDGE_ON.finditer(source))
    if _TOLD_AS_HEARD.search(claim) and all(m.group("hedge") in _REPORTING for m in hedges):
        # "apparently India considered buying" against "India has reportedly considered
        # buying": told as heard, as the source tells it only as reported. A source that
        # also calls something likely still hedges more than hearsay does.
        return False
    for m in hedges:
        word, deed = m.group("word") or m.group("stronger"), m.group("deed")
        if word is not None and word not in _NOT_HEDGED_WORDS and _said_alike(word, said):
            return True
        if deed is not None and any(term_of(w) == term_of(deed) and w != deed for w in words):
            return True
    return False


# "A stake in the port", "a share of the firm": what follows is the firm whose part is
# bought or held; who holds it is named before.
_STAKE_IN = re.compile(r"\b(?:stake|stakes|share|shares|holding|holdings) (?:in|of)\b")
_STAKE_REACH = 4


def _stake_sides(normalised: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]] | None:
    """The words before a text's "stake in", the few right after it and all after it (actors
    and function words left out), or None when it tells of no stake."""
    found = _STAKE_IN.search(normalised)
    if found is None:
        return None
    after = normalised[found.end():].split()
    return (_named(normalised[:found.start()].split()), _named(after[:_STAKE_REACH]),
            _named(after))


def _named(words: list[str]) -> frozenset[str]:
    return frozenset(w for w in content_words(" ".join(words)) if actor_of(w) is None)


def stake_holder_swapped(claim: str, text: str) -> bool:
    """Whether a normalised claim gives the firm a text names as the buyer of a stake as the
    one a stake is bought in, and the firm bought into as the buyer ("Rosneft sought a stake
    in CEFC" against "CEFC's plan to buy a stake in ... Rosneft")."""
    mine, theirs = _stake_sides(claim), _stake_sides(text)
    if mine is None or theirs is None:
        return False
    (my_buyer, my_target, _), (their_buyer, _, their_after) = mine, theirs
    return bool(my_target & (their_buyer - their_after)) \
        and bool(my_buyer & (their_after - their_buyer))


# A claim that foretells: "it will", "it'll", "is going to", "is about to", "any day now".
# "Was gonna buy", "were going to sign" tell a plan as it stood then, no forecast.
_FORETOLD = re.compile(r"\b(?:will|wont|(?:it|they|he|she|that)ll|"
                       r"(?<!\bwas )(?<!\bwere )gonna|about to|set to|any day now|"
                       r"(?!was\b|were\b)(?:is|are|re|\w+s) going to|"
                       # A question's: "is Russia going to hand them back?"
                       r"^(?:\S+ )?(?:is|are) (?:\S+ ){1,3}?(?:going to|gonna))\b")


def foretells(claim: str) -> bool:
    """Whether a normalised claim foretells: "it will", "is going to", "is set to"."""
    return bool(_FORETOLD.search(claim))


# A source doubting a thing, not denying it: "may not be enough", "might not happen".
_DOUBTED = re.compile(r"\b(?:may|might) not\b")


# A source telling a thing only as possible: "might be the most promising portent".
# So does "held out the possibility of giving back two islands".
_POSSIBLE = re.compile(r"\b(?:may|might|possibility)\b")


def tells_as_possible(quote: str) -> bool:
    """Whether a normalised quote tells what it says only as possible ("the most promising
    portent of an alliance might be their relationship"): a forecast drawn from it goes
    beyond what the source vouches for."""
    return _POSSIBLE.search(quote) is not None


def doubts_only(quote: str) -> bool:
    """Whether a normalised quote only doubts what it speaks of ("even it may not be enough
    to overcome the obstacles"): a forecast of that thing is one the source cannot settle."""
    return _DOUBTED.search(quote) is not None


# A forecast that a thing will not be done: "won't hand them back", "will not give any back".
# ("Still won't recognise it" tells a stand kept now, no forecast.)
_FORECAST_DENIED = re.compile(r"(?<!\bstill )\b(?:wont|will not)\b")


def denies_forecast(claim: str) -> bool:
    """Whether a normalised claim foretells that a thing will not be done."""
    return _FORECAST_DENIED.search(claim) is not None


def foretells_done(claim: str, fact_texts: tuple[str, ...]) -> bool:
    """Whether the claim foretells ("Putin will hand the islands back") what a fact's texts
    tell as done ("Russia handed the islands back"), none of them foretelling or telling a
    plan: what is still to come the source cannot settle, whatever it says was done."""
    return bool(_FORETOLD.search(claim)) and not any(
        _FORETOLD.search(text) or speaks_of_plan(text) or not _FUTURE.isdisjoint(text.split())
        for text in fact_texts)


# A claim that tells what a rumour or story says, and fact texts that call it one.
_TOLD_AS_RUMOUR = re.compile(
    r"\b(?:(?:as )?the story goes|(?:story|rumou?r|legend) has it|"
    r"(?:in|according to|per) the (?:rumou?r|story|legend|tale)|"
    # "the rumour in Moscow was that ...", "the rumours back then said ...".
    r"the rumou?rs? (?:\S+ ){0,3}?(?:was|were|is|are|goes|go|says|say|said|had|has)|"
    # "there's a rumour that ...", "there were rumours that ...", "... though it was only a
    # rumour": told as one.
    r"there(?:s| is| was) (?:a|the|this|that) (?:rumou?r|story|legend)|"
    r"there (?:were|are|have been|had been) (?:some |many |a few |these |those )?rumou?rs|"
    r"rumou?rs? (?:circulated|circulating|went around|spread|swirled)|"
    r"(?:it|this|that) (?:was|is) (?:only |just |merely )?(?:a )?rumou?r|"
    # "the airport story was only a rumour", "was the airport story just a rumour?"
    r"(?:story|tale|anecdote) (?:was|is) (?:only |just |merely )?(?:a )?rumou?r|"
    r"(?:was|is) the (?:\S+ ){0,4}?(?:story|tale|anecdote) (?:only |just |merely )?"
    r"(?:a )?rumou?r|"
    # "the duke story: he fled by boat" opens with the story it goes on to tell; "the duke
    # story is true" or "... really happened" vouches for it instead.
    r"^(?:the|that|this) (?:\S+ ){1,3}?(?:story|rumou?r|legend|anecdote|tale)"
    r"(?= (?!(?:is|was|isnt|wasnt|has|had|did|didnt|does|doesnt|really|actually|"
    rf"{any_of(VOUCHING_WORDS)}|surely|happened|checks|holds|true|real|confirmed|proven|"
    r"itself)\b)"
    r"\S+ \S+ \S+))\b")
_A_RUMOUR = re.compile(r"\b(?:rumou?rs?|rumou?red|apocryphal|legend|anecdote)\b")


def told_as_rumour(claim: str, fact_texts: tuple[str, ...]) -> bool:
    """Whether the claim tells only what a rumour says ("the story goes ...", "in the rumour,
    ...") where the fact's texts call what it states a rumour: the claim is about the rumour,
    which the source reports, not about whether it is so."""
    return bool(_TOLD_AS_RUMOUR.search(claim)) and any(_A_RUMOUR.search(t) for t in fact_texts)


def overstates(claim: str, fact_texts: tuple[str, ...]) -> bool:
    """Whether the claim is sure ("definitely", "had proof") of what the fact's texts only
    hedge ("likely", "reportedly")."""
    return bool(_CERTAIN.search(claim)) and any(_HEDGED.search(t) for t in fact_texts) \
        and not any(_CERTAIN.search(t) for t in fact_texts)


def vouches_for_forecast(claim: str, quote: str, sure: str | None = None) -> bool:
    """Whether the claim, foretelling, is sure ("will bring $400 billion, locked in",
    "guaranteed") of what the source's quote only foretells ("the pipeline will facilitate the
    export of $400 billion over the next 30 years"): what is still to come, the source cannot
    vouch for. `sure` holds the words that vouch, where they stand apart from the claim."""
    return bool(_CERTAIN.search(claim if sure is None else sure)) and foretells(claim) \
        and foretells(quote) and not _CERTAIN.search(quote)


# How many of the pairs of opposite words below, from the first, are deeds (verbs): what a
# source tells in place of a false claim's deed is read through them (`tells_the_correction`).
_DEED_PAIRS = 6
# Words that say the opposite of each other: a claim with one where the fact text has the other
# turns the claim around, as a denial does ("Russian-led projects moved ahead" against "... have
# stalled"; "rejected the reforms" against "embraced them").
_OPPOSITES: tuple[tuple[frozenset[str], frozenset[str]], ...] = tuple(
    (frozenset(a.split()), frozenset(b.split())) for a, b in (
        ("favor favors favored favour favours favoured support supports supported helps helped",
         "militate militates oppose opposes opposed hinder hinders hindered block "
         "blocks blocked obstruct obstructs obstructed prevent prevents prevented hamper "
         "hampers hampered"),
        ("completed finished succeeded advanced progressed", "stalled delayed failed stuck"),
        ("rose risen increased grew grown expanded expanding rising growing climbing climbed "
         "soaring soared surging surged",
         "fell fallen decreased shrank shrunk contracted declined declining falling shrinking "
         "sinking sank sunk dropping dropped plunging plunged"),
        ("accepted embraced adopted approved backed hugged welcomed pushed push pushes pursued "
         "pursue pursues championed accept accepts embrace embraces adopt adopts approve "
         "approves welcome welcomes",
         "rejected spurned refused refuse refuses opposed dodged avoided evaded shunned ditched "
         "snubbed reject rejects spurn spurns shun shuns snub snubs ditch ditches dumped dump "
         "dumps blocked "
         "vetoed veto vetoes"),
        ("strengthened tightened heightened intensified", "weakened loosened relaxed eased"),
        ("won", "lost"),
        ("largest biggest greatest longest highest", "smallest least shortest lowest"),
        ("allies friends", "rivals foes enemies adversaries"),
        ("secure stable stability solid sturdy robust", "fragile fragility unstable instability "
         "insecure shaky"),
        ("simple simplest", "complicated complex"),
        ("broad diversified diverse varied wideranging", "confined narrow"),
        ("unison together alike identical similar same", "opposite differently different unlike "
         "differ differs differed diverge diverges diverged"),
        ("first earliest", "last latest"),
        ("kept keep keeps keeping retained retain retains retaining maintained maintain "
         "maintains maintaining preserved preserve preserves preserving upheld uphold upholds",
         "abolished abolish abolishes scrapped scrap scraps eliminated eliminate eliminates "
         "repealed repeal repeals cancelled canceled cancel cancels killed kill kills"),
        ("agree agrees agreed agreeing", "disagree disagrees disagreed disagreeing"),
        # A gap or a disparity widened, or narrowed.
        ("widen widens widened widening", "narrow narrows narrowed narrowing reduce reduces "
         "reduced reducing"),
        # A past told kindly or damned: "rehabilitate Stalin", "condemn Stalin".
        ("rehabilitate rehabilitates rehabilitated rehabilitating rehabilitation whitewash "
         "whitewashes whitewashed whitewashing glorify glorifies glorified glorifying",
         "condemn condemns condemned condemning condemnation denounce denounces denounced "
         "denouncing denunciation vilify vilifies vilified vilifying"),
        # An award, a facility or an outpost is civilian or military, not both.
        ("civilian", "military militarized militarised"),
        # Trust against fear of what the other side may do: "trusted Huawei" against "alarmed
        # by the likelihood of espionage", "over spying fears".
        ("trusted trust trusts trusting", "fears feared alarmed distrusted distrust distrusts "
         "mistrusted mistrust mistrusts suspicious"),
    ))


# Phrases that say one of the words above: "went along with" accepts, "turned down" rejects.
_PHRASED = tuple((re.compile(rf"\b{phrase}\b"), word) for phrase, word in (
    (r"(?:go|goes|went|gone|going) along with", "accepted"),
    (r"(?:sign|signs|signed|signing) off on", "approved"),
    # "took up the reforms", "took his minister's advice": a proposal taken is accepted.
    (r"(?:take|takes|took|taken|taking) (?:up |on )?(?=(?:\S+ ){0,4}?(?:reforms?|advice|"
     r"proposals?|offers?|plans?|suggestions?|recommendations?)\b)", "accepted "),
    # "turned it down", "shot them down": a pronoun between the verb and its particle.
    (r"(?:turn|turns|turned|turning) (?:(?:it|them|this|that|those|these) )?(?:down|away)",
     "rejected"),
    (r"(?:shoot|shoots|shot|shooting) (?:(?:it|them|this|that|those|these) )?down", "rejected"),
    (r"(?:say|says|said|saying) no to", "rejected"),
    (r"(?:brush|brushes|brushed|brushing) off", "rejected"),
    (r"(?:back|backs|backed|backing) (?:away|off) from", "rejected"),
    (r"(?:turn|turns|turned|turning) (?:his|her|its|their|our|your|my) backs? on", "rejected"),
    (r"(?:go|goes|went|gone|going) with(?= (?:the|his|her|its|their|those|these) )",
     "accepted"),
    # "didn't go for the reforms": a proposal not gone for is not accepted.
    (r"(?:go|goes|went|gone|going) for(?= (?:the|his|her|its|their|those|these|it|them) )",
     "accepted"),
    # "questioned how solid its statehood is": doubting a thing is firm calls it fragile.
    (r"(?:question|questions|questioned|questioning|doubt|doubts|doubted|doubting) "
     r"(?:how|whether|if) (?:solid|stable|secure|sturdy|robust)", "doubted fragile"),
    # "cast their votes as one", "in lockstep", "with one voice": two sides alike.
    (r"(?:as one|in lockstep|in sync|with one voice)(?! (?:of|another|other)\b)", "unison"),
    # "not unlike", "not dissimilar": alike.
    (r"not (?:unlike|dissimilar)", "alike"),
    # "moved ahead", "went forward": a project's progress.
    (r"(?:move|moves|moved|moving|go|goes|went|gone|going|push|pushes|pushed|pushing) "
     r"(?:ahead|forward)", "advanced"),
    # "the projects got done", "never got built": a project's completion.
    (r"(?:get|gets|got|gotten|getting) (?:done|built|finished|completed)", "completed"),
    # "split on UN votes", "split over Crimea": two sides that differ.
    (r"(?:split|splits|splitting) (?:on|over)(?= )", "differ"),
    # "see eye to eye on it": two sides that agree.
    (r"(?:see|sees|saw|seen|seeing) eye to eye", "agree"),
    # "reached a record", "an all time high": a rise to where it never was.
    (r"(?:(?:a|an) )?(?:record(?: high)?|all time high|new high)(?! lows?\b)", "rose"),
    # "trade was up 15 percent", "exports are down 10 percent": a change by a figure.
    (r"(?:was|were|is|are) up(?= (?:by )?(?:at least |more than |over |nearly |almost |about |"
     r"around |some )?\d)", "rose"),
    (r"(?:was|were|is|are) down(?= (?:by )?(?:at least |more than |over |nearly |almost |"
     r"about |around |some )?\d)", "fell"),
))


# Any of those phrases: a text with none of them is left as it is.
_ANY_PHRASED = opening_words("abdgimnpqrstw", "|".join(f"(?:{p.pattern})" for p, _ in _PHRASED))


@lru_cache(maxsize=16_384)
def _unphrased(text: str) -> str:
    if _ANY_PHRASED.search(text) is None:
        return text
    for pattern, word in _PHRASED:
        text = pattern.sub(word, text)
    return text


# "goes well beyond oil and gas", "more than mere talk": a thing told as more than what follows.
_BEYOND = re.compile(
    rf"\b(?:beyond|more than (?:{any_of(HOLDING_WORDS)}))(?P<what>(?: \S+){{1,4}})")
# "just oil and gas", "confined largely to oil and gas": a thing held to what follows. A figure's
# bound ("just 3,200 soldiers") and a time ("just last year") hold nothing.
_HELD_TO = re.compile(
    rf"{HELD_BEFORE}(?:{any_of(HOLDING_WORDS)}|"
    r"(?:confined|limited|restricted) (?:largely |mostly |mainly |chiefly )?to)"
    rf"{HELD_AFTER}(?P<what>(?: \S+){{1,4}})")


def _told_of(found: re.Match[str] | None) -> set[str]:
    return _terms(found.group("what")) if found is not None else set()


def beyond_the_bound(claim: str, fact: str) -> bool:
    """Whether one normalised text tells a thing as more than what the other holds it to:
    "goes well beyond oil and gas" against "just oil and gas", "extends beyond surface
    pleasantries" against "is mere surface pleasantries"."""
    return any(_told_of(_BEYOND.search(one)) & _told_of(_HELD_TO.search(other))
               for one, other in ((claim, fact), (fact, claim)))


def opposed_words(claim: str, fact: str) -> frozenset[str]:
    """The words of a normalised claim whose opposite the fact text uses, and not the word
    itself ("loosened" against "tightened")."""
    claim_words, fact_words = set(claim.split()), set(_unphrased(fact).split())
    return frozenset(word for one, other in _OPPOSITES
                     for mine, theirs in ((one, other), (other, one))
                     if (fact_words & theirs) and not (fact_words & mine)
                     for word in claim_words & mine)


def opposite_words(claim: str, fact: str) -> bool:
    """Whether the claim uses a word whose opposite the fact text uses, and not the word
    itself (an odd count of such pairs: two cancel). A claim's words that deny by their
    meaning ("refused", "failed") are read as its denials (polarity), not counted again."""
    claim, fact = _unphrased(claim), _unphrased(fact)
    claim_words, fact_words = set(claim.split()) - LEXICAL_CUES, set(fact.split())
    count = 0
    for one, other in _OPPOSITES:
        for mine, theirs in ((one, other), (other, one)):
            if (claim_words & mine) and (fact_words & theirs) and not (fact_words & mine) \
                    and not (claim_words & theirs) \
                    and _same_object(claim, claim_words & mine, fact, fact_words & theirs):
                count += 1
    if not count and beyond_the_bound(claim, fact):
        # "Broad, going beyond oil and gas" says it once, whatever words it says it with.
        count += 1
    return count % 2 == 1


def opposite_in_clauses(claim: str, text: str) -> bool:
    """Whether a normalised claim uses a word whose opposite the clauses of a fact text (as
    written, its commas kept) about the claim's actors use, where other clauses use the
    claim's word ("the Kazakh-led ones stalled" against "Kazakh-led projects were completed,
    many German-led ones stalled")."""
    named = entities(claim)
    clauses = [normalise(c) for c in _CLAUSE_BREAK.split(text)]
    about = [c for c in clauses if not (actors := entities(c)) or actors & named]
    return bool(named) and len(about) < len(clauses) and opposite_words(claim, " ".join(about))


# Words that tell a deed as meant rather than done: a plan, a decision, an attempt, an offer.
_MEANT = (_INTENT - _REPORT_WORDS) | frozenset(
    "decided deciding trying tries sought seeking aimed aiming meant possibility offer offers "
    "offered offering dangle dangles dangled dangling floated floating".split())


# "Held out the possibility of giving back", "held out giving back": an offer; "held out
# against" or "held out for" is resisting.
_HELD_OUT = re.compile(r"\b(?:held|holds|hold|holding) out\b(?! (?:against|for|on|until)\b)")


# "The would-be buyer", "a would-be investor": one who meant to buy, as "intended" tells it.
_WOULD_BE = re.compile(r"\bwould be (?=(?:buyer|purchaser|investor|acquirer|seller|supplier|"
                       r"owner|partner|lender|bidder)s?\b)")


def _offers_told(text: str) -> str:
    """A normalised text with an offer told as "held out" told as "offered", and one who would
    be a buyer ("the would-be buyer") told as "intended"."""
    text = plans_worded(text)
    if " out" in text:
        text = _HELD_OUT.sub("offered", text)
    return _WOULD_BE.sub("intended ", text) if "would be" in text else text


def meant_only(claim: str, stated: str) -> bool:
    """Whether a normalised fact text tells as meant ("offered to hand back", "floated") what
    the claim tells as done ("handed back")."""
    return _MEANT.isdisjoint(_offers_told(claim).split()) \
        and not _MEANT.isdisjoint(_offers_told(stated).split())


def tells_the_plan(claim: str, fact_claim: str, quote: str) -> bool:
    """Whether the claim tells as meant ("the Kremlin decided to buy Huawei servers", "was
    trying to buy") what a false fact's claim tells as done ("the Kremlin bought Huawei
    servers"), its doer the fact's, where the source's quote tells it as meant too: the claim
    states the source's correction."""
    words, fact_words = _offers_told(claim).split(), fact_claim.split()
    meant = next((i for i, w in enumerate(words) if w in _MEANT), None)
    if meant is None and (terms := _TERMS.search(" ".join(words))) is not None:
        # "The CEFC deal was for a 14 percent stake": the deal's terms tell what was meant.
        meant = len(" ".join(words)[:terms.start()].split())
    doer = _first_actor_at(fact_words)
    if meant is None or doer is None or not _MEANT.isdisjoint(fact_words) \
            or (_MEANT | _PLAN_NOUNS).isdisjoint(quote.split()):
        return False
    # The one who meant it is the fact's doer: "Huawei was trying to buy from the Kremlin"
    # turns the deed around. It is the subject of the word that tells the plan, a few words
    # before it: "China put in the sum it promised" tells the deed as done.
    actor = actor_of(fact_words[doer])
    quote_words = quote.split()
    # "... promised $25 billion and actually paid it": a further clause tells the deed done.
    # The doer may be told as the plan's owner: "CEFC's bid", "China's plan".
    return any(actor_of(name) == actor or _named_for(name, actor, quote_words)
               for w in words[max(meant - _PLAN_REACH, 0):meant]
               for name in ((w, w[:-1]) if w.endswith("s") else (w,))) \
        and _DONE_AFTER.search(" ".join(words[meant + 1:])) is None


# How near an actor's name a name the quote gives one of its own stands ("the CEFC China
# Energy company").
_NAME_REACH = 2


def _named_for(word: str, actor: str | None, quote_words: list[str]) -> bool:
    """Whether a word is a name the quote gives to one of the actor's own, standing next to the
    actor's name there: "CEFC" for the Chinese company in "the CEFC China Energy company"."""
    if actor is None or word in STOP_WORDS or actor_of(word) is not None:
        return False
    return any(actor_of(other) == actor
               for at, told in enumerate(quote_words) if told == word
               for other in quote_words[max(at - _NAME_REACH, 0):at + _NAME_REACH + 1])


# How far before the word that tells a plan its subject may stand ("the chinese government
# had pledged").
_PLAN_REACH = 4
# A further clause that insists the deed was done: "and actually paid", "but did deliver",
# "and delivered every cent".
# "and the deal went ahead", "and that got completed": the plan carried out.
_DONE_AFTER = re.compile(rf"\b(?:and|but|then)\s+(?:(?:{any_of(FOLLOWING_WORDS)}|also|it|they|"
                         r"he|she|that|this|(?:the )?(?:deal|plan|purchase|bid|sale|agreement))"
                         r"\s+)?(?:(?:got|was|were|has been|had been|did get)\s+)?"
                         rf"(?:{any_of(STRESSING_WORDS)}|did|paid|delivered|"
                         r"honou?red|handed over|forked over|coughed up|"
                         rf"{any_of(CARRIED_THROUGH)}|went ahead|completed|closed|"
                         r"done|finali[sz]ed|happened|came off|panned out|materiali[sz]ed|"
                         r"succeeded)\b")


# A plan told as carried out in its own clause: "the plan to buy a stake went through", "the
# bid went ahead".
_CARRIED_OUT = re.compile(
    r"\b(?:went|go|goes|gone|going) (?:through|thru|ahead)\b|\bpanned out\b|\bcame off\b"
    r"|\b(?:was|were|got|been) (?:completed|finali[sz]ed|carried out|closed|done|sealed)\b")


def tells_carried_out(claim: str) -> bool:
    """Whether a normalised claim tells that what it names as meant was done: "the plan to buy
    a stake went through", or in a clause of its own, "planned to buy a stake, and the deal
    went ahead"."""
    return _DONE_AFTER.search(claim) is not None or _CARRIED_OUT.search(claim) is not None


# A deal named by its terms: "the deal was for a 14 percent stake", "the bid was to buy".
_TERMS = re.compile(r"\b(?:deal|bid|offer|agreement|contract|purchase|sale)\b(?: \S+){0,3}? "
                    r"(?:was|is|were|had been) (?:for|to|about|worth)\b")


def tells_terms(claim: str) -> bool:
    """Whether a normalised claim tells a deal by its terms ("the deal was for a 14 percent
    stake"), which say nothing of how the deal ended."""
    return _TERMS.search(claim) is not None


def tells_the_correction(claim: str, stated: str, quote: str) -> bool:
    """Whether a claim says, in words of the same meaning, what the source's quote says in
    place of a false claim that uses neither of them: "Xi ditched market reforms" against the
    false "Xi answered slowing growth with market reforms", the quote saying he "spurned"
    them (an odd count of such words: two cancel). A claim's words that deny by their meaning
    are read as its denials, not counted here."""
    claim, stated, quote = _unphrased(claim), _unphrased(stated), _unphrased(quote)
    claim_words = set(claim.split()) - LEXICAL_CUES
    stated_words, quote_words = set(stated.split()), set(quote.split())
    count = 0
    for one, other in _OPPOSITES[:_DEED_PAIRS]:
        if stated_words & (one | other):
            continue
        for mine, theirs in ((one, other), (other, one)):
            if (claim_words & mine) and (quote_words & mine) and not (quote_words & theirs) \
                    and not (claim_words & theirs) \
                    and _same_object(claim, claim_words & mine, quote, quote_words & mine):
                count += 1
    return count % 2 == 1


# People who act for an actor and are not that actor: "Putin's finance minister" is not Putin.
# Words that are adjectives as often ("general", "deputy", "official") are left out.
_AIDES = frozenset("""
    minister ministers adviser advisers advisor advisors aide aides officials envoy envoys
    spokesman spokeswoman spokesperson ambassador ambassadors diplomat diplomats services
    agencies
    """.split())
# How many words may stand between an actor's name and its aide ("Putin's finance minister"),
# and between a doer and its verb ("the minister had rejected").
_AIDE_REACH = 3


def _first_actor_at(words: list[str]) -> int | None:
    """Where a text first names an actor, if it does."""
    return next((i for i, w in enumerate(words) if actor_of(w) is not None), None)


def _deed_after(words: list[str], at: int) -> str | None:
    """The first content word within reach after position `at`: the verb of its doer."""
    after = content_words(" ".join(words[at + 1:at + 1 + _AIDE_REACH]))
    return after[0] if after else None


def _same_deed(one: str, other: str) -> bool:
    """Whether two verbs say the same deed: one stem, or one side of a pair of opposites
    ("turned down" and "ditched" both reject)."""
    return term_of(one) == term_of(other) or any(
        one in side and other in side for pair in _OPPOSITES for side in pair)


def aide_acts(claim: str, fact: str) -> bool:
    """Whether the claim gives the deed the fact gives an actor to that actor's aide ("Putin's
    finance minister turned down the reforms", or "Putin proposed the reforms and his finance
    minister turned them down", against "Putin rejected his finance minister's reforms"): the
    claim's doer is the aide of an actor the fact names first as the doer of the same deed, the
    aide named after it; an actor named first as a doer of its own does another deed."""
    words, fact_words = _unphrased(claim).split(), _unphrased(fact).split()
    at, fact_at = _first_actor_at(words), _first_actor_at(fact_words)
    if at is None or fact_at is None or marker_before(words, at) is not None:
        return False
    actor = actor_of(words[at])
    if actor is None:
        return False
    named = fact_words[fact_at]
    if actor_of(named) != actor or is_owner(named, actor) \
            or marker_before(fact_words, fact_at) is not None:
        return False
    fact_deed = _deed_after(fact_words, fact_at)
    if is_owner(words[at], actor):
        aide_at = next((i for i in range(at + 1, min(at + 1 + _AIDE_REACH, len(words)))
                        if words[i] in _AIDES), None)
    else:
        # "Putin proposed the reforms and his minister of finance shot them down": the aide,
        # "his", in a clause after the actor's own deed.
        own = _deed_after(words, at)
        aide_at = _own_aide_at(words, at)
        if own is None or fact_deed is None or _same_deed(own, fact_deed):
            return False
    if aide_at is None:
        return False
    deed = _deed_after(words, _past_portfolio(words, aide_at))
    return deed is not None and fact_deed is not None and _same_deed(deed, fact_deed) \
        and term_of(words[aide_at]) in {term_of(w) for w in fact_words[fact_at + 1:]}


# Words before an aide that make it the aide of the actor named before: "his finance minister".
_THEIR = frozenset("his her its their".split())


def _own_aide_at(words: list[str], at: int) -> int | None:
    """Where a text names, after the actor at `at`, that actor's aide: "his finance minister",
    "his minister of finance"; None when it names none."""
    for i in range(at + 1, len(words)):
        if words[i] in _AIDES and any(w in _THEIR for w in words[max(at + 1, i - _AIDE_REACH):i]):
            return i
    return None


def _past_portfolio(words: list[str], aide_at: int) -> int:
    """Where an aide's name ends: past "of" and the portfolio after it ("minister of
    finance")."""
    return aide_at + 2 if aide_at + 2 < len(words) and words[aide_at + 1] == "of" else aide_at


# Words that open a cause: "because its security services were scared".
_CAUSES = frozenset("because since cause bc cuz coz after".split())


def _aide_as_cause(words: list[str], at: int) -> bool:
    """Whether the claim names an aide in a cause of the deed after the actor at `at` ("the
    Kremlin cancelled it because its security services were scared"): the aides' part is told,
    the actor acting on it."""
    opened = next((i for i in range(at + 1, len(words)) if words[i] in _CAUSES), None)
    return opened is not None and any(w in _AIDES for w in words[opened + 1:])


def principal_acts(claim: str, fact: str) -> bool:
    """Whether the claim gives the deed the fact gives an actor's aide to one the fact names
    in another part ("the Kremlin killed the deal" against "the security services killed a
    Kremlin deal"): the claim's doer is of the aide's actor, with no aide of its own, does the
    same deed, and is named in the fact after the aide."""
    words, fact_words = _unphrased(claim).split(), _unphrased(fact).split()
    at, fact_at = _first_actor_at(words), _first_actor_at(fact_words)
    if at is None or fact_at is None or marker_before(words, at) is not None \
            or marker_before(fact_words, fact_at) is not None:
        return False
    actor = actor_of(fact_words[fact_at])
    aide_at = next((i for i in range(fact_at + 1, min(fact_at + 1 + _AIDE_REACH,
                                                      len(fact_words)))
                    if fact_words[i] in _AIDES), None)
    if aide_at is None or actor_of(words[at]) != actor \
            or any(w in _AIDES for w in words[at + 1:at + 1 + _AIDE_REACH]) \
            or _aide_as_cause(words, at):
        return False
    deed, fact_deed = _deed_after(words, at), _deed_after(fact_words, aide_at)
    return deed is not None and fact_deed is not None and _same_deed(deed, fact_deed) \
        and term_of(words[at]) in {term_of(w) for w in fact_words[aide_at + 1:]}


# Verbs of ending a deal, its doer the one who ended it: "killed the deal", "pulled out of
# it", "blocked it".
_ENDING = re.compile(
    r"\b(?:killed|kills|kill|scrapped|scraps|scrap|cancell?ed|cancels|cancel|nixed|nixes|"
    r"vetoed|vetoes|veto|blocked|blocks|block|torpedoed|sank|sunk|axed|ditched|dropped|"
    r"reversed|overturned|called off|calls off|call off|pulled out|pulls out|pull out|"
    r"pulled the plug|backed out|backs out|back out|walked away|walks away|walk away|"
    r"withdrew|withdraws|withdraw|bailed|bails|bail)\b")
# "It was Huawei that pulled out": the doer of a cleft is the one it names.
_CLEFT_DOER = re.compile(r"\bit (?:was|is|s) (?:\S+ ){0,2}?(?P<doer>\S+) (?:that|who|which)$")
# Words before an ending verb that are not its doer's name: the deal itself ("got the deal
# killed") is what is ended.
_NOT_DOERS = STOP_WORDS | frozenset("""
    that who which then later eventually finally just deal deals contract contracts plan plans
    purchase agreement order it
    """.split())


def _ender(words: str) -> str | None:
    """The name of the one who ends a deal in a text: the word before its first verb of ending,
    or a cleft's doer ("it was Huawei that pulled out")."""
    found = _ENDING.search(words)
    if found is None:
        return None
    before = words[:found.start()].strip()
    if (cleft := _CLEFT_DOER.search(before)) is not None:
        return cleft["doer"]
    last = before.split()[-1:] if before else []
    return last[0] if last and last[0] not in _NOT_DOERS else None


def ender_swapped(claim: str, fact: str) -> bool:
    """Whether the claim has the deal ended by one the fact names only as a party to it ("Huawei
    pulled out of the deal with the Kremlin" against "the security services killed a Kremlin
    deal to buy Huawei servers"): the claim's ender is a word the fact names after its own
    ending verb, and the fact's ender is named nowhere in the claim. An actor of the pack named
    as the ender ("the Kremlin killed the deal") is read by whose aide did it instead."""
    mine, theirs = _ender(claim), _ender(fact)
    if mine is None or theirs is None or mine == theirs or actor_of(mine) is not None:
        return False
    mine = mine[:-1] if mine.endswith("s") and term_of(mine[:-1]) else mine
    after = fact[_ENDING.search(fact).end():].split()  # type: ignore[union-attr]
    return term_of(mine) in {term_of(w) for w in after} \
        and term_of(theirs) not in {term_of(w) for w in claim.split()}


def told_doing(claim: str, texts: tuple[str, ...]) -> bool:
    """Whether a text of the fact tells the claim's doer doing the claim's deed ("fear of leaks
    made Moscow cancel the contract" for "the Kremlin cancelled the contract"), in the claim's
    own verb: the deed is then the doer's own as well, not only an aide's. A claim that names
    the aide too ("... though the security services were against it") tells them apart."""
    words = _unphrased(claim).split()
    at = _first_actor_at(words)
    if at is None or marker_before(words, at) is not None \
            or not _AIDES.isdisjoint(words):
        return False
    actor, deed = actor_of(words[at]), _deed_after(words, at)
    if deed is None:
        return False
    for text in texts:
        text_words = _unphrased(text).split()
        for i, word in enumerate(text_words):
            if actor_of(word) == actor and marker_before(text_words, i) is None \
                    and (done := _deed_after(text_words, i)) is not None \
                    and term_of(deed) == term_of(done):
                return True
    return False


# What ends the doers named after "by": punctuation, or a word that opens another phrase.
_DOERS_END = re.compile(r"[,.;:!?()\u2014\u2013]|\s-\s|\b(?:in|on|at|to|for|with|after|before|"
                        r"when|while|which|who|that|as|during|under|from)\b", re.IGNORECASE)
# The most words a passive's doers run to ("Chinese President Hu Jintao and ...").
_MAX_DOER_WORDS = 10


def _doers(text: str) -> set[str] | None:
    """The content words of the first doers a raw text names after "by" ("signed by Hu Jintao
    and Dmitry Medvedev"), each normalised; None when it names none."""
    found = re.search(r"\bby\s+", text, re.IGNORECASE)
    if found is None:
        return None
    rest = text[found.end():]
    end = _DOERS_END.search(rest)
    words = content_words(normalise(rest[:end.start()] if end else rest))[:_MAX_DOER_WORDS]
    return set(words) or None


def corrects_doers(claim: str, false_claim: str, quote: str) -> bool:
    """Whether a claim answers a false claim with the doers the source names in its place:
    "the program was signed by Hu Jintao and Dmitry Medvedev" or "Hu Jintao and Medvedev
    signed the program" against the false "Putin and Xi signed the program", the source's
    quote saying "signed by ... Hu Jintao and ... Dmitry Medvedev". The claim's doers are all
    the quote's, some of them not the false claim's, and it names none of the false claim's
    actors (but those it sets aside: "..., not by Xi and Putin")."""
    theirs = _doers(quote)
    if theirs is None:
        return False
    mine = _doers(claim) or _subject_doers(claim, quote, theirs)
    if mine is None or not mine <= theirs:
        return False
    stated = normalise(false_claim).split()
    named = {w for w in stated if actor_of(w) is not None}
    return not mine <= set(stated) \
        and named.isdisjoint(actor_set_against(normalise(claim)).split())


# Words before a participle that make it a passive ("was signed"), told by "by" instead.
_LINKING_VERBS = frozenset("is was are were be been being got gets".split())
# How far before "by" the participle of a passive may stand ("signed in 2009 by").
_PARTICIPLE_REACH = 4


def _passive_verb(text: str) -> str | None:
    """The stem of the participle a raw text's first passive names its doers after ("signed in
    2009 by ...": "sign"); None when it has none."""
    found = re.search(r"\bby\s+", text, re.IGNORECASE)
    if found is None:
        return None
    before = normalise(text[:found.start()]).split()[-_PARTICIPLE_REACH:]
    verb = next((w for w in reversed(before) if w.endswith("ed") and len(w) > 4), None)
    return verb_stem(verb) if verb is not None else None


def _subject_doers(claim: str, quote: str, theirs: set[str]) -> set[str] | None:
    """The doers a claim names as the subject of the verb the quote tells in the passive
    ("Hu Jintao and Medvedev signed" against "signed by Hu Jintao and Dmitry Medvedev"): the
    content words just before the verb, as far back as each is one of the quote's doers;
    None when the claim has no such verb or no such doer before it."""
    verb = _passive_verb(quote)
    words = normalise(claim).split()
    at = next((i for i, w in enumerate(words) if verb is not None and verb_stem(w) == verb),
              None)
    if at is None or (at > 0 and words[at - 1] in _LINKING_VERBS):
        return None
    found: set[str] = set()
    for word in reversed(words[:at]):
        if not content_words(word):
            continue  # "and", "the"
        if word not in theirs:
            break
        found.add(word)
    return found or None


# How many words after a verb name what it acts on.
_OBJECT_WORDS = 5


def _object_terms(text: str, verbs: set[str]) -> set[str] | None:
    """The terms of the few content words after the first of `verbs` in a text; None when
    nothing follows it."""
    words = text.split()
    at = next(i for i, w in enumerate(words) if w in verbs)
    after = content_words(" ".join(words[at + 1:at + 1 + _OBJECT_WORDS]))
    return {actor_of(w) or term_of(w) for w in after if w not in _MANNER} or None


# Words that tell how fast or how much a thing changed ("rising fast", "fell sharply"): no
# thing it acts on.
_MANNER = frozenset("""fast quickly rapidly swiftly sharply steeply steadily slowly gradually
    nicely strongly dramatically steady sharp""".split())


def _same_object(claim: str, claim_verbs: set[str], fact: str, fact_verbs: set[str]) -> bool:
    """Whether opposite verbs act on the same thing: "supported Russia" and "opposed the
    resolution condemning Russia" act on different things and say no opposite. A verb with
    nothing after it ("stalled") acts on its subject. Things are told apart by the words
    after the verbs other than actors, when both have such words ("backed Moscow at the UN"
    and "opposed the resolution condemning Moscow" share only Moscow)."""
    mine, theirs = _object_terms(claim, claim_verbs), _object_terms(fact, fact_verbs)
    if mine is None or theirs is None:
        return True
    mine_things, their_things = mine - ACTORS, theirs - ACTORS
    if mine_things and their_things:
        return bool(mine_things & their_things)
    return bool(mine & theirs)


# "from assertive to aggressively expansionist", "away from growth and toward patriotism": a
# change told by where it started and ended.
_FROM_TO = re.compile(r"\bfrom (?P<start>(?:\S+ ){0,5}?\S+) (?:and )?(?:to|into|towards?) "
                      r"(?P<end>(?:\S+ ){0,3}\S+)")


def _terms(words: str) -> set[str]:
    return {term_of(w) for w in content_words(words)}


def direction_reversed(claim: str, fact: str) -> bool:
    """Whether the claim tells a change the other way round: "from expansionist into
    assertive" against "from assertive to aggressively expansionist"."""
    mine, theirs = _FROM_TO.search(claim), _FROM_TO.search(fact)
    if mine is None or theirs is None:
        return False
    my_start, my_end = _terms(mine.group("start")), _terms(mine.group("end"))
    their_start, their_end = _terms(theirs.group("start")), _terms(theirs.group("end"))
    return bool(my_start & their_end) and bool(my_end & their_start) \
        and not (my_start & their_start) and not (my_end & their_end)
