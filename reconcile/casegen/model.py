"""What a generated case is made of, and the truth that follows from how it was made.

The generator knows what it did to every row (split, merged, moved, retyped, retimed,
summarised, left out), so the category a careful analyst would give each line follows from
it by the rules of DESIGN.md and tests/eval/README.md:

- a pair whose type, report or timescale differs (both texts state one), or a split with a
  bullet missing, is `conflict`; a timescale one side leaves out (stem dropped, text cut
  off) is not;
- otherwise HMICFRS open + force done is `closeable_submit`, HMICFRS closed + force open is
  `closeable_local`, anything else `in_sync`; a split item is done only when every part is;
- an HMICFRS item with no row is `missing_from_force`, a row with no item `not_on_hmicfrs_list`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .draw import HItem


@dataclass
class Row:
    """One tracker row and how it was made."""

    items: list[HItem]              # []: local action; [it]: pair or part; [a, b]: merged row
    text: str
    type_word: str | None
    report_key: str                 # report it is filed under (report_id), "" if none
    report_label: str
    published: str | None
    state: str                      # open / done
    status: str                     # the word as written ("" when RAG is colour only)
    fill: str | None = None
    ref: object = None
    owner: str | None = None
    progress: str | None = None
    part: tuple[int, int] | None = None
    conflicts: list[str] = field(default_factory=list)
    made: list[str] = field(default_factory=list)   # what was done, for meta.json
    kinds: set[int] = field(default_factory=set)
    where: str = ""


def _category(h_state: str, force_done: bool, conflicts: list[str]) -> str:
    if conflicts:
        return "conflict"
    if h_state == "open" and force_done:
        return "closeable_submit"
    if h_state == "closed" and not force_done:
        return "closeable_local"
    return "in_sync"


def _kinds(r: Row) -> str:
    """The failure kinds of issue 13 this row exercises, e.g. "3;9"."""
    return ";".join(map(str, sorted(r.kinds)))


def truth_lines(items: list[HItem], rows: list[Row], where: dict[int, str]
                ) -> list[dict[str, str]]:
    """One line per reconciliation item: the analyst's pairs and categories.

    `where`: id(item) -> its provenance on the list.
    """
    by_item: dict[int, list[Row]] = {}
    for r in rows:
        for it in r.items:
            by_item.setdefault(id(it), []).append(r)
    verdict: dict[int, tuple[str, str]] = {}
    for it in items:
        linked = by_item.get(id(it), [])
        if not linked:
            continue
        done = all(r.state == "done" for r in linked)
        conflicts = [c for r in linked for c in r.conflicts]
        why = ("; ".join(dict.fromkeys(conflicts))
               or f"HMICFRS {it.status}; force {'done' if done else 'open'}")
        verdict[id(it)] = (_category(it.state, done, conflicts), why)
    lines = []
    for r in rows:
        if not r.items:
            lines.append({"hmicfrs_row": "", "force_row": r.where,
                          "category": "not_on_hmicfrs_list", "why": "; ".join(r.made),
                          "kinds": _kinds(r)})
        for it in r.items:
            cat, why = verdict[id(it)]
            lines.append({"hmicfrs_row": where[id(it)], "force_row": r.where, "category": cat,
                          "why": why, "kinds": _kinds(r)})
    for it in items:
        if id(it) not in by_item:
            lines.append({"hmicfrs_row": where[id(it)], "force_row": "",
                          "category": "missing_from_force", "why": "no tracker row", "kinds": ""})
    return lines
