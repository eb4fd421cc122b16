"""Reconciliation → sign-off workbook and flat CSV, each written whole or not at all.

Modules: ``workbook`` (the sheets in order), ``summary``, ``sheets`` (one per category and the
Decision log), ``richtext`` (word differences inside a cell), ``guide``, ``changes_sheet``,
``runinfo``, ``cells`` (shared look, formula-safe cells), ``rowsxml`` (the item rows written
as XML text, for speed) and ``files`` (atomic writes, the CSV, one workbook per owner).
"""

from __future__ import annotations

from .files import atomic_path, csv_frame, owner_groups, safe_name, split_paths, write_csv, write_outputs
from .sheets import sheet_columns
from .workbook import View, sheet_names, write_workbook

__all__ = ["View", "atomic_path", "csv_frame", "owner_groups", "safe_name", "sheet_columns",
           "sheet_names", "split_paths", "write_csv", "write_outputs", "write_workbook"]
