"""The matcher decides on the right facts: which rows are the parts of an item's split, and
which rows next to them, or holding its words, are no part of it.

Each test is built from real public HMICFRS texts, laid out the way real trackers lay them out.
"""

from __future__ import annotations

from builders import PEEL_21, other_rows, others, pair_of, tracker

from reconcile import reconcile_files
from reconcile.casegen import texts as T

# ------------------------------------ a split's second row that reads another item as well

# The operating-model formula, "{}" for the area. (The Cumbria test below once read the
# template unfilled, "... communities of {}", because a later section rebound the name.)
MODEL = ("clearly define its new operating model, ensuring all operational and support services "
         "are affordable and fit to protect the communities of {}")
CUMBRIA = MODEL.format("Cumbria")
CHECKS = ("Within six months the force should immediately review its current background checks "
          "arrangements, and make sure that suitable and sufficient background checks are in "
          "place to safeguard its staff and the communities it serves")
PEEL_EFF14 = "PEEL: Police effectiveness 2014"


def test_the_row_after_part_1_of_a_split_completes_it_not_a_tie_with_another_item(pair_files):
    """Real Cumbria texts (PEEL effectiveness 2014): item 2 ends with the whole of item 1's
    wording, and the force split item 2 over two rows one after the other. The second row
    reads item 1 exactly as well as item 1's own row does; written after part 1 of item 2's
    split, it is item 2's, and item 1's own row is a sure pair, not a tie to review."""
    others = [(k, PEEL_EFF14, None, "Recommendation", "The force should " + body,
               "Awaiting review") for k, body in enumerate(
                  [b for b in T.BODIES if "operating model" not in b][:20], start=3)]
    h, f = pair_files(
        [(1, PEEL_EFF14, None, "Recommendation", "Within five months, the force should " + CUMBRIA,
          "Awaiting review"),
         (2, PEEL_EFF14, None, "Recommendation", CHECKS + "; and " + CUMBRIA, "Awaiting review"),
         *others],
        tracker((PEEL_EFF14, [
            ("1", None, "Recommendation 36 - Within five months, the force should " + CUMBRIA,
             None, "Supt Hale", "Amber"),
            ("2", None, CHECKS, None, "Ch Insp Moss", "Amber"),       # numbered as two items
            ("3", None, CUMBRIA[0].upper() + CUMBRIA[1:], None, "Ch Insp Moss", "Amber")])))
    rec = reconcile_files(h, f)
    got = {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()
           if isinstance(r.force_row, str)}
    assert got == {("Definitive list!5", "Tracker!5"): "in_sync",
                   ("Definitive list!6", "Tracker!6"): "in_sync",
                   ("Definitive list!6", "Tracker!7"): "in_sync"}
    second = pair_of(rec, "Tracker!7")
    assert second["method"] == "split" and second["part"] == "2 of 2"
    assert "the row after part 1 of this split" in second["score_parts"]
    assert "Definitive list!5" in second["score_parts"]


# ------------------------------- a split whose first row the word index did not offer

TOPICS = ["knife crime", "fraud", "stalking and harassment", "modern slavery",
          "domestic abuse", "hate crime"]
TIMELY = "improve the timeliness of its response to calls for service involving {}"
INFORMED = ("make sure victims of {} are kept informed about the progress of their case, in "
            "line with the Code of Practice for Victims of Crime.")


