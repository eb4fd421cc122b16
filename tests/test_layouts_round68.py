"""Layouts of the nineteenth session's rounds 68 to 70 of cases built by other hands: the
list as three of HMICFRS's CSV downloads joined end to end by Windows' "copy *.csv", a query's
results pasted from SQL Server Management Studio, a list saved as CSV by Excel for Mac, and a
Jira export of epics, tasks and sub-tasks. Each test fails on 6ad23b5 (the Jira one on
d2aa21e too).

Texts are real public HMICFRS texts (Stolen freedom 2017, PEEL 2023-25; Open Government
Licence); the tracker is invented.
"""

from __future__ import annotations

from builders import LEADERSHIP, MSHT_INTEL, MSHT_NRM, MSHT_PREVENT, OCSA, PEEL23, RASSO, SF, write_xlsx

from reconcile import reconcile_files


def _got(rec):
    return {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}


def _csv(cells):
    return ",".join('"' + str(v).replace('"', '""') + '"' for v in cells)


def test_csv_files_joined_end_to_end_read_each_block_by_its_own_header(tmp_path):
    """Two downloads joined by "copy *.csv": the first has no line break at its end, so its
    last item runs on into the second file's header (its byte-order mark between), and the
    second block's columns come in another order. The item is the first block's; the rows
    under it are read by the header glued to it. (Before: the second block was read by the
    first block's columns, its report as the type and its dates as statuses.)"""
    first = "Reference,Report,Type,Recommendation,Status,Status date"
    second = "Reference,Type,Report,Recommendation,Status,Published"
    lines = [first,
             _csv([8411, SF, "Recommendation", MSHT_INTEL, "Being progressed"]) + ",09/01/2024",
             _csv([8413, SF, "Recommendation", MSHT_NRM, "Complete"]) + ",10/01/2024",
             _csv([8415, SF, "Recommendation", MSHT_PREVENT, "Being progressed"])
             + ",12/01/2024\ufeff" + second,
             _csv([14510, "Area for improvement", PEEL23, RASSO, "Awaiting review",
                   "14/05/2024"]),
             _csv([14511, "Area for improvement", PEEL23, OCSA, "Being progressed",
                   "14/05/2024"]),
             _csv([8417, "Recommendation", SF, LEADERSHIP, "Being progressed", "24/10/2017"])]
    h = tmp_path / "hmicfrs.csv"
    h.write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n\x1a").encode("utf-8"))
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["HMIC Ref", "Report", "Type", "Recommendation", "Lead", "RAG"],
        [8411, "Stolen Freedom 2017", "Rec", MSHT_INTEL, "DI MSHT", "Amber"],
        [8413, "Stolen Freedom 2017", "Rec", MSHT_NRM, "Head of L&D", "Complete"],
        [8415, "Stolen Freedom 2017", "Rec", MSHT_PREVENT, "DCI Shah", "Complete"],
        [14510, "PEEL 2023-25", "AFI", RASSO, "Supt PPU", "Amber"],
        [14511, "PEEL 2023-25", "Rec", OCSA, "Supt PPU", "Amber"],
        [8417, "PEEL 2023-25", "Rec", LEADERSHIP, "ACC Crime", "Amber"]]})
    rec = reconcile_files(h, f)
    got = _got(rec)
    assert got == {("hmicfrs.csv!2", "Tracker!2"): "in_sync",
                   ("hmicfrs.csv!3", "Tracker!3"): "in_sync",
                   ("hmicfrs.csv!4", "Tracker!4"): "closeable_submit",
                   ("hmicfrs.csv!5", "Tracker!5"): "in_sync",
                   ("hmicfrs.csv!6", "Tracker!6"): "conflict",     # an AFI tracked as a Rec
                   ("hmicfrs.csv!7", "Tracker!7"): "conflict"}     # filed under PEEL 2023-25


