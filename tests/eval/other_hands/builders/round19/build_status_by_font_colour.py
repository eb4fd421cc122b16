"""Build the `status_by_font_colour` evaluation case (round 19).

Gwent Police keeps its HMICFRS tracker with NO status/RAG column: the author shows each
item's state by the FONT colour of the row's text (green = complete, red = overdue,
black = open) and by striking the whole row through (closed by HMICFRS). A legend at the
top of the sheet says so. The HMICFRS side is a register export (xlsx).

Run:  /work/main/.venv/bin/python build_status_by_font_colour.py
Rebuilds status_by_font_colour/ byte for byte (fixed seed, fixed timestamps in the xlsx zip).
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
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.colors import Color

SEED = 1919
CASE = "status_by_font_colour"
HERE = Path(__file__).resolve().parent
OUT = HERE / CASE
FIXED_TS = (2024, 10, 1, 9, 0, 0)
FORCE = "Gwent Police"

rng = random.Random(SEED)

# --------------------------------------------------------------------------------------
# Texts. HMICFRS wording is real (casegen text lists / real_recommendations.csv);
# force rewordings, comments and local actions are written as a force analyst would.
# --------------------------------------------------------------------------------------
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
EVERYONE_PLAN_RUN_ON = EVERYONE_PLAN + (
    "The action plan should be established on the basis of best practice, based on "
    "revised relevant guidance from the College of Policing. To ensure consistency, the "
    "College and the national policing lead on domestic abuse have agreed to provide "
    "advice on the areas that each plan should cover by the end of April 2014.\n\nChief "
    "officers in each police force should oversee and ensure full implementation of "
    "these action plans. This should be a personal responsibility in each case. Police "
    "and crime commissioners should hold forces to account in this respect. HMIC will "
    "inspect forces' progress on domestic abuse as part of its new annual all-force "
    "inspection programme. Police and crime commissioners and chief constables should be "
    "called upon to report publicly on progress, as well as to the national oversight "
    "and monitoring group."
)
CDI_VICTIMS_BULLETS = [
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
DA_CAUSE = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed."
)
SAS_COC = (
    "HMICFRS is concerned that forces are not able to demonstrate that the use of "
    "stop and search powers is consistently reasonable and fair. In particular, "
    "there is over-representation of BAME people, and black people in particular, "
    "in stop and search data which many forces are unable to explain."
)

# HMICFRS register comments (wording as seen on the public register pages).
C_NEW = "New recommendation"
C_MONITOR = ("The progress of the implementation of this recommendation is currently being "
             "monitored by HMICFRS and this record will, in due course, be updated.")
C_REVIEW = ("The status of this recommendation is currently being reviewed by HMIC and will be "
            "updated when this review is complete.")
C_COMPLETE = "This recommendation is complete"
C_PEEL_SUPERSEDED = (
    "This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
    "inspections. Where a cause of concern still exists this will appear in the register "
    "against these subsequent inspections.")
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by "
          "members of the inspection team in recent inspection activity.")

D = dt.datetime

# --------------------------------------------------------------------------------------
# HMICFRS reports (register titles) and items.
# --------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              D(2013, 7, 9)),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 D(2014, 3, 27)),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the "
             "use of police time", D(2014, 9, 4)),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", D(2015, 1, 30)),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              D(2015, 3, 24)),
    "picture": ("Building the picture: an inspection of police information management",
                D(2015, 7, 1)),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", D(2015, 9, 15)),
    "eff16": ("PEEL: Police effectiveness 2016 – Gwent Police", D(2017, 3, 2)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               D(2017, 10, 24)),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", D(2017, 11, 9)),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", D(2017, 12, 12)),
    "ncpi18": ("National child protection inspection 2018 – Gwent Police", D(2018, 6, 19)),
    "cdi19": ("Crime data integrity inspection 2019 – Gwent Police", D(2019, 9, 24)),
    "cust20": ("Report on an unannounced inspection visit to police custody suites 2020 – "
               "Gwent Police", D(2020, 8, 11)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", D(2021, 2, 26)),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Gwent Police",
               D(2022, 5, 12)),
    "peel23": ("PEEL 2023–25: Police effectiveness, efficiency and legitimacy – Gwent Police",
               D(2024, 5, 30)),
}

OPEN_S = {"Awaiting review", "Being progressed"}
CLOSED_S = {"Complete", "Superseded", "No further action required"}

# id: (report, type, text, status, status date, latest comment)
ITEMS: dict[int, tuple] = {
    1187: ("sas13", NAT,
           "Chief Constables and the College of Policing should establish in the Stop and "
           "Search Authorised Professional Practice document a clear specification of what "
           "constitutes the effective and fair exercise of stop and search powers, and "
           "guidance in this respect. This should be compliant with the Code of Practice.",
           "Complete", D(2016, 3, 14), C_COMPLETE),
    1188: ("sas13", NAT,
           "Chief Constables should establish or improve monitoring of the way officers stop "
           "and search people, so that they can be satisfied their officers are acting in "
           "accordance with the law (including equality legislation and the Code of "
           "Practice), and that the power is used effectively to prevent crime, catch "
           "criminals and maintain public trust.",
           "Complete", D(2016, 3, 14), C_COMPLETE),
    1189: ("sas13", NAT,
           "Chief Constables should, in consultation with elected local policing bodies, "
           "ensure that they comply with the code of practice by explaining to the public "
           "the way stop and search powers are used in their areas and by making "
           "arrangements for stop and search records to be scrutinised by community "
           "representatives. This should be done in a way that involves those people who "
           "are stopped and searched, for example, young people.",
           "Superseded", D(2015, 3, 24),
           "Superseded by the recommendation in Stop and search powers 2 (March 2015)."),
    2398: ("everyone", NAT, EVERYONE_PLAN, "Superseded", D(2017, 3, 2), C_PEEL_SUPERSEDED),
    4815: ("core", NAT,
           "Not later than 31 March 2015 those forces using a threat, harm and risk policy, "
           "that have not yet done so, should provide call-handlers with specific, sound and "
           "comprehensible criteria against which they can assess threat, harm and risk.",
           "Awaiting review", D(2014, 9, 4), C_REVIEW),
    4816: ("core", NAT,
           "By 31 March 2015 all forces should ensure that crime prevention or disruption "
           "activity carried out is systematically recorded and subsequently evaluated to "
           "determine the effectiveness of tactics being employed.",
           "Being progressed", D(2016, 11, 21), C_MONITOR),
    5023: ("integrity", NAT,
           "By 31 August 2015, all chief constables should satisfy themselves that they have "
           "processes in place to ensure that investigations into misconduct by officers "
           "and staff resulting in “no further action” are fair and free of any form of "
           "discrimination.",
           "Being progressed", D(2018, 2, 6), C_MONITOR),
    5210: ("sas15", NAT,
           "Chief constables should, in consultation with police and crime commissioners, "
           "ensure that they comply with the Code of Practice by explaining to the public "
           "the way stop and search powers are used in their areas and by making "
           "arrangements for stop and search records to be scrutinised by community "
           "representatives. This should be done in a way that involves those people who "
           "are stopped and searched, for example young people.",
           "Being progressed", D(2019, 4, 30), C_MONITOR),
    5377: ("picture", NAT,
           "By 30 November 2015, chief constables should put in place arrangements to "
           "scrutinise audits of compliance with the APP on information management through "
           "the force information management governance structure. This should include "
           "measures to ensure that categorisation of records are regularly adjusted.",
           "Complete", D(2017, 1, 17), C_COMPLETE),
    5502: ("firearms", NAT,
           "Within three months, all chief constables should assess how well the governance "
           "of firearms licensing in his or her force meets the standards set out in "
           "Authorised Professional Practice. Chief constables of forces where the "
           "governance standards are not being complied with should put in place "
           "immediately the correct arrangements and procedures in order to meet the "
           "standards in full.",
           "Complete", D(2016, 5, 10), C_COMPLETE),
    5503: ("firearms", NAT,
           "Within three months, all chief constables should assess the demand placed on their "
           "firearms licensing department and ensure it has the capacity to meet this demand and "
           "provide an efficient and effective service at all times.",
           "Being progressed", D(2016, 5, 10), C_MONITOR),
    5504: ("firearms", NAT,
           "Immediately, all chief constables should satisfy themselves that all appropriate "
           "action is being taken by their force with regard to ‘total expired’ licensing "
           "records.",
           "Complete", D(2016, 5, 10), C_COMPLETE),
    5505: ("firearms", NAT,
           "Within three months, all chief constables should ensure that their arrangements "
           "in respect of the use of temporary permits are in accordance with the Home "
           "Office guidance; that temporary permits are properly recorded without delay on "
           "the National Firearms Licensing Management System; and that effective systems "
           "exist to ensure certificate holders are not permitted, at any time, to remain "
           "in unlawful possession of a firearm.",
           "Being progressed", D(2016, 5, 10), C_MONITOR),
    5506: ("firearms", NAT,
           "Within three months, all chief constables should ensure that systems designed "
           "to identify, prior to police attendance, whether a reported incident involves "
           "or is at the address of a firearm certificate holder are in place and are "
           "always applied by staff dispatching officers to incidents; and that officers "
           "understand the risk assessment which they should be undertaking in such "
           "circumstances, and their power, when appropriate, to seize firearms and firearm "
           "certificates.",
           "Being progressed", D(2016, 5, 10), C_MONITOR),
    7015: ("eff16", COC, DA_CAUSE, "Complete", D(2018, 11, 27), C_AUTH),
    7016: ("eff16", REC,
           "To address this cause of concern, HMIC recommends the force should immediately "
           "take steps to ensure that there is effective supervision of the initial risk "
           "assessment process, specifically in relation to the completion of DASH risk "
           "assessment in appropriate cases.",
           "Complete", D(2018, 11, 27), C_AUTH),
    7017: ("eff16", AFI,
           "The force should improve its understanding of suspects released under "
           "investigation and the management of those released on bail.",
           "Being progressed", D(2019, 3, 4), C_MONITOR),
    7018: ("eff16", AFI,
           "Gwent Police should improve its ability to retrieve digital evidence from mobile "
           "phones, computers and other electronic devices quickly enough to ensure "
           "investigations are not delayed.",
           "Superseded", D(2022, 5, 12),
           "Superseded by an area for improvement in PEEL 2021/22."),
    7019: ("eff16", AFI,
           "The force should ensure regular and active supervision of the quality and progress "
           "of investigations. This supervision should be properly recorded.",
           "Being progressed", D(2019, 3, 4), C_MONITOR),
    7020: ("eff16", AFI,
           "The force should take steps to understand and address the reason behind why such "
           "a high proportion of victims of domestic abuse do not support the police "
           "investigation.",
           "Awaiting review", D(2017, 3, 2), C_NEW),
    8311: ("stolen", NAT, SF_LEADERSHIP, "Being progressed", D(2019, 1, 15), C_MONITOR),
    8312: ("stolen", NAT,
           "Within six months, forces should have in place active information-sharing "
           "agreements with other agencies to facilitate speedy exchange of intelligence 86 "
           "and in order to safeguard victims better and to identify suspects as early as "
           "possible",
           "Awaiting review", D(2017, 10, 24), C_NEW),
    8313: ("stolen", NAT,
           "Immediately, forces should ensure that all victims carrying out criminal acts "
           "under compulsion attributable to slavery or exploitation are afforded the "
           "protection of early and continuing consideration of the applicability of the "
           "section 45 defence.",
           "Complete", D(2020, 2, 18), C_COMPLETE),
    8314: ("stolen", NAT,
           "Immediately, forces should take steps to ensure they are fully compliant with "
           "the NRM process as it evolves and are implementing the requirement placed upon "
           "them under the Modern Slavery Act 2015 to notify the Home Office of any "
           "individual suspected to be an adult victim of modern slavery or human "
           "trafficking.",
           "Being progressed", D(2019, 1, 15), C_MONITOR),
    8315: ("stolen", NAT,
           "Immediately, forces should take steps to ensure they fully comply with national "
           "crime recording standard (NCRS) requirements for offences identified as modern "
           "slavery and human trafficking and that sufficient audit capacity is available "
           "to the force crime registrar to provide reassurance that each force is "
           "identifying and managing any gaps in its crime-recording accuracy for these "
           "types of offences.",
           "Being progressed", D(2019, 1, 15), C_MONITOR),
    8316: ("stolen", NAT,
           "Immediately, forces should ensure that allegations or indications of modern "
           "slavery and human trafficking are thoroughly investigated and effectively "
           "supervised by teams and individuals with the skills and experience to undertake "
           "them (this should include the use where appropriate of joint intelligence teams "
           "and other means to obtain intelligence and evidence from agencies overseas).",
           "Complete", D(2020, 2, 18), C_COMPLETE),
    8317: ("stolen", NAT,
           "Immediately, forces should review their use of preventative powers under the "
           "Modern Slavery Act 2015 to ensure that opportunities to restrict the activities "
           "of those deemed to pose a clear threat to others in respect of modern slavery "
           "and human trafficking offences are exploited.",
           "Being progressed", D(2019, 1, 15), C_MONITOR),
    8480: ("efc17", NAT,
           "By September 2018, chief constables should produce an ambitious plan to improve "
           "digitally-enabled services within their force. The Home Office, National Police "
           "Chiefs' Council and Association of Police and Crime Commissioners should "
           "support the development of these plans by establishing a national framework "
           "which allows for the provision of digitally enabled services across force "
           "boundaries.",
           "Superseded", D(2019, 6, 3),
           "Superseded: digital services now considered within PEEL efficiency assessments."),
    8541: ("leg17", COC, SAS_COC, "Being progressed", D(2019, 7, 23), C_MONITOR),
    8542: ("leg17", NAT, SAS_MONITORING_2017, "Being progressed", D(2019, 7, 23), C_MONITOR),
    8543: ("leg17", NAT,
           "Where forces identify disparities through monitoring, they should demonstrate "
           "to the public that they have:\n"
           "•carried out research and analysis in an attempt to understand the reasons for "
           "the disparity, and •taken action to reduce the disparity, where necessary;",
           "Being progressed", D(2019, 7, 23), C_MONITOR),
    8544: ("leg17", NAT,
           "We expect forces to publish this analysis and any actions taken at least on an "
           "annual basis, from July 2018.",
           "Complete", D(2019, 7, 23), C_COMPLETE),
    8545: ("leg17", NAT,
           "By July 2018, and ongoing following that date, forces should ensure that all "
           "officers who use stop and search powers have been provided with, and "
           "understand, training on unconscious bias and College of Policing APP on stop "
           "and search.",
           "Being progressed", D(2019, 7, 23), C_MONITOR),
    9021: ("ncpi18", REC,
           "Within three months, the force should review its approach to reports of missing "
           "children and take steps to ensure that:\n"
           "• call takers understand and use the missing and absent category appropriately;\n"
           "• call takers and frontline staff have the necessary knowledge to identify risk "
           "factors associated with child sexual exploitation and how to respond to such "
           "cases; and\n"
           "• supervisors provide the correct oversight of missing person enquiries and direct "
           "appropriate and timely investigative and safeguarding action.",
           "Complete", D(2019, 11, 26), C_AUTH),
    9022: ("ncpi18", REC,
           "Immediately, the force should make sure investigations of child sexual "
           "exploitation are allocated to officers with the right skills and are effectively "
           "supervised.",
           "Being progressed", D(2019, 11, 26), C_MONITOR),
    9023: ("ncpi18", REC,
           "Within six months the force should improve how it works with partner "
           "organisations to safeguard people at risk from online child sexual abuse.",
           "Being progressed", D(2019, 11, 26), C_MONITOR),
    9024: ("ncpi18", AFI,
           "The force should make sure officers and staff have the training they need to "
           "identify and respond to child sexual exploitation.",
           "Complete", D(2020, 3, 3), C_COMPLETE),
    9610: ("cdi19", REC,
           "Within six months the force should put in place arrangements to ensure that:\n"
           + "\n".join("• " + b for b in CDI_VICTIMS_BULLETS) + ".",
           "Being progressed", D(2020, 7, 14), C_MONITOR),
    9611: ("cdi19", REC,
           "Within three months, the force should provide call-handlers with specific, sound "
           "and comprehensible criteria against which they can assess threat, harm and risk.",
           "Complete", D(2020, 7, 14), C_COMPLETE),
    9612: ("cdi19", AFI,
           "The force should improve its use of its crime-recording and management system to "
           "better manage its case files and investigative processes.",
           "Being progressed", D(2020, 7, 14), C_MONITOR),
    9613: ("cdi19", AFI,
           "Gwent Police should make sure it records reports of stalking and harassment "
           "accurately and without delay.",
           "Complete", D(2021, 6, 8), C_COMPLETE),
    10210: ("cust20", REC, CUSTODY_CHILDREN, "Being progressed", D(2021, 9, 7), C_MONITOR),
    10211: ("cust20", AFI,
            "The force should make sure officers and staff have the training they need to "
            "identify and respond to people with mental ill health.",
            "Awaiting review", D(2020, 8, 11), C_NEW),
    10941: ("powers", NAT,
            "By July 2022, forces should ensure that officers and staff have effective "
            "communication skills, in line with the National Policing Guidelines on Conflict "
            "Management. This should be in addition to existing training on conflict "
            "management and de-escalation.",
            "Being progressed", D(2022, 9, 20), C_MONITOR),
    10942: ("powers", NAT,
            "By July 2021, forces should ensure that communication skills are reinforced as "
            "part of the programme of continuing professional development for officers and "
            "staff, and that supervisors are supported to routinely and frequently debrief "
            "officers on these skills using body-worn video footage.",
            "Complete", D(2023, 1, 31), C_COMPLETE),
    10943: ("powers", NAT, BWV_2021, "Awaiting review", D(2021, 2, 26), C_NEW),
    10944: ("powers", NAT,
            "By July 2021, forces should ensure they have effective internal monitoring "
            "processes on the use of force, to help them to identify and understand "
            "disproportionate use, explain the reasons and implement any necessary "
            "improvement action.",
            "Being progressed", D(2022, 9, 20), C_MONITOR),
    11830: ("peel21", AFI,
            "The force should ensure that it has sufficient resources available in the "
            "control room to fulfil its resourcing model, and so to meet its demand, while "
            "also taking into account the wellbeing of its workforce.",
            "Being progressed", D(2023, 6, 13), C_MONITOR),
    11831: ("peel21", AFI,
            "The force should improve the timeliness of its response to calls for service "
            "involving domestic abuse.",
            "Being progressed", D(2023, 6, 13), C_MONITOR),
    11832: ("peel21", AFI,
            "The force should make sure victims of rape and serious sexual offences are kept "
            "informed about the progress of their case, in line with the Code of Practice for "
            "Victims of Crime.",
            "Being progressed", D(2023, 6, 13), C_MONITOR),
    11833: ("peel21", AFI,
            "The force should improve its ability to retrieve digital evidence from mobile "
            "phones, computers and other electronic devices quickly enough to ensure "
            "investigations are not delayed.",
            "Being progressed", D(2023, 6, 13), C_MONITOR),
    11834: ("peel21", AFI,
            "The force should review how it gathers and uses equality and diversity data to "
            "improve its understanding of its workforce demographics.",
            "Complete", D(2024, 1, 16), C_COMPLETE),
    11835: ("peel21", AFI,
            "The force should make sure it provides a confidential way for staff to raise "
            "concerns and that staff are aware of whistleblowing processes.",
            "No further action required", D(2023, 11, 28),
            "No further action required: confidential reporting line in place; to be "
            "re-examined in PEEL 2023–25."),
    11836: ("peel21", AFI,
            "The force should develop a clear prevention strategy targeting people most at "
            "risk and make sure activity undertaken prioritises people most at risk.",
            "Being progressed", D(2023, 6, 13), C_MONITOR),
    11837: ("peel21", AFI,
            "The force should make sure all processes in place to support performance "
            "management are effective.",
            "Being progressed", D(2023, 6, 13), C_MONITOR),
    13502: ("peel23", AFI,
            "The force should make sure its performance framework gives senior leaders a "
            "clear picture of its response to violence against women and girls.",
            "Awaiting review", D(2024, 5, 30), C_NEW),
    13503: ("peel23", AFI,
            "The force should improve how it gathers, assesses and acts on intelligence about "
            "county lines drug dealing.",
            "Awaiting review", D(2024, 5, 30), C_NEW),
    13504: ("peel23", AFI,
            "The force should make sure it consistently uses ancillary orders and other powers "
            "to protect victims of stalking and harassment.",
            "Awaiting review", D(2024, 5, 30), C_NEW),
    13505: ("peel23", AFI,
            "The force should ensure all staff have received at least the lowest level of "
            "vetting clearance for their roles as quickly as possible, working to clear both "
            "the vetting backlog and new vetting renewals when they become due so that it "
            "complies fully with the national vetting guidelines.",
            "Being progressed", D(2024, 9, 10), C_MONITOR),
    13506: ("peel23", AFI,
            "The force should improve the way it manages the risk posed by offenders involved "
            "in sexual offences against children.",
            "Awaiting review", D(2024, 5, 30), C_NEW),
}

# --------------------------------------------------------------------------------------
# Force tracker. Row "look" (font) codes:
#   green / green2       text in green (FF00B050 / FF008000)            -> complete (done)
#   red / red2           text in red (FFFF0000 / FFC00000)              -> overdue (open)
#   black / black_theme / black_rgb  default font / theme text colour / FF000000 -> open
#   s_black / s_green / s_red        whole row struck through          -> closed by HMICFRS (done)
# Extra flags: comment_black (Comments cell left in default black), comment_unstruck
# (Comments cell not struck), target_red (only the Target date cell in red), rich_comment
# (part of the comment in green, rest black).
# --------------------------------------------------------------------------------------
HEAD = "head"
NOTE = "note"

R = dict  # a tracker row


def row(hid, no, ref, typ, text, look, lead, target, comment, updated, why="", **flags):
    return R(hid=hid, no=no, ref=ref, typ=typ, text=text, look=look, lead=lead,
             target=target, comment=comment, updated=updated, why=why, **flags)


T = []  # tracker body in order: (HEAD, text, font) | (NOTE, text) | row dict
T.append((HEAD, "Stop & Search powers (HMIC 2013) – published July 2013", None))
T += [
    row(1187, 1, 1187, "National rec", ITEMS[1187][2], "s_green", "ACC Local Policing",
        D(2014, 3, 31), "Included in S&S policy rewrite. Closed by HMIC March 2016.",
        D(2016, 4, 4)),
    row(1188, 2, 1188, "National rec",
        "CCs should establish or improve monitoring of the way officers stop & search people, so "
        "that they can be satisfied their officers are acting in accordance with the law (incl. "
        "equality legislation & the Code of Practice), and that the power is used effectively to "
        "prevent crime, catch criminals & maintain public trust.",
        "black", "ACC Local Policing", "Ongoing",
        "Monitoring now via the S&S Scrutiny Board (quarterly). BWV footage reviewed at each "
        "meeting.", D(2021, 3, 9),
        "abbreviated (CCs, S&S, &, incl.); black text = open by the legend although the "
        "comment describes working monitoring"),
    row(1189, 3, 1189, "National rec", ITEMS[1189][2], "s_black", "ACC Local Policing",
        D(2014, 3, 31), "Superseded – see S&S 2 (2015) below.", D(2015, 4, 20),
        "near-identical wording to the 2015 row (5210): paired by report heading and by "
        "'elected local policing bodies'"),
]
T.append((HEAD, "Domestic abuse - Everyone's business (March 2014)", None))
T += [
    row(2398, 4, 2398, "National rec", EVERYONE_PLAN_RUN_ON, "green",
        "Ch Supt Public Protection", D(2014, 9, 30),
        "DA action plan published 30/09/2014 on force website; refreshed 2016 after PEEL.",
        D(2017, 4, 11),
        "the tracker pasted the next paragraphs of the report onto the text (run-on); "
        "green, not struck, while HMICFRS shows Superseded: both sides closed"),
]
T.append((HEAD, "Core Business 2014", None))
T += [
    row(4815, 5, 4815, "National rec",
        "Not later than 31 March 2015 forces using a THR policy should provide call-handlers "
        "with specific, sound and comprehensible criteria against which they can assess threat, "
        "harm and risk.", "green2", "Supt Contact Centre", D(2015, 3, 31),
        "THRIVE embedded in FCR; criteria in Call Handling SOP v3.", D(2016, 2, 2),
        "abridged ('those forces ... that have not yet done so' dropped, THR); a near-twin of "
        "the CDI 2019 call-handler row (9611), told apart by report heading and the 31 March "
        "2015 deadline"),
]
T.append((HEAD, "Stop and Search 2 (2015)", None))
T += [
    row(5210, 6, 5210, "National rec", ITEMS[5210][2], "black", "ACC Local Policing",
        "Ongoing", "Community Scrutiny Panel reviews S&S records and BWV footage monthly; OPCC "
        "chairs.", D(2024, 7, 2),
        "near-identical wording to the 2013 row (1189)"),
]
T.append((HEAD, "Information management (Building the Picture) 2015", None))
T += [
    row(5377, 7, 5377, "National rec",
        ITEMS[5377][2].replace("governance", "goverance"), "red", "Head of Information Management",
        D(2015, 11, 30), "IM audit schedule slipped – revised target 31/03/2017.",
        D(2016, 12, 5), "misspelling 'goverance'; red = overdue (open)"),
    row(5023, 8, 5023, "National rec", ITEMS[5023][2], "black",
        "Head of Professional Standards", D(2015, 8, 31),
        "PSD dip-sample of NFA outcomes by protected characteristic – twice yearly to the "
        "Ethics Committee.", D(2024, 3, 19)),
]
T.append((HEAD, "Targeting the Risk (Firearms Licensing) 2015", None))
T += [
    row(5502, 9, 5502, "National rec", ITEMS[5502][2], "s_green", "Supt Firearms Licensing",
        D(2015, 12, 15), "Governance review against APP completed Dec 2015.", D(2016, 6, 1)),
    row(5503, 10, 5503, "National rec", ITEMS[5503][2], "green", "Supt Firearms Licensing",
        D(2015, 12, 15), "Demand review complete; 2 additional FEO posts funded from April "
        "2017. Backlog cleared.", D(2017, 9, 12)),
    row(5504, 11, 5504, "National rec",
        ITEMS[5504][2].replace("‘", "'").replace("’", "'").replace("chief constables", "CCs"),
        "green", "Supt Firearms Licensing", "Immediate",
        "All 'total expired' records reviewed and actioned.", D(2016, 1, 20),
        "green but not struck: HMICFRS shows Complete, so both sides closed"),
    row(5505, 12, 5505, "National rec",
        ITEMS[5505][2].replace("Within three months", "Within six months"), "black",
        "Supt Firearms Licensing", D(2016, 3, 15),
        "Temp permit process documented; NFLMS recording audited quarterly.", D(2023, 10, 3)),
    row(5506, 13, 5506, "National rec",
        ITEMS[5506][2].replace("Within three months", "Within 3 months")
        .replace("all chief constables", "all CCs"), "black_theme",
        "Supt Firearms Licensing", D(2015, 12, 15),
        "STORM flag for certificate holders – testing with ICT.", D(2024, 6, 18),
        "black set as a theme colour (text 1), not an RGB value"),
]
T.append((HEAD, "PEEL Effectiveness 2016", None))
T += [
    row(7015, 14, 7015, "CoC", DA_CAUSE, "s_green", "Ch Supt Public Protection",
        D(2017, 9, 30), "DASH now mandatory for all DA incidents (FET decision).",
        D(2018, 12, 3)),
    row(7016, 15, 7016, "Rec",
        "Immediately take steps to ensure there is effective supervision of the initial risk "
        "assessment process, specifically the completion of DASH risk assessments in "
        "appropriate cases.", "s_green", "Ch Supt Public Protection", D(2017, 6, 30),
        "HMICFRS closed on revisit Nov 2018.", D(2018, 12, 3),
        "stem 'To address this cause of concern, HMIC recommends the force should' dropped; "
        "row struck through except the Comments cell", comment_unstruck=True),
    row(7017, 16, 7017, "AFI",
        "Improve understanding of suspects released under investigation (RUI) and management "
        "of those released on bail.", "black", "Head of Criminal Justice", "Ongoing",
        "RUI review group; RUI numbers reported monthly to Performance Board.",
        D(2024, 5, 14), "stem dropped, abridged"),
    row(7018, 17, 7018, "AFI", ITEMS[7018][2], "red2", "Head of Intelligence",
        D(2018, 3, 31), "DFU backlog still 9 months. Kiosk roll-out delayed to 2025.",
        D(2024, 8, 20),
        "dark red (FFC00000) = overdue (open); the same AFI was repeated in PEEL 2021/22 "
        "(11833) and sits under that heading too"),
    row(7019, 18, 7019, "AFI",
        ITEMS[7019][2].replace("supervision", "supervison"), "green", "Det Ch Supt Force CID",
        D(2018, 3, 31),
        "Investigation standards audit Q1 24/25 = 91%. Still awaiting sign-off by ACC Crime "
        "before submission to HMICFRS.", D(2024, 7, 30),
        "misspelt 'supervison'; COMMENT CONTRADICTS COLOUR: comment says sign-off still "
        "awaited, text is green; by the legend green = complete, so force done. The "
        "Comments cell is in default black (typed later)", comment_black=True),
]
T.append((HEAD, "Stolen Freedom: the policing response to Modern Slavery & Human Trafficking – "
               "published 24 October 2017", None))
sf_parts = [
    ("14a", "Within 12 months review MSHT leadership & goverance arrangements to ensure that "
            "senior leaders prioritise the response to MSHT",
     "MSHT Gold group chaired by ACC Crime since 03/2018."),
    ("14b", "…every incident of modern slavery identified to police is allocated appropriate "
            "resources with the skills, experience and capacity to investigate it effectively",
     "All MSHT crimes allocated to PVP / Op Daybreak team."),
    ("14c", "…forces develop effective partnership arrangements to co-ordinate activity in "
            "order to share information and safeguard victims",
     "Gwent Anti-Slavery Partnership in place."),
    ("14d", "…performance and QA measures are in place to allow senior leaders to assess the "
            "nature and quality of the service provided to victims",
     "MSHT measures added to the Performance pack. Ready for submission."),
]
for no, txt, cm in sf_parts:
    T.append(row(8311, no, 8311, "National rec", txt, "green", "Det Ch Supt Force CID",
                 D(2018, 10, 24), cm, D(2019, 2, 26),
                 "one bullet of the 4-bullet recommendation split onto its own row "
                 "(tracker No. 14a-14d)" + ("; comment cell in black" if no == "14c" else ""),
                 comment_black=(no == "14c")))
T += [
    row(8312, 19, 8312, "National rec",
        "Within 6 months, forces should have in place active ISAs with other agencies to "
        "facilitate speedy exchange of intelligence and in order to safeguard victims better "
        "and to identify suspects as early as possible.", "black", "Head of Intelligence",
        D(2018, 4, 24), "ISA with Gwent LAs signed; awaiting Health Board.", D(2024, 2, 6),
        "abbreviated (ISAs, 6 months); the register text carries a stray footnote '86'"),
    row(8313, 20, 8313, "National rec", ITEMS[8313][2], "black", "Head of Criminal Justice",
        "Immediate", "Completed. Evidence submitted to HMICFRS for closure.", D(2020, 1, 21),
        "COMMENT CONTRADICTS COLOUR: comment says completed, text still black; by the legend "
        "black = open"),
    row(8314, 21, 8314, "National rec", ITEMS[8314][2], "green", "Ch Supt Public Protection",
        "Immediate", "NRM referrals via the MSHT SPOC; Duty to Notify process in PVP SOP.",
        D(2019, 5, 7)),
    row(8315, 22, 8315, "National rec",
        "Immediately, forces should take steps to ensure they fully comply with NCRS "
        "requirements for offences identified as MSHT and that sufficient audit capacity is "
        "available to the FCR to provide reassurance that each force is identifying and "
        "managing any gaps in its crime-recording accuracy for these types of offences.",
        "red", "Force Crime Registrar", D(2018, 3, 31),
        "Audit capacity: 1 auditor vacancy. MSHT audit deferred to Q3.", D(2024, 9, 3),
        "abbreviated (NCRS, MSHT, FCR)"),
    row(8316, 23, 8316, "National rec", ITEMS[8316][2], "s_green", "Det Ch Supt Force CID",
        "Immediate", "", D(2020, 3, 2)),
    row(8317, 24, 8317, "National rec", ITEMS[8317][2], "black_rgb", "Det Ch Supt Force CID",
        D(2018, 4, 30), "STRO/STPO use reviewed 6-monthly.", D(2024, 4, 9),
        "black given as explicit RGB FF000000"),
    row(None, "L1", None, "Local",
        "Local action: Appoint a single point of contact for modern slavery and human "
        "trafficking in each local policing area", "green", "Det Ch Supt Force CID",
        D(2018, 6, 30), "SPOCs appointed in all 5 LPAs.", D(2018, 7, 3),
        "force's own local action (prefix 'Local action:', no HMICFRS ref)"),
]
T.append((HEAD, "PEEL Efficiency 17 (all forces)", None))
T += [
    row(8480, 25, 8480, "National rec",
        "By September 2018, chief constables should produce an ambitious plan to improve "
        "digitally-enabled services within their force.", "black", "Head of Corporate Development",
        D(2018, 9, 30), "Digital Strategy 2019-22 drafted – awaiting Chief Officer Group.",
        D(2019, 2, 12),
        "the tracker kept only the force's sentence (the part addressed to the Home Office, "
        "NPCC and APCC was left off; no force deadline or bullet lost)"),
]
T.append((HEAD, "PEEL Legit 17 S&S", None))
T += [
    row(8541, 26, 8541, "Recommendation", SAS_COC, "black", "ACC Local Policing", "Ongoing",
        "See recs below.", D(2019, 8, 6)),
    row(8542, 27, 8542, "National rec",
        SAS_MONITORING_2017.replace("•the", "\n• the").replace(":\n\n", ":\n")
        .replace("; \n", ";\n").replace("and \n", "and\n"),
        "green", "ACC Local Policing", D(2018, 7, 31),
        "S&S dashboard live on Qlik; reviewed at S&S Scrutiny Board.", D(2019, 8, 6),
        "inline '•' bullets moved onto their own lines; comment cell in black",
        comment_black=True),
    row(8543, 28, 8543, "National rec", ITEMS[8543][2], "black", "ACC Local Policing",
        D(2019, 3, 31), "Ready to move to GREEN status.", D(2024, 6, 11),
        "comment 'Ready to move to GREEN status' on black text: not yet green, so open by the "
        "legend"),
    row(8544, 29, 8544, "National rec",
        "Publish S&S analysis and any actions taken at least annually, from July 2018.",
        "green", "ACC Local Policing", D(2018, 7, 31),
        "Annual S&S report published on website each July.", D(2019, 8, 6),
        "heavily abridged (Humberside style); green not struck, HMICFRS Complete: both closed"),
    row(8545, 30, 8545, "National rec",
        "By July 2018 (and ongoing), ensure all officers who use S&S powers have been provided "
        "with, and understand, training on unconscious bias and CoP APP on S&S.", "red2",
        "Head of Learning & Development", D(2018, 7, 31),
        "Complete – all S&S-trained officers have now done the CoP module (L&D report "
        "14/08/2024).", D(2024, 8, 14),
        "COMMENT CONTRADICTS COLOUR: comment says complete, text dark red; by the legend red = "
        "overdue, so open"),
]
T.append((HEAD, "NCPI 2018", None))
T += [
    row(9021, 31, 9021, "Rec",
        ITEMS[9021][2].replace("• ", "- "), "s_green", "Ch Supt Public Protection",
        D(2018, 9, 19), "Missing persons SOP rewritten; CSE training delivered.", D(2019, 12, 10),
        "bullets typed as '-'"),
    row(9022, 32, 9022, "Rec", ITEMS[9022][2], "red", "Ch Supt Public Protection",
        "Immediate", "CSE team establishment still 2 DCs short.", D(2024, 5, 21)),
    row(9023, 33, 9023, "Rec", ITEMS[9023][2], "s_black", "Ch Supt Public Protection",
        D(2018, 12, 19), "Closed by HMICFRS at NCPI revisit (see letter 12/2019).",
        D(2020, 1, 7),
        "struck through (force says HMICFRS closed it) but the register still shows it "
        "Being progressed"),
    row(9024, 34, 9024, "AFI", ITEMS[9024][2], "green2", "Head of Learning & Development",
        D(2019, 3, 31), "CSE e-learning 97% completion.", D(2020, 3, 10),
        "green (FF008000) not struck, HMICFRS Complete: both closed"),
    row(None, "L2", None, "Local",
        "Force action - Dip-sample 50 child sexual exploitation crime reports each quarter and "
        "report findings to the Crime Standards Board", "red", "Force Crime Registrar",
        D(2024, 3, 31), "Q4 dip-sample not done (staffing).", D(2024, 6, 4),
        "force's own local action ('Force action -')"),
]
T.append((HEAD, "CDI 2019", None))
T += [
    row(9610, 35, 9610, "Rec",
        "Within 6 months put in place arrangements to ensure that:\n"
        + "\n".join("• " + b for b in CDI_VICTIMS_BULLETS[:3])
        + "\n• the practice of awaiting the results of medical examinations or video interviews "
          "before making crime-recording decisions is stopped.",
        "green", "Force Crime Registrar", D(2020, 3, 24),
        "All actions complete – CDI improvement plan closed by Crime Standards Board 07/2020.",
        D(2020, 7, 28)),
    row(9611, 36, 9611, "Rec", ITEMS[9611][2], "green", "Supt Contact Centre",
        D(2019, 12, 24), "THRIVE+ refresher to all FCR staff.", D(2020, 7, 28),
        "near-twin of the Core Business 2014 row (4815); green not struck, HMICFRS Complete"),
    row(9612, 37, 9612, "AFI", ITEMS[9612][2], "black", "Head of Information Management",
        D(2024, 3, 31), None, D(2024, 9, 30),
        "only the Target date cell is red (date passed) and part of the comment is green "
        "(rich text); the recommendation text is black, so open",
        target_red=True, rich_comment=True),
    row(9613, 38, 9613, "AFI", ITEMS[9613][2], "black", "Force Crime Registrar",
        D(2021, 3, 31), "FCR audit March 2021: 96% compliance. Recommend closure.",
        D(2021, 4, 13), "black = open by the legend; comment recommends closure"),
]
T.append((HEAD, "HMICFRS/HMIP custody 2020", None))
T += [
    row(10211, 39, None, "AFI", ITEMS[10211][2], "black", "Ch Insp Custody", D(2021, 8, 31),
        "MH awareness input added to custody officer training; NHS liaison in each suite.",
        D(2024, 2, 27), "no HMICFRS ref in the tracker; the custody report's other item "
                        "(10210) is not tracked"),
]
T.append((HEAD, "Police powers spotlight (Feb 21)", None))
T += [
    row(10941, 40, 10941, "National rec", ITEMS[10941][2], "green",
        "Head of Learning & Development", D(2022, 7, 31),
        "Conflict management & communication skills in OST from 04/2022.", D(2022, 8, 16)),
    row(10942, 41, 10942, "National rec", ITEMS[10942][2], "s_green",
        "Head of Learning & Development", D(2021, 7, 31), "CPD days include BWV debriefs.",
        D(2023, 2, 14)),
]
bwv_parts = [
    ("42a", "black", "By September 2021, forces should: ensure that officers record on BWV "
                     "(when this is available) the entirety of all S&S encounters, including "
                     "traffic stops and use of force incidents.",
     "BWV policy mandates recording; compliance 88%."),
    ("42b", "red", "…have a structured process for regularly reviewing and monitoring "
                   "internally a sufficient sample of BWV footage to identify and disseminate "
                   "learning and hold officers to account when behaviour falls below "
                   "acceptable standards.",
     "Supervisor review process not yet agreed with Fed."),
    ("42c", "black", "…provide external scrutiny panel members with access to samples of BWV "
                     "footage showing S&S encounters and use of force incidents, taking account "
                     "of the safeguards in the CoP APP.",
     "Panel views footage at quarterly meetings."),
]
for no, look, txt, cm in bwv_parts:
    T.append(row(10943, no, 10943, "National rec", txt, look, "ACC Local Policing",
                 D(2021, 9, 30), cm, D(2024, 7, 2),
                 "one of the 3 parts of the recommendation split onto its own row "
                 "(tracker No. 42a-42c)" + ("; red = overdue, still open" if look == "red"
                                              else "")))
T += [
    row(10944, 43, 10944, "National rec", ITEMS[10944][2], "black", "ACC Local Policing",
        D(2021, 7, 31), "Pending sign off by the chief officer lead.", D(2024, 9, 17),
        "'Pending sign off' on black text: open by the legend"),
    row(None, 44, None, "National rec",
        "The Home Office and the NPCC should take steps to ensure that the quality of the "
        "data collected on the number of incidents where force has been used to effect a "
        "stop and search is sufficient for publication. The Home Office should publish "
        "this data as soon as possible.", "black", None, None,
        "HO/NPCC recommendation – for information; no force action.", D(2021, 4, 6),
        "addressed to the Home Office and NPCC, not the force; not held on the force's "
        "register (see the note row at the foot of the sheet)"),
]
T.append((HEAD, "PEEL 2021/22", None))
T += [
    row(11830, 45, None, "AFI", ITEMS[11830][2], "green", "Supt Contact Centre",
        D(2023, 3, 31), "FCR uplift of 14 call handlers complete; wellbeing TRiM in place.",
        D(2023, 9, 5)),
    row(11831, 46, None, "AFI", ITEMS[11831][2], "red", "Supt Contact Centre",
        D(2023, 3, 31), "DA attendance times still outside target (P2 median 4h10).",
        D(2024, 9, 24)),
    row(11832, 47, None, "AFI", ITEMS[11832][2], "green2", "Det Ch Supt Force CID",
        D(2023, 6, 30), "VCOP compliance audit 94%; Op Soteria victim updates in place.",
        D(2024, 1, 9)),
    row(11833, 48, None, "AFI", ITEMS[11833][2], "black", "Head of Intelligence",
        D(2024, 3, 31), "See also PEEL 2016 AFI (No. 17). DFU improvement plan.",
        D(2024, 8, 20),
        "repeat of the 2016 AFI (7018) word for word except 'The force' for 'Gwent Police'"),
    row(11834, 49, None, "AFI", ITEMS[11834][2], "s_green", "Director of People",
        D(2023, 3, 31), "Self-declaration campaign; E&D data in workforce dashboard.",
        D(2024, 1, 23)),
    row(11835, 50, None, "AFI", ITEMS[11835][2], "black", "Head of Professional Standards",
        D(2023, 9, 30), "Integrity line relaunched; awareness comms planned.", D(2023, 8, 1),
        "black = open; the register shows No further action required"),
    row(11837, 51, None, "AFI", ITEMS[11837][2], "green", "Head of Corporate Development",
        D(2023, 9, 30), "New Performance Framework approved at FET 12/09/2023.",
        D(2023, 9, 19)),
    row(None, 52, None, "AFI",
        "The force should make better use of its Power BI performance data at district level "
        "to direct neighbourhood resources.", "black", "Head of Corporate Development",
        D(2023, 12, 31),
        "Taken from report narrative (p.23) – not a formal AFI? check with FLL.", D(2023, 6, 6),
        "force wrote up a point from the report narrative as an AFI; no such AFI on the "
        "register"),
    row(None, "L3", None, "Local",
        "JAC action: Add domestic abuse measures to the monthly Force Performance pack",
        "black", "Head of Corporate Development", D(2024, 12, 31), "Draft measures with DA lead.",
        D(2024, 9, 24), "force's own local action ('JAC action:')"),
]
T.append((HEAD, "PEEL 2023/25 – NEW (added 06/2024)", "red"))
T += [
    row(13502, 53, None, "AFI", ITEMS[13502][2], "black", "Ch Supt Public Protection",
        D(2025, 3, 31), "VAWG delivery plan measures drafted.", D(2024, 9, 10)),
    row(13503, 54, None, "AFI", ITEMS[13503][2], "black", "Head of Intelligence",
        D(2025, 3, 31), "", D(2024, 7, 1)),
    row(13504, 55, None, "AFI", ITEMS[13504][2], "black", "Ch Supt Public Protection",
        D(2025, 3, 31), "SPO usage reviewed monthly at DA/Stalking scrutiny.", D(2024, 9, 10)),
    row(13505, 56, None, "AFI", ITEMS[13505][2], "red", "Head of Professional Standards",
        D(2024, 9, 30), "Vetting backlog 212 (Sept). Additional vetting officers recruited.",
        D(2024, 9, 24)),
    row(13506, 57, None, "AFI", ITEMS[13506][2], "green", "Ch Supt Public Protection",
        D(2024, 9, 30), "ARMS assessments up to date; MOSOVO establishment increased.",
        D(2024, 9, 24)),
    row(None, "L4", None, "Local",
        "Internal audit of the vetting governance arrangements (audit plan 2023/24)",
        "green", "Director of Finance", D(2024, 3, 31), "Reasonable assurance. 3 low-priority "
        "actions, all done.", D(2024, 5, 2), "force's own local action (internal audit)"),
]
T.append((NOTE, "Note: recommendations addressed solely to the Home Office / NPCC are kept on "
                "the tracker for information only."))

# Items paired as a conflict, with the fact that differs.
CONFLICTS = {
    5023: "REPORT differs: the Integrity matters (2015) recommendation is filed under the "
          "tracker's 'Building the Picture 2015' heading (same ref 5023, same text)",
    5505: "TIMESCALE differs: HMICFRS 'Within three months', tracker 'Within six months'",
    8541: "TYPE differs: register has a Cause of concern, tracker types it 'Recommendation'",
    9610: "MISSING BULLET: tracker drops the fifth bullet (online reports triaged at point of "
          "receipt); also 'Within 6 months' and no stem",
}
MISSING_WHY = {
    4816: "Core Business 2014 crime-prevention recording rec: not on the tracker (no row under "
          "the Core Business heading); HMICFRS still Being progressed",
    7020: "PEEL 2016 DA victim-attrition AFI: not on the tracker; HMICFRS Awaiting review",
    10210: "custody 2020 detention-of-children rec: not on the tracker (only the AFI 10211 "
           "is); HMICFRS Being progressed",
    11836: "PEEL 2021/22 prevention-strategy AFI: not on the tracker; HMICFRS Being "
           "progressed",
}

# --------------------------------------------------------------------------------------
# Styling helpers
# --------------------------------------------------------------------------------------
GREEN, GREEN2 = "FF00B050", "FF008000"
RED, RED2 = "FFFF0000", "FFC00000"
LOOKS = {
    "green": (GREEN, False), "green2": (GREEN2, False),
    "red": (RED, False), "red2": (RED2, False),
    "black": (None, False), "black_theme": ("theme", False), "black_rgb": ("FF000000", False),
    "s_black": (None, True), "s_green": (GREEN, True), "s_red": (RED, True),
}


def font_for(look: str, bold=False, name="Calibri", size=11, strike=None):
    colour, st = LOOKS[look]
    if strike is not None:
        st = strike
    if colour is None:
        return Font(name=name, size=size, bold=bold, strike=st)
    if colour == "theme":
        return Font(name=name, size=size, bold=bold, strike=st, color=Color(theme=1))
    return Font(name=name, size=size, bold=bold, strike=st, color=colour)


def force_done(look: str) -> bool:
    """Force status by the sheet's legend: struck through or green = done, else open."""
    colour, struck = LOOKS[look]
    return struck or colour in (GREEN, GREEN2)


