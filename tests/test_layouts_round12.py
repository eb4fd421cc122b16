"""Layouts met in the twelfth round of cases built by other hands: a performance team's
tracker kept as an Excel table (autofilter, banded rows, a Total row) whose BRAG key sits on a
hidden "Lookups" sheet beside the lists of leads. Each test failed on the code before it.

Texts are real public HMICFRS texts (Stolen freedom, 2017; PEEL 2018/19; Open Government
Licence); trackers, statuses, owners and register numbers are invented.
"""

from __future__ import annotations

from datetime import datetime

import xlsxwriter
from builders import FIREARMS, MSHT_INTEL, MSHT_NRM, SF, write_xlsx

from reconcile import reconcile_files
from reconcile.load import load_side

PEEL19 = "PEEL: Police effectiveness, efficiency and legitimacy 2018/19"
WORKLOAD = ("HMIC recommends that the force should immediately: conduct a review of officers' "
            "capabilities and capacity to manage their investigative workload, to better "
            "understand investigative demand and the skills needed.")


def _list(path):
    """Three Stolen freedom recommendations and a PEEL 2018/19 one, all being progressed."""
    header = ["Reference", "Report title", "Publication date", "Type", "Recommendation",
              "Status"]
    return write_xlsx(path, {"Recommendations": [header, *[
        [ref, report, published, kind, text, "being-progressed"]
        for ref, report, published, kind, text in [
            (8411, SF, datetime(2017, 10, 24), "National recommendation", MSHT_INTEL),
            (8413, SF, datetime(2017, 10, 24), "National recommendation", MSHT_NRM),
            (8416, SF, datetime(2017, 10, 24), "National recommendation", FIREARMS),
            (10810, PEEL19, datetime(2019, 5, 2), "Recommendation", WORKLOAD)]]]})


def _tracker(path):
    """The force's 'Open Actions' table (a real Excel table with a Total row counting its
    rows), a dashboard sheet before it and a hidden 'Lookups' sheet: BRAG words and what they
    mean, then the strategic and tactical leads in the columns beside them."""
    wb = xlsxwriter.Workbook(str(path))
    summary = wb.add_worksheet("Summary")
    summary.write_row(0, 0, ["HMICFRS Recommendations Tracker – West Mercia Police"])
    summary.write_row(2, 0, ["Open actions by BRAG", "Count"])
    summary.write_row(3, 0, ["Green", 2])
    summary.write_row(4, 0, ["Blue", 1])
    actions = wb.add_worksheet("Open Actions")
    actions.write_row(0, 0, ["West Mercia Police – HMICFRS Recommendations: Open Actions"])
    rows = [
        ["Stolen Freedom (MSHT) 2017", "R2", "Within six months, have active information-"
         "sharing agreements with other agencies to exchange intelligence on MSHT",
         "ACC Crime", "27/01/2025 – ISA with the council signed; health pending.", "Green"],
        ["Stolen Freedom (MSHT) 2017", "R4", "Immediately, take steps to ensure we are fully "
         "compliant with the NRM process as it evolves", "ACC Crime",
         "27/01/2025 – Duty to Notify compliance 81% (target 95%).", "Green"],
        ["PEEL 18/19", "R1", "Conduct a review of officers' capabilities and capacity to "
         "manage their investigative workload", "ACC Crime",
         "12/12/2024 – Review complete; signed off by DCC.", "Blue"],
    ]
    columns = ["Inspection Report", "Rec No.", "Recommendation Detail", "Strategic Lead",
               "Current Position", "BRAG"]
    actions.add_table(2, 0, 2 + len(rows) + 1, len(columns) - 1, {
        "name": "tblOpenActions", "data": rows, "total_row": True, "style": "Table Style Medium 2",
        "columns": [{"header": columns[0], "total_string": "Total"},
                    {"header": columns[1]},
                    {"header": columns[2], "total_function": "count"},
                    *[{"header": h} for h in columns[3:]]]})
    lookups = wb.add_worksheet("Lookups")
    for r, row in enumerate([
            ["BRAG", "Meaning", "Strategic Leads", "Tactical Leads"],
            ["Blue", "Complete – evidence of completion recorded", "DCC", "Head of CID"],
            ["Red", "Off track – target date missed or will be missed", "ACC Crime",
             "C/Supt Bell"],
            ["Amber", "In progress – some risk to the target date", "ACC Local Policing",
             "Head of Intelligence"],
            ["Green", "In progress – on track to meet the target date", "Director of People",
             "Head of Criminal Justice"]]):
        lookups.write_row(r, 0, row)
    lookups.hide()
    wb.close()
    return path


