"""Layouts of the nineteenth session's rounds 63 to 65 of cases built by other hands: a
force's plan kept in Microsoft Project and saved to Excel by its Export Wizard, a tracker
Power Query combined from a folder of leads' returns, and a list kept as a pivot pasted as
values. Each test fails on 9756e4d (the pivot's on 8fe4dda too).

Texts are real public HMICFRS texts (Stolen freedom 2017, Crime data integrity 2019,
Everyone's business 2014; Open Government Licence); plans, files and owners are invented.
"""

from __future__ import annotations

from datetime import datetime

from builders import LEADERSHIP, MSHT_INTEL, MSHT_NRM, MSHT_PREVENT, SF, TWELVE, write_xlsx

from reconcile import reconcile_files

SF_DATE = datetime(2017, 10, 24)
CDI = "Crime data integrity inspection 2019"
CDI_DATE = datetime(2019, 9, 12)
CDI_REC = ("Within three months, the force should put in place arrangements to ensure that:\n"
           "• at the point of report, victims are believed;\n"
           "• conversations between the call handlers and callers are summarised accurately in "
           "the incident log;\n"
           "• multiple crimes are always recorded when described within incident records; and\n"
           "• the practice of awaiting the results of medical examinations before recording "
           "crimes stops.")


def _got(rec):
    return {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}


def _list(path, items):
    header = ["Reference", "Report title", "Publication date", "Type", "Recommendation", "Status"]
    return write_xlsx(path, {"Recommendations": [header, *map(list, items)]})


# ------------------------------------------------- a plan saved from Microsoft Project

_TASKS = ["ID", "Outline_Level", "WBS", "Name", "Active", "Percent_Complete", "Status",
          "Resource_Names", "HMICFRS_Ref", "Notes"]


def test_a_microsoft_project_export_reads_its_outline_its_inactive_tasks_and_its_notes(tmp_path):
    """A plan saved by Project's Export Wizard: the project's summary task (WBS "0") and one
    summary task per report are headings; actions numbered under an item are its actions,
    each naming the bullet it tracks ("CDI (a) …", "Bullet 2 – …"), so a bullet with no action
    is missing; a task made inactive ("Active" = No) is done whatever its percentage; "Late"
    and "On Schedule" are Project's schedule, open; a short task name with "HMICFRS text: …"
    at the head of its notes is matched on the copy, a timescale in it read. (Before: 20
    summary rows were items, the actions rows of their own, inactive tasks open, the copy's
    "twelve months" unseen and Project's statuses unknown words.)"""
    h = _list(tmp_path / "hmicfrs.xlsx", [
        (8411, SF, SF_DATE, "Recommendation", MSHT_INTEL, "Being progressed"),
        (8413, SF, SF_DATE, "Recommendation", MSHT_NRM, "Awaiting review"),
        (8415, SF, SF_DATE, "Recommendation", MSHT_PREVENT, "Being progressed"),
        (8417, SF, SF_DATE, "Recommendation", LEADERSHIP, "Being progressed"),
        (10233, CDI, CDI_DATE, "Recommendation", CDI_REC, "Being progressed")])
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Task_Table1": [
        _TASKS,
        [0, 0, "0", "Force – HMICFRS Improvement Plan", "Yes", "64%", "On Schedule"],
        [1, 1, "1", "Stolen Freedom (MSHT) 2017", "Yes", "60%", "Late"],
        [2, 2, "1.1", "MSHT – ISAs with partner agencies", "Yes", "40%", "Late", "DI MSHT",
         8411, f"HMICFRS text: {TWELVE}\n\n12/06/2024 – Scoping meeting held."],
        [3, 2, "1.2", MSHT_NRM, "No", "70%", "Late",
         "Head of L&D", 8413, "03/10/2023 – Task inactivated: business as usual."],
        [4, 2, "1.3", MSHT_PREVENT, "Yes", "100%", "Complete", "DCI Shah",
         8415],
        [5, 2, "1.4", LEADERSHIP.replace("\n", " ")[:255], "Yes", "50%", "On Schedule",
         "ACC Crime", 8417],
        [6, 3, "1.4.1", "Bullet 1 – senior leaders prioritise MSHT", "Yes", "100%", "Complete",
         "ACC Crime"],
        [7, 3, "1.4.2", "Bullet 2 – every MSHT incident allocated resources", "Yes", "100%",
         "Complete", "Det Supt"],
        [8, 3, "1.4.3", "Bullet 3 – partnership arrangements to share information", "Yes",
         "0%", "Future Task", "Det Supt"],
        [9, 1, "2", "CDI 2019", "Yes", "80%", "On Schedule"],
        [10, 2, "2.1", CDI_REC[:255], "Yes", "80%", "On Schedule", "FCR", 10233],
        [11, 3, "2.1.1", "CDI (a) victims believed at point of report", "Yes", "100%",
         "Complete", "FCR"],
        [12, 3, "2.1.2", "CDI (b) call summaries accurate in the log", "Yes", "100%",
         "Complete", "FCR"],
        [13, 3, "2.1.3", "CDI (c) multiple crimes recorded from incidents", "Yes", "100%",
         "Complete", "FCR"],
        [14, 3, "2.1.4", "CDI (d) stop waiting for medical results", "Yes", "20%", "Late",
         "FCR"]]})
    rec = reconcile_files(h, f)
    got = _got(rec)
    t = "Task_Table1!"
    assert got == {
        ("Recommendations!2", f"{t}4"): "conflict",            # twelve months in the copy
        ("Recommendations!3", f"{t}5"): "closeable_submit",    # inactive: done
        ("Recommendations!4", f"{t}6"): "closeable_submit",
        **{("Recommendations!5", f"{t}{r}"): "conflict" for r in range(7, 11)},   # no (d)
        **{("Recommendations!6", f"{t}{r}"): "in_sync" for r in range(12, 17)}}
    lines = rec.items.set_index("force_row")
    assert "no row for bullet (d)" in lines.loc[f"{t}7", "flags"]
    assert "timescale" in lines.loc[f"{t}4", "flags"]
    assert "not recognised" not in " ".join(rec.items["flags"].astype(str))
    reasons = dict(zip(rec.force.skipped["row_id"], rec.force.skipped["reason"], strict=True))
    assert "summary row" in reasons[f"{t}2"] and "report heading" in reasons[f"{t}3"]


