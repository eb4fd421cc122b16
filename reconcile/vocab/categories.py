"""The output categories: one table, read by the diff, the schemas, the workbook and the CSV.

Adding or renaming a category is one row here. Order is the order people act on them: the
order of the sheets, the Summary and the CSV.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Category:
    name: str      # the CSV's word (DESIGN.md's contract: never change one)
    title: str     # its sheet's name in the workbook
    colour: str    # tab and chart colour: red where something is wrong, green where it can close
    help: str      # what it means, then what to do


TABLE: tuple[Category, ...] = (
    Category("closeable_submit", "Closeable - submit", "70AD47",
             "HMICFRS still has it open; the force records it as done. Check the evidence and "
             "submit it to HMICFRS for closure."),
    Category("closeable_local", "Closeable - local", "A9D08E",
             "HMICFRS has closed it; the force still tracks it as open. Close the force's own "
             "entry."),
    Category("conflict", "Conflict", "C00000",
             "Matched, but the facts disagree (type, report, date, reference, a timescale in the "
             "text, or a part of it the force has no row for). Correct whichever side is wrong."),
    Category("missing_from_force", "Missing from force", "FF0000",
             "On the HMICFRS list but not in the force tracker: nobody owns it. Add it to the "
             "tracker with an owner."),
    Category("not_on_hmicfrs_list", "Not on HMICFRS list", "ED7D31",
             "In the force tracker but not on the HMICFRS list. Query it with HMICFRS, or close "
             "it locally."),
    Category("review", "Review", "FFC000",
             "A possible pair the tool is not sure of. Accept or reject the match."),
    Category("in_sync", "In sync", "A5A5A5",
             "Matched and both sides agree (open on both, or closed on both). Nothing to do."),
)

CATEGORIES: tuple[str, ...] = tuple(c.name for c in TABLE)
CATEGORY_TITLES: dict[str, str] = {c.name: c.title for c in TABLE}
CATEGORY_HELP: dict[str, str] = {c.name: c.help for c in TABLE}
CATEGORY_COLOUR: dict[str, str] = {c.name: c.colour for c in TABLE}
#: Both closeable categories: one step from agreement.
CLOSEABLE: tuple[str, ...] = ("closeable_submit", "closeable_local")
