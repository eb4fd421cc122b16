"""Layouts met in round 109 of other hands' cases (tests/eval/other_hands) and the gaps left by
round 108: rows pasted under a tracker from a OneDrive conflict copy with their own header,
one column wider, and a record in both blocks whose copy updated last says where it stands.
Each test fails on b003a18 unless marked a guard.

Texts are real public HMICFRS texts (Open Government Licence); trackers and owners are invented.
"""

from __future__ import annotations

from datetime import datetime

import pandas as pd
from builders import write_xlsx
from openpyxl import load_workbook
from openpyxl.styles import PatternFill

from reconcile import reconcile_files
from reconcile.casegen.texts.national import NATIONAL
from reconcile.load import load_side

SF, SF_DATE, SF_ITEMS = NATIONAL["stolen"]
DUP, DUP_DATE, DUP_ITEMS = NATIONAL["powers"]
FA, FA_DATE, FA_ITEMS = NATIONAL["firearms"]


def _got(rec):
    return {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}


def _list(path, items):
    rows = [["Recommendation ID", "Report title", "Publication date", "Type", "Recommendation",
             "Status"]]
    for ref, (report, date, text, status) in items.items():
        rows.append([ref, report, datetime(*date), "Recommendation", text, status])
    return write_xlsx(path, {"Recommendations": rows})


# --- a OneDrive conflict copy pasted under the table ---------------------------------------

MAIN = ["Track No.", "HMICFRS Ref", "Report", "Date Pub", "Type",
        "Recommendation / AFI (as per report)", "Portfolio", "Lead", "Progress update", "RAG",
        "Date sent to FLL", "Last updated"]
#: The laptop's copy had "Sign-off lead" inserted after "Lead": RAG is a column further right.
PASTED = [*MAIN[:8], "Sign-off lead", *MAIN[8:]]


def _conflict_tracker(path, colour_only=False):
    """Main block (rows 4-8), a banner, the conflict copy's header (row 11) and rows 12-14."""
    s1, s2, s3 = (SF_ITEMS[i][1] for i in range(3))
    d1, d2 = (DUP_ITEMS[i][1] for i in range(2))
    rows = [
        ["HMICFRS Recommendations Tracker v7"], ["Last full review 12/03/2021"], [],
        MAIN,
        [16, 8410, "Stolen freedom", "24/10/2017", "National Rec", s1, "Crime", "DCI Khan",
         "Guidance issued; dip sample due.", "Amber", None, datetime(2021, 4, 8)],
        [17, 8411, "Stolen freedom", "24/10/2017", "National Rec", s2, "Crime", "DCI Khan",
         "Training plan drafted.", "Amber", None, datetime(2021, 3, 2)],
        [18, 8412, "Stolen freedom", "24/10/2017", "National Rec", s3, "Crime", "DCI Khan",
         "Evidence pack returned by Assurance Board 01/06.", "Amber", None,
         datetime(2021, 6, 3)],
        [40, 8501, "Disproportionate use of police powers", "Feb-21", "National Rec", d1,
         "Ops", "Supt Ward", "Scrutiny panel terms of reference drafted.", "Amber", None,
         datetime(2021, 5, 1)],
        [], ["SM to check against above before JAC (rows from the laptop copy)"],
        PASTED,
        [16, 8410, "Stolen freedom", "24/10/2017", "National Rec", s1, "Crime", "DCI Khan",
         "ACC Ellis", "s45 guidance agreed with CPS; NCALT input delivered May 21. Complete.",
         "Green", "21/05/2021", datetime(2021, 5, 20)],
        [18, 8412, "Stolen freedom", "24/10/2017", "National Rec", s3, "Crime", "DCI Khan",
         "ACC Ellis", "Evidence pack to Assurance Board.", "Green", "25/05/2021",
         datetime(2021, 5, 25)],
        [41, 8502, "Disproportionate use of police powers", "Feb-21", "National Rec", d2, "Ops",
         "Supt Ward", "ACC Ellis", "BWV dip sampling monthly; results to panel.", "Red", None,
         datetime(2021, 5, 27)],
    ]
    if colour_only:          # the pasted block's RAG kept as the cell's colour alone
        for r in rows[11:]:
            r[10] = None
    write_xlsx(path, {"Tracker": rows})
    if colour_only:
        wb = load_workbook(path)
        ws = wb["Tracker"]
        for r, rgb in ((12, "FF00B050"), (13, "FF00B050"), (14, "FFFF0000")):
            ws.cell(row=r, column=11).fill = PatternFill("solid", fgColor=rgb)
        wb.save(path)
    return path


