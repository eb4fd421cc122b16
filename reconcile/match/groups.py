"""Splits and merges: several force rows inside one HMICFRS text (one row per bullet), or
one force row holding several HMICFRS items (a cause of concern and its recommendation)."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .. import vocab
from ..config import MatchSettings
from .families import family_items, given_to
from .nextrows import Texts, next_to_parts


def _has_twins(parts: list[int], texts: pd.Series, alike: float) -> bool:
    """Two of the items read almost the same: repeats across years, not parts of one row."""
    from rapidfuzz import fuzz

    return any(fuzz.token_sort_ratio(texts.iat[a], texts.iat[b]) >= alike
               for k, a in enumerate(parts) for b in parts[k + 1:])


def find_groups(t: pd.DataFrame, part: str, whole: str, settings: MatchSettings,
            w_part: np.ndarray, w_whole: np.ndarray, part_tokens: pd.Series,
            whole_tokens: pd.Series, part_text: pd.Series, part_types: pd.Series,
            anchored: dict[int, list[int]] | None = None, sheets: np.ndarray | None = None,
            whole_text: pd.Series | None = None,
            numbered: dict[int, tuple[int, ...]] | None = None,
            part_reports: np.ndarray | None = None,
            timescales: tuple[list, list] | None = None,
            whole_raw: pd.Series | None = None) -> dict[int, list[int]]:
    """Wholes that several `part` rows sit inside: {whole index: [part indices]}.

    A part belongs to the whole it scores best with, when the part is clearly the shorter
    text and most of its words are in the whole; together the parts must cover enough of it,
    or when it is written next to such a part (`nextrows.next_to_parts`; `sheets`: each force row's
    sheet, to tell rows written one after the other).
    `anchored` wholes already have parts (paired on the reference): one more row may join them.
    `whole_text`: the wholes' normalised texts, to see a row that ends one. `numbered`: the
    force's sub-numbered rows and their families ("316a", "316b"; `families.families`).
    `part_reports`: each force row's report key, to see rows filed with the parts around them.
    `timescales`: each part's and each whole's stated timescales (a part saying another one
    is no piece of the whole). `whole_raw`: the wholes' texts as written, for a row that
    letters the items it holds ("(a) … and (b) …").
    """
    anchored = anchored or {}
    marked = _marked_merges(t, settings, whole_raw) if whole_raw is not None else {}
    if marked:
        t = t[~t[part].isin({p for ps in marked.values() for p in ps}) & ~t[whole].isin(marked)]
    return {**_found(t, part, whole, settings, w_part, w_whole, part_tokens, whole_tokens,
                     part_text, part_types, anchored, sheets, whole_text, numbered,
                     part_reports, timescales, whole_raw), **marked}


def _found(t: pd.DataFrame, part: str, whole: str, settings: MatchSettings,
           w_part: np.ndarray, w_whole: np.ndarray, part_tokens: pd.Series,
           whole_tokens: pd.Series, part_text: pd.Series, part_types: pd.Series,
           anchored: dict[int, list[int]], sheets: np.ndarray | None,
           whole_text: pd.Series | None, numbered: dict[int, tuple[int, ...]] | None,
           part_reports: np.ndarray | None, timescales: tuple[list, list] | None,
           whole_raw: pd.Series | None) -> dict[int, list[int]]:
    """`find_groups` by the words each part shares with its whole."""
    fits = _shaped(t, part, whole, settings, w_part, w_whole,
                   _next_to_anchors(anchored, sheets) if part == "f" else set())
    if timescales is not None and not fits.empty:
        fits = fits[~_other_timescale(fits, part, whole, timescales)]
    if fits.empty and not (part == "f" and sheets is not None and anchored):
        return {}
    ok = _clearly_best(t, fits, part, whole, settings)
    vouched: set[tuple[int, int]] = set()
    if part == "f" and sheets is not None:
        kin = _family_fits(t, fits, numbered or {}, settings, anchored)
        if timescales is not None and len(kin) > len(fits):
            # A whole copy stating another timescale is the item's row in conflict, not a
            # piece of another item cut short.
            kin = kin[~_other_timescale(kin, part, whole, timescales)
                      | (kin["cover"].to_numpy() >= settings.piece_cover)]
        vouched = family_items(kin, anchored, numbered or {}, settings, part_text)
        ok = next_to_parts(t, fits, given_to(ok, kin, vouched), sheets, settings, anchored,
                            Texts(part_tokens, whole_tokens, part_text, whole_text,
                                  part_reports))
    if ok.empty:
        return {}
    return _grouped(ok, t, part, whole, settings, part_tokens, whole_tokens, part_text,
                    part_types, anchored, vouched, whole_raw)


def _family_fits(t: pd.DataFrame, fits: pd.DataFrame, numbered: dict[int, tuple[int, ...]],
                 settings: MatchSettings, anchored: dict[int, list[int]]) -> pd.DataFrame:
    """`fits`, with the rows the force wrote as one item's that hold the item's words but
    are longer than a part ("SOC analysis to inform the control strategy – action 1: refresh
    the assessment", numbered AFI 3 like the row after it): the force's grouping tells. And
    a sibling of a row paired on the reference ("19b", "19c" under "19a 8567"), with that
    row's item however few of its words it holds (the item's text on the list may be cut
    off at 255 characters before that bullet), unless another item reads it as a pair."""
    if not numbered:
        return fits
    kin = ~t.index.isin(fits.index) & ~t["other_report"] & ~t["ref_differs"] & (t["topic"] == "")
    more = t[t["f"].isin(list(numbered)) & kin & (t["contain"] >= settings.part_containment)]
    by_ref = {(w, p) for w, qs in anchored.items() for q in qs for p in numbered.get(q, ())
              if p != q}
    if by_ref:
        # ... a sibling no other item reads as well as a pair: its words may be another's.
        sure = t[t["total"] >= settings.accept]
        taken = set(zip(sure["h"].tolist(), sure["f"].tolist(), strict=True))
        elsewhere = {p for _, p in taken}
        by_ref = {(w, p) for w, p in by_ref if p not in elsewhere or (w, p) in taken}
    if by_ref:
        sibling = pd.MultiIndex.from_arrays([t["h"], t["f"]]).isin(list(by_ref))
        more = t[kin & (sibling | (t["f"].isin(list(numbered))
                                   & (t["contain"] >= settings.part_containment)))]
    return pd.concat([fits, more]) if len(more) else fits


def _other_timescale(fits: pd.DataFrame, part: str, whole: str, timescales: tuple[list, list]
                     ) -> np.ndarray:
    """Per pair, whether the part states a timescale and the whole states others only: "By 30
    November 2015, chief constables should put in place ..." is no piece of "By January 2015,
    the force should put in place ..." (it is another item's copy, cut short)."""
    mine, theirs = timescales
    return np.array([bool(mine[p]) and bool(theirs[w]) and set(mine[p]).isdisjoint(theirs[w])
                     for p, w in zip(fits[part].tolist(), fits[whole].tolist(), strict=True)],
                    dtype=bool)


