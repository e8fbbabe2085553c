"""Decide verdicts: split a message into claims, match each, apply negation and figures."""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from bot.core.analysis import actor_of, content_words, entities, models_as_names, term_of
from bot.core.binding import describing, figures_in_clauses
from bot.core.chatspeak import plain_chat
from bot.core.described import described, told_against
from bot.core.figures import (
    bound_past_cited,
    cited_quantities,
    figure_conflicts,
    finer_than_cited,
    first_kept_narrowed,
    first_only_when_narrowed,
    one_end_of_range,
    unstated_figures,
)
from bot.core.figures import described as figures_described
from bot.core.lexicon import (
    ENTITY_OF,
    FRAMING_WORDS,
    LIGHT_VERBS,
    NEGATION_CUES,
    PLACE_IN,
    STATESMEN_OF,
    STOP_WORDS,
)
from bot.core.matcher import ClaimMatcher
from bot.core.models import Check, Fact, FigureConflict, Match, Reply, Verdict
from bot.core.motives import MEANT_WORDS, Motive, motive_of, states_motive
from bot.core.normalise import cached_normalise as normalise
from bot.core.normalise import clean_text
from bot.core.numbers import (
    COUNTED_NOUNS,
    Quantity,
    as_cited,
    as_point,
    compared_as,
    conflicting,
    counted_further,
    is_word_share,
    quantities,
)
from bot.core.pairing import paired_differently, told_of
from bot.core.per_pack import PerPack, related_facts
from bot.core.places import occasion_differs, place_differs
from bot.core.polarity import (
    actor_set_against,
    contrary_set_aside,
    contrasted,
    deal_ending_aside,
    degree_denied,
    denied_in_source,
    endings_aside,
    ends_a_deal,
    figure_set_aside,
    left_in_place,
    names_side,
    near_miss_of_decision,
    negations,
    opposes,
    opposition_told,
    other_side,
    place_denied,
    plan_not_carried_out,
    purpose_set_aside,
    purposes_in_order,
    purposes_swapped,
    source_clause,
    subject_told,
)
from bot.core.reading import (
    EXCLUSIVE,
    UNIVERSAL,
    added_quantifier,
    aide_acts,
    asserts_hedged,
    attributed_to,
    compares_beyond,
    comparison,
    corrects_doers,
    counts_part_of,
    deciding_quantifier,
    denies_forecast,
    direction_reversed,
    directs_beyond,
    doubts_only,
    ender_swapped,
    foretells,
    foretells_done,
    founders_differ,
    framed_by,
    gap_differs,
    gives_part,
    infers_beyond,
    intent_differs,
    many_where_few,
    meant_only,
    most_where_few,
    names_in,
    names_only,
    never_for_rarely,
    none_where_some,
    only_of_figure,
    opposite_in_clauses,
    opposite_words,
    others_listed,
    overstates,
    person_substituted,
    post_differs,
    premise_only,
    principal_acts,
    repeated_where_first,
    span_differs,
    speaks_of_plan,
    stake_holder_swapped,
    states_others,
    states_part,
    substituted,
    substitutes,
    tells_as_possible,
    tells_carried_out,
    tells_deed_for_plan,
    tells_done_for_due,
    tells_offer,
    tells_terms,
    tells_the_correction,
    tells_the_plan,
    timing_differs,
    told_as_rumour,
    told_doing,
    told_literally,
    unexplained,
    vouches_for_forecast,
    whole_counted,
    wished_in_the_past,
)
from bot.core.roles import (
    AGREES,
    REVERSED,
    UNKNOWN,
    Role,
    agents_reversed,
    deal_sides_named,
    deal_sides_swapped,
    deal_told_as_stated,
    lone_recipient_gives,
    mentions,
    roles,
    thing_swapped,
    trip_reversed,
)
from bot.core.sides import Compared, compare_sides, may_compare
from bot.core.sourced import Restated, source_index, tells_rumour_as_so
from bot.core.spelling import respelled
from bot.core.splitting import (
    MIN_SOFT_WORDS,
    MIN_WORDS,
    WHEN_FIRST,
    Piece,
    deed_joined,
    denied_quote,
    firm_pieces,
    opens_with_named_thing,
    premise_of,
    soft_atoms,
    tie_told,
    told_pieces,
    unbelieved,
    unhedged,
    unlogged,
    untagged,
    word_count,
)
from bot.core.sureness import HEDGING_WORDS, VOUCHING_WORDS
from bot.core.unknown import unknown_name, unsaid_name, unsaid_thing

DEFAULT_THRESHOLD = 0.53
# Facts scoring within this much of the best are offered as alternatives ("did you mean").
AMBIGUITY_MARGIN = 0.04
# Facts scoring within this much of the best are told apart by their figures.
TIE_MARGIN = 0.06
# Facts scoring within this much of a best that tells only the other side of trade than the
# claim's (imports where the claim says exports) are weighed against it, when they tell the
# claim's side.
SIDE_MARGIN = 0.15
# A fact found by meaning (the semantic matcher) whose words agree with the claim's less than
# this gets context rather than a verdict: the wording is read word by word, and words this far
# apart cannot be read. Chosen on the blind dev sets and checked on the validation set, so that
# the semantic matcher is not more often wrong than the lexical one (at 0.5 it was, 27 against
# 20 of the validation set's 250 claims; at 0.55, 19 against 20).
SEMANTIC_WORDING_FLOOR = 0.55
# A claim whose figures differ from the fact's and that uses this many words no text of the
# fact does may be about another event: context rather than false.
UNEXPLAINED_WORDS = 2
# A fact stating the claim's quantifier or plan answers when it scores this share of the
# threshold, the best fact having passed it.
CRUX_SHARE = 0.9
# ... or this share, when it names what the fact's figure of its kind measures.
MEASURED_SHARE = 0.8
# A fact that gives the actors the claim's roles answers, in place of a closer one that gives
# them the other way round, when it scores this share of the threshold (see _roles_agreeing).
ROLES_SHARE = 0.8
# A clause with its own subject beside a claim that matched is answered by a fact that scores
# this share of the threshold (at 0.9 fewer such clauses were answered; at 0.8 more of them
# wrongly).
NEAR_SHARE = 0.85
# A message no fact answers whose best fact, a true or unproven one, scores this share of the
# threshold, and that is sure of what that fact's source only calls likely or cannot vouch
# for, is answered unproven: the certainty the source lacks is the answer, whichever words the
# claim tells the rest in. (Read so of a plan told as done or a forecast, more such answers
# were wrong on the dev and validation sets.)
UNPROVEN_SHARE = 0.75
# Each claim a sentence is cut into costs this much, so that a cut must explain the sentence
# clearly better than the whole does.
SPLIT_COST = 0.01
# What a span that matches and denies is worth beyond its score, in a piece no cut of which
# pays for its chatter: more than the chat around it.
DENIAL_WORTH = 1e-6
# A span one fact answers is cut in two when each half states a fact of its own at this much
# over the threshold (chosen on the dev sets: 0.05 answered more messages of two claims than 0.1
# or 0.2, and checked on the validation set).
TWO_CLAIMS_MARGIN = 0.05
# Words a claim needs besides the names of countries and leaders to get a verdict.
MIN_SAID_WORDS = 2
_STATING_VERBS = frozenset(
    "is are was were be been being am has have had do does did will would can could "
    "isnt arent wasnt werent hasnt havent didnt doesnt dont wont r iz".split()
)
# How many facts the matcher returns for a claim; the verdict goes with the best calibrated
# score among them, which the matcher's own ranking (BM25 too) may place below its fifth.
RETRIEVED = 8
MAX_INPUT_CHARS = 2000
MAX_CLAIMS = 5
MAX_PIECES = MAX_CLAIMS * 4
MAX_SOFT_PIECES = 6


def split_claims(text: str) -> list[str]:
    """Claim-like pieces of a message at its firm cuts (at least three words each)."""
    return [p for p in firm_pieces(text) if word_count(p) >= MIN_WORDS]


def _says_something(claim: str) -> bool:
    """Whether a text says something beyond naming actors: "China and Russia trade" is a topic,
    not a claim, and gets the nearest facts rather than a verdict."""
    words = content_words(normalise(claim))
    said = [w for w in words
            if w not in ENTITY_OF and not (w.endswith("s") and w[:-1] in ENTITY_OF)]
    if len(said) >= MIN_SAID_WORDS:
        return True
    # One word beside the actors is a claim when a verb states it ("Russia and China are
    # allies"), or when it compares them ("China trades more with Russia than with the EU").
    return bool(said) and (any(w in _STATING_VERBS for w in normalise(claim).split())
                           or _COMPARES.search(normalise(claim)) is not None)


# The word that compares one actor with another: "more ... than", "bigger than".
_COMPARES = re.compile(r"\bthan\b")


# Words of a claim that says a thing is so of the greater part ("Russia mainly exports ...").
_MAJORITY = re.compile(r"\b(?:mainly|mostly|largely|chiefly|primarily|predominantly|"
                       r"dominated by|most of|the bulk of|the majority of)\b")


# Where the most of something came from: "..., mostly from Australia, Qatar and Turkmenistan".
_WHENCE = re.compile(r"\b(?:mostly|mainly|largely|chiefly|primarily|predominantly) "
                     r"(?:from|via|out of) (?P<whence>(?:\S+ ?){1,6})")


def _whence_differs(claim: str, quote: str) -> bool:
    """Whether a normalised claim tells the most of something came from others than the
    normalised quote names ("90 bcm of gas in 2017, mostly from Russia" against "mostly from
    Australia, Qatar and Turkmenistan"): its figures then go with the source's, its source of
    them against it, and they tell no correction."""
    told, said = _WHENCE.search(claim), _WHENCE.search(quote)
    if told is None or said is None:
        return False
    named = entities(told.group("whence"))
    return bool(named) and named.isdisjoint(entities(said.group("whence")))


def _states_correction(claimed: tuple[Quantity, ...], fact: Fact, *,
                       quoted: bool = False) -> bool:
    """Whether a claim answers a false fact with the source's own figures: "China financed
    only 11 of the projects" against "China financed most of the projects" (figure: 11 of 91).
    Such a claim says the opposite of the false one, whatever its wording. With `quoted`, the
    figures of the fact's quote count as the source's too ("fewer than ten planes" against
    "comparable forces", whose quote says six planes)."""
    if fact.verdict is not Verdict.FALSE:
        return False
    # "Most of" against a false claim that says "mainly" restates the false claim's majority,
    # whatever share of something else the source gives.
    if any(is_word_share(q) for q in claimed) and _MAJORITY.search(normalise(fact.claim)):
        return False
    stated = quantities(normalise(fact.claim))
    quote = quantities(normalise(fact.quote or "")) if quoted else ()
    given = [as_cited(q) for q in
             (*(q for f in fact.figures for q in quantities(normalise(f.value))),
              *figures_described(fact), *quote)]
    # A sum told without its currency ("over 90 billion") is read in the source's dollars.
    telling = [dataclasses.replace(q, unit=compared_as(q, (*stated, *given)))
               for q in claimed if q.unit != "year"]
    if not telling:
        return False
    if all(q.unit in COUNTED_NOUNS and not any(q.agrees_with(g) for g in given)
           for q in telling):
        # The whole a claim counts a part of ("the majority of the 91 projects") is the
        # source's plain count, and tells no correction by itself.
        return False
    # A bound is read at its figure: "at least 75,000 soldiers" answers "300,000" with the
    # source's 75,000, though 300,000 is at least 75,000 too; only a ceiling ("under 5,000
    # soldiers") takes in the source's smaller figure.
    # A floor the false claim gives no figure of its kind to ("over five times" against "of
    # comparable size") is met by any of the source's figures above it.
    def meets_given(q: Quantity) -> bool:
        if q.high == math.inf and not any(s.unit == q.unit for s in stated):
            return any(_agrees_as_counted(q, g) for g in given)
        reading = q if q.high != math.inf and q.low <= 0.0 else as_point(q)
        return any(_agrees_as_counted(reading, g) and not _past_the_range(q, g) for g in given) \
            or (q.high == math.inf and _floor_under(q, given, stated))

    return all(not any(_agrees_as_counted(as_point(q), s) for s in stated) and meets_given(q)
               for q in telling)


def _floor_under(q: Quantity, given: list[Quantity], stated: tuple[Quantity, ...]) -> bool:
    """Whether a floor ("more than 70,000 soldiers", "well over 2,000 miles") lies under a
    figure the source gives as its own, whole: "more than 70,000" against the source's 75,000
    to 100,000, where the false claim says 300,000. The source's figure must be one the false
    claim does not give ("4,250 miles" is the false length, though the source gives it to
    another border)."""
    own = [g for g in given if g.low != -math.inf
           and not any(_agrees_as_counted(g, s) for s in stated)]
    return any(g.low >= q.low and _agrees_as_counted(q, g) for g in own)


def _past_the_range(q: Quantity, given: Quantity) -> bool:
    """Whether a floor starts at the top of a range the source gives ("over 100,000 soldiers"
    against "between 75,000 and 100,000"): it claims more than the source's most."""
    return q.high == math.inf and given.low < given.high != math.inf \
        and given.high <= q.value <= given.high * (1 + RANGE_TOP_SLACK)


# How far above a range's top a floor's figure still starts at that top (rounding).
RANGE_TOP_SLACK = 0.02


# Words that give a whole ("all 91 projects"), not a part of it.
_WHOLE = frozenset("all every each entire".split())


# Figures whose kind a claim must give to say what a false fact's figure says.
_AMOUNTS = frozenset({"usd", "troops", "aircraft", "projects", "islands", "percent", "m3",
                      "miles", "times"})


def _figure_unsaid(claim: str, fact: Fact) -> bool:
    """Whether a false fact is false by an amount its claim gives ("Russia put 300,000 troops
    into the exercise") that the claim does not give, of that kind or as a plain count: "Russia
    had nearly all the troops" says nothing of the 300,000."""
    stated = [q for q in quantities(normalise(fact.claim)) if q.unit in _AMOUNTS]
    if fact.verdict is not Verdict.FALSE or not stated:
        return False
    given = [q for f in fact.figures for q in quantities(normalise(f.value))]
    if not conflicting(tuple(stated), tuple(given)):
        return False
    units = {q.unit for q in stated}
    return not any(q.unit in units or q.unit == "" for q in quantities(claim))


def _agrees_as_counted(q: Quantity, cited: Quantity) -> bool:
    """Whether a claimed quantity meets a cited one; a plain count ("russia 75-100k", its noun
    told before it) is read as counting what the cited one counts, and a plain count of the
    source's ("out of 91") as counting what the claimed one counts ("91 joint projects")."""
    if q.unit == "" and cited.unit in COUNTED_NOUNS:
        q = dataclasses.replace(q, unit=cited.unit)
    elif cited.unit == "" and q.unit in COUNTED_NOUNS:
        cited = dataclasses.replace(cited, unit=q.unit)
    return q.agrees_with(cited)


def _figure_fit(claimed: tuple[Quantity, ...], fact: Fact) -> int:
    """+1 when the fact's own claim gives the claim's figures, -1 when it gives others, else 0."""
    stated = quantities(normalise(fact.claim))
    shared = [q for q in claimed if any(s.unit == q.unit for s in stated)]
    if not shared:
        return 0
    return -1 if conflicting(tuple(shared), stated) else 1


def _year_fit(claimed: tuple[Quantity, ...], fact: Fact) -> int:
    """1 when the fact's claim or figures give a year the claim gives ("China put $80B into
    Russia in 2014-18" and the fact on 2014 through 2018), else 0."""
    years = {q.value for q in claimed if q.unit == "year"}
    if not years:
        return 0
    given = (*quantities(normalise(fact.claim)),
             *(q for f in fact.figures for q in quantities(normalise(f.value))))
    return int(any(q.unit == "year" and q.value in years for q in given))


# Words of a figure's description that say nothing of what it measures.
_RELATIVE_WORDS = frozenset({"relative", "rank", "actual", "per", "article"})


def _measure_fit(claim: str, claimed: tuple[Quantity, ...], fact: Fact) -> int:
    """1 when a figure the fact gives of the kind the claim gives measures something the claim
    names ("China's economy is five times Russia's" and "size of China's economy relative to
    Russia's", not "China's trade with the US relative to its trade with Russia"), else 0."""
    units = {q.unit for q in claimed if q.unit != "year"}
    said = {t for t in describing(claim) if actor_of(t) != t} - _RELATIVE_WORDS
    for figure in fact.figures:
        if units & {q.unit for q in quantities(normalise(figure.value))} \
                and said & describing(normalise(figure.what)):
            return 1
    return 0


# Where a message's clauses part: a comma (not one inside a number), a semicolon, a colon or
# a dash between words.
_CLAUSE_CUT = re.compile(r"\s*(?:(?<!\d),|,(?!\d)|[;\u2014\u2013]|:(?!\d))\s*|\s+-\s+|\n+")


def _denial_apart(raw: str, conflicts: tuple[FigureConflict, ...]) -> bool:
    """Whether every contradicted figure stands in a clause of its own that denies nothing,
    the claim's denial lying elsewhere: "the border is under 2,000 miles, it's not that long"
    states the 2,000 miles; "it fell through, not 40%" denies the 40%."""
    clauses = [f" {normalise(c)} " for c in _CLAUSE_CUT.split(raw) if c.strip()]
    for conflict in conflicts:
        # The figure as normalised: "thirty percent" is found where "30 percent" is.
        claimed = f" {normalise(conflict.claimed)} "
        holding = [c for c in clauses if claimed in c]
        if len(holding) != 1 or negations(_UNDERSTATED.sub(" ", holding[0])) % 2:
            return False
    return bool(conflicts)


# "Haven't met that often", "not so long": a degree played down, which the figure beside it
# tells ("... like fewer than ten times"), not a denial of that figure.
_UNDERSTATED = re.compile(r"\b(?:not|never|\w+nt)\b(?: [a-z]+){0,2}? (?:that|so|all that|too) "
                          r"(?:often|much|many|long|big|large|far|frequently|close|high)\b")


def _some_figure_agrees(text: str, conflicts: tuple[FigureConflict, ...]) -> bool:
    """Whether a claim gives a figure (not a year) that none of its conflicts is about."""
    wrong = {(q.value, q.unit) for c in conflicts for q in quantities(normalise(c.claimed))}
    return any(q.unit != "year" and (q.value, q.unit) not in wrong
               for q in quantities(normalise(text)))


def _comparison_reversed(text: str, match: Match) -> bool:
    """Whether a claim that does not deny compares the actors of a true fact's text the other
    way round ("China's economy is smaller than Russia's")."""
    claim = normalise(text)
    if match.fact.verdict is not Verdict.TRUE or negations(claim, comparatives=False) % 2:
        return False
    read = {comparison(claim, normalise(t))
            for t in (_stated(match), match.fact.claim, match.fact.quote or "")}
    return REVERSED in read and AGREES not in read


def _sides_swapped(text: str, match: Match) -> str | None:
    """"roles" or "substitution" when a claim that does not deny tells a true fact's deed with
    its actors' roles the other way round, or with another actor in one's place, against the
    text it matched and the fact's claim alike ("India is the top buyer of Chinese arms"
    against "Pakistan is the largest customer for Chinese weapons"); None otherwise."""
    claim = _main_clause(normalise(text))
    if match.fact.verdict not in (Verdict.TRUE, Verdict.UNPROVEN) or negations(claim) % 2:
        return None
    texts = [normalise(t) for t in (_stated(match), match.fact.claim)]
    if all(roles(claim, t) == REVERSED for t in texts):
        # Who did what to whom is sure where whether it happened is not: an unproven story
        # told with its actors' deeds swapped is false too.
        return "roles"
    if match.fact.verdict is not Verdict.TRUE:
        return None
    if all(substituted(claim, t) for t in texts):
        return "substitution"
    return None


def _turned_below_threshold(text: str, match: Match) -> str | None:
    """What turns a true fact around in a claim too far from its words for a verdict of its
    own: "comparison", "roles", "substitution", "place" or "negation"; None when nothing sure
    does. Another person's funeral, or another summit, than the fact's is another occasion."""
    if _comparison_reversed(text, match):
        return "comparison"
    fact = match.fact
    if occasion_differs(text, (match.matched_text, *fact.texts, fact.quote or "",
                               fact.summary)):
        return "place"
    swapped = _sides_swapped(text, match)
    if swapped is not None:
        return swapped
    if fact.verdict is Verdict.TRUE:
        said = (*_texts(fact), normalise(fact.quote or ""))
        if none_where_some(normalise(text), said) or most_where_few(normalise(text), said):
            # "None of the projects got finished" against "some of the projects were completed";
            # "nearly all of them were paid for" against "only 11 of these were".
            return "quantifier"
    if match.lexical is not None and match.lexical < SEMANTIC_WORDING_FLOOR \
            and _actor_set_aside(normalise(text)):
        # Found by meaning, its words too far from the fact's to read: "India, not China, is
        # the main customer" sets one actor aside for another; what it denies of the fact,
        # if anything, cannot be read.
        return None
    return "negation" if _plainly_denied(text, match) else None


def _actor_set_aside(claim: str) -> bool:
    """Whether every denial of a claim is of an actor named right after it ("india not china
    is the main buyer", "abe came to moscow, not putin to tokyo")."""
    words = claim.split()
    denials = [i for i, word in enumerate(words) if word in NEGATION_CUES]
    return bool(denials) and all(i + 1 < len(words) and actor_of(words[i + 1]) is not None
                                 for i in denials)


