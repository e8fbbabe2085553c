"""Find the facts a claim is about: BM25 retrieval, then a calibrated rerank in 0..1."""

from __future__ import annotations

import gc
import heapq
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Protocol

import numpy as np
from rapidfuzz import fuzz, process

from bot.core.analysis import (
    ACTORS,
    Analysed,
    analyse_words,
    bounds_unworded,
    content_words,
    endings_as_one,
    index_terms,
    models_as_names,
    normalised_many,
    proper_names,
    spelled_out,
    strip_post_noise,
    term_of,
    troops_sent,
    unframed,
)
from bot.core.index import BM25Index, Hits
from bot.core.lexicon import EMPHASIS_WORDS, FRAMING_WORDS, REPORTING_VERBS
from bot.core.models import Fact, Match
from bot.core.normalise import cached_normalise
from bot.core.reading import substituted

CANDIDATES = 60
# The verbs that tell what an author says.
_SAYING = "|".join(REPORTING_VERBS)
# Weights of the calibrated score: how much of the fact text the claim covers, how much of
# the claim the fact text explains, and the fuzzy similarity of the two term sequences.
W_FACT_COVERAGE = 0.5
W_CLAIM_COVERAGE = 0.3
W_FUZZY = 0.2
# A fact text of fewer distinct terms than this is covered by any message that uses its
# words ("Gas", "The U.S."): its coverage counts in proportion.
MIN_FACT_TERMS = 3
# A claim that names a country or leader the fact never mentions is about something else.
ENTITY_MISMATCH_FACTOR = 0.55
# ... unless it says what a text of the fact says, nearly word for word, with another actor
# in the role the text gives one it names ("the first visit was to Washington" against "the
# first visit was to Moscow"): that is the fact, told wrong, and the checker reads the swap.
# The agreement (coverage both ways and fuzzy similarity) such a claim needs, and the factor
# its score is taken down by instead, so that a fact naming the claim's own actors ranks first.
# The reading of roles is what tells a swap, so the agreement asked leaves room for chat
# around it ("didn't ... go to Washington?", "..., right?"); any swap it reads scores at least
# the threshold.
SWAP_AGREEMENT = 0.70
SWAP_FACTOR = 0.76
# A claim that names none of the countries or leaders its fact is about is weaker evidence
# ("Apple did a $100 billion buyback" against Russia-China trade of $100 billion).
ACTORS_ABSENT_FACTOR = 0.85
# ... but "the two countries", "both leaders", "the two are", "bilateral" (trade, ties),
# "between them" or "each other" name a fact's pair of actors as well as their names do.
_THE_PAIR = re.compile(
    r"\b(?:the two|both) (?:countries|nations|powers|states|leaders|presidents|rulers|"
    r"governments|sides|capitals|neighbou?rs|giants|autocracies|regimes)\b"
    r"|\bthe two (?:are|were|have|had|do|did|dont|didnt|arent|werent)\b|\bbilateral\b"
    r"|\bbetween (?:them|themselves)\b|\beach other\b|\bone another\b"
    # "they've met 20 times": meeting takes two, the pair the fact names.
    r"|\bthey(?:ve|d| have| had)? (?:(?:only|never|already|ever|just|even|like) )*"
    r"(?:met|meet|meeting)\b")
# A claim that names a thing its text names (a firm, a place), and says this many more of the
# text's terms, is about the text's actors all the same ("the Huawei deal was cancelled").
NAMED_MATTER_TERMS = 2
# Ranking adds the fact's BM25 (all its texts, relative to the best candidate) to the
# calibrated score: long posts cover a small part of many short facts, and BM25 tells them apart.
W_RANK_BM25 = 2.0
# Up to this many retrieved texts, ranking computes the fuzzy similarity of every one of them
# in one call rather than only of those whose ceiling could still rank (a call costs as much
# as the similarity of some sixty texts).
SCORED_AT_ONCE = 512
# Added to a score's ceiling so that rounding, however the ceiling was summed, never puts it
# below the score.
CEILING_SLACK = 1e-9


