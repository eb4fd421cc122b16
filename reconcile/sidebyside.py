"""Read and normalise the force tracker in a second process while this one does the HMICFRS list.

A national register takes seconds per side to read and normalise, and the machines analysts
have carry at least two cores. The second process is a plain `python -m reconcile.sidebyside`
with the job pickled on its stdin and the result on its stdout, not `multiprocessing`: its
"spawn" start re-runs the caller's main script (a script without a main guard starts itself
again), and "fork" is unsafe once threads run and absent on Windows.
"""

from __future__ import annotations

import pickle
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .config import Config
from .errors import InputError, ReconcileError


@dataclass
class Worker:
    """A side being prepared in another process."""

    process: subprocess.Popen
    path: Path
    label: str


def start(path: Path, side: str, config: Config) -> Worker:
    """Start preparing one side elsewhere; `result` collects it."""
    import os

    package_root = str(Path(__file__).resolve().parent.parent)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
    process = subprocess.Popen([sys.executable, "-m", "reconcile.sidebyside"],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=env)
    job = pickle.dumps((Path(path), side, config), protocol=pickle.HIGHEST_PROTOCOL)
    try:
        process.stdin.write(job)
        process.stdin.close()
    except OSError:
        pass  # it died at start: `result` reports what it said
    process.stdin = None  # sent: communicate() must not touch it again
    return Worker(process, Path(path), "HMICFRS list" if side == "hmicfrs" else "force tracker")


def result(worker: Worker) -> Any:
    """What `pipeline.prepare_side` returned in the other process, or its error raised here."""
    out, err = worker.process.communicate()
    try:
        status, value = pickle.loads(out)
    except Exception:   # no pickle: it crashed (a reader aborting on a hostile file)
        detail = err.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no message"]
        raise InputError(
            f"{worker.path}: reading the {worker.label} stopped the process that read it "
            f"({detail[0]}). A sheet may declare millions of rows or columns: open the file in "
            "Excel, save it again as .xlsx and run again.") from None
    if status == "error":
        raise value
    if status == "bug":
        raise RuntimeError(f"preparing {worker.path} in a second process failed:\n{value}")
    return value


def stop(worker: Worker) -> None:
    """Give up on a side (the other one failed first)."""
    worker.process.kill()
    worker.process.communicate()


def _main() -> None:
    from .pipeline import prepare_side

    path, side, config = pickle.loads(sys.stdin.buffer.read())
    try:
        reply = ("ok", prepare_side(path, side, config))
    except ReconcileError as error:   # the user can fix it: shown as if read here
        reply = ("error", error)
    except Exception:                 # a bug: its traceback, to be raised in the caller
        import traceback

        reply = ("bug", traceback.format_exc())
    sys.stdout.buffer.write(pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL))
    sys.stdout.buffer.flush()


if __name__ == "__main__":
    _main()
