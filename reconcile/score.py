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

import re
from collections.abc import Iterable
from functools import lru_cache

import numpy as np
import pandas as pd

from . import vocab
from .candidates import TokenIndex, shared_weight
from .config import MatchSettings
from .normalise import _TIMESCALE_LOWER as TIMESCALE_LOWER
from .normalise import tokens

FEATURES = ["h", "f", "total", "text", "ratio", "sort", "tset", "dice", "contain", "cover",
            "report", "same_report", "other_report", "ref_differs", "years_differ", "topic"]


_YEAR = re.compile(r"(19|20)\d\d")


def _report_name(key: object) -> str:
    return " ".join(w for w in str(key or "").split() if not _YEAR.fullmatch(w))


def _reports(h: pd.DataFrame, f: pd.DataFrame, hi: np.ndarray, fj: np.ndarray,
             settings: MatchSettings) -> tuple[np.ndarray, ...]:
    """Report similarity per pair, computed once per distinct pair of report names."""
    from rapidfuzz import fuzz, process

    named: dict[object, str] = {}   # national lists repeat a few thousand report names

    def name(key: object) -> str:
        if key not in named:
            named[key] = _report_name(key)
        return named[key]

    names_h = [name(x) for x in h["report_key"]]
    names_f = [name(x) for x in f["report_key"]]
    uh, inv_h = np.unique(np.array(names_h, dtype=object), return_inverse=True)
    uf, inv_f = np.unique(np.array(names_f, dtype=object), return_inverse=True)
    table = process.cdist(list(uh), list(uf), scorer=fuzz.token_set_ratio, dtype=np.float32)
    # Names of one series that differ only in the pillar ("PEEL efficiency" / "PEEL
    # legitimacy") are different reports, however alike the rest of their words.
    facets = [[set(n.split()) & vocab.REPORT_FACETS for n in names] for names in (uh, uf)]
    clash = np.array([[bool(a and b and not a & b) for b in facets[1]] for a in facets[0]],
                     dtype=bool).reshape(len(uh), len(uf))
    table = np.where(clash, np.minimum(table, settings.different_report - 1), table)
    report = table[inv_h[hi], inv_f[fj]]
    both = (uh != "")[inv_h[hi]] & (uf != "")[inv_f[fj]]
    ya = h["year"].to_numpy(dtype=float, na_value=np.nan)[hi]
    yb = f["year"].to_numpy(dtype=float, na_value=np.nan)[fj]
    years_agree = np.isnan(ya) | np.isnan(yb) | (ya == yb)
    same = both & (report >= settings.same_report) & years_agree
    # Between the two thresholds the names neither confirm nor contradict each other.
    other = both & ((report < settings.different_report) | ~years_agree)
    years_differ = ~np.isnan(ya) & ~np.isnan(yb) & (ya != yb)
    # A force group title like no report on the HMICFRS list, and with no year ("Investigation
    # Standards Improvement Plan", "Force Change Programme"), is the force's own heading: it
    # neither names nor contradicts a report.
    if len(uh) and len(uf):
        unlike = np.asarray(table.max(axis=0) < settings.different_report)[inv_f[fj]]
        other &= ~(unlike & np.isnan(yb))
    return report, both, same, other, years_differ


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
    if feat["ref_differs"]:
        parts.append(f"references differ -{settings.ref_conflict_penalty:g}")
    if feat.get("topic"):
        parts.append(f"different subject ({feat['topic']}) -{settings.topic_penalty:g}")
    return "; ".join(parts) + f" = {min(100.0, feat['total']):.0f}"