def test_the_row_before_a_pairs_row_that_holds_the_rest_of_its_item_is_a_split(pair_files):
    """Real PEEL wording: item 1 is a 'timeliness' ask and a 'victims kept informed' ask in
    one. The force split it over two rows; the first row reads item 2 (an older report's
    'timeliness' ask on forced marriage) word for word, and on a long list the word index keeps
    only a row's few best items, so item 1 was never offered for it. The row after it is
    paired with item 1 and holds the rest of its words: the first row is the split's other
    part, not a pair with item 2 under a contradicting report."""
    from reconcile.config import Config, MatchSettings

    both = ("The force should " + TIMELY.format("forced marriage") + "; and "
            + INFORMED.format("serious and organised crime"))
    items = [(1, PEEL_21, None, "Recommendation", both, "Awaiting review"),
             (2, "PEEL: Police effectiveness 2016", None, "Recommendation",
              "Within six months the force should " + TIMELY.format("forced marriage") + ".",
              "Awaiting review")]
    rows = [("1a", None, "The force should " + TIMELY.format("forced marriage"), None,
             "Supt Hale", "Amber"),
            ("1b", None, INFORMED.format("serious and organised crime"), None, "Supt Hale",
             "Amber")]
    for topic in TOPICS:
        for body in (TIMELY, INFORMED):
            text = "The force should " + body.format(topic).rstrip(".") + "."
            items.append((len(items) + 1, PEEL_21, None, "Recommendation", text,
                          "Awaiting review"))
            rows.append((str(len(rows) + 1), None, text, None, "Supt Hale", "Amber"))
    h, f = pair_files(items, tracker((PEEL_21, rows)))
    # As on a long list: only each row's two best candidates are scored.
    rec = reconcile_files(h, f, Config(match=MatchSettings(candidates=2, all_pairs_limit=0)))
    first, second = pair_of(rec, "Tracker!5"), pair_of(rec, "Tracker!6")
    assert first is not None and second is not None
    assert (int(first["h"]), first["method"], first["part"]) == (0, "split", "1 of 2")
    assert (int(second["h"]), second["method"], second["part"]) == (0, "split", "2 of 2")
    lines = rec.items[rec.items["hmicfrs_row"] == "Definitive list!6"]
    assert lines["category"].tolist() == ["missing_from_force"]


# ------------------------------- two local rows next to each other are no split of a copied item

CAMBS_15 = "PEEL: Police effectiveness 2015 – Cambridgeshire Constabulary"


def test_rows_that_only_repeat_a_copied_items_words_are_no_split_of_it(pair_files):
    """Real PEEL 2015 wording: the force copies item 1 whole on one row. Elsewhere, under a
    local heading, two rows of its own reuse the operating-model formula for other areas
    ("... communities of Surrey", "... of Gloucestershire"). Every word they share with item 1
    is on the copy's row already, and neither is written next to it: item 1 is the copy's
    alone, the two rows are the force's own."""
    item = ("Within six months the force should " + MODEL.format("Cambridgeshire") + "; and make "
            "sure its performance framework gives senior leaders a clear picture of its response "
            "to forced marriage.")
    items = [(1, CAMBS_15, None, "Recommendation", item, "Superseded"),
             (2, CAMBS_15, None, "Area for improvement",
              "The force should improve how it gathers, assesses and acts on intelligence about "
              "modern slavery.", "Awaiting review")]
    h, f = pair_files(items, tracker(
        ("Stop & search powers 2", [
            ("1", None, "HMIC recommends that within six months the force should: "
                        + MODEL.format("Surrey") + ";", None, "Supt Hale", "Amber"),
            ("2", None, "Within six months the force should " + MODEL.format("Gloucestershire")
             + ".", None, "Supt Hale", "Amber")]),
        ("PEEL Eff 15", [
            ("3", None, "Improve how it gathers, assesses and acts on intelligence about modern "
                        "slavery", None, "DCI Ross", "Green"),
            ("4", None, "Recommendation 136 - " + item, None, "DCI Ross", "Green")])))
    rec = reconcile_files(h, f)
    copy = pair_of(rec, "Tracker!9")
    assert (int(copy["h"]), copy["method"], copy["decision"]) == (0, "text", "accepted")
    lines = rec.items[rec.items["force_row"].isin(["Tracker!5", "Tracker!6"])]
    assert lines["category"].tolist() == ["not_on_hmicfrs_list"] * 2


# ------------------------------- a longer row is no "same text" part of a split

WILTS_15 = "PEEL: Police efficiency 2015 – Wiltshire Police"
INFORMED_SOC = ("make sure victims of serious and organised crime are kept informed about the "
                "progress of their case, in line with the Code of Practice for Victims of Crime.")
DEMAND = ("This is so it can make best use of its resources by matching them to demand to meet "
          "the needs of the public.")


