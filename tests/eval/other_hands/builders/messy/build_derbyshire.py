"""Case derbyshire_fire_plan: a fire service's values-and-culture action plan (Derbyshire FRS
"HMICFRS Values and Culture Action Plan Summary Report as of 1 November 2023" layout) against
an HMICFRS list holding two inspections' AFIs and the national values-and-culture
recommendations."""

from __future__ import annotations

import os
import random
from datetime import date, datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from common import T, FRow, HItem, build_truth, real, retype, truncate

random.seed(20231101)
OUT = "/tmp/indep/messy/derbyshire_fire_plan"
os.makedirs(OUT, exist_ok=True)
B = T.BODIES

SVC = "Derbyshire Fire and Rescue Service"
R1 = "Derbyshire Fire and Rescue Service: Effectiveness, efficiency and people 2018/19"
R2 = "Derbyshire Fire and Rescue Service: Effectiveness, efficiency and people 2021/22"
VC = "Values and culture in fire and rescue services"
P1, P2, PV = date(2019, 6, 20), date(2022, 7, 27), date(2023, 3, 30)
AFI, COC, REC = "Area for improvement", "Cause of concern", "Recommendation"
OPEN1, OPEN2, DONE = "being-progressed", "awaiting-review", "complete"
SUPERSEDED = ("This area of activity has subsequently been inspected in HMICFRS's 2021/22 "
              "inspection. Where an area for improvement still exists this will appear in the "
              "register against the subsequent inspection.")


def svc(body: str) -> str:
    return "The service should " + body + "."


def shrop(i: int) -> str:
    """A Shropshire text as HMICFRS would print it (the service page capitalises oddly)."""
    s = real(i).replace("The Service Should", "The service should").replace("  ", " ")
    return s


T_PREV = real(45)
T_RISK = real(17)
T_CRR, T_PERF, T_DATA, T_COC = shrop(30), shrop(31), shrop(32), shrop(29)
T_CONSULT, T_SKILLS, T_DEMAND = svc(B[4]), svc(B[2]), svc(B[11])
T_COSTS, T_WFP, T_CTRL = svc(B[12]), svc(B[13]), svc(B[40])
T_CULT, T_EDI, T_WHISTLE = svc(B[25]), svc(B[29]), svc(B[27])
T_OPM = svc(B[3].format(area="Derbyshire"))

# ---- the HMICFRS list ------------------------------------------------------------------
H: list[HItem] = []


def h(key, ref, report, pub, typ, text, status, sdate, comment=""):
    H.append(HItem(key, ref, report, pub, typ, text, status, status != DONE, sdate, comment))


# 2018/19 inspection (round 1): mostly closed, some superseded by the 2021/22 re-issue
h("b1", 8803, R1, P1, AFI, T_PREV, DONE, date(2022, 8, 15), SUPERSEDED)
h("b2", 8804, R1, P1, AFI, T_RISK, DONE, date(2022, 8, 15), SUPERSEDED)
h("b3", 8805, R1, P1, AFI, T_DEMAND, OPEN1, date(2021, 3, 2),
  "The progress of the implementation of this recommendation is currently being monitored by "
  "HMICFRS and this record will, in due course, be updated.")
