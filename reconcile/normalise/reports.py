"""Report names as keys: 'PEEL Legit 17' and 'PEEL: Police legitimacy 2017' are one report."""

from __future__ import annotations

import re
from functools import lru_cache

from .text import clean_display, norm_text

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
