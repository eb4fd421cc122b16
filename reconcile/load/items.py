"""One sheet → its items and, for every other non-blank row, the reason it is not an item.

Rows in = items + rows explained, per sheet, always: nothing is dropped without a reason.
Beyond the rows, the sheet's report says what a person should know about how it was read:
hidden rows and sheets (read like the others), statuses taken from cell colour, formulas with
no saved result, Excel error values, dates that could not be read, repeated or missing headers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .. import vocab
from ..config import SideSettings
from ..normalise import parse_date
from .blocks import (
    NOTE_START,
    block_above,
    continues,
    heading_record,
    is_counts,
    is_legend_row,
    is_page_furniture,
    is_title_row,
    joined_text,
    legend_entries,
    stands_out,
    title_reason,
)
from .grid import EXCEL_ERRORS, Grid, blank
from .header import find_table, header_key
from .incell import read_cell
from .outline import read_outline
from .parents import parent_actions
from .periods import read_latest
from .sheetfacts import (
    EXCEL_CELL_LIMIT,
    Found,
    RefColumn,
    cell_name,
    column_letter,
    content,
    filled_columns,
    force_refs,
    found_notes,
    header_notes,
    ranges,
    status_from_colour,
    status_from_percent,
    status_from_second_column,
    status_from_strikethrough,
    status_from_update,
    status_from_yes_no,
)
from .slid import unslid
from .textcols import merged_text, type_columns
from .vertical import is_label_row, read_blocks

ITEM_COLUMNS = ["row_id", "sheet", "row", *vocab.FIELDS]
SKIPPED_COLUMNS = ["row_id", "sheet", "row", "reason", "content"]
DATE_FIELDS = ("published", "due", "closed_on")


@dataclass(frozen=True)
class SheetReport:
    """What the loader decided about one sheet: shown by `reconcile inspect` and in Run info."""

    sheet: str
    header_row: int | None
    mapping: dict[str, str]          # canonical field -> header as written
    unmapped: tuple[str, ...]
    rows: int                        # rows with anything in them, header and titles included
    items: int
    explained: int
    blank: int
    note: str = ""                   # how the sheet was read, in words: Run info and inspect
    hidden: str = ""                 # "", "hidden" or "very hidden"
    hidden_rows: tuple[int, ...] = ()          # hidden rows with content (read like the others)
    colour_status: tuple[int, ...] = ()        # rows whose status came from the fill colour
    uncalculated: tuple[str, ...] = ()         # cells: formulas with no saved result
    excel_errors: tuple[str, ...] = ()         # cells holding #REF!, #N/A, ...
    bad_dates: tuple[str, ...] = ()            # cells whose date could not be read (kept as text)
    why: dict[str, str] = field(default_factory=dict)      # field -> why its column was chosen
    #: field -> (header, why) of the column that came next: what else could have been it
    runner_up: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: force side: unmapped columns of numbers that may be HMICFRS references, kept until the
    #: list's ids can say (``refs.adopt_refs``)
    ref_columns: tuple[RefColumn, ...] = ()
    #: the sheet's key: (colour, what it means), e.g. ("Green", "On track – in progress")
    legend: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class _Table:
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
                     if k in _TITLE_HEADERS and c not in self.mapping), None)

    @property
    def text_header(self) -> str:
        return str(self.headers[self.text_col]).strip()

    def name(self, col: int) -> str:
        h = self.headers[col] if col < len(self.headers) else None
        return f"(no header, column {column_letter(col + 1)})" if blank(h) else str(h).strip()


class _Walk:
    """What carries from row to row: the report a title row set, a legend block, header keys."""

    def __init__(self, table: _Table, carry: bool = False) -> None:
        self.table = table
        self.carry = carry                    # force side: actions under an item's row
        self.last: dict[str, Any] | None = None   # the item on the row just above, if any
        self.joined = 0                       # the last row joined to that item's text
        self.prior = 0                        # the row with content above the one read
        self.group: str | None = None
        self.published: Any = None            # a report details row's date, for its block
        self.legend_block = False
        self.previous = table.header_row
        self.keys_seen: dict[str, str] = {}   # statuses, types and owners repeat: key each once
        self.header_cols = [c for c in table.mapping if table.header_keys[c]]
        self.longest = max(len(str(h)) for h in table.headers if not blank(h)) + 10

    def over_page(self, r: int) -> None:
        """A page's heading, footer or header, between an item's row and the rest of its text
        (blank rows between them aside: `prior` is the row with content above)."""
        if self.last is not None and self.prior in (self.last["row"], self.joined):
            self.joined = r

    def repeats_header(self, row: list[Any]) -> bool:
        """Two or more mapped cells that read as their column's header."""
        hits = 0
        for c in self.header_cols:
            # Cheap tests first: most cells are long texts or short statuses, not headers.
            v = row[c] if c < len(row) else None
            if isinstance(v, str) and len(v) <= self.longest:
                k = self.keys_seen.get(v)
                if k is None:
                    k = self.keys_seen[v] = header_key(v)
                if k == self.table.header_keys[c]:
                    hits += 1
        return hits >= 2


