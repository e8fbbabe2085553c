"""A server's facts to and from a YAML pack, CSV, or schema.org ClaimReview JSON-LD.

`export_text` writes facts; `parse_text` reads them into `ImportItem`s without touching the
store, reporting every problem with the row (CSV), item (JSON-LD) or line (YAML) it is in.
The Moderation façade validates the items as facts and writes them all in one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.models import Fact, Source
from bot.importexport.claimreview import Publication, export_claimreview, parse_claimreview
from bot.importexport.csv_table import export_csv, parse_csv
from bot.importexport.items import ImportItem
from bot.importexport.yaml_pack import export_pack, parse_pack_text
from bot.moderation.types import ExportFormat

__all__ = ["ImportItem", "Publication", "export_text", "parse_text"]


def export_text(facts: Sequence[Fact], fmt: ExportFormat | str, *, pack_id: str,
                publisher: Source, publication: Publication | None = None) -> str:
    """`facts` in `fmt`; `publisher` is who publishes them (the pack source when none shared);
    ClaimReview needs the `publication` (who reviews, each fact's page, dates)."""
    fmt = ExportFormat(fmt)
    if fmt is ExportFormat.YAML:
        return export_pack(facts, pack_id=pack_id, fallback_source=publisher)
    if fmt is ExportFormat.CSV:
        return export_csv(facts)
    if publication is None:
        raise ValueError("a ClaimReview export needs its publication")
    return export_claimreview(facts, publication)


def parse_text(text: str, fmt: ExportFormat | str, *,
               name: str = "import") -> tuple[list[ImportItem], list[str]]:
    """The items read, and the problems found (each naming its row, item or line).

    Items are returned even when there are problems, so that validating them as facts can
    report theirs too; an import with any problem must write nothing. `name` labels YAML.
    """
    fmt = ExportFormat(fmt)
    if fmt is ExportFormat.YAML:
        items, problems = parse_pack_text(text, name=name)
    elif fmt is ExportFormat.CSV:
        items, problems = parse_csv(text)
    else:
        items, problems = parse_claimreview(text)
    return items, problems
