"""Layouts of the eighteenth session's rounds of cases built by other hands: a learning
register whose merged, duplicate and split entries point at other rows, an assurance board
known by its letters deciding beside the lead's status, a CSV export opened in Excel with
texts turned to #NAME?, a portal export filing items under report codes looked up on another
sheet, a CRM export giving each record's state beside its status reason, and a field guide
saying "Open" or "Closed" for each status. Each test failed on the commit before the reader
it tests (0a4f017).

Texts are real public HMICFRS texts (Stolen freedom 2017, PEEL 2023-25 areas for
improvement; Open Government Licence); trackers, statuses and owners are invented, the
force's own wording written as a force would.
"""

from __future__ import annotations

from datetime import datetime

import pandas as pd
from builders import (
    COUNTY,
    LEADERSHIP,
    MSHT_INTEL,
    MSHT_NRM,
    MSHT_PREVENT,
    OCSA,
    PEEL23,
    RASSO,
    SF,
    SOC,
    write_xlsx,
)

from reconcile import reconcile_files
from reconcile.normalise import ref_keys

SF_DATE, PEEL_DATE = datetime(2017, 10, 24), datetime(2024, 5, 14)
BULLETS = [b.strip("• ;\n").removesuffix(" and") for b in LEADERSHIP.split("\n")[1:]]


def _got(rec):
    return {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}


def _flags(rec, force_row):
    return " ".join(rec.items.loc[rec.items["force_row"] == force_row, "flags"].astype(str))


def _list(path, items):
    """A register export: (ref, report, published, type, text, status) per item."""
    header = ["Reference", "Report title", "Publication date", "Type", "Recommendation", "Status"]
    return write_xlsx(path, {"Recommendations": [header, *map(list, items)]})


# ------------------------------------------------- a register's rows pointing at other rows

def test_merged_duplicate_and_split_entries_take_the_status_of_the_rows_they_name(tmp_path):
    """An organisational learning register keeps every entry it ever made: one merged into
    another ("Merged" | OL-0205) takes that row's status, one entered twice ("Duplicate of
    OL-0202", itself Closed) is one more row of its master's item and open with it, and a
    split parent ("Split" | OL-0203a to OL-0203d) is done only when its sub-actions are,
    which are the parent's item's rows. A row with a status of its own whose note says where
    delivery goes on is no pointer. (Before: "Merged" and "Split" were unknown words counted
    as open, the duplicate and the sub-actions were rows "not on the HMICFRS list".)"""
    h = _list(tmp_path / "hmicfrs.xlsx", [
        (8411, SF, SF_DATE, "Recommendation", MSHT_INTEL, "Being progressed"),
        (8413, SF, SF_DATE, "Recommendation", MSHT_NRM, "Being progressed"),
        (8410, SF, SF_DATE, "Recommendation", LEADERSHIP, "Being progressed"),
        (8415, SF, SF_DATE, "Recommendation", MSHT_PREVENT, "Being progressed"),
        (14510, PEEL23, PEEL_DATE, "Area for improvement", RASSO, "Being progressed"),
        (14511, PEEL23, PEEL_DATE, "Area for improvement", OCSA, "Complete")])
    header = ["OL Ref", "Source document", "HMICFRS ref", "Learning / recommendation", "Owner",
              "Status", "Linked OL ref", "Latest update"]
    rows = [
        ["OL-0201", "Stolen Freedom 2017", 8411, MSHT_INTEL, "DCI Force CID", "Closed", None,
         "Information sharing agreement signed with the county council."],
        ["OL-0202", "Stolen Freedom 2017", 8413, MSHT_NRM, "DCI Force CID", "Open", None,
         "NRM first responder training 78% complete."],
        ["OL-0203", "Stolen Freedom 2017", 8410, LEADERSHIP, "Det Ch Supt", "Split",
         "OL-0203a to OL-0203d", "Split into four sub-actions, one per bullet."],
        *[[f"OL-0203{chr(97 + k)}", "Stolen Freedom 2017", None,
           f"MSHT leadership review ({chr(97 + k)}): {b}", "Det Ch Supt",
           "Closed – BAU" if k == 2 else "Closed", None, "Done."] for k, b in enumerate(BULLETS)],
        ["OL-0204", "PEEL 2023-25", 14510, RASSO, "Ch Supt PPU", "Merged", "OL-0205",
         "Same investigation standards work – tracked under OL-0205."],
        ["OL-0205", "PEEL 2023-25", 14511, OCSA, "Ch Supt PPU", "Closed", None,
         "POLIT uplift of two DCs in post."],
        ["OL-0206", "Modern slavery – Stolen Freedom", None, MSHT_NRM, "DCI Force CID",
         "Closed", "Duplicate of OL-0202", "Closed as duplicate."],
        ["OL-0207", "Stolen Freedom 2017", 8415, MSHT_PREVENT, "DCI Force CID", "Closed", None,
         "Prevention orders reviewed; delivery now tracked under OL-0202."],
    ]
    f = write_xlsx(tmp_path / "tracker.xlsx", {"OL Register": [
        ["Organisational Learning Register"], [], header, *rows]})
    rec = reconcile_files(h, f)
    got = _got(rec)
    reg = "OL Register!"
    assert got[("Recommendations!2", reg + "4")] == "closeable_submit"
    assert got[("Recommendations!3", reg + "5")] == "in_sync"
    # The duplicate: one more row of the NRM item, open with its master.
    assert got[("Recommendations!3", reg + "13")] == "in_sync"
    assert "force: Closed — a duplicate of OL-0202: Open;" in _flags(rec, reg + "13")
    # The split parent and its four sub-actions, all done: the item's five rows.
    assert {got[("Recommendations!4", reg + str(r))] for r in range(6, 11)} == {
        "closeable_submit"}
    # Merged into OL-0205, which is Closed: done.
    assert got[("Recommendations!6", reg + "11")] == "closeable_submit"
    assert "follows OL-0205: Closed" in _flags(rec, reg + "11")
    assert got[("Recommendations!7", reg + "12")] == "in_sync"
    # Its own status, Closed: where delivery goes on is a note, not a pointer.
    assert got[("Recommendations!5", reg + "14")] == "closeable_submit"
    assert "not recognised" not in " ".join(rec.items["flags"].astype(str))
    note = " ".join(s.note for s in rec.force.sheets)
    assert "status is another row's" in note