def read_items(grid: Grid, side: str, settings: SideSettings
               ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], SheetReport]:
    """Items and explained rows of one sheet, and the report on how it was read."""
    formula_rows = {r for r, _ in grid.uncalculated}
    filled_at = {r: filled_columns(row) for r, row in enumerate(grid.rows, start=1) if row}
    nonblank = [r for r in range(1, len(grid.rows) + 1) if filled_at.get(r) or r in formula_rows]
    rows_with_content = set(nonblank)
    hidden_content = tuple(r for r in grid.hidden_rows if r in rows_with_content)
    notes = [grid.note] if grid.note else []
    if grid.hidden:
        notes.append(f"{grid.hidden} sheet: read like the others")
    if hidden_content:
        notes.append(f"hidden rows {ranges(hidden_content)}: read like the others")
    header_row, choices = find_table(grid, side, settings)
    # No header, or a "Status: | In Progress" row taken for one: one block of rows per item?
    if side == "force" and (header_row is None or is_label_row(grid.rows[header_row - 1])):
        blocks = read_blocks(grid, nonblank)
        if blocks is not None:
            items, skipped, how = blocks
            return items, skipped, SheetReport(
                grid.name, None, {f: "(one block per item)" for f in ("text", "status")}, (),
                len(nonblank), len(items), len(skipped), len(grid.rows) - len(nonblank),
                "; ".join([how, *notes]), grid.hidden, hidden_content)
    if header_row is None:
        return _no_table(grid, nonblank, notes, hidden_content)

    table, typed = _columns_read_as_one(grid, header_row, choices, side, notes)
    if table.grid is not grid:
        grid = table.grid
        filled_at = {r: filled_columns(row) for r, row in enumerate(grid.rows, start=1) if row}
    items: list[dict[str, Any]] = []
    skipped: list[dict[str, Any]] = []
    found = Found.empty()
    walk = _Walk(table, carry=side == "force")
    if side == "force":
        walk.group, walk.published = block_above(grid, header_row, filled_at)
    carried: list[int] = []
    titled: list[int] = []
    for r in nonblank:
        filled = filled_at.get(r, [])
        reason = _skip_reason(walk, r, filled)
        if reason is not None:
            skipped.append(_skipped(grid, r, reason))
            walk.last = walk.last if walk.joined == r else None
            continue
        item = _item(walk, r, filled, found, len(items))
        if typed and not item.get("type"):
            item["type"] = typed.get(r)
        if item.get("text") is None and (how := _without_text(walk, item, r)):
            (carried if how == "carried" else titled).append(r)
        items.append(item)
        walk.last = item
    if carried:
        notes.append(f"rows {ranges(carried)} have no recommendation text but an action and a "
                     "status of their own, right under an item's row: read as more actions of "
                     "that item (its text carried down), as if the cell were merged")
    if titled:
        notes.append(f"rows {ranges(titled)} have no '{table.text_header}': their "
                     f"'{table.name(table.title_col)}' is read as the text")
    if side == "force" and "parent" in table.mapping.values() and (note := parent_actions(items)):
        notes.append(note)

    second = choices["status"].runner_up if "status" in choices and side == "force" else None
    colour_rows = _missing_statuses(table, side, second, found, items, notes)
    items, skipped = _outline(table, side, items, skipped, notes)
    why = {f: c.why for f, c in choices.items()}
    mapping, refs = (force_refs(grid, table.headers, table.mapping, items, why) if side == "force"
                     else (table.mapping, ()))
    unmapped, repeated = header_notes(table.headers, table.header_keys, mapping, found.unnamed)
    notes += repeated
    notes += found_notes(found, sorted(set(grid.hidden_cols) & set(mapping)))
    report = SheetReport(
        grid.name, header_row, {f: str(table.headers[c]).strip() for c, f in mapping.items()},
        tuple(unmapped), len(nonblank), len(items), len(skipped),
        len(grid.rows) - len(nonblank), "; ".join(notes), grid.hidden, hidden_content,
        tuple(colour_rows), tuple(found.uncalculated), tuple(found.errors),
        tuple(cell for cell, _, _ in found.bad_dates),
        why=why,
        runner_up={f: (table.name(c.runner_up[0]), c.runner_up[1]) for f, c in choices.items()
                   if c.runner_up},
        ref_columns=refs, legend=legend_entries(grid, [x["row"] for x in skipped]))
    return items, skipped, report


