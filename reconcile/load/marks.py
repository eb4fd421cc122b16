"""Ticks, crosses, yes / no answers and percentages: a force's status told by a mark
rather than a word ("Closed? (Y/N)", a Wingdings tick, a check box's TRUE, "75%"), read into
the status words the rest of the run understands, each saying which mark it came from."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from .. import vocab
from ..normalise import parse_date
from .grid import Grid, blank
from .sheetfacts import PERCENT_HEADER, at_cell, beside, ranges, rows_named

_PERCENT_CELL = re.compile(r"\s*(\d{1,3}(?:\.\d+)?)\s*(%?)\s*")


def percent_done(value: Any) -> float | None:
    """0.75 (a cell formatted as a percentage), 75, '75%' and '75' are 75; None if no figure."""
    if isinstance(value, bool) or blank(value):
        return None
    if isinstance(value, (int, float)):
        return float(value) * 100 if value <= 1 else float(value)
    m = _PERCENT_CELL.fullmatch(str(value))
    if m is None:
        return None
    n = float(m.group(1))
    return n if m.group(2) or n > 1 else n * 100


#: A column asking whether an item is finished: "Closed? (Y/N)", "Complete?", "Implemented",
#: "Signed off".
FINISHED = re.compile(r"\b(closed|complete|completed|done|implemented|discharged|signed off)\b",
                       re.IGNORECASE)
_TICKS, _CROSSES = frozenset("✓✔☑"), frozenset("✗✘☒☐")
_YES = frozenset({"y", "yes", "yep", "yeah", "true", "done", "complete", "completed", *_TICKS})
_NO = frozenset({"n", "no", "nope", "false", "x", "partial", "partly", "partially", "pending",
                 "in progress", "ongoing", "not yet", "nearly", "almost", "getting there",
                 "tbc", "tba", "to be confirmed", *_CROSSES})
#: Share of a finishing column's filled cells that may say neither ("N/A"): left as they are.
_UNSAID = 0.1
#: Ticks and crosses as Excel users make them: a letter in a symbol font ("ü" in Wingdings
#: shows ✓, "P" in Wingdings 2 too).
_SYMBOL_MARKS = {"wingdings": {"ü": "✓", "þ": "☑", "û": "✗", "ý": "☒", "o": "☐", "¨": "☐"},
                 "wingdings 2": {"P": "✓", "R": "☑", "O": "✗", "T": "☒", "£": "☐"},
                 "webdings": {"a": "✓", "r": "✗"}}


def shown_mark(grid: Grid, row: int, col: int) -> Any:
    """A cell as it shows: a letter in a symbol font is the tick or cross it draws, a check
    box's linked cell TRUE or FALSE."""
    value = at_cell(grid, row, col)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, str) and len(value.strip()) == 1:
        font = (grid.styles.font_name(row, col + 1) or "").strip().lower()
        return _SYMBOL_MARKS.get(font, {}).get(value.strip(), value.strip())
    return value


def _finishing_columns(grid: Grid, headers: list[Any], mapping: dict[int, str],
                       items: list[dict[str, Any]]):
    """(heading, [(item, its cell as it shows)]) of each column no field took whose heading
    asks whether the item is finished ("Closed? (Y/N)", "Complete?", "Signed off"), left to
    right."""
    for col, h in enumerate(headers):
        if col not in mapping and isinstance(h, str) and FINISHED.search(h):
            yield h.strip(), [(item, shown_mark(grid, item["row"], col)) for item in items]


def yes_or_no(value: Any) -> str | None:
    """A stage column's cell as 'yes' or 'no': a tick, Y, Yes or the date the stage was done
    is yes; a cross, N, No, 'Partial' or 'Pending' no; anything else None."""
    if isinstance(value, date):
        return "yes"
    text = str(value).strip().lower().rstrip(".")
    if text in _YES or (text and parse_date(text) is not None):
        return "yes"
    return "no" if text in _NO else None


#: A status heading asking whether the item is finished: the question a team writes ("Are
#: we there yet?"), or a bare "Done?", "Closed (Y/N)" over a status column.
_ASKS_FINISHED = re.compile(vocab.FINISHED_QUESTION + r"|^(done|finished|complete|completed"
                            r"|closed)( y n| yes no)?$")