def _plainly_denied(text: str, match: Match) -> bool:
    """Whether a claim denies with "not", "never" or "n't" what a true fact states (or states
    what it denies so), read against every text of the fact: the one it matched, the fact's
    claim and its quote ("China isn't eager to antagonize the US" agrees with "China is warier
    of antagonizing it")."""
    claim = normalise(text)
    texts = [normalise(t) for t in (_stated(match), match.fact.claim, match.fact.quote or "")]
    # "didn't go for the reforms" against "rejected the reforms": a denial of the opposite
    # word says what the fact says.
    return match.fact.verdict is Verdict.TRUE \
        and all(opposes(claim, t, lexical=False) != opposite_words(claim, t) for t in texts[:2]) \
        and all(opposes(claim, t) != opposite_words(claim, t) for t in texts)


def _echoes_source_denial(text: str, match: Match) -> bool:
    """Whether a claim that plainly denies says, beyond the text it matched (or the fact's own
    claim), what a clause of the fact's quote denies too, and no more: the source's own
    denial in the claim's words ("the offer didn't lead to any breakthrough" against "..., even
    though it did not lead to a breakthrough")."""
    claim = normalise(text)
    if not negations(claim, lexical=False) % 2 or not match.fact.quote:
        return False
    for stated in (_stated(match), match.fact.claim):
        clause = source_clause(claim, normalise(stated), match.fact.quote)
        if clause is not None and negations(clause, lexical=False) % 2:
            return True
    return False


def _sure_of_the_hedged(text: str, fact: Fact) -> bool:
    """Whether a claim is sure ("definitely", "guaranteed") of what a true or false fact's texts
    only hedge ("likely", "may not"), or, not denying, states plainly the word a true fact's
    quote hedges ("Beijing resented it" against "Beijing likely resented"): not established,
    however far its words are from the fact's."""
    claim = normalise(text)
    texts = (*(normalise(t) for t in fact.texts), normalise(fact.quote or ""))
    if fact.verdict not in (Verdict.TRUE, Verdict.FALSE):
        return False
    # ("Beijing wasn't bothered" denies plainly what the source only calls likely: no more
    # established than "Beijing resented it".)
    return overstates(claim, texts) or (
        fact.verdict is Verdict.TRUE and (
            asserts_hedged(claim, normalise(fact.quote or ""))
            or vouches_for_forecast(claim, normalise(fact.quote or ""))))


def _figure_contradicted(text: str, fact: Fact) -> bool:
    """Whether a true fact contradicts a figure of a claim that does not deny it; a year
    another than the fact's may date another event."""
    if fact.verdict is not Verdict.TRUE or negations(normalise(text)) % 2:
        return False
    dated = _dated_by_month(normalise(text), fact)
    return any(q.unit != "year" or dated for c in figure_conflicts(text, fact)
               for q in quantities(normalise(c.claimed)))


_MONTHS = ("january february march april may june july august september october november "
           "december").split()
_MONTH_YEAR = re.compile(r"\b(?P<month>" + "|".join(_MONTHS) + r") (?:of )?(?P<year>\d{4})\b")


def _dated_by_month(claim: str, fact: Fact) -> bool:
    """Whether the claim dates its event by the month the fact dates it by, with a year: the
    same event, its year read against the fact's ("in March 1979" against "in March of
    1969")."""
    texts = (fact.claim, fact.quote or "", *(f.value for f in fact.figures))
    told = {m.group("month") for t in texts for m in _MONTH_YEAR.finditer(normalise(t))}
    return any(m.group("month") in told for m in _MONTH_YEAR.finditer(claim))


# A year told as a date (not a name's, as in "Vostok-2018").
_YEAR_TOLD = re.compile(r"(?<![\w$.,-])(?:1[89]|20)\d\d(?![\w.,%-])")
# How far from the fact's year a claim's year may be and still date the fact's event: the
# same decade misremembered, not another era's event.
MISDATED_YEARS = 10


def _misdated(text: str, fact: Fact, matcher: ClaimMatcher, threshold: float) -> bool:
    """Whether a claim giving one year tells a true fact's event with another year, within a
    decade of the year the fact's own claim dates it by: told with the fact's year, it
    is nearly close enough to that fact, and it names no actor the fact does not ("the
    border clash was back in 1979" against the 1969 clash; not "China and Vietnam fought a
    border war in 1979")."""
    if fact.verdict is not Verdict.TRUE:
        return False
    told = _YEAR_TOLD.findall(text)
    dated = {int(y) for y in _YEAR_TOLD.findall(fact.claim)}
    if len(told) != 1 or len(dated) != 1 or int(told[0]) in dated \
            or abs(int(told[0]) - next(iter(dated))) > MISDATED_YEARS:
        return False
    claim = normalise(text)
    if negations(claim) % 2 or not entities(claim) <= _fact_actors(fact):
        return False
    redated = _YEAR_TOLD.sub(str(next(iter(dated))), text)
    found = matcher.match(redated, limit=RETRIEVED)
    best = max(found, key=lambda m: m.score, default=None)
    return best is not None and best.fact.id == fact.id \
        and best.score >= threshold * CRUX_SHARE and bool(figure_conflicts(text, fact))


def _figure_confirmed(text: str, fact: Fact) -> bool:
    """Whether a claim naming an actor of a true fact gives figures of a measure (not dates,
    spans of time or bare numbers) that the fact gives, all of them: "Kazakhstan's border
    with Russia is well over 4,000 miles" against a border of 4,250 miles speaks of that fact,
    in whatever words."""
    claim = normalise(text)
    if fact.verdict is not Verdict.TRUE or figure_conflicts(text, fact):
        return False
    cited = cited_quantities(fact)
    # A span of time measures the fact's only on the side of the event the source gives it
    # ("three years before Vostok-2018", not after).
    told = set(normalise(" ".join((fact.quote or "", *(f.value for f in fact.figures)))).split())
    unmeasured = _UNMEASURED if set(claim.split()) & _SIDES_IN_TIME - told \
        or not told & _SIDES_IN_TIME else _UNMEASURED - {"years"}
    measured = [q for q in (*quantities(claim), *counted_further(claim))
                if q.unit not in unmeasured]
    if not measured or not all(any(_agrees_as_counted(q, c) for c in cited) for q in measured):
        return False
    # Sums and shares are everywhere: one of them speaks of the fact only beside its actors,
    # or told of someone left unnamed with the fact's own predicate, the source's figure
    # within the claim's ("grew more than 10 percent" against "at least 15 percent"; not
    # "more than 20 percent", which the source's leaves open).
    return bool(entities(claim) & _fact_actors(fact)) \
        or any(q.unit not in _COMMON_MEASURES for q in measured) \
        or (_predicate_told_of_them(claim, fact)
            and all(any(_met_by(q, c) for c in cited) for q in measured))


def _met_by(claimed: Quantity, cited: Quantity) -> bool:
    """Whether every amount a cited quantity allows is one the claimed quantity allows."""
    return claimed.unit == cited.unit and claimed.low <= cited.low and cited.high <= claimed.high


# The pronouns that stand for the actors of a claim told before it ("they've met ...").
_PRONOUN_SUBJECTS = frozenset("they theyve theyre theyd he hes she shes".split())


# A time told relative to the source's day: "trade grew 15 percent last year".
_RELATIVE_TIME = re.compile(r"\b(?:last|this|next) (?:year|month|week)\b")


def _predicate_told_of_them(claim: str, fact: Fact) -> bool:
    """Whether a normalised claim naming no actor, its subject a pronoun or the thing the
    fact's own claim measures, tells nothing but that claim's predicate ("they've met over two
    dozen times" and "Putin and Xi have met more than 25 times"; "trade grew more than 10
    percent last year" and "Russia-China trade grew at least 15 percent in 2018"): every word
    of it besides its figures, and a time the source tells in the same words, is a word of
    that claim."""
    words = claim.split()
    own = normalise(fact.claim)
    told = {term_of(w) for w in content_words(own)}
    if not words or entities(claim) or (
            words[0] not in _PRONOUN_SUBJECTS and term_of(words[0]) not in told):
        return False
    quoted = normalise(fact.quote or "")
    kept = _RELATIVE_TIME.sub(lambda m: "" if m[0] in quoted else m[0], claim)
    said = {term_of(w) for w in content_words(kept) if not w[:1].isdigit()}
    return bool(said) and said <= told


# Figures that measure nothing by themselves: a date, a span of time, a bare number.
_UNMEASURED = frozenset({"", "year", "years"})
_COMMON_MEASURES = frozenset({"usd", "percent", "times"})
_SIDES_IN_TIME = frozenset({"before", "after", "earlier", "later", "ago", "prior"})


def _fact_actors(fact: Fact) -> frozenset[str]:
    return entities(normalise(" ".join((*fact.texts, fact.quote or "", fact.summary))))


def _figures_told_of_fact(raw: str, conflicts: tuple[FigureConflict, ...], fact: Fact) -> bool:
    """Whether every contradicted figure of a claim stands in a clause that names no actor
    but those of the fact's own claim."""
    own = entities(normalise(fact.claim))
    clauses = figures_in_clauses(raw)

    def told_of_fact(c: FigureConflict) -> bool:
        values = {q.value for q in quantities(normalise(c.claimed))}
        found = [about for q, about in clauses if q.value in values]
        return bool(found) and all({t for t in about if actor_of(t) == t} <= own
                                   for about in found)

    return bool(conflicts) and all(told_of_fact(c) for c in conflicts)


def _measure_named(text: str, fact: Fact) -> bool:
    """Whether a claim gives a figure (not a year) of a kind the fact gives and names, besides
    actors, MEASURE_WORDS words of what that figure measures ("trade grew 5 percent on 2017"
    against the growth of trade in 2018 over 2017)."""
    claim = normalise(text)
    units = {q.unit for q in quantities(claim) if q.unit not in ("", "year")}
    said = {t for t in describing(claim) if actor_of(t) != t}
    # "They've met fewer than 20 times": a pronoun subject stands for the actors the figure is
    # told of, as their names would.
    told_of_them = _pronoun_subject(claim)

    def named(what: frozenset[str]) -> int:
        return len(said & what) + int(told_of_them and any(actor_of(t) == t for t in what))

    return any(units & {q.unit for q in quantities(normalise(f.value))}
               and named(describing(normalise(f.what))) >= MEASURE_WORDS
               for f in fact.figures)


def _pronoun_subject(claim: str) -> bool:
    """Whether a normalised claim's subject is a pronoun alone, naming no actor."""
    words = claim.split()
    return bool(words) and words[0] in _PRONOUN_SUBJECTS and not entities(claim)


# How many words of what a source's figure measures a claim must name to speak of that figure.
MEASURE_WORDS = 2


def _names_measure(raw: str, conflicts: tuple[FigureConflict, ...]) -> bool:
    """Whether the clause of every contradicted figure of the claim names, besides its
    actors, at least MEASURE_WORDS words of what the source's figure measures ("a 40% stake in
    Rosneft" against "Rosneft stake in the CEFC deal")."""
    clauses = figures_in_clauses(raw)

    def named(c: FigureConflict) -> bool:
        measures = describing(normalise(c.what))
        return any(len({t for t in about if actor_of(t) != t} & measures) >= MEASURE_WORDS
                   for q, about in clauses
                   if any(x.value == q.value for x in quantities(normalise(c.claimed))))

    return bool(conflicts) and all(named(c) for c in conflicts)


def _quantifier_fit(claim: str, match: Match) -> int:
    """-1 when the fact text matched says "only", "all"... and the claim does not, or the other
    way round; else 0."""
    stated = normalise(_stated(match))
    if added_quantifier(claim, (stated,)) or added_quantifier(stated, (claim,)):
        return -1
    return 0


def _other_side(claim: str, match: Match) -> bool:
    """Whether the claim names one side of trade (exports, imports) and the fact's texts only
    the other."""
    return other_side(claim, _texts(match.fact))


def _names_side(claim: str, match: Match) -> bool:
    """Whether the fact's texts name the side of trade the claim names."""
    return names_side(claim, _texts(match.fact))


def _settle_tie(claim: str, candidates: tuple[Match, ...]) -> Match:
    """The best candidate, unless one within TIE_MARGIN of it fits the claim's wording better:
    its claim states the claim's figures and the best's does not ("trade reached $200 billion"
    takes the fact that says $200 billion, not the one that says $100 billion), it says
    "only" or "all" where the claim does and the best does not (or the other way round), or
    it gives the actors the claim's roles where the best gives them the other way round, or it
    tells the side of trade the claim names where the best tells only the other ("Russia's
    rank among China's export markets", not its imports); for that, candidates within
    SIDE_MARGIN come close."""
    best = candidates[0]
    claimed = quantities(claim)
    # A best that tells only the other side of trade than the claim's is about another
    # measure: a fact telling the claim's side comes close from further down.
    clash = _other_side(claim, best)
    # A best whose own claim tells no side of trade ("Russia is among China's top ten trading
    # partners overall") is about total trade: a fact whose own claim tells the claim's side
    # comes close from further down too.
    sideless = not clash and not names_side(claim, (normalise(best.fact.claim),))
    # A best that gives no span of time where the claim gives one ("over in a day" against a
    # fact that dates the clash only) is about another matter: a fact giving a span ("the
    # fighting lasted months") comes close from further down too.
    unmeasured = _measures(claimed) - _measures(cited_quantities(best.fact))
    spans_given = {m.fact.id: bool(unmeasured & _measures(cited_quantities(m.fact)))
                   for m in candidates} if unmeasured else {}
    close = [m for m in candidates if best.score - m.score <= TIE_MARGIN
             or (clash and best.score - m.score <= SIDE_MARGIN and _names_side(claim, m))
             or (sideless and best.score - m.score <= SIDE_MARGIN
                 and names_side(claim, (normalise(m.fact.claim),)))
             or (unmeasured and best.score - m.score <= SIDE_MARGIN and spans_given[m.fact.id])]
    if len(close) == 1:
        return best
    read = {m.fact.id: roles(claim, normalise(_stated(m))) for m in close}
    agreeing = AGREES in read.values()
    models = _models(claim)
    return max(close, key=lambda m: (not models or _models_fit(models, m.fact),
                                     _roles_fit(read[m.fact.id], agreeing=agreeing),
                                     not _other_side(claim, m),
                                     not sideless or names_side(claim,
                                                                (normalise(m.fact.claim),)),
                                     not meant_only(claim, normalise(_stated(m))),
                                     not unmeasured or spans_given[m.fact.id],
                                     _measure_fit(claim, claimed, m.fact) if claimed else 0,
                                     _figure_fit(claimed, m.fact) if claimed else 0,
                                     _year_fit(claimed, m.fact) if claimed else 0,
                                     _quantifier_fit(claim, m),
                                     _actors_fit(claim, m)))


def _measures(figures: Sequence[Quantity]) -> frozenset[str]:
    """The spans of time among figures ("over in a day", "lasted months"): what a date alone
    does not measure."""
    return frozenset(q.unit for q in figures if q.unit == "days")


def _models_fit(models: frozenset[str], fact: Fact) -> bool:
    """Whether a fact's texts name one of the models a claim names: the Su-35 and the S-400
    are two things, and a fact about the one says nothing of the other."""
    return not models.isdisjoint(_fact_models(fact))


def _actors_fit(claim: str, match: Match) -> bool:
    """Whether the fact's own claim names the actor a claim opens on, its subject: of two
    facts that fit it alike, the one about that actor ("China sent 30k troops to the drill"
    takes China's contingent, not Russia's)."""
    subject = next((actor_of(w) for w in claim.split()[:2] if actor_of(w) is not None), None)
    return subject is not None and subject in {actor_of(w) for w in normalise(
        match.fact.claim).split()}


def _roles_fit(reading: str, *, agreeing: bool) -> int:
    """-1 when the claim gives the actors the other roles than a fact text ("China is Russia's
    biggest partner" against "Russia is among China's ten biggest") and another close fact's
    text gives them the claim's, else 0. With no fact agreeing, the one whose roles the claim
    turns around is still what it speaks of ("Putin awarded Xi the Order of Friendship"
    against "Xi gave Putin the Order of Friendship")."""
    return -1 if agreeing and reading == REVERSED else 0


def _roles_read(claim: str, match: Match) -> str:
    """Whether a claim gives the actors the roles the fact text it matched gives them, or, when
    that text does not say (a chat alias: "china's russia's #1 trade partner"), the roles the
    fact's own claim gives them."""
    reading = roles(claim, normalise(_stated(match)))
    if reading == UNKNOWN and _stated(match) != match.fact.claim.rstrip().rstrip("?"):
        return roles(claim, normalise(match.fact.claim))
    return reading


def _roles_agreeing(claim: str, closest: Match, candidates: tuple[Match, ...],
                    threshold: float) -> Match:
    """A fact that gives the actors the claim's roles, rather than the closest, whose text
    gives them the other way round, when the closest's own claim does not state the claim's
    figures (then the claim is that fact told with its actors swapped: "Russia is China's
    second-largest partner") and the other scores ROLES_SHARE of the threshold and leaves
    unexplained no word of the claim the closest explains: "Russia is China's fifth export
    destination" is about Russia's rank among China's export markets, not about China as the
    top destination of Russia's arms exports."""
    if _roles_read(claim, closest) != REVERSED:
        return closest
    # A year dates the event; only an amount makes the claim the closest fact's own.
    claimed = tuple(q for q in quantities(claim) if q.unit != "year")
    if claimed and _figure_fit(claimed, closest.fact) == 1:
        return closest
    words = _left(claim, closest)
    # A false fact told with its actors swapped may be a true fact of the pack, told in the
    # false one's words ("the clash started when Chinese troops ambushed a Soviet patrol"
    # against "Soviet troops started the clash by ambushing a Chinese patrol").
    refuted = closest.fact.verdict is Verdict.FALSE
    agreeing = [m for m in candidates if m.score >= threshold * ROLES_SHARE
                # Roles only a fact's own claim shows, not the text it matched, count when
                # the fact passes the threshold itself.
                and (roles(claim, normalise(_stated(m))) == AGREES
                     or (m.score >= threshold and _roles_read(claim, m) == AGREES))
                and (_left(claim, m) <= words
                     or (refuted and m.fact.verdict is Verdict.TRUE))]
    return agreeing[0] if agreeing else closest


def _denial_explained(claim: str, closest: Match, candidates: tuple[Match, ...],
                      threshold: float) -> Match:
    """A fact that explains more of a denial's words, rather than the closest, when the
    closest's own claim names an actor the denial leaves out and the other scores ROLES_SHARE
    of the threshold: "China doesn't import much oil or gas" denies what China does, not that
    Russia is its main gas supplier."""
    if not negations(claim) % 2 or entities(normalise(closest.fact.claim)) <= entities(claim):
        return closest
    words = _left(claim, closest)
    explaining = [m for m in candidates if m is not closest
                  and m.score >= threshold * ROLES_SHARE and _left(claim, m) < words]
    return explaining[0] if explaining else closest


def _deed_of_offer(claim: str, closest: Match, candidates: tuple[Match, ...],
                   threshold: float) -> Match:
    """A related fact whose own claim tells the deed done, rather than the closest, whose own
    claim tells it only held out, when the claim tells the deed itself (no offer, no plan) and
    the other scores ROLES_SHARE of the threshold: "Putin returned the Kurils to Japan" is
    about the handover, not about the offer of one."""
    if not tells_offer(normalise(closest.fact.claim)) or tells_offer(claim) \
            or speaks_of_plan(claim) or foretells(claim):
        return closest
    telling = [m for m in candidates if m.fact.id in closest.fact.related
               and m.score >= threshold * ROLES_SHARE
               and not tells_offer(normalise(m.fact.claim))
               and not speaks_of_plan(normalise(m.fact.claim))]
    return _in_place_of(telling[0], threshold) if telling else closest


def _actor_figure_told(claim: str, closest: Match, candidates: tuple[Match, ...],
                       threshold: float) -> Match:
    """A fact whose own claim names the actor a claim opens on and states its figure, rather
    than the closest, whose own claim names another actor and not that one, when the other
    scores ROLES_SHARE of the threshold: "China at Vostok-2018: 3.2K troops" is about China's
    contingent of 3,200, not Russia's said 300,000."""
    claimed = tuple(q for q in quantities(claim) if q.unit != "year")
    subject = next((actor_of(w) for w in claim.split() if actor_of(w) is not None), None)
    if not claimed or subject is None:
        return closest
    named = {actor_of(w) for w in normalise(closest.fact.claim).split()} - {None}
    if not named or subject in named or _figure_fit(claimed, closest.fact) == 1:
        return closest
    telling = [m for m in candidates if m is not closest and m.score >= threshold * ROLES_SHARE
               and subject in {actor_of(w) for w in normalise(m.fact.claim).split()}
               and _figure_fit(claimed, m.fact) == 1]
    return _in_place_of(telling[0], threshold) if telling else closest


def _in_place_of(chosen: Match, threshold: float) -> Match:
    """A fact chosen over the closest for what it names: the claim was close enough to the
    pack to be read, so its match counts as close enough."""
    return dataclasses.replace(chosen, score=max(chosen.score, threshold))


# A model's name as models_as_names writes it, one word ("s400", "su35", "j20"): letters,
# then its number.
_MODEL = re.compile(r"^[a-z]{1,2}\d+$")


def _models(normalised: str) -> frozenset[str]:
    """The names of the models (weapons, aircraft) a normalised text names: "s400", "su35"."""
    return frozenset(w.removesuffix("s") if w.endswith("s") and not w[-2].isalpha() else w
                     for w in models_as_names(normalised).split() if _MODEL.match(
                         w.removesuffix("s")))


