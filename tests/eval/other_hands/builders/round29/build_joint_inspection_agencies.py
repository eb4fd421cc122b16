"""Build the evaluation case `joint_inspection_agencies` (round 29, layout D).

A force tracker that also carries recommendations from joint inspections (JTAI with
Ofsted / CQC / HMI Probation, Criminal Justice Joint Inspection with HMCPSI), with a
"Lead agency" column and a "Source (inspectorate)" column, against the HMICFRS definitive
list, which holds only what is addressed to the police (plus national items).

Run:  /work/main/.venv/bin/python build_joint_inspection_agencies.py
Rebuilds joint_inspection_agencies/ byte for byte (fixed seed, fixed zip timestamps).
Texts: real HMICFRS wording copied from the project's text lists
(/work/main/reconcile/casegen/texts, /work/shared/data); partner rows, force summaries,
local actions and progress notes are written as a force analyst would.
"""
from __future__ import annotations

import csv
import io
import random
import re
import zipfile
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

SEED = 20251203
rng = random.Random(SEED)
HERE = Path(__file__).resolve().parent
OUT = HERE / "joint_inspection_agencies"
FORCE = "Derbyshire Constabulary"
FIXED_ZIP_TIME = (2025, 11, 3, 9, 0, 0)
FIXED_ISO = "2025-11-03T09:00:00Z"

# --------------------------------------------------------------------------------------
# Real texts (copied verbatim from the casegen text lists / real_recommendations.csv)
# --------------------------------------------------------------------------------------
CAUSE_DA = ("The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
            "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
            "incidents does not provide confidence that risk is always assessed appropriately. In "
            "cases where a DASH risk assessment is not completed the officer should record an "
            "assessment on the crime management system. HMIC found that officers are not consistently "
            "completing a DASH in circumstances where force policy requires that they should do so. "
            "This means that some victims of domestic abuse who may be at risk of harm are not being "
            "appropriately risk-assessed.")
CAUSE_MISSING = ("The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
                 "found that the assessment of risk for children who go missing from home was inappropriate "
                 "in some cases. We found some instances where children were classed as ‘absent’ when they "
                 "should have been recorded as ‘missing’, and risk levels for missing children were "
                 "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
                 "lower level and could have been exposed to an increased risk of harm.")
MISSING_B = ["call takers understand and use the missing and absent category appropriately;",
             "call takers and frontline staff have the necessary knowledge to identify risk factors "
             "associated with child sexual exploitation and how to respond to such cases; and",
             "supervisors provide the correct oversight of missing person enquiries and direct "
             "appropriate and timely investigative and safeguarding action"]
MISSING_REC = ("To address this cause of concern the force should immediately review its approach to "
               "reports of missing children and take steps to ensure that:\n"
               + "\n".join("• " + b for b in MISSING_B) + ".")
DETENTION = ("Within six months Derbyshire Constabulary should, in conjunction with children’s social care "
             "services, review how it manages the detention of children. As a minimum it should:• ensure "
             "that all children are only detained when absolutely necessary and for the absolute minimum "
             "amount of time;• ensure that officers and staff in the custody suite assess at an early stage "
             "a child’s need for alternative accommodation (secure or otherwise) and work with children’s "
             "social care services to achieve the most appropriate option for the child;• ensure that "
             "custody staff make a record of all actions taken and decisions made on the relevant "
             "documentation; and• improve the timeliness of adequate appropriate adult support for "
             "children who are arrested.")
CDI_B = ["at the point of report, victims are believed;",
         "conversations between the call handlers and callers are summarised accurately in the incident "
         "log, thus providing attending officers with full facts on which to base crime-recording "
         "decisions;",
         "multiple crimes are always recorded when described within incident records or identified as "
         "part of other recorded crime investigations;",
         "the practice of awaiting the results of medical examinations or video interviews before making "
         "crime-recording decisions is stopped; and",
         "online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the "
         "victim or the wider public are identified and appropriately managed"]
CDI_REC = ("Within three months, the force should put in place arrangements to ensure that:\n"
           + "\n".join("• " + b for b in CDI_B) + ".")
SF_B = ["senior leaders prioritise the response to modern slavery and human trafficking;",
        "every incident of modern slavery identified to police is allocated appropriate resources with "
        "the skills, experience and capacity to investigate it effectively;",
        "forces develop effective partnership arrangements to co-ordinate activity in order to share "
        "information and safeguard victims; and",
        "performance and quality assurance measures are in place to allow senior leaders to assess the "
        "nature and quality of the service provided to victims."]
SF_LEADERSHIP = ("Within twelve months, forces should review their leadership and governance arrangements "
                 "for modern slavery and human trafficking, to ensure that:\n"
                 + "\n".join("• " + b for b in SF_B))
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
    "and monitoring group.")
SAS_MON_B = ["the reasons for any disproportionate representation of different ethnic groups in the use "
             "of stop and search;",
             "the extent to which find rates differ between people from different ethnicities, and across "
             "different types of searches (including separate identification of find rates for drug "
             "possession and supply-type offences); and",
             "the prevalence of possession-only drug searches, and the extent to which these align with "
             "local or force level priorities."]
SAS_MONITORING_2017 = ("By July 2018, all police forces across England and Wales should be regularly and "
                       "frequently monitoring a comprehensive set of data and information on use of stop "
                       "and search powers to understand:\n•" + SAS_MON_B[0] + " •" + SAS_MON_B[1]
                       + " •" + SAS_MON_B[2])
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
CONTROL_ROOM = ("The force should ensure that it has sufficient resources available in the control "
                "room to fulfil its resourcing model, and so to meet its demand, while also taking "
                "into account the wellbeing of its workforce.")

REC, AFI, COC, NAT = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"

# --------------------------------------------------------------------------------------
# Reports on the HMICFRS list: key -> (title, published, joint inspection partners)
# --------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?", date(2013, 7, 9), ""),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse", date(2014, 3, 27), ""),
    "austerity": ("Policing in austerity: Meeting the challenge", date(2014, 7, 22), ""),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use of police time",
             date(2014, 9, 4), ""),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the "
                  "capability to tackle corruption in policing", date(2015, 1, 30), ""),
    "picture": ("Building the picture: an inspection of police information management", date(2015, 7, 1), ""),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing "
                 "in police forces in England and Wales", date(2015, 9, 15), ""),
    "jtai_da": ("Joint targeted area inspection of the multi-agency response to children living with domestic "
                "abuse in Derby", date(2017, 7, 19), "Ofsted; CQC; HMI Probation"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               date(2017, 10, 24), ""),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", date(2017, 11, 9), ""),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", date(2017, 12, 12), ""),
    "peel17": ("PEEL: Police effectiveness 2017 – Derbyshire Constabulary", date(2018, 3, 22), ""),
    "ncpi": ("National child protection inspection 2018 – Derbyshire Constabulary", date(2018, 6, 14), ""),
    "cdi19": ("Crime data integrity inspection 2019 – Derbyshire Constabulary", date(2019, 9, 26), ""),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force",
               date(2021, 2, 26), ""),
    "rape1": ("A joint thematic inspection of the police and Crown Prosecution Service’s response to rape – "
              "Phase one: From report to police or CPS decision to take no further action",
              date(2021, 7, 16), "HMCPSI"),
    "rape2": ("A joint thematic inspection of the police and Crown Prosecution Service’s response to rape – "
              "Phase two: Post-charge", date(2022, 2, 25), "HMCPSI"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Derbyshire Constabulary",
               date(2022, 5, 12), ""),
    "jtai_cce": ("Joint targeted area inspection of the multi-agency response to the criminal exploitation of "
                 "children in Derbyshire", date(2023, 3, 9), "Ofsted; CQC"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24 – Derbyshire Constabulary",
               date(2024, 6, 20), ""),
}

ALL = "All forces"
CC = "Chief constables"
# HMICFRS items: ref -> (report, type, text, addressed to, status, status date)
H: dict[int, tuple] = {}


def h(ref, rep, typ, text, status, sdate, to=FORCE):
    H[ref] = (rep, typ, text, to, status, sdate)


# national, all forces
h(1204, "sas13", NAT, "Chief Constables and the College of Policing should establish in the Stop and Search "
  "Authorised Professional Practice document a clear specification of what constitutes the effective and fair "
  "exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of "
  "Practice.", "Complete", date(2016, 2, 4), "Chief constables; College of Policing")
h(1205, "sas13", NAT, "Chief Constables should establish or improve monitoring of the way officers stop and search "
  "people, so that they can be satisfied their officers are acting in accordance with the law (including "
  "equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, "
  "catch criminals and maintain public trust.", "Complete", date(2016, 2, 4), CC)
h(1206, "sas13", NAT, "Chief Constables should, in consultation with elected local policing bodies, ensure that "
  "they comply with the code of practice by explaining to the public the way stop and search powers are used "
  "in their areas and by making arrangements for stop and search records to be scrutinised by community "
  "representatives. This should be done in a way that involves those people who are stopped and searched, for "
  "example, young people.", "Being progressed", date(2024, 11, 18), CC)
