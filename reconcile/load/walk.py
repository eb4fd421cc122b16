"""Reading a sheet's rows one by one: what carries from row to row (`Walk`), why a row is no
item (a title, a legend, a page's furniture, the rest of the text above), and an item row's
cells, a row with no text read as its title or as one more action of the item above."""

from __future__ import annotations

import re
from typing import Any

from ..normalise import parse_date
from ..normalise.refs import one_ref_key
from .blocks import (
    NOTE_START,
    SUBTOTAL_REASON,
    continues,
    heading_record,
    is_counts,
    is_legend_row,
    is_page_furniture,
    is_title_row,
    joined_text,
    stands_out,
    subtotal_row,
    title_reason,
)
from .columns import FREE_TEXT_WORDS, field_named, is_status_word, is_type_word
from .deleted import deleted_column, deleted_reason
from .grid import EXCEL_ERRORS, Grid, blank, cell
from .header import header_key
from .incell import read_cell, read_ref_line
from .library import file_column, not_a_pack
from .notitem import (
    RULE,
    SIGN_OFF,
    colour_named,
    keyed,
    not_an_item,
    points_elsewhere,
    report_record,
    ruled,
    tallied,
    totals,
)
from .responses import (
    is_link_row,
    is_update,
    kept_with_updates,
    link_words,
    read_link_row,
    read_update,
)
from .richtext import plain
from .sheetfacts import EXCEL_CELL_LIMIT, Found, cell_name, content
from .table import Table
from .updates import AS_ABOVE


class Walk:
    """What carries from row to row: the report a title row set, a legend block, header keys."""

    def __init__(self, table: Table, carry: bool = False) -> None:
        self.table = table
        self.carry = carry                    # force side: actions under an item's row
        self.last: dict[str, Any] | None = None   # the item on the row just above, if any
        self.joined = 0                       # the last row joined to that item's text
        self.prior = 0                        # the row with content above the one read
        self.group: str | None = None
        self.section: str | None = None       # the banner of a section of done items
        self.graded: str | None = None        # a section heading by grade: "AMBER – at risk"
        self.published: Any = None            # a report details row's date, for its block
        self.kind: str | None = None          # a type heading's type, under a report's title
        self.legend_block = False
        self.signed = False                   # rows under an email's "Kind regards,"
        self.previous = table.header_row
        #: statuses, types and owners repeat: key each once (its key, the fields it names)
        self.keys_seen: dict[str, tuple[str, set[str | None]]] = {}
        self.header_cols = [c for c in table.mapping if table.header_keys[c]]
        self.longest = max(len(str(h)) for h in table.headers if not blank(h)) + 10
        #: Items whose status is on update rows under them (`responses`), and the last such
        #: row read into the item above.
        self.updates = carry and kept_with_updates(table.grid, table)
        self.updated = 0
        #: A document library's rows: the column naming each row's file (`library`).
        self.files = file_column(table)
        #: An app's flag of records deleted but kept (`deleted`).
        self.deleted = deleted_column(table)

    def over_page(self, r: int) -> None:
        """A page's heading, footer or header, between an item's row and the rest of its text
        (blank rows between them aside: `prior` is the row with content above)."""
        if self.last is not None and self.prior in (self.last["row"], self.joined):
            self.joined = r

    def repeats_header(self, row: list[Any]) -> bool:
        """Two or more mapped cells that read as their column's header, or as a heading of
        its field (a header sorted in among the items: "Reference" in the column read as the
        reference by what it holds)."""
        hits = named = 0
        for c in self.header_cols:
            # Cheap tests first: most cells are long texts or short statuses, not headers.
            v = row[c] if c < len(row) else None
            if isinstance(v, str) and len(v) <= self.longest:
                seen = self.keys_seen.get(v)
                if seen is None:
                    k = header_key(v)
                    seen = self.keys_seen[v] = (k, {field_named(k, "hmicfrs"),
                                                    field_named(k, "force")})
                if seen[0] == self.table.header_keys[c]:
                    hits += 1
                elif self.table.mapping[c] in seen[1]:
                    named += 1
        # A heading of each field in other words ("Reference" over the column read as the
        # reference by what it holds): three of them, and no item's long text beside them.
        return hits >= 2 or (hits + named >= _NAMED_FIELDS and not any(
            isinstance(v, str) and len(v.split()) >= FREE_TEXT_WORDS for v in row))


