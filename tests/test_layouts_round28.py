"""Layouts met in rounds 27 to 31 of cases built by other hands (the eleventh session).
Each test failed on the code before its rule: 7ab9bfe, the session's start, but the last
(a guard of the score key, failing on baf5717, which brought the key in).

Texts are real public HMICFRS texts (PEEL 2018/19 and PEEL 2023-25 areas for improvement;
Open Government Licence); trackers, statuses and owners are invented, the force's own
wording written as a force would.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from builders import BODIES, other_rows, others, register, write_xlsx

from reconcile import reconcile_files
from reconcile.normalise import addressees, item_number
from reconcile.normalise.reports import sheet_year

PEEL19 = "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Derbyshire Constabulary"
PEEL23 = "PEEL 2023–25: An inspection of Derbyshire Constabulary"
COSTS = "The force should develop its understanding of the links between its outcomes, outputs and costs."
WORKFORCE = ("The force should develop a future workforce plan that is aligned with its overall "
             "demand and budget. The plan should include future resource allocations, the mix "
             "of skills required by the workforce and behaviours expected of them.")
RASSO = ("The force should make sure victims of rape and serious sexual offences are kept "
         "informed about the progress of their case, in line with the Code of Practice for "
         "Victims of Crime.")
OCSA = ("The force should make sure it has enough specialist capacity and capability to "
        "investigate online child sexual abuse.")
SOC = ("The force should make sure its analysis of serious and organised crime informs its "
       "strategic assessment and control strategy.")
COUNTY = ("The force should improve how it gathers, assesses and acts on intelligence about "
          "county lines drug dealing.")


def _transcribed(tmp_path):
    """A list the force typed up from the reports: no register ids, each item numbered only
    as its report numbers it ("No. in report")."""
    return write_xlsx(tmp_path / "hmicfrs.xlsx", {"Transcribed": [
        ["Definitive list – typed from the published reports"], [],
        ["Report", "Published", "Type", "No. in report", "Text as published", "HMICFRS status"],
        [PEEL19, "May 2019", "AFI", "AFI3", COSTS, "Open"],
        [PEEL19, "May 2019", "AFI", "AFI4", WORKFORCE, "Open"],
        [PEEL23, datetime(2024, 3, 12), "Area for improvement", "AFI 1", RASSO, "Open"],
        [PEEL23, datetime(2024, 3, 12), "Area for improvement", "AFI 2", OCSA, "Open"],
        [PEEL23, datetime(2024, 3, 12), "Area for improvement", "AFI 3", SOC, "Open"],
        [PEEL23, datetime(2024, 3, 12), "Area for improvement", "AFI 4", COUNTY, "Open"]]})


def _tracker(tmp_path, rows):
    header = ["Action ID", "HMICFRS ref", "Type", "Recommendation / AFI (as recorded)", "Lead",
              "Status"]
    return write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [["Force action plan"], [],
                                                              header, *rows]})


@pytest.mark.parametrize(("cell", "number"), [
    ("AFI 3", "afi 3"), ("AFI4", "afi 4"), ("PEEL 21/22 AFI 1", "afi 1"), ("Rec 4(b)", "rec 4"),
    ("R3(a)", "rec 3"), ("CoC 2", "coc 2"), ("PEEL21-AFI3", "afi 3"),
    ("Recommendation 3", "rec 3"), ("Area for improvement 2", "afi 2"),
    # a register id, the force's own running code, words: no number in a report
    ("HMICFRS 1234", ""), ("2024-PEEL-03a", ""), ("Action 3", ""), ("FAR 2", ""), (None, "")])
def test_a_reports_own_number_is_read_from_a_reference_cell(cell, number):
    assert item_number(cell) == number


def test_a_text_starting_with_a_reports_number_names_it():
    assert item_number("PEEL 21/22 AFI 3 – The force should", True) == "afi 3"
    assert item_number("(Rec 2) The force should", True) == "rec 2"
    assert item_number("R2 and R3 should be read together", True) == ""


def test_a_force_quoting_another_number_of_the_report_is_a_conflict(tmp_path):
    """The force quotes "AFI 3" on AFI 4's text (PEEL 2018/19): paired by the text, the
    number a conflict in the list's words; AFI 3 has no row. A number quoted right, or of
    another report, is none."""
    tracker = _tracker(tmp_path, [
        ["2019-PEEL-07", "AFI 3", "AFI", "The force should develop a future workforce plan "
         "that is aligned with its overall demand and budget, including future resource "
         "allocations, skills mix and behaviours expected.", "Director of People", "On track"],
        ["2024-PEEL-01", "AFI 1", "AFI", RASSO, "Det Ch Supt Force CID", "On track"],
        ["2024-PEEL-02", "PEEL 23/25 AFI 2", "AFI", OCSA, "Det Ch Supt Force CID", "On track"]])
    items = reconcile_files(_transcribed(tmp_path), tracker).items
    line = items.set_index("force_row").loc["Tracker!4"]
    assert line["hmicfrs_row"] == "Transcribed!5"
    assert line["category"] == "conflict"
    assert "number in the report differs: HMICFRS AFI 4 vs force AFI 3" in line["flags"]
    alone = items.set_index("hmicfrs_row").loc["Transcribed!4"]
    assert alone["category"] == "missing_from_force"
    for row, item in (("Tracker!5", "Transcribed!6"), ("Tracker!6", "Transcribed!7")):
        right = items.set_index("force_row").loc[row]
        assert (right["hmicfrs_row"], right["category"]) == (item, "in_sync")
        assert "number" not in right["flags"]


def test_action_rows_quoting_one_number_are_that_items_split(tmp_path):
    """Two action rows under PEEL 2023-25 both quote "AFI 3", each the item's gist and an
    action of its own (longer than a part): the force's numbering makes them AFI 3's two
    rows, not one row and a force-only action."""
    tracker = _tracker(tmp_path, [
        ["2024-PEEL-03a", "AFI 3", "AFI", "SOC analysis to inform strategic assessment and "
         "control strategy – action 1: refresh SOC strategic assessment", "Head of "
         "Intelligence", "On track"],
        ["2024-PEEL-03b", "AFI 3", "AFI", "SOC analysis to inform strategic assessment and "
         "control strategy – action 2: align control strategy and tasking to the assessment",
         "ACC Crime", "On track"],
        ["2024-PEEL-04", "AFI 4", "AFI", "Improve how it gathers, assesses and acts on "
         "intelligence about county lines drug dealing.", "Head of Intelligence", "Off track"]])
    items = reconcile_files(_transcribed(tmp_path), tracker).items
    soc = items[items["hmicfrs_row"] == "Transcribed!8"]
    assert sorted(soc["force_row"]) == ["Tracker!4", "Tracker!5"]
    assert set(soc["category"]) == {"in_sync"}
    assert not (items["category"] == "not_on_hmicfrs_list").any()
    assert not (items["decision"] == "review").any()


def test_the_lists_number_in_report_and_the_trackers_action_id_are_read(tmp_path):
    """"No. in report" on the list and "Action ID" on the tracker are each side's own
    number, shown beside the pair."""
    tracker = _tracker(tmp_path, [["2024-PEEL-01", "AFI 1", "AFI", RASSO, "DCS Crime",
                                   "On track"]])
    line = reconcile_files(_transcribed(tmp_path), tracker).items.set_index("force_row"
                                                                           ).loc["Tracker!4"]
    assert line["hmicfrs_local_ref"] == "AFI 1"
    assert line["force_local_ref"] == "2024-PEEL-01"


EFF16 = "PEEL: Police effectiveness 2016 – Lancashire Constabulary"
SUPERVISE = ("Within six months the force should ensure regular and active supervision of the "
             "quality and progress of investigations. This supervision should be properly "
             "recorded.")
PLANS = ("The force should improve the supervision of investigations, so that investigation "
         "plans are set, reviewed and recorded and victims receive a consistently good service.")


#: More of the report's items (none of them the two above), for words weighed as on a real list.
FILLER = [b for b in BODIES[:14] if "active supervision" not in b]


def test_a_status_key_on_a_guidance_sheet_decides_the_forces_words(tmp_path):
    """The force's own words, defined on its Guidance sheet with a Yes / No column: BAU and
    "Assurance pending" are done, "Awaiting sign-off" is not (whatever the built-in words
    say); "BAU (Business as usual)" also names "Business as usual"."""
    listed = register(tmp_path / "hmicfrs.xlsx", [
        (7313 + k, EFF16, datetime(2017, 3, 2), "Recommendation", text)
        for k, text in enumerate((SUPERVISE, PLANS, RASSO, OCSA))], "Being progressed")
    tracker = write_xlsx(tmp_path / "tracker.xlsx", {
        "Guidance": [["HMICFRS tracker – guidance"], [],
                     ["Status", "What it means", "Complete for the force?"],
                     ["On track", "Work under way.", "No"],
                     ["Awaiting sign-off", "Evidence pack with the board, not signed off.", "No"],
                     ["Assurance pending", "Signed off; dip sample to follow.", "Yes"],
                     ["BAU (Business as usual)", "Done and embedded.", "Yes"]],
        "Tracker": [["HMICFRS Ref", "Report", "Recommendation", "Lead", "Status"],
                    [7313, EFF16, SUPERVISE, "D/Supt Crime", "BAU"],
                    [7314, EFF16, PLANS, "D/Supt Crime", "Awaiting sign-off"],
                    [7315, EFF16, RASSO, "DCS Public Protection", "Assurance pending"],
                    [7316, EFF16, OCSA, "DCS Public Protection", "Business as usual"]]})
    lines = reconcile_files(listed, tracker).items.set_index("force_row")["category"]
    assert lines.to_dict() == {"Tracker!2": "closeable_submit", "Tracker!3": "in_sync",
                               "Tracker!4": "closeable_submit", "Tracker!5": "closeable_submit"}


def test_one_recommendation_tracked_by_each_division_is_one_items_rows(tmp_path):
    """"EFF16-R3-W", "-S", "-E": the force's code, then the division. Each division's row
    (one misspelt, one a row away from the others) is the item's; three copies saying
    "within three months" are all the item's rows, each a timescale conflict."""
    listed = register(tmp_path / "hmicfrs.xlsx", [
        (7314, EFF16, datetime(2017, 3, 2), "Area for improvement", PLANS),
        (7315, EFF16, datetime(2017, 3, 2), "Recommendation", SUPERVISE),
        *[item[:5] for item in others(EFF16, 100, FILLER)]], "Being progressed")
    three = SUPERVISE.replace("Within six months", "Within three months")
    tracker = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["Force Ref", "Report", "Recommendation / AFI", "Division", "Lead", "Status"],
        ["EFF16-AFI1-W", EFF16, PLANS, "West", "D/Supt West", "In progress"],
        ["EFF16-AFI1-S", EFF16, PLANS.replace("supervision", "supervison"), "South",
         "D/Supt South", "In progress"],
        ["EFF16-R4-W", EFF16, three, "West", "D/Supt West", "Complete"],
        ["EFF16-R4-S", EFF16, three, "South", "D/Supt South", "In progress"],
        ["EFF16-R4-E", EFF16, three, "East", "D/Supt East", "Complete"],
        ["EFF16-AFI1-E", EFF16, PLANS, "East", "D/Supt East", "Not started"],
        *[[f"EFF16-X{k}", EFF16, row[2], "Force-wide", "DCI Ross", "Open"]
          for k, row in enumerate(other_rows(100, FILLER))]]})
    items = reconcile_files(listed, tracker).items
    plans = items[items["hmicfrs_row"] == "Recommendations!2"]
    assert sorted(plans["force_row"]) == ["Tracker!2", "Tracker!3", "Tracker!7"]
    assert set(plans["category"]) == {"in_sync"}
    supervise = items[items["hmicfrs_row"] == "Recommendations!3"]
    assert sorted(supervise["force_row"]) == ["Tracker!4", "Tracker!5", "Tracker!6"]
    assert set(supervise["category"]) == {"conflict"}
    assert supervise["flags"].str.contains("timescale differs").all()
    assert not (items["decision"] == "review").any()


