"""Layouts of the twenty-first session's round 75 of cases built by other hands (and of
round 73's Access query export, looked at again).

- A tracker whose RAG column is set each quarter by a board and lags behind the status words
  the owners keep up to date beside it ("Current position": "Complete - evidence submitted"
  where the RAG still says Amber). The words are the status; the grade where they are blank.
- A planners' copy of the list, each wording cut to start at its verb, the addressee and the
  deadline moved to columns of their own ("Who", "By when, as written"): a deadline copied
  wrongly shows only in that column, and is still a timescale conflict.
- A force row telling its recommendation's bullets in fewer bullets or clauses, with no stop
  at its end: a bullet it leaves out is said missing (a conflict), unless a cut may have
  taken it.
- An Access query's export listing an item twice (joined to two portfolios): one item.
- "CoC – … Rec: …" in one row: neither type claimed.

Each test fails on a9f76d5. Texts are real public HMICFRS texts (Open Government Licence);
trackers, owners and statuses are invented.
"""

from __future__ import annotations

from builders import LEADERSHIP, MSHT_PREVENT, write_xlsx

from reconcile import reconcile_files
from reconcile.casegen.texts import CONTROL_ROOM, DIGITAL, FIREARMS, MSHT_INTEL, MSHT_NRM
from reconcile.normalise import timescales
from reconcile.normalise.refs import ref_key

SF = "Stolen freedom: the policing response to modern slavery and human trafficking"
EFF = "PEEL: Police efficiency 2017"
FA = "Targeting the risk: an inspection of the efficiency and effectiveness of firearms licensing"
_LIST_HEAD = ["Reference", "Report title", "Type", "Recommendation", "Status"]


def _list(tmp_path, *rows):
    return write_xlsx(tmp_path / "hmicfrs.xlsx", {"Definitive list": [_LIST_HEAD, *rows]})


def _got(rec):
    return {(r.hmicfrs_row, r.force_row): (r.category, r.flags) for r in rec.items.itertuples()}


def test_status_words_kept_up_to_date_stand_before_a_lagging_rag(tmp_path):
    h = _list(tmp_path,
              [8411, SF, "National recommendation", MSHT_INTEL, "Being progressed"],   # 2
              [8413, SF, "National recommendation", MSHT_NRM, "Being progressed"],     # 3
              [8519, EFF, "National recommendation", DIGITAL, "Being progressed"],     # 4
              [5904, FA, "National recommendation", FIREARMS, "Complete"],             # 5
              [8522, EFF, "Area for improvement", CONTROL_ROOM, "Complete"],           # 6
              [8412, SF, "National recommendation", MSHT_PREVENT, "Being progressed"])  # 7
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["WEST MERCIA POLICE – HMICFRS RECOMMENDATIONS & AFI"], [],
        ["Ref", "HMICFRS ID", "Inspection / report", "Recommendation / AFI (summary)",
         "Lead officer", "RAG\n(P&A Board 14/06/22)", "Current position", "Owner update"],
        ["SF-01", "8411", "Stolen Freedom 2017", "ISAs with other agencies for speedy "
         "exchange of MSHT intelligence", "DI Ford", "Amber", "Complete - evidence submitted",
         "ISAs signed with the council and health trust 02/08/22."],                      # 4
        ["SF-02", "8413", "Stolen Freedom 2017", "Full compliance with the NRM process",
         "DI Ford", "Green", "Reopened - NRM referrals audit Jul 22 found gaps",
         "Audit of 20 referrals: 6 late."],                                               # 5
        ["EFF-01", "8519", "PEEL Efficiency 2017", "Ambitious plan to improve digitally "
         "enabled services", "Head of IT", "Green", None, "Digital strategy agreed."],     # 6
        ["FA-01", "5904", "Firearms licensing 2015", "Assess demand on firearms licensing "
         "and capacity to meet it", "Head of FLU", "Red", "Complete",
         "Demand review done; two posts added."],                                         # 7
        ["EFF-02", "8522", "PEEL Efficiency 2017", "Sufficient control room resources, "
         "workforce wellbeing", "Supt FCC", "Amber", "In progress",
         "Resourcing model refreshed; recruitment under way."],                           # 8
        ["SF-03", "8412", "Stolen Freedom 2017", "Use of preventative powers under the MSA "
         "2015", "DI Ford", "Amber", "In progress", "STRO guidance issued."]]})             # 9
    got = _got(reconcile_files(h, f))
    assert {k: v[0] for k, v in got.items()} == {
        ("Definitive list!2", "Tracker!4"): "closeable_submit",    # RAG Amber, words complete
        ("Definitive list!3", "Tracker!5"): "in_sync",             # RAG Green, words reopened
        ("Definitive list!4", "Tracker!6"): "closeable_submit",    # no words: the RAG stands
        ("Definitive list!5", "Tracker!7"): "in_sync",             # RAG Red, words complete
        ("Definitive list!6", "Tracker!8"): "closeable_local",     # RAG Amber, words open
        ("Definitive list!7", "Tracker!9"): "in_sync"}


