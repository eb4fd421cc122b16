"""Layouts of the twenty-second session's round 79 of cases built by other hands.

- The list sorted by status with "My data has headers" unticked: its header row sorted in
  among the items. The rows above it that fill the columns as items do are items (before,
  "title or form field above the header row", lost); read with no header at all (each
  column's field told by what it holds), the stranded header is no item.
- A RAG worked out by a formula that a deleted column broke (#REF! on most rows, BLUE only
  where a date completed is filled), beside a Status column typed by hand since 2021: the
  typed column is the status, the formula's colour read where it is blank.

Each test fails on fdbb1d6. Texts are real public HMICFRS texts (Open Government Licence);
trackers, owners and statuses are invented.
"""

from __future__ import annotations

from datetime import datetime

from builders import COUNTY, OCSA, RASSO, SOC, write_xlsx

from reconcile import reconcile_files
from reconcile.casegen.texts import CONTROL_ROOM, DIGITAL, FIREARMS, MSHT_INTEL, MSHT_NRM
from reconcile.load import load_side

PEEL21 = "PEEL: Police effectiveness, efficiency and legitimacy 2021/22"
SF = "Stolen freedom: the policing response to modern slavery and human trafficking"


def _categories(rec):
    return {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}


def test_a_header_sorted_in_among_the_items_is_no_item(tmp_path):
    """Sorted by status with the header taken for data: the header row sits between the
    'Complete' and 'Superseded' blocks. Every other row is an item; the header is none."""
    items = [["Staffordshire Police", "13401", PEEL21, "Area for improvement", COUNTY,
              "Being progressed"],
             ["Staffordshire Police", "13402", PEEL21, "Area for improvement", OCSA,
              "Being progressed"],
             ["Staffordshire Police", "8411", SF, "National recommendation", MSHT_INTEL,
              "Complete"],
             ["Staffordshire Police", "8413", SF, "National recommendation", MSHT_NRM,
              "Complete"],
             ["Staffordshire Police", "13403", PEEL21, "Area for improvement", RASSO,
              "Complete"]]
    header = ["Force", "Reference", "Report title", "Type", "Recommendation / Area for "
              "improvement", "Status"]
    late = [["Staffordshire Police", "13404", PEEL21, "Area for improvement", SOC,
             "Superseded"]]
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Definitive list": [
        ["HMICFRS definitive list – Staffordshire Police"], [], *items, header, *late]})
    side = load_side(h, "hmicfrs")
    assert sorted(side.items["row"]) == [3, 4, 5, 6, 7, 9]
    assert side.skipped.loc[side.skipped["row"] == 8, "reason"].str.startswith(
        "header row").all()


def test_a_status_column_beside_a_rag_formula_broken_by_a_deleted_column(tmp_path):
    """RAG shows #REF! on most rows and BLUE where a date completed is filled; the Status
    column, added in 2021, is the force's word where it is filled; BLUE (done) stands only
    where Status is blank (items closed before 2021)."""
    texts = [COUNTY, OCSA, RASSO, SOC, CONTROL_ROOM, DIGITAL, FIREARMS]
    rows = [["Norfolk Constabulary – HMICFRS recommendations"], [],
            ["Ref", "Report", "Recommendation / AFI (summary)", "Lead Officer", "RAG",
             "Status", "Date completed"]]
    rag = ["#REF!", "#REF!", "BLUE", "#REF!", "BLUE", "#REF!", "#REF!"]
    status = ["In progress", "Complete", None, "Off track", "In progress", "Complete", "Open"]
    done = [None, None, datetime(2019, 3, 1), None, datetime(2020, 6, 1), None, None]
    for k, (text, r, s, d) in enumerate(zip(texts, rag, status, done, strict=True)):
        rows.append([k + 1, "PEEL 2021/22", text, "ACC Crime", r, s, d])
    f = write_xlsx(tmp_path / "tracker.xlsx", {"HMICFRS Tracker": rows})
    side = load_side(f, "force")
    assert side.sheets[0].mapping["status"] == "Status"
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Definitive list": [
        ["ID", "Report", "Type", "Recommendation", "Status"],
        *[[13401 + k, PEEL21, "Area for improvement", t, "Being progressed"]
          for k, t in enumerate(texts)]]})
    cats = _categories(reconcile_files(h, f))
    assert [cats[(f"Definitive list!{k + 2}", f"HMICFRS Tracker!{k + 4}")] for k in range(7)] == [
        "in_sync", "closeable_submit", "closeable_submit", "in_sync", "in_sync",
        "closeable_submit", "in_sync"]


def test_a_header_stranded_in_a_list_read_without_one_is_no_item():
    """Round 79's list-side case: every cell text, so the sheet is read with no header (each
    column's field by what it holds) and its header, sorted to row 64, names the fields in
    other words ("Reference" for "HMICFRS Ref"): a header repeated, not an item."""
    from pathlib import Path

    case = Path(__file__).parent / "eval" / "other_hands" / "status_sort_header_mid_list"
    side = load_side(case / "hmicfrs.xlsx", "hmicfrs")
    assert "no header row" in side.sheets[0].note
    assert 64 not in set(side.items["row"])
    assert set(side.skipped.loc[side.skipped["row"] == 64, "reason"]) == {"header row repeated"}