def _next_to_anchors(anchored: dict[int, list[int]], sheets: np.ndarray | None
                     ) -> set[tuple[int, int]]:
    """(whole, row) of the rows written just before or after a row paired on the reference."""
    if sheets is None:
        return set()
    return {(w, n) for w, qs in anchored.items() for q in qs for n in (q - 1, q + 1)
            if 0 <= n < len(sheets) and sheets[n] == sheets[q]}


def _shaped(t: pd.DataFrame, part: str, whole: str, settings: MatchSettings,
            w_part: np.ndarray, w_whole: np.ndarray,
            beside: set[tuple[int, int]] = frozenset()) -> pd.DataFrame:
    """The pairs shaped like a part and its whole, with nothing against them. A reference
    naming no item on the list (the fill handle run on down a split's rows) is nothing
    against a row written next to one of the whole's rows paired on its reference
    (`beside`: (whole, row))."""
    # A part is shorter than its whole, or the same text repeated on each row of a block
    # (a summary cell merged down over its sub-actions).
    if part == "f":
        shorter = w_part[t[part].to_numpy()] < settings.shorter_weight * w_whole[t[whole].to_numpy()]
        # The same text, not a longer row holding the whole's words and a sentence more.
        same_text = (t["text"].to_numpy() >= settings.same_text) & (
            t["cover"].to_numpy() >= settings.copy_text)
        shape = (shorter | same_text) & (t["contain"] >= settings.part_containment)
    else:
        # A force row may summarise a long cause of concern: the HMICFRS parts need not be
        # shorter than it, only plausible pairs on their own.
        shape = (t["contain"] >= settings.part_containment) & (t["total"] >= settings.review)
    # Under a report that contradicts the whole's, only a true piece of it (not a copy of the
    # whole item tracked again under another report) that fits no other item nearly as well.
    # A merge is a cause of concern and its recommendations, one report's, never a piece.
    piece = ((t["cover"] < settings.piece_cover) & _alone(t, part, settings.clear_margin)
             if part == "f" else False)
    barred = t["ref_differs"].to_numpy().copy()
    if beside and part == "f":
        unknown = np.flatnonzero(barred & t["ref_unknown"].to_numpy() & shorter)
        pairs = zip(t[whole].to_numpy()[unknown].tolist(), t[part].to_numpy()[unknown].tolist(),
                    strict=True)
        barred[unknown[[p in beside for p in pairs]]] = False
    return t[shape & (~t["other_report"] | piece) & ~barred & (t["topic"] == "")]


