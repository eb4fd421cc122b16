"""A force's action plan exported from a performance-management system (Pentana / Covalent
style) as CSV: a heading record per report ("NCPI 2016 | National Child Protection
Inspection – published June 2016"), actions filed under their item's code in a "Parent
Code" column, the register reference written before the text ("[13724] Within 6 months…"),
"Managed By", "Latest Note" beside "Progress %", and status icons "Check Progress" and
"Cancelled". Each test failed on the code before it.

Texts are real public HMICFRS texts (Staffordshire Police PEEL 2021/22, National Child
Protection Inspection 2016; Open Government Licence); statuses and notes are invented.
"""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

from builders import write_xlsx

from reconcile import reconcile_files
from reconcile.load import load_side

PEEL = "PEEL: Police effectiveness, efficiency and legitimacy 2021/22"
NCPI = "National child protection inspection: Staffordshire Police 2016"
VETTING_COC = "The size of the vetting backlog within Staffordshire Police is a cause of concern."
VETTING = ("Within six months Staffordshire Police should ensure all staff have received at least "
           "the lowest level of vetting clearance for their roles as quickly as possible, working "
           "to clear both the vetting backlog and new vetting renewals when they become due so "
           "that it complies fully with the national vetting guidelines.")
DA_ALLOCATION = ("The force should make sure investigations of domestic abuse are allocated to "
                 "officers with the right skills and are effectively supervised.")
CONTROL_ROOM = ("The force should ensure that it has sufficient resources available in the "
                "control room to fulfil its resourcing model, and so to meet its demand, while "
                "also taking into account the wellbeing of its workforce.")
CSE = ("Within 3 months, the force should improve how it gathers, assesses and acts on "
       "intelligence about child sexual exploitation.")

HEADER = ["Code", "Title", "Description", "Managed By", "Status Icon", "Progress %",
          "Latest Note", "Due Date", "Parent Code", "Type"]


def _csv(path: Path, rows: list[list]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["Staffordshire Police – HMICFRS action plan (export)"])
        out.writerow(["Exported 03/06/2024"])
        out.writerow([])
        out.writerow(HEADER)
        out.writerows(rows)
    return path


def _list(path: Path) -> Path:
    return write_xlsx(path, {"Definitive list": [
        ["Reference", "Report", "Date published", "Type", "Recommendation / AFI text", "Status"],
        [8801, NCPI, datetime(2016, 6, 21), "Recommendation", CSE.replace("3 months", "three months"),
         "Complete"],                                                                   # 2
        [13719, PEEL, datetime(2022, 5, 12), "Cause of concern", VETTING_COC,
         "No further action required"],                                                 # 3
        [13724, PEEL, datetime(2022, 5, 12), "Recommendation", VETTING, "Being progressed"],  # 4
        [13736, PEEL, datetime(2022, 5, 12), "Area for improvement", DA_ALLOCATION,
         "Being progressed"],                                                           # 5
        [14727, PEEL, datetime(2022, 5, 12), "Area for improvement", CONTROL_ROOM,
         "Being progressed"],                                                           # 6
    ]})


def _tracker(path: Path) -> Path:
    return _csv(path, [
        ["HMI-2016-NCPI", "NCPI 2016", "National Child Protection Inspection – published June "
         "2016"] + [None] * 7,                                                          # 5
        ["HMI-2016-NCPI-01", "CSE intelligence", CSE, "DCI Shah", "Cancelled", "100%",
         "Superseded by the 2018 NCPI action plan", "2016-09-30", None, "Recommendation"],  # 6
        ["HMI-2022-PEEL", "PEEL 2021/22", "PEEL Assessment 2021/22 – published May 2022"]
        + [None] * 7,                                                                   # 7
        ["HMI-2022-PEEL-01", "Vetting backlog (CoC)", VETTING_COC, "Supt Rees", "Completed",
         "100%", "Backlog cleared", "2022-11-12", None, "Cause of Concern"],            # 8
        ["HMI-2022-PEEL-02", "Vetting clearance", "[13724] " + VETTING.replace(
            "Within six months", "within 6 months"), "Supt Rees", "Completed", "100%",
         "All staff vetted (see sub-actions)", "2022-11-12", "HMI-2022-PEEL-01",
         "Recommendation"],                                                             # 9
        ["HMI-2022-PEEL-02.1", "Vetting unit uplift", "Recruit additional vetting officers and "
         "clear the vetting backlog (business case to Force Executive Team)", "Ms Khan",
         "Completed", "100%", "Four vetting officers in post", "2022-09-30", "HMI-2022-PEEL-02",
         "Local Action"],                                                               # 10
        ["HMI-2022-PEEL-02.2", "Vetting renewals tracker", "Add vetting renewals due to the "
         "monthly Force Performance pack", "Ms Khan", "Check Progress", "80%",
         "Draft measure agreed", "2022-12-31", "HMI-2022-PEEL-02", "Local Action"],      # 11
        ["HMI-2022-PEEL-05", "DA investigation allocation", "Ref 13736: " + DA_ALLOCATION,
         "DCS Moss", "Overdue", "50%", "Allocation policy under review", "2023-03-31", None,
         "AFI"],                                                                        # 12
        ["HMI-2022-PEEL-05.1", "DA supervision dip sample", "Dip-sample 50 domestic abuse crime "
         "reports each quarter and report findings to the Crime Standards Board", "DI Ford",
         "Completed", "100%", "Q1 dip sample done", "2023-06-30", "HMI-2022-PEEL-05", "AFI"],  # 13
        ["HMI-2022-PEEL-11", "Control room resourcing", "HMICFRS ref 14772 – " + CONTROL_ROOM,
         "Ch Supt Lowe", "In Progress", "40%", "Demand review commissioned", "2024-09-30", None,
         "AFI"],                                                                        # 14
    ])


