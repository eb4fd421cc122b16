"""Reading decisions back from the workbooks (or CSVs) the sign-off leads returned.

Each row is found by its hidden Item ID, never by its row number (people sort, filter, insert
rows and add columns of their own). A file's Decision log carries the decisions of earlier
runs; what a person wrote on a category sheet overrides it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..load import file_sha256
from ..vocab import CATEGORY_TITLES
from .records import PERSON_FIELDS, Decision, Kind, Outcome
from .tables import Table, read_tables
from .words import MATCH_CHOICES, canonical_decision

_TITLE_CATEGORY = {t: c for c, t in CATEGORY_TITLES.items()}


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

    decisions: tuple[Decision, ...] = ()
    files: tuple[DecisionFile, ...] = ()
    notes: tuple[str, ...] = ()


@dataclass
class _FileRows:
    """A file's rows sorted by what they are (working state while one file is read)."""

    logged: dict[str, Decision] = field(default_factory=dict)
    on_sheets: list[Decision] = field(default_factory=list)
    blank_lines: list[str] = field(default_factory=list)
    no_id: int = 0


def decision_of(values: dict[str, str], *, on_sheet: bool, source: str,
                category: str = "") -> Decision:
    """One table row as a `Decision` (the kind inferred from the word when not stated)."""
    word = canonical_decision(values.get("signoff_decision")) or ""
    kind = values.get("kind", "").lower()
    if kind not in (Kind.MATCH, Kind.ITEM):
        kind = Kind.MATCH if word in MATCH_CHOICES else Kind.ITEM
    given = values.get("category", "")
    return Decision(
        item_id=values.get("item_id", ""), kind=Kind(kind), signoff_decision=word,
        item_version=values.get("item_version", ""),
        **{f: values.get(f, "") for f in (*PERSON_FIELDS[1:], "hmicfrs_row", "force_row",
                                          "hmicfrs_text", "force_text", "hmicfrs_status",
                                          "force_status")},
        category=category or _TITLE_CATEGORY.get(given, given),
        source=values.get("source") or source, on_sheet=on_sheet,
        was_stale=Outcome.of_text(values.get("outcome", "")) is Outcome.STALE)


def _sort_rows(path: Path, table: Table, rows: _FileRows) -> None:
    category = _TITLE_CATEGORY.get(table.sheet, "")
    for r, values in table.rows:
        where = f"{path.name}, sheet '{table.sheet}', row {r}"
        if table.is_log:
            outcome = Outcome.of_text(values.get("outcome", ""))
            dec = decision_of(values, on_sheet=False, source=where)
            if dec.item_id and (outcome is None or outcome.carried):
                rows.logged[dec.key] = dec
            continue
        dec = decision_of({**values, "source": ""}, on_sheet=True, source=where,
                          category=category)
        if not dec.item_id:
            rows.no_id += dec.has_content
        elif dec.has_content:
            rows.on_sheets.append(dec)
        else:
            rows.blank_lines.append(dec.item_id)


def _merge(rows: _FileRows, notes: list[str]) -> dict[str, Decision]:
    """The file's log, overridden by its sheets; a cleared Decision cell withdraws."""
    merged = dict(rows.logged)
    for dec in rows.on_sheets:
        old = merged.get(dec.key)
        if (old is not None and not old.on_sheet and old.was_stale and dec.kind is Kind.ITEM
                and not dec.signoff_decision):
            # The row showed this stale decision beside an empty Decision cell: keep it,
            # with whatever the person added in the free-text cells.
            merged[dec.key] = old.replace(**{f: getattr(dec, f) for f in PERSON_FIELDS[1:]
                                             if getattr(dec, f)})
            continue
        if old is not None and old.on_sheet and old.signoff_decision != dec.signoff_decision:
            notes.append(f"{dec.source}: the same item was decided twice; the lower row is used")
        merged[dec.key] = dec
    for item in rows.blank_lines:
        old = merged.get(f"item:{item}")
        if old is not None and not old.on_sheet and not old.was_stale:
            merged[old.key] = old.replace(withdrawn=True, on_sheet=True)
    return merged


def read_file(path: Path) -> tuple[dict[str, Decision], DecisionFile]:
    """Decisions in one file: its Decision log, overridden by what people wrote on its sheets."""
    tables = [t for t in read_tables(path)[0] if "item_id" in t.fields]
    if not tables:
        raise InputError(
            f"{path}: no sheet has an 'Item ID' column, so these are not decisions written in a "
            "workbook from reconcile (or the hidden Item ID column was deleted). Give the "
            "workbook reconcile wrote, as the sign-off leads returned it.")
    rows = _FileRows()
    for table in tables:
        _sort_rows(path, table, rows)
    notes: list[str] = []
    if rows.no_id:
        notes.append(f"{path.name}: {rows.no_id} decision(s) on rows without an Item ID were "
                     "ignored (rows added by hand?): decide on the rows the tool wrote")
    merged = _merge(rows, notes)
    info = DecisionFile(path, file_sha256(path), len(rows.on_sheets),
                        sum(1 for k in rows.logged if k in merged), tuple(notes))
    return merged, info


def read_decisions(paths: Iterable[str | Path]) -> DecisionSet:
    """Decisions from returned workbooks (or CSVs), one per lead; the later file wins a tie.

    A decision a person wrote on a sheet beats one only carried in a Decision log.
    """
    final: dict[str, Decision] = {}
    files, notes = [], []
    for path in paths:
        merged, info = read_file(Path(path))
        files.append(info)
        for key, dec in merged.items():
            cur = final.get(key)
            if cur is not None and dec.on_sheet < cur.on_sheet:
                continue
            if (cur is not None and cur.on_sheet and dec.on_sheet and not dec.withdrawn
                    and cur.signoff_decision != dec.signoff_decision):
                notes.append(f"{cur.source} says '{cur.signoff_decision or '(none)'}' but "
                             f"{dec.source} says '{dec.signoff_decision or '(none)'}'; "
                             "the later file is used")
            final[key] = dec
    kept = tuple(d for d in final.values() if not d.withdrawn)
    return DecisionSet(kept, tuple(files), tuple(notes))
