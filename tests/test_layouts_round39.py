"""Layouts of the fifteenth session: a list exported from a portal that numbers its items by
code ("PEEL-2023-CAM-AFI-04") and a tracker copying those codes with its slips, and a row
whose reference names an item its paraphrase is nothing like. Each test failed on eb32f48,
the session's start, but the guards (a force's own codes against a list of numbers; a code
the list does not use).

Texts are real public HMICFRS texts (PEEL 2023-25 areas for improvement, the 2017 modern
slavery inspection; Open Government Licence); trackers, statuses and owners are invented,
the force's own wording written as a force would.
"""

from __future__ import annotations

from datetime import datetime

import pandas as pd
from builders import (
    COUNTY,
    MSHT_INTEL,
    MSHT_NRM,
    OCSA,
    PEEL23,
    RASSO,
    SF,
    SOC,
    register,
    write_xlsx,
)

from reconcile import reconcile_files
from reconcile.normalise.codes import code_key, register_codes

# ------------------------------------------------------------ register ids written as codes

def test_a_code_is_read_whatever_the_tracker_does_to_it():
    assert code_key("PEEL-2023-CAM-AFI-04") == "peel-2023-cam-afi-4"
    for slip in ("peel-2023-cam-afi-04", "PEEL 2023 CAM AFI 04", "PEEL2023-CAM-AFI-04",
                 "PEEL-2023-CAM-AFI-4", "PEEL-2023-CAM-AFI-04 (see also R03)",
                 "PEEL-2023-CAM-AFI-04 – closed 2024"):
        assert code_key(slip) == "peel-2023-cam-afi-4", slip
    # Not codes: a number, a word, a report's name, a sentence.
    for value in ("8411", "AFI 4", "Stolen freedom", "Complete",
                  "The force should make sure it has enough specialist capacity"):
        assert code_key(value) == "", value


def _portal(tmp_path):
    header = ["ID", "Report title", "Published", "Type", "Text", "Status"]
    rows = [["PEEL-2023-CAM-AFI-01", PEEL23, datetime(2024, 3, 12), "Area for improvement",
             RASSO, "Being progressed"],
            ["PEEL-2023-CAM-AFI-02", PEEL23, datetime(2024, 3, 12), "Area for improvement",
             OCSA, "Being progressed"],
            ["PEEL-2023-CAM-AFI-03", PEEL23, datetime(2024, 3, 12), "Area for improvement",
             SOC, "Completed"],
            ["PEEL-2023-CAM-AFI-04", PEEL23, datetime(2024, 3, 12), "Area for improvement",
             COUNTY, "Being progressed"],
            ["NAT-2017-MSHT-R01", SF, datetime(2017, 10, 24), "National recommendation",
             MSHT_INTEL, "Being progressed"],
            ["NAT-2017-MSHT-R02", SF, datetime(2017, 10, 24), "National recommendation",
             MSHT_NRM, "Being progressed"]]
    return write_xlsx(tmp_path / "hmicfrs.xlsx", {"Portal export": [header, *rows]})


