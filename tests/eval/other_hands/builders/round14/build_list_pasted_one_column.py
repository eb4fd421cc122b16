"""Builder for the independent case `list_pasted_one_column`.

HMICFRS side: the definitive list as an analyst received it by email and pasted into Excel:
one column of text per item ("ref | report | type | text"), the status in the next column,
a greeting above, a second (shorter) email pasted below in another style, a signature at the end,
long texts wrapped onto continuation rows that carry no status.
Force side: an ordinary tidy tracker.
Texts: only real texts from /work/shared/data/real_recommendations.csv and the casegen text lists.
Run: /work/main/.venv/bin/python build_list_pasted_one_column.py
"""
import csv
import random
import sys
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

sys.path.insert(0, "/work/main")
from reconcile.casegen.texts import (  # noqa: E402  (read as data only)
    BODIES, BWV_2021, CAUSES, CONTROL_ROOM, EVERYONE_PLAN, FIREARMS, LEADS, LOCAL_ACTIONS,
    MSHT_INTEL, MSHT_NRM, NATIONAL, SAS_MONITORING_2017, SF_LEADERSHIP, TOPIC_BODIES,
)

random.seed(14)
OUT = Path("/tmp/indep14/pasted/list_pasted_one_column")
OUT.mkdir(parents=True, exist_ok=True)
R = pd.read_csv("/work/shared/data/real_recommendations.csv").text.tolist()


def nat(key, i):
    return NATIONAL[key][2][i][1]


def topic(i, t):
    return "The force should " + TOPIC_BODIES[i].format(t=t) + "."


# report key -> (HMICFRS title, publication date dd/mm/yyyy, force's short name)
REP = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?", "09/07/2013", "Stop & Search 2013"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse", "27/03/2014", "Everyone's Business (DA) 2014"),
    "austerity": ("Policing in austerity: Meeting the challenge", "22/07/2014", "Policing in Austerity 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use of police time", "04/09/2014", "Core Business 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", "30/01/2015", "Integrity Matters 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?", "24/03/2015", "Stop & search powers 2 (2015)"),
    "picture": ("Building the picture: an inspection of police information management", "01/07/2015", "Building the Picture 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", "15/09/2015", "Firearms licensing 2015"),
    "eff15": ("PEEL: Police efficiency 2015 – Cleveland Police", "15/10/2015", "PEEL Efficiency 2015"),
    "ncpi16": ("National child protection inspection 2016 – Cleveland Police", "14/06/2016", "NCPI 2016"),
    "eff16": ("PEEL: Police effectiveness 2016 – Cleveland Police", "02/03/2017", "PEEL Eff 16"),
    "cdi17": ("Crime data integrity inspection 2017 – Cleveland Police", "21/09/2017", "CDI 2017"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking", "24/10/2017", "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", "09/11/2017", "PEEL Efficiency 17 (all forces)"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", "12/12/2017", "PEEL Legit 17 S&S"),
    "custody18": ("Report on an unannounced inspection visit to police custody suites in Cleveland 2018", "14/08/2018", "Custody inspection 2018"),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Cleveland Police", "02/05/2019", "PEEL 2018/19"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", "26/02/2021", "Police powers spotlight (Feb 21)"),
    "peel2122": ("PEEL 2021/22 – Cleveland Police", "29/09/2022", "PEEL 21/22"),
    "peel2325": ("PEEL 2023–25 – Cleveland Police", "21/11/2024", "PEEL 2023-25"),
}

REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"
BP, AR, CO = "Being progressed", "Awaiting review", "Complete"

# Real texts with the force's name where the original had another force's.
def body(prefix):
    (b,) = [x for x in BODIES if x.startswith(prefix)]
    return b


CUSTODY_CHILDREN = "Within six months Cleveland Police should, " + body("in conjunction with children") + "."
assert CUSTODY_CHILDREN.count("•") == 4
CDI_TEXT = R[11]
MISSING_REC = R[26]
CFC_MISSING = CAUSES[1]
DA_COC = R[21]
EVERYONE = EVERYONE_PLAN.replace("\n\n", " ").replace("\n", " ").replace("  ", " ")
SAS17 = SAS_MONITORING_2017.replace("\n", " ")
SF_LEAD = SF_LEADERSHIP.replace("\n", " ")
VETTING_COC = CAUSES[4].format(force="Cleveland Police")
VETTING_REC = R[20]
WHISTLE = "The force should " + body("make sure it provides a confidential way") + "."
assert "whistleblowing" in WHISTLE

ITEMS = []      # HMICFRS items, in the order they are pasted
FORCE_ONLY = []  # (report key, force row, why)


def F(ref, typ, text, status, progress=None):
    return dict(ref=ref, typ=typ, text=text, status=status, progress=progress)


