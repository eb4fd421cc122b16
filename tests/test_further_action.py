"""A committee appendix with no status column: each row says what has been done and what is
left ("Further action required"), a lead who has finished writing "None", "Nil" or "N/A".

Texts are real public HMICFRS texts (Open Government Licence); the appendix is invented.
"""

from __future__ import annotations

from datetime import datetime

from builders import register, write_xlsx

from reconcile import reconcile_files
from reconcile.casegen.texts.national import NATIONAL
from reconcile.load import load_side

TITLE, PUBLISHED, ITEMS = NATIONAL["stolen"]
LEFT = ["None", "Nil – submitted for closure 03/02/25", "Sign remaining 3 local authority ISAs",
        "None at this stage – awaiting revised national guidance",
        "No further action required by the force – remainder is for HO/NPCC", None, "N/A"]


def _appendix(path):
    head = ["No.", "Recommendation (summary)", "Action taken to date", "Further action required",
            "Lead"]
    rows = [[f"8.0{k + 1}", text, "Work reported to the board.", left, "D/Supt Force CID"]
            for k, ((_, text), left) in enumerate(zip(ITEMS, LEFT, strict=True))]
    return write_xlsx(path, {"Assurance tracker": [["HMICFRS recommendations – position"], [],
                                                   head, *rows]})


def test_nothing_left_to_do_is_done_and_anything_else_open(tmp_path):
    side = load_side(_appendix(tmp_path / "tracker.xlsx"), "force")
    status = list(side.items["status"])
    assert [s.split(" (")[0] if isinstance(s, str) else None for s in status] == [
        "Complete", "Complete", "Open", "Open", "Complete", None, "Complete"]
    assert status[0] == "Complete (Further action required: None)"
    assert "status read from 'Further action required'" in side.sheets[0].note


def test_the_appendix_reconciles(tmp_path):
    h = register(tmp_path / "hmicfrs.xlsx", [(8601 + k, TITLE, datetime(*PUBLISHED), kind, text)
                                             for k, (kind, text) in enumerate(ITEMS)],
                 "Being progressed")
    rec = reconcile_files(h, _appendix(tmp_path / "tracker.xlsx"))
    cats = dict(zip(rec.items["force_row"], rec.items["category"], strict=True))
    assert cats["Assurance tracker!4"] == "closeable_submit"          # None
    assert cats["Assurance tracker!6"] == "in_sync"                   # work still to do
    assert cats["Assurance tracker!7"] == "in_sync"                   # "None at this stage"
    assert cats["Assurance tracker!8"] == "closeable_submit"          # not the force's
