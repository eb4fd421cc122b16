"""A tracker whose RAG column is colour only: the cells are empty, a conditional format
colours each from a hidden "RAG code" column (1-5), and a key above the header spells the
codes out a cell each ("KEY: | 1 = Red – not started / off track | 2 = Amber – …"). And two
rows typing one register id, one of them another item's row (its words that item's).

Texts are real public HMICFRS texts (Open Government Licence); the tracker is invented.
"""

from __future__ import annotations

from datetime import datetime

from builders import register, write_xlsx

from reconcile import reconcile_files
from reconcile.casegen.texts.national import NATIONAL
from reconcile.load import load_side

LEG, PUBLISHED, LEG_ITEMS = NATIONAL["leg17"]
KEY = ["KEY:", "1 = Red – not started / off track", "2 = Amber – in progress",
       "3 = Green – complete, evidence held", "4 = Blue – submitted to HMICFRS / closure accepted",
       "5 = Grey – superseded / not for the force to deliver"]
HEAD = ["No.", "Report", "HMICFRS ref", "Recommendation / AFI (summary)", "RAG",
        "Latest update", "RAG code"]


def _register(path, statuses):
    return register(path, [(8541 + k, LEG, datetime(*PUBLISHED), kind, text)
                           for k, (kind, text) in enumerate(LEG_ITEMS)], statuses)


def _tracker(path, rows):
    return write_xlsx(path, {"Tracker": [["Staffordshire Police – HMICFRS tracker"], KEY,
                                         ["RAG column is colour only: set the code in column G"],
                                         HEAD, *rows]})


ROWS = [[1, "PEEL Legit 17", 8541, LEG_ITEMS[0][1], None, "S&S scrutiny board in place.", 3],
        [2, "PEEL Legit 17", 8542, LEG_ITEMS[1][1], None, "Dashboard refresh under way.", 2],
        [3, "PEEL Legit 17", 8543, LEG_ITEMS[2][1], None, "Submitted 04/2023.", 4],
        [4, "PEEL Legit 17", 8544, LEG_ITEMS[3][1], None, "Annual report drafted.", 1],
        [5, "PEEL Legit 17", 8545, LEG_ITEMS[4][1], None, "Training at 99%.", 5]]


def test_a_hidden_code_column_the_key_spells_out_gives_the_status(tmp_path):
    side = load_side(_tracker(tmp_path / "tracker.xlsx", ROWS), "force")
    assert list(side.items["status"]) == ["3", "2", "4", "1", "5"]
    assert "status read from 'RAG code' where the status column is blank" in side.sheets[0].note
    rec = reconcile_files(_register(tmp_path / "hmicfrs.xlsx", "Being progressed"),
                          tmp_path / "tracker.xlsx")
    cats = dict(zip(rec.items["force_row"], rec.items["category"], strict=True))
    # 3 (Green), 4 (Blue) and 5 (Grey) are done by the key; 1 (Red) and 2 (Amber) open.
    assert cats == {"Tracker!5": "closeable_submit", "Tracker!6": "in_sync",
                    "Tracker!7": "closeable_submit", "Tracker!8": "in_sync",
                    "Tracker!9": "closeable_submit"}


def test_two_rows_typing_one_id_the_one_reading_another_item_is_that_items(tmp_path):
    # Row 8 is the publish-the-analysis item (8544) with 8545 typed on it; row 9 is 8545.
    rows = [list(r) for r in ROWS]
    rows[3][2:4] = [8545, "Publish S&S analysis & actions taken at least annually, from July "
                          "2018"]
    rows[4][3] = ("All officers using S&S trained in unconscious bias & CoP APP on S&S (by July "
                  "18 & ongoing)")
    rec = reconcile_files(_register(tmp_path / "hmicfrs.xlsx", "Being progressed"),
                          _tracker(tmp_path / "tracker.xlsx", rows))
    got = rec.items.set_index("force_row")
    assert got.loc["Tracker!8", "hmicfrs_row"] == "Recommendations!5"
    assert got.loc["Tracker!8", "category"] == "conflict"
    assert "reference differs: HMICFRS 8544 vs force 8545" in got.loc["Tracker!8", "flags"]
    assert got.loc["Tracker!9", "hmicfrs_row"] == "Recommendations!6"


def test_resolved_is_done():
    from reconcile.normalise import builtin_statuses
    assert builtin_statuses("force")["resolved"] == "done"
