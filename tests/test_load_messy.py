"""Loading real, messy and hostile files: the details behind the corpus.

Colour → RAG, what was hidden, formulas with and without saved results, lenient dates with the
raw value kept, the XML and zip bomb guards (and that openpyxl itself runs on defusedxml),
inputs that must never hang: a pipe, a device; and that the fast .xlsx reader (calamine plus
the sheet XML) reads every workbook exactly as openpyxl's full read did.
"""

from __future__ import annotations

import io
import os
import time
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from builders import CONTROL_ROOM, DIGITAL, FORCE_HEADER, MSHT_INTEL, MSHT_NRM, write_xlsx
from openpyxl.styles import PatternFill
from openpyxl.styles.colors import Color

from reconcile import InputError, load_side, reconcile_files
from reconcile.load import colour, sniff
from reconcile.normalise import parse_date

CORPUS = Path(__file__).parent / "corpus" / "files"


# ------------------------------------------------------------------------------ colour


@pytest.mark.parametrize("rgb, family", [
    ("FF0000", "red"), ("C00000", "red"), ("FFC7CE", "red"),        # Excel's "Bad" fill
    ("FFC000", "amber"), ("FFFF00", "amber"), ("FFEB9C", "amber"),  # yellow counts as amber
    ("00B050", "green"), ("92D050", "green"), ("C6EFCE", "green"), ("E2EFDA", "green"),
    ("0070C0", "blue"), ("DDEBF7", "blue"), ("00B0F0", "blue"),     # BTP's "light blue shaded"
    ("FFFFFF", "white"), ("D9D9D9", "grey"), ("808080", "grey"), ("F2F2F2", "grey"),
    ("000000", None), ("7030A0", None),                              # black, purple: no status
])
def test_fill_colours_fall_into_the_nearest_rag_family(rgb, family):
    assert colour.family(rgb) == family


def test_theme_colours_and_tints_resolve_like_excel():
    wb = openpyxl.Workbook()
    buf = io.BytesIO()
    wb.save(buf)
    theme = colour.theme_colours(openpyxl.load_workbook(buf).loaded_theme)
    assert theme[0] == "FFFFFF" and theme[1] == "000000"   # Background 1, Text 1 (swapped)
    assert theme[5] == "C0504D"                              # Accent 2 of openpyxl's theme
    assert colour.family(colour.tinted(theme[5], 0.8)) == "red"   # "lighter 80%" stays red
    assert colour.tinted("FFFFFF", -0.5) == "808080"
    assert colour.theme_colours(None) == colour.DEFAULT_THEME
    assert colour.theme_colours(b"<not xml") == colour.DEFAULT_THEME


def _coloured_tracker(path: Path, fills: dict[str, object], statuses=(None, None, None)) -> Path:
    rows = [["Progress chart"], ["No.", "HMIC 2013", "Grading R/A/G"],
            [1, MSHT_INTEL, statuses[0]], [2, MSHT_NRM, statuses[1]], [3, CONTROL_ROOM, statuses[2]]]
    write_xlsx(path, {"Chart": rows})
    wb = openpyxl.load_workbook(path)
    for ref, fg in fills.items():
        wb["Chart"][ref].fill = PatternFill("solid", fgColor=fg)
    wb.save(path)
    return path


def test_a_blank_status_takes_its_cells_colour_and_the_report_says_so(tmp_path):
    path = _coloured_tracker(tmp_path / "t.xlsx", {"C3": "FF00B050", "C4": Color(indexed=10),
                                                   "C5": Color(theme=0, tint=-0.25)})
    side = load_side(path, "force")
    assert list(side.items["status"]) == ["Green (cell colour)", "Red (cell colour)",
                                          "Grey (cell colour)"]
    report = side.sheets[0]
    assert report.colour_status == (3, 4, 5)
    assert "status read from cell colour on 3 rows (Green 1, Red 1, Grey 1)" in report.note


def test_colour_never_overrides_text_nor_reads_white_decoration_nor_the_hmicfrs_list(tmp_path):
    path = _coloured_tracker(tmp_path / "t.xlsx", {"C3": "FF00B050", "C4": "FFFFFFFF"},
                             statuses=("Amber", None, None))
    side = load_side(path, "force")
    # Only blank cells are looked at, and here they are shaded white or not at all.
    assert list(side.items["status"]) == ["Amber", None, None]
    white = _coloured_tracker(tmp_path / "w.xlsx", {f"C{r}": "FFFFFFFF" for r in (3, 4, 5)})
    report = load_side(white, "force").sheets[0]
    assert report.colour_status == () and "only white or grey" in report.note
    hmicfrs = load_side(_coloured_tracker(tmp_path / "h.xlsx", {"C3": "FFFF0000"}), "hmicfrs")
    assert hmicfrs.items["status"].isna().all()


