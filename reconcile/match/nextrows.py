"""Rows written next to a split's parts: a force writes the rows of one split recommendation
one after the other, so a row beside a part that its words also fit is that split's (its
middle, its closing sentence, its opening words), unless it would leave another item without
the row its words fit as well."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import pandas as pd

from ..config import MatchSettings


class Texts(NamedTuple):
    """What tells a row written beside a part is its item's first or last words."""

    part_tokens: pd.Series
    whole_tokens: pd.Series
    part_text: pd.Series
    whole_text: pd.Series | None
    part_reports: np.ndarray | None = None     # each row's report key, '' where none


def ends_item(row: str, whole: str) -> bool:
    """Whether a row's normalised text is the last words of a longer item's ("... This
    assessment should inform workforce plans"): its text, not its word stems, since an item's
    stems are each listed once, where first written ("succession plans" before it)."""
    return bool(row) and len(row) < len(whole) and whole.endswith(" " + row)


def next_to_parts(t: pd.DataFrame, fits: pd.DataFrame, clear: pd.DataFrame,
                   sheets: np.ndarray, settings: MatchSettings,
                   anchored: dict[int, list[int]], texts: Texts) -> pd.DataFrame:
    """The clear parts of splits, with the rows written next to one that also fit its item.

    A force writes the rows of one split recommendation one after the other. The second half
    of a split ("clearly define its new operating model ...") may read another item as well
    as its own, or better (that item says just that); it is still the row after part 1 when
    its words sit inside part 1's item (`split_containment`: a piece copied, not one more
    sentence of the same formula), the report does not contradict it, and every item it
    reads as well (within `margin`) has another row that reads it at least as well: that item
    is not left without a row by it. `fits` are the (item, row) pairs shaped like a part; a
    row paired on the reference (`anchored`) is a part too.
    """
    on_ref = {(w, q) for w, qs in anchored.items() for q in qs}
    out = clear
    for _ in range(settings.next_steps):       # a third row after a second joins in the next step
        have = set(zip(out["h"].tolist(), out["f"].tolist(), strict=True)) | on_ref
        item_of = dict(zip(out["f"].tolist(), out["h"].tolist(), strict=True))
        fits_ = fits[~fits["other_report"] & (fits["contain"] >= settings.split_containment)]
        fits_ = pd.concat([fits_, _filed_with_parts(t, have, sheets, settings, texts)])
        near = [item_of.get(p) != w and any(
                    (w, q) in have and 0 <= q < len(sheets) and sheets[q] == sheets[p]
                    for q in (p - 1, p + 1))
                for w, p in zip(fits_["h"].tolist(), fits_["f"].tolist(), strict=True)]
        joining = fits_[near]
        if joining.empty:
            return out
        # Between two parts of one split, a row its words fit is that split's, rivals or not;
        # so is the item's closing sentence written after one (other items may end with it),
        # and its opening words written before one (a cause of concern's heading row). Such a
        # row leaves an item its words fit best only when no part of that item is beside it.
        pairs = list(zip(joining["h"].tolist(), joining["f"].tolist(), strict=True))
        held = _rivals_held(t, joining, settings.margin)
        placed = np.array([_between(w, p, have, sheets) or _closing(w, p, have, sheets, texts)
                           or _opening(w, p, have, sheets, texts, t) for w, p in pairs],
                          dtype=bool)
        free_row = ~joining["f"].isin(out["f"]).to_numpy()
        moved = np.array([p not in item_of or not any((item_of[p], q) in have
                                                      for q in (p - 1, p + 1))
                          for p in joining["f"].tolist()], dtype=bool)
        joining = joining[(placed & moved) | (free_row & held)]
        joining = joining.sort_values("total", ascending=False, kind="stable"
                                      ).drop_duplicates("f")
        if joining.empty:
            return out
        out = pd.concat([out[~out["f"].isin(joining["f"])], joining])
    return out


def _filed_with_parts(t: pd.DataFrame, have: set[tuple[int, int]], sheets: np.ndarray,
                      settings: MatchSettings, texts: Texts) -> pd.DataFrame:
    """Rows between two parts of a split the force filed, whole, under another report: the
    row's report is the parts' too, so it says nothing against the item (the middle bullet
    of a recommendation tracked under the wrong report, its words inside another item as
    well)."""
    reports = texts.part_reports
    if reports is None or not have:
        return t.iloc[:0]
    rows = {p for _, q in have for p in (q - 1, q + 1)}
    maybe = t[t["other_report"] & t["f"].isin(rows) & ~t["ref_differs"] & (t["topic"] == "")
              & (t["contain"] >= settings.split_containment)]
    keep = [_between(w, p, have, sheets) and reports[p] != ""
            and reports[p - 1] == reports[p] == reports[p + 1]
            for w, p in zip(maybe["h"].tolist(), maybe["f"].tolist(), strict=True)]
    return maybe[keep]


