"""The printed report: the table, the floor in detail, accuracy, start-up, and the targets."""

from __future__ import annotations

import itertools
import math
from typing import Any

import accuracy

TARGETS = [
    ("typical force (300 x 400) end to end, interpreter start included", "<= 1.5 s"),
    ("30,000 x 30,000 end to end", "<= 30 s"),
    ("30,000 x 30,000 peak RSS", "<= 1.5 GB"),
    ("total <= 2x the read+write floor", "every size"),
    ("match cost growing ~linearly with size", "exponent ~1"),
    ("reconcile --help", "<= 0.3 s"),
]


def floor_s(size: dict[str, Any]) -> tuple[float | None, float | None]:
    """(read, write) floor: the fastest reader, and xlsx + csv written in streaming mode."""
    fl = size.get("floor") or {}
    if "error" in fl or not fl:
        return None, None
    reads = [x for x in (fl.get("read_openpyxl_s"), fl.get("read_calamine_s")) if x is not None]
    return min(reads), fl["write_xlsx_s"] + fl["write_csv_s"]


def render(results: dict[str, Any]) -> str:
    def s(x: float | None) -> str:
        return "-" if x is None else f"{x:.2f}"

    def mb(x: int | None) -> str:
        return "-" if x is None else f"{x / 1024**2:,.0f} MB"

    head = ["size", "load", "normalise", "match", "diff", "write", "total", "end-to-end",
            "peak RSS", "pairs scored", "floor read", "floor write", "total/floor"]
    table = [head]
    notes = []
    for size in results["sizes"]:
        fr, fw = floor_s(size)
        pipe, cli = size.get("pipeline") or {}, size.get("cli") or {}
        if "skipped" in size or "error" in pipe:
            why = size.get("skipped") or f"pipeline failed: {pipe['error']}"
            ok_cli = cli and "error" not in cli
            table.append([size["size"], *["-"] * 6,
                          s(cli["wall_s"]) if ok_cli else "-",
                          mb(cli["peak_rss"]) if ok_cli else "-", "-", s(fr), s(fw), "-"])
            notes.append(f"{size['size']}: {why}")
            if cli and "error" in cli:
                notes.append(f"{size['size']}: CLI failed: {cli['error']}")
            continue
        rss = max(pipe.get("peak_rss") or 0, cli.get("peak_rss") or 0) or None
        pairs = pipe.get("pairs_scored")
        ratio = pipe["total_s"] / (fr + fw) if fr is not None else None
        table.append([size["size"], s(pipe["load_s"]), s(pipe["normalise_s"]),
                      s(pipe["match_s"]), s(pipe["diff_s"]), s(pipe["write_s"]),
                      s(pipe["total_s"]),
                      s(cli.get("wall_s")) if "error" not in cli else "failed",
                      mb(rss), "n/a" if pairs is None else f"{pairs:,}", s(fr), s(fw),
                      "-" if ratio is None else f"{ratio:.1f}x"])
        if "error" in cli:
            notes.append(f"{size['size']}: CLI failed: {cli['error']}")
    widths = [max(len(str(r[c])) for r in table) for c in range(len(head))]
    lines = [" | ".join(str(v).rjust(w) if k else str(v).ljust(w)
                        for k, (v, w) in enumerate(zip(r, widths, strict=True)))
             for r in table]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    m = results["machine"]
    out = [f"reconcile benchmark, {results['when']} on {m['cores']} cores, "
           f"{m['ram_bytes'] / 1024**3:.0f} GiB RAM, Python {m['python']}, {m['platform']} "
           f"(git {m['git']})" + (f"; {m['bytecode']}" if m.get("bytecode") else ""),
           "seconds; load = both inputs; total = load..write through the library as the CLI "
           "runs them (reconcile_files + write_outputs; imports excluded); end-to-end = "
           "`python -m reconcile run ... --quiet` from interpreter "
           "start; peak RSS = the larger of the two; floor read = fastest of openpyxl "
           "read-only and calamine; floor write = openpyxl write_only xlsx + csv of the same "
           "cells; total/floor = total / (floor read + floor write)", "", *lines]
    out += [f"  {n}" for n in notes]

    out += ["", "floor detail (s): size | openpyxl read-only | openpyxl full mode | calamine "
                "(pandas) | write xlsx (openpyxl write_only) | write csv | cells | "
                "xlsxwriter constant_memory (if installed; not in the floor)"]
    for size in results["sizes"]:
        fl = size.get("floor") or {}
        if "error" in fl:
            out.append(f"  {size['size']}: failed: {fl['error']}")
            continue
        calamine = fl.get("read_calamine_s")
        out.append(f"  {size['size']} | {s(fl.get('read_openpyxl_s'))} | "
                   f"{s(fl.get('read_openpyxl_full_s'))} | "
                   f"{s(calamine) if calamine is not None else 'n/a (pip install python-calamine)'}"
                   f" | {s(fl.get('write_xlsx_s'))} | {s(fl.get('write_csv_s'))} | "
                   f"{fl.get('cells', 0):,} | "
                   f"{s(fl.get('write_xlsxwriter_s')) if fl.get('write_xlsxwriter_s') else 'n/a'}")
    lxml = [size["floor"].get("openpyxl_lxml") for size in results["sizes"]
            if "openpyxl_lxml" in (size.get("floor") or {})]
    if lxml:
        out.append(f"  openpyxl uses lxml: {'yes' if lxml[0] else 'no (pure-Python XML: slower)'}")
    out.append("")
    for size in results["sizes"]:
        gen = size.get("generate_s")
        extra = [f"inputs {size['inputs']['bytes'] / 1024**2:.1f} MB, "
                 f"{size['inputs']['forces']} force(s), "
                 + ("cached" if gen is None else f"generated in {gen:.1f} s")]
        acc = size.get("accuracy")
        if acc and "error" not in acc:
            extra.append("accuracy: " + accuracy.describe(acc))
        pipe, cli = size.get("pipeline") or {}, size.get("cli") or {}
        if pipe.get("side_by_side"):
            t = pipe["timings"]
            extra.append("load column = load and normalise of both inputs side by side (the "
                         "force tracker in a second process); each side alone: "
                         + ", ".join(f"{k} {v:.2f}" for k, v in t.items()
                                     if k.startswith(("load (", "normalise ("))))
        if pipe.get("cpu_s"):
            extra.append("CPU seconds in process (all threads; not the second process): "
                         + ", ".join(f"{k} {v:.2f}" for k, v in pipe["cpu_s"].items())
                         + f"; total {sum(pipe['cpu_s'].values()):.2f}"
                         + (f"; CLI end to end {cli['cpu_s']:.2f}" if "cpu_s" in cli else ""))
        if pipe.get("counts"):
            extra.append("categories: " + ", ".join(f"{k} {v}" for k, v in pipe["counts"].items()))
        busy = size.get("other_cores", 0.0)
        if busy > 0.25:
            extra.append(f"NOTE: other work on the machine used up to {busy:.1f} of "
                         f"{results['machine']['cores']} cores while measuring: times are "
                         "inflated")
        out.append(f"{size['size']}: " + "\n    ".join(extra))
    st = results["startup"]
    out += ["", f"reconcile --help: {st['help_s']:.3f} s (best of 5, `{st['help_command']}`); "
                f"bare interpreter {st['python_start_s']:.3f} s; import reconcile.pipeline "
                + (f"{st['import_pipeline_s']:.3f} s" if st.get("import_pipeline_s") is not None
                   else f"failed: {st.get('import_error')}"),
            f"  imports in {st.get('import_measured_on')}: {st.get('import_total_s', 0):.2f} s "
            "in all (under -X importtime); heaviest (cumulative, nested: not additive): "
            + ", ".join(f"{k} {v:.2f} s" for k, v in st.get("import_top", []))]
    out += ["", "targets (issue 6):"]
    out += [f"  {t}" for t in check_targets(results)]
    return "\n".join(out)


