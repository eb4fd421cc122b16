"""Layouts met in the twelfth round of cases built by other hands: a performance team's
tracker kept as an Excel table (autofilter, banded rows, a Total row) whose BRAG key sits on a
hidden "Lookups" sheet beside the lists of leads. Each test failed on the code before it.

Texts are real public HMICFRS texts (Stolen freedom, 2017; PEEL 2018/19; Open Government
Licence); trackers, statuses, owners and register numbers are invented.
"""

from __future__ import annotations

from datetime import datetime

import xlsxwriter
from builders import (
    CONTROL_ROOM,
    FIREARMS,
    MSHT_INTEL,
    MSHT_NRM,
    PEEL19,
    SF,
    SF_ITEMS,
    WORKLOAD,
    register,
    write_xlsx,
)

from reconcile import reconcile_files
from reconcile.casegen.texts.force import CDI_VICTIMS_BODY
from reconcile.load import load_side


def _list(path):
    """Three Stolen freedom recommendations and a PEEL 2018/19 one, all being progressed."""
    return register(path, [
        *SF_ITEMS,
        (8416, SF, datetime(2017, 10, 24), "National recommendation", FIREARMS),
        (10810, PEEL19, datetime(2019, 5, 2), "Recommendation", WORKLOAD)], "being-progressed")


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


# ------------------------------------------------- an action plan in the force's own words

PEEL15 = "PEEL: Police effectiveness 2015"
PEEL15_ITEMS = [
    (14, "The force should improve its understanding of the nature and scale of child sexual "
         "exploitation in its area."),
    (15, "The force should make sure investigations of domestic abuse are allocated to officers "
         "with the right skills and are effectively supervised."),
    (17, "The force should make sure it records reports of hate crime accurately and without "
         "delay."),
    (18, "The force should make sure victims of fraud are kept informed about the progress of "
         "their case, in line with the Code of Practice for Victims of Crime."),
]


def _own_words_plan(tmp_path):
    """West Midlands' plan: a report heading row per report, each item rewritten as 'What we
    will do' (a heading the text column is known by nowhere else), the type column saying
    'AFI' and the status 'In progress' on its rows; a local action of the force's own."""
    header = ["Reference", "Report title", "Publication date", "Type", "Status", "Text"]
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Recommendations": [header, *[
        [ref, PEEL15, datetime(2016, 2, 18), "Area for improvement", "Being progressed", text]
        for ref, text in PEEL15_ITEMS]]})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Action Plan": [
        ["West Midlands Police – HMICFRS Improvement Action Plan"],
        ["Owner: Organisational Learning & Assurance team"], [],
        ["No.", "What we will do", "Type", "Lead", "Due", "Progress update", "Status"],
        ["PEEL Effectiveness 2015 – published 18 February 2016"],
        ["AFI1", "Produce a CSE problem profile so we understand how much CSE there is and "
         "where", "AFI", "Head of Intelligence", datetime(2016, 9, 30),
         "02/09/2016 – Profile in draft", "In progress"],
        ["AFI2", "DA investigations to go to skilled officers with proper supervision", "AFI",
         "Det Ch Supt Force CID", datetime(2016, 9, 30), "02/09/2016 – Allocation policy "
         "rewritten", "In progress"],
        ["AFI3", "Record all hate crime reports accurately and straight away", "AFI",
         "Force Crime Registrar", datetime(2016, 6, 30), "01/07/2016 – Audit shows 96%",
         "In progress"],
        ["AFI4", "Keep fraud victims updated on their case in line with the Victims' Code",
         "AFI", "Det Ch Supt Force CID", datetime(2016, 12, 31), "", "In progress"],
        ["L1", "Local action: add hate crime measures to the monthly performance pack", "",
         "Head of Corporate Development", datetime(2016, 3, 31), "In the pack since Feb 16.",
         "In progress"]]})
    return h, f


