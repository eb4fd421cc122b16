"""The sign-off workbook: sheets in the order people use them, written whole or not at all."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from ..decisions import LOG_SHEET
from ..diff import CATEGORIES, CATEGORY_TITLES

if TYPE_CHECKING:
    from ..pipeline import Reconciliation

SUMMARY, GUIDE, CHANGES, RUN_INFO = "Summary", "Guide", "Changes since last run", "Run info"


@dataclass(frozen=True)
class View:
    """What one workbook shows: every item, or one owner's items and their decisions."""

    items: pd.DataFrame
    decisions: pd.DataFrame
    owner: str | None = None


def sheet_names(rec: Reconciliation, view: View | None = None) -> list[str]:
    """Summary, [Changes since last run], Guide, one per category, Decision log, Run info."""
    changes = [CHANGES] if rec.changes is not None and (view is None or view.owner is None) else []
    return [SUMMARY, *changes, GUIDE, *[CATEGORY_TITLES[c] for c in CATEGORIES], LOG_SHEET,
            RUN_INFO]


def write_workbook(rec: Reconciliation, path: str | Path, view: View | None = None) -> Path:
    """Write the workbook to a temporary file beside `path`, then rename it into place."""
    from openpyxl import Workbook

    from .cells import add_styles
    from .changes_sheet import changes_sheet
    from .files import atomic_path, refuse_inputs
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
    run_info_sheet(wb.create_sheet(RUN_INFO), rec, view)
    wb.active = 0
    with atomic_path(path) as tmp:
        wb.save(tmp)
        splice(tmp, rows)        # the item rows, written as text: see rowsxml
    return path
