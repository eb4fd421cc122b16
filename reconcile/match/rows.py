"""The pairs made, one row each, with the decision and the score in words."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .. import vocab
from ..config import MatchSettings
from ..load.grid import EXCEL_ERRORS
from ..normalise import clean_display, norm_item_text, tokens
from .nextrows import next_note
from .parts import (
    bullets,
    copies_of_whole,
    left_out_of_pieces,
    missing_parts,
    part_named,
    pieces_of,
)
from .score import FEATURES, explain
from .table import Scored

PAIR_COLUMNS = ["h", "f", "decision", "method", "score", "text_score", "report_score",
                "margin", "runner_up", "part", "score_parts", "other_report", "ref_differs",
                "contain", "dice", "ratio", "sort", "missing_parts", "entry"]


class PairRows:
    """The pairs made so far, in the order they were made (a person's, references, splits and
    merges, then the assignment), each explained from the signals of its scored row."""

    def __init__(self, h: pd.DataFrame, f: pd.DataFrame, settings: MatchSettings,
                 numbered: dict[int, tuple[int, ...]] | None = None):
        self.h, self.f, self.settings = h, f, settings
        self.h_ids = h["row_id"].to_numpy()
        self.f_ids = f["row_id"].to_numpy()
        self.numbered = numbered or {}       # the force's row families: families.families
        self.rows: list[dict] = []
        self._counted: dict[str, int] = {}   # text -> how many bullets it lists
        self._texts: tuple[list, list, list] | None = None

    def add(self, table: Scored, i: int, j: int, decision: str, method: str,
            margin: float | None = None, runner: str = "", part: str = "", missing: str = "",
            note: str = "", entry: int | None = None) -> None:
        cols = table.cols
        k = table.row_of(i, j)
        report = cols["report"][k]
        if not missing and not part and entry is None:
            missing = self._dropped(i, j)
        self.rows.append({
            "h": i, "f": j, "decision": decision, "method": method,
            "score": min(100.0, float(cols["total"][k])), "text_score": float(cols["text"][k]),
            "report_score": None if np.isnan(report) else float(report),
            "margin": None if margin is None else round(margin, 1),
            "runner_up": runner, "part": part,
            "score_parts": explain({c: cols[c][k] for c in FEATURES}, self.settings) + note,
            "other_report": bool(cols["other_report"][k]),
            "ref_differs": bool(cols["ref_differs"][k]),
            "contain": float(cols["contain"][k]), "dice": float(cols["dice"][k]),
            "ratio": float(cols["ratio"][k]), "sort": float(cols["sort"][k]),
            "missing_parts": missing, "entry": entry})

    def _dropped(self, i: int, j: int) -> str:
        """The bullets a row telling its recommendation leaves out: "bullet (c): 'provide
        external scrutiny panel …'". A row of fewer bullets or semicolon clauses than its
        item, each telling a bullet of its own; or copying the item's words with the bullet
        marks lost (a stem and its first bullet, every word the item's). A row in one piece
        of the force's own words leaves out none; one cut short ("… allocated appropriate
        resources…", or no stop at its end) none after its last piece: the cut took them."""
        if self._texts is None:       # lists: a pandas look-up per pair costs more
            self._texts = (self.h["text"].tolist(), self.f["text"].tolist(),
                           self.f["tokens"].tolist(), self.h["tokens"].tolist())
        h_texts, f_texts, f_tokens, h_tokens = self._texts
        text = f_texts[j]
        end = text.rstrip(" '\"”’") if isinstance(text, str) else ""
        if self._bullets(h_texts[i]) < 2:
            return ""
        abridged = _ABRIDGED.search(end)
        end = end[:abridged.start()].rstrip() if abridged else end
        own = _own_telling(end, f_tokens[j], h_tokens[i])
        marked = self._bullets(text)
        whole: bool | None = False if abridged or end.endswith(_CUT_END) else (
            bool(end.endswith(_WHOLE_END) or _BULLET_JOIN.search(end)
                 or _ends_alike(end, h_texts[i]) or _listed_whole(end)
                 or (own and not marked)) or None)
        if not whole or not marked:
            # A row's own bullets in its own words are whole, each piece telling a bullet;
            # where its pieces are no such telling, it leaves nothing out that can be told.
            told_whole = True if whole is None and own else whole
            told = left_out_of_pieces(h_texts[i], pieces_of(text), told_whole) if end else ""
            if told or not whole:
                return told
        mine = marked or _copied(f_tokens[j], h_tokens[i])
        if mine < 1 or self._bullets(h_texts[i]) <= max(mine, 1):
            return ""
        return missing_parts(h_texts[i], [f_tokens[j]], unmarked=not marked)

    def _bullets(self, text: object) -> int:
        key = text if isinstance(text, str) else ""
        if key not in self._counted:
            self._counted[key] = len(bullets(key))
        return self._counted[key]

    def add_parts(self, table: Scored, i: int, js: list[int], method: str | dict[int, str]
                  ) -> None:
        """A split: every force row paired with item i, each told which bullets none covers.

        `method` is one for all rows, or per row ({row: method}, 'split' for the others)."""
        words = [self.f["tokens"].iat[j] for j in js]
        texts = self.f["text"].iloc[js].tolist()
        if "action" in self.f:
            words, texts = _named_actions(self.f["action"].iloc[js].tolist(), words, texts,
                                          self.h["text"].iat[i])
        # A row whose text is an Excel error (#NAME?) may hold any bullet: none is said missing.
        parts, named = _each_part(texts, words, self.h["text"].iat[i])
        missing = (missing_parts(self.h["text"].iat[i], parts, named=named)
                   if _bullets_split(texts, words)
                   and not copies_of_whole(self.h["text"].iat[i], parts)
                   and not any(str(t).strip() in EXCEL_ERRORS for t in texts) else "")
        for k, j in enumerate(js, start=1):
            how = method if isinstance(method, str) else method.get(j, "split")
            self.add(table, i, j, "accepted", how, part=f"{k} of {len(js)}", missing=missing,
                     note=next_note(i, j, js, table.cols, self.h_ids, self._kin(j, js)))

    def _kin(self, j: int, js: list[int]) -> str:
        """How the force wrote row j as one of the split's: "numbered 4b by the force, with
        4a, 4d", or one text on adjacent rows."""
        kin = [q for q in self.numbered.get(j, ()) if q != j and q in js]
        if not kin:
            return ""
        no = self.f.get("local_ref")
        if no is not None and isinstance(no.iat[j], str) and no.iat[j] not in {no.iat[q] for q in kin}:
            return (f"numbered {no.iat[j]} by the force, with "
                    f"{', '.join(str(no.iat[q]) for q in kin)}")
        return "the same text as the rows next to it (one item's actions, the cell carried down)"

    def frame(self) -> pd.DataFrame:
        return pd.DataFrame(self.rows, columns=PAIR_COLUMNS)


#: A line of a force's own list: "- victims believed at point of report", "• …", "2. …".
_LIST_LINE = re.compile(r"\s*(?:[-\u2013\u2022\u00b7\u25aa\u25cf*]|\d{1,2}[.)]|\([a-h]\))\s+\S")
#: Lengths systems cut a cell at (a text field of 255 characters, …): a text a few
#: characters short of one may have been cut there.
_CUTS = (255, 256, 500, 512, 1000, 1024, 2000, 2048, 4000, 4096, 8000, 32767)
#: Words the last line of a list holds, at least, to be whole.
_LAST_LINE_WORDS = 3


def _listed_whole(text: str) -> bool:
    """A row listing its own bullets one per line, not at a length cells are cut at, its last
    line a whole one ("- stop waiting for medical exams / video interviews before crime
    recording decisions"): not cut short, though it ends with no stop."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return (not any(cut - 4 <= len(text) <= cut for cut in _CUTS)
            and sum(bool(_LIST_LINE.match(ln)) for ln in lines) >= 2
            and bool(_LIST_LINE.match(lines[-1]))
            and len(lines[-1].split()) > _LAST_LINE_WORDS)


#: A last word that links to more: a text stopped there was cut.
_LINK_END = re.compile(r"(?:&|\+|\b(?:and|or|of|to|the|a|an|in|for|with|that|by|on|at))\s*$",
                       re.IGNORECASE)
#: The opening words of a row that, found in a row in the item's own order, make it a copy.
_OPENING = 5


def _own_telling(text: str, mine: list[str], theirs: list[str]) -> bool:
    """A row telling its item in clauses of its own words ("call takers understand & use the
    missing/absent category correctly; call takers & frontline staff can identify CSE risk
    factors"), or in bullets of its own ("monitor S&S data to understand: • reasons for …; •
    extent to which …"), not at a length cells are cut at and its last word no link to more:
    whole as written, though it ends with no stop. A copy of the item's words (its opening
    words a run of the item's) may have been cut where the copying stopped."""
    if (any(cut - 4 <= len(text) <= cut for cut in _CUTS) or len(pieces_of(text)) < 2
            or _LINK_END.search(text)):
        return False        # a cut's marks: bullets of the item's, a last word linking on
    opening = list(mine[:_OPENING])
    return len(opening) == _OPENING and not any(
        list(theirs[k:k + _OPENING]) == opening for k in range(len(theirs) - _OPENING + 1))


#: How a text not cut short ends: a stop, a bullet's semicolon, a bracket.
_WHOLE_END = (".", ";", "!", "?", ")")
#: ... or a bullet's "; and" before the next bullet: whole bullets copied, the last left out.
_BULLET_JOIN = re.compile(r"[;,]\s*(?:and|or)$")
#: How a text cut short ends: an ellipsis, or a next bullet's mark or a stem's colon with
#: nothing after it.
_CUT_END = ("…", "..", "•", "·", "▪", "●", "■", ":", ",")


#: A note at a text's end that the rest is elsewhere: "(see report for full text)", "[full
#: wording in the report]", "(abridged)", "(cont'd)": the text was cut short on purpose.
_ABRIDGED = re.compile(
    r"[(\[]\s*(?:see\s+(?:the\s+)?(?:report|original|link|source|pdf|full)\b[^()\[\]]{0,40}|"
    r"(?:full|complete|whole)\s+(?:text|wording|rec(?:ommendation)?)\b[^()\[\]]{0,40}|"
    r"(?:text\s+)?(?:abridged|shortened|truncated|summari[sz]ed)|cont(?:inued|'d|d|\.)?)"
    r"\s*[)\]]\.?$", re.IGNORECASE)


#: The fewest words a row copying part of its item's text holds, and opens with (fewer is
#: a label).
_COPIED_WORDS = 8


def _copied(mine: list[str], theirs: list[str]) -> int:
    """1 when a text with no bullets of its own is a copy of part of its item's: opening
    with the item's first words, and every word of it the item's; else 0. A one-line
    summary ("BWV for all S&S encounters, internal review of footage and ...") is no copy,
    however many of its words are the item's."""
    return int(len(mine) >= _COPIED_WORDS and list(mine[:_COPIED_WORDS]) == list(
        theirs[:_COPIED_WORDS]) and set(mine) <= set(theirs))


def _ends_alike(text: str, item_text: object) -> bool:
    """Whether a text ends with its item's last words: not cut short, whatever its stop."""
    mine, theirs = text.lower().split()[-_END_WORDS:], str(item_text or "").lower().rstrip(
        " .;'\"”’").split()[-_END_WORDS:]
    return len(mine) == _END_WORDS and mine == theirs


#: Words at the end of a text that show it ends where its item does.
_END_WORDS = 4


def _named_actions(actions: list, words: list, texts: list, item_text: object
                   ) -> tuple[list, list]:
    """A split's rows as the parts check reads them: an item's action rows, each carrying
    its item's text, are read by their own words when two or more of them name the bullet
    they track ("Bullet 2 – call takers …", "CDI (c) multiple crimes …"), or when each
    shares its words with a bullet of its own, no two the same one (Jira's sub-tasks "CDI –
    multiple crimes recorded"): the bullets none names or covers are missing. Actions in
    the force's own words, naming no bullet and not one each, are no split by bullet: the
    item's text stands for them."""
    own = [a if isinstance(a, str) and a.strip() else None for a in actions]
    mine = [tokens(norm_item_text(clean_display(a))) if a else None for a in own]
    if sum(bool(part_named(a)) for a in own if a) < 2 and not _one_bullet_each(
            [m for m in mine if m is not None], item_text):
        return words, texts
    return ([m if m is not None else w for m, w in zip(mine, words, strict=True)],
            [a or t for a, t in zip(own, texts, strict=True)])


#: Words an action shares with its bullet, at least, to be that bullet's.
_BULLET_WORDS = 2


def _one_bullet_each(actions: list, item_text: object) -> bool:
    """Two or more actions, each sharing most words with one bullet of the item's text and
    no two with the same one."""
    return _bullet_of_each(actions, item_text) is not None


def _bullet_of_each(actions: list, item_text: object) -> list[str] | None:
    """The label of each action's bullet ("(b)"), when each of two or more actions shares
    most words with one bullet of the item's text and no two with the same one; else None."""
    marks = bullets(item_text)
    if len(actions) < 2 or len(marks) <= len(actions) - 1:
        return None
    words = [set(tokens(norm_item_text(clean_display(b)))) for _, b in marks]
    best = []
    for action in actions:
        shared = sorted(((len(w & set(action)), k) for k, w in enumerate(words)), reverse=True)
        if shared[0][0] < _BULLET_WORDS or (len(shared) > 1 and shared[1][0] == shared[0][0]):
            return None
        best.append(shared[0][1])
    return [marks[k][0] for k in best] if len(set(best)) == len(best) else None


def _each_part(texts: list, words: list, item_text: object) -> tuple[list, list[str]]:
    """A split's rows as the parts check reads them, with the part each names: a row holding
    two parts of its own ("(cont.) (c) effective partnership … (d) performance & QA …") is
    read as each of them, named by its letter; a row telling two in semicolon clauses
    ("multiple crimes always recorded; stop waiting for medical exam results") as each
    clause, named by its bullet when each clause tells a bullet of its own, however tersely
    ("after considering all recs in the report"); any other as it is."""
    out_words, named = [], []
    for text, mine in zip(texts, words, strict=True):
        marks = bullets(text)
        if len(marks) >= 2:
            out_words += [tokens(norm_item_text(b)) for _, b in marks]
            named += [label for label, _ in marks]
        elif len(pieces := pieces_of(text)) >= 2:
            clauses = [tokens(norm_item_text(c)) for c in pieces]
            out_words += clauses
            named += _bullet_of_each(clauses, item_text) or [""] * len(pieces)
        else:
            out_words.append(mine)
            named.append(part_named(text))
    return out_words, named


def _bullets_split(texts: list, words: list) -> bool:
    """Whether a split's rows can show a bullet missing. Rows all holding one text are an
    item's actions, its text written once (carried down, or repeated on each): it lacks a
    bullet only when it lists bullets itself ("should: • review ...") or says it is a part
    ("(1 of 2)"), and is not cut short
    ("… is allocated appropriate resources…"); a summary in the force's words lacks none."""
    if len({tuple(w) for w in words}) > 1:
        return True
    text = str(texts[0] or "").rstrip()
    marked = (bool(bullets(text)) or any(mark in text for mark in vocab.BULLETS)
              or bool(_PART_OF.search(text)))
    return marked and not text.endswith(("…", "..."))


#: A text that says it is a part of its item: "(1 of 2)", "part 2 of 3".
_PART_OF = re.compile(r"\b(?:part\s+)?\d\s+of\s+\d\b", re.IGNORECASE)
