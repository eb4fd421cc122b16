"""Layouts met in the fifth round of cases built by other hands: a council/OPCC tracker
whose only progress is "% Complete", an audit committee paper with several areas for
improvement pasted into one paragraph, a mixed audit tracker naming each item's number in
its report cell ("HMICFRS - PEEL 2018/19 - Rec 1"), "PEEL Eff 17" for either pillar, and an
item archived with its copy left on the live sheet. Each test failed on the code before it.

Texts are real public HMICFRS texts (Northamptonshire's PEEL efficiency 2015 areas for
improvement, from its audit committee paper; PEEL 2018/19 recommendations; Open Government
Licence); trackers, statuses and owners are invented.
"""

from __future__ import annotations

from datetime import datetime

from builders import PEEL19, WORKLOAD, write_xlsx

from reconcile import reconcile_files
from reconcile.load import load_side

DEMAND = ("The force should undertake further work to gain a fuller understanding of current "
          "demand for its services, and likely future changes in demand. This is so it can make "
          "best use of its resources by matching them to demand to meet the needs of the public.")
COSTS = "The force should develop its understanding of the links between its outcomes, outputs and costs."
WORKFORCE = ("The force should develop a future workforce plan that is aligned with its overall "
             "demand and budget. The plan should include future resource allocations, the mix of "
             "skills required by the workforce and behaviours expected of them.")
VULNERABILITY = ("HMIC recommends that the force should immediately: conduct a review, involving "
                 "its partners, of the approach to vulnerability to better safeguard vulnerable "
                 "people.")
EFF15 = "PEEL: Police efficiency 2015 – Northamptonshire Police"
HEADER = ["Reference", "Report", "Date published", "Type", "Recommendation", "Status"]


def _list(path):
    return write_xlsx(path, {"Register": [
        HEADER,
        [4820, EFF15, datetime(2015, 10, 22), "Area for improvement", DEMAND, "being-progressed"],
        [4821, EFF15, datetime(2015, 10, 22), "Area for improvement", COSTS, "complete"],
        [4822, EFF15, datetime(2015, 10, 22), "Area for improvement", WORKFORCE,
         "being-progressed"],
        [10810, PEEL19, datetime(2019, 5, 2), "Recommendation", WORKLOAD, "complete"],
        [10811, PEEL19, datetime(2019, 5, 2), "Recommendation", VULNERABILITY, "being-progressed"],
    ]})


def _by_row(rec) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for r in rec.items.itertuples():
        if isinstance(r.force_row, str):
            out.setdefault(r.force_row, []).append((r.hmicfrs_row, r.category))
    return {k: sorted(v) for k, v in out.items()}


def test_a_percent_complete_column_is_the_status_when_there_is_none(tmp_path):
    """No status column: "% Complete" says how far each item has got, typed every way
    (0.8 formatted as a percentage, "100%", "50", 100). Only 100% is done: an item at 80%,
    green on the tracker's key, is not."""
    f = write_xlsx(tmp_path / "tracker.xlsx", {"HMICFRS Tracker": [
        ["Force HMICFRS tracker – RAG: <=25% Red, 26-75% Amber, >75% Green; 100% = complete"],
        ["Ref No.", "Inspection", "Recommendation/Area for Improvement", "Responsible Officer",
         "% Complete", "Latest Position (Nov 24)"],
        [1, "PEEL Eff 15", DEMAND, "Head of Change", 0.8, "Demand model refreshed"],   # 3
        [2, "PEEL Eff 15", COSTS, "Director of Finance", "100%", "Outcome costing done"],  # 4
        [3, "PEEL Eff 15", WORKFORCE, "Director of People", "50", "Plan drafted"],    # 5
        [4, "PEEL 2018/19", WORKLOAD, "Det Ch Supt", 100, "Review completed"],          # 6
        [5, "PEEL 2018/19", VULNERABILITY, "Det Supt", 0, "Not started"],               # 7
    ]})
    side = load_side(f, "force")
    status = side.items.set_index("row")["status"]
    assert status[3] == "In progress (80%)"
    assert status[4] == "Complete (100%)"
    assert status[5] == "In progress (50%)"
    assert status[6] == "Complete (100%)"
    assert status[7] == "Not started (0%)"
    assert "status read from '% Complete'" in side.sheets[0].note
    rec = reconcile_files(_list(tmp_path / "hmicfrs.xlsx"), f)
    got = _by_row(rec)
    assert got["HMICFRS Tracker!3"] == [("Register!2", "in_sync")]
    assert got["HMICFRS Tracker!4"] == [("Register!3", "in_sync")]
    assert got["HMICFRS Tracker!6"] == [("Register!5", "in_sync")]
    assert got["HMICFRS Tracker!7"] == [("Register!6", "in_sync")]


