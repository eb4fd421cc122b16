"""Build the evaluation case `status_vocab_eras_shifted_paste` (round 76).

A force Organisational Learning tracker kept for ten years by three custodians, each with their
own status vocabulary in the same column (RAG letters to 2019, Open/Closed after the January 2019
cleanse, numbered stages from April 2021), a hidden column holding the pre-cleanse RAG, and one
block of PEEL 2021/22 rows pasted one column to the right. The HMICFRS side is a definitive list
workbook with register IDs.

Run: /work/main/.venv/bin/python /tmp/indep76/build_status_vocab_eras_shifted_paste.py
Rebuilds every file byte for byte (no clock, fixed document properties, fixed zip timestamps).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

CASE = "status_vocab_eras_shifted_paste"
OUT = os.path.join("/tmp/indep76", CASE)
FIXED = dt.datetime(2025, 3, 6, 9, 0, 0)
ZIP_TIME = (2025, 3, 6, 9, 0, 0)

HSHEET = "Recommendations"
FSHEET = "Tracker"

D = dt.datetime
REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")

# ---------------------------------------------------------------------------------------------
# Real HMICFRS wording (Open Government Licence), copied as literals from
# /work/main/reconcile/casegen/texts/national.py, force.py (BODIES/STEMS/TOPIC_BODIES),
# /work/shared/data/real_recommendations.csv and the WMP JAC paper of 30 November 2017.
# ---------------------------------------------------------------------------------------------
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
DA_COC_JAC = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. This is "
    "an enduring cause of concern from HMIC's report on vulnerability in 2015 and is one of the "
    "recommendations from HMIC's report on its domestic abuse inspection in 2014 that still "
    "needs to be implemented. In cases where a DASH risk assessment is not completed the "
    "officer should record an assessment on the crime management system. HMIC found that "
    "officers are not consistently completing a DASH in circumstances where force policy "
    "requires that they should do so. This means that some victims of domestic abuse who may "
    "be at risk of harm are not being appropriately risk-assessed."
)
DA_REC_JAC = (
    "To address this cause of concern, HMIC recommends the force should immediately take steps "
    "to ensure that:\n"
    "• there is effective supervision of the initial risk assessment process, specifically in "
    "relation to the completion of DASH risk assessment in appropriate cases."
)
MC_COC = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. We also found incidents where the risk "
    "had not been identified, even where good information was available on the police "
    "database. In some cases there was information to indicate that children were at risk of "
    "sexual exploitation, but this did not influence the assigned risk and categorisation. "
    "Children were incorrectly graded at a lower level and could have been exposed to an "
    "increased risk of harm. This is an enduring cause of concern from HMIC’s report on "
    "vulnerability in 2015."
)
MC_REC = (
    "To address this cause of concern the force should immediately review its approach to "
    "reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately; • call "
    "takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and • "
    "supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action"
)
NCPI_DETENTION = (
    "Within six months West Midlands Police should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• "
    "ensure that all children are only detained when absolutely necessary and for the absolute "
    "minimum amount of time;• ensure that officers and staff in the custody suite assess at an "
    "early stage a child’s need for alternative accommodation (secure or otherwise) and work "
    "with children’s social care services to achieve the most appropriate option for the "
    "child;• ensure that custody staff comply with their statutory duties to complete "
    "detention certificates if a child is detained for any reason in police custody following "
    "charge;• ensure that custody staff make a record of all actions taken and decisions made "
    "on the relevant documentation; and• improve the timeliness of adequate appropriate adult "
    "support for children who are arrested."
)

# Register comments seen on the old HMICFRS register pages (research notes §1.2).
C_SUPERSEDED = ("This area of activity has subsequently been inspected in HMIC's PEEL "
                "Effectiveness inspections. Where a cause of concern still exists this will "
                "appear in the register against these subsequent inspections.")
C_MONITORED = ("The progress of the implementation of this recommendation is currently being "
               "monitored by HMICFRS and this record will, in due course, be updated.")
C_REVIEWING = ("The status of this recommendation is currently being reviewed by HMIC and will "
               "be updated when this review is complete.")
C_COMPLETE = "This recommendation is complete"
C_NEW = "New recommendation"
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by "
          "members of the inspection team in recent inspection activity.")

R_SAS13 = "Stop and search powers: Are the police using them effectively and fairly?"
R_EVERY = "Everyone's business: Improving the police response to domestic abuse"
R_AUST = "Policing in austerity: Meeting the challenge"
R_CORE = ("Core Business: an inspection into crime prevention, police attendance and the use "
          "of police time")
R_INTEG = ("Integrity matters: An inspection of arrangements to ensure integrity and to provide "
           "the capability to tackle corruption in policing")
R_SAS15 = "Stop and search powers 2: are the police using them effectively and fairly?"
R_PICT = "Building the picture: an inspection of police information management"
R_FIRE = ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms "
          "licensing in police forces in England and Wales")
R_E16 = "PEEL: Police effectiveness 2016 – West Midlands Police"
R_CDI = "Crime data integrity inspection 2017 – West Midlands Police"
R_STOLEN = "Stolen freedom: the policing response to modern slavery and human trafficking"
R_EFC17N = "PEEL: Police efficiency 2017 (national overview)"
R_EFC17F = "PEEL: Police efficiency 2017 – West Midlands Police"
R_LEG17 = "PEEL: Police legitimacy 2017 (national overview)"
R_NCPI = "National child protection inspection 2018 – West Midlands Police"
R_P19 = "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Midlands Police"
R_POWERS = ("Disproportionate use of police powers: A spotlight on stop and search and the use "
            "of force")
R_P22 = "PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – West Midlands Police"
R_P24 = "PEEL: Police effectiveness, efficiency and legitimacy 2023–25 – West Midlands Police"

ALL = "All forces"
WMP = "West Midlands Police"

# key, ID, force, report, published, type, text, status, status date, comment
HM = [
    ("sas13_1", 1204, ALL, R_SAS13, D(2013, 7, 9), NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.",
     "Complete", D(2015, 6, 30), C_COMPLETE),
    ("sas13_2", 1205, ALL, R_SAS13, D(2013, 7, 9), NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.",
     "Complete", D(2018, 4, 27), C_AUTH),
    ("sas13_3", 1206, ALL, R_SAS13, D(2013, 7, 9), NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.",
     "Being progressed", D(2019, 1, 14), C_MONITORED),
    ("every", 2321, ALL, R_EVERY, D(2014, 3, 27), NAT, EVERYONE_PLAN,
     "Superseded", D(2017, 3, 2), C_SUPERSEDED),
    ("aust_1", 3310, ALL, R_AUST, D(2014, 7, 22), NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews",
     "No further action required", D(2017, 11, 9), C_SUPERSEDED),
    ("aust_2", 3311, ALL, R_AUST, D(2014, 7, 22), NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.",
     "No further action required", D(2017, 11, 9), C_SUPERSEDED),
    ("aust_3", 3312, ALL, R_AUST, D(2014, 7, 22), NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.",
     "No further action required", D(2017, 11, 9), C_SUPERSEDED),
    ("aust_4", 3313, ALL, R_AUST, D(2014, 7, 22), NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there is "
     "scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.",
     "No further action required", D(2017, 11, 9), C_SUPERSEDED),
    ("core_1", 4822, ALL, R_CORE, D(2014, 9, 4), NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.",
     "Superseded", D(2017, 3, 2), C_SUPERSEDED),
    ("core_2", 4823, ALL, R_CORE, D(2014, 9, 4), NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.",
     "Being progressed", D(2019, 1, 14), C_REVIEWING),
    ("integ", 902, ALL, R_INTEG, D(2015, 1, 30), NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     "Complete", D(2016, 2, 11), C_COMPLETE),
    ("sas15", 5016, ALL, R_SAS15, D(2015, 3, 24), NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure that "
     "they comply with the Code of Practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example young people.",
     "Being progressed", D(2019, 1, 14), C_MONITORED),
    ("pict", 5120, ALL, R_PICT, D(2015, 7, 1), NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure that "
     "categorisation of records are regularly adjusted.",
     "Being progressed", D(2019, 1, 14), C_MONITORED),
    ("fa_1", 5301, ALL, R_FIRE, D(2015, 9, 15), NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.",
     "Complete", D(2016, 9, 1), C_COMPLETE),
    ("fa_2", 5302, ALL, R_FIRE, D(2015, 9, 15), NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.",
     "Being progressed", D(2019, 1, 14), C_MONITORED),
    ("fa_3", 5303, ALL, R_FIRE, D(2015, 9, 15), NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     "Awaiting review", D(2019, 1, 14), C_REVIEWING),
    ("fa_4", 5304, ALL, R_FIRE, D(2015, 9, 15), NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     "Complete", D(2020, 10, 5), C_AUTH),
    ("fa_5", 5305, ALL, R_FIRE, D(2015, 9, 15), NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment which "
     "they should be undertaking in such circumstances, and their power, when appropriate, to "
     "seize firearms and firearm certificates.",
     "Being progressed", D(2019, 1, 14), C_MONITORED),
    ("e16_coc_da", 6402, WMP, R_E16, D(2017, 3, 2), COC, DA_COC_JAC,
     "Being progressed", D(2017, 3, 2), C_NEW),
    ("e16_rec_da", 6403, WMP, R_E16, D(2017, 3, 2), REC, DA_REC_JAC,
     "Being progressed", D(2017, 3, 2), C_NEW),
    ("e16_coc_mc", 6404, WMP, R_E16, D(2017, 3, 2), COC, MC_COC,
     "Complete", D(2018, 3, 22), C_AUTH),
    ("e16_rec_mc", 6405, WMP, R_E16, D(2017, 3, 2), REC, MC_REC,
     "Complete", D(2018, 3, 22), C_AUTH),
    ("cdi_1", 6981, WMP, R_CDI, D(2017, 9, 7), REC, CDI_VICTIMS,
     "Being progressed", D(2019, 1, 14), C_MONITORED),
    ("cdi_2", 6982, WMP, R_CDI, D(2017, 9, 7), REC,
     "Within three months, the force should revise its approach to cautions, cannabis warning "
     "and penalty notices for disorder to ensure that there is a clear and auditable "
     "explanation to the offender of the implications of receiving the warning and that, for "
     "victim-based crimes, there is a clear and auditable record that views of the victim are "
     "considered prior to their issue.",
     "Complete", D(2018, 10, 30), C_COMPLETE),
    ("cdi_3", 6983, WMP, R_CDI, D(2017, 9, 7), REC,
     "Immediately, the force should make sure it records reports of rape and serious sexual "
     "offences accurately and without delay.",
     "Being progressed", D(2019, 1, 14), C_MONITORED),
    ("cdi_4", 6984, WMP, R_CDI, D(2017, 9, 7), REC,
     "Within six months the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     "Being progressed", D(2019, 1, 14), C_MONITORED),
    ("cdi_afi1", 6985, WMP, R_CDI, D(2017, 9, 7), AFI,
     "The force should improve its use of its crime-recording and management system to better "
     "manage its case files and investigative processes.",
     "Being progressed", D(2019, 1, 14), C_MONITORED),
    ("cdi_afi2", 6986, WMP, R_CDI, D(2017, 9, 7), AFI,
     "The force should make sure it records reports of anti-social behaviour accurately and "
     "without delay.",
     "Complete", D(2019, 6, 3), C_COMPLETE),
    ("st_1", 7714, ALL, R_STOLEN, D(2017, 10, 24), NAT, SF_LEADERSHIP,
     "Being progressed", D(2019, 1, 14), C_MONITORED),
    ("st_2", 7715, ALL, R_STOLEN, D(2017, 10, 24), NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible",
     "Being progressed", D(2019, 1, 14), C_MONITORED),
    ("st_3", 7716, ALL, R_STOLEN, D(2017, 10, 24), NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     "Complete", D(2018, 11, 19), C_COMPLETE),
    ("st_4", 7717, ALL, R_STOLEN, D(2017, 10, 24), NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.",
     "Being progressed", D(2019, 1, 14), C_MONITORED),
    ("st_5", 7718, ALL, R_STOLEN, D(2017, 10, 24), NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.",
     "Awaiting review", D(2019, 1, 14), C_REVIEWING),
    ("st_6", 7719, ALL, R_STOLEN, D(2017, 10, 24), NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the use "
     "where appropriate of joint intelligence teams and other means to obtain intelligence and "
     "evidence from agencies overseas).",
     "Being progressed", D(2019, 1, 14), C_MONITORED),
    ("st_7", 7720, ALL, R_STOLEN, D(2017, 10, 24), NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.",
     "Complete", D(2018, 11, 19), C_COMPLETE),
    ("efc17n", 7801, ALL, R_EFC17N, D(2017, 11, 9), NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.",
     "Being progressed", D(2019, 1, 14), C_MONITORED),
    ("efc17f", 7802, WMP, R_EFC17F, D(2017, 11, 9), AFI,
     "The force should ensure that it has sufficient resources available in the control room "
     "to fulfil its resourcing model, and so to meet its demand, while also taking into account "
     "the wellbeing of its workforce.",
     "Being progressed", D(2019, 1, 14), C_MONITORED),
    ("leg_coc", 8541, ALL, R_LEG17, D(2017, 12, 12), COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.",
     "Being progressed", D(2019, 1, 14), C_MONITORED),
    ("leg_1", 8542, ALL, R_LEG17, D(2017, 12, 12), NAT, SAS_MONITORING_2017,
     "Being progressed", D(2019, 1, 14), C_MONITORED),
    ("leg_2", 8543, ALL, R_LEG17, D(2017, 12, 12), NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n"
     "•carried out research and analysis in an attempt to understand the reasons for the "
     "disparity, and •taken action to reduce the disparity, where necessary;",
     "Being progressed", D(2019, 1, 14), C_MONITORED),
    ("leg_3", 8544, ALL, R_LEG17, D(2017, 12, 12), NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.",
     "Awaiting review", D(2019, 1, 14), C_REVIEWING),
    ("leg_4", 8545, ALL, R_LEG17, D(2017, 12, 12), NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers "
     "who use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.",
     "Complete", D(2021, 9, 14), C_AUTH),
    ("ncpi_1", 8610, WMP, R_NCPI, D(2018, 6, 19), REC, NCPI_DETENTION,
     "Being progressed", D(2019, 1, 14), C_MONITORED),
    ("ncpi_2", 8611, WMP, R_NCPI, D(2018, 6, 19), AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from child sexual exploitation.",
     "Complete", D(2020, 2, 17), C_AUTH),
    ("ncpi_3", 8612, WMP, R_NCPI, D(2018, 6, 19), AFI,
     "The force should improve the way it manages the risk posed by offenders involved in "
     "online child sexual abuse.",
     "Being progressed", D(2019, 1, 14), C_MONITORED),
    ("p19_afi1", 8793, WMP, R_P19, D(2019, 5, 2), AFI,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate online child sexual abuse.",
     "Superseded", D(2022, 3, 25), C_SUPERSEDED),
    ("p19_afi2", 8794, WMP, R_P19, D(2019, 5, 2), AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "domestic abuse.",
     "Being progressed", D(2019, 5, 2), C_NEW),
    ("p19_coc", 8795, WMP, R_P19, D(2019, 5, 2), COC,
     "The size of the vetting backlog within West Midlands Police is a cause of concern.",
     "Being progressed", D(2019, 5, 2), C_NEW),
    ("p19_rec", 8796, WMP, R_P19, D(2019, 5, 2), REC,
     "The force should ensure all staff have received at least the lowest level of vetting "
     "clearance for their roles as quickly as possible, working to clear both the vetting "
     "backlog and new vetting renewals when they become due so that it complies fully with the "
     "national vetting guidelines.",
     "Being progressed", D(2019, 5, 2), C_NEW),
    ("p19_afi3", 8797, WMP, R_P19, D(2019, 5, 2), AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.",
     "Being progressed", D(2019, 5, 2), C_NEW),
    ("pw_2", 9102, ALL, R_POWERS, D(2021, 2, 26), NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.",
     "Being progressed", D(2021, 2, 26), C_NEW),
    ("pw_3", 9103, ALL, R_POWERS, D(2021, 2, 26), NAT, BWV_2021,
     "Being progressed", D(2021, 2, 26), C_NEW),
    ("pw_4", 9104, ALL, R_POWERS, D(2021, 2, 26), NAT,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon "
     "as possible.",
     "Being progressed", D(2021, 2, 26), C_NEW),
    ("pw_5", 9105, ALL, R_POWERS, D(2021, 2, 26), NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.",
     "Being progressed", D(2021, 2, 26), C_NEW),
    ("p22_1", 9240, WMP, R_P22, D(2022, 3, 25), AFI,
     "The force should make sure investigations of stalking and harassment are allocated to "
     "officers with the right skills and are effectively supervised.",
     "Awaiting review", D(2022, 3, 25), C_NEW),
    ("p22_2", 9241, WMP, R_P22, D(2022, 3, 25), AFI,
     "The force should make sure victims of rape and serious sexual offences are kept informed "
     "about the progress of their case, in line with the Code of Practice for Victims of Crime.",
     "Being progressed", D(2022, 3, 25), C_NEW),
    ("p22_3", 9242, WMP, R_P22, D(2022, 3, 25), AFI,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of domestic abuse.",
     "Being progressed", D(2022, 3, 25), C_NEW),
    ("p22_4", 9243, WMP, R_P22, D(2022, 3, 25), AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about county "
     "lines drug dealing.",
     "Complete", D(2024, 7, 8), C_AUTH),
    ("p22_5", 9244, WMP, R_P22, D(2022, 3, 25), AFI,
     "The force should make sure its performance framework gives senior leaders a clear "
     "picture of its response to violence against women and girls.",
     "Being progressed", D(2022, 3, 25), C_NEW),
    ("p22_6", 9245, WMP, R_P22, D(2022, 3, 25), AFI,
     "The force should evaluate its work to prevent youth violence and share what works across "
     "the force.",
     "Being progressed", D(2022, 3, 25), C_NEW),
    ("p24_1", 9610, WMP, R_P24, D(2024, 11, 14), AFI,
     "The force should make sure it records reports of stalking and harassment accurately and "
     "without delay.",
     "Awaiting review", D(2024, 11, 14), C_NEW),
    ("p24_2", 9611, WMP, R_P24, D(2024, 11, 14), AFI,
     "The force should improve the way it manages the risk posed by offenders involved in "
     "county lines drug dealing.",
     "Awaiting review", D(2024, 11, 14), C_NEW),
    ("p24_3", 9612, WMP, R_P24, D(2024, 11, 14), AFI,
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to honour-based abuse.",
     "Awaiting review", D(2024, 11, 14), C_NEW),
]

HCLOSED = {"Complete", "Superseded", "No further action required"}
HOPEN = {"Awaiting review", "Being progressed"}

# ---------------------------------------------------------------------------------------------
# The force tracker. Columns A..K:
# A No. | B Date rec'd | C Inspection / Report | D Type | E Recommendation / AFI (summary) |
# F Lead | G RAG / Stage | H Update | I HMICFRS ref | J Closed date | K RAG (pre-2019) [hidden]
# Each item row: dict with the cell values and "links": [(hkey, category, why)].
# "shift": True = the row was pasted one column to the right (values as the return had them:
# report, type, text, lead, stage, update land in D..I).
# ---------------------------------------------------------------------------------------------
FORCE_DONE = {"G", "B", "G - awaiting DCC sign-off", "Closed", "Closed - superseded",
              "Closed - NFA", "4 - Evidence to OLB", "Stage 4", "5 - Submitted to HMICFRS",
              "6 - Closed (HMICFRS confirmed)"}
FORCE_OPEN = {"R", "A", "A ", "Open", "1 - Allocated", "2 - Action plan agreed",
              "3 - In progress"}

ROWS: list = []


def banner(text):
    ROWS.append(("banner", text))


def item(no, date, insp, typ, text, lead, status, update, ref, closed, old, links,
         shift=False):
    ROWS.append(("item", dict(no=no, date=date, insp=insp, typ=typ, text=text, lead=lead,
                              status=status, update=update, ref=ref, closed=closed, old=old,
                              links=links, shift=shift)))


S_LET = "era-1 RAG letter"

# ----- Era 1: 2013-2018, RAG letters (cleanse of Jan 2019 closed some rows: Open/Closed) -----
item(1, "Jul-13", "Stop & Search 2013", None,
     "CCs & College of Policing to set out in the S&S APP what effective & fair use of the "
     "powers looks like (CoP lead)",
     "ACC Local Policing", "Closed", "CoP APP published. Closed at 2019 cleanse.", None,
     D(2019, 1, 15), "B",
     [("sas13_1", "in_sync", "Text is the 2013 APP specification rec (CoP lead). HMICFRS "
       "Complete, force 'Closed' (2019 cleanse vocabulary) -> both closed.")])
item(2, None, None, None,
     "Establish / improve monitoring of S&S so we are satisfied officers act lawfully (incl. "
     "equality legislation & CoP) and the power is used effectively to prevent crime, catch "
     "criminals, keep public trust",
     "ACC Local Policing", "A", "Monthly S&S scrutiny meeting chaired by Supt. Data pack "
     "being rebuilt.", 1205, None, None,
     [("sas13_2", "closeable_local", "Ref 1205 and the monitoring wording match. HMICFRS "
       "Complete (authorised for closure 2018); tracker still 'A' (amber, era-1 letter) -> "
       "force should close its own entry.")])
item(3, None, None, None,
     "With elected local policing bodies: explain S&S use to the public & arrange community "
     "scrutiny of S&S records, involving those stopped (e.g. young people)",
     "ACC Local Policing", "G - awaiting DCC sign-off",
     "Community scrutiny panel in place in all LPUs; youth panel since 2016.", 1206, None, None,
     [("sas13_3", "closeable_submit", "Ref 1206; 'elected local policing bodies' wording is "
       "the 2013 rec, not the 2015 one. Force 'G - awaiting DCC sign-off' is done in the era-1 "
       "key (G = complete awaiting sign-off); HMICFRS Being progressed -> submit.")])
item(4, "27/03/2014", "Everyone's Business (DA) 2014", None,
     "By Sept 2014 establish & publish a DA action plan - consult PCC, DA support orgs & "
     "victims' reps; consider all report recs; DHRs & IPCC findings; CPS scrutiny panels / "
     "MARAC self-assessments",
     "C/Supt Public Protection", "Closed - superseded",
     "Plan published Aug 2014. Superseded by PEEL Effectiveness per HMICFRS list.", None,
     D(2019, 1, 15), "G",
     [("every", "in_sync", "Publish-a-DA-action-plan rec (Everyone's business). HMICFRS "
       "Superseded, force 'Closed - superseded' -> both closed.")])
item(5, "Jul-14", "Policing in Austerity 2014", None,
     "All-force recs x4: (1) review savings plans - protect front line, use VfM profiles; "
     "(2) forces delivering <10% of savings via collaboration to assess scope to improve; "
     "(3) forces cutting front-line proportion to assess decisive action taken; (4) review "
     "collaboration plans before next spending round",
     "Director of Finance", "Closed - NFA",
     "Addressed holistically through WMP2020. HMICFRS list Nov 2017: no further action "
     "required.", None, D(2019, 1, 15), "A",
     [("aust_1", "in_sync", "One tracker row lists all four austerity recs; part (1) = savings "
       "plans. HMICFRS No further action required, force 'Closed - NFA' -> both closed."),
      ("aust_2", "in_sync", "Same row, part (2) = <10% savings through collaboration. HMICFRS "
       "NFA, force Closed - NFA."),
      ("aust_3", "in_sync", "Same row, part (3) = front-line reductions / decisive action. "
       "HMICFRS NFA, force Closed - NFA."),
      ("aust_4", "in_sync", "Same row, part (4) = collaboration plans for next spending round. "
       "HMICFRS NFA, force Closed - NFA.")])
item(6, "Sept 2014", "Core Business 2014", None,
     "By 31/3/15 (forces using THR policy) call handlers to have specific, sound & "
     "comprehensible THR criteria",
     "Supt Contact Centre", "Closed", "THRIVE adopted 2015.", None, D(2019, 1, 15), "G",
     [("core_1", "in_sync", "Core Business deadline 31/3/15 and 'forces using THR policy' "
       "place it in 2014 report, not the CDI 2017 call-handler rec. HMICFRS Superseded, force "
       "Closed -> both closed.")])
item(7, None, None, None,
     "By 31/3/15 crime prevention / disruption activity systematically recorded & evaluated "
     "for effectiveness of tactics",
     "Head of Corporate Development", "R",
     "Little work yet undertaken in this area. No system to record disruption tactics.", 4823,
     None, None,
     [("core_2", "in_sync", "Ref 4823, wording matches. Force 'R' (open), HMICFRS Being "
       "progressed -> both open.")])
item(8, "Feb-15", "Integrity Matters 2015", None,
     "By 31/8/15 satisfy ourselves misconduct investigations ending in NFA are fair and free "
     "of discrimination",
     "Head of Professional Standards", "B", "PSD dip sample completed; reported to DCC.", None,
     None, None,
     [("integ", "in_sync", "Integrity matters NFA-fairness rec. HMICFRS Complete, force 'B' "
       "(blue = signed off/closed in the era-1 key) -> both closed.")])
item(9, "Mar-15", "Stop & Search 2 (2015)", None,
     "CCs in consultation with PCCs - comply with Code of Practice: explain S&S use to public; "
     "records scrutinised by community reps incl. those stopped e.g. young people",
     "ACC Local Policing", "5 - Submitted to HMICFRS",
     "Submitted with S&S evidence pack 14/06/2022.", 5016, None, None,
     [("sas15", "closeable_submit", "Ref 5016; 'in consultation with PCCs' is the 2015 "
       "wording (the 2013 rec says 'elected local policing bodies'). Force stage 5 = "
       "submitted (done); HMICFRS Being progressed -> submit.")])
item(10, "Jul-15", "Building the Picture 2015", None,
     "By 30 Nov 2016 - arrangements to scrutinise audits of compliance with APP on "
     "information management through force IM governance; record categorisation regularly "
     "adjusted",
     "Head of Information Management", "Open",
     "IM Board ToR updated; audit schedule agreed.", 5120, None, None,
     [("pict", "conflict", "Ref 5120 and text match, both open, but the deadline differs: "
       "tracker 'By 30 Nov 2016', HMICFRS 'By 30 November 2015'.")])
item(11, "Sept 2015", "Firearms licensing 2015", None,
     "Within 3 months: assess FL governance against APP AND assess demand on FLD & make sure "
     "it has capacity",
     "Supt Firearms Licensing", "G",
     "Governance review Dec 15 - APP compliant. Capacity review: 3 extra FEOs recruited 2016.",
     "5301 & 5302", None, None,
     [("fa_1", "in_sync", "Row holds two firearms recs (ref '5301 & 5302'); governance part "
       "= 5301. HMICFRS Complete, force 'G' (done) -> both closed/done."),
      ("fa_2", "closeable_submit", "Same row, capacity/demand part = 5302. HMICFRS Being "
       "progressed, force 'G' (done) -> submit.")])
item(12, None, None, None,
     "Within 3 months - temporary permits per HO guidance, recorded on NFLMS without delay; "
     "no certificate holder left in unlawful possession",
     "Supt Firearms Licensing", "A", "Backlog of permits on NFLMS being cleared.", 5304, None,
     None,
     [("fa_4", "closeable_local", "Ref 5304, temporary-permits wording. HMICFRS Complete "
       "(2020); force still 'A' -> close locally.")])
item(13, None, None, None,
     "Within 3 months - systems to flag firearm certificate holders at incident address "
     "before attendance, always applied by dispatchers; officers understand risk assessment & "
     "seizure powers",
     "Supt Firearms Licensing", "A ", "STORM flag in place; training for dispatchers ongoing.",
     5305, None, None,
     [("fa_5", "in_sync", "Ref 5305, dispatch-flag wording. Force 'A ' (amber with a trailing "
       "space) open, HMICFRS Being progressed -> both open.")])
item(14, "14/03/2017", "PEEL Effectiveness 2016", "CoC + Rec",
     "CoC: DA response - DASH discretion policy means risk not always assessed (enduring from "
     "Vulnerability 2015). REC: immediately - effective supervision of the initial risk "
     "assessment process, esp. completion of DASH in appropriate cases",
     "C/Supt Public Protection", "R",
     "The Force Executive Team agreed on 25 July that we would risk-assess all DA incidents. "
     "A Task & Finish group has been set up and a full implementation/project plan, policy "
     "rewrite and communications plan is now completed.", "6402 / 6403", None, None,
     [("e16_coc_da", "in_sync", "Row carries the DA cause of concern (CoC: part, ref 6402) "
       "and its recommendation. Force 'R' open, HMICFRS Being progressed -> both open."),
      ("e16_rec_da", "in_sync", "Same row, REC: part = DASH supervision rec 6403. Force 'R' "
       "open, HMICFRS Being progressed -> both open.")])
item(15, None, None, "CoC",
     "CoC - missing & absent children: risk wrongly assessed, 'absent' used where 'missing', "
     "CSE risk not reflected in grading",
     "C/Supt Public Protection", "B", "Missing persons policy rewritten; HMICFRS revisit "
     "Feb 18.", None, None, None,
     [("e16_coc_mc", "in_sync", "Missing/absent children cause of concern. HMICFRS Complete, "
       "force 'B' -> both closed.")])
item(16, None, None, "Rec",
     "Immediately review approach to missing children: call takers use missing/absent "
     "correctly; call takers & frontline can identify CSE risk factors; supervisors oversee "
     "missing enquiries & direct safeguarding",
     "C/Supt Public Protection", "Closed", "Closed following HMICFRS revisit.", None,
     D(2019, 1, 15), "G",
     [("e16_rec_mc", "in_sync", "Missing children rec (three points all present). HMICFRS "
       "Complete, force Closed -> both closed.")])
item(17, "12/09/2017", "CDI 2017", "Rec",
     "CDI Rec 1 (within 6 months) - arrangements so that: (a) victims are believed at point "
     "of report",
     "Force Crime Registrar", "G", "Call handler training delivered.", 6981, None, None,
     [("cdi_1", "closeable_submit", "Part (a) of CDI rec 6981, split over five rows (No. 17-21). "
       "All five parts are done (G, B, G, G, stage 5); HMICFRS Being progressed -> whole item "
       "submit.")])
item(18, None, None, "Rec",
     "(b) call handler / caller conversations summarised accurately in incident log",
     "Force Crime Registrar", "B", "Incident log QA in place.", 6981, None, None,
     [("cdi_1", "closeable_submit", "Part (b) of 6981; all parts done -> submit.")])
item(19, None, None, "Rec",
     "(c) multiple crimes always recorded when described in incidents / other investigations",
     "Force Crime Registrar", "G", "Audit Q3 18/19 96% compliant.", 6981, None, None,
     [("cdi_1", "closeable_submit", "Part (c) of 6981; all parts done -> submit.")])
item(20, None, None, "Rec",
     "(d) stop waiting for medical exam / video interview results before crime recording "
     "decision",
     "Force Crime Registrar", "G", "Briefing issued; FCR audit confirms.", 6981, None, None,
     [("cdi_1", "closeable_submit", "Part (d) of 6981; all parts done -> submit.")])
item(21, None, None, "Rec",
     "(e) online crime reports triaged at point of receipt for ongoing risk",
     "Force Crime Registrar", "5 - Submitted to HMICFRS",
     "Online triage desk live Jan 2022. Evidence sent with (a)-(d).", 6981, None, None,
     [("cdi_1", "closeable_submit", "Part (e) of 6981, stage 5 submitted; with (a)-(d) done "
       "the item is done -> submit.")])
item(22, None, None, "Rec",
     "Within 3 months - revise approach to cautions, cannabis warnings & PNDs: auditable "
     "explanation to offender; victim's views recorded before issue (victim-based crime)",
     "Head of Criminal Justice", "Closed", "Out of court disposals policy revised.", None,
     D(2019, 1, 15), "G",
     [("cdi_2", "in_sync", "Cautions/cannabis warnings/PND rec. HMICFRS Complete, force "
       "Closed -> both closed.")])
item(23, None, None, "Rec",
     "Immediately - record RASSO reports accurately & without delay",
     "Force Crime Registrar", "A", "RASSO recording audit quarterly.", 6983, None, None,
     [("cdi_3", "in_sync", "Ref 6983, rape and serious sexual offences recording. Force 'A' "
       "open, HMICFRS Being progressed -> both open.")])
item("23a", None, None, "Rec",
     "Within 6 months - give call-handlers specific, sound & comprehensible THR criteria",
     "Supt Contact Centre", "G", "THRIVE+ refresh complete Oct 2018.", 6984, None, None,
     [("cdi_4", "closeable_submit", "Ref 6984; within-6-months call-handler criteria under "
       "CDI 2017 (not the 2014 Core Business item, which has the 31/3/15 deadline). Force 'G' "
       "done, HMICFRS Being progressed -> submit.")])
item(24, None, None, "Rec",
     "Better use of crime recording & management system (CONNECT) to manage case files and "
     "investigations",
     "Force Crime Registrar", "Open", "Dependent on CONNECT release 3.", 6985, None, None,
     [("cdi_afi1", "conflict", "Ref 6985 and text match, both open, but the tracker types it "
       "'Rec' while HMICFRS lists it as an Area for improvement.")])
item(25, None, None, "AFI",
     "Record ASB accurately & without delay", "Force Crime Registrar", "G",
     "ASB recording now within NSIR standard.", 6986, None, None,
     [("cdi_afi2", "in_sync", "Ref 6986, ASB recording AFI. HMICFRS Complete, force 'G' done "
       "-> both closed/done.")])
item(26, "Oct-17", "Abuse of position for a sexual purpose (national CoC) Oct-17", "CoC",
     "Submit force plan re: seeking intelligence on abuse of position for sexual gain "
     "(national cause of concern) - CCU capacity review, IT monitoring, intel from support "
     "orgs",
     "Head of Professional Standards", "B",
     "HMICFRS letter rec'd: plans comprehensive but not fully reflecting NPCC strategy. "
     "HMICFRS to revisit 2018.", None, None, None,
     [(None, "not_on_hmicfrs_list", "Abuse-of-position national cause of concern plan: no "
       "item on the HMICFRS list for this report. Force shows it closed ('B'); query with "
       "HMICFRS / leave closed.")])
item(27, "24/10/2017", "Stolen Freedom (MSHT) 2017", None,
     "Within 12 months review leadership & governance for MSHT so that: senior leaders "
     "prioritise MSHT response; every MSHT incident gets resources with right skills, "
     "experience & capacity; performance & QA measures let SLT assess service to victims",
     "Det Ch Supt Force CID", "3 - In progress",
     "MSHT governance board meets bi-monthly.", 7714, None, None,
     [("st_1", "conflict", "Ref 7714, leadership & governance rec, both open, but the "
       "tracker lists three of the four bullets: the partnership-arrangements bullet is "
       "missing.")])
item(28, None, None, None,
     "Within 12 months have active ISAs with other agencies to speed up intel exchange, "
     "safeguard victims & identify suspects early",
     "Head of Intelligence", "Open", "ISA with LAs signed; health ISA outstanding.", 7715,
     None, None,
     [("st_2", "conflict", "Ref 7715, information-sharing agreements rec, both open, but the "
       "timescale differs: tracker 'Within 12 months', HMICFRS 'Within six months'.")])
item(29, None, None, None,
     "Immediately - victims committing offences under compulsion get early & continuing "
     "consideration of s45 defence (MSA 2015)",
     "Head of Criminal Justice", "Closed", "CPS joint protocol in place.", None,
     D(2019, 1, 15), "G",
     [("st_3", "in_sync", "Section 45 defence rec. HMICFRS Complete, force Closed -> both "
       "closed.")])
item(30, None, None, None,
     "Immediately - full compliance with NRM process; notify HO of suspected adult victims "
     "(duty to notify, MSA 2015)",
     "Det Ch Supt Force CID", "4 - Evidence to OLB",
     "Duty to notify compliance 98% (audit Jan 2023). Evidence pack to OLB Mar 2023.", 7717,
     None, None,
     [("st_4", "closeable_submit", "Ref 7717, NRM / duty-to-notify rec. Force stage 4 "
       "(complete, evidence with OLB) = done; HMICFRS Being progressed -> submit.")])
item(31, None, None, None,
     "Immediately - comply with NCRS for MSHT offences; FCR audit capacity to check "
     "recording accuracy",
     "Force Crime Registrar", "Closed", "MSHT recording audit completed 2020, 100%.", 7717,
     D(2020, 6, 30), "A",
     [("st_5", "conflict", "Text is the NCRS/MSHT recording rec (HMICFRS 7718), but the "
       "tracker ref is 7717, copied down from the NRM row above (drag-fill). Matched by text; "
       "reference disagrees. (Statuses alone would give closeable_submit: force Closed, "
       "HMICFRS Awaiting review.)")])
item(32, None, None, None,
     "Immediately - MSHT allegations thoroughly investigated & supervised by skilled teams "
     "(incl. JITs / overseas intel)",
     "Det Ch Supt Force CID", "A", "MSHT team uplift approved.", 7719, None, None,
     [("st_6", "in_sync", "Ref 7719, investigation/supervision rec. Force 'A' open, HMICFRS "
       "Being progressed -> both open.")])
item(33, None, None, None,
     "Immediately - review use of preventative powers (STPOs / STROs) under MSA 2015",
     "Det Ch Supt Force CID", "Closed", "Orders SPOC appointed.", None, D(2019, 1, 15), "B",
     [("st_7", "in_sync", "Preventative powers rec. HMICFRS Complete, force Closed -> both "
       "closed.")])
item(34, "09/11/2017", "PEEL Efficiency 17 (all forces)", None,
     "By Sept 2018 CCs to produce ambitious plan to improve digitally-enabled services "
     "(HO / NPCC / APCC national framework)",
     "Head of Digital", "Open", "Digital strategy 2020-25 approved; delivery ongoing.", 7801,
     None, None,
     [("efc17n", "in_sync", "Ref 7801, digital services plan. Force Open, HMICFRS Being "
       "progressed -> both open.")])
item(35, "09/11/2017", "PEEL Effectiveness 2017", "AFI",
     "Sufficient resources in control room (FCC) to fulfil resourcing model & meet demand, "
     "taking account of workforce wellbeing",
     "Supt Contact Centre", "3 - In progress", "FCC resourcing model review with Ch Supt.",
     7802, None, None,
     [("efc17f", "conflict", "Ref 7802 and control-room text match, both open, but the "
       "tracker files it under 'PEEL Effectiveness 2017' while HMICFRS has it in PEEL: Police "
       "efficiency 2017 (report disagrees).")])
item(36, "Dec-17", "PEEL Legit 17 S&S", "CoC",
     "S&S use not shown to be consistently reasonable & fair; BAME / black over-"
     "representation unexplained",
     "ACC Local Policing", "A", "Disproportionality dashboard in build.", 8541, None, None,
     [("leg_coc", "in_sync", "Ref 8541, national S&S cause of concern. Force 'A' open, "
       "HMICFRS Being progressed -> both open.")])
item(37, None, None, None,
     "By July 2018 - monitor comprehensive S&S data to understand: reasons for "
     "disproportionality by ethnicity; find-rate differences by ethnicity & search type (incl. "
     "drugs possession vs supply); prevalence of possession-only drug searches vs local "
     "priorities",
     "ACC Local Policing", "3 - In progress", "Power BI S&S dashboard live; find-rate by "
     "search type to add.", 8542, None, None,
     [("leg_1", "in_sync", "Ref 8542, all three monitoring points present. Force stage 3 "
       "open, HMICFRS Being progressed -> both open.")])
item(38, None, None, None,
     "Where monitoring shows disparities - show the public we have researched / analysed "
     "reasons & acted to reduce them",
     "ACC Local Policing", "G", "Annual disproportionality report published.", 8543, None,
     None,
     [("leg_2", "closeable_submit", "Ref 8543, disparities rec. Force 'G' done, HMICFRS Being "
       "progressed -> submit.")])
item(39, None, None, None,
     "By July 2018 & ongoing - all S&S officers trained on unconscious bias and CoP APP on "
     "S&S",
     "Head of Learning & Development", "A", "Training 87% complete.", 8545, None, None,
     [("leg_4", "closeable_local", "Ref 8545, unconscious-bias training rec. HMICFRS Complete "
       "(2021); force still 'A' -> close locally.")])
item(40, "Jun-18", "NCPI 2018", "Rec",
     "Within 6 months (with CSC) review detention of children - detain only when absolutely "
     "necessary / minimum time; early assessment of need for alternative accommodation; "
     "detention certificates completed; record all actions & decisions; timely appropriate "
     "adult support",
     "Ch Insp Custody", "5 - Submitted to HMICFRS", "Submitted 03/10/2022.", 8610, None, None,
     [("ncpi_1", "closeable_submit", "Ref 8610, detention of children rec with all five "
       "points. Force stage 5 submitted, HMICFRS Being progressed -> submit.")])
item(41, None, None, "AFI",
     "Improve partnership working to safeguard people at risk of CSE",
     "C/Supt Public Protection", "Open", "CSE hub with LAs; awaiting evaluation.", 8611, None,
     None,
     [("ncpi_2", "closeable_local", "Ref 8611, CSE partnership AFI. HMICFRS Complete (2020); "
       "force Open -> close locally.")])
item(42, None, None, "AFI",
     "Manage the risk posed by offenders involved in online CSA",
     "C/Supt Public Protection", "Open", "POLIT capacity bid.", 8612, None, None,
     [("ncpi_3", "in_sync", "Ref 8612, managing risk of online CSA offenders (NCPI, not the "
       "PEEL 2018/19 capacity AFI). Both open.")])

# ----- Era 2: after the January 2019 cleanse, Open / Closed -----
banner("ITEMS ADDED AFTER JAN 2019 CLEANSE - status Open / Closed only; HMICFRS ref from the "
       "definitive list")
item(43, D(2019, 5, 7), "PEEL 2018/19", "AFI",
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate online child sexual abuse.",
     "C/Supt Public Protection", "Open", "POLIT growth in 2020/21 budget.", 8793, None, None,
     [("p19_afi1", "closeable_local", "Ref 8793, verbatim text. HMICFRS Superseded (by PEEL "
       "2021/22); force Open -> close locally.")])
item(44, D(2019, 5, 7), "PEEL 2018/19", "AFI",
     "The force should improve the timeliness of its response to calls for service involving "
     "domestic abuse.",
     "Supt Contact Centre", "Open", "DA attendance times in FCC performance pack.", 8794,
     None, None,
     [("p19_afi2", "in_sync", "Ref 8794, verbatim. Both open.")])
item(45, D(2019, 5, 7), "PEEL 2018/19", "CoC",
     "The size of the vetting backlog within West Midlands Police is a cause of concern.",
     "Head of Professional Standards", "Stage 4",
     "Backlog cleared Nov 2022 - evidence to OLB.", 8795, None, None,
     [("p19_coc", "closeable_submit", "Ref 8795, vetting backlog cause of concern. Force "
       "'Stage 4' (= 4 - Evidence to OLB, done); HMICFRS Being progressed -> submit.")])
item(46, D(2019, 5, 7), "PEEL 2018/19", "Rec",
     "The force should ensure all staff have received at least the lowest level of vetting "
     "clearance for their roles as quickly as possible, working to clear both the vetting "
     "backlog and new vetting renewals when they become due so that it complies fully with "
     "the national vetting guidelines.",
     "Head of Professional Standards", "4 - Evidence to OLB",
     "All staff hold at least RV. Renewals on schedule.", 8796, None, None,
     [("p19_rec", "closeable_submit", "Ref 8796, vetting rec verbatim. Force stage 4 done, "
       "HMICFRS Being progressed -> submit.")])
item(47, D(2019, 5, 7), "PEEL 2018/19", "AFI",
     "The force should develop a future workforce plan that is aligned with its overall "
     "demand and budget. The plan should include future resource allocations, the mix of "
     "skills required by the workforce and behaviours expected of them.",
     "Director of People", "Open", "Strategic workforce plan 2023-27 in draft.", 8797, None,
     None,
     [("p19_afi3", "in_sync", "Ref 8797, verbatim. Both open.")])

# ----- Era 3: from April 2021, Stage 1-6 -----
banner("FROM APRIL 2021 - USE STAGE 1-6 ONLY (see Lists tab). R. Okafor")
item("2021-01", D(2021, 4, 12), "Police powers spotlight (Feb 21)", "Rec",
     "By July 2022 - effective communication skills for officers & staff per National "
     "Policing Guidelines on Conflict Management (on top of existing conflict mgmt / "
     "de-escalation training)",
     "Head of Learning & Development", "2 - Action plan agreed",
     "Comms skills module in PST from 2023.", 9101, None, None,
     [(None, "not_on_hmicfrs_list", "Communication-skills rec (By July 2022) with ref 9101: "
       "no such item or ID on the HMICFRS list (the list jumps from 8797 to 9102). Query "
       "with HMICFRS.")])
item("2021-02", D(2021, 4, 12), "Police powers spotlight (Feb 21)", "Rec",
     "By July 2021 - communication skills in CPD; supervisors supported to debrief officers "
     "using BWV",
     "Head of Learning & Development", "6 - Closed (HMICFRS confirmed)",
     "Closed per FLL email 11/2022.", 9102, D(2022, 11, 30), None,
     [("pw_2", "closeable_submit", "Ref 9102, CPD / BWV debrief rec. Force stage 6 says "
       "HMICFRS confirmed closure, but HMICFRS still shows Being progressed -> force done, "
       "HMICFRS open: submit (and query the FLL email).")])
item("2021-03", D(2021, 4, 12), "Police powers spotlight (Feb 21)", "Rec",
     "BWV 1 - record entire S&S encounters incl. traffic stops & use of force on BWV",
     "ACC Local Policing", "5 - Submitted to HMICFRS", "BWV activation audit 94%.", 9103,
     None, None,
     [("pw_3", "in_sync", "First of three rows (BWV 1-3) splitting rec 9103. Parts 1 and 2 "
       "done but part 3 still stage 3, so the item is open on the force side; HMICFRS Being "
       "progressed -> both open.")])
item("2021-04", D(2021, 4, 12), "Police powers spotlight (Feb 21)", "Rec",
     "BWV 2 - structured internal review of a sample of BWV footage; disseminate learning; "
     "hold officers to account",
     "ACC Local Policing", "6 - Closed (HMICFRS confirmed)", "Monthly BWV review panel.",
     9103, None, None,
     [("pw_3", "in_sync", "Second part of 9103 (done), but part 3 open -> item open; HMICFRS "
       "open -> both open.")])
item("2021-05", D(2021, 4, 12), "Police powers spotlight (Feb 21)", "Rec",
     "BWV 3 - scrutiny panel access to BWV footage (S&S and UoF), APP safeguards",
     "ACC Local Policing", "3 - In progress", "Panel viewing protocol with OPCC legal.",
     9103, None, None,
     [("pw_3", "in_sync", "Third part of 9103, stage 3 open -> item open; HMICFRS Being "
       "progressed -> both open.")])
item("2021-06", D(2021, 4, 12), "Police powers spotlight (Feb 21)", "Rec",
     "By July 2021 - internal monitoring of use of force to identify / understand / explain "
     "disproportionality & take improvement action",
     "ACC Local Policing", "4 - Evidence to OLB", "UoF dashboard + scrutiny panel.", 9105,
     None, None,
     [("pw_5", "closeable_submit", "Ref 9105, use-of-force monitoring rec. Force stage 4 "
       "done, HMICFRS Being progressed -> submit.")])
# PEEL 2021/22 return pasted one column to the right (C empty; report in D, type in E,
# text in F, lead in G, stage in H, update in I).
item("2022-01", None, "PEEL 21/22", "AFI",
     "Stalking & harassment investigations - allocate to officers with the right skills & "
     "supervise effectively",
     "D/Supt Public Protection", "2 - Action plan agreed",
     "S&H SPOCs in each LPA; supervision checklist drafted.", None, None, None,
     [("p22_1", "in_sync", "Shifted paste: text sits under Lead, stage under Update. "
       "Stalking investigations allocation/supervision AFI (PEEL 2021/22). Stage 2 open, "
       "HMICFRS Awaiting review -> both open.")], shift=True)
item("2022-02", None, "PEEL 21/22", "AFI",
     "RASSO victims kept updated on case progress in line with VCOP",
     "D/Supt Public Protection", "4 - Evidence to OLB",
     "VCOP compliance audit 92%; evidence to OLB Jan 2024.", None, None, None,
     [("p22_2", "closeable_submit", "Shifted paste. Keeping RASSO victims informed (VCOP) "
       "AFI. Stage 4 (read from the Update column) done, HMICFRS Being progressed -> "
       "submit.")], shift=True)
item("2022-03", None, "PEEL 21/22", "AFI",
     "Consistent use of ancillary orders & other powers to protect DA victims (DVPN/DVPO)",
     "C/Supt Public Protection", "3 - In progress",
     "DVPO use up 40% but not consistent across LPAs.", None, None, None,
     [("p22_3", "in_sync", "Shifted paste. Ancillary orders for DA victims AFI. Stage 3 open, "
       "HMICFRS Being progressed -> both open.")], shift=True)
item("2022-04", None, "PEEL 21/22", "AFI",
     "Improve how we gather, assess & act on intel about county lines",
     "Head of Intelligence", "3 - In progress",
     "County lines intel cell - evaluation due.", None, None, None,
     [("p22_4", "closeable_local", "Shifted paste. County lines intelligence AFI (PEEL "
       "2021/22, not the PEEL 2023-25 offender-management AFI). HMICFRS Complete (2024); "
       "force stage 3 open -> close locally.")], shift=True)
item("2022-05", None, "PEEL 21/22", "AFI",
     "Performance framework to give SLT a clear picture of the VAWG response",
     "ACC Crime", "3 - In progress", "VAWG measures added to Force Performance pack.", None,
     None, None,
     [("p22_5", "in_sync", "Shifted paste. VAWG performance framework AFI. Both open.")],
     shift=True)
item("2022-06", D(2022, 9, 1), "PEEL 2021/22", "AFI",
     "Evaluate youth violence prevention work & share what works across the force",
     "Supt Partnerships", "5 - Submitted to HMICFRS",
     "VRU evaluation published; submitted 20/12/2024.", 9245, None, None,
     [("p22_6", "closeable_submit", "Row added later, aligned correctly; ref 9245. Stage 5 "
       "submitted, HMICFRS Being progressed -> submit.")])
item("2023-01", D(2023, 6, 1), "Force action (CDI follow-up)", "Local",
     "Force action - Dip-sample 50 domestic abuse crime reports each quarter and report "
     "findings to the Crime Standards Board",
     "Force Crime Registrar", "3 - In progress", "Q3 dip sample done.", None, None, None,
     [(None, "not_on_hmicfrs_list", "Force's own action (type 'Local'), not an HMICFRS "
       "item.")])
item("2023-02", D(2023, 9, 14), "JAC / internal audit", "Local",
     "JAC action: Internal audit of the counter-corruption governance arrangements (audit "
     "plan 2023/24)",
     "Head of Professional Standards", "1 - Allocated", "Audit fieldwork Q1 2025.", None,
     None, None,
     [(None, "not_on_hmicfrs_list", "Joint Audit Committee / internal audit action, not an "
       "HMICFRS item.")])
item("2024-01", D(2024, 12, 2), "PEEL 2023-25", "AFI",
     "Record stalking & harassment reports accurately and without delay",
     "Force Crime Registrar", "1 - Allocated",
     "Other PEEL 23-25 AFIs to be added once FET allocates leads.", 9610, None, None,
     [("p24_1", "in_sync", "Ref 9610, stalking recording AFI (not the PEEL 2021/22 stalking "
       "investigations AFI). Stage 1 open, HMICFRS Awaiting review -> both open.")])

MISSING_WHY = {
    "fa_3": "‘Total expired’ licensing records rec: no tracker row mentions it (the firearms "
            "block covers 5301, 5302, 5304, 5305 only).",
    "leg_3": "Publish-the-analysis-annually item: the PEEL Legit 17 block has the CoC and "
             "8542, 8543, 8545 but nothing on annual publication.",
    "pw_4": "Home Office / NPCC data-quality rec: the force did not track it (addressed to "
            "other bodies) but HMICFRS holds it against the force.",
    "p24_2": "PEEL 2023-25 county lines offender AFI not yet on the tracker (row 2024-01 says "
             "other PEEL 23-25 AFIs await allocation).",
    "p24_3": "PEEL 2023-25 honour-based abuse training AFI not yet on the tracker.",
}

# ---------------------------------------------------------------------------------------------


def normalise_xlsx(path: str) -> None:
    """Rewrite the zip with fixed timestamps and a fixed entry order."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2025-03-06T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def props(wb, title, creator):
    p = wb.properties
    p.creator = creator
    p.lastModifiedBy = creator
    p.title = title
    p.created = FIXED
    p.modified = FIXED


WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def build_hmicfrs():
    wb = Workbook()
    ws = wb.active
    ws.title = HSHEET
    ws["A1"] = "HMICFRS – definitive list of recommendations, causes of concern and areas for " \
               "improvement held against West Midlands Police"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Produced for the force liaison lead, 6 March 2025. Includes items closed since "
                "the last list, shown with the date of the closing status.")
    headers = ["Rec ID", "Force", "Report title", "Date published", "Type", "Recommendation",
               "Status", "Status date", "HMICFRS comment"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
    rows = sorted(HM, key=lambda h: (h[4], h[1]))
    hrow = {}
    r = 5
    for key, rid, force, rep, pub, typ, text, status, sdate, comment in rows:
        vals = [rid, force, rep, pub, typ, text, status, sdate, comment]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        hrow[key] = r
        r += 1
    last = r - 1
    ws.cell(row=r + 1, column=1, value=f"End of list – {len(rows)} items")
    widths = [9, 20, 40, 13, 22, 90, 18, 12, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A5"
    ws.auto_filter.ref = f"A4:I{last}"
    props(wb, "HMICFRS definitive list – West Midlands Police", "HMICFRS")
    path = os.path.join(OUT, "hmicfrs.xlsx")
    wb.save(path)
    normalise_xlsx(path)
    return hrow, last, r + 1


FILLS = {"R": "FF0000", "A": "FFC000", "A ": "FFC000", "G": "92D050",
         "G - awaiting DCC sign-off": "92D050", "B": "00B0F0"}


def build_tracker():
    wb = Workbook()
    ws = wb.active
    ws.title = FSHEET
    ws["A1"] = "WEST MIDLANDS POLICE – HMIC / HMICFRS RECOMMENDATIONS TRACKER"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Owner: Organisational Learning, Corporate Development. Do not sort – row "
                "numbers are quoted in JAC papers.")
    ws["A3"] = ("RAG key (to 2019): R = no progress / off track   A = in progress   G = complete, "
                "awaiting sign-off   B = signed off / closed.   From Apr 2021 use Stage (see "
                "Lists tab).")
    ws["A3"].font = Font(italic=True)
    headers = ["No.", "Date rec'd", "Inspection / Report", "Type",
               "Recommendation / AFI (summary)", "Lead", "RAG / Stage", "Update",
               "HMICFRS ref", "Closed date", "RAG (pre-2019)"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.fill = PatternFill("solid", fgColor="BFBFBF")
        cell.alignment = WRAP
    r = 5
    placed = []  # (row, entry)
    banners = []
    for kind, e in ROWS:
        if kind == "banner":
            ws.cell(row=r, column=1, value=e).font = BOLD
            for c in range(1, 12):
                ws.cell(row=r, column=c).fill = PatternFill("solid", fgColor="D9D9D9")
            banners.append((r, e))
            r += 1
            continue
        if e["shift"]:
            # return columns: Inspection, Type, Recommendation, Lead, Stage, Update -> D..I
            vals = [e["no"], e["date"], None, e["insp"], e["typ"], e["text"], e["lead"],
                    e["status"], e["update"], e["closed"], e["old"]]
        else:
            vals = [e["no"], e["date"], e["insp"], e["typ"], e["text"], e["lead"],
                    e["status"], e["update"], e["ref"], e["closed"], e["old"]]
        for c, v in enumerate(vals, 1):
            if v is None:
                continue
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        st_col = 8 if e["shift"] else 7
        fill = FILLS.get(e["status"])
        if fill:
            ws.cell(row=r, column=st_col).fill = PatternFill("solid", fgColor=fill)
        placed.append((r, e))
        r += 1
    last_item = r - 1
    note_row = r + 1
    ws.cell(row=note_row, column=1,
            value="Open items (R / A / Open / Stage 1-3): 27 – count updated 28/02/2025 RO")
    ws.cell(row=note_row, column=1).font = Font(italic=True)
    widths = [9, 11, 24, 9, 70, 24, 20, 45, 12, 11, 9]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.column_dimensions["K"].hidden = True
    ws.freeze_panes = "A5"
    ws.auto_filter.ref = f"A4:K{last_item}"
    dv = DataValidation(type="list", formula1="=Lists!$E$2:$E$7", allow_blank=True)
    dv.add(f"G{last_item - 14}:G{last_item + 20}")
    ws.add_data_validation(dv)

    ls = wb.create_sheet("Lists")
    lists = [
        ("RAG (to 2019)", ["R", "A", "G", "B"],
         "Meaning", ["No progress / off track", "In progress",
                     "Complete - awaiting chief officer sign-off", "Signed off - closed"]),
    ]
    ls["A1"] = "RAG (to 2019)"
    ls["B1"] = "Meaning"
    for i, (v, m) in enumerate(zip(lists[0][1], lists[0][3]), 2):
        ls.cell(row=i, column=1, value=v)
        ls.cell(row=i, column=2, value=m)
    ls["C1"] = "Status (2019 cleanse)"
    for i, v in enumerate(["Open", "Closed", "Closed - superseded", "Closed - NFA"], 2):
        ls.cell(row=i, column=3, value=v)
    ls["E1"] = "Stage (from Apr 2021)"
    ls["F1"] = "Meaning"
    stages = [("1 - Allocated", "Lead officer allocated, no plan yet"),
              ("2 - Action plan agreed", "Plan agreed with lead"),
              ("3 - In progress", "Actions under way"),
              ("4 - Evidence to OLB", "Force considers it complete - evidence pack with "
                                      "Organisational Learning Board for sign-off"),
              ("5 - Submitted to HMICFRS", "Signed off by OLB and submitted to HMICFRS for "
                                           "closure"),
              ("6 - Closed (HMICFRS confirmed)", "HMICFRS has confirmed closure")]
    for i, (v, m) in enumerate(stages, 2):
        ls.cell(row=i, column=5, value=v)
        ls.cell(row=i, column=6, value=m)
    for c in "ABCDEF":
        ls[f"{c}1"].font = BOLD
    ls.column_dimensions["B"].width = 40
    ls.column_dimensions["C"].width = 22
    ls.column_dimensions["E"].width = 30
    ls.column_dimensions["F"].width = 70

    props(wb, "HMIC recommendations tracker", "Organisational Learning")
    path = os.path.join(OUT, "tracker.xlsx")
    wb.save(path)
    normalise_xlsx(path)
    return placed, banners, last_item, note_row


def expected(hstatus, fdone, conflict):
    if conflict:
        return "conflict"
    hclosed = hstatus in HCLOSED
    if hclosed and fdone:
        return "in_sync"
    if not hclosed and not fdone:
        return "in_sync"
    return "closeable_submit" if fdone else "closeable_local"


def main():
    os.makedirs(OUT, exist_ok=True)
    hrow, hlast, hend = build_hmicfrs()
    placed, banners, flast, fnote = build_tracker()
    hm = {h[0]: h for h in HM}

    # item-level force done state (split rows: done only when every part is)
    parts: dict[str, list[bool]] = {}
    for r, e in placed:
        assert e["status"] in FORCE_DONE | FORCE_OPEN, e["status"]
        for hk, cat, why in e["links"]:
            if hk:
                parts.setdefault(hk, []).append(e["status"] in FORCE_DONE)

    lines = []
    seen = set()
    for r, e in placed:
        for hk, cat, why in e["links"]:
            if hk is None:
                assert cat == "not_on_hmicfrs_list"
                lines.append(("", f"{FSHEET}!{r}", cat, why))
                continue
            h = hm[hk]
            exp = expected(h[7], all(parts[hk]), cat == "conflict")
            if cat != "conflict":
                assert exp == cat, (hk, exp, cat)
            seen.add(hk)
            lines.append((f"{HSHEET}!{hrow[hk]}", f"{FSHEET}!{r}", cat, why))
    for h in sorted(HM, key=lambda h: hrow[h[0]]):
        if h[0] not in seen:
            lines.append((f"{HSHEET}!{hrow[h[0]]}", "", "missing_from_force",
                          MISSING_WHY[h[0]]))
            seen.add(h[0])
    assert seen == set(hm), set(hm) - seen
    assert set(MISSING_WHY) == {h[0] for h in HM} - {
        hk for _, e in placed for hk, _, _ in e["links"] if hk}

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for ln in lines:
        w.writerow(ln)
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    counts: dict[str, int] = {}
    for ln in lines:
        counts[ln[2]] = counts.get(ln[2], 0) + 1
    write_readme(hrow, hlast, hend, placed, banners, flast, fnote, lines, counts)
    print(counts, len(lines), "lines;", len(HM), "HMICFRS items;", len(placed), "force rows")


def write_readme(hrow, hlast, hend, placed, banners, flast, fnote, lines, counts):
    rowof = {}
    for r, e in placed:
        rowof[str(e["no"])] = r
    shifted = [r for r, e in placed if e["shift"]]
    order = ["in_sync", "closeable_submit", "closeable_local", "conflict",
             "missing_from_force", "not_on_hmicfrs_list", "review"]
    count_lines = "\n".join(f"| `{k}` | {counts.get(k, 0)} |" for k in order)
    ban = "\n".join(f"- `{FSHEET}!{r}`: banner row \"{t[:60]}…\" (era divider, not an item)."
                    for r, t in banners)
    f = lambda no: rowof[str(no)]  # noqa: E731
    text = f"""# Case `{CASE}`

## Story

West Midlands Police's Organisational Learning team has kept one Excel tracker of HMIC /
HMICFRS recommendations since 2013. It has had three custodians and each left their habits in
the same columns:

- **2013-2018** (era 1): short-hand summaries typed by the team, report name only on the first
  row of each report block, type mostly blank, status as a RAG **letter** (R / A / G / B; the
  key in row 3 says G = complete awaiting sign-off, B = signed off).
- **January 2019 cleanse** (era 2): against the definitive list of that time the new manager
  closed rows with `Closed`, `Closed - superseded`, `Closed - NFA`, added the `HMICFRS ref`
  column for the items still open, moved the old letter of every re-statused row into a new
  column `RAG (pre-2019)` and **hid it** (column K). Rows added 2019-20 use `Open` / `Closed`
  and are pasted near-verbatim from HMICFRS.
- **From April 2021** (era 3): the current manager renamed the column `RAG / Stage` and uses
  numbered **stages** `1 - Allocated` … `6 - Closed (HMICFRS confirmed)` (key on the `Lists`
  tab), also on old rows she has touched since. In 2022 the PEEL 2021/22 lead's return was
  pasted **one column to the right**: five rows have the report in `Type`, the type in the
  text column, the text under `Lead`, the lead under `RAG / Stage`, the stage under `Update`
  and the update under `HMICFRS ref`.

HMICFRS sent its definitive list (register IDs, statuses, status dates) in March 2025; the
analyst reconciles it with the tracker before the Joint Audit Committee.

## Files

- `hmicfrs.xlsx`, sheet `{HSHEET}`: title rows 1-2, blank row 3, header row 4 (`Rec ID`,
  `Force`, `Report title`, `Date published`, `Type`, `Recommendation`, `Status`,
  `Status date`, `HMICFRS comment`), {len(HM)} item rows 5-{hlast} sorted by publication date
  then ID, blank row {hlast + 1}, end note row {hend}. Dates are real Excel dates. Types:
  Recommendation / Area for improvement / Cause of concern / National recommendation.
  Statuses: Awaiting review, Being progressed (open); Complete, Superseded, No further action
  required (closed). Texts are real HMICFRS wording with their quirks (curly quotes, `•`
  bullets with and without spaces, the footnote digits `86` and `20`, line breaks in cells).
- `tracker.xlsx`, sheet `{FSHEET}`: title row 1, owner note row 2, RAG key row 3, header
  row 4 (`No.`, `Date rec'd`, `Inspection / Report`, `Type`, `Recommendation / AFI
  (summary)`, `Lead`, `RAG / Stage`, `Update`, `HMICFRS ref`, `Closed date`,
  `RAG (pre-2019)` **hidden**), {len(placed)} item rows in 5-{flast} with two banner rows
  among them, blank row {flast + 1}, count note row {fnote}. Autofilter on A4:K{flast},
  freeze panes at A5, RAG letters also shown by cell fill, a list data validation on the
  era-3 stage cells. Sheet `Lists`: the three status vocabularies and their meanings
  (validation source; no items).
- `truth.csv`: {len(lines)} lines. `README.md`: this file.

## What the layout brings (row numbers as Excel shows them)

1. **Three status vocabularies in one column** (`RAG / Stage`, G): letters (`R`, `A`, `A `
   with a trailing space at {FSHEET}!{f(13)}, `G`, `G - awaiting DCC sign-off` at
   {FSHEET}!{f(3)}, `B`), cleanse words (`Open`, `Closed`, `Closed - superseded`,
   `Closed - NFA`), and stages (`1 - …` to `6 - …`, plus `Stage 4` typed by hand at
   {FSHEET}!{f(45)}). Done on the force side: G, B, G - awaiting…, Closed*, stage 4-6. Open:
   R, A, Open, stage 1-3.
2. **Hidden stale column** K `RAG (pre-2019)` holds the old letter for re-statused rows, and
   it disagrees with the visible status on purpose (e.g. {FSHEET}!{f(5)} Closed - NFA / K `A`;
   {FSHEET}!{f(31)} Closed / K `A`). The truth uses the visible column G only.
3. **Shifted paste block** {FSHEET}!{shifted[0]}-{shifted[-1]}: C empty, D = `PEEL 21/22`,
   E = `AFI`, F = text, G = lead name, H = stage, I = update text, no ref. Read by eye the
   stage is in H. The aligned row {FSHEET}!{f('2022-06')} for the same report follows.
4. **Report name only on the first row of a block** in era 1 (continuation rows have C
   blank); eras 2-3 fill every row.
5. **`No.` is a running number, not a reference**: `23a` inserted at {FSHEET}!{f('23a')},
   era-3 numbers `2021-01`… . Only column I (`HMICFRS ref`) holds register IDs; it is blank
   for rows closed at the 2019 cleanse and for most era-3 rows, holds two IDs in one cell
   (`5301 & 5302`, `6402 / 6403`), is drag-filled wrongly once, and holds an ID the HMICFRS list
   does not have (9101).
6. **`Date rec'd` is not the publication date**: text (`Jul-13`, `Sept 2014`, `27/03/2014`)
   in era 1, real dates later; often days after publication. Never treated as a conflict.
7. Texts: era 1 heavily abbreviated (CCs, CoP, S&S, APP, THR, NFLMS, ISAs, MSA, RASSO, VCOP,
   CSE, FLD), era 2 verbatim, era 3 paraphrased.

## Traps and how the truth decides them

- **One row, several items**: {FSHEET}!{f(5)} = the four Policing in Austerity recs (4 lines,
  all in_sync: HMICFRS NFA, force Closed - NFA); {FSHEET}!{f(11)} = firearms 5301 + 5302
  (5301 Complete -> in_sync; 5302 Being progressed -> closeable_submit); {FSHEET}!{f(14)} = DA
  cause of concern + its DASH rec (2 lines, in_sync, both open).
- **Split items**: CDI rec 6981 (five bullets) over {FSHEET}!{f(17)}-{f(21)}, all parts done ->
  closeable_submit on every line; BWV rec 9103 over {FSHEET}!{f('2021-03')}-{f('2021-05')}, parts
  1-2 done, part 3 at stage 3 -> the item is open -> in_sync on every line (a per-row reading
  would wrongly give closeable_submit for two of them).
- **Near-duplicate texts decided by report/wording**: 2013 vs 2015 stop-and-search scrutiny
  recs (`elected local policing bodies` vs `PCCs`), Core Business 2014 vs CDI 2017
  call-handler criteria (deadline 31/3/15 vs within 6 months), NCPI online CSA offender risk
  vs PEEL 2018/19 online CSA capacity, PEEL 21/22 stalking investigations vs PEEL 23-25
  stalking recording, PEEL 21/22 county lines intelligence vs PEEL 23-25 county lines
  offenders (missing).
- **Conflicts** (6): {FSHEET}!{f(10)} deadline `30 Nov 2016` vs `30 November 2015`;
  {FSHEET}!{f(27)} MSHT leadership rec missing the partnership bullet; {FSHEET}!{f(28)}
  `Within 12 months` vs `Within six months`; {FSHEET}!{f(31)} ref 7717 drag-filled from the row
  above while the text is 7718 (matched by text); {FSHEET}!{f(24)} typed `Rec` while HMICFRS
  has an Area for improvement; {FSHEET}!{f(35)} filed under `PEEL Effectiveness 2017` while
  HMICFRS has PEEL: Police efficiency 2017.
- **Force says HMICFRS closed it, HMICFRS says open**: {FSHEET}!{f('2021-02')} stage `6 -
  Closed (HMICFRS confirmed)` vs Being progressed -> closeable_submit.
- **Not on the HMICFRS list** (4): the national abuse-of-position plan ({FSHEET}!{f(26)}), the
  July 2022 communication-skills rec with ref 9101 absent from the list
  ({FSHEET}!{f('2021-01')}), two local/JAC actions ({FSHEET}!{f('2023-01')},
  {FSHEET}!{f('2023-02')}).
- **Missing from the force** (5): firearms ‘total expired’ records, leg17 annual
  publication, the Home Office/NPCC data-quality rec, two PEEL 2023-25 AFIs (row
  {FSHEET}!{f('2024-01')} says they await allocation).
- No `review` lines: every pair can be decided from the two rows.

## Counts per category

| category | lines |
|---|---|
{count_lines}
| total | {len(lines)} |

{len(HM)} HMICFRS items (all appear at least once), {len(placed)} force item rows (each appears
once per HMICFRS item it holds, or once with an empty `hmicfrs_row`).

## Rows that are not items

- `hmicfrs.xlsx` `{HSHEET}`!1-2 title/notes, !3 blank, !4 header, !{hlast + 1} blank,
  !{hend} end note ("End of list – {len(HM)} items").
- `tracker.xlsx` `{FSHEET}`!1 title, !2 owner note, !3 RAG key (legend), !4 header.
{ban}
- `{FSHEET}`!{flast + 1} blank, !{fnote} count note (a hand-typed total, not an item).
- Sheet `Lists` (all rows): data-validation lists and their meanings, no items.

## Checks run

- Builder asserts: every force status word is in the done/open vocabulary; for every
  non-conflict line the category equals the one implied by the two statuses (split items judged
  at item level); every HMICFRS item appears at least once; every missing item has a reason.
- Files read back with pandas (`header=3` on both sheets) and openpyxl; every item row of
  both files is covered by `truth.csv`; non-item rows are exactly those listed above.
- Two consecutive builds compared byte for byte (`md5sum` of all four files): identical.
"""
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


if __name__ == "__main__":
    main()
