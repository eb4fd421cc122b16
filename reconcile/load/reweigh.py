"""A column chosen by its heading, or by content, weighed again against what the others hold.

Three cases where a heading misleads (the first and last on exports of task and card systems
nobody designed as a tracker):

- a board's status is the list a card sits in ("List Name" on a Trello export: "In progress",
  "Submitted to HMICFRS", "Closed"), while a "RAG" field holds a grade on a few cards only:
  the column of status words on nearly every row is the status, not the grade on a few (a
  panel's outcome on the rows it saw, "Not met", still decides those rows);
- a RAG column that a board sets each quarter lags behind the status words the owners keep
  up to date beside it ("Current position": "Complete - evidence submitted" where the RAG
  still says Amber, on many rows), or cannot say what they say ("Carried forward to
  2023-24"): the words are the status, the grade read only where they are blank;
- a workflow's numbered stages ("1 - Allocated" … "6 - Closed (HMICFRS confirmed)", a
  drop-down's list) on nearly every row, in a column headed "Stage", beside a status column
  kept on a few rows only (an older tracker's, pasted in with its rows): the stages are the
  status, the older column read only where they are blank (`stages`);
- a RAG worked out by a formula that a deleted column broke (#REF! on many rows, a colour
  only where a date completed is filled), beside a status column typed by hand: the typed
  column is the status, the formula's colour read only where it is blank;
- an Outlook task's wording is in its body ("Notes"), its "Subject" a short title: where no
  heading names the text, the column whose cells ask something of someone ("The force should
  …") on most rows is the text, before a column of titles found by content, and whatever
  field its heading names ("Notes" reads as progress).
"""

from __future__ import annotations

import re
from typing import Any

from .. import vocab
from ..normalise import meaning_state, norm_status, points_elsewhere
from ..normalise.entries import ASKS
from ..normalise.types import builtin_statuses
from .blocks import legend_entries
from .columns import AGREED, OVERALL, THEIRS, Choice, Profile, looks_like_text, says_status
from .grid import EXCEL_ERRORS, Grid, blank
from .stages import ladder

#: Rows with text enough to say a column is filled on few of them.
_ROWS = 3
#: A status column filled on fewer than this share of the rows with text is a grade on a few...
_SPARSE = 0.5
#: ... where another column holds status words on at least this share of them.
_FULL = 0.9
#: A column of status words filled on this share of the rows with text at least...
_HALF = 0.5
#: ... and status words on this share of its cells stands before a column of RAG grades.
_WORDS = 0.8
#: Share of the rows where a grade and the words beside it disagree from which the grade lags.
_LAGGING = 0.2
#: States a grade and a word are compared on.
_KNOWN = frozenset({"open", "done", "closed"})
#: A RAG grade, in words or by its letter.
_GRADES = frozenset({*vocab.RAG_FAMILIES, "gray", "r", "a", "g", "b"})
#: A BRAG's grade for done.
_BLUE = frozenset({"blue", "b"})
_GREEN, _DONE = frozenset({"green", "g"}), frozenset({"done", "closed"})
#: Share of a status column's filled cells that are Excel errors for its formula to be broken.
_BROKEN = 0.25
#: Share of a column's cells asking something of someone for it to be the wording...
_ASKING = 0.5
#: ... where the column taken for the text by content asks on fewer than this share.
_TITLES = 0.2


def reweighed(choices: dict[str, Choice], profiles: list[Profile], sample: list[list[Any]],
              headers: list[Any]) -> dict[str, Choice]:
    """The choices, with the status and the text weighed again (see the module)."""
    choices = _status_on_every_row(choices, profiles, sample, headers)
    choices = _numbered_stages(choices, profiles, sample, headers)
    choices = _broken_formula(choices, profiles, sample, headers)
    choices = _words_over_grades(choices, profiles, sample, headers)
    return _wording_that_asks(choices, profiles, sample, headers)


