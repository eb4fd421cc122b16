"""A force row holding several items, told by what it says of each: a case system's ticket
whose "Inspection report" is a multi-select exported as the names joined by ";" ("Stop & Search
2013;Stop & Search 2 (2015)"), its reference "1155; 5820" (the community-scrutiny ask of the
2013 stop and search report and its near-twin in the 2015 one: neither item's report differs
from the ticket's); a row of a cause of concern and its recommendation, "9455 / 9456", typed
"Recommendation" (the recommendation's type, not the cause of concern's to differ from).

Texts are real public HMICFRS texts (Open Government Licence); the rows are invented.
"""

from __future__ import annotations

from datetime import datetime

from builders import register, write_xlsx

from reconcile import reconcile_files
from reconcile.casegen.texts.force import CAUSES
from reconcile.casegen.texts.national import NATIONAL
from reconcile.normalise.reports import report_key, report_year

SAS13, _, ITEMS13 = NATIONAL["sas13"]
SAS15, _, ITEMS15 = NATIONAL["sas15"]
SCRUTINY13, SCRUTINY15 = ITEMS13[2][1], ITEMS15[0][1]


def test_a_multi_select_names_each_report_and_no_one_year():
    key = report_key("Stop & Search 2013;Stop & Search 2 (2015)")
    assert key == "stop search 2013 | stop search 2 2015"
    assert report_year(key) is None
    # A date after the name is no report of its own.
    assert report_key("PEEL 2017; published Nov 2017") == "peel 2017"


def test_a_ticket_holding_two_reports_items_conflicts_with_neither(tmp_path):
    h = register(tmp_path / "hmicfrs.xlsx", [
        (1155, SAS13, datetime(2013, 7, 9), "National recommendation", SCRUTINY13),
        (5820, SAS15, datetime(2015, 3, 24), "National recommendation", SCRUTINY15)],
        "Being progressed")
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tickets": [
        ["Ticket ID", "Ticket name", "HMICFRS reference", "Inspection report", "Description",
         "Ticket status"],
        [4410923311, "S&S community scrutiny", "1155; 5820",
         "Stop & Search 2013;Stop & Search 2 (2015)",
         "Explain use of S&S to the public and arrange for records to be scrutinised by "
         "community reps, involving those stopped (e.g. young people) - with PCC",
         "Proposed for closure"]]})
    rec = reconcile_files(h, f)
    lines = rec.items.set_index("hmicfrs_row")
    assert list(lines["force_row"]) == ["Tickets!2", "Tickets!2"]
    assert set(lines["category"]) == {"closeable_submit"}
    assert not lines["flags"].str.contains("report differs").any()


DASH_REC = ("To address this cause of concern, HMIC recommends that the force should immediately "
            "take steps to ensure that there is effective supervision of the initial risk "
            "assessment process, specifically in relation to the completion of DASH risk "
            "assessments in appropriate cases.")


def test_a_row_of_a_cause_of_concern_and_its_recommendation_takes_the_type_of_one(tmp_path):
    peel = "PEEL: Police effectiveness 2016"
    h = register(tmp_path / "hmicfrs.xlsx", [
        (9455, peel, datetime(2017, 3, 2), "Cause of concern", CAUSES[0]),
        (9456, peel, datetime(2017, 3, 2), "Recommendation", DASH_REC)], "Being progressed")
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["HMICFRS ref", "Report", "Type", "Recommendation / AFI", "Status"],
        ["9455 / 9456", "PEEL Effectiveness 2016", "Recommendation",
         "DA a cause of concern: officers not completing DASH where policy requires - ensure "
         "effective supervision of initial risk assessment / DASH completion", "In progress"]]})
    lines = reconcile_files(h, f).items
    assert list(lines["force_row"]) == ["Tracker!2", "Tracker!2"]
    assert set(lines["category"]) == {"in_sync"}


def test_a_row_lettering_the_two_items_it_holds_is_both_items(tmp_path):
    # "(a) … and (b) …" summarising two of the austerity report's recommendations in one row,
    # with no reference: the letters say it holds two items, one each.
    title, published, items = NATIONAL["austerity"]
    others = [(5000 + k, t, datetime(*d), kind, text) for k, (t, d, kind, text) in enumerate(
        (t, d, kind, text) for key in ("sas13", "core", "firearms", "stolen")
        for t, d, listed in [NATIONAL[key]] for kind, text in listed)]
    h = register(tmp_path / "hmicfrs.xlsx", [(3101 + k, title, datetime(*published), kind, text)
                                             for k, (kind, text) in enumerate(items)] + others,
                 "No further action required")
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["No.", "Report", "Recommendation", "RAG"],
        [5, "Policing in Austerity – Meeting the Challenge", items[0][1], "Green"],
        [6, "Policing in Austerity – Meeting the Challenge",
         "CCs & PCCs to assess (a) scope to improve where <10% of savings come from "
         "collaboration and (b) whether decisive action taken where front line workforce being "
         "reduced. HMIC to follow up in the autumn.", "Amber"],
        [7, "Policing in Austerity – Meeting the Challenge", items[3][1], "Green"]]})
    lines = reconcile_files(h, f).items
    held = lines[lines["force_row"] == "Tracker!3"]
    assert sorted(held["hmicfrs_row"]) == ["Recommendations!3", "Recommendations!4"]
    assert set(held["category"]) == {"closeable_local"}
