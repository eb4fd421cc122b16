"""Builder for the independent case `own_words_action_plan` (West Midlands Police).

The force keeps an action plan in which nearly every HMICFRS item is rewritten in the force's
own words ("What we will do"). HMICFRS texts come only from the real text lists in
/work/main/reconcile/casegen/texts (read as data). Run with /work/main/.venv/bin/python.
"""
import csv
import datetime as dt
import random
import sys

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import (  # noqa: E402  (data only)
    AFI, BODIES, BWV_2021, CAUSES, COC, CONTROL_ROOM, EVERYONE_PLAN, FIREARMS, NAT, NATIONAL,
    REC, SAS_MONITORING_2017, SF_LEADERSHIP, TOPIC_BODIES,
)

import openpyxl  # noqa: E402
from openpyxl.styles import Alignment, Font, PatternFill  # noqa: E402

random.seed(1212)
OUT = "/tmp/indep12/ownwords/own_words_action_plan"


def topic(i, t):
    return "The force should " + TOPIC_BODIES[i].format(t=t) + "."


def body(i):
    return BODIES[i]


D = dt.date
# ---------------------------------------------------------------------------------------------
# HMICFRS side: reports, items. Each item: key, ref, type, status, text.
# ---------------------------------------------------------------------------------------------
sas13 = NATIONAL["sas13"][2]
core = NATIONAL["core"][2]
integ = NATIONAL["integrity"][2]
fa = NATIONAL["firearms"][2]
stolen = NATIONAL["stolen"][2]
efc17 = NATIONAL["efc17"][2]
leg17 = NATIONAL["leg17"][2]
powers = NATIONAL["powers"][2]

T_SAS13 = NATIONAL["sas13"][0]
T_EVERY = NATIONAL["everyone"][0]
T_CORE = NATIONAL["core"][0]
T_INTEG = NATIONAL["integrity"][0]
T_FA = NATIONAL["firearms"][0]
T_STOLEN = NATIONAL["stolen"][0]
T_EFC17 = NATIONAL["efc17"][0]
T_LEG17 = NATIONAL["leg17"][0]
T_POWERS = NATIONAL["powers"][0]
T_EFF15 = "PEEL: Police effectiveness 2015"
T_EFF16 = "PEEL: Police effectiveness 2016"
T_EFF17 = "PEEL: Police effectiveness 2017"
T_P21 = "PEEL: Police effectiveness, efficiency and legitimacy 2021/22"
T_P23 = "PEEL: Police effectiveness, efficiency and legitimacy 2023/24"

DATES = {
    T_SAS13: D(2013, 7, 9), T_EVERY: D(2014, 3, 27), T_CORE: D(2014, 9, 4),
    T_INTEG: D(2015, 1, 30), T_FA: D(2015, 9, 15), T_EFF15: D(2016, 2, 18),
    T_EFF16: D(2017, 3, 2), T_STOLEN: D(2017, 10, 24), T_EFC17: D(2017, 11, 9),
    T_LEG17: D(2017, 12, 12), T_EFF17: D(2018, 3, 22), T_POWERS: D(2021, 2, 26),
    T_P21: D(2022, 4, 5), T_P23: D(2024, 3, 7),
}

MISSING_CHILDREN_REC = ("To address this cause of concern the force should immediately "
                        + body(19) + ".")
assert "• supervisors provide the correct oversight" in MISSING_CHILDREN_REC

H = []  # (key, ref, report, type, status, text)


def h(key, ref, report, typ, status, text):
    H.append(dict(key=key, ref=ref, report=report, type=typ, status=status, text=text))


OPEN1, OPEN2, DONE, SUP = "Being progressed", "Awaiting review", "Complete", "Superseded"

