"""A row whose status is its change project's. A force delivering recommendations through
its change portfolio writes the project on the row ("PRJ-041", "PRJ 41", "prj 021",
"Project 11", "Domestic Abuse Risk (DASH) (PRJ-038)", or the project's name) and "See
project" (or nothing) as its status; the project's stage is on the portfolio sheet of the
same workbook ("PRJ-038 | Domestic Abuse Risk (DASH) | … | 5 - Closed"). The row is done
when every project it names is closed ("Closed", "Complete", "Delivered"; a project in its
"Closure" stage, paused or descoped is not), a project merged into another following that
one ("Merged into PRJ-021"). A status of the row's own ("Complete", "In progress") stands.
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
#: A row's status saying it is its project's: "See project", "As per project", "(see PRJ)".
_SEE_PROJECT = re.compile(r"^\s*\(?\s*(?:see|as\s+per|per|refer\s+to|via|tracked\s+(?:in|under|by))"
                          r"\s+(?:the\s+)?(?:project|prj|programme|pgm|portfolio|cp\b)", re.IGNORECASE)
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


def code_key(text: str) -> str:
    """'PRJ 41', 'prj-041', 'Project 41' -> 'prj41'; '' when the text names no code."""
    m = _CODE.search(text)
    if m is None:
        return ""
    word = m.group(1).lower()
    return f"{_SHORT.get(word, word)}{int(m.group(2))}"


def project_register(grids: list[Grid]) -> dict[str, Project]:
    """Each project of a portfolio sheet by its code's key (and by its name's key): a sheet
    headed with a stage or status column whose rows start with a project's code, three at
    least."""
    for grid in grids:
        rows = [(r, row) for r, row in enumerate(grid.rows, start=1) if row]
        coded = [(r, row) for r, row in rows if isinstance(row[0], str)
                 and _CODE.fullmatch(row[0].strip())]
        if len(coded) < _LEAST or sum(
                any(isinstance(v, str) and ASKS.search(v) for v in row) for _, row in coded) > 1:
            continue         # rows asking something of the force: a tracker's items, coded
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
            merged = next((code_key(v[m.end():]) for v in cells
                           if (m := _MERGED.search(v))), "")
            archived = archive_from is not None and r > archive_from
            done = archived or bool(_CLOSED.search(said) and not _NOT_DONE.search(said))
            name = next((v for v in cells[1:] if len(v.split()) >= 2), "")
            project = Project(grid.name, cells[0], name,
                              said or ("archived" if archived else ""), done and not merged,
                              merged)
            out[code_key(cells[0])] = project
            if name:
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
    if not projects or next(iter(projects.values())).sheet == grid.name:
        return
    read = []
    for item in items:
        status = item.get("status")
        if not (blank(status) or (isinstance(status, str) and _SEE_PROJECT.match(status))):
            continue
        keys = _named(grid.rows[item["row"] - 1], text_col, projects)
        if not keys:
            continue
        states = [_state(k, projects) for k in keys]
        done = all(d for d, _ in states)
        words = "; ".join(w for _, w in states)
        item["status"] = f"{'Closed' if done else 'Open'} (project {words})"
        read.append(item["row"])
    if read:
        notes.append(f"{rows_named(read)} {one(read, 'takes its', 'take their')} status from "
                     "the project delivering it, on the portfolio sheet (done when every "
                     "project named is closed; its closure stage, a pause or a merge into a "
                     "live one is not)")


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


__all__ = ["Project", "code_key", "project_register", "status_from_projects"]