def test_a_row_holding_an_items_words_and_a_sentence_more_is_no_part_of_its_split(pair_files):
    """Real Wiltshire wording: item 1's row carries the register reference, its text cut
    short. Two rows further down the force tracks item 2's action (another report's: the same
    ask and a sentence more) under item 1's report. That row holds all of item 1's words, but
    it is longer than item 1, not a piece of it: item 1 is its reference row alone."""
    items = [(1, WILTS_15, None, "Cause of concern",
              "To address this cause of concern, HMIC recommends the force should immediately "
              + INFORMED_SOC, "Being progressed"),
             (2, "PEEL: Police effectiveness 2017 – Wiltshire Police", None, "Recommendation",
              "The force should " + INFORMED_SOC + " " + DEMAND, "Awaiting review"),
             *others(WILTS_15, 3)]
    h, f = pair_files(items, tracker(
        ("PEEL Effic 15", [
            ("1", "1", "To address this cause of concern, HMIC recommends the force should "
                       "immediately make sure victims of serious…", None, "Supt Hale", "Amber"),
            ("", None, "Local action: appoint a single point of contact for serious and "
                       "organised crime in each local policing area", None, "Supt Hale", "Amber"),
            ("", None, INFORMED_SOC[0].upper() + INFORMED_SOC[1:] + " " + DEMAND, None,
             "Supt Hale", "Amber"),
            *other_rows(3)]),
        ("PEEL Effectiveness 2017", [
            ("1", None, INFORMED_SOC[0].upper() + INFORMED_SOC[1:] + " " + DEMAND, None,
             "DCI Ross", "Green")])))
    rec = reconcile_files(h, f)
    first = pair_of(rec, "Tracker!5")
    assert (int(first["h"]), first["method"]) == (0, "reference")
    longer = pair_of(rec, "Tracker!7")
    assert longer is None or int(longer["h"]) != 0


# ------------------------------- a timescale is no piece of an ask

DYFED_15 = "PEEL: Police efficiency 2015 – Dyfed-Powys Police"


def test_a_cut_short_row_is_no_part_of_a_copied_items_split_by_its_timescale(pair_files):
    """Real PEEL 2015 wording: the force copies item 1 whole ("Recommendation 461 - within 6
    months the force should improve how it gathers ..."). Item 2 has its row, with the register
    reference; further down the force starts it again and cuts it short: "HMIC recommends
    that within six months the force should: improve the...". Its
    only words of item 1 beyond the copy's are "six" (the copy wrote "6"): a timescale, not a
    piece of item 1's ask. Item 1 is the copy's alone."""
    items = [(1, DYFED_15, None, "Recommendation",
              "Within six months the force should improve how it gathers, assesses and acts on "
              "intelligence about repeat victims.", "Awaiting review"),
             (2, DYFED_15, None, "Recommendation",
              "HMIC recommends that within six months the force should: improve the timeliness "
              "of its response to calls for service involving people with mental ill health.",
              "Being progressed"),
             *others(DYFED_15, 3)]
    h, f = pair_files(items, tracker(("PEEL Effic 15", [
        ("1", None, "Recommendation 461 - within 6 months the force should improve how it "
                    "gathers, assesses and acts on intelligence about repeat victims.", None,
         "Supt Hale", "Complete"),
        ("2", "2", "Improve the timeliness of its response to calls for service involving "
                   "people with mental ill health", None, "DCI Ross", "Complete"),
        *other_rows(3),
        ("", None, "HMIC recommends that within six months the force should: improve the...",
         None, "DCI Ross", "Complete")])))
    rec = reconcile_files(h, f)
    cut = pair_of(rec, "Tracker!21")
    assert cut is None or int(cut["h"]) != 0
    copy = pair_of(rec, "Tracker!5")
    assert (int(copy["h"]), copy["method"]) == (0, "text")


# ------------------------------- a row next to a part must add words of the item to join it

THAMES_21 = ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Thames Valley "
             "Police")


def test_a_cut_short_row_before_an_items_row_is_no_first_part_of_it():
    """Real PEEL 2021/22 wording (fresh seed 80): item 437's row is cut after "... the force
    should immediately improve the", and item 438's row ("Improve its understanding of the
    nature and scale of missing children ...") follows it. The cut row's one word of item
    438, "improve", is in item 438's own row already: it adds nothing, so it is no first part
    of a split of item 438, written next to it or not."""
    import pandas as pd

    from reconcile.match.groups import _adding
    from reconcile.normalise import norm_text, tokens

    item = set(tokens(norm_text("The force should improve its understanding of the nature and "
                                "scale of missing children in its area.")))
    rows = pd.Series([tokens(norm_text("To address this cause of concern, HMIC recommends the "
                                       "force should immediately improve the")),
                      tokens(norm_text("Improve its understanding of the nature and scale of "
                                       "missing children in its area."))])
    assert _adding([0, 1], [], item, rows, {0: 75.1, 1: 100.0}, 0.25) == [1]
    # A second bullet written next to the first, with words of its own, stays; so does the
    # item's text merged down over the rows of its actions (a copy: nothing new, the whole).
    rows[0] = tokens(norm_text("Improve its understanding of the nature of missing children"))
    rows[1] = tokens(norm_text("and the scale in its area"))
    assert _adding([0, 1], [], item, rows, {0: 100.0, 1: 90.0}, 0.25) == [0, 1]
    rows[0] = rows[1] = tokens(norm_text("Improve its understanding of the nature and scale of "
                                         "missing children in its area."))
    assert _adding([0, 1], [], item, rows, {0: 100.0, 1: 100.0}, 0.25, 0.7) == [0, 1]


