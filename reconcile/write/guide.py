"""The Guide sheet: what each sheet means and what to do on it, in plain words."""

from __future__ import annotations

from typing import Any

from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.styles import Alignment, PatternFill

from ..decisions import CHOICES
from ..vocab import CATEGORIES, CATEGORY_COLOUR, CATEGORY_HELP, CATEGORY_TITLES
from .cells import (
    GRID,
    INPUT_FILL,
    NAVY,
    RAG,
    STALE_FILL,
    WRAP,
    fit_heights,
    font,
    header_row,
    heading,
    print_setup,
    put,
    set_widths,
)
from .richtext import DELETED, INSERTED, PLAIN

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


def _legend(ws: Any, row: int) -> int:
    heading(ws, row, 1, "Colours")
    entries: list[tuple[Any, str, PatternFill | None, str | None]] = [
        ("Text differences", "", None, None),
        ("Red", "A status recorded as red (or overdue, off track, not started).", *_rag("red")),
        ("Amber / open", "A status recorded as amber, or any other open status.", *_rag("amber")),
        ("Green / done", "A status recorded as green, or any done or closed status.",
         *_rag("green")),
        ("Blue", "A status recorded as blue (many trackers' word for complete).", *_rag("blue")),
        ("White / grey", "White, grey, or a status the tool does not recognise.", *_rag("grey")),
        ("Decision cell", "Where you write: a decision from the list, evidence, comment, "
                          "your name.", INPUT_FILL, None),
        ("Shaded decision", "An earlier decision no longer fits: the item changed. Decide "
                            "again.", STALE_FILL, None),
    ]
    for label, meaning, fill, colour in entries:
        row += 1
        cell = put(ws, row, 1, label)
        cell.font = font(bold=True, color=colour)
        if fill is not None:
            cell.fill = fill
        put(ws, row, 2, meaning or CellRichText([
            TextBlock(PLAIN, "In the HMICFRS text, "), TextBlock(DELETED, "six months"),
            TextBlock(PLAIN, " marks words the force's text lacks; in the force's text, "),
            TextBlock(INSERTED, "twelve months"), TextBlock(PLAIN, " marks words HMICFRS's lacks."),
        ])).alignment = WRAP
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=4)
    return row + 1


def _rag(family: str) -> tuple[PatternFill, str]:
    fill, colour = RAG[family]
    return PatternFill("solid", fgColor=fill), colour


def guide_sheet(ws: Any) -> None:
    put(ws, 1, 1, "How to use this workbook").font = font(bold=True, size=16, color=NAVY)
    put(ws, 2, 1, "It compares the HMICFRS list of recommendations held against the force with "
                  "the force's own tracker, and puts every item on one sheet by what needs "
                  "doing.").alignment = WRAP
    ws.merge_cells("A2:D2")
    row = 4
    heading(ws, row, 1, "What to do")
    for k, step in enumerate(STEPS, start=1):
        put(ws, row + k, 1, f"Step {k}").font = font(bold=True)
        put(ws, row + k, 2, step).alignment = WRAP
        ws.merge_cells(start_row=row + k, start_column=2, end_row=row + k, end_column=4)
    row += len(STEPS) + 2

    heading(ws, row, 1, "The sheets")
    row += 1
    header_row(ws, row, ["Sheet", "What it means", "What to do", "Decisions you can choose"])
    for category in CATEGORIES:
        row += 1
        meaning, _, todo = CATEGORY_HELP[category].partition(". ")
        values = [CATEGORY_TITLES[category], meaning + ".", todo, " / ".join(CHOICES[category])]
        for c, v in enumerate(values, start=1):
            cell = put(ws, row, c, v)
            cell.alignment = WRAP
            cell.border = GRID
        ws.cell(row, 1).font = font(bold=True, color=CATEGORY_COLOUR[category])
        ws.cell(row, 1).hyperlink = f"#'{CATEGORY_TITLES[category]}'!A1"
    for name, meaning in OTHER_SHEETS:
        row += 1
        for c, v in enumerate([name, meaning, "", ""], start=1):
            cell = put(ws, row, c, v or None)
            cell.alignment = WRAP
            cell.border = GRID
        ws.cell(row, 1).font = font(bold=True)
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=4)
    row += 2
    row = _legend(ws, row)
    set_widths(ws, [26, 48, 48, 30])
    for r in range(1, row):
        ws.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="top")
    fit_heights(ws, 2, row)
    ws.sheet_properties.tabColor = NAVY
    ws.sheet_view.showGridLines = False
    print_setup(ws)
