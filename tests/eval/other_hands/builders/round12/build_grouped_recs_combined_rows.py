"""Builder for the independent case `grouped_recs_combined_rows` (round 12, folder combined).

Force: Staffordshire Police (neighbour West Midlands Police). The HMICFRS list is one sheet per
report; the force tracker often answers several HMICFRS items in one row.

All recommendation texts come from /work/main/reconcile/casegen/texts (real OGL wording) and
/work/shared/data/real_recommendations.csv. Run with /work/main/.venv/bin/python.
"""
from __future__ import annotations

import csv
import datetime as dt
import os
import random
import re
import sys

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import (  # noqa: E402  (read as data only)
    BWV_2021,
    CAUSES,
    CDI_VICTIMS_BODY,
    EVERYONE_PLAN,
    EVERYONE_PLAN_RUN_ON,
    FIREARMS,
    NATIONAL,
    SAS_MONITORING_2017,
    SF_LEADERSHIP,
)
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Font, PatternFill  # noqa: E402

random.seed(1212)

OUT = "/tmp/indep12/combined/grouped_recs_combined_rows"
os.makedirs(OUT, exist_ok=True)

FORCE = "Staffordshire Police"
REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"
OPEN_H = {"Awaiting review", "Being progressed"}
CLOSED_H = {"Complete", "Superseded", "No further action required"}


def nat(key, i):
    return NATIONAL[key][2][i][1]