def item(ref, rep, typ, text, status, force, cat, why, style=1, wrap=None):
    """wrap: list of substrings at which the pasted text continues on a new row."""
    ITEMS.append(dict(ref=ref, rep=rep, typ=typ, text=text, status=status, force=force,
                      cat=cat, why=why, style=style, wrap=wrap or []))


# ---------------------------------------------------------------- the items -----------------
item(1187, "sas13", NAT, nat("sas13", 1), CO,
     [F(None, "National rec", "Establish/improve monitoring of how officers stop & search people so the force is satisfied officers act within the law (incl. equality legislation & Code of Practice) and the power is used effectively to prevent crime, catch criminals & maintain public trust", "Complete", "S&S scrutiny board meets monthly. Closed by FET 2016.")],
     "in_sync", "HMICFRS Complete, force Complete")
item(1189, "sas13", NAT, nat("sas13", 2), CO,
     [F(1189, "National rec", "Comply with code of practice – explain to the public how S&S powers are used & arrange for S&S records to be scrutinised by community reps (involve young people)", "GREEN", "Community scrutiny panel in place; youth panel added 2016.")],
     "in_sync", "HMICFRS Complete, force GREEN; same wording recurs in Stop and search powers 2 (2015) (5020), told apart by report and ref")
item(2321, "everyone", NAT, EVERYONE, CO,
     [F(2321, "National rec", "By Sept 2014 establish & publish a DA action plan specifying what steps the force will take to improve its approach to DA (in consultation with PCC, DA support orgs & victims reps; with reference to DHRs & IPCC findings; drawing on CPS scrutiny panels & MARAC self-assessments)", "Complete", "DA action plan published Sept 2014; refreshed annually.")],
     "in_sync", "HMICFRS Complete, force Complete; pasted text wraps onto two continuation rows",
     wrap=["This action plan should be developed", "• with reference to all relevant"])
item(4822, "core", NAT, nat("core", 0), BP,
     [F(4822, "National rec", "Provide call handlers with specific, sound & comprehensible criteria to assess threat, harm and risk (THRIVE)", "GREEN", "THRIVE+ embedded in contact centre; QA dip samples show 94% compliance. Evidence pack sent to FLL.")],
     "closeable_submit", "HMICFRS Being progressed, force GREEN")
item(4823, "core", NAT, nat("core", 1), CO,
     [F(None, "National rec", "Ensure crime prevention / disruption activity is systematically recorded & evaluated to determine effectiveness of tactics", "AMBER", "Problem-solving database being procured; evaluation framework in draft.")],
     "closeable_local", "HMICFRS Complete, force AMBER (still open locally)")
item(5102, "integrity", NAT, nat("integrity", 0), CO,
     [F(5102, "National rec", "Satisfy ourselves processes in place so misconduct investigations resulting in NFA are fair & free of any discrimination", "GREY", "Superseded by PSD disproportionality review 2021.")],
     "in_sync", "HMICFRS Complete, force GREY (superseded = closed locally)")
item(5020, "sas15", NAT, nat("sas15", 0), BP,
     [F(None, "National rec", "In consultation with the PCC, comply with the Code of Practice by explaining to the public the way S&S powers are used in the area and making arrangements for S&S records to be scrutinised by community representatives", "In Progress", "Panel terms of reference being refreshed with OPCC.")],
     "in_sync", "HMICFRS Being progressed, force In Progress; near-identical wording to 1189 (2013 report, closed) – force row is under the 2015 report and says 'in consultation with the PCC'")
item(5390, "picture", NAT, nat("picture", 0), BP, [],
     "missing_from_force", "information management audit scrutiny recommendation (Building the picture) not in the force tracker")
item(5480, "firearms", NAT, nat("firearms", 0), CO,
     [F(5480, "National rec", "Assess how well governance of firearms licensing meets APP standards; put correct arrangements in place where not", "Complete", "Governance review completed 2016.")],
     "in_sync", "HMICFRS Complete, force Complete")
item(5481, "firearms", NAT, FIREARMS, BP,
     [F(None, "National rec", "Assess demand on Firearms Licensing Dept & ensure capacity to meet it", "In progress", "Demand model refreshed; 2 additional enquiry officers approved.")],
     "in_sync", "HMICFRS Being progressed, force In progress")
item(5482, "firearms", NAT, nat("firearms", 2), CO,
     [F(None, "National rec", "Satisfy ourselves all appropriate action is taken re ‘total expired’ licensing records", "Complete", None)],
     "in_sync", "HMICFRS Complete, force Complete")
