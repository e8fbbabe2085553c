"""Facts as CSV: one row a fact, lists as JSON arrays (or one item a line when typed by hand).

Row 1 is the header; problems name the row as a spreadsheet numbers it.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from bot import messages
from bot.core.models import Fact, Source
from bot.importexport.items import ImportItem
from bot.moderation.types import FactInput
from bot.store.codec import SOURCE_FIELDS

LIST_COLUMNS = ("figures", "aliases", "tags", "related")
SOURCE_COLUMNS = tuple(f"source_{k}" for k in SOURCE_FIELDS)
COLUMNS = ("id", "claim", "verdict", "summary", "quote", *LIST_COLUMNS, *SOURCE_COLUMNS,
           "claimant", "appearances")
REQUIRED = ("claim", "verdict", "summary")
# A spreadsheet runs a cell that starts with one of these as a formula ("=HYPERLINK(...)",
# "+SUM(...)", "=cmd|..."); facts can come from members' suggestions. As OWASP advises, such a
# cell is written with a leading apostrophe, which import takes off again.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(cell: str) -> str:
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def restored(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS) else cell


def export_csv(facts: Sequence[Fact]) -> str:
    buffer = io.StringIO()
    # Rows end in CRLF, as RFC 4180 has it, so that a cell holding a lone CR is quoted too.
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for fact in facts:
        row: dict[str, str] = {
            "id": fact.id, "claim": fact.claim, "verdict": str(fact.verdict),
            "summary": fact.summary, "quote": fact.quote or "",
            "figures": _json([{"value": f.value, "what": f.what} for f in fact.figures]),
            "aliases": _json(list(fact.aliases)), "tags": _json(list(fact.tags)),
            "related": _json(list(fact.related)),
            "claimant": fact.claimant or "", "appearances": _json(list(fact.appearances)),
        }
        for key in SOURCE_FIELDS:
            row[f"source_{key}"] = getattr(fact.source, key) or ""
        writer.writerow({column: neutralised(cell) for column, cell in row.items()})
    return buffer.getvalue()


def _json(value: list[Any]) -> str:
    return json.dumps(value, ensure_ascii=False) if value else ""


def _list_cell(column: str, cell: str, problems: list[str], label: str) -> tuple[Any, ...]:
    cell = cell.strip()
    if not cell:
        return ()
    if cell.startswith("["):
        try:
            value = json.loads(cell)
        except json.JSONDecodeError:
            value = None
        if not isinstance(value, list):
            problems.append(messages.import_row(int(label), messages.import_csv_list(column)))
            return ()
        return tuple(value)
    return tuple(line.strip() for line in cell.splitlines() if line.strip())


def parse_csv(text: str) -> tuple[list[ImportItem], list[str]]:
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = [h.strip() for h in reader.fieldnames or []]
    reader.fieldnames = header
    problems: list[str] = []
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        return [], [messages.import_row(1, messages.import_csv_header(missing))]
    unknown = [c for c in header if c not in COLUMNS]
    if unknown:
        problems.append(messages.import_row(1, messages.unknown_field(", ".join(unknown),
                                                                      COLUMNS)))
    items: list[ImportItem] = []
    try:
        _read_rows(reader, items, problems)
    except csv.Error as exc:
        # A cell over the csv module's size limit, a NUL, a stray quote: the row is named and
        # nothing is imported.
        # The reader counts the lines it finished; the row it failed on is the next one.
        problems.append(messages.import_row(reader.line_num + 1,
                                            messages.import_csv_unreadable(str(exc))))
    return items, problems


def _read_rows(reader: csv.DictReader[str], items: list[ImportItem],
               problems: list[str]) -> None:
    for number, row in enumerate(reader, start=2):
        if None in row:   # more cells than the header has columns
            problems.append(messages.import_row(number, messages.import_csv_extra_cells()))
            continue
        cells = {k: restored(v or "") for k, v in row.items()}
        if not any(v.strip() for v in cells.values()):
            continue
        label = str(number)
        lists = {c: _list_cell(c, cells.get(c, ""), problems, label)
                 for c in (*LIST_COLUMNS, "appearances")}
        source = None
        if any(cells.get(c, "").strip() for c in SOURCE_COLUMNS):
            source = Source(**{k: cells.get(f"source_{k}", "").strip() or None  # type: ignore[arg-type]
                               for k in SOURCE_FIELDS})
        fields = FactInput(
            id=cells.get("id", "").strip() or None, claim=cells["claim"],
            verdict=cells["verdict"], summary=cells["summary"],
            quote=cells.get("quote", "").strip() or None, source=source,
            figures=lists["figures"], aliases=lists["aliases"], tags=lists["tags"],
            related=lists["related"], claimant=cells.get("claimant", "").strip() or None,
            appearances=lists["appearances"])
        items.append(ImportItem(f"row {number}", fields))
