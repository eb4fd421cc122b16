"""Who last saved a returned file, and when, from its document properties: for a committee
paper that says "signed off by", the Decision log records it beside each decision."""

from __future__ import annotations

import zipfile
from pathlib import Path

from defusedxml import ElementTree

_NS = {"cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
       "dc": "http://purl.org/dc/elements/1.1/", "dcterms": "http://purl.org/dc/terms/",
       "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
       "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"}
#: (part, last-saved-by path, last-saved-at path) for an Excel and an OpenDocument file.
_PARTS = (("docProps/core.xml", "cp:lastModifiedBy", "dcterms:modified"),
          ("meta.xml", "office:meta/dc:creator", "office:meta/dc:date"))


def saved_by_and_at(path: Path) -> tuple[str, str]:
    """('Patel, Ravi', '2026-03-02T14:05:00Z'), or blanks where the file does not say
    (a CSV, an .xls, or a file saved by a tool that leaves them out)."""
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            for part, by, at in _PARTS:
                if part in names:
                    root = ElementTree.fromstring(z.read(part))
                    return _text(root, by), _text(root, at)
    except (zipfile.BadZipFile, OSError, ElementTree.ParseError):
        pass
    return "", ""


def _text(root: object, path: str) -> str:
    node = root.find(path, _NS)  # type: ignore[attr-defined]
    return (node.text or "").strip() if node is not None else ""