def _clearly_best(t: pd.DataFrame, fits: pd.DataFrame, part: str, whole: str,
                  settings: MatchSettings) -> pd.DataFrame:
    """The `fits` whose part scores best with their whole, by `margin` at least."""
    # Each part goes only to the whole it scores best with, and clearly so. A rival under a
    # report that rules it out (the same national wording quoted in another report) is none.
    ranked = t.sort_values("total", ascending=False, kind="stable")
    best = ranked.drop_duplicates(part)
    second = ranked[~ranked.index.isin(best.index) & ~ranked["other_report"]
                    ].drop_duplicates(part)
    best_whole = dict(zip(best[part], best[whole], strict=True))
    gap = dict(zip(best[part], best["total"], strict=True))
    for p, s2 in zip(second[part], second["total"], strict=True):
        gap[p] -= s2
    return fits[np.array([best_whole.get(p) == w and gap.get(p, 0) >= settings.margin
                          for p, w in zip(fits[part], fits[whole], strict=True)], dtype=bool)]


def _grouped(ok: pd.DataFrame, t: pd.DataFrame, part: str, whole: str, settings: MatchSettings,
             part_tokens: pd.Series, whole_tokens: pd.Series, part_text: pd.Series,
             part_types: pd.Series, anchored: dict[int, list[int]],
             vouched: set[tuple[int, int]] = frozenset(),
             whole_raw: pd.Series | None = None) -> dict[int, list[int]]:
    """The wholes whose parts (`ok`) make a split (several force rows, covering enough of the
    item) or a merge (a cause of concern and its recommendations in one row). Rows the force
    wrote as one item's (`vouched`) stay its parts, however little of it they cover (a summary
    carried down over its actions, each row the same cut-short text)."""
    groups: dict[int, list[int]] = {}
    shared = _shared_parts(t, ok, part, whole, settings.shared_fit) if part == "f" else set()
    elsewhere = set(ok.loc[ok["other_report"], part].tolist())
    wholes, parts_of, contain = (ok[c].to_numpy() for c in (whole, part, "contain"))
    fit: dict[int, dict[int, float]] = {}
    for w_, p_, x_ in zip(wholes.tolist(), parts_of.tolist(), ok["text"].tolist(), strict=True):
        fit.setdefault(int(w_), {})[int(p_)] = float(x_)
    # Rows by whole, in file order within each (what groupby gives), without a frame per group.
    order = np.argsort(wholes, kind="stable")
    sorted_w = wholes[order]
    starts = np.flatnonzero(np.r_[True, sorted_w[1:] != sorted_w[:-1]])
    ends = np.r_[starts[1:], len(order)]
    sizes = ends - starts
    big = (sizes >= 2) | np.isin(sorted_w[starts], list(anchored))
    for start, end in zip(starts[big], ends[big], strict=True):
        rows = order[start:end]
        w = int(sorted_w[start])
        parts = sorted(int(p) for p in parts_of[rows])
        target = set(whole_tokens.iat[w])
        covered = len(set().union(*(part_tokens.iat[p] for p in parts + anchored.get(w, [])))
                      & target)
        coverage = covered / len(target) if target else 0.0
        if part == "f":
            parts = _own_parts(parts, shared, anchored.get(w, []), target, part_tokens,
                               settings.beside_new_words)
            parts = _beside(parts, elsewhere, anchored.get(w, []))
            kept = {p for p in parts_of[rows].tolist() if (w, int(p)) in vouched}
            parts = _adding(parts, anchored.get(w, []), target, part_tokens, fit[w],
                            settings.new_words, settings.piece_cover / 100)
            if kept and len(kept | set(anchored.get(w, []))) >= 2:
                groups[w] = sorted(kept | set(parts))
                continue
            if len(parts) < 2 and w not in anchored:
                continue
            # A split: the force copied at least one bullet nearly word for word.
            if contain[rows].max() >= settings.split_containment and (
                    coverage >= settings.split_coverage):
                groups[w] = parts
        elif (coverage >= settings.merge_coverage and not _has_twins(parts, part_text, settings.repeat_text)
              and (any(part_types.iat[p] == "cause of concern" for p in parts)
                   or _pasted_together(parts, target, part_tokens)
                   or (whole_raw is not None and _lettered(whole_raw.iat[w], len(parts))))):
            # A merge: a cause of concern and its recommendations in one force row, which says
            # little beyond them put together; or items pasted into one paragraph ("Areas for
            # improvement: The force should … The force should …"), each copied nearly word
            # for word. (Recommendations that only share formulaic all-forces wording with a
            # row are left to the assignment: such groups are unreliable.)
            groups[w] = parts
    return groups


