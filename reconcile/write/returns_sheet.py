"""The Returns sheet: the chase list of who has returned their decisions, and who has not."""

from __future__ import annotations

import pandas as pd

from ..decisions.returns import COLUMNS, chase_list
from ..result import Reconciliation
from .blocks import table
from .book import Book
from .cells import STALE_FILL
from .owners import owner_of
from .view import RETURNS


def returns_sheet(book: Book, rec: Reconciliation) -> None:
    """One line per owner: items to decide, decided, undecided, not applied (why), file and
    when it was saved; owners who returned nothing first, painted to be chased."""
    items = rec.items[rec.items["category"] != "in_sync"]
    lines = pd.DataFrame({"item_id": items["item_id"], "owner": owner_of(items)})
    report = chase_list(lines, rec.decisions, rec.decision_files)
    rows = [o.row() for o in report]
    looks = [[STALE_FILL if not o.files else None] + [None] * (len(row) - 1)
             for o, row in zip(report, rows, strict=True)]
    sheet = book.sheet(RETURNS, "7F7F7F")
    table(sheet, 1, list(COLUMNS), rows, [28, 10, 9, 10, 10, 30, 36, 22], looks)
    sheet.fit_heights(2, len(report) + 1)
    sheet.print_setup(title_row=1)
