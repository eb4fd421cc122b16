"""The matcher decides on the right facts: a formula with its subject swapped is another
action, and a row cut short, a typo or a rewording is no subject swap.

Each test is built from real public HMICFRS texts, laid out the way real trackers lay them out.
"""

from __future__ import annotations

import pytest
from builders import BODIES, CONTROL_ROOM, EFF, LEADERSHIP, SF, other_rows, others, pair_of, tracker

from reconcile import reconcile_files
from reconcile.casegen import texts as T

# ------------------------------------------- no subject swap: a row cut short with a note

def test_a_row_cut_short_and_finished_with_a_note_is_no_change_of_subject(pair_files):
    """'... under the MSA 2015 (STPOs / STROs)' stops where HMICFRS goes on 'to ensure that
    opportunities to restrict ...': the note is the force's, not another subject."""
    prevent = ("Immediately, forces should review their use of preventative powers under the "
               "Modern Slavery Act 2015 to ensure that opportunities to restrict the activities "
               "of those deemed to pose a clear threat to others in respect of modern slavery "
               "and human trafficking offences are exploited.")
    # Other real items on the list, so that words are weighed as on a real list.
    others = [(k, EFF, None, "Recommendation", "The force should " + body, "Awaiting review")
              for k, body in enumerate(T.BODIES[:20], start=2)]
    h, f = pair_files(
        [(1, SF, None, "Recommendation", prevent, "Awaiting review"), *others],
        tracker((SF, [(1, None, "Immediately review our use of preventative powers under the "
                       "MSA 2015 (STPOs / STROs)", None, "DI Shaw", "Open")])))
    rec = reconcile_files(h, f)
    line = rec.items[rec.items["force_row"].notna()]
    assert line["hmicfrs_text"].str.startswith("Immediately, forces should review their use "
                                               "of preventative powers").tolist() == [True]
    assert "subject" not in line["score_parts"].iat[0]
    assert line["category"].tolist() == ["in_sync"]


def test_a_different_type_costs_its_penalty_in_words(pair_files):
    """An AFI row on an HMICFRS recommendation: still the pair, a conflict, and the score says
    what the type cost (the learnt weights: a different type is x12 less likely a pair)."""
    h, f = pair_files(
        [(1, SF, None, "Recommendation", LEADERSHIP, "Being progressed")],
        tracker((SF, [(1, None, LEADERSHIP, "AFI", "DCI Patel", "Amber")])))
    rec = reconcile_files(h, f)
    line = rec.items.iloc[0]
    assert line["category"] == "conflict" and "type differs" in line["flags"]
    assert "different type -8" in line["score_parts"]


# ------------------------------------------------ a typo that changes the stem is no subject

@pytest.mark.parametrize(("text", "word", "typo"), [
    ("Immediately, the force should make sure it consistently uses ancillary orders and other "
     "powers to protect victims of forced marriage.", "consistently", "consistenlty"),
    ("Within six months the force should improve its ability to retrieve digital evidence from "
     "mobile phones, computers and other devices.", "digital", "digial")])
def test_a_misspelling_that_stems_apart_is_no_change_of_subject(pair_files, text, word, typo):
    """'consistenlty' stems to itself, 'consistently' to 'consist' ('digial' / 'digit'): one
    slip of the keyboard (two letters swapped, one dropped) is the same word, not another
    subject."""
    others = [(k, EFF, None, "Recommendation", "The force should " + body, "Awaiting review")
              for k, body in enumerate(T.BODIES[:20], start=2)]
    h, f = pair_files(
        [(1, EFF, None, "Recommendation", text, "Awaiting review"), *others],
        tracker((EFF, [(1, None, "R17 " + text.replace(word, typo), None, "DI Shaw", "Open")])))
    rec = reconcile_files(h, f)
    line = rec.items[rec.items["force_row"].notna()].iloc[0]
    assert "subject" not in line["score_parts"]
    assert (line["hmicfrs_row"], line["category"]) == ("Definitive list!5", "in_sync")


# ------------------------------ two words run together, or one word split, is no subject

