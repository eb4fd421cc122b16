"""Spreadsheet → canonical items frame, with every other row explained.

A force tracker is a hand-kept document, not a table: titles above the header, report-title
rows between blocks, merged cells, legend and notes sheets, grades kept as cell colour. This
package finds the table in each sheet, maps its headers onto the canonical fields and keeps
each item's provenance as ``Sheet!Row`` (the row number a person sees in Excel). Rows that are
not items are returned with the reason, so the run ties out: rows in = items + rows explained.

Modules, in the order a file meets them: ``sniff`` (what the bytes are; refuses hostile and
unreadable files), ``encrypted`` (a password-protected workbook, decrypted in memory),
``xlsx`` / ``calamine`` / ``text`` (readers → :class:`Grid`; ``xlsx`` reads values with
calamine and takes the rest from ``xlsx_xml`` and, on demand, ``xlsx_styles``, falling back
to ``xlsx_openpyxl`` for sheets calamine cannot hold), ``colour`` (fill → RAG family),
``header`` (find and map the header row), ``items`` (a sheet → items, in order: ``table``
the item table as read, ``slid`` rows a PDF page slid a cell right, ``periods`` a status
column per committee, ``walk`` the rows one by one with ``richtext`` and ``incell`` for what
a cell holds, then ``outline``, ``updates`` and ``parents`` for rows that are not items as
they stand, and ``statuses`` for a status the cell does not give).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pandas as pd

from .. import vocab
from ..config import SideSettings
from ..errors import InputError
from ..normalise.types import type_named, type_prefix, type_word
from .beside import table_title, tables_beside
from .codes import report_codes, report_lookups, reports_from_codes, with_report_codes
from .compactpivot import compact_pivot
from .formsheet import FORM_NOTE, index_sheets
from .grid import Grid, blank
from .header import HEADER_SEARCH_ROWS, find_header, likely_text_column, map_headers
from .items import ITEM_COLUMNS, SKIPPED_COLUMNS, SheetReport, read_items, set_aside_sheets
from .joins import join_keys
from .labels import reports_from_labels
from .links import read_url_cells
from .listcopy import without_list_copies, without_tracker_copies
from .notitem import risk_sheets, template_sheets
from .pageheader import reports_from_page_headers
from .perforce import forces_from_report_notes
from .pivot import pivot_labels_down
from .projects import from_plan, project_register
from .repeats import repeated_items
from .sheetfacts import shortened
from .sniff import check_path, sniff_format
from .sources import ids_after_reports, reports_from_sources
from .stacked import stacked_tables
from .statusgrid import from_status_grid
from .tworow import printed_report
from .typefill import typed_by_fill
from .untracked import untracked_rows
from .versions import earlier_versions

__all__ = ["HEADER_SEARCH_ROWS", "ITEM_COLUMNS", "SKIPPED_COLUMNS", "Grid", "LoadedSide",
           "SheetReport", "find_header", "load_side", "map_headers", "read_grids", "read_items"]


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
    format: str = ""                 # 'xlsx', 'xls', 'xlsb', 'ods' or 'csv', from the bytes
    encrypted: bool = False          # opened with a password (never kept: see encrypted.py)

    @property
    def legend(self) -> tuple[tuple[str, str], ...]:
        """The file's key to its colours, every sheet's: (colour, what it means)."""
        return tuple(entry for sheet in self.sheets for entry in sheet.legend)

    @property
    def label(self) -> str:
        return "HMICFRS list" if self.side == "hmicfrs" else "force tracker"


def read_grids(path: Path) -> tuple[list[Grid], str | None]:
    """All sheets of a workbook, or the one 'sheet' of a CSV (named after the file)."""
    grids, encoding, _, _ = _read(Path(path))
    return grids, encoding


def _read(path: Path, side: str | None = None) -> tuple[list[Grid], str | None, str, bool]:
    """(grids, text encoding, format, whether a password opened it)."""
    check_path(path)
    kind = sniff_format(path)
    source: Any = path
    if kind == "encrypted":
        from .encrypted import decrypt

        source = decrypt(path, side)
        kind = sniff_format(source)
    encrypted = source is not path
    if kind == "xlsx":
        from .xlsx import read_xlsx

        return read_xlsx(source), None, kind, encrypted
    if kind in ("xls", "xlsb", "ods"):
        from .calamine import read_calamine

        return read_calamine(source, kind), None, kind, encrypted
    if encrypted:
        raise InputError(f"{path}: opened with the password, but what is inside is not a "
                         "workbook. Open it in Excel and save it again as .xlsx.")
    from .text import read_csv

    grids, encoding = read_csv(path)
    return grids, encoding, kind, encrypted


def load_side(path: str | Path, side: str, settings: SideSettings | None = None) -> LoadedSide:
    """Load one input (`side` is "hmicfrs" or "force") into a canonical items frame."""
    if side not in vocab.SIDES:
        raise ValueError(f"side must be one of {vocab.SIDES}, not {side!r}")
    settings = settings or SideSettings()
    p = Path(path)
    grids, encoding, kind, encrypted = _read(p, side)
    all_items: list[dict[str, Any]] = []
    all_skipped: list[dict[str, Any]] = []
    reports = []
    named: list[str] = []     # per report, what its table is called: the sheet, or its title
    table_of: dict[str, int] = {}     # item row id -> its report
    # A portfolio sheet whose projects' stages give the status of rows naming them.
    projects = project_register(grids) if side == "force" else {}
    # A fact sheet's keys read through the lookup sheets they name (a warehouse's extract).
    lookups = join_keys(grids)
    for sheet in grids:
        _as_shown(sheet, side)
        beside = tables_beside(sheet, side, settings)
        for grid in beside or [sheet]:
            # A printed report repeats its header on every page: one table, not stacked ones.
            parts = [] if printed_report(grid, side) else stacked_tables(grid, side, settings)
            items, skipped, report = (_read_stacked(grid, parts, side, settings) if parts
                                      else read_items(grid, side, settings, projects))
            if grid.id_col:
                report = _noted(report, f"a table beside another on the sheet, from column "
                                        f"{grid.id_col}: its rows are named by their cell in "
                                        f"that column ('{grid.row_id(report.header_row or 1)}')")
            table_of.update((item["row_id"], len(reports)) for item in items)
            all_items += items
            all_skipped += skipped
            reports.append(report)
            named.append(table_title(grid, report.header_row) if beside else grid.name)
    if not all_items:
        raise InputError(_no_items_message(p, side, grids, reports, all_skipped, settings))
    reports, all_items, all_skipped = _extract_rows(grids, lookups, reports, all_items,
                                                    all_skipped)
    # A grid of the reports by status, each cell the ids in that status: the items' report
    # and status, where the sheet of their wording gives neither.
    reports, all_items, all_skipped, typed = from_status_grid(grids, side, reports, all_items,
                                                             all_skipped)
    # A sheet per report, the report printed only in each sheet's page header.
    typed = "; ".join(n for n in (typed, reports_from_page_headers(grids, all_items)) if n)
    if side == "hmicfrs":
        _type_of_text_heading(reports, table_of, all_items)
        reports, all_items, all_skipped = repeated_items(reports, all_items, all_skipped)
        reports, all_items, all_skipped = untracked_rows(reports, all_items, all_skipped)
        reports, all_items, all_skipped = without_tracker_copies(reports, all_items,
                                                                 all_skipped)
    if side == "force":
        _type_of_tables(reports, named, table_of, all_items)
        typed = "; ".join(n for n in (typed, typed_by_fill({g.name: g for g in grids},
                                                           all_skipped, all_items)) if n)
        reports, all_items, all_skipped = _tracker_sheets(reports, all_items, all_skipped,
                                                          projects)
    forms = {r.sheet for r in reports if r.note.startswith(FORM_NOTE)}
    if index := index_sheets(grids, all_items, forms):
        reports, all_items, all_skipped = set_aside_sheets(
            reports, all_items, all_skipped, index, "a contents or summary sheet of the "
            "workbook's item tabs (each row names a tab): the tabs' items again, not items")
    reports, all_items, all_skipped, looked_up = report_lookups(grids, reports, all_items,
                                                                all_skipped)
    items_df = pd.DataFrame(all_items, columns=ITEM_COLUMNS, dtype=object)
    items_df["row"] = items_df["row"].astype(int)
    items_df, coded = with_report_codes(items_df, report_codes(grids, all_skipped))
    coded = "; ".join(n for n in (looked_up, coded) if n)
    if side == "force":
        items_df, from_codes = reports_from_codes(items_df)
        items_df, from_labels = reports_from_labels(items_df)
        items_df, forces_noted = forces_from_report_notes(items_df)
        items_df, sourced = reports_from_sources(items_df)
        coded = "; ".join(n for n in (typed, coded, from_codes, from_labels, forces_noted,
                                      sourced) if n)
    else:
        # The list may give each id after its report's name, as the old register's theme
        # pages did: "PEEL: police legitimacy 2017 (8541)".
        items_df, sourced = ids_after_reports(items_df)
        coded = "; ".join(n for n in (typed, coded, sourced) if n)
    if coded:       # said on the first sheet of items
        k = next(k for k, r in enumerate(reports) if r.items)
        reports[k] = _noted(reports[k], coded)
    skipped_df = pd.DataFrame(all_skipped, columns=SKIPPED_COLUMNS, dtype=object)
    return LoadedSide(side, p, items_df, skipped_df, tuple(reports), file_sha256(p), encoding, kind,
                      encrypted)


#: Register rows reading their status from a plan's actions, at least, for the plan's sheet
#: to be set aside as no items of its own.
_PLAN_READ = 3


def _tracker_sheets(reports: list[SheetReport], items: list[dict[str, Any]],
                    skipped: list[dict[str, Any]], projects: dict
                    ) -> tuple[list[SheetReport], list[dict[str, Any]], list[dict[str, Any]]]:
    """A tracker's sheets that hold no items of its own explained: a copy of the list kept
    beside it, a RAID log's risks, the portfolio whose stages give its rows' status."""
    reports, items, skipped = without_list_copies(reports, items, skipped)
    if template := template_sheets(items):
        reports, items, skipped = set_aside_sheets(
            reports, items, skipped, template, "the template the report sheets are copied "
            "from: its rows are an example, not items")
    if risks := risk_sheets(items):
        reports, items, skipped = set_aside_sheets(
            reports, items, skipped, risks, "a risk log: the programme's own risks ('There "
            "is a risk that …'), not items")
    first = next(iter(projects.values()), None)
    if first is not None and not first.prefix:
        reports, items, skipped = set_aside_sheets(
            reports, items, skipped, {first.sheet},
            "the change portfolio: projects whose stages give the status of the rows naming "
            "them, not items")
    elif first is not None and sum(map(from_plan, items)) >= _PLAN_READ:
        reports, items, skipped = set_aside_sheets(
            reports, items, skipped, {first.sheet},
            "the improvement plan: actions whose status gives the status of the register's rows "
            "pointing to them ('See plan' beside 'A-01, 06'), not items")
    return reports, items, skipped


def _as_shown(sheet: Grid, side: str) -> None:
    """A sheet's cells read as a person reads them (in place): an address typed out as its
    link, a pivot table's labels over the rows of their block, a list's struck words gone."""
    read_url_cells(sheet)
    compact_pivot(sheet)
    pivot_labels_down(sheet)
    if side == "hmicfrs":
        sheet.without_struck()


def _extract_rows(grids: list[Grid], lookups: set[str], reports: list[SheetReport],
                  items: list[dict[str, Any]], skipped: list[dict[str, Any]]
                  ) -> tuple[list[SheetReport], list[dict[str, Any]], list[dict[str, Any]]]:
    """A database extract's rows that are not items explained: its lookup sheets (read
    through where their keys are used) and its records' earlier versions."""
    if lookups:
        reports, items, skipped = set_aside_sheets(
            reports, items, skipped, lookups, "a lookup sheet: what the keys of another "
            "sheet's columns mean (read through it there), not items")
    return earlier_versions(grids, reports, items, skipped)


