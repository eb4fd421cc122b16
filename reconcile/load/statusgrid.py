"""A list whose items' report and status are only where their ids sit in a grid: a committee
pack's appendix of one row per report and one column per status ("Awaiting review | Being
progressed | Complete | Superseded"), each cell the ids that report has in that status
("8320, 8321,\\n8324 and 8325", "2712–2715", "8541 (CoC)"), the wording on another sheet of
ids and texts alone.

The wording sheet's rows are the items; the grid gives each its report (and published date)
and its status, where it has none of its own. Read only when most ids the grid lists are the
items' ids: a grid of counts or of other numbers gives nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .. import vocab
from ..normalise import builtin_statuses, reads_as_status, ref_key
from .columns import field_named
from .grid import Grid, blank
from .items import SheetReport, set_aside_sheets

#: The header is in the sheet's first rows, with this many status columns at least.
_LOOK, _STATUSES = 30, 2
#: Ids a grid lists that must be the items', at least, and the share of all it lists.
_LEAST, _SHARE = 3, 0.5
#: A range of ids ("2712–2715"), expanded when it spans this many ids at most.
_RANGE = re.compile(r"(\d{3,6})\s*[-\u2013\u2014]\s*(\d{3,6})")
_SPAN = 20
_ID = re.compile(r"(?<!\d)(\d{3,6})(?!\d)")
#: A heading has this many words at most.
_HEADING_WORDS = 8
#: Ids read before a grid naming none of the items' is given up.
_GIVE_UP = 50


def _ids(value: Any) -> list[str]:
    """The ids a cell lists, ranges expanded, in order."""
    if blank(value):
        return []
    text = str(value)
    out: list[str] = []

    def expand(m: re.Match) -> str:
        lo, hi = int(m.group(1)), int(m.group(2))
        if 0 < hi - lo <= _SPAN:
            out.extend(str(n) for n in range(lo, hi + 1))
            return " "
        return m.group(0)
    rest = _RANGE.sub(expand, text)
    return out + _ID.findall(rest)


def _header(grid: Grid, side: str) -> tuple[int, dict[int, str]] | None:
    """(row, column -> status heading) of a grid's header: two statuses of the side at least."""
    table = builtin_statuses(side)
    for r, row in enumerate(grid.rows[:_LOOK], start=1):
        # Headings are short: a row holding a sentence is an item's (its status beside it).
        if any(isinstance(v, str) and len(v.split()) > _HEADING_WORDS for v in row):
            continue
        cols = {c: str(v).strip() for c, v in enumerate(row)
                if isinstance(v, str) and reads_as_status(v, table)}
        if len(cols) >= _STATUSES:
            return r, cols
    return None


@dataclass(frozen=True)
class StatusGrid:
    """A grid found: its sheet, header row, and per id listed its (row, status) places."""

    grid: Grid
    header: int
    listed: dict[str, list[tuple[int, str]]]
    rows: dict[int, tuple[Any, Any]]          # row -> (report, published)


def status_grid(grids: list[Grid], side: str, items: list[dict[str, Any]]) -> StatusGrid | None:
    """The sheet that is a grid of the reports by status listing the ids of the items on the
    other sheets, or None. A sheet read as items (its report names taken for texts) may be
    one: its items are then set aside."""
    refs_of: dict[str, set[str]] | None = None
    for grid in grids:
        if (head := _header(grid, side)) is None:
            continue
        if refs_of is None:      # read only once a sheet looks like a grid: most have none
            refs_of = {}
            for item in items:
                if (k := ref_key(item.get("ref"))) and " " not in k:
                    refs_of.setdefault(item["sheet"], set()).add(k)
        refs = set().union(*(v for sheet, v in refs_of.items() if sheet != grid.name))
        r0, statuses = head
        first = min(statuses)
        headers = grid.rows[r0 - 1]
        named = {c: field_named(vocab.key(str(v)), side) for c, v in enumerate(headers[:first])
                 if not blank(v)}
        report_col = next((c for c, f in named.items() if f in ("report", "text")), 0)
        date_col = next((c for c, f in named.items() if f == "published"), None)
        listed: dict[str, list[tuple[int, str]]] = {}
        rows: dict[int, tuple[Any, Any]] = {}
        total = hits = 0
        for r in range(r0 + 1, len(grid.rows) + 1):
            ids = [(c, i) for c in statuses for i in _ids(grid.value(r, c))]
            total += len(ids)
            hits += sum(i in refs for _, i in ids)
            if total >= _GIVE_UP and not hits:
                break          # a table of statuses, not of ids: no need to read it all
            if not ids:
                continue
            rows[r] = (grid.value(r, report_col), grid.value(r, date_col)
                       if date_col is not None else None)
            for c, i in ids:
                listed.setdefault(i, []).append((r, statuses[c]))
        known = [i for i in listed if i in refs]
        if len(known) >= _LEAST and len(known) >= _SHARE * total:
            return StatusGrid(grid, r0, listed, rows)
    return None


def from_status_grid(grids: list[Grid], side: str, reports: list[SheetReport],
                     items: list[dict[str, Any]], skipped: list[dict[str, Any]]
                     ) -> tuple[list[SheetReport], list[dict[str, Any]], list[dict[str, Any]], str]:
    """The file's reports, items and explained rows with a status grid's rows set aside (if
    read as items) and its facts given to the items; and a note of it ('' with no grid)."""
    if (found := status_grid(grids, side, items)) is None:
        return reports, items, skipped, ""
    reports, items, skipped = set_aside_sheets(
        reports, items, skipped, {found.grid.name}, "a grid of the reports by status, each "
        "cell the ids in that status: not items")
    return reports, items, skipped, statuses_from_grid(found, items, skipped)


def statuses_from_grid(found: StatusGrid, items: list[dict[str, Any]],
                       skipped: list[dict[str, Any]]) -> str:
    """Each item's report, date and status from the grid listing its id (in place), where it
    has none of its own; the grid's rows explained as such. A note of it."""
    by_ref: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        if (k := ref_key(item.get("ref"))) and " " not in k:
            by_ref.setdefault(k, []).append(item)
    return _given(found.grid, found.header, by_ref, found.listed, found.rows, skipped)


def _given(grid: Grid, header: int, by_ref: dict[str, list[dict[str, Any]]],
           listed: dict[str, list[tuple[int, str]]], rows: dict[int, tuple[Any, Any]],
           skipped: list[dict[str, Any]]) -> str:
    """The grid's facts given to the items its ids name (in place); a note."""
    given = twice = 0
    for i, places in listed.items():
        for item in by_ref.get(i, []):
            r, status = places[0]
            report, published = rows[r]
            if blank(item.get("report")) and not blank(report):
                item["report"] = report
            if blank(item.get("published")) and not blank(published):
                item["published"] = published
            # Listed under two statuses (a move not yet tidied away): neither is sure.
            if len({s for _, s in places}) > 1:
                twice += 1
            elif blank(item.get("status")):
                item["status"] = status
                given += 1
    for row in skipped:
        if row["sheet"] != grid.name:
            continue
        if row["row"] in rows:
            row["reason"] = ("a report's row of the status grid: each id it lists takes the "
                             "report and the status of the column it is in")
        elif row["row"] == header:
            row["reason"] = "the status grid's header: one column per status"
    note = (f"sheet '{grid.name}' is a grid of the reports by status, each cell the ids in that "
            f"status: {given} items took their status (and report) from it")
    if twice:
        note += f"; {twice} listed under two statuses took none (see the grid's notes)"
    return note
