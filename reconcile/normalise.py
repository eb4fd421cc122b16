"""Canonical forms for comparison: text, report, type, status, dates, timescales.

The original values are never overwritten: normalised columns are added beside them, so the
workbook shows what people typed and the matcher compares what they meant.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from numbers import Real

import pandas as pd
from dateutil.relativedelta import relativedelta

from . import vocab
from .config import SideSettings

# ---------------------------------------------------------------------------------- text

_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"',
                         "„": '"', "–": "-", "—": "-", "‐": "-", "‑": "-", "\u00a0": " "})
_BULLETS = re.compile(r"[•●▪◦‣∙·■□➢➤►\uf0b7\uf0a7]")
_STEMS = [
    # "HMIC recommends that within six months the force should:" keeps its timescale words.
    r"^(?:to address (?:this|the) cause (?:of|for) concern,?\s*)",
    r"^(?:hmic(?:frs)?|hm inspectorate[a-z ]*)\s+recommends\s+(?:that\s+)?",
    r"^(?:recommendation|rec|afi|area for improvement|cause (?:of|for) concern|coc|r|t)\s*"
    r"\d+[a-z]?\s*[-:.)–]\s*",
    r"^(?:recommendation|rec|afi|area for improvement|cause (?:of|for) concern)\s*[-:]\s*",
    r"^\(?\d{1,2}[a-z]?[.)]\s+",
    # "(AFI 3) The force…", "AFI 3 The force…": the force's numbering with no stop after it.
    r"^[(\[]?(?:recommendation|rec|afi|area for improvement|cause (?:of|for) concern|coc|cfc)"
    r"\s*\d+[a-z]?[)\]]?\s+",
    r"^(?:t|r)\d{1,3}\b\s*",
]
_STEM_RES = [re.compile(p, re.IGNORECASE) for p in _STEMS]
#: Any stem at all: most texts carry none, and one failed match is cheaper than six.
_ANY_STEM = re.compile("|".join(f"(?:{p})" for p in _STEMS), re.IGNORECASE)

def clean_display(value: object) -> str:
    """Text as shown to people: unicode tidied, but line breaks and bullets kept."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    text = unicodedata.normalize("NFKC", str(value))
    if not text.isascii():   # every character _QUOTES maps is non-ASCII; translate is slow
        text = text.translate(_QUOTES)
    if "\n" not in text and "\r" not in text:   # one line, as most cells are
        return " ".join(text.split())
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(line for line in lines if line)


def strip_stems(text: str) -> str:
    """Remove ID prefixes and boilerplate stems that only one side tends to carry."""
    # No stem starts with ' ', ':' or '-': if none starts the stripped text, none ever matches.
    stripped = text.lstrip(" :-")
    if not _ANY_STEM.match(stripped):
        return stripped
    previous = None
    while previous != text:
        previous = text
        for rx in _STEM_RES:
            m = rx.match(text)   # anchored: a match and a slice, not a substitution
            if m:
                text = text[m.end():]
            text = text.lstrip(" :-")
    return text


#: A substring each phrase pattern cannot match without. re cannot search quickly for a
#: pattern that starts with \b, and most texts hold none of these; a pattern not listed
#: here (a new one in vocab) is always tried.
_PHRASE_NEEDS = {r"\bs\s*&\s*s\b": "&", r"\bs\s*/\s*s\b": "/", r"\bincl\b\.?": "incl",
                 r"\be\.\s?g\.?": "e.", r"\bi\.\s?e\.?": "i.", r"\bw/": "w/",
                 r"\bdept\b\.?": "dept"}
_PHRASES = [(re.compile(p), r, _PHRASE_NEEDS.get(p, "")) for p, r in vocab.PHRASES]


def norm_text(value: object) -> str:
    """Comparison form: lower case, no punctuation or bullets, stems removed, one space."""
    return _norm(clean_display(value))


def _norm(display: str) -> str:
    text = display.lower()
    for pattern, replacement, needs in _PHRASES:
        if needs in text:
            text = pattern.sub(replacement, text)
    if not text.isascii():   # the bullets are all non-ASCII
        text = _BULLETS.sub(" ", text)
    text = text.replace("\n", " ").replace("&", " and ")
    text = strip_stems(" ".join(text.split()))
    words = _NOT_WORD.sub(" ", text).replace("'", "").split()
    if not vocab.ABBREVIATIONS.keys().isdisjoint(words):
        words = [vocab.ABBREVIATIONS.get(w, w) for w in words]
    return " ".join(words)


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer  # PyStemmer: the Snowball stemmers in C

    return Stemmer.Stemmer("english")


