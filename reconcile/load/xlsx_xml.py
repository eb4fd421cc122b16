"""What calamine does not report about an .xlsx sheet, read from the sheet's own XML.

calamine gives values and merged ranges; the loader also needs formulas with no saved result,
Excel error values (calamine reads them as blanks), hidden rows and columns, how far the cells
reach (calamine holds a sheet as one dense rectangle, so a stray value at XFD1048576 would ask
for 550 GB and abort the process), and, only when a style is asked for, each cell's style index.

Byte searches over the raw part, not an XML parser (only styles, asked for rarely, are parsed):
a 30,000-row sheet is 20 MB of XML, and parsing it again in Python would cost ten times
calamine's whole read. Every search but the cell references starts from a literal that is rare
in a sheet (``<f``, ``t="e"``, ``hidden="``), so a sheet without formulas, errors or hidden rows
pays one scan.
"""

from __future__ import annotations

import contextlib
import html
import re
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

#: Excel's last column (XFD).
MAX_COLUMN = 16384

_REF = re.compile(rb' r="([A-Z]{1,3})([0-9]{1,7})"')
_ATTR = re.compile(rb'\b(r|t|s|min|max|hidden)="([^"]*)"')
_PREFIX = re.compile(rb"<(?:([A-Za-z_][\w.-]*):)?sheetData[\s>/]")
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


@dataclass(frozen=True)
class SheetXml:
    """One sheet's facts beyond its values; rows and columns 1-based, as Excel numbers them."""

    part: str
    uncalculated: frozenset[tuple[int, int]]   # formula cells with no saved result
    errors: dict[tuple[int, int], str]         # cells holding an Excel error value, e.g. '#REF!'
    hidden_rows: tuple[int, ...]
    hidden_cols: tuple[int, ...]
    max_row: int                               # of any cell tag, empty or not (0: no cells)
    max_col: int
    located: bool                              # every cell and hidden row says where it is
    #: cells holding a hyperlink (or =HYPERLINK formula) -> its address
    links: tuple[tuple[tuple[int, int], str], ...] = ()
    #: cells carrying a note (comment) -> its text
    notes: tuple[tuple[tuple[int, int], str], ...] = ()
    #: cells with words struck through -> the text without them (`struck_strings`)
    struck: tuple[tuple[tuple[int, int], str], ...] = ()
    #: rows grouped in Excel's outline -> their level (1 = one group deep)
    outline: tuple[tuple[int, int], ...] = ()
    #: the printed page header's sections (left, centre, right), their codes read
    page_header: tuple[str, str, str] = ("", "", "")


def column_number(letters: bytes | str) -> int:
    """b'A' → 1, b'XFD' → 16384."""
    n = 0
    for ch in letters.encode("ascii") if isinstance(letters, str) else letters:
        n = n * 26 + ch - 64
    return n


def _ref(value: bytes) -> tuple[int, int] | None:
    m = re.fullmatch(rb"\$?([A-Z]{1,3})\$?([0-9]{1,7})", value)
    return (int(m.group(2)), column_number(m.group(1))) if m else None


def _tag_at(data: bytes, pos: int) -> tuple[bytes, dict[bytes, bytes], int]:
    """(element name without prefix, its attributes, end of the tag) for the tag around pos."""
    start = data.rfind(b"<", 0, pos)
    end = data.find(b">", pos)
    end = len(data) if end < 0 else end
    tag = data[start + 1:end]
    name = re.match(rb"[^\s/>]*", tag).group(0).rsplit(b":", 1)[-1]  # type: ignore[union-attr]
    return name, dict(_ATTR.findall(tag)), end


def _hidden(value: bytes) -> bool:
    # openpyxl's Bool: any text but 'false', 'f', '0' (and empty) is true.
    return value not in (b"", b"false", b"f", b"0")


