"""Layouts met in rounds 34 to 36 of cases built by other hands (the twelfth session): a
risk register holding the HMICFRS items, a report given by a footnote number keyed below the
table, a status typed at the start of the text, an alliance's tracker with a status column
per force, and rows shaded grey when finished. Each test failed on b822924, the session's
start, but the two guards (a single bracket at the start of one text; grey rows with no
note saying what grey means).

Texts are real public HMICFRS texts (PEEL 2023-25 areas for improvement, the 2017 child
protection and modern slavery inspections; Open Government Licence); trackers, statuses and
owners are invented, the force's own wording written as a force would.
"""

from __future__ import annotations

from datetime import datetime

from builders import MSHT_INTEL, MSHT_NRM, SF, register, write_xlsx

from reconcile import reconcile_files
from reconcile.load import load_side
from reconcile.normalise.reports import report_key

PEEL23 = "PEEL 2023–25: An inspection of Cheshire Constabulary"
RASSO = ("The force should make sure victims of rape and serious sexual offences are kept "
         "informed about the progress of their case, in line with the Code of Practice for "
         "Victims of Crime.")
OCSA = ("The force should make sure it has enough specialist capacity and capability to "
        "investigate online child sexual abuse.")
SOC = ("The force should make sure its analysis of serious and organised crime informs its "
       "strategic assessment and control strategy.")
COUNTY = ("The force should improve how it gathers, assesses and acts on intelligence about "
          "county lines drug dealing.")
ITEMS = [(20101, PEEL23, datetime(2024, 3, 12), "Area for improvement", RASSO),
         (20102, PEEL23, datetime(2024, 3, 12), "Area for improvement", OCSA),
         (20103, PEEL23, datetime(2024, 3, 12), "Area for improvement", SOC),
         (20104, PEEL23, datetime(2024, 3, 12), "Area for improvement", COUNTY),
         (8411, SF, datetime(2017, 10, 24), "National recommendation", MSHT_INTEL),
         (8413, SF, datetime(2017, 10, 24), "National recommendation", MSHT_NRM)]


def _register(tmp_path, status="Being progressed"):
    return register(tmp_path / "hmicfrs.xlsx", ITEMS, status)


# ------------------------------------------------ a risk register holding the HMICFRS items

def _risk_register(tmp_path):
    header = ["Risk ID", "Source", "HMICFRS ref", "Description", "Likelihood", "Impact",
              "Risk score", "Inherent RAG", "Residual RAG", "Risk owner", "Action owner",
              "Action status", "Review date"]
    rows = [
        ["RR-0401", "PEEL 23-25", 20101, RASSO, 4, 4, 16, "Red", "Green", "ACC Crime",
         "DCI Webb", "In progress", datetime(2024, 11, 1)],
        ["RR-0402", "PEEL 23-25", None, OCSA, 3, 5, 15, "Red", "Amber", "ACC Crime",
         "DCI Webb", "Complete", datetime(2024, 9, 1)],
        ["RR-0403", "PEEL 23-25", 20103, SOC, 3, 3, 9, "Amber", "Green", "ACC Crime",
         "Head of Intelligence", "Tolerated", datetime(2024, 9, 1)],
        ["RR-0404", "PEEL 23-25", 20104, COUNTY, 4, 3, 12, "Amber", "Red", "ACC Crime",
         "Head of Intelligence", "Complete", datetime(2024, 10, 1)],
        ["RR-0411a", "Stolen freedom", 8411, "Within six months, forces should have in place "
         "active information-sharing agreements with other agencies", 3, 4, 12, "Amber",
         "Green", "ACC Protect", "DI Shaw", "Complete", datetime(2024, 8, 1)],
        ["RR-0411b", "Stolen freedom", None, "Speedy exchange of intel with partners to "
         "safeguard victims & identify suspects early", 3, 4, 12, "Amber", "Amber",
         "ACC Protect", "DI Shaw", "In progress", datetime(2024, 8, 1)],
        ["RR-0500", "Corporate", None, "Failure of the command and control system during a "
         "major incident", 2, 5, 10, "Amber", "Amber", "Director of IT", "Head of ICT",
         "Open", datetime(2024, 12, 1)]]
    return write_xlsx(tmp_path / "tracker.xlsx", {"Risk & Assurance Register": [
        ["Cheshire Constabulary – Strategic Risk & Assurance Register"],
        ["Scores: 1-6 Green, 8-12 Amber, 15-25 Red"], header, *rows]})