# ---------------------------------------------------------------- HMICFRS list
# sheet name -> (line-1 title, publication date, [(ref, type, text, status)])
SHEETS: list[tuple[str, str, dt.date, list[tuple[int, str, str, str]]]] = [
    ("Stop and Search 2013", NATIONAL["sas13"][0], dt.date(2013, 7, 9), [
        (2101, NAT, nat("sas13", 0), "Complete"),
        (2102, NAT, nat("sas13", 1), "Complete"),
        (2103, NAT, nat("sas13", 2), "Complete"),
    ]),
    ("Domestic Abuse 2014", NATIONAL["everyone"][0], dt.date(2014, 3, 27), [
        (2321, NAT, EVERYONE_PLAN, "Superseded"),
    ]),
    ("Core Business 2014", NATIONAL["core"][0], dt.date(2014, 9, 4), [
        (4822, NAT, nat("core", 0), "Complete"),
        (4823, NAT, nat("core", 1), "Being progressed"),
    ]),
    ("Integrity Matters 2015", NATIONAL["integrity"][0], dt.date(2015, 1, 30), [
        (902, NAT, nat("integrity", 0), "Complete"),
    ]),
    ("Stop and Search 2015", NATIONAL["sas15"][0], dt.date(2015, 3, 24), [
        (3390, NAT, nat("sas15", 0), "Being progressed"),
    ]),
    ("Building the Picture 2015", NATIONAL["picture"][0], dt.date(2015, 7, 1), [
        (5120, NAT, nat("picture", 0), "Awaiting review"),
    ]),
    ("Firearms Licensing 2015", NATIONAL["firearms"][0], dt.date(2015, 9, 15), [
        (5301, NAT, nat("firearms", 0), "Complete"),
        (5302, NAT, FIREARMS, "Complete"),
        (5303, NAT, nat("firearms", 2), "Complete"),
        (5304, NAT, nat("firearms", 3), "Being progressed"),
        (5305, NAT, nat("firearms", 4), "Being progressed"),
    ]),
    ("PEEL 2016 Effectiveness", f"PEEL: Police effectiveness 2016 – {FORCE}", dt.date(2017, 3, 2), [
        (6410, COC, CAUSES[0], "Being progressed"),
        (6411, REC, "To address this cause of concern, HMIC recommends the force should immediately "
                    "take steps to ensure that there is effective supervision of the initial risk "
                    "assessment process, specifically in relation to the completion of DASH risk "
                    "assessment in appropriate cases.", "Being progressed"),
        (6412, REC, "HMIC recommends that within six months the force should: improve the supervision "
                    "of investigations, so that investigation plans are set, reviewed and recorded "
                    "and victims receive a consistently good service;", "Complete"),
        (6413, AFI, "The force should make sure officers and staff have the training they need to "
                    "identify and respond to domestic abuse.", "Being progressed"),
        (6414, AFI, "The force should improve how it works with partner organisations to safeguard "
                    "people at risk from child sexual exploitation.", "Superseded"),
    ]),
    ("Crime Data Integrity 2017", f"Crime data integrity inspection 2017 – {FORCE}", dt.date(2017, 9, 21), [
        (6988, REC, "Within six months the force should " + CDI_VICTIMS_BODY + ".", "Being progressed"),
        (6989, REC, "Within three months, the force should revise its approach to cautions, cannabis "
                    "warning and penalty notices for disorder to ensure that there is a clear and "
                    "auditable explanation to the offender of the implications of receiving the "
                    "warning and that, for victim-based crimes, there is a clear and auditable "
                    "record that views of the victim are considered prior to their issue.",
         "Being progressed"),
        (6990, REC, "Immediately, the force should make sure it records reports of domestic abuse "
                    "accurately and without delay.", "Being progressed"),
    ]),
    ("Stolen Freedom 2017", NATIONAL["stolen"][0], dt.date(2017, 10, 24), [
        (8120, NAT, SF_LEADERSHIP, "Complete"),
        (8121, NAT, nat("stolen", 1), "Complete"),
        (8122, NAT, nat("stolen", 2), "Being progressed"),
        (8123, NAT, nat("stolen", 3), "Being progressed"),
        (8124, NAT, nat("stolen", 4), "Complete"),
        (8125, NAT, nat("stolen", 5), "Being progressed"),
        (8126, NAT, nat("stolen", 6), "Awaiting review"),
    ]),
    ("PEEL 2017 Efficiency", f"PEEL: Police efficiency 2017 – {FORCE}", dt.date(2017, 11, 9), [
        (8350, NAT, nat("efc17", 0), "Complete"),
        (8351, AFI, "The force should undertake further work to gain a fuller understanding of "
                    "current demand for its services, and likely future changes in demand. This is "
                    "so it can make best use of its resources by matching them to demand to meet "
                    "the needs of the public.", "Being progressed"),
        (8352, AFI, "The force should develop its understanding of the links between its outcomes, "
                    "outputs and costs.", "Being progressed"),
        (8353, AFI, "The force should develop a future workforce plan that is aligned with its "
                    "overall demand and budget. The plan should include future resource "
                    "allocations, the mix of skills required by the workforce and behaviours "
                    "expected of them.", "Being progressed"),
    ]),
    ("NCPI 2017", f"National child protection inspection 2017 – {FORCE}", dt.date(2017, 11, 24), [
        (8601, REC, "Within six months the force should in conjunction with children’s social care "
                    "services, review how it manages the detention of children. As a minimum it "
                    "should:• ensure that all children are only detained when absolutely necessary "
                    "and for the absolute minimum amount of time;• ensure that officers and staff "
                    "in the custody suite assess at an early stage a child’s need for alternative "
                    "accommodation (secure or otherwise) and work with children’s social care "
                    "services to achieve the most appropriate option for the child;• ensure that "
                    "custody staff make a record of all actions taken and decisions made on the "
                    "relevant documentation; and• improve the timeliness of adequate appropriate "
                    "adult support for children who are arrested.", "Being progressed"),
        (8602, REC, "Within six months the force should review its approach to reports of missing "
                    "children and take steps to ensure that:\n"
                    "• call takers understand and use the missing and absent category "
                    "appropriately;\n"
                    "• call takers and frontline staff have the necessary knowledge to identify "
                    "risk factors associated with child sexual exploitation and how to respond to "
                    "such cases; and\n"
                    "• supervisors provide the correct oversight of missing person enquiries and "
                    "direct appropriate and timely investigative and safeguarding action.",
         "Being progressed"),
        (8603, REC, "Within three months, the force should improve how it works with partner "
                    "organisations to safeguard people at risk from child sexual exploitation.",
         "Complete"),
    ]),
    ("PEEL 2017 Legitimacy", f"PEEL: Police legitimacy 2017 – {FORCE}", dt.date(2017, 12, 12), [
        (8540, COC, nat("leg17", 0), "Being progressed"),
        (8541, NAT, SAS_MONITORING_2017, "Being progressed"),
        (8542, NAT, nat("leg17", 2), "Being progressed"),
        (8543, NAT, nat("leg17", 3), "Complete"),
        (8544, NAT, nat("leg17", 4), "Being progressed"),
        (8545, AFI, "The force should make sure it provides a confidential way for staff to raise "
                    "concerns and that staff are aware of whistleblowing processes.", "Awaiting review"),
        (8546, AFI, "The force should satisfy itself that it has processes in place to ensure that "
                    "investigations into misconduct by officers and staff resulting in “no further "
                    "action” are fair and free of any form of discrimination.", "Being progressed"),
    ]),
    ("PEEL 2018-19", f"PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – {FORCE}",
     dt.date(2019, 5, 2), [
        (9120, COC, CAUSES[2], "Being progressed"),
        (9121, REC, "HMIC recommends that within six months the force should: improve its ability to "
                    "retrieve digital evidence from mobile phones, computers and other electronic "
                    "devices quickly enough to ensure investigations are not delayed;",
         "Being progressed"),
        (9122, REC, "HMIC recommends that within six months the force should: improve its "
                    "understanding of suspects released under investigation and the management of "
                    "those released on bail;", "Being progressed"),
        (9123, REC, "HMIC recommends that within six months the force should: ensure regular and "
                    "active supervision of the quality and progress of investigations. This "
                    "supervision should be properly recorded;", "Complete"),
        (9124, AFI, "The force should improve its use of its crime-recording and management system "
                    "to better manage its case files and investigative processes.", "Being progressed"),
        (9125, AFI, "The force should ensure that it has sufficient resources available in the "
                    "control room to fulfil its resourcing model, and so to meet its demand, while "
                    "also taking into account the wellbeing of its workforce.", "Being progressed"),
        (9126, AFI, "The force should improve the supervision of investigations, so that "
                    "investigation plans are set, reviewed and recorded and victims receive a "
                    "consistently good service.", "Being progressed"),
    ]),
    ("Police Powers 2021", NATIONAL["powers"][0], dt.date(2021, 2, 26), [
        (11230, NAT, nat("powers", 0), "Being progressed"),
        (11231, NAT, nat("powers", 1), "Being progressed"),
        (11232, NAT, BWV_2021, "Being progressed"),
        (11233, NAT, nat("powers", 3), "No further action required"),
        (11234, NAT, nat("powers", 4), "Complete"),
    ]),
    ("PEEL 2021-22", f"PEEL 2021/22: Police effectiveness, efficiency and legitimacy – {FORCE}",
     dt.date(2022, 5, 12), [
        (12400, AFI, "The force should make sure victims of stalking and harassment are kept informed "
                     "about the progress of their case, in line with the Code of Practice for "
                     "Victims of Crime.", "Being progressed"),
        (12401, AFI, "The force should make sure officers and staff have the training they need to "
                     "identify and respond to stalking and harassment.", "Being progressed"),
        (12402, AFI, "The force should improve its understanding of the nature and scale of violence "
                     "against women and girls in its area.", "Being progressed"),
        (12403, AFI, "The force should make sure its performance framework gives senior leaders a "
                     "clear picture of its response to serious and organised crime.", "Being progressed"),
        (12404, AFI, f"{FORCE} should review how it gathers and uses equality and diversity data to "
                     "improve its understanding of its workforce demographics.", "Awaiting review"),
        (12405, AFI, "The force should improve the timeliness of its response to calls for service "
                     "involving domestic abuse.", "Being progressed"),
    ]),
]

