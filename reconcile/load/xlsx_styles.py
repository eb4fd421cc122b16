"""Bold, fill and strikethrough of .xlsx cells, read only when the loader asks for one.

Styles matter for a few cells (a blank status cell whose shading is the grade, a lone title
cell in a column of item data), so nothing is read until the first question: then the
workbook's styles part once (with openpyxl's own stylesheet reader, so a style means what it
meant when openpyxl read the whole file), and each asked-about sheet's style indexes once.
Cells covered by a merge answer "no style", as openpyxl made them.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from . import colour
from .xlsx_xml import style_ids

_STYLES_PART = "xl/styles.xml"
_THEME_PART = "xl/theme/theme1.xml"


class Stylesheet:
    """The workbook's fonts, fills, cell formats, theme and palette; parsed on first use."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._parsed: tuple[list[Any], list[Any], list[Any], tuple[str, ...], Any] | None = None
        self._struck: bool | None = None

    def parsed(self) -> tuple[list[Any], list[Any], list[Any], tuple[str, ...], Any]:
        """(cell formats, fonts, fills, theme colours, palette)."""
        if self._parsed is None:
            self._parsed = self._parse()
        return self._parsed

    def any_strike(self) -> bool:
        """Whether any font of the workbook is struck through (asked once per item row: kept)."""
        if self._struck is None:
            self._struck = any(font is not None and font.strike for font in self.parsed()[1])
        return self._struck

    def _parse(self) -> tuple[list[Any], list[Any], list[Any], tuple[str, ...], Any]:
        from defusedxml.ElementTree import fromstring
        from openpyxl.styles.colors import COLOR_INDEX
        from openpyxl.styles.stylesheet import Stylesheet as OpenpyxlStylesheet

        with self.path.open("rb") as fh, zipfile.ZipFile(fh) as zf:
            names = set(zf.namelist())
            theme = zf.read(_THEME_PART) if _THEME_PART in names else None
            styles = zf.read(_STYLES_PART) if _STYLES_PART in names else None
        try:
            sheet = OpenpyxlStylesheet.from_tree(fromstring(styles)) if styles else None
        except Exception:  # a damaged styles part only loses bold and fills, never the items
            sheet = None
        if sheet is None or not sheet.cell_styles:
            return [], [], [], colour.theme_colours(theme), COLOR_INDEX
        palette = sheet.colors.index if sheet.colors is not None else COLOR_INDEX
        return (list(sheet.cell_styles), list(sheet.fonts), list(sheet.fills),
                colour.theme_colours(theme), palette or COLOR_INDEX)


class SheetStyles:
    """The Styles of one sheet (see grid.Styles): 1-based rows and columns."""

    def __init__(self, book: Stylesheet, part: str,
                 merges: list[tuple[tuple[int, int], tuple[int, int]]]) -> None:
        self._book = book
        self._part = part
        self._merges = merges        # 0-based ((r0, c0), (r1, c1)), as calamine gives them
        self._ids: dict[tuple[int, int], int] | None = None
        self._covered: dict[int, list[tuple[int, int]]] = {}   # row -> covered column spans
        self._fills: dict[int, str | None] = {}

    def _style(self, row: int, col: int) -> Any:
        """The cell's openpyxl StyleArray, or None for no cell, no style or a covered cell."""
        if self._ids is None:
            with self._book.path.open("rb") as fh, zipfile.ZipFile(fh) as zf:
                self._ids = style_ids(zf.read(self._part))
            last = max((r for r, _ in self._ids), default=0)
            for (r0, c0), (r1, c1) in self._merges:   # 1-based spans, no further than a cell
                for r in range(r0 + 1, min(r1 + 1, last) + 1):
                    self._covered.setdefault(r, []).append((c0 + 1 + (r == r0 + 1), c1 + 1))
        index = self._ids.get((row, col))
        if index is None:
            return None
        if any(low <= col <= high for low, high in self._covered.get(row, ())):
            return None
        formats = self._book.parsed()[0]
        style = formats[index] if index < len(formats) else None
        return style if style is not None and any(style) else None   # openpyxl's has_style

    def bold(self, row: int, col: int) -> bool:
        style = self._style(row, col)
        if style is None:
            return False
        fonts = self._book.parsed()[1]
        font = fonts[style.fontId] if style.fontId < len(fonts) else None
        return bool(font is not None and font.b)

    def strike(self, row: int, col: int) -> bool:
        if not self._book.any_strike():      # most workbooks: no sheet's styles read at all
            return False
        fonts = self._book.parsed()[1]
        style = self._style(row, col)
        if style is None:
            return False
        font = fonts[style.fontId] if style.fontId < len(fonts) else None
        return bool(font is not None and font.strike)

    def font_colour(self, row: int, col: int) -> str | None:
        """The family of the cell's font colour ("green", "red"), None for black or none."""
        style = self._style(row, col)
        if style is None:
            return None
        _, fonts, _, theme, palette = self._book.parsed()
        font = fonts[style.fontId] if style.fontId < len(fonts) else None
        rgb = colour.colour_rgb(getattr(font, "color", None), theme, palette) if font else None
        return colour.family(rgb) if rgb else None

    def font_name(self, row: int, col: int) -> str | None:
        """The cell's font ("Wingdings"), None for none given."""
        style = self._style(row, col)
        if style is None:
            return None
        fonts = self._book.parsed()[1]
        font = fonts[style.fontId] if style.fontId < len(fonts) else None
        name = getattr(font, "name", None) if font is not None else None
        return str(name) if name else None

    def fill(self, row: int, col: int) -> str | None:
        rgb = self.fill_rgb(row, col)
        return colour.family(rgb) if rgb else None

    def fill_rgb(self, row: int, col: int) -> str | None:
        """The cell's fill as 'RRGGBB' (how dark a grey is), None for none; one look-up per
        fill the workbook defines."""
        style = self._style(row, col)
        if style is None:
            return None
        fill_id = style.fillId
        if fill_id not in self._fills:
            _, _, fills, theme, palette = self._book.parsed()
            fill = fills[fill_id] if fill_id < len(fills) else None
            self._fills[fill_id] = colour.fill_rgb(fill, theme, palette) if fill else None
        return self._fills[fill_id]
