"""Seeded generator of realistic benchmark inputs, from one force to the national register.

    python benchmarks/generate.py                   # 300x400, 3000x3000, 30000x30000
    python benchmarks/generate.py --sizes 300 --seed 7 --force

Writes, under ``benchmarks/out/data/h{N}-f{M}-s{SEED}-v{VERSION}/`` (cached: a second call
with the same size and seed reads nothing and writes nothing):

- ``hmicfrs.xlsx``  the HMICFRS list: a title row, then ``Reference, Report title, Publication
  date, Type, Recommendation, Status``; one row per item, every force stacked in one sheet.
- ``tracker.xlsx``  the force trackers, one sheet per force (one "Tracker" sheet for a single
  force) and a "Key" sheet: title rows, bold report-title group rows, then ``No., HMICFRS Ref,
  Recommendations & Areas for Improvement, Type, Lead, RAG, Progress update``.
- ``truth.csv``     the ground truth: which force row belongs to which HMICFRS row
  (``Sheet!Row``, as the tool reports provenance), and how the force's text was changed.
- ``meta.json``     counts and the generation time; written last, so its presence means the
  folder is complete.

Sizes: a typical force is 300 HMICFRS items against 400 tracker rows; 3,000 is a region (four
forces); 30,000 is the national register (43 forces, about 700 items each). With more than one
force, both files gain a Force column (a register export of all forces names the force; an
analyst stacking trackers adds one). Each force holds every all-forces item (the same text in
every force: ``truth.csv`` marks them with a ``twin`` key) and force-level items built from
real stems, bodies and follow-on sentences and PEEL's formulaic asks (``reconcile/casegen/texts.py``), with
bodies distinct within a force as far as the pool allows.

The tracker side applies the changes real trackers show: stems dropped, "AFI 1 - " prefixes,
abbreviations ("modern slavery and human trafficking" → "MSHT"), typos, truncation,
reordered clauses, one recommendation split into one row per bullet, items missing, local
actions HMICFRS never made, an item filed under the wrong report, and the HMICFRS reference
filled on about 30% of rows.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from reconcile.casegen import perturb as P
from reconcile.casegen import texts as T
from reconcile.casegen.draw import AS_AT, MONTHS, HItem, Report, hmicfrs_items, local_action

GENERATOR_VERSION = 3
DEFAULT_SEED = 20240601
OUT = Path(__file__).resolve().parent / "out"
#: name -> (HMICFRS items, force rows)
SIZES: dict[str, tuple[int, int]] = {"300": (300, 400), "3000": (3000, 3000),
                                     "30000": (30000, 30000)}
ITEMS_PER_FORCE = 700            # national scale: 43 forces x ~700 items
HMICFRS_SHEET = "Definitive list"
HMICFRS_HEADER = ["Reference", "Report title", "Publication date", "Type", "Recommendation",
                  "Status"]
TRACKER_HEADER = ["No.", "HMICFRS Ref", "Recommendations & Areas for Improvement", "Type",
                  "Lead", "RAG", "Progress update"]
TRUTH_COLUMNS = ["force", "hmicfrs_row", "force_row", "relation", "part", "hmicfrs_ref",
                 "twin", "h_state", "f_state", "changes"]

# Rates of what trackers do to HMICFRS wording (per tracker row, independently).
P_MISSING = 0.06          # an HMICFRS item with no tracker row
P_WRONG_REPORT = 0.02
P_WRONG_TYPE = 0.02
P_REF_FILLED = 0.3
MIN_EXTRA = 0.03          # local actions, at least this share of tracker rows
TRACKER_TYPES = {
    T.REC: ["Recommendation", "Rec", "Recommendation"],
    T.NAT: ["National recommendation", "Recommendation", "Rec"],
    T.AFI: ["AFI", "Area for Improvement", "Area for improvement"],
    T.COC: ["Cause of concern", "CoC", "Cause for Concern"],
}
RAG_FILLS = {"GREEN": "92D050", "Green": "92D050", "AMBER": "FFC000", "Amber": "FFC000",
             "RED": "FF0000", "BLUE": "5B9BD5", "WHITE": "FFFFFF"}


@dataclass(frozen=True)
class Dataset:
    """One generated pair of inputs and its ground truth."""

    folder: Path
    hmicfrs: Path
    force: Path
    truth: Path
    n_h: int
    n_f: int
    forces: int
    seed: int
    generate_s: float | None   # seconds it took to generate (None: read from the cache)


@dataclass
class FRow:
    """One tracker row."""

    h: HItem | None
    text: str
    type: str
    report_id: str
    state: str
    rag: str
    lead: str | None
    progress: str | None
    ref: object = None
    part: str = ""
    changes: list[str] = field(default_factory=list)
    no: object = None
    sheet: str = ""
    row: int = 0


# ------------------------------------------------------------------------------ the force side

def _force_status(rng: random.Random, h_state: str | None) -> tuple[str, str]:
    if h_state == "closed":
        done = rng.random() < 0.7
    elif h_state == "open":
        done = rng.random() < 0.35
    else:
        done = rng.random() < 0.4
    return ("done", rng.choice(T.FORCE_DONE)) if done else ("open", rng.choice(T.FORCE_OPEN))


def tracker_rows(rng: random.Random, force: int, items: list[HItem], reports: list[Report],
                 target: int) -> tuple[list[FRow], list[HItem]]:
    """The force's tracker rows (in tracker order) and the HMICFRS items it has no row for."""
    n = len(items)
    mean_parts = 2.6
    p_split = min(0.3, max(0.02, (target / n - 1 + P_MISSING - MIN_EXTRA) / (mean_parts - 1)))
    rows: list[FRow] = []
    missing: list[HItem] = []
    split_due = 0.0   # splits owed: an item that cannot be split passes its turn on
    for it in items:
        if rng.random() < P_MISSING:
            missing.append(it)
            continue
        state, rag = _force_status(rng, it.state)
        lead, progress = rng.choice(T.LEADS), rng.choice(T.PROGRESS)
        ref = it.ref if rng.random() < P_REF_FILLED else None
        if ref is not None and rng.random() < 0.1:
            ref = str(ref)
        kind = it.type
        changes: list[str] = []
        if rng.random() < P_WRONG_TYPE:
            kind = rng.choice([k for k in TRACKER_TYPES if k not in (it.type, T.NAT)])
            changes.append("wrong type")
        report_id = it.report_id
        if rng.random() < P_WRONG_REPORT and len(reports) > 1:
            report_id = rng.choice([r.report_id for r in reports if r.report_id != it.report_id])
            changes.append("wrong report")
        ttype = rng.choice(TRACKER_TYPES[kind])
        split_due += p_split * rng.uniform(0.5, 1.5)
        parts = P.split_parts(rng, it.text) if split_due >= 1 else []
        if parts:
            split_due -= 1
            for k, p in enumerate(parts, start=1):
                text, ch = (P.abbreviate(rng, p), ["abbreviated"]) if rng.random() < 0.3 else (p, [])
                p_state, p_rag = _force_status(rng, it.state)
                rows.append(FRow(it, text, ttype, report_id, p_state, p_rag, lead, progress,
                                 ref, f"{k} of {len(parts)}", ["split", *changes, *ch]))
        else:
            text, ch = P.perturb(rng, it.text, it.type, rng.randint(1, 12))
            rows.append(FRow(it, text, ttype, report_id, state, rag, lead, progress, ref, "",
                             [*changes, *ch]))
    # Too many rows (a small target): more items go missing; too few: local actions.
    while len(rows) > target * (1 - MIN_EXTRA) and any(r.part == "" for r in rows):
        k = rng.choice([k for k, r in enumerate(rows) if r.part == ""])
        missing.append(rows.pop(k).h)  # type: ignore[arg-type]
    used: set[str] = set()
    while len(rows) < target:
        rep = rng.choice(reports)
        text = local_action(rng, force, rep.published, used)
        state, rag = _force_status(rng, None)
        at = rng.randrange(len(rows) + 1)
        rows.insert(at, FRow(None, text, rng.choice(["Action", "Local action", "Rec", None]),
                             rep.report_id, state, rag, rng.choice(T.LEADS),
                             rng.choice(T.PROGRESS), None, "", ["local action"]))
    missing.sort(key=lambda it: it.row)
    return rows, missing


