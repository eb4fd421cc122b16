"""A sheet with no header row: it was deleted, or the items were pasted under a title. Each
column's field is told by what it holds (long free text is the recommendation, a few status
words the status, type words the type, register numbers the reference, repeated names with a
year or a report word the report, repeated short names the lead, a second free text the
update), and the row above the first item (a title, or a blank row) is read as a header
naming them, so every row keeps its number.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from .columns import FREE_TEXT_WORDS, Profile, looks_like_text, profile_columns, says_status
from .grid import Grid, blank

#: Rows of items (long text and a status) a sheet needs before its columns are guessed.
_MIN_ROWS = 5
_REF = re.compile(r"^\s*\d{3,6}\s*$")
_REPORTISH = re.compile(r"\b(?:19|20)\d\d\b|\b(?:peel|inspection|report|review|stolen|"
                        r"integrity|crime data|powers|custody|effectiveness|efficiency|"
                        r"legitimacy)\b", re.IGNORECASE)
#: The heading written for each field found, one the header mapping knows.
_NAMES = {"ref": "HMICFRS Ref", "report": "Report", "type": "Type", "text": "Recommendation",
          "owner": "Lead", "status": "RAG", "progress": "Update"}


def _long(value: Any) -> bool:
    return isinstance(value, str) and len(value.split()) >= FREE_TEXT_WORDS


def _first_item_row(grid: Grid) -> int | None:
    """The first row holding three cells or more, one of them long free text."""
    for r, row in enumerate(grid.rows, start=1):
        if sum(not blank(v) for v in row) >= 3 and any(_long(v) for v in row):
            return r
    return None


def _fields(rows: list[list[Any]], profiles: list[Profile]) -> dict[int, str]:
    """Column -> field, by what each column holds."""
    found: dict[int, str] = {}
    texts = sorted((c for c, p in enumerate(profiles) if looks_like_text(p)),
                   key=lambda c: -profiles[c].mean_len * profiles[c].filled)
    if not texts:
        return {}
    found[texts[0]] = "text"
    if len(texts) > 1:
        found[texts[1]] = "progress"
    for c, p in enumerate(profiles):
        if c in found or not p.filled:
            continue
        values = [str(row[c]).strip() for row in rows if c < len(row) and not blank(row[c])]
        if says_status(p) and "status" not in found.values():
            found[c] = "status"
        elif p.type_words >= 0.6 and "type" not in found.values():
            found[c] = "type"
        elif sum(bool(_REF.match(v)) for v in values) >= 0.6 * len(values) and \
                "ref" not in found.values():
            found[c] = "ref"
        elif p.distinct <= 0.6 * p.filled and p.free_text < 0.5:
            reportish = sum(bool(_REPORTISH.search(v)) for v in values) >= 0.5 * len(values)
            fld = "report" if reportish else "owner"
            if fld not in found.values():
                found[c] = fld
    return found if "status" in found.values() or "ref" in found.values() else {}


def with_header(grid: Grid) -> tuple[Grid, int, str] | None:
    """The sheet with a header written on the row above its first item (a title or blank
    row), its Excel row, and a note saying so; None when no such reading is safe."""
    first = _first_item_row(grid)
    if first is None or first < 2:
        return None
    above = grid.rows[first - 2]
    if sum(not blank(v) for v in above) > 1:
        return None                       # a row of several cells: a header of sorts
    rows = grid.rows[first - 1:]
    if sum(1 for row in rows if any(_long(v) for v in row)) < _MIN_ROWS:
        return None
    width = max(len(row) for row in rows)
    fields = _fields(rows, profile_columns(rows[:400], width))
    if not fields:
        return None
    header = [_NAMES.get(fields.get(c, "")) for c in range(width)]
    new_rows = [list(row) for row in grid.rows]
    new_rows[first - 2] = header
    title = next((str(v).strip() for v in above if not blank(v)), "")
    note = ("no header row: each column's field told by what it holds ("
            + ", ".join(f"column {chr(65 + c) if c < 26 else c + 1} {f}"
                        for c, f in sorted(fields.items())) + ")"
            + (f"; the title '{title[:60]}' on row {first - 1} read as that header's place"
               if title else ""))
    return dataclasses.replace(grid, rows=new_rows), first - 1, note
