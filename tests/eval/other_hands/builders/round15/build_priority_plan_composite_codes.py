"""Build the case `priority_plan_composite_codes` (Devon and Cornwall Police).

HMICFRS side: a register export CSV (reference, report title, publication date, type, status, text).
Force side: a theme-organised improvement plan (xlsx) whose only link to the report is a composite
code the force made up ("PEEL21-AFI3", "MSHT17-R2", ...). GREEN = on track (open), BLUE = complete.
"""
import csv
import random
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import national as N  # noqa: E402
from reconcile.casegen.texts import force as F  # noqa: E402

random.seed(20241106)
OUT = Path(__file__).resolve().parent / "priority_plan_composite_codes"
OUT.mkdir(exist_ok=True)

FORCE = "Devon and Cornwall Police"
NAT, REC, AFI, COC = "National recommendation", "Recommendation", "Area for improvement", "Cause of concern"
OPEN_H = {"Being progressed", "Awaiting review"}

def nat(key, i):
    return N.NATIONAL[key][2][i][1]

# ---------------------------------------------------------------- reports
REPORTS = {
    "SAS13": ("Stop and search powers: Are the police using them effectively and fairly?", "9th July 2013"),
    "CB14": ("Core Business: an inspection into crime prevention, police attendance and the use of police time", "4th September 2014"),
    "IM15": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", "30th January 2015"),
    "SS15": ("Stop and search powers 2: are the police using them effectively and fairly?", "24th March 2015"),
    "BTP15": ("Building the picture: an inspection of police information management", "1st July 2015"),
    "FL15": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", "15th September 2015"),
    "CDI17": ("Crime data integrity inspection – Devon and Cornwall Police", "9th February 2017"),
    "MSHT17": ("Stolen freedom: the policing response to modern slavery and human trafficking", "24th October 2017"),
    "EFF17": ("PEEL: Police efficiency 2017 (national overview)", "9th November 2017"),
    "LEG17": ("PEEL: Police legitimacy 2017 (national overview)", "12th December 2017"),
    "PPS21": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", "26th February 2021"),
    "PEEL21": ("PEEL 2021/22 – Police effectiveness, efficiency and legitimacy: An inspection of Devon and Cornwall Police", "10th June 2022"),
    "PEEL23": ("PEEL 2023–2025 – Police effectiveness, efficiency and legitimacy: An inspection of Devon and Cornwall Police", "11th April 2024"),
}

SUPERVISION = ("The force should improve the supervision of investigations, so that investigation plans are set, "
               "reviewed and recorded and victims receive a consistently good service.")
DA_INFORMED = ("The force should make sure victims of domestic abuse are kept informed about the progress of their "
               "case, in line with the Code of Practice for Victims of Crime.")
CSE_PARTNERS = "improve how it works with partner organisations to safeguard people at risk from child sexual exploitation."

