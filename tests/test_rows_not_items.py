"""Rows a tracker or a list holds that are no item of their own, found by `reconcile evaluate`'s
"not items" count in the nineteenth session: a copied web listing's "Read more" rows (the
item's status and date on them), look-ups dragged down past the last row typed ("Not found" in
every cell), and a list pasted from an email whose reference and status are merged down over
the rows of one item's text. Each test fails on 30b65b1.

Texts are real public HMICFRS texts (Disproportionate use of police powers 2021, Stolen
freedom 2017; Open Government Licence); trackers and owners are invented.
"""

from __future__ import annotations

import csv
from datetime import datetime

import pytest
from builders import MSHT_INTEL, MSHT_NRM, MSHT_PREVENT, SF, write_xlsx

from reconcile import reconcile_files
from reconcile.load import load_side
from reconcile.load.notitem import not_an_item

DUP = "Disproportionate use of police powers: A spotlight on stop and search and the use of force"
BWV = ("By September 2021, forces should: ensure that officers record on body-worn video (when "
       "this is available) the entirety of all stop and search encounters, including traffic "
       "stops and use of force incidents.")
BWV_REVIEW = ("have a structured process for regularly reviewing and monitoring internally a "
              "sufficient sample of body-worn video footage to identify and disseminate learning "
              "and hold officers to account when behaviour falls below acceptable standards.")
BWV_PANEL = ("provide external scrutiny panel members with access to samples of body-worn video "
             "footage showing stop and search encounters and use of force incidents.")
QUALITY = ("The Home Office and the NPCC should take steps to ensure that the quality of data "
           "recorded on stop and search and use of force improves.")


def _got(rec):
    return {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}


def _tracker(path, rows):
    header = ["Ref", "Recommendation", "Lead", "Status"]
    return write_xlsx(path, {"Tracker": [header, *rows]})


def test_a_copied_web_listings_read_more_row_gives_the_item_above_its_status(tmp_path):
    """Copied from the register's web pages, an item's block wrapped: its report, text and
    type on one row, "Read more" with its status, date and link on the next. The second row
    is the first's status, not an item with no force row. (Before: each "Read more" row was
    an item missing from the force's tracker, and the item above had no status.)"""
    link = "https://www.justiceinspectorates.gov.uk/hmicfrs/recommendation/wiltshire/{}/"
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Sheet1": [
        ["Recommendations | His Majesty’s Inspectorate of Constabulary"],
        [],
        ["Report", "Recommendation", "Type", "Status", "Date", "Link"],
        [f"{SF} (8411)", MSHT_INTEL, "Recommendation", "Status: Being progressed",
         "Published 24 October 2017", link.format(8411)],
        [f"{SF} (8413)", MSHT_NRM, "Recommendation"],
        [None, "Read more", None, "Status: Complete", "Published: 24 October 2017",
         link.format(8413)],
        [f"{SF} (8415)", MSHT_PREVENT, "Recommendation", "Status: Being progressed",
         "Published: 24 October 2017", link.format(8415)],
        [None, "Read more « Previous  1  2  Next »"]]})
    f = _tracker(tmp_path / "tracker.xlsx", [
        [8411, MSHT_INTEL, "DCI Shah", "Complete"],
        [8413, MSHT_NRM, "DCI Shah", "Complete"],
        [8415, MSHT_PREVENT, "DCI Shah", "In progress"]])
    rec = reconcile_files(h, f)
    got = _got(rec)
    assert got == {("Sheet1!4", "Tracker!2"): "closeable_submit",
                   ("Sheet1!5", "Tracker!3"): "in_sync",
                   ("Sheet1!7", "Tracker!4"): "in_sync"}
    skipped = rec.hmicfrs.skipped
    reasons = dict(zip(skipped["row_id"], skipped["reason"], strict=True))
    assert "'Read more'" in reasons["Sheet1!6"] and "pager" in reasons["Sheet1!8"]


def test_look_ups_dragged_down_past_the_last_row_typed_are_no_items(tmp_path):
    """A tracker whose report, type and text are look-ups on the reference typed beside them,
    copied down a few rows further than anyone typed: those rows show "Not found" in every
    cell and are template rows, not six local actions. (Before: each was an item 'not on the
    HMICFRS list'.) A row with a reference typed whose look-up failed is still an item."""
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Recommendations": [
        ["Reference", "Report title", "Publication date", "Type", "Recommendation", "Status"],
        [8411, SF, datetime(2017, 10, 24), "Recommendation", MSHT_INTEL, "Being progressed"],
        [8413, SF, datetime(2017, 10, 24), "Recommendation", MSHT_NRM, "Being progressed"]]})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["No.", "HMICFRS ref", "Report", "Type", "Recommendation", "Lead", "Status"],
        [1, 8411, SF, "Recommendation", MSHT_INTEL, "DCI Shah", "In progress"],
        [2, 8413, "Not found", "Not found", "Not found", "DCI Shah", "In progress"],
        *[[None, None, "Not found", "Not found", "Not found"] for _ in range(4)]]})
    rec = reconcile_files(h, f)
    got = _got(rec)
    assert got == {("Recommendations!2", "Tracker!2"): "in_sync",
                   ("Recommendations!3", "Tracker!3"): "in_sync"}
    skipped = rec.force.skipped
    reasons = dict(zip(skipped["row_id"], skipped["reason"], strict=True))
    assert all("template row" in reasons[f"Tracker!{r}"] for r in range(4, 8))


