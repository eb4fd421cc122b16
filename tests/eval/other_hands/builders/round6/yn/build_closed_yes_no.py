"""Case closed_yes_no: West Mercia Police. HMICFRS list as a register CSV export; the force
tracker is a themed xlsx with a 'Closed? (Y/N)' column instead of a status word."""
from __future__ import annotations

import csv
import datetime as dt
import os
import random

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side

from common import (CDI_VICTIMS_BODY, LEADS, category, force_should, nat, nat_date, nat_title,
                    real, why_for, write_truth)

OUT = "/tmp/indep6/yn/closed_yes_no"
os.makedirs(OUT, exist_ok=True)
rng = random.Random(20240521)

FORCE = "West Mercia Police"
VUL, WF, INV, LC = "Vulnerability", "Workforce", "Investigations", "Leadership & culture"
THEMES = [VUL, WF, INV, LC]

# ---------------------------------------------------------------- reports on the HMICFRS list
REPORTS = {
    "R1": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police",
           dt.date(2019, 5, 2)),
    "CDI": ("Crime data integrity inspection 2018 – West Mercia Police", dt.date(2018, 11, 8)),
    "R2": ("PEEL 2021/22: An inspection of West Mercia Police", dt.date(2022, 6, 10)),
    "R3": ("PEEL 2023–2025: An inspection of West Mercia Police", dt.date(2024, 3, 8)),
}
for k in ["sas13", "everyone", "core", "integrity", "sas15", "picture", "firearms", "stolen",
          "efc17", "leg17", "powers"]:
    REPORTS[k] = (nat_title(k), dt.date(*nat_date(k)))

REC, AFI, COC = "Recommendation", "Area for improvement", "Cause of concern"

# Recurring tracker wordings: the same retyped text under two or three Source cells.
RUI_T = ("Improve understanding of suspects released under investigation (RUI) & management of "
         "those released on bail")
UB_T = ("Ensure all officers who use S&S powers have been provided with, and understand, training "
        "on unconscious bias & CoP APP on S&S")
FA_T = ("Assess demand on the firearms licensing dept and ensure capacity to meet demand & provide "
        "an efficient and effective service at all times")
CS_T = ("Officers & staff to have effective communication skills in line with the National "
        "Policing Guidelines on Conflict Management")
SAS_T = ("Comply with Code of Practice – explain to the public how S&S powers are used in our area "
         "& arrange for S&S records to be scrutinised by community representatives")
UOF_T = ("Effective internal monitoring processes on use of force – identify & understand "
         "disproportionate use, explain reasons & implement improvement action")
THR_T = ("Provide call-handlers with specific, sound & comprehensible criteria to assess threat, "
         "harm and risk")
IM_T = ("Put in place arrangements to scrutinise audits of compliance with the APP on information "
        "management through the force IM governance structure")

SL = "HMICFRS – Stolen freedom (2017), rec {}"
FR = "HMIC – Targeting the risk (2015), rec {}"
LG = "PEEL Legitimacy 2017 (national) rec {}"
PW = "Disproportionate use of police powers (2021) rec {}"

# Each item: key, report, type, HMICFRS text, HMICFRS open?, theme, tracker rows
#   (list of (source, text, done)), category override, why override.
# done: True/False. Empty rows list = missing_from_force.
I = []


def item(k, rep, typ, text, h_open, theme, rows, cat=None, why=None, hword=None):
    I.append(dict(k=k, rep=rep, typ=typ, text=text, h_open=h_open, theme=theme, rows=rows,
                  cat=cat, why=why, hword=hword))


# --- PEEL 2018/19 (real West Mercia texts)
item("r1", "R1", REC, real(0), False, INV, [("PEEL 2018/19 rec 1",
     "Conduct a review of officers capabilities & capacity to manage their investigative workload, "
     "to better understand investigative demand and pressures.", True)])
item("r2", "R1", REC, real(1), False, VUL, [("PEEL 2018/19 rec 2", real(1), False)])
item("r3", "R1", REC, real(2), False, WF, [("PEEL 2018/19 rec 3",
     "Expand skills project to include assessment of all skills (not only operational) incl. future "
     "skills requirements – to inform workforce plans", True)])