def test_peel_eff_is_either_pillar_not_another_report(tmp_path):
    """"PEEL Eff 15" may be efficiency or effectiveness: it rules neither out, so a pair
    under it is no "report differs" conflict with PEEL: Police efficiency 2015."""
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["Ref", "Report", "Recommendation", "Status"],
        ["E1", "PEEL Eff 15", DEMAND, "In progress"],
        ["E2", "PEEL Eff 15", COSTS, "Complete"],
    ]})
    rec = reconcile_files(_list(tmp_path / "hmicfrs.xlsx"), f)
    got = _by_row(rec)
    assert got["Tracker!2"] == [("Register!2", "in_sync")]
    assert got["Tracker!3"] == [("Register!3", "in_sync")]


def test_areas_for_improvement_pasted_into_one_paragraph(tmp_path):
    """Northamptonshire's audit committee paper: the three PEEL efficiency 2015 areas for
    improvement pasted into one cell with no separators, one status for all. The row holds
    each of them: one line per item, each with its own category."""
    pasted = "Areas for improvement: " + " ".join(
        t.rstrip(".") for t in (DEMAND, COSTS, WORKFORCE))
    f = write_xlsx(tmp_path / "tracker.xlsx", {"HMIC recs": [
        ["HMIC recommendations – update for the Independent Audit Committee, September 2016"],
        [],
        ["Ref", "Report", "HMIC recommendation / AFI", "Lead", "Status"],
        ["AFI 1-3", "PEEL Efficiency 2015", pasted, "ACO", "In progress"],              # 4
        ["10810", "PEEL 2018/19", WORKLOAD, "Det Ch Supt", "Complete"],                 # 5
    ]})
    rec = reconcile_files(_list(tmp_path / "hmicfrs.xlsx"), f)
    got = _by_row(rec)
    assert got["HMIC recs!4"] == [("Register!2", "in_sync"), ("Register!3", "closeable_local"),
                                  ("Register!4", "in_sync")]


def test_cut_short_row_is_not_several_items_pasted_together(tmp_path):
    """A row cut short ("Make sure it has enough specialist capacity and capability to
    investigate") is held by several like items; it is not all of them pasted together."""
    like = [f"The force should make sure it has enough specialist capacity and capability to "
            f"investigate {subject}." for subject in ("forced marriage",
                                                      "online child sexual abuse")]
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Register": [
        HEADER,
        [9101, PEEL19, datetime(2019, 5, 2), "Area for improvement", like[0], "being-progressed"],
        [9102, PEEL19, datetime(2019, 5, 2), "Area for improvement", like[1], "being-progressed"],
    ]})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["Ref", "Report", "Recommendation", "Status"],
        ["A1", "PEEL 2018/19", "Make sure it has enough specialist capacity and capability to "
         "investigate", "In progress"],
    ]})
    rec = reconcile_files(h, f)
    lines = rec.items[rec.items["force_row"] == "Tracker!2"]
    assert len(lines) == 1
    assert lines.iloc[0]["method"] != "merged"