def test_a_tracker_kept_by_dates_alone_is_read_by_them(tmp_path):
    """No status column: "Date actions completed" and "Date evidence submitted to HMICFRS".
    A date on or before the sheet's "as at" date is done (typed as text too); a later one is
    the lead's plan, and "TBC" or nothing is open."""
    listed = register(tmp_path / "hmicfrs.xlsx", [
        (7313 + k, EFF16, datetime(2017, 3, 2), "Recommendation", text)
        for k, text in enumerate((SUPERVISE, PLANS, RASSO, OCSA, COUNTY))], "Being progressed")
    tracker = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["Lancashire Constabulary – HMICFRS tracker"],
        ["Position as at 14/11/2024. Enter the date actions were completed once the lead "
         "confirms."], [],
        ["Ref", "Report", "Recommendation", "Owner", "Target date", "Date actions completed",
         "Date evidence submitted to HMICFRS", "Update"],
        [7313, EFF16, SUPERVISE, "D/Supt Crime", "n/a", datetime(2018, 6, 30), None, "Done."],
        [7314, EFF16, PLANS, "D/Supt Crime", "31/03/2025", datetime(2025, 3, 31), None,
         "Expected by end of March."],
        [7315, EFF16, RASSO, "DCS PP", "Q4", "TBC", None, "Awaiting evidence."],
        [7316, EFF16, OCSA, "DCS PP", "Q2", None, "14/06/2024", "Pack submitted."],
        [7317, EFF16, COUNTY, "Head of Intelligence", "Q3", None, None, None]]})
    lines = reconcile_files(listed, tracker).items.set_index("force_row")
    assert lines["category"].to_dict() == {
        "Tracker!5": "closeable_submit", "Tracker!6": "in_sync", "Tracker!7": "in_sync",
        "Tracker!8": "closeable_submit", "Tracker!9": "in_sync"}
    assert lines.at["Tracker!5", "force_status"] == "Complete (Date actions completed 30/06/2018)"
    assert lines.at["Tracker!6", "force_status"].startswith("Open (planned:")