def skipped_row(grid: Grid, r: int, reason: str) -> dict[str, Any]:
    return {"row_id": grid.row_id(r), "sheet": grid.name, "row": r, "reason": reason,
            "content": content(grid.rows[r - 1])}


def explained_rows(grid: Grid, skipped: list[dict[str, Any]], why: list[tuple[int, str]]
                   ) -> list[dict[str, Any]]:
    """The rows explained so far with more, each (row, reason), in row order."""
    return sorted([*skipped, *(skipped_row(grid, r, reason) for r, reason in why)],
                  key=lambda s: s["row"])


def rows_set_aside(grid: Grid, items: list[dict[str, Any]], skipped: list[dict[str, Any]],
                   why: list[tuple[int, str]]
                   ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The items less the rows of `why`, those rows explained, each with its reason: a row
    first read as an item, found after the walk to be something else."""
    gone = {r for r, _ in why}
    return [i for i in items if i["row"] not in gone], explained_rows(grid, skipped, why)


def skip_reason(walk: Walk, r: int, filled: list[int]) -> str | None:
    """Why row r is not an item, or None when it is one."""
    table = walk.table
    row = table.grid.rows[r - 1]
    if r == table.header_row or (r < table.header_row and not _item_above(table, row, filled)):
        return "header row" if r == table.header_row else ("title or form field above the "
                                                           "header row")
    walk.legend_block = walk.legend_block and r == walk.previous + 1   # a blank row ends one
    walk.prior, walk.previous = walk.previous, r
    if ruled(row, filled):
        return "a rule drawn under the header with dashes, not an item"
    if walk.repeats_header(row):
        walk.over_page(r)
        return "header row repeated"
    if is_page_furniture(row, filled):
        walk.over_page(r)
        return "page header or footer of a converted document ('OFFICIAL', 'Page 3 of 9')"
    if walk.legend_block and len(filled) < _KEY_CELLS:
        return "legend row: under a key or legend heading"
    walk.legend_block = False      # a row of five cells or more is an item: the key ended
    if walk.signed or (len(filled) == 1 and isinstance(row[filled[0]], str)
                       and SIGN_OFF.match(row[filled[0]])):
        if len(filled) == 1:
            walk.signed = True
            return "the sign-off of an email pasted with the list ('Kind regards', a name)"
        walk.signed = False
    if keyed(row, filled, table.text_col):
        walk.legend_block = True
        return "legend row: under a key or legend heading"
    if is_title_row(table.grid, r, filled, table.mapping):
        return title_reason(walk, r, str(row[filled[0]]).strip())
    if is_legend_row(row, filled, table.mapping) or colour_named(row, filled, table.text_col):
        return "legend row: names a colour and what it means"
    if is_counts(row, filled):
        return "counts row: how many items the block holds (\"3 Recommendations\")"
    if _template_row(row, filled):
        return (f"a template row: formulas copied down with nothing typed in them, each cell "
                f"showing '{str(row[filled[0]]).strip()}'")
    if heading := heading_record(row, table.text_col, (table.status_col, table.type_col)):
        walk.group, walk.published = heading
        return "report heading record: sets the report for the rows below it"
    if report_record(row, table.type_col):
        return "a register's record of a report itself (its type 'Report'), not an item"
    return (deleted_reason(table, walk.deleted, row) or not_a_pack(table, walk.files, row)
            or _text_reason(walk, r, row, filled))


#: Cells naming their column's field that make a row a header sorted in among the items.
_NAMED_FIELDS = 3
#: Mapped cells an item row above the header fills at least.
_ABOVE_CELLS = 3


def _item_above(table: Table, row: list[Any], filled: list[int]) -> bool:
    """A row above the header that is an item all the same: a list sorted with its header
    taken for data ("My data has headers" unticked) leaves items above it. Its text cell is
    long free text, three of the mapped columns are filled, and it has a status cell holding
    a status word and a reference or type cell holding an id or a type: no title, form
    field or second header row is."""
    text = row[table.text_col] if table.text_col < len(row) else None
    if not isinstance(text, str) or len(text.split()) < FREE_TEXT_WORDS:
        return False
    if sum(c in table.mapping for c in filled) < _ABOVE_CELLS or table.status_col is None:
        return False
    cells = {f: row[c] for c, f in table.mapping.items() if c < len(row) and not blank(row[c])}
    status, ref, kind = cells.get("status"), cells.get("ref"), cells.get("type")
    return (isinstance(status, str) and is_status_word(status)) and (
        bool(one_ref_key(ref))
        or (isinstance(kind, str) and is_type_word(kind)))



def _in_item_merge(walk: Walk, r: int, row: list[Any], filled: list[int]) -> bool:
    """On the list, row r is inside the merged cells of the item above (right under it or
    under its rest): every cell but the text is merged down from it, its reference among
    them (its status, where the list has no reference). A register item is one item: a
    report or type merged over a block of items says nothing of where one ends."""
    item = walk.last
    if item is None or r - 1 not in (item["row"], walk.joined):
        return False
    table, grid = walk.table, walk.table.grid
    others = [c for c in filled if c != table.text_col]
    keys = [c for c, f in table.mapping.items() if f in ("ref", "local_ref")] or [
        c for c in (table.status_col,) if c is not None]
    return (any(c in others for c in keys)
            and all((r, c) in grid.merged_down and grid.value(item["row"], c) == row[c]
                    for c in others))


def _pasted_lines(walk: Walk, r: int, row: list[Any], filled: list[int]) -> list[int] | None:
    """On a tracker pasted from a document or a web page, row r holds the next lines of the
    item above's multi-line cells: its status cell is merged down from that item's row (an
    item split into parts gives each part a status of its own), and so is every other cell
    but the text and the update. The columns of its own lines, or None."""
    item, table = walk.last, walk.table
    c = table.status_col
    if item is None or c is None or r - 1 not in (item["row"], walk.joined):
        return None
    grid = table.grid
    lines = [k for k in filled if table.mapping.get(k) in ("text", "progress")]
    merged = [k for k in filled if k not in lines]
    if c not in merged or not all((r, k) in grid.merged_down
                                  and grid.value(item["row"], k) == row[k] for k in merged):
        return None
    return lines


def _template_row(row: list[Any], filled: list[int]) -> bool:
    """Three or more cells, one short value in all of them ("Not found", "#N/A", 0): look-ups
    dragged down past the last row typed, their key cell blank. An item's text is never its
    report, type and status too."""
    if len(filled) < 3:
        return False
    first = row[filled[0]]
    return len(str(first)) <= 30 and all(row[c] == first for c in filled[1:])


#: A key's row fills fewer cells than this (a colour, its meaning, perhaps open or closed).
_KEY_CELLS = 5


def _item_row(table: Table, filled: list[int]) -> bool:
    """A row whose text cell is an Excel error (a CSV's "- ensure that …" opened in Excel is
    #NAME?) but which has its status and two more of an item's own cells (its type, report
    or references) is still an item: read, paired by its reference if it has one, its text
    kept as written. A broken look-up beside a number and a RAG is no item."""
    mine = {c for c in filled if table.mapping.get(c) in ("type", "ref", "local_ref", "report")}
    return table.status_col in filled and len(mine) >= 2


#: A PEEL grade in a status cell: "PEEL 2023/24 grade: Inadequate", "Graded: Good".
_GRADE = re.compile(r"\bgraded?\b.*\b(?:outstanding|good|adequate|requires\s+improvement|"
                    r"inadequate)\b", re.IGNORECASE)


def _graded(row: list[Any], status_col: int | None) -> bool:
    value = row[status_col] if status_col is not None and status_col < len(row) else None
    return isinstance(value, str) and bool(_GRADE.search(value))


def _more_actions(walk: Walk, r: int, row: list[Any], filled: list[int]) -> bool:
    """A row with no text right under an item's row, with a status of its own (a word or
    two, not a note) and something more (its action, owner or date): the item's next action."""
    c = walk.table.status_col
    under = r - 2 if r - 1 in walk.table.gaps else r - 1
    if not (walk.carry and walk.last is not None and walk.last["row"] == under
            and c is not None and c in filled and len(filled) >= 2):
        return False
    status = str(row[c]).strip()
    return len(status) <= 40 and not NOTE_START.match(status)