# ------------------------------------------------------------------ hidden, formulas, cells


def test_hidden_rows_and_sheets_are_read_and_recorded(tmp_path):
    path = write_xlsx(tmp_path / "t.xlsx", {
        "Tracker": [FORCE_HEADER, [1, None, MSHT_INTEL, None, "DCI Patel", "Green", None],
                    [2, None, MSHT_NRM, None, "DCI Patel", "Amber", None]],
        "Old": [["Recommendation", "Status"], [DIGITAL, "Red"]]})
    wb = openpyxl.load_workbook(path)
    wb["Tracker"].row_dimensions[3].hidden = True
    wb["Old"].sheet_state = "hidden"
    wb.save(path)
    side = load_side(path, "force")
    assert list(side.items["row_id"]) == ["Tracker!2", "Tracker!3", "Old!2"]
    tracker, old = side.sheets
    assert tracker.hidden_rows == (3,) and "hidden row 3: read like the others" in tracker.note
    assert old.hidden == "hidden" and "hidden sheet: read like the others" in old.note


def test_formulas_without_a_saved_result_are_reported_not_silently_blank(tmp_path):
    path = tmp_path / "t.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tracker"
    for row in (["Recommendation", "RAG", "Lead"], [MSHT_INTEL, '=IF(1,"Green","Red")', "DCI Patel"],
                ['=A2&" again"', "Red", "DCI Patel"], [MSHT_NRM, "Amber", '=""']):
        ws.append(row)
    wb.save(path)  # openpyxl, like many programs, saves formulas without their results
    side = load_side(path, "force")
    report = side.sheets[0]
    assert list(side.items["row_id"]) == ["Tracker!2", "Tracker!4"]
    assert side.items.loc[0, "status"] is None
    assert report.uncalculated == ("B2", "C4")
    assert "formulas with no saved result, read as blank: B2, C4" in report.note
    reason = side.skipped.set_index("row_id").loc["Tracker!3", "reason"]
    assert "cell A3" in reason and "formula with no saved result" in reason


def test_a_formula_whose_saved_result_is_empty_text_is_not_uncalculated(tmp_path):
    path = write_xlsx(tmp_path / "t.xlsx", {"Tracker": [["Recommendation", "RAG"],
                                                         [MSHT_INTEL, "Green"]]})
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    sheet = sheet.replace('<c r="B2" t="inlineStr"><is><t>Green</t></is></c>',
                          '<c r="B2" t="str"><f>IF(1,"","x")</f><v></v></c>')
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    report = load_side(path, "force").sheets[0]
    assert report.uncalculated == () and report.note == ""


def test_dates_are_read_leniently_and_the_unreadable_ones_kept_and_flagged(tmp_path):
    rows = [["Recommendation", "Status", "Due date", "Date closed"],
            [MSHT_INTEL, "Green", "9th February 2017", datetime(2017, 3, 1)],
            [MSHT_NRM, "Amber", "No deadline set by HMICFRS", None],
            [CONTROL_ROOM, "Red", 42775, "TBC"]]
    side = load_side(write_xlsx(tmp_path / "t.xlsx", {"Tracker": rows}), "force")
    assert list(side.items["due"]) == ["9th February 2017", "No deadline set by HMICFRS", 42775]
    report = side.sheets[0]
    assert report.bad_dates == ("C3", "D4")
    assert "dates not understood in 'Date closed', 'Due date'" in report.note
    assert "C3 'No deadline set by HMICFRS'" in report.note