def _sorted_words(texts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each text's words sorted ('b a b' -> 'a b b'), and its distinct words sorted ('a b')."""
    every, distinct = [], []
    for text in texts:
        words = sorted(text.split())
        every.append(" ".join(words))
        distinct.append(" ".join(dict.fromkeys(words)))
    return np.array(every, dtype=object), np.array(distinct, dtype=object)


def score_pairs(h: pd.DataFrame, f: pd.DataFrame, hi: np.ndarray, fj: np.ndarray,
                index: TokenIndex, settings: MatchSettings) -> pd.DataFrame:
    """One row of signals per (hi, fj) pair, computed in bulk (rapidfuzz cpdist, sparse)."""
    from rapidfuzz import fuzz, process

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
    ratio, sort, tset = (np.zeros(len(hi), np.float32) for _ in range(3))
    hopeful = np.flatnonzero(np.maximum(dice, contain * discount) >= 0.2)
    if len(hopeful):
        ph, pf = hi[hopeful], fj[hopeful]
        kw = {"dtype": np.float32, "workers": -1}
        texts = (h["text_norm"].to_numpy(), f["text_norm"].to_numpy())
        ratio[hopeful] = process.cpdist(texts[0][ph].tolist(), texts[1][pf].tolist(),
                                        scorer=fuzz.ratio, **kw)
        # token_sort_ratio is ratio on the words sorted, and token_set_ratio looks only at
        # the distinct words: each text sorted once here, not once per pair inside rapidfuzz
        # (half the time of both; the same scores, held by tests/test_properties.py).
        words = [_sorted_words(t) for t in texts]
        sort[hopeful] = process.cpdist(words[0][0][ph].tolist(), words[1][0][pf].tolist(),
                                       scorer=fuzz.ratio, **kw)
        tset[hopeful] = process.cpdist(words[0][1][ph].tolist(), words[1][1][pf].tolist(),
                                       scorer=fuzz.token_set_ratio, **kw)
    # Character scores count the generic words two formulaic texts share ("the force should
    # improve how it gathers and acts on intelligence about …") as much as the telling ones
    # they do not ("knife crime" / "road harm"); weighted containment does not, so it tempers them.
    telling = 0.6 + 0.4 * contain
    text = np.maximum.reduce([ratio * telling, sort * telling, 100 * dice,
                              100 * contain * discount, tset * discount * telling])

    report, both, same, other, years_differ = _reports(h, f, hi, fj, settings)

    href = h["ref_key"].to_numpy(dtype=object)[hi]
    fref = f["ref_key"].to_numpy(dtype=object)[fj]
    ref_differs = (href != "") & (fref != "") & (href != fref)

    total = (text + settings.same_report_bonus * same - settings.other_report_penalty * other
             - settings.other_year_penalty * (other & years_differ)
             - settings.ref_conflict_penalty * ref_differs)
    # Only two texts sharing much of their wording can be one formula with the subject swapped.
    topic = swapped_subjects(h, f, hi, fj, index,
                             (total >= settings.review) & (text >= 60) & (cover >= 0.3))
    total = total - settings.topic_penalty * (topic != "")
    return pd.DataFrame({
        "h": hi, "f": fj, "total": np.maximum(total, 0).round(1),
        "text": text.round(1), "ratio": ratio.round(1), "sort": sort.round(1),
        "tset": tset.round(1), "years_differ": other & years_differ,
        "dice": (100 * dice).round(1), "contain": (100 * contain).round(1),
        "cover": (100 * cover).round(1), "report": np.where(both, report, np.nan).round(1),
        "same_report": same, "other_report": other, "ref_differs": ref_differs, "topic": topic,
    }, columns=FEATURES)


# ---------------------------------------------------------------------------- subjects


#: Words that say when, not what: "within six months" against "within twelve months" is one
#: item with a timescale conflict, not two items. Pronouns and "cause of concern" (a type)
#: name no subject either.
_WHEN = frozenset("""
one two three four five six seven eight nine ten eleven twelv eighteen twenti thirti
januari februari march april may june juli august septemb octob novemb decemb
day week month year end next financi calendar date deadlin quarter
we us our ourselv themselv itself you your caus concern
""".split())  # noqa: SIM905 - a word list reads best as words
#: A subject is a short phrase: at most this many telling words ("people with mental ill health").
_SUBJECT_WORDS = 5
#: How far into a text an addressee may run before its "should".
_ADDRESSEE = 12
#: Words in a tenth of all texts or more (the force's name, "crime") name no subject.
_COMMON_IDF = float(np.log(10.0) + 1)
#: A subject differs when the words only one side has weigh this share of its telling words.
_SUBJECT_SHARE = 0.08


@lru_cache(maxsize=65536)
def _subject_words(text_norm: str) -> tuple[str, ...]:
    """The telling words of a text in order, less its timescales, numbers and addressee (the
    words before an early "should": "Cambridgeshire Constabulary should")."""
    words = text_norm.split()
    if "should" in words[:_ADDRESSEE]:
        text_norm = " ".join(words[words.index("should") + 1:])
    return tuple(w for w in tokens(TIMESCALE_LOWER.sub(" ", text_norm))
                 if w not in _WHEN and not any(c.isdigit() for c in w))


#: Common words a typo can hide ("wiithin"), which tokens() leaves out of the other side.
_LONG_STOPWORDS = tuple(w for w in vocab.STOPWORDS if len(w) >= 4)


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w)


