"""A tracker kept for several forces at once (an alliance's, a region's collaborative unit):
a status and a lead column per force ("Beds status", "Cambs status", "Herts status"). Which
is this reconciliation's is known only once the HMICFRS list is read (`ourforce`); until then
the loader takes one of them, as it would any status column, and keeps every such column's
cells on the sheet's report."""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from .. import vocab
from .sheetfacts import ForceColumn, at_cell
from .table import Table

#: The words naming each field in such a heading; what is left names the force.
_FIELD_WORDS = {"status": re.compile(r"\b(?:rag status|status|rag|grading|grade|position)\b"),
                "owner": re.compile(r"\b(?:lead officer|lead|owner|responsible officer|sro)\b")}


#: What else a status heading names: whose view it is, or when ("HMICFRS status", "Force
#: RAG", "Overall status", "Previous RAG"): no force of an alliance.
_NOT_A_FORCE = re.compile(r"\b(?:hmicfrs|hmic|force|forces|overall|current|latest|previous|"
                          r"prior|new|old|portal|register|action|delivery|risk|inherent|"
                          r"residual|target|q\d|quarter|\d+)\b")


def force_columns(table: Table, items: list[dict[str, Any]]) -> tuple[ForceColumn, ...]:
    """The sheet's columns of one field that each name something more ("Beds status",
    "Cambs status"), two or more per field, with their cells; () where there are none."""
    out: list[ForceColumn] = []
    for fld, words in _FIELD_WORDS.items():
        cols = []
        for c, h in enumerate(table.headers):
            k = vocab.key(h) if isinstance(h, str) else ""
            if k and words.search(k) and (named := " ".join(words.sub(" ", k).split())) \
                    and not _NOT_A_FORCE.search(named):
                cols.append((c, h.strip(), named))
        if len(cols) >= 2:
            out += [ForceColumn(fld, h, named, {item["row_id"]: at_cell(table.grid, item["row"], c)
                                               for item in items}) for c, h, named in cols]
    return tuple(out)


#: A force named in brackets after a report's name: "PEEL 21/22 (Herts)", "(Cambridgeshire)".
_NOTED = re.compile(r"\(\s*([A-Za-z][A-Za-z .&'-]{2,40}?)\s*\)\s*$")


def forces_from_report_notes(items: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    """Rows with no force of their own, whose report name ends by naming a force in brackets
    ("PEEL 21/22 (Herts)": an alliance's tracker filing each force's own inspections), given
    that force; and a note of it, or ''. Only where two forces at least are named so."""
    if "force" not in items or "report" not in items:
        return items, ""
    named = [_noted_force(r) if not isinstance(f, str) or not f.strip() else None
             for r, f in zip(items["report"].tolist(), items["force"].tolist(), strict=True)]
    if len({n for n in named if n}) < 2:
        return items, ""
    out = items.copy()
    out["force"] = [n or f for n, f in zip(named, items["force"].tolist(), strict=True)]
    shown = sorted({n for n in named if n})
    return out, (f"each row's force read from its report's name ('… ({shown[0]})'): "
                 f"{', '.join(shown)}")


def _noted_force(report: Any) -> str | None:
    m = _NOTED.search(report) if isinstance(report, str) else None
    if m is None:
        return None
    k = vocab.key(m.group(1))
    return m.group(1).strip() if k in vocab.FORCE_SHORT or k in vocab.FORCE_NAMES else None