H: dict[int, dict] = {}  # ref -> item


def long_date(d: dt.date) -> str:
    suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.day}{suf} {d.strftime('%B %Y')}"


def write_hmicfrs(path: str) -> None:
    wb = Workbook()
    wb.remove(wb.active)
    for name, title, pub, items in SHEETS:
        ws = wb.create_sheet(name)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = (f"{FORCE} – published {long_date(pub)} – definitive list of recommendations "
                    f"and areas for improvement as at 31st January 2024")
        ws["A2"].font = Font(italic=True)
        for c, h in enumerate(["Reference", "Type", "Recommendation", "Status"], 1):
            ws.cell(3, c, h).font = Font(bold=True)
        for i, (ref, typ, text, status) in enumerate(items):
            r = 4 + i
            ws.cell(r, 1, ref)
            ws.cell(r, 2, typ)
            ws.cell(r, 3, text).alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(r, 4, status)
            H[ref] = dict(ref=ref, type=typ, text=text, status=status, sheet=name,
                          prov=f"{name}!{r}", pub=pub, title=title)
        ws.column_dimensions["A"].width = 12
        ws.column_dimensions["B"].width = 24
        ws.column_dimensions["C"].width = 110
        ws.column_dimensions["D"].width = 26
    wb.save(path)


# ---------------------------------------------------------------- force tracker
LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "C/Supt Bell",
         "Head of Intelligence", "Head of Criminal Justice", "Force Crime Registrar",
         "Head of Professional Standards", "Ch Supt Public Protection", "Director of People",
         "Head of Corporate Development", "Supt Contact Centre", "Head of Learning & Development",
         "Ch Insp Custody", "Head of Information Management", "DCC", "Director of Finance",
         "Supt Firearms Licensing"]

FORCE_DONE = {"Closed", "Pending closure"}
FORCE_OPEN = {"Open", "Ongoing"}

# Each item row: dict(report, date, recs, refs, text, lead, update, status, answers=[refs],
# local=bool, merge_report=bool). Furniture rows: ("heading", text) / ("blank",) / ("note", text).
ROWS: list = []


def item(report, date, recs, refs, text, lead, update, status, answers, local=False):
    assert status in FORCE_DONE | FORCE_OPEN, status
    ROWS.append(dict(kind="item", report=report, date=date, recs=recs, refs=refs, text=text,
                     lead=lead, update=update, status=status, answers=list(answers), local=local))


def heading(text):
    ROWS.append(dict(kind="heading", text=text))


def blank():
    ROWS.append(dict(kind="blank"))


def note(text):
    ROWS.append(dict(kind="note", text=text))


def D(y, m, d):
    return dt.datetime(y, m, d)


