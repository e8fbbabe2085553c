"""Drafting facts from a source: what `factbot facts draft` prints."""

from __future__ import annotations

__all__ = [
    "draft_coverage_after",
    "draft_coverage_before",
    "draft_header",
    "draft_left_out",
    "draft_written",
]


def draft_header(drafts: int, sentences: int, title: str) -> str:
    return f"drafted {drafts} fact(s) from {sentences} sentence(s) of “{title}”"


def draft_coverage_before(covered: int, total: int, share: float) -> str:
    return f"the packs given already quote {covered} of {total} sentences ({share:.1%})"


def draft_coverage_after(covered: int, total: int, share: float) -> str:
    return f"with the drafts: covered {covered} of {total} sentences ({share:.1%})"


def draft_written(count: int, where: str, skipped_covered: int) -> str:
    skipped = (f"; {skipped_covered} draft(s) of sentences the packs already quote left out "
               "(--include-covered writes them)") if skipped_covered else ""
    return f"wrote {count} draft fact(s) to {where}{skipped}"


def draft_left_out(count: int) -> str:
    return (f"{count} sentence(s) neither drafted (not checkable: a question, a headline, a "
            "fragment or boilerplate) nor quoted:")