# ---------------------------------------------------------------- HMICFRS items
# code (the force's composite code for it, used here only as a key), report, type, text, status
H = [
    ("SAS13-R1", "SAS13", NAT, nat("sas13", 0), "Complete"),
    ("SAS13-R2", "SAS13", NAT, nat("sas13", 1), "Superseded"),
    ("SAS13-R3", "SAS13", NAT, nat("sas13", 2), "Complete"),
    ("CB14-R1", "CB14", NAT, nat("core", 0), "Superseded"),
    ("CB14-R2", "CB14", NAT, nat("core", 1), "Complete"),
    ("IM15-R1", "IM15", NAT, nat("integrity", 0), "Being progressed"),
    ("SS15-R1", "SS15", NAT, nat("sas15", 0), "Being progressed"),
    ("BTP15-R1", "BTP15", NAT, nat("picture", 0), "Being progressed"),
    ("FL15-R1", "FL15", NAT, nat("firearms", 0), "Complete"),
    ("FL15-R2", "FL15", NAT, nat("firearms", 1), "Being progressed"),
    ("FL15-R3", "FL15", NAT, nat("firearms", 2), "Complete"),
    ("FL15-R4", "FL15", NAT, nat("firearms", 3), "Being progressed"),
    ("FL15-R5", "FL15", NAT, nat("firearms", 4), "Being progressed"),
    ("CDI17-R1", "CDI17", REC, "Within six months the force should " + F.CDI_VICTIMS_BODY + ".", "Being progressed"),
    ("MSHT17-R1", "MSHT17", NAT, nat("stolen", 0), "Being progressed"),
    ("MSHT17-R2", "MSHT17", NAT, nat("stolen", 1), "Being progressed"),
    ("MSHT17-R3", "MSHT17", NAT, nat("stolen", 2), "Complete"),
    ("MSHT17-R4", "MSHT17", NAT, nat("stolen", 3), "Being progressed"),
    ("MSHT17-R5", "MSHT17", NAT, nat("stolen", 4), "Complete"),
    ("MSHT17-R6", "MSHT17", NAT, nat("stolen", 5), "Being progressed"),
    ("MSHT17-R7", "MSHT17", NAT, nat("stolen", 6), "Awaiting review"),
    ("EFF17-R1", "EFF17", NAT, nat("efc17", 0), "Being progressed"),
    ("LEG17-CoC1", "LEG17", COC, nat("leg17", 0), "Being progressed"),
    ("LEG17-R1", "LEG17", NAT, nat("leg17", 1), "Being progressed"),
    ("LEG17-R2", "LEG17", NAT, nat("leg17", 2), "Being progressed"),
    ("LEG17-R3", "LEG17", NAT, nat("leg17", 3), "Complete"),
    ("LEG17-R4", "LEG17", NAT, nat("leg17", 4), "Complete"),
    ("PPS21-R1", "PPS21", NAT, nat("powers", 0), "Being progressed"),
    ("PPS21-R2", "PPS21", NAT, nat("powers", 1), "Being progressed"),
    ("PPS21-R3", "PPS21", NAT, nat("powers", 2), "Being progressed"),
    ("PPS21-R4", "PPS21", NAT, nat("powers", 3), "Being progressed"),
    ("PPS21-R5", "PPS21", NAT, nat("powers", 4), "Complete"),
    ("PEEL21-AFI1", "PEEL21", AFI, N.CONTROL_ROOM, "Being progressed"),
    ("PEEL21-AFI2", "PEEL21", AFI, SUPERVISION, "Being progressed"),
    ("PEEL21-AFI3", "PEEL21", AFI, DA_INFORMED, "Complete"),
    ("PEEL21-AFI4", "PEEL21", AFI, "The force should improve its understanding of suspects released under investigation and the management of those released on bail.", "Being progressed"),
    ("PEEL21-AFI5", "PEEL21", AFI, "The force should make sure it records reports of anti-social behaviour accurately and without delay.", "Awaiting review"),
    ("PEEL21-AFI6", "PEEL21", AFI, "The force should improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed.", "Being progressed"),
    ("PEEL21-AFI7", "PEEL21", AFI, "The force should " + CSE_PARTNERS, "Superseded"),
    ("PEEL21-AFI8", "PEEL21", AFI, "The force should make sure officers and staff have the training they need to identify and respond to stalking and harassment.", "Complete"),
    ("PEEL23-AFI1", "PEEL23", AFI, SUPERVISION, "Being progressed"),
    ("PEEL23-AFI2", "PEEL23", AFI, "Devon and Cornwall Police should " + CSE_PARTNERS, "Awaiting review"),
    ("PEEL23-AFI3", "PEEL23", AFI, N.CONTROL_ROOM, "Awaiting review"),
    ("PEEL23-AFI4", "PEEL23", AFI, DA_INFORMED, "Awaiting review"),
    ("PEEL23-AFI5", "PEEL23", AFI, "The force should make sure it consistently uses ancillary orders and other powers to protect victims of stalking and harassment.", "Being progressed"),
    ("PEEL23-AFI6", "PEEL23", AFI, "The force should improve the timeliness of its response to calls for service involving people with mental ill health.", "Being progressed"),
    ("PEEL23-AFI7", "PEEL23", AFI, "The force should make sure all processes in place to support performance management are effective.", "Awaiting review"),
    ("PEEL23-CoC1", "PEEL23", COC, F.CAUSES[2], "Being progressed"),
    ("PEEL23-R1", "PEEL23", REC, "Within six months the force should conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them.", "Being progressed"),
]
assert len({h[0] for h in H}) == len(H)