def test_a_header_above_its_items_is_the_header_though_an_item_reads_like_one(tmp_path):
    """'No. | What we will do | Type | Lead | Due | Progress update | Status': no heading names
    the text, while each item row holds 'AFI' (a heading of the text elsewhere) and 'In
    progress'. The header is the row above the items, not the first item taken for one (its
    items then lost as 'title rows above the header')."""
    _, f = _own_words_plan(tmp_path)
    side = load_side(f, "force")
    assert side.items["row_id"].tolist() == [f"Action Plan!{r}" for r in range(6, 11)]
    assert side.items["text"].iat[0].startswith("Produce a CSE problem profile")
    assert set(side.items["report"]) == {"PEEL Effectiveness 2015 – published 18 February 2016"}


def test_items_in_the_forces_own_words_are_put_to_a_person_under_their_report(tmp_path):
    """Each row rewrites its item in plain English and reads it at 45-60, below `review`:
    each is the other's best among those left under one report, so each is proposed for a
    person to confirm (not left as one item missing and one row not on the list). A row
    that rewords a formula ('straight away' for 'without delay', 'updated' for 'kept informed
    about the progress') is no change of subject; the local action is no item's row."""
    rec = reconcile_files(*_own_words_plan(tmp_path))
    got = {r.force_row: r.hmicfrs_row for r in rec.items.itertuples() if r.force_row}
    assert got == {"Action Plan!6": "Recommendations!2", "Action Plan!7": "Recommendations!3",
                   "Action Plan!8": "Recommendations!4", "Action Plan!9": "Recommendations!5",
                   "Action Plan!10": None}
    lines = rec.items.set_index("force_row")
    # The problem profile reads its item at 55: proposed, for a person to confirm.
    assert lines.at["Action Plan!6", "decision"] == "review"
    assert "the force's own words" in lines.at["Action Plan!6", "score_parts"]
    assert not lines.loc[["Action Plan!8", "Action Plan!9"], "score_parts"].str.contains(
        "subject").any()


# ------------------------------------------ a risk system's export: reports named by file

#: Crime data integrity (register 6989), as published: five bullets.
CDI_BULLETS = "Within six months the force should " + CDI_VICTIMS_BODY + "."


def test_a_report_named_by_its_file_is_that_report():
    """'HMIC_StopSearch_2013_FINAL.pdf', 'PEEL_2018-19_West_Midlands_Police_May19.pdf': the
    file the analyst attached names the report; its extension, underscores, version and
    'FINAL' name nothing."""
    from reconcile.normalise import report_key

    assert report_key("HMIC_StopSearch_2013_FINAL.pdf") == "stop search 2013"
    assert report_key("HMICFRS_PEEL_2021-22_WestMidlands_v2.pdf") == "peel 2021"
    assert report_key("Stolen-freedom-MSHT-2017.pdf") == report_key(
        "Stolen freedom MSHT 2017")
    assert report_key("peel-police-efficiency-2017-national-overview.pdf") == report_key(
        "PEEL police efficiency 2017 national overview")


def test_a_label_before_the_text_is_no_part_of_it():
    """'HMICFRS Rec 3 – …', 'Stolen Freedom R1(c) – …', 'PEEL 2021/22 AFI 3 - …': the
    register's or a report's short name and the force's number, not words of the item (nor
    its figure 3); a sentence that only mentions a recommendation keeps its words."""
    from reconcile.normalise import display_numbers, strip_stems

    assert strip_stems("HMICFRS Rec 3 – Immediately ensure all victims") == (
        "Immediately ensure all victims")
    assert strip_stems("Stolen Freedom R1(c) – effective partnership arrangements") == (
        "effective partnership arrangements")
    assert strip_stems("PEEL 2021/22 AFI 3 - Improve the supervision") == "Improve the supervision"
    kept = "Forces should consider rec 2 - the response"
    assert strip_stems(kept) == kept
    assert display_numbers("HMICFRS Rec 3 – consider the section 45 defence") == ("45",)


def test_short_rows_of_other_bullets_do_not_cover_a_bullet_left_out():
    """Real crime data integrity wording, five bullets; the force's four short rows are
    bullets (a) to (d). Row (a), 'at the point of report, victims are believed', shares
    'point of report' with bullet (e) (online reports triaged 'at the point of receipt'): it
    is bullet (a)'s row, so bullet (e) has none."""
    from reconcile.match.parts import missing_parts
    from reconcile.normalise import norm_text, tokens

    rows = ["at the point of report, victims are believed",
            "conversations between call handlers and callers summarised accurately in the "
            "incident log",
            "multiple crimes always recorded when described within incident records",
            "stop awaiting results of medical examinations / video interviews before making "
            "crime-recording decisions"]
    missing = missing_parts(CDI_BULLETS, [tokens(norm_text(r)) for r in rows])
    assert missing.startswith("bullet (e): 'online reports of crime are triaged")


