"""Rows whose state is another row's. A learning register or a rebaselined plan keeps an
entry merged into another ("Merged" beside "OL-0103", "Merged into W6.07"), entered twice
("Duplicate of OL-0121") or split into sub-actions ("Split" beside "OL-0118a to OL-0118d",
"See a–c"), and its key says such a row's status is the status of the row it names. The row
then follows that row (`follows`: its row ids; several are done only when all are), and says
so in its status; a duplicate is one more row of its master's item, and a split's rows are
their parent's actions (`parent`: read by `parents.parent_actions`).

Only a row naming another row by that row's own code (its running number, or a short code no
other row holds), and saying it points there: by its status word (Merged, Duplicate, Split,
See …) or by the words before the code ("duplicate of", "merged into"). A row with a status
of its own whose note says where the work goes on ("delivery tracked under PT07", "see
OL-0144") or what replaced it ("superseded by P23-01": closed) is not a pointer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .. import vocab
from .sheetfacts import one, rows_named

#: A row's own code: "OL-0103", "W6.07", "OL-0118a", "AP/12" (a letter or a mark beside digits).
_CODE = re.compile(r"^\s*([A-Za-z]{1,8}[-_./ ]?\d+(?:[-_./]\d+)*[a-z]?|\d+(?:[-_./]\d+)+[a-z]?)\s*$")
#: A code inside a cell.
_IN_CELL = re.compile(r"(?<![\w/.-])([A-Za-z]{1,8}[-_./]?\d+(?:[-_./]\d+)*[a-z]?|"
                      r"\d+(?:[-_./]\d+)*[a-z]?)(?![\w/-])")
#: A status word saying the row's state is elsewhere.
_POINTER_STATUS = re.compile(r"^\s*(?:merged|duplicated?|split|see|subsumed|combined)\b",
                             re.IGNORECASE)
#: Words before a code saying the row's state is that row's, whatever its own status says.
_POINTER_WORDS = re.compile(
    r"\b(?:duplicate\s+of|dup(?:licate)?\.?\s+of|merged\s+(?:into|with)|subsumed\s+(?:into|by)|"
    r"combined\s+with)\s*(?:line|row|entry|item|action|ref\.?|no\.?)?\s*[:#]?\s*$", re.IGNORECASE)
_DUPLICATE = re.compile(r"\bdup(?:licate\w*)?\b|\bentered\s+twice\b", re.IGNORECASE)
_SPLIT = re.compile(r"\bsplit\b|^\s*see\b", re.IGNORECASE)
#: "OL-0118a to OL-0118d", "W2.07a–d", "a–c": a run of codes.
_RUN = re.compile(r"^\s*(?:to|through|–|—|-|\.\.)\s*$", re.IGNORECASE)
_LETTER_RUN = re.compile(r"\b([a-z])\s*(?:–|—|-|to)\s*([a-z])\b")
#: A cell naming the rows it points at is short: a code or two, a few words.
_LINK_CHARS = 80


def _key(value: Any) -> str:
    return vocab.key(value) if isinstance(value, (str, int)) and str(value).strip() else ""


#: A column of the rows' own codes: most rows have one, each its own.
_CODED_SHARE = 0.5


def _names(items: list[dict[str, Any]], cells: Callable[[int], list[Any]]
           ) -> tuple[dict[str, int], dict[int, str]]:
    """Each row by its own code, and each row's code as written: its running number, or its
    cell in a column where most rows hold a code (a letter or a mark beside digits) and no
    two rows the same one."""
    rows = [cells(item["row"]) for item in items]
    columns: list[list[str]] = [
        [str(item.get("local_ref") or "").strip() if _key(item.get("local_ref")) else ""
         for item in items]]
    for c in range(max((len(r) for r in rows), default=0)):
        col = [r[c].strip() if c < len(r) and isinstance(r[c], str) and _CODE.match(r[c])
               else "" for r in rows]
        columns.append(col)
    names: dict[str, int] = {}
    shown: dict[int, str] = {}
    for col in columns:
        filled = [v for v in col if v]
        keys = [_key(v) for v in filled]
        if len(filled) < _CODED_SHARE * len(items) or len(set(keys)) < len(keys):
            continue
        for k, v in enumerate(col):
            if v and _key(v) not in names:
                names[_key(v)] = k
                shown.setdefault(k, v)
    return names, shown


def _named_in(text: str, names: dict[str, int], own: str, after_words: bool) -> list[int]:
    """The rows a cell names, in order; a run ("OL-0118a to OL-0118d", "a–c") whole.
    `after_words`: only codes that follow pointer words ("merged into W6.07")."""
    found: list[tuple[int, int, int]] = []          # (start, end, row)
    for m in _IN_CELL.finditer(text):
        k = names.get(_key(m.group(1)))
        if k is None or (after_words and not _POINTER_WORDS.search(text[:m.start()])):
            continue
        if m.group(1).isdigit() and re.search(r"[A-Za-z]\s*$", text[:m.start()]) \
                and not _POINTER_WORDS.search(text[:m.start()]):
            continue        # "PRJ 17", "Project 17": another register's number, not row 17
        found.append((m.start(), m.end(), k))
    out: list[int] = []
    for n, (_, end, k) in enumerate(found):
        nxt = found[n + 1] if n + 1 < len(found) else None
        if out and out[-1] == k:
            continue
        if nxt is not None and _RUN.match(text[end:nxt[0]]) and nxt[2] > k:
            out += [x for x in range(k, nxt[2] + 1) if x not in out]
        elif k not in out:
            out.append(k)
    if not out and own and not after_words:
        for m in _LETTER_RUN.finditer(text):     # "See a–c": the row's own code, lettered
            run = [names.get(_key(own + chr(c))) for c in range(ord(m.group(1)), ord(m.group(2)) + 1)]
            out += [x for x in run if x is not None and x not in out]
    return out


def _pointing(item: dict[str, Any], k: int, names: dict[str, int], code: dict[int, str],
              cells: Callable[[int], list[Any]]) -> tuple[list[int], str] | None:
    """The rows this row's state follows, and the words saying so; or None."""
    status = item.get("status")
    own_code = code.get(k, "")
    text = item.get("text")
    short = [v for v in cells(item["row"]) if isinstance(v, str) and v != text
             and _key(v) != _key(own_code) and len(v) <= 4 * _LINK_CHARS]
    if isinstance(status, str) and _POINTER_STATUS.match(status):
        for v in [status, *short]:
            if len(v) <= _LINK_CHARS and (rows := [x for x in _named_in(v, names, own_code, False)
                                                   if x != k]):
                return rows, f"{status} {v}" if v is not status else status
    for v in short:
        if rows := [x for x in _named_in(v, names, own_code, True) if x != k]:
            return rows, v
    return None