# register references: plain integers, unique, rising with publication order
order = list(REPORTS)
H.sort(key=lambda h: order.index(h[1]))
refs, n = {}, 5200
for h in H:
    n += random.randint(3, 140)
    refs[h[0]] = n

with open(OUT / "hmicfrs.csv", "w", newline="", encoding="utf-8-sig") as f:
    w = csv.writer(f)
    w.writerow(["Reference", "Report title", "Publication date", "Type", "Status", "Recommendation text"])
    for h in H:
        w.writerow([refs[h[0]], REPORTS[h[1]][0], REPORTS[h[1]][1], h[2], h[4], h[3]])
HROW = {h[0]: f"hmicfrs.csv!{i + 2}" for i, h in enumerate(H)}  # each record is one Excel row
HSTAT = {h[0]: h[4] for h in H}

# ---------------------------------------------------------------- force plan
# ("theme", title) | ("blank",) | ("note", text) |
# ("item", ref, objective, lead, milestones, rag, comments, [hmicfrs codes], why-extra)
T = []
def theme(t): T.append(("theme", t))
def blank(): T.append(("blank",))
def item(ref, obj, lead, ms, rag, com, hs=None, why=""):
    T.append(("item", ref, obj, lead, ms, rag, com, [ref] if hs is None else hs, why))

theme("THEME 1 – CONTACT, CALL HANDLING & DEMAND")
item("PEEL21-AFI1", "Control room resourcing – enough staff in the control room to meet demand and the resourcing model, with workforce wellbeing considered",
     "Supt Contact Centre", "Recruitment cohorts 1-3 (Sep 22 / Jan 23 / May 23); wellbeing survey Q1 23/24; resourcing model refresh Q3 24/25",
     "AMBER", "04/10/2024 – establishment at 91%. Abandonment still above target on Fri/Sat nights. Links to PCP-2.3 and PEEL23-AFI3.")
item("PEEL23-AFI3", "Control room resourcing (repeat AFI) – resourcing model v demand, staff wellbeing",
     "Supt Contact Centre", "Demand modelling with Process Evolution Dec 24; shift pattern consultation Feb 25",
     "GREEN", "22/10/2024 – plan agreed at Contact Board. On track.")
item("PEEL23-AFI6", "Timeliness of response to calls for service involving people with mental ill health",
     "Ch Insp Partnerships (MH)", "Right Care Right Person phase 2 go-live 01/11/24; audit of MH incident attendance times Q4",
     "AMBER", "RCRP phase 1 live. Health partners yet to sign phase 2 agreement.")
item("CB14-R1", "THR criteria for call handlers (THRIVE) – specific, sound and understandable",
     "Supt Contact Centre", "THRIVE+ rolled out 2016", "BLUE", "Complete – superseded by THRIVE+ and CDI work.")
item("PCP-2.3", "Reduce 101 call abandonment; keep control room recruitment at establishment (Police and Crime Plan – Priority 2)",
     "Supt Contact Centre", "Quarterly OPCC performance report", "GREEN", "Q2 24/25 abandonment 14% (target <10%). Reported to Police and Crime Panel.", [], "police and crime plan action, near the control-room AFIs in wording")
blank()
theme("THEME 2 – INVESTIGATION STANDARDS & VICTIM SERVICE")
item("PEEL21-AFI2", "Improve supervision of investigations: investigation plans set, reviewed & recorded; consistent service to victims",
     "Det Ch Supt Force CID", "Investigation plan template in Niche Mar 23; supervisor toolkit May 23; dip sample Sep 23",
     "BLUE", "Complete. Dip sample Sept 23 showed 87% of plans reviewed. Evidence pack to OLA 12/01/2024.")
item("PEEL23-AFI1", "Supervision of investigations – plans set, reviewed and recorded (repeat of PEEL21-AFI2, still found in 2024)",
     "Det Ch Supt Force CID", "Sergeant investigative standards course Jan-Jun 25; quarterly crime standards dip sample",
     "AMBER", "HMICFRS found improvement not sustained in Cornwall BCU. New delivery plan being drafted.")
item("PEEL23-CoC1", "Cause of concern – capacity and capability to investigate crime effectively; failings in how crimes are investigated",
     "ACC Crime", "Investigation improvement plan signed off Jun 24; monthly Engage meeting with HMICFRS",
     "AMBER", "Force in Engage. Progress reported to HMICFRS monthly; last update 30/10/2024.")
