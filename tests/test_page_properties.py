"""A tracker kept as one wiki page per item, its summary table copied into Excel: the page
template changed, so each field has two columns, each page filling one (a bullet the
browser put on a row of its own lands in the new template's text column), and an update
that opens "Completed Dec 2015 – …" where the RAG was left blank.

Texts are real public HMICFRS texts (Open Government Licence); the pages are invented.
"""

from __future__ import annotations

from builders import write_xlsx

from reconcile.casegen.texts.national import NATIONAL
from reconcile.load import load_side
from reconcile.load.statuses import update_says

STOLEN, _, ITEMS = NATIONAL["stolen"]


def _report(path):
    head = ["Title", "HMIC ID", "Recommendation", "RAG", "Update", "HMICFRS ref",
            "Recommendation / AFI", "Status", "Last update"]
    rows = [["HMICFRS Recommendations – page properties report"], [], head]
    for k, (_, text) in enumerate(ITEMS[:3]):          # the old template's pages
        rows.append([f"Stolen Freedom R{k + 1}", str(8311 + 3 * k), text[:150], "AMBER",
                     "Plan agreed at the MSHT board."])
    rows.append(["Stolen Freedom R4", str(8320), ITEMS[3][1][:150], None,
                 "Completed Dec 2015 - gap analysis done, governance board set up."])
    first, _, rest = ITEMS[0][1].partition("• ")
    for k, (_, text) in enumerate(ITEMS[4:7]):         # the new template's pages
        rows.append([f"Stolen Freedom R{k + 5}", None, None, None, None, str(8323 + 3 * k),
                     text[:150] if k else first + "• " + rest.split("• ")[0].strip(),
                     "IN PROGRESS", "12/03/2019 – on track"])
        if k == 0:       # the page's last bullet, pasted onto a row of its own
            rows.append([None, None, None, None, None, None, "• " + rest.split("• ")[1].strip()])
    return write_xlsx(path, {"Confluence report": rows})


def test_a_bullet_on_a_row_of_its_own_in_the_other_versions_column_is_the_rest(tmp_path):
    side = load_side(_report(tmp_path / "tracker.xlsx"), "force")
    assert list(side.items["row"]) == [4, 5, 6, 7, 8, 10, 11]
    why = dict(zip(side.skipped["row"], side.skipped["reason"], strict=True))
    assert why[9].startswith("the rest of the text of the item above")
    text = side.items.set_index("row").at[8, "text"]
    assert "senior leaders prioritise" in text and "every incident of modern slavery" in text


def test_an_update_opening_with_the_month_it_was_completed_says_done(tmp_path):
    side = load_side(_report(tmp_path / "tracker.xlsx"), "force")
    assert side.items.set_index("row").at[7, "status"] == (
        "Complete (the update says: 'Completed Dec 2015')")
    assert update_says("Completed Mayhem 12 – more to do") is None
    assert update_says("Closed Mar-17 - evidence accepted by the board") is not None


def test_a_page_copied_and_left_is_read_once(tmp_path):
    """"Copy of Stolen Freedom R1" left beside its page, the same wording, no RAG: the
    original is the item, the copy explained (read as an item it made a split in two)."""
    head = ["Title", "HMIC ID", "Recommendation", "RAG", "Update"]
    rows = [head,
            ["Copy of Stolen Freedom R1", "8311", ITEMS[0][1][:150], None, None],
            *[[f"Stolen Freedom R{k + 1}", str(8311 + 3 * k), text[:150], "AMBER", "Plan agreed"]
              for k, (_, text) in enumerate(ITEMS[:3])]]
    side = load_side(write_xlsx(tmp_path / "tracker.xlsx", {"Pages": rows}), "force")
    assert list(side.items["row"]) == [3, 4, 5]
    why = dict(zip(side.skipped["row"], side.skipped["reason"], strict=True))
    assert why[2].startswith("a copy of row 3 ('Copy of …', the same wording)")
