"""A force column is the HMICFRS reference when its numbers are the list's ids.

A heading such as "Source Reference" or "URN" does not say whose reference it is, and a
tracker's own running number 1..N looks just like one. The evidence is the HMICFRS list: most
of the column's values are ids on it, far more than chance would give in the range they span
(a list numbered 1..60 says nothing about a column numbered 1..60).
"""

from __future__ import annotations

import bisect
import dataclasses
from typing import Any

import pandas as pd

from ..normalise import ref_key
from . import LoadedSide
from .grid import blank
from .items import SheetReport
from .sheetfacts import RefColumn

#: Share of a column's filled values that must be ids on the list.
MIN_HITS = 0.6
#: ... and the most the list's ids may fill the range those values span (chance of a hit).
MAX_CHANCE = 0.3
MIN_VALUES = 3


def ref_evidence(values: list[Any], ids: list[int]) -> tuple[int, int] | None:
    """(hits, filled) when `values` read as references to `ids` (sorted), else None."""
    keys = [ref_key(v) for v in values if not blank(v)]
    numbers = [int(k) for k in keys if k.isdigit()]
    if len(numbers) < MIN_VALUES or not ids:
        return None
    wanted = set(ids)
    hits = sum(n in wanted for n in numbers)
    lo, hi = min(numbers), max(numbers)
    chance = (bisect.bisect_right(ids, hi) - bisect.bisect_left(ids, lo)) / (hi - lo + 1)
    if hits >= MIN_HITS * len(keys) and chance <= MAX_CHANCE:
        return hits, len(keys)
    return None


def adopt_refs(force: LoadedSide, hmicfrs: LoadedSide) -> LoadedSide:
    """The force side with its reference column found by content, where the ids show one."""
    if force.side != "force" or not any(rep.ref_columns for rep in force.sheets):
        return force
    keys = {ref_key(v) for v in hmicfrs.items["ref"].dropna()}
    ids = sorted(int(k) for k in keys if k.isdigit())
    if not ids:
        return force
    adopted: dict[str, Any] = {}
    sheets = []
    for rep in force.sheets:
        best: tuple[tuple[int, int], RefColumn] | None = None
        for col in rep.ref_columns:
            ev = ref_evidence(list(col.values.values()), ids)
            if ev and (best is None or ev[0] > best[0][0]):
                best = (ev, col)
        if best is None:
            sheets.append(rep)
            continue
        (hits, filled), col = best
        adopted.update(col.values)
        sheets.append(_with_ref(rep, col, f"by content: {hits} of its {filled} values are "
                                          "references on the HMICFRS list"))
    if not adopted:
        return force
    items = force.items.copy()
    items["ref"] = pd.Series([_value(adopted.get(rid, old)) for rid, old
                              in zip(items["row_id"], items["ref"], strict=True)],
                             index=items.index, dtype=object)
    return dataclasses.replace(force, items=items, sheets=tuple(sheets))


def _with_ref(rep: SheetReport, col: RefColumn, why: str) -> SheetReport:
    mapping = {f: h for f, h in rep.mapping.items()
               if not (f == "local_ref" and h == col.header)}
    mapping["ref"] = col.header
    unmapped = tuple(u for u in rep.unmapped if u != col.header)
    whys = {f: w for f, w in rep.why.items() if f in mapping} | {"ref": why}
    return dataclasses.replace(rep, mapping=mapping, unmapped=unmapped, why=whys)


def _value(v: Any) -> Any:
    if blank(v):
        return None
    return v.strip() if isinstance(v, str) else v
