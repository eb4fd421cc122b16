"""Reconciliation → sign-off workbook and flat CSV, each written whole or not at all.

Modules: ``workbook`` (the sheets in order), ``book`` (the XlsxWriter workbook: a Format per
look, values written by type, never as formulas; row heights fitted), ``blocks`` (headings and
plain tables), ``cells`` (the shared looks, values made fit for a cell), ``summary``,
``sheets`` (one Excel table per category, and the Decision log), ``richtext`` (word differences
inside a cell), ``guide``, ``changes_sheet``, ``returns_sheet`` (the chase list), ``runinfo``,
``view`` (what one workbook shows, its sheet names), ``atomic`` (whole or not at all, never
over an input), ``owners`` (one workbook per owner) and ``files`` (the CSV, and every output of
a run together).

The workbook is written with XlsxWriter; openpyxl only ever reads (inputs, returned workbooks).

Writers take a ``reconcile.result.Reconciliation``; nothing here imports the pipeline.
"""

from __future__ import annotations

from .atomic import atomic_path
from .files import csv_frame, write_csv, write_outputs
from .owners import owner_groups, safe_name, split_paths
from .sheets import sheet_columns
from .view import View, sheet_names
from .workbook import write_workbook

__all__ = ["View", "atomic_path", "csv_frame", "owner_groups", "safe_name", "sheet_columns",
           "sheet_names", "split_paths", "write_csv", "write_outputs", "write_workbook"]