def test_a_risk_registers_rag_rates_the_risk_and_its_action_status_is_the_status(tmp_path):
    """"Inherent RAG" and "Residual RAG" rate each risk (Green on an open action, Red on a
    finished one); "Action status" says whether the work is done. The action status is the
    status, "Risk ID" the force's own number, and "Tolerated" (the risk accepted, no further
    action) done."""
    side = load_side(_risk_register(tmp_path), "force")
    assert side.sheets[0].mapping["status"] == "Action status"
    assert side.sheets[0].mapping["local_ref"] == "Risk ID"
    items = reconcile_files(_register(tmp_path), _risk_register(tmp_path)).items
    by_row = items.set_index("force_row")
    assert by_row.at["Risk & Assurance Register!4", "category"] == "in_sync"   # residual Green
    for row in (5, 6, 7):                        # Complete, Tolerated, Complete (residual Red)
        assert by_row.at[f"Risk & Assurance Register!{row}", "category"] == "closeable_submit"


def test_a_risk_ids_sub_part_letters_make_one_items_rows(tmp_path):
    """"RR-0411a" and "RR-0411b": the register's own numbering, a letter for each part of
    one recommendation, the second in the force's own words and quoting no reference."""
    items = reconcile_files(_register(tmp_path), _risk_register(tmp_path)).items
    parts = items[items["hmicfrs_row"] == "Recommendations!6"]
    assert sorted(parts["force_row"]) == ["Risk & Assurance Register!8",
                                          "Risk & Assurance Register!9"]


# ------------------------------------------------ a report given by a footnote number

def _keyed(tmp_path, key_lines):
    header = ["No.", "Src", "Type", "Recommendation", "Lead", "Status"]
    rows = [[1, "1", "AFI", RASSO, "DCS Crime", "On track"],
            [2, "[1]", "AFI", OCSA, "DCS Crime", "Complete"],
            [3, "1", "AFI", SOC, "Head of Intelligence", "On track"],
            [4, "1*", "AFI", COUNTY, "Head of Intelligence", "On track"],
            [5, 2, "Rec", MSHT_INTEL, "DI Shaw", "Closed"],
            [6, "2", "Rec", MSHT_NRM, "DI Shaw", "Open"]]
    return write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["Cheshire Constabulary – HMICFRS recommendations"], [], header, *rows, [], [],
        ["Key to source reports:"], *[[line] for line in key_lines]]})


def test_a_footnote_number_keyed_below_the_table_names_the_report(tmp_path):
    """"Src" holds 1, "[1]", "1*" and 2 (typed as text, and once as a number); the key
    below the table reads "1 = PEEL 2023-25 …" and "2 = Stolen freedom 2017" (two words
    will do with the sign between). Each item is filed under the report its number stands
    for: no report conflict."""
    tracker = _keyed(tmp_path, ["1 = PEEL 2023-25: An inspection of Cheshire Constabulary "
                                "(published March 2024)", "2 = Stolen freedom 2017",
                                "* = all-forces (national) recommendation"])
    items = reconcile_files(_register(tmp_path), tracker).items
    paired = items[items["force_row"].notna() & items["hmicfrs_row"].notna()]
    assert len(paired) == 6
    assert not paired["flags"].str.contains("report differs").any()
    by_row = paired.set_index("force_row")
    assert "Stolen freedom" in by_row.at["Tracker!8", "force_report"]      # typed as 2
    assert "Stolen freedom" in by_row.at["Tracker!9", "force_report"]      # typed as "2"


def test_a_footnote_number_with_no_key_names_no_report():
    """A bare "2" or "[3]" says nothing of the report without its key: no report to
    disagree with the list's."""
    assert report_key("2") == report_key("[3]") == ""
    assert report_key("2017") == "2017"


# ------------------------------------------------ a status typed at the start of the text

