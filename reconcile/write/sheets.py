"""One sheet per category, with the columns a sign-off lead decides in, and the Decision log.

Each category sheet is an Excel table: filter buttons, banded rows, and structured references
(``=COUNTIF(Conflict[Decision], "Correct the tracker")``) that survive sorting and added rows.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from ..decisions import LOG_FIELDS, Outcome
from ..vocab import CATEGORY_COLOUR, CATEGORY_TITLES, DECISION_RAG, HEADINGS, LOG_SHEET
from ..vocab import DECISION_CHOICES as CHOICES
from .blocks import table
from .book import Book, Sheet
from .cells import (
    DATE_FORMAT,
    DECISION,
    HEAD,
    INPUT_HEAD,
    NUMBER,
    RAG,
    STALE,
    STALE_FILL,
    TEXT,
    cell_values,
    line_count,
    rag_look,
    rag_of,
    row_height,
    shown_text,
)
from .richtext import pair_texts

# Columns on each category sheet: (heading, result column, width).
# The headings the next run reads back (rows, texts, statuses) come from `vocab.HEADINGS`.
HMICFRS_COLS = [(HEADINGS["hmicfrs_row"], "hmicfrs_row", 16),
                (HEADINGS["hmicfrs_ref"], "hmicfrs_ref", 9),
                (HEADINGS["hmicfrs_report"], "hmicfrs_report", 24), ("HMICFRS type", "hmicfrs_type", 15),
                (HEADINGS["hmicfrs_text"], "hmicfrs_text", 55),
                (HEADINGS["hmicfrs_status"], "hmicfrs_status", 14)]
FORCE_COLS = [(HEADINGS["force_row"], "force_row", 14), ("Force ref", "force_ref", 9),
              ("Force no.", "force_local_ref", 7), (HEADINGS["force_report"], "force_report", 24),
              ("Force type", "force_type", 15), (HEADINGS["force_text"], "force_text", 55),
              (HEADINGS["force_status"], "force_status", 13), (HEADINGS["force_owner"], "force_owner", 18),
              ("Progress update", "force_progress", 40)]
MATCH_COLS = [("Score", "score", 7), ("Part", "part", 7), ("Match", "method", 10),
              ("Text score", "text_score", 7), ("Report score", "report_score", 7),
              ("Gap to runner-up", "margin", 8), ("Runner-up", "runner_up", 24),
              ("How the score was made", "score_parts", 40)]
WHY_COL = [("Why", "flags", 45)]
ID_COLS = [(HEADINGS["item_id"], "item_id", 12), (HEADINGS["item_version"], "item_version", 12)]


def person_cols(category: str) -> list[tuple[str, str, int]]:
    """The columns a person fills in on this sheet."""
    cols = [(HEADINGS["signoff_decision"], "signoff_decision", 20)]
    if category == "missing_from_force":
        cols.append((HEADINGS["signoff_owner"], "signoff_owner", 20))
    cols += [(HEADINGS[f], f, w) for f, w in (("signoff_evidence", 30), ("signoff_comment", 30),
                                              ("signoff_by", 16), ("signoff_stale", 30))]
    return cols


def sheet_columns(category: str) -> list[tuple[str, str, int]]:
    """The columns a category's sheet shows: only the sides and parts that can be filled."""
    if category == "missing_from_force":
        return HMICFRS_COLS + WHY_COL + person_cols(category) + ID_COLS
    if category == "not_on_hmicfrs_list":
        return FORCE_COLS + WHY_COL + person_cols(category) + ID_COLS
    return HMICFRS_COLS + FORCE_COLS + WHY_COL + person_cols(category) + MATCH_COLS + ID_COLS


def _validation(sheet: Sheet, category: str, col: int, last: int) -> None:
    """The drop-down of the sheet's decisions on every Decision cell (0-based col, last row)."""
    choices = CHOICES[category]
    sheet.ws.data_validation(1, col, last, col, {
        "validate": "list", "source": list(choices), "ignore_blank": True,
        "show_input": True, "show_error": True, "error_type": "stop",
        "error_title": "Choose from the list",
        "error_message": "Pick one of: " + ", ".join(choices) + ". Write anything else in the "
                         "Comment column.",
        "input_title": "Your decision", "input_message": _PROMPTS[category][:255]})