def test_dated_review_notes_are_progress_not_the_text(tmp_path):
    """A risk system's export: 'Action Description' holds the recommendation, 'Review Notes'
    longer notes each starting with the date written ('03/02/2025 – …'). The notes are the
    progress, the description the text; 'Last Review Date' (dd/mm/yyyy) is no reference."""
    f = tmp_path / "tracker.csv"
    rows = [
        ["Report: Assurance Actions Export"], ["Generated: 03/11/2025 09:14"], [],
        ["Action ID", "Source Document", "Action Description", "Action Owner",
         "Action Status", "Last Review Date", "Review Notes"],
        *[[f"ACT-004{k}", "Stolen-freedom-MSHT-2017.pdf", text, "DCI Ross", "In Progress",
           f"0{k}/10/2025", f"0{k}/10/2025 – Reviewed at the MSHT gold group; partners asked "
           f"for data sharing terms and the delivery plan is being refreshed.\n"
           f"0{k}/07/2025 – Update awaited from the local authority safeguarding lead."]
          for k, text in enumerate([MSHT_INTEL, MSHT_NRM, FIREARMS], start=1)]]
    import csv
    with f.open("w", newline="", encoding="utf-8-sig") as out:
        csv.writer(out).writerows(rows)
    side = load_side(f, "force")
    assert side.items["text"].tolist() == [MSHT_INTEL, MSHT_NRM, FIREARMS]
    assert side.items["progress"].str.startswith("0").all()
    assert not [c for r in side.sheets for c in r.ref_columns if c.header == "Last Review Date"]


# ------------------------------------ a tracker's own key to its report codes ("FLU 15")

def test_a_key_to_the_trackers_report_codes_names_each_report(tmp_path):
    """A tracker by police and crime plan priority names each item's report by a code of its
    own ("FLU 15", "MSHT 17", "PEEL 23/25") and keeps a key to them on its Key sheet. With the
    key, "FLU 15" is Targeting the risk (no report conflict); "PEEL 23/25" is PEEL 2023-25's
    two-year cycle, not another report."""
    header = ["Reference", "Report title", "Publication date", "Type", "Recommendation",
              "Status"]
    targeting = ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales")
    peel23 = ("PEEL 2023–25 – Police effectiveness, efficiency and legitimacy: An inspection of "
              "Bedfordshire Police")
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Recommendations": [header, *[
        [ref, report, published, kind, text, "Being progressed"]
        for ref, report, published, kind, text in [
            (6013, targeting, datetime(2015, 9, 15), "National recommendation", FIREARMS),
            (8411, SF, datetime(2017, 10, 24), "National recommendation", MSHT_INTEL),
            (8413, SF, datetime(2017, 10, 24), "National recommendation", MSHT_NRM),
            (14501, peel23, datetime(2024, 3, 7), "Area for improvement",
             "The force should review how it gathers and uses equality and diversity data to "
             "improve its understanding of its workforce demographics.")]]]})
    f = write_xlsx(tmp_path / "tracker.xlsx", {
        "Tracker": [
            ["Bedfordshire Police – HMICFRS tracker by Police and Crime Plan priority"], [],
            ["Item", "Source", "Recommendation / AFI", "Lead", "RAG"],
            ["PRIORITY 1 – Keeping people safe"],
            ["1.1", "FLU 15", FIREARMS, "Supt Firearms Licensing", "AMBER"],
            ["1.2", "MSHT 17", MSHT_INTEL, "DCI Ross", "AMBER"],
            ["1.3", "MSHT 17", MSHT_NRM, "DCI Ross", "AMBER"],
            ["PRIORITY 3 – An effective workforce"],
            ["3.1", "PEEL 23/25", "The force should review how it gathers & uses equality and "
             "diversity data to improve its understanding of its workforce demographics.",
             "Director of People", "AMBER"]],
        "Key": [
            ["Source codes"], ["Code", "Report"],
            ["FLU 15", "HMIC Targeting the risk – firearms licensing (September 2015)"],
            ["MSHT 17", "HMICFRS Stolen freedom – modern slavery (October 2017)"],
            ["PEEL 23/25", "PEEL 2023–25 inspection of Bedfordshire Police"]]})
    rec = reconcile_files(h, f)
    got = {r.force_row: (r.hmicfrs_row, r.category) for r in rec.items.itertuples()
           if r.force_row}
    assert got == {"Tracker!5": ("Recommendations!2", "in_sync"),
                   "Tracker!6": ("Recommendations!3", "in_sync"),
                   "Tracker!7": ("Recommendations!4", "in_sync"),
                   "Tracker!9": ("Recommendations!5", "in_sync")}
    assert "report codes read from the lookup on sheet 'Key'" in rec.force.sheets[0].note


