"""Run one job in a second process while this one does another: a national run on two cores.

Used where a large run has two independent jobs: reading and normalising the force tracker
while this process does the HMICFRS list, and writing the flat CSV while this process writes
the workbook. The standard library's `ProcessPoolExecutor` with one worker does the work, in
a "spawn" process: "fork" is unsafe once threads run (numpy's) and absent on Windows. As with
every spawned process, a script of the user's own that calls `reconcile.reconcile` on large
inputs needs its call under `if __name__ == "__main__":`; the error says so.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from .errors import ReconcileError

#: What a process that ended without an answer most often means, for the {detail} of a crash.
NO_ANSWER = ("it ended without an answer: if you called reconcile from a script of your own, "
             "put the call under `if __name__ == \"__main__\":`")


@dataclass(frozen=True)
class Aside:
    """A job running in another process."""

    future: Future
    pool: ProcessPoolExecutor
    #: Raised, with why inserted at {detail}, if the process dies without an answer.
    crash: ReconcileError


def start(job: Callable[..., Any], args: tuple, crash: ReconcileError) -> Aside:
    """Start `job(*args)` in a second process; `result` collects it.

    `job` is a module-level function (it travels by name). `crash` is the error raised if that
    process dies without answering (a reader aborting the process on a hostile file); its
    message may hold '{detail}'.
    """
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    return Aside(pool.submit(job, *args), pool, crash)


def result(aside: Aside) -> Any:
    """What the job returned in the other process, or its error raised here.

    An error the user can fix (a `ReconcileError`) arrives as if raised here; a bug arrives
    with the other process's traceback as its cause; a process that died (killed by a signal
    or by the system for memory) raises `aside.crash`. Nothing falls back silently.
    """
    try:
        return aside.future.result()
    except BrokenProcessPool:
        raise type(aside.crash)(str(aside.crash).replace("{detail}", NO_ANSWER)) from None
    finally:
        aside.pool.shutdown(wait=True)


def stop(aside: Aside) -> None:
    """Give up on a job (the other one failed first), leaving nothing running.

    A job already under way cannot be interrupted through the standard library before Python
    3.14, so its end is waited for: an error is reported a few seconds later on a national
    register, and no process outlives the run.
    """
    aside.future.cancel()
    aside.pool.shutdown(wait=True, cancel_futures=True)