JTAI = ("Joint targeted area inspection of the multi-agency response to the criminal "
        "exploitation of children in Derbyshire")
PARTNERS = ("The force should improve how it works with partner organisations to safeguard "
            "people at risk from county lines drug dealing.")


def test_a_partners_copy_of_a_joint_recommendation_is_not_the_police_item(tmp_path):
    """A joint inspection words one recommendation for each body: the tracker holds only
    children's social care's copy, which is not the force's item, however alike the words.
    A row addressed to the Home Office is still its part of an item addressed to both."""
    both = ("By September 2018, chief constables should produce an ambitious plan to improve "
            "digitally-enabled services within their force. The Home Office, National Police "
            "Chiefs' Council and Association of Police and Crime Commissioners should support "
            "the development of these plans by establishing a national framework.")
    listed = register(tmp_path / "hmicfrs.xlsx", [
        (11890, JTAI, datetime(2023, 3, 9), "Area for improvement", PARTNERS),
        (11891, JTAI, datetime(2023, 3, 9), "Area for improvement", COUNTY),
        (8420, "PEEL: Police effectiveness 2017", datetime(2018, 3, 22), "Recommendation",
         both)], "Being progressed")
    tracker = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["Report", "Recommendation / area for improvement", "Lead agency", "RAG"],
        [JTAI, "Children's social care should improve how it works with partner "
         "organisations to safeguard people at risk from county lines drug dealing.",
         "Local authority", "Amber"],
        [JTAI, COUNTY, "Police", "Amber"],
        ["PEEL: Police effectiveness 2017", "The Home Office, NPCC and APCC should support the "
         "development of these plans by establishing a national framework.", "Home Office",
         "Green"]]})
    items = reconcile_files(listed, tracker).items
    by_row = items.set_index("force_row")
    assert by_row.at["Tracker!2", "category"] == "not_on_hmicfrs_list"
    assert items.set_index("hmicfrs_row").at["Recommendations!2", "category"] == \
        "missing_from_force"
    assert by_row.at["Tracker!3", "hmicfrs_row"] == "Recommendations!3"
    assert by_row.at["Tracker!4", "hmicfrs_row"] == "Recommendations!4"


