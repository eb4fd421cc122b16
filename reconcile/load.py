"""Spreadsheet → canonical items frame, with every other row explained.

A force tracker is a hand-kept document, not a table: titles above the header, report-title
rows between blocks, merged cells, legend and notes sheets. This module finds the table in
each sheet, maps its headers onto the canonical fields and keeps each item's provenance as
``Sheet!Row`` (the row number a person sees in Excel). Rows that are not items are returned
with the reason, so the run can tie out rows in = items + rows explained.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from . import vocab
from .config import SideSettings
from .errors import InputError

HEADER_SEARCH_ROWS = 40
ITEM_COLUMNS = ["row_id", "sheet", "row", *vocab.FIELDS]
SKIPPED_COLUMNS = ["row_id", "sheet", "row", "reason", "content"]


@dataclass
class Grid:
    """One sheet as a person sees it: values by (Excel row, column), plus the cell cues we use."""

    name: str
    rows: list[list[Any]]           # rows[0] is Excel row 1
    wide_merges: set[tuple[int, int]] = field(default_factory=set)  # (row, col) spanning cols
    bold: set[tuple[int, int]] = field(default_factory=set)
    hidden: bool = False


@dataclass(frozen=True)
class SheetReport:
    """What the loader decided about one sheet: shown by `reconcile inspect` and in Run info."""

    sheet: str
    header_row: int | None
    mapping: dict[str, str]          # canonical field -> header as written
    unmapped: tuple[str, ...]
    rows: int                        # rows with anything in them, header and titles included
    items: int
    explained: int
    blank: int
    note: str = ""


@dataclass(frozen=True)
class LoadedSide:
    """One input, loaded: the items, the rows that are not items, and how it was read."""

    side: str
    path: Path
    items: pd.DataFrame
    skipped: pd.DataFrame
    sheets: tuple[SheetReport, ...]
    sha256: str
    encoding: str | None = None

    @property
    def label(self) -> str:
        return "HMICFRS list" if self.side == "hmicfrs" else "force tracker"


# ------------------------------------------------------------------------------ reading


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or (
        isinstance(value, float) and pd.isna(value))


def _sniff(path: Path, head: bytes) -> str:
    """Decide the reader from the bytes, not the name: a renamed PDF must not reach openpyxl."""
    suffix = path.suffix.lower()
    if head.startswith(b"PK\x03\x04"):
        if suffix == ".ods":
            return "ods"
        return "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "ole"
    if head.startswith(b"%PDF"):
        raise InputError(f"{path}: is a PDF, not a spreadsheet. Export the list to Excel (.xlsx) "
                         "or CSV and run again with that file.")
    if suffix in (".xlsx", ".xlsm", ".xls", ".ods"):
        raise InputError(f"{path}: is named {suffix} but is not an Excel workbook (it may be a "
                         "renamed text or web page). Open it in Excel and save it as .xlsx.")
    return "csv"


def read_grids(path: Path) -> tuple[list[Grid], str | None]:
    """All sheets of a workbook, or the one 'sheet' of a CSV (named after the file)."""
    if not path.exists():
        raise InputError(f"{path}: file not found. Check the path and the file name.")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a file. Give the path of the spreadsheet itself.")
    with path.open("rb") as fh:
        head = fh.read(8)
    if not head:
        raise InputError(f"{path}: the file is empty. Save the spreadsheet again and re-run.")
    kind = _sniff(path, head)
    if kind == "ole":
        raise InputError(
            f"{path}: is an old-style Excel .xls file or a password-protected workbook, which "
            "cannot be read. Open it in Excel, remove any password, and save it as .xlsx.")
    if kind == "ods":
        raise InputError(f"{path}: OpenDocument (.ods) files are not read yet. Open it and save "
                         "it as .xlsx.")
    if kind == "xlsx":
        return _read_xlsx(path), None
    return _read_csv(path)


def _read_xlsx(path: Path) -> list[Grid]:
    import openpyxl  # imported here: `reconcile --help` should not pay for it

    try:
        wb = openpyxl.load_workbook(path, data_only=True, keep_vba=False, keep_links=False)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise InputError(f"{path}: cannot be opened as an Excel workbook ({exc.__class__.__name__}: "
                         f"{exc}). It may be damaged: open it in Excel and save it again as .xlsx."
                         ) from exc
    except Exception as exc:  # openpyxl raises its own InvalidFileException and others
        raise InputError(f"{path}: cannot be opened as an Excel workbook ({exc}). Open it in Excel "
                         "and save it again as .xlsx.") from exc
    grids = []
    for ws in wb.worksheets:
        rows = [list(r) for r in ws.iter_rows(values_only=True)]
        grid = Grid(name=ws.title, rows=rows, hidden=ws.sheet_state != "visible")
        for rng in ws.merged_cells.ranges:
            top = ws.cell(rng.min_row, rng.min_col).value
            # Merged report cells fill their group downwards; a title merged across columns is
            # remembered as "wide" (a cue for a report-title row), never copied sideways.
            for r in range(rng.min_row, rng.max_row + 1):
                if r - 1 < len(rows) and rng.min_col - 1 < len(rows[r - 1]):
                    rows[r - 1][rng.min_col - 1] = top
                if rng.max_col > rng.min_col:
                    grid.wide_merges.add((r, rng.min_col))
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None and cell.font is not None and cell.font.b:
                    grid.bold.add((cell.row, cell.column))
        grids.append(grid)
    wb.close()
    return grids


def _read_csv(path: Path) -> tuple[list[Grid], str]:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise InputError(f"{path}: the text is neither UTF-8 nor Windows-1252. In Excel use "
                         "'Save As' > 'CSV UTF-8 (Comma delimited)' and run again.")
    if "\x00" in text:
        raise InputError(f"{path}: holds binary data, not comma-separated text. Give the "
                         "spreadsheet as .xlsx or a CSV saved from Excel.")
    try:
        dialect = csv.Sniffer().sniff(text[:20000], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    rows = [list(r) for r in csv.reader(io.StringIO(text, newline=""), dialect)]
    return [Grid(name=path.name, rows=rows)], ("UTF-8" if encoding == "utf-8-sig" else "Windows-1252")


# ------------------------------------------------------------------------------ headers


def map_headers(headers: list[Any], side: str, settings: SideSettings) -> dict[int, str]:
    """Column index -> canonical field: config first, then exact synonyms, then keywords."""
    keys = [vocab.key(h) if not _blank(h) else "" for h in headers]
    found: dict[int, str] = {}

    def take(col: int, fld: str) -> None:
        if col not in found and fld not in found.values():
            found[col] = fld

    for fld, header in settings.columns.items():
        for col, k in enumerate(keys):
            if k and k == vocab.key(header):
                take(col, fld)
                break
    exact = vocab.HEADER_EXACT[side]
    for fld in vocab.FIELDS:
        for col, k in enumerate(keys):
            if k and k in exact.get(fld, ()):
                take(col, fld)
    for fld, pattern in vocab.HEADER_PATTERNS:
        if fld == "ref" and side == "force" and "ref" in settings.columns:
            continue
        for col, k in enumerate(keys):
            # Keywords only in header-like cells, not in sentences of a legend or a title.
            if k and len(k) <= 60 and re.search(pattern, k):
                take(col, fld)
    return found


def find_header(grid: Grid, side: str, settings: SideSettings) -> tuple[int | None, dict[int, str]]:
    """The header row is the one, near the top, that maps most fields and includes the text."""
    best: tuple[int, int | None, dict[int, str]] = (0, None, {})
    for r, row in enumerate(grid.rows[:HEADER_SEARCH_ROWS], start=1):
        if sum(not _blank(v) for v in row) < 2:
            continue
        mapping = map_headers(row, side, settings)
        # The text column and at least one other, unless the config named the text header.
        if "text" not in mapping.values() or (len(mapping) < 2 and "text" not in settings.columns):
            continue
        if len(mapping) > best[0]:
            best = (len(mapping), r, mapping)
    return best[1], best[2]


# ------------------------------------------------------------------------------- items


def _content(row: list[Any]) -> str:
    text = " | ".join(str(v).strip() for v in row if not _blank(v))
    return text if len(text) <= 200 else text[:197] + "..."


def _is_title_row(grid: Grid, r: int, filled: list[int], mapping: dict[int, str]) -> bool:
    """A row holding one piece of wording, set apart like a heading: a report title."""
    if len(filled) != 1:
        return False
    c = filled[0]
    if not re.search(r"[A-Za-z]{3}", str(grid.rows[r - 1][c])):
        return False
    if (r, c + 1) in grid.wide_merges or (r, c + 1) in grid.bold:
        return True
    # Unstyled: only where a heading sits, never in a column of item data such as the owner.
    return mapping.get(c) in (None, "report", "local_ref", "ref")


def read_items(grid: Grid, side: str, settings: SideSettings
               ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], SheetReport]:
    """Items and explained rows of one sheet."""
    items: list[dict[str, Any]] = []
    skipped: list[dict[str, Any]] = []
    nonblank = [r for r, row in enumerate(grid.rows, start=1) if any(not _blank(v) for v in row)]
    header_row, mapping = find_header(grid, side, settings)

    def skip(r: int, reason: str) -> None:
        skipped.append({"row_id": f"{grid.name}!{r}", "sheet": grid.name, "row": r,
                        "reason": reason, "content": _content(grid.rows[r - 1])})

    if header_row is None:
        for r in nonblank:
            skip(r, "sheet has no table of items (no header naming a recommendation-text "
                    "column), e.g. a notes or key sheet")
        report = SheetReport(grid.name, None, {}, (), len(nonblank), 0, len(nonblank),
                             len(grid.rows) - len(nonblank),
                             "no item table found" + (" (hidden sheet)" if grid.hidden else ""))
        return items, skipped, report

    headers = grid.rows[header_row - 1]
    header_keys = [vocab.key(h) if not _blank(h) else "" for h in headers]
    text_col = next(c for c, f in mapping.items() if f == "text")
    seen: dict[str, int] = {}
    unmapped = []
    for c, h in enumerate(headers):
        if _blank(h) or c in mapping:
            continue
        name = str(h).strip()
        seen[name] = seen.get(name, 0) + 1
        unmapped.append(name if seen[name] == 1 else f"{name} (again, column {c + 1})")

    group: str | None = None
    for r in nonblank:
        row = grid.rows[r - 1]
        if r < header_row:
            skip(r, "title or form field above the header row")
            continue
        if r == header_row:
            skip(r, "header row")
            continue
        filled = [c for c, v in enumerate(row) if not _blank(v)]
        keys = [vocab.key(v) if not _blank(v) else "" for v in row]
        if sum(1 for c in mapping if c < len(keys) and keys[c] and keys[c] == header_keys[c]) >= 2:
            skip(r, "header row repeated")
            continue
        if _is_title_row(grid, r, filled, mapping):
            value = str(row[filled[0]]).strip()
            first = vocab.key(value).split(" ")[0] if vocab.key(value) else ""
            if first in vocab.LEGEND_WORDS or re.match(r"^\s*(note|nb|key)\b", value, re.I):
                skip(r, "legend or note row")
            else:
                group = " ".join(value.split())
                skip(r, "report title row: sets the report for the rows below it")
            continue
        text = row[text_col] if text_col < len(row) else None
        if _blank(text):
            column = str(headers[text_col]).strip()
            skip(r, f"no recommendation text in column '{column}'")
            continue
        item: dict[str, Any] = {"row_id": f"{grid.name}!{r}", "sheet": grid.name, "row": r}
        for c, fld in mapping.items():
            v = row[c] if c < len(row) else None
            item[fld] = None if _blank(v) else (v.strip() if isinstance(v, str) else v)
        if not item.get("report") and group:
            item["report"] = group
        items.append(item)

    report = SheetReport(
        grid.name, header_row, {f: str(headers[c]).strip() for c, f in mapping.items()},
        tuple(unmapped), len(nonblank), len(items), len(skipped),
        len(grid.rows) - len(nonblank), "hidden sheet" if grid.hidden else "")
    return items, skipped, report


def load_side(path: str | Path, side: str, settings: SideSettings | None = None) -> LoadedSide:
    """Load one input (`side` is "hmicfrs" or "force") into a canonical items frame."""
    if side not in vocab.SIDES:
        raise ValueError(f"side must be one of {vocab.SIDES}, not {side!r}")
    settings = settings or SideSettings()
    p = Path(path)
    grids, encoding = read_grids(p)
    all_items: list[dict[str, Any]] = []
    all_skipped: list[dict[str, Any]] = []
    reports = []
    for grid in grids:
        items, skipped, report = read_items(grid, side, settings)
        all_items += items
        all_skipped += skipped
        reports.append(report)
    if not all_items:
        raise InputError(_no_items_message(p, side, grids, reports, settings))
    items_df = pd.DataFrame(all_items, columns=ITEM_COLUMNS, dtype=object)
    items_df["row"] = items_df["row"].astype(int)
    skipped_df = pd.DataFrame(all_skipped, columns=SKIPPED_COLUMNS, dtype=object)
    return LoadedSide(side, p, items_df, skipped_df, tuple(reports),
                      hashlib.sha256(p.read_bytes()).hexdigest(), encoding)


def _no_items_message(path: Path, side: str, grids: list[Grid], reports: list[SheetReport],
                      settings: SideSettings) -> str:
    section = f"[{side}.columns]"
    for grid, rep in zip(grids, reports, strict=True):
        if rep.header_row is not None:  # a header but no rows under it
            return (f"{path}, sheet '{grid.name}': the header is on row {rep.header_row} but no "
                    f"row below it has any text in column '{rep.mapping['text']}'. Check this is "
                    "the right file, or map the text column in the config: "
                    f"{section} text = \"<header>\".")
    # Show the most header-like row seen, so the analyst can copy a header into the config.
    best_row, best_sheet, best_n = [], "", 0
    for grid in grids:
        for row in grid.rows[:HEADER_SEARCH_ROWS]:
            n = sum(not _blank(v) for v in row)
            if n > best_n:
                best_row, best_sheet, best_n = row, grid.name, n
    seen = ", ".join(f"'{str(v).strip()}'" for v in best_row if not _blank(v)) or "(none)"
    example = next((str(v).strip() for v in best_row if not _blank(v)), "Recommendation")
    hint = (f" The config sets text = \"{settings.columns['text']}\" but no sheet has that header."
            if "text" in settings.columns else "")
    return (f"{path}: no sheet has a column that looks like the recommendation text "
            f"(headers seen in sheet '{best_sheet}': {seen}).{hint} Map it in a config file "
            f"and pass it with --config: {section} text = \"{example}\"")