# ---------------------------------------------------------------------------------- writing


def _cell(ws, value, bold: bool = False, fill: str | None = None, date_format: bool = False):
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill

    cell = WriteOnlyCell(ws, value=value)
    if bold:
        cell.font = Font(bold=True)
    if fill:
        cell.fill = PatternFill("solid", fgColor=fill)
    if date_format:
        cell.number_format = "dd/mm/yyyy"
    return cell


def write_hmicfrs(path: Path, items: list[HItem], title: str, with_force: bool) -> None:
    """The list; a register of several forces also names each item's force (column B)."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(HMICFRS_SHEET)
    widths = (11, 30, 50, 14, 22, 90, 18) if with_force else (11, 50, 14, 22, 90, 18)
    for col, width in zip("ABCDEFG", widths, strict=False):
        ws.column_dimensions[col].width = width
    ws.append([_cell(ws, title, bold=True)])
    ws.append([f"As at {AS_AT.day} {MONTHS[AS_AT.month - 1]} {AS_AT.year}. Statuses as "
               "recorded by HMICFRS."])
    ws.append([])
    header = [HMICFRS_HEADER[0], "Force", *HMICFRS_HEADER[1:]] if with_force else HMICFRS_HEADER
    ws.append([_cell(ws, h, bold=True) for h in header])
    for it in items:
        published = _cell(ws, datetime.combine(it.published, datetime.min.time()),
                          date_format=True)
        force = [T.FORCES[it.force][0]] if with_force else []
        ws.append([it.ref, *force, it.report, published, it.type, it.text, it.status])
    wb.save(path)


def write_tracker(path: Path, sheets: list[tuple[str, str, list[tuple[str | None, list[FRow]]]]],
                  with_force: bool) -> None:
    """`sheets`: (sheet name, force name, [(group title or None for a blank row, rows)]).

    Trackers stacked for a regional or national run carry a Force column, last, as the
    analyst who stacked them would add it."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    for sheet, force_name, groups in sheets:
        ws = wb.create_sheet(sheet)
        for col, width in zip("ABCDEFG", (7, 10, 90, 20, 24, 12, 60), strict=True):
            ws.column_dimensions[col].width = width
        ws.append([_cell(ws, f"{force_name} – HMICFRS recommendations and areas for "
                              "improvement tracker", bold=True)])
        ws.append(["Last updated: 10 June 2023. Owner: Organisational Learning."])
        ws.append([])
        ws.append([_cell(ws, h, bold=True)
                   for h in (*TRACKER_HEADER, *(["Force"] if with_force else []))])
        force = [force_name] if with_force else []
        for group, rows in groups:
            if group is None:
                ws.append([])
                continue
            ws.append([_cell(ws, group, bold=True)])
            for r in rows:
                ws.append([r.no, r.ref, r.text, r.type, r.lead,
                           _cell(ws, r.rag, fill=RAG_FILLS.get(r.rag)), r.progress, *force])
    ws = wb.create_sheet("Key")
    ws.append([_cell(ws, "RAG status key", bold=True)])
    for word, meaning in [
            ("GREEN", "The recommendation is implemented"),
            ("AMBER", "Subject to ongoing work and monitoring but is anticipated will be "
                      "implemented"),
            ("RED", "Beyond designated deadline or cannot / will not be implemented "
                    "(rationale required)"),
            ("WHITE", "Not the force's responsibility to deliver or is dependent upon another "
                      "organisation"),
            ("BLUE", "Complete and signed off")]:
        ws.append([_cell(ws, word, fill=RAG_FILLS.get(word)), meaning])
    wb.save(path)


