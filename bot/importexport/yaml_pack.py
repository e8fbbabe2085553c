"""Facts as a YAML pack, the format of facts/ that `factbot facts lint` checks.

A pack has one source; a fact whose source differs carries its own `source:` mapping, which
the pack loader ignores and the importer reads back, so nothing is lost on a round trip.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from bot.core.models import Fact, Source
from bot.importexport.items import ImportItem
from bot.moderation.fields import coerce_source
from bot.moderation.types import FactInput, FieldProblem
from bot.packs.loader import parse_pack
from bot.store.codec import fact_to_data, source_to_data


def export_pack(facts: Sequence[Fact], *, pack_id: str, fallback_source: Source) -> str:
    counts = Counter(f.source for f in facts)
    pack_source = counts.most_common(1)[0][0] if counts else fallback_source
    ids = {f.id for f in facts}
    out: list[dict[str, Any]] = []
    for fact in facts:
        data = fact_to_data(fact)
        entry: dict[str, Any] = {"id": fact.id}
        for key, value in data.items():
            if key == "source":
                if fact.source != pack_source:
                    entry["source"] = value
            elif key == "related":
                # A pack may only point at facts it holds (the linter checks that).
                kept = [r for r in value if r in ids]
                if kept:
                    entry["related"] = kept
            else:
                entry[key] = value
        out.append(entry)
    doc = {"pack": pack_id, "source": source_to_data(pack_source), "facts": out}
    return yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100)


def parse_pack_text(text: str, *, name: str) -> tuple[list[ImportItem], list[str]]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "import.yaml"
        path.write_text(text, encoding="utf-8")
        parsed = parse_pack(path)
    problems = [str(p).replace(str(path), name, 1) for p in parsed.problems if not p.warning]
    if problems or parsed.pack is None:
        return [], problems
    # The pack is valid, so it is safe to read plainly for the per-fact sources.
    raw = yaml.safe_load(text)
    raw_facts = raw.get("facts") or []
    overrides: dict[str, Any] = {}
    for item in raw_facts:
        if isinstance(item, dict) and "source" in item and item.get("id") is not None:
            overrides[str(item["id"]).strip()] = item["source"]
    items: list[ImportItem] = []
    for fact in parsed.pack.facts:
        label = f"{name}:{parsed.lines.get(fact.id, 0)}"
        source = fact.source
        if fact.id in overrides:
            found: list[FieldProblem] = []
            source = coerce_source(overrides[fact.id], found, fact.source)
            problems.extend(f"{label}: fact '{fact.id}': {p.message}" for p in found)
        items.append(ImportItem(label, _input(fact, source)))
    return items, problems


def _input(fact: Fact, source: Source) -> FactInput:
    return FactInput(claim=fact.claim, verdict=fact.verdict, summary=fact.summary,
                     source=source, quote=fact.quote, figures=fact.figures,
                     aliases=fact.aliases, tags=fact.tags, related=fact.related, id=fact.id,
                     claimant=fact.claimant, appearances=fact.appearances)
