"""A tracker kept by hand for years, its officers typing a ditto mark for the value of the row
above ('"', "''", "“", "Ditto", "As above") in any column: the reference, the report, its
date, the type, the lead, the RAG. Read as they meant it: the value of the nearest row above
that gives one in that column (across a blank row or a report's heading, a ditto of a ditto
followed up). "As No. 23" in a cell is the value of the row the tracker numbers 23.

The text column is left as written but for "As No. 66 (repeated AFI)", the words of the row
so numbered: "As above" there is one more action of the item above (`walk.item_row`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .grid import Grid, blank
from .updates import AS_ABOVE

#: "As No. 23", "as no 45", "AS NO 3": the value of the row numbered so.
_AS_NUMBER = re.compile(r"\s*as\s+(?:per\s+)?no\.?\s*(\d{1,4}[a-z]?)\s*", re.IGNORECASE)
#: ... in the text's place, a note after it: "As No. 66 (repeated AFI)".
_AS_NUMBER_TEXT = re.compile(r"\s*as\s+(?:per\s+)?no\.?\s*(\d{1,4}[a-z]?)\b\s*(?:\(.*\))?\s*",
                             re.IGNORECASE)
#: The longest cell a mark is ("As per No. 1234a"): longer cells are not tried.
_MARK_CHARS = 20
#: Ditto marks on at least this many cells make the sheet one kept so.
_LEAST = 3


def _key(value: Any) -> str:
    return str(value).strip().lower().rstrip(".") if not blank(value) else ""


def read_dittos(grid: Grid, header_row: int, mapping: dict[int, str], nonblank: list[int]
                ) -> tuple[Grid, int]:
    """The grid with each ditto mark and "As No. n" replaced by the value it stands for, and
    how many were (0: the grid as it was). Only a sheet with a few such marks."""
    text_col = next((c for c, f in mapping.items() if f == "text"), None)
    number_col = next((c for c, f in mapping.items() if f == "local_ref"), None)
    rows = [r for r in nonblank if r > header_row]
    marked = sum(1 for r in rows for c, v in enumerate(grid.rows[r - 1])
                 if c != text_col and isinstance(v, str) and len(v) <= _MARK_CHARS
                 and (AS_ABOVE.match(v) or _AS_NUMBER.fullmatch(v)))
    if marked < _LEAST:
        return grid, 0
    new = [list(row) for row in grid.rows]
    last: dict[int, Any] = {}            # column -> the nearest value above
    numbered: dict[str, list[Any]] = {}  # the tracker's number -> its row as read
    done = 0
    for r in rows:
        row = new[r - 1]
        for c, v in enumerate(row):
            if c == text_col or not isinstance(v, str):
                continue
            if AS_ABOVE.match(v) and c in last:
                row[c] = last[c]
                done += 1
            elif (m := _AS_NUMBER.fullmatch(v)) and c != number_col and (
                    at := numbered.get(m.group(1).lower())) is not None and c < len(at):
                row[c] = at[c]
                done += 1
        for c, v in enumerate(row):
            if not blank(v) and c != text_col:
                last[c] = v
        if number_col is not None and number_col < len(row) and not blank(row[number_col]):
            numbered.setdefault(_key(row[number_col]), row)
    # "As No. 45" may name a row further down: a second pass for those; and a text "As No.
    # 66 (repeated AFI)", the same words again (under another report), is that row's text.
    for r in rows:
        row = new[r - 1]
        if text_col is not None and text_col < len(row) and isinstance(
                t := row[text_col], str) and (m := _AS_NUMBER_TEXT.fullmatch(t)) and (
                at := numbered.get(m.group(1).lower())) is not None and text_col < len(at) \
                and isinstance(at[text_col], str) and not _AS_NUMBER_TEXT.fullmatch(at[text_col]):
            row[text_col] = at[text_col]
            done += 1
        for c, v in enumerate(row):
            if (c != text_col and c != number_col and isinstance(v, str)
                    and (m := _AS_NUMBER.fullmatch(v))
                    and (at := numbered.get(m.group(1).lower())) is not None
                    and c < len(at) and not blank(at[c])):
                row[c] = at[c]
                done += 1
    return (replace(grid, rows=new), done) if done else (grid, 0)