@pytest.mark.parametrize("raw, expected", [
    ("30-Sep-23", date(2023, 9, 30)), ("Dec-19", date(2019, 12, 1)), ("Sept 2023", date(2023, 9, 1)),
    ("Febuary 2017", date(2017, 2, 1)), ("1st of March 2018", date(2018, 3, 1)),
    ("Feb 9, 2017", date(2017, 2, 9)), ("31.03.19", date(2019, 3, 31)),
    ("10/29/2015", date(2015, 10, 29)),             # month first only where day first cannot be
    ("revised to 31/03/2019 (was 31/12/2018)", date(2019, 3, 31)),
    ("2017-02-09 00:00:00", date(2017, 2, 9)), ("42775", date(2017, 2, 9)),
    (datetime(2017, 2, 9, 14, 30), date(2017, 2, 9)), (42775.75, date(2017, 2, 9)),
    ("March 19", None), ("31/02/2019", None), ("01/01/1900", None), ("2019", None),
    ("Q3 2019", None), ("TBC", None), (True, None), (float("nan"), None), (5, None),
])
def test_parse_date_more_real_forms(raw, expected):
    assert parse_date(raw) == expected


def test_headers_repeated_or_missing_and_excel_errors_are_reported(tmp_path):
    rows = [["Recommendation", "Status", None, "Status"],
            [MSHT_INTEL, "#N/A", "see folder", "Closed"], ["#REF!", "Green", None, None],
            [MSHT_NRM, "Amber", None, None]]
    side = load_side(write_xlsx(tmp_path / "t.xlsx", {"Tracker": rows}), "force")
    report = side.sheets[0]
    assert list(side.items["status"]) == ["#N/A", "Amber"]
    assert report.unmapped == ("Status (again, column D)", "(no header, column C)")
    assert report.excel_errors == ("B2 #N/A",)
    assert "header 'Status' appears in columns B and D: column B used" in report.note
    assert "values in columns with no header, not read: C" in report.note
    assert "Excel error #REF!" in side.skipped.set_index("row_id").loc["Tracker!3", "reason"]


def test_legend_rows_under_the_table_are_not_items_but_a_key_finding_is_a_report(tmp_path):
    rows = [FORCE_HEADER, ["Key findings: PEEL 2017"],
            [1, None, MSHT_INTEL, None, "DCI Patel", "Green", None], [],
            ["RED", None, "Little work yet undertaken in this area"],
            ["AMBER", None, "Work undertaken in area but still requires development"], [],
            ["RAG key"], [None, None, "GREEN: the recommendation is implemented"]]
    side = load_side(write_xlsx(tmp_path / "t.xlsx", {"Tracker": rows},
                                bold={"Tracker": ["A2", "A8"]}), "force")
    assert list(side.items["row_id"]) == ["Tracker!3"]
    assert side.items.loc[0, "report"] == "Key findings: PEEL 2017"
    reasons = side.skipped.set_index("row_id")["reason"]
    assert reasons["Tracker!5"].startswith("legend row") and reasons["Tracker!6"].startswith("legend")
    assert reasons["Tracker!8"].startswith("legend heading")
    assert reasons["Tracker!9"].startswith("legend row: under a key")


# ----------------------------------------------------------------------- hostile input


def test_openpyxl_itself_runs_on_defusedxml_and_refuses_an_entity_bomb_fast():
    assert openpyxl.DEFUSEDXML is True   # defusedxml is a dependency: openpyxl picks it up
    bomb = CORPUS / "billion_laughs_shared_strings.xlsx"
    started = time.perf_counter()
    with pytest.raises(Exception) as err:   # our own prolog check skipped on purpose
        openpyxl.load_workbook(bomb)
    # openpyxl wraps the parser's refusal in its own ValueError.
    assert type(err.value.__cause__).__name__ == "EntitiesForbidden"
    assert time.perf_counter() - started < 5
    # And our reader turns it into a clear refusal even past the prolog check.
    from reconcile.load.xlsx import read_xlsx

    with pytest.raises(InputError, match="contains XML entity declarations"):
        read_xlsx(bomb)


def test_the_zip_guard_trusts_declared_sizes_and_refuses_a_huge_workbook(tmp_path):
    def part(name: str, plain: int, packed: int) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(name)
        info.file_size, info.compress_size = plain, packed
        return info

    sniff._refuse_bombs(tmp_path, [part("xl/worksheets/sheet1.xml", 30 * 2**20, 3 * 2**20)])
    with pytest.raises(InputError, match="would expand to 1,200 MB"):
        sniff._refuse_bombs(tmp_path, [part(f"xl/worksheets/sheet{i}.xml", 400 * 2**20, 40 * 2**20)
                                       for i in range(3)])
    with pytest.raises(InputError, match="zip bomb"):
        sniff._refuse_bombs(tmp_path, [part("xl/sharedStrings.xml", 200 * 2**20, 2**20)])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_or_a_device_is_refused_without_hanging(tmp_path):
    fifo = tmp_path / "tracker.xlsx"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="is not a regular file"):
        load_side(fifo, "force")
    if Path("/dev/zero").exists():
        with pytest.raises(InputError, match="is not a regular file"):
            load_side("/dev/zero", "force")


