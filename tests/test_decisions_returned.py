"""Returned decisions, whatever a lead did to the file (issue 17): the bundled sample is run,
every Decision cell of its workbook is filled as a lead would (43 decisions), the file is
damaged the way people damage it, and the rerun must apply exactly the decisions that
survive, or stop with exit 2 naming the file; never lose, invent or override one silently.
"""

from __future__ import annotations

import csv
import os
import shutil
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reconcile import sample_files
from reconcile.cli import main
from reconcile.decisions import CHOICES
from reconcile.vocab import CATEGORY_TITLES

TITLE_CATEGORY = {t: c for c, t in CATEGORY_TITLES.items()}
DECIDED_SHEETS = [t for c, t in CATEGORY_TITLES.items() if c != "in_sync"]
LEAD = "C/Supt Bell"

#: LibreOffice's user profile for these tests, apart from any the user has open.
PROFILE_DIR = Path(__import__("tempfile").gettempdir()) / "reconcile-tests-libreoffice"


def invoke(*args: object) -> object:
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def sent(tmp_path_factory) -> Path:
    """The bundled sample's run: the workbook sent out, and one per owner beside it."""
    d = tmp_path_factory.mktemp("sent")
    h, f = sample_files()
    result = invoke("run", h, f, "--out", d / "sent.xlsx", "--split-by", "owner", "-q")
    assert result.exit_code == 0, result.output
    return d / "sent.xlsx"


def heads(ws) -> dict[str, int]:
    return {c.value: c.column for c in ws[1] if c.value}


def fill(path: Path, out: Path, word=None, by: str = LEAD, saved_by: str | None = None) -> int:
    """Every Decision cell filled with the sheet's first choice (or `word(sheet, row)`)."""
    wb = openpyxl.load_workbook(path)
    n = 0
    for title in DECIDED_SHEETS:
        ws = wb[title]
        h = heads(ws)
        for r in range(2, ws.max_row + 1):
            choice = word(title, r) if word else CHOICES[TITLE_CATEGORY[title]][0]
            ws.cell(r, h["Decision"]).value = choice
            ws.cell(r, h["Decided by"]).value = by
            n += 1
    if saved_by:
        wb.properties.lastModifiedBy = saved_by
    wb.save(out)
    return n


@pytest.fixture(scope="module")
def filled(sent: Path) -> tuple[Path, int]:
    out = sent.with_name("filled.xlsx")
    return out, fill(sent, out)


