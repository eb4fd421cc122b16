"""Outputs: the workbook people act on and the flat CSV other tools read."""

from __future__ import annotations

import csv

import openpyxl
import pytest
import xlsxwriter
from builders import (
    CONTROL_ROOM,
    DIGITAL,
    EFF,
    FORCE_HEADER,
    MSHT_INTEL,
    MSHT_NRM,
    SF,
)

from reconcile import OutputError, reconcile_files, write_csv, write_outputs, write_workbook

CONTRACT = ["category", "hmicfrs_row", "force_row", "score", "flags"]


@pytest.fixture
def rec(pair_files):
    h, f = pair_files(
        [(1, SF, "24/10/2017", "Recommendation", MSHT_INTEL, "Being progressed"),
         (2, SF, "24/10/2017", "Recommendation", MSHT_NRM, "Complete"),
         (3, EFF, "09/11/2017", "Area for improvement", CONTROL_ROOM, "Awaiting review"),
         (4, EFF, "09/11/2017", "Recommendation", DIGITAL, "Awaiting review")],
        [["WMP tracker"], [], FORCE_HEADER, [SF],
         [1, None, MSHT_INTEL, None, "DCI Patel", "GREEN", "=HYPERLINK(\"http://x\")"],
         [2, None, MSHT_NRM, None, "DCI Patel", "Amber", "- awaiting NRM training"],
         [EFF], [1, None, CONTROL_ROOM, "Recommendation", "Head of Contact", "Amber", None],
         [2, None, "+ local action: overtime review", None, "Finance", "Red", None]])
    return reconcile_files(h, f)


def test_workbook_sheets_headers_filters_and_tie_out(rec, tmp_path):
    out = tmp_path / "out.xlsx"
    write_workbook(rec, out)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Summary", "Guide", "Closeable - submit", "Closeable - local",
                             "Conflict", "Missing from force", "Not on HMICFRS list", "Review",
                             "In sync", "Decision log", "Run info"]
    ws = wb["Closeable - submit"]
    assert ws.freeze_panes == "A2"
    last = openpyxl.utils.get_column_letter(ws.max_column)
    assert [t.ref for t in ws.tables.values()] == [f"A1:{last}2"]    # an Excel table: filters
    assert ws["A1"].font.b and ws["A1"].value == "HMICFRS row"
    assert ws["A2"].value == "Definitive list!5" and ws["G2"].value == "Tracker!5"
    assert ws["E2"].alignment.wrap_text
    assert wb["Conflict"]["A2"].value == "Definitive list!7"
    why = [c.value for c in wb["Conflict"][1]].index("Why")
    assert "type differs" in wb["Conflict"].cell(row=2, column=why + 1).value
    summary = {r[0].value: r[1].value for r in wb["Summary"].iter_rows(min_row=1, max_row=20)}
    assert summary["Closeable - submit"] == 1 and summary["Total"] == 5
    info = [[c.value for c in r] for r in wb["Run info"].iter_rows()]
    tie = [r for r in info if r[0] in ("HMICFRS list", "force tracker") and r[8] in ("yes", "NO")]
    assert [r[8] for r in tie] == ["yes", "yes"]
    assert any(r[1] == "Tracker!4" and r[2].startswith("report title row") for r in info)


def test_text_that_looks_like_a_formula_stays_text(rec, tmp_path):
    out = tmp_path / "out.xlsx"
    write_workbook(rec, out)
    wb = openpyxl.load_workbook(out)
    cells = [c for ws in wb if ws.title != "Summary" for row in ws.iter_rows() for c in row
             if isinstance(c.value, str) and c.value[:1] in "=+-@"]
    assert {c.value for c in cells} >= {'=HYPERLINK("http://x")', "- awaiting NRM training",
                                        "+ local action: overtime review"}
    assert all(c.data_type == "s" for c in cells)
    # The Summary's formulas are its own live counts (test_workbook checks each one's form).
    assert all(c.data_type == "s" or c.column_letter == "C" for row in wb["Summary"].iter_rows()
               for c in row if isinstance(c.value, str) and c.value[:1] in "=+-@")


def test_csv_follows_the_contract(rec, tmp_path):
    out = tmp_path / "out.csv"
    write_csv(rec, out)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0])[:5] == CONTRACT
    assert [(r["category"], r["hmicfrs_row"], r["force_row"]) for r in rows] == [
        ("closeable_submit", "Definitive list!5", "Tracker!5"),
        ("closeable_local", "Definitive list!6", "Tracker!6"),
        ("conflict", "Definitive list!7", "Tracker!8"),
        ("missing_from_force", "Definitive list!8", ""),
        ("not_on_hmicfrs_list", "", "Tracker!9"),
    ]
    assert rows[3]["score"] == "" and float(rows[0]["score"]) >= 80
    assert rows[0]["hmicfrs_ref"] == "1"          # integers stay integers
    assert rows[0]["hmicfrs_published"] == "24/10/2017"


def test_a_failed_write_leaves_the_previous_output_untouched(rec, tmp_path, monkeypatch):
    out = tmp_path / "out.xlsx"
    out.write_bytes(b"previous run")

    def broken_close(self):
        with open(self.filename, "wb") as fh:
            fh.write(b"half a workbook")
        raise RuntimeError("disk full")

    monkeypatch.setattr(xlsxwriter.Workbook, "close", broken_close)
    with pytest.raises(RuntimeError):
        write_workbook(rec, out)
    assert out.read_bytes() == b"previous run"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hmicfrs.xlsx", "out.xlsx", "tracker.xlsx"]


def test_nothing_is_written_when_one_output_cannot_be(rec, tmp_path):
    with pytest.raises(OutputError, match="does not exist"):
        write_outputs(rec, tmp_path / "out.xlsx", tmp_path / "missing" / "out.csv")
    assert not (tmp_path / "out.xlsx").exists()


def test_refuses_to_overwrite_an_input(rec):
    with pytest.raises(OutputError, match="is one of the inputs"):
        write_outputs(rec, rec.force.path)
