"""Force statuses the status cell does not give, read from what else the row says, best
evidence first: a second status column, the cell's colour, a "Closed? (Y/N)" or "% Complete"
column, an update saying it is finished (or not the force's); and a struck-through row is done
whatever its status cell says. Each says where it came from, in the status and the notes.
"""

from __future__ import annotations

import re
from typing import Any

from .. import vocab
from ..normalise import WRITTEN_DATE, parse_date, reads_as_status
from ..vocab import RAG_FAMILIES as COLOUR_STATUSES
from ..vocab import RAG_GRADES as RAG_COLOURS
from .actioncounts import status_from_action_counts
from .approval import status_from_approval
from .columns import AGREED, OVERALL, RECORD_STATES, is_status_word, status_words
from .crosstab import status_from_columns
from .donedates import as_at, status_from_date_cells, status_from_dates
from .eventlog import status_from_events
from .folders import status_from_folder
from .greyrows import status_from_grey_rows
from .grid import Grid, blank
from .history import status_from_history, status_from_history_column
from .marks import status_from_answers, status_from_percent, status_from_ticks, status_from_yes_no
from .numbered import status_from_numbered_groups
from .registercomment import status_from_comment, status_from_reply
from .remaining import status_from_further_action
from .sheetfacts import Found, at_cell, beside, one, ranges, rows_named
from .signoff import status_from_signoff
from .stages import read_stages
from .table import Table


def fill_missing(table: Table, side: str, second: tuple[int, str] | None, found: Found,
                 items: list[dict[str, Any]], notes: list[str]) -> list[int]:
    """The sheet's statuses filled from elsewhere (in place); the rows read from colour."""
    grid = table.grid
    if side == "force":
        read_stages(items, notes)
    status_from_numbered_groups(table, items, notes)
    # An item given its status since its row was read (an update row under it) is not blank;
    # one set aside since (a heading, a drop-down's list) is no item: found by its row.
    at = {item["row"]: k for k, item in enumerate(items)}
    still = ((i if i < len(items) and items[i]["row"] == r else at.get(r), r)
             for i, r in found.blank_status)
    found.blank_status[:] = [(i, r) for i, r in still
                             if i is not None and items[i].get("status") is None]
    status_from_overall(grid, second, table.headers, items, notes)
    status_from_agreed(grid, second, table.headers, items, notes)
    blank_left = status_from_second_column(grid, second, table.headers, found.blank_status,
                                           items, notes)
    colour_rows = status_from_colour(grid, side, table.status_col, table.text_col, blank_left,
                                     items, notes)
    if side == "force" and table.status_col is None and not status_from_yes_no(
            grid, table.headers, table.mapping, items, notes) and not status_from_further_action(
            grid, table.headers, table.mapping, items, notes):
        status_from_percent(grid, table.headers, table.mapping, items, notes)
    elif side == "force" and table.status_col is not None:
        status_from_answers(table.headers[table.status_col], items, notes)
        status_from_ticks(grid, table.headers, table.mapping, items, notes)
    if side == "force":
        status_from_signoff(grid, table.headers, table.mapping, items, notes)
        status_from_approval(grid, table.headers, table.mapping, items, notes)
    if side == "force":
        status_from_action_counts(table, items, notes)
        sheet_date = as_at(grid, table.header_row)      # "Position as at 14/11/2024"
        status_from_dates(table, items, notes, sheet_date)
        status_from_history(items, notes)
        status_from_history_column(table, items, notes)
        status_from_date_cells(items, notes, sheet_date)
        status_from_font_colour(grid, table.text_col, items, notes)
        status_from_update(items, notes)
        status_from_strikethrough(grid, table.text_col, items, notes)
        status_from_grey_rows(grid, table.text_col, items, notes)
    else:
        status_from_strikethrough(grid, table.text_col, items, notes, side)
    status_from_events(grid, table.headers, table.mapping, items, notes)
    status_from_record_state(grid, table.headers, table.mapping, items, notes)
    if table.status_col is None:
        status_from_columns(grid, table.headers, table.mapping, items, notes)
    if side == "force":
        status_from_active_flag(grid, table.headers, table.mapping, items, notes)
    else:
        status_from_comment(grid, table, items, notes)
        status_from_reply(grid, table, items, notes)
    status_from_folder(grid, table.headers, table.mapping, items, notes)
    status_from_sheet_name(grid.name, items, notes)
    return colour_rows


