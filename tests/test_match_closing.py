"""The matcher decides on the right facts: a closing sentence, an item's last sentence or a
middle part, written on a row of its own, is the part of the split its place says.

Each test is built from real public HMICFRS texts, laid out the way real trackers lay them out.
"""

from __future__ import annotations

from builders import BODIES, CONTROL_ROOM, other_rows, others, pair_of, tracker

from reconcile import reconcile_files

# ------------------------------- a closing sentence two items end with, split off one of them

CHESHIRE_17 = "PEEL: Police legitimacy 2017 – Cheshire Constabulary"
COMPLIANT = "This should be compliant with the Code of Practice."


def test_a_closing_sentence_after_a_row_paired_on_the_reference_is_that_items_split(
        pair_files):
    """Real PEEL legitimacy 2017 wording: items 1 and 2 both end "This should be compliant
    with the Code of Practice." The force tracks item 1 on one cut-off row, and item 2 on two:
    its ask, carrying the register reference, then the closing sentence on the next row. That
    sentence reads both items alike; its place (right after item 2's row) makes it item 2's,
    not a second part of item 1 written two rows away."""
    items = [(1, CHESHIRE_17, None, "Recommendation",
              "Within twelve months, the force should make sure victims of serious and "
              "organised crime are kept informed about the progress of their case, in line "
              "with the Code of Practice for Victims of Crime. " + COMPLIANT, "Superseded"),
             (2, CHESHIRE_17, None, "Recommendation",
              "By November 2018, the force should make sure it has enough specialist capacity "
              "and capability to investigate female genital mutilation. " + COMPLIANT,
              "No further action required"),
             (3, CHESHIRE_17, None, "Area for improvement",
              "The force should improve how it gathers, assesses and acts on intelligence "
              "about modern slavery.", "Awaiting review")]
    h, f = pair_files(items, tracker(("PEEL Legit 17", [
        ("1", None, "Make sure victims of serious and organised crime are kept informed about "
                    "the progress of...", None, "Supt Hale", "Green"),
        ("2", "2", "Make sure it has enough specialist capacity and capability to investigate "
                   "female genital mutilation", None, "DCI Ross", "Green"),
        ("", None, COMPLIANT, None, "DCI Ross", "Green"),
        ("3", None, "Improve how it gathers, assesses and acts on intelligence about modern "
                    "slavery", None, "Supt Hale", "Amber")])))
    rec = reconcile_files(h, f)
    closing = pair_of(rec, "Tracker!7")
    assert closing is not None
    assert (int(closing["h"]), closing["method"], closing["part"]) == (1, "split", "2 of 2")
    first = pair_of(rec, "Tracker!5")
    assert (int(first["h"]), first["method"]) == (0, "text")


# ------------------------------- a closing sentence several items end with ends the item above it

AVON_18 = ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Avon and Somerset "
           "Constabulary")
CATEGORISED = ("This should include measures to ensure that categorisation of records are "
               "regularly adjusted.")


def test_a_closing_sentence_written_after_an_items_row_ends_that_item(pair_files):
    """Real PEEL 2018/19 wording: three items of one report end with the same sentence. The
    force tracks the control-room item over two rows, the sentence on the second, and has no
    row for the neighbourhood-crime item. The text cannot choose between the three items (it
    sits whole inside each, and the shortest, left without a row, reads it best); the row
    above it can: it is the control-room item's second part."""
    control = ("Within three months, the force should " + CONTROL_ROOM.split("should ", 1)[1]
               .rstrip("."))
    items = [(1, AVON_18, None, "Area for improvement",
              "The force should improve its understanding of the nature and scale of "
              "neighbourhood crime in its area. " + CATEGORISED, "Awaiting review"),
             (2, AVON_18, None, "Recommendation", control + ". " + CATEGORISED,
              "No further action required"),
             (3, AVON_18, None, "Recommendation",
              "The force should improve how it gathers, assesses and acts on intelligence about "
              "county lines drug dealing. " + CATEGORISED, "Awaiting review"),
             *others(AVON_18, 4)]
    h, f = pair_files(items, tracker(("PEEL Assessment 2018/19", [
        ("2", None, control, "Recommendation", "Supt Hale", "Green"),
        ("", None, CATEGORISED, "Recommendation", "Supt Hale", "Green"),
        *other_rows(4, kind="Recommendation"),
        ("3", None, "Improve how it gathers, assesses and acts on intelligence about county "
                    "lines drug dealing", "Recommendation", "DCI Ross", "Amber")])))
    rec = reconcile_files(h, f)
    closing = pair_of(rec, "Tracker!6")
    assert closing is not None
    assert (int(closing["h"]), closing["method"], closing["part"]) == (1, "split", "2 of 2")


# ------------------------------- a row between two parts of one split is that split's

NORTHANTS_20 = ("Report on an unannounced inspection visit to police custody suites 2020 – "
                "Northamptonshire Police")
DIRECT_ENTRY = "This should include offering increased direct-entry opportunities."


