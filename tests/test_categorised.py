"""A tracker kept as a Lotus Notes database, exported from a categorised view "By Report \\
Status": the report on a row of its own, the status on a row of its own under it, the
documents under those with neither, a response (an update) under a document, counts beside
each category. Each document takes the report and status of the categories above it.

Texts are real public HMICFRS texts (Open Government Licence); the database, names and
statuses are invented.
"""

from __future__ import annotations

import csv

from builders import COUNTY, OCSA, PEEL23, RASSO, SF, write_xlsx

from reconcile import reconcile_files
from reconcile.casegen.texts import MSHT_INTEL, MSHT_NRM
from reconcile.load import load_side

HEADER = ["Report", "Status", "", "Our Ref", "HMIC ID", "Type", "Recommendation / AFI", "Lead",
          "Target Date", "Recs"]


def _doc(ref: str, hmic: str, kind: str, text: str, lead: str) -> list:
    return ["", "", "", ref, hmic, kind, text, lead, "31/03/2025", "1"]


def _view(path):
    rows = [HEADER,
            ["(Not Categorized)", "", "", "", "", "", "", "", "", "1"],
            ["", "1. Open - On Track", "", "", "", "", "", "", "", "1"],
            _doc("OL/20/078", "", "", "Deliver refresher training on domestic abuse to all "
                 "response and neighbourhood officers", "Mark Doyle/PPU/WMERCIA"),
            ["PEEL 2023/25", "", "", "", "", "", "", "", "", "3"],
            ["", "1. Open - On Track", "", "", "", "", "", "", "", "2"],
            _doc("OL/23/101", "13401", "AFI", COUNTY, "Rebecca Holt/Intel/WMERCIA"),
            ["", "", "21/09/2024 Rebecca Holt/Intel/WMERCIA: county lines profile refreshed – "
             "keep open", "", "", "", "", "", "", ""],
            _doc("OL/23/102", "13402", "AFI", OCSA, "Mark Doyle/PPU/WMERCIA"),
            ["", "4. Closed", "", "", "", "", "", "", "", "1"],
            _doc("OL/23/103", "13403", "AFI", RASSO, "Tom Whitfield/CJ/WMERCIA"),
            ["Stolen freedom 2017", "", "", "", "", "", "", "", "", "2"],
            ["", "Complete", "", "", "", "", "", "", "", "1"],
            _doc("OL/17/041", "8411", "National Rec", MSHT_INTEL, "Helen Price/Crime/WMERCIA"),
            ["", "2. Open - Off Track", "", "", "", "", "", "", "", "1"],
            _doc("OL/17/043", "8413", "National Rec", MSHT_NRM, "Helen Price/Crime/WMERCIA"),
            ["", "", "", "", "", "", "", "", "", "7"]]
    with path.open("w", newline="", encoding="cp1252") as f:
        csv.writer(f, quoting=csv.QUOTE_ALL).writerows(rows)
    return path


def test_each_document_takes_the_categories_above_it(tmp_path):
    side = load_side(_view(tmp_path / "tracker.csv"), "force")
    items = side.items.set_index("row")
    assert sorted(items.index) == [4, 7, 9, 11, 14, 16]
    assert items.loc[7, "report"] == "PEEL 2023/25"
    assert items.loc[7, "status"] == "1. Open - On Track"
    assert items.loc[9, "status"] == "1. Open - On Track"
    assert items.loc[11, "status"] == "4. Closed"
    assert items.loc[14, "report"] == "Stolen freedom 2017"
    assert items.loc[14, "status"] == "Complete"
    assert items.loc[16, "status"] == "2. Open - Off Track"
    # "(Not Categorized)" is no report.
    assert not isinstance(items.loc[4, "report"], str)
    reasons = dict(zip(side.skipped["row"], side.skipped["reason"], strict=True))
    assert reasons[5].startswith("a category row of the view: its report")
    assert reasons[6].startswith("a category row of the view: its status")


def test_a_categorised_view_reconciled(tmp_path):
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Definitive list": [
        ["Reference", "Report title", "Type", "Recommendation", "Status"],
        [13401, PEEL23, "Area for improvement", COUNTY, "Being progressed"],
        [13402, PEEL23, "Area for improvement", OCSA, "Being progressed"],
        [13403, PEEL23, "Area for improvement", RASSO, "Being progressed"],
        [8411, SF, "National recommendation", MSHT_INTEL, "Being progressed"],
        [8413, SF, "National recommendation", MSHT_NRM, "Complete"]]})
    rec = reconcile_files(h, _view(tmp_path / "tracker.csv"))
    cats = {r.force_row: r.category for r in rec.items.itertuples() if r.force_row}
    assert cats == {"tracker.csv!4": "not_on_hmicfrs_list", "tracker.csv!7": "in_sync",
                    "tracker.csv!9": "in_sync", "tracker.csv!11": "closeable_submit",
                    "tracker.csv!14": "closeable_submit", "tracker.csv!16": "closeable_local"}
