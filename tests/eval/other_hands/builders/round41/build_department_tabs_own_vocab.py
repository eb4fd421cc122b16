"""Build the evaluation case `department_tabs_own_vocab` (round 41).

A force tracker workbook with one tab per department, each kept by a different person with
its own column order, header wording and "done" vocabulary:
  Crime                  RAG words (Green = done; Amber, Red, Amber/Green = open)
  Public Protection      % complete (100% = done)
  Contact Management     Open / Closed
  Professional Standards a "Completed" date (blank / Ongoing / tbc = open)
  Corporate Services     short codes with a key on the tab (C, SFC, NFA = done; P, NS = open)
plus a central Archive tab, a Cover, a Summary and a hidden Lookups sheet.
The HMICFRS side is a plain definitive-list export (one sheet, title block, header on row 4).

Texts: real HMICFRS wording (Open Government Licence), copied from
/work/shared/data/real_recommendations.csv and the casegen text lists; the force's own
summaries, actions and progress notes are written here.

Run:  /work/main/.venv/bin/python build_department_tabs_own_vocab.py
Rebuilds department_tabs_own_vocab/ byte for byte (fixed seed, fixed zip timestamps).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import random
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

SEED = 4120241104
random.seed(SEED)

HERE = os.path.dirname(os.path.abspath(__file__))
CASE = "department_tabs_own_vocab"
OUT = os.path.join(HERE, CASE)

FORCE = "Cheshire Constabulary"
D = dt.datetime

# --------------------------------------------------------------------------------------------
# HMICFRS reports on the definitive list
# --------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?", D(2013, 7, 9)),
    "every": ("Everyone's business: Improving the police response to domestic abuse", D(2014, 3, 27)),
    "aust": ("Policing in austerity: Meeting the challenge", D(2014, 7, 22)),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use of police time", D(2014, 9, 4)),
    "integ": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", D(2015, 1, 30)),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?", D(2015, 3, 24)),
    "pic": ("Building the picture: an inspection of police information management", D(2015, 7, 1)),
    "fire": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", D(2015, 9, 15)),
    "eff15": ("PEEL: Police efficiency 2015", D(2015, 10, 15)),
    "eff16": ("PEEL: Police effectiveness 2016", D(2017, 3, 2)),
    "cdi17": ("Crime data integrity inspection 2017", D(2017, 9, 14)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking", D(2017, 10, 24)),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", D(2017, 11, 9)),
    "legn17": ("PEEL: Police legitimacy 2017 (national overview)", D(2017, 12, 12)),
    "leg17": ("PEEL: Police legitimacy 2017", D(2017, 12, 12)),
    "ncpi18": ("National child protection inspection 2018", D(2018, 6, 21)),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", D(2019, 5, 2)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", D(2021, 2, 26)),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", D(2022, 5, 19)),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", D(2024, 5, 16)),
}

REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"
AR, BP, CO, SU = "Awaiting review", "Being progressed", "Complete", "Superseded"
CLOSED = {CO, SU}

C_COMPLETE = ["This recommendation is complete",
              "Authorised for closure on the basis of the additional observations offered by members of the inspection team in recent inspection activity."]
C_SUPER = ("This area of activity has subsequently been inspected in HMICFRS's PEEL inspections. Where a cause of "
           "concern still exists this will appear in the register against these subsequent inspections.")
C_MONITOR = ("The progress of the implementation of this recommendation is currently being monitored by HMICFRS "
             "and this record will, in due course, be updated.")
C_REVIEW = ("The status of this recommendation is currently being reviewed by HMICFRS and will be updated when "
            "this review is complete.")
C_NEW = "New recommendation"

# Real texts (OGL) -----------------------------------------------------------------------------
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
CHILD_DETENTION = (
    "Within six months Cheshire Constabulary should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• ensure "
    "that all children are only detained when absolutely necessary and for the absolute minimum "
    "amount of time;• ensure that officers and staff in the custody suite assess at an early "
    "stage a child’s need for alternative accommodation (secure or otherwise) and work with "
    "children’s social care services to achieve the most appropriate option for the child;• "
    "ensure that custody staff comply with their statutory duties to complete detention "
    "certificates if a child is detained for any reason in police custody following charge;• "
    "ensure that custody staff make a record of all actions taken and decisions made on the "
    "relevant documentation; and• improve the timeliness of adequate appropriate adult support "
    "for children who are arrested."
)
MISSING_CHILDREN_REC = (
    "To address this cause of concern the force should immediately review its approach to reports "
    "of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action."
)
POWERS_HO = ("The Home Office and the NPCC should take steps to ensure that the quality of the "
             "data collected on the number of incidents where force has been used to effect a "
             "stop and search is sufficient for publication. The Home Office should publish "
             "this data as soon as possible.")

# --------------------------------------------------------------------------------------------
# HMICFRS items: key -> (report, id, type, text, status, status date, comment)
# Listed in report order; row order in the export is publication date then ID.
# --------------------------------------------------------------------------------------------
H: dict[str, dict] = {}


def item(key, rep, hid, typ, text, status, sdate, comment=""):
    H[key] = dict(key=key, report=rep, id=hid, type=typ, text=text, status=status,
                  sdate=sdate, comment=comment)


item("H1", "sas13", 1187, NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search Authorised "
     "Professional Practice document a clear specification of what constitutes the effective and fair "
     "exercise of stop and search powers, and guidance in this respect. This should be compliant with the "
     "Code of Practice.", CO, D(2015, 6, 30), C_COMPLETE[0])
item("H2", "sas13", 1188, NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and search people, "
     "so that they can be satisfied their officers are acting in accordance with the law (including equality "
     "legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch "
     "criminals and maintain public trust.", CO, D(2015, 6, 30), C_COMPLETE[0])
item("H3", "sas13", 1189, NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that they comply "
     "with the code of practice by explaining to the public the way stop and search powers are used in their "
     "areas and by making arrangements for stop and search records to be scrutinised by community "
     "representatives. This should be done in a way that involves those people who are stopped and "
     "searched, for example, young people.", CO, D(2015, 6, 30), C_COMPLETE[0])
item("H4", "every", 2321, NAT, EVERYONE_PLAN, CO, D(2016, 2, 11), C_COMPLETE[1])
item("H5", "aust", 3304, NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing "
     "all they can to continue to reduce crime and protect the front line while balancing their budgets. "
     "They should use the data and information contained in this report, and in HMIC's Value for Money "
     "profiles, when conducting their reviews", SU, D(2016, 11, 3), C_SUPER)
item("H6", "aust", 3305, NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through "
     "collaboration should assess whether there is scope to improve on this position. HMIC will follow up "
     "the assessments in the autumn.", SU, D(2016, 11, 3), C_SUPER)
item("H7", "aust", 3306, NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce "
     "and/or police officers on the front line should assess whether they have taken the decisive action "
     "seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the "
     "assessments in the autumn.", SU, D(2016, 11, 3), C_SUPER)
item("H8", "aust", 3307, NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should review their "
     "plans for collaboration. In particular they should consider whether there is scope to deliver better "
     "value for money and improved capability and capacity through joint working with other forces, the "
     "public and/or the private sector.", CO, D(2016, 11, 3), C_COMPLETE[0])
item("H9", "core", 4822, NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done "
     "so, should provide call-handlers with specific, sound and comprehensible criteria against which they "
     "can assess threat, harm and risk.", CO, D(2016, 4, 19), C_COMPLETE[1])
item("H10", "core", 4823, NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is "
     "systematically recorded and subsequently evaluated to determine the effectiveness of tactics being "
     "employed.", BP, D(2019, 1, 8), C_REVIEW)
item("H11", "integ", 902, NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to "
     "ensure that investigations into misconduct by officers and staff resulting in “no further action” are "
     "fair and free of any form of discrimination.", AR, D(2015, 1, 30), C_NEW)
item("H12", "sas15", 5116, NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure that they comply "
     "with the Code of Practice by explaining to the public the way stop and search powers are used in their "
     "areas and by making arrangements for stop and search records to be scrutinised by community "
     "representatives. This should be done in a way that involves those people who are stopped and "
     "searched, for example young people.", CO, D(2017, 9, 26), C_COMPLETE[0])
item("H13", "pic", 5390, NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of "
     "compliance with the APP on information management through the force information management "
     "governance structure. This should include measures to ensure that categorisation of records are "
     "regularly adjusted.", BP, D(2020, 7, 14), C_MONITOR)
item("H14", "fire", 5871, NAT,
     "Within three months, all chief constables should assess how well the governance of firearms licensing "
     "in his or her force meets the standards set out in Authorised Professional Practice. Chief constables "
     "of forces where the governance standards are not being complied with should put in place immediately "
     "the correct arrangements and procedures in order to meet the standards in full.", BP, D(2016, 2, 2),
     C_MONITOR)
item("H15", "fire", 5872, NAT,
     "Within three months, all chief constables should assess the demand placed on their firearms licensing "
     "department and ensure it has the capacity to meet this demand and provide an efficient and effective "
     "service at all times.", BP, D(2016, 2, 2), C_MONITOR)
item("H16", "fire", 5873, NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action is being taken "
     "by their force with regard to ‘total expired’ licensing records.", CO, D(2016, 8, 23), C_COMPLETE[0])
item("H17", "fire", 5874, NAT,
     "Within three months, all chief constables should ensure that their arrangements in respect of the use "
     "of temporary permits are in accordance with the Home Office guidance; that temporary permits are "
     "properly recorded without delay on the National Firearms Licensing Management System; and that "
     "effective systems exist to ensure certificate holders are not permitted, at any time, to remain in "
     "unlawful possession of a firearm.", BP, D(2016, 2, 2), C_MONITOR)
item("H18", "fire", 5875, NAT,
     "Within three months, all chief constables should ensure that systems designed to identify, prior to "
     "police attendance, whether a reported incident involves or is at the address of a firearm certificate "
     "holder are in place and are always applied by staff dispatching officers to incidents; and that "
     "officers understand the risk assessment which they should be undertaking in such circumstances, and "
     "their power, when appropriate, to seize firearms and firearm certificates.", BP, D(2016, 2, 2), "")
item("H19", "eff15", 6120, AFI,
     "The force should undertake further work to gain a fuller understanding of current demand for its "
     "services, and likely future changes in demand. This is so it can make best use of its resources by "
     "matching them to demand to meet the needs of the public", CO, D(2018, 3, 6), C_COMPLETE[1])
item("H20", "eff15", 6121, AFI,
     "The force should develop its understanding of the links between its outcomes, outputs and costs",
     CO, D(2018, 3, 6), C_COMPLETE[1])
item("H21", "eff15", 6122, AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand and budget. "
     "The plan should include future resource allocations, the mix of skills required by the workforce and "
     "behaviours expected of them.", BP, D(2018, 3, 6), C_MONITOR)
item("H22", "eff16", 6981, COC,
     "The force’s current approach to domestic abuse is unacceptable. The proportion of victims who fail to "
     "support the investigation and the low use of police powers of arrest and prosecution is a cause of "
     "concern to HMIC.", CO, D(2019, 2, 12), C_COMPLETE[1])
item("H23", "eff16", 6982, REC,
     "In order to improve the service it provides to victims of domestic abuse, offer the best possible "
     "protection and bring more perpetrators to justice, the force should immediately consider ways of "
     "increasing the use of arrest, ancillary orders and other available powers.", BP, D(2019, 2, 12), C_MONITOR)
item("H24", "eff16", 6983, REC,
     "To improve the service provided to victims of domestic abuse the force should immediately take steps "
     "to understand and address the reason behind why such a high proportion of victims of domestic abuse do "
     "not support the police investigation.", BP, D(2019, 2, 12), C_MONITOR)
item("H25", "eff16", 6984, REC,
     "In addition, the practice of conducting domestic abuse risk assessments over the telephone and dealing "
     "with domestic abuse in the resolution centre should cease", CO, D(2018, 5, 1), C_COMPLETE[0])
item("H26", "eff16", 6985, COC,
     "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found that the "
     "assessment of risk for children who go missing from home was inappropriate in some cases. We found "
     "some instances where children were classed as ‘absent’ when they should have been recorded as "
     "‘missing’, and risk levels for missing children were sometimes incorrectly assessed at a lower grade. "
     "Children were incorrectly graded at a lower level and could have been exposed to an increased risk of "
     "harm.", CO, D(2019, 2, 12), C_COMPLETE[1])
item("H27", "eff16", 6986, REC, MISSING_CHILDREN_REC, BP, D(2019, 2, 12), C_MONITOR)
item("H28", "cdi17", 7402, REC, CDI_VICTIMS, BP, D(2018, 3, 14), "")
item("H29", "cdi17", 7403, AFI,
     "The force should make sure it records reports of modern slavery and human trafficking accurately and "
     "without delay.", AR, D(2017, 9, 14), C_NEW)
item("H30", "stolen", 7755, NAT, SF_LEADERSHIP, BP, D(2018, 10, 24), C_MONITOR)
item("H31", "stolen", 7756, NAT,
     "Within six months, forces should have in place active information-sharing agreements with other "
     "agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and "
     "to identify suspects as early as possible", BP, D(2018, 10, 24), C_MONITOR)
item("H32", "stolen", 7757, NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under compulsion "
     "attributable to slavery or exploitation are afforded the protection of early and continuing "
     "consideration of the applicability of the section 45 defence.", BP, D(2018, 10, 24), "")
item("H33", "stolen", 7758, NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it "
     "evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to "
     "notify the Home Office of any individual suspected to be an adult victim of modern slavery or human "
     "trafficking.", CO, D(2020, 1, 21), C_COMPLETE[0])
item("H34", "stolen", 7759, NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime recording "
     "standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that "
     "sufficient audit capacity is available to the force crime registrar to provide reassurance that each "
     "force is identifying and managing any gaps in its crime-recording accuracy for these types of "
     "offences.", BP, D(2018, 10, 24), "")
item("H35", "stolen", 7760, NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and human "
     "trafficking are thoroughly investigated and effectively supervised by teams and individuals with the "
     "skills and experience to undertake them (this should include the use where appropriate of joint "
     "intelligence teams and other means to obtain intelligence and evidence from agencies overseas).",
     BP, D(2018, 10, 24), C_MONITOR)
item("H36", "stolen", 7761, NAT,
     "Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 "
     "to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to "
     "others in respect of modern slavery and human trafficking offences are exploited.", BP,
     D(2018, 10, 24), "")
item("H37", "efc17", 7944, NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled "
     "services within their force. The Home Office, National Police Chiefs' Council and Association of "
     "Police and Crime Commissioners should support the development of these plans by establishing a "
     "national framework which allows for the provision of digitally enabled services across force "
     "boundaries.", SU, D(2021, 9, 7), C_SUPER)
item("H38", "legn17", 8541, COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is "
     "consistently reasonable and fair. In particular, there is over-representation of BAME people, and "
     "black people in particular, in stop and search data which many forces are unable to explain.",
     BP, D(2019, 6, 4), C_MONITOR)
item("H39", "legn17", 8542, NAT, SAS_MONITORING_2017, BP, D(2019, 6, 4), C_MONITOR)
item("H40", "legn17", 8543, NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the public that they "
     "have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, "
     "and •taken action to reduce the disparity, where necessary;", BP, D(2019, 6, 4), "")
item("H41", "legn17", 8544, NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual basis, from "
     "July 2018.", AR, D(2017, 12, 12), C_NEW)
item("H42", "legn17", 8545, NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and "
     "search powers have been provided with, and understand, training on unconscious bias and College of "
     "Policing APP on stop and search.", CO, D(2022, 3, 29), C_COMPLETE[1])
item("H43", "leg17", 8602, COC,
     "The size of the vetting backlog within Cheshire Constabulary is a cause of concern.", BP,
     D(2019, 5, 2), C_MONITOR)
item("H44", "leg17", 8603, REC,
     "The force should ensure all staff have received at least the lowest level of vetting clearance for "
     "their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals "
     "when they become due so that it complies fully with the national vetting guidelines.", BP,
     D(2019, 5, 2), C_MONITOR)
item("H45", "leg17", 8604, AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns and that staff "
     "are aware of whistleblowing processes.", CO, D(2020, 2, 18), C_COMPLETE[0])
item("H46", "leg17", 8605, AFI,
     "The force should review the support available for those who have raised concerns and take any action "
     "needed to make sure these provisions are suitable.", BP, D(2019, 5, 2), "")
item("H47", "leg17", 8606, AFI,
     "The force should review how it gathers and uses equality and diversity data to improve its "
     "understanding of its workforce demographics.", BP, D(2019, 5, 2), "")
item("H48", "ncpi18", 8790, REC, CHILD_DETENTION, BP, D(2019, 1, 15), C_MONITOR)
item("H49", "ncpi18", 8791, AFI,
     "The force should improve how it works with partner organisations to safeguard people at risk from "
     "child sexual exploitation.", CO, D(2021, 6, 8), C_COMPLETE[1])
item("H50", "peel18", 9530, COC,
     "The force does not have the capacity or capability to investigate crime effectively and this is "
     "affecting the service being provided to the public. There are failings in the way that crimes are "
     "being investigated.", BP, D(2020, 3, 3), C_MONITOR)
item("H51", "peel18", 9531, REC,
     "HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and "
     "capacity to manage their investigative workload, to better understand investigative demand and the "
     "pressures placed upon them; and", BP, D(2020, 3, 3), C_MONITOR)
item("H52", "peel18", 9532, REC,
     "HMIC recommends that within six months the force should: improve its ability to retrieve digital "
     "evidence from mobile phones, computers and other electronic devices quickly enough to ensure "
     "investigations are not delayed;", BP, D(2020, 3, 3), C_MONITOR)
item("H53", "peel18", 9533, REC,
     "HMIC recommends that within six months the force should: improve its understanding of suspects "
     "released under investigation and the management of those released on bail;", CO, D(2022, 5, 19),
     C_COMPLETE[1])
item("H54", "peel18", 9534, REC,
     "HMIC recommends that within six months the force should: ensure regular and active supervision of the "
     "quality and progress of investigations. This supervision should be properly recorded;", BP,
     D(2020, 3, 3), C_MONITOR)
item("H55", "peel18", 9535, REC,
     "HMIC recommends that the force should immediately: conduct a review, involving its partners, of the "
     "approach to vulnerability to better safeguard vulnerable people.", BP, D(2020, 3, 3), C_MONITOR)
item("H56", "powers", 11402, NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication skills, in "
     "line with the National Policing Guidelines on Conflict Management. This should be in addition to "
     "existing training on conflict management and de-escalation.", BP, D(2021, 2, 26), "")
item("H57", "powers", 11403, NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of the programme "
     "of continuing professional development for officers and staff, and that supervisors are supported to "
     "routinely and frequently debrief officers on these skills using body-worn video footage.", BP,
     D(2021, 2, 26), "")
item("H58", "powers", 11404, NAT, BWV_2021, BP, D(2021, 2, 26), "")
item("H59", "powers", 11405, NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on the use of "
     "force, to help them to identify and understand disproportionate use, explain the reasons and implement "
     "any necessary improvement action.", BP, D(2021, 2, 26), "")
# PEEL 2021/22 areas for improvement
item("Pa", "peel21", 12870, AFI,
     "The force should make sure it records reports of stalking and harassment accurately and without delay.",
     CO, D(2024, 5, 16), C_COMPLETE[1])
item("Pb", "peel21", 12871, AFI,
     "The force should improve the timeliness of its response to calls for service involving people with "
     "mental ill health.", BP, D(2023, 1, 10), "")
item("Pc", "peel21", 12872, AFI,
     "The force should make sure investigations of rape and serious sexual offences are allocated to "
     "officers with the right skills and are effectively supervised.", BP, D(2023, 1, 10), "")
item("Pd", "peel21", 12873, AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about county lines drug "
     "dealing.", AR, D(2022, 5, 19), C_NEW)
item("Pe", "peel21", 12874, AFI,
     "The force should make sure it consistently uses ancillary orders and other powers to protect victims "
     "of violence against women and girls.", BP, D(2023, 1, 10), "")
item("Pf", "peel21", 12875, AFI,
     "The force should develop a problem-solving approach to anti-social behaviour, working with local "
     "communities and partners.", BP, D(2023, 1, 10), "")
item("Pg", "peel21", 12876, AFI,
     "The force should make sure its performance framework gives senior leaders a clear picture of its "
     "response to fraud.", CO, D(2024, 5, 16), C_COMPLETE[1])
item("Ph", "peel21", 12877, AFI,
     "The force should make sure victims of residential burglary are kept informed about the progress of "
     "their case, in line with the Code of Practice for Victims of Crime.", BP, D(2023, 1, 10), "")
# PEEL 2023/24
item("Pi", "peel23", 14301, AFI,
     "The force should ensure that it has sufficient resources available in the control room to fulfil its "
     "resourcing model, and so to meet its demand, while also taking into account the wellbeing of its "
     "workforce.", BP, D(2024, 9, 10), "")
item("Pj", "peel23", 14302, AFI,
     "The force should put plans in place to monitor, including through the gathering and analysis of staff "
     "feedback, team cultures and provide prompt remedial action for any issues it identifies.", BP,
     D(2024, 9, 10), "")
item("Pk", "peel23", 14303, AFI,
     "The force should immediately review its current background checks arrangements, and make sure that "
     "suitable and sufficient background checks are in place to safeguard its staff and the communities it "
     "serves.", BP, D(2024, 9, 10), "")
item("Pl", "peel23", 14304, AFI,
     "The force should specify in succession plans how it intends to improve diversity across all levels of "
     "the force. This should include offering increased direct-entry opportunities.", BP, D(2024, 9, 10), "")
item("Pm", "peel23", 14305, AFI,
     "The force should make sure it provides accessible information for all staff and members of the public "
     "on how they can raise concerns and access confidential support (including through external agencies).",
     AR, D(2024, 5, 16), C_NEW)
item("Pn", "peel23", 14306, AFI,
     "The force should develop a clear prevention strategy targeting people most at risk and make sure "
     "activity undertaken prioritises people most at risk.", BP, D(2024, 9, 10), "")
item("Po", "peel23", 14307, AFI,
     "The force should make sure it has enough specialist capacity and capability to investigate online "
     "child sexual abuse.", AR, D(2024, 5, 16), C_NEW)
item("Pp", "peel23", 14308, AFI,
     "The force should make sure officers and staff have the training they need to identify and respond to "
     "honour-based abuse.", AR, D(2024, 5, 16), C_NEW)
item("Pq", "peel23", 14309, AFI,
     "The force should make sure it has access to accurate data and analysis to support effective "
     "performance management.", AR, D(2024, 5, 16), C_NEW)

# Pairs whose facts disagree in a way that matters: key -> why
CONFLICTS = {
    "H17": "reference: Corporate Services tab gives HMICFRS ID 5847, the list's ID is 5874 (digits transposed; "
           "no item 5847 exists); text is the same temporary-permits recommendation",
    "H21": "report: Corporate Services files it under 'PEEL Efficiency 2016'; HMICFRS has it under PEEL: Police "
           "efficiency 2015 (its two sibling AFIs on the same tab are correctly filed under 2015)",
    "H31": "timescale: tab text says 'Within twelve months', HMICFRS says 'Within six months'",
    "H46": "publication date: PSD tab gives Published 12/12/2018, HMICFRS 12/12/2017 (PEEL legitimacy 2017)",
    "H54": "type: Crime tab records it as AFI, HMICFRS as Recommendation (PEEL 2018/19, within six months)",
    "H58": "missing bullet: PSD split the BWV recommendation into two rows and has no row for the third part "
           "(external scrutiny panel access to BWV footage)",
}

# --------------------------------------------------------------------------------------------
# Force workbook
# --------------------------------------------------------------------------------------------
FILL = {
    "green": PatternFill("solid", fgColor="C6EFCE"),
    "amber": PatternFill("solid", fgColor="FFEB9C"),
    "red": PatternFill("solid", fgColor="FFC7CE"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "group": PatternFill("solid", fgColor="D9D9D9"),
    "key": PatternFill("solid", fgColor="F2F2F2"),
}
BOLD = Font(bold=True)
HEAD_FONT = Font(bold=True, color="FFFFFF")
TITLE = Font(bold=True, size=14)
WRAP = Alignment(wrap_text=True, vertical="top")

force_lines: list[dict] = []   # one per force item row: tab, row, hkey, raw status, done
tab_stats: dict[str, dict] = {}


def header(ws, r, cols, widths):
    for c, (h, w) in enumerate(zip(cols, widths), start=1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = HEAD_FONT
        cell.fill = FILL["head"]
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        ws.column_dimensions[cell.column_letter].width = w
    ws.freeze_panes = ws.cell(row=r + 1, column=1)


def put_row(ws, r, values):
    for c, v in enumerate(values, start=1):
        if v is None:
            continue
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = WRAP
        if isinstance(v, dt.datetime):
            cell.number_format = "dd/mm/yyyy"


def record(tab, r, hkey, raw, done, note=""):
    assert hkey is None or hkey in H, hkey
    text = ws.cell(row=r, column=TEXT_COL[tab]).value
    force_lines.append(dict(tab=tab, row=r, hkey=hkey, raw=raw, done=done, note=note, text=text))


TEXT_COL = {"Crime": 3, "Public Protection": 3, "Contact Management": 3, "Professional Standards": 4,
            "Corporate Services": 5, "Archive": 3}


wb = Workbook()

# ---- Cover ---------------------------------------------------------------------------------
ws = wb.active
ws.title = "Cover"
ws["A1"] = "Cheshire Constabulary"
ws["A1"].font = TITLE
ws["A2"] = "HMICFRS Recommendations & Areas for Improvement – Force Tracker"
ws["A2"].font = Font(bold=True, size=12)
ws["A4"] = "Owner:"
ws["B4"] = "Organisational Learning & Inspection Team (OL&I)"
ws["A5"] = "Purpose:"
ws["B5"] = ("Single record of HMICFRS recommendations, causes of concern and areas for improvement held "
            "against the force, and the force's own actions in response. Reported quarterly to the Joint "
            "Audit Committee.")
ws["A6"] = "How it works:"
ws["B6"] = ("Each department keeps its own tab. Department tabs use their own status conventions – see the "
            "notes / key at the top of each tab before reading a status. Items HMICFRS confirms as closed "
            "are moved to the Archive tab by OL&I.")
ws["A7"] = "Protective marking:"
ws["B7"] = "OFFICIAL"
ws["A9"] = "Version control"
ws["A9"].font = BOLD
for c, h in enumerate(["Version", "Date", "Author", "Change"], start=1):
    ws.cell(row=10, column=c, value=h).font = BOLD
versions = [
    ("2.3", D(2024, 4, 12), "OL&I analyst", "PEEL 2023/24 AFIs added to department tabs"),
    ("2.4", D(2024, 7, 5), "OL&I analyst", "Archive tab tidied; JAC Q1 figures"),
    ("2.5", D(2024, 10, 18), "OL&I analyst", "Department updates for JAC November 2024"),
]
for i, v in enumerate(versions):
    put_row(ws, 11 + i, list(v))
ws.column_dimensions["A"].width = 20
ws.column_dimensions["B"].width = 90
ws.column_dimensions["C"].width = 16
ws.column_dimensions["D"].width = 50

summary_ws = wb.create_sheet("Summary")  # filled at the end

# ---- Crime (RAG words) ---------------------------------------------------------------------
TAB = "Crime"
ws = wb.create_sheet(TAB)
ws["A1"] = "CRIME – HMICFRS recommendations & AFIs"
ws["A1"].font = TITLE
ws["A2"] = "Kept by: DI R. Doyle, Crime Performance & Standards   |   Last updated: 14/10/2024"
ws["A3"] = ("RAG:  GREEN = implemented, evidence held   |   AMBER = work ongoing, on track   |   "
            "RED = off track / beyond deadline")
cols = ["Ref", "Type", "Recommendation / AFI", "Lead", "Update", "RAG", "Next review"]
header(ws, 5, cols, [8, 8, 70, 22, 55, 12, 13])
dv = DataValidation(type="list", formula1="=Lookups!$A$2:$A$6", allow_blank=True)
ws.add_data_validation(dv)

crime = [
    ("group", "PEEL Effectiveness 2016 (published March 2017)"),
    ("H23", "Rec", "Consider ways of increasing the use of arrest, ancillary orders & other powers in DA cases to "
     "improve service to victims, offer best protection & bring more perpetrators to justice",
     "Det Ch Supt Force CID", "Arrest rate for DA now reported monthly to Crime Standards Board; DVPN/DVPO "
     "use up 40% on 2019.", "Green"),
    ("H24", "Rec", "Understand & address why such a high proportion of DA victims do not support the police "
     "investigation", "Det Ch Supt Force CID", "Victim attrition analysis done by Crime Performance; "
     "evidence-led prosecution guidance reissued.", "Green"),
    ("group", "Crime Data Integrity 2017"),
    ("H28", "Rec", CDI_VICTIMS, "Force Crime Registrar",
     "All five strands audited by FCR team Q2 2024 – compliance 93%. Call handling strands owned by Contact "
     "Management (see their tab).", "Green"),
    ("H29", "AFI", "Make sure reports of MSHT are recorded accurately and without delay",
     "Force Crime Registrar", "MSHT dip sample due Nov 24.", "Amber"),
    ("group", "Stolen Freedom (MSHT) 2017 – all forces"),
    ("H32", "Rec", "Immediately – make sure victims committing criminal acts under compulsion (slavery / "
     "exploitation) get early & continuing consideration of the s45 defence", "DCI Serious & Organised Crime",
     "s45 aide-memoire issued; CPS liaison meeting planned.", "Amber"),
    ("H34", "Rec", "Immediately – fully comply with NCRS for offences identified as MSHT; sufficient audit "
     "capacity for the FCR to give reassurance on crime-recording accuracy for these offences",
     "Force Crime Registrar", "MSHT included in FCR rolling audit since 2019. Ready to move to GREEN status.",
     "GREEN"),
    ("H35", "Rec", "Immediately – allegations / indications of MSHT thoroughly investigated & effectively "
     "supervised by teams with the right skills and experience (incl. JITs / overseas intelligence)",
     "DCI Serious & Organised Crime", "Little work yet undertaken in this area. Unlikely to reach deadlines.",
     "Red"),
    ("group", "PEEL 2018/19 (published May 2019)"),
    ("H50", "CoC", "The force does not have the capacity or capability to investigate crime effectively and "
     "this is affecting the service being provided to the public. There are failings in the way that crimes "
     "are being investigated.", "ACC Crime", "Investigation Improvement Plan – phase 2 of 3.", "Amber"),
    ("H51", "Rec", "Conduct a review of officers' capabilities and capacity to manage their investigative "
     "workload (immediately)", "ACC Crime", "Workload review completed Feb 2020, report to FET.", "Green"),
    ("H52", "Rec", "Within 6 months – improve ability to retrieve digital evidence from mobile phones, "
     "computers & other devices quickly enough that investigations are not delayed", "Head of Digital Forensics",
     "Kiosk roll-out complete; backlog 410 devices (Sept).", "Amber"),
    ("H53", "Rec", "Within 6 months – improve understanding of suspects RUI and management of those on bail",
     "Head of Criminal Justice", "RUI reviews now on Niche task list; bail management process live.", "Amber"),
    ("H54", "AFI", "Ensure regular and active supervision of the quality and progress of investigations. "
     "This supervision should be properly recorded.", "Det Ch Supt Force CID",
     "Supervisory review template in Niche; compliance 71%.", "Amber"),
    ("group", "PEEL 2021/22"),
    ("Pa", "AFI", "Record reports of stalking & harassment accurately and without delay",
     "Force Crime Registrar", "S&H crime recording compliance 96% (audit Mar 24).", "GREEN"),
    ("Pd", "AFI", "Improve how we gather, assess and act on intelligence about county lines",
     "Head of Intelligence", "County lines intelligence requirement published; tasking via Op Tarn.", "Green"),
    ("Pg", "AFI", "Performance framework to give senior leaders a clear picture of the response to fraud",
     "Head of Economic Crime", "Fraud dashboard in development with Corporate Performance.", "Amber"),
    ("Ph", "AFI", "Keep victims of residential burglary informed of progress of their case in line with the "
     "Victims' Code", "ACC Local Policing", "VCOP compliance 78% – target 90%.", "Amber/Green"),
    (None, "Local", "Local action: Dip-sample 50 fraud crime reports each quarter and report findings to the "
     "Crime Standards Board", "Head of Economic Crime", "Q1 and Q2 samples done.", "Amber"),
    ("group", "PEEL 2023/24"),
    ("Pn", "AFI", "Develop a clear prevention strategy targeting people most at risk; make sure activity "
     "prioritises them", "ACC Crime", "Awaiting allocation.", "Red"),
    (None, "Local", "Force action - Refresh the county lines drug dealing problem profile and add it to the "
     "control strategy", "Head of Intelligence", "Done – control strategy 2024/25.", "Green"),
]
RAG_DONE = {"green"}
r = 6
n = 0
review = D(2024, 11, 20)
for spec in crime:
    if spec[0] == "group":
        ws.cell(row=r, column=1, value=spec[1]).font = BOLD
        for c in range(1, 8):
            ws.cell(row=r, column=c).fill = FILL["group"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        continue
    hkey, typ, text, lead, upd, rag = spec
    n += 1
    put_row(ws, r, [f"CR-{n:02d}", typ, text, lead, upd, rag, review])
    low = rag.strip().lower()
    ws.cell(row=r, column=6).fill = FILL["green" if low == "green" else "red" if low == "red" else "amber"]
    dv.add(ws.cell(row=r, column=6))
    record(TAB, r, hkey, f"RAG {rag}", low in RAG_DONE)
    r += 1
r += 1
ws.cell(row=r, column=1, value="Note: GREEN items are reviewed at Crime Standards Board before OL&I submit "
        "them to HMICFRS for closure. Amber/Green = nearly there, not yet evidenced.")
crime_note_row = r

# ---- Public Protection (% complete, merged report cells) -----------------------------------
TAB = "Public Protection"
ws = wb.create_sheet(TAB)
ws["A1"] = "Public Protection – HMICFRS improvement tracker"
ws["A1"].font = TITLE
ws["A2"] = ("Owner: Ch Supt Public Protection. % complete is the action owner's estimate, updated monthly "
            "for the PPU Governance Board (100% = all actions delivered, evidence on the PPU drive).")
cols = ["HMICFRS Report", "Report date", "What HMICFRS said", "Our actions", "Owner", "% complete", "Comments"]
header(ws, 3, cols, [24, 13, 70, 50, 22, 11, 35])

pp = [
    ("Everyone's business (DA) 2014", "27/03/2014", [
        ("H4", EVERYONE_PLAN_RUN_ON, "DA action plan published Sept 2014; refreshed annually through the DA "
         "Strategic Group. 2024 refresh with OPCC outstanding.", "DCI Domestic Abuse", 0.75, ""),
    ]),
    ("PEEL Effectiveness 2016", "March 2017", [
        ("H22", "The force’s current approach to domestic abuse is unacceptable. The proportion of victims who "
         "fail to support the investigation and the low use of police powers of arrest and prosecution is a "
         "cause of concern to HMIC.", "DA Improvement Plan 2017-19 delivered.", "Ch Supt Public Protection",
         1.0, "Cause of concern"),
        ("H23", "In order to improve the service it provides to victims of domestic abuse, offer the best "
         "possible protection and bring more perpetrators to justice, the force should immediately consider "
         "ways of increasing the use of arrest, ancillary orders and other available powers.",
         "Positive action policy rewritten; DVPO champions in each LPA.", "DCI Domestic Abuse", 1.0,
         "Also on Crime tab"),
        ("H24", "To improve the service provided to victims of domestic abuse the force should immediately take "
         "steps to understand and address the reason behind why such a high proportion of victims of domestic "
         "abuse do not support the police investigation.", "Victim engagement research with IDVA service – "
         "fieldwork complete, report drafting.", "DCI Domestic Abuse", 0.6, "Also on Crime tab"),
        ("H26", "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found "
         "that the assessment of risk for children who go missing from home was inappropriate in some cases. "
         "We found some instances where children were classed as ‘absent’ when they should have been recorded "
         "as ‘missing’, and risk levels for missing children were sometimes incorrectly assessed at a lower "
         "grade. Children were incorrectly graded at a lower level and could have been exposed to an increased "
         "risk of harm.", "Missing Persons Improvement Plan delivered.", "DI Missing Persons", 1.0,
         "Cause of concern"),
        ("H27", MISSING_CHILDREN_REC.replace("To address this cause of concern the force", "Force"),
         "Absent category removed in line with APP; CSE risk training for call takers and response; "
         "missing person supervisor review mandatory.", "DI Missing Persons", 1.0, ""),
    ]),
    ("Stolen Freedom 2017", "24/10/2017", [
        ("H30", SF_LEADERSHIP, "MSHT Board chaired by ACC Crime; SPOC in each LPA; partnership "
         "anti-slavery network; MSHT performance measures in Force Performance pack.",
         "DCI Serious & Organised Crime", "100%", ""),
        ("H31", "Within twelve months, forces should have in place active information-sharing agreements with "
         "other agencies to facilitate speedy exchange of intelligence and in order to safeguard victims better "
         "and to identify suspects as early as possible", "ISAs agreed with 3 of 4 local authorities; "
         "GLAA agreement outstanding.", "DCI Serious & Organised Crime", 0.5, ""),
        ("H33", "Immediately, forces should take steps to ensure they are fully compliant with the NRM process "
         "as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 "
         "to notify the Home Office of any individual suspected to be an adult victim of modern slavery or "
         "human trafficking.", "NRM / duty to notify process owned by MSHT SPOC.", "DCI Serious & Organised Crime",
         1.0, ""),
        (None, "Agree an information-sharing protocol on modern slavery and human trafficking with the local "
         "authorities", "Protocol signed with Cheshire West & Chester and Cheshire East.",
         "DCI Serious & Organised Crime", 1.0, "PPU local action – not an HMICFRS recommendation"),
    ]),
    ("NCPI 2018", "June 2018", [
        ("H48", "Within six months, in conjunction with children’s social care services, review how we manage "
         "the detention of children – ensure that all children are only detained when absolutely necessary and "
         "for the absolute minimum amount of time", "Custody/children's services protocol signed.",
         "Ch Insp Custody", 1.0, "Rec split into its bullets"),
        ("H48", "(detention of children) ensure that officers and staff in the custody suite assess at an early "
         "stage a child’s need for alternative accommodation (secure or otherwise) and work with children’s "
         "social care services to achieve the most appropriate option for the child",
         "PACE bed requests logged; monthly review with LA.", "Ch Insp Custody", 0.75, ""),
        ("H48", "(detention of children) ensure that custody staff comply with their statutory duties to "
         "complete detention certificates if a child is detained for any reason in police custody following "
         "charge", "Detention certificate added to custody record checklist.", "Ch Insp Custody", 1.0, ""),
        ("H48", "(detention of children) ensure that custody staff make a record of all actions taken and "
         "decisions made on the relevant documentation", "Dip sample Q1 24 – 96% compliant.", "Ch Insp Custody",
         1.0, ""),
        ("H48", "(detention of children) improve the timeliness of adequate appropriate adult support for "
         "children who are arrested", "AA contract re-let 2022; median wait 2h10m.", "Ch Insp Custody", 1.0, ""),
        ("H49", "The force should improve how it works with partner organisations to safeguard people at risk "
         "from CSE.", "Multi-agency CSE panel in each LA area.", "DI Child Protection", 0.9, ""),
    ]),
    ("PEEL 2018/19", "May 2019", [
        ("H55", "HMIC recommends that the force should immediately: conduct a review, involving its partners, "
         "of the approach to vulnerability to better safeguard vulnerable people.",
         "Vulnerability review with partners completed; Vulnerability Improvement Delivery Plan in place.",
         "Ch Supt Public Protection", 1.0, ""),
    ]),
    ("PEEL 2021/22", "May 2022", [
        ("Pc", "The force should make sure investigations of rape and serious sexual offences are allocated to "
         "officers with the right skills and are effectively supervised.", "Op Soteria roll-out.",
         "DCI Rape & Serious Sexual Offences", 0.4, ""),
        ("Pe", "The force should make sure it consistently uses ancillary orders and other powers to protect "
         "victims of violence against women and girls.", "SPO/DAPO guidance; orders tracked weekly.",
         "DCI Domestic Abuse", 1.0, ""),
        (None, "Deliver refresher training on stalking and harassment to all response and neighbourhood officers",
         "Module on L&D platform; 62% completion.", "Head of Learning & Development", 0.3,
         "Local action from S&H problem profile"),
    ]),
    ("PEEL 2023/24", "May 2024", [
        ("Po", "The force should make sure it has enough specialist capacity and capability to investigate "
         "online child sexual abuse.", "POLIT growth bid in 2025/26 budget.", "DI Child Protection", 0.25, ""),
    ]),
]
r = 4
for rep, rdate, rows in pp:
    first = r
    for hkey, text, act, owner, pct, com in rows:
        put_row(ws, r, [rep if r == first else None, rdate if r == first else None, text, act, owner, pct,
                        com or None])
        if isinstance(pct, float):
            ws.cell(row=r, column=6).number_format = "0%"
            done = pct >= 1.0
        else:
            done = pct.strip() == "100%"
        record(TAB, r, hkey, f"% complete {pct if isinstance(pct, str) else format(pct, '.0%')}", done)
        r += 1
    if r - 1 > first:
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
r += 1
ws.cell(row=r, column=1, value="Items reaching 100% are reported to OL&I for submission to HMICFRS.")
pp_note_row = r

# ---- Contact Management (Open / Closed) ----------------------------------------------------
TAB = "Contact Management"
ws = wb.create_sheet(TAB)
ws["A1"] = "Contact Management HMICFRS log  (Supt Contact Centre / CM Business Manager)"
ws["A1"].font = TITLE
cols = ["No.", "Source", "Recommendation", "Action owner", "Progress", "Status", "Last updated"]
header(ws, 2, cols, [6, 20, 65, 22, 55, 18, 13])
cm = [
    ("H9", "Core Business 2014", "Give call-handlers specific, sound & comprehensible criteria to assess threat, "
     "harm and risk (THRIVE)", "CM Training Manager", "THRIVE embedded in call handling since 2015.", "Closed",
     D(2019, 2, 1), True),
    ("H25", "PEEL Eff 2016", "Stop DA risk assessments over the telephone and stop dealing with DA in the "
     "resolution centre", "Supt Contact Centre", "DA removed from resolution centre criteria; telephone "
     "DASH only where victim declines attendance – policy under review.", "Open", D(2024, 9, 30), False),
    ("H27", "PEEL Eff 2016", "Missing children – call takers to understand and use missing/absent categories "
     "properly; call takers & frontline staff to identify CSE risk factors; supervisors to oversee missing "
     "enquiries", "CM Training Manager", "Absent category withdrawn; CSE input in call handler course.",
     "Closed", D(2023, 6, 12), False),
    ("H28", "CDI 2017", "CDI – victims are believed at point of report", "CM Quality Lead",
     "Call handler script changed; QA checks.", "Closed", D(2022, 11, 4), False),
    ("H28", "CDI 2017", "CDI – call handler / caller conversations summarised accurately in the incident log "
     "so attending officers have full facts for crime-recording decisions", "CM Quality Lead",
     "Incident log QA form includes summary accuracy.", "closed", D(2022, 11, 4), False),
    ("H28", "CDI 2017", "CDI – online crime reports triaged at the point of receipt for ongoing risk to victim "
     "or public", "CM Digital Desk Supervisor", "Online reports triaged by Digital Desk within 1 hour.",
     "Closed - awaiting HMICFRS", D(2024, 3, 20), False),
    ("H18", "Firearms licensing 2015", "Systems to identify, before attendance, whether an incident involves or "
     "is at the address of a firearm certificate holder – always applied by dispatchers; officers understand "
     "risk assessment and seizure powers", "Supt Contact Centre", "STORM flag from NFLMS; dispatcher checklist.",
     "Closed", D(2021, 8, 19), False),
    ("Pb", "PEEL 21/22", "Improve timeliness of response to calls for service involving people with mental ill "
     "health (Right Care Right Person)", "Supt Contact Centre", "RCRP phase 2 live Oct 24.", "Open",
     D(2024, 10, 2), False),
    ("Pi", "PEEL 23/24", "The force should ensure that it has sufficient resources available in the control "
     "room to fulfil its resourcing model, and so to meet its demand, while also taking into account the "
     "wellbeing of its workforce.", "Supt Contact Centre", "Recruitment of 24 call handlers; wellbeing survey.",
     "Open ", D(2024, 10, 2), False),
    (None, "Force improvement plan", "Introduce a call-back audit of 20 abandoned 101 calls each week",
     "CM Quality Lead", "Audit running weekly since May.", "Closed", D(2024, 6, 3), False),
    (None, "Local", "Review the people with mental ill health demand profile as part of the force management "
     "statement", "CM Business Manager", "For FMS 2025.", "Open", D(2024, 10, 2), False),
]
r = 3
for i, (hkey, src, text, owner, prog, status, upd, hidden) in enumerate(cm, start=1):
    put_row(ws, r, [i, src, text, owner, prog, status, upd])
    if hidden:
        ws.row_dimensions[r].hidden = True
    record(TAB, r, hkey, f"Status {status!r}", status.strip().lower().startswith("closed"),
           "row is hidden in Excel" if hidden else "")
    r += 1
ws.auto_filter.ref = f"A2:G{r - 1}"
r += 1
ws.cell(row=r, column=1, value="Closed items are hidden once the HMICFRS liaison has been told – unhide rows "
        "to see them.")
cm_note_row = r

# ---- Professional Standards (date completed) -----------------------------------------------
TAB = "Professional Standards"
ws = wb.create_sheet(TAB)
ws["A1"] = "Professional Standards Department"
ws["A1"].font = TITLE
ws["A2"] = "HMICFRS recommendations – PSD action log"
ws["A3"] = ("Completed = date the PSD lead signed the action off (leave blank until then). Target date is the "
            "date agreed at PSD Board, not a completion date.")
cols = ["HMICFRS Ref", "Report", "Published", "Finding", "Action taken", "Lead", "Target date", "Completed",
        "Evidence location"]
header(ws, 5, cols, [11, 24, 12, 70, 50, 24, 12, 12, 28])
ev = "S:\\PSD\\HMICFRS\\"
ps = [
    ("H3", 1189, "Stop & Search 2013", D(2013, 7, 9), H["H3"]["text"],
     "S&S scrutiny panel set up with OPCC; youth panel 2015.", "Head of Professional Standards",
     D(2014, 3, 31), D(2015, 5, 12)),
    ("H12", 5116, "Stop & Search 2 (2015)", D(2015, 3, 24), H["H12"]["text"],
     "Panel terms of reference to be refreshed with OPCC.", "Head of Professional Standards",
     D(2016, 3, 31), "tbc"),
    ("H11", 902, "Integrity Matters 2015", D(2015, 1, 30), H["H11"]["text"],
     "Disproportionality check added to misconduct NFA decisions; annual audit by Appropriate Authority.",
     "Head of Professional Standards", D(2015, 8, 31), D(2016, 1, 22)),
    ("H38", 8541, "PEEL Legitimacy 2017 – national", D(2017, 12, 12), H["H38"]["text"],
     "S&S disproportionality reported to Legitimacy Board quarterly.", "Supt Legitimacy", D(2025, 3, 31), None),
    ("H39", 8542, "PEEL Legitimacy 2017 – national", D(2017, 12, 12), H["H39"]["text"],
     "S&S dashboard covers ethnicity, find rates by search type and possession-only drug searches.",
     "Supt Legitimacy", D(2018, 7, 31), D(2019, 4, 30)),
    ("H40", 8543, "PEEL Legitimacy 2017 – national", D(2017, 12, 12), H["H40"]["text"],
     "Research with university partner commissioned.", "Supt Legitimacy", D(2025, 3, 31), None),
    ("H42", 8545, "PEEL Legitimacy 2017 – national", D(2017, 12, 12), H["H42"]["text"],
     "Unconscious bias module; refresher due for new S&S trained officers.", "Head of Learning & Development",
     D(2018, 7, 31), "Ongoing"),
    ("H43", 8602, "PEEL Legitimacy 2017", D(2017, 12, 12), H["H43"]["text"],
     "Vetting backlog 312 (Sept 24) from 1,460 (2019).", "Force Vetting Manager", D(2025, 3, 31), None),
    ("H44", 8603, "PEEL Legitimacy 2017", D(2017, 12, 12), H["H44"]["text"],
     "All staff hold at least RV clearance; renewals diarised.", "Force Vetting Manager", D(2020, 12, 31),
     D(2021, 9, 30)),
    ("H45", 8604, "PEEL Legitimacy 2017", D(2017, 12, 12), H["H45"]["text"],
     "Confidential reporting line (Integrity Line) relaunched.", "Head of Professional Standards",
     D(2018, 12, 31), D(2019, 3, 1)),
    ("H46", 8605, "PEEL Legitimacy 2017", D(2018, 12, 12), H["H46"]["text"],
     "Support pathway for reporters drafted with Staff Associations.", "Head of Professional Standards",
     D(2019, 6, 30), None),
    ("H56", None, "Disproportionate use of police powers (Feb 21)", D(2021, 2, 26), H["H56"]["text"],
     "Communication skills module in OST.", "Head of Learning & Development", D(2022, 7, 31), D(2023, 2, 14)),
    ("H57", None, "Disproportionate use of police powers (Feb 21)", D(2021, 2, 26), H["H57"]["text"],
     "Supervisor BWV debrief guide drafted.", "Supt Legitimacy", D(2021, 7, 31), None),
    ("H58", None, "Disproportionate use of police powers (Feb 21)", D(2021, 2, 26),
     "By September 2021, forces should: ensure that officers record on body-worn video (when this is "
     "available) the entirety of all stop and search encounters, including traffic stops and use of force "
     "incidents.", "BWV policy mandates recording of all S&S.", "Supt Legitimacy", D(2021, 9, 30),
     D(2021, 11, 8)),
    ("H58", None, "Disproportionate use of police powers (Feb 21)", D(2021, 2, 26),
     "By September 2021 – have a structured process for regularly reviewing and monitoring internally a "
     "sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to "
     "account when behaviour falls below acceptable standards.", "Monthly BWV dip sample by PSD.",
     "Supt Legitimacy", D(2021, 9, 30), None),
    ("H59", None, "Disproportionate use of police powers (Feb 21)", D(2021, 2, 26), H["H59"]["text"],
     "Use of force data to Legitimacy Board; analysis by ethnicity outstanding.", "Supt Legitimacy",
     D(2021, 7, 31), None),
    (None, None, "Disproportionate use of police powers (Feb 21)", D(2021, 2, 26), POWERS_HO,
     "For Home Office / NPCC – force to monitor only.", "Supt Legitimacy", None, "N/A"),
    ("Pj", 14302, "PEEL 2023/24", D(2024, 5, 16), H["Pj"]["text"],
     "Culture dashboard from staff survey in design.", "Director of People", D(2025, 3, 31), None),
    ("Pk", 14303, "PEEL 2023/24", D(2024, 5, 16), H["Pk"]["text"],
     "Background checks for all new starters and transferees; historic check of 100% of staff by PNC/PND.",
     "Force Vetting Manager", D(2024, 9, 30), D(2024, 8, 27)),
    ("Pm", 14305, "PEEL 2023/24", D(2024, 5, 16), H["Pm"]["text"],
     "Public-facing page drafted; Integrity Line poster campaign planned.", "Head of Professional Standards",
     D(2025, 1, 31), None),
    (None, None, "IOPC learning recommendation", D(2023, 6, 8),
     "IOPC learning recommendation: the force should make sure officers check for previous domestic abuse "
     "incidents at an address before attending a call there.", "Briefing issued; STORM prompt requested.",
     "Head of Professional Standards", D(2023, 12, 31), D(2024, 1, 19)),
    (None, None, "Internal audit 2023/24", D(2023, 9, 1),
     "Internal audit action: Internal audit of the counter-corruption governance arrangements (audit plan "
     "2023/24) – 3 medium priority actions", "2 of 3 actions done.", "Head of Professional Standards",
     D(2024, 12, 31), None),
]
r = 6
for hkey, ref, rep, pub, text, act, lead, target, completed in ps:
    put_row(ws, r, [ref, rep, pub, text, act, lead, target, completed,
                    (ev + (str(ref) if ref else "Other")) if isinstance(completed, dt.datetime) else None])
    done = isinstance(completed, dt.datetime)
    raw = "Completed " + (completed.strftime("%d/%m/%Y") if done else repr(completed or ""))
    record(TAB, r, hkey, raw, done)
    r += 1

# ---- Corporate Services (codes with key) ---------------------------------------------------
TAB = "Corporate Services"
ws = wb.create_sheet(TAB)
ws["A1"] = "Corporate Services – HMICFRS tracker (Finance, People, ICT, Corporate Development, Firearms Licensing)"
ws["A1"].font = TITLE
key_rows = [
    "Status key",
    "C = Complete",
    "P = In progress",
    "NS = Not started",
    "SFC = Submitted to HMICFRS for closure",
    "NFA = No further action (superseded / not applicable to force)",
]
for i, k in enumerate(key_rows):
    cell = ws.cell(row=3 + i, column=2, value=k)
    cell.fill = FILL["key"]
    if i == 0:
        cell.font = BOLD
cols = ["Item", "HMICFRS ID", "Report", "Type", "Description", "Portfolio lead", "Status", "Notes"]
header(ws, 10, cols, [6, 11, 26, 10, 70, 24, 8, 45])
CODE_DONE = {"C", "SFC", "NFA"}
corp = [
    ("H5", 3304, "Policing in Austerity 2014", "National rec", H["H5"]["text"], "Director of Finance", "P",
     "MTFP review each year."),
    ("H6", 3305, "Policing in Austerity 2014", "National rec", H["H6"]["text"], "Director of Finance", "NFA",
     "Superseded by PEEL efficiency."),
    ("H8", 3307, "Policing in Austerity 2014", "National rec", H["H8"]["text"], "Director of Finance", "C",
     "Collaboration programme with North West forces."),
    ("H13", 5390, "Building the Picture 2015", "National rec", H["H13"]["text"],
     "Head of Information Management", "NS", "IM governance board to be re-established."),
    ("H15", 5872, "Firearms licensing 2015", "National rec", H["H15"]["text"], "Supt Firearms Licensing", "SFC",
     "Demand model & staffing uplift agreed 2023. Evidence sent 09/24."),
    ("H17", 5847, "Firearms licensing 2015", "National rec", H["H17"]["text"], "Supt Firearms Licensing", "P",
     "Temporary permit process being rewritten for NFLMS upgrade."),
    ("H18", 5875, "Firearms licensing 2015", "National rec",
     "Ensure systems identify, prior to police attendance, whether an incident involves or is at the address "
     "of a firearm certificate holder, always applied by staff dispatching officers.",
     "Supt Firearms Licensing", "C ", "Joint with Contact Management."),
    ("H19", 6120, "PEEL Efficiency 2015", "AFI", "AFI 1 - " + H["H19"]["text"],
     "Head of Corporate Development", "P", "FMS demand model."),
    ("H20", 6121, "PEEL Efficiency 2015", "AFI", "AFI 2 - " + H["H20"]["text"], "Director of Finance", "C",
     "Outcome-based budgeting in place."),
    ("H21", 6122, "PEEL Efficiency 2016", "AFI", "AFI 3 - " + H["H21"]["text"], "Director of People", "P",
     "Workforce plan 2024-27 in consultation."),
    ("H37", 7944, "PEEL Efficiency 2017 (national)", "National rec",
     "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled "
     "services within their force.", "Head of ICT", "C", "Digital Strategy 2019-23 approved."),
    ("H44", 8603, "PEEL Legitimacy 2017", "Rec", H["H44"]["text"], "Director of People", "C",
     "Vetting owned by PSD – see PSD tab."),
    ("H47", 8606, "PEEL Legitimacy 2017", "AFI", H["H47"]["text"], "Director of People", "SFC",
     "Self-declaration campaign; HR system fields added."),
    ("Pi", 14301, "PEEL 2023/24", "AFI", H["Pi"]["text"], "Director of People", "P",
     "Control room establishment review – with Contact Management."),
    ("Pl", 14304, "PEEL 2023/24", "AFI", H["Pl"]["text"], "Director of People", "NS", ""),
    ("Pq", 14309, "PEEL 2023/24", "AFI", H["Pq"]["text"], "Head of Corporate Development", "SFC",
     "Power BI performance suite live."),
    ("blank",),
    (None, None, "Internal audit 2023/24", "Local",
     "Internal audit of the firearms licensing governance arrangements (audit plan 2023/24)",
     "Supt Firearms Licensing", "C", "Audit opinion: reasonable assurance."),
]
r = 11
n = 0
for spec in corp:
    if spec[0] == "blank":
        r += 1
        continue
    hkey, ref, rep, typ, text, lead, code, notes = spec
    n += 1
    put_row(ws, r, [n, ref, rep, typ, text, lead, code, notes or None])
    record(TAB, r, hkey, f"code {code!r}", code.strip() in CODE_DONE)
    r += 1

# ---- Archive -------------------------------------------------------------------------------
TAB = "Archive"
ws = wb.create_sheet(TAB)
ws["A1"] = "Archive – closed items"
ws["A1"].font = TITLE
ws["A2"] = ("Items taken off department tabs once closed. Kept for audit; OL&I only. Do not add new items "
            "here.")
cols = ["Moved from", "Report", "Recommendation", "Final status", "Closed", "Notes"]
header(ws, 3, cols, [20, 28, 70, 12, 12, 45])
arch = [
    ("H2", "Professional Standards", "Stop & Search 2013", H["H2"]["text"], "Complete", D(2015, 6, 30),
     "HMIC closed June 2015."),
    ("H7", "Corporate Services", "Policing in Austerity 2014", H["H7"]["text"], "Closed", D(2016, 11, 3),
     "Superseded – PEEL efficiency."),
    ("H14", "Corporate Services", "Firearms licensing 2015", H["H14"]["text"], "Complete", D(2016, 3, 22),
     "Closed at Firearms Licensing Board 22/03/2016."),
    ("H16", "Corporate Services", "Firearms licensing 2015", H["H16"]["text"], "Complete", D(2016, 8, 23), ""),
    (None, "Crime", "PEEL Effectiveness 2015",
     "The force should improve the supervision of investigations, so that investigation plans are set, "
     "reviewed and recorded and victims receive a consistently good service.", "Closed", D(2018, 4, 10),
     "HMICFRS liaison confirmed closed, 2018."),
]
r = 4
for hkey, frm, rep, text, fin, closed, notes in arch:
    put_row(ws, r, [frm, rep, text, fin, closed, notes or None])
    record(TAB, r, hkey, f"Archive {fin}", True)
    r += 1

# ---- Lookups (hidden) ----------------------------------------------------------------------
ws = wb.create_sheet("Lookups")
for i, v in enumerate(["RAG", "Green", "Amber", "Red", "Amber/Green", "GREEN"], start=1):
    ws.cell(row=i, column=1, value=v)
for i, v in enumerate(["Code", "C", "P", "NS", "SFC", "NFA"], start=1):
    ws.cell(row=i, column=2, value=v)
for i, v in enumerate(["Department", "Crime", "Public Protection", "Contact Management",
                       "Professional Standards", "Corporate Services"], start=1):
    ws.cell(row=i, column=3, value=v)
ws.sheet_state = "hidden"

# ---- Summary -------------------------------------------------------------------------------
ws = summary_ws
ws["A1"] = "Summary by department (as reported on each tab)"
ws["A1"].font = TITLE
ws["A2"] = "Figures for JAC November 2024. 'Complete' uses each tab's own convention."
for c, h in enumerate(["Department", "Rows on tab", "Complete", "Open", "Tab owner"], start=1):
    ws.cell(row=4, column=c, value=h).font = BOLD
owners = {"Crime": "DI R. Doyle", "Public Protection": "Ch Supt Public Protection",
          "Contact Management": "CM Business Manager", "Professional Standards": "Head of Professional Standards",
          "Corporate Services": "Head of Corporate Development"}
r = 5
for tab in owners:
    ls = [x for x in force_lines if x["tab"] == tab]
    done = sum(x["done"] for x in ls)
    put_row(ws, r, [tab, len(ls), done, len(ls) - done, owners[tab]])
    r += 1
tot = [x for x in force_lines if x["tab"] in owners]
put_row(ws, r, ["Total", len(tot), sum(x["done"] for x in tot), len(tot) - sum(x["done"] for x in tot), None])
ws.cell(row=r, column=1).font = BOLD
for col, w in zip("ABCDE", [26, 12, 12, 10, 32]):
    ws.column_dimensions[col].width = w

# --------------------------------------------------------------------------------------------
# HMICFRS definitive list
# --------------------------------------------------------------------------------------------
hw = Workbook()
ws = hw.active
ws.title = "Definitive list"
ws["A1"] = f"HMICFRS recommendations and areas for improvement – {FORCE}"
ws["A1"].font = TITLE
ws["A2"] = "Definitive list as at 4 November 2024 (all statuses)"
cols = ["ID", "Force", "Report title", "Publication date", "Type", "Recommendation", "Status", "Status date",
        "Comment"]
header(ws, 4, cols, [8, 22, 45, 14, 22, 80, 16, 12, 50])
order = sorted(H.values(), key=lambda x: (REPORTS[x["report"]][1], x["id"]))
hrow: dict[str, int] = {}
r = 5
for it in order:
    title, pub = REPORTS[it["report"]]
    put_row(ws, r, [it["id"], FORCE, title, pub, it["type"], it["text"], it["status"], it["sdate"],
                    it["comment"] or None])
    ws.cell(row=r, column=4).number_format = "d mmmm yyyy"
    hrow[it["key"]] = r
    r += 1

# --------------------------------------------------------------------------------------------
# Truth
# --------------------------------------------------------------------------------------------
TAB_WORD = {"Crime": "RAG", "Public Protection": "%", "Contact Management": "Open/Closed",
            "Professional Standards": "Completed date", "Corporate Services": "code", "Archive": "archive"}
NOTES = {
    "H3": "Near-twin of HMICFRS 5116 (Stop and search 2, 2015); told apart by the PSD tab's Ref/Report/Published",
    "H12": "Near-twin of HMICFRS 1189 (Stop and search 2013); PSD row has Ref 5116, report 'Stop & Search 2 (2015)'",
    "H4": "PP pasted the recommendation with the report's next paragraphs run on; same recommendation, no changed "
          "timescale",
    "H14": "only on the Archive tab, marked Complete, yet HMICFRS still shows Being progressed",
    "H18": "on two tabs (Contact Management + Corporate Services), both done",
    "H23": "on two tabs (Crime + Public Protection), both done",
    "H24": "on two tabs that disagree: Crime says Green but Public Protection is at 60%, so the force has not "
           "finished it and it cannot be submitted",
    "H27": "on two tabs (Public Protection + Contact Management summary), both done",
    "H28": "Crime holds the whole recommendation; Contact Management holds its three call-handling bullets as "
           "rows; all done",
    "H44": "on two tabs (PSD + Corporate Services), both done; Corporate Services note says vetting is owned by PSD",
    "H48": "split into its five bullets on Public Protection; one bullet at 75%, so the item is still open",
    "H53": "Crime Amber although HMICFRS closed it as Complete",
    "Ph": "'Amber/Green' is not Green: the tab's own note says not yet evidenced",
    "Pi": "on two tabs (Contact Management + Corporate Services), both open",
    "Pd": "HMICFRS 'Awaiting review' counts as open",
    "H11": "HMICFRS 'Awaiting review' counts as open",
    "Pq": "code SFC (submitted for closure) counts as done per the tab's key",
    "H15": "code SFC (submitted for closure) counts as done per the tab's key",
    "H47": "code SFC (submitted for closure) counts as done per the tab's key",
    "H6": "code NFA counts as done per the tab's key",
    "H42": "PSD Completed cell says 'Ongoing' (a target date is set but is not a completion date)",
    "H30": "% complete typed as text '100%'",
    "H36": "no tab holds it",
    "H1": "addressed jointly to chief constables and the College of Policing; no tab or Archive row holds it",
    "Pf": "anti-social behaviour / neighbourhood policing has no department tab",
}
LOCAL_NOTES = {
    "Dip-sample 50 fraud": "Crime local action",
    "county lines drug dealing problem profile": "Crime 'Force action' (looks like HMICFRS 12873 on county lines "
                                                 "intelligence, but is the force's own action)",
    "information-sharing protocol on modern slavery": "PPU local action (Comments say so); resembles HMICFRS 7756 on "
                                                      "information-sharing agreements, which is PP row 11",
    "refresher training on stalking": "PPU local action from the S&H problem profile",
    "call-back audit": "Contact Management force improvement plan action",
    "mental ill health demand profile": "Contact Management local action (FMS); resembles HMICFRS 12871 on mental "
                                        "ill health calls",
    "The Home Office and the NPCC": "real recommendation from the 2021 powers report, but addressed to the Home "
                                    "Office and NPCC, so not on the force's list",
    "IOPC learning": "IOPC learning recommendation, not HMICFRS",
    "counter-corruption governance": "internal audit action",
    "firearms licensing governance arrangements": "internal audit action; resembles HMICFRS 5871 (firearms "
                                                  "licensing governance), which is on the Archive tab",
    "improve the supervision of investigations": "archived PEEL Effectiveness 2015 AFI that HMICFRS no longer "
                                                 "lists; resembles HMICFRS 9534 (supervision of investigations)",
}
by_h: dict[str, list[dict]] = {}
for x in force_lines:
    if x["hkey"]:
        by_h.setdefault(x["hkey"], []).append(x)


def hstate(k):
    return "closed" if H[k]["status"] in CLOSED else "open"


truth = []
cat_of: dict[str, str] = {}
for k, it in H.items():
    lines = by_h.get(k, [])
    hid = f"Definitive list!{hrow[k]}"
    if not lines:
        cat = "missing_from_force"
        why = (f"HMICFRS {it['id']} ({it['status']}) has no row on any department tab or the Archive")
        truth.append((hrow[k], hid, "", cat, why))
        cat_of[k] = cat
        continue
    all_done = all(x["done"] for x in lines)
    where = "; ".join(f"{x['tab']}!{x['row']} {x['raw']}={'done' if x['done'] else 'open'}" for x in lines)
    multi = len(lines) > 1
    if k in CONFLICTS:
        cat = "conflict"
        why_base = CONFLICTS[k]
    else:
        hs = hstate(k)
        fs = "done" if all_done else "open"
        cat = {("open", "done"): "closeable_submit", ("closed", "open"): "closeable_local"}.get((hs, fs), "in_sync")
        why_base = f"HMICFRS {it['status']} ({hs}); force {fs}"
        if multi:
            why_base += " (item level: done only if every force row is done)"
    cat_of[k] = cat
    for x in lines:
        why = f"{why_base}. Rows: {where}"
        if k in NOTES:
            why += f". {NOTES[k]}"
        if x["note"]:
            why += f" ({x['tab']}!{x['row']} {x['note']})"
        truth.append((hrow[k], hid, f"{x['tab']}!{x['row']}", cat, why))
for x in force_lines:
    if not x["hkey"]:
        extra = next((v for kk, v in LOCAL_NOTES.items() if kk in x["text"]), "the force's own local action")
        truth.append((10 ** 6, "", f"{x['tab']}!{x['row']}", "not_on_hmicfrs_list",
                      f"{extra}; no item on the HMICFRS definitive list ({x['raw']}). Text: "
                      f"{x['text'][:80]}"))

# expected categories (what the design intends) - checked against the computed ones
EXPECT = {
    "missing_from_force": {"H1", "H10", "H36", "H41", "Pf", "Pp"},
    "conflict": set(CONFLICTS),
    "closeable_submit": {"H11", "H14", "H15", "H18", "H23", "H27", "H28", "H30", "H34", "H39", "H44", "H47",
                         "H51", "H55", "H56", "Pd", "Pe", "Pk", "Pq"},
    "closeable_local": {"H4", "H5", "H12", "H19", "H25", "H42", "H49", "H53", "Pg"},
}
for cat, keys in EXPECT.items():
    got = {k for k, c in cat_of.items() if c == cat}
    assert got == keys, (cat, got ^ keys)

tab_order = {t: i for i, t in enumerate(["Crime", "Public Protection", "Contact Management",
                                         "Professional Standards", "Corporate Services", "Archive"])}


def sort_key(t):
    tab, _, row = t[2].partition("!")
    return (t[0], tab_order.get(tab, 9), int(row) if row else 0)


truth.sort(key=sort_key)


# --------------------------------------------------------------------------------------------
# Write (deterministic zips)
# --------------------------------------------------------------------------------------------
FIXED = "2024-11-04T09:00:00Z"


def save_fixed(book, path):
    book.properties.creator = "OL&I"
    book.properties.lastModifiedBy = "OL&I"
    buf = io.BytesIO()
    book.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            data = src.read(name)
            if name == "docProps/core.xml":
                s = data.decode("utf-8")
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", rf"\g<1>{FIXED}\g<2>", s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", rf"\g<1>{FIXED}\g<2>", s)
                data = s.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(2024, 11, 4, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


os.makedirs(OUT, exist_ok=True)
save_fixed(wb, os.path.join(OUT, "tracker.xlsx"))
save_fixed(hw, os.path.join(OUT, "hmicfrs.xlsx"))
with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for _, hid, fid, cat, why in truth:
        w.writerow([hid, fid, cat, why])

counts: dict[str, int] = {}
for t in truth:
    counts[t[3]] = counts.get(t[3], 0) + 1
print("HMICFRS items:", len(H), " force item rows:", len(force_lines), " truth lines:", len(truth))
for c in sorted(counts):
    print(f"  {c}: {counts[c]}")
print("items per category:", {c: sum(1 for v in cat_of.values() if v == c) for c in sorted(set(cat_of.values()))})