#: Stolen freedom's twelve-month leadership recommendation, cut at its verb as planners do.
_WHAT = ("review their leadership and governance arrangements for modern slavery and human "
         "trafficking")


def test_a_deadline_cut_out_into_its_own_column_is_still_compared(tmp_path):
    h = _list(tmp_path,
              [8411, SF, "National recommendation", MSHT_INTEL, "Being progressed"],   # 2
              [8519, EFF, "National recommendation", DIGITAL, "Being progressed"],     # 3
              [5904, FA, "National recommendation", FIREARMS, "Being progressed"],     # 4
              [8417, SF, "National recommendation", LEADERSHIP, "Being progressed"])   # 5
    f = write_xlsx(tmp_path / "tracker.xlsx", {"By due date": [
        ["HMICFRS recommendations – planners' copy, sorted by target date"], [],
        ["Target date", "Who", "By when, as written", "What (wording from the verb)", "Report",
         "HMICFRS ref", "Lead", "Status"],
        ["31/03/2016", "All chief constables", "Within six months",                        # 4
         FIREARMS.split("should ", 1)[1], "Firearms licensing 2015", "5904", "Head of FLU",
         "On track"],
        ["24/04/2018", "Forces", "Within 6 months", MSHT_INTEL.split("should ", 1)[1],     # 5
         "Stolen Freedom 2017", "8411", "DI Ford", "On track"],
        ["30/09/2018", "Chief constables", "By Sept 2018", DIGITAL.split("should ", 1)[1],  # 6
         "PEEL Efficiency 2017", "8519", "Head of IT", "On track"],
        ["24/10/2018", "Forces", "Within twelve months", _WHAT, "Stolen Freedom 2017",      # 7
         "8417", "DCS Crime", "On track"]]})
    got = _got(reconcile_files(h, f))
    assert {k: v[0] for k, v in got.items()} == {
        ("Definitive list!4", "By due date!4"): "conflict",    # six months, HMICFRS three
        ("Definitive list!2", "By due date!5"): "in_sync",     # the same six months
        ("Definitive list!3", "By due date!6"): "in_sync",     # "Sept" is September
        ("Definitive list!5", "By due date!7"): "in_sync"}
    assert ("timescale differs: HMICFRS 'within 3 months' vs force 'within 6 months'"
            in got[("Definitive list!4", "By due date!4")][1])