@pytest.mark.parametrize(("text", "word", "written"), [
    ("Within six months the force should improve how it works with partner organisations to "
     "safeguard people at risk from child sexual exploitation.", "safeguard", "safe guard"),
    ("The force should make sure it has enough trained staff to investigate cybercrime "
     "effectively.", "cybercrime", "cyber crime"),
    ("The force should improve its understanding of the nature and scale of child sexual "
     "exploitation in its area.", "sexual exploitation", "sexualexploitation")])
def test_two_words_run_together_or_one_split_is_no_change_of_subject(pair_files, text, word,
                                                                     written):
    """A paste from a PDF or a typist's habit: 'safe guard', 'cyber crime' for one word,
    'sexualexploitation' for two. The same words, not another subject."""
    others = [(k, EFF, None, "Recommendation", "The force should " + body, "Awaiting review")
              for k, body in enumerate(T.BODIES[:20], start=2)]
    h, f = pair_files(
        [(1, EFF, None, "Recommendation", text, "Awaiting review"), *others],
        tracker((EFF, [(1, None, text.replace(word, written), None, "DI Shaw", "Open")])))
    rec = reconcile_files(h, f)
    line = rec.items[rec.items["force_row"].notna()].iloc[0]
    assert "subject" not in line["score_parts"]
    assert (line["hmicfrs_row"], line["category"]) == ("Definitive list!5", "in_sync")


# ------------------------------- a formula with its subject swapped, one side with a clause more

AVON_17 = "PEEL: Police efficiency 2017 – Avon and Somerset Constabulary"
FRAMEWORK = ("make sure its performance framework gives senior leaders a clear picture of its "
             "response to {} crime")


@pytest.mark.parametrize(("item", "fillers"), [
    # One text adds a clause after the formula: the swap is weighed against the shorter text.
    ("The force should " + FRAMEWORK.format("knife") + ". In cases where a DASH risk "
     "assessment is not completed the officer should record an assessment on the crime "
     "management system.", 16),
    # A short list: the index's smoothed weights put even a word of one text ("knife") under
    # the bound a long list uses for common words; the bound follows the list's length.
    ("The force should " + FRAMEWORK.format("knife") + ".", 5)],
    ids=["a clause added after the formula", "a list of six items"])
def test_a_swapped_subject_is_seen(pair_files, item, fillers):
    """Real PEEL wording: item 1 is the performance-framework formula about knife crime; the
    force's row is the same formula about hate crime, an action of its own. The row is not on
    the list and item 1 has no row, rather than one pair for a person to look at."""
    items = [(1, AVON_17, None, "Area for improvement", item, "Awaiting review"),
             *others(AVON_17, 2, BODIES[:fillers], kind="Area for improvement")]
    h, f = pair_files(items, tracker(("Efficiency 2017 (PEEL)", [
        ("1", None, FRAMEWORK.format("hate")[0].upper() + FRAMEWORK.format("hate")[1:] + ".",
         None, "Supt Hale", "Amber"),
        *other_rows(2, BODIES[:fillers])])))
    rec = reconcile_files(h, f)
    lines = {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}
    assert lines[("Definitive list!5", None)] == "missing_from_force"
    assert lines[(None, "Tracker!5")] == "not_on_hmicfrs_list"


SAFEGUARD = ("improve how it works with partner organisations to safeguard people at risk from "
             "{}")
CLEVELAND_14 = "PEEL: Police effectiveness 2014 – Cleveland Police"


@pytest.mark.parametrize(("subject", "pair"), [("child sexual exploitation", False),
                                                ("serious and organised crime", True)],
                         ids=["another subject", "the same subject"])
