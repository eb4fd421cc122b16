"""A person's decisions: each item's stable identity, reading decisions back from returned
workbooks, and flagging those made on an item that has changed since.

Sign-off leads pick a decision on each row of the workbook and send it back. The next run finds
each decision by the row's hidden Item ID, never by its row number (people sort, filter, insert
rows and add columns of their own), and applies it: an accepted match is made first, a rejected
one never, and every decision and comment is carried into the new workbook. A decision on an
item whose text or status (open / done) changed since is not applied: it is shown beside the
item for deciding again.

Identity: an HMICFRS item is its register reference where it has one, else a digest of its
report and text; a force row is a digest of its report and text (its running number is
renumbered when rows are inserted). An item whose identity is not found again (its text was
edited) is recognised by its text, and its decision is then flagged as stale.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from . import vocab
from .errors import InputError
from .load import file_sha256
from .normalise import ref_key
from .vocab import CATEGORY_TITLES

# --------------------------------------------------------------------------- vocabulary

ACCEPT, REJECT = "Accept match", "Reject match"
AGREE, NOT_YET = "Agree to close", "Not yet"
ADD, QUERY, CLOSE_LOCALLY = "Add to tracker", "Query with HMICFRS", "Close locally"
CORRECT, NO_DIFFERENCE = "Correct the tracker", "No real difference"

#: The drop-down list on each category's sheet. "Reject match" wherever a pair is shown, so
#: a wrong pair can be undone from any sheet; it is never made again.
CHOICES: dict[str, tuple[str, ...]] = {
    "closeable_submit": (AGREE, NOT_YET, REJECT),
    "closeable_local": (AGREE, NOT_YET, REJECT),
    "conflict": (CORRECT, QUERY, NO_DIFFERENCE, REJECT),
    "missing_from_force": (ADD, QUERY),
    "not_on_hmicfrs_list": (QUERY, CLOSE_LOCALLY),
    "review": (ACCEPT, REJECT),
    "in_sync": (REJECT,),
}
MATCH_CHOICES = (ACCEPT, REJECT)
_CHOICE_KEYS = {vocab.key(c): c for cs in CHOICES.values() for c in cs} | {
    "accept": ACCEPT, "accepted": ACCEPT, "reject": REJECT, "rejected": REJECT,
    "wrong match": REJECT, "agree": AGREE, "agreed": AGREE, "add": ADD, "query": QUERY,
}

#: Columns the result gains: identity, and what a person decided (the CSV's names).
PERSON_FIELDS = ("signoff_decision", "signoff_owner", "signoff_evidence", "signoff_comment",
                 "signoff_by")
RESULT_FIELDS = ("item_id", "item_version", *PERSON_FIELDS, "signoff_stale")

#: Headings in the workbook for each field; the reader finds columns by these, never by place.
HEADINGS = {
    "item_id": "Item ID", "item_version": "Item version",
    "signoff_decision": "Decision", "signoff_owner": "Assign to", "signoff_evidence": "Evidence",
    "signoff_comment": "Comment", "signoff_by": "Decided by",
    "signoff_stale": "Earlier decision (decide again)",
    "hmicfrs_row": "HMICFRS row", "force_row": "Force row", "hmicfrs_text": "HMICFRS text",
    "force_text": "Force text", "hmicfrs_status": "HMICFRS status", "force_status": "Force status",
    "hmicfrs_ref": "HMICFRS ref", "hmicfrs_report": "HMICFRS report",
    "force_report": "Force report",
    "kind": "Kind", "category": "Made on sheet", "source": "Read from", "outcome": "What happened",
}
#: The Decision log sheet: every decision in force, including those no row shows (a rejected
#: pair has no row of its own), so that nothing decided is lost between runs.
LOG_FIELDS = ("item_id", "item_version", "kind", *PERSON_FIELDS, "category", "hmicfrs_row",
              "force_row", "hmicfrs_text", "force_text", "hmicfrs_status", "force_status",
              "source", "outcome")
LOG_SHEET = "Decision log"
_RECORD_FIELDS = (*LOG_FIELDS, "key", "h_id", "f_id", "on_sheet")

_SHEET_LOOKUP = {vocab.key(h): f for f, h in HEADINGS.items()}
_CSV_LOOKUP = {vocab.key(f): f for f in (*HEADINGS, "category")}
_TITLE_CATEGORY = {t: c for c, t in CATEGORY_TITLES.items()}


def canonical_decision(value: object) -> str | None:
    """A decision as one of the choices, whatever its case or spacing; other text as typed."""
    text = _text(value)
    if not text:
        return None
    return _CHOICE_KEYS.get(vocab.key(text), text)


# ----------------------------------------------------------------------------- identity


_WORD = re.compile(r"[0-9a-z]+")


def _canon(value: object) -> str:
    """Words only, lower case: edits of punctuation, quotes or spacing keep an identity."""
    text = _text(value)
    text = unicodedata.normalize("NFKC", text).lower().replace("&", " and ")
    return " ".join(_WORD.findall(text))


def _digest(text: str, n: int = 10) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()[:n]


def side_id(side: str, ref: object, report: object, text: object) -> str:
    """One item's identity: 'h:ref-9312', 'h:<digest>' or 'f:<digest>'."""
    return _id_of(side, ref, _canon(report), _canon(text))


