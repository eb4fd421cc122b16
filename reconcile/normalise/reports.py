"""Report names as keys: 'PEEL Legit 17' and 'PEEL: Police legitimacy 2017' are one report."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import vocab
from .dates import parse_date
from .text import clean_display, norm_text

_REPORT_NOISE = re.compile(
    r"\b(published|publication|report|an inspection of|inspection of|inspection|hmicfrs|hmic|"
    r"the|this|of|and|a|an|in|on|to|for|by|national|thematic|integrated|assessment|all|forces|"
    r"various|police|england|wales|other|reports|miscellaneous|misc|general|local|assessments|"
    # A tracker's block heading names what its rows are, not which report ("HMICFRS Inspection
    # 2018/19 - outstanding AFIs carried forward"): only its year tells.
    r"areas?|improvements?|afis?|recommendations?|causes?|concerns?|coc|cfc|outstanding|carried|items?|"
    r"forward|actions?|related|round|constabulary)\b")
#: A heading's count of the report's items ("– 10 areas for improvement", "3 recs").
_COUNT = re.compile(r"\b\d{1,3}\s+(?=(?:areas?|afis?|recommendations?|recs?|causes?|items?)\b)")
#: A bracketed note on the report's items ("(AFI 1 and AFI 9 closed)", "(3 recs open)") names
#: no report.
_ITEMS_NOTE = re.compile(r"\((?=[^()]*\b(?:afis?|recs?|recommendations?|areas? for improvement|"
                         r"causes? of concern|closed|open|complete[d]?|outstanding|superseded)\b)"
                         r"[^()]*\)", re.IGNORECASE)
#: A fire inspection's round ("Round 3 2023-25") is told by its year, not its number.
_ROUND = re.compile(r"\bround\s+\d{1,2}\b")
_FORCE_NAMES = re.compile(r"\b(" + "|".join(sorted(vocab.FORCE_NAMES, key=len, reverse=True))
                          + r")\b")
#: A force's short name in brackets after a report's: "PEEL 21/22 (Cambs)", "(Herts)".
_FORCE_SHORT_NOTE = re.compile(r"\(\s*(?:" + "|".join(sorted(vocab.FORCE_SHORT, key=len, reverse=True))
                               + r")\s*\)", re.IGNORECASE)
_REPORT_ABBREV = {"ncpi": "national child protection inspection",
                  "legit": "legitimacy", "effic": "efficiency",
                  # "PEEL Eff 17" is either pillar: it rules neither out.
                  "eff": "effectiveness efficiency",
                  "cdi": "crime data integrity", "da": "domestic abuse",
                  "msht": "modern slavery human trafficking", "frs": "fire rescue service"}


_FORCE_SUFFIX = re.compile(r"(?:\s+-|:)\s+[^-:]{2,60}?\b(?:police|constabulary|police service|"
                           r"fire and rescue(?: service| authority)?|fire & rescue(?: service)?)"
                           r"\s*$", re.IGNORECASE)
_COUNTED = re.compile(r"\b(?:makes|made|contains|contained|includes|identifies|identified|sets out)"
                      r"\s+(?:\d+|no|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                      r"twelve)\b.*$")
_ITEM_NUMBER = re.compile(r"[\s,:;-]+(?:rec(?:ommendation)?|afi|area for improvement|"
                          r"cause (?:of|for) concern|coc|cfc)\s*\d{1,3}[a-z]?$", re.IGNORECASE)
#: Words that tell the reports of a series apart, which trackers shorten ("PEEL Effec 14").
_FACETS = ("effectiveness", "efficiency", "legitimacy")


_MON = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
#: When a report name says it was published: "(Mar 18)", "(Mar-17)", "(published 9 November
#: 2017)", "– published 11/02/2016". A month then a two-digit year is a publication date, not
#: the year the report is known by ("PEEL: Effectiveness (Mar 18)" is the 2017 series).
_PUBLISHED = re.compile(
    rf"\(\s*(?:published\s*:?\s*)?((?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MON}[\s\-/']*(?:\d{{4}}|\d{{2}}))\s*\)"
    rf"|\b(?:published|publication date|pub(?:'d|\.|\b))\s*:?\s*(?:on\s+)?"
    rf"((?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MON}[\s\-/',]*\d{{4}}"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}/\d{4})", re.IGNORECASE)


def published_text(value: object) -> str | None:
    """The publication date a report name or details row states, as written ("11/02/2016",
    "Mar 18", "09 July 2013"), or None."""
    m = _PUBLISHED.search(value) if isinstance(value, str) else None
    return (m.group(1) or m.group(2)).strip() if m else None


#: "– published June 2016" and all after it; or a bare date after a dash ("HMICFRS/HMIP
#: unannounced custody inspection – Aug 2018").
_PUBLISHED_TAIL = re.compile(r"\s*[-–—:,(]?\s*\(?\s*published\b.*$", re.IGNORECASE)
_DATE_TAIL = re.compile(rf"\s+[-–—]\s*((?:\d{{1,2}}\s+)?{_MON}\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{4}})\s*$",
                        re.IGNORECASE)


def published_tail(text: str) -> tuple[str, str] | None:
    """(the name before it, the date as written) when a text ends saying when its report was
    published ("National Child Protection Inspection – published June 2016", "… – Aug
    2018"), else None."""
    if re.search(r"\bpublished\b", text, re.IGNORECASE) and (published := published_text(text)):
        return _PUBLISHED_TAIL.sub("", text), published
    if m := _DATE_TAIL.search(text):
        return text[:m.start()], m.group(1)
    return None


def report_published(value: object) -> object:
    """The publication date a report name states ("PEEL Legit 15 – published 11/02/2016",
    "PEEL: Effectiveness (Mar 18)"), or None."""
    text = published_text(value)
    if text is None:
        return None
    # "Mar 18" in a report's name is March 2018 (the date reader leaves it: it may be a day).
    return parse_date(re.sub(rf"^({_MON})[\s/']+(\d\d)$", r"\1-\2", text, flags=re.IGNORECASE))


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
    """Report name reduced to its telling words, e.g. 'peel police efficiency 2017'; a name
    written in two languages ("Arolygiad PEEL 2021/22 / PEEL inspection 2021/22") is both
    halves' keys, "a | b" (the report signals compare each half and take the closer); so is
    a system's multi-select naming each report of a row holding several items ("Stop &
    Search 2013;Stop & Search 2 (2015)")."""
    text = clean_display(value) if isinstance(value, str) else ""
    halves = _BILINGUAL.split(text)
    if len(halves) != 2:
        halves = _SELECTED.split(text)
    if len(halves) >= 2 and all(len(h.split()) >= 2 for h in halves):
        # Each half a name of its own ("…; published Nov 2017" is a date, not a report).
        keys = list(dict.fromkeys(k for k in map(_one_report_key, halves)
                                  if re.search(r"[a-z]{3}", k)))
        if len(keys) >= 2:
            return " | ".join(keys)
    return _one_report_key(value)


_BILINGUAL = re.compile(r"\s+/\s+")
#: A multi-select's values joined as a system exports them: "A;B", "A; B"; links to several
#: records joined by a comma and no space (Baserow's "PEEL Eff 17,PEEL 2021/22"), where a
#: title's own comma has a space after it.
_SELECTED = re.compile(r"\s*;\s*|(?<=\S),(?=[A-Za-z])")


#: A report named by the file the analyst attached: "HMIC_StopSearch_2013_FINAL.pdf".
_FILE_EXT = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|odt|rtf|msg|html?)\s*$", re.IGNORECASE)
#: What a file name adds that names no report: its version, its state.
_FILE_NOISE = re.compile(r"\b(?:final|draft|v\d+(?:\.\d+)*|version\s*\d*|copy|\(\d+\))(?=\s|$)",
                         re.IGNORECASE)