item("PEEL23-R1", "Review officers' investigative workloads – capability & capacity, demand and the pressures on them",
     "ACC Crime", "Workload review fieldwork Jul-Sep 24; report to Chief Officer Group Oct 24",
     "GREEN", "Fieldwork complete. Report drafted, on track for COG.")
item("PEEL21-AFI4", "Better understanding/management of suspects released under investigation (RUI) and on bail",
     "Head of Criminal Justice", "Bail & RUI performance dashboard Apr 23; Bail Act changes training Oct 23",
     "GREEN", "On track – RUI numbers down 38% since Oct 22.")
item("PEEL21-AFI6", "Speed up retrieval of digital evidence from phones, computers & devices so investigations aren't delayed",
     "Head of Digital Forensics", "Kiosk roll-out to 12 stations; outsourcing contract renewal Apr 24",
     "RED", "Backlog 1,140 devices at 30/09/24. Procurement delayed. Escalated to Force Exec.")
item("PEEL21-AFI3", "Keep DA victims updated on progress of their case, in line with the Victims' Code",
     "Ch Supt Public Protection", "Victim contact contract in Niche; VCOP compliance audit Q3",
     "AMBER", "VCOP compliance 71% (Sep 24). Work continues.")
item("CDI17-R1a", "Victims believed at point of report", "Force Crime Registrar", "Crime recording training (all staff)",
     "BLUE", "Complete 2018.", ["CDI17-R1"], "bullet 1 of the CDI item")
item("CDI17-R1b", "Call handler / caller conversations summarised accurately in the incident log so attending officers have full facts for crime-recording decisions",
     "Supt Contact Centre", "QA of STORM logs monthly", "BLUE", "Complete.", ["CDI17-R1"], "bullet 2")
item("CDI17-R1c", "Multiple crimes always recorded when described in incident records or found in other crime investigations",
     "Force Crime Registrar", "Audit programme 24/25", "GREEN", "Latest audit 89% compliance for multiple crimes – on track, re-audit Jan 25.",
     ["CDI17-R1"], "bullet 3, GREEN = on track, so the item is not done")
item("CDI17-R1d", "Stop waiting for results of medical examinations / video interviews before making crime-recording decisions",
     "Force Crime Registrar", "Policy change 2017", "BLUE", "Complete.", ["CDI17-R1"], "bullet 4")
item("CDI17-R1e", "Online crime reports triaged when received for ongoing risk to the victim or public",
     "Supt Contact Centre", "Single Online Home triage process", "BLUE", "Complete.", ["CDI17-R1"], "bullet 5")
item("CB14-R2", "Record and evaluate crime prevention / disruption activity to see which tactics work",
     "Head of Corporate Development", "Problem-solving database (POP) relaunch", "GREEN", "On track – POP database relaunched Jul 24.")
item("PCP-2.1", "Improve victim satisfaction with being kept informed (Police and Crime Plan – Priority 2: victims)",
     "Head of Criminal Justice", "Victim satisfaction survey quarterly", "AMBER", "Satisfaction with updates 64% (target 75%).", [], "police and crime plan action, near the DA-kept-informed AFI in wording")
blank()
theme("THEME 3 – VULNERABILITY & SAFEGUARDING")
item("PEEL21-AFI7", "Work better with partner organisations to safeguard those at risk of CSE",
     "Ch Supt Public Protection", "Joint CSE/CCE panel with 4 local authorities", "BLUE", "Complete – closed at Vulnerability Board 03/2023.")
item("PEEL23-AFI2", "Partnership safeguarding for children at risk of CSE (repeat of PEEL21-AFI7)",
     "Ch Supt Public Protection", "MACE panels reviewed Jun 24; information-sharing protocol re-signed Aug 24",
     "BLUE", "Complete. Evidence submitted to OLA for sign off 15/10/2024.")
item("PEEL21-AFI8", "Training for officers & staff to identify and respond to stalking and harassment",
     "Head of Learning & Development", "Stalking e-learning (all frontline) by Mar 23; Domestic Abuse Matters refresher",
     "GREEN", "e-learning completion 93%. On track.")
item("PEEL23-AFI5", "Use ancillary orders & other powers (e.g. SPOs) to protect stalking & harassment victims",
     "Ch Supt Public Protection", "SPO champions in each BCU; legal services SLA", "BLUE", "Complete – SPO applications up from 9 to 41.")
