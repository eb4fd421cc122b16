"""Builder for the independent case `fire_service_culture_plan`.

A fire and rescue service (fictional name "Wyvern Fire and Rescue Service") reconciling the
HMICFRS definitive list against its own "HMICFRS & Values and Culture Action Plan" workbook.

Every HMICFRS text is real public wording taken from /work/shared/data/real_recommendations.csv
(rows are named by their 0-based index in that file). Tracker-side wording is either the same
real text, a real restatement from the same file (Humberside abridgement, the FRS "Appendix 2"
text drift, Shropshire's odd capitals), or a truncation / abridgement of it. The service's own
action wording, leads and progress notes are the service's words (written for this case).

Run: /work/main/.venv/bin/python /tmp/indep9/fire/build.py
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import random

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

random.seed(20250210)

HERE = os.path.dirname(os.path.abspath(__file__))
CASE = os.path.join(HERE, "fire_service_culture_plan")
os.makedirs(CASE, exist_ok=True)

REAL = pd.read_csv("/work/shared/data/real_recommendations.csv")


def real(i: int) -> str:
    return str(REAL.loc[i, "text"])


# ---------------------------------------------------------------- real texts (by CSV index)
T_RISKINFO = real(17)          # Shropshire 2021/22 effectiveness AFI
T_COC = real(29)               # Shropshire R3 cause of concern ("The Service Should ...")
T_RISKREG = real(30)           # Shropshire R3 AFI (double space inside)
T_PERF = real(31)
T_DATA = real(32)
T_VC_WATCH = real(33)          # By 1 October 2023 ... watch and team cultures
T_VC_LEAD = real(34)           # College of Fire and Rescue / leadership development
T_VC_PSF = real(35)            # professional standards function (RBFRS rec 4)
T_VC_SUCC = real(36)           # succession plans
T_VC_DBS = real(37)            # background checks / DBS, two bullets
T_VC_WHISTLE = real(38)        # confidential way / whistleblowing, By 1 October 2023
T_VC_EXT = real(39)            # National Employer, LGA and NFCC -- not for services
T_VC_SUPPORT = real(40)
T_VC_PSF_DRIFT = real(41)      # the FRS "Appendix 2" drifted wording of rec 4
T_VC_ACCESS = real(42)
T_VC_EDI = real(43)
T_VC_ETHICS_ABR = real(44)     # Humberside abridgement, Core Code of Ethics
T_PREV = real(45)              # Derbyshire AFI, prevention strategy

for t in (T_VC_WATCH, T_VC_WHISTLE):
    assert t.startswith("By 1 October 2023"), t
assert T_VC_DBS.count("•") == 2


def hmicfrs_style(t: str) -> str:
    """HMICFRS's own copy: sentence case 'The service should' and single spaces."""
    t = t.replace("The Service Should", "The service should")
    return " ".join(t.split(" ")).replace("  ", " ")


SERVICE = "Wyvern Fire and Rescue Service"
ALL = "All fire and rescue services"
VC = "Values and culture in fire and rescue services"
R1 = f"Fire and rescue service inspection 2018/19: {SERVICE}"
R2 = f"Effectiveness, efficiency and people 2021/22: {SERVICE}"
R3 = f"{SERVICE} inspection 2023-25"
PUB = {VC: dt.date(2023, 3, 30), R1: dt.date(2019, 6, 20), R2: dt.date(2022, 7, 27),
       R3: dt.date(2024, 11, 26)}
NAT, AFI, COC = "National recommendation", "Area for improvement", "Cause of concern"

