"""Layouts met in the eighth round of cases built by other hands: a tracker kept over several
committee cycles by adding a RAG and an update column per meeting; a tracker kept like a Word
document (report, labelled item and update in one cell); a PCC's published response table
(carried-forward rows) against a list whose "Force" is "All forces (national)" for national
items; and a Planner task with a title and no description. Each test failed on the code
before it.

Texts are real public HMICFRS texts (Stolen freedom, 2017; Targeting the risk, 2015; PEEL
2018/19 and 2021/22; Open Government Licence); trackers, statuses, owners and register
numbers are invented.
"""

from __future__ import annotations

from datetime import datetime

import pandas as pd
import pytest
from builders import FIREARMS, MSHT_INTEL, MSHT_NRM, PEEL19, SF, WORKLOAD, write_xlsx

from reconcile import reconcile_files
from reconcile.load import load_side
from reconcile.load.incell import read_cell
from reconcile.load.periods import period

FRAUD = "The force should improve its understanding of the nature and scale of fraud in its area."
PEEL21 = "PEEL: Police effectiveness, efficiency and legitimacy 2021/22"


def _list(path, *, force_column: bool = False):
    """Two Stolen freedom recommendations, a PEEL 2018/19 one and a PEEL 2021/22 AFI, all
    open on HMICFRS's side."""
    rows = [
        [7001, SF, datetime(2017, 10, 24), "National recommendation", MSHT_INTEL],
        [7002, SF, datetime(2017, 10, 24), "National recommendation", MSHT_NRM],
        [10810, PEEL19, datetime(2019, 5, 2), "Recommendation", WORKLOAD],
        [14620, PEEL21, datetime(2022, 5, 20), "Area for improvement", FRAUD],
    ]
    header = ["URN", "Inspection title", "Published", "Type", "Text", "HMICFRS status"]
    if force_column:
        header.insert(1, "Force")
        for row in rows:
            row.insert(1, "All forces (national)" if row[0] < 8000 else "Gloucestershire Constabulary")
    return write_xlsx(path, {"Recommendations": [
        ["HMICFRS recommendations – Gloucestershire Constabulary"], [], header,
        *[[*row, "Being progressed"] for row in rows]]})


def test_one_rag_column_per_committee_the_latest_filled_is_the_status(tmp_path):
    """A RAG and an update column added per committee ("RAG Mar 2022" … "RAG Dec 2022"):
    each row's status is the latest RAG it has (done items stop being updated; a row
    re-opened in December is open again), its progress the latest update."""
    h = _list(tmp_path / "hmicfrs.xlsx")
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["West Mercia Police – HMICFRS recommendations tracker"],
        ["Key: RED off track | AMBER in progress | GREEN implemented | BLUE signed off"],
        [],
        ["No.", "Report", "Recommendation / AFI", "Lead", "Update Mar 2022", "RAG Mar 2022",
         "Update Jun 2022", "RAG Jun 22", "Sep 2022 update", "RAG Sep 2022"],
        [1, "Stolen Freedom", MSHT_INTEL, "DI Ford", "ISAs drafted", "AMBER",
         "ISAs signed", "GREEN"],                                                         # 5
        [2, "Stolen Freedom", MSHT_NRM, "DI Ford", "NRM training booked", "GREEN"],         # 6
        [3, "PEEL 2018/19", WORKLOAD, "Det Ch Supt", "Review under way", "AMBER",
         "Review done", "GREEN", "Re-opened: workload review to be repeated", "AMBER"],    # 7
        [4, "PEEL 2021/22", FRAUD, "DCI Shah", None, None, None, None,
         "Fraud profile commissioned", "RED"],                                             # 8
    ]})
    side = load_side(f, "force")
    assert side.sheets[0].mapping["status"] == "RAG Sep 2022"
    assert "status read from the latest of 'RAG Mar 2022', 'RAG Jun 22', 'RAG Sep 2022'" \
        in side.sheets[0].note
    lines = reconcile_files(h, f).items.set_index("force_row")
    assert lines.loc["Tracker!5", "force_status"] == "GREEN"
    assert lines.loc["Tracker!5", "category"] == "closeable_submit"
    assert lines.loc["Tracker!6", "category"] == "closeable_submit"     # GREEN since March
    assert lines.loc["Tracker!7", "category"] == "in_sync"              # re-opened
    assert lines.loc["Tracker!8", "category"] == "in_sync"