def _own_cells(walk: Walk, row: list[Any], filled: list[int]) -> set[int]:
    """The row's filled cells of the fields an item has its own of (status, type, references).
    On the HMICFRS list a cell repeating the item above's (its reference written again on
    each of its bullet rows) is none: a register item is one item, never split."""
    own = set(filled) & walk.table.own
    if walk.carry or walk.last is None or not own:
        return own
    above = walk.table.grid.rows[walk.last["row"] - 1]
    return {c for c in own if c >= len(above) or row[c] != above[c]}


def _rest_of_item(walk: Walk, r: int, row: list[Any], filled: list[int]) -> str | None:
    """Why row r is the rest of the item above, read into it (its update, the rows its
    merged cells cover, a copied web page's "Read more" row), or None."""
    table = walk.table
    c = table.text_col
    if (walk.updates and walk.last is not None and r - 1 in (walk.last["row"], walk.updated)
            and is_update(table, walk.last, row)):
        read_update(table, walk.last, row)
        walk.updated = r
        return ("an update under the item above (a document's block of rows per item): its "
                "status, lead and words are read into that item, the last status given counting")
    if not walk.carry and _in_item_merge(walk, r, row, filled):
        if not blank(cell(row, c)):
            _join_rest(walk.last, table, row, [c])
        walk.joined = r
        return ("the rest of the item above: its reference and status are merged down over "
                "this row (a list pasted from a document or an email), so its text is that item's")
    if walk.carry and (own := _pasted_lines(walk, r, row, filled)) is not None:
        for col in own:
            fld = table.mapping[col]
            walk.last[fld] = joined_text(walk.last.get(fld), str(row[col]))
        walk.joined = r
        return ("the next line of the item above, pasted from a document or a page: Excel puts "
                "each line of a cell on a row of its own and merges the row's other cells, its "
                "status among them, down over it, so its words are that item's")
    if (walk.last is not None and walk.last["row"] == r - 1
            and is_link_row(table, walk.last, row, filled)):
        read_link_row(table, walk.last, row, filled)
        walk.updated = r
        return ("the rest of the item above, where a web page was copied: its 'Read more' "
                "link's row, holding the item's status and date, read into that item")
    if filled == [c] and link_words(row[c]):
        return "a web page's link or pager ('Read more', 'Next »'), copied with the list"
    return None


