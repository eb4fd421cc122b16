"""Builder for the independent case `sheets_per_type` (West Mercia Police).

The force keeps one workbook with one sheet per item type ("Causes of Concern",
"Recommendations", "AFIs", "National Recs") plus a "Closed" sheet (all types, with a Type
column there only). The HMICFRS side is a register export as xlsx.

Texts: only real public wording from /work/shared/data/real_recommendations.csv and the text
lists in /work/main/reconcile/casegen/texts (read as data). Force-side "Detail" cells are the
force's own abridgements / retypings of those texts.

Run:  /work/main/.venv/bin/python build_sheets_per_type.py
"""
from __future__ import annotations

import csv
import datetime as dt
import random
import sys
from pathlib import Path

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import (  # noqa: E402  (data lists only)
    BODIES, CAUSES, CDI_VICTIMS_BODY, CONTROL_ROOM, EVERYONE_PLAN_RUN_ON, MSHT_INTEL,
    NATIONAL, SAS_MONITORING_2017, SF_LEADERSHIP, TOPIC_BODIES,
)

from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402

random.seed(1414)
OUT = Path(__file__).resolve().parent / "sheets_per_type"
OUT.mkdir(parents=True, exist_ok=True)

FORCE = "West Mercia Police"
AREA = "West Mercia"
NEIGHBOUR = "Warwickshire Police"

# HMICFRS type words as the export writes them, status slugs as on the register.
H_REC, H_AFI, H_COC, H_NAT = ("Recommendation", "Area for Improvement", "Cause of Concern",
                              "National Recommendation")
AR, BP, CO, SU = "awaiting-review", "being-progressed", "complete", "superseded"
OPEN = {AR, BP}


def body(sub: str) -> str:
    hits = [b for b in BODIES if sub in b]
    assert len(hits) == 1, (sub, len(hits))
    return hits[0].replace("{area}", AREA).replace("{neighbour}", NEIGHBOUR)


def topic(i: int, t: str) -> str:
    return "The force should " + TOPIC_BODIES[i].format(t=t) + "."


def nat(key: str, i: int) -> str:
    return NATIONAL[key][2][i][1]


def natdate(key: str) -> dt.date:
    return dt.date(*NATIONAL[key][1])


def cause(sub: str) -> str:
    hits = [c for c in CAUSES if sub in c]
    assert len(hits) == 1
    return hits[0].replace("{force}", FORCE).replace("{neighbour}", NEIGHBOUR)


# --------------------------------------------------------------------------------------------
# HMICFRS items. key -> (report title, pub date, type, status, text)
# --------------------------------------------------------------------------------------------
P1819 = "PEEL: Police effectiveness, efficiency and legitimacy 2018/19"
P1819_D = dt.date(2019, 9, 27)
EFF16 = "PEEL: Police effectiveness 2016"
EFF16_D = dt.date(2017, 3, 2)
EFC15 = "PEEL: Police efficiency 2015"
EFC15_D = dt.date(2015, 10, 15)
EFC16 = "PEEL: Police efficiency 2016"
EFC16_D = dt.date(2016, 11, 3)
LEG17 = "PEEL: Police legitimacy 2017"
LEG17_D = dt.date(2017, 12, 12)
CDI16 = "Crime data integrity inspection 2016"
CDI16_D = dt.date(2016, 9, 15)
NCPI15 = "National child protection inspection 2015"
NCPI15_D = dt.date(2015, 6, 18)
P2122 = "PEEL: Police effectiveness, efficiency and legitimacy 2021/22"
P2122_D = dt.date(2022, 5, 19)
P2324 = "PEEL: Police effectiveness, efficiency and legitimacy 2023/24"
P2324_D = dt.date(2024, 1, 26)

IMM = "HMIC recommends that the force should immediately: "
IMM2 = "HMIC recommends that the force should immediately:"
SIX = "HMIC recommends that within six months the force should: "