item("MSHT17-R1", "MSHT leadership & governance review – senior leaders prioritise, right resources, partnership arrangements, performance/QA",
     "Det Supt MSHT", "MSHT governance board ToR; partnership network", "AMBER", "Ongoing.")
item("MSHT17-R2", "Information sharing agreements with other agencies – speedy intelligence exchange, safeguarding victims, identifying suspects early",
     "Head of Intelligence", "ISAs with LAs, GLAA and Border Force", "BLUE", "All ISAs signed. Complete.")
item("MSHT17-R3", "Early and continuing consideration of the s45 defence for victims compelled to commit crime",
     "Head of Criminal Justice", "CPS joint guidance", "BLUE", "Complete.")
item("MSHT17-R4", "NRM compliance & duty to notify the Home Office of suspected adult victims",
     "Det Supt MSHT", "DtN process audit", "RED", "Audit found DtN forms not submitted in 40% of cases.")
item("MSHT17-R5", "NCRS compliance for MSHT offences + audit capacity for the FCR",
     "Force Crime Registrar", "Annual MSHT crime recording audit", "AMBER", "Next audit Feb 25.")
item("MSHT17-R7", "Use Modern Slavery Act 2015 preventative powers (STPOs/STROs) to restrict those posing a threat",
     "Det Supt MSHT", "STPO guidance to investigators", "GREEN", "On track.")
item("EB14-R1", "Publish DA action plan (Everyone's Business 2014)",
     "Ch Supt Public Protection", "Published Sept 2014", "BLUE", "Complete – kept on plan for DA audit trail.",
     [], "Everyone's business (2014) item: not on this HMICFRS list")
blank()
theme("THEME 4 – STOP AND SEARCH, USE OF FORCE & LEGITIMACY")
item("SS13-R2", "Monitor how officers use S&S – lawful (incl. equality legislation / Code of Practice) and effective in preventing crime and catching criminals",
     "Supt Neighbourhoods", "S&S dashboard; Legitimacy Board quarterly", "AMBER", "Being reworked into LEG17-R1 dashboard.",
     ["SAS13-R2"], "SS13 is the force's code for the 2013 Stop and search powers report")
item("SS13-R3", "Explain S&S use to the public (with the PCC) and let community reps scrutinise S&S records – involve young people",
     "Supt Neighbourhoods", "Scrutiny panels in each BCU", "BLUE", "Complete.", ["SAS13-R3"], "2013 report, same ask as SS15-R1")
item("SS15-R1", "Comply with Code of Practice – explain S&S to the public; records scrutinised by community reps incl. young people (S&S powers 2)",
     "Supt Neighbourhoods", "Youth scrutiny panel launched 2016", "BLUE", "Complete. Youth panel meets bi-monthly.")
item("LEG17-CoC1", "Cause of concern – show S&S is consistently reasonable and fair; explain BAME over-representation",
     "ACC Local Policing", "Disproportionality research with University of Exeter", "AMBER", "Research report due Feb 25.")
item("LEG17-R1", "Monitor comprehensive S&S data – disproportionality by ethnic group, find rates, possession-only drug searches",
     "Supt Neighbourhoods", "Power BI S&S dashboard", "GREEN", "Dashboard live; on track.")
item("LEG17-R2 & R3", "Where monitoring shows disparities: research/analysis of reasons and action to reduce them; publish the analysis and actions every year",
     "ACC Local Policing", "Annual S&S report published Jul 23 and Jul 24", "BLUE", "Complete – annual report on force website.",
     ["LEG17-R2", "LEG17-R3"], "one force row answers LEG17 R2 and R3")
item("LEG17-R4", "All S&S officers trained in unconscious bias and the CoP APP on stop and search",
     "Head of Learning & Development", "Mandatory training", "BLUE", "Complete.")
item("PPS21-R1", "Effective communication skills for officers & staff (National Policing Guidelines on Conflict Management)",
     "Head of Learning & Development", "PST module 2023", "AMBER", "Module written, delivery 60%.")
item("PPS21-R2", "Reinforce comms skills in CPD; supervisors debrief officers using BWV footage",
     "Head of Learning & Development", "CPD days; supervisor BWV review guide", "BLUE", "Complete.")