def test_heading_records_set_the_report_and_are_not_items(tmp_path):
    """A report's own record (code, short name, "– published June 2016", no status or type)
    names the report for the rows below it; it is explained, not an item."""
    side = load_side(_tracker(tmp_path / "tracker.csv"), "force")
    skipped = dict(zip(side.skipped["row"], side.skipped["reason"], strict=True))
    assert skipped[5].startswith("report heading record")
    assert skipped[7].startswith("report heading record")
    items = side.items.set_index("row")
    assert 5 not in items.index and 7 not in items.index
    assert "National Child Protection Inspection" in items.loc[6, "report"]
    assert items.loc[6, "published"] == "June 2016"
    assert "PEEL Assessment 2021/22" in items.loc[8, "report"]


def test_managed_by_is_the_owner_and_the_latest_note_the_progress(tmp_path):
    side = load_side(_tracker(tmp_path / "tracker.csv"), "force")
    mapping = side.sheets[0].mapping
    assert mapping["owner"] == "Managed By"
    assert mapping["progress"] == "Latest Note"       # free text before "Progress %"
    assert mapping["parent"] == "Parent Code"
    assert mapping["local_ref"] == "Code"


def test_actions_under_a_parent_code_are_parts_of_their_item(tmp_path):
    """HMI-2022-PEEL-02.1 and .2 are actions of the vetting recommendation: parts of its
    split (one still open, so the item is not closeable), their own words kept as their
    progress. The recommendation's own row, filed under the cause of concern, stays an
    item of its own: HMICFRS lists a cause of concern's recommendations separately."""
    rec = reconcile_files(_list(tmp_path / "hmicfrs.xlsx"), _tracker(tmp_path / "tracker.csv"))
    lines = rec.items.set_index("force_row")
    for row in ("tracker.csv!9", "tracker.csv!10", "tracker.csv!11"):
        assert lines.loc[row, "hmicfrs_row"] == "Definitive list!4", row
        assert lines.loc[row, "category"] == "in_sync", row      # .2 still "Check Progress"
    assert lines.loc["tracker.csv!8", "hmicfrs_row"] == "Definitive list!3"
    assert lines.loc["tracker.csv!10", "force_progress"].startswith(
        "Recruit additional vetting officers")
    for row in ("tracker.csv!12", "tracker.csv!13"):
        assert lines.loc[row, "hmicfrs_row"] == "Definitive list!5", row


def test_a_reference_written_before_the_text_is_compared_with_the_lists(tmp_path):
    """"Ref 13736: The force should…" reads as the item's text; "HMICFRS ref 14772 – …"
    against item 14727 is a reference conflict a person must see, not a silent pair."""
    rec = reconcile_files(_list(tmp_path / "hmicfrs.xlsx"), _tracker(tmp_path / "tracker.csv"))
    lines = rec.items.set_index("force_row")
    assert lines.loc["tracker.csv!14", "hmicfrs_row"] == "Definitive list!6"
    assert lines.loc["tracker.csv!14", "category"] == "conflict"
    assert "14772 in the force's text" in lines.loc["tracker.csv!14", "flags"]
    assert "reference differs" not in lines.loc["tracker.csv!12", "flags"]


def test_cancelled_is_the_force_closing_it_and_check_progress_is_open(tmp_path):
    rec = reconcile_files(_list(tmp_path / "hmicfrs.xlsx"), _tracker(tmp_path / "tracker.csv"))
    lines = rec.items.set_index("force_row")
    assert lines.loc["tracker.csv!6", "category"] == "in_sync"     # Complete vs Cancelled
    assert lines.loc["tracker.csv!6", "force_state"] == "done"
    assert lines.loc["tracker.csv!11", "force_state"] == "open"


def test_a_register_reference_written_at_the_end_of_a_text_is_compared_too(tmp_path):
    """A Planner task's description ends "HMICFRS ref: 14772" (the force's slip for 14727):
    a reference conflict, as when the number is written before the text."""
    path = tmp_path / "tracker.csv"
    _csv(path, [["HMI-2022-PEEL-11", "Control room resourcing", CONTROL_ROOM
                 + "\nHMICFRS ref: 14772", "Ch Supt Lowe", "In Progress", "40%",
                 "Demand review commissioned", "2024-09-30", None, "AFI"]])
    rec = reconcile_files(_list(tmp_path / "hmicfrs.xlsx"), path)
    line = rec.items.set_index("force_row").loc["tracker.csv!5"]
    assert line["hmicfrs_row"] == "Definitive list!6" and line["category"] == "conflict"
    assert "14772 in the force's text" in line["flags"]