def rerun(sent: Path, name: str, *returned: Path, code: int = 0):
    """Run the sample again with the returned files; the result, CSV rows and new workbook."""
    h, f = sample_files()
    out = sent.with_name(f"{name}-rerun.xlsx")
    args = ["run", h, f, "--out", out, "--csv", out.with_suffix(".csv")]
    for p in returned:
        args += ["--decisions", p]
    result = invoke(*args)
    assert result.exit_code == code, result.output
    if code:
        assert not out.exists()
        return result, [], None
    with out.with_suffix(".csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return result, rows, openpyxl.load_workbook(out)


def log_rows(wb) -> list[dict[str, object]]:
    ws = wb["Decision log"]
    names = [c.value for c in ws[1]]
    return [dict(zip(names, (c.value for c in row), strict=True))
            for row in ws.iter_rows(min_row=2)]


def outcomes(wb) -> dict[str, int]:
    out: dict[str, int] = {}
    for row in log_rows(wb):
        label = str(row["What happened"]).split(":")[0]
        out[label] = out.get(label, 0) + 1
    return out


def decisions_on_sheets(wb) -> list[str]:
    """Every value in a Decision column of the new workbook's category sheets."""
    return [ws.cell(r, heads(ws)["Decision"]).value for ws in (wb[t] for t in DECIDED_SHEETS)
            for r in range(2, ws.max_row + 1) if ws.cell(r, heads(ws)["Decision"]).value]


def summary_text(wb) -> str:
    return " ".join(str(c.value) for row in wb["Summary"].iter_rows() for c in row if c.value)


def test_the_untouched_return_applies_all_43(sent, filled):
    path, n = filled
    assert n == 43
    _, _, wb = rerun(sent, "untouched", path)
    assert outcomes(wb) == {"Applied": 43}
    assert "43 applied" in summary_text(wb)


def test_deleted_item_id_column_is_matched_back_on_row_and_text(sent, filled):
    wb = openpyxl.load_workbook(filled[0])
    for title in DECIDED_SHEETS:
        ws = wb[title]
        ws.delete_cols(heads(ws)["Item ID"])
        assert "Item ID" not in heads(ws)
    damaged = sent.with_name("no-ids.xlsx")
    wb.save(damaged)
    _, rows, new = rerun(sent, "no-ids", damaged)
    assert outcomes(new) == {"Applied": 43}
    closing = [r for r in rows if r["category"] == "closeable_submit"]
    assert closing and {r["signoff_decision"] for r in closing} == {"Agree to close"}
    assert {r["signoff_by"] for r in closing} == {LEAD}


def test_a_decision_log_without_its_item_id_column_is_said_not_skipped(sent, filled):
    """The log carries earlier decisions (rejected matches among them) from run to run; with
    its Item ID column deleted it cannot say which item each was about, and the run says so."""
    _, _, second = rerun(sent, "second-run", filled[0])   # its log now holds the 43
    log = second["Decision log"]
    log.delete_cols(heads(log)["Item ID"])
    damaged = sent.with_name("log-without-ids.xlsx")
    second.save(damaged)
    result, _, _ = rerun(sent, "log-without-ids", damaged)
    lines = [ln for ln in result.stderr.splitlines() if "log-without-ids.xlsx" in ln]
    assert any("'Decision log' sheet has no Item ID column, so its 43 earlier decision(s)" in ln
               and ln.rstrip().endswith("decide those items again in the new workbook.")
               for ln in lines), result.stderr


def test_a_second_cycle_return_with_its_decision_log_deleted_is_said(sent, filled):
    """A workbook made with last cycle's returns carries their decisions in its Decision log;
    a lead who deletes that sheet before sending it back takes them out of the next run, and
    the run says so (and still reads what the lead wrote on the sheets)."""
    _, _, second = rerun(sent, "second-cycle", filled[0])   # its log holds the 43
    del second["Decision log"]
    damaged = sent.with_name("log-deleted.xlsx")
    second.save(damaged)
    result, _, _ = rerun(sent, "log-deleted", damaged)
    lines = [ln for ln in result.stderr.splitlines() if "log-deleted.xlsx" in ln]
    assert any("'Decision log' sheet was deleted" in ln and "from 1 returned file(s)" in ln
               and ln.rstrip().endswith("give last cycle's returned files again with "
                                        "--decisions.") for ln in lines), result.stderr


def test_a_first_cycle_workbook_without_its_decision_log_says_nothing_of_it(sent, filled):
    """Nothing was carried into the first cycle's workbook: no log, nothing lost."""
    wb = openpyxl.load_workbook(filled[0])
    del wb["Decision log"]
    plain = sent.with_name("first-no-log.xlsx")
    wb.save(plain)
    result, _, _ = rerun(sent, "first-no-log", plain)
    assert "sheet was deleted" not in result.stderr


def copy_visible(source: Path, out: Path, edit=None) -> None:
    """The visible columns of each sheet pasted into a fresh workbook (no hidden Item ID)."""
    wb = openpyxl.load_workbook(source)
    fresh = openpyxl.Workbook()
    fresh.remove(fresh.active)
    for title in DECIDED_SHEETS:
        ws = wb[title]
        keep = [c for c in range(1, ws.max_column + 1)
                if not ws.column_dimensions[openpyxl.utils.get_column_letter(c)].hidden]
        new = fresh.create_sheet(title)
        for r in range(1, ws.max_row + 1):
            for k, c in enumerate(keep, start=1):
                new.cell(r, k).value = ws.cell(r, c).value
        if edit:
            edit(new)
    fresh.save(out)


def test_values_copied_into_a_fresh_workbook_are_all_applied(sent, filled):
    pasted = sent.with_name("pasted.xlsx")
    copy_visible(filled[0], pasted)
    assert "Item ID" not in heads(openpyxl.load_workbook(pasted)["Review"])
    _, _, new = rerun(sent, "pasted", pasted)
    assert outcomes(new) == {"Applied": 43}


def test_rows_that_cannot_be_matched_back_stop_the_run_naming_file_and_sheet(sent, filled):
    def scramble(ws) -> None:
        if ws.title == "Conflict":
            h = heads(ws)
            ws.cell(2, h["HMICFRS row"]).value = "Definitive list!999"
            ws.cell(2, h["HMICFRS text"]).value = "Review the force's approach to stalking."

    pasted = sent.with_name("pasted-edited.xlsx")
    copy_visible(filled[0], pasted, scramble)
    result, _, _ = rerun(sent, "unsure", pasted, code=2)
    assert str(pasted) in result.output and "sheet 'Conflict'" in result.output
    assert "Item ID column is missing" in result.output and "row 2" in result.output
    assert "Traceback" not in result.output


def save_sheet_as_csv(path: Path, title: str, out: Path) -> int:
    """One sheet saved as CSV, as Excel's Save As does: every column, hidden ones too."""
    ws = openpyxl.load_workbook(path)[title]
    with out.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        for row in ws.iter_rows(values_only=True):
            writer.writerow(["" if v is None else v for v in row])
    return ws.max_row - 1


def test_a_sheet_saved_as_csv_is_read_like_the_sheet(sent, filled):
    out = sent.with_name("returned.csv")          # named after the workbook, not the sheet
    n = save_sheet_as_csv(filled[0], "Closeable - submit", out)
    assert n == 13
    _, rows, new = rerun(sent, "from-csv", out)
    assert outcomes(new) == {"Applied": 13}
    assert sum(r["signoff_decision"] == "Agree to close" for r in rows
               if r["category"] == "closeable_submit") == 13


def flat_csv(sent: Path, name: str) -> tuple[Path, list[dict[str, str]]]:
    """The sample's flat CSV, written beside `sent` as `name`, and its rows to edit."""
    h, f = sample_files()
    flat = sent.with_name(name)
    assert invoke("run", h, f, "--out", flat.with_suffix(".xlsx"), "--csv", flat,
                  "-q").exit_code == 0
    with flat.open(encoding="utf-8-sig", newline="") as fh:
        return flat, list(csv.DictReader(fh))


def save_flat(flat: Path, rows: list[dict[str, str]]) -> None:
    with flat.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def test_the_flat_csv_with_signoff_columns_edited_is_read(sent):
    flat, rows = flat_csv(sent, "flat.csv")
    missing = [r for r in rows if r["category"] == "missing_from_force"]
    for r in missing:
        r["signoff_decision"], r["signoff_owner"] = "add to tracker", "ACC Operations"
        # How our CSV holds a comment that starts like a formula (OWASP's leading ').
        r["signoff_comment"] = "'- chased with the lead on 3 December"
    save_flat(flat, rows)
    _, again, new = rerun(sent, "from-flat", flat)
    assert outcomes(new) == {"Applied": len(missing)} and len(missing) == 7
    assert {(r["signoff_decision"], r["signoff_owner"]) for r in again
            if r["category"] == "missing_from_force"} == {("Add to tracker", "ACC Operations")}
    ws = new["Missing from force"]
    comments = {ws.cell(r, heads(ws)["Comment"]).value for r in range(2, ws.max_row + 1)}
    assert comments == {"- chased with the lead on 3 December"}   # the ' taken off, not kept


def test_a_word_the_drop_down_does_not_offer_is_shown_never_applied(sent, filled):
    typed = {("Closeable - submit", 2): "Yes", ("Closeable - submit", 3): "Done",
             ("Review", 2): "yes please"}

    def word(title: str, r: int) -> str:
        return typed.get((title, r), CHOICES[TITLE_CATEGORY[title]][0])

    returned = sent.with_name("typed.xlsx")
    fill(sent, returned, word)
    result, rows, new = rerun(sent, "typed", returned)
    assert outcomes(new) == {"Applied": 40, "Not applied": 3}
    for value in [*decisions_on_sheets(new), *(r["signoff_decision"] for r in rows)]:
        assert value.lower() not in {"yes", "done", "yes please"}
    shown = [r["signoff_stale"] for r in rows if "is not a decision on" in r["signoff_stale"]]
    assert len(shown) == 3
    assert any(s.startswith("'Yes' is not a decision on 'Closeable - submit': choose Agree to "
                            "close, Not yet or Reject match") for s in shown)
    reasons = [r["What happened"] for r in log_rows(new) if r["What happened"] != "Applied"]
    assert sorted(reasons)[0].startswith("Not applied: 'Done' is not a decision")
    assert "3 not applied" in summary_text(new)
    warnings = [ln for ln in result.stderr.splitlines() if ln.startswith("WARNING")]
    assert len(warnings) == 1 and "typed.xlsx: 3 decision(s) not applied" in warnings[0]


def test_short_forms_and_odd_spacing_count_as_the_offered_word(sent):
    forms = {"Closeable - submit": " AGREE ", "Closeable - local": "close",
             "Missing from force": "add", "Not on HMICFRS list": "close", "Review": "accept",
             "Conflict": "query"}
    returned = sent.with_name("short.xlsx")
    fill(sent, returned, lambda title, r: forms[title])
    _, rows, new = rerun(sent, "short", returned)
    assert outcomes(new) == {"Applied": 43}
    assert {r["signoff_decision"] for r in rows if r["category"] == "not_on_hmicfrs_list"} == \
        {"Close locally"}
    assert {r["signoff_decision"] for r in rows if r["category"] == "closeable_local"} == \
        {"Agree to close"}


@pytest.mark.parametrize("word", ["Not yet", "Reject match"])
def test_two_leads_who_disagree_go_to_a_person(sent, filled, word):
    """Another word for the same item, or "Reject match" (a decision about the pair, not the
    item) against "Agree to close": either way a disagreement, and neither is applied."""
    other = sent.with_name(f"other-lead-{word[:3].lower()}.xlsx")
    fill(sent, other, lambda title, r: word if title == "Closeable - submit"
         else CHOICES[TITLE_CATEGORY[title]][0], by="DCI Patel")
    result, rows, new = rerun(sent, f"disagree-{word[:3].lower()}", filled[0], other)
    disputed = [r for r in rows if r["category"] == "closeable_submit"]
    assert len(disputed) == 13
    for r in disputed:
        assert r["signoff_decision"] == ""
        assert "'Agree to close' (C/Supt Bell, filled.xlsx" in r["signoff_stale"]
        assert f"'{word}' (DCI Patel, {other.name}" in r["signoff_stale"]
    # The same decision from both files is one decision: 30 applied once each.
    assert outcomes(new) == {"Applied": 30, "In conflict": 26}
    assert "13 item(s) in conflict" in summary_text(new)
    assert any(f"filled.xlsx and {other.name} give different decisions for 13 item(s)" in ln
               for ln in result.stderr.splitlines())


def test_the_same_file_twice_is_one_decision_each(sent, filled):
    twin = sent.with_name("twin.xlsx")
    shutil.copy(filled[0], twin)
    _, _, new = rerun(sent, "twice", filled[0], twin)
    assert outcomes(new) == {"Applied": 43}


def test_who_decided_and_when_is_recorded(sent):
    returned = sent.with_name("signed.xlsx")
    fill(sent, returned, saved_by="Bell, Andrea")
    _, rows, new = rerun(sent, "signed", returned)
    logged = log_rows(new)
    import hashlib

    sha = hashlib.sha256(returned.read_bytes()).hexdigest()
    assert {(r["File"], r["File SHA-256"], r["Last saved by"]) for r in logged} == {
        ("signed.xlsx", sha, "Bell, Andrea")}
    assert all(str(r["Last saved"]).startswith("20") for r in logged)
    decided = [r for r in rows if r["signoff_decision"]]
    assert decided and {r["signoff_file"] for r in decided} == {"signed.xlsx"}
    assert all(r["signoff_saved_at"].startswith("20") for r in decided)


def test_a_file_returned_with_nothing_decided_is_said_loudly(sent):
    blank = sent.with_name("sent - Head of Contact.xlsx")
    assert blank.exists()
    result, _, new = rerun(sent, "blank", blank)
    warnings = [ln for ln in result.stderr.splitlines() if ln.startswith("WARNING")]
    assert len(warnings) == 1 and "nothing is decided in it (0 of" in warnings[0]
    assert "sent - Head of Contact.xlsx" in warnings[0]
    assert log_rows(new) == []


def chase_rows(text: str) -> dict[str, list[str]]:
    """The chase list printed: owner -> [to decide, decided, undecided, not applied, rest]."""
    rows = {}
    for ln in text.splitlines()[1:-1]:
        head, _, rest = ln.partition("  ")
        cells = rest.split()
        rows[head.strip()] = [*cells[:4], " ".join(cells[4:])]
    return rows


def test_the_chase_list_names_who_has_not_returned(sent):
    back = sent.with_name("back")
    back.mkdir()
    # C/Supt Bell decides all four; Head of Contact types a word not offered on one of three;
    # the Stop and Search lead sends the file back untouched; nobody else has replied.
    fill(sent.with_name("sent - C-Supt Bell.xlsx"), back / "bell.xlsx")
    calls: list[str] = []

    def first_is_yes(title: str, r: int) -> str:
        calls.append(title)
        return "Yes" if len(calls) == 1 else CHOICES[TITLE_CATEGORY[title]][0]

    assert fill(sent.with_name("sent - Head of Contact.xlsx"), back / "contact.xlsx",
                first_is_yes) == 3
    shutil.copy(sent.with_name("sent - Supt Stop and Search lead.xlsx"), back / "search.xlsx")
    result = invoke("returns", sent, back)
    assert result.exit_code == 0, result.output
    rows = chase_rows(result.output)
    assert rows["C/Supt Bell"][:4] == ["4", "4", "0", "0"]
    assert rows["C/Supt Bell"][4].startswith("bell.xlsx, saved 20")
    assert rows["Head of Contact"][:4] == ["3", "2", "0", "1"]
    assert "contact.xlsx" in rows["Head of Contact"][4] and "not applied" in rows["Head of Contact"][4]
    assert rows["Supt Stop & Search lead"][:4] == ["8", "0", "8", "0"]
    assert rows["Supt Stop & Search lead"][4].startswith("search.xlsx")
    owners = list(rows)
    waiting = [o for o in owners if rows[o][4] == "(nothing returned)"]
    assert owners[:len(waiting)] == waiting and len(waiting) == len(owners) - 3
    assert sum(int(r[0]) for r in rows.values()) == 43
    assert result.output.splitlines()[-1] == f"{len(waiting)} of {len(owners)} owners have " \
                                               "returned nothing."

    # The same list is a sheet of the run that reads them back.
    _, _, new = rerun(sent, "chased", back / "bell.xlsx", back / "contact.xlsx",
                      back / "search.xlsx")
    ws = new["Returns"]
    sheet = {r[0]: list(r[1:5]) for r in ws.iter_rows(min_row=2, values_only=True)}
    assert sheet["C/Supt Bell"] == [4, 4, 0, 0] and sheet["Head of Contact"] == [3, 2, 0, 1]
    assert sheet["Supt Stop & Search lead"] == [8, 0, 8, 0]
    first = [r[0] for r in ws.iter_rows(min_row=2, values_only=True)][:len(waiting)]
    assert set(first) == set(waiting)


def save_as_ods(source: Path, out: Path) -> None:
    """Every sheet as an OpenDocument spreadsheet, values as text (as LibreOffice's Save As
    .ods keeps them; the drop-downs' validation is not carried)."""
    import zipfile
    from xml.sax.saxutils import escape

    wb = openpyxl.load_workbook(source)
    tables = []
    for ws in wb:
        rows = []
        for row in ws.iter_rows(values_only=True):
            cells = "".join(
                "<table:table-cell/>" if v is None else
                f'<table:table-cell office:value-type="string"><text:p>{escape(str(v))}'
                "</text:p></table:table-cell>" for v in row)
            rows.append(f"<table:table-row>{cells}</table:table-row>")
        tables.append(f'<table:table table:name="{escape(ws.title)}">{"".join(rows)}'
                      "</table:table>")
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')
    mime = "application/vnd.oasis.opendocument.spreadsheet"
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("mimetype", mime, compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml",
                   '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:'
                   f'manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:'
                   f'media-type="{mime}"/><manifest:file-entry manifest:full-path="content.xml" '
                   'manifest:media-type="text/xml"/></manifest:manifest>')
        z.writestr("content.xml", f'<office:document-content {ns}><office:body>'
                   f'<office:spreadsheet>{"".join(tables)}</office:spreadsheet></office:body>'
                   "</office:document-content>")
        z.writestr("meta.xml", f'<office:document-meta {ns}><office:meta><dc:creator>Bell, '
                   "Andrea</dc:creator><dc:date>2026-03-02T14:05:00</dc:date></office:meta>"
                   "</office:document-meta>")


def _libreoffice(source: Path, fmt: str, folder: Path) -> Path:
    """`source` opened and saved again by LibreOffice, as a lead without Excel would."""
    import subprocess

    folder.mkdir(exist_ok=True)
    subprocess.run([shutil.which("soffice"), "--headless",
                    # its own profile: a LibreOffice already open (or another test) holds the usual one
                    f"-env:UserInstallation=file://{PROFILE_DIR}", "--convert-to", fmt, "--outdir",
                    str(folder), str(source)], check=True, capture_output=True, timeout=240)
    return folder / f"{source.stem}.{fmt}"


def _libreoffice_calc() -> bool:
    """LibreOffice is installed with Calc (Debian splits Writer and Calc apart)."""
    soffice = shutil.which("soffice")
    return bool(soffice) and any(Path(os.path.realpath(soffice)).parent.glob("libsclo.*"))


@pytest.mark.skipif(not _libreoffice_calc(), reason="LibreOffice Calc (soffice) not installed")
@pytest.mark.parametrize("fmt", ["xlsx", "xls"])
def test_a_workbook_saved_again_by_libreoffice_is_read(sent, filled, fmt):
    """Re-saved by LibreOffice (its own xlsx writer, or the old .xls format): the drop-downs
    may be gone, the decisions are not."""
    resaved = _libreoffice(filled[0], fmt, sent.parent / f"libreoffice-{fmt}")
    _, rows, new = rerun(sent, f"libreoffice-{fmt}", resaved)
    assert outcomes(new) == {"Applied": 43}
    closing = [r for r in rows if r["category"] == "closeable_submit"]
    assert closing and {r["signoff_decision"] for r in closing} == {"Agree to close"}


def test_a_workbook_saved_as_ods_is_read(sent, filled):
    ods = sent.with_name("returned.ods")
    save_as_ods(filled[0], ods)
    _, _, new = rerun(sent, "from-ods", ods)
    assert outcomes(new) == {"Applied": 43}
    assert {(r["Last saved by"], r["Last saved"]) for r in log_rows(new)} == {
        ("Bell, Andrea", "2026-03-02T14:05:00")}


# ------------------------------------------------------- property: any damage, same decisions

OPS = st.lists(st.tuples(st.sampled_from(["sort", "hide", "insert", "delete", "rename"]),
                         st.integers(0, len(DECIDED_SHEETS) - 1), st.integers(0, 50)),
               min_size=1, max_size=5)


def damage(ws, op: str, k: int) -> None:
    """One thing a lead does to a sheet (k picks the row or column)."""
    last = ws.max_row
    if op == "sort" and last > 2:
        col = 1 + k % ws.max_column
        rows = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
        rows.sort(key=lambda r: str(r[col - 1]), reverse=bool(k % 2))
        for r, values in enumerate(rows, start=2):
            for c, v in enumerate(values, start=1):
                ws.cell(r, c, v)
    elif op == "hide" and last > 1:
        ws.row_dimensions[2 + k % (last - 1)].hidden = True
    elif op == "insert":
        at = 1 + k % ws.max_column
        ws.insert_cols(at)
        ws.cell(1, at, "My notes")
    elif op == "delete" and last > 1:
        ws.delete_rows(2 + k % (last - 1))
    elif op == "rename":
        ws.title = f"{ws.title[:20]} ({k})"


def surviving(path: Path) -> set[tuple[str, str]]:
    """(Item ID, Decision) of every row still in the damaged workbook."""
    wb = openpyxl.load_workbook(path)
    out = set()
    for ws in wb.worksheets:
        h = heads(ws)
        if "Decision" in h and "Item ID" in h and ws.title not in ("Decision log", "In sync"):
            out |= {(ws.cell(r, h["Item ID"]).value, ws.cell(r, h["Decision"]).value)
                    for r in range(2, ws.max_row + 1) if ws.cell(r, h["Decision"]).value}
    return out


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=OPS)
def test_any_damage_leaves_exactly_the_surviving_decisions_applied(sent, filled, ops):
    wb = openpyxl.load_workbook(filled[0])
    sheets = [wb[t] for t in DECIDED_SHEETS]
    for op, s, k in ops:
        damage(sheets[s], op, k)
    damaged = sent.with_name(f"damaged-{abs(hash(tuple(ops)))}.xlsx")
    wb.save(damaged)
    expected = surviving(damaged)
    deleted = sum(op == "delete" for op, _, _ in ops)
    assert len(expected) >= 43 - deleted
    _, _, new = rerun(sent, damaged.stem, damaged)
    applied = {(r["Item ID"], r["Decision"]) for r in log_rows(new) if r["What happened"] == "Applied"}
    assert applied == expected
    assert outcomes(new) == {"Applied": len(expected)}


