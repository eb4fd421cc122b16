"""The Summary's "By report" table: one line per report, named as the HMICFRS list names it
(issue 14). A tracker's own spelling of a list report ("PEEL Effectiveness 2015
(Vulnerability) – published 15 December 2015") must not make a second line for it."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from reconcile import reconcile, sample_files, write_workbook
from reconcile.normalise import report_key

CASES = sorted((Path(__file__).parent / "eval" / "cases").iterdir())
RUNS = [sample_files(), *[(next(c.glob("hmicfrs.*")), next(c.glob("tracker.*"))) for c in CASES]]


def by_report(path: Path) -> list[str]:
    """The report names of the Summary's "By report" table, as a person reads them."""
    ws = openpyxl.load_workbook(path)["Summary"]
    col = [c.value for c in ws["A"]]
    start = col.index("Report") + 1
    end = next(i for i in range(start, len(col)) if col[i] in (None, "Total"))
    return col[start:end]


@pytest.mark.parametrize("hmicfrs, tracker", RUNS, ids=["sample", *[c.name for c in CASES]])
def test_by_report_has_one_line_per_report(hmicfrs, tracker, tmp_path):
    rec = reconcile(hmicfrs, tracker)
    names = by_report(write_workbook(rec, tmp_path / "out.xlsx"))
    keys = [report_key(n) for n in names]
    assert len(set(keys)) == len(keys), sorted(zip(keys, names, strict=True))
    on_list = {" ".join(str(v).split()) for v in rec.items["hmicfrs_report"].dropna()}
    assert on_list <= set(names)


def test_the_samples_own_spellings_are_under_the_lists_names(tmp_path):
    names = by_report(write_workbook(reconcile(*sample_files()), tmp_path / "out.xlsx"))
    assert "PEEL: Police effectiveness 2015 (Vulnerability)" in names
    assert "PEEL Effectiveness 2015 (Vulnerability) – published 15 December 2015" not in names
    # A report the list does not hold keeps the tracker's name: it is the force's own.
    assert "Force actions (not HMICFRS)" in names
