"""The command line: the contract other tools rely on (arguments, outputs, exit codes)."""

from __future__ import annotations

import csv
import hashlib
import io
import subprocess
import sys
from pathlib import Path

import pytest
from builders import (
    CONTROL_ROOM,
    MSHT_INTEL,
    two_items,
    write_xlsx,
)
from click.testing import CliRunner

from reconcile.cli import main


@pytest.fixture
def files(pair_files):
    return two_items(pair_files)


def invoke(*args: str):
    return CliRunner().invoke(main, [str(a) for a in args])


def digest(*paths: Path) -> list[str]:
    return [hashlib.sha256(p.read_bytes()).hexdigest() for p in paths]


def test_run_writes_workbook_and_csv_and_prints_counts(files, tmp_path):
    h, f = files
    before = digest(h, f)
    result = invoke("run", h, f, "--out", tmp_path / "o.xlsx", "--csv", tmp_path / "o.csv")
    assert result.exit_code == 0, result.output
    assert "closeable_submit        1" in result.output
    assert "closeable_local         1" in result.output
    assert f"Wrote {tmp_path / 'o.xlsx'}" in result.output
    assert (tmp_path / "o.xlsx").stat().st_size > 0
    assert digest(h, f) == before                     # inputs never written to


def test_run_accepts_a_csv_tracker(files, tmp_path):
    h, _ = files
    tracker = tmp_path / "tracker.csv"
    tracker.write_text("No.,Recommendation,RAG\n"
                       f"1,\"{MSHT_INTEL}\",GREEN\n2,\"{CONTROL_ROOM}\",Amber\n", encoding="utf-8")
    result = invoke("run", h, tracker, "--out", tmp_path / "o.xlsx", "--csv", tmp_path / "o.csv")
    assert result.exit_code == 0, result.output
    with (tmp_path / "o.csv").open(encoding="utf-8-sig") as fh:
        rows = {(r["category"], r["hmicfrs_row"], r["force_row"]) for r in csv.DictReader(fh)}
    assert rows == {("closeable_submit", "Definitive list!5", "tracker.csv!2"),
                    ("missing_from_force", "Definitive list!6", ""),
                    ("not_on_hmicfrs_list", "", "tracker.csv!3")}


