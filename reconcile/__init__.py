"""Reconcile the HMICFRS definitive list of recommendations with a force's own tracker.

Library first: the command line, the notebook and the tests all call these.

    >>> import reconcile
    >>> rec = reconcile.reconcile("hmicfrs.xlsx", "tracker.xlsx",            # doctest: +SKIP
    ...                           decisions=["returned.xlsx"], previous="last-month.xlsx")
    >>> rec.counts(); reconcile.write_outputs(rec, "out.xlsx", "out.csv")  # doctest: +SKIP
    >>> reconcile.write_paper(rec, "update.docx", meeting="2017-11-30")   # doctest: +SKIP

Names are imported lazily so that `reconcile --help` does not pay for pandas.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "Config": "config", "MatchSettings": "config", "SideSettings": "config",
    "load_config": "config",
    "ReconcileError": "errors", "InputError": "errors", "ConfigError": "errors",
    "OutputError": "errors",
    "LoadedSide": "load", "load_side": "load",
    "Reconciliation": "result", "Changes": "result",
    "reconcile": "pipeline", "reconcile_files": "pipeline", "reconcile_loaded": "pipeline",
    "write_csv": "write", "write_outputs": "write", "write_workbook": "write",
    "describe": "survey",
    # for the notebook: a conflict's words side by side, and what a threshold would cost
    "word_diff_html": "textdiff", "find_cases": "evaluate", "threshold_curve": "evaluate",
    "write_paper": "paper",
}

__all__ = [*sorted(_EXPORTS), "__version__", "sample_files"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module 'reconcile' has no attribute {name!r}")


def sample_files() -> tuple[str, str]:
    """Paths of the sample HMICFRS list and force tracker shipped with the tool."""
    from importlib.resources import files

    root = files("reconcile.sample")
    return (str(root / "hmicfrs_definitive_list.xlsx"), str(root / "force_tracker.xlsx"))