def _model_named(claim: str, closest: Match, candidates: tuple[Match, ...],
                 threshold: float) -> Match:
    """A fact that names the model a claim names, rather than the closest, whose texts name
    none of it, when the other scores ROLES_SHARE of the threshold: "the S-400 deal was worth
    $400 billion" is about the S-400, not the pipeline whose worth is $400 billion."""
    named = _models(claim)
    if not named or _models_fit(named, closest.fact):
        return closest
    naming = [m for m in candidates if m is not closest and m.score >= threshold * ROLES_SHARE
              and _models_fit(named, m.fact)]
    return _in_place_of(naming[0], threshold) if naming else closest


@lru_cache(maxsize=4096)
def _fact_models(fact: Fact) -> frozenset[str]:
    """The models a fact's texts and quote name."""
    return _models(" ".join((*_texts(fact), normalise(fact.quote or ""))))


def _texts(fact: Fact) -> tuple[str, ...]:
    """A fact's texts, normalised."""
    return tuple(normalise(t) for t in fact.texts)


def _left(claim: str, match: Match) -> set[str]:
    """The words of a claim no text of the matched fact explains."""
    return set(unexplained(claim, _texts(match.fact)))


def _quantified(claim: str, best: Match, candidates: tuple[Match, ...],
                threshold: float) -> Match:
    """A claim whose crux is a quantifier ("the only country Russia sells the S-400 to"), a
    plan ("CEFC planned to buy a stake") or who said it ("Boulègue argued ...") is about the
    fact that states it, when one passes the threshold, rather than the closer fact that does
    not."""
    stated = normalise(_stated(best))
    name = attributed_to(claim)
    if name is not None and name not in names_in(normalise(best.fact.claim)):
        # "Boulègue says ...": the fact on what that person said, rather than on what they said.
        naming = [m for m in candidates if m.score >= threshold * CRUX_SHARE
                  and name in names_in(normalise(m.fact.claim))]
        if naming:
            return naming[0]
    word = added_quantifier(claim, (stated,))
    if word == "only" and only_of_figure(claim) and not gives_part(claim):
        # "The program only had 19 projects": the figure is the crux, told small; a fact that
        # says "only" of another count is another matter.
        return best
    if word is not None:
        # The best passed the threshold, so the claim is about this topic; a fact that states
        # its quantifier may score a little lower, its wording being further from the claim's.
        # One that leaves unexplained a word of the claim the best explains ("the only buyer
        # of the Su-35" against "the only buyer of the S-400") speaks of another thing, unless
        # both tell a part of a whole ("only 11 of the 91").
        words = _left(claim, best)
        stating = [m for m in candidates if m.score >= threshold * CRUX_SHARE
                   and word in (other := normalise(_stated(m))).split()
                   and (_left(claim, m) <= words
                        or (gives_part(claim) and states_part((other,))))]
        return stating[0] if stating else best
    count = whole_counted(claim)
    if count is not None and not counts_part_of(count, (stated,)):
        # "All 91 projects" against a fact that counts them: the fact that counts a part of
        # them tells whether all of them are so.
        parting = [m for m in candidates if m.score >= threshold * CRUX_SHARE
                   and counts_part_of(count, _texts(m.fact))]
        return parting[0] if parting else best
    if gives_part(claim) and not states_part((stated,)):
        # "Did Beijing fund most of the 91 projects?" against a fact that only counts them: the
        # fact that tells how much of them is so answers, when it leaves no more of the
        # claim's words unexplained.
        left = len(_left(claim, best))
        parting = [m for m in candidates if m.score >= threshold * CRUX_SHARE
                   and states_part(_texts(m.fact))
                   and len(_left(claim, m)) <= left]
        return parting[0] if parting else best
    if intent_differs(claim, stated, (stated,)):
        fitting = [m for m in candidates if m.score >= threshold
                   and not intent_differs(claim, (other := normalise(_stated(m))), (other,))]
        return fitting[0] if fitting else best
    return best


def _stated(match: Match) -> str:
    """The fact text a claim's wording is read against: the text it matched. A question alias
    asks the fact's own claim in its own words ("Did Kosygin refuse Zhou Enlai's hug?"), so it
    is read as that claim stated."""
    return match.matched_text.rstrip().rstrip("?")


# Where a reason or a cause opens, after the claim's main clause: "the deal got killed bc the
# security guys thought china would spy".
_REASON = re.compile(r"\b(?:because|bc|cause|cuz|coz|since)\b")


def _asks(match: Match) -> bool:
    """Whether the text a claim matched is a question alias."""
    return match.matched_text.rstrip().endswith("?")


def _main_clause(claim: str) -> str:
    """A normalised claim without the reason it gives after its main clause."""
    found = _REASON.search(claim)
    return claim[:found.start()] if found is not None and found.start() > 0 else claim


# A clause after the claim that speaks of the chat's own people or of where it was read ("...,
# so I'm leading slide 3 with it", "..., according to the piece we read", "... which surprised
# me"): no more said of the matter.
_CHAT_CLAUSE = re.compile(
    r"(?:[,;\u2014\u2013]|\s-\s|\s(?=so\s))\s*(?:(?:so|and|but)\s+)?"
    r"(?:(?:i|im|i'm|i’m|ive|i've|we|were|we're|we’re|weve|you|youre|you're|u|lets|let's|"
    r"can someone|can anyone|does anyone|anyone|someone|according to (?:the|my|our|this|that)|"
    r"which (?:surprised|shocked|amazed|blew)|that's what|thats what|at least that's|"
    r"at least thats|per (?:the|my|our))\b).*$",
    re.IGNORECASE | re.DOTALL)


def _without_chat_clause(raw: str) -> str:
    """A claim without a clause after it that speaks of the chat's own people or of where the
    claim was read, when a claim's worth of words is left."""
    match = _CHAT_CLAUSE.search(raw)
    if match is None or match.start() == 0:
        return raw
    left = raw[:match.start()]
    return left if len(left.split()) >= 4 else raw


# What parts a preamble from its claim: a colon, or a dash between spaces.
_PREAMBLE_END = re.compile(r":|\s(?:\u2014|\u2013|--?)\s")


def _after_preamble(raw: str) -> str:
    """A claim without the words before its last colon or dash, when they name no actor and
    give no figure ("Quick one before the meeting: the border is about 4,250 miles", "Used to
    live there, so this hit home — the border is about 4,250 miles")."""
    ends = list(_PREAMBLE_END.finditer(raw))
    if not ends:
        return raw
    head, body = raw[:ends[-1].start()], raw[ends[-1].end():]
    if not body.strip() or any(ch.isdigit() for ch in head) or entities(normalise(head)):
        return raw
    return body


def _substituted_in_claim(claim: str, fact: Fact) -> bool:
    """Whether the claim puts an actor in the place the fact's own claim gives another, when
    the text it matched names both ("China invested $148bn in Russia" against "China invested
    far more in Africa than in Russia"). Only a claim whose every actor has a role read, and
    that names one the quote does not, is read so."""
    actors, read = entities(claim), mentions(claim)
    return read is not None and {m.actor for m in read} == actors \
        and not actors <= entities(normalise(fact.quote or "")) \
        and _substitutes(claim, normalise(fact.claim), fact)


def _substitutes(claim: str, text: str, fact: Fact) -> bool:
    """Whether the claim puts an actor in a role the fact's text gives another, unless a true
    fact's quote tells of that actor what the claim does ("Egypt bought dozens of Su-35s from
    Russia" against "Indonesia ordered 11 Su-35s", the quote adding "Egypt has purchased
    dozens more"): a text that leaves an actor out does not deny what the source says of it."""
    actors = substitutes(claim, text)
    if not actors or fact.verdict is not Verdict.TRUE or not fact.quote:
        return bool(actors)
    # Only a claim that names, besides, an actor the quote never names, as where the thing came
    # from ("from Russia"), tells what the quote leaves out; one told as the deed's other side
    # ("sold to Russia") is not left out, and a claim naming only the quote's actors is read
    # against the text it matched.
    quoted = entities(normalise(fact.quote))
    unnamed = [m for m in mentions(claim) or () if m.actor not in quoted]
    if not unnamed or any(m.role is not Role.SOURCE for m in unnamed):
        return True
    return not all(told_of(claim, fact.quote, actor) for actor in actors)


def _purposes_swapped(claim: str, stated: str, fact: Fact) -> bool:
    """Whether the claim keeps the purpose the fact sets aside (or the other way round), read
    against the text it matched, the fact's claim, and a true fact's quote."""
    texts = [stated, normalise(fact.claim)]
    if fact.verdict is Verdict.TRUE and fact.quote:
        texts.append(normalise(fact.quote))
    return any(purposes_swapped(claim, text) for text in texts)


def _place_texts(fact: Fact, stated: str) -> tuple[str, ...]:
    """The texts that tell where the fact's event happened: the one the claim matched, the
    fact's own phrasings, its quote and its summary."""
    return (stated, *(normalise(t) for t in fact.texts), normalise(fact.quote or ""),
            normalise(fact.summary))


@dataclass(frozen=True, slots=True)
class _Wording:
    """How a claim's wording reads against the fact text it matched."""

    negated: bool           # it denies what the fact text states
    plainly_negated: bool   # it does so with "not", "never", "n't" (not "refused" or "failed")
    reversed: str | None    # "comparison", "roles", "substitution", "place" or "opposite": it turns
    #                         them
    quantifier: str | None  # a quantifier it adds ("only", "all", ...)
    intent: bool            # a plan against a deed, or the other way round
    loose: bool = False     # found by meaning, its words too far from the fact's to read
    beyond: int = 0         # content words no text of the fact uses
    overstated: bool = False  # sure of what the source only thinks likely
    inferred: bool = False  # it draws a conclusion ("proves", "so they're") the fact does not
    compared: bool = False  # it compares where no text of the fact compares anything
    partial: bool = False   # the fact's texts say a part of something is so ("only 11 of 91")
    others: bool = False    # the fact's texts say there are others ("not the last buyer")
    rumoured: bool = False  # it tells what a rumour says, the fact's texts calling it one
    figures_agreeing: bool = False  # a figure of it (not a year) the source does not contradict
    none_where_some: bool = False  # it denies every one where the fact's texts say some are so
    most_where_few: bool = False  # it gives most where the fact's texts hold it to a few
    # It tells many where the fact's texts hold the count small (1), or denies many (-1).
    many_where_few: int = 0
    premise: bool = False   # the fact text draws a conclusion, the claim states no more than
    #                         its premise
    directed: bool = False  # it tells who acted on whom where no text of the fact does
    literal: bool = False   # it tells as so to the letter what the fact tells as a likeness
    framed: bool = False    # it tells how a side presents the thing, as the fact's quote does
    deed_for_plan: bool = False  # it tells as done what the fact tells as a plan or a report
    foretold: bool = False  # it foretells what the fact tells as done
    foretelling: bool = False  # it foretells, whatever the fact tells
    forecast_denied: bool = False  # it foretells that a thing will not be done
    forecast_doubted: bool = False  # it tells as to come what the fact's quote only doubts
    stake_swapped: bool = False  # the quote's deal, with who bought into whom swapped
    stake_denied: bool = False  # and the claim says "not" or "never" of it


def _roles_reversed(claim: str, best: Match) -> bool:
    """Whether the text matched gives the claim's actors the other roles; a text of several
    clauses, each read with the words it leaves out ("Delhi took 35%, Beijing 12%": "Beijing
    took 12%"), does so only in one of them."""
    stated = normalise(_stated(best))
    reading = roles(claim, stated)
    if reading == UNKNOWN and mentions(stated):
        # A text whose actors' roles word order leaves open ("Was China the first to buy
        # the Su-35?" names one) is read as the fact's own claim; one that names the actors
        # side by side or as mutual ("... of Russia and China") says they have none.
        return roles(claim, normalise(best.fact.claim)) == REVERSED
    if reading != REVERSED:
        return False
    piece = soft_atoms(_stated(best))
    clauses = [c for c, short in zip(piece.readings, piece.short, strict=True) if not short]
    return len(clauses) < 2 or any(roles(claim, normalise(c)) == REVERSED for c in clauses)


def _quote_roles_reversed(claim: str, stated: str, fact: Fact) -> bool:
    """Whether a true fact's quote gives the actors the other roles, where the text matched
    gives them none: "Beijing seeks a partnership from Moscow" against "Moscow can seek from
    Beijing a partnership", matched by a summary that says "with Beijing"."""
    return fact.verdict is Verdict.TRUE and bool(fact.quote) \
        and any(m.role is Role.SOURCE for m in mentions(claim) or ()) \
        and roles(claim, stated) == UNKNOWN \
        and roles(claim, normalise(fact.quote or "")) == REVERSED


# A span of time told before or after an event ("three years before Vostok-2018").
_TIME_SIDE = re.compile(r"\b(?:years?|months?|weeks?|days?|decades?)\s+"
                        r"(?P<side>before|earlier than|prior to|after|later than)\b")
_EARLIER = frozenset({"before", "earlier than", "prior to"})


def _deal_texts(fact: Fact) -> tuple[str, ...]:
    """The texts that tell who bought, sold and ended a fact's deal: its claim, phrasings,
    quote and summary."""
    return (*(normalise(t) for t in fact.texts), normalise(fact.quote or ""),
            normalise(fact.summary))


def _time_side_reversed(claim: str, fact: Fact) -> bool:
    """Whether the claim puts a span of time on the other side of an event than the fact's
    figures or quote do ("three years after Vostok-2018" against "three years before")."""
    told = normalise(" ".join((fact.quote or "", *(f.value for f in fact.figures))))
    ours, theirs = _TIME_SIDE.search(claim), _TIME_SIDE.search(told)
    if ours is None or theirs is None:
        return False
    return (ours.group("side") in _EARLIER) != (theirs.group("side") in _EARLIER)


def _wording(raw: str, claim: str, best: Match, *, conflicting: bool) -> _Wording:
    """The claim read against `best`; words beyond the fact are counted only for a claim with
    conflicting figures, the one case they decide."""
    fact = best.fact
    stated = normalise(_stated(best))
    # A conclusion drawn from a premise ("..., so trust wasn't an issue") says nothing of the
    # premise's roles or denials: the premise is what is read against the fact, the whole
    # claim for the conclusion it draws.
    whole, whole_raw = claim, raw
    premise = premise_of(raw)
    drawn = ""
    if premise is not None:
        drawn = normalise(raw[len(premise):])
        raw, claim = premise, normalise(premise)
    # "it was Xi who did it, not Putin": the claim is what it tells of the actor it keeps.
    claim = purposes_in_order(actor_set_against(claim))
    # "it's 2,600 miles, not 4,250": the claim is the figure it keeps.
    claim = figure_set_aside(claim)
    # "didn't touch the term limits" keeps them.
    claim = left_in_place(claim)
    # "the pipe cost $55bn, the $25bn pledge fell through" against the cost: the pledge's end
    # is no denial of it.
    claim = deal_ending_aside(raw, stated) or claim
    # "China abstained, it didn't vote against": the claim is what it keeps, when the fact's
    # own claim speaks of that and not of the contrary it sets aside.
    kept = contrary_set_aside(claim, normalise(fact.claim))
    if kept is None and (told_of := subject_told(raw)) != raw:
        # "China abstained, didn't vote against": the denial's subject is the claim's.
        kept = contrary_set_aside(normalise(told_of), normalise(fact.claim))
    claim = kept or claim
    compared = comparison(claim, stated)
    if compared == UNKNOWN and fact.verdict is Verdict.TRUE and fact.quote:
        # A true fact's quote may compare where the text matched only gives the figures.
        compared = comparison(claim, normalise(fact.quote))
    # A comparison read both ways decides its direction; "less" is then no denial.
    # What the claim says beyond the text it matched is read against the source's own words
    # for it: "did the offer lead to a breakthrough?" against "it did not lead to a
    # breakthrough". Only a true fact's quote says what its claim says; a false one's refutes it.
    told = stated
    if fact.verdict is Verdict.TRUE and (
            further := source_clause(claim, stated, fact.quote or "")
            # "..., no breakthrough" where the source says "it did not lead to a
            # breakthrough": the claim tells the source's own denial beside the deed.
            or denied_in_source(claim, stated, fact.quote or "")) is not None:
        told = f"{stated} {further}"
    elif fact.verdict is Verdict.TRUE and ends_a_deal(claim) and not negations(told) \
            and ends_a_deal(fact_claim := normalise(fact.claim)):
        # "The Huawei deal blew up three years before Vostok" against "the search for servers
        # came three years before Vostok", the fact's own claim telling the deal killed: the
        # claim tells the ending the fact does, and denies nothing.
        told = f"{stated} {fact_claim}"
    if fact.verdict is Verdict.TRUE and opposition_told(
            claim, normalise(f"{fact.quote or ''} {fact.summary}")):
        # "The spooks challenged the decision", the source telling they challenged it, then
        # reversed it: the claim tells the first deed, and denies no ending.
        told = endings_aside(told)
    # "All 91 projects" gives the whole the source counts a part of: no correction.
    # "Beijing pledged $25 billion" against the false "China invested $25 billion", the source
    # telling of the pledge: the claim tells the source's correction, whether or not it adds
    # that the pledge fell through (an ending told of the plan, not a denial of it).
    planned = fact.verdict is Verdict.FALSE and not conflicting \
        and tells_the_plan(claim, normalise(fact.claim), normalise(fact.quote or ""))
    corrected = planned or (_WHOLE.isdisjoint(claim.split())
                            and _states_correction(quantities(claim), fact,
                                                   quoted=not conflicting)
                            and not _whence_differs(claim, normalise(fact.quote or ""))) or (
        fact.verdict is Verdict.FALSE and (
            corrects_doers(raw, fact.claim, fact.quote or "")
            or tells_the_correction(claim, stated, normalise(fact.quote or ""))))
    negated = opposes(plan_not_carried_out(claim) if planned else claim, told,
                      comparatives=compared == UNKNOWN, lexical=not planned) != corrected
    if fact.verdict is Verdict.FALSE and not negated \
            and (kept := contrasted(claim)) != claim and not negations(kept) \
            and tells_the_correction(kept, stated, normalise(fact.quote or "")):
        # "Xi didn't go for market reforms, he spurned them": the denial and the source's
        # correction after it tell one thing twice, not two denials that cancel.
        negated = True
    elif planned and not negated and (kept := contrasted(claim)) != claim \
            and not negations(kept) and negations(claim) % 2:
        # "Putin didn't give the islands back, just dangled it": the deed denied and the plan
        # told in its place are the source's correction told twice, not two that cancel.
        negated = True
    reversed_by: str | None = None
    if compared == REVERSED:
        reversed_by = "comparison"
    elif compared == UNKNOWN and (_roles_reversed(claim, best)
                                  or _quote_roles_reversed(claim, stated, fact)
                                  or agents_reversed(claim, normalise(fact.claim))
                                  or aide_acts(claim, stated)
                                  or aide_acts(claim, normalise(fact.claim))
                                  or (principal_acts(claim, normalise(fact.claim))
                                      # "made Moscow cancel the deal": its own deed too.
                                      and not told_doing(claim, _texts(fact)))
                                  or lone_recipient_gives(claim, normalise(fact.claim))
                                  or ender_swapped(claim, normalise(fact.claim))
                                  or (fact.verdict is Verdict.TRUE
                                      and deal_sides_swapped(claim, _deal_texts(fact)))
                                  or (fact.verdict is Verdict.TRUE and trip_reversed(
                                      claim, (stated, normalise(fact.claim),
                                              normalise(fact.quote or ""))))):
        # The fact's own claim tells who acted on whom as plainly as any text of it.
        reversed_by = "roles"
    elif _substitutes(_main_clause(claim), stated, fact) \
            or _substituted_in_claim(_main_clause(claim), fact) \
            or person_substituted(claim, (stated, *_texts(fact), normalise(fact.quote or ""),
                                          normalise(fact.summary))) \
            or post_differs(claim, (stated, *_texts(fact), normalise(fact.quote or ""),
                                      normalise(fact.summary))) \
            or (fact.verdict is Verdict.TRUE
                and founders_differ(claim, (stated, normalise(fact.quote or "")))):
        reversed_by = "substitution"
    elif place_differs(place_denied(claim) if negated else claim, _place_texts(fact, stated)) \
            or occasion_differs(
            raw, (best.matched_text, *fact.texts, fact.quote or "", fact.summary)):
        reversed_by = "place"
    elif paired_differently(raw, (best.matched_text, fact.quote or "")) and (
            conflicting or sum(q.unit != "year" for q in quantities(claim)) < 2):
        # Two figures or more, none of them contradicted, each with its own actor: the figures
        # tell how the claim pairs its actors, not the words around them.
        reversed_by = "roles"
    elif opposite_words(claim, stated) or _purposes_swapped(claim, stated, fact) \
            or (not negated and any(purpose_set_aside(claim, text)
                                    for text in (stated, normalise(fact.claim)))) or (
            # A true fact's own claim tells its deed as plainly as the text matched: "trusted
            # Huawei" against "over spying fears" (a claim it already denies is read so).
            (_asks(best) or (fact.verdict is Verdict.TRUE and not negated))
            and opposite_words(claim, normalise(fact.claim))) \
            or opposite_in_clauses(claim, best.matched_text) \
            or timing_differs(claim, (stated, *_texts(fact), normalise(fact.quote or ""),
                                      normalise(fact.summary))) \
            or (not conflicting  # a count of the unit is a figure, read as one
                and span_differs(claim, (stated, *_texts(fact), normalise(fact.quote or ""),
                                         normalise(fact.summary)))) \
            or (fact.verdict is Verdict.TRUE
                and repeated_where_first(claim, (stated, normalise(fact.claim)))):
        # A question alias ("Did the link-up deliver?") words no deed: the fact's own claim
        # does ("... have stalled").
        reversed_by = "opposite"
    elif not negated and (direction_reversed(claim, stated)
                          or direction_reversed(claim, normalise(fact.quote or ""))):
        # "less aggressive ..., from expansionist to assertive" says it once, by "less".
        reversed_by = "direction"
    elif _time_side_reversed(claim, fact):
        reversed_by = "opposite"
    elif gap_differs(claim, stated) or gap_differs(claim, normalise(fact.claim)):
        reversed_by = "gap"
    plainly = opposes(claim, stated, comparatives=False, lexical=False)
    if (speaks_of_plan(claim) or tells_terms(claim)) and not plainly \
            and not negations(claim) % 2 and not planned and not tells_carried_out(claim):
        # "CEFC planned to buy a stake" against "CEFC's plan to buy a stake fell through":
        # the claim is about the plan, which the source's "fell through" does not deny; so is
        # one giving a deal's terms ("the deal was for a stake"). A claim that says the plan
        # fell through ("the pledge fell through") denies it itself; one that says it went
        # ahead tells the deed whose end the source tells otherwise.
        negated = False
    if negated and fact.verdict is Verdict.TRUE and not negations(claim) \
            and deal_sides_named(claim, _deal_texts(fact)):
        # "The Kremlin was the buyer and Huawei the seller" against "the deal fell through":
        # who stood on which side, which the ending does not deny (the sides decide).
        negated = False
    if negated and fact.verdict is Verdict.TRUE \
            and near_miss_of_decision(claim, normalise(fact.claim)):
        # "nearly bought from Huawei" against "decided to buy from Huawei".
        negated = False
    texts = (*(normalise(t) for t in fact.texts), normalise(fact.quote or ""))
    loose = best.lexical is not None and best.lexical < SEMANTIC_WORDING_FLOOR
    beyond = 0
    if conflicting:
        # The source's author's name ("Aron says ...") tells whose the claim is, not more.
        accounts = (*texts, normalise(fact.summary), normalise(fact.source.author or ""),
                    *(normalise(f"{f.value} {f.what}") for f in fact.figures))
        beyond = len(unexplained(normalise(_without_chat_clause(_after_preamble(raw))),
                                 accounts))
    # "Never" against "rarely": both deny, but the claim leaves out the few there are.
    never = never_for_rarely(claim, texts)
    # A claim that tells as meant what a false fact tells as done, as the source does, states
    # the correction: its plan against the fact's deed is the point, not a gap between them.
    intent = not planned and (intent_differs(claim, stated, texts) or (
        # An actor the text matched does not name may be one the source tells of as a plan
        # ("India bought 114 jets" against "... and India reportedly considered buying 114").
        reversed_by == "substitution" and bool(fact.quote)
        and intent_differs(claim, normalise(fact.quote or ""), texts)))
    if intent and fact.verdict is Verdict.TRUE and not negated and not negations(claim) \
            and deal_told_as_stated(claim, _deal_texts(fact)):
        # "The Kremlin wanted to buy Huawei kit and the spooks killed it": the plan and the one
        # who ended it, as the source tells them; what was meant is the story, not a gap.
        intent = False
    # "didn't finance all 91 projects, only 11": the whole denied and a part kept in its place;
    # the quantifiers that count are those of the part the claim keeps.
    quantified = claim
    if not negated and negations(claim) % 2 and (part := contrasted(claim)) != claim \
            and not negations(part) % 2:
        quantified = part
    return _Wording(negated, plainly, reversed_by,
                    "never" if never else deciding_quantifier(quantified, texts),
                    intent, loose, beyond,
                    overstates(claim, texts) or (
                        fact.verdict is Verdict.TRUE
                        and (asserts_hedged(claim, normalise(fact.quote or ""))
                             or vouches_for_forecast(claim, normalise(fact.quote or "")))),
                    (infers_beyond(whole, texts)
                     # A conclusion the source draws itself from what the claim states
                     # ("... oil and gas, so it can afford to rock the boat") is the source's.
                     and (premise is None or negated
                          or not _conclusion_drawn_in(normalise(whole_raw.replace(premise, " ", 1)),
                                                      texts)))
                    or (premise is not None
                        and not any(premise_of(t) is not None for t in texts)
                        # Texts the premise denies state nothing the claim concludes.
                        and (negated or not _conclusion_stated(drawn, texts))),
                    compares_beyond(claim, texts), never or states_part(texts),
                    states_others(texts) or others_listed(claim, texts),
                    told_as_rumour(claim, (*texts, normalise(fact.summary))),
                    none_where_some=none_where_some(claim, texts),
                    most_where_few=most_where_few(quantified, texts),
                    many_where_few=(-1 if negations(claim) % 2 else 1)
                    if many_where_few(claim, texts) else 0,
                    premise=premise_only(whole, stated),
                    directed=directs_beyond(claim, texts),
                    literal=told_literally(whole, normalise(fact.claim)),
                    framed=framed_by(whole, normalise(fact.quote or "")),
                    deed_for_plan=intent and (
                        tells_deed_for_plan(claim, stated) or tells_done_for_due(claim, stated)
                        or (
                            reversed_by == "substitution"
                            and tells_deed_for_plan(claim, normalise(fact.quote or "")))),
                    foretold=foretells_done(claim, texts), foretelling=foretells(claim),
                    forecast_denied=denies_forecast(claim),
                    # (A question asks what the source doubts; it tells nothing to come.)
                    forecast_doubted=foretells(claim) and "?" not in whole_raw and (
                        doubts_only(normalise(fact.quote or ""))
                        or (fact.verdict is Verdict.TRUE
                            and not foretells(normalise(fact.claim))
                            and tells_as_possible(normalise(fact.quote or "")))),
                    stake_swapped=stake_holder_swapped(claim, normalise(fact.quote or "")),
                    stake_denied=bool(negations(claim, lexical=False) % 2))


