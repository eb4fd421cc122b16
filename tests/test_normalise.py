"""Normalising: what people typed becomes what they meant, for comparison only."""

from __future__ import annotations

from datetime import date

import pytest

from reconcile.config import SideSettings
from reconcile.normalise import (
    builtin_statuses,
    due_date,
    norm_status,
    norm_text,
    norm_type,
    parse_date,
    reads_as_status,
    ref_key,
    report_key,
    report_published,
    status_table,
    timescales,
    type_word,
)


@pytest.mark.parametrize("raw, expected", [
    ("HMIC recommends that the force should immediately:conduct a review of vulnerability.",
     "the force should immediately conduct a review of vulnerability"),
    ("AFI 1 - The force should develop its understanding of demand",
     "the force should develop its understanding of demand"),
    ("Rec 3: The force should develop its understanding of demand",
     "the force should develop its understanding of demand"),
    ("T10 The force should develop its understanding of demand",
     "the force should develop its understanding of demand"),
    ("To address this cause of concern, HMIC recommends that the force should “review” it",
     "the force should review it"),
    ("•senior leaders prioritise the response;\n• every incident is\u00a0allocated",
     "senior leaders prioritise the response every incident is allocated"),
    ("Leadership & governance", "leadership and governance"),
])
def test_norm_text_strips_stems_prefixes_bullets_and_punctuation(raw, expected):
    assert norm_text(raw) == expected


def test_norm_text_keeps_timescale_words():
    assert norm_text("HMIC recommends that within six months the force should: ensure x") == (
        "within six months the force should ensure x")


@pytest.mark.parametrize("side, word, state", [
    ("hmicfrs", "Awaiting review", "open"), ("hmicfrs", "being-progressed", "open"),
    ("hmicfrs", "Complete", "closed"), ("hmicfrs", "Superseded", "closed"),
    ("hmicfrs", "No further action required", "closed"),
    ("force", "GREEN", "done"), ("force", "Blue", "done"), ("force", "WHITE", "done"),
    ("force", "pending sign off", "done"), ("force", "Submitted for closure", "done"),
    ("force", "AMBER", "open"), ("force", "red", "open"), ("force", "In Progress", "open"),
    ("force", "Open - Actions on going on track", "open"),
    ("force", "Status: In progress", "open"),
    ("force", "  ", ""), ("force", None, ""), ("force", "Parked", "unknown"),
])
def test_status_words_reduce_to_two_values_per_side(side, word, state):
    assert norm_status(word, status_table(side, SideSettings())) == state


def test_config_status_words_extend_and_override_the_table():
    table = status_table("force", SideSettings(status={"done": ("Parked",), "open": ("WHITE",)}))
    assert norm_status("parked", table) == "done"
    assert norm_status("White", table) == "open"


@pytest.mark.parametrize("value, text, expected", [
    ("Area for Improvement", "", "area for improvement"), ("AFI", "", "area for improvement"),
    ("Cause for Concern", "", "cause of concern"), ("national recommendation", "", "recommendation"),
    (None, "AFI 2 - The force should…", "area for improvement"), (None, "The force should", ""),
])
def test_type_words(value, text, expected):
    assert norm_type(value, text) == expected


@pytest.mark.parametrize("raw, expected", [
    ("9th February 2017", date(2017, 2, 9)), ("29/10/2015", date(2015, 10, 29)),
    ("30 Sep 2023", date(2023, 9, 30)), ("December 2019", date(2019, 12, 1)),
    (42775, date(2017, 2, 9)), ("No deadline set by HMICFRS", None), ("", None),
])
def test_dates_are_parsed_leniently_day_first(raw, expected):
    assert parse_date(raw) == expected


def test_a_type_word_cut_by_a_systems_field_length_is_read():
    assert type_word("Area for impro") == "area for improvement"
    assert type_word("Cause of conce") == "cause of concern"
    # Too short to tell ("Rec" is read whole elsewhere; "Nat" names nothing).
    assert type_word("Nat") == ""


