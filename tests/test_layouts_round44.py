"""Layouts of the sixteenth session's rounds 44 to 49 of cases built by other hands: report
banners noting their items' state, sign-off read as stages (an assurance panel, a learning
team's validation, a board, a Gold group), archive tabs, the HMICFRS list in report blocks,
in its own codes, as the old register's theme pages, record cards and event logs, a mirror
site's report tables, a liaison officer's log. Each test failed on the commit before the
reader it tests (e7265d1 for rounds 44 and 45, then each round's predecessor).

Texts are real public HMICFRS texts (PEEL 2023-25 areas for improvement, the 2017 modern
slavery inspection; Open Government Licence); trackers, statuses and owners are invented,
the force's own wording written as a force would.
"""

from __future__ import annotations

from datetime import datetime

from builders import COUNTY, MSHT_INTEL, MSHT_NRM, OCSA, PEEL23, RASSO, SF, SOC, register, write_xlsx

from reconcile import reconcile_files
from reconcile.normalise import report_key


def _register(tmp_path, status="Being progressed"):
    return register(tmp_path / "hmicfrs.xlsx",
                    [(20101, PEEL23, datetime(2024, 3, 12), "Area for improvement", RASSO),
                     (20102, PEEL23, datetime(2024, 3, 12), "Area for improvement", OCSA),
                     (20103, PEEL23, datetime(2024, 3, 12), "Area for improvement", SOC),
                     (20104, PEEL23, datetime(2024, 3, 12), "Area for improvement", COUNTY),
                     (8411, SF, datetime(2017, 10, 24), "National recommendation", MSHT_INTEL),
                     (8413, SF, datetime(2017, 10, 24), "National recommendation", MSHT_NRM)],
                    status)


def _got(rec):
    return {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}


# ------------------------------------------ a report banner noting its items' state

def test_a_bracketed_note_on_the_items_names_no_report():
    banner = "PEEL 2023–25 – published 12/03/2024 – 4 AFIs (AFI 1 and AFI 3 closed)"
    assert report_key(banner) == report_key("PEEL 2023-25")
    for note in ("(3 recs open)", "(all closed)", "(2 outstanding)", "(CoC superseded)"):
        assert report_key(f"Stolen freedom 2017 {note}") == report_key("Stolen freedom 2017"), note
    # A bracket saying when, or for whom, still reads as before.
    assert report_key("PEEL: Effectiveness (Mar 18)") == report_key("PEEL: Effectiveness")


def test_items_under_a_banner_noting_their_state_are_not_a_report_conflict(tmp_path):
    """The force's banner rows name the report short, with a note of what is closed; the
    register gives its full title. Every item under it is the register's, no report
    conflict. (Before, the note's numbers made the banner another report: every pair a
    conflict.)"""
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["HMICFRS tracker"], [],
        ["No.", "HMICFRS ID", "Recommendation / AFI", "Lead", "Status"],
        ["PEEL Assessment 2023–25 – published 12/03/2024 – 4 AFIs (AFI 1 and AFI 3 closed)"],
        [1, 20101, RASSO, "DI Shaw", "Complete"],
        [2, 20102, OCSA, "DCI Webb", "In progress"],
        [3, 20103, SOC, "Head of Intelligence", "Complete"],
        [4, 20104, COUNTY, "Head of Intelligence", "In progress"],
        ["Stolen freedom (2017) – 2 recs (both open)"],
        [5, 8411, MSHT_INTEL, "DCI Ross", "In progress"],
        [6, 8413, MSHT_NRM, "DCI Ross", "In progress"]]})
    full = "PEEL 2023–25: Police effectiveness, efficiency and legitimacy – An inspection of " \
           "Cambridgeshire Constabulary"
    h = register(tmp_path / "hmicfrs.xlsx",
                 [(20101, full, datetime(2024, 3, 12), "Area for improvement", RASSO),
                  (20102, full, datetime(2024, 3, 12), "Area for improvement", OCSA),
                  (20103, full, datetime(2024, 3, 12), "Area for improvement", SOC),
                  (20104, full, datetime(2024, 3, 12), "Area for improvement", COUNTY),
                  (8411, SF, datetime(2017, 10, 24), "National recommendation", MSHT_INTEL),
                  (8413, SF, datetime(2017, 10, 24), "National recommendation", MSHT_NRM)],
                 "Being progressed")
    rec = reconcile_files(h, f)
    assert not rec.items["flags"].str.contains("report differs").any()
    assert _got(rec) == {("Recommendations!2", "Tracker!5"): "closeable_submit",
                         ("Recommendations!3", "Tracker!6"): "in_sync",
                         ("Recommendations!4", "Tracker!7"): "closeable_submit",
                         ("Recommendations!5", "Tracker!8"): "in_sync",
                         ("Recommendations!6", "Tracker!10"): "in_sync",
                         ("Recommendations!7", "Tracker!11"): "in_sync"}


# --------------------------- the panel's outcome beside the lead's own self-assessment