def test_a_sentence_between_two_parts_of_a_split_is_its_middle_part(pair_files):
    """Real Northamptonshire custody 2020 wording: item 2 (succession plans, direct entry,
    stop and search) is split over three rows. Its middle sentence is also the end of item 1,
    which has no row and, being shorter, reads it better. Written between item 2's other two
    parts, it is item 2's middle part, not item 1's row."""
    items = [(1, NORTHANTS_20, None, "Recommendation",
              "By June 2021, the force should make sure victims of people with mental ill "
              "health are kept informed about the progress of their case, in line with the Code "
              "of Practice for Victims of Crime. " + DIRECT_ENTRY, "Awaiting review"),
             (2, NORTHANTS_20, None, "Recommendation",
              "Within six months the force should specify in succession plans how it intends to "
              "improve diversity across all levels of the force. " + DIRECT_ENTRY + " This "
              "should be done in a way that involves those people who are stopped and searched, "
              "for example, young people.", "Complete"),
             *others(NORTHANTS_20, 3)]
    h, f = pair_files(items, tracker(("HMICFRS/HMIP custody 2020", [
        ("2", None, "Specify in succession plans how it intends to improve diversity across all "
                    "levels of the force", None, "Supt Hale", "Complete"),
        ("", None, DIRECT_ENTRY.rstrip("."), None, "Supt Hale", "Complete"),
        ("", None, "This should be done in a way that involves those people who are stopped and "
                   "searched, for example, young people.", None, "Supt Hale", "Complete"),
        *other_rows(3)])))
    rec = reconcile_files(h, f)
    parts = [(int(p["h"]), p["method"], p["part"]) if p is not None else None
             for p in (pair_of(rec, f"Tracker!{r}") for r in (5, 6, 7))]
    assert parts == [(1, "split", "1 of 3"), (1, "split", "2 of 3"), (1, "split", "3 of 3")]
    lines = rec.items[rec.items["hmicfrs_row"] == "Definitive list!5"]
    assert lines["category"].tolist() == ["missing_from_force"]


SYORKS_15 = "National child protection inspection 2015 – South Yorkshire Police"
WORKFORCE = "This assessment should inform workforce plans."


def test_an_items_last_sentence_after_its_reference_row_joins_it_though_rowless_items_share_it(
        pair_files):
    """Real South Yorkshire 2015 wording: three items end "This assessment should inform
    workforce plans."; two of them have no row. The force writes item 2's ask on a row with
    the register reference and its last sentence on the next. Written right after item 2's
    row, and being item 2's last words, the sentence is item 2's second part, though the
    items without a row read it as well."""
    items = [(1, SYORKS_15, None, "Recommendation",
              "Immediately, the force should expand the skills project work to include an "
              "assessment of all skills, not only operational, including potential future "
              "skills requirements. " + WORKFORCE, "Awaiting review"),
             (2, SYORKS_15, None, "Recommendation",
              "Within six months the force should improve how it works with partner "
              "organisations to safeguard people at risk from serious and organised crime. "
              + WORKFORCE, "Complete"),
             (3, SYORKS_15, None, "Recommendation",
              "The force should make sure its analysis of county lines informs its strategic "
              "assessment and control strategy. " + WORKFORCE, "Awaiting review"),
             *others(SYORKS_15, 4, BODIES[4:14])]
    h, f = pair_files(items, tracker(("National Child Protection 2015", [
        ("2", "2", "Improve how it works with partner organisations to safeguard people at risk "
                   "from serious and organised crime", None, "Supt Hale", "Complete"),
        ("", None, WORKFORCE, None, "Supt Hale", "Complete"),
        *other_rows(4, BODIES[4:14])])))
    rec = reconcile_files(h, f)
    closing = pair_of(rec, "Tracker!6")
    assert closing is not None
    assert (int(closing["h"]), closing["method"], closing["part"]) == (1, "split", "2 of 2")


def test_an_items_last_sentence_after_its_reference_row_is_scored_with_it_on_a_long_list(
        pair_files):
    """Real South Yorkshire 2015 wording, as on a long list (fresh seed 134): items 1, 2 and
    3 each end "This assessment should inform workforce plans."; the force writes each on a
    row with its register reference, and item 2's last sentence on the row after it. The
    word index keeps a row's two best items, the shortest texts that hold the sentence, and
    item 2 is the longest, and item 2's two best rows are its own and the force's same ask
    about other subjects: the sentence was never scored with item 2 (left alone here; in
    the seed, joined to another item 30 rows away as a part of its split). The
    rows next to a reference row are scored with its item, so the sentence is item 2's
    second part."""
    from reconcile.config import Config, MatchSettings

    items = [(1, SYORKS_15, None, "Recommendation",
              "The force should review its approach to stalking. " + WORKFORCE, "Complete"),
             (2, SYORKS_15, None, "Recommendation",
              "Within six months the force should improve how it works with partner "
              "organisations to safeguard people at risk from serious and organised crime. "
              + WORKFORCE, "Complete"),
             (3, SYORKS_15, None, "Recommendation",
              "The force should review its use of bail. " + WORKFORCE, "Complete"),
             *others(SYORKS_15, 4, BODIES[4:14])]
    h, f = pair_files(items, tracker(("National Child Protection 2015", [
        ("1", "1", "Review its approach to stalking. " + WORKFORCE, None, "Supt Hale",
         "Complete"),
        ("2", "2", "Improve how it works with partner organisations to safeguard people at risk "
                   "from serious and organised crime", None, "Supt Hale", "Complete"),
        ("", None, WORKFORCE, None, "Supt Hale", "Complete"),
        ("3", "3", "Review its use of bail. " + WORKFORCE, None, "Supt Hale", "Complete"),
        *other_rows(4, BODIES[4:14])]), ("Force partnership plan", [
            ("", None, "Improve how it works with partner organisations to safeguard people at "
                       f"risk from {topic}", None, "Supt Hale", "Amber")
            for topic in ("missing children", "child sexual exploitation")])))
    rec = reconcile_files(h, f, Config(match=MatchSettings(candidates=2, all_pairs_limit=0)))
    closing = pair_of(rec, "Tracker!7")
    assert closing is not None
    assert (int(closing["h"]), closing["method"], closing["part"]) == (1, "split", "2 of 2")
    lines = rec.items[rec.items["hmicfrs_row"] == "Definitive list!5"]
    assert lines["force_row"].tolist() == ["Tracker!5"]