@pytest.mark.parametrize(("heading", "when"), [
    ("RAG Mar 2022", (2022, 3, 0)), ("RAG Jun 22", (2022, 6, 0)),
    ("Sep 2022 update", (2022, 9, 0)), ("Status Q3 2022/23", (2022, 9, 0)),
    ("Position at 31/03/2023", (2023, 3, 31)), ("RAG 2021", (2021, 0, 0)),
    ("RAG", None), ("Update", None)])
def test_the_period_a_heading_names(heading, when):
    assert period(heading) == when


def test_a_tracker_kept_like_a_word_document_one_cell_per_item(tmp_path):
    """"Detail" holds the report and its date on the first line, the labelled item below, and
    an "Update (…):" paragraph after it, under a heading row that names no report: the first
    line is the report, the update the progress, and a blank "Position" whose latest update
    says the action is complete is done."""
    h = _list(tmp_path / "hmicfrs.xlsx")
    f = write_xlsx(tmp_path / "tracker.xlsx", {"HMICFRS Tracker": [
        ["Warwickshire Police – HMICFRS recommendations register"],
        [],
        ["Ref", "Detail", "Owner", "Position"],
        ["NATIONAL / THEMATIC REPORTS (ALL FORCES)"],                                     # 4
        ["SF2", "Stolen Freedom: the policing response to MSHT – published 24 October 2017\n"
         "Rec 2 – " + MSHT_INTEL + "\nUpdate (Jan 2023): ISAs in place with the local "
         "authorities.", "DI Ford", "Open - Actions on going on track"],                   # 5
        ["SF3", "Stolen Freedom – published 24 October 2017\nRec 3 – " + MSHT_NRM
         + "\nUpdate (Mar 2019): NRM training delivered to all officers. This action is "
         "now complete.", "DI Ford", None],                                                # 6
        ["WARWICKSHIRE INSPECTIONS"],
        ["WK/19/01", "PEEL 2018/19 – Warwickshire (published 2 May 2019)\nRecommendation 1 – "
         + WORKLOAD, "Det Ch Supt", "In progress"],                                        # 8
        ["WK/22/01", "PEEL 2021/22 – published May 2022\nAFI 1: " + FRAUD, "DCI Shah",
         "In progress"],                                                                   # 9
    ]})
    items = load_side(f, "force").items.set_index("row_id")
    assert items.loc["HMICFRS Tracker!5", "report"].startswith("Stolen Freedom: the policing")
    assert items.loc["HMICFRS Tracker!5", "text"] == "Rec 2 – " + MSHT_INTEL
    assert items.loc["HMICFRS Tracker!5", "progress"].startswith("Update (Jan 2023)")
    assert items.loc["HMICFRS Tracker!6", "status"].startswith("Complete (the update says")
    lines = reconcile_files(h, f).items.set_index("force_row")
    assert lines.loc["HMICFRS Tracker!5", "category"] == "in_sync"       # no report conflict
    assert lines.loc["HMICFRS Tracker!6", "category"] == "closeable_submit"
    assert lines.loc["HMICFRS Tracker!8", "category"] == "in_sync"


@pytest.mark.parametrize("cell", [
    "The force should improve X.\nIt should also do Y by 2019.",          # two sentences
    "Within six months, forces should:\n• review their plans;\n• publish them.",
])
def test_a_text_of_several_lines_is_left_whole(cell):
    item = {"text": cell}
    read_cell(item)
    assert item == {"text": cell}


@pytest.mark.parametrize("update", [
    "Update (Sep 2017): DASH audit in place; further dip sampling planned.",
    "Update: work is not yet complete.",
    "Update (May 2023): will be closed once the audit reports.",
])
def test_an_update_that_does_not_say_finished_leaves_no_status(tmp_path, update):
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["Ref", "Detail", "Owner", "Position"],
        ["SF3", "Stolen Freedom – published 24 October 2017\nRec 3 – " + MSHT_NRM + "\n"
         + update, "DI Ford", None]]})
    assert pd.isna(load_side(f, "force").items["status"].iloc[0])