#: Rows that must give a record state before the column is trusted.
_RECORD_ROWS = 3


def status_from_record_state(grid: Grid, headers: list[Any], mapping: dict[int, str],
                             items: list[dict[str, Any]], notes: list[str]) -> None:
    """A portal's export gives each record's state (Active / Inactive) and, beside it, the
    reason ("Force reports complete" on an Active record is the force's claim, still open):
    the state decides, the reason kept beside it: "Open (record Active; Force reports
    complete)". Only a column no field took, headed as a status or state, holding nothing else."""
    for col, h in enumerate(headers):
        if col in mapping or not isinstance(h, str) or not re.search(r"\b(status|state)\b", h, re.I):
            continue
        cells = [(item, at_cell(grid, item["row"], col)) for item in items]
        said = [(item, vocab.key(v)) for item, v in cells if not blank(v)]
        if len(said) < _RECORD_ROWS or any(k not in RECORD_STATES for _, k in said):
            continue
        for item, k in said:
            item["status"] = (f"{RECORD_STATES[k]} (record {k.capitalize()}"
                              f"{beside(item.get('status'))})")
        notes.append(f"status read from '{h.strip()}' (a record's state: Active is open, "
                     f"Inactive closed), the status column's reason kept beside it: "
                     f"{rows_named([item['row'] for item, _ in said])}")
        return


#: A planner's flag for a task still in the plan (Microsoft Project's "Active"), answered
#: yes or no.
_ACTIVE_HEADERS = frozenset({"active", "is active", "task active"})
_YES, _NO = frozenset({"yes", "y", "true"}), frozenset({"no", "n", "false"})


def status_from_active_flag(grid: Grid, headers: list[Any], mapping: dict[int, str],
                            items: list[dict[str, Any]], notes: list[str]) -> None:
    """A task made inactive in a plan (Project's "Active" = No) is out of it, its work
    finished or handed on: done, whatever its schedule or percentage says; the status column's
    word kept beside it. An active task keeps its own status (done at 100%). Only a column no
    field took, answering yes or no on every row, some no."""
    for col, h in enumerate(headers):
        if col in mapping or vocab.key(h) not in _ACTIVE_HEADERS:
            continue
        said = [(item, vocab.key(v)) for item in items
                if not blank(v := at_cell(grid, item["row"], col))]
        if len(said) < _RECORD_ROWS or any(k not in _YES | _NO for _, k in said):
            continue
        rows = [item["row"] for item, k in said if k in _NO]
        for item, k in said:
            if k in _NO:
                item["status"] = f"Closed (task inactive{beside(item.get('status'))})"
        if rows:
            notes.append(f"'{str(h).strip()}' = No: a task taken out of the plan, read as done "
                         f"(its status kept beside it): {rows_named(rows)}")
        return


#: A sheet named for finished items: "Closed since last list", "Archive – closed",
#: "Completed", "Done"; not one naming open items too ("Open and closed").
_SHEET_DONE = re.compile(r"\b(closed|complete|completed|archive|archived|done|finished|"
                         r"discharged)\b", re.IGNORECASE)
_SHEET_OPEN = re.compile(r"\b(open|live|current|outstanding|active|not|awaiting|to be)\b",
                         re.IGNORECASE)


def status_from_sheet_name(name: str, items: list[dict[str, Any]], notes: list[str]) -> None:
    """Items on a sheet named for finished items are finished where their status cell says
    no status we know: a list sent as a sheet per status ("Open", "Closed since last list"),
    a tracker's archive tab whose "Outcome" says "Accepted". A status we know stands (a row
    "Re-opened" on the archive tab)."""
    if not _SHEET_DONE.search(name) or _SHEET_OPEN.search(name):
        return
    known = status_words()
    rows, unread, words = [], [], {}
    for item in items:
        status = item.get("status")
        if blank(status) or not reads_as_status(status, known):
            item["status"] = f"Closed (on the sheet '{name}'{beside(status)})"
            if blank(status):
                rows.append(item["row"])
            else:
                unread.append(item["row"])
                words[f"'{' '.join(str(status).split())}'"] = None
    if rows:
        notes.append(f"no status: closed, as the sheet's name says: {rows_named(rows)}")
    if unread:
        notes.append(f"status cells saying no status ({', '.join(words)}): closed, as the "
                     f"sheet's name says: {rows_named(unread)}")