def scan_sheet(part: str, data: bytes) -> SheetXml:
    """The facts of one sheet part (its bytes, already read from the zip)."""
    prefix_match = _PREFIX.search(data)
    prefix = (prefix_match.group(1) + b":") if prefix_match and prefix_match.group(1) else b""
    max_row, max_col, located = _extent(data, prefix)
    # Attributes in single quotes (some tools write them; Excel never does) escape the byte
    # searches: the sheet is then read the careful way.
    located = located and b"='" not in data
    errors, errors_located = _errors(data, prefix)
    hidden_rows, hidden_cols, hidden_located = _hidden_lines(data)
    return SheetXml(part, frozenset(_uncalculated(data, prefix)), errors, hidden_rows,
                    hidden_cols, max_row, max_col, located and errors_located and hidden_located,
                    outline=_outline_rows(data), page_header=page_header(data))


_ODD_HEADER = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?oddHeader>([^<]*)</")
#: A header's formatting codes: a font ('&"Arial,Bold"'), a size ('&12'), a colour
#: ('&KFF0000'), and its fields (page, pages, date, time, file, tab, picture) and styles.
_HF_CODES = re.compile(r'&"[^"]*"|&\d+|&K[0-9A-Fa-f]{6}|&K\d\d[+-]\d{3}|&[PNDTFAZGBIUESXYpndtfazgbiuesxy]')


def page_header(data: bytes) -> tuple[str, str, str]:
    """The printed page header's left, centre and right text, as Excel prints them: its
    codes dropped, '&&' an ampersand ("Stop && Search" prints "Stop & Search")."""
    if b"oddHeader>" not in data or (m := _ODD_HEADER.search(data)) is None:
        return ("", "", "")
    raw = html.unescape(m.group(1).decode("utf-8", "replace")).replace("&&", "\x00")
    sections = {"L": "", "C": "", "R": ""}
    at = "C"                        # text before any section code is the centre's
    for piece in re.split(r"(&[LCR])", raw):
        if piece in ("&L", "&C", "&R"):
            at = piece[1]
        else:
            sections[at] += piece
    return tuple(header_section(sections[k].replace("\x00", "&&")) for k in "LCR")


def header_section(code: str) -> str:
    """One section of a page header as printed: its codes dropped, '&&' an ampersand."""
    return " ".join(_HF_CODES.sub(" ", code.replace("&&", "\x00")).replace("\x00", "&").split())


_OUTLINE = re.compile(rb'\boutlineLevel="(\d+)"')


def _outline_rows(data: bytes) -> tuple[tuple[int, int], ...]:
    """Rows grouped in Excel's outline (a project export's tasks under their parents), with
    their level; rows at level 0 are not listed."""
    if b'outlineLevel="' not in data:
        return ()
    out = []
    for m in _OUTLINE.finditer(data):
        name, attrs, _ = _tag_at(data, m.start())
        if name == b"row" and attrs.get(b"r", b"").isdigit() and int(m.group(1)) > 0:
            out.append((int(attrs[b"r"]), int(m.group(1))))
    return tuple(out)


def _extent(data: bytes, prefix: bytes) -> tuple[int, int, bool]:
    """How far the cells reach, from every cell reference; a cell tag without one would be
    placed by counting (then not `located`)."""
    refs = _REF.findall(data)
    tags = re.compile(b"<" + re.escape(prefix) + rb"c[\s/>]")
    # Also when a tab or newline stands before r=: rare, and only slower.
    located = len(tags.findall(data)) <= len(refs)
    max_col = column_number(max({c for c, _ in refs}, key=lambda c: (len(c), c))) if refs else 0
    max_row = max(map(int, {r for _, r in refs})) if refs else 0
    return max_row, max_col, located