def _no_text(row: list[Any], filled: list[int], header: str) -> str:
    """Why a row with no text is no item: a block's subtotal, or no text at all."""
    if subtotal_row(row, filled):
        return SUBTOTAL_REASON
    return f"no recommendation text in column '{header}'"


def _text_reason(walk: Walk, r: int, row: list[Any], filled: list[int]) -> str | None:
    """Why the row's recommendation text makes it no item, or None."""
    table = walk.table
    c, header = table.text_col, table.text_header
    if why := _rest_of_item(walk, r, row, filled):
        return why
    text = row[c] if c < len(row) else None
    if isinstance(text, str) and points_elsewhere(text, filled == [c]):
        return ("a note pointing to the item on another tab or theme ('see harm tab'), not an "
                "item of its own")
    if table.grid.uncalculated and (r, c + 1) in table.grid.uncalculated:
        return (f"the recommendation text (cell {cell_name(r, c)}, column '{header}') is a "
                "formula with no saved result: open the file in Excel and save it, then run again")
    if walk.last is not None and stands_out(table.grid.rows[walk.last["row"] - 1], c) and not (
            _own_cells(walk, row, filled)) and (continues(
            table.grid.rows, r, c, filled, (walk.last["row"], walk.joined),
            str(walk.last.get("text") or ""), table.wrapped) or (
            table.rest_alone and filled == [c] and r - 1 in (walk.last["row"], walk.joined))):
        _join_rest(walk.last, table, row, filled)
        walk.joined = r
        return ("the rest of the text of the item above, cut by a page break or wrapped onto "
                "rows of its own where a document was copied: joined to it")
    if table.rest_alone and filled == [c] and isinstance(text, str):
        return ("a line of text alone, with no status, where every item of the list has one: a "
                "note pasted with it ('Apologies – I missed the national items below …')")
    if blank(text) and _graded(row, table.status_col):
        return ("a section heading giving its PEEL area's grade ('PEEL 2023/24 grade: "
                "Adequate'): a grade is no status, and the row no item")
    if blank(text) and _divider(row, table.title_col):
        return ("a divider between the items (its title set between runs of dashes, "
                "'——— PEEL 2023/24 ———'): a heading, not an item")
    if blank(text):
        if walk.joined == r - 1:
            walk.over_page(r)            # the second line of a header a page repeated
        if _more_actions(walk, r, row, filled) or _titled(table, row, filled):
            return None              # an action of the item above, or a task: `_without_text`
        return _no_text(row, filled, header)
    if totals(row, filled, text) or tallied(row, filled, text):
        return "totals row: a count or sum under the table (an Excel table's Total row)"
    if isinstance(text, str) and text.strip() in EXCEL_ERRORS and not _item_row(table, filled):
        return (f"the recommendation text (cell {cell_name(r, c)}, column '{header}') is the "
                f"Excel error {text.strip()}: fix the formula in that cell")
    if len(filled) == 1 and isinstance(text, str) and NOTE_START.match(text):
        return "note row: a remark, not a recommendation"
    if isinstance(text, str) and (why := not_an_item(text, bool(set(filled) & table.own))):
        return why
    return None