def test_a_sheet_sorted_without_its_hidden_columns_stops_the_run(sent, filled):
    """A lead selects the visible columns only and sorts them by Owner ("continue with the
    current selection"): the hidden Item ID and Item version columns stay where they were,
    so every row's decision now sits beside another item's ID. Applying them would close
    items nobody decided on; the run stops naming the file, the sheet and the rows, and says
    how to put it right. (Found by a probe of returned workbooks nobody here wrote.)"""
    wb = openpyxl.load_workbook(filled[0])
    ws = wb["Closeable - submit"]
    h = heads(ws)
    hidden = {h["Item ID"], h["Item version"]}
    rows = list(range(2, ws.max_row + 1))
    visible = [c for c in range(1, ws.max_column + 1) if c not in hidden]
    values = {r: [ws.cell(r, c).value for c in visible] for r in rows}
    order = sorted(rows, key=lambda r: str(values[r][visible.index(h["HMICFRS text"])]))
    assert order != rows
    for r, src in zip(rows, order, strict=True):
        for k, c in enumerate(visible):
            ws.cell(r, c).value = values[src][k]
    damaged = sent.with_name("sorted-visible.xlsx")
    wb.save(damaged)
    result, _, _ = rerun(sent, "sorted-visible", damaged, code=2)
    assert str(damaged) in result.output and "sheet 'Closeable - submit'" in result.output
    assert "sorted or filled down without its hidden columns" in result.output
    assert "Traceback" not in result.output