h(2321, "everyone", NAT, EVERYONE_PLAN, "Superseded", date(2018, 4, 27), ALL)
h(3310, "austerity", NAT, "All Chief Constables and PCCs should review their plans to deliver savings to ensure "
  "they are doing all they can to continue to reduce crime and protect the front line while balancing their "
  "budgets. They should use the data and information contained in this report, and in HMIC's Value for Money "
  "profiles, when conducting their reviews", "Complete", date(2015, 6, 2), "Chief constables; PCCs")
h(3311, "austerity", NAT, "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
  "through collaboration should assess whether there is scope to improve on this position. HMIC will follow up "
  "the assessments in the autumn.", "Complete", date(2015, 6, 2), "Chief constables; PCCs")
h(3312, "austerity", NAT, "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
  "workforce and/or police officers on the front line should assess whether they have taken the decisive "
  "action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the "
  "assessments in the autumn.", "Complete", date(2015, 6, 2), "Chief constables; PCCs")
h(3313, "austerity", NAT, "In preparation for the next spending round period all Chief Constables and PCCs should "
  "review their plans for collaboration. In particular they should consider whether there is scope to deliver "
  "better value for money and improved capability and capacity through joint working with other forces, the "
  "public and/or the private sector.", "Complete", date(2016, 1, 12), "Chief constables; PCCs")
h(4822, "core", NAT, "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
  "not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against "
  "which they can assess threat, harm and risk.", "Complete", date(2015, 7, 9), ALL)
h(4823, "core", NAT, "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
  "carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics "
  "being employed.", "Being progressed", date(2023, 9, 5), ALL)
h(5120, "integrity", NAT, "By 31 August 2015, all chief constables should satisfy themselves that they have "
  "processes in place to ensure that investigations into misconduct by officers and staff resulting in “no "
  "further action” are fair and free of any form of discrimination.", "Complete", date(2016, 3, 1), CC)
h(5633, "picture", NAT, "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
  "audits of compliance with the APP on information management through the force information management "
  "governance structure. This should include measures to ensure that categorisation of records are regularly "
  "adjusted.", "Being progressed", date(2024, 3, 14), CC)
h(5841, "firearms", NAT, "Within three months, all chief constables should assess how well the governance of "
  "firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. "
  "Chief constables of forces where the governance standards are not being complied with should put in place "
  "immediately the correct arrangements and procedures in order to meet the standards in full.", "Complete",
  date(2016, 5, 10), CC)
h(5842, "firearms", NAT, "Within three months, all chief constables should assess the demand placed on their "
  "firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient "
  "and effective service at all times.", "Being progressed", date(2024, 8, 1), CC)
h(5843, "firearms", NAT, "Immediately, all chief constables should satisfy themselves that all appropriate action "
  "is being taken by their force with regard to ‘total expired’ licensing records.", "Being progressed",
  date(2024, 8, 1), CC)
h(5844, "firearms", NAT, "Within three months, all chief constables should ensure that their arrangements in "
  "respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary "
  "permits are properly recorded without delay on the National Firearms Licensing Management System; and that "
  "effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful "
  "possession of a firearm.", "Complete", date(2019, 2, 21), CC)
h(5845, "firearms", NAT, "Within three months, all chief constables should ensure that systems designed to "
  "identify, prior to police attendance, whether a reported incident involves or is at the address of a "
  "firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; "
  "and that officers understand the risk assessment which they should be undertaking in such circumstances, "
  "and their power, when appropriate, to seize firearms and firearm certificates.", "Being progressed",
  date(2024, 8, 1), CC)
# JTAI children living with domestic abuse (Derby), 2017: items addressed to the police
h(7021, "jtai_da", AFI, "The force should take steps to understand and address the reason behind why such a high "
  "proportion of victims of domestic abuse do not support the police investigation.", "Complete",
  date(2019, 3, 28))
h(7022, "jtai_da", AFI, "The force should consider ways of increasing the use of arrest, ancillary orders and "
  "other available powers, in order to improve the service it provides to victims of domestic abuse, offer the "
  "best possible protection and bring more perpetrators to justice.", "Being progressed", date(2023, 11, 2))
h(7023, "jtai_da", AFI, "The force should improve how it works with partner organisations to safeguard people at "
  "risk from domestic abuse.", "Being progressed", date(2023, 11, 2))
h(7024, "jtai_da", AFI, "The force should make sure officers and staff have the training they need to identify "
  "and respond to domestic abuse.", "Complete", date(2019, 3, 28))
# Stolen freedom 2017
h(8310, "stolen", NAT, SF_LEADERSHIP, "Being progressed", date(2024, 5, 30), ALL)
h(8311, "stolen", NAT, "Within six months, forces should have in place active information-sharing agreements with "
  "other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and "
  "to identify suspects as early as possible", "Being progressed", date(2024, 5, 30), ALL)
h(8312, "stolen", NAT, "Immediately, forces should ensure that all victims carrying out criminal acts under "
  "compulsion attributable to slavery or exploitation are afforded the protection of early and continuing "
  "consideration of the applicability of the section 45 defence.", "Being progressed", date(2024, 5, 30), ALL)
h(8313, "stolen", NAT, "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
  "process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act "
  "2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human "
  "trafficking.", "Complete", date(2019, 6, 11), ALL)
h(8314, "stolen", NAT, "Immediately, forces should take steps to ensure they fully comply with national crime "
  "recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and "
  "that sufficient audit capacity is available to the force crime registrar to provide reassurance that each "
  "force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.",
  "Complete", date(2020, 1, 16), ALL)
h(8315, "stolen", NAT, "Immediately, forces should ensure that allegations or indications of modern slavery and "
  "human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the "
  "skills and experience to undertake them (this should include the use where appropriate of joint "
  "intelligence teams and other means to obtain intelligence and evidence from agencies overseas).",
  "Being progressed", date(2024, 5, 30), ALL)
h(8316, "stolen", NAT, "Immediately, forces should review their use of preventative powers under the Modern "
  "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear "
  "threat to others in respect of modern slavery and human trafficking offences are exploited.",
  "Being progressed", date(2024, 5, 30), ALL)
h(8402, "efc17", NAT, "By September 2018, chief constables should produce an ambitious plan to improve "
  "digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and "
  "Association of Police and Crime Commissioners should support the development of these plans by "
  "establishing a national framework which allows for the provision of digitally enabled services across "
  "force boundaries.", "Complete", date(2019, 1, 24), CC)
h(8541, "leg17", COC, "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search "
  "powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and "
  "black people in particular, in stop and search data which many forces are unable to explain.", "Complete",
  date(2020, 7, 7), ALL)
h(8542, "leg17", NAT, SAS_MONITORING_2017, "Being progressed", date(2024, 10, 3), ALL)
h(8543, "leg17", NAT, "Where forces identify disparities through monitoring, they should demonstrate to the public "
  "that they have:\n•carried out research and analysis in an attempt to understand the reasons for the "
  "disparity, and •taken action to reduce the disparity, where necessary;", "Being progressed",
  date(2024, 10, 3), ALL)
h(8544, "leg17", NAT, "We expect forces to publish this analysis and any actions taken at least on an annual "
  "basis, from July 2018.", "Complete", date(2020, 7, 7), ALL)
h(8545, "leg17", NAT, "By July 2018, and ongoing following that date, forces should ensure that all officers who "
  "use stop and search powers have been provided with, and understand, training on unconscious bias and "
  "College of Policing APP on stop and search.", "No further action required", date(2022, 9, 13), ALL)
# PEEL effectiveness 2017 (force)
h(8710, "peel17", COC, CAUSE_DA, "Complete", date(2019, 10, 8))
h(8711, "peel17", REC, "To address this cause of concern, HMIC recommends the force should immediately take steps "
  "to ensure that there is effective supervision of the initial risk assessment process, specifically in "
  "relation to the completion of DASH risk assessment in appropriate cases.", "Complete", date(2019, 10, 8))
h(8712, "peel17", AFI, "The force should improve its understanding of suspects released under investigation and "
  "the management of those released on bail.", "Being progressed", date(2024, 2, 6))
h(8713, "peel17", AFI, "The force should improve its ability to retrieve digital evidence from mobile phones, "
  "computers and other electronic devices quickly enough to ensure investigations are not delayed.",
  "Being progressed", date(2024, 2, 6))
h(8714, "peel17", REC, "HMIC recommends that within six months the force should: ensure regular and active "
  "supervision of the quality and progress of investigations. This supervision should be properly recorded;",
  "Superseded", date(2022, 5, 12))
# National child protection inspection 2018 (force)
h(8920, "ncpi", REC, DETENTION, "Being progressed", date(2024, 9, 19))
h(8921, "ncpi", COC, CAUSE_MISSING, "Complete", date(2020, 2, 27))
h(8922, "ncpi", REC, MISSING_REC, "Being progressed", date(2024, 9, 19))
h(8923, "ncpi", REC, "HMIC recommends that the force should immediately: conduct a review, involving its "
  "partners, of the approach to vulnerability to better safeguard vulnerable people;", "Awaiting review",
  date(2025, 9, 30))
h(8924, "ncpi", AFI, "The force should make sure officers and staff have the training they need to identify and "
  "respond to child sexual exploitation.", "Complete", date(2020, 2, 27))
# Crime data integrity 2019 (force)
h(9630, "cdi19", REC, CDI_REC, "Being progressed", date(2024, 12, 4))
h(9631, "cdi19", AFI, "The force should make sure it records reports of rape and serious sexual offences "
  "accurately and without delay.", "Complete", date(2021, 6, 17))