def test_national_items_listed_for_all_forces_are_the_forces_too(tmp_path):
    """The list's "Force" column says "All forces (national)" on national items and the force's
    name on its own: the national items are held against this force too, not dropped. A row
    "Carried forward to 2023-24" is open, not an unknown word."""
    h = _list(tmp_path / "hmicfrs.xlsx", force_column=True)
    f = write_xlsx(tmp_path / "tracker.xlsx", {"2022-23": [
        ["Inspection", "Date of report", "HMICFRS recommendation / AFI",
         "Chief Constable's response", "Status"],
        [SF, "24/10/2017", MSHT_INTEL, "Information-sharing agreements signed", "Complete"],
        [SF, "24/10/2017", MSHT_NRM, "NRM training under way", "Carried forward to 2023-24"],
        ["PEEL 2021/22", "20/05/2022", FRAUD, "Fraud profile commissioned", "In progress"],
    ]})
    rec = reconcile_files(h, f)
    assert len(rec.items[rec.items["hmicfrs_row"].notna()]) == 4
    lines = rec.items.set_index("force_row")
    assert lines.loc["2022-23!2", "category"] == "closeable_submit"
    assert lines.loc["2022-23!3", "category"] == "in_sync"
    assert not any("Carried forward" in note for note in rec.status_notes)


def test_a_planner_task_with_a_title_and_no_description(tmp_path):
    """Planner's "Description" is the text; a task whose description was never filled in has
    its "Task Name" as its text, not the task above's description carried down."""
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Register": [
        ["Reference", "Report", "Date published", "Type", "Recommendation", "Status"],
        [7001, SF, datetime(2017, 10, 24), "National recommendation", MSHT_INTEL,
         "Being progressed"],
        [5531, "Targeting the risk", datetime(2015, 9, 15), "National recommendation",
         FIREARMS, "Being progressed"],
    ]})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tasks": [
        ["Task ID", "Task Name", "Bucket Name", "Progress", "Assigned To", "Description"],
        ["a1", "SF rec 3 – information sharing", "Stolen freedom", "Completed", "DI Ford",
         MSHT_INTEL],                                                                       # 2
        ["a2", FIREARMS, "Targeting the risk", "In progress", "Supt Firearms", None],        # 3
    ]})
    side = load_side(f, "force")
    assert side.items.set_index("row_id").loc["Tasks!3", "text"] == FIREARMS
    assert "has no 'Description': its 'Task Name' is read as the text" in side.sheets[0].note
    lines = reconcile_files(h, f).items.set_index("force_row")
    assert str(lines.loc["Tasks!3", "hmicfrs_ref"]) == "5531"
    assert lines.loc["Tasks!3", "category"] == "in_sync"


def _struck_tracker(path, strike_rows: set[int]):
    """A tracker written with openpyxl, the rows in `strike_rows` struck through whole (the
    RAG left as it was, as forces do)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    rows = [["Ref", "Report", "Recommendation", "RAG", "Comments"],
            [7001, "Stolen freedom", MSHT_INTEL, "Amber", "ISAs with two councils signed"],
            [7002, "Stolen freedom", MSHT_NRM, "Amber", "SUPERSEDED – agreed at FEB"],
            [10810, "PEEL 2018/19", WORKLOAD, "Green", "Review complete"]]
    for r, row in enumerate(rows, start=1):
        ws.append(row)
        if r in strike_rows:
            for cell in ws[r]:
                cell.font = Font(strike=True)
    wb.save(path)
    return path


def test_a_struck_through_row_is_done_whatever_its_rag_says(tmp_path):
    """A force strikes out an item it has closed or superseded rather than delete the row,
    often leaving its RAG as it was: the row is done, and its status says why."""
    h = _list(tmp_path / "hmicfrs.xlsx")
    f = _struck_tracker(tmp_path / "tracker.xlsx", {3})
    side = load_side(f, "force")
    status = side.items.set_index("row_id")["status"]
    assert status["Tracker!3"] == "Done (struck through; the status says 'Amber')"
    assert status["Tracker!2"] == "Amber"
    assert "row 3 is struck through: read as done" in side.sheets[0].note
    lines = reconcile_files(h, f).items.set_index("force_row")
    assert lines.loc["Tracker!3", "category"] == "closeable_submit"
    assert lines.loc["Tracker!2", "category"] == "in_sync"


def test_a_workbook_with_no_struck_font_reads_no_sheet_styles_for_it(tmp_path):
    """Most trackers strike nothing: asking costs no read of a sheet's cell styles."""
    from reconcile.load.xlsx import read_xlsx

    f = _struck_tracker(tmp_path / "tracker.xlsx", set())
    grid = read_xlsx(f)[0]
    assert not grid.styles.strike(3, 3)
    assert grid.styles._ids is None


