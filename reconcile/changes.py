"""What changed since a previous run: the paragraph a committee paper needs, and its lines.

The previous run is read from the workbook (or CSV) it wrote; items are compared by their
stable identity (see ``decisions``), so rows moved, sorted or renumbered since do not count as
changes. A previous output from before identities were written is compared by identities
computed from its visible reference, report and text.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .decisions import (
    LOG_FIELDS,
    MATCH_CHOICES,
    line_id,
    read_tables,
    side_id,
    split_line_id,
)
from .errors import InputError
from .load import file_sha256
from .load.text import unescape_formula
from .result import KINDS, Changes, Reconciliation
from .vocab import CATEGORY_TITLES, CLOSEABLE

__all__ = ["KINDS", "LINE_COLUMNS", "Changes", "Previous", "compare", "paragraph", "read_previous",
           "with_changes"]

LINE_COLUMNS = ["change", "hmicfrs_row", "force_row", "hmicfrs_ref", "report", "text", "was",
                "now", "detail"]
_PREVIOUS_COLUMNS = ["item_id", "category", "hmicfrs_row", "force_row", "hmicfrs_ref",
                     "hmicfrs_report", "force_report", "hmicfrs_text", "force_text"]
_CLOSEABLE = CLOSEABLE
_TITLE_CATEGORY = {t: c for c, t in CATEGORY_TITLES.items()}


@dataclass(frozen=True)
class Previous:
    """A previous run as its outputs show it."""

    path: Path
    sha256: str
    run_on: str
    items: pd.DataFrame        # _PREVIOUS_COLUMNS, plus h_id and f_id
    decisions: frozenset[tuple[str, str]]   # (key, decision) recorded by the tool


def read_previous(path: str | Path) -> Previous:
    """The items and decisions of a previous run, from its workbook or CSV."""
    path = Path(path)
    tables, run_on, _ = read_tables(path)
    rows, decisions = [], set()
    for table in tables:
        category = _TITLE_CATEGORY.get(table.sheet)
        for _, values in table.rows:
            if table.is_log:
                if values.get("signoff_decision") and not values.get("outcome", "").startswith(
                        "Not carried"):
                    kind = values.get("kind", "").lower() or (
                        "match" if values["signoff_decision"] in MATCH_CHOICES else "item")
                    h, f = split_line_id(values.get("item_id"))
                    key = line_id(h, f) if kind == "match" else values.get("item_id", "")
                    decisions.add((f"{kind}:{key}", values["signoff_decision"]))
                continue
            row = {c: unescape_formula(values.get(c, "")) for c in _PREVIOUS_COLUMNS}
            row["category"] = category or row["category"]
            if not row["item_id"]:
                if "!" not in row["hmicfrs_row"] + row["force_row"]:
                    continue  # a note, not an item
                row["item_id"] = _computed_id(row)
            rows.append(row)
            if path.suffix.lower() == ".csv" and values.get("signoff_decision"):
                decisions.add((f"item:{row['item_id']}", values["signoff_decision"]))
    items = pd.DataFrame(rows, columns=_PREVIOUS_COLUMNS, dtype=object)
    items = items[items["category"].isin(list(CATEGORY_TITLES))]
    if items.empty:
        raise InputError(f"{path}: no items found. Give the workbook (or CSV) an earlier run of "
                         "reconcile wrote, e.g. --previous last-month.xlsx.")
    items = _with_side_ids(items)
    return Previous(path, file_sha256(path), run_on, items.reset_index(drop=True), frozenset(decisions))


def _with_side_ids(items: pd.DataFrame) -> pd.DataFrame:
    ids = [split_line_id(v) for v in items["item_id"]]
    return items.assign(h_id=pd.Series([h for h, _ in ids], index=items.index, dtype=object),
                        f_id=pd.Series([f for _, f in ids], index=items.index, dtype=object))


def _computed_id(row: dict[str, str]) -> str:
    h = side_id("hmicfrs", row["hmicfrs_ref"], row["hmicfrs_report"], row["hmicfrs_text"]) \
        if row["hmicfrs_row"] else None
    f = side_id("force", "", row["force_report"], row["force_text"]) if row["force_row"] else None
    return line_id(h, f)


def _line(change: str, item: dict, was: str = "", now: str = "", detail: str = "") -> dict:
    return {"change": change, "hmicfrs_row": item.get("hmicfrs_row") or None,
            "force_row": item.get("force_row") or None, "hmicfrs_ref": item.get("hmicfrs_ref"),
            "report": item.get("hmicfrs_report") or item.get("force_report"),
            "text": item.get("hmicfrs_text") or item.get("force_text"),
            "was": was, "now": now, "detail": detail}


def _by_h(frame: pd.DataFrame) -> dict[str, list[str]]:
    """HMICFRS row id -> the categories of its lines (a split item has several)."""
    out: dict[str, list[str]] = {}
    for h, c in zip(frame["h_id"], frame["category"], strict=True):
        if h:
            out.setdefault(h, []).append(c)
    return out


def _title(c: str | None) -> str:
    return CATEGORY_TITLES.get(c or "", "")


def compare(previous: Previous, rec: Reconciliation) -> Changes:
    """Lines of change between a previous run and this one, and a paragraph saying it."""
    cur, prev = _with_side_ids(rec.items), previous.items
    seen_h: set[str] = set()
    lines = _lines_now(cur, prev, seen_h) + _lines_gone(cur, prev, seen_h)
    lines += _decision_lines(previous, rec)
    frame = pd.DataFrame(lines, columns=LINE_COLUMNS, dtype=object)
    order = {k: n for n, k in enumerate(KINDS)}
    frame = frame.sort_values("change", key=lambda s: s.map(order), kind="stable")
    changes = Changes(previous.path, previous.sha256, previous.run_on,
                      frame.reset_index(drop=True), "")
    return dataclasses.replace(changes, paragraph=paragraph(changes, rec))


def _lines_now(cur: pd.DataFrame, prev: pd.DataFrame, seen_h: set[str]) -> list[dict]:
    """This run's lines that are new, or newly closeable, in conflict or missing."""
    prev_line = dict(zip(prev["item_id"], prev["category"], strict=True))
    prev_h = _by_h(prev)
    lines = []
    for item in cur.to_dict("records"):
        h, cat = item["h_id"], item["category"]
        if h and h not in prev_h and h not in seen_h:
            lines.append(_line(KINDS[0], item, "", _title(cat)))
        if h:
            seen_h.add(h)
        if item["item_id"] in prev_line:
            was = prev_line[item["item_id"]]
        else:
            was = (prev_h.get(h) or [None])[0] if h else None
        if cat in _CLOSEABLE and was not in _CLOSEABLE:
            lines.append(_line(KINDS[2], item, _title(was) or "(new)", _title(cat)))
        if cat == "conflict" and was != "conflict":
            lines.append(_line(KINDS[4], item, _title(was) or "(new)", _title(cat), item["flags"]))
        if cat == "missing_from_force" and was != "missing_from_force":
            lines.append(_line(KINDS[5], item, _title(was) or "(new)", _title(cat)))
    return lines


