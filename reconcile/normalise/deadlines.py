"""Deadlines a text states (timescales: "within six months", "by March 2019"), the due date
they give, and the figures it states."""

from __future__ import annotations

import contextlib
import re
from datetime import date

from dateutil.relativedelta import relativedelta

from .text import clean_display, strip_stems

_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
#: A tracker's short months ("by Sept 2018", "by 31 Aug 2015"), each read as its full name.
_SHORT_MONTHS = {"jan": "january", "feb": "february", "mar": "march", "apr": "april",
                 "jun": "june", "jul": "july", "aug": "august", "sep": "september",
                 "sept": "september", "oct": "october", "nov": "november", "dec": "december"}
_ANY_MONTH = rf"{_MONTHS}|(?:{'|'.join(sorted(_SHORT_MONTHS, key=len, reverse=True))})\.?"
_SMALL = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_WORD_VALUE = {w: k for k, w in enumerate(_SMALL, start=1)} | {
    w: 10 * k for k, w in enumerate(_TENS, start=2)} | {"a": 1, "an": 1}
#: A count in figures or words: '6', 'six', 'twenty-four', 'ninety', 'a' (month).
_COUNT = (r"\d+|(?:" + "|".join(_TENS) + r")(?:[- ](?:" + "|".join(_SMALL[:9]) + r"))?|"
          + "|".join(sorted(_SMALL, key=len, reverse=True)) + r"|an?")
_BY_WORDS = r"(?:by|before|not later than|no later than)(?: the| the very)?(?: end of)?"
_TIMESCALE = re.compile(
    r"\b(?:(?P<now>immediately)"
    # "within six months", "in the next twelve months", "over the next 90 days", "ten weeks"
    rf"|(?:(?:within|in)(?: the (?:next|first|coming))? |over the (?:next|coming) )?(?P<n>{_COUNT})"
    r" (?:calendar )?(?P<unit>day|week|month|year)s?(?='|\b)(?! (?:ago|earlier|before))"
    # "by 31 March 2019", "by the end of March 2019", "not later than March 2019"
    rf"|{_BY_WORDS} (?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?)?(?P<m>{_ANY_MONTH}),? (?P<y>\d{{4}})"
    # "… on an annual basis, from July 2018.": a duty that starts on a date, ending the
    # sentence (not "incidents from April 2016 to March 2017", a period)
    rf"|(?:from|with effect from|starting(?: from)?|commencing) (?:(?P<fd>\d{{1,2}})(?:st|nd|rd|th)? "
    rf"(?:of )?)?(?P<fm>{_MONTHS}),? (?P<fyr>\d{{4}})(?=\s*(?:[.;]|$))"
    # "by 31/03/2015", "not later than 31.3.15": a day written in figures, day first
    rf"|{_BY_WORDS} (?P<nd>\d{{1,2}})[/.](?P<nm>0?[1-9]|1[0-2])[/.](?P<ny>(?:19|20)?\d\d)(?![\d/.]\d)"
    # "by the end of the 2019/20 financial year", "by end of 2019/20"
    rf"|{_BY_WORDS}(?: the)? (?P<fy>20\d\d)[/-](?:20)?\d\d(?: financial year)?"
    # "by end of 2019"
    rf"|{_BY_WORDS}(?: the)?(?: calendar year)? (?P<year>(?:19|20)\d\d)(?![/-]\d)"
    # "in the next financial year", "by the end of next financial year"
    r"|(?:in|during|within|over|by|before)(?: the)?(?: end of)?(?: the)? (?P<next>next) financial year"
    # "by the end of the financial year", "by the end of this financial year"
    rf"|{_BY_WORDS}(?: the| this| the current)? (?P<this>financial) year)\b",
    re.IGNORECASE)
#: The same, for lower-case ASCII text, where ignoring case changes nothing but costs time.
#: Not for other text: ignoring case, 'ı' matches 'i'.
TIMESCALE_LOWER = re.compile(_TIMESCALE.pattern)
#: A bare count and unit ("ten weeks") is a timescale only where a deadline is meant:
#: "within", "in the next" before it, or "of publication" / "from" after it.
_DEADLINE_AFTER = re.compile(r"\s*(?:of|from|after|following)\b")


def timescales(text: object) -> tuple[str, ...]:
    """Deadlines written in the text, canonical ('within 6 months', 'by september 2018',
    'by end of next financial year')."""
    return display_timescales(clean_display(text))


def _count(word: str) -> int:
    if word.isdigit():
        return int(word)
    head, _, tail = word.replace("-", " ").partition(" ")
    return _WORD_VALUE[head] + (_WORD_VALUE[tail] if tail else 0)


def _canonical(m: re.Match, text: str) -> str:
    """One way to write each deadline, so that two texts are compared on what they mean."""
    g = m.groupdict()
    if g["now"]:
        return "immediately"
    if g["n"]:
        n = _count(g["n"])
        led = m.group(0).split()[0] in ("within", "in", "over")
        if not led and not _DEADLINE_AFTER.match(text, m.end()):
            return ""   # "for two years", "the last six months": a period, not a deadline
        return f"within {n} {g['unit']}{'s' if n != 1 else ''}"
    if g["m"]:
        month = g["m"].rstrip(".")
        return " ".join(p for p in ("by", g["d"], _SHORT_MONTHS.get(month, month), g["y"]) if p)
    if g["fm"]:
        return " ".join(p for p in ("from", g["fd"], g["fm"].lower(), g["fyr"]) if p)
    if g["nd"]:
        year = g["ny"] if len(g["ny"]) == 4 else f"20{g['ny']}"
        return f"by {int(g['nd'])} {_MONTHS.split('|')[int(g['nm']) - 1]} {year}"
    if g["fy"]:
        return f"by march {int(g['fy']) + 1}"
    if g["year"]:
        return f"by december {g['year']}"
    return "by end of next financial year" if g["next"] else "by end of financial year"


