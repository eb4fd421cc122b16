"""Reconciliation → sign-off workbook and flat CSV, each written whole or not at all."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from .diff import CATEGORIES, CATEGORY_HELP, CATEGORY_TITLES
from .errors import OutputError

if TYPE_CHECKING:
    from .pipeline import Reconciliation

# Columns on each category sheet: (heading, result column, width).
HMICFRS_COLS = [("HMICFRS row", "hmicfrs_row", 16), ("HMICFRS ref", "hmicfrs_ref", 10),
                ("HMICFRS report", "hmicfrs_report", 28), ("HMICFRS type", "hmicfrs_type", 14),
                ("HMICFRS text", "hmicfrs_text", 60), ("HMICFRS status", "hmicfrs_status", 16)]
FORCE_COLS = [("Force row", "force_row", 16), ("Force ref", "force_ref", 10),
              ("Force no.", "force_local_ref", 8), ("Force report", "force_report", 28),
              ("Force type", "force_type", 14), ("Force text", "force_text", 60),
              ("Force status", "force_status", 14), ("Owner", "force_owner", 18),
              ("Progress update", "force_progress", 40)]
MATCH_COLS = [("Score", "score", 8), ("Match", "method", 10), ("Part", "part", 8),
              ("Text score", "text_score", 8), ("Report score", "report_score", 8),
              ("Gap to runner-up", "margin", 9), ("Runner-up", "runner_up", 24)]
WHY_COL = [("Why", "flags", 50)]

_INJECTION_START = ("=", "+", "-", "@", "\t", "\r")


def sheet_columns(category: str) -> list[tuple[str, str, int]]:
    """The columns a category's sheet shows: only the sides and parts that can be filled."""
    if category == "missing_from_force":
        return HMICFRS_COLS + WHY_COL
    if category == "not_on_hmicfrs_list":
        return FORCE_COLS + WHY_COL
    return HMICFRS_COLS + FORCE_COLS + WHY_COL + MATCH_COLS


@contextlib.contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside `target`; rename it over `target` only on success."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"{target}: the folder '{folder}' does not exist. Create it first, or "
                          "choose another place with --out.")
    if target.is_dir():
        raise OutputError(f"{target}: is a folder. Give a file name, e.g. --out reconciliation.xlsx.")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=target.suffix, dir=folder)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write in '{folder}' ({exc.strerror}). Choose a folder "
                          "you can write to with --out.") from exc
    os.close(fd)
    try:
        yield Path(tmp)
        # mkstemp makes the file private; give it the permissions any new file would get.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except PermissionError as exc:
        raise OutputError(f"{target}: cannot be replaced ({exc.strerror}). If it is open in "
                          "Excel, close it and run again.") from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def _cell_value(value: Any) -> Any:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    if isinstance(value, tuple):
        return ", ".join(value)
    if isinstance(value, (int, float, date, datetime)):
        return value
    text = str(value)
    # Keep within Excel's cell limit rather than fail the whole workbook.
    return text if len(text) <= 32000 else text[:31990] + " [cut]"


def _put(ws: Any, row: int, col: int, value: Any) -> Any:
    """Write one cell; text that looks like a formula stays text (never evaluated)."""
    cell = ws.cell(row=row, column=col, value=None)
    value = _cell_value(value)
    cell.value = value
    if isinstance(value, str) and value.startswith(_INJECTION_START):
        cell.data_type = "s"
    if isinstance(value, (date, datetime)):
        cell.number_format = "dd mmm yyyy"
    return cell


