"""Layouts of the twenty-first session's round 76 of cases built by other hands.

- A tracker kept one row per force response, several items of a report summed up in one
  cell ("• ISAs with partner agencies\\n• NRM compliance …"), its text under "What we were
  asked to do (summary)" beside "Action taken / latest update".
- The list as form data merged from two versions of a PDF form: each field in two columns
  ("Text3" on the old form's rows, "RecommendationText" on the new), each row filling one.
- A BRAG key written in one cell, its lines parted by " · ": GREEN is on track (open).
- A split's rows each naming two lettered parts of their own ("(c) … (d) …").

Each test fails on 7a87bf9, but the last: it fails on this change without its guard (a
row read whole at `accept` is that item's). Texts are real public HMICFRS texts (Open Government Licence);
trackers, forms, owners and statuses are invented.
"""

from __future__ import annotations

from builders import LEADERSHIP, MSHT_PREVENT, write_xlsx

from reconcile import reconcile_files
from reconcile.casegen.texts import CONTROL_ROOM, DIGITAL, FIREARMS, MSHT_INTEL, MSHT_NRM
from reconcile.load import load_side
from reconcile.load.columns import field_named
from reconcile.load.header import header_key
from reconcile.normalise.types import type_word

SF = "Stolen freedom: the policing response to modern slavery and human trafficking"
EFF = "PEEL: Police efficiency 2017"
_LIST_HEAD = ["Reference", "Report title", "Type", "Recommendation", "Status"]


def _list(tmp_path, *rows):
    return write_xlsx(tmp_path / "hmicfrs.xlsx", {"Definitive list": [_LIST_HEAD, *rows]})


def _categories(rec):
    return {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}


def test_a_response_row_listing_several_items_in_bullets_is_a_line_of_each(tmp_path):
    """Three of a report's items summed up one bullet each in one row: a line of each (the
    fourth item missing); the text is the summary column, not the update beside it."""
    h = _list(tmp_path,
              [8411, SF, "National recommendation", MSHT_INTEL, "Being progressed"],   # 2
              [8412, SF, "National recommendation", MSHT_PREVENT, "Being progressed"],  # 3
              [8413, SF, "National recommendation", MSHT_NRM, "Complete"],              # 4
              [8417, SF, "National recommendation", LEADERSHIP, "Being progressed"])   # 5
    f = write_xlsx(tmp_path / "tracker.xlsx", {"All-force recs": [
        ["Lincolnshire Police – national recommendations, one row per force response"], [],
        ["LP ref", "Report", "What we were asked to do (summary)", "Lead",
         "Action taken / latest update", "Position"],
        ["N11", "Stolen Freedom (MSHT) 2017",
         "• information-sharing agreements with other agencies for MSHT intelligence\n"
         "• preventative powers under the Modern Slavery Act used against those posing a threat\n"
         "• fully compliant with the NRM process", "Det Ch Supt Force CID",
         "ISA with the local authorities signed; NRM first-responder training ongoing; "
         "slavery and trafficking prevention orders sought where the threat is clear.",
         "Open - in progress"]]})                                                         # 4
    side = load_side(f, "force")
    assert side.sheets[0].mapping["text"] == "What we were asked to do (summary)"
    assert field_named(header_key("Action taken / latest update"), "force") == "progress"
    assert _categories(reconcile_files(h, f)) == {
        ("Definitive list!2", "All-force recs!4"): "in_sync",
        ("Definitive list!3", "All-force recs!4"): "in_sync",
        ("Definitive list!4", "All-force recs!4"): "closeable_local",
        ("Definitive list!5", None): "missing_from_force"}


def test_form_data_from_two_versions_of_a_form_is_read_as_one_list(tmp_path):
    """The old form's rows fill Text1 / Dropdown2 / Text3, the new form's RegisterID / Type /
    RecommendationText: every row is an item, with its reference, type and text."""
    rows = [["Force", "Text1", "Report", "Dropdown2", "Text3", "Group1", "RegisterID", "Type",
             "RecommendationText"],
            ["West Mercia", "8411", SF, "National recommendation", MSHT_INTEL,
             "Being progressed", None, None, None],                                       # 2
            ["West Mercia", "8413", SF, "National recommendation", MSHT_NRM, "Complete",
             None, None, None],                                                           # 3
            ["West Mercia", "8519", EFF, "National recommendation", DIGITAL,
             "Being progressed", None, None, None],                                       # 4
            ["West Mercia Police", None, EFF, None, None, "Being progressed", "8522",
             "Area for improvement", CONTROL_ROOM],                                       # 5
            ["West Mercia Police", None, "Targeting the risk", None, None, "Complete", "5904",
             "National recommendation", FIREARMS]]                                        # 6
    h = tmp_path / "hmicfrs.csv"
    h.write_text("\n".join(",".join(f'"{v}"' if v is not None else "" for v in row)
                           for row in rows) + "\n", encoding="cp1252")
    side = load_side(h, "hmicfrs")
    items = side.items.set_index("row")
    assert list(items.index) == [2, 3, 4, 5, 6]
    assert items.loc[5, "text"] == CONTROL_ROOM and items.loc[2, "text"] == MSHT_INTEL
    assert items.loc[5, "ref"] == "8522" and str(items.loc[2, "ref"]) == "8411"
    assert "two versions of a form" in side.sheets[0].note