item(5483, "firearms", NAT, nat("firearms", 3), BP,
     [F(5483, "National rec", "Temporary permits – in accordance with HO guidance, recorded without delay on NFLMS, no certificate holder left in unlawful possession of a firearm", "GREEN", "Completed. Evidence submitted to HMICFRS for closure.")],
     "closeable_submit", "HMICFRS Being progressed, force GREEN")
item(5484, "firearms", NAT, nat("firearms", 4), AR,
     [F(None, "National rec", "Systems to identify before attendance whether an incident involves / is at the address of a firearm certificate holder; always applied by dispatchers; officers understand risk assessment & power to seize", "AMBER", "Work undertaken in area but still requires development to complete.")],
     "in_sync", "HMICFRS Awaiting review, force AMBER")
item(5630, "eff15", AFI, R[14], CO,
     [F(None, "AFI", "Undertake further work to gain a fuller understanding of current & likely future demand so resources can be matched to demand", "Complete", "Force Management Statement now covers demand.")],
     "in_sync", "HMICFRS Complete, force Complete")
item(5631, "eff15", AFI, R[15], BP,
     [F(5631, "AFI", "Develop understanding of links between outcomes, outputs & costs", "AMBER", "Activity-based costing pilot in Finance.")],
     "in_sync", "HMICFRS Being progressed, force AMBER")
item(5632, "eff15", AFI, R[16], BP,
     [F(None, "AFI", "Develop a future workforce plan aligned with overall demand & budget (resource allocations, skills mix, behaviours)", "Pending sign off", "Pending sign off by the chief officer lead.")],
     "closeable_submit", "HMICFRS Being progressed, force 'Pending sign off' (force says done)")
item(6702, "eff16", COC, DA_COC, BP,
     [F(6702, "CoC", "Force's current approach to DA is unacceptable – proportion of victims who fail to support the investigation & low use of arrest/prosecution", "AMBER", "Addressed holistically as part of the force change programme.")],
     "in_sync", "HMICFRS Being progressed, force AMBER")
item(6703, "eff16", REC, R[22], CO,
     [F(None, "Rec", "Consider ways of increasing use of arrest, ancillary orders & other available powers for DA", "GREEN", "Arrest rate for DA up from 28% to 41%.")],
     "in_sync", "HMICFRS Complete, force GREEN")
item(6704, "eff16", REC, R[23], BP,
     [F(6704, "Rec", "Understand & address why a high proportion of DA victims do not support the police investigation", "RED", "Little work yet undertaken in this area. Unlikely to reach deadlines.")],
     "in_sync", "HMICFRS Being progressed, force RED (open)")
item(6705, "eff16", REC, R[24], CO,
     [F(None, "Rec", "Cease DA risk assessments over the telephone and dealing with DA in the resolution centre", "In progress", "Resolution centre DA pathway under review.")],
     "closeable_local", "HMICFRS Complete, force In progress")
item(6706, "eff16", COC, CFC_MISSING, BP,
     [F(6706, "CoC", "CoC – response to missing & absent children (risk assessment, absent vs missing classification, risk grading)", "AMBER", "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.")],
     "in_sync", "HMICFRS Being progressed, force AMBER")
item(6707, "eff16", REC, MISSING_REC, AR,
     [F(None, "Rec", "Review approach to reports of missing children – call takers understand & use missing/absent category; call takers & frontline staff can identify CSE risk factors; supervisors provide correct oversight of missing enquiries", "Open - Actions on going on track", "Missing from home policy rewritten; training 70% delivered.")],
     "in_sync", "HMICFRS Awaiting review, force 'Open - Actions on going on track'; pasted text wraps onto a continuation row",
     wrap=["• supervisors provide"])
CDI_PARTS = [
    ("6995 (i)", "Victims are believed at the point of report", "Complete"),
    ("6995 (ii)", "Call handler / caller conversations summarised accurately in the incident log so attending officers have full facts for crime-recording decisions", "Complete"),
    ("6995 (iii)", "Multiple crimes always recorded when described in incident records or identified in other recorded crime investigations", "GREEN"),
    ("6995 (iv)", "Stop the practice of awaiting results of medical examinations / video interviews before making crime-recording decisions", "Complete"),
    ("6995 (v)", "Online crime reports triaged at point of receipt to identify ongoing risks to the victim or wider public", "Complete"),
]
item(6995, "cdi17", REC, CDI_TEXT, AR,
     [F(r, "Rec", t, s, "Force Crime Registrar audit: compliant. Ready to move to GREEN status." if i == 0 else None)
      for i, (r, t, s) in enumerate(CDI_PARTS)],
     "closeable_submit", "one recommendation split by the force into its five bullets (6995 (i)-(v)); all five done, HMICFRS Awaiting review",
     wrap=["• multiple crimes are always recorded"])
