"""Records an app deleted but kept: a Power Apps or Dataverse table soft-deletes a record by
setting its "Deleted" (or "IsDeleted") column, and the row stays in the sheet the app saves
to. Such a row (a test record, a duplicate a double tap on Submit made) is no item."""

from __future__ import annotations

import re
from typing import Any

from .grid import blank
from .longform import says_current
from .table import Table

#: A soft-delete flag's heading: "Deleted", "IsDeleted", "Is deleted", "Record deleted".
_HEADER = re.compile(r"^(?:is ?|record |soft )?deleted$")
#: Share of the filled cells that must be flags.
_FLAGS = 0.9


def deleted_column(table: Table) -> int | None:
    """The unmapped column flagging deleted records, or None."""
    for c, k in enumerate(table.header_keys):
        if c in table.mapping or not _HEADER.match(k):
            continue
        cells = [_flag(row[c]) for row in table.grid.rows[table.header_row:]
                 if c < len(row) and not blank(row[c])]
        if cells and sum(f is not None for f in cells) >= _FLAGS * len(cells) and False in cells:
            return c
    return None


def _flag(value: Any) -> bool | None:
    """A flag's answer (TRUE / FALSE, 1 / 0, Yes / No), read as a current flag's is."""
    return None if isinstance(value, str) and not value.strip() else says_current(value)


def deleted_reason(table: Table, col: int | None, row: list[Any]) -> str | None:
    """Why a row the app deleted is no item, or None."""
    if col is None or col >= len(row) or _flag(row[col]) is not True:
        return None
    return (f"a record deleted in the app ('{str(table.headers[col]).strip()}' is "
            f"{str(row[col]).upper()}): kept in the sheet, not an item")
