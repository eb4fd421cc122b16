"""The Summary sheet: what the committee reads. Headline counts, counts by category, report
and type, and charts of them; the run date and the inputs; one A4 landscape page wide."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pandas as pd
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.chart.series import DataPoint
from openpyxl.styles import Alignment
from openpyxl.worksheet.pagebreak import Break

from ..decisions import Outcome, outcome_count, stale_count
from ..result import Reconciliation
from ..vocab import CATEGORIES, CATEGORY_COLOUR, CATEGORY_HELP, CATEGORY_TITLES
from .cells import (
    NAVY,
    TOP,
    WRAP,
    fit_heights,
    font,
    header_row,
    heading,
    look,
    print_setup,
    put,
    set_widths,
)
from .owners import UNASSIGNED
from .view import View

LAST_COL = 9           # A..I: labels, then seven categories and a total

_TYPE_TITLES = {"recommendation": "Recommendation", "area for improvement": "Area for improvement",
                "cause of concern": "Cause of concern"}


def headline(items: pd.DataFrame) -> list[tuple[str, int, str]]:
    """The five numbers a committee asks for, each with what it means."""
    n = items["category"].value_counts()
    h_open = items.loc[items["hmicfrs_row"].notna()
                       & (items["hmicfrs_state"].fillna("") != "closed"), "hmicfrs_row"].nunique()
    submit, local = int(n.get("closeable_submit", 0)), int(n.get("closeable_local", 0))
    return [
        ("Open on the HMICFRS list", int(h_open),
         "Recommendations and areas for improvement HMICFRS still holds open against the force."),
        ("Can be closed now", submit + local,
         f"{submit} done by the force: submit to HMICFRS for closure. {local} closed by HMICFRS: "
         "close in the force tracker."),
        ("Missing from the force tracker", int(n.get("missing_from_force", 0)),
         "On the HMICFRS list but nobody owns them in the tracker: add them with an owner."),
        ("Conflicts", int(n.get("conflict", 0)),
         "Matched, but type, report, date or a timescale or figure in the text disagree."),
        ("Needing review", int(n.get("review", 0)),
         "Possible pairs the tool is not sure of: a person accepts or rejects each."),
    ]


def _merged_text(ws: Any, row: int, text: str) -> None:
    put(ws, row, 3, text).alignment = WRAP
    ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=LAST_COL)


def _paragraph(ws: Any, row: int, label: str, text: str) -> None:
    heading(ws, row, 1, label, size=11).alignment = TOP
    put(ws, row, 2, text).alignment = WRAP
    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=LAST_COL)


def _report_of(items: pd.DataFrame) -> pd.Series:
    name = items["hmicfrs_report"].where(items["hmicfrs_report"].notna(), items["force_report"])
    return name.map(lambda v: " ".join(str(v).split()) if isinstance(v, str) and v.strip()
                    else "(no report named)")


def _type_of(items: pd.DataFrame, rec: Reconciliation) -> pd.Series:
    h_type = dict(zip(rec.h["row_id"], rec.h["type_norm"], strict=True))
    f_type = dict(zip(rec.f["row_id"], rec.f["type_norm"], strict=True))
    out = []
    for hr, fr in zip(items["hmicfrs_row"], items["force_row"], strict=True):
        t = (h_type.get(hr) if isinstance(hr, str) else "") or (
            f_type.get(fr) if isinstance(fr, str) else "")
        out.append(_TYPE_TITLES.get(t or "", (t or "(type not stated)").capitalize()))
    return pd.Series(out, index=items.index, dtype=object)


def _crosstab(ws: Any, top: int, label: str, keys: pd.Series, items: pd.DataFrame) -> int:
    """A table of category counts per key, largest first; returns the last row written."""
    # As pd.crosstab, then largest total first (a stable sort), but counted in plain Python:
    # crosstab's fixed cost is most of the Summary's time on a small list.
    counts = Counter(zip(keys, items["category"], strict=True))
    table = sorted(([name, *(counts[(name, c)] for c in CATEGORIES)] for name in sorted(set(keys))),
                   key=lambda row: -sum(row[1:]))
    header_row(ws, top, [label, *[CATEGORY_TITLES[c] for c in CATEGORIES], "Total"])
    ws.row_dimensions[top].height = 32
    r = top
    label = look(ws, alignment=WRAP)
    centre = Alignment(horizontal="center", vertical="top")
    count = look(ws, font=font(), alignment=centre)
    total = look(ws, font=font(bold=True), alignment=centre)
    for r, (name, *vals) in enumerate(table, start=top + 1):
        put(ws, r, 1, name, like=label)
        for c, v in enumerate([*vals, sum(vals)], start=2):
            put(ws, r, c, v, like=total if c == LAST_COL else count)
    if not len(table):
        put(ws, top + 1, 1, "(no items)")
        r = top + 1
    return r


def _category_chart(ws: Any, first: int, last: int, anchor: str) -> None:
    chart = BarChart()
    chart.type = "bar"
    chart.style = 10
    chart.add_data(Reference(ws, min_col=2, min_row=first, max_row=last), titles_from_data=False)
    chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
    series = chart.series[0]
    for k, category in enumerate(CATEGORIES):
        point = DataPoint(idx=k)
        point.graphicalProperties.solidFill = CATEGORY_COLOUR[category]
        point.graphicalProperties.line.solidFill = CATEGORY_COLOUR[category]
        series.dPt.append(point)
    series.dLbls = DataLabelList()
    series.dLbls.showVal = True
    for flag in ("showSerName", "showCatName", "showLegendKey", "showPercent"):
        setattr(series.dLbls, flag, False)
    chart.legend = None
    chart.x_axis.scaling.orientation = "maxMin"   # first category at the top
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.y_axis.majorGridlines = None
    chart.gapWidth = 60
    chart.width, chart.height = 22, 6.5
    ws.add_chart(chart, anchor)


def _report_chart(ws: Any, top: int, last: int, anchor: str) -> None:
    """Items by report, stacked by category, for the largest reports."""
    last = min(last, top + 12)
    chart = BarChart()
    chart.type = "bar"
    chart.grouping = "stacked"
    chart.overlap = 100
    chart.title = "Items by report (largest first)"
    chart.style = 10
    chart.add_data(Reference(ws, min_col=2, max_col=LAST_COL - 1, min_row=top, max_row=last),
                   titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=top + 1, max_row=last))
    for series, category in zip(chart.series, CATEGORIES, strict=True):
        series.graphicalProperties.solidFill = CATEGORY_COLOUR[category]
        series.graphicalProperties.line.solidFill = CATEGORY_COLOUR[category]
    chart.x_axis.scaling.orientation = "maxMin"
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.legend.position = "b"
    chart.gapWidth = 50
    chart.width, chart.height = 24, max(7, 1.0 * (last - top) + 4)
    ws.add_chart(chart, anchor)


def summary_sheet(ws: Any, rec: Reconciliation, view: View) -> None:
    items = view.items
    title = "HMICFRS recommendations: reconciliation for sign-off"
    put(ws, 1, 1, title + (f" — {view.owner}" if view.owner else "")).font = font(
        bold=True, size=16, color=NAVY)
    inputs = f"HMICFRS list: {rec.hmicfrs.path.name} · force tracker: {rec.force.path.name}"
    if rec.decision_files:
        inputs += " · decisions from: " + ", ".join(d.path.name for d in rec.decision_files)
    for r, (label, value) in enumerate(
            [("Run on", rec.started.strftime("%d %B %Y at %H:%M")), ("Inputs", inputs)], start=2):
        put(ws, r, 1, label).font = font(bold=True)
        put(ws, r, 2, value)
    if view.owner:
        whose = ("the items with no owner in the tracker" if view.owner == UNASSIGNED
                 else f"only the items of {view.owner}")
        put(ws, 4, 1, f"This workbook holds {whose}: {len(items)} of {len(rec.items)}. The full "
                      "workbook has them all.").font = font(italic=True)

    r = 5
    if rec.changes is not None:          # what moved first: the committee paper's paragraph
        _paragraph(ws, r, "Since the last run", rec.changes.paragraph)
        r += 2
    header_row(ws, r, ["For the committee", "Items", "What it means"])
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=LAST_COL)
    headline_rows = []
    for label, count, meaning in headline(items):
        r += 1
        headline_rows.append(r)
        cell = put(ws, r, 1, label)
        cell.font = font(bold=True, size=12)
        cell.alignment = Alignment(vertical="center")
        cell = put(ws, r, 2, count)
        cell.font = font(bold=True, size=14, color=NAVY)
        cell.alignment = Alignment(horizontal="center", vertical="center")
        _merged_text(ws, r, meaning)
        ws.cell(r, 3).alignment = Alignment(wrap_text=True, vertical="center")

    top = r + 2
    header_row(ws, top, ["Category", "Items", "What to do"])
    ws.merge_cells(start_row=top, start_column=3, end_row=top, end_column=LAST_COL)
    counts = items["category"].value_counts()
    for r, c in enumerate(CATEGORIES, start=top + 1):
        cell = put(ws, r, 1, CATEGORY_TITLES[c])
        cell.font = font(bold=True, color=CATEGORY_COLOUR[c] if c != "in_sync" else "595959",
                         underline="single")
        cell.alignment = TOP
        put(ws, r, 2, int(counts.get(c, 0))).alignment = Alignment(horizontal="center",
                                                                    vertical="top")
        _merged_text(ws, r, CATEGORY_HELP[c])
        ws.cell(r, 1).hyperlink = f"#'{CATEGORY_TITLES[c]}'!A1"
    total_row = top + len(CATEGORIES) + 1
    cell = put(ws, total_row, 1, "Total")
    cell.font = font(bold=True)
    cell.alignment = TOP
    cell = put(ws, total_row, 2, len(items))
    cell.font = font(bold=True)
    cell.alignment = Alignment(horizontal="center", vertical="top")
    _merged_text(ws, total_row, "One line per item of either list (a recommendation the force "
                                "split into several rows has one line per part).")

    r = total_row + 2
    if len(view.decisions):
        _paragraph(ws, r, "Decisions", decisions_paragraph(view.decisions))
        r += 1
    # Page 1: the numbers. Page 2: the charts and the counts by report and type.
    ws.row_breaks.append(Break(id=r))
    chart_row = r + 2
    heading(ws, chart_row - 1, 1, "Items by category")
    _category_chart(ws, top + 1, top + len(CATEGORIES), f"A{chart_row}")

    by_report = chart_row + 16
    heading(ws, by_report - 1, 1, "By report")
    end = _crosstab(ws, by_report, "Report", _report_of(items), items)
    by_type = end + 3
    heading(ws, by_type - 1, 1, "By type")
    end = _crosstab(ws, by_type, "Type", _type_of(items, rec), items)
    if len(items):
        _report_chart(ws, by_report, by_type - 3, f"A{end + 2}")

    set_widths(ws, [44, 11] + [12] * (LAST_COL - 2))
    fit_heights(ws, 5, by_report - 3)
    fit_heights(ws, by_report, end)
    for r in headline_rows:
        ws.row_dimensions[r].height = max(ws.row_dimensions[r].height or 0, 21)
    ws.sheet_properties.tabColor = NAVY
    ws.sheet_view.showGridLines = False
    print_setup(ws)


def decisions_paragraph(log: pd.DataFrame) -> str:
    """What became of the decisions read back, counted by outcome (the Decision log lists
    each)."""
    conflicts = log.loc[log["outcome_kind"] == Outcome.CONFLICTING.value, "item_id"].nunique()
    parts = [f"{len(log)} decisions read back from the returned workbooks",
             f"{outcome_count(log, Outcome.APPLIED)} applied",
             f"{stale_count(log)} stale (the item changed since) and need deciding again"]
    invalid = outcome_count(log, Outcome.INVALID_WORD)
    if invalid:
        parts.append(f"{invalid} not applied: not a word the Decision drop-down offers")
    if conflicts:
        parts.append(f"{conflicts} item(s) in conflict: returned files disagree, neither "
                     "decision applied")
    return "; ".join(parts) + ". See the Decision log sheet."
