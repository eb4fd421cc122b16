"""Where two word sequences differ: the one place a formula's subject was swapped, if any.

Used by the subject check (`subjects`): HMICFRS repeats a formula with its subject swapped
("evaluate its work to prevent {road harm / knife crime}"); two such texts align word for word
but for one short place where each has words the other lacks.
"""

from __future__ import annotations

from collections.abc import Callable

#: A subject is a short phrase: at most this many telling words ("people with mental ill health").
SUBJECT_WORDS = 5


def one_swap(sa: tuple[str, ...], sb: tuple[str, ...], only_a: set[str], only_b: set[str],
              opcodes, starts: tuple[Callable[[int], bool], Callable[[int], bool]] | None = None,
              formula: float = 0.0, longer: bool = False) -> tuple[list[str], list[str]] | None:
    """The one place where the two word sequences differ in words only each side has, as
    (a's words, b's words), or None.

    Aligned word by word: a subject swapped in a shared formula is one such place. Words cut
    off the end (a truncated row) or added at either end (a tail sentence) are no difference;
    words changed in several places (a reworded or abridged text) are not one formula with
    its subject swapped, but a whole clause one side adds (a row tracking two items) is no
    place. What differs before the first shared word (a label, an addressee: "THRIVE",
    "those forces that have not yet done so") is no subject.

    `starts`: per side, whether a new sentence of its text begins at a word (a sentence one
    side adds after the place is a tail, not the rest of a clause cut short). `formula`: the
    share of the shorter text's words the two must have in common, in order: a formula with
    its subject swapped keeps most of its words; a text in the force's own words ("Record
    all hate crime reports accurately and straight away") keeps few, and what it changed is
    its wording, not its subject. `longer`: the share is of the longer text's words (two
    clauses of one formula are alike in length too).
    """
    ops = opcodes(list(sa), list(sb))
    if sum(op.src_end - op.src_start for op in ops if op.tag == "equal") \
            < formula * (max if longer else min)(len(sa), len(sb)):
        return None
    places: list[tuple[list[str], list[str]]] = []
    last_end = (-1, -1)
    for a0, a1, b0, b1 in _differing_runs(ops):
        wa = [w for w in sa[a0:a1] if w in only_a]
        wb = [w for w in sb[b0:b1] if w in only_b]
        if a0 == 0 and b0 == 0:
            continue              # a preamble, a label or an addressee before the shared words
        if a1 == len(sa) and b1 == len(sb) and (not (wa and wb) or _cut_in_word(
                sa[a0:a1], sb[b0:b1])):
            continue              # words cut off the end, or a tail added
        if not (wa or wb):
            continue
        if wa and wb:
            places.append((wa, wb))
        elif max(a1 - a0, b1 - b0) > SUBJECT_WORDS:
            continue              # a whole clause one side adds: the other item of a row
                                  # that tracks two ("X; and make sure ...")
        else:
            return None           # words added or left out inside the text: reworded
        last_end = (a1, b1)
    if any(max(len(x), len(y)) > SUBJECT_WORDS for x, y in places):
        return None               # a clause, not a subject: a merged or reworded row
    if len(places) != 1:
        return None
    # One text ends at the place while the other goes on for a clause: a row cut short and
    # finished with the force's own note ("... under the MSA 2015 (STPOs / STROs)" against
    # "... 2015 to ensure that opportunities to restrict ..."), not a subject swapped.
    # A sentence more after the place ("... from child sexual exploitation. Chief officers
    # should oversee ...") is a tail the other side left off: the subject still differs, and
    # runs to where that sentence begins ("exploitation" is the subject's, not the tail's).
    rest_a, rest_b = len(sa) - last_end[0], len(sb) - last_end[1]
    if min(rest_a, rest_b) == 0 and max(rest_a, rest_b) > SUBJECT_WORDS:
        side, at = (0, last_end[0]) if rest_a else (1, last_end[1])
        seq, only, words = (sa, only_a, places[0][0]) if side == 0 else (sb, only_b,
                                                                           places[0][1])
        room = SUBJECT_WORDS - len(words)
        begins = next((at + k for k in range(room + 1)
                       if starts is not None and starts[side](at + k)), None)
        if begins is None:
            return None
        more = [w for w in seq[at:begins] if w in only]
        return ((words + more, places[0][1]) if side == 0 else (places[0][0], words + more))
    return places[0]


def _cut_in_word(ra: tuple[str, ...], rb: tuple[str, ...]) -> bool:
    """Whether one side's last words are a word cut part-way through the other's there: a
    database's export cuts every long text at 255 characters, mid-word ("ensure that cat"
    against "... that categorisation of records are regularly adjusted")."""
    return any(len(x) == 1 and y and y[0] != x[0] and y[0].startswith(x[0])
               for x, y in ((ra, rb), (rb, ra)))


def _differing_runs(ops) -> list[tuple[int, int, int, int]]:
    """The places two word sequences differ, as (a start, a end, b start, b end): the edit
    operations that touch, joined while the place stays subject-sized ("serious" inserted,
    then "hate" -> "organised" replaced, is one place where "hate" became "serious
    organised"; a reworded sentence stays several places)."""
    runs: list[list[int]] = []
    for op in ops:
        if op.tag == "equal":
            continue
        if (runs and (op.src_start, op.dest_start) == (runs[-1][1], runs[-1][3])
                and (runs[-1][0], runs[-1][2]) != (0, 0)    # a preamble takes no more words
                and op.src_end - runs[-1][0] <= SUBJECT_WORDS
                and op.dest_end - runs[-1][2] <= SUBJECT_WORDS):
            runs[-1][1], runs[-1][3] = op.src_end, op.dest_end
        else:
            runs.append([op.src_start, op.src_end, op.dest_start, op.dest_end])
    return [(a0, a1, b0, b1) for a0, a1, b0, b1 in runs]
