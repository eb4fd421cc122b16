"""Layouts of the eighteenth session's rounds 59 and 60 of cases built by other hands: a
project tool's export nesting items under report rows in Excel's outline, a portal's guide
sheet saying which status words are open, a split whose rows each repeat the item's opening
words, and a list moved to new references keeping each old register number beside them.
Each test failed on the commit before the reader it tests (bd6b649).

Texts are real public HMICFRS texts (Stolen freedom 2017, PEEL 2023-25 areas for
improvement; Open Government Licence); trackers, statuses and owners are invented.
"""

from __future__ import annotations

from datetime import datetime

import openpyxl
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

SF_DATE, PEEL_DATE = datetime(2017, 10, 24), datetime(2024, 5, 14)


def _got(rec):
    return {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}


def _list(path, items, sheets=None):
    header = ["Reference", "Report title", "Publication date", "Type", "Recommendation", "Status"]
    return write_xlsx(path, {"Recommendations": [header, *map(list, items)], **(sheets or {})})


# ------------------------------------------------- a project tool's outline of report rows

def test_rows_grouping_others_in_the_outline_are_report_headings_not_items(tmp_path):
    """A Smartsheet export: a section row, then a report row, then the items, nested by
    Excel's outline levels; the section and report rows carry their children's rolled-up
    status and dates but no wording, reference or type. They are headings, the report row
    naming the report ("PEEL 2023-25 (pub. 19/01/2024)": its date in brackets) of the rows
    under it. (Before: each was an item "not on the HMICFRS list", the items had no report.)"""
    h = _list(tmp_path / "hmicfrs.xlsx", [
        (14510, PEEL23, PEEL_DATE, "Area for improvement", RASSO, "Being progressed"),
        (14511, PEEL23, PEEL_DATE, "Area for improvement", OCSA, "Complete"),
        (8411, SF, SF_DATE, "Recommendation", MSHT_INTEL, "Being progressed"),
        (8413, SF, SF_DATE, "Recommendation", MSHT_NRM, "Being progressed")])
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "HMICFRS Recs and AFIs"
    rows = [
        (0, ["Task Name", "HMICFRS Ref", "Type", "Recommendation / AFI wording", "% Complete",
             "Status"]),
        (0, ["FORCE INSPECTIONS (Cambridgeshire)", None, None, None, 0.6, "In Progress"]),
        (1, ["PEEL 2023-25  (pub. 14/05/2024)", None, None, None, 0.5, "In Progress"]),
        (2, ["AFI 1 - victims kept informed", None, "AFI", RASSO, 0.2, "In Progress"]),
        (2, ["AFI 2 - OCSA capacity", 14511, "AFI", OCSA, 1, "Complete"]),
        (0, ["NATIONAL / THEMATIC REPORTS", None, None, None, 0.7, "In Progress"]),
        (1, ["Stolen Freedom (MSHT) 2017  (pub. 24/10/2017)", None, None, None, 0.5,
             "In Progress"]),
        (2, ["Rec 2 - ISAs with partners", None, "Recommendation", MSHT_INTEL, 1, "Complete"]),
        (2, ["Rec 4 - NRM", 8413, "Recommendation", MSHT_NRM, 0, "Not Started"])]
    for r, (level, values) in enumerate(rows, start=1):
        ws.append(values)
        if level:
            ws.row_dimensions[r].outline_level = level
    wb.save(tmp_path / "tracker.xlsx")
    rec = reconcile_files(h, tmp_path / "tracker.xlsx")
    got = _got(rec)
    tab = "HMICFRS Recs and AFIs!"
    assert got == {("Recommendations!2", tab + "4"): "in_sync",
                   ("Recommendations!3", tab + "5"): "in_sync",
                   ("Recommendations!4", tab + "8"): "closeable_submit",
                   ("Recommendations!5", tab + "9"): "in_sync"}
    reports = dict(zip(rec.items["force_row"], rec.items["force_report"], strict=True))
    assert reports[tab + "4"] == "PEEL 2023-25 (pub. 14/05/2024)"
    assert "report differs" not in " ".join(rec.items["flags"].astype(str))
    note = " ".join(s.note for s in rec.force.sheets)
    assert "rows 2-3, 6-7 group the rows under them in Excel's outline" in note


# ------------------------------------------------- a guide's key to the status words

