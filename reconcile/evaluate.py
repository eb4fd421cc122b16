"""Measure the matcher on labelled cases: pair precision / recall / F1, category accuracy.

A case is a folder holding `hmicfrs.*` (the list), `tracker.*` (the force side) and
`truth.csv` (columns hmicfrs_row, force_row, category: what a careful person decided, one
line per reconciliation item). The same figures are computed for a naive baseline — rapidfuzz
``extractOne`` with WRatio ≥ 85 over the raw texts, what an analyst would try first — so a
change to the matcher can be judged against something.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from .config import Config
from .diff import categorise
from .errors import InputError
from .match import PAIR_COLUMNS, Scores
from .pipeline import Reconciliation, reconcile_files, reconcile_loaded
from .vocab import CATEGORIES

Pair = tuple[str, str]


@dataclass(frozen=True)
class CaseResult:
    """How one method did on one case."""

    case: str
    method: str
    truth_pairs: int
    proposed_pairs: int          # accepted + review
    correct_pairs: int
    accepted_right: int                # true pairs the method accepted without review
    accepted_wrong: tuple[Pair, ...]   # wrong pairs the method accepted without review
    review_wrong: tuple[Pair, ...]     # wrong pairs it sent to review
    missed: tuple[Pair, ...]           # true pairs it did not propose
    lines: int
    lines_right: int
    confusion: pd.DataFrame            # truth category × predicted category
    #: rows output as items that the truth holds no item (a heading, a key, a note read as
    #: one): lines in the workbook the categories above do not count
    not_items: tuple[str, ...] = ()

    @property
    def precision(self) -> float:
        return self.correct_pairs / self.proposed_pairs if self.proposed_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.correct_pairs / self.truth_pairs if self.truth_pairs else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def category_accuracy(self) -> float:
        return self.lines_right / self.lines if self.lines else 1.0


def find_cases(paths: list[Path]) -> list[Path]:
    """Case folders: the paths themselves, or their sub-folders that hold a truth.csv."""
    cases = []
    for p in paths:
        if (p / "truth.csv").exists():
            cases.append(p)
        elif p.is_dir():
            cases += sorted(d for d in p.iterdir() if (d / "truth.csv").exists())
    if not cases:
        raise InputError(f"{', '.join(map(str, paths))}: no evaluation case found (a case is a "
                         "folder with hmicfrs.*, tracker.* and truth.csv).")
    return cases


def _one(case: Path, stem: str) -> Path:
    found = sorted(p for p in case.iterdir() if p.stem == stem and p.suffix != ".md")
    if len(found) != 1:
        raise InputError(f"{case}: expected exactly one file named {stem}.xlsx or {stem}.csv.")
    return found[0]


def read_truth(path: Path) -> pd.DataFrame:
    truth = pd.read_csv(path, dtype=str, keep_default_na=False)
    return truth.replace({"": None})


#: A row named by its cell ('Tracker!K13': a table beside another), as truth files name it.
_CELL_ID = re.compile(r"!([A-Z]{1,3})(\d+)$")


def _by_row(items: pd.DataFrame) -> pd.DataFrame:
    """The items with each row named as a truth file names it: 'Sheet!Row'."""
    def row_of(v: object) -> object:
        return _CELL_ID.sub(r"!\2", v) if isinstance(v, str) else v

    return items.assign(**{c: items[c].map(row_of) for c in ("hmicfrs_row", "force_row")})


def _score(case: str, method: str, truth: pd.DataFrame, items: pd.DataFrame) -> CaseResult:
    items = _by_row(items)

    def pairs(frame: pd.DataFrame) -> set[Pair]:
        both = frame[frame["hmicfrs_row"].notna() & frame["force_row"].notna()]
        return set(zip(both["hmicfrs_row"], both["force_row"], strict=True))

    true_pairs = pairs(truth)
    proposed = pairs(items)
    accepted = pairs(items[items["decision"] != "review"])
    key = ["hmicfrs_row", "force_row"]
    got = items.set_index(key)["category"].to_dict()
    want = truth.set_index(key)["category"].to_dict()
    predicted = [got.get(k, "(not output)") for k in want]
    confusion = pd.crosstab(pd.Series(list(want.values()), name="truth"),
                            pd.Series(predicted, name="predicted"))
    return CaseResult(
        case=case, method=method, truth_pairs=len(true_pairs), proposed_pairs=len(proposed),
        correct_pairs=len(true_pairs & proposed),
        accepted_right=len(true_pairs & accepted),
        accepted_wrong=tuple(sorted(accepted - true_pairs)),
        review_wrong=tuple(sorted((proposed - accepted) - true_pairs)),
        missed=tuple(sorted(true_pairs - proposed)),
        lines=len(want), lines_right=sum(g == w for g, w in zip(predicted, want.values(),
                                                                   strict=True)),
        confusion=confusion, not_items=_not_items(truth, items))


def _not_items(truth: pd.DataFrame, items: pd.DataFrame) -> tuple[str, ...]:
    """Rows the output names, on either side, that the truth holds no item."""
    out: set[str] = set()
    for side in ("hmicfrs_row", "force_row"):
        known = set(truth[side].dropna())
        out |= {r for r in items[side].dropna() if r not in known}
    return tuple(sorted(out))


def baseline_items(rec: Reconciliation) -> pd.DataFrame:
    """What a first attempt gives: each force row's best HMICFRS text by WRatio, kept at ≥ 85."""
    from rapidfuzz import fuzz, process

    from .match.candidates import build_index
    from .match.score import score_pairs

    h, f = rec.h, rec.f
    choices = [str(t) for t in h["text"]]
    hi, fj = [], []
    for j, text in enumerate(f["text"]):
        best = process.extractOne(str(text), choices, scorer=fuzz.WRatio, score_cutoff=85)
        if best is not None:
            hi.append(best[2])
            fj.append(j)
    index = build_index(h["tokens"], f["tokens"])
    feats = score_pairs(h, f, np.array(hi, dtype=np.int64), np.array(fj, dtype=np.int64),
                        index, rec.config.match)
    pairs = pd.DataFrame({
        "h": feats["h"], "f": feats["f"], "decision": "accepted", "method": "baseline",
        "score": feats["total"].clip(upper=100), "text_score": feats["text"],
        "report_score": feats["report"], "margin": None, "runner_up": "", "part": "",
        "score_parts": "",
        "other_report": feats["other_report"], "ref_differs": feats["ref_differs"],
        "contain": feats["contain"], "dice": feats["dice"], "ratio": feats["ratio"],
        "sort": feats["sort"]}, columns=PAIR_COLUMNS)
    return categorise(h, f, pairs, Scores(feats, len(h), len(f)))