def _id_of(side: str, ref: object, report_canon: str, text_canon: str) -> str:
    if side == "hmicfrs" and (key := ref_key(ref)):
        return f"h:ref-{key}"
    return ("h:" if side == "hmicfrs" else "f:") + _digest(report_canon + "|" + text_canon)


def _version_of(text_canon: str, state: object) -> str:
    """What a decision depends on: the text, and whether the item is open or done."""
    return f"{_digest(text_canon, 8)}/{_text(state) or 'blank'}"


def _ids(frame: pd.DataFrame, side: str, text_canon: list[str]) -> dict[str, str]:
    """row_id -> identity; a repeated identity (a duplicated row) gets '#2', '#3' in file order."""
    report_canon: dict[tuple, str] = {}   # a national list names a few thousand reports
    seen: dict[str, int] = {}
    out = {}
    for row_id, ref, report, canon in zip(frame["row_id"], frame["ref"], frame["report"],
                                          text_canon, strict=True):
        key = (type(report), report)
        if key not in report_canon:
            report_canon[key] = _canon(report)
        base = _id_of(side, ref, report_canon[key], canon)
        seen[base] = seen.get(base, 0) + 1
        out[row_id] = base if seen[base] == 1 else f"{base}#{seen[base]}"
    return out


def line_id(h_id: str | None, f_id: str | None) -> str:
    return "+".join(x for x in (h_id, f_id) if x)


def split_line_id(value: object) -> tuple[str | None, str | None]:
    parts = _text(value).split("+")
    return (next((p for p in parts if p.startswith("h:")), None),
            next((p for p in parts if p.startswith("f:")), None))


def _split_version(value: object) -> dict[str, tuple[str, str]]:
    out = {}
    for part in _text(value).split("+"):
        if part[:2] in ("h:", "f:") and "/" in part:
            text, state = part[2:].split("/", 1)
            out[part[0]] = (text, state)
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


#: Columns `with_identity` adds to a normalised side, so that a large run works them out in
#: the process that prepares each side (see `pipeline.prepare_side`).
IDENTITY_COLUMNS = ("identity", "identity_version", "identity_text")


def with_identity(frame: pd.DataFrame, side: str) -> pd.DataFrame:
    """A side's items with their identity, version and identity text added as columns."""
    canon = [_canon(t) for t in frame["text"]]   # once per row: ids, versions, lookups
    ids = _ids(frame, side, canon)
    out = frame.copy()
    out["identity"] = [ids[r] for r in frame["row_id"]]
    out["identity_version"] = [_version_of(c, s) for c, s in zip(canon, frame["state"],
                                                                 strict=True)]
    out["identity_text"] = canon
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


# ------------------------------------------------------------------------------ reading


@dataclass(frozen=True)
class DecisionFile:
    """One returned workbook (or CSV) and what was read from it, for the Run info sheet."""

    path: Path
    sha256: str
    rows: int          # rows with something a person wrote, on the category sheets
    logged: int        # rows of its Decision log still in force
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class DecisionSet:
    """Every decision in force after reading the returned files, the later file winning."""

    records: pd.DataFrame
    files: tuple[DecisionFile, ...] = ()
    notes: tuple[str, ...] = ()


def empty_log() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object) for c in _RECORD_FIELDS})


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d %b %Y") if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.strftime("%d %b %Y")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


@dataclass(frozen=True)
class Table:
    """One sheet of a workbook reconcile wrote (or its CSV), its columns found by heading."""

    sheet: str
    fields: frozenset[str]
    rows: list[tuple[int, dict[str, str]]]     # (Excel row, field -> text)

    @property
    def is_log(self) -> bool:
        return "kind" in self.fields


