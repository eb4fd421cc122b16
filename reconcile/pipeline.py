"""The Reconciliation result object and the function that runs the stages in order."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import Any

import pandas as pd

from . import __version__
from .config import Config, load_config
from .decisions import (
    DecisionSet,
    annotate,
    empty_log,
    read_decisions,
    resolve,
    with_identity,
)
from .diff import CATEGORIES, categorise
from .load import LoadedSide, load_side
from .load.refs import adopt_refs
from .match import Scores, match
from .normalise import normalise_items, unknown_status_note
from .schemas import check_items, check_result


@dataclass(frozen=True)
class Reconciliation:
    """Everything a run produced: what the writer, the notebook and the tests need.

    Nothing downstream re-reads files or recomputes scores.
    """

    hmicfrs: LoadedSide
    force: LoadedSide
    config: Config
    h: pd.DataFrame          # normalised HMICFRS items
    f: pd.DataFrame          # normalised force items
    pairs: pd.DataFrame
    scores: Scores
    items: pd.DataFrame      # one categorised line per item: the CSV
    started: datetime
    timings: dict[str, float] = field(default_factory=dict)
    version: str = __version__
    #: Every decision read back from returned workbooks, with what became of it (the
    #: workbook's Decision log); empty when none were given.
    decisions: pd.DataFrame = field(default_factory=empty_log)
    decision_files: tuple = ()       # reconcile.decisions.DecisionFile, one per file read
    decision_notes: tuple[str, ...] = ()
    changes: Any = None              # reconcile.changes.Changes, when --previous was given

    def counts(self) -> dict[str, int]:
        """Lines per category, every category present (zero where none)."""
        vc = self.items["category"].value_counts()
        return {c: int(vc.get(c, 0)) for c in CATEGORIES}

    def tie_out(self) -> pd.DataFrame:
        """Rows in = items out + rows explained, per input and sheet."""
        return self._tie_out.copy()

    @cached_property
    def _tie_out(self) -> pd.DataFrame:
        # Computed once: the CLI checks it and Run info prints it (0.7 s on national lists).
        rows = []
        for side in (self.hmicfrs, self.force):
            col = "hmicfrs_row" if side.side == "hmicfrs" else "force_row"
            out_ids = set(self.items[col].dropna())
            for rep in side.sheets:
                in_items = side.items.loc[side.items["sheet"] == rep.sheet, "row_id"]
                in_output = int(in_items.isin(out_ids).sum())
                rows.append({
                    "input": side.label, "sheet": rep.sheet,
                    "rows with content": rep.rows, "items": rep.items,
                    "items in output": in_output,
                    "rows explained": rep.explained, "blank rows": rep.blank,
                    "ties out": rep.rows == rep.items + rep.explained and in_output == rep.items,
                })
        return pd.DataFrame(rows)

    @cached_property
    def status_notes(self) -> tuple[str, ...]:
        """Status words neither the built-in table nor the config knows, per side: asked
        about on the terminal and in Run info, counted as open meanwhile."""
        notes = (unknown_status_note(self.h, "hmicfrs"), unknown_status_note(self.f, "force"))
        return tuple(n for n in notes if n)

    def summary(self) -> str:
        """A few lines for the terminal: counts per category, then any status words to settle."""
        c = self.counts()
        width = max(len(k) for k in c)
        lines = [f"Reconciled {len(self.h)} HMICFRS items with {len(self.f)} force rows:"]
        lines += [f"  {k:<{width}}  {v:>4}" for k, v in c.items()]
        lines += self.status_notes
        return "\n".join(lines)

    def to_csv(self, path: str | Path) -> Path:
        from .write import write_csv

        return write_csv(self, path)

    def to_excel(self, path: str | Path) -> Path:
        from .write import write_workbook

        return write_workbook(self, path)


#: Called with the name of each stage as it starts (the CLI's progress bar).
Progress = Callable[[str], None]


def _quiet(stage: str) -> None:
    pass


def reconcile_loaded(hmicfrs: LoadedSide, force: LoadedSide, config: Config | None = None,
                     timings: dict[str, float] | None = None,
                     decisions: DecisionSet | None = None,
                     progress: Progress = _quiet,
                     normalised: tuple[pd.DataFrame, pd.DataFrame] | None = None
                     ) -> Reconciliation:
    """Run normalise → match → diff on two loaded sides, honouring a person's decisions.

    `normalised`: both sides already normalised (`prepare_side`), when they were prepared
    side by side.
    """
    config = config or Config()
    timings = dict(timings or {})
    started = datetime.now().astimezone()
    if normalised is None:
        force = adopt_refs(force, hmicfrs)
        progress("normalising")
        t = time.perf_counter()
        h = prepare_items(hmicfrs, config)
        f = prepare_items(force, config)
        timings["normalise"] = time.perf_counter() - t
    else:
        h, f = normalised
    progress("matching")
    t = time.perf_counter()
    resolution = resolve(decisions, h, f)
    pairs, scores = match(h, f, config.match, forced=resolution.forced,
                          forbidden=resolution.forbidden)
    timings["match"] = time.perf_counter() - t
    progress("categorising")
    t = time.perf_counter()
    items = check_result(categorise(h, f, pairs, scores))
    items, log = annotate(items, resolution)
    timings["diff"] = time.perf_counter() - t
    return Reconciliation(hmicfrs, force, config, h, f, pairs, scores, items, started, timings,
                          decisions=log, decision_files=resolution.files,
                          decision_notes=resolution.notes)


def prepare_items(loaded: LoadedSide, config: Config) -> pd.DataFrame:
    """A loaded side's items, checked, normalised and given their identities."""
    items = normalise_items(check_items(loaded.items, loaded.path), loaded.side,
                            config.side(loaded.side))
    return with_identity(items, loaded.side)