# ---------------------------------------------------------------- HMICFRS definitive list
# key, reference, service, report, type, text, status, status date
H = [
    ("r1_riskinfo", 4417, SERVICE, R1, AFI, T_RISKINFO, "Complete", dt.date(2022, 3, 14)),
    ("r1_prev", 4418, SERVICE, R1, AFI, T_PREV, "Complete", dt.date(2022, 3, 14)),
    ("r2_riskinfo", 9862, SERVICE, R2, AFI, T_RISKINFO, "Being progressed", dt.date(2023, 5, 2)),
    ("r2_prev", 9863, SERVICE, R2, AFI, T_PREV, "Being progressed", dt.date(2023, 5, 2)),
    ("vc_watch", 14301, ALL, VC, NAT, T_VC_WATCH, "Being progressed", dt.date(2024, 1, 9)),
    ("vc_access", 14303, ALL, VC, NAT, T_VC_ACCESS, "Being progressed", dt.date(2024, 1, 9)),
    ("vc_psf", 14304, ALL, VC, NAT, T_VC_PSF, "Being progressed", dt.date(2024, 1, 9)),
    ("vc_support", 14305, ALL, VC, NAT, T_VC_SUPPORT, "Complete", dt.date(2024, 9, 30)),
    ("vc_whistle", 14306, ALL, VC, NAT, T_VC_WHISTLE, "Being progressed", dt.date(2024, 1, 9)),
    ("vc_ext", 14307, ALL, VC, NAT, T_VC_EXT, "Being progressed", dt.date(2023, 4, 3)),
    ("vc_edi", 14312, ALL, VC, NAT, T_VC_EDI, "Awaiting review", dt.date(2023, 4, 3)),
    ("vc_succ", 14315, ALL, VC, NAT, T_VC_SUCC, "Complete", dt.date(2024, 9, 30)),
    ("vc_dbs", 14319, ALL, VC, NAT, T_VC_DBS, "Being progressed", dt.date(2024, 1, 9)),
    ("vc_lead", 14326, ALL, VC, NAT, T_VC_LEAD, "Awaiting review", dt.date(2023, 4, 3)),
    ("r3_coc", 17731, SERVICE, R3, COC, T_COC, "Being progressed", dt.date(2025, 1, 20)),
    ("r3_riskreg", 17732, SERVICE, R3, AFI, T_RISKREG, "Awaiting review", dt.date(2024, 11, 26)),
    ("r3_perf", 17733, SERVICE, R3, AFI, T_PERF, "Being progressed", dt.date(2025, 1, 20)),
    ("r3_data", 17734, SERVICE, R3, AFI, T_DATA, "Being progressed", dt.date(2025, 1, 20)),
    ("r3_prev", 17738, SERVICE, R3, AFI, T_PREV, "Awaiting review", dt.date(2024, 11, 26)),
]

HSHEET = "Definitive list"
hrow: dict[str, int] = {}
hstatus: dict[str, str] = {}


def build_hmicfrs() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = HSHEET
    ws["A1"] = f"HMICFRS – Recommendations and areas for improvement: {SERVICE}"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Definitive list as at 10 February 2025. Please confirm the status of each item "
                "and provide evidence for any you consider complete.")
    head = ["Reference", "Service", "Report", "Published", "Type", "Text", "Status",
            "Status date"]
    for c, h in enumerate(head, 1):
        ws.cell(4, c, h).font = Font(bold=True)
    r = 5
    for key, ref, svc, rep, typ, text, st, sd in H:
        vals = [ref, svc, rep, PUB[rep], typ, hmicfrs_style(text), st, sd]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            if isinstance(v, dt.date):
                cell.number_format = "dd/mm/yyyy"
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        hrow[key] = r
        hstatus[key] = st
        r += 1
    ws.cell(r + 1, 1, f"{len(H)} records")
    for col, w in zip("ABCDEFGH", [11, 26, 44, 12, 22, 90, 17, 12]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(CASE, "hmicfrs.xlsx"))


# ---------------------------------------------------------------- the service's tracker
TSHEET = "Action Plan"
ASHEET = "Closed - Round 1"
HEAD = ["Ref", "Recommendation / AFI", "Workstream", "Action(s)", "Lead", "Target date",
        "Status", "Overall %", "Progress update"]
ON, OFF = "Open - Actions on going on track", "Open - Actions on going off track"
DONE, NA = "Complete", "Not applicable to the Service"
FILL = {ON: "FFC000", OFF: "FF0000", DONE: "92D050", NA: "BFBFBF", "In Progress": "FFC000",
        "In progress": "FFC000"}

truth: list[tuple[str, str, str, str]] = []


