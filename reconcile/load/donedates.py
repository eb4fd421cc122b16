"""A force status read from the dates a row records its finishing by: a tracker kept with no
status column, only "Date actions completed", "Date evidence submitted to HMICFRS", "Date
closed by HMICFRS". A date on or before the sheet's "as at" date (else today) is done; a later
one is the lead's planned date, open; words ("TBC", "awaiting evidence") say nothing."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from ..normalise import WRITTEN_DATE, parse_date
from .grid import Grid, blank
from .sheetfacts import at_cell, rows_named
from .table import Table

_DONE_WORDS = r"(?:completed?|closed|closure|submitted|signed\s+off|discharged|implemented)"
#: A column of the dates an item was finished, handed in or closed.
DONE_DATE_HEADER = re.compile(rf"\bdate\b.*\b{_DONE_WORDS}\b|\b{_DONE_WORDS}\b.*\bdate\b",
                              re.IGNORECASE)
#: "Position as at 14/11/2024", "Last updated 31/03/2022", "As of: 3 May 2024".
_AS_AT = re.compile(r"\b(?:as\s+(?:at|of)|last\s+updated|updated(?:\s+on)?)\s*[:\-–]?\s*"
                    rf"({WRITTEN_DATE}|[A-Za-z]{{3,9}}\s+\d{{4}})", re.IGNORECASE)


def as_at(grid: Grid, header_row: int) -> date | None:
    """The date the sheet says it stands at, in the rows above its header."""
    for row in grid.rows[:max(header_row - 1, 0)]:
        for v in row:
            if isinstance(v, str) and (m := _AS_AT.search(v)) and (d := parse_date(m.group(1))):
                return d
    return None


def _cutoff(sheet_date: date | None) -> tuple[date, str]:
    """The day on or before which a date is past, and how a note names it."""
    if sheet_date is None:
        return date.today(), "today"
    return sheet_date, f"the sheet's date, {sheet_date:%d/%m/%Y}"


def status_from_dates(table: Table, items: list[dict[str, Any]], notes: list[str],
                      sheet_date: date | None) -> None:
    """Items with no status, read from the columns of the dates they were completed,
    submitted or closed (the date-closed column or one no field took): any such date on or
    before the sheet's date is done, the status naming it ("Complete (Date actions
    completed 30/06/2015)"); only later dates, open ("Open (planned: … 31/03/2025)"). Where
    nothing else gave any row a status, a row with no such date is open: the dates are all
    the sheet says."""
    grid, headers = table.grid, table.headers
    cols = [c for c, h in enumerate(headers) if isinstance(h, str) and DONE_DATE_HEADER.search(h)
            and table.mapping.get(c) in (None, "closed_on")]
    if not cols:
        return
    # The dates are all the sheet says only where nothing else gave a status ("Closed?
    # (Y/N)" leaves a blank saying nothing).
    only_dates = table.status_col is None and all(item.get("status") is None for item in items)
    cutoff, when = _cutoff(sheet_date)
    done, planned = [], []
    for item in items:
        if item.get("status") is not None:
            continue
        dated = [(str(headers[c]).strip(), d) for c in cols
                 if not blank(v := at_cell(grid, item["row"], c)) and (d := parse_date(v))]
        past = [(h, d) for h, d in dated if d <= cutoff]
        if past:
            h, d = past[0]
            item["status"] = f"Complete ({h} {d:%d/%m/%Y})"
            done.append(item["row"])
        elif dated:
            h, d = dated[0]
            item["status"] = f"Open (planned: {h} {d:%d/%m/%Y})"
            planned.append(item["row"])
        elif only_dates:
            item["status"] = "Open (no date completed)"
            planned.append(item["row"])
    if done:
        named = ", ".join(f"'{str(headers[c]).strip()}'" for c in cols)
        notes.append(f"no status given: read from the dates in {named} (a date on or before "
                     f"{when} is done, a later one or none open): done {rows_named(done)}"
                     + (f"; open {rows_named(planned)}" if planned else ""))


#: A status cell holding a date and nothing else: "31/03/2015", "17.08.2018".
_BARE_DATE = re.compile(rf"^\s*(?:{WRITTEN_DATE})\s*$")


def status_from_date_cells(items: list[dict[str, Any]], notes: list[str],
                           sheet_date: date | None) -> None:
    """A status cell holding only a date, as leads record the day an item was finished: on
    or before the sheet's "as at" date (else today) done ("Complete (31/03/2015)"), later a
    target ("Open (planned: 31/03/2026)"). "Due …" or "Revised date …" are words, targets."""
    cutoff, when = _cutoff(sheet_date)
    done, planned = [], []
    for item in items:
        status = item.get("status")
        if isinstance(status, (datetime, date)) or (
                isinstance(status, str) and _BARE_DATE.match(status)):
            d = parse_date(status)
            if d is None:
                continue
            if d <= cutoff:
                item["status"] = f"Complete ({d:%d/%m/%Y})"
                done.append(item["row"])
            else:
                item["status"] = f"Open (planned: {d:%d/%m/%Y})"
                planned.append(item["row"])
    if done or planned:
        notes.append(f"status cells holding a date read as the day the item was finished (on or "
                     f"before {when}) or a target (later): {rows_named(done + planned)}")