item("r4", "R1", REC, real(3), False, LC, [("PEEL 2018/19 rec 4",
     "Agree arrangements with Warwickshire Police to secure smooth transition to future operating "
     "model (end of alliance) with no disruption to public services", False)])
item("r5", "R1", REC, real(4), False, LC, [("PEEL 2018/19 rec 5",
     "Clearly define new operating model, ensuring all operational and support services are "
     "affordable and fit to protect the communities of West Mercia", True)])
item("r6", "R1", REC, real(5), True, LC, [("PEEL 2018/19 rec 6",
     "Improve arrangements to consult with the public about business planning and feed back on "
     "changes made as a result.", True)])
item("r7", "R1", REC, real(6), True, INV, [("PEEL 2018/19 rec 7",
     "HMIC recommends that within six months the force should: ensure regular and active supervison "
     "of the quality and progress of investigations. This supervison should be properly recorded;",
     False)])
item("r8", "R1", REC, real(9), True, INV, [("PEEL 2018/19 rec 8",
     "Improve ability to retrieve digital evidence from mobile phones, computers & other devices "
     "quickly enough so investigations are not delayed", True)])
item("r9", "R1", REC, real(10), False, INV, [("PEEL 2018/19 rec 9", RUI_T, True)],
     hword="complete")
item("coc1", "R1", COC, real(7), False, LC, [("PEEL 2018/19 CoC 1",
     "Cause of concern – no suitable arrangements to maintain the full range of public services when "
     "the alliance with Warwickshire Police ends (gaps in workforce skills assessment, investigative "
     "approach, safeguarding)", True)])
item("coc2", "R1", COC, real(8), True, INV, [("PEEL 2018/19 CoC 2", real(8), False)])

# --- CDI 2018
cdi_text = "Within six months the force should " + CDI_VICTIMS_BODY + "."
item("c1", "CDI", REC, cdi_text, True, VUL, [
    ("CDI 2018 rec 1.1", "At the point of report, victims are believed", True),
    ("CDI 2018 rec 1.2", "Conversations between call handlers and callers summarised accurately in "
     "the incident log so attending officers have full facts for crime-recording decisions", True),
    ("CDI 2018 rec 1.3", "Multiple crimes always recorded when described within incident records or "
     "identified as part of other recorded crime investigations", False),
    ("CDI 2018 rec 1.4", "Online reports of crime triaged at point of receipt so ongoing risks to "
     "the victim or wider public are identified and managed", True),
], cat="conflict",
     why="force split the five-bullet item into four rows; no row for the bullet 'the practice of "
         "awaiting the results of medical examinations or video interviews before making "
         "crime-recording decisions is stopped'")
item("c2", "CDI", REC, "Within three months, the force should provide call-handlers with specific, "
     "sound and comprehensible criteria against which they can assess threat, harm and risk.",
     True, VUL, [("CDI 2018 rec 2", THR_T, False)])

# --- PEEL 2021/22 AFIs
item("a1", "R2", AFI, force_should(7), False, INV, [("PEEL 2021/22 AFI 1", RUI_T, True)],
     hword="complete")
item("a2", "R2", AFI, force_should(31), True, WF, [("PEEL 2021/22 AFI 2", UB_T, False)])
item("a3", "R2", AFI, force_should(37), True, INV, [("PEEL 2021/22 AFI 3", FA_T, False)],
     hword="awaiting-review")
item("a4", "R2", AFI, force_should(15), True, WF, [("PEEL 2021/22 AFI 4",
     "Ensure all staff have at least the lowest level of vetting clearance for their roles asap – "
     "clear the vetting backlog and renewals so fully compliant with national vetting guidelines",
     True)])
item("a5", "R2", AFI, force_should(40), True, WF, [("PEEL 21/22 AFI 5", force_should(40), False)])
item("a6", "R2", AFI, force_should(41), True, VUL, [("PEEL 21/22 AFI 6",
     "Effective supervision of initial risk assessment process – completion of DASH in appropriate "
     "cases", True)])
item("a7", "R2", AFI, force_should(13), True, WF, [("PEEL 2021/22 AFI 7",
     "Develop future workforce plan aligned with overall demand and budget (resource allocations, "
     "skills mix, behaviours)", False)])