item(8560, "custody18", REC, CUSTODY_CHILDREN, BP,
     [F(None, "Rec", "With children's social care, review how we manage detention of children – detained only when absolutely necessary & for minimum time; early assessment of need for alternative accommodation; record all actions & decisions; improve timeliness of appropriate adult support", "AMBER", "Concordat on children in custody signed with both LAs; AA contract retender Q2.")],
     "in_sync", "HMICFRS Being progressed, force AMBER; pasted text wraps onto a continuation row",
     wrap=["accommodation (secure or otherwise)"])
item(8541, "leg17", COC, R[46], CO,
     [F("8541 ", "CoC", "Forces unable to demonstrate that use of S&S is consistently reasonable & fair – over-representation of BAME people", "Complete", None)],
     "in_sync", "HMICFRS Complete, force Complete")
item(8542, "leg17", NAT, SAS17, BP,
     [F(None, "National rec", "By July 2018 regularly monitor comprehensive S&S data to understand disproportionality, find rates by ethnicity & search type, and prevalence of possession-only drug searches", "GREEN", "Power BI S&S dashboard live; reviewed at quarterly scrutiny panel.")],
     "closeable_submit", "HMICFRS Being progressed, force GREEN; pasted text wraps onto a continuation row",
     wrap=["•the extent to which find rates"])
item(8543, "leg17", NAT, R[48], BP, [],
     "missing_from_force", "disparities research/action recommendation not in the force tracker")
item(8544, "leg17", NAT, R[49], AR,
     [F(8544, "National rec", "Publish disproportionality analysis & actions taken at least annually from July 2018", "Pending sign off", "2024 annual S&S report published on force website 12/12/2024.")],
     "closeable_submit", "HMICFRS Awaiting review, force 'Pending sign off'")
item(8545, "leg17", NAT, R[50], CO,
     [F(None, "National rec", "All officers who use S&S trained on unconscious bias & CoP APP on S&S (by July 2018 & ongoing)", "Complete", None)],
     "in_sync", "HMICFRS Complete, force Complete")
item(9012, "peel1819", COC, VETTING_COC, BP,
     [F(9012, "CoC", "Size of the vetting backlog", "AMBER", "Backlog down from 1,140 to 310.")],
     "in_sync", "HMICFRS Being progressed, force AMBER")
item(9013, "peel1819", REC, VETTING_REC, BP,
     [F(9013, "AFI", "Ensure all staff have at least lowest level of vetting clearance; clear backlog & renewals to comply with national vetting guidelines", "In progress", "Vetting unit restructure agreed.")],
     "conflict", "type differs: HMICFRS lists 9013 as a Recommendation (it accompanies the vetting cause of concern 9012), force tracker types the same ref as an AFI")
item(9014, "peel1819", REC, R[6], CO,
     [F(None, "Rec", "Regular & active supervision of the quality & progress of investigations – properly recorded", "Complete", "Investigation supervision template mandated on Niche.")],
     "in_sync", "HMICFRS Complete, force Complete")
item(9015, "peel1819", REC, R[9], BP,
     [F(9015, "Rec", "Improve ability to retrieve digital evidence from mobile phones, computers & other devices quickly enough so investigations aren't delayed", "GREEN", "Digital forensic kiosks in all hubs; backlog cleared.")],
     "closeable_submit", "HMICFRS Being progressed, force GREEN")
item(9016, "peel1819", REC, R[10], BP, [],
     "missing_from_force", "RUI / bail management recommendation not in the force tracker")
item(9017, "peel1819", AFI, R[18], CO,
     [F(None, "AFI", "Improve use of crime recording & management system to better manage case files & investigations", "AMBER", "Niche upgrade slipped to 2025.")],
     "closeable_local", "HMICFRS Complete, force AMBER")
item(10410, "powers", NAT, nat("powers", 0), BP,
     [F(None, "National rec", "By July 2022 – officers & staff have effective communication skills in line with National Policing Guidelines on Conflict Management", "AMBER", "Included in PST refresh 2025.")],
     "in_sync", "HMICFRS Being progressed, force AMBER")
item(10411, "powers", NAT, nat("powers", 1), AR,
     [F(10411, "National rec", "Comms skills reinforced through CPD; supervisors supported to debrief officers using BWV footage", "GREEN", "Already complete / believed to be complete within short time scale (and within deadline).")],
     "closeable_submit", "HMICFRS Awaiting review, force GREEN")
