"""One workbook per owner: who each line is for, and a file name for each owner."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

import pandas as pd

from .. import vocab
from ..decisions.returns import UNASSIGNED, owner_name

_RESERVED = {"con", "prn", "aux", "nul", *(f"com{k}" for k in range(1, 10)),
             *(f"lpt{k}" for k in range(1, 10))}


def owner_of(items: pd.DataFrame) -> pd.Series:
    """Who each line is for (``decisions.returns.owner_name``, the chase list's rule too)."""
    assigned = items["signoff_owner"] if "signoff_owner" in items else [None] * len(items)
    return pd.Series([owner_name(o, a) for o, a in zip(items["force_owner"], assigned, strict=True)],
                     index=items.index, dtype=object)


def safe_name(owner: str) -> str:
    """A file-name part any system accepts: 'C/Supt Bell' -> 'C-Supt Bell'."""
    text = unicodedata.normalize("NFKC", owner).replace("&", " and ")
    text = re.sub(r"[^\w\s.,()'-]+", "-", text)
    text = " ".join(text.split()).strip(" .-")[:60].strip(" .-")
    if not text:
        text = "Owner"
    if text.lower().split(".")[0] in _RESERVED:
        text += " (owner)"
    return text


def owner_groups(items: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """One group per owner (spellings differing only in case or punctuation are one owner)."""
    owners = owner_of(items)
    keys = owners.map(vocab.key)
    out = {}
    for key in dict.fromkeys(keys):
        mask = keys == key
        # The commonest spelling; between equals, the one written with capitals.
        name = max(Counter(owners[mask]).items(),
                   key=lambda kv: (kv[1], sum(ch.isupper() for ch in kv[0])))[0]
        out[name] = items[mask]
    return dict(sorted(out.items(), key=lambda kv: (kv[0] == UNASSIGNED, kv[0].lower())))


def split_paths(out: Path, owners: list[str]) -> dict[str, Path]:
    """'reconciliation - C-Supt Bell.xlsx' beside the full workbook, one per owner, no clashes."""
    paths: dict[str, Path] = {}
    taken: set[str] = {out.name.lower()}
    for owner in owners:
        base = f"{out.stem} - {safe_name(owner)}"
        name, k = f"{base}{out.suffix}", 1
        while name.lower() in taken:
            k += 1
            name = f"{base} ({k}){out.suffix}"
        taken.add(name.lower())
        paths[owner] = out.with_name(name)
    return paths


def owner_decisions(log: pd.DataFrame, lines: pd.DataFrame) -> pd.DataFrame:
    """The decisions about one owner's lines (for the Decision log of their workbook)."""
    if log.empty:
        return log
    rows = set(lines["hmicfrs_row"].dropna()) | set(lines["force_row"].dropna())
    return log[log["hmicfrs_row"].isin(rows) | log["force_row"].isin(rows)]
