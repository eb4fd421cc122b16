"""Layouts met in rounds 16 to 18 of cases built by other hands (the ninth session), and in
three cases held out of earlier rounds looked at then. Each test failed on the code before it
(da4c3b8).

Texts are real public HMICFRS texts (Stolen freedom, 2017; Targeting the risk, 2015; PEEL
2018/19; Open Government Licence); trackers, statuses, owners and register numbers are
invented, the force's own wording written as a force would.
"""

from __future__ import annotations

from datetime import datetime

import pandas as pd
from builders import (
    FIREARMS,
    LEADERSHIP,
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
from reconcile.load import load_side
from reconcile.normalise import report_key


def _list(path):
    """Two Stolen freedom recommendations, a firearms one and a PEEL 2018/19 one, open."""
    return register(path, [
        *SF_ITEMS,
        (5531, "Targeting the risk", datetime(2015, 9, 15), "National recommendation",
         FIREARMS),
        (10810, PEEL19, datetime(2019, 5, 2), "Recommendation", WORKLOAD)], "Being progressed")


def _themed_plan(path):
    """A plan by theme, each objective in the force's words (one only a few words), the
    HMICFRS wording copied on two rows; the rows of each theme come from different reports."""
    header = ["No.", "Objective", "HMICFRS wording (where copied)", "Source", "Owner", "RAG"]
    return write_xlsx(path, {"Improvement Plan": [
        ["West Mercia Police – HMICFRS improvement plan"],
        [],
        header,                                                                        # 3
        ["Theme 1: Protecting vulnerable people"],                                     # 4
        ["1.1", "Put information-sharing agreements in place with partners so that modern "
         "slavery intelligence is shared and acted on", None, "MSHT 17", "Head of Intelligence",
         "AMBER"],                                                                     # 5
        ["1.2", "Review how we manage investigative workload and the skills our detectives "
         "need to meet demand", WORKLOAD, "PEEL 18/19", "ACC Crime", "AMBER"],         # 6
        ["1.3", "Make sure every firearms licence renewal is checked against police systems "
         "before the old certificate expires", None, "Firearms 15", "Head of Licensing",
         "AMBER"],                                                                     # 7
        ["1.4", "Refer every potential victim of modern slavery to the national referral "
         "mechanism and record it on the crime system", MSHT_NRM, "MSHT 17", "D/Supt SOC",
         "AMBER"],                                                                     # 8
        ["1.5", "Publish our domestic abuse plan", None, "DA 14", "D/Supt PVP", "GREEN"],  # 9
    ]})


def test_a_copy_of_the_wording_on_a_few_rows_is_not_the_text_column(tmp_path):
    """'HMICFRS wording (where copied)' holds free text on every row it fills, but fills two
    rows of five: the
    objectives are the text, each row its own item (not an action of the row above), and the
    copy is read under its row's objective."""
    side = load_side(_themed_plan(tmp_path / "plan.xlsx"), "force")
    items = side.items.set_index("row_id")
    assert list(items.index) == [f"Improvement Plan!{r}" for r in (5, 6, 7, 8, 9)]
    assert items.loc["Improvement Plan!7", "text"].startswith("Make sure every firearms licence")
    assert items.loc["Improvement Plan!7", "report"] == "Firearms 15"
    copied = items.loc["Improvement Plan!6", "text"]
    assert copied.startswith("Review how we manage investigative workload")
    assert copied.endswith("HMICFRS wording: " + WORKLOAD)
    assert "copies the HMICFRS wording beside some rows" in side.sheets[0].note
    assert side.sheets[0].mapping["text"] == "Objective"


def test_a_copied_wording_pairs_its_row_and_no_row_is_taken_for_its_neighbours(tmp_path):
    result = reconcile_files(_list(tmp_path / "hmicfrs.xlsx"),
                             _themed_plan(tmp_path / "plan.xlsx"))
    lines = result.items
    paired = lines[lines["force_row"] == "Improvement Plan!6"]
    assert paired["hmicfrs_ref"].astype(str).tolist() == ["10810"]
    assert paired["category"].tolist() == ["in_sync"]
    # No row is filed as a split of the PEEL item: every force row is a line of its own.
    assert lines["force_row"].dropna().value_counts().max() == 1
    assert (lines["hmicfrs_ref"].astype(str) == "10810").sum() == 1


def test_an_action_plan_with_the_text_on_each_first_row_keeps_its_actions(tmp_path):
    """The other way a text column is filled on few rows: one recommendation, then rows of its
    actions in the force's words, no report of their own. Those stay the item's actions."""
    path = write_xlsx(tmp_path / "actions.xlsx", {"Action plan": [
        ["Report", "Recommendation", "Action", "Owner", "RAG"],
        [SF, MSHT_INTEL, "Draft information-sharing agreements with the four local authorities "
         "and the fire service", "Head of Intelligence", "Green"],                     # 2
        [None, None, "Agree the agreements at the strategic partnership board and publish them "
         "to all staff", "Head of Intelligence", "Amber"],                             # 3
        [None, None, "Audit a sample of intelligence reports each quarter to check they were "
         "shared", "DI Ford", "Amber"],                                                # 4
        ["Targeting the risk", FIREARMS, "Build a daily report of certificates about to expire "
         "and check each against police systems", "Head of Licensing", "Green"],       # 5
        [None, None, "Write the renewal checks into the licensing procedure and train the "
         "staff who use it", "Head of Licensing", "Amber"],                            # 6
    ]})
    side = load_side(path, "force")
    items = side.items.set_index("row_id")
    assert side.sheets[0].mapping["text"] == "Recommendation"
    assert items.loc["Action plan!3", "text"] == MSHT_INTEL
    assert items.loc["Action plan!6", "text"] == FIREARMS


# Real fire texts: the risk-information and prevention AFIs HMICFRS repeated from one round of
# fire inspections to the next (Shropshire FRS; Open Government Licence).
RISK_INFO = ("The service should make sure its firefighters and fire control staff have good "
             "access to relevant and up-to-date risk information.")
PREVENTION = ("The service should develop a clear prevention strategy targeting people most at "
              "risk from fire, and evaluate its prevention activity.")
ROUND1 = "Fire and rescue service inspection 2018/19: Shropshire Fire and Rescue Service"
ROUND2 = "Effectiveness, efficiency and people 2021/22: Shropshire Fire and Rescue Service"


def test_a_fire_round_is_told_by_its_year_not_its_number():
    """"Round 3" is no report name: only its year tells, so it contradicts no list report."""
    assert report_key("HMICFRS ROUND 3 INSPECTION 2023-25 – AREAS FOR IMPROVEMENT") == "2023"
    assert report_key("Round 1 (2018/19) areas for improvement") == "2018"


def _fire_files(tmp_path):
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Definitive list": [
        ["Reference", "Report", "Published", "Type", "Text", "Status"],
        [4417, ROUND1, datetime(2019, 6, 20), "Area for improvement", RISK_INFO, "Complete"],
        [4418, ROUND1, datetime(2019, 6, 20), "Area for improvement", PREVENTION, "Complete"],
        [9862, ROUND2, datetime(2022, 7, 27), "Area for improvement", RISK_INFO,
         "Being progressed"],
        [9863, ROUND2, datetime(2022, 7, 27), "Area for improvement", PREVENTION,
         "Being progressed"],
    ]})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Action Plan": [
        ["Ref", "Recommendation / AFI", "Action(s)", "Lead", "Status"],
        ["HMICFRS ROUND 2 INSPECTION 2021/22 – AREAS FOR IMPROVEMENT"],              # 2
        ["AFI 2.1", PREVENTION, "Prevention Strategy 2023-26 approved", "AM Prevention",
         "Complete"],                                                                # 3
        ["AFI 2.1", "As above", "Home fire safety visits targeted using Exeter data",
         "GM Prevention", "Open - Actions on going on track"],                        # 4
        ["AFI 2.2", RISK_INFO, "Site-specific risk information reviews brought up to date",
         "GM Risk Information", "Open - Actions on going on track"],                 # 5
    ]})
    return h, f