def test_a_panel_returning_or_deferring_a_met_keeps_it_open(tmp_path):
    """"Self-assessment" is the status; the "Assurance panel outcome" beside it is the
    panel's view of that grade: "Returned for more evidence" or "Deferred" leave a "Met"
    open, "Accepted" keeps the lead's grade (a "Partially met" it accepted stays open), and a
    "Met" the panel has not seen is done. (Before, every "Met" was done.)"""
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["No.", "HMICFRS ID", "Recommendation / AFI", "Lead", "Self-assessment",
         "Assurance panel date", "Assurance panel outcome"],
        [1, 20101, RASSO, "DI Shaw", "Met", datetime(2025, 9, 9), "Returned for more evidence"],
        [2, 20102, OCSA, "DCI Webb", "Met", datetime(2025, 9, 9), "Accepted"],
        [3, 20103, SOC, "Head of Intelligence", "Met", datetime(2025, 6, 10), "Deferred"],
        [4, 20104, COUNTY, "Head of Intelligence", "Partially met", datetime(2025, 6, 10),
         "Accepted"],
        [5, 8411, MSHT_INTEL, "DCI Ross", "Met", None, None],
        [6, 8413, MSHT_NRM, "DCI Ross", "Not met", datetime(2025, 3, 11), "Returned"]]})
    rec = reconcile_files(_register(tmp_path), f)
    assert _got(rec) == {("Recommendations!2", "Tracker!2"): "in_sync",
                         ("Recommendations!3", "Tracker!3"): "closeable_submit",
                         ("Recommendations!4", "Tracker!4"): "in_sync",
                         ("Recommendations!5", "Tracker!5"): "in_sync",
                         ("Recommendations!6", "Tracker!6"): "closeable_submit",
                         ("Recommendations!7", "Tracker!7"): "in_sync"}
    line = rec.items[rec.items["force_row"] == "Tracker!2"].iloc[0]
    assert "Returned for more evidence" in line["flags"]


# ------------------------------- an archive tab whose status cell holds no status word

def test_an_archive_tabs_rows_are_closed_whatever_unknown_word_their_status_holds(tmp_path):
    """On "Closed items" the column read as the status is the panel's "Outcome"
    ("n/a – closed pre-panel", "Accepted", "Re-opened"): rows there are closed by the sheet's name; a
    row the tab still calls "Re-opened" is not. (Before, "Accepted" was an unknown status,
    counted open, and each pair said closeable on the list's side only.)"""
    f = write_xlsx(tmp_path / "tracker.xlsx", {
        "Tracker": [["No.", "HMICFRS ID", "Recommendation / AFI", "Lead", "Status"],
                    [1, 20101, RASSO, "DI Shaw", "In progress"],
                    [2, 20102, OCSA, "DCI Webb", "In progress"],
                    [3, 20103, SOC, "Head of Intelligence", "In progress"]],
        "Closed items": [["HMICFRS ID", "Recommendation / AFI", "Lead", "Outcome"],
                         [20104, COUNTY, "Head of Intelligence", "n/a – closed pre-panel"],
                         [8411, MSHT_INTEL, "DCI Ross", "Accepted"],
                         [8413, MSHT_NRM, "DCI Ross", "Re-opened"]]})
    rec = reconcile_files(_register(tmp_path, status="Complete"), f)
    got = _got(rec)
    assert rec.force.sheets[1].mapping["status"] == "Outcome"
    assert got[("Recommendations!5", "Closed items!2")] == "in_sync"
    assert got[("Recommendations!6", "Closed items!3")] == "in_sync"
    assert got[("Recommendations!7", "Closed items!4")] == "closeable_local"
    assert "status cells saying no status ('Accepted'): closed, as the sheet's name says: row 3" in \
        rec.force.sheets[1].note


# ------------------------------------------------ an item kept whole on two departments' tabs

def test_an_item_kept_whole_on_two_tabs_is_said_to_be_copies_not_a_split(tmp_path):
    """Each department's tab holds the county lines AFI whole: the two rows are copies, said
    so with their sheets, done only when both are. (Before, they were worded "force split
    this into 2 rows", as if each held a bullet.)"""
    h = register(tmp_path / "hmicfrs.xlsx",
                 [(20101, PEEL23, datetime(2024, 3, 12), "Area for improvement", RASSO),
                  (20102, PEEL23, datetime(2024, 3, 12), "Area for improvement", OCSA),
                  (20103, PEEL23, datetime(2024, 3, 12), "Area for improvement", SOC),
                  (20104, PEEL23, datetime(2024, 3, 12), "Area for improvement", COUNTY)],
                 "Being progressed")
    header = ["Ref", "Recommendation", "Lead", "Status"]
    f = write_xlsx(tmp_path / "tracker.xlsx", {
        "Crime": [header, [20101, RASSO, "DI Shaw", "Complete"],
                  [20103, SOC, "Head of Intelligence", "In progress"],
                  [None, COUNTY, "DI Shaw", "Complete"]],
        "Public Protection": [header, [20102, OCSA, "DCI Webb", "In progress"],
                              [None, COUNTY, "DCI Webb", "In progress"]]})
    rec = reconcile_files(h, f)
    copies = rec.items[rec.items["hmicfrs_row"] == "Recommendations!5"]
    assert sorted(copies["force_row"]) == ["Crime!4", "Public Protection!3"]
    assert set(copies["category"]) == {"in_sync"}
    for flags in copies["flags"]:
        assert "force tracks this item whole on 2 sheets ('Crime', 'Public Protection'): " \
               "1 of 2 copies done" in flags
        assert "split" not in flags


# ------------------- the list in report blocks: banners, type headings, pasted paragraphs

MSHT_LEAD = ("Within twelve months, forces should review their leadership and governance "
             "arrangements for modern slavery and human trafficking, to ensure that:")
MSHT_BULLETS = [
    "• senior leaders prioritise the response to modern slavery and human trafficking;",
    "• every incident of modern slavery identified to police is allocated appropriate "
    "resources with the skills, experience and capacity to investigate it effectively;",
    "• forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and",
    "• performance and quality assurance measures are in place to allow senior leaders to "
    "assess the nature and quality of the service provided to victims."]


