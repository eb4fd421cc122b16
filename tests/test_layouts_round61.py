"""Layouts of the eighteenth session's rounds 61 and 62 of cases built by other hands: rows
whose status is their change project's stage on a portfolio sheet, an improvement plan by
PEEL area with each area's grade on a section row and a key writing "GREEN (G)", and a
SharePoint list carrying its text across 255-character columns with the register id in its
"Title" column. Each test failed on the commit before the reader it tests (7e18b76).

Texts are real public HMICFRS texts (Stolen freedom 2017, PEEL 2023-25 areas for
improvement; Open Government Licence); trackers, projects and owners are invented.
"""

from __future__ import annotations

from datetime import datetime

from builders import (
    COUNTY,
    LEADERSHIP,
    MSHT_INTEL,
    MSHT_NRM,
    MSHT_PREVENT,
    OCSA,
    PEEL23,
    RASSO,
    SF,
    SOC,
    write_xlsx,
)

from reconcile import reconcile_files

SF_DATE, PEEL_DATE = datetime(2017, 10, 24), datetime(2024, 5, 14)


def _got(rec):
    return {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}


def _list(path, items):
    header = ["Reference", "Report title", "Publication date", "Type", "Recommendation", "Status"]
    return write_xlsx(path, {"Recommendations": [header, *map(list, items)]})


# ------------------------------------------------- a row's status is its project's

def test_a_row_saying_see_project_takes_its_projects_stage_from_the_portfolio(tmp_path):
    """"See project" (or nothing) beside a project written "PRJ 41", "prj-021", by its name
    or merged into another: the row is done when the project is closed ("5 - Closed",
    or under the ARCHIVE banner), open in its "4 - Closure" stage or merged into a live one;
    a status of the row's own stands. The portfolio's rows are no items. (Before: "See
    project" was an unknown word counted as open, and every project row an item.)"""
    h = _list(tmp_path / "hmicfrs.xlsx", [
        (8411, SF, SF_DATE, "Recommendation", MSHT_INTEL, "Being progressed"),
        (8413, SF, SF_DATE, "Recommendation", MSHT_NRM, "Being progressed"),
        (8415, SF, SF_DATE, "Recommendation", MSHT_PREVENT, "Being progressed"),
        (14510, PEEL23, PEEL_DATE, "Area for improvement", RASSO, "Being progressed"),
        (14511, PEEL23, PEEL_DATE, "Area for improvement", OCSA, "Being progressed"),
        (14512, PEEL23, PEEL_DATE, "Area for improvement", SOC, "Being progressed")])
    f = write_xlsx(tmp_path / "tracker.xlsx", {
        "HMICFRS Tracker": [
            ["No.", "HMICFRS Ref", "Recommendation / AFI", "Delivered by (project)", "Rec status"],
            [1, 8411, MSHT_INTEL, "PRJ 41", "See project"],
            [2, 8413, MSHT_NRM, "prj-021", None],
            [3, 8415, MSHT_PREVENT, "MSHT Intelligence & Partnerships", "As per project"],
            [4, 14510, RASSO, "Vetting Backlog Recovery (PRJ-011)", "See Project"],
            [5, 14511, OCSA, "PRJ-041", "In progress"],
            [6, 14512, SOC, "PRJ-021", "Complete"]],
        "Change Portfolio": [
            ["Change Portfolio – Strategic Change Board"], [],
            ["Code", "Project / Programme", "SRO", "Stage", "RAG", "Notes"],
            ["PRJ-011", "Vetting Backlog Recovery", "Head of PSD", "4 - Closure", "Green",
             "Closure report to SCB"],
            ["PRJ-021", "Modern Slavery Response", "Head of Intelligence", "3 - Delivery", "Amber",
             "Absorbed PRJ-022"],
            ["PRJ-022", "MSHT Intelligence & Partnerships", "Head of Intelligence", "n/a", None,
             "Merged into PRJ-021 (Jun 2023)"],
            ["ARCHIVE – CLOSED PROJECTS"],
            ["PRJ-041", "Contact Centre Demand & Resourcing", "Supt Contact Centre", "5 - Closed",
             "Complete", "Closure approved"]]})
    rec = reconcile_files(h, f)
    got = _got(rec)
    tab = "HMICFRS Tracker!"
    assert [got[(f"Recommendations!{r}", f"{tab}{r}")] for r in range(2, 8)] == [
        "closeable_submit", "in_sync", "in_sync", "in_sync", "in_sync", "closeable_submit"]
    flags = " ".join(rec.items["flags"].astype(str))
    assert "force: Closed (project PRJ-041: 5 - Closed" in flags
    assert "PRJ-022 merged into PRJ-021: 3 - Delivery" in flags
    assert not any(str(k[1]).startswith("Change Portfolio") for k in got)


# ------------------------------------------------- a plan by PEEL area, its grades, its key