def read_tables(path: Path) -> tuple[list[Table], str]:
    """Every sheet with a table of items or decisions, and the run date the file states.

    Columns are found by their heading in the first rows, so sorted, filtered, hidden and
    added columns do not matter.
    """
    from .load import read_grids

    grids, encoding = read_grids(path)
    lookup = _CSV_LOOKUP if encoding else _SHEET_LOOKUP
    tables, run_on = [], ""
    for grid in grids:
        for r, row in enumerate(grid.rows[:10], start=1):
            keys = [vocab.key(v) if _text(v) else "" for v in row]
            if not run_on and len(row) > 1 and keys[:1] == ["run on"] and _text(row[1]):
                run_on = _text(row[1])
            fields = [lookup.get(k) for k in keys]
            # Item ID: written by this version; row and text columns: by an older one.
            if "item_id" in fields or ({"hmicfrs_text", "force_text"} & set(fields)
                                       and {"hmicfrs_row", "force_row"} & set(fields)):
                cols: dict[str, int] = {}
                for c, fld in enumerate(fields):
                    if fld and fld not in cols:
                        cols[fld] = c
                body = [(k, {f: _text(values[c]) if c < len(values) else "" for f, c in cols.items()})
                        for k, values in enumerate(grid.rows[r:], start=r + 1)
                        if any(_text(v) for v in values)]
                tables.append(Table(grid.name, frozenset(cols), body))
                break
    return tables, run_on


def _record(values: dict[str, str], **extra: Any) -> dict[str, Any]:
    rec = {f: values.get(f, "") for f in LOG_FIELDS}
    rec.update(extra)
    rec["signoff_decision"] = canonical_decision(rec["signoff_decision"]) or ""
    rec["category"] = _TITLE_CATEGORY.get(rec["category"], rec["category"])
    rec["h_id"], rec["f_id"] = split_line_id(rec["item_id"])
    rec["kind"] = rec.get("kind", "").lower()
    if rec["kind"] not in ("match", "item"):
        rec["kind"] = "match" if rec["signoff_decision"] in MATCH_CHOICES else "item"
    rec["key"] = (f"match:{line_id(rec['h_id'], rec['f_id'])}" if rec["kind"] == "match"
                  else f"item:{rec['item_id']}")
    return rec


def _read_one(path: Path) -> tuple[dict[str, dict], DecisionFile]:
    """Decisions in one file: its Decision log, overridden by what people wrote on its sheets."""
    tables = [t for t in read_tables(path)[0] if "item_id" in t.fields]
    if not tables:
        raise InputError(
            f"{path}: no sheet has an 'Item ID' column, so these are not decisions written in a "
            "workbook from reconcile (or the hidden Item ID column was deleted). Give the "
            "workbook reconcile wrote, as the sign-off leads returned it.")
    logged: dict[str, dict] = {}
    on_sheets: list[dict] = []
    blank_lines: list[str] = []
    notes: list[str] = []
    no_id = 0
    for table in tables:
        is_log, sheet = table.is_log, table.sheet
        category = _TITLE_CATEGORY.get(sheet)
        for r, values in table.rows:
            where = f"{path.name}, sheet '{sheet}', row {r}"
            rec = _record(values, on_sheet=not is_log)
            if not rec["item_id"]:
                no_id += any(rec[f] for f in PERSON_FIELDS)
                continue
            if is_log:
                if rec["outcome"].startswith("Not carried"):
                    continue
                rec["source"] = rec["source"] or where
                logged[rec["key"]] = rec
                continue
            rec["category"] = category or rec["category"] or ""
            rec["source"] = where
            if any(rec[f] for f in PERSON_FIELDS):
                on_sheets.append(rec)
            else:
                blank_lines.append(rec["item_id"])
    if no_id:
        notes.append(f"{path.name}: {no_id} decision(s) on rows without an Item ID were ignored "
                     "(rows added by hand?): decide on the rows the tool wrote")
    merged = dict(logged)
    for rec in on_sheets:
        old = merged.get(rec["key"])
        if (old is not None and not old["on_sheet"] and _was_stale(old) and rec["kind"] == "item"
                and not rec["signoff_decision"]):
            # The row showed this stale decision beside an empty Decision cell: keep it,
            # with whatever the person added in the free-text cells.
            merged[rec["key"]] = {**old, **{f: rec[f] for f in PERSON_FIELDS[1:] if rec[f]}}
            continue
        if old is not None and old["on_sheet"] and old["signoff_decision"] != rec["signoff_decision"]:
            notes.append(f"{rec['source']}: the same item was decided twice; the lower row is used")
        merged[rec["key"]] = rec
    for item in blank_lines:
        old = merged.get(f"item:{item}")
        if old is not None and not old["on_sheet"] and not _was_stale(old):
            merged[old["key"]] = {**old, "withdrawn": True, "on_sheet": True}
    info = DecisionFile(path, file_sha256(path), len(on_sheets),
                        sum(1 for r in logged.values() if r["key"] in merged), tuple(notes))
    return merged, info