def evaluate_case(case: Path, config: Config | None = None) -> tuple[CaseResult, CaseResult]:
    """(ours, baseline) on one case folder."""
    truth = read_truth(case / "truth.csv")
    rec = reconcile_files(_one(case, "hmicfrs"), _one(case, "tracker"), config)
    return (_score(case.name, "reconcile", truth, rec.items),
            _score(case.name, "baseline", truth, baseline_items(rec)))


def report(results: list[tuple[CaseResult, CaseResult]]) -> str:
    """The table, then per case the confusion matrix and every pair it got wrong."""
    lines = [f"{'case':<28} {'method':<10} {'pairs':>5} {'prec':>6} {'recall':>6} {'F1':>6} "
             f"{'cat acc':>7} {'wrong auto':>10} {'wrong rev':>9} {'not items':>9}"]
    for ours, base in results:
        for r in (ours, base):
            lines.append(f"{r.case:<28} {r.method:<10} {r.truth_pairs:>5} {r.precision:>6.3f} "
                         f"{r.recall:>6.3f} {r.f1:>6.3f} {r.category_accuracy:>7.3f} "
                         f"{len(r.accepted_wrong):>10} {len(r.review_wrong):>9} "
                         f"{len(r.not_items):>9}")
    for label, pick in (("reconcile", 0), ("baseline", 1)):
        rs = [pair[pick] for pair in results]
        tp = sum(r.correct_pairs for r in rs)
        prop = sum(r.proposed_pairs for r in rs)
        tru = sum(r.truth_pairs for r in rs)
        p, rc = (tp / prop if prop else 1.0), (tp / tru if tru else 1.0)
        f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
        acc = sum(r.lines_right for r in rs) / max(1, sum(r.lines for r in rs))
        lines.append(f"{'ALL (pooled)':<28} {label:<10} {tru:>5} {p:>6.3f} {rc:>6.3f} {f1:>6.3f} "
                     f"{acc:>7.3f} {sum(len(r.accepted_wrong) for r in rs):>10} "
                     f"{sum(len(r.review_wrong) for r in rs):>9} "
                     f"{sum(len(r.not_items) for r in rs):>9}")
    for ours, _ in results:
        lines += ["", f"== {ours.case}: confusion (rows: truth, columns: reconcile)"]
        order = [c for c in (*CATEGORIES, "(not output)") if c in ours.confusion.columns]
        lines.append(ours.confusion.reindex(columns=order, fill_value=0).to_string())
        for title, pairs in (("wrong pairs accepted", ours.accepted_wrong),
                             ("wrong pairs sent to review", ours.review_wrong),
                             ("true pairs missed", ours.missed)):
            if pairs:
                lines.append(f"{title}:")
                lines += [f"  {a}  <->  {b}" for a, b in pairs]
        if ours.not_items:
            lines.append("rows output as items that the truth holds none: "
                         + ", ".join(ours.not_items[:12])
                         + (f" and {len(ours.not_items) - 12} more" if len(ours.not_items) > 12 else ""))
    return "\n".join(lines)


