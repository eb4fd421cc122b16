"""A national HMICFRS list (a "Force" column naming several forces) against one force's tracker:
only the tracker's own force's items are reconciled, and those held against every force
("All forces", "National"). The others are accounted for, with the
reason, like rows that are not items; they are never "missing from the force"."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

import pandas as pd

from .. import vocab
from ..normalise import force_key, ref_key
from . import LoadedSide


def tracker_force(hmicfrs: LoadedSide, force: LoadedSide) -> tuple[str | None, str]:
    """(the list's force this tracker is, how that was told), when the list names several
    forces; (None, why not) otherwise. Told by the names the tracker's titles, sheets and file
    name use, else by whose items its HMICFRS references are."""
    by_key = {k: str(n).strip() for n in dict.fromkeys(hmicfrs.items["force"].dropna())
              if (k := force_key(n))}
    if len(by_key) < 2:
        return None, ""
    if "force" in force.items and force.items["force"].notna().any():
        return None, "the tracker names its force on its rows"
    said = " ".join([force.path.stem, *(s.sheet for s in force.sheets),
                     *force.skipped["content"].astype(str).tolist()[:200]])
    said_key = f" {vocab.key(said)} "
    named = [k for k in by_key if f" {k} " in said_key]
    if len(named) == 1:
        return by_key[named[0]], "its title names it"
    refs = {ref_key(r): n for r, n in zip(hmicfrs.items["ref"], hmicfrs.items["force"],
                                          strict=True) if not pd.isna(n)}
    hits = Counter(refs[k] for k in map(ref_key, force.items["ref"].dropna()) if k in refs)
    if hits:
        (top, n), total = hits.most_common(1)[0], sum(hits.values())
        if n >= 3 and n >= 0.8 * total:
            return str(top).strip(), f"{n} of the {total} references it quotes are that force's"
    return None, (f"the HMICFRS list holds items for {len(by_key)} forces and the tracker does "
                  "not say which is its own")


def own_force_items(hmicfrs: LoadedSide, force: LoadedSide) -> LoadedSide:
    """The HMICFRS side with only the tracker's force's items (and those naming no force),
    the others moved to its explained rows; each sheet's note says what was done, or why it
    could not be."""
    own, how = tracker_force(hmicfrs, force)
    if own is None:
        if not how or how.startswith("the tracker names"):
            return hmicfrs
        return _noted(hmicfrs, {s.sheet: f"{how}: every force's items are reconciled with it. "
                                "Put the force's name in the tracker's title row (e.g. "
                                "'West Mercia Police – HMICFRS tracker') and run again"
                                for s in hmicfrs.sheets if s.items})
    items = hmicfrs.items
    key = force_key(own)
    keys = items["force"].map(force_key)
    other = (keys != "") & (keys != key)
    if "status" in items:
        said = items["status"].map(lambda v: _own_part(v, key))
        if said.notna().any():
            items = items.assign(status=said.where(said.notna(), items["status"]))
            hmicfrs = _noted(replace(hmicfrs, items=items), {
                s.sheet: f"statuses given per force in one cell: {own}'s read"
                for s in hmicfrs.sheets if s.items})
    if not other.any():
        return hmicfrs
    moved = items[other]
    reasons = [f"held against {str(n).strip()}, not {own} (this tracker is {own}'s: {how}): "
               "not part of this reconciliation" for n in moved["force"]]
    skipped = pd.concat([hmicfrs.skipped, pd.DataFrame({
        "row_id": moved["row_id"], "sheet": moved["sheet"], "row": moved["row"],
        "reason": reasons, "content": moved["text"].astype(str).str.slice(0, 120)})],
        ignore_index=True)
    per_sheet = Counter(moved["sheet"])
    sheets = tuple(replace(s, items=s.items - per_sheet[s.sheet],
                           explained=s.explained + per_sheet[s.sheet]) for s in hmicfrs.sheets)
    scoped = replace(hmicfrs, items=items[~other].reset_index(drop=True), skipped=skipped,
                     sheets=sheets)
    return _noted(scoped, {sheet: f"{n} items of other forces left out: this tracker is {own}'s "
                           f"({how})" for sheet, n in per_sheet.items()})


#: A cell giving each force's status: "DERBYS – Complete | NORTHANTS – Being progressed",
#: "DERBYS: C; LEICS: BP; NORTHANTS: BP".
_PARTS = re.compile(r"\s*(?:\||;|\n)\s*")
_PART = re.compile(r"\s*(?P<force>[A-Za-z][A-Za-z .&'-]{1,30}?)\s*(?::|\s[-\u2013\u2014=]\s)\s*"
                   r"(?P<status>\S.*?)\s*$")


def _own_part(value: object, key: str) -> str | None:
    """The tracker's force's status in a cell giving each force's ("NORTHANTS: C" alone
    too), else None."""
    if not isinstance(value, str) or not key:
        return None
    pieces = [p for p in _PARTS.split(value.strip()) if p]
    parts = [m for part in pieces if (m := _PART.fullmatch(part))]
    if not parts or len(parts) < len(pieces):
        return None
    mine = [m["status"] for m in parts if force_key(m["force"]) == key]
    return mine[0] if len(mine) == 1 else None


def _noted(side: LoadedSide, notes: dict[str, str]) -> LoadedSide:
    sheets = tuple(replace(s, note="; ".join(x for x in (s.note, notes.get(s.sheet, "")) if x))
                   for s in side.sheets)
    return replace(side, sheets=sheets)
