"""The cheap pre-checks ask exactly what the pandera schemas ask, on good and broken frames."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
import pytest

from reconcile import reconcile_files, sample_files
from reconcile.errors import InputError
from reconcile.schemas import (
    check_items,
    check_result,
    items_look_valid,
    items_schema,
    result_looks_valid,
    result_schema,
)


@pytest.fixture(scope="module")
def rec():
    return reconcile_files(*sample_files())


def _pandera_ok(schema, frame) -> bool:
    try:
        schema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors:
        return False
    return True


def _broken_items(items: pd.DataFrame) -> dict[str, pd.DataFrame]:
    dup = items.copy()
    dup.loc[1, "row_id"] = dup.loc[0, "row_id"]
    blank = items.copy()
    blank.loc[2, "text"] = "   "
    missing = items.copy()
    missing.loc[3, "text"] = None
    zero = items.copy()
    zero.loc[0, "row"] = 0
    return {"good": items, "duplicate row id": dup, "blank text": blank,
            "missing text": missing, "row 0": zero}


def test_items_precheck_agrees_with_the_schema(rec):
    for name, frame in _broken_items(rec.force.items).items():
        assert items_look_valid(frame) == _pandera_ok(items_schema(), frame), name


def test_a_broken_loaded_frame_still_gets_pandera_s_report(rec):
    frame = _broken_items(rec.force.items)["blank text"]
    with pytest.raises(InputError, match="text is blank"):
        check_items(frame, "tracker.xlsx")


def test_result_precheck_agrees_with_the_schema(rec):
    items = rec.items
    bad_cat = items.copy()
    bad_cat.loc[0, "category"] = "closable"
    no_rows = items.copy()
    no_rows.loc[0, ["hmicfrs_row", "force_row"]] = None
    big = items.copy()
    big.loc[0, "score"] = 140.0
    for name, frame in {"good": items, "bad category": bad_cat, "no rows": no_rows,
                        "score over 100": big}.items():
        assert result_looks_valid(frame) == _pandera_ok(result_schema(), frame), name
    with pytest.raises(pa.errors.SchemaErrors):
        check_result(bad_cat)
