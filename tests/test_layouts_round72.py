"""Layouts of the twentieth session's round 72 of cases built by other hands: the monitoring
portal's print report exported to Excel from its report viewer, each item a record over two
or three rows under a band row per report, its header printed over two lines and repeated,
with the page's footer, on every page. The test fails on 096482b (the run stopped with exit
2: "no row below it has any text").

Texts are real public HMICFRS texts (Stolen freedom 2017, PEEL 2023-25; Open Government
Licence); the tracker is invented.
"""

from __future__ import annotations

from datetime import datetime

from builders import LEADERSHIP, MSHT_INTEL, MSHT_NRM, MSHT_PREVENT, OCSA, PEEL23, RASSO, SF, write_xlsx

from reconcile import load_side, reconcile_files

_HEAD = [None, "Ref", None, "Type", None, None, "Status", None, "Status date"]
_UNDER = [None, None, None, "Recommendation / area for improvement (HMICFRS note beneath, where held)"]
_FOOT = [None, "HMICFRS Monitoring Portal  •  OFFICIAL - SENSITIVE", None, None, None, None,
         "Page {} of 2"]
_TOP = [None, "Recommendations by report – Cambridgeshire Constabulary", None, None, None, None,
        "Run 14/10/2024 08:47"]


def _fields(ref, kind, status, when):
    return [None, ref, None, kind, None, None, status, None, when]


def _wording(text):
    return [None, None, None, text]


def test_the_portals_print_report_reads_each_record_its_wording_note_and_report(tmp_path):
    """Each record's fields line is the item; the wording on the line under it (and on the
    next page, after the footer and the repeated header, where a page break cut it), the
    "HMICFRS note:" line under that, and the report and date of the band over the records
    are read with it. (Before: the run stopped, finding no text under the header.)"""
    rows = [
        [None, "HMICFRS Monitoring Portal", None, None, None, None, "OFFICIAL - SENSITIVE"],
        [None, "Recommendations by report"],
        [None, "Force: Cambridgeshire Constabulary"],
        [],
        _TOP, _HEAD, _UNDER,                                                          # 5-7
        [None, SF, None, None, None, None, "Published: 24 October 2017"],              # 8
        _fields("8411", "National recommendation", "Being progressed", datetime(2023, 5, 1)),
        _wording(MSHT_INTEL),                                                         # 10
        [],
        _fields("8413", "National recommendation", "Complete", datetime(2019, 3, 1)),  # 12
        _wording(MSHT_NRM),
        _wording("HMICFRS note: Closed on the evidence of the force's NRM audit."),   # 14
        [],
        _fields("8415", "National recommendation", "Being progressed", datetime(2020, 1, 9)),
        [*_FOOT[:6], "Page 1 of 2"],                                                  # 17
        _TOP, _HEAD, _UNDER,                                                          # 18-20
        [None, SF + " (continued)", None, None, None, None, "Published: 24 October 2017"],
        _wording(MSHT_PREVENT),                                                       # 22
        [],
        _fields("8417", "National recommendation", "Being progressed", datetime(2024, 2, 1)),
        _wording(LEADERSHIP),                                                         # 25
        [None, None, None, None, "Items in this report: 4    (open 3, closed 1)"],
        [],
        [None, PEEL23, None, None, None, None, "Published: 12 September 2024"],        # 28
        _fields("14,510", "Area for improvement", "Awaiting review", datetime(2024, 9, 12)),
        _wording(RASSO),                                                              # 30
        [],
        _fields("14,511", "Area for improvement", "Awaiting review", datetime(2024, 9, 12)),
        _wording(OCSA),                                                               # 33
        [*_FOOT[:6], "Page 2 of 2"]]
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Sheet1": rows},
                   merges={"Sheet1": ["D10:I10", "D13:I13", "D22:I22"]})
    side = load_side(h, "hmicfrs")
    items = side.items.set_index("row")
    assert list(items.index) == [9, 12, 16, 24, 29, 32]
    assert items.loc[16, "text"] == MSHT_PREVENT          # after the page break
    assert items.loc[12, "progress"] == "Closed on the evidence of the force's NRM audit."
    assert items.loc[16, "report"] == SF and items.loc[29, "report"] == PEEL23
    assert items.loc[29, "ref"] in ("14,510", "14510", 14510)
    skipped = side.skipped.set_index("row")["reason"]
    assert skipped[10].startswith("the wording of the record above")
    assert skipped[14].startswith("the note of the record above")
    assert skipped[21].startswith("report band")
    assert all(not skipped[r].startswith("the wording") for r in (17, 18, 19))

    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["HMICFRS Ref", "Report", "Recommendation", "RAG"],
        [8411, "Stolen Freedom 2017", MSHT_INTEL, "Amber"],
        [8413, "Stolen Freedom 2017", MSHT_NRM, "Complete"],
        [8415, "Stolen Freedom 2017", MSHT_PREVENT, "Complete"],
        [8417, "Stolen Freedom 2017", LEADERSHIP, "Amber"],
        [14510, "PEEL 2023-25", RASSO, "Amber"],
        [14511, "PEEL 2023-25", OCSA, "Green"]]})
    got = {(r.hmicfrs_row, r.force_row): r.category
           for r in reconcile_files(h, f).items.itertuples()}
    assert got == {("Sheet1!9", "Tracker!2"): "in_sync",
                   ("Sheet1!12", "Tracker!3"): "in_sync",
                   ("Sheet1!16", "Tracker!4"): "closeable_submit",
                   ("Sheet1!24", "Tracker!5"): "in_sync",
                   ("Sheet1!29", "Tracker!6"): "in_sync",
                   ("Sheet1!32", "Tracker!7"): "closeable_submit"}


