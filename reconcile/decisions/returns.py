"""The chase list: one line per owner, what they were sent and what came back, so that the
analyst knows whom to chase before the committee papers go out. Owners who returned nothing
come first."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .. import vocab
from ..errors import InputError
from .merge import merge
from .read import DecisionFile, Returned, category_of, read_file
from .records import Outcome, line_id
from .tables import read_tables

UNASSIGNED = "Unassigned"
#: What a returned folder may hold.
RETURN_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")
COLUMNS = ("Owner", "Items to decide", "Decided", "Undecided", "Not applied", "Why not applied",
           "Returned file", "Last saved")


@dataclass(frozen=True)
class OwnerReturn:
    """One owner's line of the chase list."""

    owner: str
    sent: int
    decided: int
    not_applied: int
    why: str
    files: str
    saved: str

    @property
    def undecided(self) -> int:
        return self.sent - self.decided - self.not_applied

    def row(self) -> list[object]:
        return [self.owner, self.sent, self.decided, self.undecided, self.not_applied, self.why,
                self.files or "(nothing returned)", self.saved]


def owner_name(owner: object, assigned: object = None) -> str:
    """Who a line is for: the tracker's owner, else the owner a lead assigned, else nobody."""
    for v in (owner, assigned):
        if isinstance(v, str) and v.strip():
            return " ".join(v.split())
    return UNASSIGNED


def chase_list(lines: pd.DataFrame, outcomes: pd.DataFrame,
               files: Sequence[DecisionFile]) -> list[OwnerReturn]:
    """`lines`: item_id, owner of every line to decide. `outcomes`: item_id, outcome_kind,
    signoff_file of every decision read (the Decision log's columns)."""
    kinds = outcomes.groupby("item_id")["outcome_kind"].agg(set).to_dict() if len(outcomes) \
        else {}
    out = []
    everyone = set(lines["item_id"])
    keys = lines["owner"].map(vocab.key)
    for key in dict.fromkeys(keys):
        mine = lines[keys == key]
        ids = set(mine["item_id"])
        decided = sum(Outcome.APPLIED.value in kinds.get(i, ()) for i in ids)
        bad = {i: kinds[i] for i in ids if i in kinds and Outcome.APPLIED.value not in kinds[i]}
        why = sorted({Outcome(k).label for ks in bad.values() for k in ks})
        theirs = [f for f in files if _returned_by(f, ids, everyone, outcomes)]
        out.append(OwnerReturn(mine["owner"].iloc[0], len(ids), decided, len(bad),
                               ", ".join(f"{n} {w.lower()}" for w, n in _count(bad, why)),
                               ", ".join(f.path.name for f in theirs),
                               ", ".join(f.saved_at for f in theirs if f.saved_at)))
    return sorted(out, key=lambda o: (bool(o.files), o.owner == UNASSIGNED, o.owner.lower()))


def _count(bad: dict[str, set[str]], labels: list[str]) -> list[tuple[str, int]]:
    return [(w, sum(any(Outcome(k).label == w for k in ks) for ks in bad.values()))
            for w in labels]


def _returned_by(file: DecisionFile, ids: set[str], everyone: set[str],
                 outcomes: pd.DataFrame) -> bool:
    """A file is an owner's when it decides on their lines, or when the lines to decide it
    holds are theirs only (their own workbook, sent back as it was)."""
    if len(outcomes) and (outcomes.loc[outcomes["signoff_file"] == file.path.name, "item_id"]
                          .isin(ids).any()):
        return True
    held = file.lines & everyone
    return bool(held) and held <= ids


def sent_lines(sent: Path) -> pd.DataFrame:
    """item_id and owner of every line to decide in the workbook that was sent out."""
    rows = []
    for table in read_tables(sent)[0]:
        category = category_of(table.sheet)
        if table.is_log or not category or category == "in_sync":
            continue
        for _, v in table.rows:
            item = v.get("item_id") or line_id(v.get("hmicfrs_row"), v.get("force_row"))
            rows.append({"item_id": item, "category": category,
                         "owner": owner_name(v.get("force_owner"), v.get("signoff_owner"))})
    if not rows:
        raise InputError(f"{sent}: no items to decide found. Give the workbook reconcile wrote "
                         "and sent to the owners (not one of the returned files).")
    return pd.DataFrame(rows, columns=["item_id", "category", "owner"], dtype=object)


def returned_paths(paths: Iterable[str | Path], sent: Path) -> list[Path]:
    """The files given, a folder standing for every spreadsheet in it (the sent one aside)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(f for f in p.iterdir() if f.suffix.lower() in RETURN_SUFFIXES
                          and not f.name.startswith("~$"))
        else:
            out.append(p)
    return [p for p in out if not (p.exists() and sent.exists() and p.samefile(sent))]


def _outcomes(returned: list[Returned]) -> pd.DataFrame:
    """What each decision would become, before any run: applied, not a word, in conflict.
    Rows without an Item ID are taken by the rows they show."""
    kept, aside, _ = merge(returned)
    rows = []
    for d in [*kept, *aside]:
        kind = (Outcome.CONFLICTING if d.rivals else Outcome.INVALID_WORD if d.word
                else Outcome.APPLIED if d.signoff_decision else None)
        item = d.item_id or line_id(d.hmicfrs_row, d.force_row)
        for r in d.rivals or (d,):
            if kind is not None:
                rows.append({"item_id": item, "outcome_kind": kind.value,
                             "signoff_file": r.signoff_file})
    return pd.DataFrame(rows, columns=["item_id", "outcome_kind", "signoff_file"], dtype=object)


def _read_returns(paths: Iterable[str | Path], sent: Path, skipped: list[str]) -> list[Returned]:
    """Each returned file read; in a folder, a file that is no return (a notes workbook, a
    protected file) is listed in `skipped` and the rest still read. A file named on its own
    that cannot be read stops the run, as anywhere else."""
    named = {Path(p) for p in paths if not Path(p).is_dir()}
    out = []
    for p in returned_paths(paths, sent):
        try:
            out.append(read_file(p))
        except InputError as exc:
            if p in named:
                raise
            skipped.append(str(exc))
    return out


def returns_report(sent: str | Path, paths: Iterable[str | Path],
                   skipped: list[str] | None = None) -> list[OwnerReturn]:
    """The chase list from the workbook sent out and the files returned so far; files in a
    folder that are no returns are said in `skipped` (when given), not a reason to stop."""
    sent = Path(sent)
    lines = sent_lines(sent)
    returned = _read_returns(paths, sent, skipped if skipped is not None else [])
    # Lines without an Item ID are known by their rows, as sent_lines names them.
    return chase_list(lines, _outcomes(returned), [r.info for r in returned])


def report_text(report: list[OwnerReturn]) -> str:
    """The chase list for the terminal: one line per owner, those with nothing back first."""
    width = max([len(o.owner) for o in report] + [5])
    lines = [f"{'Owner':<{width}}  to decide  decided  undecided  not applied  returned"]
    for o in report:
        why = f" ({o.why})" if o.why else ""
        saved = f", saved {o.saved}" if o.saved else ""
        lines.append(f"{o.owner:<{width}}  {o.sent:>9}  {o.decided:>7}  {o.undecided:>9}  "
                     f"{o.not_applied:>11}  {o.files or '(nothing returned)'}{saved}{why}")
    waiting = sum(1 for o in report if not o.files)
    lines.append(f"{waiting} of {len(report)} owners have returned nothing.")
    return "\n".join(lines)
