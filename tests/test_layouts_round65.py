"""Layouts of the nineteenth session's rounds 65 and 66 of cases built by other hands: a
force's tracker kept as a RACI responsibility matrix, its departments' R / A / C / I beside a
one-letter R / A / G / W status, with counts of the letters under it. Each test fails on
6d2ac91.

Texts are real public HMICFRS texts (Stolen freedom 2017; Open Government Licence); the
matrix, departments and owners are invented.
"""

from __future__ import annotations

import csv
from datetime import datetime

from builders import (
    LEADERSHIP,
    MSHT_INTEL,
    MSHT_NRM,
    MSHT_PREVENT,
    OCSA,
    PEEL23,
    RASSO,
    SF,
    write_xlsx,
)

from reconcile import reconcile_files

SF_DATE = datetime(2017, 10, 24)
SF_TITLE = "Stolen freedom: the policing response to modern slavery and human trafficking"


def _got(rec):
    return {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}


def test_a_raci_matrix_reads_its_status_letters_and_not_its_department_letters(tmp_path):
    """Departments' R / A / C / I beside the status column's R / A / G / W: W (white, not the
    force's to deliver) is done; a blank status whose update opens "Completed 09/12/24 – …"
    is done; rows counting each department's letters, and a "RAG summary" tallying the
    statuses, are no items. (Before: W was an unknown word, counted open; the blank status
    open; the three count rows items not on the HMICFRS list.)"""
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Recommendations": [
        ["ID", "Report title", "Publication date", "Type", "Recommendation", "Status"],
        [8411, SF, SF_DATE, "Recommendation", MSHT_INTEL, "Being progressed"],
        [8413, SF, SF_DATE, "Recommendation", MSHT_NRM, "Awaiting review"],
        [8415, SF, SF_DATE, "Recommendation", MSHT_PREVENT, "Being progressed"],
        [8417, SF, SF_DATE, "Recommendation", LEADERSHIP, "Being progressed"]]})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"RACI Matrix": [
        ["Force – HMICFRS recommendations: responsibility matrix"],
        ["RACI key (department columns): R = Responsible, A = Accountable, C = Consulted, "
         "I = Informed"],
        [],
        ["No.", "HMICFRS ID", "Recommendation / AFI", "C&J", "PPD", "P&OD", "RAG",
         "Update (Feb 25)"],
        ["SF-01", 8411, MSHT_INTEL, "A", "R", "I", "A", "ISAs drafted."],
        ["SF-02", 8413, MSHT_NRM, "C", "A/R", None, "W",
         "NRM reform is the Home Office's to deliver."],
        ["SF-03", 8415, MSHT_PREVENT, "A/R", "C", None, None,
         "Completed 09/12/24 - orders reviewed. Evidence pack sent to FLL for closure "
         "submission; RAG to be updated at next OLB."],
        ["SF-04", 8417, LEADERSHIP, "R", "A", "C", "G", "Governance board in place."],
        [],
        [None, None, "Total Responsible (R)", 1, 1, 0],
        [None, None, "Total Accountable (A)", 2, 2, 0],
        [None, None, "RAG summary", None, None, None, "R 0 | A 1 | G 1 | W 1"]]})
    rec = reconcile_files(h, f)
    got = _got(rec)
    m = "RACI Matrix!"
    assert got == {("Recommendations!2", f"{m}5"): "in_sync",
                   ("Recommendations!3", f"{m}6"): "closeable_submit",
                   ("Recommendations!4", f"{m}7"): "closeable_submit",
                   ("Recommendations!5", f"{m}8"): "closeable_submit"}
    reasons = dict(zip(rec.force.skipped["row_id"], rec.force.skipped["reason"], strict=True))
    assert all("totals row" in reasons[f"{m}{r}"] for r in (10, 11, 12))