def _prefixed(tmp_path, texts_and_status):
    header = ["Item no.", "Report", "Type", "Recommendation", "Owner", "Status"]
    reports = ["PEEL 23-25"] * 4 + ["Stolen Freedom"] * 2
    rows = [[k, rep, "AFI" if k <= 4 else "Rec", text, "DCS Crime", status]
            for k, (rep, (text, status)) in enumerate(zip(reports, texts_and_status,
                                                          strict=True), start=1)]
    return write_xlsx(tmp_path / "tracker.xlsx", {"Recs List": [
        ["HMICFRS recommendations – Cheshire"],
        ["Status column no longer maintained – see prefix in text"], [], header, *rows]})


def test_a_status_marked_before_the_text_is_the_status_and_no_part_of_the_text(tmp_path):
    """"[COMPLETE] …", "COMPLETE-The force …", "** DONE ** …", "(Open) …", "[DELAYED – new
    target date 31/03/25] …": the mark is the status (the stale Status column's word kept
    after it) and is cut from the text compared with the list's; a row with no mark keeps
    its status cell."""
    tracker = _prefixed(tmp_path, [
        ("[COMPLETE] " + RASSO, "In progress"),
        ("COMPLETE-" + OCSA, "Not started"),
        ("** DONE ** " + SOC, "In progress"),
        ("[DELAYED – new target date 31/03/25] " + COUNTY, "Complete"),
        ("(Open) " + MSHT_INTEL, "Complete"),
        (MSHT_NRM, "Complete")])
    side = load_side(tracker, "force")
    assert side.items["text"].tolist()[:5] == [RASSO, OCSA, SOC, COUNTY, MSHT_INTEL]
    assert side.items["status"].tolist()[0] == "COMPLETE (marked in the text; In progress)"
    items = reconcile_files(_register(tmp_path), tracker).items.set_index("force_row")
    assert [items.at[f"Recs List!{r}", "category"] for r in range(5, 11)] == [
        "closeable_submit", "closeable_submit", "closeable_submit", "in_sync", "in_sync",
        "closeable_submit"]


def test_one_text_opening_with_a_bracket_is_no_sheet_of_marks(tmp_path):
    """One "(Open)" at the start of one text is the force's wording, not a way of keeping
    status: the status column stands."""
    tracker = _prefixed(tmp_path, [(RASSO, "Complete"), (OCSA, "Complete"),
                                   ("(Open) " + SOC, "Complete"), (COUNTY, "Complete"),
                                   (MSHT_INTEL, "Complete"), (MSHT_NRM, "Complete")])
    side = load_side(tracker, "force")
    assert side.items["status"].tolist() == ["Complete"] * 6


# ------------------------------------------------ round 35: an alliance's tracker, a status per force

def _cambs_list(tmp_path):
    header = ["Reference", "Force", "Report title", "Publication date", "Type",
              "Recommendation", "Status"]
    return write_xlsx(tmp_path / "hmicfrs.xlsx", {"Recommendations": [header, *[
        [ref, "Cambridgeshire Constabulary", report.replace("Cheshire", "Cambridgeshire"),
         published, kind, text, "Being progressed"] for ref, report, published, kind, text
        in ITEMS]]})


def _alliance(tmp_path):
    header = ["BCH Ref", "Report", "Recommendation / AFI", "Beds status", "Cambs status",
              "Herts status", "Collaboration status", "Cambs lead"]
    return write_xlsx(tmp_path / "tracker.xlsx", {"Collaboration tracker": [
        ["BCH Strategic Alliance – HMICFRS recommendations"], [], header,
        ["BCH-01", "PEEL 23-25 (Cambs)", RASSO, "AMBER", "GREEN", "AMBER", "Part complete",
         "DCI Webb"],
        ["BCH-02", "PEEL 23-25 (Cambs)", OCSA, "GREEN", "AMBER", "GREEN", "Part complete",
         "DCI Webb"],
        ["BCH-03", "PEEL 23-25 (Cambs)", SOC, "N/A", "AMBER", "N/A", "Open", "DCI Webb"],
        # Hertfordshire's own inspection, its AFI word for word Cambridgeshire's county
        # lines item, which the alliance does not track for Cambridgeshire.
        ["BCH-04", "PEEL 23-25 (Herts)", COUNTY, "N/A", "N/A", "GREEN", "Closed", "N/A"],
        ["BCH-05", "Stolen freedom", MSHT_INTEL, "GREEN", "GREEN", "AMBER", "Part complete",
         "DI Shaw"],
        ["BCH-06", "Stolen freedom", MSHT_NRM, "AMBER", "AMBER", "AMBER", "Open", "DI Shaw"]]})


