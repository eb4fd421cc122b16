"""Two like texts that differ in subject: one HMICFRS formula with the subject swapped
("evaluate its work to prevent {road harm / knife crime} and share what works")."""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from .. import vocab
from ..config import MatchSettings
from ..normalise import TIMESCALE_HINT_LOWER as TIMESCALE_HINT
from ..normalise import TIMESCALE_LOWER, clean_display, norm_item_text, tokens
from .align import one_swap
from .candidates import TokenIndex, shared_weight

#: How far into a text an addressee may run before its "should".
_ADDRESSEE = 12


def common_idf(share: float, texts: int = 0) -> float:
    """The word weight (idf) at or below which a word is in `share` of all `texts` or more
    (`subject_common_share`): the force's name, "crime"; such words name no subject.

    The index smooths its weights (log((n + 1) / (df + 1)) + 1), which on a short list puts
    even a word of one text under the large-list bound log(1 / share) + 1: the bound follows
    the list's length (`texts`, both sides; 0 for a long list)."""
    if texts <= 0:
        return float(np.log(1 / share) + 1)
    return float(np.log((texts + 1) / (share * texts + 1)) + 1)


def _subject_words(text_norm: str, stems: dict[str, str] | None = None) -> tuple[str, ...]:
    """The telling words of a text in order, less its timescales, numbers and addressee (the
    words before an early "should": "Cambridgeshire Constabulary should")."""
    words = text_norm.split()
    if "should" in words[:_ADDRESSEE]:
        text_norm = " ".join(words[words.index("should") + 1:])
    if TIMESCALE_HINT.search(text_norm):   # most texts name no timescale: skip the long pattern
        text_norm = TIMESCALE_LOWER.sub(" ", text_norm)
    stems = _SubjectStems() if stems is None else stems
    return tuple(dict.fromkeys(s for s in map(stems.__getitem__, text_norm.split()) if s))


class _SubjectStems(dict):
    """word -> its stem as tokens() makes it, or '' where it names no subject: a stopword, a
    when-word or a number. Each word stemmed once, not once per text it is in."""

    def __missing__(self, word: str) -> str:
        stem = tokens(word)
        s = stem[0] if stem else ""
        keep = s and s not in vocab.WHEN_STEMS and (s.isalpha() or not any(c.isdigit() for c in s))
        self[word] = s if keep else ""
        return self[word]


#: Where one sentence ends and the next begins: "exploitation. Chief officers should ...".
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z])")


def _sentence_starts(text: str, stems: dict[str, str]) -> frozenset[int]:
    """The places in a text's subject words (`_subject_words`) where a new sentence begins:
    the words of its first sentences are a prefix of the whole text's."""
    sentences = _SENTENCE_END.split(clean_display(text))
    return frozenset(len(_subject_words(norm_item_text(" ".join(sentences[:k])), stems))
                     for k in range(1, len(sentences)))


#: Where a text's clauses part: "...; and make sure ...", a sentence's end, a new line.
_CLAUSE_END = re.compile(r";|\n|(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z])")


#: Stops that end no sentence: "e.g. SPOs", "i.e. the", "etc. and".
_NO_END = re.compile(r"\b(e\.g|i\.e|etc|viz|no|cf)\.", re.IGNORECASE)


