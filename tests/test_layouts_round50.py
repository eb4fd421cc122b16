"""Layouts of the seventeenth session's rounds of cases built by other hands: a work tracker's
export with epics at two depths, a database's query export cutting every text at 255
characters, a force copy losing its item's bullet marks, an item carried forward whose older
copy reads the item as well as its newer one, a key naming each status's spellings in one
cell. Each test failed on the commit before the reader it tests (d0b5799 for round 50,
6dccdc4 for round 51).

Texts are real public HMICFRS texts (Crime data integrity 2014 and 2019, PEEL legitimacy
2017, the 2021 spotlight on stop and search; Open Government Licence); trackers, statuses
and owners are invented, the force's own wording written as a force would.
"""

from __future__ import annotations

import csv
from datetime import datetime

from builders import register, write_xlsx

from reconcile import reconcile_files

DISPARITY = ("Where forces identify disparities through monitoring, they should demonstrate to "
             "the public that they have:\n•carried out research and analysis in an attempt to "
             "understand the reasons for the disparity, and •taken action to reduce the "
             "disparity, where necessary;")
BWV = ("By September 2021, forces should: ensure that officers record on body-worn video (when "
       "this is available) the entirety of all stop and search encounters, including traffic "
       "stops and use of force incidents.\nhave a structured process for regularly reviewing "
       "and monitoring internally a sufficient sample of body-worn video footage to identify "
       "and disseminate learning and hold officers to account when behaviour falls below "
       "acceptable standards.\nprovide external scrutiny panel members with access to samples "
       "of body-worn video footage showing stop and search encounters and use of force "
       "incidents, taking account of the safeguards in the College of Policing’s Authorised "
       "Professional Practice.")
CATEGORISE = ("By 30 November 2015, chief constables should put in place arrangements to "
              "scrutinise audits of compliance with the APP on information management through "
              "the force information management governance structure. This should include "
              "measures to ensure that categorisation of records are regularly adjusted.")
VICTIMS = ("Within six months the force should put in place arrangements to ensure that:\n"
           "• at the point of report, victims are believed;\n"
           "• conversations between the call handlers and callers are summarised accurately "
           "in the incident log, thus providing attending officers with full facts on which to "
           "base crime-recording decisions;\n"
           "• multiple crimes are always recorded when described within incident records or "
           "identified as part of other recorded crime investigations;\n"
           "• the practice of awaiting the results of medical examinations or video interviews "
           "before making crime-recording decisions is stopped; and\n"
           "• online reports of crime are triaged at the point of receipt to ensure any ongoing "
           "risks to the victim or the wider public are identified and appropriately managed.")
DEMAND = ("The force should undertake further work to gain a fuller understanding of current "
          "demand for its services, and likely future changes in demand. This is so it can make "
          "best use of its resources by matching them to demand to meet the needs of the "
          "public.")
FRAUD = "The force should improve its understanding of the nature and scale of fraud in its area."
#: The register's titles as it holds them, in full (the spotlight's subtitle too: the force's
#: epic names it "Spotlight: stop and search and use of force 2021").
LEGIT, SPOT, CDI = ("PEEL: Police legitimacy 2017",
                    "Disproportionate use of police powers: A spotlight on stop and search and "
                    "the use of force", "Crime data integrity 2019")
BTP = "Building the picture 2015"
PEEL19 = "PEEL 2018/19"


def _got(rec):
    return {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}


def _flags(rec, force_row):
    return " ".join(rec.items.loc[rec.items["force_row"] == force_row, "flags"].astype(str))


# ------------------------------------------ a work tracker's export, epics at two depths