def _uncalculated(data: bytes, prefix: bytes) -> set[tuple[int, int]]:
    """Formula cells with no saved result."""
    found: set[tuple[int, int]] = set()
    formula = b"<" + prefix + b"f"
    if formula not in data:
        return found
    f_tag = re.compile(re.escape(formula) + rb"[\s>/]")
    cell_end = re.compile(b"</" + re.escape(prefix) + rb"c>")
    value = re.compile(b"<" + re.escape(prefix) + rb"v>\s*[^<\s]")
    for m in f_tag.finditer(data):
        start = data.rfind(b"<", 0, m.start())
        attrs = dict(_ATTR.findall(data[start:m.start()]))
        end = cell_end.search(data, m.end())
        body = data[m.start():end.start() if end else len(data)]
        # An empty result counts as saved when the cell is typed as a string (a formula
        # that returned ""); otherwise an empty or missing <v> means nothing was calculated.
        if b"r" not in attrs or value.search(body) or attrs.get(b"t") == b"str":
            continue
        where = _ref(attrs[b"r"])
        if where:
            found.add(where)
    return found


def _errors(data: bytes, prefix: bytes) -> tuple[dict[tuple[int, int], str], bool]:
    """Cells holding an Excel error value, and whether each said where it is."""
    errors: dict[tuple[int, int], str] = {}
    located = True
    if b't="e"' not in data:
        return errors, located
    v_open, v_close = b"<" + prefix + b"v>", b"</" + prefix + b"v>"
    c_close = b"</" + prefix + b"c>"
    for m in re.finditer(rb'\bt="e"', data):
        name, attrs, end = _tag_at(data, m.start())
        if name != b"c" or data[end - 1:end] == b"/":
            continue
        where = _ref(attrs.get(b"r", b""))
        if where is None:
            located = False
            continue
        stop = data.find(c_close, end)
        body = data[end:stop if stop >= 0 else len(data)]
        i = body.find(v_open)
        if i >= 0:
            j = body.find(v_close, i)
            errors[where] = body[i + len(v_open):j if j >= 0 else len(body)].decode("utf-8",
                                                                                   "replace")
    return errors, located


def _hidden_lines(data: bytes) -> tuple[tuple[int, ...], tuple[int, ...], bool]:
    """Hidden rows and columns, and whether each hidden row said where it is."""
    rows: set[int] = set()
    cols: set[int] = set()
    located = True
    if b'hidden="' not in data:
        return (), (), located
    for m in re.finditer(rb'\bhidden="([^"]*)"', data):
        if not _hidden(m.group(1)):
            continue
        name, attrs, _ = _tag_at(data, m.start())
        if name == b"row":
            if attrs.get(b"r", b"").isdigit():
                rows.add(int(attrs[b"r"]))
            else:
                located = False
        elif name == b"col" and attrs.get(b"min", b"").isdigit():
            low = int(attrs[b"min"])
            high = int(attrs[b"max"]) if attrs.get(b"max", b"").isdigit() else 0
            if low:
                cols.update(range(low, min(high or low, MAX_COLUMN) + 1))
    return tuple(sorted(rows)), tuple(sorted(cols)), located


def style_ids(data: bytes) -> dict[tuple[int, int], int]:
    """(row, col) → the cell's style index, for every cell that has one.

    Read with an XML parser (only when a style is asked for, so its cost falls on the few runs
    that need one): attributes in either quote, namespace prefixes, and cells or rows that do
    not say where they are (placed after the previous one, as Excel places them).
    """
    import io
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import iterparse

    found: dict[tuple[int, int], int] = {}
    # A damaged or hostile sheet loses bold and fills past that point, never items.
    with contextlib.suppress(ParseError, DefusedXmlException):
        _walk_styles(iterparse(io.BytesIO(data), events=("start", "end")), found)
    return found


def _walk_styles(events: Any, found: dict[tuple[int, int], int]) -> None:
    row = col = 0
    for event, el in events:
        name = el.tag.rsplit("}", 1)[-1]
        if event == "start":
            if name == "row":
                r = el.get("r", "")
                row, col = (int(r) if r.isdigit() else row + 1), 0
            elif name == "c":
                where = _ref(el.get("r", "").encode("ascii", "replace"))
                row, col = where if where else (row, col + 1)
                s = el.get("s", "")
                if s.isdigit():
                    found[(row, col)] = int(s)
        elif name == "row":
            el.clear()   # a 30,000-row sheet is not kept in memory


