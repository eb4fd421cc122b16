"""--out names Excel opens, and an output left open in Excel: what the analyst sees."""

from __future__ import annotations

import errno
import os

import openpyxl
import pytest
from builders import two_items
from click.testing import CliRunner

from reconcile.cli import main
from reconcile.write import atomic


@pytest.fixture
def files(pair_files):
    return two_items(pair_files)


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.mark.parametrize(("name", "why"), [
    ("result.xlsm", "macro-enabled"), ("result.xls", "old Excel format"),
    ("result.xlsb", "binary format"), ("result.ods", "LibreOffice"), ("result.csv", "use --csv"),
    ("result", "no extension"), ("result.XLSM", "macro-enabled")])
def test_an_out_name_excel_would_refuse_is_exit_2_before_any_work(tmp_path, name, why):
    """The inputs do not even exist: the name is refused first, naming the fix."""
    got = run("run", tmp_path / "missing-list.xlsx", tmp_path / "missing-tracker.xlsx",
              "--out", tmp_path / name)
    assert got.exit_code == 2
    assert why in got.output and "Use --out result.xlsx." in got.output
    assert "missing-list" not in got.output.replace(str(tmp_path / name), "")
    assert list(tmp_path.iterdir()) == []


def test_an_uppercase_xlsx_is_fine(files, tmp_path):
    h, f = files
    assert run("run", h, f, "--out", tmp_path / "Result.XLSX").exit_code == 0


def test_a_workbook_open_in_excel_is_exit_2_and_the_new_one_is_kept_beside_it(
        files, tmp_path, monkeypatch):
    """Windows refuses to replace a file Excel has open (PermissionError, WinError 32)."""
    h, f = files
    out = tmp_path / "reconciliation.xlsx"
    out.write_bytes(b"last month's workbook, open in Excel")
    replace = os.replace

    def locked(src, dst):
        if os.fspath(dst) == os.fspath(out):
            raise PermissionError(errno.EACCES, "The process cannot access the file because it "
                                  "is being used by another process", os.fspath(dst))
        return replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", locked)
    got = run("run", h, f, "--out", out)
    assert got.exit_code == 2
    assert "Close reconciliation.xlsx in Excel and run again." in got.output
    assert out.read_bytes() == b"last month's workbook, open in Excel"
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("reconciliation ")]
    assert len(kept) == 1 and kept[0].suffix == ".xlsx"
    assert f"kept beside it as {kept[0].name}" in got.output
    book = openpyxl.load_workbook(kept[0], read_only=True)
    assert "Summary" in book.sheetnames
    book.close()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]   # no temp left