H: dict[str, tuple] = {
    # PEEL 2018/19 (real West Mercia wording, CSV rows 0-10)
    "coc1": (P1819, P1819_D, H_COC, BP, cause("alliance with")),
    "coc1r1": (P1819, P1819_D, H_REC, BP, IMM + body("officers’ capabilities and capacity") + "; and"),
    "coc1r2": (P1819, P1819_D, H_REC, BP, IMM + body("involving its partners") + "."),
    "coc1r3": (P1819, P1819_D, H_REC, SU, IMM + body("expand the skills project") + ";"),
    "coc1r4": (P1819, P1819_D, H_REC, CO, IMM2 + body("agree arrangements with") + "; and"),
    "coc1r5": (P1819, P1819_D, H_REC, AR, IMM2 + body("clearly define its new operating model") + ";"),
    "coc1r6": (P1819, P1819_D, H_REC, BP, IMM2 + body("consult with the public about business") + "."),
    "coc2": (P1819, P1819_D, H_COC, BP, cause("capacity or capability to investigate")),
    "coc2r1": (P1819, P1819_D, H_REC, BP, SIX + body("regular and active supervision") + ";"),
    "coc2r2": (P1819, P1819_D, H_REC, BP, SIX + body("retrieve digital evidence") + ";"),
    "coc2r3": (P1819, P1819_D, H_REC, CO, SIX + body("suspects released under investigation") + ";"),
    # PEEL effectiveness 2016
    "e16coc": (EFF16, EFF16_D, H_COC, CO, cause("DASH risk assessment in some crimes")),
    "e16r1": (EFF16, EFF16_D, H_REC, CO, "To address this cause of concern, HMIC recommends the "
              "force should immediately " + body("effective supervision of the initial risk") + "."),
    "e16afi1": (EFF16, EFF16_D, H_AFI, CO, topic(4, "stalking and harassment")),
    "e16afi2": (EFF16, EFF16_D, H_AFI, SU, topic(0, "modern slavery and human trafficking")),
    # PEEL efficiency 2015 (real Northamptonshire-paper wording, CSV rows 14-16)
    "c15a": (EFC15, EFC15_D, H_AFI, SU, "The force should " + body("fuller understanding of current demand")),
    "c15b": (EFC15, EFC15_D, H_AFI, CO, "The force should " + body("links between its outcomes")),
    "c15c": (EFC15, EFC15_D, H_AFI, CO, "The force should " + body("future workforce plan") + "."),
    # PEEL efficiency 2016: the same wording again (recurring AFIs)
    "c16b": (EFC16, EFC16_D, H_AFI, BP, "The force should " + body("links between its outcomes") + "."),
    "c16a": (EFC16, EFC16_D, H_AFI, BP, "The force should " + body("fuller understanding of current demand") + "."),
    # PEEL legitimacy 2017 (an AFI the force files on its Recommendations sheet)
    "l17afi": (LEG17, LEG17_D, H_AFI, BP, "The force should " + body("lowest level of vetting") + "."),
    # Crime data integrity 2016
    "cdi1": (CDI16, CDI16_D, H_REC, BP, "Within six months the force should " + CDI_VICTIMS_BODY + "."),
    "cdi2": (CDI16, CDI16_D, H_REC, BP, "Immediately, the force should " + body("cautions, cannabis warning") + "."),
    # National child protection inspection 2015
    "ncpi": (NCPI15, NCPI15_D, H_REC, CO, "Within six months " + FORCE + " should, "
             + body("detention of children") + "."),
    # PEEL 2021/22 AFIs
    "p22a": (P2122, P2122_D, H_AFI, BP, CONTROL_ROOM),
    "p22b": (P2122, P2122_D, H_AFI, BP, "The force should " + body("crime-recording and management system") + "."),
    "p22c": (P2122, P2122_D, H_AFI, AR, topic(4, "stalking and harassment")),
    "p22d": (P2122, P2122_D, H_AFI, BP, topic(12, "domestic abuse")),
    "p22e": (P2122, P2122_D, H_AFI, BP, topic(2, "child sexual exploitation")),
    "p22f": (P2122, P2122_D, H_AFI, AR, topic(5, "anti-social behaviour")),
    # PEEL 2023/24 AFIs
    "p24a": (P2324, P2324_D, H_AFI, AR, topic(6, "serious and organised crime")),
    "p24b": (P2324, P2324_D, H_AFI, AR, topic(7, "county lines drug dealing")),
    "p24c": (P2324, P2324_D, H_AFI, AR, topic(10, "violence against women and girls")),
}

NAT_STATUS = {
    "sas13": [None, CO, CO],          # item 0 is not on this force's list any more
    "sas15": [BP],
    "everyone": [CO],
    "austerity": [CO, None, None, CO],
    "core": [BP, BP],
    "integrity": [BP],
    "picture": [AR],
    "firearms": [CO, BP, CO, BP, BP],
    "stolen": [BP, BP, BP, CO, AR, BP, BP],
    "efc17": [SU],
    "leg17": [BP, BP, BP, BP, CO],
    "powers": [BP, CO, BP, AR, AR],
}
for key, statuses in NAT_STATUS.items():
    title, date, items = NATIONAL[key]
    assert len(items) == len(statuses), key
    for i, st in enumerate(statuses):
        if st is None:
            continue
        typ = H_COC if items[i][0] == "Cause of concern" else H_NAT
        H[f"{key}{i}"] = (title, dt.date(*date), typ, st, items[i][1])

# References: plain integers, unique, rising with publication date.
order = sorted(H, key=lambda k: (H[k][1], k))
ref, REF = 2300, {}
for k in order:
    ref += random.randint(3, 140)
    REF[k] = ref
# Export order: by reference
HROWS = sorted(H, key=lambda k: REF[k])
HROW = {k: i + 2 for i, k in enumerate(HROWS)}

wb = Workbook()
ws = wb.active
ws.title = "Export"
hdr = ["Reference", "Force", "Report title", "Publication date", "Type", "Status", "Text"]
ws.append(hdr)
for k in HROWS:
    title, date, typ, st, text = H[k]
    ws.append([REF[k], FORCE, title, date, typ, st, text])
for c in ws[1]:
    c.font = Font(bold=True)
for r in range(2, ws.max_row + 1):
    ws.cell(r, 4).number_format = "dd/mm/yyyy"
    ws.cell(r, 7).alignment = Alignment(wrap_text=True, vertical="top")
for col, w in zip("ABCDEFG", (11, 20, 60, 15, 24, 17, 110)):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A2"
ws.auto_filter.ref = f"A1:G{ws.max_row}"
wb.save(OUT / "hmicfrs.xlsx")

# --------------------------------------------------------------------------------------------
# Force tracker
# --------------------------------------------------------------------------------------------
FILL = {
    "GREEN": "92D050", "AMBER": "FFC000", "RED": "FF0000", "WHITE": "FFFFFF", "GREY": "BFBFBF",
}
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
REPORT_FILL = PatternFill("solid", fgColor="D9E1F2")
thin = Side(style="thin", color="A6A6A6")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

truth: list[tuple[str, str, str, str]] = []   # (hmicfrs_row, force_row, category, why)
force_done_of: dict[str, list[bool]] = {}      # hmicfrs key -> done flags of its force rows
pending: list[tuple[str | None, str, str | None, str]] = []  # (hkey, force_row, override, why)

twb = Workbook()
summary = twb.active
summary.title = "Summary"


def status_fill(cell, status: str) -> None:
    s = status.upper()
    for word, colour in FILL.items():
        if s.startswith(word):
            cell.fill = PatternFill("solid", fgColor=colour)
            return
    if s.startswith("COMPLETE"):
        cell.fill = PatternFill("solid", fgColor=FILL["GREEN"])


def setup(sheet, title: str, sub: str, header: list[str], widths: list[int]):
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([sub])
    sheet["A2"].font = Font(italic=True)
    sheet.append([])
    sheet.append(header)
    for c in sheet[4]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = HEAD_FILL
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    for i, w in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(i)].width = w
    sheet.freeze_panes = "A5"


