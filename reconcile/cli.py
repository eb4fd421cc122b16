"""Command line: argument parsing and error translation only; the work is in the library.

Exit status: 0 success, 2 bad input or usage (one paragraph, no traceback), 1 a bug.
"""

from __future__ import annotations

from pathlib import Path

import click

from . import __version__, terminal
from .errors import ReconcileError


class _Group(click.Group):
    """Turns every ReconcileError into one clear message and exit status 2."""

    def invoke(self, ctx: click.Context):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except ReconcileError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(2)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="reconcile")
def main() -> None:
    """Reconcile the HMICFRS definitive list with a force's recommendations tracker.

    \b
    reconcile run HMICFRS_FILE FORCE_FILE --out OUT.xlsx   your own files
    reconcile demo                                          the bundled sample
    reconcile inspect FILE                                  what the tool reads in a file
    reconcile returns SENT.xlsx RETURNED...                 who has not returned decisions
    """


def _run(hmicfrs: str, force: str, out: str, csv: str | None, config: str | None,
         quiet: bool, decisions: tuple[str, ...] = (), split_by: str | None = None,
         previous: str | None = None, paper: dict | None = None,
         csv_encoding: str = "utf-8-sig", verbose: int = 0) -> None:
    from .decisions import decision_warnings
    from .pipeline import reconcile
    from .write import write_outputs

    terminal.start_logging(verbose)
    terminal.ask_passwords([("hmicfrs", hmicfrs), ("force", force), *((None, d) for d in decisions),
                    *([(None, previous)] if previous else [])])
    with terminal.progress_bar(quiet or bool(verbose)) as bar:   # log lines and a bar do not mix
        progress = terminal.logged(bar)
        rec = reconcile(hmicfrs, force, config=config, decisions=decisions,
                        previous=previous or None, progress=progress)
        progress("writing")
        written = write_outputs(rec, out, csv, split_by=split_by, csv_encoding=csv_encoding)
        if paper:
            written.append(_write_paper(rec, paper))
        progress("done")
    terminal.log_result(rec, written)
    for line in decision_warnings(rec):   # said even with --quiet: a decision not applied
        click.echo(f"WARNING: {line}", err=True)
    if not quiet:
        click.echo(rec.summary())
        if decisions:
            from .decisions import stale_count

            click.echo(f"Decisions read: {len(rec.decisions)}, of which "
                       f"{stale_count(rec.decisions)} stale (decide again; see the Decision log).")
        if rec.changes is not None:
            click.echo(rec.changes.paragraph)
        tie = rec.tie_out()
        if not bool(tie["ties out"].all()):  # pragma: no cover - would be a bug
            click.echo("WARNING: rows in and out do not tie out; see the Run info sheet.", err=True)
        for p in written:
            click.echo(f"Wrote {p}")


@main.command()
@click.argument("hmicfrs_file", type=click.Path(dir_okay=True, path_type=str))
@click.argument("force_file", type=click.Path(dir_okay=True, path_type=str))
@click.option("--out", "-o", required=True, metavar="OUT.xlsx",
              help="The sign-off workbook to write.")
@click.option("--csv", "csv_path", metavar="OUT.csv", help="Also write the flat CSV here.")
@click.option("--csv-encoding", type=click.Choice(["utf-8-sig", "utf-8"]), default="utf-8-sig",
              show_default=True, help="utf-8-sig starts the CSV with a byte-order mark so Excel "
              "shows accents and curly quotes right; utf-8 leaves it off.")
@click.option("--config", "-c", metavar="FILE.toml",
              help="Column names and status words the tool cannot guess.")
@click.option("--decisions", "-d", "decisions", multiple=True, metavar="RETURNED.xlsx",
              help="A workbook the sign-off leads returned: their decisions are honoured and "
                   "carried forward. Repeat for one workbook per lead.")
@click.option("--split-by", type=click.Choice(["owner"]), default=None,
              help="Also write one workbook per owner beside OUT.xlsx.")
@click.option("--previous", "-p", metavar="PREVIOUS.xlsx|.csv",
              help="The workbook or CSV of the previous run: adds a 'Changes since last run' "
                   "sheet.")
@click.option("--paper", metavar="PAPER.docx",
              help="Also draft the committee's 'HMICFRS update' paper here (Word).")
@click.option("--meeting", metavar="YYYY-MM-DD", help="With --paper: the meeting's date.")
@click.option("--since", metavar="YYYY-MM-DD",
              help="With --paper: the last meeting's date; reports published after it are new "
                   "(default: the date of the --previous run).")
@click.option("--template", metavar="LETTERHEAD.docx",
              help="With --paper: a Word document (the force's letterhead) to start from.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing on success.")
@click.option("--verbose", "-v", count=True,
              help="Say on stderr what it is doing: each stage and its time, rows in and out "
                   "(-vv: each stage's own time too).")