def test_a_real_encrypted_workbook_layout_is_recognised(tmp_path):
    names = sniff.ole_stream_names(CORPUS / "password_protected.xlsx")
    assert {"EncryptionInfo", "EncryptedPackage"} <= names
    assert "Workbook" in sniff.ole_stream_names(CORPUS / "legacy.xls")


def test_two_copies_of_one_file_are_refused(tmp_path):
    h = write_xlsx(tmp_path / "list.xlsx", {"Sheet1": [["Recommendation", "Status"],
                                                       [MSHT_INTEL, "Open"]]})
    copy = tmp_path / "tracker.xlsx"
    copy.write_bytes(h.read_bytes())
    with pytest.raises(InputError, match="exactly the same contents"):
        reconcile_files(h, copy)


def test_a_stray_value_in_the_last_cell_costs_one_cell_not_the_whole_sheet():
    started = time.perf_counter()
    side = load_side(CORPUS / "stray_far_cell.xlsx", "force")
    assert time.perf_counter() - started < 10
    report = side.sheets[0]
    assert report.items == 2 and report.rows == 4 and report.blank == 1_048_572


def test_every_corpus_sheet_ties_out():
    """Rows with content = items + rows explained, on every sheet of every readable file."""
    import csv

    with (CORPUS.parent / "manifest.csv").open(encoding="utf-8", newline="") as fh:
        cases = [c for c in csv.DictReader(fh) if c["expect"] == "ok"]
    for case in cases:
        side = load_side(CORPUS / case["file"], case["side"])
        assert len(side.items) == int(case["items"]), case["file"]
        for rep in side.sheets:
            assert rep.rows == rep.items + rep.explained, (case["file"], rep)
        assert len(side.skipped) == sum(r.explained for r in side.sheets)


# ------------------------------------------- the fast reader (calamine) and openpyxl agree

ROOT = Path(__file__).parent.parent
#: Every .xlsx / .xlsm the tests and the sample read that openpyxl can open.
WORKBOOKS = sorted(
    [p for p in CORPUS.glob("*.xls[xm]") if p.stem not in {
        "empty", "pdf_renamed", "text_renamed", "corrupt_zip", "truncated", "word_renamed",
        "plain_zip", "password_protected", "folder_named", "zip_bomb", "zip_declared_huge",
        "zip_encrypted_parts", "malformed_sheet_xml", "billion_laughs_sheet",
        "billion_laughs_shared_strings", "external_entity", "stray_far_cell"}]
    + list((ROOT / "data").glob("*.xlsx")) + list((ROOT / "tests" / "eval").glob("cases/*/*.xlsx")))


def _styled(grid) -> list[tuple[int, int, bool, str | None]]:
    return [(r, c, grid.styles.bold(r, c), grid.styles.fill(r, c))
            for r, row in enumerate(grid.rows, start=1) for c in range(1, len(row) + 3)]


@pytest.mark.parametrize("path", WORKBOOKS, ids=lambda p: p.name)
def test_calamine_reads_every_workbook_as_openpyxl_did(path):
    """Values with their types (8803 an int, dates datetimes, '#N/A' text), merges filled
    down, wide merges, hidden rows, columns and sheets, bold and fills: all as openpyxl's
    full read gave them, so the faster reader changes nothing downstream."""
    from reconcile.load import xlsx
    from reconcile.load.xlsx_openpyxl import read_openpyxl

    facts = xlsx._scan(path)
    assert facts and all(f.located and f.max_row * f.max_col <= xlsx.MAX_DENSE_CELLS
                         for f in facts.values())
    fast, full = xlsx._read_calamine(path, facts), read_openpyxl(path)
    assert [g.name for g in fast] == [g.name for g in full]
    for a, b in zip(fast, full, strict=True):
        assert a.rows == [list(row) for row in b.rows], a.name
        assert [[type(v) for v in row] for row in a.rows] == [[type(v) for v in row]
                                                              for row in b.rows]
        assert (a.wide_merges, a.hidden, a.hidden_rows, a.hidden_cols) == (
            b.wide_merges, b.hidden, b.hidden_rows, b.hidden_cols)
        assert _styled(a) == _styled(b), a.name