def _read_stacked(grid: Grid, parts: list[Grid], side: str, settings: SideSettings
                  ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], SheetReport]:
    """A sheet of tables one under another (`stacked`), each read with its own header: their
    items and explained rows, and one report for the sheet (the first table's columns)."""
    read = [read_items(part, side, settings) for part in parts]
    _own_keys(read, side, settings)
    items = [item for got, _, _ in read for item in got]
    skipped = [row for _, got, _ in read for row in got]
    reports = [report for _, _, report in read]
    first = reports[0]
    rows = sum(1 for row in grid.rows if any(not blank(v) for v in row))
    heads = ", ".join(str(r.header_row) for r in reports if r.header_row)
    note = (f"{len(parts)} tables one under another, each with its own header (rows {heads}): "
            "each read with its own columns")
    return items, skipped, replace(
        first, rows=rows, items=len(items), explained=len(skipped),
        blank=len(grid.rows) - rows,
        note="; ".join(n for n in (note, *(r.note for r in reports)) if n),
        colour_status=tuple(x for r in reports for x in r.colour_status),
        uncalculated=tuple(x for r in reports for x in r.uncalculated),
        excel_errors=tuple(x for r in reports for x in r.excel_errors),
        bad_dates=tuple(x for r in reports for x in r.bad_dates),
        ref_columns=tuple(x for r in reports for x in r.ref_columns),
        legend=tuple(x for r in reports for x in r.legend))