def item(sheet, values: list, hkey: str | None, done: bool, why: str = "",
         override: str | None = None, status_col: int | None = None) -> int:
    """Write one item row; remember how it maps to the HMICFRS list."""
    sheet.append(values)
    r = sheet.max_row
    for c in sheet[r]:
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = BOX
    if status_col:
        status_fill(sheet.cell(r, status_col), str(values[status_col - 1]))
    prov = f"{sheet.title}!{r}"
    if hkey is not None:
        assert hkey in H, hkey
        force_done_of.setdefault(hkey, []).append(done)
    pending.append((hkey, prov, override, why))
    return r


STAMP = "Maintained by Strategic Planning & Assurance (Organisational Learning). Last updated 04/03/2024 - JAC version"

# ---------------- Causes of Concern ----------------
coc = twb.create_sheet("Causes of Concern")
setup(coc, "West Mercia Police - HMICFRS Causes of Concern", STAMP,
      ["No.", "Report", "Pub. date", "Detail", "Lead", "Target", "Progress", "Status"],
      [9, 16, 12, 70, 22, 16, 60, 18])
r = item(coc, ["CoC 1", "PEEL 2018/19", dt.date(2019, 9, 27),
               "Force does not have suitable arrangements to maintain the full range of public "
               "services when the alliance with Warwickshire ends. Gaps in workforce skills "
               "assessment, weaknesses in investigative approach & in approach to safeguarding "
               "vulnerable people.",
               "DCC", "Oct-19 (end of alliance)",
               "02/02/2024: post-alliance operating model live since 01/10/2019. Outstanding "
               "actions (R2, R3) tracked on Recommendations sheet.", "AMBER"],
         "coc1", False, status_col=8)
coc.cell(r, 3).number_format = "dd/mm/yyyy"
r = item(coc, ["CoC 2", "PEEL 2018/19", dt.date(2019, 9, 27),
               "Force does not have the capacity or capability to investigate crime effectively "
               "- affecting the service provided to the public. Failings in the way crimes are "
               "investigated.",
               "ACC Crime", "Mar-24",
               "15/01/2024: monitored via Investigation Standards Board. Q3 audit - supervision "
               "compliance 71% (target 90%).", "RED"],
         "coc2", False, status_col=8)
coc.cell(r, 3).number_format = "dd/mm/yyyy"
coc.append([])
coc.append(["CoC recommendations are on the Recommendations sheet (numbered CoC n - Rn). "
            "Closed CoCs are on the Closed sheet."])
coc.cell(coc.max_row, 1).font = Font(italic=True, color="7F7F7F")

# ---------------- Recommendations ----------------
rec = twb.create_sheet("Recommendations")
setup(rec, "West Mercia Police - HMICFRS Recommendations (force level)", STAMP,
      ["Report", "Pub. date", "No.", "Detail", "Lead", "Target", "Progress", "Status"],
      [18, 12, 11, 70, 22, 18, 60, 22])


def group(sheet, report: str, pub, rows: list[tuple]) -> None:
    """Rows of one report with Report and Pub. date merged down the group."""
    first = None
    for n, (vals, hkey, done, why, override) in enumerate(rows):
        r = item(sheet, [report if n == 0 else None, pub if n == 0 else None] + vals,
                 hkey, done, why, override, status_col=8)
        first = first or r
    last = sheet.max_row
    if last > first:
        sheet.merge_cells(start_row=first, start_column=1, end_row=last, end_column=1)
        sheet.merge_cells(start_row=first, start_column=2, end_row=last, end_column=2)
    sheet.cell(first, 1).font = Font(bold=True)
    if isinstance(pub, dt.date):
        sheet.cell(first, 2).number_format = "dd/mm/yyyy"
    sheet.append([])


E = ""
group(rec, "PEEL 2018/19", "27/09/2019", [
    (["CoC 1 – R1", "Immediately conduct a review of officers' capabilities & capacity to "
      "manage their investigative workload, to better understand investigative demand and the "
      "pressures placed on them", "Det Ch Supt Force CID", "Immediately",
      "20/12/2023: workload review completed and reported to FET. Evidence pack with DCC.",
      "GREEN - pending sign off"], "coc1r1", True, E, None),
    (["CoC 1 – R2", "Review, involving partners, the approach to vulnerability to better "
      "safeguard vulnerable people", "Ch Supt Public Protection", "Immediately",
      "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
      "AMBER"], "coc1r2", False, E, None),
    (["CoC 1 – R3", "Expand skills project work to assess ALL skills (not only operational) "
      "incl. future skills requirements - to inform workforce plans", "Director of People",
      "Immediately", "08/01/2024: police staff skills audit delayed - new HR system go-live "
      "now April 2024.", "AMBER"], "coc1r3", False, E, None),
    (["CoC 1 – R5", "Clearly define new operating model, all operational & support services "
      "affordable and fit to protect communities of West Mercia", "Head of Corporate "
      "Development", "Oct-19", "Operating model agreed at FET 17/09/2019 and published. "
      "Completed. Evidence submitted to HMICFRS for closure.", "GREEN"], "coc1r5", True, E, None),
    (["CoC 2 – R1", "Within 6 months ensure regular & active supervision of quality and "
      "progress of investigations. Supervision to be properly recorded.", "ACC Crime",
      "Mar-20 (revised Mar-24)", "Work undertaken in area but still requires development to "
      "complete. Supervision field added to crime record 11/2023.", "AMBER"],
     "coc2r1", False, E, None),
    (["CoC 2 – R2", "Within 6 months improve ability to retrieve digital evidence from "
      "mobile phones, computers & other electronic devices quickly enough so investigations "
      "not delayed", "Det Ch Supt Force CID", "Mar-20",
      "01/2024: DFU backlog 412 devices (was 690 in 06/2023). Triage kiosks in 4 hubs.",
      "AMBER"], "coc2r2", False, E, None),
])
group(rec, "PEEL Effectiveness 2016", "02/03/2017", [
    (["CoC 1 – R1", "Immediately - effective supervision of the initial risk assessment "
      "process, specifically completion of DASH risk assessments in appropriate cases",
      "Ch Supt Public Protection", "Immediately",
      "The Force Executive Team agreed on 25 July that we would risk-assess all DA "
      "incidents. 11/2023 - supervisor dip-sampling continues.", "AMBER"], "e16r1", False, E, None),
])
group(rec, "PEEL Legitimacy 2017", "Dec-17", [
    (["R1", "Ensure all staff have at least the lowest level of vetting clearance for their "
      "roles asap - clear the vetting backlog and renewals as they fall due so we comply fully "
      "with national vetting guidelines", "Head of Professional Standards", "Dec-18",
      "02/2024: backlog 143 (renewals). Extra vetting officers funded to Mar-24.", "AMBER"],
     "l17afi", False,
     "type: HMICFRS lists it as an Area for Improvement; the force files it on its "
     "Recommendations sheet (No. R1)", "conflict"),
])
cdi_why = ("split item: the force tracks the CDI recommendation as bullets R1 (i), (ii), (iii) "
           "and (v); bullet (iv) 'awaiting the results of medical examinations or video "
           "interviews before making crime-recording decisions is stopped' has no force row")
