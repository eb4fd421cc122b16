"""A list handed over as a committee pack's appendices: a grid of one row per report and one
column per status, each cell the ids that report has in that status (typed as people type
lists: commas, semicolons, line breaks, "and", a range, a tag), and the wording on another
sheet of ids and texts alone. The id is the only link: each item takes its report, date and
status from the cell its id sits in.

Texts are real public HMICFRS texts (Open Government Licence); the pack and the tracker are
invented.
"""

from __future__ import annotations

from datetime import datetime

from builders import COUNTY, OCSA, PEEL23, RASSO, SF, SOC, tracker, write_xlsx

from reconcile import reconcile_files
from reconcile.casegen.texts import MSHT_INTEL, MSHT_NRM
from reconcile.load import load_side

TEXTS = {13401: COUNTY, 13402: OCSA, 13403: RASSO, 13404: SOC, 8411: MSHT_INTEL,
         8413: MSHT_NRM}


def _pack(path, first_heading="Inspection report"):
    grid = [["Office of the Police, Fire and Crime Commissioner – Audit Panel, 25 November 2024"],
            ["Appendix A – HMICFRS recommendations by report and status (monitoring portal at 5 "
             "November)"],
            [],
            [first_heading, "Published", "Awaiting review", "Being progressed", "Complete",
             "Superseded", "Total"],
            ["NATIONAL REPORTS"],
            [SF, datetime(2017, 10, 24), "–", "8411", "8413", "–", 2],
            ["FORCE REPORTS"],
            [PEEL23, "May 2023", "13401–13402", "13403;\n13404 (see note 1)", "13404", "–", 4],
            ["Total", None, 2, 3, 2, 0, 6],
            [],
            ["Note 1: 13404 was Being progressed in September; the portal now shows Complete."]]
    wording = [["Appendix B – wording of each recommendation"], [],
               ["Ref", "Type", "Wording"],
               *[[ref, "AFI" if ref > 10000 else "National recommendation", text]
                 for ref, text in sorted(TEXTS.items(), key=lambda kv: str(kv[0]))]]
    return write_xlsx(path, {"Appendix A": grid, "Appendix B": wording})


def test_each_item_takes_its_report_and_status_from_the_cell_its_id_is_in(tmp_path):
    side = load_side(_pack(tmp_path / "hmicfrs.xlsx"), "hmicfrs")
    items = side.items.set_index(side.items["ref"].astype(str))
    assert sorted(items.index) == ["13401", "13402", "13403", "13404", "8411", "8413"]
    assert items.loc["8411", "status"] == "Being progressed"
    assert items.loc["8413", "status"] == "Complete"
    assert items.loc["13402", "status"] == "Awaiting review"       # inside "13401–13402"
    assert items.loc["13403", "status"] == "Being progressed"
    # Listed under two statuses: neither is sure, so none is given.
    assert items.loc["13404", "status"] != items.loc["13404", "status"]
    assert items.loc["8411", "report"] == SF
    assert items.loc["13401", "report"] == PEEL23
    assert items.loc["13401", "published"] == "May 2023"
    reasons = dict(zip(side.skipped["row"][side.skipped["sheet"] == "Appendix A"],
                       side.skipped["reason"][side.skipped["sheet"] == "Appendix A"],
                       strict=True))
    assert reasons[6].startswith("a report's row of the status grid")
    assert reasons[4].startswith("the status grid's header")


def test_a_pack_reconciled_by_its_grid(tmp_path):
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": tracker(
        (SF, [(1, "8411", "Within six months, have active information-sharing agreements "
                          "with partner agencies", None, "DI Shaw", "GREEN"),
              (2, "8413", "Comply fully with the NRM process and duty to notify", None,
               "DI Shaw", "AMBER")]),
        (PEEL23, [(3, "13401", COUNTY, None, "D/Supt Kaur", "AMBER")]))})
    rec = reconcile_files(_pack(tmp_path / "hmicfrs.xlsx"), f)
    cats = {r.force_row: r.category for r in rec.items.itertuples() if r.force_row}
    assert cats == {"Tracker!5": "closeable_submit", "Tracker!6": "closeable_local",
                    "Tracker!8": "in_sync"}


def test_a_grid_read_as_items_is_set_aside(tmp_path):
    """Headed "Recommendations", the grid's column of report names reads as texts: its rows
    are the grid's, not items, once its cells list the wording sheet's ids."""
    side = load_side(_pack(tmp_path / "hmicfrs.xlsx", "Recommendations"), "hmicfrs")
    assert set(side.items["sheet"]) == {"Appendix B"}
    assert side.items.set_index(side.items["ref"].astype(str)).loc["8413", "status"] == "Complete"
    grid_rows = side.skipped[side.skipped["sheet"] == "Appendix A"].set_index("row")["reason"]
    assert grid_rows[6].startswith("a report's row of the status grid")
