"""A tracker whose only status is a progress bar: a REPT formula's "█████░░░░░ 50%" pasted as
values into a committee pack, the "%" column behind it deleted, leads editing the copy by hand
(a full bar typed with no figure, a figure overtyped without redrawing the bar, a few words
after the figure). The figure decides, else the bar's share of full marks; "▒▒▒ N/A" is the
template's bar for an item that is not the force's to deliver.

Texts are real public HMICFRS texts (Open Government Licence); the tracker is invented.
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
    WORKLOAD,
    register,
    write_xlsx,
)

from reconcile import reconcile_files
from reconcile.load import load_side
from reconcile.normalise import norm_status
from reconcile.normalise.types import builtin_statuses

EFF = "PEEL: Police efficiency 2017"
ITEMS = [(8411, SF, datetime(2017, 10, 24), "National recommendation", MSHT_INTEL),
         (8413, SF, datetime(2017, 10, 24), "National recommendation", MSHT_NRM),
         (8414, SF, datetime(2017, 10, 24), "National recommendation", MSHT_PREVENT),
         (9101, EFF, datetime(2017, 11, 9), "National recommendation", DIGITAL),
         (9102, EFF, datetime(2017, 11, 9), "National recommendation", FIREARMS),
         (9103, EFF, datetime(2017, 11, 9), "Area for improvement", CONTROL_ROOM),
         (9104, EFF, datetime(2017, 11, 9), "Area for improvement", WORKLOAD)]

#: (ref, the Progress cell, what it means for the force)
BARS = [(8411, "██████████ 100%", "done"),
        (8413, "██████████ 95%", "open"),           # REPT rounds 9.5 blocks up: the figure decides
        (8414, "▒▒▒▒▒▒▒▒▒▒ N/A", "done"),            # not the force's to deliver
        (9101, "███░░░░░░░ 100%", "done"),           # figure overtyped, bar not redrawn
        (9102, "■■■■■■■■■■", "done"),                # a full bar typed by hand, no figure
        (9103, "████████░░ 80% – closure pack with DCC", "open"),
        (9104, "#REF!", "")]                         # a formula pasted from the master: no
                                                     # status, counted open


def _tracker(path):
    text = {ref: body for ref, _, _, _, body in ITEMS}
    rows = [["West Midlands Police – HMICFRS recommendations progress (JAC pack copy)"], [],
            ["KEY – Progress"],
            ["██████████ 100%", "Complete – evidence signed off"],
            ["█████░░░░░ 50%", "Delivering"],
            ["▒▒▒▒▒▒▒▒▒▒ N/A", "Not for WMP to deliver (national body)"], [],
            ["SUMMARY"], ["██████████", "Complete", 2], ["▒", "Not for WMP", 1], [],
            ["No.", "HMIC ID", "Recommendation / AFI (lead's summary)", "Lead", "Progress",
             "Latest update"]]
    rows += [[k, ref, text[ref], "Supt Ross", bar, "Update given to the board."]
             for k, (ref, bar, _) in enumerate(BARS, start=1)]
    return write_xlsx(path, {"Tracker": rows})


def test_a_progress_bar_is_the_status(tmp_path):
    loaded = load_side(_tracker(tmp_path / "tracker.xlsx"), "force")
    items = loaded.items.set_index("ref")
    table = builtin_statuses("force")
    said = {ref: norm_status(items.loc[ref, "status"], table) for ref, _, _ in BARS}
    assert said == {ref: want for ref, _, want in BARS}
    assert items.loc[8413, "status"] == "In progress (95%)"
    assert items.loc[9103, "status"] == "In progress (80%; closure pack with DCC)"
    assert items.loc[9102, "status"] == "Complete (100%)"
    # The key and the summary above the header are no items.
    assert len(loaded.items) == len(BARS)


def test_progress_bars_decide_what_is_closeable(tmp_path):
    h = register(tmp_path / "hmicfrs.xlsx", ITEMS, "Being progressed")
    rec = reconcile_files(h, _tracker(tmp_path / "tracker.xlsx"))
    cats = dict(zip(rec.items["force_row"], rec.items["category"], strict=True))
    assert [cats[f"Tracker!{13 + k}"] for k in range(len(BARS))] == [
        "closeable_submit" if want == "done" else "in_sync" for _, _, want in BARS]


def test_a_column_of_figures_with_no_bar_or_sign_is_no_progress(tmp_path):
    """A "Priority" of 1 to 3 under no "%" heading says nothing of how far an item has got."""
    rows = [["No.", "HMIC ID", "Recommendation / AFI", "Lead", "Priority"]]
    rows += [[k, ref, body, "Supt Ross", 1 + k % 3]
             for k, (ref, _, _, _, body) in enumerate(ITEMS, start=1)]
    loaded = load_side(write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": rows}), "force")
    assert loaded.items["status"].isna().all()