def test_a_list_in_report_blocks_takes_report_date_and_type_from_its_headings(tmp_path):
    """The liaison lead's list: a banner per report ("title | Published … | n items (k
    open)"), a type heading over the items, an item's bullets pasted onto rows of their own.
    The banners are report titles, not a table pasted into one column; the type heading
    types its rows; the force's copy that stops after the third bullet's "; and" leaves the
    fourth out, and an AFI the force calls a recommendation differs in type. (Before, the
    banners' '|' made column A a pasted table: every report was "Areas for improvement".)"""
    banner = "  |  ".join
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Definitive list": [
        ["HMICFRS definitive list – Cambridgeshire Constabulary"], [],
        ["Ref", "Recommendation / cause of concern / area for improvement", "Status",
         "Status date", "HMICFRS comment"], [],
        [banner([SF, "Published 24th October 2017", "2 items (2 open)"])],
        ["National recommendations"],
        [8412, MSHT_LEAD, "Being progressed", "12th March 2021", "Evidence awaited"],
        *[[None, b] for b in MSHT_BULLETS],
        [8413, MSHT_NRM, "Being progressed", "12th March 2021", "Evidence awaited"], [],
        [banner([PEEL23, "Published 12th March 2024", "3 items (3 open)"])],
        ["Areas for improvement"],
        [20101, RASSO, "Being progressed", "12th March 2024", "Published"],
        [20102, OCSA, "Being progressed", "12th March 2024", "Published"],
        [20103, SOC, "Being progressed", "12th March 2024", "Published"]]})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["HMICFRS Ref", "Report", "Type", "Recommendation", "Lead", "RAG"],
        [8412, "Stolen Freedom 2017", "Nat rec", "\n".join([MSHT_LEAD, *MSHT_BULLETS[:3]]),
         "DCI Ross", "Amber"],
        [8413, "Stolen Freedom 2017", "Nat rec", MSHT_NRM, "DCI Ross", "Amber"],
        [20101, "PEEL 2023-25", "AFI", RASSO, "DI Shaw", "Green"],
        [20102, "PEEL 2023-25", "Rec", OCSA, "DCI Webb", "Amber"],
        [20103, "PEEL 2023-25", "AFI", SOC, "Head of Intelligence", "Amber"]]})
    rec = reconcile_files(h, f)
    items = rec.hmicfrs.items.set_index(rec.hmicfrs.items["ref"].astype(str))
    assert items.loc["20101", "report"].startswith("PEEL 2023–25: An inspection")
    assert items.loc["20101", "type"] == "area for improvement"
    assert items.loc["8413", "type"] == "recommendation"
    assert items.loc["8412", "text"].endswith("the service provided to victims.")
    assert "pasted as one column" not in rec.hmicfrs.sheets[0].note
    got = {r.hmicfrs_row: (r.category, r.flags) for r in rec.items.itertuples()}
    assert not any("report differs" in flags for _, flags in got.values())
    category, flags = got["Definitive list!7"]
    assert category == "conflict"
    assert "the force's text leaves out bullet (d): 'performance and quality assurance" in flags
    category, flags = got["Definitive list!17"]
    assert (category, "type differs: HMICFRS area for improvement vs force recommendation") == (
        "conflict", next(x for x in flags.split("; ") if x.startswith("type differs")))
    assert got["Definitive list!16"][0] == "closeable_submit"
    assert got["Definitive list!12"][0] == got["Definitive list!18"][0] == "in_sync"


# ---------------------------- the list's own words: codes typing items, numbered texts

def test_a_code_naming_the_type_types_an_item_of_a_list_with_no_type_column():
    from reconcile.normalise.codes import type_in_code
    assert type_in_code("PEEL2122-AFI-03") == "area for improvement"
    assert type_in_code("LEGNAT17-CoC-01") == "cause of concern"
    assert type_in_code("MSHT17-NR-02") == type_in_code("NAT-2017-MSHT-R01") == "recommendation"
    for none in (8411, "ASR-HMI-017", "AFI 3", "PEEL-AFI-COC-1", None):
        assert type_in_code(none) == "", none


def test_numbered_texts_and_day_first_deadlines_are_no_figures(tmp_path):
    """The list numbers its texts ("1.Not later than …", the space lost) and the force
    writes the deadline in figures ("Not later than 31/03/2015"): one deadline, no figure
    differs. And the list's code says AFI where the tracker says "Rec": a type conflict.
    (Before, "1" and "31, 03" were figures that differed, and no type was read.)"""
    from reconcile.normalise import numbers, timescales
    assert timescales("Not later than 31/03/2015 - give call handlers criteria") == (
        "by 31 march 2015",)
    assert timescales("by 31.3.15") == ("by 31 march 2015",)
    assert numbers("1.Not later than 31 March 2015 those forces") == ()
    assert numbers("Reviewed 14/02/2023: 10% of cases dip-sampled") == ("10%",)
    core = ("Not later than 31 March 2015 those forces using a threat, harm and risk policy, "
            "that have not yet done so, should provide call-handlers with specific, sound and "
            "comprehensible criteria against which they can assess threat, harm and risk.")
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Recommendations": [
        ["Reference", "Report", "Published", "Recommendation", "Monitoring status"],
        ["CB14-NR-01", "Core Business", "September 2014", "1." + core,
         "Closed – this recommendation is complete"],
        ["PEEL2325-AFI-01", PEEL23, "March 2024", "1. " + RASSO,
         "Open – being progressed"],
        ["PEEL2325-AFI-02", PEEL23, "March 2024", "2.The " + OCSA[4:],
         "Open – being progressed"]]})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["Ref", "Report", "Type", "Recommendation", "Status"],
        [None, "Core Business 2014", "Rec",
         "Not later than 31/03/2015 - give call handlers specific, sound & comprehensible "
         "criteria to assess threat, harm & risk (THR policy)", "Complete"],
        ["PEEL2325-AFI-01", "PEEL 23-25", "AFI", RASSO, "In progress"],
        ["PEEL2325-AFI-02", "PEEL 23-25", "Rec", OCSA, "In progress"]]})
    rec = reconcile_files(h, f)
    got = {r.hmicfrs_row: (r.category, r.flags) for r in rec.items.itertuples()}
    assert got["Recommendations!2"][0] == "in_sync"
    assert "differs" not in got["Recommendations!2"][1]
    assert got["Recommendations!3"][0] == "in_sync"
    assert got["Recommendations!4"][0] == "conflict"
    assert "type differs: HMICFRS area for improvement vs force recommendation" in \
        got["Recommendations!4"][1]