def test_a_status_column_per_force_is_read_for_the_lists_force(tmp_path):
    """An alliance keeps "Beds status", "Cambs status", "Herts status" on one row per
    recommendation; the list is Cambridgeshire's, so "Cambs status" (and "Cambs lead") is
    this reconciliation's, whichever the loader took first."""
    rec = reconcile_files(_cambs_list(tmp_path), _alliance(tmp_path))
    assert rec.force.sheets[0].mapping["status"] == "Cambs status"
    items = rec.items.set_index("force_row")
    assert [items.at[f"Collaboration tracker!{r}", "category"] for r in (4, 5, 6, 8, 9)] == [
        "closeable_submit", "in_sync", "in_sync", "closeable_submit", "in_sync"]
    assert items.at["Collaboration tracker!4", "force_owner"] == "DCI Webb"


def test_a_report_noted_with_another_force_is_that_forces_row(tmp_path):
    """"PEEL 23-25 (Herts)" is Hertfordshire's inspection: its row is not Cambridgeshire's
    county lines item, though word for word the same (the item has no row of its own)."""
    items = reconcile_files(_cambs_list(tmp_path), _alliance(tmp_path)).items
    herts = items[items["force_row"] == "Collaboration tracker!7"].iloc[0]
    assert (herts["hmicfrs_row"], herts["category"]) == (None, "not_on_hmicfrs_list")
    county = items[items["hmicfrs_row"] == "Recommendations!5"].iloc[0]
    assert county["category"] == "missing_from_force"
    assert report_key("PEEL 21/22 (Cambs)") == report_key("PEEL 21/22")


# ------------------------------------------------ round 36: rows shaded grey when finished

def _greyed(tmp_path, note, fills):
    """The tracker with each item's whole row filled as `fills` says (None: no fill)."""
    import openpyxl
    from openpyxl.styles import PatternFill

    header = ["Ref", "Report", "Recommendation", "Lead", "RAG"]
    rows = [[20101, "PEEL 23-25", RASSO, "DCS Crime", "Amber"],
            [20102, "PEEL 23-25", OCSA, "DCS Crime", "Amber"],
            [20103, "PEEL 23-25", SOC, "Head of Intelligence", "In progress"],
            [20104, "PEEL 23-25", COUNTY, "Head of Intelligence", None],
            [8411, "Stolen freedom", MSHT_INTEL, "DI Shaw", "Amber"],
            [8413, "Stolen freedom", MSHT_NRM, "DI Shaw", "Amber"]]
    path = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["Cheshire Constabulary – HMICFRS tracker"], [note], [], header, *rows]})
    wb = openpyxl.load_workbook(path)
    ws = wb["Tracker"]
    for k, rgb in enumerate(fills, start=5):
        for c in range(1, len(header) + 1):
            if rgb:
                ws.cell(row=k, column=c).fill = PatternFill("solid", fgColor=rgb)
    wb.save(path)
    return path


def test_rows_shaded_grey_are_done_where_the_sheet_says_so(tmp_path):
    """"Greyed-out rows = closed / complete": rows filled BFBFBF or D9D9D9 are done whatever
    their RAG (Amber, "In progress", blank); rows banded F2F2F2 (Excel's "White, Darker
    5%") are open, as are rows with no fill."""
    fills = ["BFBFBF", "F2F2F2", "D9D9D9", "BFBFBF", None, "F2F2F2"]
    tracker = _greyed(tmp_path, "Greyed-out rows = closed / complete (kept for audit trail)",
                      fills)
    side = load_side(tracker, "force")
    assert side.items["status"].tolist()[0] == "Done (row shaded grey; Amber)"
    items = reconcile_files(_register(tmp_path), tracker).items.set_index("force_row")
    assert [items.at[f"Tracker!{r}", "category"] for r in range(5, 11)] == [
        "closeable_submit", "in_sync", "closeable_submit", "closeable_submit", "in_sync",
        "in_sync"]


