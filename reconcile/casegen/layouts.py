"""Write a case's two files in a family's layout, giving every item its provenance.

Provenance is what the loader reports: ``Sheet!Row`` as Excel shows it; for a CSV the file's
name and the record's number with the header as row 1.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from .draw import HItem
from .model import Row


@dataclass
class Table:
    """One sheet of a tracker: title rows, the header, then blocks (group title, rows)."""

    name: str
    titles: list[str]
    blocks: list[tuple[str | None, list[Row]]]


def text_of(r: Row) -> str:
    return r.text


@dataclass
class Columns:
    """Header -> how each row fills it; hidden headers are written but hidden."""

    spec: list[tuple[str, object]]
    hidden: set[str] = field(default_factory=set)
    status: str | None = None       # the header whose cells carry the RAG fill

    def headers(self) -> list[str]:
        return [h for h, _ in self.spec]

    def text_header(self) -> str:
        return next(h for h, get in self.spec if get is text_of or h == "Title")

    def values(self, r: Row) -> list[object]:
        return [get(r) if callable(get) else get for _, get in self.spec]


def write_tracker_xlsx(path: Path, tables: list[Table], cols: Columns,
                       key_sheet: bool = False) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    status_col = cols.headers().index(cols.status) if cols.status in cols.headers() else None
    for t in tables:
        ws = wb.create_sheet(t.name)
        for title in t.titles:
            ws.append([title])
            ws.cell(ws.max_row, 1).font = Font(bold=True)
        if t.titles:
            ws.append([])
        ws.append(cols.headers())
        for k, h in enumerate(cols.headers(), start=1):
            ws.cell(ws.max_row, k).font = Font(bold=True)
            letter = get_column_letter(k)
            ws.column_dimensions[letter].width = 18
            if h in cols.hidden:
                ws.column_dimensions[letter].hidden = True
        for group, rows in t.blocks:
            if group is not None:
                ws.append([group])
                ws.cell(ws.max_row, 1).font = Font(bold=True)
            for r in rows:
                ws.append(cols.values(r))
                r.where = f"{t.name}!{ws.max_row}"
                if r.fill and status_col is not None:
                    ws.cell(ws.max_row, status_col + 1).fill = PatternFill("solid", fgColor=r.fill)
    if key_sheet:
        ws = wb.create_sheet("Key")
        ws.append(["RAG key"])
        for word, fill, meaning in [("GREEN", "92D050", "Implemented"),
                                    ("BLUE", "5B9BD5", "Complete and signed off"),
                                    ("AMBER", "FFC000", "Work under way"),
                                    ("RED", "FF0000", "Beyond deadline")]:
            ws.append([word, meaning])
            ws.cell(ws.max_row, 1).fill = PatternFill("solid", fgColor=fill)
    wb.save(path)


def write_tracker_csv(path: Path, tables: list[Table], cols: Columns) -> None:
    """A CSV tracker: one table, header on line 1, no group rows."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(cols.headers())
    n = 1
    for t in tables:
        for _, rows in t.blocks:
            for r in rows:
                n += 1
                w.writerow(["" if v is None else v for v in cols.values(r)])
                r.where = f"{path.name}!{n}"
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))


LIST_HEADER = ["Reference", "Report title", "Publication date", "Type", "Recommendation", "Status"]
REGISTER_HEADER = ["Recommendation ID", "Report", "Published", "Type", "Recommendation text",
                   "Status"]


def _list_values(it: HItem, as_text: bool) -> list[object]:
    published = (it.published.strftime("%d/%m/%Y") if as_text
                 else datetime.combine(it.published, datetime.min.time()))
    return [it.ref, it.report, published, it.type, it.text, it.status]


def write_list_xlsx(path: Path, items: list[HItem], title: str, where: dict[int, str]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Definitive list"
    ws.append([title])
    ws.cell(1, 1).font = Font(bold=True)
    ws.append([])
    ws.append(LIST_HEADER)
    for it in items:
        ws.append(_list_values(it, False))
        ws.cell(ws.max_row, 3).number_format = "dd/mm/yyyy"
        where[id(it)] = f"{ws.title}!{ws.max_row}"
    wb.save(path)


def write_list_csv(path: Path, items: list[HItem], where: dict[int, str], encoding: str,
                   register: bool) -> None:
    """The list as CSV: Windows-1252 from an analyst's Excel, or the register's UTF-8 export."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(REGISTER_HEADER if register else LIST_HEADER)
    for n, it in enumerate(items, start=2):
        w.writerow(_list_values(it, True))
        where[id(it)] = f"{path.name}!{n}"
    path.write_bytes(buf.getvalue().encode(encoding, errors="replace"))
