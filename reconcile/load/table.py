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
                            "action name", "item title", "recommendation title", "summary",
                            "card name", "card title", "issue", "issue title", "page title"})



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
    #: The list's rows of text all but always carry a status (HMICFRS's do): a row of text
    #: alone under an item is the rest of its text, however it starts.
    rest_alone: bool = False
    #: Rows a repair explained between an item and its parts (a board's subitems' header):
    #: the parts under them are still right under the item.
    gaps: frozenset[int] = frozenset()

    @property
    def title_col(self) -> int | None:
        """An unmapped column of short titles ("Task Name", "Title"), if the sheet has one."""
        return next((c for c, k in enumerate(self.header_keys)
                     if k in TITLE_HEADERS and c not in self.mapping), None)

    @property
    def text_header(self) -> str:
        return str(self.headers[self.text_col]).strip()

    def heading_name(self, r: int, grid: Grid | None = None) -> str | None:
        """A heading row's name, the report of the items under it: its title (an epic's
        summary, an audit's title), else its text; None when it has neither."""
        grid = grid or self.grid
        for col in (self.title_col, self.text_col):
            if col is not None and not blank(v := grid.value(r, col)):
                return str(v).strip()
        return None

    def name(self, col: int) -> str:
        h = self.headers[col] if col < len(self.headers) else None
        return f"(no header, column {column_letter(col + 1)})" if blank(h) else str(h).strip()


#: Item rows, and the share of them with a status, that make a list's items all said.
_SAID_ROWS, _SAID_SHARE = 5, 0.8


def _all_said(grid: Grid, header_row: int, text_col: int, status_col: int | None,
              mapped: set[int]) -> bool:
    """Whether nearly every item row under the header (text and another of its fields) has a
    status of its own: rows of text alone (a wrapped line, a note) are what is asked about."""
    if status_col is None:
        return False
    rows = [row for row in grid.rows[header_row:header_row + 400]
            if text_col < len(row) and not blank(row[text_col])
            and any(c < len(row) and not blank(row[c]) for c in mapped)]
    said = sum(status_col < len(row) and not blank(row[status_col]) for row in rows)
    return len(rows) >= _SAID_ROWS and said >= _SAID_SHARE * len(rows)


def table_of(grid: Grid, header_row: int, mapping: dict[int, str], side: str = "force"
             ) -> Table:
    headers = grid.rows[header_row - 1]
    text_col = next(c for c, f in mapping.items() if f == "text")
    status_col = next((c for c, f in mapping.items() if f == "status"), None)
    return Table(
        grid, header_row, headers, [header_key(h) for h in headers], mapping,
        text_col=text_col,
        status_col=status_col,
        type_col=next((c for c, f in mapping.items() if f == "type"), None),
        date_cols={c: f for c, f in mapping.items() if f in DATE_FIELDS},
        named=frozenset(c for c, h in enumerate(headers) if not blank(h)),
        own=frozenset(c for c, f in mapping.items() if f in ("status", "type", "ref",
                                                               "local_ref")),
        wrapped=frozenset(c for c, f in mapping.items() if f in ("progress", "owner",
                                                                   "report")),
        rest_alone=side == "hmicfrs" and _all_said(grid, header_row, text_col, status_col,
                                                   set(mapping) - {text_col}))