def test_grey_rows_say_nothing_without_the_sheets_note(tmp_path):
    """With no note saying what grey means, a grey row is a layout's shading: the RAG
    stands."""
    tracker = _greyed(tmp_path, "Updated monthly by the Organisational Learning team",
                      ["BFBFBF"] * 6)
    side = load_side(tracker, "force")
    assert side.items["status"].tolist()[:3] == ["Amber", "Amber", "In progress"]


def test_a_task_title_with_the_items_number_in_brackets_is_no_part_of_the_text():
    """Round 34's risk register: "MSHT leadership & governance review (Stolen Freedom rec 1)
    - every incident of MSHT …": the force's title for the task and the item's number, then
    the bullet. Read as words of the item, the title made the bullet another subject; a
    sentence only mentioning a recommendation keeps its words."""
    from reconcile.normalise import strip_stems

    assert strip_stems("MSHT leadership & governance review (Stolen Freedom rec 1) - every "
                       "incident of MSHT identified to police") == (
        "every incident of MSHT identified to police")
    assert strip_stems("Data quality (PEEL AFI 3): Improve the supervision") == (
        "Improve the supervision")
    kept = "Improve (as per rec 3) how it works with partners"
    assert strip_stems(kept) == kept


# ------------------------------------------------ round 37: a status line in the text cell, grades by heading

def test_a_status_line_inside_the_text_cell_is_the_status(tmp_path):
    """A tracker kept like a document: the cell holds the text, then "Status: Complete",
    "STATUS - In progress", "Position: Awaiting sign-off", "Lead: DCI Smith" on lines of
    their own, in any order. Each is its field and no part of the text; a "Position:" line
    that is progress, not a status, stays progress."""
    header = ["No.", "Report", "Type", "Recommendation and position"]
    cells = [RASSO + "\nStatus: Complete\nLead: DCS Crime",
             "STATUS - In progress\n" + OCSA + "\nUpdate (Oct 24): training completed for DCs",
             SOC + "\nPosition: Awaiting sign-off",
             COUNTY + "\nPosition: analysts recruited, dashboard being built in Q3 with partners",
             MSHT_INTEL + "\nCurrent status: Open", MSHT_NRM]
    tracker = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["HMICFRS recommendations – no status line means open"], [], header,
        *[[k, "PEEL 23-25" if k <= 4 else "Stolen freedom", "AFI" if k <= 4 else "Rec", cell]
          for k, cell in enumerate(cells, start=1)]]})
    side = load_side(tracker, "force")
    statuses = [None if s != s else s for s in side.items["status"].tolist()]   # NaN: none
    assert statuses == ["Complete", "In progress", "Awaiting sign-off", None, "Open", None]
    assert "dashboard being built" in side.items["progress"].tolist()[3]
    assert side.items["owner"].tolist()[0] == "DCS Crime"
    assert side.items["text"].tolist()[0] == RASSO
    items = reconcile_files(_register(tmp_path), tracker).items.set_index("force_row")
    assert [items.at[f"Tracker!{r}", "category"] for r in range(4, 10)] == [
        "closeable_submit", "in_sync", "closeable_submit", "in_sync", "in_sync", "in_sync"]


def test_a_tracker_sorted_under_grade_headings_takes_each_items_grade_from_its_heading(
        tmp_path):
    """No status column; items sit under "RED – off track (1)", "GREEN – on track (2)",
    "BLUE - complete, awaiting HMICFRS closure (3)". Each item's status is what its heading
    says its grade means: Green on track (open, as BRAG has it), Blue complete."""
    header = ["Ref", "Report", "Recommendation", "Lead", "Latest update"]
    tracker = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["Cheshire Constabulary – HMICFRS recommendations by progress"], [], header,
        ["RED – off track (1)"],
        [20101, "PEEL 23-25", RASSO, "DCS Crime", "Delayed by system change"],
        ["GREEN – on track (2)"],
        [20102, "PEEL 23-25", OCSA, "DCS Crime", "Training under way"],
        [8411, "Stolen freedom", MSHT_INTEL, "DI Shaw", "Complete – evidence gathered"],
        ["BLUE - complete, awaiting HMICFRS closure (3)"],
        [20103, "PEEL 23-25", SOC, "Head of Intelligence", "Evidence pack sent"],
        [20104, "PEEL 23-25", COUNTY, "Head of Intelligence", None],
        [8413, "Stolen freedom", MSHT_NRM, "DI Shaw", None]]})
    items = reconcile_files(_register(tmp_path), tracker).items.set_index("force_row")
    assert [items.at[f"Tracker!{r}", "category"] for r in (5, 7, 8, 10, 11, 12)] == [
        "in_sync", "in_sync", "in_sync", "closeable_submit", "closeable_submit",
        "closeable_submit"]
    assert items.at["Tracker!7", "force_status"].startswith("on track (GREEN")