def test_a_bare_reject_on_a_closeable_sheet_is_asked_about_not_read_as_reject_match(sent):
    """A lead who means "do not close this" types "Reject" on the Closeable - submit sheet.
    Read as "Reject match" it would split a pair made on the shared reference into a false
    "missing from force" and a false "not on the list". It is shown, not applied, naming the
    words the sheet offers; "Reject match" in full is still a rejected match, and "reject" on
    the Review sheet still means it. (Found by a probe of returned workbooks.)"""
    forms = {"Closeable - submit": "Reject", "Closeable - local": "rejected",
             "Review": "reject"}
    returned = sent.with_name("reject.xlsx")
    fill(sent, returned, lambda title, r: forms.get(title, ""))
    result, rows, new = rerun(sent, "reject", returned)
    assert "not applied" in result.output and "Reject match" in result.output
    closing = [r for r in rows if r["category"] in ("closeable_submit", "closeable_local")]
    assert closing and not any(r["signoff_decision"] for r in closing)
    seen = outcomes(new)
    assert seen.get("Applied", 0) >= 1 and any(k.startswith("Not applied") for k in seen), seen


def test_a_word_on_a_renamed_sheet_is_judged_where_the_item_is(sent):
    """A lead renames 'Closeable - submit' to 'Bell - to close' and types 'Add to tracker' (a
    Missing-from-force word) on it. The sheet's name no longer says which words it offers,
    but the item's place does: the word is not applied, and the Decision log says which words
    the item's sheet offers. (Found by a probe of returned workbooks.)"""
    returned = sent.with_name("renamed-words.xlsx")
    fill(sent, returned, lambda title, r: "Add to tracker" if title == "Closeable - submit"
         else "")
    wb = openpyxl.load_workbook(returned)
    wb["Closeable - submit"].title = "Bell - to close"
    wb.save(returned)
    result, rows, new = rerun(sent, "renamed-words", returned)
    closing = [r for r in rows if r["category"] == "closeable_submit"]
    assert (f"renamed-words.xlsx: {len(closing)} decision(s) not applied, not being words the "
            "item's sheet offers: 'Add to tracker'") in result.output
    assert closing and not any(r["signoff_decision"] for r in closing)
    assert outcomes(new).get("Not applied", 0) == len(closing)
    logged = " ".join(str(v) for row in log_rows(new) for v in row.values())
    assert "is not a decision on 'Closeable - submit', where the item is" in logged