def _was_stale(rec: dict) -> bool:
    return rec.get("outcome", "").startswith("Stale")


def read_decisions(paths: Iterable[str | Path]) -> DecisionSet:
    """Decisions from returned workbooks (or CSVs), one per lead; the later file wins a tie.

    A decision a person wrote on a sheet beats one only carried in a Decision log.
    """
    final: dict[str, dict] = {}
    files = []
    notes: list[str] = []
    for path in paths:
        merged, info = _read_one(Path(path))
        files.append(info)
        for key, rec in merged.items():
            cur = final.get(key)
            if cur is not None and rec["on_sheet"] < cur["on_sheet"]:
                continue
            if (cur is not None and cur["on_sheet"] and rec["on_sheet"] and not rec.get("withdrawn")
                    and cur["signoff_decision"] != rec["signoff_decision"]):
                notes.append(f"{cur['source']} says '{cur['signoff_decision'] or '(none)'}' but "
                             f"{rec['source']} says '{rec['signoff_decision'] or '(none)'}'; "
                             "the later file is used")
            final[key] = rec
    rows = [{f: r.get(f) for f in _RECORD_FIELDS} for r in final.values() if not r.get("withdrawn")]
    records = pd.DataFrame(rows, columns=list(_RECORD_FIELDS), dtype=object) if rows else empty_log()
    return DecisionSet(records, tuple(files), tuple(notes))


# ---------------------------------------------------------------------------- resolving


@dataclass(frozen=True)
class Resolution:
    """Decisions tied to this run's rows: which pairs to force or forbid, which are stale."""

    identity: Identity
    records: list[dict] = field(default_factory=list)
    forced: tuple[tuple[str, str], ...] = ()
    forbidden: tuple[tuple[str, str], ...] = ()
    files: tuple[DecisionFile, ...] = ()
    notes: tuple[str, ...] = ()


def _find(side_id_: str | None, text: str, rows_by_id: dict[str, str], canon: dict[str, str],
          claimed: set[str]) -> str | None:
    """The current row of an identity; failing that, of the same text (edited slightly)."""
    if not side_id_:
        return None
    if side_id_ in rows_by_id:
        return rows_by_id[side_id_]
    wanted = _canon(text)
    if not wanted:
        return None
    free = {r: t for r, t in canon.items() if r not in claimed}
    same = [r for r, t in free.items() if t == wanted]
    if len(same) == 1:
        return same[0]
    from rapidfuzz import fuzz, process

    best = process.extract(wanted, free, scorer=fuzz.ratio, limit=2)
    if best and best[0][1] >= 90 and (len(best) == 1 or best[1][1] < best[0][1] - 3):
        return best[0][2]
    return None


def _changes(rec: dict, ident: Identity, h_row: str | None, f_row: str | None) -> list[str]:
    """Why a decision no longer fits its item: text or status changed since it was made."""
    old = _split_version(rec["item_version"])
    reasons = []
    for side, row, label in (("h", h_row, "HMICFRS"), ("f", f_row, "force")):
        if row is None or side not in old:
            continue
        versions = ident.h_version if side == "h" else ident.f_version
        status = ident.h_status if side == "h" else ident.f_status
        text_now, state_now = versions[row].split("/", 1)
        text_then, state_then = old[side]
        if text_now != text_then:
            reasons.append(f"the {label} text changed")
        if state_now != state_then:
            was = rec["hmicfrs_status" if side == "h" else "force_status"] or "(blank)"
            reasons.append(f"the {label} status changed (was '{was}', now "
                           f"'{_text(status[row]) or '(blank)'}')")
    return reasons


