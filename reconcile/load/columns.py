"""Which column holds which field: the heading proposes, what the column holds decides.

Headings mislead: "Recommendation / AFI" heads the recommendation text in one tracker and a
type column in another; a SharePoint export's "Source" holds "HMICFRS" on every row while
"Report Name" holds the report; a hidden "Content Type" holds "Item" throughout. So each column
is profiled once (a sample of the rows under the header, per column, not per pair) and every
heading's claim is weighed against the profile:

- a constant column is evidence of nothing: it keeps a field only when no other column claims it;
- the text is long free wording with many distinct values, whatever its heading;
- a type column holds type words (recommendation / AFI / cause of concern);
- a report column holds names, not paragraphs.

Config always wins. Every choice keeps its reason and its runner-up, for `inspect` and Run info.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from .. import vocab
from ..config import SideSettings
from ..normalise import WRITTEN_DATE, builtin_statuses, reads_as_status
from ..normalise.types import type_cut_short
from .grid import blank
from .sheetfacts import shortened
from .stages import stage_of

#: Rows under the header profiled per column: enough to see what a column holds.
PROFILE_ROWS = 400
#: A value of this many words or more reads as free text, not a name or a code.
FREE_TEXT_WORDS = 8

CONFIG, EXACT, KEYWORD, CONTENT = 10_000.0, 100.0, 50.0, 45.0
#: How far a text found by content falls behind a free-text column whose heading names it.
_NAMED_FIRST = 25.0
#: Fields whose column must vary to tell items apart: a constant one says nothing.
_VARYING = frozenset({"ref", "local_ref", "report", "type", "text"})


@dataclass(frozen=True)
class Profile:
    """What one column holds, from a sample of the rows under the header."""

    filled: int = 0
    distinct: int = 0
    mean_len: float = 0.0
    free_text: float = 0.0       # share of values of FREE_TEXT_WORDS words or more
    words: float = 0.0           # words per value, the median (a few titles in it aside)
    type_words: float = 0.0      # share that name a type
    status_words: float = 0.0    # share that are status words ("Completed", "In progress")
    dated: float = 0.0           # share that start with a date ("03/02/2025 – Audit booked")
    labelled: float = 0.0        # share that are a report's name and an id: "Title (8541)"
    reported: float = 0.0        # share that read as a report's name: "PEEL: … 2017"
    staged: float = 0.0          # share that are a numbered stage ("4 - Ready for sign-off")
    top: str = ""                # the most common value, as written

    @property
    def constant(self) -> bool:
        return self.filled >= 3 and self.distinct == 1

    def says(self) -> str:
        """The profile in words, for a reason."""
        if not self.filled:
            return "empty below the header"
        if self.constant:
            return f"'{shortened(self.top, 40)}' on every row"
        if self.free_text >= 0.5:
            return (f"free text on {self.free_text:.0%} of {self.filled} rows, "
                    f"{self.distinct} different")
        return f"{self.distinct} different values in {self.filled} rows"


@dataclass(frozen=True)
class Choice:
    """One field's column, and why; `runner_up` is what else could have been it."""

    col: int
    why: str
    runner_up: tuple[int, str] | None = None     # (column, why)
    #: the text's only: a column copying the HMICFRS wording beside a few rows (``copied``)
    copy: int | None = None


@cache
def _type_keys() -> frozenset[str]:
    return frozenset(w for words in vocab.TYPE_WORDS.values() for w in words)


_TRAILING_NUMBER = re.compile(r"( \d+[a-z]?)+$")


@lru_cache(maxsize=4096)
def is_type_word(value: str) -> bool:
    """'AFI', 'Recommendation 3', 'Cause of concern' (or 'Argymhelliad / Recommendation'): a
    type cell; 'Item' is not."""
    if len(value) > 2 * _LONGEST_TYPE_CELL:    # a sentence: not worth keying
        return False
    keys = bilingual_halves(value) or [vocab.key(value)]
    # ... or one cut short by a system's field length ("Area for impro").
    return any(_TRAILING_NUMBER.sub("", k) in _type_keys() or type_cut_short(k) for k in keys)