def test_a_sentence_after_the_subject_is_a_tail_not_the_rest_of_a_clause(pair_files, subject,
                                                                         pair):
    """PEEL wording: item 1 is the safeguarding formula ending its sentence, then "Chief
    officers should oversee and ensure full implementation of these action plans."; the
    force's row is the formula about serious and organised crime and stops there. The item
    goes on past the place the subjects differ, but with a sentence of its own, not the rest
    of a clause the row left off: about child sexual exploitation, the row is not item 1's
    (it had been accepted as in sync) but an action of the force's own; about serious and
    organised crime, a sentence more is a tail and the row is item 1's."""
    item = ("The force should " + SAFEGUARD.format(subject) + ". Chief officers should "
            "oversee and ensure full implementation of these action plans.")
    items = [(1, CLEVELAND_14, None, "Recommendation", item, "Awaiting review"),
             *others(CLEVELAND_14, 2, BODIES[:16])]
    h, f = pair_files(items, tracker(("PEEL: Effectiveness 2014", [
        ("1", None, "Improve how it works with partner organisations to safeguard people at "
         "risk from serious and organised crime.", None, "DCI Ross", "Green"),
        *other_rows(2, BODIES[:16])])))
    rec = reconcile_files(h, f)
    row = pair_of(rec, "Tracker!5")
    if pair:
        assert row is not None and int(row["h"]) == 0      # item 1
        assert "subject" not in rec.items.set_index("force_row").at["Tracker!5",
                                                                     "score_parts"]
    else:
        lines = {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}
        assert lines[("Definitive list!5", None)] == "missing_from_force"
        assert lines[(None, "Tracker!5")] == "not_on_hmicfrs_list"


# ------------------------------- a subject swapped where the alignment takes two steps

def test_a_subject_of_more_words_than_the_one_it_replaces_is_a_swap(pair_files):
    """Real wording (City of London Police): item 1, of one report, is the 'investigations of
    X are allocated to officers with the right skills' formula about hate crime; item 2, of
    another, the same formula about serious and organised crime with a second ask after it.
    The force files item 2's text under item 1's report. 'hate' became 'serious organised':
    one place where the subject differs, though the alignment inserts a word then replaces
    one. The row is item 2's, filed under another report, not item 1's."""
    allocated = ("make sure investigations of {} crime are allocated to officers with the right "
                 "skills and are effectively supervised")
    plan = ("; and The plan should include future resource allocations, the mix of skills "
            "required by the workforce and behaviours expected of them.")
    items = [(1, "National child protection inspection 2016 – City of London Police", None,
              "Recommendation", "The force should " + allocated.format("hate") + ".",
              "Awaiting review"),
             (2, "Crime data integrity inspection 2014 – City of London Police", None,
              "Recommendation", "By the end of March 2015, the force should "
              + allocated.format("serious and organised") + plan, "Complete"),
             *others("National child protection inspection 2016 – City of London Police", 3)]
    h, f = pair_files(items, tracker((
        "National child protection inspection 2016 – City of London Police (published 10 June "
        "2016)", [("1", None, "Make sure investigations of serious and organised crime are "
                   "allocated to officers with the right skills and are effectively supervised"
                   + plan, None, "DCI Ross", "Amber"),
                  *other_rows(3)])))
    rec = reconcile_files(h, f)
    row = pair_of(rec, "Tracker!5")
    assert row is not None and int(row["h"]) == 1
    lines = {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}
    assert lines[("Definitive list!5", None)] == "missing_from_force"


# ------------------------------- a reworded sentence is no subject swap

def test_a_reworded_sentence_is_no_subject_swap():
    """Joining the edit operations that touch must not make a reworded text look like one
    formula with its subject swapped: the force's "Make sure the control room has enough
    staff to meet its resourcing model ..." rewords the HMICFRS "ensure that it has sufficient
    resources available in the control room to fulfil its resourcing model ...": 'available'
    left out inside the text says reworded, however the start is aligned; and a CoC's bullet
    paraphrased by a West Midlands row is several places, not 'specifically relation' /
    'not confidence always address'."""
    from rapidfuzz.distance import Levenshtein

    from reconcile.match import subjects as S
    from reconcile.match.align import one_swap
    from reconcile.normalise import norm_text

    pairs = [(CONTROL_ROOM, "Make sure the control room has enough staff to meet its resourcing "
                            "model and demand, taking into account workforce wellbeing."),
             ("To address this cause of concern, HMIC recommends the force should immediately "
              "take steps to ensure that: there is effective supervision of the initial risk "
              "assessment process, specifically in relation to the completion of DASH risk "
              "assessment in appropriate cases.",
              "Cause for concern / Rec 1 – DASH: officer discretion to complete a DASH risk "
              "assessment does not provide confidence risk is always assessed appropriately. To "
              "address this, ensure effective supervision of the initial risk assessment process "
              "(DASH completion in appropriate cases).")]
    from reconcile.config import MatchSettings

    formula = MatchSettings().subject_formula     # as the matcher asks
    for a, b in pairs:
        sa, sb = S._subject_words(norm_text(a)), S._subject_words(norm_text(b))
        assert one_swap(sa, sb, set(sa) - set(sb), set(sb) - set(sa),
                        Levenshtein.opcodes, formula=formula) is None
    hate = S._subject_words(norm_text(
        "make sure investigations of hate crime are allocated to officers with the right skills"))
    soc = S._subject_words(norm_text("make sure investigations of serious and organised crime "
                                     "are allocated to officers with the right skills"))
    assert one_swap(hate, soc, set(hate) - set(soc), set(soc) - set(hate),
                    Levenshtein.opcodes, formula=formula) is not None