def _conflict_list(path):
    return _list(path, {
        8410: (SF, SF_DATE, SF_ITEMS[0][1], "Being progressed"),
        8411: (SF, SF_DATE, SF_ITEMS[1][1], "Being progressed"),
        8412: (SF, SF_DATE, SF_ITEMS[2][1], "Being progressed"),
        8501: (DUP, DUP_DATE, DUP_ITEMS[0][1], "Being progressed"),
        8502: (DUP, DUP_DATE, DUP_ITEMS[1][1], "Being progressed"),
    })


def test_rows_under_a_second_header_a_column_wider_are_read_by_their_own_headings(tmp_path):
    side = load_side(_conflict_tracker(tmp_path / "t.xlsx"), "force")
    it = side.items.set_index("row")
    # Under row 4's headings the RAG of row 14 would be its progress update.
    assert it.loc[14, "status"] == "Red"
    assert it.loc[14, "progress"] == "BWV dip sampling monthly; results to panel."
    assert it.loc[6, "status"] == "Amber"
    assert 11 not in set(side.items["row"])
    (sheet,) = side.sheets
    assert "row 11 is a header again" in sheet.note and "another copy" in sheet.note
    assert "'Sign-off lead'" in sheet.note


def test_a_rag_kept_as_colour_moves_with_the_cells_under_a_second_header(tmp_path):
    side = load_side(_conflict_tracker(tmp_path / "t.xlsx", colour_only=True), "force")
    it = side.items.set_index("row")
    assert it.loc[14, "status"] == "Red (cell colour)"
    assert it.loc[12, "status"] == "Green (cell colour)"
    # ... and the copy last updated decides once every row has its status: row 5 (08/04)
    # takes row 12's green (20/05); row 13 (25/05) row 7's Amber (03/06).
    assert (it.loc[5, "status"], it.loc[13, "status"]) == ("Green (cell colour)", "Amber")


def test_a_record_in_both_blocks_reads_as_the_copy_last_updated(tmp_path):
    rec = reconcile_files(_conflict_list(tmp_path / "l.xlsx"),
                          _conflict_tracker(tmp_path / "t.xlsx"))
    got = _got(rec)
    # 8410: Amber 08/04, Green 20/05 below -> done, both rows.
    assert got[("Recommendations!2", "Tracker!5")] == "closeable_submit"
    assert got[("Recommendations!2", "Tracker!12")] == "closeable_submit"
    # 8412: Green 25/05 below, but Amber 03/06 above (the pack came back) -> open, both rows.
    assert got[("Recommendations!4", "Tracker!7")] == "in_sync"
    assert got[("Recommendations!4", "Tracker!13")] == "in_sync"
    assert got[("Recommendations!6", "Tracker!14")] == "in_sync"
    assert "status of the copy last changed ('Last updated')" in rec.force.sheets[0].note


def test_one_wording_under_two_reports_is_two_items_not_two_copies(tmp_path):
    """Guard (passes on b003a18): a recurring action filed under two reports, each with its own
    status and date, keeps its own status."""
    wording = FA_ITEMS[0][1]
    tracker = write_xlsx(tmp_path / "t.xlsx", {"Tracker": [
        ["Report", "Recommendation", "RAG", "Last updated"],
        [FA, wording, "Green", datetime(2019, 1, 4)],
        ["Targeting the risk (revisit 2018)", wording, "Amber", datetime(2020, 2, 1)],
    ]})
    it = load_side(tracker, "force").items.set_index("row")
    assert (it.loc[2, "status"], it.loc[3, "status"]) == ("Green", "Amber")


