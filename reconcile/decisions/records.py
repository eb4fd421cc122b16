"""The records decisions are kept in: one frozen `Decision` per decision read back, and an
`Outcome` saying what became of it in this run.

The Decision log sheet (and `Reconciliation.decisions`) holds them as a table with the columns
`LOG_FIELDS`; `to_row` and `from_row` are the only ways between the two.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum, StrEnum
from typing import Any

import pandas as pd

#: Columns the result gains: identity, and what a person decided (the CSV's names).
PERSON_FIELDS = ("signoff_decision", "signoff_owner", "signoff_evidence", "signoff_comment",
                 "signoff_by")
#: Where a decision was read: the file, its SHA-256, and its document properties.
FILE_FIELDS = ("signoff_file", "signoff_sha256", "signoff_saved_by", "signoff_saved_at")
RESULT_FIELDS = ("item_id", "item_version", *PERSON_FIELDS, "signoff_stale", "signoff_file",
                 "signoff_saved_at")

#: The Decision log sheet: every decision in force, including those no row shows (a rejected
#: pair has no row of its own), so that nothing decided is lost between runs.
LOG_FIELDS = ("item_id", "item_version", "kind", *PERSON_FIELDS, "category", "hmicfrs_row",
              "force_row", "hmicfrs_text", "force_text", "hmicfrs_status", "force_status",
              *FILE_FIELDS, "source", "outcome")
#: The log as a table (`Reconciliation.decisions`): the sheet's columns, then the tool's own.
RECORD_FIELDS = (*LOG_FIELDS, "key", "h_id", "f_id", "on_sheet", "outcome_kind")


class Kind(StrEnum):
    """A decision about one line (close it, add it ...) or about a pair (accept, reject)."""

    ITEM = "item"
    MATCH = "match"


class Outcome(Enum):
    """What became of a decision in this run."""

    APPLIED = "applied"
    STALE = "stale"                      # the item changed since: decide again
    UNKNOWN_ITEM = "unknown item"        # no longer in the HMICFRS list or the tracker
    MOVED = "moved"                      # now on a sheet that does not offer that decision
    REDUNDANT = "redundant"              # the tool now reaches the same result by itself
    PAIRED_ELSEWHERE = "paired elsewhere"  # the row was already paired by another decision
    CONFLICTING = "conflicting"          # two returned files disagree
    INVALID_WORD = "invalid word"        # not one of the words the sheet's drop-down offers

    @property
    def label(self) -> str:
        """The first words of the Decision log's 'What happened' (the next run reads them)."""
        return _LABELS[self]

    @property
    def carried(self) -> bool:
        """Whether the next run reads the decision back from the Decision log."""
        return self in (Outcome.APPLIED, Outcome.STALE)

    def text(self, reason: str = "") -> str:
        return f"{self.label}: {reason}" if reason else self.label

    @classmethod
    def of_text(cls, text: str) -> Outcome | None:
        """The outcome a Decision log states (its label), or None when it states none."""
        label = text.split(":", 1)[0].strip().lower()
        return _BY_LABEL.get(label)


_LABELS = {Outcome.APPLIED: "Applied", Outcome.STALE: "Stale",
           Outcome.UNKNOWN_ITEM: "Not carried", Outcome.MOVED: "Not carried",
           Outcome.REDUNDANT: "Not carried", Outcome.PAIRED_ELSEWHERE: "Not carried",
           Outcome.CONFLICTING: "In conflict", Outcome.INVALID_WORD: "Not applied"}
# Reading a log back only needs the family: carried (applied, stale) or not.
_BY_LABEL = {"applied": Outcome.APPLIED, "stale": Outcome.STALE,
             "not carried": Outcome.UNKNOWN_ITEM, "in conflict": Outcome.CONFLICTING,
             "not applied": Outcome.INVALID_WORD}


def cell_text(value: object) -> str:
    """A cell as the text a person sees: dates as '05 Sep 2015', 9312.0 as '9312'."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d %b %Y") if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.strftime("%d %b %Y")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def line_id(h_id: str | None, f_id: str | None) -> str:
    """A line's Item ID: its HMICFRS item's identity, its force row's, or both joined by '+'."""
    return "+".join(x for x in (h_id, f_id) if x)