# ------------------------------- a row tracking two items, one clause the formula about another subject

CUMBRIA_NCPI = "National child protection inspection 2018 – Cumbria Constabulary"
ALLOCATED = ("make sure investigations of {} are allocated to officers with the right skills and "
             "are effectively supervised")
YOUTH_ORDERS = ("make sure it consistently uses ancillary orders and other powers to protect victims "
             "of youth violence")


def test_a_clause_the_other_text_lacks_does_not_hide_a_swapped_subject(pair_files):
    """Real NCPI 2018 wording (train seed 19, fresh seed 126): item 2 asks two things ("...
    youth violence; and make sure investigations of forced marriage are allocated ..."), item
    1 is the 'allocated' formula about hate crime. The force copies item 2 whole. Aligned with
    item 1, the row adds a whole clause before the formula and swaps its subject: the clause
    is the row's other item, not a rewording, so the swap still counts. The row is item 2's,
    and it reads item 1 as another subject."""
    from rapidfuzz.distance import Levenshtein

    from reconcile.match import subjects as S
    from reconcile.match.align import one_swap
    from reconcile.normalise import norm_text

    two = "By September 2019, the force should " + YOUTH_ORDERS + "; and " + \
        ALLOCATED.format("forced marriage") + "."
    items = [(1, CUMBRIA_NCPI, None, "Recommendation",
              "The force should " + ALLOCATED.format("hate crime") + ".", "Awaiting review"),
             (2, CUMBRIA_NCPI, None, "Recommendation", two, "Awaiting review"),
             *others(CUMBRIA_NCPI, 3)]
    h, f = pair_files(items, tracker(("Child protection inspection 2018", [
        ("", None, two[len("By September 2019, the force should "):].capitalize(), None,
         "DCI Ross", "Amber"),
        *other_rows(3)])))
    rec = reconcile_files(h, f)
    row = pair_of(rec, "Tracker!5")
    assert row is not None and int(row["h"]) == 1
    t = rec.scores.table
    j = rec.f["row_id"].tolist().index("Tracker!5")
    # 'forced' stems as 'force' does, a word both texts have: the swap names 'marriage'.
    assert t[(t["h"] == 0) & (t["f"] == j)]["topic"].tolist() == ["'hate crime' / 'marriage'"]

    one = S._subject_words(norm_text(ALLOCATED.format("hate crime")))
    both = S._subject_words(norm_text(YOUTH_ORDERS + "; and " + ALLOCATED.format("forced marriage")))
    assert one_swap(one, both, set(one) - set(both), set(both) - set(one),
                    Levenshtein.opcodes) == (["hate", "crime"], ["forc", "marriag"])
    # A few words added inside the text stay a rewording, not a clause.
    short = S._subject_words(norm_text("make sure investigations of hate crime are allocated to "
                                       "trained officers with the right skills"))
    other = S._subject_words(norm_text(ALLOCATED.format("forced marriage")))
    assert one_swap(short, other, set(short) - set(other), set(other) - set(short),
                    Levenshtein.opcodes) is None


# ------------------------------- a place swapped: another force's recommendation