h("b4", 8806, R1, P1, AFI, T_WFP, DONE, date(2022, 8, 15), SUPERSEDED)
h("b5", 8807, R1, P1, AFI, T_COSTS, DONE, date(2022, 8, 15), SUPERSEDED)
h("b6", 8808, R1, P1, AFI, T_CONSULT, DONE, date(2021, 11, 30), "This recommendation is complete")
h("b7", 8809, R1, P1, AFI, T_CTRL, OPEN1, date(2021, 3, 2), "")
h("b8", 8810, R1, P1, AFI, T_SKILLS, DONE, date(2021, 11, 30), "This recommendation is complete")
h("b9", 8811, R1, P1, AFI, T_DATA, DONE, date(2022, 8, 15), SUPERSEDED)
h("b10", 8812, R1, P1, AFI, T_PERF, DONE, date(2022, 8, 15), SUPERSEDED)
h("b11", 8813, R1, P1, AFI, T_EDI, DONE, date(2021, 11, 30), "This recommendation is complete")
# 2021/22 inspection (round 2)
h("a1", 11214, R2, P2, AFI, T_PREV, OPEN1, date(2023, 2, 8))
h("a2", 11215, R2, P2, AFI, T_RISK, OPEN1, date(2023, 2, 8))
h("a3", 11216, R2, P2, AFI, T_CRR, DONE, date(2023, 6, 21), "This recommendation is complete")
h("a4", 11217, R2, P2, AFI, T_PERF, DONE, date(2023, 6, 21), "This recommendation is complete")
h("a5", 11218, R2, P2, AFI, T_DATA, OPEN2, date(2022, 7, 27), "New recommendation")
h("c1", 11219, R2, P2, COC, T_COC, OPEN1, date(2023, 2, 8))
h("a7", 11220, R2, P2, AFI, T_CONSULT, OPEN1, date(2023, 2, 8))
h("a8", 11221, R2, P2, AFI, T_SKILLS, DONE, date(2023, 6, 21), "This recommendation is complete")
h("a9", 11222, R2, P2, AFI, T_DEMAND, OPEN1, date(2023, 2, 8))
h("a10", 11223, R2, P2, AFI, T_COSTS, OPEN1, date(2023, 2, 8))
h("a11", 11224, R2, P2, AFI, T_WFP, OPEN1, date(2023, 2, 8))
h("a12", 11225, R2, P2, AFI, T_CTRL, OPEN1, date(2023, 2, 8))
h("a13", 11226, R2, P2, AFI, T_CULT, OPEN1, date(2023, 2, 8))
h("a14", 11227, R2, P2, AFI, T_EDI, OPEN2, date(2022, 7, 27), "New recommendation")
h("a15", 11228, R2, P2, AFI, T_OPM, DONE, date(2023, 6, 21), "This recommendation is complete")
h("a16", 11229, R2, P2, AFI, T_WHISTLE, OPEN1, date(2023, 2, 8))
# Values and culture (national, to chief fire officers)
h("vc1", 12561, VC, PV, REC, real(38), OPEN1, date(2023, 10, 4))
h("vc4", 12562, VC, PV, REC, real(35), OPEN1, date(2023, 7, 12))
h("vc6", 12563, VC, PV, REC, real(40), DONE, date(2023, 9, 27), "This recommendation is complete")
h("vc9", 12564, VC, PV, REC, real(37), OPEN1, date(2023, 7, 12))
h("vc24", 12565, VC, PV, REC, real(33), OPEN1, date(2023, 10, 4))
h("vc26", 12566, VC, PV, REC, real(34), OPEN2, date(2023, 3, 30), "New recommendation")
h("vc28", 12567, VC, PV, REC, real(43), DONE, date(2023, 9, 27), "This recommendation is complete")
h("vc32", 12568, VC, PV, REC, real(36), OPEN1, date(2023, 7, 12))
h("vc3", 12569, VC, PV, REC, real(42), OPEN1, date(2023, 7, 12))

wb = Workbook()
ws = wb.active
ws.title = "Register"
hdr = ["Reference", "Fire and rescue service", "Report", "Publication date", "Type",
       "Recommendation", "Status", "Status date", "Comment"]
ws.append(hdr)
for c in ws[1]:
    c.font = Font(bold=True)
for i, it in enumerate(H, start=2):
    ws.append([it.ref, SVC, it.report, it.published, it.type, it.text, it.status,
               it.status_date, it.comment])
    it.row, it.sheet = i, "Register"
    ws.cell(i, 4).number_format = "dd/mm/yyyy"
    ws.cell(i, 8).number_format = "dd/mm/yyyy"
    ws.cell(i, 6).alignment = Alignment(wrap_text=True, vertical="top")
for col, w in zip("ABCDEFGHI", (10, 32, 60, 14, 20, 90, 18, 13, 50)):
    ws.column_dimensions[col].width = w
wb.save(f"{OUT}/hmicfrs.xlsx")

# ---- the force's action plan -----------------------------------------------------------
ON = "Open - Actions on going on track"
OFF = "Open - Actions on going off track"
CL = "Closed - Complete"
Y = "Y"
NOT_US = ("Action for National Employer, the Local Government Association and the National "
          "Fire Chiefs Council")