@lru_cache(maxsize=65536)
def _common_typo(word: str) -> bool:
    """A misspelt common word ('wiithin'): asked once per word, not once per pair."""
    from rapidfuzz import fuzz, process

    return process.extractOne(word, _LONG_STOPWORDS, scorer=fuzz.ratio,
                              score_cutoff=85) is not None


@lru_cache(maxsize=65536)
def _text_initials(text: str) -> tuple[str, str]:
    words = text.split()
    return (_initials(words),
            _initials([w for w in words if w not in ("and", "of", "the", "for", "in")]))


def _unexplained(mine: Iterable[str], theirs: frozenset[str], their_text: str) -> list[str]:
    """Words of one side with no counterpart on the other: not a misspelling of one of its
    words ('shhare') or of a common word ('wiithin'), nor an abbreviation of a run of them
    ('cop', 'college of policing')."""
    if not mine:
        return []
    from rapidfuzz import fuzz, process

    long_theirs = [o for o in theirs if len(o) >= 4]
    initials = _text_initials(their_text)
    out = []
    for w in mine:
        if ((len(w) >= 4 and long_theirs and process.extractOne(
                w, long_theirs, scorer=fuzz.ratio, score_cutoff=75) is not None)
                or _common_typo(w)):
            continue
        if 2 <= len(w) <= 6 and any(w.rstrip("s") in i for i in initials):
            continue
        out.append(w)
    return out