def test_a_round_heading_pairs_the_rounds_copy_of_a_repeated_afi(tmp_path):
    """The same AFI in rounds 1 and 2: the tracker's "Round 2 … 2021/22" heading names no
    report by its words, and its year picks the round-2 copy (the round-1 one, years away,
    is no candidate), with no report conflict."""
    lines = reconcile_files(*_fire_files(tmp_path)).items.set_index("force_row")
    assert str(lines.loc["Action Plan!5", "hmicfrs_ref"]) == "9862"
    assert lines.loc["Action Plan!5", "category"] == "in_sync"
    assert "report differs" not in lines.loc["Action Plan!5", "flags"]


def test_as_above_is_one_more_action_of_the_item_above(tmp_path):
    """'As above' in the text column under an item: the row is another action of that item,
    its text the item's, not an item of two words."""
    side = load_side(_fire_files(tmp_path)[1], "force")
    items = side.items.set_index("row_id")
    assert items.loc["Action Plan!4", "text"] == PREVENTION
    assert "'As above'" in side.sheets[0].note
    lines = reconcile_files(*_fire_files(tmp_path)).items
    paired = lines[lines["force_row"].isin(["Action Plan!3", "Action Plan!4"])]
    assert paired["hmicfrs_ref"].astype(str).tolist() == ["9863", "9863"]


def test_a_copy_of_hmicfrs_status_on_the_tracker_is_not_the_forces_status(tmp_path):
    """A tracker keeping HMICFRS's status as last seen on the portal beside its own RAG: the
    force's side is its RAG (Blue = done), whatever the stale copy says."""
    h = _list(tmp_path / "hmicfrs.xlsx")
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["Avon and Somerset Constabulary – HMICFRS recommendations"],
        ["HMICFRS status last refreshed 18/09/2023"],
        [],
        ["No.", "Report", "Recommendation / AFI", "HMICFRS Status (per portal)", "Force RAG",
         "Action owner"],                                                              # 4
        [1, SF, MSHT_INTEL, "Being progressed", "Blue", "Head of Intelligence"],       # 5
        [2, SF, MSHT_NRM, "Being progressed", "Amber", "D/Supt SOC"],                  # 6
        [3, "Targeting the risk", FIREARMS, "Complete", "Amber", "Head of Licensing"],  # 7
        [4, PEEL19, WORKLOAD, "Being progressed", "Green", "ACC Crime"],              # 8
    ]})
    side = load_side(f, "force")
    assert side.sheets[0].mapping["status"] == "Force RAG"
    lines = reconcile_files(h, f).items.set_index("force_row")
    assert lines.loc["Tracker!5", "category"] == "closeable_submit"
    assert lines.loc["Tracker!6", "category"] == "in_sync"
    assert lines.loc["Tracker!7", "category"] == "in_sync"


def test_an_update_logs_id_typed_again_with_a_space_is_the_same_item(tmp_path):
    """A log of updates, the text written once and 'as above' under it: 'REC 021' under
    'REC-021' is that item's next update, not an item of its own paired as a part."""
    f = write_xlsx(tmp_path / "log.xlsx", {"Update log": [
        ["Item ID", "HMICFRS ref", "Report", "Recommendation", "Update date", "Update", "RAG"],
        ["REC-020", 8411, SF, MSHT_INTEL, datetime(2017, 12, 1), "Scoping", "RED"],     # 2
        ["REC-020", None, SF, "As above", datetime(2018, 6, 1), "ISAs drafted", "AMBER"],
        ["REC-021", 8413, SF, MSHT_NRM, datetime(2017, 12, 29), "Allocated", "RED"],    # 4
        ["REC 021", None, SF, "as above", datetime(2018, 11, 10), "Policy drafted", "AMBER"],
        ["REC-021", None, SF, None, datetime(2023, 6, 29), "Addressed holistically", "AMBER"],
        ["REC-022", 5531, "Targeting the risk", FIREARMS, datetime(2016, 1, 13), "Dip sample",
         "AMBER"],                                                                     # 7
        ["REC-022", None, "Targeting the risk", None, datetime(2017, 1, 15), "Done", "GREEN"],
    ]})
    side = load_side(f, "force")
    assert side.items["row_id"].tolist() == ["Update log!2", "Update log!4", "Update log!7"]
    items = side.items.set_index("row_id")
    assert items.loc["Update log!4", "progress"] == "Addressed holistically"