h(9632, "cdi19", AFI, "The force should improve its use of its crime-recording and management system to better "
  "manage its case files and investigative processes.", "No further action required", date(2023, 1, 19))
# Disproportionate use of police powers 2021 (national)
h(10450, "powers", NAT, "By July 2022, forces should ensure that officers and staff have effective communication "
  "skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to "
  "existing training on conflict management and de-escalation.", "Being progressed", date(2024, 10, 3), ALL)
h(10451, "powers", NAT, "By July 2021, forces should ensure that communication skills are reinforced as part of the "
  "programme of continuing professional development for officers and staff, and that supervisors are "
  "supported to routinely and frequently debrief officers on these skills using body-worn video footage.",
  "Complete", date(2022, 11, 29), ALL)
h(10452, "powers", NAT, BWV_2021, "Being progressed", date(2024, 10, 3), ALL)
h(10453, "powers", NAT, "The Home Office and the NPCC should take steps to ensure that the quality of the data "
  "collected on the number of incidents where force has been used to effect a stop and search is sufficient "
  "for publication. The Home Office should publish this data as soon as possible.", "Being progressed",
  date(2024, 10, 3), "Home Office; NPCC")
h(10454, "powers", NAT, "By July 2021, forces should ensure they have effective internal monitoring processes on "
  "the use of force, to help them to identify and understand disproportionate use, explain the reasons and "
  "implement any necessary improvement action.", "Being progressed", date(2024, 10, 3), ALL)
# CJJI rape thematic (national items for chief constables)
h(10811, "rape1", NAT, "Chief constables should make sure victims of rape and serious sexual offences are kept "
  "informed about the progress of their case, in line with the Code of Practice for Victims of Crime.",
  "Being progressed", date(2025, 1, 21), CC)
h(10812, "rape1", NAT, "Chief constables should make sure investigations of rape and serious sexual offences are "
  "allocated to officers with the right skills and are effectively supervised.", "Complete",
  date(2024, 4, 25), CC)
h(11004, "rape2", NAT, "Chief constables should make sure they have enough specialist capacity and capability to "
  "investigate rape and serious sexual offences.", "Being progressed", date(2025, 1, 21), CC)
# PEEL 2021/22 (force)
h(11230, "peel21", AFI, "The force should make sure victims of domestic abuse are kept informed about the progress "
  "of their case, in line with the Code of Practice for Victims of Crime.", "Being progressed",
  date(2025, 3, 6))
h(11231, "peel21", AFI, CONTROL_ROOM, "Being progressed", date(2025, 3, 6))
h(11232, "peel21", AFI, "The force should make sure it has access to accurate data and analysis to support "
  "effective performance management.", "Complete", date(2024, 1, 11))
h(11233, "peel21", AFI, "The force should ensure all staff have received at least the lowest level of vetting "
  "clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting "
  "renewals when they become due so that it complies fully with the national vetting guidelines.",
  "Being progressed", date(2025, 3, 6))
h(11234, "peel21", AFI, "The force should develop a clear prevention strategy targeting people most at risk and "
  "make sure activity undertaken prioritises people most at risk.", "Complete", date(2024, 7, 4))
h(11235, "peel21", AFI, "The force should improve how it gathers, assesses and acts on intelligence about county "
  "lines drug dealing.", "Being progressed", date(2025, 3, 6))
# JTAI criminal exploitation of children (Derbyshire), 2023: items addressed to the police
h(11890, "jtai_cce", AFI, "The force should improve how it works with partner organisations to safeguard people at "
  "risk from county lines drug dealing.", "Being progressed", date(2025, 2, 13))
h(11891, "jtai_cce", AFI, "The force should improve the way it manages the risk posed by offenders involved in "
  "county lines drug dealing.", "Awaiting review", date(2023, 3, 9))
h(11892, "jtai_cce", AFI, "The force should make sure its analysis of county lines drug dealing informs its "
  "strategic assessment and control strategy.", "Being progressed", date(2025, 2, 13))
# PEEL 2023/24 (force)
h(12450, "peel23", AFI, "The force should improve the timeliness of its response to calls for service involving "
  "domestic abuse.", "Awaiting review", date(2024, 6, 20))
h(12451, "peel23", AFI, "The force should make sure its performance framework gives senior leaders a clear picture "
  "of its response to violence against women and girls.", "Awaiting review", date(2024, 6, 20))
h(12452, "peel23", AFI, "The force should make sure it has enough specialist capacity and capability to "
  "investigate online child sexual abuse.", "Awaiting review", date(2024, 6, 20))
h(12453, "peel23", AFI, "The force should make sure it consistently uses ancillary orders and other powers to "
  "protect victims of stalking and harassment.", "Being progressed", date(2025, 4, 10))

MISSING = {  # HMICFRS items with no force row, and why
    3313: "Austerity 2014 collaboration item: on the HMICFRS list (closed there), never entered in the tracker.",
    4823: "Core Business crime-prevention recording item: still open at HMICFRS, no tracker row.",
    5843: "Firearms 'total expired' records item: still open at HMICFRS, no tracker row.",
    8312: "Stolen freedom section 45 defence item: no tracker row (the other MSHT items are there).",
    11890: "JTAI 2023 police AFI on working with partners on county lines: the tracker holds only the "
           "children's social care version (Lead agency: Local authority), which is a different agency's item; "
           "the police's own item has no row.",
    12451: "PEEL 2023/24 VAWG performance framework AFI: awaiting review at HMICFRS, not yet added to the tracker.",
}

# --------------------------------------------------------------------------------------
# Tracker rows
# --------------------------------------------------------------------------------------
LEADS = {
    "da": "Ch Supt Public Protection", "cid": "Det Ch Supt Force CID", "lp": "ACC Local Policing",
    "crime": "ACC Crime", "fcr": "Force Crime Registrar", "fin": "Director of Finance",
    "psd": "Head of Professional Standards", "im": "Head of Information Management",
    "fl": "Supt Firearms Licensing", "cc": "Supt Contact Centre", "people": "Director of People",
    "corp": "Head of Corporate Development", "int": "Head of Intelligence", "cj": "Head of Criminal Justice",
    "cust": "Ch Insp Custody", "ld": "Head of Learning & Development", "dcc": "DCC",
}
P_LEADS = {
    "la": "Partner lead: Derbyshire County Council – Assistant Director, Children's Social Care",
    "la_city": "Partner lead: Derby City Council – Head of Children's Safeguarding",
    "health": "Partner lead: Derby and Derbyshire ICB – Designated Nurse, Safeguarding Children",
    "prob": "Partner lead: Probation Service – Head of Derby PDU",
    "cps": "Partner lead: CPS East Midlands – Deputy Chief Crown Prosecutor",
    "ddscp": "DDSCP Business Manager (force rep: Ch Supt Public Protection)",
    "lcjb": "Derbyshire LCJB (force rep: Head of Criminal Justice)",
}


def pair(ref, cat, typ, lead_agency, lead, rag, progress, text=None, ref_shown=True, submitted=None, why=""):
    return dict(kind="pair", href=ref, cat=cat, typ=typ, agency=lead_agency, lead=lead, rag=rag,
                progress=progress, text=H[ref][2] if text is None else text,
                ref_shown=ref if ref_shown is True else (ref_shown or None), submitted=submitted, why=why)


def other(cat, typ, lead_agency, lead, rag, progress, text, ref_shown=None, submitted=None, why=""):
    return dict(kind="other", href=None, cat=cat, typ=typ, agency=lead_agency, lead=lead, rag=rag,
                progress=progress, text=text, ref_shown=ref_shown, submitted=submitted, why=why)


D = date
SEC_A = "A.  HMICFRS FORCE INSPECTIONS"
SEC_B = "B.  HMICFRS NATIONAL AND THEMATIC RECOMMENDATIONS (ALL FORCES)"
SEC_C = ("C.  JOINT INSPECTIONS – JTAI (Ofsted / CQC / HMICFRS / HMI Probation) and Criminal Justice Joint "
         "Inspection (HMICFRS / HMCPSI). Includes items for partner agencies that the force tracks as a partner.")