def threshold_curve(cases: list[Path], thresholds: list[float], setting: str = "accept",
                    config: Config | None = None) -> pd.DataFrame:
    """Pooled precision / recall / F1 of auto-accepted pairs as one threshold moves.

    Each case is loaded once and re-matched per threshold, so an analyst can see what a
    change would cost before making it. `setting` is a [match] key, e.g. "accept" or "margin".
    """
    from dataclasses import replace

    from .load import load_side

    config = config or Config()
    loaded = []
    for case in cases:
        loaded.append((read_truth(case / "truth.csv"),
                       load_side(_one(case, "hmicfrs"), "hmicfrs", config.hmicfrs),
                       load_side(_one(case, "tracker"), "force", config.force)))
    rows = []
    for value in thresholds:
        # An int setting (`place_steps`, `next_steps`) stays an int: range() refuses a float.
        kind = type(getattr(config.match, setting))
        match = replace(config.match, **{setting: kind(value)})
        if match.review > match.accept:
            match = replace(match, review=match.accept)
        cfg = replace(config, match=match)
        tp = fp = truth_n = right = lines = 0
        for truth, h, f in loaded:
            r = _score("", "", truth, reconcile_loaded(h, f, cfg).items)
            tp += r.accepted_right
            fp += len(r.accepted_wrong)
            truth_n += r.truth_pairs
            right += r.lines_right
            lines += r.lines
        p = tp / (tp + fp) if tp + fp else 1.0
        rc = tp / truth_n if truth_n else 1.0
        rows.append({setting: value, "precision": p, "recall": rc,
                     "f1": 2 * p * rc / (p + rc) if p + rc else 0.0,
                     "wrong_accepted": fp, "category_accuracy": right / max(lines, 1)})
    return pd.DataFrame(rows)


# ------------------------------------------------------------ generated cases (issue 13)

#: Size bands of the generated report: (label, most HMICFRS items).
SIZE_BANDS: tuple[tuple[str, float], ...] = (("<=100", 100), ("<=500", 500), (">500", float("inf")))


@dataclass(frozen=True)
class GeneratedResult:
    """How the matcher did on one generated case."""

    split: str
    seed: int
    family: str
    items: int             # HMICFRS items on the list
    result: CaseResult
    review_lines: int      # output lines the matcher left to a person
    output_lines: int
    stopped: str = ""      # the message, when the run refused the input (counts as all wrong)

    @property
    def band(self) -> str:
        return next(label for label, most in SIZE_BANDS if self.items <= most)

    @property
    def review_share(self) -> float:
        return self.review_lines / self.output_lines if self.output_lines else 0.0


def generated_case(seed: int, workdir: Path) -> Path:
    """The case folder for a seed, generated once and cached by seed and generator version."""

    from .casegen import CASEGEN_VERSION, generate_case

    folder = workdir / f"seed{seed}-v{CASEGEN_VERSION}"
    if not (folder / "meta.json").exists():
        generate_case(seed, folder)
    return folder


def _generated_runs(split: str, n: int | None, workdir: Path | None, config: Config | None,
                    seeds: tuple[int, ...] | None = None
                    ) -> Iterator[tuple[str, int, dict, pd.DataFrame, Reconciliation | InputError]]:
    """Each generated case of a split, run: (split, seed, meta, truth, result or refusal)."""
    import json
    import tempfile

    from .casegen import split_seeds

    workdir = Path(workdir) if workdir else Path(tempfile.gettempdir()) / "reconcile-casegen"
    for name in ("train", "test") if split == "both" else (split,):
        for seed in [s for s in split_seeds(name) if seeds is None or s in seeds][:n]:
            folder = generated_case(seed, workdir)
            meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
            try:
                rec: Reconciliation | InputError = reconcile_files(
                    folder / meta["hmicfrs"], folder / meta["tracker"], config)
            except InputError as exc:   # a new user's run stops: nothing is right
                rec = exc
            yield name, seed, meta, read_truth(folder / "truth.csv"), rec