def test_a_guide_sheet_of_status_words_is_the_lists_key_not_items(tmp_path):
    """A portal export's "Guide" sheet: StatusValue | Meaning | Open / Closed, then a key to
    the type codes. It is read as the list's key (its own words, "Returned to force" open and
    "Accepted" closed, asked about no more), not as items missing from the force. (Before:
    the guide's lines were items, and the two words unknown.)"""
    h = _list(tmp_path / "hmicfrs.xlsx", [
        (14510, PEEL23, PEEL_DATE, "Area for improvement", RASSO, "Returned to force"),
        (14511, PEEL23, PEEL_DATE, "Area for improvement", OCSA, "Accepted"),
        (14512, PEEL23, PEEL_DATE, "Area for improvement", SOC, "Being progressed")],
        {"Guide": [["Definitive list export – field guide"], [],
                   ["StatusValue", "Meaning", "Open / Closed"],
                   ["Awaiting review", "New item, awaiting the force's first update.", "Open"],
                   ["Being progressed", "The force is implementing the item.", "Open"],
                   ["Returned to force", "Closure evidence was not enough.", "Open"],
                   ["Accepted", "HMICFRS is satisfied the item is implemented.", "Closed"],
                   [],
                   ["ItemTypeCode", "Meaning"], ["REC", "Recommendation (force)"],
                   ["AFI", "Area for improvement"]]})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["HMICFRS ref", "Recommendation / AFI", "RAG"],
        [14510, RASSO, "Green"], [14511, OCSA, "Amber"], [14512, SOC, "Amber"]]})
    rec = reconcile_files(h, f)
    got = _got(rec)
    assert not any(k[0].startswith("Guide!") for k in got)
    assert got[("Recommendations!2", "Tracker!2")] == "closeable_submit"
    assert got[("Recommendations!3", "Tracker!3")] == "closeable_local"
    assert "not recognised" not in " ".join(rec.items["flags"].astype(str))


# ------------------------------------------------- a split heading each row with the stem

def test_split_rows_repeating_the_items_opening_words_leave_out_no_bullet(tmp_path):
    """One row per bullet, each opening with the item's words shortened ("MSHT leadership &
    governance review: …") and its bullet abridged: every bullet has its row. (Before: the
    opening words counted against the row, and two bullets were said to be missing.)"""
    h = _list(tmp_path / "hmicfrs.xlsx", [
        (8410, SF, SF_DATE, "Recommendation", LEADERSHIP, "Being progressed"),
        (8415, SF, SF_DATE, "Recommendation", MSHT_PREVENT, "Being progressed")])
    lead = "MSHT leadership & governance review"
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["HMICFRS ref", "Report", "Recommendation / AFI", "RAG"],
        [8410, "Stolen Freedom 2017", f"{lead} (12 months): senior leaders prioritise the "
         "response to MSHT", "Green"],
        [8410, "Stolen Freedom 2017", f"{lead}: every MS incident allocated appropriate "
         "resources with the skills, experience & capacity to investigate", "Green"],
        [8410, "Stolen Freedom 2017", f"{lead}: effective partnership arrangements to share "
         "information and safeguard victims", "Green"],
        [8410, "Stolen Freedom 2017", f"{lead}: performance & QA measures so senior leaders "
         "can assess the service to victims", "Green"],
        [8415, "Stolen Freedom 2017", MSHT_PREVENT, "Amber"]]})
    got = _got(reconcile_files(h, f))
    assert {got[("Recommendations!2", f"Tracker!{r}")] for r in range(2, 6)} == {
        "closeable_submit"}


# ------------------------------------------------- a list moved to new references

