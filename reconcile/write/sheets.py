"""One sheet per category, with the columns a sign-off lead decides in, and the Decision log."""

from __future__ import annotations

from typing import Any

import pandas as pd
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from ..decisions import LOG_FIELDS, Outcome
from ..vocab import CATEGORY_COLOUR, CATEGORY_TITLES, HEADINGS
from ..vocab import DECISION_CHOICES as CHOICES
from .cells import (
    DECISION,
    NUMBER,
    RAG,
    STALE,
    STALE_FILL,
    TEXT,
    cell_values,
    fit_heights,
    header_row,
    print_setup,
    rag_of,
    rag_style,
    set_widths,
    table,
)
from .richtext import pair_texts
from .rowsxml import SheetRows, column_xml, style_ids

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


def _validation(category: str, column: str, first: int, last: int) -> DataValidation:
    choices = CHOICES[category]
    dv = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True,
                        showErrorMessage=True, showInputMessage=True, errorStyle="stop",
                        errorTitle="Choose from the list",
                        error="Pick one of: " + ", ".join(choices) + ". Write anything else in "
                              "the Comment column.",
                        promptTitle="Your decision",
                        prompt=_PROMPTS[category][:255])
    dv.add(f"{column}{first}:{column}{last}")
    return dv


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


def category_sheet(ws: Any, lines: pd.DataFrame, category: str) -> SheetRows:
    """One row per item: both sides side by side, differences marked, decision cells ready.

    openpyxl writes the heading row and everything about the sheet; the item rows come back
    as XML text (``rowsxml``), spliced into the file once it is saved. They are made a column
    at a time (values, styles, cells, heights), then put together row by row.
    """
    cols = sheet_columns(category)
    index = {c: k for k, (_, c, _) in enumerate(cols, start=1)}
    person = {c for _, c, _ in person_cols(category)}
    inputs = {index[c] for c in person}
    header_row(ws, 1, [h for h, _, _ in cols], inputs)
    numbers = {"score", "text_score", "report_score", "margin"}
    names = [TEXT, NUMBER, DECISION, STALE, *(rag_style(f) for f in RAG)]
    ids = style_ids(ws, names)
    date_id = style_ids(ws, [TEXT], "dd mmm yyyy")[TEXT]
    widths = [w for _, _, w in cols]
    hidden = {index[c] for _, c, _ in ID_COLS}
    if "method" in index:   # how the pair was scored: for the analyst, one click away
        hidden |= set(range(index["method"], index["score_parts"] + 1))

    values = [_column_values(lines, c) for _, c, _ in cols]
    if "hmicfrs_text" in index and "force_text" in index:
        h, f = index["hmicfrs_text"] - 1, index["force_text"] - 1
        parts = _column_values(lines, "part")
        pairs = [pair_texts(a, b, split=bool(p))
                 for a, b, p in zip(values[h], values[f], parts, strict=True)]
        values[h], values[f] = [a for a, _ in pairs], [b for _, b in pairs]
    n = len(lines)
    styles = [[ids[DECISION if c in person else NUMBER if c in numbers else TEXT]] * n
              for _, c, _ in cols]
    for side in ("hmicfrs", "force"):
        if f"{side}_status" in index:
            k = index[f"{side}_status"] - 1
            styles[k] = _rag_styles(_column_values(lines, f"{side}_status"),
                                    _column_values(lines, f"{side}_state"), ids, styles[k])
    stale = _column_values(lines, "signoff_stale")
    for c in ("signoff_decision", "signoff_stale"):
        k = index[c] - 1
        styles[k] = [ids[STALE] if st else s for s, st in zip(styles[k], stale, strict=True)]

    out = SheetRows(ws, first=2, n_cols=len(cols))
    rows = [str(r) for r in range(2, n + 2)]
    cells = [column_xml(letter, rows, st, v, date_id)
             for letter, st, v in zip(out.refs(), styles, values, strict=True)]
    per_line = [None if k + 1 in hidden else max(1, int(w * 1.25)) for k, w in enumerate(widths)]
    lines_of = [_lines(v, per, c not in numbers)
                for v, per, (_, c, _) in zip(values, per_line, cols, strict=True)]
    for row, height in zip(zip(*cells, strict=True), _heights(lines_of, n), strict=True):
        out.add(row, height)

    last_row = max(len(lines) + 1, 2)
    last_col = get_column_letter(len(cols))
    ws.auto_filter.ref = f"A1:{last_col}{last_row}"
    ws.freeze_panes = "A2"
    set_widths(ws, widths)
    for _, c, _ in ID_COLS:
        ws.column_dimensions[get_column_letter(index[c])].hidden = True
    if "method" in index:
        for k in range(index["method"], index["score_parts"] + 1):
            dim = ws.column_dimensions[get_column_letter(k)]
            dim.outlineLevel, dim.hidden = 1, True
    ws.row_dimensions[1].height = 32
    if len(lines):
        ws.add_data_validation(_validation(category, get_column_letter(index["signoff_decision"]),
                                           2, len(lines) + 1))
    ws.sheet_properties.tabColor = CATEGORY_COLOUR[category]
    print_setup(ws, pages_wide=1 if category in ("missing_from_force", "not_on_hmicfrs_list")
                else 2, title_rows="1:1", title_cols="A:A")
    return out


