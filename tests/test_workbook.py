"""The sign-off workbook as a person meets it: sheets, drop-downs, marked differences, colours,
the committee's Summary, one workbook per owner.

The fixture is a small definitive list and tracker in which each row lands on a known sheet:

- MSHT_INTEL: the force has "within twelve months" for "within six months" → Conflict
- MSHT_NRM: HMICFRS complete, force Amber → Closeable - local
- CONTROL_ROOM: HMICFRS open, force GREEN → Closeable - submit
- DIGITAL: not in the tracker → Missing from force
- "+ local action …": not on the list → Not on HMICFRS list
- FIREARMS: both open; the force's copy starts with "=" and adds "fair and" → In sync
"""

from __future__ import annotations

import hashlib

import openpyxl
import pytest
from builders import (
    CONTROL_ROOM,
    DIGITAL,
    EFF,
    FA,
    FIREARMS,
    FORCE_HEADER,
    MSHT_INTEL,
    MSHT_NRM,
    SF,
    TWELVE,
    hmicfrs_rows,
    is_our_formula,
    write_xlsx,
)
from openpyxl.cell.rich_text import CellRichText, TextBlock

from reconcile import reconcile_files, write_outputs
from reconcile.decisions import CHOICES
from reconcile.vocab import CATEGORIES, CATEGORY_TITLES
from reconcile.write import safe_name, sheet_columns
from reconcile.write.sheets import table_name

FIREARMS_FORCE = "=" + FIREARMS.replace("efficient and effective", "efficient, fair and effective")
SHEETS = ["Summary", "Guide", *[CATEGORY_TITLES[c] for c in CATEGORIES], "Decision log",
          "Run info"]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    d = tmp_path_factory.mktemp("workbook")
    h = write_xlsx(d / "hmicfrs.xlsx", {"Definitive list": hmicfrs_rows([
        (1, SF, "24/10/2017", "Recommendation", MSHT_INTEL, "Being progressed"),
        (2, SF, "24/10/2017", "Recommendation", MSHT_NRM, "Complete"),
        (3, EFF, "09/11/2017", "Area for improvement", CONTROL_ROOM, "Awaiting review"),
        (4, EFF, "09/11/2017", "Recommendation", DIGITAL, "Awaiting review"),
        (5, FA, "05/09/2015", "Recommendation", FIREARMS, "Being progressed")])})
    f = write_xlsx(d / "tracker.xlsx", {"Tracker": [
        ["WMP tracker"], [], FORCE_HEADER, [SF],
        [1, None, TWELVE, None, "DCI Patel", "Amber", "Information-sharing agreement drafted"],
        [2, None, MSHT_NRM, None, "dci  patel", "Amber", None],
        [EFF], [1, None, CONTROL_ROOM, "Area for improvement", "C/Supt Bell", "GREEN", None],
        [2, None, "+ local action: overtime review", None, None, "Red", None],
        [FA], [1, None, FIREARMS_FORCE, None, "Head of Firearms Licensing", "Amber", None]]})
    rec = reconcile_files(h, f)
    out = d / "reconciliation.xlsx"
    written = write_outputs(rec, out, d / "reconciliation.csv", split_by="owner")
    return {"rec": rec, "h": h, "f": f, "out": out, "written": written,
            "wb": openpyxl.load_workbook(out),
            "rich": openpyxl.load_workbook(out, rich_text=True)}


def header(ws) -> dict[str, int]:
    return {c.value: c.column for c in ws[1] if c.value}


def test_the_fixture_lands_where_its_docstring_says(run):
    got = {(r["hmicfrs_ref"], r["category"]) for r in run["rec"].items.to_dict("records")}
    assert got == {(1, "conflict"), (2, "closeable_local"), (3, "closeable_submit"),
                   (4, "missing_from_force"), (None, "not_on_hmicfrs_list"), (5, "in_sync")}


def test_sheets_in_order_with_frozen_header_filters_and_hidden_identity(run):
    wb = run["wb"]
    assert wb.sheetnames == SHEETS
    for category in CATEGORIES:
        ws = wb[CATEGORY_TITLES[category]]
        heads = [h for h, _, _ in sheet_columns(category)]
        assert [c.value for c in ws[1]] == heads
        assert ws.freeze_panes == "A2"
        # An Excel table over the heading and every item row: filter buttons, banded rows,
        # and its columns named by the headings (structured references: Conflict[Decision]).
        last = openpyxl.utils.get_column_letter(len(heads))
        (table,) = ws.tables.values()
        assert table.ref == f"A1:{last}{max(ws.max_row, 2)}"
        assert table.autoFilter.ref == table.ref and table.headerRowCount == 1
        assert table.tableStyleInfo.showRowStripes
        assert [c.name for c in table.tableColumns] == heads
        assert table.name == table_name(category)
        item_id = openpyxl.utils.get_column_letter(header(ws)["Item ID"])
        assert ws.column_dimensions[item_id].hidden
    ws = wb["Conflict"]
    row = [c.value for c in ws[2]]
    assert row[header(ws)["Item ID"] - 1].startswith("h:ref-1+f:")


