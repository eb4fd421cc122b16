"""The definitive list as a report server's CSV export (SSRS): the report's tables one under
another (a block of status counts, a blank line, the items under their own header), each
text box a column named by the designer ("Textbox47" holding the type), the register id as
"RecordId", the title and run stamp repeated on every row.

Texts are real public HMICFRS texts (Open Government Licence); the export is invented.
"""

from __future__ import annotations

import csv

from builders import write_xlsx
from click.testing import CliRunner

from reconcile import reconcile_files
from reconcile.casegen.texts.national import NATIONAL
from reconcile.cli import main
from reconcile.load import load_side

FA, _, FA_ITEMS = NATIONAL["firearms"]
SAS, _, SAS_ITEMS = NATIONAL["sas13"]
RUN = ("HMICFRS Monitoring Portal – Definitive List (Force)", "Force: West Mercia Police",
       "Run 04/11/2024 08:17:42. Open items and items closed in the previous 12 months.")
ITEMS = [(SAS, "09 Jul 2013", 1187, "National recommendation", SAS_ITEMS[0][1], "3 - Complete"),
         (SAS, "09 Jul 2013", 1188, "National recommendation", SAS_ITEMS[1][1],
          "2 - Being progressed"),
         (FA, "15 Sep 2015", 6012, "National recommendation", FA_ITEMS[0][1],
          "2 - Being progressed"),
         (FA, "15 Sep 2015", 6013, "Area for improvement", FA_ITEMS[1][1],
          "2 - Being progressed")]


def _export(path):
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh, lineterminator="\r\n")
        out.writerow(["Textbox2", "Textbox5", "Textbox9", "StatusName", "Textbox21"])
        out.writerows([[*RUN, status, n] for status, n in (
            ("1 - Awaiting review", 0), ("2 - Being progressed", 3), ("3 - Complete", 1),
            ("4 - Superseded", 0), ("5 - No further action required", 0))])
        out.writerow([])
        out.writerow(["Textbox2", "Textbox5", "Textbox9", "ReportTitle", "PublishedDate",
                      "RecordId", "Textbox47", "RecommendationText", "CurrentStatus",
                      "DaysAtStatus"])
        out.writerows([[*RUN, *item, 120 + k] for k, item in enumerate(ITEMS)])
    return path


def _tracker(path):
    return write_xlsx(path, {"Tracker": [
        ["HMICFRS Ref", "Type", "Recommendation", "Status"],
        [1187, "National rec", SAS_ITEMS[0][1], "Complete"],
        [1188, "National rec", SAS_ITEMS[1][1], "In progress"],
        [6021, "National rec", FA_ITEMS[0][1], "In progress"],           # 6012 mistyped
        [6013, "Recommendation", FA_ITEMS[1][1], "In progress"]]})


def test_the_items_table_under_a_block_of_counts_is_read_with_its_own_header(tmp_path):
    side = load_side(_export(tmp_path / "hmicfrs.csv"), "hmicfrs")
    report = side.sheets[0]
    assert report.header_row == 8
    assert list(side.items["row"]) == [9, 10, 11, 12]
    assert list(side.items["text"]) == [item[4] for item in ITEMS]      # commas and all
    assert report.mapping["ref"] == "RecordId"
    assert report.mapping["type"] == "Textbox47"       # by what it holds: type words


def test_the_reference_and_the_type_decide_conflicts(tmp_path):
    rec = reconcile_files(_export(tmp_path / "hmicfrs.csv"), _tracker(tmp_path / "tracker.xlsx"))
    got = rec.items.set_index("hmicfrs_row")
    assert got.loc["hmicfrs.csv!9", "category"] == "in_sync"
    assert got.loc["hmicfrs.csv!11", "category"] == "conflict"
    assert "reference differs" in got.loc["hmicfrs.csv!11", "flags"]
    assert got.loc["hmicfrs.csv!12", "category"] == "conflict"
    assert "type differs: HMICFRS area for improvement vs force recommendation" in got.loc[
        "hmicfrs.csv!12", "flags"]


def test_the_run_finishes(tmp_path):
    h, f = _export(tmp_path / "hmicfrs.csv"), _tracker(tmp_path / "tracker.xlsx")
    result = CliRunner().invoke(main, ["run", str(h), str(f), "--out",
                                       str(tmp_path / "out.xlsx")])
    assert result.exit_code == 0, result.output