# ------------------------------------------------------------------------- the package


def sheet_parts(zf: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> its part in the zip, via the package's relationships."""
    from defusedxml.ElementTree import fromstring

    def rels(part: str) -> dict[str, str]:
        folder = PurePosixPath(part).parent
        rel_part = normpath(f"{folder}/_rels/{PurePosixPath(part).name}.rels")
        out = {}
        for el in fromstring(zf.read(rel_part)):
            target = el.get("Target", "")
            full = target.lstrip("/") if target.startswith("/") else str(folder / target)
            out[el.get("Id", "")] = normpath(full)
        return out

    root_rels = fromstring(zf.read("_rels/.rels"))
    workbook = next((normpath(el.get("Target", "").lstrip("/")) for el in root_rels
                     if el.get("Type", "").endswith("/officeDocument")), "xl/workbook.xml")
    targets = rels(workbook)
    parts = {}
    for el in fromstring(zf.read(workbook)).iter():
        if el.tag.endswith("}sheet"):
            rid = el.get(f"{{{_REL}}}id", "")
            if rid in targets:
                parts[el.get("name", "")] = targets[rid]
    return parts


def normpath(part: str) -> str:
    out: list[str] = []
    for piece in part.split("/"):
        if piece == "..":
            if out:
                out.pop()
        elif piece not in ("", "."):
            out.append(piece)
    return "/".join(out)


_LINK = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?hyperlink\b([^>]*)>")
_LINK_ATTR = re.compile(rb'\b(ref|[A-Za-z_][\w.-]*:id)="([^"]*)"')
_LINK_FORMULA = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?c\b[^>]*\br="([A-Z]{1,3})([0-9]{1,7})"[^>]*>'
                           rb'\s*<(?:[A-Za-z_][\w.-]*:)?f\b[^>]*>\s*HYPERLINK\((?:&quot;|")([^&"]*)(?:&quot;|")',
                           re.IGNORECASE)


def cell_links(zf: zipfile.ZipFile, part: str, data: bytes
               ) -> tuple[tuple[tuple[int, int], str], ...]:
    """((row, col), address) of each cell with a hyperlink or an =HYPERLINK formula: some
    trackers keep an item's reference or report nowhere but in a link (load/links.py)."""
    found: dict[tuple[int, int], str] = {}
    if b"HYPERLINK(" in data:
        for col, row, url in _LINK_FORMULA.findall(data):
            found[int(row), column_number(col)] = url.decode("utf-8", "replace")
    if b"hyperlink" in data:
        from defusedxml.ElementTree import fromstring

        folder = PurePosixPath(part).parent
        rel_part = normpath(f"{folder}/_rels/{PurePosixPath(part).name}.rels")
        targets = {}
        with contextlib.suppress(KeyError, SyntaxError):
            targets = {el.get("Id", ""): el.get("Target", "") for el in fromstring(zf.read(rel_part))}
        for attrs in _LINK.findall(data):
            said = dict(_LINK_ATTR.findall(attrs))
            ref = _ref(said.get(b"ref", b"").split(b":")[0])
            rid = next((v.decode() for k, v in said.items() if k.endswith(b":id")), "")
            if ref and targets.get(rid):
                found[ref] = targets[rid]
    return tuple(found.items())