# Stop and search 2013 (national)
h("A1", 1402, T_SAS13, NAT, DONE, sas13[0][1])
h("A2", 1403, T_SAS13, NAT, DONE, sas13[1][1])
h("A3", 1404, T_SAS13, NAT, OPEN1, sas13[2][1])
# Everyone's business 2014
h("B1", 2360, T_EVERY, NAT, DONE, EVERYONE_PLAN)
# Core business 2014
h("C1", 4835, T_CORE, NAT, DONE, core[0][1])
h("C2", 4836, T_CORE, NAT, OPEN1, core[1][1])
# Integrity matters 2015
h("D1", 5210, T_INTEG, NAT, OPEN1, integ[0][1])
# Targeting the risk 2015
h("E1", 6120, T_FA, NAT, OPEN1, fa[0][1])
h("E2", 6121, T_FA, NAT, OPEN1, FIREARMS)
h("E3", 6122, T_FA, NAT, DONE, fa[2][1])
h("E4", 6123, T_FA, NAT, OPEN1, fa[3][1])
h("E5", 6124, T_FA, NAT, OPEN1, fa[4][1])
# PEEL effectiveness 2015 (force)
h("F1", 6588, T_EFF15, AFI, DONE, topic(0, "child sexual exploitation"))
h("F2", 6589, T_EFF15, AFI, DONE, topic(1, "domestic abuse"))
h("F3", 6590, T_EFF15, AFI, SUP, topic(2, "modern slavery and human trafficking"))
h("F4", 6591, T_EFF15, AFI, DONE, topic(5, "hate crime"))
# PEEL effectiveness 2016 (force)
h("G0", 7412, T_EFF16, COC, OPEN1, CAUSES[1])
h("G1", 7413, T_EFF16, REC, OPEN1, MISSING_CHILDREN_REC)
h("G2", 7414, T_EFF16, AFI, SUP, topic(0, "child sexual exploitation"))
h("G3", 7415, T_EFF16, AFI, OPEN1, topic(1, "domestic abuse"))
h("G4", 7416, T_EFF16, AFI, OPEN1, "The force should " + body(41) + ".")
# Stolen freedom 2017
h("I1", 8320, T_STOLEN, NAT, OPEN1, SF_LEADERSHIP)
h("I2", 8321, T_STOLEN, NAT, OPEN1, stolen[1][1])
h("I3", 8322, T_STOLEN, NAT, OPEN1, stolen[2][1])
h("I4", 8323, T_STOLEN, NAT, DONE, stolen[3][1])
h("I5", 8324, T_STOLEN, NAT, OPEN1, stolen[4][1])
h("I6", 8325, T_STOLEN, NAT, OPEN1, stolen[5][1])
h("I7", 8326, T_STOLEN, NAT, DONE, stolen[6][1])
# PEEL efficiency 2017 national
h("J1", 8455, T_EFC17, NAT, OPEN1, efc17[0][1])
# PEEL legitimacy 2017 national
h("K0", 8561, T_LEG17, COC, OPEN1, leg17[0][1])
h("K1", 8562, T_LEG17, NAT, OPEN1, SAS_MONITORING_2017)
h("K2", 8563, T_LEG17, NAT, OPEN1, leg17[2][1])
h("K3", 8564, T_LEG17, NAT, OPEN1, leg17[3][1])
h("K4", 8565, T_LEG17, NAT, DONE, leg17[4][1])
# PEEL effectiveness 2017 (force)
h("H1", 8702, T_EFF17, AFI, OPEN1, topic(0, "child sexual exploitation"))
h("H2", 8703, T_EFF17, AFI, OPEN1, topic(1, "domestic abuse"))
h("H3", 8704, T_EFF17, AFI, OPEN1, topic(2, "modern slavery and human trafficking"))
h("H4", 8705, T_EFF17, AFI, OPEN1, topic(12, "domestic abuse"))
# Disproportionate use of police powers 2021
h("L1", 12044, T_POWERS, NAT, OPEN1, powers[0][1])
h("L2", 12045, T_POWERS, NAT, OPEN1, powers[1][1])
h("L3", 12046, T_POWERS, NAT, OPEN1, BWV_2021)
h("L4", 12047, T_POWERS, NAT, DONE, powers[3][1])
h("L5", 12048, T_POWERS, NAT, OPEN1, powers[4][1])
# PEEL 2021/22 (force)
h("M1", 13310, T_P21, AFI, OPEN1, topic(12, "domestic abuse"))
h("M2", 13311, T_P21, AFI, OPEN1, topic(11, "people with mental ill health"))
h("M3", 13312, T_P21, AFI, OPEN1, CONTROL_ROOM)
h("M4", 13313, T_P21, AFI, OPEN1, topic(8, "stalking and harassment"))
h("M5", 13314, T_P21, AFI, OPEN1, "The force should " + body(51) + ".")
h("M6", 13315, T_P21, AFI, OPEN1, "The force should " + body(7) + ".")
h("M7", 13316, T_P21, AFI, OPEN1, topic(9, "county lines drug dealing"))
h("M8", 13317, T_P21, AFI, OPEN1, topic(14, "online child sexual abuse"))
h("M9", 13318, T_P21, AFI, OPEN1, topic(3, "violence against women and girls"))
# PEEL 2023/24 (force)
h("N1", 15102, T_P23, AFI, OPEN2, "The force should " + body(51) + ".")
h("N2", 15103, T_P23, AFI, OPEN2, topic(5, "anti-social behaviour"))
h("N3", 15104, T_P23, AFI, OPEN2, topic(4, "honour-based abuse"))
h("N4", 15105, T_P23, AFI, OPEN1, "The force should " + body(7) + ".")
h("N5", 15106, T_P23, AFI, OPEN2, topic(12, "fraud"))
h("N6", 15107, T_P23, AFI, OPEN2, topic(11, "domestic abuse"))