def test_an_items_wording_kept_in_the_note_on_its_title_is_its_text(tmp_path):
    """The "Item" column shows a short title the force wrote; the full wording is in the
    cell's note (Excel writes its author on the first line). Each row pairs by its note;
    a remark noted on the RAG cell is not a text, and a title's "AFI 1" still types it."""
    from openpyxl import load_workbook
    from openpyxl.comments import Comment

    listed = register(tmp_path / "hmicfrs.xlsx", [
        (7313, EFF16, datetime(2017, 3, 2), "Recommendation", SUPERVISE),
        (7314, EFF16, datetime(2017, 3, 2), "Recommendation", PLANS),
        (7315, EFF16, datetime(2017, 3, 2), "Area for improvement", RASSO),
        *[item[:5] for item in others(EFF16, 100, FILLER)]], "Being progressed")
    path = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["Staffordshire Police – HMICFRS tracker"], ["Full wording in the note on each Item."],
        [], ["Report", "HMICFRS ref", "Item", "Lead", "RAG", "Update"],
        [EFF16, None, "Rec 2 – investigation plans", "D/Supt Crime", "AMBER",
         "Plan template issued."],
        [EFF16, None, "AFI 1 – RASSO victims kept informed", "DCS PP", "GREEN",
         "Soteria contact standard live."],
        [EFF16, 7313, "Rec 1 – supervision recorded", "D/Supt Crime", "GREEN",
         "Dip sample done."]]})
    wb = load_workbook(path)
    ws = wb["Tracker"]
    ws["C5"].comment = Comment(f"Kerry Dunn:\n{PLANS}", "Kerry Dunn")
    ws["C6"].comment = Comment(RASSO, "Kerry Dunn")
    ws["E7"].comment = Comment("Kerry Dunn:\nEvidence pack submitted to HMICFRS for closure "
                               "on 3 May, awaiting reply.", "Kerry Dunn")
    wb.save(path)
    lines = reconcile_files(listed, path).items.set_index("force_row")
    assert lines.at["Tracker!5", "hmicfrs_row"] == "Recommendations!3"
    assert lines.at["Tracker!5", "force_text"] == PLANS
    assert lines.at["Tracker!6", "hmicfrs_row"] == "Recommendations!4"
    assert lines.at["Tracker!6", "category"] == "closeable_submit"
    assert lines.at["Tracker!7", "force_text"] == "Rec 1 – supervision recorded"
    assert lines.at["Tracker!7", "hmicfrs_row"] == "Recommendations!2"


def test_rows_under_a_completed_banner_are_done_whatever_their_stale_status(tmp_path):
    """One sheet in sections: "OPEN RECOMMENDATIONS / AFIs", then "COMPLETED – AWAITING
    HMICFRS CLOSURE" (banners merged across the table). A row cut and pasted under the
    completed banner with its status still "In progress" (or blank) is done; under the open
    banner, its status decides."""
    listed = register(tmp_path / "hmicfrs.xlsx", [
        (7313 + k, EFF16, datetime(2017, 3, 2), "Recommendation", text)
        for k, text in enumerate((SUPERVISE, PLANS, RASSO, OCSA))], "Being progressed")
    header = ["Ref", "Report", "Recommendation", "Lead", "Status", "Latest update"]
    tracker = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["Cumbria Constabulary – HMICFRS tracker"], [], header,
        ["OPEN RECOMMENDATIONS / AFIs"],
        [7313, EFF16, SUPERVISE, "D/Supt Crime", "In progress", "Dip sampling monthly."],
        [7314, EFF16, PLANS, "D/Supt Crime", "Complete", "Evidence submitted to HMICFRS."],
        [],
        ["COMPLETED – AWAITING HMICFRS CLOSURE"],
        [7315, EFF16, RASSO, "DCS PP", "In progress", "Moved here at the May board."],
        [7316, EFF16, OCSA, "DCS PP", None, "Signed off by the ACC."]]},
        merges={"Tracker": ["A4:F4", "A8:F8"]}, bold={"Tracker": ["A4", "A8"]})
    lines = reconcile_files(listed, tracker).items.set_index("force_row")
    assert lines["category"].to_dict() == {
        "Tracker!5": "in_sync", "Tracker!6": "closeable_submit",
        "Tracker!9": "closeable_submit", "Tracker!10": "closeable_submit"}
    assert lines.at["Tracker!9", "force_status"] == (
        "Complete (under 'COMPLETED – AWAITING HMICFRS CLOSURE'; status cell: In progress)")


