"""Layouts met in round 110 of other hands' cases (tests/eval/other_hands): a tracker of one
sheet per report copied from a template tab, each report named only in the sheet's printed
page header; the list as a PCC office's public copy with items redacted or withheld; a
lead's shorthand ("NFA", "CYP", "w/o"); a liaison lead's reply column saying an item was
closed on the register. Each test fails on 131d5d2 unless marked a guard.

Texts are real public HMICFRS texts (Open Government Licence); trackers and owners are invented.
"""

from __future__ import annotations

from datetime import datetime

import xlsxwriter
from builders import write_xlsx

from reconcile import reconcile_files
from reconcile.casegen.texts.national import NATIONAL
from reconcile.load import load_side
from reconcile.normalise.text import norm_text

SAS, SAS_DATE, SAS_ITEMS = NATIONAL["sas13"]
DA, DA_DATE, DA_ITEMS = NATIONAL["everyone"]
CORE, CORE_DATE, CORE_ITEMS = NATIONAL["core"]


def _got(rec):
    return {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}


# --- one sheet per report, the report only in the page header -------------------------------

HEAD = ["No.", "Recommendation (as per report)", "Lead", "RAG", "Update"]
CODES = '&L&"Arial,Bold"&10OFFICIAL&C&"Arial,Bold"&12{title}&R&"Arial"&9Page &P of &N'


def _tabs(path):
    """Tabs copied from "Template" ("Template (2)", a loose "Nat thematic"), rows 1-4 alike on
    each, the report typed into the custom header only ("&&" prints "&")."""
    book = xlsxwriter.Workbook(str(path))
    book.set_properties({"created": datetime(2021, 6, 1)})
    grey = book.add_format({"font_color": "#808080"})

    def tab(name, title, rows, fmt=None):
        ws = book.add_worksheet(name)
        ws.set_header(CODES.format(title=title))
        for r, row in enumerate([["OFFICIAL"], ["HMICFRS recommendations – progress"],
                                 ["Last updated: 01/06/2021"], [], HEAD, *rows]):
            ws.write_row(r, 0, row, fmt if r >= 5 else None)
    tab("Template", "[REPORT TITLE]", [["1.1", "Paste the HMICFRS wording in full - do not "
                                        "abridge", "Lead name", "AMBER", "Update here"]], grey)
    tab("Template (2)", "Stop && Search Powers - are the police using them effectively && "
        "fairly? (HMIC July 2013)",
        [["1", SAS_ITEMS[0][1], "Supt Ward", "GREEN", "APP adopted."],
         ["2", SAS_ITEMS[1][1], "Supt Ward", "AMBER", "Dip sampling monthly."]])
    tab("Nat thematic", "Everyone's business: Improving the police response to domestic abuse "
        "(HMIC March 2014)",
        [["1", DA_ITEMS[0][1], "DCI Reed", "GREEN", "Plan published."],
         # filed on the wrong report's tab: Core Business, not Everyone's business
         ["2", CORE_ITEMS[0][1], "Supt Cole", "GREEN", "Criteria issued to call handlers."]])
    book.close()
    return path


def _tabs_list(path):
    rows = [["ID", "Report title", "Publication date", "Type", "Recommendation", "Status"]]
    for ref, (report, date, text, status) in {
            1187: (SAS, SAS_DATE, SAS_ITEMS[0][1], "Being progressed"),
            1188: (SAS, SAS_DATE, SAS_ITEMS[1][1], "Being progressed"),
            2321: (DA, DA_DATE, DA_ITEMS[0][1], "Being progressed"),
            4839: (CORE, CORE_DATE, CORE_ITEMS[0][1], "Complete")}.items():
        rows.append([ref, report, datetime(*date), "Recommendation", text, status])
    return write_xlsx(path, {"Definitive list": rows})


def test_a_page_headers_codes_are_read_as_excel_prints_them():
    from reconcile.load.xlsx_xml import header_section, page_header
    xml = (b'<headerFooter><oddHeader>&amp;L&amp;"Arial,Bold"&amp;10OFFICIAL&amp;C&amp;"Arial,'
           b'Bold"&amp;12Stop &amp;&amp; Search (HMIC July 2013)&amp;R&amp;"Arial"&amp;9Page '
           b'&amp;P of &amp;N</oddHeader></headerFooter>')
    assert page_header(xml) == ("OFFICIAL", "Stop & Search (HMIC July 2013)", "Page of")
    assert header_section("&KFF0000S&&S &Bpolicy&B") == "S&S policy"
    assert page_header(b"<sheetData/>") == ("", "", "")


def test_each_sheets_rows_take_the_report_its_page_header_prints(tmp_path):
    side = load_side(_tabs(tmp_path / "t.xlsx"), "force")
    got = {r.row_id: r.report for r in side.items.itertuples()}
    assert got["Template (2)!6"] == ("Stop & Search Powers - are the police using them "
                                    "effectively & fairly? (HMIC July 2013)")
    assert got["Nat thematic!7"].startswith("Everyone's business")
    # The template's example row is no item; its placeholder header no report.
    assert "Template!6" not in got
    why = dict(zip(side.skipped["row_id"], side.skipped["reason"], strict=True))
    assert why["Template!6"].startswith("the template the report sheets are copied from")