# ------------------------- a split the force numbered 4a-4d, its reference on the last row

PERMITS = ("ensure that its arrangements in respect of the use of temporary permits are in "
           "accordance with the Home Office guidance; that temporary permits are properly "
           "recorded without delay on the National Firearms Licensing Management System; and "
           "that effective systems exist to ensure certificate holders are not permitted, at any "
           "time, to remain in unlawful possession of a firearm")
MSHT_AREA = ("Within twelve months, the force should improve its understanding of the nature and "
             "scale of modern slavery and human trafficking in its area")
LEGIT_14 = "PEEL: Police legitimacy 2014"


def test_rows_the_force_numbered_4a_to_4d_are_one_split_though_two_read_another_item(pair_files):
    """Real texts (PEEL legitimacy 2014, the firearms permits ask): item 7056 asks for modern
    slavery work "and" the whole permits ask; item 6887 is the permits ask alone, made
    "Immediately", and the force has no row of its own for it. The force split 7056 over rows
    4a-4d and wrote the reference on 4d only. Rows 4b and 4c read 6887 as well as 7056 (both
    hold their words); the force's numbering says whose parts they are, so all four rows are
    7056's and 6887 is missing from the tracker, not paired with two of 7056's bullets."""
    h, f = pair_files(
        [(6887, LEGIT_14, None, "Recommendation", "Immediately, the force should " + PERMITS + ".",
          "Complete"),
         (7056, LEGIT_14, None, "Recommendation", MSHT_AREA + "; and " + PERMITS + ".",
          "Being progressed"),
         *others(LEGIT_14, 3)],
        tracker((LEGIT_14, [
            ("4a", None, MSHT_AREA, "Rec", "DCI Ross", "Amber"),
            ("4b", None, "ensure that its arrangements in respect of the use of temporary permits "
                         "are in accordance with the HO guidance", "Rec", "DCI Ross", "Amber"),
            ("4c", None, "that temporary permits are properly recorded without delay on the "
                         "National Firearms Licensing Management System", "Rec", "DCI Ross",
             "Amber"),
            ("4d", "7056", "that effective systems exist to ensure certificate holders are not "
                           "permitted, at any time, to remain in unlawful possession of a firearm",
             "Rec", "DCI Ross", "Amber"),
            *other_rows(5)])))
    rec = reconcile_files(h, f)
    items = rec.items
    mine = items[items["hmicfrs_row"] == "Definitive list!6"]     # 7056 (a title block above)
    assert sorted(mine["force_row"]) == ["Tracker!5", "Tracker!6", "Tracker!7", "Tracker!8"]
    assert set(mine["category"]) == {"in_sync"}
    alone = items[items["hmicfrs_row"] == "Definitive list!5"]   # 6887
    assert alone["category"].tolist() == ["missing_from_force"]
    assert alone["force_row"].isna().all()
    second = items[items["force_row"] == "Tracker!6"].iloc[0]
    assert "numbered 4b by the force, with 4a, 4c, 4d: a part of this split" in second["score_parts"]


def test_sub_numbers_that_make_a_family_and_numbers_that_do_not():
    """"316a"/"316 b", "12(i)"/"12(ii)", "Rec 5a"/"5b" are one item's parts; "3.1"/"3.2" (report
    3's items, as many trackers number them), a lone "7a" and another sheet's "316c" are not."""
    import pandas as pd

    from reconcile.match.families import families

    f = pd.DataFrame({"local_ref": ["316a", "316 b", "317", "12(i)", "12(ii)", "3.1", "3.2",
                                    "Rec 5a", "5b", None, "7a", "316c"],
                      "sheet": ["2019"] * 11 + ["2020"]})
    assert families(f) == {0: (0, 1), 1: (0, 1), 3: (3, 4), 4: (3, 4), 7: (7, 8), 8: (7, 8)}