item("PPS21-R3", "BWV – record whole S&S and use of force encounters; internal review of a sample of footage; scrutiny panel access to footage",
     "Supt Neighbourhoods", "BWV policy update; panel data-sharing agreement", "GREEN", "Panel access agreed – on track.")
item("PPS21-R5", "Internal monitoring of use of force to identify and explain disproportionate use",
     "ACC Local Policing", "Use of force dashboard", "BLUE", "Complete.")
blank()
theme("THEME 5 – FIREARMS LICENSING")
item("FL15-R1", "Firearms licensing governance against APP standards", "Supt Firearms Licensing", "Gap analysis 2015", "BLUE", "Complete.")
item("FL15-R2", "Within 6 months: assess demand on the Firearms Licensing Dept and make sure it has the capacity to meet it at all times",
     "Supt Firearms Licensing", "Demand review; restructure 2024", "AMBER", "Renewal backlog 2,300. Restructure approved.",
     None, "CONFLICT")
item("FL15-R3", "'Total expired' licensing records – make sure all appropriate action is taken", "Supt Firearms Licensing",
     "Weekly expired report", "AMBER", "Weekly checks continue.")
item("FL15-R4", "Temporary permits in line with Home Office guidance, recorded on NFLMS without delay; nobody left in unlawful possession",
     "Supt Firearms Licensing", "Process map", "BLUE", "Complete.")
blank()
theme("THEME 6 – WORKFORCE, INTEGRITY & GOVERNANCE")
item("IM15-R1", "Misconduct investigations ending in NFA – fair and free of discrimination", "Head of Professional Standards",
     "PSD disproportionality review", "BLUE", "Complete – review to PSD board 2023.")
item("EFF17-R1", "Digital plan – an ambitious plan to improve digitally-enabled services", "Director of Digital",
     "Digital strategy 2024-27", "AMBER", "Strategy in draft.")
item("PEEL23-AFI7", "Make performance management processes effective", "Head of Corporate Development",
     "Performance framework review", "RED", "Not started – awaiting new Head of Performance.")
item("IA23-07", "Internal audit 2023/24: vetting renewals – clear the backlog of overdue renewals", "Head of Professional Standards",
     "Audit action due 31/03/24", "BLUE", "Complete – agreed at JAC.", [], "internal audit action")
item("PCP-4.1", "Increase visible neighbourhood policing in rural areas (Police and Crime Plan – Priority 4)", "ACC Local Policing",
     "Rural crime team expansion", "RED", "Recruitment paused.", [], "police and crime plan action")
T.append(("blank",))
T.append(("note", "Items closed by HMICFRS and confirmed BLUE are archived at year end. Ref = report code + item number as numbered by the force (not the HMICFRS reference)."))

# ---------------------------------------------------------------- write tracker.xlsx
wb = Workbook()
ws = wb.active
ws.title = "Improvement Plan"
HDR = ["Ref", "Objective", "Lead", "Milestones", "RAG", "Comments"]
thin = Side(style="thin", color="999999")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
FILL = {"RED": "FF0000", "AMBER": "FFC000", "GREEN": "00B050", "BLUE": "00B0F0"}
THEME_FILLS = ["1F4E78", "375623", "7030A0", "C55A11", "833C0B", "305496"]

ws["A1"] = "Devon & Cornwall Police – HMICFRS Improvement Plan (by theme)"
ws["A1"].font = Font(bold=True, size=14)
ws.merge_cells("A1:F1")
ws["A2"] = "Organisational Learning & Assurance | Version 3.4 | updated 06/11/2024 for Joint Audit Committee"
ws.merge_cells("A2:F2")
row = 4
for c, h in enumerate(HDR, 1):
    cell = ws.cell(row=row, column=c, value=h)
    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = PatternFill("solid", fgColor="404040")
    cell.border = box
