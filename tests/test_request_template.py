"""The list inside an inspectorate's request template: a worked example row at the top, the
evidence wanted under each item a row each ("A-01/E1 | Evidence requested: …"), and a force
row that numbers in its own words the items it holds ("All 4 recs: 1) … 2) …").

Texts are real public HMICFRS texts (Open Government Licence); the template is invented.
"""

from __future__ import annotations

from datetime import datetime

from builders import tracker_rows, write_xlsx

from reconcile import reconcile_files
from reconcile.casegen.texts.national import NATIONAL
from reconcile.load import load_side
from reconcile.load.notitem import not_an_item

AUSTERITY, A_PUBLISHED, A_ITEMS = NATIONAL["austerity"]
STOLEN, S_PUBLISHED, S_ITEMS = NATIONAL["stolen"]


def _schedule(path):
    head = ["Schedule ref", "Register ID", "Report", "Published", "Type",
            "Recommendation / area for improvement", "Register status", "Force assessment"]
    rows = [["HMICFRS evidence schedule – revisit"], [], head,
            ["EX-00", "0000", "Example: PEEL", "Example", "Recommendation",
             "EXAMPLE ONLY - the recommendation text as held on the register appears here.",
             "Being progressed", "PA - Partially achieved"],
            ["EX-00/E1", None, None, None, None, "Evidence requested: example - policy document."]]
    for k, (kind, text) in enumerate(S_ITEMS[:3]):
        rows.append([f"C-0{k + 1}", str(8311 + 3 * k), STOLEN, datetime(*S_PUBLISHED), kind, text,
                     "Being progressed", None])
        rows += [[f"C-0{k + 1}/E{e}", None, None, None, None,
                  f"Evidence requested: {what}"] for e, what in enumerate(
                      ["MSHT SPOC role profile and tasking minutes", "NRM referral audit"][:k + 1],
                      start=1)]
    for k, (kind, text) in enumerate(A_ITEMS):
        rows.append([f"C-1{k}", str(3104 + k), AUSTERITY, datetime(*A_PUBLISHED), kind, text,
                     "No further action required", None])
    return write_xlsx(path, {"Schedule": rows})


def test_the_example_row_and_the_evidence_lines_are_no_items(tmp_path):
    side = load_side(_schedule(tmp_path / "hmicfrs.xlsx"), "hmicfrs")
    assert list(side.items["row"]) == [6, 8, 11, 14, 15, 16, 17]
    why = dict(zip(side.skipped["row"], side.skipped["reason"], strict=True))
    assert why[4].startswith("a template's worked example")
    line = "'Evidence requested' line under the row {} above it: read with it, not an item"
    assert [why[r] for r in (5, 7, 9, 10, 12, 13)] == [line.format(a) for a in (4, 6, 8, 8, 11, 11)]


def test_a_worked_example_is_no_item_however_it_is_worded():
    assert not_an_item("Worked example: the force should review its plans.") is not None
    assert not_an_item("[Example] Within six months, forces should …") is not None
    assert not_an_item("Examples of good practice should be shared across the force.") is None


def test_a_force_row_numbering_the_items_it_holds_is_each_of_them(tmp_path):
    h = _schedule(tmp_path / "hmicfrs.xlsx")
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": tracker_rows(
        (AUSTERITY, [[1, None, "All 4 recs: 1) review savings plans to protect front line while "
                               "balancing budget 2) forces delivering <10% of savings through "
                               "collaboration to assess scope to improve 3) forces reducing front "
                               "line to assess decisive action to maintain crime fighting capacity "
                               "4) review collaboration plans for next spending round",
                      "National recommendation", "Director of Finance", "Blue", "Closed 2018"]]),
        (STOLEN, [[2 + k, 8311 + 3 * k, text, kind, "DCI Patel", "Amber", "Plan agreed"]
                  for k, (kind, text) in enumerate(S_ITEMS[:3])]))})
    rec = reconcile_files(h, f)
    lines = rec.items[rec.items["force_row"] == "Tracker!5"]
    assert sorted(lines["hmicfrs_row"]) == ["Schedule!14", "Schedule!15", "Schedule!16",
                                             "Schedule!17"]
    assert set(lines["category"]) == {"in_sync"}        # no further action; the force closed