#: The words a pointing row's cells hold somewhere, lower case: a quick look first.
_WORDS = ("merged", "duplicat", "subsumed", "combined", "dup.")


def _may_point(item: dict[str, Any], row: list[Any]) -> bool:
    status = item.get("status")
    if isinstance(status, str) and _POINTER_STATUS.match(status):
        return True
    said = "\n".join(v for v in row if isinstance(v, str)).lower()
    return any(w in said for w in _WORDS)


def pointer_rows(items: list[dict[str, Any]], sheet: list[list[Any]], text_col: int
                 ) -> str | None:
    """Mark each row whose state is another row's (in place): `follows` and its status; a
    duplicate's or a split's rows filed under the row they belong to (`parent`). A note for
    the sheet's report, or None. `sheet`: its cells by Excel row, less one."""
    def cells(r: int) -> list[Any]:
        return [v for c, v in enumerate(sheet[r - 1]) if c != text_col]

    maybe = [k for k, item in enumerate(items) if _may_point(item, sheet[item["row"] - 1])]
    if not maybe:
        return None          # most trackers: no row says it points anywhere
    names, code = _names(items, cells)
    if not names:
        return None
    followed: list[int] = []
    for k in maybe:
        item = items[k]
        found = _pointing(item, k, names, code, cells)
        if found is None:
            continue
        rows, said = found
        targets = [items[x] for x in rows]
        codes = [code[x] for x in rows]
        item["follows"] = tuple(t["row_id"] for t in targets)
        statuses = list(dict.fromkeys(str(t.get("status") or "(blank)") for t in targets))
        own_status = item.get("status") or "(blank)"
        item["status"] = f"{own_status} — follows {_listed(codes)}: {', '.join(statuses)}"
        mine = codes[0] if len(codes) == 1 else None
        if _DUPLICATE.search(said) and mine and not targets[0].get("parent"):
            item["parent"] = mine                 # entered twice: one more row of that item
            item["status"] = f"{own_status} — a duplicate of {mine}: {statuses[0]}"
        elif _SPLIT.search(said) and len(targets) > 1 and (own := code.get(k)):
            for t in targets:
                if not t.get("parent"):
                    t["parent"] = own             # the split's rows: the parent's actions
        followed.append(item["row"])
    if not followed:
        return None
    return (f"{rows_named(followed)} {one(followed, 'says its', 'say their')} status is "
            "another row's (merged, a duplicate, or split into sub-actions, naming that row's "
            "code): read as that row's status (several rows: done only when all are)")


def _listed(codes: list[str]) -> str:
    return ", ".join(codes) if len(codes) <= 3 else f"{codes[0]} to {codes[-1]}"


__all__ = ["pointer_rows"]