group(rec, "Crime Data Integrity 2016", "15/09/2016", [
    (["R1 (i)", "Within 6 months put in place arrangements to ensure that: at the point of "
      "report, victims are believed", "Force Crime Registrar", "Mar-17",
      "Completed. Victim-focused recording training delivered to all call handlers.", "GREEN"],
     "cdi1", True, cdi_why, "conflict"),
    (["R1 (ii)", "conversations between call handlers and callers are summarised "
      "accurately in the incident log - attending officers have full facts for crime-recording "
      "decisions", "Supt Contact Centre", "Mar-17",
      "01/2024: OCC log quality audit 82% compliant.", "AMBER"], "cdi1", False, cdi_why, "conflict"),
    (["R1 (iii)", "multiple crimes always recorded when described within incident records or "
      "identified as part of other recorded crime investigations", "Force Crime Registrar",
      "Mar-17", "Completed - FCR audit 10/2023.", "GREEN"], "cdi1", True, cdi_why, "conflict"),
    (["R1 (v)", "online reports of crime triaged at the point of receipt so ongoing risks to "
      "victim / wider public are identified and appropriately managed", "Supt Contact Centre",
      "Mar-17", "Digital desk triage SOP drafted, awaiting sign off.", "AMBER"],
     "cdi1", False, cdi_why, "conflict"),
])
group(rec, "Internal Audit 2023/24", "Jun-23", [
    (["IA 3", "Internal audit action: Internal audit of the domestic abuse governance "
      "arrangements (audit plan 2023/24)", "Head of Corporate Development", "31/03/2024",
      "Fieldwork complete; draft report due March.", "AMBER"], None, False,
     "force-only: internal audit action, not an HMICFRS item", None),
])
rec.append(["RAG key: GREEN = implemented / evidence with HMICFRS; AMBER = ongoing, expected "
            "to be implemented; RED = beyond deadline or cannot be implemented (rationale "
            "required); WHITE = not WMP responsibility to deliver"])
rec.cell(rec.max_row, 1).font = Font(italic=True, color="7F7F7F")

# ---------------- AFIs ----------------
afi = twb.create_sheet("AFIs")
setup(afi, "West Mercia Police - HMICFRS Areas for Improvement", STAMP,
      ["Report", "Pub. date", "No.", "Detail", "Lead", "Target", "Progress", "Status"],
      [18, 12, 8, 70, 22, 18, 60, 30])


def arow(report, pub, no, detail, lead, target, progress, status, hkey, done, why="", ov=None):
    item(afi, [report, pub, no, detail, lead, target, progress, status], hkey, done, why, ov,
         status_col=8)


arow("PEEL Efficiency 2015", "Oct-15", "AFI 2", "Develop understanding of links between "
     "outcomes, outputs and costs", "Director of Finance", "Mar-16",
     "Cost/outcome modelling through the FMS - on hold pending new finance system.",
     "AMBER", "c15b", False)
arow("PEEL Eff 16", "Nov 2016", "AFI 1", "The force should develop its understanding of the "
     "links between its outcomes, outputs and costs.", "Director of Finance", "Nov-17",
     "See PEEL Efficiency 2015 AFI 2 - same action.", "AMBER", "c16b", False)
arow("PEEL Eff 16", "Nov 2016", "AFI 2", "The force should undertake further work to gain a "
     "fuller understanding of current demand for its services, and likely future changes in "
     "demand.", "Head of Corporate Development", "Nov-17",
     "FMS 2023 demand model signed off at FET 14/11/2023. Completed. Evidence submitted to "
     "HMICFRS for closure.", "GREEN", "c16a", True)
arow("PEEL Effectiveness 2016", "Mar-17", "AFI 4", "Improve our understanding of the nature "
     "& scale of MSHT in West Mercia", "Head of Intelligence", "Mar-18",
     "Superseded by Stolen Freedom recommendations (see National Recs).",
     "GREY - superseded", "e16afi2", True)
arow("CDI 2016", "Sep-16", "AFI 1", "Revise approach to cautions, cannabis warnings & PNDs - "
     "clear and auditable explanation to the offender of implications of the warning; for "
     "victim-based crime auditable record that the victim's views were considered before issue",
     "Head of Criminal Justice", "Immediately",
     "OOCD scrutiny panel now reviewing 20 cases a quarter. Policy rewrite in progress.",
     "AMBER", "cdi2", False,
     "type: HMICFRS lists it as a Recommendation ('Immediately, the force should revise its "
     "approach to cautions…'); the force files it on its AFIs sheet (No. AFI 1)", "conflict")
afi.append([])
arow("PEEL 2021/22", dt.date(2022, 5, 19), "AFI 1", "Ensure sufficient resources in the "
     "control room to fulfil resourcing model & meet demand, taking account of workforce "
     "wellbeing", "Supt Contact Centre", "Dec-22",
     "OCC uplift of 18 call handlers - 12 in post. Wellbeing survey Feb 24.", "AMBER", "p22a", False)
