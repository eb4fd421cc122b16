"""Every output written whole or not at all, and never over an input."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from ..errors import OutputError
from ..result import Reconciliation


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
    except PermissionError as exc:   # Windows: the file is open in Excel, which locks it
        kept = keep_beside(Path(tmp), target)
        saved = (f" This run's output was kept beside it as {kept.name}, so no work is lost."
                 if kept else "")
        raise OutputError(f"{target}: cannot be replaced ({exc.strerror}): it is probably open "
                          f"in Excel or another program, which locks it. Close {target.name} "
                          f"in Excel and run again.{saved}") from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def keep_beside(tmp: Path, target: Path) -> Path | None:
    """Move a finished output that could not replace `target` to a dated name beside it.

    The run may have taken minutes; losing it because a workbook was left open would be
    worse than one more file. None if even that cannot be done (then nothing is left behind).
    """
    stamp = datetime.now().strftime("%Y-%m-%d %H%M%S")
    for n in range(1, 100):
        kept = target.with_name(f"{target.stem} {stamp}{f' ({n})' if n > 1 else ''}{target.suffix}")
        if kept.exists():
            continue
        try:
            os.replace(tmp, kept)
        except OSError:
            return None
        return kept
    return None


def refuse_inputs(rec: Reconciliation, path: Path) -> None:
    """An output must never replace an input: the lists, or a lead's returned workbook."""
    if not path.exists():
        return
    inputs = [(side.path, side.label) for side in (rec.hmicfrs, rec.force)]
    inputs += [(d.path, "a returned decisions workbook") for d in rec.decision_files]
    if rec.changes is not None:
        inputs.append((rec.changes.path, "the previous run's workbook, given with --previous"))
    for p, label in inputs:
        if p.exists() and path.resolve() == p.resolve():
            raise OutputError(f"{path}: is one of the inputs ({label}); it would be "
                              "overwritten. Choose another --out or --csv file name.")
