"""The force tracker's rows for a generated case: each HMICFRS item as the tracker holds it
(copied, reworded, split, merged, summarised, left out), plus local actions and decoys that
look like an item but are not one. Drawn from the case's random stream, in order."""

from __future__ import annotations

import random
import re
from datetime import date

from . import perturb as P
from . import texts as T
from . import words as W
from .draw import HItem, Report, local_action
from .draw_rows import Ctx, coc_split_rows, item_rows, new_row
from .model import Row

PILLAR = re.compile(r"f([012])-(\d{4})$")


def sibling(rng: random.Random, rep: Report, reports: dict[str, Report], force: int,
             on_list: bool) -> Report | None:
    """Another year of the same PEEL pillar: on the list (a recurring copy) or not (a decoy)."""
    m = PILLAR.match(rep.report_id)
    if not m:
        return None
    fam, year = int(m.group(1)), int(m.group(2))
    title, names, years, month = T.FORCE_REPORTS[fam]
    others = [y for y in (*years, 2013) if y != year]
    rng.shuffle(others)
    for y in others:
        key = f"f{fam}-{y}"
        if (key in reports) == on_list or (on_list and key not in reports):
            fmt = {"y": y, "yy": f"{y % 100:02d}", "y2": f"{(y + 1) % 100:02d}"}
            return reports.get(key) or Report(key, f"{title.format(**fmt)} – {T.FORCES[force][0]}",
                                              rng.choice(names).format(**fmt),
                                              date(y, month, rng.randint(1, 28)))
    return None


def tracker_rows(rng: random.Random, ctx: Ctx, items: list[HItem], reports: dict[str, Report],
          force: int, coc: dict[int, tuple[str, list[str]]], groups: list[list[HItem]],
          kinds: frozenset[int], special: dict[str, set[int]], family: str) -> list[Row]:
    plan = ctx.plan
    protected, summarised = _summaries(rng, ctx, items, coc)
    in_group = {id(it) for g in groups for it in g}
    open_reports = [k for k in reports if k not in protected]
    merged_next: set[int] = special["merge_rec"]
    rows: list[Row] = []
    done_items: list[tuple[HItem, Row]] = []
    skip: set[int] = set()
    for k, it in enumerate(items):
        if id(it) in skip:
            continue
        if (it.report_id not in protected and id(it) not in in_group
                and rng.random() < plan.p_missing):
            continue
        if id(it) in coc and (5 in kinds or rng.random() < 0.6):
            cause, bullets = coc[id(it)]
            rows += coc_split_rows(ctx, it, it.report_id, cause, bullets, plan.has_type)
            continue
        nxt = items[k + 1] if k + 1 < len(items) else None
        if nxt is not None and id(nxt) in merged_next and rng.random() < plan.p_merge:
            first = re.split(r"(?<=\.)\s", it.text)[0]
            text = f"{first} / Rec 1: {P.drop_stem(nxt.text)}"
            r = new_row(ctx, [it, nxt], text, "Cause of concern" if plan.has_type else None,
                        it.report_id)
            r.made = ["cause of concern and its recommendation in one row"]
            rows.append(r)
            skip.add(id(nxt))
            continue
        wrong = (id(it) in ctx.unique and id(it) not in in_group and len(open_reports) > 1
                 and id(it) not in summarised and rng.random() < 0.02)
        report_key = (rng.choice([r for r in open_reports if r != it.report_id]) if wrong
                      else it.report_id)
        made = item_rows(ctx, it, report_key, wrong, id(it) in summarised,
                         id(it) in special["word_timescale"], id(it) in special["trailing"])
        rows += made
        if len(made) == 1:
            done_items.append((it, made[0]))
    rows += _decoys(rng, ctx, done_items, reports, force, kinds, protected, groups, rows, family)
    _add_local_actions(rng, ctx, rows, reports, open_reports, force)
    return rows


def _summaries(rng: random.Random, ctx: Ctx, items: list[HItem],
               coc: dict[int, tuple[str, list[str]]]) -> tuple[set[str], set[int]]:
    """(reports kept whole, items written as a one-line summary): summaries only where the
    block leaves one candidate: nothing missing, no local action, nothing filed there by
    mistake (kind 11)."""
    by_report: dict[str, list[HItem]] = {}
    for it in items:
        by_report.setdefault(it.report_id, []).append(it)
    protected: set[str] = set()
    summarised: set[int] = set()
    if ctx.plan.p_summary:
        for key, members in by_report.items():
            cands = [it for it in members if id(it) in ctx.unique and it.type in (T.REC, T.AFI, T.NAT)
                     and id(it) not in coc and W.TIMESCALE.search(it.text) is None]
            if cands and rng.random() < ctx.plan.p_summary:
                protected.add(key)
                summarised.add(id(rng.choice(cands)))
    return protected, summarised


def _add_local_actions(rng: random.Random, ctx: Ctx, rows: list[Row], reports: dict[str, Report],
                       open_reports: list[str], force: int) -> None:
    """The force's own actions, under reports not kept whole, anywhere among the rows."""
    plan = ctx.plan
    n_local = int(len(rows) * plan.p_local * rng.uniform(0.6, 1.4))
    used: set[str] = set()
    for _ in range(n_local):
        rep = reports[rng.choice(open_reports)]
        r = new_row(ctx, [], local_action(rng, force, rep.published, used),
                    rng.choice(["Action", "Local action", None]) if plan.has_type else None,
                    rep.report_id)
        r.made = ["local action"]
        rows.insert(rng.randrange(len(rows) + 1), r)


def _decoys(rng: random.Random, ctx: Ctx, done: list[tuple[HItem, Row]],
            reports: dict[str, Report], force: int, kinds: frozenset[int], protected: set[str],
            groups: list[list[HItem]], rows: list[Row], family: str) -> list[Row]:
    """Rows HMICFRS never made that read like a listed item of another report.

    Kind 8: an item's generic action tracked again under a clearly different report, while the
    item has its own row. Kind 7: a recurring action under a year of its pillar that is on
    neither copy's report. Neither is a pair."""
    out = []
    tracked = {id(it) for it, _ in done}
    n8 = 8 if 8 in kinds else int(len(done) * (0.03 if family == "joint" else 0.005))
    pool = [(it, r) for it, r in done if not r.conflicts and id(it) in ctx.unique]
    for it, r in rng.sample(pool, min(n8, len(pool))):
        others = [k for k, rep in reports.items() if k not in protected and k != it.report_id
                  and abs(rep.published.year - it.published.year) >= 2]
        if not others:
            continue
        d = new_row(ctx, [], P.drop_stem(it.text), r.type_word, rng.choice(others))
        d.made = ["the same action under another report (a force-only row)"]
        d.kinds.add(8)
        out.append(d)
    n7 = 4 if 7 in kinds else int(len(groups) * 0.3)
    full = [g for g in groups if all(id(it) in tracked for it in g)]
    for g in rng.sample(full, min(n7, len(full))):
        sib = sibling(rng, reports[g[0].report_id], {**reports, **{it.report_id: reports[it.report_id]
                                                                    for it in g}}, force, on_list=False)
        if sib is None or sib.report_id in reports:
            continue
        reports[sib.report_id] = sib
        d = new_row(ctx, [], P.drop_stem(g[0].text), None, sib.report_id)
        d.made = ["recurring action under a report neither copy is from"]
        d.kinds.add(7)
        out.append(d)
    for g in groups:
        for it in g:
            for r in rows:
                if it in r.items:
                    r.kinds.add(7)
    return out


# ---------------------------------------------------------------------------- layout and files