def test_a_reports_heading_counting_its_items_names_the_report():
    """"PEEL 2021/22 – Cumbria Constabulary (published …) – 10 areas for improvement" is the
    list's "PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Cumbria
    Constabulary": the count and the word constabulary name no other report."""
    assert report_key("PEEL 2021/22 – Cumbria Constabulary (published 26 July 2022) – 10 "
                      "areas for improvement") == "peel 2021"


def _action_plan(tmp_path, overall: list):
    """Two recommendations, each with its actions one row apart (first row merged down as
    Excel shows it when the cells are merged: every action row carries the text)."""
    twelve = MSHT_INTEL.replace("Within six months", "Within twelve months")
    return write_xlsx(tmp_path / "plan.xlsx", {"Action Plan": [
        ["HMICFRS ID", "Report", "Recommendation / AFI", "Overall status", "Action",
         "Action owner", "RAG"],
        [8411, SF, twelve, overall[0], "Draft ISAs with the four councils", "DI Ford",
         "Green"],                                                                         # 2
        [8411, SF, twelve, overall[0], "Publish the ISAs to staff", "DI Ford", "Amber"],    # 3
        [5531, "Targeting the risk", FIREARMS, overall[1], "Daily expiry report",
         "Head of Licensing", "Green"],                                                    # 4
        [5531, "Targeting the risk", FIREARMS, overall[1], "Renewal checks in procedure",
         "Head of Licensing", "Green"],                                                    # 5
    ]})


def test_an_overall_status_grades_the_item_over_its_actions_rag(tmp_path):
    """'Submitted for closure' with one action still Amber is done; 'In progress' with every
    action Green is open: the item's own status decides, the actions' RAG only where it is
    blank."""
    f = _action_plan(tmp_path, ["Submitted for closure", "In progress"])
    side = load_side(f, "force")
    items = side.items.set_index("row_id")
    assert items.loc["Action Plan!3", "status"] == "Submitted for closure"
    assert items.loc["Action Plan!5", "status"] == "In progress"
    assert "grades the whole item" in side.sheets[0].note
    lines = reconcile_files(_list(tmp_path / "hmicfrs.xlsx"), f).items.set_index("force_row")
    assert lines.loc["Action Plan!4", "category"] == "in_sync"


def test_an_action_row_carrying_the_whole_text_shows_its_timescale_conflict(tmp_path):
    """Action rows under a merged recommendation each hold its whole text: "within twelve
    months" against the list's six is a conflict, as on a row of its own (a bullet, holding
    part of the text, is still spared the check)."""
    f = _action_plan(tmp_path, [None, None])
    lines = reconcile_files(_list(tmp_path / "hmicfrs.xlsx"), f).items.set_index("force_row")
    for row in ("Action Plan!2", "Action Plan!3"):
        assert lines.loc[row, "category"] == "conflict"
        assert "timescale differs" in lines.loc[row, "flags"]


def test_a_reference_written_after_a_summary_is_a_label_not_words():
    """"… (HMICFRS 11386)" after a one-line summary: no words of the text, and the reference
    the row states (shown as a conflict where the list's pair has another)."""
    from reconcile.normalise import norm_text, text_ref

    summary = "Investigation plans set, reviewed and recorded by supervisors (HMICFRS 11386)"
    assert norm_text(summary) == "investigation plans set reviewed and recorded by supervisors"
    assert text_ref(summary) == "11386"
    assert text_ref("Publish the 2019 plan (2019)") == ""
    # A year after the inspectorate's name is the report's, no reference.
    assert report_key("Stop & Search powers (HMIC 2013)") == "stop search powers 2013"


# --- Round 17 and the round-11 BRAG tracker, looked at in the same session -----------------

def test_a_brag_key_written_in_one_cell_says_green_is_on_track(tmp_path):
    """"BRAG key: BLUE – Complete | GREEN – On track | …" in one cell above the header: the
    file's own key, so GREEN is open and only BLUE done."""
    h = _list(tmp_path / "hmicfrs.xlsx")
    f = write_xlsx(tmp_path / "tracker.xlsx", {"HMICFRS Tracker": [
        ["Force HMICFRS tracker"],
        ["BRAG key:  BLUE – Complete (signed off by chief officer lead)  |  GREEN – On track  "
         "|  AMBER – Some slippage  |  RED – Off track / past target date"],
        [],
        ["HMICFRS Ref", "Report", "Recommendation / AFI", "BRAG", "Lead"],            # 4
        [8411, SF, MSHT_INTEL, "GREEN", "Head of Intelligence"],                      # 5
        [8413, SF, MSHT_NRM, "BLUE", "D/Supt SOC"],                                   # 6
    ]})
    side = load_side(f, "force")
    assert dict(side.legend)["GREEN"] == "On track"
    lines = reconcile_files(h, f).items.set_index("force_row")
    assert lines.loc["HMICFRS Tracker!5", "category"] == "in_sync"
    assert lines.loc["HMICFRS Tracker!6", "category"] == "closeable_submit"


def test_publication_dates_written_to_the_day_differ_by_more_than_a_week():
    """9 Nov against 24 Oct 2017 is another date (a conflict); "Oct 2017" (read as the 1st)
    against the 24th is the same month; 3/2/2017 from a US export is 2 March read the other
    way round, no conflict."""
    from datetime import date

    from reconcile.diff import _dates_differ

    assert _dates_differ(date(2017, 10, 24), date(2017, 11, 9))
    assert not _dates_differ(date(2017, 10, 24), date(2017, 10, 1))
    assert not _dates_differ(date(2017, 3, 2), date(2017, 2, 3))
    assert not _dates_differ(date(2017, 10, 24), date(2017, 10, 27))
    assert _dates_differ(date(2017, 10, 1), date(2017, 12, 1))


def test_a_web_registers_export_names_its_fields_field_something(tmp_path):
    """A register's CSV export: "field_reference" is the reference, "body" the text (not
    "title", the report's name and the id), "field_status" the status."""
    path = tmp_path / "hmicfrs.csv"
    pd.DataFrame({
        "nid": [21343, 21347],
        "field_reference": [8411, 5531],
        "title": [f"{SF} (8411)", "Targeting the risk (5531)"],
        "field_report": [SF, "Targeting the risk"],
        "field_publication_date": ["2017-10-24T00:00:00Z", "2015-09-15T00:00:00Z"],
        "body": [f"<p>{MSHT_INTEL}</p>", f"<p>{FIREARMS}</p>"],
        "field_status": ["being-progressed", "complete"],
    }).to_csv(path, index=False)
    side = load_side(path, "hmicfrs")
    assert side.sheets[0].mapping["ref"] == "field_reference"
    assert side.sheets[0].mapping["text"] == "body"
    assert side.items["text"].tolist() == [MSHT_INTEL, FIREARMS]


