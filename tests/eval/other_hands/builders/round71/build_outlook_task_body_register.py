"""Build case `outlook_task_body_register` (round 71, case A).

Force side: Cumbria Constabulary's HMICFRS liaison Tasks folder (shared mailbox), exported
with Outlook's Import/Export wizard to CSV (Windows-1252, CRLF, every field quoted, the
recommendation text held in the task body = the "Notes" field).
HMICFRS side: a plain one-sheet register export (xlsx).

Deterministic: no clock, no randomness, fixed workbook properties.
Run:  /work/main/.venv/bin/python /tmp/indep71/build_outlook_task_body_register.py
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import os
from collections import Counter

import xlsxwriter

CASE = "outlook_task_body_register"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), CASE)
FORCE = "Cumbria Constabulary"

# ---------------------------------------------------------------------------------------------
# HMICFRS side: real wording (OGL), copied as literals with their quirks.
# ---------------------------------------------------------------------------------------------
REC, AFI, COC = "Recommendation", "Area for improvement", "Cause of concern"
AR, BP = "Awaiting review", "Being progressed"
CMP, SUP, NFA = "Complete", "Superseded", "No further action required"

R_SAS13 = ("Stop and search powers: Are the police using them effectively and fairly?", dt.date(2013, 7, 9))
R_EVERY = ("Everyone's business: Improving the police response to domestic abuse", dt.date(2014, 3, 27))
R_AUST = ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22))
R_CORE = ("Core Business: an inspection into crime prevention, police attendance and the use of "
          "police time", dt.date(2014, 9, 4))
R_INTEG = ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the "
           "capability to tackle corruption in policing", dt.date(2015, 1, 30))
R_SAS15 = ("Stop and search powers 2: are the police using them effectively and fairly?", dt.date(2015, 3, 24))
R_PIC = ("Building the picture: an inspection of police information management", dt.date(2015, 7, 1))
R_FIRE = ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms "
          "licensing in police forces in England and Wales", dt.date(2015, 9, 15))
R_E16 = ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2))
R_SF = ("Stolen freedom: the policing response to modern slavery and human trafficking", dt.date(2017, 10, 24))
R_EFN = ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9))
R_EF17 = ("PEEL: Police efficiency 2017", dt.date(2017, 11, 9))
R_LEG = ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12))
R_NCPI = ("National child protection inspection 2018", dt.date(2018, 6, 14))
R_P18 = ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", dt.date(2019, 5, 2))
R_CDI = ("Crime data integrity inspection 2019", dt.date(2019, 9, 19))
R_PWR = ("Disproportionate use of police powers: A spotlight on stop and search and the use of force",
         dt.date(2021, 2, 26))
R_P21 = ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", dt.date(2022, 3, 15))
R_P23 = ("PEEL: Police effectiveness, efficiency and legitimacy 2023/25", dt.date(2024, 5, 10))

C_NEW = "New recommendation"
C_MON = ("The progress of the implementation of this recommendation is currently being monitored by "
         "HMICFRS and this record will, in due course, be updated.")
C_DONE = "This recommendation is complete"
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by members of "
          "the inspection team in recent inspection activity.")
C_PEEL = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
          "inspections. Where a cause of concern still exists this will appear in the register "
          "against these subsequent inspections.")

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
    "• multiple crimes are always recorded when described within incident records or identified "
    "as part of other recorded crime investigations;\n"
    "• the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and\n"
    "• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to "
    "the victim or the wider public are identified and appropriately managed."
)
E16_COC = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate in "
    "some cases. We found some instances where children were classed as ‘absent’ when they should "
    "have been recorded as ‘missing’, and risk levels for missing children were sometimes "
    "incorrectly assessed at a lower grade. We also found incidents where the risk had not been "
    "identified, even where good information was available on the police database. In some cases "
    "there was information to indicate that children were at risk of sexual exploitation, but "
    "this did not influence the assigned risk and categorisation. Children were incorrectly graded "
    "at a lower level and could have been exposed to an increased risk of harm. This is an "
    "enduring cause of concern from HMIC’s report on vulnerability in 2015."
)
E16_REC = (
    "To address this cause of concern the force should immediately review its approach to reports "
    "of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately; • call "
    "takers and frontline staff have the necessary knowledge to identify risk factors associated "
    "with child sexual exploitation and how to respond to such cases; and • supervisors provide "
    "the correct oversight of missing person enquiries and direct appropriate and timely "
    "investigative and safeguarding action"
)
NCPI_DETENTION = (
    "Within six months Cumbria Constabulary should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• ensure "
    "that all children are only detained when absolutely necessary and for the absolute minimum "
    "amount of time;• ensure that officers and staff in the custody suite assess at an early stage "
    "a child’s need for alternative accommodation (secure or otherwise) and work with children’s "
    "social care services to achieve the most appropriate option for the child;• ensure that "
    "custody staff comply with their statutory duties to complete detention certificates if a "
    "child is detained for any reason in police custody following charge;• ensure that custody "
    "staff make a record of all actions taken and decisions made on the relevant documentation; "
    "and• improve the timeliness of adequate appropriate adult support for children who are "
    "arrested."
)

# key: (ref, report, type, text, status, status date, comment)
H = [
    ("sas13_1", 3307, R_SAS13, REC,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.", CMP, dt.date(2015, 2, 11), C_DONE),
    ("sas13_2", 3308, R_SAS13, REC,
     "Chief Constables should establish or improve monitoring of the way officers stop and search "
     "people, so that they can be satisfied their officers are acting in accordance with the law "
     "(including equality legislation and the Code of Practice), and that the power is used "
     "effectively to prevent crime, catch criminals and maintain public trust.", CMP,
     dt.date(2016, 4, 19), C_AUTH),
    ("sas13_3", 3309, R_SAS13, REC,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to be "
     "scrutinised by community representatives. This should be done in a way that involves those "
     "people who are stopped and searched, for example, young people.", SUP, dt.date(2015, 3, 24),
     "Superseded by Stop and search powers 2 (March 2015)."),
    ("every", 3512, R_EVERY, REC, EVERYONE_PLAN, CMP, dt.date(2015, 6, 30), C_DONE),
    ("aust_1", 3640, R_AUST, REC,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are "
     "doing all they can to continue to reduce crime and protect the front line while balancing "
     "their budgets. They should use the data and information contained in this report, and in "
     "HMIC's Value for Money profiles, when conducting their reviews", NFA, dt.date(2017, 7, 5), C_PEEL),
    ("aust_2", 3641, R_AUST, REC,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.", NFA, dt.date(2017, 7, 5), C_PEEL),
    ("aust_3", 3642, R_AUST, REC,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken the "
     "decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC "
     "will follow up the assessments in the autumn.", NFA, dt.date(2017, 7, 5), C_PEEL),
    ("aust_4", 3643, R_AUST, REC,
     "In preparation for the next spending round period all Chief Constables and PCCs should review "
     "their plans for collaboration. In particular they should consider whether there is scope to "
     "deliver better value for money and improved capability and capacity through joint working "
     "with other forces, the public and/or the private sector.", NFA, dt.date(2017, 7, 5), C_PEEL),
    ("core_1", 3702, R_CORE, REC,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not "
     "yet done so, should provide call-handlers with specific, sound and comprehensible criteria "
     "against which they can assess threat, harm and risk.", CMP, dt.date(2015, 9, 8), C_DONE),
    ("core_2", 3703, R_CORE, REC,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", BP, dt.date(2016, 5, 17), C_MON),
    ("integ", 3811, R_INTEG, REC,
     "By 31 August 2015, all chief constables should satisfy themselves that they have processes in "
     "place to ensure that investigations into misconduct by officers and staff resulting in “no "
     "further action” are fair and free of any form of discrimination.", CMP, dt.date(2016, 1, 14), C_DONE),
    ("sas15", 3904, R_SAS15, REC,
     "Chief constables should, in consultation with police and crime commissioners, ensure that "
     "they comply with the Code of Practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to be "
     "scrutinised by community representatives. This should be done in a way that involves those "
     "people who are stopped and searched, for example young people.", BP, dt.date(2019, 6, 20), C_MON),
    ("pic", 4010, R_PIC, REC,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise audits "
     "of compliance with the APP on information management through the force information "
     "management governance structure. This should include measures to ensure that categorisation "
     "of records are regularly adjusted.", AR, dt.date(2015, 7, 1), C_NEW),
    ("fire_1", 4120, R_FIRE, REC,
     "Within three months, all chief constables should assess how well the governance of firearms "
     "licensing in his or her force meets the standards set out in Authorised Professional "
     "Practice. Chief constables of forces where the governance standards are not being complied "
     "with should put in place immediately the correct arrangements and procedures in order to "
     "meet the standards in full.", CMP, dt.date(2016, 3, 1), C_DONE),
    ("fire_2", 4121, R_FIRE, REC,
     "Within three months, all chief constables should assess the demand placed on their firearms "
     "licensing department and ensure it has the capacity to meet this demand and provide an "
     "efficient and effective service at all times.", CMP, dt.date(2016, 3, 1), C_DONE),
    ("fire_3", 4122, R_FIRE, REC,
     "Immediately, all chief constables should satisfy themselves that all appropriate action is "
     "being taken by their force with regard to ‘total expired’ licensing records.", CMP,
     dt.date(2017, 2, 2), C_AUTH),
    ("fire_4", 4123, R_FIRE, REC,
     "Within three months, all chief constables should ensure that their arrangements in respect of "
     "the use of temporary permits are in accordance with the Home Office guidance; that temporary "
     "permits are properly recorded without delay on the National Firearms Licensing Management "
     "System; and that effective systems exist to ensure certificate holders are not permitted, at "
     "any time, to remain in unlawful possession of a firearm.", BP, dt.date(2016, 3, 1), C_MON),
    ("fire_5", 4124, R_FIRE, REC,
     "Within three months, all chief constables should ensure that systems designed to identify, "
     "prior to police attendance, whether a reported incident involves or is at the address of a "
     "firearm certificate holder are in place and are always applied by staff dispatching officers "
     "to incidents; and that officers understand the risk assessment which they should be "
     "undertaking in such circumstances, and their power, when appropriate, to seize firearms and "
     "firearm certificates.", AR, dt.date(2015, 9, 15), C_NEW),
    ("e16_coc", 5540, R_E16, COC, E16_COC, CMP, dt.date(2017, 11, 28), C_AUTH),
    ("e16_rec", 5541, R_E16, REC, E16_REC, CMP, dt.date(2017, 11, 28), C_AUTH),
    ("e16_cse", 5542, R_E16, AFI,
     "The force should improve its understanding of the nature and scale of child sexual "
     "exploitation in its area.", CMP, dt.date(2018, 3, 22), C_DONE),
    ("e16_da", 5543, R_E16, AFI,
     "The force should make sure victims of domestic abuse are kept informed about the progress of "
     "their case, in line with the Code of Practice for Victims of Crime.", SUP, dt.date(2024, 5, 10),
     "Superseded: repeated as an area for improvement in PEEL 2023/25."),
    ("sf_lead", 6630, R_SF, REC, SF_LEADERSHIP, BP, dt.date(2019, 4, 2), C_MON),
    ("sf_isa", 6631, R_SF, REC,
     "Within six months, forces should have in place active information-sharing agreements with "
     "other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard "
     "victims better and to identify suspects as early as possible", CMP, dt.date(2019, 2, 12), C_DONE),
    ("sf_s45", 6632, R_SF, REC,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early and "
     "continuing consideration of the applicability of the section 45 defence.", CMP,
     dt.date(2018, 6, 7), C_DONE),
    ("sf_nrm", 6633, R_SF, REC,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM process "
     "as it evolves and are implementing the requirement placed upon them under the Modern Slavery "
     "Act 2015 to notify the Home Office of any individual suspected to be an adult victim of "
     "modern slavery or human trafficking.", AR, dt.date(2017, 10, 24), C_NEW),
    ("sf_ncrs", 6634, R_SF, REC,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and human "
     "trafficking and that sufficient audit capacity is available to the force crime registrar to "
     "provide reassurance that each force is identifying and managing any gaps in its "
     "crime-recording accuracy for these types of offences.", BP, dt.date(2021, 8, 3), C_MON),
    ("sf_inv", 6635, R_SF, REC,
     "Immediately, forces should ensure that allegations or indications of modern slavery and human "
     "trafficking are thoroughly investigated and effectively supervised by teams and individuals "
     "with the skills and experience to undertake them (this should include the use where "
     "appropriate of joint intelligence teams and other means to obtain intelligence and evidence "
     "from agencies overseas).", BP, dt.date(2021, 8, 3), C_MON),
    ("sf_prev", 6636, R_SF, REC,
     "Immediately, forces should review their use of preventative powers under the Modern Slavery "
     "Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a "
     "clear threat to others in respect of modern slavery and human trafficking offences are "
     "exploited.", AR, dt.date(2017, 10, 24), C_NEW),
    ("digital", 6702, R_EFN, REC,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development of "
     "these plans by establishing a national framework which allows for the provision of digitally "
     "enabled services across force boundaries.", CMP, dt.date(2020, 1, 29), C_DONE),
    ("ef17_cr", 6750, R_EF17, AFI,
     "The force should ensure that it has sufficient resources available in the control room to "
     "fulfil its resourcing model, and so to meet its demand, while also taking into account the "
     "wellbeing of its workforce.", BP, dt.date(2019, 5, 2), C_MON),
    ("ef17_wf", 6751, R_EF17, AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand and "
     "budget. The plan should include future resource allocations, the mix of skills required by "
     "the workforce and behaviours expected of them.", CMP, dt.date(2019, 5, 2), C_DONE),
    ("leg_coc", 6810, R_LEG, COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search "
     "powers is consistently reasonable and fair. In particular, there is over-representation of "
     "BAME people, and black people in particular, in stop and search data which many forces are "
     "unable to explain.", BP, dt.date(2021, 2, 26), C_MON),
    ("leg_mon", 6811, R_LEG, REC, SAS_MONITORING_2017, BP, dt.date(2021, 2, 26), C_MON),
    ("leg_disp", 6812, R_LEG, REC,
     "Where forces identify disparities through monitoring, they should demonstrate to the public "
     "that they have:\n•carried out research and analysis in an attempt to understand the reasons "
     "for the disparity, and •taken action to reduce the disparity, where necessary;", BP,
     dt.date(2021, 2, 26), C_MON),
    ("leg_pub", 6813, R_LEG, REC,
     "We expect forces to publish this analysis and any actions taken at least on an annual basis, "
     "from July 2018.", CMP, dt.date(2020, 10, 6), C_DONE),
    ("leg_ub", 6814, R_LEG, REC,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who use "
     "stop and search powers have been provided with, and understand, training on unconscious bias "
     "and College of Policing APP on stop and search.", CMP, dt.date(2019, 1, 17), C_DONE),
    ("ncpi_det", 7410, R_NCPI, REC, NCPI_DETENTION, BP, dt.date(2020, 11, 12), C_MON),
    ("ncpi_cse", 7411, R_NCPI, REC,
     "Within six months the force should improve how it works with partner organisations to "
     "safeguard people at risk from child sexual exploitation.", CMP, dt.date(2019, 10, 1), C_DONE),
    ("ncpi_miss", 7412, R_NCPI, REC,
     "Immediately, the force should make sure officers and staff have the training they need to "
     "identify and respond to missing children.", SUP, dt.date(2019, 5, 2),
     "Superseded by PEEL 2018/19 findings on vulnerability."),
    ("p18_coc", 8009, R_P18, COC,
     "The force does not have the capacity or capability to investigate crime effectively and this "
     "is affecting the service being provided to the public. There are failings in the way that "
     "crimes are being investigated.", BP, dt.date(2022, 3, 15), C_MON),
    ("p18_sup", 8010, R_P18, REC,
     "HMIC recommends that within six months the force should: ensure regular and active "
     "supervision of the quality and progress of investigations. This supervision should be "
     "properly recorded;", CMP, dt.date(2022, 3, 15), C_AUTH),
    ("p18_dig", 8011, R_P18, REC,
     "HMIC recommends that within six months the force should: improve its ability to retrieve "
     "digital evidence from mobile phones, computers and other electronic devices quickly enough to "
     "ensure investigations are not delayed;", BP, dt.date(2022, 3, 15), C_MON),
    ("p18_rui", 8012, R_P18, REC,
     "HMIC recommends that within six months the force should: improve its understanding of "
     "suspects released under investigation and the management of those released on bail;", BP,
     dt.date(2022, 3, 15), C_MON),
    ("p18_cost", 8013, R_P18, AFI,
     "The force should develop its understanding of the links between its outcomes, outputs and "
     "costs", CMP, dt.date(2021, 6, 9), C_DONE),
    ("p18_dem", 8014, R_P18, AFI,
     "The force should undertake further work to gain a fuller understanding of current demand for "
     "its services, and likely future changes in demand. This is so it can make best use of its "
     "resources by matching them to demand to meet the needs of the public", BP, dt.date(2022, 3, 15), C_MON),
    ("p18_vet", 8015, R_P18, AFI,
     "The force should ensure all staff have received at least the lowest level of vetting "
     "clearance for their roles as quickly as possible, working to clear both the vetting backlog "
     "and new vetting renewals when they become due so that it complies fully with the national "
     "vetting guidelines.", BP, dt.date(2022, 3, 15), C_MON),
    ("cdi_vic", 8360, R_CDI, REC, CDI_VICTIMS, BP, dt.date(2021, 3, 30), C_MON),
    ("cdi_r2", 8361, R_CDI, REC,
     "Within three months, the force should improve its use of its crime-recording and management "
     "system to better manage its case files and investigative processes.", BP, dt.date(2020, 1, 7), C_MON),
    ("cdi_sh", 8362, R_CDI, AFI,
     "The force should make sure it records reports of stalking and harassment accurately and "
     "without delay.", CMP, dt.date(2021, 3, 30), C_DONE),
    ("cdi_hba", 8363, R_CDI, AFI,
     "The force should make sure it records reports of honour-based abuse accurately and without "
     "delay.", AR, dt.date(2019, 9, 19), C_NEW),
    ("pw_comms", 9120, R_PWR, REC,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should be "
     "in addition to existing training on conflict management and de-escalation.", BP,
     dt.date(2023, 1, 24), C_MON),
    ("pw_cpd", 9121, R_PWR, REC,
     "By July 2021, forces should ensure that communication skills are reinforced as part of the "
     "programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills using "
     "body-worn video footage.", AR, dt.date(2021, 2, 26), C_NEW),
    ("pw_bwv", 9122, R_PWR, REC, BWV_2021, BP, dt.date(2023, 1, 24), C_MON),
    ("pw_ho", 9123, R_PWR, REC,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and search is "
     "sufficient for publication. The Home Office should publish this data as soon as possible.", AR,
     dt.date(2021, 2, 26), C_NEW),
    ("pw_uof", 9124, R_PWR, REC,
     "By July 2021, forces should ensure they have effective internal monitoring processes on the "
     "use of force, to help them to identify and understand disproportionate use, explain the "
     "reasons and implement any necessary improvement action.", BP, dt.date(2023, 1, 24), C_MON),
    ("p21_rasso", 9410, R_P21, AFI,
     "The force should make sure investigations of rape and serious sexual offences are allocated "
     "to officers with the right skills and are effectively supervised.", BP, dt.date(2023, 9, 5), C_MON),
    ("p21_cl", 9411, R_P21, AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about county lines "
     "drug dealing.", CMP, dt.date(2023, 9, 5), C_DONE),
    ("p21_stalk", 9412, R_P21, AFI,
     "The force should make sure victims of stalking and harassment are kept informed about the "
     "progress of their case, in line with the Code of Practice for Victims of Crime.", BP,
     dt.date(2023, 9, 5), C_MON),
    ("p21_ocsa", 9413, R_P21, AFI,
     "The force should make sure it has enough specialist capacity and capability to investigate "
     "online child sexual abuse.", AR, dt.date(2022, 3, 15), C_NEW),
    ("p21_vawg", 9414, R_P21, AFI,
     "The force should improve the way it manages the risk posed by offenders involved in violence "
     "against women and girls.", BP, dt.date(2023, 9, 5), C_MON),
    ("p21_asb", 9415, R_P21, AFI,
     "The force should make sure its performance framework gives senior leaders a clear picture of "
     "its response to anti-social behaviour.", CMP, dt.date(2024, 5, 10), C_AUTH),
    ("p21_rural", 9416, R_P21, AFI,
     "The force should develop a problem-solving approach to rural crime, working with local "
     "communities and partners.", BP, dt.date(2023, 9, 5), C_MON),
    ("p23_da", 9801, R_P23, AFI,
     "The force should make sure victims of domestic abuse are kept informed about the progress of "
     "their case, in line with the Code of Practice for Victims of Crime.", AR, dt.date(2024, 5, 10), C_NEW),
    ("p23_stalk", 9802, R_P23, AFI,
     "Cumbria Constabulary should make sure it consistently uses ancillary orders and other powers "
     "to protect victims of stalking and harassment.", AR, dt.date(2024, 5, 10), C_NEW),
    ("p23_fraud", 9803, R_P23, AFI,
     "The force should improve its understanding of the nature and scale of fraud in its area.", AR,
     dt.date(2024, 5, 10), C_NEW),
    ("p23_misc", 9804, R_P23, REC,
     "Within six months the force should satisfy itself that it has processes in place to ensure "
     "that investigations into misconduct by officers and staff resulting in “no further action” "
     "are fair and free of any form of discrimination.", AR, dt.date(2024, 5, 10), C_NEW),
    ("p23_knife", 9805, R_P23, AFI,
     "The force should evaluate its work to prevent knife crime and share what works across the "
     "force.", AR, dt.date(2024, 5, 10), C_NEW),
    ("p23_hba", 9806, R_P23, AFI,
     "The force should make sure officers and staff have the training they need to identify and "
     "respond to honour-based abuse.", AR, dt.date(2024, 5, 10), C_NEW),
]
H.sort(key=lambda h: h[1])
HROW = {h[0]: f"Recommendations!{i + 2}" for i, h in enumerate(H)}
HBY = {h[0]: h for h in H}

# ---------------------------------------------------------------------------------------------
# Force side: the liaison Tasks folder. One dict per Outlook task, in the folder's export order.
# "items": [(hmicfrs key, category, why)], "notlist": why, "nonitem": reason.
# Notes use "\n"; written as CRLF. U+F0B7 (Symbol-font bullet pasted from PDF), ✓ and → do not
# exist in Windows-1252 and come out as "?", as they do in a real ANSI export.
# ---------------------------------------------------------------------------------------------
PDFB = "\uf0b7"
OWN = {
    "rigg": ("Rigg, Paul (Supt)", "Territorial Policing"),
    "fell": ("Fell, Mark (Insp)", "Firearms Licensing"),
    "patt": ("Pattinson, Anne (Director of Finance)", "Finance"),
    "tyson": ("Tyson, Helen (Head of Contact Management)", "Contact Management"),
    "bown": ("Bowness, Claire (Force Crime Registrar)", "Crime Standards"),
    "hodg": ("Hodgson, Sarah (D/Supt)", "Crime Command"),
    "atk": ("Atkinson, Lee (DCI)", "Public Protection"),
    "dob": ("Dobson, Ian (Ch Insp Custody)", "Criminal Justice & Custody"),
    "wils": ("Wilson, Karen (Head of PSD)", "Professional Standards"),
    "moff": ("Moffat, Rachel (Director of People)", "People Directorate"),
    "nich": ("Nicholson, Gary (C/Supt)", "Corporate Development"),
    "none": ("", ""),
}

T: list[dict] = []


def task(subj, start, due, status, notes, cats, owner="none", done=None, billing="", mileage="",
         prio="Normal", rem=None, pct=None, items=(), notlist=None, nonitem=None):
    contact, dept = OWN[owner]
    if pct is None:
        pct = {"Completed": "1", "Not Started": "0", "In Progress": "0.5",
               "Waiting on someone else": "0.75", "Deferred": "0.25"}[status]
    T.append(dict(subj=subj, start=start, due=due, status=status, notes=notes, cats=cats,
                  contact=contact, dept=dept, done=done, billing=billing, mileage=mileage,
                  prio=prio, rem=rem, pct=pct, items=list(items), notlist=notlist, nonitem=nonitem))


# ---- Block 1: tasks the current Force Liaison Lead (CG) created in the shared mailbox, late 2017.
task("Stolen Freedom (MSHT) 2017 - Leadership & governance", "01/11/2017", "24/10/2018",
     "In Progress",
     "Leadership\nWithin twelve months, forces should review their leadership and governance "
     "arrangements for MSHT, to ensure that:\n"
     "- senior leaders prioritise the response to MSHT;\n"
     "- every incident of modern slavery identified to police is allocated appropriate resources "
     "with the skills, experience and capacity to investigate it effectively;\n"
     "- forces develop effective partnership arrangements to co-ordinate activity in order to share "
     "information and safeguard victims; and\n\n"
     "Updates\n"
     "22/10/2024 CG - MSHT governance now through the Vulnerability Board (quarterly). Cumbria "
     "Anti-Slavery Network refreshed. Still Amber.\n"
     "03/05/2019 CG - DCI Atkinson appointed MSHT SPOC.\n",
     "Stolen Freedom 2017;RAG Amber", owner="atk", rem="15/01/2025",
     items=[("sf_lead", "conflict",
             "Same Stolen Freedom leadership recommendation (stem and first three bullets word for "
             "word, MSHT abbreviated) but the task body stops after '...safeguard victims; and': "
             "the fourth bullet (performance and quality assurance measures) is missing. Matched, "
             "missing bullet -> conflict (both open).")])
task("Stolen Freedom - within 6 months have active ISAs with other agencies for speedy exchange "
     "of intel / safeguard victims / identify suspects early", "01/11/2017", "24/04/2018",
     "Completed",
     "20/12/2018 CG - ISA signed with Cumbria County Council, the six district councils and Border "
     "Force. Copy on SharePoint. Complete.\n08/05/2018 CG - Draft ISA with Legal Services.\n",
     "Stolen Freedom 2017;RAG Green", owner="atk", done="20/12/2018",
     items=[("sf_isa", "in_sync",
             "Recommendation only in the subject line (body holds updates): 'within 6 months', "
             "'ISAs with other agencies', 'speedy exchange of intel', 'identify suspects early' = "
             "Stolen Freedom ISA rec 6631. HMICFRS Complete, task Completed -> in_sync.")])
task("Stolen Freedom - s45 defence", "01/11/2017", "01/11/2017", "Completed",
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early and "
     "continuing consideration of the applicability of the section 45 defence.\n\n"
     "19/03/2018 CG - s45 guidance issued to custody and CPS liaison; briefing to all DSs. Complete.\n",
     "Stolen Freedom 2017;RAG Green", owner="hodg", done="19/03/2018",
     items=[("sf_s45", "in_sync", "Body is the s45 recommendation verbatim. HMICFRS Complete, task "
             "Completed -> in_sync.")])
task("Stolen Freedom - NRM / duty to notify", "01/11/2017", "01/11/2017",
     "Waiting on someone else",
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the Modern "
     "Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim "
     "of MSHT.\n\n"
     "02/09/2024 CG - Submitted to HMICFRS for closure with NRM / Duty to Notify audit (100% "
     "compliance Q1 24/25). Awaiting HMICFRS decision.\n"
     "11/06/2018 CG - First responder NRM training complete for all PCSOs and response officers.\n",
     "Stolen Freedom 2017;Submitted for closure", owner="atk", rem="02/12/2024",
     items=[("sf_nrm", "closeable_submit",
             "Body is the NRM recommendation (MSHT abbreviated). Task 'Waiting on someone else' "
             "with latest note 'Submitted to HMICFRS for closure'; HMICFRS Awaiting review -> "
             "force done, HMICFRS open -> closeable_submit.")])
task("Stolen Freedom - NCRS compliance for MSHT + FCR audit capacity", "01/11/2017", "01/11/2017",
     "In Progress",
     "Immediately, forces should take steps to ensure they fully comply with NCRS requirements for "
     "offences identified as MSHT and that sufficient audit capacity is available to the force "
     "crime registrar to provide reassurance that each force is identifying and managing any gaps "
     "in its crime-recording accuracy for these types of offences.\n\n"
     "15/07/2024 CG - FCR audit of MSHT recording now planned Q4 24/25 (slipped from Q2). Amber.\n",
     "Stolen Freedom 2017;RAG Amber", owner="bown", rem="13/01/2025",
     items=[("sf_ncrs", "in_sync", "Body is the NCRS/MSHT recommendation, abbreviated. Both open "
             "(HMICFRS Being progressed, task In Progress) -> in_sync.")])
task("Stolen Freedom - investigation & supervision of MSHT", "01/11/2017", "01/11/2017",
     "In Progress",
     "Immediately, forces should ensure that allegations or indications of modern slavery and human "
     "trafficking are thoroughly investigated and effectively supervised by teams and individuals "
     "with the skills and experience to undertake them (this should include the use where "
     "appropriate of joint intelligence teams and other means to obtain intelligence and evidence "
     "from agencies overseas).\n\n"
     "22/10/2024 CG - MSHT investigations owned by PPU; supervision template on Niche. JIT guidance "
     "from NCA still awaited.\n",
     "Stolen Freedom 2017;RAG Amber", owner="atk", rem="15/01/2025",
     items=[("sf_inv", "in_sync", "Body is the investigation recommendation verbatim. Both open -> "
             "in_sync.")])
task("PEEL Efficiency 2017 - use of MSA 2015 preventative orders", "20/11/2017", "31/03/2018",
     "In Progress",
     "Immediately, forces should review their use of preventative powers under the Modern Slavery "
     "Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a "
     "clear threat to others in respect of modern slavery and human trafficking offences are "
     "exploited.\n\n"
     "07/03/2023 CG - 2 STPOs obtained in 2022. Legal Services SPOC in place.\n",
     "PEEL Efficiency 2017;RAG Amber", owner="atk", rem="15/01/2025",
     items=[("sf_prev", "conflict",
             "Body is the Stolen Freedom preventative-powers recommendation word for word (6636), "
             "but the officer filed it under PEEL Efficiency 2017 (subject and category). Report "
             "disagrees -> conflict (both open).")])
task("PEEL Efficiency 2017 (national) - digital services plan by Sept 2018", "20/11/2017",
     "30/09/2018", "Deferred",
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force.\n\n"
     "04/04/2022 CG - Parked pending national Digital Public Contact / Single Online Home roll-out. "
     "Still reported Amber at JAC.\n"
     "12/09/2018 CG - Digital strategy draft to COG - not signed off.\n",
     "PEEL Efficiency 2017;RAG Amber", owner="nich",
     items=[("digital", "closeable_local",
             "Body is the first sentence of the national digital recommendation (the HO/NPCC/APCC "
             "sentence is left off: truncation, not a different ask). Task Deferred and the note "
             "says 'Parked ... still Amber' -> open; HMICFRS Complete -> closeable_local.")])
task("PEEL Efficiency 2017 - AFI control room resourcing", "20/11/2017", "31/03/2019",
     "In Progress",
     "AFI\nThe force should ensure that it has sufficient resources available in the control room "
     "to fulfil its resourcing model, and so to meet its demand, while also taking into account "
     "the wellbeing of its workforce.\n\n"
     "30/08/2024 CG - Demand & resourcing review of Contact Management complete; 14 additional "
     "call handlers in recruitment. Amber.\n",
     "PEEL Efficiency 2017;RAG Amber", owner="tyson", rem="15/01/2025", billing="6750",
     items=[("ef17_cr", "in_sync", "Body and ref 6750 = control room AFI. Both open -> in_sync.")])
task("PEEL Efficiency 2017 - AFI workforce plan", "20/11/2017", "31/03/2019", "Completed",
     "AFI\nThe force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills required "
     "by the workforce and behaviours expected of them.\n\n"
     "28/02/2019 CG - Workforce plan 2019-23 approved at COG 26/02. Complete.\n",
     "PEEL Efficiency 2017;RAG Green", owner="moff", done="28/02/2019", billing="6751",
     items=[("ef17_wf", "in_sync", "Body and ref 6751 = workforce plan AFI. HMICFRS Complete, task "
             "Completed -> in_sync.")])
task("PEEL Legitimacy 2017 (national) - S&S cause of concern & monitoring rec", "18/12/2017",
     "31/07/2018", "In Progress",
     "Cause of concern:\nHMICFRS is concerned that forces are not able to demonstrate that the use "
     "of stop and search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search data "
     "which many forces are unable to explain.\n\n"
     "Recommendation:\nBy July 2018, all police forces across England and Wales should be regularly "
     "and frequently monitoring a comprehensive set of data and information on use of S&S powers "
     "to understand:\n"
     f"{PDFB} the reasons for any disproportionate representation of different ethnic groups in "
     "the use of S&S;\n"
     f"{PDFB} the extent to which find rates differ between people from different ethnicities, and "
     "across different types of searches (including separate identification of find rates for drug "
     "possession and supply-type offences); and\n"
     f"{PDFB} the prevalence of possession-only drug searches, and the extent to which these align "
     "with local or force level priorities.\n\n"
     "12/09/2024 CG - S&S dashboard live (ethnicity, find rates, drugs possession). External "
     "scrutiny panel reviewing. HMICFRS want to see 12 months of data before closure.\n",
     "PEEL Legitimacy 2017;RAG Amber", owner="rigg", rem="13/01/2025", prio="High",
     items=[("leg_coc", "in_sync",
             "Task body holds two HMICFRS items: the S&S cause of concern paragraph (6810) ... "
             "Both open (HMICFRS Being progressed, task In Progress) -> in_sync."),
            ("leg_mon", "in_sync",
             "... and the July 2018 monitoring recommendation with its three bullets (6811; the "
             "PDF bullets came out as '?'). Both open -> in_sync.")])
task("PEEL Legit 17 - explain disparities to public", "18/12/2017", "31/07/2018", "Completed",
     "Where forces identify disparities through monitoring, they should demonstrate to the public "
     "that they have: carried out research and analysis in an attempt to understand the reasons "
     "for the disparity, and taken action to reduce the disparity, where necessary;\n\n"
     "30/09/2023 CG - Disproportionality report published on the website Sept 23 (second year). "
     "Complete \u2713\n",
     "PEEL Legitimacy 2017;RAG Green", owner="rigg", done="30/09/2023",
     items=[("leg_disp", "closeable_submit",
             "Body is the disparities recommendation (bullets flattened). Task Completed; HMICFRS "
             "Being progressed -> closeable_submit.")])
task("PEEL Legit 17 - publish analysis annually from July 2018", "18/12/2017", "31/07/2018",
     "In Progress",
     "We expect forces to publish this analysis and any actions taken at least on an annual basis, "
     "from July 2018.\n\n"
     "30/09/2023 CG - Published again Sept 23. It is annual so keeping the task open as a reminder "
     "\u2192 next due Sept 24.\n",
     "PEEL Legitimacy 2017;RAG Amber", owner="rigg", rem="01/09/2024",
     items=[("leg_pub", "closeable_local",
             "Body is the 'publish annually' recommendation verbatim. HMICFRS Complete; the force "
             "keeps the task In Progress on purpose as a yearly reminder -> closeable_local.")])
task("PEEL Legit 17 - unconscious bias training for S&S officers", "18/12/2017", "31/07/2018",
     "Completed",
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use S&S powers have been provided with, and understand, training on unconscious bias and CoP "
     "APP on S&S.\n\n"
     "31/07/2018 CG - 97% of S&S-trained officers have completed the UB e-learning and APP module; "
     "the rest are on long-term absence. Complete.\n",
     "PEEL Legitimacy 2017;RAG Green", owner="rigg", done="31/07/2018",
     items=[("leg_ub", "in_sync", "Body is the unconscious bias recommendation (S&S, CoP "
             "abbreviated). HMICFRS Complete, task Completed -> in_sync.")])

# ---- Block 2: the predecessor's (JA, 2013-2017) tasks, imported from her PST in January 2018.
task("HMIC S&S 2013 - Rec 1 - APP definition of effective & fair", "15/07/2013", "31/03/2014",
     "Completed",
     "*** JA 28/02/2014 - CoP APP published; force S&S policy updated to reference APP. Closed.\n"
     "*** JA 02/10/2013 - Mainly for CoP. Supt Rigg to adopt APP when published.\n\n"
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised\nProfessional Practice document a clear specification of what constitutes the "
     "effective and fair\nexercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with\nthe Code of Practice.\n",
     "HMIC S&S 2013;Yellow Category", owner="rigg", done="28/02/2014", mileage="Rec 1",
     items=[("sas13_1", "in_sync",
             "Body (under JA's newest-first update lines, with the PDF's hard line breaks) is S&S "
             "2013 rec 1 verbatim. Task Completed with a 'Closed' note (the Yellow = amber "
             "category is stale); HMICFRS Complete -> in_sync.")])
task("HMIC S&S 2013 - Rec 2 - monitoring of S&S", "15/07/2013", "31/03/2014", "In Progress",
     "*** CG 14/03/2019 - Keep open. S&S scrutiny panel meets quarterly; monitoring is BAU but Supt "
     "Rigg wants it on the list until BWV dip-sampling is live.\n"
     "*** JA 11/11/2015 - Monthly S&S data to Force Performance Board. Panel set up.\n"
     "*** JA 02/10/2013 - Allocated Supt Rigg.\n\n"
     "CCs should establish or improve monitoring of the way officers stop and search people, so "
     "that they can be satisfied their officers are acting in accordance with the law (including "
     "equality legislation and the Code of Practice), and that the power is used effectively to "
     "prevent crime, catch criminals and maintain public trust.\n",
     "HMIC S&S 2013;Yellow Category", owner="rigg", mileage="Rec 2", pct="0.75",
     rem="13/01/2025",
     items=[("sas13_2", "closeable_local",
             "Body is S&S 2013 rec 2 ('CCs' for Chief Constables). HMICFRS Complete; the task is "
             "deliberately kept In Progress ('Keep open') -> closeable_local.")])
task("HMIC S&S 2013 - Rec 3 - explain use to public / community scrutiny", "15/07/2013",
     "31/03/2014", "Completed",
     "*** JA 30/06/2015 - Closed here - picked up again by the S&S 2 (2015) rec, see separate task.\n"
     "*** JA 12/05/2014 - Community scrutiny panel first meeting 8 May. S&S data on website from "
     "April.\n\n"
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to be "
     "scrutinised by community representatives. This should be done in a way that involves those "
     "people who are stopped and searched, for example, young people.\n",
     "HMIC S&S 2013;Green Category", owner="rigg", done="30/06/2015", mileage="Rec 3",
     items=[("sas13_3", "in_sync",
             "Body is S&S 2013 rec 3 word for word ('elected local policing bodies', 'for example, "
             "young people'), not the near-identical 2015 rec. HMICFRS Superseded (closed), task "
             "Completed -> in_sync.")])
task("Everyone's Business (DA) 2014 - DA action plan", "01/04/2014", "30/09/2014", "Completed",
     "*** JA 26/09/2014 - DA action plan published on force website and sent to HMIC 24/09. PCC "
     "sign-off 19/09. Complete.\n\n"
     "By September 2014, every police force in England and Wales should establish and publish an "
     "action plan that specifies in detail what steps it will take to improve its approach to "
     "domestic abuse.\nThis action plan should be developed:\n"
     "\u2022 in consultation with police and crime commissioners, domestic abuse support "
     "organisations and victims' representatives;\n"
     "\u2022 after close consideration of all the recommendations in this report;\n"
     "\u2022 with reference to all relevant domestic homicide reviews and IPCC findings, whether in "
     "connection with the force in question or another force; and 20\n"
     "\u2022 drawing on relevant knowledge acquired or available from other sources such as CPS "
     "scrutiny panels and MARAC self-assessments.The action plan should be established on the basis "
     "of best practice, based on revised relevant guidance from the College of Policing. To ensure "
     "consistency, the College and the national policing lead on domestic abuse have agreed to "
     "provide advice on the areas that each plan should cover by the end of April 2014.\n"
     "Chief officers in each police force should oversee and ensure full implementation of these "
     "action plans. This should be a personal responsibility in each case. Police and crime "
     "commissioners should hold forces to account in this respect. HMIC will inspect forces' "
     "progress on domestic abuse as part of its new annual all-force inspection programme. Police "
     "and crime commissioners and chief constables should be called upon to report publicly on "
     "progress, as well as to the national oversight and monitoring group.\n",
     "HMIC DA 2014;Green Category", owner="atk", done="26/09/2014",
     items=[("every", "in_sync",
             "Body is the Everyone's business action-plan recommendation with its four bullets "
             "(stray footnote '20' kept) and the report's next paragraphs run on. HMICFRS Complete, "
             "task Completed -> in_sync.")])
AUST_WHY = ("One task holds all four Policing in Austerity recommendations (numbered 1-4 in the "
            "body). HMICFRS: No further action required (closed); the task is still In Progress "
            "('Keep open until MTFP agreed') -> closeable_local. Body item {n}.")
task("Policing in Austerity 2014 - all 4 recs (savings / collaboration)", "28/07/2014",
     "31/03/2016", "In Progress",
     "*** JA 03/02/2016 - Addressed holistically as part of the force change programme (Cumbria "
     "2020). Keep open until MTFP agreed.\n"
     "*** JA 15/09/2014 - Allocated DoF. Collaboration with Lancs being scoped.\n\n"
     "4 national recs, all for CCs & PCCs:\n"
     "1. All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this report, "
     "and in HMIC's Value for Money profiles, when conducting their reviews\n"
     "2. Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. HMIC "
     "will follow up the assessments in the autumn.\n"
     "3. Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting capacity. "
     "HMIC will follow up the assessments in the autumn.\n"
     "4. In preparation for the next spending round period all CCs & PCCs should review their plans "
     "for collaboration. In particular they should consider whether there is scope to deliver "
     "better value for money and improved capability and capacity through joint working with other "
     "forces, the public and/or the private sector.\n",
     "HMIC Austerity 2014;Yellow Category", owner="patt",
     items=[(f"aust_{n}", "closeable_local", AUST_WHY.format(n=n)) for n in (1, 2, 3, 4)])
task("Core Business 2014 - THR criteria for call handlers", "10/09/2014", "31/03/2015",
     "Completed",
     "*** JA 20/03/2015 - THRIVE introduced in the control room Feb 2015; criteria on aide memoire. "
     "Complete.\n\n"
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not "
     "yet done so, should provide call-handlers with specific, sound and comprehensible criteria "
     "against which they can assess threat, harm and risk.\n",
     "HMIC Core Business 2014;Green Category", owner="tyson", done="20/03/2015",
     items=[("core_1", "in_sync", "Body is Core Business rec 1 verbatim. HMICFRS Complete, task "
             "Completed -> in_sync.")])
task("Core Business 2014 - record & evaluate crime prevention activity", "10/09/2014",
     "31/03/2016", "Completed",
     "*** JA 29/03/2016 - Problem-solving database live on Niche, evaluation template agreed. "
     "Complete.\n\n"
     "By 31 March 2016 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.\n",
     "HMIC Core Business 2014;Green Category", owner="nich", done="29/03/2016",
     items=[("core_2", "conflict",
             "Body is Core Business rec 2 but with the deadline 'By 31 March 2016' where HMICFRS "
             "has 'By 31 March 2015' (and the task's due date follows the wrong year). Timescale "
             "disagrees -> conflict (task Completed, HMICFRS Being progressed).")])
task("S&S powers 2 (2015) - comply with CoP / community scrutiny", "30/03/2015", "31/03/2016",
     "Waiting on someone else",
     "14/06/2019 CG - Evidence pack (panel ToR, minutes, youth panel) submitted to HMICFRS for "
     "closure. Awaiting decision.\n"
     "*** JA 06/11/2015 - Youth IAG now sits on the scrutiny panel.\n\n"
     "Chief constables should, in consultation with PCCs, ensure that they comply with the Code of "
     "Practice by explaining to the public the way S&S powers are used in their areas and by "
     "making arrangements for S&S records to be scrutinised by community representatives. This "
     "should be done in a way that involves those people who are stopped and searched, for example "
     "young people.\n",
     "HMIC S&S 2015;Submitted for closure", owner="rigg", rem="14/12/2024",
     items=[("sas15", "closeable_submit",
             "Body is the 2015 wording ('in consultation with PCCs', 'Code of Practice', 'for "
             "example young people'), subject S&S powers 2 (2015): the 2015 rec 3904, not 2013 rec "
             "3. Submitted for closure, waiting on HMICFRS -> force done; HMICFRS Being progressed "
             "-> closeable_submit.")])
task("Targeting the Risk (FL) - Rec 1 - governance v APP", "21/09/2015", "15/12/2015",
     "Completed",
     "*** JA 11/12/2015 - Gap analysis against APP done by FLU; report to COG 09/12. Complete.\n\n"
     "Within three months, all chief constables should assess how well the governance of firearms "
     "licensing in his or her force meets the standards set out in Authorised Professional "
     "Practice. Chief constables of forces where the governance standards are not being complied "
     "with should put in place immediately the correct arrangements and procedures in order to meet "
     "the standards in full.\n",
     "HMIC Firearms 2015;Yellow Category", owner="fell", done="11/12/2015", mileage="Rec 1",
     items=[("fire_1", "in_sync",
             "Body is Targeting the risk rec 1 verbatim. Completed with a 'Complete' note (stale "
             "Yellow category ignored); HMICFRS Complete -> in_sync.")])
task("Targeting the Risk (FL) - Rec 2 - FLU demand & capacity", "21/09/2015", "15/12/2015",
     "Completed",
     "*** JA 11/12/2015 - Demand review done, 2 x temp staff made permanent. Complete.\n\n"
     "Within 3 months, all CCs should assess the demand placed on their firearms licensing "
     "department and ensure it has the capacity to meet this demand and provide an efficient and "
     "effective service at all times.\n",
     "HMIC Firearms 2015;Green Category", owner="fell", done="11/12/2015", mileage="Rec 2",
     items=[("fire_2", "in_sync", "Body is Targeting the risk rec 2 ('Within 3 months', 'CCs'). "
             "HMICFRS Complete, task Completed -> in_sync.")])
task("Targeting the Risk (FL) - Rec 3 - total expired records", "21/09/2015", "21/09/2015",
     "In Progress",
     "*** JA 20/06/2016 - 14 total expired still to resolve, FLU working through them.\n\n"
     "Immediately, all CCs should satisfy themselves that all appropriate action is being taken by "
     "their force with regard to 'total expired' licensing records.\n",
     "HMIC Firearms 2015;Yellow Category", owner="fell", mileage="Rec 3", rem="13/01/2025",
     items=[("fire_3", "closeable_local",
             "Body is Targeting the risk rec 3 ('total expired', straight quotes). Last update "
             "2016 and still In Progress; HMICFRS Complete -> closeable_local.")])
TTR_WHY = ("Task made by dragging Insp Fell's e-mail into Tasks: the body quotes two Targeting the "
           "risk recommendations, the temporary permits one (4123) and the 'firearm certificate "
           "holder at the address' one (4124). JA's note 'Both done ... Closed', task Completed; "
           "HMICFRS {s} (open) -> closeable_submit.")
task("FW: Targeting the Risk - recs 4 & 5 for FLU", "12/10/2015", "15/12/2015", "Completed",
     "From: Fell, Mark (Insp)\nSent: 12 October 2015 09:14\nTo: HMIC Liaison\n"
     "Subject: RE: Targeting the Risk - recs 4 & 5 for FLU\n\n"
     "Jo\n\nAs discussed these two sit with FLU so I'll pick them up:\n\n"
     "Within three months, all chief constables should ensure that their arrangements in respect "
     "of the use of temporary permits are in accordance with the Home Office guidance; that "
     "temporary permits are properly recorded without delay on the National Firearms Licensing "
     "Management System; and that effective systems exist to ensure certificate holders are not "
     "permitted, at any time, to remain in unlawful possession of a firearm.\n\n"
     "Within three months, all chief constables should ensure that systems designed to identify, "
     "prior to police attendance, whether a reported incident involves or is at the address of a "
     "firearm certificate holder are in place and are always applied by staff dispatching officers "
     "to incidents; and that officers understand the risk assessment which they should be "
     "undertaking in such circumstances, and their power, when appropriate, to seize firearms and "
     "firearm certificates.\n\n"
     "Mark\n\nInspector Mark Fell | Firearms Licensing Unit | Cumbria Constabulary\n\n"
     "*** JA 17/02/2016 - Both done. Temp permits recorded on NFLMS same day (dip sample Jan 16). "
     "STORM flag for certificate holders live 01/02/16. Closed.\n",
     "HMIC Firearms 2015;Green Category", owner="fell", done="17/02/2016",
     items=[("fire_4", "closeable_submit", TTR_WHY.format(s="Being progressed")),
            ("fire_5", "closeable_submit", TTR_WHY.format(s="Awaiting review"))])
task("PEEL Eff 2016 - CAUSE OF CONCERN - missing & absent children", "06/03/2017", "06/03/2017",
     "Completed",
     "*** JA 30/06/2017 - See rec task. CoC discussed at HMIC revisit 06/2017, Gold group in "
     "place. Closed on our side.\n\n"
     "The force's response to missing and absent children is a cause of concern to HMIC. HMIC "
     "found that the\nassessment of risk for children who go missing from home was inappropriate in "
     "some cases. We\nfound some instances where children were classed as 'absent' when they should "
     "have been\nrecorded as 'missing', and risk levels for missing children were sometimes "
     "incorrectly assessed at\na lower grade. We also found incidents where the risk had not been "
     "identified, even where good\ninformation was available on the police database. In some cases "
     "there was information to\nindicate that children were at risk of sexual exploitation, but "
     "this did not influence the assigned\nrisk and categorisation. Children were incorrectly "
     "graded at a lower level and could have been\nexposed to an increased risk of harm. This is an "
     "enduring cause of concern from HMIC's report on\nvulnerability in 2015.\n",
     "HMIC PEEL Effectiveness 2016;Green Category", owner="atk", done="30/06/2017", prio="High",
     items=[("e16_coc", "in_sync",
             "Body is the 2016 missing-children cause of concern (PDF line breaks). HMICFRS "
             "Complete, task Completed -> in_sync.")])
task("PEEL Eff 2016 - Rec - missing children (CoC)", "06/03/2017", "06/03/2017", "In Progress",
     "*** CG 11/01/2018 - HMIC closed this at the revisit but the missing persons Gold group is "
     "still running - keep open until Gold is stood down.\n"
     "*** JA 30/06/2017 - Revised missing/absent policy live 01/06. Training package for call "
     "takers 85% done.\n\n"
     "To address this cause of concern the force should immediately review its approach to reports "
     "of missing children and take steps to ensure that:\n"
     f"{PDFB} call takers understand and use the missing and absent category appropriately;\n"
     f"{PDFB} call takers and frontline staff have the necessary knowledge to identify risk "
     "factors associated with child sexual exploitation and how to respond to such cases; and\n"
     f"{PDFB} supervisors provide the correct oversight of missing person enquiries and direct "
     "appropriate and timely investigative and safeguarding action\n",
     "HMIC PEEL Effectiveness 2016;Red Category", owner="atk", prio="High", rem="13/01/2025",
     items=[("e16_rec", "closeable_local",
             "Body is the recommendation attached to the 2016 cause of concern (three bullets). "
             "HMICFRS Complete; the force keeps it In Progress while its Gold group runs -> "
             "closeable_local.")])
task("PEEL Eff 2016 - AFI - CSE understanding", "06/03/2017", "31/12/2017", "Completed",
     "*** JA 15/12/2017 - CSE problem profile signed off, included in control strategy. "
     "Complete.\n\n"
     "AFI: The force should improve its understanding of the nature and scale of child sexual "
     "exploitation in its area.\n",
     "HMIC PEEL Effectiveness 2016;Green Category", owner="atk", done="15/12/2017",
     items=[("e16_cse", "in_sync", "Body is the 2016 CSE AFI verbatim. HMICFRS Complete, task "
             "Completed -> in_sync.")])
task("PEEL Eff 2016 - AFI - DA victims kept informed", "06/03/2017", "31/12/2017",
     "Not Started",
     "AFI: The force should make sure victims of domestic abuse are kept informed about the "
     "progress of their case, in line with the Code of Practice for Victims of Crime.\n\n"
     "*** CG 03/02/2020 - Complete. VCOP compliance audit 92%; evidence pack sent to HMICFRS "
     "03/02/2020.\n",
     "HMIC PEEL Effectiveness 2016;RAG Green", owner="atk",
     items=[("e16_da", "in_sync",
             "Body is the DA 'kept informed' AFI, filed under PEEL Eff 2016 (the identical PEEL "
             "2023/25 AFI has its own task). Outlook status was never changed from Not Started, "
             "but the only update says 'Complete ... evidence pack sent to HMICFRS' and the "
             "category is RAG Green -> force done. HMICFRS Superseded (closed) -> in_sync.")])

task("PEEL Eff 2014 - AFI - understanding of DA", "12/11/2014", "31/03/2015", "Completed",
     "*** JA 10/03/2015 - DA problem profile completed and on MARAC agenda. Complete.\n\n"
     "AFI: The force should improve its understanding of the nature and scale of domestic abuse "
     "in its area.\n",
     "HMIC PEEL Effectiveness 2014;Green Category", owner="atk", done="10/03/2015",
     notlist=("PEEL Effectiveness 2014 DA AFI: no 2014 effectiveness report and no DA 'nature and "
              "scale' item on the HMICFRS list (the 2016 CSE AFI and the 2023/25 fraud AFI share "
              "the wording pattern, not the topic) -> not_on_hmicfrs_list."))
# ---- Block 3: CG's tasks from 2018 onwards (HMICFRS references typed into Billing Information).
task("JAC - HMICFRS update paper (quarterly)", "01/03/2018", "10/11/2024", "In Progress",
     "Pull latest updates from all open tasks. RAG summary table. Paper to OPCC by the 10th of "
     "the month before JAC. Next JAC 04/12/2024.\n",
     "", owner="none", rem="04/11/2024", pct="0",
     nonitem="Recurring admin reminder for the Joint Audit Committee paper, not a recommendation.")
task("NCPI 2018 - R1 detention of children (with CSC)", "18/06/2018", "14/12/2018",
     "In Progress",
     "NCPI 2018 Rec 1\nWithin six months Cumbria Constabulary should, in conjunction with "
     "children's social care services, review how it manages the detention of children. As a "
     "minimum it should:\n"
     f"{PDFB} ensure that all children are only detained when absolutely necessary and for the "
     "absolute minimum amount of time;\n"
     f"{PDFB} ensure that officers and staff in the custody suite assess at an early stage a child's "
     "need for alternative accommodation (secure or otherwise) and work with children's social care "
     "services to achieve the most appropriate option for the child;\n"
     f"{PDFB} ensure that custody staff comply with their statutory duties to complete detention "
     "certificates if a child is detained for any reason in police custody following charge;\n"
     f"{PDFB} ensure that custody staff make a record of all actions taken and decisions made on "
     "the relevant documentation; and\n"
     f"{PDFB} improve the timeliness of adequate appropriate adult support for children who are "
     "arrested.\n\n"
     "Updates\n"
     "19/09/2024 CG - Concordat on children in custody signed with CSC. PACE beds still an issue "
     "(LA). Amber.\n",
     "NCPI 2018;RAG Amber", owner="dob", billing="7410", rem="13/01/2025",
     items=[("ncpi_det", "in_sync",
             "Body and ref 7410 = NCPI detention of children recommendation (five bullets, pasted "
             "from PDF so bullets show as '?'). Both open -> in_sync.")])
task("NCPI 2018 - R2 partnership working on CSE", "18/06/2018", "14/12/2018", "Completed",
     "NCPI 2018 Rec 2\nWithin six months the force should improve how it works with partner "
     "organisations to safeguard people at risk from CSE.\n\n"
     "Updates\n"
     "27/08/2019 CG - MASH co-location with CSC complete; joint CSE panel weekly. Complete.\n",
     "NCPI 2018;RAG Green", owner="atk", billing="7411", done="27/08/2019",
     items=[("ncpi_cse", "in_sync", "Body and ref 7411 = NCPI CSE partnership recommendation. "
             "HMICFRS Complete, task Completed -> in_sync.")])
task("NCPI 2018 - R3 training - missing children", "18/06/2018", "18/06/2018", "In Progress",
     "NCPI 2018 Rec 3\nImmediately, the force should make sure officers & staff have the training "
     "they need to identify and respond to missing children.\n\n"
     "Updates\n"
     "02/04/2024 CG - Missing persons e-learning refresh with L&D. 71% complete.\n",
     "NCPI 2018;RAG Amber", owner="atk", billing="7412", rem="13/01/2025",
     items=[("ncpi_miss", "closeable_local",
             "Body and ref 7412 = NCPI missing-children training recommendation. HMICFRS "
             "Superseded (closed); task In Progress -> closeable_local.")])
task("Custody (HMIP/HMICFRS) 2018 - Rec 6 ligature points Workington & Kendal", "05/11/2018",
     "31/03/2020", "In Progress",
     "Joint HMIP/HMICFRS custody report Oct 2018, rec 6 (custody recs are monitored by HMIP, not on "
     "the HMICFRS list): remove the ligature points identified in cells at Workington and Kendal "
     "custody suites.\n\n"
     "Updates\n"
     "19/09/2024 CG - Kendal done. Workington refurb in 25/26 capital programme.\n",
     "Custody 2018;RAG Amber", owner="dob", rem="13/01/2025",
     notlist=("Joint custody report recommendation, in the force's own words; nothing on the "
              "HMICFRS register about custody ligature points -> not_on_hmicfrs_list."))
task("PEEL 2018/19 - R1 supervision of investigations", "07/05/2019", "02/11/2019",
     "In Progress",
     "PEEL 18/19 - Rec 1 (linked to CoC on investigation capacity)\nHMIC recommends that within "
     "six months the force should: ensure regular and active supervision of the quality and "
     "progress of investigations. This supervision should be properly recorded;\n\n"
     "Updates\n"
     "16/10/2024 CG - Investigation standards dip-sample Q2: 81% supervisory review recorded. "
     "Crime Command want to keep monitoring.\n",
     "PEEL 2018/19;RAG Amber", owner="hodg", billing="8010", rem="13/01/2025",
     items=[("p18_sup", "closeable_local",
             "Body and ref 8010 = PEEL 2018/19 supervision recommendation. HMICFRS Complete "
             "(authorised for closure); task In Progress -> closeable_local.")])
task("PEEL 2018/19 - R2 digital evidence retrieval", "07/05/2019", "02/11/2019", "In Progress",
     "PEEL 18/19 - Rec 2\nHMIC recommends that within six months the force should: improve its "
     "ability to retrieve digital evidence from mobile phones, computers and other electronic "
     "devices quickly enough to ensure investigations are not delayed;\n\n"
     "Updates\n"
     "16/10/2024 CG - DFU backlog 212 devices (was 640). Kiosks in all 3 areas. Amber.\n",
     "PEEL 2018/19;RAG Amber", owner="hodg", billing="8011", rem="13/01/2025",
     items=[("p18_dig", "in_sync", "Body and ref 8011 = PEEL 2018/19 digital evidence "
             "recommendation. Both open -> in_sync.")])
task("PEEL 2018/19 - R3 RUI & bail management", "07/05/2019", "02/11/2019", "In Progress",
     "PEEL 18/19 - Rec 3\nHMIC recommends that within six months the force should: improve its "
     "understanding of suspects RUI and the management of those released on bail;\n\n"
     "Updates\n"
     "16/10/2024 CG - RUI numbers down 38% since Bail Act changes. Bail management unit "
     "established.\n",
     "PEEL 2018/19;RAG Amber", owner="hodg", billing="8011", rem="13/01/2025",
     items=[("p18_rui", "conflict",
             "Body is the RUI/bail recommendation (8012) but Billing Information carries 8011, the "
             "digital evidence item's reference (copied from the task above). Text decides the "
             "pair; the reference disagrees -> conflict (both open).")])
task("PEEL 2018/19 - AFI outcomes, outputs & costs", "07/05/2019", "31/03/2020", "Completed",
     "PEEL 18/19 - AFI 1\nThe force should develop its understanding of the links between its "
     "outcomes, outputs and costs\n\n"
     "Updates\n"
     "12/04/2021 CG - Outcome-based budgeting in MTFP 21/22; VfM profile analysis to COG. "
     "Complete.\n",
     "PEEL 2018/19;RAG Green", owner="patt", billing="8013", done="12/04/2021",
     items=[("p18_cost", "in_sync", "Body and ref 8013 = outcomes/outputs/costs AFI. HMICFRS "
             "Complete, task Completed -> in_sync.")])
DEM_NOTES = (
    "PEEL 18/19 - AFI 2\nThe force should undertake further work to gain a fuller understanding of "
    "current demand for its services, and likely future changes in demand. This is so it can make "
    "best use of its resources by matching them to demand to meet the needs of the public\n\n"
    "Updates\n"
    "28/06/2024 CG - FMS 2024 and demand model (Process Evolution) submitted to HMICFRS as closure "
    "evidence. Waiting for HMICFRS.\n"
    "01/03/2022 CG - Demand modelling tool procured.\n")
DEM = dict(subj="PEEL 2018/19 - AFI demand understanding", start="07/05/2019", due="31/03/2020",
           status="Waiting on someone else", notes=DEM_NOTES,
           cats="PEEL 2018/19;Submitted for closure", owner="nich", billing="8014",
           rem="28/11/2024")
task(**DEM, items=[("p18_dem", "closeable_submit",
                    "Body and ref 8014 = demand AFI. Submitted to HMICFRS as closure evidence, "
                    "waiting on HMICFRS -> force done; HMICFRS Being progressed -> "
                    "closeable_submit. (An identical copy of this task appears further down.)")])
task("PEEL 2018/19 - AFI vetting clearance / backlog", "07/05/2019", "31/03/2020", "In Progress",
     "PEEL 18/19 - AFI 3\nThe force should ensure all staff have received at least the lowest "
     "level of vetting clearance for their roles as quickly as possible, working to clear both the "
     "vetting backlog and new vetting renewals when they become due so that it complies fully with "
     "the national vetting guidelines.\n\n"
     "Updates\n"
     "05/11/2024 CG - Backlog 61 (renewals). Extra vetting officer until March 25.\n",
     "PEEL 2018/19;RAG Red", owner="wils", billing="8015", rem="13/01/2025", prio="High",
     items=[("p18_vet", "in_sync", "Body and ref 8015 = vetting AFI. Both open -> in_sync.")])
CDI_STEM = ("CDI 2019 Rec 1 - Within six months the force should put in place arrangements to "
            "ensure that:\n")
CDI_PARTS = [
    ("a", "victims believed at point of report",
     "(a) at the point of report, victims are believed;", "Completed", "14/05/2020",
     "14/05/2020 CG - 'Believe the victim' in call handling script and NCRS training. Complete.\n"),
    ("b", "call handler logs summarised accurately",
     "(b) conversations between the call handlers and callers are summarised accurately in the "
     "incident log, thus providing attending officers with full facts on which to base "
     "crime-recording decisions;", "Completed", "02/10/2020",
     "02/10/2020 CG - STORM log QA by CM supervisors, monthly. Complete.\n"),
    ("c", "multiple crimes recorded",
     "(c) multiple crimes are always recorded when described within incident records or identified "
     "as part of other recorded crime investigations;", "Completed", "02/10/2020",
     "02/10/2020 CG - FCR audit: additional crimes recorded 94%. Complete.\n"),
    ("d", "stop waiting for medicals / ABE before recording",
     "(d) the practice of awaiting the results of medical examinations or video interviews before "
     "making crime-recording decisions is stopped; and", "Completed", "30/03/2021",
     "30/03/2021 CG - Guidance to PPU + DS briefings; audit shows practice stopped. Complete.\n"),
    ("e", "online reports triaged on receipt",
     "(e) online reports of crime are triaged at the point of receipt to ensure any ongoing risks to "
     "the victim or the wider public are identified and appropriately managed.", "In Progress",
     None,
     "15/10/2024 CG - Single Online Home triage rota still not 24/7 - evidence outstanding. "
     "Chased Insp Bowness.\n"),
]
for letter, short, part, st, done, upd in CDI_PARTS:
    why = (f"Force split CDI rec 1 (8360) into one task per bullet; this is part ({letter}), ref "
           "8360 in Billing Information. Parts (a)-(d) Completed, part (e) still In Progress, so "
           "the item is not done; HMICFRS Being progressed -> both open -> in_sync for every part.")
    task(f"CDI 2019 R1({letter}) - {short}", "23/09/2019", "19/03/2020", st,
         CDI_STEM + part + "\n\nUpdates\n" + upd,
         "CDI 2019;" + ("RAG Green" if st == "Completed" else "RAG Amber"), owner="bown",
         billing="8360", done=done, rem=None if done else "13/01/2025",
         items=[("cdi_vic", "in_sync", why)])
task("CDI 2019 R2 - use of Niche to manage case files", "23/09/2019", "19/12/2019", "Completed",
     "CDI 2019 Rec 2\nWithin three months, the force should improve its use of its crime-recording "
     "and management system to better manage its case files and investigative processes.\n\n"
     "Updates\n"
     "21/02/2024 CG - Niche case file module rolled out to all CID and PPU; usage audit 96%. "
     "Complete - evidence to be sent with next return.\n",
     "CDI 2019;RAG Green", owner="bown", billing="8361", done="21/02/2024",
     items=[("cdi_r2", "closeable_submit",
             "Body and ref 8361 = CDI rec 2 (crime-recording system / case files). Task Completed; "
             "HMICFRS Being progressed -> closeable_submit.")])
task("CDI 2019 AFI 1 - S&H recording", "23/09/2019", "31/03/2020", "Completed",
     "CDI 2019 AFI 1\nThe force should make sure it records reports of stalking and harassment "
     "accurately and without delay.\n\n"
     "Updates\n"
     "11/02/2021 CG - FCR audit S&H 93% compliant. Complete.\n",
     "CDI 2019;RAG Green", owner="bown", billing="8362", done="11/02/2021",
     items=[("cdi_sh", "in_sync", "Body and ref 8362 = stalking and harassment recording AFI. "
             "HMICFRS Complete, task Completed -> in_sync.")])
task("CDI 2019 Rec 3 - HBA crime recording", "23/09/2019", "19/03/2020", "In Progress",
     "CDI 2019 Recommendation 3\nThe force should make sure it records reports of honour-based "
     "abuse accurately and without delay.\n\n"
     "Updates\n"
     "15/10/2024 CG - HBA flag on Niche; FCR audit planned Jan 25.\n",
     "CDI 2019;RAG Amber", owner="bown", billing="8363", rem="13/01/2025",
     items=[("cdi_hba", "conflict",
             "Body and ref 8363 = the HBA recording item, but the force records it as "
             "'Recommendation 3' / 'Rec 3' where HMICFRS has it as an Area for improvement. Type "
             "disagrees -> conflict (both open).")])
task("Police powers spotlight (Feb 21) - Rec 1 comms skills", "01/03/2021", "31/07/2021",
     "In Progress",
     "By July 2021, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should be "
     "in addition to existing training on conflict management and de-escalation.\n\n"
     "Updates\n"
     "09/09/2024 CG - Comms skills module in PST refresher from Oct 24. Amber.\n",
     "Police Powers 2021;RAG Amber", owner="rigg", billing="9120", rem="13/01/2025",
     items=[("pw_comms", "conflict",
             "Body and ref 9120 = communication skills recommendation, but the body says 'By July "
             "2021' where HMICFRS has 'By July 2022' (the officer took the date of the next rec). "
             "Deadline disagrees -> conflict (both open).")])
task("Police powers spotlight (Feb 21) - Rec 2 CPD / BWV debriefs", "01/03/2021", "31/07/2021",
     "In Progress",
     "By July 2021, forces should ensure that communication skills are reinforced as part of the "
     "programme of CPD for officers & staff, and that supervisors are supported to routinely and "
     "frequently debrief officers on these skills using BWV footage.\n\n"
     "Updates\n"
     "09/09/2024 CG - Supervisor BWV debrief guide drafted. Not yet launched.\n",
     "Police Powers 2021;RAG Amber", owner="rigg", billing="9121", rem="13/01/2025",
     items=[("pw_cpd", "in_sync", "Body and ref 9121 = CPD / BWV debrief recommendation "
             "(abbreviated). Both open -> in_sync.")])
BWV_PARTS = [
    ("a", "record whole S&S encounter on BWV",
     "ensure that officers record on BWV (when this is available) the entirety of all S&S "
     "encounters, including traffic stops and use of force incidents.",
     "01/12/2021 CG - BWV mandatory for all S&S per policy v4. Compliance 96%. Complete.\n"),
    ("b", "internal review of BWV footage",
     "have a structured process for regularly reviewing and monitoring internally a sufficient "
     "sample of BWV footage to identify and disseminate learning and hold officers to account when "
     "behaviour falls below acceptable standards.",
     "14/03/2022 CG - Monthly supervisor dip-sample (10 per sergeant) live. Complete.\n"),
    ("c", "scrutiny panel access to BWV",
     "provide external scrutiny panel members with access to samples of BWV footage showing S&S "
     "encounters and use of force incidents, taking account of the safeguards in the CoP's "
     "Authorised Professional Practice.",
     "14/03/2022 CG - Panel viewing sessions bi-monthly since Jan 22. Complete.\n"),
]
for letter, short, part, upd in BWV_PARTS:
    task(f"Police powers spotlight - Rec 3({letter}) {short}", "01/03/2021", "30/09/2021",
         "Completed",
         f"Rec 3 part ({letter}) - By September 2021, forces should:\n{part}\n\nUpdates\n{upd}",
         "Police Powers 2021;RAG Green", owner="rigg", billing="9122", done=upd[:10],
         items=[("pw_bwv", "closeable_submit",
                 f"Force split the three-sentence BWV recommendation (9122) into three tasks; this "
                 f"is part ({letter}). All three parts Completed -> item done; HMICFRS Being "
                 "progressed -> closeable_submit for every part.")])
task("Police powers spotlight - Rec 4 HO/NPCC UoF data (not for force)", "01/03/2021",
     "01/03/2021", "Deferred",
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a S&S is sufficient "
     "for publication. The HO should publish this data as soon as possible.\n\n"
     "Updates\n"
     "21/09/2021 CG - Not the force's responsibility to deliver; dependent upon another "
     "organisation (HO / NPCC). Marked WHITE at JAC 09/2021 - no further force action.\n",
     "Police Powers 2021;WHITE - not for force", owner="none", billing="9123", pct="0",
     items=[("pw_ho", "closeable_submit",
             "Body and ref 9123 = the Home Office/NPCC data recommendation. Outlook status "
             "'Deferred', but the note and category say WHITE: not the force's to deliver, no "
             "further force action -> force done (WHITE). HMICFRS Awaiting review -> "
             "closeable_submit (ask HMICFRS to close it for the force).")])
task("Police powers spotlight - Rec 5 UoF internal monitoring", "01/03/2021", "31/07/2021",
     "Completed",
     "By July 2021, forces should ensure they have effective internal monitoring processes on the "
     "use of force, to help them to identify and understand disproportionate use, explain the "
     "reasons and implement any necessary improvement action.\n\n"
     "Updates\n"
     "17/05/2022 CG - UoF dashboard + quarterly UoF Governance Board with ethnicity analysis. "
     "Complete.\n",
     "Police Powers 2021;RAG Green", owner="rigg", billing="9124", done="17/05/2022",
     items=[("pw_uof", "closeable_submit",
             "Body and ref 9124 = use-of-force monitoring recommendation. Task Completed; HMICFRS "
             "Being progressed -> closeable_submit.")])
task("PEEL 21/22 AFI 1 - RASSO allocation & supervision", "21/03/2022", "31/03/2023",
     "In Progress",
     "AFI 1: The force should make sure investigations of RASSO are allocated to officers with the "
     "right skills and are effectively supervised.\n\n"
     "Updates\n"
     "15/10/2024 CG - Op Soteria Bluestone roll-out phase 2. Amber.\n",
     "PEEL 2021/22;RAG Amber", owner="atk", billing="9410", rem="13/01/2025",
     items=[("p21_rasso", "in_sync", "Body and ref 9410 = RASSO AFI ('RASSO' for rape and serious "
             "sexual offences). Both open -> in_sync.")])
task("PEEL 21/22 AFI 2 - county lines intel", "21/03/2022", "31/03/2023", "Completed",
     "Updates\n"
     "30/06/2023 CG - County lines intel requirement in control strategy; Op Horizon tasking. SOC "
     "board signed off. Complete.\n",
     "PEEL 2021/22;RAG Green", owner="hodg", billing="9411", done="30/06/2023",
     items=[("p21_cl", "in_sync",
             "No recommendation text in the body; the subject 'PEEL 21/22 AFI 2 - county lines "
             "intel' and ref 9411 identify the county lines intelligence AFI. HMICFRS Complete, "
             "task Completed -> in_sync.")])
task("PEEL 21/22 AFI 3 - S&H victims kept informed", "21/03/2022", "31/03/2023", "Completed",
     "AFI 3: The force should make sure victims of stalking and harassment are kept informed about "
     "the progress of their case, in line with the VCOP.\n\n"
     "Updates\n"
     "26/07/2024 CG - VCOP compliance S&H 91% (audit Q1). Complete.\n",
     "PEEL 2021/22;RAG Green", owner="atk", billing="Ref 9412", done="26/07/2024",
     items=[("p21_stalk", "closeable_submit",
             "Body and ref 'Ref 9412' = stalking/harassment victims kept informed AFI. Task "
             "Completed; HMICFRS Being progressed -> closeable_submit.")])
task("PEEL 21/22 AFI 4 - OCSA capacity", "21/03/2022", "31/03/2023", "Not Started",
     "AFI 4: The force should make sure it has enough specialist capacity and capability to "
     "investigate online child sexual abuse.\n",
     "PEEL 2021/22;RAG Red", owner="atk", billing="HMICFRS 9413", rem="13/01/2025",
     items=[("p21_ocsa", "in_sync", "Body and ref 9413 = online child sexual abuse capacity AFI. "
             "Task Not Started (open), HMICFRS Awaiting review -> in_sync.")])
task("PEEL 21/22 AFI 5 - VAWG offender mgmt", "21/03/2022", "31/03/2023", "In Progress",
     "AFI 5: The force should improve the way it manages the risk posed by offenders involved in "
     "VAWG.\n\n"
     "Updates\n"
     "15/10/2024 CG - DRIVE programme in West area; MATAC business case to COG Dec 24.\n",
     "PEEL 2021/22;RAG Amber", owner="atk", billing="#9414", rem="13/01/2025",
     items=[("p21_vawg", "in_sync", "Body and ref '#9414' = VAWG offender management AFI. Both "
             "open -> in_sync.")])
task("PEEL 21/22 AFI 6 - ASB performance framework", "21/03/2022", "31/03/2023", "In Progress",
     "AFI 6: The force should make sure its performance framework gives senior leaders a clear "
     "picture of its response to ASB.\n\n"
     "Updates\n"
     "22/10/2024 CG - ASB dashboard in Qlik; awaiting Performance Board sign-off. Amber.\n",
     "PEEL 2021/22;RAG Amber", owner="nich", billing="9415", rem="13/01/2025",
     items=[("p21_asb", "closeable_local",
             "Body and ref 9415 = ASB performance framework AFI. HMICFRS Complete (authorised for "
             "closure at PEEL 2023/25); task In Progress -> closeable_local.")])
task("PEEL 21/22 AFI 7 - rural crime problem solving", "21/03/2022", "31/03/2023", "Completed",
     "AFI 7: The force should develop a problem-solving approach to rural crime, working with local "
     "communities and partners.\n\n"
     "Updates\n"
     "03/10/2024 CG - Rural Crime Team + Farm Watch; POP plans for 6 rural hotspots. Complete.\n",
     "PEEL 2021/22;RAG Green", owner="rigg", billing="9416", done="03/10/2024",
     items=[("p21_rural", "closeable_submit",
             "Body and ref 9416 = rural crime problem-solving AFI. Task Completed; HMICFRS Being "
             "progressed -> closeable_submit.")])
# sync duplicate created when the mailbox moved to Exchange Online (Aug 2022)
task(**DEM, items=[("p18_dem", "closeable_submit",
                    "Exact duplicate of the demand AFI task above (every field identical; "
                    "Outlook made a copy when the mailbox was migrated). Same item 8014, same "
                    "decision: force done (submitted), HMICFRS open -> closeable_submit.")])

# ---- Block 4: not HMICFRS items but kept in the same folder.
task("Internal audit 23/24 - FL governance arrangements", "10/07/2023", "31/03/2024",
     "In Progress",
     "Internal audit action: Internal audit of the firearms licensing governance arrangements "
     "(audit plan 2023/24). Agreed management action: FLU to refresh its governance framework "
     "against APP and report to JAC.\n\n"
     "Updates\n"
     "05/11/2024 CG - Draft framework with Supt; JAC March 25.\n",
     "Internal Audit;RAG Amber", owner="fell", rem="13/01/2025",
     notlist=("Internal audit action on firearms licensing governance, not an HMICFRS item "
              "(resembles Targeting the risk rec 1 only in topic; that rec has its own task) -> "
              "not_on_hmicfrs_list."))
task("Force improvement plan - hate crime dip-sampling", "04/04/2023", "31/03/2025",
     "In Progress",
     "Force improvement plan: Dip-sample 50 hate crime crime reports each quarter and report "
     "findings to the Crime Standards Board\n\n"
     "Updates\n"
     "15/10/2024 CG - Q2 done (48 reviewed).\n",
     "Force improvement plan;RAG Amber", owner="bown", rem="13/01/2025",
     notlist=("Force's own improvement-plan action on hate crime; no hate crime item on the "
              "HMICFRS list -> not_on_hmicfrs_list."))
task("PEEL 2023-25 - fieldwork document request (DR1-DR46)", "15/01/2024", "09/02/2024",
     "Completed",
     "46 documents uploaded to HMICFRS SharePoint 08/02. Index in the PEEL folder.\n",
     "PEEL 2023/25", owner="none", done="08/02/2024",
     nonitem="Admin task (inspection document request), not a recommendation.")
task("PEEL 23/25 AFI - DA victims kept informed", "20/05/2024", "31/03/2025", "In Progress",
     "The force should make sure victims of domestic abuse are kept informed about the progress of "
     "their case, in line with the Code of Practice for Victims of Crime.\n\n"
     "Updates\n"
     "15/10/2024 CG - Victim contact plan template on Niche (DA). Witness Care capacity review.\n",
     "PEEL 2023/25;RAG Amber", owner="atk", billing="9801", rem="13/01/2025",
     items=[("p23_da", "in_sync",
             "Body is word for word the same as the 2016 DA AFI, but subject, category PEEL "
             "2023/25 and ref 9801 put it on the 2023/25 item. Both open -> in_sync.")])
task("PEEL 23/25 AFI - S&H ancillary orders", "20/05/2024", "31/03/2025", "Not Started",
     "Cumbria Constabulary should make sure it consistently uses ancillary orders and other powers "
     "to protect victims of stalking and harassment.\n",
     "PEEL 2023/25;RAG Amber", owner="atk", billing="9802", rem="13/01/2025",
     items=[("p23_stalk", "in_sync", "Body and ref 9802 = stalking/harassment ancillary orders "
             "AFI. Task Not Started, HMICFRS Awaiting review -> in_sync.")])
task("PEEL 23/25 Rec - misconduct NFA outcomes fair", "20/05/2024", "10/11/2024", "In Progress",
     "Within six months the force should satisfy itself that it has processes in place to ensure "
     "that investigations into misconduct by officers & staff resulting in \u201cno further "
     "action\u201d are fair and free of any form of discrimination.\n\n"
     "Updates\n"
     "05/11/2024 CG - PSD disproportionality review of NFA outcomes 2021-24 under way.\n",
     "PEEL 2023/25;RAG Amber", owner="wils", billing="9804", rem="02/12/2024", prio="High",
     items=[("p23_misc", "in_sync",
             "Body ('Within six months the force should ...') and ref 9804 = the 2023/25 "
             "misconduct recommendation, not the 2015 Integrity matters rec (which has no task). "
             "Both open -> in_sync.")])
task("Chase Insp Bowness re CDI R1(e) evidence", "15/10/2024", "29/10/2024", "Not Started",
     "Online reports triage evidence still outstanding - chased 01/10 and 15/10.\n",
     "CDI 2019", owner="bown", rem="29/10/2024",
     nonitem="Admin chase-up reminder about evidence for CDI rec 1 part (e); the part itself "
             "has its own task. Not an item.")
task("Check HMICFRS monitoring portal for new recs", "06/11/2024", "06/12/2024", "Not Started",
     "Monthly. Download the definitive list and compare with this folder.\n",
     "", owner="none", rem="06/12/2024",
     nonitem="Recurring admin reminder, not a recommendation.")

# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------
HEAD = ["Subject", "Start Date", "Due Date", "Reminder On/Off", "Reminder Date", "Reminder Time",
        "Date Completed", "% Complete", "Total Work", "Actual Work", "Billing Information",
        "Categories", "Companies", "Contacts", "Mileage", "Notes", "Priority", "Private", "Role",
        "Schedule+ Priority", "Sensitivity", "Status"]
NODATE = "0/0/00"


def q(v: str) -> str:
    return '"' + v.replace('"', '""') + '"'


def task_fields(t):
    rem_on = t["rem"] is not None and t["status"] != "Completed"
    return [t["subj"], t["start"] or NODATE, t["due"] or NODATE, "True" if rem_on else "False",
            t["rem"] if rem_on else NODATE, "09:00:00" if rem_on else "",
            t["done"] if t["status"] == "Completed" else NODATE, t["pct"], "0", "0",
            t["billing"], t["cats"], t["dept"], t["contact"], t["mileage"],
            t["notes"].replace("\n", "\r\n"), t["prio"], "False", "", "", "Normal", t["status"]]


def write_tracker(path):
    lines = [",".join(q(h) for h in HEAD)]
    for t in T:
        lines.append(",".join(q(v) for v in task_fields(t)))
    data = ("\r\n".join(lines) + "\r\n").encode("cp1252", errors="replace")
    with open(path, "wb") as f:
        f.write(data)


def write_hmicfrs(path):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False})
    wb.set_properties({"title": "Recommendations register export", "author": "HMICFRS",
                       "company": "HMICFRS", "created": dt.datetime(2024, 11, 11, 8, 30, 0)})
    ws = wb.add_worksheet("Recommendations")
    hf = wb.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1, "text_wrap": True,
                        "valign": "top"})
    tf = wb.add_format({"text_wrap": True, "valign": "top"})
    df = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
    nf = wb.add_format({"valign": "top"})
    cols = ["Reference", "Force", "Report", "Publication date", "Type", "Recommendation",
            "Status", "Status date", "Comment"]
    widths = [11, 22, 48, 14, 20, 90, 18, 12, 50]
    for c, (h, w) in enumerate(zip(cols, widths)):
        ws.write_string(0, c, h, hf)
        ws.set_column(c, c, w)
    for i, (key, ref, (rep, pub), typ, text, st, sdate, com) in enumerate(H, start=1):
        ws.write_number(i, 0, ref, nf)
        ws.write_string(i, 1, FORCE, nf)
        ws.write_string(i, 2, rep, tf)
        ws.write_datetime(i, 3, dt.datetime.combine(pub, dt.time()), df)
        ws.write_string(i, 4, typ, nf)
        ws.write_string(i, 5, text, tf)
        ws.write_string(i, 6, st, nf)
        ws.write_datetime(i, 7, dt.datetime.combine(sdate, dt.time()), df)
        ws.write_string(i, 8, com, tf)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, len(H), len(cols) - 1)
    wb.close()


OPEN_H = {AR, BP}


def expected(hkey, force_done):
    h_open = HBY[hkey][5] in OPEN_H
    if h_open and force_done:
        return "closeable_submit"
    if not h_open and not force_done:
        return "closeable_local"
    return "in_sync"


def build_truth():
    rows, seen = [], set()
    # force state per item: done only if every row carrying it is done
    per_item: dict[str, list[bool]] = {}
    for t in T:
        d = t["status"] == "Completed" or t["status"] == "Waiting on someone else" \
            or "WHITE" in t["cats"] or "Complete." in t["notes"].split("\n\n")[-1] \
            or (t["status"] == "Not Started" and "*** CG 03/02/2020 - Complete." in t["notes"])
        t["_done"] = d
        for k, _, _ in t["items"]:
            per_item.setdefault(k, []).append(d)
    for r, t in enumerate(T, start=2):
        frow = f"tracker.csv!{r}"
        if t["nonitem"]:
            continue
        if t["notlist"]:
            rows.append(("", frow, "not_on_hmicfrs_list", t["notlist"]))
            continue
        for k, cat, why in t["items"]:
            exp = expected(k, all(per_item[k]))
            if cat != "conflict":
                assert cat == exp, (t["subj"], k, cat, exp)
            rows.append((HROW[k], frow, cat, why))
            seen.add(k)
    missing_why = {
        "integ": "Integrity matters (2015) misconduct 'no further action' rec: no task carries it "
                 "(the predecessor's completed 2015 tasks were purged in the 2016 mailbox clean-up; "
                 "the similar 2023/25 rec 9804 has its own task) -> missing_from_force.",
        "pic": "Building the picture (2015) information management audits rec: no task mentions "
               "it -> missing_from_force.",
        "p18_coc": "PEEL 2018/19 cause of concern (capacity and capability to investigate): the "
                   "force loaded only the recommendations; rec 1's body says 'linked to CoC' but "
                   "no task holds the cause of concern itself -> missing_from_force.",
        "p23_fraud": "PEEL 2023/25 fraud AFI: not yet loaded into the folder -> missing_from_force.",
        "p23_knife": "PEEL 2023/25 knife crime AFI: not yet loaded -> missing_from_force.",
        "p23_hba": "PEEL 2023/25 HBA training AFI: not yet loaded (the CDI 2019 HBA recording task "
                   "is a different item) -> missing_from_force.",
    }
    for h in H:
        if h[0] not in seen:
            rows.append((HROW[h[0]], "", "missing_from_force", missing_why[h[0]]))
    assert set(missing_why) == {h[0] for h in H} - seen
    return rows


def write_truth(path, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for r in rows:
        w.writerow(r)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


README = """# Case `outlook_task_body_register` (round 71, case A)