def tokens(text_norm: str) -> tuple[str, ...]:
    """Telling words of a normalised text, stemmed ('victims' = 'victim'), common words out."""
    words = [w for w in text_norm.split() if w not in vocab.STOPWORDS and len(w) > 1]
    return tuple(dict.fromkeys(_stemmer().stemWords(words)))


# ---------------------------------------------------------------------------- references


def ref_key(value: object) -> str:
    """An HMICFRS reference for comparison: '8803', '8803.0', 'Ref 08803', 'HMICFRS 8803',
    '#8803', 'Ref no. 8803' and 'HMIC-8803' are one key.

    The register's ids are plain integers: words that only say "this is a reference" are
    dropped, so a prefix one side writes and the other does not changes nothing.
    """
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    text = _POINT_ZERO.sub("", str(value).strip().lower())
    if m := _PREFIXED_REF.fullmatch(text):
        text = m.group(1)
    return _NOT_REF.sub("", text).lstrip("0")


_POINT_ZERO = re.compile(r"\.0$")
_NOT_REF = re.compile(r"[^0-9a-z]")
#: Words that only name a reference, before its number: "HMICFRS ref no. 1234", "#1234".
_REF_WORDS = r"(?:hmicfrs|hmic|ref(?:erence)?|nos?|number|num|id|urn|register)"
_PREFIXED_REF = re.compile(rf"(?:{_REF_WORDS}|[\s#:.\-/_()\[\]])+\s*(\d+)[\s.:)\]]*")


# ------------------------------------------------------------------------------- reports

_REPORT_NOISE = re.compile(
    r"\b(published|publication|report|an inspection of|inspection of|inspection|hmicfrs|hmic|"
    r"the|of|and|a|an|in|on|to|for|by|national|thematic|integrated|assessment|all|forces|"
    r"various|police|england|wales|other|reports|miscellaneous|misc|general|local)\b")
_REPORT_ABBREV = {"ncpi": "national child protection inspection",
                  "legit": "legitimacy", "eff": "effectiveness", "effic": "efficiency",
                  "cdi": "crime data integrity", "da": "domestic abuse",
                  "msht": "modern slavery human trafficking"}


_FORCE_SUFFIX = re.compile(r"\s+-\s+[^-]{2,60}?\b(?:police|constabulary|police service|"
                           r"fire and rescue(?: service| authority)?|fire & rescue(?: service)?)"
                           r"\s*$", re.IGNORECASE)
#: Words that tell the reports of a series apart, which trackers shorten ("PEEL Effec 14").
_FACETS = ("effectiveness", "efficiency", "legitimacy")


@lru_cache(maxsize=4096)
def _report_word(word: str) -> str:
    """A shortened report word written out: 'effec' is effectiveness, 'legit' legitimacy."""
    if word in _REPORT_ABBREV:
        return _REPORT_ABBREV[word]
    if len(word) >= 4:
        found = [f for f in _FACETS if f.startswith(word)]
        if len(found) == 1:
            return found[0]
    return word


def report_key(value: object) -> str:
    """Report name reduced to its telling words, e.g. 'peel police efficiency 2017'."""
    # "... – Surrey Police" names the force the report is about, not the report.
    text = _FORCE_SUFFIX.sub("", clean_display(value))
    # "2018/19" and "2018-2019" name the year the report series started.
    text = re.sub(r"\b(19|20)(\d\d)\s*[/-]\s*(?:\d\d){1,2}\b", r"\1\2", text)
    # ... and so does "18/19".
    text = re.sub(r"(?<![\d/-])([1-3]\d)\s*[/-]\s*([1-3]\d)(?![\d/-])",
                  lambda m: f"20{m.group(1)}" if int(m.group(2)) == int(m.group(1)) + 1
                  else m.group(0), text)
    text = norm_text(text)
    # Two-digit years after a name ("PEEL Legit 17") become four-digit.
    text = re.sub(r"(?<=[a-z] )(\d\d)$", r"20\1", text)
    words = [_report_word(w) for w in text.split()]
    text = _REPORT_NOISE.sub(" ", " ".join(words))
    # Publication dates inside titles ("9 november 2017") say no more than the year.
    text = re.sub(r"\b\d{1,2}\s+(january|february|march|april|may|june|july|august|september|"
                  r"october|november|december)\b", " ", text)
    text = re.sub(r"\b(january|february|march|april|may|june|july|august|september|october|"
                  r"november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b",
                  " ", text)
    return " ".join(dict.fromkeys(text.split()))


def report_year(value: object) -> int | None:
    found = re.findall(r"\b(?:19|20)\d\d\b", str(value) if value is not None else "")
    return int(found[0]) if found else None


# -------------------------------------------------------------------------- type, status


def _lookup(table: dict[str, list[str]]) -> dict[str, str]:
    return {vocab.key(word): canonical for canonical, words in table.items() for word in words}


