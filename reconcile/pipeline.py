"""The run: load, normalise, match, diff, then the decisions and the previous run.

`reconcile` is the one entry point the CLI, the notebook, the benchmarks and the tests call;
what it returns is a `reconcile.result.Reconciliation`, which the writers take.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

import pandas as pd

from .changes import with_changes
from .config import Config, load_config
from .decisions import DecisionSet, annotate, read_decisions, resolve, with_identity
from .diff import categorise
from .load import LoadedSide, load_side
from .load.ourforce import adopt_force_columns
from .load.refs import adopt_refs
from .load.scope import own_force_items
from .match import match
from .normalise import by_recommendation, key_reading, normalise_items, unknown_status_note
from .normalise.codes import register_codes
from .normalise.entries import entry_rows
from .result import Reconciliation
from .schemas import check_items, check_result

__all__ = ["Reconciliation", "prepare_items", "prepare_side", "reconcile", "reconcile_files",
           "reconcile_loaded"]


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
        force = adopt_force_columns(adopt_refs(force, hmicfrs), hmicfrs)
        hmicfrs = own_force_items(hmicfrs, force)    # other forces' items: never normalised
        progress("normalising")
        t = time.perf_counter()
        h = prepare_items(hmicfrs, config)
        f = prepare_items(force, config)
        timings["normalise"] = time.perf_counter() - t
    else:
        h, f = normalised          # each side prepared alone: the list's scope is set now
        scoped = own_force_items(hmicfrs, force)
        if scoped is not hmicfrs:
            hmicfrs = scoped
            h = h[h["row_id"].isin(set(scoped.items["row_id"]))].reset_index(drop=True)
    h, f = register_codes(h, f)
    f = by_recommendation(h, f)
    entries = listed_entries(f, force, config)
    progress("matching")
    t = time.perf_counter()
    resolution = resolve(decisions, h, f)
    pairs, scores = match(h, f, config.match, forced=resolution.forced,
                          forbidden=resolution.forbidden, entries=entries)
    timings["match"] = time.perf_counter() - t
    progress("categorising")
    t = time.perf_counter()
    items = check_result(categorise(h, f, pairs, scores, entries=entries))
    items, log = annotate(items, resolution)
    timings["diff"] = time.perf_counter() - t
    notes = (unknown_status_note(h, "hmicfrs"), unknown_status_note(f, "force"))
    keys = tuple((side.label, key_reading(side.side, config.side(side.side), side.legend))
                 for side in (hmicfrs, force) if side.legend)
    return Reconciliation(hmicfrs=hmicfrs, force=force, config=config, h=h, f=f, pairs=pairs,
                          scores=scores, items=items, started=started, timings=timings,
                          decisions=log, decision_files=resolution.files,
                          decision_notes=resolution.notes,
                          status_notes=tuple(n for n in notes if n), keys=keys)


def listed_entries(f: pd.DataFrame, force: LoadedSide, config: Config) -> pd.DataFrame | None:
    """The items of force rows that hold a numbered list of them, normalised as items are
    (`normalise.entries`); None when no row does."""
    rows = entry_rows(f, [c for c in force.items.columns if c in f.columns])
    if rows.empty:
        return None
    return normalise_items(rows, "force", config.side("force"), force.legend)


def prepare_items(loaded: LoadedSide, config: Config) -> pd.DataFrame:
    """A loaded side's items, checked, normalised and given their identities."""
    items = normalise_items(check_items(loaded.items, loaded.path), loaded.side,
                            config.side(loaded.side), loaded.legend)
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

    other = sidebyside.start(prepare_side, (fp, "force", config), InputError(
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
    from .normalise import item_numbers, ref_keys

    refs = dict(zip(adopted.items["row_id"], adopted.items["ref"], strict=True))
    f = f.copy()
    f["ref"] = pd.Series([refs.get(r) for r in f["row_id"]], index=f.index, dtype=object)
    f["ref_key"] = ref_keys(f["ref"])   # as normalise_items would have made it
    f["item_no"] = item_numbers(f)
    return adopted, f


Decisions = DecisionSet | Sequence[str | Path] | str | Path


def reconcile(hmicfrs: str | Path, force: str | Path, *, config: Config | str | Path | None = None,
              decisions: Decisions = (), previous: str | Path | None = None,
              progress: Progress | None = None) -> Reconciliation:
    """Reconcile the HMICFRS list with the force tracker: what `reconcile run` does, short of
    writing (pass the result to `reconcile.write_outputs`).

    `config`: a `Config` or the path of a .toml file. `decisions`: the workbooks (or CSVs) the
    sign-off leads returned, one per lead, later ones winning; their decisions are honoured.
    `previous`: the workbook or CSV of an earlier run, to say what changed since
    (`Reconciliation.changes`). `progress` is called with the name of each stage as it starts.
    """
    progress = progress or _quiet
    if not isinstance(config, Config):
        config = load_config(config)
    hp, fp = Path(hmicfrs), Path(force)
    _refuse_same_path(hp, fp)
    t = time.perf_counter()
    if _side_by_side(hp, fp):
        hmicfrs_side, force_side, normalised, timings = _load_side_by_side(hp, fp, config, progress, t)
    else:
        progress("reading the HMICFRS list")
        hmicfrs_side = load_side(hp, "hmicfrs", config.hmicfrs)
        progress("reading the force tracker")
        force_side = load_side(fp, "force", config.force)
        normalised, timings = None, {"load": time.perf_counter() - t}
    if hmicfrs_side.sha256 == force_side.sha256:
        _refuse_same_contents(hp, fp)
    decision_set = _read_decisions(decisions, timings)
    rec = reconcile_loaded(hmicfrs_side, force_side, config, timings, decision_set, progress,
                           normalised)
    if previous is not None:
        progress("comparing with the previous run")
        rec = with_changes(rec, previous)
    return rec


def reconcile_files(hmicfrs_path: str | Path, force_path: str | Path,
                    config: Config | str | Path | None = None,
                    decisions: Decisions | None = None,
                    progress: Progress = _quiet) -> Reconciliation:
    """`reconcile` with the config and decisions given by position (older scripts call it)."""
    return reconcile(hmicfrs_path, force_path, config=config, decisions=decisions or (),
                     progress=progress)


def _refuse_same_path(hp: Path, fp: Path) -> None:
    from .errors import InputError

    if hp.exists() and fp.exists() and hp.resolve() == fp.resolve():
        raise InputError(f"{hp}: the same file was given as both the HMICFRS list and the force "
                         "tracker. Give the HMICFRS list first, then the force tracker.")


def _refuse_same_contents(hp: Path, fp: Path) -> None:
    """Two copies of one file: a mistake, not a reconciliation."""
    from .errors import InputError

    raise InputError(f"{fp}: has exactly the same contents as {hp}, so the same list was "
                     "given twice. Give the HMICFRS list first, then the force tracker.")


def _load_side_by_side(hp: Path, fp: Path, config: Config, progress: Progress, t: float):
    """Both sides loaded and normalised at once, with the wall time and each side's own."""
    (hmicfrs, h, h_times), (force, f, f_times) = _prepare_both(hp, fp, config, progress)
    force, f = _adopt_refs_prepared(force, f, hmicfrs)
    adopted = adopt_force_columns(force, hmicfrs)
    if adopted is not force:        # a status column per force: the force side read again
        force, f = adopted, prepare_items(adopted, config)
    # Wall time of both sides together, and each side's own (they overlap).
    timings = {"load and normalise, side by side": time.perf_counter() - t}
    timings |= {f"{stage} ({who})": v for who, times in (("HMICFRS", h_times), ("force", f_times))
                for stage, v in times.items()}
    return hmicfrs, force, (h, f), timings


def _read_decisions(decisions: Decisions, timings: dict[str, float]) -> DecisionSet | None:
    """The returned workbooks read (timed), or None when there are none."""
    if isinstance(decisions, DecisionSet):
        return decisions
    if isinstance(decisions, str | Path):
        decisions = [decisions]   # one file given bare, not a list of one
    if not decisions:
        return None
    t = time.perf_counter()
    found = read_decisions(list(decisions))
    timings["read decisions"] = time.perf_counter() - t
    return found