def test_a_tracker_copying_a_portals_codes_pairs_on_them(tmp_path):
    """The force's own short wording reads its items too poorly to pair on words alone; the
    codes it copied (lower case, spaces for hyphens, a zero dropped, a note after) pair them.
    A row quoting a code of the scheme that no item has is a reference conflict; a row of
    the force's own bullet split ("R02a", "R02b") is its item's."""
    h = _portal(tmp_path)
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["Cambridgeshire Constabulary – HMICFRS tracker"], [],
        ["Portal ID", "Report", "Recommendation", "Owner", "Status"],
        ["peel 2023 cam afi 01", "PEEL 23-25", "Keep RASSO victims updated (VCOP)",
         "DI Shaw", "Complete"],
        ["PEEL-2023-CAM-AFI-2", "PEEL 23-25", "OCSA team resourcing", "DCI Webb", "On track"],
        ["PEEL-2023-CAM-AFI-03 (see also AFI-04)", "PEEL 23-25", "SOC analysis into STRA",
         "Head of Intelligence", "On track"],
        ["PEEL-2022-CAM-AFI-04", "PEEL 23-25", COUNTY, "Head of Intelligence", "On track"],
        ["NAT-2017-MSHT-R01", "Stolen freedom", MSHT_INTEL, "DCI Ross", "Complete"],
        ["NAT-2017-MSHT-R02a", "Stolen freedom", "NRM referrals: first responder training",
         "DCI Ross", "On track"],
        ["NAT-2017-MSHT-R02b", "Stolen freedom", "NRM referrals: quality checks by the MSU",
         "DCI Ross", "On track"]]})
    rec = reconcile_files(h, f)
    got = {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}
    assert got[("Portal export!2", "Tracker!4")] == "closeable_submit"
    assert got[("Portal export!3", "Tracker!5")] == "in_sync"
    assert got[("Portal export!4", "Tracker!6")] == "closeable_local"
    # The one code of the scheme no item has, on a copy of AFI-04's text: a conflict.
    assert got[("Portal export!5", "Tracker!7")] == "conflict"
    line = rec.items[rec.items["force_row"] == "Tracker!7"].iloc[0]
    assert "reference differs" in line["flags"]
    assert got[("Portal export!6", "Tracker!8")] == "closeable_submit"
    assert got[("Portal export!7", "Tracker!9")] == "in_sync"
    assert got[("Portal export!7", "Tracker!10")] == "in_sync"
    assert "review" not in got.values()


def test_a_forces_own_codes_are_no_register_ids_against_a_list_of_numbers(tmp_path):
    """The register's ids are numbers: the force's own codes ("PEEL23-AFI1") are not read as
    references, so none differs from an item's (each pairs on its words, in sync)."""
    h = register(tmp_path / "hmicfrs.xlsx",
                 [(20101, PEEL23, datetime(2024, 3, 12), "Area for improvement", RASSO),
                  (20102, PEEL23, datetime(2024, 3, 12), "Area for improvement", OCSA)],
                 "Being progressed")
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["Ref", "Report", "Recommendation", "Owner", "Status"],
        ["PEEL-2023-CAM-AFI-01", "PEEL 23-25", RASSO, "DI Shaw", "On track"],
        ["PEEL-2023-CAM-AFI-02", "PEEL 23-25", OCSA, "DCI Webb", "On track"]]})
    rec = reconcile_files(h, f)
    assert sorted(rec.items["category"]) == ["in_sync", "in_sync"]
    assert not rec.items["flags"].str.contains("reference differs").any()


def test_codes_are_keys_only_when_most_of_the_lists_ids_are_codes():
    """A list of numbers with one stray code keeps its numbers; the force's running numbers
    against a list of codes are the tracker's own, not references that differ."""
    h = pd.DataFrame({"ref": [8411, 8413, "NAT-2017-MSHT-R03"],
                      "ref_key": ["8411", "8413", ""]})
    f = pd.DataFrame({"ref": ["NAT-2017-MSHT-R03", 8411], "ref_key": ["", "8411"]})
    h2, f2 = register_codes(h, f)
    assert h2 is h and f2 is f
    h = pd.DataFrame({"ref": ["NAT-2017-MSHT-R01", "NAT-2017-MSHT-R02"], "ref_key": ["", ""]})
    f = pd.DataFrame({"ref": [1, 2, "nat 2017 msht r02", "PEEL21-AFI3"],
                      "ref_key": ["1", "2", "", ""]})
    h2, f2 = register_codes(h, f)
    assert h2["ref_key"].tolist() == ["nat-2017-msht-r-1", "nat-2017-msht-r-2"]
    assert f2["ref_key"].tolist() == ["", "", "nat-2017-msht-r-2", ""]


# -------------------------------- a reference naming an item its paraphrase is nothing like

