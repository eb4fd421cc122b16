"""Time every stage of a reconciliation, from one force to the national register.

    make bench                                  # or: .venv/bin/python benchmarks/run.py
    python benchmarks/run.py --sizes 300,3000   # a subset; NxM for any other size
    python benchmarks/run.py --profile 3000     # where the time goes, stage by stage

For each size, in a fresh subprocess each: the pipeline stage by stage through the library
(load, normalise, match, diff, write), the CLI end to end from interpreter start, peak RSS,
the candidate pairs the matcher scored, and the floor: reading both inputs and writing an
equally large workbook, which no design can beat. Then `reconcile --help` and the import of
`reconcile.pipeline`. The table is printed with the targets of issue 6 under it, and every
figure goes to ``benchmarks/out/results.json`` (and a timestamped copy) with the machine.

A size whose all-pairs score matrices would not fit (n_h x n_f x 3 float32 > 4 GB) is skipped
while the matcher scores all pairs; it runs once a smaller size shows the matcher scoring far
fewer pairs than all (``rec.scores.pairs_scored``), or with ``--no-guard``. Every child has a
timeout and an address-space limit, so a runaway run fails alone instead of taking the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import accuracy  # noqa: E402  (sibling modules, importable once HERE is on the path)
import children  # noqa: E402
import generate  # noqa: E402
import report  # noqa: E402

GUARD_BYTES = 4 * 1024**3          # n_h * n_f * 3 matrices * 4 bytes (float32)


# ------------------------------------------------------------------------------- the parent


def _limit(mem_gb: float):
    def apply() -> None:  # runs in the child, before exec
        limit = int(mem_gb * 1024**3)
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    return apply


def _busy_cpu_s() -> float:
    """CPU seconds all processes on the machine have used (from /proc/stat)."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    except OSError:
        return 0.0
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(x) for x in fields[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def run_timed(args: list[str], timeout: float, mem_gb: float, cwd: Path | None = None
              ) -> dict[str, Any]:
    """Run a process; wall seconds from spawn to exit, its own peak RSS, exit code, output,
    and how many cores other work on the machine used meanwhile (noise in the timing)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        busy = _busy_cpu_s()
        t = time.perf_counter()
        proc = subprocess.Popen(args, stdout=out, stderr=err, cwd=cwd,
                                preexec_fn=_limit(mem_gb))
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - t
        others = (_busy_cpu_s() - busy - usage.ru_utime - usage.ru_stime) / max(wall, 1e-9)
        code = os.waitstatus_to_exitcode(status)
        proc.returncode = code
        out.seek(0)
        err.seek(0)
        return {"wall_s": wall, "peak_rss": usage.ru_maxrss * 1024, "code": code,
                "other_cores": max(0.0, others), "cpu_s": usage.ru_utime + usage.ru_stime,
                "timed_out": wall >= timeout and code < 0,
                "stdout": out.read().decode("utf-8", "replace"),
                "stderr": err.read().decode("utf-8", "replace")}


def run_child(mode: str, ds: generate.Dataset, work: Path, timeout: float, mem_gb: float
              ) -> dict[str, Any]:
    work.mkdir(parents=True, exist_ok=True)
    r = run_timed([sys.executable, str(Path(__file__).resolve()), "--child", mode,
                   str(ds.hmicfrs), str(ds.force), str(work)], timeout, mem_gb, cwd=ROOT)
    if r["code"] != 0:
        why = (f"timed out after {timeout:.0f} s" if r["timed_out"] else
               _last_line(r["stderr"]) or f"exit status {r['code']}")
        return {"error": why, "wall_s": r["wall_s"]}
    if mode in ("sample", "cprofile"):
        return {"report": r["stdout"], "wall_s": r["wall_s"]}
    res = json.loads(r["stdout"].strip().splitlines()[-1])
    res["child_wall_s"] = r["wall_s"]
    res["other_cores"] = r["other_cores"]
    return res


def _last_line(text: str) -> str:
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    return lines[-1][:200] if lines else ""


def end_to_end(ds: generate.Dataset, work: Path, repeats: int, timeout: float, mem_gb: float
               ) -> dict[str, Any]:
    """`python -m reconcile run ... --quiet` from interpreter start; best of `repeats`."""
    work.mkdir(parents=True, exist_ok=True)
    args = [sys.executable, "-m", "reconcile", "run", str(ds.hmicfrs), str(ds.force),
            "--out", str(work / "cli.xlsx"), "--csv", str(work / "cli.csv"), "--quiet"]
    best: dict[str, Any] | None = None
    for _ in range(repeats):
        r = run_timed(args, timeout, mem_gb, cwd=work)
        if r["code"] != 0:
            why = (f"timed out after {timeout:.0f} s" if r["timed_out"] else
                   _last_line(r["stderr"]) or f"exit status {r['code']}")
            return {"error": why}
        if best is None or r["wall_s"] < best["wall_s"]:
            best = r
    assert best is not None
    return {"wall_s": best["wall_s"], "peak_rss": best["peak_rss"], "repeats": repeats,
            "other_cores": best["other_cores"], "cpu_s": best["cpu_s"]}


def best_of(args: list[str], n: int) -> float:
    walls = []
    for _ in range(n):
        t = time.perf_counter()
        subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
                       cwd=ROOT)
        walls.append(time.perf_counter() - t)
    return min(walls)


def startup_figures(ds: generate.Dataset | None, work: Path) -> dict[str, Any]:
    """`reconcile --help`, a bare interpreter, the import of reconcile.pipeline, and what a
    whole CLI run on the smallest inputs imports (`python -X importtime`)."""
    script = Path(sys.executable).parent / "reconcile"
    help_args = [str(script), "--help"] if script.exists() else [sys.executable, "-m",
                                                                   "reconcile", "--help"]
    res: dict[str, Any] = {"help_s": best_of(help_args, 5),
                           "help_command": " ".join(Path(a).name for a in help_args),
                           "python_start_s": best_of([sys.executable, "-c", "pass"], 5)}
    code = ("import time; t = time.perf_counter(); import reconcile.pipeline; "
            "print(time.perf_counter() - t)")
    walls = []
    for _ in range(3):
        r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           cwd=ROOT, check=False)
        if r.returncode != 0:
            res["import_error"] = _last_line(r.stderr)
            break
        walls.append(float(r.stdout.strip().splitlines()[-1]))
    res["import_pipeline_s"] = min(walls) if walls else None
    if ds is not None:
        work.mkdir(parents=True, exist_ok=True)
        args = ["-m", "reconcile", "run", str(ds.hmicfrs), str(ds.force), "--out",
                str(work / "importtime.xlsx"), "--csv", str(work / "importtime.csv"), "--quiet"]
        res["import_measured_on"] = f"a CLI run on {ds.n_h}x{ds.n_f}"
    else:
        args = ["-c", "import reconcile.pipeline"]
        res["import_measured_on"] = "import reconcile.pipeline"
    r = subprocess.run([sys.executable, "-X", "importtime", *args], capture_output=True,
                       text=True, cwd=work if ds is not None else ROOT, check=False)
    res["import_total_s"], res["import_top"] = _import_top(r.stderr)
    return res


def _import_top(text: str, n: int = 10) -> tuple[float, list[tuple[str, float]]]:
    """Total import time and the heaviest packages in `python -X importtime` output
    (cumulative seconds, wherever in the run they were first imported)."""
    best: dict[str, float] = {}
    total = 0.0
    for line in text.splitlines():
        m = re.match(r"import time:\s+\d+ \|\s+(\d+) \|( *)(\S+)", line)
        if not m:
            continue
        seconds, name = int(m.group(1)) / 1e6, m.group(3)
        if len(m.group(2)) == 1:
            total += seconds
        if "." in name or name.startswith("_") or name in ("reconcile", "site", "encodings"):
            continue
        best[name] = max(best.get(name, 0.0), seconds)
    return total, sorted(best.items(), key=lambda kv: -kv[1])[:n]


def machine() -> dict[str, Any]:
    mem = 0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem = int(line.split()[1]) * 1024
    except OSError:
        pass
    versions = {}
    from importlib.metadata import PackageNotFoundError, version
    for pkg in ("pandas", "numpy", "openpyxl", "rapidfuzz", "scipy", "lap", "pandera", "click",
                "python-calamine"):
        try:
            versions[pkg] = version(pkg)
        except PackageNotFoundError:
            versions[pkg] = None
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True, cwd=ROOT, check=False).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                           capture_output=True, text=True, cwd=ROOT, check=False).stdout.strip()
    return {"cores": os.cpu_count(), "cores_usable": len(os.sched_getaffinity(0)),
            "ram_bytes": mem, "python": platform.python_version(),
            "platform": platform.platform(), "packages": versions,
            "git": commit + ("+uncommitted" if dirty else ""),
            "bytecode": "reconcile byte-compiled before timing, as pip install leaves it"
                        + ("; PYTHONDONTWRITEBYTECODE is set here"
                           if os.environ.get("PYTHONDONTWRITEBYTECODE") else "")}


def measure_size(n_h: int, n_f: int, args: argparse.Namespace, all_pairs: bool,
                 log) -> dict[str, Any]:
    label = f"{n_h}x{n_f}"
    res: dict[str, Any] = {"size": label, "n_h": n_h, "n_f": n_f}
    t = time.perf_counter()
    ds = generate.ensure(n_h, n_f, args.seed, args.out)
    res["generate_s"] = ds.generate_s
    res["inputs"] = {"hmicfrs": str(ds.hmicfrs), "force": str(ds.force), "truth": str(ds.truth),
                     "bytes": ds.hmicfrs.stat().st_size + ds.force.stat().st_size,
                     "forces": ds.forces}
    log(f"[{label}] inputs {'generated' if ds.generate_s else 'cached'} "
        f"({time.perf_counter() - t:.1f} s, {ds.forces} force(s))")
    work = args.out / "runs" / label
    shutil.rmtree(work, ignore_errors=True)

    log(f"[{label}] floor: read both inputs, write an equally large workbook ...")
    res["floor"] = run_child("floor", ds, work / "floor", args.timeout, args.mem_limit_gb)

    guarded = all_pairs and n_h * n_f * 3 * 4 > GUARD_BYTES and not args.no_guard
    if guarded:
        gb = n_h * n_f * 3 * 4 / 1024**3
        msg = (f"skipped: all-pairs matcher ({n_h} x {n_f} x 3 float32 matrices = {gb:.0f} GB; "
               "runs once a smaller size scores far fewer pairs, or with --no-guard)")
        log(f"[{label}] {msg}")
        res["skipped"] = msg
        return res

    repeats = 1
    log(f"[{label}] pipeline stage by stage (library) ...")
    pipe = run_child("pipeline", ds, work / "pipeline", args.timeout, args.mem_limit_gb)
    if "error" not in pipe and pipe["total_s"] < 5:
        repeats = 3
        for _ in range(2):  # small sizes: best of three, timings are noisy at this scale
            again = run_child("pipeline", ds, work / "pipeline", args.timeout, args.mem_limit_gb)
            if "error" not in again and again["total_s"] < pipe["total_s"]:
                pipe = again
    res["pipeline"] = pipe
    if "error" in pipe:
        log(f"[{label}] pipeline failed: {pipe['error']}")
    else:
        csv_path = work / "pipeline" / "reconciliation.csv"
        try:
            res["accuracy"] = accuracy.score(csv_path, ds.truth)
        except (OSError, KeyError, ValueError) as exc:
            res["accuracy"] = {"error": f"{exc.__class__.__name__}: {exc}"}
        log(f"[{label}] pipeline {pipe['total_s']:.2f} s in process")

    log(f"[{label}] end to end: python -m reconcile run ... --quiet (best of {repeats}) ...")
    res["cli"] = end_to_end(ds, work / "cli", repeats, args.timeout, args.mem_limit_gb)
    if "error" in res["cli"]:
        log(f"[{label}] CLI failed: {res['cli']['error']}")
    else:
        log(f"[{label}] end to end {res['cli']['wall_s']:.2f} s")
    res["other_cores"] = max((res.get(k) or {}).get("other_cores", 0.0)
                             for k in ("floor", "pipeline", "cli"))
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="300,3000,30000",
                    help="comma-separated: 300 (=300x400), 3000, 30000 or NxM (default: %(default)s)")
    ap.add_argument("--seed", type=int, default=generate.DEFAULT_SEED)
    ap.add_argument("--out", type=Path, default=generate.OUT, help="default: %(default)s")
    ap.add_argument("--timeout", type=float, default=900, help="seconds per child process")
    ap.add_argument("--mem-limit-gb", type=float, default=8.0,
                    help="address-space limit per child process (default: %(default)s)")
    ap.add_argument("--no-guard", action="store_true",
                    help="run every size even while the matcher scores all pairs")
    ap.add_argument("--profile", metavar="SIZE",
                    help="profile the pipeline at one size, stage by stage, instead")
    ap.add_argument("--cprofile", action="store_true",
                    help="with --profile: cProfile (call counts, .prof files) instead of sampling")
    ap.add_argument("--child", nargs=4, metavar=("MODE", "HMICFRS", "FORCE", "WORKDIR"),
                    help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.child:
        mode, h, f, work = args.child
        if mode in ("sample", "cprofile"):
            result: Any = children.child_profile(Path(h), Path(f), Path(work), how=mode)
        else:
            fn = {"pipeline": children.child_pipeline, "floor": children.child_floor}[mode]
            result = fn(Path(h), Path(f), Path(work))
        print(result if isinstance(result, str) else json.dumps(result))
        return 0

    def log(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    args.out.mkdir(parents=True, exist_ok=True)
    if args.profile:
        n_h, n_f = generate.parse_size(args.profile)
        ds = generate.ensure(n_h, n_f, args.seed, args.out)
        work = args.out / "profile" / f"{n_h}x{n_f}"
        shutil.rmtree(work, ignore_errors=True)
        how = "cprofile" if args.cprofile else "sample"
        log(f"profiling {n_h}x{n_f} ({how}) ...")
        r = run_child(how, ds, work, args.timeout, args.mem_limit_gb)
        profile = r.get("report") or f"failed: {r.get('error')}"
        work.mkdir(parents=True, exist_ok=True)
        (work / "report.txt").write_text(profile, encoding="utf-8")
        print(profile)
        print(f"\n(report{', .prof files and cumulative listings' if args.cprofile else ''} "
              f"in {work})")
        return 0 if "report" in r else 1

    # As `pip install` leaves it: reconcile's modules byte-compiled. (A machine that sets
    # PYTHONDONTWRITEBYTECODE, as this sandbox does, would otherwise compile them again in
    # every timed process: about 0.1 s each, which no installed copy pays.)
    import compileall

    compileall.compile_dir(str(ROOT / "reconcile"), quiet=1)
    sizes = sorted((generate.parse_size(x) for x in args.sizes.split(",")),
                   key=lambda hf: hf[0] * hf[1])
    results: dict[str, Any] = {"when": datetime.now().astimezone().isoformat(timespec="seconds"),
                               "machine": machine(), "seed": args.seed, "sizes": []}
    all_pairs = True  # until a measured size shows the matcher scoring far fewer pairs
    for n_h, n_f in sizes:
        size = measure_size(n_h, n_f, args, all_pairs, log)
        results["sizes"].append(size)
        pairs = (size.get("pipeline") or {}).get("pairs_scored")
        if pairs is not None:
            all_pairs = pairs >= 0.5 * n_h * n_f
    log("startup: reconcile --help, import reconcile.pipeline, imports of a CLI run ...")
    smallest = min(sizes, key=lambda hf: hf[0] * hf[1])
    results["startup"] = startup_figures(
        generate.ensure(*smallest, args.seed, args.out) if smallest[0] * smallest[1] <= 10**6
        else None, args.out / "runs" / "importtime")
    results["targets"] = report.check_targets(results)
    text = report.render(results)
    print(text)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    for name in ("results.json", f"results-{stamp}.json"):
        (args.out / name).write_text(json.dumps(results, indent=2, default=str) + "\n",
                                     encoding="utf-8")
    (args.out / "results.txt").write_text(text + "\n", encoding="utf-8")
    log(f"\nfigures written to {args.out / 'results.json'} (and results-{stamp}.json)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