def test_a_second_decision_column_a_lead_added_is_said_not_dropped_in_silence(sent):
    """A lead adds a column at the right, heads it "Decision" too and decides there. Only the
    first "Decision" column is read (which one a person meant cannot be told), so the run
    prints one WARNING naming the file, the sheet and how many cells were not read, and says
    what to do. (Found by a probe of returned workbooks.)"""
    returned = sent.with_name("second-column.xlsx")
    fill(sent, returned, lambda title, r: "")
    wb = openpyxl.load_workbook(returned)
    ws = wb["Closeable - submit"]
    extra = ws.max_column + 1
    ws.cell(1, extra).value = "Decision"
    for r in range(2, ws.max_row + 1):
        ws.cell(r, extra).value = "Agree to close"
    wb.save(returned)
    result, rows, _ = rerun(sent, "second-column", returned)
    n = ws.max_row - 1
    assert (f"second-column.xlsx: sheet 'Closeable - submit' has a second 'Decision' column; "
            f"its {n} filled cell(s) were not read") in result.output
    assert not any(r["signoff_decision"] for r in rows if r["category"] == "closeable_submit")


def test_a_renamed_decision_heading_is_named_not_taken_for_nothing_decided(sent):
    """A lead renames the 'Decision' heading of one sheet ("Lead decision") and decides under
    it. The run cannot tell that column holds decisions; it says which sheet lost its
    'Decision' column and how to put it right, not only that nothing was decided."""
    returned = sent.with_name("renamed-heading.xlsx")
    fill(sent, returned)
    wb = openpyxl.load_workbook(returned)
    ws = wb["Closeable - submit"]
    ws.cell(1, heads(ws)["Decision"]).value = "Lead decision"
    wb.save(returned)
    result, rows, _ = rerun(sent, "renamed-heading", returned)
    assert ("renamed-heading.xlsx: sheet(s) 'Closeable - submit' have no column headed "
            "'Decision'") in result.output
    assert not any(r["signoff_decision"] for r in rows if r["category"] == "closeable_submit")