# ------------------------------ an owner's return checked by the learning team

def test_a_learning_teams_validation_decides_over_the_owners_own_return(tmp_path):
    """The owner returns "Complete"; the organisational learning team's "OL validation"
    agrees or not. "Agreed" is done, "Not agreed – …" open whatever the owner said; a
    blank validation leaves the owner's word. (Before, "Complete" was done on every row.)"""
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Q3 Returns": [
        ["HMICFRS ID", "Recommendation / AFI", "Senior owner", "Owner self-assessment",
         "OL validation"],
        [20101, RASSO, "DI Shaw", "Complete", "Agreed – evidence seen 14/10/2024"],
        [20102, OCSA, "DCI Webb", "Complete", "Not agreed – training figures missing"],
        [20103, SOC, "Head of Intelligence", "On track", None],
        [20104, COUNTY, "Head of Intelligence", "Complete", "Not agreed – awaiting audit"],
        [8411, MSHT_INTEL, "DCI Ross", "Off track", None],
        [8413, MSHT_NRM, "DCI Ross", "No return", "Agreed – not for force"]]})
    rec = reconcile_files(_register(tmp_path), f)
    assert _got(rec) == {("Recommendations!2", "Q3 Returns!2"): "closeable_submit",
                         ("Recommendations!3", "Q3 Returns!3"): "in_sync",
                         ("Recommendations!4", "Q3 Returns!4"): "in_sync",
                         ("Recommendations!5", "Q3 Returns!5"): "in_sync",
                         ("Recommendations!6", "Q3 Returns!6"): "in_sync",
                         ("Recommendations!7", "Q3 Returns!7"): "closeable_submit"}


# ------------------ round 45: quarterly owner ratings, a validation, then the board

def test_quarterly_ratings_then_validation_then_board_sign_off(tmp_path):
    """The owner rates each item every quarter under headings that are the quarter alone
    ("Q3 23/24" … "Q2 24/25"); the learning team validates; the board signs off. The latest
    rating is the status where neither stage says anything; of the stages, the last saying
    something decides: "Validated" is done though the board has not sat, "Awaiting evidence"
    and "Not yet reviewed" are open whatever the owner rated. (Before, no status was read
    but the board's, and a rating of "4 - Complete" with validation pending was done.)"""
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker Q2 24-25": [
        ["HMICFRS ID", "Recommendation / AFI", "Senior owner", "Q3 23/24", "Q4 23/24",
         "Q1 24/25", "Q2 24/25", "OL validation outcome", "OLB sign-off"],
        [20101, RASSO, "DI Shaw", "3 - On track", "4 - Complete", None, None, "Validated",
         "Signed off DCC 20/05/2024"],
        [20102, OCSA, "DCI Webb", "2 - Off track", "3 - On track", "3 - On track",
         "4 - Complete", "Awaiting evidence", None],
        [20103, SOC, "Head of Intelligence", None, "3 - On track", "4 - Complete", None,
         "Validated", None],
        [20104, COUNTY, "Head of Intelligence", "3 - On track", "3 - On track",
         "3 - On track", "3 - On track", None, None],
        [8411, MSHT_INTEL, "DCI Ross", "3 - On track", "4 - Complete", "4 - Complete",
         "4 - Complete", "Not yet reviewed", None],
        [8413, MSHT_NRM, "DCI Ross", None, None, None, "4 - Complete", None, None]]})
    rec = reconcile_files(_register(tmp_path), f)
    sheet = "Tracker Q2 24-25"
    assert _got(rec) == {("Recommendations!2", f"{sheet}!2"): "closeable_submit",
                         ("Recommendations!3", f"{sheet}!3"): "in_sync",
                         ("Recommendations!4", f"{sheet}!4"): "closeable_submit",
                         ("Recommendations!5", f"{sheet}!5"): "in_sync",
                         ("Recommendations!6", f"{sheet}!6"): "in_sync",
                         ("Recommendations!7", f"{sheet}!7"): "closeable_submit"}
    assert rec.force.sheets[0].mapping["status"] == "Q2 24/25"
    assert "'OL validation outcome' / 'OLB sign-off'" in rec.force.sheets[0].note


def test_a_boards_position_decides_over_a_rag_of_delivery_confidence(tmp_path):
    """"Delivery RAG" grades confidence of delivery; the board's "Board position" says
    whether the item is done: "Retain" keeps a Green item open, "Recommended for closure"
    and "Not force responsibility – noted" are done, "Closure agreed" is done."""
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Recs by Board": [
        ["HMICFRS ID", "Recommendation / AFI", "Owner", "Delivery RAG", "Board position"],
        [20101, RASSO, "DI Shaw", "Green", "Retain"],
        [20102, OCSA, "DCI Webb", "Green", "Recommended for closure"],
        [20103, SOC, "Head of Intelligence", "Amber", "Retain"],
        [20104, COUNTY, "Head of Intelligence", "Green", "Closure agreed"],
        [8411, MSHT_INTEL, "DCI Ross", "Green", "Retain"],
        [8413, MSHT_NRM, "DCI Ross", "Green", "Not force responsibility – noted"]]})
    rec = reconcile_files(_register(tmp_path), f)
    assert _got(rec) == {("Recommendations!2", "Recs by Board!2"): "in_sync",
                         ("Recommendations!3", "Recs by Board!3"): "closeable_submit",
                         ("Recommendations!4", "Recs by Board!4"): "in_sync",
                         ("Recommendations!5", "Recs by Board!5"): "closeable_submit",
                         ("Recommendations!6", "Recs by Board!6"): "in_sync",
                         ("Recommendations!7", "Recs by Board!7"): "closeable_submit"}