def run(hmicfrs_file: str, force_file: str, out: str, csv_path: str | None, csv_encoding: str,
        config: str | None, decisions: tuple[str, ...], split_by: str | None,
        previous: str | None, quiet: bool, verbose: int, paper: str | None = None,
        meeting: str | None = None, since: str | None = None,
        template: str | None = None) -> None:
    """Reconcile HMICFRS_FILE (the definitive list) with FORCE_FILE (the tracker).

    Both may be .xlsx, .xlsm or .csv. The inputs are never changed; the outputs are written
    whole or not at all. A password-protected workbook is opened in memory with the password
    typed at the prompt, or in RECONCILE_PASSWORD (RECONCILE_PASSWORD_HMICFRS and
    RECONCILE_PASSWORD_FORCE when they differ).
    """
    from .write.files import check_workbook_name

    check_workbook_name(out)   # before any work: a long run must not fail at the last step
    _run(hmicfrs_file, force_file, out, csv_path, config, quiet, decisions, split_by, previous,
         _paper_options(paper, meeting, since, template), csv_encoding, verbose)


def _paper_options(paper: str | None, meeting: str | None, since: str | None,
                   template: str | None) -> dict | None:
    """The paper's options, checked before the run so that a typo costs no waiting."""
    if paper is None:
        if meeting or since or template:
            raise ReconcileError("--meeting, --since and --template describe the committee paper: "
                                 "add --paper hmicfrs-update.docx, or leave them out.")
        return None
    from .paper import check_paper_path, parse_date

    check_paper_path(paper, template)
    return {"path": paper, "meeting": parse_date(meeting, "--meeting"),
            "since": parse_date(since, "--since"), "template": template}


def _write_paper(rec, options: dict) -> Path:
    from .paper import write_paper

    written = write_paper(rec, options["path"], meeting=options["meeting"],
                          since=options["since"], template=options["template"])
    for note in written.notes:
        click.echo(f"Paper: {note}", err=True)
    return written.path


@main.command()
@click.argument("sent", type=click.Path(dir_okay=False, path_type=str))
@click.argument("returned", nargs=-1, required=True, type=click.Path(path_type=str))
def returns(sent: str, returned: tuple[str, ...]) -> None:
    """Who has returned their decisions: SENT is the workbook sent out, RETURNED the files
    (or a folder of them) that came back. Owners who returned nothing are listed first."""
    from .decisions.returns import report_text, returns_report

    skipped: list[str] = []
    click.echo(report_text(returns_report(sent, returned, skipped)))
    for line in skipped:     # a stray file in the folder: said, the chase list still made
        click.echo(f"Not read as a return: {line}", err=True)


@main.command()
@click.option("--out", "-o", "out_dir", default="reconcile-demo", show_default=True,
              metavar="DIR", help="Folder for the demo workbook and CSV (created if needed).")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing on success.")