#: Where an answer's first words end: "Yes – evidence sent", "Nearly, see note".
_ANSWER_END = re.compile(r"\s+[-\u2013\u2014:]\s*|[,;(]")
#: Share of a column's answers that must read yes or no for it to be read so.
_ANSWERED = 0.6


def status_from_answers(heading: Any, items: list[dict[str, Any]], notes: list[str]) -> None:
    """A status column whose heading asks whether the item is finished ("Are we there
    yet?") answered in words: "Yes", "Yes – evidence sent" done; "No", "Nearly", "Not yet"
    open. The answer is kept beside ("Closed (Yes – evidence sent)"); a cell answering
    neither ("Not for us") is left as written, for the status words to read or ask about."""
    if not isinstance(heading, str) or not _ASKS_FINISHED.match(vocab.key(heading)):
        return
    said = [(item, yes_or_no(_ANSWER_END.split(item["status"].strip())[0])) for item in items
            if isinstance(item.get("status"), str) and item["status"].strip()]
    read = [(item, answer) for item, answer in said if answer is not None]
    if not read or len(read) < _ANSWERED * len(said):
        return
    for item, answer in read:
        item["status"] = f"{'Closed' if answer == 'yes' else 'Open'} ({item['status'].strip()})"
    notes.append(f"status read as the answer to '{' '.join(heading.split())}': yes is done; "
                 f"no, nearly or not yet open: {rows_named([item['row'] for item, _ in read])}")


def status_from_yes_no(grid: Grid, headers: list[Any], mapping: dict[int, str],
                       items: list[dict[str, Any]], notes: list[str]) -> bool:
    """A tracker with no status column but one asking whether each item is closed
    ("Closed? (Y/N)", "Work complete?", "Actions complete (Y/N)": Y, Yes, a tick, the date it
    was done; N, No, a cross): yes is done, no is open, blank says nothing. The status says
    both: "Closed (Y)", "Open (N)". The first such column decides: in a checklist of stages
    ("Plan approved", "Work complete?", "Closure agreed by ACC") the one that asks whether
    the work is finished. Whether one was found."""
    for h, cells in _finishing_columns(grid, headers, mapping, items):
        said = [(item, v, yes_or_no(v)) for item, v in cells if not blank(v)]
        unsaid = sum(stage is None for _, _, stage in said)
        if len(said) < 3 or unsaid > _UNSAID * len(said):
            continue
        said = [(item, v, stage) for item, v, stage in said if stage is not None]
        for item, v, stage in said:
            if item.get("status") is None:
                shown = f"{v:%d/%m/%Y}" if isinstance(v, date) else str(v).strip()
                item["status"] = f"{'Closed' if stage == 'yes' else 'Open'} ({shown})"
        notes.append(f"no status column: status read from '{h}' (yes, a tick or the "
                     f"date it was done is closed; no, a cross or blank is open): rows "
                     f"{ranges([item['row'] for item, _, _ in said])}")
        return True
    return False


#: A check box's linked cell, as `shown_mark` gives it.
_BOXES = frozenset({"TRUE", "FALSE"})


def status_from_ticks(grid: Grid, headers: list[Any], mapping: dict[int, str],
                      items: list[dict[str, Any]], notes: list[str]) -> None:
    """A column of ticks beside the status ("Complete?", "Signed off": ✓, ✗ or nothing, a
    tick often drawn in Wingdings, or a check box's linked cell, TRUE / FALSE) records what
    the RAG only grades: a tick is done, a cross or an empty box open, whatever the RAG says
    ("Green" is on track, not signed off); a row with no check box keeps its status. Only a
    column holding nothing but ticks and crosses, three at least; the status keeps the RAG's
    word beside the tick's."""
    for h, marks in _finishing_columns(grid, headers, mapping, items):
        said = [(item, v) for item, v in marks if not blank(v)]
        if len(said) < 3 or any(v not in _TICKS | _CROSSES | _BOXES for _, v in said):
            continue
        # A check box's linked cell says TRUE or FALSE, and nothing where there is no box:
        # then the status column says it. A tick drawn in a cell is there or not.
        boxes = any(v in _BOXES for _, v in said)
        for item, v in marks:
            if boxes and blank(v):
                continue
            rag = beside(item.get("status"))
            item["status"] = (f"Closed (✓{rag})" if v in _TICKS or v == "TRUE"
                              else f"Open (no tick{rag})")
        notes.append(f"status read from the {'check boxes' if boxes else 'ticks'} in "
                     f"'{h}' (a tick is done, a cross or no tick open), the status "
                     f"column's word kept beside it")
        return


