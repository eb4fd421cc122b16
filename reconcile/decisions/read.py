"""Reading decisions back from the workbooks (or CSVs) the sign-off leads returned.

Each row is found by its hidden Item ID, never by its row number (people sort, filter, insert
rows and add columns of their own). A row whose Item ID column was deleted (or whose values
were pasted into a new workbook) keeps what it shows, to be matched back on the run's items
(``place``). Only the words a sheet's drop-down offers are decisions; any other word is kept,
to be shown beside the item and in the Decision log, never applied.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import vocab
from ..errors import InputError
from ..load import file_sha256
from ..vocab import CATEGORY_TITLES, LOG_SHEET
from .identity import split_version, text_digest
from .props import saved_by_and_at
from .records import FILE_FIELDS, PERSON_FIELDS, Decision, Kind, Outcome, line_id
from .tables import Table, read_tables
from .words import MATCH_CHOICES, canonical_decision, choice_on, is_choice, offered

#: What the matcher writes in the flat CSV's 'decision' column: its own, never a person's.
_MATCHERS_WORDS = frozenset({"accepted", "review", "rejected", "decision"})
_TITLE_CATEGORY = {vocab.key(t): c for c, t in CATEGORY_TITLES.items()}
_ROWS_AND_TEXTS = {"hmicfrs_row", "force_row", "hmicfrs_text", "force_text"}


@dataclass(frozen=True)
class DecisionFile:
    """One returned workbook (or CSV) and what was read from it, for the Run info sheet."""

    path: Path
    sha256: str
    rows: int          # rows with something a person wrote, on the category sheets
    logged: int        # rows of its Decision log still in force
    notes: tuple[str, ...] = ()
    saved_by: str = ""
    saved_at: str = ""
    #: Said on the terminal too: words not applied, a file with nothing decided in it.
    warnings: tuple[str, ...] = ()
    #: Item IDs of the rows on its category sheets (whose file it is, for the chase list).
    lines: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Returned:
    """What one file holds, before it is matched back on the run and merged with others."""

    info: DecisionFile
    logged: tuple[Decision, ...] = ()       # carried in its Decision log
    on_sheets: tuple[Decision, ...] = ()    # written on its category sheets
    blank_lines: tuple[str, ...] = ()       # Item IDs of rows with nothing written


@dataclass(frozen=True)
class DecisionSet:
    """Every returned file, as read, in the order given."""

    returned: tuple[Returned, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def files(self) -> tuple[DecisionFile, ...]:
        return tuple(r.info for r in self.returned)


def category_of(sheet: str) -> str:
    """The category whose sheet this is ('' when it is none: a CSV named after its file)."""
    return _TITLE_CATEGORY.get(vocab.key(sheet), "")


def decision_of(values: dict[str, str], *, on_sheet: bool, source: str, category: str = "",
                file: dict[str, str] | None = None) -> Decision:
    """One table row as a `Decision`. On a sheet, a word its drop-down does not offer is kept
    apart (`Decision.word`), never taken as the decision."""
    typed = values.get("signoff_decision", "")
    given = values.get("category", "")
    category = category or _TITLE_CATEGORY.get(vocab.key(given), given)
    word = (choice_on(typed, category) if on_sheet else canonical_decision(typed)) or ""
    kind = values.get("kind", "").lower()
    if kind not in (Kind.MATCH, Kind.ITEM):
        kind = Kind.MATCH if word in MATCH_CHOICES else Kind.ITEM
    own = {f: values.get(f, "") for f in (*PERSON_FIELDS[1:], "hmicfrs_row", "force_row",
                                          "hmicfrs_text", "force_text", "hmicfrs_status",
                                          "force_status", "item_version", *FILE_FIELDS)}
    for f, v in (file or {}).items():
        own[f] = own[f] or v
    return Decision(item_id=values.get("item_id", ""), kind=Kind(kind), signoff_decision=word,
                    category=category, source=values.get("source") or source,
                    on_sheet=on_sheet, word="" if word or not typed else typed,
                    was_stale=Outcome.of_text(values.get("outcome", "")) is Outcome.STALE,
                    **own)


def _decision_tables(path: Path, tables: list[Table]) -> list[Table]:
    """The tables decisions are read from; a file with none is refused (exit 2)."""
    found = [t for t in tables if "item_id" in t.fields or (
        not t.is_log and "signoff_decision" in t.fields and _ROWS_AND_TEXTS & t.fields)]
    if not found:
        raise InputError(
            f"{path}: no sheet has a 'Decision' column beside an 'Item ID' (or 'HMICFRS row' and "
            "'HMICFRS text') column, so these are not decisions written in a workbook from "
            "reconcile. Give the workbook reconcile wrote, as the sign-off leads returned it "
            "(a sheet of it saved as CSV will do).")
    return found


@dataclass
class _Rows:
    logged: list[Decision]
    on_sheets: list[Decision]
    blank_lines: list[str]
    no_id: int = 0
    seen: int = 0          # rows on the category sheets, decided or not
    #: decision words typed where the tool does not read them: (column heading, where)
    misplaced: list[tuple[str, str]] = field(default_factory=list)


def _read_table(path: Path, table: Table, out: _Rows, file: dict[str, str]) -> None:
    category = category_of(table.sheet)
    has_id = "item_id" in table.fields
    for r, values in table.rows:
        where = f"{path.name}, sheet '{table.sheet}', row {r}"
        if table.is_log:
            outcome = Outcome.of_text(values.get("outcome", ""))
            dec = decision_of(values, on_sheet=False, source=where, file=file)
            if dec.item_id and (outcome is None or outcome.carried):
                out.logged.append(dec)
            continue
        out.seen += 1
        _misplaced(values, where, out)
        dec = decision_of({**values, "source": ""}, on_sheet=True, source=where,
                          category=category, file=file)
        if has_id and not dec.item_id:
            out.no_id += dec.has_content
        elif dec.has_content:
            out.on_sheets.append(dec)
        elif dec.item_id:
            out.blank_lines.append(dec.item_id)


def _misplaced(values: dict[str, str], where: str, out: _Rows) -> None:
    """A decision word typed beside the Decision cell, where the tool writes and never reads:
    in 'Earlier decision (decide again)' (the tool writes a sentence there, never a bare
    word), or in the flat CSV's own 'decision' column (the matcher's: accepted / review)."""
    if values.get("signoff_decision"):
        return
    for fld in ("signoff_stale", "decision"):
        typed = values.get(fld, "")
        if fld == "decision" and vocab.key(typed) in _MATCHERS_WORDS:
            continue
        if typed and len(typed.split()) <= 4 and is_choice(typed):
            out.misplaced.append((vocab.HEADINGS.get(fld, fld), where))


def _out_of_step(path: Path, table: Table) -> None:
    """Stop when rows show texts that are not their hidden Item ID's: the sheet was sorted (or
    filled down) without its hidden columns, and each decision would land on another item."""
    if table.is_log or "item_version" not in table.fields:
        return
    wrong: list[int] = []
    seen: dict[str, tuple[str, str]] = {}
    for r, values in table.rows:
        version = split_version(values.get("item_version", ""))
        shown = {"h": values.get("hmicfrs_text", ""), "f": values.get("force_text", "")}
        if any(shown[s] and s in version and text_digest(shown[s]) != version[s][0]
               for s in ("h", "f")):
            wrong.append(r)
        item = values.get("item_id", "")
        texts = (shown["h"], shown["f"])
        if item and seen.setdefault(item, texts) != texts:
            wrong.append(r)                      # one Item ID filled down over other items
    if len(set(wrong)) >= 2:
        rows = sorted(set(wrong))
        listed = ", ".join(map(str, rows[:6])) + (f" and {len(rows) - 6} more" if len(rows) > 6
                                                 else "")
        raise InputError(
            f"{path}, sheet '{table.sheet}': rows {listed} show texts that are not the items "
            "their hidden Item ID columns name, so the sheet was sorted or filled down without "
            "its hidden columns and each decision would go to another item. In Excel undo the "
            "sort (or sort again with the whole sheet selected: Ctrl+A), or ask the lead for "
            "the file as they first saved it, and run again.")


def _warnings(path: Path, rows: _Rows) -> tuple[str, ...]:
    """One line for the terminal: the words not applied, or that nothing was decided."""
    bad = [d for d in rows.on_sheets if d.word]
    if bad:
        shown = "; ".join(f"'{d.word}' ({d.source.split(', ', 1)[1]}: choose "
                          f"{offered(d.category)})" for d in bad[:3])
        more = f" and {len(bad) - 3} more" if len(bad) > 3 else ""
        return (f"{path.name}: {len(bad)} decision(s) not applied, not being words the "
                f"Decision drop-down offers: {shown}{more}. See the Decision log.",)
    if not any(d.signoff_decision for d in rows.on_sheets) and not rows.logged:
        return (f"{path.name}: nothing is decided in it (0 of {rows.seen} rows have a "
                "decision). If the lead did fill it in, ask for the file they saved.",)
    return ()


def _not_read(path: Path, rows: _Rows, tables: list[Table]) -> tuple[str, ...]:
    """What a lead decided where it cannot be read: said on the terminal, not dropped."""
    out = []
    if rows.misplaced:
        heading, where = rows.misplaced[0]
        more = f" and {len(rows.misplaced) - 1} more" if len(rows.misplaced) > 1 else ""
        out.append(f"{path.name}: {len(rows.misplaced)} decision word(s) typed in the "
                   f"'{heading}' column, not in 'Decision' ({where.split(', ', 1)[1]}{more}); "
                   "they were not read. Type each in the 'Decision' cell of its row and run "
                   "again.")
    if rows.no_id:
        out.append(f"{path.name}: {rows.no_id} decision(s) on rows with no Item ID were not "
                   "read (rows added by hand?). Decide on the rows the tool wrote and run again.")
    for t in tables:
        if t.formulas:
            rows_ = ", ".join(map(str, t.formulas[:6])) + (" ..." if len(t.formulas) > 6 else "")
            out.append(f"{path.name}: sheet '{t.sheet}' has {len(t.formulas)} Decision cell(s) "
                       f"holding a formula with no saved result "
                       f"({'row' if len(t.formulas) == 1 else 'rows'} {rows_}), so they were "
                       "not read. Open the file in Excel, save it, and run again; or type the "
                       "decision itself.")
    return tuple(out)


def _no_decision_column(path: Path, tables: list[Table]) -> tuple[str, ...]:
    """Sheets of items with no column headed "Decision" (every sheet the tool writes has one):
    a lead renamed it ("Lead decision") or deleted it, so what they decided there cannot be
    read: said as that, not left to look like "nothing decided"."""
    sheets = [t.sheet for t in tables if not t.is_log and "signoff_decision" not in t.fields]
    if not sheets:
        return ()
    names = ", ".join(f"'{s}'" for s in sheets[:4]) + (" ..." if len(sheets) > 4 else "")
    return (f"{path.name}: sheet(s) {names} have no column headed 'Decision', so no decision "
            "on them could be read. If the lead renamed that column, name it 'Decision' again "
            "and run again.",)


def _unread(path: Path, tables: list[Table]) -> tuple[str, ...]:
    """A column a lead added with the same heading as one of the tool's ("Decision" again):
    only the first is read, so what is in the second is said, not dropped in silence."""
    return tuple(f"{path.name}: sheet '{t.sheet}' has a second '{heading}' column; its {n} "
                 f"filled cell(s) were not read. Put each decision in the first '{heading}' "
                 "column (the one the workbook came with) and run again."
                 for t in tables for heading, n in t.unread)


def _lost_log(path: Path, tables: list[Table]) -> tuple[str, ...]:
    """A Decision log whose Item ID column is gone cannot say which item each earlier decision
    (a rejected match, a decision carried from run to run) was about: said, not skipped."""
    lost = [t for t in tables if t.is_log and "item_id" not in t.fields and t.rows]
    return tuple(f"{path.name}: the '{t.sheet}' sheet has no Item ID column, so its "
                 f"{len(t.rows)} earlier decision(s) (rejected matches among them) were not "
                 "read. Return the Decision log as reconcile wrote it, or decide those items "
                 "again in the new workbook." for t in lost)


def _deleted_log(path: Path, tables: list[Table], earlier: int) -> tuple[str, ...]:
    """A workbook whose run carried decisions from returned files, sent back without its
    Decision log: those earlier decisions (rejected matches among them) are not in it, and
    would be lost from the next run without a word."""
    if not earlier or any(t.is_log for t in tables):
        return ()
    return (f"{path.name}: its '{LOG_SHEET}' sheet was deleted, so the decisions the run that "
            f"wrote it carried (from {earlier} returned file(s), rejected matches among them) "
            "are not in it. Return the workbook with its Decision log, or give last cycle's "
            "returned files again with --decisions.",)


def read_file(path: Path) -> Returned:
    """Decisions in one file: its Decision log, and what people wrote on its sheets."""
    every, _, earlier = read_tables(path)
    tables = _decision_tables(path, every)
    sha = file_sha256(path)
    saved_by, saved_at = saved_by_and_at(path)
    file = dict(zip(FILE_FIELDS, (path.name, sha, saved_by, saved_at), strict=True))
    rows = _Rows([], [], [])
    for table in tables:
        _out_of_step(path, table)
        _read_table(path, table, rows, file)
    notes = []
    if rows.no_id:
        notes.append(f"{path.name}: {rows.no_id} decision(s) on rows without an Item ID were "
                     "ignored (rows added by hand?): decide on the rows the tool wrote")
    if rows.misplaced:
        notes.append(f"{path.name}: {len(rows.misplaced)} decision word(s) typed beside the "
                     "Decision column were not read")
    ids = frozenset([*(d.item_id or line_id(d.hmicfrs_row, d.force_row) for d in rows.on_sheets),
                     *rows.blank_lines])
    warnings = (_no_decision_column(path, tables) + _warnings(path, rows)
                + _not_read(path, rows, tables) + _lost_log(path, every) + _unread(path, tables)
                + _deleted_log(path, every, earlier))
    info = DecisionFile(path, sha, len(rows.on_sheets), len(rows.logged), tuple(notes),
                        saved_by, saved_at, warnings, ids)
    return Returned(info, tuple(rows.logged), tuple(rows.on_sheets), tuple(rows.blank_lines))


def read_decisions(paths: Iterable[str | Path]) -> DecisionSet:
    """The returned workbooks (or CSVs), one per lead, read in the order given."""
    return DecisionSet(tuple(read_file(Path(p)) for p in paths))


def decision_warnings(rec: Any) -> list[str]:
    """The terminal's warning lines about returned files (`rec`: a Reconciliation): per file,
    words not applied or nothing decided; then files that disagree, items decided twice."""
    lines = [w for f in rec.decision_files for w in getattr(f, "warnings", ())]
    return lines + _judged_later(rec, lines) + list(rec.decision_notes)


def _judged_later(rec: Any, said: list[str]) -> list[str]:
    """Words found not to fit only once their item was placed (read from a sheet that names no
    category): one line per file the reading did not warn about already."""
    log = rec.decisions
    if not len(log) or "outcome_kind" not in log:
        return []
    bad = log[log["outcome_kind"] == Outcome.INVALID_WORD.value]
    out = []
    for name, rows in bad.groupby("signoff_file", sort=True):
        if any(line.startswith(f"{name}:") and "not applied" in line for line in said):
            continue
        first = rows.iloc[0]
        out.append(f"{name}: {len(rows)} decision(s) not applied, not being words the item's "
                   f"sheet offers: '{first['signoff_decision']}' ({first['source']}). See the "
                   "Decision log.")
    return out
