"""Score candidate pairs from several signals, each kept so every score can be explained.

Signals (0-100 unless said): `ratio` and `sort` (rapidfuzz on the normalised texts: typos,
word order), `dice` (IDF-weighted share of words, symmetric), `contain` (how much of the
shorter text's word weight sits in the longer: a summary or a bullet of the other), `report`
(report-name similarity, years aside), `same_report` / `other_report`, `ref_differs`.

`text` combines the text signals. A shorter text wholly inside a longer one would score 100 on
containment or rapidfuzz's token_set_ratio alone (the token-set trap), so both are discounted
by how much of the longer text the shorter one leaves out. `total` adds the report bonus or
penalty; it may pass 100 (a perfect text in the same report) so that ties still rank, and is
shown capped at 100.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .. import vocab
from ..config import MatchSettings
from ..normalise import numbers_differ, ref_set, refs_differ
from .candidates import TokenIndex, shared_weight
from .reports import report_signals
from .subjects import swapped_subjects

FEATURES = ["h", "f", "total", "text", "ratio", "sort", "tset", "dice", "contain", "cover",
            "report", "same_report", "other_report", "ref_differs", "years_differ", "topic",
            "types_differ", "ref_unknown"]


def explain(feat: dict, settings: MatchSettings) -> str:
    """The score in words: which text signal gave it, and what the report added or took."""
    signals = {"characters": feat["ratio"], "words in any order": feat["sort"],
               "shared words": feat["dice"], "shorter text inside the longer": feat["contain"],
               "token set": feat["tset"]}
    top = max(signals, key=lambda k: signals[k])
    parts = [f"text {feat['text']:.0f} (best signal: {top} {signals[top]:.0f}"
             + ("; discounted for what the shorter text leaves out" if top in
                ("shorter text inside the longer", "token set") and feat["cover"] < 50 else "")
             + ")"]
    if feat["same_report"]:
        parts.append(f"same report +{settings.same_report_bonus:g}")
    if feat["other_report"]:
        parts.append(f"different report -{settings.other_report_penalty:g}")
    if feat["years_differ"]:
        parts.append(f"different year -{settings.other_year_penalty:g}")
    if feat["ref_differs"] and feat.get("ref_unknown"):
        parts.append(f"the force's reference is a slip (it names no item on the list, or "
                     f"this one's with two digits swapped) -{settings.ref_unknown_penalty:g}")
    elif feat["ref_differs"]:
        parts.append(f"references differ -{settings.ref_conflict_penalty:g}")
    if feat.get("types_differ"):
        parts.append(f"different type -{settings.type_conflict_penalty:g}")
    if feat.get("topic"):
        parts.append(f"different subject ({feat['topic']}) -{settings.topic_penalty:g}")
    return "; ".join(parts) + f" = {min(100.0, feat['total']):.0f}"


def _types_differ(h: pd.DataFrame, f: pd.DataFrame, hi: np.ndarray, fj: np.ndarray
                  ) -> np.ndarray:
    """Both sides name a type and they differ; a cause of concern and a recommendation do
    not (a cause of concern carries its own recommendations, often tracked as such)."""
    ht = h["type_norm"].to_numpy(dtype=object)[hi]
    ft = f["type_norm"].to_numpy(dtype=object)[fj]
    kindred = np.isin(ht, list(vocab.KINDRED_TYPES)) & np.isin(ft, list(vocab.KINDRED_TYPES))
    return (ht != "") & (ft != "") & (ht != ft) & ~kindred


def _names_no_item(h: pd.DataFrame, f: pd.DataFrame) -> np.ndarray:
    """Per force row, whether it gives a reference that names no item on the list, nor one
    two digits swapped away from an item's ("2865" for 2856 still points at 2856, and
    speaks against the others). One digit off is no slip: a run the fill handle dragged on
    (8461, 8462, 8463 …) is one digit off the ids around it by making."""
    known = {k for key in h["ref_key"].tolist() if key for k in ref_set(key)}
    return np.array([bool(key) and not any(k in known or _slips(k) & known
                                           for k in ref_set(key))
                     for key in f["ref_key"].tolist()], dtype=bool)


def _slipped(href: np.ndarray, fref: np.ndarray, differs: np.ndarray) -> np.ndarray:
    """Per pair, whether the force's reference is the item's with two neighbouring digits
    swapped (only where the two differ: a few pairs)."""
    out = np.zeros(len(href), dtype=bool)
    for k in np.flatnonzero(differs):
        if href[k] and fref[k]:
            mine = ref_set(href[k])
            out[k] = any(_slips(r) & mine for r in ref_set(fref[k]))
    return out


def _slips(ref: str) -> set[str]:
    """The ids a reference is two neighbouring digits swapped away from."""
    return {ref[:k] + ref[k + 1] + ref[k] + ref[k + 2:] for k in range(len(ref) - 1)} - {ref}


def _of_pairs(side: pd.DataFrame, column: str, idx: np.ndarray) -> np.ndarray:
    """Each pair's row's value of a text column normalise adds ('item_no', 'addressee'),
    '' where the frame has none."""
    if column not in side:
        return np.full(len(idx), "", dtype=object)
    return side[column].to_numpy(dtype=object)[idx]


def _addressed_apart(h: pd.DataFrame, f: pd.DataFrame, hi: np.ndarray, fj: np.ndarray
                     ) -> np.ndarray:
    """Per pair, '' or how the two texts' addressees differ, the police on one side
    ("addressed to children's social care, not the police"), as a joint inspection words one
    recommendation for each body. An item addressed to the police and the Home Office holds
    a row addressed to either."""
    ha, fa = _of_pairs(h, "addressee", hi), _of_pairs(f, "addressee", fj)
    out = np.full(len(hi), "", dtype=object)
    for k in np.flatnonzero((ha != "") & (fa != "") & (ha != fa)):
        mine, theirs = set(fa[k].split("|")), set(ha[k].split("|"))
        police = "the police"
        # None in common; or a row for other bodies only, some of them not the item's (a
        # row addressed to the police may run on into the item's next paragraphs).
        if police in mine | theirs and (mine.isdisjoint(theirs) or (
                police not in mine and police in theirs and not mine <= theirs)):
            out[k] = f"addressed to {fa[k].replace('|', ' and ')}, not {ha[k].replace('|', ' and ')}"
    return out


def _sorted_words(texts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each text's words sorted ('b a b' -> 'a b b'), and its distinct words sorted ('a b')."""
    every, distinct = [], []
    for text in texts:
        words = sorted(text.split())
        every.append(" ".join(words))
        distinct.append(" ".join(dict.fromkeys(words)))
    return np.array(every, dtype=object), np.array(distinct, dtype=object)