def test_decisions_typed_where_they_are_not_read_are_each_said(sent):
    """Four ways a lead's decision sits where the tool does not read it, each found by a
    probe of returned workbooks and each once dropped with no word on the terminal: typed
    in 'Earlier decision (decide again)', on a row added by hand, as a formula saved with no
    result (a file written by a program that does not calculate). Each gets a WARNING line
    naming the file and what to do; none is applied."""
    returned = sent.with_name("misplaced.xlsx")
    fill(sent, returned, lambda title, r: "")
    wb = openpyxl.load_workbook(returned)
    ws = wb["Closeable - submit"]
    h = heads(ws)
    ws.cell(2, h["Earlier decision (decide again)"]).value = "Agree to close"
    ws.cell(3, h["Decision"]).value = '="Agree to close"'        # openpyxl saves no result
    added = ws.max_row + 1
    ws.cell(added, h["Decision"]).value = "Agree to close"
    ws.cell(added, h["HMICFRS text"]).value = "Row typed in by the lead"
    wb.save(returned)
    result, rows, _ = rerun(sent, "misplaced", returned)
    out = result.output
    assert ("misplaced.xlsx: 1 decision word(s) typed in the 'Earlier decision (decide "
            "again)' column, not in 'Decision' (sheet 'Closeable - submit', row 2)") in out
    assert "misplaced.xlsx: 1 decision(s) on rows with no Item ID were not read" in out
    assert ("misplaced.xlsx: sheet 'Closeable - submit' has 1 Decision cell(s) holding a "
            "formula with no saved result (row 3)") in out
    assert not any(r["signoff_decision"] for r in rows if r["category"] == "closeable_submit")