afi.cell(afi.max_row, 2).number_format = "dd/mm/yyyy"
arow(None, None, "AFI 2", "Improve use of crime-recording & management system to better "
     "manage case files and investigative processes", "Head of Criminal Justice", "Dec-22",
     "Case file quality now 88%. Ready to move to GREEN status - approved at Crime Standards "
     "Board 06/02/2024.", "GREEN", "p22b", True)
arow(None, None, "AFI 3", "Make sure officers & staff have training needed to identify and "
     "respond to stalking & harassment", "Head of Learning & Development", "Mar-23",
     "Stalking e-learning 64% completion (response), classroom input for PVP.", "AMBER",
     "p22c", False)
arow(None, None, "AFI 4", "DA victims kept informed about progress of their case, in line "
     "with Victims Code", "Ch Supt Public Protection", "Mar-23",
     "Victim contact compliance 74% (Jan 24).", "AMBER", "p22d", False)
arow(None, None, "AFI 5", "Improve how we work with partners to safeguard people at risk "
     "from CSE", "Ch Supt Public Protection", "Mar-23", "Joint CSE panel ToR refreshed.",
     "Open - Actions on going on track", "p22e", False)
arow(None, None, "AFI 6", "Record reports of ASB accurately & without delay",
     "Force Crime Registrar", "Sep-22", "Little work yet undertaken in this area. Unlikely to "
     "reach deadlines.", "RED", "p22f", False)
afi.append([])
arow("PEEL 2023/24", "26/01/2024", "AFI 1", "Make sure analysis of SOC informs strategic "
     "assessment and control strategy", "Head of Intelligence", "TBC",
     "Awaiting allocation.", "Open - Actions on going on track", "p24a", False)
arow("PEEL 2023/24", "26/01/2024", "AFI 2", "Performance framework to give senior leaders a "
     "clear picture of our response to VAWG", "Head of Corporate Development", "TBC",
     "New VAWG dashboard in build.", "AMBER", "p24c", False)
afi.append([])
arow("JAC 12/2023", "Dec-23", "JAC 4", "JAC action: Add rape and serious sexual offences "
     "measures to the monthly Force Performance pack", "Head of Corporate Development",
     "Feb-24", "Added to January pack.", "GREEN", None, True,
     "force-only: Joint Audit Committee action, not an HMICFRS item")
arow("Force Management Statement 2023", "May-23", "FMS 2", "Force action - Refresh the rural "
     "crime problem profile and add it to the control strategy", "Head of Intelligence",
     "Sep-24", "Profile commissioned.", "AMBER", None, False,
     "force-only: force's own FMS action, not an HMICFRS item")
afi.append([])
afi.append(["NB: PEEL 2023/24 AFIs added 02/2024 from the published report - to be checked "
            "against the HMICFRS list before JAC."])
afi.cell(afi.max_row, 1).font = Font(italic=True, color="7F7F7F")

# ---------------- National Recs ----------------
natws = twb.create_sheet("National Recs")
setup(natws, "West Mercia Police - HMICFRS National (all-force) Recommendations", STAMP,
      ["No.", "Pub. date", "Detail", "Lead", "Target", "Progress", "Status"],
      [7, 12, 80, 22, 18, 60, 30])


def heading(text: str) -> None:
    natws.append([text])
    r = natws.max_row
    natws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    natws.cell(r, 1).font = Font(bold=True)
    natws.cell(r, 1).fill = REPORT_FILL


def nrow(no, pub, detail, lead, target, progress, status, hkey, done, why="", ov=None):
    item(natws, [no, pub, detail, lead, target, progress, status], hkey, done, why, ov,
         status_col=7)


heading("Stop & Search powers (HMIC 2013)")
nrow("1", "09/07/2013", "Chief Constables and the College of Policing should establish in the "
     "Stop and Search APP a clear specification of what constitutes effective and fair "
     "exercise of S&S powers, and guidance. Compliant with the Code of Practice.",
     "ACC Local Policing", "n/a", "Action for College of Policing - not WMP responsibility.",
     "WHITE", None, True,
     "force-only: Stop and search 2013 rec 1 (APP specification) is not on the HMICFRS list "
     "for this force (query with HMICFRS; probably closed and dropped)")
heading("Stop & search powers 2")
nrow("1", "24/03/2015", "Chief constables should, in consultation with PCCs, ensure they "
     "comply with the Code of Practice by explaining to the public the way S&S powers are "
     "used in their areas and by making arrangements for S&S records to be scrutinised by "
     "community representatives. Involve those who are stopped & searched e.g. young people.",
     "ACC Local Policing", "Ongoing", "Youth scrutiny panel re-launched 10/2023.",
     "In Progress", "sas150", False)
heading("Domestic abuse - Everyone's business")
nrow("1", "27/03/2014", EVERYONE_PLAN_RUN_ON, "Ch Supt Public Protection", "Sep-14",
     "DA action plan published 09/2014, refreshed annually.", "Complete", "everyone0", True)
heading("Policing in Austerity 2014")
nrow("4", "22/07/2014", "In preparation for the next spending round all CCs and PCCs should "
     "review plans for collaboration - consider scope for better VfM and improved capability & "
     "capacity through joint working with other forces, the public and/or private sector.",
     "Director of Finance", "Mar-15",
     "Collaboration review to be re-run post-alliance (see CoC 1).", "AMBER", "austerity3", False)
heading("Core business")
nrow("1", "04/09/2014", "Not later than 31 March 2015 forces using a THR policy should "
     "provide call-handlers with specific, sound and comprehensible criteria against which "
     "they can assess threat, harm and risk.", "Supt Contact Centre", "31/03/2015",
     "THRIVE in use in the OCC since 2016.", "Complete", "core0", True)
heading("Integrity matters")
nrow("1", "30/01/2014", "By 31 August 2015, CCs should satisfy themselves that processes "
     "are in place to ensure investigations into misconduct by officers & staff resulting in "
     "'no further action' are fair and free of any form of discrimination.",
     "Head of Professional Standards", "31/08/2015",
     "PSD disproportionality dip-sample quarterly; external review commissioned 01/2024.",
     "AMBER", "integrity0", False,
     "publication date: HMICFRS 30/01/2015, force Pub. date 30/01/2014 (same report and "
     "text)", "conflict")
