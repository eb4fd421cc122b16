"""The measurements that run in a fresh interpreter each: the pipeline, the floor, a profile.

``run.py`` starts each as ``run.py --child MODE HMICFRS FORCE WORKDIR``; a measurement prints
one JSON object (a profile: its text report) as the last thing on stdout.
"""

from __future__ import annotations

import re
import resource
import time
from pathlib import Path
from typing import Any


def _peak_rss() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux: KiB


def child_pipeline(h: Path, f: Path, out: Path) -> dict[str, Any]:
    """Load, normalise, match, diff and write through the library, as the CLI runs them.

    Large inputs are loaded and normalised side by side (the force tracker in a second
    process); the load column then holds both stages' wall time and normalise is blank.
    """
    pc = time.perf_counter
    t = pc()
    from reconcile.config import load_config
    from reconcile.pipeline import reconcile_files
    from reconcile.write import write_outputs

    res: dict[str, Any] = {"import_s": pc() - t}
    config = load_config(None)
    cpu = time.process_time  # all threads: less sensitive than wall time to other load
    cpu_s: dict[str, float] = {}
    t, c = pc(), cpu()
    rec = reconcile_files(h, f, config)
    res["reconcile_s"], cpu_s["load + normalise + match + diff"] = pc() - t, cpu() - c
    t, c = pc(), cpu()
    write_outputs(rec, out / "reconciliation.xlsx", out / "reconciliation.csv")
    res["write_s"], cpu_s["write"] = pc() - t, cpu() - c
    res["cpu_s"] = cpu_s
    timings = {k: float(v) for k, v in rec.timings.items()}
    side_by_side = timings.get("load and normalise, side by side")
    res.update(timings=timings, side_by_side=side_by_side is not None,
               load_s=side_by_side or timings.get("load"), normalise_s=timings.get("normalise"),
               match_s=timings.get("match"), diff_s=timings.get("diff"),
               total_s=res["reconcile_s"] + res["write_s"],
               pairs_scored=_int_or_none(getattr(rec.scores, "pairs_scored", None)),
               n_h=len(rec.h), n_f=len(rec.f), counts=rec.counts(), peak_rss=_peak_rss())
    return res


def _int_or_none(value: Any) -> int | None:
    return None if value is None else int(value)


