"""A list's folders, as its export gives each item's place: SharePoint's "FileDirRef" or
"{Path}" ("/sites/OL/Lists/HMICFRS Recommendations/Closed"), beside the items at the list's
root. A team that moves a finished item into a folder named for it ("Closed", "Closed items",
"Completed") has closed it, whatever its status choice still says ("On track", "Amber"): the
move is the later, deliberate act. A folder named otherwise ("Archive (pre-2018)", "2019
items") says nothing of the status: a team archives to shorten its view.
"""

from __future__ import annotations

import re
from typing import Any

from .grid import Grid, blank
from .header import header_key
from .sheetfacts import at_cell, beside, rows_named

#: Headings of a column giving an item's place in its list or library.
_PLACE = re.compile(r"\b(?:path|dir|folder|file ref|location)\b")
#: A folder named for finished items; not one naming open items too.
_DONE = re.compile(r"^(?:closed|complete|completed|done|finished|signed off|discharged)"
                   r"(?:\s+(?:items?|recommendations?|actions?|afis?|recs?))?$")
#: An item's own leaf in a path: "53_.000" (a list item's file), "report.docx".
_LEAF = re.compile(r"^(?:\d+_\.000|[^/]+\.\w{2,5})$")
#: Items that must give a place before a column is read as one.
_PLACED = 3


def _dirs(value: Any) -> list[str] | None:
    """The folders a path names, its item's own leaf left off; None for no path."""
    if not isinstance(value, str) or "/" not in value or " " in value.strip().split("/")[0]:
        return None
    parts = [p for p in value.strip().split("/") if p]
    if parts and _LEAF.match(parts[-1]):
        parts = parts[:-1]
    return parts if len(parts) >= 2 else None


def _common(paths: Any) -> list[str]:
    """The folders every path starts with: the list's root."""
    paths = list(paths)
    root = []
    for parts in zip(*paths, strict=False):
        if len(set(parts)) > 1:
            break
        root.append(parts[0])
    return root


def status_from_folder(grid: Grid, headers: list[Any], mapping: dict[int, str],
                       items: list[dict[str, Any]], notes: list[str]) -> None:
    """Items in a folder named for finished items are done (see the module), the status said
    kept beside it: "Closed (in the folder 'Closed'; On track)"."""
    for col, h in enumerate(headers):
        # A column of paths taken for the report (its folders look like titles): read here.
        as_report = mapping.get(col) == "report"
        if (col in mapping and not as_report) or not _PLACE.search(header_key(h)):
            continue
        placed = [(item, d) for item in items
                  if (d := _dirs(at_cell(grid, item["row"], col))) is not None]
        if len(placed) < _PLACED or len(placed) < 0.8 * sum(
                not blank(at_cell(grid, item["row"], col)) for item in items):
            continue
        root = _common(d for _, d in placed)
        if not root:
            continue            # no list's root all share: links to many places
        rows, named, filed = [], {}, []
        for item, d in placed:
            below = d[len(root):]
            done = next((f for f in below if _DONE.match(header_key(f))), None)
            if done is not None:
                item["status"] = f"Closed (in the folder '{done}'{beside(item.get('status'))})"
                rows.append(item["row"])
                named[done] = None
            report = next((f for f in reversed(below) if _DATED.search(f)
                           and not _BUCKET.search(f)), None)
            if as_report:
                item["report"] = report         # none for an archive's: the title may say
            if report is not None and blank(item.get("report")):
                item["report"] = report
            if report is not None and item.get("report") == report:
                filed.append(item["row"])
        if rows:
            folders = ", ".join(f"'{f}'" for f in named)
            notes.append(f"items in the list's folder {folders} (by '{str(h).strip()}') read as "
                         f"closed, whatever their status says: {rows_named(rows)}")
        if filed:
            notes.append(f"{rows_named(filed)} name no report: the report is the folder each "
                         f"is filed in (by '{str(h).strip()}', 'PEEL Efficiency 2015')")
        return


#: A folder named for a report: its title with the year ("PEEL Efficiency 2015", "NCPI 2016").
_DATED = re.compile(r"[A-Za-z].*\b(?:19|20)\d{2}\b")
#: ... not a folder items are kept in by age or state: "Archive (pre-2018)", "2019 items".
_BUCKET = re.compile(r"\b(?:archived?|old|items?|recs?|recommendations|pre|post|before|after|"
                     r"closed|open|completed?|historic(?:al)?)\b", re.IGNORECASE)
