"""The one entry point: `reconcile.reconcile(...)` does what `reconcile run` does.

Built on the bundled sample (real public HMICFRS texts). The previous run is last month's: the
force had not yet marked Tracker!12 GREEN, so that item is newly closeable now. A sign-off lead
returned last month's workbook with two decisions, which this run honours.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

import reconcile
from reconcile.cli import main
from reconcile.vocab import CATEGORIES

#: Cells that hold when a run happened or how long it took: the label, then the value beside it.
_TIMED_LABELS = ("run on",)
_TIMED_PREFIX = "time: "


@pytest.fixture(scope="module")
def month(tmp_path_factory) -> dict[str, Path]:
    """Last month's outputs and the workbook a lead returned, beside this month's inputs."""
    d = tmp_path_factory.mktemp("entry")
    h, f = (Path(p) for p in reconcile.sample_files())
    earlier = shutil.copy(f, d / "tracker-last-month.xlsx")
    wb = openpyxl.load_workbook(earlier)
    status = next(c for c in wb["Tracker"][12] if c.value == "GREEN")
    status.value = "Amber"
    wb.save(earlier)
    before = reconcile.reconcile(h, earlier)
    reconcile.write_outputs(before, d / "last-month.xlsx")
    wb = openpyxl.load_workbook(d / "last-month.xlsx")
    for sheet, decision in (("Missing from force", "Add to tracker"), ("Review", "Accept match")):
        ws = wb[sheet]
        cols = {c.value: c.column for c in ws[1]}
        ws.cell(2, cols["Decision"]).value = decision
        ws.cell(2, cols["Decided by"]).value = "Supt Hughes"
    wb.save(d / "returned.xlsx")
    return {"dir": d, "h": h, "f": f, "previous": d / "last-month.xlsx",
            "returned": d / "returned.xlsx"}


@pytest.fixture(scope="module")
def library(month) -> reconcile.Reconciliation:
    return reconcile.reconcile(month["h"], month["f"], decisions=[month["returned"]],
                               previous=month["previous"])


def _cells(path: Path) -> dict[str, list[tuple]]:
    """Every sheet's cell values, with run times and timings blanked (their labels kept)."""
    wb = openpyxl.load_workbook(path)
    out = {}
    for ws in wb:
        rows = []
        for row in ws.iter_rows(values_only=True):
            row = list(row)
            for k, v in enumerate(row[:-1]):
                label = str(v).lower() if isinstance(v, str) else ""
                if label in _TIMED_LABELS or label.startswith(_TIMED_PREFIX):
                    row[k + 1] = "(time)"
            rows.append(tuple(row))
        out[ws.title] = rows
    return out


def test_library_and_command_line_write_the_same_workbook(month, library, tmp_path):
    rec = library
    # The run really used both: a change since last month, and the lead's decisions.
    assert rec.changes is not None
    assert rec.changes.counts()["Newly closeable"] >= 1
    assert rec.changes.counts()["Decision taken"] == 2
    assert set(rec.decisions["signoff_decision"]) == {"Add to tracker", "Accept match"}
    reconcile.write_outputs(rec, tmp_path / "library.xlsx", tmp_path / "library.csv")

    result = CliRunner().invoke(main, [
        "run", str(month["h"]), str(month["f"]), "--out", str(tmp_path / "cli.xlsx"),
        "--csv", str(tmp_path / "cli.csv"), "--decisions", str(month["returned"]),
        "--previous", str(month["previous"]), "--quiet"])
    assert result.exit_code == 0, result.output

    library_cells, cli_cells = _cells(tmp_path / "library.xlsx"), _cells(tmp_path / "cli.xlsx")
    assert list(library_cells) == list(cli_cells)
    assert "Changes since last run" in cli_cells
    for sheet, rows in cli_cells.items():
        assert library_cells[sheet] == rows, sheet
    assert (tmp_path / "library.csv").read_bytes() == (tmp_path / "cli.csv").read_bytes()


def test_one_decisions_file_may_be_given_bare(month, library):
    bare = reconcile.reconcile(month["h"], month["f"], decisions=str(month["returned"]))
    assert bare.decisions["signoff_decision"].tolist() == library.decisions["signoff_decision"].tolist()
    assert bare.changes is None


def test_the_older_call_gives_the_same_lines(month, library):
    old = reconcile.reconcile_files(month["h"], month["f"], None, [month["returned"]])
    assert old.items.equals(library.items)


def test_progress_names_every_stage_in_order(month):
    seen: list[str] = []
    reconcile.reconcile(month["h"], month["f"], previous=month["previous"], progress=seen.append)
    assert seen == ["reading the HMICFRS list", "reading the force tracker", "normalising",
                    "matching", "categorising", "comparing with the previous run"]


def test_counts_follow_the_category_order(library):
    assert tuple(library.counts()) == CATEGORIES
    assert sum(library.counts().values()) == len(library.items)


def test_a_previous_run_that_is_not_an_output_is_refused(month, tmp_path):
    with pytest.raises(reconcile.InputError, match="no items found"):
        reconcile.reconcile(month["h"], month["f"], previous=month["h"])
