"""An item sheet's rows written as worksheet XML text, spliced in after openpyxl has saved.

A national run has a million cells on the category sheets. openpyxl spends about 20 µs on
each (a Cell object, its style, its XML element); as text a cell costs one or two. openpyxl
still writes everything else of the sheet (heading row, widths, hidden and outline columns,
filter, frozen pane, drop-downs, print setup), so the sheet is the same as before; only its
data rows are written here, in the XML openpyxl would write for them: every text an inline
string (so never a formula), the named cell styles by their index, a height per row.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl.cell import Cell
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.xml.functions import tostring

_DIMENSION = re.compile(rb'<dimension ref="[^"]*"/>')
_END = b"</sheetData>"
_num = "{:.16g}".format   # as openpyxl writes numbers
#: Deflate level of the item sheets, nearly all of a large workbook. zlib's levels 1-3 are its
#: fast kind of search; 3 packs best of them: at 30,000 items it deflates the 78 MB of XML in
#: 0.6 s, not 1.5 s at the default 6, for a file of 10.9 MB, not 9.0 MB. Any level is plain
#: deflate: every reader opens it. The other parts, small, stay at the default.
ROWS_LEVEL = 3


def style_ids(ws: Any, names: list[str], number_format: str | None = None) -> dict[str, int]:
    """The index in the workbook's cell formats of each named style (as `cell.style = name`)."""
    out = {}
    for name in names:
        cell = Cell(ws)
        cell.style = name
        if number_format:
            cell.number_format = number_format
        out[name] = cell.style_id
    return out


_RPR: dict[int, tuple[Any, str]] = {}


def _rpr(font: Any) -> str:
    """A run's font as XML, made once per font object (there are three)."""
    hit = _RPR.get(id(font))
    if hit is None or hit[0] is not font:
        hit = _RPR[id(font)] = (font, tostring(font.to_tree(tagname="rPr")).decode())
    return hit[1]


def _t(text: str) -> str:
    space = ' xml:space="preserve"' if text != text.strip() else ""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if "\r" in text:               # as lxml writes it: a bare CR would read back as LF
        text = text.replace("\r", "&#13;")
    return f"<t{space}>{text}</t>"


def _value_xml(value: Any) -> str:
    """What follows a cell's style in its <c> element: its type and value, or the tag's end."""
    if value is None or value == "":
        return "/>"
    if isinstance(value, str):
        return f' t="inlineStr"><is>{_t(value)}</is></c>'
    if isinstance(value, CellRichText):
        runs = "".join(f"<r>{_rpr(b.font)}{_t(b.text)}</r>" if isinstance(b, TextBlock)
                       else f"<r>{_t(b)}</r>" for b in value)
        return f' t="inlineStr"><is>{runs}</is></c>'
    if isinstance(value, bool):
        return f' t="b"><v>{int(value)}</v></c>'
    if isinstance(value, (int, float)):
        if value != value or value in (float("inf"), float("-inf")):
            return "/>"
        return f' t="n"><v>{_num(value)}</v></c>'
    if isinstance(value, (date, datetime)):
        return f' t="n"><v>{_num(to_excel(value))}</v></c>'
    return f' t="inlineStr"><is>{_t(str(value))}</is></c>'


def _style(style: int, value: Any, date_style: int | None) -> int:
    return (date_style or style) if isinstance(value, (date, datetime)) else style


def cell_xml(ref: str, style: int, value: Any, date_style: int | None = None) -> str:
    """One <c> element: text inline (never a formula), numbers and booleans as values."""
    return f'<c r="{ref}" s="{_style(style, value, date_style)}"{_value_xml(value)}'


def column_xml(letter: str, rows: list[str], styles: list[int], values: list[Any],
               date_style: int | None = None) -> list[str]:
    """``cell_xml`` of each cell down one column; `rows` are the row numbers, as text.

    A column at a time: a column of text and blanks (nearly all of them) has each distinct
    value made into XML once, the many cells that share one (a status, a blank) reuse it;
    row numbers and style indexes are made text once, not once a cell.
    """
    kinds = set(map(type, values))
    if kinds <= {str, type(None)}:
        made = {v: _value_xml(v) for v in set(values)}
        tails = [made[v] for v in values]
    else:
        tails = [_value_xml(v) for v in values]
        if any(issubclass(k, date) for k in kinds):     # datetime is a date
            styles = [_style(s, v, date_style) for s, v in zip(styles, values, strict=True)]
    style_text = {s: str(s) for s in set(styles)}
    return [f'<c r="{letter}{r}" s="{style_text[s]}"{t}'
            for r, s, t in zip(rows, styles, tails, strict=True)]


@dataclass
class SheetRows:
    """Data rows of one sheet, from `first`, as <row> elements; written into the saved file."""

    ws: Any
    first: int
    n_cols: int
    rows: list[str] = field(default_factory=list)

    def add(self, cells: list[str], height: float | None) -> None:
        r = self.first + len(self.rows)
        ht = f' ht="{_num(height)}" customHeight="1"' if height else ""
        self.rows.append(f'<row r="{r}"{ht}>{"".join(cells)}</row>')

    def refs(self) -> list[str]:
        """The column letters, to name each cell ('E' + '12')."""
        return [get_column_letter(k) for k in range(1, self.n_cols + 1)]

    @property
    def last_row(self) -> int:
        return self.first + len(self.rows) - 1


def splice(path: Path, sheets: list[SheetRows]) -> None:
    """Rewrite the saved workbook at `path` with each sheet's rows in its sheetData."""
    todo = {s.ws.path.lstrip("/"): s for s in sheets if s.rows}
    if not todo:
        return
    with zipfile.ZipFile(path) as zin:
        parts = [(info, zin.read(info)) for info in zin.infolist()]
    # `path` is the temporary file of an atomic write: rewriting it in place is safe.
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=ROWS_LEVEL,
                         allowZip64=True) as zout:
        for info, data in parts:
            rows = todo.get(info.filename)
            if rows is None:
                zout.writestr(info, data)
            else:
                _write_sheet(zout, info, data, rows)


def _write_sheet(zout: zipfile.ZipFile, info: zipfile.ZipInfo, data: bytes, rows: SheetRows) -> None:
    end = data.rindex(_END)
    last = f"{get_column_letter(rows.n_cols)}{max(rows.last_row, 1)}"
    head = _DIMENSION.sub(f'<dimension ref="A1:{last}"/>'.encode(), data[:end], count=1)
    with zout.open(info.filename, "w", force_zip64=True) as fh:     # at ROWS_LEVEL
        fh.write(head)
        for k in range(0, len(rows.rows), 1000):
            fh.write("".join(rows.rows[k:k + 1000]).encode("utf-8"))
        fh.write(data[end:])