def _join_rest(item: dict[str, Any], table: Table, row: list[Any], filled: list[int]) -> None:
    """The rest of an item's text, and of its other wrapped cells, joined to the item."""
    for col in filled:
        fld = table.mapping.get(col)
        if col == table.text_col or (col in table.wrapped and row[col] != item.get(fld)):
            item[fld] = joined_text(item.get(fld), str(row[col]))


#: What an action row with no text of its own takes from its item's row above it.
_CARRIED = ("text", "report", "published", "type", "ref", "local_ref")


#: A status written as its change: "Being progressed -> Complete", "Open → Closed".
_CHANGED_TO = re.compile(r"(?:->|\u2192|=>)\s*([^>\u2192]+?)\s*$")

#: A published table's shorthand for a value it does not give: "[z]" not applicable, "[x]"
#: not available, "[c]" withheld (the government statistics convention).
_NOT_HELD = re.compile(r"\[\s*[a-z]{1,3}\s*\]", re.IGNORECASE)


def without_text(walk: Walk, item: dict[str, Any], r: int) -> str:
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


#: A card or task made to divide a list, its title set between runs of dashes or rules:
#: "——— PEEL 2023/24 ———", "=== Older reports ===".
_DIVIDER = re.compile(rf"\s*{RULE}.*?{RULE}\s*$")


def _divider(row: list[Any], title_col: int | None) -> bool:
    title = row[title_col] if title_col is not None and title_col < len(row) else None
    return isinstance(title, str) and bool(_DIVIDER.match(title))


def _titled(table: Table, row: list[Any], filled: list[int]) -> bool:
    """A row with a title and more of its own (a status, a bucket, an owner): a task whose
    description was never written. Or a title that is wording ("Targeting the risk - Within
    three months, all chief constables …") on a row with an id and more: an item migrated
    from an old register with its title only."""
    c = table.title_col
    if c is None or c not in filled:
        return False
    mapped = len(set(filled) & set(table.mapping))
    title = row[c] if c < len(row) else None
    return mapped >= 2 or (mapped == 1 and len(filled) >= _MIGRATED and isinstance(title, str)
                           and len(title.split()) >= FREE_TEXT_WORDS)


