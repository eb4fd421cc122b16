"""Build the evaluation case `programme_office_stages` (round 41, folder pmo2/).

A force's change / programme management office (PMO) runs the HMICFRS tracker in its own
project language: each item has a delivery *stage* (Initiate, Plan, Deliver, Embed, Closed,
Transferred to BAU, Benefits realisation, plus On hold), and a separate delivery-confidence
RAG (DCA) that is NOT a completion status.

Run:  /work/main/.venv/bin/python build_programme_office_stages.py
Writes programme_office_stages/{hmicfrs.xlsx, tracker.xlsx, truth.csv} next to this script,
byte for byte the same on every run (fixed seed, fixed workbook timestamps).

Recommendation texts are real HMICFRS wording (Open Government Licence), copied from
/work/main/reconcile/casegen/texts/*.py and /work/shared/data/real_recommendations.csv.
Progress notes, deliverables and the force's own rewordings are written for this case.
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
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

SEED = 4120251106
rng = random.Random(SEED)

HERE = Path(__file__).resolve().parent
OUT = HERE / "programme_office_stages"
FIXED_TS = dt.datetime(2025, 11, 6, 9, 30, 0)
FORCE = "Lincolnshire Police"

D = dt.datetime  # shorthand for Excel dates


# --------------------------------------------------------------------------------------
# Real texts (copied verbatim from the casegen text lists / real_recommendations.csv)
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
    "to the victim or the wider public are identified and appropriately managed.",
]
CDI_VICTIMS = ("Within six months the force should put in place arrangements to ensure that:\n"
               + "\n".join("• " + b for b in CDI_BULLETS))
MISSING_BULLETS = [
    "call takers understand and use the missing and absent category appropriately;",
    "call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and",
    "supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action.",
]
MISSING_CHILDREN = ("Within six months the force should review its approach to reports of "
                    "missing children and take steps to ensure that:\n"
                    + "\n".join("• " + b for b in MISSING_BULLETS))
CUSTODY_CHILDREN = (
    "Within six months Lincolnshire Police should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• "
    "ensure that all children are only detained when absolutely necessary and for the absolute "
    "minimum amount of time;• ensure that officers and staff in the custody suite assess at an "
    "early stage a child’s need for alternative accommodation (secure or otherwise) and work "
    "with children’s social care services to achieve the most appropriate option for the "
    "child;• ensure that custody staff make a record of all actions taken and decisions made "
    "on the relevant documentation; and• improve the timeliness of adequate appropriate adult "
    "support for children who are arrested."
)
SUPERSEDED_NOTE = ("This area of activity has subsequently been inspected in HMIC's PEEL "
                   "Effectiveness inspections. Where a cause of concern still exists this will "
                   "appear in the register against these subsequent inspections.")
MONITORED_NOTE = ("The progress of the implementation of this recommendation is currently being "
                  "monitored by HMICFRS and this record will, in due course, be updated.")
CDI_CLOSE_NOTE = ("Authorised for closure on the basis of the additional observations offered "
                  "by members of the CDI inspection team in recent inspection activity.")

# --------------------------------------------------------------------------------------
# HMICFRS reports: key -> (title on the definitive list, publication date)
# --------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              D(2013, 7, 9)),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 D(2014, 3, 27)),
    "austerity": ("Policing in austerity: Meeting the challenge", D(2014, 7, 22)),
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
    "eff16": ("PEEL: Police effectiveness 2016", D(2017, 3, 2)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               D(2017, 10, 24)),
    "efc17n": ("PEEL: Police efficiency 2017 (national overview)", D(2017, 11, 9)),
    "efc17": ("PEEL: Police efficiency 2017", D(2017, 11, 9)),
    "leg17n": ("PEEL: Police legitimacy 2017 (national overview)", D(2017, 12, 12)),
    "leg17": ("PEEL: Police legitimacy 2017", D(2017, 12, 12)),
    "ncpi18": ("National child protection inspection 2018", D(2018, 6, 28)),
    "cdi19": ("Crime data integrity inspection 2019", D(2019, 9, 19)),
    "cust20": ("Report on an unannounced inspection visit to police custody suites in "
               "Lincolnshire", D(2020, 8, 11)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", D(2021, 2, 26)),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
               D(2022, 5, 13)),
    "peel23": ("PEEL 2023–25: Police effectiveness, efficiency and legitimacy", D(2024, 7, 4)),
}

REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")
AR, BP, CO, SU = "Awaiting review", "Being progressed", "Complete", "Superseded"

# key: (ID, report, type, text, status, status date, comment)
HM: dict[str, tuple] = {}


def hm(key, ref, report, typ, text, status, sdate, comment=None):
    HM[key] = (ref, report, typ, text, status, sdate, comment)


# all-forces reports -------------------------------------------------------------------
hm("sas13_1", 1187, "sas13", NAT,
   "Chief Constables and the College of Policing should establish in the Stop and Search "
   "Authorised Professional Practice document a clear specification of what constitutes the "
   "effective and fair exercise of stop and search powers, and guidance in this respect. This "
   "should be compliant with the Code of Practice.", CO, D(2015, 4, 30),
   "This recommendation is complete")
hm("sas13_2", 1188, "sas13", NAT,
   "Chief Constables should establish or improve monitoring of the way officers stop and "
   "search people, so that they can be satisfied their officers are acting in accordance with "
   "the law (including equality legislation and the Code of Practice), and that the power is "
   "used effectively to prevent crime, catch criminals and maintain public trust.", CO,
   D(2016, 2, 11), "This recommendation is complete")
hm("sas13_3", 1189, "sas13", NAT,
   "Chief Constables should, in consultation with elected local policing bodies, ensure that "
   "they comply with the code of practice by explaining to the public the way stop and search "
   "powers are used in their areas and by making arrangements for stop and search records to "
   "be scrutinised by community representatives. This should be done in a way that involves "
   "those people who are stopped and searched, for example, young people.", CO,
   D(2016, 2, 11), "This recommendation is complete")
hm("everyone", 2321, "everyone", NAT, EVERYONE_PLAN, CO, D(2015, 11, 19),
   "This recommendation is complete")
hm("aus_1", 3360, "austerity", NAT,
   "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
   "are doing all they can to continue to reduce crime and protect the front line while "
   "balancing their budgets. They should use the data and information contained in this "
   "report, and in HMIC's Value for Money profiles, when conducting their reviews", CO,
   D(2015, 6, 4), "This recommendation is complete")
hm("aus_2", 3361, "austerity", NAT,
   "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
   "through collaboration should assess whether there is scope to improve on this position. "
   "HMIC will follow up the assessments in the autumn.", SU, D(2016, 3, 17),
   "Superseded by the PEEL efficiency programme.")
hm("aus_3", 3362, "austerity", NAT,
   "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
   "workforce and/or police officers on the front line should assess whether they have taken "
   "the decisive action seen in many forces in order to maintain their crime fighting "
   "capacity. HMIC will follow up the assessments in the autumn.", SU, D(2016, 3, 17),
   "Superseded by the PEEL efficiency programme.")
hm("aus_4", 3363, "austerity", NAT,
   "In preparation for the next spending round period all Chief Constables and PCCs should "
   "review their plans for collaboration. In particular they should consider whether there is "
   "scope to deliver better value for money and improved capability and capacity through "
   "joint working with other forces, the public and/or the private sector.", CO,
   D(2017, 1, 26), "This recommendation is complete")
hm("core_1", 4822, "core", NAT,
   "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
   "not yet done so, should provide call-handlers with specific, sound and comprehensible "
   "criteria against which they can assess threat, harm and risk.", CO, D(2015, 9, 3),
   "This recommendation is complete")
hm("core_2", 4823, "core", NAT,
   "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
   "carried out is systematically recorded and subsequently evaluated to determine the "
   "effectiveness of tactics being employed.", BP, D(2023, 2, 9),
   "The status of this recommendation is currently being reviewed by HMIC and will be "
   "updated when this review is complete.")
hm("integrity", 902, "integrity", NAT,
   "By 31 August 2015, all chief constables should satisfy themselves that they have processes "
   "in place to ensure that investigations into misconduct by officers and staff resulting in "
   "“no further action” are fair and free of any form of discrimination.", BP,
   D(2022, 11, 2), MONITORED_NOTE)
hm("sas15", 5017, "sas15", NAT,
   "Chief constables should, in consultation with police and crime commissioners, ensure that "
   "they comply with the Code of Practice by explaining to the public the way stop and search "
   "powers are used in their areas and by making arrangements for stop and search records to "
   "be scrutinised by community representatives. This should be done in a way that involves "
   "those people who are stopped and searched, for example young people.", SU,
   D(2018, 1, 25), "Superseded by PEEL: Police legitimacy 2017 (national overview).")
hm("picture", 5530, "picture", NAT,
   "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
   "audits of compliance with the APP on information management through the force "
   "information management governance structure. This should include measures to ensure that "
   "categorisation of records are regularly adjusted.", BP, D(2021, 6, 10), MONITORED_NOTE)
hm("fa_1", 5941, "firearms", NAT,
   "Within three months, all chief constables should assess how well the governance of "
   "firearms licensing in his or her force meets the standards set out in Authorised "
   "Professional Practice. Chief constables of forces where the governance standards are not "
   "being complied with should put in place immediately the correct arrangements and "
   "procedures in order to meet the standards in full.", CO, D(2016, 5, 19),
   "This recommendation is complete")
hm("fa_2", 5942, "firearms", NAT,
   "Within three months, all chief constables should assess the demand placed on their "
   "firearms licensing department and ensure it has the capacity to meet this demand and "
   "provide an efficient and effective service at all times.", BP, D(2024, 3, 14),
   MONITORED_NOTE)
hm("fa_3", 5943, "firearms", NAT,
   "Immediately, all chief constables should satisfy themselves that all appropriate action "
   "is being taken by their force with regard to ‘total expired’ licensing records.", CO,
   D(2025, 6, 12), "This recommendation is complete")
hm("fa_4", 5944, "firearms", NAT,
   "Within three months, all chief constables should ensure that their arrangements in "
   "respect of the use of temporary permits are in accordance with the Home Office guidance; "
   "that temporary permits are properly recorded without delay on the National Firearms "
   "Licensing Management System; and that effective systems exist to ensure certificate "
   "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
   CO, D(2016, 5, 19), "This recommendation is complete")
hm("fa_5", 5945, "firearms", NAT,
   "Within three months, all chief constables should ensure that systems designed to "
   "identify, prior to police attendance, whether a reported incident involves or is at the "
   "address of a firearm certificate holder are in place and are always applied by staff "
   "dispatching officers to incidents; and that officers understand the risk assessment which "
   "they should be undertaking in such circumstances, and their power, when appropriate, to "
   "seize firearms and firearm certificates.", BP, D(2024, 3, 14), MONITORED_NOTE)
# force-level: PEEL effectiveness 2016 ------------------------------------------------------
hm("e1", 6712, "eff16", AFI,
   "The force should take steps to ensure that there is effective supervision of the initial "
   "risk assessment process, specifically in relation to the completion of DASH risk "
   "assessment in appropriate cases.", CO, D(2019, 4, 11), "This recommendation is complete")
hm("e2", 6713, "eff16", AFI,
   "The force should improve its understanding of the nature and scale of child sexual "
   "exploitation in its area.", SU, D(2019, 6, 20), SUPERSEDED_NOTE)
hm("e3", 6714, "eff16", AFI,
   "The force should improve the supervision of investigations, so that investigation plans "
   "are set, reviewed and recorded and victims receive a consistently good service.", SU,
   D(2022, 5, 13), SUPERSEDED_NOTE)
# Stolen freedom (national) -------------------------------------------------------------
hm("st_1", 8179, "stolen", NAT, SF_LEADERSHIP, BP, D(2025, 2, 20), MONITORED_NOTE)
hm("st_2", 8180, "stolen", NAT,
   "Within six months, forces should have in place active information-sharing agreements with "
   "other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard "
   "victims better and to identify suspects as early as possible", CO, D(2019, 10, 3),
   "This recommendation is complete")
hm("st_3", 8181, "stolen", NAT,
   "Immediately, forces should ensure that all victims carrying out criminal acts under "
   "compulsion attributable to slavery or exploitation are afforded the protection of early "
   "and continuing consideration of the applicability of the section 45 defence.", BP,
   D(2025, 2, 20), MONITORED_NOTE)
hm("st_4", 8182, "stolen", NAT,
   "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
   "process as it evolves and are implementing the requirement placed upon them under the "
   "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
   "adult victim of modern slavery or human trafficking.", BP, D(2025, 2, 20),
   MONITORED_NOTE)
hm("st_5", 8183, "stolen", NAT,
   "Immediately, forces should take steps to ensure they fully comply with national crime "
   "recording standard (NCRS) requirements for offences identified as modern slavery and "
   "human trafficking and that sufficient audit capacity is available to the force crime "
   "registrar to provide reassurance that each force is identifying and managing any gaps in "
   "its crime-recording accuracy for these types of offences.", CO, D(2024, 9, 26),
   CDI_CLOSE_NOTE)
hm("st_6", 8184, "stolen", NAT,
   "Immediately, forces should ensure that allegations or indications of modern slavery and "
   "human trafficking are thoroughly investigated and effectively supervised by teams and "
   "individuals with the skills and experience to undertake them (this should include the use "
   "where appropriate of joint intelligence teams and other means to obtain intelligence and "
   "evidence from agencies overseas).", BP, D(2025, 2, 20), MONITORED_NOTE)
hm("st_7", 8185, "stolen", NAT,
   "Immediately, forces should review their use of preventative powers under the Modern "
   "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
   "to pose a clear threat to others in respect of modern slavery and human trafficking "
   "offences are exploited.", SU, D(2024, 7, 4),
   "Superseded by PEEL 2023–25. Where concerns remain they are recorded against that "
   "inspection.")
hm("efc17n", 8366, "efc17n", NAT,
   "By September 2018, chief constables should produce an ambitious plan to improve "
   "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
   "Council and Association of Police and Crime Commissioners should support the development "
   "of these plans by establishing a national framework which allows for the provision of "
   "digitally enabled services across force boundaries.", BP, D(2021, 6, 10),
   MONITORED_NOTE)
# PEEL efficiency 2017 (force) ---------------------------------------------------------
hm("f1", 8402, "efc17", AFI,
   "The force should undertake further work to gain a fuller understanding of current demand "
   "for its services, and likely future changes in demand. This is so it can make best use of "
   "its resources by matching them to demand to meet the needs of the public.", CO,
   D(2019, 3, 7), "This recommendation is complete")
hm("f2", 8403, "efc17", AFI,
   "The force should develop a future workforce plan that is aligned with its overall demand "
   "and budget. The plan should include future resource allocations, the mix of skills "
   "required by the workforce and behaviours expected of them.", BP, D(2022, 5, 13),
   MONITORED_NOTE)
hm("f3", 8404, "efc17", AFI,
   "The force should develop its understanding of the links between its outcomes, outputs "
   "and costs.", CO, D(2024, 1, 18), "This recommendation is complete")
# PEEL legitimacy 2017 (national) ------------------------------------------------------
hm("lg_coc", 8541, "leg17n", COC,
   "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
   "search powers is consistently reasonable and fair. In particular, there is "
   "over-representation of BAME people, and black people in particular, in stop and search "
   "data which many forces are unable to explain.", BP, D(2023, 8, 31), MONITORED_NOTE)
hm("lg_2", 8542, "leg17n", NAT, SAS_MONITORING_2017, CO, D(2020, 1, 16),
   "This recommendation is complete")
hm("lg_3", 8543, "leg17n", NAT,
   "Where forces identify disparities through monitoring, they should demonstrate to the "
   "public that they have:\n•carried out research and analysis in an attempt to understand the "
   "reasons for the disparity, and •taken action to reduce the disparity, where necessary;",
   BP, D(2023, 8, 31), MONITORED_NOTE)
hm("lg_4", 8544, "leg17n", NAT,
   "We expect forces to publish this analysis and any actions taken at least on an annual "
   "basis, from July 2018.", BP, D(2023, 8, 31), MONITORED_NOTE)
hm("lg_5", 8545, "leg17n", NAT,
   "By July 2018, and ongoing following that date, forces should ensure that all officers who "
   "use stop and search powers have been provided with, and understand, training on "
   "unconscious bias and College of Policing APP on stop and search.", CO, D(2021, 9, 23),
   "This recommendation is complete")
# PEEL legitimacy 2017 (force) ---------------------------------------------------------
hm("l1", 8611, "leg17", AFI,
   "The force should make sure it provides a confidential way for staff to raise concerns and "
   "that staff are aware of whistleblowing processes.", CO, D(2019, 5, 23),
   "This recommendation is complete")
hm("l2", 8612, "leg17", AFI,
   "The force should review how it gathers and uses equality and diversity data to improve "
   "its understanding of its workforce demographics.", BP, D(2022, 5, 13), MONITORED_NOTE)
# NCPI 2018 ----------------------------------------------------------------------------
hm("n1", 9120, "ncpi18", REC, MISSING_CHILDREN, CO, D(2020, 2, 27),
   "This recommendation is complete")
hm("n2", 9121, "ncpi18", REC,
   "Within three months, the force should make sure it consistently uses ancillary orders and "
   "other powers to protect victims of child sexual exploitation.", CO, D(2021, 3, 4),
   "This recommendation is complete")
hm("n3", 9122, "ncpi18", REC,
   "Immediately, the force should improve how it works with partner organisations to "
   "safeguard people at risk from child sexual exploitation.", BP, D(2024, 10, 10),
   MONITORED_NOTE)
# CDI 2019 -----------------------------------------------------------------------------
hm("c1", 10233, "cdi19", REC, CDI_VICTIMS, BP, D(2024, 10, 10), MONITORED_NOTE)
hm("c2", 10234, "cdi19", AFI,
   "The force should make sure it records reports of stalking and harassment accurately and "
   "without delay.", BP, D(2024, 10, 10), MONITORED_NOTE)
hm("c3", 10235, "cdi19", AFI,
   "The force should improve its use of its crime-recording and management system to better "
   "manage its case files and investigative processes.", CO, D(2025, 4, 24), CDI_CLOSE_NOTE)
# Custody 2020 -------------------------------------------------------------------------
hm("k1", 11058, "cust20", REC, CUSTODY_CHILDREN, BP, D(2023, 11, 30), MONITORED_NOTE)
# Police powers 2021 (national) --------------------------------------------------------
hm("pw_1", 11472, "powers", NAT,
   "By July 2022, forces should ensure that officers and staff have effective communication "
   "skills, in line with the National Policing Guidelines on Conflict Management. This should "
   "be in addition to existing training on conflict management and de-escalation.", BP,
   D(2024, 5, 2), MONITORED_NOTE)
hm("pw_2", 11473, "powers", NAT,
   "By July 2021, forces should ensure that communication skills are reinforced as part of "
   "the programme of continuing professional development for officers and staff, and that "
   "supervisors are supported to routinely and frequently debrief officers on these skills "
   "using body-worn video footage.", CO, D(2023, 3, 16), "This recommendation is complete")
hm("pw_3", 11474, "powers", NAT, BWV_2021, BP, D(2024, 5, 2), MONITORED_NOTE)
hm("pw_4", 11475, "powers", NAT,
   "The Home Office and the NPCC should take steps to ensure that the quality of the data "
   "collected on the number of incidents where force has been used to effect a stop and "
   "search is sufficient for publication. The Home Office should publish this data as soon "
   "as possible.", BP, D(2024, 5, 2), MONITORED_NOTE)
hm("pw_5", 11476, "powers", NAT,
   "By July 2021, forces should ensure they have effective internal monitoring processes on "
   "the use of force, to help them to identify and understand disproportionate use, explain "
   "the reasons and implement any necessary improvement action.", BP, D(2024, 5, 2),
   MONITORED_NOTE)
# PEEL 2021/22 -------------------------------------------------------------------------
hm("p0", 12310, "peel21", COC,
   "The force does not have the capacity or capability to investigate crime effectively and "
   "this is affecting the service being provided to the public. There are failings in the way "
   "that crimes are being investigated.", BP, D(2025, 3, 6), MONITORED_NOTE)
hm("p1", 12311, "peel21", REC,
   "HMIC recommends that within six months the force should: ensure regular and active "
   "supervision of the quality and progress of investigations. This supervision should be "
   "properly recorded;", BP, D(2025, 3, 6), MONITORED_NOTE)
hm("p2", 12312, "peel21", REC,
   "HMIC recommends that within six months the force should: improve its ability to retrieve "
   "digital evidence from mobile phones, computers and other electronic devices quickly "
   "enough to ensure investigations are not delayed;", BP, D(2025, 3, 6), MONITORED_NOTE)
hm("p3", 12313, "peel21", REC,
   "HMIC recommends that within six months the force should: improve its understanding of "
   "suspects released under investigation and the management of those released on bail;",
   CO, D(2025, 3, 6), "This recommendation is complete")
hm("p4", 12314, "peel21", AFI,
   "The force should improve the timeliness of its response to calls for service involving "
   "domestic abuse.", BP, D(2024, 7, 4), MONITORED_NOTE)
hm("p5", 12315, "peel21", AFI,
   "The force should make sure victims of fraud are kept informed about the progress of their "
   "case, in line with the Code of Practice for Victims of Crime.", BP, D(2024, 7, 4),
   MONITORED_NOTE)
hm("p6", 12316, "peel21", AFI,
   "The force should ensure that it has sufficient resources available in the control room to "
   "fulfil its resourcing model, and so to meet its demand, while also taking into account "
   "the wellbeing of its workforce.", BP, D(2024, 7, 4), MONITORED_NOTE)
hm("p7", 12317, "peel21", AFI,
   "The force should make sure the corporate risk register is actively used to mitigate and "
   "manage known risks.", BP, D(2024, 7, 4), MONITORED_NOTE)
hm("p8", 12318, "peel21", AFI,
   "The force should specify in succession plans how it intends to improve diversity across "
   "all levels of the force. This should include offering increased direct-entry "
   "opportunities.", CO, D(2024, 7, 4), "This recommendation is complete")
hm("p9", 12319, "peel21", AFI,
   "Lincolnshire Police should develop a clear prevention strategy targeting people most at "
   "risk and make sure activity undertaken prioritises people most at risk.", BP,
   D(2024, 7, 4), MONITORED_NOTE)
# PEEL 2023-25 -------------------------------------------------------------------------
PEEL23 = [
    ("q1", "The force should make sure investigations of rape and serious sexual offences are "
           "allocated to officers with the right skills and are effectively supervised.", AR),
    ("q2", "The force should improve how it gathers, assesses and acts on intelligence about "
           "county lines drug dealing.", AR),
    ("q3", "The force should make sure its performance framework gives senior leaders a clear "
           "picture of its response to violence against women and girls.", AR),
    ("q4", "The force should make sure all processes in place to support performance "
           "management are effective.", AR),
    ("q5", "The force should make sure it has access to accurate data and analysis to support "
           "effective performance management.", BP),
    ("q6", "The force should make sure officers and staff have the training they need to "
           "identify and respond to honour-based abuse.", AR),
    ("q7", "The force should improve the way it manages the risk posed by offenders involved "
           "in online child sexual abuse.", AR),
    ("q8", "The force should put plans in place to monitor, including through the gathering "
           "and analysis of staff feedback, team cultures and provide prompt remedial action "
           "for any issues it identifies.", BP),
    ("q9", "The force should review its approach to repeat victims to make sure victims "
           "receive a consistently good service.", AR),
    ("q10", "The force should improve the timeliness of its response to calls for service "
            "involving people with mental ill health.", AR),
]
for i, (k, t, s) in enumerate(PEEL23):
    hm(k, 14005 + i, "peel23", AFI, t, s,
       D(2024, 7, 4) if s == AR else D(2025, 5, 29),
       "New recommendation" if s == AR else MONITORED_NOTE)

# --------------------------------------------------------------------------------------
# Force side: the PMO tracker
# --------------------------------------------------------------------------------------
# Stage vocabulary as typed in the file (dropdown values and hand-typed variants).
S_INIT = ["1 - Initiate", "Initiate"]
S_PLAN = ["2 - Plan", "Plan", "Planning"]
S_DEL = ["3 - Deliver", "Deliver", "Delivery"]
S_EMB = ["4 - Embed", "Embed", "Embedding"]
S_BAU = ["5 - Transferred to BAU", "Transferred to BAU", "Trans. to BAU"]
S_BEN = ["6 - Benefits realisation", "Benefits Realisation"]
S_CLO = ["7 - Closed", "Closed", "CLOSED"]
S_HOLD = ["On hold"]
OPEN_STAGES = {"init", "plan", "del", "emb", "hold"}
STAGES = {"init": S_INIT, "plan": S_PLAN, "del": S_DEL, "emb": S_EMB, "bau": S_BAU,
          "ben": S_BEN, "clo": S_CLO, "hold": S_HOLD}

LEADS = ["S. Patel (PM)", "R. Okafor (PM)", "J. Whitworth (BA)", "DI L. Cartwright",
         "C/Insp M. Doyle", "K. Ashworth (PMO)", "H. Brennan (PM)", "T. Lowther (Change Mgr)"]


def stage_word(code: str, variant: int | None = None) -> str:
    opts = STAGES[code]
    if variant is not None:
        return opts[variant]
    # mostly the dropdown value, sometimes a hand-typed one
    return opts[0] if rng.random() < 0.6 else rng.choice(opts[1:] or opts)


# Each force row: dict. key = HMICFRS item key (None for a force-only row).
ROWS_MAIN: list[tuple[str, str, list[dict]]] = []   # (programme title, sro, rows)
ROWS_LOG: list[dict] = []


def F(key, ref, src, pub, typ, req, deliv, sro, stage, dca, target, comm, cb=None,
      code=None, hmid="auto", cat=None, why=None):
    return dict(key=key, ref=ref, code=code, hmid=hmid, src=src, pub=pub, typ=typ, req=req,
                deliv=deliv, sro=sro, stage=stage, dca=dca, target=target, comm=comm, cb=cb,
                cat=cat, why=why)


def L(key, ref, src, typ, req, final, cb, reason, owner, evid, hmid="auto", cat=None,
      why=None):
    return dict(key=key, ref=ref, hmid=hmid, src=src, typ=typ, req=req, final=final, cb=cb,
                reason=reason, owner=owner, evid=evid, cat=cat, why=why)


W_INSYNC_OPEN = "open on both: HMICFRS {hs}; PMO stage {st} (in flight){extra}"
W_INSYNC_CLOSED = "closed on both: HMICFRS {hs}; PMO stage {st}{extra}"

# ---- Programme 1: Protecting Vulnerable People --------------------------------------
P1 = [
    F("n2", "HMI-004", "NCPI 2018", "Jun-18", "Rec",
      "Within 3 months, the force should make sure it consistently uses ancillary orders and "
      "other powers to protect victims of CSE.",
      "Ancillary orders toolkit live; SPOC in each LPA; quarterly orders data to PVP Board",
      "ACC Crime", ("ben", 0), "A/G", D(2021, 3, 31),
      "Project closed at Change Board Feb-21. Benefits (orders per 100 CSE crimes) tracked "
      "quarterly; Q2 25/26 slightly below trajectory.", cb=D(2021, 2, 17), code="CHG-0088"),
    F("n3", "HMI-005", "NCPI 2018", "Jun-18", "Rec",
      "Immediately, the force should improve how it works with partner organisations to "
      "safeguard people at risk from child sexual exploitation.",
      "Joint exploitation hub with LCC children's services; shared risk tool",
      "Ch Supt Public Protection", ("del", 0), "A", D(2026, 3, 31),
      "Hub co-location delayed by estates works (now Jan-26). Shared risk tool in UAT.",
      code="CHG-0151"),
    F("p4", "HMI-034", "PEEL 21/22", "May-22", "AFI",
      "The force should improve the timeliness of its response to calls for service involving "
      "domestic abuse.",
      "DA call grading review; THRIVE refresh; P2 DA attendance target 4hrs",
      "ACC Local Policing", ("plan", 1), "A", "Q4 25/26",
      "PID approved Sep-25. Baseline data pull with Performance (median 6h12m). Options paper "
      "to Change Board Dec-25.", code="CHG-0163"),
    F("q1", "HMI-045", "PEEL 2023-25", "Jul-24", "AFI",
      "The force should make sure investigations of rape and serious sexual offences are "
      "allocated to officers with the right skills and are effectively supervised.",
      "RASSO allocation policy; Op Soteria skills matrix; supervisory review standard",
      "ACC Crime", ("init", 0), "A/R", "TBC",
      "Mandate drafted. Dependency on Investigations Standards project (CHG-0140) resourcing.",
      code=None),
    F("q3", "HMI-047", "PEEL 2023-25", "Jul-24", "AFI",
      "The force should make sure its performance framework gives senior leaders a clear "
      "picture of its response to violence against women and girls.",
      "VAWG performance dashboard (Power BI) in monthly Force Performance pack",
      "ACC Local Policing", ("del", 1), "G", D(2026, 1, 31),
      "Dashboard v0.9 demonstrated to VAWG Board 14/10. On track for go-live Jan-26.",
      code="CHG-0171"),
    F("q7", "HMI-051", "PEEL 2023-25", "Jul-24", "AFI",
      "The force should improve the way it manages the risk posed by offenders involved in "
      "online child sexual abuse (OCSA).",
      "OCSA offender management pathway with MOSOVO and POLIT",
      "Ch Supt Public Protection", ("init", 1), "A", "TBC",
      "Awaiting business case for 2 additional MOSOVO posts (budget round 26/27)."),
    F("q9", "HMI-053", "PEEL 2023-25", "Jul-24", "AFI",
      "The force should review its approach to repeat victims to make sure victims receive a "
      "consistently good service.",
      "Repeat victim flag on STORM and Niche; VRO contact within 48hrs",
      "ACC Local Policing", ("bau", 0), "G", D(2025, 9, 30),
      "Delivered. Repeat victim flags live 01/09/25. Handed to Head of Contact (BAU owner). "
      "Closure evidence pack being compiled for HMICFRS.", cb=D(2025, 10, 15),
      code="CHG-0168"),
    F("st_1", "HMI-061", "Stolen Freedom (MSHT) 2017", "Oct-17", "Nat Rec",
      "Within twelve months, forces should review their leadership and governance arrangements "
      "for modern slavery and human trafficking, to ensure that:\n"
      "• senior leaders prioritise the response to modern slavery and human trafficking;\n"
      "• every incident of modern slavery identified to police is allocated appropriate "
      "resources with the skills, experience and capacity to investigate it effectively;\n"
      "• forces develop effective partnership arrangements to co-ordinate activity in order to "
      "share information and safeguard victims.",
      "MSHT governance board; gold group ToR; partnership protocol with Lincs Anti-Slavery "
      "Partnership", "Det Ch Supt Force CID", ("bau", 1), "G", D(2024, 12, 31),
      "MSHT Board embedded; partnership protocol signed. Transferred to BAU (Det Supt "
      "Safeguarding).", cb=D(2025, 1, 22), code="CHG-0112", cat="conflict",
      why="missing bullet: PMO copy has 3 of the 4 bullets (drops 'performance and quality "
          "assurance measures…'); PMO Transferred to BAU while HMICFRS Being progressed – "
          "closing it on the PMO's copy would leave the QA bullet undelivered"),
    F("st_3", "HMI-063", "Stolen Freedom (MSHT) 2017", "Oct-17", "Nat Rec",
      "Immediately, forces should ensure that all victims carrying out criminal acts under "
      "compulsion attributable to slavery or exploitation are afforded the protection of early "
      "and continuing consideration of the applicability of the section 45 defence.",
      "s45 prompt in custody and charging workflow; CPS joint protocol",
      "Head of Criminal Justice", ("emb", 0), "G", D(2026, 2, 28),
      "s45 prompt live in custody system since 07/07/25. Embedding period to Jan-26, then "
      "dip-sample 30 cases to evidence use before closure is requested.", code="CHG-0112"),
    F("st_4", "HMI-064", "Stolen Freedom (MSHT) 2017", "Oct-17", "Nat Rec",
      "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
      "process as it evolves and are implementing the requirement placed upon them under the "
      "Modern Slavery Act 2015 to notify the HO of any individual suspected to be an adult "
      "victim of MSHT.",
      "NRM/Duty to Notify (MS1) process via central MSHT unit; compliance report monthly",
      "Det Ch Supt Force CID", ("bau", 0), None, D(2024, 6, 30),
      "Complete – DtN compliance 97% (6-month avg). BAU with MSHT unit.", cb=D(2024, 7, 17),
      code="CHG-0112"),
    F("st_6", "HMI-066", "Stolen Freedom (MSHT) 2017", "Oct-17", "Nat Rec",
      "Immediately, forces should ensure that allegations or indications of modern slavery and "
      "human trafficking are thoroughly investigated and effectively supervised by teams and "
      "individuals with the skills and experience to undertake them (this should include the "
      "use where appropriate of joint intelligence teams and other means to obtain intelligence "
      "and evidence from agencies overseas).",
      "MSHT investigation allocation matrix; PIP2 investigators in MSHT unit",
      "Det Ch Supt Force CID", ("plan", 0), "A/R", D(2026, 6, 30),
      "Re-planned after PEEL 23-25 feedback. Recruitment of 3 PIP2 DCs delayed.",
      code="CHG-0112"),
    F("st_7", "HMI-067", "Stolen Freedom (MSHT) 2017", "Oct-17", "Nat Rec",
      "Immediately, forces should review their use of preventative powers under the Modern "
      "Slavery Act 2015 to ensure that opportunities to restrict the activities of those "
      "deemed to pose a clear threat to others in respect of modern slavery and human "
      "trafficking offences are exploited.",
      "STRO/STPO application guidance; legal services SLA", "Det Ch Supt Force CID",
      ("plan", 1), "A", D(2026, 3, 31),
      "Legal services SLA under negotiation. 2 STROs obtained YTD.", code="CHG-0112"),
    F(None, "LOC-04", "Force Management Statement 2024", None, "FMS action",
      "Deliver refresher training on stalking and harassment to all response and neighbourhood "
      "officers",
      "NCALT package + 2hr input on PDU training days; 90% completion",
      "Head of Learning & Development", ("plan", 0), "G", D(2026, 3, 31),
      "Training needs analysis complete. Package build with L&D Nov-25.",
      hmid="n/a", cat="not_on_hmicfrs_list",
      why="force's own FMS action, never an HMICFRS item (HMICFRS ID 'n/a')"),
]

# ---- Programme 2: Investigation Standards & Crime Data ---------------------------------
CDI_ROWS = []
cdi_stages = [("clo", 1), ("bau", 0), ("del", 0), ("clo", 0), ("emb", 1)]
cdi_deliv = [
    "Victim-believed standard in THRIVE+ script; call-handler QA",
    "STORM log summary standard; supervisor sign-off field",
    "Multiple-crime recording rule in Crime Recording Guide v4",
    "Stop 'awaiting medical/ABE' practice; FCR guidance note",
    "Online crime triage (Single Online Home) risk screen",
]
cdi_comm = [
    "Closed at Change Board 12/06/24.",
    "Delivered; owned by Head of Contact (BAU).",
    "FCR audit Q2: multiple-crime compliance 81% v 95% target. Corrective briefing Nov-25.",
    "Closed at Change Board 12/06/24.",
    "Triage risk screen live 02/06/25; embedding – FCR audit due Jan-26 before closure.",
]
for i, b in enumerate(CDI_BULLETS):
    req = ("Within six months the force should put in place arrangements to ensure that: " + b
           if i == 0 else "• " + b)
    st = cdi_stages[i]
    CDI_ROWS.append(F(
        "c1", f"HMI-021.{i + 1}", "CDI 2019", "Sep-19", "Rec", req, cdi_deliv[i],
        "Force Crime Registrar", st, None if st[0] in ("clo", "bau") else ("A" if i == 2 else "G"),
        D(2024, 6, 30) if st[0] in ("clo", "bau") else D(2026, 1, 31), cdi_comm[i],
        cb=D(2024, 6, 12) if st[0] in ("clo", "bau") else None, code="CHG-0097",
        cat="in_sync",
        why=f"one of 5 work packages split from CDI rec 10233 (bullet {i + 1}); item open on "
            "both: HMICFRS Being progressed, WPs .3 (Deliver) and .5 (Embed) still open"))

P2 = [
    F("p0", "HMI-030", "PEEL 21/22", "May-22", "CoC",
      "The force does not have the capacity or capability to investigate crime effectively and "
      "this is affecting the service being provided to the public. There are failings in the "
      "way that crimes are being investigated.",
      "Investigations Standards Programme (CoC improvement plan): see HMI-031 to HMI-033",
      "ACC Crime", ("del", 0), "A", D(2026, 3, 31),
      "Improvement plan v3 shared with HMICFRS FLL 09/25. Two of three CoC recs still in flight.",
      code="CHG-0140"),
    F("p1", "HMI-031", "PEEL 21/22", "May-22", "CoC Rec",
      "Within twelve months the force should ensure regular and active supervision of the "
      "quality and progress of investigations. This supervision should be properly recorded.",
      "Supervisory review template on Niche; 28-day review standard; QA by Crime Standards",
      "ACC Crime", ("del", 2), "G", D(2023, 5, 31),
      "Niche supervisory template live; compliance 74%. Milestone re-baselined to Mar-26.",
      code="CHG-0140", cat="conflict",
      why="timescale differs: HMICFRS 'within six months' vs PMO copy 'Within twelve months' "
          "(target date set 12 months after publication); both open"),
    F("p2", "HMI-032", "PEEL 21/22", "May-22", "CoC Rec",
      "Within six months: improve ability to retrieve digital evidence from mobile phones, "
      "computers and other electronic devices quickly enough to ensure investigations are not "
      "delayed (DFU backlog)",
      "DFU backlog < 60 days; kiosk roll-out to 6 stations", "ACC Crime", ("bau", 0), "G",
      D(2024, 12, 31),
      "Backlog 38 days (Sep-25). Kiosks live in all 6 stations. Transferred to Head of "
      "Forensics.", cb=D(2025, 2, 19), code="CHG-0140"),
    F("p3", "HMI-033", "PEEL 21/22", "May-22", "CoC Rec",
      "Improve its understanding of suspects released under investigation (RUI) and the "
      "management of those released on bail.",
      "RUI/bail dashboard; PACE bail reform (Police, Crime, Sentencing and Courts Act 2022) "
      "guidance", "Head of Criminal Justice", ("del", 1), "A/G", D(2025, 12, 31),
      "Bail dashboard live; RUI cohort reduced 41%. Final workshop with custody Dec-25.",
      code="CHG-0140"),
    F("p5", "HMI-035", "PEEL 21/22", "May-22", "AFI",
      "The force should make sure victims of fraud are kept informed about the progress of "
      "their case, in line with the Code of Practice for Victims of Crime.",
      "Fraud victim update SLA (VCOP); Action Fraud referral tracker",
      "Det Ch Supt Force CID", ("hold", 0), "R", "TBC",
      "ON HOLD per Change Board 17/09/25 pending national Fraud and Cyber Crime Reporting and "
      "Analysis Service changes.", code=None),
    F("e3", "HMI-012", "PEEL Eff 16", "Mar-17", "AFI",
      "Improve supervision of investigations – plans set, reviewed & recorded; victims receive "
      "consistently good service",
      "Folded into Investigations Standards Programme (CHG-0140)", "ACC Crime", ("del", 1),
      "A", D(2026, 3, 31),
      "Being delivered through the CoC plan (HMI-031).", code="CHG-0140", hmid=None),
    *CDI_ROWS,
    F("c2", "HMI-022", "CDI 2019", "Sep-19", "AFI",
      "The force should make sure it records reports of stalking & harassment accurately and "
      "without delay.",
      "S&H crime recording compliance ≥ 90% (FCR audit)", "Force Crime Registrar",
      ("bau", 2), "G", D(2025, 3, 31),
      "FCR audit Jul-25: 93% compliant. Transferred to Crime Standards (BAU). Evidence pack on "
      "SharePoint.", cb=D(2025, 8, 20), code="CHG-0097"),
    F("c3", "HMI-023", "CDI 2019", "Sep-19", "AFI",
      "The force should improve its use of its crime-recording and management system (Niche) to "
      "better manage its case files and investigative processes.",
      "Niche case-file workflow; digital case file (DCF) to CPS", "Head of Criminal Justice",
      ("emb", 0), "A/G", D(2026, 1, 31),
      "DCF workflow live Apr-25. Embedding with file quality checks to Jan-26.",
      code="CHG-0097"),
    F("st_5", "HMI-065", "Stolen Freedom (MSHT) 2017", "Oct-17", "Nat Rec",
      "Immediately, forces should take steps to ensure they fully comply with national crime "
      "recording standard (NCRS) requirements for offences identified as modern slavery and "
      "human trafficking and that sufficient audit capacity is available to the force crime "
      "registrar to provide reassurance that each force is identifying and managing any gaps "
      "in its crime-recording accuracy for these types of offences.",
      "MSHT NCRS audit in FCR audit plan; 1 FTE auditor", "Force Crime Registrar",
      ("del", 0), "G", D(2026, 3, 31),
      "Q2 audit 88% compliant. Auditor post filled Oct-25.", code="CHG-0097"),
    F("core_2", "HMI-057", "Core business", "Sep-14", "Nat Rec",
      "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
      "carried out is systematically recorded and subsequently evaluated to determine the "
      "effectiveness of tactics being employed.",
      "Problem-solving (SARA) recording on Niche OEL; evaluation template",
      "ACC Local Policing", ("bau", 0), "G", D(2025, 6, 30),
      "Problem-solving hub recording live force-wide. Transferred to Neighbourhood Policing "
      "(BAU).", cb=D(2025, 7, 16), hmid=None, code="CHG-0129"),
    F("q2", "HMI-046", "PEEL 2023-25", "Jul-24", "AFI",
      "Improve how we gather, assess and act on intelligence about county lines drug dealing.",
      "County lines intel requirement; tasking via Op Raptor", "Head of Intelligence",
      ("plan", 0), "G", D(2026, 6, 30), "Scoping with SOC Board. PID due Dec-25.",
      code="CHG-0174"),
    F(None, "LOC-01", "Force improvement plan", None, "Local action",
      "Force improvement plan: Refresh the county lines drug dealing problem profile and add it "
      "to the control strategy",
      "Refreshed problem profile signed off at SOC Board", "Head of Intelligence", ("del", 0),
      "G", D(2025, 12, 31), "Draft profile with analysts; sign-off Dec-25.", hmid="n/a",
      cat="not_on_hmicfrs_list",
      why="force's own improvement-plan action (LOC-), not an HMICFRS item; resembles q2 "
          "(14006) but is a different ask"),
    F(None, "HMI-016", "PEEL Legit 17", "Dec-17", "AFI",
      "The force should make sure it records reports of hate crime accurately and without "
      "delay.",
      "Hate crime recording compliance ≥ 90%", "Force Crime Registrar", ("emb", 2), "A/G",
      D(2026, 1, 31),
      "Compliance 86% (Q2). Embedding – monthly FCR dip-sample continues.", hmid="8615",
      cat="not_on_hmicfrs_list",
      why="carries an HMICFRS-style ID (8615) but no such item on the definitive list "
          "(removed/closed by HMICFRS); looks like c2 (stalking) but is hate crime: query "
          "with HMICFRS"),
]

# ---- Programme 3: Contact, Demand & Digital -----------------------------------------
P3 = [
    F("p6", "HMI-036", "PEEL 21/22", "May-22", "AFI",
      "The force should ensure that it has sufficient resources available in the control room "
      "to fulfil its resourcing model, and so to meet its demand, while also taking into "
      "account the wellbeing of its workforce.",
      "FCR resourcing model (ORH); 24 additional call-handlers; wellbeing TRiM offer",
      "Supt Contact Centre", ("ben", 1), "A", D(2024, 9, 30),
      "Project closed Nov-24. Benefits: 999 answer within 10s 91% (target 90%); 101 abandonment "
      "still above target – benefits owner Supt Contact Centre.", cb=D(2024, 11, 20),
      code="CHG-0133"),
    F("q10", "HMI-054", "PEEL 2023-25", "Jul-24", "AFI",
      "The force should improve the timeliness of its response to calls for service involving "
      "people with mental ill health.",
      "Right Care Right Person phase 2; MH triage desk in FCR", "Supt Contact Centre",
      ("del", 0), "G", D(2026, 3, 31),
      "RCRP phase 2 go-live 03/11/25. MH triage desk pilot extended.", code="CHG-0169"),
    F("efc17n", "HMI-070", "PEEL Efficiency 17 (all forces)", "Nov-17", "Nat Rec",
      "By September 2018, chief constables should produce an ambitious plan to improve "
      "digitally-enabled services within their force.",
      "Digital Services Strategy 2019-23 and Digital Roadmap", "Head of Corporate Development",
      ("ben", 1), "A/G", D(2019, 3, 31),
      "Strategy and roadmap delivered 2019. In benefits realisation – digital contact share "
      "31%.", cb=D(2019, 5, 15), code="CHG-0061"),
    F("picture", "HMI-059", "Information management (Building the Picture)", "Jul-15",
      "Nat Rec",
      "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
      "audits of compliance with the APP on information management through the force "
      "information management governance structure. This should include measures to ensure "
      "that categorisation of records are regularly adjusted.",
      "MoPI audit schedule reported to Information Assurance Board", "Head of Information "
      "Management", ("ben", 0), "A", D(2020, 3, 31),
      "Closed as a project; benefits (MoPI review backlog) still amber. IAB scrutinises audits "
      "quarterly.", cb=D(2020, 4, 22), hmid="5530"),
]

# ---- Programme 4: People, Culture & Legitimacy ---------------------------------------
PW3_PARTS = [
    ("By September 2021, forces should: ensure that officers record on body-worn video (when "
     "this is available) the entirety of all stop and search encounters, including traffic "
     "stops and use of force incidents.", ("bau", 0),
     "BWV activation policy; compliance dashboard", "Transferred to Ops Support (BAU). "
     "Activation 96%."),
    ("have a structured process for regularly reviewing and monitoring internally a sufficient "
     "sample of body-worn video footage to identify and disseminate learning and hold officers "
     "to account when behaviour falls below acceptable standards.", ("emb", 1),
     "Monthly supervisor BWV review (10 per team)",
     "Review process live Jun-25; embedding; first quarterly learning report due Jan-26."),
    ("provide external scrutiny panel members with access to samples of body-worn video footage "
     "showing stop and search encounters and use of force incidents, taking account of the "
     "safeguards in the College of Policing’s Authorised Professional Practice.", ("clo", 1),
     "Scrutiny panel BWV viewing protocol", "Closed at Change Board 19/03/25."),
]
PW3_ROWS = [
    F("pw_3", f"HMI-073.{i + 1}", "Police powers spotlight (Feb 21)", "Feb-21", "Nat Rec",
      req, deliv, "ACC Local Policing", st,
      None if st[0] in ("clo", "bau") else "G",
      D(2025, 3, 31) if st[0] in ("clo", "bau") else D(2026, 2, 28), comm,
      cb=D(2025, 3, 19) if st[0] in ("clo", "bau") else None, code="CHG-0121",
      hmid="11474", cat="in_sync",
      why=f"one of 3 work packages split from rec 11474 (paragraph {i + 1}); item open on "
          "both: HMICFRS Being progressed, WP .2 still Embedding")
    for i, (req, st, deliv, comm) in enumerate(PW3_PARTS)
]
P4 = [
    F("q8", "HMI-052", "PEEL 2023-25", "Jul-24", "AFI",
      "The force should put plans in place to monitor, including through the gathering and "
      "analysis of staff feedback, team cultures and provide prompt remedial action for any "
      "issues it identifies.",
      "Pulse survey quarterly; team culture heatmap to People Board", "Director of People",
      ("bau", 0), "G", D(2025, 6, 30),
      "Pulse survey and heatmap live. Transferred to HR Business Partners (BAU).",
      cb=D(2025, 7, 16), code="CHG-0166"),
    F("integrity", "HMI-058", "Integrity Matters 2015", "Jan-15", "Nat Rec",
      "By 31 August 2015, the Chief Constable should be satisfied that the force has processes "
      "in place to ensure that investigations into misconduct by officers and staff resulting "
      "in 'no further action' are fair and free of any form of discrimination.",
      "PSD NFA disproportionality review; IAG scrutiny of NFA outcomes",
      "Head of Professional Standards", ("clo", 1), None, D(2024, 3, 31),
      "Disproportionality review complete; IAG dip-samples NFA outcomes twice a year. "
      "Closed.", cb=D(2024, 4, 17), hmid=None),
    F("lg_coc", "HMI-068", "PEEL Legit 17 S&S", "Dec-17", "CoC",
      "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
      "search powers is consistently reasonable and fair. In particular, there is "
      "over-representation of BAME people, and black people in particular, in stop and search "
      "data which many forces are unable to explain.",
      "Stop & search fairness programme (see HMI-069, HMI-071, HMI-073)",
      "ACC Local Policing", ("del", 0), "A", D(2026, 3, 31),
      "Disproportionality ratio 2.9 (Black:White). Independent scrutiny panel reports "
      "quarterly.", code="CHG-0121"),
    F("lg_3", "HMI-069", "PEEL Legit 17 S&S", "Dec-17", "Nat Rec",
      "Where forces identify disparities through monitoring, they should demonstrate to the "
      "public that they have:\n- carried out research and analysis in an attempt to "
      "understand the reasons for the disparity, and\n- taken action to reduce the "
      "disparity, where necessary;",
      "Published S&S disparity analysis with University of Lincoln; action plan",
      "ACC Local Policing", ("emb", 0), "A/G", D(2026, 3, 31),
      "Analysis published Jul-25. Actions embedding; panel review Feb-26.", code="CHG-0121"),
    F("lg_5", "HMI-071", "PEEL Legit 17 S&S", "Dec-17", "Nat Rec",
      "By July 2018, and ongoing following that date, forces should ensure that all officers "
      "who use S&S powers have been provided with, and understand, training on unconscious "
      "bias and CoP APP on S&S.",
      "Unconscious bias + S&S APP training in PST; 95% completion", "Head of Learning & "
      "Development", ("bau", 1), None, D(2021, 6, 30),
      "Part of annual PST (BAU).", cb=D(2021, 7, 21), code="CHG-0121"),
    F("pw_1", "HMI-072", "Police powers spotlight (Feb 21)", "Feb-21", "Nat Rec",
      "By July 2021, forces should ensure that officers and staff have effective communication "
      "skills, in line with the National Policing Guidelines on Conflict Management. This "
      "should be in addition to existing training on conflict management and de-escalation.",
      "Communication skills module in PST; NPGCM mapping", "Head of Learning & Development",
      ("del", 0), "A/R", D(2021, 7, 31),
      "Module written; delivery slipped to PST cycle 26/27. Exception report to Change Board.",
      code="CHG-0121", cat="conflict",
      why="deadline differs: HMICFRS 'By July 2022' vs PMO copy 'By July 2021' (target Jul-21); "
          "both open"),
    *PW3_ROWS,
    F("pw_5", "HMI-074", "Police powers spotlight (Feb 21)", "Feb-21", "Nat Rec",
      "By July 2021, forces should ensure they have effective internal monitoring processes on "
      "the use of force, to help them to identify and understand disproportionate use, explain "
      "the reasons and implement any necessary improvement action.",
      "Use of force dashboard; quarterly UoF scrutiny at Legitimacy Board",
      "ACC Local Policing", ("ben", 1), "A/G", D(2022, 3, 31),
      "Delivered 2022. Benefits tracked: UoF form submission 92%.", cb=D(2022, 4, 20),
      code="CHG-0121"),
    F(None, "LOC-02", "Internal audit 2023/24", None, "IA action",
      "Internal audit action: Internal audit of the vetting governance arrangements (audit plan "
      "2023/24)",
      "Audit completed; 4 management actions agreed", "Head of Professional Standards",
      ("clo", 0), None, D(2024, 3, 31), "All 4 IA management actions closed. JAC noted Jun-24.",
      cb=D(2024, 6, 19), hmid="n/a", cat="not_on_hmicfrs_list",
      why="internal audit action, never an HMICFRS item"),
]

# ---- Programme 5: Corporate Governance, Finance & Collaboration -----------------------
P5 = [
    F("p7", "HMI-037", "PEEL 21/22", "May-22", "Rec",
      "The force should make sure the corporate risk register is actively used to mitigate and "
      "manage known risks.",
      "4Risk corporate register; monthly risk review at COG", "DCC", ("emb", 0), "G",
      D(2025, 12, 31),
      "Risk review at COG monthly since Apr-25; embedding. Internal audit (reasonable "
      "assurance) due Dec-25.", code="CHG-0146", cat="conflict",
      why="type differs: HMICFRS Area for improvement vs PMO 'Rec' (the PMO uses AFI for the "
          "other AFIs); both open"),
    F("q4", "HMI-038", "PEEL 21/22", "May-22", "AFI",
      "The force should make sure all processes in place to support performance management are "
      "effective.",
      "Performance framework refresh; Force Performance Board ToR", "DCC", ("plan", 0), "A",
      D(2026, 3, 31), "Framework options paper to COG Nov-25.", code="CHG-0146",
      cat="conflict",
      why="report/date differ: HMICFRS has it under PEEL 2023–25 (04/07/2024); PMO files it "
          "under PEEL 21/22 (May-22); both open"),
    F("q5", "HMI-049", "PEEL 2023-25", "Jul-24", "AFI",
      "The force should make sure it has access to accurate data and analysis to support "
      "effective performance management.",
      "Data quality improvement plan; analyst capacity review", "Head of Corporate Development",
      ("del", 0), "A", D(2026, 3, 31),
      "Data quality dashboard live; analyst establishment review at COG Dec-25.",
      code="CHG-0146", hmid="14090", cat="conflict",
      why="reference differs: PMO records HMICFRS ID 14090 (no such item), the item is 14009 "
          "(digits transposed); text, report and date agree; both open"),
    F("aus_2", "HMI-055", "Policing in Austerity 2014", "Jul-14", "Nat Rec",
      "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
      "through collaboration should assess whether there is scope to improve on this position.",
      "Collaboration opportunities review (East Midlands) within Regional Collaboration "
      "programme", "Director of Finance", ("del", 0), "G", D(2026, 3, 31),
      "Regional collaboration review commissioned with EMSOU partners.", hmid=None,
      code="CHG-0158"),
    F("aus_4", "HMI-056", "Policing in Austerity 2014", "Jul-14", "Nat Rec",
      "In preparation for the next spending round period all Chief Constables and PCCs should "
      "review their plans for collaboration. In particular they should consider whether there "
      "is scope to deliver better value for money and improved capability and capacity through "
      "joint working with other forces, the public and/or the private sector.",
      "Collaboration plan in MTFP 2025-29", "Director of Finance", ("emb", 1), "G",
      D(2026, 3, 31), "Collaboration plan in MTFP; embedding in budget-setting 26/27.",
      hmid=None, code="CHG-0158"),
    F("f3", "HMI-014", "PEEL Efficiency 2017", "Nov-17", "AFI",
      "The force should develop its understanding of the links between its outcomes, outputs "
      "and costs.",
      "Activity-based costing model; outcome/cost report in MTFP", "Director of Finance",
      ("emb", 0), "A/G", D(2025, 12, 31),
      "ABC model v2 used for 26/27 budget. Embedding: finance BPs trained; review Dec-25.",
      code="CHG-0136"),
    F(None, "LOC-03", "JAC", None, "JAC action",
      "JAC action: Add repeat victims measures to the monthly Force Performance pack",
      "Repeat victim measures in pack from Apr-25", "Head of Corporate Development",
      ("bau", 1), None, D(2025, 4, 30), "In the pack since Apr-25.", cb=D(2025, 5, 21),
      hmid="n/a", cat="not_on_hmicfrs_list",
      why="Joint Audit Committee action, not an HMICFRS item; same topic as q9 (repeat "
          "victims) but a different ask"),
]

# ---- Programme 6: Specialist Operations (firearms licensing, custody) -----------------
K1_PARTS = [
    ("Within six months, in conjunction with children's social care services, review how "
     "the force manages the detention of children – (1) ensure that all children are only "
     "detained when absolutely necessary and for the absolute minimum amount of time",
     ("clo", 0), "Child detention gatekeeping by duty inspector", "Closed Change Board "
     "13/09/23."),
    ("(2) custody staff assess at an early stage a child's need for alternative accommodation "
     "(secure or otherwise) and work with children's social care services to achieve the most "
     "appropriate option for the child", ("bau", 0),
     "PACE beds protocol with LCC; escalation route", "Protocol signed; BAU with Ch Insp "
     "Custody."),
    ("(3) custody staff make a record of all actions taken and decisions made on the relevant "
     "documentation", ("ben", 1), "Custody record child-detention fields; monthly audit",
     "Audit compliance 94%; benefits tracked by Ch Insp Custody."),
    ("(4) improve the timeliness of adequate appropriate adult support for children who are "
     "arrested", ("clo", 2), "AA service contract (LCC) with 2hr SLA",
     "New AA contract live Apr-23. Closed."),
]
K1_ROWS = [
    F("k1", f"HMI-025{'abcd'[i]}", "HMICFRS/HMIP custody 2020", "Aug-20", "Rec", req, deliv,
      "Ch Insp Custody", st, None, D(2023, 9, 30), comm, cb=D(2023, 9, 13), code="CHG-0115",
      hmid="11058" if i == 0 else None, cat="closeable_submit",
      why=f"one of 4 rows split from custody rec 11058 (bullet {i + 1}); all 4 rows done "
          "(Closed/BAU/Benefits realisation/CLOSED) while HMICFRS has it Being progressed")
    for i, (req, st, deliv, comm) in enumerate(K1_PARTS)
]
P6 = [
    F("fa_2", "HMI-075", "Firearms licensing 2015", "Sep-15", "Nat Rec",
      "Within 3 months, assess the demand placed on the firearms licensing department and "
      "ensure it has the capacity to meet this demand and provide an efficient and effective "
      "service at all times.",
      "FLU demand model; renewals backlog < 4 weeks", "Supt Firearms Licensing", ("del", 1),
      "A", D(2026, 3, 31),
      "Renewals backlog 9 weeks (Oct-25). 3 temporary FEOs funded to Mar-26.",
      code="CHG-0149"),
    F("fa_3", "HMI-076", "Firearms licensing 2015", "Sep-15", "Nat Rec",
      "Immediately, all chief constables should satisfy themselves that all appropriate action "
      "is being taken by their force with regard to ‘total expired’ licensing records.",
      "Total expired records cleansed on NFLMS; weekly exception report",
      "Supt Firearms Licensing", ("del", 0), "G", D(2025, 12, 31),
      "412 total expired records reviewed; 9 outstanding. Weekly report in place.",
      code="CHG-0149"),
    F("fa_5", "HMI-077", "Firearms licensing 2015", "Sep-15", "Nat Rec",
      "Within three months, all chief constables should ensure that systems designed to "
      "identify, prior to police attendance, whether a reported incident involves or is at the "
      "address of a firearm certificate holder are in place and are always applied by staff "
      "dispatching officers to incidents; and that officers understand the risk assessment "
      "which they should be undertaking in such circumstances, and their power, when "
      "appropriate, to seize firearms and firearm certificates.",
      "STORM/NFLMS address marker; dispatcher prompt; officer briefing",
      "Supt Firearms Licensing", ("bau", 0), "G", D(2024, 12, 31),
      "Marker and prompt live; briefing delivered. BAU with Supt Contact Centre.",
      cb=D(2025, 1, 22), code="CHG-0149"),
    *K1_ROWS,
]

PROGRAMMES = [
    ("PROGRAMME 1 – PROTECTING VULNERABLE PEOPLE", "ACC Crime / Ch Supt Public Protection", P1),
    ("PROGRAMME 2 – INVESTIGATION STANDARDS & CRIME DATA", "ACC Crime", P2),
    ("PROGRAMME 3 – CONTACT, DEMAND & DIGITAL", "ACC Local Policing", P3),
    ("PROGRAMME 4 – PEOPLE, CULTURE & LEGITIMACY", "Director of People", P4),
    ("PROGRAMME 5 – CORPORATE GOVERNANCE, FINANCE & COLLABORATION", "DCC", P5),
    ("PROGRAMME 6 – SPECIALIST OPERATIONS (FIREARMS LICENSING & CUSTODY)", "ACC Local Policing",
     P6),
]

# ---- Closed log ---------------------------------------------------------------------
LOG = [
    L("aus_1", "HMI-P01", "Policing in Austerity 2014", "Nat Rec",
      "All Chief Constables and PCCs should review their plans to deliver savings to ensure "
      "they are doing all they can to continue to reduce crime and protect the front line "
      "while balancing their budgets. They should use the data and information contained in "
      "this report, and in HMIC's Value for Money profiles, when conducting their reviews",
      "Closed", D(2015, 7, 8), "Delivered – savings plan reviewed with OPCC (MTFP 2015-19)",
      "Director of Finance", "Legacy tracker (pre-PMO)", hmid=None),
    L("aus_3", "HMI-P02", "Policing in Austerity 2014", "Nat Rec",
      "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
      "workforce and/or police officers on the front line should assess whether they have "
      "taken the decisive action seen in many forces in order to maintain their crime fighting "
      "capacity. HMIC will follow up the assessments in the autumn.",
      "Closed", D(2016, 4, 13), "Superseded by PEEL efficiency (HMIC letter Mar-16)",
      "Director of Finance", "Legacy tracker (pre-PMO)", hmid=None),
    L("sas13_2", "HMI-P03", "Stop and Search 2013", "Nat Rec",
      "Chief Constables should establish or improve monitoring of the way officers stop and "
      "search people, so that they can be satisfied their officers are acting in accordance "
      "with the law (including equality legislation and the Code of Practice), and that the "
      "power is used effectively to prevent crime, catch criminals and maintain public trust.",
      "Closed", D(2016, 3, 9), "Delivered – S&S monitoring at Legitimacy Board",
      "ACC Local Policing", "Legacy tracker (pre-PMO)", hmid=None),
    L("sas13_3", "HMI-P04", "Stop and Search 2013", "Nat Rec",
      "Chief Constables should, in consultation with elected local policing bodies, ensure that "
      "they comply with the code of practice by explaining to the public the way stop and "
      "search powers are used in their areas and by making arrangements for stop and search "
      "records to be scrutinised by community representatives. This should be done in a way "
      "that involves those people who are stopped and searched, for example, young people.",
      "Closed", D(2016, 3, 9), "Delivered – S&S scrutiny panel established with OPCC",
      "ACC Local Policing", "Legacy tracker (pre-PMO)", hmid=None),
    L("everyone", "HMI-P05", "Everyone's Business (DA) 2014", "Nat Rec",
      "By September 2014, every police force in England and Wales should establish and publish "
      "an action plan that specifies in detail what steps it will take to improve its approach "
      "to domestic abuse. This action plan should be developed: - in consultation with police "
      "and crime commissioners, domestic abuse support organisations and victims' "
      "representatives; - after close consideration of all the recommendations in this "
      "report; - with reference to all relevant domestic homicide reviews and IPCC findings, "
      "whether in connection with the force in question or another force; and - drawing on "
      "relevant knowledge acquired or available from other sources such as CPS scrutiny panels "
      "and MARAC self-assessments.",
      "Closed", D(2015, 12, 2), "DA action plan published Sep-14; HMIC confirmed complete",
      "Ch Supt Public Protection", "Legacy tracker (pre-PMO)", hmid="2321"),
    L("core_1", "HMI-P06", "Core business", "Nat Rec",
      "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that "
      "have not yet done so, should provide call-handlers with specific, sound and "
      "comprehensible criteria against which they can assess threat, harm and risk.",
      "Closed", D(2015, 9, 16), "THRIVE criteria in FCR", "Supt Contact Centre",
      "Legacy tracker (pre-PMO)", hmid="4822"),
    L("sas15", "HMI-P07", "Stop & search powers 2", "Nat Rec",
      "Chief constables should, in consultation with police and crime commissioners, ensure "
      "that they comply with the Code of Practice by explaining to the public the way stop and "
      "search powers are used in their areas and by making arrangements for stop and search "
      "records to be scrutinised by community representatives. This should be done in a way "
      "that involves those people who are stopped and searched, for example young people.",
      "Closed", D(2018, 2, 14), "Superseded by PEEL Legitimacy 2017 national recs",
      "ACC Local Policing", "Legacy tracker (pre-PMO)", hmid=None),
    L("fa_1", "HMI-P08", "Firearms licensing 2015", "Nat Rec",
      "Within three months, assess how well the governance of firearms licensing in the force "
      "meets the standards set out in APP; put in place immediately the correct arrangements "
      "where the standards are not complied with.",
      "Closed", D(2016, 6, 8), "APP governance gap analysis done; FLU governance board",
      "Supt Firearms Licensing", "Legacy tracker (pre-PMO)", hmid="5941"),
    L("fa_4", "HMI-P09", "Firearms licensing 2015", "Nat Rec",
      "Within three months, all chief constables should ensure that their arrangements in "
      "respect of the use of temporary permits are in accordance with the Home Office "
      "guidance; that temporary permits are properly recorded without delay on the National "
      "Firearms Licensing Management System; and that effective systems exist to ensure "
      "certificate holders are not permitted, at any time, to remain in unlawful possession of "
      "a firearm.",
      "Closed", D(2016, 6, 8), "Temporary permit process on NFLMS", "Supt Firearms Licensing",
      "Legacy tracker (pre-PMO)", hmid="5944"),
    L("e1", "HMI-011", "PEEL Eff 16", "AFI",
      "The force should take steps to ensure that there is effective supervision of the "
      "initial risk assessment process, specifically in relation to the completion of DASH "
      "risk assessment in appropriate cases.",
      "Closed", D(2019, 5, 15), "Closed – superseded by DA improvement plan; HMICFRS confirmed "
      "complete Apr-19", "Ch Supt Public Protection", "SharePoint/PMO/Closed/HMI-011",
      hmid="6712"),
    L("st_2", "HMI-062", "Stolen Freedom (MSHT) 2017", "Nat Rec",
      "Within six months, forces should have in place active information-sharing agreements "
      "with other agencies to facilitate speedy exchange of intelligence and in order to "
      "safeguard victims better and to identify suspects as early as possible",
      "Closed", D(2019, 10, 16), "ISAs signed with GLAA, LCC, Border Force",
      "Det Ch Supt Force CID", "SharePoint/PMO/Closed/HMI-062", hmid="8180"),
    L("f1", "HMI-013", "PEEL Efficiency 2017", "AFI",
      "The force should undertake further work to gain a fuller understanding of current "
      "demand for its services, and likely future changes in demand. This is so it can make "
      "best use of its resources by matching them to demand to meet the needs of the public.",
      "Transferred to BAU", D(2019, 3, 20), "Demand model handed to Corporate Development "
      "(FMS)", "Head of Corporate Development", "SharePoint/PMO/Closed/HMI-013", hmid="8402"),
    L("f2", "HMI-015", "PEEL Efficiency 2017", "AFI",
      "The force should develop a future workforce plan that is aligned with its overall "
      "demand and budget. The plan should include future resource allocations, the mix of "
      "skills required by the workforce and behaviours expected of them.",
      "Benefits realisation", D(2023, 10, 18), "Strategic Workforce Plan 2023-27 approved; "
      "benefits tracked by People Board", "Director of People",
      "SharePoint/PMO/Closed/HMI-015", hmid="8403"),
    L("l1", "HMI-017", "PEEL Legit 17", "AFI",
      "The force should make sure it provides a confidential way for staff to raise concerns "
      "and that staff are aware of whistleblowing processes.",
      "Closed", D(2019, 6, 12), "Confidential reporting line (Safecall) live; comms campaign",
      "Head of Professional Standards", "SharePoint/PMO/Closed/HMI-017", hmid="8611"),
    L("l2", "HMI-018", "PEEL Legit 17", "AFI",
      "The force should review how it gathers and uses equality and diversity data to improve "
      "its understanding of its workforce demographics.",
      "Closed", D(2024, 2, 21), "E&D data declaration campaign (87% declared); workforce "
      "dashboard", "Director of People", "SharePoint/PMO/Closed/HMI-018", hmid="8612"),
    L(None, "HMI-019", "PEEL Legit 17", "AFI",
      "The force should revise its approach to cautions, cannabis warning and penalty notices "
      "for disorder to ensure that there is a clear and auditable explanation to the offender "
      "of the implications of receiving the warning and that, for victim-based crimes, there "
      "is a clear and auditable record that views of the victim are considered prior to their "
      "issue.",
      "Closed", D(2019, 9, 18), "OOCD scrutiny panel; victim-view field on Niche",
      "Head of Criminal Justice", "SharePoint/PMO/Closed/HMI-019", hmid="8614",
      cat="not_on_hmicfrs_list",
      why="legitimacy 2017 AFI the force still logs (ID 8614) but HMICFRS's definitive list no "
          "longer holds it; closed on the force side"),
    L("lg_2", "HMI-060", "PEEL Legit 17 S&S", "Nat Rec", SAS_MONITORING_2017,
      "Closed", D(2020, 2, 19), "S&S monitoring dashboard (ethnicity, find rates, "
      "possession-only) published monthly", "ACC Local Policing",
      "SharePoint/PMO/Closed/HMI-060", hmid="8542"),
    L("n1", "HMI-003", "NCPI 2018", "Rec",
      "Within six months the force should review its approach to reports of missing children "
      "and take steps to ensure that: call takers understand and use the missing and absent "
      "category appropriately; call takers and frontline staff have the necessary knowledge to "
      "identify risk factors associated with child sexual exploitation and how to respond to "
      "such cases; and supervisors provide the correct oversight of missing person enquiries "
      "and direct appropriate and timely investigative and safeguarding action.",
      "Closed", D(2020, 3, 18), "Missing persons policy rewrite; FCR training; supervisor "
      "review", "Ch Supt Public Protection", "SharePoint/PMO/Closed/HMI-003", hmid="9120"),
    L("pw_2", "HMI-078", "Police powers spotlight (Feb 21)", "Nat Rec",
      "By July 2021, forces should ensure that communication skills are reinforced as part of "
      "the programme of continuing professional development for officers and staff, and that "
      "supervisors are supported to routinely and frequently debrief officers on these skills "
      "using body-worn video footage.",
      "Transferred to BAU", D(2023, 2, 15), "BWV debrief in supervisor CPD; L&D owns",
      "Head of Learning & Development", "SharePoint/PMO/Closed/HMI-078", hmid="11473"),
    L("p8", "HMI-039", "PEEL 21/22", "AFI",
      "The force should specify in succession plans how it intends to improve diversity across "
      "all levels of the force. This should include offering increased direct-entry "
      "opportunities.",
      "Closed", D(2024, 6, 19), "Succession plans with diversity actions; DE inspector "
      "scheme", "Director of People", "SharePoint/PMO/Closed/HMI-039", hmid="12318"),
]

# --------------------------------------------------------------------------------------
# Categories for the matched rows that did not set one explicitly
# --------------------------------------------------------------------------------------
HM_CLOSED = {CO, SU}


def stage_code_of(row) -> str:
    if "stage" in row:
        return row["stage"][0]
    return {"Closed": "clo", "Transferred to BAU": "bau", "Benefits realisation": "ben"}[
        row["final"]]


def classify(row):
    if row["cat"]:
        return
    h = HM[row["key"]]
    hm_closed = h[4] in HM_CLOSED
    code = stage_code_of(row)
    f_done = code not in OPEN_STAGES
    label = {"init": "Initiate", "plan": "Plan", "del": "Deliver", "emb": "Embed",
             "hold": "On hold", "bau": "Transferred to BAU", "ben": "Benefits realisation",
             "clo": "Closed"}[code]
    where = "" if "stage" in row else " (Closed log)"
    if hm_closed and f_done:
        row["cat"] = "in_sync"
        row["why"] = f"closed on both: HMICFRS {h[4]}; PMO {label}{where}"
    elif not hm_closed and not f_done:
        row["cat"] = "in_sync"
        row["why"] = f"open on both: HMICFRS {h[4]}; PMO stage {label} (not done)"
    elif not hm_closed and f_done:
        row["cat"] = "closeable_submit"
        row["why"] = f"HMICFRS {h[4]}; PMO {label}{where} = delivered: submit for closure"
    else:
        row["cat"] = "closeable_local"
        row["why"] = f"HMICFRS {h[4]}; PMO stage {label} still open: close PMO entry"
    extra = {
        "e3": "; PMO folded it into CHG-0140, no HMICFRS ID, text abridged",
        "efc17n": "; PMO copy drops the sentence addressed to HO/NPCC/APCC (not the force's ask)",
        "picture": "; DCA Amber is benefits confidence, not an open status",
        "p6": "; DCA Amber is benefits confidence, not an open status",
        "n2": "; DCA A/G is benefits confidence",
        "f3": "; Embed is not done (embedding, review Dec-25)",
        "c3": "; Embed is not done (file quality checks to Jan-26)",
        "aus_4": "; Embedding is not done; no HMICFRS ID on PMO row",
        "st_3": "; Embed is not done (dip-sample before closure request)",
        "lg_3": "; Embed is not done",
        "aus_2": "; PMO copy drops HMIC's follow-up sentence; no HMICFRS ID",
        "st_5": "; DCA G means on track, not complete",
        "fa_3": "; DCA G means on track, not complete",
        "p3": "; stem dropped in PMO copy",
        "q3": "; DCA G means on track, not complete",
        "q10": "; DCA G means on track, not complete",
        "p5": "; On hold is open",
        "integrity": "; PMO rewords to the singular, no HMICFRS ID",
        "core_2": "; no HMICFRS ID on PMO row",
        "st_2": "; PMO copy lacks the stray footnote '86'",
        "everyone": "; PMO copy lacks footnote '20', bullets as dashes",
        "sas13_3": "; near-twin of sas15 (5017): tell apart by report and 'elected local "
                   "policing bodies'",
        "sas15": "; near-twin of sas13 (1189): tell apart by report and 'police and crime "
                 "commissioners'",
        "f2": "; Benefits realisation = delivered",
        "fa_1": "; PMO copy abridged",
        "n1": "; bullets flattened",
        "st_4": "; abbreviations HO/MSHT",
        "lg_5": "; abbreviations S&S/CoP",
        "p2": "; PMO copy abridged",
        "lg_coc": "; CoC tracked as its own row",
        "p0": "; CoC tracked as its own row",
        "q2": "; PMO rewords 'the force' as 'we'",
        "q9": "; near-twin local action LOC-03 is a different row",
        "p4": "; near-twin of q10 (mental ill health)",
    }.get(row["key"], "")
    row["why"] += extra


# --------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------
THIN = Side(style="thin", color="BFBFBF")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
HEAD_FILL = PatternFill("solid", fgColor="1F3864")
BAND_FILL = PatternFill("solid", fgColor="8EA9DB")
PROG_FILL = PatternFill("solid", fgColor="D9E1F2")
DCA_FILL = {"G": "63BE7B", "A/G": "C6E0B4", "A": "FFC000", "A/R": "F4B183", "R": "FF0000"}


def write_hmicfrs(path: Path) -> dict[str, str]:
    wb = Workbook()
    ws = wb.active
    ws.title = "Definitive list"
    ws["A1"] = "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Definitive list of recommendations, causes of concern and areas for "
                "improvement held against Lincolnshire Police")
    ws["A2"].font = Font(bold=True)
    ws["A3"] = ("Produced 03/11/2025 for the force liaison lead. Items held on the register "
                "against the force, open and closed; items archived by HMICFRS are not shown. "
                "Please return any queries by 05/12/2025.")
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Force", "ID", "Report", "Publication date", "Type",
           "Recommendation / area for improvement / cause of concern", "Status", "Status date",
           "Latest comment"]
    ws.append([])
    ws.append(hdr)
    hr = ws.max_row
    for c in range(1, len(hdr) + 1):
        cell = ws.cell(hr, c)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEAD_FILL
        cell.alignment = WRAP
        cell.border = BOX
    order = sorted(HM, key=lambda k: (REPORTS[HM[k][1]][1], HM[k][0]))
    rows = {}
    for k in order:
        ref, rep, typ, text, status, sdate, comment = HM[k]
        ws.append([FORCE, ref, REPORTS[rep][0], REPORTS[rep][1], typ, text, status, sdate,
                   comment])
        r = ws.max_row
        rows[k] = f"Definitive list!{r}"
        for c in range(1, len(hdr) + 1):
            ws.cell(r, c).alignment = WRAP
            ws.cell(r, c).border = BOX
        ws.cell(r, 4).number_format = "dd/mm/yyyy"
        ws.cell(r, 8).number_format = "dd/mm/yyyy"
    for col, w in zip("ABCDEFGHI", [18, 8, 42, 13, 22, 90, 16, 12, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = ws.cell(hr + 1, 1)
    ws.auto_filter.ref = f"A{hr}:I{ws.max_row}"
    save(wb, path)
    return rows


def write_tracker(path: Path) -> None:
    wb = Workbook()
    # ---- Summary sheet (not items) ----
    sm = wb.active
    sm.title = "Portfolio summary"
    sm["A1"] = "HMICFRS portfolio – summary by programme and stage (Oct-25 highlight report)"
    sm["A1"].font = Font(bold=True, size=12)
    stages = ["Initiate", "Plan", "Deliver", "Embed", "On hold", "Transferred to BAU",
              "Benefits realisation", "Closed"]
    sm.append([])
    sm.append(["Programme"] + stages + ["Total"])
    for c in range(1, len(stages) + 3):
        sm.cell(3, c).font = Font(bold=True)
    codes = ["init", "plan", "del", "emb", "hold", "bau", "ben", "clo"]
    for title, _sro, rows in PROGRAMMES:
        counts = [sum(1 for r in rows if r["stage"][0] == c) for c in codes]
        sm.append([title.split(" – ")[1].title()] + counts + [sum(counts)])
    sm.append(["Closed log (archived)", 0, 0, 0, 0, 0,
               sum(1 for r in LOG if r["final"] == "Transferred to BAU"),
               sum(1 for r in LOG if r["final"] == "Benefits realisation"),
               sum(1 for r in LOG if r["final"] == "Closed"), len(LOG)])
    sm.append([])
    sm.append(["Note: counts are lines (work packages), not HMICFRS items. DCA is not a "
               "completion measure – see Lookups."])
    sm.column_dimensions["A"].width = 58

    # ---- Main register ----
    ws = wb.create_sheet("HMICFRS Register")
    ws["A1"] = "Lincolnshire Police – Change & Improvement Portfolio Office (PMO)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("HMICFRS Recommendations, AFIs & Causes of Concern – delivery tracker   |   "
                "Reporting period: October 2025   |   v4.3   |   OFFICIAL")
    ws["A2"].font = Font(bold=True)
    ws["A3"] = ("Stage = project lifecycle (see Lookups).  DCA = delivery confidence (IPA "
                "scale G, A/G, A, A/R, R) – NOT a completion status.  Closed items are swept "
                "to 'Closed log' after each quarterly Change Board.")
    ws["A3"].font = Font(italic=True, size=9)
    bands = [("IDENTIFICATION", 1, 6), ("REQUIREMENT", 7, 8), ("OWNERSHIP", 9, 10),
             ("DELIVERY", 11, 13), ("REPORTING & CLOSURE", 14, 15)]
    for name, c1, c2 in bands:
        ws.cell(4, c1, name)
        ws.merge_cells(start_row=4, start_column=c1, end_row=4, end_column=c2)
        ws.cell(4, c1).font = Font(bold=True)
        ws.cell(4, c1).fill = BAND_FILL
        ws.cell(4, c1).alignment = Alignment(horizontal="center")
    hdr = ["PMO Ref", "Project code", "HMICFRS ID", "Inspection / source", "Published",
           "Req. type", "Requirement (as published)", "Deliverable / success measure", "SRO",
           "Delivery lead", "Stage", "DCA", "Target date",
           "Highlight commentary (Oct-25)", "Change Board closure date"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEAD_FILL
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for title, sro, rows in PROGRAMMES:
        r += 1  # blank spacer row
        r += 1
        ws.cell(r, 1, f"{title}   |   Programme SRO: {sro}")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=15)
        ws.cell(r, 1).font = Font(bold=True)
        ws.cell(r, 1).fill = PROG_FILL
        for row in rows:
            r += 1
            hmid = row["hmid"]
            if hmid == "auto":
                hmid = HM[row["key"]][0]
            elif hmid is not None and hmid != "n/a":
                hmid = int(hmid)
            stage = stage_word(*row["stage"]) if len(row["stage"]) == 1 else \
                STAGES[row["stage"][0]][row["stage"][1]]
            lead = rng.choice(LEADS)
            vals = [row["ref"], row["code"], hmid, row["src"], row["pub"], row["typ"],
                    row["req"], row["deliv"], row["sro"], lead, stage, row["dca"],
                    row["target"], row["comm"], row["cb"]]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(r, 13).number_format = "dd/mm/yyyy"
            ws.cell(r, 15).number_format = "dd/mm/yyyy"
            if row["dca"]:
                ws.cell(r, 12).fill = PatternFill("solid", fgColor=DCA_FILL[row["dca"]])
            row["force_row"] = f"HMICFRS Register!{r}"
    r += 2
    n_lines = sum(len(p[2]) for p in PROGRAMMES)
    ws.cell(r, 1, f"Lines on this tab: {n_lines}. Archived items: see 'Closed log' tab.")
    ws.cell(r, 1).font = Font(italic=True)
    r += 1
    ws.cell(r, 1, "Prepared by K. Ashworth, PMO Analyst. Next Change Board: 19/11/2025.")
    ws.cell(r, 1).font = Font(italic=True)
    widths = [11, 11, 10, 24, 9, 10, 70, 40, 22, 18, 20, 6, 11, 55, 12]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "C6"

    # ---- Closed log ----
    cl = wb.create_sheet("Closed log")
    cl["A1"] = "Closed log – HMICFRS items archived after Change Board closure"
    cl["A1"].font = Font(bold=True, size=12)
    cl["A2"] = ("Items are moved here once the Change Board approves closure or transfer to "
                "BAU. Legacy items (HMI-Pxx) migrated from the pre-2019 tracker. Do not delete "
                "rows.")
    cl["A2"].font = Font(italic=True, size=9)
    lhdr = ["PMO Ref", "HMICFRS ID", "Source", "Type", "Requirement", "Final stage",
            "Change Board closure", "Closure reason", "BAU / benefits owner", "Evidence"]
    for c, h in enumerate(lhdr, 1):
        cell = cl.cell(3, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEAD_FILL
        cell.border = BOX
    r = 3
    for row in LOG:
        r += 1
        hmid = row["hmid"]
        if hmid == "auto":
            hmid = HM[row["key"]][0]
        elif hmid is not None:
            hmid = int(hmid)
        vals = [row["ref"], hmid, row["src"], row["typ"], row["req"], row["final"], row["cb"],
                row["reason"], row["owner"], row["evid"]]
        for c, v in enumerate(vals, 1):
            cell = cl.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
        cl.cell(r, 7).number_format = "dd/mm/yyyy"
        row["force_row"] = f"Closed log!{r}"
    for i, w in enumerate([10, 10, 26, 9, 80, 20, 12, 45, 26, 32], 1):
        cl.column_dimensions[get_column_letter(i)].width = w

    # ---- Lookups (legend, not items) ----
    lk = wb.create_sheet("Lookups")
    lk.append(["Stage", "Definition (PMO Change Framework v2.1)"])
    for s, d in [
        ("1 - Initiate", "Mandate raised; SRO assigned; not yet planned."),
        ("2 - Plan", "PID / plan being produced or approved."),
        ("3 - Deliver", "Work in progress against the plan."),
        ("4 - Embed", "Change implemented; adoption being embedded and evidenced. HMICFRS "
                      "closure is NOT requested until embedding is evidenced."),
        ("5 - Transferred to BAU", "Project closed; deliverables handed to a named BAU owner. "
                                   "Recommendation treated as delivered."),
        ("6 - Benefits realisation", "Project closed; deliverables complete; benefits tracked "
                                     "by the benefits owner."),
        ("7 - Closed", "Closed by Change Board."),
        ("On hold", "Paused by Change Board; still open."),
    ]:
        lk.append([s, d])
    lk.append([])
    lk.append(["DCA", "Delivery confidence assessment"])
    for s, d in [("G", "Successful delivery on time, budget and quality appears highly likely"),
                 ("A/G", "Successful delivery appears probable"),
                 ("A", "Successful delivery appears feasible but significant issues exist"),
                 ("A/R", "Successful delivery in doubt; major risks or issues"),
                 ("R", "Successful delivery appears to be unachievable"),
                 ("(blank)", "Not assessed once a project is closed or transferred to BAU")]:
        lk.append([s, d])
    lk.column_dimensions["A"].width = 26
    lk.column_dimensions["B"].width = 100
    save(wb, path)


def save(wb: Workbook, path: Path) -> None:
    """Save with fixed timestamps so the file is byte-for-byte reproducible."""
    wb.properties.creator = "PMO"
    wb.properties.lastModifiedBy = "PMO"
    wb.properties.created = FIXED_TS
    buf = io.BytesIO()
    wb.save(buf)
    stamp = FIXED_TS.strftime("%Y-%m-%dT%H:%M:%SZ")
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)",
                              rb"\g<1>" + stamp.encode() + rb"\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_TS.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


def main() -> None:
    OUT.mkdir(exist_ok=True)
    hm_rows = write_hmicfrs(OUT / "hmicfrs.xlsx")
    all_force = [r for _t, _s, rows in PROGRAMMES for r in rows] + LOG
    for row in all_force:
        if row["key"] is not None:
            classify(row)
    write_tracker(OUT / "tracker.xlsx")

    lines = []
    matched = set()
    for row in all_force:
        hrow = hm_rows[row["key"]] if row["key"] else ""
        if row["key"]:
            matched.add(row["key"])
        lines.append((hrow, row["force_row"], row["cat"], row["why"]))
    missing_why = {
        "e2": "HMICFRS Superseded; never loaded into the PMO tracker (closed before PMO took "
              "over in 2019)",
        "p9": "HMICFRS Being progressed; no PMO row for the prevention strategy AFI – nobody "
              "owns it",
        "q6": "HMICFRS Awaiting review; PEEL 2023–25 honour-based abuse training AFI not yet "
              "loaded by PMO",
        "sas13_1": "HMICFRS Complete; addressed to chief constables and the College, PMO never "
                   "tracked it",
        "lg_4": "HMICFRS Being progressed; no PMO row for the 'publish this analysis annually' "
                "rec (HMI-069 covers only the disparities rec 8543)",
        "pw_4": "HMICFRS Being progressed; addressed to Home Office/NPCC, PMO did not load it, "
                "but it is on the force's definitive list",
    }
    for k in HM:
        if k not in matched:
            lines.append((hm_rows[k], "", "missing_from_force", missing_why[k]))

    def sort_key(line):
        h, f, *_ = line
        def rk(s):
            if not s:
                return ("~", 0)
            sh, n = s.rsplit("!", 1)
            return (sh, int(n))
        return (rk(h) if h else ("~",) + (0,), rk(f))
    lines.sort(key=sort_key)
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)


if __name__ == "__main__":
    main()
