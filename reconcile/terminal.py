"""What the command line shows on the terminal besides its messages: the progress bar, the
log lines of -v, and the password prompt. Kept apart from cli.py, which parses arguments."""

from __future__ import annotations

import contextlib
import logging
import sys

import click

#: Seconds before the progress bar appears: short runs stay silent.
PROGRESS_DELAY = 1.0


@contextlib.contextmanager
def progress_bar(quiet: bool):
    """A progress bar on stderr: only on a terminal, only once a run passes a second."""
    if quiet:   # not even imported: a quiet run is often a scripted one, where time counts
        yield lambda stage: None
        return
    from tqdm import tqdm

    bar = tqdm(total=6, file=sys.stderr, delay=PROGRESS_DELAY, disable=None,
               bar_format="{desc:<34}{bar:20} {elapsed}", leave=False)

    def step(stage: str) -> None:
        bar.set_description_str(stage, refresh=False)
        bar.update(1)

    try:
        yield step
    finally:
        bar.close()


def interactive() -> bool:
    return sys.stdin.isatty()


def ask_passwords(files: list[tuple[str | None, str]]) -> None:
    """Ask, without echo, for the password of each protected input (side, path) that has none.

    Only when a person is at the terminal; otherwise loading says which variable to set. The
    answer goes into this process's environment only (read there by load.encrypted, and by
    the second process a long list is read in); it is never printed, logged or written.
    """
    import os

    from .load.encrypted import PASSWORD_VAR, SIDE_VARS, is_protected, password_var

    for side, path in files:
        if os.environ.get(password_var(side)) or not interactive() or not is_protected(path):
            continue
        os.environ[SIDE_VARS.get(side or "", PASSWORD_VAR)] = click.prompt(
            f"Password for {path} (not shown as you type)", hide_input=True, err=True)


log = logging.getLogger("reconcile")


def start_logging(verbose: int) -> None:
    """-v: each stage and its time on stderr, with the standard logging module; -vv: more."""
    for handler in [h for h in log.handlers if getattr(h, "_from_cli", False)]:
        log.removeHandler(handler)   # a second run in one process (tests) logs once, not twice
    if not verbose:
        log.setLevel(logging.WARNING)
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)-7s %(message)s", "%H:%M:%S"))
    handler._from_cli = True  # type: ignore[attr-defined]
    log.addHandler(handler)
    log.setLevel(logging.DEBUG if verbose > 1 else logging.INFO)


def logged(progress):
    """The progress callback, also logging each stage with the seconds since the run began."""
    import time

    start = time.perf_counter()

    def step(stage: str) -> None:
        log.info("%7.2f s  %s", time.perf_counter() - start, stage)
        progress(stage)

    return step


def log_result(rec, written) -> None:
    """What came in and went out, for -v: rows per sheet, stage times, what to settle."""
    for row in rec.tie_out().to_dict("records"):
        log.info("%s, sheet '%s': %s rows with content -> %s items, %s explained as not items",
                 row["input"], row["sheet"], row["rows with content"], row["items"],
                 row["rows explained"])
    for stage, seconds in rec.timings.items():
        log.debug("stage %-20s %6.2f s", stage, seconds)
    for side in (rec.hmicfrs, rec.force):
        if len(side.skipped):
            log.info("%s: %d rows are not items (reasons on the Run info sheet)", side.label,
                     len(side.skipped))
    for note in rec.status_notes:
        log.warning("%s", note.strip())
    log.info("%d lines in %d files written", len(rec.items), len(written))