def test_a_paraphrase_of_one_item_under_anothers_reference_is_that_items_conflict(tmp_path):
    """The row quotes 8413 (the NRM item) but its words paraphrase 8411 (intelligence on
    modern slavery), nothing like 8413's: the reference was mistyped. The row is 8411's, its
    reference a conflict to show; 8413 has no row. (Paired on the reference, it had been
    accepted as 8413's, in sync.)"""
    h = register(tmp_path / "hmicfrs.xlsx",
                 [(8411, SF, datetime(2017, 10, 24), "National recommendation", MSHT_INTEL),
                  (8413, SF, datetime(2017, 10, 24), "National recommendation", MSHT_NRM),
                  (20101, PEEL23, datetime(2024, 3, 12), "Area for improvement", RASSO),
                  (20102, PEEL23, datetime(2024, 3, 12), "Area for improvement", OCSA)],
                 "Open")
    paraphrase = ("Within 6 months have active information sharing agreements in place "
                  "with other agencies so intelligence is exchanged quickly, to safeguard "
                  "victims better and identify suspects as early as possible.")
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["Ref", "Report", "Recommendation", "Owner", "Status"],
        [8413, "Stolen freedom", paraphrase, "DCI Ross", "Open"],
        [20101, "PEEL 23-25", RASSO, "DI Shaw", "Open"],
        [20102, "PEEL 23-25", OCSA, "DCI Webb", "Open"]]})
    rec = reconcile_files(h, f)
    got = {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}
    assert got == {("Recommendations!2", "Tracker!2"): "conflict",
                   ("Recommendations!3", None): "missing_from_force",
                   ("Recommendations!4", "Tracker!3"): "in_sync",
                   ("Recommendations!5", "Tracker!4"): "in_sync"}
    line = rec.items[rec.items["force_row"] == "Tracker!2"].iloc[0]
    assert "reference differs" in line["flags"]


# ----------------------------------- a tracker whose headings are plain-English questions

def test_headings_asked_as_questions_are_read_as_their_fields(tmp_path):
    """A team's tracker heads its columns as questions, wrapped over two lines in the cell,
    and answers "Are we there yet?" in words. Its finished tab names fewer fields (no number
    column): both sheets are read, "Yes" and "Yes – evidence sent" done, "Nearly" and "No"
    open. (Before, the finished tab was taken for a notes sheet and no status was read.)"""
    h = _register(tmp_path)
    header = ["No.", "Which inspection\nwas it?", "Is it a recommendation\nor an AFI?",
              "What did HMICFRS\nask us to do?", "Who owns it?", "What have we\ndone so far?",
              "Are we there yet?", "When will it\nbe done?"]
    f = write_xlsx(tmp_path / "tracker.xlsx", {
        "Our list": [["HMICFRS – what they asked us to do and where we are"], [], header,
                     [1, "PEEL 23-25", "AFI", RASSO, "DI Shaw", "VCOP audit under way",
                      "Nearly", "End of Dec"],
                     [2, "PEEL 23-25", "AFI", OCSA, "DCI Webb", "Two posts funded",
                      "Yes – evidence sent", "Done"],
                     [3, "PEEL 23-25", "AFI", SOC, "Head of Intelligence", "Not started",
                      "No", "Summer 2025"]],
        "Finished ones": [["Finished ones – moved here when we're done"], [],
                          ["Which inspection\nwas it?", "What did HMICFRS\nask us to do?",
                           "Who owned it?", "What did we do?", "Are we there yet?"],
                          ["PEEL 23-25", COUNTY, "Head of Intelligence", "Plan signed off",
                           "Yes"],
                          ["Stolen freedom", MSHT_INTEL, "DCI Ross", "ISAs in place", "Yes"],
                          ["Stolen freedom", MSHT_NRM, "DCI Ross", "NRM audit done", "Yes"]]})
    rec = reconcile_files(h, f)
    got = {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}
    assert got == {("Recommendations!2", "Our list!4"): "in_sync",
                   ("Recommendations!3", "Our list!5"): "closeable_submit",
                   ("Recommendations!4", "Our list!6"): "in_sync",
                   ("Recommendations!5", "Finished ones!4"): "closeable_submit",
                   ("Recommendations!6", "Finished ones!5"): "closeable_submit",
                   ("Recommendations!7", "Finished ones!6"): "closeable_submit"}
    ours = rec.force.sheets[0]
    assert ours.mapping["type"] == "Is it a recommendation\nor an AFI?"
    assert ours.mapping["owner"] == "Who owns it?"
    assert ours.mapping["due"] == "When will it\nbe done?"
    assert "status read as the answer to 'Are we there yet?'" in ours.note


