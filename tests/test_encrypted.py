"""Password-protected trackers: opened in memory with the password, which is kept nowhere."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from builders import FORCE_HEADER, MSHT_INTEL, MSHT_NRM, SF
from click.testing import CliRunner
from msoffcrypto.format.ooxml import OOXMLFile

from reconcile import terminal
from reconcile.cli import main
from reconcile.load import load_side
from reconcile.load.encrypted import PASSWORD_VAR, SIDE_VARS, Decrypted, is_protected

PASSWORD = "Bluebell-Ward-2024"   # long and distinctive, so finding it anywhere means a leak


@pytest.fixture(autouse=True)
def no_password_set(monkeypatch):
    """No password from the machine running the tests; and whatever a test sets is undone."""
    for var in (PASSWORD_VAR, *SIDE_VARS.values()):
        monkeypatch.delenv(var, raising=False)


def protect(path: Path, password: str = PASSWORD) -> Path:
    """The workbook at `path` saved with a password, as Excel's 'Encrypt with Password' does."""
    out = path.with_name(f"protected-{path.name}")
    with path.open("rb") as plain, out.open("wb") as fh:
        OOXMLFile(plain).encrypt(password, fh)
    return out


@pytest.fixture
def files(pair_files):
    """An HMICFRS list and a tracker (protected) whose two items are done and in progress."""
    h, f = pair_files(
        [(1, SF, None, "Recommendation", MSHT_INTEL, "Being progressed"),
         (2, SF, None, "Recommendation", MSHT_NRM, "Complete")],
        [["WMP tracker"], [], FORCE_HEADER, [SF],
         [1, None, MSHT_INTEL, None, "DCI Patel", "GREEN", None],
         [2, None, MSHT_NRM, None, "DCI Patel", "Amber", None]])
    return h, f, protect(f)


def invoke(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input)


def everything_written(folder: Path) -> str:
    """The text of every file in `folder`, workbook parts unzipped: where a leak would show."""
    texts = []
    for p in folder.iterdir():
        if p.suffix == ".xlsx":
            with zipfile.ZipFile(p) as zf:
                texts += [zf.read(n).decode("utf-8", "replace") for n in zf.namelist()]
        else:
            texts.append(p.read_bytes().decode("utf-8", "replace"))
    return "\n".join(texts)


def test_a_protected_tracker_reconciles_as_the_plain_one_with_the_password_set(
        files, tmp_path, monkeypatch):
    h, plain, protected = files
    assert is_protected(protected) and not is_protected(plain)
    monkeypatch.setenv(PASSWORD_VAR, PASSWORD)
    out = tmp_path / "out"
    out.mkdir()
    got = invoke("run", h, protected, "--out", out / "r.xlsx", "--csv", out / "r.csv")
    assert got.exit_code == 0, got.output
    want = invoke("run", h, plain, "--out", tmp_path / "plain.xlsx", "--csv", tmp_path / "plain.csv")
    with (out / "r.csv").open(encoding="utf-8-sig") as a, (tmp_path / "plain.csv").open(
            encoding="utf-8-sig") as b:
        rows, plain_rows = list(csv.DictReader(a)), list(csv.DictReader(b))
    assert [r["category"] for r in rows] == [r["category"] for r in plain_rows]
    assert sorted(r["category"] for r in rows) == ["closeable_local", "closeable_submit"]
    def counts(output: str) -> list[str]:
        return [line for line in output.splitlines() if not line.startswith("Wrote ")]

    assert counts(got.output.replace(str(protected), str(plain))) == counts(want.output)
    book = openpyxl.load_workbook(out / "r.xlsx", read_only=True)
    values = [str(v) for row in book["Run info"].iter_rows(values_only=True) for v in row if v]
    book.close()
    assert "opened with a password, in memory" in values
    assert PASSWORD not in everything_written(out) + got.output
    assert sorted(p.name for p in out.iterdir()) == ["r.csv", "r.xlsx"]   # no plain copy


def test_a_wrong_password_is_exit_2_naming_the_file_and_the_fix(files, tmp_path, monkeypatch):
    h, _, protected = files
    monkeypatch.setenv(PASSWORD_VAR, "bluebell-ward-2024")   # wrong case
    got = invoke("run", h, protected, "--out", tmp_path / "r.xlsx")
    assert got.exit_code == 2
    assert f"{protected}: the password in {PASSWORD_VAR}" in got.output
    assert "does not open this file" in got.output and "case-sensitive" in got.output
    assert "bluebell-ward-2024" not in got.output
    assert not (tmp_path / "r.xlsx").exists()