BWV_PARTS = [
    ("(a) Officers record the entirety of all S&S encounters on BWV incl. traffic stops & use of force", "Complete"),
    ("(b) Structured process to regularly review a sample of BWV footage – identify learning & hold officers to account", "Complete"),
    ("(c) External scrutiny panel access to BWV samples of S&S & use of force (CoP APP safeguards)", "AMBER"),
]
item(10412, "powers", NAT, BWV_2021, BP,
     [F(None, "National rec", t, s, "Panel data-sharing agreement awaiting OPCC sign off." if "(c)" in t else None)
      for t, s in BWV_PARTS],
     "in_sync", "one recommendation split by the force into three rows (a)-(c); (c) still AMBER so the item is open, HMICFRS Being progressed",
     wrap=["have a structured process", "provide external scrutiny"])
item(10414, "powers", NAT, nat("powers", 4), BP, [],
     "missing_from_force", "use-of-force internal monitoring recommendation not in the force tracker")
item(11020, "peel2122", AFI, CONTROL_ROOM, BP,
     [F(11020, "AFI", "Sufficient resources in the control room to fulfil resourcing model & meet demand, taking account of workforce wellbeing", "AMBER", "Contact centre uplift of 12 FTE recruited; attrition remains high.")],
     "in_sync", "HMICFRS Being progressed, force AMBER")
item(11021, "peel2122", AFI, topic(1, "domestic abuse"), BP,
     [F(None, "AFI", "Make sure DA investigations are allocated to officers with the right skills & effectively supervised", "GREEN", "DA investigation teams in all 4 districts; supervision audit passed.")],
     "closeable_submit", "HMICFRS Being progressed, force GREEN; same formula as 11022 with another topic (DA vs rape and serious sexual offences)")
item(11022, "peel2122", AFI, topic(1, "rape and serious sexual offences"), BP,
     [F(11022, "AFI", "RASSO investigations allocated to officers with the right skills & effectively supervised", "AMBER", "Op Soteria roll-out; 60% of RASSO investigators accredited.")],
     "in_sync", "HMICFRS Being progressed, force AMBER")
item(11023, "peel2122", AFI, topic(12, "domestic abuse"), CO,
     [F(None, "AFI", "Victims of DA kept informed about progress of their case in line with the Victims' Code", "Complete", "VCOP compliance 92% (Dec 22 audit).")],
     "in_sync", "HMICFRS Complete, force Complete; identical wording recurs in PEEL 2023–25 (12301) – told apart by report")
item(11024, "peel2122", AFI, topic(2, "child sexual exploitation"), BP, [],
     "missing_from_force", "CSE partnership AFI not in the force tracker")
item(11025, "peel2122", AFI, topic(5, "anti-social behaviour"), CO,
     [F(None, "AFI", "Record reports of ASB accurately & without delay", "GREEN", None)],
     "in_sync", "HMICFRS Complete, force GREEN")
item(11026, "peel2122", AFI, topic(11, "vulnerable adults"), BP,
     [F(11026, "AFI", "Improve timeliness of response to calls for service involving vulnerable adults", "Pending sign off", "Pending sign off by the chief officer lead.")],
     "closeable_submit", "HMICFRS Being progressed, force 'Pending sign off'")
item(11027, "peel2122", AFI, WHISTLE, BP,
     [F(None, "AFI", "Confidential way for staff to raise concerns; staff aware of whistleblowing processes", "In progress", "Bad Apple replacement procured.")],
     "in_sync", "HMICFRS Being progressed, force In progress")
item(12301, "peel2325", AFI, topic(12, "domestic abuse"), AR,
     [F(12301, "AFI", "Make sure victims of DA are kept informed about the progress of their case, in line with the Code of Practice for Victims of Crime", "Open - Actions on going on track", "Re-inspection found VCOP updates inconsistent; new victim contact plan.")],
     "in_sync", "HMICFRS Awaiting review, force 'Open - Actions on going on track'; identical text to 11023 (PEEL 2021/22, closed)")
item(12302, "peel2325", AFI, topic(6, "serious and organised crime"), BP,
     [F(None, "AFI", "Analysis of SOC to inform the strategic assessment & control strategy", "AMBER", None)],
     "in_sync", "HMICFRS Being progressed, force AMBER")
item(12303, "peel2325", AFI, topic(7, "online child sexual abuse"), AR, [],
     "missing_from_force", "online CSA offender-management AFI not in the force tracker")
item(12304, "peel2325", AFI, topic(0, "violence against women and girls"), AR,
     [F(12304, "AFI", "Improve understanding of the nature & scale of VAWG in Cleveland", "In progress", "VAWG problem profile commissioned from Intelligence.")],
     "in_sync", "HMICFRS Awaiting review, force In progress")
item(12305, "peel2325", AFI, topic(3, "stalking and harassment"), AR,
     [F(None, "AFI", "Review approach to stalking & harassment so victims receive a consistently good service", "GREEN", "Stalking clinic launched; SPO applications up 300%.")],
     "closeable_submit", "HMICFRS Awaiting review, force GREEN")
