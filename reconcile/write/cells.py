"""Cells, tables and styles shared by every sheet: one look, and text that is never a formula."""

from __future__ import annotations

import re
from copy import copy
from datetime import date, datetime
from typing import Any

import pandas as pd
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter

from ..vocab import RAG_WORDS, STATE_RAG

_INJECTION_START = ("=", "+", "-", "@", "\t", "\r")
# Characters Excel refuses in a cell (openpyxl raises on them): control characters only.
_ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")

NAVY = "1F3864"


def font(**kw: Any) -> Font:
    """Calibri, named: a style without a font name renders in a serif face in some viewers."""
    return Font(name="Calibri", **{"size": 11, **kw})


HEAD_FONT = font(bold=True, color="FFFFFF")
HEAD_FILL = PatternFill("solid", fgColor=NAVY)
#: Where a person writes: an orange heading over pale yellow cells.
INPUT_HEAD_FILL = PatternFill("solid", fgColor="C65911")
INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")
STALE_FILL = PatternFill("solid", fgColor="F8CBAD")
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
THIN = Side(style="thin", color="BFBFBF")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

#: RAG colours as (fill, font): a status cell shows the grade a person would recognise.
RAG = {
    "red": ("FFC7CE", "9C0006"), "amber": ("FFEB9C", "9C5700"), "green": ("C6EFCE", "006100"),
    "blue": ("BDD7EE", "1F4E78"), "grey": ("E7E6E6", "3A3838"),
}

#: Cell styles of the item sheets, registered once per workbook; each item cell refers to
#: one by its index (``rowsxml``), where setting font, fill, border and alignment cell by
#: cell costs seconds on a large list. They also show in Excel's Cell Styles gallery.
TEXT, NUMBER, DECISION, STALE = ("Reconcile text", "Reconcile number", "Reconcile decision",
                                 "Reconcile stale")


def rag_style(family: str) -> str:
    return f"Reconcile {family}"


def add_styles(wb: Any) -> None:
    def add(name: str, **kw: Any) -> None:
        wb.add_named_style(NamedStyle(name=name, border=GRID, **{"font": font(), **kw}))

    add(TEXT, alignment=WRAP)
    add(NUMBER, alignment=TOP, number_format="0")
    add(DECISION, alignment=WRAP, fill=INPUT_FILL)
    add(STALE, alignment=WRAP, fill=STALE_FILL)
    for family, (fill, colour) in RAG.items():
        add(rag_style(family), alignment=WRAP, fill=PatternFill("solid", fgColor=fill),
            font=font(bold=True, color=colour))


def rag_of(status: Any, state: Any) -> str | None:
    """The RAG family a status cell is painted in, or None for a blank status."""
    from .. import vocab

    if status is None or (isinstance(status, float) and pd.isna(status)) or not str(status).strip():
        return None
    word = vocab.key(status)
    return RAG_WORDS.get(word) or STATE_RAG.get(str(state or ""), "grey")


def clean(text: str) -> str:
    """Text as a cell can hold it: no control characters, within Excel's length limit."""
    text = _ILLEGAL.sub("", text)
    return text if len(text) <= 32000 else text[:31990] + " [cut]"


def cell_value(value: Any) -> Any:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    if value is pd.NaT:
        return None
    if isinstance(value, tuple):
        return clean(", ".join(map(str, value)))
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, (int, float, date)):
        return value
    return clean(str(value))


_PLAIN_TEXT = {str, type(None)}
_PLAIN_NUMBER = {int, float, type(None)}


def cell_values(values: list[Any]) -> list[Any]:
    """``cell_value`` of each value of a column, a whole column at a time where it can be.

    A million cells pass through here on a national list; nearly every column is plain text
    (or plain numbers) that needs no change, which one search over the column shows.
    """
    kinds = set(map(type, values))
    if kinds <= _PLAIN_TEXT:
        texts = [v for v in values if v is not None]
        if max(map(len, texts), default=0) <= 32000 and not _ILLEGAL.search("".join(texts)):
            return list(values)
    elif kinds <= _PLAIN_NUMBER:
        return [None if v is None or v != v else v for v in values]   # NaN: blank
    return [cell_value(v) for v in values]


def look(ws: Any, **attrs: Any) -> Any:
    """A detached cell carrying font, fill, border, alignment, number format: a look to
    give many cells with ``put(..., like=)``. Setting each attribute on each cell hashes the
    style objects every time, which costs seconds on a long table."""
    from openpyxl.cell import Cell

    cell = Cell(ws)
    for name, value in attrs.items():
        setattr(cell, name, value)
    return cell


