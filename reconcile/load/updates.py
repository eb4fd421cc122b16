"""A tracker kept as a log: one row per update, not per item ("REC-017" on each of its rows,
the text written once and "As above" under it, each row's own date, update and RAG; rows of
one id dated one after another, unlike an item's actions, which keep their own statuses).

Read as one item per id: its first row is the item (text, report, type, reference), and its
latest row with a status gives the item's status and update; the other rows are its history,
explained, not items. A row under the same id that brings a text of its own is a part of the
item, not an update, and stays an item.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from ..normalise import parse_date
from .grid import Grid, blank

#: A cell that points at the row above: "As above", "See above", "ditto", '"', "''", "“".
AS_ABOVE = re.compile(r"^\s*(?:as\s+(?:per\s+)?above|see\s+above|ditto|\"|''|"
                      r"[\u201c\u201d\u201e\u3003])\W*$", re.IGNORECASE)
#: What an id's typist may vary: "REC-021", "REC 021", "REC_021".
_SEPARATORS = re.compile(r"[\s/_-]+")
#: An id repeated on this share of the item rows, one under another, makes the sheet a log.
_REPEATED = 0.25
_ID = re.compile(r"^[A-Za-z]{0,10}[\s/_-]?\d{1,5}[a-z]?$")
#: The first rows looked at before a column is read whole.
_SAMPLE = 50


def _id_column(grid: Grid, items: list[dict[str, Any]], columns: range) -> int | None:
    """The column whose short id repeats on consecutive item rows (`_REPEATED` of them), the
    rows of one id dated one after another (a log's updates, not an item's actions)."""
    best, most = None, 0
    for c in columns:
        # Most columns are plainly no id column: their first rows say so, without reading all.
        if not _ids(grid, items[:_SAMPLE], c):
            continue
        values = [_cell(grid, item, c) for item in items]
        if not _ids(grid, items, c, values):
            continue
        repeats = [k for k, (a, b) in enumerate(pairwise(values)) if a and a == b]
        if (len(repeats) >= _REPEATED * len(values) and len(repeats) > most
                and _dated(grid, items, repeats, columns, c)):
            best, most = c, len(repeats)
    return best


def _cell(grid: Grid, item: dict[str, Any], c: int) -> str:
    return str(grid.value(item["row"], c) or "").strip()


def _ids(grid: Grid, items: list[dict[str, Any]], c: int, values: list[str] | None = None
         ) -> bool:
    """Whether nearly all of `items` hold a short id in column c."""
    values = values if values is not None else [_cell(grid, item, c) for item in items]
    return sum(bool(_ID.match(v)) for v in values) >= 0.8 * len(values)


def _dated(grid: Grid, items: list[dict[str, Any]], repeats: list[int], columns: range,
           id_col: int) -> bool:
    """Some column dates each repeated row later than the row above it (nearly always)."""
    for c in columns:
        if c == id_col:
            continue
        later = 0
        for k in repeats:
            a = parse_date(grid.value(items[k]["row"], c))
            b = parse_date(grid.value(items[k + 1]["row"], c))
            later += bool(a and b and b > a)
        if later >= 0.8 * len(repeats):
            return True
    return False


def read_log(grid: Grid, items: list[dict[str, Any]], width: int, header: int
             ) -> tuple[list[dict[str, Any]], list[tuple[int, str]], str]:
    """(items left, [(row, why)] of update rows, a note or '')."""
    if len(items) < 4:
        return items, [], ""
    col = _id_column(grid, items, range(width))
    if col is None:
        return items, [], ""
    kept: list[dict[str, Any]] = []
    updates: list[tuple[int, str]] = []
    first: dict[str, Any] | None = None
    first_id = ""
    for item in items:
        # "REC 021" under "REC-021" is the same id, typed again.
        key = _SEPARATORS.sub("", str(grid.value(item["row"], col) or "")).upper()
        text = item.get("text")
        same = (first is not None and key and key == first_id
                and (blank(text) or AS_ABOVE.match(str(text)) or text == first.get("text")))
        if not same:
            kept.append(item)
            first, first_id = item, key
            continue
        assert first is not None
        for fld in ("status", "progress", "owner", "due", "closed_on"):
            if not blank(item.get(fld)):
                first[fld] = item[fld]
        updates.append((item["row"], f"an update of {key} (row {first['row']}): its latest "
                                     "status and update are the item's"))
    if not updates:
        return items, [], ""
    heading = str(grid.value(header, col) or "").strip() or f"column {col + 1}"
    note = (f"kept as a log, one row per update: {len(updates)} update rows read into their "
            f"items (by the id in '{heading}'), each item's latest status its own")
    return kept, updates, note
