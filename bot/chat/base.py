"""One loaded fact base with its matcher: what the CLI and the console adapter check against,
through the seam (`CheckerDesk` is a `bot.chat.seam.Checking`)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from bot.core.checker import DEFAULT_THRESHOLD, check_message
from bot.core.models import Claim, Reply
from bot.ops.matchers import Kind, configured_kind, make_matcher
from bot.packs.loader import FactBase, load_fact_base
from bot.packs.paths import bundled_facts_dir


class FactChecker:
    """A fact base and the matcher built over it."""

    def __init__(self, fact_base: FactBase, *, threshold: float = DEFAULT_THRESHOLD,
                 matcher: Kind | str | None = None, embeddings_dir: Path | None = None) -> None:
        """`matcher`: auto, lexical or semantic; unset, the settings' `facts.matcher`.
        The semantic matcher caches its embeddings in `embeddings_dir` (default: see
        bot.ops.embedding)."""
        self.fact_base = fact_base
        self.matcher = make_matcher(fact_base.facts, matcher or configured_kind(),
                                    cache_dir=embeddings_dir)
        self.threshold = threshold

    @classmethod
    def from_paths(cls, paths: Sequence[Path] | None = None, *,
                   threshold: float = DEFAULT_THRESHOLD, matcher: Kind | str | None = None,
                   embeddings_dir: Path | None = None) -> FactChecker:
        return cls(load_fact_base(list(paths) if paths else [bundled_facts_dir()]),
                   threshold=threshold, matcher=matcher, embeddings_dir=embeddings_dir)

    def check(self, claim: Claim | str, *, top: int = 5) -> Reply:
        text = claim.text if isinstance(claim, Claim) else claim
        return check_message(text, self.matcher, threshold=self.threshold, top=top)


class CheckerDesk:
    """The bare core as a checking desk: one fact base for everyone, nothing recorded."""

    def __init__(self, checker: FactChecker) -> None:
        self.checker = checker

    async def check(self, claim: Claim, *, top: int = 5) -> Reply:
        return self.checker.check(claim, top=top)