def child_floor(h: Path, f: Path, out: Path) -> dict[str, Any]:
    """Read both inputs (openpyxl, and calamine if installed), write the same cells back."""
    import csv

    import openpyxl

    pc = time.perf_counter
    for p in (h, f):
        p.read_bytes()  # warm the page cache: every reader below starts equal
    res: dict[str, Any] = {}
    t = pc()
    sheets: list[tuple[str, list[tuple]]] = []
    for p in (h, f):
        wb = openpyxl.load_workbook(p, read_only=True, data_only=True)
        for ws in wb.worksheets:
            sheets.append((ws.title, [tuple(r) for r in ws.iter_rows(values_only=True)]))
        wb.close()
    res["read_openpyxl_s"] = pc() - t
    res["cells"] = sum(len(r) for _, rows in sheets for r in rows)
    res["rows"] = sum(len(rows) for _, rows in sheets)
    t = pc()
    for p in (h, f):
        wb = openpyxl.load_workbook(p, data_only=True)  # the full mode: fonts, fills, merges
        for ws in wb.worksheets:
            for _ in ws.iter_rows(values_only=True):
                pass
        wb.close()
    res["read_openpyxl_full_s"] = pc() - t
    try:
        import pandas as pd
        import python_calamine  # noqa: F401  (only to know whether pandas can use it)
    except ImportError:
        res["read_calamine_s"] = None
    else:
        t = pc()
        for p in (h, f):
            pd.read_excel(p, sheet_name=None, header=None, engine="calamine")
        res["read_calamine_s"] = pc() - t
    t = pc()
    wb = openpyxl.Workbook(write_only=True)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(r)
    wb.save(out / "floor.xlsx")
    res["write_xlsx_s"] = pc() - t
    try:
        import xlsxwriter
    except ImportError:
        res["write_xlsxwriter_s"] = None
    else:  # the other well-kept streaming writer, for comparison (not part of the floor)
        t = pc()
        xw = xlsxwriter.Workbook(str(out / "floor-xlsxwriter.xlsx"),
                                 {"constant_memory": True, "strings_to_formulas": False,
                                  "strings_to_urls": False})
        for title, rows in sheets:
            ws = xw.add_worksheet(title)
            for r_i, r in enumerate(rows):
                ws.write_row(r_i, 0, r)
        xw.close()
        res["write_xlsxwriter_s"] = pc() - t
    res["openpyxl_lxml"] = bool(getattr(openpyxl, "LXML", False))
    t = pc()
    with (out / "floor.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        for _, rows in sheets:
            writer.writerows(rows)
    res["write_csv_s"] = pc() - t
    res["peak_rss"] = _peak_rss()
    return res


def child_profile(h: Path, f: Path, out: Path, top: int = 15, how: str = "sample") -> str:
    """Profile each stage separately; the report names the hot functions and libraries.

    `how` is "sample" (wall-clock sampling: true shares) or "cprofile" (exact call counts,
    but every Python call is charged, which inflates call-heavy code such as openpyxl's)."""
    import cProfile
    import io
    import pstats

    from sampler import Sampler

    from reconcile import pipeline
    from reconcile.config import load_config
    from reconcile.load import load_side
    from reconcile.write import write_outputs

    config = load_config(None)
    make = cProfile.Profile if how == "cprofile" else Sampler
    profiles: dict[str, Any] = {}
    active: list[str] = []

    def hook(stage: str, fn):
        def wrapper(*args, **kwargs):
            if active:  # already inside a profiled stage
                return fn(*args, **kwargs)
            prof = profiles.setdefault(stage, make())
            active.append(stage)
            prof.enable()
            try:
                return fn(*args, **kwargs)
            finally:
                prof.disable()
                active.pop()
        return wrapper

    # The stage functions as pipeline.py calls them; any that a rewrite renamed is skipped
    # (its time then shows in no stage: compare with the pipeline's own timings).
    stage_of = {"normalise_items": "normalise", "check_items": "normalise", "match": "match",
                "categorise": "diff", "check_result": "diff"}
    hooked = []
    for name, stage in stage_of.items():
        if callable(getattr(pipeline, name, None)):
            setattr(pipeline, name, hook(stage, getattr(pipeline, name)))
            hooked.append(name)
    walls: dict[str, float] = {}
    pc = time.perf_counter
    t = pc()
    h_loaded, f_loaded = hook("load", lambda: (load_side(h, "hmicfrs", config.hmicfrs),
                                               load_side(f, "force", config.force)))()
    walls["load"] = pc() - t
    t = pc()
    rec = pipeline.reconcile_loaded(h_loaded, f_loaded, config)
    walls["normalise + match + diff"] = pc() - t
    t = pc()
    hook("write", lambda: write_outputs(rec, out / "reconciliation.xlsx",
                                        out / "reconciliation.csv"))()
    walls["write"] = pc() - t

    lines = [f"Profile ({'cProfile' if how == 'cprofile' else 'wall-clock sampling'}) of "
             f"{h.parent.name}: {len(rec.h)} x {len(rec.f)} items; wall under the profiler: "
             + ", ".join(f"{k} {v:.2f} s" for k, v in walls.items()),
             "stage timings from the pipeline: "
             + ", ".join(f"{k} {v:.2f} s" for k, v in rec.timings.items()),
             f"hooked: {', '.join(hooked) or 'none'}"
             + (" (cProfile inflates Python-call-heavy code)" if how == "cprofile" else "")]
    for stage in ("load", "normalise", "match", "diff", "write"):
        if stage not in profiles:
            continue
        prof = profiles[stage]
        if how == "cprofile":
            prof.dump_stats(out / f"{stage}.prof")
            buf = io.StringIO()
            pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(40)
            (out / f"{stage}.txt").write_text(buf.getvalue(), encoding="utf-8")
            stats = {k: (v[1], v[2], v[3]) for k, v in pstats.Stats(prof).stats.items()}
        else:
            stats = prof.stats()
        total = sum(v[1] for v in stats.values())
        imports = ("" if how == "cprofile" else
                   f" (of which importing modules lazily: {prof.importing:.2f} s)")
        lines += ["", f"== {stage}: {total:.2f} s{imports} ==", "  by library (own time):"]
        by_lib: dict[str, float] = {}
        for (filename, _, _), v in stats.items():
            lib = _library(filename)
            by_lib[lib] = by_lib.get(lib, 0.0) + v[1]
        for lib, sec in sorted(by_lib.items(), key=lambda kv: -kv[1])[:8]:
            lines.append(f"    {sec:7.2f} s  {100 * sec / max(total, 1e-9):5.1f}%  {lib}")
        lines.append(f"  top {top} functions by own time (calls, own s, cumulative s):")
        for (filename, line, func), v in sorted(stats.items(), key=lambda kv: -kv[1][1])[:top]:
            calls = "" if v[0] is None else v[0]
            lines.append(f"    {calls:>9} {v[1]:8.2f} {v[2]:8.2f}  {_short(filename)}:{line}({func})")
        lines.append("  reconcile functions by cumulative time:")
        ours = [(k, v) for k, v in stats.items() if "/reconcile/" in k[0]]
        for (filename, line, func), v in sorted(ours, key=lambda kv: -kv[1][2])[:10]:
            lines.append(f"    {v[2]:8.2f}  {_short(filename)}:{line}({func})")
    return "\n".join(lines)


def _library(filename: str) -> str:
    if "/reconcile/" in filename:
        return "reconcile/" + filename.split("/reconcile/", 1)[1]
    m = re.search(r"site-packages/([^/]+)", filename)
    if m:
        return m.group(1).removesuffix(".py")
    if filename.startswith("<frozen importlib"):
        return "importing modules"
    if filename.startswith("<") or filename == "~":
        return "builtins (C: str, re, list, ...)"
    path = Path(filename)
    return "stdlib: " + (path.parent.name if path.stem == "__init__" else path.stem)


def _short(filename: str) -> str:
    for marker in ("/reconcile/", "site-packages/"):
        if marker in filename:
            return filename.split(marker, 1)[1] if marker != "/reconcile/" else (
                "reconcile/" + filename.split(marker, 1)[1])
    return Path(filename).name if "/" in filename else filename