def test_a_question_heading_that_names_no_field_is_left_alone():
    from reconcile.load.columns import header_claims

    assert header_claims("anything else we need to know", "force")[0][0] == "progress"
    assert header_claims("what is the weather like", "force") == ()
    # An ordinary heading keeps its keyword claim.
    assert header_claims("action owner", "force")[0][0] == "owner"


# ------------------------------------ a no-code database's CSV: tags, linked parent records

def test_a_database_export_types_by_tag_and_files_actions_under_a_linked_parent(tmp_path):
    """An Airtable-style CSV export: the type only among a row's tags (an option holding a
    comma in quotes), actions linked to their item by the parent record's name, "Archived"
    a finished record. The three action rows are the item's, the tag a type conflict, the
    archived item done. (Before, the actions were the force's own items, the tag was not
    read and "Archived" was counted as open.)"""
    h = _register(tmp_path)
    header = ["Name", "No.", "HMICFRS Ref", "Recommendation text", "Tags", "Report", "Lead",
              "Status", "Parent item"]
    rows = [
        ["PEEL 23 AFI – RASSO victims updates", 1, 20101, RASSO,
         'PEEL 2023, Recommendation, "Victims, witnesses"', "PEEL 2023-25", "DI Shaw",
         "In progress", ""],
        ["PEEL 23 AFI – OCSA capacity", 2, 20102, OCSA, "PEEL 2023, AFI, Online harm",
         "PEEL 2023-25", "DCI Webb", "Archived", ""],
        ["PEEL 23 AFI – SOC in the STRA", 3, 20103, SOC, "AFI, Intelligence, PEEL 2023",
         "PEEL 2023-25", "Head of Intelligence", "In progress", ""],
        ["PEEL 23 AFI – county lines intelligence", 4, 20104, COUNTY,
         "PEEL 2023, AFI, Intelligence", "PEEL 2023-25", "Head of Intelligence",
         "In progress", ""],
        ["County lines – monthly tasking review", 5, "", "Monthly review of county lines "
         "intelligence at the tasking meeting.", "Local action, Intelligence", "", "DI Cole",
         "In progress", "PEEL 23 AFI – county lines intelligence"],
        ["County lines – partner data sharing", 6, "", "Data sharing agreement with the "
         "council's exploitation team.", "Local action, Partnerships", "", "DI Cole",
         "Not started", "PEEL 23 AFI – county lines intelligence"],
        ["MSHT – information sharing agreements", 7, 8411, MSHT_INTEL,
         "Stolen freedom, National, Recommendation", "Stolen freedom", "DCI Ross", "Done", ""],
        ["MSHT – NRM compliance", 8, 8413, MSHT_NRM, "Recommendation, Stolen freedom",
         "Stolen freedom", "DCI Ross", "Done", ""]]
    f = tmp_path / "tracker.csv"
    pd.DataFrame(rows, columns=header).to_csv(f, index=False, encoding="utf-8-sig")
    rec = reconcile_files(h, f)
    got = {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}
    assert got == {("Recommendations!2", "tracker.csv!2"): "conflict",
                   ("Recommendations!3", "tracker.csv!3"): "closeable_submit",
                   ("Recommendations!4", "tracker.csv!4"): "in_sync",
                   ("Recommendations!5", "tracker.csv!5"): "in_sync",
                   ("Recommendations!5", "tracker.csv!6"): "in_sync",
                   ("Recommendations!5", "tracker.csv!7"): "in_sync",
                   ("Recommendations!6", "tracker.csv!8"): "closeable_submit",
                   ("Recommendations!7", "tracker.csv!9"): "closeable_submit"}
    line = rec.items[rec.items["force_row"] == "tracker.csv!2"].iloc[0]
    assert "type differs" in line["flags"]