def test_an_item_on_another_reports_tab_is_a_report_conflict(tmp_path):
    got = _got(reconcile_files(_tabs_list(tmp_path / "l.xlsx"), _tabs(tmp_path / "t.xlsx")))
    assert got[("Definitive list!2", "Template (2)!6")] == "closeable_submit"
    assert got[("Definitive list!3", "Template (2)!7")] == "in_sync"
    assert got[("Definitive list!4", "Nat thematic!6")] == "closeable_submit"
    assert got[("Definitive list!5", "Nat thematic!7")] == "conflict"


def test_one_title_every_sheet_prints_is_no_report(tmp_path):
    """Guard (passes before the round): a header naming the workbook on every tab is not a
    report, and rows keep the report their column gives."""
    book = xlsxwriter.Workbook(str(tmp_path / "t.xlsx"))
    for name, (report, items) in {"2013": (SAS, SAS_ITEMS), "2014": (DA, DA_ITEMS)}.items():
        ws = book.add_worksheet(name)
        ws.set_header("&CHMICFRS Recommendations Tracker")
        ws.write_row(0, 0, ["Report", "Recommendation", "RAG"])
        ws.write_row(1, 0, [report[:40], items[0][1], "Amber"])
    book.close()
    side = load_side(tmp_path / "t.xlsx", "force")
    assert "HMICFRS Recommendations Tracker" not in set(side.items["report"])


# --- the list as a PCC office's public copy, items redacted or withheld -----------------------

def test_an_item_withheld_in_full_is_still_an_item(tmp_path):
    path = write_xlsx(tmp_path / "l.xlsx", {"Appendix B": [
        ["HMICFRS Ref", "Report", "Type", "Recommendation / AFI / cause of concern",
         "Protective marking", "HMICFRS status"],
        [1187, SAS, "Recommendation", SAS_ITEMS[0][1], "OFFICIAL", "being-progressed"],
        ["Withheld", "PEEL: Police legitimacy 2017 – An inspection of West Mercia Police",
         "Cause of concern", "1 item withheld in full – OFFICIAL-SENSITIVE",
         "OFFICIAL-SENSITIVE", "being-progressed"],
        [8577, "PEEL: Police legitimacy 2017 – An inspection of West Mercia Police",
         "Recommendation", "REDACTED – OFFICIAL-SENSITIVE (FOIA s.31(1)(a))",
         "OFFICIAL-SENSITIVE", "being-progressed"],
        ["2 items redacted, 1 withheld in full"],
    ]})
    side = load_side(path, "hmicfrs")
    assert list(side.items["row"]) == [2, 3, 4]
    assert 5 in set(side.skipped["row"])             # the office's count under the table


# --- a lead's shorthand ---------------------------------------------------------------------

def test_a_leads_shorthand_reads_as_the_words_it_stands_for():
    assert norm_text("PSD – NFA misconduct outcomes fair") == norm_text(
        "PSD – no further action misconduct outcomes fair")
    assert "children and young people" in norm_text("Custody – CYP only detained when "
                                                         "necessary")
    assert "without delay" in norm_text("on NFLMS w/o delay")
    assert "with partners" in norm_text("work w/ partners")


# --- the liaison lead's reply column ---------------------------------------------------------

def test_a_reply_saying_closed_on_the_register_closes_the_item(tmp_path):
    """The liaison lead answers inline in the list he sends back: "Agreed – closed on the
    register today" beside a status cell still "Being progressed". A closure promised ("Will
    close on the register once …") or the force's own comment changes nothing."""
    path = write_xlsx(tmp_path / "l.xlsx", {"Sheet1": [
        ["Ref", "Report", "Type", "Recommendation", "Status", "West Mercia comment (LP 29/03)",
         "HMICFRS response (ME 09/04)"],
        [1187, SAS, "Recommendation", SAS_ITEMS[0][1], "Being progressed",
         "Complete – please close.", "Agreed – closed on the register today."],
        [1188, SAS, "Recommendation", SAS_ITEMS[1][1], "Being progressed",
         "Complete – closed on the register?", "Will be closed on the register once I have "
         "seen the Q4 audit."],
        [1189, SAS, "Recommendation", SAS_ITEMS[2][1], "Being progressed",
         "Closed on the register last year", None],
    ]})
    it = load_side(path, "hmicfrs").items.set_index("row")
    assert it.loc[2, "status"].startswith("Complete (the reply:")
    assert (it.loc[3, "status"], it.loc[4, "status"]) == ("Being progressed", "Being progressed")


def test_the_careful_reader_sees_the_same_page_headers(tmp_path):
    """openpyxl, the reader a sheet calamine cannot hold goes to, reads the headers alike."""
    from reconcile.load.xlsx import read_xlsx
    from reconcile.load.xlsx_openpyxl import read_openpyxl
    path = _tabs(tmp_path / "t.xlsx")
    quick = {g.name: g.page_header for g in read_xlsx(path)}
    careful = {g.name: g.page_header for g in read_openpyxl(path)}
    assert quick == careful
    assert careful["Template (2)"][1].startswith("Stop & Search Powers")