def _marked_merges(t: pd.DataFrame, settings: MatchSettings, whole_raw: pd.Series
                   ) -> dict[int, list[int]]:
    """Force rows that number the n items they hold in their own words ("All 4 recs: 1)
    review savings plans … 2) forces delivering <10% …"), with n items of the row's report
    its clear best: each item scoring at least `own_words` with it, none better elsewhere,
    the next item far behind. The row says it holds n items; its words are too short for
    any one of them to lie inside it, so the merge by containment never sees it. Not a row
    reading one item at `accept` or more: a copy of it, its points its own."""
    if t.empty:
        return {}
    best_of = t.groupby("h")["total"].max()
    out: dict[int, list[int]] = {}
    for w, rows in t.groupby("f"):
        n = _marks(whole_raw.iat[int(w)])
        if n < 2 or len(rows) < n:
            continue
        ranked = rows.sort_values("total", ascending=False)
        top = ranked.head(n)
        nth = float(top["total"].iat[-1])
        after = float(ranked["total"].iat[n]) if len(ranked) > n else 0.0
        # A row copying one item whole with its own numbered points is that item's.
        if (top["same_report"].all() and nth >= settings.own_words
                and float(top["text"].iat[0]) < settings.accept
                and after <= nth - settings.clear_margin
                and all(best_of[h] <= s for h, s in zip(top["h"], top["total"], strict=True))):
            out[int(w)] = sorted(int(h) for h in top["h"])
    return out


def _marks(text: object) -> int:
    """How many items a row marks in order inside its text ("(a) … (b) …", "1) … 2) …",
    "(i) … (ii) …"): the count, or 0."""
    marks = [m.group(1) or m.group(2) or m.group(3) for m in _MARK.finditer(str(text or "").lower())]
    n = len(marks)
    return n if marks in ([chr(ord("a") + k) for k in range(n)], [str(k + 1) for k in range(n)],
                          _ROMAN[:n]) else 0


def _lettered(text: object, n: int) -> bool:
    """A row that letters or numbers the items it holds, one mark each, in order: "CCs & PCCs
    to assess (a) scope to improve … and (b) whether decisive action …", "All 4 recs: 1)
    review savings plans … 2) forces delivering …"."""
    return _marks(text) == n


#: A letter, a number or a roman numeral marking an item inside a line: "(a)", "2)", "(iii)".
_MARK = re.compile(r"(?:^|\s)\(?(?:([a-h])|([1-9])|(i{1,3}|iv|v|vi{1,3}))\)\s")
_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii"]


def _pasted_together(parts: list[int], row: set, part_tokens: pd.Series) -> bool:
    """Items pasted one after another into one row ("Areas for improvement: The force
    should … The force should …"): each nearly all inside the row, each adding words of
    the row none of the others has, the row longer than any one of them. Not a cut-short
    row that several like items each hold ("Make sure it has enough specialist capacity")."""
    words = [set(part_tokens.iat[p]) for p in parts]
    if not all(w and len(w & row) >= _INSIDE * len(w) for w in words):
        return False
    if len(row) < _LONGER * max(len(w) for w in words):
        return False
    return all(len((w & row) - set().union(*(o for k, o in enumerate(words) if k != i)))
               >= _OWN_SHARE * len(w) for i, w in enumerate(words))


#: An item pasted into a row has this share of its words there; the row is this much longer
#: than the longest item; and each item brings this share of its words no other one has.
_INSIDE, _LONGER, _OWN_SHARE = 0.85, 1.3, 0.25