def test_a_renamed_force_is_the_same_force_on_a_list_of_several(tmp_path):
    """Hampshire Constabulary became Hampshire and Isle of Wight Constabulary in 2022: the two
    names are one force's, so a list holding both leaves none out as another force's."""
    from reconcile.normalise import force_key

    assert force_key("Hampshire and Isle of Wight Constabulary") == force_key(
        "Hampshire Constabulary")
    assert force_key("West Mercia Police") != force_key("Hampshire Constabulary")
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Register": [
        ["Force", "Reference", "Report", "Recommendation", "Status"],
        ["Hampshire Constabulary", 8411, SF, MSHT_INTEL, "Being progressed"],
        ["Hampshire and Isle of Wight Constabulary", 10810, PEEL19, WORKLOAD,
         "Being progressed"],
        ["Kent Police", 8413, SF, MSHT_NRM, "Being progressed"]]})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["Hampshire Constabulary – HMICFRS tracker"],
        ["HMICFRS Ref", "Recommendation", "Lead", "RAG"],
        [8411, MSHT_INTEL, "DI Ford", "Amber"]]})
    lines = reconcile_files(h, f).items
    assert set(lines["hmicfrs_ref"].dropna().astype(str)) == {"8411", "10810"}   # not Kent's


def test_n_a_in_a_forces_status_is_nothing_left_to_do():
    from reconcile.config import SideSettings
    from reconcile.normalise import norm_status, status_table

    table = status_table("force", SideSettings())
    assert norm_status("N/A – national body", table) == "done"


def _own_words_pair(tmp_path):
    """A report's one item and the one row rewriting it in the force's words (read at 54),
    alone under their report; another report's item and its row beside them."""
    header = ["Reference", "Report title", "Publication date", "Type", "Status", "Text"]
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Recommendations": [header,
        [5531, "Targeting the risk", datetime(2015, 9, 15), "National recommendation",
         "Being progressed", FIREARMS],
        [8411, SF, datetime(2017, 10, 24), "National recommendation", "Being progressed",
         MSHT_INTEL]]})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Action Plan": [
        ["No.", "Action", "Type", "Lead", "Status"],
        ["Targeting the risk (firearms licensing) 2015"],
        ["R1", FIREARMS, "Rec", "Head of Licensing", "Complete"],
        ["Stolen freedom 2017"],
        ["R2", "Information sharing agreements with other agencies so that MSHT intelligence "
         "is shared", "Rec", "Head of Intelligence", "In progress"],               # 5
    ]})
    return h, f


def test_a_row_in_the_forces_own_words_alone_with_its_item_is_accepted_at_the_setting(
        tmp_path):
    """Left over under one report, each the other's only candidate: accepted at
    `own_words_accept` (a setting, as data), put to a person below it."""
    h, f = _own_words_pair(tmp_path)
    lines = reconcile_files(h, f).items.set_index("force_row")
    assert lines.at["Action Plan!5", "decision"] == "review"       # 54, below 56
    config = tmp_path / "reconcile.toml"
    config.write_text("[match]\nown_words_accept = 53\n", encoding="utf-8")
    lines = reconcile_files(h, f, config=config).items.set_index("force_row")
    assert lines.at["Action Plan!5", "decision"] == "accepted"
    assert lines.at["Action Plan!5", "category"] == "in_sync"
    assert "only candidate" in lines.at["Action Plan!5", "score_parts"]


# --- Round 18: a document's block of rows per item, the status on the update rows -----------

def _updates_tracker(tmp_path):
    """A tracker copied from Word: each item's own row (number, type, text, no status) and
    its updates under it, labelled or blank in the text column, with the lead and RAG."""
    return write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["Staffordshire Police – HMICFRS recommendations"], [],
        ["No.", "Report", "Type", "HMICFRS Recommendation / AFI", "Force Update", "Lead",
         "RAG Status"],                                                                 # 3
        [SF],                                                                           # 4
        ["1", None, "Rec", MSHT_INTEL],                                                 # 5
        [None, None, None, "Response –", "ISAs drafted with two councils", "DI Ford",
         "AMBER"],                                                                      # 6
        [None, None, None, "Update (Jan 2025): all four ISAs signed and in use", None,
         "DI Ford", "GREEN"],                                                           # 7
        ["2", None, "Rec", MSHT_NRM],                                                   # 8
        [None, None, None, None, "NRM single point of contact in post", "D/Supt SOC",
         "AMBER"],                                                                      # 9
        [None, None, None, "Progress: referrals audited monthly", None, "D/Supt SOC",
         None],                                                                         # 10
        ["Targeting the risk"],                                                         # 11
        ["3", None, "Rec", FIREARMS],                                                   # 12
    ]})


def test_update_rows_under_an_item_are_its_status_not_items(tmp_path):
    """The last update giving a status is the item's (GREEN after AMBER: done; a later note
    with none leaves AMBER); an item with no update yet is open; no update row is an item."""
    side = load_side(_updates_tracker(tmp_path), "force")
    items = side.items.set_index("row_id")
    assert list(items.index) == ["Tracker!5", "Tracker!8", "Tracker!12"]
    assert items.at["Tracker!5", "status"] == "GREEN"
    assert items.at["Tracker!5", "progress"] == "all four ISAs signed and in use"
    assert items.at["Tracker!8", "status"] == "AMBER"
    assert items.at["Tracker!8", "owner"] == "D/Supt SOC"
    assert pd.isna(items.at["Tracker!12", "status"])
    reasons = side.skipped.set_index("row_id")["reason"]
    assert reasons["Tracker!6"].startswith("an update under the item above")
    lines = reconcile_files(_list(tmp_path / "hmicfrs.xlsx"),
                            _updates_tracker(tmp_path)).items.set_index("force_row")
    assert lines.at["Tracker!5", "category"] == "closeable_submit"
    assert lines.at["Tracker!8", "category"] == "in_sync"
    assert lines.at["Tracker!12", "category"] == "in_sync"