def _decision_colours(book: Book, sheet: Sheet, category: str, col: int, last: int) -> None:
    """Each Decision cell coloured by the word chosen in it, as a lead types it (conditional
    formats: Excel recolours without the tool)."""
    for word in CHOICES[category]:
        fill, text = RAG[DECISION_RAG[word]]
        sheet.ws.conditional_format(1, col, last, col, {
            "type": "cell", "criteria": "==", "value": f'"{word}"',
            "format": book.fmt({"bg_color": f"#{fill}", "font_color": f"#{text}"})})


_PROMPTS = {
    "closeable_submit": "Agree to close once you have checked the evidence; the force then "
                        "submits it to HMICFRS. Not yet if work remains.",
    "closeable_local": "HMICFRS has closed it. Agree to close to close the force's own entry.",
    "conflict": "Say which side is wrong: correct the tracker, query HMICFRS, or no real "
                "difference.",
    "missing_from_force": "Add to tracker and write the owner in Assign to, or query it with "
                          "HMICFRS.",
    "not_on_hmicfrs_list": "Query with HMICFRS if it should be on their list; close locally if "
                           "it is done or not theirs.",
    "review": "Accept match if both rows are the same recommendation, Reject match if not.",
    "in_sync": "Nothing to do. Reject match only if the two rows are not the same item.",
}


def _column_values(lines: pd.DataFrame, column: str) -> list[Any]:
    if column not in lines:
        return [None] * len(lines)
    return cell_values(lines[column].tolist())


def table_name(category: str) -> str:
    """The Excel table's name, for structured references: 'Closeable - submit' -> Closeable_submit."""
    return "_".join("".join(ch if ch.isalnum() else " " for ch in CATEGORY_TITLES[category]).split())


def _values(lines: pd.DataFrame, cols: list[tuple[str, str, int]]) -> list[list[Any]]:
    """Each column's cell values; the two texts of a pair with their differing words marked."""
    index = {c: k for k, (_, c, _) in enumerate(cols)}
    values = [_column_values(lines, c) for _, c, _ in cols]
    if "hmicfrs_text" in index and "force_text" in index:
        h, f = index["hmicfrs_text"], index["force_text"]
        parts = _column_values(lines, "part")
        pairs = [pair_texts(a, b, split=bool(p))
                 for a, b, p in zip(values[h], values[f], parts, strict=True)]
        values[h], values[f] = [a for a, _ in pairs], [b for _, b in pairs]
    return values


def _looks(book: Book, lines: pd.DataFrame, cols: list[tuple[str, str, int]],
           person: set[str]) -> list[list[Any]]:
    """Each cell's Format, a column at a time: status cells in their RAG colour, stale shaded."""
    index = {c: k for k, (_, c, _) in enumerate(cols)}
    n = len(lines)
    looks = [[book.fmt(DECISION if c in person else NUMBER if c in NUMBERS else TEXT)] * n
             for _, c, _ in cols]
    for side in ("hmicfrs", "force"):
        if f"{side}_status" in index:
            k = index[f"{side}_status"]
            looks[k] = _rag_looks(book, _column_values(lines, f"{side}_status"),
                                  _column_values(lines, f"{side}_state"), looks[k])
    stale = _column_values(lines, "signoff_stale")
    stale_fmt = book.fmt(STALE)
    for c in ("signoff_decision", "signoff_stale"):
        k = index[c]
        looks[k] = [stale_fmt if st else f for f, st in zip(looks[k], stale, strict=True)]
    return looks


NUMBERS = {"score", "text_score", "report_score", "margin"}