def _register(tmp_path, status="Being progressed"):
    return register(tmp_path / "hmicfrs.xlsx",
                    [(20101, PEEL23, datetime(2024, 3, 12), "Area for improvement", RASSO),
                     (20102, PEEL23, datetime(2024, 3, 12), "Area for improvement", OCSA),
                     (20103, PEEL23, datetime(2024, 3, 12), "Area for improvement", SOC),
                     (20104, PEEL23, datetime(2024, 3, 12), "Area for improvement", COUNTY),
                     (8411, SF, datetime(2017, 10, 24), "National recommendation", MSHT_INTEL),
                     (8413, SF, datetime(2017, 10, 24), "National recommendation", MSHT_NRM)],
                    status)


# ------------------------------------------------ texts pasted from a scanned report (OCR)

AUSTERITY = ("Chief Constables and PCCs in forces planning to deliver less than 10% of their "
             "savings through collaboration should assess whether there is scope to improve "
             "on this position.")
CSE = ("The force should improve its understanding of the nature and scale of child sexual "
       "exploitation in its area.")
VETTING = ("The force should ensure all staff have received at least the lowest level of "
           "vetting clearance for their roles as quickly as possible.")


def test_ocr_slips_are_not_conflicts_or_other_subjects(tmp_path):
    """Texts pasted from a scanned report: a letter read for a digit ("1O%"), two words run
    together ("sexualexploitation", "theirroles"), a word broken at a line's end and a page's
    footer pasted in. Each is its item's, in sync. (Before, "1O%" was a figure conflict and
    the run-together words another subject, too low to pair.)"""
    h = register(tmp_path / "hmicfrs.xlsx",
                 [(2510, "Policing in austerity 2014", datetime(2014, 7, 22), "Recommendation",
                   AUSTERITY),
                  (3240, "PEEL: Police effectiveness 2015", datetime(2016, 2, 18),
                   "Area for improvement", CSE),
                  (5120, "PEEL: Police legitimacy 2016", datetime(2016, 12, 8),
                   "Area for improvement", VETTING)], "Being progressed")
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Live tracker": [
        ["No.", "Type", "Recommendation / AFI (text as per report)", "Owner", "RAG"],
        [1, "Rec", AUSTERITY.replace("10%", "1O%").replace("planning to", "planning  to"),
         "Director of Finance", "AMBER"],
        [2, "AFI", CSE.replace("sexual exploitation", "sexual\nexploitation").replace(
            "of the nature", "of the nat-\nure").replace("child sexual\nexploitation",
                                                          "child sexualexploitation"),
         "ACC Local Policing", "AMBER"],
        [3, "AFI", VETTING.replace("clearance for their roles", "clea-\nrance for theirroles")
         + "\nPage 34 of 120", "Head of PSD", "RED"]]})
    rec = reconcile_files(h, f)
    got = {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}
    assert got == {("Recommendations!2", "Live tracker!2"): "in_sync",
                   ("Recommendations!3", "Live tracker!3"): "in_sync",
                   ("Recommendations!4", "Live tracker!4"): "in_sync"}
    assert not rec.items["flags"].str.contains("differs|different subject").any()