SHEET = "Summary Report"
LEADS = {"people": "Head of People Services", "ps": "Head of Professional Standards",
         "prev": "Area Manager - Prevention", "prot": "Area Manager - Protection",
         "corp": "Head of Corporate Services", "ctrl": "Group Manager - Control",
         "dcfo": "Deputy Chief Fire Officer", "fin": "Head of Finance",
         "ict": "Head of ICT & Information", "resp": "Area Manager - Response",
         "l&d": "Head of Learning & Development", "acfo": "ACFO Service Delivery"}


def d(y, m, dd):
    return date(y, m, dd)


# Each entry: ("head", title) | ("note", text, applicable) |
# ("item", key or None, summary, [(sub action, deadline, status), ...], item status,
#   overall %, applicable, lead, note for truth)
PLAN = [
    ("head", "Values and Culture in Fire and Rescue Services - HMICFRS spotlight report "
             "(published 30 March 2023) and related People AFIs"),
    ("item", "vc1", "Recommendation 1: " + real(38),
     [("1. Independent confidential reporting line launched July 2023\n"
       "2. Whistleblowing policy refreshed and briefed at all stations", d(2023, 9, 30), CL)],
     CL, 1.0, Y, "people", ""),
    ("item", None, "Recommendation 2: " + real(39),
     [("No action for the Service - monitor NFCC / LGA update", "N/A", "")],
     "", "N/A", NOT_US, "people",
     "values-and-culture rec addressed to the National Employer, LGA and NFCC; the force marks "
     "it not applicable and HMICFRS does not list it against the service"),
    ("item", None, "Recommendation 3 - " + real(44),
     [("Core Code of Ethics refresher delivered through station-based workshops",
       d(2023, 6, 1), CL)], CL, 1.0, Y, "l&d",
     "abridged values-and-culture rec (Core Code of Ethics) that the HMICFRS list does not "
     "hold against the service"),
    ("item", "vc4", "Recommendation 4: " + real(41),
     [("Case update letters issued to those raising concerns at least every 10 working days",
       d(2023, 5, 31), CL),
      ("Options paper on a professional standards function (in-house or shared) to SLT",
       d(2023, 11, 30), ON),
      ("Appoint Professional Standards Manager", d(2024, 3, 31), ON)],
     ON, 0.45, Y, "ps", ""),
    ("item", "vc6", "Recommendation 5 - " + real(40),
     [("1. Review of support for those raising concerns - report to SLT\n"
       "2. Trauma-informed support offer through Occupational Health", "30 Jun 2023", OFF)],
     OFF, 0.6, Y, "people", ""),
    ("item", "vc9", "Recommendation 9: " + retype(real(37)),
     [("Background check arrangements reviewed; report to SLT 12 Sep 2023", d(2023, 9, 30), CL),
      ("DBS requests submitted for all existing staff and volunteers per Fire Standards Board "
       "role list", d(2023, 12, 31), CL)],
     CL, 1.0, Y, "people", ""),
    ("item", "vc24", "Recommendation 24: " + real(33),
     [("Quarterly culture pulse survey by watch", d(2023, 10, 1), CL),
      ("SLT station visit programme with feedback log", d(2023, 10, 1), ON),
      ("Culture dashboard to People Committee", d(2024, 1, 31), ON)],
     ON, 0.7, Y, "dcfo", ""),
    ("item", "vc26", "Recommendation 26: Work with NFCC and the Home Office (precursor to College "
     "of Fire and Rescue) on training & support for management and leadership development - "
     "include authority members; opportunities offered fairly across all staff groups",
     [("Awaiting NFCC leadership framework - Service to adopt when published", "TBC", OFF),
      ("Member development session on the Authority's assurance role", d(2024, 3, 31), ON)],
     OFF, 0.2, Y, "l&d", ""),
    ("item", "vc28", "Recommendation 28: " + real(43),
     [("Review of EDI data collection against the NFCC EDI data toolkit", d(2023, 6, 1), CL),
      ("Self-declaration campaign 'Count me in' for all staff", d(2023, 8, 31), CL)],
     CL, 1.0, Y, "people", ""),
    ("item", "vc32", "Recommendation 32: " + real(36).replace("By 1 June 2023", "By 1 October 2023"),
     [("1. Succession plan refreshed with diversity objectives\n"
       "2. Direct-entry Station Manager scheme - business case to SLT", d(2023, 10, 1), ON)],
     ON, 0.5, Y, "people", ""),
    ("item", "a13", "AFI 13 - The service should put plans in place to monitor team cultures, "
     "including through gathering and analysis of staff feedback, and provide prompt remedial "
     "action for any issues it identifies",
     [("See Recommendation 24 actions", d(2024, 1, 31), ON)], ON, 0.7, Y, "dcfo", ""),
    ("item", "a16", "AFI 16 - " + T_WHISTLE[:-1],
     [("Linked to Recommendation 1 - awareness campaign still to reach on-call stations",
       d(2023, 12, 31), ON)], ON, 0.8, Y, "people", ""),
    ("note", "The remaining recommendations in the report are directed at other bodies (Home "
     "Office, NFCC, LGA, National Employer, Fire Standards Board) and are not tracked in this "
     "plan.", NOT_US),
    ("head", "HMICFRS Inspection 2021/22 - Areas for Improvement (report published July 2022)"),
    ("item", "a1", "AFI 1 - " + T_PREV,
     [("Prevention Strategy 2023-26 drafted and consulted on", d(2023, 3, 31), CL),
      ("Refresh Safe and Well targeting using Exeter and partner data", d(2023, 12, 31), ON),
      ("Quarterly prevention performance report to SLT", "Ongoing", ON)],
     ON, 0.6, Y, "prev", ""),
    ("item", "a2", "AFI 2 - " + T_RISK,
     [("Site-specific risk information review completed for all very high risk premises",
       d(2023, 3, 31), CL),
      ("Mobile data terminal refresh - risk information available on all appliances",
       d(2023, 6, 30), CL)],
     CL, 1.0, Y, "prot", ""),
    ("item", "a3", "AFI 3 - " + real(30),
     [("Corporate risk register reviewed monthly at SLT; risk owners trained",
       d(2022, 12, 31), CL)], CL, 1.0, Y, "corp", ""),
    ("item", "a4", "AFI 4 - " + T_PERF,
     [("Performance management framework agreed", d(2023, 3, 31), CL),
      ("Station-level performance reviews embedded", d(2024, 3, 31), ON)],
     ON, 0.55, Y, "corp", ""),
    ("item", "a5", "AFI 5 - The service should make sure it has access to accurate data & "
     "analysis to support effective performance management",
     [("Business intelligence analyst recruited", d(2023, 9, 30), CL),
      ("Power BI performance dashboards for SLT and stations", d(2024, 3, 31), ON)],
     ON, 0.5, Y, "ict", ""),
    ("item", "c1", "AFI 6 - " + T_COC,
     [("Improvement Board established, chaired by the DCFO", d(2023, 1, 31), CL),
      ("Single improvement plan combining HMICFRS, audit and peer review actions",
       d(2023, 9, 30), CL),
      ("Quarterly assurance report to the Fire Authority", "Ongoing", ON)],
     ON, 0.7, Y, "dcfo", ""),
    ("item", "a7", "AFI 7 - The service should improve its arrangements to consult with the "
     "public about business planning and feed back on changes made to service delivery as a "
     "result of such consultation",
     [("CRMP 2023-26 public consultation", d(2023, 3, 31), CL),
      ("'You said, we did' feedback published on the website", d(2023, 12, 31), ON)],
     ON, 0.6, Y, "corp", ""),
    ("item", "a8", "AFI 8 - Expand skills project to assess all skills (not only operational) "
     "incl. future skills requirements - to inform workforce plans",
     [("Skills audit completed for support staff and Control", d(2023, 3, 31), CL)],
     CL, 1.0, Y, "l&d", ""),
    ("item", "a10", "AFI 10 - " + T_COSTS[:-1],
     [("1. Activity-based costing pilot (Prevention and Protection)\n"
       "2. Value for money report to the Fire Authority", d(2024, 3, 31), ON)],
     ON, 0.4, Y, "fin", ""),
    ("item", "a11", "AFI 11 - " + T_WFP,
     [("Strategic Workforce Plan 2023-27 approved by SLT", d(2023, 6, 30), CL),
      ("Workforce plan aligned to MTFP and CRMP", d(2023, 9, 30), CL)],
     CL, 1.0, Y, "people", ""),
    ("item", "a12", "AFI 12 - " + truncate(T_CTRL, 110),
     [("Control resourcing review with Tri-Service partners", d(2023, 8, 31), OFF),
      ("Recruit 4 Control operators", d(2024, 1, 31), ON)],
     OFF, 0.3, Y, "ctrl", ""),
    ("head", "HMICFRS Inspection 2018/19 - outstanding AFIs carried forward"),
    ("item", "b2", "AFI 2 (2018/19) - " + T_RISK,
     [("Superseded by AFI 2 (2021/22) - see above", "", CL)], CL, 1.0, Y, "prot", ""),
    ("item", "b3", "AFI 3 (2018/19) - The service should undertake further work to gain a "
     "fuller understanding of current demand for its services, and likely future changes in "
     "demand.",
     [("Demand analysis for CRMP 2023-26", d(2023, 3, 31), CL),
      ("Future demand modelling (on-call availability)", d(2024, 3, 31), ON)],
     ON, 0.5, Y, "resp", ""),
    ("item", "b6", "AFI 4 (2018/19) - " + T_CONSULT,
     [("Consultation framework agreed", d(2021, 9, 30), CL)], CL, 1.0, Y, "corp", ""),
    ("item", "b7", "AFI 5 (2018/19) - Control room resources sufficient to fulfil the resourcing "
     "model and meet demand, taking account of workforce wellbeing",
     [("Control establishment uplift agreed in 2021/22 budget", d(2022, 4, 1), CL)],
     CL, 1.0, Y, "ctrl", ""),
    ("item", "b8", "AFI 6 (2018/19) - The service should expand the skills project work to "
     "include an assessment of all skills, not only operational, including potential future "
     "skills requirements.",
     [("Skills assessment for operational staff - on-call still to complete", d(2023, 12, 31), ON)],
     ON, 0.8, Y, "l&d", ""),
    ("item", "b9", "AFI 7 (2018/19) - " + T_DATA,
     [("Data quality audit and new performance system", d(2021, 3, 31), CL)],
     CL, 1.0, Y, "ict", ""),
    ("item", "b10", "AFI 8 (2018/19) - " + T_PERF,
     [("Performance framework introduced", d(2021, 3, 31), CL)], CL, 1.0, Y, "corp", ""),
    ("item", "a15", "AFI 9 (2018/19) - " + T_OPM,
     [("Target operating model approved by the Fire Authority", d(2023, 3, 31), CL)],
     CL, 1.0, Y, "acfo", ""),
    ("head", "Other culture actions - internal audit, staff survey and peer challenge"),
    ("item", None, "Internal audit action: review of grievance and disciplinary case management "
     "(audit plan 2023/24)",
     [("Audit fieldwork complete; management response due", d(2024, 1, 31), ON)],
     ON, 0.5, "", "ps", "internal audit action, not an HMICFRS item"),
    ("item", None, "Staff survey 2023: publish 'You said, we did' plan for every station and "
     "Control", [("Station plans drafted", d(2023, 12, 31), ON)], ON, 0.3, "", "people",
     "staff-survey action, not an HMICFRS item"),
    ("item", None, "NFCC Culture and Inclusion peer challenge - implement recommendations",
     [("Action plan agreed; 3 of 9 actions complete", d(2024, 3, 31), OFF)], OFF, 0.33, "",
     "dcfo", "peer-challenge action, not an HMICFRS item"),
    ("item", None, "Fire Standards Board - Code of Ethics fire standard: complete gap analysis",
     [("Gap analysis complete and reported to SLT", d(2023, 7, 31), CL)], CL, 1.0, "", "l&d",
     "Fire Standards Board action, not an HMICFRS item"),
]