def test_a_copy_ending_as_its_item_ends_is_whole_and_a_middle_bullet_left_out_is_said(tmp_path):
    """The list's text has five bullets and no stop at its end; the force's copy ends with
    the same words and lacks the third bullet: a conflict naming it. (Before, a text with no
    stop at its end was taken to be cut short, and nothing was said.) The force's "Not force
    responsibility" is done (WHITE, in words)."""
    crime = ("Within six months the force should put in place arrangements to ensure that:\n"
             "• at the point of report, victims are believed;\n"
             "• conversations between the call handlers and callers are summarised accurately "
             "in the incident log;\n"
             "• multiple crimes are always recorded when described within incident records;\n"
             "• the practice of awaiting the results of medical examinations before making "
             "crime-recording decisions is stopped; and\n"
             "• online reports of crime are triaged at the point of receipt")
    lines = crime.split("\n")
    h = register(tmp_path / "hmicfrs.xlsx",
                 [(8101, "Crime data integrity inspection 2017", datetime(2017, 9, 7),
                   "Recommendation", crime),
                  (8411, SF, datetime(2017, 10, 24), "National recommendation", MSHT_INTEL),
                  (8413, SF, datetime(2017, 10, 24), "National recommendation", MSHT_NRM)],
                 "Being progressed")
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["Ref", "Recommendation", "Owner", "Status"],
        [8101, "\n".join(lines[:3] + lines[4:]), "Head of Crime Standards", "On track"],
        [8411, MSHT_INTEL, "DCI Ross", "On track"],
        [8413, MSHT_NRM, "DCI Ross", "Not force responsibility"]]})
    rec = reconcile_files(h, f)
    got = {r.force_row: (r.category, r.flags) for r in rec.items.itertuples()}
    assert got["Tracker!2"][0] == "conflict"
    assert "the force's text leaves out bullet (c): 'multiple crimes are always recorded" in \
        got["Tracker!2"][1]
    assert got["Tracker!4"][0] == "closeable_submit"


# ----------------- round 46: boards ratify, a RAG of delivery, the old register's entries

def test_only_a_boards_decision_closes_an_item_graded_by_a_rag_of_delivery(tmp_path):
    """A tracker grouped by board: "RAG" grades delivery, "Board decision" closes. A Green
    row the board has not decided on is open; "Closure ratified" and "Discharged" are done,
    whatever the RAG; a sub-board's "Discharged by PCB – for FEB ratification" waits for the
    main board, open. (Before, Green was done and "ratified" unknown.)"""
    f = write_xlsx(tmp_path / "tracker.xlsx", {"HMICFRS Tracker": [
        ["Item No.", "HMICFRS Ref", "Recommendation / AFI", "RAG", "Progress update",
         "Board decision", "Board date"],
        ["1. FORCE EXECUTIVE BOARD (FEB)"],
        ["FE01", 20101, RASSO, "G", "All actions complete; evidence pack sent",
         "Closure ratified", datetime(2025, 1, 28)],
        ["FE02", 20102, OCSA, "A", "Two posts filled of four", "Closure ratified – remaining "
         "work transferred to BAU", datetime(2025, 1, 28)],
        ["FE03", 20103, SOC, "G", "Complete – strategic assessment refreshed", None, None],
        ["2. PUBLIC CONTACT BOARD (PCB)"],
        ["PC01", 20104, COUNTY, "G", "Complete", "Discharged by PCB – for FEB ratification",
         datetime(2025, 2, 25)],
        ["PC02", 8411, MSHT_INTEL, "A", "Agreements signed with three partners", "Discharged",
         datetime(2024, 11, 26)],
        ["PC03", 8413, MSHT_NRM, "G", "On track", "Noted – remain open",
         datetime(2024, 11, 26)]]})
    rec = reconcile_files(_register(tmp_path), f)
    sheet = "HMICFRS Tracker"
    assert _got(rec) == {("Recommendations!2", f"{sheet}!3"): "closeable_submit",
                         ("Recommendations!3", f"{sheet}!4"): "closeable_submit",
                         ("Recommendations!4", f"{sheet}!5"): "in_sync",
                         ("Recommendations!5", f"{sheet}!7"): "in_sync",
                         ("Recommendations!6", f"{sheet}!8"): "closeable_submit",
                         ("Recommendations!7", f"{sheet}!9"): "in_sync"}
    assert "a Green or Blue RAG with no sign-off is open" in rec.force.sheets[0].note


