"""The Summary sheet: what the committee reads. Headline counts, counts by category, report
and type, and charts of them; the run date and the inputs; one A4 landscape page wide."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pandas as pd

from ..decisions import Outcome, outcome_count, stale_count
from ..result import Reconciliation
from ..vocab import CATEGORIES, CATEGORY_COLOUR, CATEGORY_HELP, CATEGORY_TITLES
from .blocks import header_row, heading
from .book import Book, Sheet
from .cells import CENTRE_TOP, NAVY, TOP, WRAP, colour, font
from .owners import UNASSIGNED
from .reportnames import report_names
from .sheets import sheet_columns, table_name
from .view import SUMMARY, View

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


def _merged_text(sheet: Sheet, row: int, text: str, look: dict[str, Any] = WRAP,
                 first: int = 3) -> None:
    sheet.merge(row, first, LAST_COL, text, look)


def _paragraph(sheet: Sheet, row: int, label: str, text: str) -> None:
    heading(sheet, row, 1, label, size=11, look=TOP)
    sheet.merge(row, 2, LAST_COL, text, WRAP)


def _type_of(items: pd.DataFrame, rec: Reconciliation) -> pd.Series:
    h_type = dict(zip(rec.h["row_id"], rec.h["type_norm"], strict=True))
    f_type = dict(zip(rec.f["row_id"], rec.f["type_norm"], strict=True))
    out = []
    for hr, fr in zip(items["hmicfrs_row"], items["force_row"], strict=True):
        t = (h_type.get(hr) if isinstance(hr, str) else "") or (
            f_type.get(fr) if isinstance(fr, str) else "")
        out.append(_TYPE_TITLES.get(t or "", (t or "(type not stated)").capitalize()))
    return pd.Series(out, index=items.index, dtype=object)


def _crosstab(sheet: Sheet, top: int, label: str, keys: pd.Series, items: pd.DataFrame) -> int:
    """A table of category counts per key, largest first; returns the last row written."""
    # As pd.crosstab, then largest total first (a stable sort), but counted in plain Python:
    # crosstab's fixed cost is most of the Summary's time on a small list.
    counts = Counter(zip(keys, items["category"], strict=True))
    table = sorted(([name, *(counts[(name, c)] for c in CATEGORIES)] for name in sorted(set(keys))),
                   key=lambda row: -sum(row[1:]))
    header_row(sheet, top, [label, *[CATEGORY_TITLES[c] for c in CATEGORIES], "Total"])
    sheet.height(top, 32)
    r = top
    count, total = {**font(), **CENTRE_TOP}, {**font(bold=True), **CENTRE_TOP}
    for r, (name, *vals) in enumerate(table, start=top + 1):
        sheet.put(r, 1, name, WRAP)
        for c, v in enumerate([*vals, sum(vals)], start=2):
            sheet.put(r, c, v, total if c == LAST_COL else count)
    if not len(table):
        sheet.put(top + 1, 1, "(no items)")
        r = top + 1
    return r


CM = 37.8   # pixels a centimetre, at Excel's 96 dots an inch


def _category_chart(book: Book, sheet: Sheet, first: int, last: int, anchor: str) -> None:
    """Items by category, one bar each in the category's colour, the count at its end."""
    chart = book.wb.add_chart({"type": "bar"})
    chart.add_series({
        "categories": [sheet.name, first - 1, 0, last - 1, 0],
        "values": [sheet.name, first - 1, 1, last - 1, 1],
        "points": [{"fill": {"color": colour(CATEGORY_COLOUR[c])},
                    "border": {"color": colour(CATEGORY_COLOUR[c])}} for c in CATEGORIES],
        "data_labels": {"value": True}, "gap": 60})
    chart.set_style(10)
    chart.set_title({"none": True})
    chart.set_legend({"none": True})
    chart.set_y_axis({"reverse": True})                        # first category at the top
    chart.set_x_axis({"major_gridlines": {"visible": False}})
    chart.set_size({"width": 22 * CM, "height": 6.5 * CM})
    sheet.ws.insert_chart(anchor, chart)


def _report_chart(book: Book, sheet: Sheet, top: int, last: int, anchor: str) -> None:
    """Items by report, stacked by category, for the largest reports."""
    last = min(last, top + 12)
    chart = book.wb.add_chart({"type": "bar", "subtype": "stacked"})
    for k, category in enumerate(CATEGORIES, start=1):
        chart.add_series({
            "name": [sheet.name, top - 1, k],
            "categories": [sheet.name, top, 0, last - 1, 0],
            "values": [sheet.name, top, k, last - 1, k],
            "fill": {"color": colour(CATEGORY_COLOUR[category])},
            "border": {"color": colour(CATEGORY_COLOUR[category])},
            "overlap": 100, "gap": 50})
    chart.set_title({"name": "Items by report (largest first)"})
    chart.set_style(10)
    chart.set_y_axis({"reverse": True})
    chart.set_legend({"position": "bottom"})
    chart.set_size({"width": 24 * CM, "height": max(7, 1.0 * (last - top) + 4) * CM})
    sheet.ws.insert_chart(anchor, chart)