def test_a_decision_typed_in_the_flat_csvs_own_decision_column_is_said(sent):
    """The flat CSV has the matcher's 'decision' column (accepted / review) beside
    'signoff_decision'; a lead who types 'Add to tracker' in the first is told so."""
    flat, rows = flat_csv(sent, "flat-wrong-column.csv")
    for r in rows:
        if r["category"] == "missing_from_force":
            r["decision"] = "Add to tracker"
    save_flat(flat, rows)
    result, _, _ = rerun(sent, "flat-wrong-column", flat)
    assert "flat-wrong-column.csv: 7 decision word(s) typed in the 'decision' column" in (
        result.output)


def test_a_comment_with_no_decision_is_logged_as_only_that(sent):
    returned = sent.with_name("comment-only.xlsx")
    fill(sent, returned, lambda title, r: "")
    wb = openpyxl.load_workbook(returned)
    ws = wb["Missing from force"]
    ws.cell(2, heads(ws)["Comment"]).value = "Chased the lead on 3 December"
    wb.save(returned)
    _, _, new = rerun(sent, "comment-only", returned)
    logged = [r for r in log_rows(new) if r["Comment"] == "Chased the lead on 3 December"]
    assert [r["What happened"] for r in logged] == [
        "Applied: a comment or evidence only, no decision"]


