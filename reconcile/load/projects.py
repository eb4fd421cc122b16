"""A row whose status is its change project's. A force delivering recommendations through
its change portfolio writes the project on the row ("PRJ-041", "PRJ 41", "prj 021",
"Project 11", "Domestic Abuse Risk (DASH) (PRJ-038)", or the project's name) and "See
project" (or nothing) as its status; the project's stage is on the portfolio sheet of the
same workbook ("PRJ-038 | Domestic Abuse Risk (DASH) | … | 5 - Closed"). The row is done
when every project it names is closed ("Closed", "Complete", "Delivered"; a project in its
"Closure" stage, paused or descoped is not), a project merged into another following that
one ("Merged into PRJ-021"). A status of the row's own ("Complete", "In progress") stands.

So with an improvement plan's actions: a force under enhanced monitoring writes "See plan"
("See FIP", "Per IP") as a register row's status and points to the plan sheet's actions
("A-01, 06, 07", "IP-01 to IP-04", "A-11/12/13", "A-14 & 15", "A-20 (part)"; "TBC" for none
yet). The actions' ids are any letters and a number ("A-01", "IP-7"), one prefix down the
plan sheet; the sheet is a plan only where three rows of other sheets point into it so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .. import vocab
from ..normalise.entries import ASKS
from .grid import Grid, blank
from .sheetfacts import one, rows_named

#: A project's or programme's code: "PRJ-041", "PGM-04", "CP07", "Project 11".
_CODE = re.compile(r"(?<![A-Za-z0-9])(prj|pgm|proj(?:ect)?|prog(?:ramme)?|cp|chg)[\s\-_.:#]*"
                   r"0*(\d{1,4})(?![\d])", re.IGNORECASE)
_SHORT = {"project": "prj", "proj": "prj", "programme": "pgm", "prog": "pgm"}
#: A row's status saying it is its project's: "See project", "As per project", "(see PRJ)";
#: or its plan's: "See plan", "See FIP", "Per IP", "See improvement plan".
_SEE_PROJECT = re.compile(r"^\s*\(?\s*(?:see|as\s+per|per|refer\s+to|via|tracked\s+(?:in|under|by))"
                          r"\s+(?:the\s+)?(?:project|prj|programme|pgm|portfolio|cp\b|"
                          r"(?:force\s+|action\s+|improvement\s+|delivery\s+)?plan\b|"
                          r"(?-i:[A-Z]{2,4})\s*(?:\(|$|actions?\b))", re.IGNORECASE)
#: A plan's action id: "A-01", "IP-07", "A12", "ACT 3": a few letters and a number.
_ACTION = re.compile(r"([A-Za-z]{1,4})[\s\-_.]?0*(\d{1,3})")
#: In a row's pointer to actions: an id, a bare number after one ("A-11/12/13"), or a range's
#: word between two ("A-01 to A-04", "A-16 - A-18").
_POINTER = re.compile(r"(?P<code>(?P<pre>[A-Za-z]{1,4})[\s\-_.]?0*(?P<n>\d{1,3}))(?![\d])|"
                      r"(?P<num>(?<![\w-])0*\d{1,3}(?!\d))|(?P<range>\bto\b|\s[-\u2013]\s|\.\.)")
#: A pointer saying no action is set yet: "TBC", "to be confirmed", "none yet".
_NO_ACTION = re.compile(r"^\s*(?:tbc|tba|to\s+be\s+(?:confirmed|agreed)|none\s+yet|not\s+yet\s+"
                        r"(?:set|agreed|allocated))\b", re.IGNORECASE)
#: Rows of other sheets pointing into a sheet of actions, at least, for it to be a plan; the
#: widest range a pointer is read as.
_POINTING, _WIDEST = 3, 30
#: A project stage or status that is closed: "5 - Closed", "Complete", "Delivered".
_CLOSED = re.compile(r"\b(?:closed|complete|completed|delivered)\b", re.IGNORECASE)
#: ... and what, beside such a word, says it is not: "4 - Closure", "Closed - descoped".
_NOT_DONE = re.compile(r"\b(?:closure|descoped|de-scoped|paused|cancelled|withdrawn|merged|"
                       r"not\s+(?:closed|complete|delivered))\b", re.IGNORECASE)
_MERGED = re.compile(r"\bmerged\s+(?:into|with)\b", re.IGNORECASE)
#: A banner over a register's closed projects: "ARCHIVE – CLOSED PROJECTS".
_ARCHIVE = re.compile(r"\b(?:archive|archived|closed\s+projects?)\b", re.IGNORECASE)
#: Rows a register must hold before it is one.
_LEAST = 3


@dataclass(frozen=True)
class Project:
    """One project of a portfolio sheet, as a row naming it is read."""

    sheet: str           # the portfolio sheet
    code: str            # as written
    name: str
    said: str            # its stage and status, as written: "5 - Closed; Complete"
    done: bool
    merged_into: str     # the key of the project it was merged into, or ""
    prefix: str = ""     # a plan action's id letters ("a" for "A-01"); "" for a project


def code_key(text: str) -> str:
    """'PRJ 41', 'prj-041', 'Project 41' -> 'prj41'; '' when the text names no code."""
    m = _CODE.search(text)
    if m is None:
        return ""
    word = m.group(1).lower()
    return f"{_SHORT.get(word, word)}{int(m.group(2))}"


def action_key(text: str, prefix: str) -> str:
    """'A-07', 'a07', 'A 7' -> 'a7' for a plan whose ids open with `prefix`; '' if not one."""
    m = _ACTION.match(text.strip())
    return f"{prefix}{int(m.group(2))}" if m and m.group(1).lower() == prefix else ""


def project_register(grids: list[Grid]) -> dict[str, Project]:
    """Each project of a portfolio sheet by its code's key (and by its name's key): a sheet
    headed with a stage or status column whose rows start with a project's code, three at
    least. Else each action of an improvement plan's sheet, by its id's key."""
    return _register(grids, _project_rows) or _register(grids, _action_rows)


def _project_rows(grid: Grid, rows: list) -> tuple[list, str]:
    return [(r, row) for r, row in rows if isinstance(row[0], str)
            and _CODE.fullmatch(row[0].strip())], ""


def _action_rows(grid: Grid, rows: list) -> tuple[list, str]:
    """A plan's rows, each opening with an action id of one prefix, and the prefix: only where
    rows of other sheets point into them ("See plan" beside "A-01, 06")."""
    ids = [(r, row, m.group(1).lower()) for r, row in rows if isinstance(row[0], str)
           and (m := _ACTION.fullmatch(row[0].strip()))]
    prefixes = {p for _, _, p in ids}
    if len(prefixes) != 1:
        return [], ""
    prefix = prefixes.pop()
    return [(r, row) for r, row, _ in ids], prefix


def _pointed_into(grids: list[Grid], sheet: str, prefix: str) -> int:
    """Rows of other sheets saying "See plan" beside a cell opening with one of its ids."""
    return sum(1 for g in grids if g.name != sheet for row in g.rows
               if any(isinstance(v, str) and _SEE_PROJECT.match(v) for v in row)
               and any(isinstance(v, str) and action_key(v.split(",")[0].split("/")[0], prefix)
                       for v in row))


def _register(grids: list[Grid], coded_rows) -> dict[str, Project]:
    for grid in grids:
        rows = [(r, row) for r, row in enumerate(grid.rows, start=1) if row]
        coded, prefix = coded_rows(grid, rows)
        if len(coded) < _LEAST or sum(
                any(isinstance(v, str) and ASKS.search(v) for v in row) for _, row in coded) > 1:
            continue         # rows asking something of the force: a tracker's items, coded
        if prefix and _pointed_into(grids, grid.name, prefix) < _POINTING:
            continue
        key_of = (lambda t, p=prefix: action_key(t, p)) if prefix else code_key
        header = next((row for _, row in rows if any(
            isinstance(v, str) and vocab.key(v) in ("stage", "status", "project status")
            for v in row)), [])
        said_cols = [c for c, v in enumerate(header) if isinstance(v, str)
                     and re.search(r"\b(?:stage|status|state)\b", v, re.IGNORECASE)]
        if not said_cols:
            continue
        archive_from = next((r for r, row in rows if len([v for v in row if not blank(v)]) == 1
                             and isinstance(row[0], str) and _ARCHIVE.search(row[0])), None)
        out: dict[str, Project] = {}
        for r, row in coded:
            cells = [str(v).strip() for v in row if not blank(v)]
            said = "; ".join(str(row[c]).strip() for c in said_cols
                             if c < len(row) and not blank(row[c]))
            merged = next((key_of(v[m.end():]) for v in cells
                           if (m := _MERGED.search(v))), "")
            archived = archive_from is not None and r > archive_from
            done = archived or bool(_CLOSED.search(said) and not _NOT_DONE.search(said))
            name = next((v for v in cells[1:] if len(v.split()) >= 2), "")
            project = Project(grid.name, cells[0], name,
                              said or ("archived" if archived else ""), done and not merged,
                              merged, prefix)
            out[key_of(cells[0])] = project
            if name and not prefix:       # an action's words are no name a row gives
                out.setdefault(vocab.key(name), project)
        return out
    return {}


def _state(key: str, projects: dict[str, Project], seen: frozenset[str] = frozenset()
           ) -> tuple[bool, str]:
    """(done, in words) of a project, a merged one followed into the one it joined."""
    p = projects[key]
    if p.merged_into and p.merged_into in projects and p.merged_into not in seen:
        done, words = _state(p.merged_into, projects, seen | {key})
        return done, f"{p.code} merged into {words}"
    return p.done, f"{p.code}: {p.said}" if p.said else p.code


def status_from_projects(grid: Grid, text_col: int, items: list[dict[str, Any]],
                         projects: dict[str, Project], notes: list[str]) -> None:
    """Each row whose status is "See project" (or blank) and which names projects of the
    register takes their state (in place): "Closed (project PRJ-038: 5 - Closed)"."""
    if not projects or (first := next(iter(projects.values()))).sheet == grid.name:
        return
    prefix = first.prefix
    read = []
    for item in items:
        status = item.get("status")
        seen = isinstance(status, str) and bool(_SEE_PROJECT.match(status))
        if not (seen or (blank(status) and not prefix)):
            continue         # a plan's pointer is read where the row says "See plan"
        row = grid.rows[item["row"] - 1]
        keys = _pointed(row, text_col, projects, prefix) if prefix else _named(row, text_col, projects)
        if not keys:
            none = next((v for v in row if isinstance(v, str) and _NO_ACTION.match(v)), None)
            if prefix and none is not None:
                item["status"] = f"Open (no plan action yet: '{none.strip()}')"
                read.append(item["row"])
            continue
        states = [_state(k, projects) for k in keys]
        done = all(d for d, _ in states)
        words = "; ".join(w for _, w in states)
        item["status"] = f"{'Closed' if done else 'Open'} ({'plan action' if prefix else 'project'} {words})"
        read.append(item["row"])
    if read and prefix:
        notes.append(f"{rows_named(read)} {one(read, 'takes its', 'take their')} status from "
                     f"the plan's actions {one(read, 'it points', 'they point')} to on sheet "
                     f"'{first.sheet}' (done when every action is complete, a merged action "
                     "followed to the one it joined; 'TBC' is open)")
    elif read:
        notes.append(f"{rows_named(read)} {one(read, 'takes its', 'take their')} status from "
                     "the project delivering it, on the portfolio sheet (done when every "
                     "project named is closed; its closure stage, a pause or a merge into a "
                     "live one is not)")


def from_plan(item: dict[str, Any]) -> bool:
    """Whether a row's status was read from the plan's actions it points to."""
    status = item.get("status")
    return isinstance(status, str) and status.startswith(("Closed (plan action", "Open (plan action",
                                                          "Open (no plan action"))


def _pointed(row: list[Any], text_col: int, projects: dict[str, Project], prefix: str) -> list[str]:
    """The actions a row points to, from a cell opening with one of the plan's ids: "A-01, 06,
    07", "A-01 to A-04", "A-16 - A-18", "A-11/12/13", "A-14 & 15", "A-19, A-20 (part)"."""
    for c, v in enumerate(row):
        if c == text_col or not isinstance(v, str) or not action_key(v.split(",")[0].split("/")[0], prefix):
            continue
        keys: list[str] = []
        last, ranged = None, False
        for m in _POINTER.finditer(v.split("(")[0]):    # "(part)", "(closed 12/05/23)": notes
            if m.group("range"):
                ranged = last is not None
                continue
            if m.group("code"):
                if m.group("pre").lower() != prefix:
                    break
                n = int(m.group("n"))
            else:
                n = int(m.group("num"))
            span = range(last + 1, n + 1) if ranged and last is not None and 0 < n - last <= _WIDEST else [n]
            keys += [k for x in span if (k := f"{prefix}{x}") in projects and k not in keys]
            last, ranged = n, False
        return keys
    return []


def _named(row: list[Any], text_col: int, projects: dict[str, Project]) -> list[str]:
    """The projects a row names, by code anywhere in a cell or by a cell holding a name."""
    keys: list[str] = []
    for c, v in enumerate(row):
        if c == text_col or not isinstance(v, str):
            continue
        for m in _CODE.finditer(v):
            k = code_key(m.group(0))
            if k in projects and k not in keys:
                keys.append(k)
        if not keys and (k := vocab.key(v)) in projects and k not in keys:
            keys.append(k)
    return keys


__all__ = ["Project", "action_key", "code_key", "from_plan", "project_register", "status_from_projects"]