assert "within six months" in H[[x["key"] for x in H].index("I2")]["text"].lower()
HK = {x["key"]: x for x in H}
assert len(HK) == len(H)

# HMICFRS export order: by reference (as the register numbers them)
H.sort(key=lambda x: x["ref"])
for i, x in enumerate(H):
    x["row"] = i + 2  # header on row 1

# ---------------------------------------------------------------------------------------------
# Force side: the action plan, newest report first, in the force's own words.
# Item rows: (No., What we will do, Type, Lead, Due, Progress update, Status, [hmicfrs keys])
# ---------------------------------------------------------------------------------------------
NDL = "No deadline set by HMICFRS"
sections = []


def sec(heading, rows):
    sections.append((heading, rows))


sec("HMICFRS PEEL 2023/24 – published 7 March 2024", [
    ("AFI1", "Improve supervision of investigations – plans set, reviewed and recorded on the RMS",
     "AFI", "Det Ch Supt Force CID", D(2025, 3, 31),
     "02/09/2024 – Investigation standards toolkit launched; supervisor dip-sampling started in two LPAs.",
     "In progress", ["N1"]),
    ("AFI2", "Make sure reports of ASB are recorded accurately and without delay", "AFI",
     "Force Crime Registrar", D(2025, 3, 31),
     "16/08/2024 – ASB recording audit booked for Q3.", "Open - Actions on going on track", ["N2"]),
    ("AFI3", "Train officers and staff to recognise and respond to HBA", "AFI",
     "Head of Learning & Development", "Q4 24/25",
     "05/09/2024 – HBA e-learning module commissioned.", "In progress", ["N3"]),
    ("AFI4", "Tighten RUI and bail management with a weekly review of the RUI list", "AFI",
     "Head of Criminal Justice", D(2024, 12, 31),
     "05/09/2024 – Weekly RUI review in place in CID; PPU to follow.", "In progress", ["N4"]),
    ("AFI5", "Keep fraud victims updated on their case in line with the Victims' Code", "AFI",
     "Det Ch Supt Force CID", D(2025, 6, 30), None, "In Progress", ["N5"]),
    ("AFI6", "Reduce attendance times for DA calls for service", None, "Supt Contact Centre",
     D(2025, 3, 31), "30/08/2024 – DA attendance now in the monthly performance pack.",
     "Open - Actions on going on track", ["N6"]),
])
sec("HMICFRS PEEL 2021/22 – published 5 April 2022", [
    ("AFI1", "Victims of DA kept informed about progress of their case in line with the Victims' Code",
     "AFI", "Ch Supt Public Protection", D(2023, 3, 31),
     "11/07/2024 – VCOP compliance at 78% (target 90%). Remains open.", "In progress", ["M1"]),
    ("AFI2", "Cut the time it takes us to attend calls involving people in mental health crisis",
     "AFI", "Supt Contact Centre", D(2023, 9, 30),
     "11/07/2024 – Right Care Right Person phase 2 live; attendance times being tracked.",
     "In progress", ["M2"]),
    ("R1", "Staff the control room to the resourcing model so demand is met without harming staff wellbeing",
     "Recommendation", "Supt Contact Centre", D(2023, 12, 31),
     "11/07/2024 – Recruitment of 40 call handlers under way; wellbeing survey repeated.",
     "Open - Actions on going on track", ["M3"]),
    ("AFI3", "Make sure we consistently use ancillary orders and other powers to protect victims of stalking and harassment",
     "AFI", "Ch Supt Public Protection", D(2023, 3, 31),
     "04/03/2024 – SPO applications up 60%; process embedded. Evidence sent for closure.",
     "Complete", ["M4"]),
    ("AFI4", "Supervisors to set, review and record investigation plans so every victim gets a good service",
     "AFI", "Det Ch Supt Force CID", D(2023, 3, 31),
     "11/07/2024 – Investigation standards toolkit launched.\nSee also PEEL 23/24 AFI1 – keep open until both closed.", "In progress", ["M5"]),
    ("AFI5", "Know who is RUI or on bail and manage them properly – daily review by CID and PPU",
     "AFI", "Head of Criminal Justice", D(2022, 12, 31),
     "20/01/2023 – Daily bail/RUI management meeting in place. Complete.", "Complete", ["M6"]),
    ("AFI6", "Grow the online CSA investigation team so cases are investigated without delay",
     "AFI", "Ch Supt Public Protection", D(2023, 6, 30),
     "18/06/2024 – Six additional investigators in post. Pending sign off by ACC Crime.",
     "Pending sign off", ["M8"]),
    ("AFI7", "Review our approach to VAWG to make sure victims receive a consistently good service", None,
     "ACC Crime", D(2023, 9, 30),
     "11/07/2024 – VAWG delivery plan refreshed; victim survey results due October.",
     "In progress", ["M9"]),
    ("L1", "Local action: add VAWG measures to the monthly Force Performance pack", None,
     "Head of Corporate Development", D(2023, 3, 31), "Complete – in pack since Feb 23.",
     "Complete", []),
])
sec("Disproportionate use of police powers (spotlight report) – published 26 February 2021", [
    ("1", "Train officers and staff in communication skills in line with the national conflict management guidelines",
     None, "Head of Learning & Development", D(2022, 7, 31),
     "12/06/2024 – 71% of frontline officers trained. Off-track against July 2022.",
     "In progress", ["L1"]),
    ("2", "Build communication skills into CPD and support supervisors to debrief officers using BWV footage",
     None, "Head of Learning & Development", D(2021, 7, 31),
     "30/09/2021 – CPD module live; BWV debrief guide issued to sergeants. Completed.",
     "Complete", ["L2"]),
    ("3", "Record whole S&S and UoF encounters on BWV, review a sample internally, and give scrutiny panels access to footage",
     None, "ACC Local Policing", D(2021, 9, 30),
     "12/06/2024 – BWV activation compliance 88%. Scrutiny panel access agreed with OPCC.",
     "In progress", ["L3"]),
    ("4", "For HO/NPCC – no WMP action; watching brief on UoF data quality", None, None, NDL,
     "Not the force's responsibility to deliver; dependent upon another organisation.",
     "WHITE", ["L4"]),
    ("5", "Monitor UoF internally to spot, explain and act on any disproportionate use", None,
     "ACC Local Policing", D(2021, 7, 31),
     "12/06/2024 – UoF dashboard delayed by Power BI migration.",
     "Open - Actions on going off track", ["L5"]),
])
sec("PEEL: Effectiveness 2017 – published 22 March 2018", [
    ("AFI1", "Refresh the CSE problem profile to understand scale and nature across all LPAs",
     "AFI", "Head of Intelligence", D(2019, 3, 31),
     "10/05/2024 – 2024 profile in draft.", "In progress", ["H1"]),
    ("AFI2", "Make sure DA cases are investigated by skilled officers and properly supervised",
     "AFI", "Ch Supt Public Protection", D(2019, 3, 31),
     "10/05/2024 – PIP2 accreditation for DA investigators 64%.", "In progress", ["H2"]),
    ("AFI3", "Keep DA victims updated on their case in line with the Victims' Code", "AFI",
     "Ch Supt Public Protection", D(2018, 12, 31),
     "Completed. Evidence submitted to HMICFRS for closure.", "Complete", ["H4"]),
])
sec("PEEL Legitimacy 2017 - national (stop and search) – published 12 December 2017", [
    ("CfC", "Show our S&S is reasonable and fair and be able to explain BAME over-representation",
     "Cause for concern", "ACC Local Policing", NDL,
     "12/06/2024 – Disproportionality now reviewed at the S&S Scrutiny Board each quarter.",
     "In progress", ["K0"]),
    ("1", "By July 2018, monitor S&S data: ethnic disproportionality, find rates by ethnicity and search type, possession-only drug searches",
     None, "ACC Local Policing", D(2018, 7, 31),
     "31/07/2018 – S&S monitoring dashboard live. Complete.", "Complete", ["K1"]),
    ("2", "Publish our S&S disparity analysis every year, with the research done and action taken to reduce disparity",
     None, "Head of Corporate Development", "Annual",
     "12/06/2024 – 2023 analysis drafted; publication delayed.", "In progress", ["K2", "K3"]),
    ("3", "All officers who use S&S to complete unconscious bias and CoP APP training", None,
     "Head of Learning & Development", D(2018, 7, 31), "Completed 2019.", "Complete", ["K4"]),
])
sec("PEEL Efficiency 17 (all forces) – published 9 November 2017", [
    ("1", "Produce an ambitious plan for digitally-enabled services in WMP", None,
     "Head of Corporate Development", D(2018, 9, 30),
     "Digital strategy 2018-2021 approved by FET 25/09/2018.\nReady to move to GREEN status.",
     "Complete", ["J1"]),
])
sec("Stolen Freedom (MSHT) – published 24 October 2017", [
    ("1", "Review MSHT leadership and governance: senior leaders prioritise it, every case resourced, partnership working and QA measures in place",
     None, "Det Ch Supt Force CID", D(2018, 10, 31),
     "14/11/2018 – MSHT governance board set up (chair ACC Crime).\n10/05/2024 – Governance review complete; QA framework still to be agreed.",
     "In progress", ["I1"]),
    ("2", "Within 12 months, agree ISAs with partner agencies so MSHT intelligence is shared quickly, victims safeguarded and suspects identified early",
     None, "Head of Intelligence", D(2018, 10, 31),
     "10/05/2024 – ISAs signed with 5 of 7 local authorities.", "In progress", ["I2"]),
    ("3", "Comply fully with the NRM and notify the HO of every suspected adult MSHT victim", None,
     "Det Ch Supt Force CID", "Immediate", "Complete – NRM SPOC in place.", "Complete", ["I4"]),
    ("4", "Make sure MSHT crimes are recorded to NCRS and the FCR has audit capacity to check",
     None, "Force Crime Registrar", "Immediate",
     "22/03/2024 – Audit found 96% compliance. Pending sign off.", "Pending sign off", ["I5"]),
    ("5", "MSHT investigations to be run and supervised by skilled teams, using JITs and overseas agencies where needed",
     None, "Det Ch Supt Force CID", "Immediate",
     "10/05/2024 – Modern Slavery Unit uplift approved.", "In progress", ["I6"]),
    ("6", "Make better use of STPOs and STROs under the Modern Slavery Act 2015", None,
     "Det Ch Supt Force CID", "Immediate",
     "10/05/2024 – Only 3 STROs in 2023. Task & Finish group set up.", "In progress", ["I7"]),
    ("7", "Force action - Appoint a single point of contact for MSHT in each local policing area",
     None, "Det Ch Supt Force CID", D(2018, 3, 31), "SPOCs appointed in all LPAs.", "Complete", []),
])
sec("PEEL Eff 16 – published 2 March 2017", [
    ("CoC", "Get missing and absent children right – correct category, correct risk grade, every time",
     "Cause of concern", "Ch Supt Public Protection", "Immediate",
     "10/05/2024 – Missing persons audit shows improvement; CoC remains open pending re-inspection.",
     "In progress", ["G0"]),
    ("R1a", "Call takers to understand and use the missing and absent categories properly",
     "Recommendation", "Supt Contact Centre", "Immediate",
     "14/09/2017 – Briefing and aide-memoire issued to all call takers.", "Complete", ["G1"]),
    ("R1b", "Call takers and frontline staff trained to spot CSE risk factors and know how to respond",
     "Recommendation", "Head of Learning & Development", "Immediate",
     "20/12/2017 – CSE training delivered to call takers and response officers.", "Complete",
     ["G1"]),
    ("R1c", "Supervisors to oversee all missing person enquiries and direct timely investigation and safeguarding",
     "Recommendation", "Ch Supt Public Protection", "Immediate",
     "10/05/2024 – Supervisory review compliance 81%. Ongoing.", "In progress", ["G1"]),
    ("AFI1", "Better understand the nature and scale of CSE in the West Midlands", "AFI",
     "Head of Intelligence", D(2018, 3, 31), "Superseded by PEEL Eff 2017 AFI1.", "Superseded",
     ["G2"]),
    ("AFI2", "Allocate DA investigations to officers with the right skills and make sure supervisors oversee them",
     "AFI", "Ch Supt Public Protection", D(2018, 3, 31),
     "Completed. Evidence submitted to HMICFRS for closure.", "Complete", ["G3"]),
    ("AFI3", "Supervisors to check initial DASH risk assessments are done whenever they should be",
     "AFI", "Ch Supt Public Protection", D(2018, 3, 31),
     "10/05/2024 – DASH supervision dip-sample: 74% compliant.", "In progress", ["G4"]),
])
sec("PEEL Effectiveness 2015 – published 18 February 2016", [
    ("AFI1", "Produce a CSE problem profile so we understand how much CSE there is and where",
     "AFI", "Head of Intelligence", D(2016, 9, 30), "Complete.", "Complete", ["F1"]),
    ("AFI2", "DA investigations to go to skilled officers with proper supervision", "AFI",
     "Ch Supt Public Protection", D(2016, 9, 30), "Complete.", "Complete", ["F2"]),
    ("AFI3", "Work better with partners to safeguard people at risk of modern slavery", "AFI",
     "Det Ch Supt Force CID", D(2016, 12, 31),
     "10/05/2024 – Partnership MSHT protocol being rewritten.", "In progress", ["F3"]),
    ("AFI4", "Record all hate crime reports accurately and straight away", "AFI",
     "Force Crime Registrar", D(2016, 9, 30), "Complete.", "Complete", ["F4"]),
])
sec("Firearms licensing 2015 (Targeting the Risk) – published 15 September 2015", [
    ("1", "Check firearms licensing governance against APP and make sure the licensing team has the capacity to meet demand",
     None, "Supt Firearms Licensing", D(2015, 12, 15),
     "14/03/2016 – Governance review done; 4 extra licensing staff funded. Complete.",
     "Complete", ["E1", "E2"]),
    ("2", "Make sure every 'total expired' licence record has been actioned", None,
     "Supt Firearms Licensing", "Immediate", "Complete.", "Complete", ["E3"]),
    ("3", "Temporary permits to follow HO guidance, go on NFLMS without delay, and no holder left in unlawful possession",
     None, "Supt Firearms Licensing", D(2015, 12, 15),
     "10/05/2024 – NFLMS entry backlog cleared; weekly check in place.", "In progress", ["E4"]),
    ("4", "Flag certificate holders' addresses so dispatchers warn attending officers, who know the risk assessment and their seizure powers",
     None, "Supt Contact Centre", D(2015, 12, 15),
     "10/05/2024 – Address flagging built into new command and control system; go-live Jan 25.",
     "Open - Actions on going on track", ["E5"]),
])
sec("Building the Picture 2015 (information management) – published 1 July 2015", [
    ("1", "Information Management Board to scrutinise APP information management audits and keep record categories up to date",
     None, "Head of Information Management", D(2015, 11, 30), "Complete – closed by JAC.",
     "Complete", []),
])
sec("Integrity Matters – published 30 January 2015", [
    ("1", "Dip-sample misconduct cases ending in NFA to check outcomes are fair and free of discrimination",
     None, "Head of Professional Standards", D(2015, 8, 31),
     "18/06/2024 – Independent dip-sample complete. Pending sign off by DCC.",
     "Pending sign off", ["D1"]),
])
sec("Core Business – published 4 September 2014", [
    ("1", "Give call handlers clear criteria (THRIVE) to assess threat, harm and risk on every call",
     None, "Supt Contact Centre", D(2015, 3, 31),
     "10/05/2024 – THRIVE refresher being built into new contact model.", "In progress", ["C1"]),
])
sec("Everyone's Business (DA) – published 27 March 2014", [
    ("1", "Publish a DA action plan, written with the PCC, DA support services and victims' reps, drawing on DHR and IPCC learning",
     None, "Ch Supt Public Protection", D(2014, 9, 30), "Published September 2014.", "Complete",
     ["B1"]),
])
sec("Stop & Search powers (HMIC 2013) – published 9 July 2013", [
    ("1", "Monitor how officers use S&S so we are sure it is lawful, fair and effective at cutting crime",
     None, "ACC Local Policing", None, "Complete.", "Complete", ["A2"]),
    ("2", "Explain our S&S use to the public with the PCC and let community panels, incl. young people, scrutinise S&S records",
     None, "ACC Local Policing", None,
     "12/06/2024 – Youth scrutiny panel running since 2022. Ready to move to GREEN status.",
     "Complete", ["A3"]),
])
sec("Internal Audit 2023/24 – counter-corruption (not HMICFRS)", [
    ("IA1", "Internal audit of the counter-corruption governance arrangements (audit plan 2023/24)",
     None, "Head of Professional Standards", D(2024, 3, 31),
     "18/06/2024 – Fieldwork complete; draft report awaited.", "In progress", []),
    ("IA2", "Dip-sample 50 domestic abuse crime reports each quarter and report findings to the Crime Standards Board",
     None, "Force Crime Registrar", "Quarterly", "Q1 24/25 dip-sample reported.", "Complete", []),
])