def test_a_brag_key_on_a_hidden_lookups_sheet_says_green_is_on_track(tmp_path):
    """The key sits beside the lists of leads (four cells a row, not two): Green 'In progress –
    on track' against an open item is in sync, not ready to submit; Blue 'Complete' is."""
    rec = reconcile_files(_list(tmp_path / "hmicfrs.xlsx"), _tracker(tmp_path / "tracker.xlsx"))
    got = {r.force_row: r.category for r in rec.items.itertuples() if r.force_row}
    assert got == {"Open Actions!4": "in_sync", "Open Actions!5": "in_sync",
                   "Open Actions!6": "closeable_submit"}


def test_an_excel_tables_total_row_is_no_item(tmp_path):
    """'Total' under the report column and the count of texts (=SUBTOTAL(103, …), saved as 3)
    where the text goes: explained as a totals row, not read as an item with the text '3'."""
    side = load_side(_tracker(tmp_path / "tracker.xlsx"), "force")
    assert side.items["row_id"].tolist() == ["Open Actions!4", "Open Actions!5",
                                             "Open Actions!6"]
    total = side.skipped[side.skipped["row_id"] == "Open Actions!7"]
    assert total["reason"].str.startswith("totals row").tolist() == [True]


# --------------------------------------- one row answering several items by their references

POWERS = "Disproportionate use of police powers: A spotlight on stop and search and the use of force"


def _powers_texts():
    """The report's five recommendations, as published."""
    from reconcile.casegen.texts.national import NATIONAL
    return [text for _, text in NATIONAL["powers"][2]]


def test_a_range_of_references_names_each_item_in_it():
    """'8124-8126' in a reference column is three items, not the number 81248126."""
    from reconcile.normalise import ref_key, ref_set

    assert ref_set(ref_key("8124-8126")) == {"8124", "8125", "8126"}
    assert ref_set(ref_key("8121/8122-8124")) == {"8121", "8122", "8123", "8124"}
    assert ref_set(ref_key("9120 to 9123")) == {"9120", "9121", "9122", "9123"}
    # Not a run of a report's items: left as written.
    assert ref_key("8124-9126") != "" and " " not in ref_key("8124-9126")


def test_a_row_answering_several_items_by_their_references(tmp_path):
    """A combined row ('Recs 1 & 2' / '11230/11231', 'R3-R5' / '11232-11234') gives the first
    item's text and "(and related recs)", or a summary: each item it names is paired with it,
    its status each item's ('Pending closure': done). The row's "By July 2022" is item 1's:
    item 2's "By July 2021" is no timescale conflict."""
    texts = _powers_texts()
    header = ["Reference", "Report title", "Publication date", "Type", "Recommendation", "Status"]
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Recommendations": [header, *[
        [ref, POWERS, datetime(2021, 2, 26), "National recommendation", text, "Being progressed"]
        for ref, text in zip(range(11230, 11235), texts, strict=True)]]})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"HMICFRS Tracker": [
        ["Staffordshire Police – HMICFRS Recommendations Tracker"], [],
        ["Report", "Rec(s)", "HMICFRS Ref(s)", "Recommendation", "Lead", "Status"],
        ["Police powers spotlight (Feb 21)", "Recs 1 & 2", "11230/11231",
         texts[0] + " (and related recs)", "Head of L&D", "Ongoing"],
        ["Police powers spotlight (Feb 21)", "R3-R5", "11232-11234",
         "BWV recording & review; use of force data; internal monitoring (see the three recs)",
         "ACC Local Policing",
         "Pending closure"]]})
    rec = reconcile_files(h, f)
    got = sorted((r.hmicfrs_row, r.force_row, r.category) for r in rec.items.itertuples())
    assert got == [("Recommendations!2", "HMICFRS Tracker!4", "in_sync"),
                   ("Recommendations!3", "HMICFRS Tracker!4", "in_sync"),
                   ("Recommendations!4", "HMICFRS Tracker!5", "closeable_submit"),
                   ("Recommendations!5", "HMICFRS Tracker!5", "closeable_submit"),
                   ("Recommendations!6", "HMICFRS Tracker!5", "closeable_submit")]
