"""The quick paths give what the plain ones give: the subject check's caches and look-alike
matrix against a check of each pair on its own, and the lower-case timescale patterns against
the case-ignoring one, on real HMICFRS texts in the shapes trackers write them."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from reconcile import normalise as N
from reconcile.config import MatchSettings
from reconcile.match import subjects as S
from reconcile.match.align import one_swap
from reconcile.match.candidates import build_index
from reconcile.normalise import deadlines as NT

with (Path(__file__).parent / "data" / "real_texts.csv").open(encoding="utf-8") as _f:
    TEXTS = [row["text"] for row in csv.DictReader(_f)]


def _shapes(text: str) -> list[str]:
    """A text as trackers write it: shouted, title case, curly quotes, a deadline added."""
    return [text, text.upper(), text.title(), text.replace("'", "’"),
            f"Within six Months, {text}", f"{text} By the END of March 2019.",
            f"{text} (10 per cent within 3 months)", f"{text} Per cent: 12%"]


def test_figures_and_timescales_match_the_case_ignoring_pattern():
    for text in TEXTS:
        for shape in _shapes(N.clean_display(text)):
            body = N.strip_stems(shape)
            assert NT._without_timescales(body) == NT._TIMESCALE.sub(" ", body), shape
            lower = " ".join(shape.lower().split())
            plain = tuple(dict.fromkeys(p for m in NT._TIMESCALE.finditer(lower)
                                        if (p := NT._canonical(m, lower))))
            assert NT.display_timescales(shape) == plain, shape


def _reference(a_text: str, b_text: str, idf: dict[str, float], n_texts: int) -> str:
    """The subject check of one pair, asked from scratch (as before the caches)."""
    def unexplained(mine, theirs, their_text):
        long_theirs = [o for o in theirs if len(o) >= 4]
        initials = S._text_initials(their_text)
        return {w for w in mine
                if not ((len(w) >= 4 and long_theirs and process.extractOne(
                    w, long_theirs, scorer=fuzz.ratio, score_cutoff=75) is not None)
                        or S._common_typo(w)
                        or (2 <= len(w) <= 6 and any(w.rstrip("s") in i for i in initials)))}

    sa, sb = S._subject_words(a_text), S._subject_words(b_text)
    a, b = frozenset(sa), frozenset(sb)
    common = S.common_idf(MatchSettings().subject_common_share, n_texts)
    only_a = unexplained([w for w in a - b if idf.get(w, 0.0) > common], b - a, b_text)
    only_b = unexplained([w for w in b - a if idf.get(w, 0.0) > common], a - b, a_text)
    if not only_a or not only_b:
        return ""
    swap = one_swap(sa, sb, only_a, only_b, Levenshtein.opcodes,
                    formula=MatchSettings().subject_formula)
    if swap is None or any(set(ws) <= S.plain_stems() for ws in swap):
        return ""
    wa, wb = (sum(idf.get(w, 0.0) for w in ws) for ws in swap)
    base = MatchSettings().subject_share * min(sum(idf.get(w, 0.0) for w in a),
                                               sum(idf.get(w, 0.0) for w in b))
    if wa >= base and wb >= base:
        return f"'{S._phrase(a_text, swap[0])}' / '{S._phrase(b_text, swap[1])}'"
    return ""


def test_subject_check_over_many_pairs_matches_each_pair_asked_alone():
    h_texts = [N.norm_text(t) for t in TEXTS[:24]]
    # The force's copies: word for word, misspelt, abbreviated, a subject swapped for
    # another text's words, cut short; and each HMICFRS text twice (a national list).
    f_texts, plain_swap = [], []
    for k, t in enumerate(h_texts):
        words = t.split()
        other = h_texts[(k + 7) % len(h_texts)].split()
        taken_out = words[len(words) // 2:len(words) // 2 + 3]
        plain_swap.append(any(set(N.tokens(" ".join(ws))) <= S.plain_stems()
                                for ws in (taken_out, other[-3:])))
        f_texts += [t, t.replace("share", "shhare").replace("within", "wiithin"),
                    t.replace("college of policing", "cop"),
                    " ".join(words[:len(words) // 2] + other[-3:] + words[len(words) // 2 + 3:]),
                    " ".join(words[: max(3, len(words) * 2 // 3)])]
    h = pd.DataFrame({"text_norm": h_texts + h_texts})
    f = pd.DataFrame({"text_norm": f_texts})
    index = build_index(h["text_norm"].map(N.tokens), f["text_norm"].map(N.tokens))
    hi, fj = (g.ravel() for g in np.meshgrid(np.arange(len(h)), np.arange(len(f)),
                                               indexing="ij"))
    got = S.swapped_subjects(h, f, hi, fj, index, np.ones(len(hi), dtype=bool), MatchSettings())
    shared = index.shared[hi, fj]
    asked = (index.weight_h[hi] - shared > 1.0) & (index.weight_f[fj] - shared > 1.0)
    want = [_reference(h_texts[i % len(h_texts)], f_texts[j], index.idf, len(h) + len(f))
            if ok else ""
            for i, j, ok in zip(hi.tolist(), fj.tolist(), asked.tolist(), strict=True)]
    assert got.tolist() == want
    # The copies with another text's words put in the middle are found (not all: three
    # words swapped into a short text are a rewording, not one subject for another; nor
    # words swapped that name no subject, "expected").
    swapped = [g for i, j, g in zip(hi.tolist(), fj.tolist(), got.tolist(), strict=True)
               if j == 5 * (i % len(h_texts)) + 3 and not plain_swap[i % len(h_texts)]]
    assert sum(g != "" for g in swapped) >= len(swapped) // 3