def _columns_read_as_one(grid: Grid, header_row: int, choices: dict, side: str,
                         notes: list[str]) -> tuple[_Table, dict[int, str]]:
    """The table, with columns that are one field read as one: a status and an update per
    committee ("RAG Mar 2022" … "RAG Dec 2022"), a text column per type ("Recommendation" |
    "Area for Improvement"). Returns it and the type of each row its text column gave."""
    table = _table(grid, header_row, {c.col: fld for fld, c in choices.items()})
    if side == "force":
        grid, moved = unslid(grid, header_row, table.text_col, table.status_col)
        if moved:         # a PDF page converted a cell to the right from the status on
            table = _table(grid, header_row, table.mapping)
            notes.append(f"rows {ranges(moved)} sat one cell right of their headings, the "
                         "last past the table's last heading (a converted PDF page): read one "
                         "cell to the left")
        grid, mapping, latest = read_latest(grid, header_row, table.mapping)
        if latest:
            table = _table(grid, header_row, mapping)
            notes += latest
    typed: dict[int, str] = {}
    if types := type_columns(grid, header_row, table.headers, table.mapping, table.text_col):
        grid, typed = merged_text(grid, header_row, table.text_col, types)
        table = _table(grid, header_row, table.mapping)
        notes.append("the text is in whichever of " + ", ".join(
            f"'{table.name(c)}'" for c in types) + " a row fills; its type is that column's")
    return table, typed


