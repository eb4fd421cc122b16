"""The tables of a workbook reconcile wrote (or its CSV), found by their headings, so that
sorted, filtered, hidden and added columns do not matter."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .. import vocab
from ..load import read_grids
from ..load.text import unescape_formula
from .records import cell_text

#: Field names, as the flat CSV heads its columns; and headings, as the workbook (or a sheet
#: of it saved as CSV) does.
_FIELDS = {f: f for f in (*vocab.HEADINGS, "category", "decision")}
_HEADINGS = {vocab.key(h): f for f, h in vocab.HEADINGS.items()}
_ROW_FIELDS, _TEXT_FIELDS = {"hmicfrs_row", "force_row"}, {"hmicfrs_text", "force_text"}


@dataclass(frozen=True)
class Table:
    """One sheet of a workbook reconcile wrote (or its CSV), its columns found by heading."""

    sheet: str
    fields: frozenset[str]
    rows: list[tuple[int, dict[str, str]]]     # (Excel row, field -> text)
    #: a second column headed like a person's field ("Decision" added again), with values
    #: that are not read: (its heading, how many cells hold something)
    unread: tuple[tuple[str, int], ...] = ()
    #: Decision cells holding a formula with no saved result (a file saved by a program
    #: that does not calculate): their Excel rows
    formulas: tuple[int, ...] = ()

    @property
    def is_log(self) -> bool:
        return "kind" in self.fields


def read_tables(path: Path) -> tuple[list[Table], str, int]:
    """Every sheet with a table of items or decisions, the run date the file states, and how
    many returned files the run that wrote it read decisions from (its Run info says)."""
    grids, _ = read_grids(path)
    tables, run_on = [], ""
    earlier = sum(1 for grid in grids if grid.name == vocab.RUN_INFO_SHEET for row in grid.rows
                  if row and vocab.key(cell_text(row[0])) == "decisions file")
    for grid in grids:
        for r, row in enumerate(grid.rows[:10], start=1):
            if not run_on and len(row) > 1 and vocab.key(cell_text(row[0])) == "run on":
                run_on = cell_text(row[1])
            fields = _fields(row)
            if _is_heading(set(fields)):
                table = _table(grid.name, fields, grid.rows[r:], r + 1,
                               ours_csv=path.suffix.lower() == ".csv")
                if grid.uncalculated and "signoff_decision" in table.fields:
                    c = fields.index("signoff_decision") + 1
                    table = replace(table, formulas=tuple(sorted(
                        row for row, col in grid.uncalculated if col == c and row > r)))
                tables.append(table)
                break
    return tables, run_on, earlier


def _fields(row: list[Any]) -> list[str | None]:
    """The field of each column of a heading row (the flat CSV's own names when it is one:
    its 'decision' column is the tool's, not a person's)."""
    texts = [cell_text(v) for v in row]
    if {"item_id", "signoff_decision", "hmicfrs_row", "force_row"} & set(texts):
        return [_FIELDS.get(t) for t in texts]
    return [_HEADINGS.get(vocab.key(t)) if t else None for t in texts]


def _is_heading(fields: set[str | None]) -> bool:
    # Item ID: written by this version; row and text columns: by an older one, or by a lead
    # who deleted the hidden Item ID column.
    return "item_id" in fields or bool(_TEXT_FIELDS & fields and _ROW_FIELDS & fields)


def _table(sheet: str, fields: list[str | None], body: list[list[Any]], first: int,
           ours_csv: bool = False) -> Table:
    """`ours_csv`: a CSV, whose formula-like texts carry the flat CSV's leading ' (only a CSV
    does: in a workbook a leading ' is the person's own text)."""
    clean = unescape_formula if ours_csv else (lambda v: v)
    cols: dict[str, int] = {}
    again: list[tuple[int, str]] = []
    for c, fld in enumerate(fields):
        if fld and fld not in cols:
            cols[fld] = c
        elif fld and fld.startswith("signoff_"):
            again.append((c, fld))
    rows = [(k, {f: cell_text(clean(values[c])) if c < len(values) else ""
                 for f, c in cols.items()})
            for k, values in enumerate(body, start=first) if any(cell_text(v) for v in values)]
    unread = tuple((vocab.HEADINGS[fld], n) for c, fld in again
                   if (n := sum(1 for values in body if c < len(values) and cell_text(values[c]))))
    return Table(sheet, frozenset(cols), rows, unread)
