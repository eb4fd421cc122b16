"""A sheet's grid put right before its rows are walked: the repairs a paste or an export needs.

Each repair reads the grid it is given and returns a new one with a note saying what it did, so
the walk (`items._walked`) sees one row per record and each field under its own heading: a
query's record broken over rows joined, a PDF page's cells slid back, ditto marks read, rows
pasted a column right moved back, columns that are one field read as one, and Power Query's
file-name column set apart.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from .across import item_pairs, joined
from .alternates import alternate_columns
from .brokenrows import joined_records
from .copied import with_copies
from .ditto import read_dittos
from .grid import Grid
from .periods import read_latest
from .reheaded import reheaded
from .sheetfacts import one, rows_named
from .slid import pasted_right, unslid
from .subitems import placed_subitems
from .table import Table, table_of
from .textcols import merged_text, type_columns
from .walk import skipped_row

#: The column Excel's Power Query adds naming the file each row came from ("Source.Name").
_SOURCE_FILE = frozenset({"source name", "source file", "source file name"})
_FILE_NAME = re.compile(r".+\.(?:xlsx|xlsm|xls|csv|ods)\s*$", re.IGNORECASE)


def _source_columns(table: Table, nonblank: list[int]) -> list[int]:
    """Columns naming the file each row came from, in a table Power Query combined from a
    folder of returns: headed "Source.Name", or a file name on every row under the header."""
    out = []
    for c, k in enumerate(table.header_keys):
        if c in table.mapping:
            continue
        if k in _SOURCE_FILE:
            out.append(c)
            continue
        cells = [table.grid.value(r, c) for r in nonblank if r > table.header_row]
        if _FILE_NAME.match(str(table.headers[c] or "")) and cells and all(
                isinstance(v, str) and _FILE_NAME.match(v) for v in cells):
            out.append(c)
    return out


def without_source(table: Table, nonblank: list[int], filled_at: dict[int, list[int]],
                    formula_rows: set[int]) -> tuple[list[int], dict[int, list[int]]]:
    """The rows with content and their filled cells, Power Query's column naming each row's
    file (`_source_columns`) no cell of a row's own."""
    if not (source := _source_columns(table, nonblank)):
        return nonblank, filled_at
    filled_at = {r: [c for c in cols if c not in source] for r, cols in filled_at.items()}
    return [r for r in nonblank if filled_at.get(r) or r in formula_rows], filled_at


def records_joined(grid: Grid, header_row: int, nonblank: list[int], notes: list[str]
                    ) -> tuple[Grid, list[int], list[dict[str, Any]]]:
    """The sheet with each record a query's paste broke over rows on its first row
    (`brokenrows`), the rows left with content, and the rows its pieces took, explained."""
    joined, pieces = joined_records(grid, header_row, nonblank)
    if not pieces:
        return grid, nonblank, []
    why = ("the rest of the record above (a query's results pasted with line breaks inside "
           "its fields, each starting a new row): joined to it, read as one row")
    notes.append(f"{rows_named(pieces)} carry on the record above them: {why}")
    taken = set(pieces)
    return (joined, [r for r in nonblank if r not in taken],
            [skipped_row(grid, r, why) for r in pieces])


