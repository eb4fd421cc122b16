"""Decisions that flow back: a lead fills in the workbook the way people do (sorting a sheet,
adding a column of their own), the next run honours what they decided and carries it forward,
and a decision on an item that changed since is flagged for deciding again.

The fixture runs with `accept = 100.5` (and no clear-margin shortcut), so that no pair is
accepted on its text alone: rows that share an HMICFRS reference pair outright, and the two
reworded force rows, which have none, go to Review whatever the scorer makes of them:

- MSHT_INTEL (HMICFRS open) / force GREEN → Closeable - submit: "Agree to close"
- MSHT_NRM / force Amber → In sync
- MSHT_PREVENT / PREVENT_REWORDED → Review: the lead accepts it
- CONTROL_ROOM / CONTROL_REWORDED → Review: the lead rejects it
- DIGITAL → Missing from force: "Add to tracker", assigned to ACC Operations
- FIREARMS (HMICFRS complete) / force Amber → Closeable - local: "Agree to close"; before the
  next run the force edits this row's text, so the decision becomes stale
- a local action → Not on HMICFRS list: "Close locally"
"""

from __future__ import annotations

import csv
from dataclasses import fields
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
    hmicfrs_rows,
    write_xlsx,
)
from click.testing import CliRunner

from reconcile.cli import main
from reconcile.config import MatchSettings
from reconcile.decisions import canonical_decision, identify, side_id

PREVENT_REWORDED = ("Immediately review how the force uses preventative powers under the Modern "
                    "Slavery Act 2015, so that the activities of those who pose a clear threat of "
                    "modern slavery offences are restricted.")
CONTROL_REWORDED = ("Make sure the control room has enough staff to meet its resourcing model and "
                    "demand, taking into account workforce wellbeing.")
LOCAL = "Local action: overtime review of the contact centre rota"
FIREARMS_EDITED = FIREARMS.replace("at all times", "at all times, including at weekends")

# Settings under which no pair is sure on its text alone (see the module docstring).
UNSURE = "[match]\naccept = 100.5\n" + (
    "clear_margin = 101\n" if "clear_margin" in {f.name for f in fields(MatchSettings)} else "")

# Provenance of each item in the fixture files.
H_INTEL, H_NRM, H_PREVENT, H_CONTROL, H_DIGITAL, H_FIREARMS = (
    f"Definitive list!{r}" for r in range(5, 11))
F_INTEL, F_NRM, F_PREVENT, F_CONTROL, F_FIREARMS, F_LOCAL = (f"Tracker!{r}" for r in range(4, 10))


def tracker_rows(firearms: str = FIREARMS) -> list[list]:
    return [["WMP tracker"], [], FORCE_HEADER,
            [1, 1, MSHT_INTEL, None, "DCI Patel", "GREEN", "NRM SPOC in post"],
            [2, 2, MSHT_NRM, None, "DCI Patel", "Amber", None],
            [3, None, PREVENT_REWORDED, None, "DCI Patel", "Amber", None],
            [4, None, CONTROL_REWORDED, None, "Head of Contact", "Amber", None],
            [5, 6, firearms, None, "Head of Firearms Licensing", "Amber", None],
            [6, None, LOCAL, None, None, "Red", None]]


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Definitive list": hmicfrs_rows([
        (1, SF, "24/10/2017", "Recommendation", MSHT_INTEL, "Being progressed"),
        (2, SF, "24/10/2017", "Recommendation", MSHT_NRM, "Being progressed"),
        (3, SF, "24/10/2017", "Recommendation", MSHT_PREVENT, "Awaiting review"),
        (4, EFF, "09/11/2017", "Area for improvement", CONTROL_ROOM, "Awaiting review"),
        (5, EFF, "09/11/2017", "Recommendation", DIGITAL, "Being progressed"),
        (6, FA, "05/09/2015", "Recommendation", FIREARMS, "Complete")])})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": tracker_rows()})
    f2 = write_xlsx(tmp_path / "tracker-edited.xlsx", {"Tracker": tracker_rows(FIREARMS_EDITED)})
    config = tmp_path / "strict.toml"
    config.write_text(UNSURE, encoding="utf-8")
    return {"h": h, "f": f, "f2": f2, "config": config, "dir": tmp_path}


def run(files: dict[str, Path], force: Path, name: str, *extra: object) -> list[dict[str, str]]:
    out = files["dir"] / f"{name}.xlsx"
    args = ["run", files["h"], force, "--out", out, "--csv", out.with_suffix(".csv"),
            "--config", files["config"], *extra]
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    with out.with_suffix(".csv").open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


# -------------------------------------------------------------- a person, with openpyxl


