"""The force side of a generated case: what a tracker does to each HMICFRS item.

Each function returns rows that know what was done to them (model.Row), so the truth
follows. Rates are per family (``FamilyPlan``); `kinds` force the failure kinds of issue 13.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from . import perturb as P
from . import texts as T
from . import words as W
from .draw import HItem
from .model import Row

TYPE_WORDS = {
    T.REC: ["Recommendation", "Rec", "Recommendation"],
    T.NAT: ["National recommendation", "Recommendation", "Rec"],
    T.AFI: ["AFI", "Area for Improvement", "Area for improvement"],
    T.COC: ["Cause of concern", "CoC", "Cause for Concern"],
}
PREFIX = {T.REC: ["Rec {k}: ", "R{k} ", "Recommendation {k} - "],
          T.NAT: ["Rec {k}: ", "Recommendation {k} - "],
          T.AFI: ["AFI {k} – ", "AFI{k}: ", "Area for improvement {k} - "],
          T.COC: ["CoC {k}: ", "Cause of concern {k} - "]}


@dataclass
class FamilyPlan:
    """How often a tracker of this family does each thing."""

    p_split: float = 0.08
    p_missing: float = 0.06
    p_summary: float = 0.0
    p_merge: float = 0.5
    p_local: float = 0.05
    has_type: bool = True
    colour_only: bool = False
    vocab: tuple[list[str], list[str]] = W.FORCE_VOCABS[0]
    ref_rate: float = 0.0
    prefixed_refs: float = 0.15


@dataclass
class Ctx:
    rng: random.Random
    plan: FamilyPlan
    kinds: frozenset[int]
    unique: set[int]            # id(item) whose stem-dropped text is unique on the list
    number: int = 0


def _status(ctx: Ctx, state: str) -> tuple[str, str | None]:
    done, open_ = ctx.plan.vocab
    if ctx.plan.colour_only:
        word = ctx.rng.choice(["GREEN", "BLUE"] if state == "done" else ["AMBER", "RED"])
        return "", W.FILLS[word]
    if state == "open" and 10 in ctx.kinds and "On Hold" in open_ and ctx.rng.random() < 0.3:
        return "On Hold", None
    return ctx.rng.choice(done if state == "done" else open_), None


def _state(rng: random.Random, h_state: str | None) -> str:
    p = {"closed": 0.7, "open": 0.35}.get(h_state or "", 0.4)
    return "done" if rng.random() < p else "open"


def new_row(ctx: Ctx, items: list[HItem], text: str, type_word: str | None, report_key: str,
            state: str | None = None) -> Row:
    rng = ctx.rng
    state = state or _state(rng, items[0].state if items else None)
    status, fill = _status(ctx, state)
    ref = None
    if items and len(items) == 1 and rng.random() < ctx.plan.ref_rate:
        prefixed = rng.random() < (0.5 if 2 in ctx.kinds else ctx.plan.prefixed_refs)
        ref = W.ref_cell(rng, items[0].ref, prefixed)
    row = Row(items, text, type_word, report_key, "", None, state, status, fill, ref,
              rng.choice(T.LEADS), rng.choice(T.PROGRESS))
    if status in W.UNKNOWN_OPEN:
        row.kinds.add(10)
    if isinstance(ref, str):
        row.kinds.add(2)
    return row


def _cut_before_timescale(rng: random.Random, text: str) -> str | None:
    """The text cut off before its trailing timescale (kind 3), or None."""
    found = list(W.TIMESCALE.finditer(text))
    m = found[-1] if found else None
    if m is None or len(text[:m.start()].split()) < 8:
        return None
    words = text[:m.start()].split()
    keep = max(8, len(words) - rng.randint(0, 3))
    return " ".join(words[:keep]).rstrip(",;:") + rng.choice(["...", "…", ""])


def force_text(ctx: Ctx, it: HItem, retime: bool, cut_timescale: bool) -> tuple[str, list[str], list[str]]:
    """(text, what was done, conflicts) for the row of one item."""
    rng, text, made, conflicts = ctx.rng, it.text, [], []
    if retime:
        new = W.change_timescale(text)
        if new:
            text, made = new, ["timescale changed"]
            conflicts.append("timescale differs")
            return text, made, conflicts
    if cut_timescale:
        cut = _cut_before_timescale(rng, text)
        if cut:
            return cut, ["truncated before its timescale"], []
    if it.type != T.COC and rng.random() < 0.5:
        new = P.drop_stem(text)
        if new != text:
            text, made = new, [*made, "stem dropped"]
    if rng.random() < 0.35:
        new = P.abbreviate(rng, text)
        if new != text:
            text, made = new, [*made, "abbreviated"]
    if rng.random() < 0.08:
        new = P.truncate(rng, text)
        if new != text:
            text, made = new, [*made, "truncated"]
    if rng.random() < 0.15:
        text, made = P.typo(rng, text), [*made, "typo"]
    return text, made, conflicts


_LEAD_VERB = re.compile(r"^(?:make sure|ensure that|ensure|conduct|undertake|put in place|"
                        r"improve|develop|review|specify in|specify|consider|take steps to)\s+",
                        re.IGNORECASE)
_KEEP_SHORT = {"of", "to", "and", "for", "in", "on"}


def summarise(rng: random.Random, text: str) -> str:
    """A committee appendix's one-line summary: "Succession plans to improve diversity"."""
    body = P.drop_stem(text)
    body = re.split(r"[.;:\n•(]|,\s", body)[0]
    body = _LEAD_VERB.sub("", body.strip())
    words = [w for w in body.split() if len(w) > 3 or w.lower() in _KEEP_SHORT]
    words = words[: rng.randint(4, 7)]
    while words and words[-1].lower() in _KEEP_SHORT:
        words.pop()
    out = " ".join(words)
    return out[:1].upper() + out[1:]