def _char_scores(h: pd.DataFrame, f: pd.DataFrame, hi: np.ndarray, fj: np.ndarray,
                 hopeful: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """rapidfuzz's ratio, token_sort_ratio and token_set_ratio of the `hopeful` pairs (0 for
    the others)."""
    from rapidfuzz import fuzz, process

    ratio, sort, tset = (np.zeros(len(hi), np.float32) for _ in range(3))
    if not len(hopeful):
        return ratio, sort, tset
    ph, pf = hi[hopeful], fj[hopeful]
    kw = {"dtype": np.float32, "workers": -1}
    texts = (h["text_norm"].to_numpy(), f["text_norm"].to_numpy())
    ratio[hopeful] = process.cpdist(texts[0][ph].tolist(), texts[1][pf].tolist(),
                                    scorer=fuzz.ratio, **kw)
    # token_sort_ratio is ratio on the words sorted, and token_set_ratio looks only at
    # the distinct words: each text sorted once here, not once per pair inside rapidfuzz
    # (half the time of both; the same scores, held by tests/test_properties.py).
    # Only the texts these pairs use: a second call for a few pairs sorts a few texts.
    (uh, ih), (uf, jf) = (np.unique(x, return_inverse=True) for x in (ph, pf))
    words = [_sorted_words(texts[0][uh]), _sorted_words(texts[1][uf])]
    sort[hopeful] = process.cpdist(words[0][0][ih].tolist(), words[1][0][jf].tolist(),
                                   scorer=fuzz.ratio, **kw)
    tset[hopeful] = process.cpdist(words[0][1][ih].tolist(), words[1][1][jf].tolist(),
                                   scorer=fuzz.token_set_ratio, **kw)
    return ratio, sort, tset


def score_pairs(h: pd.DataFrame, f: pd.DataFrame, hi: np.ndarray, fj: np.ndarray,
                index: TokenIndex, settings: MatchSettings) -> pd.DataFrame:
    """One row of signals per (hi, fj) pair, computed in bulk (rapidfuzz cpdist, sparse)."""

    shared = shared_weight(index, hi, fj)
    wa, wb = index.weight_h[hi], index.weight_f[fj]
    short, long_ = np.minimum(wa, wb), np.maximum(wa, wb)
    with np.errstate(divide="ignore", invalid="ignore"):
        contain = np.where(short > 0, shared / short, 0.0)
        cover = np.where(long_ > 0, shared / long_, 0.0)
        dice = np.where(wa + wb > 0, 2 * shared / (wa + wb), 0.0)
    discount = 0.7 + 0.3 * np.minimum(1.0, cover / 0.5)

    # Character-level scores only where the words give a pair a chance: rapidfuzz on long
    # texts is the costly part, and a pair sharing little telling vocabulary cannot reach
    # the review threshold on characters alone.
    hopeful = np.flatnonzero(np.maximum(dice, contain * discount) >= settings.char_floor)
    ratio, sort, tset = _char_scores(h, f, hi, fj, hopeful)
    # Character scores count the generic words two formulaic texts share ("the force should
    # improve how it gathers and acts on intelligence about …") as much as the telling ones
    # they do not ("knife crime" / "road harm"); weighted containment does not, so it tempers them.
    telling = 0.6 + 0.4 * contain
    text = np.maximum.reduce([ratio * telling, sort * telling, 100 * dice,
                              100 * contain * discount, tset * discount * telling])

    report, both, same, other, years_differ = report_signals(h, f, hi, fj, settings)

    href = h["ref_key"].to_numpy(dtype=object)[hi]
    fref = f["ref_key"].to_numpy(dtype=object)[fj]
    # A list with no register ids numbers items as their report does ("AFI 4"): a force row
    # quoting another number ("AFI 3"), of the same report or naming none, disagrees as a
    # reference would. Under another report the same number is another item's.
    # Where both give a register id, the ids decide ("PEEL-2023-CAM-AFI-03 (see also
    # AFI-04)" names AFI 4 only in its note).
    by_number = ~other & ((href == "") | (fref == ""))
    ref_differs = refs_differ(href, fref) | (by_number & numbers_differ(
        _of_pairs(h, "item_no", hi), _of_pairs(f, "item_no", fj)))

    # A reference naming no item, or two digits swapped from this one's ("9827" for 9872),
    # is a slip: a conflict to show, but it says little against the item it points at.
    unknown = (_names_no_item(h, f)[fj] | _slipped(href, fref, ref_differs)) & ref_differs
    total = (text + settings.same_report_bonus * same - settings.other_report_penalty * other
             - settings.other_year_penalty * (other & years_differ)
             - np.where(unknown, settings.ref_unknown_penalty,
                        settings.ref_conflict_penalty) * ref_differs)
    # Only two texts sharing much of their wording can be one formula with the subject swapped.
    topic = swapped_subjects(h, f, hi, fj, index,
                             (total >= settings.review) & (text >= settings.subject_text)
                             & (cover >= settings.subject_cover),
                             settings)
    total = total - settings.topic_penalty * (topic != "")
    # A text addressed to another body than the item's is never its row: no score at all.
    apart = _addressed_apart(h, f, hi, fj)
    topic = np.where(topic == "", apart, topic)
    total = np.where(apart != "", 0.0, total)
    types_differ = _types_differ(h, f, hi, fj)
    total = total - settings.type_conflict_penalty * types_differ
    return pd.DataFrame({
        "h": hi, "f": fj, "total": np.maximum(total, 0).round(1),
        "text": text.round(1), "ratio": ratio.round(1), "sort": sort.round(1),
        "tset": tset.round(1), "years_differ": other & years_differ,
        "dice": (100 * dice).round(1), "contain": (100 * contain).round(1),
        "cover": (100 * cover).round(1), "report": np.where(both, report, np.nan).round(1),
        "same_report": same, "other_report": other, "ref_differs": ref_differs, "topic": topic,
        "types_differ": types_differ, "ref_unknown": unknown,
    }, columns=FEATURES)
