"""Decisions shown on the run's lines: identity columns, each decision in its cells, flags
where a decision is stale or about a pair, and the Decision log of what became of each."""

from __future__ import annotations

from typing import Any

import pandas as pd

from ..vocab import CATEGORY_TITLES
from .identity import Identity
from .records import PERSON_FIELDS, Kind, Logged, Outcome, line_id, log_frame
from .resolve import Placed, Resolution
from .words import ACCEPT, CHOICES, offered

#: What an applied item decision fills on its line (the flat CSV carries the file too).
_APPLIED = (*PERSON_FIELDS, "signoff_file", "signoff_saved_at")


def _who(p: Placed) -> str:
    by = p.decision.signoff_by or "a sign-off lead"
    return f"{by}, {p.decision.source}" if p.decision.source else by


def _row(value: object) -> str | None:
    return value if isinstance(value, str) else None


class _Lines:
    """The run's lines as decisions are laid on them (working state of one `annotate`)."""

    def __init__(self, items: pd.DataFrame) -> None:
        self.h = [_row(v) for v in items["hmicfrs_row"]]
        self.f = [_row(v) for v in items["force_row"]]
        self.cats = list(items["category"])
        self.flags = list(items["flags"])
        self.values: dict[str, list[Any]] = {c: [None] * len(items)
                                             for c in (*_APPLIED, "signoff_stale")}
        self.pos = {(hr, fr): k for k, (hr, fr) in enumerate(zip(self.h, self.f, strict=True))}
        self.by_h: dict[str, list[int]] = {}
        self.by_f: dict[str, list[int]] = {}
        for (hr, fr), k in self.pos.items():
            if hr:
                self.by_h.setdefault(hr, []).append(k)
            if fr:
                self.by_f.setdefault(fr, []).append(k)
        self.decided: set[int] = set()   # lines whose person cells an item decision filled

    def flag(self, k: int, text: str) -> None:
        self.flags[k] = f"{self.flags[k]}; {text}" if self.flags[k] else text

    def touching(self, p: Placed) -> list[int]:
        """Every line showing either row of the decision."""
        return sorted(set(self.by_h.get(p.h_row or "", []) + self.by_f.get(p.f_row or "", [])))

    def label(self, k: int) -> str:
        return " with ".join(x for x in (self.h[k], self.f[k]) if x)

    def where_now(self, p: Placed) -> str:
        return ", ".join(f"{CATEGORY_TITLES[self.cats[k]]} ({self.label(k)})"
                         for k in self.touching(p)) or "nowhere"

    def fill(self, k: int, p: Placed, fields: tuple[str, ...]) -> None:
        for fld in fields:
            self.values[fld][k] = getattr(p.decision, fld) or None


def _apply_item(p: Placed, k: int | None, lines: _Lines) -> tuple[Outcome, str]:
    """An item's decision in its cells, or beside them when stale; what became of it."""
    d = p.decision.signoff_decision
    reasons = list(p.reasons)
    was_on = p.decision.category
    if k is not None and d and was_on in CATEGORY_TITLES and lines.cats[k] != was_on \
            and d not in CHOICES[lines.cats[k]]:
        reasons.append(f"it was on '{CATEGORY_TITLES[was_on]}' and is now on "
                       f"'{CATEGORY_TITLES[lines.cats[k]]}'")
    if k is not None and d and was_on not in CATEGORY_TITLES and d not in CHOICES[lines.cats[k]]:
        # Read from a sheet that names no category (renamed, saved as CSV, pasted elsewhere):
        # the word is judged where the item is now, as its sheet's drop-down would have.
        why = (f"'{d}' is not a decision on '{CATEGORY_TITLES[lines.cats[k]]}', where the item "
               f"is: choose {offered(lines.cats[k])}")
        _show(p, lines, f"{why} ({_who(p)})", f"{why}; not applied")
        return Outcome.INVALID_WORD, why
    if k is None:
        for j in lines.touching(p) if d else ():
            lines.flag(j, f"earlier decision '{d}' ({_who(p)}) was made when this item was on "
                          f"'{CATEGORY_TITLES.get(was_on, 'another sheet')}'; not carried")
        return Outcome.MOVED, f"the item is now on {lines.where_now(p)}"
    lines.decided.add(k)
    if reasons and d:
        why = "; ".join(reasons)
        lines.values["signoff_stale"][k] = f"{d} ({_who(p)}): {why}"
        lines.fill(k, p, PERSON_FIELDS[1:4])
        lines.flag(k, f"earlier decision '{d}' is stale: {why}; decide again")
        return Outcome.STALE, why
    lines.fill(k, p, _APPLIED)
    # A comment (or evidence) with no decision is kept, and said to be only that.
    return Outcome.APPLIED, "" if d else "a comment or evidence only, no decision"


def _show(p: Placed, lines: _Lines, note: str, flag: str) -> None:
    """A decision not applied, beside its item for a person to settle: in 'Earlier decision
    (decide again)' and in Why, with the comments and evidence kept."""
    k = lines.pos.get((p.h_row, p.f_row))
    for j in [k] if k is not None else lines.touching(p):
        if lines.values["signoff_stale"][j] is None:
            lines.values["signoff_stale"][j] = note
            lines.fill(j, p, PERSON_FIELDS[1:4])
        lines.flag(j, flag)


