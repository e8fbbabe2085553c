"""An inverted BM25 index over fact texts, with typo-tolerant lookup of query words."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from bot.analysis import term_of
from bot.lexicon import STOP_WORDS

K1 = 1.2
B = 0.75
TYPO_MIN_LEN = 4
TYPO_CUTOFF = 80.0


@dataclass(frozen=True, slots=True)
class Hits:
    """Candidate entries for one query, best BM25 first."""

    entries: np.ndarray      # entry indices
    bm25: np.ndarray         # BM25 score of each
    covered: np.ndarray      # summed idf of the query terms each entry contains
    query_weight: float      # summed idf of every query term, unknown ones included
    query_terms: tuple[str, ...]


class BM25Index:
    """BM25 over short texts (one entry per claim or alias), built once, queried many times."""

    def __init__(self, entry_terms: Sequence[Sequence[str]]) -> None:
        self.size = len(entry_terms)
        vocab: dict[str, int] = {}
        postings: dict[int, list[tuple[int, int]]] = defaultdict(list)
        lengths = np.zeros(self.size, dtype=np.float32)
        for entry, entry_words in enumerate(entry_terms):
            counts = Counter(entry_words)
            lengths[entry] = len(entry_words)
            for term, tf in counts.items():
                tid = vocab.setdefault(term, len(vocab))
                postings[tid].append((entry, tf))
        self.vocab = vocab
        n = max(self.size, 1)
        avgdl = float(lengths.mean()) if self.size else 1.0
        avgdl = avgdl or 1.0
        self.idf = np.zeros(len(vocab), dtype=np.float32)
        self.unknown_idf = float(math.log(1 + (n - 0.5) / 1.5))
        indptr = np.zeros(len(vocab) + 1, dtype=np.int64)
        for tid in range(len(vocab)):
            indptr[tid + 1] = indptr[tid] + len(postings[tid])
        indices = np.zeros(int(indptr[-1]), dtype=np.int32)
        data = np.zeros(int(indptr[-1]), dtype=np.float32)
        entry_weight = np.zeros(self.size, dtype=np.float32)
        for tid in range(len(vocab)):
            plist = postings[tid]
            df = len(plist)
            idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
            self.idf[tid] = idf
            ids = np.fromiter((e for e, _ in plist), dtype=np.int32, count=df)
            tfs = np.fromiter((t for _, t in plist), dtype=np.float32, count=df)
            start, end = indptr[tid], indptr[tid + 1]
            indices[start:end] = ids
            dl = lengths[ids]
            data[start:end] = idf * tfs * (K1 + 1) / (tfs + K1 * (1 - B + B * dl / avgdl))
            entry_weight[ids] += idf
        self.indptr, self.indices, self.data = indptr, indices, data
        self.entry_weight = entry_weight
        self._surface: dict[tuple[str, int], list[str]] = defaultdict(list)
        self._known_surface: set[str] = set()

    def add_surface_words(self, words: set[str]) -> None:
        """Register the normalised words of the indexed texts, for typo correction."""
        for word in words:
            if word in self._known_surface:
                continue
            self._known_surface.add(word)
            if len(word) >= TYPO_MIN_LEN and word.isalpha():
                self._surface[(word[0], len(word))].append(word)

    def correct(self, word: str) -> str:
        """The indexed word a misspelt query word most likely meant, or the word itself."""
        if (word in self._known_surface or len(word) < TYPO_MIN_LEN or not word.isalpha()
                or word in STOP_WORDS):
            return word
        best: tuple[str, float] | None = None
        for length in (len(word) - 1, len(word), len(word) + 1):
            pool = self._surface.get((word[0], length))
            if not pool:
                continue
            found = process.extractOne(word, pool, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF)
            if found is not None and (best is None or found[1] > best[1]):
                best = (found[0], found[1])
        return best[0] if best else word

    def search(self, query_terms: Sequence[str], limit: int) -> Hits:
        scores = np.zeros(self.size, dtype=np.float32)
        covered = np.zeros(self.size, dtype=np.float32)
        query_weight = 0.0
        for term in dict.fromkeys(query_terms):
            tid = self.vocab.get(term)
            if tid is None:
                query_weight += self.unknown_idf
                continue
            idf = float(self.idf[tid])
            query_weight += idf
            start, end = self.indptr[tid], self.indptr[tid + 1]
            idx = self.indices[start:end]
            scores[idx] += self.data[start:end]
            covered[idx] += idf
        nonzero = np.flatnonzero(scores)
        if nonzero.size > limit:
            top = nonzero[np.argpartition(-scores[nonzero], limit - 1)[:limit]]
        else:
            top = nonzero
        order = top[np.argsort(-scores[top], kind="stable")]
        return Hits(order, scores[order], covered[order], query_weight, tuple(query_terms))


def terms_with_typos(index: BM25Index, words: Sequence[str]) -> list[str]:
    """Index terms of query words, each misspelt word replaced by its likely intent."""
    return [term_of(index.correct(w)) for w in words]
