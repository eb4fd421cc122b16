"""Read .xlsx / .xlsm with openpyxl: values (formula results as saved), merges, what is hidden.

openpyxl's normal mode is used, not read-only mode: read-only mode cannot see merged cells or
styles. Values are taken from the cells that exist, not from the sheet's whole rectangle, so a
stray value at XFD1048576 costs one cell, not 17 billion. Macros are never loaded
(``keep_vba=False``); external links are not followed. Formula cells give the result Excel
saved; a formula with no saved result (a file written by a program that does not calculate)
is found by scanning the sheet XML, and reported rather than read as a silent blank.
"""

from __future__ import annotations

import re
import warnings
import zipfile
from pathlib import Path, PurePosixPath
from typing import Any

from ..errors import InputError
from . import colour
from .grid import Grid

_EMPTY: tuple[()] = ()
_SAVE_AGAIN = "Open it in Excel and save it again as .xlsx, then run again."


class _Styles:
    """Bold and fill of one openpyxl sheet, looked up only when asked, fills cached by style."""

    def __init__(self, cells: dict, theme: tuple[str, ...], palette: Any) -> None:
        self._cells = cells
        self._theme = theme
        self._palette = palette
        self._fills: dict[int, str | None] = {}

    def bold(self, row: int, col: int) -> bool:
        cell = self._cells.get((row, col))
        return bool(cell is not None and cell.has_style and cell.font is not None and cell.font.b)

    def fill(self, row: int, col: int) -> str | None:
        cell = self._cells.get((row, col))
        if cell is None or not cell.has_style:
            return None
        fill_id = cell._style.fillId
        if fill_id not in self._fills:
            self._fills[fill_id] = colour.fill_family(cell.fill, self._theme, self._palette)
        return self._fills[fill_id]


def read_xlsx(path: Path) -> list[Grid]:
    """Every worksheet (chart sheets hold no rows) as a Grid."""
    import openpyxl
    from openpyxl.styles.colors import COLOR_INDEX

    try:
        with warnings.catch_warnings(), path.open("rb") as fh:
            # openpyxl warns about features it drops (data validation, slicers): noise here.
            warnings.simplefilter("ignore")
            # A file object, not the name: openpyxl refuses names not ending .xlsx/.xlsm even
            # when the bytes are a workbook.
            wb = openpyxl.load_workbook(fh, data_only=True, keep_vba=False, keep_links=False,
                                        rich_text=False)
            palette = getattr(wb, "_colors", None) or COLOR_INDEX  # custom palette, if any
            grids = [_grid(ws, colour.theme_colours(wb.loaded_theme), palette)
                     for ws in wb.worksheets]
    except InputError:
        raise
    except zipfile.BadZipFile as exc:
        raise InputError(f"{path}: is damaged: a part of the workbook cannot be unpacked ({exc}). "
                         f"{_SAVE_AGAIN}") from exc
    except Exception as exc:  # openpyxl raises KeyError, ValueError, ParseError, its own types
        name = type(exc).__name__
        # defusedxml's refusals (EntitiesForbidden, DTDForbidden, ...), often wrapped by openpyxl.
        causes = {type(e).__module__ for e in (exc, exc.__cause__, exc.__context__) if e}
        if "defusedxml.common" in causes:
            raise InputError(f"{path}: contains XML entity declarations, which Excel never "
                             "writes (an 'XML bomb' or an attempt to read other files); it was "
                             "not opened. Check where it came from.") from exc
        raise InputError(f"{path}: cannot be read as an Excel workbook ({name}: {exc}). "
                         f"{_SAVE_AGAIN}") from exc
    uncalculated = _uncalculated_formulas(path)
    for grid in grids:
        grid.uncalculated = uncalculated.get(grid.name, frozenset())
        last = max((r for r, _ in grid.uncalculated), default=0)
        grid.rows.extend([] for _ in range(last - len(grid.rows)))
    return grids