def test_a_cell_whose_report_line_says_as_above_takes_the_report_above():
    """"Stolen Freedom – as above" over "Recommendation 1 (part 2 of 2) – …": the item's report
    is the one of the item above, not the section heading the sheet gives the rows."""
    above = {"report": "Stolen Freedom: the policing response to MSHT – published 24 October 2017"}
    item = {"text": "Stolen Freedom – as above\nRecommendation 1 (part 2 of 2) – effective "
                    "partnership arrangements to co-ordinate activity\nUpdate (Jan 2023): "
                    "Regional MSHT partnership meeting set up."}
    read_cell(item, above)
    assert item["report"] == above["report"]
    assert item["text"].startswith("Recommendation 1 (part 2 of 2)")
    assert item["progress"] == "Update (Jan 2023): Regional MSHT partnership meeting set up."


def test_a_response_saying_the_item_is_not_the_forces_is_done(tmp_path):
    """A PCC's response table: "Chief Constable's response" is the progress (beside a shorter
    "PCC comment"); a row with no status whose response says the recommendation is not for
    the force, or names the body it is for, is done (City of London's WHITE)."""
    h = _list(tmp_path / "hmicfrs.xlsx")
    f = write_xlsx(tmp_path / "tracker.xlsx", {"2021-22": [
        ["Inspection", "Date of report", "HMICFRS recommendation / AFI",
         "Chief Constable's response", "PCC comment", "Status"],
        [SF, "24/10/2017", MSHT_INTEL, "This recommendation is not for the force. The "
         "College of Policing leads.", None, None],
        [SF, "24/10/2017", MSHT_NRM, "NRM training is being rolled out to all officers.",
         "Noted", "In progress"],
        ["PEEL 2021/22", "20/05/2022", FRAUD, "Fraud profile commissioned.", None,
         "In progress"],
        ["PEEL 2018/19", "02/05/2019", WORKLOAD, "Workload review under way.", None,
         "In progress"],
    ]})
    side = load_side(f, "force")
    assert side.sheets[0].mapping["progress"] == "Chief Constable's response"
    status = side.items.set_index("row_id")["status"]
    assert status["2021-22!2"] == ("Not for the force (the update says: 'This recommendation "
                                   "is not for the force')")
    lines = reconcile_files(h, f).items.set_index("force_row")
    assert lines.loc["2021-22!2", "category"] == "closeable_submit"
    assert lines.loc["2021-22!3", "category"] == "in_sync"


def test_an_item_carried_forward_to_next_years_sheet_is_one_item(tmp_path):
    """A PCC's table carries an open item from the 2022-23 sheet to the 2023-24 one, shorter:
    the older row says "Carried forward to 2023-24" and the newer holds the status. Both rows
    are the item's; the newer row's GREEN decides (closeable), the older's words are no
    status of their own."""
    h = _list(tmp_path / "hmicfrs.xlsx")
    header = ["Inspection", "Date of report", "HMICFRS recommendation / AFI",
              "Chief Constable's response", "Status"]
    f = write_xlsx(tmp_path / "tracker.xlsx", {
        "2022-23": [header,
                    [SF, "24/10/2017", MSHT_INTEL, "ISAs in draft", "Carried forward to 2023-24"],
                    [SF, "24/10/2017", MSHT_NRM, "NRM training in place", "Complete"]],
        "2023-24": [header,
                    ["Stolen freedom 2017 (carried forward)", None, "Rec 3 – Within 6 months have "
                     "active information-sharing agreements with other agencies to share "
                     "intelligence and safeguard victims", "ISAs signed", "GREEN"],
                    ["PEEL 2021/22", "20/05/2022", FRAUD, "Fraud profile commissioned",
                     "AMBER"]]})
    lines = reconcile_files(h, f).items
    mine = lines[lines["hmicfrs_row"] == "Recommendations!4"].set_index("force_row")
    assert set(mine.index) == {"2022-23!2", "2023-24!2"}
    assert set(mine["category"]) == {"closeable_submit"}
    assert "carried this item forward" in mine.loc["2023-24!2", "flags"]


@pytest.mark.parametrize("update", ["Closed meeting held with partners on 3 May.",
                                    "Implemented a new triage process in March; more to do."])
def test_a_completion_word_that_does_not_end_its_sentence_says_nothing(tmp_path, update):
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["Ref", "Detail", "Owner", "Position"],
        ["SF3", "Stolen Freedom – published 24 October 2017\nRec 3 – " + MSHT_NRM + "\n"
         "Update (May 2023): " + update, "DI Ford", None]]})
    assert pd.isna(load_side(f, "force").items["status"].iloc[0])
