"""Dates the paper is given (the meeting, the last meeting) and dates it reads (a previous
run's "Run on"), parsed the way an analyst writes them."""

from __future__ import annotations

from datetime import date, datetime

from ..errors import ReconcileError

#: Accepted spellings, tried in order: ISO first (what the README shows), then UK day-first.
_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d %B %Y", "%d %b %Y")


def parse_date(value: date | str | None, option: str) -> date | None:
    """`value` as a date; a message naming the option and the fix when it is not one."""
    if value is None or isinstance(value, date):
        return value.date() if isinstance(value, datetime) else value
    text = " ".join(str(value).split())
    if not text:
        return None
    for fmt in _FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ReconcileError(f"{option} {value}: is not a date the paper can use. Give it as "
                         f"year-month-day, e.g. {option} 2017-11-30.")


def run_date(run_on: str) -> date | None:
    """The date of a previous run from its Summary's "Run on" ("05 December 2026 at 09:30");
    None when it does not say (a CSV has no Summary)."""
    head = run_on.split(" at ")[0].strip()
    for fmt in _FORMATS:
        try:
            return datetime.strptime(head, fmt).date()
        except ValueError:
            continue
    return None


def long_date(d: date) -> str:
    """30 November 2017: how a committee paper writes a date."""
    return f"{d.day} {d:%B %Y}"
