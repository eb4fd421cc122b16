"""What a run produced, at the bottom of the house: every stage above may import it, and it
imports none of them.

The writers, the changes since a previous run, the notebook and the tests take a
`Reconciliation` and read it; nothing downstream re-reads files or recomputes scores. Fields
whose types are defined by a stage (`LoadedSide`, `Scores`, `DecisionFile`) are typed `Any`
with the class named beside them, so that this module stays below those stages.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import Any

import pandas as pd

from . import __version__
from .config import Config
from .vocab import CATEGORIES

#: The kinds of change since a previous run, in the order the sheet lists them.
KINDS = ("New on the HMICFRS list", "No longer on the HMICFRS list", "Newly closeable",
         "Conflict resolved", "New conflict", "Newly missing from force", "Decision taken")


@dataclass(frozen=True)
class Changes:
    """What changed since a previous run (``reconcile.changes.compare`` works it out)."""

    path: Path
    sha256: str
    run_on: str
    lines: pd.DataFrame        # reconcile.changes.LINE_COLUMNS, in KINDS order
    paragraph: str

    def counts(self) -> dict[str, int]:
        vc = self.lines["change"].value_counts()
        return {k: int(vc.get(k, 0)) for k in KINDS}


@dataclass(frozen=True)
class Reconciliation:
    """Everything a run produced: what the writer, the notebook and the tests need."""

    hmicfrs: Any             # reconcile.load.LoadedSide
    force: Any               # reconcile.load.LoadedSide
    config: Config
    h: pd.DataFrame          # normalised HMICFRS items
    f: pd.DataFrame          # normalised force items
    pairs: pd.DataFrame
    scores: Any              # reconcile.match.Scores
    items: pd.DataFrame      # one categorised line per item: the CSV
    started: datetime
    #: Every decision read back from returned workbooks, with what became of it (the
    #: workbook's Decision log); empty (with its columns) when none were given.
    decisions: pd.DataFrame
    timings: dict[str, float] = field(default_factory=dict)
    version: str = __version__
    decision_files: tuple = ()       # reconcile.decisions.DecisionFile, one per file read
    decision_notes: tuple[str, ...] = ()
    #: Status words neither the built-in table nor the config knows, per side: asked about
    #: on the terminal and in Run info, counted as open meanwhile.
    status_notes: tuple[str, ...] = ()
    #: each input's own key to its colours, as read (label, text), for Run info
    keys: tuple[tuple[str, str], ...] = ()
    changes: Changes | None = None   # when a previous run was given

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
            # Items in the output per sheet, counted in one pass (not a mask per sheet).
            found = Counter(sheet for sheet, row in zip(side.items["sheet"].tolist(),
                                                        side.items["row_id"].tolist(), strict=True)
                            if row in out_ids)
            for rep in side.sheets:
                in_output = found[rep.sheet]
                rows.append({
                    "input": side.label, "sheet": rep.sheet,
                    "rows with content": rep.rows, "items": rep.items,
                    "items in output": in_output,
                    "rows explained": rep.explained, "blank rows": rep.blank,
                    "ties out": rep.rows == rep.items + rep.explained and in_output == rep.items,
                })
        return pd.DataFrame(rows)

    def summary(self) -> str:
        """A few lines for the terminal: counts per category, then any status words to settle."""
        c = self.counts()
        width = max(len(k) for k in c)
        lines = [f"Reconciled {len(self.h)} HMICFRS items with {len(self.f)} force rows:"]
        lines += [f"  {k:<{width}}  {v:>4}" for k, v in c.items()]
        lines += self.status_notes
        return "\n".join(lines)
