"""Output files: the CSV, the full workbook and one per owner, each whole or not at all."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from .. import sidebyside
from ..errors import OutputError
from ..result import Reconciliation
from ..vocab import FORMULA_START
from .atomic import atomic_path, refuse_inputs
from .owners import owner_decisions, owner_groups, split_paths
from .view import View
from .workbook import write_workbook

# ---------------------------------------------------------------------------------- CSV


def csv_frame(rec: Reconciliation, items: pd.DataFrame | None = None) -> pd.DataFrame:
    """The flat CSV: one row per item, contract columns first, dates as ISO text."""
    out = (rec.items if items is None else items).copy()
    for col in out.columns:
        if out[col].dtype != object:  # keep ints as ints: Series.map would infer float
            continue
        values = out[col].tolist()
        # datetime is a date; the types once per column, not each value, on a long list
        if any(issubclass(kind, (date, tuple)) for kind in set(map(type, values))):
            out[col] = pd.Series([_csv_value(v) for v in values], index=out.index, dtype=object)
    return out


def _csv_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return ", ".join(map(str, value))
    return value


#: UTF-8 with a byte-order mark: without it Excel on Windows reads the CSV as Windows-1252 and
#: shows "Ã©" for "é" and garbage for curly quotes. Python's "utf-8-sig" writes the mark; every
#: reader of our CSV (load.text) accepts it and its absence. `--csv-encoding utf-8` leaves it off
#: for tools that choke on it.
CSV_ENCODINGS = ("utf-8-sig", "utf-8")


def write_csv(rec: Reconciliation, path: str | Path, encoding: str = CSV_ENCODINGS[0]) -> Path:
    path = Path(path)
    refuse_inputs(rec, path)
    frame = csv_frame(rec)
    with atomic_path(path) as tmp:
        csv_to_file(frame, tmp, encoding)
    return path


def csv_to_file(frame: pd.DataFrame, path: Path, encoding: str = CSV_ENCODINGS[0]) -> None:
    """The CSV's bytes (also run in a second process, beside the workbook, on long lists)."""
    if encoding not in CSV_ENCODINGS:
        raise OutputError(f"CSV encoding '{encoding}': use one of {', '.join(CSV_ENCODINGS)}.")
    excel_safe(frame).to_csv(path, index=False, encoding=encoding, lineterminator="\n")


# A tracker's "- awaiting NRM training" would show in Excel as #NAME?, and
# "=HYPERLINK(...)" would run: load.text.FORMULA_START says what starts a formula.


def excel_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """Text cells that start like a formula, with a ' before them, as OWASP advises.

    Excel shows the text as written and does not run it; our CSV readers take the ' off
    again (load.text.unescape_formula). The workbook needs none of this: its cells are typed text.
    """
    out = frame
    for col in frame.columns:
        if frame[col].dtype != object:
            continue
        values = frame[col].tolist()
        if not any(isinstance(v, str) and v.startswith(FORMULA_START) for v in values):
            continue
        if out is frame:
            out = frame.copy()
        out[col] = pd.Series([f"'{v}" if isinstance(v, str) and v.startswith(FORMULA_START) else v
                              for v in values], index=frame.index, dtype=object)
    return out


#: From this many lines, the CSV is written in a second process while this one writes the
#: workbook: 1.8 s of a national run's 10 s of writing, against ~0.5 s to start the process
#: and hand it the table.
CSV_ASIDE_LINES = 10_000


#: What Excel says, and what to do, for each extension it would refuse for an .xlsx workbook.
_NOT_XLSX = {
    ".xlsm": "a macro-enabled name, and this workbook has no macros: Excel refuses to open it",
    ".xls": "the old Excel format's name: Excel would warn that the content does not match it",
    ".xlsb": "Excel's binary format's name: Excel refuses to open workbook XML under it",
    ".ods": "LibreOffice's format's name: the content would not match it",
    ".csv": "a CSV's name: use --csv for the flat CSV, and --out for the workbook",
}


def check_workbook_name(out: str | Path) -> None:
    """Refuse, before any work, an --out name Excel would not open as the workbook written."""
    name = Path(out).name
    suffix = Path(out).suffix.lower()
    if suffix == ".xlsx":
        return
    fixed = Path(out).with_suffix(".xlsx").name if suffix else f"{name}.xlsx"
    why = _NOT_XLSX.get(suffix, f"not an Excel workbook's name ({suffix or 'no extension'})")
    raise OutputError(f"{out}: the workbook is an .xlsx file and must be named so; '{suffix or name}' "
                      f"is {why}. Use --out {fixed}.")


def write_outputs(rec: Reconciliation, out: str | Path, csv: str | Path | None = None,
                  split_by: str | None = None, csv_encoding: str = CSV_ENCODINGS[0]) -> list[Path]:
    """Write the workbook (and CSV, and one workbook per owner) only if every one can be."""
    check_workbook_name(out)
    out = Path(out)
    jobs: list[tuple[Path, Any]] = [(out, lambda p: write_workbook(rec, p))]
    if csv is not None:
        if Path(csv).resolve() == out.resolve():
            raise OutputError(f"{csv}: the same file was given as --out and --csv; the CSV would "
                              "replace the workbook. Give the CSV its own name, e.g. --csv "
                              f"{out.with_suffix('.csv').name}.")
        csv_job = (Path(csv), lambda p: write_csv(rec, p, csv_encoding))
        jobs.append(csv_job)
    if split_by == "owner":
        groups = owner_groups(rec.items)
        for owner, path in split_paths(out, list(groups)).items():
            view = View(groups[owner], owner_decisions(rec.decisions, groups[owner]), owner)
            jobs.append((path, lambda p, v=view: write_workbook(rec, p, v)))
    elif split_by is not None:
        raise OutputError(f"--split-by {split_by}: only 'owner' is supported.")
    for p, _ in jobs:
        refuse_inputs(rec, p)
        if not (p.parent if str(p.parent) else Path(".")).is_dir():
            raise OutputError(f"{p}: the folder '{p.parent}' does not exist. Create it first, or "
                              "choose another place.")
    if csv is None or len(rec.items) < CSV_ASIDE_LINES:
        return [fn(p) for p, fn in jobs]
    csv_path = csv_job[0]
    with atomic_path(csv_path) as tmp:
        aside = sidebyside.start(csv_to_file, (csv_frame(rec), tmp, csv_encoding),
                                 OutputError(f"{csv_path}: writing the CSV stopped the process "
                                             "that wrote it ({detail}). Run again; if it "
                                             "happens again, leave out --csv."))
        try:   # the other files here meanwhile, in their usual order
            written = [job[0] if job is csv_job else job[1](job[0]) for job in jobs]
        except BaseException:
            sidebyside.stop(aside)
            raise
        sidebyside.result(aside)
    return written
