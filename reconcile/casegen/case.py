"""generate_case: one labelled case (list, tracker, truth, meta) drawn from a seed.

Everything is drawn from ``random.Random(f"casegen:{seed}")``: the family (a real layout),
the force, the size, header words, status words, reference and date formats, and what the
tracker did to each item. Same seed, same arguments: the same bytes.
"""

from __future__ import annotations

import csv
import json
import math
import random
import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from . import perturb as P
from . import texts as T
from . import words as W
from .draw import HItem, Report, hmicfrs_items
from .draw_rows import Ctx, FamilyPlan
from .layouts import (
    Columns,
    Table,
    write_list_csv,
    write_list_xlsx,
    write_tracker_csv,
    write_tracker_xlsx,
)
from .model import Row, truth_lines
from .shape import columns_for, number_rows, tables_for
from .tracker_rows import PILLAR, sibling, tracker_rows

FAMILIES = ("committee", "multisheet", "recurring", "bullets", "ragfill", "joint", "sharepoint",
            "appendix")
KINDS = frozenset(range(1, 12))
CASEGEN_VERSION = 3


def draw_size(rng: random.Random, family: str) -> int:
    """50 to 2,000 items, log-uniform; the joint ten-year tracker is the large one."""
    lo, hi = (400, 2000) if family == "joint" else (50, 700)
    return round(math.exp(rng.uniform(math.log(lo), math.log(hi))))


def _plan(rng: random.Random, family: str, kinds: frozenset[int]) -> FamilyPlan:
    plan = FamilyPlan(vocab=rng.choice(W.FORCE_VOCABS), ref_rate=rng.choice([0.0, 0.3, 0.6]))
    if family == "bullets":
        plan = replace(plan, p_split=0.4)
    elif family == "ragfill":
        plan = replace(plan, colour_only=True)
    elif family == "sharepoint":
        plan = replace(plan, vocab=W.SHAREPOINT_VOCAB, ref_rate=0.5, prefixed_refs=0.4,
                       has_type=False)
    elif family == "appendix":
        plan = replace(plan, p_summary=0.5, has_type=False, ref_rate=0.0)
    elif family == "recurring":
        plan = replace(plan, ref_rate=max(plan.ref_rate, 0.3))
    if 2 in kinds:
        plan = replace(plan, ref_rate=max(plan.ref_rate, 0.5))
    if 11 in kinds:
        plan = replace(plan, p_summary=max(plan.p_summary, 0.5))
    return plan


# ------------------------------------------------------------------------- the list's extras


def _body_of(text: str) -> str:
    body = P.drop_stem(text).rstrip(" .;")
    return body[:1].lower() + body[1:]


def _restem(rng: random.Random, items: list[HItem], stems: list[str], k: int) -> list[HItem]:
    """Give k force-level recommendations a stem with a timescale (in words, or trailing)."""
    pool = [it for it in items if it.type == T.REC and not it.twin and "\n" not in it.text
            and "•" not in it.text and not W.has_timescale(it.text)]
    chosen = rng.sample(pool, min(k, len(pool)))
    for it in chosen:
        it.text = rng.choice(stems).format(b=_body_of(it.text), y=it.published.year + 1)
    return chosen


def _coc_cells(rng: random.Random, items: list[HItem], force: int, k: int
               ) -> dict[int, tuple[str, list[str]]]:
    """Kind 5: k items become one cell holding a cause of concern and its recommendations."""
    name, area, neighbour = T.FORCES[force]
    bodies = [b for b in T.BODIES if "\n" not in b and "•" not in b]
    pool = [it for it in items if it.type in (T.REC, T.AFI) and not it.twin]
    out = {}
    for it in rng.sample(pool, min(k, len(pool))):
        cause = rng.choice(T.CAUSES).format(force=name, neighbour=neighbour)
        bullets = [b.format(area=area, neighbour=neighbour) for b in rng.sample(bodies, rng.randint(2, 3))]
        it.type = T.COC
        it.text = (f"Cause of concern: {cause}\nRecommendation: To address this cause of concern, "
                   "HMIC recommends that the force should immediately:\n"
                   + "\n".join(f"• {b};" for b in bullets[:-1]) + f"\n• {bullets[-1]}.")
        out[id(it)] = (cause, bullets)
    return out


def _recurring(rng: random.Random, items: list[HItem], reports: dict[str, Report], force: int,
               k: int) -> list[list[HItem]]:
    """Kind 7: k items repeated word for word under another year of their PEEL pillar."""
    pool = [it for it in items if PILLAR.match(it.report_id)]
    groups = []
    for it in rng.sample(pool, min(k, len(pool))):
        sib = sibling(rng, reports[it.report_id], reports, force, on_list=True)
        if sib is None:
            continue
        reports[sib.report_id] = sib
        copy = HItem(force, sib.title, sib.report_id, sib.published, it.type, it.text, it.state,
                     it.status)
        if rng.random() < 0.6:
            copy.state, copy.status = "open", "Being progressed"
        items.append(copy)
        groups.append([it, copy])
    return groups


