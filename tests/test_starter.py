"""`reconcile inspect FILE --write-config NEW.toml`: a config the strict loader accepts, giving
the same run as none."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from builders import FORCE_HEADER, MSHT_INTEL, MSHT_NRM, SF
from click.testing import CliRunner

from reconcile import reconcile_files
from reconcile.cli import main
from reconcile.config import load_config

CASES = sorted((Path(__file__).parent / "eval" / "cases").iterdir())


def inspect(*args):
    return CliRunner().invoke(main, ["inspect", *map(str, args)])


def one(case: Path, stem: str) -> Path:
    return next(p for p in case.iterdir() if p.stem == stem)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_a_written_config_is_accepted_and_reproduces_the_run(case, tmp_path):
    h, f = one(case, "hmicfrs"), one(case, "tracker")
    for path, side in ((h, "hmicfrs"), (f, "force")):
        got = inspect(path, "--side", side, "--write-config", tmp_path / f"{side}.toml")
        assert got.exit_code == 0, got.output
        assert f"Wrote {tmp_path / f'{side}.toml'}" in got.output
    both = tmp_path / "reconcile.toml"   # the two sections pasted into one file
    both.write_text((tmp_path / "hmicfrs.toml").read_text(encoding="utf-8")
                    + (tmp_path / "force.toml").read_text(encoding="utf-8"), encoding="utf-8")
    cfg = load_config(both)
    assert cfg.force.columns["text"] and cfg.hmicfrs.columns["text"]
    plain, configured = reconcile_files(h, f), reconcile_files(h, f, config=cfg)
    cols = ["category", "hmicfrs_row", "force_row", "score"]
    assert configured.items[cols].equals(plain.items[cols])


@pytest.fixture
def tracker(pair_files):
    _, f = pair_files(
        [(1, SF, None, "Recommendation", MSHT_INTEL, "Being progressed")],
        [["WMP tracker"], [], FORCE_HEADER, [SF],
         [1, None, MSHT_INTEL, None, "DCI Patel", "GREEN", None],
         [2, None, MSHT_NRM, None, "DCI Patel", "With the \"NRM\" lead", None]])
    return f


def test_unknown_status_words_are_left_to_decide_and_headers_quoted(tracker, tmp_path):
    out = tmp_path / "reconcile.toml"
    assert inspect(tracker, "--write-config", out).exit_code == 0
    text = out.read_text(encoding="utf-8")
    raw = tomllib.loads(text)
    assert raw["force"]["columns"]["text"] == FORCE_HEADER[2]     # '&' kept as written
    assert '# done, built in: "GREEN"' in text and raw["force"]["status"] == {}
    assert '# TO DECIDE: "With the \\"NRM\\" lead" (1 rows) is not recognised' in text
    assert load_config(out).force.columns == raw["force"]["columns"]


def test_an_existing_config_is_never_replaced(tracker, tmp_path):
    out = tmp_path / "reconcile.toml"
    out.write_text("[force.columns]\ntext = \"Action\"\n", encoding="utf-8")
    got = inspect(tracker, "--write-config", out)
    assert got.exit_code == 2 and "already exists and was not replaced" in got.output
    assert out.read_text(encoding="utf-8") == "[force.columns]\ntext = \"Action\"\n"


def test_verbose_logs_each_stage_rows_in_and_out_and_words_to_settle(pair_files, tmp_path):
    h, f = pair_files(
        [(1, SF, None, "Recommendation", MSHT_INTEL, "Being progressed"),
         (2, SF, None, "Recommendation", MSHT_NRM, "Complete")],
        [["WMP tracker"], [], FORCE_HEADER, [SF],
         [1, None, MSHT_INTEL, None, "DCI Patel", "GREEN", None],
         [2, None, MSHT_NRM, None, "DCI Patel", "Parked by the board", None]])
    got = CliRunner().invoke(main, ["run", str(h), str(f), "--out", str(tmp_path / "r.xlsx"), "-v"])
    assert got.exit_code == 0, got.output
    lines = got.output.splitlines()
    stages = [line.split(" s  ", 1)[1] for line in lines if " INFO " in line and " s  " in line]
    assert stages[0].startswith("reading the HMICFRS list") and stages[-2:] == ["writing", "done"]
    assert "matching" in stages
    assert any("force tracker, sheet 'Tracker': " in line and "-> 2 items" in line for line in lines)
    assert any(" WARNING " in line and "Parked by the board" in line for line in lines)
    quiet = CliRunner().invoke(main, ["run", str(h), str(f), "--out", str(tmp_path / "q.xlsx")])
    assert not [line for line in quiet.output.splitlines() if " INFO " in line]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_config_init_writes_one_file_that_check_accepts_and_that_reproduces_the_run(case, tmp_path):
    """`reconcile config init TRACKER LIST > reconcile.toml`: both sections in one file."""
    h, f = one(case, "hmicfrs"), one(case, "tracker")
    init = CliRunner().invoke(main, ["config", "init", str(f), str(h)])
    assert init.exit_code == 0, init.output
    cfg_file = tmp_path / "reconcile.toml"
    cfg_file.write_text(init.stdout, encoding="utf-8")
    check = CliRunner().invoke(main, ["config", "check", str(cfg_file)])
    assert check.exit_code == 0, check.output
    assert check.output.startswith(f"{cfg_file}: a valid config.")
    cfg = load_config(cfg_file)
    assert cfg.force.columns["text"] and cfg.hmicfrs.columns["text"]
    cols = ["category", "hmicfrs_row", "force_row", "score"]
    assert reconcile_files(h, f, config=cfg).items[cols].equals(reconcile_files(h, f).items[cols])


def test_config_check_names_what_is_wrong_with_exit_2(tmp_path):
    bad = tmp_path / "reconcile.toml"
    bad.write_text('[force.columns]\ntext = "Recommendation"\nowner = 3\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["config", "check", str(bad)])
    assert result.exit_code == 2
    assert str(bad) in result.output and "owner" in result.output