def test_an_items_last_sentence_after_its_parts_is_its_own_though_a_shorter_item_reads_it_better(
        pair_files):
    """Real South Yorkshire 2015 wording (fresh seed 91): item 1 (succession plans, direct
    entry) ends "This assessment should inform workforce plans."; so does item 2, shorter,
    which has no row and so reads the sentence clearly better by its words. The force writes
    item 1 on two rows, the second with its register reference, and the sentence on the row
    after them: written right after item 1's parts and being item 1's last words, it is item
    1's third part, not item 2's row."""
    items = [(1, SYORKS_15, None, "Recommendation",
              "Within six months the force should specify in succession plans how it intends "
              "to improve diversity across all levels of the force. " + DIRECT_ENTRY + " "
              + WORKFORCE, "Complete"),
             (2, SYORKS_15, None, "Recommendation",
              "HMIC recommends that within six months the force should: make sure officers and "
              "staff have the training they need to identify and respond to repeat victims "
              + WORKFORCE, "Awaiting review"),
             *others(SYORKS_15, 3, BODIES[4:14])]
    h, f = pair_files(items, tracker(("National Child Protection 2015", [
        ("1", None, "Within six months the force should specify in succession plans how it "
                    "intends to improve diversity across all levels of the force", None,
         "Supt Hale", "Complete"),
        ("1", "1", DIRECT_ENTRY, None, "Supt Hale", "Complete"),
        ("", None, WORKFORCE, None, "Supt Hale", "Complete"),
        *other_rows(3, BODIES[4:14])])))
    rec = reconcile_files(h, f)
    closing = pair_of(rec, "Tracker!7")
    assert closing is not None
    assert (int(closing["h"]), closing["method"]) == (0, "split")
    lines = rec.items[rec.items["hmicfrs_row"] == "Definitive list!6"]
    assert lines["category"].tolist() == ["missing_from_force"]


# ------------------------------- a closing sentence after its item's row, between two items' rows

def test_a_closing_sentence_after_its_items_row_is_not_the_item_between_by_place(pair_files):
    """Real 'Policing in austerity' (2014) wording, as train seed 38 has it: items 2 and 3
    both end "HMIC will follow up the assessments in the autumn."; the force writes item 2
    without it ("CCs and PCCs in forces planning ..."), the sentence on the next row, then
    item 4's row. Item 3 has no row, nor have three items of another report that end with the
    sentence too. Written between the rows of items 2 and 4, the sentence looked like item
    3's by its place; but it ends item 2, whose row lacks it: it is item 2's second part,
    and item 3 is missing."""
    from reconcile.casegen.texts.national import NATIONAL

    title, _, recs = NATIONAL["austerity"]
    items = [(k, title, None, "National recommendation", text, "Complete")
             for k, (_, text) in enumerate(recs, start=1)]
    autumn = "HMIC will follow up the assessments in the autumn."
    # Items of another report that end with it too, as on a real list: the sentence is then
    # no clear part of item 2 by its words.
    items += [(10 + k, "PEEL: Police efficiency 2016", None, "Recommendation",
               "The force should " + body.rstrip(".") + ". " + autumn, "Complete")
              for k, body in enumerate(BODIES[:3])]
    rows = [("1", None, recs[0][1], None, "DCC", "Complete"),
            ("2", None, recs[1][1].replace(" " + autumn, "").replace(
                "Chief Constables", "CCs").rstrip("."), None, "DCC", "Complete"),
            ("", None, autumn, None, "DCC", "Complete"),
            ("4", None, recs[3][1], None, "DCC", "Complete")]
    h, f = pair_files(items, tracker(("Policing in Austerity 2014", rows)))
    rec = reconcile_files(h, f)
    closing = pair_of(rec, "Tracker!7")
    assert closing is not None
    assert (int(closing["h"]), closing["part"]) == (1, "2 of 2")
    lines = rec.items[rec.items["hmicfrs_row"] == "Definitive list!7"]
    assert lines["category"].tolist() == ["missing_from_force"]