def split_line_id(value: object) -> tuple[str | None, str | None]:
    parts = cell_text(value).split("+")
    return (next((p for p in parts if p.startswith("h:")), None),
            next((p for p in parts if p.startswith("f:")), None))


@dataclass(frozen=True)
class Decision:
    """One decision as read back: what a person wrote, on which line, and where it was read."""

    item_id: str
    kind: Kind
    signoff_decision: str = ""
    item_version: str = ""
    signoff_owner: str = ""
    signoff_evidence: str = ""
    signoff_comment: str = ""
    signoff_by: str = ""
    category: str = ""                  # the category of the sheet it was made on
    hmicfrs_row: str = ""
    force_row: str = ""
    hmicfrs_text: str = ""
    force_text: str = ""
    hmicfrs_status: str = ""
    force_status: str = ""
    signoff_file: str = ""              # the returned file's name
    signoff_sha256: str = ""
    signoff_saved_by: str = ""          # its document properties: last saved by, and when
    signoff_saved_at: str = ""
    source: str = ""                    # "file, sheet 'Review', row 7"
    on_sheet: bool = True               # written on a category sheet, not carried in a log
    was_stale: bool = False             # the log it came from said it was stale
    withdrawn: bool = False             # its Decision cell was cleared since
    word: str = ""                      # the word as typed, when it is not a choice
    #: Why it does not fit its item, found when a row without an Item ID was matched back.
    changed: tuple[str, ...] = ()
    #: Decisions two or more files disagree on (then this one is none of them).
    rivals: tuple[Decision, ...] = ()

    @property
    def h_id(self) -> str | None:
        return split_line_id(self.item_id)[0]

    @property
    def f_id(self) -> str | None:
        return split_line_id(self.item_id)[1]

    @property
    def key(self) -> str:
        """What two decisions must share to be about the same thing."""
        if not self.item_id:   # not yet matched back (the Item ID column was deleted)
            return f"rows:{self.hmicfrs_row}+{self.force_row}"
        if self.kind is Kind.MATCH:
            return f"match:{line_id(self.h_id, self.f_id)}"
        return f"item:{self.item_id}"

    @property
    def has_content(self) -> bool:
        return any(getattr(self, f) for f in PERSON_FIELDS) or bool(self.word)

    @property
    def usable(self) -> bool:
        """A word the sheet offers, and no other file disagreeing with it."""
        return not self.word and not self.rivals

    def said(self) -> str:
        """"'Not yet' (DCI Patel, patel.xlsx, sheet 'Review', row 3)": who said what, where."""
        said = self.signoff_decision or self.word or "(no decision)"
        who = ", ".join(x for x in (self.signoff_by or self.signoff_saved_by, self.source) if x)
        return f"'{said}' ({who})" if who else f"'{said}'"

    def replace(self, **changes: Any) -> Decision:
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True)
class Logged:
    """A decision and what became of it in this run: one row of the Decision log."""

    decision: Decision
    outcome: Outcome
    reason: str = ""

    def to_row(self) -> dict[str, Any]:
        d = self.decision
        row: dict[str, Any] = {f: getattr(d, f) for f in LOG_FIELDS if f != "outcome"}
        row["kind"] = d.kind.value
        row.update(outcome=self.outcome.text(self.reason), key=d.key, h_id=d.h_id, f_id=d.f_id,
                   on_sheet=d.on_sheet, outcome_kind=self.outcome.value)
        return row


def empty_log() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object) for c in RECORD_FIELDS})


def log_frame(entries: list[Logged]) -> pd.DataFrame:
    """The Decision log as a table (`Reconciliation.decisions`)."""
    if not entries:
        return empty_log()
    return pd.DataFrame([e.to_row() for e in entries], columns=list(RECORD_FIELDS), dtype=object)


def outcome_count(log: pd.DataFrame, *outcomes: Outcome) -> int:
    """How many decisions of the log ended in one of `outcomes`."""
    if not len(log) or "outcome_kind" not in log:
        return 0
    return int(log["outcome_kind"].isin([o.value for o in outcomes]).sum())


def stale_count(log: pd.DataFrame) -> int:
    return outcome_count(log, Outcome.STALE)