# --- a list whose texts were cut at 255 characters; the force's "19a", "19b", "19c" ----------

LEG, LEG_DATE, LEG_ITEMS = NATIONAL["leg17"]


def test_siblings_of_a_row_paired_on_the_reference_join_its_item_cut_at_255(tmp_path):
    """The list's text stops at 255 characters, inside the first bullet; the force tracks the
    three bullets as 19a (with the HMICFRS id), 19b and 19c. 19b and 19c hold words the cut
    list never shows: their numbering puts them with 19a's item all the same."""
    monitor, disparity = LEG_ITEMS[1][1], LEG_ITEMS[2][1]
    hmicfrs = _list(tmp_path / "l.xlsx", {
        8567: (LEG, LEG_DATE, monitor[:255], "Being progressed"),
        8568: (LEG, LEG_DATE, disparity, "Being progressed"),
        9301: (DUP, DUP_DATE, DUP_ITEMS[4][1], "Being progressed"),
    })
    tracker = write_xlsx(tmp_path / "t.xlsx", {"Tracker": [
        ["No.", "HMICFRS Ref", "Report", "Recommendation", "RAG", "Update"],
        ["19a", 8567, "PEEL Legitimacy 2017 (national)",
         "By July 2018 regularly & frequently monitor S&S data to understand the reasons for "
         "any disproportionate representation of different ethnic groups", "GREEN",
         "Monthly S&S scrutiny report to Ops Board."],
        ["19b", None, "PEEL Legitimacy 2017 (national)",
         "... the extent to which find rates differ between ethnicities and across types of "
         "search (incl. drug possession v supply)", "GREEN", "Find rates in the same report."],
        ["19c", None, "PEEL Legitimacy 2017 (national)",
         "... prevalence of possession-only drug searches & extent these align with local / "
         "force priorities", "AMBER", "Analyst capacity agreed; first cut due Q3."],
        ["20", 8568, "PEEL Legitimacy 2017 (national)", disparity, "AMBER", "Panel to review."],
        ["21", 9301, "Disproportionate use (spotlight)", DUP_ITEMS[4][1], "AMBER", ""],
    ]})
    got = _got(reconcile_files(hmicfrs, tracker))
    assert got[("Recommendations!2", "Tracker!2")] == "in_sync"
    assert got[("Recommendations!2", "Tracker!3")] == "in_sync"
    assert got[("Recommendations!2", "Tracker!4")] == "in_sync"
    assert got[("Recommendations!3", "Tracker!5")] == "in_sync"
    assert not any(h != h or h is None for h, f in got if f in ("Tracker!3", "Tracker!4"))


# --- the list as a data warehouse's history table (type 2: a row per version) ---------------

DW_HEAD = ["RecommendationSK", "HMICFRS_RecID", "ReportTitle", "PublishedDate", "RecType",
           "RecText", "RecStatus", "ValidFrom", "ValidTo", "IsCurrent", "IsDeleted",
           "LoadBatchID"]