def test_no_password_off_a_terminal_says_which_variable_to_set(files, tmp_path):
    h, _, protected = files
    got = invoke("run", h, protected, "--out", tmp_path / "r.xlsx")
    assert got.exit_code == 2
    assert f"{protected}: is password-protected" in got.output
    assert f"set {PASSWORD_VAR}=" in got.output and "no unprotected copy is written" in got.output


def test_at_a_terminal_the_password_is_asked_and_not_echoed(files, tmp_path, monkeypatch):
    h, _, protected = files
    monkeypatch.setattr(terminal, "interactive", lambda: True)
    out = tmp_path / "out"
    out.mkdir()
    got = invoke("run", h, protected, "--out", out / "r.xlsx", input=PASSWORD + "\n")
    assert got.exit_code == 0, got.output
    assert f"Password for {protected}" in got.output
    assert PASSWORD not in got.output + everything_written(out)


def test_each_list_may_have_its_own_password(files, tmp_path, monkeypatch):
    h, _, protected = files
    h_protected = protect(h, "Another-Pass-99")
    monkeypatch.setenv(SIDE_VARS["hmicfrs"], "Another-Pass-99")
    monkeypatch.setenv(SIDE_VARS["force"], PASSWORD)
    got = invoke("run", h_protected, protected, "--out", tmp_path / "r.xlsx")
    assert got.exit_code == 0, got.output
    assert "closeable_submit        1" in got.output


def test_the_decrypted_workbook_cannot_be_opened_as_a_file(files, monkeypatch):
    """It stands in for the path in the readers but is not path-like: nothing writes it out."""
    _, _, protected = files
    monkeypatch.setenv(PASSWORD_VAR, PASSWORD)
    from reconcile.load.encrypted import decrypt

    book = decrypt(protected, "force")
    assert isinstance(book, Decrypted) and str(book) == str(protected)
    with pytest.raises(TypeError):
        open(book)  # noqa: SIM115 - the point is that it cannot be opened
    assert zipfile.is_zipfile(io.BytesIO(book.open().read()))
    loaded = load_side(protected, "force")
    assert loaded.encrypted and loaded.format == "xlsx" and len(loaded.items) == 2


def test_a_damaged_protected_file_is_exit_2_not_a_traceback(tmp_path, monkeypatch):
    """The corpus's 'password-protected' file has an EncryptionInfo stream that is not XML."""
    damaged = Path(__file__).parent / "corpus" / "files" / "password_protected.xlsx"
    monkeypatch.setenv(PASSWORD_VAR, PASSWORD)
    got = invoke("inspect", damaged, "--side", "force")
    assert got.exit_code == 2
    assert f"{damaged}: is marked password-protected but its encryption cannot be read" in got.output


def test_the_password_reaches_the_second_process_a_long_list_is_read_in(files, monkeypatch):
    """A long tracker is read beside the list in a second process: it inherits the variable."""
    import reconcile.pipeline as pipeline
    from reconcile import reconcile_files

    h, plain, protected = files
    monkeypatch.setattr(pipeline, "SIDE_BY_SIDE_BYTES", 0)
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    assert pipeline._side_by_side(h, protected)
    monkeypatch.setenv(PASSWORD_VAR, PASSWORD)
    rec = reconcile_files(h, protected)
    assert rec.force.encrypted
    assert rec.counts() == reconcile_files(h, plain).counts()


def test_a_protected_previous_workbook_is_read_with_the_password(files, tmp_path, monkeypatch):
    """--previous and --decisions read through the same loader, with RECONCILE_PASSWORD."""
    from reconcile.changes import read_previous

    h, plain, _ = files
    assert invoke("run", h, plain, "--out", tmp_path / "october.xlsx").exit_code == 0
    locked = protect(tmp_path / "october.xlsx")
    monkeypatch.setenv(PASSWORD_VAR, PASSWORD)
    assert read_previous(locked).items.equals(read_previous(tmp_path / "october.xlsx").items)
