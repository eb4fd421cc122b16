"""A workbook that stays live (issue 16): the Summary's "Decided" counts are formulas over each
category sheet's Excel table, so they move as leads type; each Decision cell is coloured by the
word chosen in it. Read back as formulas, and recalculated by LibreOffice where it is installed."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from reconcile import sample_files
from reconcile.cli import main
from reconcile.vocab import CATEGORIES, CATEGORY_TITLES

PROFILE_DIR = Path(tempfile.gettempdir()) / "reconcile-tests-libreoffice"


@pytest.fixture(scope="module")
def sent(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("live") / "sent.xlsx"
    result = CliRunner().invoke(main, ["run", *sample_files(), "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    return out


def decided_column(path: Path, data_only: bool) -> dict[str, object]:
    ws = openpyxl.load_workbook(path, data_only=data_only)["Summary"]
    rows = {r[0].value: r[2].value for r in ws.iter_rows()}
    return {name: rows[name] for name in [*(CATEGORY_TITLES[c] for c in CATEGORIES), "Total"]}


def fill(path: Path, out: Path, sheet: str, n: int, word: str) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    col = next(c.column for c in ws[1] if c.value == "Decision")
    for r in range(2, 2 + n):
        ws.cell(r, col).value = word
    wb.save(out)


def test_the_decided_counts_are_formulas_over_each_sheets_table(sent):
    formulas = decided_column(sent, data_only=False)
    assert formulas["Closeable - submit"] == "=COUNTA(Closeable_submit[Decision])"
    assert formulas["Not on HMICFRS list"] == "=COUNTA(Not_on_HMICFRS_list[Decision])"
    assert formulas["Total"].startswith("=SUM(C")
    # Stored with the value they have now, for viewers that do not recalculate.
    assert set(decided_column(sent, data_only=True).values()) == {0}
    wb = openpyxl.load_workbook(sent)
    tables = {name for ws in wb for name in ws.tables}
    assert {f.split("(")[1].split("[")[0] for f in formulas.values() if "COUNTA" in f} <= tables


def test_each_decision_is_coloured_by_the_word_chosen(sent):
    ws = openpyxl.load_workbook(sent)["Closeable - submit"]
    col = next(c.column_letter for c in ws[1] if c.value == "Decision")
    rules = {r.formula[0]: r.dxf.fill.bgColor.rgb for rng in ws.conditional_formatting
             if str(rng.sqref).startswith(f"{col}2") for r in rng.rules}
    assert rules['"Agree to close"'].endswith("C6EFCE")   # green: settles the line
    assert rules['"Not yet"'].endswith("FFEB9C")          # amber: work to do
    assert rules['"Reject match"'].endswith("FFC7CE")     # red: undoes the pair


def _libreoffice_calc() -> bool:
    soffice = shutil.which("soffice")
    return bool(soffice) and any(Path(os.path.realpath(soffice)).parent.glob("libsclo.*"))


@pytest.mark.skipif(not _libreoffice_calc(), reason="LibreOffice Calc (soffice) not installed")
def test_the_summary_counts_move_when_a_lead_types_decisions(sent, tmp_path):
    filled = tmp_path / "filled.xlsx"
    fill(sent, filled, "Closeable - submit", 5, "Agree to close")
    subprocess.run([shutil.which("soffice"), "--headless",
                    f"-env:UserInstallation=file://{PROFILE_DIR}", "--convert-to", "csv",
                    "--outdir", str(tmp_path), str(filled)],
                   check=True, capture_output=True, timeout=240)
    with (tmp_path / "filled.csv").open(encoding="utf-8", errors="replace", newline="") as fh:
        rows = {r[0]: r for r in csv.reader(fh) if r}
    assert rows["Category"][:3] == ["Category", "Items", "Decided"]
    assert rows["Closeable - submit"][2] == "5"   # recalculated: five typed on that sheet
    assert rows["Conflict"][2] == "0"
    assert rows["Total"][2] == "5"