def cat_for(key: str, force_done: bool) -> str:
    closed = hstatus[key] == "Complete"
    if closed and force_done:
        return "in_sync"
    if closed and not force_done:
        return "closeable_local"
    if not closed and force_done:
        return "closeable_submit"
    return "in_sync"


# An item: (hmicfrs key or None, ref, text, workstream, overall %, merge?, [actions], cat, why)
# action = (action text, lead, target date, status, update); text per row when merge is False
# may be a list (one text per action row).
V = [
    ("vc_watch", "V&C R1",
     "Chief Fire Officers should put plans in place to monitor watch and team cultures and "
     "provide prompt remedial action for any issues they identify.",
     "Culture & Inclusion", 1.0, True, [
         ("Culture dashboard (staff survey, grievances, exit interviews) reported quarterly to "
          "SLT", "Head of People", "30 Sep 2023", DONE,
          "Dashboard live since Q3 2023/24; Q2 2024/25 report taken to SLT 08/10/2024."),
         ("Station Manager watch culture visits – programme for all wholetime and on-call "
          "stations", "AM Service Delivery", "31 Mar 2024", DONE,
          "All 24 stations visited. Findings to People & Culture Board 12/03/2024."),
     ], None, "Abridged V&C text (Humberside style); both action rows Complete and 100%, "
        "HMICFRS still 'Being progressed'"),
    ("vc_access", "V&C R3a",
     "By 1 June 2023, Chief Fire Officers should make sure they provide accessible information "
     "for all staff and members of the public on how they can raise concerns and access "
     "confidential support (including through external agencies).",
     "Professional Standards", 1.0, False, [
         ("Raising a concern page on intranet and public website; easy read version", 
          "Professional Standards Manager", "01/06/2023", DONE,
          "Published 25/05/2023. Easy read version added 14/07/2023."),
     ], None, "Recommendation split by sentence into R3a/R3b; both rows Complete, HMICFRS "
        "'Being progressed'"),
    ("vc_access", "V&C R3b",
     "Chief Officers should also make sure accessible information is provided on how concerns "
     "and allegations will be investigated in a way that ensures confidentiality and is "
     "independent of the alleged perpetrator.",
     "Professional Standards", 1.0, False, [
         ("Publish investigation process flowchart and confidentiality statement",
          "Professional Standards Manager", "01/06/2023", DONE,
          "Completed. Evidence pack held by Corporate Assurance."),
     ], None, "Second half of the split recommendation; both rows Complete, HMICFRS "
        "'Being progressed'"),
    ("vc_psf", "V&C R4", T_VC_PSF_DRIFT, "Professional Standards", 0.67, True, [
         ("Case update protocol – complainant updated at least every 28 days",
          "Professional Standards Manager", "1 June 2023", DONE, "Protocol agreed 30/05/2023."),
         ("Business case for a Professional Standards function (shared with neighbouring FRS "
          "considered)", "DCFO", "31 Dec 2023", DONE,
          "Approved by Fire Authority 07/12/2023."),
         ("Recruit Professional Standards Officer x2", "Head of HR", "31/03/2025", ON,
          "1 of 2 posts filled. Second post re-advertised Jan 2025."),
     ], None, "Text drift (FRS 'Appendix 2' wording of rec 4); one of three actions still "
        "open, HMICFRS 'Being progressed'"),
    ("vc_support", "V&C R5",
     "V&C R5 - Chief Fire Officers should review the support available for those who have "
     "raised concerns", "Wellbeing", 0.5, False, [
         ("Review of support offer (EAP, TRiM, Peer supporters) for people who raise concerns",
          "Head of Occupational Health", "30 Sep 2023", ON,
          "Review started; report delayed to align with new EAP contract (April 2025)."),
     ], None, "Truncated text with the ref joined on (Derbyshire style); service still "
        "open, HMICFRS 'Complete'"),
    ("vc_whistle", "V&C R6",
     "By 1 June 2023, Chief Fire Officers should make sure their services provide a "
     "confidential way for staff to raise concerns and that staff are aware of whistleblowing "
     "processes.", "Professional Standards", 0.8, False, [
         ("Confidential reporting line (external provider) and whistleblowing e-learning",
          "Professional Standards Manager", "1 June 2023", ON,
          "Reporting line live. E-learning completion 81% (target 95%)."),
     ], "conflict", "Deadline differs: HMICFRS text 'By 1 October 2023', tracker text (and "
        "target date) 'By 1 June 2023'"),
    ("vc_ext", "V&C R7", T_VC_EXT, "Culture & Inclusion", None, False, [
         ("N/A", "", "", NA,
          "Action for National Employer, the Local Government Association and the National "
          "Fire Chiefs Council. Service will use the line once available."),
     ], None, "Recommendation addressed to NE/LGA/NFCC; service marks it 'Not applicable to "
        "the Service' (treated as done: no action for the service), HMICFRS still "
        "'Being progressed' - ask HMICFRS to close it against the service"),
    (None, "V&C R9", T_VC_ETHICS_ABR, "Culture & Inclusion", 0.5, False, [
         ("Core Code of Ethics refresher for all managers; ethics added to appraisal",
          "Head of Learning & Development", "31 Dec 2024", OFF,
          "Appraisal change agreed. Refresher sessions 40% delivered - behind plan."),
     ], "not_on_hmicfrs_list", "Core Code of Ethics recommendation (Humberside abridgement) "
        "tracked by the service; no such item on the HMICFRS definitive list - query with "
        "HMICFRS"),
    ("vc_succ", "V&C R15", T_VC_SUCC, "People", 1.0, True, [
         ("Succession plans for all middle and senior manager roles to include diversity "
          "objectives", "Head of HR", "1 June 2023", DONE, "Signed off at SLT 23/05/2023."),
         ("Direct entry Station Manager scheme", "Head of HR", "31 Mar 2024", DONE,
          "2 direct entry SMs appointed Feb 2024."),
     ], None, "Both actions Complete and HMICFRS 'Complete'"),
    ("vc_dbs", "V&C R19(i)",
     "By 1 January 2024, chief fire officers should immediately review their current "
     "background checks arrangements, and make sure that suitable and sufficient background "
     "checks are in place to safeguard their staff and communities they serve (1 of 2)",
     "People", 0.75, True, [
         ("Review of pre-employment screening policy", "Head of HR", "1 Jan 2024", DONE,
          "New screening policy published 18/12/2023."),
         ("Re-check of references for staff appointed before 2015", "HR Business Partner",
          "31/03/2025", ON, "Approx. 60% complete."),
     ], "conflict", "Split item: the tracker carries only bullet 1 (background checks, "
        "'1 of 2'); the DBS bullet of the HMICFRS text has no tracker row"),
    ("vc_lead", "V&C R26",
     "By 1 October 2023, as a precursor to the development of the College of Fire and Rescue, "
     "chief fire officers and the NFCC should work with the Home Office to consider how they "
     "can improve the training and support they offer to staff in management and leadership "
     "development.", "Learning & Development", 0.4, True, [
         ("Supervisory and middle manager leadership programme refresh",
          "Head of Learning & Development", "31 Mar 2024", ON, "Pilot cohort completed."),
         ("Fire Authority member development on assurance role", "Democratic Services",
          "30 Sep 2024", OFF, "Awaiting LGA module dates."),
         ("Fair access to development – positive action review", "EDI Manager",
          "31/03/2025", ON, "xxx"),
     ], None, "Abbreviated (NFCC) and truncated after first sentence; open on both sides"),
]