def test_every_decision_cell_has_its_sheet_s_drop_down(run):
    wb = run["wb"]
    checked = 0
    for category in CATEGORIES:
        ws = wb[CATEGORY_TITLES[category]]
        col = openpyxl.utils.get_column_letter(header(ws)["Decision"])
        cells = [f"{col}{r}" for r in range(2, ws.max_row + 1)]
        if not cells:
            continue
        checked += 1
        lists = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
        covering = [dv for dv in lists if all(c in dv.sqref for c in cells)]
        assert len(covering) == 1, category
        assert covering[0].formula1 == '"' + ",".join(CHOICES[category]) + '"'
        assert covering[0].showErrorMessage and covering[0].prompt
    assert checked == 6                                   # every sheet but Review has rows
    assert CHOICES["review"] == ("Accept match", "Reject match")
    assert CHOICES["closeable_submit"][:2] == ("Agree to close", "Not yet")
    assert "Add to tracker" in CHOICES["missing_from_force"]
    assert set(CHOICES["not_on_hmicfrs_list"]) == {"Query with HMICFRS", "Close locally"}
    ws = wb["Missing from force"]
    assert {"Assign to", "Evidence", "Comment", "Decided by"} <= set(header(ws))


def _runs(cell) -> list[tuple[str, bool, bool, str | None]]:
    """(text, struck, bold, colour) of each run of a rich-text cell."""
    assert isinstance(cell.value, CellRichText), cell.value
    out = []
    for block in cell.value:
        if isinstance(block, TextBlock):
            colour = block.font.color.rgb if block.font.color is not None else None
            out.append((block.text, bool(block.font.strike), bool(block.font.b), colour))
        else:
            out.append((block, False, False, None))
    return out


def test_a_conflict_shows_its_differing_words_inside_the_cells(run):
    ws = run["rich"]["Conflict"]
    cols = header(ws)
    h_runs = _runs(ws.cell(2, cols["HMICFRS text"]))
    f_runs = _runs(ws.cell(2, cols["Force text"]))
    assert "".join(t for t, *_ in h_runs) == MSHT_INTEL      # the text itself, unchanged
    assert "".join(t for t, *_ in f_runs) == TWELVE
    assert [t for t, struck, _, colour in h_runs if struck] == ["six"]
    assert all(colour.endswith("C00000") for _, struck, _, colour in h_runs if struck)
    assert [t for t, _, bold, colour in f_runs if bold and colour.endswith("0070C0")] == ["twelve"]
    why = ws.cell(2, cols["Why"]).value
    assert "timescale differs" in str(why)


def test_rich_text_that_starts_like_a_formula_is_still_text(run):
    ws = run["wb"]["In sync"]
    cell = ws.cell(2, header(ws)["Force text"])
    assert cell.value == FIREARMS_FORCE and cell.data_type == "s"
    runs = _runs(run["rich"]["In sync"].cell(2, header(ws)["Force text"]))
    assert [t for t, _, bold, _ in runs if bold] == ["fair"]
    # The only formulas are the Summary's own live counts; no data cell ever becomes one.
    formulas = [(s.title, c.column_letter, c.value) for s in run["wb"] for row in s.iter_rows()
                for c in row if c.data_type == "f"]
    assert formulas and all(is_our_formula(*f) for f in formulas), formulas


def test_status_cells_are_coloured_as_rag(run):
    ws = run["wb"]["Closeable - submit"]
    cols = header(ws)
    fill = {ws.cell(2, cols[c]).value: ws.cell(2, cols[c]).fill.fgColor.rgb[-6:]
            for c in ("HMICFRS status", "Force status")}
    assert fill == {"Awaiting review": "FFEB9C", "GREEN": "C6EFCE"}
    ws = run["wb"]["Closeable - local"]
    cols = header(ws)
    assert ws.cell(2, cols["HMICFRS status"]).fill.fgColor.rgb.endswith("C6EFCE")  # Complete
    ws = run["wb"]["Not on HMICFRS list"]
    assert ws.cell(2, header(ws)["Force status"]).fill.fgColor.rgb.endswith("FFC7CE")  # Red