def _warehouse(path):
    """SSMS's grid pasted into Excel: every value text, NULL for none. 8410 closed then
    re-opened; 8411 deleted at source (its current row a tombstone); 8412 end-dated with no
    current row (a duplicate removed); 8501 and 8502 one version each."""
    s1, s2, s3 = (SF_ITEMS[i][1] for i in range(3))
    d1, d2 = (DUP_ITEMS[i][1] for i in range(2))

    def row(sk, rid, report, pub, text, status, start, end, cur, deleted, batch):
        return [str(sk), str(rid), report, pub, "recommendation" if batch < 1019 else
                "Recommendation", text if batch >= 1019 else text[:255], status, start, end,
                str(cur), str(deleted), str(batch)]
    rows = [DW_HEAD,
            row(30001, 8410, SF, "2017-10-24", s1, "being-progressed", "2021-04-05",
                "2022-10-02", 0, 0, 1001),
            row(30040, 8410, SF, "2017-10-24", s1, "Complete", "2022-10-03", "2023-06-04",
                0, 0, 1019),
            row(30077, 8410, SF, "2017-10-24", s1, "Being progressed", "2023-06-05",
                "9999-12-31", 1, 0, 1027),
            row(30002, 8411, SF, "2017-10-24", s2, "being-progressed", "2021-04-05",
                "2023-02-05", 0, 0, 1001),
            row(30062, 8411, SF, "2017-10-24", s2, "Being progressed", "2023-02-06",
                "9999-12-31", 1, 1, 1024),
            row(30003, 8412, SF, "2017-10-24", s3, "awaiting-review", "2021-04-05",
                "2022-06-05", 0, 0, 1001),
            row(30004, 8501, DUP, "2021-02-26", d1, "being-progressed", "2021-04-05",
                "2022-10-02", 0, 0, 1001),
            row(30041, 8501, DUP, "2021-02-26", d1, "Being progressed", "2022-10-03",
                "9999-12-31", 1, 0, 1019),
            row(30042, 8502, DUP, "2021-02-26", d2, "Complete", "2022-10-03", "9999-12-31",
                1, 0, 1019),
            ]
    return write_xlsx(path, {"ReadMe": [["dw.DimHMICFRSRecommendation: every version of every "
                                         "record; IsCurrent = 1 is the record now."]],
                             "DimHMICFRSRecommendation": rows})


def test_a_warehouse_history_table_is_read_by_its_current_live_rows(tmp_path):
    side = load_side(_warehouse(tmp_path / "l.xlsx"), "hmicfrs")
    got = {str(r.ref): (r.row, r.status) for r in side.items.itertuples()}
    # The reference is "HMICFRS_RecID" (a warehouse's name: "HMICFRS_" then "RecID").
    assert got == {"8410": (4, "Being progressed"), "8501": (9, "Being progressed"),
                   "8502": (10, "Complete")}
    why = dict(zip(side.skipped["row"], side.skipped["reason"], strict=True))
    assert why[2].startswith("an earlier version of the item on DimHMICFRSRecommendation!4")
    assert "deleted" in why[6]                       # the tombstone
    assert "no current version" in why[5]            # 8411's last live version
    assert "no current version" in why[7]            # 8412: end-dated, never current


def test_a_duty_from_a_month_is_a_timescale_two_rows_can_disagree_on(tmp_path):
    from reconcile.normalise.deadlines import timescales
    publish = LEG_ITEMS[3][1]          # "… on an annual basis, from July 2018."
    assert timescales(publish) == ("from july 2018",)
    assert timescales("incidents from April 2016 to March 2017 were reviewed") == ()
    hmicfrs = _list(tmp_path / "l.xlsx", {
        8566: (LEG, LEG_DATE, publish, "Being progressed"),
        8567: (LEG, LEG_DATE, LEG_ITEMS[4][1], "Being progressed"),
    })
    tracker = write_xlsx(tmp_path / "t.xlsx", {"Tracker": [
        ["Ref", "Report", "Recommendation", "RAG"],
        [8566, "PEEL Legitimacy 2017", publish.replace("2018", "2019"), "Amber"],
        [8567, "PEEL Legitimacy 2017", LEG_ITEMS[4][1], "Amber"],
    ]})
    rec = reconcile_files(hmicfrs, tracker)
    got = _got(rec)
    assert got[("Recommendations!2", "Tracker!2")] == "conflict"
    assert got[("Recommendations!3", "Tracker!3")] == "in_sync"


# --- the liaison lead's SharePoint list, exported with its folders --------------------------

ROOT = "sites/HMICFRSMonitoring/Lists/Force Recommendations/West Mercia Police"