@pytest.mark.parametrize(("text", "who"), [
    ("The force should improve how it works with partners.", "the police"),
    ("Children's social care should improve how it works with partners.",
     "children's social care"),
    ("Within six months Avon and Somerset Constabulary should make sure …", "the police"),
    ("Not later than October 2017 the force should evaluate its work. The police & crime "
     "commissioner should hold the force to account in this respect.", "the police|the PCC"),
    ("HMICFRS recommends that the force should immediately: make sure it records reports of "
     "knife crime accurately; and The police and crime commissioner should hold the force to "
     "account.", "the police|the PCC"),
    ("By 1 October 2023, as a precursor to the College of Fire and Rescue, chief fire officers "
     "and the National Fire Chiefs Council should work with the Home Office.",
     "the police|the NFCC"),
    # a "should" carrying the sentence's own verb on, a body named further in: no addressee
    ("Make sure it records reports of people with mental ill health accurately and without "
     "delay, and should do so by the end of March 2018.", ""),
    ("Chief constables and the College of Policing should agree a plan.",
     "the police|the College of Policing")])
def test_whom_a_text_is_addressed_to(text, who):
    assert addressees(text) == who


def test_status_symbols_typed_in_a_teams_list_are_read(tmp_path):
    """A Microsoft Lists export: "✅" alone is done, "⏳ Awaiting evidence" open, "🟢 On track"
    open (the words decide before the green), "🟡 At risk" open; none is left blank."""
    listed = register(tmp_path / "hmicfrs.xlsx", [
        (7313 + k, EFF16, datetime(2017, 3, 2), "Recommendation", text)
        for k, text in enumerate((SUPERVISE, PLANS, RASSO, OCSA))], "Being progressed")
    tracker = write_xlsx(tmp_path / "tracker.xlsx", {"owssvr": [
        ["Title", "Recommendation text", "Report", "HMICFRS reference", "Status"],
        ["Supervision", SUPERVISE, EFF16, 7313, "✅"],
        ["Plans", PLANS, EFF16, 7314, "⏳ Awaiting evidence"],
        ["RASSO victims", RASSO, EFF16, 7315, "🟢 On track"],
        ["OCSA capacity", OCSA, EFF16, 7316, "🟡 At risk"]]})
    lines = reconcile_files(listed, tracker).items.set_index("force_row")
    assert lines["category"].to_dict() == {
        "owssvr!2": "closeable_submit", "owssvr!3": "in_sync", "owssvr!4": "in_sync",
        "owssvr!5": "in_sync"}
    assert lines["force_state"].to_dict() == {
        "owssvr!2": "done", "owssvr!3": "open", "owssvr!4": "open", "owssvr!5": "open"}


def test_a_count_of_actions_done_is_the_status_where_none_is_given(tmp_path):
    """"Actions complete" beside "Number of actions", the status left blank: "3/3", "All"
    and a bare 2 of 2 are done; "2/3" and "4/4" of six actions (two added since) are not."""
    texts = (SUPERVISE, PLANS, RASSO, OCSA, COUNTY)
    listed = register(tmp_path / "hmicfrs.xlsx", [
        (7313 + k, EFF16, datetime(2017, 3, 2), "Recommendation", text)
        for k, text in enumerate(texts)], "Being progressed")
    counts = [(3, "3/3"), (4, "All"), (2, 2), (3, "2/3"), (6, "4/4")]
    tracker = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["HMICFRS Ref", "Report", "Recommendation", "Number of actions", "Actions complete",
         "Status", "Owner"],
        *[[7313 + k, EFF16, text, n, done, None, "D/Supt Crime"]
          for k, (text, (n, done)) in enumerate(zip(texts, counts, strict=True))]]})
    lines = reconcile_files(listed, tracker).items.set_index("force_row")
    assert lines["category"].to_dict() == {
        "Tracker!2": "closeable_submit", "Tracker!3": "closeable_submit",
        "Tracker!4": "closeable_submit", "Tracker!5": "in_sync", "Tracker!6": "in_sync"}
    assert lines.at["Tracker!2", "force_status"] == "Complete (Actions complete: 3/3)"