# Words too common to tell what a conclusion says.
_PLAIN_WORDS = frozenset(
    "that this they theyre their them with from into both more most much very really basically "
    "clearly obviously surely definitely which means shows proves proof have been will would "
    "just like than then also".split())


def _conclusion_stated(drawn: str, texts: tuple[str, ...]) -> bool:
    """Whether the fact's texts state most of what a conclusion drawn in the claim says ("so
    its integration is secure and limited" against a fact that says just that)."""
    words = [w for w in drawn.split()
             if len(w) > 3 and w not in _PLAIN_WORDS and actor_of(w) is None]
    if not words:
        return False
    told = {w for t in texts for w in t.split()}
    if 4 * sum(w in told for w in words) < 3 * len(words):
        return False
    # Two words told the other way round tell another thing ("the launch customer for its
    # top fighter" is no "its top fighter customer").
    return len(words) < 2 or any(_in_order(words, t.split()) for t in texts)


def _in_order(words: list[str], text: list[str]) -> bool:
    """Whether the words a text shares with `words` come in it in the order they come there."""
    at = [text.index(w) for w in words if w in text]
    return len(at) >= 2 and at == sorted(at)


def _concludes_beyond(raw: str, fact: Fact) -> bool:
    """Whether a claim draws a conclusion from its premise ("..., so they must be allies")
    that no text of the fact draws or states."""
    premise = premise_of(raw)
    if premise is None:
        return False
    texts = (*_texts(fact), normalise(fact.quote or ""))
    return not any(premise_of(t) is not None for t in texts) \
        and not _conclusion_stated(normalise(raw[len(premise):]), texts)


def _conclusion_drawn_in(drawn: str, texts: tuple[str, ...]) -> bool:
    """Whether one of the fact's texts states most of what a conclusion drawn in the claim
    says ("so it can afford to rock the boat" against "Moscow can afford to rock the boat")."""
    words = [w for w in drawn.split()
             if len(w) > 3 and w not in _PLAIN_WORDS and actor_of(w) is None]
    return bool(words) and any(
        4 * sum(w in told for w in words) >= 3 * len(words)
        for told in (set(t.split()) for t in texts))


def _retells_false_figure(fact: Fact, conflicts: tuple[FigureConflict, ...]) -> bool:
    """Whether every figure of the claim that the source contradicts is the one a false fact
    itself claims ("trade hit $200 billion" against the false "trade reached $200 billion"):
    the claim tells that very falsehood, whatever else it says."""
    if fact.verdict is not Verdict.FALSE:
        return False
    own = [q for q in quantities(normalise(fact.claim)) if q.unit != "year"]
    claimed = [q for c in conflicts for q in quantities(normalise(c.claimed))]
    return bool(own) and bool(claimed) and all(
        any(q.agrees_with(o) for o in own) for q in claimed)


def _dates_only(conflicts: tuple[FigureConflict, ...]) -> bool:
    """Whether every figure of the claim the source contradicts is a year."""
    told = [q for c in conflicts for q in quantities(normalise(c.claimed))]
    return bool(told) and all(q.unit == "year" for q in told)


def _verdict(fact: Fact, wording: _Wording,
             conflicts: tuple[FigureConflict, ...]) -> tuple[Verdict, str | None]:
    """The verdict on the claim as worded, and what in the wording decided it.

    A wrong figure makes a true fact's claim false. A denial, a swap of roles, a reversed
    comparison, another gap between the actors compared ("a little bigger" against "five
    times"), another actor in the fact's place, another place for its event ("in Beijing"
    against "in Astana") or an opposite word each turn the claim around (two of them cancel).
    Turned around, a true fact's claim is false and a false one's true, except that swapped
    roles, another actor, another place or another gap on a false claim say nothing sure
    ("China is Russia's largest partner" is false; so may be its swap), and
    misleading or unproven facts say nothing sure about their opposite: those get context
    (but an unproven story told with its actors' deeds swapped is false: whether it happened
    is unsure, who did what in it is not; so is one told with an opposite deed).
    A quantifier or a conclusion ("proves", "so they're") the fact does not state keeps a
    claim from being true, and a
    plan read against a deed (or a deed against a plan) cannot be judged at all.
    """
    verdict = fact.verdict
    if conflicts and wording.beyond >= UNEXPLAINED_WORDS and not _retells_false_figure(
            fact, conflicts):
        # Figures that differ on a claim saying much the fact does not ("Xi's 66th birthday,
        # with ice cream in Dushanbe") may be another event altogether.
        return Verdict.CONTEXT, "unexplained"
    if conflicts and not wording.negated and wording.reversed is None:
        # A figure the source contradicts makes the claim false, whatever else it says: a plan
        # of a 40% stake where the plan was for 14%.
        return Verdict.FALSE, None
    if conflicts and wording.negated and wording.reversed is None \
            and verdict is Verdict.FALSE and _dates_only(conflicts):
        # "China refused to recognize Abkhazia after the 2006 war": the denial of the false
        # deed is right, but the source dates the event otherwise; the claim's year is wrong.
        return Verdict.FALSE, "figure"
    if conflicts and not wording.negated and wording.reversed in ("roles", "substitution") \
            and not wording.figures_agreeing and verdict is Verdict.FALSE:
        # So on a false fact: "Russia spent $25 billion on the pipeline", where $25 billion is
        # China's pledge and Russia's cost is $55 billion.
        return Verdict.FALSE, None
    if conflicts and verdict is Verdict.TRUE:
        if not wording.negated and ((wording.reversed in ("roles", "substitution", "place")
                                     and not wording.figures_agreeing)
                                    or wording.reversed == "roles"):
            # A figure the source gives another side, or none of its sides, is wrong however
            # the sides are told: "Russia sent 3,200 soldiers" where China sent them. (A claim
            # with a right figure beside it makes two claims, which the sides tell apart, unless
            # the sides are swapped: "Egypt ordered 11 and Indonesia bought dozens", each
            # figure the other's.) So is a wrong date told with another place: "launched in
            # 2015 in Beijing".
            return Verdict.FALSE, None
        verdict = Verdict.FALSE
    if wording.stake_swapped and wording.reversed is None:
        # "Rosneft sought a stake in CEFC, it fell through" where the source's own sentence has
        # CEFC's plan for one in Rosneft fall through: another deal than the source tells,
        # however it ended. That no such deal was made, the source does not say.
        return (Verdict.CONTEXT if wording.stake_denied else Verdict.FALSE), "roles"
    turned = wording.negated != (wording.reversed is not None)
    if verdict is Verdict.TRUE and wording.many_where_few and wording.reversed is None \
            and not conflicts:
        # "China sent many troops" against "just 3,200 soldiers": the source holds the count
        # small, so many is false, and "not many" is so.
        return (Verdict.TRUE if wording.many_where_few < 0 else Verdict.FALSE), "quantifier"
    if wording.overstated:
        # Sure of what the source only calls likely: the claim is not established. So is a
        # claim sure of the contrary of what a false fact overstates ("definitely won't be
        # enough" against "may not be enough"), or sure of the false claim itself where the
        # source only doubts it ("will definitely be enough" against "may not be enough").
        return Verdict.UNPROVEN, "certainty"
    if verdict is Verdict.FALSE and wording.foretold \
            and (not wording.negated or wording.forecast_denied) \
            and wording.reversed is None and not conflicts:
        # "Putin will hand the islands back" against the false "Russia handed them back":
        # the source tells what was done, and cannot settle what is still to come, either
        # way ("Putin won't hand them back").
        return Verdict.UNPROVEN, "forecast"
    if verdict in (Verdict.FALSE, Verdict.TRUE) and wording.forecast_doubted \
            and not wording.negated and wording.reversed is None and not conflicts:
        # "Their friendship will seal an alliance" against "even it may not be enough", or
        # against "the most promising portent of an alliance might be their relationship":
        # the source doubts, or only allows, what is still to come; it settles nothing.
        return Verdict.UNPROVEN, "forecast"
    if verdict is Verdict.UNPROVEN and wording.reversed in ("roles", "opposite") \
            and not wording.plainly_negated:
        # What the source cannot vouch for it still tells with its actors in their places: a
        # claim that gives their deeds to each other ("tried to hug him, and he pulled back"),
        # or an actor the opposite deed ("he embraced him" against "he refused the hug"),
        # tells a story the source does not, whatever each only tried.
        return Verdict.FALSE, wording.reversed
    if wording.intent:
        if verdict is Verdict.TRUE and (wording.deed_for_plan or wording.foretelling) \
                and not wording.negated and wording.reversed in (None, "substitution"):
            # "India bought 114 jets" where the source says India reportedly considered
            # buying them: that it was done, the source does not establish; nor that it will
            # be ("India is going to buy them"); nor that what it projects is already done
            # ("already pumping 38 bcm a year" against "is projected to deliver 38 bcm").
            return Verdict.UNPROVEN, "intent"
        if verdict is Verdict.UNPROVEN and not wording.negated and wording.reversed is None:
            # A story the source cannot vouch for, told with what one side only tried ("when
            # Zhou tried to hug him"): unproven, whether tried or done.
            return Verdict.UNPROVEN, "intent"
        return Verdict.CONTEXT, "intent"
    if verdict is Verdict.FALSE and wording.premise and not conflicts:
        # "The ties are expanding fast" against the false "the expanding ties prove they are
        # close": the claim states the premise, which the fact does not judge.
        return Verdict.CONTEXT, "inference"
    if wording.loose:
        return Verdict.CONTEXT, "wording"
    if verdict is not Verdict.TRUE and wording.framed and not wording.negated \
            and wording.reversed is None and not conflicts:
        # "Moscow touts the pipeline as a step toward interdependence": what the side the
        # source names makes of it, which the source reports, not that it is so.
        return Verdict.TRUE, "framing"
    if verdict is Verdict.UNPROVEN and wording.rumoured and not wording.plainly_negated \
            and wording.reversed is None:
        # What the rumour says the source reports: the claim, telling it as it goes, is so.
        # Only a plain denial tells another story: "drew back from" and "said it was
        # premature" tell one rumour, though only the first names the drawing back.
        verdict, turned = Verdict.TRUE, False
    reading = wording.reversed
    if verdict in (Verdict.MISLEADING, Verdict.UNPROVEN):
        # Only a plain denial or a swap turns these around; "refused" against "pulled back"
        # is two ways of telling one story.
        if wording.plainly_negated != (wording.reversed is not None):
            return Verdict.CONTEXT, reading or "negation"
        return verdict, reading
    if turned:
        if verdict is Verdict.FALSE and not wording.negated \
                and wording.reversed in ("roles", "substitution", "place", "gap"):
            return Verdict.CONTEXT, reading
        verdict = verdict.opposite()
        if verdict is Verdict.TRUE and wording.none_where_some:
            # "China financed none of the projects" against "China financed most of them",
            # the source saying it financed 11: the denial goes past the truth.
            return Verdict.FALSE, "quantifier"
    elif verdict is Verdict.TRUE and wording.negated and wording.none_where_some:
        # "None of the projects were completed" against "some of the projects have been
        # completed, many have stalled": the denial and the opposite word ("stalled") agree,
        # but none is fewer than the some the source counts.
        return Verdict.FALSE, "quantifier"
    if verdict is Verdict.TRUE and wording.most_where_few and not wording.negated \
            and wording.reversed is None:
        # "China paid for nearly all of the 91 projects" against "only 11 of these": the
        # larger part where the source counts a few.
        return Verdict.FALSE, "quantifier"
    if verdict is Verdict.TRUE and wording.directed and not conflicts:
        # "Chinese troops killed hundreds of Soviet soldiers" against "the fighting ended with
        # hundreds of casualties": who did it to whom the fact does not say.
        return Verdict.CONTEXT, "roles"
    if verdict is Verdict.TRUE and wording.compared and not conflicts:
        # The fact states one side; which is ahead it does not say.
        return Verdict.CONTEXT, "compared"
    if verdict is Verdict.TRUE and wording.literal and not turned:
        # "Russia has literally become China's colony" against "trade resembles colonial
        # trade": the likeness made an identity is a half-truth.
        return Verdict.MISLEADING, "literal"
    if verdict is Verdict.TRUE and wording.inferred:
        # A true premise does not make the conclusion drawn from it true: the claim misleads.
        return Verdict.MISLEADING, "inference"
    if verdict is Verdict.TRUE and wording.quantifier is not None:
        if wording.quantifier in UNIVERSAL and wording.partial and not turned:
            # "China funded all 91 projects" against "China financed only 11 of the 91".
            return Verdict.FALSE, "quantifier"
        if wording.quantifier in EXCLUSIVE and wording.others and not turned:
            # "China is the only buyer" against "China will not be the last buyer".
            return Verdict.FALSE, "quantifier"
        return Verdict.CONTEXT, "quantifier"
    return verdict, reading


@dataclass(frozen=True, slots=True)
class _Choice:
    """A claim's candidates and the fact chosen for it, before its wording is read: enough to
    tell whether it matched and how well."""

    candidates: tuple[Match, ...]
    closest: Match | None = None  # the best candidate once ties are settled
    best: Match | None = None     # the fact that answers, the claim's crux considered
    sides: Compared | None = None  # a comparison two figures of the pack settle
    restated: Restated | None = None  # a sentence of the source the claim restates
    described: bool = False  # below the threshold, in the source's words about the fact

    @property
    def matched(self) -> bool:
        return self.best is not None

    @property
    def score(self) -> float:
        if self.best is None or self.closest is None:
            return self.candidates[0].score if self.candidates else 0.0
        # A fact chosen for the claim's crux answers with the confidence of the topic's match.
        return max(self.best.score, self.closest.score)


def _choose(text: str, matcher: ClaimMatcher, *, threshold: float, top: int,
            whole: bool = False) -> _Choice:
    """The fact a claim is about, if one is close enough. With `whole`, the claim is a whole
    message that no fact answers otherwise: a fact it may be read against (see told_against)
    is close enough."""
    # How sure a claim is ("..., no doubt about it") is read with its wording; it tells
    # nothing of which fact the claim is about.
    text = unbelieved(untagged(text))
    # The verdict goes with the best calibrated score, whatever order retrieval ranked them in.
    candidates = tuple(sorted(matcher.match(text, limit=max(top, RETRIEVED)),
                              key=lambda m: -m.score))
    sides = compare_sides(
        normalise(text), matcher.facts, {m.fact.id: m.score for m in candidates},
        candidates[0].fact.id if candidates and candidates[0].score >= threshold else None,
    ) if may_compare(text) else None
    if sides is not None:
        # Two figures of the pack settle the comparison, whatever the wording matched.
        found = [m for m in candidates if m.fact.id == sides.fact.id]
        answer = Match(sides.fact, max(found[0].score if found else 0.0, threshold),
                       found[0].matched_text if found else sides.fact.claim)
        return _Choice(candidates, answer, answer, sides)
    says = _says_something(text)
    if not candidates or candidates[0].score < threshold or not says:
        if candidates and says:
            # No fact's wording is close; the claim may still restate a sentence they quote.
            # How sure its writer is ("apparently ...") tells nothing of which sentence.
            said = source_index(matcher.facts).restated(unhedged(text))
            if said is not None:
                restating = Match(said.sentence, threshold, said.sentence.claim)
                return _Choice(candidates, restating, restating, restated=said)
            if whole and told_against(text, candidates[0], matcher.facts, threshold):
                # Said in the words of the source's account of one fact, and nothing it names
                # or dates is another matter's.
                return _read_close(text, candidates, threshold)
            if described(text, candidates[0], matcher.facts, threshold):
                # Its words are the source's about one fact: the source is shown, no verdict.
                return _Choice(candidates, candidates[0], candidates[0], described=True)
            near = _words_near(candidates[0]) >= threshold * CRUX_SHARE or (
                _words_near(candidates[0]) >= threshold * MEASURED_SHARE
                and _measure_named(text, candidates[0].fact))
            if near and (_figure_contradicted(text, candidates[0].fact)
                         or _comparison_reversed(text, candidates[0])):
                # Nearly close enough, and the fact contradicts its figure: false by it.
                return _Choice(candidates, candidates[0], candidates[0], described=True)
            if _misdated(text, candidates[0].fact, matcher, threshold):
                # The fact's event told with another year: false by the fact's year.
                return _Choice(candidates, candidates[0], candidates[0], described=True)
            doubted = _doubt_told(text, candidates, threshold) if whole else None
            if doubted is not None:
                # Sure of what the source only calls likely, or cannot vouch for: unproven.
                return doubted
        if not (candidates and says and (
                candidates[0].score >= threshold * CRUX_SHARE
                or (candidates[0].score >= threshold * MEASURED_SHARE
                    and _measure_named(text, candidates[0].fact)))
                and _figure_confirmed(text, candidates[0].fact)):
            return _Choice(candidates)
        # Nearly close enough, and it gives the fact's own figures: read as if close enough.
    return _read_close(text, candidates, threshold)