# ------------------------------------------------- a board known by its letters decides

def _board(tmp_path, heading, decisions, statuses):
    items = [(8411, SF, SF_DATE, "Recommendation", MSHT_INTEL, "Being progressed"),
             (8413, SF, SF_DATE, "Recommendation", MSHT_NRM, "Being progressed"),
             (8415, SF, SF_DATE, "Recommendation", MSHT_PREVENT, "Being progressed"),
             (14510, PEEL23, PEEL_DATE, "Area for improvement", RASSO, "Being progressed")]
    h = _list(tmp_path / "hmicfrs.xlsx", items)
    header = ["Item no.", "HMICFRS ref", "Inspection / report", "Recommendation / AFI", "Lead",
              "Lead status", heading, "Lead update / evidence"]
    rows = [[f"DS-00{k + 1}", ref, report, text, "Supt Neighbourhood Policing", status, said,
             "Evidence pack on SharePoint."]
            for k, ((ref, report, _, _, text, _), status, said)
            in enumerate(zip(items, statuses, decisions, strict=True))]
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Delivery schedule": [
        ["HMICFRS recommendations – delivery schedule"], [], header,
        ["REVISED TARGET: Q1 2025/26"], *rows]})
    return _got(reconcile_files(h, f))


def test_a_boards_decision_known_by_its_letters_decides_over_the_leads_status(tmp_path):
    """"OLAB decision" beside the lead's status: closure agreed is done though the lead
    still says On track; NOT AGREED and returned to the lead are open though the lead says
    Complete. (Before: the column went unread, the lead's word decided.)"""
    got = _board(tmp_path, "OLAB decision",
                 ["Closure agreed 12/06/25", "NOT AGREED 12/06/25", "Returned to lead", None],
                 ["On track", "Complete", "Complete", "On track"])
    assert got[("Recommendations!2", "Delivery schedule!5")] == "closeable_submit"
    assert got[("Recommendations!3", "Delivery schedule!6")] == "in_sync"
    assert got[("Recommendations!4", "Delivery schedule!7")] == "in_sync"
    assert got[("Recommendations!5", "Delivery schedule!8")] == "in_sync"


