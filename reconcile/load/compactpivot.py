"""A PivotTable in Excel's compact form, pasted as values: every row field in one "Row Labels"
column (the report, under it the type, under that the item's text, told apart only by their
indent, which a paste keeps and a reader of values does not), the column field's items as
columns (the status: "Awaiting review", "Being progressed", …) and "Grand Total" last. With the
register's id as the value field ("Sum of Rec ID"), an item's id sits under its status, and a
report's or type's row holds the sum of its items' ids: a number that looks like an id.

Read as a table it has no text column, or one whose rows are reports, types and items alike.
It is rewritten in place as the table it pictures: each item's row its text, report, type, id
and status; a report's or type's row its label alone, a heading over the rows below it.
"""

from __future__ import annotations

from typing import Any

from .. import vocab
from ..normalise.entries import ASKS
from ..normalise.types import type_named
from .grid import Grid, blank

#: Excel's captions of a compact pivot's row and grand-total headings.
_ROW_LABELS, _GRAND_TOTAL = "row labels", "grand total"
#: A pivot's label for an empty field value: a type not given.
_BLANK = "(blank)"
#: Words an item's text holds, at least, when it asks nothing ("Improve …" is an item's
#: wording; "PEEL: Police effectiveness 2016 – West Mercia Police" is a report's title).
_TEXT_WORDS = 12
#: Headings written over the table the pivot pictures.
HEADINGS = ["Recommendation", "Report", "Type", "Reference", "Status"]


def compact_pivot(grid: Grid) -> None:
    """Rewrite a compact pivot's rows as the table it pictures (in place; a note on the grid)."""
    found = _header(grid)
    if found is None:
        return
    h, states, total = found
    rows = []
    for r in range(h + 1, len(grid.rows)):
        label = grid.rows[r][0] if grid.rows[r] else None
        if isinstance(label, str) and label.strip():
            if vocab.key(label) == _GRAND_TOTAL:
                break
            rows.append((r, label.strip(), _number(_cell(grid.rows[r], total)) or 0))
    report = kind = None
    items = 0
    for k, (r, label, _) in enumerate(rows):
        row = grid.rows[r]
        filled = [c for c in states if c < len(row) and _number(row[c]) is not None]
        if (_is_item(label) and len(filled) == 1 and not _type_label(label)
                and not _heads_types(rows, k)):
            c = filled[0]
            grid.rows[r] = [label, report, kind, _number(row[c]), states[c]]
            items += 1
        elif _type_label(label):
            kind = None if label == _BLANK else label
            grid.rows[r] = [label]
        else:
            report, kind = label, None
            grid.rows[r] = [label]
    if not items:
        return
    grid.rows[h] = list(HEADINGS)
    note = (f"a PivotTable in compact form pasted as values ('Row Labels', statuses across, "
            f"'{grid.rows[h - 1][0] if h else 'values'}'): read as the table it pictures, each "
            "item's id the number under its status, its report and type the labels above it; "
            "the report and type rows' sums are no ids")
    grid.note = "; ".join(n for n in (grid.note, note) if n)


def _heads_types(rows: list[tuple[int, str, int]], k: int) -> bool:
    """Whether row k, just over a type's label, is a report's title (however long), not the
    last item of the type above it: that type's total is its items' sum, this row's with them."""
    if k + 1 >= len(rows) or not _type_label(rows[k + 1][1]):
        return False
    above = next((j for j in range(k - 1, -1, -1) if _type_label(rows[j][1])), None)
    if above is None:
        return True
    return rows[above][2] != sum(t for _, _, t in rows[above + 1:k + 1])


def _cell(row: list[Any], c: int) -> Any:
    return row[c] if c < len(row) else None


def _header(grid: Grid) -> tuple[int, dict[int, str], int] | None:
    """(row index, {column: status}, the grand total's column) of a compact pivot's heading."""
    for h, row in enumerate(grid.rows[:40]):
        cells = [(c, v) for c, v in enumerate(row) if not blank(v)]
        if (len(cells) >= 3 and cells[0][0] == 0 and isinstance(cells[0][1], str)
                and vocab.key(cells[0][1]) == _ROW_LABELS
                and isinstance(cells[-1][1], str) and vocab.key(cells[-1][1]) == _GRAND_TOTAL):
            states = {c: str(v).strip() for c, v in cells[1:-1]}
            return h, states, cells[-1][0]
    return None


def _type_label(label: str) -> bool:
    return label == _BLANK or bool(type_named(label))


def _is_item(label: str) -> bool:
    return bool(ASKS.search(label)) or len(label.split()) >= _TEXT_WORDS


def _number(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)) and float(value).is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None