def test_another_forces_place_in_the_formula_is_a_swapped_subject(pair_files):
    """Real West Mercia custody 2016 wording (fresh seed 130): item 1 asks the force to
    "clearly define its new operating model, ... fit to protect the communities of West
    Mercia"; the force's row is the same formula ending "... communities of Lancashire", an
    action copied from another force's report. On West Mercia's own list the force's name is
    in most items, too common a word to tell anything by its weight; a place is a subject all
    the same. The row is not item 1's."""
    model = next(b for b in T.BODIES if "operating model" in b)
    report = "Report on an unannounced inspection visit to police custody suites 2016 – West Mercia Police"
    bodies = [b.format(area="West Mercia") for b in T.BODIES if "operating model" not in b][:12]
    items = [(1, report, None, "Recommendation", "Within six months West Mercia Police should "
              + model.format(area="West Mercia") + ".", "Awaiting review"),
             *[(k, report, None, "Recommendation", "West Mercia Police should " + body,
                "Awaiting review") for k, body in enumerate(bodies, start=2)]]
    rows = [("", None, "To address this cause of concern, HMIC recommends the force should "
                       "immediately " + model.format(area="Lancashire") + ".", None, "Supt Hale",
             "Amber"),
            *[(str(k), None, body[0].upper() + body[1:], None, "Supt Hale", "Amber")
              for k, body in enumerate(bodies, start=2)]]
    h, f = pair_files(items, tracker(("Custody inspection 2016", rows)))
    rec = reconcile_files(h, f)
    lines = {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}
    assert lines[("Definitive list!5", None)] == "missing_from_force"
    assert lines[(None, "Tracker!5")] == "not_on_hmicfrs_list"
    t = rec.scores.table
    assert t[(t["h"] == 0) & (t["f"] == 0)]["topic"].tolist() == ["'mercia' / 'lancashire'"]


# ------------------------------- a text in the force's own words is no subject swap

@pytest.mark.parametrize(("item", "row", "swapped"), [
    # In other words: 'straight away' for 'without delay', 'updated' for 'kept informed about
    # the progress', 'recognise' for 'need to identify'.
    ("The force should make sure it records reports of hate crime accurately and without "
     "delay.", "Record all hate crime reports accurately and straight away", False),
    ("The force should make sure victims of fraud are kept informed about the progress of "
     "their case, in line with the Code of Practice for Victims of Crime.",
     "Keep fraud victims updated on their case in line with the Victims' Code", False),
    # "in its area" written as the force's own area.
    ("The force should improve its understanding of the nature and scale of child sexual "
     "exploitation in its area.", "Better understand the nature and scale of CSE in the "
     "West Midlands", False),
    # One formula, two subjects: still a swap.
    ("The force should make sure it records reports of hate crime accurately and without "
     "delay.", "Make sure it records reports of stalking accurately and without delay.", True),
    # "e.g." ends no clause: "(e.g." is no clause of its own, swapped for the item's rest.
    ("The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of stalking and harassment.", "Use ancillary orders & other powers "
     "(e.g. SPOs) to protect stalking & harassment victims", False),
    # A clause in the force's own words: 'regularly' for 'supported to routinely and
    # frequently', 'resources are matched' for 'changes in demand' (clause against clause,
    # the two keep too little of the longer one's words in order).
    ("By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", "Reinforce communication skills through CPD; "
     "supervisors to debrief officers regularly using BWV footage", False),
    ("The service should undertake further work to gain a fuller understanding of current "
     "demand for its services, and likely future changes in demand. This is so it can make "
     "best use of its resources by matching them to demand to meet the needs of the public.",
     "Gain a fuller understanding of current and likely future demand for its services so "
     "resources are matched to demand", False),
    # Two formulas in one text, their subjects crossed: every word of the row is somewhere
    # in the item, but clause against clause the subject differs.
    ("Within six months the force should " + SAFEGUARD.format("modern slavery") + "; and "
     + FRAMEWORK.format("county lines").replace(" crime", "") + ".",
     SAFEGUARD.format("county lines").capitalize() + ".", True),
    ("The force should " + YOUTH_ORDERS + ".", YOUTH_ORDERS.replace("youth violence",
     "domestic abuse").capitalize() + "; and make sure it has enough specialist capacity and "
     "capability to investigate youth violence.", True),
    # ... but a row copying one of the item's clauses, or the item and one more, is its row.
    ("Within six months the force should " + SAFEGUARD.format("modern slavery") + "; and "
     + FRAMEWORK.format("county lines").replace(" crime", "") + ".",
     SAFEGUARD.format("modern slavery").capitalize() + ".", False),
    ("The force should " + SAFEGUARD.format("modern slavery") + ".",
     SAFEGUARD.format("modern slavery").capitalize() + "; and " + SAFEGUARD.format(
         "county lines") + ".", False),
    # Link words swapped for a short form or a like word ('specifically in relation to' /
    # 'esp.', 'a confidential way' / 'route'): the force's wording, not another subject.
    ("The force should take steps to ensure that there is effective supervision of the "
     "initial risk assessment process, specifically in relation to the completion of DASH risk "
     "assessment in appropriate cases.", "Effective supervision of the initial risk assessment "
     "process - esp. completion of DASH where appropriate", False),
    ("The force should make sure it provides a confidential way for staff to raise concerns "
     "and that staff are aware of whistleblowing processes.", "Recommendation: provide a "
     "confidential route for staff to raise concerns & make staff aware of whistleblowing "
     "process (Integrity Line)", False)],
    ids=["straight away", "updated", "its area", "a swap", "e.g.", "regularly",
         "resources matched", "crossed, the row one clause", "crossed, the item one clause",
         "one of its clauses", "the item and one more", "esp.", "way / route"])
