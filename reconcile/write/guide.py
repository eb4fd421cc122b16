"""The Guide sheet: what each sheet means and what to do on it, in plain words."""

from __future__ import annotations

from typing import Any

from ..decisions import CHOICES
from ..vocab import CATEGORIES, CATEGORY_COLOUR, CATEGORY_HELP, CATEGORY_TITLES
from .blocks import header_row, heading
from .book import Book, Sheet
from .cells import GRID, INPUT_FILL, NAVY, RAG, STALE_FILL, WRAP, Rich, fill, font
from .richtext import DELETED, INSERTED
from .view import GUIDE

STEPS = [
    "Start on the Summary sheet: it gives the numbers for the committee.",
    "Go to the sheet of each category you are asked to sign off. Filter the Owner column to "
    "see only your own rows.",
    "For each row, read the HMICFRS text beside the force's text. Words in red and struck "
    "through are in the HMICFRS text but not in the force's; blue bold words are in the "
    "force's text but not in HMICFRS's. The Why column says why the row is on this sheet.",
    "Choose your decision in the orange-headed Decision column (click the cell, then the arrow). "
    "Write your evidence, any comment and your name in the columns beside it.",
    "Save the workbook and send it back. You may sort and filter the rows, hide columns and add "
    "columns of your own; do not delete rows or the hidden Item ID column, and do not rename "
    "the sheets.",
    "At the next run your decisions are read back and carried into the new workbook. An "
    "accepted match is kept; a rejected match is never made again.",
    "If an item changed since you decided (its text, or it moved between open and done), your "
    "decision is not applied: it is shown in 'Earlier decision (decide again)', shaded, "
    "with the reason. Choose again in the Decision column.",
]

OTHER_SHEETS = [
    ("Summary", "The numbers for the committee: what is open, what can be closed, what is "
                "missing, conflicts and pairs to review; by report and by type."),
    ("Changes since last run", "Only when the run was given the previous workbook: what is new "
                               "on the HMICFRS list, what left it, what became closeable, "
                               "conflicts resolved and decisions taken, with a paragraph for "
                               "the committee paper."),
    ("Decision log", "Every decision read back from returned workbooks and what became of it: "
                     "applied, stale (decide again) or not carried (the item is gone or "
                     "moved). Kept so that no decision is lost between runs; to withdraw a "
                     "rejected match, clear its row here."),
    ("Run info", "For the analyst: tool version, run time, each input file with its SHA-256, "
                 "the settings in force, the rows read from each sheet and why any row was "
                 "not an item, and the tie-out (rows in = rows out)."),
]


#: The legend of the marked words, marked as the item sheets mark them.
TEXT_DIFFERENCES = Rich((
    ("In the HMICFRS text, ", None), ("six months", DELETED),
    (" marks words the force's text lacks; in the force's text, ", None),
    ("twelve months", INSERTED), (" marks words HMICFRS's lacks.", None)))


def _legend(sheet: Sheet, row: int) -> int:
    heading(sheet, row, 1, "Colours", look=WRAP)
    entries: list[tuple[str, Any, dict[str, Any]]] = [
        ("Text differences", TEXT_DIFFERENCES, {}),
        ("Red", "A status recorded as red (or overdue, off track, not started).", _rag("red")),
        ("Amber / open", "A status recorded as amber, or any other open status.", _rag("amber")),
        ("Green / done", "A status recorded as green, or any done or closed status.",
         _rag("green")),
        ("Blue", "A status recorded as blue (many trackers' word for complete).", _rag("blue")),
        ("White / grey", "White, grey, or a status the tool does not recognise.", _rag("grey")),
        ("Decision cell", "Where you write: a decision from the list, evidence, comment, "
                          "your name.", INPUT_FILL),
        ("Shaded decision", "An earlier decision no longer fits: the item changed. Decide "
                            "again.", STALE_FILL),
    ]
    for label, meaning, look in entries:
        row += 1
        sheet.put(row, 1, label, {**font(bold=True), **look, **WRAP})
        sheet.merge(row, 2, 4, meaning, WRAP)
    return row + 1


def _rag(family: str) -> dict[str, Any]:
    background, ink = RAG[family]
    return {**fill(background), **font(bold=True, color=ink)}


def _sheets(sheet: Sheet, row: int) -> int:
    """What each sheet means, what to do on it and the decisions it offers; the last row."""
    header_row(sheet, row, ["Sheet", "What it means", "What to do", "Decisions you can choose"])
    cell = {**WRAP, **GRID}
    for category in CATEGORIES:
        row += 1
        meaning, _, todo = CATEGORY_HELP[category].partition(". ")
        sheet.link(row, 1, CATEGORY_TITLES[category], CATEGORY_TITLES[category],
                   {**cell, **font(bold=True, color=CATEGORY_COLOUR[category])})
        for c, v in enumerate([meaning + ".", todo, " / ".join(CHOICES[category])], start=2):
            sheet.put(row, c, v, cell)
    for name, meaning in OTHER_SHEETS:
        row += 1
        sheet.put(row, 1, name, {**cell, **font(bold=True)})
        sheet.merge(row, 2, 4, meaning, cell)
    return row


def guide_sheet(book: Book) -> None:
    sheet = book.sheet(GUIDE, NAVY)
    sheet.put(1, 1, "How to use this workbook", {**font(bold=True, size=16, color=NAVY), **WRAP})
    sheet.merge(2, 1, 4, "It compares the HMICFRS list of recommendations held against the "
                         "force with the force's own tracker, and puts every item on one sheet "
                         "by what needs doing.", WRAP)
    row = 4
    heading(sheet, row, 1, "What to do", look=WRAP)
    for k, step in enumerate(STEPS, start=1):
        sheet.put(row + k, 1, f"Step {k}", {**font(bold=True), **WRAP})
        sheet.merge(row + k, 2, 4, step, WRAP)
    row += len(STEPS) + 2

    heading(sheet, row, 1, "The sheets", look=WRAP)
    row = _sheets(sheet, row + 1) + 2
    row = _legend(sheet, row)
    sheet.set_widths([26, 48, 48, 30])
    sheet.fit_heights(2, row)
    sheet.ws.hide_gridlines(2)
    sheet.print_setup()