# ------------------------------------------------- returns combined by Power Query

def test_a_power_query_table_of_returns_reads_each_files_rows_and_notes(tmp_path):
    """Leads' returns combined from a folder: "Source.Name" names each row's file; one
    return's key, its section of local actions under its own header, and a note under its
    table come with it. The file's name on a row is no cell of the row's own: a key's lines
    and a note are no items, a key ends at the next file's first item, and a header repeated
    under a section title cuts the table there, not three items higher. (Before: the last two
    items above the section were read as its title, and the key ran on over the next file's
    rows.)"""
    h = _list(tmp_path / "hmicfrs.xlsx", [
        (8411, SF, SF_DATE, "Recommendation", MSHT_INTEL, "Being progressed"),
        (8413, SF, SF_DATE, "Recommendation", MSHT_NRM, "Being progressed"),
        (8415, SF, SF_DATE, "Recommendation", MSHT_PREVENT, "Being progressed"),
        (8417, SF, SF_DATE, "Recommendation", LEADERSHIP, "Complete")])
    pp, cj = "HMICFRS return - Public Protection.xlsx", "HMICFRS return - Crime & Justice.xlsx"
    header = ["Source.Name", "OL Ref", "HMICFRS ID", "Report", "Type", "Recommendation / AFI",
              "Lead", "RAG", "Update"]
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Combined": [
        header,
        [pp, "HMI-001", 8411, "Stolen Freedom 2017", "Rec", MSHT_INTEL, "DI MSHT", "AMBER",
         "ISAs drafted with the council."],
        [pp, "HMI-002", 8413, "Stolen Freedom 2017", "Rec", MSHT_NRM, "Head of L&D", "GREEN",
         "Training delivered to all first responders."],
        [pp, "ADDITIONAL LOCAL ACTIONS (not on HMICFRS list)"],
        [pp, "OL Ref", "HMICFRS ID", "Report", "Type", "Recommendation / AFI", "Lead", "RAG",
         "Update"],
        [pp, "LA-PP-01", None, "Force plan", "Local action",
         "Task & Finish group to review the domestic abuse policy and report to the Force "
         "Executive Team", "D/Supt Safeguarding", "AMBER", "First meeting held."],
        [pp, None, None, None, None,
         "NB evidence for all GREEN / COMPLETE items saved to PP SharePoint > HMICFRS"],
        [pp, "KEY:", "GREEN = complete, evidence saved"],
        [pp, "AMBER = in progress"],
        [cj, "HMI-020", 8415, "Stolen Freedom 2017", "Rec", MSHT_PREVENT, "DCI Shah", "AMBER",
         "Review of orders under way."],
        [cj, "HMI-021", 8417, "Stolen Freedom 2017", "Rec", LEADERSHIP, "ACC Crime", "GREEN",
         "Governance board in place."]]})
    rec = reconcile_files(h, f)
    got = _got(rec)
    c = "Combined!"
    assert got == {("Recommendations!2", f"{c}2"): "in_sync",
                   ("Recommendations!3", f"{c}3"): "closeable_submit",
                   ("Recommendations!4", f"{c}10"): "in_sync",
                   ("Recommendations!5", f"{c}11"): "in_sync",
                   (None, f"{c}6"): "not_on_hmicfrs_list"}