# --------------------- an older liaison list against a tracker keeping a mistyped reference

def test_a_reference_naming_the_next_item_for_a_copy_of_this_one_is_a_conflict(tmp_path):
    """The liaison lead's list heads its ids 'Recommendation Reference'. The force's row
    copies 8411's text but writes 8413 (the next item's id), and has no row for 8413: the row
    is 8411's, its reference a conflict to show; 8413 has no row. (Paired on the reference,
    it had been accepted as 8413's.)"""
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Force recommendations": [
        ["HMICFRS recommendations – West Mercia Police"], ["Sent by the Force Liaison Lead"], [],
        ["Recommendation Reference", "Inspection", "Date", "Recommendation / AFI",
         "HMICFRS assessment"],
        [8411, SF, "24th October 2017", MSHT_INTEL, "Open"],
        [8413, SF, "24th October 2017", MSHT_NRM, "Open"],
        [6013, "Targeting the risk", "15th September 2015", FIREARMS, "Closed - implemented"],
        [9125, "PEEL 2018/19", "2nd May 2019", CONTROL_ROOM, "Open"]]})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"HMICFRS Recs": [
        ["West Mercia Police – HMICFRS recommendations"], [],
        ["Ref", "Report", "HMICFRS wording", "Owner", "Status"],
        [8413, "Stolen Freedom (MSHT) 2017", MSHT_INTEL, "DCI Ross", "Open"],
        [6013, "Targeting the risk", FIREARMS, "Supt Firearms", "Complete"],
        [9125, "PEEL 2018/19", CONTROL_ROOM, "Supt Contact Centre", "Open"]]})
    rec = reconcile_files(h, f)
    got = {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}
    assert got == {("Force recommendations!5", "HMICFRS Recs!4"): "conflict",
                   ("Force recommendations!6", None): "missing_from_force",
                   ("Force recommendations!7", "HMICFRS Recs!5"): "in_sync",
                   ("Force recommendations!8", "HMICFRS Recs!6"): "in_sync"}
    line = rec.items[rec.items["force_row"] == "HMICFRS Recs!4"].iloc[0]
    assert "reference differs" in line["flags"]


# ------------------------------------------- the list pasted from an email, one column a row

WRAP = MSHT_NRM.index(" ", 60)      # where a long text wrapped onto a row of its own