def test_on_sheets_kept_by_year_the_newest_years_row_gives_the_status(tmp_path):
    """One sheet per financial year, open items copied forward: the 2022-23 copy says what
    was true then (Amber), the 2023-24 one what is true now (Green). The newest decides, so
    the item is done (closeable while HMICFRS has it open), not held open by its old copy."""
    h = _list(tmp_path / "hmicfrs.xlsx")
    header = ["HMICFRS ref", "Report", "Recommendation", "RAG", "Update"]
    f = write_xlsx(tmp_path / "tracker.xlsx", {
        "2022-23": [header,
                    [8411, SF, MSHT_INTEL, "Amber", "ISAs drafted"],                  # 2
                    [5531, "Targeting the risk", FIREARMS, "Amber", "Expiry report built"]],
        "2023-24": [header,
                    [8411, SF, MSHT_INTEL, "Green", "All ISAs signed"],               # 2
                    [5531, "Targeting the risk", FIREARMS, "Amber", "Carried forward"]]})
    lines = reconcile_files(h, f).items
    for row in ("2022-23!2", "2023-24!2"):
        line = lines[lines["force_row"] == row].iloc[0]
        assert str(line["hmicfrs_ref"]) == "8411"
        assert line["category"] == "closeable_submit", line["flags"]
    assert "older copies set aside" in lines[lines["force_row"] == "2022-23!2"].iloc[0]["flags"]
    firearms = lines[lines["hmicfrs_ref"].astype(str) == "5531"]
    assert set(firearms["category"]) == {"in_sync"}


def test_a_list_in_one_cell_labelled_by_type_and_its_status_cell_line_by_line():
    """"Rec 1 – …\\nRec 3 – …" (the report's own numbers, a gap where an item is not
    tracked) is a list of items; a status cell numbered like it ("1-2 Complete\\n3 Ongoing")
    gives each entry its own status, by its number."""
    from reconcile.normalise.entries import numbered_entries, status_lines

    cell = ("Rec 1 – The force should improve how it supervises investigations of rape.\n"
            "Rec 3 – The force should improve its understanding of fraud in its area.")
    assert [(n, text[:20]) for n, text, _ in numbered_entries(cell)] == [
        (1, "The force should imp"), (3, "The force should imp")]
    assert status_lines("1-2 Complete\n3 Ongoing – panel ToR being refreshed") == {
        1: "Complete", 2: "Complete", 3: "Ongoing – panel ToR being refreshed"}
    assert status_lines("AFI 1 – Complete\nAFI 3 – On hold pending new RMS") == {
        1: "Complete", 3: "On hold pending new RMS"}
    assert status_lines("Complete") == {}
    assert numbered_entries("3 – the force should do this and that and more\n4 – and the "
                            "force should also do another thing here") == []


def test_each_item_of_a_reports_row_takes_its_own_line_of_the_status_cell(tmp_path):
    h = _list(tmp_path / "hmicfrs.xlsx")
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Reports": [
        ["Report", "Published", "Recommendations / AFIs", "Status", "Lead"],
        [SF, "Oct 2017", f"1. {MSHT_INTEL}\n2. {MSHT_NRM}", "1. Complete\n2. Ongoing",
         "DI Ford"],                                                                   # 2
    ]})
    lines = reconcile_files(h, f).items.set_index("hmicfrs_ref")
    lines.index = lines.index.astype(str)
    assert lines.at["8411", "category"] == "closeable_submit"
    assert lines.at["8413", "category"] == "in_sync"


def test_a_list_entry_giving_reference_report_and_type_before_its_text(tmp_path):
    """"Ref 8212 - Stolen freedom: … (published 24/10/2017) - National recommendation - …",
    a list pasted from an email in its second style: the reference, report and type are read
    into their fields, and the text is what follows them."""
    from reconcile.load.incell import read_ref_line

    item = {"text": f"Ref 8411 - {SF}: the policing response to modern slavery and human "
                    f"trafficking (published 24/10/2017) - National recommendation - "
                    f"{MSHT_INTEL}"}
    read_ref_line(item)
    assert item["text"] == MSHT_INTEL
    assert item["ref"] == "8411"
    assert item["type"] == "National recommendation"
    assert item["report"].endswith("(published 24/10/2017)")
    plain = {"text": "Review the policy - then publish it - recommendation - soon"}
    read_ref_line(plain)
    assert plain == {"text": "Review the policy - then publish it - recommendation - soon"}


def test_a_pillar_heading_is_a_part_of_the_report_above(tmp_path):
    """"PEOPLE" over some rows of a fire service's round-3 report: a pillar of the inspection,
    no report of its own, so its rows keep the report above (not a report "People" that
    contradicts the list's)."""
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Round 3 2023-25": [
        ["Ref", "Area for improvement", "Action", "Lead", "Status"],
        ["Fire and rescue service inspection 2023-25"],                               # 2
        ["EFFICIENCY"],                                                               # 3
        ["AFI 1", RISK_INFO, "Site-specific risk information reviews", "GM Risk", "On track"],
        ["PEOPLE"],                                                                   # 5
        ["AFI 2", PREVENTION, "Prevention strategy refreshed", "AM Prevention", "Complete"],
    ]})
    side = load_side(f, "force")
    assert set(side.items["report"]) == {"Fire and rescue service inspection 2023-25"}
    reasons = side.skipped.set_index("row_id")["reason"]
    assert reasons["Round 3 2023-25!5"].startswith("pillar heading")


# --- Round 19 ---------------------------------------------------------------------------

def test_a_lists_bullet_rows_under_an_item_are_its_text_though_they_repeat_its_reference(
        tmp_path):
    """The liaison lead's list, one row per bullet: the stem row holds the item, each bullet
    row its next point, some with the item's reference written again, points in "•" or
    "(a)" style, each ending a sentence. One item each, its text whole."""
    bullets = [line.strip() for line in LEADERSHIP.split("\n")[1:]]
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Definitive list": [
        ["Ref", "Report", "Published", "Type", "Status", "Recommendation / AFI"],
        [8101, SF, datetime(2017, 10, 24), "National recommendation", "Being progressed",
         LEADERSHIP.split("\n")[0]],                                                   # 2
        *[[8101, None, None, None, None, b.rstrip(";") + "."] for b in bullets],      # 3-6
        [9234, PEEL19, datetime(2019, 5, 2), "Recommendation", "Being progressed",
         "HMIC recommends that the force should immediately:"],                        # 7
        [None, None, None, None, None, "(a) conduct a review of officers' capabilities."],
        [None, None, None, None, None, "(b) review its investigative demand."],         # 9
    ]})
    side = load_side(h, "hmicfrs")
    items = side.items.set_index("row_id")
    assert list(items.index) == ["Definitive list!2", "Definitive list!7"]
    assert items.at["Definitive list!2", "text"].count("•") == 4
    assert "(b) review its investigative demand." in items.at["Definitive list!7", "text"]