# ------------------------------------------------- a list kept as a pivot

def test_a_list_kept_as_a_pivot_reads_status_by_column_and_report_by_group(tmp_path):
    """A PCC office's copy of the list, a PivotTable pasted as values into the committee
    pack: no status column, each item's count of 1 under its status's column ("(blank)" the
    pivot's word for none), the report and date on each group's first row only, each group
    closed by "<report> Total". (Before: no status at all, "Being progressed" read as the
    progress column, and the group's later rows had no report, so a force row filed under
    another report was no conflict.)"""
    cdi = "Crime data integrity inspection 2019"
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Appendix B": [
        ["Office of the Police and Crime Commissioner"],
        ["Joint Audit Committee – HMICFRS definitive list"],
        [],
        ["Count of Rec ID", None, None, None, None, "Status"],
        ["Report", "Published", "Rec ID", "Type", "Recommendation", "Awaiting review",
         "Being progressed", "Complete", "(blank)", "Grand Total"],
        [cdi, datetime(2019, 9, 12), 10233, "Recommendation", CDI_REC, None, 1, None, None, 1],
        [f"{cdi} Total", None, None, None, None, None, 1, None, None, 1],
        [SF, SF_DATE, 8411, "Recommendation", MSHT_INTEL, None, None, 1, None, 1],
        [None, None, 8413, "Recommendation", MSHT_NRM, 1, None, None, None, 1],
        [None, None, 8415, "Recommendation", MSHT_PREVENT, None, None, None, 1, 1],
        [f"{SF} Total", None, None, None, None, 1, None, 1, 1, 3],
        ["Grand Total", None, None, None, None, 1, 1, 1, 1, 4]]})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["No.", "Report", "Published", "Recommendation", "Lead", "RAG"],
        [1, "CDI 2019", datetime(2019, 9, 12), CDI_REC, "FCR", "GREEN"],
        [2, "Stolen Freedom 2017", SF_DATE, MSHT_INTEL, "DI MSHT", "AMBER"],
        [3, "Stolen Freedom 2017", SF_DATE, MSHT_NRM, "Head of L&D", "GREEN"],
        [4, "PEEL Effectiveness 2016", datetime(2017, 3, 2), MSHT_PREVENT, "DCI Shah",
         "AMBER"]]})
    rec = reconcile_files(h, f)
    got = _got(rec)
    a = "Appendix B!"
    assert got == {(f"{a}6", "Tracker!2"): "closeable_submit",
                   (f"{a}8", "Tracker!3"): "closeable_local",
                   (f"{a}9", "Tracker!4"): "closeable_submit",
                   (f"{a}10", "Tracker!5"): "conflict"}
    assert "report" in rec.items.set_index("force_row").loc["Tracker!5", "flags"]
