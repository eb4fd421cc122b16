"""Rows whose Item ID column was deleted (or copied into a new workbook), matched back on
what they still show: HMICFRS row, Force row and text, and status.

A row is taken as its item only when that is certain: the row it names still holds the same
text, or the text is found once in the list. Otherwise the run stops (exit 2) naming the
file and sheet, rather than guess whose decision goes where.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from ..errors import InputError
from .identity import Identity, canon
from .read import Returned
from .records import Decision, cell_text, line_id

#: A named row whose text changed by less than this still holds the item (decide again).
SAME_ROW_SIMILARITY = 80


@dataclass(frozen=True)
class _Side:
    label: str
    ids: dict[str, str]           # row -> identity
    canons: dict[str, str]        # row -> comparison text
    status: dict[str, object]     # row -> status as the list has it


def _sides(ident: Identity) -> tuple[_Side, _Side]:
    return (_Side("HMICFRS", ident.h_id, ident.h_canon, ident.h_status),
            _Side("force", ident.f_id, ident.f_canon, ident.f_status))


def _row_of(side: _Side, row: str, text: str) -> tuple[str | None, list[str]]:
    """The current row a shown (row, text) is, and why the decision no longer fits it."""
    wanted = canon(text)
    if not wanted:
        return None, []
    if side.canons.get(row) == wanted:
        return row, []
    same = [r for r, t in side.canons.items() if t == wanted]
    if len(same) == 1:
        return same[0], []
    if row in side.canons and not same and \
            fuzz.ratio(side.canons[row], wanted) >= SAME_ROW_SIMILARITY:
        return row, [f"the {side.label} text changed"]
    return None, []


def _placed(dec: Decision, ident: Identity) -> Decision | None:
    """The decision with the Item ID of the line it shows, or None when not certain."""
    ids: list[str | None] = []
    reasons: list[str] = []
    for side, row, text, status in zip(
            _sides(ident), (dec.hmicfrs_row, dec.force_row), (dec.hmicfrs_text, dec.force_text),
            (dec.hmicfrs_status, dec.force_status), strict=True):
        if not row and not text:
            ids.append(None)
            continue
        now, why = _row_of(side, row, text)
        if now is None:
            return None
        ids.append(side.ids[now])
        reasons += why
        was, is_now = status, cell_text(side.status.get(now))
        if was and was != is_now:
            reasons.append(f"the {side.label} status changed (was '{was}', now "
                           f"'{is_now or '(blank)'}')")
    if not any(ids):
        return None
    return dec.replace(item_id=line_id(*ids), changed=tuple(reasons))


def place_rows(returned: Returned, ident: Identity) -> Returned:
    """The file's rows without an Item ID given theirs; exit 2 when any is not certain."""
    if all(d.item_id for d in returned.on_sheets):
        return returned
    placed, unsure = [], []
    for dec in returned.on_sheets:
        found = dec if dec.item_id else _placed(dec, ident)
        (placed if found else unsure).append(found or dec)
    if unsure:
        raise InputError(_unsure_message(returned, unsure))
    return Returned(returned.info, returned.logged, tuple(placed), returned.blank_lines)


def _unsure_message(returned: Returned, unsure: list[Decision]) -> str:
    first = unsure[0].source.split(", ")
    sheets = list(dict.fromkeys(d.source.split(", ")[1] for d in unsure))
    rows = ", ".join(d.source.rsplit(" ", 1)[-1] for d in unsure[:8])
    more = f" and {len(unsure) - 8} more" if len(unsure) > 8 else ""
    return (f"{returned.info.path}, {' and '.join(sheets)}: the hidden Item ID column is missing "
            f"(deleted, or the rows were copied into a new workbook), and {len(unsure)} "
            f"decision(s) (row {rows}{more}) cannot be matched to this run's items with "
            f"certainty: the row and text they show ({first[0]}) are not in the lists as they "
            "are now. Ask the lead to return the workbook reconcile sent them, with its Item ID "
            "column (unhide all columns to check), or type their decisions into the new "
            "workbook.")
