"""Find the facts a claim is about: BM25 retrieval, then a calibrated rerank in 0..1."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from rapidfuzz import fuzz

from bot.analysis import content_words, entities, term_of
from bot.index import BM25Index, terms_with_typos
from bot.models import Fact, Match
from bot.normalise import normalise

CANDIDATES = 60
# Weights of the calibrated score: how much of the fact text the claim covers, how much of
# the claim the fact text explains, and the fuzzy similarity of the two term sequences.
W_FACT_COVERAGE = 0.5
W_CLAIM_COVERAGE = 0.3
W_FUZZY = 0.2
# A claim that names a country or leader the fact never mentions is about something else.
ENTITY_MISMATCH_FACTOR = 0.55


class ClaimMatcher(Protocol):
    """What the checker needs from a matcher; the semantic matcher has the same shape."""

    name: str

    def retrieve(self, text: str, *, limit: int = 5) -> list[Match]:
        norm = normalise(text)
        words = [self.index.correct(w) for w in content_words(norm)]
        hits = self.index.search(terms_with_typos(self.index, words), self.candidates)
        best: dict[int, Match] = {}
        for entry_id, score in zip(hits.entries.tolist(), hits.bm25.tolist(), strict=True):
            entry = self._entries[entry_id]
            if entry.fact not in best:
                best[entry.fact] = Match(self.facts[entry.fact], score, entry.text)
        return list(best.values())[:limit]

    def match(self, text: str, *, limit: int = 5) -> list[Match]: ...


@dataclass(frozen=True, slots=True)
class _Entry:
    fact: int
    text: str
    terms: str


class Matcher:
    """The default matcher: lexical retrieval over claims and aliases, fuzzy-aware rerank."""

    name = "bm25+rapidfuzz"

    def __init__(self, facts: Sequence[Fact], *, candidates: int = CANDIDATES) -> None:
        self.facts = tuple(facts)
        self.candidates = candidates
        entries: list[_Entry] = []
        entry_terms: list[list[str]] = []
        surface: set[str] = set()
        self._fact_entities: list[frozenset[str]] = []
        for fi, fact in enumerate(self.facts):
            fact_entities: set[str] = set()
            for text in fact.texts:
                norm = normalise(text)
                words = content_words(norm)
                surface.update(words)
                fact_terms = [term_of(w) for w in words]
                entry_terms.append(fact_terms)
                entries.append(_Entry(fi, text, " ".join(fact_terms)))
                fact_entities |= entities(norm)
            self._fact_entities.append(frozenset(fact_entities))
        self._entries = entries
        self.index = BM25Index(entry_terms)
        self.index.add_surface_words(surface)

    def retrieve(self, text: str, *, limit: int = 5) -> list[Match]:
        norm = normalise(text)
        words = [self.index.correct(w) for w in content_words(norm)]
        hits = self.index.search(terms_with_typos(self.index, words), self.candidates)
        best: dict[int, Match] = {}
        for entry_id, score in zip(hits.entries.tolist(), hits.bm25.tolist(), strict=True):
            entry = self._entries[entry_id]
            if entry.fact not in best:
                best[entry.fact] = Match(self.facts[entry.fact], score, entry.text)
        return list(best.values())[:limit]

    def match(self, text: str, *, limit: int = 5) -> list[Match]:
        norm = normalise(text)
        words = [self.index.correct(w) for w in content_words(norm)]
        if not words:
            return []
        query_terms = terms_with_typos(self.index, words)
        hits = self.index.search(query_terms, self.candidates)
        if hits.entries.size == 0:
            return []
        query_entities = entities(" ".join(words))
        query_joined = " ".join(query_terms)
        best: dict[int, Match] = {}
        for entry_id, covered in zip(hits.entries.tolist(), hits.covered.tolist(), strict=True):
            entry = self._entries[entry_id]
            weight = float(self.index.entry_weight[entry_id]) or 1.0
            fact_cov = min(covered / weight, 1.0)
            claim_cov = min(covered / hits.query_weight, 1.0) if hits.query_weight else 0.0
            fuzzy = fuzz.token_sort_ratio(query_joined, entry.terms) / 100.0
            score = W_FACT_COVERAGE * fact_cov + W_CLAIM_COVERAGE * claim_cov + W_FUZZY * fuzzy
            if query_entities - self._fact_entities[entry.fact]:
                score *= ENTITY_MISMATCH_FACTOR
            current = best.get(entry.fact)
            if current is None or score > current.score:
                best[entry.fact] = Match(self.facts[entry.fact], round(score, 4), entry.text)
        ranked = sorted(best.values(), key=lambda m: (-m.score, m.fact.id))
        return ranked[:limit]
