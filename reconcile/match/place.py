"""Rows placed by their neighbours: a force lists a report's items in the list's order, so a
row between the rows of items 92 and 94 is item 93's, and the row next to a pair's row that
holds the rest of its item is a split."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..config import MatchSettings
from .nextrows import ends_item
from .table import Scored


def places(made: dict[int, int], fixed: set[int], sheets: np.ndarray, report_h: np.ndarray,
           span: int, elsewhere: set[int] = frozenset()) -> dict[int, tuple[int, int, int]]:
    """Force rows written between the rows of two items of one report, with exactly one item
    of that report between those two left without a row: {row: (that item, before, after)}.

    A force lists a report's recommendations in the list's order. A row cut short ("Improve
    how it gathers, assesses and") or a closing sentence fits several items of the report as
    well; written between the rows of items 92 and 94, it is item 93's. A row paired with
    item 93 already is confirmed by the same place. `made`: each force row's item so far;
    `fixed` rows (a reference, a split, a person) keep theirs; `span`: at most this many
    items apart, two neighbours' items bracket a place (`place_span`). Items paired only
    with rows filed under another report (`elsewhere`) are free for their place.
    """
    paired = set(made.values()) - elsewhere
    out: dict[int, tuple[int, int, int]] = {}
    for j in range(1, len(sheets) - 1):
        a, b = made.get(j - 1, -1), made.get(j + 1, -1)
        if (j in fixed or a < 0 or not 2 <= b - a <= span
                or not sheets[j - 1] == sheets[j] == sheets[j + 1]):
            continue
        now = made.get(j, -1)
        if a < now < b:                  # paired with an item in its place already:
            if b - a == 2 and report_h[a] and report_h[a] == report_h[now] == report_h[b]:
                out[j] = (now, a, b)     # the only one there, and its place confirms it
            continue
        between = [c for c in range(a + 1, b) if c not in paired]
        if len(between) == 1 and report_h[a] and report_h[a] == report_h[between[0]] == \
                report_h[b]:
            out[j] = (between[0], a, b)
    return out


def closes_above(spots: dict[int, tuple[int, int, int]], h_text: pd.Series,
                 f_text: pd.Series) -> dict[int, tuple[int, int, int]]:
    """The spots less rows that end the item of the row above them: a closing sentence
    ("HMIC will follow up the assessments in the autumn.") written right after a row of
    item 14 that lacks it is item 14's last words, though item 15, between 14's and 16's
    rows, ends with it too. Such a row is left to the late splits."""
    return {j: spot for j, spot in spots.items()
            if not (ends_item(f_text.iat[j], h_text.iat[spot[1]])
                    and f_text.iat[j] not in f_text.iat[j - 1])}


def placed(t: pd.DataFrame, spots: dict[int, tuple[int, int, int]], made: dict[int, int],
            settings: MatchSettings) -> dict[int, int]:
    """The rows whose place decides their item: {row: item}, from the pairs `t` scored.

    The row's words must sit inside the item (`split_containment`), with no report,
    reference or subject against it; a row paired already leaves its item only when that
    pair is no copy (text below `verbatim_text`) and scores not clearly more (`clear_margin`).
    """
    if t.empty:
        return {}
    width = int(t["f"].max()) + 1
    codes = t["h"].to_numpy(dtype=np.int64) * width + t["f"].to_numpy(dtype=np.int64)

    def key(pair: tuple[int, int]) -> int | None:      # its row in `t`, in (h, f) order
        if pair[0] < 0:
            return None
        k = int(np.searchsorted(codes, pair[0] * width + pair[1]))
        return k if k < len(codes) and codes[k] == pair[0] * width + pair[1] else None

    total, text = t["total"].to_numpy(), t["text"].to_numpy()
    fits = ((t["contain"] >= settings.split_containment) & ~t["other_report"]
            & ~t["ref_differs"] & (t["topic"] == "") & (t["total"] >= settings.review)
            ).to_numpy()
    out: dict[int, int] = {}
    for j, (c, _, _) in spots.items():
        k = key((c, j))
        if k is None or not fits[k]:
            continue
        now = key((made.get(j, -1), j))
        if now is not None and now != k and (text[now] >= settings.verbatim_text
                                or total[now] > total[k] + settings.clear_margin):
            continue
        out[j] = c
    return out


def late_splits(made: dict[int, int], fixed: set[int], placed_rows: set[int],
                 sheets: np.ndarray, known: set[int], width: int, banned: set[tuple[int, int]]
                 ) -> tuple[list[tuple[int, int, int]], list[tuple[int, int]]]:
    """Rows next to a row paired by text, on the same sheet: [(row, its neighbour's item,
    the neighbour)], and those pairs not scored yet. A row its place paired (`placed_rows`)
    stays with its item, but may have its item's next piece written beside it."""
    out: list[tuple[int, int, int]] = []
    for q, c in sorted(made.items()):
        if q in fixed:
            continue
        for j in (q - 1, q + 1):
            if (0 <= j < len(sheets) and j not in fixed and j not in placed_rows
                    and made.get(j) != c
                    and sheets[j] == sheets[q] and (c, j) not in banned):
                out.append((j, c, q))
    extra = sorted({(c, j) for j, c, _ in out if c * width + j not in known})
    return out, extra


def late_fit(t: pd.DataFrame, late: list[tuple[int, int, int]], made: dict[int, int],
              index, h_tokens: pd.Series, f_tokens: pd.Series, settings: MatchSettings
              ) -> dict[int, list[int]]:
    """The late splits that hold: {item: [its two rows]}.

    Both rows are pieces of the item (each shorter than it), the new row's words sit inside
    it (`split_containment`) with nothing against it, it holds words of the item its
    neighbour does not (half of its own), and it reads this item clearly better than the one
    it is paired with, if any (`clear_margin`), or, written after its neighbour, that one holds
    it only as a piece too (a closing sentence several items end with ends the item above it).
    """
    if not late or t.empty:
        return {}
    width = int(t["f"].max()) + 1
    codes = t["h"].to_numpy(dtype=np.int64) * width + t["f"].to_numpy(dtype=np.int64)
    cols = {c: t[c].to_numpy() for c in ("total", "contain", "cover", "other_report",
                                         "ref_differs", "topic")}

    def at(i: int, j: int) -> int:
        k = int(np.searchsorted(codes, i * width + j))
        return k if i >= 0 and k < len(codes) and codes[k] == i * width + j else -1

    out: dict[int, list[int]] = {}
    used: set[int] = set()
    for j, c, q in late:
        k, kq, now = at(c, j), at(c, q), at(made.get(j, -1), j)
        if k < 0 or kq < 0 or c in out or j in used or q in used:
            continue
        short = settings.shorter_weight * index.weight_h[c]
        target = set(h_tokens.iat[c])
        mine = set(f_tokens.iat[j]) & target
        if not (cols["contain"][k] >= settings.split_containment
                and not cols["other_report"][k] and not cols["ref_differs"][k]
                and cols["topic"][k] == "" and index.weight_f[j] < short
                and index.weight_f[q] < short and cols["total"][k] >= settings.accept
                and mine and len(mine - set(f_tokens.iat[q])) >= settings.beside_new_words * len(mine)
                and (now < 0 or cols["total"][now] + settings.clear_margin <= cols["total"][k]
                     or (j > q and _piece_only(cols, now, settings)))):
            continue
        out[c] = sorted([q, j])
        used.update((q, j))
    return out


def _piece_only(cols: dict[str, np.ndarray], k: int, settings: MatchSettings) -> bool:
    """Whether pair k holds the row only as a piece of a longer item (its words inside it,
    most of the item's not in the row): a sentence several items end with fits each so, and
    the text cannot choose between them; the row it is written after can."""
    return bool(cols["contain"][k] >= settings.split_containment
                and cols["cover"][k] < settings.piece_cover)


def out_of_place(i: int, j: int, made: dict[int, int], sheets: np.ndarray,
                 report_h: np.ndarray, cols: dict[str, np.ndarray], settings: MatchSettings,
                 h_ids: np.ndarray) -> str:
    """Why a row that fits several items should not be taken for item i: it is written
    between the rows of two items of i's report, and i is not between them. '' if it may.

    A force lists a report's items in the list's order. A row whose words sit inside other
    items as well ("Improve how it gathers, assesses and…") is chosen among them by text
    only by accident; an item outside the place the row is written in is no item for it
    without a person's look. (A summary that elimination down its block leaves one item
    for is not asked here: the caller skips it.)"""
    a, b = made.get(j - 1, -1), made.get(j + 1, -1)
    if (a < 0 or b < 0 or not a < b or a < i < b or not report_h[i]
            or not report_h[a] == report_h[b] == report_h[i]
            or not sheets[j - 1] == sheets[j] == sheets[j + 1]):
        return ""
    at = np.flatnonzero(cols["f"] == j)
    alike = [int(o) for o, c, other in zip(cols["h"][at].tolist(), cols["contain"][at].tolist(),
                                         cols["other_report"][at].tolist(), strict=True)
             if o != i and c >= settings.split_containment and not other]
    if not alike:
        return ""
    return (f"written between the rows of HMICFRS {h_ids[a]} and {h_ids[b]}, not where this "
            f"item is; its words fit HMICFRS {h_ids[alike[0]]} as well")


def place_note(j: int, spot: tuple[int, int, int], h_ids: np.ndarray) -> str:
    """The place that chose the item, in words."""
    return (f"; in its place in the list's order: written between the rows of HMICFRS "
            f"{h_ids[spot[1]]} and {h_ids[spot[2]]}, and the one item between them")


def uncrossed(assigned: list[tuple[int, int]], t: pd.DataFrame, report_h: np.ndarray,
              sheets: np.ndarray, settings: MatchSettings
              ) -> tuple[list[tuple[int, int]], dict[tuple[int, int], tuple[int, int]]]:
    """Two pairs of one report made crosswise, when the other way scores about as well, made
    in the list's order: (the pairs, {each pair so made: the other pair}).

    One action repeated in a report (a cause of concern and its recommendation, "review its
    background checks") gives two items and two rows that read each other almost alike; only
    boilerplate ("Within six months", "To address this cause of concern") tips the totals,
    and it may tip them crosswise. A force lists a report's items in the list's order, so
    the earlier row is the earlier item's. Crosswise stands when it scores clearly more
    (by `order_gap`, the two pairs together), or leaves clearly fewer words unexplained
    (`explained_gap`, as `swap_margin` weighs a swap), or the other way has anything against
    it.
    """
    if len(assigned) < 2 or t.empty:
        return assigned, {}
    good = (t["total"] >= settings.review) & ~t["other_report"] & ~t["ref_differs"] & (
        t["topic"] == "")
    keys = list(zip(t["h"].tolist(), t["f"].tolist(), strict=True))
    total = dict(zip(keys, t["total"].tolist(), strict=True))
    cover = dict(zip(keys, t["cover"].tolist(), strict=True))
    fits = {k for k, ok in zip(keys, good.tolist(), strict=True) if ok}
    mate = dict(assigned)
    groups: dict[tuple[object, object], list[int]] = {}
    for i, j in assigned:
        if report_h[i]:
            groups.setdefault((report_h[i], sheets[j]), []).append(i)
    crossed: dict[tuple[int, int], tuple[int, int]] = {}
    for items in groups.values():
        for _ in range(settings.place_steps):   # each swap undoes a crossing: few rounds
            if not _uncross_once(sorted(items), mate, (total, cover), fits, settings, crossed):
                break
    return sorted(mate.items()), {p: q for p, q in crossed.items()
                                  if mate.get(p[0]) == p[1] and mate.get(q[0]) == q[1]}


def _uncross_once(items: list[int], mate: dict[int, int], scores: tuple[dict, dict], fits: set,
                  settings: MatchSettings, crossed: dict) -> bool:
    """One pass over the pairs of one report: swap each crossing near-tie. Whether any."""
    total, cover = scores
    swapped = False
    for x, a in enumerate(items):
        for b in items[x + 1:]:
            ja, jb = mate[a], mate[b]
            if ja < jb or (a, jb) not in fits or (b, ja) not in fits:
                continue
            if (total[(a, ja)] + total[(b, jb)] - total[(a, jb)] - total[(b, ja)]
                    > settings.order_gap or cover[(a, ja)] + cover[(b, jb)] - cover[(a, jb)]
                    - cover[(b, ja)] >= settings.explained_gap):
                continue
            mate[a], mate[b] = jb, ja
            crossed[(a, jb)], crossed[(b, ja)] = (b, ja), (a, jb)
            swapped = True
    return swapped


def order_note(other: tuple[int, int], gap: float, h_ids: np.ndarray, f_ids: np.ndarray
               ) -> str:
    """Why the list's order chose between two pairs, in words."""
    return (f"; in the list's order: this item and HMICFRS {h_ids[other[0]]} fit this row "
            f"and force {f_ids[other[1]]} about as well either way ({gap:.0f} points apart), "
            "and a force lists a report's items in the list's order, the earlier item on "
            "the earlier row")


def filed_elsewhere(made: dict[int, int], fixed: set[int], table: Scored) -> set[int]:
    """Items whose rows so far all name another report: a copy the force filed under a
    later report leaves the item free for the row written in its own report's place.
    `fixed` rows (a person's, a reference's, a split's) are the item's own."""
    cols, row_of = table.cols, table.row_of
    other: dict[int, bool] = {}
    for j, i in made.items():
        if j in fixed:
            other[i] = False
            continue
        try:
            k = row_of(i, j)
        except KeyError:                 # scored while placing: its own report's place
            other[i] = False
            continue
        other[i] = other.get(i, True) and bool(cols["other_report"][k])
    return {i for i, o in other.items() if o}