def _split(ctx: Ctx, it: HItem, report_key: str, type_word: str | None) -> list[Row]:
    """One row per bullet or clause; sometimes one missing (kind 4)."""
    rng = ctx.rng
    parts = P.clauses(P.drop_stem(it.text) if rng.random() < 0.7 else it.text)
    if len(parts) < 2:
        return []
    while len(parts) > 5:
        k = rng.randrange(len(parts) - 1)
        parts[k:k + 2] = [f"{parts[k]}; {parts[k + 1]}"]
    conflicts, made = [], ["split"]
    # Only a bullet of the list can be missing: not the lead-in ("... take steps to ensure
    # that:"), which the bullets carry out, nor a sentence of running text, which a careful
    # analyst reads as a shortened row rather than an item left half-tracked.
    first = 1 if parts[0].rstrip().endswith(":") else 0
    bulleted = "•" in it.text and len(parts) - first >= 3
    drop = bulleted and (rng.random() < 0.15 or (4 in ctx.kinds and rng.random() < 0.6))
    if drop:
        k = rng.randrange(first, len(parts))
        conflicts.append(f"the force has no row for part {k + 1} of {len(parts)}")
        made.append("a bullet missing")
        parts = parts[:k] + parts[k + 1:]
        ctx_kind = {4}
    else:
        ctx_kind = set()
    rows = []
    for k, p in enumerate(parts, start=1):
        text = P.abbreviate(rng, p) if rng.random() < 0.3 else p
        r = new_row(ctx, [it], text, type_word, report_key)
        r.part, r.conflicts, r.made = (k, len(parts)), list(conflicts), list(made)
        r.kinds |= ctx_kind
        rows.append(r)
    return rows


def coc_split_rows(ctx: Ctx, it: HItem, report_key: str, cause: str, bullets: list[str],
                   has_type: bool) -> list[Row]:
    """Kind 5: a "CoC n – …" row, then one row per recommendation of the cause of concern."""
    ctx.number += 1
    first = re.split(r"(?<=\.)\s", cause)[0]
    rows = [new_row(ctx, [it], f"CoC {ctx.number} – {first}",
                    "Cause of concern" if has_type else None, report_key)]
    for b in bullets:
        rows.append(new_row(ctx, [it], b[:1].upper() + b[1:], "Recommendation" if has_type else None,
                            report_key))
    for k, r in enumerate(rows, start=1):
        r.part, r.made = (k, len(rows)), ["cause of concern split"]
        r.kinds.add(5)
    return rows


def item_rows(ctx: Ctx, it: HItem, report_key: str, wrong_report: bool, summary: bool,
              timescale_word: bool, trailing_timescale: bool) -> list[Row]:
    """The rows a tracker keeps for one item (not merges or cause-of-concern cells)."""
    rng, plan = ctx.rng, ctx.plan
    type_word = rng.choice(TYPE_WORDS[it.type]) if plan.has_type else None
    conflicts: list[str] = []
    kinds: set[int] = set()
    if wrong_report:
        conflicts.append("report differs")
    if plan.has_type and it.type in (T.REC, T.AFI) and rng.random() < 0.02:
        type_word = rng.choice(TYPE_WORDS[T.AFI if it.type == T.REC else T.REC])
        conflicts.append("type differs")
    bullets = 4 in ctx.kinds and len(P.clauses(it.text)) >= 3
    if not summary and it.type != T.COC and (bullets or rng.random() < plan.p_split):
        rows = _split(ctx, it, report_key, type_word)
        if rows:
            for r in rows:
                r.conflicts += conflicts
            return rows
    if summary:
        text, made = summarise(rng, it.text), ["one-line summary"]
        kinds.add(11)
    else:
        retime = (timescale_word and 9 in ctx.kinds and rng.random() < 0.5) or rng.random() < 0.03
        cut = trailing_timescale and (3 in ctx.kinds or rng.random() < 0.3)
        text, made, more = force_text(ctx, it, retime, cut)
        conflicts += more
        if "truncated before its timescale" in made:
            kinds.add(3)
        if timescale_word:
            kinds.add(9)
    ctx.number += 1
    if it.type == T.REC and ((6 in ctx.kinds and rng.random() < 0.3) or rng.random() < 0.01):
        text = rng.choice(PREFIX[T.AFI]).format(k=ctx.number) + text
        type_word = None
        conflicts.append("type differs (the force numbers it as an AFI)")
        made.append("AFI numbering on a recommendation")
        kinds.add(6)
    elif rng.random() < 0.2:
        text = rng.choice(PREFIX[it.type]).format(k=ctx.number) + text
        made.append("id prefix")
    r = new_row(ctx, [it], text, type_word, report_key)
    r.conflicts, r.made = conflicts, made
    r.kinds |= kinds
    return [r]
