"""Each row's fields written as labelled lines inside one cell: a mailbox folder exported from
Outlook to CSV, the monitoring portal's notification emails in its "Body" ("Item: 10212",
"Status: Being progressed", "Item text:" and the wording on the lines below; a later
template's "Ref<TAB>10213", "Summary<TAB>…"), or a form's answers pasted into one cell.

Read as the person reads each email: the labelled lines become columns of their own, each
label under the field it names (by its words, else by what its values hold: ids are the
reference, long wording the text, dates the date of the status), the labels of two templates
for one field in one column. The cell they came from keeps its words but no longer competes
for the text. Rows whose cell holds no such lines (a covering note, an out-of-office reply)
are left with no text, and explained as such.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from typing import Any

from ..normalise import parse_date
from .columns import field_named
from .grid import Grid, blank
from .header import HEADER_SEARCH_ROWS, header_key

#: A labelled line: a short label, then a colon or a tab, then (maybe) its value.
_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z ()/&'\-]{0,30}?)\s*(?::[ \t]*|\t+)(.*)$")
_LABEL_WORDS = 4
#: Labelled lines naming a field a cell needs, and the share of the column's cells with them.
_FIELDS_A_CELL, _CELLS = 3, 0.5
#: The fewest cells so written.
_FEWEST = 3
#: Register ids as a label's values hold them.
_ID = re.compile(r"#?\s*\d{3,6}")
#: Words a value has on average to be the wording.
_WORDING = 8
#: Each field's column, headed as the loader reads it.
_HEADING = {"ref": "Reference", "text": "Text", "type": "Type", "report": "Report",
            "published": "Published", "status": "Status", "closed_on": "Status date",
            "progress": "Comment", "force": "Force", "owner": "Owner", "due": "Due date"}


@dataclasses.dataclass(frozen=True)
class _Cell:
    """One cell's labelled lines: label -> its value (continuation lines joined)."""

    said: dict[str, str]


def _read_cell(value: Any, labels: frozenset[str] | None = None) -> _Cell:
    """A cell's labelled lines; with `labels`, only those start a field (a line of wrapped
    wording "ensure that: …" is more of the wording)."""
    said: dict[str, str] = {}
    last = None
    for line in str(value).splitlines():
        m = _LINE.match(line)
        label = " ".join(m.group(1).split()) if m else ""
        if (m and 1 <= len(label.split()) <= _LABEL_WORDS and label not in said
                and (labels is None or label in labels)):
            said[label] = m.group(2).strip()
            last = label
        elif last is not None and line.strip():
            said[last] = f"{said[last]} {line.strip()}".strip()
        else:
            last = None if not line.strip() else last
    return _Cell({k: v for k, v in said.items() if v})


def _field(label: str, values: list[str], side: str) -> str | None:
    """The field a label names: by its words, where they name one its values fit; else by
    what its values hold."""
    named = field_named(header_key(label), side)
    ids = sum(bool(_ID.fullmatch(v)) for v in values)
    if ids >= 0.8 * len(values):
        return "ref"
    if named in ("ref", "local_ref"):
        return None          # "Ref: see above": a label of ids whose values are none
    words = sum(len(v.split()) for v in values) / len(values)
    if named == "text" or (named is None and words >= _WORDING):
        return "text" if words >= _WORDING / 2 else named
    if named is None and sum(parse_date(v) is not None for v in values) >= 0.8 * len(values):
        return "closed_on"   # "Date of change": the date of the status the cell gives
    return named


def fields_in_cells(grid: Grid, side: str) -> tuple[Grid, list[tuple[int, str]], str] | None:
    """(the sheet with each row's labelled lines as columns of their own, no rows explained,
    a note), or None where no column holds them."""
    head = next((r for r in range(1, min(len(grid.rows), HEADER_SEARCH_ROWS) + 1)
                 if sum(not blank(v) for v in grid.rows[r - 1]) >= 2), None)
    if head is None:
        return None
    body = grid.rows[head:]
    named = [field_named(header_key(h), side) if isinstance(h, str) else None
             for h in grid.rows[head - 1]]
    for col, heading in enumerate(grid.rows[head - 1]):
        # The cell the wording would be read from: headed as the text ("Body"), or on a sheet
        # whose headings name no text (a tracker's "Notes" of labelled lines beside its own
        # "Status" column is its notes).
        if named[col] != "text" and "text" in named:
            continue
        # The first rows decide (a long list's texts hold line breaks too), then all are read.
        if _fields_of(_cells(body[:_SAMPLE], head, col), side) is None:
            continue
        cells = _cells(body, head, col)
        fields = _fields_of(cells, side)
        if fields is not None:
            # Read again knowing the labels: only they open a field.
            return _spread(grid, head, col, heading, _cells(body, head, col, frozenset(fields)),
                           fields)
    return None


#: Rows read first.
_SAMPLE = 200


def _cells(rows: list[list[Any]], head: int, col: int, labels: frozenset[str] | None = None
           ) -> dict[int, _Cell]:
    return {r: _read_cell(row[col], labels) for r, row in enumerate(rows, start=head + 1)
            if col < len(row) and isinstance(row[col], str) and "\n" in row[col]}


def _fields_of(cells: dict[int, _Cell], side: str) -> dict[str, str] | None:
    """label -> field of a column's cells, where most of them are written as labelled lines
    naming fields; else None."""
    if len(cells) < _FEWEST:
        return None
    values: dict[str, list[str]] = defaultdict(list)
    for cell in cells.values():
        for label, value in cell.said.items():
            values[label].append(value)
    # A label on a few cells, or one whose words name a field (a later template's
    # "Ref" on its one notice so far).
    common = {label for label, vs in values.items()
              if len(vs) >= _FEWEST or field_named(header_key(label), side)}
    fields = {label: f for label in common if (f := _field(label, values[label], side))}
    written = [r for r, cell in cells.items() if len(set(cell.said) & set(fields)) >= _FIELDS_A_CELL]
    return fields if len(written) >= max(_FEWEST, _CELLS * len(cells)) else None


def _spread(grid: Grid, head: int, col: int, heading: Any, cells: dict[int, _Cell],
            fields: dict[str, str]) -> tuple[Grid, list[tuple[int, str]], str]:
    order = [f for f in _HEADING if f in fields.values()]
    width = max(len(row) for row in grid.rows)
    rows = [list(row) + [None] * (width - len(row)) for row in grid.rows]
    rows[head - 1] += [_HEADING[f] for f in order]
    # The cell read: its words kept, its heading no longer the text's.
    name = str(heading).strip() if not blank(heading) else f"column {col + 1}"
    rows[head - 1][col] = f"{name} (read into the columns after it)"
    for r in range(head + 1, len(rows) + 1):
        said = cells.get(r, _Cell({})).said
        by_field = {f: said[label] for label, f in fields.items() if label in said}
        rows[r - 1] += [by_field.get(f) for f in order]
    labels = Counter(label for cell in cells.values() for label in cell.said if label in fields)
    named = "; ".join(f"{_HEADING[f]} from " + " / ".join(
        f"'{label}'" for label, _ in labels.most_common() if fields[label] == f) for f in order)
    note = (f"'{name}' holds each row's fields as labelled lines (an email's "
            f"body, a form's answers): read as columns of their own ({named})")
    return dataclasses.replace(grid, rows=rows), [], note
