"""A type given only among a row's tags: a database's export ("Airtable", "Notion", a
SharePoint choice column allowing several) keeps report, type and theme in one multi-select
cell: "PEEL 2023, AFI, Crime data", an option holding a comma in quotes as the export writes
it (National, Recommendation, "Stop and search, use of force"). With no type column, a column
no field took whose cells mostly hold one type word among their tags types its rows."""

from __future__ import annotations

import csv
import re
from typing import Any

from ..normalise.types import type_named
from .grid import blank
from .sheetfacts import rows_named
from .table import Table

#: Share of a column's filled cells that must name one type among their tags.
MIN_TYPED = 0.5
MIN_CELLS = 3
#: Tags are short: a cell longer than this is a text, not a list of options.
_TAGS_CHARS = 200
_SEPARATORS = re.compile(r";#|;|\n")
#: The colour a Trello export writes after each label's name: "AFI (yellow)", "PEEL 23/24
#: (sky)", "Local action (green_light)".
_LABEL_COLOUR = re.compile(r"\s*\((?:green|yellow|orange|red|purple|blue|sky|lime|pink|black)"
                           r"(?:_dark|_light)?\)\s*$", re.IGNORECASE)


def tag_type(value: Any) -> str | None:
    """The one type a cell of tags names, '' when none, None when several or no tags."""
    if not isinstance(value, str) or len(value) > _TAGS_CHARS:
        return None
    parts = next(csv.reader([_SEPARATORS.sub(",", value)], skipinitialspace=True), [])
    if len(parts) < 2:
        return None
    # A type word whole; one letter ("R") is no tag; a Trello label's colour after it.
    found = {t for p in parts if len(p.strip()) > 1 and (t := type_named(_LABEL_COLOUR.sub("", p)))}
    return found.pop() if len(found) == 1 else ("" if not found else None)


def type_from_tags(table: Table, items: list[dict[str, Any]], notes: list[str]) -> None:
    """Each untyped item's type from the tags column that names one (in place)."""
    if "type" in table.mapping.values() or not items:
        return
    for col, heading in enumerate(table.headers):
        if col in table.mapping:
            continue
        cells = [(item, table.grid.rows[item["row"] - 1][col]
                  if col < len(table.grid.rows[item["row"] - 1]) else None) for item in items]
        filled = [(item, v) for item, v in cells if not blank(v)]
        typed = [(item, t) for item, v in filled if (t := tag_type(v))]
        if len(typed) < MIN_CELLS or len(typed) < MIN_TYPED * len(filled):
            continue
        rows = []
        for item, t in typed:
            if blank(item.get("type")):
                item["type"] = t
                rows.append(item["row"])
        if rows:
            notes.append(f"type read from the tags in '{' '.join(str(heading).split())}': "
                         f"{rows_named(rows)}")
        return