def _jira(path, rows):
    header = ["Summary", "Issue key", "Issue id", "Issue Type", "Status", "Priority",
              "Description", "Custom field (HMICFRS reference)", "Parent", "Parent summary"]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def test_tasks_under_an_epic_without_sub_tasks_are_items_not_its_actions(tmp_path):
    """Epics are report headings at the bottom of the export. Two epics' tasks have
    sub-tasks (one per bullet or part), so those epics are a level above the items; the
    third epic's task has none. It is an item too: the "Issue Type" column says all three
    are epics. (Before, that task was read as its epic's action, given the epic's text, and
    left unpaired; the epics came out as items "not on the HMICFRS list".)"""
    f = _jira(tmp_path / "tracker.csv", [
        ["CDI – victims believed, multiple crimes, online reports", "HMIC-20", "2020", "Task",
         "In Progress", "High", VICTIMS, "", "1001", CDI],
        ["(a) victims believed at the point of report", "HMIC-21", "2021", "Sub-task", "Done",
         "Medium", "At the point of report, victims are believed.", "", "2020", ""],
        ["(c) multiple crimes recorded", "HMIC-22", "2022", "Sub-task", "In Progress",
         "Medium", "Multiple crimes are always recorded when described within incident "
         "records.", "", "2020", ""],
        ["S&S disparities – research and action shown to the public", "HMIC-30", "2030",
         "Task", "Done", "High", DISPARITY, "", "1002", LEGIT],
        ["BWV – record, review, scrutiny panel access", "HMIC-31", "2031", "Task",
         "In Progress", "Medium", BWV, "", "1003", SPOT],
        ["BWV – record whole encounters", "HMIC-32", "2032", "Sub-task", "Done", "Medium",
         "Officers record on BWV the entirety of all stop and search encounters.", "", "2031",
         ""],
        ["BWV – scrutiny panel access", "HMIC-33", "2033", "Sub-task", "In Progress", "Medium",
         "External scrutiny panel members given access to samples of BWV footage.", "", "2031",
         ""],
        ["Crime data integrity 2019", "HMIC-1", "1001", "Epic", "In Progress", "Medium",
         "HMICFRS report: Crime data integrity 2019.", "", "", ""],
        ["PEEL legitimacy 2017", "HMIC-2", "1002", "Epic", "Done", "Medium",
         "HMICFRS report: PEEL legitimacy 2017 (national).", "", "", ""],
        ["Spotlight: stop and search and use of force 2021", "HMIC-3", "1003", "Epic",
         "In Progress", "Medium", "HMICFRS report: Disproportionate use of police powers.",
         "", "", ""]])
    h = register(tmp_path / "hmicfrs.xlsx",
                 [(6989, CDI, datetime(2019, 3, 13), "Recommendation", VICTIMS),
                  (8541, LEGIT, datetime(2017, 12, 12), "National recommendation", DISPARITY),
                  (13390, SPOT, datetime(2021, 2, 26), "National recommendation", BWV)],
                 "Being progressed")
    rec = reconcile_files(h, f)
    got = _got(rec)
    assert got[("Recommendations!3", "tracker.csv!5")] == "closeable_submit"
    # The sub-tasks are still actions of their task's item; the epics are no items.
    assert {k[1] for k in got if k[0] == "Recommendations!2"} == {
        "tracker.csv!2", "tracker.csv!3", "tracker.csv!4"}
    assert {k[1] for k in got if k[0] == "Recommendations!4"} == {
        "tracker.csv!6", "tracker.csv!7", "tracker.csv!8"}
    # The epics themselves are headings, explained, not items the force tracks alone.
    assert "not_on_hmicfrs_list" not in got.values()
    note = " ".join(s.note for s in rec.force.sheets)
    assert "rows 9-11 are a level above the items" in note


def test_a_task_with_no_description_is_read_by_its_summary_not_carried_down(tmp_path):
    """An imported task has a Summary and no Description. It is its own item, read by its
    summary, not one more action of the task above it (as a merged cell would be)."""
    f = _jira(tmp_path / "tracker.csv", [
        ["Understand demand", "HMIC-40", "2040", "Task", "In Progress", "Medium", DEMAND, "",
         "", ""],
        ["Understand the nature and scale of fraud in the area", "HMIC-41", "2041", "Task",
         "Done", "Medium", "", "", "", ""]])
    h = register(tmp_path / "hmicfrs.xlsx",
                 [(14101, PEEL19, datetime(2019, 5, 2), "Area for improvement", DEMAND),
                  (14102, PEEL19, datetime(2019, 5, 2), "Area for improvement", FRAUD)],
                 "Being progressed")
    rec = reconcile_files(h, f)
    note = " ".join(s.note for s in rec.force.sheets)
    assert "row 3 has no 'Description': its 'Summary' is read as the text" in note
    assert ("Recommendations!2", "tracker.csv!3") not in _got(rec)