def _grid(ws: Any, theme: tuple[str, ...], palette: Any) -> Grid:
    # The sheet's own cell store (openpyxl 3.x): only the cells that exist, in file order.
    cells: dict[tuple[int, int], Any] | None = getattr(ws, "_cells", None)
    if cells is None:  # pragma: no cover - a future openpyxl without it: the public, slower way
        cells = {(c.row, c.column): c for row in ws.iter_rows() for c in row}
    last = 0
    for (r, _c), cell in cells.items():
        if r > last and cell.value is not None:
            last = r
    # One shared empty row until a row gets a value: a stray cell at row 1,048,576 must not
    # cost a million lists.
    rows: list[Any] = [_EMPTY] * last
    for (r, c), cell in cells.items():
        value = cell.value
        if value is None:
            continue
        row = rows[r - 1]
        if row is _EMPTY:
            row = rows[r - 1] = []
        if len(row) < c:
            row.extend([None] * (c - len(row)))
        row[c - 1] = value
    wide: set[tuple[int, int]] = set()
    for rng in ws.merged_cells.ranges:
        top_cell = cells.get((rng.min_row, rng.min_col))
        top = top_cell.value if top_cell is not None else None
        # Merged report cells fill their group downwards; a title merged across columns is
        # remembered as "wide" (a cue for a report-title row), never copied sideways.
        for r in range(rng.min_row, min(rng.max_row, last) + 1):
            if top is not None:
                row = rows[r - 1]
                if row is _EMPTY:
                    row = rows[r - 1] = []
                if len(row) < rng.min_col:
                    row.extend([None] * (rng.min_col - len(row)))
                row[rng.min_col - 1] = top
            if rng.max_col > rng.min_col:
                wide.add((r, rng.min_col))
    hidden_rows = tuple(sorted(r for r, dim in ws.row_dimensions.items()
                               if dim.hidden and r <= last))
    hidden_cols: list[int] = []
    for dim in ws.column_dimensions.values():
        if dim.hidden and dim.min:
            hidden_cols += range(dim.min, min(dim.max or dim.min, 16384) + 1)
    state = {"hidden": "hidden", "veryHidden": "very hidden"}.get(ws.sheet_state, "")
    return Grid(ws.title, rows, wide, _Styles(cells, theme, palette), state, hidden_rows,
                tuple(sorted(set(hidden_cols))))


# ------------------------------------------------------------------ formulas with no result

_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_CELL_END = re.compile(rb"</(?:\w+:)?c>")
_VALUE = re.compile(rb"<(?:\w+:)?v>\s*[^<\s]")
_ATTR = re.compile(rb'\b(r|t)="([^"]*)"')
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _uncalculated_formulas(path: Path) -> dict[str, frozenset[tuple[int, int]]]:
    """Sheet name -> (row, col) of formula cells that carry no saved result.

    An empty result counts as saved when the cell is typed as a string (a formula that
    returned ""); otherwise an empty or missing <v> means nothing was calculated.
    """
    from openpyxl.utils.cell import coordinate_to_tuple

    found: dict[str, frozenset[tuple[int, int]]] = {}
    try:
        with zipfile.ZipFile(path) as zf:
            for name, part in _sheet_parts(zf).items():
                data = zf.read(part)
                cells = set()
                for m in _FORMULA.finditer(data):
                    start = data.rfind(b"<", 0, m.start())
                    attrs = dict(_ATTR.findall(data[start:m.start()]))
                    end = _CELL_END.search(data, m.end())
                    body = data[m.start():end.start() if end else len(data)]
                    if b"r" not in attrs or _VALUE.search(body) or attrs.get(b"t") == b"str":
                        continue
                    try:
                        cells.add(coordinate_to_tuple(attrs[b"r"].decode("ascii")))
                    except (ValueError, UnicodeDecodeError):
                        continue
                if cells:
                    found[name] = frozenset(cells)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        return found  # openpyxl has read the file; a part we cannot map only loses the report
    return found


def _sheet_parts(zf: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> its part in the zip, via the package's relationships."""
    from defusedxml.ElementTree import fromstring

    def rels(part: str) -> dict[str, str]:
        folder = PurePosixPath(part).parent
        rel_part = _normpath(f"{folder}/_rels/{PurePosixPath(part).name}.rels")
        out = {}
        for el in fromstring(zf.read(rel_part)):
            target = el.get("Target", "")
            full = target.lstrip("/") if target.startswith("/") else str(folder / target)
            out[el.get("Id", "")] = _normpath(full)
        return out

    root_rels = fromstring(zf.read("_rels/.rels"))
    workbook = next((_normpath(el.get("Target", "").lstrip("/")) for el in root_rels
                     if el.get("Type", "").endswith("/officeDocument")), "xl/workbook.xml")
    targets = rels(workbook)
    parts = {}
    for el in fromstring(zf.read(workbook)).iter():
        if el.tag.endswith("}sheet"):
            rid = el.get(f"{{{_REL}}}id", "")
            if rid in targets:
                parts[el.get("name", "")] = targets[rid]
    return parts


def _normpath(part: str) -> str:
    out: list[str] = []
    for piece in part.split("/"):
        if piece == "..":
            if out:
                out.pop()
        elif piece not in ("", "."):
            out.append(piece)
    return "/".join(out)