def test_a_row_telling_fewer_bullets_says_which_it_leaves_out(tmp_path):
    """Bullets copied short with no stop at the end: the fourth left out is missing; one
    cut short with '…' after the third may have lost the fourth to the cut; clauses split
    at semicolons leaving out the second of four, before the third, is missing whatever
    the end."""
    h = _list(tmp_path,
              [8417, SF, "National recommendation", LEADERSHIP, "Being progressed"],   # 2
              [8418, EFF, "National recommendation", LEADERSHIP, "Being progressed"],  # 3
              [8419, FA, "National recommendation", LEADERSHIP, "Being progressed"])   # 4
    f = write_xlsx(tmp_path / "tracker.xlsx", {"Tracker": [
        ["No.", "Report", "HMICFRS ref", "Recommendation / AFI (summary)", "RAG"],
        [1, "Stolen Freedom 2017", "8417", "Within 12 months review leadership & governance "
         "for MSHT so that:\n- senior leaders prioritise the response to MSHT\n- every MS "
         "incident is allocated appropriate resources (skills, experience, capacity)\n"
         "- effective partnership arrangements to share info & safeguard victims", "Amber"],
        [2, "PEEL Efficiency 2017", "8418", "Within 12 months review leadership & governance "
         "for MSHT so that:\n- senior leaders prioritise the response to MSHT\n- every MS "
         "incident is allocated appropriate resources (skills, experience, capacity)\n"
         "- effective partnership arrangements to share info & safeguard victims…", "Amber"],
        [3, "Firearms 2015", "8419", "senior leaders prioritise the response to modern "
         "slavery; effective partnership arrangements to share information and safeguard "
         "victims; performance and quality assurance measures to assess the service to "
         "victims", "Amber"]]})
    got = _got(reconcile_files(h, f))
    first, cut, clauses = (got[("Definitive list!2", "Tracker!2")],
                           got[("Definitive list!3", "Tracker!3")],
                           got[("Definitive list!4", "Tracker!4")])
    assert first[0] == "conflict" and "bullet (d): 'performance and quality" in first[1]
    assert cut[0] == "in_sync" and "bullet" not in cut[1]
    assert clauses[0] == "conflict" and "bullet (b): 'every incident of modern" in clauses[1]


def test_references_and_deadlines_written_short():
    """A part's number after a slash is the item's part; a second id written as its last
    two figures is a second id; a financial year is neither. Short months are months."""
    assert ref_key("10233/3") == "10233"
    assert ref_key("8540/41") == "8540 8541"
    assert ref_key("2019/20") != "2019 2020"
    assert timescales("By Sept 2018") == ("by september 2018",)
    assert timescales("By 31 Aug 2015") == ("by 31 august 2015",)


#: PEEL legitimacy 2017's vetting cause of concern and recommendation (real wording).
_VETTING_COC = ("The force is not complying fully with the national vetting guidelines: a "
                "substantial number of its staff have not received the necessary level of "
                "vetting clearance for their roles.")
_VETTING_REC = ("The force should ensure all staff have received at least the lowest level of "
                "vetting clearance for their roles as quickly as possible, working to clear both "
                "the vetting backlog and new vetting renewals when they become due so that it "
                "complies fully with the national vetting guidelines.")
_LEG = "PEEL: Police legitimacy 2017"


