"""Build the evaluation case `lookup_formula_text` (round 19).

Layout: Nottinghamshire Police keeps an xlsx tracker whose "Tracker" sheet holds the HMICFRS
reference typed by hand plus the force's own columns (Lead, RAG, Update, Date closed). The
report, published date, type, recommendation text and HMICFRS status columns are FORMULAS that
look the reference up in a second sheet, "Master list": a copy of the HMICFRS register export
pasted in on 14/03/2025. The workbook is written with openpyxl (values, styles) and the
formulas are then put into the sheet XML with their cached values, as Excel saves them.

HMICFRS side: the current register export (02/12/2025) as hmicfrs.xlsx.

Run with /work/main/.venv/bin/python. Deterministic (seed below, fixed timestamps in the zip).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

SEED = 19_2025
RNG = random.Random(SEED)  # used only for the odd choice below; all items are listed by hand

HERE = Path(__file__).resolve().parent
CASE = HERE / "lookup_formula_text"
FORCE = "Nottinghamshire Police"
ZIP_TIME = (2025, 12, 2, 9, 0, 0)
CORE_TIME = "2025-12-02T09:00:00Z"

REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"
NAT = "National recommendation"

# --------------------------------------------------------------------------------------------
# Reports (HMICFRS titles and publication dates)
# --------------------------------------------------------------------------------------------
R = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9)),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27)),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4)),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", dt.date(2015, 1, 30)),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1)),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15)),
    "eff16": ("PEEL: Police effectiveness 2016 – Nottinghamshire Police", dt.date(2017, 3, 2)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24)),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9)),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12)),
    "ncpi18": ("National child protection inspection 2018 – Nottinghamshire Police",
               dt.date(2018, 6, 14)),
    "cdi19": ("Crime data integrity inspection 2019 – Nottinghamshire Police",
              dt.date(2019, 9, 26)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use "
               "of force", dt.date(2021, 2, 26)),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Nottinghamshire "
               "Police", dt.date(2022, 5, 12)),
    "custody22": ("Report on an unannounced inspection visit to police custody suites in "
                  "Nottinghamshire", dt.date(2022, 8, 16)),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/25 – Nottinghamshire "
               "Police", dt.date(2025, 7, 3)),
}

# --------------------------------------------------------------------------------------------
# Real texts (Open Government Licence; copied from the project's casegen text lists and
# /work/shared/data/real_recommendations.csv; force-level stems put together from real stems)
# --------------------------------------------------------------------------------------------
SF_LEADERSHIP = (
    "Within twelve months, forces should review their leadership and governance arrangements "
    "for modern slavery and human trafficking, to ensure that:\n"
    "• senior leaders prioritise the response to modern slavery and human trafficking;\n"
    "• every incident of modern slavery identified to police is allocated appropriate "
    "resources with the skills, experience and capacity to investigate it effectively;\n"
    "• forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and\n"
    "• performance and quality assurance measures are in place to allow senior leaders to "
    "assess the nature and quality of the service provided to victims.")
SAS_MONITORING_2017 = (
    "By July 2018, all police forces across England and Wales should be regularly and "
    "frequently monitoring a comprehensive set of data and information on use of stop and "
    "search powers to understand:\n"
    "•the reasons for any disproportionate representation of different ethnic groups in the "
    "use of stop and search; •the extent to which find rates differ between people from "
    "different ethnicities, and across different types of searches (including separate "
    "identification of find rates for drug possession and supply-type offences); and •the "
    "prevalence of possession-only drug searches, and the extent to which these align with "
    "local or force level priorities.")
BWV_2021 = (
    "By September 2021, forces should: ensure that officers record on body-worn video (when "
    "this is available) the entirety of all stop and search encounters, including traffic "
    "stops and use of force incidents.\n"
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.\n"
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice.")
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
    "scrutiny panels and MARAC self-assessments.")
CDI_VICTIMS = (
    "Within three months, the force should put in place arrangements to ensure that:\n"
    "• at the point of report, victims are believed;\n"
    "• conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;\n"
    "• multiple crimes are always recorded when described within incident records or "
    "identified as part of other recorded crime investigations;\n"
    "• the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and\n"
    "• online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
    "to the victim or the wider public are identified and appropriately managed.")
MISSING_CHILDREN = (
    "Within six months the force should review its approach to reports of missing children and "
    "take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action.")
CUSTODY_CHILDREN = (
    "Within twelve months, the force should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• ensure "
    "that all children are only detained when absolutely necessary and for the absolute minimum "
    "amount of time;• ensure that officers and staff in the custody suite assess at an early "
    "stage a child’s need for alternative accommodation (secure or otherwise) and work with "
    "children’s social care services to achieve the most appropriate option for the child;• "
    "ensure that custody staff make a record of all actions taken and decisions made on the "
    "relevant documentation; and• improve the timeliness of adequate appropriate adult support "
    "for children who are arrested.")
DA_CAUSE = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed.")
INVESTIGATION_CAUSE = (
    "The force does not have the capacity or capability to investigate crime effectively and "
    "this is affecting the service being provided to the public. There are failings in the "
    "way that crimes are being investigated.")

# --------------------------------------------------------------------------------------------
# HMICFRS items. (ref, report key, type, text)
# --------------------------------------------------------------------------------------------
ITEMS: list[tuple[int, str, str, str]] = [
    # only on the Master list (closed long ago; not on the current export)
    (1204, "sas13", NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice."),
    (1205, "sas13", NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust."),
    (1206, "sas13", NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people."),
    (2321, "everyone", NAT, EVERYONE_PLAN),
    # on the current export
    (902, "integrity", NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination."),
    (4822, "core", NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk."),
    (4823, "core", NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed."),
    (5120, "picture", NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure that "
     "categorisation of records are regularly adjusted."),
    (5301, "firearms", NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full."),
    (5302, "firearms", NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times."),
    (5303, "firearms", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records."),
    (5304, "firearms", NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm."),
    (5305, "firearms", NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment which "
     "they should be undertaking in such circumstances, and their power, when appropriate, to "
     "seize firearms and firearm certificates."),
    (6801, "eff16", COC, DA_CAUSE),
    (6802, "eff16", REC,
     "To address this cause of concern, HMIC recommends the force should immediately take steps "
     "to ensure that there is effective supervision of the initial risk assessment process, "
     "specifically in relation to the completion of DASH risk assessment in appropriate cases."),
    (6803, "eff16", REC,
     "Within three months, the force should consider ways of increasing the use of arrest, "
     "ancillary orders and other available powers, in order to improve the service it provides "
     "to victims of domestic abuse, offer the best possible protection and bring more "
     "perpetrators to justice."),
    (7710, "stolen", NAT, SF_LEADERSHIP),
    (7711, "stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements with "
     "other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard "
     "victims better and to identify suspects as early as possible"),
    (7712, "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence."),
    (7713, "stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking."),
    (7714, "stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences."),
    (7715, "stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the use "
     "where appropriate of joint intelligence teams and other means to obtain intelligence and "
     "evidence from agencies overseas)."),
    (8390, "efc17", NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries."),
    (8540, "leg17", COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain."),
    (8541, "leg17", NAT, SAS_MONITORING_2017),
    (8542, "leg17", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;"),
    (8543, "leg17", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018."),
    (8544, "leg17", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search."),
    (9010, "ncpi18", REC, MISSING_CHILDREN),
    (9011, "ncpi18", REC,
     "Within three months, the force should conduct a review, involving its partners, of the "
     "approach to vulnerability to better safeguard vulnerable people."),
    (9012, "ncpi18", REC,
     "Within six months the force should make sure investigations of child sexual exploitation "
     "are allocated to officers with the right skills and are effectively supervised."),
    (9420, "cdi19", REC, CDI_VICTIMS),
    (9421, "cdi19", AFI,
     "The force should make sure it records reports of rape and serious sexual offences "
     "accurately and without delay."),
    (9422, "cdi19", AFI,
     "The force should improve its use of its crime-recording and management system to better "
     "manage its case files and investigative processes."),
    (11201, "powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation."),
    (11202, "powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage."),
    (11203, "powers", NAT, BWV_2021),
    (11204, "powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action."),
    (12101, "peel21", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "anti-social behaviour."),
    (12102, "peel21", AFI,
     "The force should make sure victims of residential burglary are kept informed about the "
     "progress of their case, in line with the Code of Practice for Victims of Crime."),
    (12103, "peel21", AFI,
     "Nottinghamshire Police should make sure it records reports of hate crime accurately and "
     "without delay."),
    (12104, "peel21", AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from county lines drug dealing."),
    (12105, "peel21", AFI,
     "The force should make sure its performance framework gives senior leaders a clear picture "
     "of its response to violence against women and girls."),
    (12106, "peel21", AFI,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate online child sexual abuse."),
    (12107, "peel21", AFI,
     "The force should develop a problem-solving approach to neighbourhood crime, working with "
     "local communities and partners."),
    (12108, "peel21", AFI,
     "The force should make sure investigations of domestic abuse are allocated to officers "
     "with the right skills and are effectively supervised."),
    (12450, "custody22", REC, CUSTODY_CHILDREN),
    (12451, "custody22", REC,
     "Within six months the force should make sure officers and staff have the training they "
     "need to identify and respond to people with mental ill health."),
    # published after the Master list was pasted in (14/03/2025)
    (14530, "peel23", COC, INVESTIGATION_CAUSE),
    (14531, "peel23", REC,
     "Within six months the force should ensure regular and active supervision of the quality "
     "and progress of investigations. This supervision should be properly recorded."),
    (14532, "peel23", REC,
     "Within six months the force should improve its ability to retrieve digital evidence from "
     "mobile phones, computers and other electronic devices quickly enough to ensure "
     "investigations are not delayed."),
    (14533, "peel23", AFI,
     "The force should improve its understanding of suspects released under investigation and "
     "the management of those released on bail."),
    (14534, "peel23", AFI,
     "The force should make sure it has access to accurate data and analysis to support "
     "effective performance management."),
    (14535, "peel23", AFI,
     "The force should ensure that it has sufficient resources available in the control room "
     "to fulfil its resourcing model, and so to meet its demand, while also taking into account "
     "the wellbeing of its workforce."),
    (14536, "peel23", AFI,
     "The force should make sure the corporate risk register is actively used to mitigate and "
     "manage known risks."),
    (14537, "peel23", AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about serious "
     "and organised crime."),
    (14538, "peel23", AFI,
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to stalking and harassment."),
    (14539, "peel23", AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them."),
    (14540, "peel23", AFI,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of violence against women and girls."),
    (14541, "peel23", AFI,
     "The force should put plans in place to monitor, including through the gathering and "
     "analysis of staff feedback, team cultures and provide prompt remedial action for any "
     "issues it identifies."),
    (14542, "peel23", AFI,
     "The force should make sure all processes in place to support performance management are "
     "effective."),
]
BY_REF = {i[0]: i for i in ITEMS}

MASTER_DATE = dt.date(2025, 3, 14)
EXPORT_DATE = dt.date(2025, 12, 2)
EXPORT_FROM = dt.date(2023, 12, 1)
D = dt.date

# HMICFRS status history: ref -> (status now, status date now, status on the Master list).
# Default: "Being progressed", dated at publication + ~4 weeks, same on the Master list.
STATUS: dict[int, tuple[str, dt.date, str]] = {
    1204: ("Complete", D(2016, 4, 20), "Complete"),
    1205: ("Complete", D(2016, 4, 20), "Complete"),
    1206: ("Complete", D(2016, 4, 20), "Complete"),
    2321: ("Complete", D(2015, 9, 2), "Complete"),
    4822: ("Superseded", D(2025, 5, 8), "Being progressed"),
    5120: ("Awaiting review", D(2024, 10, 1), "Awaiting review"),
    5301: ("Complete", D(2024, 5, 21), "Complete"),
    5304: ("Complete", D(2025, 4, 15), "Being progressed"),
    6801: ("Superseded", D(2024, 4, 11), "Superseded"),
    6802: ("Superseded", D(2024, 4, 11), "Superseded"),
    6803: ("Superseded", D(2024, 4, 11), "Superseded"),
    7712: ("Complete", D(2024, 3, 7), "Complete"),
    7714: ("Superseded", D(2025, 5, 29), "Being progressed"),
    8542: ("Complete", D(2025, 8, 19), "Being progressed"),
    8544: ("Complete", D(2025, 6, 10), "Being progressed"),
    9012: ("Complete", D(2025, 10, 2), "Being progressed"),
    9421: ("Complete", D(2024, 2, 13), "Complete"),
    11204: ("Awaiting review", D(2024, 11, 5), "Awaiting review"),
    12103: ("Complete", D(2025, 1, 23), "Complete"),
    12104: ("Complete", D(2025, 7, 17), "Being progressed"),
    12108: ("Superseded", D(2025, 9, 4), "Being progressed"),
    14530: ("Being progressed", D(2025, 9, 30), None),
    14531: ("Being progressed", D(2025, 9, 30), None),
    14532: ("Being progressed", D(2025, 9, 30), None),
    14533: ("Being progressed", D(2025, 9, 30), None),
}
for _r, _k, _t, _x in ITEMS:
    if _r not in STATUS:
        if _k == "peel23":
            STATUS[_r] = ("Awaiting review", D(2025, 7, 3), None)
        else:
            pub = R[_k][1]
            STATUS[_r] = ("Being progressed", pub + dt.timedelta(days=28), "Being progressed")

ON_MASTER = [r for r, k, t, x in ITEMS if k != "peel23"]
ON_EXPORT = [r for r, k, t, x in ITEMS
             if STATUS[r][0] in ("Awaiting review", "Being progressed") or STATUS[r][1] >= EXPORT_FROM]

# --------------------------------------------------------------------------------------------
# Tracker rows. Each: dict with keys
#   no, ref (as typed: int, str or None), style ("v" VLOOKUP, "i" IFERROR/INDEX/MATCH),
#   lead, rag, update, closed (date or None), paste (column letter -> typed value),
#   truth (hmicfrs ref or None), cat, why
# --------------------------------------------------------------------------------------------
T: list[dict] = []


def row(no, ref, lead, rag, update, closed=None, style="v", paste=None, truth="same",
        cat=None, why=""):
    T.append(dict(no=no, ref=ref, lead=lead, rag=rag, update=update, closed=closed, style=style,
                  paste=paste or {}, truth=(ref if truth == "same" else truth), cat=cat, why=why))


# -- original block (VLOOKUP), in report order --
row(1, 1204, "Supt Stop & Search", "Green",
    "S&S scrutiny now part of the Legitimacy Board. HMIC closed this in April 2016.",
    D(2016, 5, 12), cat="not_on_hmicfrs_list",
    why="1204 is on the old Master list (Complete 2016) but not on the current export, "
        "which only lists items open or closed since 01/12/2023")
row(2, 1205, "Supt Stop & Search", "Green",
    "Monthly S&S dip sampling by supervisors in place; reported to Legitimacy Board.",
    D(2016, 5, 12), cat="not_on_hmicfrs_list",
    why="1205 closed by HMIC in 2016; not on the current export")
row(3, 2321, "Ch Supt Public Protection", "Green",
    "DA action plan published on force website Sept 2014. Signed off by DCC.",
    D(2015, 6, 30), cat="not_on_hmicfrs_list",
    why="2321 closed in 2015; not on the current export")
row(4, 4822, "Supt Contact Centre", "Amber",
    "THRIVE criteria being refreshed alongside the new contact management platform.",
    cat="closeable_local",
    why="HMICFRS: Superseded (May 2025); force Amber. The tracker's HMICFRS status column "
        "still says Being progressed because the Master list predates the closure")
row(5, 4823, "Head of Corporate Development", "Green",
    "Completed. Evidence submitted to HMICFRS for closure.", D(2019, 8, 14),
    cat="closeable_submit", why="HMICFRS: Being progressed; force Green with a closed date")
row(6, 902, "Head of Professional Standards", "Amber",
    "Disproportionality review of NFA misconduct outcomes underway with the Staff Networks.",
    cat="in_sync", why="open on both sides")
row(7, 5120, "Head of Information Management", "Green",
    "Information Assurance Board scrutinises MoPI audit results quarterly. Ready to move to "
    "GREEN status.", D(2024, 9, 18), cat="closeable_submit",
    why="HMICFRS: Awaiting review; force Green")
row(8, 5301, "Supt Firearms Licensing", "Green",
    "Governance reviewed against APP; FLU now reports to the Chief Officer Team.",
    D(2016, 1, 29), cat="in_sync", why="closed on both sides (HMICFRS Complete May 2024)")
row(9, 5302, "Supt Firearms Licensing", "Amber",
    "Demand model refreshed; 3 extra enquiry officers funded from April.",
    paste={"F": "Within 6 months - assess demand on Firearms Licensing Dept & ensure it has "
                "capacity to meet demand and provide an efficient and effective service at all "
                "times"},
    cat="conflict",
    why="text cell pasted over the formula with the force's own wording, which says 'within "
        "6 months'; HMICFRS item 5302 says 'Within three months' (timescale differs)")
row(10, 5303, "Supt Firearms Licensing", "Amber",
    "Weekly report of total expired records now run by FLU supervisor; backlog 41.",
    cat="in_sync", why="open on both sides")
row(11, 5304, "Supt Firearms Licensing", "Amber",
    "Temporary permit process being written into the FLU procedures manual.",
    cat="closeable_local",
    why="HMICFRS: Complete (Apr 2025, after the Master list was pasted); force Amber")
row(12, 5350, "Supt Contact Centre", "Green",
    "STORM now flags addresses linked to firearm certificate holders when incidents are "
    "created; dispatchers and response officers briefed on seizure powers.", D(2025, 2, 27),
    cat="conflict", truth=5305,
    why="reference typed 5350 (digits transposed): every lookup shows #N/A. The update is "
        "plainly about 5305 (firearm certificate holder flags at dispatch, seizure powers), "
        "which has no other tracker row: paired, but the reference disagrees")
row(13, 6801, "Ch Supt Public Protection", "Amber",
    "DASH compliance audit repeated quarterly; improvement plan with the DA Board.",
    paste={"F": "CoC - DA: DASH discretion policy means risk not always assessed; officers "
                "not completing DASH where policy requires"},
    cat="closeable_local",
    why="HMICFRS: Superseded (Apr 2024); force Amber. Text is the force's own summary, "
        "pasted over the formula")
row(14, 6802, "Ch Supt Public Protection", "Green",
    "Supervisors review every DASH within 24 hrs - checked in Sept audit.", D(2018, 3, 1),
    cat="in_sync", why="closed on both sides (HMICFRS Superseded)")
row(15, 6803, "Ch Supt Public Protection", "Green",
    "Arrest rate for DA up from 29% to 41%; DVPN/DVPO usage doubled.", D(2018, 3, 1),
    cat="in_sync", why="closed on both sides (HMICFRS Superseded)")
row(16, 7710, "Det Ch Supt Force CID", "Amber",
    "MSHT governance sits with the Exploitation Board; QA framework still in draft.",
    cat="in_sync", why="open on both sides")
row(17, 7711, "Head of Intelligence", "Green",
    "ISAs signed with all district councils, Border Force and GLAA.", D(2025, 1, 10),
    cat="closeable_submit", why="HMICFRS: Being progressed; force Green with a closed date")
row(18, 7712, "Det Ch Supt Force CID", "Green",
    "s45 defence guidance issued to all investigators.", D(2023, 11, 3),
    cat="in_sync", why="closed on both sides (HMICFRS Complete Mar 2024)")
row(19, "7713", "Det Ch Supt Force CID", "Green",
    "Completed. NRM referrals and MS1 duty-to-notify forms now raised by the MSHT team; "
    "compliance checked monthly.", D(2025, 6, 20),
    cat="closeable_submit", truth=7713,
    why="reference stored as text '7713, so the VLOOKUPs return #N/A although the reference is "
        "right (7713 on the export). HMICFRS: Being progressed; force Green")
row(20, 7714, "Force Crime Registrar", "Amber",
    "MSHT added to the FCR audit plan for 2025/26.", cat="closeable_local",
    why="HMICFRS: Superseded (May 2025); force Amber")
row(21, 8390, "Head of Corporate Development", "Amber",
    "Digital Services Strategy approved; single online reporting portal goes live in 2026.",
    cat="in_sync", why="open on both sides")
row(22, 8540, "Supt Stop & Search", "Amber",
    "Disproportionality ratio reported to the Independent Advisory Group each quarter.",
    cat="in_sync", why="open on both sides")
row("23a", 8541, "Supt Stop & Search", "Amber",
    "Power BI dashboard built; ethnicity breakdown live.",
    paste={"F": "Monitor data to understand the reasons for any disproportionate "
                "representation of different ethnic groups in the use of stop and search"},
    cat="in_sync", why="split row 1 of 3 for 8541 (one row per bullet); open on both sides")
row("23b", 8541, "Supt Stop & Search", "Amber",
    "Find rates by ethnicity and search type added to the dashboard; drugs split pending.",
    paste={"F": "Monitor the extent to which find rates differ between people from different "
                "ethnicities, and across different types of searches (incl. drug possession v "
                "supply)"},
    cat="in_sync", why="split row 2 of 3 for 8541; open on both sides")
row("23c", 8541, "Supt Stop & Search", "Amber",
    "Possession-only searches being compared with the control strategy priorities.",
    paste={"F": "Monitor the prevalence of possession-only drug searches & whether these align "
                "with local or force level priorities"},
    cat="in_sync", why="split row 3 of 3 for 8541; all three bullets tracked; open on both sides")
row(24, 8542, "Supt Stop & Search", "Green",
    "Research with the University published; actions in the Legitimacy Plan.", D(2025, 3, 31),
    cat="in_sync",
    why="closed on both sides (HMICFRS Complete Aug 2025; the tracker's own HMICFRS status "
        "column still shows the stale 'Being progressed' from the Master list)")
row(25, 8543, "Supt Stop & Search", "Green",
    "Annual S&S analysis published on the force website each July since 2019.",
    D(2024, 8, 1), cat="closeable_submit", why="HMICFRS: Being progressed; force Green")
row(26, 8544, "Head of Learning & Development", "Amber",
    "Unconscious bias e-learning at 87% completion; refresher being commissioned.",
    cat="closeable_local",
    why="HMICFRS: Complete (Jun 2025, after the Master list); force Amber")
row(27, "Local", "Supt Stop & Search", "Amber",
    "First meeting held 04/09; terms of reference agreed.",
    paste={"C": "Force improvement plan", "D": None, "E": "Local action",
           "F": "Task & Finish group to review the stop and search policy and report to the "
                "Force Executive Team", "G": "N/A"},
    truth=None, cat="not_on_hmicfrs_list",
    why="force's own local action, no HMICFRS reference; formulas overtyped")
row(28, 9010, "Ch Supt Public Protection", "Amber",
    "Missing from home SOP rewritten; CSE awareness input for call takers scheduled.",
    cat="in_sync", why="open on both sides")
row(29, 9011, "Ch Supt Public Protection", "Amber",
    "Vulnerability review with partners agreed at the Safeguarding Partnership.",
    paste={"E": "Area for improvement"}, cat="conflict",
    why="type cell overtyped 'Area for improvement'; HMICFRS (and the Master list) record 9011 "
        "as a Recommendation. Both open")
row(30, 9012, "Det Ch Supt Force CID", "Amber",
    "CSE investigations now allocated to the Exploitation Hub; supervision audit due.",
    cat="closeable_local",
    why="HMICFRS: Complete (Oct 2025); force Amber")
row(31, 9420, "Force Crime Registrar", "Amber",
    "CDI improvement plan: 3 of 5 strands complete (victim believed, multiple crimes).",
    cat="in_sync", why="open on both sides")
row(32, 9421, "Force Crime Registrar", "Green",
    "RASSO recording compliance 96% at last audit.", D(2023, 12, 15),
    cat="in_sync", why="closed on both sides (HMICFRS Complete Feb 2024)")
row(33, 9422, "Force Crime Registrar", "Green",
    "Niche case file module rolled out to all CID teams.", D(2025, 9, 12),
    cat="closeable_submit", why="HMICFRS: Being progressed; force Green")
# 34-37: someone pasted values over C:G when copying rows in from the Legitimacy Board plan
row(34, 11201, "Head of Learning & Development", "Amber",
    "Communication skills input added to PST refresher.",
    paste={c: "=" for c in "CDEFG"}, cat="in_sync",
    why="open on both sides; C:G are values pasted over the formulas (same as the Master list)")
row(35, 11202, "Head of Learning & Development", "Green",
    "BWV debrief guide issued to all sergeants; CPD module live.", D(2025, 5, 2),
    paste={c: "=" for c in "CDEFG"}, cat="closeable_submit",
    why="HMICFRS: Being progressed; force Green (values pasted over the formulas)")
row(36, 11203, "Supt Stop & Search", "Amber",
    "BWV review process in place; scrutiny panel access being arranged.",
    paste={c: "=" for c in "CDEFG"}, cat="in_sync",
    why="open on both sides (values pasted over the formulas)")
row(37, 11204, "Supt Stop & Search", "Complete",
    "Use of force monitoring via the Use of Force Board; data published quarterly.",
    D(2024, 10, 1), paste={c: "=" for c in "CDEFG"}, cat="closeable_submit",
    why="HMICFRS: Awaiting review; force RAG 'Complete' with a closed date")
row(38, 12101, "ACC Local Policing", "Amber",
    "ASB response times in the Performance pack; target set for P2 grading.",
    cat="in_sync", why="open on both sides")
row(39, 12102, "ACC Local Policing", "Green",
    "Burglary victim updates automated through the victim contact app.", D(2024, 6, 30),
    cat="closeable_submit", why="HMICFRS: Being progressed; force Green")
row(40, 12103, "Force Crime Registrar", "Green",
    "Hate crime recording audit 2024: 94% compliant.", D(2024, 9, 2),
    cat="in_sync", why="closed on both sides (HMICFRS Complete Jan 2025)")
row(41, 12104, "Det Ch Supt Force CID", "Amber",
    "County lines partnership plan refreshed with the VRU.", cat="closeable_local",
    why="HMICFRS: Complete (Jul 2025); force Amber")
row(42, 12105, "ACC Crime", "Amber",
    "VAWG performance framework in development.", cat="in_sync", why="open on both sides")
row(43, 12107, "ACC Local Policing", "Green",
    "SARA problem-solving embedded in all neighbourhood teams.", D(2025, 1, 20),
    cat="closeable_submit", why="HMICFRS: Being progressed; force Green")
row(44, 12108, "Ch Supt Public Protection", "Red",
    "DA investigations still allocated to response; business case for a DA team not "
    "approved.", cat="closeable_local",
    why="HMICFRS: Superseded (Sep 2025, by the 2023/25 PEEL report); force Red (open)")
# -- later block (added after March 2025, IFERROR(INDEX/MATCH) style) --
row(45, 12450, "Ch Insp Custody", "Green",
    "Children in custody protocol agreed with the local authority; AA service retendered.",
    D(2025, 4, 30), style="i", cat="closeable_submit",
    why="HMICFRS: Being progressed; force Green")
row(46, "12451 ", "Ch Insp Custody", "Amber",
    "Mental health training for custody staff booked for Q4.", style="i", truth=12451,
    cat="in_sync",
    why="reference typed with a trailing space, so MATCH fails and the row shows 'Not found' "
        "although 12451 is on the Master list and the export: same reference; open on both")
row(47, 14530, "ACC Crime", "Amber",
    "Investigation Standards Improvement Plan agreed at FET; monthly governance.", style="i",
    paste={"C": "PEEL 2023-25", "E": "Cause of concern",
           "F": "CoC - capacity & capability to investigate crime effectively; failings in "
                "how crimes are investigated"},
    cat="in_sync",
    why="PEEL 2023/25 item, not on the Master list; report/type/text typed over the formulas; "
        "open on both")
row(48, 14531, "ACC Crime", "Amber",
    "Supervisory review of investigations: audit tool being built in Niche.", style="i",
    cat="in_sync",
    why="PEEL 2023/25 item missing from the old Master list: lookups show 'Not found' but the "
        "reference is right; open on both")
row(49, 14532, "Head of Digital Forensics", "Red",
    "Digital forensic backlog 1,140 devices; kiosk roll-out delayed.", style="i",
    cat="in_sync", why="not on the Master list ('Not found'); reference right; open on both")
row(50, 14533, "Det Ch Supt Force CID", "Amber",
    "RUI/bail review meeting weekly; numbers reported to the Crime Board.", style="v",
    cat="in_sync",
    why="VLOOKUP copied down from above: #N/A because the Master list is older than the "
        "item; reference right; open on both")
row(51, 14534, "Head of Corporate Development", "Green",
    "Pending sign off by the chief officer lead. Performance dashboard live.", style="i",
    cat="closeable_submit",
    why="not on the Master list ('Not found'); HMICFRS: Awaiting review; force Green")
row(52, 14353, "Supt Contact Centre", "Amber",
    "Control room resourcing review underway; new shift pattern and wellbeing plan from "
    "January.", style="i", truth=14535, cat="conflict",
    why="reference typed 14353 (digits swapped) for 14535, which has no other tracker row; "
        "the update is about control room resourcing and wellbeing, which is 14535. Shows "
        "'Not found' like its neighbours. Paired; the reference disagrees")
row(53, 14536, "Head of Corporate Development", "Amber",
    "Corporate risk register reviewed monthly at FET from October.", style="i",
    paste={"F": "Corporate risk register to be actively used to mitigate & manage known risks"},
    cat="in_sync", why="text typed over the formula (force's wording); open on both")
row(54, 14538, "Ch Supt Public Protection", "Amber",
    "Stalking training: 62% of frontline officers complete.", style="v", cat="in_sync",
    why="VLOOKUP #N/A: not on the Master list; reference right; open on both")
row(55, 14540, "Ch Supt Public Protection", "Amber",
    "Stalking protection orders/DAPO use being tracked by the VAWG Board.", style="i",
    cat="in_sync", why="'Not found' (newer than the Master list); reference right; open on both")
row(56, 14542, "Head of Corporate Development", "Green",
    "Performance framework reviewed; evidence pack ready for HMICFRS.", D(2025, 11, 14),
    style="i", cat="closeable_submit",
    why="'Not found' (newer than the Master list); HMICFRS: Awaiting review; force Green")
row(57, None, "Head of Professional Standards", "Amber",
    "Audit fieldwork Jan 2026.", style="i",
    paste={"C": "Internal audit", "E": "Local action",
           "F": "Internal audit of the vetting governance arrangements (audit plan 2025/26)",
           "G": None},
    truth=None, cat="not_on_hmicfrs_list",
    why="force's own action, no reference; formulas overtyped")
row(58, "N/A", "Director of People", "Amber",
    "Draft to JAC in March.", style="i",
    paste={"C": "JAC action", "E": "Local action",
           "F": "JAC action: refresh the people strategy so wellbeing measures are reported "
                "to the Joint Audit Committee", "G": None},
    truth=None, cat="not_on_hmicfrs_list",
    why="Joint Audit Committee action recorded in the tracker; no HMICFRS reference")
N_TEMPLATE_ROWS = 6  # formulas dragged down with no reference: show "Not found", not items

# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------
EPOCH = dt.date(1899, 12, 30)


def serial(d: dt.date) -> int:
    return (d - EPOCH).days


def master_row(ref: int):
    r, k, t, x = BY_REF[ref]
    return [r, R[k][0], R[k][1], t, x, STATUS[r][2]]


MASTER = {r: master_row(r) for r in ON_MASTER}
COLS = {"C": 2, "D": 3, "E": 4, "F": 5, "G": 6}


def lookup(ref_typed, col: int):
    """What Excel computes: exact match of the typed value against numbers in column A."""
    if isinstance(ref_typed, int) and ref_typed in MASTER:
        return MASTER[ref_typed][col - 1]
    return None  # #N/A


def formula(style: str, r: int, col_letter: str) -> str:
    n = COLS[col_letter]
    if style == "v":
        return f"VLOOKUP($B{r},'Master list'!$A:$F,{n},FALSE)"
    src = "ABCDEF"[n - 1]
    return (f"IFERROR(INDEX('Master list'!${src}:${src},MATCH($B{r},'Master list'!$A:$A,0)),"
            f"\"Not found\")")


THIN = Side(style="thin", color="BFBFBF")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
HEAD_FONT = Font(bold=True, color="FFFFFF")
RAG_FILL = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000", "Complete": "92D050"}
DATE_FMT = "dd/mm/yyyy"


def fix_zip(path: Path, sheet_patches: dict[str, dict[str, str]]):
    """Rewrite the xlsx: put formula cells into sheet XML, fix timestamps, fixed zip times."""
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        data = {n: z.read(n) for n in names}
    for sheet_xml, cells in sheet_patches.items():
        xml = data[sheet_xml].decode("utf-8")
        for coord, new in cells.items():
            pat = re.compile(r'<c r="%s"( s="\d+")?(?: t="\w+")?(?:/>|>.*?</c>)' % coord, re.S)
            m = pat.search(xml)
            if not m:
                raise SystemExit(f"cell {coord} not found in {sheet_xml}")
            s_attr = m.group(1) or ""
            xml = xml[:m.start()] + new.replace("{S}", s_attr) + xml[m.end():]
        data[sheet_xml] = xml.encode("utf-8")
    core = data["docProps/core.xml"].decode("utf-8")
    core = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>%s\2" % CORE_TIME, core)
    core = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", r"\g<1>%s\2" % CORE_TIME, core)
    data["docProps/core.xml"] = core.encode("utf-8")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n in names:
            zi = zipfile.ZipInfo(n, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data[n])
    path.write_bytes(buf.getvalue())


def fcell(coord: str, f: str, value) -> str:
    """An Excel formula cell with its cached value."""
    fx = escape(f)
    if value is None:
        return f'<c r="{coord}"{{S}} t="e"><f>{fx}</f><v>#N/A</v></c>'
    if isinstance(value, dt.date):
        return f'<c r="{coord}"{{S}}><f>{fx}</f><v>{serial(value)}</v></c>'
    if isinstance(value, (int, float)):
        return f'<c r="{coord}"{{S}}><f>{fx}</f><v>{value}</v></c>'
    return f'<c r="{coord}"{{S}} t="str"><f>{fx}</f><v>{escape(value)}</v></c>'


# --------------------------------------------------------------------------------------------
# build HMICFRS export
# --------------------------------------------------------------------------------------------
def build_hmicfrs() -> dict[int, int]:
    wb = Workbook()
    ws = wb.active
    ws.title = "Register"
    ws["A1"] = f"HMICFRS recommendations register – {FORCE}"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Filter: open recommendations, and recommendations closed on or after "
                f"{EXPORT_FROM:%d/%m/%Y}. Exported {EXPORT_DATE:%d/%m/%Y}.")
    head = ["Reference", "Force", "Report", "Publication date", "Type", "Recommendation",
            "Status", "Status date"]
    ws.append([])
    ws.append(head)
    for c in ws[4]:
        c.font = Font(bold=True)
    rows = {}
    export = sorted(ON_EXPORT, key=lambda r: (R[BY_REF[r][1]][1], r))
    for ref in export:
        r, k, t, x = BY_REF[ref]
        st, sd, _ = STATUS[ref]
        ws.append([r, FORCE, R[k][0], R[k][1], t, x, st, sd])
        n = ws.max_row
        rows[ref] = n
        ws.cell(n, 4).number_format = DATE_FMT
        ws.cell(n, 8).number_format = DATE_FMT
        ws.cell(n, 6).alignment = WRAP
        ws.cell(n, 3).alignment = WRAP
    for col, w in zip("ABCDEFGH", (11, 22, 45, 14, 24, 90, 16, 12)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    ws.auto_filter.ref = f"A4:H{ws.max_row}"
    p = CASE / "hmicfrs.xlsx"
    wb.properties.creator = "HMICFRS"
    wb.save(p)
    fix_zip(p, {})
    return rows


# --------------------------------------------------------------------------------------------
# build the force tracker
# --------------------------------------------------------------------------------------------
def build_tracker() -> dict[int, dict]:
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ms = wb.create_sheet("Master list")

    # Master list: pasted values, header row 1
    ms.append(["Ref", "Report", "Published", "Type", "Recommendation", "Status"])
    for c in ms[1]:
        c.font = Font(bold=True)
    ms["H1"] = f"Pasted from the HMICFRS portal export (all statuses) {MASTER_DATE:%d/%m/%Y}"
    ms["H1"].font = Font(italic=True, color="808080")
    for ref in sorted(MASTER):
        ms.append(MASTER[ref])
        ms.cell(ms.max_row, 3).number_format = DATE_FMT
    for col, w in zip("ABCDEF", (9, 40, 12, 24, 80, 16)):
        ms.column_dimensions[col].width = w

    # Tracker
    ws["A1"] = f"{FORCE} – HMICFRS Recommendations & Areas for Improvement Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Owner: Organisational Learning & Assurance. Type the HMICFRS Ref in column B; "
                "columns C–G fill from the 'Master list' tab. Last updated 21/11/2025")
    ws["A2"].font = Font(italic=True)
    ws["A3"] = ("RAG: Green = implemented, evidence held | Amber = in progress, on track | "
                "Red = beyond deadline / off track")
    head = ["No.", "HMICFRS Ref", "Report", "Published", "Type", "Recommendation / AFI",
            "HMICFRS status", "Lead", "RAG", "Update", "Date closed"]
    for j, h in enumerate(head, 1):
        c = ws.cell(4, j, h)
        c.font = HEAD_FONT
        c.fill = HEAD_FILL
        c.alignment = WRAP
        c.border = BORDER

    patches: dict[str, str] = {}
    info: dict[int, dict] = {}
    r = 5
    for item in T:
        ws.cell(r, 1, item["no"])
        ws.cell(r, 2, item["ref"])
        for j in range(1, 12):
            c = ws.cell(r, j)
            c.border = BORDER
            c.alignment = WRAP if j in (3, 6, 10) else TOP
        ws.cell(r, 4).number_format = DATE_FMT
        ws.cell(r, 11).number_format = DATE_FMT
        for L in "CDEFG":
            n = COLS[L]
            if L in item["paste"]:
                v = item["paste"][L]
                if v == "=":  # pasted values identical to what the lookup showed
                    v = lookup(item["ref"], n)
                ws[f"{L}{r}"] = v
            else:
                f = formula(item["style"], r, L)
                v = lookup(item["ref"], n)
                if v is None and item["style"] == "i":
                    v = "Not found"
                patches[f"{L}{r}"] = fcell(f"{L}{r}", f, v)
        ws.cell(r, 8, item["lead"])
        c = ws.cell(r, 9, item["rag"])
        if item["rag"] in RAG_FILL:
            c.fill = PatternFill("solid", fgColor=RAG_FILL[item["rag"]])
        ws.cell(r, 10, item["update"])
        ws.cell(r, 11, item["closed"])
        info[r] = item
        r += 1
    # template rows: formulas dragged down, nothing typed
    for _ in range(N_TEMPLATE_ROWS):
        for j in range(1, 12):
            c = ws.cell(r, j)
            c.border = BORDER
            c.alignment = WRAP if j in (3, 6, 10) else TOP
        ws.cell(r, 4).number_format = DATE_FMT
        ws.cell(r, 11).number_format = DATE_FMT
        for L in "CDEFG":
            patches[f"{L}{r}"] = fcell(f"{L}{r}", formula("i", r, L), "Not found")
        r += 1

    for col, w in zip("ABCDEFGHIJK", (6, 11, 38, 12, 22, 70, 16, 26, 10, 55, 12)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"
    ws.auto_filter.ref = f"A4:K{r - 1}"
    p = CASE / "tracker.xlsx"
    wb.properties.creator = "Organisational Learning & Assurance"
    wb.save(p)
    fix_zip(p, {"xl/worksheets/sheet1.xml": patches})
    return info


def main():
    CASE.mkdir(parents=True, exist_ok=True)
    hrows = build_hmicfrs()
    trows = build_tracker()
    lines = []
    paired = set()
    for r, item in trows.items():
        h = item["truth"]
        if h is not None and h not in hrows:
            assert item["cat"] == "not_on_hmicfrs_list", item
            h = None
        if h is not None:
            assert h not in paired or item["ref"] == 8541, item  # only the split item repeats
            paired.add(h)
        why = item["why"] if h is None else f"ref {h}: {item['why']}"
        lines.append((f"Register!{hrows[h]}" if h is not None else "", f"Tracker!{r}",
                      item["cat"], why))
    for ref, hr in hrows.items():
        if ref not in paired:
            lines.append((f"Register!{hr}", "", "missing_from_force",
                          f"{ref} ({R[BY_REF[ref][1]][0][:40]}…, {STATUS[ref][0]}) has no "
                          "tracker row"))

    def key(l):
        h = int(l[0].split("!")[1]) if l[0] else 10_000
        f = int(l[1].split("!")[1]) if l[1] else 0
        return (h, f)

    lines.sort(key=key)
    with open(CASE / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)


if __name__ == "__main__":
    main()
