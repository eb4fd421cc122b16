"""Decisions from every returned file merged into one decision per item or pair.

In one file, what a person wrote on a sheet overrides its Decision log, and a cleared Decision
cell withdraws a carried decision. Between files, the same decision is one decision (comments
and evidence from each kept); different decisions are a conflict, and neither is applied:
that goes to a person. A word the drop-down does not offer is never a decision.
"""

from __future__ import annotations

from ..vocab.words import REJECT
from .read import Returned
from .records import PERSON_FIELDS, Decision, Kind, line_id


def merge_file(returned: Returned, notes: list[str]) -> dict[str, Decision]:
    """One file's decisions: its log, overridden by its sheets."""
    merged = {d.key: d for d in returned.logged}
    for dec in returned.on_sheets:
        old = merged.get(dec.key)
        if (old is not None and not old.on_sheet and old.was_stale and dec.kind is Kind.ITEM
                and not dec.signoff_decision and not dec.word):
            # The row showed this stale decision beside an empty Decision cell: keep it,
            # with whatever the person added in the free-text cells.
            merged[dec.key] = old.replace(**{f: getattr(dec, f) for f in PERSON_FIELDS[1:]
                                             if getattr(dec, f)})
            continue
        if old is not None and old.on_sheet and (old.signoff_decision, old.word) != (
                dec.signoff_decision, dec.word):
            notes.append(f"{dec.source}: the same item was decided twice; the lower row is used")
        merged[dec.key] = dec
    for item in returned.blank_lines:
        old = merged.get(f"item:{item}")
        if old is not None and not old.on_sheet and not old.was_stale:
            merged[old.key] = old.replace(withdrawn=True, on_sheet=True)
    return merged


def _joined(decs: list[Decision], field: str) -> str:
    """Each file's comment (or evidence), once each, in file order."""
    return "; ".join(dict.fromkeys(v for d in decs if (v := getattr(d, field))))


def _one(decs: list[Decision]) -> tuple[Decision | None, list[Decision]]:
    """The decision in force for one item from every file that has it, and those set aside
    (words the drop-down does not offer, when another file gave a real decision)."""
    sheet = [d for d in decs if d.on_sheet]
    if not sheet:
        return decs[-1], []                    # carried in logs only: the later file's
    words = [d for d in sheet if d.word]
    said = [d for d in sheet if d.signoff_decision and not d.withdrawn]
    distinct = list(dict.fromkeys(d.signoff_decision for d in said))
    if len(distinct) > 1:
        kept = said[0].replace(signoff_decision="", rivals=tuple(said),
                               signoff_evidence=_joined(said, "signoff_evidence"),
                               signoff_comment=_joined(said, "signoff_comment"))
        return kept, words
    if distinct:
        last = said[-1]
        return last.replace(**{f: _joined(said, f) for f in PERSON_FIELDS[1:4]}), words
    if words:
        return words[-1], words[:-1]
    return sheet[-1], []


def merge(returned: list[Returned]) -> tuple[list[Decision], list[Decision], list[str]]:
    """(decisions in force, decisions set aside, notes) from every file, in the order given."""
    notes: list[str] = []
    groups: dict[str, list[Decision]] = {}
    for r in returned:
        for key, dec in merge_file(r, notes).items():
            groups.setdefault(key, []).append(dec)
    kept, aside = [], []
    for decs in groups.values():
        one, others = _one(decs)
        aside += others
        if one is not None and not one.withdrawn:
            kept.append(one)
    kept = _rejected_and_decided(kept)
    notes += _conflict_notes(kept) + _owner_notes(groups.values())
    return kept, aside, notes


def _owner_notes(groups) -> list[str]:
    """Files that agree on an item's decision but assign it to different people: both names
    are kept ("Bell; Patel"), and said, since one of them must be chosen."""
    by_files: dict[tuple[str, ...], list[str]] = {}
    for decs in groups:
        said = [d for d in decs if d.on_sheet and d.signoff_decision and d.signoff_owner]
        if len({d.signoff_decision for d in said}) == 1 and len(
                {" ".join(d.signoff_owner.lower().split()) for d in said}) > 1:
            files = tuple(dict.fromkeys(d.signoff_file or d.source for d in said))
            by_files.setdefault(files, []).append(
                " / ".join(dict.fromkeys(d.signoff_owner for d in said)))
    return [f"{' and '.join(files)} agree on the decision for {len(owners)} item(s) but assign "
            f"them to different people ({owners[0]}{' ...' if len(owners) > 1 else ''}): both "
            "names are kept in 'Assign to'; choose one in the new workbook."
            for files, owners in by_files.items()]


def _rejected_and_decided(kept: list[Decision]) -> list[Decision]:
    """'Reject match' on a line and a decision on its item (e.g. 'Agree to close') disagree as
    much as two words on one item do, though one is about the pair and one about the item:
    neither is applied, and both are shown as a conflict on the item."""
    by_line: dict[str, list[Decision]] = {}
    for d in kept:
        by_line.setdefault(line_id(d.h_id, d.f_id), []).append(d)
    out: list[Decision] = []
    for decs in by_line.values():
        rejects = [d for d in decs if d.kind is Kind.MATCH and d.signoff_decision == REJECT
                   and not d.rivals]
        items = [d for d in decs if d.kind is Kind.ITEM and d.signoff_decision and not d.rivals]
        if not (rejects and items):
            out += decs
            continue
        said = [*items, *rejects]
        out += [d for d in decs if d not in said]
        out.append(items[0].replace(signoff_decision="", rivals=tuple(said),
                                    signoff_evidence=_joined(said, "signoff_evidence"),
                                    signoff_comment=_joined(said, "signoff_comment")))
    return out


def _conflict_notes(kept: list[Decision]) -> list[str]:
    """One line per set of files that disagree: how many items, which files."""
    by_files: dict[tuple[str, ...], int] = {}
    for d in kept:
        if d.rivals:
            files = tuple(dict.fromkeys(r.signoff_file or r.source for r in d.rivals))
            by_files[files] = by_files.get(files, 0) + 1
    return [f"{' and '.join(files)} give different decisions for {n} item(s): neither is "
            "applied; each is shown in 'Earlier decision (decide again)' and the Decision log "
            "says 'In conflict'. Agree one decision and type it in the new workbook."
            for files, n in by_files.items()]
