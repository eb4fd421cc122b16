"""Every file of the corpus through the real CLI: messy ones read right, bad ones refused well.

The corpus (tests/corpus/files, made by tests/corpus/make_corpus.py) holds what forces and
HMICFRS really send and what an attacker could: see manifest.csv for each file's expected
outcome. For every run: no traceback, the input byte-identical afterwards. A refused file
exits 2 with one message naming the file (and the sheet, line or part at fault) and writes
nothing. A messy file reads the expected items, each force row once in the CSV, the facts in
the manifest hold, Run info says what the manifest says it must, and no cell of the workbook
written is a formula.
"""

from __future__ import annotations

import csv
import hashlib
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from builders import is_our_formula
from click.testing import CliRunner

from reconcile.cli import main
from reconcile.write.files import FORMULA_START

CORPUS = Path(__file__).parent / "corpus"
FILES = CORPUS / "files"
PARTNER = {"hmicfrs": FILES / "_partner_hmicfrs.xlsx", "force": FILES / "_partner_force.xlsx"}
with (CORPUS / "manifest.csv").open(encoding="utf-8", newline="") as _fh:
    CASES = list(csv.DictReader(_fh))
OK = [c for c in CASES if c["expect"] == "ok"]
BAD = [c for c in CASES if c["expect"] == "error"]


def sha256(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None


def run(case: dict[str, str], out: Path):
    path = FILES / case["file"]
    if case["side"] == "force":
        args = [PARTNER["hmicfrs"], path]
    elif case["side"] == "hmicfrs":
        args = [path, PARTNER["force"]]
    else:
        args = [PARTNER["hmicfrs"], PARTNER["force"], "--config", path]
    return CliRunner().invoke(main, ["run", *map(str, args), "--out", str(out / "r.xlsx"),
                                     "--csv", str(out / "r.csv")])


def test_the_corpus_is_big_small_and_all_in_the_manifest():
    files = {p.name for p in FILES.iterdir()} - {p.name for p in PARTNER.values()}
    listed = {c["file"] for c in CASES}
    assert len(CASES) >= 40 and len(OK) >= 20 and len(BAD) >= 20
    assert files == listed - {"does_not_exist.xlsx"}
    assert not (FILES / "does_not_exist.xlsx").exists()
    assert sum(p.stat().st_size for p in FILES.rglob("*") if p.is_file()) < 2 * 1024 * 1024


@pytest.mark.parametrize("case", BAD, ids=[c["file"] for c in BAD])
def test_bad_input_exits_2_with_one_clear_message_and_writes_nothing(case, tmp_path):
    path = FILES / case["file"]
    before = sha256(path)
    result = run(case, tmp_path)
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    message = result.output
    assert message.startswith("Error: ") and "Traceback" not in message
    assert str(path) in message                                  # names the file
    for fragment in case["message"].split(";"):
        assert fragment in message, (fragment, message)
    if case["where"]:
        assert case["where"] in message, message                 # and where in it
    assert len(message.strip().splitlines()) == 1                # one paragraph
    assert list(tmp_path.iterdir()) == []                        # nothing written
    assert sha256(path) == before                                # input untouched


@pytest.mark.parametrize("case", OK, ids=[c["file"] for c in OK])
def test_messy_input_is_read_and_every_row_accounted_for(case, tmp_path):
    path = FILES / case["file"]
    before = sha256(path)
    result = run(case, tmp_path)
    assert result.exit_code == 0, result.output
    assert "do not tie out" not in result.output
    limit = csv.field_size_limit(1 << 24)  # the long_field.csv case writes a 150 KB cell
    try:
        with (tmp_path / "r.csv").open(encoding="utf-8-sig", newline="") as fh:
            lines = list(csv.DictReader(fh))
    finally:
        csv.field_size_limit(limit)
    side = case["side"]
    rows = [line[f"{side}_row"] for line in lines if line[f"{side}_row"]]
    if side == "force":
        assert len(rows) == len(set(rows)), "a force row appears twice"
    assert len(set(rows)) == int(case["items"]), sorted(set(rows))

    by_row = {}
    for line in lines:
        by_row.setdefault(line[f"{side}_row"], line)
    run_info = _read_back(tmp_path / "r.xlsx")
    for check in filter(None, case["checks"].split(";")):
        if m := re.fullmatch(r"(\w+)@(.+?!\d+)=(.*)", check, re.S):
            fld, row_id, want = m.groups()
            assert row_id in by_row, (row_id, sorted(by_row))
            if want.startswith(FORMULA_START):   # the CSV escapes it for Excel (OWASP)
                want = f"'{want}"
            assert by_row[row_id][f"{side}_{fld}"] == want, (check, by_row[row_id][f"{side}_{fld}"])
        elif check.startswith("note~"):
            assert any(check[5:] in str(v) for row in run_info for v in row), check
        elif m := re.fullmatch(r"skip@(.+?!\d+)~(.*)", check):
            row_id, reason = m.groups()
            assert any(row_id in row and any(reason in str(v) for v in row) for row in run_info), check
        else:  # pragma: no cover - a typo in the manifest
            raise AssertionError(f"unknown check {check!r}")
    assert sha256(path) == before


def _read_back(path: Path) -> list[tuple]:
    """The Run info sheet's rows; on the way, check nothing written is ever evaluated: no
    formula cell in any sheet but the Summary's own counts, no macro part in the package."""
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    assert cell.data_type != "f" or is_our_formula(
                        ws.title, cell.column_letter, cell.value), \
                        f"{ws.title}!{cell.coordinate}: {cell.value!r}"
        run_info = [tuple(r) for r in wb["Run info"].iter_rows(values_only=True)]
    finally:
        wb.close()
    with zipfile.ZipFile(path) as zf:
        assert not [n for n in zf.namelist() if "vba" in n.lower() or n.endswith(".bin")]
    return run_info


# ------------------------------------------------------------- the command, not the files


def invoke(*args: object):
    return CliRunner().invoke(main, ["run", *map(str, args)])


def test_the_same_file_twice_is_refused(tmp_path):
    h = PARTNER["hmicfrs"]
    result = invoke(h, h, "--out", tmp_path / "r.xlsx")
    assert result.exit_code == 2 and "same file was given as both" in result.output
    assert str(h) in result.output and list(tmp_path.iterdir()) == []


def test_an_output_over_an_input_is_refused_and_the_input_kept(tmp_path):
    h, f = PARTNER["hmicfrs"], FILES / "btp_progress_chart.xlsx"
    before = sha256(f)
    for flag in ("--out", "--csv"):
        args = ["--out", tmp_path / "r.xlsx", "--csv", f] if flag == "--csv" else ["--out", f]
        result = invoke(h, f, *args)
        assert result.exit_code == 2 and "is one of the inputs" in result.output
        assert str(f) in result.output
    assert sha256(f) == before and list(tmp_path.iterdir()) == []


def test_an_output_folder_that_does_not_exist_or_is_a_file(tmp_path):
    h, f = PARTNER["hmicfrs"], PARTNER["force"]
    result = invoke(h, f, "--out", tmp_path / "missing" / "r.xlsx")
    assert result.exit_code == 2 and "does not exist" in result.output
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    result = invoke(h, f, "--out", tmp_path / "afile" / "r.xlsx")
    assert result.exit_code == 2 and "Traceback" not in result.output
