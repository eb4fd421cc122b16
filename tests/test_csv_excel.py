"""The flat CSV as Excel on Windows opens it: UTF-8 with a byte-order mark, read back either way."""

from __future__ import annotations

import csv

import pytest
from builders import FORCE_HEADER, MSHT_INTEL, SF, two_items
from click.testing import CliRunner

from reconcile.changes import read_previous
from reconcile.cli import main

BOM = b"\xef\xbb\xbf"
OWNER = "Insp. Renée O’Connor"                                   # an accent and a curly quote
PROGRESS = "Training on the “NRM duty to notify” booked for March"


@pytest.fixture
def files(pair_files):
    return two_items(pair_files, OWNER, PROGRESS)


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_the_csv_starts_with_a_bom_and_keeps_accents_and_curly_quotes(files, tmp_path):
    h, f = files
    got = run("run", h, f, "--out", tmp_path / "r.xlsx", "--csv", tmp_path / "r.csv")
    assert got.exit_code == 0, got.output
    raw = (tmp_path / "r.csv").read_bytes()
    assert raw.startswith(BOM) and not raw[3:].startswith(BOM)
    text = raw.decode("utf-8-sig")
    assert OWNER in text and PROGRESS in text
    # What Excel would show without the mark: the mojibake the issue reported.
    assert "RenÃ©e" in raw[3:].decode("cp1252", "replace")
    assert next(csv.reader([text.splitlines()[0]]))[0] == "category"


def test_csv_encoding_utf8_leaves_the_mark_off(files, tmp_path):
    h, f = files
    got = run("run", h, f, "--out", tmp_path / "r.xlsx", "--csv", tmp_path / "r.csv",
              "--csv-encoding", "utf-8")
    assert got.exit_code == 0, got.output
    raw = (tmp_path / "r.csv").read_bytes()
    assert raw.startswith(b"category,") and OWNER.encode() in raw


def test_a_previous_csv_is_read_with_or_without_the_mark(files, tmp_path):
    h, f = files
    assert run("run", h, f, "--out", tmp_path / "a.xlsx", "--csv", tmp_path / "bom.csv").exit_code == 0
    plain = tmp_path / "plain.csv"
    plain.write_bytes((tmp_path / "bom.csv").read_bytes()[len(BOM):])
    with_mark, without = read_previous(tmp_path / "bom.csv"), read_previous(plain)
    assert len(with_mark.items) == 2
    assert with_mark.items.to_dict("records") == without.items.to_dict("records")
    assert set(with_mark.items["force_row"]) == {"Tracker!5", "Tracker!6"}


def test_formula_like_text_is_escaped_for_excel_and_read_back_as_written(pair_files, tmp_path):
    """OWASP: a ' before = + - @ tab; the previous-run reader takes it off again."""
    local = "+ local action: overtime review"
    h, f = pair_files(
        [(1, SF, None, "Recommendation", MSHT_INTEL, "Being progressed")],
        [["WMP tracker"], [], FORCE_HEADER, [SF],
         [1, None, MSHT_INTEL, None, "DCI Patel", "GREEN", '=HYPERLINK("http://x")'],
         [2, None, local, None, "@Finance", "Red", "- awaiting NRM training"]])
    got = run("run", h, f, "--out", tmp_path / "r.xlsx", "--csv", tmp_path / "r.csv")
    assert got.exit_code == 0, got.output
    with (tmp_path / "r.csv").open(encoding="utf-8-sig", newline="") as fh:
        cells = {c for row in csv.reader(fh) for c in row}
    assert {"'=HYPERLINK(\"http://x\")", "'- awaiting NRM training", f"'{local}",
            "'@Finance"} <= cells
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t")]
    previous = read_previous(tmp_path / "r.csv")
    assert local in set(previous.items["force_text"])
