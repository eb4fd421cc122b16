"""Cells a SharePoint list (or a web page) exported as markup, read as the words a person sees.

A rich-text column exports as HTML fragments (`<div class="ExternalClass…"><p>The force should
…&#160;</p></div>`, `<ul><li>` bullets, `&amp;`); a lookup or person column as "PEEL
2021/22;#14" or "Ford, Jane;#123". Left as they are, the tags and ids are words the list's
text lacks, and the report "PEEL 2021/22;#14" names a report nobody wrote.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

#: A tag or a character reference a person never types into a cell.
_MARKUP = re.compile(r"</?(?:div|p|br|span|ul|ol|li|strong|em|b|i|u|font|table|tr|td|h\d)\b[^>]*>"
                     r"|&(?:#\d{2,5}|#x[0-9a-f]{2,4}|[a-z]{2,6});", re.IGNORECASE)
#: A lookup or person value: "text;#id", several joined by ";#".
_LOOKUP = re.compile(r"^(.+?);#\d+(?:;#(.+?);#\d+)*$", re.DOTALL)
_LOOKUP_PART = re.compile(r";#\d+(?:;#|$)")
_BLOCKS = frozenset({"p", "div", "br", "li", "tr", "ul", "ol", "h1", "h2", "h3", "h4", "table"})


class _Text(HTMLParser):
    """The text of an HTML fragment, a block a line, a list item a bullet."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("• ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


#: A choice or lookup as Microsoft Lists exports it: '{"Id":2,"Value":"Core Business 2014"}',
#: '[{"Value":"AFI"}]'.
_JSON_VALUE = re.compile(r'"Value"\s*:\s*"((?:[^"\\]|\\.)*)"')


def plain(value: str) -> str:
    """`value` without markup: HTML as its text, a lookup's "text;#id" as its text, a
    Lists choice '{"Value":"Complete"}' as its value."""
    if value[:1] in "{[" and '"Value"' in value:
        found = _JSON_VALUE.findall(value)
        return "; ".join(v.encode().decode("unicode_escape") if "\\" in v else v
                         for v in found) if found else value
    if value.strip() in ("[]", "{}"):
        return ""
    if ";#" in value and (m := _LOOKUP.match(value.strip())):
        return "; ".join(p for p in _LOOKUP_PART.split(value.strip()) if p) if m.group(2) else \
            m.group(1)
    if ("<" not in value and "&" not in value) or not _MARKUP.search(value):
        return value
    parser = _Text()
    parser.feed(value)
    parser.close()
    text = "".join(parser.parts).replace("\u200b", "").replace("\xa0", " ")
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line)