# word counts of "What we will do" (brief: 8-25 words; the force-only and audit rows aside)
for _, rows in sections:
    for r in rows:
        n = len(r[1].split())
        assert 8 <= n <= 25, (n, r[1])

# ---------------------------------------------------------------------------------------------
# Write the HMICFRS export
# ---------------------------------------------------------------------------------------------
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Recommendations"
ws.append(["Reference", "Report title", "Publication date", "Type", "Status", "Text"])
for x in H:
    ws.append([x["ref"], x["report"], DATES[x["report"]], x["type"], x["status"], x["text"]])
    ws.cell(row=x["row"], column=3).number_format = "dd/mm/yyyy"
    ws.cell(row=x["row"], column=6).alignment = Alignment(wrap_text=True, vertical="top")
for col, w in zip("ABCDEF", (11, 60, 15, 24, 17, 100)):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A2"
wb.save(f"{OUT}/hmicfrs.xlsx")

# ---------------------------------------------------------------------------------------------
# Write the force action plan
# ---------------------------------------------------------------------------------------------
FILL = {
    "Complete": "C6EFCE", "Pending sign off": "C6EFCE", "In progress": "FFEB9C",
    "In Progress": "FFEB9C", "Open - Actions on going on track": "FFEB9C",
    "Open - Actions on going off track": "FFC7CE", "Superseded": "D9D9D9", "WHITE": "FFFFFF",
}
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Action Plan"
ws["A1"] = "West Midlands Police – HMICFRS Improvement Action Plan"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = ("Owner: Organisational Learning & Assurance team  |  Version 7.3  |  Last updated "
            "13/09/2024  |  For Joint Audit Committee 26/09/2024")
