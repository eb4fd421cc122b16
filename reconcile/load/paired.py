"""A column holding two facts in each cell, typed around a slash under a heading naming both:
"Lead / target date" over "ACC Crime / Mar 16", "RAG / as at" over "A / 14.02.25", "Report /
published" over "PEEL 21/22 / 24.05.22" (a committee paper's table kept on in Excel). Split in
two before the header is looked for: the first fact stays in its column under the heading's
first half, the second goes to a new column after the last under the second half, so every
other cell keeps its place (and its fill, read by position). A cell that does not split stays
whole in its column.
"""

from __future__ import annotations

import re
from typing import Any

from .columns import header_claims
from .grid import Grid, blank
from .header import HEADER_SEARCH_ROWS, header_key
from .sheetfacts import column_letter

#: What a person types between the two facts: a slash with a space either side ("21/22" and
#: "n/a" are one fact each).
_APART = re.compile(r"\s+/\s+")
#: Words a heading's half holds at most.
_HALF_WORDS = 4
#: Share of the column's filled cells below the heading that must split in two, and how many.
_SPLIT, _CELLS = 0.8, 3
#: A fact is short: a name, a date, a code (longer is a sentence that happens to hold a slash).
_FACT_CHARS = 60


def _halves(value: Any) -> list[str] | None:
    if not isinstance(value, str):
        return None
    parts = [p.strip() for p in _APART.split(value.strip())]
    return parts if len(parts) == 2 and all(parts) else None


def _cell_halves(value: Any) -> list[str | None] | None:
    """A cell's two facts; the first may be left out ("/ 14.02.25": no RAG given)."""
    if isinstance(value, str) and value.strip().startswith("/ "):
        rest = value.strip()[2:].strip()
        return [None, rest] if rest and "/ " not in rest else None
    return _halves(value)


def _paired_heading(value: Any, side: str) -> list[str] | None:
    """The two halves of a heading naming two fields, the first a field of its own and the
    second none or another ("RAG / as at", "Lead / target date"); else None."""
    halves = _halves(value)
    if halves is None or any(len(h.split()) > _HALF_WORDS for h in halves):
        return None
    first = {f for f, _, _ in header_claims(header_key(halves[0]), side)}
    second = {f for f, _, _ in header_claims(header_key(halves[1]), side)}
    return halves if first and not first & second else None


def _splits(grid: Grid, r: int, c: int) -> bool:
    """Whether the filled cells under row r in column c mostly hold two short facts."""
    cells = [row[c] for row in grid.rows[r:] if c < len(row) and not blank(row[c])]
    two = [h for v in cells if (h := _cell_halves(v)) and all(len(p or "") <= _FACT_CHARS for p in h)]
    return len(two) >= _CELLS and len(two) >= _SPLIT * len(cells)


def split_pairs(grid: Grid, side: str) -> str:
    """Split each column of two facts a cell in two, in place; a note of it, or ''."""
    for r, row in enumerate(grid.rows[:HEADER_SEARCH_ROWS], start=1):
        found = [(c, h) for c, v in enumerate(row) if (h := _paired_heading(v, side))
                 and _splits(grid, r, c)]
        if not found:
            continue
        width = max(len(x) for x in grid.rows)
        said = []
        for k, (c, (first, second)) in enumerate(found):
            new = width + k
            for q in range(r - 1, len(grid.rows)):
                cells = grid.rows[q]
                parts = ([first, second] if q == r - 1
                         else _cell_halves(cells[c] if c < len(cells) else None))
                if parts is None:
                    continue
                cells.extend([None] * (new + 1 - len(cells)))
                cells[c], cells[new] = parts
            said.append(f"column {column_letter(c + 1)} ('{first} / {second}') holds two facts a "
                        f"cell: read as '{first}' and '{second}' (column {column_letter(new + 1)})")
        return "; ".join(said)
    return ""
