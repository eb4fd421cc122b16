"""The evaluation command: figures computed against a truth file a person wrote."""

from __future__ import annotations

import shutil

from builders import CONTROL_ROOM, DIGITAL, FORCE_HEADER, MSHT_INTEL, MSHT_NRM, hmicfrs_rows, write_xlsx
from click.testing import CliRunner

from reconcile import Config, MatchSettings, sample_files
from reconcile.cli import main
from reconcile.evaluate import evaluate_case, threshold_curve


def make_case(folder, truth_lines):
    folder.mkdir()
    write_xlsx(folder / "hmicfrs.xlsx", {"Definitive list": hmicfrs_rows([
        (1, "Stolen freedom", None, "Recommendation", MSHT_INTEL, "Being progressed"),
        (2, "Stolen freedom", None, "Recommendation", MSHT_NRM, "Complete"),
        (3, "PEEL: Police efficiency 2017", None, "Recommendation", DIGITAL, "Awaiting review")])})
    write_xlsx(folder / "tracker.xlsx", {"Tracker": [
        ["Tracker"], FORCE_HEADER, ["Stolen freedom"],
        [1, None, MSHT_INTEL, None, "DCI Patel", "GREEN", None],
        [2, None, MSHT_NRM, None, "DCI Patel", "Amber", None],
        ["PEEL efficiency 2017"], [1, None, CONTROL_ROOM, None, "Head of Contact", "Red", None]]})
    (folder / "truth.csv").write_text("hmicfrs_row,force_row,category,why\n" + "\n".join(
        truth_lines) + "\n", encoding="utf-8")
    return folder


def test_figures_when_the_tool_agrees_with_the_person(tmp_path):
    case = make_case(tmp_path / "agree", [
        "Definitive list!5,Tracker!4,closeable_submit,", "Definitive list!6,Tracker!5,closeable_local,",
        "Definitive list!7,,missing_from_force,", ",Tracker!7,not_on_hmicfrs_list,"])
    ours, base = evaluate_case(case)
    assert (ours.precision, ours.recall, ours.f1, ours.category_accuracy) == (1, 1, 1, 1)
    assert ours.accepted_wrong == () and ours.missed == ()
    assert base.method == "baseline" and base.truth_pairs == 2


def test_a_wrong_truth_shows_as_missed_and_wrong_pairs(tmp_path):
    """The person says row 5 goes with the control-room row: the tool's pair is then wrong."""
    case = make_case(tmp_path / "disagree", [
        "Definitive list!5,Tracker!7,in_sync,", ",Tracker!4,not_on_hmicfrs_list,",
        "Definitive list!6,Tracker!5,closeable_local,", "Definitive list!7,,missing_from_force,"])
    ours, _ = evaluate_case(case)
    assert ours.missed == (("Definitive list!5", "Tracker!7"),)
    assert ours.accepted_wrong == (("Definitive list!5", "Tracker!4"),)
    assert ours.precision == 0.5 and ours.recall == 0.5
    assert ours.category_accuracy == 0.5


def test_evaluate_command_on_the_bundled_sample(tmp_path):
    case = tmp_path / "sample"
    case.mkdir()
    h, f = sample_files()
    shutil.copy(h, case / "hmicfrs.xlsx")
    shutil.copy(f, case / "tracker.xlsx")
    shutil.copy(__import__("pathlib").Path(__file__).parent / "data" / "sample_expected.csv",
                case / "truth.csv")
    result = CliRunner().invoke(main, ["evaluate", str(case)])
    assert result.exit_code == 0, result.output
    ours = next(line for line in result.output.splitlines() if line.startswith("sample")
                and "reconcile" in line)
    assert ours.split()[3:7] == ["1.000", "1.000", "1.000", "1.000"]
    assert "baseline" in result.output and "confusion" in result.output


def test_evaluate_says_what_a_case_is_when_none_is_found(tmp_path):
    result = CliRunner().invoke(main, ["evaluate", str(tmp_path)])
    assert result.exit_code == 2 and "a case is a folder with hmicfrs.*" in result.output


def test_threshold_curve_shows_what_a_threshold_costs(tmp_path):
    case = make_case(tmp_path / "curve", [
        "Definitive list!5,Tracker!4,closeable_submit,", "Definitive list!6,Tracker!5,closeable_local,",
        "Definitive list!7,,missing_from_force,", ",Tracker!7,not_on_hmicfrs_list,"])
    # With unrivalled pairs no longer accepted on their own, an accept threshold above every
    # score (a total may pass 100 with the report bonus) leaves nothing accepted.
    strict = Config(match=MatchSettings(clear_margin=101))
    curve = threshold_curve([case], [80, 120], config=strict).set_index("accept")
    assert (curve.loc[80, "precision"], curve.loc[80, "recall"]) == (1.0, 1.0)
    assert curve.loc[120, "recall"] == 0.0 and curve.loc[120, "wrong_accepted"] == 0


def test_threshold_curve_moves_a_whole_number_setting_as_a_whole_number(tmp_path):
    """`place_steps` counts rounds: a curve over it must not hand the matcher 3.0 (range()
    refuses a float), and each value must give its own line."""
    case = make_case(tmp_path / "span", [
        "Definitive list!5,Tracker!4,closeable_submit,", "Definitive list!6,Tracker!5,closeable_local,",
        "Definitive list!7,,missing_from_force,", ",Tracker!7,not_on_hmicfrs_list,"])
    curve = threshold_curve([case], [1, 3], setting="place_steps")
    assert curve["place_steps"].tolist() == [1, 3]
    assert (curve["precision"] == 1.0).all()