item("a8", "R2", AFI, force_should(11), False, LC, [("PEEL 2021/22 AFI 8",
     "Undertake further work to gain a fuller understanding of current demand for its services and "
     "likely future changes in demand…", False)])
item("a9", "R2", AFI, force_should(14), True, INV, [("PEEL 2021/22 AFI 9",
     "Improve use of crime recording & management system to better manage case files & "
     "investigative processes", False)])
item("a10", "R2", AFI, force_should(12), True, LC, [("PEEL 2021/22 AFI 10",
     "Develop understanding of the links between outcomes, outputs and costs", True)])
item("a11", "R2", AFI, force_should(58), True, INV, [])
item("a12", "R2", AFI, force_should(19), True, VUL, [("PEEL 2021/22 AFI 12",
     "Review approach to reports of missing children – call takers use missing/absent category "
     "appropriately; call takers & frontline staff can identify CSE risk factors; supervisors "
     "provide correct oversight of missing person enquiries", False)])
item("a13", "R2", AFI, force_should(32), True, WF, [("PEEL 2021/22 AFI 13", CS_T, False)])
item("a14", "R2", AFI, force_should(23), True, LC, [("PEEL 2021/22 AFI 14",
     "Make sure all processes in place to support performance management are effective", False)])
item("a15", "R2", AFI, force_should(22), False, LC, [("PEEL 2021/22 AFI 15",
     "Corporate risk register to be actively used to mitigate & manage known risks", True)])

# --- PEEL 2023-25
item("b1", "R3", AFI, force_should(7), True, INV, [("PEEL 2023/25 AFI 1", RUI_T, False)])
item("b2", "R3", REC, "Within six months, the force should " + "make sure there are appropriate "
     "strategic oversight arrangements in place to manage risks, performance and improvement plans "
     "effectively.", True, LC, [("PEEL 2023/25 AFI 10",
     "Within 6 months – make sure there are appropriate strategic oversight arrangements in place to "
     "manage risks, performance & improvement plans effectively", False)], cat="conflict",
     why="type differs: HMICFRS lists it as a Recommendation (with a six-month deadline); the "
         "tracker's Source calls it 'PEEL 2023/25 AFI 10'")
item("b3", "R3", AFI, force_should(27), True, LC, [("PEEL 2023/25 AFI 2",
     "Provide a confidential way for staff to raise concerns & make sure staff are aware of "
     "whistleblowing processes", False)], hword="awaiting-review")
item("b4", "R3", AFI, force_should(25), True, LC, [("PEEL 2023/25 AFI 3",
     "Put plans in place to monitor team cultures (incl. staff feedback) and provide prompt "
     "remedial action for any issues identified", False)], hword="awaiting-review")
item("b5", "R3", AFI, force_should(29), True, WF, [("PEEL 2023/25 AFI 4",
     "Review how we gather and use equality & diversity data to improve understanding of workforce "
     "demographics", True)])
item("b6", "R3", AFI, force_should(26), True, WF, [])
item("b7", "R3", AFI, force_should(34), True, LC, [("PEEL 2023/25 AFI 6", UOF_T, False)])
item("b8", "R3", AFI, force_should(24), True, LC, [("PEEL 23-25 AFI 7", force_should(24), False)])
item("b9", "R3", AFI, force_should(51), True, INV, [("PEEL 2021/22 AFI 16",
     "Improve supervision of investigations so investigation plans are set, reviewed & recorded and "
     "victims receive a consistently good service", False)], cat="conflict",
     why="report differs: HMICFRS holds this AFI under PEEL 2023–2025; the tracker's Source says "
         "'PEEL 2021/22 AFI 16' (PEEL 2021/22 has only 15 AFIs and none with this wording)")
item("b10", "R3", REC, "By 31 October 2024, the force should make sure it provides accessible "
     "information for all staff and members of the public on how they can raise concerns and "
     "access confidential support (including through external agencies).", True, LC,
     [("PEEL 2023/25 rec 2", "By 31 October 2024 – provide accessible information for all staff "
       "and public on how to raise concerns and access confidential support (incl. external "
       "agencies)", True)], hword="awaiting-review")
