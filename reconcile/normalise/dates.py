"""Dates as people type them (UK day first, month names, Excel serials) read once, here."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from numbers import Real

import pandas as pd

#: A date as people write one out in a cell ("03/02/2025", "2025-02-03", "12 Dec 2024"):
#: what notes, status histories and status cells start with or hold.
WRITTEN_DATE = (r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{4}-\d{2}-\d{2}|"
                r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?\s+\d{2,4}")

_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")
#: Misspellings seen in real trackers, beside the names and their abbreviations.
_MONTH_TYPOS = {"febuary": 2, "feburary": 2, "febraury": 2, "septmber": 9, "setpember": 9,
                "ocotber": 10, "novmber": 11, "decmber": 12}
_D = r"(\d{1,2})(?:st|nd|rd|th)?"
_M = r"([A-Za-z]{3,9})\.?"
_DATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ymd", re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")),                  # 2017-02-09
    ("dmy", re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\d/])")),
    ("d_name_y", re.compile(rf"\b{_D}[\s-]+(?:of\s+)?{_M},?[\s-]+'?(\d{{4}}|\d{{2}})(?!\d)",
                            re.IGNORECASE)),                                    # 9th February 2017
    ("name_d_y", re.compile(rf"\b{_M}\s+{_D},?\s+(\d{{4}})(?!\d)", re.IGNORECASE)),  # Feb 9, 2017
    # "December 2019", "Dec-19", "March '19"; not "March 19", which may be a day.
    ("name_y", re.compile(rf"\b{_M}(?:[\s,]+(\d{{4}})|\s*[-']\s*(\d{{4}}|\d{{2}}))(?!\d)",
                          re.IGNORECASE)),
    ("m_y", re.compile(r"(?<![\d/])(\d{1,2})/(\d{4})(?![\d/])")),                   # 12/2019
)
_SERIAL = re.compile(r"\s*\d{5}(?:\.\d+)?\s*")
#: A date stored as year, month and day run together: "20180322" (WordPress's date fields).
_COMPACT = re.compile(r"\s*((?:19|20)\d{2})(\d{2})(\d{2})\s*")
_EXCEL_EPOCH = date(1899, 12, 30)


def _month(word: str) -> int | None:
    w = word.lower()
    if w in _MONTH_TYPOS:
        return _MONTH_TYPOS[w]
    return next((i for i, name in enumerate(_MONTH_NAMES, start=1) if name.startswith(w)), None)


def _year(text: str) -> int:
    y = int(text)
    if len(text) == 2:
        y += 2000 if y < 70 else 1900
    return y


def _make(y: int, m: int, d: int) -> date | None:
    if not 1950 <= y <= 2100:  # Excel's zero date and typos such as 0219 are not dates
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _from_match(kind: str, g: tuple[str, ...]) -> date | None:
    if kind == "ymd":
        return _make(int(g[0]), int(g[1]), int(g[2]))
    if kind == "dmy":
        day, month, year = int(g[0]), int(g[1]), _year(g[2])
        # Day first, as in the UK; month first only where day first is impossible (10/29/2015).
        return _make(year, month, day) or (_make(year, day, month) if month > 12 else None)
    if kind == "d_name_y":
        m = _month(g[1])
        return _make(_year(g[2]), m, int(g[0])) if m else None
    if kind == "name_d_y":
        m = _month(g[0])
        return _make(int(g[2]), m, int(g[1])) if m else None
    if kind == "name_y":
        m = _month(g[0])
        return _make(_year(g[1] or g[2]), m, 1) if m else None
    return _make(int(g[1]), int(g[0]), 1)  # m_y


def parse_date(value: object) -> date | None:
    """Lenient: Excel dates and serials, '9th February 2017', '29/10/2015', '30 Sep 2023',
    'Dec-19', 'December 2019' (its first day), 'revised to 31/03/2019' (the first date in it).

    Day-first, as in the UK. Returns None for anything else ("No deadline set by HMICFRS",
    "TBC", a time of day, a bare year): the caller keeps the raw value and flags it.
    """
    if value is None or isinstance(value, (bool, time, timedelta)):
        return None
    if isinstance(value, datetime):
        return None if value is pd.NaT else value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, Real) and value == value and 19500101 <= value <= 21001231 and (
            value == int(value)):
        return parse_date(str(int(value)))     # 20180322: a CMS's date field, as stored
    if isinstance(value, Real):
        if value != value or not 20000 < value < 80000:  # NaN; outside 1954-2119 as a serial
            return None
        return _EXCEL_EPOCH + timedelta(days=int(value))
    text = str(value)
    if not any(ch.isdigit() for ch in text):
        return None
    if _SERIAL.fullmatch(text):
        return parse_date(float(text))
    if m := _COMPACT.fullmatch(text):
        return _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    for kind, pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            found = _from_match(kind, m.groups())
            if found:
                return found
    return None
