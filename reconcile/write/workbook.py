"""The sign-off workbook: sheets in the order people use them, written whole or not at all."""

from __future__ import annotations

from pathlib import Path

from ..result import Reconciliation
from ..vocab import CATEGORIES, CATEGORY_TITLES
from .atomic import atomic_path, refuse_inputs
from .view import CHANGES, GUIDE, LOG_SHEET, RETURNS, RUN_INFO, SUMMARY, View, sheet_names

__all__ = ["View", "sheet_names", "write_workbook"]


def write_workbook(rec: Reconciliation, path: str | Path, view: View | None = None) -> Path:
    """Write the workbook to a temporary file beside `path`, then rename it into place."""
    from openpyxl import Workbook

    from .cells import add_styles
    from .changes_sheet import changes_sheet
    from .guide import guide_sheet
    from .rowsxml import splice
    from .runinfo import run_info_sheet
    from .sheets import category_sheet, decision_log_sheet
    from .summary import summary_sheet

    path = Path(path)
    refuse_inputs(rec, path)
    view = view or View(rec.items, rec.decisions)
    wb = Workbook()
    wb.properties.title = "HMICFRS recommendations: reconciliation for sign-off"
    wb.properties.creator = f"reconcile {rec.version}"
    add_styles(wb)
    ws = wb.active
    ws.title = SUMMARY
    summary_sheet(ws, rec, view)
    if CHANGES in sheet_names(rec, view):
        changes_sheet(wb.create_sheet(CHANGES), rec.changes)
    guide_sheet(wb.create_sheet(GUIDE))
    rows = []
    for category in CATEGORIES:
        lines = view.items[view.items["category"] == category]
        rows.append(category_sheet(wb.create_sheet(CATEGORY_TITLES[category]), lines, category))
    decision_log_sheet(wb.create_sheet(LOG_SHEET), view.decisions)
    if RETURNS in sheet_names(rec, view):
        from .returns_sheet import returns_sheet

        returns_sheet(wb.create_sheet(RETURNS), rec)
    run_info_sheet(wb.create_sheet(RUN_INFO), rec, view)
    wb.active = 0
    with atomic_path(path) as tmp:
        wb.save(tmp)
        splice(tmp, rows)        # the item rows, written as text: see rowsxml
    return path