def build_tracker_rows():
    heading("NATIONAL / THEMATIC INSPECTIONS (all forces)")
    item("Stop & Search powers (HMIC 2013)", "Jul-13", "R1-R3", "2101-2103",
         "S&S – clear APP specification of effective & fair use; monitoring of the way officers "
         "use the power; explain use to the public and community scrutiny of S&S records "
         "(all three 2013 recs)",
         "ACC Local Policing",
         "Best Use of Stop & Search scheme adopted; scrutiny panel meets quarterly. Closed by "
         "Force Assurance Board 18/05/2016.", "Closed", [2101, 2102, 2103])
    item("Domestic abuse - Everyone's business", D(2014, 3, 27), "Rec 1", None,
         EVERYONE_PLAN_RUN_ON.replace("domestic abuse", "DA")[:640] + "…",
         "Ch Supt Public Protection",
         "DA action plan refreshed annually – now part of the VAWG Delivery Plan. 09/01/2024 "
         "awaiting final DA plan sign off at Strategic Vulnerability Board.", "Ongoing", [2321])
    item("Core business", "Sep-14", "Rec 1", "4822",
         "Not later than 31 March 2015 forces using a THR policy should provide call-handlers with "
         "specific, sound & comprehensible criteria to assess threat, harm & risk.",
         "Supt Contact Centre", "THRIVE embedded in Contact Centre. Complete.", "Closed", [4822])
    item("Integrity matters", "30/01/2015", "Rec 1", None,
         "By 31 August 2015, all chief constables should satisfy themselves that they have processes "
         "in place to ensure that investigations into misconduct by officers & staff resulting in "
         "'no further action' are fair & free of any form of discrimination.",
         "Head of Professional Standards",
         "PSD NFA decisions dip-sampled by the Ethics Panel. Closed 2016.", "Closed", [902])
    item("Stop & search powers 2", "Mar-15", "Rec 1", None,
         "Chief constables should, in consultation with PCCs, ensure that they comply with the Code "
         "of Practice by explaining to the public the way S&S powers are used in their areas & by "
         "making arrangements for S&S records to be scrutinised by community representatives.",
         "ACC Local Policing",
         "Evidence pack (panel ToR, minutes, published data) sent to HMICFRS liaison lead "
         "12/02/2024.", "Pending closure", [3390])
    item("Information management (Building the Picture)", "Jul-15", "Rec 1", "5120",
         "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
         "audits of compliance with the APP on information management through the force "
         "information management governance structure.",
         "Head of Information Management",
         "Information Assurance Board ToR being rewritten. Awaiting allocation of auditor.",
         "Open", [5120])
    item("Firearms licensing 2015", D(2015, 9, 15), "All recs (see below)", "5301-5305",
         "\n".join([nat("firearms", 0), FIREARMS, nat("firearms", 2), nat("firearms", 3),
                    nat("firearms", 4)]),
         "Supt Firearms Licensing",
         "Governance review done 2016; licensing unit restructured. Temporary permit process and "
         "STORM warning markers now in place – all recs proposed for closure 05/03/2024.",
         "Pending closure", [5301, 5302, 5303, 5304, 5305])
    blank()
    item("Stolen Freedom (MSHT) 2017", D(2017, 10, 24), "Rec 1 (i)", "8120",
         "Within 12 months review leadership & governance for MSHT so that senior leaders "
         "prioritise the response to MSHT",
         "Det Ch Supt Force CID", "MSHT gold group chaired by ACC Crime.", "Closed", [8120])
    item(None, None, "Rec 1 (ii)", "8120",
         "every incident of MSHT identified to police is allocated appropriate resources with the "
         "skills, experience & capacity to investigate it effectively",
         "Det Ch Supt Force CID", "All MSHT crimes allocated to CID / Op Aidant team.", "Closed",
         [8120])
    item(None, None, "Rec 1 (iii)", "8120",
         "forces develop effective partnership arrangements to co-ordinate activity in order to "
         "share information & safeguard victims",
         "Ch Supt Public Protection", "Anti-Slavery Partnership established.", "Closed", [8120])
    item(None, None, "Rec 1 (iv)", "8120",
         "performance and QA measures are in place to allow senior leaders to assess the nature "
         "and quality of the service provided to victims",
         "Head of Corporate Development", "MSHT added to monthly performance pack.", "Closed",
         [8120])
    item(None, None, "Recs 2, 3 & 4", "8121/8122/8123",
         "\n".join([nat("stolen", 1), nat("stolen", 2), nat("stolen", 3)]),
         "Det Ch Supt Force CID",
         "ISA with local authorities signed. S45 defence guidance issued to investigators and CPS "
         "liaison; NRM single point of contact in PVP. 22/01/2024 submitted for closure.",
         "Pending closure", [8121, 8122, 8123])
    item(None, None, "R5-R7", "8124-8126",
         "Immediately, forces should take steps to ensure they fully comply with NCRS requirements "
         "for offences identified as MSHT and that sufficient audit capacity is available to the "
         "force crime registrar … (and related recs)",
         "Force Crime Registrar",
         "NCRS audit of MSHT crimes scheduled Q1 2024/25; investigation standards and preventative "
         "orders (STPOs/SROs) being reviewed by the MSHT gold group.", "Ongoing",
         [8124, 8125, 8126])
    blank()
    item("PEEL Legit 17 S&S", "Dec 2017", "CoC & Rec 1", "8540-8542",
         nat("leg17", 0) + "\n" + SAS_MONITORING_2017,
         "ACC Local Policing",
         "S&S disproportionality dashboard live; monthly S&S Reference Group reviews find rates "
         "by ethnicity. Still AMBER – possession-only drug search analysis not yet in dashboard.",
         "Ongoing", [8540, 8541])
    item("PEEL Legit 17 S&S", "Dec 2017", "Recs 3 & 4", "8543, 8544",
         nat("leg17", 3) + "\n" + nat("leg17", 4),
         "Head of Learning & Development",
         "Annual S&S analysis published on force website (Jul 2018, 2019, 2020…). Unconscious bias "
         "& APP training now mandatory for all S&S users – 98% completion.", "Closed",
         [8543, 8544])
    blank()
    item("Police powers spotlight (Feb 21)", "Feb-21", "Recs 1 & 2", "11230/11231",
         nat("powers", 0) + " (and related recs)",
         "Head of Learning & Development",
         "Communication skills module added to OST and CPD days; BWV debriefs piloted in North "
         "LPA.", "Ongoing", [11230, 11231])
    item("Police powers spotlight (Feb 21)", "Feb-21", "Rec 3 (a)", "11232",
         "By Sept 2021 ensure officers record on BWV (when available) the entirety of all S&S "
         "encounters, incl. traffic stops & use of force incidents.",
         "ACC Local Policing", "BWV policy updated – mandatory activation.", "Closed", [11232])
    item("Police powers spotlight (Feb 21)", "Feb-21", "Rec 3 (b)", "11232",
         "Structured process for regularly reviewing & monitoring internally a sufficient sample of "
         "BWV footage to identify & disseminate learning and hold officers to account.",
         "ACC Local Policing", "Supervisors review 2 BWV clips per officer per quarter.", "Closed",
         [11232])
    item("Police powers spotlight (Feb 21)", "Feb-21", "Rec 3 (c)", "11232",
         "Provide external scrutiny panel members with access to samples of BWV footage showing S&S "
         "encounters & use of force incidents, taking account of the safeguards in the CoP APP.",
         "ACC Local Policing", "Panel views footage at each meeting since Oct 2021.", "Closed",
         [11232])
    item("Police powers spotlight (Feb 21)", "Feb-21", "Rec 5", "11234",
         "By July 2021, forces should ensure they have effective internal monitoring processes on "
         "the use of force, to help them to identify and understand disproportionate use, explain "
         "the reasons and implement any necessary improvement action.",
         "ACC Local Policing", "Use of Force Board in place. Complete.", "Closed", [11234])
    blank()
    heading("FORCE INSPECTIONS")
    item("PEEL Eff 16", "02/03/2017", "CoC 1 & Rec 1", "6410/6411",
         CAUSES[0] + " (and related recs)",
         "Ch Supt Public Protection",
         "DASH compliance audit Nov 2023: 87% completion. Supervisory review of DASH added to "
         "Niche QA. Re-audit due Apr 2024.", "Ongoing", [6410, 6411])
    item("PEEL Eff 16", "02/03/2017", "Rec 2", "6412",
         "Within 6 months improve the supervison of investigations, so that investigation plans are "
         "set, reviewed & recorded and victims receive a consistently good service",
         "Det Ch Supt Force CID", "Investigation plan template mandated on Niche. Complete.",
         "Closed", [6412])
    item("PEEL Eff 16", "02/03/2017", "AFI 1", "6413",
         "Make sure officers & staff have the training they need to identify & respond to DA.",
         "Head of Learning & Development",
         "DA Matters training delivered to all frontline officers (Mar 2023). Ready to move to "
         "GREEN status.", "Closed", [6413])
    item("PEEL Eff 16", "02/03/2017", "AFI 2", None,
         "Improve how we work with partner organisations to safeguard people at risk from CSE.",
         "Ch Supt Public Protection",
         "Linked to NCPI action plan. MASH review ongoing.", "Open", [6414])
    blank()
    item("CDI 2017", "Sep 2017", "Rec 1a", "6988",
         "Within 6 months put in place arrangements to ensure that: at the point of report, "
         "victims are believed;",
         "Force Crime Registrar", "Victim believed message in all training. Complete.", "Closed",
         [6988])
    item(None, None, "Rec 1b", "6988",
         "conversations between call handlers and callers are summarised accurately in the "
         "incident log",
         "Supt Contact Centre", "Contact Centre QA in place.", "Closed", [6988])
    item(None, None, "Rec 1c", "6988",
         "multiple crimes are always recorded when described within incident records or identified "
         "as part of other recorded crime investigations;",
         "Force Crime Registrar",
         "Multiple-crime recording audit 01/2024 – 91% compliant, target 95%. Re-audit Jun 2024.",
         "Ongoing", [6988])
    item(None, None, "Rec 1d", "6988",
         "the practice of awaiting the results of medical examinations or video interviews before "
         "making crime-recording decisions is stopped",
         "Force Crime Registrar", "Stopped – guidance issued.", "Closed", [6988])
    item(None, None, "Rec 1e", "6988",
         "online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
         "are identified & appropriately managed",
         "Supt Contact Centre", "Single Online Home triage desk.", "Closed", [6988])
    item(None, None, "Rec 2", "6989",
         "Within 3 months revise approach to cautions, cannabis warnings & PNDs to ensure a clear & "
         "auditable explanation to the offender of the implications of receiving the warning and, "
         "for victim-based crimes, a clear & auditable record that victim's views are considered "
         "prior to issue.",
         "Head of Criminal Justice",
         "OOCD scrutiny panel and Niche OOCD form now mandatory. Completed. Evidence submitted "
         "to HMICFRS for closure.", "Closed", [6989])
    blank()
    item("PEEL Efficiency 2017", "09/11/2017", "Nat rec", "8350",
         "By September 2018, chief constables should produce an ambitious plan to improve "
         "digitally-enabled services within their force.",
         "Head of Corporate Development", "Digital Policing Strategy 2018-21 approved.", "Closed",
         [8350])
    item("PEEL Efficiency 2017", "09/11/2017", "AFI 1 and AFI 3", "8351, 8353",
         "Demand & workforce planning – fuller understanding of current and future demand; "
         "workforce plan aligned to demand and budget (FMS work)",
         "Director of People",
         "FMS 2023 published; Strategic Workforce Plan approved at COG 14/12/2023. Proposed for "
         "closure.", "Pending closure", [8351, 8353])
    item("PEEL Efficiency 2017", "09/11/2017", "AFI 2", "8352",
         "Develop understanding of the links between outcomes, outputs and costs",
         "Director of Finance",
         "Priority-based budgeting work restarted 2023/24.", "Open", [8352])
    blank()
    item("NCPI 2017", "Nov-17", "Rec 1", "8601",
         "Within 6 months, in conjunction with children's social care, review how the force manages "
         "the detention of children – detained only when absolutely necessary; early assessment of "
         "need for alternative accomodation; record of all actions & decisions; timely "
         "appropriate adult support.",
         "Ch Insp Custody",
         "Concordat on children in custody signed with both LAs; PACE bed availability still an "
         "issue.", "Ongoing", [8601])
    item("NCPI 2017", "Nov-17", "Rec 2", "8602",
         "Within 12 months the force should review its approach to reports of missing children and "
         "take steps to ensure that: call takers understand & use the missing and absent category "
         "appropriately; call takers & frontline staff can identify CSE risk factors and respond; "
         "supervisors provide correct oversight of missing person enquiries.",
         "Ch Supt Public Protection",
         "Missing persons policy rewritten; Philomena Protocol relaunched. Awaiting audit.",
         "Open", [8602])
    item("NCPI 2017", "Nov-17", "Rec 3", None,
         "Within 3 months improve how the force works with partner organisations to safeguard "
         "people at risk from CSE.",
         "Ch Supt Public Protection", "CSE panel now multi-agency. Complete.", "Closed", [8603])
    blank()
    item("PEEL Legitimacy 2017", "Dec 2017", "AFI 1", "8545",
         "The force should make sure it provides a confidential way for staff to raise concerns and "
         "that staff are aware of whistleblowing processes.",
         "Head of Professional Standards",
         "Confidential reporting line procured; comms campaign planned for Apr 2024.", "Open",
         [8545])
    item("PEEL Legitimacy 2017", "Dec 2017", "AFI 2", "8546",
         "Satisfy itself that it has processes in place to ensure that investigations into "
         "misconduct by officers & staff resulting in \"no further action\" are fair & free of any "
         "form of discrimination",
         "Head of Professional Standards",
         "Disproportionality in misconduct NFA outcomes reviewed by Ethics Panel 2023 – no "
         "disparity found. Complete.", "Closed", [8546])
    blank()
    item("PEEL 2018/19", "May 2019", "CoC 1, Recs 1-3", "9120-9123",
         "Investigative capacity & capability (cause of concern) – digital forensics backlog; "
         "RUI / bail management; supervision of investigations. Delivered through the "
         "Investigations Improvement Plan.",
         "ACC Crime",
         "DFU backlog now 7 weeks (was 26). RUI reviews in place. Supervision audit Feb 2024 "
         "showed improvement but not yet sustained.", "Ongoing", [9120, 9121, 9122, 9123])
    item(None, "May 2019", "AFI 1", "9124",
         "Improve use of the crime-recording & management system (Niche) to better manage case "
         "files and investigative processes.",
         "Head of Criminal Justice", "Niche case file build completed Oct 2023. Complete.",
         "Closed", [9124])
    item(None, "May 2019", "AFI 2", "9215",
         "The force should ensure that it has sufficient resources available in the control room "
         "to fulfil its resourcing model, and so to meet its demand, while also taking into account "
         "the wellbeing of its workforce.",
         "Supt Contact Centre",
         "Contact Centre demand review – 24 additional call handlers recruited; attrition still "
         "high.", "Open", [9125])
    item(None, "May 2019", "AFI 3", "9126",
         "The force should improve the supervision of investigations, so that investigation plans "
         "are set, reviewed and recorded and victims receive a consistently good service.",
         "Det Ch Supt Force CID",
         "Pending sign off by the chief officer lead.", "Pending closure", [9126])
    blank()
    item("PEEL 2021/22", "12/05/2022", "AFI 1 and AFI 2", "12400/12401",
         "Stalking & harassment – keep victims updated in line with VCOP; training for officers & "
         "staff to identify & respond",
         "Ch Supt Public Protection",
         "Stalking clinic launched; training 64% complete.", "Open", [12400, 12401])
    item("PEEL 2021/22", "12/05/2022", "AFI 3", "12402",
         "Improve understanding of the nature & scale of VAWG in Staffordshire",
         "Head of Intelligence", "VAWG problem profile in draft.", "Ongoing", [12402])
    item("PEEL 2021/22", "12/05/2022", "AFI 4", "12403",
         "Make sure the performance framework gives senior leaders a clear picture of the "
         "response to SOC.",
         "Head of Corporate Development",
         "SOC performance dashboard live from Jan 2024. Proposed for closure.",
         "Pending closure", [12403])
    item("PEEL 2021/22", "12/05/2022", "AFI 6", "12405",
         "Improve the timeliness of response to calls for service involving DA",
         "Supt Contact Centre", "Part of Contact Centre demand review.", "Open", [12405])
    blank()
    heading("OTHER ACTIONS (not HMICFRS)")
    item("Internal Audit 2023/24", "Oct 2023", "IA 3", None,
         "Internal audit action: Internal audit of the domestic abuse governance arrangements "
         "(audit plan 2023/24)",
         "Ch Supt Public Protection", "Fieldwork complete; draft report due Apr 2024.", "Open", [],
         local=True)
    item("PEEL Effectiveness 2015", "Feb 2016", "Rec 3", "4911",
         "Take steps to understand and address the reason behind why such a high proportion of "
         "victims of domestic abuse do not support the police investigation.",
         "Ch Supt Public Protection",
         "Victim attrition analysis done 2017. Kept on tracker for JAC visibility.", "Closed", [],
         local=True)
    item("Force improvement plan", "2023", "FIP 7", None,
         "Force improvement plan: Add stalking and harassment measures to the monthly Force "
         "Performance pack",
         "Head of Corporate Development", "Measures agreed; first pack Apr 2024.", "Ongoing", [],
         local=True)
    blank()
    note("Note: where several recs are answered in one row the status applies to all recs listed "
         "in that row. Refs are the HMICFRS monitoring portal references.")
    note("Status key: Open = not started / in progress; Ongoing = work continuing (BAU); "
         "Pending closure = evidence submitted to HMICFRS; Closed = complete / signed off.")


