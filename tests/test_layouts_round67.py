"""Layouts of the nineteenth session's rounds 66 and 67 of cases built by other hands: the
old register's history spread across numbered column groups, a Microsoft Forms census of
owners with a liaison lead's agreed status, and the old register scraped into a CSV by a
browser extension; a tracker of ditto marks, and rows pasted one column right. Each test fails
on 304f090 (the last two on b142b57 too).

Texts are real public HMICFRS texts (Stolen freedom 2017, PEEL 2023-25; Open Government
Licence); forms, people and trackers are invented.
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


def _tracker(path, rows):
    return write_xlsx(path, {"Tracker": [["HMIC Ref", "Recommendation", "Lead", "RAG"], *rows]})


def test_the_registers_history_in_numbered_column_groups_gives_the_last_status(tmp_path):
    """A force's extract of the old register, each record's dated log laid out as "On n |
    Status n | Comment n" groups, oldest first: the status is the last one filled, whichever
    group it is in; comments after it do not change it, unless one says the area was
    inspected again. (Before: "Status 1", always awaiting-review, was every item's status.)"""
    head = ["ID", "Report", "Recommendation"]
    for n in range(1, 5):
        head += [f"On {n}", f"Status {n}", f"Comment {n}"]
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Register extract": [
        ["Cheshire Constabulary – HMICFRS register extract, 8 March 2019"], [], [], head,
        [8411, SF, MSHT_INTEL, "24th October 2017", "awaiting-review", None,
         "25th October 2017", None, "New recommendation", "2nd May 2018", "being-progressed",
         None, "1st June 2018", "complete", "Authorised for closure"],
        [8413, SF, MSHT_NRM, "24th October 2017", "awaiting-review", None,
         "2nd May 2018", "being-progressed", None, "4th June 2018", None,
         "The progress of the implementation of this recommendation is being monitored."],
        [8415, SF, MSHT_PREVENT, "24th October 2017", "awaiting-review", None,
         "3rd March 2018", None, "This area of activity has subsequently been inspected in "
         "HMIC's PEEL Effectiveness inspections."],
        [8417, SF, LEADERSHIP, "24th October 2017", "complete[/status]", None,
         "2nd May 2018", "being-progressed", "Reopened: further evidence requested"]]})
    f = _tracker(tmp_path / "tracker.xlsx", [
        [8411, MSHT_INTEL, "DI MSHT", "AMBER"],
        [8413, MSHT_NRM, "Head of L&D", "GREEN"],
        [8415, MSHT_PREVENT, "DCI Shah", "AMBER"],
        [8417, LEADERSHIP, "ACC Crime", "AMBER"]])
    got = _got(reconcile_files(h, f))
    r = "Register extract!"
    assert got == {(f"{r}5", "Tracker!2"): "closeable_local",
                   (f"{r}6", "Tracker!3"): "closeable_submit",
                   (f"{r}7", "Tracker!4"): "closeable_local",
                   (f"{r}8", "Tracker!5"): "in_sync"}