def test_report_names_written_differently_share_a_key():
    assert report_key("PEEL: Police legitimacy 2017") == "peel legitimacy 2017"
    assert report_key("PEEL Legit 17") == "peel legitimacy 2017"
    assert report_key("Legitimacy 2017") == "legitimacy 2017"
    assert report_key("PEEL: Police efficiency 2017 – published 9 November 2017") == (
        "peel efficiency 2017")
    assert report_key("PEEL 2018/19 (integrated PEEL assessment)") == "peel 2018"
    assert report_key("PEEL 2018/19") == "peel 2018"
    # The force's name before the publication date (a Word appendix's report cell).
    assert report_key("PEEL 2018/19 – West Mercia Police\n(published May 2019)") == "peel 2018"
    # A tracker's banner naming the report's scope first ("FORCE –", "NATIONAL –").
    assert report_key("FORCE – PEEL 2018/19") == "peel 2018"
    assert report_key("NATIONAL – Stop & Search powers (HMIC 2013)") == "stop search powers 2013"


def test_timescales_are_read_from_the_text():
    assert timescales("Within six months, forces should…") == ("within 6 months",)
    assert timescales("Within twelve months, forces should…") == ("within 12 months",)
    assert timescales("By September 2018, chief constables should…") == ("by september 2018",)
    assert timescales("Not later than 31 March 2015 those forces…") == ("by 31 march 2015",)
    assert timescales("Immediately, forces should…") == ("immediately",)
    assert timescales("The force should…") == ()


@pytest.mark.parametrize("text", [
    "Within 9000 years, the force should review its estate strategy.",
    "Within 3000000 days the force should publish its plan.",
    "By February 0000 the force should have a new IT contract in place.",   # a typo for 2020
    "By 31 February 2019 the force should appoint a lead.",
])
def test_a_deadline_no_calendar_holds_sets_no_due_date_and_stops_nothing(text):
    scales = timescales(text)
    assert scales                                   # the timescale is still read and shown
    assert due_date(date(2018, 8, 31), scales) is None
    # ... and a real deadline beside it still counts.
    assert due_date(date(2018, 8, 31), (*scales, "within 6 months")) == date(2019, 2, 28)


def test_each_distinct_value_is_worked_out_once_and_equal_values_of_other_types_apart():
    import pandas as pd

    from reconcile.normalise import each_distinct as _each

    calls = []

    def shown(value):
        calls.append(value)
        return str(value)

    column = pd.Series(["PEEL 2017", 1, 1.0, True, "PEEL 2017", 1], dtype=object)
    assert _each(column, shown) == ["PEEL 2017", "1", "1.0", "True", "PEEL 2017", "1"]
    assert len(calls) == 4


# --- issue 13: references, timescales in words, types from the force's numbering, statuses

@pytest.mark.parametrize("written", ["HMICFRS 9341", "#9341", "Ref: 9341", "9341 ", "HMIC-9341",
                                     "Ref no. 9341", "HMICFRS ref: 09341", "9341.0", 9341,
                                     9341.0, "(9341)", "HMICFRS9341",
                                     # the force's parts of item 9341 it split over rows
                                     "9341a", "9341 (b)", "HMICFRS 9341c"])
def test_a_reference_written_with_a_prefix_is_the_same_reference(written):
    from reconcile.normalise import ref_key

    assert ref_key(written) == "9341"


@pytest.mark.parametrize("written", ["Rec 12", "AFI 3", "R12", "9341z", "nonsense 9341",
                                     "IA 19/20-07"])
def test_a_running_number_or_other_code_is_not_read_as_a_register_id(written):
    from reconcile.normalise import ref_key

    assert ref_key(written) not in ("12", "3", "9341")


