"""Two sign-off workbooks side by side, as a person sees them: what differs, sheet by sheet.

    python scripts/compare_workbooks.py BEFORE.xlsx AFTER.xlsx

Reads both with openpyxl and compares, per sheet: values, font (bold, italic, underline,
strike, size, colour), fill colour, wrap and alignment, number format, column widths and
hidden columns, row heights, merged cells, frozen panes, tab colour, drop-downs, hyperlinks,
tables and filters, charts; and the word runs of rich-text cells. Cells whose text only
states the run's time ('Run on', timings) are left out. Prints one line per kind of
difference with a count and the first examples.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from typing import Any

import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock

_RUN_TIME = ("Run on", "run on", "time: ")


def _rgb(colour: Any) -> str | None:
    if colour is None or colour.type != "rgb" or colour.rgb in (None, "00000000"):
        return None
    return str(colour.rgb)[-6:]


def _look(cell: Any) -> dict[str, Any]:
    f, a = cell.font, cell.alignment
    fill = _rgb(cell.fill.fgColor) if cell.fill.fill_type == "solid" else None
    return {"bold": bool(f.b), "italic": bool(f.i), "underline": bool(f.u), "strike": bool(f.strike),
            "size": float(f.sz or 11), "colour": _rgb(f.color), "fill": fill,
            "wrap": bool(a.wrap_text), "valign": a.vertical or "bottom",
            "halign": a.horizontal or "general", "number_format": cell.number_format,
            "border": bool(cell.border.left.style)}


def _runs(value: Any) -> list[tuple[str, bool, bool, str | None]] | None:
    if not isinstance(value, CellRichText):
        return None
    out = []
    for b in value:
        if isinstance(b, TextBlock):
            out.append((b.text, bool(b.font.strike), bool(b.font.b), _rgb(b.font.color)))
        else:
            out.append((b, False, False, None))
    return out


def _text(value: Any) -> Any:
    return str(value) if isinstance(value, CellRichText) else value


def _columns(ws: Any) -> dict[str, Any]:
    """Each column's dimension, a range of columns (min..max) spread to its columns."""
    from openpyxl.utils import get_column_letter

    out = {}
    for d in ws.column_dimensions.values():
        for k in range(d.min or 1, (d.max or d.min or 1) + 1):
            out[get_column_letter(k)] = d
    return out


def _sheet_facts(ws: Any) -> dict[str, Any]:
    dvs = sorted((dv.type, str(dv.sqref), dv.formula1, bool(dv.showErrorMessage), dv.prompt)
                 for dv in ws.data_validations.dataValidation)
    tables = sorted((t.ref, t.name) for t in ws.tables.values())
    filt = ws.auto_filter.ref or next((t.autoFilter.ref for t in ws.tables.values()
                                       if t.autoFilter is not None), None)
    return {"freeze": ws.freeze_panes, "tab": _rgb(ws.sheet_properties.tabColor),
            "merged": sorted(str(m) for m in ws.merged_cells.ranges), "validations": dvs,
            "filter over": filt, "tables": tables, "charts": len(ws._charts),
            "gridlines": ws.sheet_view.showGridLines,
            # XlsxWriter stores a width as Excel does, with the 0.71 of padding Excel adds to
            # the characters; openpyxl stores the number given. Differences under 1 pass.
            "widths": {k: d.width for k, d in _columns(ws).items() if d.width},
            "hidden columns": sorted((k for k, d in _columns(ws).items() if d.hidden), key=len),
            "landscape": ws.page_setup.orientation,
            "page breaks": [b.id for b in ws.row_breaks.brk],
            "print titles": (ws.print_title_rows, ws.print_title_cols),
            "pages wide, tall": (ws.page_setup.fitToWidth or 1, ws.page_setup.fitToHeight),
            "footer": ws.oddFooter.center.text}


def compare(before: str, after: str) -> dict[str, list[str]]:
    diffs: dict[str, list[str]] = defaultdict(list)
    wa, wb = openpyxl.load_workbook(before, rich_text=True), openpyxl.load_workbook(after, rich_text=True)
    if wa.sheetnames != wb.sheetnames:
        diffs["sheet names"].append(f"{wa.sheetnames} -> {wb.sheetnames}")
    for name in [n for n in wa.sheetnames if n in wb.sheetnames]:
        a, b = wa[name], wb[name]
        fa, fb = _sheet_facts(a), _sheet_facts(b)
        for k in fa:
            if k == "widths" and fa[k].keys() == fb[k].keys() and all(
                    abs(fa[k][c] - fb[k][c]) < 1 for c in fa[k]):
                continue
            if fa[k] != fb[k]:
                diffs[f"sheet: {k}"].append(f"{name}: {fa[k]} -> {fb[k]}")
        rows = max(a.max_row, b.max_row)
        cols = max(a.max_column, b.max_column)
        for r in range(1, rows + 1):
            ha, hb = a.row_dimensions[r].height, b.row_dimensions[r].height
            if abs((ha or 0) - (hb or 0)) > 0.5:      # XlsxWriter: whole pixels (0.75 pt)
                diffs["row height"].append(f"{name}!{r}: {ha} -> {hb}")
            label = str(a.cell(r, 1).value or "")
            for c in range(1, cols + 1):
                ca, cb = a.cell(r, c), b.cell(r, c)
                where = f"{name}!{ca.coordinate}"
                if _text(ca.value) != _text(cb.value) and not label.startswith(_RUN_TIME):
                    diffs["value"].append(f"{where}: {_text(ca.value)!r:.60} -> {_text(cb.value)!r:.60}")
                if _runs(ca.value) != _runs(cb.value):
                    diffs["rich-text runs"].append(f"{where}: {_runs(ca.value)} -> {_runs(cb.value)}")
                if ca.value is None and cb.value is None and not ca.has_style and not cb.has_style:
                    continue
                la, lb = _look(ca), _look(cb)
                for k in la:
                    if la[k] != lb[k]:
                        diffs[f"cell {k}"].append(f"{where}: {la[k]} -> {lb[k]}")
                link_a = ca.hyperlink.location or ca.hyperlink.target if ca.hyperlink else None
                link_b = cb.hyperlink.location or cb.hyperlink.target if cb.hyperlink else None
                if (link_a or "").lstrip("#") != (link_b or "").lstrip("#"):
                    diffs["hyperlink"].append(f"{where}: {link_a} -> {link_b}")
    return diffs


def main(argv: list[str]) -> int:
    diffs = compare(argv[1], argv[2])
    if not diffs:
        print("no difference a person would see")
    for kind, found in sorted(diffs.items()):
        print(f"{kind}: {len(found)}")
        for line in found[:4]:
            print(f"    {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
