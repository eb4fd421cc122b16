"""Canonical forms for comparison: text, report, type, status, dates, timescales.

The original values are never overwritten: normalised columns are added beside them, so the
workbook shows what people typed and the matcher compares what they meant. One module per kind
of value; this one adds their columns to a loaded side.
"""

from __future__ import annotations

import re
from datetime import date

import pandas as pd

from ..config import SideSettings
from .addressee import addressees
from .codes import report_in_code, type_in_code
from .concern import by_recommendation
from .dates import WRITTEN_DATE, parse_date
from .deadlines import (
    TIMESCALE_HINT_LOWER,
    TIMESCALE_LOWER,
    display_numbers,
    display_timescales,
    due_date,
    numbers,
    phrase_due,
    timescales,
)
from .forces import aligned_force_keys, force_key, forces_of
from .refs import item_number, numbers_differ, ref_key, ref_set, refs_differ, text_ref
from .reports import (
    published_tail,
    published_text,
    report_key,
    report_published,
    report_year,
    sheet_year,
)
from .text import clean_display, norm_item_text, norm_text, stemmer, strip_stems, tokens
from .types import (
    builtin_statuses,
    key_reading,
    meaning_state,
    norm_status,
    norm_type,
    reads_as_status,
    status_table,
    type_prefix,
    type_word,
    unknown_status_note,
)

#: A sheet named for a year and nothing else: "2022-23", "FY 2023/24", "Year 2021".
_BARE_YEAR = re.compile(r"^\s*(?:fy|year|financial year)?\s*(?:19|20)\d\d"
                        r"(?:\s*[-/]\s*\d{2,4})?\s*$", re.IGNORECASE)
#: Of a later year's sheet, this share of texts on an earlier year's makes them copies.
_CARRIED_SHARE = 0.3


def _carried_by_year(sheets: list[str], years: list[int | None], texts: list[str]) -> bool:
    """Whether the rows sit on sheets named for different years, a later one repeating the
    texts of an earlier one: items copied forward from year to year."""
    by_year: dict[int, set[str]] = {}
    for sheet, year, text in zip(sheets, years, texts, strict=True):
        if year is not None and text:
            if not _BARE_YEAR.match(sheet):
                return False      # "Round 3 2023-25": a round of inspection, its own items
            by_year.setdefault(year, set()).add(text)
    if len(by_year) < 2:
        return False
    order = sorted(by_year)
    seen = by_year[order[0]]
    for year in order[1:]:
        later = by_year[year]
        if len(later & seen) >= _CARRIED_SHARE * len(later):
            return True
        seen = seen | later
    return False


def ref_keys(series: pd.Series) -> list[str]:
    """`ref_key` of a column, once per distinct value."""
    return each_distinct(series, ref_key)


def item_numbers(items: pd.DataFrame) -> list[str]:
    """Each row's number in its report ('afi 3'), from the reference cell when it holds no
    register id, else the row's own number, else the start of its text: a list typed up
    from the reports has no other key, and a force quotes it beside the text."""
    cells = [each_distinct(items[c], item_number) if c in items else [""] * len(items)
             for c in ("ref", "local_ref")]
    texts = each_distinct(items["text"], item_number, True)
    return [a or b or c for a, b, c in zip(*cells, texts, strict=True)]


def each_distinct(series: pd.Series, func, *args) -> list:
    """func over a column, once per distinct value: national lists repeat the same texts.

    Values are told apart by type too: 1, 1.0 and True are equal to Python but are shown,
    and read, differently (a report cell '1' and '1.0'; a date and a datetime).
    """
    done: dict = {}
    out = []
    for v in series:
        k = (type(v), v if isinstance(v, (str, int, float, date, type(None))) else repr(v))
        if k not in done:
            done[k] = func(v, *args)
        out.append(done[k])
    return out


#: A force status that points at another row: "Carried forward to 2023-24", "Moved to Q3".
_ELSEWHERE = re.compile(r"\s*(?:carried|rolled)\s+(?:forward|over)\b|\s*moved\s+to\b",
                        re.IGNORECASE)


def followed_states(row_ids: list[str], states: list[str], follows: list[object]) -> list[str]:
    """Each row's state, a row following others' (`load.pointers`: merged, a duplicate,
    split into sub-actions) taking theirs: done only when all of them are, else the first
    not done; a chain followed to its end, a circle left as written."""
    if not any(isinstance(f, tuple) and f for f in follows):
        return states
    at = {r: k for k, r in enumerate(row_ids)}

    def state(k: int, seen: frozenset[int]) -> str:
        targets = follows[k]
        if not isinstance(targets, tuple) or not targets or k in seen:
            return states[k]
        got = [state(at[t], seen | {k}) for t in targets if t in at]
        if not got:
            return states[k]
        return next((s for s in got if s not in ("closed", "done")), got[0])

    return [state(k, frozenset()) for k in range(len(states))]


def points_elsewhere(status: object) -> bool:
    """A force status that says the item's status is on another row it was carried to."""
    return isinstance(status, str) and bool(_ELSEWHERE.match(status))


#: "Cause of concern: The force's … Recommendation: Within three months …" in one cell.
_CONCERN_THEN_REC = re.compile(r"\s*causes?\s+(?:of|for)\s+concern\b.*\brecommendation\s*[:\-–]",
                               re.IGNORECASE | re.DOTALL)


def concern_then_recommendation(text: object) -> bool:
    """Whether a text is a cause of concern and then its recommendation, in one cell."""
    return bool(_CONCERN_THEN_REC.match(str(text or "")))


