"""Build the evaluation case `closed_rows_without_text` (round 17).

Lincolnshire Police keeps an xlsx tracker in which OPEN items carry the HMICFRS text but items
the force has closed were trimmed to save space: their text cell is blank or holds only a short
title, "See closure report" or "Closed – evidence on file". Their HMICFRS reference (URN),
report, type, lead, status and closure date stay. The HMICFRS side is the register export.

Run:  /work/main/.venv/bin/python build_closed_rows_without_text.py
Rebuilds closed_rows_without_text/ byte for byte (fixed seed, fixed zip timestamps).
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

SEED = 17017
RNG = random.Random(SEED)
CASE = "closed_rows_without_text"
OUT = Path(__file__).resolve().parent / CASE
FORCE = "Lincolnshire Police"

# ---------------------------------------------------------------------------------------------
# Real HMICFRS texts (OGL), copied from reconcile/casegen/texts and shared/data.
# ---------------------------------------------------------------------------------------------
NAT = "National recommendation"
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"

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
EVERYONE_PLAN = (
    "By September 2014, every police force in England and Wales should establish and publish "
    "an action plan that specifies in detail what steps it will take to improve its approach "
    "to domestic abuse.\n\n"
    "This action plan should be developed:\n\n"
    "• in consultation with police and crime commissioners, domestic abuse support "
    "organisations and victims' representatives;\n"
    "• after close consideration of all the recommendations in this report;\n"
    "• with reference to all relevant domestic homicide reviews and IPCC findings, whether in "
    "connection with the force in question or another force; and 20\n"
    "• drawing on relevant knowledge acquired or available from other sources such as CPS "
    "scrutiny panels and MARAC self-assessments."
)
CDI_VICTIMS = (
    "Within six months the force should put in place arrangements to ensure that:\n"
    "• at the point of report, victims are believed;\n"
    "• conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;\n"
    "• multiple crimes are always recorded when described within incident records or "
    "identified as part of other recorded crime investigations;\n"
    "• the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and\n"
    "• online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
    "to the victim or the wider public are identified and appropriately managed."
)
DASH_CAUSE = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed."
)
MISSING_CHILDREN = (
    "Within six months Lincolnshire Police should review its approach to reports of missing "
    "children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action."
)
CUSTODY_CHILDREN = (
    "The force should, in conjunction with children’s social care services, review how it "
    "manages the detention of children. As a minimum it should:• ensure that all children are "
    "only detained when absolutely necessary and for the absolute minimum amount of time;• "
    "ensure that officers and staff in the custody suite assess at an early stage a child’s "
    "need for alternative accommodation (secure or otherwise) and work with children’s social "
    "care services to achieve the most appropriate option for the child;• ensure that custody "
    "staff make a record of all actions taken and decisions made on the relevant "
    "documentation; and• improve the timeliness of adequate appropriate adult support for "
    "children who are arrested."
)
CONTROL_ROOM = (
    "The force should ensure that it has sufficient resources available in the control room "
    "to fulfil its resourcing model, and so to meet its demand, while also taking into account "
    "the wellbeing of its workforce."
)

# Reports: key -> (HMICFRS title, publication date, tracker name)
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Stop & Search powers (HMIC 2013)"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "Domestic abuse - Everyone's business"),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  "Policing in Austerity 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the "
             "use of police time", dt.date(2014, 9, 4), "Core Business 2014"),
    "cdi14": ("Crime data integrity inspection 2014 – Lincolnshire Police",
              dt.date(2014, 9, 18), "CDI 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and "
                  "to provide the capability to tackle corruption in policing",
                  dt.date(2015, 1, 30), "Integrity Matters 2015"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "Building the Picture 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales",
                 dt.date(2015, 9, 15), "Firearms licensing 2015"),
    "leg15": ("PEEL: Police legitimacy 2015 – Lincolnshire Police", dt.date(2016, 2, 11),
              "PEEL Legitimacy 2015"),
    "eff16": ("PEEL: Police effectiveness 2016 – Lincolnshire Police", dt.date(2017, 3, 2),
              "PEEL Eff 2016"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)"),
    "efc17f": ("PEEL: Police efficiency 2017 – Lincolnshire Police", dt.date(2017, 11, 9),
               "PEEL Efficiency 2017"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "PEEL Legit 17 S&S"),
    "leg17f": ("PEEL: Police legitimacy 2017 – Lincolnshire Police", dt.date(2017, 12, 12),
               "PEEL Legit 17"),
    "ncpi18": ("National child protection inspection 2018 – Lincolnshire Police",
               dt.date(2018, 6, 19), "NCPI 2018"),
    "cdi19": ("Crime data integrity inspection 2019 – Lincolnshire Police",
              dt.date(2019, 9, 24), "CDI 2019"),
    "cust20": ("Report on an unannounced inspection visit to police custody suites in "
               "Lincolnshire 2020", dt.date(2020, 8, 11), "Custody inspection 2020"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Lincolnshire "
               "Police", dt.date(2022, 5, 17), "PEEL 21-22"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/25 – Lincolnshire "
               "Police", dt.date(2024, 5, 21), "PEEL 23-25"),
}
NATIONAL_KEYS = {"sas13", "everyone", "austerity", "core", "integrity", "picture", "firearms",
                 "stolen", "efc17", "leg17", "powers"}

BP, AR, CO, SU = "Being progressed", "Awaiting review", "Complete", "Superseded"

# HMICFRS items: urn -> (report key, type, text, register status, status date)
H: dict[int, tuple[str, str, str, str, dt.date]] = {
    1204: ("sas13", NAT,
           "Chief Constables and the College of Policing should establish in the Stop and "
           "Search Authorised Professional Practice document a clear specification of what "
           "constitutes the effective and fair exercise of stop and search powers, and "
           "guidance in this respect. This should be compliant with the Code of Practice.",
           CO, dt.date(2016, 6, 8)),
    1205: ("sas13", NAT,
           "Chief Constables should establish or improve monitoring of the way officers stop "
           "and search people, so that they can be satisfied their officers are acting in "
           "accordance with the law (including equality legislation and the Code of "
           "Practice), and that the power is used effectively to prevent crime, catch "
           "criminals and maintain public trust.", BP, dt.date(2019, 2, 14)),
    1206: ("sas13", NAT,
           "Chief Constables should, in consultation with elected local policing bodies, "
           "ensure that they comply with the code of practice by explaining to the public "
           "the way stop and search powers are used in their areas and by making "
           "arrangements for stop and search records to be scrutinised by community "
           "representatives. This should be done in a way that involves those people who "
           "are stopped and searched, for example, young people.", CO, dt.date(2017, 3, 21)),
    2321: ("everyone", NAT, EVERYONE_PLAN, CO, dt.date(2015, 10, 7)),
    2890: ("austerity", NAT,
           "All Chief Constables and PCCs should review their plans to deliver savings to "
           "ensure they are doing all they can to continue to reduce crime and protect the "
           "front line while balancing their budgets. They should use the data and "
           "information contained in this report, and in HMIC's Value for Money profiles, "
           "when conducting their reviews", CO, dt.date(2015, 7, 1)),
    2893: ("austerity", NAT,
           "In preparation for the next spending round period all Chief Constables and PCCs "
           "should review their plans for collaboration. In particular they should consider "
           "whether there is scope to deliver better value for money and improved "
           "capability and capacity through joint working with other forces, the public "
           "and/or the private sector.", BP, dt.date(2016, 1, 12)),
    4822: ("core", NAT,
           "Not later than 31 March 2015 those forces using a threat, harm and risk policy, "
           "that have not yet done so, should provide call-handlers with specific, sound and "
           "comprehensible criteria against which they can assess threat, harm and risk.",
           BP, dt.date(2018, 5, 3)),
    4823: ("core", NAT,
           "By 31 March 2015 all forces should ensure that crime prevention or disruption "
           "activity carried out is systematically recorded and subsequently evaluated to "
           "determine the effectiveness of tactics being employed.", CO, dt.date(2015, 11, 26)),
    5110: ("integrity", NAT,
           "By 31 August 2015, all chief constables should satisfy themselves that they have "
           "processes in place to ensure that investigations into misconduct by officers "
           "and staff resulting in “no further action” are fair and free of any form of "
           "discrimination.", CO, dt.date(2016, 4, 19)),
    5530: ("picture", NAT,
           "By 30 November 2015, chief constables should put in place arrangements to "
           "scrutinise audits of compliance with the APP on information management through "
           "the force information management governance structure. This should include "
           "measures to ensure that categorisation of records are regularly adjusted.",
           CO, dt.date(2016, 5, 24)),
    5871: ("firearms", NAT,
           "Within three months, all chief constables should assess how well the governance "
           "of firearms licensing in his or her force meets the standards set out in "
           "Authorised Professional Practice. Chief constables of forces where the "
           "governance standards are not being complied with should put in place "
           "immediately the correct arrangements and procedures in order to meet the "
           "standards in full.", CO, dt.date(2016, 9, 6)),
    5872: ("firearms", NAT,
           "Within three months, all chief constables should assess the demand placed on their "
           "firearms licensing department and ensure it has the capacity to meet this demand "
           "and provide an efficient and effective service at all times.",
           BP, dt.date(2017, 2, 2)),
    5873: ("firearms", NAT,
           "Immediately, all chief constables should satisfy themselves that all appropriate "
           "action is being taken by their force with regard to ‘total expired’ licensing "
           "records.", AR, dt.date(2015, 9, 15)),
    5874: ("firearms", NAT,
           "Within three months, all chief constables should ensure that their arrangements "
           "in respect of the use of temporary permits are in accordance with the Home "
           "Office guidance; that temporary permits are properly recorded without delay on "
           "the National Firearms Licensing Management System; and that effective systems "
           "exist to ensure certificate holders are not permitted, at any time, to remain "
           "in unlawful possession of a firearm.", BP, dt.date(2017, 2, 2)),
    5875: ("firearms", NAT,
           "Within three months, all chief constables should ensure that systems designed "
           "to identify, prior to police attendance, whether a reported incident involves "
           "or is at the address of a firearm certificate holder are in place and are "
           "always applied by staff dispatching officers to incidents; and that officers "
           "understand the risk assessment which they should be undertaking in such "
           "circumstances, and their power, when appropriate, to seize firearms and firearm "
           "certificates.", CO, dt.date(2023, 11, 30)),
    6701: ("eff16", COC, DASH_CAUSE, CO, dt.date(2018, 9, 18)),
    6702: ("eff16", REC,
           "Within three months, the force should take steps to ensure that there is effective "
           "supervision of the initial risk assessment process, specifically in relation to "
           "the completion of DASH risk assessment in appropriate cases.",
           BP, dt.date(2018, 9, 18)),
    6703: ("eff16", REC,
           "Immediately, the force should consider ways of increasing the use of arrest, "
           "ancillary orders and other available powers, in order to improve the service it "
           "provides to victims of domestic abuse, offer the best possible protection and "
           "bring more perpetrators to justice.", BP, dt.date(2018, 9, 18)),
    6704: ("eff16", AFI,
           "The force should improve its understanding of the nature and scale of modern "
           "slavery and human trafficking in its area.", SU, dt.date(2018, 3, 27)),
    6705: ("eff16", AFI,
           "The force should make sure officers and staff have the training they need to "
           "identify and respond to vulnerable adults.", BP, dt.date(2018, 3, 27)),
    6706: ("eff16", AFI,
           "The force should improve how it works with partner organisations to safeguard "
           "people at risk from child sexual exploitation.", CO, dt.date(2018, 3, 27)),
    7301: ("stolen", NAT, SF_LEADERSHIP, BP, dt.date(2019, 6, 4)),
    7302: ("stolen", NAT,
           "Within six months, forces should have in place active information-sharing "
           "agreements with other agencies to facilitate speedy exchange of intelligence 86 "
           "and in order to safeguard victims better and to identify suspects as early as "
           "possible", BP, dt.date(2019, 6, 4)),
    7303: ("stolen", NAT,
           "Immediately, forces should ensure that all victims carrying out criminal acts "
           "under compulsion attributable to slavery or exploitation are afforded the "
           "protection of early and continuing consideration of the applicability of the "
           "section 45 defence.", AR, dt.date(2017, 10, 24)),
    7304: ("stolen", NAT,
           "Immediately, forces should take steps to ensure they are fully compliant with "
           "the NRM process as it evolves and are implementing the requirement placed upon "
           "them under the Modern Slavery Act 2015 to notify the Home Office of any "
           "individual suspected to be an adult victim of modern slavery or human "
           "trafficking.", CO, dt.date(2018, 11, 20)),
    7305: ("stolen", NAT,
           "Immediately, forces should take steps to ensure they fully comply with national "
           "crime recording standard (NCRS) requirements for offences identified as modern "
           "slavery and human trafficking and that sufficient audit capacity is available "
           "to the force crime registrar to provide reassurance that each force is "
           "identifying and managing any gaps in its crime-recording accuracy for these "
           "types of offences.", BP, dt.date(2019, 6, 4)),
    7306: ("stolen", NAT,
           "Immediately, forces should ensure that allegations or indications of modern "
           "slavery and human trafficking are thoroughly investigated and effectively "
           "supervised by teams and individuals with the skills and experience to undertake "
           "them (this should include the use where appropriate of joint intelligence teams "
           "and other means to obtain intelligence and evidence from agencies overseas).",
           BP, dt.date(2019, 6, 4)),
    7307: ("stolen", NAT,
           "Immediately, forces should review their use of preventative powers under the "
           "Modern Slavery Act 2015 to ensure that opportunities to restrict the activities "
           "of those deemed to pose a clear threat to others in respect of modern slavery "
           "and human trafficking offences are exploited.", CO, dt.date(2024, 2, 13)),
    7655: ("efc17", NAT,
           "By September 2018, chief constables should produce an ambitious plan to improve "
           "digitally-enabled services within their force. The Home Office, National Police "
           "Chiefs' Council and Association of Police and Crime Commissioners should "
           "support the development of these plans by establishing a national framework "
           "which allows for the provision of digitally enabled services across force "
           "boundaries.", BP, dt.date(2019, 1, 29)),
    7660: ("efc17f", AFI,
           "The force should undertake further work to gain a fuller understanding of current "
           "demand for its services, and likely future changes in demand. This is so it can "
           "make best use of its resources by matching them to demand to meet the needs of "
           "the public.", BP, dt.date(2019, 4, 9)),
    7661: ("efc17f", AFI,
           "The force should develop its understanding of the links between its outcomes, "
           "outputs and costs.", CO, dt.date(2019, 10, 15)),
    7662: ("efc17f", AFI,
           "The force should develop a future workforce plan that is aligned with its overall "
           "demand and budget. The plan should include future resource allocations, the mix "
           "of skills required by the workforce and behaviours expected of them.",
           AR, dt.date(2017, 11, 9)),
    8540: ("leg17", COC,
           "HMICFRS is concerned that forces are not able to demonstrate that the use of "
           "stop and search powers is consistently reasonable and fair. In particular, "
           "there is over-representation of BAME people, and black people in particular, "
           "in stop and search data which many forces are unable to explain.",
           BP, dt.date(2019, 3, 12)),
    8541: ("leg17", NAT, SAS_MONITORING_2017, BP, dt.date(2019, 3, 12)),
    8542: ("leg17", NAT,
           "Where forces identify disparities through monitoring, they should demonstrate "
           "to the public that they have:\n"
           "•carried out research and analysis in an attempt to understand the reasons for "
           "the disparity, and •taken action to reduce the disparity, where necessary;",
           AR, dt.date(2017, 12, 12)),
    8543: ("leg17", NAT,
           "We expect forces to publish this analysis and any actions taken at least on an "
           "annual basis, from July 2018.", CO, dt.date(2019, 11, 5)),
    8544: ("leg17", NAT,
           "By July 2018, and ongoing following that date, forces should ensure that all "
           "officers who use stop and search powers have been provided with, and "
           "understand, training on unconscious bias and College of Policing APP on stop "
           "and search.", BP, dt.date(2021, 3, 16)),
    8580: ("leg17f", AFI,
           "Lincolnshire Police should ensure all staff have received at least the lowest "
           "level of vetting clearance for their roles as quickly as possible, working to "
           "clear both the vetting backlog and new vetting renewals when they become due so "
           "that it complies fully with the national vetting guidelines.",
           CO, dt.date(2020, 6, 23)),
    8581: ("leg17f", AFI,
           "The force should improve how it gathers, assesses and acts on intelligence about "
           "counter-corruption.", CO, dt.date(2020, 6, 23)),
    9201: ("ncpi18", REC, MISSING_CHILDREN, BP, dt.date(2020, 1, 21)),
    9202: ("ncpi18", REC,
           "Within three months, the force should improve the way it manages the risk posed "
           "by offenders involved in online child sexual abuse.", CO, dt.date(2023, 7, 4)),
    9203: ("ncpi18", REC,
           "Within six months the force should make sure investigations of child sexual "
           "exploitation are allocated to officers with the right skills and are effectively "
           "supervised.", BP, dt.date(2020, 1, 21)),
    9870: ("cdi19", REC, CDI_VICTIMS, BP, dt.date(2021, 5, 11)),
    9871: ("cdi19", AFI,
           "The force should make sure it records reports of stalking and harassment "
           "accurately and without delay.", BP, dt.date(2021, 5, 11)),
    9872: ("cdi19", AFI,
           "The force should make sure it records reports of hate crime accurately and "
           "without delay.", CO, dt.date(2021, 11, 30)),
    10450: ("cust20", REC, CUSTODY_CHILDREN, BP, dt.date(2021, 9, 7)),
    10451: ("cust20", AFI,
            "The force should make sure officers and staff have the training they need to "
            "identify and respond to people with mental ill health.", AR, dt.date(2020, 8, 11)),
    11920: ("powers", NAT,
            "By July 2022, forces should ensure that officers and staff have effective "
            "communication skills, in line with the National Policing Guidelines on Conflict "
            "Management. This should be in addition to existing training on conflict "
            "management and de-escalation.", BP, dt.date(2022, 10, 18)),
    11921: ("powers", NAT,
            "By July 2021, forces should ensure that communication skills are reinforced as "
            "part of the programme of continuing professional development for officers and "
            "staff, and that supervisors are supported to routinely and frequently debrief "
            "officers on these skills using body-worn video footage.",
            BP, dt.date(2022, 10, 18)),
    11922: ("powers", NAT, BWV_2021, BP, dt.date(2022, 10, 18)),
    11924: ("powers", NAT,
            "By July 2021, forces should ensure they have effective internal monitoring "
            "processes on the use of force, to help them to identify and understand "
            "disproportionate use, explain the reasons and implement any necessary "
            "improvement action.", BP, dt.date(2022, 10, 18)),
    12300: ("peel21", AFI, CONTROL_ROOM, BP, dt.date(2023, 6, 6)),
    12301: ("peel21", AFI,
            "The force should make sure victims of domestic abuse are kept informed about the "
            "progress of their case, in line with the Code of Practice for Victims of Crime.",
            BP, dt.date(2023, 6, 6)),
    12302: ("peel21", AFI,
            "The force should improve its understanding of suspects released under "
            "investigation and the management of those released on bail.",
            BP, dt.date(2023, 6, 6)),
    12303: ("peel21", AFI,
            "The force should improve its ability to retrieve digital evidence from mobile "
            "phones, computers and other electronic devices quickly enough to ensure "
            "investigations are not delayed.", BP, dt.date(2023, 6, 6)),
    12304: ("peel21", AFI,
            "The force should make sure it has enough specialist capacity and capability to "
            "investigate rape and serious sexual offences.", CO, dt.date(2024, 3, 19)),
    12305: ("peel21", AFI,
            "The force should improve how it gathers, assesses and acts on intelligence about "
            "county lines drug dealing.", BP, dt.date(2023, 6, 6)),
    13110: ("peel23", AFI,
            "The force should make sure its performance framework gives senior leaders a "
            "clear picture of its response to violence against women and girls.",
            AR, dt.date(2024, 5, 21)),
    13111: ("peel23", AFI,
            "The force should make sure it consistently uses ancillary orders and other "
            "powers to protect victims of stalking and harassment.", AR, dt.date(2024, 5, 21)),
    13112: ("peel23", AFI,
            "The force should develop a problem-solving approach to anti-social behaviour, "
            "working with local communities and partners.", AR, dt.date(2024, 5, 21)),
    13113: ("peel23", AFI,
            "The force should review its approach to hate crime to make sure victims receive "
            "a consistently good service.", AR, dt.date(2024, 5, 21)),
    13114: ("peel23", AFI,
            "The force should improve the supervision of investigations, so that "
            "investigation plans are set, reviewed and recorded and victims receive a "
            "consistently good service.", AR, dt.date(2024, 5, 21)),
}

# ---------------------------------------------------------------------------------------------
# Force tracker rows. Each: dict(urn, rep, type, title, text, status, closed, update, h, cat, why)
# h = HMICFRS urn the row truly belongs to (None: no HMICFRS item).
# ---------------------------------------------------------------------------------------------
SEE = "See closure report"
EVID = "Closed – evidence on file"
CL = "Closed"
CSO = "Complete – signed off"

FT = {"NAT": "National rec", "REC": "Rec", "AFI": "AFI", "COC": "CoC", "LOC": "Force action"}


def d(y, m, dd):
    return dt.datetime(y, m, dd)


T: list[dict] = []


def row(urn, rep, typ, title, text, status, closed=None, update=None, h="same", cat="", why=""):
    T.append(dict(urn=urn, rep=rep, type=FT[typ], title=title, text=text, status=status,
                  closed=closed, update=update, h=(urn if h == "same" else h), cat=cat, why=why))


# --- Stop & Search 2013
row(1204, "sas13", "NAT", "S&S APP specification", "", CL, d(2016, 3, 14),
    "Closure report approved at Organisational Learning Board.", cat="in_sync",
    why="URN match; force Closed (text trimmed, title only), register Complete")
row(1205, "sas13", "NAT", "Monitoring of S&S use", SEE, CL, d(2016, 9, 22), None,
    cat="closeable_submit",
    why="URN match; force Closed (text 'See closure report'), register still Being progressed")
row(1206, "sas13", "NAT", None, None, CSO, d(2016, 11, 30), None, cat="in_sync",
    why="URN match only (no text, no title); force signed off, register Complete")
# --- Everyone's business
row(2321, "everyone", "NAT", None, "DA action plan (Everyone's Business)", CL, d(2015, 2, 5),
    None, cat="in_sync",
    why="URN match; short title sits in the text cell; closed both sides (register Complete)")
# --- Austerity
row(2890, "austerity", "NAT", "Review savings plans – protect front line", EVID, CL,
    d(2015, 3, 31), "Covered by MTFP review 2015/16.", cat="in_sync",
    why="URN match; force Closed, register Complete")
# --- Core business
row(4822, "core", "NAT", "THR criteria for call handlers", "", CL, d(2015, 6, 12),
    "THRIVE adopted in FCC.", cat="closeable_submit",
    why="URN match; force Closed, register Being progressed")
row(4823, "core", "NAT", None, EVID, CL, d(2015, 6, 12), None, cat="in_sync",
    why="URN match; force Closed ('Closed – evidence on file'), register Complete")
# --- CDI 2014 (gone from the register)
row(3342, "cdi14", "REC", None, None, CL, d(2015, 11, 17), None, h=None,
    cat="not_on_hmicfrs_list",
    why="URN 3342 not on the list and its report (CDI 2014) has no item on the list: closed "
        "and gone from the register; nothing else to match on")
# --- Integrity matters
row(5110, "integrity", "NAT", "NFA misconduct outcomes – fairness check", "", CSO,
    d(2015, 8, 28), "PSD dip-sample of NFA outcomes by protected characteristic.",
    cat="in_sync", why="URN match; force signed off, register Complete")
# --- Building the picture
row(5530, "picture", "NAT", None, SEE, CL, d(2015, 12, 1), None, cat="in_sync",
    why="URN match; force Closed, register Complete")
# --- Firearms licensing
row(5871, "firearms", "NAT", "FL governance v APP", SEE, CL, d(2016, 1, 18), None,
    cat="in_sync", why="URN match; force Closed, register Complete")
row(5872, "firearms", "NAT", None, "", CL, d(2016, 1, 18), None, cat="closeable_submit",
    why="URN match only (blank text, no title); force Closed, register Being progressed")
row(5873, "firearms", "NAT", None, "Total expired licensing records", CL, "Feb 2016", None,
    cat="closeable_submit",
    why="URN match; title in the text cell; force Closed (closure date as text), register "
        "Awaiting review")
row(5875, "firearms", "NAT", "Certificate holder flags at dispatch",
    "Within 3 months, all CCs should ensure that systems designed to identify, prior to police "
    "attendance, whether a reported incident involves or is at the address of a firearm "
    "certificate holder are in place & are always applied by staff dispatching officers to "
    "incidents; and that officers understand the risk assessment which they should be "
    "undertaking in such circumstances, and their power, when appropriate, to seize firearms "
    "and firearm certificates.", "In progress", None,
    "STORM address flags for certificate holders being rebuilt after the control room system "
    "upgrade; user testing booked for Q4.", cat="closeable_local",
    why="URN match, full text; force still In progress, register Complete: close locally")
# --- PEEL Legitimacy 2015 (gone from the register)
row(6150, "leg15", "AFI", "Ethical & lawful culture – vetting", SEE, CL, d(2017, 5, 9), None,
    h=None, cat="not_on_hmicfrs_list",
    why="URN 6150 not on the list; PEEL Legitimacy 2015 has no item on the list (closed and "
        "gone from the register). Its title resembles 8580 (vetting) but 8580 has its own row")
# --- PEEL Effectiveness 2016
row(6701, "eff16", "COC", "DA – DASH discretion (cause of concern)", "", CL, d(2018, 4, 27),
    None, cat="in_sync", why="URN match; closed both sides (register Complete)")
row(6702, "eff16", "REC", "DASH supervision", EVID, CL, d(2018, 4, 27), None,
    cat="closeable_submit", why="URN match; force Closed, register Being progressed")
row(6703, "eff16", "AFI", "Arrest & ancillary orders – DA", "", CL, d(2018, 4, 27), None,
    cat="conflict",
    why="URN match; force records it as an AFI, register as a Recommendation (type differs); "
        "force Closed, register Being progressed: fix the type before submitting")
row(6704, "eff16", "AFI", None, None, CL, d(2018, 1, 15), None, cat="in_sync",
    why="URN match only; force Closed, register Superseded (closed)")
row(6705, "eff16", "AFI", None, SEE, CSO, d(2018, 1, 15), None, cat="closeable_submit",
    why="URN match; force signed off, register Being progressed")
row(6706, "eff16", "AFI", "CSE partnership safeguarding", "", CL, d(2018, 1, 15), None,
    cat="in_sync", why="URN match; force Closed, register Complete")
# --- Stolen freedom
row(7301, "stolen", "NAT", "MSHT leadership & governance review", EVID, CL, d(2018, 10, 30),
    None, cat="closeable_submit", why="URN match; force Closed, register Being progressed")
row(7302, "stolen", "NAT", None, "", CL, d(2018, 10, 30), None, cat="closeable_submit",
    why="URN match only; force Closed, register Being progressed")
row(7304, "stolen", "NAT", "NRM compliance / duty to notify", "", CL, d(2018, 5, 14), None,
    cat="in_sync", why="URN match; force Closed, register Complete")
row(7305, "stolen", "NAT", "NCRS compliance – MSHT crimes", "", "Complete - signed off",
    d(2018, 10, 30), "FCR audit of MSHT crimes complete (98% compliant).",
    cat="closeable_submit",
    why="URN match; force 'Complete - signed off' (hyphen), register Being progressed")
row(7306, "stolen", "NAT", "MSHT investigation & supervision",
    "Immediately, forces should ensure that allegations or indications of MSHT are thoroughly "
    "investigated and effectively supervised by teams and individuals with the skills and "
    "experience to undertake them (this should include the use where appropriate of joint "
    "intelligence teams and other means to obtain intelligence and evidence from agencies "
    "overseas).", "In progress", None,
    "MSHT investigations now allocated to the Serious Crime Unit; supervision audit due.",
    cat="in_sync", why="URN match; open both sides")
row(None, "stolen", "NAT", None,
    "Immediately, forces should review their use of preventative powers under the Modern "
    "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
    "to pose a clear threat to others in respect of MSHT offences are exploited.", "Open", None,
    "Slavery & trafficking prevention orders reviewed; legal services training outstanding.",
    h=7307, cat="closeable_local",
    why="no URN; text matches 7307 (preventative powers); force Open, register Complete")
row(None, "stolen", "LOC", "Refresh MSHT problem profile", EVID, CL, d(2019, 12, 12), None,
    h=None, cat="not_on_hmicfrs_list",
    why="force's own action (type 'Force action', no URN); closed; not an HMICFRS item")
# --- PEEL Efficiency 2017 (national)
row(7655, "efc17", "NAT", "Digital services plan", SEE, CL, d(2018, 9, 28), None,
    cat="closeable_submit", why="URN match; force Closed, register Being progressed")
# --- PEEL Efficiency 2017 (force)
row(7660, "efc17f", "AFI", "Demand understanding", "", CSO, d(2019, 7, 19),
    "FMS 2019 demand analysis complete.", cat="closeable_submit",
    why="URN match; force signed off, register Being progressed")
row(7661, "efc17f", "AFI", None, EVID, CL, d(2019, 7, 19), None, cat="in_sync",
    why="URN match; force Closed, register Complete")
row(7662, "efc17f", "AFI", None, "", CL, None, None, cat="closeable_submit",
    why="URN match only; force Closed (no closure date entered), register Awaiting review")
# --- PEEL Legitimacy 2017 national (stop and search)
row(8540, "leg17", "COC", None, "", CL, d(2018, 12, 20), None, cat="closeable_submit",
    why="URN match only; force Closed, register Being progressed")
row(8514, "leg17", "NAT", "S&S data monitoring – disproportionality", "", CL,
    d(2018, 12, 20), None, h=8541, cat="conflict",
    why="URN typo 8514 (not on the list) for 8541: same report, title names the S&S "
        "monitoring/disproportionality rec and 8541 has no other row; reference differs")
row(8542, "leg17", "NAT", None, EVID, CL, d(2018, 12, 20), None, cat="closeable_submit",
    why="URN match; force Closed, register Awaiting review")
row(8543, "leg17", "NAT", "Publish S&S analysis annually", SEE, CL, d(2019, 7, 31), None,
    cat="in_sync", why="URN match; force Closed, register Complete")
row(8544, "leg17", "NAT", "Unconscious bias / APP training",
    "By July 2018, and ongoing following that date, forces should ensure that all officers who "
    "use S&S powers have been provided with, and understand, training on unconscious bias and "
    "CoP APP on S&S.", "Overdue", None,
    "Refresher e-learning completion at 71%; L&D chasing response teams.", cat="in_sync",
    why="URN match; open both sides")
# --- PEEL Legitimacy 2017 (force)
row(8580, "leg17f", "AFI", "Vetting – lowest level clearance", "", CL, d(2020, 3, 2), None,
    cat="in_sync", why="URN match; force Closed, register Complete")
row(8581, "leg17f", "AFI", None, SEE, CL, d(2020, 3, 2), None, cat="in_sync",
    why="URN match; force Closed, register Complete")
# --- NCPI 2018
row(9201, "ncpi18", "REC", "Missing children – absent category & CSE", "", CL,
    d(2020, 2, 11), None, cat="closeable_submit",
    why="URN match; force Closed, register Being progressed")
row(9202, "ncpi18", "REC", None,
    "Within three months, the force should improve the way it manages the risk posed by "
    "offenders involved in online child sexual abuse.", "Overdue", None,
    "POLIT capacity review agreed; ViSOR risk management plans audit outstanding.",
    cat="closeable_local",
    why="URN match, full text; force Overdue (open), register Complete")
row(9203, "ncpi18", "REC", "CSE investigations – skills & supervision",
    "Within twelve months the force should make sure investigations of CSE are allocated to "
    "officers with the right skills and are effectively supervised.", "In progress", None,
    "Allocation matrix revised; PIP2 training plan for CSE investigators in place.",
    cat="conflict",
    why="URN match; force text says 'Within twelve months', register says 'Within six "
        "months' (timescale differs); open both sides")
# --- CDI 2019
row(9870, "cdi19", "REC", "Victims believed – crime recording at first contact", SEE, CL,
    d(2021, 10, 6), None, cat="closeable_submit",
    why="URN match; force Closed, register Being progressed")
row(9871, "cdi19", "AFI", None,
    "The force should make sure it records reports of stalking & harassment accurately and "
    "without delay.", "In progress", None,
    "S&H crime recording included in monthly FCR audit; compliance 89%.", cat="in_sync",
    why="URN match; open both sides")
row(9872, "cdi19", "AFI", "Hate crime recording", "", CL, d(2021, 10, 6), None,
    cat="in_sync", why="URN match; force Closed, register Complete")
row(None, "cdi19", "LOC", None,
    "Force action - Dip-sample 50 stalking and harassment crime reports each quarter and "
    "report findings to the Crime Standards Board", "In progress", None,
    "Q2 dip-sample complete.", h=None, cat="not_on_hmicfrs_list",
    why="force's own local action (no URN), open; not an HMICFRS item (resembles 9871)")
# --- Custody 2020
row(10450, "cust20", "REC", None, "Detention of children in custody", CL, d(2022, 3, 24),
    None, cat="closeable_submit",
    why="URN match; title in the text cell; force Closed, register Being progressed")
# --- Police powers spotlight
row(11920, "powers", "NAT", "Comms skills (conflict mgmt guidelines)",
    "By July 2022, forces should ensure that officers & staff have effective communication "
    "skills, in line with the National Policing Guidelines on Conflict Management. This should "
    "be in addition to existing training on conflict management & de-escalation.",
    "In progress", None, "Included in 2024 PST refresher; rollout to PCSOs outstanding.",
    cat="in_sync", why="URN match; open both sides")
row(11921, "powers", "NAT", "Comms skills CPD + BWV debriefs", "", CSO, d(2022, 9, 15), None,
    cat="closeable_submit", why="URN match; force signed off, register Being progressed")
row(11922, "powers", "NAT", "BWV – record all S&S encounters",
    "By September 2021, forces should: ensure that officers record on BWV (when this is "
    "available) the entirety of all S&S encounters, including traffic stops and use of force "
    "incidents.", "In progress", None, "Compliance 93% (Sept dip-sample).", cat="in_sync",
    why="split row (bullet 1 of 3) of 11922; open both sides")
row(11922, "powers", "NAT", "BWV – internal review of footage",
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of BWV footage to identify and disseminate learning and hold officers to account "
    "when behaviour falls below acceptable standards.", "In progress", None,
    "Supervisor review template drafted.", cat="in_sync",
    why="split row (bullet 2 of 3) of 11922; open both sides")
row(11922, "powers", "NAT", "BWV – scrutiny panel access",
    "provide external scrutiny panel members with access to samples of BWV footage showing S&S "
    "encounters and use of force incidents, taking account of the safeguards in the CoP APP.",
    "Open", None, "Awaiting OPCC panel ToR refresh.", cat="in_sync",
    why="split row (bullet 3 of 3) of 11922; open both sides")
row(11924, "powers", "NAT", None,
    "By July 2021, forces should ensure they have effective internal monitoring processes on "
    "the use of force, to help them to identify and understand disproportionate use, explain "
    "the reasons and implement any necessary improvement action.", "In progress", None,
    "Use of force dashboard live; disproportionality narrative for scrutiny panel drafted.",
    cat="in_sync", why="URN match; open both sides")
# --- PEEL 2021/22
row(12300, "peel21", "AFI", "FCC resourcing & wellbeing", CONTROL_ROOM, "In progress", None,
    "FCC resourcing model refreshed; 14 call handler vacancies.", cat="in_sync",
    why="URN match; open both sides")
row(12301, "peel21", "AFI", "DA victims kept informed (VCOP)", "", CSO, d(2023, 6, 30), None,
    cat="closeable_submit", why="URN match; force signed off, register Being progressed")
row(12302, "peel21", "AFI", None,
    "The force should improve its understanding of suspects released under investigation and "
    "the management of those released on bail.", "Open", None,
    "RUI/bail performance added to Crime Standards Board pack.", cat="in_sync",
    why="URN match; open both sides")
row(None, "peel21", "AFI", "Digital evidence backlog",
    "The force should improve its ability to retrieve digital evidence from mobile phones, "
    "computers & other electronic devices quickly enough to ensure investigations are not "
    "delayed.", "In progress", None, "Kiosk rollout to 4 stations; DFU backlog 212 devices.",
    h=12303, cat="in_sync",
    why="no URN; text matches 12303 (digital evidence); open both sides")
row(12304, "peel21", "AFI", "RASSO specialist capacity",
    "The force should make sure it has enough specialist capacity and capability to "
    "investigate rape and serious sexual offences.", "In progress", None,
    "Op Soteria team uplift approved; recruitment under way.", cat="closeable_local",
    why="URN match, full text; force In progress, register Complete")
row(None, "peel21", "LOC", None,
    "Task & Finish group to review the rape and serious sexual offences policy and report to "
    "the Force Executive Team", "Open", None, None, h=None, cat="not_on_hmicfrs_list",
    why="force's own local action (no URN), open; not an HMICFRS item (resembles 12304)")
# --- PEEL 2023/25
row(13110, "peel23", "AFI", "VAWG performance framework",
    "The force should make sure its performance framework gives senior leaders a clear picture "
    "of its response to VAWG.", "Open", None, "VAWG delivery plan measures being drafted.",
    cat="in_sync", why="URN match; open both sides")
row(13111, "peel23", "AFI", None,
    "The force should make sure it consistently uses ancillary orders and other powers to "
    "protect victims of stalking and harassment.", "In progress", None,
    "SPO applications tracker set up.", cat="in_sync", why="URN match; open both sides")
row(None, "peel23", "AFI", "ASB problem solving",
    "The force should develop a problem-solving approach to anti-social behaviour, working "
    "with local communities & partners.", "Not started", None, None, h=13112, cat="in_sync",
    why="no URN (added before the URN was known); text matches 13112; open both sides")
row(12305, "peel23", "AFI", "County lines intelligence", EVID, CL, d(2024, 2, 29), None,
    cat="conflict",
    why="URN 12305 is PEEL 2021/22 on the register, force files it under PEEL 23-25 (report "
        "differs); force Closed, register Being progressed")
row(13114, "peel23", "AFI", None,
    "The force should improve the supervision of investigations, so that investigation plans "
    "are set, reviewed and recorded and victims receive a consistently good service.", "Open",
    None, "Investigation standards review commissioned.", cat="in_sync",
    why="URN match; open both sides")
row(None, "peel23", "LOC", None,
    "JAC action: Internal audit of the violence against women and girls governance "
    "arrangements (audit plan 2024/25)", "Open", None, None, h=None,
    cat="not_on_hmicfrs_list",
    why="force's own local action (JAC, no URN), open; not an HMICFRS item (resembles 13110)")

MISSING_WHY = {
    2893: "no force row (Austerity collaboration rec never added to the tracker)",
    5874: "no force row (firearms temporary permits rec never added)",
    7303: "no force row (MSHT section 45 defence rec never added)",
    10451: "no force row (custody AFI never added)",
    13113: "no force row (new PEEL 2023/25 AFI not yet added)",
}

LEADS = {
    "sas13": "ACC Local Policing", "everyone": "Ch Supt Public Protection",
    "austerity": "Director of Finance", "core": "Supt Contact Centre",
    "cdi14": "Force Crime Registrar", "integrity": "Head of Professional Standards",
    "picture": "Head of Information Management", "firearms": "Supt Firearms Licensing",
    "leg15": "Head of Professional Standards", "eff16": "Ch Supt Public Protection",
    "stolen": "Det Ch Supt Force CID", "efc17": "Head of Corporate Development",
    "efc17f": "Head of Corporate Development", "leg17": "ACC Local Policing",
    "leg17f": "Head of Professional Standards", "ncpi18": "Ch Supt Public Protection",
    "cdi19": "Force Crime Registrar", "cust20": "Ch Insp Custody",
    "powers": "ACC Local Policing", "peel21": "ACC Crime", "peel23": "DCC",
}
ALT_LEADS = ["C/Supt Bell", "Head of Learning & Development", "Head of Intelligence",
             "Head of Criminal Justice", "Director of People", None]


def ordinal(day: int) -> str:
    if 11 <= day % 100 <= 13:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


def register_date(x: dt.date) -> str:
    return f"{ordinal(x.day)} {x.strftime('%B %Y')}"


FIXED_ZIP_TIME = (2024, 11, 4, 9, 0, 0)
FIXED_DOC_TIME = dt.datetime(2024, 11, 4, 9, 0, 0)


def save_deterministic(wb: Workbook, path: Path) -> None:
    wb.properties.created = FIXED_DOC_TIME
    wb.properties.modified = FIXED_DOC_TIME
    wb.properties.creator = "openpyxl"
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps 'modified' at save
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2024-11-04T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    path.write_bytes(out.getvalue())


BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
HEAD_FONT = Font(bold=True, color="FFFFFF")
WRAP = Alignment(wrap_text=True, vertical="top")


def build_hmicfrs(path: Path) -> dict[int, str]:
    wb = Workbook()
    ws = wb.active
    ws.title = "Register export"
    ws["A1"] = "HMICFRS – Recommendations and areas for improvement: Lincolnshire Police"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Definitive list exported 4 November 2024. Includes national recommendations " \
               "applicable to all forces."
    header = ["URN", "Force", "Report title", "Publication date", "Type",
              "Recommendation / area for improvement", "Status", "Status last updated"]
    hr = 4
    for c, v in enumerate(header, 1):
        cell = ws.cell(hr, c, v)
        cell.font = BOLD
    ids: dict[int, str] = {}
    r = hr
    for urn in sorted(H):
        rep, typ, text, status, sdate = H[urn]
        title, pub, _ = REPORTS[rep]
        r += 1
        vals = [urn, "National" if rep in NATIONAL_KEYS else FORCE, title,
                dt.datetime(pub.year, pub.month, pub.day), typ, text, status,
                register_date(sdate)]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            if c == 4:
                cell.number_format = "DD/MM/YYYY"
            if c in (3, 6):
                cell.alignment = WRAP
        ids[urn] = f"{ws.title}!{r}"
    for col, w in zip("ABCDEFGH", (8, 18, 45, 14, 24, 90, 17, 20)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    save_deterministic(wb, path)
    return ids


def build_tracker(path: Path) -> list[str]:
    wb = Workbook()
    ws = wb.active
    ws.title = "HMICFRS Tracker"
    ws["A1"] = "Lincolnshire Police – HMICFRS Recommendations & AFIs Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Owner: Strategic Development & Organisational Learning | Last updated: " \
               "28/10/2024 | For Joint Independent Audit Committee"
    ws["A3"] = "NB: text of closed items removed to reduce file size (Oct 2023). Full wording " \
               "and evidence held in the closure reports on the OL shared drive."
    ws["A3"].font = Font(italic=True)
    header = ["URN", "Report", "Type", "Title", "Recommendation / AFI text", "Lead", "Status",
              "Latest update", "Closure date"]
    hr = 5
    for c, v in enumerate(header, 1):
        cell = ws.cell(hr, c, v)
        cell.font = HEAD_FONT
        cell.fill = HEAD_FILL
    ids = []
    r = hr
    for t in T:
        r += 1
        lead = LEADS[t["rep"]]
        if RNG.random() < 0.2:
            lead = RNG.choice(ALT_LEADS)
        vals = [t["urn"], REPORTS[t["rep"]][2], t["type"], t["title"], t["text"], lead,
                t["status"], t["update"], t["closed"]]
        for c, v in enumerate(vals, 1):
            if v == "":
                continue  # trimmed text: truly empty cell
            cell = ws.cell(r, c, v)
            if c == 9 and isinstance(v, dt.datetime):
                cell.number_format = "DD/MM/YYYY"
            if c in (5, 8):
                cell.alignment = WRAP
        ids.append(f"{ws.title}!{r}")
    r += 2
    ws.cell(r, 1, "Closed items: full text held in closure reports "
                  "(S:\\OrgLearning\\HMICFRS\\Closure reports). Rows without a URN are force "
                  "actions or awaiting a URN from HMICFRS.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (8, 30, 13, 34, 80, 28, 20, 50, 13)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    ws.auto_filter.ref = f"A{hr}:I{hr + len(T)}"

    ls = wb.create_sheet("Lists")
    ls["A1"], ls["B1"] = "Status", "Type"
    ls["A1"].font = ls["B1"].font = BOLD
    for i, v in enumerate(["Not started", "Open", "In progress", "Overdue", "Closed",
                           "Complete – signed off"], 2):
        ls.cell(i, 1, v)
    for i, v in enumerate(["National rec", "Rec", "AFI", "CoC", "Force action"], 2):
        ls.cell(i, 2, v)
    save_deterministic(wb, path)
    return ids


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    hids = build_hmicfrs(OUT / "hmicfrs.xlsx")
    fids = build_tracker(OUT / "tracker.xlsx")
    lines = []
    seen = set()
    for t, fid in zip(T, fids):
        h = t["h"]
        hid = hids[h] if h is not None else ""
        if h is not None:
            seen.add(h)
        lines.append((hid, fid, t["cat"], t["why"]))
    for urn in sorted(H):
        if urn not in seen:
            lines.append((hids[urn], "", "missing_from_force", MISSING_WHY[urn]))
    missing = set(H) - seen
    assert missing == set(MISSING_WHY), missing

    def key(line):
        h, f = line[0], line[1]
        return (int(h.split("!")[1]) if h else 10_000, int(f.split("!")[1]) if f else 0)

    lines.sort(key=key)
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)


if __name__ == "__main__":
    main()
