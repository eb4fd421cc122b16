"""Read .xlsx / .xlsm with openpyxl's normal mode: the slow, sparse way, kept for sheets calamine
cannot hold.

calamine (see ``xlsx``) holds a sheet as one dense rectangle, so a sheet whose cells reach far
(a stray value at XFD1048576) or do not say where they are is read here instead: openpyxl
keeps only the cells that exist, so a stray far value costs one cell, not 17 billion.
Read-only mode is not used: it cannot see merged cells or styles. Macros are never loaded
(``keep_vba=False``); external links are not followed.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

from . import colour
from .grid import Grid
from .xlsx_xml import header_section

_EMPTY: tuple[()] = ()


class _Styles:
    """Bold, fill and strikethrough of one openpyxl sheet, looked up only when asked, fills
    cached by style."""

    def __init__(self, cells: dict, theme: tuple[str, ...], palette: Any) -> None:
        self._cells = cells
        self._theme = theme
        self._palette = palette
        self._fills: dict[int, str | None] = {}

    def bold(self, row: int, col: int) -> bool:
        cell = self._cells.get((row, col))
        return bool(cell is not None and cell.has_style and cell.font is not None and cell.font.b)

    def strike(self, row: int, col: int) -> bool:
        cell = self._cells.get((row, col))
        return bool(cell is not None and cell.has_style and cell.font is not None
                    and cell.font.strike)

    def font_colour(self, row: int, col: int) -> str | None:
        """The family of the cell's font colour ("green", "red"), None for black or none."""
        cell = self._cells.get((row, col))
        if cell is None or not cell.has_style or cell.font is None:
            return None
        rgb = colour.colour_rgb(cell.font.color, self._theme, self._palette)
        return colour.family(rgb) if rgb else None

    def font_name(self, row: int, col: int) -> str | None:
        cell = self._cells.get((row, col))
        if cell is None or not cell.has_style or cell.font is None:
            return None
        return str(cell.font.name) if cell.font.name else None

    def fill(self, row: int, col: int) -> str | None:
        rgb = self.fill_rgb(row, col)
        return colour.family(rgb) if rgb else None

    def fill_rgb(self, row: int, col: int) -> str | None:
        cell = self._cells.get((row, col))
        if cell is None or not cell.has_style:
            return None
        fill_id = cell._style.fillId
        if fill_id not in self._fills:
            self._fills[fill_id] = colour.fill_rgb(cell.fill, self._theme, self._palette)
        return self._fills[fill_id]


def read_openpyxl(path: Path) -> list[Grid]:
    """Every worksheet (chart sheets hold no rows) as a Grid, values and styles by openpyxl.

    Raises what openpyxl raises; the caller turns it into a message.
    """
    import openpyxl
    from openpyxl.styles.colors import COLOR_INDEX

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
    return grids


def _put(rows: list[Any], r: int, c: int, value: Any) -> None:
    """Value at 1-based (r, c), giving the row its own list the first time it gets one."""
    row = rows[r - 1]
    if row is _EMPTY:
        row = rows[r - 1] = []
    if len(row) < c:
        row.extend([None] * (c - len(row)))
    row[c - 1] = value


def _merged_down(ws: Any, cells: dict[tuple[int, int], Any], rows: list[Any], last: int
                 ) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """Merged report cells fill their group downwards; a title merged across columns is
    remembered as "wide" (a cue for a report-title row), never copied sideways. Returns the
    wide cells, and the cells filled from a merge's first row (0-based columns)."""
    wide: set[tuple[int, int]] = set()
    down: set[tuple[int, int]] = set()
    for rng in ws.merged_cells.ranges:
        top_cell = cells.get((rng.min_row, rng.min_col))
        top = top_cell.value if top_cell is not None else None
        for r in range(rng.min_row, min(rng.max_row, last) + 1):
            if top is not None:
                _put(rows, r, rng.min_col, top)
                if r > rng.min_row:
                    down.add((r, rng.min_col - 1))
            if rng.max_col > rng.min_col:
                wide.add((r, rng.min_col))
    return wide, down


def _grid(ws: Any, theme: tuple[str, ...], palette: Any) -> Grid:
    # The sheet's own cell store (openpyxl 3.x): only the cells that exist, in file order.
    cells: dict[tuple[int, int], Any] | None = getattr(ws, "_cells", None)
    if cells is None:  # pragma: no cover - a future openpyxl without it: the public, slower way
        cells = {(c.row, c.column): c for row in ws.iter_rows() for c in row}
    last = max((r for (r, _c), cell in cells.items() if cell.value is not None), default=0)
    # One shared empty row until a row gets a value: a stray cell at row 1,048,576 must not
    # cost a million lists.
    rows: list[Any] = [_EMPTY] * last
    for (r, c), cell in cells.items():
        if cell.value is not None:
            _put(rows, r, c, cell.value)
    wide, down = _merged_down(ws, cells, rows, last)
    hidden_rows = tuple(sorted(r for r, dim in ws.row_dimensions.items()
                               if dim.hidden and r <= last))
    hidden_cols: list[int] = []
    for dim in ws.column_dimensions.values():
        if dim.hidden and dim.min:
            hidden_cols += range(dim.min, min(dim.max or dim.min, 16384) + 1)
    state = {"hidden": "hidden", "veryHidden": "very hidden"}.get(ws.sheet_state, "")
    notes = {(r, c - 1): cell.comment.text for (r, c), cell in cells.items()
             if getattr(cell, "comment", None) is not None}
    outline = {r: dim.outline_level for r, dim in ws.row_dimensions.items()
               if dim.outline_level and r <= last}
    return Grid(ws.title, rows, wide, _Styles(cells, theme, palette), state, hidden_rows,
                tuple(sorted(set(hidden_cols))), notes=notes, outline=outline,
                merged_down=frozenset(down), page_header=tuple(
                    header_section(part.text or "") for part in
                    (ws.oddHeader.left, ws.oddHeader.center, ws.oddHeader.right)))