_TYPES = _lookup(vocab.TYPE_WORDS)
#: The force's own numbering names a type: "AFI 3 – …", "AFI3:", "(Rec 2)", "CoC 1 – …",
#: "Recommendation: …"; a number followed by a space will do ("AFI 3 The force should").
_TYPE_PREFIX = re.compile(
    r"^\s*[(\[]?\s*(afis?|areas? (?:for|of) improvement|causes? (?:of|for) concern|coc|cfc|"
    r"rec(?:ommendation)?)\s*(?:\d+[a-z]?(?:\.\d+)?\s*(?:[-:.)\]\u2013\u2014]|(?=\s))"
    r"|[-:.\u2013\u2014])", re.IGNORECASE)


def norm_type(value: object, text: object = "") -> str:
    """Canonical type from the type column, else from a prefix on the text, else ''."""
    return _type_word(value) or _type_prefix(text)


def _type_word(value: object) -> str:
    """The type a type cell names, or ''. A column of a few values: worked out once each."""
    k = vocab.key(value) if value is not None and not pd.isna(value) else ""
    if k in _TYPES:
        return _TYPES[k]
    for word, canonical in _TYPES.items():
        if len(word) > 3 and word in k:
            return canonical
    return ""


def _type_prefix(text: object) -> str:
    m = _TYPE_PREFIX.match(str(text or ""))
    if m:
        found = _TYPES.get(vocab.key(m.group(1)), "")
        # "Cause of concern: … Recommendation: …" in one cell is both; claim neither.
        if found == "cause of concern" and re.search(r"\brecommend", str(text), re.I):
            return ""
        return found
    return ""


def status_table(side: str, settings: SideSettings) -> dict[str, str]:
    """word key -> state, built-in words first and config words on top (config wins)."""
    table = _lookup(vocab.STATUS_WORDS[side])
    for state, words in settings.status.items():
        table.update({vocab.key(w): state for w in words})
    return table


def norm_status(value: object, table: dict[str, str]) -> str:
    """'open', 'closed'/'done', '' (blank) or 'unknown'.

    Whole phrase first, then its leading words ("Open - actions on going on track"), then
    the longest known phrase found anywhere in it ("Status: in progress").
    """
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    k = vocab.key(value)
    if not k:
        return ""
    if k in table:
        return table[k]
    words = k.split()
    for n in range(len(words) - 1, 0, -1):
        head = " ".join(words[:n])
        if head in table and len(head) > 1:
            return table[head]
    padded = f" {k} "
    for word in sorted(table, key=len, reverse=True):
        if len(word) > 2 and f" {word} " in padded:
            return table[word]
    return "unknown"


_STATUS_VALUES = {"hmicfrs": ("open", "closed"), "force": ("open", "done")}
_SIDE_NAMES = {"hmicfrs": "The HMICFRS list", "force": "The force tracker"}


def unknown_status_note(items: pd.DataFrame, side: str, shown: int = 8) -> str:
    """One paragraph naming the status words no table knows, with the config line that
    settles them; '' when there are none. They were counted as open: asked, not guessed."""
    unknown = items.loc[items["state"] == "unknown", "status"]
    if unknown.empty:
        return ""
    words = unknown.map(lambda v: " ".join(str(v).split())).value_counts(sort=True)
    listed = ", ".join(f"'{w}' ({n} row{'s' if n != 1 else ''})"
                       for w, n in words.head(shown).items())
    if len(words) > shown:
        listed += f" and {len(words) - shown} more"
    example = ", ".join(f'"{w}"' for w in words.head(3).index)
    still, gone = _STATUS_VALUES[side]
    return (f"{_SIDE_NAMES[side]} uses status words the tool does not know: {listed}. They "
            f"were counted as {still}, so nothing was closed on a guess. Say what they mean in "
            f"a config file and run again with --config: [{side}.status] {still} = [{example}]"
            f" (or {gone} = [...] for words that mean {gone}).")


# --------------------------------------------------------------------------------- dates

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
    if isinstance(value, Real):
        if value != value or not 20000 < value < 80000:  # NaN; outside 1954-2119 as a serial
            return None
        return _EXCEL_EPOCH + timedelta(days=int(value))
    text = str(value)
    if not any(ch.isdigit() for ch in text):
        return None
    if _SERIAL.fullmatch(text):
        return parse_date(float(text))
    for kind, pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            found = _from_match(kind, m.groups())
            if found:
                return found
    return None


# ---------------------------------------------------------------------------- timescales