heading("Information management (Building the Picture)")
nrow("1", "01/07/2015", "By 30 November 2015, CCs should put in place arrangements to "
     "scrutinise audits of compliance with the APP on information management through the force "
     "IM governance structure. Incl. measures so categorisation of records is regularly "
     "adjusted.", "Head of Information Management", "30/11/2015",
     "Information Assurance Board reviews audit results quarterly. Completed.", "GREEN",
     "picture0", True)
heading("Targeting the Risk (Firearms Licensing) 2015")
nrow("2", "15/09/2015", "Within three months, all CCs should assess the demand placed on "
     "their firearms licensing department and ensure it has capacity to meet this demand and "
     "provide an efficient and effective service at all times.", "Supt Firearms Licensing",
     "Dec-15", "Renewals backlog 380 (Feb 24). Temporary staff to Jun-24.", "AMBER",
     "firearms1", False)
nrow("5", "15/09/2015", "Within 3 months CCs should ensure systems to identify, prior to "
     "police attendance, whether an incident involves / is at the address of a firearm "
     "certificate holder are in place and always applied by staff dispatching officers; "
     "officers understand the risk assessment and their power to seize firearms & "
     "certificates.", "Supt Contact Centre", "Dec-15",
     "STORM flag live; briefing delivered. Pending sign off by the chief officer lead.",
     "Complete - pending sign off", "firearms4", True)
heading("Stolen Freedom: the policing response to Modern Slavery & Human Trafficking – "
        "published 24 October 2017")
sf_lines = [
    ("1a", "Within 12 months review leadership & governance for MSHT so that: senior leaders "
           "prioritise the response to MSHT", "ACC Crime", "Complete", True),
    ("1b", "every MSHT incident identified to police is allocated appropriate resources with "
           "the skills, experience & capacity to investigate it effectively",
     "Det Ch Supt Force CID", "AMBER", False),
    ("1c", "effective partnership arrangements to co-ordinate activity in order to share "
           "information and safeguard victims", "Ch Supt Public Protection", "Complete", True),
    ("1d", "performance & QA measures in place so senior leaders can assess the nature and "
           "quality of service to victims", "Head of Corporate Development", "AMBER", False),
]
for no, det, lead, st, done in sf_lines:
    nrow(no, "24/10/2017", det, lead, "Oct-18", "MSHT delivery plan - see Jan 24 update.", st,
         "stolen0", done,
         "split item: Stolen Freedom leadership recommendation tracked as bullets 1a-1d, all "
         "four bullets present; 1b and 1d still AMBER so the item is open on both sides")
nrow("2", "24/10/2017", "Within twelve months forces should have in place active ISAs with "
     "other agencies to facilitate speedy exchange of intelligence, to safeguard victims better "
     "and identify suspects as early as possible", "Head of Intelligence", "Oct-18",
     "ISA with 2 of 4 LAs signed.", "AMBER", "stolen1", False,
     "timescale: HMICFRS text 'Within six months, forces should have in place active "
     "information-sharing agreements…'; force text 'Within twelve months…'", "conflict")
nrow("3", "24/10/2017", "Immediately ensure all victims carrying out criminal acts under "
     "compulsion attributable to slavery/exploitation get early and continuing consideration "
     "of the s45 defence", "Head of Criminal Justice", "Immediately",
     "s45 checklist in custody; CPS liaison.", "Open - Actions on going on track", "stolen2", False)
nrow("4", "24/10/2017", "Immediately take steps to be fully compliant with the NRM process and "
     "the MSA 2015 duty to notify the Home Office of any suspected adult victim",
     "Ch Supt Public Protection", "Immediately", "Duty to notify compliance 67%.",
     "Open - Actions on going off track", "stolen3", False)
nrow("5", "24/10/2017", "Immediately comply with NCRS for offences identified as MSHT; "
     "sufficient audit capacity for the FCR to give reassurance on crime-recording accuracy "
     "for these offences", "Force Crime Registrar", "Immediately",
     "Completed. FCR MSHT audit 12/2023 - 96% compliant.", "GREEN", "stolen4", True)
nrow("7", "24/10/2017", "Immediately review use of preventative powers under MSA 2015 - "
     "opportunities to restrict activities of those posing a clear threat are exploited",
     "Det Ch Supt Force CID", "Immediately", "STRO/STPO applications: 3 in 2023.", "AMBER",
     "stolen6", False)
heading("PEEL Efficiency 2017 - national")
nrow("1", "09/11/2017", "By Sept 2018 CCs should produce an ambitious plan to improve "
     "digitally-enabled services within their force.", "Head of Corporate Development",
     "Sep-18", "Digital strategy refresh 2024-27 in draft.", "AMBER", "efc170", False)
heading("PEEL Legit 17 S&S")
nrow("1", "12/12/2017", "By July 2018 regularly & frequently monitor a comprehensive set of "
     "S&S data to understand: reasons for disproportionate representation of ethnic groups; "
     "find rates by ethnicity & search type (incl. drug possession / supply); prevalence of "
     "possession-only drug searches vs local / force priorities", "ACC Local Policing",
     "Jul-18", "Quarterly S&S dashboard; disproportionality 3.1 (Q3).", "AMBER", "leg171", False)
nrow("2", "12/12/2017", "Where disparities identified through monitoring, demonstrate to the "
     "public that we have: carried out research & analysis to understand the reasons; taken "
     "action to reduce the disparity where necessary", "ACC Local Policing", "Jul-18",
     "Academic partner analysis due Apr-24.", "AMBER", "leg172", False)
heading("Police powers spotlight (Feb 21)")
nrow("1", "26/02/2021", "By July 2022 ensure officers & staff have effective communication "
     "skills in line with National Policing Guidelines on Conflict Management (in addition to "
     "conflict management / de-escalation training)", "Head of Learning & Development",
     "Jul-22", "PST module updated; 58% trained.", "In Progress", "powers0", False)