def test_a_web_registers_post_export_reads_the_log_in_each_pages_body(tmp_path):
    """The old register exported as its pages' raw fields (a CSV of WordPress posts): the
    report in "post_title", each page's body its text followed by the event log, a date
    field stored "20180322", "post_status" the page's publishing state. The item's status
    is the log's latest by date (a log pasted newest first), or superseded where a comment
    after it says the area was inspected again; the log is no part of the text. (Before:
    "publish" was read as each item's status, the log's last status in reading order
    ignored, no report read, and "20180322" no date.)"""
    header = ["post_id", "post_name", "post_title", "post_content", "post_status",
              "post_date", "recommendation_type", "publication_date"]

    def body(text, log):
        return text + "\n\n" + "".join(f"[on]{on} [{kind}]{said}[/{kind}][/on]"
                                       for on, kind, said in log)

    rows = [
        [8411, "stolen-freedom-1", SF_TITLE, body(MSHT_INTEL, [
            ("1st June 2018", "status", "complete"),
            ("24th October 2017", "status", "awaiting-review"),
            ("1st November 2017", "status", "being-progressed")]),
         "publish", "2017-10-24 09:12:00", "recommendation", "20171024"],
        [8413, "stolen-freedom-2", SF_TITLE, body(MSHT_NRM, [
            ("24th October 2017", "status", "awaiting-review"),
            ("1st November 2017", "status", "being-progressed"),
            ("14th April 2019", "comment", "This area of activity has subsequently been "
             "inspected in HMICFRS's PEEL inspections.")]),
         "private", "2017-10-24 09:13:00", "recommendation", "20171024"],
        [8415, "stolen-freedom-3", SF_TITLE, body(MSHT_PREVENT, [
            ("24th October 2017", "status", "awaiting-review"),
            ("3rd March 2018", "comment", "This recommendation is currently being reviewed "
             "by HMIC.")]),
         "publish", "2017-10-24 09:14:00", "recommendation", "20171024"],
        [8417, "stolen-freedom-4", SF_TITLE, body(LEADERSHIP, [
            ("24th October 2017", "status", "awaiting-review"),
            ("2nd May 2018", "status", "being-progressed")]),
         "publish", "2017-10-24 09:15:00", "recommendation", "20171024"],
        *[[k, f"peel-2023-{k}", PEEL23, body(text, [("14th May 2024", "status",
                                                   "awaiting-review")]),
           "publish", "2024-05-14 10:00:00", "area-for-improvement", "20240514"]
          for k, text in ((14510, RASSO), (14511, OCSA))]]
    h = tmp_path / "hmicfrs.csv"
    with h.open("w", newline="", encoding="utf-8-sig") as fh:
        csv.writer(fh).writerows([header, *rows])
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["HMIC Ref", "Report", "Recommendation", "Lead", "RAG"],
        [8411, "Stolen Freedom 2017", MSHT_INTEL, "DI MSHT", "AMBER"],
        [8413, "Stolen Freedom 2017", MSHT_NRM, "Head of L&D", "AMBER"],
        [8415, "Stolen Freedom 2017", MSHT_PREVENT, "DCI Shah", "AMBER"],
        [8417, "Stolen Freedom 2017", LEADERSHIP, "ACC Crime", "GREEN"],
        [14510, "PEEL 2023-25", RASSO, "Supt PPU", "AMBER"],
        [14511, "PEEL 2023-25", OCSA, "Supt PPU", "AMBER"]]})
    rec = reconcile_files(h, f)
    got = _got(rec)
    assert got == {("hmicfrs.csv!2", "Tracker!2"): "closeable_local",
                   ("hmicfrs.csv!3", "Tracker!3"): "closeable_local",
                   ("hmicfrs.csv!4", "Tracker!4"): "in_sync",
                   ("hmicfrs.csv!5", "Tracker!5"): "closeable_submit",
                   ("hmicfrs.csv!6", "Tracker!6"): "in_sync",
                   ("hmicfrs.csv!7", "Tracker!7"): "in_sync"}
    lines = rec.items.set_index("hmicfrs_row")
    assert "[on]" not in lines.loc["hmicfrs.csv!2", "hmicfrs_text"]
    assert lines.loc["hmicfrs.csv!2", "hmicfrs_report"] == SF_TITLE
    assert str(rec.h.set_index("row_id").loc["hmicfrs.csv!2", "published_date"]) == "2017-10-24"