def test_the_old_registers_entries_give_each_id_after_the_reports_name(tmp_path):
    """The old register's theme pages copied tab by tab: "Entry | Applies to |
    Recommendation | Status …", the id only in brackets at the end of the entry's report
    name, a title with a year in brackets of its own. Each id is the item's reference and
    the name is kept whole, commas and all; a tracker row quoting another id is a
    reference conflict. (Before, no column gave a report or a reference.)"""
    sf_title = ("Stolen freedom: the policing response to modern slavery and human "
                "trafficking (2017)")
    peel = "PEEL: police effectiveness, efficiency and legitimacy 2023–25"
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {
        "About": [["Copied from the HMICFRS recommendations register, theme by theme"]],
        "harm": [["Entry", "Applies to", "Recommendation", "Status", "Status date",
                  "Latest comment"],
                 [f"{sf_title} (8411)", "All forces", MSHT_INTEL, "being-progressed",
                  "27th April 2018", "The progress of the implementation is being monitored"],
                 [f"{sf_title} (8413)", "All forces", MSHT_NRM, "complete", "27th April 2018",
                  "This recommendation is complete"]],
        "investigation": [["Entry", "Applies to", "Recommendation", "Status", "Status date",
                           "Latest comment"],
                          [f"{peel} (20101)", "Cambridgeshire Constabulary", RASSO,
                           "awaiting-review", "12th March 2024", ""],
                          [f"{peel} (20102)", "Cambridgeshire Constabulary", OCSA,
                           "awaiting-review", "12th March 2024", ""],
                          [f"{peel} (20103)", "Cambridgeshire Constabulary", SOC,
                           "awaiting-review", "12th March 2024", ""]]})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"HMIC Recs": [
        ["No.", "HMICFRS Ref", "Report", "Recommendation", "Status"],
        [1, "HMIC 8411", "Stolen Freedom 2017", MSHT_INTEL, "Green"],
        [2, "#8413", "Stolen Freedom 2017", MSHT_NRM, "Complete"],
        [3, 20101, "PEEL 23-25", RASSO, "Amber"],
        [4, 20120, "PEEL 23-25", OCSA, "Amber"],
        [5, None, "PEEL 23-25", SOC, "Complete"]]})
    rec = reconcile_files(h, f)
    items = rec.hmicfrs.items
    assert items["ref"].tolist() == ["8411", "8413", "20101", "20102", "20103"]
    assert items["report"].tolist()[2] == peel
    assert items["force"].tolist()[0] == "All forces"
    got = {r.force_row: (r.category, r.flags) for r in rec.items.itertuples()}
    assert got["HMIC Recs!2"][0] == "closeable_submit"
    assert got["HMIC Recs!3"][0] == "in_sync"
    assert got["HMIC Recs!5"][0] == "conflict"
    assert "reference differs: HMICFRS 20102 vs force 20120" in got["HMIC Recs!5"][1]
    assert got["HMIC Recs!6"][0] == "closeable_submit"


# --------------- round 47: register pages copied with their links, a mirror site's tables

def _linked_register(tmp_path):
    """The old register's pages copied into Excel: each entry's label ("Title (id)") links to
    its page; one tab keeps the page's raw event log in place of a status; a pointer row."""
    import openpyxl

    wb = openpyxl.Workbook()
    harm = wb.active
    harm.title = "harm"
    sf = "Stolen freedom: the policing response to modern slavery and human trafficking"
    peel = "PEEL: Police effectiveness 2023–25"
    page = "https://www.justiceinspectorates.gov.uk/hmicfrs/recommendation/cambridgeshire/{}/"
    harm.append(["https://www.justiceinspectorates.gov.uk/hmicfrs/recommendations/harm/"])
    harm.append(["Recommendation", "Details", "Status", "Last updated", "Comment"])
    for ref, title, text, status in ((8411, sf, MSHT_INTEL, "being-progressed"),
                                     (8413, sf, MSHT_NRM, "complete")):
        harm.append([f"{title} ({ref})", text, status, "27th April 2018", ""])
        harm.cell(harm.max_row, 1).hyperlink = page.format(ref)
    log = ws2 = wb.create_sheet("harm pg2")
    ws2.append(["Recommendation", "Details", "Updates (copied from page)"])
    events = ("[on]12th March 2024 [status]awaiting-review[/status][/on][on]13th March 2024 "
              "[comment]New recommendation[/comment][/on][on]2nd June 2025 "
              "[status]{}[/status][/on][on]2nd June 2025 [comment]{}[/comment][/on]")
    for ref, text, status, said in ((20101, RASSO, "complete", "This recommendation is complete"),
                                    (20102, OCSA, "being-progressed", "Being monitored")):
        log.append([f"{peel} ({ref})", text, events.format(status, said)])
        log.cell(log.max_row, 1).hyperlink = page.format(ref)
    log.append([f"{sf} (8411)", "see harm tab (same rec shows on both themes)", None])
    path = tmp_path / "hmicfrs.xlsx"
    wb.save(path)
    return path


def test_register_pages_copied_with_links_read_labels_event_logs_and_pointers(tmp_path):
    """The label column headed "Recommendation" is the report and id, the "Details" column
    the text; the link to the register page does not replace the label's words; the raw
    event log gives the last status and comment; "see harm tab" is a pointer, not an item.
    (Before, the labels were taken for the text or replaced by the bare id, the logged
    items had no status, and the pointer was an item.)"""
    h = _linked_register(tmp_path)
    f = write_xlsx(tmp_path / "tracker.xlsx", {"HMICFRS recs": [
        ["No.", "HMIC ref", "Report", "Recommendation", "Status"],
        [1, 8411, "Stolen Freedom 2017", MSHT_INTEL, "Green"],
        [2, "HMIC 8413", "Stolen Freedom 2017", MSHT_NRM, "Complete"],
        [3, None, "PEEL 23-25", RASSO, "Amber"],
        [4, "#20102", "PEEL 23-25", OCSA, "Submitted for closure"]]})
    rec = reconcile_files(h, f)
    items = rec.hmicfrs.items
    assert items["ref"].astype(str).tolist() == ["8411", "8413", "20101", "20102"]
    assert items["report"].iloc[2] == "PEEL: Police effectiveness 2023–25"
    assert items["status"].tolist()[2:] == ["complete", "being-progressed"]
    assert items["progress"].iloc[2] == "This recommendation is complete"
    assert any("pointing to the item on another tab" in r for r in rec.hmicfrs.skipped["reason"])
    got = {r.force_row: r.category for r in rec.items.itertuples()}
    assert got == {"HMICFRS recs!2": "closeable_submit", "HMICFRS recs!3": "in_sync",
                   "HMICFRS recs!4": "closeable_local", "HMICFRS recs!5": "closeable_submit"}


