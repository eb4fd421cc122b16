"""How sure a pair is: its runner-up, its margin over the best matching without it, and
the items its row reads almost as well (a recurring all-forces text)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..config import MatchSettings


def top_candidates(t: pd.DataFrame, key: str, other: str, n: int = 3
                   ) -> dict[int, list[tuple[float, int]]]:
    """For each row on one side, its `n` best candidates: [(total, other side's index)]."""
    ranked = t.sort_values("total", ascending=False, kind="stable").groupby(key).head(n)
    out: dict[int, list[tuple[float, int]]] = {}
    for k, total, o in zip(ranked[key], ranked["total"], ranked[other], strict=True):
        out.setdefault(int(k), []).append((float(total), int(o)))
    return out


def close_items(t: pd.DataFrame, settings: MatchSettings
                ) -> dict[int, list[tuple[int, float, bool, bool, bool]]]:
    """Per force row, the HMICFRS items it reads well (text >= `twin_text`):
    (h, text, same report, other report, reference differs)."""
    close = t[t["text"] >= settings.twin_text]
    out: dict[int, list[tuple[int, float, bool, bool, bool]]] = {}
    for row in zip(close["f"], close["h"], close["text"], close["same_report"],
                   close["other_report"], close["ref_differs"], strict=True):
        out.setdefault(int(row[0]), []).append((int(row[1]), float(row[2]), bool(row[3]),
                                                bool(row[4]), bool(row[5])))
    return out


def _rivals(twins: dict, i: int, j: int, gap: float
            ) -> list[tuple[int, float, bool, bool, bool]]:
    """The other HMICFRS items force row j reads about as well as item i (within `gap`: a
    recurring text)."""
    rows = twins.get(j, [])
    mine = next((r for r in rows if r[0] == i), None)
    if mine is None:
        return []
    return [r for r in rows if r[0] != i and r[1] >= mine[1] - gap]


def recurring(t: pd.DataFrame, settings: MatchSettings) -> np.ndarray:
    """Per pair, whether its force row reads another item about as well (`_rivals`, in bulk)."""
    text = t["text"].to_numpy(dtype=float)
    close = text >= settings.twin_text
    f = t["f"].to_numpy()
    ranked = pd.DataFrame({"f": f[close], "text": text[close]}).sort_values(
        ["f", "text"], ascending=[True, False], kind="stable")
    first = ranked.groupby("f")["text"].first()
    second = ranked.groupby("f")["text"].nth(1)
    second = pd.Series(second.to_numpy(), index=ranked.loc[second.index, "f"].to_numpy())
    top1 = first.reindex(f).to_numpy()
    top2 = second.reindex(f).to_numpy()
    return close & ((text < top1) | (top2 >= text - settings.twin_gap)) & ~_explains_most(
        t, close, settings.explained_gap / 2)


def _explains_most(t: pd.DataFrame, close: np.ndarray, gap: float) -> np.ndarray:
    """Per pair, whether its item explains clearly more of the row (cover, by `gap`) than
    any other item the row reads well: a row copying one item whole, which holds the other
    item's words and a sentence more, is a copy of the one, not a recurring text."""
    cover = t["cover"].to_numpy(dtype=float)
    f = t["f"].to_numpy()
    ranked = pd.DataFrame({"f": f[close], "cover": cover[close]}).sort_values(
        ["f", "cover"], ascending=[True, False], kind="stable")
    best = ranked.groupby("f")["cover"].first().reindex(f).to_numpy()
    runner = ranked.groupby("f")["cover"].nth(1)
    runner = pd.Series(runner.to_numpy(), index=ranked.loc[runner.index, "f"].to_numpy()
                       ).reindex(f).fillna(0.0).to_numpy()
    return close & (cover >= best) & (cover - runner >= gap)


def copies_held(t: pd.DataFrame, free: pd.DataFrame, taken_h: set[int],
                settings: MatchSettings) -> np.ndarray:
    """Per pair of `free`, whether its force row copies an item paired already (characters
    alike, `twin_text`) more closely than it reads this pair's item.

    A force tracks an item's action again under another report; that copy reads the item it
    copies word for word, and may read a longer item that happens to hold its words (one more
    clause) almost as well. The item it copies has its row; the other is not its item.
    """
    whole = np.maximum(t["ratio"].to_numpy(dtype=float), t["sort"].to_numpy(dtype=float))
    held = t["h"].isin(taken_h).to_numpy() & (whole >= settings.twin_text)
    best = pd.Series(whole[held]).groupby(t["f"].to_numpy()[held]).max()
    copied = best.reindex(free["f"].to_numpy()).fillna(-1.0).to_numpy()
    mine = np.maximum(free["ratio"].to_numpy(dtype=float), free["sort"].to_numpy(dtype=float))
    return copied > mine


def twin_of(twins: dict, i: int, j: int, settings: MatchSettings,
            held: dict[int, float] | None = None, summary: bool = False) -> int:
    """Another HMICFRS item the force row reads as well as item i, undecided by the facts.

    All-forces recommendations recur almost word for word across reports and years; between
    two such items only the report, year or reference can choose, so without them the pair is
    unsure. A rival already paired with a row that reads it at least as well (`held`: item ->
    its pair's text score) is no rival when row j copies item i or is a `summary` of it (its
    words inside item i, in the same report). Rivals read row j within `twin_gap` of item
    i; a copy reads it at least `verbatim_text`. Returns its index, or -1.
    """
    held = held or {}
    mine = next((r for r in twins.get(j, []) if r[0] == i), None)
    for hi, text, same, other, ref_differs in _rivals(twins, i, j, settings.twin_gap):
        if (mine[1] >= settings.verbatim_text or summary) and held.get(hi, -1.0) >= text:
            continue          # the rival has a row of its own that reads it as well

        if mine[2] and not same:
            continue          # the report (and year) chooses item i
        if other and not mine[3]:
            continue          # the report rules the rival out
        if ref_differs and not mine[4]:
            continue          # the reference rules the rival out
        return hi
    return -1


def swap_margin(i: int, j: int, score: float, pair_total: dict[tuple[int, int], float],
                best_h: dict, best_f: dict, mate_h: dict[int, int], mate_f: dict[int, int],
                pair_cover: dict[tuple[int, int], float], gap: float
                ) -> tuple[float, int, int]:
    """How much the best matching beats the best one without (i, j): (margin, rival h, rival f).

    A rival row already paired elsewhere is no rival unless swapping partners scores as well:
    a truncated row that fits four items of a report, three of which have rows of their own,
    leaves no doubt about the fourth. Nor is it when the swap explains clearly fewer words
    (by `gap`, the `explained_gap` setting): two items, one the other's wording plus a
    sentence ("... This should be a personal responsibility in each case."), and two rows
    copying them; the shorter text sits wholly inside the longer either way, but only the
    pairs as made leave no sentence over. Rivals are each row's few best candidates.
    """
    cover = pair_cover
    best, rival = 0.0, (-1, -1)
    for s_, o in best_h.get(i, []):
        if o == j:
            continue
        other = mate_f.get(o, -1)       # the item row o is paired with, if any
        alt = s_ + (pair_total.get((other, j), 0.0) - pair_total[(other, o)]
                    if other >= 0 else 0.0)
        if alt > best and not (other >= 0 and _explains_more(cover, gap, (i, j), (other, o),
                                                             (i, o), (other, j))):
            best, rival = alt, (-1, o)
    for s_, o in best_f.get(j, []):
        if o == i:
            continue
        other = mate_h.get(o, -1)
        alt = s_ + (pair_total.get((i, other), 0.0) - pair_total[(o, other)]
                    if other >= 0 else 0.0)
        if alt > best and not (other >= 0 and _explains_more(cover, gap, (i, j), (o, other),
                                                             (o, j), (i, other))):
            best, rival = alt, (o, -1)
    return score - best, rival[0], rival[1]


def _explains_more(cover: dict[tuple[int, int], float], gap: float, *pairs: tuple[int, int]
                   ) -> bool:
    """Whether the two pairs made (first two) leave `gap` fewer words unexplained
    than the two swapped (last two); an unscored swapped pair explains nothing."""
    made = cover.get(pairs[0], 0.0) + cover.get(pairs[1], 0.0)
    swapped = cover.get(pairs[2], 0.0) + cover.get(pairs[3], 0.0)
    return made - swapped >= gap


def unheld_margin(i: int, j: int, score: float, best_h: dict, best_f: dict,
                   mate_h: dict[int, int], mate_f: dict[int, int],
                   pair_total: dict[tuple[int, int], float]) -> float:
    """How far (i, j) beats every rival not paired elsewhere with a row that fits it as well.

    Elimination, as an analyst does it down a report's block: an item whose own row reads it
    at least as well as row j does is not what row j means.
    """
    rivals = [0.0]
    for s_, o in best_f.get(j, []):          # other items row j could mean
        mate = mate_h.get(o, -1)
        if o != i and not (mate >= 0 and mate != j and pair_total[(o, mate)] >= s_):
            rivals.append(s_)
    for s_, o in best_h.get(i, []):          # other rows that could mean item i
        mate = mate_f.get(o, -1)
        if o != j and not (mate >= 0 and mate != i and pair_total[(mate, o)] >= s_):
            rivals.append(s_)
    return score - max(rivals)


def rowless_candidates(i: int, j: int, cols: dict[str, np.ndarray], rowed: set[int]
                       ) -> list[int]:
    """The scored pairs (table positions) of row j with items other than i left without a
    row."""
    at = np.flatnonzero(cols["f"] == j)
    return [k for k, o in zip(at.tolist(), cols["h"][at].tolist(), strict=True)
            if o != i and o not in rowed]


def rowless_rival(i: int, j: int, score: float, cols: dict[str, np.ndarray], rowed: set[int],
                  margin: float) -> bool:
    """Whether row j reads another item, left without a row, within `margin` of item i."""
    return any(cols["total"][k] >= score - margin
               for k in rowless_candidates(i, j, cols, rowed))