item("b11", "R3", AFI, force_should(60), True, LC, [("PEEL 2023/25 AFI 9", IM_T, False)])

# --- national reports
item("sas13_1", "sas13", REC, nat("sas13", 1), True, LC, [])
item("sas13_2", "sas13", REC, nat("sas13", 2), False, LC, [("HMIC – Stop and search powers (2013), "
     "rec 2", "Establish or improve monitoring of the way officers stop & search people (lawful incl. "
     "equality legislation & Code of Practice; used effectively)", True)])
item("sas13_3", "sas13", REC, nat("sas13", 3), False, LC,
     [("HMIC – Stop and search powers (2013), rec 3", SAS_T, True)])
item("sas15_1", "sas15", REC, nat("sas15", 1), True, LC,
     [("HMIC – Stop and search powers 2 (2015), rec 1", SAS_T, False)])
item("everyone", "everyone", REC, nat("everyone", 1), False, VUL,
     [("HMIC – Everyone's business (2014), rec 1", "Establish & publish DA action plan setting out "
       "steps to improve approach to DA (consult PCC, DA support orgs, victims' reps; DHRs & IPCC "
       "findings; CPS scrutiny panels & MARAC self-assessments)", True)])
item("integrity", "integrity", REC, nat("integrity", 1), False, LC,
     [("HMIC – Integrity matters (2015), rec 1", "By 31 August 2015, satisfy ourselves processes in "
       "place to ensure investigations into misconduct resulting in 'no further action' are fair & "
       "free of discrimination", False)])
item("picture", "picture", REC, nat("picture", 1), True, LC, [])
item("fa1", "firearms", REC, nat("firearms", 1), True, INV, [(FR.format(1),
     "Within six months, CCs to assess how well governance of firearms licensing meets the "
     "standards in APP; put in place correct arrangements where standards not met", False)],
     cat="conflict", why="timescale differs: HMICFRS 'Within three months' vs tracker 'Within six "
     "months'")
item("fa2", "firearms", REC, nat("firearms", 2), False, INV, [(FR.format(2), FA_T, True)])
item("fa3", "firearms", REC, nat("firearms", 3), True, INV, [])
item("fa4", "firearms", REC, nat("firearms", 4), True, INV, [(FR.format(4),
     "Temporary permits – arrangements in accordance with HO guidance, recorded without delay on "
     "NFLMS; systems so certificate holders not in unlawful possession of a firearm", True)])
item("fa5", "firearms", REC, nat("firearms", 5), False, INV, [(FR.format(5),
     "Systems to identify, prior to attendance, whether an incident involves / is at the address of "
     "a firearm certificate holder – always applied by dispatchers; officers understand risk "
     "assessment & power to seize", False)])
item("sf1", "stolen", REC, nat("stolen", 1), True, VUL, [
    (SL.format("1a"), "Within 12 months review MSHT leadership & governance: senior leaders "
     "prioritise the response to MSHT", True),
    (SL.format("1b"), "…every MSHT incident allocated appropriate resources with the skills, "
     "experience & capacity to investigate it", True),
    (SL.format("1c"), "…effective partnership arrangements to co-ordinate activity, share info & "
     "safeguard victims", False),
    (SL.format("1d"), "…performance & QA measures in place so senior leaders can assess the quality "
     "of service to victims", True),
])
item("sf2", "stolen", REC, nat("stolen", 2), True, VUL, [(SL.format(2),
     "Within 12 months, forces to have active information-sharing agreements (ISAs) with other "
     "agencies to speed exchange of intelligence, safeguard victims & identify suspects early",
     False)], cat="conflict",
     why="timescale differs: HMICFRS 'Within six months' vs tracker 'Within 12 months'")
item("sf3", "stolen", REC, nat("stolen", 3), True, VUL, [])
item("sf4", "stolen", REC, nat("stolen", 4), True, VUL, [(SL.format(4),
     "Immediately – ensure fully compliant with the NRM process and notify the HO of any individual "
     "suspected to be an adult victim of MSHT (MSA 2015)", True)])