HEADER = ["Report", "Date of report", "Rec(s)", "HMICFRS Ref(s)", "Recommendation", "Lead",
          "Update", "Status"]


def write_tracker(path: str) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "HMICFRS Tracker"
    ws["A1"] = f"{FORCE} – HMICFRS Recommendations & Areas for Improvement Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Strategic Planning & Performance – version 14, updated 14/03/2024 – for Joint "
                "Audit Committee 21/03/2024")
    ws["A2"].font = Font(italic=True)
    hdr = 4
    for c, h in enumerate(HEADER, 1):
        cell = ws.cell(hdr, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
    r = hdr + 1
    fills = {"Closed": "C6EFCE", "Pending closure": "DDEBF7", "Ongoing": "FFEB9C", "Open": "FFC7CE"}
    merge_start = None  # (row, report) for vertically merged Report cells
    for row in ROWS:
        if row["kind"] == "item":
            row["row"] = r
            vals = [row["report"], row["date"], row["recs"], row["refs"], row["text"], row["lead"],
                    row["update"], row["status"]]
            for c, v in enumerate(vals, 1):
                if v is None:
                    continue
                cell = ws.cell(r, c, v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(r, 8).fill = PatternFill("solid", fgColor=fills[row["status"]])
        elif row["kind"] == "heading":
            ws.cell(r, 1, row["text"]).font = Font(bold=True)
            for c in range(1, 9):
                ws.cell(r, c).fill = PatternFill("solid", fgColor="D9D9D9")
        elif row["kind"] == "note":
            ws.cell(r, 1, row["text"]).font = Font(italic=True)
        r += 1
    # merge the Report (and Date) cells of blocks whose later rows leave them empty
    items = [x for x in ROWS if x["kind"] == "item"]
    i = 0
    while i < len(items):
        j = i
        while j + 1 < len(items) and items[j + 1]["report"] is None and \
                items[j + 1]["row"] == items[j]["row"] + 1:
            j += 1
        if j > i:
            ws.merge_cells(start_row=items[i]["row"], start_column=1, end_row=items[j]["row"],
                           end_column=1)
            if all(items[k]["date"] is None for k in range(i + 1, j + 1)):
                ws.merge_cells(start_row=items[i]["row"], start_column=2,
                               end_row=items[j]["row"], end_column=2)
        i = j + 1
    for col, w in zip("ABCDEFGH", [30, 14, 18, 16, 90, 26, 60, 16]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = ws.cell(hdr + 1, 1)
    key = wb.create_sheet("Key")
    key["A1"] = "Status key"
    key["A1"].font = Font(bold=True)
    for k, (w, d) in enumerate([
            ("Open", "Not started, or work in progress"),
            ("Ongoing", "Work continuing / being embedded as business as usual"),
            ("Pending closure", "Evidence pack submitted to HMICFRS liaison lead for closure"),
            ("Closed", "Complete and signed off by chief officer lead")], 2):
        key.cell(k, 1, w).fill = PatternFill("solid", fgColor=fills[w])
        key.cell(k, 2, d)
    key.column_dimensions["A"].width = 18
    key.column_dimensions["B"].width = 70
    wb.save(path)


# ---------------------------------------------------------------- truth
CONFLICTS = {
    8602: ("timescale differs: HMICFRS text 'Within six months the force should review its "
           "approach to reports of missing children' vs tracker 'Within 12 months the force "
           "should review ...'"),
    9125: ("reference differs: tracker row gives HMICFRS Ref 9215 (not on the list) for the "
           "control-room AFI which the list holds as 9125; text verbatim, same report (PEEL "
           "2018/19 AFI 2)"),
}
MISSING_WHY = {
    4823: "Core Business 2014 rec 2 (crime prevention activity recorded and evaluated): no tracker "
          "row; the tracker's Core business row covers only 4822",
    6990: "CDI 2017 rec on recording domestic abuse reports accurately and without delay: no "
          "tracker row (CDI block has Rec 1a-1e and Rec 2 only)",
    8542: "PEEL Legitimacy 2017 rec 2 (demonstrate research/action on disparities): the tracker's "
          "row 'CoC & Rec 1' gives the range 8540-8542 but its text holds only the cause of "
          "concern (8540) and the monitoring rec (8541); nothing in the tracker addresses "
          "disparities research/action, so 8542 is untracked (range typed wrongly)",
    11233: "Police powers 2021 rec 4 (Home Office and NPCC data quality) is not in the tracker "
           "(it is addressed to the Home Office/NPCC); HMICFRS has it closed, no further action",
    12404: "PEEL 2021/22 AFI 5 (equality and diversity data) has no tracker row; the PEEL 2021/22 "
           "block jumps from AFI 4 to AFI 6",
}


def category(h, rows):
    h_open = h["status"] in OPEN_H
    f_done = all(x["status"] in FORCE_DONE for x in rows)
    if h["ref"] in CONFLICTS:
        return "conflict"
    if h_open and f_done:
        return "closeable_submit"
    if not h_open and not f_done:
        return "closeable_local"
    return "in_sync"


def why_for(h, row, rows, cat):
    if cat == "conflict":
        return CONFLICTS[h["ref"]]
    n = len(row["answers"])
    how = ""
    if n > 1:
        how = (f"combined tracker row '{row['recs']}' (refs {row['refs']}) answers {n} items; "
               f"its status applies to {h['ref']}; ")
    elif len(rows) > 1:
        how = (f"{h['ref']} split into {len(rows)} tracker rows, one per bullet (this is "
               f"'{row['recs']}', {row['status']}); item done only if all parts done "
               f"({', '.join(x['status'] for x in rows)}); ")
    elif not row["refs"]:
        how = f"tracker row has no ref; matched by text within '{row['report'] or 'block'}'; "
    f_state = "done" if all(x["status"] in FORCE_DONE for x in rows) else "open"
    fw = f"force item {f_state}" if len(rows) > 1 else f"force {row['status']} ({f_state})"
    return (how + f"HMICFRS {h['status']} ({'open' if h['status'] in OPEN_H else 'closed'}), "
            + fw)


def write_truth(path: str) -> list[dict]:
    items = [x for x in ROWS if x["kind"] == "item"]
    by_ref: dict[int, list[dict]] = {}
    for x in items:
        for a in x["answers"]:
            by_ref.setdefault(a, []).append(x)
    assert set(by_ref) <= set(H), set(by_ref) - set(H)
    lines = []
    for ref, h in H.items():
        rows = by_ref.get(ref, [])
        if not rows:
            lines.append(dict(hmicfrs_row=h["prov"], force_row="", category="missing_from_force",
                              why=MISSING_WHY[ref]))
            continue
        cat = category(h, rows)
        for x in rows:
            lines.append(dict(hmicfrs_row=h["prov"], force_row=f"HMICFRS Tracker!{x['row']}",
                              category=cat, why=why_for(h, x, rows, cat)))
    assert set(MISSING_WHY) == set(H) - set(by_ref)
    for x in items:
        if x["local"]:
            lines.append(dict(hmicfrs_row="", force_row=f"HMICFRS Tracker!{x['row']}",
                              category="not_on_hmicfrs_list",
                              why=f"'{x['report']}' {x['recs']}: " + {
                                  "Internal Audit 2023/24": "internal audit action, not an HMICFRS item",
                                  "PEEL Effectiveness 2015": "ref 4911 / PEEL Effectiveness 2015 rec "
                                  "is not on the definitive list (force keeps closed item for JAC)",
                                  "Force improvement plan": "force's own improvement-plan action",
                              }[x["report"]]))
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["hmicfrs_row", "force_row", "category", "why"])
        w.writeheader()
        w.writerows(lines)
    return lines


if __name__ == "__main__":
    write_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    build_tracker_rows()
    write_tracker(os.path.join(OUT, "tracker.xlsx"))
    lines = write_truth(os.path.join(OUT, "truth.csv"))
    from collections import Counter
    print(len(H), "HMICFRS items;", sum(1 for x in ROWS if x["kind"] == "item"), "tracker item rows;",
          len(lines), "truth lines")
    print(Counter(x["category"] for x in lines))