#: A progress bar typed or built with REPT ("█████░░░░░ 50%", "■■■□□", "▓▓▓░░░"): its full
#: and its empty marks; a medium shade (▒) is neither (a template's "N/A" bar).
_BAR_FULL, _BAR_EMPTY = "█▓■▮▰◼⬛", "░□▯▱◻⬜"
_BAR = re.compile(rf"\s*([{_BAR_FULL}{_BAR_EMPTY}▒]{{3,}})\s*(.*)", re.DOTALL)
#: A figure with its per cent sign, and the words after it ("80% – closure pack with DCC").
_FIGURE = re.compile(r"(\d{1,3}(?:\.\d+)?)\s*%\s*[-\u2013\u2014:;,]?\s*(.*)", re.DOTALL)


def progress_shown(value: Any) -> tuple[float | None, str] | None:
    """(how far, the words after it) of a cell showing a progress bar or a figure with its
    per cent sign; None for any other cell. The figure decides over the bar beside it (a
    lead who typed 100% over a bar not redrawn, a REPT bar rounding 95% up to full); a bar
    alone is its share of full marks; a bar of neither ("▒▒▒ N/A") leaves its words."""
    if not isinstance(value, str):
        return None
    bar, rest = "", value.strip()
    if m := _BAR.fullmatch(rest):
        bar, rest = m.group(1), m.group(2).strip()
    if m := _FIGURE.fullmatch(rest):
        return float(m.group(1)), m.group(2).strip()
    if not bar:
        return None
    full, empty = sum(c in _BAR_FULL for c in bar), sum(c in _BAR_EMPTY for c in bar)
    return (100 * full / (full + empty) if full + empty == len(bar) else None), rest


#: Share of a column's filled cells that must show a bar or a figure with its sign, for a
#: column of any heading to be read as how far each item has got.
_SHOWN = 0.8


def _percent_column(grid: Grid, headers: list[Any], mapping: dict[int, str],
                    items: list[dict[str, Any]]) -> int | None:
    """The column of how far each item has got: one headed so ("% Complete"), or one whose
    cells show it (a "Progress" column of bars) that no field but progress took."""
    col = next((c for c, h in enumerate(headers) if c not in mapping and isinstance(h, str)
                and PERCENT_HEADER.search(h)), None)
    if col is not None:
        return col
    for c in range(len(headers)):
        if mapping.get(c) not in (None, "progress"):
            continue
        cells = [v for item in items if not blank(v := at_cell(grid, item["row"], c))]
        if (len(cells) >= 3
                and sum(progress_shown(v) is not None for v in cells) >= _SHOWN * len(cells)):
            return c
    return None


def status_from_percent(grid: Grid, headers: list[Any], mapping: dict[int, str],
                        items: list[dict[str, Any]], notes: list[str]) -> None:
    """A tracker with no status column but one of how far each item has got ("% Complete":
    a council or OPCC tracker, its RAG worked out from the figure; a programme office's
    progress bars): 100% is complete, less is in progress, 0% not started. The status says
    both: "In progress (75%)"; a bar's words stand where it gives no figure ("N/A")."""
    col = _percent_column(grid, headers, mapping, items)
    if col is None:
        return
    read = []
    for item in items:
        if item.get("status") is not None:
            continue
        value = at_cell(grid, item["row"], col)
        pct, words = progress_shown(value) or (percent_done(value), "")
        if pct is None and not words:
            continue
        if pct is None:
            item["status"] = words
        else:
            word = "Complete" if pct >= 100 else "Not started" if pct <= 0 else "In progress"
            item["status"] = f"{word} ({pct:.0f}%{'; ' + words if words else ''})"
        read.append(item["row"])
    if read:
        notes.append(f"no status column: status read from '{str(headers[col]).strip()}' (100% "
                     f"is complete, less is in progress): {rows_named(read)}")
