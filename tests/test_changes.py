"""Changes since the previous run: what a committee paper reports, read from the last output.

Between the two runs (refs are the HMICFRS register's):

- 1 MSHT_INTEL: the force corrects "within twelve months" to "six" → Conflict resolved
- 2 MSHT_NRM: open on both, unchanged → no change
- 3 CONTROL_ROOM: the force marks it GREEN → Newly closeable
- 4 DIGITAL: missing from the force before and after → no change; a lead decides
  "Add to tracker" in the returned workbook → Decision taken
- 5 FIREARMS: HMICFRS drops it from the list → No longer on the HMICFRS list
- 6 MSHT_PREVENT: HMICFRS adds it; the force has not → New on the list, Newly missing
"""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from builders import (
    CONTROL_ROOM,
    DIGITAL,
    EFF,
    FA,
    FIREARMS,
    FORCE_HEADER,
    MSHT_INTEL,
    MSHT_NRM,
    MSHT_PREVENT,
    SF,
    TWELVE,
    hmicfrs_rows,
    write_xlsx,
)
from click.testing import CliRunner

from reconcile import reconcile_files
from reconcile.changes import KINDS, read_previous, with_changes
from reconcile.cli import main
from reconcile.errors import InputError
from reconcile.write import write_csv, write_workbook

EXPECTED = {"New on the HMICFRS list": 1, "No longer on the HMICFRS list": 1,
            "Newly closeable": 1, "Conflict resolved": 1, "New conflict": 0,
            "Newly missing from force": 1, "Decision taken": 1}


def hmicfrs(items: list[tuple]) -> dict:
    return {"Definitive list": hmicfrs_rows(items)}


H1 = [(1, SF, "24/10/2017", "Recommendation", MSHT_INTEL, "Being progressed"),
      (2, SF, "24/10/2017", "Recommendation", MSHT_NRM, "Being progressed"),
      (3, EFF, "09/11/2017", "Area for improvement", CONTROL_ROOM, "Awaiting review"),
      (4, EFF, "09/11/2017", "Recommendation", DIGITAL, "Being progressed"),
      (5, FA, "05/09/2015", "Recommendation", FIREARMS, "Being progressed")]
H2 = [*H1[:4], (6, SF, "24/10/2017", "Recommendation", MSHT_PREVENT, "Awaiting review")]


def tracker(intel: str, control_rag: str) -> dict:
    return {"Tracker": [["WMP tracker"], [], FORCE_HEADER,
                        [1, None, intel, None, "DCI Patel", "Amber", None],
                        [2, None, MSHT_NRM, None, "DCI Patel", "Amber", None],
                        [3, None, CONTROL_ROOM, None, "Head of Contact", control_rag, None],
                        [4, None, FIREARMS, None, "Head of Firearms Licensing", "Amber", None]]}


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("changes")
    h1 = write_xlsx(d / "list-october.xlsx", hmicfrs(H1))
    f1 = write_xlsx(d / "tracker-october.xlsx", tracker(TWELVE, "Amber"))
    h2 = write_xlsx(d / "list-november.xlsx", hmicfrs(H2))
    f2 = write_xlsx(d / "tracker-november.xlsx", tracker(MSHT_INTEL, "GREEN"))
    first = reconcile_files(h1, f1)
    assert first.counts()["conflict"] == 1
    write_workbook(first, d / "october.xlsx")
    write_csv(first, d / "october.csv")
    wb = openpyxl.load_workbook(d / "october.xlsx")
    ws = wb["Missing from force"]
    cols = {c.value: c.column for c in ws[1]}
    ws.cell(2, cols["Decision"]).value = "Add to tracker"
    ws.cell(2, cols["Assign to"]).value = "ACC Operations"
    wb.save(d / "october-returned.xlsx")
    return {"dir": d, "h2": h2, "f2": f2}


def second(runs, previous: Path):
    rec = reconcile_files(runs["h2"], runs["f2"], decisions=[runs["dir"] / "october-returned.xlsx"])
    return with_changes(rec, previous)