def test_a_mirror_sites_report_tables_each_under_its_title_kind_and_counts(tmp_path):
    """The list rebuilt from a mirror site's report pages: each report's title, a line of
    its kind and date ("HMIC Thematic Inspection · Published 24 October 2017"), its counts in
    one cell ("2 Recommendations   1 Completed"), then a table of its items; a cause of
    concern written into its recommendation's cell. Every block's items take its title,
    the first block's too; the cell is a recommendation, so the force's "AFI 12" for it is
    a type conflict. (Before, the counts line and the kind line were taken for reports.)"""
    concern = ("Cause of concern: The force does not have a sufficient understanding of the "
               "nature and scale of online child sexual abuse. Recommendation: " + OCSA)
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Definitive list": [
        ["HMICFRS recommendations – Cambridgeshire Constabulary"], [],
        ["Stolen freedom: the policing response to modern slavery and human trafficking"],
        ["HMIC Thematic Inspection  ·  Published 24 October 2017"],
        ["2 Recommendations   1 Completed"],
        ["Applicable Forces: All forces in England and Wales"],
        ["#", "Recommendation", "Directed at", "Status"],
        ["T1", MSHT_INTEL, "Chief constables", "Being progressed"],
        ["T2", MSHT_NRM, "Chief constables", "Completed"], [],
        ["PEEL 2023–25: An inspection of Cambridgeshire Constabulary"],
        ["PEEL Inspection  ·  Published 12 March 2024"],
        ["3 Areas for improvement   1 Completed   1 Superseded"],
        ["#", "Recommendation", "Directed at", "Status"],
        ["AFI1", RASSO, "Cambridgeshire Constabulary", "Completed"],
        ["T1", concern, "Cambridgeshire Constabulary", "Being progressed"],
        ["AFI2", SOC, "Cambridgeshire Constabulary", "Superseded"]]})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"HMICFRS Tracker": [
        ["Ref", "Report", "Type", "Recommendation", "RAG"],
        ["SF1", "Stolen Freedom 2017", "Rec", MSHT_INTEL, "Amber"],
        ["SF2", "Stolen Freedom 2017", "Rec", MSHT_NRM, "Green"],
        ["AFI 1", "PEEL 2023-25", "AFI", RASSO, "Green"],
        ["AFI 12", "PEEL 2023-25", "AFI", OCSA, "Amber"],
        ["AFI 2", "PEEL 2023-25", "AFI", SOC, "Green"]]})
    rec = reconcile_files(h, f)
    reports = rec.hmicfrs.items["report"].tolist()
    assert reports[:2] == ["Stolen freedom: the policing response to modern slavery and "
                           "human trafficking"] * 2
    assert reports[2:] == ["PEEL 2023–25: An inspection of Cambridgeshire Constabulary"] * 3
    got = {r.force_row: (r.category, r.flags) for r in rec.items.itertuples()}
    assert [got[f"HMICFRS Tracker!{k}"][0] for k in range(2, 7)] == [
        "in_sync", "in_sync", "in_sync", "conflict", "in_sync"]
    assert "type differs" in got["HMICFRS Tracker!5"][1]
    assert not any("report differs" in flags for _, flags in got.values())


# ------------- round 48: a command group's decisions, the register's pages as record cards

def test_a_command_groups_decision_and_a_plans_own_words(tmp_path):
    """A plan run by a Gold group: "Delivered – with Gold" is put for closure (done),
    "At risk" open, and the "Gold decision" column a sign-off: "Returned" reopens. The
    plan's "Source" names the inspection by year ("HMICFRS 2019"), not a reference."""
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Improvement Plan": [
        ["Plan ref", "HMICFRS ID", "Source", "Recommendation / AFI", "Bronze lead", "Status",
         "Gold decision"],
        ["WS1.01", 20101, "HMICFRS 2024", RASSO, "DI Shaw", "Delivered – with Gold", None],
        ["WS1.02", 20102, "HMICFRS 2024", OCSA, "DCI Webb", "Closed – Gold approved",
         "Approved 12/03/2025"],
        ["WS2.01", 20103, "HMICFRS 2024", SOC, "Head of Intelligence", "Delivered – with Gold",
         "Returned – evidence incomplete"],
        ["WS2.02", 20104, "HMICFRS 2024", COUNTY, "Head of Intelligence", "At risk", None],
        ["WS3.01", 8411, "HMIC 2017", MSHT_INTEL, "DCI Ross", "On track", None],
        ["WS3.02", 8413, "HMIC 2017", MSHT_NRM, "DCI Ross", "Closed – BAU",
         "Approved 12/03/2025"]]})
    rec = reconcile_files(_register(tmp_path), f)
    sheet = "Improvement Plan"
    assert _got(rec) == {("Recommendations!2", f"{sheet}!2"): "closeable_submit",
                         ("Recommendations!3", f"{sheet}!3"): "closeable_submit",
                         ("Recommendations!4", f"{sheet}!4"): "in_sync",
                         ("Recommendations!5", f"{sheet}!5"): "in_sync",
                         ("Recommendations!6", f"{sheet}!6"): "in_sync",
                         ("Recommendations!7", f"{sheet}!7"): "closeable_submit"}
    assert rec.force.items["ref"].astype(str).tolist()[:2] == ["20101", "20102"]