@pytest.mark.parametrize("text, scales, due", [
    ("Within five months, forces should have in place active information-sharing agreements",
     ("within 5 months",), date(2018, 3, 24)),
    ("The force should, within ten weeks, review its use of preventative powers",
     ("within 10 weeks",), date(2018, 1, 2)),
    ("Within 90 days, forces should review their use of preventative powers",
     ("within 90 days",), date(2018, 1, 22)),
    ("By the end of March 2019, chief constables should produce an ambitious plan",
     ("by march 2019",), date(2019, 3, 31)),
    ("By end of 2019 chief constables should produce an ambitious plan",
     ("by december 2019",), date(2019, 12, 31)),
    ("In the next financial year, the force should develop a future workforce plan",
     ("by end of next financial year",), date(2019, 3, 31)),
    ("By the end of the financial year the force should develop a future workforce plan",
     ("by end of financial year",), date(2018, 3, 31)),
    ("Within the next twelve months, forces should review their leadership and governance",
     ("within 12 months",), date(2018, 10, 24)),
    ("By the end of the 2019/20 financial year the force should develop a workforce plan",
     ("by march 2020",), date(2020, 3, 31)),
    ("Within twenty-four months, forces should review their leadership",
     ("within 24 months",), date(2019, 10, 24)),
])
def test_timescales_in_words_give_a_due_date_from_publication(text, scales, due):
    stolen_freedom = date(2017, 10, 24)
    assert timescales(text) == scales
    assert due_date(stolen_freedom, scales) == due


@pytest.mark.parametrize("text", [
    "The force has had a modern slavery lead for two years and should review its governance.",
    "In the last six months the force should have reviewed its use of preventative powers.",
    "Officers aged over 18 years should be trained in the use of stop and search powers.",
])
def test_a_period_that_is_not_a_deadline_is_not_a_timescale(text):
    assert timescales(text) == ()


def test_a_timescale_in_words_is_not_also_a_figure():
    from reconcile.normalise import numbers

    assert numbers("Within 90 days, forces should review 20 cases of modern slavery") == ("20",)


@pytest.mark.parametrize("text, expected", [
    ("AFI 3 – The force should develop its understanding of demand", "area for improvement"),
    ("AFI3: The force should develop its understanding of demand", "area for improvement"),
    ("(AFI 3) The force should develop its understanding of demand", "area for improvement"),
    ("Rec 2 - The force should develop a future workforce plan", "recommendation"),
    ("CoC 1 – The force’s response to missing and absent children", "cause of concern"),
    ("Recommendation the force should develop a future workforce plan", ""),
    ("Afghanistan 3 - lessons learned", ""),
])
def test_the_forces_own_numbering_names_the_type(text, expected):
    assert norm_type(None, text) == expected
    # A type cell that names no type ("Item", as in a SharePoint list) leaves the prefix to tell.
    assert norm_type("Item", text) == expected
    # ... and a type cell that does name one wins over the prefix.
    assert norm_type("Recommendation", text) == "recommendation"


@pytest.mark.parametrize("word", ["On Hold", "Deferred", "Paused"])
def test_status_words_outside_the_table_are_asked_about_not_guessed(word):
    assert norm_status(word, status_table("force", SideSettings())) == "unknown"


def test_the_status_note_names_the_unknown_words_and_the_config_line_to_add():
    import pandas as pd

    from reconcile.normalise import unknown_status_note

    items = pd.DataFrame({"status": ["On Hold", "Amber", "On Hold", " Deferred", "Green"],
                          "state": ["unknown", "open", "unknown", "unknown", "done"]})
    note = unknown_status_note(items, "force")
    assert "'On Hold' (2 rows), 'Deferred' (1 row)" in note
    assert "counted as open" in note
    assert '[force.status] open = ["On Hold", "Deferred"]' in note
    assert "done = [...]" in note
    assert unknown_status_note(items[items["state"] != "unknown"], "force") == ""


@pytest.mark.parametrize("tracker, listed", [
    ("PEEL Effec 14", "PEEL: Police effectiveness 2014 – Lincolnshire Police"),
    ("PEEL 21-22", "PEEL 2021/22 – Surrey Police"),
    ("PEEL Legit 15 – published 11/02/2016", "PEEL: Police legitimacy 2015"),
    ("Crime data integrity 2017", "Crime data integrity 2017 – Devon and Cornwall Police"),
])
def test_report_names_shortened_by_a_tracker_share_the_lists_key(tracker, listed):
    assert report_key(tracker) == report_key(listed)


