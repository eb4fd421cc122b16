"""Layouts of the twenty-second session's round 78 of cases built by other hands.

- References drag-filled down a block with Excel's fill handle: one typed id turned into a
  run (8461, 8462, 8463 …) that names no item on the list, or another item, on the rows
  below. A reference naming no item at all speaks against every item alike: the words
  decide, and the reference is a conflict to fix.
- A recommendation the force split over three rows whose ids the fill handle ran on: its
  first part has the item's id, the second an id on no row of the list, the third the id of
  the next item (whose own row has an id on no row).
- A split whose rows each repeat the item's opening words before their part's letter
  ("MSHT leadership & governance review (d) – performance & QA measures").

Each test fails on ef08b3e. Texts are real public HMICFRS texts (Open Government Licence);
trackers, owners and statuses are invented.
"""

from __future__ import annotations

from builders import write_xlsx

from reconcile import reconcile_files
from reconcile.casegen.texts import BWV_2021, SF_LEADERSHIP

SPOTLIGHT = ("Disproportionate use of police powers: A spotlight on stop and search and the use "
             "of force")
COMMS_2022 = ("By July 2022, forces should ensure that officers and staff have effective "
              "communication skills, in line with the National Policing Guidelines on Conflict "
              "Management. This should be in addition to existing training on conflict "
              "management and de-escalation.")
COMMS_2021 = ("By July 2021, forces should ensure that communication skills are reinforced as "
              "part of the programme of continuing professional development for officers and "
              "staff, and that supervisors are supported to routinely and frequently debrief "
              "officers on these skills using body-worn video footage.")
_HEAD = ["ID", "Report", "Type", "Recommendation", "Status"]
_FORCE = ["HMICFRS Ref", "Report", "Recommendation / AFI (summary)", "Lead", "RAG"]


def _categories(rec):
    return {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}


def _flags(rec, force_row):
    return " ".join(rec.items.loc[rec.items["force_row"] == force_row, "flags"].astype(str))


def test_a_reference_naming_no_item_lets_the_words_decide(tmp_path):
    """12650 typed, then dragged: 12651 on the next row names no item. Its words are the
    second communication-skills recommendation's: paired, the reference a conflict."""
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Definitive list": [
        _HEAD,
        [12650, SPOTLIGHT, "National recommendation", COMMS_2022, "Being progressed"],  # 2
        [12660, SPOTLIGHT, "National recommendation", COMMS_2021, "Being progressed"]]})  # 3
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        _FORCE,
        [12650, "Police powers spotlight (Feb 21)", "By July 2022 – effective communication "
         "skills in line with the conflict management guidelines", "Supt Okafor", "Amber"],
        [12651, "Police powers spotlight (Feb 21)", "Comms skills refreshers via CPD and "
         "supervisor debriefs with BWV footage", "Supt Okafor", "Amber"]]})
    rec = reconcile_files(h, f)
    assert _categories(rec) == {("Definitive list!2", "Tracker!2"): "in_sync",
                                ("Definitive list!3", "Tracker!3"): "conflict"}
    assert "reference" in _flags(rec, "Tracker!3")


def test_a_split_whose_ids_the_fill_handle_ran_on_is_read_whole(tmp_path):
    """The BWV recommendation split over three rows given 12652, 12653 (no item) and 12654
    (the next item's id, whose own row says 12655): the three rows are the BWV item's parts,
    the fourth row the use-of-force item's."""
    uof = ("By July 2021, forces should ensure they have effective internal monitoring "
           "processes on the use of force, to help them to identify and understand "
           "disproportionate use, explain the reasons and implement any necessary improvement "
           "action.")
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Definitive list": [
        _HEAD,
        [12652, SPOTLIGHT, "National recommendation", BWV_2021, "Being progressed"],   # 2
        [12654, SPOTLIGHT, "National recommendation", uof, "Being progressed"]]})      # 3
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        _FORCE,
        [12652, "Police powers spotlight (Feb 21)", "By Sept 2021 (i) – BWV to record the "
         "entirety of all S&S encounters incl. traffic stops & use of force", "Supt Okafor",
         "Green"],                                                                         # 2
        [12653, "Police powers spotlight (Feb 21)", "(ii) – structured process to review a "
         "sample of BWV footage, identify learning & hold officers to account", "Supt Okafor",
         "Amber"],                                                                         # 3
        [12654, "Police powers spotlight (Feb 21)", "(iii) – external scrutiny panel access "
         "to BWV samples of S&S & use of force (APP safeguards)", "Supt Okafor", "Green"],  # 4
        [12655, "Police powers spotlight (Feb 21)", "By July 2021 – effective internal "
         "monitoring of use of force to identify & explain disproportionate use & take "
         "improvement action", "Supt Okafor", "Amber"]]})                                  # 5
    cats = _categories(reconcile_files(h, f))
    assert {f for (hr, f) in cats if hr == "Definitive list!2"} == {
        "Tracker!2", "Tracker!3", "Tracker!4"}
    assert ("Definitive list!3", "Tracker!5") in cats
    assert cats[("Definitive list!2", "Tracker!3")] == "conflict"


def test_split_rows_repeating_the_items_opening_words_name_their_parts(tmp_path):
    """Four rows, each "MSHT leadership & governance review (x) – …": the stem's words
    ("modern slavery and human trafficking") are no bullet's, and "(d) – performance & QA
    measures" is bullet (d). No bullet missing; one part open, so the item is open."""
    sf = "Stolen freedom: the policing response to modern slavery and human trafficking"
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Definitive list": [
        _HEAD, [8390, sf, "National recommendation", SF_LEADERSHIP, "Being progressed"]]})
    parts = ["(a) – senior leaders prioritise the response to MSHT",
             "(b) – every MSHT incident allocated appropriate resources with skills, "
             "experience & capacity",
             "(c) – effective partnership arrangements to share info & safeguard victims",
             "(d) – performance & QA measures for senior leaders"]
    rag = ["Complete", "In progress", "Complete", "Complete"]
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        _FORCE, *[[8390, "Stolen Freedom (MSHT) 2017", f"MSHT leadership & governance review "
                   f"{p}", "Det Ch Supt Force CID", r] for p, r in zip(parts, rag, strict=True)]]})
    rec = reconcile_files(h, f)
    assert set(_categories(rec).values()) == {"in_sync"}
    assert "no row for bullet" not in _flags(rec, "Tracker!5")


def test_a_row_listing_its_bullets_one_per_line_without_a_stop_is_whole(tmp_path):
    """Four dash lines for the CDI recommendation's five bullets, the last line whole but with
    no stop: not a row cut short, so the fifth bullet (online reports triaged) is missing.
    (Fails on 500d384: a row ending with no stop was taken as maybe cut.)"""
    from reconcile.casegen.texts.force import CDI_VICTIMS_BODY

    cdi = "Within six months the force should " + CDI_VICTIMS_BODY + "."
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"Definitive list": [
        _HEAD, [8210, "Crime data integrity inspection 2017", "Recommendation", cdi,
                "Being progressed"]]})
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        _FORCE, [8210, "CDI 2017", "Within 6 months arrangements to ensure:\n"
                 "- victims believed at point of report\n"
                 "- call handler conversations summarised accurately in incident log\n"
                 "- multiple crimes always recorded\n"
                 "- stop waiting for medical exams / video interviews before crime recording "
                 "decisions", "Force Crime Registrar", "Amber"]]})
    rec = reconcile_files(h, f)
    assert _categories(rec) == {("Definitive list!2", "Tracker!2"): "conflict"}
    assert "bullet (e): 'online reports of crime are triaged" in _flags(rec, "Tracker!2")
