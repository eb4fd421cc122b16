"""Every output written whole or not at all, and never over an input."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
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