item("sf5", "stolen", REC, nat("stolen", 5), True, INV, [("HMICFRS – Stolen freedom (2018), rec 5",
     "Fully comply with NCRS for MSHT offences; sufficient audit capacity for the FCR to identify "
     "gaps in crime-recording accuracy", False)], cat="conflict",
     why="publication date differs: HMICFRS has Stolen freedom published 24/10/2017; the tracker's "
         "Source says 'Stolen freedom (2018)'")
item("sf6", "stolen", REC, nat("stolen", 6), False, INV, [(SL.format(6),
     "Immediately, forces should ensure that allegations or indications of modern slavery and human "
     "trafficking are thoroughly investigated and effectively supervised by teams and individuals "
     "with the skills and experience to undertake them", True)])
item("sf7", "stolen", REC, nat("stolen", 7), True, VUL, [(SL.format(7),
     "Review use of preventative powers under the Modern Slavery Act 2015 (STPOs / STROs)", False)])
item("efc17", "efc17", REC, nat("efc17", 1), True, LC, [("PEEL Efficiency 2017 (national) rec 1",
     "Produce an ambitious plan to improve digitally-enabled services (Digital Policing Strategy)",
     True)])
item("lg_coc", "leg17", COC, nat("leg17", 1), False, LC, [("PEEL Legitimacy 2017 (national) CoC",
     "HMICFRS concerned forces cannot demonstrate S&S use is consistently reasonable and fair – "
     "over-representation of BAME people in S&S data", True)])
item("lg1", "leg17", REC, nat("leg17", 2), True, LC, [(LG.format(1),
     "By July 2018 – regularly monitor comprehensive S&S data: reasons for disproportionality; find "
     "rates by ethnicity & search type; prevalence of possession-only drug searches", False)])
item("lg2", "leg17", REC, nat("leg17", 3), False, LC, [(LG.format(2),
     "Where disparities identified – demonstrate to the public research & analysis done to "
     "understand reasons and action taken to reduce disparity", False)])
item("lg3", "leg17", REC, nat("leg17", 4), True, LC, [(LG.format(3),
     "Publish the analysis and any actions taken at least annually, from July 2018", True)])
item("lg4", "leg17", REC, nat("leg17", 5), False, WF, [(LG.format(4), UB_T, True)])
item("pw1", "powers", REC, nat("powers", 1), False, WF, [(PW.format(1), CS_T, True)])
item("pw2", "powers", REC, nat("powers", 2), True, WF, [(PW.format(2),
     "By July 2021 – communication skills reinforced in CPD; supervisors supported to debrief "
     "officers using BWV footage", False)])
item("pw3", "powers", REC, nat("powers", 3), True, LC, [
    (PW.format("3(i)"), "Officers record on BWV the entirety of all S&S encounters incl. traffic "
     "stops & use of force incidents", True),
    (PW.format("3(ii)"), "Structured process to regularly review a sufficient sample of BWV "
     "footage – disseminate learning & hold officers to account", True),
    (PW.format("3(iii)"), "External scrutiny panel access to samples of BWV footage of S&S and use "
     "of force incidents", True),
])
item("pw5", "powers", REC, nat("powers", 5), False, LC, [(PW.format(5), UOF_T, True)])
item("core1", "core", REC, nat("core", 1), False, VUL, [("HMIC – Core business (2014), rec 1",
     THR_T, True)])
item("core2", "core", REC, nat("core", 2), True, INV, [("HMIC – Core business (2014), rec 2",
     "By 31 March 2015 – crime prevention/disruption activity systematically recorded and evaluated "
     "to determine effectiveness of tactics", False)])

# tracker rows not on the list: (theme, source, text, done)
EXTRA = [
    (LC, "HMIC – Policing in austerity (2014), rec 1", "Review plans to deliver savings – continue "
     "to reduce crime & protect the front line while balancing budgets (use VfM profiles)", True),
    (LC, "HMIC – Policing in austerity (2014), rec 4", "Review plans for collaboration – scope for "
     "better VfM & improved capability/capacity via joint working with other forces, public &/or "
     "private sector", False),
    (VUL, "Internal audit 2023/24 – safeguarding", "Internal audit of the domestic abuse governance "
     "arrangements (audit plan 2023/24)", False),
    (INV, "Force action (VAWG delivery plan)", "Dip-sample 50 rape and serious sexual offences crime "
     "reports each quarter and report findings to the Crime Standards Board", True),
    (LC, "JAC action 14/11/2023", "Add counter-corruption measures to the monthly Force Performance "
     "pack", False),
    (WF, "Force action – stalking & harassment plan", "Deliver refresher training on stalking and "
     "harassment to all response and neighbourhood officers", True),
]

