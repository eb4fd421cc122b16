"""A tracker kept over several committee cycles by adding columns, not rows: "RAG Mar 2022",
"RAG Jun 22", "RAG Sep 2022", … each with its "Update …" beside it.

An item's status is the latest of those cells it has filled (an item stops being updated once
it is done; a new one has only the latest columns), and so is its progress. The sheet is read
as if it had one status and one progress column: the latest, each cell holding the row's latest
filled value, so every later step sees an ordinary tracker.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .. import vocab
from ..normalise import builtin_statuses, norm_status
from .grid import Grid, blank

_MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}  # noqa: SIM905
#: The period a heading names: "Mar 2022", "Jun 22", "Q3 2022/23", "31/03/2023", "2022".
_MONTH_YEAR = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s'-]*"
                         r"((?:19|20)?\d\d)\b", re.IGNORECASE)
_QUARTER = re.compile(r"\bq([1-4])\b\W*((?:19|20)?\d\d)(?:\s*/\s*(?:19|20)?\d\d\b)?", re.IGNORECASE)
_DATE = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)?\d\d)\b")
#: "Status at 2 April 2024", "as at 15th Feb 2024": a day, a month's name, a year.
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|"
                             r"oct|nov|dec)[a-z]*\.?\s+((?:19|20)?\d\d)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


def _year(text: str) -> int:
    y = int(text)
    return y + 2000 if y < 100 else y


def period(heading: str) -> tuple[int, int, int] | None:
    """(year, month, day) a column heading names, or None: when its values were written."""
    if m := _DATE.search(heading):
        return _year(m.group(3)), int(m.group(2)), int(m.group(1))
    if m := _DAY_MONTH_YEAR.search(heading):
        return _year(m.group(3)), _MONTHS[m.group(2).lower()[:3]], int(m.group(1))
    if m := _MONTH_YEAR.search(heading):
        return _year(m.group(2)), _MONTHS[m.group(1).lower()[:3]], 0
    if m := _QUARTER.search(heading):
        return _year(m.group(2)), 3 * int(m.group(1)), 0
    if m := _YEAR.search(heading):
        return int(m.group(1)), 0, 0
    return None


def _undated(heading: str) -> str:
    """The heading without its period, nor the words saying which list or date it is: "RAG
    Jun 22" and "RAG Dec 2022", "Status on list of 04/12/2023" and "Status on this list
    (11/03/2024)" are one column's kind."""
    for pattern in (_DATE, _DAY_MONTH_YEAR, _MONTH_YEAR, _QUARTER, _YEAR):
        heading = pattern.sub(" ", heading)
    return " ".join(w for w in vocab.key(heading).split() if w not in _WHICH)


#: Words a dated heading uses to say which list or review it is, not what it holds.
_WHICH = frozenset({"on", "list", "of", "this", "at", "as", "the", "previous", "last",
                    "current", "latest", "new", "old"})


def dated_columns(headers: list[Any], col: int | None) -> list[int]:
    """The columns of `col`'s kind, one per period, latest last; [] unless there are two or
    more, each heading a period ("RAG Mar 2022" … "RAG Dec 2022", "Sep 2022 update")."""
    if col is None or col >= len(headers) or not isinstance(headers[col], str):
        return []
    kind = _undated(headers[col])
    if not kind or period(headers[col]) is None:
        return []
    same = [(period(h), c) for c, h in enumerate(headers)
            if isinstance(h, str) and period(h) is not None and _undated(h) == kind]
    if len(same) < 2 or len({p for p, _ in same}) < len(same):
        return []
    return [c for _, c in sorted(same)]


def latest_filled(grid: Grid, header_row: int, cols: list[int]) -> Grid:
    """The grid with the last of `cols` holding, on each row below the header, the latest of
    them the row fills."""
    last = cols[-1]
    rows = [list(row) for row in grid.rows]
    for r in range(header_row, len(rows)):
        row = rows[r]
        value = next((row[c] for c in reversed(cols) if c < len(row) and not blank(row[c])), None)
        if value is not None:
            row.extend([None] * (last + 1 - len(row)))
            row[last] = value
    return replace(grid, rows=rows)


#: Share of a bare period column's filled cells that must be status words ("3 - On track").
_STATUS_SHARE = 0.6


def _graded_periods(grid: Grid, header_row: int, headers: list[Any],
                    mapping: dict[int, str]) -> list[int]:
    """Columns headed by a period alone ("Q3 23/24", "Q4 23/24") whose cells are statuses:
    an owner's rating each quarter, where no heading names the status. Latest last."""
    bare = [(p, c) for c, h in enumerate(headers) if c not in mapping and isinstance(h, str)
            and (p := period(h)) is not None and not _undated(h)]
    if len(bare) < 2 or len({p for p, _ in bare}) < len(bare):
        return []
    table = builtin_statuses("force")
    for _, c in bare:
        cells = [row[c] for row in grid.rows[header_row:] if c < len(row) and not blank(row[c])]
        said = sum(isinstance(v, str) and norm_status(v, table) not in ("", "unknown")
                   for v in cells)
        if not cells or said < _STATUS_SHARE * len(cells):
            return []
    return [c for _, c in sorted(bare)]


def read_latest(grid: Grid, header_row: int, mapping: dict[int, str]
                ) -> tuple[Grid, dict[int, str], list[str]]:
    """Status and progress read from the latest of their dated columns: (grid, mapping, notes)."""
    headers = grid.rows[header_row - 1]
    notes = []
    mapping = dict(mapping)
    if "status" not in mapping.values() and (cols := _graded_periods(grid, header_row, headers,
                                                                      mapping)):
        grid = latest_filled(grid, header_row, cols)
        mapping[cols[-1]] = "status"
        names = ", ".join(f"'{str(headers[c]).strip()}'" for c in cols)
        notes.append(f"status read from the latest of {names} each row fills (columns headed "
                     f"by a period alone, their cells status words)")
    for fld in ("status", "progress"):
        col = next((c for c, f in mapping.items() if f == fld), None)
        cols = dated_columns(headers, col)
        if not cols or mapping.get(cols[-1], fld) != fld:
            continue
        grid = latest_filled(grid, header_row, cols)
        del mapping[col]
        mapping[cols[-1]] = fld
        names = ", ".join(f"'{str(headers[c]).strip()}'" for c in cols)
        notes.append(f"{fld} read from the latest of {names} each row fills")
    return grid, mapping, notes
