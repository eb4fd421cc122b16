"""What the loader sees in one file, in words: the text behind `reconcile inspect`.

An analyst fixes a mapping by reading this, not the code: which header row was chosen, which
header went to which field, what was left unused, and what each status word will mean.
"""

from __future__ import annotations

from collections import Counter

from . import vocab
from .config import SideSettings
from .load import LoadedSide, SheetReport
from .normalise import norm_status, status_table

_MEANING = {"open": "open", "closed": "closed", "done": "done", "": "blank",
            "unknown": "NOT RECOGNISED"}


def _why(rep, fld: str, side: str) -> list[str]:
    """Why a column took a field, and the runner-up with the config line that picks it."""
    lines = [f"        why: {rep.why[fld]}"] if fld in rep.why else []
    if fld in rep.runner_up:
        header, why = rep.runner_up[fld]
        use = ("" if header.startswith("(no header") else
               f"; to use it instead: [{side}.columns] {fld} = \"{header}\"")
        lines.append(f"        runner-up: {header!r} ({why}){use}")
    return lines


def _maybe_refs(rep, side: str) -> list[str]:
    """Columns of numbers that a run checks against the HMICFRS list's ids."""
    if "ref" in rep.mapping:
        return []
    return [f"  {col.header!r} holds numbers: a run takes it as the HMICFRS reference if most "
            f"of them are ids on the HMICFRS list (a running number 1, 2, 3... never is); to "
            f"decide now: [{side}.columns] ref = \"{col.header}\"" for col in rep.ref_columns]


def describe(loaded: LoadedSide, settings: SideSettings | None = None) -> str:
    """What `reconcile inspect` prints: each sheet as read, the rows that are not items, and
    every status word with the meaning it was given."""
    settings = settings or SideSettings()
    out = [f"{loaded.path}  (read as the {loaded.label})"]
    if loaded.encoding:
        out.append(f"  text encoding: {loaded.encoding}")
    for rep in loaded.sheets:
        out += ["", *_sheet_lines(loaded, rep)]
    if len(loaded.skipped):
        out += ["", "Rows that are not items:"]
        out += [f"  {n:>4}  {reason}" for reason, n in Counter(loaded.skipped["reason"]).most_common()]
    out += ["", *_status_lines(loaded, settings)]
    return "\n".join(out)


def _sheet_lines(loaded: LoadedSide, rep: SheetReport) -> list[str]:
    out = [f"Sheet '{rep.sheet}'" + (f"  [{rep.note}]" if rep.note else "")]
    if rep.header_row is None and rep.items:
        return [*out, f"  rows with content: {rep.rows}; items: {rep.items} (read without a "
                      f"header row, as the note says); not items: {rep.explained}"]
    if rep.header_row is None:
        return [*out, f"  no item table: {rep.rows} rows with content, all explained as not items"]
    out.append(f"  header row: {rep.header_row}")
    for fld in vocab.FIELDS:
        if fld in rep.mapping:
            out.append(f"    {rep.mapping[fld]!r:<45} -> {fld:<10} ({vocab.FIELD_HELP[fld]})")
            out += _why(rep, fld, loaded.side)
    out += _maybe_refs(rep, loaded.side)
    if rep.unmapped:
        out.append("  headers not used: " + ", ".join(repr(u) for u in rep.unmapped))
    titles = int(((loaded.skipped["sheet"] == rep.sheet)
                  & loaded.skipped["reason"].str.startswith("report title row")).sum())
    if "report" not in rep.mapping and titles:
        out.append(f"    report taken from the {titles} report-title rows between blocks")
    missing = [f for f in ("type", "status", "owner") if f not in rep.mapping]
    if "report" not in rep.mapping and not titles:
        missing.insert(0, "report")
    if missing:
        out.append("  fields not found: " + ", ".join(missing)
                   + f"  (map one with [{loaded.side}.columns] <field> = \"<header>\")")
    out.append(f"  rows with content: {rep.rows}; items: {rep.items}; "
               f"not items: {rep.explained}; blank rows: {rep.blank}")
    return out


def _status_lines(loaded: LoadedSide, settings: SideSettings) -> list[str]:
    table = status_table(loaded.side, settings, loaded.legend)
    words = Counter(" ".join(str(s).split()) for s in loaded.items["status"].dropna())
    out = []
    if words:
        out.append("Status words found (count -> meaning):")
        unknown = False
        key = {vocab.key(w): m for w, m in loaded.legend}
        for word, n in words.most_common():
            meaning = _MEANING[norm_status(word, table)]
            unknown |= meaning == "NOT RECOGNISED"
            said = key.get(vocab.key(word))
            out.append(f"  {word!r:<45} {n:>4} -> {meaning}"
                       + (f"  (the file's key: {said!r})" if said else ""))
        if unknown:
            states = ("open", "closed") if loaded.side == "hmicfrs" else ("open", "done")
            out.append(f"  Words not recognised count as open. Say what they mean in the "
                       f"config: [{loaded.side}.status] {states[1]} = [\"<word>\"]  "
                       f"({' / '.join(states)})")
    else:
        out.append("No status column or no status words found.")
    blank = int(loaded.items["status"].isna().sum())
    if blank:
        out.append(f"  {blank} items have no status (counted as open)")
    return out