nrow("3", "26/02/2021", (
     "By September 2021 forces should: ensure officers record on BWV (when available) the "
     "entirety of all S&S encounters incl. traffic stops and use of force; have a structured "
     "process to review internally a sufficient sample of BWV footage to identify learning and "
     "hold officers to account; provide external scrutiny panel members with access to samples "
     "of BWV footage of S&S and use of force."), "ACC Local Policing", "Sep-21",
     "BWV activation compliance 81%; scrutiny panel access agreed, not yet in place.", "RED",
     "powers2", False)
nrow("4", "26/02/2021", "The Home Office and the NPCC should take steps to ensure quality of "
     "data on use of force to effect a S&S is sufficient for publication. HO to publish asap.",
     "ACC Local Policing", "n/a", "Not the force's responsibility to deliver; dependent upon "
     "another organisation.", "WHITE", "powers3", True)
nrow("5", "26/02/2021", "By July 2021 effective internal monitoring processes on use of "
     "force - identify and understand disproportionate use, explain reasons, implement "
     "improvement action", "ACC Local Policing", "Jul-21",
     "UoF scrutiny added to S&S panel remit.", "In progress", "powers4", False)

# ---------------- Closed ----------------
clo = twb.create_sheet("Closed")
setup(clo, "West Mercia Police - HMICFRS items CLOSED (all types)", STAMP,
      ["Type", "Report", "Pub. date", "No.", "Detail", "Lead", "Date closed", "Closure note",
       "Status"],
      [10, 26, 12, 11, 70, 22, 12, 50, 14])


def crow(typ, report, pub, no, detail, lead, closed, note, status, hkey, done=True, why="", ov=None):
    r = item(clo, [typ, report, pub, no, detail, lead, closed, note, status], hkey, done, why, ov,
             status_col=9)
    for c in (3, 7):
        if isinstance(clo.cell(r, c).value, dt.date):
            clo.cell(r, c).number_format = "dd/mm/yyyy"


crow("Rec", "PEEL 2018/19", dt.date(2019, 9, 27), "CoC 1 – R4", "Agree arrangements with "
     "Warwickshire Police to secure a smooth transition to future operating model - no "
     "disruption to public services", "DCC", dt.date(2020, 3, 31),
     "Alliance ended 07/10/2019; s22A agreements in place. HMICFRS closed.", "Complete", "coc1r4")
crow("Rec", "PEEL 2018/19", dt.date(2019, 9, 27), "CoC 2 – R3", "Within 6 months improve "
     "understanding of suspects released under investigation (RUI) and management of those on "
     "bail", "Head of Criminal Justice", dt.date(2021, 6, 30),
     "Bail & RUI review process embedded.", "Complete", "coc2r3")
crow("CoC", "PEEL Effectiveness 2016", dt.date(2017, 3, 2), "CoC 1", "Response to domestic "
     "abuse: DASH discretion policy does not give confidence risk is always assessed; officers "
     "not consistently completing DASH; some DA victims at risk not appropriately "
     "risk-assessed", "Ch Supt Public Protection", dt.date(2018, 5, 1),
     "Closed by HMICFRS following DA revisit.", "Complete", "e16coc")
crow("AFI", "PEEL Effectiveness 2016", dt.date(2017, 3, 2), "AFI 2", "Ensure officers & "
     "staff have training to identify and respond to stalking & harassment",
     "Head of Learning & Development", dt.date(2018, 9, 30), "Training delivered 2017/18.",
     "Complete", "e16afi1")
crow("AFI", "PEEL Efficiency 2015", dt.date(2015, 10, 15), "AFI 1", "Further work to "
     "understand current demand for services and likely future changes in demand - match "
     "resources to demand", "Head of Corporate Development", dt.date(2016, 11, 3),
     "Superseded - re-issued in PEEL Efficiency 2016 (see AFIs sheet).", "Superseded", "c15a")
crow("AFI", "PEEL Efficiency 2015", dt.date(2015, 10, 15), "AFI 3", "Develop a future "
     "workforce plan aligned with overall demand and budget - future resource allocations, "
     "skills mix and behaviours expected", "Director of People", dt.date(2017, 4, 1),
     "Workforce plan 2017-20 approved.", "Complete", "c15c")
crow("Rec", "NCPI 2015", dt.date(2015, 6, 18), "R1", "Within 6 months, with children's "
     "social care, review how we manage detention of children: detained only when absolutely "
     "necessary & for minimum time; early assessment of need for alternative accommodation; "
     "custody staff record all actions/decisions; timely appropriate adult support",
     "Ch Insp Custody", dt.date(2016, 7, 1), "Concordat on children in custody signed.",
     "Complete", "ncpi")
crow("National", "Stop and Search 2013", dt.date(2013, 7, 9), "2", "CCs should establish or "
     "improve monitoring of the way officers stop and search people - acting in accordance "
     "with the law incl. equality legislation and Code of Practice; power used effectively to "
     "prevent crime, catch criminals & maintain public trust", "ACC Local Policing",
     dt.date(2015, 3, 31), "", "Complete", "sas131")
crow("National", "Stop and Search 2013", dt.date(2013, 7, 9), "3", "CCs should, with elected "
     "local policing bodies, comply with the code of practice by explaining to the public the "
     "way S&S powers are used and arranging for S&S records to be scrutinised by community "
     "representatives, involving those stopped and searched e.g. young people",
     "ACC Local Policing", dt.date(2015, 3, 31), "", "Complete", "sas132")
crow("National", "Policing in Austerity 2014", dt.date(2014, 7, 22), "1", "All CCs and PCCs "
     "should review plans to deliver savings - continue to reduce crime and protect the front "
     "line while balancing budgets (use HMIC VfM profiles)", "Director of Finance",
     dt.date(2015, 6, 30), "", "Complete", "austerity0")
crow("National", "Policing in Austerity 2014", dt.date(2014, 7, 22), "2", "CCs & PCCs "
     "planning to deliver less than 10% of savings through collaboration should assess whether "
     "there is scope to improve. HMIC will follow up the assessments in the autumn.",
     "Director of Finance", dt.date(2015, 6, 30), "", "Complete", None, True,
     "force-only (closed): Policing in austerity rec 2 is not on the HMICFRS list")