@pytest.mark.parametrize("listed", ["PEEL: Police effectiveness 2016",
                                    "PEEL: Police efficiency 2016"])
def test_peel_eff_names_either_pillar(listed):
    """"PEEL Eff 16" is effectiveness or efficiency: the list's words are all in its key, and
    its pillar words rule neither out."""
    assert set(report_key(listed).split()) <= set(report_key("PEEL Eff 16 (Mar-17)").split())


@pytest.mark.parametrize("name, key, published", [
    # A month then a two-digit year is when the report came out, not the year it is known
    # by: PEEL effectiveness 2017 was published in March 2018.
    ("PEEL: Effectiveness (Mar 18)", "peel effectiveness", date(2018, 3, 1)),
    ("PEEL: Efficiency (Nov 16)", "peel efficiency", date(2016, 11, 1)),
    ("PEEL Legit 15 – published 11/02/2016", "peel legitimacy 2015", date(2016, 2, 11)),
    ("PEEL: Police effectiveness 2016 (published 9 March 2017)", "peel effectiveness 2016",
     date(2017, 3, 9)),
    # A block heading that names only what its rows are: the year is all it tells.
    ("HMICFRS Inspection 2018/19 - outstanding AFIs carried forward", "2018", None),
    ("PEEL 2018/2019 A national report by HMICFRS Published May 2019 This report makes 11 "
     "areas for improvement", "peel 2018", date(2019, 5, 1)),
    ("Stolen freedom: the policing response to modern slavery and human trafficking",
     "stolen freedom policing response modern slavery human trafficking", None),
])
def test_a_report_name_gives_its_key_and_the_date_it_says_it_was_published(name, key,
                                                                          published):
    assert report_key(name) == key
    assert report_published(name) == published


def test_report_facets_stay_apart_when_shortened():
    assert report_key("PEEL Effec 2016") != report_key("PEEL Effic 2016")
    assert report_key("PEEL Legit 2016") != report_key("PEEL Effic 2016")


def test_a_status_typed_with_one_slip_is_read_as_the_word():
    """"Compelte", "In Progess", "Superceded": one slip of the keyboard from a status word
    is that word; a short word only with two letters swapped ("Opne"), so "Date" is never
    "Late" and a word near two states ("Dune") is still asked about."""
    force = builtin_statuses("force")
    assert [norm_status(w, force) for w in ("Compelte", "In Progess", "Superceded", "Opne",
                                            "Clsoed")] == ["done", "open", "done", "open", "done"]
    assert norm_status("Date", force) == "unknown"
    assert norm_status("Dune", force) == "unknown"
    # Asked only where a status is read, not where a cell is asked whether it is one.
    assert not reads_as_status("Compelte", force)


@pytest.mark.parametrize(("cell", "key"), [
    ("#8543 #8544", "8543 8544"), ("8543 8544", "8543 8544"), ("ID 5203 + 5204", "5203 5204"),
    ("Refs 8543 & 8544", "8543 8544"), ("HMICFRS 3011/3012", "3011 3012"),
    ("8795, 8797 and 8798", "8795 8797 8798"), ("10 472", "10472"), ("#8803", "8803")])
def test_several_ids_in_one_cell_are_each_read(cell, key):
    """A row holding two items names both: with a space between ("#8543 #8544") they are two
    ids, never one of eight figures; words before the list ("ID 5203 + 5204") say only that
    they are ids. A number split as thousands are ("10 472") is one."""
    assert ref_key(cell) == key


def test_a_missing_person_written_as_police_write_it():
    """"Misper" is policing's word for a missing person: a force's row of its split
    ("supervisors provide correct oversight of misper enquiries") says what the bullet says,
    not another subject."""
    from reconcile.normalise import norm_text

    assert norm_text("oversight of misper enquiries") == norm_text(
        "oversight of missing person enquiries")
    assert norm_text("Mispers") == norm_text("missing persons")