def _alone(t: pd.DataFrame, part: str, gap: float) -> np.ndarray:
    """Per pair, whether its text fits the part far better (by `gap`) than any other whole.

    A force row filed under the wrong report is still a part of the one item its words fit
    (a conflict of report); wording that recurs on the list is not, for then only the report
    could have chosen between its copies.
    """
    if t.empty:
        return np.zeros(0, dtype=bool)
    text = t["text"].to_numpy()
    order = np.lexsort((-text, t[part].to_numpy()))     # by part, best text first
    keys, ranked = t[part].to_numpy()[order], text[order]
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    ends = np.r_[starts[1:], len(order)]
    runner_up = np.where(ends - starts >= 2, ranked[np.minimum(starts + 1, len(order) - 1)], 0.0)
    lead = np.zeros(len(t), dtype=bool)
    lead[order[starts]] = ranked[starts] - runner_up >= gap
    return lead


def _shared_parts(t: pd.DataFrame, ok: pd.DataFrame, part: str, whole: str, within: float
                  ) -> set[int]:
    """Parts that sit as well (containment `within` of their own) inside another item of a
    report that does not rule it out.

    A sentence several items end with ("This assessment should inform workforce plans.") or
    a one-line summary whose words fit two items of one report ("Enough specialist capacity
    and capability") says nothing of which item it belongs to on its own.
    """
    mine = dict(zip(ok[part], ok["contain"], strict=True))
    own_whole = dict(zip(ok[part], ok[whole], strict=True))
    rows = t[t[part].isin(mine) & ~t["other_report"] & ~t["ref_differs"]]
    if rows.empty:
        return set()
    others = rows[rows[whole].to_numpy() != rows[part].map(own_whole).to_numpy()]
    alt = others.groupby(part)["contain"].max()
    return {int(p) for p, c in alt.items() if c >= mine[p] - within}


def _own_parts(parts: list[int], shared: set[int], anchored: list[int], target: set[str],
               part_tokens: pd.Series, new: float) -> list[int]:
    """The parts of one split, less shared parts that add nothing of this item.

    A shared part stays only when it sits next to a part kept (a split is written on
    consecutive rows) and holds words of the item the other parts do not (the tail
    a bullet was cut into: `new` of its own), not when it only repeats them (a summary above
    the item's row).
    """
    own = [p for p in parts if p not in shared]
    keep = list(own)
    known = set().union(*(part_tokens.iat[p] for p in own + anchored)) & target
    for p in parts:                      # in file order: a chain of rows, each beside the last
        if p not in shared:
            continue
        near = any(abs(p - q) == 1 for q in keep + anchored)
        mine = set(part_tokens.iat[p]) & target
        if near and mine and len(mine - known) >= new * len(mine):
            keep.append(p)
    return sorted(keep)


def _adding(parts: list[int], anchored: list[int], target: set[str], part_tokens: pd.Series,
            fit: dict[int, float], new_words: float, copy_share: float = 1.0) -> list[int]:
    """The parts of one split, less rows away from the others that only repeat what a
    better-fitting part holds.

    A split cuts an item into pieces on consecutive rows, each with words of its own. A row
    elsewhere whose words of the item are all in another part already (a copy of the item
    tracked again, a truncated "Improve how it gathers, assesses and...", a closing sentence
    other items end with too) is not a piece of it: it belongs to some other item, or to none.
    Next to a part kept, one word of its own will do, or the whole item (its text merged down
    over the rows of its actions); none will not (a row cut short before the next item's
    row: "... the force should immediately improve the").
    """
    rows = set(anchored)                 # next to a part kept, not to another doubtful row
    known = set().union(*(part_tokens.iat[a] for a in anchored)) & target
    keep: list[int] = []
    for p in sorted(parts, key=lambda q: (-fit.get(q, 0.0), q)):
        mine = {w for w in part_tokens.iat[p] if w in target and w not in vocab.WHEN_STEMS
                and not w.isdigit()}            # "within six months" is no piece of an ask
        new = len(mine - known)
        # The item's text merged down the rows of its actions (`piece_cover`: a copy, no piece).
        whole = len(target & set(part_tokens.iat[p])) >= copy_share * len(target)
        if (((p - 1) in rows or (p + 1) in rows) and (new or whole)) or (
                mine and new >= new_words * len(mine)):
            keep.append(p)
            rows.add(p)
            known |= mine
    return sorted(keep)


def _beside(parts: list[int], elsewhere: set[int], anchored: list[int]) -> list[int]:
    """The parts of one split, less pieces filed under a contradicting report that are not
    written next to another part: a split is on consecutive rows, a copy of the item filed
    again under another report anywhere in the tracker."""
    if not elsewhere & set(parts):
        return parts
    rows = set(parts) | set(anchored)
    return [p for p in parts if p not in elsewhere or (p - 1) in rows or (p + 1) in rows]