def test_a_brag_key_in_one_cell_parted_by_dots_says_green_is_on_track(tmp_path):
    h = _list(tmp_path,
              [8411, SF, "National recommendation", MSHT_INTEL, "Being progressed"],   # 2
              [8413, SF, "National recommendation", MSHT_NRM, "Being progressed"])     # 3
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Register": [
        ["West Mercia Police – HMICFRS Recommendations & AFIs Register (live)"],
        ["BRAG key: BLUE = complete (closure evidence submitted to / accepted by HMICFRS)  ·  "
         "GREEN = on track, within timescale  ·  AMBER = some slippage / at risk  ·  "
         "RED = off track or overdue"], [],
        ["OL Ref", "HMICFRS ID", "Inspection / report", "Recommendation / AFI (as recorded)",
         "BRAG"],
        ["OL-17-01", "8411", "Stolen Freedom 2017", "ISAs with other agencies for MSHT "
         "intelligence", "GREEN"],                                                        # 5
        ["OL-17-02", "8413", "Stolen Freedom 2017", "Full compliance with the NRM", "BLUE"]]})
    assert _categories(reconcile_files(h, f)) == {
        ("Definitive list!2", "Register!5"): "in_sync",
        ("Definitive list!3", "Register!6"): "closeable_submit"}


def test_split_rows_each_naming_two_lettered_parts_leave_none_out(tmp_path):
    h = _list(tmp_path, [8417, SF, "National recommendation", LEADERSHIP, "Being progressed"])
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Register": [
        ["OL Ref", "HMICFRS ID", "Inspection / report", "Recommendation / AFI (as recorded)",
         "BRAG"],
        ["OL-17-08a", "8417", "Stolen Freedom 2017", "Within 12 months review leadership & "
         "governance for MSHT so that (a) senior leaders prioritise the response to MSHT (b) "
         "every MS incident is allocated appropriate resources with the skills, experience & "
         "capacity to investigate", "BLUE"],
        ["OL-17-08b", "8417", "Stolen Freedom 2017", "(cont.) (c) effective partnership "
         "arrangements to co-ordinate activity, share information & safeguard victims (d) "
         "performance & QA measures so senior leaders can assess the service to victims",
         "BLUE"]]})
    rec = reconcile_files(h, f)
    assert set(_categories(rec).values()) == {"closeable_submit"}
    assert not any("bullet" in flags for flags in rec.items["flags"])


def test_a_type_cell_naming_two_types_names_neither():
    assert type_word("Cause of Concern / Recommendation") == ""
    assert type_word("National recommendation") == "recommendation"


#: PEEL 2023/24's domestic abuse cause of concern and one of its recommendations.
_DA_COC = ("The force’s current approach to domestic abuse is unacceptable. The proportion of "
           "victims who fail to support the investigation and the low use of police powers of "
           "arrest and prosecution is a cause of concern to HMIC.")
_DA_REC = ("Within six months, the force should take steps to understand and address the reason "
           "behind why such a high proportion of victims of domestic abuse do not support the "
           "police investigation.")
_PEEL24 = "PEEL: Police effectiveness, efficiency and legitimacy 2023/24"


def test_a_concerns_own_facets_in_clauses_are_not_several_items(tmp_path):
    """"Cause of concern - current approach to domestic abuse; victims not supporting
    investigations; low use of arrest and prosecution": the concern's row (read whole at
    accept), its second clause no summary of the recommendation about victims."""
    h = _list(tmp_path, [13878, _PEEL24, "Cause of concern", _DA_COC, "Awaiting review"],
              [13879, _PEEL24, "Recommendation", _DA_REC, "Awaiting review"])
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["No.", "HMICFRS ID", "Report", "Type", "Recommendation / AFI", "RAG"],
        [73, "TBC", "PEEL 2023/24", "Cause of Concern", "Cause of concern - current approach "
         "to domestic abuse; victims not supporting investigations; low use of arrest and "
         "prosecution.", "Amber"]]})
    assert _categories(reconcile_files(h, f)) == {
        ("Definitive list!2", "Tracker!2"): "in_sync",
        ("Definitive list!3", None): "missing_from_force"}
