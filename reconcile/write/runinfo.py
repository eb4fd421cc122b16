"""The Run info sheet: how the run was made, and the tie-out that shows no row was lost."""

from __future__ import annotations

from typing import Any

import pandas as pd

from ..result import Reconciliation
from .blocks import header_row, heading
from .book import Book, Sheet
from .cells import GRID, TOP, WRAP
from .view import RUN_INFO, View

# One column grid for three tables, without merged cells (slow to write, awkward to sort):
# settings (a value in B runs on to the right), the tie-out (Ties out in I), and the rows that
# are not items (the reason in C, the content running on to the right from D).
WIDTHS = [30, 22, 40, 8, 9, 8, 9, 9, 8, 8, 60, 30]
TIE_HEADINGS = ["Input", "Sheet", "How the sheet was read", "Header row", "Rows with content",
                "Items", "Items in output", "Rows explained", "Ties out", "Blank rows",
                "Columns used", "Columns not used"]


def settings_rows(rec: Reconciliation, view: View) -> list[list[Any]]:
    rows: list[list[Any]] = [
        ["tool", f"reconcile {rec.version}"],
        ["run on", rec.started.isoformat(timespec="seconds")],
    ]
    if view.owner:
        rows.append(["this workbook", f"only the items of {view.owner} ({len(view.items)} of "
                                      f"{len(rec.items)}); the tie-out below is for the whole run"])
    for side in (rec.hmicfrs, rec.force):
        rows.append([f"{side.label} file", str(side.path)])
        rows.append([f"{side.label} SHA-256", side.sha256])
        if side.encoding:
            rows.append([f"{side.label} text encoding", side.encoding])
        if side.encrypted:   # the fact only: the password is never kept
            rows.append([f"{side.label} protection", "opened with a password, in memory"])
    for d in rec.decision_files:
        rows.append(["decisions file", str(d.path)])
        rows.append(["decisions SHA-256", d.sha256])
        rows.append(["decisions read", f"{d.rows} rows with a decision or comment on its sheets, "
                                       f"{d.logged} carried in its Decision log"])
        rows += [["decisions note", note] for note in d.notes]
    rows += [["decisions note", note] for note in rec.decision_notes]
    rows += [["status words to settle", note] for note in rec.status_notes]
    # The file's own key decides what its colours mean (in BRAG, Green is on track).
    rows += [[f"{label} key", text] for label, text in rec.keys]
    if rec.changes is not None:
        rows.append(["previous run file", str(rec.changes.path)])
        rows.append(["previous run SHA-256", rec.changes.sha256])
    rows += [[k, v] for k, v in rec.config.as_rows()]
    rows += [[f"time: {k}", f"{v:.2f} s"] for k, v in rec.timings.items()]
    return rows


def _row(sheet: Sheet, r: int, values: list[Any], look: dict[str, Any]) -> None:
    for c, value in enumerate(values, start=1):
        sheet.put(r, c, value, look)


def _tie_out(sheet: Sheet, top: int, rec: Reconciliation) -> int:
    """Rows read per sheet, and how they tie out; returns the last row written."""
    heading(sheet, top - 1, 1, "Rows read per sheet (rows with content = items + rows explained)")
    header_row(sheet, top, TIE_HEADINGS)
    sheet.height(top, 45)
    sheets = {(s.label, r.sheet): r for s in (rec.hmicfrs, rec.force) for r in s.sheets}
    r = top
    for r, t in enumerate(rec.tie_out().to_dict("records"), start=top + 1):
        rep = sheets[(t["input"], t["sheet"])]
        mapping = ", ".join(f"{h} → {f}" + (f" ({rep.why[f]})" if f in rep.why else "")
                            for f, h in rep.mapping.items())
        _row(sheet, r, [t["input"], t["sheet"], rep.note, rep.header_row, t["rows with content"],
                        t["items"], t["items in output"], t["rows explained"],
                        "yes" if t["ties out"] else "NO", t["blank rows"], mapping,
                        ", ".join(rep.unmapped)], {**WRAP, **GRID})
    return r


def run_info_sheet(book: Book, rec: Reconciliation, view: View) -> None:
    sheet = book.sheet(RUN_INFO, "7F7F7F")
    rows = settings_rows(rec, view)
    header_row(sheet, 1, ["Setting", "Value"])
    for r, (key, value) in enumerate(rows, start=2):
        _row(sheet, r, [key, value], {**TOP, **GRID})

    top2 = _tie_out(sheet, len(rows) + 4, rec) + 3
    heading(sheet, top2 - 1, 1, "Rows that are not items, and why")
    header_row(sheet, top2, ["Input", "Row", "Reason", "Content"])
    skipped = pd.concat([rec.hmicfrs.skipped.assign(input=rec.hmicfrs.label),
                         rec.force.skipped.assign(input=rec.force.label)], ignore_index=True)
    for r, values in enumerate(
            skipped[["input", "row_id", "reason", "content"]].itertuples(index=False),
            start=top2 + 1):
        _row(sheet, r, list(values[:3]), {**WRAP, **GRID})
        sheet.put(r, 4, values[3], TOP)        # runs on across the empty cells
    sheet.set_widths(WIDTHS)
    sheet.fit_heights()
    sheet.print_setup()