ws.freeze_panes = "A5"
ti = 0
FROW = {}
for t in T:
    row += 1
    if t[0] == "theme":
        ws.cell(row=row, column=1, value=t[1])
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
        ws.cell(row=row, column=1).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=row, column=1).fill = PatternFill("solid", fgColor=THEME_FILLS[ti]); ti += 1
    elif t[0] == "blank":
        pass
    elif t[0] == "note":
        ws.cell(row=row, column=1, value=t[1]).font = Font(italic=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
    else:
        _, ref, obj, lead, ms, rag, com, hs, why = t
        for c, v in enumerate([ref, obj, lead, ms, rag, com], 1):
            cell = ws.cell(row=row, column=c, value=v)
            cell.border = box
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=row, column=5).fill = PatternFill("solid", fgColor=FILL[rag])
        FROW[id(t)] = row
for col, wdt in zip("ABCDEF", [15, 60, 26, 40, 9, 50]):
    ws.column_dimensions[col].width = wdt

ks = wb.create_sheet("Key")
ks["A1"] = "RAG key"; ks["A1"].font = Font(bold=True)
key = [("RED", "Off track – beyond deadline or cannot be delivered; escalate"),
       ("AMBER", "Some slippage / risk to delivery – work ongoing"),
       ("GREEN", "On track – work progressing to plan (NOT complete)"),
       ("BLUE", "Complete – evidence held, submitted for sign off / closure")]
for i, (k, v) in enumerate(key, 3):
    ks.cell(row=i, column=1, value=k).fill = PatternFill("solid", fgColor=FILL[k])
    ks.cell(row=i, column=2, value=v)
ks["A2"], ks["B2"] = "RAG", "Meaning"
ks.column_dimensions["B"].width = 70
ks["A8"] = "Ref codes: PEEL21 = PEEL 2021/22, PEEL23 = PEEL 2023-25, CDI17 = Crime Data Integrity, MSHT17 = Stolen Freedom, SS13/SS15 = Stop & Search 2013/2015, LEG17 = PEEL Legitimacy 2017, PPS21 = Police powers spotlight 2021, FL15 = Targeting the Risk, CB14 = Core Business, IM15 = Integrity Matters, EFF17 = PEEL Efficiency 2017, PCP = Police and Crime Plan, IA = internal audit."
wb.save(OUT / "tracker.xlsx")

# ---------------------------------------------------------------- truth
def h_cat(hcode, force_done):
    h_open = HSTAT[hcode] in OPEN_H
    if h_open and force_done:
        return "closeable_submit"
    if not h_open and not force_done:
        return "closeable_local"
    return "in_sync"

items = [t for t in T if t[0] == "item"]
# done-ness per HMICFRS item (all rows of a split item must be BLUE)
rows_of = {}
for t in items:
    for hc in t[7]:
        rows_of.setdefault(hc, []).append(t)
lines = []
for t in items:
    _, ref, obj, lead, ms, rag, com, hs, why = t
    fr = f"Improvement Plan!{FROW[id(t)]}"
    if not hs:
        lines.append(("", fr, "not_on_hmicfrs_list", f"{ref}: force-only row ({why}); no HMICFRS item"))
        continue
    for hc in hs:
        done = all(x[5] == "BLUE" for x in rows_of[hc])
        if why == "CONFLICT":
            cat = "conflict"
            w = (f"{ref} = Targeting the risk item 2 (firearms licensing demand/capacity); HMICFRS says "
                 f"'Within three months', force objective says 'Within 6 months' (HMICFRS {HSTAT[hc]}, force {rag})")
        else:
            cat = h_cat(hc, done)
            w = f"{ref} ({REPORTS[hc.split('-')[0]][0][:40]}...) HMICFRS {HSTAT[hc]}, force {rag}"
            if len(rows_of[hc]) > 1:
                w += f"; split item: {why}; all parts done = {done}"
            elif why:
                w += f"; {why}"
            if rag == "GREEN":
                w += "; GREEN = on track per Key sheet, i.e. open"
        lines.append((HROW[hc], fr, cat, w))
tracked = {hc for t in items for hc in t[7]}
for h in H:
    if h[0] not in tracked:
        lines.append((HROW[h[0]], "", "missing_from_force",
                      f"{REPORTS[h[1]][0][:60]} item (force would code it {h[0]}) status {h[4]}: no row in the plan"))

def rk(l):
    return int(l[0].split("!")[1]) if l[0] else 10_000 + int(l[1].split("!")[1])
lines.sort(key=rk)
with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)

from collections import Counter
print(len(H), "HMICFRS items;", len(items), "force item rows;", len(lines), "truth lines")
print(Counter(l[2] for l in lines))