def file_title(value: str) -> str:
    """A file name as the report's words: 'HMIC_StopSearch_2013_FINAL.pdf' -> 'HMIC Stop Search
    2013', 'NCPI revisit Nov17 FINAL.docx' -> 'NCPI revisit Nov 17'."""
    text = _FILE_NOISE.sub(" ", _FILE_EXT.sub("", value).replace("_", " "))
    text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text)              # StopSearch
    text = re.sub(r"(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z]{3})", " ", text)   # Nov17
    # Hyphens between words ("stolen-freedom-msht-2017"), not in "2018-19".
    text = re.sub(r"(?<=[A-Za-z])-|-(?=[A-Za-z])", " ", text)
    return " ".join(text.split())


#: A system's code for the report's record before its name: "HMI/19/01 PEEL 2018/19" (an
#: audit system's audit number), "AUD-22-07 Custody".
_RECORD_CODE = re.compile(r"^\s*[A-Za-z]{2,6}[/-]\d{2}[/-]\d{1,3}\s+(?=\S)")


#: A banner's word for the report's scope before its name: "FORCE – PEEL 2018/19",
#: "NATIONAL – Stop & Search powers (HMIC 2013)" ("Force action" alone stays the force's own).
_SCOPE_FIRST = re.compile(r"^\s*(?:force|national|local|regional|thematic)\s*[-\u2013\u2014:]\s+(?=\S)",
                          re.IGNORECASE)


