"""Shared builders for small, real-looking spreadsheets written in the tests themselves.

A plain module the tests import (pytest advises against importing conftest); the fixtures
that use these builders are in conftest.py."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from reconcile.casegen import texts as T
from reconcile.casegen.texts import (  # noqa: F401 - one copy of the real texts, named for tests
    CONTROL_ROOM,
    DIGITAL,
    FIREARMS,
    MSHT_INTEL,
    MSHT_NRM,
)

# Real public HMICFRS texts (Open Government Licence), reused across tests.
MSHT_PREVENT = ("Immediately, forces should review their use of preventative powers under the "
                "Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of "
                "those deemed to pose a clear threat to others in respect of modern slavery and "
                "human trafficking offences are exploited.")
DASH = ("To address this cause of concern, HMIC recommends the force should immediately take steps "
        "to ensure that:\n• there is effective supervision of the initial risk assessment process, "
        "specifically in relation to the completion of DASH risk assessment in appropriate cases.")
LEADERSHIP = ("Within twelve months, forces should review their leadership and governance "
              "arrangements for modern slavery and human trafficking, to ensure that:\n"
              "• senior leaders prioritise the response to modern slavery and human trafficking;\n"
              "• every incident of modern slavery identified to police is allocated appropriate "
              "resources with the skills, experience and capacity to investigate it effectively;\n"
              "• forces develop effective partnership arrangements to co-ordinate activity in order "
              "to share information and safeguard victims; and\n"
              "• performance and quality assurance measures are in place to allow senior leaders "
              "to assess the nature and quality of the service provided to victims.")

#: PEEL 2018/19's workload recommendation (West Midlands), and its report.
PEEL19 = "PEEL: Police effectiveness, efficiency and legitimacy 2018/19"
WORKLOAD = ("HMIC recommends that the force should immediately: conduct a review of officers' "
            "capabilities and capacity to manage their investigative workload, to better "
            "understand investigative demand and the skills needed.")

# Report titles the fixtures file items under, and a changed-timescale variant.
SF, EFF, FA = "Stolen freedom", "PEEL: Police efficiency 2017", "Targeting the risk"
TWELVE = MSHT_INTEL.replace("Within six months", "Within twelve months")

HMICFRS_HEADER = ["Reference", "Report title", "Publication date", "Type", "Recommendation",
                  "Status"]
FORCE_HEADER = ["No.", "HMICFRS Ref", "Recommendations & Areas for Improvement", "Type", "Lead",
                "RAG", "Progress update"]


def tracker_rows(*blocks, title: str = "WMP – HMICFRS tracker") -> list[list]:
    """Force tracker rows: title, blank, header, then (report title, rows) blocks."""
    rows = [[title], [], FORCE_HEADER]
    for report, items in blocks:
        rows.append([report])
        rows += [list(i) for i in items]
    return rows


# For the matcher's tests (test_match_*.py): the force's tracker and its pairs, and more real
# items of one report with the force's rows for them, so that words are weighed as on a real list.
PEEL_21 = "PEEL: Police effectiveness, efficiency and legitimacy 2021/22"
BODIES = [b.format(area="Avon and Somerset") + "." for b in T.BODIES[:16]]


def tracker(*blocks):
    """Force tracker rows, as `tracker_rows`, under the matcher tests' title."""
    return tracker_rows(*blocks, title="Force – HMICFRS tracker")


def pair_of(rec, force_row):
    """The pairs-frame row of one force row (by its Sheet!Row), or None."""
    ids = rec.f["row_id"].tolist()
    j = ids.index(force_row)
    got = rec.pairs[rec.pairs["f"] == j]
    return None if got.empty else got.iloc[0]


def others(report: str, start: int, bodies: list[str] = BODIES[:14],
           kind: str = "Recommendation") -> list[tuple]:
    """More real items of one report, so that words are weighed as on a real list."""
    return [(k, report, None, kind, "The force should " + body, "Awaiting review")
            for k, body in enumerate(bodies, start=start)]


def other_rows(start: int, bodies: list[str] = BODIES[:14], kind: str | None = None
               ) -> list[tuple]:
    """The force's rows for `others`, one each, in the list's order."""
    return [(str(k), None, body[0].upper() + body[1:], kind, "DCI Ross", "Green")
            for k, body in enumerate(bodies, start=start)]