# ------------------------- a numbered split whose rows read a near-copy of the item better

SS_2013 = ("Chief Constables should, in consultation with elected local policing bodies, ensure "
           "that they comply with the code of practice by explaining to the public the way stop "
           "and search powers are used in their areas and by making arrangements for stop and "
           "search records to be scrutinised by community representatives. This should be done "
           "in a way that involves those people who are stopped and searched, for example, "
           "young people.")
SS_2015 = SS_2013.replace("Chief Constables", "Chief constables").replace(
    "elected local policing bodies", "police and crime commissioners").replace(
    "code of practice", "Code of Practice").replace("example, young", "example young")
SS13, SS15 = ("Stop and search powers: Are the police using them effectively and fairly?",
              "Stop and search powers 2: are the police using them effectively and fairly?")


def test_a_split_numbered_3a_to_3c_keeps_rows_that_read_the_2015_copy_better(pair_files):
    """British Transport Police's progress chart (real 2013 and 2015 stop and search texts:
    the 2015 one repeats the 2013 ask almost word for word). The force split the 2013 item
    over rows 3a-3c; 3b reads the 2015 item better than the 2013 one (its abbreviation "S&S"
    aside, the 2015 wording is as close), and 3c is the closing sentence both items end with.
    The numbering says all three are the 2013 item's; the 2015 item keeps its own row."""
    h, f = pair_files(
        [(4801, SS13, None, "National recommendation", SS_2013, "Complete"),
         (6120, SS15, None, "National recommendation", SS_2015, "Being progressed")],
        tracker((SS13, [
            ("3a", None, "Chief Constables should, in consultation with elected local policing "
                         "bodies, ensure that they comply with the code of practice by explaining "
                         "to the public the way S&S powers are used in their areas",
             "Rec", "Insp Gale", "Green"),
            ("3b", None, "…by making arrangements for stop and search records to be scrutinised "
                         "by community representatives", "Rec", "Insp Gale", "Amber"),
            ("3c", None, "This should be done in a way that involves those people who are "
                         "stopped and searched, for example, young people.", "Rec", "Insp Gale",
             "Green")]),
                (SS15, [("7", None, SS_2015, "Rec", "Insp Gale", "Amber")])))
    rec = reconcile_files(h, f)
    items = rec.items
    rows = items[items["hmicfrs_row"] == "Definitive list!5"]
    assert sorted(rows["force_row"]) == ["Tracker!5", "Tracker!6", "Tracker!7"]
    assert items.loc[items["force_row"] == "Tracker!9", "hmicfrs_row"].tolist() == [
        "Definitive list!6"]


# ------------------- a split filed whole under another report: its middle row is still its own

def test_the_middle_row_of_a_split_filed_under_another_report_is_the_splits(pair_files):
    """Real wording: the 2021 body-worn video recommendation (three asks), tracked as three
    rows under "Efficiency 2016 (PEEL)" (the wrong report), the first and last with the
    register reference. The middle row has no reference, and its words are also inside a
    PEEL 2014 item built on the same ask. Written between two parts of the split, filed under
    the same report as they are, it is the split's, not the 2014 item's."""
    from reconcile.casegen.texts.national import BWV_2021

    powers = ("Disproportionate use of police powers: A spotlight on stop and search and the "
              "use of force")
    first, second, third = BWV_2021.split("\n")
    legit_14 = "PEEL: Police legitimacy 2014"
    items = [(8001, powers, None, "National recommendation", BWV_2021, "Being progressed"),
             (8002, legit_14, None, "Recommendation", "By February 2015, the force should "
              + second + " This assessment should inform workforce plans.", "Complete"),
             *others(legit_14, 8003)]
    h, f = pair_files(items, tracker(("Efficiency 2016 (PEEL)", [
        (None, "8001", first[len("By September 2021, forces should: "):], None, "Insp Lowe",
         "Amber"),
        (None, None, second, None, "Insp Lowe", "Green"),
        (None, "8001", third, None, "Insp Lowe", "Amber")])))
    rec = reconcile_files(h, f)
    middle = pair_of(rec, "Tracker!6")
    assert middle is not None and int(middle["h"]) == 0
    lines = {(r.hmicfrs_row, r.force_row) for r in rec.items.itertuples()}
    assert ("Definitive list!6", None) in lines      # the 2014 item has no row


# ---------------------- a row stating another timescale is no piece of the item beside it

