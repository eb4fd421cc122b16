"""The Returns sheet: the chase list of who has returned their decisions, and who has not."""

from __future__ import annotations

from typing import Any

import pandas as pd

from ..decisions.returns import COLUMNS, chase_list
from ..result import Reconciliation
from .cells import STALE_FILL, fit_heights, print_setup, table
from .owners import owner_of


def returns_sheet(ws: Any, rec: Reconciliation) -> None:
    """One line per owner: items to decide, decided, undecided, not applied (why), file and
    when it was saved; owners who returned nothing first, painted to be chased."""
    items = rec.items[rec.items["category"] != "in_sync"]
    lines = pd.DataFrame({"item_id": items["item_id"], "owner": owner_of(items)})
    report = chase_list(lines, rec.decisions, rec.decision_files)
    table(ws, 1, list(COLUMNS), [o.row() for o in report], [28, 10, 9, 10, 10, 30, 36, 22])
    for r, o in enumerate(report, start=2):
        if not o.files:
            ws.cell(r, 1).fill = STALE_FILL
    fit_heights(ws, 2, len(report) + 1)
    ws.sheet_properties.tabColor = "7F7F7F"
    print_setup(ws, title_rows="1:1")