def _doubt_told(text: str, candidates: tuple[Match, ...], threshold: float) -> _Choice | None:
    """The choice of a claim whose best fact, a true or unproven one, is below the threshold
    but scores UNPROVEN_SHARE of it, when it is sure of what the fact's source only calls
    likely ("Huawei 100% spied on them" where the source says it may have) or cannot vouch
    for: unproven by that fact. None otherwise."""
    top = candidates[0]
    if top.score < threshold * UNPROVEN_SHARE \
            or top.fact.verdict not in (Verdict.TRUE, Verdict.UNPROVEN):
        return None
    choice = _read_close(text, candidates, threshold)
    judged = _judged(text, choice, threshold)
    return choice if judged.verdict is Verdict.UNPROVEN and judged.reading == "certainty" \
        else None


def _wish_told_of_deed(claim: str, fact: Fact, wording: _Wording,
                       conflicts: tuple[FigureConflict, ...]) -> bool:
    """Whether a claim tells only as wished for, in the past ("the Kremlin wanted Huawei
    servers and the security services blocked it"), what a true fact tells that side did or
    set out to do, denying nothing and swapping no one: the wish is the fact's, told less."""
    return fact.verdict is Verdict.TRUE and not conflicts and wording.reversed is None \
        and not wording.negated and not wording.deed_for_plan and not wording.foretelling \
        and not negations(claim) and wished_in_the_past(claim)


def _words_near(match: Match) -> float:
    """How near a fact below the threshold comes to a claim: its score, or, for a fact found by
    meaning, the lower of that and how well its words agree with the claim's (meaning alone
    finds the topic, not the figures or the comparison the claim states)."""
    return match.score if match.lexical is None else min(match.score, match.lexical)


def _read_close(text: str, candidates: tuple[Match, ...], threshold: float) -> _Choice:
    """The choice of a claim whose best fact is close enough: ties settled, the claim's roles,
    denial and quantifier weighed."""
    closest = _settle_tie(normalise(text), candidates)
    closest = _roles_agreeing(normalise(text), closest, candidates, threshold)
    closest = _denial_explained(normalise(text), closest, candidates, threshold)
    closest = _model_named(normalise(text), closest, candidates, threshold)
    closest = _actor_figure_told(normalise(text), closest, candidates, threshold)
    closest = _deed_of_offer(normalise(text), closest, candidates, threshold)
    choice = _Choice(candidates, closest, _quantified(normalise(text), closest, candidates,
                                                      threshold))
    if (worded := _by_words(text, candidates, threshold)) is not None \
            and (judged := _judged(text, choice, threshold)).verdict is Verdict.CONTEXT \
            and judged.reading == "wording":
        # Found by meaning, its words too far from the fact's to read: a figure the fact
        # contradicts, or a comparison it makes the other way round, still makes it false.
        return worded
    return choice


def _by_words(text: str, candidates: tuple[Match, ...], threshold: float) -> _Choice | None:
    """A fact found by meaning whose words agree with the claim's nearly as well as the
    threshold asks, and which contradicts the claim's figure or compares the other way round:
    chosen as the words alone would choose it, false by it."""
    top = candidates[0]
    if top.lexical is None or not threshold * CRUX_SHARE <= top.lexical < threshold:
        return None
    worded = dataclasses.replace(top, score=top.lexical)
    if _figure_contradicted(text, top.fact) or _comparison_reversed(text, worded):
        return _Choice(candidates, top, top, described=True)
    return None


def _actors_turned(text: str, sentence: Fact, fact: Fact) -> bool:
    """Whether a claim restating a quoted sentence that names no actor ("one country becomes
    the appendage of another") gives its actors the other roles than the true fact quoting it
    does ("China is Russia's appendage" against "Russia is China's appendage"), or has the
    thing the fact's actor acts on there act on that actor ("the Church made Putin its
    guardian" against "he made the Church the guardian")."""
    if fact.verdict is not Verdict.TRUE:
        return False
    claim, told, said = normalise(text), normalise(fact.claim), normalise(sentence.claim)
    return (not mentions(said) and roles(claim, told) == REVERSED) \
        or any(thing_swapped(claim, said, actor) for actor in entities(told))


def _judged(text: str, choice: _Choice, threshold: float) -> Check:
    """The check of a claim whose fact is chosen: its wording and figures read."""
    best = choice.best
    if best is None:
        return Check(claim=text, verdict=Verdict.NO_MATCH, score=choice.score,
                     candidates=choice.candidates)
    if choice.sides is not None:
        if choice.sides.verdict is Verdict.TRUE and _concludes_beyond(text, best.fact):
            # "China invested more in Nigeria than in Russia, so Nigeria is the closer ally":
            # the comparison holds, the conclusion drawn from it is the claim's own.
            return Check(claim=text, verdict=Verdict.MISLEADING, fact=best.fact,
                         score=choice.score, reading="inference", candidates=choice.candidates)
        return Check(claim=text, verdict=choice.sides.verdict, fact=best.fact,
                     score=choice.score,
                     reading="comparison" if choice.sides.verdict is Verdict.FALSE else None,
                     candidates=choice.candidates)
    fact = best.fact
    if choice.described:
        # In the source's words about one fact, though too far from them for a verdict: a
        # figure the fact contradicts, a comparison the other way round, or another actor in
        # the place a true fact gives one, still makes the claim false.
        conflicts = figure_conflicts(text, fact) if fact.verdict is Verdict.TRUE else ()
        if conflicts and not negations(normalise(text)) % 2:
            return Check(claim=text, verdict=Verdict.FALSE, fact=fact, score=choice.score,
                         conflicts=conflicts, candidates=choice.candidates)
        if _sure_of_the_hedged(text, fact):
            return Check(claim=text, verdict=Verdict.UNPROVEN, fact=fact, score=choice.score,
                         reading="certainty", candidates=choice.candidates)
        turned = _turned_below_threshold(text, best)
        if turned is not None:
            return Check(claim=text, verdict=Verdict.FALSE, fact=fact, score=choice.score,
                         reading=turned, negated=turned == "negation",
                         candidates=choice.candidates)
        if _echoes_source_denial(text, best):
            # "... didn't lead to a breakthrough" where the source says "it did not lead to a
            # breakthrough": the claim tells the source's own denial.
            return Check(claim=text, verdict=Verdict.TRUE, fact=fact, score=choice.score,
                         reading="source", candidates=choice.candidates)
        if fact.verdict is Verdict.TRUE and not negations(normalise(text)) \
                and deal_told_as_stated(normalise(text), _deal_texts(fact)):
            # "The security services overruled the Kremlin": who wanted the deal and who ended
            # it, each as the source tells it, is the fact's story in other words.
            return Check(claim=text, verdict=Verdict.TRUE, fact=fact, score=choice.score,
                         reading="roles", candidates=choice.candidates)
        if fact.verdict is Verdict.TRUE and not negations(normalise(text)) \
                and deal_sides_swapped(normalise(text), _deal_texts(fact)):
            # "The Kremlin overruled the security services": the sides the other way round.
            return Check(claim=text, verdict=Verdict.FALSE, fact=fact, score=choice.score,
                         reading="roles", candidates=choice.candidates)
        return Check(claim=text, verdict=Verdict.CONTEXT, fact=fact, score=choice.score,
                     reading="wording", candidates=choice.candidates)
    if choice.restated is not None:
        # Read against the sentence as a true fact; answered with the fact that quotes it.
        check = _judged(text, dataclasses.replace(choice, restated=None), threshold)
        if check.verdict is Verdict.TRUE \
                and _actors_turned(text, choice.restated.sentence, choice.restated.fact):
            return dataclasses.replace(check, verdict=Verdict.FALSE, fact=choice.restated.fact,
                                       reading="roles", negated=False, alternatives=())
        if check.verdict is Verdict.TRUE and choice.restated.fact.verdict is Verdict.UNPROVEN \
                and tells_rumour_as_so(normalise(text), normalise(choice.restated.sentence.claim)):
            # What the sentence reports only as a rumour, told as so: the source cannot vouch
            # for it.
            return dataclasses.replace(check, verdict=Verdict.UNPROVEN, fact=choice.restated.fact,
                                       reading="rumour", negated=False, alternatives=())
        return dataclasses.replace(check, fact=choice.restated.fact, reading="source",
                                   negated=False, alternatives=())
    conflicts = figure_conflicts(text, fact)
    if not conflicts and _words_prefer_another(best, choice.candidates):
        # Found by meaning for words too far from its fact's to be read, where the words
        # themselves agree better with another fact: how sure the claim is, what it plans or
        # denies, is read against a fact it may not be about. The source is shown, no verdict.
        # (A figure the fact contradicts still tells.)
        return Check(claim=text, verdict=Verdict.CONTEXT, fact=fact, score=choice.score,
                     reading="wording", candidates=choice.candidates)
    wording = _wording(text, normalise(text), best, conflicting=bool(conflicts))
    if conflicts and _some_figure_agrees(text, conflicts):
        wording = dataclasses.replace(wording, figures_agreeing=True)
    if wording.beyond and _names_measure(text, conflicts):
        # Its own words for the thing the source's figure measures ("set to grab a 40%
        # stake in Rosneft" against "the Rosneft stake in the CEFC deal"): the same event.
        wording = dataclasses.replace(wording, beyond=0)
    if wording.negated and wording.reversed is None and _denial_apart(text, conflicts):
        # The figures the source contradicts are stated, whatever the claim denies besides.
        wording = dataclasses.replace(wording, negated=False)
    if wording.reversed == "substitution" and _figures_told_of_fact(text, conflicts, fact):
        # "Vostok-2018 had 300k troops, China sent 3,200": the other actor is in a clause of
        # its own; the contradicted figure is told of no actor but the fact's.
        wording = dataclasses.replace(wording, reversed=None)
    if conflicts and wording.negated and wording.reversed is None \
            and degree_denied(normalise(text)):
        # "They haven't met that often, fewer than ten times": the figure is the claim's own,
        # told in the denial's place; the source contradicting it makes the claim false.
        wording = dataclasses.replace(wording, negated=False)
    verdict, reading = _verdict(fact, wording, conflicts)
    if verdict is Verdict.CONTEXT and reading == "intent" \
            and _wish_told_of_deed(normalise(text), fact, wording, conflicts):
        # "The Kremlin wanted Huawei servers and the security services blocked it": what a
        # side wished for, where the source tells what it did about it, is read as the rest of
        # the claim reads.
        verdict, reading = _verdict(fact, dataclasses.replace(wording, intent=False), conflicts)
    if verdict is Verdict.FALSE and not wording.negated and wording.reversed is None \
            and first_only_when_narrowed(text, fact, conflicts):
        # "China is Russia's biggest trading partner" where the source says its largest
        # individual partner, second to the EU: true only with the qualifier it leaves out.
        verdict, reading = Verdict.MISLEADING, "scope"
    elif verdict is Verdict.FALSE and not conflicts and not wording.negated \
            and wording.reversed is None and first_kept_narrowed(text, fact):
        # "China is Russia's #1 individual partner" read against "China is Russia's largest
        # partner, ahead of the EU": the qualifier kept, the source says so; a conclusion
        # drawn from it is still the claim's own.
        verdict = Verdict.MISLEADING if wording.inferred else Verdict.TRUE
        reading = "inference" if wording.inferred else "scope"
    if verdict is Verdict.TRUE and reading is None and not conflicts \
            and finer_than_cited(normalise(text), fact):
        # "Egypt bought exactly 24" where the source says "dozens": the count is the claim's.
        verdict, reading = Verdict.UNPROVEN, "loose count"
    if verdict is Verdict.TRUE and reading is None and not conflicts \
            and bound_past_cited(normalise(text), fact):
        # "Trade grew more than 20%" where the source says "at least 15 percent": a bound the
        # source's own neither reaches nor rules out.
        verdict, reading = Verdict.UNPROVEN, "bound"
    if verdict is Verdict.TRUE and reading is None and not conflicts \
            and one_end_of_range(normalise(text), fact):
        # "Russia fielded 100,000 soldiers" where the source says "between 75,000 and
        # 100,000": one end of the range told as the count.
        verdict, reading = Verdict.MISLEADING, "range end"
    if verdict is Verdict.FALSE and not conflicts and not wording.negated \
            and wording.reversed is None and _figure_unsaid(normalise(text), fact):
        # The fact is false by its figure, which the claim does not give.
        verdict, reading = Verdict.CONTEXT, "figure"
    alternatives = tuple(
        m for m in choice.candidates
        if m is not best and m.score >= threshold and best.score - m.score <= AMBIGUITY_MARGIN
    )
    return Check(claim=text, verdict=verdict, fact=fact, score=choice.score,
                 negated=wording.negated, reading=reading, conflicts=conflicts,
                 alternatives=alternatives, candidates=choice.candidates)


def _words_prefer_another(best: Match, candidates: tuple[Match, ...]) -> bool:
    """Whether a fact found by meaning, its words too far from the claim's to be read
    (SEMANTIC_WORDING_FLOOR), is one the claim's words agree with less than another
    candidate's. A matcher that scores by words alone gives no lexical score: never."""
    if best.lexical is None or best.lexical >= SEMANTIC_WORDING_FLOOR:
        return False
    return any(m.lexical is not None and m.lexical > best.lexical
               for m in candidates if m.fact.id != best.fact.id)


def check_claim(text: str, matcher: ClaimMatcher, *, threshold: float = DEFAULT_THRESHOLD,
                top: int = 5) -> Check:
    """The verdict on one claim, or no_match when no fact is close enough."""

    def judge(claim: str) -> Check:
        return _judged(claim, _choose(claim, matcher, threshold=threshold, top=top), threshold)

    return _motive_read(text, judge(text), judge)


# A question that asks who or which ("who ...", "which side ...").
_ASKS_WHO = re.compile(r"\b(?:who|whom|which)\b")
# Two things offered as the answers to choose from: "russia or china".
_OFFERED = re.compile(r"\b(\S+) or (?:the )?(\S+)\b")


def offers_two_sides(text: str) -> bool:
    """Whether a claim is a question asking who or which and offering two sides to choose from
    ("who brought India in, Russia or China?")."""
    if not text.rstrip().endswith("?"):
        return False
    claim = normalise(text)
    return _ASKS_WHO.search(claim) is not None and any(
        (one := actor_of(found.group(1))) is not None
        and (other := actor_of(found.group(2))) is not None and one != other
        for found in _OFFERED.finditer(claim))


def _alternatives_read(text: str, check: Check) -> Check:
    """A question that offers two sides to choose from asserts neither: the fact is shown
    rather than a false verdict on one of them."""
    if check.verdict is not Verdict.FALSE or check.fact is None or not offers_two_sides(text):
        return check
    return dataclasses.replace(check, verdict=Verdict.CONTEXT, reading="alternatives",
                               negated=False, conflicts=(), alternatives=())


def _motive_read(text: str, whole: Check, judge: Callable[[str], Check]) -> Check:
    """A claim that gives a motive, purpose or cause for what it tells ("the deal died because
    the Kremlin blocked it", "invited India purely to spite Beijing") is unproven when what it
    tells, read without the motive, is true and the source does not give that motive
    (`_motive_beyond`); `whole` is the claim's check read with it. What it tells is the whole
    claim's true fact where no fact answers it alone ("his remarks were payback for the
    launch" against the launch's fact). A claim whose fact gives that motive, whose fact is
    unproven or misleading, or that tells what someone named argued, is read whole."""
    if whole.verdict in (Verdict.UNPROVEN, Verdict.MISLEADING):
        return whole
    told = motive_of(text)
    if told is None or (whole.fact is not None and not _motive_beyond(told, whole.fact)):
        return whole
    # How sure the writer is ("apparently ...") tells nothing of what happened.
    main = judge(unhedged(told.main))
    if main.fact is None and whole.verdict is Verdict.TRUE:
        main = whole
    # A main clause in the source's words about a true fact, too few to judge ("Putin's
    # remarks on Kazakhstan's statehood"), tells what happened as the fact does.
    told_of = main.verdict is Verdict.TRUE or (main.verdict is Verdict.CONTEXT
                                               and main.reading == "wording")
    if not told_of or main.fact is None \
            or main.fact.verdict is not Verdict.TRUE or main.conflicts \
            or attributed_to(normalise(told.main)) is not None \
            or not _motive_beyond(told, main.fact):
        return whole
    return dataclasses.replace(main, claim=text, verdict=Verdict.UNPROVEN, reading="motive",
                               negated=False, alternatives=())


def _motive_beyond(told: Motive, fact: Fact) -> bool:
    """Whether a claim's motive says what the fact's texts do not: a word of it none of them
    uses; or, where the fact gives a motive of its own, mostly such words, in a motive that
    lays what happened on someone (`Motive.pointed`). The fact's own motive told in other
    words ("the talks fell apart" for "negotiation problems", "scared of Chinese spying" for
    "alarmed by Chinese espionage") is no other motive."""
    motive = told.motive
    told_alike = _stems_told(_accounts(fact))
    # A word the fact tells in another form of it ("economy" for "economic", "liberals" for
    # "liberalizing") is no motive of its own; a word telling it was meant is weighed whole.
    left = [w for w in unexplained(motive, _accounts(fact))
            if w in MEANT_WORDS or len(w) < _STEM or w[:_STEM] not in told_alike]
    if not left:
        return False
    if not _gives_motive(fact):
        return True
    if not told.pointed:
        return False
    # The actors a motive names are the fact's too, as a rule: they weigh nothing here.
    words = [w for w in unexplained(motive, ()) if actor_of(w) is None]
    return 2 * sum(actor_of(w) is None for w in left) > len(words)


# How much of a long word tells which word it is, whatever its ending.
_STEM = 6


@lru_cache(maxsize=1024)
def _stems_told(texts: tuple[str, ...]) -> frozenset[str]:
    """The first _STEM letters of every long word of the texts."""
    return frozenset(w[:_STEM] for t in texts for w in t.split() if len(w) >= _STEM)


def _accounts(fact: Fact) -> tuple[str, ...]:
    """Every text of a fact, normalised: its phrasings, quote, summary and figures."""
    return (*(normalise(t) for t in fact.texts), normalise(fact.quote or ""),
            normalise(fact.summary), *(normalise(f"{f.value} {f.what}") for f in fact.figures))


def _gives_motive(fact: Fact) -> bool:
    """Whether a text of the fact gives a motive, purpose or cause for what it tells."""
    return _any_motive((*fact.texts, fact.quote or "", fact.summary))


@lru_cache(maxsize=1024)
def _any_motive(texts: tuple[str, ...]) -> bool:
    return any(states_motive(t) for t in texts)


# A clause that goes on about the one before: it opens with a pronoun or with a verb in the
# past ("... and recognized Abkhazia", "... and it produced a breakthrough").
# "... and most of it came from Russia": a share of what the claim before it names.
# "... and no one else gets them": the claim before told as the only one of its kind.
_CONTINUES = re.compile(r"^(?:it|they|he|she|this|that|which|who|[a-z]{3,}ed|"
                        r"(?:most|all|much|half|some|none|part|(?:the|a) (?:bulk|majority|"
                        r"rest|lot|share)) of (?:it|them|that)|"
                        r"no ?(?:one|1|body) else|nobody else|no other)\b", re.IGNORECASE)
# Of those, a clause that goes on about what the claim before it is about, not about the
# claim as a whole ("..., and that's why ..."): its subject's pronoun, or no subject at all.
_CARRIES_ON = re.compile(r"^(?:it|they|he|she|[a-z]{3,}ed)\b", re.IGNORECASE)