def test_a_list_pasted_from_an_email_as_one_column_is_read_field_by_field(tmp_path):
    """The liaison lead's email pasted into Excel: a greeting, the table's rows each one cell
    ("8411 | Stolen freedom | National recommendation | Within six months …") with the status
    beside it, a long text wrapped onto a row of its own, a note, and the sign-off. Each row
    is read field by field; the wrapped line is the rest of its item's text, whatever its
    first letter; the note and the signature are no items."""
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Sheet1": [
        ["Hi all, please see below the current list for your force – please update by Friday."],
        [],
        ["Ref | Report | Type | Recommendation / AFI", "Status"],
        [f"8411 | {SF} | National recommendation | {MSHT_INTEL}", "Being progressed"],
        [f"8413 | {SF} | National recommendation | {MSHT_NRM[:WRAP]}", "Awaiting review"],
        [MSHT_NRM[WRAP + 1:]],
        [f"6013 | Targeting the risk | National recommendation | {FIREARMS}", "Complete"],
        [f"9125 | PEEL 2018/19 | Area for improvement | {CONTROL_ROOM}", "Being progressed"],
        [f"6995 | Crime data integrity 2017 | Recommendation | {CDI_BULLETS}", "Being progressed"],
        [],
        ["Apologies – I missed one item off the table above, please include it too:"],
        [],
        ["Kind regards,"], ["Sam Whitfield"], ["Force Liaison Lead (North East)"], ["HMICFRS"]]})
    side = load_side(h, "hmicfrs")
    assert side.items["ref"].astype(str).tolist() == ["8411", "8413", "6013", "9125", "6995"]
    assert side.items["status"].notna().all()
    assert side.items["text"].iat[1] == MSHT_NRM
    assert side.items["report"].iat[0] == SF
    assert "table pasted as one column" in side.sheets[0].note
    reasons = dict(zip(side.skipped["row_id"], side.skipped["reason"], strict=True))
    assert reasons["Sheet1!11"].startswith("a line of text alone")
    assert all(reasons[f"Sheet1!{r}"].startswith("the sign-off") for r in range(13, 17))


def test_a_part_numbered_in_roman_numerals_is_its_items_reference():
    """'6995 (i)' … '6995 (v)': the parts of register item 6995, as '12472 (b)' is."""
    from reconcile.normalise import ref_key

    assert {ref_key(f"6995 ({p})") for p in ("i", "ii", "iii", "iv", "v")} == {"6995"}


# ------------------------------------------------ one sheet per type: the name is the type

def test_a_sheet_named_for_a_type_gives_its_rows_that_type(tmp_path):
    """A tracker kept one sheet per type, with no type column: the 'AFIs' sheet's rows are
    areas for improvement, the 'Recommendations' sheet's recommendations. An area for
    improvement filed on the Recommendations sheet is a type conflict; 'Pub. date' is the
    publication date (a year out is a conflict)."""
    peel19 = "PEEL: Police effectiveness, efficiency and legitimacy 2018/19"
    afi = ("The force should improve how it gathers, assesses and acts on intelligence about "
           "county lines drug dealing.")
    header = ["Reference", "Report title", "Publication date", "Type", "Recommendation",
              "Status"]
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Export": [header, *[
        [ref, report, published, kind, text, "being-progressed"]
        for ref, report, published, kind, text in [
            (8411, SF, datetime(2017, 10, 24), "National recommendation", MSHT_INTEL),
            (9125, peel19, datetime(2019, 5, 2), "Area for improvement", CONTROL_ROOM),
            (9126, peel19, datetime(2019, 5, 2), "Area for improvement", afi)]]]})
    columns = ["Report", "Pub. date", "No.", "Detail", "Lead", "Status"]
    f = write_xlsx(tmp_path / "tracker.xlsx", {
        "Recommendations": [["West Mercia – HMICFRS recommendations"], [], columns,
                            [SF, "24/10/2016", "R2", MSHT_INTEL, "DCI Ross", "In progress"],
                            ["PEEL 2018/19", "02/05/2019", "R1", CONTROL_ROOM, "Supt Hale",
                             "In progress"]],
        "AFIs": [["West Mercia – HMICFRS areas for improvement"], [], columns,
                 ["PEEL 2018/19", "02/05/2019", "AFI 2", afi, "DI Shaw", "In progress"]]})
    rec = reconcile_files(h, f)
    lines = rec.items.set_index("force_row")
    assert lines.at["Recommendations!4", "category"] == "conflict"
    assert "publication date differs" in lines.at["Recommendations!4", "flags"]
    assert lines.at["Recommendations!5", "category"] == "conflict"
    assert "type differs" in lines.at["Recommendations!5", "flags"]
    assert lines.at["AFIs!4", "category"] == "in_sync"
    assert "the sheet's name gives each row its type" in rec.force.sheets[1].note


# ------------------------------------ progress as a checklist of stages, no status column