# ------------------------------------------ texts cut at 255 characters by a database

def _national():
    """The national recommendations the casegen holds, as (report, date, type, text): the
    rest of a real-sized list, so each word weighs what it would in one."""
    from reconcile.casegen.texts.national import NATIONAL

    return [(report, day, kind, text) for report, day, items in NATIONAL.values()
            for kind, text in items if not text.startswith(CATEGORISE[:40])]


def test_a_word_cut_part_way_by_a_database_export_is_no_other_subject(tmp_path):
    """The list's query export cut the text at 255 characters, mid-word ("... ensure that
    cat"). The force has it whole. Same item, paired outright, no subject said to differ.
    (On a list this size the cut word weighs too little to be called a subject anyway; on
    the round's 64-item list it weighed enough: "different subject ('cat' / 'categorisation
    regularly adjusted') -40", sent to review. The next test asks the alignment itself.)"""
    cut = CATEGORISE[:255]
    assert cut.endswith("that cat")
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"qryDefinitiveList": [
        ["RecID", "ForceName", "ReportTitle", "PublicationDate", "RecType",
         "RecommendationText", "Status"],
        [3497, "Cheshire Constabulary", "Building the picture: an inspection of police "
         "information management", datetime(2015, 7, 1), "National recommendation", cut,
         "being-progressed"],
        [14102, "Cheshire Constabulary", PEEL19, datetime(2019, 5, 2), "Area for improvement",
         FRAUD, "being-progressed"],
        *[[5000 + k, "Cheshire Constabulary", report, datetime(*day), kind, text, "complete"]
          for k, (report, day, kind, text) in enumerate(_national())]]})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"HMICFRS Tracker": [
        ["No.", "HMICFRS Ref", "Report", "Recommendation / AFI", "Lead", "Status"],
        [13, None, BTP, CATEGORISE, "ACC Crime", "Proposed for closure"],
        [14, None, PEEL19, FRAUD, "DCI Webb", "In progress"]]})
    rec = reconcile_files(h, f)
    row = rec.items[rec.items["force_row"] == "HMICFRS Tracker!2"].iloc[0]
    assert row["decision"] == "accepted", row["score_parts"]
    assert "different subject" not in row["score_parts"]
    assert row["category"] == "closeable_submit"


def test_the_alignment_reads_a_word_cut_part_way_at_the_end_as_a_cut_not_a_subject():
    from rapidfuzz.distance import Levenshtein

    from reconcile.match.align import one_swap

    cut = ("scrutinis", "audit", "complianc", "app", "inform", "manag", "ensur", "cat")
    whole = ("scrutinis", "audit", "complianc", "app", "inform", "manag", "ensur",
             "categoris", "record", "regular", "adjust")
    only_a, only_b = {"cat"}, {"categoris", "record", "regular", "adjust"}
    assert one_swap(cut, whole, only_a, only_b, Levenshtein.opcodes) is None
    assert one_swap(whole, cut, only_b, only_a, Levenshtein.opcodes) is None
    # A whole word swapped at the end is still a subject: "... that cats" is no cut.
    assert one_swap((*cut[:-1], "dog"), whole[:-3], {"dog"}, {"categoris"},
                    Levenshtein.opcodes) == (["dog"], ["categoris"])


# ------------------------------------------ a copy that lost its item's bullet marks

def _bullet_case(tmp_path, force_text, h_text=DISPARITY):
    h = register(tmp_path / "hmicfrs.xlsx",
                 [(8541, LEGIT, datetime(2017, 12, 12), "National recommendation", h_text)],
                 "Being progressed")
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["No.", "HMICFRS Ref", "Report", "Recommendation / AFI", "Lead", "Status"],
        [1, 8541, LEGIT, force_text, "Head of Corporate Development", "Complete"]]})
    return reconcile_files(h, f)