# groups: (source, report as the tracker names it, published as the tracker shows it, [rows])
SECTIONS = [
    (SEC_A, [
        ("HMICFRS", "PEEL Effectiveness 2015", D(2016, 2, 25), [
            other("not_on_hmicfrs_list", "AFI", "Police", LEADS["crime"], "AMBER",
                  "Hate crime problem profile refreshed Jan 2025; IAG review of victim satisfaction planned.",
                  "The force should improve its understanding of the nature and scale of hate crime in its area.",
                  ref_shown=6012,
                  why="Police AFI from PEEL 2015 with an HMICFRS ref (6012) that is not on the definitive list "
                      "(closed and dropped by HMICFRS); query with HMICFRS."),
        ]),
        ("HMICFRS", "PEEL Eff 2017", D(2018, 3, 22), [
            pair(8710, "in_sync", "Cause of concern", "Police", LEADS["da"], "GREEN",
                 "Completed. Evidence submitted to HMICFRS for closure.", submitted=D(2019, 7, 1),
                 why="Closed at HMICFRS (Complete), GREEN and submitted in the tracker."),
            pair(8711, "closeable_local", "Recommendation", "Police", LEADS["da"], "AMBER",
                 "DASH supervision dip-sample continues monthly; compliance 88% (Sept 2025).",
                 text="HMIC recommends the force should immediately take steps to ensure there is effective "
                      "supervison of the initial risk assessment process, specifically the completion of DASH "
                      "risk assessment in appropriate cases.",
                 why="HMICFRS Complete; tracker still AMBER. Stem trimmed and a typo in the tracker text."),
            pair(8712, "in_sync", "AFI", "Police", LEADS["cid"], "AMBER",
                 "Bail & RUI management group meets monthly; new bail tracker on Niche from Feb 2025.",
                 text="The force should improve its understanding of suspects RUI and the management of those "
                      "released on bail.",
                 why="Open at HMICFRS (Being progressed), AMBER in the tracker; 'RUI' abbreviation."),
            pair(8713, "closeable_submit", "AFI", "Police", LEADS["crime"], "GREEN",
                 "Digital hubs in all three divisions; average phone download turnaround 6 days. Pending sign off "
                 "by the chief officer lead.", ref_shown=False,
                 why="Open at HMICFRS, GREEN in the tracker; no ref recorded in the tracker."),
            pair(8714, "closeable_local", "Recommendation", "Police", LEADS["cid"], "AMBER",
                 "Investigation standards board monitoring supervisory reviews.",
                 text="Within six months the force should ensure regular and active supervision of the quality "
                      "and progress of investigations. This supervision should be properly recorded.",
                 why="HMICFRS Superseded (closed); tracker AMBER. Stem reworded, same timescale."),
            pair(7022, "conflict", "AFI", "Police", LEADS["da"], "GREEN",
                 "Arrest rate for DA crimes up to 41%; DVPN/DVPO use doubled. Ready to move to GREEN status.",
                 ref_shown=False,
                 why="Same text as HMICFRS 7022, which belongs to the 2017 JTAI (children living with domestic "
                     "abuse, published 19/07/2017); the tracker files it under PEEL Eff 2017 (22/03/2018). "
                     "Report and date disagree, so a conflict rather than closeable_submit."),
        ]),
        ("HMICFRS", "NCPI 2018", D(2018, 6, 14), [
            pair(8920, "in_sync", "Recommendation", "Police; Local authority", LEADS["cust"], "AMBER",
                 "Joint custody/CSC protocol for PACE transfers agreed; local authority accommodation still not "
                 "available out of hours. Appropriate adult contract re-tendered.",
                 text=DETENTION.replace(":• ", ":\n• ").replace(";• ", ";\n• ").replace("and• ", "and\n• "),
                 why="Police recommendation made 'in conjunction with children's social care'; the force marks it "
                     "Police; Local authority. Open both sides. Bullets re-broken onto new lines."),
            pair(8921, "in_sync", "Cause of concern", "Police", LEADS["da"], "GREEN",
                 "Completed. Evidence submitted to HMICFRS for closure.", submitted=D(2019, 11, 4),
                 why="Closed at HMICFRS (Complete), GREEN in the tracker."),
            pair(8922, "conflict", "Recommendation", "Police", LEADS["cc"], "AMBER",
                 "Missing/absent training delivered to all call takers; CSE risk factors in THRIVE+ prompts.",
                 text="To address this cause of concern the force should immediately review its approach to "
                      "reports of missing children and take steps to ensure that:\n"
                      "• call takers understand and use the missing and absent category appropriately; and\n"
                      "• call takers and frontline staff have the necessary knowledge to identify risk factors "
                      "associated with child sexual exploitation and how to respond to such cases.",
                 why="Tracker text drops the third bullet (supervisors' oversight of missing person enquiries); "
                     "both open, but a missing bullet is a conflict."),
            other("not_on_hmicfrs_list", "Local action", "Police; Local authority", LEADS["da"], "AMBER",
                  "Draft ISP with Derby City and Derbyshire County legal teams.",
                  "Force action - Agree an information-sharing protocol on missing children with the local "
                  "authorities",
                  why="Force's own local action; not an HMICFRS item."),
            pair(8923, "closeable_submit", "Recommendation", "All partners", LEADS["da"], "GREEN",
                 "Vulnerability review completed with DDSCP and safeguarding adults board partners; reported to "
                 "Force Executive Team Sept 2025. Pending sign off.",
                 text="Conduct a review, involving partners, of the approach to vulnerability to better "
                      "safeguard vulnerable people.",
                 why="Addressed to the force (on the HMICFRS list) although the tracker gives Lead agency 'All "
                     "partners'. HMICFRS Awaiting review, tracker GREEN."),
            pair(8924, "in_sync", "AFI", "Police", LEADS["ld"], "GREEN",
                 "CSE e-learning and input on IOPC learning delivered; 97% completion.", submitted=D(2019, 11, 4),
                 why="Closed at HMICFRS, GREEN in the tracker."),
        ]),
        ("HMICFRS", "CDI 2019", D(2019, 9, 26), [
            *[pair(9630, "closeable_submit", "Recommendation", "Police", LEADS["fcr"], "GREEN",
                   prog, text=f"CDI rec 1({letter}) – {b.rstrip(';').removesuffix('; and').rstrip(';')}",
                   why=f"One of five rows the force split recommendation 9630 into (bullet {letter}); all five "
                       f"GREEN, HMICFRS still Being progressed.")
              for letter, b, prog in zip("abcde", CDI_B, [
                  "Complete. 'Believe at point of report' in call-taker script; audit Q2 2025 compliant.",
                  "Complete. Incident log quality dip-sampled monthly by the FCR team.",
                  "Complete. Multiple-crime recording audit 94% compliant.",
                  "Complete. Practice stopped; policy re-issued Mar 2024.",
                  "Complete. Online crime triage desk live since Jan 2024."])],
            pair(9631, "in_sync", "AFI", "Police", LEADS["fcr"], "GREEN",
                 "Completed. Evidence submitted to HMICFRS for closure.", submitted=D(2021, 2, 8),
                 why="Closed at HMICFRS, GREEN in the tracker."),
            pair(9632, "closeable_local", "AFI", "Police", LEADS["im"], "AMBER",
                 "Niche case file module upgrade scheduled 2026.",
                 why="HMICFRS 'No further action required' (closed); tracker AMBER."),
        ]),
        ("HMICFRS", "PEEL 2021/22", D(2022, 5, 12), [
            pair(11230, "in_sync", "AFI", "Police", LEADS["da"], "AMBER",
                 "Victim contact contracts on Niche; VCOP compliance 72% (target 85%).",
                 text="The force should make sure victims of DA are kept informed about the progress of their "
                      "case, in line with the Code of Practice for Victims of Crime.",
                 why="Open both sides. Near-identical wording to the CJJI rape item 10811 and its CPS twin."),
            pair(11231, "closeable_submit", "AFI", "Police", LEADS["cc"], "GREEN",
                 "Control room establishment at 100% of the resourcing model since April 2025; wellbeing "
                 "survey actions complete.", ref_shown=False,
                 why="Open at HMICFRS, GREEN in the tracker; no ref recorded."),
            pair(11232, "in_sync", "AFI", "Police", LEADS["corp"], "GREEN",
                 "Completed. Power BI performance suite live.", submitted=D(2023, 10, 2),
                 why="Closed at HMICFRS, GREEN in the tracker."),
            pair(11233, "in_sync", "AFI", "Police", LEADS["psd"], "AMBER",
                 "Vetting backlog down to 212 renewals; extra vetting officers funded to March 2026.",
                 why="Open both sides."),
            pair(11234, "closeable_local", "AFI", "Police", LEADS["lp"], "AMBER",
                 "Prevention strategy drafted; awaiting Force Executive Team approval.",
                 why="HMICFRS Complete; tracker AMBER."),
            pair(11235, "in_sync", "AFI", "Police", LEADS["int"], "AMBER",
                 "County lines intelligence collection plan refreshed; see also JTAI 2023 actions.",
                 why="Open both sides. Close in wording to the JTAI 2023 county lines items."),
        ]),
        ("HMICFRS", "PEEL 2023-24", "June 2024", [
            pair(12450, "in_sync", "AFI", "Police", LEADS["cc"], "AMBER",
                 "Grade 2 DA attendance within 60 minutes: 64% (Sept 2025).",
                 why="Open both sides."),
            pair(12452, "in_sync", "AFI", "Police", LEADS["cid"], "Amber",
                 "POLIT growth bid approved for 2026/27.", ref_shown=False,
                 why="Open both sides; no ref in the tracker."),
            pair(12453, "closeable_submit", "AFI", "Police", LEADS["da"], "GREEN",
                 "Stalking protection order use reviewed; SPOC in each division. Completed.",
                 why="Open at HMICFRS (Being progressed), GREEN in the tracker."),
            other("not_on_hmicfrs_list", "Local action", "Police", LEADS["ld"], "AMBER",
                  "Two of five cohorts trained.",
                  "Deliver refresher training on stalking and harassment to all response and neighbourhood "
                  "officers",
                  why="Force's own local action (no prefix); not an HMICFRS item."),
        ]),
    ]),
    (SEC_B, [
        ("HMICFRS (national)", "Stop & Search powers (HMIC 2013)", D(2013, 7, 9), [
            pair(1204, "in_sync", "National rec", "Police", LEADS["lp"], "GREEN",
                 "Completed. Evidence submitted to HMICFRS for closure.", submitted=D(2015, 10, 29),
                 text="Chief Constables and the College of Policing should establish in the S&S APP document a "
                      "clear specification of what constitutes the effective and fair exercise of S&S powers, "
                      "and guidance in this respect. This should be compliant with the Code of Practice.",
                 why="Closed at HMICFRS, GREEN in the tracker; abbreviated (S&S, APP)."),
            pair(1205, "in_sync", "National rec", "Police", LEADS["lp"], "GREEN",
                 "Completed. Evidence submitted to HMICFRS for closure.", submitted=D(2015, 10, 29),
                 why="Closed at HMICFRS, GREEN in the tracker."),
            pair(1206, "closeable_submit", "National rec", "Police", LEADS["lp"], "GREEN",
                 "Youth members on the stop and search scrutiny panel since 2023; body-worn video reviewed at "
                 "every meeting. Evidence pack being compiled for closure.",
                 text="CCs should, in consultation with elected local policing bodies, ensure that they comply "
                      "with the code of practice by explaining to the public the way S&S powers are used in "
                      "their areas and by making arrangements for S&S records to be scrutinised by community "
                      "representatives. This should be done in a way that involves those people who are stopped "
                      "and searched, for example, young people.",
                 why="Open at HMICFRS, GREEN in the tracker; abbreviated."),
        ]),
        ("HMICFRS (national)", "Domestic abuse - Everyone's business", D(2014, 3, 27), [
            pair(2321, "closeable_local", "National rec", "Police", LEADS["da"], "AMBER",
                 "DA action plan now part of the VAWG delivery plan; refreshed annually.",
                 text=EVERYONE_PLAN_RUN_ON,
                 why="HMICFRS Superseded; tracker AMBER. Tracker text runs on into the next paragraphs of the "
                     "report."),
            other("not_on_hmicfrs_list", "Local action", "Police", LEADS["corp"], "AMBER",
                  "Fieldwork Q4 2025/26.",
                  "Internal audit action: Internal audit of the domestic abuse governance arrangements (audit "
                  "plan 2023/24)",
                  why="Internal audit action the force tracks; not an HMICFRS item."),
        ]),
        ("HMICFRS (national)", "Policing in Austerity 2014", D(2014, 7, 22), [
            pair(3310, "in_sync", "National rec", "Police", LEADS["fin"], "GREEN",
                 "Completed.", submitted=D(2015, 3, 31), why="Closed both sides."),
            pair(3311, "in_sync", "National rec", "Police", LEADS["fin"], "GREEN",
                 "Completed.", submitted=D(2015, 3, 31),
                 text="Chief Constables & PCCs in forces planning to deliver less than 10% of their savings "
                      "through collaboration should assess whether there is scope to improve on this position. "
                      "HMIC will follow up the assessments in the autumn.",
                 why="Closed both sides."),
            pair(3312, "closeable_local", "National rec", "Police", LEADS["fin"], "AMBER",
                 "Considered in the Medium Term Financial Plan; revisit at next budget round.",
                 why="HMICFRS Complete; tracker AMBER."),
        ]),
        ("HMICFRS (national)", "Core business", D(2014, 9, 4), [
            pair(4822, "in_sync", "National rec", "Police", LEADS["cc"], "GREEN",
                 "Completed. THRIVE embedded.", submitted=D(2015, 5, 20), ref_shown=False,
                 why="Closed both sides."),
        ]),
        ("HMICFRS (national)", "Integrity matters", D(2015, 1, 30), [
            pair(5120, "in_sync", "National rec", "Police", LEADS["psd"], "GREEN",
                 "Completed.", submitted=D(2015, 12, 1),
                 text="By 31 August 2015, all chief constables should satisfy themselves that they have "
                      "processes in place to ensure that investigations into misconduct by officers and staff "
                      "resulting in \"no further action\" are fair and free of any form of discrimination.",
                 why="Closed both sides; straight quotes."),
        ]),
        ("HMICFRS (national)", "Information management (Building the Picture)", D(2015, 7, 1), [
            pair(5633, "closeable_submit", "National rec", "Police", LEADS["im"], "GREEN",
                 "Information Assurance Board scrutinises MoPI audits quarterly. Pending sign off.",
                 text="By 30 November 2015, CCs should put in place arrangements to scrutinise audits of "
                      "compliance with the APP on information management through the force information "
                      "management goverance structure. This should include measures to ensure that "
                      "categorisation of records are regularly adjusted.",
                 why="Open at HMICFRS, GREEN in the tracker; 'CCs', one typo."),
        ]),
        ("HMICFRS (national)", "Firearms licensing 2015", D(2015, 9, 15), [
            pair(5841, "in_sync", "National rec", "Police", LEADS["fl"], "GREEN",
                 "Completed.", submitted=D(2016, 3, 1), why="Closed both sides."),
            pair(5842, "in_sync", "National rec", "Police", LEADS["fl"], "AMBER",
                 "Renewals backlog 1,140 (Oct 2025); temporary staff in post.", why="Open both sides."),
            pair(5844, "closeable_local", "National rec", "Police", LEADS["fl"], "AMBER",
                 "NFLMS data quality check outstanding.",
                 text="Within 3 months, all chief constables should ensure that their arrangements in respect of "
                      "the use of temporary permits are in accordance with the HO guidance; that temporary "
                      "permits are properly recorded without delay on the National Firearms Licensing "
                      "Management System; and that effective systems exist to ensure certificate holders are "
                      "not permitted, at any time, to remain in unlawful possession of a firearm.",
                 why="HMICFRS Complete; tracker AMBER. '3 months' = 'three months'."),
            pair(5845, "closeable_submit", "National rec", "Police", LEADS["fl"], "GREEN",
                 "Firearms marker on STORM and Niche; dispatch checks audited. Completed.",
                 why="Open at HMICFRS, GREEN in the tracker."),
        ]),
        ("HMICFRS (national)", "Stolen Freedom (MSHT) 2017", D(2017, 10, 24), [
            *[pair(8310, "in_sync", "National rec", agency, LEADS["crime"], "AMBER", prog,
                   text=f"MSHT leadership & governance ({letter}) – within twelve months: {b}",
                   why=f"One of four rows the force split recommendation 8310 into (bullet {letter}); all AMBER, "
                       f"HMICFRS Being progressed.")
              for letter, b, agency, prog in zip("abcd", SF_B,
                                                 ["Police", "Police", "Police; Local authority", "Police"], [
                  "MSHT gold group chaired by ACC Crime.",
                  "Allocation policy under review.",
                  "Partnership MSHT group with both councils; ISP outstanding.",
                  "QA framework in draft."])],
            pair(8311, "conflict", "National rec", "Police; Local authority", LEADS["int"], "AMBER",
                 "Information-sharing agreements in place with Derby City; Derbyshire County ISA with legal.",
                 text="Within twelve months, forces should have in place active information-sharing agreements "
                      "with other agencies to facilitate speedy exchange of intelligence and in order to "
                      "safeguard victims better and to identify suspects as early as possible",
                 why="Timescale differs: HMICFRS 'Within six months', tracker 'Within twelve months' (both open)."),
            pair(8313, "in_sync", "National rec", "Police", LEADS["crime"], "GREEN",
                 "Completed.", submitted=D(2019, 3, 1), why="Closed both sides."),
            pair(8314, "closeable_local", "National rec", "Police", LEADS["fcr"], "AMBER",
                 "FCR audit of MSHT crimes due Q1 2026.",
                 text="Immediately, forces should take steps to ensure they fully comply with NCRS requirements "
                      "for offences identified as MSHT and that sufficient audit capacity is available to the "
                      "force crime registrar to provide reassurance that each force is identifying and managing "
                      "any gaps in its crime-recording accuracy for these types of offences.",
                 why="HMICFRS Complete; tracker AMBER. Abbreviated (NCRS, MSHT)."),
            pair(8315, "in_sync", "National rec", "Police", LEADS["cid"], "AMBER",
                 "MSHT investigations now allocated to the Serious and Organised Crime unit.",
                 why="Open both sides."),
            pair(8316, "closeable_submit", "National rec", "Police", LEADS["crime"], "GREEN",
                 "Slavery and trafficking prevention/risk orders reviewed; 9 STPOs obtained 2024/25. Complete.",
                 ref_shown=False, why="Open at HMICFRS, GREEN in the tracker; no ref."),
        ]),
        ("HMICFRS (national)", "PEEL Efficiency 17 (all forces)", D(2017, 11, 9), [
            pair(8402, "in_sync", "National rec", "Police", LEADS["corp"], "GREEN",
                 "Completed. Digital strategy 2018-21 approved.", submitted=D(2018, 9, 28),
                 why="Closed both sides."),
        ]),
        ("HMICFRS (national)", "PEEL Legit 17 S&S", D(2017, 12, 12), [
            pair(8541, "in_sync", "Cause of concern", "Police", LEADS["lp"], "GREEN",
                 "Completed.", submitted=D(2020, 3, 2), why="Closed both sides."),
            pair(8542, "in_sync", "National rec", "Police", LEADS["lp"], "AMBER",
                 "Monthly S&S disproportionality dashboard; possession-only search analysis in development.",
                 text="By July 2018, all police forces across England and Wales should be regularly and "
                      "frequently monitoring a comprehensive set of data and information on use of S&S powers "
                      "to understand:\n- " + "\n- ".join(SAS_MON_B),
                 why="Open both sides; abbreviated, bullets as dashes."),
            pair(8543, "closeable_submit", "National rec", "Police", LEADS["lp"], "GREEN",
                 "Disproportionality analysis published on the force website each year. Ready to move to GREEN "
                 "status.", why="Open at HMICFRS, GREEN in the tracker."),
            pair(8544, "in_sync", "National rec", "Police", LEADS["lp"], "GREEN",
                 "Completed.", submitted=D(2020, 3, 2), why="Closed both sides."),
            pair(8545, "closeable_local", "National rec", "Police", LEADS["ld"], "AMBER",
                 "Unconscious bias training refresh being rewritten with the College of Policing package.",
                 text="By July 2018, and ongoing following that date, forces should ensure that all officers who "
                      "use S&S powers have been provided with, and understand, training on unconscious bias and "
                      "CoP APP on S&S.",
                 why="HMICFRS 'No further action required'; tracker AMBER."),
        ]),
        ("HMICFRS (national)", "Police powers spotlight (Feb 21)", D(2021, 2, 26), [
            pair(10450, "in_sync", "National rec", "Police", LEADS["ld"], "AMBER",
                 "Conflict management input in officer safety training from April 2025.", why="Open both sides."),
            pair(10451, "in_sync", "National rec", "Police", LEADS["ld"], "GREEN",
                 "Completed.", submitted=D(2022, 8, 1), why="Closed both sides."),
            pair(10452, "closeable_submit", "National rec", "Police", LEADS["lp"], "GREEN",
                 "BWV activation policy; monthly BWV review; scrutiny panel views footage. Complete.",
                 text=BWV_2021.replace("forces should: ensure", "forces should:\n- ensure")
                 .replace("\nhave a", "\n- have a").replace("\nprovide", "\n- provide"),
                 why="Open at HMICFRS, GREEN in the tracker."),
            pair(10453, "closeable_submit", "National rec", "Home Office; NPCC", "-", "WHITE",
                 "Not the force's responsibility to deliver; dependent upon another organisation.",
                 why="National item for the Home Office and NPCC; the force records it WHITE (not the force's to "
                     "deliver), which counts as done; HMICFRS still Being progressed."),
            pair(10454, "in_sync", "National rec", "Police", LEADS["psd"], "AMBER",
                 "Use of force data reviewed at the Legitimacy Board.", why="Open both sides."),
        ]),
    ]),
    (SEC_C, [
        ("JTAI: Ofsted / CQC / HMICFRS / HMI Probation", "JTAI – children living with domestic abuse (Derby)",
         D(2017, 7, 19), [
            pair(7021, "in_sync", "AFI (JTAI)", "Police", LEADS["da"], "GREEN",
                 "Completed. Victim attrition research with University of Derby.", submitted=D(2018, 12, 3),
                 why="Closed both sides."),
            other("not_on_hmicfrs_list", "AFI (JTAI)", "Probation", P_LEADS["prob"], "AMBER",
                  "Partner update: DA screening at court stage now in place.",
                  "The probation service should improve how it works with partner organisations to safeguard "
                  "people at risk from domestic abuse.",
                  why="Probation's AFI from the same JTAI letter, worded nearly as the police item 7023; tracked "
                      "by the force as a partner; not on the HMICFRS list."),
            pair(7023, "in_sync", "AFI (JTAI)", "Police", LEADS["da"], "AMBER",
                 "MARAC redesign with partners; Operation Encompass notifications same day.",
                 why="The police item; open both sides. Its probation and health twins sit either side."),
            other("not_on_hmicfrs_list", "AFI (JTAI)", "Health", P_LEADS["health"], "GREEN",
                  "Partner update: GP safeguarding leads attend MARAC.",
                  "Health services should improve how they work with partner organisations to safeguard people "
                  "at risk from domestic abuse.",
                  why="Health's version of the police AFI 7023; partner item, not on the HMICFRS list."),
            other("not_on_hmicfrs_list", "AFI (JTAI)", "Local authority", P_LEADS["la_city"], "GREEN",
                  "Partner update: DA training mandatory for social workers since 2018.",
                  "Children's social care should make sure social workers and staff have the training they need "
                  "to identify and respond to domestic abuse.",
                  why="Children's social care's version of police AFI 7024; partner item, not on the list."),
            pair(7024, "in_sync", "AFI (JTAI)", "Police", LEADS["ld"], "GREEN",
                 "Completed. DA Matters training delivered.", submitted=D(2018, 12, 3),
                 why="The police item; closed both sides."),
            other("not_on_hmicfrs_list", "AFI (JTAI)", "All partners", P_LEADS["ddscp"], "GREEN",
                  "Written statement of action accepted by Ofsted Nov 2017; monitoring passed to DDSCP 2019.",
                  "Partnership to produce a written statement of action and oversee delivery through the Derby "
                  "Safeguarding Children Board (now DDSCP).",
                  why="Partnership-wide action (All partners); not an HMICFRS item."),
            other("not_on_hmicfrs_list", "AFI (JTAI)", "Local authority", P_LEADS["la_city"], "AMBER",
                  "Partner update: strategy discussion audit Q3.",
                  "Children's social care to make sure strategy discussions in domestic abuse cases always "
                  "include police and health, and that decisions are recorded.",
                  why="Local authority AFI; partner item."),
        ]),
        ("JTAI: Ofsted / CQC / HMICFRS", "JTAI – criminal exploitation of children (Derbyshire)",
         D(2023, 3, 9), [
            other("not_on_hmicfrs_list", "AFI (JTAI)", "Local authority", P_LEADS["la"], "AMBER",
                  "Partner update: Derbyshire exploitation hub live Sept 2024.",
                  "Children's social care should improve how it works with partner organisations to safeguard "
                  "people at risk from county lines drug dealing.",
                  why="Children's social care's AFI, worded nearly as the police AFI 11890. It is not the police "
                      "item (Lead agency Local authority, partner lead); the police item 11890 has no row."),
            pair(11891, "in_sync", "AFI (JTAI)", "Police", LEADS["int"], "AMBER",
                 "County lines offender management through the IOM scheme from Jan 2025.",
                 text="The force should improve the way it manages the risk posed by offenders involved in county "
                      "lines drug dealing.",
                 why="Open both sides (HMICFRS Awaiting review)."),
            other("not_on_hmicfrs_list", "AFI (JTAI)", "Health", P_LEADS["health"], "AMBER",
                  "Partner update: ED exploitation screening tool piloted at Royal Derby.",
                  "Health services should improve the way they manage the risk to children involved in county "
                  "lines drug dealing.",
                  why="Health's version of police AFI 11891; partner item."),
            pair(11892, "closeable_submit", "AFI (JTAI)", "Police", LEADS["int"], "GREEN",
                 "County lines now a control strategy priority; strategic assessment 2025 approved. Complete.",
                 ref_shown=False, why="Open at HMICFRS, GREEN in the tracker; no ref."),
            other("not_on_hmicfrs_list", "AFI (JTAI)", "All partners", P_LEADS["ddscp"], "AMBER",
                  "Evaluation commissioned from Derby University.",
                  "Safeguarding partners to evaluate the impact of the multi-agency child exploitation (MACE) "
                  "panel and report to the DDSCP.",
                  why="Partnership-wide action; not on the HMICFRS list."),
            other("not_on_hmicfrs_list", "AFI (JTAI)", "Health", P_LEADS["health"], "RED",
                  "Partner update: data-sharing agreement not yet signed.",
                  "ICB to make sure emergency department attendances by children with exploitation indicators "
                  "are shared with the MASH the same day.",
                  why="Health-only action; partner item."),
            other("not_on_hmicfrs_list", "Local action", "Police", LEADS["int"], "GREEN",
                  "Policy re-issued Aug 2025.",
                  "Local action: Task & Finish group to review the county lines drug dealing policy and report "
                  "to the Force Executive Team",
                  why="Force's own local action."),
        ]),
        ("CJJI: HMICFRS / HMCPSI", "CJJI Rape thematic – Phase 1", "Jul 2021", [
            other("not_on_hmicfrs_list", "National rec (CJJI)", "CPS", P_LEADS["cps"], "WHITE",
                  "CPS to report through the LCJB RASSO sub-group.",
                  "The CPS should make sure victims of rape and serious sexual offences are kept informed about "
                  "the progress of their case, in line with the Code of Practice for Victims of Crime.",
                  why="The CPS's version of 10811, worded the same but for the agency; a CPS item, not on the "
                      "HMICFRS list."),
            pair(10811, "in_sync", "National rec (CJJI)", "Police", LEADS["cid"], "AMBER",
                 "RASSO victim updates every 28 days; ISVA co-location.",
                 text="Chief constables should make sure victims of rape and serious sexual offences are kept "
                      "informed about the progress of their case, in line with the Code of Practice for "
                      "Victims of Crime.",
                 why="The police item; open both sides."),
            pair(10812, "closeable_local", "National rec (CJJI)", "Police", LEADS["cid"], "AMBER",
                 "Operation Soteria: RASSO teams accredited; supervision audit pending.",
                 why="HMICFRS Complete; tracker AMBER."),
            other("not_on_hmicfrs_list", "Local action", "Police", LEADS["corp"], "GREEN",
                  "Added Nov 2024.",
                  "JAC action: Add rape and serious sexual offences measures to the monthly Force Performance "
                  "pack",
                  why="Joint Audit Committee action; not an HMICFRS item."),
        ]),
        ("CJJI: HMCPSI / HMICFRS", "CJJI Rape thematic – Phase 2 (post-charge)", D(2022, 2, 25), [
            pair(11004, "closeable_submit", "National rec (CJJI)", "Police; CPS", LEADS["cid"], "GREEN",
                 "RASSO establishment uplift of 24 investigators complete; joint police/CPS case review in place.",
                 text="Chief constables should make sure they have enough specialist capacity and capability to "
                      "investigate rape and serious sexual offences.",
                 why="Police item (lead agency Police; CPS); open at HMICFRS, GREEN in the tracker."),
        ]),
        ("CJJI: HMCPSI / HMICFRS", "CJJI – Evidence-led domestic abuse prosecutions", D(2020, 1, 28), [
            other("not_on_hmicfrs_list", "Recommendation (CJJI)", "Police", LEADS["da"], "AMBER",
                  "BWV from arrival at all DA incidents; 999 recordings requested on file build.",
                  "Police to improve first-response evidence gathering at domestic abuse incidents (body-worn "
                  "video from arrival, 999 recordings, photographs) so that cases can proceed without the "
                  "victim's support.",
                  why="A police-led CJJI item that HMICFRS does not hold on its list; query with HMICFRS."),
            other("not_on_hmicfrs_list", "Recommendation (CJJI)", "CPS", P_LEADS["cps"], "WHITE",
                  "CPS lead.",
                  "CPS to consider an evidence-led prosecution in every domestic abuse case where the victim "
                  "withdraws support, and record the rationale.",
                  why="CPS item; partner item."),
            other("not_on_hmicfrs_list", "Recommendation (CJJI)", "Police; CPS", P_LEADS["lcjb"], "GREEN",
                  "Quarterly joint file quality reviews since 2021.",
                  "Police and CPS to hold joint domestic abuse case file quality reviews quarterly through the "
                  "LCJB.",
                  why="Joint police/CPS action not on the HMICFRS list."),
        ]),
    ]),
]