ws["A3"] = "Note: items closed by JAC are kept on the plan for one year and then archived."
ws["A3"].font = Font(italic=True)
HEADER_ROW = 5
hdr = ["No.", "What we will do", "Type", "Lead", "Due", "Progress update", "Status"]
for j, v in enumerate(hdr, 1):
    c = ws.cell(row=HEADER_ROW, column=j, value=v)
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="1F3864")
r = HEADER_ROW + 1
force_rows = []  # (row, no, keys, status, type)
for si, (heading, rows) in enumerate(sections):
    if si > 0:
        r += 1  # blank row between reports
    ws.cell(row=r, column=1, value=heading).font = Font(bold=True)
    ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="D9E1F2")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    r += 1
    for (no, what, typ, lead, due, prog, status, keys) in rows:
        vals = [no, what, typ, lead, due, prog, status]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
        if isinstance(due, dt.date):
            ws.cell(row=r, column=5).number_format = "mmm-yy"
        ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=FILL[status])
        force_rows.append(dict(row=r, no=no, what=what, keys=keys, status=status, type=typ,
                               heading=heading))
        r += 1
r += 1
ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
r += 1
for k, v in [("Complete", "The action is implemented; evidence held by the lead."),
             ("Pending sign off", "Lead says done; awaiting chief officer sign off."),
             ("In progress / Open - Actions on going on track", "Work under way and on track."),
             ("Open - Actions on going off track", "Work under way but behind the due date."),
             ("Superseded", "Replaced by a later report's action."),
             ("WHITE", "Not the force's responsibility to deliver or dependent upon another organisation.")]:
    ws.cell(row=r, column=1, value=k)
    ws.cell(row=r, column=2, value=v)
    r += 1