def test_a_tracker_coloured_by_hand_reads_its_text_colour_as_the_status(tmp_path):
    """No status column; green text is done, red overdue, black open (and struck through is
    done, whatever its colour)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws.append(["Key: text in green = complete; red = overdue; struck through = closed"])
    ws.append(["HMICFRS ref", "Report", "Recommendation", "Lead", "Comments"])
    rows = [(8411, SF, MSHT_INTEL, "00B050", False), (8413, SF, MSHT_NRM, "FF0000", False),
            (5531, "Targeting the risk", FIREARMS, None, False),
            (10810, PEEL19, WORKLOAD, None, True)]
    for r, (ref, report, text, rgb, struck) in enumerate(rows, start=3):
        ws.append([ref, report, text, "DI Ford", "Update given"])
        ws.cell(r, 3).font = Font(color=rgb, strike=struck) if rgb or struck else Font()
    path = tmp_path / "tracker.xlsx"
    wb.save(path)
    side = load_side(path, "force")
    status = side.items.set_index("row_id")["status"]
    assert status["Tracker!3"] == "Green (text colour)"
    assert status["Tracker!4"] == "Red (text colour)"
    assert status["Tracker!5"] == "Open (text in black)"
    assert status["Tracker!6"].startswith("Done (struck through")
    lines = reconcile_files(_list(tmp_path / "hmicfrs.xlsx"), path).items.set_index(
        "force_row")
    assert lines.at["Tracker!3", "category"] == "closeable_submit"
    assert lines.at["Tracker!4", "category"] == "in_sync"


def test_tables_stacked_on_one_sheet_are_each_read_with_their_own_header(tmp_path):
    """Two tables one under another, each with a title and its own header, the columns in
    another order and named otherwise: each row is read with its own table's columns. A
    header repeated in the same order (a page break) cuts nothing."""
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Master tracker": [
        ["TABLE 1 – Legacy recommendations"],
        ["Ref", "Recommendation", "Owner", "RAG", "Update"],                          # 2
        [8411, MSHT_INTEL, "Head of Intelligence", "Green", "ISAs signed"],            # 3
        [8413, MSHT_NRM, "D/Supt SOC", "Amber", "SPOC in post"],                       # 4
        [],
        ["TABLE 2 – 2019 to 2022 reports"],                                           # 6
        ["Recommendation / AFI", "HMICFRS ID", "Type", "Lead", "Status", "Comments"],  # 7
        [WORKLOAD, 10810, "Rec", "ACC Crime", "Complete", "Review done"],              # 8
        [FIREARMS, 5531, "National rec", "Head of Licensing", "In progress", "Audit due"],
    ]})
    side = load_side(f, "force")
    items = side.items.set_index("row_id")
    assert list(items.index) == [f"Master tracker!{r}" for r in (3, 4, 8, 9)]
    assert items.at["Master tracker!8", "text"] == WORKLOAD
    assert items.at["Master tracker!8", "owner"] == "ACC Crime"
    assert items.at["Master tracker!8", "status"] == "Complete"
    assert items.at["Master tracker!3", "status"] == "Green"
    assert "2 tables one under another" in side.sheets[0].note
    lines = reconcile_files(_list(tmp_path / "hmicfrs.xlsx"), f).items.set_index("force_row")
    assert lines.at["Master tracker!8", "category"] == "closeable_submit"


def test_a_copy_of_the_list_kept_for_look_ups_is_not_the_forces_tracking(tmp_path):
    """The tracker sheet beside a pasted copy of the HMICFRS list (no owner, no update, the
    register's statuses): the copy's rows are explained, not read as a second tracker."""
    h = _list(tmp_path / "hmicfrs.xlsx")
    f = write_xlsx(tmp_path / "tracker.xlsx", {
        "HMICFRS Actions": [
            ["HMICFRS Ref", "Recommendation", "Lead", "RAG", "Update"],
            [8411, MSHT_INTEL, "Head of Intelligence", "Green", "ISAs signed"],        # 2
            [5531, FIREARMS, "Head of Licensing", "Amber", "Audit due"]],              # 3
        "HMICFRS list (pasted)": [
            ["Ref", "Report", "Type", "Recommendation", "HMICFRS status"],
            [8411, SF, "National recommendation", MSHT_INTEL, "Being progressed"],
            [8413, SF, "National recommendation", MSHT_NRM, "Being progressed"],
            [5531, "Targeting the risk", "National recommendation", FIREARMS, "Complete"],
            [10810, PEEL19, "Recommendation", WORKLOAD, "Awaiting review"]]})
    side = load_side(f, "force")
    assert set(side.items["sheet"]) == {"HMICFRS Actions"}
    reasons = side.skipped.set_index("row_id")["reason"]
    assert reasons["HMICFRS list (pasted)!3"].startswith("a copy of the HMICFRS list")
    lines = reconcile_files(h, f).items
    assert (lines["category"] == "missing_from_force").sum() == 2        # 8413 and 10810
    assert not lines["force_row"].fillna("").str.startswith("HMICFRS list").any()


# --- Round 21 ---------------------------------------------------------------------------

def test_a_lists_app_export_names_its_fields_in_camel_case_and_its_choices_in_json(tmp_path):
    """Microsoft Lists / Power Apps: "RecommendationText", "RAGStatus", "HMICFRSRef" name
    their fields; '{"Value":"Complete"}' is the choice Complete, '{"Id":2,"Value":"Core
    Business 2014"}' the report, '[]' nothing."""
    from reconcile.load.header import header_key
    from reconcile.load.richtext import plain

    assert [header_key(h) for h in ("RAGStatus", "HMICFRSRef", "RecommendationText")] == [
        "rag status", "hmicfrs ref", "recommendation text"]
    assert plain('{"Id":2,"Value":"Core Business 2014"}') == "Core Business 2014"
    assert plain('[{"Value":"AFI"},{"Value":"Recommendation"}]') == "AFI; Recommendation"
    assert plain("[]") == ""
    path = tmp_path / "tracker.csv"
    pd.DataFrame({
        "ID": [1, 2], "Title": ["ISAs", "NRM"], "HMICFRSRef": [8411, 8413],
        "InspectionReport": ['{"Id":7,"Value":"Stolen freedom"}'] * 2,
        "RecommendationText": [MSHT_INTEL, MSHT_NRM],
        "RAGStatus": ['{"Value":"Complete"}', '{"Value":"Amber - on track"}'],
        "ActionOwner": ["Jane Ford;#12", "Sam Patel;#19"]}).to_csv(path, index=False)
    side = load_side(path, "force")
    items = side.items.set_index("row_id")
    assert items["status"].tolist() == ["Complete", "Amber - on track"]
    assert items["report"].tolist() == ["Stolen freedom", "Stolen freedom"]
    assert items["ref"].astype(str).tolist() == ["8411", "8413"]


def test_a_heading_naming_the_text_comes_before_a_column_of_free_text_by_content(tmp_path):
    """"HMICFRS recommendation / area for improvement" beside "Evidence of completion" (long
    notes on most rows): the heading names the text; the notes are not it."""
    evidence = ("Evidence pack lodged with the Force Assurance Board including the signed policy "
                "and the audit report")
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Responses": [
        ["No.", "HMICFRS recommendation / area for improvement", "Accepted?", "Force position",
         "Evidence of completion", "Lead"],
        ["NR 1", MSHT_INTEL, "Accepted", "Implemented", evidence, "DI Ford"],
        ["NR 2", MSHT_NRM, "Accepted", "Not implemented", evidence + " pending", "D/Supt SOC"],
        ["NR 3", FIREARMS, "Partially accepted", "Partially implemented", evidence + " (part)",
         "Head of Licensing"]]})
    side = load_side(f, "force")
    assert side.sheets[0].mapping["text"] == "HMICFRS recommendation / area for improvement"
    from reconcile.config import SideSettings
    from reconcile.normalise import norm_status, status_table

    table = status_table("force", SideSettings())
    assert [norm_status(w, table) for w in ("Implemented", "Not implemented",
                                            "Partially implemented")] == ["done", "open", "open"]