def _top(sheet: Sheet, rec: Reconciliation, view: View) -> None:
    """The title, when the run was made and from which files, and whose items these are."""
    title = "HMICFRS recommendations: reconciliation for sign-off"
    sheet.put(1, 1, title + (f" — {view.owner}" if view.owner else ""),
              font(bold=True, size=16, color=NAVY))
    inputs = f"HMICFRS list: {rec.hmicfrs.path.name} · force tracker: {rec.force.path.name}"
    if rec.decision_files:
        inputs += " · decisions from: " + ", ".join(d.path.name for d in rec.decision_files)
    for r, (label, value) in enumerate(
            [("Run on", rec.started.strftime("%d %B %Y at %H:%M")), ("Inputs", inputs)], start=2):
        sheet.put(r, 1, label, font(bold=True))
        sheet.put(r, 2, value)
    if view.owner:
        whose = ("the items with no owner in the tracker" if view.owner == UNASSIGNED
                 else f"only the items of {view.owner}")
        sheet.put(4, 1, f"This workbook holds {whose}: {len(view.items)} of {len(rec.items)}. "
                        "The full workbook has them all.", font(italic=True))


def _headline(sheet: Sheet, r: int, items: pd.DataFrame) -> tuple[int, list[int]]:
    """The five numbers for the committee; returns the last row and the rows written."""
    header_row(sheet, r, ["For the committee", "Items", "What it means"], merge_last=LAST_COL)
    rows = []
    for label, count, meaning in headline(items):
        r += 1
        rows.append(r)
        sheet.put(r, 1, label, {**font(bold=True, size=12), "valign": "vcenter"})
        sheet.put(r, 2, count, {**font(bold=True, size=14, color=NAVY), "align": "center",
                                "valign": "vcenter"})
        _merged_text(sheet, r, meaning, {"text_wrap": True, "valign": "vcenter"})
    return r, rows


def _categories(sheet: Sheet, top: int, items: pd.DataFrame) -> int:
    """Items per category, each a link to its sheet, how many are decided (a live count of the
    sheet's Decision column, so it moves as leads type), and what to do; returns the Total row."""
    header_row(sheet, top, ["Category", "Items", "Decided", "What to do"], merge_last=LAST_COL)
    counts = items["category"].value_counts()
    decided = {c: _decided_now(items, c) for c in CATEGORIES}
    for r, c in enumerate(CATEGORIES, start=top + 1):
        sheet.link(r, 1, CATEGORY_TITLES[c], CATEGORY_TITLES[c],
                   {**font(bold=True, color=CATEGORY_COLOUR[c] if c != "in_sync" else "595959",
                           underline=True), **TOP})
        sheet.put(r, 2, int(counts.get(c, 0)), CENTRE_TOP)
        _decided(sheet, r, c, decided[c])
        _merged_text(sheet, r, CATEGORY_HELP[c], first=4)
    total_row = top + len(CATEGORIES) + 1
    sheet.put(total_row, 1, "Total", {**font(bold=True), **TOP})
    sheet.put(total_row, 2, len(items), {**font(bold=True), **CENTRE_TOP})
    sheet.formula(total_row, 3, f"=SUM(C{top + 1}:C{total_row - 1})", sum(decided.values()),
                  {**font(bold=True), **CENTRE_TOP})
    _merged_text(sheet, total_row, "One line per item of either list (a recommendation the "
                                   "force split into several rows has one line per part).",
                 first=4)
    return total_row


def _decided_now(items: pd.DataFrame, category: str) -> int:
    mine = items.loc[items["category"] == category, "signoff_decision"]
    return int(mine.map(lambda v: isinstance(v, str) and bool(v.strip())).sum())


def _decided(sheet: Sheet, row: int, category: str, now: int) -> None:
    """=COUNTA(Conflict[Decision]): the category sheet's Excel table, by its column's name."""
    heading = next(h for h, c, _ in sheet_columns(category) if c == "signoff_decision")
    sheet.formula(row, 3, f"=COUNTA({table_name(category)}[{heading}])",
                  now, CENTRE_TOP)


def summary_sheet(book: Book, rec: Reconciliation, view: View) -> None:
    items = view.items
    sheet = book.sheet(SUMMARY, NAVY)
    _top(sheet, rec, view)
    r = 5
    if rec.changes is not None:          # what moved first: the committee paper's paragraph
        _paragraph(sheet, r, "Since the last run", rec.changes.paragraph)
        r += 2
    r, headline_rows = _headline(sheet, r, items)
    top = r + 2
    total_row = _categories(sheet, top, items)

    r = total_row + 2
    if len(view.decisions):
        _paragraph(sheet, r, "Decisions", decisions_paragraph(view.decisions))
        r += 1
    # Page 1: the numbers. Page 2: the charts and the counts by report and type.
    sheet.ws.set_h_pagebreaks([r])
    chart_row = r + 2
    heading(sheet, chart_row - 1, 1, "Items by category")
    _category_chart(book, sheet, top + 1, top + len(CATEGORIES), f"A{chart_row}")

    by_report = chart_row + 16
    heading(sheet, by_report - 1, 1, "By report")
    end = _crosstab(sheet, by_report, "Report", report_names(items, rec), items)
    by_type = end + 3
    heading(sheet, by_type - 1, 1, "By type")
    end = _crosstab(sheet, by_type, "Type", _type_of(items, rec), items)
    if len(items):
        _report_chart(book, sheet, by_report, by_type - 3, f"A{end + 2}")

    sheet.set_widths([44, 11] + [12] * (LAST_COL - 2))
    sheet.fit_heights(5, by_report - 3)
    sheet.fit_heights(by_report, end)
    for r in headline_rows:
        sheet.height(r, max(sheet.heights.get(r, 0), 21))
    sheet.ws.hide_gridlines(2)
    sheet.print_setup()


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