def columns_read_as_one(grid: Grid, header_row: int, choices: dict, side: str,
                         nonblank: list[int], notes: list[str]) -> tuple[Table, dict[int, str]]:
    """The table, with columns that are one field read as one: a field's two columns, each row
    filling one (`alternates`), a PDF page's rows slid a cell right read back, a status and
    an update per committee ("RAG Mar 2022" … "RAG Dec 2022"),
    a text column per type ("Recommendation" | "Area for Improvement"), a copy of the HMICFRS
    wording beside the force's own, rows under a second header read by its own columns
    (`reheaded`). Returns it and the type of each row its text column gave."""
    if "text" in choices and (copy := choices["text"].copy) is not None:
        grid = with_copies(grid, header_row, choices["text"])
        notes.append(f"'{grid.rows[header_row - 1][copy]}' copies the HMICFRS wording beside "
                     "some rows: read under each row's own wording")
    if "text" in choices:
        grid, note = reheaded(grid, header_row, choices["text"].col, nonblank)
        if note:
            notes.append(note)
    mapping = {c.col: fld for fld, c in choices.items()}
    if pairs := item_pairs(grid.rows[header_row - 1]):
        # "Rec 1 | Rec 1 status | Rec 2 | …": a report's items across its row, one list.
        grid, text_col, status_col = joined(grid, header_row, pairs)
        mapping = {c: f for c, f in mapping.items() if f not in ("text", "status")
                   and c not in (text_col, status_col)} | {text_col: "text", status_col: "status"}
        notes.append(f"items across the columns in {len(pairs)} pairs ('Rec 1' and its status "
                     "...): each row's read as a list of them")
    table = table_of(grid, header_row, mapping, side)
    grid, note = alternate_columns(grid, header_row, table, nonblank)
    if note:
        table = table_of(grid, header_row, table.mapping, side)
        notes.append(note)
    # A list pasted screen by screen may put one screen a column over, as a tracker may.
    for fix in (_slid_back, _dittos_read, _pasted_back) if side == "force" else (_pasted_back,):
        grid, note = fix(grid, header_row, table, nonblank)
        if note:
            table = table_of(grid, header_row, table.mapping, side)
            notes.append(note)
    # A status per list or review date ("Status at 4 January 2024" | "Status at 2 April
    # 2024"): the latest each row fills, on either side.
    grid, mapping, latest = read_latest(grid, header_row, table.mapping)
    if latest:
        table = table_of(grid, header_row, mapping, side)
        notes += latest
    typed: dict[int, str] = {}
    if types := type_columns(grid, header_row, table.headers, table.mapping, table.text_col):
        grid, typed = merged_text(grid, header_row, table.text_col, types)
        table = table_of(grid, header_row, table.mapping, side)
        notes.append("the text is in whichever of " + ", ".join(
            f"'{table.name(c)}'" for c in types) + " a row fills; its type is that column's")
    return table, typed


def _slid_back(grid: Grid, header_row: int, table: Table, nonblank: list[int]
               ) -> tuple[Grid, str]:
    """A PDF page converted a cell to the right from the status on (`slid.unslid`)."""
    grid, moved = unslid(grid, header_row, table.text_col, table.status_col, nonblank)
    return grid, (f"{rows_named(moved)} sat one cell right of their headings, the last past "
                  "the table's last heading (a converted PDF page): read one cell to the left"
                  if moved else "")


def _dittos_read(grid: Grid, header_row: int, table: Table, nonblank: list[int]
                 ) -> tuple[Grid, str]:
    """Ditto marks for the value above (`ditto`)."""
    grid, n = read_dittos(grid, header_row, table.mapping, nonblank)
    return grid, (f"{n} ditto mark{'s' if n != 1 else ''} ('\"', 'Ditto', 'As above', 'As No. "
                  "23') read as the value of the row above, or of the row so numbered"
                  if n else "")


def subitems_placed(table: Table, side: str, nonblank: list[int], notes: list[str]
                    ) -> tuple[Table, list[int], list[dict[str, Any]]]:
    """The table with a board's subitems under its headings (`subitems`), the rows left with
    content, and the subitems' header rows, explained."""
    if side != "force":
        return table, nonblank, []
    grid, heads = placed_subitems(table.grid, table.header_row, nonblank)
    if not heads:
        return table, nonblank, []
    rows = [r for r, _ in heads]
    notes.append(f"{rows_named(rows)} {one(rows, 'heads', 'head')} an item's subitems (a "
                 "board's export, shifted a column right): each subitem read under the "
                 "board's headings, as a part of the item above")
    gone = set(rows)
    return (dataclasses.replace(table_of(grid, table.header_row, table.mapping, side),
                                gaps=frozenset(gone)),
            [r for r in nonblank if r not in gone],
            [skipped_row(table.grid, r, why) for r, why in heads])


def _pasted_back(grid: Grid, header_row: int, table: Table, nonblank: list[int]
                 ) -> tuple[Grid, str]:
    """Rows pasted one column to the right (`slid.pasted_right`)."""
    grid, moved = pasted_right(grid, header_row, table.mapping, nonblank)
    return grid, (f"{rows_named(moved)} {one(moved, 'was', 'were')} pasted one column to the "
                  "right (the first column empty, the text under the next heading): read one "
                  "cell to the left" if moved else "")
