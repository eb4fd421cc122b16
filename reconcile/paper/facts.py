"""The facts the committee paper states, gathered once from a finished `Reconciliation`.

Pure: frozen dataclasses in, frozen dataclasses out; rendering (``render``) only lays them
out. Counts come from the same functions the workbook's Summary uses, so the two tie out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pandas as pd

from ..result import Reconciliation
from ..write.summary import headline
from .dates import long_date, run_date


@dataclass(frozen=True)
class Item:
    """One item of the HMICFRS list, word for word."""

    ref: str        # the HMICFRS reference, '' when the list gives none
    type: str       # 'recommendation', 'area for improvement', 'cause of concern' or ''
    text: str
    status: str     # as the list words it


@dataclass(frozen=True)
class NewReport:
    name: str
    published: date
    items: tuple[Item, ...]


@dataclass(frozen=True)
class RedItem:
    report: str
    item: Item
    cause: Item | None            # the cause of concern a recommendation answers
    owners: tuple[str, ...]
    progress: tuple[str, ...]     # the tracker's latest update, per force row graded Red


@dataclass(frozen=True)
class ReviewReport:
    report: str
    action: str                   # 'close locally' or 'submit for closure'
    items: tuple[Item, ...]
    statuses: tuple[str, ...]     # the HMICFRS statuses that make the case


@dataclass(frozen=True)
class Conflict:
    ref: str
    report: str
    facts: str


@dataclass(frozen=True)
class Position:
    """Where the reconciliation stands: the Summary's numbers."""

    on_list: int
    open: int
    closed: int
    counts: dict[str, int]        # per category, as Reconciliation.counts()
    changes: str | None           # the Changes sheet's paragraph, with a previous run


@dataclass(frozen=True)
class Source:
    label: str
    name: str
    saved: date | None


@dataclass(frozen=True)
class PaperFacts:
    committee: str
    contact_name: str
    contact_title: str
    meeting: date | None
    since: date | None
    position: Position
    new_reports: tuple[NewReport, ...] | None   # None: the paper cannot tell which are new
    new_reports_why: str                        # why not, when it cannot tell
    red: tuple[RedItem, ...]
    review: tuple[ReviewReport, ...]
    conflicts: tuple[Conflict, ...]
    sources: tuple[Source, ...]
    notes: tuple[str, ...]                      # input the paper could not use, said plainly


def gather(rec: Reconciliation, meeting: date | None = None, since: date | None = None
           ) -> PaperFacts:
    """Everything the paper says, from the run's result."""
    notes: list[str] = []
    since = _since(rec, meeting, since, notes)
    new, why = new_reports(rec.h, since, meeting)
    if why:
        notes.append(why)
    settings = rec.config.paper
    return PaperFacts(
        committee=settings.committee, contact_name=settings.contact_name,
        contact_title=settings.contact_title, meeting=meeting, since=since,
        position=position(rec), new_reports=new, new_reports_why=why,
        red=red_items(rec, meeting), review=review_reports(rec), conflicts=conflicts(rec),
        sources=sources(rec), notes=tuple(notes))


def _since(rec: Reconciliation, meeting: date | None, since: date | None,
           notes: list[str]) -> date | None:
    """The last meeting's date: given, else the previous run's; never after this meeting."""
    if since is None and rec.changes is not None:
        since = run_date(rec.changes.run_on)
        if since is None:
            notes.append(f"{rec.changes.path.name}: does not say when it was run, so the paper "
                         "cannot tell which reports are new. Give --since with the date of the "
                         "last meeting, e.g. --since 2017-09-28.")
    if since is not None and meeting is not None and since >= meeting:
        notes.append(f"--since {since.isoformat()} is not before the meeting "
                     f"({meeting.isoformat()}), so no report can be new. Give the date of the "
                     "last meeting, e.g. --since 2017-09-28.")
    return since


def _clean(value: object) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return " ".join(str(value).split()) if "\n" not in str(value) else str(value).strip()


def _ref(value: object) -> str:
    text = _clean(value)
    return text[:-2] if re.fullmatch(r"\d+\.0", text) else text


def _item(row: pd.Series | dict) -> Item:
    return Item(ref=_ref(row["ref"]), type=_clean(row["type_norm"]), text=_clean(row["text"]),
                status=_clean(row["status"]))


def report_name(value: object) -> str:
    """A report as the HMICFRS list names it, spaces tidied."""
    return " ".join(str(value).split()) if _clean(value) else "(no report named)"


def _list_order(h: pd.DataFrame) -> pd.DataFrame:
    return h.sort_values(["sheet", "row"], kind="stable")


def new_reports(h: pd.DataFrame, since: date | None, meeting: date | None
                ) -> tuple[tuple[NewReport, ...] | None, str]:
    """Reports on the list published after `since` (and not after the meeting), oldest
    first; or None and why the paper cannot tell."""
    if since is None:
        return None, ("No date of the last meeting was given, so the paper cannot tell which "
                      "reports are new. Give --since, e.g. --since 2017-09-28.")
    dates = h["published_date"].map(_as_date)
    if not dates.notna().any():
        return None, ("The HMICFRS list gives no publication dates, so the paper cannot tell "
                      "which reports were published since the last meeting. Use a list with "
                      "its 'Publication date' column.")
    h = _list_order(h.assign(_published=dates, _report=h["report"].map(report_name)))
    found = []
    for name, rows in h.groupby("_report", sort=False):
        published = rows["_published"].dropna()
        if published.empty:
            continue
        first = min(published)
        if first > since and (meeting is None or first <= meeting):
            found.append(NewReport(name, first, tuple(_item(r) for _, r in rows.iterrows())))
    return tuple(sorted(found, key=lambda r: r.published)), ""


