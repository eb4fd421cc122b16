"""The definitive list copied screen by screen out of a read-only Excel-for-the-web preview (a
view-only link in Teams, download blocked): the frozen header repeated at the top of each
screen, a blank row between screens, and one screen pasted a column to the right, its header
with it.

Texts are real public HMICFRS texts (Open Government Licence); the paste is invented.
"""

from __future__ import annotations

from datetime import datetime

from builders import write_xlsx

from reconcile import reconcile_files
from reconcile.casegen.texts.national import NATIONAL
from reconcile.load import load_side

LEG, PUBLISHED, ITEMS = NATIONAL["leg17"]
HEAD = ["Ref", "Report", "Published", "Type", "Recommendation / area for improvement", "Status"]
STATUS = ["Being progressed", "Being progressed", "Complete", "Being progressed", "Complete"]


def _row(k):
    return [8541 + k, LEG, datetime(*PUBLISHED), ITEMS[k][0], ITEMS[k][1], STATUS[k]]


def _pasted(path):
    return write_xlsx(path, {"Def list pasted": [
        ["HMICFRS recommendations – West Midlands Police"], ["As at 03/11/2025"],
        HEAD, _row(0), _row(1), [],
        [None, *HEAD], [None, *_row(2)], [None, *_row(3)], [],      # a screen one column over
        HEAD, _row(4)]})


def _tracker(path):
    return write_xlsx(path, {"Tracker": [
        ["HMICFRS ref", "Recommendation", "RAG"],
        *[[8541 + k, text, "Green" if k in (1, 3) else "Amber"]
          for k, (_, text) in enumerate(ITEMS)]]})


def test_a_screen_pasted_a_column_over_is_read_back_with_its_header(tmp_path):
    side = load_side(_pasted(tmp_path / "hmicfrs.xlsx"), "hmicfrs")
    assert list(side.items["row"]) == [4, 5, 8, 9, 12]
    assert list(side.items["status"]) == STATUS
    assert "row 7 is a header again" in side.sheets[0].note
    assert "the rows under it read by its own headings" in side.sheets[0].note
    why = dict(zip(side.skipped["row"], side.skipped["reason"], strict=True))
    assert "header" in why[7] and "header" in why[11]


def test_the_pasted_screens_reconcile(tmp_path):
    rec = reconcile_files(_pasted(tmp_path / "hmicfrs.xlsx"), _tracker(tmp_path / "tracker.xlsx"))
    cats = dict(zip(rec.items["hmicfrs_row"], rec.items["category"], strict=True))
    assert cats == {"Def list pasted!4": "in_sync", "Def list pasted!5": "closeable_submit",
                    "Def list pasted!8": "closeable_local", "Def list pasted!9": "closeable_submit",
                    "Def list pasted!12": "closeable_local"}
