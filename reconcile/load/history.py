"""A status kept as its history in one cell, one dated line per change ("12/01/2024 – Amber",
"03/04/2024 – Green (on track)", "10/07/2024 – Complete, submitted to HMICFRS"), newest last
or newest first as each analyst kept it: the line with the latest date is the status."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ..normalise import WRITTEN_DATE, parse_date
from .sheetfacts import beside, ranges, rows_named

_DATE = WRITTEN_DATE
#: "12/01/2024 – Amber", "12 Jan 2024: Amber"; or "Complete – 20/12/2017".
#: A note may open with stars and its writer's initials: "*** JA 06/11/2015 - …".
_DATED_FIRST = re.compile(rf"^\s*(?:\*+\s*[A-Z]{{2,4}}\s+)?({_DATE})\s*[-\u2013\u2014:,]?\s*(\S.*?)\s*$")
_DATED_LAST = re.compile(rf"^\s*(\S.*?)\s*[-\u2013\u2014:,(]\s*({_DATE})\s*\)?\s*$")
#: Dated lines a cell needs to be a history, not a status with a date in it.
_LINES = 2


def latest_line(value: object, lines: int = _LINES) -> str | None:
    """The status a history cell ends at: its latest dated line's words, the date after
    them ("Complete, submitted to HMICFRS (10/07/2024)"); None for a cell of fewer than
    `lines` dated lines."""
    if (latest := latest_note(value, lines)) is None:
        return None
    when, said = latest
    return f"{said} ({when:%d/%m/%Y})"


def dated_line(line: str) -> bool:
    """Whether a line opens with the date it was written ("02/09/2024 CG - Submitted …")."""
    m = _DATED_FIRST.match(line)
    return m is not None and parse_date(m.group(1)) is not None


def latest_note(value: object, lines: int = _LINES) -> tuple[date, str] | None:
    """(date, words) of a cell's latest dated line, the first of that day's; None for a cell
    of fewer than `lines` dated lines."""
    if not isinstance(value, str) or (lines > 1 and "\n" not in value.strip()):
        return None
    dated = []
    for line in value.strip().splitlines():
        if m := _DATED_FIRST.match(line):
            when, said = parse_date(m.group(1)), m.group(2)
        elif m := _DATED_LAST.match(line):
            said, when = m.group(1), parse_date(m.group(2))
        else:
            continue
        if when is not None and said:
            dated.append((when, said))
    if not dated or len(dated) < lines:
        return None
    return max(dated, key=lambda x: x[0])


def status_from_history(items: list[dict[str, Any]], notes: list[str]) -> None:
    """Each item whose status cell is a dated history takes its latest line as the status."""
    read = []
    for item in items:
        if (latest := latest_line(item.get("status"))) is not None:
            item["status"] = latest
            read.append(item["row"])
    if read:
        notes.append(f"status cells holding a dated history read at their latest line: rows "
                     f"{ranges(read)}")


#: A column keeping the history of an item's status: "Status history (latest at top)",
#: "Status log", "History of status changes".
_HISTORY_HEADER = re.compile(r"\bstatus\b.*\b(?:history|log|trail|changes)\b|"
                             r"\b(?:history|log)\b.*\bstatus\b", re.IGNORECASE)


def status_from_history_column(table: Any, items: list[dict[str, Any]], notes: list[str]
                               ) -> None:
    """A "Status history" column of dated lines, beside a RAG kept only at each board: its
    latest line is the status now, the RAG's word kept after it."""
    col = next((c for c, h in enumerate(table.headers) if isinstance(h, str)
                and _HISTORY_HEADER.search(h) and table.mapping.get(c) in (None, "progress")),
               None)
    if col is None:
        return
    read = []
    for item in items:
        row = table.grid.rows[item["row"] - 1]
        latest = latest_line(row[col] if col < len(row) else None)
        if latest is None:
            continue
        item["status"] = latest + beside(item.get("status"))
        read.append(item["row"])
    if read:
        notes.append(f"status read from the latest dated line of "
                     f"'{str(table.headers[col]).strip()}', the status column's word kept "
                     f"after it: {rows_named(read)}")