assert len(I) == 70, len(I)

# ---------------------------------------------------------------- HMICFRS CSV
ORDER = ["sas13", "everyone", "core", "integrity", "sas15", "picture", "firearms", "stolen",
         "efc17", "leg17", "CDI", "R1", "powers", "R2", "R3"]
used_ids = set()


def new_id(lo, hi):
    while True:
        n = rng.randint(lo, hi)
        if n not in used_ids:
            used_ids.add(n)
            return n


ID_RANGE = {"sas13": (1200, 1900), "everyone": (2300, 2900), "core": (4800, 5200),
            "integrity": (880, 1100), "sas15": (5300, 5900), "picture": (6000, 6400),
            "firearms": (6500, 6990), "stolen": (8200, 8500), "efc17": (8500, 8540),
            "leg17": (8541, 8600), "CDI": (9100, 9400), "R1": (10100, 10400),
            "powers": (12100, 12400), "R2": (14800, 15200), "R3": (17900, 18300)}

C_CLOSED = ["This recommendation is complete",
            "Authorised for closure on the basis of the additional observations offered by members "
            "of the inspection team in recent inspection activity.",
            "This recommendation is complete"]
C_SUPERSEDED = ("This area of activity has subsequently been inspected in HMICFRS's PEEL "
                "inspections. Where a cause of concern still exists this will appear in the "
                "register against these subsequent inspections.")
C_OPEN = ("The progress of the implementation of this recommendation is currently being monitored "
          "by HMICFRS and this record will, in due course, be updated.")

AS_AT = dt.date(2024, 5, 3)


def rand_date(a: dt.date, b: dt.date) -> dt.date:
    if b <= a:
        return a
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


hrows = []  # (item, record number)
by_rep = {}
for it in I:
    by_rep.setdefault(it["rep"], []).append(it)
rec_no = 1
csv_rows = []
for rep in ORDER:
    title, pub = REPORTS[rep]
    for it in by_rep[rep]:
        rid = new_id(*ID_RANGE[rep])
        it["id"] = rid
        if it["h_open"]:
            word = it["hword"] or ("awaiting-review" if pub.year >= 2024 and rng.random() < 0.5
                                   else "being-progressed")
            comment = "New recommendation" if word == "awaiting-review" else C_OPEN
            sdate = rand_date(pub, AS_AT)
        else:
            word = "complete"
            if it["k"] in ("r9", "a1", "r4"):
                comment = C_SUPERSEDED
            else:
                comment = rng.choice(C_CLOSED)
            sdate = rand_date(pub + dt.timedelta(days=120), AS_AT)
        it["hword"] = word
        rec_no += 1
        it["hrow"] = f"hmicfrs.csv!{rec_no}"
        csv_rows.append([rid, FORCE, title, pub.strftime("%d/%m/%Y"), it["typ"], it["text"], word,
                         sdate.strftime("%d/%m/%Y"), comment])

with open(os.path.join(OUT, "hmicfrs.csv"), "w", newline="", encoding="utf-8-sig") as f:
    w = csv.writer(f, quoting=csv.QUOTE_MINIMAL)
    w.writerow(["Recommendation ID", "Force", "Inspection", "Date published", "Type",
                "Recommendation", "Status", "Status date", "Comment"])
    w.writerows(csv_rows)