#: Every timescale names one of these: most texts name none, and skip the long pattern.
_TIMESCALE_HINT = re.compile(rf"immediately|day|week|month|year|(?:19|20)\d\d|{_MONTHS}|\d[/.]\d",
                             re.IGNORECASE)
#: The same for lower-case ASCII text, and stricter: each of those words where the pattern
#: can start or end a word there ("day" in "everyday" is none). Five times quicker to ask.
TIMESCALE_HINT_LOWER = re.compile(
    rf"\b(?:immediately|(?:day|week|month|year)s?\b|(?:{_MONTHS})\b|(?:19|20)\d\d)|\d[/.]\d")


def display_timescales(display: str) -> tuple[str, ...]:
    lower = " ".join(display.lower().split())
    if lower.isascii():
        if not TIMESCALE_HINT_LOWER.search(lower):
            return ()
        pattern = TIMESCALE_LOWER
    elif _TIMESCALE_HINT.search(display):
        pattern = _TIMESCALE
    else:
        return ()
    found = []
    for m in pattern.finditer(lower):
        phrase = _canonical(m, lower)
        if phrase and phrase not in found:
            found.append(phrase)
    return tuple(found)


_MONTH_NO = {m: k for k, m in enumerate(_MONTHS.split("|"), start=1)}
_WITHIN = re.compile(r"within (\d+) (day|week|month|year)s?")
_BY = re.compile(rf"(?:by|from) (?:(\d{{1,2}}) )?({_MONTHS}) (\d{{4}})")
#: Added to the 1st of a month: its last day.
_MONTH_END = relativedelta(day=31)


def _financial_year_end(published: date, ahead: int) -> date:
    """31 March ending the UK financial year (April to March) `published` falls in, plus
    `ahead` years."""
    return date(published.year + (published.month > 3) + ahead, 3, 31)


def phrase_due(published: date | None, phrase: str) -> date | None:
    """The deadline one canonical timescale sets, or None (relative and no publication date,
    or a date no calendar holds)."""
    # A deadline no calendar holds ("within 9000 years", "by February 0000", a typo for
    # 2020) sets no due date: the text is still shown as written.
    with contextlib.suppress(ValueError, OverflowError):
        if m := _BY.fullmatch(phrase):
            year, month = int(m.group(3)), _MONTH_NO[m.group(2)]
            day = int(m.group(1)) if m.group(1) else (date(year, month, 1) + _MONTH_END).day
            return date(year, month, day)
        if not published:
            return None
        if phrase == "immediately":
            return published
        if m := _WITHIN.fullmatch(phrase):
            # Calendar months, the day kept or brought back to the month's end
            # (31 August + 6 months = 28 February), as pd.DateOffset counts them.
            return published + relativedelta(**{f"{m.group(2)}s": int(m.group(1))})
        if phrase.endswith("financial year"):
            return _financial_year_end(published, 1 if "next" in phrase else 0)
    return None


def due_date(published: date | None, scales: tuple[str, ...]) -> date | None:
    """The deadline a timescale sets: 'within 6 months' of publication, 'by september 2018'.

    The earliest, when a text sets several. None when there is no timescale, or a relative one
    and no publication date.
    """
    found = [d for d in (phrase_due(published, p) for p in scales) if d]
    return min(found) if found else None


_NUMBER = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)(\s*%|\s*per\s*cent)?(?![\w.]*\d)")
_DIGIT = re.compile(r"\d")
_DAY_IN_FIGURES = re.compile(r"(?<![\d/.])\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d\d(?![\d/.]*\d)")
_YEAR = re.compile(r"(19|20)\d\d")


def numbers(text: object) -> tuple[str, ...]:
    """Figures in the text ('10%', '45'), years, timescales and ID prefixes aside.

    A figure on one side only (a dropped detail, a stray footnote) is not a conflict; two
    different figures are ("less than 10%" vs "less than 15%").
    """
    return display_numbers(clean_display(text))


def display_numbers(display: str) -> tuple[str, ...]:
    if not _DIGIT.search(display):   # no figure at all, as in most texts
        return ()
    body = _without_timescales(strip_stems(display))
    body = _DAY_IN_FIGURES.sub(" ", body)         # "reviewed 14/02/2023": a date, no figure
    found = []
    for m in _NUMBER.finditer(body):
        value = m.group(1)
        if _YEAR.fullmatch(value):
            continue
        found.append(value + ("%" if m.group(2) else ""))
    return tuple(dict.fromkeys(found))


def _without_timescales(text: str) -> str:
    """The text with each timescale replaced by a space, its case kept ("Per cent" is not
    "per cent" to _NUMBER). ASCII text is searched lower-cased with the quicker patterns: the
    same matches, at the same places, as ignoring case."""
    if not text.isascii():
        return _TIMESCALE.sub(" ", text) if _TIMESCALE_HINT.search(text) else text
    lower = text.lower()
    if not TIMESCALE_HINT_LOWER.search(lower):
        return text
    pieces, last = [], 0
    for m in TIMESCALE_LOWER.finditer(lower):
        pieces.append(text[last:m.start()])
        last = m.end()
    pieces.append(text[last:])
    return " ".join(pieces)
