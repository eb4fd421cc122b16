"""How a generated tracker is laid out: its columns and their header words, its sheets and
blocks, and the force's own numbering of rows. Drawn from the case's random stream, in order."""

from __future__ import annotations

import random

from . import words as W
from .draw import Report
from .draw_rows import FamilyPlan
from .layouts import Columns, Table, text_of
from .model import Row

DIRECTORATES = ["Crime", "Local Policing", "People", "Corporate Services", "Public Protection"]


def header_word(rng: random.Random, field: str, kinds: frozenset[int]) -> str:
    if field == "text" and 1 in kinds:
        return rng.choice(["Recommendation / AFI", "Rec / AFI text"])
    return rng.choice(W.HEADERS[field])


def columns_for(rng: random.Random, family: str, plan: FamilyPlan, kinds: frozenset[int],
             report_col: bool, date_col: bool) -> Columns:
    """The tracker's columns: which fields it has and what each header says."""
    if family == "sharepoint":
        return Columns([("Title", lambda r: r.text), ("Source", "HMICFRS"),
                        ("Report Name", lambda r: r.report_label),
                        ("Source Reference", lambda r: r.ref),
                        ("Status", lambda r: r.status), ("Assigned To", lambda r: r.owner),
                        ("Progress Notes", lambda r: r.progress), ("Item Type", "Item"),
                        ("Path", "sites/HMICFRS/Lists/Recommendations")],
                       hidden={"Item Type", "Path"})
    spec: list[tuple[str, object]] = []
    if family != "sharepoint" and rng.random() < 0.8:
        spec.append((header_word(rng, "no", kinds), lambda r: r.no))
    if report_col:
        spec.append(("Report" if 1 in kinds else header_word(rng, "report", kinds),
                     lambda r: r.report_label))
    if date_col:
        spec.append((header_word(rng, "published", kinds), lambda r: r.published))
    if plan.has_type:
        spec.append((header_word(rng, "type", kinds), lambda r: r.type_word))
    spec.append((header_word(rng, "text", kinds), text_of))
    if plan.ref_rate:
        spec.insert(rng.randint(0, 1), (header_word(rng, "ref", kinds), lambda r: r.ref))
    spec.append((header_word(rng, "owner", kinds), lambda r: r.owner))
    status = header_word(rng, "status", kinds)
    spec.append((status, lambda r: r.status))
    spec.append((header_word(rng, "progress", kinds), lambda r: r.progress))
    return Columns(spec, status=status)


def number_rows(rows: list[Row]) -> None:
    n = 0
    for r in rows:
        if r.part is None or r.part[0] == 1:
            n += 1
        r.no = n if r.part is None else f"{n}{'abcdefgh'[r.part[0] - 1]}"


def tables_for(rng: random.Random, family: str, rows: list[Row], reports: dict[str, Report],
            force_name: str) -> tuple[list[Table], bool, bool]:
    """Sheets and blocks of the tracker; (tables, report column?, date column?)."""
    order = sorted(reports.values(), key=lambda r: r.published)
    if rng.random() < 0.4:
        order.reverse()
    by_report: dict[str, list[Row]] = {r.report_id: [] for r in order}
    for r in rows:
        by_report[r.report_key].append(r)
    blocks = [(rep, by_report[rep.report_id]) for rep in order if by_report[rep.report_id]]
    title = [f"{force_name} – HMICFRS recommendations and areas for improvement tracker",
             "Last updated: 10 June 2023. Owner: Organisational Learning."]
    if family in ("committee", "ragfill"):
        return [Table("Tracker", title, [(rep.tracker_name, rs) for rep, rs in blocks])], False, \
            rng.random() < 0.3
    if family == "appendix":
        heads = [(f"{rep.title} (published {rep.published.day} "
                  f"{rep.published.strftime('%B %Y')})", rs) for rep, rs in blocks]
        return [Table("Appendix A", ["Appendix A – HMICFRS recommendations: position statement"],
                      heads)], False, False
    if family == "bullets":
        heads = [(f"{rep.tracker_name} – {len(rs)} actions, "
                  f"{sum(r.state == 'done' for r in rs)} complete", rs) for rep, rs in blocks]
        return [Table("Action plan", title[:1], heads)], True, False
    if family == "multisheet":
        by_year = rng.random() < 0.5
        sheets: dict[str, list[Row]] = {}
        for rep, rs in blocks:
            name = str(rep.published.year) if by_year else DIRECTORATES[
                sum(map(ord, rep.report_id)) % len(DIRECTORATES)]
            sheets.setdefault(name, []).extend(rs)
        return [Table(n, [], [(None, rs)]) for n, rs in sorted(sheets.items())], True, \
            rng.random() < 0.5
    if family == "sharepoint":
        return [Table("owssvr", [], [(None, [r for _, rs in blocks for r in rs])])], True, False
    # recurring, joint: one flat sheet with report and date columns
    return [Table("Tracker" if family == "joint" else "Recommendations", [],
                  [(None, [r for _, rs in blocks for r in rs])])], True, True