def swapped_subjects(h: pd.DataFrame, f: pd.DataFrame, hi: np.ndarray, fj: np.ndarray,
                     index: TokenIndex, live: np.ndarray) -> np.ndarray:
    """Per pair, the subjects two like texts differ by ("'road harm' / 'child sexual
    exploitation'"), or ''.

    HMICFRS repeats a formula with the subject swapped ("evaluate its work to prevent {road
    harm / knife crime} and share what works"): two such texts read alike on every signal,
    yet are two recommendations. A subject differs when each side has telling words the
    other lacks; a bullet, a summary or a truncated copy lacks words on one side only.
    Checked only on the `live` pairs (those that could be paired), once per pair in Python.
    """
    out = np.full(len(hi), "", dtype=object)
    idf = index.idf or {}
    live = np.flatnonzero(live)
    if not len(live):
        return out
    shared = shared_weight(index, hi[live], fj[live])
    # Only where both texts have words the other lacks, by the index's weights.
    both = ((index.weight_h[hi[live]] - shared > 1.0) & (index.weight_f[fj[live]] - shared > 1.0))
    texts = {"h": h["text_norm"].tolist(), "f": f["text_norm"].tolist()}

    def telling(words: frozenset[str]) -> list[str]:
        return [w for w in words if idf.get(w, 0.0) > _COMMON_IDF]

    done: dict[tuple[str, str], str] = {}   # national lists repeat one text in every force
    for p in live[both]:
        i, j = int(hi[p]), int(fj[p])
        pair = (texts["h"][i], texts["f"][j])
        if pair in done:
            out[p] = done[pair]
            continue
        done[pair] = ""
        sa, sb = _subject_words(pair[0]), _subject_words(pair[1])
        a, b = frozenset(sa), frozenset(sb)
        # Common words name no subject: leave them out before the costlier typo checks.
        only_a = set(_unexplained(telling(a - b), b - a, texts["f"][j]))
        if not only_a:
            continue
        only_b = set(_unexplained(telling(b - a), a - b, texts["h"][i]))
        if not only_b:
            continue
        swap = _one_swap(sa, sb, only_a, only_b)
        if swap is None:
            continue
        wa, wb = (sum(idf.get(w, 0.0) for w in ws) for ws in swap)
        if (wa >= _SUBJECT_SHARE * sum(idf.get(w, 0.0) for w in a)
                and wb >= _SUBJECT_SHARE * sum(idf.get(w, 0.0) for w in b)):
            out[p] = done[pair] = (f"'{_phrase(texts['h'][i], swap[0])}' / "
                                   f"'{_phrase(texts['f'][j], swap[1])}'")
    return out


def _one_swap(sa: tuple[str, ...], sb: tuple[str, ...], only_a: set[str], only_b: set[str]
              ) -> tuple[list[str], list[str]] | None:
    """The one place where the two word sequences differ in words only each side has, as
    (a's words, b's words), or None.

    Aligned word by word: a subject swapped in a shared formula is one such place. Words cut
    off the end (a truncated row) or added at either end (a tail sentence) are no difference;
    words changed in several places (a merged row, a reworded or abridged text) are not one
    formula with its subject swapped. What differs before the first shared word (a label,
    an addressee: "THRIVE", "those forces that have not yet done so") is no subject.
    """
    from rapidfuzz.distance import Levenshtein

    places: list[tuple[list[str], list[str]]] = []
    ops = [op for op in Levenshtein.opcodes(list(sa), list(sb)) if op.tag != "equal"]
    last_end = (-1, -1)
    for op in ops:
        wa = [w for w in sa[op.src_start:op.src_end] if w in only_a]
        wb = [w for w in sb[op.dest_start:op.dest_end] if w in only_b]
        if op.src_start == 0 and op.dest_start == 0:
            continue              # a preamble, a label or an addressee before the shared words
        if op.src_end == len(sa) and op.dest_end == len(sb) and not (wa and wb):
            continue              # words cut off the end, or a tail added
        if not (wa or wb):
            continue
        if (op.src_start, op.dest_start) == last_end and places:
            places[-1][0].extend(wa)          # the same place, aligned in two steps
            places[-1][1].extend(wb)
        elif wa and wb:
            places.append((wa, wb))
        else:
            return None           # words added or left out inside the text: reworded
        last_end = (op.src_end, op.dest_end)
    if any(max(len(x), len(y)) > _SUBJECT_WORDS for x, y in places):
        return None               # a clause, not a subject: a merged or reworded row
    return places[0] if len(places) == 1 else None


def _phrase(text_norm: str, stems: list[str]) -> str:
    """The words of a text whose stems are in `stems`, in the text's order."""
    keep = set(stems)
    picked = [w for w, s in _stemmed(text_norm) if s in keep]
    return " ".join(dict.fromkeys(picked))


@lru_cache(maxsize=16384)
def _stemmed(text_norm: str) -> tuple[tuple[str, str], ...]:
    """(word, stem) of each word of a text: one text is named in many pairs."""
    from .normalise import _stemmer

    words = text_norm.split()
    return tuple(zip(words, _stemmer().stemWords(words), strict=True))
