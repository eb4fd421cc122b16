"""A record's history spread across numbered column groups ("On 1 | Status 1 | Comment 1",
"On 2 | Status 2 | Comment 2" …, oldest first): the old register's dated log as a force's
extract lays it out, each event in the next group. The item's status is the last status
filled, in a different column on each row; comments after it do not change it, unless one
says the area was inspected again (the register's word for superseded)."""

from __future__ import annotations

import re
from typing import Any

from .eventlog import SUPERSEDED
from .grid import blank, cell
from .sheetfacts import rows_named
from .table import Table

#: "Status 3", "Status3", "Comment 2", "On 1", "Date 4", "Update 5".
_NUMBERED = re.compile(r"\s*(status|comment|comments|update|on|date)\s*#?\s*(\d{1,2})\s*",
                       re.IGNORECASE)
#: The log's mark-up left in a cell: "complete[/status]".
_MARKUP = re.compile(r"\[/?(?:status|comment|on)\]", re.IGNORECASE)
#: At least this many numbered status columns.
_GROUPS = 2


def _groups(headers: list[Any]) -> dict[int, dict[str, int]]:
    """Group number -> {"status": col, "comment": col}: the numbered columns by their number."""
    out: dict[int, dict[str, int]] = {}
    for c, h in enumerate(headers):
        m = _NUMBERED.fullmatch(h) if isinstance(h, str) else None
        if m:
            kind = m.group(1).lower()
            kind = "comment" if kind in ("comment", "comments", "update") else kind
            out.setdefault(int(m.group(2)), {}).setdefault(kind, c)
    return out


def status_from_numbered_groups(table: Table, items: list[dict[str, Any]],
                                notes: list[str]) -> None:
    """Each item's status is the last numbered status filled, its comment the last comment
    (in place); a comment after that status saying the area was inspected again closes it."""
    groups = _groups(table.headers)
    numbers = sorted(n for n, g in groups.items() if "status" in g)
    if len(numbers) < _GROUPS:
        return
    read = []
    for item in items:
        row = table.grid.rows[item["row"] - 1]
        status, comment = None, None
        for n in sorted(groups):
            g = groups[n]
            said = cell(row, g["status"]) if "status" in g else None
            if not blank(said):
                status, comment = _MARKUP.sub("", str(said)).strip(), None
            note = cell(row, g["comment"]) if "comment" in g else None
            if not blank(note):
                comment = _MARKUP.sub("", str(note)).strip()
                if SUPERSEDED.search(comment):
                    status = f"Superseded (the register's comment: '{comment}')"
        if status:
            item["status"] = status
            item["progress"] = comment
            read.append(item["row"])
    if read:
        notes.append(f"status read from the last of the numbered status columns filled "
                     f"('Status {numbers[0]}' to 'Status {numbers[-1]}', a record's history "
                     f"oldest first), comments after it kept as progress: {rows_named(read)}")
