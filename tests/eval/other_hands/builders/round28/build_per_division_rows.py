"""Build the `per_division_rows` evaluation case (round 28).

Layout: a force tracker (xlsx) in which recommendations delivered locally are tracked once per
division (West / South / East), the same text repeated on one row per division, each row with
its own lead, update and status. Force-wide items have one row ("Force-wide" / "All").
HMICFRS side: a register export (xlsx) of 57 items.

Run:  /work/main/.venv/bin/python build_per_division_rows.py
Rebuilds per_division_rows/ byte for byte (fixed seed, fixed zip and document timestamps).
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

SEED = 2812
rng = random.Random(SEED)

HERE = Path(__file__).resolve().parent
OUT = HERE / "per_division_rows"

FORCE = "Lancashire Constabulary"
DIVS = ["West", "South", "East"]
SUFFIX = {"West": "W", "South": "S", "East": "E", "Force-wide": "FW", "All": "FW"}

REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"

# --------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, publication date, tracker report name, force code)
# Titles/dates of national reports and all item texts are real HMICFRS wording (OGL), copied
# from the project's text lists (/work/main/reconcile/casegen/texts) and
# /work/shared/data/real_recommendations.csv.
# --------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9), "Stop and Search 2013", "SAS13"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27), "Everyone's Business (DA) 2014", "DA14"),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22),
                  "Policing in Austerity 2014", "AUS14"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4), "Core Business 2014", "CORE14"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", dt.date(2015, 1, 30),
                  "Integrity Matters 2015", "INT15"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24), "Stop & search powers 2", "SAS15"),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1), "Building the Picture 2015", "BTP15"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15),
                 "Firearms licensing 2015", "FAL15"),
    "cdi16": ("Crime data integrity inspection 2016", dt.date(2016, 9, 22), "CDI 2016", "CDI16"),
    "eff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2), "PEEL Effectiveness 2016",
              "EFF16"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24), "Stolen Freedom (MSHT) 2017", "MSHT17"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)", "EFF17N"),
    "eff17": ("PEEL: Police efficiency 2017", dt.date(2017, 11, 9), "PEEL Efficiency 2017",
              "EFF17"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12),
              "PEEL Legit 17 S&S", "LEG17"),
    "custody20": ("Report on an unannounced inspection visit to police custody suites 2020",
                  dt.date(2020, 8, 18), "Custody inspection 2020", "CUST20"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use "
               "of force", dt.date(2021, 2, 26), "Police powers spotlight (Feb 21)", "PWR21"),
    "peel22": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
               dt.date(2022, 5, 19), "PEEL 21-22", "PEEL22"),
    "peel24": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24",
               dt.date(2024, 3, 14), "PEEL 2023/24", "PEEL24"),
    # the force's own headings for its local actions (no HMICFRS report)
    "fip": (None, dt.date(2023, 4, 1), "Force improvement plan", "FIP"),
    "audit": (None, dt.date(2023, 4, 1), "Internal audit 2023/24", "IA24"),
}

# --------------------------------------------------------------------------------------
# Real texts
# --------------------------------------------------------------------------------------
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
    "HMIC recommends that within six months the force should: put in place arrangements to "
    "ensure that:\n"
    "• at the point of report, victims are believed;\n"
    "• conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;\n"
    "• multiple crimes are always recorded when described within incident records or "
    "identified as part of other recorded crime investigations;\n"
    "• the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and\n"
    "• online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
    "to the victim or the wider public are identified and appropriately managed;"
)
MISSING_CHILDREN = (
    "Within six months the force should review its approach to reports of missing children "
    "and take steps to ensure that:\n"
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
DA_COC = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed."
)
DASH_REC = (
    "To address this cause of concern, HMIC recommends the force should immediately take steps "
    "to ensure that there is effective supervision of the initial risk assessment process, "
    "specifically in relation to the completion of DASH risk assessment in appropriate cases."
)
SAS13_SCRUTINY = (
    "Chief Constables should, in consultation with elected local policing bodies, ensure that "
    "they comply with the code of practice by explaining to the public the way stop and search "
    "powers are used in their areas and by making arrangements for stop and search records to "
    "be scrutinised by community representatives. This should be done in a way that involves "
    "those people who are stopped and searched, for example, young people."
)
SAS15_SCRUTINY = (
    "Chief constables should, in consultation with police and crime commissioners, ensure that "
    "they comply with the Code of Practice by explaining to the public the way stop and search "
    "powers are used in their areas and by making arrangements for stop and search records to "
    "be scrutinised by community representatives. This should be done in a way that involves "
    "those people who are stopped and searched, for example young people."
)
MSHT_NCRS = (
    "Immediately, forces should take steps to ensure they fully comply with national crime "
    "recording standard (NCRS) requirements for offences identified as modern slavery and "
    "human trafficking and that sufficient audit capacity is available to the force crime "
    "registrar to provide reassurance that each force is identifying and managing any gaps in "
    "its crime-recording accuracy for these types of offences."
)
MSHT_ISA = (
    "Within six months, forces should have in place active information-sharing agreements with "
    "other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard "
    "victims better and to identify suspects as early as possible"
)
PREVENTION_CORE = (
    "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
    "carried out is systematically recorded and subsequently evaluated to determine the "
    "effectiveness of tactics being employed."
)
HO_NPCC = (
    "The Home Office and the NPCC should take steps to ensure that the quality of the data "
    "collected on the number of incidents where force has been used to effect a stop and "
    "search is sufficient for publication. The Home Office should publish this data as soon "
    "as possible."
)

# --------------------------------------------------------------------------------------
# The HMICFRS register: ref -> (report, type, text, status)
# --------------------------------------------------------------------------------------
H = {}


def hm(ref, report, typ, text, status):
    H[ref] = dict(ref=ref, report=report, type=typ, text=text, status=status)


hm(512, "sas13", REC,
   "Chief Constables and the College of Policing should establish in the Stop and Search "
   "Authorised Professional Practice document a clear specification of what constitutes the "
   "effective and fair exercise of stop and search powers, and guidance in this respect. This "
   "should be compliant with the Code of Practice.", "Complete")
hm(513, "sas13", REC,
   "Chief Constables should establish or improve monitoring of the way officers stop and search "
   "people, so that they can be satisfied their officers are acting in accordance with the law "
   "(including equality legislation and the Code of Practice), and that the power is used "
   "effectively to prevent crime, catch criminals and maintain public trust.", "Complete")
hm(514, "sas13", REC, SAS13_SCRUTINY, "Complete")
hm(2321, "everyone", REC, EVERYONE_PLAN, "Superseded")
hm(3120, "austerity", REC,
   "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
   "are doing all they can to continue to reduce crime and protect the front line while "
   "balancing their budgets. They should use the data and information contained in this "
   "report, and in HMIC's Value for Money profiles, when conducting their reviews", "Complete")
hm(3121, "austerity", REC,
   "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
   "through collaboration should assess whether there is scope to improve on this position. "
   "HMIC will follow up the assessments in the autumn.", "Complete")
hm(3122, "austerity", REC,
   "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
   "workforce and/or police officers on the front line should assess whether they have taken "
   "the decisive action seen in many forces in order to maintain their crime fighting "
   "capacity. HMIC will follow up the assessments in the autumn.", "No further action required")
hm(3123, "austerity", REC,
   "In preparation for the next spending round period all Chief Constables and PCCs should "
   "review their plans for collaboration. In particular they should consider whether there is "
   "scope to deliver better value for money and improved capability and capacity through joint "
   "working with other forces, the public and/or the private sector.", "Complete")
hm(4822, "core", REC,
   "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
   "not yet done so, should provide call-handlers with specific, sound and comprehensible "
   "criteria against which they can assess threat, harm and risk.", "Superseded")
hm(902, "integrity", REC,
   "By 31 August 2015, all chief constables should satisfy themselves that they have processes "
   "in place to ensure that investigations into misconduct by officers and staff resulting in "
   "“no further action” are fair and free of any form of discrimination.", "Complete")
hm(5210, "sas15", REC, SAS15_SCRUTINY, "Being progressed")
hm(5630, "picture", REC,
   "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
   "audits of compliance with the APP on information management through the force information "
   "management governance structure. This should include measures to ensure that "
   "categorisation of records are regularly adjusted.", "Complete")
hm(6105, "firearms", REC,
   "Within three months, all chief constables should assess how well the governance of "
   "firearms licensing in his or her force meets the standards set out in Authorised "
   "Professional Practice. Chief constables of forces where the governance standards are not "
   "being complied with should put in place immediately the correct arrangements and "
   "procedures in order to meet the standards in full.", "Complete")
hm(6106, "firearms", REC,
   "Within three months, all chief constables should assess the demand placed on their "
   "firearms licensing department and ensure it has the capacity to meet this demand and "
   "provide an efficient and effective service at all times.", "Complete")
hm(6107, "firearms", REC,
   "Immediately, all chief constables should satisfy themselves that all appropriate action is "
   "being taken by their force with regard to ‘total expired’ licensing records.",
   "Being progressed")
hm(6108, "firearms", REC,
   "Within three months, all chief constables should ensure that their arrangements in respect "
   "of the use of temporary permits are in accordance with the Home Office guidance; that "
   "temporary permits are properly recorded without delay on the National Firearms Licensing "
   "Management System; and that effective systems exist to ensure certificate holders are not "
   "permitted, at any time, to remain in unlawful possession of a firearm.", "Awaiting review")
hm(6109, "firearms", REC,
   "Within three months, all chief constables should ensure that systems designed to identify, "
   "prior to police attendance, whether a reported incident involves or is at the address of a "
   "firearm certificate holder are in place and are always applied by staff dispatching "
   "officers to incidents; and that officers understand the risk assessment which they should "
   "be undertaking in such circumstances, and their power, when appropriate, to seize firearms "
   "and firearm certificates.", "Being progressed")
hm(6985, "cdi16", REC, CDI_VICTIMS, "Being progressed")
hm(6986, "cdi16", AFI,
   "The force should improve its use of its crime-recording and management system to better "
   "manage its case files and investigative processes.", "Being progressed")
hm(7310, "eff16", COC, DA_COC, "Complete")
hm(7311, "eff16", REC, DASH_REC, "Complete")
hm(7312, "eff16", REC,
   "In order to improve the service it provides to victims of domestic abuse, offer the best "
   "possible protection and bring more perpetrators to justice, the force should immediately "
   "consider ways of increasing the use of arrest, ancillary orders and other available "
   "powers.", "Being progressed")
hm(7313, "eff16", REC, MISSING_CHILDREN, "Being progressed")
hm(7314, "eff16", AFI,
   "The force should improve the supervision of investigations, so that investigation plans "
   "are set, reviewed and recorded and victims receive a consistently good service.",
   "Being progressed")
hm(7315, "eff16", REC,
   "Within six months the force should ensure regular and active supervision of the quality "
   "and progress of investigations. This supervision should be properly recorded.",
   "Awaiting review")
hm(7316, "eff16", REC,
   "Within three months, the force should provide call-handlers with specific, sound and "
   "comprehensible criteria against which they can assess threat, harm and risk.", "Complete")
hm(8460, "stolen", REC, SF_LEADERSHIP, "Being progressed")
hm(8461, "stolen", REC, MSHT_ISA, "Complete")
hm(8462, "stolen", REC,
   "Immediately, forces should ensure that all victims carrying out criminal acts under "
   "compulsion attributable to slavery or exploitation are afforded the protection of early "
   "and continuing consideration of the applicability of the section 45 defence.",
   "Being progressed")
hm(8463, "stolen", REC,
   "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
   "process as it evolves and are implementing the requirement placed upon them under the "
   "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
   "adult victim of modern slavery or human trafficking.", "Being progressed")
hm(8464, "stolen", REC, MSHT_NCRS, "Complete")
hm(8465, "stolen", REC,
   "Immediately, forces should ensure that allegations or indications of modern slavery and "
   "human trafficking are thoroughly investigated and effectively supervised by teams and "
   "individuals with the skills and experience to undertake them (this should include the use "
   "where appropriate of joint intelligence teams and other means to obtain intelligence and "
   "evidence from agencies overseas).", "Being progressed")
hm(8466, "stolen", REC,
   "Immediately, forces should review their use of preventative powers under the Modern "
   "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
   "to pose a clear threat to others in respect of modern slavery and human trafficking "
   "offences are exploited.", "Awaiting review")
hm(8502, "efc17", REC,
   "By September 2018, chief constables should produce an ambitious plan to improve "
   "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
   "Council and Association of Police and Crime Commissioners should support the development "
   "of these plans by establishing a national framework which allows for the provision of "
   "digitally enabled services across force boundaries.", "No further action required")
hm(8530, "eff17", AFI,
   "The force should ensure that it has sufficient resources available in the control room to "
   "fulfil its resourcing model, and so to meet its demand, while also taking into account the "
   "wellbeing of its workforce.", "Being progressed")
hm(8538, "leg17", COC,
   "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
   "search powers is consistently reasonable and fair. In particular, there is "
   "over-representation of BAME people, and black people in particular, in stop and search data "
   "which many forces are unable to explain.", "Being progressed")
hm(8539, "leg17", REC, SAS_MONITORING_2017, "Being progressed")
hm(8540, "leg17", REC,
   "Where forces identify disparities through monitoring, they should demonstrate to the "
   "public that they have:\n"
   "•carried out research and analysis in an attempt to understand the reasons for the "
   "disparity, and •taken action to reduce the disparity, where necessary;", "Being progressed")
hm(8541, "leg17", REC,
   "We expect forces to publish this analysis and any actions taken at least on an annual "
   "basis, from July 2018.", "Awaiting review")
hm(8542, "leg17", REC,
   "By July 2018, and ongoing following that date, forces should ensure that all officers who "
   "use stop and search powers have been provided with, and understand, training on "
   "unconscious bias and College of Policing APP on stop and search.", "Complete")
hm(10950, "custody20", REC, CUSTODY_CHILDREN, "Being progressed")
hm(11402, "powers", REC,
   "By July 2022, forces should ensure that officers and staff have effective communication "
   "skills, in line with the National Policing Guidelines on Conflict Management. This should "
   "be in addition to existing training on conflict management and de-escalation.",
   "Being progressed")
hm(11403, "powers", REC,
   "By July 2021, forces should ensure that communication skills are reinforced as part of the "
   "programme of continuing professional development for officers and staff, and that "
   "supervisors are supported to routinely and frequently debrief officers on these skills "
   "using body-worn video footage.", "Being progressed")
hm(11404, "powers", REC, BWV_2021, "Being progressed")
hm(11406, "powers", REC,
   "By July 2021, forces should ensure they have effective internal monitoring processes on "
   "the use of force, to help them to identify and understand disproportionate use, explain "
   "the reasons and implement any necessary improvement action.", "Awaiting review")
hm(12211, "peel22", AFI,
   "The force should make sure investigations of rape and serious sexual offences are "
   "allocated to officers with the right skills and are effectively supervised.",
   "Awaiting review")
hm(12212, "peel22", AFI,
   "The force should improve its understanding of the nature and scale of county lines drug "
   "dealing in its area.", "Being progressed")
hm(12213, "peel22", AFI,
   "The force should develop a problem-solving approach to anti-social behaviour, working with "
   "local communities and partners.", "Being progressed")
hm(12214, "peel22", AFI,
   "The force should make sure victims of domestic abuse are kept informed about the progress "
   "of their case, in line with the Code of Practice for Victims of Crime.", "Complete")
hm(12215, "peel22", AFI,
   "The force should improve the timeliness of its response to calls for service involving "
   "vulnerable adults.", "Being progressed")
hm(12216, "peel22", AFI,
   "The force should make sure it records reports of stalking and harassment accurately and "
   "without delay.", "Superseded")
hm(12217, "peel22", AFI,
   "The force should improve how it works with partner organisations to safeguard people at "
   "risk from child sexual exploitation.", "Being progressed")
hm(12218, "peel22", AFI,
   "The force should develop a problem-solving approach to rural crime, working with local "
   "communities and partners.", "Being progressed")
hm(13620, "peel24", AFI,
   "The force should make sure it has enough specialist capacity and capability to investigate "
   "online child sexual abuse.", "Awaiting review")
hm(13621, "peel24", AFI,
   "The force should improve how it gathers, assesses and acts on intelligence about serious "
   "and organised crime.", "Awaiting review")
hm(13622, "peel24", AFI,
   "The force should make sure it records reports of stalking and harassment accurately and "
   "without delay.", "Awaiting review")
hm(13623, "peel24", AFI,
   "The force should make sure officers and staff have the training they need to identify and "
   "respond to honour-based abuse.", "Awaiting review")

HM_CLOSED = {"Complete", "Superseded", "No further action required"}

# --------------------------------------------------------------------------------------
# Force tracker vocabulary
# --------------------------------------------------------------------------------------
DONE = {"Complete", "Completed", "Closed", "Pending sign off", "N/A - not applicable to division",
        "N/A - for Home Office / NPCC"}
OPEN = {"In progress", "In Progress", "Not started", "On hold"}

DIV_LEADS = {
    "ops": {"West": "Supt Ops West", "South": "Supt Ops South", "East": "Supt Ops East"},
    "cid": {"West": "D/Supt West CID", "South": "D/Supt South CID", "East": "D/Supt East CID"},
    "nbh": {"West": "Ch Insp Neighbourhoods (W)", "South": "Ch Insp Partnerships (S)",
            "East": "Ch Insp Neighbourhoods (E)"},
    "cmd": {"West": "Ch Supt West", "South": "Ch Supt South", "East": "Ch Supt East"},
    "cust": {"West": "Ch Insp Custody (W)", "South": "Ch Insp Custody (S)", "East": "-"},
}

DONE_NOTES = [
    "Complete – evidence pack held by {div} SLT.",
    "Divisional dip sample of 30 records shows compliance. Signed off by {lead}.",
    "Complete. Briefing delivered at {div} daily management meeting and added to induction.",
    "Completed; reviewed at {div} Performance meeting and closed by the divisional commander.",
    "Already complete / believed to be complete within short time scale (and within deadline).",
]
NOT_STARTED_NOTES = [
    "Awaiting allocation.",
    "Not yet started; {div} to scope once current operation ends.",
]
OPEN_NOTES = [
    "Work undertaken in area but still requires development to complete.",
    "{div} delivery plan in place; abstractions have delayed roll-out. Revised target Q4 24/25.",
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    "Task & Finish group set up on {div}; first meeting held, actions being scoped.",
]
FW_DONE_NOTES = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Complete. Policy signed off at Force Executive Board.",
    "Ready to move to GREEN status.",
    "Addressed holistically as part of the force change programme.",
]
FW_OPEN_NOTES = [
    "Work undertaken in area but still requires development to complete.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Allocated to lead; progress to be reported to the next Organisational Learning Board.",
    "Project plan drafted; awaiting Force Executive Board approval.",
]
FW_LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "Head of Intelligence",
            "Head of Criminal Justice", "Force Crime Registrar", "Head of Professional Standards",
            "Ch Supt Public Protection", "Director of People", "Head of Corporate Development",
            "Supt Contact Centre", "Head of Learning & Development", "DCC", "Director of Finance",
            "Supt Firearms Licensing", "Head of Information Management"]

TRACKER_TYPE = {REC: ["Rec", "Recommendation", "Rec"], AFI: ["AFI", "Area for Improvement", "AFI"],
                COC: ["Cause of Concern", "CoC"]}


def plain(text: str) -> str:
    """How the force copies a register text: straight quotes, '-' bullets on their own lines."""
    t = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    t = re.sub(r"\s*•\s*", "\n- ", t)
    t = re.sub(r"\n\n+", "\n", t)
    return t.strip()


# --------------------------------------------------------------------------------------
# Tracker items, in tracker order. Each: dict(hm=ref|None, report, type, rows=[row...])
# row: dict(div, status, text, hmref (value written in HMICFRS Ref cell or None), note, lead)
# category/why are attached per item.
# --------------------------------------------------------------------------------------
ITEMS: list[dict] = []


def pick_note(bank, div, lead):
    return rng.choice(bank).format(div=div, lead=lead)


def fw(ref, report, text, status, typ=None, hmref="auto", lead=None, note=None, div=None,
       cat=None, why=""):
    """A force-wide item: one row."""
    typ = typ or H[ref]["type"] if ref else typ
    lead = lead or rng.choice(FW_LEADS)
    if note is None:
        note = rng.choice(FW_DONE_NOTES if status in DONE else FW_OPEN_NOTES)
    if hmref == "auto":
        hmref = ref if (ref and rng.random() < 0.45) else None
    div = div or rng.choice(["Force-wide", "Force-wide", "Force-wide", "All"])
    ITEMS.append(dict(hm=ref, report=report, type=typ, cat=cat, why=why,
                      rows=[dict(div=div, status=status, text=text, hmref=hmref, lead=lead,
                                 note=note)]))


def split(ref, report, texts, statuses, leadkind="ops", hmref_mode="first", typ=None,
          divs=None, notes=None, cat=None, why="", extra_fw=None):
    """A devolved item: one row per division. texts: str (same on every row) or list."""
    divs = divs or DIVS
    typ = typ or (H[ref]["type"] if ref else REC)
    if isinstance(texts, str):
        texts = [texts] * len(divs)
    rows = []
    if extra_fw:
        rows.append(extra_fw)
    for i, (d, t, s) in enumerate(zip(divs, texts, statuses)):
        lead = DIV_LEADS[leadkind][d]
        if notes and notes[i] is not None:
            note = notes[i]
        elif s == "Not started":
            note = pick_note(NOT_STARTED_NOTES, d, lead)
        else:
            note = pick_note(DONE_NOTES if s in DONE else OPEN_NOTES, d, lead)
        if hmref_mode == "all":
            h = ref
        elif hmref_mode == "first":
            h = ref if i == 0 and not extra_fw else None
        else:
            h = None
        rows.append(dict(div=d, status=s, text=t, hmref=h, lead=lead, note=note))
    ITEMS.append(dict(hm=ref, report=report, type=typ, cat=cat, why=why, rows=rows))


def abbreviate(t):
    for a, b in [(r"stop and search", "S&S"), (r"modern slavery and human trafficking", "MSHT"),
                 (r"domestic abuse", "DA"), (r"body-worn video", "BWV"),
                 (r"national crime recording standard \(NCRS\)", "NCRS")]:
        t = re.sub(a, b, t)
    return t


# ---- Stop and Search 2013
fw(512, "sas13", plain(H[512]["text"]), "Complete", cat="in_sync",
   why="Force-wide; HMICFRS Complete, force Complete: closed both sides.")
split(513, "sas13", plain(H[513]["text"]), ["Complete", "Complete", "Completed"],
      leadkind="ops", hmref_mode="none", cat="in_sync",
      why="Division row of 513; all three division rows done, HMICFRS Complete: closed both.")
fw(514, "sas13", plain(SAS13_SCRUTINY), "In progress", hmref=None,
   lead="ACC Local Policing",
   note="Community scrutiny panel terms of reference being refreshed with the OPCC.",
   cat="closeable_local",
   why="Force-wide; HMICFRS Complete, force In progress. Near-duplicate of 5210 (2015 "
       "wording: 'police and crime commissioners'); this row says 'elected local policing "
       "bodies' and is filed under Stop and Search 2013.")
# ---- Everyone's business 2014
fw(2321, "everyone", plain(EVERYONE_PLAN).replace(" and 20\n", " and\n"), "Complete",
   lead="Ch Supt Public Protection", cat="in_sync",
   why="Force-wide; HMICFRS Superseded (closed), force Complete: closed both.")
# ---- Policing in Austerity 2014 (3121 not tracked)
fw(3120, "austerity", H[3120]["text"], "Complete", lead="Director of Finance", cat="in_sync",
   why="Force-wide; HMICFRS Complete, force Complete.")
fw(3122, "austerity", H[3122]["text"], "Complete", lead="Director of Finance", cat="in_sync",
   why="Force-wide; HMICFRS No further action required (closed), force Complete.")
fw(3123, "austerity", H[3123]["text"], "Closed", lead="DCC", cat="in_sync",
   why="Force-wide; HMICFRS Complete, force Closed.")
# ---- Core Business 2014
fw(4822, "core", plain(H[4822]["text"]), "In progress", lead="Supt Contact Centre",
   note="THRIVE refresher for call handlers scheduled; linked to EFF16 R7.",
   cat="closeable_local",
   why="Force-wide; HMICFRS Superseded, force In progress. Near-duplicate of 7316 (PEEL "
       "Effectiveness 2016 call-handler criteria), which is a different register item.")
split(None, "core", [PREVENTION_CORE, PREVENTION_CORE, PREVENTION_CORE],
      ["Complete", "Complete", "Complete"], leadkind="nbh", hmref_mode="none", typ=REC,
      cat="not_on_hmicfrs_list",
      why="Division row of the Core Business 2014 crime-prevention recording item; the "
          "register holds no such item for the force (only 4822 from that report). Query with "
          "HMICFRS.")
# ---- Integrity matters 2015
fw(902, "integrity", plain(H[902]["text"]), "Complete", lead="Head of Professional Standards",
   cat="in_sync", why="Force-wide; HMICFRS Complete, force Complete.")
# ---- Stop and search 2 (2015): devolved, all done, HMICFRS open
split(5210, "sas15", SAS15_SCRUTINY, ["Complete", "Complete", "Complete"], leadkind="cmd",
      hmref_mode="all", cat="closeable_submit",
      why="Division row of 5210; all three divisions Complete, HMICFRS Being progressed: "
          "submit for closure. Near-duplicate of 514 (2013).")
# ---- Building the picture 2015
fw(5630, "picture", plain(H[5630]["text"]), "Complete",
   lead="Head of Information Management", cat="in_sync",
   why="Force-wide; HMICFRS Complete, force Complete.")
# ---- Firearms licensing 2015 (6107 not tracked)
fw(6105, "firearms", plain(H[6105]["text"]), "Complete", lead="Supt Firearms Licensing",
   cat="in_sync", why="Force-wide; HMICFRS Complete, force Complete.")
fw(6106, "firearms", plain(H[6106]["text"]), "In Progress", lead="Supt Firearms Licensing",
   note="Demand review repeated annually; 2024 review delayed by staff vacancies.",
   cat="closeable_local", why="Force-wide; HMICFRS Complete, force In Progress.")
fw(6108, "firearms", plain(H[6108]["text"]), "Complete", lead="Supt Firearms Licensing",
   cat="closeable_submit", why="Force-wide; HMICFRS Awaiting review, force Complete.")
fw(6109, "firearms", plain(H[6109]["text"]), "In progress", lead="Supt Contact Centre",
   cat="in_sync", why="Force-wide; HMICFRS Being progressed, force In progress: open both.")
# ---- CDI 2016
fw(6985, "cdi16", plain(CDI_VICTIMS), "Pending sign off", lead="Force Crime Registrar",
   note="Pending sign off by the chief officer lead. FCR audit (Aug 24) 94% compliance.",
   cat="closeable_submit",
   why="Force-wide; HMICFRS Being progressed, force Pending sign off (done on the Key).")
fw(6986, "cdi16", H[6986]["text"], "In progress", lead="Force Crime Registrar",
   cat="in_sync", why="Force-wide; HMICFRS Being progressed, force In progress.")
# ---- PEEL Effectiveness 2016
fw(7310, "eff16", DA_COC, "Complete", typ=COC, lead="Ch Supt Public Protection",
   cat="in_sync", why="Force-wide cause of concern; HMICFRS Complete, force Complete.")
split(7311, "eff16",
      [DASH_REC, DASH_REC, DASH_REC],
      ["Complete", "Complete", "Complete"], leadkind="cmd", hmref_mode="none",
      extra_fw=dict(div="Force-wide", status="Complete", text=DASH_REC, hmref=7311,
                    lead="Ch Supt Public Protection",
                    note="DA risk assessment policy rewritten; supervisory review mandatory on "
                         "all DASH. Divisions to evidence compliance."),
      cat="in_sync",
      why="One of four rows of 7311 (force-wide policy row plus one per division); all four "
          "Complete, HMICFRS Complete: closed both.")
split(7312, "eff16",
      ["Increase use of arrest, ancillary orders & other powers in DA cases (West).",
       "Increase use of arrest, ancillary orders & other powers in DA cases (South).",
       "Increase use of arrest/ancillary orders in DA - East"],
      ["Complete", "In progress", "Complete"], leadkind="cid", hmref_mode="none",
      cat="in_sync",
      why="Division row of 7312, text shortened by the force; South still In progress so the "
          "item is open on the force side; HMICFRS Being progressed: open both.")
split(7313, "eff16", plain(MISSING_CHILDREN), ["Complete", "Complete", "Complete"],
      leadkind="nbh", hmref_mode="first", cat="closeable_submit",
      why="Division row of 7313 (bullets copied in full); all three divisions Complete, "
          "HMICFRS Being progressed: submit for closure.")
split(7314, "eff16",
      [H[7314]["text"], H[7314]["text"].replace("supervision", "supervison"), H[7314]["text"]],
      ["In progress", "In progress", "Not started"], leadkind="cid", hmref_mode="none",
      cat="in_sync",
      why="Division row of 7314; all divisions open, HMICFRS Being progressed. Near topic of "
          "7315 (supervision of investigations) but a different item.")
_t7315 = H[7315]["text"].replace("Within six months", "Within three months")
split(7315, "eff16", _t7315, ["Complete", "In progress", "Complete"], leadkind="cid",
      hmref_mode="none", cat="conflict",
      why="Division row of 7315; every division row says 'Within three months', the register "
          "says 'Within six months': timescale disagrees (conflict for the whole item).")
fw(7316, "eff16", H[7316]["text"], "Complete", lead="Supt Contact Centre", cat="in_sync",
   why="Force-wide; HMICFRS Complete, force Complete. Near-duplicate of Core Business 4822.")
# ---- Stolen Freedom 2017
_sf_dropped = plain(SF_LEADERSHIP).replace(
    "\n- forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and", "").replace(
    "investigate it effectively;", "investigate it effectively; and")
fw(8460, "stolen", _sf_dropped, "In progress", lead="Det Ch Supt Force CID", hmref=8460,
   cat="conflict",
   why="Force-wide; the tracker copy lacks the third bullet (partnership arrangements) of the "
       "register text: missing bullet. Both open.")
split(8461, "stolen",
      ["Within six months, forces should have in place active ISAs with other agencies to "
       "facilitate speedy exchange of intelligence & in order to safeguard victims better & to "
       "identify suspects as early as possible"] * 3,
      ["Complete", "Complete", "In progress"], leadkind="cmd", hmref_mode="none",
      notes=[None, None, "ISA with Blackburn with Darwen still with their legal team."],
      cat="closeable_local",
      why="Division row of 8461; HMICFRS Complete, but East still In progress (West and South "
          "Complete). Analyst's call: HMICFRS has closed the item, so the force closes its "
          "remaining open division row locally; every row of the item takes the item's "
          "category.")
fw(8462, "stolen", H[8462]["text"], "Complete", lead="Head of Criminal Justice",
   cat="closeable_submit", why="Force-wide; HMICFRS Being progressed, force Complete.")
fw(8463, "stolen", H[8463]["text"], "In progress", lead="Det Ch Supt Force CID",
   cat="in_sync", why="Force-wide; HMICFRS Being progressed, force In progress.")
fw(8464, "stolen", abbreviate(MSHT_NCRS), "Complete", lead="Force Crime Registrar", hmref=8446,
   cat="conflict",
   why="Force-wide; text matches 8464 (NCRS compliance for MSHT) but the row's HMICFRS Ref "
       "reads 8446, which is not on the register: reference disagrees. Both closed.")
split(8465, "stolen", abbreviate(H[8465]["text"]), ["In progress", "Not started", "In progress"],
      leadkind="cid", hmref_mode="first", cat="in_sync",
      why="Division row of 8465; all divisions open, HMICFRS Being progressed.")
split(8466, "stolen", H[8466]["text"], ["Complete", "Pending sign off", "Complete"],
      leadkind="cid", hmref_mode="all", cat="closeable_submit",
      why="Division row of 8466; West and East Complete, South Pending sign off (done on the "
          "Key): every division done, HMICFRS Awaiting review.")
# ---- PEEL Efficiency 2017 (national + force)
fw(8502, "efc17", plain(H[8502]["text"]), "Complete", lead="Head of Corporate Development",
   cat="in_sync",
   why="Force-wide; HMICFRS No further action required, force Complete.")
fw(8530, "eff17", H[8530]["text"], "In progress", typ=REC, lead="Supt Contact Centre",
   cat="conflict",
   why="Force-wide; the register types it Area for improvement, the tracker says Rec: type "
       "disagrees. Both open.")
# ---- PEEL Legitimacy 2017 (8541 not tracked)
fw(8538, "leg17", H[8538]["text"], "In progress", typ=COC, lead="ACC Local Policing",
   cat="in_sync", why="Force-wide cause of concern; both open.")
fw(8539, "leg17", plain(SAS_MONITORING_2017), "Complete", lead="Head of Intelligence",
   hmref=8539, cat="closeable_submit",
   why="Force-wide; HMICFRS Being progressed, force Complete.")
fw(8540, "leg17", plain(H[8540]["text"]), "In progress", lead="ACC Local Policing",
   cat="in_sync", why="Force-wide; both open.")
split(8542, "leg17", abbreviate(H[8542]["text"]), ["In progress", "In Progress", "Not started"],
      leadkind="ops", hmref_mode="first", cat="closeable_local",
      why="Division row of 8542; HMICFRS Complete, no division has finished: close locally.")
# ---- Custody 2020
split(10950, "custody20", plain(CUSTODY_CHILDREN),
      ["Complete", "Complete", "N/A - not applicable to division"], leadkind="cust",
      hmref_mode="first",
      notes=[None, None, "No designated custody suite on East; East detainees are covered by "
                         "the West and South suite arrangements."],
      cat="closeable_submit",
      why="Division row of 10950; West and South Complete, East 'N/A - not applicable to "
          "division' (counts as done on the Key), HMICFRS Being progressed: submit.")
# ---- Police powers 2021
fw(11402, "powers", H[11402]["text"], "In progress", lead="Head of Learning & Development",
   cat="in_sync", why="Force-wide; both open.")
split(11403, "powers", abbreviate(H[11403]["text"]), ["Complete", "In progress", "Complete"],
      leadkind="ops", hmref_mode="none", cat="in_sync",
      why="Division row of 11403; South still In progress so the force item is open; "
          "HMICFRS Being progressed: open both (not closeable, despite two Complete rows).")
split(11404, "powers", [plain(BWV_2021), "As above", "As above"],
      ["Complete", "Complete", "Pending sign off"], leadkind="ops", hmref_mode="first",
      cat="closeable_submit",
      why="Division row of 11404; South and East rows read only 'As above' (their text is the "
          "West row's); all divisions done, HMICFRS Being progressed.")
fw(None, "powers", HO_NPCC, "N/A - for Home Office / NPCC", typ=REC, hmref=None,
   lead=None, note="Not the force's responsibility to deliver; dependent upon another "
                   "organisation.", cat="not_on_hmicfrs_list",
   why="Force-wide row for the Home Office/NPCC recommendation of the 2021 spotlight report; "
       "not on the force's register.")
fw(11406, "powers", H[11406]["text"], "In progress", lead="ACC Local Policing", cat="in_sync",
   why="Force-wide; HMICFRS Awaiting review, force In progress.")
# ---- PEEL 2021/22: this block is filled in by the divisions, so it is sorted by division
PEEL22 = []  # built separately below
split(12211, "peel22", H[12211]["text"], ["Complete", "Complete", "Complete"], leadkind="cid",
      hmref_mode="first", cat="closeable_submit",
      why="Division row of 12211 (block sorted by division); all divisions Complete, HMICFRS "
          "Awaiting review.")
fw(12212, "peel22", H[12212]["text"], "Complete", lead="Head of Intelligence", hmref=None,
   cat="closeable_submit", why="Force-wide; HMICFRS Being progressed, force Complete.")
split(12213, "peel22",
      ["Develop a problem-solving approach to ASB with local communities & partners (West)",
       "Develop a problem-solving approach to ASB with local communities & partners (South)",
       "Develop a problem-solving approach to ASB with local communities & partners (East)"],
      ["In progress", "Not started", "In progress"], leadkind="nbh", hmref_mode="none",
      cat="in_sync", why="Division row of 12213 (shortened text); all open, HMICFRS open.")
split(12214, "peel22", H[12214]["text"], ["Complete", "Complete", "Complete"], leadkind="cid",
      hmref_mode="none", cat="in_sync",
      why="Division row of 12214; all Complete, HMICFRS Complete: closed both.")
fw(12215, "peel22", H[12215]["text"], "In progress", lead="Supt Contact Centre", cat="in_sync",
   why="Force-wide; both open.")
split(12216, "peel22", H[12216]["text"], ["In progress", "In progress", "Complete"],
      leadkind="cid", hmref_mode="none", cat="closeable_local",
      why="Division row of 12216 (PEEL 2021/22); HMICFRS Superseded, force: East Complete, West "
          "and South open. HMICFRS closed it, so the open division rows are closed locally. "
          "The identical AFI 13622 (PEEL 2023/24) is a different item and is not tracked.")
fw(12217, "peel22", H[12217]["text"], "Complete", lead="Ch Supt Public Protection",
   cat="closeable_submit", why="Force-wide; HMICFRS Being progressed, force Complete.")
split(12218, "peel22", H[12218]["text"], ["Complete", "Complete"], leadkind="nbh",
      divs=["West", "East"], hmref_mode="none", cat="closeable_submit",
      why="Division row of 12218; tracked on West and East only (South has no rural "
          "area), both Complete; HMICFRS Being progressed.")
# ---- PEEL 2023/24 (13620-13622 not yet loaded)
fw(13623, "peel24", H[13623]["text"], "In progress", lead="Ch Supt Public Protection",
   cat="in_sync", why="Force-wide; both open (HMICFRS Awaiting review).")
# ---- Force's own actions
fw(None, "fip", "JAC action: quarterly report to the Joint Audit Committee on divisional "
   "delivery of HMICFRS recommendations, showing each division's position.", "In progress",
   typ="Local action", lead="Head of Corporate Development", hmref=None,
   note="Standing item; next report Dec 24.", cat="not_on_hmicfrs_list",
   why="Force's own Joint Audit Committee action; no HMICFRS item.")
fw(None, "audit", "Internal audit action: Internal audit of the stop and search governance "
   "arrangements (audit plan 2023/24)", "Complete", typ="Local action", lead="DCC", hmref=None,
   note="Audit reported 'reasonable assurance'; two low-priority actions closed.",
   cat="not_on_hmicfrs_list", why="Force's internal audit action; no HMICFRS item.")
split(None, "peel22",
      ["Local action: appoint a single point of contact for hate crime on division"] * 3,
      ["Complete", "Complete", "In progress"], leadkind="cmd", hmref_mode="none",
      typ="Local action", cat="not_on_hmicfrs_list",
      why="Force's own divisional action (hate crime SPOC per division); no HMICFRS item.")
fw(None, "fip", "South Division local action: dip-sample 50 domestic abuse crime reports "
   "each quarter and report findings to the Crime Standards Board", "In progress",
   typ="Local action", div="South", lead="D/Supt South CID", hmref=None,
   note="Q1 and Q2 samples done; Q3 due.", cat="not_on_hmicfrs_list",
   why="South Division's own action; no HMICFRS item.")

MISSING = {
    3121: "On the register (Complete), no tracker row.",
    6107: "On the register (Being progressed), no tracker row: nobody owns it.",
    8541: "On the register (Awaiting review), no tracker row.",
    13620: "PEEL 2023/24 AFI on the register, not yet loaded into the tracker.",
    13621: "PEEL 2023/24 AFI on the register, not yet loaded into the tracker.",
    13622: "PEEL 2023/24 AFI, word for word the same as 12216 (PEEL 2021/22), not in the "
           "tracker; the tracker's stalking rows are filed under PEEL 21-22 and belong to "
           "12216.",
}

# --------------------------------------------------------------------------------------
# Consistency checks on the intended truth
# --------------------------------------------------------------------------------------


def derived(item):
    if item["hm"] is None:
        return "not_on_hmicfrs_list"
    hm_closed = H[item["hm"]]["status"] in HM_CLOSED
    force_done = all(r["status"] in DONE for r in item["rows"])
    if item["cat"] == "conflict":
        return "conflict"
    if hm_closed and force_done:
        return "in_sync"
    if not hm_closed and not force_done:
        return "in_sync"
    return "closeable_local" if hm_closed else "closeable_submit"


for it in ITEMS:
    assert derived(it) == it["cat"], (it["hm"], derived(it), it["cat"])
    for r in it["rows"]:
        assert r["status"] in DONE | OPEN, r["status"]
tracked = {it["hm"] for it in ITEMS if it["hm"]}
assert tracked | set(MISSING) == set(H), set(H) - tracked - set(MISSING)
assert not tracked & set(MISSING)

# --------------------------------------------------------------------------------------
# Row dates and targets
# --------------------------------------------------------------------------------------
TODAY = dt.date(2024, 11, 8)


def rand_date(after: dt.date, before: dt.date) -> dt.date:
    span = (before - after).days
    return after + dt.timedelta(days=rng.randint(min(30, span), span))


for it in ITEMS:
    pub = REPORTS[it["report"]][1]
    for r in it["rows"]:
        if r["status"] in DONE and not r["status"].startswith("N/A"):
            r["done_on"] = rand_date(pub, TODAY)
        else:
            r["done_on"] = None
        if r["status"] in OPEN:
            r["target"] = rng.choice(["31/03/2025", "Q4 24/25", "Dec-24", "No deadline set by "
                                      "HMICFRS", "30/06/2025", None])
        else:
            r["target"] = None

# --------------------------------------------------------------------------------------
# Write the tracker
# --------------------------------------------------------------------------------------
OUT.mkdir(exist_ok=True)
TS = "Tracker"
wb = Workbook()
ws = wb.active
ws.title = TS
ws["A1"] = f"{FORCE} – HMICFRS Recommendations & AFIs: Divisional Delivery Tracker"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = ("Maintained by Strategic Development (Inspection & Audit). Recommendations delivered "
            "locally are tracked once per division; an item is put forward to HMICFRS for "
            "closure only when every division row is Complete.")
ws["A3"] = "Last updated: 08/11/2024"
HEADERS = ["Force Ref", "Report", "Type", "Recommendation / AFI", "Division", "Lead",
           "Update", "Status", "Target date", "Date completed", "HMICFRS Ref"]
HDR_ROW = 5
for c, h in enumerate(HEADERS, 1):
    cell = ws.cell(HDR_ROW, c, h)
    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = PatternFill("solid", fgColor="1F3864")
FILLS = {"done": PatternFill("solid", fgColor="C6EFCE"), "open": PatternFill("solid",
                                                                             fgColor="FFEB9C")}

# number items per report (force's own numbering) and build flat rows in tracker order
counters: dict[str, dict[str, int]] = {}
flat = []  # (item, row)
for it in ITEMS:
    code = REPORTS[it["report"]][3]
    typ = it["type"]
    kind = {"Recommendation": "R", "Area for improvement": "AFI", "Cause of concern": "CoC",
            "Local action": "L"}[typ]
    n = counters.setdefault(code, {}).setdefault(kind, 0) + 1
    counters[code][kind] = n
    it["tracker_type"] = (rng.choice(TRACKER_TYPE[typ]) if typ in TRACKER_TYPE else typ)
    for r in it["rows"]:
        suf = SUFFIX.get(r["div"], r["div"][0])
        r["fref"] = f"{code}-{kind}{n}-{suf}"
        if suf == "FW" and rng.random() < 0.3:
            r["fref"] = f"{code}-{kind}{n}"
        flat.append((it, r))

# PEEL 21-22 block: sorted by division (West rows, then South, then East, then force-wide)
order = {"West": 0, "South": 1, "East": 2}
peel_idx = [i for i, (it, r) in enumerate(flat) if it["report"] == "peel22"
            and it["type"] != "Local action"]
block = [flat[i] for i in peel_idx]
block.sort(key=lambda x: (order.get(x[1]["div"], 3)))
for i, x in zip(peel_idx, block):
    flat[i] = x

row_no = HDR_ROW + 1
prev_report = None
truth_force: list[tuple[int, dict, dict]] = []
tracker_name = {k: v[2] for k, v in REPORTS.items()}
for it, r in flat:
    if prev_report is not None and it["report"] != prev_report and it["report"] in (
            "firearms", "eff16", "stolen", "powers", "peel22") and it["type"] != "Local action":
        row_no += 1  # blank separator row between some report blocks
    prev_report = it["report"]
    vals = [r["fref"], tracker_name[it["report"]], it["tracker_type"], r["text"], r["div"],
            r["lead"], r["note"], r["status"], r["target"], r["done_on"], r["hmref"]]
    for c, v in enumerate(vals, 1):
        cell = ws.cell(row_no, c, v)
        if c == 4 or c == 7:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        if c == 10 and v is not None:
            cell.number_format = "dd/mm/yyyy"
    ws.cell(row_no, 8).fill = FILLS["done" if r["status"] in DONE else "open"]
    truth_force.append((row_no, it, r))
    row_no += 1
row_no += 1
ws.cell(row_no, 1, "Division: W = West, S = South, E = East, FW = Force-wide. "
        "See the Key tab for status definitions.")
ws.cell(row_no + 1, 1, "Rows shaded green count as done for that division only.")
for col, w in zip("ABCDEFGHIJK", [16, 26, 14, 80, 12, 26, 50, 22, 16, 14, 12]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A6"

key = wb.create_sheet("Key")
key_rows = [
    ("Status", "Meaning", "Counts as"),
    ("Not started", "No work yet on this division / force-wide row", "Open"),
    ("In progress", "Work under way", "Open"),
    ("On hold", "Paused (dependency or resourcing)", "Open"),
    ("Pending sign off", "Lead reports complete; awaiting chief officer sign off", "Done"),
    ("Complete / Completed / Closed", "Implemented on this division / force-wide", "Done"),
    ("N/A - not applicable to division", "Nothing for this division to deliver", "Done"),
    ("N/A - for Home Office / NPCC", "Not the force's to deliver", "Done"),
    (None, None, None),
    ("An item is submitted to HMICFRS only when all of its division rows count as Done.", None,
     None),
]
for i, kr in enumerate(key_rows, 1):
    for j, v in enumerate(kr, 1):
        key.cell(i, j, v)
key["A1"].font = key["B1"].font = key["C1"].font = Font(bold=True)
key.column_dimensions["A"].width = 34
key.column_dimensions["B"].width = 60

FIXED = dt.datetime(2024, 11, 8, 9, 30, 0)
wb.properties.creator = "Strategic Development"
wb.properties.created = FIXED


def save_fixed(workbook, path: Path):
    buf = io.BytesIO()
    workbook.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2024-11-08T09:30:00Z</dcterms:modified>",
                              data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 11, 8, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, data)
    path.write_bytes(out.getvalue())


save_fixed(wb, OUT / "tracker.xlsx")

# --------------------------------------------------------------------------------------
# Write the HMICFRS register export
# --------------------------------------------------------------------------------------
RS = "Register"
hwb = Workbook()
hs = hwb.active
hs.title = RS
HHEAD = ["Reference", "Force", "Report", "Publication date", "Type", "Recommendation",
         "Status", "Status date"]
for c, h in enumerate(HHEAD, 1):
    hs.cell(1, c, h).font = Font(bold=True)
h_rows = {}
hm_sorted = sorted(H.values(), key=lambda x: (REPORTS[x["report"]][1], x["ref"]))
for i, x in enumerate(hm_sorted, 2):
    pub = REPORTS[x["report"]][1]
    sdate = rand_date(pub, dt.date(2024, 10, 14))
    vals = [x["ref"], FORCE, REPORTS[x["report"]][0], pub, x["type"], x["text"], x["status"],
            sdate]
    for c, v in enumerate(vals, 1):
        cell = hs.cell(i, c, v)
        if c in (4, 8):
            cell.number_format = "dd/mm/yyyy"
        if c == 6:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    h_rows[x["ref"]] = i
hs.column_dimensions["C"].width = 50
hs.column_dimensions["F"].width = 90
hwb.properties.creator = "HMICFRS"
hwb.properties.created = FIXED
save_fixed(hwb, OUT / "hmicfrs.xlsx")

# --------------------------------------------------------------------------------------
# truth.csv
# --------------------------------------------------------------------------------------
lines = []
for row_no, it, r in truth_force:
    hrow = f"{RS}!{h_rows[it['hm']]}" if it["hm"] else ""
    why = f"[{r['div']}: {r['status']}] " + it["why"]
    lines.append((hrow, f"{TS}!{row_no}", it["cat"], why))
for ref, why in MISSING.items():
    lines.append((f"{RS}!{h_rows[ref]}", "", "missing_from_force", f"{ref}: {why}"))


def sort_key(l):
    h = int(l[0].split("!")[1]) if l[0] else 10 ** 6
    f = int(l[1].split("!")[1]) if l[1] else 10 ** 6
    return (h, f)


lines.sort(key=sort_key)
with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)

# summary for the README
from collections import Counter

row_counts = Counter(l[2] for l in lines)
item_counts = Counter(it["cat"] for it in ITEMS)
item_counts["missing_from_force"] = len(MISSING)
print("register items", len(H), "tracker item rows", len(truth_force), "truth lines", len(lines))
print("rows per category", dict(sorted(row_counts.items())))
print("items per category", dict(sorted(item_counts.items())))

README = r"""# Case `per_division_rows` (round 28)