def test_a_list_pasted_from_an_email_keeps_an_items_text_rows_under_its_merged_cells(tmp_path):
    """A list pasted from an email: an item's reference, type and status merged down over the
    rows its text took (a blank line, "This action plan should be developed:", bullets in
    lower case after a full stop). Those rows are the item's text, not items missing from the
    force's tracker. A report merged over a block of items with their own references still
    leaves each its own item. (Before: the rows under a blank line, or after a sentence
    ended, were items of their own.)"""
    rows = [
        ["Ref", "Report", "Type", "Recommendation / Area for improvement", "Status"],
        [10915, DUP, "Recommendation", BWV, "Being progressed"],
        [None, None, None, BWV_REVIEW],
        [None, None, None, None],
        [None, None, None, BWV_PANEL],
        [10916, None, "Recommendation", QUALITY, "Complete"],
        [8411, SF, "Recommendation", MSHT_INTEL, "Being progressed"],
        [8413, None, "Recommendation", MSHT_NRM, "Being progressed"]]
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Sheet1": rows}, merges={"Sheet1": [
        "A2:A5", "C2:C5", "E2:E5", "B2:B6", "B7:B8"]})
    f = _tracker(tmp_path / "tracker.xlsx", [
        [10915, BWV, "Supt Ops", "Complete"],
        [10916, QUALITY, "Head of Data", "Complete"],
        [8411, MSHT_INTEL, "DCI Shah", "In progress"],
        [8413, MSHT_NRM, "DCI Shah", "In progress"]])
    rec = reconcile_files(h, f)
    got = _got(rec)
    assert got == {("Sheet1!2", "Tracker!2"): "closeable_submit",
                   ("Sheet1!6", "Tracker!3"): "in_sync",
                   ("Sheet1!7", "Tracker!4"): "in_sync",
                   ("Sheet1!8", "Tracker!5"): "in_sync"}
    text = rec.items.set_index("hmicfrs_row").loc["Sheet1!2", "hmicfrs_text"]
    assert "external scrutiny panel" in text and "structured process" in text


def test_a_registers_record_of_a_report_among_its_items_is_no_item(tmp_path):
    """A portal export sorted by date puts each report's own record (type "Report", "This
    report makes 3 recommendations for all forces.", status "published") among its items."""
    rows = [["", "Rec.ID", "Inspection...report", "Type", "Recommendation...AFI.text", "Status"],
            ["81", "9711", DUP, "National recommendation", BWV, "being-progressed"],
            ["82", "9712", DUP, "National recommendation", BWV_REVIEW, "awaiting-review"],
            ["83", "9713", DUP, "National recommendation", QUALITY, "awaiting-review"],
            ["46", "INSP-0146", DUP, "Report", "National report. This report makes 3 "
             "recommendations for all forces.", "published"]]
    path = tmp_path / "hmicfrs.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    side = load_side(path, "hmicfrs")
    assert sorted(side.items["row"]) == [2, 3, 4]
    assert side.skipped.set_index("row").loc[5, "reason"].startswith("a register's record of a "
                                                                     "report")


@pytest.mark.parametrize(("text", "placeholder"), [
    ("Paste the recommendation text exactly as published by HMICFRS. Put the register number "
     "in HMICFRS Ref.", True),
    ("Duplicate this task into the right report list. Fill: HMICFRS Ref, Rec Type, RAG.", True),
    ("TEMPLATE – copy this item, do not edit", True),
    ("[Enter the AFI text here]", True),
    ("Type of crime recorded as published in the guidance", False),
    ("Duplicate this report's findings for the partnership board", False),
    ("Enter into an information-sharing agreement with the local authority", False)])
def test_a_templates_placeholder_is_no_item_and_an_action_is(text, placeholder):
    """A list's or a tool's template item tells whoever copies it what to write; an action
    that starts with the same verbs asks something of the force."""
    assert (not_an_item(text) or "").startswith("a template's placeholder") is placeholder
