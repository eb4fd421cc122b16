"""Report names compared once per distinct pair of names: which pairs share a report.

Both the word index (a row's candidates in its own report block) and the scores (the same
report bonus, the other report penalty) weigh it, so it is one function over the two sides.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .. import vocab
from ..config import MatchSettings

_YEAR = re.compile(r"(19|20)\d\d")


def _report_name(key: object) -> str:
    return " ".join(w for w in str(key or "").split() if not _YEAR.fullmatch(w))


#: Words an initialism may stand for, as many as its letters: "eep", "v c" (from "V&C").
_RUN = range(2, 6)


def spelt_out(names: list[str], others: list[str]) -> list[str]:
    """`names` with each initialism spelt out as the words of the other side's names it
    abbreviates ("v c spotlight" against "values culture fire rescue services": "values
    culture spotlight"; "eep" against "effectiveness efficiency people"): a force writes
    its own short names ("V&C spotlight", "EEP 21/22"). Only an initialism one run of words
    on the other side answers, and not itself a word there."""
    words_there = {w for n in others for w in n.split()}
    runs: dict[str, set[str]] = {}
    for name in others:
        words = name.split()
        for size in _RUN:
            for k in range(len(words) - size + 1):
                run = words[k:k + size]
                if all(len(w) >= 3 and w.isalpha() for w in run):
                    runs.setdefault("".join(w[0] for w in run), set()).add(" ".join(run))
    return [_spell(name, runs, words_there) for name in names]


def _spell(name: str, runs: dict[str, set[str]], words_there: set[str]) -> str:
    words, out, k = name.split(), [], 0
    while k < len(words):
        # Single letters written apart ("V&C" becomes "v c"), or one short word.
        end = k
        while end < len(words) and len(words[end]) == 1 and words[end].isalpha():
            end += 1
        letters = "".join(words[k:end]) if end - k >= 2 else words[k]
        step = end - k if end - k >= 2 else 1
        found = runs.get(letters, ()) if (2 <= len(letters) <= 5 and letters.isalpha()
                                          and letters not in words_there) else ()
        out.append(next(iter(found)) if len(found) == 1 else " ".join(words[k:k + step]))
        k += step
    return " ".join(out)


#: A report's number in its series ("Stop and search powers 2", "... part 3").
_SEQUEL = re.compile(r"(?<![\d/.-])[2-9](?![\d/.-])")


def _sequel(name: str) -> str:
    return " ".join(_SEQUEL.findall(name))


def _years(side: pd.DataFrame, at: np.ndarray) -> tuple[np.ndarray, ...]:
    """(the year in the report's name, the year it was published, the year its sheet is named
    for: "2014-15", "Round 1 2018-19") per row at `at`, as normalise worked them out; NaN
    where unknown."""
    name, published, sheet = (side[c].to_numpy(dtype=float, na_value=np.nan)[at]
                              for c in ("name_year", "published_year", "sheet_year"))
    if "sheet_is_period" in side and len(side) and bool(side["sheet_is_period"].iat[0]):
        sheet = np.full_like(sheet, np.nan)     # the year it was tracked, not its report's
    return name, published, sheet


def _year_gap(h: pd.DataFrame, f: pd.DataFrame, hi: np.ndarray, fj: np.ndarray
              ) -> np.ndarray:
    """Per pair, how many years apart the two reports are (0: agree or unknown).

    A report is known by one year and published in another ("PEEL effectiveness 2017",
    March 2018), so like is compared with like: the years in both names, else both
    publication years, else one name's year with the other's publication year; a row whose
    report gives no year at all is placed by its sheet's ("Round 3 2023-25"), compared with
    the other report's name year (else its publication year)."""
    na, pa, sa = _years(h, hi)
    nb, pb, sb = _years(f, fj)
    names = np.abs(na - nb)
    published = np.abs(pa - pb)
    crossed = np.fmin(np.abs(pb - na), np.abs(pa - nb))
    gap = np.where(~np.isnan(names), names, np.where(~np.isnan(published), published, crossed))
    a_bare, b_bare = np.isnan(na) & np.isnan(pa), np.isnan(nb) & np.isnan(pb)
    by_sheet = np.where(b_bare, np.abs(sb - np.where(np.isnan(na), pa, na)),
                        np.where(a_bare, np.abs(sa - np.where(np.isnan(nb), pb, nb)), np.nan))
    gap = np.where(np.isnan(gap), by_sheet, gap)
    return np.nan_to_num(gap, nan=0.0)


def _similarity(a: list[str], b: list[str], cdist, scorer) -> np.ndarray:
    """Name by name similarity; a name in two languages ("arolygiad peel | peel") scores by
    its closer half."""
    def halves(names: list[str]) -> tuple[list[str], np.ndarray]:
        flat, owner = [], []
        for k, n in enumerate(names):
            parts = [p.strip() for p in n.split("|")] if "|" in n else [n]
            flat += parts
            owner += [k] * len(parts)
        return flat, np.array(owner, dtype=np.int64)

    fa, oa = halves(a)
    fb, ob = halves(b)
    table = cdist(fa, fb, scorer=scorer, dtype=np.float32)
    if len(fa) == len(a) and len(fb) == len(b):
        return table
    out = np.full((len(a), len(b)), -1.0, dtype=np.float32)
    np.maximum.at(out, (oa[:, None], ob[None, :]), table)
    return out


def report_signals(h: pd.DataFrame, f: pd.DataFrame, hi: np.ndarray, fj: np.ndarray,
                   settings: MatchSettings) -> tuple[np.ndarray, ...]:
    """(similarity, both named, same report, other report, years differ) per (hi, fj) pair.

    Similarity is rapidfuzz's token set ratio on the names with their years taken out,
    computed once per distinct pair of names (national lists repeat a few thousand)."""
    from rapidfuzz import fuzz, process

    named: dict[object, str] = {}

    def name(key: object) -> str:
        if key not in named:
            named[key] = _report_name(key)
        return named[key]

    names_h = [name(x) for x in h["report_key"]]
    names_f = [name(x) for x in f["report_key"]]
    uh, inv_h = np.unique(np.array(names_h, dtype=object), return_inverse=True)
    uf, inv_f = np.unique(np.array(names_f, dtype=object), return_inverse=True)
    table = _similarity(spelt_out(list(uh), list(uf)), spelt_out(list(uf), list(uh)),
                        process.cdist, fuzz.token_set_ratio)
    # Names of one series that differ only in the pillar ("PEEL efficiency" / "PEEL
    # legitimacy") are different reports, however alike the rest of their words; so are two
    # series of pillars, neither naming all of the other's (PEEL's "effectiveness, efficiency
    # and legitimacy", a fire inspection's "effectiveness, efficiency and people").
    facets = [[set(n.split()) & vocab.REPORT_FACETS for n in names] for names in (uh, uf)]
    clash = np.array([[bool(a and b and not (a <= b or b <= a)) for b in facets[1]]
                      for a in facets[0]], dtype=bool).reshape(len(uh), len(uf))
    table = np.where(clash, np.minimum(table, settings.different_report - 1), table)
    # "Stop and search powers 2" is the sequel of "Stop and search powers": a name's lone
    # number is all that tells them apart, so they are not shown to be one report (nor two).
    codes: dict[str, int] = {}       # each distinct number (or none) as an int, compared at once
    seq_h, seq_f = (np.array([codes.setdefault(_sequel(n), len(codes)) for n in names],
                             dtype=np.int64) for names in (uh, uf))
    unsure = seq_h[:, None] != seq_f[None, :]
    table = np.where(unsure, np.minimum(table, settings.same_report - 1), table)
    report = table[inv_h[hi], inv_f[fj]]
    both = (uh != "")[inv_h[hi]] & (uf != "")[inv_f[fj]]
    gap = _year_gap(h, f, hi, fj)
    years_agree = gap == 0
    same = both & (report >= settings.same_report) & years_agree
    # Between the two thresholds the names neither confirm nor contradict each other.
    other = both & ((report < settings.different_report) | ~years_agree)
    years_differ = ~years_agree
    # A heading that names only a year ("HMICFRS Inspection 2018/19 - outstanding AFIs") or a
    # publication date with no report name still rules out a report years away (a year apart
    # may be a series' year against its publication date: "PEEL 2016", March 2017).
    other |= ~both & (gap >= 2)
    # A force group title like no report on the HMICFRS list, and with no year ("Investigation
    # Standards Improvement Plan", "Force Change Programme"), is the force's own heading: it
    # neither names nor contradicts a report; only a year (its sheet's) may still rule one out.
    if len(uh) and len(uf):
        unlike = np.asarray(table.max(axis=0) < settings.different_report)[inv_f[fj]]
        yb = f["year"].to_numpy(dtype=float, na_value=np.nan)[fj]
        own = unlike & np.isnan(yb)
        other = np.where(own, gap >= 2, other)
    return report, both, same, other, years_differ