def _status_on_every_row(choices: dict[str, Choice], profiles: list[Profile],
                         sample: list[list[Any]], headers: list[Any]) -> dict[str, Choice]:
    status, text = choices.get("status"), choices.get("text")
    if status is None or text is None or status.why == "config" or status.col >= len(profiles):
        return choices
    rows = _text_rows(text, profiles)
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


def _numbered_stages(choices: dict[str, Choice], profiles: list[Profile],
                     sample: list[list[Any]], headers: list[Any]) -> dict[str, Choice]:
    status, text = choices.get("status"), choices.get("text")
    if text is None or (status is not None and status.why == "config"):
        return choices
    rows = _text_rows(text, profiles)
    if rows < _ROWS or (status is not None and status.col < len(profiles)
                        and profiles[status.col].filled >= _SPARSE * rows):
        return choices
    taken = {c.col for c in choices.values()}
    found = [(c, steps) for c, p in enumerate(profiles)
             if c not in taken and p.filled >= _FULL * rows
             and (steps := ladder(row[c] for row in sample if c < len(row)))]
    if len(found) != 1:
        return choices
    col, steps = found[0]
    why = (f"by content: a workflow's numbered stages ({len(steps)}: "
           f"'{min(steps)} - {steps[min(steps)]}' to '{max(steps)} - {steps[max(steps)]}') on "
           f"{profiles[col].filled} of {rows} rows" +
           (f", where '{_name(headers, status.col)}' fills {profiles[status.col].filled} only"
            if status is not None else ""))
    return {**choices, "status": Choice(col, why, (status.col, status.why) if status else None)}


def _broken_formula(choices: dict[str, Choice], profiles: list[Profile],
                    sample: list[list[Any]], headers: list[Any]) -> dict[str, Choice]:
    status = choices.get("status")
    if status is None or status.why == "config" or status.runner_up is None:
        return choices
    cells = [row[status.col] for row in sample
             if status.col < len(row) and not blank(row[status.col])]
    errors = sum(isinstance(v, str) and v.strip() in EXCEL_ERRORS for v in cells)
    col = status.runner_up[0]
    if (errors < max(_ROWS, _BROKEN * len(cells)) or col in {c.col for c in choices.values()}
            or col >= len(profiles) or profiles[col].status_words < _WORDS):
        return choices
    why = (f"by content: '{_name(headers, status.col)}' is an Excel error ({errors} of "
           f"{len(cells)} cells: a formula broken), '{_name(headers, col)}' holds status words "
           f"on {profiles[col].status_words:.0%} of its {profiles[col].filled} rows")
    return {**choices, "status": Choice(col, why, (status.col, status.why))}


def _words_over_grades(choices: dict[str, Choice], profiles: list[Profile],
                       sample: list[list[Any]], headers: list[Any]) -> dict[str, Choice]:
    status, text = choices.get("status"), choices.get("text")
    # Grades repeated down the column: a lookup sheet lists each grade once, with its meaning.
    if (status is None or text is None or status.why == "config" or status.col >= len(profiles)
            or not _grades(sample, status.col)
            or profiles[status.col].distinct >= profiles[status.col].filled):
        return choices
    rows = _text_rows(text, profiles)
    fields = {c.col: f for f, c in choices.items()}
    # Not a column copying HMICFRS's status ("HMICFRS status (last return)"): the force's own;
    # nor one its own reader takes where it is filled ("Overall status", "Agreed status").
    words = [c for c, p in enumerate(profiles)
             if fields.get(c, "progress") == "progress" and c != status.col
             and p.filled >= max(_ROWS, _HALF * rows) and p.status_words >= _WORDS
             and p.distinct >= 2 and not _grades(sample, c)
             and not any(r.search(vocab.key(_name(headers, c))) for r in (THEIRS, OVERALL, AGREED))]
    if len(words) != 1:
        return choices
    col, p = words[0], profiles[words[0]]
    # A key calling Green done makes the grades a scale of completion: the words beside them
    # follow the closure ("Open" until submitted), and say otherwise on every row done but
    # not yet sent.
    told = _carried(sample, col) or (not _green_done(sample) and (
        _lags(sample, status.col, col) or _plain_rag(sample, status.col)))
    if not told:
        return choices
    why = (f"by content: status words on {p.status_words:.0%} of {p.filled} rows, beside "
           f"'{_name(headers, status.col)}' of RAG grades only, {told}: the words are the "
           "latest, the grade stands where they are blank")
    out = {f: c for f, c in choices.items() if c.col != col}
    out["status"] = Choice(col, why, (status.col, status.why))
    progress = choices.get("progress")
    if (progress is not None and progress.col == col and progress.runner_up is not None
            and progress.runner_up[0] not in {c.col for c in out.values()}):
        out["progress"] = Choice(*progress.runner_up)
    return out


