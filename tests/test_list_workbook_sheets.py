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


def test_a_letters_annex_in_parts_by_status_gives_each_item_its_parts_status(tmp_path):
    """A liaison letter's Annex A pasted from Word: no status column, the items in parts by
    the register's status, the report headings within each part, a summary under them."""
    head = ["No.", "Register ID", "Type", "Recommendation / area for improvement", "Comment"]
    rows = [["OFFICIAL"], ["Annex A: recommendations held against West Mercia Police"], [],
            head, ["Part 1 – Open: awaiting review (new or re-opened since the last list)"],
            [f"{STOLEN} (published 24th October 2017)"],
            ["1.1", "8321", "Nat rec", ITEMS[0][1], "New"],
            ["Part 3 – Closed: complete (closed since the last list)"],
            [f"{STOLEN} (published 24th October 2017)"],
            ["3.1", "8322", "Nat rec", ITEMS[1][1], None],
            ["3.2", "8323", None, ITEMS[2][1], None],
            ["Part 4 – Closed: superseded by later inspection"],
            ["4.1", "8324", "Nat rec", ITEMS[3][1], None],
            [], ["Summary"],
            ["Part 1", None, 1, "Open: awaiting review (new or re-opened since the last list)"],
            ["Part 3", None, 2, "Closed: complete (closed since the last list)"],
            ["Part 4", None, 1, "Closed: superseded by later inspection"]]
    side = load_side(write_xlsx(tmp_path / "hmicfrs.xlsx", {"Annex A": rows}), "hmicfrs")
    assert list(side.items["row"]) == [7, 10, 11, 13]
    assert [s.split(" (")[0] for s in side.items["status"]] == [
        "Awaiting review", "Complete", "Complete", "Superseded"]
    why = dict(zip(side.skipped["row"], side.skipped["reason"], strict=True))
    assert all(why[r].startswith("a status's name with its count") for r in (16, 17, 18))
