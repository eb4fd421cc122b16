"""A status column of numbered stages: a workflow's ladder ("1 - Allocated", "2 - Action plan
agreed", "3 - In progress", "4 - Evidence submitted", "5 - Closed (force)"), picked from a
drop-down whose list sits on another sheet, and typed by hand where the drop-down only warns
("Stage 4", "4", "5 Closed").

The ladder is read from the column itself: the words most cells give each number. A cell
giving only a number is that number's stage; a stage whose words no status table knows
takes its place on the ladder (below the last stage that reads open it is open, above the
first that reads done it is done), when the ladder reads open below done throughout.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from ..normalise import norm_status
from ..normalise.types import builtin_statuses
from .grid import blank
from .sheetfacts import rows_named

#: "3 - In progress", "4-Evidence submitted", "5 Closed", "3 – In progress", "Stage 4", "4".
_STAGE = re.compile(r"\s*(?:stage\s*)?(\d{1,2})(?:\.0)?(?:\s*[-\u2013\u2014.:)]\s*|\s+|$)(.*)",
                    re.IGNORECASE | re.DOTALL)
#: Numbers a ladder has at least, and at most.
_FEWEST, _MOST = 3, 12
#: Share of a column's filled cells that must be numbered stages.
_NUMBERED = 0.8
#: A ladder's states, as the built-in status words read its stages' words.
_OPEN, _DONE = "open", "done"


def stage_of(value: Any) -> tuple[int, str] | None:
    """(its number, its words, '' for a number alone) of a numbered stage cell, else None."""
    if isinstance(value, bool) or blank(value):
        return None
    if isinstance(value, int | float):
        return (int(value), "") if float(value).is_integer() and 0 < value < 100 else None
    m = _STAGE.fullmatch(str(value).strip())
    if m is None or int(m.group(1)) == 0:
        return None
    words = " ".join(m.group(2).split())
    if words and not words[0].isalpha():
        return None           # "2019/20", "3 / 4": not a stage
    return int(m.group(1)), words


def ladder(values: Iterable[Any]) -> dict[int, str]:
    """{number: its words} of a column of numbered stages, each number's words those most of
    its cells give; {} when the column is not one (three numbers with words at least, most
    filled cells numbered)."""
    filled = [v for v in values if not blank(v)]
    stages = [s for v in filled if (s := stage_of(v)) is not None]
    if not filled or len(stages) < _NUMBERED * len(filled):
        return {}
    said: dict[int, Counter] = {}
    for n, words in stages:
        if words:
            said.setdefault(n, Counter())[words] += 1
    if not _FEWEST <= len(said) <= _MOST:
        return {}
    return {n: c.most_common(1)[0][0] for n, c in sorted(said.items())}


def _states(steps: dict[int, str]) -> dict[int, str]:
    """Each stage's state: its words' (open, done), or its place on the ladder's."""
    table = builtin_statuses("force")
    read = {n: norm_status(words, table) for n, words in steps.items()}
    opened = [n for n, s in read.items() if s == _OPEN]
    done = [n for n, s in read.items() if s == _DONE]
    if not opened or not done or max(opened) > min(done):
        return {n: s for n, s in read.items() if s in (_OPEN, _DONE)}
    return {n: _OPEN if n < min(done) else _DONE for n in steps
            if read[n] in (_OPEN, _DONE) or n < max(opened) or n > min(done)}


def read_stages(items: list[dict[str, Any]], notes: list[str]) -> None:
    """The items' statuses read on their column's ladder (in place): a number alone as its
    stage's words, a stage no table knows by its place. Each keeps what the cell said."""
    steps = ladder(item.get("status") for item in items)
    if not steps:
        return
    table = builtin_statuses("force")
    # The stages whose state comes from their place, not their words ("1 - Allocated").
    by_place = {n: state for n, state in _states(steps).items()
                if norm_status(steps[n], table) != state}
    typed, placed = [], []
    for item in items:
        stage = stage_of(item.get("status"))
        if stage is None or stage[0] not in steps:
            continue
        n, words = stage
        said = " ".join(str(item["status"]).split())
        if not words:
            item["status"] = f"{n} - {steps[n]} (typed '{said}')"
            typed.append(item["row"])
            said = item["status"]
        if n in by_place:
            item["status"] = f"{by_place[n].capitalize()} (stage {said})"
            placed.append(item["row"])
    ladder_words = "; ".join(f"{n} - {w}" for n, w in steps.items())
    if typed:
        notes.append(f"status typed as a stage's number only, read as that stage of the "
                     f"column's ladder ({ladder_words}): {rows_named(typed)}")
    if placed:
        notes.append(f"status read by the stage's place on the ladder (before the first "
                     f"stage read as done it is open, from it done): {rows_named(placed)}")