# ---- second email (style 2): national items "missed off" the first table
item(8210, "stolen", NAT, SF_LEAD, BP,
     [F(8210, "National rec", "Review leadership & governance for MSHT – senior leaders prioritise MSHT; every incident allocated resources with skills/capacity; partnership arrangements; performance & QA measures", "AMBER", "MSHT governance board chaired by ACC Crime.")],
     "in_sync", "HMICFRS Being progressed, force AMBER; pasted text wraps onto a continuation row",
     style=2, wrap=["• forces develop effective partnership"])
item(8211, "stolen", NAT, MSHT_INTEL, BP,
     [F(8211, "National rec", "Within twelve months, have in place active ISAs with other agencies to speed up exchange of intelligence, safeguard victims & identify suspects early", "AMBER", "ISA with both local authorities drafted.")],
     "conflict", "timescale differs: HMICFRS text 'Within six months', force text for the same ref 8211 'Within twelve months'", style=2)
item(8212, "stolen", NAT, nat("stolen", 2), CO,
     [F(None, "National rec", "Ensure victims committing crimes under compulsion are afforded early & continuing consideration of the s45 defence", "Complete", None)],
     "in_sync", "HMICFRS Complete, force Complete", style=2)
item(8213, "stolen", NAT, MSHT_NRM, BP,
     [F(None, "National rec", "Fully compliant with the NRM process & duty to notify the HO of suspected adult victims (MSA 2015)", "GREEN", "Completed. Evidence submitted to HMICFRS for closure.")],
     "closeable_submit", "HMICFRS Being progressed, force GREEN", style=2)
item(8214, "stolen", NAT, nat("stolen", 4), AR, [],
     "missing_from_force", "MSHT crime-recording (NCRS) recommendation not in the force tracker", style=2)
item(8215, "stolen", NAT, nat("stolen", 5), BP,
     [F(8215, "National rec", "MSHT allegations thoroughly investigated & supervised by teams with the right skills (incl. joint intelligence teams / overseas evidence)", "In progress", None)],
     "in_sync", "HMICFRS Being progressed, force In progress", style=2)
item(8216, "stolen", NAT, nat("stolen", 6), CO,
     [F(None, "National rec", "Review use of preventative powers (STPOs/STROs) under the Modern Slavery Act 2015", "AMBER", "Only 2 STROs obtained in 2024; legal services engaged.")],
     "closeable_local", "HMICFRS Complete, force AMBER", style=2)
item(8390, "efc17", NAT, nat("efc17", 0), BP,
     [F(None, "National rec", "Produce an ambitious plan to improve digitally-enabled services (by Sept 2018)", "AMBER", "Digital strategy 2023-26 approved; delivery plan in progress.")],
     "in_sync", "HMICFRS Being progressed, force AMBER", style=2)

# ---- force-only rows (not on the HMICFRS list)
FORCE_ONLY = [
    ("austerity", F(None, "National rec", "Review plans to deliver savings – continue to reduce crime & protect the front line while balancing the budget (use HMIC VfM profiles)", "Complete", "MTFP approved Feb 2015."),
     "Policing in austerity 2014 item, closed by HMICFRS and not on the list; force Complete"),
    ("austerity", F(None, "National rec", "Review plans for collaboration – scope for better VfM & capability through joint working with other forces, the public and/or private sector", "GREEN", None),
     "Policing in austerity 2014 item, not on the list"),
    ("ncpi16", F(7311, "Rec", "Effective supervision of the initial risk assessment process, specifically completion of DASH risk assessment in appropriate cases", "Complete", "Closed by HMICFRS 2018 (NCPI revisit)."),
     "force row carries ref 7311 which is not on the HMICFRS list (closed in 2018 per the force's own note)"),
    ("powers", F(None, "National rec", "Home Office & NPCC to ensure quality of data on incidents where force is used to effect a S&S is sufficient for publication", "WHITE", "Not the force's responsibility to deliver; dependent upon another organisation."),
     "recommendation addressed to the Home Office and NPCC; force tracks it as WHITE; not on the force's list"),
]
LOCAL = [
    ("peel2122", F(None, "Force action", "Force action - " + LOCAL_ACTIONS[0].format(t="domestic abuse"), "AMBER", "The Force Executive Team agreed on 25 July that we would risk-assess all DA incidents."),
     "force's own action (Task & Finish group) – not an HMICFRS item, though it sits beside the DA AFIs"),
    ("firearms", F(None, "Internal audit", "Internal audit action: " + LOCAL_ACTIONS[8].format(t="firearms licensing"), "AMBER", "Fieldwork booked for May."),
     "internal audit action, not an HMICFRS item"),
    ("peel2325", F(None, "Force action", "Force improvement plan: " + LOCAL_ACTIONS[2].format(t="rape and serious sexual offences"), "RED", "Crime Standards Board has not yet received Q3 results."),
     "force improvement plan action, not an HMICFRS item"),
]

