"""The definitive list as a pivot table's report filter pages, pasted as values: a sheet per
report, the report named only in the filter cell above the table ("Report | Stolen freedom:
…"), Tabular form with "Repeat item labels" off (the type and status shown once per block,
blank below), "<type> Total" rows between blocks (no count where the refs are "(blank)") and
a Grand Total. And a force that tracks a recommendation one row per part, labelling each
"– part 2:".

Texts are real public HMICFRS texts (Open Government Licence); the workbooks are invented.
"""

from __future__ import annotations

from builders import write_xlsx

from reconcile import reconcile_files
from reconcile.casegen.texts.national import NATIONAL
from reconcile.load import load_side

SF, _, SF_ITEMS = NATIONAL["stolen"]
FA, _, FA_ITEMS = NATIONAL["firearms"]
LEADERSHIP, INTEL, NRM, NCRS, POWERS = (SF_ITEMS[k][1] for k in (0, 1, 3, 4, 6))
HEAD = ["Type", "Status", "Ref", "Recommendation", "Count of Ref"]
NAT = "National recommendation"


def _pivot(path):
    def page(report, rows, count):
        return [["Force", "West Mercia Police"], ["Report", report], [], HEAD, *rows,
                ["Grand Total", None, None, None, count]]
    return write_xlsx(path, {
        "Stolen Freedom MSHT": page(SF, [
            [NAT, "Awaiting review", 8603, POWERS, 1],
            [None, "Being progressed", 8601, LEADERSHIP, 1],
            [None, None, 8602, INTEL, 1],
            [None, "Complete", 8604, NRM, 1],
            [None, None, 8605, NCRS, 1],
            [f"{NAT} Total", None, None, None, 5]], 5),
        "Firearms licensing": page(FA, [
            ["Area for improvement", "Awaiting review", "(blank)", FA_ITEMS[2][1]],
            ["Area for improvement Total"],
            [NAT, "No further action required", 6101, FA_ITEMS[0][1], 1],
            [None, None, 6102, FA_ITEMS[1][1], 1],
            [f"{NAT} Total", None, None, None, 2]], 2)})


PARTS = ["MSHT leadership & governance review (within 12 months) – part 1: senior leaders "
         "prioritise the response to MSHT",
         "MSHT governance – part 2: every MS incident allocated appropriate resources with the "
         "skills, experience & capacity to investigate",
         "MSHT governance – part 3: effective partnership arrangements to co-ordinate "
         "activity, share info & safeguard victims",
         "MSHT governance – part 4: performance & QA measures so senior leaders can assess "
         "the service to victims"]


def _tracker(path):
    msht, fel = "Stolen Freedom (MSHT) 2017", "Firearms licensing 2015"
    return write_xlsx(path, {"Tracker": [
        ["No.", "Report", "Recommendation", "RAG"],
        [1, msht, POWERS, "Amber"],
        *[[2 + k, msht, part, rag] for k, (part, rag) in
          enumerate(zip(PARTS, ["Green", "Green", "Amber", "Green"], strict=True))],
        [6, msht, INTEL, "Amber"],
        [7, msht, NRM, "Green"],
        [8, msht, NCRS, "Green"],
        [9, fel, FA_ITEMS[2][1], "Amber"],
        [10, fel, FA_ITEMS[0][1], "Green"],
        [11, fel, FA_ITEMS[1][1], "Amber"]]})


def test_each_label_holds_for_its_block_and_the_filter_names_the_report(tmp_path):
    side = load_side(_pivot(tmp_path / "hmicfrs.xlsx"), "hmicfrs")
    items = side.items.set_index("row_id")
    assert len(items) == 8
    assert items.loc["Stolen Freedom MSHT!7", "status"] == "Being progressed"
    assert items.loc["Stolen Freedom MSHT!9", "status"] == "Complete"
    assert items.loc["Firearms licensing!8", "status"] == "No further action required"
    assert items.loc["Firearms licensing!8", "type"] == NAT
    assert set(items["report"]) == {SF, FA}
    assert items.loc["Firearms licensing!5", "ref"] is None           # "(blank)": no ref
    why = dict(zip(side.skipped["row_id"], side.skipped["reason"], strict=True))
    assert why["Firearms licensing!6"].startswith("subtotal row")
    assert "shown once per block" in side.sheets[1].note


def test_the_pivot_reconciles_and_a_split_labelled_by_part_is_one_item(tmp_path):
    rec = reconcile_files(_pivot(tmp_path / "hmicfrs.xlsx"), _tracker(tmp_path / "tracker.xlsx"))
    lines = rec.items
    leadership = lines[lines["hmicfrs_row"] == "Stolen Freedom MSHT!6"]
    assert sorted(leadership["force_row"]) == [f"Tracker!{r}" for r in range(3, 7)]
    assert set(leadership["category"]) == {"in_sync"}                # part 3 still Amber
    got = lines.dropna(subset=["hmicfrs_row"]).set_index("hmicfrs_row")
    assert got.loc["Stolen Freedom MSHT!9", "category"] == "in_sync"      # Complete / Green
    assert got.loc["Firearms licensing!8", "category"] == "closeable_local"   # NFA / Amber
    assert got.loc["Firearms licensing!7", "category"] == "in_sync"           # NFA / Green
    assert not lines["flags"].str.contains("report differs").any()
    assert not (lines["category"] == "not_on_hmicfrs_list").any()
