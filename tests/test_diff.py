"""Diff: every status combination lands in exactly one category, with flags that say why."""

from __future__ import annotations

import pytest
from builders import (
    CONTROL_ROOM,
    DIGITAL,
    FIREARMS,
    FORCE_HEADER,
    MSHT_INTEL,
    SF,
)

from reconcile import reconcile_files


def one_pair(pair_files, h_status, f_status, h_type="Recommendation", f_type=None,
             h_text=MSHT_INTEL, f_text=MSHT_INTEL):
    h, f = pair_files(
        [(1, SF, None, h_type, h_text, h_status)],
        [["Tracker"], FORCE_HEADER, [SF], [1, None, f_text, f_type, "DCI Patel", f_status, None]])
    rec = reconcile_files(h, f)
    assert len(rec.items) == 1, rec.items[["category", "hmicfrs_row", "force_row"]]
    return rec.items.iloc[0]


@pytest.mark.parametrize("h_status, f_status, category", [
    ("Awaiting review", "GREEN", "closeable_submit"),
    ("Being progressed", "Complete", "closeable_submit"),
    ("Being progressed", "pending sign off", "closeable_submit"),
    ("Being progressed", "WHITE", "closeable_submit"),
    ("Complete", "AMBER", "closeable_local"),
    ("Superseded", "In progress", "closeable_local"),
    ("No further action required", "RED", "closeable_local"),
    ("Being progressed", "Amber", "in_sync"),
    ("Complete", "GREEN", "in_sync"),
    ("Superseded", "Blue", "in_sync"),
    # Blank or unrecognised statuses count as open: nothing is closed on a guess.
    ("Being progressed", None, "in_sync"),
    ("Complete", None, "closeable_local"),
    ("Complete", "Parked", "closeable_local"),
    (None, "GREEN", "closeable_submit"),
])
def test_status_combinations(pair_files, h_status, f_status, category):
    row = one_pair(pair_files, h_status, f_status)
    assert row["category"] == category
    assert row["flags"].startswith("HMICFRS: ")
    assert "force: " in row["flags"]


def test_unrecognised_status_is_flagged(pair_files):
    row = one_pair(pair_files, "Complete", "Parked")
    assert "force: Parked (status not recognised: counted as open" in row["flags"]


def test_type_difference_is_a_conflict_even_when_statuses_agree(pair_files):
    row = one_pair(pair_files, "Being progressed", "Amber", h_type="Area for improvement",
                   f_type="Recommendation", h_text=CONTROL_ROOM, f_text=CONTROL_ROOM)
    assert row["category"] == "conflict"
    assert "type differs: HMICFRS area for improvement vs force recommendation" in row["flags"]


def test_same_type_in_other_words_is_not_a_conflict(pair_files):
    row = one_pair(pair_files, "Being progressed", "Amber", h_type="National recommendation",
                   f_type="Rec")
    assert row["category"] == "in_sync"


def test_changed_timescale_is_a_conflict(pair_files):
    twelve = MSHT_INTEL.replace("Within six months", "Within twelve months")
    row = one_pair(pair_files, "Being progressed", "GREEN", f_text=twelve)
    assert row["category"] == "conflict"
    assert "timescale differs: HMICFRS 'within 6 months' vs force 'within 12 months'" in row["flags"]


def test_changed_deadline_is_a_conflict(pair_files):
    row = one_pair(pair_files, "Awaiting review", "Amber", h_text=DIGITAL,
                   f_text=DIGITAL.replace("September 2018", "March 2018"))
    assert row["category"] == "conflict"
    assert "'by september 2018' vs force 'by march 2018'" in row["flags"]


def test_unmatched_rows_on_each_side(pair_files):
    h, f = pair_files(
        [(1, SF, None, "Recommendation", MSHT_INTEL, "Being progressed"),
         (2, "Targeting the risk", None, "Recommendation", FIREARMS, "Complete")],
        [["Tracker"], FORCE_HEADER, [SF], [1, None, MSHT_INTEL, None, "DCI Patel", "Amber", None],
         ["Local"], [1, None, "Review of overtime spend across Finance", None, "Finance", "Red",
                     None]])
    rec = reconcile_files(h, f)
    by_cat = rec.items.set_index("category")
    missing = by_cat.loc["missing_from_force"]
    assert missing["hmicfrs_row"] == "Definitive list!6"
    assert "not found in the force tracker" in missing["flags"]
    assert "already has it closed" in missing["flags"]
    local = by_cat.loc["not_on_hmicfrs_list"]
    assert local["force_row"] == "Tracker!6" and "not on the HMICFRS list" in local["flags"]
    assert rec.counts() == {"closeable_submit": 0, "closeable_local": 0, "conflict": 0,
                            "missing_from_force": 1, "not_on_hmicfrs_list": 1, "review": 0,
                            "in_sync": 1}
