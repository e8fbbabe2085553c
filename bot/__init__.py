"""factbot: everything that is not a platform adapter, one sub-package per layer.

core (the pure matcher and checker), packs, chat (the shared chat layer), moderation (the one
service every front end calls), store, importexport, messages, ops (settings, start-up, the
runner), cli, web (the moderators' desk). README's "Architecture" section shows the tree.
"""

from __future__ import annotations

import os

# One BLAS thread: the semantic matcher's cosines are one matrix-vector product, and on a small
# machine BLAS threads would compete with the encoder's (read when numpy first loads).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

__version__ = "0.1.0"