R2_ITEMS = [
    ("r2_prev", "AFI 2.1",
     "AFI 2.1 - The Service should develop a clear prevention strategy targeting people most "
     "at risk and make sure activity undertaken prioritises people most at risk",
     "Prevention", 0.6, True, [
         ("Prevention Strategy 2023-26 approved", "AM Prevention", "30 Sep 2023", DONE,
          "Approved by Fire Authority 21/09/2023."),
         ("Home Fire Safety Visit targeting using Exeter data and partner referrals",
          "GM Prevention", "31 Mar 2024", ON, "Targeting model live; evaluation due."),
         ("Evaluate prevention activity (outcomes framework)", "Head of Performance",
          "31/03/2025", ON, "Framework drafted."),
     ], None, "Matches the 2021/22 AFI; open on both sides"),
]

R3_COC = [
    ("r3_coc", "CoC 1", T_COC, "Governance & Assurance", 0.35, True, [
         ("New governance structure – Strategic Assurance Board and Programme Board",
          "DCFO", "31 Jan 2025", DONE, "ToR agreed 15/01/2025."),
         ("Improvement plan with milestones reported monthly", "Head of Corporate Services",
          "28 Feb 2025", ON, "Plan v0.3 with SLT."),
         ("Review of performance reporting to Fire Authority", "Head of Performance",
          "31 Mar 2025", ON, ""),
         ("Independent assurance of progress (peer review)", "CFO", "30 Jun 2025", ON,
          "Peer review requested via NFCC."),
     ], None, "Cause of concern on both sides, open on both"),
    ("r3_data", "CoC 2", T_DATA, "Performance & Data", 0.2, False, [
         ("Data quality audit and new BI dashboards", "Head of Performance", "30 Jun 2025",
          ON, "Data quality audit scoped."),
     ], "conflict", "Type differs: HMICFRS lists this as an Area for improvement; the tracker "
        "records it as cause of concern 'CoC 2' under the Causes of Concern heading"),
]