def _fire_items(rng: random.Random, force: int, reports: dict[str, Report]) -> list[HItem]:
    """The fire and rescue service's items on a joint police and fire list (real texts)."""
    path = Path(__file__).with_name("fire_texts.csv")
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    out = []
    when = {"Values and culture": date(2023, 3, 30), "2021/22": date(2022, 7, 27),
            "2023-25": date(2024, 9, 12), "2023 –": date(2023, 11, 1)}
    for r in rows:
        pub = next(d for k, d in when.items() if k in r["report"])
        key = "fire-" + re.sub(r"\W+", "-", r["report"].lower())   # whole: titles share 30 letters
        reports.setdefault(key, Report(key, r["report"], r["report"].replace("Fire and rescue service",
                                                                              "FRS"), pub))
        state = "closed" if rng.random() < 0.3 else "open"
        status = rng.choice(T.HMICFRS_CLOSED if state == "closed" else T.HMICFRS_OPEN)
        out.append(HItem(force, r["report"], key, pub, r["type"], r["text"], state, status))
    return out


def _dedupe(items: list[HItem]) -> tuple[list[HItem], set[int]]:
    """Drop a later item whose wording (stem aside) repeats one of its own report: a tracker
    row could not tell them apart. Returns the items and those unique on the whole list."""
    seen, kept, counts = set(), [], {}
    for it in items:
        k = (it.report_id, _body_of(it.text).lower())
        if k in seen:
            continue
        seen.add(k)
        kept.append(it)
        counts[k[1]] = counts.get(k[1], 0) + 1
    return kept, {id(it) for it in kept if counts[_body_of(it.text).lower()] == 1}


# ---------------------------------------------------------------------------- the tracker


def case_plan(seed: int) -> tuple[str, int]:
    """(family, items) the seed draws, without generating the case: to pick CI subsets."""
    rng = random.Random(f"casegen:{seed}")
    family = rng.choice(FAMILIES)
    return family, draw_size(rng, family)