def test_the_registers_pages_pasted_as_record_cards(tmp_path):
    """Each item's register page pasted one under another: its link, its heading "Report
    (id)", then "Type", "Theme", "Status" and "Recommendation" (or "Area for improvement")
    each a label with its value beside it, then its history. Each card is one item at its
    text's row, with its report, id, type and status; every other row is explained. (Before,
    the first "Type | …" row was taken for a header and every row under it for an item.)"""
    page = "https://www.justiceinspectorates.gov.uk/hmicfrs/recommendation/cambridgeshire/{}/"
    rows: list[list] = [["HMICFRS recommendations register – Cambridgeshire – records copied"],
                        []]
    cards = [(8411, SF, "National recommendation", "harm", "being-progressed",
              "Recommendation", MSHT_INTEL),
             (8413, SF, "National recommendation", "harm", "complete", "Recommendation",
              MSHT_NRM),
             (20101, PEEL23, "Area for improvement", "investigation", "being-progressed",
              "Area for improvement", RASSO),
             (20102, PEEL23, "Area for improvement", "investigation", "complete",
              "Area for improvement", OCSA)]
    for ref, report, kind, theme, status, label, text in cards:
        # The last card was copied without its "Type" line: still a card of its own.
        typed = [["Type", kind]] if ref != 20102 else []
        rows += [[page.format(ref)], [f"{report} ({ref})"], *typed, ["Theme", theme],
                 ["Status", status], [label, text],
                 ["History", "12th March 2024", "Status: awaiting-review"],
                 [None, "13th March 2024", "New recommendation"], []]
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Register": rows})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["Ref", "Report", "Recommendation", "Status"],
        [8411, "Stolen Freedom 2017", MSHT_INTEL, "Complete"],
        [8413, "Stolen Freedom 2017", MSHT_NRM, "Complete"],
        [20101, "PEEL 23-25", RASSO, "In progress"],
        [20102, "PEEL 23-25", OCSA, "In progress"]]})
    rec = reconcile_files(h, f)
    items = rec.hmicfrs.items
    assert items["row"].tolist() == [8, 17, 26, 34]
    assert items["ref"].astype(str).tolist() == ["8411", "8413", "20101", "20102"]
    assert items["report"].tolist() == [SF, SF, PEEL23, PEEL23]
    assert items["type"].tolist()[2] == "Area for improvement"
    assert len(rec.hmicfrs.skipped) == 1 + 4 * 7 - 1
    assert [r.category for r in rec.items.sort_values("force_row").itertuples()] == [
        "closeable_submit", "in_sync", "in_sync", "closeable_local"]


# ------------------------------- round 49: a liaison officer's log with a Y / N scope

def test_an_applies_to_force_question_answered_y_or_n_names_no_force(tmp_path):
    """The inspection liaison officer's log asks "Applies to force?" and answers Y or N.
    That is a scope, not a force's name: every row is still the force's own. (Before, the
    rows were taken for a force called "Y" and none was paired: pair F1 0.000.)"""
    f = write_xlsx(tmp_path / "tracker.xlsx", {"ILO Log": [
        ["Lincolnshire Police - Inspection Liaison Officer's log"], [],
        ["Log No.", "Source", "HMICFRS ID", "Applies to force?", "Recommendation / AFI",
         "Chief officer lead", "Stage"],
        ["24/001", "PEEL 2023-25", 20101, "Y", RASSO, "ACC Crime", "Closed"],
        ["24/002", "PEEL 2023-25", 20102, "Y", OCSA, "ACC Crime", "In progress"],
        ["24/003", "PEEL 2023-25", None, "Y", SOC, "ACC Crime", "Pending sign off"],
        ["24/004", "PEEL 2023-25", 20104, "Y", COUNTY, "ACC Crime", "Awaiting allocation"],
        ["17/001", "Stolen Freedom 2017", 8411, "Y", MSHT_INTEL, "ACC Ops", "In progress"],
        ["17/002", "Stolen Freedom 2017", 8413, "N", MSHT_NRM, "ACC Ops", "Not for force"]]})
    rec = reconcile_files(_register(tmp_path), f)
    assert "force" not in rec.force.sheets[0].mapping
    assert _got(rec) == {("Recommendations!2", "ILO Log!4"): "closeable_submit",
                         ("Recommendations!3", "ILO Log!5"): "in_sync",
                         ("Recommendations!4", "ILO Log!6"): "closeable_submit",
                         ("Recommendations!5", "ILO Log!7"): "in_sync",
                         ("Recommendations!6", "ILO Log!8"): "in_sync",
                         ("Recommendations!7", "ILO Log!9"): "closeable_submit"}


def test_a_plans_requirement_is_the_text_beside_its_own_actions(tmp_path):
    """A Gold plan gives the HMICFRS wording as "HMICFRS requirement" beside its own
    "Action(s) agreed", both long: the requirement is the text. (Before, the actions were
    taken for it.) A row of a decision log written as sentences is never a header: held by
    the gold_closure_decisions case's floor (its log had been read as items, 3 wrong)."""
    actions = ["Victim updates audited monthly by the crime standards team and reported to "
               "the Silver group", "Two further specialist posts recruited to the online "
               "child abuse investigation team", "Serious and organised crime analysis "
               "written into the strategic assessment", "Information-sharing agreements "
               "signed with the three local authorities and health partners"]
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Improvement Plan": [
        ["Plan Ref", "HMICFRS ID", "Report", "HMICFRS requirement", "Action(s) agreed",
         "Bronze lead", "Bronze status", "Gold decision"],
        ["T1.01", 20101, "PEEL 23-25", RASSO, actions[0], "DI Shaw", "On track",
         "CLOSED – Gold 7 (20/05/2025)"],
        ["T1.02", 20102, "PEEL 23-25", OCSA, actions[1], "DCI Webb", "On track", None],
        ["T1.03", 20103, "PEEL 23-25", SOC, actions[2], "Head of Intel", "On track",
         "Returned to Bronze"],
        ["T2.01", 8411, "Stolen Freedom 2017", MSHT_INTEL, actions[3], "DCI Ross", "On track",
         "CLOSED – Gold 6 (18/02/2025)"]]})
    rec = reconcile_files(_register(tmp_path), f)
    assert rec.force.sheets[0].mapping["text"] == "HMICFRS requirement"
    got = _got(rec)
    assert got[("Recommendations!2", "Improvement Plan!2")] == "closeable_submit"
    assert got[("Recommendations!3", "Improvement Plan!3")] == "in_sync"
    assert got[("Recommendations!4", "Improvement Plan!4")] == "in_sync"
    assert got[("Recommendations!6", "Improvement Plan!5")] == "closeable_submit"
