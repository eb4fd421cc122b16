"""A cell's fill colour → a RAG family: red, amber, green, blue, white or grey.

Some trackers keep the grading only as shading ("PLEASE SHADE BOX APPROPRIATE COLOUR"). Excel
stores a fill as an RGB value, a theme colour with a tint, or an index into a palette; people
pick anything from Excel's bright red to "Accent 6, lighter 80%". Each is resolved to RGB and
placed in the nearest family by hue and lightness, so a pale pink counts as red and a gold as
amber. The bands are data, here, in one table.
"""

from __future__ import annotations

import colorsys
import re
from functools import lru_cache
from typing import Any

from .. import vocab

#: Hue bands in degrees, first match wins; anything outside them (purple, magenta) is no family.
HUE_BANDS: tuple[tuple[float, float, str], ...] = (
    (0, 15, "red"), (330, 360, "red"),
    (15, 70, "amber"),           # orange, gold and yellow all mean amber in practice
    (70, 170, "green"),
    (170, 260, "blue"),          # cyan and light blue too
)
#: Families a status can take from colour, and the word it is read as.
FAMILIES = vocab.RAG_FAMILIES
#: Below this colourfulness a fill is white, grey or black whatever its hue.
MIN_CHROMA, MIN_SATURATION = 0.06, 0.15
WHITE_LIGHTNESS, BLACK_LIGHTNESS = 0.95, 0.15

#: The Office 2013+ default theme, used when a workbook carries none
#: (Excel's theme indexes 0-3 are lt1, dk1, lt2, dk2; then accent1-6, hlink, folHlink).
DEFAULT_THEME = ("FFFFFF", "000000", "E7E6E6", "44546A", "4472C4", "ED7D31", "A5A5A5",
                 "FFC000", "5B9BD5", "70AD47", "0563C1", "954F72")


@lru_cache(maxsize=4096)
def family(rgb: str) -> str | None:
    """'FF0000' → 'red'; None for black, purple and anything unreadable."""
    try:
        r, g, b = (int(rgb[i:i + 2], 16) / 255 for i in (0, 2, 4))
    except (ValueError, TypeError):
        return None
    hue, light, sat = colorsys.rgb_to_hls(r, g, b)
    if max(r, g, b) - min(r, g, b) < MIN_CHROMA or sat < MIN_SATURATION:
        if light >= WHITE_LIGHTNESS:
            return "white"
        return "grey" if light >= BLACK_LIGHTNESS else None
    degrees = hue * 360
    return next((name for lo, hi, name in HUE_BANDS if lo <= degrees < hi), None)


def tinted(rgb: str, tint: float) -> str:
    """Excel's tint: darken (tint < 0) or lighten (tint > 0) in HLS lightness."""
    if not tint:
        return rgb
    r, g, b = (int(rgb[i:i + 2], 16) / 255 for i in (0, 2, 4))
    hue, light, sat = colorsys.rgb_to_hls(r, g, b)
    light = light * (1 + tint) if tint < 0 else light * (1 - tint) + tint
    r, g, b = colorsys.hls_to_rgb(hue, min(max(light, 0.0), 1.0), sat)
    return "".join(f"{round(v * 255):02X}" for v in (r, g, b))


_SCHEME_SLOTS = ("dk1", "lt1", "dk2", "lt2", "accent1", "accent2", "accent3", "accent4",
                 "accent5", "accent6", "hlink", "folHlink")


def theme_colours(theme_xml: bytes | None) -> tuple[str, ...]:
    """RGB of each theme index, from the workbook's theme part (default theme if absent)."""
    if not theme_xml:
        return DEFAULT_THEME
    try:
        from defusedxml.ElementTree import fromstring

        root = fromstring(theme_xml)
    except Exception:  # a damaged theme only loses colours, never the items
        return DEFAULT_THEME
    found: dict[str, str] = {}
    for el in root.iter():
        slot = el.tag.rsplit("}", 1)[-1]
        if slot in _SCHEME_SLOTS and slot not in found:
            for child in el:
                value = child.get("lastClr") or child.get("val") or ""
                if re.fullmatch(r"[0-9A-Fa-f]{6}", value):
                    found[slot] = value.upper()
                    break
    if len(found) < len(_SCHEME_SLOTS):
        return DEFAULT_THEME
    dk1, lt1, dk2, lt2, *rest = (found[s] for s in _SCHEME_SLOTS)
    return (lt1, dk1, lt2, dk2, *rest)


def colour_rgb(color: Any, theme: tuple[str, ...], palette: Any) -> str | None:
    """An openpyxl Color (rgb, theme + tint, or indexed) as 'RRGGBB', or None."""
    if color is None:
        return None
    kind = getattr(color, "type", None)
    if kind == "rgb":
        value = color.rgb
        if not isinstance(value, str) or not re.fullmatch(r"[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?", value):
            return None
        rgb = value[-6:].upper()
    elif kind == "theme":
        if not isinstance(color.theme, int) or not 0 <= color.theme < len(theme):
            return None
        rgb = theme[color.theme]
    elif kind == "indexed":
        index = color.indexed
        if not isinstance(index, int) or not 0 <= index < len(palette):
            return None  # 64/65: the system's foreground and background, "automatic"
        rgb = str(palette[index])[-6:].upper()
    else:
        return None
    return tinted(rgb, float(color.tint or 0))


def fill_rgb(fill: Any, theme: tuple[str, ...], palette: Any) -> str | None:
    """A cell's fill as 'RRGGBB', or None when it has no solid or patterned fill."""
    pattern = getattr(fill, "patternType", None)
    if pattern in (None, "none"):
        return None
    return colour_rgb(fill.fgColor, theme, palette)


def lightness(rgb: str | None) -> float | None:
    """0 (black) to 1 (white): a grey fill shading a row (BFBFBF, 0.75) is darker than a
    band's (F2F2F2, 0.95)."""
    try:
        r, g, b = (int(rgb[i:i + 2], 16) / 255 for i in (0, 2, 4))
    except (ValueError, TypeError):
        return None
    return colorsys.rgb_to_hls(r, g, b)[1]