assert len(ITEMS) == len({it["ref"] for it in ITEMS})

# ------------------------------------------------------------ HMICFRS paste ----------------
NB = "\u00a0"


def style1(it):
    title = REP[it["rep"]][0]
    return f"{it['ref']} | {title} | {it['typ']} | "


def style2(it):
    title, pub, _ = REP[it["rep"]]
    return f"Ref {it['ref']} - {title} (published {pub}) - {it['typ']} - "


def split_text(text, marks):
    parts, rest = [], text
    for m in marks:
        k = rest.index(m)
        parts.append(rest[:k].rstrip())
        rest = rest[k:]
    parts.append(rest)
    return parts


wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
rows = []  # (colA, colB)
rows.append(("Hi all, please see below the current list for your force of recommendations, causes of concern and areas for improvement as held on the HMICFRS monitoring portal. Grateful for any updates and closure evidence by Friday 21 March please.", None))
rows.append((None, None))
rows.append(("Ref | Report | Type | Recommendation / AFI", "Status"))
hm_row = {}
style1_items = [it for it in ITEMS if it["style"] == 1]
style2_items = [it for it in ITEMS if it["style"] == 2]
nb_refs = {5631, 9015, 11025}
trail_refs = {6704, 8544, 12302}


def paste(it, prefix):
    # an email's line breaks inside a text are joined up; only the hard wraps listed become rows
    text = " ".join(it["text"].replace("\n", " ").split())
    parts = split_text(text, it["wrap"])
    first = prefix + parts[0]
    if it["ref"] in nb_refs:
        first = first.replace(" | ", NB + "| ", 1)
    status = it["status"] + (" " if it["ref"] in trail_refs else "")
    hm_row[it["ref"]] = len(rows) + 1
    rows.append((first, status))
    for p in parts[1:]:
        rows.append((p, None))


for it in style1_items:
    paste(it, style1(it))
rows.append((None, None))
rows.append(("Apologies – I missed the national items below off the table above, please include them in your return too:", None))
for it in style2_items:
    paste(it, style2(it))
rows.append((None, None))
rows.append(("Kind regards,", None))
rows.append(("Sam Whitfield", None))
rows.append(("Force Liaison Lead (North East)", None))
rows.append(("HMICFRS", None))

for a, b in rows:
    ws.append([a, b])
ws.column_dimensions["A"].width = 160
ws.column_dimensions["B"].width = 18
wb.save(OUT / "hmicfrs.xlsx")

# ------------------------------------------------------------ force tracker ----------------
ORDER = ["sas13", "everyone", "austerity", "core", "integrity", "sas15", "firearms", "eff15",
         "ncpi16", "eff16", "cdi17", "stolen", "efc17", "leg17", "custody18", "peel1819",
         "powers", "peel2122", "peel2325"]
leads_by_rep = {
    "sas13": "ACC Local Policing", "everyone": "Ch Supt Public Protection", "austerity": "Director of Finance",
    "core": "Supt Contact Centre", "integrity": "Head of Professional Standards", "sas15": "ACC Local Policing",
    "firearms": "Supt Firearms Licensing", "eff15": "Head of Corporate Development", "ncpi16": "Ch Supt Public Protection",
    "eff16": "Ch Supt Public Protection", "cdi17": "Force Crime Registrar", "stolen": "Det Ch Supt Force CID",
    "efc17": "Head of Information Management", "leg17": "ACC Local Policing", "custody18": "Ch Insp Custody",
    "peel1819": "ACC Crime", "powers": "Head of Learning & Development", "peel2122": "ACC Crime", "peel2325": "DCC",
}
# a few items owned outside the report's usual lead (names from the LEADS list)
OWNER_BY_TEXT = {
    "Sufficient resources in the control room": "Supt Contact Centre",
    "Confidential way for staff": "Head of Professional Standards",
    "Size of the vetting backlog": "Head of Professional Standards",
    "Ensure all staff have at least": "Head of Professional Standards",
    "Analysis of SOC": "Head of Intelligence",
    "Fully compliant with the NRM": "Head of Intelligence",
    "Improve use of crime recording": "Force Crime Registrar",
    "Provide call handlers": "Supt Contact Centre",
    "(c) External scrutiny": "ACC Local Policing",
}
assert all(v in LEADS for v in OWNER_BY_TEXT.values())
frows = []  # dicts with all columns + truth info
for rep in ORDER:
    block = []
    for it in ITEMS:
        if it["rep"] == rep:
            for fr in it["force"]:
                block.append((fr, it))
    for rep2, fr, why in FORCE_ONLY:
        if rep2 == rep:
            block.append((fr, ("force_only", why)))
    # the force's own order within a report is not HMICFRS's: shuffle whole items, keep split parts together
    groups, seen = [], {}
    for fr, owner in block:
        key = id(owner)
        if key not in seen:
            seen[key] = len(groups)
            groups.append([])
        groups[seen[key]].append((fr, owner))
    random.shuffle(groups)
    for g in groups:
        for fr, owner in g:
            frows.append((rep, fr, owner))