def _plain_rag(sample: list[list[Any]], grades: int) -> str:
    """A RAG of Red, Amber and Green only grades delivery ("a Green row still Open"): beside
    status words, the words say where the work is. A BRAG's Blue says done: its colours are a
    scale of completion, and the heading's choice stands (as where the sheet's key calls Green
    done: `_green_done`)."""
    said = {vocab.key(row[grades]) for row in sample if grades < len(row) and not blank(row[grades])}
    return "" if said & _BLUE else "which grades delivery (Red, Amber, Green: no Blue for done)"


def _green_done(sample: list[list[Any]]) -> bool:
    """Whether a key among the rows (a line of one or two cells under the table: "GREEN –
    recommendation implemented") says Green is done."""
    lines = [row for row in sample if 1 <= sum(not blank(v) for v in row) <= 2]
    if not lines:
        return False
    table = builtin_statuses("force")
    return any(vocab.key(colour) in _GREEN and meaning_state(meaning, table) in _DONE
               for colour, meaning in legend_entries(Grid("key", lines), list(range(1, len(lines) + 1))))


def _carried(sample: list[list[Any]], words: int) -> str:
    """Words saying what no grade can ("Carried forward to 2023-24"): they are the status."""
    if any(words < len(row) and not blank(row[words]) and points_elsewhere(row[words])
           for row in sample):
        return "the words saying where an item was carried"
    return ""


def _lags(sample: list[list[Any]], grades: int, words: int) -> str:
    """How a column of grades shows it is not kept with the words beside it: it says done
    where they say open, or the reverse, on many rows (set at a board each quarter, the
    words since). '' when the two are kept together: the heading's choice stands, the words
    fill its blanks."""
    table = builtin_statuses("force")
    both = differ = 0
    for row in sample:
        if len(row) <= max(grades, words) or blank(row[grades]) or blank(row[words]):
            continue
        g, w = norm_status(row[grades], table), norm_status(str(row[words]), table)
        if g in _KNOWN and w in _KNOWN:
            both += 1
            differ += g != w
    if both and differ >= _LAGGING * both:
        return f"which says otherwise on {differ} of {both} rows"
    return ""


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


def _text_rows(text: Choice, profiles: list[Profile]) -> int:
    """The rows the text column fills: the rows of items a column's share is counted on."""
    return profiles[text.col].filled if text.col < len(profiles) else 0


def _grades(sample: list[list[Any]], col: int) -> bool:
    """Whether a column's filled cells are all RAG grades ("Green", "A"): a confidence rating."""
    cells = {vocab.key(_GRADE_NOTE.sub("", str(row[col]))) for row in sample
             if col < len(row) and not blank(row[col])}
    return bool(cells) and cells <= _GRADES


#: A grade's note in brackets after it: "Green (implemented)".
_GRADE_NOTE = re.compile(r"\s*\([^()]*\)\s*$")


def _asking(sample: list[list[Any]], col: int) -> float:
    """Share of a column's filled cells that ask something of someone."""
    cells = [str(row[col]) for row in sample if col < len(row) and not blank(row[col])]
    return sum(bool(ASKS.search(v)) for v in cells) / len(cells) if cells else 0.0


def _name(headers: list[Any], col: int) -> str:
    h = headers[col] if col < len(headers) else None
    return "" if blank(h) else " ".join(str(h).split())