def test_a_forms_census_reads_its_questions_as_headings_and_the_agreed_status(tmp_path):
    """A Microsoft Forms export: headings are the questions asked ("Is it a recommendation,
    area for improvement or cause of concern?", "Please copy the wording of the
    recommendation / AFI exactly as it appears in the report"), and the liaison lead's
    "Agreed status (FLL)", where filled, is the status over the lead's own answer. (Before:
    the first response, a test, was taken for the header; then the lead's answer stood.)"""
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Register": [
        ["ID", "Report", "Type", "Recommendation", "Status"],
        [8411, SF, "Recommendation", MSHT_INTEL, "Being progressed"],
        [8413, SF, "Recommendation", MSHT_NRM, "Being progressed"],
        [8415, SF, "Recommendation", MSHT_PREVENT, "Being progressed"]]})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Form1": [
        ["ID", "Start time", "Email", "Which HMICFRS report or inspection is this from?",
         "Is it a recommendation, area for improvement or cause of concern?",
         "Please copy the wording of the recommendation / AFI exactly as it appears in the "
         "report", "Who is the lead officer?", "What is the current status?",
         "Please give a brief update on progress", "Agreed status (FLL)"],
        [1, datetime(2024, 10, 7, 9, 16), "a.lead@force.example", "Stolen Freedom 2017",
         "Recommendation", "test", "test", "Not started", "Test - please ignore"],
        [2, datetime(2024, 10, 8, 14, 7), "b.lead@force.example", "Stolen Freedom 2017",
         "Recommendation", MSHT_INTEL, "DI MSHT", "Complete – evidence available",
         "ISAs signed with the council and the health trust.", "In progress"],
        [3, datetime(2024, 10, 8, 15, 2), "c.lead@force.example", "Stolen Freedom 2017",
         "Recommendation", MSHT_NRM, "Head of L&D", "In progress – on track",
         "Training delivered; evidence pack with the FLL.", "Complete"],
        [4, datetime(2024, 10, 9, 11, 40), "d.lead@force.example", "Stolen Freedom 2017",
         "Recommendation", MSHT_PREVENT, "DCI Shah", "In progress – on track",
         "Review of orders under way."]]})
    got = _got(reconcile_files(h, f))
    assert got == {("Register!2", "Form1!3"): "in_sync",
                   ("Register!3", "Form1!4"): "closeable_submit",
                   ("Register!4", "Form1!5"): "in_sync"}


def test_a_web_scrapers_csv_of_the_register_is_read_by_what_its_columns_hold(tmp_path):
    """The old register scraped page by page into a CSV ("web-scraper-order", "recommendation"
    holding "<report> (<id>)", "recommendation_text", "history" the event log): the headings
    name only the text, the columns say the rest. An id that cannot be a report's year,
    "(2092)", is the id. (Before: the run stopped, "no column looks like the recommendation
    text", suggesting "history".)"""
    base = "https://www.justiceinspectorates.gov.uk/hmicfrs/recommendation/cheshire/{}/"
    rows = [["web-scraper-order", "web-scraper-start-url", "recommendation",
             "recommendation-href", "recommendation_text", "history"]]
    for k, (ref, report, text, status) in enumerate([
            (2092, SF_TITLE, MSHT_INTEL, "being-progressed"),
            (2093, SF_TITLE, MSHT_NRM, "complete"),
            (8415, SF_TITLE, MSHT_PREVENT, "being-progressed"),
            (8417, SF_TITLE, LEADERSHIP, "awaiting-review"),
            (14510, PEEL23, RASSO, "awaiting-review"),
            (14511, PEEL23, OCSA, "being-progressed"),
            (14512, PEEL23, RASSO.replace("kept informed about", "told of"), "complete"),
            (14513, PEEL23, OCSA.replace("online child sexual abuse", "child abuse images"),
             "awaiting-review")], start=1):
        rows.append([f"1526291147-{k}", "https://www.justiceinspectorates.gov.uk/hmicfrs/",
                     f"{report} ({ref})", base.format(ref), "\n\t\t\t\t" + text,
                     f"[on]2nd May 2018 [status]{status}[/status][/on]"])
    h = tmp_path / "hmicfrs.csv"
    with h.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    f = _tracker(tmp_path / "tracker.xlsx", [
        [2092, MSHT_INTEL, "DI MSHT", "GREEN"],
        [2093, MSHT_NRM, "Head of L&D", "GREEN"]])
    rec = reconcile_files(h, f)
    got = _got(rec)
    assert got[("hmicfrs.csv!2", "Tracker!2")] == "closeable_submit"
    assert got[("hmicfrs.csv!3", "Tracker!3")] == "in_sync"
    lines = rec.items.set_index("hmicfrs_row")
    assert lines.loc["hmicfrs.csv!2", "hmicfrs_report"] == SF_TITLE
    assert "paired on the HMICFRS reference" in lines.loc["hmicfrs.csv!2", "flags"]