def category_sheet(book: Book, lines: pd.DataFrame, category: str) -> Sheet:
    """One row per item: both sides side by side, differences marked, decision cells ready.

    An Excel table over the heading row and the item rows; the cells are written a column at
    a time, each with the Format of its look.
    """
    cols = sheet_columns(category)
    sheet = book.sheet(CATEGORY_TITLES[category], CATEGORY_COLOUR[category])
    ws, n = sheet.ws, len(lines)
    index = {c: k for k, (_, c, _) in enumerate(cols)}
    person = {c for _, c, _ in person_cols(category)}
    head, input_head = book.fmt(HEAD), book.fmt(INPUT_HEAD)
    ws.add_table(0, 0, max(n, 1), len(cols) - 1, {
        "name": table_name(category), "style": "Table Style Light 1",
        "columns": [{"header": h, "header_format": input_head if c in person else head}
                    for h, c, _ in cols]})
    values = _values(lines, cols)
    date_fmt = book.fmt({**TEXT, "num_format": DATE_FORMAT})
    for k, (column, fmts) in enumerate(zip(values, _looks(book, lines, cols, person), strict=True)):
        book.write_column(ws, k, column, fmts, date_fmt)

    widths = [w for _, _, w in cols]
    sheet.set_widths(widths)
    for _, c, _ in ID_COLS:
        sheet.hide(index[c] + 1)
    if "method" in index:   # how the pair was scored: for the analyst, one click away
        for k in range(index["method"], index["score_parts"] + 1):
            sheet.hide(k + 1, level=1)
    per_line = [None if k + 1 in sheet.hidden else max(1, int(w * 1.25))
                for k, w in enumerate(widths)]
    lines_of = [_lines(v, per, c not in NUMBERS)
                for v, per, (_, c, _) in zip(values, per_line, cols, strict=True)]
    for r, height in enumerate(_heights(lines_of, n), start=2):
        if height:
            sheet.height(r, height)
    sheet.height(1, 32)
    sheet.freeze(2)
    if n:
        _validation(sheet, category, index["signoff_decision"], n)
        _decision_colours(book, sheet, category, index["signoff_decision"], n)
    sheet.print_setup(pages_wide=1 if category in ("missing_from_force", "not_on_hmicfrs_list")
                      else 2, title_row=1, title_col=True)
    return sheet


def _rag_looks(book: Book, status: list[Any], state: list[Any], base: list[Any]) -> list[Any]:
    """A status column's Formats: each cell painted in its RAG colour (``rag_of``)."""
    family: dict[tuple[Any, ...], str | None] = {}   # a few statuses recur down a column
    fmts = {f: book.fmt(rag_look(f)) for f in RAG}
    out = []
    for st, sv, b in zip(status, state, base, strict=True):
        key = (type(st), st, type(sv), sv)          # type too: 1 and True are different words
        if key not in family:
            family[key] = rag_of(st, sv)
        out.append(fmts[family[key]] if family[key] else b)
    return out


def _lines(values: list[Any], per_line: int | None, wrap: bool) -> list[float] | None:
    """Lines each cell of a column needs (0 for a blank), or None for a hidden column."""
    if per_line is None:
        return None
    if not wrap:
        return [0.0 if v is None else 1.0 for v in values]
    if set(map(type, values)) <= {str, type(None)}:   # each distinct text counted once
        counted = {v: line_count(v, per_line) for v in set(values) if v is not None}
        return [0.0 if v is None else counted[v] for v in values]
    return [0.0 if v is None else line_count(shown_text(v), per_line) for v in values]


def _heights(lines_of: list[list[float] | None], n: int) -> list[float | None]:
    """Lines of wrapped text in the visible columns, 15 points a line (as ``Sheet.fit_heights``)."""
    visible = [c for c in lines_of if c is not None]
    most = [max(row) for row in zip(*visible, strict=True)] if visible else [0.0] * n
    return [row_height(k) if k else None for k in most]


def decision_log_sheet(book: Book, log: pd.DataFrame) -> None:
    """Every decision in force, and what became of it; the next run reads it back."""
    rows, looks = [], []
    k = LOG_FIELDS.index("category")
    settle = {o.value for o in (Outcome.STALE, Outcome.CONFLICTING, Outcome.INVALID_WORD)}
    kinds = log["outcome_kind"].tolist() if "outcome_kind" in log else [None] * len(log)
    for rec, kind in zip(log.to_dict("records"), kinds, strict=True):
        values = [rec.get(f) for f in LOG_FIELDS]
        values[k] = CATEGORY_TITLES.get(values[k] or "", values[k])
        rows.append(values)
        # for a person to settle: the outcome painted as the stale decision cells
        looks.append([None] * (len(values) - 1) + [STALE_FILL if kind in settle else None])
    widths = {"item_id": 14, "item_version": 12, "kind": 7, "signoff_decision": 18,
              "signoff_evidence": 26, "signoff_comment": 26, "hmicfrs_text": 40,
              "force_text": 40, "source": 30, "outcome": 40, "signoff_file": 20,
              "signoff_sha256": 12, "signoff_saved_at": 18}
    sheet = book.sheet(LOG_SHEET, "7F7F7F")
    table(sheet, 1, [HEADINGS.get(f, f) for f in LOG_FIELDS], rows,
          [widths.get(f, 14) for f in LOG_FIELDS], looks)
    sheet.hide(2)      # the item version: for the tool, not for people
    sheet.fit_heights(2, len(rows) + 1)
    sheet.print_setup(title_row=1)