def test_a_copy_of_the_first_bullet_without_its_marks_leaves_out_the_second(tmp_path):
    """The force copied the stem and the first bullet as one sentence, the bullet marks
    lost, and dropped the second bullet: a conflict naming it, never closeable. (Before:
    closeable_submit, a row with no bullets of its own taken for the force's own words.)"""
    rec = _bullet_case(tmp_path, "Where forces identify disparities through monitoring, "
                       "they should demonstrate to the public that they have carried out "
                       "research and analysis in an attempt to understand the reasons for the "
                       "disparity.")
    assert _got(rec) == {("Recommendations!2", "Tracker!2"): "conflict"}
    assert "leaves out bullet (b): 'taken action to reduce the disparity" in _flags(
        rec, "Tracker!2")


def test_a_copy_of_every_bullet_shortened_or_of_the_stem_alone_leaves_out_none(tmp_path):
    """Not a bullet left out: every bullet copied, shortened to a few words, on one line; the
    stem alone (the item's heading); a one-line summary of all three parts."""
    for k, (text, h_text) in enumerate([
            ("Within six months the force should put in place arrangements to ensure that: "
             "victims are believed at the point of report; conversations between call "
             "handlers and callers are summarised accurately in the incident log; multiple "
             "crimes always recorded; practice of awaiting results of medical examinations / "
             "video interviews before crime-recording decisions is stopped; online reports "
             "triaged at point of receipt.", VICTIMS),
            ("Where forces identify disparities through monitoring, they should demonstrate "
             "to the public what they have done about them.", DISPARITY),
            ("BWV for all S&S encounters, internal review of footage and scrutiny panel "
             "access.", BWV)]):
        folder = tmp_path / str(k)
        folder.mkdir()
        rec = _bullet_case(folder, text, h_text)
        assert "leaves out" not in _flags(rec, "Tracker!2"), text
        assert _got(rec) == {("Recommendations!2", "Tracker!2"): "closeable_submit"}, text


# ------------------------------------------ an item carried forward to a later sheet

def test_the_older_copy_of_an_item_carried_forward_is_paired_outright(tmp_path):
    """The 2022-23 table marks the AFI "Carried forward to 2023-24"; the 2023-24 table
    writes it again, shorter, with its status. Both rows are the item's: the older copy is
    not held back for review because the newer reads the item better."""
    h = register(tmp_path / "hmicfrs.xlsx",
                 [(14102, PEEL19, datetime(2019, 5, 2), "Area for improvement", FRAUD),
                  (14103, PEEL19, datetime(2019, 5, 2), "Area for improvement", DEMAND)],
                 "complete")
    header = ["Report", "AFI", "PCC response", "Status"]
    f = write_xlsx(tmp_path / "tracker.xlsx", {
        "2022-23": [header,
                    [PEEL19, f"AFI 1 – {FRAUD}", "Fraud profile commissioned.",
                     "Carried forward to 2023-24"],
                    [PEEL19, f"AFI 5 – {DEMAND}", "Demand review under way.", "Complete"]],
        "2023-24": [header,
                    [PEEL19, "AFI 1 – Improve understanding of the nature and scale of fraud "
                     "in the area", "Profile delivered to the board in March.", "AMBER"]]})
    rec = reconcile_files(h, f)
    got = _got(rec)
    assert got[("Recommendations!2", "2022-23!2")] == "closeable_local"
    assert got[("Recommendations!2", "2023-24!2")] == "closeable_local"
    assert "review" not in got.values()


# ------------------------------------------ a key naming several spellings a line, in one cell

def test_a_key_in_one_cell_naming_each_statuss_spellings_reads_its_codes(tmp_path):
    """An OPCC's sheet writes its status key in one cell under the table, each line naming
    the spellings that mean one thing ("Complete / C / Green = action complete, evidence
    held; Amber / A / In progress = work ongoing; ..."). Its rows say "C" and "A": done and
    open as the key says. (Before, "C" was a word nobody knew, counted as open, and "action
    complete" said nothing: an item done on both sides came out closeable_local.)"""
    h = register(tmp_path / "hmicfrs.xlsx",
                 [(14102, PEEL19, datetime(2019, 5, 2), "Area for improvement", FRAUD),
                  (14103, PEEL19, datetime(2019, 5, 2), "Area for improvement", DEMAND)],
                 "Complete")
    f = write_xlsx(tmp_path / "tracker.xlsx", {"HMICFRS Reports": [
        ["Report", "Recommendation", "Status", "Lead"],
        [PEEL19, FRAUD, "C", "Director of Finance"],
        [PEEL19, DEMAND, "A", "Head of Corporate Development"],
        [],
        ["Status key: Complete / C / Green = action complete, evidence held; Submitted = "
         "evidence sent to HMICFRS for closure; Amber / A / In progress = work ongoing; Red / "
         "Not started = off track; W = for a national body, not the force to deliver."]]})
    rec = reconcile_files(h, f)
    assert _got(rec) == {("Recommendations!2", "HMICFRS Reports!2"): "in_sync",
                         ("Recommendations!3", "HMICFRS Reports!3"): "closeable_local"}
    assert not any("Force" in note or "force" in note for note in rec.status_notes), \
        rec.status_notes


