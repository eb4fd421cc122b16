"""A sheet's item table as read: where its header is and which column holds which field."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .grid import Grid, blank
from .header import header_key
from .sheetfacts import column_letter

DATE_FIELDS = ("published", "due", "closed_on")

#: A task's or list item's short title, beside its description: used when that is blank.
TITLE_HEADERS = frozenset({"task name", "title", "task title", "short title", "subject", "action title",
                            "action name", "item title", "recommendation title"})



@dataclass(frozen=True)
class Table:
    """A sheet's item table: where its header is and which column holds which field."""

    grid: Grid
    header_row: int
    headers: list[Any]
    header_keys: list[str]
    mapping: dict[int, str]                 # column (0-based) -> canonical field
    text_col: int
    status_col: int | None
    type_col: int | None
    date_cols: dict[int, str]
    named: frozenset[int]                   # columns with a header
    own: frozenset[int] = frozenset()       # an item's own cells: status, type, references
    wrapped: frozenset[int] = frozenset()   # cells whose next lines a PDF puts on new rows

    @property
    def title_col(self) -> int | None:
        """An unmapped column of short titles ("Task Name", "Title"), if the sheet has one."""
        return next((c for c, k in enumerate(self.header_keys)
                     if k in TITLE_HEADERS and c not in self.mapping), None)

    @property
    def text_header(self) -> str:
        return str(self.headers[self.text_col]).strip()

    def name(self, col: int) -> str:
        h = self.headers[col] if col < len(self.headers) else None
        return f"(no header, column {column_letter(col + 1)})" if blank(h) else str(h).strip()


def table_of(grid: Grid, header_row: int, mapping: dict[int, str]) -> Table:
    headers = grid.rows[header_row - 1]
    return Table(
        grid, header_row, headers, [header_key(h) for h in headers], mapping,
        text_col=next(c for c, f in mapping.items() if f == "text"),
        status_col=next((c for c, f in mapping.items() if f == "status"), None),
        type_col=next((c for c, f in mapping.items() if f == "type"), None),
        date_cols={c: f for c, f in mapping.items() if f in DATE_FIELDS},
        named=frozenset(c for c, h in enumerate(headers) if not blank(h)),
        own=frozenset(c for c, f in mapping.items() if f in ("status", "type", "ref",
                                                               "local_ref")),
        wrapped=frozenset(c for c, f in mapping.items() if f in ("progress", "owner",
                                                                   "report")))
