"""HMICFRS references as keys: 'HMICFRS 1234', '#1234', 'Ref: 1234' and 1234.0 are one reference."""

from __future__ import annotations

import re
from datetime import date

import numpy as np
import pandas as pd

#: Two or more register ids in one cell: "6991/6992", "6993 & 6994", "8795, 8797 and 8798",
#: "#8543 #8544" (a space between: two ids, never one of eight figures).
_SEPARATOR = r"\s*(?:/|&|\+|,|;|\band\b)\s*|\s+"
_SEVERAL = re.compile(rf"\s*(?:[#]?\d{{3,6}}[a-h]?(?:{_SEPARATOR}))+[#]?\d{{3,6}}[a-h]?\s*",
                      re.IGNORECASE)
#: Words saying the ids are references, before the list: "ID 5203 + 5204", "Refs 8543 & 8544".
_LIST_PREFIX = re.compile(r"\s*(?:(?:hmicfrs|hmic)\s*)?(?:(?:refs?|ids?|nos?|references?|urns?)\b"
                          r"\.?)?\s*[:#]?\s*(?=#?\d)", re.IGNORECASE)


#: A run of register ids written as its ends: "8124-8126", "9120 to 9123".
_RANGE = re.compile(r"#?(\d{3,6})\s*(?:-|\u2013|\u2014|\bto\b)\s*#?(\d{3,6})", re.IGNORECASE)
#: The most ids a run may name: a report's items, not a stretch of the register.
_RANGE_IDS = 20


def _run(m: re.Match) -> str:
    start, end = int(m.group(1)), int(m.group(2))
    if len(m.group(1)) != len(m.group(2)) or not 0 < end - start < _RANGE_IDS:
        return m.group(0)
    return "/".join(str(k) for k in range(start, end + 1))


#: An id's old number beside it, no longer its id: "10022 (was 2793)", "5311 (formerly 1188)"
#: (a row re-referenced to the item that superseded its old one names the new one only).
_WAS = re.compile(r"\s*\(\s*(?:was|formerly|previously|prev\.?|old(?:\s+(?:ref|id|no))?|legacy"
                  r"(?:\s+(?:ref|id|no))?)\s*[:#]?\s*(\d{3,6})\s*\)", re.IGNORECASE)


#: A second id written as its last two figures: "8540/41" is 8540 and 8541.
_SHORT_SECOND = re.compile(r"#?(\d{3,6})\s*/\s*(\d\d)")


def _second(m: re.Match) -> str:
    first, tail = m.group(1), m.group(2)
    second = int(first[:-2] + tail)
    # "2019/20" is a financial year.
    if not 0 < second - int(first) < _RANGE_IDS or (first[:2] in ("19", "20") and len(first) == 4
                                                    and second == int(first) + 1):
        return m.group(0)
    return f"{first}/{second}"


def ref_key(value: object) -> str:
    """One reference's key (`one_ref_key`); a cell naming several ids, each one's, with a
    space between ("6991/6992" -> "6991 6992"; "8124-8126" -> "8124 8125 8126"; "8540/41" ->
    "8540 8541"): a row holding several items (`ref_set`)."""
    if isinstance(value, str) and _RANGE.search(value):
        value = _RANGE.sub(_run, value)
    if isinstance(value, str) and _SHORT_SECOND.fullmatch(value.strip()):
        value = _SHORT_SECOND.sub(_second, value)
    if isinstance(value, str) and _WAS.search(value):
        value = _WAS.sub("", value).strip()
    if isinstance(value, str) and _SEVERAL.fullmatch(listed := _LIST_PREFIX.sub("", value, 1)):
        keys = [one_ref_key(v) for v in re.split(_SEPARATOR, listed.strip(), flags=re.IGNORECASE)]
        return " ".join(dict.fromkeys(k for k in keys if k))
    return one_ref_key(value)


def ref_set(key: str) -> set[str]:
    """The ids a reference key names (one, or several: "6991 6992")."""
    return set(key.split()) if key else set()


def refs_differ(href: np.ndarray, fref: np.ndarray) -> np.ndarray:
    """Per pair, whether both rows give a reference and the force's names not the item's
    (a force cell may name two: "6991 6992" holds 6991; an item may have two, its old
    register id beside its new one: "20787 8466" is named by either)."""
    both = (href != "") & (fref != "")
    out = both & (href != fref)
    # Only the pairs whose keys differ as written, and of those only keys naming several.
    for k in np.flatnonzero(out):
        a, b = href[k], fref[k]
        if " " in a or " " in b:
            out[k] = not set(a.split()) & set(b.split())
    return out