def resolve(decisions: DecisionSet | None, h: pd.DataFrame, f: pd.DataFrame) -> Resolution:
    """Tie each decision to this run's rows; accepted and rejected pairs become forced and
    forbidden pairs for the matcher, unless the item changed since (then they are stale)."""
    ident = identify(h, f)
    if decisions is None:
        return Resolution(ident)
    if decisions.records.empty:
        return Resolution(ident, files=decisions.files, notes=decisions.notes)
    h_rows, f_rows = ident.h_row, ident.f_row
    recs = [dict(r) for r in decisions.records.to_dict("records")]
    claimed_h = {h_rows[r["h_id"]] for r in recs if r["h_id"] in h_rows}
    claimed_f = {f_rows[r["f_id"]] for r in recs if r["f_id"] in f_rows}
    forced, forbidden = [], []
    for rec in recs:
        rec["h_row"] = _find(rec["h_id"], rec["hmicfrs_text"], h_rows, ident.h_canon, claimed_h)
        rec["f_row"] = _find(rec["f_id"], rec["force_text"], f_rows, ident.f_canon, claimed_f)
        rec["found"] = bool(rec["h_row"] or not rec["h_id"]) and bool(rec["f_row"] or not rec["f_id"])
        rec["reasons"] = _changes(rec, ident, rec["h_row"], rec["f_row"]) if rec["found"] else []
        if rec["kind"] == "match" and rec["found"] and rec["h_row"] and rec["f_row"] \
                and not rec["reasons"]:
            pair = (rec["h_row"], rec["f_row"])
            (forced if rec["signoff_decision"] == ACCEPT else forbidden).append(pair)
    return Resolution(ident, recs, tuple(forced), tuple(forbidden), decisions.files,
                      decisions.notes)


# --------------------------------------------------------------------------- annotating


def _who(rec: dict) -> str:
    by = rec["signoff_by"] or "a sign-off lead"
    return f"{by}, {rec['source']}" if rec["source"] else by


