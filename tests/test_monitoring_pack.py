"""The list as a liaison lead's cause-of-concern monitoring pack: a tab per cause of concern
listing its recommendations and the items HMICFRS linked to it, an item linked to both causes
printed in full on each tab, and the recommendations closed since the last pack moved to a
closed tab, a stub left where each was ("Closed since last pack – see …", no status). Each
item is read once, from its own row.

Texts are real public HMICFRS texts (Open Government Licence); ids and comments are invented.
"""

from __future__ import annotations

from builders import write_xlsx

from reconcile import load_side, reconcile_files

PEEL18 = "PEEL 18/19"
DEMAND = ("The force should undertake further work to gain a fuller understanding of current "
          "demand for its services, and likely future changes in demand. This is so it can make "
          "best use of its resources by matching them to demand to meet the needs of the public")
WORKLOAD = ("HMIC recommends that the force should immediately: conduct a review of officers’ "
            "capabilities and capacity to manage their investigative workload, to better "
            "understand investigative demand and the pressures placed upon them; and")
VULNERABILITY = ("HMIC recommends that the force should immediately: conduct a review, involving "
                 "its partners, of the approach to vulnerability to better safeguard vulnerable "
                 "people.")
SKILLS = ("HMIC recommends that the force should immediately: expand the skills project work to "
          "include an assessment of all skills, not only operational, including potential "
          "future skills requirements. This assessment should inform workforce plans;")
DIGITAL = ("HMIC recommends that within six months the force should: improve its ability to "
           "retrieve digital evidence from mobile phones, computers and other electronic devices "
           "quickly enough to ensure investigations are not delayed;")
STUB = "Closed since last pack – see 'Closed since Aug 21' tab"
HEAD = ["Link", "Reg ID", "Item", "Source", "Text", "HMICFRS status", "FLL comment"]


def _pack(tmp_path):
    coc1 = [["OFFICIAL"], ["Cause of concern 1 – maintaining services after the alliance"], [],
            HEAD,
            ["Rec (a)", 11361, "Recommendation", PEEL18, WORKLOAD, "Being progressed", None],
            ["Rec (b)", 11362, "Recommendation", PEEL18, VULNERABILITY, "Being progressed",
             "Evidence received – recommend closure"],
            ["Rec (c)", 11363, "Recommendation", PEEL18, STUB, None, None],
            ["Linked AFI", 5903, "AFI", "PEEL Eff 15", DEMAND, "Being progressed",
             "Linked to CoC 1 and CoC 2 (demand)."]]
    coc2 = [["OFFICIAL"], ["Cause of concern 2 – capacity and capability to investigate"], [],
            HEAD,
            ["Rec (a)", 11369, "Recommendation", PEEL18, DIGITAL, "Being progressed", None],
            ["Linked AFI", 5903, "AFI", "PEEL Eff 15", DEMAND, "Being progressed",
             "Duplicate link – see CoC 1 tab"]]
    closed = [["OFFICIAL"], ["Items closed since the August 2021 pack"], [],
              ["Reg ID", "Source", "Item", "Text", "Closed", "Closure comment"],
              [11363, PEEL18, "Recommendation", SKILLS, "Superseded",
               "Workforce skills to be assessed through PEEL 2021/22 fieldwork."]]
    return write_xlsx(tmp_path / "CoC monitoring pack Nov 21.xlsx",
                      {"CoC 1": coc1, "CoC 2": coc2, "Closed since Aug 21": closed})


def _tracker(tmp_path):
    rows = [["HMICFRS Ref", "Report", "Type", "Recommendation / AFI / CoC", "Status"],
            [11361, "PEEL 2018/19", "Rec", WORKLOAD, "Open"],
            [11362, "PEEL 2018/19", "Rec", VULNERABILITY, "Submitted for closure"],
            [11363, "PEEL 2018/19", "Rec", SKILLS, "Open"],
            [5903, "PEEL Efficiency 2015", "AFI", DEMAND, "Open"],
            [11369, "PEEL 2018/19", "Rec", DIGITAL, "Open"]]
    return write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": rows})


def test_an_item_printed_on_two_tabs_and_a_stub_are_read_once(tmp_path):
    side = load_side(_pack(tmp_path), "hmicfrs")
    rows = sorted(f"{s}!{r}" for s, r in zip(side.items["sheet"], side.items["row"], strict=True))
    assert rows == ["Closed since Aug 21!5", "CoC 1!5", "CoC 1!6", "CoC 1!8", "CoC 2!5"]
    why = dict(zip(side.skipped["row_id"], side.skipped["reason"], strict=True))
    assert why["CoC 2!6"].startswith("the same item as CoC 1!8")
    assert why["CoC 1!7"].startswith("points to Closed since Aug 21!5")


def test_the_stubbed_item_is_paired_on_its_own_row(tmp_path):
    rec = reconcile_files(_pack(tmp_path), _tracker(tmp_path))
    lines = {(h, f): c for h, f, c in zip(rec.items["hmicfrs_row"], rec.items["force_row"],
                                         rec.items["category"], strict=True)}
    # Closed by HMICFRS, open on the force's tracker: the force may close it too.
    assert lines[("Closed since Aug 21!5", "Tracker!4")] == "closeable_local"
    assert lines[("CoC 1!8", "Tracker!5")] == "in_sync"
    assert "missing_from_force" not in lines.values()
