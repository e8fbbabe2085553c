"""Where the bundled fact packs live, installed or in a checkout."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def bundled_facts_dir() -> Path:
    """The bundled packs: $FACTBOT_FACTS_DIR, the checkout's facts/, or the installed copy."""
    override = os.environ.get("FACTBOT_FACTS_DIR")
    if override:
        return Path(override)
    checkout = Path(__file__).resolve().parents[2] / "facts"
    if checkout.is_dir():
        return checkout
    return Path(sys.prefix) / "share" / "factbot" / "facts"