def _as_date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else None


def position(rec: Reconciliation) -> Position:
    """The Summary's numbers: its headline's open count and its count per category."""
    open_count = headline(rec.items)[0][1]
    on_list = int(rec.items["hmicfrs_row"].nunique())
    return Position(on_list=on_list, open=open_count, closed=on_list - open_count,
                    counts=rec.counts(),
                    changes=rec.changes.paragraph if rec.changes is not None else None)


#: A force status that grades an item Red: the word (RED, Red - overdue, "Red (cell colour)"
#: when it was read from the cell's fill), or the letter R alone.
_RED = re.compile(r"^\s*r\s*$|\bred\b", re.IGNORECASE)


def is_red(status: object) -> bool:
    return bool(_RED.search(_clean(status)))


def causes_of_concern(h: pd.DataFrame) -> dict[str, str]:
    """Recommendation row → the cause of concern above it on the list (same report, with
    only recommendations between), as HMICFRS sets them out."""
    out: dict[str, str] = {}
    cause, report = None, None
    for row in _list_order(h).itertuples(index=False):
        if row.report != report:
            cause, report = None, row.report
        if row.type_norm == "cause of concern":
            cause = row.row_id
        elif row.type_norm == "recommendation" and cause is not None:
            out[row.row_id] = cause
        else:
            cause = None
    return out


def red_items(rec: Reconciliation, meeting: date | None = None) -> tuple[RedItem, ...]:
    """Items open on the HMICFRS list that the force grades Red, in the list's order; with a
    meeting date, only those of reports published by then (a paper dated before a report
    cannot report on it)."""
    items = rec.items
    red = items[items["hmicfrs_row"].notna() & (items["hmicfrs_state"].fillna("") != "closed")
                & items["force_status"].map(is_red)]
    if meeting is not None:
        published = dict(zip(rec.h["row_id"], rec.h["published_date"].map(_as_date), strict=True))
        red = red[[(d := published.get(r)) is None or d <= meeting for r in red["hmicfrs_row"]]]
    if red.empty:
        return ()
    h = rec.h.set_index("row_id", drop=False)
    causes = causes_of_concern(rec.h)
    order = {r: k for k, r in enumerate(_list_order(rec.h)["row_id"])}
    out = []
    for row_id in sorted(set(red["hmicfrs_row"]), key=order.__getitem__):
        lines = red[red["hmicfrs_row"] == row_id]
        cause = causes.get(row_id)
        out.append(RedItem(
            report=report_name(h.at[row_id, "report"]), item=_item(h.loc[row_id]),
            cause=_item(h.loc[cause]) if cause else None,
            owners=_distinct(lines["force_owner"]), progress=_distinct(lines["force_progress"])))
    return tuple(out)


def _distinct(values: pd.Series) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in map(_clean, values) if v))


def review_reports(rec: Reconciliation) -> tuple[ReviewReport, ...]:
    """Reports wholly closed by HMICFRS but open in the tracker (close them locally), and
    reports the force has wholly done but HMICFRS holds open (submit them)."""
    items = rec.items[rec.items["hmicfrs_row"].notna()]
    h = rec.h.set_index("row_id", drop=False)
    out = []
    for name, lines in items.groupby(items["hmicfrs_report"].map(report_name), sort=True):
        h_closed = lines["hmicfrs_state"].fillna("") == "closed"
        f_done = lines["force_row"].notna() & (lines["force_state"].fillna("") == "done")
        f_open = lines["force_row"].notna() & ~f_done
        if h_closed.all() and f_open.any():
            action, chosen = "close locally", lines[f_open]
        elif f_done.all() and not h_closed.all():
            action, chosen = "submit for closure", lines[~h_closed]
        else:
            continue
        rows = list(dict.fromkeys(chosen["hmicfrs_row"]))
        statuses = tuple(dict.fromkeys(_clean(s) for s in lines["hmicfrs_status"] if _clean(s)))
        out.append(ReviewReport(name, action, tuple(_item(h.loc[r]) for r in rows), statuses))
    return tuple(out)


#: The parts of a line's flags that state a disagreement (diff._conflicts words them).
_DISAGREES = re.compile(r"\bdiffers\b|^the force has no row for")


def conflicts(rec: Reconciliation) -> tuple[Conflict, ...]:
    """Conflicts still to resolve, each with the facts that disagree."""
    lines = rec.items[rec.items["category"] == "conflict"]
    out = []
    for row in lines.itertuples(index=False):
        facts = [p.strip() for p in str(row.flags).split("; ") if _DISAGREES.search(p.strip())]
        out.append(Conflict(ref=_ref(row.hmicfrs_ref), report=report_name(row.hmicfrs_report),
                            facts="; ".join(facts) or "the two records disagree"))
    return tuple(out)


def sources(rec: Reconciliation) -> tuple[Source, ...]:
    """The two input files, named and dated (the date each was last saved)."""
    return tuple(Source(side.label, Path(side.path).name, _saved(Path(side.path)))
                 for side in (rec.hmicfrs, rec.force))


def _saved(path: Path) -> date | None:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime).date()
    except OSError:
        return None


__all__ = ["Conflict", "Item", "NewReport", "PaperFacts", "Position", "RedItem", "ReviewReport",
           "Source", "gather", "is_red", "long_date"]