def category(hid, look):
    if hid is None:
        return "not_on_hmicfrs_list"
    if hid in CONFLICTS:
        return "conflict"
    h_closed = ITEMS[hid][3] in CLOSED_S
    f_done = force_done(look)
    if h_closed == f_done:
        return "in_sync"
    return "closeable_local" if h_closed else "closeable_submit"


def look_words(look):
    colour, struck = LOOKS[look]
    names = {GREEN: "green", GREEN2: "green (FF008000)", RED: "red", RED2: "dark red (FFC00000)",
             None: "black", "theme": "black (theme)", "FF000000": "black (FF000000)"}
    w = names[colour] + " text"
    if struck:
        w = "struck through, " + w
    return w


THIN = Side(style="thin", color="FFBFBFBF")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# --------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------
def deterministic_save(wb, path: Path, creator: str):
    wb.properties.creator = creator
    wb.properties.created = dt.datetime(2024, 10, 1, 9, 0, 0)
    buf = io.BytesIO()
    wb.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2024-10-01T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_TS)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


def build_hmicfrs(path: Path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Recommendations"
    header = ["Recommendation ID", "Force", "Report", "Publication date", "Type",
              "Recommendation", "Status", "Status date", "Latest comment"]
    ws.append(header)
    for c in ws[1]:
        c.font = Font(bold=True)
    order = sorted(ITEMS, key=lambda i: (REPORTS[ITEMS[i][0]][1], i))
    rows = {}
    for hid in order:
        rep, typ, text, status, sdate, comment = ITEMS[hid]
        title, pub = REPORTS[rep]
        ws.append([hid, FORCE, title, pub, typ, text, status, sdate, comment])
        r = ws.max_row
        rows[hid] = r
        ws.cell(r, 4).number_format = "d mmmm yyyy"
        ws.cell(r, 8).number_format = "d mmmm yyyy"
    widths = [18, 14, 50, 16, 24, 90, 18, 16, 60]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws.auto_filter.ref = f"A1:I{ws.max_row}"
    ws.freeze_panes = "A2"
    deterministic_save(wb, path, "HMICFRS")
    return rows


def build_tracker(path: Path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ncol = 8
    ws["A1"] = "Gwent Police – HMICFRS recommendations and areas for improvement tracker"
    ws["A1"].font = Font(name="Calibri", size=14, bold=True)
    ws["A2"] = ("Corporate Services – Organisational Learning. Last reviewed 30/09/2024 for the "
                "Joint Audit Committee.")
    ws["A2"].font = Font(name="Calibri", size=10, italic=True)
    bold = InlineFont(rFont="Calibri", sz=11, b=True)
    plain = InlineFont(rFont="Calibri", sz=11)
    ws["A3"] = CellRichText(
        TextBlock(bold, "Key: "),
        TextBlock(plain, "text in "),
        TextBlock(InlineFont(rFont="Calibri", sz=11, color=GREEN, b=True), "green"),
        TextBlock(plain, " = complete; "),
        TextBlock(InlineFont(rFont="Calibri", sz=11, color=RED, b=True), "red"),
        TextBlock(plain, " = overdue; "),
        TextBlock(InlineFont(rFont="Calibri", sz=11, strike=True), "struck through"),
        TextBlock(plain, " = closed by HMICFRS"),
    )
    ws["A4"] = "(all other rows, in black, are open / in progress)"
    ws["A4"].font = Font(name="Calibri", size=10, italic=True)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
    header = ["No.", "HMICFRS ref", "Type", "Recommendation / Area for Improvement", "Lead",
              "Target date", "Comments", "Last update"]
    hr = 6
    for i, h in enumerate(header, 1):
        c = ws.cell(hr, i, h)
        c.font = Font(name="Calibri", size=11, bold=True, color="FFFFFFFF")
        c.fill = PatternFill("solid", fgColor="FF1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r = hr
    placed = []  # (row number, row dict)
    other = {}
    for entry in T:
        r += 1
        if isinstance(entry, tuple) and entry[0] == HEAD:
            _, text, colour = entry
            c = ws.cell(r, 1, text)
            c.font = Font(name="Calibri", size=11, bold=True,
                          color=(RED if colour == "red" else None))
            for col in range(1, ncol + 1):
                ws.cell(r, col).fill = PatternFill("solid", fgColor="FFD9D9D9")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            other[r] = "report heading"
            continue
        if isinstance(entry, tuple) and entry[0] == NOTE:
            r += 1  # a blank row before the note
            c = ws.cell(r, 1, entry[1])
            c.font = Font(name="Calibri", size=10, italic=True)
            other[r - 1] = "blank"
            other[r] = "note"
            continue
        d = entry
        fname = "Arial" if d["hid"] in (8541, 8542, 8543, 8544, 8545) else "Calibri"
        fsize = 10 if fname == "Arial" else 11
        values = [d["no"], d["ref"], d["typ"], d["text"], d["lead"], d["target"],
                  d["comment"], d["updated"]]
        for col, v in enumerate(values, 1):
            c = ws.cell(r, col, v)
            c.font = font_for(d["look"], name=fname, size=fsize)
            c.alignment = WRAP
            c.border = BOX
        if d.get("comment_black"):
            ws.cell(r, 7).font = Font(name=fname, size=fsize)
        if d.get("comment_unstruck"):
            ws.cell(r, 7).font = font_for(d["look"], name=fname, size=fsize, strike=False)
        if d.get("target_red"):
            ws.cell(r, 6).font = Font(name=fname, size=fsize, color=RED)
        if d.get("rich_comment"):
            ws.cell(r, 7).value = CellRichText(
                TextBlock(InlineFont(rFont=fname, sz=fsize, color=GREEN),
                          "Phase 1 (case file module) complete 02/2024. "),
                TextBlock(InlineFont(rFont=fname, sz=fsize),
                          "Phase 2 go-live slipped to Nov 2024."),
            )
        for col in (6, 8):
            if isinstance(ws.cell(r, col).value, dt.datetime):
                ws.cell(r, col).number_format = "dd/mm/yyyy"
        placed.append((r, d))
    widths = [6, 11, 13, 80, 26, 12, 55, 12]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws.freeze_panes = "A7"
    # A small lookup sheet the author used for the Lead column (not items).
    ls = wb.create_sheet("Leads")
    ls.append(["Lead"])
    for lead in sorted({d["lead"] for _, d in placed if d["lead"]}):
        ls.append([lead])
    deterministic_save(wb, path, "Organisational Learning")
    return placed, other


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    hrows = build_hmicfrs(OUT / "hmicfrs.xlsx")
    placed, _ = build_tracker(OUT / "tracker.xlsx")

    lines = []
    seen_h = set()
    for r, d in placed:
        hid = d["hid"]
        cat = category(hid, d["look"])
        fr = f"Tracker!{r}"
        legend = ("done" if force_done(d["look"]) else "open")
        if hid is None:
            why = (f"force-only row ({look_words(d['look'])}): {d['why']}")
            lines.append(("", fr, cat, why))
            continue
        seen_h.add(hid)
        hstatus = ITEMS[hid][3]
        hside = "closed" if hstatus in CLOSED_S else "open"
        why = (f"ref {hid}; HMICFRS '{hstatus}' ({hside}); tracker {look_words(d['look'])} "
               f"= force {legend} by the legend")
        if cat == "conflict":
            why = (f"ref {hid}; {CONFLICTS[hid]} (status aside: HMICFRS '{hstatus}', tracker "
                   f"{look_words(d['look'])} = force {legend})")
        if d["why"]:
            why += "; " + d["why"]
        lines.append((f"Recommendations!{hrows[hid]}", fr, cat, why))
    for hid in ITEMS:
        if hid not in seen_h:
            lines.append((f"Recommendations!{hrows[hid]}", "", "missing_from_force",
                          f"ref {hid}; " + MISSING_WHY[hid]))

    def key(line):
        h = int(line[0].split("!")[1]) if line[0] else 10**6
        f = int(line[1].split("!")[1]) if line[1] else 10**6
        return (h, f)

    lines.sort(key=key)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)
    (OUT / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")


if __name__ == "__main__":
    main()
