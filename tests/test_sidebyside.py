"""Large inputs are prepared side by side (the force tracker in a second process): same result,
same errors, nothing left running."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

import reconcile.pipeline
import reconcile.sidebyside
from reconcile import reconcile_files, sample_files
from reconcile.cli import main
from reconcile.errors import InputError

CORPUS = Path(__file__).parent / "corpus" / "files"


def _abort(*args):
    """A reader that aborts its process (calamine on a hostile file), run in the other one."""
    os.abort()


def _bug(*args):
    return 1 / 0


@pytest.fixture
def side_by_side(monkeypatch):
    """Every run side by side, however small its inputs."""
    monkeypatch.setattr(reconcile.pipeline, "SIDE_BY_SIDE_BYTES", 0)


def test_side_by_side_gives_the_same_result_as_one_after_the_other(monkeypatch):
    h, f = sample_files()
    alone = reconcile_files(h, f)
    monkeypatch.setattr(reconcile.pipeline, "SIDE_BY_SIDE_BYTES", 0)
    together = reconcile_files(h, f)
    assert "load and normalise, side by side" in together.timings
    assert "load and normalise, side by side" not in alone.timings
    pd.testing.assert_frame_equal(alone.items, together.items)
    pd.testing.assert_frame_equal(alone.f, together.f)
    assert together.force.sha256 == alone.force.sha256
    assert [s.rows for s in together.force.sheets] == [s.rows for s in alone.force.sheets]
    assert together.tie_out()["ties out"].all()


def _error(h: Path, f: Path) -> str:
    with pytest.raises(InputError) as caught:
        reconcile_files(h, f)
    return str(caught.value)


def test_a_bad_force_tracker_read_in_the_second_process_says_the_same(monkeypatch):
    h, _ = sample_files()
    bad = CORPUS / "truncated.xlsx"
    alone = _error(h, bad)
    monkeypatch.setattr(reconcile.pipeline, "SIDE_BY_SIDE_BYTES", 0)
    assert _error(h, bad) == alone
    assert str(bad) in alone


def test_a_bad_hmicfrs_list_is_reported_first_and_the_other_process_stopped(side_by_side,
                                                                             monkeypatch):
    started = []
    real_start = reconcile.sidebyside.start

    def spy(*args):
        worker = real_start(*args)
        started.append(worker)
        return worker

    monkeypatch.setattr(reconcile.sidebyside, "start", spy)
    message = _error(CORPUS / "pdf_renamed.xlsx", CORPUS / "truncated.xlsx")
    assert "pdf_renamed.xlsx" in message
    assert len(started) == 1 and started[0].future.done()   # not left running
    assert multiprocessing.active_children() == []


def test_the_cli_exits_2_with_the_message_when_the_second_process_fails(side_by_side, tmp_path):
    h, _ = sample_files()
    result = CliRunner().invoke(main, ["run", str(h), str(CORPUS / "corrupt_zip.xlsx"),
                                       "--out", str(tmp_path / "out.xlsx")])
    assert result.exit_code == 2, result.output
    assert "corrupt_zip.xlsx" in result.output
    assert not (tmp_path / "out.xlsx").exists()


def test_a_crashed_second_process_is_reported_as_a_problem_with_the_file(side_by_side,
                                                                         monkeypatch):
    """A reader that aborts the process (calamine on a hostile file) is no traceback."""
    real_start = reconcile.sidebyside.start

    def crashing(job, args, crash):
        return real_start(_abort, args, crash)

    monkeypatch.setattr(reconcile.sidebyside, "start", crashing)
    h, f = sample_files()
    message = _error(h, f)
    assert str(f) in message and "stopped the process that read it" in message
    assert message.endswith("and run again.")


def test_a_long_csv_written_beside_the_workbook_is_the_same_file(monkeypatch, tmp_path):
    import reconcile.write.files
    from reconcile.write import write_outputs

    rec = reconcile_files(*sample_files())
    alone = write_outputs(rec, tmp_path / "a.xlsx", tmp_path / "a.csv", split_by="owner")
    monkeypatch.setattr(reconcile.write.files, "CSV_ASIDE_LINES", 0)
    aside = write_outputs(rec, tmp_path / "b.xlsx", tmp_path / "b.csv", split_by="owner")
    assert [p.name for p in aside] == [p.name.replace("a", "b", 1) for p in alone]
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_a_csv_process_that_dies_is_an_output_error_and_leaves_no_file(monkeypatch, tmp_path):
    import reconcile.write.files
    from reconcile.errors import OutputError
    from reconcile.write import write_outputs

    real_start = reconcile.sidebyside.start

    def crashing(job, args, crash):
        return real_start(_abort, args, crash)

    monkeypatch.setattr(reconcile.write.files, "CSV_ASIDE_LINES", 0)
    monkeypatch.setattr(reconcile.sidebyside, "start", crashing)
    rec = reconcile_files(*sample_files())
    with pytest.raises(OutputError, match="writing the CSV stopped the process"):
        write_outputs(rec, tmp_path / "out.xlsx", tmp_path / "out.csv")
    assert not (tmp_path / "out.csv").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]   # whole, and no temp files


def test_a_script_without_a_main_guard_is_told_how_to_fix_it(tmp_path):
    """A spawned process imports the caller's script again: without the guard it cannot answer,
    and the message says what to write."""
    h, f = sample_files()
    script = tmp_path / "my_script.py"
    script.write_text("import reconcile.pipeline as pipeline\n"
                      "pipeline.SIDE_BY_SIDE_BYTES = 0\n"
                      f"pipeline.reconcile({str(h)!r}, {str(f)!r})\n")
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                         timeout=300, cwd=tmp_path)
    assert run.returncode != 0
    assert 'if __name__ == "__main__":' in run.stderr.splitlines()[-1]


def test_a_bug_in_the_second_process_is_raised_here_with_its_traceback(monkeypatch):
    real_start = reconcile.sidebyside.start
    monkeypatch.setattr(reconcile.sidebyside, "start",
                        lambda job, args, crash: real_start(_bug, args, crash))
    monkeypatch.setattr(reconcile.pipeline, "SIDE_BY_SIDE_BYTES", 0)
    with pytest.raises(ZeroDivisionError) as raised:
        reconcile_files(*sample_files())
    assert "_bug" in str(raised.value.__cause__)   # the other process's traceback


def test_a_reference_column_found_by_the_lists_ids_is_adopted_side_by_side_too(monkeypatch,
                                                                               tmp_path):
    """The second process cannot see the HMICFRS list, so the force's reference column is
    adopted afterwards: the keys must be what one process alone makes of them."""
    import json

    from reconcile.casegen import generate_case

    # Seed 10's committee tracker holds the list's ids in a column no heading names HMICFRS.
    case = generate_case(10, tmp_path / "case", family="committee", items=80)
    meta = json.loads((case / "meta.json").read_text())
    h, f = case / meta["hmicfrs"], case / meta["tracker"]
    alone = reconcile_files(h, f)
    monkeypatch.setattr(reconcile.pipeline, "SIDE_BY_SIDE_BYTES", 0)
    together = reconcile_files(h, f)
    assert "load and normalise, side by side" in together.timings
    assert alone.force.items["ref"].notna().sum() >= 0.3 * len(alone.f)   # adopted by the ids
    assert together.f["ref_key"].tolist() == alone.f["ref_key"].tolist()
    pd.testing.assert_frame_equal(alone.items, together.items)