def test_a_report_merged_down_its_block_in_an_opendocument_file_is_each_rows(tmp_path):
    """A PCC's tracker published as .ods: the report merged down its block (the reader sees
    no merges in such a file) is each row's to the blank row; a sheet named for a span of
    years ("Reports to 2017") names none of its rows' years."""
    from builders import write_ods

    listed = register(tmp_path / "hmicfrs.xlsx", [
        (7313, EFF16, datetime(2017, 3, 2), "Recommendation", SUPERVISE),
        (7314, EFF16, datetime(2017, 3, 2), "Recommendation", PLANS),
        (11890, JTAI, datetime(2023, 3, 9), "Area for improvement", PARTNERS)],
        "Being progressed")
    tracker = write_ods(tmp_path / "tracker.ods", {"Reports to 2017": [
        ["Report", "Rec / AFI no.", "Recommendation or area for improvement", "Status"],
        [(EFF16, 2), "Rec 1", SUPERVISE, "In progress"],
        ["COVERED", "Rec 2", PLANS, "In progress"],
        [],
        [JTAI, "AFI 1", PARTNERS, "In progress"]]})
    lines = reconcile_files(listed, tracker).items.set_index("force_row")
    assert lines.at["Reports to 2017!3", "force_report"] == EFF16
    assert lines["category"].to_dict() == {"Reports to 2017!2": "in_sync",
                                           "Reports to 2017!3": "in_sync",
                                           "Reports to 2017!5": "in_sync"}
    assert sheet_year("Reports to 2017") is None and sheet_year("2021-22") == 2021


KEY_0_4 = ["Not started", "Plan agreed", "In progress", "Delivered, awaiting evidence",
           "Complete and evidenced (closed by the force)"]


def test_a_score_read_by_the_sheets_key_decides_over_a_stale_rag(tmp_path):
    """"Assurance rating (0-4)" with its key beside the table: 4 is complete, 3 (delivered,
    awaiting evidence) is not; the RAG beside it, left as it was, says nothing more."""
    listed = register(tmp_path / "hmicfrs.xlsx", [
        (7313 + k, EFF16, datetime(2017, 3, 2), "Recommendation", text)
        for k, text in enumerate((SUPERVISE, PLANS, RASSO))], "Being progressed")
    key = [["Rating key", None], *[[n, meaning] for n, meaning in enumerate(KEY_0_4)]]
    rows = [[7313, EFF16, SUPERVISE, 4, "Amber"], [7314, EFF16, PLANS, 3, "Green"],
            [7315, EFF16, RASSO, "2", "Green"]]
    sheet = [["Ref", "Report", "Recommendation", "Assurance rating (0-4)", "RAG", None,
              *key[0]]]
    for k in range(max(len(rows), len(key) - 1)):
        row = rows[k] if k < len(rows) else [None] * 5
        sheet.append([*row, None, *(key[k + 1] if k + 1 < len(key) else [])])
    tracker = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": sheet})
    lines = reconcile_files(listed, tracker).items.set_index("force_row")
    assert lines["category"].to_dict() == {"Tracker!2": "closeable_submit",
                                           "Tracker!3": "in_sync", "Tracker!4": "in_sync"}
    assert lines.at["Tracker!2", "force_status"] == (
        "Complete (Assurance rating (0-4) 4: Complete and evidenced (closed by the force))")



def test_a_sign_off_written_in_words_decides_over_a_rag_of_delivery(tmp_path):
    """"Progress (RAG)" grades delivery (its key: Green = on track); "Sign-off" records
    closure in words: approved or put for sign-off is done, returned or not yet submitted
    open, a blank leaves the RAG."""
    listed = register(tmp_path / "hmicfrs.xlsx", [
        (7313 + k, EFF16, datetime(2017, 3, 2), "Recommendation", text)
        for k, text in enumerate((SUPERVISE, PLANS, RASSO, OCSA, COUNTY))], "Being progressed")
    tracker = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["HMICFRS Ref", "Report", "Recommendation", "Progress (RAG)", "Sign-off"],
        [7313, EFF16, SUPERVISE, "Amber", "Approved for closure by ACC Smith 12/03/2024"],
        [7314, EFF16, PLANS, "Green", "Returned – more evidence needed"],
        [7315, EFF16, RASSO, "Green", "Awaiting ACC sign-off"],
        [7316, EFF16, OCSA, "Green", "Not yet submitted"],
        [7317, EFF16, COUNTY, "Amber", None], [],
        ["Green", "On track to deliver by the target date"],
        ["Amber", "Some slippage, recoverable"]]})
    lines = reconcile_files(listed, tracker).items.set_index("force_row")
    assert lines["category"].to_dict() == {
        "Tracker!2": "closeable_submit", "Tracker!3": "in_sync", "Tracker!4": "closeable_submit",
        "Tracker!5": "in_sync", "Tracker!6": "in_sync"}
    assert lines.at["Tracker!2", "force_status"] == (
        "Closed (sign-off: 'Approved for closure by ACC Smith 12/03/2024'; Amber)")


