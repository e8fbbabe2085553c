"""An inverted BM25 index over fact texts, with typo-tolerant lookup of query words."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain

import numpy as np
from rapidfuzz import fuzz, process

from bot.core.lexicon import STOP_WORDS
from bot.core.numbers import NUMBER_WORDS

K1 = 0.9
B = 0.5
TYPO_MIN_LEN = 4
TYPO_CUTOFF = 80.0
COMPOUND_MIN_LEN = 7
COMPOUND_PART_MIN_LEN = 3
# Misspelt words whose correction is kept: a message's words come again in each of its spans.
CORRECTIONS_KEPT = 65_536


@dataclass(frozen=True, slots=True)
class Hits:
    """How every entry answers one query: BM25 and the summed idf of the terms it contains."""

    bm25: np.ndarray         # BM25 score of each document
    covered: np.ndarray      # summed idf of the distinct query terms each entry contains
    query_weight: float      # summed idf of every distinct query term, unknown ones included
    query_terms: tuple[str, ...]


FIGURE_WORDS = frozenset({"thousand", "million", "billion", "trillion", "usd", "percent"})
# Figures weigh less in coverage than words: the checker compares them with the source's
# figures, so "$100 billion" must not pull a claim towards any fact that cites that amount.
FIGURE_FACTOR = 0.6
# A model's name ("s400") weighs more than a word: it names one thing, in letters and number.
MODEL_FACTOR = 1.6


def figure_factor(term: str) -> float:
    """How much a term counts towards coverage: less for numbers and their units."""
    if term in FIGURE_WORDS or term[:1].isdigit():
        return FIGURE_FACTOR
    if term[-1:].isdigit():
        return MODEL_FACTOR  # "s400": a model's name, told in its letters and its number
    return 1.0


class BM25Index:
    """BM25 over documents made of short entries, built once, queried many times.

    A document is one fact; its entries are the claim and each alias. BM25 ranks documents
    (a fact's texts pooled); the idf coverage of each entry is what the calibrated score uses.
    """

    def __init__(self, entry_terms: Sequence[Sequence[str]], entry_doc: Sequence[int],
                 docs: int) -> None:
        self.size = len(entry_terms)
        self.docs = docs
        # Iterating in C (chain, map) rather than in Python keeps large builds fast.
        vocab = {t: i for i, t in enumerate(dict.fromkeys(chain.from_iterable(entry_terms)))}
        lengths = np.fromiter(map(len, entry_terms), dtype=np.int64, count=self.size)
        term_ids = np.fromiter(map(vocab.__getitem__, chain.from_iterable(entry_terms)),
                               dtype=np.int32, count=int(lengths.sum()))
        self.vocab = vocab
        token_entry = np.repeat(np.arange(self.size, dtype=np.int32), lengths)
        # Postings sorted by term; a stable sort keeps each term's entries in order, so the
        # repeats of a (term, entry) or (term, document) pair are neighbours.
        order = np.argsort(term_ids, kind="stable")
        terms_sorted = term_ids[order]
        entries_sorted = token_entry[order]
        del order, token_entry
        new_term = np.empty(terms_sorted.size, dtype=bool)
        new_term[:1] = True
        np.not_equal(terms_sorted[1:], terms_sorted[:-1], out=new_term[1:])
        # Entry postings: which entries hold each term (for coverage).
        first = new_term.copy()
        first[1:] |= entries_sorted[1:] != entries_sorted[:-1]
        entry_terms_of = terms_sorted[first]
        self.entry_indices = entries_sorted[first]
        self.entry_indptr = np.searchsorted(entry_terms_of, np.arange(len(vocab) + 1))
        # Document postings with term frequencies, for BM25.
        docs_sorted = np.asarray(entry_doc, dtype=np.int32)[entries_sorted]
        del entries_sorted
        first = new_term
        first[1:] |= docs_sorted[1:] != docs_sorted[:-1]
        starts = np.flatnonzero(first)
        tfs = np.diff(np.append(starts, terms_sorted.size)).astype(np.float32)
        doc_terms_of = terms_sorted[starts]
        self.indices = docs_sorted[starts]
        del docs_sorted, first, starts, terms_sorted
        self.indptr = np.searchsorted(doc_terms_of, np.arange(len(vocab) + 1))
        df = np.diff(self.indptr).astype(np.float64)
        n = max(docs, 1)
        doc_len = np.bincount(np.asarray(entry_doc, dtype=np.int64), weights=lengths,
                              minlength=docs).astype(np.float32)
        avgdl = float(doc_len.mean()) if docs and doc_len.any() else 1.0
        self.idf = np.log(1 + (n - df + 0.5) / (df + 0.5)).astype(np.float32)
        self.unknown_idf = float(math.log(1 + (n - 0.5) / 1.5))
        dl = doc_len[self.indices]
        self.data = (self.idf[doc_terms_of] * tfs * (K1 + 1)
                     / (tfs + K1 * (1 - B + B * dl / avgdl))).astype(np.float32)
        self.cover = self.idf * np.fromiter(
            (figure_factor(term) for term in vocab), dtype=np.float32, count=len(vocab))
        self._cover: list[float] = self.cover.tolist()  # each as float(self.cover[tid])
        self.entry_weight = np.bincount(self.entry_indices,
                                        weights=self.cover[entry_terms_of],
                                        minlength=self.size).astype(np.float32)
        self.entry_term_count = np.bincount(self.entry_indices, minlength=self.size
                                            ).astype(np.int32)
        self._surface: dict[tuple[str, int], list[str]] = defaultdict(list)
        self._known_surface: set[str] = set()
        self._corrected: dict[str, str] = {}

    def add_surface_words(self, words: Iterable[str]) -> None:
        """Register the normalised words of the indexed texts, for typo correction."""
        known = self._known_surface
        self._corrected.clear()  # a word now known may correct others
        for word in words:
            if word in known:
                continue
            known.add(word)
            if len(word) >= TYPO_MIN_LEN and word.isalpha():
                self._surface[(word[0], len(word))].append(word)

    def knows(self, word: str) -> bool:
        return word in self._known_surface

    def correct(self, word: str) -> str:
        """The indexed word a misspelt query word most likely meant, or the word itself."""
        if (word in self._known_surface or len(word) < TYPO_MIN_LEN or not word.isalpha()
                or word in STOP_WORDS or word in NUMBER_WORDS):
            return word  # "sixty" is a number, not "sixth" misspelt
        fixed = self._corrected.get(word)
        if fixed is None:
            if len(self._corrected) >= CORRECTIONS_KEPT:
                self._corrected.clear()
            fixed = self._corrected[word] = self._closest(word)
        return fixed

    def _closest(self, word: str) -> str:
        """The indexed word of about the same length nearest a misspelt word, if one is near
        enough (TYPO_CUTOFF); else the word itself."""
        best: tuple[str, float] | None = None
        for length in (len(word) - 1, len(word), len(word) + 1):
            pool = self._surface.get((word[0], length))
            if not pool:
                continue
            found = process.extractOne(word, pool, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF)
            if found is not None and (best is None or found[1] > best[1]):
                best = (found[0], found[1])
        return best[0] if best else word

    def split_compound(self, word: str) -> list[str]:
        """A run-together word ("russiachina", a hashtag) as two indexed words, if it is one."""
        if len(word) < COMPOUND_MIN_LEN or word in self._known_surface or not word.isalpha():
            return [word]
        best: tuple[int, list[str]] | None = None
        for cut in range(COMPOUND_PART_MIN_LEN, len(word) - COMPOUND_PART_MIN_LEN + 1):
            head, tail = word[:cut], word[cut:]
            if head in self._known_surface and tail in self._known_surface:
                shortest = min(len(head), len(tail))
                if best is None or shortest > best[0]:
                    best = (shortest, [head, tail])
        return best[1] if best else [word]

    def search(self, query_terms: Sequence[str]) -> Hits:
        scores = np.zeros(self.docs, dtype=np.float32)
        covered = np.zeros(self.size, dtype=np.float32)
        query_weight = 0.0
        known: list[int] = []
        for term in dict.fromkeys(query_terms):
            tid = self.vocab.get(term)
            if tid is None:
                query_weight += self.unknown_idf * figure_factor(term)
                continue
            query_weight += self._cover[tid]
            known.append(tid)
        if known:
            # Every known term's postings at once, term after term: np.add.at adds them in
            # that order, so each sum is the float32 sum the terms added one by one give.
            tids = np.asarray(known)
            postings, _ = _ranges(self.indptr, tids)
            np.add.at(scores, self.indices[postings], self.data[postings])
            postings, lengths = _ranges(self.entry_indptr, tids)
            np.add.at(covered, self.entry_indices[postings], self.cover[tids].repeat(lengths))
        return Hits(scores, covered, query_weight, tuple(query_terms))


def _ranges(indptr: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The positions of the postings of each of `rows`, row after row, and how many each
    row has."""
    starts = indptr[rows]
    lengths = indptr[rows + 1] - starts
    ends = lengths.cumsum()  # array methods: numpy's functions cost more to call
    return np.arange(int(ends[-1])) + (starts - (ends - lengths)).repeat(lengths), lengths
