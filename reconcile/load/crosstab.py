"""A list kept as a PivotTable and pasted as values (a committee pack's copy, a PCC office's
count): no status column, but one column per status ("Awaiting review | Being progressed |
Complete | Superseded | (blank)"), each item's count of 1 under its own, a Grand Total beside.
Read as a person reads the pivot: the item's status is the heading of the column its count is
in; "(blank)" is the pivot's word for an item with no status.
"""

from __future__ import annotations

import re
from typing import Any

from .. import vocab
from .blocks import legend_entries
from .columns import field_named, is_status_word, status_words
from .grid import Grid
from .sheetfacts import at_cell, rows_named

#: The pivot's heading for items with no value in the field.
_BLANK = frozenset({"(blank)", "(blanks)", "(none)", "blank"})
#: A count, a tick or a cross marking the item's column.
_MARK = re.compile(r"\s*(?:[1-9]\d?(?:\.0)?|[xXyY✓✔])\s*")
#: At least this many status columns, and items marked in exactly one of them.
_COLUMNS, _ITEMS = 2, 3


def _marked(v: Any) -> bool:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return v == v and 0 < v < 100
    return isinstance(v, str) and bool(_MARK.fullmatch(v))


def _status_heading(h: str) -> bool:
    """A pivot's column of one status: its heading a status word, not a field's heading that
    opens with one ("Due Date", "% Complete": a date's, a percentage's)."""
    if "%" in h or not is_status_word(h):
        return False
    k = vocab.key(h)
    return k in status_words() or field_named(k, "force") is None


def status_columns(headers: list[Any], codes: dict[str, str] | None = None) -> list[int]:
    """Columns headed by a status word (or the pivot's "(blank)"), or by a code the sheet's
    key spells out as one ("AR = Awaiting review"), two known at least."""
    codes = codes or {}
    cols = [c for c, h in enumerate(headers) if isinstance(h, str)
            and (h.strip().lower() in _BLANK or _status_heading(h) or h.strip() in codes)]
    known = [c for c in cols if str(headers[c]).strip().lower() not in _BLANK]
    return cols if len(known) >= _COLUMNS else []


def _status_codes(grid: Grid, items: list[dict[str, Any]]) -> dict[str, str]:
    """The sheet's key of status codes, read from its rows that hold no item: code ->
    the status word it stands for."""
    held = {item["row"] for item in items}
    rows = [r for r in range(1, len(grid.rows) + 1) if r not in held]
    return {code.strip(): meaning for code, meaning in legend_entries(grid, rows)
            if is_status_word(meaning)}


def status_from_columns(grid: Grid, headers: list[Any], mapping: dict[int, str],
                        items: list[dict[str, Any]], notes: list[str]) -> None:
    """Each item's status from the status column its count is in (in place), where the
    sheet has no status column of its own. An item marked in none or in two keeps what it
    had. A column claimed for another field ("Being progressed" read as progress) gives it
    up: it holds counts."""
    codes = _status_codes(grid, items)
    cols = status_columns(headers, codes)
    if not cols:
        return
    read, marked_in = [], {}
    for item in items:
        hits = [c for c in cols if _marked(at_cell(grid, item["row"], c))]
        if len(hits) == 1:
            marked_in[id(item)] = hits[0]
    if len(marked_in) < _ITEMS:
        return
    claimed = [fld for c in cols if (fld := mapping.get(c)) is not None]
    for item in items:
        for fld in claimed:
            item[fld] = None          # a count, not that field's words
        if (c := marked_in.get(id(item))) is None:
            continue
        word = str(headers[c]).strip()
        item["status"] = (None if word.lower() in _BLANK else
                          f"{codes[word]} (ticked under '{word}')" if word in codes else word)
        read.append(item["row"])
    names = ", ".join(f"'{str(headers[c]).strip()}'" for c in cols)
    notes.append(f"no status column: each item's status is the heading of the column its count "
                 f"is in ({names}; a pivot pasted as values): {rows_named(read)}")



#: A pivot's row closing a group: "<report> Total".
_GROUP_TOTAL = re.compile(r"\s*(.+?)\s+total\s*$", re.IGNORECASE)


def _closes(row: list[Any], col: int) -> str | None:
    """The group's name when the row closes one ("PEEL 2017 Total"), else None."""
    v = row[col] if col < len(row) else None
    m = _GROUP_TOTAL.fullmatch(v) if isinstance(v, str) else None
    return m.group(1) if m and m.group(1).strip().lower() != "grand" else None


def reports_by_subtotals(grid: Grid, header_row: int, mapping: dict[int, str],
                         items: list[dict[str, Any]], notes: list[str]) -> None:
    """A pivot shows a group's report (and its date) once, on its first row, and closes the
    group with "<report> Total": the rows between are that report's (in place). Only where
    the closing row names the report the group's first row gives, and the others give none:
    a sheet sorted after its merged cells were undone has no such rows, and its blanks stay
    blank."""
    col = next((c for c, f in mapping.items() if f == "report"), None)
    if col is None:
        return
    ends = [(r, name) for r in range(header_row + 1, len(grid.rows) + 1)
            if (name := _closes(grid.rows[r - 1], col))]
    if len(ends) < _COLUMNS:
        return
    rows = sorted(items, key=lambda item: item["row"])
    filled, start = [], header_row
    for end, name in ends:
        group = [item for item in rows if start < item["row"] < end]
        start = end
        if len(group) < 2 or not isinstance(first := group[0].get("report"), str) or \
                " ".join(first.split()).lower() != " ".join(name.split()).lower() or \
                any(item.get("report") for item in group[1:]):
            continue
        for item in group[1:]:
            item["report"] = first
            if item.get("published") is None:
                item["published"] = group[0].get("published")
            filled.append(item["row"])
    if filled:
        notes.append(f"a pivot's report shown once per group, the group closed by its "
                     f"'<report> Total' row: {rows_named(filled)} read under their group's report")