for col, w in zip("ABCDEFG", (9, 60, 16, 26, 14, 60, 30)):
    ws.column_dimensions[col].width = w
ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=1)
wb.save(f"{OUT}/tracker.xlsx")

# ---------------------------------------------------------------------------------------------
# Truth
# ---------------------------------------------------------------------------------------------
FORCE_DONE = {"Complete", "Pending sign off", "Superseded", "WHITE"}
H_CLOSED = {"Complete", "Superseded"}
CONFLICT = {
    "M3": "HMICFRS type is Area for improvement; the force's Type column says Recommendation",
    "I2": "HMICFRS text says 'Within six months'; the force's commitment says 'Within 12 months'",
}
by_key = {}
for fr in force_rows:
    for k in fr["keys"]:
        by_key.setdefault(k, []).append(fr)

truth = []
for x in H:
    k = x["key"]
    frs = by_key.get(k, [])
    hp = f"Recommendations!{x['row']}"
    if not frs:
        truth.append((hp, "", "missing_from_force",
                      f"{x['type']} {x['ref']} from '{x['report']}' ({x['status']}) has no row in the action plan under any heading"))
        continue
    h_closed = x["status"] in H_CLOSED
    f_done = all(fr["status"] in FORCE_DONE for fr in frs)
    if k in CONFLICT:
        cat = "conflict"
    elif h_closed and not f_done:
        cat = "closeable_local"
    elif not h_closed and f_done:
        cat = "closeable_submit"
    else:
        cat = "in_sync"
    for fr in frs:
        parts = []
        if len(frs) > 1:
            parts.append(f"force split this item into {len(frs)} rows ({', '.join(f['no'] for f in frs)}); item is "
                         + ("done" if f_done else "open") + " on the force side")
        if len(fr["keys"]) > 1:
            parts.append(f"force row {fr['no']} answers {len(fr['keys'])} items in one sentence")
        if k in CONFLICT:
            parts.append(CONFLICT[k])
        parts.append(f"HMICFRS {x['status']} / force '{fr['status']}' under the plan heading '{fr['heading']}'")
        truth.append((hp, f"Action Plan!{fr['row']}", cat, "; ".join(parts)))
for fr in force_rows:
    if not fr["keys"]:
        why = (f"force-only row {fr['no']} under '{fr['heading']}' ('{fr['what']}'): "
               + ("the report is not on the HMICFRS list at all (already closed and dropped by HMICFRS); "
                  "query it or archive it" if "Building the Picture" in fr["heading"]
                  else "the force's own action, no HMICFRS item asks for this"))
        truth.append(("", f"Action Plan!{fr['row']}", "not_on_hmicfrs_list", why))

with open(f"{OUT}/truth.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)

from collections import Counter  # noqa: E402
print("hmicfrs items", len(H), "force item rows", len(force_rows), "truth lines", len(truth))
print(Counter(t[2] for t in truth))
