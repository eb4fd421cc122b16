"""Every word the tool reads or writes, defined once: import from here, never copy.

``words``: header synonyms, status, type, RAG and report words (what a spreadsheet may say);
``categories``: the output categories with their sheet titles, colours and what to do.
"""

from __future__ import annotations

from .categories import (
    CATEGORIES,
    CATEGORY_COLOUR,
    CATEGORY_HELP,
    CATEGORY_TITLES,
    CLOSEABLE,
    TABLE,
    Category,
)
from .words import (
    ABBREVIATIONS,
    DONE_STATE,
    FIELD_HELP,
    FIELDS,
    HEADER_EXACT,
    HEADER_PATTERNS,
    KINDRED_TYPES,
    LEGEND_WORDS,
    PHRASES,
    RAG_FAMILIES,
    RAG_GRADES,
    RAG_WORDS,
    REPORT_FACETS,
    SIDES,
    STATE_RAG,
    STATUS_WORDS,
    STOPWORDS,
    TYPE_WORDS,
    key,
)

__all__ = [
    "ABBREVIATIONS", "CATEGORIES", "CATEGORY_COLOUR", "CATEGORY_HELP", "CATEGORY_TITLES",
    "CLOSEABLE", "DONE_STATE", "FIELDS", "FIELD_HELP", "HEADER_EXACT", "HEADER_PATTERNS",
    "KINDRED_TYPES", "LEGEND_WORDS", "PHRASES", "RAG_FAMILIES", "RAG_GRADES", "RAG_WORDS",
    "REPORT_FACETS", "SIDES", "STATE_RAG", "STATUS_WORDS", "STOPWORDS", "TABLE", "TYPE_WORDS",
    "Category", "key",
]