def test_a_work_tracking_export_files_sub_tasks_under_their_story_not_stories_under_epics(
        tmp_path):
    """A work-tracking tool's CSV: an epic per report, a story per item, sub-tasks for its
    actions, each naming its parent's key. A sub-task is more actions of its story; a story
    is not an action of its epic, whose rows have rows of their own (a level above the
    items), nor is a row quoting a register reference of its own."""
    h = _register(tmp_path)
    header = ["Issue key", "Issue Type", "Summary", "Description", "HMICFRS ref", "Status",
              "Parent"]
    rows = [["CAM-1", "Epic", "PEEL 2023-25", "Areas for improvement from PEEL 2023-25.", "",
             "In Progress", ""],
            ["CAM-2", "Story", "RASSO victims updates", RASSO, "", "In Progress", "CAM-1"],
            ["CAM-3", "Story", "OCSA capacity", OCSA, "", "Done", "CAM-1"],
            ["CAM-4", "Story", "SOC analysis", SOC, "20103", "In Progress", "CAM-2"],
            ["CAM-5", "Sub-task", "Dip sample", "Monthly dip sample of RASSO victim contact.",
             "", "In Progress", "CAM-2"],
            ["CAM-6", "Sub-task", "Training", "Briefing for RASSO investigators on VCOP.",
             "", "Done", "CAM-2"]]
    f = tmp_path / "tracker.csv"
    pd.DataFrame(rows, columns=header).to_csv(f, index=False)
    rec = reconcile_files(h, f)
    got = {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}
    assert got[("Recommendations!2", "tracker.csv!3")] == "in_sync"
    assert got[("Recommendations!2", "tracker.csv!6")] == "in_sync"
    assert got[("Recommendations!2", "tracker.csv!7")] == "in_sync"
    assert got[("Recommendations!3", "tracker.csv!4")] == "closeable_submit"
    assert got[("Recommendations!4", "tracker.csv!5")] == "in_sync"
    # The epic itself asks for nothing: a heading over the items, explained, not an item
    # (it was "not on the HMICFRS list" until the seventeenth session).
    assert all(k[1] != "tracker.csv!2" for k in got)
    assert "row 2 is a level above the items" in rec.force.sheets[0].note


# ------------------------------------------ a tab per department, each saying done its own way

def test_a_tab_per_department_each_with_its_own_way_of_saying_done(tmp_path):
    """One workbook, a tab per department. Crime grades by RAG; Professional Standards has no
    status column, only a completion date beside a target date ("tbc" for none, one "N/A");
    Corporate Services uses short codes keyed on the tab ("C = Complete", "SFC = Submitted
    to HMICFRS for closure", "NFA = No further action"). The county lines item is on Crime
    and Corporate Services both: both rows are its, done only when both say so. (Before, the
    dates and codes were no status.) A copy the split reading does not take is paired by
    `match/elsewhere.py`, held by the department_tabs_own_vocab case's floor."""
    h = _register(tmp_path)
    f = write_xlsx(tmp_path / "tracker.xlsx", {
        "Crime": [["Crime – HMICFRS actions"], [],
                  ["Ref", "Recommendation", "Owner", "RAG"],
                  [20101, RASSO, "DI Shaw", "Green"],
                  [None, COUNTY, "Head of Intelligence", "Green"]],
        "Professional Standards": [
            ["Professional Standards Department"], ["Completed = date the PSD lead signed it off"],
            [],
            ["HMICFRS Ref", "Report", "Finding", "Lead", "Target date", "Completed"],
            [20102, "PEEL 23-25", OCSA, "Head of PSD", datetime(2024, 12, 31),
             datetime(2024, 11, 2)],
            [20103, "PEEL 23-25", SOC, "Head of PSD", datetime(2025, 3, 31), "tbc"],
            [8411, "Stolen freedom", MSHT_INTEL, "Head of PSD", datetime(2018, 4, 30),
             datetime(2018, 3, 1)]],
        "Corporate Services": [
            ["Corporate Services – HMICFRS"], [], [None, "Status key"],
            [None, "C = Complete"], [None, "P = In progress"],
            [None, "SFC = Submitted to HMICFRS for closure"],
            [None, "NFA = No further action"], [],
            ["Item", "HMICFRS ID", "Description", "Portfolio lead", "Status"],
            [1, 8413, MSHT_NRM, "Director of Finance", "SFC"],
            [2, None, COUNTY, "Director of Finance", "P"]]})
    rec = reconcile_files(h, f)
    got = {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}
    assert got == {("Recommendations!2", "Crime!4"): "closeable_submit",
                   ("Recommendations!3", "Professional Standards!5"): "closeable_submit",
                   ("Recommendations!4", "Professional Standards!6"): "in_sync",
                   ("Recommendations!5", "Crime!5"): "in_sync",
                   ("Recommendations!5", "Corporate Services!11"): "in_sync",
                   ("Recommendations!6", "Professional Standards!7"): "closeable_submit",
                   ("Recommendations!7", "Corporate Services!10"): "closeable_submit"}
    # The copies of one item on two tabs: each the item's row, 1 of 2 done.
    shared = rec.items[rec.items["hmicfrs_row"] == "Recommendations!5"]
    assert shared["flags"].str.contains(
        "force tracks this item whole on 2 sheets ('Crime', 'Corporate Services'): 1 of 2 "
        "copies done", regex=False).all()