def _best_cut(piece: Piece, choose: Callable[[str], _Choice],
              spans: dict[tuple[int, int], _Choice], sizes: list[int], threshold: float,
              chatter_cost: float, barred: frozenset[tuple[int, int]] = frozenset(),
              denials_first: bool = False) -> list[tuple[int, int]]:
    """The cut of a piece with the highest total (see _segment): a span that matches is worth
    its score above the threshold times its share of the piece's words, less SPLIT_COST; one
    that matches nothing costs `chatter_cost`. With `denials_first`, a span that matches and
    denies is worth its score above the threshold and no less. Spans are scored into `spans`
    once."""
    n = len(piece.atoms)
    total_words = sum(sizes)
    best: list[tuple[float, list[tuple[int, int]]]] = [(0.0, [])]
    for end in range(n):
        options: list[tuple[float, list[tuple[int, int]]]] = []
        for start in range(end + 1):
            if start > 0 and (_named_only(piece.span(start - 1, start - 1), statesmen=True)
                              or _named_only(piece.span(start, start), statesmen=True)) \
                    and _names_pair(piece, start - 1):
                # "..., Russia and China are aligned": one subject; "founded by Moscow and
                # Beijing": one object. Never cut.
                continue
            if start > 0 and _named_only(piece.span(start, start)):
                # "... came from Australia, Qatar and Turkmenistan": a name alone after a cut
                # goes on with a phrase of the clause before it, never opens a claim.
                continue
            value = -chatter_cost
            # A span of short atoms is a claim when together they are long enough:
            # "Beijing recognized Abkhazia" and "South Ossetia".
            # A span ending in a phrase that sets the scene for what follows is no claim.
            scene = bool(piece.scene) and piece.scene[end]
            # The whole piece is a claim when it is long enough to be a piece at all.
            if not scene and (not all(piece.short[start:end + 1])
                              or sum(sizes[start:end + 1]) >= MIN_SOFT_WORDS
                              or (start, end) == (0, n - 1)):
                span = spans.setdefault((start, end), choose(piece.claim(start, end)))
                if span.matched and (start, end) not in barred:
                    value = (span.score - threshold) * sum(sizes[start:end + 1]) / total_words \
                        - SPLIT_COST
                    if denials_first and negations(normalise(piece.claim(start, end))) % 2:
                        value += SPLIT_COST + DENIAL_WORTH
            total, cut = best[start]
            options.append((total + value, [*cut, (start, end)]))
        best.append(max(options, key=lambda option: option[0]))
    return best[n][1]


def _segment(piece: Piece, choose: Callable[[str], _Choice], check: Callable[[str], Check],
             threshold: float, follow: Callable[[str, str, str], Check] | None = None,
             carry: Callable[[str, Fact], Check | None] | None = None,
             near: Callable[[str], Check] | None = None) -> list[Check]:
    """The best cut of a piece into claims at its soft cuts.

    A span of atoms that matches a fact is worth its score above the threshold times its share
    of the piece's words; a span that matches nothing is chatter around the claims, worth
    nothing; every span costs SPLIT_COST. The cut with the highest total wins, so a sentence is
    cut only where its parts, together, are explained better than the whole. A piece no cut of
    which then matches anything, though some span of it does (a claim amid chat too long to pay
    for the spans around it), is cut again with chatter free. `follow` reads a clause that
    matches nothing with the claim before it, for another fact than that claim's; `carry` reads
    it against that claim's fact's quote (`_carried`). Only the spans of the cut chosen are
    checked in full (`check`); every span is scored (`choose`).
    """
    n = len(piece.atoms)
    sizes = [max(word_count(piece.span(i, i)), 1) for i in range(n)]
    spans: dict[tuple[int, int], _Choice] = {}
    best = _best_cut(piece, choose, spans, sizes, threshold, SPLIT_COST)
    if not any(spans[key].matched for key in best if key in spans) \
            and any(span.matched for span in spans.values()):
        # No cut that pays for its chatter matches anything: the claim is what matches, the
        # chatter around it free (every span is scored already).
        # A denial there is the writer's claim, whatever chat dismisses the other view
        # around it ("..., that's a myth", "stop saying that"): it is read, not the chat.
        best = _best_cut(piece, choose, spans, sizes, threshold, 0.0, denials_first=True)
    best = _unexplained_recut(piece, best, choose, check, spans, sizes, threshold)
    first_cut = set(best)
    best = _chatter_by_clause(best, spans, threshold)
    cut = _one_deed_told(piece, _two_claims(piece, best, spans, choose, sizes, threshold,
                                            check), spans, choose)
    out = [check(piece.claim(*key)) for key in cut if key in spans]
    nearly = _nearly(piece, cut, out, near, threshold) if near is not None else {}
    out = [nearly.get(i, c) for i, c in enumerate(out)]
    if follow is None:
        return out
    # A clause that matches nothing alone may go on about the claim before it, without its
    # topic words ("China abstained on Crimea and recognized Abkhazia").
    for (start, end), (prev_start, _) in zip(cut[1:], cut, strict=False):
        if (start, end) not in first_cut and (start, end) in best:
            continue  # a clause read alone out of a stretch of chatter is no claim's sequel
        alone = spans.get((start, end))
        before = spans.get((prev_start, start - 1))
        if (alone is None or not alone.matched) and before is not None and before.matched \
                and sum(sizes[start:end + 1]) >= MIN_WORDS \
                and not any(c.claim == piece.claim(start, end) for c in nearly.values()):
            assert before.best is not None
            found = _carried((piece.claim(prev_start, start - 1), piece.claim(start, end),
                              piece.claim(prev_start, end)), before.best.fact, follow, carry)
            if found is None and carry is not None:
                found = _conceded(piece.claim(start, end), before.best.fact,
                                  check(piece.claim(prev_start, start - 1)), carry)
            if found is not None:
                out.append(found)
    return _tails_read(piece, cut, spans, out, choose, check, carry, threshold)


def _one_deed_told(piece: Piece, cut: list[tuple[int, int]],
                   spans: dict[tuple[int, int], _Choice],
                   choose: Callable[[str], _Choice]) -> list[tuple[int, int]]:
    """The cut, with a claim and the deed "and" joins to it (`deed_joined`) read as one when
    the two together state a fact as well as either alone does, or when both, and the two
    together, state the same fact: "Putin visited Tokyo in January and offered Abe two
    islands" tells one event, where "China abstained on Crimea and recognized Abkhazia"
    tells two."""
    out: list[tuple[int, int]] = []
    for start, end in cut:
        if out and deed_joined(piece, start - 1):
            first = spans.get(out[-1])
            second = spans.get((start, end))
            if first is not None and second is not None and first.best is not None \
                    and second.best is not None:
                both = spans.setdefault((out[-1][0], end), choose(piece.claim(out[-1][0], end)))
                if both.best is not None and (
                        both.score >= max(first.score, second.score)
                        or first.best.fact.id == second.best.fact.id == both.best.fact.id):
                    out[-1] = (out[-1][0], end)
                    continue
        out.append((start, end))
    return out


def _went_on(before: str, sentence: str, claim: Check,
             follow: Callable[[str, str, str], Check]) -> Check | None:
    """The check of a sentence that matches nothing alone and opens with a thing named with
    "the" for what the claim of the sentence before it named (`claim`, read from `before`),
    read as such a clause after that claim is (`_named_again`)."""
    if claim.fact is None or claim.claim not in before or word_count(sentence) < MIN_WORDS:
        return None
    return _named_again((before, sentence, f"{before.rstrip(' .;:!?')}, {sentence}"),
                        claim.fact, follow)


def _unexplained_recut(piece: Piece, best: list[tuple[int, int]],
                       choose: Callable[[str], _Choice], check: Callable[[str], Check],
                       spans: dict[tuple[int, int], _Choice], sizes: list[int],
                       threshold: float) -> list[tuple[int, int]]:
    """The cut, again without its spans of several atoms that one fact matches but leaves
    much unexplained (context, "unexplained"): "Xi called Putin his best friend, and they've
    met fewer than ten times" is two claims, not one about the meetings with words left over.
    The first cut stands when the second matches nothing."""
    barred = frozenset(key for key in best if key[0] < key[1] and key in spans
                       and spans[key].matched
                       and (found := check(piece.claim(*key))).verdict is Verdict.CONTEXT
                       and found.reading == "unexplained")
    if not barred:
        return best
    again = _best_cut(piece, choose, spans, sizes, threshold, SPLIT_COST, barred)
    if not any(spans[key].matched for key in again if key in spans and key not in barred):
        return best
    return again


def _chatter_by_clause(cut: list[tuple[int, int]], spans: dict[tuple[int, int], _Choice],
                       threshold: float) -> list[tuple[int, int]]:
    """The cut, with a stretch of several clauses that matches nothing as a whole cut into its
    clauses: chatter costs the same however long it runs, so the best cut joins every clause
    that pays for no claim of its own into one stretch, while each of them may still be a
    claim read beside the claim that matched ("China sent 3,200 soldiers, Russia sent 1,000
    aircraft, and the Huawei mess came three years before": the last two are read one by
    one). A stretch is cut only where each clause of it is long enough to be read alone and
    one of them comes near a fact (NEAR_SHARE of the threshold)."""
    if not any(key in spans and spans[key].matched for key in cut):
        return cut  # no claim stands beside the stretch: the piece is read as it is
    out: list[tuple[int, int]] = []
    for start, end in cut:
        span = spans.get((start, end))
        if start == end or span is None or span.matched \
                or any((i, i) not in spans for i in range(start, end + 1)) \
                or all(spans[(i, i)].score < threshold * NEAR_SHARE
                       for i in range(start, end + 1)):
            # A stretch with a clause too short to be read alone stays whole, and so does one
            # no clause of which comes near a fact.
            out.append((start, end))
            continue
        out += [(i, i) for i in range(start, end + 1)]
    return out


def _tails_read(piece: Piece, cut: list[tuple[int, int]], spans: dict[tuple[int, int], _Choice],
                out: list[Check], choose: Callable[[str], _Choice], check: Callable[[str], Check],
                carry: Callable[[str, Fact], Check | None] | None,
                threshold: float = DEFAULT_THRESHOLD) -> list[Check]:
    """The checks, with a claim whose span ends in a clause that matches nothing alone, its
    fact the one the claim without that clause states, read as two: the claim, and the clause
    read against the sentence of that fact's quote it restates (`carry`), when that clause
    is answered true or false ("the prize is the city's second-highest, and the mayor pinned
    it on the coach": false, then true). The clause has a subject of its own and refers back
    to the claim (`_refers_back`), and denies nothing: a denial restates the claim before it
    as often as it adds to it ("..., it didn't vote against")."""
    if len(out) != len(cut):
        return out
    result = list(out)
    for i, (start, end) in enumerate(cut):
        whole = spans.get((start, end))
        if whole is None or not whole.matched or whole.best is None \
                or not out[i].verdict.judges_claim:
            continue
        fact = whole.best.fact
        head = _denying_clause_after(piece, (start, end), spans, fact, choose)
        if head is not None:
            result[i] = check(piece.claim(start, head))
            continue
        apart = _halves_apart(piece, (start, end), spans, out[i], choose, threshold)
        if apart is not None:
            result[i] = apart[0]
            result.append(apart[1])
            continue
        for k in range(end - 1, start - 1, -1):
            before = spans.get((start, k))
            if before is None or not before.matched or before.best is None \
                    or before.best.fact.id != fact.id or _names_pair(piece, k) \
                    or word_count(piece.claim(k + 1, end)) < MIN_WORDS:
                continue
            alone = spans.setdefault((k + 1, end), choose(piece.claim(k + 1, end)))
            if alone.matched:
                continue
            clause = piece.claim(k + 1, end)
            found = carry(clause, fact) if carry is not None and _refers_back(clause) \
                and not negations(normalise(clause), lexical=False) else None
            if found is not None and found.verdict in (Verdict.TRUE, Verdict.FALSE):
                result[i] = check(piece.claim(start, k))
                result.append(found)
                break
        else:
            opening = _figure_opening(piece, (start, end), spans, out[i], check) \
                or _other_opening(piece, (start, end), spans, out[i], check, threshold)
            if opening is not None:
                result.append(opening)
    return result


# The words joining two clauses as "and" does (chat writes it "n").
_AND_WORDS = frozenset(("and", "n", "&"))


def _denying_clause_after(piece: Piece, span: tuple[int, int],
                          spans: dict[tuple[int, int], _Choice], fact: Fact,
                          choose: Callable[[str], _Choice]) -> int | None:
    """The last atom of the claim a span opens with, when what follows it after an "and" is a
    clause of its own that denies and the claim does not: "the pipeline cost $55bn and the
    Chinese loan never came". The clause has a subject of its own, no pronoun for the claim
    ("..., and it never did", "... and no one else got them" go on about the claim) and matches
    nothing alone; the claim alone states the span's fact. Its denial is the clause's, not the
    claim's."""
    start, end = span
    for k in range(start, end):
        before = spans.get((start, k))
        if before is None or not before.matched or before.best is None \
                or before.best.fact.id != fact.id or _names_pair(piece, k):
            continue
        claim, clause = piece.claim(start, k), piece.claim(k + 1, end)
        words = normalise(clause).split()
        joined = piece.text[piece.atoms[k][1]:piece.atoms[k + 1][0]].strip(" ,").casefold()
        if joined not in _AND_WORDS or len(words) < MIN_WORDS or words[0] in _SUBJECT_PRONOUNS \
                or words[0] in _RELATIVE or any(w in _BACK for w in words) \
                or not _own_subject(clause) or not negations(normalise(clause), lexical=False) \
                or negations(normalise(claim), lexical=False):
            continue
        alone = spans.setdefault((k + 1, end), choose(clause))
        if not alone.matched:
            return k
    return None


# A conjunction joining two clauses: "..., and ...", "... but ...".
_JOINING = re.compile(r"\b(?:and|but)\b|&", re.IGNORECASE)


def _halves_apart(piece: Piece, span: tuple[int, int], spans: dict[tuple[int, int], _Choice],
                  whole: Check, choose: Callable[[str], _Choice], threshold: float
                  ) -> tuple[Check, Check] | None:
    """The checks of the two halves of a claim the source cannot bear out (unproven), two
    clauses joined by "and" or "but", each with its own subject and leaning to the claim's
    fact, read against that fact: one half told as the source tells it, the other going
    beyond it ("Indonesia signed for 11 jets, and India surely bought 114": true, then
    unproven). None when the halves do not part so, or one of them denies."""
    start, end = span
    fact = whole.fact
    if fact is None or whole.verdict is not Verdict.UNPROVEN or whole.negated:
        return None
    for k in range(start, end):
        texts = (piece.claim(start, k), piece.claim(k + 1, end))
        joined = piece.text[piece.atoms[k][1]:piece.atoms[k + 1][0]]
        if _names_pair(piece, k) or _JOINING.search(joined) is None \
                or not all(_own_subject(t) for t in texts) \
                or any(word_count(t) < MIN_WORDS for t in texts):
            continue
        told: list[Check] = []
        for key, text in zip(((start, k), (k + 1, end)), texts, strict=True):
            half = spans.setdefault(key, choose(text))
            leaning = next((m for m in half.candidates if m.fact.id == fact.id), None)
            if leaning is None or (half.best is not None and half.best.fact.id != fact.id
                                   and half.score >= threshold):
                break
            found = _judged(text, _Choice(half.candidates, leaning, leaning), threshold)
            if found.negated:
                break
            told.append(found)
        if len(told) == 2 and {c.verdict for c in told} == {Verdict.TRUE, whole.verdict}:
            return told[0], told[1]
    return None


def _other_opening(piece: Piece, span: tuple[int, int], spans: dict[tuple[int, int], _Choice],
                   whole: Check, check: Callable[[str], Check], threshold: float
                   ) -> Check | None:
    """The check of the opening clause of a claim when that clause alone clearly states
    another fact (TWO_CLAIMS_MARGIN over the threshold), no telling of the same matter, and
    the clause after it is too short to be scored alone: "the mayor opened the bridge and
    closed the zoo", where "closed the zoo" tells the whole's fact. Two claims. A short
    clause with a figure goes on with a list ("... 3,200 soldiers and 6 planes"), and one
    that denies ("... but never came through") tells of the opening clause: one claim."""
    start, end = span
    if whole.fact is None or not whole.verdict.judges_claim:
        return None
    for k in range(end - 1, start - 1, -1):
        before = spans.get((start, k))
        rest = piece.claim(k + 1, end)
        if before is None or before.best is None or (k + 1, end) in spans \
                or before.score < threshold + TWO_CLAIMS_MARGIN or _names_pair(piece, k) \
                or word_count(rest) >= MIN_SOFT_WORDS or quantities(normalise(rest)) \
                or negations(normalise(rest), lexical=False):
            continue
        other = before.best.fact
        if other.id == whole.fact.id or other.id in whole.fact.related \
                or whole.fact.id in other.related:
            continue
        opening = check(piece.claim(start, k))
        return opening if opening.fact == other and opening.verdict.judges_claim else None
    return None


def _figure_opening(piece: Piece, span: tuple[int, int], spans: dict[tuple[int, int], _Choice],
                    whole: Check, check: Callable[[str], Check]) -> Check | None:
    """The check of the opening clause of a claim that sets two figures side by side, each in
    a clause with its own subject, when that clause alone states the claim's fact and is the
    opposite verdict's (true against false) of the whole ("the port got 40% of the cargo and
    the airport got 10%": the first figure right, the second wrong, which only the whole
    reads). A bare figure after the clause goes on with its list, the second figure of the
    same fact ("the club hired 12 coaches and 40 stewards"): told so, it is as much a claim of
    its own. The clause after it denies nothing."""
    start, end = span
    if whole.fact is None or whole.verdict not in (Verdict.TRUE, Verdict.FALSE):
        return None
    for k in range(end - 1, start - 1, -1):
        before = spans.get((start, k))
        first, rest = piece.claim(start, k), piece.claim(k + 1, end)
        if before is None or not before.matched or before.best is None \
                or before.best.fact.id != whole.fact.id or _names_pair(piece, k) \
                or not (_opens_clause(rest) or _figure_tail(rest)) \
                or negations(normalise(rest), lexical=False) \
                or not quantities(normalise(rest)) or not quantities(normalise(first)):
            continue
        opening = check(first)
        if opening.fact is not None and opening.fact.id == whole.fact.id \
                and opening.verdict is whole.verdict.opposite() and not opening.negated:
            return opening
    return None


def _figure_tail(text: str) -> bool:
    """Whether a clause is a bare figure of a counted thing, the last item of a list of
    figures ("and 40 stewards", "about 60 planes too, probably", "3 times Leeds'"): it says
    nothing but its figure, filler, how sure it is and whom the figure measures against. A
    figure the clause goes on past ("and 40 stewards to the final") is one object of the
    clause before it, a year ("..., 2017") a part of its date."""
    said = normalise(text)
    told = quantities(said)
    if not told or told[0].unit in ("", "year") or told[0].text not in said:
        return False
    before, _, after = said.partition(told[0].text)
    return all(w in _TAIL_FILLER for w in before.split()) \
        and all(w in _TAIL_FILLER or actor_of(w) is not None for w in after.split())


# What a bare figure at the end of a list may carry after it: filler and how sure it is.
_TAIL_FILLER = STOP_WORDS | FRAMING_WORDS | frozenset(HEDGING_WORDS) | frozenset(VOUCHING_WORDS)


def _speaks_of(text: str, fact: Fact) -> bool:
    """Whether a clause says, besides its actors and its light verbs, a word the fact's claim,
    quote or summary uses ("russia had way more" says nothing of trade partners, nor "the
    chinese loan never came" of where China's gas came from)."""
    known = {term_of(w) for t in (fact.claim, fact.quote or "", fact.summary)
             for w in content_words(normalise(t))}
    return any(term_of(w) in known for w in content_words(normalise(text))
               if actor_of(w) is None and w not in LIGHT_VERBS)


def _nearly(piece: Piece, cut: list[tuple[int, int]], checks: list[Check],
            near: Callable[[str], Check], threshold: float) -> dict[int, Check]:
    """The checks, by place, of clauses a little below the threshold that stand beside a
    claim of the piece that matched: a clause with its own subject (or the piece's first) is
    a claim of its own, and its fact, near enough (NEAR_SHARE of the threshold), answers it
    when it is not the fact of a claim beside it ("Vostok was their first joint drill, and
    China sent 10,000 troops"). Two names joined ("Russia and China are ...") open no clause
    of their own. A clause shown only its source, below the threshold, is answered so when
    every word of it is the fact's."""
    if len(checks) != len(cut):
        return {}
    answered = [c.fact for c in checks if c.matched and c.fact is not None
                and c.score >= threshold]
    if not answered:
        return {}
    out: dict[int, Check] = {}
    for i, (start, end) in enumerate(cut):
        text = piece.claim(start, end)
        # A clause shown only its source below the threshold is not answered yet.
        shown = checks[i].matched and not checks[i].verdict.judges_claim \
            and checks[i].score < threshold
        if (checks[i].matched and not shown) or word_count(text) < MIN_SOFT_WORDS or (
                start > 0 and (not _own_subject(text) or _names_pair(piece, start - 1))):
            continue
        found = near(text)
        if found.fact is None or not found.verdict.judges_claim or any(
                f.id == found.fact.id for f in answered) or not _speaks_of(text, found.fact):
            continue
        if shown and _unexplained_by(text, found.fact):
            continue  # in the source's words, but for some it does not use: no verdict
        out[i] = found
    return out


def _unexplained_by(text: str, fact: Fact) -> bool:
    """Whether a claim uses a content word that no text of the fact does."""
    return bool(unexplained(normalise(text), _accounts(fact)))


def _carried(texts: tuple[str, str, str], fact: Fact,
             follow: Callable[[str, str, str], Check],
             carry: Callable[[str, Fact], Check | None] | None) -> Check | None:
    """The check of a clause that matches nothing alone, going on about the claim before it
    (`texts`: the claim, the clause, both), answered with `fact`: read with that claim, for
    another fact (`follow`), when it opens with a pronoun or a verb; else, or when that gives
    no verdict, read against the sentence of the fact's quote it restates (`carry`), when it
    opens with a pronoun, a verb or the claim's own actor ("the mayor doubled the parks
    budget and loosened the rules on vendors", where the quote says he tightened them). None
    when neither reads it."""
    claim, clause, both = texts
    other: Check | None = None
    if _CONTINUES.match(clause) is not None:
        other = follow(both, fact.id, clause)
        if other.verdict.judges_claim:
            return other
    else:
        named = _named_again(texts, fact, follow)
        if named is not None:
            return named
    subject = _shared_subject(claim, clause)
    if carry is not None and (subject or _CARRIES_ON.match(clause) is not None):
        again = carry(clause.split(None, 1)[1] if subject else clause, fact)
        if again is not None:
            return again
    return other if other is not None and other.matched else None