def test_values_read_as_openpyxl_read_them(tmp_path):
    """calamine gives 8803.0, date(2019, 4, 1) and '' for a #N/A cell; the loader does not."""
    from reconcile.load.xlsx import read_xlsx

    path = tmp_path / "t.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Ref", "Published", "Updated", "Score", "Done", "Check"])
    ws.append([8803, datetime(2019, 4, 1), datetime(2019, 4, 1, 13, 45), 2.5, True, "#N/A"])
    ws["F2"].data_type = "e"
    ws.append(["a_x000D_\nb"])   # how Excel stores a carriage return in a cell
    wb.save(path)
    rows = read_xlsx(path)[0].rows
    assert rows[1] == [8803, datetime(2019, 4, 1), datetime(2019, 4, 1, 13, 45), 2.5, True, "#N/A"]
    assert [type(v) for v in rows[1]] == [int, datetime, datetime, float, bool, str]
    # The one difference from openpyxl, which kept Excel's escape as written: the text as
    # Excel shows it.
    assert rows[2] == ["a\r\nb"]


def test_the_sheet_xml_gives_what_calamine_does_not():
    from reconcile.load.xlsx_xml import scan_sheet

    xml = (b'<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           b'<x:cols><x:col min="2" max="3" hidden="1"/><x:col min="5" max="5" hidden="0"/></x:cols>'
           b'<x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row>'
           b'<x:row r="2" hidden="true"><x:c r="B2" t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c>'
           b'<x:c r="C2"><x:f>A1*2</x:f></x:c><x:c r="D2" t="str"><x:f>""</x:f><x:v></x:v></x:c>'
           b'</x:row><x:row r="7"><x:c r="AB7" s="3"/></x:row></x:sheetData></x:worksheet>')
    facts = scan_sheet("xl/worksheets/sheet1.xml", xml)
    assert facts.errors == {(2, 2): "#DIV/0!"}
    assert facts.uncalculated == {(2, 3)}      # D2 returned "" and that is a result
    assert facts.hidden_rows == (2,) and facts.hidden_cols == (2, 3)
    assert (facts.max_row, facts.max_col, facts.located) == (7, 28, True)
    # A cell that does not say where it is: calamine would place it by counting.
    assert not scan_sheet("s", xml.replace(b'<x:c r="A1" t="s">', b'<x:c t="s">')).located


def test_attributes_in_single_quotes_are_read_by_the_parser_or_the_careful_way():
    """Some tools write r='A1' s='3' (Excel never does): the styles parser reads them, cells
    without a reference are placed after the previous one, and the byte scan hands such a
    sheet to the careful reader instead of missing its hidden rows."""
    from reconcile.load.xlsx_xml import scan_sheet, style_ids

    xml = (b"<worksheet xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main'>"
           b"<sheetData><row r='1'><c r='A1' s='2' t='s'><v>0</v></c><c s='5'/></row>"
           b"<row hidden='1'><c s='4'><v>3</v></c><c r='D2' s='7'/></row>"
           b"<row r='9'><c r=\"C9\" s=\"1\"/></row></sheetData></worksheet>")
    assert style_ids(xml) == {(1, 1): 2, (1, 2): 5, (2, 1): 4, (2, 4): 7, (9, 3): 1}
    assert not scan_sheet("s", xml).located
    # A damaged sheet keeps the styles read before the damage; it never stops the run.
    assert style_ids(xml[:xml.index(b"<row hidden") + 12]) == {(1, 1): 2, (1, 2): 5}


def test_a_sheet_calamine_would_hold_densely_goes_to_openpyxl():
    """calamine holds a sheet as one rectangle: a value at XFD1048576 would ask for 550 GB
    and abort the process. The extent is checked first, and such a sheet read sparsely."""
    from reconcile.load import xlsx

    facts = xlsx._scan(CORPUS / "stray_far_cell.xlsx")
    (sheet,) = facts.values()
    assert (sheet.max_row, sheet.max_col) == (1_048_576, 16_384)
    assert sheet.max_row * sheet.max_col > xlsx.MAX_DENSE_CELLS
    (grid,) = xlsx.read_xlsx(CORPUS / "stray_far_cell.xlsx")
    assert grid.value(1_048_576, 16_383) == "x"