@cache
def status_words() -> dict[str, str]:
    """Every built-in status word, either side's: what a column of statuses holds."""
    return {**builtin_statuses("hmicfrs"), **builtin_statuses("force")}


@lru_cache(maxsize=4096)
def is_status_word(value: str) -> bool:
    """'Completed', 'In progress', 'Open - actions on going on track': a status cell, read
    as the statuses are (`normalise.norm_status`, whole or by its leading words)."""
    # Not a single letter: a column of "A" / "B" grades is no status by its content alone.
    return (1 < len(value.strip()) <= _LONGEST_TYPE_CELL
            and reads_as_status(value, status_words()))


def bilingual_halves(value: str) -> list[str] | None:
    """The keys of the two halves of a cell written in two languages, split by ' / ' or a
    line break ("Argymhelliad / Recommendation"); None for any other cell."""
    parts = [p for p in re.split(r"\s+/\s+|\s*\n\s*", value.strip()) if p.strip()]
    return [vocab.key(p) for p in parts] if len(parts) == 2 else None


#: Longer than any type word with a number after it ("National cause of concern 12").
_LONGEST_TYPE_CELL = 40


def profile_columns(rows: list[list[Any]], width: int) -> list[Profile]:
    """A profile per column of `rows` (the sample under a header)."""
    out = []
    for c in range(width):
        values = [str(row[c]).strip() for row in rows if c < len(row) and not blank(row[c])]
        if not values:
            out.append(Profile())
            continue
        counts: dict[str, int] = {}
        for v in values:
            counts[v] = counts.get(v, 0) + 1
        n = len(values)
        out.append(Profile(
            filled=n, distinct=len(counts),
            mean_len=sum(map(len, values)) / n,
            free_text=sum(v.count(" ") + 1 >= FREE_TEXT_WORDS for v in values) / n,
            words=float(statistics.median(len(v.split()) for v in values)),
            type_words=sum(is_type_word(v) * k for v, k in counts.items()) / n,
            status_words=sum(is_status_word(v) * k for v, k in counts.items()) / n,
            dated=sum(bool(_DATED.match(v) or _DATE_KEY.fullmatch(v)) for v in values) / n,
            labelled=sum(bool(_LABEL.search(v)) and len(v.split()) <= _LABEL_WORDS
                         for v in values) / n,
            reported=sum(_names_report(v) * k for v, k in counts.items()
                         if len(v.split()) <= _LABEL_WORDS) / n,
            staged=sum(k for v, k in counts.items() if (st := stage_of(v)) and st[1]) / n,
            top=max(counts, key=counts.__getitem__)))
    return out


#: An entry's label on the old register's pages: the report's name, the id in brackets
#: ("PEEL: police legitimacy 2017 (8541)"); not a year in brackets.
_LABEL = re.compile(r"[A-Za-z].*\((?!(?:199\d|20[0-3]\d)\))\d{3,6}\)\s*$")
_LABEL_WORDS = 25
#: Words a report's name has: "PEEL: police legitimacy 2017", "Targeting the risk: an
#: inspection of …", "Crime data integrity"; or a title and its subtitle ("Stolen freedom:
#: the policing response to …").
_REPORT_NAME = re.compile(r"\b(?:peel|inspections?|report|effectiveness|efficiency|legitimacy|"
                          r"spotlight|thematic|crime\s+data\s+integrity|hmicf?r?s?)\b|"
                          r"^[A-Z][^:\n]{2,60}:\s+(?:the|an?)\s", re.IGNORECASE)


#: The inspectorate's name alone names no report ("HMICFRS": where the item came from), nor
#: does a work tracker's key made of it ("HMIC-10").
_INSPECTORATE = re.compile(r"^\W*(?:hmicf?r?s?|hmi)(?:[-_]\d+)?\W*$", re.IGNORECASE)
#: A cell of tags: options split by ";" (a multi-select column's export).
_TAGS = re.compile(r"\s*;\s*")