# ------------------------------------- the list sent as a sheet per status, no status column

def test_a_list_sent_as_a_sheet_per_status_takes_each_items_status_from_its_sheet(tmp_path):
    """The liaison lead's workbook: "Open" and "Closed since last list", neither with a
    status column. An item on the closed sheet is closed; one on "Open" stays open. (Before,
    every item was open.)"""
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {
        "Notes": [["Items closed before 1 August are not listed."]],
        "Open": [["HMICFRS recommendations – open on the portal"], [],
                 ["Ref", "Report", "Type", "Recommendation / AFI"],
                 [20101, PEEL23, "Area for improvement", RASSO],
                 [20102, PEEL23, "Area for improvement", OCSA]],
        "Closed since last list": [["HMICFRS ID", "Inspection / report", "Type", "Text",
                                    "Closed on"],
                                   ["20103", PEEL23, "Area for improvement", SOC,
                                    datetime(2025, 2, 1)]]})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["Ref", "Recommendation", "Owner", "Status"],
        [20101, RASSO, "DI Shaw", "Complete"],
        [20102, OCSA, "DCI Webb", "In progress"],
        [20103, SOC, "Head of Intelligence", "In progress"]]})
    rec = reconcile_files(h, f)
    got = {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}
    assert got == {("Open!4", "Tracker!2"): "closeable_submit",
                   ("Open!5", "Tracker!3"): "in_sync",
                   ("Closed since last list!2", "Tracker!4"): "closeable_local"}


# --------------------------------- self-assessments beside an assurance panel's outcome

def test_a_panels_outcome_decides_and_a_leads_self_assessment_fills_in(tmp_path):
    """A tracker of self-assessments: the lead's "Assessment" (Met / Partially met / Not
    met) beside the assurance panel's "Outcome". The panel's word decides; where it has not
    sat, the lead's. (Before, neither column was read and every item was open.)"""
    h = _register(tmp_path)
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Open items": [
        ["HMICFRS – self-assessment and assurance"], [],
        ["No.", "HMICFRS ID", "Recommendation / AFI", "Lead", "Assessment", "Outcome"],
        [1, 20101, RASSO, "DI Shaw", "Met", "Met"],
        [2, 20102, OCSA, "DCI Webb", "Met", "Partially met"],
        [3, 20103, SOC, "Head of Intelligence", "Not met", None],
        [4, 20104, COUNTY, "Head of Intelligence", "Partially met", "Deferred"],
        [5, 8411, MSHT_INTEL, "DCI Ross", "Met", "Met – propose closure"],
        [6, 8413, MSHT_NRM, "DCI Ross", "Partially met", None]]})
    rec = reconcile_files(h, f)
    got = {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}
    assert got == {("Recommendations!2", "Open items!4"): "closeable_submit",
                   ("Recommendations!3", "Open items!5"): "in_sync",
                   ("Recommendations!4", "Open items!6"): "in_sync",
                   ("Recommendations!5", "Open items!7"): "in_sync",
                   ("Recommendations!6", "Open items!8"): "closeable_submit",
                   ("Recommendations!7", "Open items!9"): "in_sync"}
    assert rec.force.sheets[0].mapping["status"] == "Outcome"


# ------------------------------------------- the list as the portal's update history