#: Fills a whole row is often banded with for its layout, not its grade.
_BANDS = frozenset({"blue", "grey", "white"})


def status_from_colour(grid: Grid, side: str, status_col: int | None, text_col: int,
                        blank_status: list[tuple[int, int]], items: list[dict[str, Any]],
                        notes: list[str]) -> list[int]:
    """Blank force statuses read from the cell's fill, where the column is colour-coded.

    Only when some blank status cell is shaded red, amber, green or blue: a column shaded
    white or grey throughout is decoration (white hides gridlines), and nothing is closed on
    a guess.
    """
    if side != "force" or status_col is None or not blank_status:
        return []
    fills = [(i, r, grid.styles.fill(r, status_col + 1)) for i, r in blank_status]
    if not any(f in RAG_COLOURS for _, _, f in fills):
        if any(f in COLOUR_STATUSES for _, _, f in fills):
            notes.append("blank status cells are shaded only white or grey: not read as a status")
        return []
    rows = []
    counts: dict[str, int] = {}
    for i, r, f in fills:
        # Blue, grey or white on the text cell too is the row's band (an outline level, a
        # heading style), not a grade; a row shaded red, amber or green whole is graded.
        if f in COLOUR_STATUSES and not (f in _BANDS and f == grid.styles.fill(r, text_col + 1)):
            items[i]["status"] = f"{f.title()} (cell colour)"
            rows.append(r)
            counts[f] = counts.get(f, 0) + 1
    if not rows:
        return []
    shades = ", ".join(f"{f.title()} {n}" for f, n in counts.items())
    notes.append(f"status read from cell colour on {len(rows)} rows ({shades}): rows "
                 f"{ranges(rows)}")
    return rows


def status_from_overall(grid: Grid, second: tuple[int, str] | None, headers: list[Any],
                        items: list[dict[str, Any]], notes: list[str]) -> None:
    """An action plan's "Overall status" beside each action's "RAG": where it is filled it
    grades the item, whatever its actions' RAG says ("Submitted for closure" with one action
    still Amber), and the RAG stands where it is blank."""
    if second is None or not second[1].startswith("header") or \
            not OVERALL.search(vocab.key(headers[second[0]])):
        return
    col, rows = second[0], []
    for item in items:
        v = at_cell(grid, item["row"], col)
        if isinstance(v, str) and v.strip() and parse_date(v) is None and \
                v.strip() != item.get("status"):
            item["status"] = v.strip()
            rows.append(item["row"])
    if rows:
        notes.append(f"status read from '{str(headers[col]).strip()}' where it is filled, as it "
                     f"grades the whole item, not one action: {rows_named(rows)}")


#: Share of a second column's cells that must be status words for it to be read as one.
_STATUS_SHARE = 0.5


def status_from_agreed(grid: Grid, second: tuple[int, str] | None, headers: list[Any],
                       items: list[dict[str, Any]], notes: list[str]) -> None:
    """A second status column headed as the status someone checked and agreed ("Agreed
    status (FLL)"), filled on some rows: where it says a status, it is the item's, whatever
    the lead answered (towards open or done); the lead's word kept beside it."""
    if second is None or not second[1].startswith("header"):
        return
    col = second[0]
    if not (isinstance(h := headers[col], str) and AGREED.search(h)):
        return
    rows = []
    for item in items:
        v = at_cell(grid, item["row"], col)
        if isinstance(v, str) and is_status_word(v.strip()):
            item["status"] = v.strip() + beside(item.get("status"))
            rows.append(item["row"])
    if rows:
        notes.append(f"status read from '{h.strip()}' where it is filled (what was agreed, "
                     f"over the lead's own answer, kept beside it): {rows_named(rows)}")