@pytest.mark.parametrize("make_bad, expected", [
    (lambda d: d / "nope.xlsx", "file not found"),
    (lambda d: d, "is a folder"),
    (lambda d: _write(d / "empty.xlsx", b""), "the file is empty"),
    # Excel's lock file beside a workbook someone has open (165 bytes: the user's name).
    (lambda d: _write(d / "~$tracker.xlsx", b"\x08DCI Patel" + b" " * 154),
     "is the lock file Excel keeps while 'tracker.xlsx' is open"),
    (lambda d: _write(d / "report.xlsx", b"%PDF-1.4\n..."), "is a PDF"),
    (lambda d: _write(d / "notes.xlsx", b"Just some notes\n"), "is not an Excel workbook"),
    (lambda d: _write(d / "broken.xlsx", b"PK\x03\x04garbage"), "cannot be opened"),
    (lambda d: _write(d / "old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100),
     "save it as .xlsx"),
    (lambda d: write_xlsx(d / "nohead.xlsx", {"Sheet1": [["Ref", "Owner", "Colour"],
                                                         [1, "DCI Patel", "GREEN"]]}),
     "no sheet has a column that looks like the recommendation text"),
])
def test_bad_force_file_exits_2_names_the_file_and_writes_nothing(files, tmp_path, make_bad,
                                                                  expected):
    h, _ = files
    bad = make_bad(tmp_path)
    out = tmp_path / "out" / "o.xlsx"
    out.parent.mkdir()
    result = invoke("run", h, bad, "--out", out)
    assert result.exit_code == 2, result.output
    assert expected in result.output
    assert str(bad) in result.output
    assert "Traceback" not in result.output
    assert list(out.parent.iterdir()) == []


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_no_text_column_message_gives_the_config_line(files, tmp_path):
    h, _ = files
    bad = write_xlsx(tmp_path / "t.xlsx", {"Sheet1": [["Ref", "Owner", "Colour"],
                                                     [1, "DCI Patel", "GREEN"]]})
    result = invoke("run", h, bad, "--out", tmp_path / "o.xlsx")
    assert "headers seen in sheet 'Sheet1': 'Ref', 'Owner', 'Colour'" in result.output
    assert '[force.columns] text = "Ref"' in result.output


def test_config_typo_is_refused_with_the_valid_keys(files, tmp_path):
    h, f = files
    cfg = tmp_path / "c.toml"
    cfg.write_text("[match]\nacept = 90\n", encoding="utf-8")
    result = invoke("run", h, f, "--out", tmp_path / "o.xlsx", "--config", cfg)
    assert result.exit_code == 2
    assert "unknown key 'acept'" in result.output and "accept" in result.output
    cfg.write_text("[match]\naccept = \"high\"\n", encoding="utf-8")
    result = invoke("run", h, f, "--out", tmp_path / "o.xlsx", "--config", cfg)
    assert result.exit_code == 2 and "accept must be a number" in result.output


def test_config_maps_headers_and_status_words(files, tmp_path):
    h, _ = files
    f = write_xlsx(tmp_path / "t.xlsx", {"Sheet1": [
        ["Item", "What HMICFRS asked", "Colour"], [1, MSHT_INTEL, "Parked"]]})
    cfg = tmp_path / "c.toml"
    cfg.write_text('[force.columns]\ntext = "What HMICFRS asked"\nstatus = "Colour"\n'
                   '[force.status]\ndone = ["Parked"]\n', encoding="utf-8")
    result = invoke("run", h, f, "--out", tmp_path / "o.xlsx", "--csv", tmp_path / "o.csv",
                    "--config", cfg)
    assert result.exit_code == 0, result.output
    assert "closeable_submit        1" in result.output


def test_same_file_twice_and_out_over_an_input_are_refused(files, tmp_path):
    h, f = files
    result = invoke("run", h, h, "--out", tmp_path / "o.xlsx")
    assert result.exit_code == 2 and "same file was given as both" in result.output
    before = digest(f)
    result = invoke("run", h, f, "--out", tmp_path / "x.xlsx", "--csv", f)
    assert result.exit_code == 2 and "is one of the inputs" in result.output
    assert digest(f) == before and not (tmp_path / "x.xlsx").exists()


def test_out_over_the_previous_workbook_or_the_csv_over_the_workbook_is_refused(files, tmp_path):
    """Found by a probe of the CLI nobody here wrote: `--out nov.xlsx --previous nov.xlsx`
    replaced last month's workbook (an input), and `--csv` naming the `--out` file wrote CSV
    text into the .xlsx. Both stop with exit 2, nothing written."""
    h, f = files
    nov = tmp_path / "nov.xlsx"
    assert invoke("run", h, f, "--out", nov).exit_code == 0
    before = digest(nov)
    result = invoke("run", h, f, "--out", nov, "--previous", nov)
    assert result.exit_code == 2, result.output
    assert "is one of the inputs (the previous run's workbook" in result.output
    assert digest(nov) == before
    dec = tmp_path / "dec.xlsx"
    result = invoke("run", h, f, "--out", dec, "--csv", dec)
    assert result.exit_code == 2 and "given as --out and --csv" in result.output
    assert not dec.exists()


def test_out_folder_that_does_not_exist(files, tmp_path):
    h, f = files
    result = invoke("run", h, f, "--out", tmp_path / "no" / "o.xlsx")
    assert result.exit_code == 2 and "does not exist" in result.output


def test_missing_arguments_are_a_usage_error(files):
    result = invoke("run", files[0])
    assert result.exit_code == 2 and "Missing argument" in result.output


def test_inspect_shows_header_mapping_and_status_words(files):
    result = invoke("inspect", files[1])
    assert result.exit_code == 0, result.output
    assert "header row: 3" in result.output
    assert "'Recommendations & Areas for Improvement' -> text" in " ".join(result.output.split())
    assert "'GREEN'" in result.output and "-> done" in result.output
    assert "report title row" in result.output


def test_python_dash_m_runs_as_a_real_process(files, tmp_path):
    """The command leaves with os._exit (no interpreter teardown): nothing it printed to a
    pipe may be lost, and the exit status must survive."""
    h, f = files
    proc = subprocess.run([sys.executable, "-m", "reconcile", "run", str(h), str(f),
                           "--out", str(tmp_path / "o.xlsx")], capture_output=True, text=True,
                          check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("Reconciled ") and proc.stdout.endswith(
        f"Wrote {tmp_path / 'o.xlsx'}\n")
    proc = subprocess.run([sys.executable, "-m", "reconcile", "run"], capture_output=True,
                          text=True, check=False)
    assert proc.returncode == 2 and "Missing argument" in proc.stderr
    proc = subprocess.run([sys.executable, "-m", "reconcile", "run", str(h),
                           str(tmp_path / "missing.xlsx"), "--out", str(tmp_path / "p.xlsx")],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 2
    assert proc.stderr.startswith("Error: ") and "Traceback" not in proc.stderr


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("terminal, quiet, shown", [(True, False, True), (True, True, False),
                                                    (False, False, False)])
def test_progress_bar_only_on_a_terminal_and_not_when_quiet(files, tmp_path, monkeypatch,
                                                           terminal, quiet, shown):
    from reconcile import cli
    from reconcile import terminal as shown_on

    stream = _Terminal() if terminal else io.StringIO()
    monkeypatch.setattr(shown_on, "PROGRESS_DELAY", 0)
    monkeypatch.setattr(sys, "stderr", stream)
    cli._run(str(files[0]), str(files[1]), str(tmp_path / "o.xlsx"), None, None, quiet=quiet)
    assert ("00:00" in stream.getvalue()) is shown   # the bar and its clock (tqdm throttles
    # redraws, so a fast run may never show a later stage)
