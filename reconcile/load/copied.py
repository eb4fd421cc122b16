"""A plan written in the force's own words, with the HMICFRS wording copied beside a few of
its rows ("HMICFRS wording (where copied)"). The copy column names the text, but the force's
wording is what every item has: the rows without a copy are items of their own (each names
another report than the row above it), not more actions of the row above. The text is then
the force's wording, and the copy, where there is one, is read under it (`with_copies`)."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from ..normalise import WRITTEN_DATE
from .columns import FREE_TEXT_WORDS, Choice, Profile, looks_like_text
from .grid import Grid, blank, cell
from .sheetfacts import rows_named

#: What stands before the copy in the text read.
COPY_LABEL = "HMICFRS wording:"
#: The copy column fills at most this share of the rows holding the force's wording.
_SPARSE = 0.5
#: At least this share of the rows without a copy name another report than the row above.
_OWN_REPORT = 0.5


def _wording(value: Any) -> bool:
    return isinstance(value, str) and len(value.split()) >= FREE_TEXT_WORDS



def own_wording_column(sample: list[list[Any]], choices: dict[str, Choice],
                       profiles: list[Profile]) -> int | None:
    """The column of the force's own wording when the text column is a sparse copy beside
    it (see the module), else None."""
    text, report = choices.get("text"), choices.get("report")
    if text is None or report is None or text.why == "config":
        return None
    taken = {c.col for c in choices.values()}
    t = text.col
    copied = [i for i, row in enumerate(sample) if not blank(cell(row, t))]
    best = None
    for c, p in enumerate(profiles):
        if c in taken or not looks_like_text(p) or p.dated >= 0.5:
            continue
        own = [i for i, row in enumerate(sample) if _wording(cell(row, c))]
        if len(copied) > _SPARSE * len(own) or len(set(copied) - set(own)) > 0.2 * len(copied):
            continue
        if best is None or len(own) > best[0]:
            best = (len(own), c, own)
    if best is None:
        return None
    _, c, own = best
    gaps = {i for i in own if blank(cell(sample[i], t))}
    named, last = 0, None
    for i, row in enumerate(sample):
        here = cell(row, report.col)
        if i in gaps and not blank(here) and here != last:
            named += 1
        if not blank(cell(row, t)) or i in gaps:
            last = here
    return c if gaps and named >= _OWN_REPORT * len(gaps) else None


def with_own_wording(choices: dict[str, Choice], col: int, headers: list[Any]
                     ) -> dict[str, Choice]:
    """The choices with the force's wording as the text, the copy its runner-up."""
    copy = choices["text"]
    why = (f"by content: the force's own wording on every item, where '{headers[copy.col]}' "
           "holds a copy of the HMICFRS wording on a few rows only")
    return {**choices, "text": Choice(col, why, (copy.col, copy.why), copy=copy.col)}


def with_copies(grid: Grid, header_row: int, text: Choice) -> Grid:
    """The sheet with each row's copy of the HMICFRS wording added under the force's own
    ("Review our approach …\nHMICFRS wording: The force should …"): both are matched on, and
    a sign-off lead still reads the force's words first."""
    if text.copy is None:
        return grid
    rows = [list(row) for row in grid.rows]
    for row in rows[header_row:]:
        value = cell(row, text.copy)
        if not _wording(value):
            continue
        row.extend([None] * (text.col + 1 - len(row)))
        own = row[text.col]
        row[text.col] = value if blank(own) else f"{own}\n{COPY_LABEL} {value}"
    return dataclasses.replace(grid, rows=rows)


#: A note opening with the HMICFRS wording the force copied in: "HMICFRS text: Within six
#: months, …", "HMICFRS wording – …", "Recommendation text: …".
_COPY_IN_NOTE = re.compile(r"\s*(?:(?:hmicfrs|hmic)(?:\s+recommendation)?\s+(?:text|wording)|"
                           r"recommendation\s+text)\s*[:\-\u2013\u2014]\s*(?=\S)", re.IGNORECASE)
#: Where the copy ends: a blank line, or the next line opening with a date (an update).
_COPY_END = re.compile(rf"\n\s*\n|\n(?=\s*(?:{WRITTEN_DATE}))")


def copies_in_progress(items: list[dict[str, Any]], notes: list[str]) -> None:
    """A plan keeping a short title as the task's name and the HMICFRS wording at the head
    of its notes ("HMICFRS text: Within twelve months, forces should …", then dated
    updates): the copy is read under the title as the item's text (both matched on, a
    timescale in either read), the updates after it left as progress. In place."""
    read = []
    for item in items:
        note = item.get("progress")
        if not isinstance(note, str) or not (m := _COPY_IN_NOTE.match(note)):
            continue
        parts = _COPY_END.split(note[m.end():], maxsplit=1)
        copy, rest = parts[0].strip(), (parts[1].strip() if len(parts) > 1 else "")
        if len(copy.split()) < FREE_TEXT_WORDS:
            continue
        own = item.get("text")
        item["text"] = copy if blank(own) else f"{own}\n{COPY_LABEL} {copy}"
        item["progress"] = rest or None
        read.append(item["row"])
    if read:
        notes.append(f"the HMICFRS wording at the head of the notes of {rows_named(read)} "
                     "('HMICFRS text: …') read as the item's text, under its title")