def test_a_register_page_typed_out_as_text_gives_the_reference(tmp_path):
    """"HMICFRS page" holds addresses pasted as text, not links: a register page's id is the
    reference (a force text the list holds word for word under another id is then a
    reference conflict), a report's page its title."""
    site = "https://www.justiceinspectorates.gov.uk/hmicfrs"
    listed = register(tmp_path / "hmicfrs.xlsx", [
        (7013, EFF16, datetime(2017, 3, 2), "Recommendation", SUPERVISE),
        (7014, EFF16, datetime(2017, 3, 2), "Recommendation", PLANS),
        (7015, EFF16, datetime(2017, 3, 2), "Recommendation", RASSO)], "Being progressed")
    tracker = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["Item no.", "Report", "HMICFRS page", "Recommendation", "RAG"],
        [1, EFF16, f"{site}/recommendation/lancashire/7031/", SUPERVISE, "Amber"],
        [2, EFF16, f"{site}/recommendation/lancashire/7014 (page archived)", PLANS, "Amber"],
        [3, EFF16, f"{site}/publications/peel-police-effectiveness-2016/", RASSO, "Amber"]]})
    lines = reconcile_files(listed, tracker).items.set_index("force_row")
    assert str(lines.at["Tracker!3", "force_ref"]) == "7014"
    assert lines.at["Tracker!2", "hmicfrs_row"] == "Recommendations!2"
    assert lines.at["Tracker!2", "category"] == "conflict"
    assert "reference differs" in lines.at["Tracker!2", "flags"]
    assert lines.at["Tracker!4", "category"] == "in_sync"


def test_a_trackers_own_numbers_beside_its_texts_are_no_score_key(tmp_path):
    """Rows numbered 1-5 beside their texts ("Complete a review of …") read like a key of
    scores; a column headed "Assurance level" beside them is still no status: the status
    column decides."""
    texts = ["Complete a review of officers' capabilities and capacity to manage their "
             "investigative workload.", SUPERVISE, PLANS, RASSO, OCSA]
    listed = register(tmp_path / "hmicfrs.xlsx", [
        (7313 + k, EFF16, datetime(2017, 3, 2), "Recommendation", text)
        for k, text in enumerate(texts)], "Being progressed")
    tracker = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["No.", "Recommendation", "Report", "Assurance level", "Status"],
        *[[k + 1, text, EFF16, 5 - k, "In progress"] for k, text in enumerate(texts)]]})
    lines = reconcile_files(listed, tracker).items.set_index("force_row")
    assert set(lines["category"]) == {"in_sync"}
    assert set(lines["force_status"]) == {"In progress"}


def test_a_status_history_kept_in_one_cell_is_read_at_its_latest_line(tmp_path):
    """"Status history" keeps every change on a dated line of one cell, newest last or
    newest first; an undated line says nothing. The latest dated line is the status."""
    listed = register(tmp_path / "hmicfrs.xlsx", [
        (7313 + k, EFF16, datetime(2017, 3, 2), "Recommendation", text)
        for k, text in enumerate((SUPERVISE, PLANS, RASSO))], "Being progressed")
    tracker = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["HMICFRS Ref", "Report", "Recommendation", "Lead", "Status history", "Latest update"],
        [7313, EFF16, SUPERVISE, "D/Supt Crime", "12/01/2024 – Amber\n03/04/2024 – Green "
         "(on track)\n10/07/2024 – Complete, submitted to HMICFRS", "Pack submitted."],
        [7314, EFF16, PLANS, "D/Supt Crime", "10/07/2024 – Amber (re-opened after audit)\n"
         "03/04/2024 – Complete\n12/01/2024 – Amber", "Re-opened."],
        [7315, EFF16, RASSO, "DCS PP", "Carried over (shown as Complete)\n12 Jan 2024 – Amber\n"
         "03/04/2024 – Complete – signed off 01/04/2024", "Signed off."]]})
    lines = reconcile_files(listed, tracker).items.set_index("force_row")
    assert lines["category"].to_dict() == {"Tracker!2": "closeable_submit",
                                           "Tracker!3": "in_sync", "Tracker!4": "closeable_submit"}
    assert lines.at["Tracker!2", "force_status"] == (
        "Complete, submitted to HMICFRS (10/07/2024)")