def _outline(table: _Table, side: str, items: list[dict[str, Any]],
             skipped: list[dict[str, Any]], notes: list[str]
             ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A force's plan numbered as an outline ("1", "1.1", "1.1.1"): its top rows are report
    headings, its deepest rows actions of the item above them (`outline.read_outline`)."""
    if side != "force":
        return items, skipped
    items, heads, note = read_outline(items, "report" in table.mapping.values())
    if not note:
        return items, skipped
    notes.append(note)
    if actions := parent_actions(items):
        notes.append(actions)
    skipped = sorted([*skipped, *(_skipped(table.grid, r, why) for r, why in heads)],
                     key=lambda s: s["row"])
    return items, skipped


def _missing_statuses(table: _Table, side: str, second: tuple[int, str] | None, found: Found,
                      items: list[dict[str, Any]], notes: list[str]) -> list[int]:
    """Statuses the status cell does not give, from what else the row says, best evidence
    first: a second status column, the cell's colour, a "Closed? (Y/N)" or "% Complete"
    column, an update saying it is finished; and a struck-through row is done whatever its
    status cell says. Returns the rows read from colour."""
    grid = table.grid
    blank_left = status_from_second_column(grid, second, table.headers, found.blank_status,
                                           items, notes)
    colour_rows = status_from_colour(grid, side, table.status_col, table.text_col, blank_left,
                                     items, notes)
    if side == "force" and table.status_col is None and not status_from_yes_no(
            grid, table.headers, table.mapping, items, notes):
        status_from_percent(grid, table.headers, table.mapping, items, notes)
    if side == "force":
        status_from_update(items, notes)
        status_from_strikethrough(grid, table.text_col, items, notes)
    return colour_rows


def _table(grid: Grid, header_row: int, mapping: dict[int, str]) -> _Table:
    headers = grid.rows[header_row - 1]
    return _Table(
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


def _skipped(grid: Grid, r: int, reason: str) -> dict[str, Any]:
    return {"row_id": f"{grid.name}!{r}", "sheet": grid.name, "row": r, "reason": reason,
            "content": content(grid.rows[r - 1])}


def _no_table(grid: Grid, nonblank: list[int], notes: list[str], hidden_content: tuple[int, ...]
              ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], SheetReport]:
    """Every row of a sheet with no item table, explained: a notes or key sheet."""
    skipped = [_skipped(grid, r, "sheet has no table of items (no header naming a "
                                 "recommendation-text column), e.g. a notes or key sheet")
               for r in nonblank]
    report = SheetReport(grid.name, None, {}, (), len(nonblank), 0, len(nonblank),
                         len(grid.rows) - len(nonblank), "; ".join(["no item table found", *notes]),
                         grid.hidden, hidden_content, legend=legend_entries(grid, nonblank))
    return [], skipped, report


def _skip_reason(walk: _Walk, r: int, filled: list[int]) -> str | None:
    """Why row r is not an item, or None when it is one."""
    table = walk.table
    row = table.grid.rows[r - 1]
    if r <= table.header_row:
        return "header row" if r == table.header_row else ("title or form field above the "
                                                           "header row")
    walk.legend_block = walk.legend_block and r == walk.previous + 1   # a blank row ends one
    walk.prior, walk.previous = walk.previous, r
    if walk.repeats_header(row):
        walk.over_page(r)
        return "header row repeated"
    if is_page_furniture(row, filled):
        walk.over_page(r)
        return "page header or footer of a converted document ('OFFICIAL', 'Page 3 of 9')"
    if walk.legend_block:
        return "legend row: under a key or legend heading"
    if is_title_row(table.grid, r, filled, table.mapping):
        return title_reason(walk, r, str(row[filled[0]]).strip())
    if is_legend_row(row, filled, table.mapping):
        return "legend row: names a colour and what it means"
    if is_counts(row, filled):
        return "counts row: how many items the block holds (\"3 Recommendations\")"
    if heading := heading_record(row, table.text_col, (table.status_col, table.type_col)):
        walk.group, walk.published = heading
        return "report heading record: sets the report for the rows below it"
    return _text_reason(walk, r, row, filled)


def _more_actions(walk: _Walk, r: int, row: list[Any], filled: list[int]) -> bool:
    """A row with no text right under an item's row, with a status of its own (a word or
    two, not a note) and something more (its action, owner or date): the item's next action."""
    c = walk.table.status_col
    if not (walk.carry and walk.last is not None and walk.last["row"] == r - 1
            and c is not None and c in filled and len(filled) >= 2):
        return False
    status = str(row[c]).strip()
    return len(status) <= 40 and not NOTE_START.match(status)


def _text_reason(walk: _Walk, r: int, row: list[Any], filled: list[int]) -> str | None:
    """Why the row's recommendation text makes it no item, or None."""
    table = walk.table
    c, header = table.text_col, table.text_header
    text = row[c] if c < len(row) else None
    if table.grid.uncalculated and (r, c + 1) in table.grid.uncalculated:
        return (f"the recommendation text (cell {cell_name(r, c)}, column '{header}') is a "
                "formula with no saved result: open the file in Excel and save it, then run again")
    if walk.last is not None and stands_out(table.grid.rows[walk.last["row"] - 1], c) and not (
            set(filled) & table.own) and continues(
            table.grid.rows, r, c, filled, (walk.last["row"], walk.joined),
            str(walk.last.get("text") or ""), table.wrapped):
        _join_rest(walk.last, table, row, filled)
        walk.joined = r
        return ("the rest of the text of the item above, cut by a page break or wrapped onto "
                "rows of its own where a document was copied: joined to it")
    if blank(text):
        if walk.joined == r - 1:
            walk.over_page(r)            # the second line of a header a page repeated
        if _more_actions(walk, r, row, filled) or _titled(table, row, filled):
            return None              # an action of the item above, or a task: `_without_text`
        return f"no recommendation text in column '{header}'"
    if isinstance(text, str) and text.strip() in EXCEL_ERRORS:
        return (f"the recommendation text (cell {cell_name(r, c)}, column '{header}') is the "
                f"Excel error {text.strip()}: fix the formula in that cell")
    if len(filled) == 1 and isinstance(text, str) and NOTE_START.match(text):
        return "note row: a remark, not a recommendation"
    return None