def test_ditto_marks_stand_for_the_value_above_and_as_no_for_the_row_so_numbered(tmp_path):
    """A tracker kept by hand: '"', "Ditto" and "As above" for the value of the row above in
    the reference, report, type and RAG (across a blank row between blocks, a ditto of a
    ditto followed up), "As No. 3" for the value of the row the tracker numbers 3 (not Excel
    row 3), and a text "As No. 1 (repeated …)" for that row's words. (Before: each was a
    word of its own: "Ditto" an unknown status counted open, '"' a reference.)"""
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Register": [
        ["ID", "Report", "Type", "Recommendation", "Status"],
        [8411, SF, "Recommendation", MSHT_INTEL, "Being progressed"],
        [8413, SF, "Recommendation", MSHT_NRM, "Being progressed"],
        [8415, SF, "Recommendation", MSHT_PREVENT, "Being progressed"],
        [14510, PEEL23, "Area for improvement", RASSO, "Being progressed"],
        [14511, PEEL23, "Area for improvement", OCSA, "Being progressed"],
        [14512, PEEL23, "Area for improvement", MSHT_INTEL, "Awaiting review"]]})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["HMICFRS recommendations – kept by the Strategic Development Unit"],
        ["Key: \" or Ditto = as the line above"],
        [],
        ["No.", "HMIC Ref", "Report", "Type", "Recommendation", "Lead", "RAG"],
        [1, 8411, "Stolen Freedom 2017", "Rec", MSHT_INTEL, "DI MSHT", "GREEN"],
        [2, 8413, '"', "Ditto", MSHT_NRM, "Ditto", '"'],
        [3, 8415, "As above", '"', MSHT_PREVENT, "DCI Shah", "AMBER"],
        [],
        [4, 14510, "PEEL 2023-25", "AFI", RASSO, "Supt PPU", "As above"],
        [5, 14511, '"', '"', OCSA, '"', "As No. 1"],
        [6, 14512, '"', '"', "As No. 1 (same words, PEEL 2023-25)", "DI MSHT", "AMBER"]]})
    got = _got(reconcile_files(h, f))
    assert got == {("Register!2", "Tracker!5"): "closeable_submit",
                   ("Register!3", "Tracker!6"): "closeable_submit",
                   ("Register!4", "Tracker!7"): "in_sync",
                   ("Register!5", "Tracker!9"): "in_sync",
                   ("Register!6", "Tracker!10"): "closeable_submit",
                   ("Register!7", "Tracker!11"): "in_sync"}


def test_rows_pasted_one_column_right_are_read_one_cell_to_the_left(tmp_path):
    """Three rows pasted one column to the right of the table: the first column empty, the
    reference under the report, the text under the lead, the RAG under the update. Read one
    cell to the left, they are the items they are. (Before: rows with a name for their text
    and an update for their status, paired with nothing.)"""
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Register": [
        ["ID", "Report", "Type", "Recommendation", "Status"],
        [8411, SF, "Recommendation", MSHT_INTEL, "Being progressed"],
        [14510, PEEL23, "Area for improvement", RASSO, "Awaiting review"],
        [14511, PEEL23, "Area for improvement", OCSA, "Awaiting review"]]})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["HMIC Ref", "Report", "Type", "Recommendation", "Lead", "RAG", "Latest update"],
        [8411, "Stolen Freedom 2017", "Rec", MSHT_INTEL, "DI MSHT", "Amber", "ISAs drafted."],
        [None, 14510, "PEEL 2023/24", "AFI", RASSO, "Det Ch Supt Force CID", "Amber",
         "New AFI - lead allocated"],
        [None, 14511, "PEEL 2023/24", "AFI", OCSA, "Head of Intelligence", "Amber",
         "New AFI - lead allocated"]]})
    got = _got(reconcile_files(h, f))
    assert got == {("Register!2", "Tracker!2"): "in_sync",
                   ("Register!3", "Tracker!3"): "in_sync",
                   ("Register!4", "Tracker!4"): "in_sync"}