def check_targets(results: dict[str, Any]) -> list[str]:
    by_size = {(s["n_h"], s["n_f"]): s for s in results["sizes"]}

    def cli_of(key: tuple[int, int]) -> dict[str, Any] | None:
        s = by_size.get(key)
        if not s or "skipped" in s:
            return None
        return s.get("cli") if "error" not in (s.get("cli") or {"error": 1}) else None

    def verdict(ok: bool) -> str:
        return "MET" if ok else "NOT MET"

    lines = []
    cli = cli_of((300, 400))
    lines.append(f"{TARGETS[0][0]} {TARGETS[0][1]}: " + (
        f"{cli['wall_s']:.2f} s, {verdict(cli['wall_s'] <= 1.5)}" if cli else "not measured"))
    big = by_size.get((30000, 30000))
    cli = cli_of((30000, 30000))
    if cli:
        pipe = big.get("pipeline") or {}
        rss = max(cli.get("peak_rss") or 0, pipe.get("peak_rss") or 0)
        lines.append(f"{TARGETS[1][0]} {TARGETS[1][1]}: {cli['wall_s']:.1f} s, "
                     f"{verdict(cli['wall_s'] <= 30)}")
        lines.append(f"{TARGETS[2][0]} {TARGETS[2][1]}: {rss / 1024**3:.2f} GB, "
                     f"{verdict(rss <= 1.5 * 1024**3)}")
    else:
        if big:
            why = big.get("skipped") or (big.get("cli") or {}).get("error", "failed")
            lines.append(f"{TARGETS[1][0]} {TARGETS[1][1]}: NOT MET, {why}")
        else:
            lines.append(f"{TARGETS[1][0]} {TARGETS[1][1]}: not measured (size not run)")
        lines.append(f"{TARGETS[2][0]} {TARGETS[2][1]}: not measured")
    ratios = []
    for s in results["sizes"]:
        pipe = s.get("pipeline") or {}
        fr, fw = floor_s(s)
        if "total_s" in pipe and fr is not None:
            r = pipe["total_s"] / (fr + fw)
            ratios.append(f"{s['size']} {r:.1f}x {verdict(r <= 2)}")
        else:
            ratios.append(f"{s['size']} not measured")
    lines.append(f"{TARGETS[3][0]} ({TARGETS[3][1]}): " + "; ".join(ratios))
    timed = [(s["n_h"] * s["n_f"], s["n_h"] + s["n_f"], s["pipeline"]["match_s"], s["size"])
             for s in results["sizes"]
             if "match_s" in (s.get("pipeline") or {}) and s["pipeline"]["match_s"]]
    timed.sort()
    growth = []
    for (_, n1, m1, l1), (_, n2, m2, l2) in itertools.pairwise(timed):
        if n2 > n1 and m1 > 0:
            growth.append(f"{l1} -> {l2}: {math.log(m2 / m1) / math.log(n2 / n1):.2f}")
    lines.append(f"{TARGETS[4][0]} ({TARGETS[4][1]}; log(match time) / log(items), both sides): "
                 + ("; ".join(growth) if growth else "needs two measured sizes"))
    help_s = results["startup"]["help_s"]
    lines.append(f"{TARGETS[5][0]} {TARGETS[5][1]}: {help_s:.3f} s, {verdict(help_s <= 0.3)}")
    return lines