def test_a_row_stating_another_timescale_is_no_part_of_the_item_it_sits_inside(pair_files):
    """Real wording: Building the picture's "By 30 November 2015, chief constables should put
    in place arrangements to scrutinise audits of compliance with the APP on information
    management …", filed (cut short) under PEEL 2014, where an item says the same ask "By
    January 2015, the force should …". A row stating a timescale the item does not is that
    item's piece by its words only: it is the other item's copy, under the wrong report (or,
    its words fitting both, a person's to decide), never accepted as a split of the first."""
    ask = ("put in place arrangements to scrutinise audits of compliance with the APP on "
           "information management through the force information management governance "
           "structure")
    peel14 = "PEEL: Police effectiveness 2014"
    btp = "Building the picture: an inspection of police information management"
    items = [(1, peel14, None, "Recommendation", "By January 2015, the force should " + ask
              + ". This should be in addition to its existing audit programme.", "Complete"),
             (2, btp, None, "Recommendation", "By 30 November 2015, chief constables should "
              + ask + ". This should include measures to ensure that categorisation of records "
              "are regularly adjusted.", "Being progressed"),
             *others(peel14, 3)]
    h, f = pair_files(items, tracker(("PEEL Effec 14", [
        ("1", None, ("By 30 November 2015, chief constables should " + ask)[:150], None,
         "Head of Information Management", "Open"),
        *other_rows(2)])))
    rec = reconcile_files(h, f)
    row = pair_of(rec, "Tracker!5")
    assert row is None or int(row["h"]) == 1 or row["decision"] == "review"


def test_a_part_stating_only_other_timescales_than_its_whole_is_no_part():
    """The rule behind the test above, as the split step asks it: a row saying "by 30
    november 2015" is no piece of an item saying "by january 2015"; a row saying none, or
    the item's own, still may be."""
    import pandas as pd

    from reconcile.match.groups import _other_timescale

    fits = pd.DataFrame({"f": [0, 1, 2], "h": [0, 0, 0]})
    rows = [("by 30 november 2015",), (), ("by january 2015", "within six months")]
    items = [("by january 2015",)]
    assert _other_timescale(fits, "f", "h", (rows, items)).tolist() == [True, False, False]


# ------------------------------- one sentence on two rows, a sentence two items hold

SWALES_16 = ("Report on an unannounced inspection visit to police custody suites 2016 – South "
             "Wales Police")
SUCCESSION = ("specify in succession plans how it intends to improve diversity across all levels "
              "of the force")
DIRECT_ENTRY = "This should include offering increased direct-entry opportunities."


def test_one_sentence_on_two_rows_apart_is_not_one_items_when_two_items_hold_it(pair_files):
    """Fresh seed 231: two items of one report open with the same sentence (real custody
    wording), one going on about direct entry, the other about matching resources to demand.
    The force splits the first into its two sentences, then further down tracks the second
    by its opening sentence alone. The same long text on two rows apart reads as one item
    tracked twice (an archived copy), and the shorter item, whose words it explains more
    of, had taken both. A sentence two items hold whole says no more twice than once: the
    lower row is the second item's, the row after the first item's split."""
    first = "Within twelve months, the force should " + SUCCESSION + ". " + DIRECT_ENTRY
    second = "Within six months the force should " + SUCCESSION + ". " + DEMAND
    items = [(1, SWALES_16, None, "Recommendation", first, "Complete"),
             (2, SWALES_16, None, "Recommendation", second, "Being progressed"),
             *others(SWALES_16, 3, kind="Recommendation")]
    h, f = pair_files(items, tracker(("Custody inspection 2016", [
        ("", None, SUCCESSION.capitalize(), None, "Supt Hale", "Amber"),
        ("", None, DIRECT_ENTRY[:-1], None, "Supt Hale", "Amber"),
        *other_rows(3, kind="Recommendation")[:2],
        ("", None, SUCCESSION.capitalize(), None, "Supt Hale", "Amber")])))
    rec = reconcile_files(h, f)
    lower = rec.items[rec.items["force_row"] == "Tracker!9"].iloc[0]
    assert (lower["hmicfrs_row"], lower["category"]) == ("Definitive list!6", "in_sync")
    upper = rec.items[rec.items["force_row"].isin(["Tracker!5", "Tracker!6"])]
    assert upper["hmicfrs_row"].tolist() == ["Definitive list!5"] * 2