def _not_a_word(p: Placed, lines: _Lines) -> tuple[Outcome, str]:
    d = p.decision
    sheet = CATEGORY_TITLES.get(d.category, "this sheet")
    why = f"'{d.word}' is not a decision on '{sheet}': choose {offered(d.category)}"
    _show(p, lines, f"{why} ({_who(p)})", f"{why}; not applied")
    return Outcome.INVALID_WORD, why


def _in_conflict(p: Placed, lines: _Lines) -> tuple[Outcome, str]:
    said = " / ".join(r.said() for r in p.decision.rivals)
    why = f"the returned files disagree: {said}"
    _show(p, lines, f"In conflict, not applied: {said}. Agree one and decide again",
          f"{why}; neither is applied, decide again")
    return Outcome.CONFLICTING, why


def _apply_match(p: Placed, k: int | None, lines: _Lines) -> tuple[Outcome, str]:
    """Flags for an accepted or rejected pair; what became of the decision."""
    d, hr, fr = p.decision.signoff_decision, p.h_row, p.f_row
    paired = k is not None
    if p.reasons:
        if (d == ACCEPT) == paired:
            return Outcome.REDUNDANT, "the tool now reaches the same result by itself"
        why = "; ".join(p.reasons)
        verb = "accepted" if d == ACCEPT else "rejected"
        for j in lines.touching(p):
            lines.flag(j, f"a person {verb} the match of HMICFRS {hr} with force {fr} "
                          f"({_who(p)}), but {why}; decide again")
        return Outcome.STALE, why
    if d == ACCEPT:
        if k is None:
            return Outcome.PAIRED_ELSEWHERE, "the force row was already paired by another decision"
        lines.flag(k, f"match accepted by {_who(p)}")
        if k not in lines.decided:
            lines.fill(k, p, ("signoff_evidence", "signoff_comment"))
        return Outcome.APPLIED, ""
    for j in lines.by_h.get(hr or "", []):
        lines.flag(j, f"match with force {fr} rejected by {_who(p)}")
    for j in lines.by_f.get(fr or "", []):
        lines.flag(j, f"match with HMICFRS {hr} rejected by {_who(p)}")
    return Outcome.APPLIED, ""


def _outcome(p: Placed, lines: _Lines) -> tuple[Outcome, str]:
    if not p.found:
        side = "HMICFRS list" if p.decision.h_id and not p.h_row else "force tracker"
        return Outcome.UNKNOWN_ITEM, f"the item is no longer in the {side}"
    if p.decision.rivals:
        return _in_conflict(p, lines)
    if p.decision.word:
        return _not_a_word(p, lines)
    k = lines.pos.get((p.h_row, p.f_row))
    if p.decision.kind is Kind.ITEM:
        return _apply_item(p, k, lines)
    return _apply_match(p, k, lines)


def _logged(p: Placed, outcome: Outcome, reason: str, ident: Identity) -> Logged:
    """The log's row: the rows it is on now, and its identity from now on (it may have been
    found by its text)."""
    d = p.decision
    d = d.replace(hmicfrs_row=p.h_row or d.hmicfrs_row, force_row=p.f_row or d.force_row)
    if p.found:
        d = d.replace(item_id=line_id(ident.h_id.get(p.h_row) if p.h_row else None,
                                      ident.f_id.get(p.f_row) if p.f_row else None))
    return Logged(d, outcome, reason)


def _log_rows(p: Placed, outcome: Outcome, reason: str, ident: Identity) -> list[Logged]:
    """The log's rows for a decision: one per file when files disagree (who said what)."""
    if outcome is not Outcome.CONFLICTING:
        return [_logged(p, outcome, reason, ident)]
    return [_logged(Placed(r, p.h_row, p.f_row), outcome,
                    "also decided " + " / ".join(o.said() for o in p.decision.rivals if o is not r),
                    ident) for r in p.decision.rivals]


def id_columns(items: pd.DataFrame, ident: Identity) -> pd.DataFrame:
    """Every line with its Item ID and Item version."""
    out = items.copy()
    hs, fs = [_row(r) for r in out["hmicfrs_row"]], [_row(r) for r in out["force_row"]]
    out["item_id"] = pd.Series([line_id(ident.h_id.get(h) if h else None,
                                        ident.f_id.get(f) if f else None)
                                for h, f in zip(hs, fs, strict=True)], index=out.index, dtype=object)
    out["item_version"] = pd.Series(
        ["+".join(x for x in (f"h:{ident.h_version[h]}" if h else "",
                              f"f:{ident.f_version[f]}" if f else "") if x)
         for h, f in zip(hs, fs, strict=True)], index=out.index, dtype=object)
    return out


def annotate(items: pd.DataFrame, resolution: Resolution) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Identity and decision columns on every line, stale flags, and the decision log.

    The log holds every decision read with what became of it; it is written to the workbook
    so the next run reads it again.
    """
    out = id_columns(items, resolution.identity)
    lines = _Lines(out)
    log = []
    for p in sorted(resolution.placed, key=lambda p: p.decision.kind is not Kind.ITEM):
        outcome, reason = _outcome(p, lines)
        log += _log_rows(p, outcome, reason, resolution.identity)
    for p in resolution.aside:
        outcome, reason = (_not_a_word(p, lines) if p.found else _outcome(p, lines))
        log.append(_logged(p, outcome, reason, resolution.identity))
    for col, vals in lines.values.items():
        out[col] = pd.Series(vals, index=out.index, dtype=object)
    out["flags"] = pd.Series(lines.flags, index=out.index, dtype=object)
    return out, log_frame(log)