def write_xlsx(path: Path, sheets: dict[str, Sequence[Sequence[Any]]],
               merges: dict[str, Iterable[str]] | None = None,
               bold: dict[str, Iterable[str]] | None = None) -> Path:
    """Write a workbook sheet by sheet; rows are lists of cell values (None = empty)."""
    import openpyxl
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    cell = ws.cell(row=r, column=c, value=value)
                    if isinstance(value, str) and value.startswith("="):
                        cell.data_type = "s"  # text typed by a person, not a formula
        for rng in (merges or {}).get(name, []):
            ws.merge_cells(rng)
        for ref in (bold or {}).get(name, []):
            ws[ref].font = Font(bold=True)
    wb.save(path)
    return path


#: PEEL 2023–25 areas for improvement (Cambridgeshire), as the register words them.
PEEL23 = "PEEL 2023–25: An inspection of Cambridgeshire Constabulary"
RASSO = ("The force should make sure victims of rape and serious sexual offences are kept "
         "informed about the progress of their case, in line with the Code of Practice for "
         "Victims of Crime.")
OCSA = ("The force should make sure it has enough specialist capacity and capability to "
        "investigate online child sexual abuse.")
SOC = ("The force should make sure its analysis of serious and organised crime informs its "
       "strategic assessment and control strategy.")
COUNTY = ("The force should improve how it gathers, assesses and acts on intelligence about "
          "county lines drug dealing.")


#: Stolen freedom's information-sharing and NRM recommendations as a register lists them.
SF_ITEMS = [(8411, SF, datetime(2017, 10, 24), "National recommendation", MSHT_INTEL),
            (8413, SF, datetime(2017, 10, 24), "National recommendation", MSHT_NRM)]


def register(path: Path, items: Sequence[Sequence[Any]], status: str) -> Path:
    """A register export (one sheet, header on row 1) of (ref, report, published, type,
    text), every item with `status`."""
    header = ["Reference", "Report title", "Publication date", "Type", "Recommendation",
              "Status"]
    return write_xlsx(path, {"Recommendations": [header, *[[*item, status] for item in items]]})


def hmicfrs_rows(items: Sequence[Sequence[Any]]) -> list[list[Any]]:
    """A definitive list with two title rows above the header."""
    return [["HMICFRS recommendations held against West Midlands Police"],
            ["Definitive list as at 1 November 2017"], [], HMICFRS_HEADER, *map(list, items)]


def two_items(pair_files, owner: str = "DCI Patel", progress: str | None = None):
    """The smallest real pair of files: two Stolen freedom recommendations, one done by the
    force and open on the list (closeable), one complete on the list and open in the tracker."""
    return pair_files(
        [(1, SF, None, "Recommendation", MSHT_INTEL, "Being progressed"),
         (2, SF, None, "Recommendation", MSHT_NRM, "Complete")],
        [["WMP tracker"], [], FORCE_HEADER, [SF],
         [1, None, MSHT_INTEL, None, owner, "GREEN", None],
         [2, None, MSHT_NRM, None, owner, "Amber", progress]])


#: The only formulas the workbook may hold: the Summary's own live "Decided" counts.
_OUR_FORMULA = re.compile(r"=(COUNTA\(\w+\[Decision\]\)|SUM\(C\d+:C\d+\))")


def is_our_formula(sheet: str, column_letter: str, value: object) -> bool:
    """A formula cell the tool wrote on purpose, never one made from an input's text."""
    return (sheet == "Summary" and column_letter == "C" and isinstance(value, str)
            and bool(_OUR_FORMULA.fullmatch(value)))



def write_ods(path: Path, sheets: dict[str, Sequence[Sequence[Any]]]) -> Path:
    """A minimal OpenDocument spreadsheet, as a PCC's office publishes one: rows of text
    cells (None = empty); a cell given as (value, n) is merged down n rows, the rows under
    it holding "COVERED" in that column (what LibreOffice writes)."""
    import zipfile
    from xml.sax.saxutils import escape

    def cell(v: Any) -> str:
        if v == "COVERED":
            return "<table:covered-table-cell/>"
        span = ""
        if isinstance(v, tuple):
            v, rows = v
            span = f' table:number-rows-spanned="{rows}" table:number-columns-spanned="1"'
        if v is None:
            return "<table:table-cell/>"
        return (f'<table:table-cell office:value-type="string"{span}><text:p>{escape(str(v))}'
                "</text:p></table:table-cell>")

    tables = "".join(f'<table:table table:name="{escape(name)}">' + "".join(
        "<table:table-row>" + "".join(map(cell, row)) + "</table:table-row>" for row in rows)
        + "</table:table>" for name, rows in sheets.items())
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} '
               f'office:version="1.2"><office:body><office:spreadsheet>{tables}'
               "</office:spreadsheet></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
                '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type='
                '"application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
                'manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return path
