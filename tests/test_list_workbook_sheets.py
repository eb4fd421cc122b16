"""The list's workbook as a PCC's office keeps it: the register's extract on one sheet, a copy
of the force's tracker on another (for a look-up beside each item), a counts sheet. Only the
extract is the list.

Texts are real public HMICFRS texts (Open Government Licence); the workbook is invented.
"""

from __future__ import annotations

from datetime import datetime

from builders import write_xlsx

from reconcile.casegen.texts.national import NATIONAL
from reconcile.load import load_side

STOLEN, PUBLISHED, ITEMS = NATIONAL["stolen"]


def test_a_copy_of_the_forces_tracker_in_the_lists_workbook_is_no_list(tmp_path):
    extract = [["Rec ID", "Inspection", "Published", "Type", "Recommendation", "Status"],
               *[[8321 + k, STOLEN, datetime(*PUBLISHED), kind, text,
                  "Being progressed" if k % 2 else "Complete"]
                 for k, (kind, text) in enumerate(ITEMS[:5])]]
    copy = [["Force tracker as at 30/09/2024"],
            ["HMICFRS ref", "Report", "Recommendation", "RAG", "Lead"],
            *[[8321 + k, "Stolen Freedom 2017", text[:120], rag, "DCI Patel"]
              for k, ((_, text), rag) in enumerate(zip(ITEMS[:5], ["GREEN", "AMBER", "GREEN",
                                                                   "RED", "AMBER"],
                                                       strict=True))]]
    path = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Definitive list 31.10.24": extract,
                                                  "Force tracker 30.09.24": copy})
    side = load_side(path, "hmicfrs")
    assert set(side.items["sheet"]) == {"Definitive list 31.10.24"}
    assert len(side.items) == 5
    why = side.skipped[side.skipped["sheet"] == "Force tracker 30.09.24"]["reason"]
    assert (why.str.startswith("a copy of the force's tracker")).sum() == 5