def test_a_keys_meaning_is_read_by_its_leading_words_or_its_next_parts():
    from reconcile.normalise.types import builtin_statuses, meaning_state

    table = builtin_statuses("force")
    assert meaning_state("action complete, evidence held", table) == "done"
    assert meaning_state("work ongoing", table) == "open"
    assert meaning_state("for a national body, not the force to deliver.", table) == "done"
    assert meaning_state("evidence sent to HMICFRS for closure", table) == "done"
    # Its leading words still decide first; a meaning saying nothing stays unknown.
    assert meaning_state("On track – action in progress", table) == "open"
    assert meaning_state("Not complete, in progress", table) == "open"
    assert meaning_state("Work undertaken but still requires development to complete",
                         table) == "unknown"


# ------------------------------------------ an item's row carried on to the next row

def test_a_reference_marked_continued_is_the_items_row_carried_on():
    from reconcile.normalise import ref_key

    for written in ("8790 (cont.)", "8790 cont'd", "8790 (continued)", "8790 cont."):
        assert ref_key(written) == "8790", written
    assert ref_key("Cont") == "" and ref_key("contact") == ""


def test_a_continuation_row_is_paired_with_its_item_not_left_as_the_forces_own(tmp_path):
    """A tracker with room for four parts a row carries an item's fifth part on the next
    row, its reference "6989 (cont.)". Both rows are the item's. (Before, the continuation
    row had no reference the register knew and its few words matched nothing: "not on the
    HMICFRS list".)"""
    h = register(tmp_path / "hmicfrs.xlsx",
                 [(6989, CDI, datetime(2019, 3, 13), "Recommendation", VICTIMS),
                  (14102, PEEL19, datetime(2019, 5, 2), "Area for improvement", FRAUD)],
                 "Being progressed")
    four = VICTIMS.rsplit("\n", 1)[0]
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Recs & AFIs": [
        ["HMICFRS ref", "Report", "Recommendation / AFI text", "Overall RAG", "Lead"],
        [6989, CDI, four, "GREEN", "Head of Crime Registrar"],
        ["6989 (cont.)", CDI, "Part (e) – online reports triaged (no room in part columns)", "GREEN",
         "Head of Crime Registrar"],
        [14102, PEEL19, FRAUD, "AMBER", "DCI Webb"]]})
    rec = reconcile_files(h, f)
    got = _got(rec)
    assert got[("Recommendations!2", "Recs & AFIs!2")] == "closeable_submit"
    assert got[("Recommendations!2", "Recs & AFIs!3")] == "closeable_submit"
    assert got[("Recommendations!3", "Recs & AFIs!4")] == "in_sync"


def test_a_split_lettered_its_own_way_still_shows_the_part_it_left_out(tmp_path):
    """The force split the five parts into four rows and lettered them (a) to (d), its (c)
    and (d) the item's (d) and (e): its letters are its own, not the item's, so the item's
    (c) has no row. A conflict naming it."""
    h = register(tmp_path / "hmicfrs.xlsx",
                 [(6989, CDI, datetime(2019, 3, 13), "Recommendation", VICTIMS)],
                 "Being progressed")
    parts = VICTIMS.split("\n• ")[1:]
    rows = [[6989, CDI, f"({letter}) {text}", "GREEN"]
            for letter, text in zip("abcd", [parts[0], parts[1], parts[3], parts[4]],
                                    strict=True)]
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Sheet1": [
        ["HMICFRS ref", "Report", "Recommendation / AFI text", "RAG"], *rows]})
    rec = reconcile_files(h, f)
    assert set(_got(rec).values()) == {"conflict"}
    assert "bullet (c): 'multiple crimes are always recorded" in _flags(rec, "Sheet1!2")


