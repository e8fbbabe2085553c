"""factbot's pure core: fact packs, claim matching and platform-neutral replies."""

from __future__ import annotations

__version__ = "0.1.0"