def test_a_sheet_with_no_header_row_is_read_by_what_its_columns_hold(tmp_path):
    """The header was deleted: a title, then the items. Each column's field is told by what it
    holds, and every item is read (not a stop with exit 2)."""
    rows = [["Gwent Police – HMICFRS recommendations tracker"]]
    texts = [(8411, SF, MSHT_INTEL), (8413, SF, MSHT_NRM),
             (5531, "Targeting the risk 2015", FIREARMS), (10810, PEEL19, WORKLOAD),
             (8414, SF, MSHT_INTEL.replace("Within six months", "Within twelve months"))]
    for k, (ref, report, text) in enumerate(texts):
        rows.append([ref, report, "National Rec", text, ["ACC Crime", "DI Ford"][k % 2],
                     ["Blue", "Amber", "Green"][k % 3], "Update given at the board " * 3])
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": rows})
    side = load_side(f, "force")
    items = side.items.set_index("row_id")
    assert list(items.index) == [f"Tracker!{r}" for r in range(2, 7)]
    assert items.at["Tracker!2", "text"] == MSHT_INTEL
    assert items.at["Tracker!2", "status"] == "Blue"
    assert str(items.at["Tracker!2", "ref"]) == "8411"
    assert items.at["Tracker!3", "owner"] == "DI Ford"
    assert "no header row" in side.sheets[0].note


# --- Round 22 ---------------------------------------------------------------------------

def test_a_reports_items_across_its_row_in_pairs_are_each_paired_with_their_status(tmp_path):
    """"Report | Rec 1 | Rec 1 status | Rec 2 | Rec 2 status | …", one row per report (two
    reports only: no column is long text on three rows): each item pairs with its own item
    of the list and takes its own status."""
    h = _list(tmp_path / "hmicfrs.xlsx")
    f = write_xlsx(tmp_path / "tracker.xlsx", {"HMICFRS Reports": [
        ["Report", "Published", "Rec 1", "Rec 1 status", "Rec 2", "Rec 2 status", "Rec 3",
         "Rec 3 status", "Lead"],
        [SF, "Oct 2017", MSHT_INTEL, "Complete", MSHT_NRM, "In progress", None, None,
         "ACC Crime"],                                                                  # 2
        ["Targeting the risk", "Sep 2015", FIREARMS, "Complete", None, None, None, None,
         "Head of Licensing"],                                                          # 3
    ]})
    side = load_side(f, "force")
    assert "items across the columns in 3 pairs" in side.sheets[0].note
    lines = reconcile_files(h, f).items
    row2 = lines[lines["force_row"] == "HMICFRS Reports!2"].set_index("hmicfrs_ref")
    row2.index = row2.index.astype(str)
    assert row2.at["8411", "category"] == "closeable_submit"
    assert row2.at["8413", "category"] == "in_sync"
    firearms = lines[lines["force_row"] == "HMICFRS Reports!3"].iloc[0]
    assert str(firearms["hmicfrs_ref"]) == "5531" and firearms["category"] == "closeable_submit"


def test_an_archive_sheet_named_a_list_keeps_its_items(tmp_path):
    """"Closed items list", with the force's own statuses and no owner column, beside the
    tracker: an archive of the force's items, not a copy of the HMICFRS list."""
    f = write_xlsx(tmp_path / "tracker.xlsx", {
        "Tracker": [["HMICFRS Ref", "Recommendation", "Lead", "RAG", "Update"],
                    [8411, MSHT_INTEL, "Head of Intelligence", "Amber", "ISAs drafted"]],
        "Closed items list": [["HMICFRS Ref", "Recommendation", "Status"],
                              [5531, FIREARMS, "Complete"],
                              [10810, WORKLOAD, "Closed"]]})
    side = load_side(f, "force")
    assert set(side.items["sheet"]) == {"Tracker", "Closed items list"}