def _named_again(texts: tuple[str, str, str], fact: Fact,
                 follow: Callable[[str, str, str], Check]) -> Check | None:
    """The check of a clause that opens with a thing named with "the" for what the claim
    before it named ("..., and the rest were scrapped"; `texts`: the claim, the clause, both),
    answered with `fact`: read with that claim, for another fact, when that gives a verdict.
    None otherwise, and when the claim denies: the denial would turn the sense of the clause
    read with it."""
    claim, clause, both = texts
    if not _names_thing_before(clause) or negations(normalise(claim)) % 2:
        return None
    found = follow(both, fact.id, clause)
    return found if found.verdict.judges_claim else None


def _names_thing_before(clause: str) -> bool:
    """Whether a clause opens with a thing named with "the", not an actor, as its subject
    ("..., and the deal closed in 2018", "..., and the rest were scrapped"): what the claim
    before it named, told again without its topic words."""
    said = normalise(clause)
    words = said.split()
    return opens_with_named_thing(said) and not _opens_clause(clause) \
        and not any(entities(w) for w in words[1:3])


# A clause told as granted beside the claim before it: "..., even though the offer led nowhere".
_CONCEDED = re.compile(r"^(?:even though|even if|although|though|while|but)\s+")


def _conceded(clause: str, fact: Fact, claim: Check,
              carry: Callable[[str, Fact], Check | None]) -> Check | None:
    """The check of a clause told as granted after a claim ("..., even though the offer led
    to no breakthrough"), with a subject of its own, read against the sentence of the claim's
    fact's quote it restates, when that reading is true or false and not the claim's verdict:
    the clause says something else of the fact than the claim does. None otherwise."""
    said = normalise(clause)
    opening = _CONCEDED.match(said)
    rest = said[opening.end():] if opening is not None else ""
    if opening is None or not (_own_subject(rest) or rest.split()[:1] == ["the"]) \
            or claim.fact is None or claim.fact.id != fact.id:
        return None
    found = carry(clause, fact)
    if found is None or found.verdict is claim.verdict:
        return None
    return found


# A pronoun standing for what the clause before named: "..., and Putin handed it to Xi".
_BACK = frozenset("it them him her".split())


def _refers_back(clause: str) -> bool:
    """Whether a clause opens with an actor and then a pronoun for what the clause before
    named ("..., and the mayor pinned it on the coach"): it goes on about the claim before
    it, with a subject of its own."""
    words = normalise(clause).split()
    if not words or words[0] in _SUBJECT_PRONOUNS or words[0] in _RELATIVE \
            or not _own_subject(clause):
        return False
    return any(w in _BACK for w in words[1:])


def _shared_subject(claim: str, clause: str) -> bool:
    """Whether a clause opens with the actor its claim before opens with ("Russia cut ..., and
    Russia raised ...")."""
    one, other = normalise(claim).split(), normalise(clause).split()
    return bool(one) and len(other) > 1 and actor_of(one[0]) is not None \
        and actor_of(one[0]) == actor_of(other[0])


def _two_claims(piece: Piece, cut: list[tuple[int, int]], spans: dict[tuple[int, int], _Choice],
                choose: Callable[[str], _Choice], sizes: list[int],
                threshold: float, check: Callable[[str], Check] | None = None
                ) -> list[tuple[int, int]]:
    """The cut, with a span that one fact answers cut in two where each half clearly states
    a fact of its own (TWO_CLAIMS_MARGIN over the threshold), one of them the whole span's
    and the other no telling of the same matter. The whole span's score counts the other
    claim's words for its fact, and so may beat the halves' in `_segment`: "trade hit a
    record $100B, and China is Russia's second-biggest trading partner". A span is cut too
    where both halves clearly state the whole span's fact and say opposite things of it
    (`_opposite_halves`, read with `check`)."""
    out: list[tuple[int, int]] = []
    for start, end in cut:
        whole = spans.get((start, end))
        found: list[tuple[float, int]] = []
        for k in range(start, end) if whole is not None and whole.best is not None else ():
            halves: list[_Choice] = []
            for first, last in ((start, k), (k + 1, end)):
                if (piece.scene and piece.scene[last]) or (
                        all(piece.short[first:last + 1])
                        and sum(sizes[first:last + 1]) < MIN_SOFT_WORDS):
                    break
                halves.append(spans.setdefault((first, last), choose(piece.claim(first, last))))
            facts = [h.best.fact for h in halves
                     if h.best is not None and h.score >= threshold + TWO_CLAIMS_MARGIN]
            assert whole is not None and whole.best is not None
            # Halves that say opposite things of the whole's fact need only reach the
            # threshold: their verdicts, true and false, tell them apart.
            stating = [h.best.fact for h in halves if h.best is not None
                       and h.restated is None and not h.described and h.score >= threshold]
            if check is not None and ((len(stating) == 2 and _opposite_halves(
                    piece, (start, k, end), stating, whole.best.fact, check))
                    or _restated_beside(piece, (start, k, end), halves, whole.best.fact,
                                        threshold, check)):
                found.append((sum(h.score for h in halves), k))
                continue
            if len(facts) < 2:
                if len(halves) == 2 and not _names_pair(piece, k) and (
                        _beside(piece, (start, k, end), halves, whole.best.fact, threshold)
                        or _related_beside(piece, (start, k, end), halves, whole.best.fact,
                                           threshold, check)):
                    found.append((sum(h.score for h in halves), k))
                continue
            if _names_pair(piece, k):
                continue
            one, other = facts
            if one.id != other.id and whole.best.fact.id in (one.id, other.id) and (
                    (one.id not in other.related and other.id not in one.related)
                    or _told_apart(piece, (start, k, end), whole.best.fact, check)):
                found.append((sum(h.score for h in halves), k))
        if found:
            k = max(found)[1]
            out += [(start, k), (k + 1, end)]
        else:
            out.append((start, end))
    return out


# Words that open a clause of its own about something named before: "..., and it's the
# biggest".
_SUBJECT_PRONOUNS = frozenset(
    "it its itll they theyre theyve theyd theyll he hes she shes".split())


# A relative pronoun opening a clause on what comes just before it: "..., which cost $55B".
_RELATIVE = frozenset("which who".split())
# "..., which shows ...", "..., which is why ...": a clause on the whole claim before it, the
# conclusion drawn from it, not a claim of its own.
_DRAWS_ON_CLAIM = re.compile(
    r"^which (?:(?:is|was) why|shows?|showed|proves?|proved|means?|meant|suggests?|implies|"
    r"makes?|tells?|explains?|confirms?)\b")


# A time told ahead of a clause's subject: "a year later Putin ...", "2013-17 Leeds ...".
_WHEN_FIRST = re.compile(rf"^(?:{WHEN_FIRST}|\d{{4}}(?: \d{{4}})?,?\s+)", re.IGNORECASE)
# The word joining a clause to the one before, kept in it after a dash: "— and they've ...".
_JOINED_FIRST = re.compile(r"^(?:and|but|plus)\s+")


def _opens_clause(text: str) -> bool:
    """Whether a text opens with a subject of its own: a pronoun or an actor ("the EU"), or
    a relative pronoun whose clause says something of what comes before it."""
    said = _WHEN_FIRST.sub("", _JOINED_FIRST.sub("", normalise(text), count=1), count=1)
    words = said.split()
    if words[:1] == ["the"]:
        words = words[1:]
    if words[:1] and words[0] in _RELATIVE:
        return _DRAWS_ON_CLAIM.match(said) is None
    return bool(words) and (words[0] in _SUBJECT_PRONOUNS or actor_of(words[0]) is not None)


def _own_subject(text: str) -> bool:
    """Whether a clause beside a claim has a subject of its own: an actor or a pronoun
    (`_opens_clause`), or a thing named with "the" ("the fighting went on for months")."""
    return _opens_clause(text) or opens_with_named_thing(normalise(text))


def _beside(piece: Piece, cut: tuple[int, int, int], halves: list[_Choice], fact: Fact,
            threshold: float) -> bool:
    """Whether a span (first atom, last atom of its first half, last atom) is a claim the whole
    span's fact clearly answers, beside a clause with its own subject whose nearest fact, a
    little below the threshold, is another and no telling of the same matter (`_nearly`)."""
    start, k, end = cut
    for one, other, text, span in (
            (halves[0], halves[1], piece.claim(k + 1, end), piece.span(k + 1, end)),
            (halves[1], halves[0], piece.claim(start, k), piece.span(start, k))):
        if one.best is None or one.best.fact.id != fact.id \
                or one.score < threshold + TWO_CLAIMS_MARGIN or not other.candidates:
            continue
        nearest = other.candidates[0]
        related = nearest.fact.id in fact.related or fact.id in nearest.fact.related
        # "..., and it is meant to carry 60 bcm": a pronoun is a subject of its own too.
        if nearest.score >= threshold * NEAR_SHARE \
                and (_own_subject(text) or _own_subject(span) or _measure_told(text)) \
                and nearest.fact.id != fact.id and not (related and nearest.score >= threshold):
            return True
    return False


# A measure told with its figure, its bare name the subject: "trade was $100bn".
_MEASURE_TOLD = re.compile(r"^[a-z]+ (?:was|is|were|are|hit|reached|grew|rose|fell|topped) ")


def _measure_told(text: str) -> bool:
    """Whether a clause tells a measure by its bare name and gives a figure for it ("trade was
    100bn", "growth hit 15%"): a subject of its own."""
    said = normalise(text)
    return _MEASURE_TOLD.match(said) is not None and bool(quantities(said))


def _related_beside(piece: Piece, cut: tuple[int, int, int], halves: list[_Choice],
                    fact: Fact, threshold: float, check: Callable[[str], Check] | None) -> bool:
    """Whether a span (first atom, last atom of its first half, last atom) is a claim the whole
    span's fact clearly answers, beside a clause that states a fact related to it, above the
    threshold if not clearly (TWO_CLAIMS_MARGIN), with a subject of its own: "the envoy
    refused the mayor's toast, and the author was in York at the time". The first half alone
    reads as the whole span does, and the clause, matched so narrowly, is one the source
    bears out: a verdict against it on a fact barely matched is too likely a misreading."""
    one, other = halves
    if one.best is None or one.best.fact.id != fact.id \
            or one.score < threshold + TWO_CLAIMS_MARGIN or other.best is None \
            or other.score < threshold or other.best.fact.id == fact.id:
        return False
    related = other.best.fact.id in fact.related or fact.id in other.best.fact.related
    if not related or check is None or not _own_subject(piece.claim(cut[1] + 1, cut[2])):
        return False
    start, k, end = cut
    whole = check(piece.claim(start, end))
    first, second = check(piece.claim(start, k)), check(piece.claim(k + 1, end))
    return first.fact == fact and first.verdict is whole.verdict \
        and second.fact is not None and second.fact.id == other.best.fact.id \
        and second.verdict is Verdict.TRUE and not second.negated


def _told_apart(piece: Piece, cut: tuple[int, int, int], fact: Fact,
                check: Callable[[str], Check] | None) -> bool:
    """Whether a span whose halves state two related facts (the true and the false telling
    of one matter) makes two claims: the second half opens a clause with its own subject, and
    the half on the whole span's fact reads it as the whole span does ("the club was founded
    by Leeds and York, and York invited Hull": both halves; not "Hull was let in by Leeds,
    and York by Hull", whose pairs only the whole sentence tells)."""
    start, k, end = cut
    rest = piece.claim(k + 1, end)
    owned = normalise(rest).split()[:1] in _OWNERS
    named = not (_opens_clause(rest) or owned) and _own_subject(rest) \
        and not negations(normalise(rest), lexical=False)
    if check is None or not (_opens_clause(rest) or owned or named):
        return False
    whole = check(piece.claim(start, end))
    halves = [check(piece.claim(start, k)), check(piece.claim(k + 1, end))]
    if named and any(h.verdict is not Verdict.TRUE for h in halves):
        # A thing named with "the" opens a clause of its own less surely than an actor does
        # ("the fighting lasted months"): two claims only when the source bears out both,
        # and the clause denies nothing ("..., and the deal collapsed, not 50 percent").
        return False
    if not whole.verdict.judges_claim and all(h.verdict.judges_claim for h in halves):
        return True  # the whole cannot be told, each half can
    if owned and whole.verdict.judges_claim and halves[1].fact is not None \
            and halves[1].fact.id != fact.id and halves[1].verdict is whole.verdict \
            and halves[0].verdict.judges_claim:
        # "X called Y his friend, and his first trip was to Z": the whole's verdict is the
        # second claim's, on a thing of the subject's own.
        return True
    return any(h.fact is not None and h.fact.id == fact.id and h.verdict is whole.verdict
               for h in halves)


# Words that open a clause with a subject of its own, owned by one named before: "..., and his
# first trip was to ...".
_OWNERS = (["his"], ["her"], ["their"])


def _opposite_halves(piece: Piece, cut: tuple[int, int, int], facts: list[Fact], fact: Fact,
                     check: Callable[[str], Check]) -> bool:
    """Whether a span (first atom, last atom of its first half, last atom) makes two claims
    about one fact, each half stating it (`facts`: the halves' facts), the second a clause
    with its own subject: one half true and the other false, neither by a denial (a denial
    followed by what is so instead says one thing twice: "it isn't the biggest, the EU is")."""
    start, k, end = cut
    rest = piece.claim(k + 1, end)
    if any(f.id != fact.id for f in facts) or _names_pair(piece, k) \
            or not (_opens_clause(rest) or _GIVES_REASON.match(normalise(rest))):
        return False
    halves = [check(piece.claim(start, k)), check(rest)]
    if any(h.negated for h in halves):
        return False
    told = {h.verdict for h in halves}
    if told == {Verdict.TRUE, Verdict.UNPROVEN}:
        # "they were spying, and that's why the deal was dropped": the deed the source tells,
        # and a reason it does not give, which leaves the whole unproven.
        return check(piece.claim(start, end)).verdict is Verdict.UNPROVEN
    return _opens_clause(rest) and told == {Verdict.TRUE, Verdict.FALSE}


def _restated_beside(piece: Piece, cut: tuple[int, int, int], halves: list[_Choice],
                     fact: Fact, threshold: float, check: Callable[[str], Check]) -> bool:
    """Whether a span (first atom, last atom of its first half, last atom) makes two claims
    on one matter: one half clearly states the whole span's fact, the other restates, word
    for word, the source's sentence a fact of the same matter quotes, and the two are read
    true and false, the second half a clause with its own subject ("Abe visited Moscow in
    January, and Putin handed two islands back": the visit true, the handing back false)."""
    start, k, end = cut
    if len(halves) != 2 or _names_pair(piece, k) or not _opens_clause(piece.claim(k + 1, end)):
        return False
    on_fact = [h for h in halves if h.best is not None and h.best.fact.id == fact.id
               and h.restated is None and h.score >= threshold + TWO_CLAIMS_MARGIN]
    restated = [h for h in halves if h.restated is not None and h.best is not None
                and h.restated.coverage >= 1.0 and h.best.fact.id != fact.id
                and (h.best.fact.id in fact.related or fact.id in h.best.fact.related)]
    if len(on_fact) != 1 or len(restated) != 1:
        return False
    read = [check(piece.claim(start, k)), check(piece.claim(k + 1, end))]
    return not any(h.negated for h in read) \
        and [h.fact.id if h.fact else None for h in read] \
        == [h.best.fact.id if h.best else None for h in halves] \
        and {h.verdict for h in read} == {Verdict.TRUE, Verdict.FALSE}


# A clause giving the reason for, or the outcome of, the one before it: "..., and that's why".
_GIVES_REASON = re.compile(r"^(?:and )?(?:thats|that is|this is|which is) (?:why|how)\b")


def _names_someone(word: str) -> bool:
    """Whether a normalised word names an actor or a statesman ("Russia", "Hu", "Jintao")."""
    return actor_of(word) is not None or word in STATESMEN_OF


# Words that tell a name goes on with the deed told before it: "... to India and Turkey next",
# "... and China too".
_ALONG_WORDS = frozenset("next too also later soon again afterwards".split())


def _named_only(text: str, *, statesmen: bool = False) -> bool:
    """Whether a text only names actors ("Russia", "the EU"), or with `statesmen` statesmen
    too ("Hu Jintao"), a word that tells it goes on with the deed before it aside ("Turkey
    next")."""
    words = [w for w in normalise(text).split() if w != "the" and w not in _ALONG_WORDS]
    named = _names_someone if statesmen else (lambda w: actor_of(w) is not None)
    return bool(words) and all(named(w) for w in words)


def _names_pair(piece: Piece, k: int) -> bool:
    """Whether the soft cut after atom k joins two names ("Russia and China"): one subject,
    not two claims."""
    raw = piece.text[piece.atoms[k][0]:piece.atoms[k][1]].rstrip()
    if raw.endswith(("'s", "\u2019s")):
        return False  # "... bigger than China's and Russia is ...": a clause ends there
    if "," in piece.text[piece.atoms[k][1]:piece.atoms[k + 1][0]]:
        return False  # "... by Moscow and Beijing, and China invited ...": a clause ends there
    before = normalise(raw).split()
    after = normalise(piece.text[piece.atoms[k + 1][0]:piece.atoms[k + 1][1]]).split()
    return bool(before) and bool(after) and _names_someone(before[-1]) \
        and _names_someone(after[0])


def _best_per_fact(checks: list[Check]) -> list[Check]:
    """One check per fact, the best-scoring, in the order the claims came; and a second one
    when another claim of the message is the opposite verdict's on that fact ("the mayor
    doubled the parks budget and loosened the rules on vendors": true, then false)."""
    best: dict[str, int] = {}
    for i, c in enumerate(checks):
        assert c.fact is not None
        if c.fact.id not in best or _ranks_above(c, checks[best[c.fact.id]]):
            best[c.fact.id] = i
    kept = set(best.values())
    for i in best.values():
        if (other := _opposed(checks, i)) is None:
            continue
        if _read_twice(checks[other], checks[i]):
            # "Xi didn't launch it in Moscow" against "Xi didn't launch it in Moscow, he did it
            # in Astana": one claim read twice, not two; the part read alone tells it.
            kept.discard(i)
        elif _read_twice(checks[i], checks[other]):
            continue
        kept.add(other)
    return [checks[i] for i in sorted(kept)]


def _read_twice(part: Check, whole: Check) -> bool:
    """Whether a claim read as a denial or a swap of roles holds a part of it read alone with
    the opposite verdict ("..., he did it in Astana" or "..., Russia was the one condemned"
    after it): what it adds restates the part, and turned the reading of the whole. A clause
    added that says more ("and loosened the rules") is a claim of its own."""
    said, told = normalise(part.claim), normalise(whole.claim)
    return part.verdict is whole.verdict.opposite() and len(said) < len(told) \
        and said in told and (whole.negated or whole.reading == "roles")


def _found_by_meaning(check: Check) -> bool:
    """Whether a check is the source shown for a fact found by meaning whose words are too far
    from the claim's to be read (the semantic matcher's lexical score below the floor)."""
    if not _unread(check) or check.fact is None:
        return False
    return any(m.fact.id == check.fact.id and m.lexical is not None
               and m.lexical < SEMANTIC_WORDING_FLOOR for m in check.candidates)


def _without_unread(checks: list[Check]) -> list[Check]:
    """The checks of a message's claims, less those shown only because meaning found a fact
    the claim's words cannot be read against, when another claim of it gets a verdict: such a
    clause ("..., so they're basically allies now") is the upshot the writer draws from that
    claim, read with it, not a claim of its own."""
    if not any(c.verdict.judges_claim for c in checks):
        return checks
    return [c for c in checks if not _found_by_meaning(c)]


def _unread(check: Check) -> bool:
    """Whether a check is the fact's source shown because the claim's words are too far from
    the fact's to be read against it (found by meaning, or nearly close enough)."""
    return check.verdict is Verdict.CONTEXT and check.reading == "wording"


def _ranks_above(check: Check, other: Check) -> bool:
    """Whether a check answers for its fact rather than another claim's check on it: the one
    whose wording could be read against the fact, then the better-scoring. A clause found by
    meaning alone may score above the whole claim whose words the fact's match; the reading of
    those words is the answer."""
    if _unread(check) != _unread(other):
        return _unread(other)
    return check.score > other.score


def _opposed(checks: list[Check], i: int) -> int | None:
    """The best-scoring check on the fact of checks[i] with the opposite verdict (true
    against false), if any."""
    kept = checks[i]
    if kept.verdict not in (Verdict.TRUE, Verdict.FALSE, Verdict.UNPROVEN):
        return None
    opposed = [j for j, c in enumerate(checks) if c.fact is not None and kept.fact is not None
               and c.fact.id == kept.fact.id and _told_otherwise(kept, c)]
    return max(opposed, key=lambda j: checks[j].score, default=None)


