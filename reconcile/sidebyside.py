"""Run one job in a second process while this one does another: a national run on two cores.

Used where a large run has two independent jobs: reading and normalising the force tracker
while this process does the HMICFRS list, and writing the flat CSV while this process writes
the workbook. The second process is a plain `python -m reconcile.sidebyside` with the job
pickled on its stdin and the result on its stdout, not `multiprocessing`: its "spawn" start
re-runs the caller's main script (a script without a main guard starts itself again), and
"fork" is unsafe once threads run and absent on Windows.
"""

from __future__ import annotations

import importlib
import pickle
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ReconcileError


@dataclass
class Worker:
    """A job running in another process."""

    process: subprocess.Popen | None      # None: it could not be started
    task: str
    args: tuple
    #: Raised, with the process's last words inserted at {detail}, if it dies without an answer.
    crash: ReconcileError


def _command() -> list[str]:
    return [sys.executable, "-m", "reconcile.sidebyside"]


def start(task: str, args: tuple, crash: ReconcileError) -> Worker:
    """Start `task` ('module:function') on `args` in a second process; `result` collects it.

    `crash` is the error to raise if that process dies without answering (a reader aborting
    the process on a hostile file); its message may hold '{detail}'.
    """
    import os

    package_root = str(Path(__file__).resolve().parent.parent)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
    try:
        process = subprocess.Popen(_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, env=env)
    except OSError:   # no interpreter to start (a frozen or locked-down install): do it here
        return Worker(None, task, args, crash)
    job = pickle.dumps((task, args), protocol=pickle.HIGHEST_PROTOCOL)
    try:
        process.stdin.write(job)
        process.stdin.close()
    except OSError:
        pass  # it died at start: `result` sees how
    process.stdin = None  # sent: communicate() must not touch it again
    return Worker(process, task, args, crash)


def result(worker: Worker) -> Any:
    """What the task returned in the other process, or its error raised here.

    A process killed by a signal (a reader aborting on a hostile file, or the system ending it
    for memory) raises `worker.crash`; one that could not run the job at all (it exited with
    an error before answering: an interpreter that cannot import reconcile) is not the file's
    fault, and the job is done here instead.
    """
    if worker.process is None:
        return _run(worker.task, worker.args)
    out, err = worker.process.communicate()
    try:
        status, value = pickle.loads(out)
    except Exception:   # no answer
        if worker.process.returncode is not None and worker.process.returncode > 0:
            return _run(worker.task, worker.args)
        detail = err.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no message"]
        raise type(worker.crash)(str(worker.crash).replace("{detail}", detail[0])) from None
    if status == "error":
        raise value
    if status == "bug":
        raise RuntimeError(f"a job in a second process failed:\n{value}")
    return value


def _run(task: str, args: tuple) -> Any:
    module, name = task.split(":")
    return getattr(importlib.import_module(module), name)(*args)


def stop(worker: Worker) -> None:
    """Give up on a job (the other one failed first)."""
    if worker.process is not None:
        worker.process.kill()
        worker.process.communicate()


def _main() -> None:
    task, args = pickle.loads(sys.stdin.buffer.read())
    try:
        reply = ("ok", _run(task, args))
    except ReconcileError as error:   # the user can fix it: shown as if raised in the caller
        reply = ("error", error)
    except Exception:                 # a bug: its traceback, to be raised in the caller
        import traceback

        reply = ("bug", traceback.format_exc())
    sys.stdout.buffer.write(pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL))
    sys.stdout.buffer.flush()


if __name__ == "__main__":
    _main()