# ---------------------------------------------------------------- tracker xlsx
DONE_UPD = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Signed off at Organisational Learning Board. Closure evidence pack held on SharePoint.",
    "Already complete / believed to be complete within short time scale (and within deadline).",
    "A Task & Finish group has been set up and a full implementation/project plan, policy rewrite "
    "and communications plan is now completed.",
    "The policy is now signed off and in place with an implementation date of the end of October.",
    "Addressed holistically as part of the force change programme.",
]
OPEN_UPD = [
    "Work undertaken in area but still requires development to complete.",
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Allocated to the Force Crime Registrar. Progress to be reported to the OPCC.",
    "Awaiting allocation.",
    "Task & Finish group meeting monthly; action plan drafted.",
    "xxx",
    None,
]
LEADS2 = [x for x in LEADS]


def closed_word(done: bool) -> str:
    if done:
        return rng.choice(["Y", "Y", "Y", "Yes"])
    return rng.choice(["N", "N", "No", "", ""])


# build theme blocks: list of row dicts
blocks = {t: [] for t in THEMES}
for it in I:
    if not it["rows"]:
        continue
    for (src, txt, done) in it["rows"]:
        blocks[it["theme"]].append(dict(item=it, src=src, text=txt, done=done))
for (theme, src, txt, done) in EXTRA:
    blocks[theme].append(dict(item=None, src=src, text=txt, done=done))