def _clauses(text: str, norms: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """A text's clauses, each (comparison form, as written); `norms` keeps each clause's
    comparison form for the run (lists repeat their formulas' clauses text after text)."""
    norms = {} if norms is None else norms
    parts = (p.strip() for p in _CLAUSE_END.split(_NO_END.sub(r"\1", clean_display(text))))
    out = []
    for p in parts:
        if p and p not in norms:
            norms[p] = norm_item_text(p)
        if p and norms[p]:
            out.append((norms[p], p))
    return out


#: Common words a typo can hide ("wiithin"), which tokens() leaves out of the other side.
_LONG_STOPWORDS = tuple(w for w in vocab.STOPWORDS if len(w) >= 4)


def _initials(words: list[str]) -> str:
    return "".join([w[0] for w in words if w])


def _common_typo(word: str) -> bool:
    """A misspelt common word ('wiithin')."""
    from rapidfuzz import fuzz, process

    return process.extractOne(word, _LONG_STOPWORDS, scorer=fuzz.ratio,
                              score_cutoff=85) is not None


def _text_initials(text: str) -> tuple[str, str]:
    words = text.split()
    return (_initials(words),
            _initials([w for w in words if w not in ("and", "of", "the", "for", "in")]))


@dataclass(frozen=True, slots=True)
class _Subject:
    """What the subject check needs of one text, worked out once per distinct text."""

    text: str
    words: tuple[str, ...]      # subject words in order
    distinct: frozenset[str]
    telling: frozenset[str]     # those rarer than `common_idf`: common words name no subject
    weight: float               # idf weight of the distinct words
    key: int                    # one number per distinct word sequence


@lru_cache(maxsize=1)
def place_stems() -> frozenset[str]:
    """The stems of `vocab.PLACE_WORDS`, as tokens() makes them."""
    return frozenset(s for w in vocab.PLACE_WORDS for s in tokens(w))


@lru_cache(maxsize=1)
def plain_stems() -> frozenset[str]:
    """The stems of `vocab.PLAIN_WORDS`, as tokens() makes them."""
    return frozenset(s for w in vocab.PLAIN_WORDS for s in tokens(w))


@lru_cache(maxsize=1)
def own_area_stems() -> frozenset[str]:
    """The stems of the words HMICFRS names a force's own area by ("in its area")."""
    return frozenset(s for w in vocab.OWN_AREA_WORDS for s in tokens(w))


def _subject(text_norm: str, idf: dict[str, float], stems: dict[str, str],
             keys: dict[tuple[str, ...], int], common: float) -> _Subject:
    words = _subject_words(text_norm, stems)
    distinct = frozenset(words)
    # A place names a subject however often the list names it (a force's own area).
    return _Subject(text_norm, words, distinct,
                    frozenset(w for w in distinct if idf.get(w, 0.0) > common
                              or w in place_stems()),
                    sum(idf.get(w, 0.0) for w in distinct), keys.setdefault(words, len(keys)))


def _near_words(subjects: Iterable[_Subject], stems: dict[str, str] | None = None
                ) -> dict[str, frozenset[str]]:
    """For each telling word of 4+ letters, the words of 4+ letters among all subjects that
    could be its misspelling ('shhare' / 'share'): one rapidfuzz matrix over the few thousand
    distinct words, instead of one look-up per word per pair.

    A typo can also change how a word stems ('digial' stays 'digial' while 'digital' becomes
    'digit'; 'consistenlty' / 'consist'), so stems whose words as written (`stems`: word ->
    stem) are one slip of the keyboard apart (`_typo_pairs`) are look-alikes too."""
    from rapidfuzz import fuzz

    subjects = list(subjects)
    vocab_ = sorted({w for s in subjects for w in s.distinct if len(w) >= 4})
    queries = sorted({w for s in subjects for w in s.telling if len(w) >= 4})
    found: dict[str, set[str]] = {}
    for chunk, cols_of in _similar(queries, vocab_, fuzz.ratio, 75, larger=True):
        for r, c in cols_of:
            found.setdefault(chunk[r], set()).add(vocab_[c])
    if stems:
        for a, b in _typo_pairs(stems, set(queries), set(vocab_)):
            found.setdefault(a, set()).add(b)
    return {w: frozenset(found.get(w, ())) for w in queries}


def _similar(queries: list[str], choices: list[str], scorer, cutoff: float, larger: bool
             ) -> Iterator[tuple[list[str], list[tuple[int, int]]]]:
    """(chunk of queries, [(row, col)] of choices scoring at least / at most `cutoff`)."""
    from rapidfuzz import process

    for start in range(0, len(queries), _NEAR_CHUNK):
        chunk = queries[start:start + _NEAR_CHUNK]
        scores = process.cdist(chunk, choices, scorer=scorer, score_cutoff=cutoff,
                               dtype=np.int32 if not larger else np.float32, workers=-1)
        hit = scores > 0 if larger else scores <= cutoff
        rows, cols = np.nonzero(hit)
        yield chunk, list(zip(rows.tolist(), cols.tolist(), strict=True))


#: Words as written this long or longer may differ by one slip (a letter dropped, doubled,
#: changed, or two swapped) and still be one word.
_TYPO_LETTERS = 5


def _typo_pairs(stems: dict[str, str], queries: set[str], vocab_: set[str]
                ) -> Iterator[tuple[str, str]]:
    """(query stem, vocabulary stem) whose words as written are one slip apart (OSA distance
    1: 'digital' / 'digial', 'consistently' / 'consistenlty')."""
    from rapidfuzz.distance import OSA

    asked = sorted({w for w, s in stems.items() if s in queries and len(w) >= _TYPO_LETTERS})
    known = sorted({w for w, s in stems.items() if s in vocab_ and len(w) >= _TYPO_LETTERS})
    if not asked or not known:
        return
    for chunk, pairs in _similar(asked, known, OSA.distance, 1, larger=False):
        for r, c in pairs:
            a, b = stems[chunk[r]], stems[known[c]]
            if a != b:
                yield a, b


#: Rows of the typo matrix worked out at a time (memory: this many x the distinct words).
_NEAR_CHUNK = 1024


#: The shortest word that may be two words run together ("ofthe" is not worth asking).
_RUN_TOGETHER = 7

#: `unexplained` when every word is explained: one shared value, not one per pair kept.
_NOTHING: tuple[frozenset[str], tuple[tuple[str, str], ...]] = (frozenset(), ())


class _SubjectCheck:
    """The subject check over many pairs, with what it learns of each text and word kept."""

    def __init__(self, subjects: Iterable[_Subject], idf: dict[str, float], share: float,
                 stems: dict[str, str] | None = None,
                 written: Callable[[], dict[str, str]] | None = None, formula: float = 0.0,
                 subject: Callable[[str], _Subject] | None = None, clause_formula: float = 0.0):
        from rapidfuzz.distance import Levenshtein

        self.idf = idf
        self.stems = _SubjectStems() if stems is None else stems
        # comparison text -> a text as written (its sentences), built when first asked
        self.written_of = written
        self.written: dict[str, str] | None = None
        self.starts: dict[str, frozenset[int]] = {}
        self.share = share      # `subject_share`: how much the words swapped must weigh
        self.formula = formula  # `subject_formula`: how much of a formula two texts share
        self.near = _near_words(subjects, stems)
        self.opcodes = Levenshtein.opcodes
        self.word: dict[str, tuple[frozenset[str] | None, str | None]] = {}
        self.initials: dict[str, tuple[str, str]] = {}
        self.phrases: dict[tuple[str, tuple[str, ...]], str] = {}
        self.pairs: dict[tuple[int, int], tuple] = {}
        self.swaps: dict[tuple, tuple[list[str], list[str]] | None] = {}
        self.subject = subject                          # comparison text -> its _Subject
        self.clause_formula = clause_formula            # `subject_clause_formula`
        self.clauses: dict[str, tuple[_Subject, ...]] = {}
        self.clause_text: dict[str, str] = {}           # a clause's comparison form -> as written
        self.clause_norms: dict[str, str] = {}          # a clause as written -> comparison form

    def swap(self, a: _Subject, b: _Subject, whole: bool = True) -> str:
        """The subjects two texts differ by ("'road harm' / 'knife crime'"), or '': over the
        whole texts (unless not `whole`), or else clause by clause (`clause_swap`)."""
        return (whole and self.whole_swap(a, b)) or self.clause_swap(a, b)

    def clause_swap(self, a: _Subject, b: _Subject) -> str:
        """The subjects two texts of several clauses differ by, clause against clause.

        A row tracking two items' actions ("Improve how it gathers ... about economic crime;
        and make sure its performance framework ... vulnerable adults") holds every telling
        word of an item made of the same two formulas with other subjects ("... firearms
        licensing; and improve how it gathers ... about fraud"), so the whole texts show no
        word only one side has. Clause against clause, the formula and its swapped subject
        show. A clause one side has whole in the other (a row copying one of an item's
        clauses, an item's bullet) makes them one item's: no subject differs then.
        """
        if self.subject is None:
            return ""
        ca, cb = self.split(a.text), self.split(b.text)
        found = ""
        if len(ca) > 1 or len(cb) > 1:
            pairs = [(x, y) for x in ca for y in cb]
            # Only two clauses sharing most of the longer one's words can be one formula
            # (a cheap bound on what the alignment keeps): most pairs end here.
            alike = [(x, y) for x, y in pairs if len(x.distinct & y.distinct)
                     >= self.clause_formula * max(len(x.words), len(y.words))]
            if alike and not any(self.holds(x, y) for x, y in pairs):
                found = next((s for x, y in alike
                              if (s := self.whole_swap(x, y, self.clause_formula))), "")
        return found

    def split(self, text_norm: str) -> tuple[_Subject, ...]:
        """A text's clauses that name anything (a telling word), each as a _Subject."""
        if text_norm not in self.clauses:
            if self.written is None:
                self.written = self.written_of() if self.written_of else {}
            written = self.written.get(text_norm)
            # Most texts are one clause: no need to normalise it again.
            parts = (_clauses(written, self.clause_norms)
                     if written and _CLAUSE_END.search(written)
                     else [(text_norm, written or "")])
            for norm, as_written in parts:
                self.clause_text.setdefault(norm, as_written)
            self.clauses[text_norm] = tuple(
                x for x in (self.subject(norm) for norm, _ in parts) if x.telling)
        return self.clauses[text_norm]

    def holds(self, x: _Subject, y: _Subject) -> bool:
        """Whether one clause's telling words are all the other's: one item's clause."""
        if x.key == y.key:
            return True
        if (x.key, y.key) not in self.pairs:
            self.pairs[x.key, y.key] = (self.unexplained(x, y), self.unexplained(y, x))
        (sure_x, maybe_x), (sure_y, maybe_y) = self.pairs[x.key, y.key]
        return (not self.abbreviated(sure_x, maybe_x, y.text)
                or not self.abbreviated(sure_y, maybe_y, x.text))

    def whole_swap(self, a: _Subject, b: _Subject, formula: float = 0.0) -> str:
        """The subjects two texts differ by, compared whole, or '' (`formula`: the share of
        the shorter's words the two keep in order, if not `subject_formula`)."""
        # Texts with the same subject words share all but the abbreviation check, which
        # looks at the other side's whole text.
        if (a.key, b.key) not in self.pairs:
            self.pairs[a.key, b.key] = (self.unexplained(a, b), self.unexplained(b, a))
        (sure_a, maybe_a), (sure_b, maybe_b) = self.pairs[a.key, b.key]
        only_a = self.abbreviated(sure_a, maybe_a, b.text)
        if not only_a:
            return ""
        only_b = self.abbreviated(sure_b, maybe_b, a.text)
        if not only_b:
            return ""
        key = (a.key, b.key, only_a, only_b) if maybe_a or maybe_b else (a.key, b.key)
        if key not in self.swaps:
            self.swaps[key] = self.weighed(a, b, one_swap(
                a.words, b.words, only_a, only_b, self.opcodes,
                (self.sentence_at(a.text), self.sentence_at(b.text)), formula or self.formula,
                longer=bool(formula)))
        swap = self.swaps[key]
        if swap is None:
            return ""
        # Two words run together on one side, or one split in two: asked last, of the words
        # a swap found (a word or two a side), not of every word a pair does not share;
        # what is left must still weigh enough to name a subject.
        there_a, there_b = set(swap[0]), set(swap[1])
        kept = ([w for w in swap[0] if not self.compound(w, a, there_b)],
                [w for w in swap[1] if not self.compound(w, b, there_a)])
        if kept != swap:
            if not kept[0] or not kept[1] or self.weighed(a, b, kept) is None:
                return ""
            swap = kept
        return f"'{self.phrase(a.text, swap[0])}' / '{self.phrase(b.text, swap[1])}'"

    def sentence_at(self, text_norm: str) -> Callable[[int], bool]:
        """Whether a new sentence of the text begins at a place in its subject words: worked
        out only when asked (a pair where one side goes on past the swapped place)."""
        def at(i: int) -> bool:
            if text_norm not in self.starts:
                if self.written is None:
                    self.written = self.written_of() if self.written_of else {}
                written = self.written.get(text_norm) or self.clause_text.get(text_norm)
                self.starts[text_norm] = (_sentence_starts(written, self.stems)
                                          if written else frozenset())
            return i in self.starts[text_norm]
        return at

    def weighed(self, a: _Subject, b: _Subject, swap: tuple[list[str], list[str]] | None
                ) -> tuple[list[str], list[str]] | None:
        """The swap, if the words it changes weigh enough on both sides to name a subject."""
        if swap is None:
            return None
        if any(set(ws) <= plain_stems() for ws in swap):
            return None         # a plain verb names no subject: "receive" / "get" a service
        named = [not place_stems().isdisjoint(ws) for ws in swap]
        if all(named):
            return swap         # one place for another: another force's recommendation
        if any(named) and any(set(ws) <= own_area_stems() for ws in swap):
            return None         # "in its area" written as the force's own: "in the West Midlands"
        # Against the shorter text's weight: a clause one side adds after the formula ("...;
        # and The plan should include ...") is no part of the formula the subject sits in.
        base = self.share * min(a.weight, b.weight)
        wa, wb = (sum(self.idf.get(w, 0.0) for w in ws) for ws in swap)
        return swap if wa >= base and wb >= base else None

    def unexplained(self, mine: _Subject, theirs: _Subject
                    ) -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
        """Telling words of one side with no counterpart on the other: not a misspelling of
        one of its words ('shhare') or of a common word ('wiithin'). As (those sure to be
        unexplained, (word, abbreviation) of those the other's initials may explain)."""
        other = theirs.distinct - mine.distinct
        sure, maybe = [], []
        # Common words name no subject: left out before the costlier typo checks.
        for w in mine.telling - theirs.distinct:
            if w not in self.word:
                self.word[w] = self.learn(w)
            near, stem = self.word[w]
            if near is None or not near.isdisjoint(other):
                continue          # a misspelt common word, or a misspelling of theirs
            if stem is None:
                sure.append(w)
            else:
                maybe.append((w, stem))
        return (frozenset(sure), tuple(maybe)) if sure or maybe else _NOTHING

    @staticmethod
    def compound(w: str, mine: _Subject, there: set[str]) -> bool:
        """Whether one side's word is two of the other's run together ("sexualexploitation":
        'sexual' + 'exploit'), or it and its neighbour one of the other's split ("safe
        guard", "cyber crime"): a paste from a PDF, a typist's habit. `there`: the other
        side's words at the same place (a swap's). On the stems (a stem may drop a letter
        or two of a word's end: 'cybercrim')."""
        if len(w) >= _RUN_TOGETHER and len(there) > 1 and any(
                w[:i] in there and w[i:] in there for i in range(3, len(w) - 2)):
            return True
        if all(len(t) < len(w) + 3 for t in there):
            return False          # no word there long enough to be this one and another
        words = mine.words
        k = words.index(w) if w in mine.distinct else -1
        for first, second in ((w, words[k + 1]) if 0 <= k < len(words) - 1 else ("", ""),
                              (words[k - 1], w) if k > 0 else ("", "")):
            joined = first + second
            # Never cut into the second word's first three letters: "case" + "go" is no
            # "case".
            if second and any(joined[:len(joined) - cut] in there for cut in range(3)
                              if len(joined) - cut >= len(first) + 3):
                return True
        return False

    def abbreviated(self, sure: frozenset[str], maybe: tuple[tuple[str, str], ...],
                    their_text: str) -> frozenset[str]:
        """The unexplained words, less those the other text abbreviates ('cop', 'college of
        policing')."""
        if not maybe:
            return sure
        initials = self.initials.get(their_text)
        if initials is None:
            initials = self.initials[their_text] = _text_initials(their_text)
        return sure | {w for w, stem in maybe if stem not in initials[0]
                       and stem not in initials[1]}

    def learn(self, w: str) -> tuple[frozenset[str] | None, str | None]:
        """A word's look-alikes (None: it is a misspelt common word, so always explained),
        and what an abbreviation of it would be ('cops' -> 'cop'; None when too long)."""
        if _common_typo(w):
            return None, None
        return (self.near.get(w, frozenset()) if len(w) >= 4 else frozenset(),
                w.rstrip("s") if 2 <= len(w) <= 6 else None)

    def phrase(self, text_norm: str, stems: list[str]) -> str:
        key = (text_norm, tuple(stems))
        if key not in self.phrases:
            self.phrases[key] = _phrase(text_norm, stems, self.stems)
        return self.phrases[key]


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector walks every live object each time enough new ones are made:
    the many small sets and tuples made here (none in a cycle) would set it off again and
    again over a national list's whole heap (1.4 s of 4 at 30,000 items)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def swapped_subjects(h: pd.DataFrame, f: pd.DataFrame, hi: np.ndarray, fj: np.ndarray,
                     index: TokenIndex, live: np.ndarray, settings: MatchSettings
                     ) -> np.ndarray:
    """Per pair, the subjects two like texts differ by ("'road harm' / 'child sexual
    exploitation'"), or ''.

    HMICFRS repeats a formula with the subject swapped ("evaluate its work to prevent {road
    harm / knife crime} and share what works"): two such texts read alike on every signal,
    yet are two recommendations. A subject differs when each side has telling words the
    other lacks; a bullet, a summary or a truncated copy lacks words on one side only.
    Checked only on the `live` pairs (those that could be paired), once per distinct pair of
    texts (national lists repeat one text in every force), with each text's words, weights
    and initials and each word's look-alikes worked out once.
    """
    out = np.full(len(hi), "", dtype=object)
    idf = index.idf or {}
    live = np.flatnonzero(live)
    if not len(live):
        return out
    shared = shared_weight(index, hi[live], fj[live])
    # Only where a text has words the other lacks, by the index's weights: both, for the
    # whole texts; one, for a row holding two formulas' words with their subjects crossed
    # (clause against clause only).
    lacks_h = index.weight_h[hi[live]] - shared > 1.0
    lacks_f = index.weight_f[fj[live]] - shared > 1.0
    keep = lacks_h | lacks_f
    live, both = live[keep], (lacks_h & lacks_f)[keep]
    if not len(live):
        return out
    code_h, texts_h = pd.factorize(h["text_norm"].to_numpy(dtype=object)[hi[live]])
    code_f, texts_f = pd.factorize(f["text_norm"].to_numpy(dtype=object)[fj[live]])
    pairs, first, inverse = np.unique(code_h.astype(np.int64) * len(texts_f) + code_f,
                                      return_index=True, return_inverse=True)

    def written() -> dict[str, str]:
        """Each comparison text as written, for its sentences (`_sentence_starts`): few
        pairs ever ask, so only built when one does."""
        return {norm: text for side, rows in ((h, hi[live]), (f, fj[live])) if "text" in side
                for norm, text in zip(side["text_norm"].to_numpy(dtype=object)[rows],
                                      side["text"].to_numpy(dtype=object)[rows], strict=True)}
    with _collector_paused():
        found = _swaps(texts_h, texts_f, pairs, idf, settings, len(h) + len(f), written,
                       both[first])
    out[live] = np.array(found, dtype=object)[inverse.ravel()]
    return out


