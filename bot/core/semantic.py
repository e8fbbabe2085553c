"""Semantic matching (the `semantic` extra): BM25 fused with MiniLM sentence embeddings.

Pure: the caller hands over the encoder and, optionally, where the fact vectors come from
(bot.ops.embedding loads the bundled model and caches vectors on disk; bot.ops.matchers picks
the matcher the settings ask for).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Protocol

import numpy as np

from bot.core.analysis import strip_post_noise, without_signature
from bot.core.matcher import (
    ACTORS_ABSENT_FACTOR,
    ENTITY_MISMATCH_FACTOR,
    Candidate,
    Matcher,
)
from bot.core.models import Fact, Match
from bot.core.normalise import clean_text, strip_markup

log = logging.getLogger(__name__)

MODEL_NAME = "all-MiniLM-L6-v2"
MAX_TOKENS = 256
# A query's views are cut at this many tokens: the median post is 53 tokens, the longest 150.
# On CLEF 2020 train + dev (claims shuffled) MAP@5 was 0.870 uncut, 0.869 at 80, 0.868 at 64 and
# 0.869 at 48; the cut bounds the encoding time of long messages, which sets the p99. BM25 still
# reads the whole message.
QUERY_MAX_TOKENS = 64
BATCH_SIZE = 64
SEMANTIC_CANDIDATES = 60
DIMENSIONS = 384
# Ranking fuses the BM25 order and the embedding order by reciprocal rank. k = 10 rather than
# the usual 60 lets the first few places of either order count more; chosen on the CLEF 2020
# train and dev splits, where weighting either order, adding the calibrated score, fuzzy or
# coverage orders, or a learned linear blend did no better.
RRF_K = 10.0
W_RRF_BM25 = 1.0
W_RRF_COSINE = 1.0
# The query is embedded twice, as written (links and chat markup left out: as good, and
# shorter) and also without a post's signature, hashtags split; the cosines are mixed (better
# than either alone on CLEF 2020 train and dev).
W_CLEAN_VIEW = 0.3
# Up to this many texts (a query, its two views) are encoded with QUERY_THREADS threads; larger
# batches of fact texts with up to BULK_THREADS.
SMALL_BATCH = 4
QUERY_THREADS = 2
BULK_THREADS = 4
EXACT_AGREEMENT = 0.999
# A lexical score from which a claim's wording can be read against the text it matched.
READ_AGREEMENT = 0.55
# Calibrated score: the lexical score and the cosine similarity mapped onto 0..1 (a cosine of
# COSINE_FLOOR or less adds nothing, COSINE_FULL or more counts fully).
W_LEXICAL = 0.5
W_COSINE = 0.5
COSINE_FLOOR = 0.3
COSINE_FULL = 0.9
# A message whose words alone find a fact this well (the reply's threshold) is answered as the
# words find it: the wording is then read against the text the words match, with the lexical
# scores. Meaning decides where the words find nothing that well.
WORDS_ENOUGH = 0.53


class TextEncoder(Protocol):
    name: str

    def encode(self, texts: Sequence[str], *, batch_size: int = BATCH_SIZE,
               max_tokens: int = MAX_TOKENS) -> np.ndarray: ...


# The vectors of the fact texts, given the encoder: encoded afresh, or read from a cache.
FactVectors = Callable[[Sequence[str], TextEncoder], np.ndarray]


def query_view(text: str) -> str:
    """The query without links, chat markup, picture links and a post's signature."""
    return clean_text(strip_markup(strip_post_noise(without_signature(text))))


def cosine_score(cosine: float) -> float:
    return min(max((cosine - COSINE_FLOOR) / (COSINE_FULL - COSINE_FLOOR), 0.0), 1.0)


def calibrated(agreement: float, cosine: float) -> float:
    """The score before entity checks: lexical agreement and cosine, each mapped onto 0..1."""
    return W_LEXICAL * min(agreement, 1.0) + W_COSINE * cosine_score(cosine)


