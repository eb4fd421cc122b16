"""Build the evaluation case `ditto_as_above_tracker` (round 67, force-side layout).

Layout: a central tracker kept by hand for years by a force's Strategic Development Unit,
typed the way a staff officer types a long list: a value that repeats the line above is not
typed again but written as a ditto mark (", '', a pasted curly quote, "Ditto", "As above") and a
row that shares another item's position points at it by the tracker's running number
("As No. 27"). Report, published, type, lead, RAG, update, closure date and even the HMICFRS
reference column carry dittos; report blocks are separated by blank rows and a ditto after a
blank row refers to the last item row above it. The key at the foot of the sheet explains the
convention, as such trackers do.

HMICFRS side: a plain register export (one header row, one row per item).

Run:  /work/main/.venv/bin/python build_ditto_as_above_tracker.py
Rebuilds ditto_as_above_tracker/ byte for byte (fixed seed, fixed workbook timestamps).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

SEED = 6724
CASE = "ditto_as_above_tracker"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
FIXED_TIME = dt.datetime(2024, 11, 14, 9, 30, 0)

rng = random.Random(SEED)

FORCE = "Lincolnshire Police"
AREA = "Lincolnshire"
NEIGHBOUR = "Nottinghamshire Police"

REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"
NAT = "National recommendation"

# ---------------------------------------------------------------------------------------
# Real HMICFRS wording (Open Government Licence), copied from the casegen text lists and
# /work/shared/data/real_recommendations.csv. Force-level items combine the real stems with
# the real bodies, as those lists intend.
# ---------------------------------------------------------------------------------------
SF_LEADERSHIP = (
    "Within twelve months, forces should review their leadership and governance arrangements "
    "for modern slavery and human trafficking, to ensure that:\n"
    "• senior leaders prioritise the response to modern slavery and human trafficking;\n"
    "• every incident of modern slavery identified to police is allocated appropriate "
    "resources with the skills, experience and capacity to investigate it effectively;\n"
    "• forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and\n"
    "• performance and quality assurance measures are in place to allow senior leaders to "
    "assess the nature and quality of the service provided to victims."
)
SAS_MONITORING_2017 = (
    "By July 2018, all police forces across England and Wales should be regularly and "
    "frequently monitoring a comprehensive set of data and information on use of stop and "
    "search powers to understand:\n"
    "•the reasons for any disproportionate representation of different ethnic groups in the "
    "use of stop and search; •the extent to which find rates differ between people from "
    "different ethnicities, and across different types of searches (including separate "
    "identification of find rates for drug possession and supply-type offences); and •the "
    "prevalence of possession-only drug searches, and the extent to which these align with "
    "local or force level priorities."
)
BWV_2021 = (
    "By September 2021, forces should: ensure that officers record on body-worn video (when "
    "this is available) the entirety of all stop and search encounters, including traffic "
    "stops and use of force incidents.\n"
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.\n"
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice."
)
CDI_BULLETS = [
    "at the point of report, victims are believed;",
    "conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;",
    "multiple crimes are always recorded when described within incident records or "
    "identified as part of other recorded crime investigations;",
    "the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and",
    "online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
    "to the victim or the wider public are identified and appropriately managed",
]
CDI_STEM = "HMIC recommends that the force should immediately: put in place arrangements to ensure that:"
CDI_TEXT = CDI_STEM + "\n" + "\n".join("• " + b for b in CDI_BULLETS) + ";"
MISSING_CHILDREN_REC = (
    "To address this cause of concern, HMIC recommends the force should immediately review its "
    "approach to reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action."
)
CUSTODY_CHILDREN = (
    "Within six months Lincolnshire Police should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• ensure "
    "that all children are only detained when absolutely necessary and for the absolute minimum "
    "amount of time;• ensure that officers and staff in the custody suite assess at an early "
    "stage a child’s need for alternative accommodation (secure or otherwise) and work with "
    "children’s social care services to achieve the most appropriate option for the child;• "
    "ensure that custody staff make a record of all actions taken and decisions made on the "
    "relevant documentation; and• improve the timeliness of adequate appropriate adult support "
    "for children who are arrested."
)

# ---------------------------------------------------------------------------------------
# HMICFRS reports: key -> (register title, published, tracker name, tracker published text)
# ---------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Stop & Search powers (HMIC 2013)", "Jul 2013"),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  "Policing in Austerity 2014", "22/07/2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4), "Core Business 2014", "Sept 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", dt.date(2015, 1, 30),
                  "Integrity Matters 2015", "Jan 2015"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "Information management (Building the Picture)", "01/07/2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15),
                 "Firearms licensing 2015", "Sep-15"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017", "24/10/2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)", "Nov 2017"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "PEEL Legit 17 S&S", "Dec-17"),
    "eff17": ("PEEL: Police effectiveness 2017", dt.date(2018, 3, 22), "PEEL Eff 17", "Mar 2018"),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 14),
               "NCPI 2018", "June 2018"),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
                 dt.date(2019, 5, 2), "PEEL 2018/19", "May 2019"),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 19), "CDI 2019",
              "Sept 2019"),
    "custody20": ("Report on an unannounced inspection visit to police custody suites 2020",
                  dt.date(2020, 8, 13), "Custody inspection 2020", "Aug 2020"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)",
               "26/02/2021"),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
                 dt.date(2022, 5, 27), "PEEL 21-22", "May 2022"),
    "peel2324": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24",
                 dt.date(2024, 3, 21), "PEEL Assessment 2023/24", "Mar 2024"),
}

# Register id ranges by era (older register: plain integers, unique across the register).
ID_RANGES = {
    "core": (3600, 4900), "integrity": (5000, 5400), "picture": (5600, 6000),
    "firearms": (6100, 6600), "stolen": (7600, 8000), "efc17": (8100, 8300),
    "leg17": (8400, 8700), "eff17": (8800, 9000), "ncpi18": (9100, 9300),
    "peel1819": (9600, 9900), "cdi19": (10100, 10400), "custody20": (10900, 11200),
    "powers": (11600, 11900), "peel2122": (12600, 12900), "peel2324": (13900, 14300),
}

# ---------------------------------------------------------------------------------------
# HMICFRS items: key, report, type, text, status.
# ---------------------------------------------------------------------------------------
H_ITEMS = [
    ("core1", "core", NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.", "Complete"),
    ("core2", "core", NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", "Complete"),
    ("int1", "integrity", NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have processes "
     "in place to ensure that investigations into misconduct by officers and staff resulting in "
     "“no further action” are fair and free of any form of discrimination.", "Being progressed"),
    ("pic1", "picture", NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure that "
     "categorisation of records are regularly adjusted.", "Superseded"),
    ("fa1", "firearms", NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", "Complete"),
    ("fa2", "firearms", NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", "Being progressed"),
    ("fa3", "firearms", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     "Complete"),
    ("fa4", "firearms", NAT,
     "Within three months, all chief constables should ensure that their arrangements in respect "
     "of the use of temporary permits are in accordance with the Home Office guidance; that "
     "temporary permits are properly recorded without delay on the National Firearms Licensing "
     "Management System; and that effective systems exist to ensure certificate holders are not "
     "permitted, at any time, to remain in unlawful possession of a firearm.", "Being progressed"),
    ("fa5", "firearms", NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment which "
     "they should be undertaking in such circumstances, and their power, when appropriate, to "
     "seize firearms and firearm certificates.", "Being progressed"),
    ("st1", "stolen", NAT, SF_LEADERSHIP, "Being progressed"),
    ("st2", "stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements with "
     "other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard "
     "victims better and to identify suspects as early as possible", "Being progressed"),
    ("st3", "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.", "Complete"),
    ("st4", "stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", "Complete"),
    ("st5", "stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and human "
     "trafficking and that sufficient audit capacity is available to the force crime registrar "
     "to provide reassurance that each force is identifying and managing any gaps in its "
     "crime-recording accuracy for these types of offences.", "Being progressed"),
    ("st6", "stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the use "
     "where appropriate of joint intelligence teams and other means to obtain intelligence and "
     "evidence from agencies overseas).", "Being progressed"),
    ("st7", "stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", "Awaiting review"),
    ("efc1", "efc17", NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.", "Superseded"),
    ("lg0", "leg17", COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", "Complete"),
    ("lg1", "leg17", NAT, SAS_MONITORING_2017, "Complete"),
    ("lg2", "leg17", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;", "Being progressed"),
    ("lg3", "leg17", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", "Being progressed"),
    ("lg4", "leg17", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", "Complete"),
    ("pe1", "eff17", COC,
     "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
     "found that the assessment of risk for children who go missing from home was inappropriate "
     "in some cases. We found some instances where children were classed as ‘absent’ when they "
     "should have been recorded as ‘missing’, and risk levels for missing children were "
     "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
     "lower level and could have been exposed to an increased risk of harm.", "Complete"),
    ("pe2", "eff17", REC, MISSING_CHILDREN_REC, "Complete"),
    ("pe3", "eff17", REC,
     "Within six months the force should improve the supervision of investigations, so that "
     "investigation plans are set, reviewed and recorded and victims receive a consistently "
     "good service.", "Being progressed"),
    ("pe4", "eff17", AFI,
     "The force should improve its understanding of suspects released under investigation and "
     "the management of those released on bail.", "Complete"),
    ("pe5", "eff17", AFI,
     "The force should take steps to ensure that there is effective supervision of the initial "
     "risk assessment process, specifically in relation to the completion of DASH risk "
     "assessment in appropriate cases.", "Awaiting review"),
    ("pe6", "eff17", AFI,
     "The force should improve its ability to retrieve digital evidence from mobile phones, "
     "computers and other electronic devices quickly enough to ensure investigations are not "
     "delayed.", "Being progressed"),
    ("nc1", "ncpi18", REC,
     "Within three months, the force should make sure officers and staff have the training they "
     "need to identify and respond to child sexual exploitation.", "Complete"),
    ("nc2", "ncpi18", REC,
     "Within six months the force should improve how it works with partner organisations to "
     "safeguard people at risk from online child sexual abuse.", "Being progressed"),
    ("nc3", "ncpi18", REC,
     "Immediately, the force should make sure it records reports of missing children accurately "
     "and without delay.", "Being progressed"),
    ("p19r1", "peel1819", REC,
     "HMIC recommends that within six months the force should: undertake further work to gain a "
     "fuller understanding of current demand for its services, and likely future changes in "
     "demand. This is so it can make best use of its resources by matching them to demand to "
     "meet the needs of the public;", "Complete"),
    ("p19r2", "peel1819", REC,
     "Within twelve months, the force should develop a future workforce plan that is aligned "
     "with its overall demand and budget. The plan should include future resource allocations, "
     "the mix of skills required by the workforce and behaviours expected of them.",
     "Being progressed"),
    ("p19a1", "peel1819", AFI,
     "The force should improve its use of its crime-recording and management system to better "
     "manage its case files and investigative processes.", "Complete"),
    ("p19a2", "peel1819", AFI,
     "Lincolnshire Police should develop its understanding of the links between its outcomes, "
     "outputs and costs.", "Being progressed"),
    ("p19a3", "peel1819", AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns and "
     "that staff are aware of whistleblowing processes.", "Being progressed"),
    ("p19a4", "peel1819", AFI,
     "The force should review how it gathers and uses equality and diversity data to improve its "
     "understanding of its workforce demographics.", "Complete"),
    ("p19a5", "peel1819", AFI,
     "The force should put plans in place to monitor, including through the gathering and "
     "analysis of staff feedback, team cultures and provide prompt remedial action for any "
     "issues it identifies.", "Being progressed"),
    ("cdi1", "cdi19", REC, CDI_TEXT, "Being progressed"),
    ("cdi2", "cdi19", AFI,
     "The force should make sure it records reports of rape and serious sexual offences "
     "accurately and without delay.", "Being progressed"),
    ("cdi3", "cdi19", AFI,
     "The force should make sure it records reports of stalking and harassment accurately and "
     "without delay.", "Awaiting review"),
    ("cu1", "custody20", REC, CUSTODY_CHILDREN, "Being progressed"),
    ("pw1", "powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     "Being progressed"),
    ("pw2", "powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of the "
     "programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", "Complete"),
    ("pw3", "powers", NAT, BWV_2021, "Being progressed"),
    ("pw4", "powers", NAT,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and search "
     "is sufficient for publication. The Home Office should publish this data as soon as "
     "possible.", "Being progressed"),
    ("pw5", "powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", "Being progressed"),
    ("p22a1", "peel2122", AFI,
     "The force should improve its understanding of the nature and scale of violence against "
     "women and girls in its area.", "Being progressed"),
    ("p22a2", "peel2122", AFI,
     "The force should make sure investigations of domestic abuse are allocated to officers with "
     "the right skills and are effectively supervised.", "Being progressed"),
    ("p22a3", "peel2122", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "anti-social behaviour.", "Complete"),
    ("p22a4", "peel2122", AFI,
     "The force should make sure victims of fraud are kept informed about the progress of their "
     "case, in line with the Code of Practice for Victims of Crime.", "Being progressed"),
    ("p22a5", "peel2122", AFI,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of stalking and harassment.", "Being progressed"),
    ("p22a6", "peel2122", AFI,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate online child sexual abuse.", "Awaiting review"),
    ("p22a7", "peel2122", AFI,
     "The force should make sure its performance framework gives senior leaders a clear picture "
     "of its response to hate crime.", "Complete"),
    ("p22a8", "peel2122", AFI,
     "The force should ensure that it has sufficient resources available in the control room to "
     "fulfil its resourcing model, and so to meet its demand, while also taking into account the "
     "wellbeing of its workforce.", "Being progressed"),
    ("p24c1", "peel2324", COC,
     "The force does not have the capacity or capability to investigate crime effectively and "
     "this is affecting the service being provided to the public. There are failings in the way "
     "that crimes are being investigated.", "Being progressed"),
    ("p24r1", "peel2324", REC,
     "Within six months Lincolnshire Police should ensure regular and active supervision of the "
     "quality and progress of investigations. This supervision should be properly recorded.",
     "Being progressed"),
    ("p24r2", "peel2324", REC,
     "Within three months, the force should conduct a review of officers’ capabilities and "
     "capacity to manage their investigative workload, to better understand investigative "
     "demand and the pressures placed upon them.", "Being progressed"),
    ("p24a1", "peel2324", AFI,
     "The force should make sure its analysis of county lines drug dealing informs its strategic "
     "assessment and control strategy.", "Awaiting review"),
    ("p24a2", "peel2324", AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about serious "
     "and organised crime.", "Awaiting review"),
    ("p24a3", "peel2324", AFI,
     "The force should make sure it provides accessible information for all staff and members of "
     "the public on how they can raise concerns and access confidential support (including "
     "through external agencies).", "Awaiting review"),
    ("p24r3", "peel2324", REC,
     "Immediately, the force should review its current background checks arrangements, and make "
     "sure that suitable and sufficient background checks are in place to safeguard its staff "
     "and the communities it serves.", "Being progressed"),
    ("p24a4", "peel2324", AFI,
     "The force should develop a problem-solving approach to neighbourhood crime, working with "
     "local communities and partners.", "Awaiting review"),
    ("p24a5", "peel2324", AFI,
     "The force should evaluate its work to prevent knife crime and share what works across the "
     "force.", "Awaiting review"),
]
H_BY_KEY = {k: dict(key=k, report=r, type=t, text=x, status=s) for k, r, t, x, s in H_ITEMS}
H_CLOSED = {"Complete", "Superseded"}

# ---------------------------------------------------------------------------------------
# Force rows, in sheet order. A row is a dict; "item" names the HMICFRS item it answers
# (None: not on the list). Cell values are written exactly as given; D = ditto marks.
# Blocks are separated by one blank spacer row ("SPACER").
# ---------------------------------------------------------------------------------------
D = '"'          # the usual ditto typed in Excel
D2 = "''"        # two apostrophes
D3 = "“"         # curly quote pasted from the old Word version of the list
DW = "Ditto"
AA = "As above"
AA2 = "as above"
SPACER = "SPACER"


def strip_stem(text: str) -> str:
    return re.sub(r"^HMICF?R?S? recommends that ", "", text)


F = []  # force rows (dicts) and SPACER markers


def row(item, text, ref=None, report=None, pub=None, typ=None, lead=None, update=None,
        rag=None, closure=None, trap=None):
    F.append(dict(item=item, text=text, ref=ref, report=report, pub=pub, typ=typ, lead=lead,
                  update=update, rag=rag, closure=closure, trap=trap))


def H(key):
    return H_BY_KEY[key]["text"]


# --- Stop and search 2013 (not on the HMICFRS list any more) ---
row(None,
    "Chief Constables should establish or improve monitoring of the way officers stop and "
    "search people, so that they can be satisfied their officers are acting in accordance with "
    "the law (including equality legislation and the Code of Practice), and that the power is "
    "used effectively to prevent crime, catch criminals and maintain public trust.",
    report="Stop & Search powers (HMIC 2013)", pub="Jul 2013", typ="Nat rec", lead="ACC Local Policing",
    update="S&S scrutiny panel meets quarterly; monitoring dashboard live since 2015.",
    rag="GREEN", closure=dt.date(2016, 2, 11), trap="old_national_not_listed")
row(None,
    "Chief Constables should, in consultation with elected local policing bodies, ensure that "
    "they comply with the code of practice by explaining to the public the way stop and search "
    "powers are used in their areas and by making arrangements for stop and search records to "
    "be scrutinised by community representatives. This should be done in a way that involves "
    "those people who are stopped and searched, for example, young people.",
    report=D, pub=D, typ=D, lead=D,
    update="Youth panel membership still to be agreed with the OPCC.", rag="AMBER",
    trap="old_national_not_listed")
F.append(SPACER)
# --- Policing in austerity 2014 (not on the list) ---
row(None,
    "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
    "are doing all they can to continue to reduce crime and protect the front line while "
    "balancing their budgets.",
    report="Policing in Austerity 2014", pub="22/07/2014", typ="Nat rec", lead="Director of Finance",
    update="Addressed holistically as part of the force change programme.", rag=AA,
    trap="old_national_not_listed; RAG 'As above' across the blank row = AMBER")
F.append(SPACER)
# --- Core business 2014 ---
row("core1", H("core1"), ref="core1", report="Core Business 2014", pub="Sept 2014", typ="Nat rec",
    lead="Supt Contact Centre", update="THRIVE criteria embedded in the control room since 2016.",
    rag="GREEN", closure=dt.date(2017, 1, 30))
row("core2", H("core2"), report=D, pub=D, typ=D, lead="Head of Corporate Development",
    update="Prevention activity recorded on the tasking system and evaluated at tasking.",
    rag=D, closure=D, trap="RAG ditto = GREEN")
F.append(SPACER)
# --- Building the picture 2015 ---
row("pic1", H("pic1"), ref="pic1", report="Information management (Building the Picture)",
    pub="01/07/2015", typ="Nat rec", lead="Head of Information Management",
    update="MoPI review, retention and disposal audit programme restarted; audit results to IAB "
           "in the new year.", rag="AMBER")
F.append(SPACER)
# --- Firearms licensing 2015 ---
row("fa1", H("fa1"), ref="fa1", report="Firearms licensing 2015", pub="Sep-15", typ="Nat rec",
    lead="Supt Firearms Licensing", update="Governance assessed against APP; FLM board in place.",
    rag="GREEN", closure=dt.date(2016, 3, 4))
row("fa2", H("fa2"), ref=D, report=D, pub=D, typ=D, lead=D,
    update="Demand review done; two extra enquiry officers funded from April.", rag="AMBER",
    trap="ref ditto: the row carries fa1's reference although its text is fa2 -> conflict")
row("fa3", H("fa3"), report=D, pub=D, typ=D, lead=D, update=AA, rag=D,
    trap="RAG ditto = AMBER; HMICFRS Complete -> closeable_local")
row("fa4", H("fa4"), ref="fa4", report=D, pub=D, typ=D, lead=DW,
    update="Temporary permits now recorded on NFLMS the same day; weekly check by supervisor.",
    rag="GREEN", closure=dt.date(2023, 6, 12))
row("fa5", H("fa5"), report=D, pub=D, typ=D, lead=DW,
    update="Firearms certificate holder flag on the command and control address gazetteer.",
    rag=AA, closure=D, trap="RAG 'As above' = GREEN; HMICFRS open -> closeable_submit")
F.append(SPACER)
# --- Stolen freedom 2017: st1 split into one row per bullet ---
st1_stem = ("Within 12 months, review leadership and governance arrangements for MSHT, to ensure "
            "that:")
row("st1", st1_stem + "\n• senior leaders prioritise the response to MSHT;", ref="st1",
    report="Stolen Freedom (MSHT) 2017", pub="24/10/2017", typ="Nat rec", lead="Det Ch Supt Force CID",
    update="MSHT gold group chaired by ACC Crime.", rag="GREEN", closure=dt.date(2023, 9, 1),
    trap="split 1/4")
row("st1", "• every incident of modern slavery identified to police is allocated appropriate "
           "resources with the skills, experience and capacity to investigate it effectively;",
    ref=D, report=D, pub=D, typ=D, lead=D, update="All MSHT crimes allocated to the MSHT team.",
    rag=D, closure=D, trap="split 2/4, RAG ditto")
row("st1", "• forces develop effective partnership arrangements to co-ordinate activity in order "
           "to share information and safeguard victims; and",
    ref=D, report=D, pub=D, typ=D, lead=D, update="Anti-slavery partnership relaunched.", rag=D,
    closure=D, trap="split 3/4, RAG ditto of ditto")
row("st1", "• performance and quality assurance measures are in place to allow senior leaders to "
           "assess the nature and quality of the service provided to victims.",
    ref=D, report=D, pub=D, typ=D, lead=D, update=AA, rag=DW, closure=D,
    trap="split 4/4, RAG 'Ditto' chain back to GREEN")
row("st2", "Within six months, forces should have in place active ISAs with other agencies to "
           "facilitate speedy exchange of intelligence and in order to safeguard victims better "
           "and to identify suspects as early as possible.",
    ref="st2", report=D, pub=D, typ=D, lead="Head of Intelligence",
    update="ISA with the two unitary councils signed; county council still outstanding.",
    rag="AMBER")
row("st3", H("st3"), report=D, pub=D, typ=D, lead="Head of Criminal Justice",
    update="s45 defence guidance in the MSHT investigators' toolkit; CPS liaison to confirm.",
    rag=AA, trap="RAG 'As above' = AMBER; HMICFRS Complete -> closeable_local")
row("st4", H("st4"), report=D, pub=D, typ=D, lead="Det Ch Supt Force CID",
    update="NRM and duty to notify processes audited.", rag="GREEN", closure=dt.date(2019, 5, 14))
row("st5", "Immediately, forces should take steps to ensure they fully comply with NCRS "
           "requirements for offences identified as MSHT and that sufficient audit capacity is "
           "available to the force crime registrar to provide reassurance that each force is "
           "identifying and managing any gaps in its crime-recording accuracy for these types of "
           "offences.",
    report=D, pub=D, typ=D, lead="Force Crime Registrar",
    update="MSHT added to the FCR audit plan; two audits completed, 96% compliance.", rag=D2,
    closure=dt.date(2024, 2, 2), trap="RAG '' ditto = GREEN; HMICFRS open -> closeable_submit")
row("st6", H("st6"), ref="st6", report=D, pub=D, typ=D, lead="Det Ch Supt Force CID",
    update="Little work yet undertaken in this area. Unlikely to reach deadlines.", rag="RED")
row("st7", H("st7"), report=D, pub=D, typ=D, lead=D,
    update="Slavery and trafficking prevention orders reviewed monthly at the MSHT meeting.",
    rag="AMBER")
row(None, "Force action - Agree an information-sharing protocol on modern slavery and human "
          "trafficking with the local authorities",
    report=D, pub=D, typ="Local", lead="Head of Intelligence", update="Draft with legal services.",
    rag=D, trap="local action, RAG ditto = AMBER")
F.append(SPACER)
# --- PEEL efficiency 2017 (national) ---
row("efc1", "By September 2018, chief constables should produce an ambitious plan to improve "
            "digitally-enabled services within their force.",
    ref="efc1", report="PEEL Efficiency 17 (all forces)", pub="Nov 2017", typ="Nat rec",
    lead="Head of Corporate Development",
    update="Digital strategy refresh in draft for the Strategic Change Board.", rag="AMBER")
F.append(SPACER)
# --- PEEL legitimacy 2017 national ---
row("lg0", H("lg0"), ref="lg0", report="PEEL Legit 17 S&S", pub="Dec-17", typ="CoC",
    lead="ACC Local Policing", update="Closed with recommendations below.", rag="GREEN",
    closure=dt.date(2020, 10, 1))
row("lg1", SAS_MONITORING_2017.replace("stop and search", "S&S"), report=D, pub=D, typ="Nat rec",
    lead=D, update="Monthly S&S disproportionality dashboard.", rag=D, closure=D,
    trap="RAG ditto = GREEN")
row("lg2", H("lg2"), ref="lg2", report=D, pub=D, typ=D, lead=D,
    update="Annual disparity analysis published on the website with actions (Sept 2024).",
    rag=D3, closure=dt.date(2024, 10, 7),
    trap="RAG curly-quote ditto = GREEN; HMICFRS open -> closeable_submit; target of 'As No.' pointer")
row("lg4", H("lg4"), report=D, pub=D, typ=D, lead="Head of Learning & Development",
    update="Unconscious bias e-learning at 71% completion for officers who use S&S.", rag="AMBER",
    trap="HMICFRS Complete -> closeable_local")
F.append(SPACER)
# --- PEEL effectiveness 2017 (force) ---
row("pe1", H("pe1"), ref="pe1", report="PEEL Eff 17", pub="Mar 2018", typ="CoC",
    lead="Ch Supt Public Protection", update="Missing children procedure rewritten; audited 2019.",
    rag="GREEN", closure=dt.date(2019, 11, 20))
row("pe2", strip_stem(H("pe2")), report=D, pub=D, typ="Rec", lead=D, update=AA, rag=D,
    closure=D, trap="RAG ditto = GREEN, HMICFRS Complete -> in_sync closed")
row("pe3", H("pe3"), ref="pe3", report=D, pub=D, typ=D, lead="Det Ch Supt Force CID",
    update="Investigation plan template on Niche; supervisor review compliance 64%.",
    rag="AMBER")
row("pe4", H("pe4"), report=D, pub=D, typ="AFI", lead=D,
    update="RUI and bail management unit in place.", rag="GREEN", closure=dt.date(2021, 4, 9))
row("pe5", H("pe5"), ref="pe5", report=D, pub=D, typ=D, lead="Ch Supt Public Protection",
    update="DASH supervision check built into the DA workflow; evidence pack prepared.",
    rag=AA, closure=dt.date(2024, 8, 30),
    trap="RAG 'As above' = GREEN; HMICFRS open -> closeable_submit")
row("pe6", H("pe6"), report=D, pub=D, typ=D, lead="Det Ch Supt Force CID",
    update="Backlog of devices at 410; kiosks in three hubs.", rag="RED")
F.append(SPACER)
# --- NCPI 2018 ---
row("nc1", H("nc1"), ref="nc1", report="NCPI 2018", pub="June 2018", typ="Rec",
    lead="Ch Supt Public Protection", update="CSE refresher for response teams being rescheduled.",
    rag=AA, trap="RAG 'As above' across the blank row = RED (pe6); HMICFRS Complete -> closeable_local")
row("nc2", "Within 12 months the force should improve how it works with partner organisations to "
           "safeguard people at risk from online CSA.",
    report=D, pub=D, typ=D, lead=D, update="Joint protocol with the MASH being drafted.",
    rag="AMBER", trap="timescale: force 12 months, HMICFRS six months -> conflict")
row("nc3", H("nc3"), report=D, pub=D, typ=D, lead=D,
    update="Missing person reports recorded at first contact on the new missing module.",
    rag="GREEN", closure=dt.date(2024, 5, 17))
F.append(SPACER)
# --- PEEL 2018/19 ---
row("p19r1", strip_stem(H("p19r1")), ref="p19r1", report="PEEL 2018/19", pub="May 2019", typ="Rec",
    lead="Head of Corporate Development", update="Demand review (FMS 2020) complete.", rag="GREEN",
    closure=dt.date(2020, 6, 30))
row("p19r2", H("p19r2"), report=D, pub=D, typ=D, lead="Director of People",
    update="Workforce plan 2024-27 approved by COG.", rag=D, closure=dt.date(2024, 7, 1),
    trap="RAG ditto = GREEN; HMICFRS open -> closeable_submit")
row("p19a1", H("p19a1"), ref="p19a1", report=D, pub=D, typ="AFI", lead="Det Ch Supt Force CID",
    update="Niche case file module training continuing.", rag="AMBER",
    trap="HMICFRS Complete -> closeable_local")
row("p19a2", "The force should develop its understanding of the links between its outcomes, "
             "outputs and costs.", report=D, pub=D, typ=D, lead="Director of Finance",
    update="Activity-based costing pilot in two departments.", rag=D,
    trap="RAG ditto = AMBER")
row("p19a3", H("p19a3"), report=D, pub=D, typ=D, lead="Head of Professional Standards",
    update="Confidential reporting line relaunched; awareness campaign done.", rag="GREEN",
    closure=dt.date(2024, 3, 15), trap="target of 'As No.' pointer")
row("p19a4", H("p19a4"), report=D, pub=D, typ=D, lead="Director of People",
    update="Equality data capture refreshed on the HR system.", rag=D, closure=D,
    trap="RAG ditto = GREEN, HMICFRS Complete -> in_sync closed")
row("p19a5", H("p19a5"), ref="p19a5", report=D, pub=D, typ=D, lead=D,
    update="Staff survey action plans per command.", rag="AMBER")
row(None, "Local action: Add hate crime measures to the monthly Force Performance pack",
    report=D, pub=D, typ="Local", lead="Head of Corporate Development", update=AA, rag=D,
    trap="local action")
row("cdi2", "The force should make sure it records reports of rape and serious sexual offences "
            "accurately and without delay.",
    report=D, pub=D, typ="AFI", lead="Force Crime Registrar",
    update="RASSO recording audit passed (98%).", rag="GREEN", closure=dt.date(2024, 4, 22),
    trap="report/published ditto carried from PEEL 2018/19; HMICFRS holds it under CDI 2019 -> conflict")
F.append(SPACER)
# --- CDI 2019: cdi1 split into one row per bullet ---
row("cdi1", "Put in place arrangements to ensure that:\n(a) at the point of report, victims are "
            "believed;", ref="cdi1", report="CDI 2019", pub="Sept 2019", typ="Rec",
    lead="Force Crime Registrar", update="Victim believed message in all call-handling training.",
    rag="GREEN", closure=dt.date(2023, 11, 3), trap="split 1/5")
row("cdi1", "(b) " + CDI_BULLETS[1], ref=D, report=D, pub=D, typ=D, lead=D,
    update="Incident log QA by control room supervisors.", rag=D, closure=D, trap="split 2/5")
row("cdi1", "(c) " + CDI_BULLETS[2], ref=D, report=D, pub=D, typ=D, lead=D,
    update="Multiple crimes still missed in 1 in 10 incidents (audit Aug 2024).", rag="AMBER",
    trap="split 3/5")
row("cdi1", "(d) " + CDI_BULLETS[3], ref=D, report=D, pub=D, typ=D, lead=D, update=AA, rag=D,
    trap="split 4/5, RAG ditto = AMBER")
row("cdi1", "(e) " + CDI_BULLETS[4], ref=D, report=D, pub=D, typ=D, lead="Supt Contact Centre",
    update="Online triage process in design.", rag=AA, trap="split 5/5, RAG 'As above' = AMBER")
row("cdi3", H("cdi3"), report=D, pub=D, typ="AFI", lead="Force Crime Registrar",
    update="Stalking recording audit scheduled for Q4.", rag="AMBER")
F.append(SPACER)
# --- Custody 2020 ---
row("cu1", "Within six months the force should, in conjunction with children’s social care "
           "services, review how it manages the detention of children. As a minimum it should:\n"
           "• ensure that all children are only detained when absolutely necessary and for the "
           "absolute minimum amount of time;\n• ensure that officers and staff in the custody "
           "suite assess at an early stage a child’s need for alternative accomodation (secure "
           "or otherwise) and work with children’s social care services to achieve the most "
           "appropriate option for the child; and\n• ensure that custody staff make a record of "
           "all actions taken and decisions made on the relevant documentation.",
    ref="cu1", report="Custody inspection 2020", pub="Aug 2020", typ="Rec", lead="Ch Insp Custody",
    update="Children in custody protocol agreed with both local authorities.", rag="AMBER",
    trap="missing bullet (appropriate adult timeliness) -> conflict")
F.append(SPACER)
# --- Disproportionate use of police powers 2021 ---
row("pw1", H("pw1"), ref="pw1", report="Police powers spotlight (Feb 21)", pub="26/02/2021",
    typ="Nat rec", lead="Head of Learning & Development",
    update="Conflict management and communication skills module in officer safety training.",
    rag="GREEN", closure=dt.date(2022, 8, 5))
row("pw2", H("pw2"), report=D, pub=D, typ=D, lead=D,
    update="BWV debrief guide issued to sergeants.", rag=D, closure=D,
    trap="RAG ditto = GREEN, HMICFRS Complete -> in_sync closed")
row("pw3", BWV_2021.replace("body-worn video", "BWV"), ref="pw3", report=D, pub=D, typ=D,
    lead="ACC Local Policing",
    update="BWV review panel meets monthly; scrutiny panel access agreed, not yet started.",
    rag="AMBER")
row("pw4", H("pw4"), report=D, pub=D, typ=D, lead=D,
    update="Not the force's responsibility to deliver; dependent upon another organisation.",
    rag="WHITE", trap="WHITE = not ours to deliver = done; HMICFRS open -> closeable_submit")
row("pw5", H("pw5"), report=D, pub=D, typ=D, lead=D,
    update="Covered by the disproportionality panel - see No. {lg2}.", rag="As No. {lg2}",
    trap="RAG pointer 'As No.' -> lg2 row = GREEN; HMICFRS open -> closeable_submit")
F.append(SPACER)
# --- PEEL 2021/22 ---
row("p22a1", H("p22a1"), ref="p22a1", report="PEEL 21-22", pub="May 2022", typ="AFI",
    lead="Ch Supt Public Protection", update="VAWG problem profile commissioned.", rag="AMBER")
row("p22a2", "The force should make sure investigations of DA are allocated to officers with the "
             "right skills and are effectively supervised.",
    report=D, pub=D, typ=D, lead=D, update="DA investigation allocation policy under review.",
    rag=D, trap="RAG ditto = AMBER")
row("p22a3", H("p22a3"), report=D, pub=D, typ=D, lead="ACC Local Policing",
    update="ASB response times still above target in the east.", rag="RED",
    trap="HMICFRS Complete -> closeable_local")
row("p22a4", H("p22a4"), ref="p22a4", report=D, pub=D, typ=D, lead="Head of Criminal Justice",
    update="Fraud victim updates via Action Fraud and the Victim Care Unit; VCOP audit passed.",
    rag="GREEN", closure=dt.date(2024, 1, 19))
row("p22a5", H("p22a5"), report=D, pub=D, typ=D, lead="Ch Supt Public Protection",
    update="SPO applications doubled; guidance issued.", rag=DW, closure=D,
    trap="RAG 'Ditto' = GREEN; HMICFRS open -> closeable_submit")
row(None, "Local action: Deliver refresher training on stalking and harassment to all response "
          "and neighbourhood officers",
    report=D, pub=D, typ="Local", lead="Head of Learning & Development", update=AA, rag=D,
    closure=D, trap="local action, RAG ditto = GREEN")
row("p22a6", H("p22a6"), report=D, pub=D, typ="AFI", lead="Det Ch Supt Force CID",
    update="POLIT growth bid in the 2025/26 budget.", rag="AMBER")
row("p22a7", H("p22a7"), ref="p22a7", report=D, pub=D, typ=D, lead="Head of Corporate Development",
    update="Hate crime in the monthly Force Performance pack.", rag="GREEN",
    closure=dt.date(2023, 5, 2))
F.append(SPACER)
# --- PEEL 2023/24 ---
row("p24c1", H("p24c1"), ref="p24c1", report="PEEL Assessment 2023/24", pub="Mar 2024", typ="CoC",
    lead="ACC Crime", update="Investigation standards improvement plan agreed by COG.", rag="AMBER")
row("p24r1", strip_stem(H("p24r1")), ref="p24r1", report=D, pub=D, typ="Rec", lead=D,
    update="Supervisor review compliance 71% (target 90%).", rag=D, trap="RAG ditto = AMBER")
row("p24r2", H("p24r2"), report=D, pub=D, typ=D, lead="Det Ch Supt Force CID",
    update="Workload review completed and reported to COG in July.", rag="GREEN",
    closure=dt.date(2024, 9, 9))
row("p24a1", H("p24a1"), ref="p24a1", report=D, pub=D, typ="AFI", lead="Head of Intelligence",
    update="County lines profile in the 2024 strategic assessment draft.", rag="AMBER")
row("p24a2", H("p24a2"), report=D, pub=D, typ=D, lead=D,
    update="Little work yet undertaken in this area. Unlikely to reach deadlines.", rag="RED")
row("p24a3", H("p24a3"), report=D, pub=D, typ=D, lead="Head of Professional Standards",
    update="See No. {p19a3} - same reporting line and intranet/website pages.",
    rag="As No. {p19a3}",
    trap="RAG pointer 'As No.' -> p19a3 row = GREEN; HMICFRS open -> closeable_submit")
row("p24r3", H("p24r3"), ref="p24r3", report=D, pub=D, typ=D, lead="Head of Professional Standards",
    update="Vetting unit reviewing background checks for all staff in post.", rag="AMBER",
    trap="type ditto = AFI; HMICFRS Recommendation -> conflict")
row(None, "Force improvement plan: Review the rural crime demand profile as part of the force "
          "management statement",
    report=D, pub=D, typ="Local", lead="Head of Corporate Development", update="FMS 2025 section.",
    rag=D, trap="local action, RAG ditto = AMBER")

# Several staff officers kept the list over the years: each report block has its own ditto
# habit in the Ref/Report/Published/Type/Lead/closure columns (the RAG dittos above are fixed).
BLOCK_STYLES = [D, D, D, D, DW, D2]
LEAD_STYLES = [D, D, DW, AA, AA2]


def restyle_blocks():
    block: list[dict] = []
    blocks = []
    for f in F:
        if f is SPACER:
            blocks.append(block)
            block = []
        else:
            block.append(f)
    blocks.append(block)
    for b in blocks:
        style = rng.choice(BLOCK_STYLES)
        lead_style = rng.choice(LEAD_STYLES)
        for f in b:
            for fld in ("ref", "report", "pub", "typ", "closure"):
                if f[fld] == D:
                    f[fld] = style
            if f["lead"] == D:
                f["lead"] = lead_style


restyle_blocks()

# ---------------------------------------------------------------------------------------
# Build the HMICFRS register.
# ---------------------------------------------------------------------------------------
used_ids: set[int] = set()
for key, rep, typ, text, status in H_ITEMS:
    lo, hi = ID_RANGES[rep]
    while True:
        n = rng.randint(lo, hi)
        if n not in used_ids:
            used_ids.add(n)
            break
    H_BY_KEY[key]["ref"] = n

# status dates: closed items a date after publication; open items a recent review date
for key, rep, typ, text, status in H_ITEMS:
    pub = REPORTS[rep][1]
    if status in H_CLOSED:
        days = rng.randint(300, 1400)
        d = pub + dt.timedelta(days=days)
        if d > dt.date(2024, 10, 31):
            d = dt.date(2024, 10, 31) - dt.timedelta(days=rng.randint(5, 200))
    elif status == "Awaiting review":
        d = max(pub, dt.date(2024, 4, 1)) + dt.timedelta(days=rng.randint(0, 150))
        d = min(d, dt.date(2024, 10, 31))
    else:
        d = dt.date(2024, 10, 31) - dt.timedelta(days=rng.randint(10, 400))
        d = max(d, pub)
    H_BY_KEY[key]["status_date"] = d

# order: by publication then reference
H_ORDER = sorted(H_BY_KEY.values(), key=lambda h: (REPORTS[h["report"]][1], h["ref"]))


def write_hmicfrs(path: Path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Recommendations"
    hdr = ["Reference", "Force", "Report title", "Publication date", "Type",
           "Recommendation text", "Status", "Status date"]
    ws.append(hdr)
    for c in ws[1]:
        c.font = Font(bold=True)
    for i, h in enumerate(H_ORDER, start=2):
        title, pub, _, _ = REPORTS[h["report"]]
        ws.append([h["ref"], FORCE, title, pub, h["type"], h["text"], h["status"],
                   h["status_date"]])
        ws.cell(i, 4).number_format = "dd/mm/yyyy"
        ws.cell(i, 8).number_format = "dd/mm/yyyy"
        h["row"] = f"Recommendations!{i}"
    for col, w in zip("ABCDEFGH", [11, 20, 48, 14, 22, 90, 17, 12]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:H{len(H_ORDER) + 1}"
    save_fixed(wb, path)


# ---------------------------------------------------------------------------------------
# Build the force tracker.
# ---------------------------------------------------------------------------------------
SHEET = "HMICFRS Tracker"
HEADER_ROW = 4
DITTOS = {D, D2, D3, DW, AA, AA2}
DONE = {"GREEN", "WHITE", "Complete"}
OPEN = {"AMBER", "RED"}


def write_tracker(path: Path):
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    ws["A1"] = "Lincolnshire Police - HMICFRS Recommendations, AFIs and Causes of Concern"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Strategic Development Unit. Master list - please do not sort. "
                "Last updated 14/11/2024 (JK)")
    ws["A2"].font = Font(italic=True)
    hdr = ["No.", "HMICFRS Ref", "Report", "Published", "Type", "Recommendation / AFI",
           "Lead", "Update", "RAG", "Date submitted for closure"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(HEADER_ROW, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="top")
    r = HEADER_ROW + 1
    no = 0
    no_of_item: dict[str, str] = {}
    split_counter: dict[str, int] = {}
    placed = []
    # first pass: numbers (so pointers can name them)
    for f in F:
        if f is SPACER:
            continue
        if f["item"] in ("st1", "cdi1"):
            k = f["item"]
            split_counter[k] = split_counter.get(k, 0) + 1
            if split_counter[k] == 1:
                no += 1
                base = no
                no_of_item[k] = str(no)
                f["_base"] = base
            f["no"] = f"{no}{'abcde'[split_counter[k] - 1]}"
        else:
            no += 1
            f["no"] = no
            if f["item"]:
                no_of_item[f["item"]] = str(no)
    for f in F:
        if f is SPACER:
            r += 1
            continue
        rag = f["rag"]
        upd = f["update"]
        if isinstance(rag, str) and "{" in rag:
            rag = rag.format(**no_of_item)
        if isinstance(upd, str) and "{" in upd:
            upd = upd.format(**no_of_item)
        ref = f["ref"]
        if ref is not None and ref not in DITTOS:
            ref = H_BY_KEY[ref]["ref"]
        vals = [f["no"], ref, f["report"], f["pub"], f["typ"], f["text"], f["lead"], upd, rag,
                f["closure"]]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(r, j, v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, dt.date):
                c.number_format = "dd/mm/yyyy"
        # RAG fill where a colour word is typed (dittos stay unfilled, as typed)
        fills = {"GREEN": "92D050", "AMBER": "FFC000", "RED": "FF0000", "WHITE": "FFFFFF"}
        if rag in fills:
            ws.cell(r, 9).fill = PatternFill("solid", fgColor=fills[rag])
        f["row"] = r
        f["rag_written"] = rag
        placed.append(f)
        r += 1
    # key at the foot
    r += 1
    ws.cell(r, 1, "Key").font = Font(bold=True)
    ws.cell(r + 1, 1, "RAG: GREEN = implemented, evidence held; AMBER = work ongoing, expected to "
                      "be implemented; RED = beyond deadline or cannot / will not be implemented; "
                      "WHITE = not Lincolnshire Police's to deliver (another organisation)")
    ws.cell(r + 2, 1, "\" / '' / Ditto / As above = same as the line above (ignore blank lines). "
                      "\"As No. x\" = same as item No. x. Split recommendations are numbered 12a, "
                      "12b ... one line per bullet.")
    for rr in (r + 1, r + 2):
        ws.cell(rr, 1).font = Font(italic=True, size=9)
    key_rows = [r, r + 1, r + 2]
    for col, w in zip("ABCDEFGHIJ", [6, 11, 22, 11, 9, 70, 24, 45, 9, 13]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    save_fixed(wb, path)
    return placed, key_rows


def save_fixed(wb: Workbook, path: Path):
    """Save with fixed document times and fixed zip entry times so rebuilds are identical."""
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.properties.creator = "SDU"
    wb.properties.lastModifiedBy = "SDU"
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>2024-11-14T09:30:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 11, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------------------
# Resolve the dittos the way the key says, and decide the truth.
# ---------------------------------------------------------------------------------------
def resolve(placed, field):
    """Value of `field` per row after dittos and 'As No. x' pointers."""
    by_no = {str(f["no"]): f for f in placed}
    out: dict[int, object] = {}
    prev = None
    for f in placed:
        v = f[field]
        if v in DITTOS:
            v = prev
        elif isinstance(v, str) and v.startswith("As No. "):
            v = ("PTR", v[len("As No. "):])
        out[f["row"]] = v
        prev = v
    # pointers
    for f in placed:
        v = out[f["row"]]
        if isinstance(v, tuple):
            tgt = by_no[v[1]]
            out[f["row"]] = out[tgt["row"]]
    return out


def decide(placed):
    rag = resolve([dict(f, rag=f["rag_written"]) for f in placed], "rag")
    for f in placed:
        v = rag[f["row"]]
        assert v in DONE | OPEN, (f["row"], v)
        f["rag_eff"] = v
        f["force_state"] = "done" if v in DONE else "open"
    rep = resolve(placed, "report")
    for f in placed:
        f["report_eff"] = rep[f["row"]]
    lines = []
    rows_of: dict[str, list] = {}
    for f in placed:
        if f["item"]:
            rows_of.setdefault(f["item"], []).append(f)
    conflict_why = {
        "fa2": "Force row's HMICFRS Ref is a ditto (\") of the row above, i.e. fa1's reference "
               "{r1}; its text is the firearms demand recommendation {r2} -> reference disagrees.",
        "nc2": "Force text says 'Within 12 months', HMICFRS says 'Within six months' -> timescale "
               "disagrees.",
        "cdi2": "Force row sits at the foot of the PEEL 2018/19 block with Report and Published "
                "ditto'd (PEEL 2018/19, May 2019); HMICFRS holds it under Crime data integrity "
                "inspection 2019 (Sept 2019) -> report and date disagree.",
        "cu1": "Force text has three of the four bullets; 'improve the timeliness of adequate "
               "appropriate adult support for children who are arrested' is missing -> missing "
               "bullet.",
        "p24r3": "Type column is a ditto of the AFI rows above, so the force records an AFI; "
                 "HMICFRS type is Recommendation -> type disagrees.",
    }
    for h in H_ORDER:
        k = h["key"]
        hclosed = h["status"] in H_CLOSED
        fr = rows_of.get(k, [])
        if not fr:
            lines.append((h["row"], "", "missing_from_force",
                          f"HMICFRS {h['ref']} ({h['status']}) has no line in the force tracker."))
            continue
        done = all(f["force_state"] == "done" for f in fr)
        rags = "/".join(f"{f['rag_written']}->{f['rag_eff']}" if f["rag_written"] != f["rag_eff"]
                        else f["rag_eff"] for f in fr)
        if k in conflict_why:
            cat = "conflict"
            why = conflict_why[k].format(r1=H_BY_KEY["fa1"]["ref"], r2=h["ref"])
        elif not hclosed and done:
            cat = "closeable_submit"
            why = f"HMICFRS {h['status']}; force RAG {rags} (done)."
        elif hclosed and not done:
            cat = "closeable_local"
            why = f"HMICFRS {h['status']}; force RAG {rags} (open)."
        else:
            cat = "in_sync"
            why = (f"HMICFRS {h['status']}; force RAG {rags} "
                   f"({'done' if done else 'open'}).")
        if len(fr) > 1:
            why += (f" Split: one force line per bullet ({len(fr)} lines); item status taken over "
                    f"all lines ({'all done' if done else 'not all done'}).")
        for f in fr:
            lines.append((h["row"], f"{SHEET}!{f['row']}", cat, why))
    for f in placed:
        if f["item"] is None:
            if f["typ"] == "Local":
                why = f"Force's own local action (RAG {f['rag_written']}->{f['rag_eff']}); not an HMICFRS item."
            else:
                why = (f"{f['report_eff']}: national recommendation the force still tracks "
                       f"(RAG {f['rag_eff']}); the report is not on the HMICFRS list.")
            lines.append(("", f"{SHEET}!{f['row']}", "not_on_hmicfrs_list", why))
    return lines


def write_readme(placed, key_rows, lines, counts):
    cat_of = {ln[1]: (ln[0], ln[2]) for ln in lines if ln[1]}
    item_counts: dict[str, int] = {}
    seen = set()
    for ln in lines:
        key = ln[0] or ln[1]
        if key in seen:
            continue
        seen.add(key)
        item_counts[ln[2]] = item_counts.get(ln[2], 0) + 1
    order = ["closeable_submit", "closeable_local", "conflict", "missing_from_force",
             "not_on_hmicfrs_list", "in_sync"]
    t = []
    t.append(f"# {CASE}\n")
    t.append("Round 67, force-side layout. Built by `../build_ditto_as_above_tracker.py` "
             f"(seed `{SEED}`; `/work/main/.venv/bin/python build_ditto_as_above_tracker.py` "
             "rebuilds every file here byte for byte, this README included).\n")
    t.append("## Layout\n")
    t.append(
        "**Force side, `tracker.xlsx`** - one sheet `HMICFRS Tracker`: the master list a force's "
        "Strategic Development Unit has typed by hand since 2013, as a staff officer types a long "
        "list. Row 1 title, row 2 'maintained by / last updated' note, row 3 blank, **row 4 "
        "header** (`No.`, `HMICFRS Ref`, `Report`, `Published`, `Type`, `Recommendation / AFI`, "
        "`Lead`, `Update`, `RAG`, `Date submitted for closure`), items from row 5, report blocks "
        "in publication order separated by one blank row, and a `Key` at the foot (rows "
        f"{key_rows[0]}-{key_rows[-1]}). A value that repeats the line above is not retyped: the "
        "cell holds a **ditto** - `\"`, `''`, a curly `“` pasted from the old Word version of the "
        "list, `Ditto`, `As above`, `as above`; each report block has its own habit because "
        "different officers kept it. A row that shares another item's position points at it by "
        "the running number: `As No. 23`. Dittos occur in Ref, Report, Published, Type, Lead, "
        "Update, RAG and closure date. The Key states the rule, and the truth follows it: **a "
        "ditto means the resolved value of the nearest item row above, blank spacer rows "
        "ignored; `As No. x` means the resolved value of item No. x.** Split recommendations "
        "are numbered `12a`-`12d`, `43a`-`43e`, one row per bullet, with the Ref dittoed. RAG "
        "words: GREEN / WHITE = done (WHITE = not the force's to deliver, per the City of London "
        "tracker key), AMBER / RED = open; typed colour words carry a matching fill, dittos do "
        "not. `No.` is the tracker's running number, not a reference; `HMICFRS Ref` (the "
        "register's integer id) is typed on about half the rows. Published is free text "
        "(`Sept 2014`, `Sep-15`, `24/10/2017`, `Dec-17`). Texts are HMICFRS wording, sometimes "
        "with the stem stripped (`within six months the force should: ...`), abbreviated "
        "(MSHT, ISAs, S&S, BWV, DA, CSE) or misspelt (`accomodation`); the HMICFRS copy of "
        "one MSHT item keeps a stray footnote `86` the force's copy lacks.\n")
    t.append(
        "**HMICFRS side, `hmicfrs.xlsx`** - a plain register export, sheet `Recommendations`, "
        "header row 1: `Reference` (plain integer, older-register style), `Force`, `Report "
        "title`, `Publication date`, `Type` (Recommendation / Area for improvement / Cause of "
        "concern / National recommendation), `Recommendation text`, `Status` (open: Awaiting "
        "review, Being progressed; closed: Complete, Superseded), `Status date`. "
        f"{len(H_ORDER)} items, {len({h['report'] for h in H_ORDER})} reports (2014-2024), sorted by publication date then "
        "reference.\n")
    t.append("## Non-item rows (not in truth.csv)\n")
    blanks = sorted({f['row'] + 1 for f in placed} - {f['row'] for f in placed}
                    - {key_rows[0] - 1})
    t.append(f"Rows 1-3 (title, note, blank), 4 (header), blank spacer rows "
             f"{', '.join(map(str, blanks))}, row {key_rows[0] - 1} (blank) and the key rows "
             f"{key_rows[0]}-{key_rows[-1]}.\n")
    t.append("## Traps and how the truth decides them\n")
    t.append("| force row | No. | RAG as written -> resolved | trap | hmicfrs_row | category |")
    t.append("|---|---|---|---|---|---|")
    for f in placed:
        if not f.get("trap"):
            continue
        ref = f"{SHEET}!{f['row']}"
        hrow, cat = cat_of[ref]
        rw = str(f["rag_written"]).replace("|", "/")
        t.append(f"| {f['row']} | {f['no']} | `{rw}` -> {f['rag_eff']} | {f['trap']} | "
                 f"{hrow or '-'} | {cat} |")
    t.append("")
    t.append(
        "- **Dittos across a blank row** (rows 8 and 47): 'As above' in the first row of a new "
        "block refers to the last item row of the block above (AMBER, RED).\n"
        "- **Chains**: a ditto of a ditto resolves back to the last typed value (12b-12d -> "
        "GREEN; No. 21 GREEN -> 22 `\"` -> 23 `“` -> GREEN).\n"
        "- **Split rows** (12a-12d, 43a-43e): each row is its own truth line with the same "
        "hmicfrs_row; the category is decided once for the item from all its rows (all done -> "
        "done; any open -> open). 12a-12d are all GREEN by ditto -> closeable_submit; 43a-43e "
        "are GREEN, GREEN, AMBER, AMBER, AMBER -> open, HMICFRS open -> in_sync.\n"
        "- **Ditto errors that make a conflict**: No. 8 carries No. 7's HMICFRS Ref by a ditto "
        "(reference conflict; matched by text); No. 42 (a CDI 2019 AFI) was added at the foot "
        "of the PEEL 2018/19 block with Report/Published dittoed (report and date conflict); "
        "No. 65 (an HMICFRS Recommendation) has Type dittoed from the AFI rows above (type "
        "conflict). Two text conflicts: No. 32 'Within 12 months' vs HMICFRS 'Within six "
        "months'; No. 45 lacks the fourth bullet (appropriate adult support).\n"
        "- **Pointers**: No. 50 `As No. 23` and No. 64 `As No. 38` take the RAG of those "
        "items (both GREEN) -> done; HMICFRS open -> closeable_submit.\n"
        "- **WHITE** (No. 49, a Home Office/NPCC recommendation): done -> closeable_submit "
        "while HMICFRS still has it open.\n"
        "- **Not on the HMICFRS list**: two Stop and search 2013 and one Policing in austerity "
        "2014 national recommendations the force still tracks (rows 5, 6, 8), and four local "
        "actions with Type `Local` (rows 31, 58, 81, 92), their RAG dittoed.\n"
        "- **Missing from the force**: HMICFRS items with no row: Integrity matters 2015, the "
        "PEEL legitimacy 2017 'publish this analysis' item, the PEEL 2021/22 control-room AFI and "
        "two PEEL 2023/24 AFIs published but not yet added.\n"
        "- Status reduced: HMICFRS Awaiting review / Being progressed = open, Complete / "
        "Superseded = closed; force GREEN / WHITE = done, AMBER / RED = open. A conflict is "
        "a conflict whatever the statuses.\n")
    t.append("## Counts\n")
    t.append("| category | truth lines | items |")
    t.append("|---|---|---|")
    for c in order:
        t.append(f"| {c} | {counts.get(c, 0)} | {item_counts.get(c, 0)} |")
    t.append(f"| total | {sum(counts.values())} | {sum(item_counts.values())} |")
    t.append("")
    t.append(f"HMICFRS items: {len(H_ORDER)}; force item rows: {len(placed)} (two items split "
             "into 4 and 5 rows). Items closed on one side only: "
             f"{item_counts.get('closeable_submit', 0) + item_counts.get('closeable_local', 0)} "
             f"of {len(H_ORDER)}.\n")
    t.append("## Sources of text\n")
    t.append("HMICFRS texts are real public wording from `/work/shared/data/real_recommendations."
             "csv` and the casegen text lists (national reports verbatim; force-level items = "
             "real stems + real bodies, force name Lincolnshire Police). Updates, local actions "
             "and the force's rewordings were written for this case.\n")
    (OUT / "README.md").write_text("\n".join(t), encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    write_hmicfrs(OUT / "hmicfrs.xlsx")
    placed, key_rows = write_tracker(OUT / "tracker.xlsx")
    lines = decide(placed)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for ln in lines:
        w.writerow(ln)
    (OUT / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")
    counts: dict[str, int] = {}
    for ln in lines:
        counts[ln[2]] = counts.get(ln[2], 0) + 1
    write_readme(placed, key_rows, lines, counts)
    print("HMICFRS items:", len(H_ORDER), "force item rows:", len(placed), "key rows:", key_rows)
    print("truth lines:", len(lines), counts)


if __name__ == "__main__":
    main()