# ------------------------------------------ the list as an FOI release's accessible tables

def test_a_release_table_headed_by_its_type_types_its_rows_and_z_is_no_date(tmp_path):
    """An FOI release gives each kind of item a table of its own, with no type column: the
    AFI table's text column is headed "Area for improvement". A tracker calling one of its
    items a recommendation has the type wrong (a conflict). Its "[z]" (not applicable) in
    "Date closed" is no date, not a date nobody understood. (Before: in_sync, and every
    "[z]" listed as a date kept as written.)"""
    title = ["Table 3: Areas for improvement identified for Lincolnshire Police"]
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {
        "Cover_sheet": [["HMICFRS recommendations and areas for improvement: FOI release"],
                        ["This workbook contains three tables."]],
        "Table_3": [title, ["This worksheet contains one table."],
                    ["Reference", "Report title", "Area for improvement", "Status [note 1]",
                     "Date closed [note 2]"],
                    [14102, PEEL19, FRAUD, "Being progressed", "[z]"],
                    [14103, PEEL19, DEMAND, "Being progressed", "[z]"]]})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["HMICFRS ref", "Report", "Type", "Recommendation / AFI", "Status"],
        [14102, PEEL19, "AFI", FRAUD, "In progress"],
        [14103, PEEL19, "Recommendation", DEMAND, "In progress"]]})
    rec = reconcile_files(h, f)
    assert _got(rec) == {("Table_3!4", "Tracker!2"): "in_sync",
                         ("Table_3!5", "Tracker!3"): "conflict"}
    note = " ".join(s.note for s in rec.hmicfrs.sheets)
    assert "the text column's heading gives each row its type (area for improvement)" in note
    assert "[z]" not in note


# ------------------------------------------ a grade column beside the status

def test_a_peel_grade_column_is_never_read_as_a_blank_statuss_stand_in(tmp_path):
    """A board's tracker grades each row's PEEL question (Good, Adequate, Requires
    improvement) beside its status. Where the status is blank, the grade is not its status:
    a grade says how good the force is, not whether the item is done. (Before: "Good –
    Developing a positive workplace", a status nobody knew, counted as open.)"""
    h = register(tmp_path / "hmicfrs.xlsx",
                 [(14102, PEEL19, datetime(2019, 5, 2), "Area for improvement", FRAUD),
                  (14103, PEEL19, datetime(2019, 5, 2), "Area for improvement", DEMAND)],
                 "Being progressed")
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Master Tracker": [
        ["OLB ref", "HMICFRS ID", "Source", "AFI", "PEEL grade", "Status", "Update"],
        [1, 14102, PEEL19, FRAUD, "Requires improvement – Investigating crime", "In progress",
         "Fraud profile commissioned."],
        [2, 14103, PEEL19, DEMAND, "Good – Developing a positive workplace", None,
         "Demand review signed off at OLB in May: business as usual."],
        [3, 14104, PEEL19, "Local action: refresh the demand model annually.",
         "Adequate – Good use of resources", "Complete", ""]]})
    rec = reconcile_files(h, f)
    statuses = dict(zip(rec.items["force_row"], rec.items["force_status"], strict=True))
    assert not str(statuses["Master Tracker!3"]).startswith("Good")
    assert not any("PEEL grade" in s.note for s in rec.force.sheets)


# ------------------------------------------ a key whose lines are "words – meaning"