R3_AFI = [
    ("r3_riskreg", "AFI 3.1", T_RISKREG.replace("  ", " "), "Governance & Assurance", 1.0,
     False, [
         ("Corporate risk register reviewed monthly at SLT; risk owners assigned",
          "Head of Corporate Services", "31 Jan 2025", DONE, "In place from 06/01/2025."),
         ("Risk management training for SLT and Fire Authority Audit Committee",
          "Head of Corporate Services", "31 Jan 2025", DONE, "Delivered 22/01/2025."),
     ], None, "Both actions Complete (100%); HMICFRS 'Awaiting review'"),
    ("r3_perf", "AFI 3.2", [T_PERF, "As above", "As above"], "Performance & Data", 0.1,
     False, [
         ("Performance management framework refresh", "Head of Performance", "31 Mar 2025",
          ON, "xxx"),
         ("KPI set agreed with Fire Authority", "Head of Performance", "31 Mar 2025", ON,
          "xxx"),
         ("xxx", "TBC", "TBC", ON, ""),
     ], None, "Later action rows say only 'As above'; open on both sides"),
    ("r2_riskinfo", "AFI 3.5", T_RISKINFO, "Operational Risk", 0.5, False, [
         ("Site specific risk information (SSRI) review programme", "GM Risk Information",
          "30 Sep 2025", ON, "Backlog of 140 SSRI reviews reduced to 62."),
         ("Mobile data terminals – risk information available to Control and crews",
          "GM Control", "31 Mar 2025", ON, "MDT refresh in procurement."),
     ], "conflict", "Report differs: HMICFRS holds this AFI under the 2021/22 inspection; "
        "the tracker files it under the Round 3 2023-25 areas for improvement"),
]

LOCAL = [
    (None, "IA 1",
     "Internal audit 2023/24 (Grievance & Discipline): introduce a central casework log with "
     "monthly reporting to SLT", "Professional Standards", 1.0, False, [
         ("Casework log", "Head of HR", "31 Mar 2024", DONE, "Closed by Audit Committee.")],
     "not_on_hmicfrs_list", "Internal audit action, not an HMICFRS item"),
    (None, "SS 1",
     "Staff survey 2024 - publish 'You said, we did' actions on watch culture",
     "Culture & Inclusion", 0.5, False, [
         ("Quarterly 'You said, we did' bulletin", "Head of Communications", "30 Jun 2025",
          ON, "First bulletin issued Dec 2024.")],
     "not_on_hmicfrs_list", "Staff survey action, not an HMICFRS item"),
    (None, "FSB 1",
     "Fire Standards Board - Code of Ethics Fire Standard: gap analysis and implementation",
     "Culture & Inclusion", 0.9, False, [
         ("Gap analysis against the Fire Standard", "EDI Manager", "31 Dec 2024", "In Progress",
          "Gap analysis complete; 2 gaps remain.")],
     "not_on_hmicfrs_list", "Fire Standards Board action, not an HMICFRS item"),
    (None, "LFB 1",
     "London Fire Brigade Independent Culture Review (Nov 2022) - consider learning and report "
     "to SLT", "Culture & Inclusion", 1.0, False, [
         ("Report to SLT", "Head of People", "31 Mar 2023", DONE, "Reported 14/03/2023.")],
     "not_on_hmicfrs_list", "Learning from another service's review, not an HMICFRS item"),
]