def test_a_list_exported_as_its_update_history_is_read_an_item_per_id(tmp_path):
    """The portal's history export: an item's row again at each status change, newest first
    within an id, the text only on the row that opened it (or repeated). Each id is one item
    at its latest row, with that row's status; its earlier rows are explained. (Before, each
    row with text was an item of its own, with the status it had then.)"""
    rows = [["Recommendation history – Cambridgeshire Constabulary"], [],
            ["Item ID", "Report", "Type", "Recommendation text", "Update date",
             "Status at that date", "Comment"],
            [8411, SF, "National recommendation", None, datetime(2019, 5, 1), "Complete",
             "Evidence accepted"],
            [8411, SF, "National recommendation", None, datetime(2018, 3, 1),
             "Being progressed", "Update received"],
            [8411, SF, "National recommendation", MSHT_INTEL, datetime(2017, 10, 24),
             "Awaiting review", "New recommendation"],
            [8413, SF, "National recommendation", MSHT_NRM, datetime(2017, 10, 24),
             "Awaiting review", "New recommendation"],
            [20101, PEEL23, "Area for improvement", None, datetime(2024, 9, 1),
             "Being progressed", "Update"],
            [20101, PEEL23, "Area for improvement", RASSO, datetime(2024, 3, 12),
             "Awaiting review", "New recommendation"],
            [20102, PEEL23, "Area for improvement", OCSA, datetime(2024, 3, 12),
             "Awaiting review", "New recommendation"],
            [20102, PEEL23, "Area for improvement", OCSA, datetime(2024, 11, 1), "Complete",
             "Closed"]]
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Recommendation history": rows})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["Ref", "Recommendation", "Owner", "Status"],
        [8411, MSHT_INTEL, "DCI Ross", "In progress"],
        [8413, MSHT_NRM, "DCI Ross", "Complete"],
        [20101, RASSO, "DI Shaw", "In progress"],
        [20102, OCSA, "DCI Webb", "Complete"]]})
    rec = reconcile_files(h, f)
    got = {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}
    assert got == {("Recommendation history!4", "Tracker!2"): "closeable_local",
                   ("Recommendation history!7", "Tracker!3"): "closeable_submit",
                   ("Recommendation history!8", "Tracker!4"): "in_sync",
                   ("Recommendation history!11", "Tracker!5"): "in_sync"}
    sheet = rec.hmicfrs.sheets[0]
    assert sheet.items == 4 and sheet.items + sheet.explained == sheet.rows
    assert "kept as an update history" in sheet.note


def test_a_history_row_with_no_date_is_the_oldest_not_a_crash(tmp_path):
    """An update whose date cell says "tbc" sorts before every dated one; updates of one day
    are told apart by their time."""
    rows = [["Item ID", "Report", "Recommendation text", "Update date", "Status"],
            [8411, SF, MSHT_INTEL, datetime(2017, 10, 24), "Awaiting review"],
            [8411, SF, MSHT_INTEL, datetime(2019, 5, 1, 9, 20), "Complete"],
            [8411, SF, MSHT_INTEL, datetime(2019, 5, 1, 11, 2), "Being progressed"],
            [8413, SF, MSHT_NRM, "tbc", "Complete"],
            [8413, SF, MSHT_NRM, datetime(2017, 10, 24), "Awaiting review"],
            [20101, PEEL23, RASSO, datetime(2024, 3, 12), "Awaiting review"],
            [20101, PEEL23, RASSO, datetime(2024, 9, 1), "Complete"],
            [20102, PEEL23, OCSA, datetime(2024, 3, 12), "Awaiting review"],
            [20102, PEEL23, OCSA, datetime(2024, 6, 1), "Being progressed"],
            [20103, PEEL23, SOC, datetime(2024, 3, 12), "Awaiting review"],
            [20103, PEEL23, SOC, datetime(2025, 1, 9), "Complete"],
            [20104, PEEL23, COUNTY, datetime(2024, 3, 12), "Awaiting review"],
            [20104, PEEL23, COUNTY, datetime(2024, 7, 1), "Being progressed"]]
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"History": rows})
    from reconcile.load import load_side

    side = load_side(h, "hmicfrs")
    got = dict(zip(side.items["row_id"], side.items["status"], strict=True))
    assert got == {"History!4": "Being progressed", "History!6": "Awaiting review",
                   "History!8": "Complete", "History!10": "Being progressed",
                   "History!12": "Complete", "History!14": "Being progressed"}