def evaluate_generated(split: str, n: int | None = None, workdir: Path | None = None,
                       config: Config | None = None, seeds: tuple[int, ...] | None = None
                       ) -> list[GeneratedResult]:
    """Generate (or reuse) and score the first `n` cases of a split: train, test or both.

    `seeds`: only these seeds of the split (a CI subset)."""
    out = []
    for name, seed, meta, truth, rec in _generated_runs(split, n, workdir, config, seeds):
        if isinstance(rec, InputError):
            stopped = str(rec)
            items = pd.DataFrame(columns=["hmicfrs_row", "force_row", "category", "decision"])
        else:
            stopped, items = "", rec.items
        out.append(GeneratedResult(name, seed, meta["family"], meta["items"],
                                   _score(f"{name}:{seed}", "reconcile", truth, items),
                                   int((items["category"] == "review").sum()),
                                   max(len(items), len(truth)), stopped))
    return out


def learn_weights(split: str = "train", n: int | None = None, workdir: Path | None = None,
                  config: Config | None = None) -> pd.DataFrame:
    """m / u of every comparison level over a split's generated cases (``weights.learn``).

    Learn on "train" only: weights read off the test seeds would be fitted to them. A case
    whose run stops is left out: it has no candidate pairs to learn from."""
    from .weights import label, learn

    return learn(label(rec, truth) for *_, truth, rec in _generated_runs(split, n, workdir, config)
                 if not isinstance(rec, InputError))


def _pooled(rs: list[GeneratedResult]) -> tuple[float, float, int, float]:
    """(pair F1, category accuracy, wrong pairs accepted, share of lines in review)."""
    tp = sum(g.result.correct_pairs for g in rs)
    prop = sum(g.result.proposed_pairs for g in rs)
    tru = sum(g.result.truth_pairs for g in rs)
    p, rc = (tp / prop if prop else 1.0), (tp / tru if tru else 1.0)
    f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
    acc = sum(g.result.lines_right for g in rs) / max(1, sum(g.result.lines for g in rs))
    review = sum(g.review_lines for g in rs) / max(1, sum(g.output_lines for g in rs))
    return f1, acc, sum(len(g.result.accepted_wrong) for g in rs), review


def pooled_by_band(results: list[GeneratedResult]) -> dict[tuple[str, str], tuple[float, float, int, float]]:
    """(split, band or "all") -> pooled figures."""
    out = {}
    for split in dict.fromkeys(g.split for g in results):
        rs = [g for g in results if g.split == split]
        for band, _ in SIZE_BANDS:
            members = [g for g in rs if g.band == band]
            if members:
                out[split, band] = _pooled(members)
        out[split, "all"] = _pooled(rs)
    return out


def generated_report(results: list[GeneratedResult]) -> str:
    """Per case, then pooled per size band with TRAIN and TEST side by side."""
    lines = [f"{'case':<11} {'family':<11} {'items':>5} {'F1':>6} {'cat acc':>7} "
             f"{'wrong auto':>10} {'review':>7}"]
    for g in results:
        lines.append(f"{g.split + ':' + str(g.seed):<11} {g.family:<11} {g.items:>5} "
                     f"{g.result.f1:>6.3f} {g.result.category_accuracy:>7.3f} "
                     f"{len(g.result.accepted_wrong):>10} {g.review_share:>7.1%}"
                     + ("  STOPPED: " + g.stopped[:90] if g.stopped else ""))
    pooled = pooled_by_band(results)
    splits = list(dict.fromkeys(g.split for g in results))
    head = "".join(f" | {s.upper() + ' F1':>9} {'cat acc':>7} {'wrong':>5} {'review':>6}"
                   for s in splits)
    lines += ["", "Pooled (targets: F1 >= 0.99, category accuracy >= 0.98, no wrong pair "
              "accepted, review <= 3%)", f"{'size band':<9}{head}"]
    for band in [b for b, _ in SIZE_BANDS] + ["all"]:
        cells = ""
        for s in splits:
            f = pooled.get((s, band))
            n = sum(1 for g in results if g.split == s and (band == "all" or g.band == band))
            cells += (f" | {f[0]:>9.3f} {f[1]:>7.3f} {f[2]:>5} {f[3]:>6.1%}" if f
                      else f" | {'-':>9} {'-':>7} {'-':>5} {'-':>6}")
            cells += f" ({n})" if f else "    "
        lines.append(f"{band:<9}{cells}")
    return "\n".join(lines)
