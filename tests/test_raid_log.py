"""A programme office's RAID log holding the force's HMICFRS actions: "Source" a category of
sources ("HMICFRS National", "HMICFRS PEEL", "Internal audit"), the report named in the
column beside it, "Source detail" ("Stop & Search 2013 Rec 3"); a near-twin recommendation of
2013 and 2015 told apart only by it.

Texts are real public HMICFRS texts (Open Government Licence); the log is invented.
"""

from __future__ import annotations

from datetime import datetime

import openpyxl
from builders import write_xlsx

from reconcile import reconcile_files
from reconcile.casegen.texts.national import NATIONAL
from reconcile.load import load_side

SAS13, DATE13, ITEMS13 = NATIONAL["sas13"]
SAS15, DATE15, ITEMS15 = NATIONAL["sas15"]
CORE, DATE_CORE, CORE_ITEMS = NATIONAL["core"]
#: The community-scrutiny ask, as both reports word it; the force's row shortened alike.
TWIN = ("Explain use of stop and search to the public and arrange for records to be "
        "scrutinised by community representatives")


def _register(path):
    rows = [[1189, SAS13, datetime(*DATE13), "National recommendation", ITEMS13[2][1],
             "Superseded"],
            [5230, SAS15, datetime(*DATE15), "National recommendation", ITEMS15[0][1],
             "Being progressed"],
            [4822, CORE, datetime(*DATE_CORE), "National recommendation", CORE_ITEMS[0][1],
             "Complete"],
            [4823, CORE, datetime(*DATE_CORE), "National recommendation", CORE_ITEMS[1][1],
             "Being progressed"]]
    head = ["Reference", "Report title", "Publication date", "Type", "Recommendation", "Status"]
    return write_xlsx(path, {"Definitive list": [head, *rows]})


def _raid(path):
    head = ["Action ID", "Source", "Source detail", "HMICFRS ref", "Action", "Status"]
    return write_xlsx(path, {
        "Cover": [["Force Improvement Programme – RAID log"], ["Owner: PMO"]],
        "Actions": [["Actions"], [], head,
                    ["A001", "HMICFRS National", "Stop & Search 2 (2015) Rec 1", None, TWIN,
                     "In progress"],
                    ["A002", "HMICFRS National", "Core Business 2014 Rec 1", None,
                     CORE_ITEMS[0][1], "Complete"],
                    ["A003", "HMICFRS National", "Core Business 2014 Rec 2", None,
                     CORE_ITEMS[1][1], "In progress"],
                    ["A004", "Internal audit", "IA 2023/04 procurement", None,
                     "Refresh the contract register and publish it quarterly.", "In progress"]]})


def test_the_report_is_in_the_source_detail_beside_a_category_of_sources(tmp_path):
    side = load_side(_raid(tmp_path / "tracker.xlsx"), "force")
    assert side.sheets[1].mapping["report"] == "Source detail"
    rec = reconcile_files(_register(tmp_path / "hmicfrs.xlsx"), tmp_path / "tracker.xlsx")
    got = rec.items.set_index("force_row")
    # The 2015 report's ask, not its 2013 twin's (the detail names the report).
    assert got.loc["Actions!4", "hmicfrs_row"] == "Definitive list!3"
    assert got.loc["Actions!4", "category"] == "in_sync"
    missing = rec.items[rec.items["category"] == "missing_from_force"]["hmicfrs_row"].tolist()
    assert missing == ["Definitive list!2"]


def test_the_logs_risks_tab_is_no_list_of_items(tmp_path):
    risks = [["Risk ID", "Risk description", "Likelihood", "Impact", "Risk owner", "Status"],
             ["R001", "There is a risk that evidence for legacy HMICFRS recommendations cannot "
                      "be found when HMICFRS asks for it.", 4, 3, "PMO", "Open"],
             ["R002", "There is a risk that owners do not provide monthly updates.", 3, 3,
              "DCC", "Open"],
             ["R003", "Risk that the vetting backlog grows beyond the capacity of the unit.", 3,
              5, "Head of PSD", "Closed"]]
    path = _raid(tmp_path / "tracker.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb.create_sheet("Risks", 1)
    for row in risks:
        ws.append(row)
    wb.save(path)
    side = load_side(path, "force")
    assert set(side.items["sheet"]) == {"Actions"}
    why = side.skipped[side.skipped["sheet"] == "Risks"]
    assert len(why) == 4          # the header and the three risks
    assert why["reason"].str.startswith("a risk log").sum() == 3