class SemanticMatcher:
    """BM25 and embedding retrieval fused by reciprocal rank; scores calibrated in 0..1."""

    name = "bm25+minilm"

    def __init__(self, facts: Sequence[Fact], *, encoder: TextEncoder,
                 vectors: FactVectors | None = None, lexical: Matcher | None = None,
                 candidates: int = SEMANTIC_CANDIDATES) -> None:
        self.lexical = lexical if lexical is not None else Matcher(facts)
        self.facts = self.lexical.facts
        self.candidates = candidates
        self.encoder = encoder
        texts = [text for fact in self.facts for text in fact.texts]
        self._vectors = (vectors(texts, encoder) if vectors is not None
                         else encoder.encode(texts)).astype(np.float32)
        self._fact_start = self.lexical.fact_start
        self._fact_end = np.append(self._fact_start[1:], len(texts)).astype(np.int64)

    def _cosines(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Cosine of the query with every fact text, and with each fact (its best text)."""
        written = clean_text(strip_markup(text)) or text
        clean = query_view(text)
        if clean and clean != written:
            raw_vector, clean_vector = self.encoder.encode([written, clean],
                                                           max_tokens=QUERY_MAX_TOKENS)
            query = (1 - W_CLEAN_VIEW) * raw_vector + W_CLEAN_VIEW * clean_vector
        else:
            query = self.encoder.encode([written], max_tokens=QUERY_MAX_TOKENS)[0]
        cosines: np.ndarray = self._vectors @ query
        fact_cosines: np.ndarray = np.maximum.reduceat(cosines, self._fact_start)
        return cosines, fact_cosines

    def match(self, text: str, *, limit: int = 5) -> list[Match]:
        query = self.lexical.analyse_query(text)
        if not query.words or not self.facts:
            return []
        worded = self.lexical.match(text, limit=limit)
        if worded and max(m.score for m in worded) >= WORDS_ENOUGH:
            return worded
        lexical = {c.fact: c for c in
                   self.lexical.candidates_for(query, max(limit, self.lexical.candidates))}
        cosines, fact_cosines = self._cosines(text)
        pool = min(max(limit, self.candidates), len(fact_cosines))
        semantic = np.argpartition(-fact_cosines, pool - 1)[:pool]
        semantic = semantic[np.argsort(-fact_cosines[semantic], kind="stable")]
        bm25_rank = {c.fact: r for r, c in enumerate(
            sorted(lexical.values(), key=lambda c: (-c.bm25, c.fact)), start=1)}
        cos_rank = {int(f): r for r, f in enumerate(semantic.tolist(), start=1)}
        fused: list[tuple[bool, float, float, int]] = []
        for fi in bm25_rank.keys() | cos_rank.keys():
            rrf = W_RRF_BM25 / (RRF_K + bm25_rank[fi]) if fi in bm25_rank else 0.0
            if fi in cos_rank:
                rrf += W_RRF_COSINE / (RRF_K + cos_rank[fi])
            # A message that states one of a fact's texts word for word is about that fact.
            agreement = lexical[fi].agreement if fi in lexical else 0.0
            exact = agreement >= EXACT_AGREEMENT
            fused.append((exact, rrf, calibrated(agreement, float(fact_cosines[fi])), fi))
        # Equal fused ranks (first in one order and second in the other, say) go to the higher
        # calibrated score, then to pack order.
        fused.sort(key=lambda s: (not s[0], -s[1], -s[2], s[3]))
        return [self._match_of(fi, lexical.get(fi), cosines, query.entities)
                for _, _, _, fi in fused[:limit]]

    def _match_of(self, fact: int, candidate: Candidate | None, cosines: np.ndarray,
                  query_entities: frozenset[str]) -> Match:
        """The fact with its calibrated score and the text of it that matched best."""
        start, end = int(self._fact_start[fact]), int(self._fact_end[fact])
        best_entry = start + int(np.argmax(cosines[start:end]))
        lexical = candidate.agreement if candidate is not None else 0.0
        score = calibrated(lexical, float(cosines[best_entry]))
        if query_entities - self.lexical.fact_entities[fact]:
            score *= ENTITY_MISMATCH_FACTOR
        exact = candidate is not None and lexical >= EXACT_AGREEMENT
        # The wording is read against the text the claim's words match, when they match one
        # well enough to be read at all; else against the text nearest in meaning.
        worded = candidate is not None and candidate.score >= READ_AGREEMENT
        entry = candidate.entry if candidate is not None and (exact or worded) else best_entry
        named = self.lexical.entry_entities.get(entry)
        if named and query_entities.isdisjoint(named):
            score *= ACTORS_ABSENT_FACTOR
        texts = self.facts[fact].texts
        return Match(self.facts[fact], round(min(score, 1.0), 4), texts[entry - start],
                     lexical=round(candidate.score, 4) if candidate is not None else 0.0)