def _names_report(value: str) -> bool:
    """Whether a cell reads as a report's name: not the inspectorate's name alone, nor a
    list of tags naming no report beside it and a type ("HMICFRS; National recommendation";
    "HMICFRS; AFI; PEEL 2021/22" names one)."""
    tags = [t for t in _TAGS.split(value) if t.strip()]
    left = [t for t in tags if not _INSPECTORATE.match(t) and not (len(tags) > 1 and is_type_word(t))]
    return bool(left) and bool(_REPORT_NAME.search("; ".join(left)))


def names_reports(p: Profile) -> bool:
    """A column whose cells mostly name a report, each repeated over its items (a web
    register's "post_title"): the report by content, whatever its heading."""
    return (p.filled >= 5 and p.reported >= 0.5 and 2 <= p.distinct <= 0.5 * p.filled
            and p.words <= _LABEL_WORDS)


#: A note that starts with the date it was written: "03/02/2025 – ", "12 Dec 2024: ".
_DATED = re.compile(rf"\s*(?:{WRITTEN_DATE})\b")
#: A date as a warehouse keys it: 20190318.
_DATE_KEY = re.compile(r"(?:19[5-9]\d|20\d\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")


def says_status(p: Profile) -> bool:
    """A column of a few status words ("Not started", "In progress", "Completed")."""
    return p.filled >= 3 and p.status_words >= 0.8 and p.distinct <= 12


def says_type(p: Profile) -> bool:
    """A column of a few type words ("National recommendation", "Area for improvement")."""
    return p.filled >= 3 and p.type_words >= 0.8 and p.distinct <= _TYPES_MOST


#: Most distinct values a column of types holds (kinds, spelt a few ways).
_TYPES_MOST = 8


def looks_like_text(p: Profile) -> bool:
    """Long free wording with many distinct values: the recommendation text by content."""
    return p.filled >= 2 and p.free_text >= 0.5 and p.distinct >= 0.5 * p.filled


# ------------------------------------------------------------------------- header claims

@cache
def _exact_index(side: str) -> dict[str, tuple[str, ...]]:
    """Header key -> the fields it is an exact synonym of, on one side, in FIELDS order."""
    index: dict[str, list[str]] = {}
    for fld in vocab.FIELDS:
        for word in vocab.HEADER_EXACT[side].get(fld, ()):
            index.setdefault(word, []).append(fld)
    return {word: tuple(fields) for word, fields in index.items()}


#: How far a stage's heading falls below "Status": a column headed so comes first.
_STAGE_LESS = 10.0


def _exact_score(fld: str, k: str) -> float:
    """A heading's claim: weak synonyms (vocab.TEXT_WEAK, REPORT_WEAK, STATUS_WEAK) lose to any heading that
    names the field outright, and the report's to a heading keyword ("Report / Audit")."""
    if fld == "text" and k in vocab.TEXT_WEAK:
        return EXACT - 30
    if fld == "report" and k in vocab.REPORT_WEAK:
        return KEYWORD - 15
    if fld == "status" and k in vocab.STATUS_WEAK:
        return EXACT - 30
    if fld == "status" and k in vocab.STATUS_STAGE:
        return EXACT - _STAGE_LESS
    if fld == "local_ref" and k in _OUTLINE_NUMBERS:
        return EXACT + 5     # a plan's outline number ("9.1.2") says more than its row count
    return EXACT


#: Headings of a plan's outline number (Microsoft Project's WBS): items under their report,
#: actions under their item (`outline.read_outline`).
_OUTLINE_NUMBERS = frozenset({"wbs", "wbs code", "outline number"})


@lru_cache(maxsize=1024)
def field_named(k: str, side: str) -> str | None:
    """The field a heading or label key names best by its wording, or None; asked once per
    key (a sheet of cards or forms repeats a handful)."""
    claims = header_claims(k, side)
    return max(claims, key=lambda c: c[1])[0] if claims else None