def _swaps(texts_h: np.ndarray, texts_f: np.ndarray, pairs: np.ndarray,
           idf: dict[str, float], settings: MatchSettings, n_texts: int = 0,
           written: Callable[[], dict[str, str]] | None = None,
           whole: np.ndarray | None = None) -> list[str]:
    """The subjects each pair of texts (coded h * len(texts_f) + f) differs by, or ''
    (`whole`: per pair, whether to compare the whole texts too, not only their clauses)."""
    made: dict[str, _Subject] = {}
    stems = _SubjectStems()
    keys: dict[tuple[str, ...], int] = {}
    common = common_idf(settings.subject_common_share, n_texts)

    def subject(text: str) -> _Subject:
        if text not in made:
            made[text] = _subject(text, idf, stems, keys, common)
        return made[text]

    sub_h, sub_f = [subject(t) for t in texts_h], [subject(t) for t in texts_f]
    check = _SubjectCheck(made.values(), idf, settings.subject_share, stems, written,
                          settings.subject_formula, subject, settings.subject_clause_formula)
    n_f = len(texts_f)
    whole = np.ones(len(pairs), dtype=bool) if whole is None else whole
    return [check.swap(sub_h[pair // n_f], sub_f[pair % n_f], w)
            for pair, w in zip(pairs.tolist(), whole.tolist(), strict=True)]


def _phrase(text_norm: str, stems: list[str], stem_of: dict[str, str] | None = None) -> str:
    """The words of a text whose stems are in `stems`, in the text's order (`stem_of`: the
    run's word -> stem, `_SubjectStems`; no cache of its own to outlive the run)."""
    keep = set(stems)
    stem_of = _SubjectStems() if stem_of is None else stem_of
    picked = [w for w in text_norm.split() if stem_of[w] in keep]
    return " ".join(dict.fromkeys(picked))
