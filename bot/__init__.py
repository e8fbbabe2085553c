"""factbot's pure core: fact packs, claim matching and platform-neutral replies."""

from __future__ import annotations

import os

# One BLAS thread: the semantic matcher's cosines are one matrix-vector product, and on a small
# machine BLAS threads would compete with the encoder's (read when numpy first loads).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

__version__ = "0.1.0"