def test_the_portals_id_column_is_the_hmicfrs_reference(tmp_path):
    """"Portal ID": HMICFRS's monitoring portal's id for the item, quoted by the force."""
    tracker = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["Portal ID", "Report", "Recommendation", "Owner", "Status"],
        [20101, "PEEL 23-25", RASSO, "DCS Crime", "On track"],
        [20102, "PEEL 23-25", OCSA, "DCS Crime", "Complete"],
        [20103, "PEEL 23-25", SOC, "Head of Intelligence", "On track"]]})
    assert load_side(tracker, "force").sheets[0].mapping["ref"] == "Portal ID"


# ------------------------------------------------ round 38: report, reference and number in one cell

def test_a_source_cell_holding_report_reference_and_number_is_read_into_each(tmp_path):
    """"PEEL 2023-25 – Ref 20101 – AFI 1", "Stolen freedom | Rec 1 | HMICFRS 8411", "PEEL
    23-25 AFI 3 (20103)": each part in its field. Left whole, the reference and number were
    words of another report's name ("report differs" on every row). A year in brackets
    dates the report, and a cell with no reference ("PEEL 2023-25 / AFI 2") is left to the
    report's reading, as before."""
    header = ["Department", "Source", "Recommendation", "Lead", "Status"]
    tracker = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [header,
        ["Crime", "PEEL 2023-25 – Ref 20101 – AFI 1", RASSO, "DCS Crime", "Amber"],
        ["Crime", "PEEL 2023-25 / AFI 2", OCSA, "DCS Crime", "Green"],
        ["Intelligence", "PEEL 23-25 AFI 3 (20103)", SOC, "Head of Intelligence", "Amber"],
        ["Intelligence", "Digital – PEEL 2023-25 – 20104", COUNTY, "Head of Intelligence",
         "Amber"],
        ["Protect", "Stolen freedom (Oct 2017) | Rec 1 | HMICFRS 8411", MSHT_INTEL, "DI Shaw",
         "Green"],
        ["Protect", "8413 – Stolen freedom 2017 – Rec 3", MSHT_NRM, "DI Shaw", "Amber"]]})
    side = load_side(tracker, "force")
    refs = [None if r != r else r for r in side.items["ref"].tolist()]    # NaN: none
    assert refs == ["20101", None, "20103", "20104", "8411", "8413"]
    local = side.items["local_ref"].tolist()
    assert (local[0], local[2], local[5]) == ("AFI 1", "AFI 3", "Rec 3")
    assert side.items["report"].tolist()[3] == "PEEL 2023-25"
    items = reconcile_files(_register(tmp_path), tracker).items
    paired = items[items["force_row"].notna()]
    assert paired["hmicfrs_row"].notna().all()
    assert not paired["flags"].str.contains("report differs").any()


def test_a_source_cells_parts_year_and_reference_told_apart():
    """A year in brackets dates the report; "Ref 2024" is a reference whatever its number;
    a department's word beside the report is no part of its name."""
    from reconcile.load.sources import split_source

    assert split_source("PEEL 2017 – Ref 2024 – AFI 3") == ("PEEL 2017", "2024", "AFI 3")
    assert split_source("Stop and Search – (2013)") == ("Stop and Search (2013)", None, None)
    assert split_source("Digital – PEEL 2021/22 – 12368") == ("PEEL 2021/22", "12368", None)
    assert split_source("CDI 2019 / R1(b)") == ("CDI 2019", None, "R1(b)")
