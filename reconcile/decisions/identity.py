"""The stable identity of an item, so that a decision finds its item again after people sort,
insert rows or renumber them.

An HMICFRS item is its register reference where it has one, else a digest of its report and
text; a force row is a digest of its report and text (its running number is renumbered when
rows are inserted). A version (text digest and open / done) says what a decision depended on.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

import pandas as pd

from ..normalise import ref_key
from .records import cell_text

_WORD = re.compile(r"[0-9a-z]+")

#: Columns `with_identity` adds to a normalised side, so that a large run works them out in
#: the process that prepares each side (see `pipeline.prepare_side`).
IDENTITY_COLUMNS = ("identity", "identity_version", "identity_text")


def canon(value: object) -> str:
    """Words only, lower case: edits of punctuation, quotes or spacing keep an identity."""
    text = unicodedata.normalize("NFKC", cell_text(value)).lower().replace("&", " and ")
    return " ".join(_WORD.findall(text))


def _digest(text: str, n: int = 10) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()[:n]


def side_id(side: str, ref: object, report: object, text: object) -> str:
    """One item's identity: 'h:ref-9312', 'h:<digest>' or 'f:<digest>'."""
    return _id_of(side, ref, canon(report), canon(text))


def _id_of(side: str, ref: object, report_canon: str, text_canon: str) -> str:
    if side == "hmicfrs" and (key := ref_key(ref)):
        return f"h:ref-{key}"
    return ("h:" if side == "hmicfrs" else "f:") + _digest(report_canon + "|" + text_canon)


def _version_of(text_canon: str, state: object) -> str:
    """What a decision depends on: the text, and whether the item is open or done."""
    return f"{_digest(text_canon, 8)}/{cell_text(state) or 'blank'}"


def text_digest(value: object) -> str:
    """The text part of a version, from a text as shown: an Item version's `h:<this>/...`."""
    return _digest(canon(value), 8)


def split_version(value: object) -> dict[str, tuple[str, str]]:
    """An Item version as side ('h' / 'f') -> (text digest, state)."""
    out = {}
    for part in cell_text(value).split("+"):
        if part[:2] in ("h:", "f:") and "/" in part:
            text, state = part[2:].split("/", 1)
            out[part[0]] = (text, state)
    return out


def _ids(frame: pd.DataFrame, side: str, text_canon: list[str]) -> dict[str, str]:
    """row_id -> identity; a repeated identity (a duplicated row) gets '#2', '#3' in file order."""
    report_canon: dict[tuple, str] = {}   # a national list names a few thousand reports
    seen: dict[str, int] = {}
    out = {}
    for row_id, ref, report, text in zip(frame["row_id"], frame["ref"], frame["report"],
                                         text_canon, strict=True):
        key = (type(report), report)
        if key not in report_canon:
            report_canon[key] = canon(report)
        base = _id_of(side, ref, report_canon[key], text)
        seen[base] = seen.get(base, 0) + 1
        out[row_id] = base if seen[base] == 1 else f"{base}#{seen[base]}"
    return out


@dataclass(frozen=True)
class Identity:
    """Identities and versions of the current run's items, both ways."""

    h_id: dict[str, str]
    f_id: dict[str, str]
    h_version: dict[str, str]
    f_version: dict[str, str]
    h_canon: dict[str, str]
    f_canon: dict[str, str]
    h_status: dict[str, Any]
    f_status: dict[str, Any]

    @property
    def h_row(self) -> dict[str, str]:
        return {v: k for k, v in self.h_id.items()}

    @property
    def f_row(self) -> dict[str, str]:
        return {v: k for k, v in self.f_id.items()}


def with_identity(frame: pd.DataFrame, side: str) -> pd.DataFrame:
    """A side's items with their identity, version and identity text added as columns."""
    text = [canon(t) for t in frame["text"]]   # once per row: ids, versions, lookups
    ids = _ids(frame, side, text)
    out = frame.copy()
    out["identity"] = [ids[r] for r in frame["row_id"]]
    out["identity_version"] = [_version_of(c, s) for c, s in zip(text, frame["state"],
                                                                 strict=True)]
    out["identity_text"] = text
    return out


def identify(h: pd.DataFrame, f: pd.DataFrame) -> Identity:
    """Identity, version and comparison text of every item of both sides."""
    parts = []
    for frame, side in ((h, "hmicfrs"), (f, "force")):
        if "identity" not in frame:
            frame = with_identity(frame, side)
        rows = frame["row_id"].tolist()
        parts.append(tuple(dict(zip(rows, frame[c].tolist(), strict=True))
                           for c in (*IDENTITY_COLUMNS, "status")))
    (h_id, h_version, h_canon, h_status), (f_id, f_version, f_canon, f_status) = parts
    return Identity(h_id, f_id, h_version, f_version, h_canon, f_canon, h_status, f_status)