def test_a_stray_file_in_the_returns_folder_is_listed_not_a_reason_to_stop(sent):
    """The inbox folder holds a lead's notes workbook beside the returns: the chase list is
    still made, and the notes file is named as not read, with why."""
    back = sent.with_name("inbox")
    back.mkdir()
    fill(sent.with_name("sent - C-Supt Bell.xlsx"), back / "bell.xlsx")
    wb = openpyxl.Workbook()
    wb.active.append(["Notes from the JAC pre-meeting, 21 November"])
    wb.save(back / "notes.xlsx")
    result = invoke("returns", sent, back)
    assert result.exit_code == 0, result.output
    assert chase_rows(result.output)["C/Supt Bell"][:4] == ["4", "4", "0", "0"]
    assert "Not read as a return: " in result.output and "notes.xlsx" in result.output
    # Named on its own, the same file still stops the run: it was meant to be a return.
    assert invoke("returns", sent, back / "notes.xlsx").exit_code == 2


def test_two_leads_who_agree_but_assign_different_owners_are_told(sent):
    """Both say "Add to tracker" for the items missing from the force, one assigning them to
    C/Supt Bell and one to DCI Patel: the decision stands, both names are kept, and a
    WARNING says an owner must be chosen."""
    files = []
    for who in ("C/Supt Bell", "DCI Patel"):
        path = sent.with_name(f"owner-{who[-5:].strip().lower()}.xlsx")
        fill(sent, path, lambda title, r: "Add to tracker" if title == "Missing from force"
             else "", by=who)
        wb = openpyxl.load_workbook(path)
        ws = wb["Missing from force"]
        for r in range(2, ws.max_row + 1):
            ws.cell(r, heads(ws)["Assign to"]).value = who
        wb.save(path)
        files.append(path)
    result, rows, _ = rerun(sent, "two-owners", *files)
    missing = [r for r in rows if r["category"] == "missing_from_force"]
    assert {r["signoff_decision"] for r in missing} == {"Add to tracker"}
    assert {r["signoff_owner"] for r in missing} == {"C/Supt Bell; DCI Patel"}
    assert (f"{files[0].name} and {files[1].name} agree on the decision for 7 item(s) but "
            "assign them to different people (C/Supt Bell / DCI Patel ...)") in result.stderr
