"""Decisions tied to this run's rows: which pairs the matcher must make or must never make,
and which decisions no longer fit their item (its text or status changed since)."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .identity import Identity, canon, identify, split_version
from .merge import merge
from .place import place_rows
from .read import DecisionFile, DecisionSet
from .records import Decision, Kind, cell_text
from .words import ACCEPT


@dataclass(frozen=True)
class Placed:
    """A decision and the rows of this run it is about (None: not found)."""

    decision: Decision
    h_row: str | None
    f_row: str | None
    reasons: tuple[str, ...] = ()     # why it no longer fits: the item changed since

    @property
    def found(self) -> bool:
        d = self.decision
        return bool(self.h_row or not d.h_id) and bool(self.f_row or not d.f_id)

    @property
    def pair(self) -> tuple[str, str] | None:
        """The pair an accepted or rejected match forces or forbids, when it still fits."""
        if (self.decision.kind is Kind.MATCH and self.found and self.h_row and self.f_row
                and not self.reasons and self.decision.usable):
            return self.h_row, self.f_row
        return None


@dataclass(frozen=True)
class Resolution:
    """Decisions tied to this run's rows: which pairs to force or forbid, which are stale."""

    identity: Identity
    placed: tuple[Placed, ...] = ()
    aside: tuple[Placed, ...] = ()    # words not offered, where another file decided
    forced: tuple[tuple[str, str], ...] = ()
    forbidden: tuple[tuple[str, str], ...] = ()
    files: tuple[DecisionFile, ...] = ()
    notes: tuple[str, ...] = ()


def _find(side_id_: str | None, text: str, rows_by_id: dict[str, str], canons: dict[str, str],
          claimed: set[str]) -> str | None:
    """The current row of an identity; failing that, of the same text (edited slightly)."""
    if not side_id_:
        return None
    if side_id_ in rows_by_id:
        return rows_by_id[side_id_]
    wanted = canon(text)
    if not wanted:
        return None
    free = {r: t for r, t in canons.items() if r not in claimed}
    same = [r for r, t in free.items() if t == wanted]
    if len(same) == 1:
        return same[0]
    from rapidfuzz import fuzz, process

    best = process.extract(wanted, free, scorer=fuzz.ratio, limit=2)
    if best and best[0][1] >= 90 and (len(best) == 1 or best[1][1] < best[0][1] - 3):
        return best[0][2]
    return None


def _changes(dec: Decision, ident: Identity, h_row: str | None, f_row: str | None
             ) -> tuple[str, ...]:
    """Why a decision no longer fits its item: text or status changed since it was made."""
    old = split_version(dec.item_version)
    reasons = list(dec.changed)
    for side, row, label in (("h", h_row, "HMICFRS"), ("f", f_row, "force")):
        if row is None or side not in old:
            continue
        versions = ident.h_version if side == "h" else ident.f_version
        status = ident.h_status if side == "h" else ident.f_status
        text_now, state_now = versions[row].split("/", 1)
        text_then, state_then = old[side]
        if text_now != text_then:
            reasons.append(f"the {label} text changed")
        if state_now != state_then:
            was = (dec.hmicfrs_status if side == "h" else dec.force_status) or "(blank)"
            reasons.append(f"the {label} status changed (was '{was}', now "
                           f"'{cell_text(status[row]) or '(blank)'}')")
    return tuple(reasons)


def _place(decisions: list[Decision], ident: Identity) -> list[Placed]:
    h_rows, f_rows = ident.h_row, ident.f_row
    claimed_h = {h_rows[d.h_id] for d in decisions if d.h_id in h_rows}
    claimed_f = {f_rows[d.f_id] for d in decisions if d.f_id in f_rows}
    placed = []
    for dec in decisions:
        p = Placed(dec, _find(dec.h_id, dec.hmicfrs_text, h_rows, ident.h_canon, claimed_h),
                   _find(dec.f_id, dec.force_text, f_rows, ident.f_canon, claimed_f))
        if p.found:
            p = Placed(dec, p.h_row, p.f_row, _changes(dec, ident, p.h_row, p.f_row))
        placed.append(p)
    return placed


def resolve(decisions: DecisionSet | None, h: pd.DataFrame, f: pd.DataFrame) -> Resolution:
    """Tie each decision to this run's rows; accepted and rejected pairs become forced and
    forbidden pairs for the matcher, unless the item changed since (then they are stale)."""
    ident = identify(h, f)
    if decisions is None:
        return Resolution(ident)
    returned = [place_rows(r, ident) for r in decisions.returned]
    kept, aside, notes = merge(returned)
    placed = _place(kept, ident)
    forced = tuple(p.pair for p in placed if p.pair and p.decision.signoff_decision == ACCEPT)
    forbidden = tuple(p.pair for p in placed if p.pair and p.decision.signoff_decision != ACCEPT)
    return Resolution(ident, tuple(placed), tuple(_place(aside, ident)), forced, forbidden,
                      decisions.files, (*decisions.notes, *notes))