def prepare_side(path: Path, side: str, config: Config) -> tuple[LoadedSide, pd.DataFrame,
                                                                   dict[str, float]]:
    """Load and normalise one input (in a second process when both are large)."""
    t = time.perf_counter()
    loaded = load_side(path, side, config.side(side))
    t1 = time.perf_counter()
    items = prepare_items(loaded, config)
    return loaded, items, {"load": t1 - t, "normalise": time.perf_counter() - t1}


#: From this size of the two inputs together (bytes), the force tracker is read and normalised
#: in a second process while this one does the HMICFRS list: a national register takes several
#: seconds per side; a force's own lists (under a megabyte) take less than starting a process.
SIDE_BY_SIDE_BYTES = 2_000_000


def _side_by_side(hp: Path, fp: Path) -> bool:
    import os

    try:
        size = hp.stat().st_size + fp.stat().st_size
    except OSError:
        return False   # load_side says what is wrong with the path
    return size >= SIDE_BY_SIDE_BYTES and (os.cpu_count() or 1) > 1


def _prepare_both(hp: Path, fp: Path, config: Config, progress: Progress):
    """Both sides loaded and normalised, the force tracker in a second process.

    The HMICFRS list's own problems are reported first, as when run one after the other.
    """
    from . import sidebyside
    from .errors import InputError

    other = sidebyside.start("reconcile.pipeline:prepare_side", (fp, "force", config), InputError(
        f"{fp}: reading the force tracker stopped the process that read it ({{detail}}). A "
        "sheet may declare millions of rows or columns: open the file in Excel, save it again "
        "as .xlsx and run again."))
    progress("reading the HMICFRS list (the force tracker beside it)")
    try:
        mine = prepare_side(hp, "hmicfrs", config)
    except BaseException:
        sidebyside.stop(other)
        raise
    progress("reading the force tracker")
    theirs = sidebyside.result(other)
    progress("normalising")   # done on both sides: the bar's steps as in a run one by one
    return mine, theirs


def _adopt_refs_prepared(force: LoadedSide, f: pd.DataFrame, hmicfrs: LoadedSide
                         ) -> tuple[LoadedSide, pd.DataFrame]:
    """The force reference column found by the list's ids, after the force side was
    normalised in a second process (which could not see the list)."""
    adopted = adopt_refs(force, hmicfrs)
    if adopted is force:
        return force, f
    from .normalise import ref_key

    refs = dict(zip(adopted.items["row_id"], adopted.items["ref"], strict=True))
    f = f.copy()
    f["ref"] = pd.Series([refs.get(r) for r in f["row_id"]], index=f.index, dtype=object)
    f["ref_key"] = [ref_key(v) for v in f["ref"]]
    return adopted, f


def reconcile_files(hmicfrs_path: str | Path, force_path: str | Path,
                    config: Config | str | Path | None = None,
                    decisions: DecisionSet | Sequence[str | Path] | None = None,
                    progress: Progress = _quiet) -> Reconciliation:
    """Load both files and reconcile them: the library entry point the CLI calls.

    `decisions`: returned workbooks (one per lead) whose decisions this run honours.
    """
    if not isinstance(config, Config):
        config = load_config(config)
    from .errors import InputError

    hp, fp = Path(hmicfrs_path), Path(force_path)
    if hp.exists() and fp.exists() and hp.resolve() == fp.resolve():
        raise InputError(f"{hp}: the same file was given as both the HMICFRS list and the force "
                         "tracker. Give the HMICFRS list first, then the force tracker.")
    t = time.perf_counter()
    normalised = None
    if _side_by_side(hp, fp):
        (hmicfrs, h, h_times), (force, f, f_times) = _prepare_both(hp, fp, config, progress)
        force, f = _adopt_refs_prepared(force, f, hmicfrs)
        normalised = (h, f)
        # Wall time of both sides together, and each side's own (they overlap).
        timings = {"load and normalise, side by side": time.perf_counter() - t}
        timings |= {f"{stage} ({who})": v for who, times in (("HMICFRS", h_times),
                                                               ("force", f_times))
                    for stage, v in times.items()}
    else:
        progress("reading the HMICFRS list")
        hmicfrs = load_side(hp, "hmicfrs", config.hmicfrs)
        progress("reading the force tracker")
        force = load_side(fp, "force", config.force)
        timings = {"load": time.perf_counter() - t}
    if hmicfrs.sha256 == force.sha256:  # two copies of one file: a mistake, not a reconciliation
        raise InputError(f"{fp}: has exactly the same contents as {hp}, so the same list was "
                         "given twice. Give the HMICFRS list first, then the force tracker.")
    if decisions is not None and not isinstance(decisions, DecisionSet):
        t = time.perf_counter()
        decisions = read_decisions(decisions)
        timings["read decisions"] = time.perf_counter() - t
    return reconcile_loaded(hmicfrs, force, config, timings, decisions, progress, normalised)