def _told_otherwise(kept: Check, other: Check) -> bool:
    """Whether another claim on a check's fact says something else of it: the opposite verdict's
    (true against false), or a claim the source bears out beside one it cannot (true against
    unproven: "Beijing resented the offer; the offer came in January"), the claim the source
    cannot bear out no part of the one it does."""
    if other.verdict is kept.verdict.opposite() and kept.verdict is not Verdict.UNPROVEN:
        return True
    if {kept.verdict, other.verdict} != {Verdict.TRUE, Verdict.UNPROVEN}:
        return False
    unproven, true = (kept, other) if kept.verdict is Verdict.UNPROVEN else (other, kept)
    return normalise(unproven.claim) not in normalise(true.claim)


# The whole message answers before its pieces when its best match scores at least this much
# above every piece's (measured on CLEF 2020 train + dev and 2022 train: see bench/README.md).
WHOLE_MARGIN = 0.02


class _Ranking:
    """The matcher, remembering the order it ranked each text's facts in: check_claim orders
    its candidates by score, while the matcher ranks by more (BM25 too), which tells a long
    message's facts apart better."""

    def __init__(self, matcher: ClaimMatcher) -> None:
        self.name = matcher.name
        self.facts = matcher.facts
        self._matcher = matcher
        self.ranked: dict[str, list[Match]] = {}
        # A text asked again (a message no fact answers is read whole once more) is not
        # retrieved again.
        self._found: dict[tuple[str, int], list[Match]] = {}

    def match(self, text: str, *, limit: int = 5) -> list[Match]:
        found = self._found.get((text, limit))
        if found is None:
            found = self._found[(text, limit)] = self._matcher.match(text, limit=limit)
        self.ranked[text] = found
        return found


def _same_matter(one: Check, other: Check) -> bool:
    """Whether two checks answer with related facts (the true and the false telling of one
    matter): a message whose pieces answer one of them says the other in its own piece, and
    the whole message, which says both, is no one claim."""
    if one.fact is None or other.fact is None or one.fact.id == other.fact.id:
        return False
    return other.fact.id in one.fact.related or one.fact.id in other.fact.related


class _Without:
    """A matcher that leaves one fact out: what else a text speaks of."""

    def __init__(self, matcher: ClaimMatcher, fact_id: str) -> None:
        self.name = matcher.name
        self.facts = matcher.facts
        self._matcher = matcher
        self._fact_id = fact_id

    def match(self, text: str, *, limit: int = 5) -> list[Match]:
        found = self._matcher.match(text, limit=limit + 1)
        return [m for m in found if m.fact.id != self._fact_id][:limit]


def _answer(whole: Check | None, found: list[Check]) -> tuple[Check, ...]:
    """The checks of a reply: one a fact, from the pieces, unless the whole message matches
    clearly better than every piece and with a fact no piece's is related to (its check then
    comes first), or no piece matched. `whole` is None where it cannot come first."""
    if not found:
        assert whole is not None
        return (whole,)
    if whole is not None and _may_come_first(whole, found) \
            and not any(_same_matter(whole, c) for c in found) \
            and not (whole.conflicts and any(c.fact == whole.fact and not c.conflicts
                                             for c in found)) \
            and (whole.verdict.judges_claim
                 or not any(c.fact == whole.fact and c.verdict.judges_claim for c in found)):
        found = [whole, *found]
    return tuple(_best_per_fact(found)[:MAX_CLAIMS])


def _may_come_first(whole: Check | _Choice, found: list[Check]) -> bool:
    """Whether the whole message matches, clearly better than every piece (WHOLE_MARGIN). Its
    check's match and score are its choice's: told from the choice, the whole message is read
    in full only where its check may answer."""
    return whole.matched and whole.score >= max(c.score for c in found) + WHOLE_MARGIN


def _candidates(ranked: list[Match], checks: tuple[Check, ...], top: int) -> tuple[Match, ...]:
    """The message's candidate facts: the whole message's as the matcher ranked them, then the
    facts only the checks found, by score; each fact once, with its best score. The facts the
    checks answer with are moved up, past the lowest-ranked others, into the first `top`."""
    best: dict[str, Match] = {}
    for m in (*ranked, *sorted((m for c in checks for m in c.candidates), key=lambda m: -m.score)):
        if m.fact.id not in best or m.score > best[m.fact.id].score:
            best[m.fact.id] = m
    order = list(best)  # first seen first: the whole message's ranking, then the rest
    answered = list(dict.fromkeys(c.fact.id for c in checks if c.fact is not None))[:top]
    kept = set(answered) | set([i for i in order if i not in answered][:top - len(answered)])
    return tuple(best[i] for i in [*(i for i in order if i in kept),
                                   *(i for i in order if i not in kept)])


def check_message(text: str, matcher: ClaimMatcher, *, threshold: float = DEFAULT_THRESHOLD,
                  top: int = 5, max_chars: int = MAX_INPUT_CHARS) -> Reply:
    """Check every claim in a chat message; the reply has one check per claim found, and the
    candidate facts of the message as a whole.

    The message is checked whole and in pieces. The pieces answer, one check per claim,
    unless the whole matches clearly better than each of them (WHOLE_MARGIN): a post that
    makes one claim over several sentences then gets the whole's answer first. When no piece
    matches, the whole answers.
    """
    # The headers of pasted chat-log lines ("[19:02] econ_emma:") are no part of a claim.
    text_said = unlogged(text[:max_chars])
    typed = clean_text(text_said)[:max_chars]
    if not normalise(typed):
        return Reply(input=text, checks=(Check(claim=typed, verdict=Verdict.NO_MATCH),))
    # Names misspelt are read as the names ("Puttin" as "Putin"), and chat's way of writing as
    # plain writing ("sooo", "KEKW", "putin n xi").
    said = respelled(plain_chat(text_said), matcher.facts)
    cleaned = clean_text(said)[:max_chars]
    ranking = _Ranking(matcher)
    chosen: dict[str, _Choice] = {}
    memo: dict[str, Check] = {}

    def choose(claim: str) -> _Choice:
        if claim not in chosen:
            # A claim and the conclusion drawn from it ("..., so they're aligned") is about
            # the claim's fact; the conclusion is read in its wording.
            premise = premise_of(claim)
            first = choose(premise) if premise is not None else None
            chosen[claim] = first if first is not None and first.matched else \
                _choose(claim, ranking, threshold=threshold, top=top)
        return chosen[claim]

    def judge(claim: str) -> Check:
        key = f"\r{claim}"
        if key not in memo:
            memo[key] = _judged(claim, choose(claim), threshold)
        return memo[key]

    def check(claim: str) -> Check:
        if claim not in memo:
            memo[claim] = _motive_read(claim, judge(claim), judge)
        return memo[claim]

    def follow(claim: str, other_than: str, clause: str) -> Check:
        key = f"{other_than}\n{claim}"
        if key not in memo:
            found = check_claim(claim, _Without(ranking, other_than), threshold=threshold,
                                top=top)
            if found.reading == "unexplained" and found.fact is not None:
                # The words the clause's fact does not explain may be the claim's before it:
                # the clause alone is read against that fact ("Xi called Putin his best friend
                # and they've met fewer than 20 times").
                best = next(m for m in found.candidates if m.fact == found.fact)
                alone = _judged(clause, _Choice(found.candidates, best, best), threshold)
                if alone.verdict in (Verdict.TRUE, Verdict.FALSE):
                    found = alone
            memo[key] = found
        return memo[key]

    def carry(clause: str, fact: Fact) -> Check | None:
        said = source_index(matcher.facts).carried_on(clause, fact)
        if said is None:
            return None
        restating = Match(said.sentence, threshold, said.sentence.claim)
        found = _judged(clause, _Choice((restating,), restating, restating, restated=said),
                        threshold)
        return found if found.verdict in (Verdict.TRUE, Verdict.FALSE) else None

    def near(claim: str) -> Check:
        # A clause beside a claim that matched, answered a little below the threshold.
        key = f"\n{claim}"
        if key not in memo:
            lower = threshold * NEAR_SHARE
            memo[key] = _judged(claim, _choose(claim, ranking, threshold=lower, top=top), lower)
        return memo[key]

    def replied(found: Check) -> Check:
        # A reply that denies a true quoted claim is wrong, and the denial is what is judged;
        # one that denies any other quoted claim agrees with the source or cannot be told
        # from it: the quoted claim is judged, as the reply's own judgment would have it.
        quoted = denied_quote(found.claim)
        if quoted is None or found.verdict is Verdict.FALSE:
            return found
        own = check(quoted)
        return own if own.matched else found

    every_told = told_pieces(said)
    told = [(p, quoted) for p, quoted in every_told if word_count(p) >= MIN_WORDS][:MAX_PIECES]
    pieces = [p for p, _ in told]
    # Soft cuts are tried when a message has few pieces; a long one has claims enough.
    soft = len(pieces) <= MAX_SOFT_PIECES
    answered: list[tuple[Check, bool]] = []
    last: list[Check] = []  # the checks of the piece before
    for k, (p, quoted) in enumerate(told):
        claims = [c for c in (_segment(soft_atoms(p), choose, check, threshold, follow, carry,
                                       near) if soft else [check(p)]) if c.matched]
        if soft and not claims and last and told[k - 1][1] == quoted:
            # "CEFC sought a Rosneft stake; the deal closed in 2018": a sentence that matches
            # nothing alone may go on about the claim of the sentence before it.
            went_on = _went_on(told[k - 1][0], p, last[-1], follow)
            claims = [went_on] if went_on is not None else []
        answered += [(replied(c), quoted) for c in claims]
        last = claims
    # A reply that makes a claim of its own is checked for it, not for the words it quotes
    # ("> they always agree" / "they split on Crimea"); a reply that makes none ("source?",
    # "this.") has the quoted claim checked.
    own = any(not quoted and c.verdict.judges_claim for c, quoted in answered)
    found = _without_unread([c for c, quoted in answered if not (own and quoted)])
    unquoted = own and any(quoted for _, quoted in told)
    found = [_dated_after_source(_things_said(
        _names_known(_said_of(_figures_stated(c, matcher.facts)), matcher.facts), matcher.facts))
             for c in found]
    chosen_whole = choose(cleaned)
    if unquoted:
        # The whole message, quoted words and all, answers for no reply that claims on its own.
        checks = tuple(_best_per_fact(found)[:MAX_CLAIMS])
    elif found and motive_of(cleaned) is None and not _may_come_first(chosen_whole, found):
        # The whole message cannot answer: it is not read. A motive read off the claim
        # changes which fact its check answers with, and how well: such a message is read.
        checks = _answer(None, found)
    else:
        whole = _dated_after_source(_things_said(
            _names_known(_said_of(_figures_stated(check(cleaned), matcher.facts)),
                         matcher.facts), matcher.facts))
        checks = _answer(whole, found)
    if not any(c.matched for c in checks):
        # No fact answers any claim of it: the message is read whole against its nearest
        # fact, a little below the threshold, and answered when that fact's figures
        # contradict its own ("they've met fewer than 20 times", "lol they've only met like
        # 15 times"): figures, unlike wording, read the same however the rest is put.
        nearest = _choose(cleaned, ranking, threshold=threshold, top=top, whole=True)
        if nearest.matched:
            read = _dated_after_source(_things_said(_names_known(_said_of(_figures_stated(
                _motive_read(cleaned, _judged(cleaned, nearest, threshold), judge),
                matcher.facts)), matcher.facts), matcher.facts))
            # ... or when it is sure of what that fact's source only calls likely or cannot
            # vouch for.
            if (read.verdict is Verdict.FALSE and read.conflicts) or (
                    read.verdict is Verdict.UNPROVEN and read.reading is not None
                    and _doubt_told(cleaned, nearest.candidates, threshold) is not None):
                checks = (read,)
    # Words quoted from another member, or struck out, are no upshot the writer draws.
    own_words = " | ".join(p for p, quoted in every_told if not quoted)
    blanked = _claims_blanked(own_words, checks)
    if blanked is not None:
        checks = _certainty_read(own_words, blanked,
                                 _upshot_read(own_words, blanked, checks, matcher.facts))
    elif own_words.strip() and checks and not any(c.claim in own_words for c in checks):
        # A reply that only draws a tie from the words it quotes ("> they vote together at
        # the UN" / "alliance confirmed 🤝"): the quoted claim is the premise of its upshot.
        premised = " | ".join((*(c.claim for c in checks), own_words))
        left = _claims_blanked(premised, checks)
        if left is not None:
            checks = _upshot_read(premised, left, checks, matcher.facts)
    if len(pieces) == 1:
        # One question offering two sides to choose from asserts neither.
        checks = tuple(_alternatives_read(typed, c) for c in checks)
    if len(pieces) == 1 and len(checks) == 1 and checks[0].claim == pieces[0]:
        # A message of one claim, read as if typed plainly, is shown as the member wrote it.
        checks = (dataclasses.replace(checks[0], claim=typed),)
    ranked = ranking.ranked.get(cleaned) or list(chosen_whole.candidates)
    return Reply(input=text, checks=checks, candidates=_candidates(ranked, checks, top))


def _rejects_ties(facts: Sequence[Fact]) -> bool:
    """Whether the pack rejects the two being tied: one of its facts on their alliance is
    false or misleading."""
    return any("alliance" in f.tags and f.verdict in (Verdict.FALSE, Verdict.MISLEADING)
               for f in facts)


# Worked out once per fact base, not once per message.
_ties_rejected = PerPack(_rejects_ties)


def _claims_blanked(text: str, checks: tuple[Check, ...]) -> str | None:
    """A message with the words of every check's claim blanked out, the rest where it stands;
    None when a claim's words are not found in the message as they stand."""
    for c in checks:
        at = text.find(c.claim)
        if at < 0:
            return None
        text = f"{text[:at]}{' ' * len(c.claim)}{text[at + len(c.claim):]}"
    return text


def _upshot_read(text: str, left: str, checks: tuple[Check, ...],
                 facts: Sequence[Fact]) -> tuple[Check, ...]:
    """A true claim told with words after it that take it to make the two allies, equal
    partners or one economy ("Russia sold China the S-400. Only real allies get that"), where
    the source rejects their being tied: the claim is a true premise of a conclusion the
    source argues against, and misleads. Claims told after the tie are no premise of it.
    `left` is the text with the claims blanked out (_claims_blanked)."""
    if not any(c.verdict is Verdict.TRUE for c in checks) or not _ties_rejected(facts):
        return checks
    first = min(text.index(c.claim) + len(c.claim) for c in checks if c.verdict is Verdict.TRUE)
    tie = tie_told(left[first:])
    return tuple(
        dataclasses.replace(c, verdict=Verdict.MISLEADING, reading="inference", negated=False)
        if c.verdict is Verdict.TRUE and c.fact is not None and "alliance" not in c.fact.tags
        and ((tie is not None and text.index(c.claim) < first + tie)
             or _tie_in_its_tail(c.claim, c.fact))
        else c for c in checks)


# Where a claim's tail may open: after a comma, a dash, a colon or an equals sign.
_TAIL_OPENS = re.compile(r"[,;:]\s|\s(?:[-\u2013\u2014=]+)\s")


def _tie_in_its_tail(claim: str, fact: Fact) -> bool:
    """Whether a claim's last clause, after a claim's worth of words, ties the two in words no
    text of its fact uses ("sent 3,200 soldiers, a real show of joint force")."""
    opens = _TAIL_OPENS.search(claim)
    if opens is None or word_count(claim[:opens.start()]) < MIN_WORDS:
        return False
    tail = claim[opens.end():]
    at = tie_told(tail)
    if at is None or re.search(r"[,;:.!?]\s*\w", tail[at:]):
        # A tie told before more of the claim is no upshot ending it.
        return False
    told = " ".join((*_texts(fact), normalise(fact.quote or ""), normalise(fact.summary)))
    return normalise(tail[at:]).split()[0] not in told.split()


def _said_after(text: str, blanked: str, check: Check) -> str:
    """The words after a check's claim, up to the next claim of the message."""
    end = text.index(check.claim) + len(check.claim)
    rest = blanked[end:]
    gap = re.search(r"\S {4,}\S", rest)
    return rest[:gap.start() + 1] if gap is not None else rest


def _certainty_read(text: str, blanked: str, checks: tuple[Check, ...]) -> tuple[Check, ...]:
    """A claim told, then vouched for in words after it ("Never gonna happen, guaranteed."),
    where the source only thinks it likely: the claim is not established. `blanked` is the
    text with the claims blanked out (_claims_blanked)."""
    return tuple(
        dataclasses.replace(c, verdict=Verdict.UNPROVEN, reading="certainty", negated=False)
        if c.fact is not None and c.verdict in (Verdict.TRUE, Verdict.FALSE)
        and _sure_after(normalise(_said_after(text, blanked, c)), c)
        else c for c in checks)


def _sure_after(after: str, check: Check) -> bool:
    """Whether the words told after a claim vouch for what its fact's texts only hedge, or, for
    a true fact, for what its quote only foretells ("... will bring $400 billion, it's locked
    in, done deal")."""
    fact = check.fact
    assert fact is not None
    quote = normalise(fact.quote or "")
    return overstates(after, (*_texts(fact), quote)) or (
        fact.verdict is Verdict.TRUE
        and vouches_for_forecast(normalise(check.claim), quote, sure=after))


def _names_known(check: Check, facts: Sequence[Fact]) -> Check:
    """A true or false verdict on a claim that names what no fact of the pack mentions
    ("Zhenbao Island", "Almaty") becomes context: the source cannot tell that part. A claim
    that puts the fact's event in another place than the source's ("launched in Almaty"
    against "launched in Astana") stays false, whether or not the source names that place."""
    if check.verdict not in (Verdict.TRUE, Verdict.FALSE):
        return check
    # A preamble that names no actor ("Used to live in Almaty, so this hit home: ...") tells
    # of the writer, not of the claim.
    name = unknown_name(_after_preamble(check.claim), facts)
    if name is None or (check.reading == "place" and name.casefold() in PLACE_IN):
        return _names_said(check, facts)
    return dataclasses.replace(check, verdict=Verdict.CONTEXT, reading="unknown name")


def _names_said(check: Check, facts: Sequence[Fact]) -> Check:
    """A true verdict on a claim that names someone or something its fact, and every fact
    it goes with, leaves unmentioned becomes context: the fact does not vouch for that."""
    fact = check.fact
    if check.verdict is not Verdict.TRUE or fact is None:
        return check
    related = related_facts(fact, facts)
    if unsaid_name(check.claim, fact, related) is None:
        return check
    return dataclasses.replace(check, verdict=Verdict.CONTEXT, reading="unsaid name")


# Words that tell a plan or forecast for a year ("slated for 2025", "will deliver by 2024"):
# what the source may tell before that year comes.
_PLANNED = re.compile(r"\b(?:slated|due|plans?|planned|expected|projected|scheduled|set to|"
                      r"will|would|by|until|target(?:ed|s)?|forecasts?|aims?)\b")


def _dated_after_source(check: Check) -> Check:
    """A verdict on a claim that tells of a year after its fact's source was written ("trade
    blew past $200 billion in 2023" against a 2019 article) becomes context: the source could
    not know that. A plan for such a year ("slated for 2025") is the source's to tell."""
    fact = check.fact
    if not check.verdict.judges_claim or fact is None or not fact.source.published:
        return check
    written = fact.source.published[:4]
    if not written.isdigit():
        return check
    said = normalise(check.claim)
    if not any(q.unit == "year" and q.value > int(written) for q in quantities(said)) \
            or _PLANNED.search(said) is not None:
        return check
    return dataclasses.replace(check, verdict=Verdict.CONTEXT, reading="unstated figure")


def _things_said(check: Check, facts: Sequence[Fact]) -> Check:
    """A verdict on a claim about a good, weapon or currency its fact does not name ("the
    biggest buyer of Russian wheat" against "of Russian weapons", "paid in yuan") becomes
    context: the claim tells of another trade than the fact's."""
    fact = check.fact
    if not check.verdict.judges_claim or fact is None:
        return check
    if unsaid_thing(check.claim, fact, related_facts(fact, facts), facts) is None:
        return check
    return dataclasses.replace(check, verdict=Verdict.CONTEXT, reading="unsaid name")


def _figures_stated(check: Check, facts: Sequence[Fact]) -> Check:
    """A true verdict on a claim that gives a figure no text of its fact, or of a fact it goes
    with, gives ("joined in 2017", "a deal for 24 jets") becomes context: the source does not
    say that part."""
    fact = check.fact
    if check.verdict is not Verdict.TRUE or fact is None or check.conflicts:
        return check
    related = related_facts(fact, facts)
    if not unstated_figures(check.claim, fact, related):
        return check
    return dataclasses.replace(check, verdict=Verdict.CONTEXT, reading="unstated figure")


def _said_of(check: Check) -> Check:
    """A true or false verdict on a claim that shares only one or two actors' names with its
    fact, saying of them what the fact does not ("the SCO's offices are in Beijing" against
    "China invited India into the SCO"), becomes context: the fact is about something else."""
    fact = check.fact
    if check.verdict not in (Verdict.TRUE, Verdict.FALSE) or fact is None or check.conflicts \
            or quantities(normalise(check.claim)):
        # A figure the fact gives is more than a name shared with it.
        return check
    texts = (*(normalise(t) for t in fact.texts), normalise(fact.quote or ""),
             normalise(fact.summary), *(normalise(f"{f.value} {f.what}") for f in fact.figures))
    if not names_only(normalise(_without_chat_clause(check.claim)), texts):
        return check
    return dataclasses.replace(check, verdict=Verdict.CONTEXT, reading="unexplained")


def nearest(check: Check, *, floor: float = 0.3, count: int = 3) -> list[Match]:
    """Facts worth offering after a no_match, best first."""
    return [m for m in check.candidates if m.score >= floor][:count]