def test_a_date_in_the_status_column_is_when_the_item_was_finished(tmp_path):
    """Leads write the day an item was finished into "Status" (an Excel date, or typed);
    a later date than the sheet's "as at" is a target, and so are "Due …" and "Revised
    date …"; "Signed off 28.08.15" is done. A split row numbered "10416.2" is part of 10416."""
    listed = register(tmp_path / "hmicfrs.xlsx", [
        (10413 + k, EFF16, datetime(2017, 3, 2), "Recommendation", text)
        for k, text in enumerate((SUPERVISE, PLANS, RASSO, OCSA, COUNTY))], "Being progressed")
    tracker = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["Lancashire Constabulary – HMICFRS tracker"], ["Position as at 14/11/2025"], [],
        ["No.", "HMICFRS Ref", "Report", "Recommendation", "Target date", "Status"],
        [1, "10413", EFF16, SUPERVISE, "31/03/2024", datetime(2024, 2, 29)],
        [2, "10414", EFF16, PLANS, "31/03/2025", "17/08/2025"],
        [3, "10415", EFF16, RASSO, "31/03/2026", datetime(2026, 3, 31)],
        [4, "10416.1", EFF16, OCSA, "30/06/2025", "Signed off 28.08.15"],
        [5, "10416.2", EFF16, OCSA, "30/06/2025", "Revised date 31/12/2025"],
        [6, "10417", EFF16, COUNTY, "30/06/2025", "Due 30/06/2025"]]})
    lines = reconcile_files(listed, tracker).items.set_index("force_row")
    assert lines["category"].to_dict() == {
        "Tracker!5": "closeable_submit", "Tracker!6": "closeable_submit", "Tracker!7": "in_sync",
        "Tracker!8": "in_sync", "Tracker!9": "in_sync", "Tracker!10": "in_sync"}
    assert lines.at["Tracker!9", "hmicfrs_row"] == "Recommendations!5"
    assert lines.at["Tracker!5", "force_status"] == "Complete (29/02/2024)"


def test_a_status_history_column_beside_a_board_rag_is_the_status_now(tmp_path):
    """"Status history (latest at top)" of dated lines, read as notes by its dates, beside a
    RAG set only at each quarterly board: the latest line is the status now ("Reopened"
    after a Green board is open again; "Proposed for closure" after an Amber one done)."""
    listed = register(tmp_path / "hmicfrs.xlsx", [
        (7313 + k, EFF16, datetime(2017, 3, 2), "Recommendation", text)
        for k, text in enumerate((SUPERVISE, PLANS, RASSO))], "Being progressed")
    tracker = write_xlsx(tmp_path / "tracker.xlsx", {"Live": [
        ["HMICFRS ID", "Report", "Recommendation", "RAG", "Status history (latest at top)"],
        [7313, EFF16, SUPERVISE, "GREEN", "07/03/2024 - Reopened - gaps found (KB)\n"
         "29/02/2024 - Complete - signed off at board (KB)"],
        [7314, EFF16, PLANS, "AMBER", "12/04/2024 - Proposed for closure - pack sent (KD)\n"
         "02/01/2024 - In progress (KD)"],
        [7315, EFF16, RASSO, "AMBER", "15/03/2024 - In progress - analyst in post (KD)\n"
         "01/12/2023 - New (KD)"]]})
    lines = reconcile_files(listed, tracker).items.set_index("force_row")
    assert lines["category"].to_dict() == {"Live!2": "in_sync", "Live!3": "closeable_submit",
                                           "Live!4": "in_sync"}
    assert lines.at["Live!2", "force_status"].startswith("Reopened - gaps found (KB) (07/03/2024)")


def test_two_tables_on_one_sheet_each_read_by_its_own_key(tmp_path):
    """Two tables one under another, each with its own key: under the first "RAG: GREEN –
    the recommendation is implemented; …" (done), under the second a BRAG key where Green is
    on track (open). Each table's Green is read by its own key."""
    listed = register(tmp_path / "hmicfrs.xlsx", [
        (7313 + k, EFF16, datetime(2017, 3, 2), "Recommendation", text)
        for k, text in enumerate((SUPERVISE, PLANS, RASSO, OCSA, COUNTY, PARTNERS))],
        "Being progressed")
    tracker = write_xlsx(tmp_path / "tracker.xlsx", {"Master tracker": [
        ["Lincolnshire Police – HMICFRS recommendations"], [],
        ["2016 – 2018 reports"],
        ["HMICFRS Ref", "Recommendation", "Lead", "RAG", "Update"],
        [7313, SUPERVISE, "D/Supt Crime", "GREEN", "Dip sample shows compliance."],
        [7314, PLANS, "D/Supt Crime", "GREEN", "Plans template in use."],
        [7315, RASSO, "DCS PP", "AMBER", "Soteria roll-out."],
        ["RAG: GREEN – the recommendation is implemented; AMBER – subject to ongoing work, "
         "expected to be implemented; RED – beyond deadline or cannot be implemented."],
        [], [],
        ["2019 – 2022 reports"],
        ["No.", "Ref", "Area for improvement", "Responsible officer", "Progress", "BRAG"],
        [1, 7316, OCSA, "DCS PP", "Capacity review under way.", "Green"],
        [2, 7317, COUNTY, "Head of Intelligence", "Evidence held.", "Blue"],
        [3, 7318, PARTNERS, "DCS PP", "Partnership plan agreed.", "Green"],
        ["Blue", "Complete, evidence held"], ["Green", "On track to deliver by the target date"],
        ["Amber", "Some slippage, recoverable"]]})
    lines = reconcile_files(listed, tracker).items.set_index("force_row")
    assert lines["category"].to_dict() == {
        "Master tracker!5": "closeable_submit", "Master tracker!6": "closeable_submit",
        "Master tracker!7": "in_sync", "Master tracker!13": "in_sync",
        "Master tracker!14": "closeable_submit", "Master tracker!15": "in_sync"}