def test_a_print_report_whose_header_second_line_finishes_other_headings(tmp_path):
    """The same report from another viewer: the header's second line also finishes other
    headings ("Status" over "date", "Days" over "open"), the reference is merged down over
    a record's two lines, and each band gives its title and date in one cell ("Stolen freedom –
    Published: 24/10/2017")."""
    head = [None, "Ref", "Type", None, "Status", "Status", "Days", "Last updated"]
    under = [None, None, "Recommendation / area for improvement", None, None, "date", "open",
             "by"]
    rows = [[None, "Recommendations by report"], [], head, under,
            [None, f"{SF} – Published: 24/10/2017"]]
    texts = [(8411, MSHT_INTEL, "Being progressed"), (8413, MSHT_NRM, "Complete"),
             (8415, MSHT_PREVENT, "Being progressed")]
    merges = []
    for ref, text, status in texts:
        r = len(rows) + 1
        rows += [[None, ref, "National recommendation", None, status, "01/05/2023", 500,
                  "FLL Cambs"], [None, None, text]]
        merges += [f"B{r}:B{r + 1}", f"C{r + 1}:H{r + 1}"]
    rows += [[None, f"{PEEL23} – Published: 12/09/2024"]]
    for ref, text in ((14510, RASSO), (14511, OCSA)):
        r = len(rows) + 1
        rows += [[None, ref, "Area for improvement", None, "Awaiting review", "12/09/2024", 30,
                  "FLL Cambs"], [None, None, text]]
        merges += [f"B{r}:B{r + 1}", f"C{r + 1}:H{r + 1}"]
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Recs by report": rows},
                   merges={"Recs by report": merges})
    side = load_side(h, "hmicfrs")
    items = side.items.set_index("row")
    assert list(items.index) == [6, 8, 10, 13, 15]
    assert list(items["text"]) == [MSHT_INTEL, MSHT_NRM, MSHT_PREVENT, RASSO, OCSA]
    assert list(items["report"]) == [SF, SF, SF, PEEL23, PEEL23]
    assert list(items["status"])[:2] == ["Being progressed", "Complete"]
    assert side.sheets[0].mapping["closed_on"] == "Status date"