# local rows are inserted in plausible places (not always at the end of a block)
for t in THEMES:
    rows = blocks[t]
    extras = [r for r in rows if r["item"] is None]
    groups = []  # rows of one item stay together
    for r_ in rows:
        if r_["item"] is None:
            continue
        if groups and groups[-1][0]["item"] is r_["item"]:
            groups[-1].append(r_)
        else:
            groups.append([r_])
    for e in extras:
        groups.insert(rng.randint(len(groups) // 3, len(groups)), [e])
    blocks[t] = [r_ for grp in groups for r_ in grp]

wb = Workbook()
ws = wb.active
ws.title = "Tracker"
HEAD = ["No.", "Source", "Recommendation / AFI", "Lead", "Update", "Closed? (Y/N)", "Date closed",
        "Evidence submitted to HMICFRS?", "Comments"]
ws["A1"] = "West Mercia Police – HMICFRS Recommendations, Causes of Concern & AFIs – Tracker"
ws["A1"].font = Font(bold=True, size=14)
ws.merge_cells("A1:I1")
ws["A2"] = ("Maintained by Organisational Learning & Assurance. Position as at 30/04/2024 for JAC "
            "21 May 2024. Closed = signed off by the chief officer lead at the Organisational "
            "Learning Board.")
ws.merge_cells("A2:I2")
ws["A2"].font = Font(italic=True)
HR = 4
for c, h in enumerate(HEAD, 1):
    cell = ws.cell(HR, c, h)
    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = PatternFill("solid", fgColor="1F3864")
    cell.alignment = Alignment(wrap_text=True, vertical="center")
thin = Side(style="thin", color="999999")

r = HR + 1
prefix = {VUL: "V", WF: "W", INV: "I", LC: "L"}
tr_rows = []  # (row dict, excel row)
n_closed = n_open = 0
odd_evidence = 0
for t in THEMES:
    ws.cell(r, 1, t).font = Font(bold=True, size=12)
    for c in range(1, 10):
        ws.cell(r, c).fill = PatternFill("solid", fgColor="D9E1F2")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    r += 1
    for i, row in enumerate(blocks[t], 1):
        it = row["item"]
        done = row["done"]
        cw = closed_word(done)
        row["cw"] = cw
        pub = REPORTS[it["rep"]][1] if it else dt.date(2023, 4, 1)
        ws.cell(r, 1, f"{prefix[t]}{i:02d}")
        ws.cell(r, 2, row["src"])
        ws.cell(r, 3, row["text"])
        ws.cell(r, 4, rng.choice(LEADS2))
        upd_date = rand_date(max(pub, dt.date(2022, 1, 1)), dt.date(2024, 4, 26))
        upd = rng.choice(DONE_UPD if done else OPEN_UPD)
        if upd:
            ws.cell(r, 5, f"{upd_date.strftime('%d/%m/%y')} – {upd}")
        ws.cell(r, 6, cw)
        if done:
            n_closed += 1
            dc = rand_date(pub + dt.timedelta(days=60), dt.date(2024, 4, 26))
            x = rng.random()
            if x < 0.75:
                ws.cell(r, 7, dc).number_format = "dd/mm/yyyy"
            elif x < 0.88:
                ws.cell(r, 7, dc.strftime("%d/%m/%Y"))
            # else blank
            ev = "Yes" if rng.random() < 0.8 else "No"
        else:
            n_open += 1
            ev = rng.choice(["No", "No", ""])
            # two open rows where evidence was sent but the lead has not closed it
            if it and it["h_open"] and odd_evidence < 2 and rng.random() < 0.25:
                ev = "Yes"
                odd_evidence += 1
                row["odd_ev"] = True
        ws.cell(r, 8, ev)
        if it is None and "austerity" in row["src"]:
            ws.cell(r, 9, "Not on HMICFRS list May 2024 – query with FLL")
        for c in range(1, 10):
            ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(r, c).border = Border(top=thin, bottom=thin, left=thin, right=thin)
        tr_rows.append((row, r))
        r += 1
    r += 1  # blank row between themes
ws.cell(r, 1, f"Total items: {n_closed + n_open}   Closed: {n_closed}   Open: {n_open}").font = \
    Font(bold=True)
r += 1
ws.cell(r, 1, "Key: Closed? Y = closed by chief officer lead; N or blank = open. 'Evidence "
        "submitted' = closure evidence sent to the HMICFRS Force Liaison Lead.")
for col, wdt in zip("ABCDEFGHI", [7, 34, 70, 24, 50, 10, 12, 14, 28]):
    ws.column_dimensions[col].width = wdt
ws.freeze_panes = "C5"

g = wb.create_sheet("Guidance")
for i, line in enumerate([
    "How to use this tracker",
    "1. Items are grouped by theme, not by report. The report and paragraph are in 'Source'.",
    "2. Mark Closed? Y only once the chief officer lead has signed the item off at the "
    "Organisational Learning Board, and enter the date.",
    "3. Record in 'Evidence submitted to HMICFRS?' whether the closure evidence has been sent to "
    "the Force Liaison Lead.",
    "4. Local actions (internal audit, JAC actions) are tracked here too.",
], 1):
    g.cell(i, 1, line)
g.column_dimensions["A"].width = 110
wb.save(os.path.join(OUT, "tracker.xlsx"))

# ---------------------------------------------------------------- truth
lines = []
for it in I:
    if not it["rows"]:
        lines.append((it["hrow"], "", "missing_from_force",
                      f"on the HMICFRS list ({it['hword']}); no tracker row"))
        continue
    my = [(row, rr) for (row, rr) in tr_rows if row["item"] is it]
    if it["cat"]:
        cat, why = it["cat"], it["why"]
    else:
        f_done = all(row["done"] for row, _ in my)
        cat = category(it["h_open"], f_done)
        words = "/".join((row["cw"] or "(blank)") for row, _ in my)
        if len(my) > 1:
            why = (f"split into {len(my)} rows, Closed? {words}: "
                   + ("all closed" if f_done else "not all closed")
                   + f"; HMICFRS '{it['hword']}'")
        else:
            why = why_for(cat, it["hword"], "Closed? = " + (my[0][0]['cw'] or "(blank)"))
        if any(row.get("odd_ev") for row, _ in my):
            why += " (evidence sent to HMICFRS but Closed? not Y)"
        if it["k"] in ("r9", "a1", "b1", "a2", "lg4", "a3", "fa2", "sas13_3", "sas15_1", "a13",
                       "pw1", "b7", "pw5", "c2", "core1", "b11"):
            why += "; same tracker wording under another Source – only the Source cell tells them apart"
    for row, rr in my:
        lines.append((it["hrow"], f"Tracker!{rr}", cat, why))
for row, rr in tr_rows:
    if row["item"] is None:
        lines.append(("", f"Tracker!{rr}", "not_on_hmicfrs_list",
                      f"tracker row '{row['src']}' has no item on the HMICFRS list"))
write_truth(os.path.join(OUT, "truth.csv"), lines)

from collections import Counter  # noqa: E402
print("items", len(I), "csv records", len(csv_rows), "tracker item rows", len(tr_rows),
      "truth lines", len(lines))
print(Counter(l[2] for l in lines))
print(Counter(it["cat"] or "auto" for it in I))