def test_stacked_tables_explain_each_of_their_rows_once(tmp_path):
    """A formula with no saved result in the first table is explained by that table only."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Master tracker"
    for row in (
            ["Ref", "Recommendation", "Owner", "RAG", "Update"],
            [8411, MSHT_INTEL, "Head of Intelligence", "Green", "ISAs signed"],          # 2
            [8413, "=VLOOKUP(A3,Master!A:B,2,FALSE)", "D/Supt SOC", "Amber", "SPOC"],   # 3
            [],
            ["Recommendation / AFI", "HMICFRS ID", "Type", "Lead", "Status", "Comments"],
            [WORKLOAD, 10810, "Rec", "ACC Crime", "Complete", "Review done"],           # 6
            [FIREARMS, 5531, "National rec", "Head of Licensing", "In progress",
             "Audit due"]):
        ws.append(row)
    f = tmp_path / "tracker.xlsx"
    wb.save(f)
    side = load_side(f, "force")
    assert not side.skipped["row_id"].duplicated().any()
    assert "Master tracker!3" in set(side.skipped["row_id"])


def test_a_link_to_the_items_register_page_gives_its_reference(tmp_path):
    """No reference column: each row's "HMICFRS page" cell shows "View on HMICFRS", its
    hyperlink the item's register page. The reference is the link's, and pairs the row; a
    link to a report's page gives none."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws.append(["HMICFRS page", "Report", "Recommendation", "Lead", "RAG"])
    rows = [(8411, SF, MSHT_INTEL, "Green"), (8413, SF, MSHT_NRM, "Amber"),
            (5531, "Targeting the risk", FIREARMS, "Green")]
    for r, (ref, report, text, rag) in enumerate(rows, start=2):
        ws.append(["View on HMICFRS", report, text, "DI Ford", rag])
        ws.cell(r, 1).hyperlink = ("https://hmicfrs.justiceinspectorates.gov.uk/recommendations/"
                                   f"west-mercia/{ref}/")
    ws.append(["Link", PEEL19, WORKLOAD, "ACC Crime", "Amber"])
    ws.cell(5, 1).hyperlink = ("https://hmicfrs.justiceinspectorates.gov.uk/publications/"
                               "peel-2018-19-west-mercia/")
    f = tmp_path / "tracker.xlsx"
    wb.save(f)
    lines = reconcile_files(_list(tmp_path / "hmicfrs.xlsx"), f).items.set_index("force_row")
    assert str(lines.at["Tracker!3", "hmicfrs_ref"]) == "8413"
    assert "paired on the HMICFRS reference" in lines.at["Tracker!3", "flags"]
    assert [str(v) for v in lines.loc[["Tracker!2", "Tracker!4"], "force_ref"]] == [
        "8411", "5531"]
    assert str(lines.at["Tracker!5", "hmicfrs_ref"]) == "10810"     # by its words
    assert "paired on the HMICFRS reference" not in lines.at["Tracker!5", "flags"]



def test_a_reference_copied_from_the_row_above_leaves_for_the_item_its_words_read(tmp_path):
    """The reference copied down onto the next row, whose words are another item's (read at
    67 with it, the referenced item poorly): the row pairs on its words, not as a second
    part of the item above; its reference is shown as the conflict."""
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["HMICFRS Ref", "Report", "Recommendation", "Lead", "RAG"],
        [8411, SF, MSHT_INTEL, "DI Ford", "Green"],                                    # 2
        [8411, SF, "Immediately, forces should take steps to ensure they are fully compliant "
         "with the NRM process", "DI Ford", "Amber"]]})                               # 3
    lines = reconcile_files(_list(tmp_path / "hmicfrs.xlsx"), f).items.set_index("force_row")
    assert str(lines.at["Tracker!2", "hmicfrs_ref"]) == "8411"
    assert "split this" not in lines.at["Tracker!2", "flags"]
    assert str(lines.at["Tracker!3", "hmicfrs_ref"]) == "8413"
    assert "reference differs" in lines.at["Tracker!3", "flags"]


def test_a_link_to_the_reports_page_names_the_report(tmp_path):
    """No report column but "View report", linked (or =HYPERLINK'd) to the report's page or
    PDF on HMICFRS's site: the link's address names the report, which tells apart two copies
    of one recommendation made in two years."""
    from openpyxl import Workbook

    peel21 = "PEEL 2021/22: An inspection of West Midlands Police"
    listed = register(tmp_path / "hmicfrs.xlsx", [
        *SF_ITEMS,
        (10810, PEEL19, datetime(2019, 5, 2), "Recommendation", WORKLOAD),
        (12240, peel21, datetime(2022, 3, 24), "Recommendation", WORKLOAD)], "Being progressed")
    site = "https://hmicfrs.justiceinspectorates.gov.uk/publications/"
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws.append(["Report", "Recommendation", "Lead", "RAG"])
    ws.append(["View report", WORKLOAD, "ACC Crime", "Green"])
    ws.cell(2, 1).hyperlink = f"{site}peel-assessment-2021-22-west-midlands/"
    ws.append([f'=HYPERLINK("{site}peel-2018-19-west-midlands.pdf","View report")', WORKLOAD,
               "ACC Crime", "Amber"])
    ws.append(["Report", MSHT_INTEL, "DI Ford", "Amber"])
    ws.cell(4, 1).hyperlink = f"{site}stolen-freedom-the-policing-response-to-modern-slavery/"
    ws.append(["Click here", MSHT_NRM, "DI Ford", "Green"])
    ws.cell(5, 1).hyperlink = f"{site}"                      # the site's section: no report
    f = tmp_path / "tracker.xlsx"
    wb.save(f)
    lines = reconcile_files(listed, f).items.set_index("force_row")
    assert str(lines.at["Tracker!2", "hmicfrs_ref"]) == "12240"
    assert str(lines.at["Tracker!3", "hmicfrs_ref"]) == "10810"
    assert (lines.loc[["Tracker!2", "Tracker!3"], "category"] != "review").all()
    side = load_side(f, "force").items.set_index("row_id")
    assert side.at["Tracker!4", "report"].startswith("stolen freedom the policing response")
    assert "report" not in lines.at["Tracker!4", "flags"]
    assert side.at["Tracker!5", "report"] == "Click here"     # the site's section names none