Built by `../build_per_division_rows.py` (seed **2812**; run with
`/work/main/.venv/bin/python`; rebuilds all three data files byte for byte, with fixed zip and
document timestamps). Force: Lancashire Constabulary, with three divisions (West, South, East).
Statuses, leads, updates and dates are made up. Every recommendation text is real HMICFRS
wording (casegen text lists, `real_recommendations.csv`, the JAC paper). The force's
shortenings, local actions and updates were written for this case.

## Files

- `hmicfrs.xlsx`, sheet `Register`: a register export. Header on row 1, 57 items on rows 2–58,
  sorted by publication date, then reference. Columns: Reference (plain integer), Force,
  Report, Publication date, Type (Recommendation / Area for improvement / Cause of concern),
  Recommendation (text), Status, Status date. Statuses: open = `Awaiting review`,
  `Being progressed`; closed = `Complete`, `Superseded`, `No further action required`.
- `tracker.xlsx`, sheet `Tracker` (plus a `Key` sheet, which is a legend and holds no items).
  Rows 1–3 are the title, a note and "Last updated". Row 4 is blank. The header is on row 5:
  `Force Ref | Report | Type | Recommendation / AFI | Division | Lead | Update | Status |
  Target date | Date completed | HMICFRS Ref`. The 99 item rows run from row 6 to row 109.
  Rows 24, 31, 50, 75, 85 and 110 are blank separators. Rows 111–112 are footnotes.
  - **Devolved items have one row per division.** Each row has its own force ref
    (`PEEL22-AFI1-W`, `-S`, `-E`), lead, update, status and completion date.
    Force-wide items have one row, with Division `Force-wide` or `All` and ref suffix `-FW` or
    no suffix.
  - Status words (from the Key): done = `Complete`, `Completed`, `Closed`, `Pending sign off`,
    `N/A - not applicable to division`, `N/A - for Home Office / NPCC`; open = `In progress`,
    `In Progress`, `Not started`. The Status cell is also shaded green or amber.
  - `HMICFRS Ref` is filled on some rows only: on every division row of some items, on the
    first division row only of others, and on no row of the rest.
  - Type vocabulary: `Rec`, `Recommendation`, `AFI`, `Area for Improvement`, `CoC`,
    `Cause of Concern`, `Local action`.