@lru_cache(maxsize=8192)
def header_claims(k: str, side: str) -> tuple[tuple[str, float, str], ...]:
    """(field, score, why) for what a header key names by its wording alone."""
    if not k:
        return ()
    claims = [(fld, _exact_score(fld, k), "header word") for fld in _exact_index(side).get(k, ())]
    # A form's question may run long ("Please copy the wording of the recommendation / AFI
    # exactly as it appears in the report"); a legend's sentence is no question.
    asked = [] if claims or len(k) > _QUESTION_CHARS else [
        (fld, KEYWORD, "header question") for fld, pattern in vocab.HEADER_QUESTIONS
        if re.search(pattern, k)][:1]
    if asked:
        claims = asked
    elif len(k) <= 60:     # keywords only in header-like cells, not in a legend's sentences
        claims += [(fld, KEYWORD - i, "header keyword")
                   for i, (fld, pattern) in enumerate(vocab.HEADER_PATTERNS)
                   if re.search(pattern, k)]
    if side == "force" and THEIRS.search(k):
        # "HMICFRS Status (per portal)": the force's copy of HMICFRS's view, often stale; the
        # force's own status column ("Force RAG", "Status") comes first where there is one.
        claims = [(fld, score - _THEIRS_LESS if fld == "status" else score,
                   f"{why}, naming HMICFRS's status" if fld == "status" else why)
                  for fld, score, why in claims]
    if RISK_RATING.search(k):
        # "Inherent RAG", "Residual RAG" in a risk register: a risk's level, not progress;
        # the action's own status column comes first where there is one.
        claims = [(fld, score - _THEIRS_LESS if fld == "status" else score,
                   f"{why}, a risk's rating, not progress" if fld == "status" else why)
                  for fld, score, why in claims]
    return tuple(claims)


#: The longest heading read as a question.
_QUESTION_CHARS = 100
#: A force heading naming what HMICFRS records, not the force ("HMICFRS status", "Status
#: on the portal", "Register status").
#: A second status column grading the whole item, not the row's action ("Overall status").
OVERALL = re.compile(r"\boverall\b")
#: A status column a checker fills after the leads: "Agreed status (FLL)", "Validated
#: status", "Status – confirmed by OLB".
AGREED = re.compile(r"\b(?:agreed|validated|verified|confirmed|moderated|assured)\b",
                    re.IGNORECASE)
THEIRS = re.compile(r"\b(?:hmicfrs|hmic|portal|inspectorate|register)\b")
#: How far such a status heading falls: below any status keyword of the force's own.
_THEIRS_LESS = 70.0
#: A status heading rating a risk ("Inherent RAG", "Residual risk rating", "Target RAG").
RISK_RATING = re.compile(r"\b(?:inherent|residual|risk|target|initial|mitigated)\b")


def _config_cols(keys: list[str], settings: SideSettings) -> dict[int, str]:
    found: dict[int, str] = {}
    for fld, header in settings.columns.items():
        want = vocab.key(header)
        col = next((c for c, k in enumerate(keys) if k and k == want and c not in found), None)
        if col is not None:
            found[col] = fld
    return found


def _weigh(fld: str, score: float, p: Profile | None) -> float | None:
    """A heading's claim adjusted by what the column holds; None rules it out."""
    if p is None or not p.filled:
        return score
    if fld == "text":
        if p.labelled >= 0.5:
            return None     # "Title (8541)": the entry's label, its wording in another column
        if p.free_text < 0.2 and p.mean_len < 25:
            return None     # short codes or names are not the recommendation text
        if p.free_text < 0.2:
            return score * 0.5   # names, not wording: a column of free text comes first
        return score + 20 * p.free_text
    if fld == "force" and p.top.strip().lower().rstrip(".") in _YES_NO:
        return None         # "Applies to force?" answered Y / N: a scope, not a force's name
    if fld in _DATES and p.distinct <= 2 and vocab.key(p.top) in _TICKED:
        return None         # "Closed" as a checkbox (True / False): whether, not when
    if fld == "type" and p.type_words < 0.2:
        # "Item" on every row, or long text: not a type. A column mixing type words with the
        # tracker's own sources ("National", "Audit") is still the type column.
        return None
    if fld == "report" and p.free_text >= 0.5 and p.mean_len > 100:
        return None         # paragraphs, not report names
    if fld == "progress":
        if says_status(p):
            return None      # "Progress": Not started / In progress / Completed is a status
        # "Latest Note" (what was done) before "Progress %" (a figure), both named progress.
        return score + min(10.0, p.mean_len / 4)
    if fld == "status":
        return _weigh_status(score, p)
    if fld == "local_ref" and p.words >= _TITLE_WORDS:
        return None          # "Item": short titles of four words or more, not numbers
    if fld in _VARYING and p.constant:
        return score * 0.3
    return score


