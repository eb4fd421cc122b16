"""Read .xlsx / .xlsm: values with calamine, the rest from the sheet XML, styles only when asked.

calamine (Rust) reads a 30,000-row tracker more than ten times faster than openpyxl's normal
mode. It gives the values (formula results as Excel saved them), merged ranges and which
sheets are hidden. What it does not see is read from each sheet's XML (``xlsx_xml``: formulas
with no saved result, Excel error values, hidden rows and columns), and bold and fills are
looked up only for the few cells whose style decides something (``xlsx_styles``). A sheet
calamine cannot hold safely (cells reaching far beyond the data, or cells that do not say where
they are) sends the whole workbook to openpyxl (``xlsx_openpyxl``): slower, but it keeps only
the cells that exist.

Values read as openpyxl read them: whole numbers as int (a reference 8803, not 8803.0), dates
as datetime, error cells as their text ('#REF!'), the covered cells of a merge empty. One
difference: Excel's escapes in text (``_x000D_`` for a carriage return) are decoded, as Excel
shows them; openpyxl left them as written. Macros are never run or read.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..errors import InputError
from .grid import Grid
from .links import read_link
from .xlsx_styles import SheetStyles, Stylesheet
from .xlsx_xml import (
    SheetXml,
    cell_links,
    cell_notes,
    scan_sheet,
    sheet_parts,
    struck_cells,
    struck_strings,
)

#: Largest sheet rectangle (rows x columns) handed to calamine, which holds it densely: about
#: 160 MB. A 30,000-row tracker with 10 columns is 300,000.
MAX_DENSE_CELLS = 5_000_000
_SAVE_AGAIN = "Open it in Excel and save it again as .xlsx, then run again."

Merge = tuple[tuple[int, int], tuple[int, int]]


def read_xlsx(path: Path) -> list[Grid]:
    """Every worksheet (chart sheets hold no rows) as a Grid."""
    try:
        facts = _scan(path)
        grids = None
        if facts is not None and all(f.located and f.max_row * f.max_col <= MAX_DENSE_CELLS
                                     for f in facts.values()):
            grids = _read_calamine(path, facts)
        if grids is None:
            from .xlsx_openpyxl import read_openpyxl

            grids = read_openpyxl(path)
    except InputError:
        raise
    except zipfile.BadZipFile as exc:
        raise InputError(f"{path}: is damaged: a part of the workbook cannot be unpacked ({exc}). "
                         f"{_SAVE_AGAIN}") from exc
    except BaseException as exc:  # calamine's Rust panics are BaseExceptions, not Exceptions
        if not isinstance(exc, Exception) and type(exc).__name__ != "PanicException":
            raise
        raise _unreadable(path, exc) from exc
    for grid in grids:
        fact = (facts or {}).get(grid.name)
        grid.uncalculated = fact.uncalculated if fact else frozenset()
        last = max((r for r, _ in grid.uncalculated), default=0)
        grid.rows.extend([] for _ in range(last - len(grid.rows)))
    return grids


def _unreadable(path: Path, exc: BaseException) -> InputError:
    # defusedxml's refusals (EntitiesForbidden, ...) wrapped by openpyxl; calamine's own
    # ("unrecognized entity"): an entity in a part the prolog check did not see.
    causes = {type(e).__module__ for e in (exc, exc.__cause__, exc.__context__) if e}
    if "defusedxml.common" in causes or _declares_entities(path):
        return InputError(f"{path}: contains XML entity declarations, which Excel never writes "
                          "(an 'XML bomb' or an attempt to read other files); it was not opened. "
                          "Check where it came from.")
    return InputError(f"{path}: cannot be read as an Excel workbook ({type(exc).__name__}: "
                      f"{exc}). {_SAVE_AGAIN}")


def _declares_entities(path: Path) -> bool:
    """Whether any XML part declares a DTD (read only on the way to an error message)."""
    try:
        with path.open("rb") as fh, zipfile.ZipFile(fh) as zf:
            for info in zf.infolist():
                if info.filename.lower().endswith((".xml", ".rels")):
                    with zf.open(info) as fh:
                        head = fh.read(65536)
                    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                        return True
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError):
        return False
    return False


def _scan(path: Path) -> dict[str, SheetXml] | None:
    """Sheet name -> what its XML says; None when the package's parts cannot be mapped (then
    openpyxl reads it, and says what is wrong)."""
    with path.open("rb") as fh, zipfile.ZipFile(fh) as zf:
        try:
            parts = sheet_parts(zf)
        except (KeyError, ValueError, SyntaxError):  # ParseError is a SyntaxError
            return None
        names = set(zf.namelist())
        struck = struck_strings(zf)
        facts = {}
        for name, part in parts.items():
            if part in names:
                data = zf.read(part)
                fact = scan_sheet(part, data)
                if (struck or b"strike" in data) and (cells := struck_cells(data, struck)):
                    fact = replace(fact, struck=cells)
                if links := cell_links(zf, part, data):
                    fact = replace(fact, links=links)
                if notes := cell_notes(zf, part):
                    fact = replace(fact, notes=notes)
                facts[name] = fact
        return facts


def _read_calamine(path: Path, facts: dict[str, SheetXml]) -> list[Grid] | None:
    """The grids, or None if a sheet has no facts to check it against."""
    from python_calamine import CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

    # The enum is not hashable: compare, do not look up.
    visibility = ((SheetVisibleEnum.Hidden, "hidden"), (SheetVisibleEnum.VeryHidden, "very hidden"))
    stylesheet = Stylesheet(path)
    grids = []
    with path.open("rb") as fh:
        wb = CalamineWorkbook.from_filelike(fh)
        try:
            for meta in wb.sheets_metadata:
                if meta.typ != SheetTypeEnum.WorkSheet:
                    continue
                fact = facts.get(meta.name)
                if fact is None:
                    return None
                sheet = wb.get_sheet_by_name(meta.name)
                merges: list[Merge] = list(sheet.merged_cell_ranges or [])
                rows = [_row(values) for values in sheet.to_python(skip_empty_area=False)]
                hidden = next((word for state, word in visibility if meta.visible == state), "")
                grids.append(_grid(meta.name, rows, merges, fact, hidden,
                                   SheetStyles(stylesheet, fact.part, merges)))
        finally:
            wb.close()
    return grids


def _row(values: list[Any]) -> list[Any]:
    """One calamine row as openpyxl gave it: no '' for empty, whole numbers as int, dates as
    datetime, no trailing empties."""
    out: list[Any] = []
    for v in values:
        kind = type(v)
        if kind is str:
            out.append(v or None)
        elif kind is float:
            out.append(int(v) if v.is_integer() and abs(v) < 2**53 else v)
        elif kind is dt.date:   # calamine gives a date for midnight; openpyxl a datetime
            out.append(dt.datetime(v.year, v.month, v.day))
        else:
            out.append(v)
    while out and out[-1] is None:
        out.pop()
    return out


def _put(rows: list[list[Any]], r: int, c: int, value: Any) -> None:
    """Set 0-based (r, c), growing the rows and the row as needed."""
    while len(rows) <= r:
        rows.append([])
    row = rows[r]
    if len(row) <= c:
        row.extend([None] * (c + 1 - len(row)))
    row[c] = value


def _grid(name: str, rows: list[list[Any]], merges: list[Merge], fact: SheetXml, hidden: str,
          styles: SheetStyles) -> Grid:
    for (r, c), text in fact.errors.items():   # calamine reads error cells as blanks
        _put(rows, r - 1, c - 1, text)
    # "View on HMICFRS" linking to the item's register page, "View report" to the report's:
    # the cell says what the link opens.
    for (r, c), address in fact.links:
        value = rows[r - 1][c - 1] if r - 1 < len(rows) and c - 1 < len(rows[r - 1]) else None
        if (read := read_link(address, value)) is not None:
            _put(rows, r - 1, c - 1, read)
    # openpyxl emptied the covered cells of a merge; Excel shows only the first cell's value.
    for (r0, c0), (r1, c1) in merges:
        for r in range(r0, min(r1, len(rows) - 1) + 1):
            row = rows[r]
            for c in range(c0 + (r == r0), min(c1, len(row) - 1) + 1):
                row[c] = None
            while row and row[-1] is None:
                row.pop()
    while rows and not rows[-1]:
        rows.pop()
    last = len(rows)
    # Merged report cells fill their group downwards; a title merged across columns is
    # remembered as "wide" (a cue for a report-title row), never copied sideways.
    wide: set[tuple[int, int]] = set()
    down: set[tuple[int, int]] = set()
    for (r0, c0), (r1, c1) in merges:
        top = rows[r0][c0] if r0 < last and c0 < len(rows[r0]) else None
        for r in range(r0, min(r1, last - 1) + 1):
            if top is not None:
                _put(rows, r, c0, top)
                if r > r0:
                    down.add((r + 1, c0))
            if c1 > c0:
                wide.add((r + 1, c0 + 1))
    hidden_rows = tuple(r for r in fact.hidden_rows if r <= last)
    return Grid(name, rows, wide, styles, hidden, hidden_rows, fact.hidden_cols,
                notes={(r, c - 1): text for (r, c), text in fact.notes},
                struck={(r, c - 1): text for (r, c), text in fact.struck},
                outline=dict(fact.outline), merged_down=frozenset(down),
                page_header=fact.page_header)
