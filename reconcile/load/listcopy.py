"""A copy of the HMICFRS list kept in the force's workbook ("Master list", "HMICFRS list
(pasted)", "Register copy"), for the tracker sheet's look-ups: the list as it was, not the
force's tracking. Its rows have no owner and no update; their statuses are HMICFRS's own
("Being progressed", "Awaiting review") or headed as HMICFRS's. Read as items they pair with
the list's items as a second, stale tracker; they are explained instead, as rows that are
not the force's, when another sheet of the workbook tracks items with owners or updates.
"""

from __future__ import annotations

import re
from typing import Any

from .. import vocab
from ..normalise.types import builtin_statuses, norm_status
from .columns import THEIRS
from .items import SheetReport, set_aside_sheets

#: Status words only HMICFRS's register uses.
_REGISTER_WORDS = frozenset({"being progressed", "awaiting review", "being progressed open"})
#: A sheet named as a copy of a list.
_COPY_NAME = re.compile(r"\b(list|register|master|copy|look ?ups?|pasted|definitive)\b",
                        re.IGNORECASE)
#: This share of its rows with a register status makes a sheet's statuses HMICFRS's.
_SHARE = 0.5


def _tracks(report: SheetReport) -> bool:
    return bool(report.items) and bool({"owner", "progress"} & set(report.mapping))


def _copy_of_list(report: SheetReport, items: list[dict[str, Any]]) -> bool:
    if not report.items or {"owner", "progress"} & set(report.mapping):
        return False
    said = [vocab.key(i["status"]) for i in items if i.get("status") is not None]
    register = sum(s in _REGISTER_WORDS for s in said) >= _SHARE * max(len(said), 1) > 0
    headed = THEIRS.search(vocab.key(report.mapping.get("status", ""))) is not None
    # A name alone ("Closed items list") is no copy: an archive sheet keeps the force's own
    # statuses; with none at all, the name says what it is.
    named = bool(_COPY_NAME.search(report.sheet)) and "status" not in report.mapping
    return register or headed or named


def without_list_copies(reports: list[SheetReport], items: list[dict[str, Any]],
                        skipped: list[dict[str, Any]]
                        ) -> tuple[list[SheetReport], list[dict[str, Any]], list[dict[str, Any]]]:
    """The force's sheets with any copy of the HMICFRS list set aside (its rows explained)."""
    if not any(_tracks(r) for r in reports):
        return reports, items, skipped
    by_sheet: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        by_sheet.setdefault(item["sheet"], []).append(item)
    copies = {r.sheet for r in reports if _copy_of_list(r, by_sheet.get(r.sheet, []))}
    if not copies:
        return reports, items, skipped
    why = ("a copy of the HMICFRS list kept in the workbook (no owner, no update; HMICFRS's "
           "own statuses or name), for look-ups: not the force's tracking")
    return set_aside_sheets(reports, items, skipped, copies, why)


#: A tracker's status words the register never uses: its RAG colours, as words or letters.
_TRACKER_WORDS = (vocab.LEGEND_WORDS - {"key", "legend"}) | {
    w for w in vocab.RAG_WORDS if len(w) == 1}


def _list_statuses(items: list[dict[str, Any]]) -> tuple[int, int]:
    """(statuses given, of them the register's own words) of a sheet's items."""
    said = [vocab.key(i["status"]) for i in items if i.get("status") is not None]
    table = builtin_statuses("hmicfrs")
    return len(said), sum(norm_status(s, table) in ("open", "closed") for s in said)


def without_tracker_copies(reports: list[SheetReport], items: list[dict[str, Any]],
                           skipped: list[dict[str, Any]]
                           ) -> tuple[list[SheetReport], list[dict[str, Any]], list[dict[str, Any]]]:
    """The list's sheets with any copy of the force's tracker set aside: a sheet whose
    statuses are RAG colours where another sheet's are the register's ("Force tracker
    30.09.24", kept in the list's workbook for a look-up beside each item)."""
    by_sheet: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        by_sheet.setdefault(item["sheet"], []).append(item)
    register = [s for s, mine in by_sheet.items()
                if (n := _list_statuses(mine))[0] and n[1] >= (1 - _SHARE / 2) * n[0]]
    if not register:
        return reports, items, skipped
    copies = set()
    for sheet, mine in by_sheet.items():
        said = [vocab.key(i["status"]) for i in mine if i.get("status") is not None]
        if sheet not in register and said and sum(
                s in _TRACKER_WORDS for s in said) >= (1 - _SHARE / 2) * len(said):
            copies.add(sheet)
    if not copies:
        return reports, items, skipped
    why = ("a copy of the force's tracker kept in the list's workbook (RAG colours for "
           "statuses, where the list's sheet gives HMICFRS's): not the list's items")
    return set_aside_sheets(reports, items, skipped, copies, why)
