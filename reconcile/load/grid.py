"""One sheet as a person sees it: the values, and the few cell cues the loader uses.

Every reader (xlsx, xls/ods, CSV) produces a :class:`Grid`, so that finding the header and
telling items from other rows is written once. Styles are looked up lazily, only for the few
cells whose style matters (a lone title cell, a blank status cell): reading the font and fill of
every cell of a 30,000-row tracker up front would cost more than reading its values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

#: Values Excel shows for a formula that failed; never a recommendation's wording.
EXCEL_ERRORS = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
                          "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!",
                          "#CONNECT!", "#UNKNOWN!", "#BUSY!"})


def blank(value: Any) -> bool:
    """Empty, whitespace only, or NaN: a cell a person would call empty."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    return isinstance(value, float) and value != value


def cell(row: list[Any], col: int | None) -> Any:
    """The value in 0-based column `col` of a row (rows are ragged): None past its end, or
    for no column."""
    return row[col] if col is not None and col < len(row) else None


class Styles(Protocol):
    """Cell cues beyond values; readers that cannot see styles answer 'nothing'."""

    def bold(self, row: int, col: int) -> bool: ...

    def fill(self, row: int, col: int) -> str | None: ...

    def fill_rgb(self, row: int, col: int) -> str | None: ...

    def strike(self, row: int, col: int) -> bool: ...

    def font_colour(self, row: int, col: int) -> str | None: ...

    def font_name(self, row: int, col: int) -> str | None: ...


class NoStyles:
    """For CSV, .xls and .ods: no bold, no fills, nothing struck through."""

    def bold(self, row: int, col: int) -> bool:
        return False

    def fill(self, row: int, col: int) -> str | None:
        return None

    def fill_rgb(self, row: int, col: int) -> str | None:
        return None

    def strike(self, row: int, col: int) -> bool:
        return False

    def font_colour(self, row: int, col: int) -> str | None:
        return None

    def font_name(self, row: int, col: int) -> str | None:
        return None


@dataclass
class Grid:
    """Values by Excel row (``rows[0]`` is row 1; rows may be ragged), plus what was hidden.

    Columns are 0-based in ``rows``; the style lookups take Excel's 1-based row and column.
    """

    name: str
    rows: list[list[Any]]
    wide_merges: set[tuple[int, int]] = field(default_factory=set)  # (row, col 1-based)
    styles: Styles = field(default_factory=NoStyles)
    hidden: str = ""                       # "", "hidden" or "very hidden"
    hidden_rows: tuple[int, ...] = ()
    hidden_cols: tuple[int, ...] = ()      # 1-based
    uncalculated: frozenset[tuple[int, int]] = frozenset()  # formula cells with no saved result
    note: str = ""                         # what the reader could not see, e.g. no styles
    #: The column letter that names a row when tables stand side by side ("K": 'Tracker!K13'),
    #: a row then holding an item of each; "" when the sheet holds one table across.
    id_col: str = ""
    #: The reader could not see merged cells (an OpenDocument file's, by calamine): a value
    #: written once over a block may have been merged down it.
    merges_unknown: bool = False
    #: Cells' notes (comments) by (Excel row, 0-based column), as in `value`.
    notes: dict[tuple[int, int], str] = field(default_factory=dict)
    #: Cells with words struck through, by (Excel row, 0-based column): the text less them.
    struck: dict[tuple[int, int], str] = field(default_factory=dict)
    #: Rows grouped in Excel's outline, by Excel row: their level (absent: level 0).
    outline: dict[int, int] = field(default_factory=dict)
    #: Cells a merge above covers, by (Excel row, 0-based column): their value is the merge's,
    #: written once on its first row (an item's cells merged down the rows of its text).
    merged_down: frozenset[tuple[int, int]] = frozenset()
    #: The printed page header's left, centre and right text (an .xlsx's; else blank).
    page_header: tuple[str, str, str] = ("", "", "")

    def without_struck(self) -> None:
        """Read each cell with words struck through as it stands after the mark-up: a list
        returned with its changes marked in the cells ("Being progressed" struck, "Complete"
        after it) shows the struck words as deleted. Not a tracker's: there a bullet struck
        inside its text is a part done."""
        for (r, c), text in self.struck.items():
            row = self.rows[r - 1]
            if c < len(row):
                row[c] = text
        if self.struck:
            n = len(self.struck)
            self.note = "; ".join(x for x in (self.note, f"{n} cell{'s' if n != 1 else ''} "
                                  "with words struck through: read without them, as deleted") if x)

    def status_without_struck(self, col: int | None) -> str:
        """A tracker's status cell with a word struck through and another after it
        ("~~Amber~~ Green", a tracked change pasted from a paper, or a lead's own edit) says
        the later word: read without the struck one. A cell struck whole is left as it is
        (a strike through a whole item says done: `statuses`). A note of it, or ''."""
        read = [r for (r, c), text in self.struck.items()
                if c == col and text.strip() and c < len(self.rows[r - 1])]
        for r in read:
            old, below = self.rows[r - 1][col], r + 1
            self.rows[r - 1][col] = self.struck[r, col]
            # ... and so do the cells a merge from it covers, which hold its value.
            while ((below, col) in self.merged_down and col < len(self.rows[below - 1])
                   and self.rows[below - 1][col] == old):
                self.rows[below - 1][col] = self.struck[r, col]
                below += 1
        return (f"{len(read)} status cell{'s' if len(read) != 1 else ''} with a word struck "
                "through and another beside it: read without the struck word, as replaced"
                ) if read else ""

    def row_id(self, row: int) -> str:
        """The row's provenance, as the person finds it in Excel: 'Tracker!13' (or 'Tracker!K13'
        for a table standing beside another)."""
        return f"{self.name}!{self.id_col}{row}"

    def value(self, row: int, col: int) -> Any:
        """Cell at Excel row `row`, 0-based column `col`; None outside the data."""
        if row - 1 >= len(self.rows):
            return None
        cells = self.rows[row - 1]
        return cells[col] if col < len(cells) else None