def _lines_gone(cur: pd.DataFrame, prev: pd.DataFrame, seen_h: set[str]) -> list[dict]:
    """The previous run's items no longer on the list, and conflicts since resolved."""
    cur_line = dict(zip(cur["item_id"], cur["category"], strict=True))
    cur_h = _by_h(cur)
    lines = []
    for item in prev.to_dict("records"):
        h = item["h_id"]
        if h and h not in cur_h and h not in seen_h:
            lines.append(_line(KINDS[1], item, _title(item["category"]), ""))
            seen_h.add(h)
        if item["category"] == "conflict":
            now = cur_line.get(item["item_id"]) or ((cur_h.get(h) or [None])[0] if h else None)
            if now is not None and now != "conflict":
                lines.append(_line(KINDS[3], item, _title("conflict"), _title(now)))
    return lines


def _decision_lines(previous: Previous, rec: Reconciliation) -> list[dict]:
    out = []
    log = rec.decisions
    if log.empty:
        return out
    lines = {(r["hmicfrs_row"] if isinstance(r["hmicfrs_row"], str) else "",
              r["force_row"] if isinstance(r["force_row"], str) else ""): r
             for r in rec.items.to_dict("records")}
    for d in log.to_dict("records"):
        decision = d.get("signoff_decision")
        if not decision or not d.get("on_sheet"):
            continue
        if (d["key"], decision) in previous.decisions:
            continue
        who = d.get("signoff_by") or "a sign-off lead"
        item = lines.get((d.get("hmicfrs_row") or "", d.get("force_row") or "")) or {
            f: d.get(f) for f in LOG_FIELDS}
        out.append(_line(KINDS[6], item, "", decision,
                         f"{who}; {d.get('outcome')}" + (f"; {d['signoff_comment']}"
                                                         if d.get("signoff_comment") else "")))
    return out


def _n(count: int, one: str, many: str | None = None) -> str:
    """'no items', '1 item', '3 items'."""
    return f"{count or 'no'} {one if count == 1 else (many or one + 's')}"


def paragraph(changes: Changes, rec: Reconciliation) -> str:
    """One paragraph for a committee paper: what moved since the last run, and where it stands."""
    c = changes.counts()
    now = rec.counts()
    closeable = now["closeable_submit"] + now["closeable_local"]
    h_open = int(rec.items.loc[rec.items["hmicfrs_row"].notna()
                               & (rec.items["hmicfrs_state"].fillna("") != "closed"),
                               "hmicfrs_row"].nunique())
    when = f" on {changes.run_on}" if changes.run_on else ""
    parts = [
        f"Since the previous run{when} ({changes.path.name}), "
        f"{_n(c[KINDS[0]], 'item was', 'items were')} added to the HMICFRS list and "
        f"{_n(c[KINDS[1]], 'item', 'items')} left it; HMICFRS now holds "
        f"{_n(h_open, 'item')} open against the force.",
        (f"{_n(c[KINDS[2]], 'more item', 'more items')} can now be closed, {closeable} in all."
         if c[KINDS[2]] else f"No further items became closeable; {closeable} can be closed."),
        f"{_n(c[KINDS[3]], 'conflict was', 'conflicts were')} resolved and "
        f"{_n(c[KINDS[4]], 'new one', 'new ones')} found; {now['conflict']} remain.",
    ]
    if c[KINDS[5]] or now["missing_from_force"]:
        parts.append(f"{_n(c[KINDS[5]], 'item is', 'items are')} newly missing from the force "
                     f"tracker, {now['missing_from_force']} in all.")
    decided = changes.lines.loc[changes.lines["change"] == KINDS[6], "now"].value_counts()
    if len(decided):
        parts.append(f"Sign-off leads took {_n(int(decided.sum()), 'decision')}: "
                     + ", ".join(f"{v} '{k}'" for k, v in decided.items()) + ".")
    return " ".join(p[0].upper() + p[1:] for p in parts)


def with_changes(rec: Reconciliation, previous: str | Path) -> Reconciliation:
    """The same result, with what changed since the previous run attached for the writer."""
    return dataclasses.replace(rec, changes=compare(read_previous(previous), rec))