def test_a_text_in_the_forces_own_words_is_no_change_of_subject(item, row, swapped):
    """A formula with its subject swapped keeps most of its words in order; a rewording keeps
    few (`subject_formula`), and what it changed is its wording. Two formulas in one text
    are compared clause against clause too (`subject_clause_formula`)."""
    import numpy as np
    import pandas as pd

    from reconcile import normalise as N
    from reconcile.config import MatchSettings
    from reconcile.match import subjects as S
    from reconcile.match.candidates import build_index

    # A list as long as a force's: a subject's words are in few of its texts.
    fillers = ["The force should " + b.format(area="Avon and Somerset", neighbour="Wiltshire")
               for b in T.BODIES]
    h = pd.DataFrame({"text_norm": [N.norm_text(t) for t in [item, *fillers]]})
    h["text"] = [item, *fillers]
    f = pd.DataFrame({"text_norm": [N.norm_text(row)], "text": [row]})
    index = build_index(h["text_norm"].map(N.tokens), f["text_norm"].map(N.tokens))
    got = S.swapped_subjects(h, f, np.array([0]), np.array([0]), index, np.array([True]),
                             MatchSettings())
    assert (got[0] != "") == swapped, got[0]


# ------------------------------- subjects crossed between two formulas: no pair for want of a rival

def test_a_row_with_its_subjects_crossed_is_not_accepted_for_want_of_a_rival(pair_files):
    """Fresh seed 165: item 1 asks two things, safeguarding people at risk from vulnerable
    adults and reviewing its approach to counter-corruption; the force's row is the
    safeguarding formula about counter-corruption. Every word of the row is in the item, so
    only clause against clause does the subject differ. The row is short beside the item and
    no other candidate is near, which made it item 1's summary, accepted; a different subject
    leaves only the formula in common, so a person decides."""
    item = ("Within six months the force should " + SAFEGUARD.format("vulnerable adults")
            + "; and review its approach to counter-corruption.")
    items = [(1, CLEVELAND_14, None, "Recommendation", item, "Being progressed"),
             *others(CLEVELAND_14, 2, BODIES[:16])]
    h, f = pair_files(items, tracker(("PEEL: Effectiveness 2014", [
        ("1", None, SAFEGUARD.format("counter-corruption").capitalize() + ".", None,
         "DCI Ross", "Blue"),
        *other_rows(2, BODIES[:16])])))
    rec = reconcile_files(h, f)
    line = rec.items[rec.items["force_row"] == "Tracker!5"].iloc[0]
    assert "different subject ('vulnerable adults' / 'counter corruption')" in line["score_parts"]
    assert (line["hmicfrs_row"], line["decision"]) == ("Definitive list!5", "review")