def status_from_second_column(grid: Grid, second: tuple[int, str] | None, headers: list[Any],
                              blank_status: list[tuple[int, int]], items: list[dict[str, Any]],
                              notes: list[str]) -> list[tuple[int, int]]:
    """Blank statuses read from a second column headed as a status ("Status" beside "RAG", the
    RAG left blank once an item is completed); returns the rows still blank."""
    if second is None or not second[1].startswith("header") or not blank_status:
        return blank_status
    col, left, rows = second[0], [], []
    # A column of statuses says them in status words, mostly: a "PEEL grade" column of
    # "Good" / "Requires improvement" grades the force, not the item's progress.
    said = [v.strip() for item in items if isinstance(v := at_cell(grid, item["row"], col), str)
            and v.strip() and parse_date(v) is None]
    # ... or in codes a key spells out ("RAG code" 1-5 beside a RAG column left blank, its
    # colour set by a rule from the code: the sheet's "1 = Red – …" key reads them).
    coded = _codes(grid, col, items)
    if not coded and said and sum(map(is_status_word, said)) < _STATUS_SHARE * len(said):
        return blank_status
    for i, r in blank_status:
        row = grid.rows[r - 1]
        v = row[col] if col < len(row) else None
        if coded and _code(v):
            v = str(int(v)) if isinstance(v, (int, float)) else v
        if blank(v) or not isinstance(v, str) or parse_date(v) is not None:   # a date: no status
            left.append((i, r))
        else:
            items[i]["status"] = str(v).strip()
            rows.append(r)
    if rows:
        notes.append(f"status read from '{str(headers[col]).strip()}' where the status column "
                     f"is blank: {rows_named(rows)}")
    return left


def _code(value: Any) -> bool:
    """A status code: a small whole number, or one to three letters."""
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return value == value and float(value).is_integer() and 0 <= value < 100
    return isinstance(value, str) and bool(re.fullmatch(r"\s*(?:\d{1,2}|[A-Za-z]{1,3})\s*", value))


def _codes(grid: Grid, col: int, items: list[dict[str, Any]]) -> bool:
    """Whether a column holds status codes: a few distinct codes, on most of its rows."""
    values = [v for item in items if not blank(v := at_cell(grid, item["row"], col))]
    return (len(values) >= _RECORD_ROWS and sum(map(_code, values)) >= _STATUS_SHARE * len(values)
            and len({str(v).strip() for v in values}) <= _CODES_MOST)


#: Most distinct codes a status column holds.
_CODES_MOST = 8


#: A progress update that says the item is finished, in so many words: "This action is now
#: complete.", "Action complete – evidence pack with the DCC for sign off", "Evidence submitted
#: to HMICFRS for closure". The word must end its sentence ("Closed meeting held with
#: partners" says nothing); a sentence that doubts it ("not yet complete", "will be closed
#: once …") says nothing either.
_SAYS_DONE = re.compile(
    r"^(?:(?:this|the)\s+)?(?:action|recommendation|afi|item|work)?\s*(?:is\s+|has\s+been\s+|"
    r"was\s+|now\s+)*(?:now\s+)?(?:complete|completed|closed|implemented|discharged)\W*$"
    r"|\bsubmitted\s+(?:to\s+hmicfrs\s+)?for\s+(?:closure|sign[- ]off)\b"
    r"|\bsubmitted\s+to\s+hmic(?:frs)?\s+(?:as|with)\s+(?:closure\s+)?evidence\b", re.IGNORECASE)
#: A month it was done in: "Dec 2015", "December 2015", "Mar-17", "03/2018".
_MONTH_YEAR = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
               r"aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
               r"[\s'-]*(?:\d{4}|\d{2})|\d{1,2}/\d{4}")
#: ... or opens by giving the day (or month) it finished: "Completed 09/12/24 - …", "Closed
#: on 3.2.2025", "Completed Dec 2015 - gap analysis done".
_DONE_ON = re.compile(rf"\s*(?:completed?|closed|implemented|discharged)\s+(?:on\s+|in\s+)?"
                      rf"(?:{WRITTEN_DATE}|{_MONTH_YEAR})\s*$", re.IGNORECASE)
_DOUBT = re.compile(r"\b(not|yet|once|when|until|will|expected|partially|part)\b", re.IGNORECASE)
#: ... or that it is not the force's to do: "This recommendation is not for the force", "For
#: the College of Policing" (City of London's WHITE: another body's to deliver).
_NOT_OURS = re.compile(r"^(?:this\s+(?:recommendation|action|item)\s+is\s+)?not\s+for\s+"
                       r"(?:the|this)\s+(?:force|service)\b|"
                       r"^for\s+the\s+(?:college\s+of\s+policing|home\s+office|npcc|nfcc|"
                       r"national\s+police\s+chiefs)",
                       re.IGNORECASE)
