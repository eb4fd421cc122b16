"""A column chosen by its heading, or by content, weighed again against what the others hold.

Two cases where a heading misleads on exports of task and card systems nobody designed as a
tracker:

- a board's status is the list a card sits in ("List Name" on a Trello export: "In progress",
  "Submitted to HMICFRS", "Closed"), while a "RAG" field holds a grade on a few cards only:
  the column of status words on nearly every row is the status, not the grade on a few (a
  panel's outcome on the rows it saw, "Not met", still decides those rows);
- an Outlook task's wording is in its body ("Notes"), its "Subject" a short title: where no
  heading names the text, the column whose cells ask something of someone ("The force should
  …") on most rows is the text, before a column of titles found by content, and whatever
  field its heading names ("Notes" reads as progress).
"""

from __future__ import annotations

from typing import Any

from .. import vocab
from ..normalise.entries import ASKS
from .columns import Choice, Profile, looks_like_text, says_status
from .grid import blank

#: Rows with text enough to say a column is filled on few of them.
_ROWS = 3
#: A status column filled on fewer than this share of the rows with text is a grade on a few...
_SPARSE = 0.5
#: ... where another column holds status words on at least this share of them.
_FULL = 0.9
#: A RAG grade, in words or by its letter.
_GRADES = frozenset({*vocab.RAG_FAMILIES, "gray", "r", "a", "g", "b"})
#: Share of a column's cells asking something of someone for it to be the wording...
_ASKING = 0.5
#: ... where the column taken for the text by content asks on fewer than this share.
_TITLES = 0.2


def reweighed(choices: dict[str, Choice], profiles: list[Profile], sample: list[list[Any]],
              headers: list[Any]) -> dict[str, Choice]:
    """The choices, with the status and the text weighed again (see the module)."""
    return _wording_that_asks(_status_on_every_row(choices, profiles, sample, headers), profiles,
                              sample, headers)


def _status_on_every_row(choices: dict[str, Choice], profiles: list[Profile],
                         sample: list[list[Any]], headers: list[Any]) -> dict[str, Choice]:
    status, text = choices.get("status"), choices.get("text")
    if status is None or text is None or status.why == "config" or status.col >= len(profiles):
        return choices
    rows = profiles[text.col].filled if text.col < len(profiles) else 0
    if rows < _ROWS or profiles[status.col].filled >= _SPARSE * rows:
        return choices
    if profiles[status.col].filled and not _grades(sample, status.col):
        return choices      # a panel's outcome on the rows it saw ("Not met"): it decides those
    taken = {c.col for c in choices.values()}
    full = [c for c, p in enumerate(profiles)
            if c not in taken and says_status(p) and p.filled >= _FULL * rows]
    if len(full) != 1:
        return choices
    col, p, was = full[0], profiles[full[0]], _name(headers, status.col)
    why = (f"by content: status words on {p.status_words:.0%} of {p.filled} rows, where "
           f"'{was}' fills {profiles[status.col].filled} of {rows} rows only")
    return {**choices, "status": Choice(col, why, (status.col, status.why))}


def _wording_that_asks(choices: dict[str, Choice], profiles: list[Profile],
                       sample: list[list[Any]], headers: list[Any]) -> dict[str, Choice]:
    text = choices.get("text")
    if text is not None and (not text.why.startswith("by content") or text.copy is not None
                             or _asking(sample, text.col) >= _TITLES):
        return choices
    best = max(((_asking(sample, c), c) for c, p in enumerate(profiles)
                if (text is None or c != text.col) and looks_like_text(p) and p.dated < 0.5),
               default=None)
    if best is None or best[0] < _ASKING:
        return choices
    share, col = best
    why = (f"by content: wording asking something of someone ('should', 'must') on {share:.0%} "
           "of its rows, " + (f"where '{_name(headers, text.col)}' holds short titles" if text
                              else "where no heading names the text"))
    out = {f: c for f, c in choices.items() if c.col != col}
    return {**out, "text": Choice(col, why, (text.col, text.why) if text else None)}


def _grades(sample: list[list[Any]], col: int) -> bool:
    """Whether a column's filled cells are all RAG grades ("Green", "A"): a confidence rating."""
    cells = {vocab.key(row[col]) for row in sample if col < len(row) and not blank(row[col])}
    return bool(cells) and cells <= _GRADES


def _asking(sample: list[list[Any]], col: int) -> float:
    """Share of a column's filled cells that ask something of someone."""
    cells = [str(row[col]) for row in sample if col < len(row) and not blank(row[col])]
    return sum(bool(ASKS.search(v)) for v in cells) / len(cells) if cells else 0.0


def _name(headers: list[Any], col: int) -> str:
    h = headers[col] if col < len(headers) else None
    return "" if blank(h) else " ".join(str(h).split())