def heads(ws) -> dict[str, int]:
    return {c.value: c.column for c in ws[1] if c.value}


def find(ws, column: str, value: str) -> int:
    col = heads(ws)[column]
    rows = [r for r in range(2, ws.max_row + 1) if ws.cell(r, col).value == value]
    assert len(rows) == 1, (ws.title, column, value)
    return rows[0]


def write(ws, column: str, key: tuple[str, str], value: str | None) -> None:
    ws.cell(find(ws, *key), heads(ws)[column]).value = value


def sort_rows(ws, column: str, reverse: bool = True) -> None:
    """Sort a sheet's rows by one column, as Data > Sort does (values move, cells stay)."""
    col = heads(ws)[column]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
    rows.sort(key=lambda r: str(r[col - 1]), reverse=reverse)
    for r, values in enumerate(rows, start=2):
        for c, v in enumerate(values, start=1):
            ws.cell(r, c, v)


def fill_in_run_one(path: Path, returned: Path) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb["Review"]
    before = [ws.cell(r, 1).value for r in (2, 3)]
    sort_rows(ws, "Force row")
    assert [ws.cell(r, 1).value for r in (2, 3)] == before[::-1]
    ws.insert_cols(3)                      # a column of their own, in the middle
    ws.cell(1, 3, "My notes")
    write(ws, "Decision", ("HMICFRS row", H_PREVENT), "Accept match")
    write(ws, "Comment", ("HMICFRS row", H_PREVENT), "Same recommendation, reworded by the force")
    ws.cell(find(ws, "HMICFRS row", H_PREVENT), 3, "checked with DCI Patel")
    write(ws, "Decision", ("HMICFRS row", H_CONTROL), " reject match")   # typed, not picked
    write(ws, "Decided by", ("HMICFRS row", H_CONTROL), "Supt Jones")
    ws = wb["Closeable - submit"]
    write(ws, "Decision", ("HMICFRS row", H_INTEL), "Agree to close")
    write(ws, "Evidence", ("HMICFRS row", H_INTEL), "Closure report CR-2017-114")
    write(ws, "Decided by", ("HMICFRS row", H_INTEL), "C/Supt Bell")
    ws = wb["Closeable - local"]
    write(ws, "Decision", ("HMICFRS row", H_FIREARMS), "Agree to close")
    write(ws, "Decided by", ("HMICFRS row", H_FIREARMS), "Head of Firearms Licensing")
    ws = wb["Missing from force"]
    write(ws, "Decision", ("HMICFRS row", H_DIGITAL), "Add to tracker")
    write(ws, "Assign to", ("HMICFRS row", H_DIGITAL), "ACC Operations")
    ws = wb["Not on HMICFRS list"]
    write(ws, "Decision", ("Force row", F_LOCAL), "Close locally")
    write(ws, "Comment", ("Force row", F_LOCAL), "Local action, complete")
    # Then filters the sheet so that the row just decided is hidden, and hides a column.
    (table,) = ws.tables.values()          # the sheet is an Excel table: its own filter
    table.autoFilter.add_filter_column(heads(ws)["Force status"] - 1, ["Amber"])
    ws.row_dimensions[find(ws, "Force row", F_LOCAL)].hidden = True
    ws.column_dimensions["B"].hidden = True
    wb.save(returned)


def line(rows: list[dict[str, str]], h: str, f: str) -> dict[str, str]:
    found = [r for r in rows if r["hmicfrs_row"] == h and r["force_row"] == f]
    assert len(found) == 1, (h, f, [(r["hmicfrs_row"], r["force_row"]) for r in rows])
    return found[0]


# ------------------------------------------------------------------------------- tests


