"""The force side read again once the HMICFRS list is known: where an alliance's tracker
keeps a status (or lead) column per force (`perforce`), the one naming the list's force is
this reconciliation's, whatever column the loader took at first."""

from __future__ import annotations

import dataclasses
from typing import Any

import pandas as pd

from ..normalise.forces import aligned_force_keys, force_key
from . import LoadedSide
from .grid import blank
from .items import SheetReport
from .sheetfacts import ForceColumn


def adopt_force_columns(force: LoadedSide, hmicfrs: LoadedSide) -> LoadedSide:
    """The force side with each field read from the column naming the HMICFRS list's force
    ("Cambs status" for Cambridgeshire's list), where a sheet has one such column per force
    (`perforce`); unchanged when the list is of several forces or none, or no column names
    its force."""
    if force.side != "force" or not any(rep.force_columns for rep in force.sheets):
        return force
    listed = {force_key(v) for v in hmicfrs.items["force"].dropna()} - {""}
    if len(listed) != 1:
        return force
    mine = next(iter(listed))
    adopted: dict[str, dict[str, Any]] = {}
    sheets = []
    for rep in force.sheets:
        for fld in dict.fromkeys(c.field for c in rep.force_columns):
            cols = [c for c in rep.force_columns if c.field == fld]
            keys = aligned_force_keys(listed, [c.named for c in cols])
            hits = [c for c, k in zip(cols, keys, strict=True) if k == mine]
            if len(hits) != 1 or rep.mapping.get(fld) == hits[0].header:
                continue
            adopted.setdefault(fld, {}).update(hits[0].values)
            rep = _with_column(rep, fld, hits[0], mine)
        sheets.append(rep)
    if not adopted:
        return force
    items = force.items.copy()
    for fld, values in adopted.items():
        items[fld] = pd.Series([_cell(values[rid]) if rid in values else old for rid, old
                                in zip(items["row_id"], items[fld], strict=True)],
                               index=items.index, dtype=object)
    return dataclasses.replace(force, items=items, sheets=tuple(sheets))


def _cell(value: Any) -> Any:
    if blank(value):
        return None
    return value.strip() if isinstance(value, str) else value


def _with_column(rep: SheetReport, fld: str, col: ForceColumn, mine: str
                 ) -> SheetReport:
    was = rep.mapping.get(fld)
    mapping = {**rep.mapping, fld: col.header}
    unmapped = tuple(u for u in rep.unmapped if u != col.header) + ((was,) if was else ())
    why = {**rep.why, fld: f"one column per force: this one names the HMICFRS list's force "
                          f"({mine.title()})"}
    return dataclasses.replace(rep, mapping=mapping, unmapped=unmapped, why=why)