def _folder_list(path):
    """"Export to Excel" of a list kept in folders: a report's folder, its "Closed" sub-folder
    (the status not updated when an item is moved there), a national report under "National",
    and items migrated from the old register into an archive folder with only their title
    and the register's closing comment."""
    s1, s2 = SF_ITEMS[0][1], SF_ITEMS[1][1]
    d1, d2 = DUP_ITEMS[0][1], DUP_ITEMS[1][1]
    head = ["ID", "Title", "Finding Type", "Recommendation Text", "HMICFRS Status",
            "Closure Note", "Register Ref", "Modified By", "Item Type", "Path"]
    return write_xlsx(path, {"owssvr": [
        ["Items in a 'Closed' folder were closed at the liaison meeting on 15/02/2024."],
        [],
        head,
        [1, f"{FA} - {FA_ITEMS[0][1]}"[:255], None, None, None,
         "This recommendation is complete", 6102, "SP Migration Account", "Item",
         f"{ROOT}/Archive (pre-2018 register)"],
        [2, f"{FA} - {FA_ITEMS[1][1]}"[:255], None, None, None,
         "This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
         "inspections.", 6103, "SP Migration Account", "Item",
         f"{ROOT}/Archive (pre-2018 register)"],
        [7, "MSHT R1 - victims and s45", "National recommendation", s1, "Being progressed",
         None, 8410, "Midlands FLL", "Item", f"{ROOT}/National/Stolen freedom 2017/Closed"],
        [8, "MSHT R2 - training", "National recommendation", s2, "Being progressed", None,
         8411, "Midlands FLL", "Item", f"{ROOT}/National/Stolen freedom 2017"],
        [9, "DUP R1 - BWV", "National recommendation", d1, "Being progressed", None, 8501,
         "Midlands FLL", "Item", f"{ROOT}/National/Disproportionate use of powers 2021"],
        [10, "DUP R2 - comms skills", "National recommendation", d2, "Complete",
         "This recommendation is complete", 8502, "Midlands FLL", "Item",
         f"{ROOT}/National/Disproportionate use of powers 2021/Closed"],
    ]})


def test_a_list_kept_in_folders_reads_report_and_closure_from_the_path(tmp_path):
    side = load_side(_folder_list(tmp_path / "l.xlsx"), "hmicfrs")
    it = side.items.set_index("row")
    # The closing folder below a report's folder closes the item its status left open.
    assert it.loc[6, "status"].startswith("Closed (in the folder 'Closed'")
    assert it.loc[7, "status"] == "Being progressed"
    # The report is the report's folder, not the whole path; an archive names none.
    assert it.loc[6, "report"] == "Stolen freedom 2017"
    assert it.loc[8, "report"] == "Disproportionate use of powers 2021"
    assert pd.isna(it.loc[4, "report"])
    # The migrated items: no status, the register's closing comment.
    assert it.loc[4, "status"].startswith("Complete (its comment:")
    assert it.loc[5, "status"].startswith("Superseded (its comment:")


def test_a_list_kept_in_folders_reconciles_with_a_tracker(tmp_path):
    tracker = write_xlsx(tmp_path / "t.xlsx", {"Tracker": [
        ["HMICFRS Ref", "Report", "Recommendation", "RAG"],
        [6102, "Targeting the risk 2015", FA_ITEMS[0][1], "Green"],
        [6103, "Targeting the risk 2015", FA_ITEMS[1][1], "Amber"],
        [8410, "Stolen Freedom (MSHT)", SF_ITEMS[0][1], "Amber"],
        [8411, "Stolen Freedom (MSHT)", SF_ITEMS[1][1], "Green"],
        [8501, "Disproportionate use (spotlight)", DUP_ITEMS[0][1], "Amber"],
        [8502, "Disproportionate use (spotlight)", DUP_ITEMS[1][1], "Green"],
    ]})
    got = _got(reconcile_files(_folder_list(tmp_path / "l.xlsx"), tracker))
    assert got == {("owssvr!4", "Tracker!2"): "in_sync", ("owssvr!5", "Tracker!3"):
                   "closeable_local", ("owssvr!6", "Tracker!4"): "closeable_local",
                   ("owssvr!7", "Tracker!5"): "closeable_submit",
                   ("owssvr!8", "Tracker!6"): "in_sync", ("owssvr!9", "Tracker!7"): "in_sync"}
