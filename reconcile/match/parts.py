"""The bullets of a recommendation, and which of them a force's split rows leave out.

A force that tracks a recommendation one row per bullet and has no row for one bullet has
not done the whole recommendation: the pair must say which bullet is missing, or the item
would look complete (and closeable) when it is not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import vocab
from ..normalise import norm_text, tokens
from ..normalise.entries import SEMICOLON

# A bullet starts a line with a bullet character, a dash, or a letter / roman numeral / number
# in brackets or followed by a bracket or full stop: "• ", "- ", "(c) ", "c) ", "ii) ", "3. ".
_LINE_MARK = re.compile(
    r"^\s*(?:[•·▪◦●■□➢►\-–—*]|\(?([a-h]|i{1,3}|iv|vi{0,3}|ix|x)\)|\(?(\d{1,2})[.)])\s*",
    re.IGNORECASE)
# Bullet characters inside a line ("... to ensure that: •the reasons ... •the ...").
_INLINE_MARK = re.compile(r"\s*[•·▪●■]\s*")
# Lettered parts run together on one line: "(a) ... ; (b) ...".
_INLINE_LETTER = re.compile(r"(?:^|\s)\(([a-h])\)\s+")

#: A force row covers a bullet when this share of the shorter one's telling words is in the other.
COVERED = 0.6
#: How many words of a missing bullet name it in the flag.
FIRST_WORDS = 8


def bullets(text: object) -> list[tuple[str, str]]:
    """The bullets of an HMICFRS text as (label, text): [('(a)', 'senior leaders ...'), ...].

    Fewer than two bullets: an empty list (the text is not in parts).
    """
    raw = str(text or "").replace("\r", "\n")
    found: list[tuple[str, str]] = []
    lines = [ln for ln in raw.split("\n") if ln.strip()]
    marked = [(_LINE_MARK.match(ln), ln) for ln in lines]
    if sum(m is not None for m, _ in marked) >= 2:
        for m, ln in marked:
            if m is not None:
                found.append(((m.group(1) or m.group(2) or "").lower(), ln[m.end():]))
            elif found:      # a bullet wrapped onto the next line
                found[-1] = (found[-1][0], found[-1][1] + " " + ln.strip())
    elif unmarked := _unmarked(lines):
        found = [("", t) for t in unmarked]
    else:
        pieces = _INLINE_MARK.split(raw)
        if len(pieces) >= 3:
            found = [("", p) for p in pieces[1:]]
        else:
            lettered = _INLINE_LETTER.split(raw)
            if len(lettered) >= 5:      # stem, then (letter, text) pairs
                found = list(zip(lettered[1::2], lettered[2::2], strict=False))
    found = [(lab, t.strip(" ;,.\t")) for lab, t in found if t.strip(" ;,.\t")]
    if len(found) < 2:
        return []
    return [(f"({lab or chr(ord('a') + k)})", t) for k, (lab, t) in enumerate(found)]


def _unmarked(lines: list[str]) -> list[str]:
    """Bullets whose marks were lost in a copy: a stem ending in a colon, its first part on
    the same line ("forces should: ensure that …"), each other part a line of its own
    starting in lower case ("have a structured process …")."""
    if len(lines) < 2 or ":" not in lines[0] or not all(
            ln.strip()[:1].islower() for ln in lines[1:]):
        return []
    first = lines[0].rsplit(":", 1)[1].strip()
    return ([first] if first else []) + [ln.strip() for ln in lines[1:]]


def _covered(bullet: set[str], rows: Sequence[set[str]], mine: Sequence[bool] | None = None,
             stem: set[str] = frozenset()) -> bool:
    """Whether a row holds the bullet: most of the shorter one's words in the other. A short
    row that is another bullet's ('victims are believed', for bullet (a)) must hold most of
    this bullet's own words (`mine`: per row, whether this bullet is the one it shares most
    with), not just the few any two bullets share ('point of report'). A row heading each
    bullet with the item's opening words ("MSHT leadership & governance review: …") is as
    long as its own words (`stem`: the words before the bullets)."""
    for k, row in enumerate(rows):
        shared = len(bullet & row)
        if shared < min(3, len(bullet)):
            continue
        if shared >= COVERED * len(bullet) or (
                (mine is None or mine[k])
                and shared >= COVERED * min(len(bullet), len(row - stem) or len(row))):
            return True
    return False


def part_named(text: object) -> str:
    """The part a row names itself by, at its start: "Part (e) – AA timeliness" -> '(e)',
    "CDI (c) multiple crimes …" -> '(c)', "Bullet 2 – call takers …" -> '(b)'; '' when it
    names none."""
    m = _NAMED_PART.match(str(text or ""))
    if not m:
        after = _PART_AFTER_STEM.match(str(text or ""))
        return f"({after.group(1).lower()})" if after else ""
    return f"({(m.group(1) or m.group(2) or chr(ord('a') + int(m.group(3)) - 1)).lower()})"


#: "Part (e) – ...", "(c) ...", "Part b: ...", "Bullet 2 – ...", after a short tag of the
#: report's ("CDI (a) ..."): a row naming the part of its item it tracks.
_NAMED_PART = re.compile(r"\s*(?:[A-Z][A-Z&/]{1,7}\s+)?(?:(?i:part)\s*\(?([a-hA-H])\)?|\(([a-hA-H])\)|"
                         r"(?i:bullet)\s*([1-8])\b)\s*[-:\u2013\u2014]?\s")


#: ... or after the item's opening words, as a dash's heading: "MSHT leadership & governance
#: review (d) – performance & QA measures".
_PART_AFTER_STEM = re.compile(r"[^()\n]{1,80}?\s\(([a-hA-H])\)\s*[-:\u2013\u2014]\s")


def missing_parts(text: object, part_tokens: Sequence[Sequence[str]], unmarked: bool = False,
                  named: Sequence[str] = ()) -> str:
    """The bullets of `text` that no row in `part_tokens` covers, named for a person.

    'bullet (c): "performance and quality assurance measures are in place to…"'; several
    joined by '; '; '' when every bullet has a row, or the text has no bullets. A row naming
    its part (`named`, per row: "(e)" for "Part (e) – AA timeliness") covers that part,
    however few of its words it keeps, if they are that part's more than any other's.

    `unmarked`: one row copying the item's words with its bullet marks lost. It may shorten
    each bullet to a few words ("multiple crimes always recorded"), so a bullet is left out
    only when none of its own words (those neither another bullet nor the words before the
    bullets have) is in the row; and a row leaving out every bullet copies only the words
    before them: the item's heading, not the item less its bullets.
    """
    marks = bullets(text)
    if not marks:
        return ""
    rows = [set(t) for t in part_tokens]
    words_of = [set(tokens(norm_text(bullet))) for _, bullet in marks]
    at = str(text).find(marks[0][1])
    if unmarked and at < 0:
        return ""           # where the bullets begin cannot be told: say nothing is left out
    stem: set[str] = set(tokens(norm_text(str(text)[:at]))) if at > 0 else set()
    # Each row's own bullet: the one it shares most words with, the item's opening words
    # aside ("MSHT leadership & governance review (d) – …" repeats them on every row).
    best = [max(range(len(marks)), key=lambda b, r=row - stem: len(words_of[b] & r))
            for row in rows]
    # A part a row names is the item's when its words are that part's most: a force that
    # relettered its parts ("(c)" its copy of the item's (d)) names its own letters.
    named_here = {name for k, name in enumerate(named) if name and marks[best[k]][0] == name}
    out = []
    for b, (label, bullet) in enumerate(marks):
        words = words_of[b]
        if label in named_here:
            continue
        if unmarked:
            own = words.difference(stem, *(w for k, w in enumerate(words_of) if k != b))
            left_out = bool(own) and own.isdisjoint(rows[0])
        else:
            left_out = bool(words) and not _covered(words, rows,
                                                    [best[k] == b for k in range(len(rows))], stem)
        if left_out:
            first = bullet.split()
            short = " ".join(first[:FIRST_WORDS]) + ("…" if len(first) > FIRST_WORDS else "")
            out.append(f"bullet {label}: '{short}'")
    return "" if unmarked and len(out) == len(marks) else "; ".join(out)


def copies_of_whole(text: object, part_tokens: Sequence[Sequence[str]]) -> bool:
    """Whether an item's several rows are each a telling of the whole, not its parts: every
    row holds most of the words before the bullets, and no two hold different bullets (an
    item copied under two themes of a plan, each copy abridged its own way). A split by
    bullet repeats the opening words too, but each row then tells a bullet of its own."""
    marks = bullets(text)
    if not marks or len(part_tokens) < 2:
        return False
    at = str(text).find(marks[0][1])
    stem = set(tokens(norm_text(str(text)[:at]))) if at > 0 else set()
    if len(stem) < _STEM_WORDS:
        return False
    rows = [set(t) for t in part_tokens]
    if not all(len(stem & row) >= COVERED * len(stem) for row in rows):
        return False
    words_of = [set(tokens(norm_text(bullet))) - stem for _, bullet in marks]
    told = {b for row in rows for b, words in enumerate(words_of)
            if words and _covered(words, [row - stem])}
    return len(told) <= 1


#: The fewest telling words before the bullets for a row holding them to be a whole telling.
_STEM_WORDS = 5


#: A force's own telling of its item in clauses: "record all encounters on BWV; structured
#: process for reviewing footage" (parted as `normalise.entries` parts a row's summaries).
_CLAUSE = re.compile(SEMICOLON)
#: The fewest telling words a clause holds to be a bullet's telling.
_CLAUSE_WORDS = 3
#: How many last words of a piece and its bullet, the same, show the piece ends where its
#: bullet does (not cut short).
_END_WORDS = 2


def pieces_of(text: object) -> list[str]:
    """A force row's telling of its item in parts: its own bullets, else its clauses split at
    semicolons (each of three telling words or more); [] when it is in one piece."""
    found = [t for _, t in bullets(text)]
    if len(found) >= 2:
        return found
    found = [c for c in _CLAUSE.split(str(text or "")) if c.strip(" .")]
    if len(found) >= 2 and all(len(tokens(norm_text(c))) >= _CLAUSE_WORDS for c in found):
        return found
    return []


def left_out_of_pieces(text: object, pieces: Sequence[str], whole: bool | None) -> str:
    """The bullets of `text` that a force row telling it in fewer `pieces` leaves out, named
    as missing_parts names them; '' when the pieces are not bullets' tellings or a cut may
    have taken what is missing.

    Each piece must tell a bullet of its own (most of its words that bullet's, no two pieces
    the same bullet): clauses of the force's own progress are no telling. A row that may have
    been cut short (`whole` None: no stop at its end) leaves a bullet out only when a later
    bullet has a piece, or its last piece ends as its bullet ends ("… and safeguard
    victims"); one cut short (`whole` False: "…" at its end), only when a later one has.
    """
    marks = bullets(text)
    if not marks or not 2 <= len(pieces) < len(marks):
        return ""
    words_of = [set(tokens(norm_text(b))) for _, b in marks]
    # The first piece may open with the force's telling of the item's opening words, up to a
    # colon ("By July 2018 monitor S&S data to understand: reasons for …"): no bullet's.
    told = pieces[0].rsplit(":", 1)[-1]
    if len(tokens(norm_text(told))) >= _CLAUSE_WORDS:
        pieces = [told, *pieces[1:]]
    rows = [set(tokens(norm_text(p))) for p in pieces]
    best = [max(range(len(marks)), key=lambda b, r=row: len(words_of[b] & r)) for row in rows]
    if len(set(best)) < len(best) or not all(
            len(row & words_of[b]) >= COVERED * len(row) for row, b in zip(rows, best, strict=True)):
        return ""
    out = []
    for b, (label, bullet) in enumerate(marks):
        words = words_of[b]
        if b in best or not words or _covered(words, rows, [k == b for k in best]):
            continue
        if not whole and b > best[-1] and (
                whole is False or not _ends_as(pieces[-1], marks[best[-1]][1])):
            continue
        first = bullet.split()
        short = " ".join(first[:FIRST_WORDS]) + ("…" if len(first) > FIRST_WORDS else "")
        out.append(f"bullet {label}: '{short}'")
    return "; ".join(out)


def _ends_as(piece: str, bullet: str) -> bool:
    """Whether a piece ends with its bullet's last telling words (a bullet's '; and' aside)."""
    mine, theirs = _last_words(piece), _last_words(bullet)
    return len(mine) == _END_WORDS and mine == theirs


def _last_words(text: str) -> list[str]:
    words = [w for w in norm_text(text).split() if w not in vocab.STOPWORDS]
    return words[-_END_WORDS:]
