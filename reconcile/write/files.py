"""Output files: the CSV, the full workbook and one per owner, each whole or not at all."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from .. import vocab
from ..errors import OutputError

if TYPE_CHECKING:
    from ..pipeline import Reconciliation

UNASSIGNED = "Unassigned"
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{k}" for k in range(1, 10)),
             *(f"lpt{k}" for k in range(1, 10))}


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


def refuse_inputs(rec: Reconciliation, path: Path) -> None:
    """An output must never replace an input: the lists, or a lead's returned workbook."""
    if not path.exists():
        return
    inputs = [(side.path, side.label) for side in (rec.hmicfrs, rec.force)]
    inputs += [(d.path, "a returned decisions workbook") for d in rec.decision_files]
    for p, label in inputs:
        if p.exists() and path.resolve() == p.resolve():
            raise OutputError(f"{path}: is one of the inputs ({label}); it would be "
                              "overwritten. Choose another --out or --csv file name.")


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


def write_csv(rec: Reconciliation, path: str | Path) -> Path:
    path = Path(path)
    refuse_inputs(rec, path)
    frame = csv_frame(rec)
    with atomic_path(path) as tmp:
        csv_to_file(frame, tmp)
    return path


def csv_to_file(frame: pd.DataFrame, path: Path) -> None:
    """The CSV's bytes (also run in a second process, beside the workbook, on long lists)."""
    frame.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")


#: From this many lines, the CSV is written in a second process while this one writes the
#: workbook: 1.8 s of a national run's 10 s of writing, against ~0.5 s to start the process
#: and hand it the table.
CSV_ASIDE_LINES = 10_000


# ------------------------------------------------------------------------ split by owner


def owner_of(items: pd.DataFrame) -> pd.Series:
    """Who each line is for: the tracker's owner, else the owner a lead assigned, else nobody."""
    def one(owner: Any, assigned: Any) -> str:
        for v in (owner, assigned):
            if isinstance(v, str) and v.strip():
                return " ".join(v.split())
        return UNASSIGNED

    assigned = items["signoff_owner"] if "signoff_owner" in items else [None] * len(items)
    return pd.Series([one(o, a) for o, a in zip(items["force_owner"], assigned, strict=True)],
                     index=items.index, dtype=object)


def safe_name(owner: str) -> str:
    """A file-name part any system accepts: 'C/Supt Bell' -> 'C-Supt Bell'."""
    text = unicodedata.normalize("NFKC", owner).replace("&", " and ")
    text = re.sub(r"[^\w\s.,()'-]+", "-", text)
    text = " ".join(text.split()).strip(" .-")[:60].strip(" .-")
    if not text:
        text = "Owner"
    if text.lower().split(".")[0] in _RESERVED:
        text += " (owner)"
    return text


def owner_groups(items: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """One group per owner (spellings differing only in case or punctuation are one owner)."""
    owners = owner_of(items)
    keys = owners.map(vocab.key)
    out = {}
    for key in dict.fromkeys(keys):
        mask = keys == key
        # The commonest spelling; between equals, the one written with capitals.
        name = max(Counter(owners[mask]).items(),
                   key=lambda kv: (kv[1], sum(ch.isupper() for ch in kv[0])))[0]
        out[name] = items[mask]
    return dict(sorted(out.items(), key=lambda kv: (kv[0] == UNASSIGNED, kv[0].lower())))


def split_paths(out: Path, owners: list[str]) -> dict[str, Path]:
    """'reconciliation - C-Supt Bell.xlsx' beside the full workbook, one per owner, no clashes."""
    paths: dict[str, Path] = {}
    taken: set[str] = {out.name.lower()}
    for owner in owners:
        base = f"{out.stem} - {safe_name(owner)}"
        name, k = f"{base}{out.suffix}", 1
        while name.lower() in taken:
            k += 1
            name = f"{base} ({k}){out.suffix}"
        taken.add(name.lower())
        paths[owner] = out.with_name(name)
    return paths


def _owner_decisions(log: pd.DataFrame, lines: pd.DataFrame) -> pd.DataFrame:
    if log.empty:
        return log
    rows = set(lines["hmicfrs_row"].dropna()) | set(lines["force_row"].dropna())
    return log[log["hmicfrs_row"].isin(rows) | log["force_row"].isin(rows)]


def write_outputs(rec: Reconciliation, out: str | Path, csv: str | Path | None = None,
                  split_by: str | None = None) -> list[Path]:
    """Write the workbook (and CSV, and one workbook per owner) only if every one can be."""
    from .workbook import View, write_workbook

    out = Path(out)
    jobs: list[tuple[Path, Any]] = [(out, lambda p: write_workbook(rec, p))]
    if csv is not None:
        csv_job = (Path(csv), lambda p: write_csv(rec, p))
        jobs.append(csv_job)
    if split_by == "owner":
        groups = owner_groups(rec.items)
        for owner, path in split_paths(out, list(groups)).items():
            view = View(groups[owner], _owner_decisions(rec.decisions, groups[owner]), owner)
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
    from .. import sidebyside

    csv_path = csv_job[0]
    with atomic_path(csv_path) as tmp:
        aside = sidebyside.start("reconcile.write.files:csv_to_file", (csv_frame(rec), tmp),
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