#: Cells a row with a title of wording and one field fills at least to be an item.
_MIGRATED = 4


def _carry_down(item: dict[str, Any], above: dict[str, Any]) -> None:
    """An action plan's row of one more action: the item's cells left blank under its row
    ("Summary" written once, each "Sub action" with its own status) are the item's."""
    for fld in _CARRIED:
        # The report too: a row with none of its own was given its block's heading, but it
        # is the item above's, filed where that item is.
        if item.get(fld) is None or (fld == "report" and above.get(fld) is not None):
            item[fld] = above.get(fld)


def _block_report(walk: Walk, item: dict[str, Any], r: int) -> None:
    """A row naming no report takes its block's: the title row's above it; or the report
    written once over the block, merged down it in a file whose merges the reader cannot
    see (OpenDocument): the rows under it, to the blank row, are its."""
    if walk.group:
        item["report"] = walk.group
        if not item.get("published") and walk.published is not None:
            item["published"] = walk.published
        if walk.kind and not item.get("type"):
            item["type"] = walk.kind
    elif (walk.carry and walk.table.grid.merges_unknown and walk.last is not None
          and walk.last["row"] == r - 1 and walk.last.get("report") is not None
          and "report" in walk.table.mapping.values()):
        item["report"] = walk.last["report"]
        if not item.get("published"):
            item["published"] = walk.last.get("published")


def item_row(walk: Walk, r: int, filled: list[int], found: Found, index: int) -> dict[str, Any]:
    """Row r as an item: its mapped cells, with what is odd about them noted in `found`."""
    table = walk.table
    row, formulas = table.grid.rows[r - 1], table.grid.uncalculated
    item: dict[str, Any] = {"row_id": table.grid.row_id(r), "sheet": table.grid.name, "row": r}
    for c, fld in table.mapping.items():
        v = row[c] if c < len(row) else None
        if formulas and (r, c + 1) in formulas:
            found.uncalculated.append(cell_name(r, c))
        if isinstance(v, str):
            # SharePoint's rich text and lookups, as shown; a database's empty field pasted
            # as the word "NULL" is empty.
            v = "" if v == "NULL" else plain(v).strip()
            if v in EXCEL_ERRORS:
                found.errors.append(f"{cell_name(r, c)} {v}")
            elif len(v) > EXCEL_CELL_LIMIT:
                found.long_cells.append(cell_name(r, c))
            item[fld] = v or None
        else:   # `blank` for a value that is not text, inlined: most cells take this way
            item[fld] = None if v is None or (isinstance(v, float) and v != v) else v
    if isinstance(status := item.get("status"), str) and (m := _CHANGED_TO.search(status)):
        item["status"] = m.group(1)     # "Being progressed -> Complete": what it is now
    for c, fld in table.date_cols.items():
        v = item[fld]
        if isinstance(v, str) and _NOT_HELD.fullmatch(v):
            item[fld] = None        # statistics' shorthand: "[z]" not applicable, "[x]" not held
        elif v is not None and parse_date(v) is None:
            found.bad_dates.append((cell_name(r, c), str(table.headers[c]).strip(), v))
    if (walk.carry and walk.last is not None and walk.last["row"] == r - 1
            and isinstance(item.get("text"), str) and AS_ABOVE.match(item["text"])):
        item["text"] = None     # "As above": one more action of the item above, its text
    read_ref_line(item)              # "Ref 8212 - Stolen freedom … - National rec - …"
    if walk.carry:
        read_cell(item, walk.last)   # "PEEL 2017 – published …" / "AFI 2: …" / "Update (…): …"
    if not item.get("report"):
        _block_report(walk, item, r)
    if table.status_col is not None and item.get("status") is None:
        found.blank_status.append((index, r))
    if not table.named.issuperset(filled):
        found.unnamed.update(c for c in filled if c not in table.named)
    return item