def put(ws: Any, row: int, col: int, value: Any, like: Any = None) -> Any:
    """Write one cell; text that looks like a formula stays text (never evaluated)."""
    from openpyxl.cell.rich_text import CellRichText

    cell = ws.cell(row=row, column=col, value=None)
    if like is not None:
        cell._style = copy(like._style)   # openpyxl's way to copy a style: its indices
    if isinstance(value, CellRichText):
        cell.value = value            # always written as an inline string: never a formula
        return cell
    value = cell_value(value)
    cell.value = value
    if isinstance(value, str) and value.startswith(_INJECTION_START):
        cell.data_type = "s"
    if isinstance(value, (date, datetime)):
        cell.number_format = "dd mmm yyyy"
    return cell


def heading(ws: Any, row: int, col: int, text: str, size: int = 12) -> Any:
    cell = put(ws, row, col, text)
    cell.font = font(bold=True, size=size, color=NAVY)
    return cell


def header_row(ws: Any, top: int, headings: list[str], inputs: set[int] | None = None) -> None:
    """A table's heading row; the columns a person fills in stand out in orange."""
    looks: dict[bool, Any] = {}      # made when first needed, as the cells were styled before
    for c, h in enumerate(headings, start=1):
        is_input = bool(inputs and c in inputs)
        if is_input not in looks:
            looks[is_input] = look(ws, font=HEAD_FONT,
                                   fill=INPUT_HEAD_FILL if is_input else HEAD_FILL,
                                   alignment=Alignment(wrap_text=True, vertical="center"))
        put(ws, top, c, h, like=looks[is_input])


def table(ws: Any, top: int, headings: list[str], rows: list[list[Any]],
          widths: list[int] | None = None, freeze: bool = True, autofilter: bool = True,
          first_col: int = 1) -> None:
    """Headings and rows from `top`, wrapped, with a filter and a frozen heading row."""
    head = look(ws, font=HEAD_FONT, fill=HEAD_FILL,
                alignment=Alignment(wrap_text=True, vertical="center"))
    for c, h in enumerate(headings, start=first_col):
        put(ws, top, c, h, like=head)
    wrap = look(ws, alignment=WRAP)
    for r, values in enumerate(rows, start=top + 1):
        for c, v in enumerate(values, start=first_col):
            put(ws, r, c, v, like=wrap)
    last = get_column_letter(first_col + max(len(headings), 1) - 1)
    if autofilter:
        ws.auto_filter.ref = f"{get_column_letter(first_col)}{top}:{last}{top + max(len(rows), 1)}"
    if freeze:
        ws.freeze_panes = ws.cell(row=top + 1, column=1)
    if widths:
        set_widths(ws, widths, first_col)


def set_widths(ws: Any, widths: list[int], first_col: int = 1) -> None:
    for c, w in enumerate(widths, start=first_col):
        ws.column_dimensions[get_column_letter(c)].width = w


def fit_heights(ws: Any, first: int = 1, last: int | None = None, line: float = 15.0) -> None:
    """Row heights for wrapped text, set explicitly: not every viewer fits them on opening.

    An estimate from the text's length and the column's width (merged cells: the width of
    the merge); a little generous rather than cut a line off.
    """
    widths = {c: ws.column_dimensions[get_column_letter(c)].width or 8.43
              for c in range(1, ws.max_column + 1)
              if not ws.column_dimensions[get_column_letter(c)].hidden}
    merged = {(m.min_row, m.min_col): sum(widths.get(c, 0) for c in range(m.min_col, m.max_col + 1))
              for m in ws.merged_cells.ranges}
    looks: dict[tuple[int, int], tuple[bool, float]] = {}   # by the cell's style indexes
    for r in range(first, (last or ws.max_row) + 1):
        lines = 0.0
        for c, width in widths.items():
            cell = ws.cell(r, c)
            if cell.value is None:
                continue
            lines = max(lines, 1.0)
            key = (cell._style.alignmentId, cell._style.fontId)
            if key not in looks:    # a style object per cell is slow to get: once per look
                looks[key] = (bool(cell.alignment.wrap_text), (cell.font.sz or 11) / 11)
            wrap, size = looks[key]
            if not wrap:
                continue
            per = max(1, int(merged.get((r, c), width) * 1.25))
            n = sum(max(1, -(-len(p) // per)) for p in str(cell.value).split("\n")) * size
            lines = max(lines, n)
        if lines:
            ws.row_dimensions[r].height = min(409, round(line * lines + 3))


def print_setup(ws: Any, landscape: bool = True, pages_wide: int = 1,
                title_rows: str | None = None, title_cols: str | None = None) -> None:
    """A4, landscape, `pages_wide` pages across: readable when printed for a committee paper."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = pages_wide
    ws.page_setup.fitToHeight = 0
    if pages_wide > 1:
        ws.page_setup.pageOrder = "overThenDown"   # a row's two halves on consecutive pages
    if title_cols:
        ws.print_title_cols = title_cols
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5
    if title_rows:
        ws.print_title_rows = title_rows
    ws.oddFooter.center.text = "&A — page &P of &N"
