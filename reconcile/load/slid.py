"""Rows a PDF-to-Excel conversion slid one cell to the right: a phantom empty column before
the text on one page, or the cells from the RAG on under the next heading on another, the
last of them in a column with no heading past the table's last. Read back in place before
rows are read.

A row is moved when its cell past the last heading is filled: the first empty cell from the
text column on is taken out (the cells between it and the slid ones are empty, so which one
does not matter). Only when such rows are a minority of the sheet's, and moving them fills a
status or text cell they left empty: a tracker that keeps notes in an unheaded column keeps
them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .columns import FREE_TEXT_WORDS, is_status_word
from .grid import Grid, blank

#: Rows using the column past the last heading, at most this share of the rows below it.
_MINORITY = 0.5


def _filled(row: list[Any], c: int) -> bool:
    return c < len(row) and not blank(row[c])


def unslid(grid: Grid, header_row: int, text_col: int, status_col: int | None,
           nonblank: list[int]) -> tuple[Grid, list[int]]:
    """The grid with slid rows moved back one cell, and the rows moved (Excel numbers).
    `nonblank`: the sheet's rows with content (Excel numbers)."""
    headers = grid.rows[header_row - 1]
    past = max((c for c, h in enumerate(headers) if not blank(h)), default=-1) + 1
    rows = grid.rows
    below = [r - 1 for r in nonblank if r > header_row]
    using = [r for r in below if _filled(rows[r], past)]
    if not using or len(using) > _MINORITY * len(below):
        return grid, []
    new = [list(row) for row in rows]
    moved, gained = [], False
    for r in using:
        row = new[r]
        gap = next((c for c in range(text_col, past) if not _filled(row, c)), None)
        if gap is None:
            continue
        new[r] = row[:gap] + row[gap + 1:]
        moved.append(r + 1)
        gained = gained or (not _filled(row, text_col) and _filled(new[r], text_col)) or (
            status_col is not None and not _filled(row, status_col)
            and isinstance(new[r][status_col], str) and is_status_word(new[r][status_col]))
    if not gained:
        return grid, []
    return replace(grid, rows=new), moved


#: A cell fits its field: a register id, wording, a status word, a name.
_REF = re.compile(r"\s*\d{3,6}\s*")


def _fits(fld: str, v: Any) -> bool:
    if blank(v):
        return False
    if fld == "ref":
        return isinstance(v, int) or (isinstance(v, str) and bool(_REF.fullmatch(v)))
    if not isinstance(v, str):
        return False
    if fld == "text":
        return len(v.split()) >= FREE_TEXT_WORDS
    if fld == "status":
        return is_status_word(v)
    if fld in ("owner", "report", "type"):
        return len(v.split()) < FREE_TEXT_WORDS and not is_status_word(v)
    return False


#: Fields a row's fit is judged by, and how many more must fit once moved.
_JUDGED = frozenset({"ref", "text", "status", "owner", "report", "type"})
_BETTER = 2


def _key(value: Any) -> str:
    return " ".join(str(value).lower().split()) if not blank(value) else ""


#: Share of the header's headings a row must repeat, a cell right, to be it.
_HEADINGS = 0.8


def _shifted_header(row: list[Any], heads: list[str], first: int) -> bool:
    """Whether a row is the header written one cell to the right."""
    named = [(c, h) for c, h in enumerate(heads) if h and c >= first]
    same = sum(c + 1 < len(row) and _key(row[c + 1]) == h for c, h in named)
    return len(named) >= 3 and same >= _HEADINGS * len(named)


def pasted_right(grid: Grid, header_row: int, mapping: dict[int, str], nonblank: list[int]
                 ) -> tuple[Grid, list[int]]:
    """Rows pasted one column to the right of the table (the first column left empty, the
    reference under the report, the text under the lead, the RAG under the update): moved
    back one cell where that makes the text fit and two more of its fields than as they
    stand. A row whose own text cell holds wording stays as it is."""
    text_col = next((c for c, f in mapping.items() if f == "text"), None)
    if text_col is None:
        return grid, []
    first = min(mapping)
    judged = [(c, f) for c, f in mapping.items() if f in _JUDGED]
    heads = [_key(h) for h in grid.rows[header_row - 1]]
    moved, new = [], None
    for r in nonblank:
        row = grid.rows[r - 1]
        if r > header_row and not _filled(row, first) and _shifted_header(row, heads, first):
            # The header repeated a cell right (a screen of the table pasted one column
            # over): moved back, it is read as the repeated header it is.
            new = new or [list(x) for x in grid.rows]
            new[r - 1] = row[:first] + row[first + 1:]
            moved.append(r)
            continue
        if r <= header_row or not _filled(row, first + 1) or _filled(row, first) or \
                _fits("text", row[text_col] if text_col < len(row) else None):
            continue
        left = row[:first] + row[first + 1:]
        if not _fits("text", left[text_col] if text_col < len(left) else None):
            continue
        now = sum(_fits(f, row[c] if c < len(row) else None) for c, f in judged)
        then = sum(_fits(f, left[c] if c < len(left) else None) for c, f in judged)
        if then >= now + _BETTER + 1:
            new = new or [list(x) for x in grid.rows]
            new[r - 1] = left
            moved.append(r)
    return (replace(grid, rows=new), moved) if new else (grid, [])