def test_changes_since_the_previous_workbook(runs):
    rec = second(runs, runs["dir"] / "october.xlsx")
    assert rec.changes.counts() == EXPECTED
    lines = rec.changes.lines
    refs = {k: str(r) for k, r in zip(lines["change"], lines["hmicfrs_ref"], strict=True)}
    assert refs == {"New on the HMICFRS list": "6", "No longer on the HMICFRS list": "5",
                    "Newly closeable": "3", "Conflict resolved": "1",
                    "Newly missing from force": "6", "Decision taken": "4"}
    resolved = lines[lines["change"] == "Conflict resolved"].iloc[0]
    assert (resolved["was"], resolved["now"]) == ("Conflict", "In sync")
    text = rec.changes.paragraph
    assert text.startswith("Since the previous run on ")
    assert "(october.xlsx), 1 item was added to the HMICFRS list and 1 item left it" in text
    assert "1 more item can now be closed, 1 in all." in text
    assert "1 conflict was resolved and no new ones found; 0 remain." in text
    assert "Sign-off leads took 1 decision: 1 'Add to tracker'." in text


def test_the_workbook_gains_the_sheet_and_the_summary_the_paragraph(runs):
    rec = second(runs, runs["dir"] / "october.xlsx")
    out = write_workbook(rec, runs["dir"] / "november.xlsx")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[:3] == ["Summary", "Changes since last run", "Guide"]
    ws = wb["Changes since last run"]
    assert ws["A2"].value == rec.changes.paragraph
    assert [c.value for c in ws[5]][:3] == ["Change", "HMICFRS row", "Force row"]
    assert [ws.cell(r, 1).value for r in range(6, ws.max_row + 1)] == [
        k for k in KINDS for _ in range(EXPECTED[k])]
    summary = {r[0].value: r[1].value for r in wb["Summary"].iter_rows() if r[0].value}
    assert summary["Since the last run"] == rec.changes.paragraph


def test_a_previous_csv_and_an_old_one_without_identities_give_the_same_changes(runs):
    d = runs["dir"]
    assert second(runs, d / "october.csv").changes.counts() == EXPECTED
    assert (d / "october.csv").read_bytes().startswith(b"\xef\xbb\xbf")   # the BOM Excel needs
    with (d / "october.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    keep = [c for c in rows[0] if not c.startswith(("item_", "signoff_"))]
    with (d / "october-old.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, keep, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    assert second(runs, d / "october-old.csv").changes.counts() == EXPECTED
    assert len(read_previous(d / "october-old.csv").items) == len(rows)


def test_the_cli_prints_the_paragraph_and_refuses_a_file_that_is_no_previous_run(runs):
    d = runs["dir"]
    result = CliRunner().invoke(main, ["run", str(runs["h2"]), str(runs["f2"]), "--out",
                                       str(d / "cli.xlsx"), "--previous", str(d / "october.xlsx")])
    assert result.exit_code == 0, result.output
    assert "1 item was added to the HMICFRS list" in result.output
    with pytest.raises(InputError, match="no items found"):
        read_previous(runs["h2"])
    result = CliRunner().invoke(main, ["run", str(runs["h2"]), str(runs["f2"]), "--out",
                                       str(d / "cli2.xlsx"), "--previous", str(runs["h2"])])
    assert result.exit_code == 2 and str(runs["h2"]) in result.output
    assert not (d / "cli2.xlsx").exists()


def test_a_rerun_on_the_same_files_has_an_empty_changes_sheet_and_exit_0(tmp_path):
    """Nothing changed since the previous run: the Changes sheet has no lines (it once stopped
    the run with a bug, exit 1, fitting row heights of a sheet with no table)."""
    import openpyxl

    from reconcile import sample_files

    h, f = sample_files()
    first = CliRunner().invoke(main, ["run", h, f, "--out", str(tmp_path / "a.xlsx"), "-q"])
    assert first.exit_code == 0, first.output
    again = CliRunner().invoke(main, ["run", h, f, "--out", str(tmp_path / "b.xlsx"),
                                      "--previous", str(tmp_path / "a.xlsx")])
    assert again.exit_code == 0, again.output
    wb = openpyxl.load_workbook(tmp_path / "b.xlsx")
    changes = next(ws for ws in wb.worksheets if ws.title.startswith("Changes"))
    text = " ".join(str(c.value) for row in changes.iter_rows() for c in row if c.value)
    assert "no items were added to the HMICFRS list and no items left it" in text
    assert "No changes since the previous run." in text
    assert "no items were added to the HMICFRS list" in again.output
