"""A tracker of one sheet per report that names each sheet's report only in its printed page
header (Page Setup > Custom Header, so that it prints in the committee pack): the tabs are
Excel's copies of a template ("Template (2)", "Template (5)") or loose names ("Nat thematic"),
and no cell holds the report. Its rows take the header's title as their report.

Only a title: not a protective marking ("OFFICIAL"), a page count, a date or a bracketed
placeholder ("[REPORT TITLE]"); and only where the sheets' titles differ (a title every sheet
prints is the workbook's, not a report's).
"""

from __future__ import annotations

import re
from typing import Any

from .grid import Grid, blank
from .sheetfacts import some

#: What a page header prints that is no report: a marking, a page count, a date, a
#: placeholder left in a template.
_NOT_TITLE = re.compile(
    r"^(?:(?:official|official[- ]sensitive|restricted|protect|not protectively marked|"
    r"secret|confidential)\b.*|page\b.*|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\[.*\]|<.*>)$",
    re.IGNORECASE)
#: Words a title has at least.
_WORDS = 2


def _title(grid: Grid) -> str | None:
    """The report a sheet's page header names: its centre, else its left or right section."""
    left, centre, right = grid.page_header
    for text in (centre, left, right):
        if text and len(text.split()) >= _WORDS and not _NOT_TITLE.match(text.strip()):
            return text.strip()
    return None


def reports_from_page_headers(grids: list[Grid], items: list[dict[str, Any]]) -> str:
    """Give each item naming no report its sheet's page-header title (in place); a note."""
    sheets = {i["sheet"] for i in items}
    titles = {g.name: t for g in grids if g.name in sheets and (t := _title(g)) is not None}
    if len(set(titles.values())) < 2:
        return ""
    filled: dict[str, int] = {}
    for item in items:
        if blank(item.get("report")) and (title := titles.get(item["sheet"])):
            item["report"] = title
            filled[item["sheet"]] = filled.get(item["sheet"], 0) + 1
    if not filled:
        return ""
    return (f"{sum(filled.values())} rows name no report: each takes the title its sheet prints "
            "in its page header (Page Setup), the sheet's report: " +
            some([f"'{s}' -> '{titles[s]}'" for s in filled], 4))