def _rag_styles(status: list[Any], state: list[Any], ids: dict[str, int],
                base: list[int]) -> list[int]:
    """A status column's cell styles: each painted in its RAG colour (``rag_of``)."""
    family: dict[tuple[Any, ...], str | None] = {}   # a few statuses recur down a column
    out = []
    for st, sv, b in zip(status, state, base, strict=True):
        key = (type(st), st, type(sv), sv)          # type too: 1 and True are different words
        if key not in family:
            family[key] = rag_of(st, sv)
        out.append(ids[rag_style(family[key])] if family[key] else b)
    return out


def _lines(values: list[Any], per_line: int | None, wrap: bool) -> list[float] | None:
    """Lines each cell of a column needs (0 for a blank), or None for a hidden column."""
    if per_line is None:
        return None
    if not wrap:
        return [0.0 if v is None else 1.0 for v in values]

    def count(text: str) -> int:
        if "\n" not in text:
            return max(1, -(-len(text) // per_line))
        return sum(max(1, -(-len(p) // per_line)) for p in text.split("\n"))

    if set(map(type, values)) <= {str, type(None)}:   # each distinct text counted once
        counted = {v: count(v) for v in set(values) if v is not None}
        return [0.0 if v is None else counted[v] for v in values]
    return [0.0 if v is None else count(str(v)) for v in values]


def _heights(lines_of: list[list[float] | None], n: int) -> list[float | None]:
    """As ``fit_heights``: lines of wrapped text in the visible columns, 15 points a line."""
    visible = [c for c in lines_of if c is not None]
    most = [max(row) for row in zip(*visible, strict=True)] if visible else [0.0] * n
    return [min(409, round(15.0 * k + 3)) if k else None for k in most]


def decision_log_sheet(ws: Any, log: pd.DataFrame) -> None:
    """Every decision in force, and what became of it; the next run reads it back."""
    rows = []
    for rec in log.to_dict("records"):
        values = [rec.get(f) for f in LOG_FIELDS]
        k = LOG_FIELDS.index("category")
        values[k] = CATEGORY_TITLES.get(values[k] or "", values[k])
        rows.append(values)
    widths = {"item_id": 14, "item_version": 12, "kind": 7, "signoff_decision": 18,
              "signoff_evidence": 26, "signoff_comment": 26, "hmicfrs_text": 40,
              "force_text": 40, "source": 30, "outcome": 40, "signoff_file": 20,
              "signoff_sha256": 12, "signoff_saved_at": 18}
    table(ws, 1, [HEADINGS.get(f, f) for f in LOG_FIELDS], rows,
          [widths.get(f, 14) for f in LOG_FIELDS])
    ws.column_dimensions["B"].hidden = True   # the item version: for the tool, not for people
    settle = {o.value for o in (Outcome.STALE, Outcome.CONFLICTING, Outcome.INVALID_WORD)}
    kinds = log["outcome_kind"].tolist() if "outcome_kind" in log else [None] * len(rows)
    for r, kind in enumerate(kinds, start=2):
        if kind in settle:   # for a person to settle: painted as the stale decision cells
            ws.cell(r, len(LOG_FIELDS)).fill = STALE_FILL
    fit_heights(ws, 2, len(rows) + 1)
    ws.sheet_properties.tabColor = "7F7F7F"
    print_setup(ws, title_rows="1:1")