def test_the_inspectorates_own_decision_on_a_submission_is_no_sign_off(tmp_path):
    """"HMICFRS decision" Returned is what the inspectorate said of the force's submission:
    the force's Complete stands (the list still has it open: submit again)."""
    got = _board(tmp_path, "HMICFRS decision", ["Returned", "Returned", "Returned", None],
                 ["Complete", "Complete", "Complete", "On track"])
    assert [got[(f"Recommendations!{r}", f"Delivery schedule!{r + 3}")] for r in (2, 3, 4)] == [
        "closeable_submit"] * 3


# ------------------------------------------------- a CSV opened in Excel: #NAME? texts

def test_a_row_whose_text_excel_turned_into_name_is_still_its_item(tmp_path):
    """A risk system's CSV opened in Excel: a text starting "- " became #NAME?. The row
    still has its reference, type and status: it is read, paired by the reference, and as
    one row of a split it may hold any bullet, so none is said to be missing. (Before: the
    row was set aside with "fix the formula", the item came out missing from the force and
    the split a conflict.)"""
    h = _list(tmp_path / "hmicfrs.xlsx", [
        (14510, PEEL23, PEEL_DATE, "Area for improvement", RASSO, "Being progressed"),
        (8410, SF, SF_DATE, "Recommendation", LEADERSHIP, "Being progressed"),
        (14512, PEEL23, PEEL_DATE, "Area for improvement", SOC, "Being progressed")])
    header = ["RecordID", "ExternalRef", "Source", "Category", "Description", "Status"]
    rows = [[20511, 14510, "PEEL 2023/25", "Area for Improvement", "#NAME?", "Open - On Track"],
            *[[20520 + k, 8410, "Stolen Freedom 2017", "National Recommendation",
               "#NAME?" if k == 1 else f"MSHT leadership: {b}", "Open - On Track"]
              for k, b in enumerate(BULLETS)],
            [20530, 14512, "PEEL 2023/25", "Area for Improvement", SOC, "Open - On Track"]]
    f = write_xlsx(tmp_path / "tracker.xlsx", {"HMICFRS_Recommendations_Export_": [header, *rows]})
    rec = reconcile_files(h, f)
    got = _got(rec)
    tab = "HMICFRS_Recommendations_Export_!"
    assert got[("Recommendations!2", tab + "2")] == "in_sync"
    assert {got[("Recommendations!3", tab + str(r))] for r in range(3, 7)} == {"in_sync"}
    assert got[("Recommendations!4", tab + "7")] == "in_sync"
    assert "#NAME?" in " ".join(s.note for s in rec.force.sheets)


# ------------------------------------------------- a portal's report codes and lookups