wb = Workbook()
ws = wb.active
ws.title = SHEET
NCOL = 7
ws.merge_cells(start_row=1, end_row=1, start_column=1, end_column=NCOL)
ws.cell(1, 1, "Derbyshire Fire & Rescue Service").font = Font(bold=True, size=14)
ws.merge_cells(start_row=2, end_row=2, start_column=1, end_column=NCOL)
ws.cell(2, 1, "HMICFRS Values and Culture Action Plan Summary Report as of 1 November 2023"
        ).font = Font(bold=True, size=12)
ws.cell(3, 1, "Governance, Performance and Working Group - 20 November 2023")
# status summary block (rows 5-7) filled after counting
ws.cell(5, 1, "Status summary")
r = 9
HEAD = ["Summary", "Sub actions", "Deadline date", "Status", "Overall %", "Applicable", "Lead"]
for j, v in enumerate(HEAD, 1):
    c = ws.cell(r, j, v)
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="1F3864")
F: list[FRow] = []
counts = {ON: 0, OFF: 0, CL: 0}
wrap = Alignment(wrap_text=True, vertical="top")
for entry in PLAN:
    r += 1
    if entry[0] == "head":
        ws.cell(r, 1, entry[1]).font = Font(bold=True)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="D9E1F2")
        for j in range(2, NCOL + 1):
            ws.cell(r, j).fill = PatternFill("solid", fgColor="D9E1F2")
        continue
    if entry[0] == "note":
        ws.cell(r, 1, entry[1]).font = Font(italic=True)
        ws.cell(r, 6, entry[2])
        continue
    _, key, summary, subs, istatus, pct, appl, lead, note = entry
    if istatus in counts:
        counts[istatus] += 1
    for k, (sub, dl, sst) in enumerate(subs):
        if k:
            r += 1
        if k == 0:
            ws.cell(r, 1, summary).alignment = wrap
            ws.cell(r, 4, istatus)
            c = ws.cell(r, 5, pct)
            if isinstance(pct, float):
                c.number_format = "0%"
            ws.cell(r, 6, appl)
            ws.cell(r, 7, LEADS[lead])
        else:
            ws.cell(r, 4, sst)
        ws.cell(r, 2, sub).alignment = wrap
        c = ws.cell(r, 3, dl)
        if isinstance(dl, date):
            c.number_format = "dd mmm yyyy"
        st = istatus if k == 0 else sst
        F.append(FRow(SHEET, r, key, st == CL,
                      note if k == 0 else f"sub action {k + 1} of {len(subs)}, summary cell "
                      "blank (continues the row above)" + (f"; {note}" if note else "")))