def generate_case(seed: int, out_dir: Path, *, family: str | None = None, items: int | None = None,
                  kinds: frozenset[int] = frozenset()) -> Path:
    """Write one labelled case into `out_dir` (created) and return it.

    The steps draw from one random stream in a fixed order: a seed gives the same case for as
    long as CASEGEN_VERSION stands."""
    rng = random.Random(f"casegen:{seed}")
    family = family or rng.choice(FAMILIES)
    if family not in FAMILIES:
        raise ValueError(f"unknown family {family!r}: one of {', '.join(FAMILIES)}")
    kinds = frozenset(kinds) | ({10} if family == "sharepoint" else frozenset())
    n = items or draw_size(rng, family)
    force = rng.randrange(len(T.FORCES))
    plan = _plan(rng, family, kinds)
    its, reports, drawn = _draw_items(rng, family, kinds, n, force)
    rows = tracker_rows(rng, Ctx(rng, plan, kinds, drawn.unique), its, reports, force, drawn.coc,
                 drawn.groups, kinds, drawn.special, family)
    for r in rows:
        rep = reports[r.report_key]
        r.report_label = W.report_label(rng, rep.title, rep.tracker_name, rep.published)
        r.published = W.date_text(rng, rep.published)
    tables, report_col, date_col = tables_for(rng, family, rows, reports, T.FORCES[force][0])
    if 1 in kinds and family in ("committee", "ragfill", "appendix"):
        report_col = True
    if family == "recurring" or (7 in kinds and family != "sharepoint"):
        report_col = date_col = True
    cols = columns_for(rng, family, plan, kinds, report_col, date_col)
    number_rows(rows)
    h_path, f_path, where = _write_inputs(rng, out_dir, family, force, its, tables, cols)
    truth = truth_lines(its, rows, where)
    _self_check(its, rows, truth, where)
    with (out_dir / "truth.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["hmicfrs_row", "force_row", "category", "why", "kinds"],
                           lineterminator="\n")
        w.writeheader()
        w.writerows(truth)
    present = set().union(*(r.kinds for r in rows)) | (kinds & {1, 10})
    cats: dict[str, int] = {}
    for t in truth:
        cats[t["category"]] = cats.get(t["category"], 0) + 1
    meta = {"seed": seed, "version": CASEGEN_VERSION, "family": family, "force": T.FORCES[force][0],
            "items": len(its), "rows": len(rows), "hmicfrs": h_path.name, "tracker": f_path.name,
            "headers": cols.headers(), "text_header": cols.text_header(), "force_status_words": plan.vocab,
            "colour_only": plan.colour_only, "kinds_asked": sorted(kinds),
            "kinds_present": sorted(present), "categories": dict(sorted(cats.items()))}
    (out_dir / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    return out_dir


@dataclass(frozen=True)
class _Drawn:
    """What the HMICFRS items were drawn with, for the tracker's rows."""

    special: dict[str, set[int]]   # ids of items reworded for a failure kind
    coc: dict[int, tuple[str, list[str]]]   # causes of concern the force splits into cells
    groups: list[list[HItem]]      # items whose wording recurs across reports
    unique: set[int]


def _draw_items(rng: random.Random, family: str, kinds: frozenset[int], n: int, force: int
                ) -> tuple[list[HItem], dict[str, Report], _Drawn]:
    """The HMICFRS list: its items in publication order, with references, and the rewordings
    the failure kinds ask for."""
    n_fire = 20 if family == "joint" else 0
    its, rep_list = hmicfrs_items(rng, force, max(10, n - n_fire))
    reports = {r.report_id: r for r in rep_list}
    if n_fire:
        its += _fire_items(rng, force, reports)
    special: dict[str, set[int]] = {
        "word_timescale": {id(it) for it in _restem(rng, its, W.WORD_TIMESCALE_STEMS,
                                                    6 if 9 in kinds else int(n * 0.03))},
        "trailing": {id(it) for it in _restem(rng, its, W.TRAILING_TIMESCALE_STEMS,
                                              6 if 3 in kinds else int(n * 0.02))},
        "merge_rec": set()}
    coc = _coc_cells(rng, its, force, 3 if 5 in kinds else int(rng.random() < 0.5))
    n_rec = 6 if 7 in kinds else int(n * {"recurring": 0.15, "joint": 0.05}.get(family, 0.0))
    groups = _recurring(rng, its, reports, force, n_rec)
    _, area, neighbour = T.FORCES[force]
    for it in [it for it in its if it.type == T.COC and id(it) not in coc][:2]:
        body = rng.choice([b for b in T.BODIES if "\n" not in b]).format(area=area, neighbour=neighbour)
        rec = HItem(force, it.report, it.report_id, it.published, T.REC,
                    f"To address this cause of concern, HMIC recommends that the force should "
                    f"immediately {body}.", it.state, it.status)
        its.insert(its.index(it) + 1, rec)
        special["merge_rec"].add(id(rec))
    order = {k: i for i, k in enumerate(sorted(reports, key=lambda k: reports[k].published))}
    its.sort(key=lambda it: order[it.report_id])
    its, unique = _dedupe(its)
    groups = [[it for it in g if it in its] for g in groups]
    groups = [g for g in groups if len(g) > 1]
    ref = 900
    for it in its:
        ref += rng.randint(1, 40)
        it.ref = ref
        if family == "sharepoint":
            it.status = ("complete" if it.state == "closed"
                         else rng.choice(["awaiting-review", "being-progressed"]))
    return its, reports, _Drawn(special, coc, groups, unique)


def _write_inputs(rng: random.Random, out_dir: Path, family: str, force: int,
                  its: list[HItem], tables: list[Table], cols: Columns
                  ) -> tuple[Path, Path, dict[int, str]]:
    """The HMICFRS list and the tracker, as CSV or xlsx; where each item landed (row ids)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("*"):
        if old.is_file():
            old.unlink()
    where: dict[int, str] = {}
    list_csv = family in ("multisheet", "sharepoint") or rng.random() < 0.15
    if list_csv:
        h_path = out_dir / "hmicfrs.csv"
        write_list_csv(h_path, its, where, "utf-8" if family == "sharepoint" else "cp1252",
                       register=family == "sharepoint")
    else:
        h_path = out_dir / "hmicfrs.xlsx"
        write_list_xlsx(h_path, its, f"HMICFRS definitive list – {T.FORCES[force][0]}", where)
    tracker_csv = family in ("recurring", "bullets") and rng.random() < 0.3
    f_path = out_dir / ("tracker.csv" if tracker_csv else "tracker.xlsx")
    if tracker_csv:
        write_tracker_csv(f_path, tables, cols)
    else:
        write_tracker_xlsx(f_path, tables, cols, key_sheet=family == "ragfill")
    return h_path, f_path, where


def _self_check(items: list[HItem], rows: list[Row], truth: list[dict[str, str]],
                where: dict[int, str]) -> None:
    """Every item row of both files in the truth, and nothing else."""
    f_rows = {r.where for r in rows}
    h_rows = {where[id(it)] for it in items}
    t_f = {t["force_row"] for t in truth if t["force_row"]}
    t_h = {t["hmicfrs_row"] for t in truth if t["hmicfrs_row"]}
    if "" in f_rows or f_rows != t_f or h_rows != t_h or len(f_rows) != len(rows):
        raise AssertionError(f"generated truth does not tie out: {len(f_rows)} tracker rows, "
                             f"{len(t_f)} in truth; {len(h_rows)} list rows, {len(t_h)} in truth")