def _between(w: int, p: int, have: set[tuple[int, int]], sheets: np.ndarray) -> bool:
    """Row p is written between two parts of item w's split."""
    return ((w, p - 1) in have and (w, p + 1) in have and p + 1 < len(sheets)
            and sheets[p - 1] == sheets[p] == sheets[p + 1])


def _closing(w: int, p: int, have: set[tuple[int, int]], sheets: np.ndarray,
             texts: Texts) -> bool:
    """Row p, written right after a part of item w's split, is the item's last words (by
    word stems, or by text: `ends_item`)."""
    if not ((w, p - 1) in have and sheets[p - 1] == sheets[p]):
        return False
    mine, item = texts.part_tokens.iat[p], texts.whole_tokens.iat[w]
    if 0 < len(mine) < len(item) and tuple(item[-len(mine):]) == tuple(mine):
        return True
    return texts.whole_text is not None and ends_item(texts.part_text.iat[p],
                                                      texts.whole_text.iat[w])


def _opening(w: int, p: int, have: set[tuple[int, int]], sheets: np.ndarray,
             texts: Texts, t: pd.DataFrame) -> bool:
    """Row p, written right before a part of item w's split, is the item's first words: a
    cause of concern's "CoC 506 – The force's response to domestic abuse is a cause of
    concern" over the rows of its recommendations. Not when another item it was scored
    against opens with the same words ("Within six months Devon and Cornwall Police should
    make sure..."): then it may be that item's own row, cut short."""
    mine = tuple(texts.part_tokens.iat[p])

    def opens(item: int) -> bool:
        words = texts.whole_tokens.iat[item]
        return 0 < len(mine) < len(words) and tuple(words[:len(mine)]) == mine

    if not ((w, p + 1) in have and p + 1 < len(sheets) and sheets[p + 1] == sheets[p]
            and opens(w)):
        return False
    return not any(int(o) != w and opens(int(o)) for o in t.loc[t["f"] == p, "h"])


def _rivals_held(t: pd.DataFrame, joining: pd.DataFrame, margin: float) -> np.ndarray:
    """Per (item, row) pair, whether every other item the row reads about as well (within
    `margin`) has another row that reads it at least as well (its own row)."""
    rows = set(joining["f"].tolist())
    near = t[t["f"].isin(rows)]
    mine = dict(zip(zip(joining["h"].tolist(), joining["f"].tolist(), strict=True),
                    joining["total"].tolist(), strict=True))
    rival_items = set(near["h"].tolist())
    ranked = t[t["h"].isin(rival_items)].sort_values("total", ascending=False, kind="stable")
    top2 = ranked.groupby("h").head(2)
    best_of: dict[int, list[tuple[int, float]]] = {}
    for h_, f_, s_ in zip(top2["h"].tolist(), top2["f"].tolist(), top2["total"].tolist(),
                          strict=True):
        best_of.setdefault(int(h_), []).append((int(f_), float(s_)))
    ok = []
    for (w, p), s in mine.items():
        rivals = near[(near["f"] == p) & (near["h"] != w) & (near["total"] >= s - margin)]
        ok.append(all(any(q != p and sq >= sp for q, sq in best_of.get(int(r), []))
                      for r, sp in zip(rivals["h"].tolist(), rivals["total"].tolist(),
                                       strict=True)))
    return np.array(ok, dtype=bool)


def next_note(i: int, j: int, js: list[int], cols: dict[str, np.ndarray],
              h_ids: np.ndarray, kin: str = "") -> str:
    """Why a split's row that reads another item as well is this item's: where it is written,
    or how the force wrote it as one of them (`kin`: "numbered 4b by the force, with 4a, 4d")."""
    k = next((js.index(q) + 1 for q in (j - 1, j + 1) if q in js), 0)
    if not (k or kin):
        return ""
    at = np.flatnonzero(cols["f"] == j)
    hs, totals = cols["h"][at], cols["total"][at]
    own = totals[hs == i]
    others = np.flatnonzero((hs != i) & (totals >= (own[0] if len(own) else 0.0)))
    if not len(others):
        return ""
    best = int(hs[others[np.argmax(totals[others])]])
    if kin:
        return f"; {kin}: a part of this split, though it reads HMICFRS {h_ids[best]} as well"
    where = "after" if js[k - 1] == j - 1 else "before"
    return (f"; the row {where} part {k} of this split: its words are inside this item, and "
            f"HMICFRS {h_ids[best]}, which it reads as well, has a row of its own")