def annotate(items: pd.DataFrame, resolution: Resolution) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Identity and decision columns on every line, stale flags, and the decision log.

    The log holds every decision read with what became of it ('Applied', 'Stale: …' or
    'Not carried: …'); it is written to the workbook so the next run reads it again.
    """
    ident = resolution.identity
    out = items.copy()
    h_ids = [ident.h_id.get(r) if isinstance(r, str) else None for r in out["hmicfrs_row"]]
    f_ids = [ident.f_id.get(r) if isinstance(r, str) else None for r in out["force_row"]]
    out["item_id"] = pd.Series([line_id(a, b) for a, b in zip(h_ids, f_ids, strict=True)],
                               index=out.index, dtype=object)
    out["item_version"] = pd.Series(
        ["+".join(x for x in (f"h:{ident.h_version[hr]}" if isinstance(hr, str) else "",
                              f"f:{ident.f_version[fr]}" if isinstance(fr, str) else "") if x)
         for hr, fr in zip(out["hmicfrs_row"], out["force_row"], strict=True)],
        index=out.index, dtype=object)
    values: dict[str, list[Any]] = {c: [None] * len(out) for c in (*PERSON_FIELDS, "signoff_stale")}
    flags = list(out["flags"])
    pos = {(hr if isinstance(hr, str) else None, fr if isinstance(fr, str) else None): k
           for k, (hr, fr) in enumerate(zip(out["hmicfrs_row"], out["force_row"], strict=True))}
    cats = list(out["category"])
    by_h: dict[str, list[int]] = {}
    by_f: dict[str, list[int]] = {}
    for (hr, fr), k in pos.items():
        if hr:
            by_h.setdefault(hr, []).append(k)
        if fr:
            by_f.setdefault(fr, []).append(k)

    def flag(k: int, text: str) -> None:
        flags[k] = f"{flags[k]}; {text}" if flags[k] else text

    def where_now(rec: dict) -> str:
        ks = sorted(set(by_h.get(rec["h_row"], []) + by_f.get(rec["f_row"], [])))
        return ", ".join(f"{CATEGORY_TITLES[cats[k]]} ({line_label(k)})" for k in ks) or "nowhere"

    def line_label(k: int) -> str:
        hr, fr = out["hmicfrs_row"].iat[k], out["force_row"].iat[k]
        return " with ".join(x for x in (hr, fr) if isinstance(x, str))

    items_done: set[int] = set()
    log = []
    ordered = sorted(resolution.records, key=lambda r: r["kind"] != "item")  # items first
    for rec in ordered:
        d = rec["signoff_decision"]
        k = pos.get((rec["h_row"], rec["f_row"])) if rec["found"] else None
        if not rec["found"]:
            side = "HMICFRS list" if rec["h_id"] and not rec["h_row"] else "force tracker"
            outcome = f"Not carried: the item is no longer in the {side}"
        elif rec["kind"] == "item":
            reasons = list(rec["reasons"])
            if k is not None and d and rec["category"] and cats[k] != rec["category"] \
                    and d not in CHOICES[cats[k]] and rec["category"] in CATEGORY_TITLES:
                reasons.append(f"it was on '{CATEGORY_TITLES[rec['category']]}' and is now on "
                               f"'{CATEGORY_TITLES[cats[k]]}'")
            if k is None:
                outcome = f"Not carried: the item is now on {where_now(rec)}"
                for j in sorted(set(by_h.get(rec["h_row"], []) + by_f.get(rec["f_row"], []))):
                    if d:
                        flag(j, f"earlier decision '{d}' ({_who(rec)}) was made when this item "
                                f"was on '{CATEGORY_TITLES.get(rec['category'], 'another sheet')}'"
                                "; not carried")
            elif reasons and d:
                why = "; ".join(reasons)
                values["signoff_stale"][k] = f"{d} ({_who(rec)}): {why}"
                for fld in PERSON_FIELDS[1:4]:
                    values[fld][k] = rec[fld] or None
                flag(k, f"earlier decision '{d}' is stale: {why}; decide again")
                outcome = f"Stale: {why}"
                items_done.add(k)
            else:
                for fld in PERSON_FIELDS:
                    values[fld][k] = rec[fld] or None
                outcome = "Applied"
                items_done.add(k)
        else:
            outcome = _apply_match(rec, k, by_h, by_f, flag, values, items_done, line_label)
        entry = {**{f: rec.get(f) for f in _RECORD_FIELDS}, "outcome": outcome,
                 "hmicfrs_row": rec["h_row"] or rec["hmicfrs_row"],
                 "force_row": rec["f_row"] or rec["force_row"]}
        if rec["found"]:  # found by its text: remember it by its identity from now on
            entry["h_id"] = ident.h_id.get(rec["h_row"]) if rec["h_row"] else None
            entry["f_id"] = ident.f_id.get(rec["f_row"]) if rec["f_row"] else None
            entry["item_id"] = line_id(entry["h_id"], entry["f_id"])
        log.append(entry)
    for col, vals in values.items():
        out[col] = pd.Series(vals, index=out.index, dtype=object)
    out["flags"] = pd.Series(flags, index=out.index, dtype=object)
    frame = pd.DataFrame(log, columns=list(_RECORD_FIELDS), dtype=object) if log else empty_log()
    return out, frame


def _apply_match(rec: dict, k: int | None, by_h: dict, by_f: dict, flag, values: dict,
                 items_done: set[int], line_label) -> str:
    """Flags for an accepted or rejected pair; what became of the decision."""
    d, hr, fr = rec["signoff_decision"], rec["h_row"], rec["f_row"]
    paired = k is not None
    if rec["reasons"]:
        if (d == ACCEPT) == paired:
            return "Not carried: the tool now reaches the same result by itself"
        why = "; ".join(rec["reasons"])
        verb = "accepted" if d == ACCEPT else "rejected"
        for j in sorted(set(by_h.get(hr, []) + by_f.get(fr, []))):
            flag(j, f"a person {verb} the match of HMICFRS {hr} with force {fr} ({_who(rec)}), "
                    f"but {why}; decide again")
        return f"Stale: {why}"
    if d == ACCEPT:
        if not paired:
            return "Not carried: the force row was already paired by another decision"
        flag(k, f"match accepted by {_who(rec)}")
        if k not in items_done:
            values["signoff_evidence"][k] = rec["signoff_evidence"] or None
            values["signoff_comment"][k] = rec["signoff_comment"] or None
        return "Applied"
    for j in by_h.get(hr, []):
        flag(j, f"match with force {fr} rejected by {_who(rec)}")
    for j in by_f.get(fr, []):
        flag(j, f"match with HMICFRS {hr} rejected by {_who(rec)}")
    return "Applied"


def stale_count(log: pd.DataFrame) -> int:
    return int(log["outcome"].fillna("").str.startswith("Stale").sum()) if len(log) else 0