class ClaimMatcher(Protocol):
    """What the checker needs from a matcher; the semantic matcher has the same shape."""

    name: str
    facts: tuple[Fact, ...]

    def match(self, text: str, *, limit: int = 5) -> list[Match]: ...


def calibrated(fact_coverage: float, claim_coverage: float, fuzzy: float,
               actors_absent: bool, entity_mismatch: bool, swapped: bool = False) -> float:
    """The calibrated score in 0..1 of a fact text's evidence (see Candidate)."""
    score = (W_FACT_COVERAGE * fact_coverage + W_CLAIM_COVERAGE * claim_coverage
             + W_FUZZY * fuzzy)
    if swapped and score >= SWAP_AGREEMENT:
        return score * SWAP_FACTOR
    if actors_absent:
        score *= ACTORS_ABSENT_FACTOR
    return score * ENTITY_MISMATCH_FACTOR if entity_mismatch else score


def calibrated_many(fact_coverage: np.ndarray, claim_coverage: np.ndarray,
                    fuzzy: np.ndarray | float, actors_absent: np.ndarray,
                    entity_mismatch: np.ndarray, swapped: np.ndarray | None = None
                    ) -> np.ndarray:
    """calibrated() of many texts at once, each the same float as calibrated() gives."""
    agreement = (W_FACT_COVERAGE * fact_coverage + W_CLAIM_COVERAGE * claim_coverage
                 + W_FUZZY * fuzzy)
    score = np.where(actors_absent, agreement * ACTORS_ABSENT_FACTOR, agreement)
    score = np.where(entity_mismatch, score * ENTITY_MISMATCH_FACTOR, score)
    if swapped is None:
        return score
    return np.where(swapped & (agreement >= SWAP_AGREEMENT), agreement * SWAP_FACTOR, score)


# One bit per actor, to compare the actors of a query and of a text at once.
_ACTOR_BIT = {actor: 1 << i for i, actor in enumerate(sorted(ACTORS))}


def actor_mask(actors: Iterable[str]) -> int:
    """The bits of the actors named (an int64: there are fewer than 63 actors)."""
    mask = 0
    for actor in actors:
        mask |= _ACTOR_BIT[actor]
    return mask


def _sorted_words(text: str) -> str:
    """A text's words in sorted order, as fuzz.token_sort_ratio reads them: fuzz.ratio of two
    texts so sorted is the token sort ratio of the texts."""
    return " ".join(sorted(text.split()))


def _covers(hits: Hits, share: float) -> bool:
    """Whether some text holds `share` of the query's weight: the claim coverage of the best
    text, as _evidence computes it, reaches `share`."""
    return bool(min(np.float64(hits.covered.max()) / hits.query_weight, 1.0) >= share)


@dataclass(frozen=True, slots=True)
class _Evidence:
    """What the rerank reads of one query's retrieved texts: those that contain a query term,
    in index order (so grouped by fact), with the coverage each scores."""

    entries: np.ndarray
    starts: list[int]           # where each fact's texts start among them
    ends: list[int]
    facts: list[int]            # the fact of each group
    bm25: np.ndarray            # of each fact
    fact_coverage: np.ndarray
    claim_coverage: np.ndarray
    actors_absent: np.ndarray   # the text names actors, the query none of them
    entity_mismatch: np.ndarray  # the query names an actor the text's fact never does
    fact_mismatch: list[bool]   # the same, per fact
    swapped: np.ndarray         # mismatched, and the text names an actor the query does not


