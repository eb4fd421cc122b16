"""The workbook being written, with XlsxWriter: one Format per look, values written by type.

XlsxWriter writes what it is told and never reads back, so ``Sheet`` keeps what each cell
shows (its text, whether it wraps, its font size) to fit the row heights at the end, and the
column widths to know how wide a line is.
"""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path
from typing import Any

import xlsxwriter

from .cells import DATE_FORMAT, RUN_FONTS, Rich, cell_value, colour, line_count, row_height, shown_text

#: Text is text: a cell starting '=' (or that looks like a number or a web address) is
#: written as typed, never turned into a formula, a number or a link.
OPTIONS = {"strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False}


class Book:
    """An XlsxWriter workbook and its formats, each look made into a Format once."""

    def __init__(self, path: Path, title: str, author: str) -> None:
        self.wb = xlsxwriter.Workbook(str(path), OPTIONS)
        self.wb.set_properties({"title": title, "author": author})
        self._formats: dict[tuple, Any] = {}
        self._looks: dict[int, dict[str, Any]] = {}       # id(Format) -> the look it was made of
        #: The fonts of marked words, made once: a national list has tens of thousands of
        #: rich cells, each with several runs.
        self._run_fmts = {name: self.fmt(look) for name, look in RUN_FONTS.items()}

    def fmt(self, look: dict[str, Any] | None) -> Any:
        if not look:
            return None
        key = tuple(sorted(look.items()))
        made = self._formats.get(key)
        if made is None:
            made = self._formats[key] = self.wb.add_format(look)
            self._looks[id(made)] = dict(look)
        return made

    def sheet(self, name: str, tab: str | None = None) -> Sheet:
        return Sheet(self, name, tab)

    def close(self) -> None:
        self.wb.close()

    def write(self, ws: Any, row: int, col: int, value: Any, fmt: Any = None,
              date_fmt: Any = None) -> None:
        """One cell (0-based), by the value's type; text always as text, never a formula."""
        if value is None or value == "":
            ws.write_blank(row, col, None, fmt)
        elif isinstance(value, str):
            ws.write_string(row, col, value, fmt)
        elif isinstance(value, Rich):
            self._rich(ws, row, col, value, fmt)
        elif isinstance(value, bool):
            ws.write_boolean(row, col, value, fmt)
        elif isinstance(value, (int, float)):
            if math.isfinite(value):
                ws.write_number(row, col, value, fmt)
            else:
                ws.write_blank(row, col, None, fmt)
        elif isinstance(value, date):
            ws.write_datetime(row, col, value, date_fmt or fmt)
        else:
            ws.write_string(row, col, str(value), fmt)

    def write_column(self, ws: Any, col: int, values: list[Any], fmts: list[Any],
                     date_fmt: Any = None, first: int = 1) -> None:
        """A column of cells from row `first` (0-based), each with its Format.

        Nearly every column of an item sheet is text (some of it rich) and blanks, or numbers
        and blanks: those go straight to XlsxWriter's write_string, write_rich_string,
        write_number and write_blank, without asking each value its type (``write``).
        """
        kinds = set(map(type, values))
        if kinds <= {str, type(None), Rich}:      # the two texts of a pair: some of them rich
            string, blank, rich = ws.write_string, ws.write_blank, self._rich
            for r, (v, f) in enumerate(zip(values, fmts, strict=True), start=first):
                if v.__class__ is Rich:
                    rich(ws, r, col, v, f)
                elif v:
                    string(r, col, v, f)
                else:
                    blank(r, col, None, f)
            return
        if kinds <= {float, int, type(None)}:      # the scores: numbers and blanks
            number, blank, finite = ws.write_number, ws.write_blank, math.isfinite
            for r, (v, f) in enumerate(zip(values, fmts, strict=True), start=first):
                if v is not None and finite(v):
                    number(r, col, v, f)
                else:
                    blank(r, col, None, f)
            return
        write = self.write
        for r, (v, f) in enumerate(zip(values, fmts, strict=True), start=first):
            write(ws, r, col, v, f, date_fmt)

    def _rich(self, ws: Any, row: int, col: int, value: Rich, fmt: Any) -> None:
        parts: list[Any] = []
        run_fmts = self._run_fmts
        for piece, name in value.runs:
            if piece:                          # Excel refuses an empty run
                parts += [run_fmts[name], piece] if name else [piece]
        if len(parts) < 3:      # one run: XlsxWriter needs two, so the cell's own font
            name = value.runs[0][1] if len(parts) == 2 else None
            look = {**self._looks.get(id(fmt), {}), **(RUN_FONTS[name] if name else {})}
            ws.write_string(row, col, value.text, self.fmt(look))
            return
        ws.write_rich_string(row, col, *parts, *([fmt] if fmt is not None else []))


class Sheet:
    """One worksheet; rows and columns are 1-based here, as a person counts them."""

    def __init__(self, book: Book, name: str, tab: str | None = None) -> None:
        self.book, self.ws = book, book.wb.add_worksheet(name)
        self.name = name
        self.shown: dict[tuple[int, int], tuple[str, bool, float]] = {}
        self.widths: dict[int, float] = {}
        self.hidden: set[int] = set()
        self.merged: dict[tuple[int, int], int] = {}      # (row, first col) -> last col
        self.heights: dict[int, float] = {}
        if tab:
            self.ws.set_tab_color(colour(tab))

    def put(self, row: int, col: int, value: Any, look: dict[str, Any] | None = None) -> None:
        """Write one cell; text that looks like a formula stays text (never evaluated)."""
        value = cell_value(value)
        if isinstance(value, date):
            look = {**(look or {}), "num_format": DATE_FORMAT}
        self.book.write(self.ws, row - 1, col - 1, value, self.book.fmt(look))
        if value is not None:
            look = look or {}
            self.shown[(row, col)] = (shown_text(value), bool(look.get("text_wrap")),
                                      look.get("font_size", 11) / 11)

    def formula(self, row: int, col: int, formula: str, value: int | float,
                look: dict[str, Any] | None = None) -> None:
        """A live formula, with the value it has now stored beside it (shown before Excel or
        LibreOffice recalculates, and by readers that never do)."""
        self.ws.write_formula(row - 1, col - 1, formula, self.book.fmt(look), value)
        self.shown[(row, col)] = (str(value), False, (look or {}).get("font_size", 11) / 11)

    def link(self, row: int, col: int, sheet: str, text: str, look: dict[str, Any]) -> None:
        """A cell that takes the reader to another sheet of this workbook."""
        self.ws.write_url(row - 1, col - 1, f"internal:'{sheet}'!A1", self.book.fmt(look),
                          string=text)
        self.shown[(row, col)] = (text, bool(look.get("text_wrap")), look.get("font_size", 11) / 11)

    def merge(self, row: int, first: int, last: int, value: Any,
              look: dict[str, Any] | None = None) -> None:
        """Cells `first`..`last` of a row as one, holding `value`."""
        self.ws.merge_range(row - 1, first - 1, row - 1, last - 1, "", self.book.fmt(look))
        self.merged[(row, first)] = last
        self.put(row, first, value, look)

    def set_widths(self, widths: list[float], first_col: int = 1) -> None:
        for c, w in enumerate(widths, start=first_col):
            self.widths[c] = w
            self.ws.set_column(c - 1, c - 1, w, None, {"hidden": c in self.hidden})

    def hide(self, col: int, level: int = 0) -> None:
        """Hide a column (`level` 1: in an outline group a person can open with one click)."""
        self.hidden.add(col)
        self.ws.set_column(col - 1, col - 1, self.widths.get(col, 8.43), None,
                           {"hidden": True, "level": level})

    def height(self, row: int, points: float) -> None:
        self.heights[row] = points
        self.ws.set_row(row - 1, points)

    def fit_heights(self, first: int = 1, last: int | None = None) -> None:
        """Row heights for wrapped text, set explicitly: not every viewer fits them on opening.

        An estimate from the text's length and the column's width (merged cells: the width of
        the merge); a little generous rather than cut a line off.
        """
        last = last or max((r for r, _ in self.shown), default=0)
        lines: dict[int, float] = {}
        for (r, c), (text, wrap, size) in self.shown.items():
            if not first <= r <= last or c in self.hidden:
                continue
            n = 1.0
            if wrap:
                end = self.merged.get((r, c), c)
                width = sum(self.widths.get(k, 8.43) for k in range(c, end + 1) if k not in self.hidden)
                n = line_count(text, max(1, int(width * 1.25))) * size
            lines[r] = max(lines.get(r, 0.0), n)
        for r, n in lines.items():
            self.height(r, row_height(n))

    def freeze(self, row: int) -> None:
        """Rows above `row` stay in view when scrolling."""
        self.ws.freeze_panes(row - 1, 0)

    def print_setup(self, landscape: bool = True, pages_wide: int = 1, title_row: int = 0,
                    title_col: bool = False) -> None:
        """A4, landscape, `pages_wide` pages across: readable when printed for a committee paper."""
        ws = self.ws
        ws.set_paper(9)
        if landscape:
            ws.set_landscape()
        else:
            ws.set_portrait()
        ws.fit_to_pages(pages_wide, 0)
        if pages_wide > 1:
            ws.print_across()               # a row's two halves on consecutive pages
        if title_row:                  # the heading row, on every page
            ws.repeat_rows(title_row - 1)
        if title_col:
            ws.repeat_columns(0)
        ws.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.5)
        ws.set_footer("&C&A — page &P of &N")