def test_a_key_line_of_words_and_a_dash_reads_what_each_means(tmp_path):
    """A rebaselined plan's status key under its table, a line a cell: "Not started / On
    track / At risk – open; Reopened – ...", "Delivered – deliverables complete, closure
    paper awaiting SIB approval; Closed – closure approved by SIB". Its "Delivered" is done
    as its key says. (Before, "Delivered" was a word nobody knew, counted as open.)"""
    h = register(tmp_path / "hmicfrs.xlsx",
                 [(14102, PEEL19, datetime(2019, 5, 2), "Area for improvement", FRAUD),
                  (14103, PEEL19, datetime(2019, 5, 2), "Area for improvement", DEMAND)],
                 "Being progressed")
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Plan v3.0": [
        ["Plan ref", "HMICFRS ref", "Source", "Requirement", "Delivery status"],
        ["W1.01", 14102, PEEL19, FRAUD, "Delivered"],
        ["W1.02", 14103, PEEL19, DEMAND, "On track"],
        [],
        ["Delivery status key:"],
        ["Not started / On track / At risk / Off track – open; Reopened – closure not approved "
         "by SIB, work continues."],
        ["Delivered – deliverables complete, closure paper awaiting SIB approval; Closed – "
         "closure approved by SIB (or closed at rebaseline)."]]})
    rec = reconcile_files(h, f)
    assert _got(rec) == {("Recommendations!2", "Plan v3.0!2"): "closeable_submit",
                         ("Recommendations!3", "Plan v3.0!3"): "in_sync"}


# ------------------------------------------ a list marked up by hand: the old value struck

def _marked_up(path, strike_whole=False):
    """A definitive list returned by the liaison lead with changes marked in the cells: the
    old value struck through, the new one after it (written as Excel does, shared strings)."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Definitive list")
    struck, red = wb.add_format({"font_strikeout": True}), wb.add_format({"font_color": "red"})
    ws.write_row(0, 0, ["Reference", "Report title", "Publication date", "Type",
                        "Recommendation", "Status"])
    for r, (ref, text) in enumerate(((14102, FRAUD), (14103, DEMAND)), start=1):
        ws.write_row(r, 0, [ref, PEEL19, "02/05/2019", "Area for improvement", text])
    # The new value typed in two runs, coloured apart ("Comp" red, "lete" plain): one word.
    ws.write_rich_string(1, 5, struck, "Being progressed", " ", red, "Comp", "lete")
    if strike_whole:
        ws.write(2, 5, "Being progressed", struck)
    else:
        ws.write_rich_string(2, 5, struck, "Complete", red, "Being progressed")
    wb.close()
    return path


def test_words_struck_through_in_a_cell_are_read_as_deleted(tmp_path):
    """The liaison lead's mark-up: "~~Being progressed~~ Complete" is Complete, and
    "~~Complete~~Being progressed" (re-opened, no space) is Being progressed. (Before, the
    stored text held both: "Being progressed Complete" read as open, "CompleteBeing
    progressed" as nothing known.)"""
    h = _marked_up(tmp_path / "hmicfrs.xlsx")
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["HMICFRS ref", "Report", "AFI", "Status"],
        [14102, PEEL19, FRAUD, "Complete"],
        [14103, PEEL19, DEMAND, "Complete"]]})
    rec = reconcile_files(h, f)
    assert _got(rec) == {("Definitive list!2", "Tracker!2"): "in_sync",
                         ("Definitive list!3", "Tracker!3"): "closeable_submit"}
    assert "2 cells with words struck through: read without them, as deleted" in \
        rec.hmicfrs.sheets[0].note


def test_a_cell_struck_whole_keeps_its_words():
    """A cell struck through whole is a row struck through (done, for a tracker that strikes
    its finished items), not a value deleted: its words stay."""
    import tempfile
    from pathlib import Path

    from reconcile.load.xlsx import read_xlsx

    with tempfile.TemporaryDirectory() as d:
        grid = read_xlsx(_marked_up(Path(d) / "list.xlsx", strike_whole=True))[0]
    assert grid.rows[1][5] == "Being progressed Complete"      # as stored, until read so
    grid.without_struck()
    assert grid.rows[1][5] == "Complete"
    assert grid.rows[2][5] == "Being progressed"


