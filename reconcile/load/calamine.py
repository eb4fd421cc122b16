"""Read .xls, .xlsb and .ods with python-calamine (Rust; maintained; reads all three).

These formats come from older Excel and from LibreOffice. Values, merged cells (.xls) and
hidden sheets are read; fills and bold are not available, so colour-only RAG grades and bold
report titles are not seen — each sheet's report says so.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import InputError
from .grid import Grid


def read_calamine(path: Path, kind: str) -> list[Grid]:
    """Every worksheet of an .xls, .xlsb or .ods file (`kind` as sniffed) as a Grid."""
    from python_calamine import (
        CalamineError,
        CalamineWorkbook,
        PasswordError,
        SheetTypeEnum,
        SheetVisibleEnum,
    )

    # The enum is not hashable: compare, do not look up.
    visibility = ((SheetVisibleEnum.Hidden, "hidden"), (SheetVisibleEnum.VeryHidden, "very hidden"))

    try:
        with path.open("rb") as fh:
            wb = CalamineWorkbook.from_filelike(fh)
            grids = []
            for meta in wb.sheets_metadata:
                if meta.typ not in (SheetTypeEnum.WorkSheet,):
                    continue
                sheet = wb.get_sheet_by_name(meta.name)
                rows = [_row(r) for r in sheet.to_python(skip_empty_area=False)]
                hidden = next((word for state, word in visibility if meta.visible == state), "")
                grid = Grid(meta.name, rows, hidden=hidden,
                            note=f"read from .{kind}: cell colours and bold are not available",
                            merges_unknown=sheet.merged_cell_ranges is None)
                _merge(grid, sheet.merged_cell_ranges or [])
                grids.append(grid)
            wb.close()
    except PasswordError as exc:
        raise InputError(f"{path}: is password-protected, so it cannot be read. Open it in Excel "
                         "with the password, remove the password, save it as .xlsx and run again."
                         ) from exc
    except (CalamineError, OSError, ValueError, TypeError, OverflowError) as exc:
        raise InputError(f"{path}: cannot be read as a spreadsheet ({type(exc).__name__}: {exc}). "
                         "It may be damaged: open it in Excel or LibreOffice and save it as .xlsx."
                         ) from exc
    return grids


def _row(values: list[Any]) -> list[Any]:
    out = [None if v == "" else v for v in values]
    for i, v in enumerate(out):
        if isinstance(v, float) and v.is_integer() and abs(v) < 2**53:
            out[i] = int(v)  # .xls and .ods store every number as a float; xlsx gives 1, not 1.0
    while out and out[-1] is None:
        out.pop()
    return out


def _merge(grid: Grid, ranges: list[tuple[tuple[int, int], tuple[int, int]]]) -> None:
    """Fill merged report cells down their group, as for .xlsx (0-based ranges here)."""
    for (r0, c0), (r1, c1) in ranges:
        top = grid.value(r0 + 1, c0)
        for r in range(r0, min(r1, len(grid.rows) - 1) + 1):
            row = grid.rows[r]
            if top is not None:
                if len(row) <= c0:
                    row.extend([None] * (c0 + 1 - len(row)))
                row[c0] = top
            if c1 > c0:
                grid.wide_merges.add((r + 1, c0 + 1))