def test_items_filed_under_report_codes_take_their_titles_from_the_lookup_sheet(tmp_path):
    """A portal export gives each item only its report's code; a "Reports" sheet gives
    each code's title and date. The lookup's rows are no items, and the items' reports are
    the titles, so a force filing them by name agrees. (Before: the lookup's titles were
    read as items missing from the force, and "INS-2024-02" against "PEEL 2023-25" was a
    report differing on every pair.)"""
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {
        "Recommendations": [
            ["Recommendations export – Cambridgeshire Constabulary"], [],
            ["Rec ID", "Report ID", "Type", "Recommendation", "Status"],
            [14511, "INS-2024-02", "Area for improvement", OCSA, "Complete"],
            [14510, "INS-2024-02", "Area for improvement", RASSO, "Being progressed"],
            [8411, "INS-2017-09", "Recommendation", MSHT_INTEL, "Being progressed"],
            [8413, "INS-2017-09", "Recommendation", MSHT_NRM, "Closure requested"],
            [14512, "INS-2024-02", "Area for improvement", SOC, "Being progressed"],
            [8415, "INS-2017-09", "Recommendation", MSHT_PREVENT, "Being progressed"],
            [14513, "INS-2024-02", "Area for improvement", COUNTY, "Being progressed"],
            [9001, "INS-2019-04", "Recommendation", LEADERSHIP, "Being progressed"]],
        "Reports": [
            ["ID", "Name", "Date", "Category"],
            ["INS-2024-02", "PEEL 2023–25: An inspection of Cambridgeshire Constabulary",
             PEEL_DATE, "PEEL"],
            ["INS-2017-09", "Stolen freedom: the policing response to modern slavery and "
             "human trafficking", SF_DATE, "Thematic"],
            ["INS-2019-04", "Modern slavery and human trafficking: progress report",
             datetime(2019, 4, 1), "Thematic"],
            ["INS-2016-01", "Missing children: who cares?", datetime(2016, 3, 1), "Thematic"]],
        "Field guide": [
            ["Status", "Meaning", "Open or closed"],
            ["Awaiting review", "Not yet looked at by HMICFRS", "Open"],
            ["Being progressed", "The force is working on it", "Open"],
            ["Closure requested", "The force has asked HMICFRS to close it", "Open"],
            ["Complete", "Closed by HMICFRS", "Closed"]]})
    header = ["Report", "HMICFRS ref", "Recommendation", "RAG", "Update"]
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [header,
        ["PEEL 2023/25", 14511, OCSA, "Green", "Two DCs in post."],
        ["PEEL 2023/25", None, RASSO, "Amber", "VCOP audit planned."],
        ["Stolen Freedom 2017", None, MSHT_INTEL, "Green", "ISA signed."],
        ["Stolen Freedom 2017", 8413, MSHT_NRM, "Green", "Training complete."],
        ["PEEL 2023/25", 14512, SOC, "Amber", "Strategic assessment in draft."],
        ["Stolen Freedom 2017", 8415, MSHT_PREVENT, "Amber", "Review booked."],
        ["PEEL 2023/25", None, COUNTY, "Amber", "County lines profile refreshed."],
        ["MSHT progress 2019", 9001, LEADERSHIP, "Amber", "Gold group monthly."]]})
    rec = reconcile_files(h, f)
    got = _got(rec)
    assert not any(k[0].startswith("Reports!") for k in got)
    assert got[("Recommendations!4", "Tracker!2")] == "in_sync"
    assert got[("Recommendations!6", "Tracker!4")] == "closeable_submit"
    # "Closure requested" is open on the list (its field guide says so, and so does the
    # built-in list now): the force's Green makes it closeable, no question asked.
    assert got[("Recommendations!7", "Tracker!5")] == "closeable_submit"
    assert "conflict" not in got.values()
    reports = set(rec.items["hmicfrs_report"].dropna())
    assert "PEEL 2023–25: An inspection of Cambridgeshire Constabulary (INS-2024-02)" in reports
    assert "not recognised" not in " ".join(rec.items["flags"].astype(str))


# ------------------------------------------------- a CRM's record state and status reason

def test_a_records_active_or_inactive_state_decides_its_reason_kept_beside(tmp_path):
    """A CRM portal's export: "Status" Active / Inactive, "Status Reason" beside it. The
    state decides (an Active record whose reason is "Force reports complete" is the force's
    claim, still open); the reason is shown. (Before: Active and Inactive were read as
    unknown words, every item counted as open.)"""
    header = ["(Do Not Modify) Recommendation", "(Do Not Modify) Row Checksum", "Name",
              "Reference", "Report Title (Inspection Report)", "Type", "Recommendation Text",
              "Status", "Status Reason"]
    items = [(14510, RASSO, "Active", "Force reports complete"),
             (14511, OCSA, "Inactive", "Complete"),
             (14512, SOC, "Active", "Being progressed"),
             (14513, COUNTY, "Inactive", "No further action required")]
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"All Recommendations": [header, *[
        [f"0f3c{ref}-aa", f"chk{ref}", text[:100], f"REC-{ref}", PEEL23, "Area for improvement",
         text, state, reason] for ref, text, state, reason in items]]})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["HMICFRS Ref", "Report", "Recommendation / AFI", "RAG"],
        [14510, "PEEL 2023/25", RASSO, "GREEN"], [14511, "PEEL 2023/25", OCSA, "AMBER"],
        [14512, "PEEL 2023/25", SOC, "GREEN"], ["REC-14513", "PEEL 2023/25", COUNTY, "RED"]]})
    rec = reconcile_files(h, f)
    got = _got(rec)
    assert [got[(f"All Recommendations!{r}", f"Tracker!{r}")] for r in (2, 3, 4, 5)] == [
        "closeable_submit", "closeable_local", "closeable_submit", "closeable_local"]
    assert "HMICFRS: Open (record Active; Force reports complete)" in _flags(rec, "Tracker!2")


def test_a_portals_record_names_are_register_ids_and_rec_3_is_not():
    assert ref_keys(pd.Series(["REC-21744", "Rec 10913", "rec 3", "REC-3a"])) == [
        "21744", "10913", "", ""]
