"""A "Source" cell holding the report, the HMICFRS reference and the item's number together,
as an analyst typed them: "PEEL 2021/22 – Ref 12345 – AFI 3", "Stolen Freedom (Oct 2017) |
Rec 2 | HMICFRS 8412", "9633 – CDI 2019 – R3", "PEEL 21/22 AFI 19 (12362)". Left whole, the
reference and number read as words of another report's name."""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from ..normalise import ref_key
from .grid import blank

#: Between the cell's parts: a bar, semicolon or hash; a dash or slash with spaces round it.
_SEP = re.compile(r"\s*[|;#]\s*|\s+/\s+|,\s+|\s[-\u2013\u2014]\s")
#: A part that is the register's reference: "12345", "Ref 12345", "HMICFRS 8412", "(12340)".
_REF = re.compile(r"^\(?(?:hmic(?:frs)?\s*)?(?:ref(?:erence)?\.?\s*(?:no\.?\s*)?)?#?\s*"
                  r"(\d{3,6})\)?$", re.IGNORECASE)
#: ... or the item's number in its report: "AFI 3", "Rec 2", "R1(b)", "Nat Rec", "CoC".
_ITEM = re.compile(r"^\(?(?:(?:nat(?:ional)?\s+)?rec(?:ommendation)?|afi|area\s+for\s+improvement|"
                   r"coc|cause\s+(?:of|for)\s+concern|r)\s*(?:\d{1,3}[a-z]?)?(?:\s*\([a-z]{1,4}\))?"
                   r"(?:\s*\((?:coc|afi|rec)\))?\)?$", re.IGNORECASE)
#: Inside a part: a reference in brackets, or a number after the report's name.
_REF_IN = re.compile(r"\s*\((\d{3,6})\)\s*$")
_ITEM_END = re.compile(r"\s+((?:afi|rec|r|coc)\s*\d{1,3}[a-z]?(?:\s*\([a-z]{1,4}\))?)\s*$",
                       re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\b\d\d[/-]\d\d\b")
#: Cells read so before the column is taken for such (not one report name with a dash).
_LEAST, _SHARE = 3, 0.3
#: Share of an entry label's ids that must differ, each naming one entry.
_DISTINCT = 0.9


def _ref(number: str) -> str | None:
    """A reference, not a year in brackets: "(2013)" dates the report; "(2092)", a year no
    report has, is the register's id."""
    return None if _YEAR.fullmatch(number) and _AS_YEAR.fullmatch(number) else number


#: The years a report may be dated by: the ids between them read as years.
_AS_YEAR = re.compile(r"199\d|20[0-3]\d|\d\d[/-]\d\d")


def split_source(value: Any) -> tuple[str, str | None, str | None]:
    """(the report, the reference or None, the item's number or None) of one cell."""
    if not isinstance(value, str):
        return value, None, None
    ref = item = None
    report_parts = []
    for part in (p.strip() for p in _SEP.split(value.strip())):
        if not part:
            continue
        # "Ref 2024" names a reference whatever its number; a bare "(2013)" is a year, and so
        # is "HMICFRS 2019" (the inspection of that year).
        if (m := _REF.match(part)) and (_ref(m.group(1)) or re.search(r"\bref|#", part, re.I)):
            ref = ref or m.group(1)
            continue
        if _ITEM.match(part):
            item = item or (part[1:-1] if part[:1] == "(" and part[-1:] == ")" else part)
            continue
        if (m := _REF_IN.search(part)) and _ref(m.group(1)):
            ref, part = ref or m.group(1), part[:m.start()]
        if m := _ITEM_END.search(part):
            item, part = item or m.group(1), part[:m.start()]
        report_parts.append(part.strip())
    # A department's word beside the report ("Digital – PEEL 2021/22"): the part naming a
    # year is the report's.
    dated = [p for p in report_parts if _YEAR.search(p) and re.search(r"[A-Za-z]", p)]
    report = " ".join(dated or report_parts)
    return report, ref, item


def reports_from_sources(items: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    """Items whose report cell holds the reference (and the item's number) too, each part in
    its field where the row has none of its own; and a note of it, or ''. Only where three
    cells, and a third of the sheet's, hold a reference so."""
    if "report" not in items:
        return items, ""
    split = [split_source(v) for v in items["report"].tolist()]
    # A reference in the cell tells; a number alone after the report's name ("PEEL 2018/19
    # rec 2") is read as the report's anyway (normalise.reports).
    told = [k for k, (_, ref, _) in enumerate(split) if ref]
    if len(told) < max(_LEAST, _SHARE * len(items)):
        return items, ""
    out = items.copy()
    columns = {f: out[f].tolist() for f in ("report", "ref", "local_ref")}
    for k in told:
        report, ref, item = split[k]
        columns["report"][k] = report or None
        if ref and blank(columns["ref"][k]):
            columns["ref"][k] = ref
        if item and blank(columns["local_ref"][k]):
            columns["local_ref"][k] = item
    for f, values in columns.items():
        out[f] = pd.Series(values, index=out.index, dtype=object)
    first = items["report"].iat[told[0]]
    return out, (f"the report cell holds the reference and the item's number too ('{first}'): "
                 f"each read into its own field on {len(told)} rows")


def split_ref_in(value: str) -> tuple[str, str | None]:
    """(the name, the id) of "Integrity matters … (5107)"; (the value, None) without one."""
    m = _REF_IN.search(value)
    if m and _ref(m.group(1)):
        return value[:m.start()].strip(), m.group(1)
    return value.strip(), None


def ids_after_reports(items: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    """A list whose report cells end with the item's id in brackets, as the old register's
    pages labelled each entry ("PEEL: police legitimacy 2017 (8541)"): the id read off as
    the reference, the name kept whole, commas and all. With no id column, only where three
    cells, and a third of the list's, end so; an item with a reference of its own (a portal's
    new one) keeps it, the old id beside it ("10054 / 5290"), where three cells end so."""
    if "report" not in items:
        return items, ""
    refs = items["ref"].tolist()
    none = all(blank(r) for r in refs)
    found = [(k, name, ref) for k, v in enumerate(items["report"].tolist())
             if isinstance(v, str) for name, ref in [split_ref_in(v)] if ref
             and (none or ref not in ref_key(refs[k]).split())]
    # Each id names one entry: one shared by many rows (a block's title over them) is none.
    if len(found) < (max(_LEAST, _SHARE * len(items)) if none else _LEAST) or len(
            {ref for *_, ref in found}) < _DISTINCT * len(found):
        return items, ""
    out = items.copy()
    reports = out["report"].tolist()
    for k, name, ref in found:
        reports[k] = name or None
        refs[k] = ref if blank(refs[k]) else f"{refs[k]} / {ref}"
    out["report"] = pd.Series(reports, index=out.index, dtype=object)
    out["ref"] = pd.Series(refs, index=out.index, dtype=object)
    first = items["report"].iat[found[0][0]]
    return out, (f"the report cell ends with the item's id ('{first}'): read as its reference "
                 f"on {len(found)} rows")