_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
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
    rf"|{_BY_WORDS} (?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?)?(?P<m>{_MONTHS}),? (?P<y>\d{{4}})"
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
_TIMESCALE_LOWER = re.compile(_TIMESCALE.pattern)
#: A bare count and unit ("ten weeks") is a timescale only where a deadline is meant:
#: "within", "in the next" before it, or "of publication" / "from" after it.
_DEADLINE_AFTER = re.compile(r"\s*(?:of|from|after|following)\b")
_NOT_WORD = re.compile(r"[^0-9a-z' ]+")


def timescales(text: object) -> tuple[str, ...]:
    """Deadlines written in the text, canonical ('within 6 months', 'by september 2018',
    'by end of next financial year')."""
    return _timescales(clean_display(text))


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
        return " ".join(p for p in ("by", g["d"], g["m"], g["y"]) if p)
    if g["fy"]:
        return f"by march {int(g['fy']) + 1}"
    if g["year"]:
        return f"by december {g['year']}"
    return "by end of next financial year" if g["next"] else "by end of financial year"


#: Every timescale names one of these: most texts name none, and skip the long pattern.
_TIMESCALE_HINT = re.compile(rf"immediately|day|week|month|year|(?:19|20)\d\d|{_MONTHS}",
                             re.IGNORECASE)
#: The same for lower-case ASCII text, and stricter: each of those words where the pattern
#: can start or end a word there ("day" in "everyday" is none). Five times quicker to ask.
_TIMESCALE_HINT_LOWER = re.compile(
    rf"\b(?:immediately|(?:day|week|month|year)s?\b|(?:{_MONTHS})\b|(?:19|20)\d\d)")


def _timescales(display: str) -> tuple[str, ...]:
    lower = " ".join(display.lower().split())
    if lower.isascii():
        if not _TIMESCALE_HINT_LOWER.search(lower):
            return ()
        pattern = _TIMESCALE_LOWER
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
_BY = re.compile(rf"by (?:(\d{{1,2}}) )?({_MONTHS}) (\d{{4}})")
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
_YEAR = re.compile(r"(19|20)\d\d")


def numbers(text: object) -> tuple[str, ...]:
    """Figures in the text ('10%', '45'), years, timescales and ID prefixes aside.

    A figure on one side only (a dropped detail, a stray footnote) is not a conflict; two
    different figures are ("less than 10%" vs "less than 15%").
    """
    return _numbers(clean_display(text))


def _numbers(display: str) -> tuple[str, ...]:
    if not _DIGIT.search(display):   # no figure at all, as in most texts
        return ()
    body = _without_timescales(strip_stems(display))
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
    if not _TIMESCALE_HINT_LOWER.search(lower):
        return text
    pieces, last = [], 0
    for m in _TIMESCALE_LOWER.finditer(lower):
        pieces.append(text[last:m.start()])
        last = m.end()
    pieces.append(text[last:])
    return " ".join(pieces)


# ------------------------------------------------------------------------------ frames


def ref_keys(series: pd.Series) -> list[str]:
    """`ref_key` of a column, once per distinct value."""
    return _each(series, ref_key)


def _each(series: pd.Series, func, *args) -> list:
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


def normalise_items(items: pd.DataFrame, side: str, settings: SideSettings) -> pd.DataFrame:
    """Add the comparison columns to a loaded side. Originals are kept unchanged."""
    table = status_table(side, settings)
    out = items.copy()
    # Work on plain lists: a column of text is a pandas string array, slow to walk item by item.
    # Each text is tidied once; its comparison form, timescales and figures start from that.
    display = _each(items["text"], clean_display)
    text_norm = _each(display, _norm)
    report_keys = _each(items["report"], report_key)
    published = _each(items["published"], parse_date)
    scales = _each(display, _timescales)
    out["text_norm"] = text_norm
    out["report_key"] = report_keys
    out["ref_key"] = ref_keys(items["ref"])
    out["type_norm"] = [word or _type_prefix(text) for word, text
                        in zip(_each(items["type"], _type_word), items["text"], strict=True)]
    out["state"] = _each(items["status"], norm_status, table)
    out["published_date"] = published
    # The year a report is known by ("PEEL effectiveness 2016", published in March 2017)
    # comes from its name first; the publication date only when the name has none.
    out["year"] = pd.array([
        year or (d.year if d else None)
        for d, year in zip(published, _each(report_keys, report_year), strict=True)
    ], dtype="Int64")
    out["timescales"] = scales
    out["numbers"] = _each(display, _numbers)
    # A report's items share its publication date and, mostly, a few timescales.
    pairs = list(zip(published, scales, strict=True))
    dues = {pair: due_date(*pair) for pair in dict.fromkeys(pairs)}
    out["due_date"] = [dues[pair] for pair in pairs]
    out["tokens"] = _each(text_norm, tokens)
    return out
