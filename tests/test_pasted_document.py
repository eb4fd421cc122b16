"""A committee paper's appendix, a Word table updated with Track Changes on, copied with the
changes showing and pasted into Excel: each paragraph of a cell lands on a row of its own and
the row's other cells (No., lead, RAG) are merged down over those rows; a RAG changed by a
tracked edit reads "~~Amber~~Green", the old word struck through.

Texts are real public HMICFRS texts (Open Government Licence); the paper is invented.
"""

from __future__ import annotations

from datetime import datetime

import openpyxl
from builders import CONTROL_ROOM, FIREARMS, LEADERSHIP, register, write_xlsx
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from reconcile import reconcile_files
from reconcile.load import load_side

EFF = "PEEL: Police efficiency 2017"
SF = "Stolen freedom"
ITEMS = [(8410, SF, datetime(2017, 10, 24), "National recommendation", LEADERSHIP),
         (9102, EFF, datetime(2017, 11, 9), "National recommendation", FIREARMS),
         (9103, EFF, datetime(2017, 11, 9), "Recommendation", CONTROL_ROOM)]


def _paper(path):
    rows = [["Appendix A – HMICFRS recommendations: position at 30 November 2023"], [],
            ["No.", "Recommendation / Area for Improvement", "Lead", "Progress update", "RAG"],
            ["Stolen freedom (October 2017)"],
            # One item over four rows: the text's stem and its bullets, the update's lines.
            ["1.1", "Review MSHT leadership & governance to ensure that:", "D/Supt Marsh",
             "Governance board in place since 2018.", "Amber"],
            [None, "· senior leaders prioritise the MSHT response;", None,
             "Quarterly performance report to FET.", None],
            [None, "· every MSHT incident gets resources to investigate it;", None, None, None],
            [None, "· effective partnership arrangements to share information & safeguard "
                   "victims;", None, None, None],
            [None, "· performance & QA measures in place", None, None, None],
            ["PEEL: Police efficiency 2017"],
            ["1.2", "Within 3 months assess demand on firearms licensing & capacity to meet it",
             "Supt Ops", "Demand assessment complete; two FEOs recruited.", "AmberGreen"],
            ["1.3", "Ensure sufficient control room resources to meet demand & staff wellbeing",
             "Ch Supt Contact", "Resourcing model refreshed.", "Green"]]
    merges = ["A4:E4", "A10:E10", "A5:A9", "C5:C9", "E5:E9"]
    write_xlsx(path, {"Sheet1": rows}, merges={"Sheet1": merges})
    wb = openpyxl.load_workbook(path)
    # The RAG's tracked change: "Amber" struck through, "Green" inserted.
    wb["Sheet1"]["E11"] = CellRichText(TextBlock(InlineFont(strike=True), "Amber"),
                                       TextBlock(InlineFont(), "Green"))
    wb.save(path)
    return path


def test_each_paragraph_of_a_pasted_cell_is_the_item_above(tmp_path):
    side = load_side(_paper(tmp_path / "tracker.xlsx"), "force")
    items = side.items.set_index("row")
    assert list(items.index) == [5, 11, 12]
    assert "every MSHT incident gets resources" in items.loc[5, "text"]
    assert "Quarterly performance report" in items.loc[5, "progress"]
    reasons = side.skipped.set_index("row")["reason"]
    assert all(reasons.loc[r].startswith("the next line of the item above") for r in (6, 7, 8, 9))


def test_a_struck_status_word_is_replaced_by_the_one_after_it(tmp_path):
    side = load_side(_paper(tmp_path / "tracker.xlsx"), "force")
    assert side.items.set_index("row").loc[11, "status"] == "Green"


def test_the_pasted_paper_reconciles_item_by_item(tmp_path):
    h = register(tmp_path / "hmicfrs.xlsx", ITEMS, "Being progressed")
    rec = reconcile_files(h, _paper(tmp_path / "tracker.xlsx"))
    lines = rec.items.set_index("force_row")
    assert dict(lines["category"]) == {"Sheet1!5": "in_sync", "Sheet1!11": "closeable_submit",
                                       "Sheet1!12": "closeable_submit"}