def test_summary_gives_the_committee_its_numbers_a_chart_and_a_printable_page(run):
    ws = run["wb"]["Summary"]
    cells = {r[0].value: r[1].value for r in ws.iter_rows(min_row=1, max_row=30) if r[0].value}
    assert cells["Open on the HMICFRS list"] == 4       # every HMICFRS item but the complete one
    assert cells["Can be closed now"] == 2
    assert cells["Missing from the force tracker"] == 1
    assert cells["Conflicts"] == 1 and cells["Needing review"] == 0
    assert cells["Conflict"] == 1 and cells["Total"] == 6
    assert "hmicfrs.xlsx" in cells["Inputs"] and "tracker.xlsx" in cells["Inputs"]
    assert cells["Run on"]
    column_a = [c.value for c in ws["A"]]
    assert {"By report", "By type", SF, "Area for improvement"} <= set(column_a)
    charts = ws._charts
    assert len(charts) == 2 and all(c.type == "bar" for c in charts)
    assert ws.page_setup.orientation == "landscape"
    # One page wide: fitToWidth absent is 1, the file format's default (XlsxWriter leaves it out).
    assert (ws.page_setup.fitToWidth or 1) == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage


def test_run_info_ties_out_and_names_each_input_with_its_digest(run):
    rows = [[c.value for c in r] for r in run["wb"]["Run info"].iter_rows()]
    settings = {r[0]: r[1] for r in rows if r[0] and r[1]}
    for side, path in (("HMICFRS list", run["h"]), ("force tracker", run["f"])):
        assert settings[f"{side} SHA-256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert settings["match.accept"]
    tie = [r for r in rows if r[0] in ("HMICFRS list", "force tracker") and r[8] in ("yes", "NO")]
    assert [r[8] for r in tie] == ["yes", "yes"]
    assert [r[6] for r in tie] == [r[5] for r in tie] == [5, 5]    # items in = items out


def test_the_guide_explains_every_sheet_and_its_choices(run):
    text = " ".join(str(c.value) for row in run["wb"]["Guide"].iter_rows() for c in row if c.value)
    for category in CATEGORIES:
        assert CATEGORY_TITLES[category] in text
        assert " / ".join(CHOICES[category]) in text
    assert "Decision log" in text and "Run info" in text and "sort" in text


def test_one_workbook_per_owner_beside_the_full_one(run):
    names = sorted(p.name for p in run["written"])
    assert names == ["reconciliation - C-Supt Bell.xlsx", "reconciliation - DCI Patel.xlsx",
                     "reconciliation - Head of Firearms Licensing.xlsx",
                     "reconciliation - Unassigned.xlsx", "reconciliation.csv",
                     "reconciliation.xlsx"]
    wb = openpyxl.load_workbook(run["out"].with_name("reconciliation - DCI Patel.xlsx"))
    assert wb.sheetnames == SHEETS
    owners = {ws.cell(r, header(ws)["Owner"]).value
              for ws in (wb[CATEGORY_TITLES[c]] for c in CATEGORIES) if "Owner" in header(ws)
              for r in range(2, ws.max_row + 1)}
    assert owners == {"DCI Patel", "dci  patel"}         # one owner, however it is typed
    assert wb["Conflict"].max_row == 2 and wb["Closeable - local"].max_row == 2
    assert "DCI Patel" in wb["Summary"]["A1"].value
    wb = openpyxl.load_workbook(run["out"].with_name("reconciliation - Unassigned.xlsx"))
    assert wb["Missing from force"].max_row == 2 and wb["Not on HMICFRS list"].max_row == 2
    assert wb["Conflict"].max_row == 1


@pytest.mark.parametrize("owner, expected", [
    ("C/Supt Bell", "C-Supt Bell"), ("Supt Stop & Search lead", "Supt Stop and Search lead"),
    ("Head of: Contact*?", "Head of- Contact"), ("CON", "CON (owner)"), ("???", "Owner"),
    ("  Det  Ch Supt\tForce CID ", "Det Ch Supt Force CID"), ("x" * 80, "x" * 60),
])
def test_owner_file_names_are_safe_everywhere(owner, expected):
    assert safe_name(owner) == expected


def test_item_rows_written_as_xml_read_back_exactly(pair_files, tmp_path):
    """The item sheets' rows are written as XML text (rowsxml): markup characters and a
    formula-like start come back as written, as text, with the sheet's look and heights."""
    progress = "=SUM(A1) A&E <urgent> referrals\nreviewed with \"partners\" & CSE leads"
    h, f = pair_files([(1, SF, "24/10/2017", "Recommendation", MSHT_INTEL, "Being progressed")],
                      [["WMP tracker"], [], FORCE_HEADER, [SF],
                       [1, None, TWELVE, None, "DCI Patel", "Amber", progress]])
    rec = reconcile_files(h, f)
    out = tmp_path / "out.xlsx"
    write_outputs(rec, out)
    ws = openpyxl.load_workbook(out)["Conflict"]
    cols = header(ws)
    cell = ws.cell(2, cols["Progress update"])
    assert cell.value == rec.items["force_progress"].iloc[0]
    assert cell.value == progress and cell.data_type == "s"
    assert ws.cell(2, cols["HMICFRS ref"]).value == 1
    assert ws.cell(2, cols["Score"]).value == pytest.approx(rec.items["score"].iloc[0])
    assert ws.max_row == 2 and ws.dimensions == f"A1:{ws.cell(1, ws.max_column).column_letter}2"
    assert ws.row_dimensions[2].height >= 48          # the texts wrap over several lines
    assert ws.cell(2, cols["Decision"]).fill.fgColor.rgb.endswith("FFF2CC")   # where to write


@pytest.mark.parametrize("a, b", [
    (MSHT_INTEL, TWELVE), (FIREARMS, FIREARMS_FORCE), (DIGITAL, DIGITAL.upper()),
    (CONTROL_ROOM, "AFI 1 - " + CONTROL_ROOM.replace("should", "must").rstrip(".")),
])
def test_marked_words_are_the_words_textdiff_reports(a, b):
    """richtext compares words as textdiff.word_opcodes does (the CSV's text_diff): the
    workbook and the CSV never disagree about which words differ."""
    from reconcile.textdiff import word_opcodes
    from reconcile.write.richtext import word_runs

    runs_a, runs_b, _ = word_runs(a, b)
    ops = word_opcodes(a, b)
    assert [w for p, d in runs_a if d for w in p.split()] == [
        w for tag, wa, _ in ops if tag != "equal" for w in wa]
    assert [w for p, d in runs_b if d for w in p.split()] == [
        w for tag, _, wb in ops if tag != "equal" for w in wb]
    assert "".join(p for p, _ in runs_a) == a and "".join(p for p, _ in runs_b) == b


def test_cells_keep_spaces_carriage_returns_markup_numbers_and_dates(tmp_path):
    """What the loader never hands over (a CR, spaces at the ends, a date) still survives
    ``Book.write``, and text that starts like a formula or a number stays text."""
    from datetime import datetime

    from reconcile.write.book import Book
    from reconcile.write.cells import TEXT

    out = tmp_path / "x.xlsx"
    book = Book(out, "title", "reconcile test")
    sheet = book.sheet("Items")
    sheet.put(1, 1, "heading")
    values = ["  A&E <b>\r\nline two ", 27.6, 3, True, datetime(2017, 10, 24), None, "+44 121",
              "=SUM(A1:A2)", "http://example.org/x", "1e5"]
    for c, v in enumerate(values, start=1):
        sheet.put(2, c, v, TEXT)
    sheet.height(2, 33)
    book.close()
    # The values as reconcile reads a returned workbook (and as Excel shows them: a CR is
    # stored as _x000D_, which openpyxl leaves undecoded; calamine and Excel decode it).
    from reconcile.load import read_grids

    (grid,), _ = read_grids(out)
    assert grid.rows[1] == values
    back = openpyxl.load_workbook(out).active
    assert [c.value for c in back[2]][1:] == values[1:]
    assert {back.cell(2, c).data_type for c in (1, 7, 8, 9, 10)} == {"s"}
    assert not back["I2"].hyperlink
    assert back["E2"].number_format == "dd mmm yyyy" and back["A2"].alignment.wrap_text
    assert back.row_dimensions[2].height == 33 and back.dimensions == "A1:J2"


def test_a_text_marked_whole_or_with_empty_runs_is_still_written(tmp_path):
    """XlsxWriter refuses a rich string of one run, or with an empty run: a text whose every
    word differs is written in the marked font, and empty runs are left out."""
    from reconcile.write.book import Book
    from reconcile.write.cells import TEXT, Rich

    out = tmp_path / "x.xlsx"
    book = Book(out, "title", "reconcile test")
    sheet = book.sheet("Items")
    sheet.put(1, 1, Rich(((DIGITAL, "deleted"),)), TEXT)
    sheet.put(1, 2, Rich((("", None), ("=within six", "inserted"), (" months", None))), TEXT)
    book.close()
    ws = openpyxl.load_workbook(out, rich_text=True).active
    assert ws["A1"].value == DIGITAL and ws["A1"].font.strike and ws["A1"].alignment.wrap_text
    assert ws["A1"].font.color.rgb.endswith("C00000")
    runs = _runs(ws["B1"])
    assert [r[:3] for r in runs] == [("=within six", False, True), (" months", False, False)]
    assert runs[0][3].endswith("0070C0")
    assert ws["B1"].data_type == "s"