HEADERS = ["No.", "HMICFRS ref", "Source (inspectorate)", "Report", "Published", "Type",
           "Recommendation / area for improvement", "Lead agency", "Lead (force or partner)", "RAG",
           "Progress update", "Submitted to HMICFRS"]
FILLS = {"GREEN": "92D050", "AMBER": "FFC000", "RED": "FF0000", "WHITE": "FFFFFF"}


def normalise_xlsx(path: Path) -> None:
    """Fix zip timestamps and core.xml dates so the file rebuilds byte for byte."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                              rb"\g<1>" + FIXED_ISO.encode() + rb"\2", data)
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, data)
    path.write_bytes(buf.getvalue())


def build_hmicfrs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Definitive list"
    ws["A1"] = f"HMICFRS – recommendations and areas for improvement held against {FORCE}"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Definitive list issued to the force liaison lead, 03/11/2025. Includes national "
                "recommendations applicable to all forces and items from joint inspections addressed to the "
                "police.")
    hdr = ["Reference", "Report", "Joint inspection partners", "Publication date", "Type", "Recommendation",
           "Addressed to", "Status", "Status date"]
    ws.append([])
    ws.append(hdr)
    for c in ws[4]:
        c.font = Font(bold=True)
    order = sorted(H, key=lambda r: (REPORTS[H[r][0]][1], r))
    rows = {}
    for ref in order:
        rep, typ, text, to, status, sdate = H[ref]
        title, pub, joint = REPORTS[rep]
        ws.append([ref, title, joint or None, pub, typ, text, to, status, sdate])
        r = ws.max_row
        rows[ref] = f"Definitive list!{r}"
        ws.cell(r, 4).number_format = "dd/mm/yyyy"
        ws.cell(r, 9).number_format = "dd/mm/yyyy"
        ws.cell(r, 6).alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDEFGHI", [11, 48, 22, 14, 24, 90, 24, 22, 12]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    p = OUT / "hmicfrs.xlsx"
    wb.save(p)
    normalise_xlsx(p)
    return rows


def build_tracker():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = f"{FORCE} – Inspection Recommendations Tracker (HMICFRS and joint inspections)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Strategic Development – Inspection & Assurance. Position as at 31/10/2025 for the Joint Audit, "
                "Risk and Assurance Committee. Partner-led items are tracked for assurance only; the lead agency "
                "holds the evidence.")
    ws.append([])
    ws.append(HEADERS)
    for c in ws[4]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="center")
    lines = []  # (force_row, spec)
    no = 0
    for banner, groups in SECTIONS:
        ws.append([banner])
        r = ws.max_row
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(HEADERS))
        ws.cell(r, 1).font = Font(bold=True)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="D9E1F2")
        for source, report, published, rows in groups:
            first = ws.max_row + 1
            split_no = None
            for i, spec in enumerate(rows):
                is_split = spec["kind"] == "pair" and sum(1 for s in rows if s.get("href") == spec["href"]) > 1
                if is_split:
                    if split_no is None or split_no[0] != spec["href"]:
                        no += 1
                        split_no = (spec["href"], 0)
                    split_no = (split_no[0], split_no[1] + 1)
                    shown_no = f"{no}{'abcde'[split_no[1] - 1]}"
                else:
                    no += 1
                    shown_no = no
                ws.append([shown_no, spec["ref_shown"], source if i == 0 else None,
                           report if i == 0 else None, published if i == 0 else None, spec["typ"],
                           spec["text"], spec["agency"], spec["lead"], spec["rag"], spec["progress"],
                           spec["submitted"]])
                r = ws.max_row
                lines.append((f"Tracker!{r}", spec))
                ws.cell(r, 5).number_format = "dd/mm/yyyy"
                ws.cell(r, 12).number_format = "dd/mm/yyyy"
                for c in (7, 11):
                    ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="top")
                fill = FILLS.get(str(spec["rag"]).upper())
                if fill:
                    ws.cell(r, 10).fill = PatternFill("solid", fgColor=fill)
            last = ws.max_row
            if last > first:
                for col in (3, 4, 5):
                    ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
            for col in (3, 4, 5):
                ws.cell(first, col).alignment = Alignment(wrap_text=True, vertical="top")
    ws.append([])
    ws.append(["Notes: WHITE = not Derbyshire Constabulary's to deliver (partner lead or national body). "
               "Joint inspection items are reported to the DDSCP Executive (JTAI) and the Local Criminal Justice "
               "Board (CJJI); HMICFRS refs are shown only where the register holds the item against the force."])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=len(HEADERS))
    for col, w in zip(range(1, 13), [6, 10, 22, 30, 12, 16, 80, 20, 34, 9, 50, 13]):
        ws.column_dimensions[get_column_letter(col)].width = w
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Key")
    for row in [["RAG", "Meaning"],
                ["GREEN", "Implemented – evidence held; ready for, or submitted for, closure"],
                ["AMBER", "Ongoing work; expected to be implemented"],
                ["RED", "Beyond deadline or cannot be implemented (rationale required)"],
                ["WHITE", "Not the force's responsibility to deliver / dependent upon another organisation"],
                [],
                ["Source", "Inspectorate(s)"],
                ["HMICFRS", "HM Inspectorate of Constabulary and Fire & Rescue Services"],
                ["JTAI", "Joint targeted area inspection: Ofsted, CQC, HMICFRS (and HMI Probation before "
                         "April 2022)"],
                ["CJJI", "Criminal Justice Joint Inspection: HMICFRS with HMCPSI"],
                [],
                ["Lead agency", "Police; Local authority; Health; Probation; CPS; All partners (safeguarding "
                                "partnership); combinations separated by ';'"]]:
        key.append(row)
    key.column_dimensions["A"].width = 14
    key.column_dimensions["B"].width = 90
    p = OUT / "tracker.xlsx"
    wb.save(p)
    normalise_xlsx(p)
    return lines


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    hrows = build_hmicfrs()
    lines = build_tracker()
    truth = []
    seen = set()
    for frow, spec in lines:
        hr = hrows[spec["href"]] if spec["href"] else ""
        if spec["href"]:
            seen.add(spec["href"])
        truth.append((hr, frow, spec["cat"], spec["why"]))
    for ref, why in MISSING.items():
        assert ref not in seen, ref
        truth.append((hrows[ref], "", "missing_from_force", why))
        seen.add(ref)
    assert seen == set(H), set(H) ^ seen

    def key(t):
        h_, f_ = t[0], t[1]
        hn = int(h_.split("!")[1]) if h_ else 10**6
        fn = int(f_.split("!")[1]) if f_ else 10**6
        return (hn, fn)
    truth.sort(key=key)
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(truth)
    (OUT / "README.md").write_text(README, encoding="utf-8")
    rng.random()  # seed kept for the record; every choice above is explicit
    return truth


README = '# Case `joint_inspection_agencies` (round 29, layout D)\n\nBuilt by `../build_joint_inspection_agencies.py` (seed 20251203; run it with\n`/work/main/.venv/bin/python`). It rebuilds every file byte for byte: zip entry times and the\ncore.xml dates are fixed.\n\nForce: Derbyshire Constabulary. Partners named in the tracker: Derbyshire County Council, Derby City\nCouncil, Derby and Derbyshire ICB, the Probation Service, CPS East Midlands, the DDSCP (safeguarding\npartnership) and the LCJB. The report instances (JTAI Derby 2017, JTAI Derbyshire 2023, the force\'s\nPEEL/NCPI/CDI reports) were made up for the test. Real HMICFRS wording is used in them.\n\n## Files\n- `hmicfrs.xlsx`, sheet `Definitive list`. Row 1 is a title, row 2 a note, row 3 blank, row 4 the\n  header: `Reference | Report | Joint inspection partners | Publication date | Type |\n  Recommendation | Addressed to | Status | Status date`. Rows 5–72 hold 68 items, sorted by\n  publication date. References are plain integers. Statuses: Awaiting review / Being progressed\n  (open); Complete / Superseded / No further action required (closed). The list holds only what is\n  addressed to the police: force items, national items ("All forces", "Chief constables", one for\n  "Home Office; NPCC"), and the police\'s own items from two JTAIs (partners "Ofsted; CQC; HMI\n  Probation" and "Ofsted; CQC") and from the CJJI rape thematics (partner "HMCPSI").\n- `tracker.xlsx`, sheet `Tracker` (the `Key` sheet is only a legend). Row 1 is a title, row 2 a\n  note, row 3 blank, row 4 the header: `No. | HMICFRS ref | Source (inspectorate) | Report |\n  Published | Type | Recommendation / area for improvement | Lead agency | Lead (force or partner) |\n  RAG | Progress update | Submitted to HMICFRS`. Section banner rows (merged across A:L) are at\n  rows 5, 36 and 72. Row 96 is blank and row 97 is a notes row. There are 88 item rows.\n  **Source / Report / Published are merged vertically for each report group**, so only the first\n  row of a group shows them. Lead agency takes the values Police, Police; Local authority,\n  Police; CPS, Local authority, Health, Probation, CPS, All partners, and Home Office; NPCC.\n  RAG is GREEN, AMBER (once "Amber"), RED or WHITE (not the force\'s to deliver), and the RAG cells\n  are also filled with the RAG colour. Published is usually a date cell; two groups give it as text\n  ("June 2024", "Jul 2021"). "No." is the force\'s own running number (split rows are 14a–e and\n  42a–d). It is not an HMICFRS reference; the `HMICFRS ref` column is.\n- `truth.csv`: 94 lines. Row ids follow the `Sheet!Row` form that Excel shows\n  (`Definitive list!N`, `Tracker!N`).\n\n## Counts (truth.csv lines)\n| category | lines | HMICFRS items |\n|---|---|---|\n| in_sync | 38 | 35 (8310 is split into 4 rows) |\n| closeable_submit | 18 | 14 (9630 is split into 5 rows) |\n| closeable_local | 10 | 10 |\n| conflict | 3 | 3 |\n| missing_from_force | 6 | 6 |\n| not_on_hmicfrs_list | 19 | – |\n\n24 of the 68 HMICFRS items (35%) are closed on one side only.\n\n## Traps and how the truth decides them\n1. **Partner items beside police items** (the joint-inspection layout). The JTAI and CJJI groups\n   carry items whose Lead agency is Probation, Health, Local authority, CPS or All partners. These\n   are the force\'s records of other agencies\' actions and are never on the HMICFRS list, so they are\n   `not_on_hmicfrs_list` whatever their RAG. Rows: Tracker!74, 76, 77, 79, 80, 81, 83, 85, 86, 88,\n   and 94.\n2. **Near-identical twins.** Some partner rows are worded almost exactly like a police item on the\n   list, with only the agency changed:\n   - 7023 police (Tracker!75): its Probation twin is Tracker!74, placed *before* it, and its\n     Health twin is Tracker!76.\n   - 7024 police (Tracker!78): its Local authority twin is Tracker!77.\n   - 11891 police (Tracker!82): its Health twin is Tracker!83.\n   - 10811 police (Tracker!89): its CPS twin is Tracker!88, placed before it, with the same text\n     except "The CPS" for "Chief constables".\n\n   Only the police row pairs with the HMICFRS item. The twin is `not_on_hmicfrs_list`.\n3. **Twin with the police row absent.** For HMICFRS 11890 (JTAI 2023: "The force should improve\n   how it works with partner organisations … county lines drug dealing") the tracker holds only the\n   children\'s social care version (Tracker!81, Lead agency Local authority, with a partner lead). The\n   truth has 11890 as `missing_from_force` and Tracker!81 as `not_on_hmicfrs_list`. They are not a\n   pair.\n4. **Lead agency does not decide membership.** 8923 (Tracker!17) is a police recommendation that\n   the force labels "All partners". It is on the list, so it is paired (HMICFRS Awaiting review,\n   GREEN → `closeable_submit`). 8920 is labelled "Police; Local authority", 11004 "Police; CPS" and\n   8311 and one 8310 bullet "Police; Local authority"; all are paired. Going the other way,\n   Tracker!93 is a police-led CJJI (evidence-led DA) item that HMICFRS does not hold, so it is\n   `not_on_hmicfrs_list`. So is Tracker!95 (Police; CPS).\n5. **A joint-inspection item filed under the wrong report.** HMICFRS 7022 (JTAI DA, 19/07/2017)\n   sits in the tracker\'s "PEEL Eff 2017" group (Tracker!12, 22/03/2018) with no ref. The text is\n   identical, but the report and date differ → `conflict`.\n6. **Other conflicts.** 8311: HMICFRS says "Within six months", the tracker "Within twelve months"\n   (Tracker!56). 8922: the tracker\'s text drops the third bullet (supervisors\' oversight) (Tracker!15).\n7. **Splits.** 9630 (CDI, 5 bullets) becomes Tracker!19–23, all GREEN, HMICFRS open → 5 ×\n   `closeable_submit`. 8310 (MSHT leadership, 4 bullets) becomes Tracker!52–55, all AMBER → 4 ×\n   `in_sync`. Each split row is its own line with the same hmicfrs_row.\n8. **WHITE.** 10453 is addressed to the Home Office and NPCC. The force has it as Lead agency\n   "Home Office; NPCC", RAG WHITE ("not the force\'s responsibility to deliver"), which counts as\n   done. HMICFRS is still Being progressed → `closeable_submit`. The CPS partner rows are also WHITE,\n   but they are `not_on_hmicfrs_list`.\n9. **Stale ref.** Tracker!6 (PEEL Effectiveness 2015) carries HMICFRS ref 6012, which is not on the\n   list → `not_on_hmicfrs_list`.\n10. **Local actions** (`not_on_hmicfrs_list`): Tracker!16 ("Force action - …"), 35 (no prefix),\n    41 ("Internal audit action: …"), 87 ("Local action: …") and 91 ("JAC action: …"). They sit\n    inside report groups, so they inherit the merged Report cell.\n11. **Missing from the force** (6): 3313 (closed at HMICFRS but never tracked), 4823, 5843, 8312,\n    11890 (trap 3) and 12451 (new, awaiting review).\n12. **Text noise that stays in_sync or closeable.**\n    - Abbreviations: S&S, CCs, APP, RUI, DA, MSHT, NCRS, HO, CoP, "3 months" for "three months".\n    - Dropped stems ("HMIC recommends that…").\n    - Typos: supervison, goverance.\n    - Bullets re-broken or turned into dashes; straight quotes for curly ones.\n    - The run-on paragraphs of the Everyone\'s business text (2321).\n    - The stray footnote "86" is kept on the HMICFRS side of 8311.\n    - Missing refs on 7 paired rows.\n\n    Confusers across items:\n    - 11230 (PEEL DA victims kept informed), 10811 (rape victims) and its CPS twin.\n    - 7024 (DA training), 8924 (CSE training) and the LA twin.\n    - 11235 and 11890–11892 (county lines).\n    - 11004 and 12452 (specialist capacity).\n13. **Status mapping.** The decisions rest on these mappings:\n    - HMICFRS Complete, Superseded and No further action required count as closed. Awaiting review\n      and Being progressed count as open.\n    - Force GREEN and WHITE count as done. AMBER, Amber and RED count as open.\n    - Progress notes such as "Pending sign off" and "Ready to move to GREEN status" are on rows that\n      are already GREEN.\n\n## Texts\n- HMICFRS-side texts are copied from the casegen text lists and `real_recommendations.csv`:\n  national reports verbatim, plus force-level bodies, stems and causes of concern.\n- The lists hold no verbatim JTAI or CJJI recommendation text. The JTAI and CJJI items addressed to\n  the police are therefore built the way the casegen lists build force items:\n  - JTAI items are real HMICFRS bodies with the stem "The force should".\n  - CJJI items use the stem "Chief constables should", the all-forces stem of HMICFRS national\n    recommendations.\n- Partner rows, the CJJI evidence-led DA rows, local actions and progress notes were written as a\n  force analyst would write them.\n'


if __name__ == "__main__":
    t = main()
    from collections import Counter
    print(len(t), Counter(x[2] for x in t))