## The story

Cumbria Constabulary's Force Liaison Lead (FLL) for HMICFRS keeps the force's recommendations
not in a spreadsheet but as **Outlook tasks** in the Tasks folder of the shared mailbox
"HMIC Liaison". Tasks were chosen because their reminders chase the owners. The first liaison
officer, DS Jo Armstrong ("JA", 2013-2017), kept the tasks in her own mailbox. The current FLL,
Claire Graham ("CG", from autumn 2017), imported JA's tasks from a PST in January 2018 and
has carried on since. For the December 2024 Joint Audit Committee the analyst exported the
folder with Outlook's *Import/Export wizard -> Export to a file -> Comma Separated Values*
(`tracker.csv`). The analyst has to reconcile it with the definitive list downloaded from the
HMICFRS monitoring portal on 11/11/2024 (`hmicfrs.xlsx`).

How the folder was used, as the export shows it:

- **Subject** is a short title, usually "<report shorthand> - <rec no.> - <topic>". It is not
  the recommendation, except in row 3, where CG typed an abridged recommendation into the subject.
- **Notes** (the task body) hold the recommendation text, pasted from the report PDF, and then
  the updates. JA pasted the text *below* her update lines, newest first, each starting with
  "*** JA dd/mm/yyyy". CG puts the text first and an "Updates" block below it. The pasted text
  keeps the PDF's hard line breaks (rows 16, 28) and its Symbol-font bullets (U+F0B7).
  Windows-1252 cannot hold those bullets, so they came out as "?" (rows 12, 29, 34). CG's
  "\u2713" and "\u2192" came out as "?" too (rows 13, 14). Long texts are abbreviated (S&S, MSHT, CCs, CoP,
  RASSO, VCOP, BWV, HO).