ARCHIVE = [
    ("r1_riskinfo", "AFI 1.1", T_RISKINFO, "Operational Risk", DONE, "Closed 14/03/2022"),
    ("r1_prev", "AFI 1.2", "AFI 1.2 - The service should develop a clear prevention strategy "
     "targeting people most at risk", "Prevention", DONE, "Closed 14/03/2022"),
]


def build_tracker() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = TSHEET
    bold = Font(bold=True)
    ws["A1"] = f"{SERVICE} – HMICFRS & Values and Culture Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Summary Report as of 3 February 2025"
    ws["A3"] = "People & Culture Committee – Item 7 – Appendix A"
    for c, h in enumerate(HEAD, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="C00000")
    row = 6

    def heading(text: str) -> None:
        nonlocal row
        ws.cell(row, 1, text).font = bold
        ws.cell(row, 1).fill = PatternFill("solid", fgColor="D9D9D9")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(HEAD))
        row += 1

    item_counts = {"Open - on track": 0, "Open - off track": 0, "Complete": 0,
                   "Not applicable": 0}

    def item(spec) -> None:
        nonlocal row
        key, ref, text, ws_name, pct, merge, actions, cat, why = spec
        sts = [a[3] for a in actions]
        item_counts["Not applicable" if NA in sts else "Open - off track" if OFF in sts
                    else "Complete" if all(x == DONE for x in sts) else "Open - on track"] += 1
        start = row
        texts = text if isinstance(text, list) else [text] * len(actions)
        for i, (act, lead, tgt, st, upd) in enumerate(actions):
            first = i == 0
            if first or not merge:
                ws.cell(row, 1, ref)
                ws.cell(row, 2, texts[i])
                ws.cell(row, 3, ws_name)
                if first or not merge:
                    ws.cell(row, 8, pct if (first or not merge) else None)
            ws.cell(row, 4, act)
            ws.cell(row, 5, lead or None)
            if tgt and tgt.count("/") == 2:   # some target dates are real date cells
                d_, m_, y_ = (int(x) for x in tgt.split("/"))
                ws.cell(row, 6, dt.date(y_, m_, d_)).number_format = "dd/mm/yyyy"
            else:
                ws.cell(row, 6, tgt or None)
            sc = ws.cell(row, 7, st)
            if st in FILL:
                sc.fill = PatternFill("solid", fgColor=FILL[st])
            ws.cell(row, 9, upd or None)
            if pct is not None:
                ws.cell(row, 8).number_format = "0%"
            for c in range(1, len(HEAD) + 1):
                ws.cell(row, c).alignment = Alignment(wrap_text=True, vertical="top")
            truth.append([f"{HSHEET}!{hrow[key]}" if key else "", f"{TSHEET}!{row}",
                          cat, why, st in (DONE, NA), key])
            row += 1
        if merge and len(actions) > 1:
            for c in (1, 2, 3, 8):
                ws.merge_cells(start_row=start, start_column=c, end_row=row - 1, end_column=c)

    heading("VALUES AND CULTURE IN FIRE AND RESCUE SERVICES – HMICFRS spotlight report "
            "(published 30 March 2023) – 35 recommendations, 20 for Chief Fire Officers")
    for spec in V:
        item(spec)
    ws.cell(row, 1, "Note: recommendations 2, 8, 10-14, 16-18, 20-25 and 27-35 are for the "
                    "Home Office, NFCC, LGA, National Employer or the Fire Standards Board and "
                    "are not included in this plan.")
    ws.cell(row, 1).font = Font(italic=True)
    row += 2
    heading("HMICFRS ROUND 2 INSPECTION 2021/22 – AREAS FOR IMPROVEMENT")
    for spec in R2_ITEMS:
        item(spec)
    row += 1
    heading("HMICFRS ROUND 3 INSPECTION 2023-25 – CAUSE OF CONCERN")
    for spec in R3_COC:
        item(spec)
    row += 1
    heading("HMICFRS ROUND 3 INSPECTION 2023-25 – AREAS FOR IMPROVEMENT")
    for spec in R3_AFI:
        item(spec)
    row += 1
    heading("OTHER ACTIONS (not HMICFRS)")
    for spec in LOCAL:
        item(spec)
    row += 1
    ws.cell(row, 1, "Totals").font = bold
    ws.cell(row, 2, "   ".join(f"{k}: {v}" for k, v in item_counts.items()))
    row += 2
    ws.cell(row, 1, "Key:").font = bold
    for st, meaning in [(ON, "actions in progress and expected to meet target date"),
                        (OFF, "actions behind target date – exception report required"),
                        (DONE, "all actions complete; evidence held"),
                        (NA, "recommendation directed at another body")]:
        ws.cell(row, 7, st).fill = PatternFill("solid", fgColor=FILL[st])
        ws.cell(row, 8, meaning)
        row += 1

    for i, w in enumerate([10, 60, 20, 46, 26, 14, 30, 10, 46], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"

    # archive sheet: round 1 items closed by the Fire Authority
    wa = wb.create_sheet(ASHEET)
    wa["A1"] = "Round 1 (2018/19) areas for improvement – closed"
    wa["A1"].font = bold
    ah = ["Ref", "Recommendation / AFI", "Workstream", "Status", "Closure"]
    for c, h in enumerate(ah, 1):
        wa.cell(3, c, h).font = bold
    r = 4
    for key, ref, text, wsn, st, note in ARCHIVE:
        for c, v in enumerate([ref, text, wsn, st, note], 1):
            wa.cell(r, c, v)
        truth.append([f"{HSHEET}!{hrow[key]}", f"{ASHEET}!{r}", None,
                      "Round 1 AFI closed on both sides (service archive sheet)", True, key])
        r += 1
    wa.cell(r + 1, 1, "Round 1 plan closed by the Fire Authority on 14 March 2022.")
    for i, w in enumerate([10, 80, 20, 12, 20], 1):
        wa.column_dimensions[get_column_letter(i)].width = w

    wk = wb.create_sheet("Key")
    wk["A1"] = "Status"
    wk["B1"] = "Meaning"
    for i, (st, m) in enumerate([(ON, "On track"), (OFF, "Off track"), (DONE, "Complete"),
                                 (NA, "Directed at another body")], 2):
        wk.cell(i, 1, st)
        wk.cell(i, 2, m)
    wb.save(os.path.join(CASE, "tracker.xlsx"))


def add_missing() -> None:
    tracked = {t[0] for t in truth if t[0]}
    whys = {
        "vc_edi": "V&C EDI data recommendation (a chief fire officer item) has no tracker row; "
                  "the plan's note wrongly lists rec 12 among those for other bodies",
        "r3_prev": "Round 3 repeat of the prevention strategy AFI has no tracker row (the "
                   "service tracks only the 2021/22 one, AFI 2.1)",
    }
    for key, *_ in H:
        if f"{HSHEET}!{hrow[key]}" not in tracked:
            truth.append((f"{HSHEET}!{hrow[key]}", "", "missing_from_force", whys[key]))


build_hmicfrs()
build_tracker()
# item-level category: an item is done only if every one of its rows is done
for t in truth:
    if t[2] is None:
        rows = [u for u in truth if u[5] == t[5]]
        t[2] = cat_for(t[5], all(u[4] for u in rows))
truth[:] = [tuple(t[:4]) for t in truth]
add_missing()


def sort_key(t):
    h = int(t[0].split("!")[1]) if t[0] else 10_000
    f = t[1]
    return (h, f.split("!")[0] if f else "", int(f.split("!")[1]) if f else 0)


truth.sort(key=sort_key)
with open(os.path.join(CASE, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)

from collections import Counter  # noqa: E402

print("hmicfrs items:", len(H))
print("force item rows:", sum(1 for t in truth if t[1]))
print("truth lines:", len(truth))
print(Counter(t[2] for t in truth))