def test_a_list_row_repeated_by_a_querys_join_is_one_item(tmp_path):
    """An Access query joining an item to two portfolios lists it twice, only the portfolio
    differing: read once, the repeat explained; the force's row for the cause of concern
    is the concern's, not taken by the repeat as one more item of a row."""
    h = write_xlsx(tmp_path / "hmicfrs.xlsx", {"qryDefList_Current": [
        ["lngID", "strRptTitle", "strType", "strHMICRef", "memRecText", "strHMICStatus",
         "strPortfolio"],
        [101, _LEG, "CoC", "8547", _VETTING_COC, "Being progressed", "DCC"],               # 2
        [102, _LEG, "Rec", "8548", _VETTING_REC, "Being progressed", "DCC"],               # 3
        [102, _LEG, "Rec", "8548", _VETTING_REC, "Being progressed", "Director of People"],
        [103, EFF, "AFI", "8522", CONTROL_ROOM, "Being progressed", "ACC Ops"]]})          # 5
    f = write_xlsx(tmp_path / "tracker.xlsx", {"HMICFRS Tracker": [
        ["No.", "Report", "Type", "HMIC Ref", "Recommendation / AFI (summary)", "RAG"],
        [33, "PEEL Legit 17", "CoC", None, "Vetting – substantial number of staff without "
         "the necessary level of vetting clearance; not complying with national guidelines",
         "AMBER"],                                                                        # 2
        [34, "PEEL Legit 17", "Rec", "8548", "All staff to have at least the lowest level of "
         "vetting clearance; clear the vetting backlog and renewals", "GREEN"],            # 3
        [35, "PEEL Eff 17", "AFI", "8522", "Sufficient control room resources", "AMBER"]]})
    rec = reconcile_files(h, f)
    got = {(r.hmicfrs_row, r.force_row): r.category for r in rec.items.itertuples()}
    assert got == {("qryDefList_Current!2", "HMICFRS Tracker!2"): "in_sync",
                   ("qryDefList_Current!3", "HMICFRS Tracker!3"): "closeable_submit",
                   ("qryDefList_Current!5", "HMICFRS Tracker!4"): "in_sync"}
    why = rec.hmicfrs.skipped.set_index("row")["reason"]
    assert why[4].startswith("the same item as qryDefList_Current!3")


def test_a_row_holding_a_concern_and_its_rec_claims_neither_type():
    """"CoC – … Rec: …" before a row's words holds both: no type conflict with either item
    (as "Cause of concern: … Recommendation: …" already was)."""
    from reconcile.normalise import type_prefix

    assert type_prefix("CoC – response to missing & absent children. Rec: review approach "
                       "to missing children reports") == ""
    assert type_prefix("CoC 1 – The force's response to missing children") == "cause of concern"


def test_a_row_summing_up_several_items_in_clauses_is_a_line_of_each(tmp_path):
    """"Recs 1-4 (all forces): …; …; …; …" with rec 1's reference: a line for each of the
    four, not rec 1 alone and three missing; two recommendations summed up in one row
    without a reference: both. A row of one item's bullets in clauses stays one item's."""
    from reconcile.casegen.texts.national import NATIONAL

    title, _, recs = NATIONAL["austerity"]
    texts = [text for _, text in recs]
    h = _list(tmp_path, *[[3120 + k, title, "National recommendation", text, "Complete"]
                          for k, text in enumerate(texts)],                             # 2-5
              [8417, SF, "National recommendation", LEADERSHIP, "Being progressed"])    # 6
    f = write_xlsx(tmp_path / "tracker.xlsx", {"HMICFRS Tracker": [
        ["No.", "HMICFRS Ref", "Report", "Recommendation / AFI (summary)", "RAG"],
        [2, "3120", "Policing in Austerity 2014", "Recs 1-4 (all forces): review savings "
         "plans using VfM profiles; assess scope where <10% of savings via collaboration; "
         "front line workforce reductions – decisive action to keep crime fighting capacity; "
         "review collaboration plans before next spending round", "AMBER"],              # 2
        [3, None, "Stolen Freedom 2017", "senior leaders prioritise the response to modern "
         "slavery; every incident allocated resources with the skills to investigate it; "
         "partnership arrangements to share information and safeguard victims; performance "
         "and quality assurance measures in place", "AMBER"]]})                          # 3
    rec = reconcile_files(h, f)
    got = {(r.hmicfrs_row, r.force_row): (r.category, r.flags) for r in rec.items.itertuples()}
    assert {k: v[0] for k, v in got.items()} == {
        **{(f"Definitive list!{r}", "HMICFRS Tracker!2"): "closeable_local" for r in (2, 3, 4, 5)},
        ("Definitive list!6", "HMICFRS Tracker!3"): "in_sync"}
    assert "force sums this up as part 3 of one row" in got[("Definitive list!4",
                                                              "HMICFRS Tracker!2")][1]