def demo(out_dir: str, quiet: bool) -> None:
    """Reconcile the sample HMICFRS list and force tracker shipped with the tool."""
    from . import sample_files

    folder = Path(out_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ReconcileError(f"{folder}: cannot create the folder ({exc.strerror}). "
                             "Choose another with --out.") from exc
    hmicfrs, force = sample_files()
    if not quiet:
        click.echo(f"Sample HMICFRS list:  {hmicfrs}\nSample force tracker: {force}")
    # The sample's paper is dated as the 2017 West Midlands paper it imitates.
    paper = {"path": folder / "hmicfrs-update.docx", "meeting": "2017-11-30",
             "since": "2017-09-28", "template": None}
    _run(hmicfrs, force, str(folder / "reconciliation.xlsx"),
         str(folder / "reconciliation.csv"), None, quiet, paper=paper)
    if not quiet:
        click.echo(f"Open {folder / 'reconciliation.xlsx'} and start with the Summary sheet; "
                   f"the committee paper's draft is {folder / 'hmicfrs-update.docx'}.")


@main.command()
@click.argument("file", type=click.Path(dir_okay=True, path_type=str))
@click.option("--side", type=click.Choice(["hmicfrs", "force"]), default=None,
              help="Read it as the HMICFRS list or the force tracker (default: guess).")
@click.option("--config", "-c", metavar="FILE.toml", help="The config you would run with.")
@click.option("--write-config", metavar="NEW.toml", default=None,
              help="Also write what was found as a commented config to start from (an "
                   "existing file is never replaced).")
def inspect(file: str, side: str | None, config: str | None, write_config: str | None) -> None:
    """Show what the tool reads in FILE: sheets, header row, column mapping, status words."""
    from .config import load_config
    from .load import load_side
    from .survey import describe

    cfg = load_config(config)
    guessed = side is None
    side = side or _guess_side(file)
    terminal.ask_passwords([(side, file)])
    loaded = load_side(file, side, cfg.side(side))
    click.echo(describe(loaded, cfg.side(side)))
    if guessed:
        other = "force" if side == "hmicfrs" else "hmicfrs"
        click.echo(f"\n(Read as the {loaded.label}, guessed from the file name. If it is the "
                   f"other list, add --side {other}.)")
    if write_config:
        _write_config(Path(write_config), loaded, cfg.side(side))


@main.command()
@click.argument("cases", nargs=-1, type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--config", "-c", metavar="FILE.toml", help="Settings to evaluate (e.g. new thresholds).")
@click.option("--generated", is_flag=True,
              help="Score generated cases (train and test seeds) instead of case folders.")
@click.option("--split", type=click.Choice(["train", "test", "both", "fresh"]), default="both",
              show_default=True, help="Which seeds, with --generated. Tune only on train; "
              "'fresh' is seeds 41-1000, for finding new failures (with --cases N).")
@click.option("--cases", "n_cases", type=click.IntRange(min=1), metavar="N",
              help="Only the first N seeds of each split, with --generated.")
@click.option("--workdir", type=click.Path(file_okay=False, path_type=Path),
              help="Where generated cases are kept between runs (default: a temporary folder).")
@click.option("--weights", is_flag=True,
              help="With --generated: what each agreement (report, year, reference, type, text) "
                   "is worth, learnt from the split's labelled pairs (m/u, as in Splink).")
def evaluate(cases: tuple[Path, ...], config: str | None, generated: bool, split: str,
             n_cases: int | None, workdir: Path | None, weights: bool) -> None:
    """Measure pairing and categories on labelled CASES (default: tests/eval/cases).

    Each case is a folder with hmicfrs.*, tracker.* and truth.csv. Prints precision, recall,
    F1 and category accuracy for reconcile and for a naive baseline, then every wrong pair.
    With --generated: cases drawn from the train and test seeds, per case and pooled per
    size band, train and test side by side.
    """
    from .config import load_config

    cfg = load_config(config)
    if generated:
        if cases:
            raise click.UsageError("give case folders or --generated, not both.")
        from .evaluate import evaluate_generated, generated_report

        if weights:
            from .evaluate import learn_weights
            from .weights import report as weights_report

            click.echo(weights_report(learn_weights(split, n_cases, workdir, cfg)))
            return
        click.echo(generated_report(evaluate_generated(split, n_cases, workdir, cfg)))
        return
    from .evaluate import evaluate_case, find_cases, report

    folders = list(cases) or [Path("tests/eval/cases")]
    results = [evaluate_case(c, cfg) for c in find_cases(folders)]
    click.echo(report(results))


@main.group("config")
def config_group() -> None:
    """Start a config from your files, or check one, before a run depends on it."""


@config_group.command("init")
@click.argument("tracker", type=click.Path(dir_okay=False, path_type=str))
@click.argument("hmicfrs_list", required=False, type=click.Path(dir_okay=False, path_type=str))
def config_init(tracker: str, hmicfrs_list: str | None) -> None:
    """Print a commented config for TRACKER (and HMICFRS_LIST): what the tool found, so the
    run is the same with or without it. Save it with: reconcile config init T.xlsx L.xlsx >
    reconcile.toml, check each line, then run with --config reconcile.toml."""
    from .config import Config
    from .load import load_side
    from .starter import config_text

    parts = []
    for path, side in ((hmicfrs_list, "hmicfrs"), (tracker, "force")):
        if path is None:
            continue
        terminal.ask_passwords([(side, path)])
        parts.append(config_text(load_side(path, side, Config().side(side))))
    click.echo("\n".join(parts), nl=False)


@config_group.command("check")
@click.argument("file", type=click.Path(dir_okay=False, path_type=str))
def config_check(file: str) -> None:
    """Check FILE as a config: exit 0 and what it sets, or exit 2 and what to change."""
    from .config import load_config

    cfg = load_config(file)
    said = [f"[{name}.columns] {len(side.columns)} column(s), [{name}.status] "
            f"{sum(len(v) for v in side.status.values())} word(s)"
            for name, side in (("hmicfrs", cfg.hmicfrs), ("force", cfg.force))]
    click.echo(f"{file}: a valid config. " + "; ".join(said) + ".")


def _write_config(path: Path, loaded, settings) -> None:
    from .starter import config_text
    from .write import atomic_path

    if path.exists():
        raise ReconcileError(f"{path}: already exists and was not replaced (it may hold your "
                             "edits). Give another name to --write-config, or delete it first.")
    with atomic_path(path) as tmp:
        tmp.write_text(config_text(loaded, settings), encoding="utf-8")
    click.echo(f"\nWrote {path}: check it, then run with --config {path}")


def _guess_side(file: str) -> str:
    name = Path(file).name.lower()
    return "hmicfrs" if ("hmic" in name and "tracker" not in name) or "definitive" in name else "force"


def entry() -> None:
    """The `reconcile` command (and `python -m reconcile`).

    The interpreter then ends as usual (atexit handlers, open files flushed): leaving with
    `os._exit` saved about 0.15 s of teardown, too little to skip them for.
    """
    main()


if __name__ == "__main__":  # pragma: no cover
    entry()
