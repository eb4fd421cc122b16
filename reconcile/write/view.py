"""What one workbook shows, and its sheets in the order people use them."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..decisions import LOG_SHEET
from ..result import Reconciliation
from ..vocab import CATEGORIES, CATEGORY_TITLES, RUN_INFO_SHEET

SUMMARY, GUIDE, CHANGES, RUN_INFO = "Summary", "Guide", "Changes since last run", RUN_INFO_SHEET
RETURNS = "Returns"   # the chase list, when returned files were read


@dataclass(frozen=True)
class View:
    """What one workbook shows: every item, or one owner's items and their decisions."""

    items: pd.DataFrame
    decisions: pd.DataFrame
    owner: str | None = None


def sheet_names(rec: Reconciliation, view: View | None = None) -> list[str]:
    """Summary, [Changes since last run], Guide, one per category, Decision log, Run info."""
    changes = [CHANGES] if rec.changes is not None and (view is None or view.owner is None) else []
    returns = [RETURNS] if rec.decision_files and (view is None or view.owner is None) else []
    return [SUMMARY, *changes, GUIDE, *[CATEGORY_TITLES[c] for c in CATEGORIES], LOG_SHEET,
            *returns, RUN_INFO]