#: A linked record with no name, as a database writes it: Baserow's "unnamed row 14",
#: Notion's "Untitled", "(no title)", "(blank)".
_NO_NAME = re.compile(r"\s*(?:unnamed(?:\s+(?:row|record|item|page))?|untitled)(?:\s+\d+)?\s*|"
                      r"\s*\(?\s*(?:no\s+(?:name|title)|blank|empty)\s*\)?\s*", re.IGNORECASE)


def _one_report_key(value: object) -> str:
    if isinstance(value, str) and _NO_NAME.fullmatch(value):
        return ""
    if isinstance(value, str) and (_FILE_EXT.search(value) or "_" in value):
        value = file_title(value)
    # "... – Surrey Police" names the force the report is about, not the report.
    # Its publication date first: "PEEL 2018/19 – West Mercia Police (published May 2019)";
    # an item's number after the name ("HMICFRS - PEEL 2018/19 - Rec 1") names no report.
    text = _ITEM_NUMBER.sub("", _PUBLISHED.sub(" ", clean_display(value)).rstrip(" ,;.-"))
    text = _RECORD_CODE.sub("", text)            # "HMI/19/01 PEEL 2018/19": the system's code
    text = _SCOPE_FIRST.sub("", text)
    text = _FORCE_SUFFIX.sub("", text)
    text = _FORCE_SHORT_NOTE.sub(" ", text)      # "PEEL 21/22 (Cambs)": an alliance's note
    text = _ITEMS_NOTE.sub(" ", text)
    # "2018/19" and "2018-2019" name the year the report series started.
    text = re.sub(r"\b(19|20)(\d\d)\s*[/-]\s*(?:\d\d){1,2}\b", r"\1\2", text)
    # ... and so does "18/19" (and "23/25", PEEL's two-year cycle).
    text = re.sub(r"(?<![\d/-])([1-3]\d)\s*[/-]\s*([1-3]\d)(?![\d/-])",
                  lambda m: f"20{m.group(1)}" if int(m.group(2)) - int(m.group(1)) in (1, 2)
                  else m.group(0), text)
    text = norm_text(text)
    # A report-heading row's blurb ("... Published May 2019 This report makes 11 areas for
    # improvement") counts the report's items: what follows the count names no report.
    text = _COUNTED.sub(" ", text)
    # Two-digit years after a name ("PEEL Legit 17") become four-digit.
    text = re.sub(r"(?<=[a-z] )(\d\d)$", r"20\1", text)
    words = [_report_word(w) for w in text.split()]
    text = _REPORT_NOISE.sub(" ", _FORCE_NAMES.sub(" ", _ROUND.sub(" ", _COUNT.sub(" ", " ".join(words)))))
    # Publication dates inside titles ("9 november 2017") say no more than the year.
    text = re.sub(r"\b\d{1,2}\s+(january|february|march|april|may|june|july|august|september|"
                  r"october|november|december)\b", " ", text)
    text = re.sub(r"\b(january|february|march|april|may|june|july|august|september|october|"
                  r"november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b",
                  " ", text)
    key = " ".join(dict.fromkeys(text.split()))
    # A footnote's number ("2", "[3]") with no key to read it by names no report.
    return "" if key.isdigit() and len(key) < 4 else key


#: A sheet named for a span of years says none of its rows' years: "Reports to 2017",
#: "2018 to 2021", "2022 onwards", "Pre-2019", "Since 2020".
_SPAN = re.compile(r"\b(?:to|until|up\s+to|onwards|before|after|since|pre|post)\b|"
                   r"\b(?:19|20)\d\d\s*(?:-|\u2013|to)\s*(?:19|20)\d\d\b", re.IGNORECASE)


def sheet_year(value: object) -> int | None:
    """The year a sheet is named for ("2021-22", "Round 3 2023-25"), None for a span."""
    return None if _SPAN.search(str(value) if value is not None else "") else report_year(value)


def report_year(value: object) -> int | None:
    """The year a report's key names; none where it names several reports of different
    years ("stop search 2013 | stop search 2 2015"): each may be the row's."""
    found = re.findall(r"\b(?:19|20)\d\d\b", str(value) if value is not None else "")
    if " | " in str(value) and len(set(found)) > 1:
        return None
    return int(found[0]) if found else None