- `truth.csv`: 105 lines. There is one line per tracker item row (99), and one per register
  item with no tracker row (6). All 57 register rows appear.

## How the truth is decided

A devolved item is **done on the force side only when every one of its rows is done**. Each
division row is its own truth line with the item's `hmicfrs_row`, and every row carries the
item's category, not a per-row category. So:

- HMICFRS open, all rows done → `closeable_submit` on every row.
- HMICFRS open, some rows done and some open → `in_sync` (open on both sides). Two `Complete`
  rows do not make the item closeable.
- HMICFRS closed, some rows done and some open → **`closeable_local` on every row, including
  the rows that are already done.** This is my judgement as an analyst. HMICFRS has closed the
  item, and the only action left is for the force to close its outstanding division rows. A
  done row on its own is not "in sync" with anything, because the unit compared is the item.
  Affected: register 8461 (Tracker!52–54) and 12216 (Tracker!89, 94, 98).
- HMICFRS closed, all rows done → `in_sync`.

## Traps

1. **Partial completion with HMICFRS open.** 7312 and 11403 each have two done rows and one
   open row, and HMICFRS has them open: `in_sync`, not closeable. 8465, 7314 and 12213 have
   every division row open: `in_sync`.
2. **Partial completion with HMICFRS closed:** 8461 and 12216, as above.
3. **`N/A - not applicable to division`.** For 10950 (custody, children), East has no suite,
   West and South are Complete, and HMICFRS is open → `closeable_submit`. The Key counts N/A
   as done.
