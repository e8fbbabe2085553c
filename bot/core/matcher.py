"""Find the facts a claim is about: BM25 retrieval, then a calibrated rerank in 0..1."""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Protocol

import numpy as np
from rapidfuzz import fuzz

from bot.core.analysis import (
    Analysed,
    analyse_words,
    content_words,
    index_terms,
    normalised_many,
    normalised_words,
    spelled_out,
    term_of,
)
from bot.core.index import BM25Index
from bot.core.models import Fact, Match

CANDIDATES = 60
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
# A claim that names none of the countries or leaders its fact is about is weaker evidence
# ("Apple did a $100 billion buyback" against Russia-China trade of $100 billion).
ACTORS_ABSENT_FACTOR = 0.85
# Ranking adds the fact's BM25 (all its texts, relative to the best candidate) to the
# calibrated score: long posts cover a small part of many short facts, and BM25 tells them apart.
W_RANK_BM25 = 2.0


class ClaimMatcher(Protocol):
    """What the checker needs from a matcher; the semantic matcher has the same shape."""

    name: str
    facts: tuple[Fact, ...]

    def match(self, text: str, *, limit: int = 5) -> list[Match]: ...


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

    @property
    def agreement(self) -> float:
        """How well the texts agree, before entity agreement is checked."""
        return (W_FACT_COVERAGE * self.fact_coverage + W_CLAIM_COVERAGE * self.claim_coverage
                + W_FUZZY * self.fuzzy)

    @property
    def score(self) -> float:
        """The calibrated score in 0..1 that the checker's threshold applies to."""
        score = self.agreement
        if self.actors_absent:
            score *= ACTORS_ABSENT_FACTOR
        return score * ENTITY_MISMATCH_FACTOR if self.entity_mismatch else score


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

    def __init__(self, facts: Sequence[Fact], *, candidates: int = CANDIDATES) -> None:
        with cycle_collector_paused():
            self._build(facts, candidates)

    def _build(self, facts: Sequence[Fact], candidates: int) -> None:
        self.facts = tuple(facts)
        self.candidates = candidates
        texts = [text for fact in self.facts for text in fact.texts]
        entry_fact = [fi for fi, fact in enumerate(self.facts) for _ in fact.texts]
        entry_terms, entry_entities, surface = index_terms(normalised_many(texts))
        del texts
        fact_entities: list[frozenset[str]] = [frozenset()] * len(self.facts)
        for entry, found in entry_entities.items():
            fi = entry_fact[entry]
            fact_entities[fi] = fact_entities[fi] | found
        self._entry_fact = np.asarray(entry_fact, dtype=np.int32)
        self.fact_start = np.searchsorted(self._entry_fact, np.arange(len(self.facts)))
        self._fact_end = np.append(self.fact_start[1:], len(entry_fact))
        self._entry_terms = [" ".join(t) for t in entry_terms]
        self.fact_entities = fact_entities
        self.entry_entities = entry_entities
        self.index = BM25Index(entry_terms, entry_fact, len(self.facts))
        # Sorted, so that ties in typo correction go the same way in every process.
        self.index.add_surface_words(sorted(surface))

    def analyse_query(self, text: str) -> Analysed:
        words: list[str] = []
        for word in spelled_out(content_words(normalised_words(text))):
            # Another form of an indexed word ("sized" for "size") is no typo, nor two words
            # run together ("formally" is not "form" and "ally").
            if term_of(word) in self.index.vocab:
                words.append(word)
                continue
            fixed = self.index.correct(word)
            words.extend(self.index.split_compound(fixed) if fixed == word else [fixed])
        return analyse_words(words)

    def candidates_for(self, query: Analysed, limit: int) -> list[Candidate]:
        """The facts with the best BM25 for the query, each with its rerank evidence."""
        if not query.terms or not self.facts:
            return []
        hits = self.index.search(query.terms)
        fact_bm25 = hits.bm25
        nonzero = np.flatnonzero(fact_bm25)
        if nonzero.size > limit:
            nonzero = nonzero[np.argpartition(-fact_bm25[nonzero], limit - 1)[:limit]]
        query_joined = " ".join(query.terms)
        out: list[Candidate] = []
        for fi in nonzero.tolist():
            best: Candidate | None = None
            best_score = -1.0
            mismatch = bool(query.entities - self.fact_entities[fi])
            for entry in range(int(self.fact_start[fi]), int(self._fact_end[fi])):
                covered = float(hits.covered[entry])
                if covered <= 0.0:
                    continue
                weight = float(self.index.entry_weight[entry]) or 1.0
                brevity = min(int(self.index.entry_term_count[entry]) / MIN_FACT_TERMS, 1.0)
                fact_coverage = min(covered / weight, 1.0) * brevity
                claim_coverage = min(covered / hits.query_weight, 1.0)
                if best is not None:
                    # The most this text could score, with a perfect fuzzy similarity: when
                    # that cannot beat the best text so far, the similarity is not computed.
                    ceiling = W_FACT_COVERAGE * fact_coverage + W_CLAIM_COVERAGE * claim_coverage \
                        + W_FUZZY
                    if (ceiling * ENTITY_MISMATCH_FACTOR if mismatch else ceiling) < best_score:
                        continue
                candidate = Candidate(
                    fact=fi, entry=entry, bm25=float(fact_bm25[fi]),
                    fact_coverage=fact_coverage, claim_coverage=claim_coverage,
                    fuzzy=fuzz.token_sort_ratio(query_joined, self._entry_terms[entry]) / 100.0,
                    entity_mismatch=mismatch,
                    actors_absent=entry in self.entry_entities
                    and query.entities.isdisjoint(self.entry_entities[entry]),
                )
                score = candidate.score
                if best is None or score > best_score:
                    best, best_score = candidate, score
            if best is not None:
                out.append(best)
        return out

    def _match_of(self, candidate: Candidate) -> Match:
        fact = self.facts[candidate.fact]
        text = fact.texts[candidate.entry - int(self.fact_start[candidate.fact])]
        return Match(fact, round(candidate.score, 4), text)

    def retrieve(self, text: str, *, limit: int = 5) -> list[Match]:
        """BM25 alone, no rerank: the facts in the order the index ranks them."""
        found = self.candidates_for(self.analyse_query(text), max(limit, self.candidates))
        found.sort(key=lambda c: (-c.bm25, c.fact))
        return [self._match_of(c) for c in found[:limit]]

    def match(self, text: str, *, limit: int = 5) -> list[Match]:
        found = self.candidates_for(self.analyse_query(text), max(limit, self.candidates))
        if not found:
            return []
        top = max(c.bm25 for c in found) or 1.0
        found.sort(key=lambda c: (-(c.score + W_RANK_BM25 * c.bm25 / top), c.fact))
        return [self._match_of(c) for c in found[:limit]]
