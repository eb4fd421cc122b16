"""A key to the tracker's own report codes: a sheet or block listing "FLU 15 | HMIC Targeting
the risk – firearms licensing (September 2015)". An item filed under a code is filed under the
report the key says it stands for; without the key "FLU 15" shares no word with "Targeting the
risk" and would read as another report."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pandas as pd

from .. import vocab
from ..normalise import parse_date
from ..normalise.entries import ASKS
from .grid import Grid, blank
from .items import SheetReport, set_aside_sheets

#: A code is short: a few letters and a year ("PEEL 21/22", "Core Bus 14").
_CODE_WORDS, _CODE_CHARS = 4, 20
#: A report's title says more than its code.
_TITLE_WORDS = 3
#: Items filed under codes of the key before it is trusted (not a chance pair of cells).
_ITEMS_NAMED = 3


#: A key's line in one cell, as a footnote: "1 = PEEL 2021/22 …", "[3] Stop and search …",
#: "5: Stolen freedom (2017)".
_ONE_CELL = re.compile(r"^\s*\[?([A-Za-z0-9]{1,6})\]?\s*(?:=|:|\u2013|\u2014|\]|-)\s*(\S.*)$")


#: "Published: 24 October 2017" beside a report's name says when, not what a code means.
_PUBLISHED_LABEL = re.compile(r"\s*(?:published|publication\s+date)\b", re.IGNORECASE)


def report_codes(grids: list[Grid], skipped: list[dict[str, Any]]) -> dict[str, str]:
    """code key -> the report's title, from rows that are not items holding two cells: a short
    code, then a longer title; or one cell holding both ("1 = PEEL: Police effectiveness …",
    a key of footnote numbers below the table)."""
    by_name = {g.name: g for g in grids}
    out: dict[str, str] = {}
    for s in skipped:
        grid = by_name.get(s["sheet"])
        if grid is None or not 1 <= s["row"] <= len(grid.rows):
            continue
        cells = [v for v in grid.rows[s["row"] - 1] if not blank(v)]
        least = _TITLE_WORDS
        if len(cells) == 1 and isinstance(cells[0], str) and (m := _ONE_CELL.match(cells[0])):
            cells, least = [m.group(1), m.group(2)], 2    # "2 = NCPI 2017": the sign says key
        if len(cells) != 2 or not all(isinstance(v, str) for v in cells):
            continue
        code, title = (" ".join(v.split()) for v in cells)
        if _PUBLISHED_LABEL.match(title):
            continue          # a report's band: its name, and when it was published
        if (len(code.split()) <= _CODE_WORDS and len(code) <= _CODE_CHARS
                and len(title.split()) >= least and len(title) > len(code)):
            out.setdefault(vocab.key(code), title)
    return out


def with_report_codes(items: pd.DataFrame, codes: dict[str, str]) -> tuple[pd.DataFrame, str]:
    """Items whose report is a code of the key, filed under "code (title)"; and a note of it
    for the run's record, or ''."""
    if not codes:
        return items, ""
    # A footnote's number may be typed as a number (3) or as text ("[3]", "3*").
    reports = [str(r) if isinstance(r, int) and not isinstance(r, bool) else r
               for r in items["report"].tolist()]
    named = [isinstance(r, str) and vocab.key(r) in codes for r in reports]
    if sum(named) < _ITEMS_NAMED:
        return items, ""
    out = items.copy()
    out["report"] = [f"{r} ({codes[vocab.key(r)]})" if hit else r
                     for r, hit in zip(reports, named, strict=True)]
    used = sorted({r for r, hit in zip(reports, named, strict=True) if hit})
    return out, (f"report codes read from the file's own key: {len(used)} codes, e.g. "
                 f"'{used[0]}' = '{codes[vocab.key(used[0])]}'")


#: A force's own code made of a report's short name, its year and the item's number:
#: "PEEL21-AFI3", "CDI17-R1a", "MSHT17-R2", "SS15-R1", "PEEL 23/25 AFI1".
_COMPOSITE = re.compile(r"\s*([A-Za-z&]{2,8})\s?'?(\d{2})(?:\s?[/-]\s?\d{2})?\s*[-_. ]\s*"
                        r"(?:afi|rec|r|coc|cfc|nr|aoi)\s*\d+[a-z]?\b", re.IGNORECASE)


