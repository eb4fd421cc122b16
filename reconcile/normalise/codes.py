"""Register ids written as codes ("PEEL-2023-CAM-AFI-04"), as keys on both sides.

The online register numbers items with plain integers (`refs.one_ref_key`), and a force's
own codes ("PEEL21-AFI3", "ASR-HMI-017") are no register's: read as references they would
conflict with every item. But a list exported from a portal that numbers items by code
gives every item one, and a tracker copies them with its own slips: lower case, spaces for
hyphens, a leading zero dropped, a note after ("PEEL-2023-CAM-AFI-07 (see also R03)").
When most of a list's ids are codes, they are its references; a force cell is one when it
is written in the same scheme (the same run of letter and digit parts), so a row quoting
another item's code, or one no item has, disagrees as a wrong number would.
"""

from __future__ import annotations

import re

import pandas as pd

#: A note after the code: "(see also R03)", "[old]", " – closed 2019", " see R2".
_NOTE = re.compile(r"\s*(?:[(\[].*|\s[-\u2013\u2014]\s.*|\s+see\b.*)$", re.IGNORECASE)
_CODE = re.compile(r"[a-z0-9]+(?:[\s\-_./:]+[a-z0-9]+)*")
_RUN = re.compile(r"[a-z]+|\d+")
#: Share of a list's filled ids that must be codes for codes to be its references.
MIN_CODES = 0.5
_MAX_CHARS = 40


def code_key(value: object) -> str:
    """A register code's key ('PEEL 2023 cam afi 4' -> 'peel-2023-cam-afi-4'), or '' when
    the value is no code: under three parts, no word part and no number part both."""
    if not isinstance(value, str) or len(value) > 2 * _MAX_CHARS:
        return ""
    text = _NOTE.sub("", value.strip().lower())
    if len(text) > _MAX_CHARS or not _CODE.fullmatch(text):
        return ""
    runs = _RUN.findall(text)
    words = sum(r.isalpha() for r in runs)
    if len(runs) < 3 or words < 2 or words == len(runs):
        return ""
    return "-".join(r if r.isalpha() else (r.lstrip("0") or "0") for r in runs)


#: A code's letter part that names the item's type: "PEEL2122-AFI-03", "LEGNAT17-CoC-01",
#: "MSHT17-NR-02" (a national recommendation), "NAT-2017-MSHT-R01".
_TYPE_PARTS = {"afi": "area for improvement", "coc": "cause of concern",
               "cfc": "cause of concern", "rec": "recommendation", "nr": "recommendation",
               "r": "recommendation"}


def type_in_code(value: object) -> str:
    """The type a register code names by one of its parts, or '' (no code, no such part, or
    two types named)."""
    key = code_key(value)
    found = {_TYPE_PARTS[p] for p in key.split("-") if p in _TYPE_PARTS} if key else set()
    return found.pop() if len(found) == 1 else ""


#: A part of a code that is a year: "2017", "15", "18" of "18/19".
_YEAR_PART = re.compile(r"(?:19|20)?\d\d")


def report_in_code(value: object) -> str:
    """The report a force's code for an item names before its type and number ("PEEL 2017
    AFI 4", "PEEL 18/19 CoC 1", "CDI 2019 rec 1": 'peel 2017', 'peel 18/19', 'cdi 2019'), or
    '' (no code, no type part, or nothing before it but words: "DA-REC-3" names no report
    by year)."""
    parts = code_key(value).split("-")
    at = next((k for k, p in enumerate(parts) if p in _TYPE_PARTS), 0)
    before = parts[:at]
    if (not before or not before[0].isalpha() or not any(_YEAR_PART.fullmatch(p) for p in before)
            or not all(p.isdigit() for p in parts[at + 1:]) or len(parts) - at > 2):
        return ""
    # Two years running are one report year ("18/19"), as report names write it.
    return re.sub(r"(?<=\d) (?=\d)", "/", " ".join(before))


def code_shape(key: str) -> str:
    """A code key's scheme: its parts as letters or digits ('peel-2023-cam-afi-4' -> 'adaad')."""
    return "".join("a" if r.isalpha() else "d" for r in key.split("-"))


def register_codes(h: pd.DataFrame, f: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Both sides with their `ref_key` read as codes where the list's ids are codes; each
    side unchanged otherwise."""
    filled = [v for v, k in zip(h["ref"].tolist(), h["ref_key"].tolist(), strict=True)
              if isinstance(v, str) and v.strip() and not k]
    if not filled:
        return h, f
    codes = {v: code_key(v) for v in set(filled)}
    n_filled = int(h["ref"].map(lambda v: not pd.isna(v) and str(v).strip() != "").sum())
    if sum(bool(codes[v]) for v in filled) < MIN_CODES * n_filled:
        return h, f
    h = h.copy()
    h["ref_key"] = [k or codes.get(v, "") if isinstance(v, str) else k
                    for v, k in zip(h["ref"].tolist(), h["ref_key"].tolist(), strict=True)]
    numbers = {k for k in h["ref_key"] if k.isdigit()}
    listed = {k for k in h["ref_key"] if k and not k.isdigit()}
    shapes = {code_shape(k) for k in listed}
    f = f.copy()
    f["ref_key"] = [_force_key(v, k, numbers, listed, shapes) for v, k
                    in zip(f["ref"].tolist(), f["ref_key"].tolist(), strict=True)]
    return h, f


#: A part's letter after an item's code: "CDI-2019-CAM-R01e", the force's fifth bullet.
_PART = re.compile(r"-[a-h]$")


def _force_key(value: object, key: str, numbers: set[str], listed: set[str],
               shapes: set[str]) -> str:
    """A force cell's key against a list of codes: a code of the list's scheme (a part of
    a listed item, its item's); a number only where the list has numbers too (else the
    tracker's own running number)."""
    if key:
        return key if all(k in numbers for k in key.split()) else ""
    code = code_key(value)
    if code and code not in listed and _PART.search(code) and (item := code[:-2]) in listed:
        return item
    return code if code and code_shape(code) in shapes else ""