def _join_rest(item: dict[str, Any], table: _Table, row: list[Any], filled: list[int]) -> None:
    """The rest of an item's text, and of its other wrapped cells, joined to the item."""
    for col in filled:
        fld = table.mapping.get(col)
        if col == table.text_col or (col in table.wrapped and row[col] != item.get(fld)):
            item[fld] = joined_text(item.get(fld), str(row[col]))


#: What an action row with no text of its own takes from its item's row above it.
_CARRIED = ("text", "report", "published", "type", "ref", "local_ref")


def _without_text(walk: _Walk, item: dict[str, Any], r: int) -> str:
    """A row with no text: a task whose title is all it has (Planner's "Task Name", a
    SharePoint list's "Title"), else one more action of the item above. Returns which
    ("titled", "carried"), or "" for neither."""
    table = walk.table
    if table.title_col is not None:
        row = table.grid.rows[r - 1]
        title = row[table.title_col] if table.title_col < len(row) else None
        if isinstance(title, str) and title.strip():
            item["text"] = title.strip()
            return "titled"
    if walk.last is not None:
        _carry_down(item, walk.last)
        return "carried"
    return ""


#: A task's or list item's short title, beside its description: used when that is blank.
_TITLE_HEADERS = frozenset({"task name", "title", "task title", "short title", "subject", "action title",
                            "action name", "item title", "recommendation title"})


def _titled(table: _Table, row: list[Any], filled: list[int]) -> bool:
    """A row with a title and more of its own (a status, a bucket, an owner): a task whose
    description was never written."""
    c = table.title_col
    return c is not None and c in filled and len(set(filled) & set(table.mapping)) >= 2


def _carry_down(item: dict[str, Any], above: dict[str, Any]) -> None:
    """An action plan's row of one more action: the item's cells left blank under its row
    ("Summary" written once, each "Sub action" with its own status) are the item's."""
    for fld in _CARRIED:
        # The report too: a row with none of its own was given its block's heading, but it
        # is the item above's, filed where that item is.
        if item.get(fld) is None or (fld == "report" and above.get(fld) is not None):
            item[fld] = above.get(fld)


def _item(walk: _Walk, r: int, filled: list[int], found: Found, index: int) -> dict[str, Any]:
    """Row r as an item: its mapped cells, with what is odd about them noted in `found`."""
    table = walk.table
    row, formulas = table.grid.rows[r - 1], table.grid.uncalculated
    item: dict[str, Any] = {"row_id": f"{table.grid.name}!{r}", "sheet": table.grid.name, "row": r}
    for c, fld in table.mapping.items():
        v = row[c] if c < len(row) else None
        if formulas and (r, c + 1) in formulas:
            found.uncalculated.append(cell_name(r, c))
        if isinstance(v, str):
            v = v.strip()
            if v in EXCEL_ERRORS:
                found.errors.append(f"{cell_name(r, c)} {v}")
            elif len(v) > EXCEL_CELL_LIMIT:
                found.long_cells.append(cell_name(r, c))
            item[fld] = v or None
        else:   # `blank` for a value that is not text, inlined: most cells take this way
            item[fld] = None if v is None or (isinstance(v, float) and v != v) else v
    for c, fld in table.date_cols.items():
        v = item[fld]
        if v is not None and parse_date(v) is None:
            found.bad_dates.append((cell_name(r, c), str(table.headers[c]).strip(), v))
    if walk.carry:
        read_cell(item, walk.last)   # "PEEL 2017 – published …" / "AFI 2: …" / "Update (…): …"
    if not item.get("report") and walk.group:
        item["report"] = walk.group
        if not item.get("published") and walk.published is not None:
            item["published"] = walk.published
    if table.status_col is not None and item.get("status") is None:
        found.blank_status.append((index, r))
    if not table.named.issuperset(filled):
        found.unnamed.update(c for c in filled if c not in table.named)
    return item