def _layout(rng: random.Random, sheet: str, rows: list[FRow], reports: list[Report]
            ) -> list[tuple[str | None, list[FRow]]]:
    """Group a force's rows under its report-title rows, and give every row its Excel row."""
    by_report: dict[str, list[FRow]] = {r.report_id: [] for r in reports}
    for r in rows:
        by_report[r.report_id].append(r)
    order = list(reports)
    if rng.random() < 0.4:
        order.reverse()  # newest first, as some trackers keep it
    groups: list[tuple[str | None, list[FRow]]] = []
    excel_row = 5   # title, updated, blank, header
    number = 0
    for rep in order:
        members = by_report[rep.report_id]
        if not members:
            continue
        groups.append((rep.tracker_name, members))
        excel_row += 1
        for r in members:
            if not r.part or r.part.startswith("1 of"):
                number += 1
            r.no = number if not r.part else f"{number}{'abcd'[int(r.part.split()[0]) - 1]}"
            r.sheet, r.row = sheet, excel_row
            excel_row += 1
        if rng.random() < 0.3:
            groups.append((None, []))
            excel_row += 1
    return groups


def generate(n_h: int, n_f: int, seed: int, folder: Path) -> Dataset:
    """Write both inputs and the ground truth into `folder` (created)."""
    t0 = time.perf_counter()
    folder.mkdir(parents=True, exist_ok=True)
    n_forces = min(len(T.FORCES), max(1, round(n_h / ITEMS_PER_FORCE)))
    # A single force is the West Midlands (the JAC paper's force); otherwise the first n.
    force_ids = [40] if n_forces == 1 else list(range(n_forces))
    per_h = [n_h // n_forces + (k < n_h % n_forces) for k in range(n_forces)]
    per_f = [n_f // n_forces + (k < n_f % n_forces) for k in range(n_forces)]
    all_items: list[HItem] = []
    per_force = []
    for k, force in enumerate(force_ids):
        rng = random.Random(f"{seed}:{n_h}:{n_f}:{force}")
        items, reports = hmicfrs_items(rng, force, per_h[k])
        all_items += items
        per_force.append((force, rng, items, reports))
    ref_rng = random.Random(f"{seed}:refs")
    ref = 900
    for row, it in enumerate(all_items, start=5):
        ref += ref_rng.randint(1, 9)
        it.ref, it.row = ref, row

    sheets = []
    truth: list[dict[str, object]] = []
    for k, (force, rng, items, reports) in enumerate(per_force):
        name = T.FORCES[force][0]
        sheet = "Tracker" if n_forces == 1 else name[:31]
        rows, missing = tracker_rows(rng, force, items, reports, per_f[k])
        sheets.append((sheet, name, _layout(rng, sheet, rows, reports)))
        for r in rows:
            truth.append({
                "force": name, "hmicfrs_row": f"{HMICFRS_SHEET}!{r.h.row}" if r.h else "",
                "force_row": f"{r.sheet}!{r.row}",
                "relation": ("not_on_hmicfrs_list" if r.h is None
                             else "split" if r.part else "same"),
                "part": r.part, "hmicfrs_ref": r.h.ref if r.h else "",
                "twin": r.h.twin if r.h else "", "h_state": r.h.state if r.h else "",
                "f_state": r.state, "changes": "; ".join(r.changes)})
        for it in missing:
            truth.append({"force": name, "hmicfrs_row": f"{HMICFRS_SHEET}!{it.row}",
                          "force_row": "", "relation": "missing_from_force", "part": "",
                          "hmicfrs_ref": it.ref, "twin": it.twin, "h_state": it.state,
                          "f_state": "", "changes": ""})

    title = (f"HMICFRS definitive list of recommendations held against {T.FORCES[force_ids[0]][0]}"
             if n_forces == 1 else
             f"HMICFRS register: recommendations held against {n_forces} forces")
    ds = _paths(folder, n_h, n_f, n_forces, seed, None)
    write_hmicfrs(ds.hmicfrs, all_items, title, with_force=n_forces > 1)
    write_tracker(ds.force, sheets, with_force=n_forces > 1)
    with ds.truth.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=TRUTH_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(truth)
    seconds = time.perf_counter() - t0
    relations: dict[str, int] = {}
    for t in truth:
        relations[str(t["relation"])] = relations.get(str(t["relation"]), 0) + 1
    meta = {"n_h": len(all_items), "n_f": sum(len(g[1]) for s in sheets for g in s[2]),
            "forces": n_forces, "seed": seed, "version": GENERATOR_VERSION,
            "generate_s": round(seconds, 3), "relations": relations}
    (folder / "meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return _paths(folder, n_h, n_f, n_forces, seed, seconds)


def _paths(folder: Path, n_h: int, n_f: int, forces: int, seed: int, seconds: float | None
           ) -> Dataset:
    return Dataset(folder, folder / "hmicfrs.xlsx", folder / "tracker.xlsx",
                   folder / "truth.csv", n_h, n_f, forces, seed, seconds)


def ensure(n_h: int, n_f: int, seed: int = DEFAULT_SEED, root: Path = OUT,
           regenerate: bool = False) -> Dataset:
    """The inputs for this size and seed: from the cache, or generated now."""
    folder = root / "data" / f"h{n_h}-f{n_f}-s{seed}-v{GENERATOR_VERSION}"
    meta = folder / "meta.json"
    if meta.exists() and not regenerate:
        m = json.loads(meta.read_text(encoding="utf-8"))
        return _paths(folder, n_h, n_f, m["forces"], seed, None)
    if meta.exists():
        meta.unlink()
    return generate(n_h, n_f, seed, folder)


def check(ds: Dataset) -> list[str]:
    """Problems with the ground truth, read back from the files (empty: it ties out).

    Every tracker item row and every HMICFRS item row is in ``truth.csv`` exactly as often as
    it should be, and every row the truth names holds an item."""
    from openpyxl import load_workbook

    def item_rows(path: Path, text_header: str) -> dict[str, str]:
        rows: dict[str, str] = {}
        wb = load_workbook(path, read_only=True)
        for ws in wb.worksheets:
            col = None
            for r, values in enumerate(ws.iter_rows(values_only=True), start=1):
                if col is None:
                    col = values.index(text_header) if text_header in values else None
                elif len(values) > col and values[col]:
                    rows[f"{ws.title}!{r}"] = str(values[col])
        wb.close()
        return rows

    h_rows = item_rows(ds.hmicfrs, "Recommendation")
    f_rows = item_rows(ds.force, TRACKER_HEADER[2])
    with ds.truth.open(newline="", encoding="utf-8") as fh:
        truth = list(csv.DictReader(fh))
    problems = []
    f_seen = [t["force_row"] for t in truth if t["force_row"]]
    h_seen = {t["hmicfrs_row"] for t in truth if t["hmicfrs_row"]}
    if sorted(f_seen) != sorted(f_rows):
        problems.append(f"tracker item rows {len(f_rows)}, in the truth {len(f_seen)} "
                        f"({len(set(f_seen) ^ set(f_rows))} differ)")
    if h_seen != set(h_rows):
        problems.append(f"HMICFRS item rows {len(h_rows)}, in the truth {len(h_seen)}")
    if (len(h_rows), len(f_rows)) != (ds.n_h, ds.n_f):
        problems.append(f"sizes {len(h_rows)} x {len(f_rows)}, asked for {ds.n_h} x {ds.n_f}")
    for t in truth:
        if t["relation"] in ("same", "split") and not (t["hmicfrs_row"] and t["force_row"]):
            problems.append(f"{t['relation']} without both rows: {t}")
            break
    return problems


def parse_size(text: str) -> tuple[int, int]:
    """'300' (a named size), '300x400' or '5000' (the same on both sides)."""
    text = text.strip().replace(",", "").replace("_", "")
    if text in SIZES:
        return SIZES[text]
    if "x" in text:
        a, b = text.split("x", 1)
        return int(a), int(b)
    return int(text), int(text)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="300,3000,30000",
                    help="comma-separated: 300, 3000, 30000 or NxM (default: %(default)s)")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", type=Path, default=OUT, help="cache folder (default: %(default)s)")
    ap.add_argument("--force", action="store_true", help="regenerate even if cached")
    ap.add_argument("--check", action="store_true",
                    help="read the files back and check the ground truth ties out")
    args = ap.parse_args(argv)
    failed = False
    for size in args.sizes.split(","):
        n_h, n_f = parse_size(size)
        ds = ensure(n_h, n_f, args.seed, args.out, regenerate=args.force)
        how = "cached" if ds.generate_s is None else f"generated in {ds.generate_s:.1f} s"
        print(f"{n_h:>6} x {n_f:<6} {ds.forces:>2} force(s)  {how}: {ds.folder}")
        if args.check:
            problems = check(ds)
            failed = failed or bool(problems)
            print("        ground truth ties out" if not problems else
                  "        PROBLEMS: " + "; ".join(problems))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