def _table(ws: Any, top: int, headings: list[str], rows: list[list[Any]],
           widths: list[int] | None = None, freeze: bool = True) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    head_fill = PatternFill("solid", fgColor="1F3864")
    for c, h in enumerate(headings, start=1):
        cell = _put(ws, top, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = head_fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, values in enumerate(rows, start=top + 1):
        for c, v in enumerate(values, start=1):
            _put(ws, r, c, v).alignment = wrap
    last = get_column_letter(max(len(headings), 1))
    ws.auto_filter.ref = f"A{top}:{last}{top + max(len(rows), 1)}"
    if freeze:
        ws.freeze_panes = ws.cell(row=top + 1, column=1)
    for c, h in enumerate(headings, start=1):
        if widths:
            width = widths[c - 1]
        else:
            longest = max([len(str(h))] + [len(str(_cell_value(r[c - 1]) or "")) for r in rows])
            width = min(max(10, longest + 2), 60)
        ws.column_dimensions[get_column_letter(c)].width = width


def _summary(ws: Any, rec: Reconciliation) -> None:
    from openpyxl.styles import Font

    counts = rec.counts()
    ws["A1"] = "HMICFRS recommendations: reconciliation for sign-off"
    ws["A1"].font = Font(bold=True, size=14)
    info = [("Run on", rec.started.strftime("%d %B %Y %H:%M")),
            ("HMICFRS list", str(rec.hmicfrs.path)), ("Force tracker", str(rec.force.path)),
            ("HMICFRS items", len(rec.h)), ("Force rows", len(rec.f))]
    for k, (label, value) in enumerate(info, start=2):
        _put(ws, k, 1, label).font = Font(bold=True)
        _put(ws, k, 2, value)
    top = len(info) + 3
    rows = [[CATEGORY_TITLES[c], counts[c], CATEGORY_HELP[c]] for c in CATEGORIES]
    rows.append(["Total", sum(counts.values()), "One line per item of either list."])
    _table(ws, top, ["Category", "Items", "What to do"], rows, [24, 8, 90], freeze=False)

    by_report = rec.items.assign(report=rec.items["hmicfrs_report"].fillna(
        rec.items["force_report"]).fillna("(no report)"))
    table = pd.crosstab(by_report["report"], by_report["category"]).reindex(
        columns=list(CATEGORIES), fill_value=0)
    top2 = top + len(rows) + 3
    _put(ws, top2 - 1, 1, "By report").font = Font(bold=True, size=12)
    report_rows = [[name, *[int(v) for v in vals], int(sum(vals))]
                   for name, vals in zip(table.index, table.to_numpy().tolist(), strict=True)]
    _table(ws, top2, ["Report", *[CATEGORY_TITLES[c] for c in CATEGORIES], "Total"],
           report_rows, [60] + [12] * (len(CATEGORIES) + 1), freeze=False)
    ws.auto_filter.ref = None


def _run_info(ws: Any, rec: Reconciliation) -> None:
    from openpyxl.styles import Font

    from . import __version__

    rows: list[list[Any]] = [
        ["tool", f"reconcile {__version__}"],
        ["run on", rec.started.isoformat(timespec="seconds")],
    ]
    for side in (rec.hmicfrs, rec.force):
        rows.append([f"{side.label} file", str(side.path)])
        rows.append([f"{side.label} SHA-256", side.sha256])
        if side.encoding:
            rows.append([f"{side.label} text encoding", side.encoding])
    rows += [[k, v] for k, v in rec.config.as_rows()]
    rows += [[f"time: {k}", f"{v:.2f} s"] for k, v in rec.timings.items()]
    _table(ws, 1, ["Setting", "Value"], rows, [34, 90], freeze=False)

    top = len(rows) + 4
    _put(ws, top - 1, 1, "Rows read per sheet (rows with content = items + rows explained)"
         ).font = Font(bold=True, size=12)
    tie = rec.tie_out()
    sheets = {(s.label, r.sheet): r for s in (rec.hmicfrs, rec.force) for r in s.sheets}
    tie_rows = []
    for _, t in tie.iterrows():
        rep = sheets[(t["input"], t["sheet"])]
        mapping = ", ".join(f"{h} → {f}" for f, h in rep.mapping.items())
        tie_rows.append([t["input"], t["sheet"], rep.header_row, t["rows with content"],
                         t["items"], t["items in output"], t["rows explained"], t["blank rows"],
                         "yes" if t["ties out"] else "NO", mapping, ", ".join(rep.unmapped),
                         rep.note])
    _table(ws, top, ["Input", "Sheet", "Header row", "Rows with content", "Items",
                     "Items in output", "Rows explained", "Blank rows", "Ties out",
                     "Columns used", "Columns not used", "Note"], tie_rows,
           [14, 20, 8, 10, 8, 10, 10, 8, 8, 60, 30, 20], freeze=False)

    top2 = top + len(tie_rows) + 3
    _put(ws, top2 - 1, 1, "Rows that are not items, and why").font = Font(bold=True, size=12)
    skipped = pd.concat([rec.hmicfrs.skipped.assign(input=rec.hmicfrs.label),
                         rec.force.skipped.assign(input=rec.force.label)], ignore_index=True)
    _table(ws, top2, ["Input", "Row", "Reason", "Content"],
           skipped[["input", "row_id", "reason", "content"]].to_numpy().tolist(),
           [14, 22, 50, 80], freeze=False)
    ws.auto_filter.ref = None


def _category_sheet(ws: Any, rec: Reconciliation, category: str) -> None:
    cols = sheet_columns(category)
    lines = rec.items[rec.items["category"] == category]
    rows = [[r[c] for _, c, _ in cols] for _, r in lines.iterrows()]
    _table(ws, 1, [h for h, _, _ in cols], rows, [w for _, _, w in cols])


def write_workbook(rec: Reconciliation, path: str | Path) -> Path:
    """Summary, one sheet per category, Run info. Written to a temp file, then renamed."""
    from openpyxl import Workbook

    path = Path(path)
    _refuse_input(rec, path)
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    _summary(ws, rec)
    for category in CATEGORIES:
        _category_sheet(wb.create_sheet(CATEGORY_TITLES[category]), rec, category)
    _run_info(wb.create_sheet("Run info"), rec)
    with atomic_path(path) as tmp:
        wb.save(tmp)
    return path


def csv_frame(rec: Reconciliation) -> pd.DataFrame:
    """The flat CSV: one row per item, contract columns first, dates as ISO text."""
    out = rec.items.copy()
    for col in out.columns:
        if out[col].dtype == object:  # keep ints as ints: Series.map would infer float
            out[col] = pd.Series([_csv_value(v) for v in out[col]], index=out.index, dtype=object)
    return out


def _csv_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return ", ".join(value)
    return value


def write_csv(rec: Reconciliation, path: str | Path) -> Path:
    path = Path(path)
    _refuse_input(rec, path)
    frame = csv_frame(rec)
    with atomic_path(path) as tmp:
        frame.to_csv(tmp, index=False, encoding="utf-8", lineterminator="\n")
    return path


def _refuse_input(rec: Reconciliation, path: Path) -> None:
    for side in (rec.hmicfrs, rec.force):
        if path.exists() and side.path.exists() and path.resolve() == side.path.resolve():
            raise OutputError(f"{path}: is one of the inputs ({side.label}); it would be "
                              "overwritten. Choose another --out or --csv file name.")


def write_outputs(rec: Reconciliation, out: str | Path, csv: str | Path | None = None
                  ) -> list[Path]:
    """Write the workbook (and CSV) only if every output can be written."""
    targets: list[tuple[Path, Callable]] = [(Path(out), write_workbook)]
    if csv is not None:
        targets.append((Path(csv), write_csv))
    for p, _ in targets:
        _refuse_input(rec, p)
        if not (p.parent if str(p.parent) else Path(".")).is_dir():
            raise OutputError(f"{p}: the folder '{p.parent}' does not exist. Create it first, or "
                              "choose another place.")
    return [fn(rec, p) for p, fn in targets]
