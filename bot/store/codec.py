"""Facts to and from the JSON stored in the database (the same fields as a pack fact)."""

from __future__ import annotations

from typing import Any

from bot.core.models import Fact, Figure, Source, Verdict

SOURCE_FIELDS = ("title", "subtitle", "author", "publisher", "published", "url")


def source_to_data(source: Source) -> dict[str, str]:
    return {k: v for k in SOURCE_FIELDS if (v := getattr(source, k)) is not None}


def source_from_data(data: dict[str, Any]) -> Source:
    return Source(**{k: data.get(k) for k in SOURCE_FIELDS})  # type: ignore[arg-type]


def fact_to_data(fact: Fact) -> dict[str, Any]:
    """Every field but the id and pack, in pack order, empty ones left out."""
    data: dict[str, Any] = {
        "claim": fact.claim,
        "verdict": str(fact.verdict),
        "summary": fact.summary,
        "source": source_to_data(fact.source),
    }
    if fact.quote is not None:
        data["quote"] = fact.quote
    if fact.figures:
        data["figures"] = [{"value": f.value, "what": f.what} for f in fact.figures]
    for key in ("aliases", "tags", "related"):
        if getattr(fact, key):
            data[key] = list(getattr(fact, key))
    if fact.claimant is not None:
        data["claimant"] = fact.claimant
    if fact.appearances:
        data["appearances"] = list(fact.appearances)
    return data


def fact_from_data(fact_id: str, data: dict[str, Any], pack: str) -> Fact:
    return Fact(
        id=fact_id,
        claim=data["claim"],
        verdict=Verdict(data["verdict"]),
        summary=data["summary"],
        source=source_from_data(data.get("source") or {}),
        quote=data.get("quote"),
        figures=tuple(Figure(f["value"], f["what"]) for f in data.get("figures", ())),
        aliases=tuple(data.get("aliases", ())),
        tags=tuple(data.get("tags", ())),
        related=tuple(data.get("related", ())),
        pack=pack,
        claimant=data.get("claimant"),
        appearances=tuple(data.get("appearances", ())),
    )
