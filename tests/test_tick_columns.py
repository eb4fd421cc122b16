"""A definitive list sent round in a regional group's template: a header on two rows, "HMICFRS
status (tick one)" merged across five columns headed only by codes (AR | BP | C | S | NFA),
every other heading merged down both rows, the codes spelt out in a key line above the table
("Key: AR = Awaiting review · BP = Being progressed · …"), and each item's status a tick in
one of the five (✓, ✔, x, Y or 1, as people type them). Beside them "Status changed" holds the
date of the last change: when, not what.

Texts are real public HMICFRS texts (Open Government Licence); the template is invented.
"""

from __future__ import annotations

from datetime import datetime

from builders import (
    CONTROL_ROOM,
    DIGITAL,
    FIREARMS,
    MSHT_INTEL,
    MSHT_NRM,
    MSHT_PREVENT,
    SF,
    write_xlsx,
)

from reconcile import reconcile_files
from reconcile.load import load_side

EFF = "PEEL: Police efficiency 2017"
CODES = ["AR", "BP", "C", "S", "NFA"]
#: (URN, report, text, the code ticked, the mark typed)
ITEMS = [(8411, SF, MSHT_INTEL, "C", "✓"),
         (8413, SF, MSHT_NRM, "BP", "✔"),
         (8414, SF, MSHT_PREVENT, "AR", "x"),
         (9101, EFF, DIGITAL, "S", "Y"),
         (9102, EFF, FIREARMS, "NFA", 1),
         (9103, EFF, CONTROL_ROOM, "BP", "✓")]
WORDS = {"AR": "Awaiting review", "BP": "Being progressed", "C": "Complete",
         "S": "Superseded", "NFA": "No further action required"}


def _list(path):
    rows = [["East Midlands Regional Inspection Co-ordination – HMICFRS recommendations"],
            ["Position as agreed with the Force Liaison Lead, February 2025"],
            ["Tick ONE status column per row (✓).  Key: " + " · ".join(
                f"{code} = {WORDS[code]}" for code in CODES)], [],
            ["HMICFRS URN", "Inspection / report", "Recommendation / AFI (HMICFRS wording)",
             "HMICFRS status (tick one)", None, None, None, None, "Status changed",
             "FLL comment"],
            ["HMICFRS URN", "Inspection / report", "Recommendation / AFI (HMICFRS wording)",
             *CODES, "Status changed", "FLL comment"]]
    for urn, report, text, code, mark in ITEMS:
        ticks = [mark if c == code else None for c in CODES]
        rows.append([urn, report, text, *ticks, datetime(2024, 5, 2), None])
    merges = ["A5:A6", "B5:B6", "C5:C6", "D5:H5", "I5:I6", "J5:J6"]
    return write_xlsx(path, {"Derbyshire": rows}, merges={"Derbyshire": merges})


def _tracker(path):
    rows = [["Derbyshire Constabulary – HMICFRS tracker"], [],
            ["HMICFRS ref", "Recommendation", "RAG"]]
    rows += [[urn, text, "Complete"] for urn, _, text, _, _ in ITEMS]
    return write_xlsx(path, {"HMICFRS Tracker": rows})


def test_a_tick_under_a_coded_column_is_the_status(tmp_path):
    loaded = load_side(_list(tmp_path / "hmicfrs.xlsx"), "hmicfrs")
    items = loaded.items.set_index("ref")
    assert {urn: items.loc[urn, "status"] for urn, *_ in ITEMS} == {
        urn: f"{WORDS[code]} (ticked under '{code}')" for urn, _, _, code, _ in ITEMS}
    report = loaded.sheets[0]
    # The header is its two rows read as one; the URN is the reference; the dates are no status.
    assert report.header_row == 6
    assert report.mapping["ref"] == "HMICFRS URN"
    assert "status" not in report.mapping


def test_coded_ticks_decide_the_categories(tmp_path):
    rec = reconcile_files(_list(tmp_path / "hmicfrs.xlsx"), _tracker(tmp_path / "tracker.xlsx"))
    cats = dict(zip(rec.items["hmicfrs_row"], rec.items["category"], strict=True))
    open_codes = {"AR", "BP"}
    assert [cats[f"Derbyshire!{7 + k}"] for k in range(len(ITEMS))] == [
        "closeable_submit" if code in open_codes else "in_sync" for *_, code, _ in ITEMS]