- **Categories** hold "<report tag>;<RAG>". JA never renamed Outlook's colour categories, so
  her tasks carry "Green Category", "Yellow Category" (= amber) and "Red Category". CG uses
  "RAG Green/Amber/Red", "Submitted for closure" and "WHITE - not for force". Some categories
  are stale. The RAG is never the deciding signal.
- **Contacts** holds the owner ("Surname, Forename (rank)"), **Companies** the department.
  **Billing Information** holds the HMICFRS register reference, on CG's tasks from 2018 only
  ("9410", "Ref 9412", "HMICFRS 9413", "#9414"). **Mileage** holds JA's own running number
  ("Rec 1"). That is a tracker number, not an HMICFRS reference.
- **Status** is Outlook's: Not Started / In Progress / Waiting on someone else / Deferred /
  Completed, with **% Complete** as a fraction of one and **Date Completed**.

How a careful reader decides "force done" (the rule used for every truth line):
done = Status *Completed*; or *Waiting on someone else* with a note saying it was submitted to
HMICFRS for closure; or marked WHITE (not the force's to deliver); or, where the Outlook status
was never touched, a latest update that says plainly "Complete". Anything else is open,
including "Deferred" with a "parked" note. Stale RAG categories are ignored when Status and
the notes agree.

## The files

**hmicfrs.xlsx**: one sheet, `Recommendations`. The header is row 1 and the 69 item rows are
rows 2-70. The header row is frozen and has an autofilter. Columns: Reference (integer,
unique register id), Force, Report (full title), Publication date (real date, dd/mm/yyyy),
Type (Recommendation / Area for improvement / Cause of concern), Recommendation (verbatim
text, with line breaks, curly quotes, bullets and stray footnote digits "20" and "86"),
Status (Awaiting review / Being progressed / Complete / Superseded / No further action
required), Status date, Comment. Rows are sorted by Reference. There are no title, note or
blank rows.

**tracker.csv**: Outlook's task export. Windows-1252 with no BOM, CRLF, every field
double-quoted. It has Outlook's 22 standard task columns in Outlook's order: Subject, Start
Date, Due Date, Reminder On/Off, Reminder Date, Reminder Time, Date Completed, % Complete,
Total Work, Actual Work, Billing Information, Categories, Companies, Contacts, Mileage, Notes,
Priority, Private, Role, Schedule+ Priority, Sensitivity, Status. The header is row 1 and the
73 task records are rows 2-74. Each record is one row even though Notes spans many physical
lines. Dates are dd/mm/yyyy. Outlook's "None" date is written `0/0/00`. Record order is the
folder's: CG's late-2017 tasks (rows 2-15), then JA's PST import (rows 16-32), then CG's tasks
from 2018 on (rows 33-74).

Read it with `pd.read_csv("tracker.csv", encoding="cp1252", dtype=str, keep_default_na=False)`.

## What the layout brings (row numbers as Excel shows them)

1. **Recommendation only in a multi-line body.** Every item's text sits in Notes, mixed with update
   lines. Sometimes the text comes first (CG) and sometimes after the updates (JA, rows 16-32).
2. **The text is not in the body at all.** In row 3 an abridged recommendation sits in the
   subject and the body holds only updates. In row 60 there is no text anywhere: the subject
   "AFI 2 - county lines intel" and Billing Information 9411 decide it.
3. **E-mail dragged into Tasks** (row 27). The body starts with the e-mail header
   (From/Sent/To/Subject) and quotes two recommendations (4123, 4124), followed by a signature
   and JA's closing note.
4. **One task holding several items.** Row 20 holds all four Policing in Austerity recommendations,
   numbered 1-4. Row 12 holds the PEEL Legitimacy 2017 cause of concern and its monitoring
   recommendation. Row 27 holds two firearms recommendations.
5. **One item split over several tasks.** CDI 2019 rec 1 (8360) is split one task per bullet,
   rows 44-48. Parts (a)-(d) are Completed and (e) is In Progress, so the item is not done and
   all five lines are in_sync. The BWV recommendation (9122) is split over rows 54-56, all
   Completed, so the item is done and all three are closeable_submit.
6. **Exact duplicate task** (rows 42 and 66, identical in every field). The mailbox migration
   made the copy. Both lines are on 8014 with the same decision.
7. **Outlook status vs the officer's meaning.** "Deferred" means "parked" in row 9 (open) and
   WHITE / not the force's in row 57 (done). "Waiting on someone else" = submitted for closure
   (rows 5, 23, 42, 66). Row 31 is still "Not Started" but its only update says Complete (done).
8. **References only from 2018, in mixed forms, one wrong.** Row 40 carries 8011, copied from
   row 39, but its text is 8012 (RUI/bail).
9. **Encoding damage.** "?" stands for PDF bullets, \u2713 and \u2192 (rows 12, 13, 14, 29, 34).
   Curly quotes pasted by JA became straight ones.

## Traps and how the truth decides them

- **Near-identical texts across reports.** S&S 2013 rec 3 (3309) and S&S powers 2 (3904)
  differ only in "elected local policing bodies" vs "police and crime commissioners" and "for
  example, young people" vs "for example young people". Row 18 is 3309 and row 23 is 3904.
  The 2016 DA "kept informed" AFI (5543) and the PEEL 2023/25 one (9801) are word for word the
  same. Report tag and reference decide: row 31 is 5543 and row 70 is 9801. The Integrity
  matters 2015 misconduct rec (3811) and the PEEL 2023/25 rec (9804) share their body. Row 72
  is 9804 (2023/25 tag, "Within six months", ref 9804), so 3811 is missing_from_force.
- **Two reports called "PEEL Efficiency 2017".** The national overview (6702) and the force
  report (6750, 6751) both sit under the force's "PEEL Efficiency 2017" category. Row 9 says
  "(national)" and its body is the national digital recommendation.
- **Conflicts (6).** Row 22 has deadline "31 March 2016" where the register has 2015 (3703).
  Row 52 has "By July 2021" where the register has July 2022 (9120). Row 2 is missing the fourth
  bullet of the Stolen Freedom leadership recommendation (6630). Row 8 files the Stolen Freedom
  preventative powers recommendation (6636) under PEEL Efficiency 2017 (report). Row 51 calls an
  AFI "Recommendation 3" (8363, type). Row 40 carries the wrong reference, 8011 for 8012.
- **Lookalikes that are not items on the list.** Row 67 is an internal-audit action on
  firearms licensing governance (topic of 4120). Row 32 is a PEEL Effectiveness 2014 DA AFI,
  written to the same pattern as the 2016 CSE AFI and the 2023/25 fraud AFI. Row 37 is a joint
  custody (HMIP) recommendation. Row 68 is a force improvement-plan action. All four are
  not_on_hmicfrs_list.
- **Admin tasks in the same folder** are not items (see below). Row 73 is a chase-up about CDI
  rec 1(e) and must not be taken for a sixth part of the split.
- **Cause of concern not tracked.** Row 38 mentions "linked to CoC" but no task holds the
  PEEL 2018/19 cause of concern (8009), so it is missing_from_force.
- **Deliberately kept open.** Rows 14, 17, 20 and 29 note that the force keeps a task open
  although HMICFRS has closed it. These are closeable_local.

## Counts (truth lines)

| category | lines |
|---|---|
{{COUNTS}}

There are 69 HMICFRS items, 73 task records, 69 item records (4 of them not on the HMICFRS list) and 4
admin records.

## Rows that are not items (not in truth.csv)

- hmicfrs.xlsx `Recommendations!1`: header row.
- tracker.csv row 1: header row.
- tracker.csv row 33, "JAC - HMICFRS update paper (quarterly)": a recurring admin reminder.
- tracker.csv row 69, "PEEL 2023-25 - fieldwork document request (DR1-DR46)": inspection
  admin.
- tracker.csv row 73, "Chase Insp Bowness re CDI R1(e) evidence": a chase-up reminder. The
  part it chases is row 48.
- tracker.csv row 74, "Check HMICFRS monitoring portal for new recs": a recurring admin
  reminder.

## Checks run

- Every tracker record except the four admin rows appears in truth.csv: once, or once per item
  for rows 12, 20 and 27. Every HMICFRS row 2-70 appears at least once. The builder asserts
  that each non-conflict category follows from the two statuses (with the "done only when every
  part is" rule for splits).
- Files read back: `pd.read_csv(..., encoding="cp1252")` gives 73 x 22, and
  `pd.read_excel` / openpyxl give 69 items x 9 columns on sheet `Recommendations`.
  truth.csv reads back as 80 x 4.
- Two builds in a row gave byte-identical files (sha256 compared). The workbook's created date
  is fixed and XlsxWriter writes fixed zip timestamps. There is no clock and no randomness.
- `reconcile` was not run or imported. Nothing under /work/main/reconcile was read beyond the
  allowed text lists.
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    write_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    write_tracker(os.path.join(OUT, "tracker.csv"))
    rows = build_truth()
    write_truth(os.path.join(OUT, "truth.csv"), rows)
    counts = Counter(r[2] for r in rows)
    text = README.replace("{{COUNTS}}", "\n".join(
        f"| {c} | {counts.get(c, 0)} |" for c in
        ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
         "not_on_hmicfrs_list", "review"]) + f"\n| **total lines** | **{len(rows)}** |")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(len(H), "HMICFRS items;", len(T), "tasks;", len(rows), "truth lines")
    print(Counter(r[2] for r in rows))


if __name__ == "__main__":
    main()