def reports_from_codes(items: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    """Items with no report of their own, filed under the report their code names ("PEEL21-
    AFI3" is PEEL 2021's area for improvement 3), when at least three codes are of that
    shape; and a note of it, or ''."""
    codes = [_COMPOSITE.match(r) if isinstance(r, str) and not isinstance(rep, str) else None
             for r, rep in zip(items["local_ref"].tolist(), items["report"].tolist(),
                               strict=True)]
    if sum(m is not None for m in codes) < _ITEMS_NAMED:
        return items, ""
    out = items.copy()
    out["report"] = [_coded_report(m) if m else r
                     for m, r in zip(codes, items["report"].tolist(), strict=True)]
    first = next(m for m in codes if m)
    return out, (f"no report column: each row's report read from its code "
                 f"('{first.group(0).strip()}' is {_coded_report(first)})")


def _coded_report(code: re.Match) -> str:
    """'PEEL21-AFI3' -> 'PEEL 2021'."""
    return f"{code.group(1).upper()} 20{code.group(2)}"


#: A lookup of reports holds at most this many rows.
_LOOKUP_ROWS = 1000
#: A lookup's title is a report's name, not a recommendation: a few words to a dozen or so.
_TITLE_LEAST, _TITLE_MOST = 2, 30


def report_lookups(grids: list[Grid], reports: list[SheetReport], items: list[dict[str, Any]],
                   skipped: list[dict[str, Any]]
                   ) -> tuple[list[SheetReport], list[dict[str, Any]], list[dict[str, Any]], str]:
    """A sheet that is a lookup of the reports the items are filed under by code (a portal's
    export: "Reports" | Code, Title, Published): a column holding, once each, the codes the
    items' report column holds, and beside nearly every code a cell of words: its title.
    Its rows are not items (set aside if read as such); an item with no date of its own
    takes its report's; each item's report is "title (code)". The sheets' reports, items
    and skipped rows, and a note of it ('' if none)."""
    found: dict[str, tuple[str, Any]] = {}
    lookups: set[str] = set()
    by_sheet: dict[str, set[str]] = {}
    for value, sheet in {(i.get("report"), i["sheet"]) for i in items
                         if isinstance(i.get("report"), (str, int))}:
        by_sheet.setdefault(sheet, set()).add(vocab.key(value))
    for grid in grids:
        if sum(1 for row in grid.rows if row) > _LOOKUP_ROWS:
            continue         # a lookup of reports is short; a sheet of items is not looked in
        filed = set().union(*(k for s, k in by_sheet.items() if s != grid.name)) - {""}
        if not filed:
            continue
        if any(ASKS.search(str(i.get("text") or "")) or not all(
                blank(i.get(f)) for f in ("status", "owner", "progress"))
               for i in items if i["sheet"] == grid.name):
            continue         # its rows read as items ask for something, or are tracked: items
        rows = [row for row in grid.rows if row]
        for c in range(max((len(r) for r in rows), default=0)):
            keys = [vocab.key(r[c]) if c < len(r) and isinstance(r[c], (str, int)) else ""
                    for r in rows]
            hits = [k for k in keys if k in filed]
            if len(set(hits)) < _ITEMS_NAMED or len(hits) != len(set(hits)):
                continue
            coded = [(row, k) for row, k in zip(rows, keys, strict=True) if k in filed]
            t = _title_column(coded, c)
            named = {k: (" ".join(row[t].split()), _date(row, c)) for row, k in coded
                     if t is not None and _is_title(row, t)}
            # Each a report's title, longer than its code: not an item's text, nor a count.
            if len(named) < _ITEMS_NAMED or any(
                    ASKS.search(t) or len(t) <= len(k) for k, (t, _) in named.items()):
                continue
            found |= named
            lookups.add(grid.name)
            break
    if not found:
        return reports, items, skipped, ""
    why = ("a lookup of the report codes the items are filed under (each code's title and "
           "date): not items; the items' reports read from it")
    reports, items, skipped = set_aside_sheets(reports, items, skipped, lookups, why)
    for item in items:
        if (got := found.get(vocab.key(item.get("report")))) is None:
            continue
        # The title first: its year is the report's ("PEEL 2023–25 …"), not the code's.
        item["report"] = f"{got[0]} ({' '.join(str(item['report']).split())})"
        if blank(item.get("published")):
            item["published"] = got[1]
    title = next(iter(found.values()))[0]
    return reports, items, skipped, (f"report codes read from the lookup on sheet "
                                     f"'{sorted(lookups)[0]}' ({len(found)} codes, e.g. "
                                     f"'{title}'): each item's report is its title and code")


def _date(row: list[Any], code_col: int) -> Any:
    """A lookup row's publication date: its first cell that is a date, or reads as one."""
    return next((v for c, v in enumerate(row) if c != code_col and (
        isinstance(v, date) or (isinstance(v, str) and len(v) <= 20 and parse_date(v)))), None)


def _is_title(row: list[Any], col: int) -> bool:
    v = row[col] if col < len(row) else None
    return isinstance(v, str) and _TITLE_LEAST <= len(v.split()) <= _TITLE_MOST


def _title_column(coded: list[tuple[list[Any], str]], code_col: int) -> int | None:
    """The column of the reports' titles: beside nearly every code (a note beside a few
    rows of a pivot is none)."""
    width = max((len(row) for row, _ in coded), default=0)
    counts = {c: sum(_is_title(row, c) for row, _ in coded) for c in range(width) if c != code_col}
    best = max(counts, key=lambda c: counts[c], default=None)
    return best if best is not None and counts[best] >= _TITLED * len(coded) else None


#: Share of a lookup's coded rows that give a title.
_TITLED = 0.8