def test_a_trackers_bullets_struck_inside_its_text_stay_its_text(tmp_path):
    """On the force's side a bullet struck inside an item's text is a part done, not words
    deleted: the text keeps every bullet (no bullet is said to be left out)."""
    import xlsxwriter

    h = register(tmp_path / "hmicfrs.xlsx",
                 [(6989, CDI, datetime(2019, 3, 13), "Recommendation", VICTIMS)], "Complete")
    lines = VICTIMS.split("\n")
    f = tmp_path / "tracker.xlsx"
    wb = xlsxwriter.Workbook(f)
    ws = wb.add_worksheet("Tracker")
    struck = wb.add_format({"font_strikeout": True})
    ws.write_row(0, 0, ["HMICFRS ref", "Recommendation", "RAG"])
    ws.write(1, 0, 6989)
    ws.write_rich_string(1, 1, "\n".join(lines[:2]) + "\n", struck, "\n".join(lines[2:4]),
                         "\n" + "\n".join(lines[4:]))
    ws.write(1, 2, "AMBER")
    wb.close()
    rec = reconcile_files(h, f)
    assert _got(rec) == {("Recommendations!2", "Tracker!2"): "closeable_local"}
    assert "leaves out" not in _flags(rec, "Tracker!2")


# ------------------------------------------ last quarter's list marked up: rows struck, arrows

def test_a_row_struck_through_on_the_list_is_closed_and_an_arrow_gives_the_new_status(
        tmp_path):
    """The liaison lead strikes out a row taken off the list as closed, its status cell left
    as it was, and writes one change as "Being progressed -> Complete". Both are closed.
    (Before: open, as the status cells said.)"""
    import xlsxwriter

    h = tmp_path / "hmicfrs.xlsx"
    wb = xlsxwriter.Workbook(h)
    ws = wb.add_worksheet("Definitive list Q2 23-24")
    struck = wb.add_format({"font_strikeout": True})
    ws.write_row(0, 0, ["Reference", "Report title", "Type", "Recommendation", "Status"])
    ws.write_row(1, 0, [14102, PEEL19, "Area for improvement", FRAUD, "Being progressed"],
                 struck)
    ws.write_row(2, 0, [14103, PEEL19, "Area for improvement", DEMAND,
                        "Being progressed -> Complete"])
    wb.close()
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["HMICFRS ref", "Report", "AFI", "RAG"],
        [14102, PEEL19, FRAUD, "AMBER"],
        [14103, PEEL19, DEMAND, "GREEN"]]})
    rec = reconcile_files(h, f)
    assert _got(rec) == {("Definitive list Q2 23-24!2", "Tracker!2"): "closeable_local",
                         ("Definitive list Q2 23-24!3", "Tracker!3"): "in_sync"}
    assert "row 2 is struck through: read as closed (taken off the list as closed)" in \
        rec.hmicfrs.sheets[0].note


def test_the_lists_latest_dated_status_column_is_its_status(tmp_path):
    """A movement report gives each item's status at the last list and at this one
    ("Status at 4 January 2024" | "Status at 2 April 2024"): the latest is the status.
    (Before, the first was taken: a closed item read open, a re-opened one closed.)"""
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Definitive list": [
        ["Definitive list as at 2 April 2024"], ["Previous list: 4 January 2024"], [],
        ["Reference", "Report title", "Type", "Recommendation", "Status at 4 January 2024",
         "Status at 2 April 2024", "Movement"],
        [14102, PEEL19, "Area for improvement", FRAUD, "being-progressed", "complete",
         "Closed"],
        [14103, PEEL19, "Area for improvement", DEMAND, "complete", "being-progressed",
         "Reopened"]]})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["Ref", "Report", "Recommendation", "RAG"],
        [14102, PEEL19, FRAUD, "AMBER"],
        [14103, PEEL19, DEMAND, "AMBER"]]})
    rec = reconcile_files(h, f)
    assert _got(rec) == {("Definitive list!5", "Tracker!2"): "closeable_local",
                         ("Definitive list!6", "Tracker!3"): "in_sync"}


def test_dated_status_headings_saying_which_list_are_one_kind():
    """"Status on list of 04/12/2023" and "Status on this list (11/03/2024)" are the same
    column at two dates: a change report's current status is the latter. (Before, the words
    naming the list made them two kinds, and the first was the status.)"""
    from reconcile.load.periods import dated_columns

    headers = ["Ref", "Recommendation", "Status on list of 04/09/2023",
               "Status on list of 04/12/2023", "Status on this list (11/03/2024)", "Movement"]
    assert dated_columns(headers, 2) == [2, 3, 4]
    # A status date is not a status.
    assert dated_columns(["Ref", "Status at 2 April 2024", "Status date 2024"], 1) == []
