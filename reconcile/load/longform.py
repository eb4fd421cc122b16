"""A list exported a record per field: "long" or entity-attribute-value form.

A feed pulled into Excel with Power Query and not expanded ("Record.id | Name | Value", one
row per field of each record), a regional hub's extract ("entity_key | attribute | value_seq
| value | is_current"), a database's unpivoted query ("Item | Column | Value"): an item is the
rows sharing its key, each naming one field. Read as a person would pivot it: one row per
record, at the record's first row, its field names as headings. The record's other rows are
explained as its fields; so are a field's earlier values (a current flag says which stands),
the pieces of a long text (a sequence number orders them, joined), a record listed again (a
paging repeat), rows with no key (a page's metadata) and the records other records name by
their key (a report's own record: its fields read into the items naming it).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from itertools import pairwise
from typing import Any

from ..normalise import parse_date
from .columns import FREE_TEXT_WORDS, header_claims, is_status_word, is_type_word
from .grid import Grid, NoStyles, blank
from .header import HEADER_SEARCH_ROWS, header_key

#: A field's name: short, one line.
_NAME_CHARS, _NAME_WORDS = 40, 5
#: Distinct field names a record type uses (a column of a table's values has more or fewer).
_MIN_NAMES, _MAX_NAMES = 3, 60
#: Records, and rows per record on average, before a sheet is read so.
_MIN_RECORDS, _MIN_FIELDS = 3, 3
#: Rows looked at first.
_SAMPLE = 200
#: Share of a record's (key, name) pairs given once: fields, not a table's repeated values.
_ONCE = 0.5
#: Long texts in another column, as a share of the values', that make a sheet a table.
_OTHER_TEXTS = 0.2
#: Share of the records a common field is given on.
_COMMON = 0.5
#: A key's heading; a sequence's; a date saying since when a value stands.
_KEY = re.compile(r"\b(?:id|key|ref|reference|record|entity|item|urn|no|number)\b")
_SEQ = re.compile(r"\b(?:seq|sequence|part|piece|chunk|line|order|index|position|ordinal)\b")
_WHEN = re.compile(r"\b(?:valid|from|date|changed|modified|updated|timestamp|when|effective)\b")
#: A flag saying whether a row is the record's current version ("is_current", "Is latest").
CURRENT = re.compile(r"^(?:row |record |version |value )?(?:is )?(?:current|latest)"
                     r"(?: (?:flag|ind|indicator|row|record|version|value|yn))?$")
_NOW = frozenset({"1", "y", "yes", "true"})
_BEFORE = frozenset({"0", "n", "no", "false"})
#: The fields a record named by key may bring its items: what describes it.
_DESCRIBES = frozenset({"report", "published"})
#: Widths a database cuts a long text at.
_WIDTHS = frozenset({250, 255, 256, 1024, 2048, 4096, 32767})
#: A link field's suffix: "ReportKey", "report_id" name the report's record.
_LINK_SUFFIX = re.compile(r"\s*(?:id|key|ref|code|sk|fk)$")


@dataclasses.dataclass(frozen=True)
class _Shape:
    """Where the parts of a long list are: the header row and the columns (0-based)."""

    head: int
    key: int
    name: int
    value: int
    kind: int | None = None        # the record's type ("RECOMMENDATION", "REPORT")
    seq: int | None = None         # a long value's piece number
    current: int | None = None     # a flag: this value is the current one
    when: int | None = None        # since when the value stands


def _plain(v: Any) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


def _at(row: list[Any], col: int | None) -> Any:
    return row[col] if col is not None and col < len(row) else None


def records_per_field(grid: Grid, side: str) -> tuple[Grid, list[tuple[int, str]], str] | None:
    """(the sheet read one row per record, the rows explained, a note), or None for a sheet
    that is not a list of one row per field."""
    shape = _shape(grid)
    if shape is None:
        return None
    return _pivoted(grid, shape, side)


def _heads(grid: Grid) -> list[int]:
    """The row that may be a long list's header: the first near the top of three cells or
    more (titles and a plan's "Exported on | date" above it hold fewer), short headings."""
    for r in range(1, min(len(grid.rows), HEADER_SEARCH_ROWS) + 1):
        cells = [v for v in grid.rows[r - 1] if not blank(v)]
        if len(cells) >= 3:
            return [r] if all(isinstance(v, str) and len(v.split()) <= _NAME_WORDS
                              for v in cells) else []
    return []


def _shape(grid: Grid) -> _Shape | None:
    heads = _heads(grid)
    if not heads:
        return None
    filled = [r for r in range(heads[0] + 1, len(grid.rows) + 1)
              if any(not blank(v) for v in grid.rows[r - 1])]
    for head in heads:
        data = [grid.rows[r - 1] for r in filled if r > head]
        if len(data) < _MIN_RECORDS * _MIN_FIELDS:
            continue
        width = len(grid.rows[head - 1])
        # The first rows first: a table's columns fail there, at little cost.
        names = [c for c in range(width) if _short_words(data[:_SAMPLE], c)
                 and _names_column(data, c)]
        for name in names:
            shape = _around(grid, head, data, name, width)
            if shape is not None:
                return shape
    return None


def _short_words(data: list[list[Any]], col: int) -> list[str] | None:
    """The column's values where nearly every row holds short one-line words, else None."""
    values = [_at(row, col) for row in data]
    filled = [v for v in values if not blank(v)]
    if len(filled) < 0.9 * len(values) or not all(isinstance(v, str) for v in filled):
        return None
    if any(len(v) > _NAME_CHARS or len(v.split()) > _NAME_WORDS or "\n" in v for v in filled):
        return None
    return filled


def _names_column(data: list[list[Any]], col: int) -> bool:
    """Whether a column holds field names: short one-line words on nearly every row, a few
    of them, most repeated."""
    filled = _short_words(data, col)
    if filled is None:
        return False
    counts = Counter(v.strip() for v in filled)
    # A column of statuses or types repeats a few words too: those are values, not fields;
    # and a column of ids ("HMIP-90", a tree's parent keys) names records, not fields.
    valued = sum(is_status_word(n) or is_type_word(n) or bool(re.search(r"\d", n))
                 for n in counts)
    return (_MIN_NAMES <= len(counts) <= _MAX_NAMES and valued < 0.5 * len(counts)
            and sum(n >= _MIN_RECORDS for n in counts.values()) >= _MIN_NAMES)


def _long(v: Any) -> bool:
    return isinstance(v, str) and len(v.split()) >= FREE_TEXT_WORDS


def _around(grid: Grid, head: int, data: list[list[Any]], name: int, width: int
            ) -> _Shape | None:
    """The long list's shape around its column of field names, or None."""
    longs = {c: sum(_long(_at(row, c)) for row in data) for c in range(width) if c != name}
    value = max(longs, key=lambda c: longs[c], default=None)
    if value is None or longs[value] < _MIN_RECORDS:
        return None
    # The item's wording is one of the fields, in the values: a table holding texts in
    # another column too (a log of updates beside each item's text) is a table.
    if any(n >= _OTHER_TEXTS * longs[value] for c, n in longs.items() if c != value):
        return None
    heading = [header_key(v) if isinstance(v, str) else "" for v in grid.rows[head - 1]]
    keys = []
    for c in range(width):
        if c in (name, value):
            continue
        fit = _key_fit(data, c, name)
        if fit is not None:
            keys.append((bool(_KEY.search(heading[c])), fit, c))
    if not keys:
        return None
    key = max(keys)[2]
    if not _kinds_of_values(data, key, name, value):
        return None
    rest = [c for c in range(width) if c not in (key, name, value)]
    return _Shape(head, key, name, value, kind=_kind_column(data, key, rest),
                  seq=_seq_column(data, rest, heading),
                  current=next((c for c in rest if CURRENT.match(heading[c])), None),
                  when=next((c for c in rest if _WHEN.search(heading[c]) and _dated(data, c)),
                            None))


def _key_fit(data: list[list[Any]], col: int, name: int) -> tuple[float, int] | None:
    """(share of rows that follow a row of the same key, distinct keys) for a column that can
    be the records' key: a few fields per key, each mostly named once; else None."""
    keyed = [(_plain(_at(row, col)), _plain(_at(row, name))) for row in data
             if not blank(_at(row, col))]
    if len(keyed) < 0.5 * len(data) or any(len(k) > _NAME_CHARS for k, _ in keyed):
        return None
    # A status column groups rows too, but its values are states, not records' keys.
    if sum(is_status_word(k) for k, _ in keyed) >= 0.5 * len(keyed):
        return None
    distinct = len({k for k, _ in keyed})
    if distinct < _MIN_RECORDS or len(keyed) / distinct < _MIN_FIELDS:
        return None
    if len(set(keyed)) < _ONCE * len(keyed):
        return None
    # Each record gives the same fields: a few names on most records (a log's "Updated by"
    # names a few people, most of them on a few items only).
    names_of: dict[str, set[str]] = defaultdict(set)
    for k, n in keyed:
        names_of[k].add(n)
    # ... each of several: a tree's parent key groups children of one level ("Epic").
    if sum(map(len, names_of.values())) < _MIN_FIELDS * distinct:
        return None
    spread = Counter(n for names in names_of.values() for n in names)
    if sum(c >= _COMMON * distinct for c in spread.values()) < _MIN_NAMES:
        return None
    runs = sum(a[0] == b[0] for a, b in pairwise(keyed))
    return runs / len(keyed), distinct


def _kinds_of_values(data: list[list[Any]], key: int, name: int, value: int) -> bool:
    """Whether the values are fields of records: one name's values long texts on most of the
    records, another's short words (a status, a type). A table's column of texts grouped by
    a column of owners holds long texts under every name."""
    by_name: dict[str, list[Any]] = defaultdict(list)
    for row in data:
        if not blank(_at(row, key)) and not blank(_at(row, name)):
            by_name[_plain(row[name])].append(_at(row, value))
    records = len({_plain(_at(row, key)) for row in data if not blank(_at(row, key))})
    texts = [n for n, vs in by_name.items()
             if len(vs) >= 0.5 * records and sum(map(_long, vs)) >= 0.5 * len(vs)]
    short = [n for n, vs in by_name.items()
             if len(vs) >= 0.5 * records and not any(map(_long, vs))]
    return bool(texts) and bool(short)


def _kind_column(data: list[list[Any]], key: int, rest: list[int]) -> int | None:
    """A column of a few words, one per key: the record's type."""
    for c in rest:
        per_key: dict[str, set[str]] = defaultdict(set)
        for row in data:
            if not blank(_at(row, key)) and not blank(_at(row, c)):
                per_key[_plain(row[key])].add(_plain(row[c]))
        kinds = set().union(*per_key.values()) if per_key else set()
        if (2 <= len(kinds) <= 6 and all(len(v) == 1 for v in per_key.values())
                and all(re.search(r"[A-Za-z]{3}", k) for k in kinds)):
            return c
    return None


def _seq_column(data: list[list[Any]], rest: list[int], heading: list[str]) -> int | None:
    """A column of small whole numbers numbering the pieces of a value given over rows."""
    for c in rest:
        values = [_at(row, c) for row in data if not blank(_at(row, c))]
        if not values or not _SEQ.search(heading[c]) or not all(
                re.fullmatch(r"\d{1,2}", _plain(v)) for v in values):
            continue
        return c
    return None


def _dated(data: list[list[Any]], col: int) -> bool:
    values = [_at(row, col) for row in data if not blank(_at(row, col))]
    return bool(values) and sum(parse_date(v) is not None for v in values) >= 0.8 * len(values)


@dataclasses.dataclass
class _Record:
    first: int
    kind: str
    key: str
    rows: dict[str, list[int]] = dataclasses.field(default_factory=dict)


def _pivoted(grid: Grid, shape: _Shape, side: str) -> tuple[Grid, list[tuple[int, str]], str]:
    explained: list[tuple[int, str]] = []
    records: dict[tuple[str, str], _Record] = {}
    for r in range(shape.head + 1, len(grid.rows) + 1):
        row = grid.rows[r - 1]
        if all(blank(v) for v in row):
            continue
        k, field = _at(row, shape.key), _at(row, shape.name)
        if blank(k) or blank(field):
            said = " = ".join(_plain(v) for v in (field, _at(row, shape.value)) if not blank(v))
            explained.append((r, f"no record key: not a field of any record ('{said[:60]}')"))
            continue
        kind = _plain(_at(row, shape.kind)) if shape.kind is not None else ""
        rec = records.setdefault((kind, _plain(k)), _Record(r, kind, _plain(k)))
        rec.rows.setdefault(_plain(field), []).append(r)
    cap = max((len(v) for row in grid.rows[shape.head:] if isinstance(
        v := _at(row, shape.value), str)), default=0)
    fields = {(rec.kind, rec.key): _fields(grid, shape, rec, cap, explained)
              for rec in records.values()}
    text_names = _text_names(fields)
    lookups = _lookups(records, fields, text_names)
    items = [rec for ident, rec in records.items() if ident not in lookups]
    joined = {ident: _joined(fields[ident], fields, lookups, records, side) for ident in fields}
    for via, rec in lookups.values():
        what = rec.kind.lower() if rec.kind else "record"
        explained += [(r, f"the {what} record {rec.key} (named by '{via}' of items): its fields "
                          "read into the items naming it") for rows in rec.rows.values()
                      for r in rows]
    names: list[str] = []
    for rec in items:
        names += [n for n in joined[rec.kind, rec.key] if n not in names]
    width = max(len(row) for row in grid.rows)
    out = [list(row) + [None] * (width - len(row)) for row in grid.rows]
    for r in range(shape.head, len(out) + 1):
        out[r - 1] = []
    key_heading = str(grid.rows[shape.head - 1][shape.key]).strip()
    as_ref = _as_reference(key_heading, names, side)
    # The record's type as a column only where the items are of several ("AFI", "REC").
    kinds = shape.kind is not None and len({rec.kind for rec in items}) > 1
    out[shape.head - 1] = [as_ref,
                           *([grid.rows[shape.head - 1][shape.kind]] if kinds else []), *names]
    for rec in items:
        values = joined[rec.kind, rec.key]
        out[rec.first - 1] = [rec.key, *([rec.kind] if kinds else []),
                              *(values.get(n) for n in names)]
        explained += [(r, f"'{n}' of record {rec.key} (row {rec.first}): read with it")
                      for n, rows in rec.rows.items() for r in rows]
    at_item = {rec.first for rec in items}
    reasons: dict[int, str] = {}
    for r, why in explained:          # the first reason given a row is its own
        if r not in at_item:
            reasons.setdefault(r, why)
    explained = sorted(reasons.items())
    note = (f"a list exported a record per field ('{grid.rows[shape.head - 1][shape.name]}' | "
            f"'{grid.rows[shape.head - 1][shape.value]}', one row per field, by "
            f"'{key_heading}'{', read as the reference' if as_ref != key_heading else ''}): "
            f"{len(items)} records read one row each at their first row, their {len(names)} "
            "field names as headings")
    if lookups:
        note += f"; {len(lookups)} records the items name by key read into them"
    plain = dataclasses.replace(grid, rows=out, styles=NoStyles(), wide_merges=set(),
                                hidden_cols=(), uncalculated=frozenset(), notes={}, struck={},
                                outline={}, merged_down=frozenset())
    return plain, explained, note


def _as_reference(heading: str, names: list[str], side: str) -> str:
    """The key's heading, said to be the reference ("entity_key") where neither it nor a
    field names one: the key is then the item's only id. A field naming the register's own
    id ("RecommendationId") is the reference, the key a system's own."""
    if any(f == "ref" for h in (heading, *names) for f, _, _ in header_claims(header_key(h), side)):
        return heading
    return "Reference"


def _fields(grid: Grid, shape: _Shape, rec: _Record, cap: int,
            explained: list[tuple[int, str]]) -> dict[str, Any]:
    """A record's fields, one value each: the current one, a long text's pieces joined, a
    repeat dropped; the rows not read explained."""
    out: dict[str, Any] = {}
    for name, rows in rec.rows.items():
        if shape.current is not None:
            now = [r for r in rows if says_current(_at(grid.rows[r - 1], shape.current)) is True]
            if now and len(now) < len(rows):
                explained += [(r, f"an earlier value of '{name}' of record {rec.key} (not "
                                  "current): the current one read") for r in rows if r not in now]
                rows = now
        if shape.seq is not None and len(rows) > 1:
            pieces = sorted(rows, key=lambda r: int(_plain(_at(grid.rows[r - 1], shape.seq)) or 0))
            if len({_plain(_at(grid.rows[r - 1], shape.seq)) for r in rows}) == len(rows):
                text = last = ""
                for r in pieces:
                    v = _at(grid.rows[r - 1], shape.value)
                    part = "" if blank(v) else str(v)
                    text += ("" if not text or _cut(last, cap) or part[:1].isspace()
                             or last[-1:].isspace() else " ") + part
                    last = part
                    if r != pieces[0]:
                        explained.append((r, f"a further piece of '{name}' of record {rec.key}"
                                             ": joined to the first"))
                out[name] = text
                continue
        values = [_at(grid.rows[r - 1], shape.value) for r in rows]
        # A value given again the same is a repeat; a later different one replaces it.
        chosen = 0 if len(set(map(_plain, values))) == 1 else len(rows) - 1
        if shape.when is not None and len(set(map(_plain, values))) > 1:
            dates = [parse_date(_at(grid.rows[r - 1], shape.when)) for r in rows]
            if all(d is not None for d in dates):
                chosen = max(range(len(rows)), key=lambda i: (dates[i], i))
        for i, r in enumerate(rows):
            if i != chosen:
                same = _plain(values[i]) == _plain(values[chosen])
                explained.append((r, f"'{name}' of record {rec.key} again" + (
                    "" if same else ", an earlier value: the later one read")))
        if not blank(values[chosen]) and _plain(values[chosen]) != rec.key:
            out[name] = values[chosen]
    return out


def _cut(piece: str, cap: int) -> bool:
    """Whether a piece of a long value was cut at the export's width (and so goes on
    mid-word): as long as the longest value, or a width a database gives a text field."""
    return len(piece) == cap or len(piece) in _WIDTHS or (len(piece) >= 100
                                                           and len(piece) % 100 == 0)


def says_current(value: Any) -> bool | None:
    """A current flag's answer: True (1, Y, Yes, TRUE), False (0, N, No, FALSE), else None."""
    k = "" if blank(value) else _plain(value).lower()
    return True if k in _NOW else False if k in _BEFORE else None


def _text_names(fields: dict[tuple[str, str], dict[str, Any]]) -> set[str]:
    """The names whose values are long texts: the item's wording (and perhaps comments)."""
    seen: dict[str, list[Any]] = defaultdict(list)
    for values in fields.values():
        for n, v in values.items():
            seen[n].append(v)
    longs = {n: sum(map(_long, vs)) for n, vs in seen.items()}
    most = max(longs.values(), default=0)
    # A report's title may run long too, but on far fewer records than the items' texts.
    return {n for n, vs in seen.items() if longs[n] >= 0.5 * len(vs) and longs[n] >= 0.5 * most}


def _lookups(records: dict[tuple[str, str], _Record], fields: dict[tuple[str, str], dict],
             text_names: set[str]) -> dict[tuple[str, str], tuple[str, _Record]]:
    """The records other records name by their key in a field ("ReportKey"), holding no text
    of an item's: a report's own record. By ident: (the naming field, the record)."""
    wordless = {}
    for ident, values in fields.items():
        if not text_names & set(values):
            wordless.setdefault(ident[1], ident)
    found: dict[tuple[str, str], tuple[str, _Record]] = {}
    named: dict[str, list[str]] = defaultdict(list)
    for values in fields.values():
        for n, v in values.items():
            named[n].append(_plain(v))
    for n, vs in named.items():
        hits = [wordless[v] for v in vs if v in wordless]
        if len(hits) >= 0.8 * len(vs) and len(vs) >= _MIN_RECORDS:
            for ident in hits:
                found[ident] = (n, records[ident])
    return found


def _joined(values: dict[str, Any], fields: dict[tuple[str, str], dict[str, Any]],
            lookups: dict[tuple[str, str], tuple[str, _Record]],
            records: dict[tuple[str, str], _Record], side: str) -> dict[str, Any]:
    """A record's fields with those of the records it names by key read in after the naming
    field's place: "ReportKey" RPT-3 becomes the report record's "Title" as "report Title"."""
    by_key = {rec.key: ident for ident, (_, rec) in lookups.items()}
    links = {n for n, v in values.items() if (i := by_key.get(_plain(v))) and lookups[i][0] == n}
    own = {f for n in values if n not in links for f, _, _ in header_claims(header_key(n), side)}
    out: dict[str, Any] = {}
    for n, v in values.items():
        if n not in links:
            out[n] = v
            continue
        ident = by_key[_plain(v)]
        # The key read through, as a VLOOKUP would: its record's fields in its place.
        prefix = _LINK_SUFFIX.sub("", header_key(n)).strip() or records[ident].kind.lower()
        for other, w in fields[ident].items():
            joined = f"{prefix} {other}".strip()
            # Only what describes the named record (a report's title, its date) and the item
            # does not say itself: the report's status or type ("Published", "Thematic") is
            # none of the item's, and an item's own report title is its own.
            claims = {f for f, _, _ in header_claims(header_key(joined), side)}
            if claims <= _DESCRIBES and not claims & own:
                out.setdefault(joined, w)
    return out
