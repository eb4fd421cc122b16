"""The bundled sample: `reconcile demo` reproduces the person-checked outcome line for line."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from reconcile import reconcile_files, sample_files
from reconcile.cli import main

EXPECTED = Path(__file__).parent / "data" / "sample_expected.csv"


def expected_lines() -> set[tuple[str, str, str]]:
    with EXPECTED.open(encoding="utf-8", newline="") as fh:
        return {(r["hmicfrs_row"], r["force_row"], r["category"]) for r in csv.DictReader(fh)}


@pytest.fixture(scope="module")
def demo_csv(tmp_path_factory) -> list[dict[str, str]]:
    out = tmp_path_factory.mktemp("demo")
    result = CliRunner().invoke(main, ["demo", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "reconciliation.xlsx").exists()
    with (out / "reconciliation.csv").open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_demo_matches_the_person_checked_outcome(demo_csv):
    got = {(r["hmicfrs_row"], r["force_row"], r["category"]) for r in demo_csv}
    want = expected_lines()
    assert sorted(got - want) == [] and sorted(want - got) == []


def test_every_category_is_represented_in_the_sample(demo_csv):
    assert {r["category"] for r in demo_csv} == {
        "closeable_submit", "closeable_local", "conflict", "missing_from_force",
        "not_on_hmicfrs_list", "review", "in_sync"}


def test_every_row_of_both_files_is_an_output_line_or_explained():
    rec = reconcile_files(*sample_files())
    for side, col in ((rec.hmicfrs, "hmicfrs_row"), (rec.force, "force_row")):
        out = rec.items[col].dropna()
        assert set(out) == set(side.items["row_id"])
        if side.side == "force":   # only HMICFRS rows repeat: once per part of a split item
            assert sorted(out) == sorted(side.items["row_id"])
        for rep in side.sheets:
            assert rep.rows == rep.items + rep.explained, rep
    assert bool(rec.tie_out()["ties out"].all())
    reasons = set(rec.force.skipped["reason"])
    assert "report title row: sets the report for the rows below it" in reasons
    assert "header row" in reasons