def normalise_items(items: pd.DataFrame, side: str, settings: SideSettings,
                    legend: tuple[tuple[str, str], ...] = ()) -> pd.DataFrame:
    """Add the comparison columns to a loaded side. Originals are kept unchanged.
    `legend`: the file's own key to its colours (`status_table`)."""
    table = status_table(side, settings, legend)
    out = items.copy()
    # Work on plain lists: a column of text is a pandas string array, slow to walk item by item.
    # Each text is tidied once; its comparison form, timescales and figures start from that.
    display = each_distinct(items["text"], clean_display)
    text_norm = each_distinct(display, norm_item_text)
    report_keys = each_distinct(items["report"], report_key)
    if side == "force":
        # A row whose report cell names none ("HMICFRS", blank) but whose reference is the
        # force's code for the item ("PEEL 2017 AFI 4"): the code's report is the row's.
        coded = each_distinct(each_distinct(items["ref"], report_in_code), report_key)
        report_keys = [k or c for k, c in zip(report_keys, coded, strict=True)]
    # A date in the report's name ("PEEL Eff 16 (Mar-17)") when no column gives one.
    published = [d or named for d, named in zip(
        each_distinct(items["published"], parse_date),
        each_distinct(items["report"], report_published), strict=True)]
    scales = each_distinct(display, display_timescales)
    # A deadline the force wrote in a column of its own (load/saidwhen.py), where the text
    # states none: the planners cut it out of the wording.
    said = [False] * len(scales)
    if "said_when" in items:
        told = each_distinct(each_distinct(items["said_when"], clean_display), display_timescales)
        said = [bool(t) and not own for own, t in zip(scales, told, strict=True)]
        scales = [t if apart else own for own, t, apart in zip(scales, told, said, strict=True)]
    out["text_norm"] = text_norm
    out["report_key"] = report_keys
    out["ref_key"] = ref_keys(items["ref"])
    out["item_no"] = item_numbers(items)
    out["addressee"] = each_distinct(display, addressees)
    # No type column: the force's numbering before the text ("AFI 3 – …"), else a register
    # code naming it ("PEEL2122-AFI-03").
    # On the list, a cell "Cause of concern: … Recommendation: …" is the recommendation, its
    # concern written before it (a tracker's such cell may be either, and says neither).
    listed = side == "hmicfrs"
    out["type_norm"] = [word or type_prefix(text) or coded or (
                            "recommendation" if listed and concern_then_recommendation(text)
                            else "")
                        for word, text, coded
                        in zip(each_distinct(items["type"], type_word), items["text"],
                               each_distinct(items["ref"], type_in_code), strict=True)]
    out["state"] = each_distinct(items["status"], norm_status, table)
    if side == "force":
        # "Carried forward to 2023-24": the item's status is on the row it was carried to.
        out["state"] = ["" if points_elsewhere(s) else st
                        for s, st in zip(items["status"].tolist(), out["state"], strict=True)]
        if "follows" in items:
            out["state"] = followed_states(items["row_id"].tolist(), out["state"].tolist(),
                                           items["follows"].tolist())
    out["published_date"] = published
    # The year a report is known by ("PEEL effectiveness 2016", published in March 2017)
    # comes from its name first; the publication date only when the name has none.
    name_years = each_distinct(report_keys, report_year)
    out["year"] = pd.array([year or (d.year if d else None)
                            for d, year in zip(published, name_years, strict=True)],
                           dtype="Int64")
    # Each year apart, for comparing like with like (match/reports._year_gap): the name's, the
    # publication's, and the sheet's ("Round 3 2023-25") for rows whose report gives none.
    out["name_year"] = pd.array(name_years, dtype="Int64")
    out["published_year"] = pd.array([d.year if d else None for d in published], dtype="Int64")
    sheet_years = each_distinct(items["sheet"], sheet_year)
    out["sheet_year"] = pd.array(sheet_years, dtype="Int64")
    # Sheets kept one per year with open items copied forward ("2022-23", "2023-24"): the
    # year is when the item was tracked, not its report's (match/reports._years).
    out["sheet_is_period"] = _carried_by_year(items["sheet"].tolist(), sheet_years, text_norm)
    out["timescales"] = scales
    out["said_apart"] = said
    out["numbers"] = each_distinct(display, display_numbers)
    # A report's items share its publication date and, mostly, a few timescales.
    pairs = list(zip(published, scales, strict=True))
    dues = {pair: due_date(*pair) for pair in dict.fromkeys(pairs)}
    out["due_date"] = [dues[pair] for pair in pairs]
    out["tokens"] = each_distinct(text_norm, tokens)
    return out


__all__ = [
    "TIMESCALE_HINT_LOWER",
    "TIMESCALE_LOWER",
    "WRITTEN_DATE",
    "addressees",
    "aligned_force_keys",
    "builtin_statuses",
    "by_recommendation",
    "clean_display",
    "concern_then_recommendation",
    "due_date",
    "force_key",
    "forces_of",
    "item_number",
    "item_numbers",
    "key_reading",
    "meaning_state",
    "norm_item_text",
    "norm_status",
    "norm_text",
    "norm_type",
    "normalise_items",
    "numbers",
    "numbers_differ",
    "parse_date",
    "phrase_due",
    "points_elsewhere",
    "published_tail",
    "published_text",
    "reads_as_status",
    "ref_key",
    "ref_keys",
    "ref_set",
    "refs_differ",
    "report_in_code",
    "report_key",
    "report_published",
    "report_year",
    "status_table",
    "stemmer",
    "strip_stems",
    "text_ref",
    "timescales",
    "tokens",
    "unknown_status_note",
]