def cell_notes(zf: zipfile.ZipFile, part: str) -> tuple[tuple[tuple[int, int], str], ...]:
    """((row, col), text) of each cell's note (a comment, "hover to read"): some trackers
    keep each item's full wording there, the cell showing a short title (load/cellnotes.py)."""
    from defusedxml.ElementTree import fromstring

    folder = PurePosixPath(part).parent
    rel_part = normpath(f"{folder}/_rels/{PurePosixPath(part).name}.rels")
    if rel_part not in zf.namelist():
        return ()
    found: dict[tuple[int, int], str] = {}
    with contextlib.suppress(KeyError, SyntaxError):
        for rel in fromstring(zf.read(rel_part)):
            if not rel.get("Type", "").endswith("/comments"):
                continue
            target = rel.get("Target", "")
            where = target.lstrip("/") if target.startswith("/") else f"{folder}/{target}"
            for el in fromstring(zf.read(normpath(where))).iter():
                if el.tag.endswith("}comment") and (ref := _ref(el.get("ref", "").encode())):
                    found[ref] = "".join(t.text or "" for t in el.iter() if t.tag.endswith("}t"))
    return tuple(found.items())


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _unstruck(string: Any) -> str | None:
    """A rich string's text less its runs struck through; None when no run is struck, or
    every run is: a cell struck whole is a row struck through, which says the item is done
    (`statuses`), not a value deleted."""
    kept, struck = [], False
    for run in (el for el in string if _local(el.tag) == "r"):
        props = next((el for el in run if _local(el.tag) == "rPr"), None)
        strike = None if props is None else next(
            (el for el in props if _local(el.tag) == "strike"), None)
        if strike is not None and strike.get("val", "1") not in ("0", "false"):
            struck = True
        else:
            kept.append("".join(t.text or "" for t in run if _local(t.tag) == "t"))
    # Runs are contiguous text (a word may span two, coloured apart): joined as they stand.
    text = " ".join("".join(kept).split())
    return text if struck and text else None


def struck_strings(zf: zipfile.ZipFile) -> dict[int, str]:
    """Shared string index -> its text less the runs struck through, for each string with a
    run struck: a list marked up by hand in its cells (the old value struck, the new after
    it) shows the struck words as deleted. Empty (nothing parsed) when no run is struck."""
    from defusedxml.ElementTree import fromstring

    part = next((n for n in zf.namelist() if n.lower() == "xl/sharedstrings.xml"), None)
    if part is None:
        return {}
    data = zf.read(part)
    if b"strike" not in data:
        return {}
    found: dict[int, str] = {}
    with contextlib.suppress(SyntaxError):
        for k, si in enumerate(el for el in fromstring(data) if _local(el.tag) == "si"):
            if (text := _unstruck(si)) is not None:
                found[k] = text
    return found


_SHARED_CELL = re.compile(rb"<(?:\w+:)?c\s([^>]*?)>\s*<(?:\w+:)?v>(\d+)</")
_INLINE_CELL = re.compile(rb"<(?:\w+:)?c\s([^>]*?)>\s*(<(?:\w+:)?is>.*?</(?:\w+:)?is>)", re.DOTALL)


def struck_cells(data: bytes, struck: dict[int, str]) -> tuple[tuple[tuple[int, int], str], ...]:
    """((row, col), text less its struck words) of each cell of a sheet holding one of the
    `struck_strings`, or an inline string (as openpyxl writes them) with a run struck."""
    from defusedxml.ElementTree import fromstring

    found = []
    if struck:
        for m in _SHARED_CELL.finditer(data):
            attrs = dict(_ATTR.findall(m.group(1)))
            if attrs.get(b"t") == b"s" and int(m.group(2)) in struck and (ref := _ref(
                    attrs.get(b"r", b""))):
                found.append((ref, struck[int(m.group(2))]))
    if b"strike" in data:
        for m in _INLINE_CELL.finditer(data):
            if b"strike" not in m.group(2):
                continue
            ref = _ref(dict(_ATTR.findall(m.group(1))).get(b"r", b""))
            with contextlib.suppress(SyntaxError):
                if ref and (text := _unstruck(fromstring(m.group(2)))) is not None:
                    found.append((ref, text))
    return tuple(found)
