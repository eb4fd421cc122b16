"""A label before an item's words that names its report: an action log or a board's paper
keeps no report column, and writes "CDI inspection 2021 (HMICFRS) – Rec 1, bullet 3 of 5:
multiple crimes are always recorded …", "HMICFRS PEEL 2021/22 AFI – make sure our …" or
"Following the HMICFRS custody inspection (2022): children in custody …".

With no report of its own, such a row is filed under the report its label names (the words
before the first dash, a date in brackets kept, other asides dropped). Only when three rows
or more are labelled so: one label alone may be a note. normalise's stems take the label off
the text it compares (text.LABEL)."""

from __future__ import annotations

import re

import pandas as pd

from ..normalise.text import LABEL, clean_display

#: Rows labelled so, at least, before their labels are read as reports.
_LABELLED = 3
_ASIDE = re.compile(r"\s*\(([^()]*)\)")
_DATE = re.compile(r"(?:\d{1,2}\s+)?(?:[A-Za-z]{3,9}\.?\s+)?(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?$")
_HEAD = re.compile(r"\s+-\s+|:")
_LEAD = re.compile(r"^(?:following|further to|arising from|from)\s+(?:the\s+)?", re.IGNORECASE)


def label_report(text: object) -> str:
    """The report a text's label names ('CDI inspection 2021'), or ''."""
    if not isinstance(text, str):
        return ""
    shown = clean_display(text)           # one space, plain dashes
    m = LABEL.match(shown.lower())
    if not m:
        return ""
    label = shown[:m.end()]
    head = _HEAD.split(label, maxsplit=1)[0]
    head = _ASIDE.sub(lambda a: " " + _date_of(a.group(1)), head)
    return " ".join(_LEAD.sub("", head).split())


def _date_of(aside: str) -> str:
    """The date an aside gives ('HMICFRS, Feb 2021' -> 'Feb 2021'), or ''."""
    words = re.sub(r"^\s*hmic(?:frs)?\s*,?\s*", "", aside, flags=re.IGNORECASE).strip()
    return words if _DATE.fullmatch(words) else ""


def reports_from_labels(items: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    """Items with no report of their own, filed under the report their label names; and a
    note of it, or ''."""
    named = [label_report(t) if not isinstance(r, str) or not r.strip() else ""
             for t, r in zip(items["text"].tolist(), items["report"].tolist(), strict=True)]
    if sum(bool(n) for n in named) < _LABELLED:
        return items, ""
    out = items.copy()
    out["report"] = [n or r for n, r in zip(named, items["report"].tolist(), strict=True)]
    k = next(k for k, n in enumerate(named) if n)
    return out, (f"no report given: {sum(bool(n) for n in named)} rows' reports read from the "
                 f"label before their words ('{items['text'].iat[k][:60]}…' is {named[k]})")