def _weigh_status(score: float, p: Profile) -> float | None:
    if p.distinct <= 2 and vocab.key(p.top) in RECORD_STATES:
        # A database's record state ("Active" / "Inactive"): its "Status Reason" says more.
        return score * 0.3
    return _weigh_wordless_status(score, p) if p.status_words == 0 else score


def _weigh_wordless_status(score: float, p: Profile) -> float | None:
    """A status heading over no status word: dates, a page's state, a code."""
    if p.dated >= 0.8:
        return None          # "Status changed" holding dates: when, not what
    if vocab.key(p.top) in _POST_STATES:
        return None          # a web page's publishing state ("publish", "private"), no item's
    if p.mean_len <= _CODE_LEN:
        # A database's status code ("C", "SFC") beside its description ("Complete"): the
        # words come first; a code column alone is still the status.
        return score * 0.5
    return score


#: Longest mean length of a column of codes.
_CODE_LEN = 3


#: A content system's publishing state of a page (WordPress's post_status).
_POST_STATES = frozenset({"publish", "private", "draft", "pending", "future", "trash", "inherit"})
#: A database record's state, not the item's status (a CRM's Status beside its Status
#: Reason), and what it says of the record: `statuses.status_from_record_state`.
RECORD_STATES = {"active": "Open", "inactive": "Closed"}
#: Answers to a yes/no question.
_YES_NO = frozenset({"y", "n", "yes", "no", "n/a", "na", "tbc"})
#: A checkbox as a database exports it: an answer, or True / False.
_TICKED = (_YES_NO - {"n/a", "na", "tbc"}) | {"true", "false"}
_DATES = frozenset({"due", "closed_on", "published"})
#: Share of its cells that must be status words for a heading that only may name the status
#: ("Outcome", "Assessment": vocab.STATUS_IF_WORDS) to be the status column.
_STATUS_IF_WORDS = 0.6

#: Share of its cells that must be a workflow's numbered stages for a stage heading
#: (vocab.STATUS_STAGE) to be the status column, where they are not status words.
_STAGED = 0.8

#: Words per cell (the median) from which a column holds titles, not a tracker's numbers.
_TITLE_WORDS = 4


def candidates(keys: list[str], side: str, settings: SideSettings,
               profiles: list[Profile] | None = None) -> list[tuple[float, int, int, str, str]]:
    """Every (score, field order, column, field, why) claim, best first."""
    out = []
    fields = {f: i for i, f in enumerate(vocab.FIELDS)}
    # A column whose heading names the text and which holds free text: a column found by
    # its content alone ("Evidence of completion") comes after it.
    named_text = profiles is not None and any(
        col < len(profiles) and looks_like_text(profiles[col])
        for col, k in enumerate(keys) for fld, _, _ in header_claims(k, side) if fld == "text")
    for col, fld in _config_cols(keys, settings).items():
        out.append((CONFIG, fields[fld], col, fld, "config"))
    for col, k in enumerate(keys):
        p = profiles[col] if profiles and col < len(profiles) else None
        claimed = set()
        for fld, score, why in header_claims(k, side):
            weighed = _weigh(fld, score, p)
            if (fld == "status" and k in vocab.STATUS_IF_WORDS and p is not None and p.filled
                    and p.status_words < _STATUS_IF_WORDS):
                weighed = None    # a panel's "Outcome" of "Accepted" / "Returned": no status
            if (fld == "status" and k in vocab.STATUS_STAGE and p is not None and p.filled
                    and p.status_words < _STATUS_IF_WORDS and p.staged < _STAGED):
                weighed = None    # a project's "Stage" (Plan, Deliver, Embed): no status
            if weighed is not None:
                claimed.add(fld)
                out.append((weighed, fields[fld], col, fld, why if weighed >= score or p is None
                            else f"{why}, though {p.says()}"))
        if p is not None and "report" not in claimed and p.labelled >= 0.5:
            out.append((CONTENT, fields["report"], col, "report",
                        f"by content: a report's name and an id in brackets on "
                        f"{p.labelled:.0%} of {p.filled} rows"))
        elif p is not None and "report" not in claimed and names_reports(p):
            out.append((CONTENT - 5, fields["report"], col, "report",
                        f"by content: a report's name on {p.reported:.0%} of {p.filled} rows, "
                        f"{p.distinct} different"))
        if p is not None and "status" not in claimed and says_status(p):
            out.append((CONTENT, fields["status"], col, "status",
                        f"by content: status words on {p.status_words:.0%} of {p.filled} rows"))
        if p is not None and "type" not in claimed and says_type(p):
            # A report server's "Textbox47": the type by what it holds.
            out.append((CONTENT - 5, fields["type"], col, "type",
                        f"by content: type words on {p.type_words:.0%} of {p.filled} rows"))
        if p is not None and "text" not in claimed and looks_like_text(p):
            if p.dated >= 0.5:
                # Notes each starting with the date written: a log of progress, not the text.
                if "progress" not in claimed:
                    out.append((CONTENT, fields["progress"], col, "progress",
                                f"by content: notes starting with a date on {p.dated:.0%} of "
                                f"{p.filled} rows"))
            else:
                out.append((CONTENT + 20 * p.free_text - _NAMED_FIRST * named_text,
                            fields["text"], col, "text", f"by content: {p.says()}"))
    out.sort(key=lambda t: (-t[0], t[1], t[2]))
    return out