def test_a_checklist_of_stages_says_done_by_its_work_complete_column(tmp_path):
    """No status or RAG column: 'Owner assigned', 'Plan approved', 'Work complete?',
    'Evidence uploaded', each a tick, a cross, Yes/No, blank or a date. The item is done when
    'Work complete?' says so (a tick, Yes or the date it was done), open otherwise, whatever
    the other stages say (evidence uploaded on an unfinished item is an interim return)."""
    header = ["Reference", "Report title", "Publication date", "Type", "Recommendation",
              "Status"]
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Recommendations": [header, *[
        [ref, report, published, "National recommendation", text, status]
        for ref, report, published, text, status in [
            (8411, SF, datetime(2017, 10, 24), MSHT_INTEL, "Being progressed"),
            (8413, SF, datetime(2017, 10, 24), MSHT_NRM, "Being progressed"),
            (6013, "Targeting the risk", datetime(2015, 9, 15), FIREARMS, "Complete"),
            (9125, "PEEL 2018/19", datetime(2019, 5, 2), CONTROL_ROOM, "Complete")]]]})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"HMICFRS Tracker": [
        ["Hampshire – HMICFRS tracker"], [],
        ["Inspection", "HMICFRS No.", "Recommendation", "Lead", "Owner assigned",
         "Plan approved", "Work complete?", "Evidence uploaded"],
        [SF, 8411, MSHT_INTEL, "DCI Ross", "✓", "✓", "✓", datetime(2024, 3, 1)],
        [SF, 8413, MSHT_NRM, "DCI Ross", "✓", "✓", "x", datetime(2024, 3, 1)],
        ["Targeting the risk", 6013, FIREARMS, "Supt Firearms", "Yes", "Yes",
         datetime(2016, 1, 31), "Yes"],
        ["PEEL 2018/19", 9125, CONTROL_ROOM, "Supt Contact", "Yes", "No", None, None]]})
    rec = reconcile_files(h, f)
    got = {r.force_row: r.category for r in rec.items.itertuples() if r.force_row}
    assert got == {"HMICFRS Tracker!4": "closeable_submit", "HMICFRS Tracker!5": "in_sync",
                   "HMICFRS Tracker!6": "in_sync", "HMICFRS Tracker!7": "closeable_local"}


# ------------------------------ a plan by theme, each row's report only in its own code

def test_a_plan_by_theme_reads_each_rows_report_from_its_code(tmp_path):
    """"PRIORITY 1 – Keeping people safe" groups rows by theme and names no report; each
    row's code ("MSHT17-R2", "PEEL19-AFI1") is the only place its report and year appear. A
    code of the force's own is no register reference either."""
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Improvement Plan": [
        ["Devon and Cornwall Police – HMICFRS improvement plan"], [],
        ["Ref", "Objective", "Lead", "RAG"],
        ["PRIORITY 1 – Keeping people safe"],
        ["MSHT17-R2", MSHT_INTEL, "DCI Ross", "AMBER"],
        ["MSHT17-R4", MSHT_NRM, "DCI Ross", "BLUE"],
        ["PRIORITY 2 – An effective workforce"],
        ["PEEL19-AFI1", CONTROL_ROOM, "Supt Contact Centre", "AMBER"],
        ["FL15-R2", FIREARMS, "Supt Firearms", "BLUE"]]})
    side = load_side(f, "force")
    assert side.items["report"].tolist() == ["MSHT 2017", "MSHT 2017", "PEEL 2019", "FL 2015"]
    reasons = dict(zip(side.skipped["row_id"], side.skipped["reason"], strict=True))
    assert reasons["Improvement Plan!4"].startswith("theme heading")
    from reconcile.normalise import ref_key

    assert ref_key("PEEL21-AFI3") == "" and ref_key("ASR-HMI-017") == ""


def test_a_proposal_in_the_forces_own_words_a_person_rejected_is_not_made_again(tmp_path):
    """The problem-profile row rejected for its item in a returned workbook: the next run
    leaves both unpaired rather than proposing it again."""
    from reconcile.config import MatchSettings
    from reconcile.match import match

    rec = reconcile_files(*_own_words_plan(tmp_path))
    pairs, _ = match(rec.h, rec.f, MatchSettings(),
                     forbidden=[("Recommendations!2", "Action Plan!6")])
    ids = rec.f["row_id"].tolist()
    assert ids.index("Action Plan!6") not in pairs["f"].tolist()
