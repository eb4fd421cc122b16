"""A regional collaboration's register of its forces' lists, one row per item: national items
"Applies to" all the region's forces ("All EM forces"), a force's own items to it by its short
form ("NORTHANTS"), and one cell giving every force's status ("DERBYS – Complete |
NORTHANTS – Being progressed", or in codes "DERBYS: C; NORTHANTS: BP" with a key under the
table). Against Northamptonshire's tracker only its items count, each with its own status.

Texts are real public HMICFRS texts (Open Government Licence); the register, codes and
statuses are invented.
"""

from __future__ import annotations

from builders import COUNTY, MSHT_INTEL, MSHT_NRM, OCSA, PEEL23, RASSO, SF, write_xlsx

from reconcile import reconcile_files
from reconcile.load import load_side


def _register(path):
    rows = [["East Midlands – regional HMICFRS register"], [],
            ["HMICFRS ID", "Applies to", "Report", "Recommendation / AFI", "Force status (portal)"],
            [8411, "All EM forces", SF, MSHT_INTEL,
             "DERBYS – Complete | LEICS – Complete | NORTHANTS – Being progressed"],
            [8413, "All EM forces", SF, MSHT_NRM, "DERBYS: BP; LEICS: C; NORTHANTS: C"],
            [13401, "NORTHANTS", PEEL23, COUNTY, "NORTHANTS: AR"],
            [13402, "NORTHANTS", PEEL23, OCSA, "NORTHANTS: BP"],
            [13403, "DERBYS", PEEL23, RASSO, "DERBYS: BP"],
            [],
            ["Key: AR = Awaiting review; BP = Being progressed; C = Complete; S = Superseded"]]
    return write_xlsx(path, {"EM Regional Register": rows})


def _tracker(path):
    rows = [["Northamptonshire Police – HMICFRS tracker"], [],
            ["HMIC ref", "Recommendation", "RAG"],
            [8411, MSHT_INTEL, "GREEN"], [8413, MSHT_NRM, "GREEN"],
            [13401, COUNTY, "AMBER"], [13402, OCSA, "GREEN"]]
    return write_xlsx(path, {"HMICFRS Tracker": rows})


def test_a_regional_register_is_read_for_the_trackers_force(tmp_path):
    h = _register(tmp_path / "hmicfrs.xlsx")
    items = load_side(h, "hmicfrs").items.set_index("row")
    # "All EM forces" is every force of the region, not a force of its own.
    assert items.loc[4, "force"] == "All EM forces"
    rec = reconcile_files(h, _tracker(tmp_path / "tracker.xlsx"))
    cats = {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}
    # Only Northamptonshire's part of each status cell, its codes read by the key.
    assert cats == {
        ("EM Regional Register!4", "HMICFRS Tracker!4"): "closeable_submit",
        ("EM Regional Register!5", "HMICFRS Tracker!5"): "in_sync",
        ("EM Regional Register!6", "HMICFRS Tracker!6"): "in_sync",
        ("EM Regional Register!7", "HMICFRS Tracker!7"): "closeable_submit"}
    # Derbyshire's own item is left out, with the reason.
    left = rec.hmicfrs.skipped.set_index("row")["reason"]
    assert left.loc[8].startswith("held against DERBYS")
