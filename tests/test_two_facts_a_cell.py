"""A tracker that began as a committee paper's Word table: four of its columns hold two facts
a cell, typed around a slash under a heading naming both ("Report / published" over "PEEL
21/22 / 24.05.22", "Lead / target date" over "ACC Crime / Mar 16", "RAG / as at" over "A /
14.02.25"), the RAG a letter the key at the foot spells out; a cell may leave its first fact
out ("/ 14.02.25": no RAG given).

Texts are real public HMICFRS texts (Open Government Licence); the tracker is invented.
"""

from __future__ import annotations

from datetime import datetime

from builders import CONTROL_ROOM, DIGITAL, FIREARMS, MSHT_INTEL, MSHT_NRM, SF, register, write_xlsx

from reconcile import reconcile_files
from reconcile.load import load_side

EFF = "PEEL: Police efficiency 2017"
ITEMS = [(8411, SF, datetime(2017, 10, 24), "National recommendation", MSHT_INTEL),
         (8413, SF, datetime(2017, 10, 24), "National recommendation", MSHT_NRM),
         (9101, EFF, datetime(2017, 11, 9), "National recommendation", DIGITAL),
         (9102, EFF, datetime(2017, 11, 9), "National recommendation", FIREARMS),
         (9103, EFF, datetime(2017, 11, 9), "Area for improvement", CONTROL_ROOM)]


def _tracker(path):
    rows = [["Lincolnshire Police – HMICFRS recommendations tracker"], [],
            ["No.", "Report / published", "Recommendation / AFI", "Lead / target date",
             "RAG / as at"],
            [1, "Stolen Freedom / 24.10.17", MSHT_INTEL, "D/Supt Public Protection / Apr 18",
             "G / 14.02.25"],
            [2, "Stolen Freedom / 24.10.17", MSHT_NRM, "D/Supt Public Protection / Mar 18",
             "A / 14.02.25"],
            [3, "PEEL Efficiency 17 / 09.11.17", DIGITAL, "Head of IT / Sep 18", "B / 10.10.24"],
            [4, "PEEL Efficiency 17 / 09.11.17", FIREARMS, "Supt Ops / Feb 18", "R / 14.02.25"],
            [5, "PEEL Efficiency 17 / 09.11.17", CONTROL_ROOM, "Ch Supt Contact / Mar 19",
             "/ 14.02.25"],
            [],
            ["Key: B = complete, closure agreed; G = actions complete, submitted for closure; "
             "A = in progress; R = off track"]]
    return write_xlsx(path, {"Tracker": rows})


def test_each_fact_of_a_cell_is_read_as_its_own_field(tmp_path):
    side = load_side(_tracker(tmp_path / "tracker.xlsx"), "force")
    mapping = side.sheets[0].mapping
    assert {mapping[f] for f in ("report", "published", "owner", "due", "status")} == {
        "Report", "published", "Lead", "target date", "RAG"}
    items = side.items.set_index("local_ref")
    assert items.loc[1, "owner"] == "D/Supt Public Protection"
    assert items.loc[1, "report"] == "Stolen Freedom"
    assert list(items["status"].fillna("")) == ["G", "A", "B", "R", ""]
    assert "holds two facts a cell" in side.sheets[0].note


def test_the_letters_of_the_split_rag_decide_the_categories(tmp_path):
    rec = reconcile_files(register(tmp_path / "hmicfrs.xlsx", ITEMS, "Being progressed"),
                          _tracker(tmp_path / "tracker.xlsx"))
    cats = dict(zip(rec.items["force_row"], rec.items["category"], strict=True))
    assert [cats[f"Tracker!{r}"] for r in range(4, 9)] == [
        "closeable_submit", "in_sync", "closeable_submit", "in_sync", "in_sync"]


def test_a_heading_with_a_slash_over_one_fact_a_cell_is_left_whole(tmp_path):
    """"Recommendation / AFI" over the texts is one column, whatever slashes a text holds."""
    side = load_side(_tracker(tmp_path / "tracker.xlsx"), "force")
    assert side.sheets[0].mapping["text"] == "Recommendation / AFI"