crow("National", "Policing in Austerity 2014", dt.date(2014, 7, 22), "3", "Forces planning "
     "to reduce proportion of workforce / officers on the front line should assess whether they "
     "have taken decisive action to maintain crime fighting capacity.",
     "Director of Finance", dt.date(2015, 6, 30), "", "Complete", None, True,
     "force-only (closed): Policing in austerity rec 3 is not on the HMICFRS list")
crow("National", "Firearms licensing 2015", dt.date(2015, 9, 15), "1", "Within three months "
     "assess how well governance of firearms licensing meets the standards in APP; put in place "
     "correct arrangements where not complied with", "Supt Firearms Licensing",
     dt.date(2016, 3, 31), "Governance board established.", "Complete", "firearms0")
crow("National", "Firearms licensing 2015", dt.date(2015, 9, 15), "3", "Immediately satisfy "
     "ourselves all appropriate action is being taken re 'total expired' licensing records",
     "Supt Firearms Licensing", dt.date(2016, 1, 31), "", "Complete", "firearms2")
crow("National", "PEEL Legit 17 S&S", dt.date(2017, 12, 12), "3", "Publish S&S analysis and "
     "any actions taken at least annually, from July 2018", "ACC Local Policing",
     dt.date(2023, 8, 31), "Annual S&S report published on website 08/2023. Submitted to "
     "HMICFRS for closure 09/2023.", "Complete", "leg173")
crow("National", "PEEL Legit 17 S&S", dt.date(2017, 12, 12), "4", "By July 2018 and ongoing "
     "all officers who use S&S powers provided with, and understand, training on unconscious "
     "bias and CoP APP on S&S", "Head of Learning & Development", dt.date(2019, 3, 31), "",
     "Complete", "leg174")
crow("National", "Police powers spotlight (Feb 21)", dt.date(2021, 2, 26), "2", "By July 2021 "
     "communication skills reinforced through CPD; supervisors supported to debrief officers "
     "routinely using BWV footage", "Head of Learning & Development", dt.date(2022, 1, 31), "",
     "Complete", "powers1")
crow("Local", "Force improvement plan", "Apr-22", "FIP 7", "Local action: Rewrite the hate "
     "crime policy and publish it on the intranet with a communications plan",
     "ACC Local Policing", dt.date(2022, 11, 30), "Published 11/2022.", "Complete", None, True,
     "force-only (closed): force improvement plan action, not an HMICFRS item")

# ---------------- Summary (not items) ----------------
summary.append(["West Mercia Police - HMICFRS recommendations tracker"])
summary["A1"].font = Font(bold=True, size=14)
summary.append(["Prepared for the Joint Audit Committee, March 2024"])
summary.append([])
summary.append(["Sheet", "Items", "Open", "Complete / closed"])
for c in summary[4]:
    c.font = Font(bold=True)
DONE_WORDS = ("GREEN", "COMPLETE", "WHITE", "GREY", "SUPERSEDED")
for sh, col in ((coc, 8), (rec, 8), (afi, 8), (natws, 7), (clo, 9)):
    n = d = 0
    for r in range(5, sh.max_row + 1):
        v = sh.cell(r, col).value
        if v:
            n += 1
            d += str(v).upper().startswith(DONE_WORDS)
    summary.append([sh.title, n, n - d, d])
summary.append([])
summary.append(["Key", "GREEN / Complete = implemented; AMBER = in progress; RED = off track; "
                "WHITE = not WMP responsibility; GREY = superseded"])
summary.column_dimensions["A"].width = 22
summary.column_dimensions["B"].width = 12

twb.save(OUT / "tracker.xlsx")

# --------------------------------------------------------------------------------------------
# Truth
# --------------------------------------------------------------------------------------------
def default_category(hkey: str) -> tuple[str, str]:
    st = H[hkey][3]
    done = all(force_done_of[hkey])
    h_open = st in OPEN
    if h_open and done:
        return "closeable_submit", f"HMICFRS {st}; force records it as done"
    if not h_open and not done:
        return "closeable_local", f"HMICFRS {st}; force still has it open"
    if h_open:
        return "in_sync", f"open on both (HMICFRS {st})"
    return "in_sync", f"closed on both (HMICFRS {st})"


rows_out = []
for hkey, prov, override, why in pending:
    if hkey is None:
        rows_out.append(("", prov, "not_on_hmicfrs_list", why))
        continue
    cat, auto_why = default_category(hkey)
    if override:
        cat = override
    rows_out.append((f"Export!{HROW[hkey]}", prov, cat, why or auto_why))

LOST_WHY = {
    "coc1r6": "force lost it: PEEL 2018/19 CoC 1 rec on consulting the public about business "
              "planning has no row (no CoC 1 – R6 on any sheet; R4 is on Closed)",
    "core1": "force lost it: Core Business rec on recording/evaluating crime prevention "
             "activity has no row",
    "firearms3": "force lost it: Targeting the risk rec on temporary permits has no row "
                 "(National Recs has 2 and 5, Closed has 1 and 3)",
    "stolen5": "force lost it: Stolen Freedom rec on investigating/supervising MSHT "
               "allegations has no row (National Recs has 5 then 7)",
    "leg170": "force lost it: the national PEEL legitimacy 2017 cause of concern on stop and "
              "search is on no sheet",
    "p24b": "force lost it: PEEL 2023/24 AFI on county lines offenders not added to AFIs sheet",
}
for k in HROWS:
    if k not in force_done_of:
        assert k in LOST_WHY, k
        rows_out.append((f"Export!{HROW[k]}", "", "missing_from_force", LOST_WHY[k]))
assert set(LOST_WHY) <= set(H)

# order by hmicfrs row then force row
def sortkey(t):
    h = int(t[0].split("!")[1]) if t[0] else 10_000
    return (h, t[1])


rows_out.sort(key=sortkey)
with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(rows_out)

from collections import Counter  # noqa: E402
print("HMICFRS items:", len(H))
print("force item rows:", len(pending))
print("truth lines:", len(rows_out))
print(Counter(t[2] for t in rows_out))