def test_round_trip_honours_decisions_carries_them_and_flags_stale_ones(files):
    first = run(files, files["f"], "run1")
    assert line(first, H_PREVENT, F_PREVENT)["category"] == "review"
    assert line(first, H_CONTROL, F_CONTROL)["category"] == "review"
    returned = files["dir"] / "run1-returned.xlsx"
    fill_in_run_one(files["dir"] / "run1.xlsx", returned)

    second = run(files, files["f2"], "run2", "--decisions", returned)
    accepted = line(second, H_PREVENT, F_PREVENT)
    assert accepted["category"] == "in_sync" and accepted["method"] == "decision"
    assert accepted["signoff_comment"] == "Same recommendation, reworded by the force"
    assert "match accepted by" in accepted["flags"]
    assert not [r for r in second if r["hmicfrs_row"] == H_CONTROL and r["force_row"] == F_CONTROL]
    assert "rejected by Supt Jones" in line(second, H_CONTROL, "")["flags"]
    assert "rejected by Supt Jones" in line(second, "", F_CONTROL)["flags"]
    closing = line(second, H_INTEL, F_INTEL)
    assert (closing["signoff_decision"], closing["signoff_evidence"], closing["signoff_by"]) == (
        "Agree to close", "Closure report CR-2017-114", "C/Supt Bell")
    missing = line(second, H_DIGITAL, "")
    assert (missing["signoff_decision"], missing["signoff_owner"]) == ("Add to tracker",
                                                                      "ACC Operations")
    assert line(second, "", F_LOCAL)["signoff_comment"] == "Local action, complete"
    stale = line(second, H_FIREARMS, F_FIREARMS)
    assert stale["signoff_decision"] == ""              # not silently applied
    assert stale["signoff_stale"].startswith("Agree to close (Head of Firearms Licensing")
    assert "the force text changed" in stale["signoff_stale"]
    assert "is stale: the force text changed; decide again" in stale["flags"]

    # The new workbook shows it where a person looks.
    wb = openpyxl.load_workbook(files["dir"] / "run2.xlsx")
    ws = wb["Closeable - submit"]
    assert ws.cell(find(ws, "Item ID", closing["item_id"]), heads(ws)["Decision"]).value == \
        "Agree to close"
    ws = wb["Closeable - local"]
    r = find(ws, "Item ID", stale["item_id"])
    assert ws.cell(r, heads(ws)["Decision"]).value is None
    earlier = ws.cell(r, heads(ws)["Earlier decision (decide again)"])
    assert "Agree to close" in earlier.value and earlier.fill.fgColor.rgb.endswith("F8CBAD")
    log = [[c.value for c in row] for row in wb["Decision log"].iter_rows(min_row=2)]
    assert sorted(row[-1].split(":")[0] for row in log) == ["Applied"] * 5 + ["Stale"]

    # Returned untouched, the next run keeps every decision, the stale one still stale.
    third = run(files, files["f2"], "run3", "--decisions", files["dir"] / "run2.xlsx")
    assert line(third, H_PREVENT, F_PREVENT)["method"] == "decision"
    assert not [r for r in third if r["hmicfrs_row"] == H_CONTROL and r["force_row"] == F_CONTROL]
    assert line(third, H_INTEL, F_INTEL)["signoff_decision"] == "Agree to close"
    assert line(third, H_FIREARMS, F_FIREARMS)["signoff_stale"].startswith("Agree to close")

    # Deciding again clears the stale flag.
    wb = openpyxl.load_workbook(files["dir"] / "run3.xlsx")
    ws = wb["Closeable - local"]
    write(ws, "Decision", ("HMICFRS row", H_FIREARMS), "Agree to close")
    wb.save(files["dir"] / "run3-returned.xlsx")
    fourth = run(files, files["f2"], "run4", "--decisions", files["dir"] / "run3-returned.xlsx")
    redecided = line(fourth, H_FIREARMS, F_FIREARMS)
    assert (redecided["signoff_decision"], redecided["signoff_stale"]) == ("Agree to close", "")


def test_clearing_a_carried_decision_withdraws_it(files):
    run(files, files["f"], "run1")
    fill_in_run_one(files["dir"] / "run1.xlsx", files["dir"] / "returned.xlsx")
    run(files, files["f"], "run2", "--decisions", files["dir"] / "returned.xlsx")
    wb = openpyxl.load_workbook(files["dir"] / "run2.xlsx")
    write(wb["Missing from force"], "Decision", ("HMICFRS row", H_DIGITAL), None)
    write(wb["Missing from force"], "Assign to", ("HMICFRS row", H_DIGITAL), None)
    wb.save(files["dir"] / "run2-returned.xlsx")
    third = run(files, files["f"], "run3", "--decisions", files["dir"] / "run2-returned.xlsx")
    assert line(third, H_DIGITAL, "")["signoff_decision"] == ""
    assert line(third, H_INTEL, F_INTEL)["signoff_decision"] == "Agree to close"