#: A heading's words for the column that details another: "Source" | "Source detail".
_DETAIL = (" detail", " details", " name", " title")
#: A report column of so few values (and fewer than its detail's) is a category of sources.
_CATEGORIES = 8


def _report_detail(keys: list[str], profiles: list[Profile], chosen: Choice, taken: set[int]
                   ) -> Choice:
    """The report column, or the column detailing it: a "Source" of a few categories
    ("HMICFRS National", "HMICFRS PEEL", "Internal audit") beside a "Source detail" naming
    each row's report ("Policing in Austerity 2014 - Rec 1") holds the report in the detail."""
    stem, p = keys[chosen.col], profiles[chosen.col]
    if not stem or p.distinct > _CATEGORIES:
        return chosen
    for col, k in enumerate(keys):
        if col in taken or col >= len(profiles) or k not in {stem + d for d in _DETAIL}:
            continue
        q = profiles[col]
        if q.filled >= max(_LEAST_DETAIL, 0.5 * p.filled) and q.distinct > p.distinct and (
                q.words <= _LABEL_WORDS):
            return Choice(col, f"the detail of '{stem}', whose {p.distinct} values name "
                               f"categories of source; {q.says()}", (chosen.col, chosen.why))
    return chosen


#: Rows a detail column fills before it is read.
_LEAST_DETAIL = 3


def assign(keys: list[str], side: str, settings: SideSettings,
           profiles: list[Profile] | None = None) -> dict[str, Choice]:
    """Field -> its column: the best claims first, one field per column, one column per field.

    Without profiles (choosing among rows for the header) the headings alone decide.
    """
    claims = candidates(keys, side, settings, profiles)
    taken: dict[int, str] = {}
    chosen: dict[str, tuple[int, str]] = {}
    for _, _, col, fld, why in claims:
        if col not in taken and fld not in chosen:
            taken[col] = fld
            chosen[fld] = (col, why)
    out = {}
    for fld in sorted(chosen, key=vocab.FIELDS.index):
        col, why = chosen[fld]
        other = next(((c, w) for _, _, c, f, w in claims if f == fld and c != col), None)
        if profiles and why in ("header word", "header keyword") and col < len(profiles):
            why = f"{why}; {profiles[col].says()}"
        out[fld] = Choice(col, why, other)
    if profiles and "report" in out and out["report"].why != "config":
        out["report"] = _report_detail(keys, profiles, out["report"], set(taken))
    # The config names the force's reference column but the sheet lacks it: no guessing one.
    if (side == "force" and "ref" in settings.columns and "ref" in out
            and out["ref"].why != "config"):
        del out["ref"]
    return out