4. **`As above`.** For 11404 (BWV 2021), the South and East rows read only "As above". They
   belong to the West row's item → `closeable_submit` (one row is Pending sign off, which is
   done).
5. **Force-wide policy row plus division rows.** 7311 has four rows (Tracker!33–36). Only the
   force-wide row carries the HMICFRS Ref. All are Complete and HMICFRS is Complete → `in_sync`.
6. **Only two divisions.** 12218 (rural crime) has rows for West and East only. Both are
   Complete → `closeable_submit`. The missing South row is not a gap.
7. **Sorted by division.** The PEEL 21-22 block (rows 86–102) is ordered West rows, then South,
   then East, then force-wide, so an item's rows are not next to each other.
8. **Shortened division texts.** 7312 ("Increase use of arrest/ancillary orders in DA - East")
   and 12213 ("… ASB … (South)"). 8461, 8464, 8465, 8542 and 11403 use abbreviations (ISAs, &,
   MSHT, S&S, BWV). 7314 has a misspelling on South ("supervison"). Bullets are rewritten as
   "- " lines. None of these is a conflict.
9. **Near-duplicates that are different items:**
   - 514 (Stop and Search 2013, "elected local policing bodies", one force-wide row, In
     progress, HMICFRS Complete → `closeable_local`) vs 5210 (2015, "police and crime
     commissioners", three division rows, all Complete, HMICFRS open → `closeable_submit`).
   - 4822 (Core Business call-handler criteria → `closeable_local`) vs 7316 (PEEL
     Effectiveness 2016, same ask → `in_sync`).
   - 7314 (AFI, supervision of investigations) vs 7315 (Rec, supervision recorded).
   - 12216 (PEEL 2021/22) and 13622 (PEEL 2023/24) have **word-for-word identical** text. The
     tracker's stalking rows are filed under "PEEL 21-22", so they go to 12216. 13622 is
     `missing_from_force`.
10. **Conflicts (4 items, 6 rows).**
    - 7315 (3 division rows): every row says "Within three months", the register says "Within
      six months". This is a timescale conflict for the whole item.
    - 8460: the force-wide copy of Stolen Freedom's leadership recommendation drops the third
      bullet (partnership arrangements). Missing bullet.
    - 8464: the text matches, but the row's HMICFRS Ref is `8446`, a number not on the
      register. Reference conflict (both sides closed).
    - 8530: the register says Area for improvement, the tracker says `Rec`. Type conflict.
11. **Missing from the force (6):**
    - 3121 (closed).
    - 6107 (open, owned by nobody).
    - 8541 (open).
    - PEEL 2023/24 items 13620, 13621 and 13622. That report is only partly loaded: 13623 is
      tracked.
12. **Not on the HMICFRS list (6 items, 10 rows):**
    - Core Business crime-prevention recommendation (3 division rows, Tracker!16–18). It is a
      real HMICFRS text, but it is not on this force's register.
    - Home Office/NPCC recommendation from the 2021 spotlight (Tracker!83, `N/A - for Home
      Office / NPCC`).
    - JAC action (104).
    - Internal audit action (105).
    - Hate crime SPOC local action, 3 division rows (106–108).
    - South Division's own DA dip-sample action (109).
13. **Layout mess:**
    - Title and note rows above the header; blank separator rows; footnotes below the data.
    - A legend sheet.
    - Done and open dates in mixed forms: "Target date" holds free text such as "Q4 24/25",
      "Dec-24" and "No deadline set by HMICFRS".
    - Updates in tracker language ("Awaiting allocation.", "Ready to move to GREEN status.").

## Counts

| category | items | truth lines (rows) |
|---|---|---|
| in_sync | 28 | 45 |
| closeable_submit | 13 | 26 |
| closeable_local | 6 | 12 |
| conflict | 4 | 6 |
| missing_from_force | 6 | 6 |
| not_on_hmicfrs_list | 6 | 10 |
| **total** | 57 register items + 6 force-only items | 105 |

19 of the 57 register items (a third) are closed on one side only. Of the 51 tracked register
items, 19 are devolved and have more than one row.
"""
(OUT / "README.md").write_text(README, encoding="utf-8")
