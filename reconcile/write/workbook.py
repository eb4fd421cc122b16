"""The sign-off workbook: sheets in the order people use them, written whole or not at all."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator
from pathlib import Path

from ..result import Reconciliation
from ..vocab import CATEGORIES
from .atomic import atomic_path, refuse_inputs
from .view import CHANGES, RETURNS, View, sheet_names

__all__ = ["View", "sheet_names", "write_workbook"]


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused while the workbook is built.

    XlsxWriter keeps a small tuple per cell until it writes the file: a million of them on a
    national list, which the collector would otherwise walk again and again as they pile up
    (none of them is part of a cycle). Reference counting still frees everything as usual.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def write_workbook(rec: Reconciliation, path: str | Path, view: View | None = None) -> Path:
    """Write the workbook to a temporary file beside `path`, then rename it into place."""
    from .book import Book
    from .changes_sheet import changes_sheet
    from .guide import guide_sheet
    from .runinfo import run_info_sheet
    from .sheets import category_sheet, decision_log_sheet
    from .summary import summary_sheet

    path = Path(path)
    refuse_inputs(rec, path)
    view = view or View(rec.items, rec.decisions)
    with atomic_path(path) as tmp, _no_cycle_collection():
        book = Book(tmp, "HMICFRS recommendations: reconciliation for sign-off",
                    f"reconcile {rec.version}")
        summary_sheet(book, rec, view)
        if CHANGES in sheet_names(rec, view):
            changes_sheet(book, rec.changes)
        guide_sheet(book)
        for category in CATEGORIES:
            category_sheet(book, view.items[view.items["category"] == category], category)
        decision_log_sheet(book, view.decisions)
        if RETURNS in sheet_names(rec, view):
            from .returns_sheet import returns_sheet

            returns_sheet(book, rec)
        run_info_sheet(book, rec, view)
        book.close()           # XlsxWriter writes the whole file here
    return path