def test_a_querys_results_pasted_with_line_breaks_are_read_one_record_a_row(tmp_path):
    """A database's query results pasted from SQL Server Management Studio: a line break
    inside a field starts a new row, the rest of the field in column A and the fields after
    it on that row (an empty line a blank row); empty fields say NULL. Each record is read
    on its first row, the rows its pieces took explained. (Before: the pieces were items
    of their own, "NULL" an unknown status, and the record's later fields lost.)"""
    header = ["RecID", "HMICFRSRef", "ReportTitle", "RecType", "RecText", "OwnerName", "RAG",
              "Status", "LatestUpdate", "ClosedDate"]
    words = MSHT_INTEL.split(" ")
    intel_a, intel_b = " ".join(words[:20]), " ".join(words[20:])
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Sheet1": [
        header,
        [66, 8411, "Stolen Freedom 2017", "Recommendation", intel_a],
        [intel_b, "DI MSHT", "Amber", "In Progress", "ISAs drafted with the council;"],
        ["the health trust next.", "NULL"],
        [67, 8413, "Stolen Freedom 2017", "Recommendation", MSHT_NRM, "Head of L&D", "NULL",
         "Closed", "Training delivered.", "2019-03-01"],
        [68, 8415, "Stolen Freedom 2017", "Recommendation", MSHT_PREVENT, "DCI Shah",
         "Amber", "In Progress", "Review of orders:"],
        [],
        ["first quarter done.", "NULL"],
        [69, "NULL", "Force Improvement Plan", "Local Action",
         "Task & Finish group to review the modern slavery policy and report to the Force "
         "Executive Team", "DCI Shah", "Amber", "Open", "NULL", "NULL"]]})
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Register": [
        ["ID", "Report", "Type", "Recommendation", "Status"],
        [8411, SF, "Recommendation", MSHT_INTEL, "Being progressed"],
        [8413, SF, "Recommendation", MSHT_NRM, "Complete"],
        [8415, SF, "Recommendation", MSHT_PREVENT, "Being progressed"]]})
    rec = reconcile_files(h, f)
    got = _got(rec)
    assert got == {("Register!2", "Sheet1!2"): "in_sync",
                   ("Register!3", "Sheet1!5"): "in_sync",
                   ("Register!4", "Sheet1!6"): "in_sync",
                   (None, "Sheet1!9"): "not_on_hmicfrs_list"}
    reasons = dict(zip(rec.force.skipped["row_id"], rec.force.skipped["reason"], strict=True))
    assert all("the rest of the record above" in reasons[f"Sheet1!{r}"] for r in (3, 4, 8))
    assert "not recognised" not in " ".join(rec.items["flags"].astype(str))


def test_a_list_saved_as_csv_by_excel_for_mac_reads_its_quotes_and_bullets(tmp_path):
    """Excel for Mac's plain "Comma Separated Values" writes Mac Roman: read as Windows-1252
    its ’ and • came out "Õ" and "¥", so the list's bullets were no bullets and a force
    copy leaving one out no conflict. Read as Mac Roman, they are. (Before: 'OPCCÕs',
    '¥the reasons …' and the pair closeable.)"""
    stop = ("By July 2018, all police forces across England and Wales should be regularly and "
            "frequently monitoring a comprehensive set of data and information on use of stop "
            "and search powers to understand:\n• the reasons for any disproportionate "
            "representation of different ethnic groups in the use of stop and search;\n• the "
            "extent to which find rates differ between people from different ethnicities; "
            "and\n• the prevalence of possession-only drug searches.")
    rows = ["OPCC’s copy of the HMICFRS list – Lincolnshire Police", "",
            "Reference,Report,Type,Recommendation,Status",
            _csv([8541, "PEEL: Police legitimacy 2017", "Recommendation", stop,
                  "Being progressed"]),
            _csv([8411, SF, "Recommendation", MSHT_INTEL, "Being progressed"]),
            _csv([8413, SF, "Recommendation", MSHT_NRM, "Complete"])]
    h = tmp_path / "hmicfrs.csv"
    h.write_bytes("\r".join(rows).encode("mac_roman"))   # records end in a lone CR
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["HMIC Ref", "Recommendation", "Lead", "RAG"],
        [8541, "By July 2018 regularly monitor S&S data to understand:\n• reasons for "
               "disproportionate representation of ethnic groups;\n• how find rates differ "
               "between ethnicities.", "Supt Ops", "GREEN"],
        [8411, MSHT_INTEL, "DI MSHT", "AMBER"],
        [8413, MSHT_NRM, "Head of L&D", "GREEN"]]})
    rec = reconcile_files(h, f)
    assert _got(rec)[("hmicfrs.csv!4", "Tracker!2")] == "conflict"
    assert "Mac Roman" in rec.hmicfrs.encoding
    assert "• the reasons" in rec.h.set_index("row_id").loc["hmicfrs.csv!4", "text"]


