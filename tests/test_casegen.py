"""The labelled-case generator: deterministic, complete, and its provenance is right."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from reconcile.casegen import FAMILIES, TEST_SEEDS, TRAIN_SEEDS, generate_case
from reconcile.casegen.case import case_plan
from reconcile.config import Config
from reconcile.evaluate import read_truth
from reconcile.load import load_side


def _values(path: Path) -> list[list[object]]:
    """Every cell of a file, sheet by sheet (xlsx bytes carry a save time; values do not)."""
    if path.suffix == ".csv":
        return [path.read_bytes()]  # type: ignore[list-item]
    wb = load_workbook(path)
    out = [[ws.title, [list(r) for r in ws.iter_rows(values_only=True)]] for ws in wb.worksheets]
    wb.close()
    return out


def _cells(path: Path, text_header: str) -> dict[str, str]:
    """`Sheet!Row` (or `file.csv!Row`) -> the text in the column headed `text_header`."""
    out = {}
    if path.suffix == ".csv":
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1252")
        rows = list(csv.reader(text.splitlines(keepends=True)))
        col = rows[0].index(text_header)
        for n, r in enumerate(rows[1:], start=2):
            out[f"{path.name}!{n}"] = r[col]
        return out
    wb = load_workbook(path)
    for ws in wb.worksheets:
        col = None
        for n, r in enumerate(ws.iter_rows(values_only=True), start=1):
            if col is None and text_header in r:
                col = r.index(text_header)
            elif col is not None and len(r) > col and r[col]:
                out[f"{ws.title}!{n}"] = str(r[col])
    wb.close()
    return out


@pytest.mark.parametrize("family", FAMILIES)
def test_same_seed_same_case(tmp_path, family):
    a = generate_case(7, tmp_path / "a", family=family, items=60)
    b = generate_case(7, tmp_path / "b", family=family, items=60)
    assert (a / "truth.csv").read_bytes() == (b / "truth.csv").read_bytes()
    assert (a / "meta.json").read_bytes() == (b / "meta.json").read_bytes()
    for name in json.loads((a / "meta.json").read_text())["hmicfrs"], "tracker.xlsx":
        if (a / name).exists():
            assert _values(a / name) == _values(b / name)
    c = generate_case(8, tmp_path / "c", family=family, items=60)
    assert (c / "truth.csv").read_bytes() != (a / "truth.csv").read_bytes()


@pytest.mark.parametrize("family", FAMILIES)
def test_every_item_row_in_truth_and_provenance_holds_the_text(tmp_path, family):
    case = generate_case(11, tmp_path, family=family, items=80, kinds=frozenset(range(1, 12)))
    meta = json.loads((case / "meta.json").read_text())
    truth = read_truth(case / "truth.csv")
    list_header = "Recommendation text" if meta["family"] == "sharepoint" else "Recommendation"
    h_cells = _cells(case / meta["hmicfrs"], list_header)
    f_cells = _cells(case / meta["tracker"], meta["text_header"])
    assert set(truth["hmicfrs_row"].dropna()) == set(h_cells)
    assert set(truth["force_row"].dropna()) == set(f_cells)
    # A pair's force text shares words with its list text (split parts and summaries too).
    pairs = truth.dropna(subset=["hmicfrs_row", "force_row"])
    for h, f in zip(pairs["hmicfrs_row"], pairs["force_row"], strict=True):
        h_words = {w.lower().strip(".,;:•") for w in h_cells[h].split() if len(w) > 5}
        f_words = {w.lower().strip(".,;:•") for w in f_cells[f].split() if len(w) > 5}
        assert h_words & f_words, (h, f, f_cells[f])


@pytest.mark.parametrize("family", FAMILIES)
def test_each_family_loads_without_config(tmp_path, family):
    case = generate_case(5, tmp_path, family=family, items=60)
    meta = json.loads((case / "meta.json").read_text())
    truth = read_truth(case / "truth.csv")
    cfg = Config()
    h = load_side(case / meta["hmicfrs"], "hmicfrs", cfg.hmicfrs)
    f = load_side(case / meta["tracker"], "force", cfg.force)
    assert set(h.items["row_id"]) == set(truth["hmicfrs_row"].dropna())
    assert set(f.items["row_id"]) == set(truth["force_row"].dropna())


def test_splits_are_disjoint_and_cover_every_size_band():
    from reconcile.casegen.seeds import FRESH_SEEDS, split_seeds

    assert not set(TRAIN_SEEDS) & set(TEST_SEEDS)
    assert not set(FRESH_SEEDS) & (set(TEST_SEEDS) | set(TRAIN_SEEDS))
    assert split_seeds("fresh") == FRESH_SEEDS
    for seeds in (TRAIN_SEEDS, TEST_SEEDS):
        sizes = [case_plan(s)[1] for s in seeds]
        assert min(sizes) <= 100 and any(100 < n <= 500 for n in sizes) and max(sizes) > 500
        assert len({case_plan(s)[0] for s in seeds}) >= 6


def test_each_fire_report_of_a_joint_list_is_a_report_of_its_own():
    """The fire reports' titles share their first 30 letters ("Fire and rescue service
    inspection 2021/22 – Effectiveness", "... 2023-25"): keyed by that prefix they were one
    report, so the tracker filed every fire item under the first one's heading and date while
    the truth called them in sync."""
    import random

    from reconcile.casegen.case import _fire_items

    reports: dict = {}
    items = _fire_items(random.Random(1), 0, reports)
    titles = {it.report for it in items}
    assert len({it.report_id for it in items}) == len(titles) == 4
    assert {reports[it.report_id].title for it in items} == titles
