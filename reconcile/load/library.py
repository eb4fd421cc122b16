"""A document library's export: one row per file (SharePoint's "Export to Excel" of a library
of closure packs, a Teams channel's files), the item's facts in the library's columns.

A row is a document. Those carrying the item's wording (a closure report's "Finding Text")
are items; the others (evidence, templates, board papers, the force's copy of the list) are
files kept beside them, whatever reference or report they carry: no item, and no action of
the item above (the rows are sorted by file name, not filed under one another).
"""

from __future__ import annotations

import re
from typing import Any

from .grid import blank
from .table import Table

#: A file's name as a library lists it: "Rec 4a firearms permits.docx", "Minutes.pdf".
_FILE = re.compile(r"\S\.(?:docx?|docm|dotx?|pdf|xlsx|xlsm|xlsb|xls|pptx?|msg|eml|txt|csv|rtf|"
                   r"odt|ods|vsdx?|one|zip|png|jpe?g)\s*$", re.IGNORECASE)
#: A library's heading for its files: "Name" (SharePoint's export), "File name", "Document".
_HEADINGS = frozenset({"name", "file name", "filename", "file leaf ref", "file", "document",
                       "document name", "name linked to document"})
#: Share of a column's filled cells that must be file names; and the fewest.
_FILES, _FEWEST = 0.8, 3


def file_column(table: Table) -> int | None:
    """The column naming each row's file, when the sheet's rows are documents: an unmapped
    column headed as a library heads it, of file names on nearly every row (not an
    "Evidence" column naming each item's file)."""
    rows = table.grid.rows[table.header_row:]
    for c, k in enumerate(table.header_keys):
        if c in table.mapping or k not in _HEADINGS:
            continue
        names = [v for row in rows if c < len(row) and isinstance(v := row[c], str)
                 and v.strip()]
        if (len(names) >= _FEWEST and len(names) >= _FILES * sum(map(any, rows))
                and sum(bool(_FILE.search(v)) for v in names) >= _FILES * len(names)):
            return c
    return None


def not_a_pack(table: Table, files: int | None, row: list[Any]) -> str | None:
    """Why a document's row is no item (it has no wording of its own), or None."""
    if files is None:
        return None
    text = row[table.text_col] if table.text_col < len(row) else None
    if not blank(text):
        return None
    name = str(row[files]).strip() if files < len(row) and not blank(row[files]) else ""
    return (f"a file of the document library with no '{table.text_header}' of its own"
            + (f" ('{name}')" if name else "")
            + ": evidence, a template or a paper kept beside the items, not an item")