def _own_keys(read: list[tuple[list[dict[str, Any]], list, SheetReport]], side: str,
              settings: SideSettings) -> None:
    """Tables one under another, each with its own key, that read one colour two ways
    (Green is done under a RAG key, on track under the next table's BRAG key): each table's
    items say their state by their own key ("Open (Green – this table's key: on track …)"),
    since the file's statuses are read through one key."""
    from ..normalise import status_table
    from ..normalise.types import meaning_state

    meanings = [{vocab.key(w): m for w, m in report.legend} for _, _, report in read]
    plain = status_table(side, settings)
    said: dict[str, set[str]] = {}
    for keys in meanings:
        for k, m in keys.items():
            said.setdefault(k, set()).add(meaning_state(m, plain))
    torn = {k for k, states in said.items() if len(states - {"unknown"}) > 1}
    if not torn:
        return
    for (items, _, _), keys in zip(read, meanings, strict=True):
        for item in items:
            status = item.get("status")
            k = vocab.key(status) if isinstance(status, str) else ""
            if k in torn and k in keys:
                state = meaning_state(keys[k], plain)
                word = "Complete" if state in ("done", "closed") else "Open"
                item["status"] = f"{word} ({status.strip()} – this table's key: {keys[k]})"


def _noted(report: SheetReport, note: str) -> SheetReport:
    """The sheet's report with one more thing said about how it was read."""
    return replace(report, note="; ".join(n for n in (report.note, note) if n))