def test_an_item_number_in_the_report_cell_names_no_report(tmp_path):
    """A mixed audit tracker's "Audit / Inspection" cell names the item's number after the
    report ("HMICFRS - PEEL 2018/19 - Rec 1"): the same report, not another one."""
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Recommendations Tracker": [
        ["Ref", "Source", "Audit / Inspection", "Recommendation", "Status", "RAG"],
        ["IA/23/04", "Internal Audit", "Mazars – Payroll 2023/24", "Monthly payroll "
         "exception reports should be reviewed and signed off by the Payroll Manager.",
         "Outstanding", "AMBER"],
        ["HMI/19/01", "HMICFRS", "HMICFRS - PEEL 2018/19 - Rec 1", WORKLOAD, "Completed", "GREEN"],
        ["HMI/19/02", "HMICFRS", "HMICFRS - PEEL 2018/19 - Rec 2", VULNERABILITY, "Outstanding",
         "RED"],
    ]})
    rec = reconcile_files(_list(tmp_path / "hmicfrs.xlsx"), f)
    got = _by_row(rec)
    assert got["Recommendations Tracker!3"] == [("Register!5", "in_sync")]
    assert got["Recommendations Tracker!4"] == [("Register!6", "in_sync")]


def test_an_item_archived_with_its_copy_left_on_the_live_sheet(tmp_path):
    """The item was moved to "Archive - closed" and its row left on "Live" too: both rows
    are the item's, not one of them a row HMICFRS does not list."""
    f = write_xlsx(tmp_path / "tracker.xlsx", {
        "Live": [["HMICFRS Ref", "Report", "Recommendation", "Status"],
                 [None, "PEEL 2018/19", VULNERABILITY, "Closed"],                      # 2
                 [None, "PEEL 2018/19", WORKLOAD, "Open"]],
        "Archive - closed": [["Report", "Recommendation", "Status", "Date closed"],
                             ["PEEL 2018/19", VULNERABILITY, "Closed",
                              datetime(2024, 3, 1)]],                                  # 2
    })
    rec = reconcile_files(_list(tmp_path / "hmicfrs.xlsx"), f)
    got = _by_row(rec)
    assert got["Live!2"] == [("Register!6", "closeable_submit")]
    assert got["Archive - closed!2"] == [("Register!6", "closeable_submit")]


def test_one_text_under_two_reports_is_two_items_not_one_tracked_twice():
    """An archived row and its live copy are one item's rows; the same recommendation
    repeated in two years' reports is two items; a closing sentence shared by several
    items ("HMIC will follow up the assessments in the autumn.") is no copy at all."""
    import pandas as pd

    from reconcile.match.families import families

    closing = "HMIC will follow up the assessments in the autumn."
    f = pd.DataFrame({
        "sheet": ["Live", "Live", "Live", "Archive", "Archive", "Archive"],
        "row": [2, 3, 4, 2, 3, 4],
        "text": [VULNERABILITY, DEMAND, closing, VULNERABILITY, DEMAND, closing],
        "report_key": ["peel 2018", "peel efficiency 2015", "policing austerity",
                       "peel 2018", "peel efficiency 2016", "policing austerity"],
    })
    fam = families(f)
    assert fam[0] == (0, 3) and fam[3] == (0, 3)     # the archived item and its copy
    assert 1 not in fam and 4 not in fam              # 2015's item and 2016's
    assert 2 not in fam and 5 not in fam              # a short shared sentence


def test_a_reference_cell_naming_two_items_pairs_the_row_with_both(tmp_path):
    """"10810/10811" in the HMICFRS Ref column: one action set answering two items (a
    committee paper's "AFI 13 & 14"). The row is each item's, paired on the reference; a
    row naming one of them only is no conflict with the other."""
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["HMICFRS Ref", "Report", "Action", "Status"],
        ["10810/10811", "PEEL 2018/19", "Investigations and vulnerability review: workload, "
         "skills and partnership approach to safeguarding", "In progress"],            # 2
        ["4820 & 4822", "PEEL Efficiency 2015", "Demand and workforce plan", "Complete"],  # 3
    ]})
    rec = reconcile_files(_list(tmp_path / "hmicfrs.xlsx"), f)
    got = _by_row(rec)
    assert got["Tracker!2"] == [("Register!5", "closeable_local"), ("Register!6", "in_sync")]
    assert got["Tracker!3"] == [("Register!2", "closeable_submit"),
                                ("Register!4", "closeable_submit")]
    flags = " ".join(rec.items["flags"].astype(str))
    assert "reference differs" not in flags