def one_ref_key(value: object) -> str:
    """An HMICFRS reference for comparison: '8803', '8803.0', 'Ref 08803', 'HMICFRS 8803',
    '#8803', 'Ref no. 8803' and 'HMIC-8803' are one key.

    The register's ids are plain integers: words that only say "this is a reference" are
    dropped, so a prefix one side writes and the other does not changes nothing; so is a
    note that the row carries on the item's row above ("8790 (cont.)").
    """
    if value is None or (isinstance(value, float) and pd.isna(value)) or isinstance(value, date):
        return ""
    text = _CONTINUED.sub("", _POINT_ZERO.sub("", str(value).strip().lower()))
    if _DATE_LIKE.fullmatch(text):
        return ""     # "03/11/2025", "2025-11-03 00:00:00": a date, not a register id
    if m := (_PREFIXED_REF.fullmatch(text) or _PREFIXED_PART.fullmatch(text)
             or _REC_ID.fullmatch(text)):
        text = m.group(1)
    # "12472a", "12472 (b)", "7324 (3)", "4517 (2 of 4)", "10416.2", "10233/3": the force's part
    # of the item it split, not another reference.
    if m := _SUB_PART.fullmatch(text) or _NUMBERED_PART.fullmatch(text):
        text = m.group(1)
    key = _NOT_REF.sub("", text).lstrip("0")
    # "TBC", "N/A", "-": no reference given; "PEEL21-AFI3", "ASR-HMI-017": the force's own
    # code, not the register's (whose ids are plain numbers).
    return key if key.isdigit() else ""


_POINT_ZERO = re.compile(r"\.0$")
#: "8790 (cont.)", "8790 cont'd", "8790 (continued)": the item's row carried on to the next.
_CONTINUED = re.compile(r"\s*\(?\s*(?:cont(?:inued|inuation|['’]?d)?\.?)\s*\)?\s*$")
_DATE_LIKE = re.compile(r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}(?:[ t]\d{2}:\d{2}(?::\d{2})?)?")
#: "7324 (3)", "4517 (2 of 4)", "10416.2", "10233/3", "10233-3" (one figure after a slash or
#: dash: "8540/41" names 8541 too).
_NUMBERED_PART = re.compile(r"(\d{3,})\s*(?:\(\s*\d{1,2}(?:\s*of\s*\d{1,2})?\s*\)|\.\d{1,2}|"
                            r"[/\-]\s*\d)")
#: A part's letter or roman numeral: "12472a", "12472 (b)", "6995 (iii)".
_PART = r"(?:[a-h]|i{1,3}|iv|vi{0,3}|ix|x)"
_SUB_PART = re.compile(rf"(\d{{3,}})\s*[(\-.]?\s*{_PART}\)?")
_NOT_REF = re.compile(r"[^0-9a-z]")
#: Words that only name a reference, before its number: "HMICFRS ref no. 1234", "#1234".
_REF_WORDS = r"(?:hmicfrs|hmic|ref(?:erence)?|nos?|number|num|id|urn|register)"
_PREFIXED_REF = re.compile(rf"(?:{_REF_WORDS}|[\s#:.\-/_()\[\]])+\s*(\d+)[\s.:)\]]*")
_PREFIXED_PART = re.compile(rf"(?:{_REF_WORDS}|[\s#:.\-/_()\[\]])+\s*(\d+)\s*[(\-.]?\s*{_PART}\)?")

#: A portal's record name: "REC-21744", "Rec 10913" (four digits or more: "Rec 3" is the
#: report's third recommendation, not a register id).
_REC_ID = re.compile(r"(?:rec(?:ommendation)?)\s*[-#:/_.]?\s*(\d{4,6})")


#: A register reference written before the text: "[13724] ", "Ref 13736: ", "HMICFRS ref
#: 13745 – " (normalise.text drops it from the words compared).
TEXT_REF = (r"\s*(?:\[\s*(\d{3,6})\s*\]|(?:hmic(?:frs)?\s*)?ref(?:erence)?\.?\s*(?:no\.?\s*)?"
            r"(\d{3,6})\s*[-:.\u2013\u2014]|hmic(?:frs)?\s*(\d{3,6})\s*[-:.\u2013\u2014])\s*")
_TEXT_REF = re.compile(TEXT_REF, re.IGNORECASE)


def text_ref(value: object) -> str:
    """The reference a text names before its words ('[13724] Within 6 months…') or anywhere
    as the register's ('… HMICFRS ref: 1039', '(HMICFRS ref 8796)'), as a key, or ''.
    Never used to pair (a force may quote another item's number); only to show a pair's
    texts disagree with the list on it."""
    if not isinstance(value, str):
        return ""
    if m := _TEXT_REF.match(value):
        return ref_key(next(g for g in m.groups() if g))
    if m := _NUMBERED_ID.match(value):
        return ref_key(m.group(3))
    m = _NAMED_REF.search(value) or _TAIL_REF_RE.search(value)
    return ref_key(m.group(1)) if m else ""