def test_a_section_rows_peel_grade_is_no_status_and_a_keys_letters_are_its_colours(tmp_path):
    """An improvement plan by PEEL area: each area's row gives its grade in the BRAG column
    ("PEEL 2023/24 grade: Inadequate") and is no item, nor an action of the item above; the
    key's "GREEN (G) | On track – … NOT complete" makes Green and G open. (Before: the
    section rows were read as the item above's actions, and Green as done.)"""
    h = _list(tmp_path / "hmicfrs.xlsx", [
        (14510, PEEL23, PEEL_DATE, "Area for improvement", RASSO, "Being progressed"),
        (14511, PEEL23, PEEL_DATE, "Area for improvement", OCSA, "Being progressed"),
        (14512, PEEL23, PEEL_DATE, "Area for improvement", SOC, "Being progressed"),
        (14513, PEEL23, PEEL_DATE, "Area for improvement", COUNTY, "Being progressed")])
    f = write_xlsx(tmp_path / "tracker.xlsx", {
        "Improvement Plan": [
            ["Force Ref", "HMICFRS ID", "Recommendation / AFI", "Action Owner", "BRAG"],
            ["1. PROVIDING A SERVICE TO VICTIMS OF CRIME", None, None, None,
             "PEEL 2023/24 grade: Requires improvement"],
            ["VIC-01", 14510, RASSO, "C/Supt Bell", "Blue"],
            ["2. INVESTIGATING CRIME", None, None, None, "PEEL 2023/24 grade: Inadequate"],
            ["INV-01", 14511, OCSA, "DCC", "Green"],
            ["INV-02", 14512, SOC, "DCC", "G"],
            ["3. PROTECTING VULNERABLE PEOPLE", None, None, None, "PEEL 2023/24 grade: Adequate"],
            ["VUL-01", 14513, COUNTY, "ACC Crime", "Blue"]],
        "Key": [
            ["BRAG key"],
            ["BLUE (B)", "Complete – action delivered and signed off at Inspection Gold"],
            ["GREEN (G)", "On track – work in progress and expected to be delivered. NOT complete."],
            ["AMBER (A)", "At risk – some slippage, target date may be missed"],
            ["RED (R)", "Off track – target date missed"]]})
    rec = reconcile_files(h, f)
    got = _got(rec)
    assert got == {("Recommendations!2", "Improvement Plan!3"): "closeable_submit",
                   ("Recommendations!3", "Improvement Plan!5"): "in_sync",
                   ("Recommendations!4", "Improvement Plan!6"): "in_sync",
                   ("Recommendations!5", "Improvement Plan!8"): "closeable_submit"}
    plan = rec.force.skipped[rec.force.skipped["sheet"] == "Improvement Plan"]
    reasons = dict(zip(plan["row"], plan["reason"], strict=True))
    assert "PEEL area's grade" in reasons[4] and "PEEL area's grade" in reasons[7]


# ------------------------------------------------- a SharePoint list: 255-character columns

def test_a_text_carried_across_columns_is_one_text_and_title_holds_the_register_id(tmp_path):
    """A SharePoint list of the definitive list: its text field holds 255 characters, the
    rest in "(cont.)" and "(cont. 2)" (cut mid-word at exactly 255: no space where they
    join; cut by hand at a space: one); its "ID" counts the list's rows and the register id
    is in the never-renamed "Title". (Before: each text stopped at 255 characters, a bullet
    short, and "ID" was the reference, differing from every force's.)"""
    def parts(text, mid_word):
        if mid_word:
            return [text[i:i + 255] for i in range(0, len(text), 255)]
        out, rest = [], text
        while len(rest) > 255:
            cut = rest.rfind(" ", 0, 255)
            out.append(rest[:cut])
            rest = rest[cut + 1:]
        return [*out, rest]

    items = [(9001, LEADERSHIP, True), (9002, MSHT_PREVENT, False), (9003, MSHT_INTEL, True)]
    rows = []
    for k, (ref, text, mid) in enumerate(items):
        cut = (parts(text, mid) + [None] * 3)[:3]
        rows.append([k * 2 + 1, ref, SF, "Recommendation", *cut, "Being progressed"])
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"owssvr": [
        ["ID", "Title", "Report", "Type", "Recommendation text", "(cont.)", "(cont. 2)",
         "Status"], *rows]})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["HMICFRS ref", "Report", "Recommendation", "RAG"],
        [9001, "Stolen Freedom 2017", LEADERSHIP, "Green"],
        [9002, "Stolen Freedom 2017", MSHT_PREVENT, "Amber"],
        [None, "Stolen Freedom 2017", MSHT_INTEL, "Amber"]]})
    rec = reconcile_files(h, f)
    got = _got(rec)
    assert [got[(f"owssvr!{r}", f"Tracker!{r}")] for r in (2, 3, 4)] == [
        "closeable_submit", "in_sync", "in_sync"]
    texts = dict(zip(rec.items["hmicfrs_row"], rec.items["hmicfrs_text"], strict=True))
    assert texts["owssvr!2"] == LEADERSHIP and texts["owssvr!3"] == MSHT_PREVENT
    assert "reference differs" not in " ".join(rec.items["flags"].astype(str))


def test_a_tracker_numbering_its_rows_like_projects_is_no_portfolio(tmp_path):
    """A tracker whose own numbers look like project codes ("CP-01", "CP-02") and which has a
    Status column is still the tracker: its rows ask something of the force, a portfolio's
    rows do not. Its items are read, none set aside as projects."""
    h = _list(tmp_path / "hmicfrs.xlsx", [
        (8411, SF, SF_DATE, "Recommendation", MSHT_INTEL, "Being progressed"),
        (8413, SF, SF_DATE, "Recommendation", MSHT_NRM, "Being progressed"),
        (8415, SF, SF_DATE, "Recommendation", MSHT_PREVENT, "Being progressed")])
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["No.", "Recommendation", "Stage", "Status"],
        ["CP-01", MSHT_INTEL, "Delivery", "Complete"],
        ["CP-02", MSHT_NRM, "Delivery", "In progress"],
        ["CP-03", MSHT_PREVENT, "Closure", "See project"]]})
    got = _got(reconcile_files(h, f))
    assert got == {("Recommendations!2", "Tracker!2"): "closeable_submit",
                   ("Recommendations!3", "Tracker!3"): "in_sync",
                   ("Recommendations!4", "Tracker!4"): "in_sync"}