def test_one_workbook_per_lead_comes_back_and_all_are_honoured(files):
    run(files, files["f"], "run1", "--split-by", "owner")
    d = files["dir"]
    patel = openpyxl.load_workbook(d / "run1 - DCI Patel.xlsx")
    assert patel["Review"].max_row == 2                  # only his review pair
    write(patel["Review"], "Decision", ("HMICFRS row", H_PREVENT), "Accept match")
    write(patel["Closeable - submit"], "Decision", ("HMICFRS row", H_INTEL), "Not yet")
    patel.save(d / "patel.xlsx")
    contact = openpyxl.load_workbook(d / "run1 - Head of Contact.xlsx")
    write(contact["Review"], "Decision", ("HMICFRS row", H_CONTROL), "Reject match")
    contact.save(d / "contact.xlsx")
    full = openpyxl.load_workbook(d / "run1.xlsx")      # the analyst decided too, earlier
    write(full["Closeable - submit"], "Decision", ("HMICFRS row", H_INTEL), "Agree to close")
    full.save(d / "analyst.xlsx")

    rows = run(files, files["f"], "run2", "-d", d / "analyst.xlsx", "-d", d / "patel.xlsx",
               "-d", d / "contact.xlsx")
    assert line(rows, H_PREVENT, F_PREVENT)["method"] == "decision"
    assert "rejected" in line(rows, H_CONTROL, "")["flags"]
    # Two files disagree on one item (issue 17): neither is applied, both are shown.
    disputed = line(rows, H_INTEL, F_INTEL)
    assert disputed["signoff_decision"] == ""
    assert "'Agree to close'" in disputed["signoff_stale"]
    assert "'Not yet'" in disputed["signoff_stale"]
    assert "analyst.xlsx" in disputed["signoff_stale"] and "patel.xlsx" in disputed["signoff_stale"]
    wb = openpyxl.load_workbook(d / "run2.xlsx")
    info = [[c.value for c in r] for r in wb["Run info"].iter_rows()]
    notes = [r[1] for r in info if r[0] == "decisions note"]
    assert any("analyst.xlsx and patel.xlsx give different decisions for 1 item" in n
               for n in notes)
    assert sum(1 for r in info if r[0] == "decisions file") == 3
    log = wb["Decision log"]
    col = {c.value: c.column for c in log[1]}
    conflict = [[log.cell(r, col[h]).value for h in ("Decision", "File", "What happened")]
                for r in range(2, log.max_row + 1)
                if (log.cell(r, col["What happened"]).value or "").startswith("In conflict")]
    assert sorted(row[:2] for row in conflict) == [["Agree to close", "analyst.xlsx"],
                                                  ["Not yet", "patel.xlsx"]]


def test_a_file_that_is_not_a_returned_workbook_is_refused(files):
    result = CliRunner().invoke(main, ["run", str(files["h"]), str(files["f"]), "--out",
                                       str(files["dir"] / "o.xlsx"), "--decisions",
                                       str(files["f"])])
    assert result.exit_code == 2
    assert str(files["f"]) in result.output and "'Item ID'" in result.output
    assert "Traceback" not in result.output and not (files["dir"] / "o.xlsx").exists()


def test_the_output_may_not_replace_a_returned_workbook(files):
    run(files, files["f"], "run1")
    returned = files["dir"] / "run1.xlsx"
    before = returned.read_bytes()
    result = CliRunner().invoke(main, ["run", str(files["h"]), str(files["f"]), "--out",
                                       str(returned), "--decisions", str(returned)])
    assert result.exit_code == 2 and "returned decisions workbook" in result.output
    assert returned.read_bytes() == before


def test_identity_survives_cosmetic_edits_but_not_new_words():
    assert side_id("hmicfrs", 9312, "x", "a") == side_id("hmicfrs", "9312.0", "y", "b") \
        == "h:ref-9312"
    a = side_id("force", None, "Stolen Freedom", MSHT_NRM)
    assert a == side_id("force", None, "stolen  freedom", MSHT_NRM.replace(",", "").upper())
    assert a != side_id("force", None, "Stolen Freedom", MSHT_NRM + " Review annually.")
    assert a.startswith("f:") and side_id("hmicfrs", None, "", MSHT_NRM).startswith("h:")


def test_duplicated_rows_get_distinct_identities():
    import pandas as pd

    frame = pd.DataFrame({"row_id": ["T!2", "T!3", "T!4"], "ref": [None] * 3,
                          "report": [SF] * 3, "text": [MSHT_NRM, MSHT_NRM, DIGITAL],
                          "status": ["Amber"] * 3, "state": ["open"] * 3})
    ident = identify(frame.iloc[:0], frame)
    ids = list(ident.f_id.values())
    assert len(set(ids)) == 3 and ids[1] == ids[0] + "#2"


@pytest.mark.parametrize("typed, canonical", [
    ("accept match", "Accept match"), ("  Reject   Match ", "Reject match"),
    ("Agree to close.", "Agree to close"), ("query", "Query with HMICFRS"),
    ("Awaiting evidence from CJ", "Awaiting evidence from CJ"), ("", None), (None, None),
])
def test_decisions_are_read_whatever_their_case_or_spacing(typed, canonical):
    assert canonical_decision(typed) == canonical
