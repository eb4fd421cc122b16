"""Pairs on a shared HMICFRS reference, and the rows that leave a reference group because
their text is clearly another item's."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np
import pandas as pd

from ..config import MatchSettings
from ..normalise import ref_set
from .candidates import block_keys
from .table import Scores


def ref_pairs(h: pd.DataFrame, f: pd.DataFrame,
              keys: tuple[np.ndarray, np.ndarray] | None = None) -> list[tuple[int, int]]:
    """(item, row) for each force row carrying a reference on the list: certain, whatever the
    text says. On national lists a reference is per force; the first item holding it wins."""
    href, fref = h["ref_key"].to_numpy(dtype=object), f["ref_key"].to_numpy(dtype=object)
    hk, fk = keys if keys is not None else block_keys(h, f)
    national = bool((hk != "").any() and (fk != "").any())   # a reference is per force
    first_h: dict[str, int] = {}
    for i, key in enumerate(href):
        for k in ref_set(key):        # an item with its old register id too ("20787 8466")
            first_h.setdefault(f"{hk[i]}|{k}" if national else k, i)
    out: dict[tuple[int, int], None] = {}
    for j, key in enumerate(fref):
        # A force row may name two items' ids ("6991/6992"): it is each item's; or one item
        # by both its ids ("10022 (was 2793)"): it is that item's once.
        for k in sorted(ref_set(key)):      # in one order, whatever the hash seed
            i = first_h.get(f"{fk[j]}|{k}" if national else k)
            if i is not None:
                out[(i, j)] = None
    return list(out)


def release(ref_parts: dict[int, list[int]], scores: Scores, settings: MatchSettings,
            texts: Sequence[str] = ()) -> None:
    """Rows sharing one reference that read clearly as another item leave the reference group.

    Some trackers write a cause of concern's reference on the rows of its recommendations; a
    row whose text is a sure pair with another item, far better than with the referenced one,
    is that item's row. The row that fits the referenced item best always stays.
    `texts`: the force rows' texts, to tell a part of an item from a copy of its row's.
    """
    t = scores.table
    _mistyped(ref_parts, t, settings, texts)
    for i, js in ref_parts.items():
        if len(js) < 2:
            continue
        fit = {j: _total(t, i, j) for j in js}
        keep = max(js, key=lambda j: fit[j])
        stay = []
        for j in js:
            best = scores.best("f", j)
            # ... or, reading the referenced item poorly (its reference copied from the row
            # above), reads another at `review` at least, clearly better.
            sure = settings.accept if fit[j] >= settings.review else settings.review
            # The other item scored as if the row gave no reference: its reference is what is
            # in question (two rows typed one id, one of them another item's row mistyped).
            # Looked up only for a row that may leave.
            if (j != keep and best is not None and best[0] != i and best[0] not in ref_parts
                    and (alt := _without_ref(t, best[0], j, settings)) >= sure
                    and alt >= fit[j] + settings.clear_margin):
                continue
            stay.append(j)
        ref_parts[i] = stay


def _mistyped(ref_parts: dict[int, list[int]], t: pd.DataFrame, settings: MatchSettings,
              texts: Sequence[str] = ()) -> None:
    """A row whose reference names one item and whose text is a copy of another: the
    reference was mistyped (8543 for 8542, the next item's). Left to pair on its words, the
    reference then a conflict to show, when the item it names reads it poorly and the item
    it copies has no row by reference, or only rows of this kind: a block of rows sorted
    without its reference column (Excel's "Continue with the current selection") leaves
    each row another's reference, the items copied named by one another's rows; or when
    the row is a part of the item it copies (its words inside it)."""
    # A row naming two items' ids ("6991/6992") is each item's: no row of one id alone.
    named = Counter(j for js in ref_parts.values() for j in js)
    singles = {js[0]: i for i, js in ref_parts.items() if len(js) == 1 and named[js[0]] == 1}
    if not singles:
        return
    rows = t[t["f"].isin(list(singles))]
    h, f, text, inside = (rows[c].to_numpy() for c in ("h", "f", "text", "contain"))
    mine: dict[int, float] = {}
    copied: dict[int, dict[int, float]] = {}
    parts: set[tuple[int, int]] = set()
    for hi, fj, tx, c in zip(h.tolist(), f.tolist(), text.tolist(), inside.tolist(), strict=True):
        if hi == singles[fj]:
            mine[fj] = tx
        elif hi not in ref_parts or len(ref_parts[hi]) == 1:
            copied.setdefault(fj, {})[hi] = tx
            # One more part of it: its words inside it, and not its row's own (a text
            # carried down from the row above onto a row that has none).
            if c >= settings.split_containment and texts and hi in ref_parts and (
                    texts[fj] != texts[ref_parts[hi][0]]):
                parts.add((fj, hi))

    def copies(j: int) -> dict[int, float]:
        """The items row j copies, read as `_mistyped` asks, with their texts' scores."""
        own = mine.get(j, 0.0)
        return {hi: tx for hi, tx in copied.get(j, {}).items()
                if (tx >= settings.verbatim_text and own < settings.review)
                or (tx >= settings.accept and own < settings.ref_unlike_text)}

    suspect = {j for j in singles if copies(j)}
    # An item copied is free if no row names it, or only rows leaving too; or if the row
    # is one more part of it (a split's rows given a run of ids by the fill handle: 12652
    # on its first part, 12654, another item's, on its third).
    while True:
        left = {j for j in suspect if any(
            hi not in ref_parts or ref_parts[hi][0] in suspect or (j, hi) in parts
            for hi in copies(j))}
        if left == suspect:
            break
        suspect = left
    for j in suspect:
        del ref_parts[singles[j]]


def _at(t: pd.DataFrame, i: int, j: int) -> int | None:
    """The pair's position in the scored table, or None."""
    at = np.flatnonzero((t["h"].to_numpy() == i) & (t["f"].to_numpy() == j))
    return int(at[0]) if len(at) else None


def _without_ref(t: pd.DataFrame, i: int, j: int, settings: MatchSettings) -> float:
    """A pair's score less what a reference that differs cost it."""
    if (k := _at(t, i, j)) is None:
        return 0.0
    total = float(t["total"].to_numpy()[k])
    if not t["ref_differs"].to_numpy()[k]:
        return total
    return total + (settings.ref_unknown_penalty if t["ref_unknown"].to_numpy()[k]
                    else settings.ref_conflict_penalty)


def _total(t: pd.DataFrame, i: int, j: int) -> float:
    return 0.0 if (k := _at(t, i, j)) is None else float(t["total"].to_numpy()[k])


def beside_refs(by_ref: list[tuple[int, int]], sheets: np.ndarray,
                numbered: dict[int, tuple[int, ...]]) -> list[tuple[int, int]]:
    """The rows just before and after each row paired on the reference, and the rows the force
    numbered as its siblings ("316a"-"316c" over "316d"), with its item: a closing sentence
    written under the item's row ("This should be completed within six months.") fits dozens
    of items, and the word index may not offer the one above it."""
    on_ref = {j for _, j in by_ref}       # a row with a reference of its own is its item's
    out = []
    for i, j in by_ref:
        near = {q for q in (j - 1, j + 1) if 0 <= q < len(sheets) and sheets[q] == sheets[j]}
        out += [(i, q) for q in sorted(near | set(numbered.get(j, ()))) if q not in on_ref]
    return out
