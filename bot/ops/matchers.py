"""Which matcher serves: the one the settings ask for, built with the model and its cache."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from bot import messages
from bot.core.matcher import ClaimMatcher, Matcher
from bot.core.models import Fact
from bot.core.semantic import SemanticMatcher
from bot.ops.config_schema import KINDS, MATCHER_ENV, Kind
from bot.ops.embedding import EmbeddingCache, default_cache_dir, semantic_available, shared_encoder

log = logging.getLogger(__name__)

__all__ = ["KINDS", "MATCHER_ENV", "Kind", "configured_kind", "make_matcher"]


def configured_kind() -> Kind:
    """The matcher the settings ask for (`facts.matcher` in factbot.toml, overridden by
    $FACTBOT_MATCHER), for the commands that run without `factbot run`: auto (the default),
    lexical or semantic. Unusable settings are refused with every problem named."""
    from bot.ops.config import ConfigError, load_settings

    try:
        kind = load_settings(adapters=["console"]).matcher
    except ConfigError as exc:
        raise ValueError(str(exc)) from exc
    if kind not in KINDS:
        raise ValueError(messages.unknown_matcher(MATCHER_ENV, kind))
    return kind


def semantic_matcher(facts: Sequence[Fact], *, cache_dir: Path | None = None,
                     lexical: Matcher | None = None) -> SemanticMatcher:
    """The semantic matcher over `facts`, its fact vectors cached in `cache_dir`."""
    encoder = shared_encoder()
    cache = EmbeddingCache(cache_dir or default_cache_dir(), encoder.name)
    return SemanticMatcher(facts, encoder=encoder, vectors=cache.vectors, lexical=lexical)


def make_matcher(facts: Sequence[Fact], kind: Kind | str = "auto", *,
                 cache_dir: Path | None = None) -> ClaimMatcher:
    """The matcher to serve: semantic when asked or, for "auto", when the extra is installed."""
    if kind not in KINDS:
        raise ValueError(messages.unknown_matcher("matcher", kind))
    if kind == "semantic" or (kind == "auto" and semantic_available()):
        try:
            matcher: ClaimMatcher = semantic_matcher(facts, cache_dir=cache_dir)
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