def _type_of_tables(reports: list[SheetReport], named: list[str], table_of: dict[str, int],
                    items: list[dict[str, Any]]) -> None:
    """A tracker kept one sheet per type ("Causes of Concern", "Recommendations", "AFIs"), or
    one table per type side by side ("Recommendations" | "Areas for improvement"), with no
    type column: each sheet's name (each table's title) is its rows' type. Only when two or
    more are named for different types (a single "Recommendations" sheet holds every kind)."""
    kinds = {k: kind for k, (r, name) in enumerate(zip(reports, named, strict=True))
             if r.items and "type" not in r.mapping and (kind := type_word(name))}
    if len(set(kinds.values())) < 2:
        return
    for item in items:
        k = table_of.get(item["row_id"])
        # A row's own "Cause of concern – …" is surer than its table's name.
        if k in kinds and not item.get("type") and not type_prefix(item.get("text")):
            item["type"] = named[k].strip()
    for k in kinds:
        note = f"no type column: the {'sheet' if named[k] == reports[k].sheet else 'table'}'s " \
               f"name gives each row its type ({kinds[k]})"
        reports[k] = _noted(reports[k], note)


def _type_of_text_heading(reports: list[SheetReport], table_of: dict[str, int],
                          items: list[dict[str, Any]]) -> None:
    """A list's table with no type column whose text column is headed by a type ("Area for
    improvement", "Causes of concern": an FOI release's table of one kind) gives its rows
    that type. Not "Recommendation": the heading most lists give every kind of item; nor a
    tracker's, whose "AFI" column may hold what it tracks of any kind (a type it gave
    wrongly would be a conflict the list never had)."""
    kinds = {k: kind for k, r in enumerate(reports) if r.items and "type" not in r.mapping
             and (kind := type_named(r.mapping.get("text"))) and kind != "recommendation"}
    if not kinds:
        return
    for item in items:
        k = table_of.get(item["row_id"])
        if k in kinds and not item.get("type") and not type_prefix(item.get("text")):
            item["type"] = reports[k].mapping["text"]
    for k, kind in kinds.items():
        reports[k] = _noted(reports[k], f"no type column: the text column's heading gives "
                                        f"each row its type ({kind})")


