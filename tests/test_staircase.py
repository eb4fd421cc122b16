"""A mind map's Excel export: one row per topic in map order, each topic's words in the column
of its depth ("Level 1" … "Level 5"), the task columns to the right (notes, tags, owner,
due date, % complete). Headings over report topics over items over the force's actions;
a branch of items submitted for closure; a to-do list beside the map.

Texts are real public HMICFRS texts (Open Government Licence); the map, owners and figures
are invented.
"""

from __future__ import annotations

from datetime import datetime

from builders import COUNTY, OCSA, PEEL23, RASSO, SF, SOC, write_xlsx

from reconcile import reconcile_files
from reconcile.casegen.texts import MSHT_INTEL, MSHT_NRM
from reconcile.load import load_side
from reconcile.normalise import builtin_statuses, norm_status
from reconcile.normalise.refs import text_ref

HEADER = ["Level 1", "Level 2", "Level 3", "Level 4", "Level 5", "Notes", "Tags", "Resources",
          "Due Date", "% Complete"]
DUE = datetime(2025, 3, 31)


def _topic(level: int, words: str, *task) -> list:
    row = [None] * 5
    row[level - 1] = words
    return row + list(task)


def _map(path):
    rows = [["Map: Cumbria Constabulary – HMICFRS recs (OL map v12).mmap"],
            ["Exported 14/10/2024 09:12"],
            [],
            HEADER,
            _topic(1, "Cumbria Constabulary – HMICFRS recommendations", None, None, None, None,
                   62),
            _topic(2, "PEEL (force reports)", None, None, None, None, 50),
            _topic(3, "PEEL 23/24", None, None, None, None, 50),
            _topic(4, "AFI 1 [13401] county lines – intelligence", COUNTY, "Type: AFI",
                   "Head of Intelligence", DUE, 50),
            _topic(5, "Intel requirement for county lines agreed with partners – Jan 25", None,
                   None, "Head of Intelligence", None, 50),
            _topic(4, "AFI 2 [13402] online CSA – specialist capacity", None, "Type: AFI",
                   "Ch Supt Public Protection", DUE, 25),
            _topic(4, "AFI 3 [13403] RASSO victims kept informed (VCOP)", None, "Type: AFI",
                   "Head of Criminal Justice", DUE, 75),
            _topic(2, "National / thematic", None, None, None, None, 50),
            _topic(3, "Stolen Freedom (MSHT) 2017", None, None, None, None, 50),
            _topic(4, "R2 – ISAs with partner agencies", MSHT_INTEL, "Type: National rec",
                   "ACC Crime", DUE, 50),
            _topic(2, "✔ Submitted to HMICFRS for closure", None, None, None, None, 100),
            _topic(3, "Stolen Freedom (MSHT) 2017", None, None, None, None, 100),
            _topic(4, "R4 – NRM compliance & duty to notify", MSHT_NRM, "Type: National rec",
                   "Head of Criminal Justice", None, None),
            _topic(3, "PEEL 23/24", None, None, None, None, 100),
            _topic(4, "AFI 4 [13404] SOC analysis informs strategic assessment & control "
                      "strategy", None, "Type: AFI", "Head of Intelligence", None, None),
            _topic(1, "Parking lot – OL team 12/09/24"),
            _topic(2, "Ask HMICFRS re custody recs – are they on the portal?"),
            _topic(2, "PEEL 23-25 final report – check every AFI is on the map")]
    return write_xlsx(path, {"HMICFRS recs map": rows})


def _list(path):
    items = [(13401, PEEL23, "Area for improvement", COUNTY, "Being progressed"),
             (13402, PEEL23, "Area for improvement", OCSA, "Being progressed"),
             (13403, PEEL23, "Area for improvement", RASSO, "Being progressed"),
             (13404, PEEL23, "Area for improvement", SOC, "Awaiting review"),
             (8411, SF, "National recommendation", MSHT_INTEL, "Being progressed"),
             (8413, SF, "National recommendation", MSHT_NRM, "Complete")]
    return write_xlsx(path, {"Definitive list": [
        ["Reference", "Report title", "Type", "Recommendation", "Status"], *map(list, items)]})


def test_a_mind_maps_topics_read_by_their_depth(tmp_path):
    side = load_side(_map(tmp_path / "tracker.xlsx"), "force")
    items = side.items.set_index("row")
    assert sorted(items.index) == [8, 10, 11, 14, 17, 19]
    assert side.sheets[0].header_row == 4
    # The report is the heading over the items; the branch's status where the item has none.
    assert items.loc[8, "report"] == "PEEL 23/24"
    assert items.loc[14, "report"] == "Stolen Freedom (MSHT) 2017"
    assert items.loc[17, "status"] == "✔ Submitted to HMICFRS for closure"
    assert items.loc[8, "text"] == "AFI 1 [13401] county lines – intelligence"
    reasons = dict(zip(side.skipped["row"], side.skipped["reason"], strict=True))
    assert reasons[7].startswith("a heading of the map")
    assert reasons[9].startswith("one of the force's actions for the item on row 8")
    assert reasons[21].startswith("a topic of the map off the items' level")
    # No pivot of statuses: "% Complete" and "Due Date" are no status columns' headings.
    assert "pivot" not in side.sheets[0].note


def test_a_mind_map_reconciled(tmp_path):
    rec = reconcile_files(_list(tmp_path / "hmicfrs.xlsx"), _map(tmp_path / "tracker.xlsx"))
    cats = {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}
    assert cats == {
        ("Definitive list!2", "HMICFRS recs map!8"): "in_sync",
        ("Definitive list!3", "HMICFRS recs map!10"): "in_sync",
        ("Definitive list!4", "HMICFRS recs map!11"): "in_sync",
        ("Definitive list!5", "HMICFRS recs map!19"): "closeable_submit",
        ("Definitive list!6", "HMICFRS recs map!14"): "in_sync",
        ("Definitive list!7", "HMICFRS recs map!17"): "in_sync"}


def test_not_for_the_force_by_its_name():
    table = builtin_statuses("force")
    assert norm_status("Not for Cumbria – national bodies", table) == "done"
    assert norm_status("Not for Devon and Cornwall", table) == "done"
    assert norm_status("Not for closure", table) != "done"


def test_a_register_id_in_brackets_after_the_items_number():
    assert text_ref("AFI 1 [12604] county lines – understand nature & scale") == "12604"
    assert text_ref("Rec 2 (14821) review officers' capacity") == "14821"
    assert text_ref("R3 (2015) – explain the use of powers") == ""