#: The register's reference as a label after the text: "… diversity (HMICFRS 8123)",
#: "… (ref 8123)", "… [HMICFRS ref: 8123]." ("(2019)" and "(HMIC 2013)" are years).
TAIL_REF = (r"\s*[(\[]\s*(?:hmic(?:frs)?(?:\s*ref(?:erence)?)?|ref(?:erence)?)\.?\s*"
            r"(?:no\.?\s*)?[:#]?\s*(?!(?:19|20)\d\d\b)(\d{3,6})\s*[)\]]\s*\.?\s*$")
_TAIL_REF_RE = re.compile(TAIL_REF, re.IGNORECASE)


#: "HMICFRS ref: 1039", "HMIC reference 8796" anywhere in a text.
_NAMED_REF = re.compile(r"\bhmic(?:frs)?\s*ref(?:erence)?\.?\s*(?:no\.?\s*)?[:#]?\s*(\d{3,6})\b",
                        re.IGNORECASE)


#: A report's own number for one of its items, as a reference cell writes it: "AFI 3",
#: "Recommendation 4", "R3(a)", "CoC 2", "PEEL 21/22 AFI 1", "PEEL21-AFI3" (kind and number
#: last; a part's letter dropped: "Rec 4(b)" is a part of recommendation 4).
_KIND = (r"(afi|aoi|areas?\s+(?:for|of)\s+improvement|(?:national\s+)?rec(?:ommendation)?|r|nr|"
         r"coc|cfc|causes?\s+(?:of|for)\s+concern)")
_NO = r"\s*[-.]?\s*(\d{1,2})(?:\s*[(.\-]?\s*(?:[a-h]|i{1,3}|iv|vi{0,3})\)?)?"
_CELL_NO = re.compile(rf"(?:.*?[^a-z0-9])?{_KIND}{_NO}\s*[.:)\]]?\s*", re.IGNORECASE)
#: ... or before a text's words: "AFI 3 – The force should", "PEEL 21/22 AFI 3 – …",
#: "(Rec 2) …", "HMICFRS Recommendation 3: …".
_TEXT_NO = re.compile(rf"\s*(?:hmic(?:frs)?\s+)?(?:peel\s+)?(?:\d{{2,4}}(?:\s*[/\-\u2013]\s*\d{{2,4}})?"
                      rf"\s+)?[(\[]?\s*{_KIND}{_NO}\s*(?:[-:.)\]\u2013\u2014]|(?-i:\s(?=[A-Z])))",
                      re.IGNORECASE)
_KINDS = {"a": "afi", "r": "rec", "n": "rec", "c": "coc"}
#: The register's id in brackets after the report's number for the item: "AFI 1 [12604]
#: county lines", "Rec 2 (14821) – review …".
_NUMBERED_ID = re.compile(rf"\s*{_KIND}{_NO}\s*[\[(]\s*#?(?!(?:19|20)\d\d\b)(\d{{3,6}})\s*[\])]",
                         re.IGNORECASE)
#: A cell longer than this is a text, not a reference naming an item's number.
_CELL_CHARS = 40


def _kind(word: str) -> str:
    word = word.lower()
    return "rec" if word.startswith("national") else _KINDS[word[0]]


def item_number(value: object, in_text: bool = False) -> str:
    """The report's own number for an item a reference cell (or, `in_text`, the start of a
    text) names, as 'afi 3', 'rec 4' or 'coc 1'; '' when it names none. Lists typed up from
    the reports number items only so, and a force quotes the number beside the text."""
    if not isinstance(value, str):
        return ""
    if in_text:
        m = _TEXT_NO.match(value)
    elif len(value) <= _CELL_CHARS:
        m = _CELL_NO.fullmatch(value.strip())
    else:
        m = None
    return f"{_kind(m.group(1))} {int(m.group(2))}" if m else ""


def numbers_differ(hno: np.ndarray, fno: np.ndarray) -> np.ndarray:
    """Per pair, whether both name an item of one kind by the report's number and the numbers
    differ ('afi 3' vs 'afi 4'); 'rec 2' vs 'coc 2' is left to the types."""
    out = (hno != "") & (fno != "") & (hno != fno)
    for k in np.flatnonzero(out):
        out[k] = hno[k].split()[0] == fno[k].split()[0]
    return out
