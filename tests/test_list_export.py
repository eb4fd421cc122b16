"""A SharePoint list exported by a script (Windows PowerShell's Export-Csv of PnP's
Get-PnPListItem): a "#TYPE" line above the header, the list's internal names, its folders
and template item among the items, a register id as free text ("#13402 #13404" on a row
holding two items). A team that moves a finished item into its "Closed" folder has closed
it, whatever its status choice still says; its "Archive (pre-2018)" folder says nothing of
the status.

Texts are real public HMICFRS texts (Open Government Licence); the list, ids, folders and
statuses are invented.
"""

from __future__ import annotations

import csv

from builders import COUNTY, OCSA, PEEL23, RASSO, SF, SOC, write_xlsx

from reconcile import reconcile_files
from reconcile.casegen.texts import MSHT_INTEL, MSHT_NRM
from reconcile.load import load_side
from reconcile.normalise import ref_key

ROOT = "/sites/StrategicPlanning/Lists/HMICFRS Recommendations"
HEADER = ["ID", "Title", "HMICFRS_x0020_Ref", "Report", "Recommendation_x0020_text",
          "Progress_x0020_status", "Closure_x0020_approved", "FileDirRef", "FSObjType"]


def _export(path):
    rows = [
        ["1", "TEMPLATE - copy this item", None, None,
         "Paste the recommendation text exactly as published by HMICFRS. One item per "
         "recommendation / AFI. Put the register number in HMICFRS Ref.", "Not started", None,
         ROOT, "0"],
        ["2", "PEEL AFI 1", "13401", "PEEL 2023-25", COUNTY, "On track", None, ROOT, "0"],
        ["3", "PEEL AFI 2 & 4", "#13402 #13404", "PEEL 2023-25", f"{OCSA} {SOC}", "On track",
         None, ROOT, "0"],
        ["4", "PEEL AFI 3", "13403", "PEEL 2023-25", RASSO, "On track", "08/07/2024 23:00:00",
         f"{ROOT}/Closed", "0"],
        ["5", "Closed", None, None, None, None, None, ROOT, "1"],
        ["6", "MSHT Rec 1", "HMICFRS 8411", "Stolen Freedom 2017", MSHT_INTEL, "Complete", None,
         f"{ROOT}/Archive (pre-2018)", "0"],
        ["7", "MSHT Rec 3", "8413", "Stolen Freedom 2017", MSHT_NRM, "On track", None,
         f"{ROOT}/Archive (pre-2018)", "0"],
        ["8", "Archive (pre-2018)", None, None, None, None, None, ROOT, "1"],
    ]
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write('#TYPE System.Management.Automation.PSCustomObject\r\n')
        out = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        out.writerow(HEADER)
        out.writerows([["" if v is None else v for v in row] for row in rows])
    return path


def _list(path):
    items = [(13401, PEEL23, COUNTY, "Being progressed"), (13402, PEEL23, OCSA, "Being progressed"),
             (13403, PEEL23, RASSO, "Being progressed"), (13404, PEEL23, SOC, "Awaiting review"),
             (8411, SF, MSHT_INTEL, "Complete"), (8413, SF, MSHT_NRM, "Being progressed")]
    return write_xlsx(path, {"Recommendations": [
        ["Reference", "Report", "Recommendation", "Status"], *map(list, items)]})


def test_an_exported_lists_folders_and_template_are_no_items(tmp_path):
    side = load_side(_export(tmp_path / "tracker.csv"), "force")
    items = side.items.set_index("row_id")
    assert sorted(items.index, key=lambda r: int(r.split("!")[1])) == [
        f"tracker.csv!{r}" for r in (4, 5, 6, 8, 9)]
    reasons = dict(zip(side.skipped["row"], side.skipped["reason"], strict=True))
    assert reasons[3].startswith("a template's placeholder")
    assert {7, 10} <= set(reasons)
    # Two ids with a space between are two ids, not one of ten figures.
    assert ref_key(items.loc["tracker.csv!5", "ref"]) == "13402 13404"
    # In the Closed folder: closed, its stale choice kept beside it.
    assert items.loc["tracker.csv!6", "status"] == "Closed (in the folder 'Closed'; On track)"
    # The archive folder is no status.
    assert items.loc["tracker.csv!9", "status"] == "On track"
    assert "folder 'Closed'" in side.sheets[0].note


def test_an_exported_list_reconciled(tmp_path):
    rec = reconcile_files(_list(tmp_path / "hmicfrs.xlsx"), _export(tmp_path / "tracker.csv"))
    cats = {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}
    assert cats == {
        ("Recommendations!2", "tracker.csv!4"): "in_sync",
        ("Recommendations!3", "tracker.csv!5"): "in_sync",
        ("Recommendations!5", "tracker.csv!5"): "in_sync",
        ("Recommendations!4", "tracker.csv!6"): "closeable_submit",
        ("Recommendations!6", "tracker.csv!8"): "in_sync",
        ("Recommendations!7", "tracker.csv!9"): "in_sync"}