def test_a_jira_export_finds_a_bullet_with_no_subtask(tmp_path):
    """Jira's "Export Excel CSV (all fields)": an epic per report; a recommendation's bullets
    as sub-tasks in the force's words ("CDI – multiple crimes recorded"), one each, one
    bullet with none. (Before: sub-tasks naming no bullet's letter were no split by bullet,
    so the missing one went unseen.) The epics are the reports (their summaries, not their
    descriptions): a task filed under the wrong epic is a report conflict, as the analyst
    would read it (since the twenty-eighth session; it was no conflict before)."""
    cdi = ("Immediately, the force should put in place arrangements to ensure that:\n"
           "• at the point of report, victims are believed;\n"
           "• conversations between the call handlers and callers are summarised accurately "
           "in the incident log;\n"
           "• multiple crimes are always recorded when described within incident records; "
           "and\n• online reports of crime are triaged when they are received.")
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Register": [
        ["ID", "Report", "Type", "Recommendation", "Status"],
        [10233, "Crime data integrity inspection 2019", "Recommendation", cdi,
         "Being progressed"],
        [8411, SF, "Recommendation", MSHT_INTEL, "Being progressed"],
        [8413, SF, "Recommendation", MSHT_NRM, "Being progressed"],
        [14510, PEEL23, "Area for improvement", RASSO, "Being progressed"]]})
    head = ["Summary", "Issue key", "Issue id", "Issue Type", "Status", "Description",
            "Custom field (HMICFRS ref)", "Parent", "Parent summary"]
    rows = [
        ["CDI – victims believed at point of report", "OLR-71", 9071, "Sub-task", "Done", None,
         None, 9070, "CDI – four strands"],
        ["CDI – call handler summaries in incident log", "OLR-72", 9072, "Sub-task", "Done",
         None, None, 9070, "CDI – four strands"],
        ["CDI – multiple crimes recorded", "OLR-73", 9073, "Sub-task", "In Progress", None,
         None, 9070, "CDI – four strands"],
        ["CDI – four strands", "OLR-70", 9070, "Task", "In Progress",
         "Immediately, the force should put in place arrangements to ensure that: (strands "
         "broken out as sub-tasks)", "10233.0", 9001, "CDI inspection 2019"],
        ["MSHT – ISAs", "OLR-80", 9080, "Task", "In Progress", MSHT_INTEL, "8411.0", 9002,
         "Stolen Freedom 2017"],
        ["MSHT – NRM", "OLR-81", 9081, "Task", "In Progress", MSHT_NRM, "8413.0", 9003,
         "PEEL Assessment 2023/24"],
        ["RASSO – victims kept informed", "OLR-90", 9090, "Task", "In Progress", RASSO,
         "14510.0", 9003, "PEEL Assessment 2023/24"],
        ["PEEL Assessment 2023/24", "OLR-3", 9003, "Epic", "In Progress",
         "Items from the PEEL 2023/25 inspection of the force.",
         None, None, None],
        ["Stolen Freedom 2017", "OLR-2", 9002, "Epic", "In Progress",
         "Items from HMICFRS's 2017 modern slavery inspection.", None, None, None],
        ["CDI inspection 2019", "OLR-1", 9001, "Epic", "In Progress",
         "Items from the 2019 crime data integrity inspection.", None, None, None],
        ["RASSO – audit of victim updates", "OLR-91", 9091, "Sub-task", "In Progress", None,
         None, 9090, "RASSO – victims kept informed"]]
    f = tmp_path / "tracker.csv"
    f.write_text("\r\n".join([",".join(head), *(_csv(["" if v is None else v for v in r])
                                                 for r in rows)]) + "\r\n", encoding="utf-8")
    rec = reconcile_files(h, f)
    got = _got(rec)
    assert all(got[("Register!2", f"tracker.csv!{r}")] == "conflict" for r in (2, 3, 4, 5))
    assert got[("Register!3", "tracker.csv!6")] == "in_sync"
    assert got[("Register!4", "tracker.csv!7")] == "conflict"        # under the PEEL epic
    assert "report differs: HMICFRS 'Stolen freedom' vs force 'PEEL Assessment 2023/24'" in (
        rec.items.set_index("force_row").loc["tracker.csv!7", "flags"])
    assert got[("Register!5", "tracker.csv!8")] == got[("Register!5", "tracker.csv!12")] == (
        "in_sync")
    assert not any(str(k[1]).endswith(("!9", "!10", "!11")) for k in got)    # the epics
    flags = rec.items.set_index("force_row").loc["tracker.csv!5", "flags"]
    assert "no row for bullet (d)" in flags
