"""Build the evaluation case `outlook_tasks_csv_export` (round 70, force-side layout).

The force side is a tracker nobody designed as a spreadsheet: Staffordshire Police's HMICFRS
liaison officer keeps every recommendation as a task in the "HMICFRS Recs" Tasks folder of a
shared Outlook mailbox. For the Joint Audit Committee the analyst exported that folder with
Outlook's Import/Export wizard (Export to a file > Comma Separated Values), which writes the
fixed 22-field Outlook task map, every field quoted, CRLF line ends, Windows-1252 ("ANSI")
encoding, and the task body ("Notes") with its own line breaks inside the quoted field.

The HMICFRS side is a plain register export (one sheet, header in row 1).

Run with /work/main/.venv/bin/python; the fixed seed and the fixed workbook timestamps make
the case byte for byte the same on every run.

All recommendation texts are real HMICFRS wording (Open Government Licence), copied as
literals from the project's text lists (reconcile/casegen/texts) and
/work/shared/data/real_recommendations.csv. Subjects, rewordings, progress notes and local
actions are written here, as a force analyst would write them.
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

SEED = 20241118
CASE = "outlook_tasks_csv_export"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
FORCE = "Staffordshire Police"
FIXED_TS = dt.datetime(2024, 11, 11, 8, 30, 0)

rng = random.Random(SEED)

REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")
D = dt.date

# --------------------------------------------------------------------------------------------
# Real texts (copied literally)
# --------------------------------------------------------------------------------------------
EVERYONE_PLAN = (
    "By September 2014, every police force in England and Wales should establish and publish an "
    "action plan that specifies in detail what steps it will take to improve its approach to "
    "domestic abuse.\n\nThis action plan should be developed:\n\n"
    "• in consultation with police and crime commissioners, domestic abuse support "
    "organisations and victims' representatives;\n"
    "• after close consideration of all the recommendations in this report;\n"
    "• with reference to all relevant domestic homicide reviews and IPCC findings, whether in "
    "connection with the force in question or another force; and 20\n"
    "• drawing on relevant knowledge acquired or available from other sources such as CPS "
    "scrutiny panels and MARAC self-assessments."
)
EVERYONE_RUN_ON = EVERYONE_PLAN + (
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
SAS13 = [
    "Chief Constables and the College of Policing should establish in the Stop and Search "
    "Authorised Professional Practice document a clear specification of what constitutes the "
    "effective and fair exercise of stop and search powers, and guidance in this respect. This "
    "should be compliant with the Code of Practice.",
    "Chief Constables should establish or improve monitoring of the way officers stop and "
    "search people, so that they can be satisfied their officers are acting in accordance with "
    "the law (including equality legislation and the Code of Practice), and that the power is "
    "used effectively to prevent crime, catch criminals and maintain public trust.",
    "Chief Constables should, in consultation with elected local policing bodies, ensure that "
    "they comply with the code of practice by explaining to the public the way stop and search "
    "powers are used in their areas and by making arrangements for stop and search records to "
    "be scrutinised by community representatives. This should be done in a way that involves "
    "those people who are stopped and searched, for example, young people.",
]
SAS15 = (
    "Chief constables should, in consultation with police and crime commissioners, ensure that "
    "they comply with the Code of Practice by explaining to the public the way stop and search "
    "powers are used in their areas and by making arrangements for stop and search records to "
    "be scrutinised by community representatives. This should be done in a way that involves "
    "those people who are stopped and searched, for example young people."
)
AUSTERITY = [
    "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
    "are doing all they can to continue to reduce crime and protect the front line while "
    "balancing their budgets. They should use the data and information contained in this "
    "report, and in HMIC's Value for Money profiles, when conducting their reviews",
    "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
    "through collaboration should assess whether there is scope to improve on this position. "
    "HMIC will follow up the assessments in the autumn.",
    "In preparation for the next spending round period all Chief Constables and PCCs should "
    "review their plans for collaboration. In particular they should consider whether there is "
    "scope to deliver better value for money and improved capability and capacity through "
    "joint working with other forces, the public and/or the private sector.",
]
CORE = [
    "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
    "not yet done so, should provide call-handlers with specific, sound and comprehensible "
    "criteria against which they can assess threat, harm and risk.",
    "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
    "carried out is systematically recorded and subsequently evaluated to determine the "
    "effectiveness of tactics being employed.",
]
INTEGRITY = (
    "By 31 August 2015, all chief constables should satisfy themselves that they have processes "
    "in place to ensure that investigations into misconduct by officers and staff resulting in "
    "“no further action” are fair and free of any form of discrimination."
)
PICTURE = (
    "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
    "audits of compliance with the APP on information management through the force information "
    "management governance structure. This should include measures to ensure that "
    "categorisation of records are regularly adjusted."
)
FIREARMS = [
    "Within three months, all chief constables should assess how well the governance of "
    "firearms licensing in his or her force meets the standards set out in Authorised "
    "Professional Practice. Chief constables of forces where the governance standards are not "
    "being complied with should put in place immediately the correct arrangements and "
    "procedures in order to meet the standards in full.",
    "Within three months, all chief constables should assess the demand placed on their "
    "firearms licensing department and ensure it has the capacity to meet this demand and "
    "provide an efficient and effective service at all times.",
    "Immediately, all chief constables should satisfy themselves that all appropriate action is "
    "being taken by their force with regard to ‘total expired’ licensing records.",
    "Within three months, all chief constables should ensure that their arrangements in respect "
    "of the use of temporary permits are in accordance with the Home Office guidance; that "
    "temporary permits are properly recorded without delay on the National Firearms Licensing "
    "Management System; and that effective systems exist to ensure certificate holders are not "
    "permitted, at any time, to remain in unlawful possession of a firearm.",
    "Within three months, all chief constables should ensure that systems designed to identify, "
    "prior to police attendance, whether a reported incident involves or is at the address of a "
    "firearm certificate holder are in place and are always applied by staff dispatching "
    "officers to incidents; and that officers understand the risk assessment which they should "
    "be undertaking in such circumstances, and their power, when appropriate, to seize firearms "
    "and firearm certificates.",
]
SF_BULLETS = [
    "senior leaders prioritise the response to modern slavery and human trafficking;",
    "every incident of modern slavery identified to police is allocated appropriate resources "
    "with the skills, experience and capacity to investigate it effectively;",
    "forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and",
    "performance and quality assurance measures are in place to allow senior leaders to assess "
    "the nature and quality of the service provided to victims.",
]
SF_STEM = ("Within twelve months, forces should review their leadership and governance "
           "arrangements for modern slavery and human trafficking, to ensure that:")
SF_LEADERSHIP = SF_STEM + "\n" + "\n".join("• " + b for b in SF_BULLETS)
STOLEN = [
    SF_LEADERSHIP,
    "Within six months, forces should have in place active information-sharing agreements with "
    "other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard "
    "victims better and to identify suspects as early as possible",
    "Immediately, forces should ensure that all victims carrying out criminal acts under "
    "compulsion attributable to slavery or exploitation are afforded the protection of early "
    "and continuing consideration of the applicability of the section 45 defence.",
    "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
    "process as it evolves and are implementing the requirement placed upon them under the "
    "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
    "adult victim of modern slavery or human trafficking.",
    "Immediately, forces should take steps to ensure they fully comply with national crime "
    "recording standard (NCRS) requirements for offences identified as modern slavery and human "
    "trafficking and that sufficient audit capacity is available to the force crime registrar "
    "to provide reassurance that each force is identifying and managing any gaps in its "
    "crime-recording accuracy for these types of offences.",
    "Immediately, forces should ensure that allegations or indications of modern slavery and "
    "human trafficking are thoroughly investigated and effectively supervised by teams and "
    "individuals with the skills and experience to undertake them (this should include the use "
    "where appropriate of joint intelligence teams and other means to obtain intelligence and "
    "evidence from agencies overseas).",
    "Immediately, forces should review their use of preventative powers under the Modern "
    "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
    "to pose a clear threat to others in respect of modern slavery and human trafficking "
    "offences are exploited.",
]
EFC17 = (
    "By September 2018, chief constables should produce an ambitious plan to improve "
    "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
    "Council and Association of Police and Crime Commissioners should support the development "
    "of these plans by establishing a national framework which allows for the provision of "
    "digitally enabled services across force boundaries."
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
LEG17 = [
    "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
    "search powers is consistently reasonable and fair. In particular, there is "
    "over-representation of BAME people, and black people in particular, in stop and search "
    "data which many forces are unable to explain.",
    SAS_MONITORING_2017,
    "Where forces identify disparities through monitoring, they should demonstrate to the "
    "public that they have:\n•carried out research and analysis in an attempt to understand the "
    "reasons for the disparity, and •taken action to reduce the disparity, where necessary;",
    "We expect forces to publish this analysis and any actions taken at least on an annual "
    "basis, from July 2018.",
    "By July 2018, and ongoing following that date, forces should ensure that all officers who "
    "use stop and search powers have been provided with, and understand, training on "
    "unconscious bias and College of Policing APP on stop and search.",
]
BWV_PARTS = [
    "ensure that officers record on body-worn video (when this is available) the entirety of "
    "all stop and search encounters, including traffic stops and use of force incidents.",
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.",
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice.",
]
BWV_2021 = "By September 2021, forces should: " + "\n".join(BWV_PARTS)
POWERS = [
    "By July 2022, forces should ensure that officers and staff have effective communication "
    "skills, in line with the National Policing Guidelines on Conflict Management. This should "
    "be in addition to existing training on conflict management and de-escalation.",
    "By July 2021, forces should ensure that communication skills are reinforced as part of the "
    "programme of continuing professional development for officers and staff, and that "
    "supervisors are supported to routinely and frequently debrief officers on these skills "
    "using body-worn video footage.",
    BWV_2021,
    "The Home Office and the NPCC should take steps to ensure that the quality of the data "
    "collected on the number of incidents where force has been used to effect a stop and search "
    "is sufficient for publication. The Home Office should publish this data as soon as "
    "possible.",
    "By July 2021, forces should ensure they have effective internal monitoring processes on "
    "the use of force, to help them to identify and understand disproportionate use, explain "
    "the reasons and implement any necessary improvement action.",
]
CDI_BULLETS = [
    "at the point of report, victims are believed;",
    "conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;",
    "multiple crimes are always recorded when described within incident records or identified "
    "as part of other recorded crime investigations;",
    "the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and",
    "online reports of crime are triaged at the point of receipt to ensure any ongoing risks to "
    "the victim or the wider public are identified and appropriately managed",
]
CDI_REC = ("Within six months the force should put in place arrangements to ensure that:\n"
           + "\n".join("• " + b for b in CDI_BULLETS) + ".")
MISSING_KIDS = (
    "Immediately, the force should review its approach to reports of missing children and take "
    "steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action."
)
DETENTION = (
    "Within six months Staffordshire Police should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• ensure "
    "that all children are only detained when absolutely necessary and for the absolute minimum "
    "amount of time;• ensure that officers and staff in the custody suite assess at an early "
    "stage a child’s need for alternative accommodation (secure or otherwise) and work with "
    "children’s social care services to achieve the most appropriate option for the child;• "
    "ensure that custody staff make a record of all actions taken and decisions made on the "
    "relevant documentation; and• improve the timeliness of adequate appropriate adult support "
    "for children who are arrested."
)
CAUSE_DA = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In cases "
    "where a DASH risk assessment is not completed the officer should record an assessment on "
    "the crime management system. HMIC found that officers are not consistently completing a "
    "DASH in circumstances where force policy requires that they should do so. This means that "
    "some victims of domestic abuse who may be at risk of harm are not being appropriately "
    "risk-assessed."
)
CAUSE_INVEST = (
    "The force does not have the capacity or capability to investigate crime effectively and "
    "this is affecting the service being provided to the public. There are failings in the way "
    "that crimes are being investigated."
)
CAUSE_VETTING = "The size of the vetting backlog within Staffordshire Police is a cause of concern."
CONTROL_ROOM = (
    "The force should ensure that it has sufficient resources available in the control room to "
    "fulfil its resourcing model, and so to meet its demand, while also taking into account the "
    "wellbeing of its workforce."
)
DA_TIMELINESS = ("The force should improve the timeliness of its response to calls for service "
                 "involving domestic abuse.")

# --------------------------------------------------------------------------------------------
# HMICFRS register: one dict per item
# --------------------------------------------------------------------------------------------
R_SAS13 = ("Stop and search powers: Are the police using them effectively and fairly?",
           D(2013, 7, 9))
R_EVERY = ("Everyone's business: Improving the police response to domestic abuse", D(2014, 3, 27))
R_AUST = ("Policing in austerity: Meeting the challenge", D(2014, 7, 22))
R_CORE = ("Core Business: an inspection into crime prevention, police attendance and the use "
          "of police time", D(2014, 9, 4))
R_INTEG = ("Integrity matters: An inspection of arrangements to ensure integrity and to provide "
           "the capability to tackle corruption in policing", D(2015, 1, 30))
R_SAS15 = ("Stop and search powers 2: are the police using them effectively and fairly?",
           D(2015, 3, 24))
R_PICT = ("Building the picture: an inspection of police information management", D(2015, 7, 1))
R_FIRE = ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms "
          "licensing in police forces in England and Wales", D(2015, 9, 15))
R_EFF16 = ("PEEL: Police effectiveness 2016 – Staffordshire Police", D(2017, 3, 2))
R_CDI17 = ("Crime data integrity inspection 2017 – Staffordshire Police", D(2017, 9, 21))
R_STOLEN = ("Stolen freedom: the policing response to modern slavery and human trafficking",
            D(2017, 10, 24))
R_EFC17 = ("PEEL: Police efficiency 2017 (national overview)", D(2017, 11, 9))
R_LEG17N = ("PEEL: Police legitimacy 2017 (national overview)", D(2017, 12, 12))
R_LEG17F = ("PEEL: Police legitimacy 2017 – Staffordshire Police", D(2017, 12, 12))
R_PEEL18 = ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Staffordshire "
            "Police", D(2019, 5, 2))
R_NCPI19 = ("National child protection inspection 2019 – Staffordshire Police", D(2019, 6, 20))
R_POWERS = ("Disproportionate use of police powers: A spotlight on stop and search and the use "
            "of force", D(2021, 2, 26))
R_PEEL21 = ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Staffordshire "
            "Police", D(2022, 5, 12))
R_PEEL23 = ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24 – Staffordshire "
            "Police", D(2024, 5, 16))

C_COMPLETE = "This recommendation is complete"
C_SUPER = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
           "inspections. Where a cause of concern still exists this will appear in the register "
           "against these subsequent inspections.")
C_MONITOR = ("The progress of the implementation of this recommendation is currently being "
             "monitored by HMICFRS and this record will, in due course, be updated.")
C_REVIEW = ("The status of this recommendation is currently being reviewed by HMIC and will be "
            "updated when this review is complete.")
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by "
          "members of the inspection team in recent inspection activity.")
C_NEW = "New recommendation"
C_NFA = "No further action required by forces: recommendation directed at national bodies."
C_SUPER23 = "Superseded by the area for improvement in PEEL 2023/24."

H: list[dict] = []


def h(key, id_, rep, typ, text, status, sdate, comment):
    H.append(dict(key=key, id=id_, report=rep[0], published=rep[1], type=typ, text=text,
                  status=status, status_date=sdate, comment=comment))


h("N1", 512, R_SAS13, NAT, SAS13[0], "Complete", D(2015, 2, 3), C_COMPLETE)
h("N2", 513, R_SAS13, NAT, SAS13[1], "Superseded", D(2018, 1, 9), C_SUPER)
h("N3", 514, R_SAS13, NAT, SAS13[2], "Complete", D(2015, 2, 3), C_COMPLETE)
h("N4", 2321, R_EVERY, NAT, EVERYONE_PLAN, "Complete", D(2015, 6, 18), C_COMPLETE)
h("N5", 3318, R_AUST, NAT, AUSTERITY[0], "No further action required", D(2016, 4, 12),
  "No further action required.")
h("N6", 3321, R_AUST, NAT, AUSTERITY[2], "Complete", D(2016, 4, 12), C_COMPLETE)
h("N7", 4822, R_CORE, NAT, CORE[0], "Being progressed", D(2019, 8, 14), C_REVIEW)
h("N8", 4823, R_CORE, NAT, CORE[1], "Superseded", D(2018, 3, 6), C_SUPER)
h("N9", 902, R_INTEG, NAT, INTEGRITY, "Being progressed", D(2022, 2, 1), C_MONITOR)
h("N34", 5207, R_SAS15, NAT, SAS15, "Complete", D(2016, 9, 27), C_COMPLETE)
h("N10", 5563, R_PICT, NAT, PICTURE, "Complete", D(2017, 1, 24), C_COMPLETE)
h("N11", 6012, R_FIRE, NAT, FIREARMS[0], "Complete", D(2016, 5, 10), C_COMPLETE)
h("N12", 6013, R_FIRE, NAT, FIREARMS[1], "Being progressed", D(2023, 11, 2), C_MONITOR)
h("N13", 6014, R_FIRE, NAT, FIREARMS[2], "Being progressed", D(2017, 2, 21), C_MONITOR)
h("N14", 6015, R_FIRE, NAT, FIREARMS[3], "Complete", D(2016, 5, 10), C_COMPLETE)
h("N15", 6016, R_FIRE, NAT, FIREARMS[4], "Being progressed", D(2017, 2, 21), C_MONITOR)
h("F1", 6951, R_EFF16, COC, CAUSE_DA, "Complete", D(2018, 3, 22), C_AUTH)
h("F2", 6952, R_EFF16, REC,
  "To address this cause of concern, HMIC recommends the force should immediately take steps "
  "to ensure that there is effective supervision of the initial risk assessment process, "
  "specifically in relation to the completion of DASH risk assessment in appropriate cases. In "
  "cases where a DASH risk assessment is not completed the officer should record an assessment "
  "on the crime management system.", "Complete", D(2018, 3, 22), C_AUTH)
h("F3", 6953, R_EFF16, REC,
  "HMIC recommends that within six months the force should: consider ways of increasing the use "
  "of arrest, ancillary orders and other available powers, in order to improve the service it "
  "provides to victims of domestic abuse, offer the best possible protection and bring more "
  "perpetrators to justice;", "Superseded", D(2019, 5, 2), C_SUPER)
h("F4", 6954, R_EFF16, REC,
  "Immediately, the force should take steps to understand and address the reason behind why "
  "such a high proportion of victims of domestic abuse do not support the police "
  "investigation.", "Superseded", D(2019, 5, 2), C_SUPER)
h("F5", 7630, R_CDI17, REC, CDI_REC, "Being progressed", D(2020, 1, 15), C_MONITOR)
h("F6", 7631, R_CDI17, REC,
  "Within three months, the force should make sure it records reports of rape and serious "
  "sexual offences accurately and without delay.", "Complete", D(2018, 6, 5), C_COMPLETE)
for i, t in enumerate(STOLEN):
    key = ["N16", "N17", "N18", "N19", "N20", "N21", "N22"][i]
    st = ["Being progressed", "Being progressed", "Complete", "Being progressed",
          "Awaiting review", "Complete", "Being progressed"][i]
    sd = [D(2023, 3, 7), D(2023, 3, 7), D(2021, 10, 19), D(2023, 3, 7), D(2023, 10, 3),
          D(2022, 9, 20), D(2023, 3, 7)][i]
    cm = {"Being progressed": C_MONITOR, "Complete": C_COMPLETE,
          "Awaiting review": "Closure evidence received from force; awaiting review."}[st]
    h(key, 8101 + i, R_STOLEN, NAT, t, st, sd, cm)
h("N23", 8388, R_EFC17, NAT, EFC17, "Superseded", D(2020, 2, 11),
  "Superseded: digital services now considered within PEEL efficiency.")
h("N24", 8540, R_LEG17N, COC, LEG17[0], "Being progressed", D(2023, 6, 13), C_MONITOR)
h("N25", 8541, R_LEG17N, NAT, LEG17[1], "Being progressed", D(2023, 6, 13), C_MONITOR)
h("N26", 8542, R_LEG17N, NAT, LEG17[2], "Being progressed", D(2023, 6, 13), C_MONITOR)
h("N27", 8543, R_LEG17N, NAT, LEG17[3], "Being progressed", D(2023, 6, 13), C_MONITOR)
h("N28", 8544, R_LEG17N, NAT, LEG17[4], "Complete", D(2019, 11, 5), C_COMPLETE)
h("F16", 8560, R_LEG17F, AFI,
  "The force should make sure it provides a confidential way for staff to raise concerns and "
  "that staff are aware of whistleblowing processes.", "Being progressed", D(2021, 4, 8),
  C_MONITOR)
h("F17", 8561, R_LEG17F, AFI,
  "The force should review how it gathers and uses equality and diversity data to improve its "
  "understanding of its workforce demographics.", "Complete", D(2019, 11, 5), C_COMPLETE)
h("F18", 8562, R_LEG17F, AFI,
  "The force should put plans in place to monitor, including through the gathering and analysis "
  "of staff feedback, team cultures and provide prompt remedial action for any issues it "
  "identifies.", "Being progressed", D(2021, 4, 8), C_MONITOR)
h("F7", 9210, R_PEEL18, COC, CAUSE_INVEST, "Being progressed", D(2022, 5, 12), C_MONITOR)
h("F8", 9211, R_PEEL18, REC,
  "HMIC recommends that within six months the force should: improve its ability to retrieve "
  "digital evidence from mobile phones, computers and other electronic devices quickly enough "
  "to ensure investigations are not delayed;", "Being progressed", D(2022, 5, 12), C_MONITOR)
h("F9", 9212, R_PEEL18, REC,
  "HMIC recommends that within six months the force should: improve its understanding of "
  "suspects released under investigation and the management of those released on bail;",
  "Complete", D(2021, 2, 16), C_COMPLETE)
h("F10", 9213, R_PEEL18, REC,
  "HMIC recommends that within six months the force should: ensure regular and active "
  "supervision of the quality and progress of investigations. This supervision should be "
  "properly recorded;", "Being progressed", D(2022, 5, 12), C_MONITOR)
h("F11", 9214, R_PEEL18, AFI,
  "The force should develop a future workforce plan that is aligned with its overall demand "
  "and budget. The plan should include future resource allocations, the mix of skills required "
  "by the workforce and behaviours expected of them.", "Complete", D(2022, 5, 12), C_AUTH)
h("F12", 9215, R_PEEL18, AFI,
  "Staffordshire Police should undertake further work to gain a fuller understanding of current "
  "demand for its services, and likely future changes in demand. This is so it can make best "
  "use of its resources by matching them to demand to meet the needs of the public.",
  "Superseded", D(2022, 5, 12), "Superseded by PEEL 2021/22.")
h("F13", 9340, R_NCPI19, REC, MISSING_KIDS, "Being progressed", D(2023, 1, 31), C_MONITOR)
h("F14", 9341, R_NCPI19, REC, DETENTION, "Being progressed", D(2023, 1, 31), C_MONITOR)
h("F15", 9342, R_NCPI19, AFI,
  "The force should improve how it works with partner organisations to safeguard people at risk "
  "from child sexual exploitation.", "Complete", D(2022, 8, 23), C_COMPLETE)
h("N29", 10105, R_POWERS, NAT, POWERS[0], "Awaiting review", D(2021, 2, 26), C_NEW)
h("N30", 10106, R_POWERS, NAT, POWERS[1], "Being progressed", D(2022, 7, 19), C_MONITOR)
h("N31", 10107, R_POWERS, NAT, POWERS[2], "Being progressed", D(2022, 7, 19), C_MONITOR)
h("N32", 10108, R_POWERS, NAT, POWERS[3], "No further action required", D(2021, 6, 1), C_NFA)
h("N33", 10109, R_POWERS, NAT, POWERS[4], "Being progressed", D(2022, 7, 19), C_MONITOR)
h("F19", 10822, R_PEEL21, AFI, CONTROL_ROOM, "Being progressed", D(2023, 5, 4), C_MONITOR)
h("F20", 10823, R_PEEL21, AFI, DA_TIMELINESS, "Superseded", D(2024, 5, 16), C_SUPER23)
h("F21", 10824, R_PEEL21, AFI,
  "The force should make sure victims of stalking and harassment are kept informed about the "
  "progress of their case, in line with the Code of Practice for Victims of Crime.",
  "Being progressed", D(2023, 5, 4), C_MONITOR)
h("F22", 10825, R_PEEL21, AFI,
  "The force should make sure it has access to accurate data and analysis to support effective "
  "performance management.", "Complete", D(2023, 11, 21), C_COMPLETE)
h("F23", 10826, R_PEEL21, AFI,
  "The force should improve how it gathers, assesses and acts on intelligence about county "
  "lines drug dealing.", "Complete", D(2024, 5, 16), C_AUTH)
h("F24", 10827, R_PEEL21, AFI,
  "Staffordshire Police should make sure the corporate risk register is actively used to "
  "mitigate and manage known risks.", "Being progressed", D(2023, 5, 4), C_MONITOR)
h("F25", 10828, R_PEEL21, AFI,
  "The force should make sure it consistently uses ancillary orders and other powers to protect "
  "victims of violence against women and girls.", "Being progressed", D(2023, 5, 4), C_MONITOR)
h("F30", 11431, R_PEEL23, COC, CAUSE_VETTING, "Being progressed", D(2024, 9, 10), C_MONITOR)
h("F31", 11432, R_PEEL23, REC,
  "Within six months, the force should ensure all staff have received at least the lowest level "
  "of vetting clearance for their roles as quickly as possible, working to clear both the "
  "vetting backlog and new vetting renewals when they become due so that it complies fully "
  "with the national vetting guidelines.", "Being progressed", D(2024, 9, 10), C_MONITOR)
h("F26", 11433, R_PEEL23, AFI, DA_TIMELINESS, "Awaiting review", D(2024, 5, 16), C_NEW)
h("F27", 11434, R_PEEL23, AFI,
  "The force should make sure investigations of rape and serious sexual offences are allocated "
  "to officers with the right skills and are effectively supervised.", "Awaiting review",
  D(2024, 5, 16), C_NEW)
h("F28", 11435, R_PEEL23, AFI,
  "The force should improve the way it manages the risk posed by offenders involved in serious "
  "and organised crime.", "Awaiting review", D(2024, 5, 16), C_NEW)
h("F29", 11436, R_PEEL23, AFI,
  "The force should make sure officers and staff have the training they need to identify and "
  "respond to vulnerable adults.", "Awaiting review", D(2024, 5, 16), C_NEW)
h("F32", 11437, R_PEEL23, AFI,
  "The force should make sure its performance framework gives senior leaders a clear picture "
  "of its response to violence against women and girls.", "Awaiting review", D(2024, 5, 16),
  C_NEW)

# --------------------------------------------------------------------------------------------
# The Outlook tasks (force side)
# --------------------------------------------------------------------------------------------
T: list[dict] = []
CAT = "HMICFRS"


def task(hkey, cat, why, subject, start, *, status, due=None, done=None, pct=None, ref="",
         cats="", dept="", notes="", prio="Normal", reminder=None):
    if pct is None:
        pct = {"Completed": 100, "Not Started": 0, "In Progress": 50,
               "Waiting on someone else": 75, "Deferred": 25}[status]
    assert (status == "Completed") == (done is not None) == (pct == 100), subject
    T.append(dict(hkey=hkey, cat=cat, why=why, subject=subject, start=start, due=due,
                  done=done, pct=pct, ref=ref, cats=cats, dept=dept, notes=notes, prio=prio,
                  status=status, reminder=reminder, order=len(T)))


def email(frm, sent, to, subj, body):
    return f"From: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subj}\n\n{body}"


# Stop and search 2013
task("N1", "in_sync", "closed both: force Completed, HMICFRS Complete",
     "S&S 2013 rec 1 - APP definition of effective & fair use", D(2013, 7, 22),
     status="Completed", done=D(2015, 1, 14), cats=f"{CAT};Stop and Search 2013;National rec",
     dept="Local Policing",
     notes=SAS13[0].replace(" This should be compliant with the Code of Practice.", "")
     + "\n\nLead: ACC Local Policing\n14/01/2015 CoP APP published. Force S&S policy "
     "re-written to match. Nothing further for us - closed.")
task("N2", "closeable_local", "HMICFRS Superseded, force task still In Progress",
     "S&S 2013 rec 2 - monitoring of S&S", D(2013, 7, 22), status="In Progress", pct=50,
     cats=f"{CAT};Stop and Search 2013;National rec", dept="Local Policing",
     notes="CCs should establish or improve monitoring of the way officers S&S people, so that "
     "they can be satisfied their officers are acting in accordance with the law (incl equality "
     "legislation & the Code of Practice), & that the power is used effectively to prevent "
     "crime, catch criminals & maintain public trust.\n\nLead: Supt Neighbourhoods\n"
     "03/2019 S&S monitoring dashboard in development - waiting on BI team.\n"
     "11/2021 Dashboard v1 live, needs ethnicity fields adding.")
task("N3", "in_sync", "closed both; abridged force wording of sas13 rec 3 (not the 2015 "
     "near-duplicate, which the task's category and date rule out)",
     "S&S 2013 rec 3 - explain S&S to public / community scrutiny", D(2013, 7, 22),
     status="Completed", done=D(2014, 9, 30), cats=f"{CAT};Stop and Search 2013;National rec",
     dept="Local Policing",
     notes="CCs to explain use of S&S to the public & have S&S records scrutinised by "
     "community reps (involve young people who are stopped).\n\n"
     "30/09/2014 S&S scrutiny panel set up with OPCC, youth members recruited via colleges.")
# Everyone's business
task("N4", "in_sync", "closed both; force Notes paste the rec with the report's next "
     "paragraphs run on (longer text, same item)",
     "Everyone's Business (DA) 2014 - DA action plan [2321]", D(2014, 4, 2),
     status="Completed", done=D(2014, 9, 29), prio="High",
     cats=f"{CAT};Domestic abuse - Everyone's business;National rec", dept="Public Protection",
     notes=EVERYONE_RUN_ON + "\n\nLead: Ch Supt Public Protection\n"
     "29/09/2014 DA action plan published on website, signed off by PCC.")
# Austerity
task(None, "not_on_hmicfrs_list", "austerity rec 2 (forces delivering <10% savings through "
     "collaboration) is not held against the force on the HMICFRS list",
     "Policing in Austerity - <10% savings via collaboration", D(2014, 8, 4),
     status="Completed", done=D(2015, 3, 31),
     cats=f"{CAT};Policing in Austerity 2014;National rec", dept="Finance",
     notes=AUSTERITY[1] + "\n\nLead: Director of Finance\n31/03/2015 Assessment done - "
     "collaboration share of savings now 14% (regional ROCU, joint fleet).")
task("N6", "in_sync", "closed both: Completed / Complete",
     "Policing in Austerity - review collaboration plans", D(2014, 8, 4),
     status="Completed", done=D(2015, 11, 30),
     cats=f"{CAT};Policing in Austerity 2014;National rec", dept="Finance",
     notes=AUSTERITY[2] + "\n\nLead: Director of Finance\n30/11/2015 Collaboration plan "
     "agreed with PCC as part of MTFS.")
# Core business
task("N7", "closeable_submit", "force Completed (2016), HMICFRS still Being progressed",
     "Core Business - THRIVE criteria for call handlers", D(2014, 9, 15),
     status="Completed", done=D(2016, 2, 26), due=D(2015, 3, 31),
     cats=f"{CAT};Core Business 2014;National rec", dept="Contact Management",
     notes=CORE[0] + "\n\nLead: Supt Contact Centre\n26/02/2016 THRIVE rolled out across "
     "FCC, all call handlers trained. \u2713 complete")
task("N8", "closeable_local", "HMICFRS Superseded, force In Progress",
     "Core Business - record & evaluate crime prevention activity", D(2014, 9, 15),
     status="In Progress", pct=25, due=D(2015, 3, 31),
     cats=f"{CAT};Core Business 2014;National rec", dept="Local Policing",
     notes=CORE[1] + "\n\nLead: ACC Local Policing\n"
     "2017 Problem-solving database being rebuilt in new RMS. Evaluation template agreed.")
# Integrity
task("N9", "in_sync", "open both: In Progress / Being progressed",
     "Integrity Matters - NFA misconduct outcomes fair", D(2015, 2, 9),
     status="In Progress", pct=50, due=D(2015, 8, 31),
     cats=f"{CAT};Integrity Matters 2015;National rec", dept="Professional Standards",
     notes=INTEGRITY + "\n\nLead: Head of Professional Standards\n"
     "09/2024 PSD dip sample of NFA outcomes booked for Q3; waiting on protected "
     "characteristics data from HR.", reminder=D(2024, 12, 2))
# Building the picture
task("N10", "closeable_local", "HMICFRS Complete, force task Not Started",
     "Building the Picture - IM audit scrutiny", D(2015, 7, 13), status="Not Started",
     due=D(2015, 11, 30), cats=f"{CAT};Information management (Building the Picture);National rec",
     dept="Information Management", notes=PICTURE + "\n\nLead: Head of Information Management")
# Firearms licensing
task("N11", "in_sync", "closed both; the task was made by dragging an email onto Tasks, so the "
     "rec text sits inside a forwarded email in Notes and the Subject is the email's",
     "RE: HMICFRS Targeting the Risk - FL governance", D(2015, 9, 22),
     status="Completed", done=D(2016, 3, 8), due=D(2015, 12, 15),
     notes=email("Whitmore, Claire", "22 September 2015 10:14", "HMICFRS Liaison",
                 "HMICFRS Targeting the Risk - FL governance",
                 "Hi, can this one go on the list please, lead is Supt Firearms Licensing. The "
                 "other four are coming over separately.\n\n" + FIREARMS[0] + "\n\nThanks\nClaire")
     + "\n\n08/03/2016 Governance review done, FL board now meets quarterly - complete.")
task("N12", "in_sync", "open both",
     "Firearms licensing - demand & capacity", D(2015, 9, 22), status="In Progress", pct=60,
     due=D(2015, 12, 15), cats=f"{CAT};Firearms licensing 2015;National rec",
     dept="Firearms Licensing",
     notes=FIREARMS[1] + "\n\nLead: Supt Firearms Licensing\n"
     "11/2023 Renewals backlog 1,140. 4 temporary staff recruited, new FL system go-live 2025.",
     reminder=D(2024, 12, 2))
task("N13", "closeable_submit", "force Completed; Notes only 'See attached' (the attachment is "
     "not exported), the Subject alone identifies the 'total expired' rec; HMICFRS open",
     "Firearms - \u2018total expired\u2019 records", D(2015, 9, 22), status="Completed",
     done=D(2016, 1, 19), cats=f"{CAT};Firearms licensing 2015", dept="Firearms Licensing",
     notes="See attached.")
task("N14", "in_sync", "closed both; abridged force wording",
     "Firearms licensing - temporary permits", D(2015, 9, 22), status="Completed",
     done=D(2016, 3, 8), due=D(2015, 12, 15), cats=f"{CAT};Firearms licensing 2015;National rec",
     dept="Firearms Licensing",
     notes="Temp permits to follow HO guidance, recorded on NFLMS without delay & systems so "
     "that no certificate holder is ever in unlawful possession.\n\n08/03/2016 Process map "
     "signed off. Complete.")
# PEEL effectiveness 2016
task("F1", "in_sync", "closed both", "PEEL Eff 16 - DA cause of concern (DASH)", D(2017, 3, 9),
     status="Completed", done=D(2018, 2, 28), prio="High",
     cats=f"{CAT};PEEL Effectiveness 2016;Cause of concern", dept="Public Protection",
     notes=CAUSE_DA + "\n\nLead: Ch Supt Public Protection\nSee the two recs under this CoC.\n"
     "28/02/2018 Revisit by HMICFRS Feb 18 - CoC discharged per FLL.")
task("F2", "closeable_local", "HMICFRS Complete, force still In Progress",
     "PEEL Eff 16 - CoC rec: supervision of DASH risk assessment", D(2017, 3, 9),
     status="In Progress", pct=75, prio="High",
     cats=f"{CAT};PEEL Effectiveness 2016;Recommendation", dept="Public Protection",
     notes="To address this CoC the force should immediately take steps to ensure that there is "
     "effective supervision of the initial risk assessment process, specifically in relation "
     "to the completion of DASH risk assessment in appropriate cases. In cases where a DASH is "
     "not completed the officer should record an assessment on the crime management system.\n\n"
     "Lead: Ch Supt Public Protection\n06/2023 DARA pilot replacing DASH - supervision "
     "check built into Niche workflow, evaluation due.")
task("F3", "in_sync", "closed both: force Completed, HMICFRS Superseded (same report)",
     "PEEL Eff 16 - more arrests / ancillary orders in DA", D(2017, 3, 9), status="Completed",
     done=D(2018, 9, 28), due=D(2017, 9, 2),
     cats=f"{CAT};PEEL Effectiveness 2016;Recommendation", dept="Public Protection",
     notes="Within 6 months the force should consider ways of increasing the use of arrest, "
     "ancillary orders & other available powers, in order to improve the service it provides "
     "to victims of DA, offer the best possible protection & bring more perpetrators to "
     "justice.\n\nLead: Ch Supt Public Protection\n28/09/2018 DVPN/DVPO use up 60%, arrest "
     "rate 47% -> 58%. Complete.")
task("F4", "closeable_local", "HMICFRS Superseded, force In Progress",
     "PEEL Eff 16 - why DA victims don't support investigations", D(2017, 3, 9),
     status="In Progress", pct=50, due=D(2017, 3, 2),
     cats=f"{CAT};PEEL Effectiveness 2016;Recommendation", dept="Public Protection",
     notes="Immediately, the force should take steps to understand and address the reason "
     "behind why such a high proportion of victims of domestic abuse do not support the police "
     "investigation.\n\nLead: Det Ch Supt Force CID\n2022 Victim survey with Staffs Women's Aid "
     "- report awaited.")
# CDI 2017: one rec, five bullets, five tasks
cdi_sub = ["victims believed at point of report", "call summaries accurate in incident log",
           "multiple crimes always recorded", "stop waiting for medicals / VRIs before recording",
           "triage online crime reports at receipt"]
for i, (b, s) in enumerate(zip(CDI_BULLETS, cdi_sub)):
    task("F5", "closeable_submit", f"split row: bullet {i + 1} of 5 of the CDI rec; all five "
         "bullet tasks Completed, HMICFRS Being progressed",
         f"CDI 2017 rec 1({'abcde'[i]}) - {s}", D(2017, 9, 28), status="Completed",
         done=[D(2018, 1, 31), D(2018, 3, 2), D(2018, 3, 2), D(2018, 1, 31), D(2018, 3, 16)][i],
         due=D(2018, 3, 21), cats=f"{CAT};CDI 2017;Recommendation", dept="Crime Registrar",
         notes="Within six months the force should put in place arrangements to ensure that:\n"
         + "• " + b.rstrip(";").removesuffix("; and") + "\n\nLead: Force Crime Registrar\n"
         + ["31/01/2018 Victim-first message in all call handler & response briefings.",
            "02/03/2018 Call QA form updated, FCC supervisors dip check 20 logs a week.",
            "02/03/2018 NCRS refresher delivered, CRU audit shows 96% compliance.",
            "31/01/2018 Instruction issued by DCC - recording no longer waits for medicals/VRIs.",
            "16/03/2018 Online reports triaged by FCC within 1 hr of receipt."][i])
task("F6", "in_sync", "closed both", "CDI 2017 rec 2 - RASSO recorded accurately & promptly",
     D(2017, 9, 28), status="Completed", done=D(2018, 5, 11), due=D(2017, 12, 21),
     cats=f"{CAT};CDI 2017;Recommendation", dept="Crime Registrar",
     notes="Within 3 months, the force should make sure it records reports of rape & serious "
     "sexual offences accurately & without delay.\n\nLead: Force Crime Registrar\n11/05/2018 "
     "Re-audit 94% compliant - closed.")
# Stolen freedom
task("N16", "conflict", "missing bullet: force Notes give the MSHT leadership rec with three "
     "of its four bullets (partnership arrangements bullet left out)",
     "Stolen Freedom rec 1 - MSHT leadership & governance", D(2017, 10, 30),
     status="In Progress", pct=50, due=D(2018, 10, 24),
     cats=f"{CAT};Stolen Freedom (MSHT) 2017;National rec", dept="Crime",
     notes=SF_STEM + "\n" + "\n".join("• " + SF_BULLETS[j] for j in (0, 1, 3)) +
     "\n\nLead: ACC Crime\n2023 MSHT gold group reinstated, performance pack drafted.")
task("N17", "closeable_submit", "force Completed, HMICFRS Being progressed",
     "Stolen Freedom - ISAs with partner agencies", D(2017, 10, 30), status="Completed",
     done=D(2018, 5, 18), due=D(2018, 4, 24),
     cats=f"{CAT};Stolen Freedom (MSHT) 2017;National rec", dept="Crime",
     notes="Within 6 months, forces should have in place active ISAs with other agencies to "
     "facilitate speedy exchange of intelligence & in order to safeguard victims better & to "
     "identify suspects as early as possible.\n\nLead: Head of Intelligence\n18/05/2018 ISAs "
     "signed with Staffs CC, Stoke-on-Trent CC and GLAA. Complete.")
task("N18", "closeable_local", "HMICFRS Complete, force In Progress",
     "Stolen Freedom - s45 defence", D(2017, 10, 30), status="In Progress", pct=75,
     due=D(2017, 10, 24), cats=f"{CAT};Stolen Freedom (MSHT) 2017;National rec",
     dept="Criminal Justice",
     notes=STOLEN[2] + "\n\nLead: Head of Criminal Justice\nJoint CPS/force s45 guidance still "
     "in draft.")
task("N19", "in_sync", "open both", "Stolen Freedom - NRM compliance & duty to notify",
     D(2017, 10, 30), status="In Progress", pct=50, due=D(2017, 10, 24),
     cats=f"{CAT};Stolen Freedom (MSHT) 2017;National rec", dept="Crime",
     notes=STOLEN[3] + "\n\nLead: ACC Crime\n2024 NRM SPOC in MASH; DtN training for FCC "
     "outstanding.")
task("N20", "closeable_submit", "status word 'Waiting on someone else' but Notes record the "
     "closure evidence submitted to HMICFRS: force done, HMICFRS still open (Awaiting review)",
     "Stolen Freedom - NCRS for MSHT offences", D(2017, 10, 30),
     status="Waiting on someone else", pct=90, due=D(2017, 10, 24),
     cats=f"{CAT};Stolen Freedom (MSHT) 2017;National rec", dept="Crime Registrar",
     notes=STOLEN[4] + "\n\nLead: Force Crime Registrar\n03/10/2023 Audit complete (98% "
     "compliance). Evidence pack submitted to HMICFRS for closure - awaiting their decision.")
task("N21", "in_sync", "closed both: 'Waiting on someone else' with Notes 'submitted to "
     "HMICFRS for closure' = force done; HMICFRS Complete",
     "Stolen Freedom - MSHT investigations supervised", D(2017, 10, 30),
     status="Waiting on someone else", pct=90, due=D(2017, 10, 24),
     cats=f"{CAT};Stolen Freedom (MSHT) 2017;National rec", dept="Crime",
     notes=STOLEN[5] + "\n\nLead: Det Ch Supt Force CID\n12/06/2022 Submitted to HMICFRS for "
     "closure.")
task("N22", "in_sync", "open both: Deferred is an open task (paused), HMICFRS Being progressed",
     "Stolen Freedom - MSA preventative powers (STPOs/SROs)", D(2017, 10, 30),
     status="Deferred", pct=25, due=D(2017, 10, 24),
     cats=f"{CAT};Stolen Freedom (MSHT) 2017;National rec", dept="Crime",
     notes=STOLEN[6] + "\n\nLead: ACC Crime\nPaused pending regional MSHT review by ROCU - "
     "restart Q1 2025.")
task("N23", "in_sync", "closed both: force Completed, HMICFRS Superseded (same report)",
     "PEEL Efficiency 17 (all forces) - digital services plan", D(2017, 11, 20),
     status="Completed", done=D(2018, 8, 29), due=D(2018, 9, 30),
     cats=f"{CAT};PEEL Efficiency 17 (all forces);National rec", dept="Digital Services",
     notes="By Sept 2018, CCs should produce an ambitious plan to improve digitally-enabled "
     "services within their force.\n\nLead: Head of Corporate Development\n29/08/2018 Digital "
     "Policing Strategy 2018-21 approved at COG.")
task("N19", "in_sync", "duplicate task for the NRM rec (made again from the FLL's email); "
     "open on both sides, same item as the other NRM task",
     "FW: Stolen Freedom - NRM", D(2018, 1, 16), status="In Progress", pct=25,
     notes=email("Whitmore, Claire", "16 January 2018 15:02", "HMICFRS Liaison",
                 "Stolen Freedom - NRM",
                 "This one is still showing as open for you on our side.\n\n" + STOLEN[3]
                 + "\n\nClaire"))
task("F17", "in_sync", "closed both", "PEEL Legit 17 - E&D workforce data", D(2017, 12, 18),
     status="Completed", done=D(2019, 3, 29), cats=f"{CAT};PEEL Legitimacy 2017;AFI",
     dept="People",
     notes="The force should review how it gathers & uses equality & diversity data to improve "
     "its understanding of its workforce demographics.\n\nLead: Director of People\n"
     "29/03/2019 New HR self-service declaration campaign - declaration rate 81%.")
task("F18", "conflict", "type: the force files the team-cultures AFI as a Recommendation",
     "PEEL Legit 17 rec - monitor team cultures", D(2017, 12, 18), status="In Progress",
     pct=50, cats=f"{CAT};PEEL Legitimacy 2017;Recommendation", dept="People",
     notes="The force should put plans in place to monitor, incl through the gathering & "
     "analysis of staff feedback, team cultures & provide prompt remedial action for any "
     "issues it identifies.\n\nLead: Director of People\n2024 Culture survey repeated, team "
     "level results with BCU commanders.")
task("N24", "in_sync", "open both", "PEEL Legit 17 S&S - cause of concern (disproportionality)",
     D(2017, 12, 18), status="In Progress", pct=50, prio="High",
     cats=f"{CAT};PEEL Legit 17 S&S;Cause of concern", dept="Local Policing",
     notes=LEG17[0] + "\n\nLead: ACC Local Policing")
task("N25", "closeable_submit", "force Completed, HMICFRS Being progressed",
     "PEEL Legit 17 S&S - monitoring data (by July 2018)", D(2017, 12, 18),
     status="Completed", done=D(2018, 7, 27), due=D(2018, 7, 31),
     cats=f"{CAT};PEEL Legit 17 S&S;National rec", dept="Local Policing",
     notes=SAS_MONITORING_2017 + "\n\nLead: ACC Local Policing\n27/07/2018 Monthly S&S "
     "dashboard (ethnicity, find rates, drug possession searches) live on Qlik.")
task("N26", "in_sync", "open both", "PEEL Legit 17 S&S - disparities explained to public",
     D(2017, 12, 18), status="In Progress", pct=50,
     cats=f"{CAT};PEEL Legit 17 S&S;National rec", dept="Local Policing",
     notes=LEG17[2] + "\n\nLead: ACC Local Policing\nAnalysis with Keele University under way.")
task("N28", "in_sync", "closed both", "PEEL Legit 17 S&S - unconscious bias training",
     D(2017, 12, 18), status="Completed", done=D(2019, 6, 28), due=D(2018, 7, 31),
     cats=f"{CAT};PEEL Legit 17 S&S;National rec", dept="Learning & Development",
     notes="By July 2018, and ongoing following that date, forces should ensure that all "
     "officers who use S&S powers have been provided with, and understand, training on "
     "unconscious bias and CoP APP on S&S.\n\nLead: Head of Learning & Development\n"
     "28/06/2019 97% of S&S-using officers trained. Now in IPLDP and annual PST.")
# PEEL 2018/19 (references typed into "Billing Information" from here on)
task("F7", "in_sync", "open both", "PEEL 18/19 - CoC investigation capacity & capability",
     D(2019, 5, 9), status="In Progress", pct=50, ref="9210", prio="High",
     cats=f"{CAT};PEEL 2018/19;Cause of concern", dept="Crime",
     notes=CAUSE_INVEST + "\n\nLead: ACC Crime\nInvestigation Improvement Plan - 3 of 5 "
     "workstreams delivered.")
task("F8", "closeable_submit", "force Completed, HMICFRS Being progressed",
     "PEEL 18/19 - digital evidence retrieval", D(2019, 5, 9), status="Completed",
     done=D(2021, 3, 31), due=D(2019, 11, 2), ref="9211",
     cats=f"{CAT};PEEL 2018/19;Recommendation", dept="Digital Forensics",
     notes="Within six months the force should improve its ability to retrieve digital "
     "evidence from mobile phones, computers & other electronic devices quickly enough to "
     "ensure investigations are not delayed.\n\nLead: Det Ch Supt Force CID\n31/03/2021 "
     "Digital media investigators in every hub, kiosk backlog cleared (avg 9 days).")
task("F9", "in_sync", "closed both", "PEEL 18/19 - RUI and bail management", D(2019, 5, 9),
     status="Completed", done=D(2020, 9, 30), due=D(2019, 11, 2), ref="9212",
     cats=f"{CAT};PEEL 2018/19;Recommendation", dept="Criminal Justice",
     notes="HMIC recommends that within six months the force should: improve its understanding "
     "of suspects released under investigation and the management of those released on bail;"
     "\n\nLead: Head of Criminal Justice\n30/09/2020 RUI review team in place. Complete.")
task("F10", "conflict", "timescale: force text says within 12 months, HMICFRS within six "
     "months (force due date set a year after publication)",
     "PEEL 18/19 - supervision of investigations", D(2019, 5, 9), status="In Progress",
     pct=50, due=D(2020, 5, 2), ref="9213", cats=f"{CAT};PEEL 2018/19;Recommendation",
     dept="Crime",
     notes="Within 12 months the force should ensure regular & active supervison of the "
     "quality & progress of investigations. This supervision should be properly recorded.\n\n"
     "Lead: Det Ch Supt Force CID\n2024 Supervisory review field mandatory in Niche; "
     "compliance 71%.")
task("F11", "closeable_local", "HMICFRS Complete (authorised for closure); force task "
     "'Waiting on someone else' for sign-off, i.e. still open",
     "PEEL 18/19 - workforce plan", D(2019, 5, 9), status="Waiting on someone else", pct=75,
     ref="9214", cats=f"{CAT};PEEL 2018/19;AFI", dept="People",
     notes="The force should develop a future workforce plan that is aligned with its overall "
     "demand & budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce & behaviours expected of them.\n\nLead: Director of People\n"
     "2023 Draft Strategic Workforce Plan with Director of People for sign-off.")
task("F12", "in_sync", "closed both: Completed / Superseded", "PEEL 18/19 - demand analysis",
     D(2019, 5, 9), status="Completed", done=D(2021, 1, 29), ref="9215",
     cats=f"{CAT};PEEL 2018/19;AFI", dept="Corporate Development",
     notes="Staffordshire Police should undertake further work to gain a fuller understanding "
     "of current demand for its services, and likely future changes in demand.\n\n"
     "Lead: Head of Corporate Development\n29/01/2021 Demand model built into FMS 2021.")
# NCPI 2019
task("F13", "in_sync", "open both", "NCPI 2019 - missing children (absent category, CSE risk, "
     "supervision)", D(2019, 6, 27), status="In Progress", pct=50, due=D(2019, 6, 20),
     ref="9340", prio="High", cats=f"{CAT};NCPI 2019;Recommendation",
     dept="Public Protection",
     notes=MISSING_KIDS + "\n\nLead: Ch Supt Public Protection\n2024 'Absent' category "
     "withdrawn; missing person coordinators in each LPA.")
task("F14", "closeable_submit", "force Completed, HMICFRS Being progressed",
     "NCPI 2019 - detention of children in custody", D(2019, 6, 27), status="Completed",
     done=D(2020, 11, 30), due=D(2019, 12, 20), ref="9341",
     cats=f"{CAT};NCPI 2019;Recommendation", dept="Custody",
     notes="Within 6 months Staffordshire Police should, with children's social care, review "
     "how it manages the detention of children (only when absolutely necessary & for minimum "
     "time; early assessment of need for alternative accommodation; record all actions & "
     "decisions; timely appropriate adults).\n\nLead: Ch Insp Custody\n30/11/2020 Concordat "
     "signed with both LAs, AA contract re-let. Complete.")
task("F15", "closeable_local", "HMICFRS Complete, force In Progress",
     "NCPI 2019 - CSE partnership working", D(2019, 6, 27), status="In Progress", pct=75,
     ref="9342", cats=f"{CAT};NCPI 2019;AFI", dept="Public Protection",
     notes="The force should improve how it works with partner organisations to safeguard "
     "people at risk from CSE.\n\nLead: Ch Supt Public Protection\nJoint CSE panel "
     "arrangements under review with safeguarding partnership.")
# Police powers spotlight 2021
task("N29", "in_sync", "open both", "Police powers spotlight (Feb 21) - comms skills training",
     D(2021, 3, 8), status="In Progress", pct=50, due=D(2022, 7, 31), ref="10105",
     cats=f"{CAT};Police powers spotlight (Feb 21);National rec", dept="Learning & Development",
     notes=POWERS[0] + "\n\nLead: Head of Learning & Development\nNew PST day 2 module - 62% "
     "of officers through.")
task("N30", "closeable_submit", "force Completed, HMICFRS Being progressed",
     "Police powers spotlight - CPD & BWV debriefs", D(2021, 3, 8), status="Completed",
     done=D(2022, 3, 31), due=D(2021, 7, 31), ref="10106",
     cats=f"{CAT};Police powers spotlight (Feb 21);National rec", dept="Local Policing",
     notes=POWERS[1] + "\n\nLead: ACC Local Policing\n31/03/2022 Sergeants' BWV debrief "
     "guide issued, in CPD calendar.")
for i, s in enumerate(["(a) record all S&S & use of force on BWV",
                       "(b) internal BWV review process",
                       "(c) scrutiny panel access to BWV"]):
    task("N31", "in_sync", f"split row: part {i + 1} of 3 of the BWV rec; all three open, "
         "HMICFRS Being progressed", f"Police powers spotlight - BWV {s}", D(2021, 3, 8),
         status="In Progress", pct=[75, 50, 25][i], due=D(2021, 9, 30),
         ref="10107" if i == 0 else "",
         cats=f"{CAT};Police powers spotlight (Feb 21);National rec", dept="Local Policing",
         notes="By September 2021, forces should " + BWV_PARTS[i] + "\n\nLead: ACC Local "
         "Policing\n" + ["BWV activation compliance 88%.", "Monthly BWV review by PSD - "
                         "dip sample being set up.", "OPCC panel to view BWV from Jan 25."][i])
task("N32", "in_sync", "closed both: force closed it as not for forces, HMICFRS 'No further "
     "action required'", "Police powers spotlight - HO/NPCC use of force data", D(2021, 3, 8),
     status="Completed", done=D(2021, 3, 8), ref="10108",
     cats=f"{CAT};Police powers spotlight (Feb 21);National rec",
     notes=POWERS[3] + "\n\nNot for forces (Home Office / NPCC). No local action - closed on our "
     "list.")
task("N33", "conflict", "deadline: force text and due date say By July 2022, HMICFRS says By "
     "July 2021", "Police powers spotlight - use of force monitoring", D(2021, 3, 8),
     status="In Progress", pct=50, due=D(2022, 7, 31), ref="10109",
     cats=f"{CAT};Police powers spotlight (Feb 21);National rec", dept="Local Policing",
     notes="By July 2022, forces should ensure they have effective internal monitoring "
     "processes on the use of force, to help them to identify and understand disproportionate "
     "use, explain the reasons and implement any necessary improvement action.\n\n"
     "Lead: ACC Local Policing\nUoF data now in Power BI; scrutiny by OPCC panel quarterly.")
# PEEL 2021/22
task("F19", "closeable_submit", "force Completed, HMICFRS Being progressed",
     "PEEL 21/22 AFI - control room resourcing", D(2022, 5, 19), status="Completed",
     done=D(2023, 9, 29), ref="10822", cats=f"{CAT};PEEL 2021/22;AFI",
     dept="Contact Management",
     notes=CONTROL_ROOM + "\n\nLead: Supt Contact Centre\n29/09/2023 Resourcing model "
     "re-based, 38 call handlers recruited, 999 answer 91% in 10s.")
task("F20", "closeable_local", "same AFI text as PEEL 2023/24's; this task is the 2021/22 one "
     "(its category, dates, no reference) which HMICFRS has Superseded; force still In Progress",
     "PEEL 21/22 AFI - DA response times", D(2022, 5, 19), status="In Progress", pct=50,
     cats=f"{CAT};PEEL 2021/22;AFI", dept="Contact Management",
     notes=DA_TIMELINESS + "\n\nLead: Supt Contact Centre\nDA grade 2 attendance median 4h10m "
     "- target 3h.")
task("F21", "in_sync", "open both", "PEEL 21/22 AFI - stalking victims kept informed",
     D(2022, 5, 19), status="In Progress", pct=50, ref="10824",
     cats=f"{CAT};PEEL 2021/22;AFI", dept="Crime",
     notes="The force should make sure victims of stalking & harassment are kept informed about "
     "the progress of their case, in line with the VCOP.\n\nLead: Det Ch Supt Force CID")
task("F22", "in_sync", "closed both", "PEEL 21/22 AFI - performance data & analysis",
     D(2022, 5, 19), status="Completed", done=D(2023, 10, 31), ref="10825",
     cats=f"{CAT};PEEL 2021/22;AFI", dept="Corporate Development",
     notes="The force should make sure it has access to accurate data and analysis to support "
     "effective performance management.\n\nLead: Head of Corporate Development\n31/10/2023 "
     "Force performance framework & Power BI suite live. Closed.")
task("F23", "closeable_local", "HMICFRS Complete (authorised for closure), force task Not "
     "Started", "PEEL 21/22 AFI - county lines intelligence", D(2022, 5, 19),
     status="Not Started", ref="10826", cats=f"{CAT};PEEL 2021/22;AFI", dept="Intelligence",
     notes="The force should improve how it gathers, assesses & acts on intelligence about "
     "county lines drug dealing.\n\nLead: Head of Intelligence")
task("F24", "closeable_submit", "force Completed, HMICFRS Being progressed",
     "PEEL 21/22 AFI - corporate risk register", D(2022, 5, 19), status="Completed",
     done=D(2023, 3, 31), cats=f"{CAT};PEEL 2021/22;AFI", dept="Corporate Development",
     notes="Staffordshire Police should make sure the corporate risk register is actively used "
     "to mitigate and manage known risks.\n\nLead: DCC\n31/03/2023 Risk register reviewed "
     "monthly at Force Assurance Board; JRAC deep dives.")
# Local actions and a debrief item
task(None, "not_on_hmicfrs_list", "force's own local action, not an HMICFRS item",
     "Local action: DA crime report dip-sample", D(2022, 6, 6), status="In Progress", pct=50,
     cats="Local action", dept="Public Protection", prio="Low",
     notes="Dip-sample 50 domestic abuse crime reports each quarter and report findings to the "
     "Crime Standards Board.\n\nLead: Force Crime Registrar\nQ2 24/25 done - 88% compliant.")
task(None, "not_on_hmicfrs_list", "force's own improvement-plan action, not an HMICFRS item",
     "Force improvement plan: MSHT SPOC per LPA", D(2018, 2, 5), status="Completed",
     done=D(2018, 6, 29), cats="Local action;Stolen Freedom (MSHT) 2017", dept="Crime",
     prio="Low",
     notes="Appoint a single point of contact for modern slavery and human trafficking in each "
     "local policing area.\n\n29/06/2018 SPOCs named for all 4 LPAs.")
task(None, "not_on_hmicfrs_list", "an area for improvement HMICFRS flagged at the PEEL hot "
     "debrief that did not appear in the published report or on the list",
     "PEEL 23 hot debrief - S&S external scrutiny (likely AFI)", D(2024, 3, 4),
     status="In Progress", pct=25, cats=f"{CAT};PEEL 2023/24", dept="Local Policing",
     notes="From the hot debrief 04/03/2024: HMICFRS indicated a likely AFI on external "
     "scrutiny of stop and search (panel does not see enough BWV). Keep open until the report "
     "is published.\n\nLead: ACC Local Policing")
# PEEL 2023/24
task("F30", "in_sync", "open both", "PEEL 23/24 - CoC vetting backlog", D(2024, 5, 23),
     status="In Progress", pct=50, ref="11431", prio="High",
     cats=f"{CAT};PEEL 2023/24;Cause of concern", dept="Vetting",
     notes=CAUSE_VETTING + "\n\nLead: DCC\nBacklog 2,310 -> 1,020 (Oct 24).",
     reminder=D(2024, 12, 2))
task("F31", "closeable_submit", "force Completed, HMICFRS Being progressed",
     "PEEL 23/24 - CoC rec: vetting clearance for all staff", D(2024, 5, 23),
     status="Completed", done=D(2024, 10, 31), due=D(2024, 11, 16), ref="11432", prio="High",
     cats=f"{CAT};PEEL 2023/24;Recommendation", dept="Vetting",
     notes="Within 6 months, the force should ensure all staff have received at least the "
     "lowest level of vetting clearance for their roles as quickly as possible, working to "
     "clear both the vetting backlog & new vetting renewals when they become due so that it "
     "complies fully with the national vetting guidelines.\n\nLead: DCC\n31/10/2024 All staff "
     "hold at least NPPV1/RV. Evidence to be sent to FLL.")
task("F26", "in_sync", "same AFI text as the 2021/22 task; this one is PEEL 2023/24 (category, "
     "dates, reference); open both", "PEEL 23/24 AFI - DA response times", D(2024, 5, 23),
     status="In Progress", pct=25, ref="11433", cats=f"{CAT};PEEL 2023/24;AFI",
     dept="Contact Management",
     notes=DA_TIMELINESS + "\n\nLead: Supt Contact Centre\nSee also the 21/22 task - carry "
     "work across.")
task("F27", "in_sync", "open both", "PEEL 23/24 AFI - RASSO allocation & supervision",
     D(2024, 5, 23), status="In Progress", pct=25, ref="11434",
     cats=f"{CAT};PEEL 2023/24;AFI", dept="Crime",
     notes="The force should make sure investigations of rape & serious sexual offences are "
     "allocated to officers with the right skills & are effectively supervised.\n\n"
     "Lead: Det Ch Supt Force CID\nOp Soteria roll-out.")
task("F28", "conflict", "reference: the task's Billing Information reads 11453, HMICFRS "
     "reference is 11435 (text, report and status otherwise agree, open both)",
     "PEEL 23/24 AFI - SOC offender management", D(2024, 5, 23), status="In Progress",
     pct=25, ref="11453", cats=f"{CAT};PEEL 2023/24;AFI", dept="Intelligence",
     notes="The force should improve the way it manages the risk posed by offenders involved in "
     "serious and organised crime.\n\nLead: Head of Intelligence\nLifetime offender "
     "management for SOC nominals being scoped.")
task("F29", "in_sync", "open both (Not Started / Awaiting review)",
     "PEEL 23/24 AFI - vulnerable adults training", D(2024, 5, 23), status="Not Started",
     ref="11436", cats=f"{CAT};PEEL 2023/24;AFI", dept="Learning & Development",
     notes="The force should make sure officers & staff have the training they need to identify "
     "& respond to vulnerable adults.\n\nLead: Head of Learning & Development")
task(None, "not_on_hmicfrs_list", "force's own audit-committee action, not an HMICFRS item",
     "JAC action: internal audit of vetting governance", D(2024, 6, 17), status="Not Started",
     cats="Local action;JAC", dept="Vetting", prio="Low",
     notes="Internal audit of the vetting governance arrangements (audit plan 2024/25), "
     "agreed at JAC 12/06/2024.\n\nLead: DCC")

# --------------------------------------------------------------------------------------------
# Order the tasks as Outlook exports them (folder order, roughly creation order)
# --------------------------------------------------------------------------------------------
for t in T:
    t["tiebreak"] = rng.random()
T.sort(key=lambda t: (t["start"], t["tiebreak"]))

HEADER = ["Subject", "Start Date", "Due Date", "Reminder On/Off", "Reminder Date",
          "Reminder Time", "Date Completed", "% Complete", "Total Work", "Actual Work",
          "Billing Information", "Categories", "Companies", "Contacts", "Mileage", "Notes",
          "Priority", "Private", "Role", "Schedule+ Priority", "Sensitivity", "Status"]


def fd(d):
    return d.strftime("%d/%m/%Y") if d else ""


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


rows = []
for t in T:
    rem = t["reminder"]
    rows.append([t["subject"], fd(t["start"]), fd(t["due"]), "True" if rem else "False",
                 fd(rem), "09:00:00" if rem else "", fd(t["done"]), str(t["pct"]) + "%",
                 "0 hours", "0 hours", t["ref"], t["cats"], t["dept"], "", "",
                 crlf(t["notes"]), t["prio"], "False", "", "", "Normal", t["status"]])


def write_csv(path):
    buf = io.StringIO(newline="")
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(HEADER)
    w.writerows(rows)
    text = buf.getvalue()
    data = text.encode("cp1252", errors="replace")
    replaced = [c for c in text if c not in "\r\n" and c.encode("cp1252", errors="replace") == b"?"
                and c != "?"]
    assert set(replaced) == {"\u2713"}, set(replaced)  # only the pasted tick is lost
    with open(path, "wb") as f:
        f.write(data)


# --------------------------------------------------------------------------------------------
# HMICFRS register export
# --------------------------------------------------------------------------------------------
H.sort(key=lambda x: (x["published"], x["id"]))
H_SHEET = "Register"


def write_hmicfrs(path):
    wb = Workbook()
    ws = wb.active
    ws.title = H_SHEET
    head = ["Recommendation ID", "Force", "Report title", "Publication date", "Type",
            "Recommendation / area for improvement", "Status", "Status date", "Latest comment"]
    ws.append(head)
    for c in ws[1]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
        c.alignment = Alignment(vertical="top", wrap_text=True)
    for x in H:
        ws.append([x["id"], FORCE, x["report"], x["published"], x["type"], x["text"],
                   x["status"], x["status_date"], x["comment"]])
    for r in ws.iter_rows(min_row=2):
        for c in r:
            c.alignment = Alignment(vertical="top", wrap_text=c.column in (3, 6, 9))
        r[3].number_format = "dd/mm/yyyy"
        r[7].number_format = "dd/mm/yyyy"
    for col, w in zip("ABCDEFGHI", [12, 20, 45, 14, 24, 90, 18, 13, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:I{ws.max_row}"
    wb.properties.creator = "HMICFRS"
    wb.properties.created = FIXED_TS
    wb.save(path)
    fix_zip(path)


def fix_zip(path):
    """Make an openpyxl workbook byte-for-byte reproducible: fixed modified time, fixed zip
    entry timestamps."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2024-11-11T08:30:00Z</dcterms:modified>",
                              data)
            zi = zipfile.ZipInfo(name, date_time=(2024, 11, 11, 8, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


# --------------------------------------------------------------------------------------------
# truth.csv
# --------------------------------------------------------------------------------------------
def build_truth():
    hrow = {x["key"]: f"{H_SHEET}!{i + 2}" for i, x in enumerate(H)}
    lines = []
    seen = set()
    for i, t in enumerate(T):
        fr = f"tracker.csv!{i + 2}"
        hr = hrow[t["hkey"]] if t["hkey"] else ""
        if t["hkey"]:
            seen.add(t["hkey"])
        lines.append((hr, fr, t["cat"], t["why"]))
    for x in H:
        if x["key"] not in seen:
            lines.append((hrow[x["key"]], "", "missing_from_force",
                          f"{x['status']} on the HMICFRS list; no task in the Outlook folder"))

    def k(l):
        a = int(l[0].split("!")[1]) if l[0] else 10 ** 6
        b = int(l[1].split("!")[1]) if l[1] else 0
        return (a, b)
    lines.sort(key=k)
    return lines


def main():
    os.makedirs(OUT, exist_ok=True)
    write_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    write_csv(os.path.join(OUT, "tracker.csv"))
    lines = build_truth()
    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)
    from collections import Counter
    print(Counter(l[2] for l in lines))
    print(len(H), "HMICFRS items;", len(T), "tasks")


if __name__ == "__main__":
    main()