def test_an_items_old_register_number_beside_its_new_reference_names_it_too(tmp_path):
    """The list after a move to new references: "Monitoring ref" for every item, "Legacy ID"
    for those carried over ("n/a" for new ones), and one carried-over item's old id only at
    the end of its report's name ("… (national overview) (8541)"). A force quoting the old
    number, the new one or both names the item. (Before: only one column was the reference,
    and a force quoting the other was a reference differing.)"""
    legit = "PEEL: Police legitimacy 2017 (national overview)"
    header = ["Monitoring ref", "Legacy ID", "Report", "Publication date", "Type",
              "Recommendation / area for improvement", "Status"]
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Definitive list": [
        ["HMICFRS – Definitive list"], ["Records migrated from the legacy register, June 2020"],
        [], header,
        [10021, 2791, SF, SF_DATE, "National recommendation", MSHT_INTEL, "Being progressed"],
        [10022, "2793", SF, SF_DATE, "National recommendation", MSHT_NRM, "Complete"],
        [10023, 2795, SF, SF_DATE, "National recommendation", MSHT_PREVENT, "Being progressed"],
        [10054, None, f"{legit} (8541)", datetime(2017, 12, 12), "National recommendation",
         LEADERSHIP, "Being progressed"],
        [10055, None, f"{legit} (8542)", datetime(2017, 12, 12), "National recommendation",
         COUNTY, "Being progressed"],
        [10056, None, f"{legit} (8543)", datetime(2017, 12, 12), "National recommendation",
         SOC, "Being progressed"],
        [14510, "n/a", PEEL23, PEEL_DATE, "Area for improvement", RASSO, "Being progressed"]]})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["HMICFRS ref", "Report", "Recommendation / AFI", "RAG"],
        [2791, "Stolen Freedom 2017", MSHT_INTEL, "Green"],
        ["10022 (was 2793)", "Stolen Freedom 2017", MSHT_NRM, "Amber"],
        [10023, "Stolen Freedom 2017", MSHT_PREVENT, "Amber"],
        [8541, "PEEL Legitimacy 2017", LEADERSHIP, "Amber"],
        [8542, "PEEL Legitimacy 2017", COUNTY, "Amber"],
        [8543, "PEEL Legitimacy 2017", SOC, "Amber"],
        [14510, "PEEL 2023/25", RASSO, "Amber"]]})
    rec = reconcile_files(h, f)
    got = _got(rec)
    assert [got[(f"Definitive list!{r}", f"Tracker!{r - 3}")] for r in range(5, 12)] == [
        "closeable_submit", "closeable_local", "in_sync", "in_sync", "in_sync", "in_sync",
        "in_sync"]
    flags = " ".join(rec.items["flags"].astype(str))
    assert "reference differs" not in flags
    assert flags.count("paired on the HMICFRS reference") == 7
    assert set(rec.items["hmicfrs_report"]) >= {legit}


# ------------------------------------------------- rows that are no items, counted now

def test_keys_counts_tests_and_pointers_are_explained_not_items(tmp_path):
    """Rows the evaluation did not count until it listed the rows output as items that the
    truth holds none (`not items`): a key's label beside its first line, a colour where the
    text goes, a key line in the text, Excel's subtotal rows ("CDI 2019 Count"), a count, a
    test entry, a note pointing at another row or tab. Each was a line "not on the HMICFRS
    list" in the workbook; now each is explained."""
    h = _list(tmp_path / "hmicfrs.xlsx", [
        (8411, SF, SF_DATE, "Recommendation", MSHT_INTEL, "Being progressed"),
        (8413, SF, SF_DATE, "Recommendation", MSHT_NRM, "Being progressed")])
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["No.", "Report", "Recommendation", "Lead", "RAG", "Update"],
        [1, "Stolen Freedom 2017", MSHT_INTEL, "DCI Ross", "GREEN", "ISA signed."],
        [2, "Stolen Freedom 2017", MSHT_NRM, "DCI Ross", "AMBER", "Training 78%."],
        [None, "Stolen Freedom 2017 Count", 2],       # =SUBTOTAL(3,C2:C3), as saved
        [None, None, "Rec 5 (prevention orders) closed – see Closed tab"],
        [None, None, "See objective 1.6"],
        [None, None, "test - please ignore", None, "AMBER"],
        [None, None, "Open - on track: 11   Open - off track: 2   Complete: 7"],
        [None, None, "76 recommendations: 34 outstanding"],
        [],
        ["Key:", None, "GREEN – the recommendation is implemented"],
        [None, None, "AMBER – subject to ongoing work and monitoring"],
        [],
        [None, None, "RED", None, None, "Little work yet undertaken in this area."],
        [None, None, "Status key: Complete – action delivered; In progress – work under way"]]})
    rec = reconcile_files(h, f)
    assert set(rec.items["force_row"].dropna()) == {"Tracker!2", "Tracker!3"}
    reasons = dict(zip(rec.force.skipped["row"], rec.force.skipped["reason"], strict=True))
    assert "totals row" in reasons[4]
    assert "the item on another tab" in reasons[5]
    assert "pointing to another row" in reasons[6]
    assert "test entry" in reasons[7]
    assert "counts row" in reasons[8] and "counts row" in reasons[9]
    assert "legend row" in reasons[11] and "legend row" in reasons[12]
    assert "legend row" in reasons[14] and "legend row" in reasons[15]