@dataclass(frozen=True, slots=True)
class Candidate:
    """One fact retrieved for a query, with the evidence its score is made of."""

    fact: int
    entry: int            # the fact's text that matches best
    bm25: float           # BM25 of the fact (its texts summed)
    fact_coverage: float
    claim_coverage: float
    fuzzy: float
    entity_mismatch: bool
    actors_absent: bool = False  # the fact text names actors, the claim none of them
    swapped: bool = False  # mismatched, and the fact text names an actor the claim does not

    @property
    def agreement(self) -> float:
        """How well the texts agree, before entity agreement is checked."""
        return (W_FACT_COVERAGE * self.fact_coverage + W_CLAIM_COVERAGE * self.claim_coverage
                + W_FUZZY * self.fuzzy)

    @property
    def score(self) -> float:
        """The calibrated score in 0..1 that the checker's threshold applies to."""
        return calibrated(self.fact_coverage, self.claim_coverage, self.fuzzy,
                          self.actors_absent, self.entity_mismatch, self.swapped)


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    """Building an index allocates millions of small objects that form no reference cycles;
    the cycle collector would walk them again and again (a tenth of a 100k-fact build)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class Matcher:
    """The default matcher: lexical retrieval over claims and aliases, fuzzy-aware rerank."""

    name = "bm25+rapidfuzz"

    def __init__(self, facts: Sequence[Fact], *, candidates: int = CANDIDATES,
                 names_tell_actors: bool = True,
                 actors: Sequence[frozenset[str]] | None = None) -> None:
        """`names_tell_actors`: a claim naming a thing a text names (a firm, a place) is
        about the text's actors, though it names none of them. `actors`: for each fact, the
        actors it is about besides those its texts name (a text that says "he" of one)."""
        with cycle_collector_paused():
            self._build(facts, candidates, names_tell_actors, actors)

    def _build(self, facts: Sequence[Fact], candidates: int, names_tell_actors: bool,
               actors: Sequence[frozenset[str]] | None) -> None:
        self.facts = tuple(facts)
        self.candidates = candidates
        texts = [text for fact in self.facts for text in fact.texts]
        entry_fact = [fi for fi, fact in enumerate(self.facts) for _ in fact.texts]
        entry_terms, entry_entities, surface = index_terms(
            [unframed(t) for t in normalised_many(texts)])
        # Each entry's text (the fact's strings, not copies), for the matches given.
        self._entry_text = texts
        fact_entities: list[frozenset[str]] = list(actors) if actors is not None \
            else [frozenset()] * len(self.facts)
        for entry, found in entry_entities.items():
            fi = entry_fact[entry]
            fact_entities[fi] = fact_entities[fi] | found
        self._entry_fact = np.asarray(entry_fact, dtype=np.int32)
        self.fact_start = np.searchsorted(self._entry_fact, np.arange(len(self.facts)))
        # Each text's terms in sorted order, as the fuzzy similarity (a token sort ratio)
        # reads them: sorted once here rather than for every query.
        self._entry_terms = [_sorted_words(" ".join(t)) for t in entry_terms]
        # The same strings, to be gathered by position (faster than in a list, per query).
        self._entry_term_array = np.array(self._entry_terms, dtype=object)
        self.fact_entities = fact_entities
        self.entry_entities = entry_entities
        self.index = BM25Index(entry_terms, entry_fact, len(self.facts))
        # Sorted, so that ties in typo correction go the same way in every process.
        self.index.add_surface_words(sorted(surface))
        # What the rerank reads of each text, as floats once rather than per query: its
        # summed idf (1 for a text without terms) and its brevity (short texts count less).
        weight = self.index.entry_weight.astype(np.float64)
        self._entry_weight64 = np.where(weight == 0.0, 1.0, weight)
        self._entry_brevity64 = np.minimum(
            self.index.entry_term_count.astype(np.float64) / MIN_FACT_TERMS, 1.0)
        # The actors each text and each fact names, as bits, to compare with a query's.
        self._entry_actors = np.zeros(len(entry_fact), dtype=np.int64)
        masks: dict[frozenset[str], int] = {}
        for entry, found in entry_entities.items():
            mask = masks.get(found)
            if mask is None:
                mask = masks[found] = actor_mask(found)
            self._entry_actors[entry] = mask
        self._fact_actors = np.zeros(len(self.facts), dtype=np.int64)
        np.bitwise_or.at(self._fact_actors, self._entry_fact, self._entry_actors)
        if actors is not None:
            self._fact_actors |= np.fromiter(map(actor_mask, actors), dtype=np.int64,
                                             count=len(self.facts))
        # The names of things (firms, places, people) the facts' prose writes: a claim that
        # names one of a text's is about what the text is about.
        self._names = proper_names(t for fact in self.facts for t in (fact.claim, fact.quote or "")
                                   ) if names_tell_actors else frozenset()
        # The names of the sources' authors frame a claim as theirs ("Smith says ..."), as "the
        # author says" does, unless a fact's text names them.
        authors = {fact.source.author for fact in self.facts if fact.source.author}
        self._framing = FRAMING_WORDS | frozenset(
            word for author in authors for word in cached_normalise(author).split()
            if term_of(word) not in self.index.vocab)
        # ... and, even where a fact's text names them, when a verb telling what they say
        # follows ("Aron says ...", "Leon Aron writes that ..."), or "according to" or "per"
        # comes before.
        self._author_frame = _author_frame(authors)

    def analyse_query(self, text: str) -> Analysed:
        words: list[str] = []
        said = unframed(cached_normalise(strip_post_noise(text)))
        if self._author_frame is not None:
            said = self._author_frame.sub(" ", said)
        for word in spelled_out(content_words(troops_sent(models_as_names(endings_as_one(
                bounds_unworded(said)))))):
            if word in self._framing:
                continue
            if word in EMPHASIS_WORDS and term_of(word) not in self.index.vocab:
                continue  # stress the checker reads, not matter ("every" is no typo of "ever")
            # Another form of an indexed word ("sized" for "size") is no typo, nor two words
            # run together ("formally" is not "form" and "ally").
            if term_of(word) in self.index.vocab:
                words.append(word)
                continue
            fixed = self.index.correct(word)
            words.extend(self.index.split_compound(fixed) if fixed == word else [fixed])
        found = analyse_words(words)
        return Analysed(found.words, found.terms, found.entities, said)

    def _retrieved(self, query: Analysed, limit: int) -> tuple[Hits, list[int]]:
        """The query's hits, and the facts with the best BM25 for it (at most `limit`)."""
        hits = self.index.search(query.terms)
        fact_bm25 = hits.bm25
        nonzero = fact_bm25.nonzero()[0]
        if nonzero.size > limit:
            nonzero = nonzero[(-fact_bm25[nonzero]).argpartition(limit - 1)[:limit]]
        return hits, nonzero.tolist()

    def _evidence(self, query: Analysed, hits: Hits, retrieved: list[int]) -> _Evidence:
        """The rerank evidence of every text of the retrieved facts that contains a query term,
        but for the fuzzy similarity, which is computed only for the facts that need it."""
        chosen = np.zeros(len(self.facts), dtype=bool)
        chosen[retrieved] = True
        # (Array methods rather than numpy's functions: the same arrays, without the
        # functions' dispatch, which costs more than the work on arrays this small.)
        entries = (hits.covered > 0.0).nonzero()[0]
        entries = entries[chosen[self._entry_fact[entries]]]
        fact_of = self._entry_fact[entries]
        first = np.empty(entries.size, dtype=bool)
        first[:1] = True
        np.not_equal(fact_of[1:], fact_of[:-1], out=first[1:])
        starts = first.nonzero()[0]
        facts = fact_of[starts]
        ends = np.concatenate((starts[1:], [entries.size]))
        covered = hits.covered[entries].astype(np.float64)
        wanted = actor_mask(query.entities)
        actors = self._entry_actors[entries]
        beyond = wanted & ~self._fact_actors[facts]
        mismatch = beyond != 0
        entity_mismatch = mismatch.repeat(ends - starts)
        # A swap puts one actor in another's place: a claim naming two actors its fact never
        # names ("Putin and Obama's first trips were to Tokyo") tells of something else.
        one_beyond = (mismatch & ((beyond & (beyond - 1)) == 0)).repeat(ends - starts)
        fact_coverage = np.minimum(covered / self._entry_weight64[entries], 1.0) \
            * self._entry_brevity64[entries]
        claim_coverage = np.minimum(covered / hits.query_weight, 1.0)
        return _Evidence(
            entries=entries, starts=starts.tolist(), ends=ends.tolist(), facts=facts.tolist(),
            bm25=hits.bm25[facts].astype(np.float64),
            fact_coverage=fact_coverage, claim_coverage=claim_coverage,
            actors_absent=self._actors_absent(query, entries, actors, wanted),
            entity_mismatch=entity_mismatch, fact_mismatch=mismatch.tolist(),
            swapped=self._swapped(query, entries, one_beyond & ((actors & ~wanted) != 0),
                                  fact_coverage, claim_coverage))

    def _actors_absent(self, query: Analysed, entries: np.ndarray, actors: np.ndarray,
                       wanted: int) -> np.ndarray:
        """Which texts (`entries`, naming `actors`) name actors while the query names none
        of them: a query that speaks of "the two countries" names any two a text does, and
        one that names a thing the text names ("the Huawei deal", "Rosneft") is about it."""
        absent: np.ndarray = (actors != 0) & ((actors & wanted) == 0)
        if wanted == 0 and _THE_PAIR.search(query.said):
            absent &= (actors & (actors - 1)) == 0  # a text naming one actor is still apart
        named = self._names.intersection(query.terms)
        if named and absent.any():
            said = frozenset(query.terms) - named
            for i in absent.nonzero()[0].tolist():
                absent[i] = not self._names_its_matter(named, said, int(entries[i]))
        return absent

    def _names_its_matter(self, named: frozenset[str], said: frozenset[str], entry: int
                          ) -> bool:
        """Whether a claim naming the things `named` and saying the other terms `said` is
        about the matter of a text: it names a thing the text names, and says at least
        NAMED_MATTER_TERMS more of the text's terms (a claim made of names alone, "X works at
        Y", says nothing of what the text tells of them)."""
        terms = frozenset(self._entry_terms[entry].split())
        return not named.isdisjoint(terms) and len(said & terms) >= NAMED_MATTER_TERMS

    def _swapped(self, query: Analysed, entries: np.ndarray, swappable: np.ndarray,
                 fact_coverage: np.ndarray, claim_coverage: np.ndarray) -> np.ndarray:
        """Which of the texts `entries` the query tells with another actor in the role the text
        gives one of its own: of those that name an actor the query does not (`swappable`),
        the ones that could reach SWAP_AGREEMENT and whose roles read so."""
        ceiling = W_FACT_COVERAGE * fact_coverage + W_CLAIM_COVERAGE * claim_coverage + W_FUZZY
        swapped = swappable & (ceiling >= SWAP_AGREEMENT)
        for i in swapped.nonzero()[0].tolist():
            swapped[i] = bool(query.said) and substituted(
                query.said, cached_normalise(self._text_of(int(entries[i]))))
        return swapped

    def _text_of(self, entry: int) -> str:
        """The text of an index entry: a claim or alias of its fact."""
        return self._entry_text[entry]

    def _best_texts(self, query_sorted: str, evidence: _Evidence, groups: list[int] | None
                    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """For each of the facts `groups` (positions in `evidence.facts`; None: every one, in
        order): its best score, the position in `evidence` of the text that scores it (the
        first of them on a tie), and that text's fuzzy similarity. `query_sorted` is the
        query's terms as _sorted_words gives them: fuzz.ratio of two sorted texts is their
        fuzz.token_sort_ratio."""
        if groups is None:
            at = np.arange(evidence.entries.size)
            entries = evidence.entries
            offsets = np.asarray(evidence.starts)
            sizes = np.asarray(evidence.ends) - offsets
        else:
            spans = [(evidence.starts[g], evidence.ends[g]) for g in groups]
            at = np.asarray([i for start, end in spans for i in range(start, end)])
            entries = evidence.entries[at]
            sizes = np.asarray([end - start for start, end in spans])
            offsets = sizes.cumsum() - sizes
        fuzzy = process.cdist([query_sorted], self._entry_term_array[entries],
                              scorer=fuzz.ratio, dtype=np.float64)[0] / 100.0
        if groups is None:
            scores = calibrated_many(evidence.fact_coverage, evidence.claim_coverage, fuzzy,
                                     evidence.actors_absent, evidence.entity_mismatch,
                                     evidence.swapped)
        else:
            scores = calibrated_many(evidence.fact_coverage[at], evidence.claim_coverage[at],
                                     fuzzy, evidence.actors_absent[at],
                                     evidence.entity_mismatch[at], evidence.swapped[at])
        best = np.maximum.reduceat(scores, offsets)
        tops = (scores == best.repeat(sizes)).nonzero()[0]
        # Each fact's first text scoring its best: the first such at or after its offset.
        chosen = tops[tops.searchsorted(offsets)]
        return best, at[chosen], fuzzy[chosen]

    def _candidate(self, evidence: _Evidence, group: int, at: int, fuzzy: float) -> Candidate:
        return Candidate(
            fact=evidence.facts[group], entry=int(evidence.entries[at]),
            bm25=float(evidence.bm25[group]),
            fact_coverage=float(evidence.fact_coverage[at]),
            claim_coverage=float(evidence.claim_coverage[at]), fuzzy=fuzzy,
            entity_mismatch=evidence.fact_mismatch[group],
            actors_absent=bool(evidence.actors_absent[at]), swapped=bool(evidence.swapped[at]))

    def candidate_of(self, query: Analysed, fact: int) -> Candidate | None:
        """One fact's rerank evidence for the query (its best text), when a text of it shares
        a term with the query."""
        if not query.terms or not 0 <= fact < len(self.facts):
            return None
        hits = self.index.search(query.terms)
        evidence = self._evidence(query, hits, [fact])
        if not evidence.facts:
            return None
        _, at, fuzzy = self._best_texts(_sorted_words(" ".join(query.terms)), evidence, [0])
        return self._candidate(evidence, 0, int(at[0]), float(fuzzy[0]))

    def candidates_for(self, query: Analysed, limit: int, *,
                       min_claim_coverage: float = 0.0,
                       covering_only: bool = False) -> list[Candidate]:
        """The facts with the best BM25 for the query, each with its rerank evidence; none
        when no text holds `min_claim_coverage` of the query's weight (no candidate could
        cover that much of the claim). With `covering_only`, only the facts one of whose
        texts holds that much (any other's candidate covers less of the claim)."""
        if not query.terms or not self.facts:
            return []
        hits, retrieved = self._retrieved(query, limit)
        if min_claim_coverage and not _covers(hits, min_claim_coverage):
            return []
        if min_claim_coverage and covering_only:
            retrieved = self._covering(hits, retrieved, min_claim_coverage)
            if not retrieved:
                return []
        evidence = self._evidence(query, hits, retrieved)
        if not evidence.facts:
            return []
        _, at, fuzzy = self._best_texts(_sorted_words(" ".join(query.terms)), evidence, None)
        found = {evidence.facts[g]: self._candidate(evidence, g, a, f)
                 for g, (a, f) in enumerate(zip(at.tolist(), fuzzy.tolist(), strict=True))}
        return [found[fi] for fi in retrieved if fi in found]

    def _covering(self, hits: Hits, retrieved: list[int], share: float) -> list[int]:
        """The facts of `retrieved` one of whose texts holds `share` of the query's weight:
        its claim coverage, as _evidence computes it, reaches `share`."""
        coverage = np.minimum(hits.covered.astype(np.float64) / hits.query_weight, 1.0)
        covering = set(self._entry_fact[(coverage >= share).nonzero()[0]].tolist())
        return [fact for fact in retrieved if fact in covering]

    def _ranked(self, query: Analysed, limit: int) -> list[Match]:
        """The matches of the `limit` candidates that rank first (calibrated score plus
        relative BM25), best first: those candidates_for would rank first. Past
        SCORED_AT_ONCE texts, the fuzzy similarity is computed only for facts whose ceiling
        (every text given a perfect similarity) could still place them there."""
        if not query.terms or not self.facts:
            return []
        hits, retrieved = self._retrieved(query, max(limit, self.candidates))
        evidence = self._evidence(query, hits, retrieved)
        if not evidence.facts:
            return []
        top = float(evidence.bm25.max()) or 1.0
        # Candidate.score plus this is the rank key, as the same floats.
        relative = W_RANK_BM25 * evidence.bm25 / top
        query_sorted = _sorted_words(" ".join(query.terms))
        if evidence.entries.size <= SCORED_AT_ONCE:
            # Few texts: the similarity of each costs less than bounding which need it.
            best, at, fuzzy = self._best_texts(query_sorted, evidence, None)
            # Best rank key first, the first fact on a tie.
            first = np.lexsort((np.asarray(evidence.facts), -(best + relative)))[:limit].tolist()
            at_of, fuzzy_of = at.tolist(), fuzzy.tolist()
            return [self._match_at(evidence, g, at_of[g], fuzzy_of[g]) for g in first]
        ceilings = np.maximum.reduceat(
            calibrated_many(evidence.fact_coverage, evidence.claim_coverage, 1.0,
                            evidence.actors_absent, evidence.entity_mismatch, evidence.swapped),
            evidence.starts)
        bounds = ceilings + relative + CEILING_SLACK
        order = np.argsort(-bounds, kind="stable")
        todo: list[int] = order.tolist()
        bound: list[float] = bounds[order].tolist()
        ranked: list[tuple[float, int, int, int, float]] = []  # key, fact, group, text, fuzzy
        kept: list[float] = []  # a min-heap of the `wanted` best rank keys so far
        wanted = limit if limit > 0 else len(todo)
        done = 0
        while done < len(todo):
            if len(kept) < wanted:
                upto = done + wanted - len(kept)
            else:
                # Every fact after these ranks below `wanted` others.
                upto = done
                while upto < len(todo) and bound[upto] >= kept[0]:
                    upto += 1
                if upto == done:
                    break
            groups = todo[done:upto]
            best, at, fuzzy = self._best_texts(query_sorted, evidence, groups)
            keys = (best + relative[groups]).tolist()
            for key, g, a, f in zip(keys, groups, at.tolist(), fuzzy.tolist(), strict=True):
                ranked.append((key, evidence.facts[g], g, a, f))
                if len(kept) < wanted:
                    heapq.heappush(kept, key)
                elif key > kept[0]:
                    heapq.heapreplace(kept, key)
            done = upto
        ranked.sort(key=lambda r: (-r[0], r[1]))
        return [self._match_at(evidence, g, a, f) for _, _, g, a, f in ranked[:limit]]

    def _match_of(self, candidate: Candidate) -> Match:
        return Match(self.facts[candidate.fact], round(candidate.score, 4),
                     self._entry_text[candidate.entry])

    def _match_at(self, evidence: _Evidence, group: int, at: int, fuzzy: float) -> Match:
        """_match_of(_candidate(evidence, group, at, fuzzy)), the same score, without making
        the candidate."""
        score = calibrated(float(evidence.fact_coverage[at]), float(evidence.claim_coverage[at]),
                           fuzzy, bool(evidence.actors_absent[at]),
                           evidence.fact_mismatch[group], bool(evidence.swapped[at]))
        return Match(self.facts[evidence.facts[group]], round(score, 4),
                     self._entry_text[int(evidence.entries[at])])

    def retrieve(self, text: str, *, limit: int = 5) -> list[Match]:
        """BM25 alone, no rerank: the facts in the order the index ranks them."""
        found = self.candidates_for(self.analyse_query(text), max(limit, self.candidates))
        found.sort(key=lambda c: (-c.bm25, c.fact))
        return [self._match_of(c) for c in found[:limit]]

    def match(self, text: str, *, limit: int = 5) -> list[Match]:
        return self._ranked(self.analyse_query(text), limit)


def _author_frame(authors: Iterable[str]) -> re.Pattern[str] | None:
    """The words that frame a normalised claim as an author's view: the author's name (or
    any word of it) with a verb of saying after it, or after "according to" or "per"."""
    words = sorted({w for author in authors for w in cached_normalise(author).split()},
                   key=len, reverse=True)
    if not words:
        return None
    name = rf"(?:(?:{'|'.join(map(re.escape, words))})(?: |$))+"
    return re.compile(rf"\b(?:{name}(?:{_SAYING})\b(?: that\b)?|(?:according to|per) {name})")