#: ... said of a status word that says nothing by itself ("Deferred"): "Not the force's
#: responsibility to deliver". Beside a force's own stages left blank, it decides nothing.
_NOT_RESPONSIBLE = re.compile(r"^not\s+(?:the|a)\s+(?:force|service)(?:'s|\u2019s)?\s+"
                              r"responsibility\b", re.IGNORECASE)


def update_says(update: str, responsibility: bool = False) -> str | None:
    """The status one update gives, in words saying where it came from: done where it ends by
    saying the item is finished, not the force's where it opens by saying so (`responsibility`:
    or that it is not the force's responsibility); else None."""
    sentences = [s.strip() for s in re.split(r"(?<=[.!;])\s+|\s[-\u2013\u2014]\s", update)
                 if s.strip()]
    said = next((s for s in [*sentences[-2:], *sentences[:1]]
                 if (_SAYS_DONE.search(s) or _DONE_ON.match(s)) and not _DOUBT.search(s)), None)
    if said:
        return f"Complete (the update says: '{said.rstrip('.')}')"
    other = next((s for s in sentences[:2] if _NOT_OURS.search(s)
                  or (responsibility and _NOT_RESPONSIBLE.search(s))), None)
    return f"Not for the force (the update says: '{other.rstrip('.')}')" if other else None


def status_from_update(items: list[dict[str, Any]], notes: list[str]) -> None:
    """A force item with no status whose latest update ends by saying it is finished, or opens
    by saying it is not the force's to do, is done, as the analyst reading the row would take
    it (City of London's WHITE); the status says where it came from."""
    read = []
    for item in items:
        progress = item.get("progress")
        if item.get("status") is not None or not isinstance(progress, str):
            continue
        last = progress.strip().splitlines()[-1] if progress.strip() else ""
        if (status := update_says(last)) is not None:
            item["status"] = status
            read.append(item["row"])
    if read:
        notes.append(f"no status given: read as done where the latest update says it is "
                     f"complete or not the force's: {rows_named(read)}")


def status_from_font_colour(grid: Grid, text_col: int, items: list[dict[str, Any]],
                            notes: list[str]) -> None:
    """A tracker with no status but its text coloured by hand ("text in green = complete;
    red = overdue"): where no item has a status, the colour of each item's text is its
    status (the file's key, or the usual RAG meaning, says what each means), and black
    text is open. Only when two items at least are coloured so."""
    if any(item.get("status") is not None for item in items):
        return
    shades = {item["row"]: grid.styles.font_colour(item["row"], text_col + 1) for item in items}
    coloured = {r: f for r, f in shades.items() if f in RAG_COLOURS}
    if len(coloured) < 2:
        return
    counts: dict[str, int] = {}
    for item in items:
        shade = coloured.get(item["row"])
        item["status"] = f"{shade.title()} (text colour)" if shade else "Open (text in black)"
        counts[shade or "black"] = counts.get(shade or "black", 0) + 1
    notes.append("status read from the colour of each item's text (no status column): " +
                 ", ".join(f"{f} {n}" for f, n in counts.items()))


def status_from_strikethrough(grid: Grid, text_col: int, items: list[dict[str, Any]],
                              notes: list[str], side: str = "force") -> None:
    """An item whose text is struck through is finished: a force strikes out an item it has
    closed (or superseded) rather than delete its row, often leaving the RAG as it was; a
    liaison lead marking up last quarter's list strikes out an item taken off it as closed.
    The status says so and keeps what the cell said."""
    word, why = (("Done", "closed or superseded by the force") if side == "force"
                 else ("Closed", "taken off the list as closed"))
    read = []
    for item in items:
        if grid.styles.strike(item["row"], text_col + 1):
            said = item.get("status")
            item["status"] = (f"{word} (struck through" + (f"; the status says '{said}')"
                                                           if said is not None else ")"))
            read.append(item["row"])
    if read:
        notes.append(f"{rows_named(read)} {one(read, 'is', 'are')} struck through: read as "
                     f"{word.lower()} ({why}), whatever their status cell says")