# footer notes
r += 2
ws.cell(r, 1, "Overall % is self-assessed by the action owner and reviewed by Corporate "
        "Planning.").font = Font(italic=True)
r += 1
ws.cell(r, 1, "Report produced by Corporate Planning - data as of 1 November 2023").font = \
    Font(italic=True)
for k, (lab, n) in enumerate(counts.items()):
    ws.cell(5 + k, 2, lab)
    ws.cell(5 + k, 3, n)
for col, w in zip("ABCDEFG", (80, 55, 14, 32, 10, 30, 30)):
    ws.column_dimensions[col].width = w
wb.save(f"{OUT}/tracker.xlsx")

CONFLICTS = {
    "vc32": "timescale differs in both texts: HMICFRS 'By 1 June 2023', force 'By 1 October 2023'",
    "c1": "type differs: HMICFRS lists it as a cause of concern, the force tracks it as 'AFI 6'",
    "a15": "report differs: HMICFRS holds it under the 2021/22 inspection, the force files it "
           "under '2018/19 - outstanding AFIs carried forward' as 'AFI 9 (2018/19)'",
}
NOTES = {
    "b1": "same text as the 2021/22 AFI 1, which the force tracks; the 2018/19 one was closed "
          "as superseded and the force dropped it",
    "b4": "closed as superseded by the 2021/22 re-issue (AFI 11), which the force tracks",
    "b5": "closed as superseded by the 2021/22 re-issue (AFI 10), which the force tracks",
    "b11": "closed; near the values-and-culture rec 28 text the force tracks",
    "a9": "same text as the 2018/19 AFI the force carries forward as 'AFI 3 (2018/19)'",
    "a14": "close to values-and-culture rec 28 text, which the force tracks as rec 28",
    "vc3": "the force's plan skips it",
    "a13": "sits in the values-and-culture section of the plan (the section heading says it "
           "holds related People AFIs)",
    "a16": "near-identical wording to values-and-culture rec 1; the force's 'AFI 16' prefix and "
           "status separate them",
    "vc1": "near-identical wording to the 2021/22 AFI 16",
    "vc4": "force copied a drifted wording ('creating professional standards function to "
           "handle concerns in Service')",
    "a12": "force text truncated with an ellipsis",
    "b7": "force paraphrased the text",
    "b3": "the 2021/22 re-issue of the same text is not tracked",
}
truth = build_truth(H, F, CONFLICTS, NOTES)
truth.write(f"{OUT}/truth.csv")

if __name__ == "__main__":
    from collections import Counter
    print("hmicfrs items", len(H), "force item rows", len(F), "last row", r)
    print(Counter(x[2] for x in truth.lines))