def file_sha256(path: Path) -> str:
    """The file's SHA-256, read in blocks: Run info records what exactly was reconciled."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _no_items_message(path: Path, side: str, grids: list[Grid], reports: list[SheetReport],
                      skipped: list[dict[str, Any]], settings: SideSettings) -> str:
    section = f"[{side}.columns]"
    for grid, rep in zip(grids, reports, strict=True):
        if rep.header_row is None:
            continue
        reasons = [s["reason"] for s in skipped if s["sheet"] == grid.name]
        if any("formula with no saved result" in r for r in reasons):
            return (f"{path}, sheet '{grid.name}': the recommendation text cells (column "
                    f"'{rep.mapping['text']}') are formulas with no saved result, so there is no "
                    "text to read. The file was saved by a program that does not calculate: open "
                    "it in Excel, let it calculate, save it, and run again.")
        # A header but no rows under it.
        return (f"{path}, sheet '{grid.name}': the header is on row {rep.header_row} but no "
                f"row below it has any text in column '{rep.mapping['text']}'. Check this is "
                f"the right file, or map the text column in the config: {section} text = "
                "\"<header>\".")
    # Show the most header-like row seen, so the analyst can copy a header into the config.
    best_row: list[Any] = []
    best_sheet, best_at, best_n = "", 0, 0
    for grid in grids:
        for r, row in enumerate(grid.rows[:HEADER_SEARCH_ROWS], start=1):
            n = sum(not blank(v) for v in row)
            if n > best_n:
                best_row, best_sheet, best_at, best_n = row, grid.name, r, n
    if not best_n:
        return (f"{path}: no sheet has anything in it (sheets: "
                f"{', '.join(repr(g.name) for g in grids) or 'none'}). Check this is the right file.")
    seen = ", ".join(f"'{shortened(v)}'" for v in best_row if not blank(v))
    # Suggest the column holding the most free text, not merely the first heading.
    grid = next(g for g in grids if g.name == best_sheet)
    col = likely_text_column(grid, best_at)
    example = shortened(best_row[col]) if col is not None else next(
        (shortened(v) for v in best_row if not blank(v)), "Recommendation")
    hint = (f" The config sets text = \"{settings.columns['text']}\" but no sheet has that header."
            if "text" in settings.columns else "")
    return (f"{path}: no sheet has a column that looks like the recommendation text "
            f"(headers seen in sheet '{best_sheet}': {seen}, on row {best_at}).{hint} Map it in a "
            f"config file and pass it with --config: {section} text = \"{example}\"")