base = datetime(2025, 3, 14)
wb2 = Workbook()
ws2 = wb2.active
ws2.title = "HMICFRS Tracker"
ws2.append(["Cleveland Police – HMICFRS Recommendations, AFIs & Causes of Concern: Action Tracker"])
ws2.append(["Strategic Planning & Organisational Learning | Position as at 14/03/2025 for Joint Audit Committee 27/03/2025"])
ws2.append([])
HDR = ["No.", "Report", "HMICFRS Ref", "Type", "Recommendation / AFI (summary)", "Owner", "Progress update", "Last updated", "Status"]
ws2.append(HDR)
for c in ws2[4]:
    c.font = Font(bold=True)
ws2["A1"].font = Font(bold=True, size=14)
truth = []
no = 0


def add_force_row(rep, fr, owner_lead):
    global no
    no += 1
    upd = base - timedelta(days=random.randint(3, 130))
    prog = fr["progress"]
    if prog:
        prog = f"{upd:%d/%m/%y} – {prog}" if random.random() < 0.6 else prog
    ws2.append([no, REP[rep][2], fr["ref"], fr["typ"], fr["text"], owner_lead, prog,
                upd if prog else None, fr["status"]])
    r = ws2.max_row
    ws2.cell(r, 8).number_format = "dd/mm/yyyy"
    fill = {"GREEN": "C6EFCE", "AMBER": "FFEB9C", "RED": "FFC7CE", "WHITE": "FFFFFF", "GREY": "D9D9D9"}.get(fr["status"])
    if fill:
        ws2.cell(r, 9).fill = PatternFill("solid", fgColor=fill)
    return r


for rep, fr, owner in frows:
    lead = next((v for k, v in OWNER_BY_TEXT.items() if fr["text"].startswith(k)), leads_by_rep[rep])
    r = add_force_row(rep, fr, lead)
    if isinstance(owner, tuple):
        truth.append(("", f"HMICFRS Tracker!{r}", "not_on_hmicfrs_list", owner[1]))
    else:
        truth.append((f"Sheet1!{hm_row[owner['ref']]}", f"HMICFRS Tracker!{r}", owner["cat"], owner["why"]))
ws2.append([])
ws2.append(["Other actions (local / internal audit) linked to inspection findings"])
ws2.cell(ws2.max_row, 1).font = Font(bold=True)
for rep, fr, why in LOCAL:
    r = add_force_row(rep, fr, leads_by_rep[rep])
    truth.append(("", f"HMICFRS Tracker!{r}", "not_on_hmicfrs_list", why))
ws2.append([])
ws2.append(["RAG key: GREEN = implemented; AMBER = ongoing, on track; RED = beyond deadline / off track; WHITE = not Cleveland Police responsibility to deliver; GREY = superseded. 'Pending sign off' = complete, awaiting chief officer sign off."])
for it in ITEMS:
    if not it["force"]:
        truth.append((f"Sheet1!{hm_row[it['ref']]}", "", "missing_from_force", it["why"]))
widths = [6, 28, 12, 12, 90, 28, 70, 12, 30]
for i, w in enumerate(widths):
    ws2.column_dimensions[chr(65 + i)].width = w
for row in ws2.iter_rows(min_row=5):
    row[4].alignment = Alignment(wrap_text=True, vertical="top")
    row[6].alignment = Alignment(wrap_text=True, vertical="top")
ws2.freeze_panes = "A5"
wb2.save(OUT / "tracker.xlsx")


def rowkey(t):
    s = t[0] or t[1]
    return (0 if t[0] else 1, int(s.split("!")[1]), t[1])


truth.sort(key=lambda t: (int(t[0].split("!")[1]) if t[0] else 10**6, int(t[1].split("!")[1]) if t[1] else 0))
with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)

cats = Counter(t[2] for t in truth)
print("HMICFRS items:", len(ITEMS), "pasted rows:", len(rows), "continuation rows:",
      sum(len(it["wrap"]) for it in ITEMS))
print("force item rows:", len(frows) + len(LOCAL), "sheet rows:", ws2.max_row)
print("truth lines:", len(truth), dict(cats))
