"""Build the evaluation case `self_assessment_met_tracker`.

A force (Lincolnshire Police) that tracks HMICFRS items by self-assessment (Met / Partially met /
Not met / Not yet assessed) with an internal assurance panel, against an HMICFRS definitive list.

Run:  /work/main/.venv/bin/python build_self_assessment_met_tracker.py
Rebuilds self_assessment_met_tracker/ byte for byte (fixed seed, fixed workbook timestamps).
Texts: real public HMICFRS recommendation texts (Open Government Licence), copied from the casegen
text lists and /work/shared/data/real_recommendations.csv; force wording, actions and narratives
are written here as a force analyst would.
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
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

SEED = 20251103
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "self_assessment_met_tracker")
FORCE = "Lincolnshire Police"
D = dt.datetime

# --------------------------------------------------------------------------------------------
# Real texts (copied from casegen/texts national.py / force.py / tracker.py)
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
FIREARMS = ("Within three months, all chief constables should assess the demand placed on their "
            "firearms licensing department and ensure it has the capacity to meet this demand and "
            "provide an efficient and effective service at all times.")
DIGITAL = ("By September 2018, chief constables should produce an ambitious plan to improve "
           "digitally-enabled services within their force.")
DIGITAL_FULL = DIGITAL + (
    " The Home Office, National Police Chiefs' Council and Association of Police and Crime "
    "Commissioners should support the development of these plans by establishing a national "
    "framework which allows for the provision of digitally enabled services across force "
    "boundaries.")
CDI_VICTIMS_BODY = (
    "put in place arrangements to ensure that:\n"
    "• at the point of report, victims are believed;\n"
    "• conversations between the call handlers and callers are summarised accurately in the "
    "incident log, thus providing attending officers with full facts on which to base "
    "crime-recording decisions;\n"
    "• multiple crimes are always recorded when described within incident records or "
    "identified as part of other recorded crime investigations;\n"
    "• the practice of awaiting the results of medical examinations or video interviews before "
    "making crime-recording decisions is stopped; and\n"
    "• online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
    "to the victim or the wider public are identified and appropriately managed"
)
MISSING_CHILDREN_BODY = (
    "review its approach to reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action"
)
DETENTION_BODY = (
    "in conjunction with children’s social care services, review how it manages the detention "
    "of children. As a minimum it should:• ensure that all children are only detained when "
    "absolutely necessary and for the absolute minimum amount of time;• ensure that officers "
    "and staff in the custody suite assess at an early stage a child’s need for alternative "
    "accommodation (secure or otherwise) and work with children’s social care services to "
    "achieve the most appropriate option for the child;• ensure that custody staff make a "
    "record of all actions taken and decisions made on the relevant documentation; and• "
    "improve the timeliness of adequate appropriate adult support for children who are "
    "arrested"
)
CAUSE_MISSING = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
    "found that the assessment of risk for children who go missing from home was inappropriate "
    "in some cases. We found some instances where children were classed as ‘absent’ when they "
    "should have been recorded as ‘missing’, and risk levels for missing children were "
    "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
    "lower level and could have been exposed to an increased risk of harm.")
LEG17_COC = (
    "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
    "search powers is consistently reasonable and fair. In particular, there is "
    "over-representation of BAME people, and black people in particular, in stop and search "
    "data which many forces are unable to explain.")

# PEEL-style formulaic bodies (tracker.py TOPIC_BODIES)
TB = {
    "records": "make sure it records reports of {t} accurately and without delay",
    "partners": "improve how it works with partner organisations to safeguard people at risk from {t}",
    "alloc": "make sure investigations of {t} are allocated to officers with the right skills and "
             "are effectively supervised",
    "timely": "improve the timeliness of its response to calls for service involving {t}",
    "informed": "make sure victims of {t} are kept informed about the progress of their case, in "
                "line with the Code of Practice for Victims of Crime",
    "scale": "improve its understanding of the nature and scale of {t} in its area",
    "orders": "make sure it consistently uses ancillary orders and other powers to protect victims "
              "of {t}",
    "offenders": "improve the way it manages the risk posed by offenders involved in {t}",
    "problem": "develop a problem-solving approach to {t}, working with local communities and "
               "partners",
    "training": "make sure officers and staff have the training they need to identify and respond "
                "to {t}",
    "capacity": "make sure it has enough specialist capacity and capability to investigate {t}",
    "intel": "improve how it gathers, assesses and acts on intelligence about {t}",
    "analysis": "make sure its analysis of {t} informs its strategic assessment and control "
                "strategy",
    "review": "review its approach to {t} to make sure victims receive a consistently good service",
    "perf": "make sure its performance framework gives senior leaders a clear picture of its "
            "response to {t}",
    "prevent": "evaluate its work to prevent {t} and share what works across the force",
}


def afi(key, topic, stem="The force should {b}."):
    return stem.format(b=TB[key].format(t=topic))


# --------------------------------------------------------------------------------------------
# HMICFRS definitive list: key -> item
# --------------------------------------------------------------------------------------------
REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")
AR, BP, CO, SU, NFA = ("Awaiting review", "Being progressed", "Complete", "Superseded",
                       "No further action required")
C_NEW = "New recommendation"
C_NEW_AFI = "New area for improvement"
C_MON = ("The progress of the implementation of this recommendation is currently being "
         "monitored by HMICFRS and this record will, in due course, be updated.")
C_DONE = "This recommendation is complete"
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by members "
          "of the inspection team in recent inspection activity.")
C_PEEL = ("This area of activity has subsequently been inspected in HMICFRS's PEEL inspections. "
          "Where a cause of concern still exists this will appear in the register against these "
          "subsequent inspections.")
C_NFA = "No further action required. National assessment complete."
C_REVIEW = ("The status of this recommendation is currently being reviewed by HMICFRS and will be "
            "updated when this review is complete.")

R_SAS13 = "Stop and search powers: Are the police using them effectively and fairly?"
R_EVERY = "Everyone's business: Improving the police response to domestic abuse"
R_AUST = "Policing in austerity: Meeting the challenge"
R_CORE = ("Core Business: an inspection into crime prevention, police attendance and the use of "
          "police time")
R_INTEG = ("Integrity matters: An inspection of arrangements to ensure integrity and to provide "
           "the capability to tackle corruption in policing")
R_SAS15 = "Stop and search powers 2: are the police using them effectively and fairly?"
R_PIC = "Building the picture: an inspection of police information management"
R_FA = ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms "
        "licensing in police forces in England and Wales")
R_SF = "Stolen freedom: the policing response to modern slavery and human trafficking"
R_EFC17N = "PEEL: Police efficiency 2017 (national overview)"
R_LEG17 = "PEEL: Police legitimacy 2017 (national overview)"
R_POW = ("Disproportionate use of police powers: A spotlight on stop and search and the use of "
         "force")
R_EFF16 = "PEEL: Police effectiveness 2016"
R_EFC17 = "PEEL: Police efficiency 2017"
R_NCPI = "National child protection inspection 2018"
R_CDI = "Crime data integrity inspection 2019"
R_P21 = "PEEL: Police effectiveness, efficiency and legitimacy 2021/22"
R_P23 = "PEEL: Police effectiveness, efficiency and legitimacy 2023/24"

H = []  # list of dicts, in list order


def h(key, hid, report, pub, typ, text, status, sdate, comment):
    H.append(dict(key=key, id=hid, report=report, pub=pub, type=typ, text=text, status=status,
                  sdate=sdate, comment=comment))


h("sas13_1", 1187, R_SAS13, D(2013, 7, 9), NAT,
  "Chief Constables and the College of Policing should establish in the Stop and Search "
  "Authorised Professional Practice document a clear specification of what constitutes the "
  "effective and fair exercise of stop and search powers, and guidance in this respect. This "
  "should be compliant with the Code of Practice.", CO, D(2021, 5, 12), C_DONE)
h("sas13_2", 1188, R_SAS13, D(2013, 7, 9), NAT,
  "Chief Constables should establish or improve monitoring of the way officers stop and search "
  "people, so that they can be satisfied their officers are acting in accordance with the law "
  "(including equality legislation and the Code of Practice), and that the power is used "
  "effectively to prevent crime, catch criminals and maintain public trust.", CO,
  D(2021, 5, 12), C_DONE)
h("sas13_3", 1189, R_SAS13, D(2013, 7, 9), NAT,
  "Chief Constables should, in consultation with elected local policing bodies, ensure that "
  "they comply with the code of practice by explaining to the public the way stop and search "
  "powers are used in their areas and by making arrangements for stop and search records to be "
  "scrutinised by community representatives. This should be done in a way that involves those "
  "people who are stopped and searched, for example, young people.", SU, D(2021, 5, 12),
  "Superseded by recommendation 5310 (Stop and search powers 2, March 2015).")
h("everyone", 2330, R_EVERY, D(2014, 3, 27), NAT, EVERYONE_PLAN, CO, D(2021, 7, 20), C_DONE)
h("aust_1", 3561, R_AUST, D(2014, 7, 22), NAT,
  "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
  "are doing all they can to continue to reduce crime and protect the front line while "
  "balancing their budgets. They should use the data and information contained in this report, "
  "and in HMIC's Value for Money profiles, when conducting their reviews", NFA, D(2021, 3, 1),
  C_NFA)
h("aust_2", 3562, R_AUST, D(2014, 7, 22), NAT,
  "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
  "through collaboration should assess whether there is scope to improve on this position. "
  "HMIC will follow up the assessments in the autumn.", NFA, D(2021, 3, 1), C_NFA)
h("aust_3", 3563, R_AUST, D(2014, 7, 22), NAT,
  "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
  "workforce and/or police officers on the front line should assess whether they have taken "
  "the decisive action seen in many forces in order to maintain their crime fighting capacity. "
  "HMIC will follow up the assessments in the autumn.", NFA, D(2021, 3, 1), C_NFA)
h("aust_4", 3564, R_AUST, D(2014, 7, 22), NAT,
  "In preparation for the next spending round period all Chief Constables and PCCs should "
  "review their plans for collaboration. In particular they should consider whether there is "
  "scope to deliver better value for money and improved capability and capacity through joint "
  "working with other forces, the public and/or the private sector.", BP, D(2016, 4, 11),
  C_REVIEW)
h("core_1", 4830, R_CORE, D(2014, 9, 4), NAT,
  "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
  "not yet done so, should provide call-handlers with specific, sound and comprehensible "
  "criteria against which they can assess threat, harm and risk.", CO, D(2021, 5, 12), C_DONE)
h("core_2", 4831, R_CORE, D(2014, 9, 4), NAT,
  "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
  "carried out is systematically recorded and subsequently evaluated to determine the "
  "effectiveness of tactics being employed.", BP, D(2023, 2, 14), C_MON)
h("integ", 5102, R_INTEG, D(2015, 1, 30), NAT,
  "By 31 August 2015, all chief constables should satisfy themselves that they have processes "
  "in place to ensure that investigations into misconduct by officers and staff resulting in "
  "“no further action” are fair and free of any form of discrimination.", CO, D(2025, 6, 24),
  C_AUTH)
h("sas15", 5310, R_SAS15, D(2015, 3, 24), NAT,
  "Chief constables should, in consultation with police and crime commissioners, ensure that "
  "they comply with the Code of Practice by explaining to the public the way stop and search "
  "powers are used in their areas and by making arrangements for stop and search records to be "
  "scrutinised by community representatives. This should be done in a way that involves those "
  "people who are stopped and searched, for example young people.", BP, D(2024, 10, 14),
  "Closure evidence received from the force October 2024 – awaiting review by the force "
  "liaison lead.")
h("picture", 5733, R_PIC, D(2015, 7, 1), NAT,
  "By 30 November 2015, chief constables should put in place arrangements to scrutinise audits "
  "of compliance with the APP on information management through the force information "
  "management governance structure. This should include measures to ensure that categorisation "
  "of records are regularly adjusted.", AR, D(2025, 8, 5), C_REVIEW)
h("fa_1", 6120, R_FA, D(2015, 9, 15), NAT,
  "Within three months, all chief constables should assess how well the governance of firearms "
  "licensing in his or her force meets the standards set out in Authorised Professional "
  "Practice. Chief constables of forces where the governance standards are not being complied "
  "with should put in place immediately the correct arrangements and procedures in order to "
  "meet the standards in full.", CO, D(2021, 9, 2), C_DONE)
h("fa_2", 6121, R_FA, D(2015, 9, 15), NAT, FIREARMS, BP, D(2024, 1, 9), C_MON)
h("fa_3", 6122, R_FA, D(2015, 9, 15), NAT,
  "Immediately, all chief constables should satisfy themselves that all appropriate action is "
  "being taken by their force with regard to ‘total expired’ licensing records.", CO,
  D(2021, 9, 2), C_DONE)
h("fa_4", 6123, R_FA, D(2015, 9, 15), NAT,
  "Within three months, all chief constables should ensure that their arrangements in respect "
  "of the use of temporary permits are in accordance with the Home Office guidance; that "
  "temporary permits are properly recorded without delay on the National Firearms Licensing "
  "Management System; and that effective systems exist to ensure certificate holders are not "
  "permitted, at any time, to remain in unlawful possession of a firearm.", CO, D(2025, 3, 21),
  C_DONE)
h("fa_5", 6124, R_FA, D(2015, 9, 15), NAT,
  "Within three months, all chief constables should ensure that systems designed to identify, "
  "prior to police attendance, whether a reported incident involves or is at the address of a "
  "firearm certificate holder are in place and are always applied by staff dispatching officers "
  "to incidents; and that officers understand the risk assessment which they should be "
  "undertaking in such circumstances, and their power, when appropriate, to seize firearms and "
  "firearm certificates.", AR, D(2025, 8, 5), C_REVIEW)
h("eff16_coc", 7351, R_EFF16, D(2017, 3, 2), COC, CAUSE_MISSING, CO, D(2021, 6, 14), C_DONE)
h("eff16_rec", 7352, R_EFF16, D(2017, 3, 2), REC,
  "To address this cause of concern, HMIC recommends the force should immediately "
  + MISSING_CHILDREN_BODY + ".", CO, D(2021, 6, 14), C_DONE)
h("eff16_afi1", 7353, R_EFF16, D(2017, 3, 2), AFI,
  "The force should cease the practice of conducting domestic abuse risk assessments over the "
  "telephone and dealing with domestic abuse in the resolution centre.", SU, D(2022, 6, 30),
  C_PEEL)
h("eff16_afi2", 7354, R_EFF16, D(2017, 3, 2), AFI,
  "The force should consider ways of increasing the use of arrest, ancillary orders and other "
  "available powers, in order to improve the service it provides to victims of domestic abuse, "
  "offer the best possible protection and bring more perpetrators to justice.", SU,
  D(2022, 6, 30), C_PEEL)
h("sf_lead", 8402, R_SF, D(2017, 10, 24), NAT, SF_LEADERSHIP, BP, D(2025, 4, 3), C_MON)
h("msht_intel", 8403, R_SF, D(2017, 10, 24), NAT,
  "Within six months, forces should have in place active information-sharing agreements with "
  "other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard "
  "victims better and to identify suspects as early as possible", BP, D(2025, 4, 3), C_MON)
h("msht_s45", 8404, R_SF, D(2017, 10, 24), NAT,
  "Immediately, forces should ensure that all victims carrying out criminal acts under "
  "compulsion attributable to slavery or exploitation are afforded the protection of early and "
  "continuing consideration of the applicability of the section 45 defence.", CO,
  D(2025, 4, 3), C_AUTH)
h("msht_nrm", 8405, R_SF, D(2017, 10, 24), NAT,
  "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
  "process as it evolves and are implementing the requirement placed upon them under the "
  "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult "
  "victim of modern slavery or human trafficking.", BP, D(2025, 4, 3), C_MON)
h("msht_ncrs", 8406, R_SF, D(2017, 10, 24), NAT,
  "Immediately, forces should take steps to ensure they fully comply with national crime "
  "recording standard (NCRS) requirements for offences identified as modern slavery and human "
  "trafficking and that sufficient audit capacity is available to the force crime registrar to "
  "provide reassurance that each force is identifying and managing any gaps in its "
  "crime-recording accuracy for these types of offences.", BP, D(2025, 7, 8),
  "Force submission received 1 July 2025. Under review.")
h("msht_inv", 8407, R_SF, D(2017, 10, 24), NAT,
  "Immediately, forces should ensure that allegations or indications of modern slavery and "
  "human trafficking are thoroughly investigated and effectively supervised by teams and "
  "individuals with the skills and experience to undertake them (this should include the use "
  "where appropriate of joint intelligence teams and other means to obtain intelligence and "
  "evidence from agencies overseas).", BP, D(2025, 4, 3), C_MON)
h("msht_prev", 8408, R_SF, D(2017, 10, 24), NAT,
  "Immediately, forces should review their use of preventative powers under the Modern Slavery "
  "Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a "
  "clear threat to others in respect of modern slavery and human trafficking offences are "
  "exploited.", SU, D(2024, 11, 19), C_PEEL)
h("digital", 8466, R_EFC17N, D(2017, 11, 9), NAT, DIGITAL_FULL, BP, D(2023, 2, 14), C_MON)
h("efc_demand", 8470, R_EFC17, D(2017, 11, 9), AFI,
  "The force should undertake further work to gain a fuller understanding of current demand "
  "for its services, and likely future changes in demand. This is so it can make best use of "
  "its resources by matching them to demand to meet the needs of the public.", CO,
  D(2025, 10, 2), C_DONE)
h("efc_costs", 8471, R_EFC17, D(2017, 11, 9), AFI,
  "The force should develop its understanding of the links between its outcomes, outputs and "
  "costs.", BP, D(2025, 7, 8), "Force submission received 30 June 2025. Under review.")
h("efc_wfp", 8472, R_EFC17, D(2017, 11, 9), AFI,
  "The force should develop a future workforce plan that is aligned with its overall demand and "
  "budget. The plan should include future resource allocations, the mix of skills required by "
  "the workforce and behaviours expected of them.", BP, D(2023, 2, 14), C_MON)
h("leg_coc", 8541, R_LEG17, D(2017, 12, 12), COC, LEG17_COC, BP, D(2024, 6, 18), C_MON)
h("leg_mon", 8542, R_LEG17, D(2017, 12, 12), NAT, SAS_MONITORING_2017, BP, D(2024, 6, 18),
  C_MON)
h("leg_dispar", 8543, R_LEG17, D(2017, 12, 12), NAT,
  "Where forces identify disparities through monitoring, they should demonstrate to the public "
  "that they have:\n•carried out research and analysis in an attempt to understand the reasons "
  "for the disparity, and •taken action to reduce the disparity, where necessary;", CO,
  D(2024, 11, 19), C_DONE)
h("leg_publish", 8544, R_LEG17, D(2017, 12, 12), NAT,
  "We expect forces to publish this analysis and any actions taken at least on an annual basis, "
  "from July 2018.", BP, D(2024, 6, 18), C_MON)
h("leg_train", 8545, R_LEG17, D(2017, 12, 12), NAT,
  "By July 2018, and ongoing following that date, forces should ensure that all officers who "
  "use stop and search powers have been provided with, and understand, training on unconscious "
  "bias and College of Policing APP on stop and search.", BP, D(2025, 7, 8),
  "Force submission received 1 July 2025. Under review.")
h("ncpi_det", 9147, R_NCPI, D(2018, 6, 21), REC,
  "Within six months Lincolnshire Police should, " + DETENTION_BODY + ".", BP, D(2025, 4, 15),
  "Force submission received 2 April 2025. Under review.")
h("ncpi_dash", 9148, R_NCPI, D(2018, 6, 21), REC,
  "Within three months, the force should take steps to ensure that there is effective "
  "supervision of the initial risk assessment process, specifically in relation to the "
  "completion of DASH risk assessment in appropriate cases.", BP, D(2023, 2, 14), C_MON)
h("cdi_victims", 10233, R_CDI, D(2019, 9, 26), REC,
  "Within six months the force should " + CDI_VICTIMS_BODY + ".", BP, D(2025, 7, 8),
  "Force submission received 1 July 2025. Under review.")
h("cdi_thr", 10234, R_CDI, D(2019, 9, 26), AFI,
  "The force should provide call-handlers with specific, sound and comprehensible criteria "
  "against which they can assess threat, harm and risk.", BP, D(2023, 2, 14), C_MON)
h("cdi_sys", 10235, R_CDI, D(2019, 9, 26), AFI,
  "The force should improve its use of its crime-recording and management system to better "
  "manage its case files and investigative processes.", CO, D(2025, 9, 30), C_AUTH)
h("pw_comm", 11820, R_POW, D(2021, 2, 26), NAT,
  "By July 2022, forces should ensure that officers and staff have effective communication "
  "skills, in line with the National Policing Guidelines on Conflict Management. This should be "
  "in addition to existing training on conflict management and de-escalation.", BP,
  D(2024, 6, 18), C_MON)
h("pw_cpd", 11821, R_POW, D(2021, 2, 26), NAT,
  "By July 2021, forces should ensure that communication skills are reinforced as part of the "
  "programme of continuing professional development for officers and staff, and that "
  "supervisors are supported to routinely and frequently debrief officers on these skills using "
  "body-worn video footage.", BP, D(2024, 6, 18), C_MON)
h("pw_bwv", 11822, R_POW, D(2021, 2, 26), NAT, BWV_2021, CO, D(2025, 5, 20), C_AUTH)
h("pw_ho", 11823, R_POW, D(2021, 2, 26), NAT,
  "The Home Office and the NPCC should take steps to ensure that the quality of the data "
  "collected on the number of incidents where force has been used to effect a stop and search "
  "is sufficient for publication. The Home Office should publish this data as soon as "
  "possible.", AR, D(2021, 3, 1), C_NEW)
h("pw_force", 11824, R_POW, D(2021, 2, 26), NAT,
  "By July 2021, forces should ensure they have effective internal monitoring processes on the "
  "use of force, to help them to identify and understand disproportionate use, explain the "
  "reasons and implement any necessary improvement action.", BP, D(2024, 6, 18), C_MON)

P21 = dict(
    A1=("records", "hate crime", CO, D(2025, 2, 11), C_DONE),
    A2=("partners", "county lines drug dealing", CO, D(2025, 9, 30), C_DONE),
    A3=("alloc", "rape and serious sexual offences", SU, D(2024, 5, 17),
        "Superseded by area for improvement 14402 (PEEL 2023/24)."),
    A4=("timely", "vulnerable adults", BP, D(2024, 5, 17), C_MON),
    A5=("informed", "residential burglary", BP, D(2023, 3, 2),
        "Force update received January 2023. Further evidence of sustained improvement "
        "required."),
    A6=("scale", "child sexual exploitation", BP, D(2024, 5, 17), C_MON),
    A7=("orders", "stalking and harassment", CO, D(2025, 5, 20), C_AUTH),
    A8=("offenders", "serious and organised crime", BP, D(2024, 5, 17), C_MON),
    A9=("problem", "anti-social behaviour", SU, D(2024, 5, 17),
        "Superseded – activity now inspected under PEEL 2023/24."),
    A10=("training", "honour-based abuse", BP, D(2024, 5, 17), C_MON),
)
for i, (k, (body, topic, st, sd, cm)) in enumerate(P21.items()):
    h(k, 12980 + i, R_P21, D(2022, 5, 20), AFI, afi(body, topic), st, sd, cm)

P23 = dict(
    P1=("alloc", "rape and serious sexual offences", BP, D(2025, 4, 3), C_MON),
    P2=("capacity", "online child sexual abuse", AR, D(2024, 5, 17), C_NEW_AFI),
    P3=("intel", "county lines drug dealing", BP, D(2025, 4, 3), C_MON),
    P4=("analysis", "serious and organised crime", BP, D(2025, 4, 3), C_MON),
    P5=("review", "fraud", BP, D(2025, 4, 3), C_MON),
    P6=("perf", "violence against women and girls", BP, D(2025, 7, 8),
        "Force submission received 1 July 2025. Under review."),
    P7=("prevent", "knife crime", CO, D(2025, 9, 30), C_AUTH),
    P8=("timely", "people with mental ill health", CO, D(2025, 9, 30), C_AUTH),
    P9=("informed", "rape and serious sexual offences", BP, D(2025, 4, 3), C_MON),
    P10=("scale", "modern slavery and human trafficking", AR, D(2024, 5, 17), C_NEW_AFI),
    P11=("records", "anti-social behaviour", BP, D(2025, 4, 3), C_MON),
    P12=("alloc", "fraud", BP, D(2025, 4, 3), C_MON),
    P13=("training", "female genital mutilation", BP, D(2025, 4, 3), C_MON),
)
for i, (k, (body, topic, st, sd, cm)) in enumerate(P23.items()):
    stem = "Lincolnshire Police should {b}." if k in ("P4", "P11") else "The force should {b}."
    h(k, 14402 + i, R_P23, D(2024, 5, 17), AFI, afi(body, topic, stem), st, sd, cm)

H.sort(key=lambda x: (x["pub"], x["id"]))
HKEY = {x["key"]: x for x in H}
assert len(HKEY) == len(H)

# --------------------------------------------------------------------------------------------
# Force tracker rows
# --------------------------------------------------------------------------------------------
MET, PM, NM, NYA, NA = "Met", "Partially met", "Not met", "Not yet assessed", "Not applicable"
ACC, RET, DEF = "Accepted", "Returned for more evidence", "Deferred"
PANEL = [D(2024, 3, 12), D(2024, 6, 11), D(2024, 9, 10), D(2024, 12, 10), D(2025, 3, 11),
         D(2025, 6, 10), D(2025, 9, 9)]
NEXT_PANEL = D(2025, 12, 9)


def ev(state):
    if state in (NM, NYA):
        return None
    return "EV/%02d/%03d" % (rng.choice([24, 25]), rng.randint(1, 140))


def R(key, typ, text, lead, co, sa, pdate=None, pout=None, sub=None, sdate=None, narr=None,
      rag=None, hid="auto", action=None, cat=None, why=None, evref="auto"):
    """One force item row. key: HMICFRS key (or None for force-only)."""
    if hid == "auto":
        hid = HKEY[key]["id"] if key else None
    if evref == "auto":
        evref = ev(sa)
    return dict(kind="item", key=key, type=typ, text=text, lead=lead, co=co, sa=sa,
                pdate=pdate, pout=pout, sub=sub, sdate=sdate, narr=narr, rag=rag, hid=hid,
                action=action, cat=cat, why=why, ev=evref)


def banner(text):
    return dict(kind="banner", text=text)


BLANK = dict(kind="blank")

abbr = [(r"modern slavery and human trafficking", "MSHT"), (r"stop and search", "S&S"),
        (r"body-worn video", "BWV"), (r"information-sharing agreements", "ISAs"),
        (r"police and crime commissioners", "PCCs"), (r"domestic abuse", "DA"),
        (r"continuing professional development", "CPD"), (r"officers and staff", "officers & staff"),
        (r"College of Policing", "CoP"), (r"Authorised Professional Practice", "APP")]


def ab(text, only=None):
    for pat, rep in abbr:
        if only is None or rep in only:
            text = re.sub(pat, rep, text, flags=re.I)
    return text


T = []  # tracker live sheet rows, in order
T.append(banner("STOP & SEARCH POWERS (HMIC 2013) – published July 2013 – 3 national "
                "recommendations (2 closed – see Closed items tab)"))
T.append(R("sas13_3", "Nat rec", ab(HKEY["sas13_3"]["text"], {"S&S"}),
           "C/Supt Bell", "ACC Local Policing", PM, PANEL[1], ACC, "No", None,
           "Stop and search scrutiny panel relaunched Jan 2024 with two youth members; records "
           "published on the force website monthly. Community review of BWV footage not yet "
           "embedded. Panel agreed Partially met.", "AMBER", hid=None,
           cat="closeable_local",
           why="HMICFRS Superseded (by 5310); force Partially met = open. Near-identical text to "
               "the 2015 rec (elected local policing bodies vs PCCs); report banner decides."))
T.append(BLANK)
T.append(banner("CORE BUSINESS (HMIC, 4 September 2014)"))
T.append(R("core_2", "Nat rec", HKEY["core_2"]["text"], "Head of Corporate Development", "DCC",
           MET, PANEL[6], RET, "No", None,
           "Problem-solving database records all disruption activity; evaluation template live "
           "since April 2025. Panel 09/09/25 returned: only 14% of closed problem profiles carry "
           "an evaluation – re-present when the Q3 sample audit is complete.", "GREEN",
           cat="in_sync",
           why="HMICFRS Being progressed; force self-assessed Met but the assurance panel "
               "Returned it for more evidence, so open (legacy RAG GREEN is stale). Open/open."))
T.append(BLANK)
T.append(banner("INTEGRITY MATTERS (HMIC, 30/01/2015)"))
T.append(R("integ", "Nat rec", HKEY["integ"]["text"], "Head of Professional Standards", "DCC",
           PM, PANEL[4], ACC, "Update only", D(2025, 4, 7),
           "PSD disproportionality audit of NFA misconduct outcomes 2023/24 completed; ethnicity "
           "recording incomplete for police staff cases. Panel accepted Partially met. Progress "
           "update sent to HMICFRS via the portal 07/04/25 (not a closure request).", "AMBER",
           cat="closeable_local",
           why="HMICFRS Complete (authorised for closure); force Partially met – panel "
               "'Accepted' endorses the partial grade, and 'Update only' is not a closure "
               "submission, so force open."))
T.append(BLANK)
T.append(banner("STOP & SEARCH POWERS 2 (HMIC, March 2015)"))
T.append(R("sas15", "Nat rec", ab(HKEY["sas15"]["text"], {"S&S", "PCCs"}), "C/Supt Bell",
           "ACC Local Policing", MET, PANEL[2], ACC, "Yes", D(2024, 10, 2),
           "S&S data published monthly; independent scrutiny panel (incl. young people) reviews "
           "a sample of records and BWV each quarter. Closure evidence submitted 02/10/24.",
           "GREEN", hid=None, cat="closeable_submit",
           why="HMICFRS Being progressed; force Met, panel Accepted, submitted – done. No HMICFRS "
               "ID on the force row; near-twin of the 2013 rec."))
T.append(BLANK)
T.append(banner("FIREARMS LICENSING 2015 (Targeting the Risk) – published 15/09/2015"))
T.append(R("fa_2", "Nat rec", FIREARMS, "Supt Firearms Licensing", "ACC Local Policing", PM,
           PANEL[5], DEF, "No", None,
           "Demand model refreshed (renewals peak 2026/27). Two additional FEO posts funded from "
           "April 2026. Panel deferred a decision until the posts are filled and backlog is "
           "below 8 weeks.", "RED", cat="in_sync",
           why="HMICFRS Being progressed; force Partially met and Deferred – open/open."))
T.append(R("fa_4", "Nat rec", HKEY["fa_4"]["text"], "Supt Firearms Licensing",
           "ACC Local Policing", MET, PANEL[3], ACC, "Yes", D(2025, 1, 8),
           "NFLMS audit: all temporary permits recorded on the day of issue; expiry reminders "
           "automated. HMICFRS confirmed closure 21/03/25 – to move to Closed items tab.",
           "GREEN", cat="in_sync",
           why="HMICFRS Complete; force Met, Accepted, submitted – closed on both (row not yet "
               "moved to the Closed tab)."))
T.append(R("fa_5", "Nat rec", ab(HKEY["fa_5"]["text"].split("; and that officers")[0] + "."),
           "Supt Firearms Licensing", "ACC Local Policing", NM, None, None, "No", None,
           "Certificate-holder flag on command and control depends on the STORM upgrade "
           "(go-live Q2 2026). Interim manual check by control room supervisors only.", "RED",
           cat="in_sync",
           why="HMICFRS Awaiting review; force Not met – open/open. Force text drops the second "
               "clause (officers' risk assessment / seizure powers): abridgement, no timescale, "
               "bullet or number lost – not a conflict."))
T.append(BLANK)
T.append(banner("PEEL EFFECTIVENESS 2016 – published 2 March 2017 (1 cause of concern + 1 rec "
                "closed; see Closed items)"))
T.append(R("eff16_afi1", "AFI", "AFI 1 - " + ab(HKEY["eff16_afi1"]["text"], {"DA"}),
           "Ch Supt Public Protection", "ACC Crime", PM, PANEL[1], ACC, "No", None,
           "Telephone DASH now limited to standard-risk repeat callers with supervisor review; "
           "resolution centre DA deployments ceased Nov 2023. Residual use under review.",
           "AMBER", cat="closeable_local",
           why="HMICFRS Superseded (PEEL re-inspection); force Partially met – open."))
T.append(BLANK)
T.append(banner("Stolen Freedom: the policing response to Modern Slavery & Human Trafficking – "
                "published 24 October 2017"))
sf_stem = ("Within 12 months, forces should review their leadership & governance arrangements "
           "for MSHT, to ensure that: ")
sf_bul = [
    ("(a) senior leaders prioritise the response to MSHT", MET, ACC,
     "MSHT included in control strategy; DCS Crime is strategic lead; quarterly MSHT board."),
    ("(b) every incident of modern slavery identified to police is allocated appropriate "
     "resources with the skills, experience and capacity to investigate it effectively", PM, ACC,
     "Allocation still on CID capacity basis; MSHT-trained investigators in 2 of 3 areas."),
    ("(c) forces develop effective partnership arrangements to co-ordinate activity in order to "
     "share information and safeguard victims", MET, ACC,
     "Lincolnshire Modern Slavery Partnership ToR refreshed 2024."),
    ("(d) performance and QA measures are in place to allow senior leaders to assess the nature "
     "and quality of the service provided to victims", MET, ACC,
     "MSHT measures in monthly performance pack; victim feedback survey live."),
]
for txt, sa, po, nar in sf_bul:
    T.append(R("sf_lead", "Nat rec", sf_stem + txt, "Det Ch Supt Force CID", "ACC Crime", sa,
               PANEL[4], po, "No", None, nar, "AMBER", cat="in_sync",
               why="Split row (one per bullet) of HMICFRS 8402, Being progressed. Bullet (b) is "
                   "Partially met, so the item is open on the force side – open/open."))
T.append(R("msht_intel", "Nat rec",
           "Within twelve months, forces should have in place active ISAs with other agencies to "
           "facilitate speedy exchange of intelligence and in order to safeguard victims better "
           "and to identify suspects as early as possible.", "Head of Intelligence", "ACC Crime",
           MET, PANEL[3], ACC, "No", None,
           "ISAs in place with Lincolnshire County Council, Border Force, GLAA and the NHS trust. "
           "Panel accepted 10/12/24.", "GREEN", cat="conflict",
           why="Timescale: force text says 'Within twelve months', HMICFRS 8403 says 'Within six "
               "months'. (Statuses: HMICFRS open, force done.)"))
T.append(R("msht_s45", "Nat rec", ab(HKEY["msht_s45"]["text"]), "Det Ch Supt Force CID",
           "ACC Crime", PM, None, None, "No", None,
           "s45 defence guidance issued to custody and CPS liaison; awareness among response "
           "officers patchy (Aug 2025 audit). Refresher input on MSHT e-learning.", "AMBER",
           hid="8404 ", cat="closeable_local",
           why="HMICFRS Complete; force Partially met – open. HMICFRS ID typed as text with a "
               "trailing space."))
T.append(R("msht_nrm", "Nat rec", HKEY["msht_nrm"]["text"], "Det Ch Supt Force CID", "ACC Crime",
           MET, NEXT_PANEL, None, "No", None,
           "All adult NRM referrals and MS1 duty-to-notify forms routed via the Modern Slavery "
           "SPOC; 100% compliance in Q1–Q2 2025 audit. Evidence pack lodged for the December "
           "panel.", "AMBER", cat="closeable_submit",
           why="HMICFRS Being progressed; force Met, awaiting its first assurance panel "
               "(09/12/2025) – proposed for closure, pending sign-off = done."))
T.append(R("msht_ncrs", "Nat rec", ab(HKEY["msht_ncrs"]["text"]), "Force Crime Registrar",
           "DCC", MET, PANEL[5], ACC, "Yes", D(2025, 7, 1),
           "MSHT offences added to the monthly NCRS audit (97% compliance, 6 months). Additional "
           "auditor post made permanent. Submitted for closure 01/07/25.", "GREEN",
           cat="closeable_submit",
           why="HMICFRS Being progressed (submission under review); force Met, Accepted, "
               "submitted – done."))
T.append(R("msht_inv", "Nat rec", ab(HKEY["msht_inv"]["text"]), "Det Ch Supt Force CID",
           "ACC Crime", PM, PANEL[4], ACC, "No", None,
           "MSHT investigations reviewed by DI at 7 and 28 days. JIT use limited – no overseas "
           "enquiries in period.", "AMBER", cat="in_sync",
           why="HMICFRS Being progressed; force Partially met – open/open."))
T.append(R("msht_prev", "Nat rec", ab(HKEY["msht_prev"]["text"]), "Det Ch Supt Force CID",
           "ACC Crime", NM, None, None, "No", None,
           "Only two STRO/STPO applications since 2022. Legal services briefing to DIs planned "
           "for Jan 2026.", "RED", cat="closeable_local",
           why="HMICFRS Superseded; force Not met – open."))
T.append(BLANK)
T.append(banner("PEEL EFFICIENCY 2017 – published 09/11/2017 – 3 AFIs"))
T.append(R("efc_demand", "AFI", "AFI 1 - " + HKEY["efc_demand"]["text"],
           "Head of Corporate Development", "DCC", MET, PANEL[2], ACC, "Yes", D(2024, 10, 2),
           "FMS 2025 and the demand model are complete and used in the annual planning cycle. "
           "HMICFRS confirmed closure 02/10/25 – move to Closed items at next refresh.", "GREEN",
           cat="in_sync",
           why="HMICFRS Complete; force Met, Accepted, submitted – closed on both."))
T.append(R("efc_costs", "AFI", "AFI 2 - " + HKEY["efc_costs"]["text"], "Director of Finance",
           "Director of Finance", MET, PANEL[5], ACC, "Yes", D(2025, 6, 30),
           "Outcome-based budgeting pilot (Crime and Contact) links spend to outputs and "
           "outcomes; CIPFA benchmarking in MTFP. Submitted 30/06/25.", "AMBER",
           cat="closeable_submit",
           why="HMICFRS Being progressed; force Met, Accepted, submitted – done (legacy AMBER is "
               "stale)."))
T.append(R("efc_wfp", "AFI", "AFI 3 - " + HKEY["efc_wfp"]["text"], "Director of People",
           "Director of People", PM, PANEL[5], ACC, "No", None,
           "Strategic Workforce Plan 2025–28 approved by COG; skills-mix and behaviours section "
           "outstanding.", "AMBER", cat="in_sync",
           why="HMICFRS Being progressed; force Partially met – open/open."))
T.append(BLANK)
T.append(banner("PEEL Efficiency 17 (all forces) – national recommendation – published "
                "09/11/2017"))
T.append(R("digital", "Nat rec", DIGITAL, "Head of Corporate Development", "DCC", MET, PANEL[6],
           ACC, "No", None,
           "Digital Policing Strategy 2024–27 approved by COG; Single Online Home and digital "
           "public contact live. Panel accepted 09/09/25 – closure submission being drafted.",
           "AMBER", cat="closeable_submit",
           why="HMICFRS Being progressed; force Met and Accepted, not yet submitted – done. The "
               "force text omits HMICFRS's second sentence, which is addressed to the Home Office/"
               "NPCC/APCC, not the force: not a conflict."))
T.append(BLANK)
T.append(banner("PEEL Legit 17 S&S (national) – published 12 December 2017"))
T.append(R("leg_coc", "CoC", ab(LEG17_COC, {"S&S"}), "C/Supt Bell", "ACC Local Policing", PM,
           PANEL[4], ACC, "No", None,
           "Cause of concern is discharged when the supporting recommendations are met (see "
           "below).", "AMBER", cat="in_sync",
           why="HMICFRS cause of concern 8541 Being progressed; force Partially met – open/open."))
leg_stem = ("By July 2018, all police forces across England and Wales should be regularly & "
            "frequently monitoring a comprehensive set of data & information on use of S&S "
            "powers to understand: ")
T.append(R("leg_mon", "Nat rec", leg_stem + "(a) the reasons for any disproportionate "
           "representation of different ethnic groups in the use of S&S", "C/Supt Bell",
           "ACC Local Policing", MET, PANEL[3], ACC, "No", None,
           "Quarterly disproportionality dashboard (Power BI) to S&S board and scrutiny panel.",
           "GREEN", cat="conflict",
           why="Split row of HMICFRS 8542 (3 bullets). The force split it into (a) and (b) "
               "only; bullet 3 (possession-only drug searches vs priorities) is missing."))
T.append(R("leg_mon", "Nat rec", leg_stem + "(b) the extent to which find rates differ between "
           "people from different ethnicities, and across different types of searches "
           "(including separate identification of find rates for drug possession and "
           "supply-type offences)", "C/Supt Bell", "ACC Local Policing", MET, PANEL[3], ACC,
           "No", None, "Find rates by ethnicity and search type in the same dashboard.", "GREEN",
           cat="conflict",
           why="Split row (b) of HMICFRS 8542; the item's third bullet is missing from the "
               "tracker – conflict for both split rows."))
T.append(R("leg_train", "Nat rec", ab(HKEY["leg_train"]["text"], {"S&S", "CoP"}),
           "Head of Learning & Development", "ACC Local Policing", MET, PANEL[5], ACC, "Yes",
           D(2025, 7, 1),
           "Unconscious bias and S&S APP module mandatory before S&S authority; 98.6% of "
           "officers compliant. Submitted 01/07/25.", "GREEN", hid="#8545",
           cat="closeable_submit",
           why="HMICFRS Being progressed; force Met, Accepted, submitted – done. ID written "
               "'#8545'."))
T.append(BLANK)
T.append(banner("NCPI 2018 (National Child Protection Inspection) – published 21/06/2018"))
T.append(R("ncpi_det", "Rec", "Within six months the force should, " + DETENTION_BODY + ".",
           "Ch Insp Custody", "ACC Local Policing", MET, PANEL[4], ACC, "Yes", D(2025, 4, 2),
           "Joint protocol with Children's Services signed; PACE bed requests tracked daily; AA "
           "response time median 2h10. Submitted 02/04/25.", "GREEN", hid=9174,
           cat="conflict",
           why="Reference: the force records HMICFRS ID 9174, HMICFRS lists the item as 9147 "
               "(digits transposed; 9174 is not on the list). Text and report agree."))
T.append(R("ncpi_dash", "Rec", HKEY["ncpi_dash"]["text"], "Ch Supt Public Protection",
           "ACC Crime", NM, None, None, "No", None,
           "DASH supervisory review compliance 61% (Sept 2025). Public Protection performance "
           "framework being rebuilt.", "RED", cat="in_sync",
           why="HMICFRS Being progressed; force Not met – open/open."))
T.append(BLANK)
T.append(banner("PEEL 2018/19 – published 02/05/2019"))
T.append(R(None, "AFI", "The force should make sure it provides a confidential way for staff "
           "to raise concerns and that staff are aware of whistleblowing processes.",
           "Head of Professional Standards", "DCC", PM, PANEL[2], ACC, "No", None,
           "Confidential reporting line procured; awareness survey planned Q4.", "AMBER",
           cat="not_on_hmicfrs_list",
           why="No HMICFRS item with this text on the definitive list (PEEL 2018/19 items are "
               "not on it at all) – query with HMICFRS."))
T.append(BLANK)
T.append(banner("CDI 2019 (Crime Data Integrity) – published 26 September 2019"))
cdi_actions = [
    ("1. Call handler input – 'believe the victim at the point of report' (THRIVE+).",
     "All contact staff trained; call QA shows 96% compliance."),
    ("2. Incident log summary standard and monthly QA dip sample.",
     "Summary standard in contact handbook; monthly dip sample by Crime Bureau."),
    ("3. Multiple crimes – Crime Bureau audit of incident-to-crime conversion.",
     "Multiple-crime audit: 95% compliance (Mar–May 25)."),
    ("4. Stop awaiting medical/ABE results before recording – policy and briefing.",
     "Crime recording policy v4 issued; practice not found in last two audits."),
    ("5. Online reports triaged at point of receipt (Single Online Home).",
     "SOH reports triaged within 1 hour by the Digital Desk."),
]
CDI_FULL = "Within six months the force should " + CDI_VICTIMS_BODY + "."
for i, (act, nar) in enumerate(cdi_actions):
    T.append(R("cdi_victims", "Rec", CDI_FULL if i == 0 else None, "Force Crime Registrar", "DCC",
               MET, PANEL[5], ACC, "Yes", D(2025, 7, 1),
               nar + (" Whole rec submitted 01/07/25." if i == 4 else ""), "GREEN",
               hid=10233 if i == 0 else None, action=act, cat="closeable_submit",
               why="Split action row %d of 5 of HMICFRS 10233 (ID, type and text in merged cells "
                   "spanning the five rows). All five Met, Accepted, submitted; HMICFRS Being "
                   "progressed." % (i + 1)))
T.append(R("cdi_thr", "Rec", HKEY["cdi_thr"]["text"], "Supt Contact Centre", "ACC Local Policing",
           PM, PANEL[4], ACC, "No", None,
           "THRIVE+ criteria embedded in STORM; QA of grading decisions shows 88% appropriate.",
           "AMBER", cat="conflict",
           why="Type: force records a Recommendation, HMICFRS 10234 is an Area for improvement. "
               "(Near-twin of Core Business 4830 on the Closed tab.)"))
T.append(R("cdi_sys", "AFI", HKEY["cdi_sys"]["text"], "Head of Criminal Justice", "ACC Crime",
           MET, "Dec 25 panel (TBC)", None, "No", None,
           "Niche case file workflow and investigation plan template live force-wide. Evidence "
           "pack ready for December panel.", "AMBER", cat="in_sync",
           why="HMICFRS Complete; force Met pending its panel (proposed for closure) = done – "
               "closed on both."))
T.append(BLANK)
T.append(banner("Police powers spotlight (Feb 21) – Disproportionate use of police powers"))
T.append(R("pw_comm", "Nat rec", ab(HKEY["pw_comm"]["text"], {"officers & staff"}),
           "Head of Learning & Development", "ACC Local Policing", PM, PANEL[5], ACC, "No",
           None, "Communication skills in officer safety training since 2023; staff roll-out "
           "incomplete.", "AMBER", cat="in_sync",
           why="HMICFRS Being progressed; force Partially met – open/open."))
T.append(R("pw_cpd", "Nat rec", ab(HKEY["pw_cpd"]["text"]), "Head of Learning & Development",
           "ACC Local Policing", MET, PANEL[5], RET, "No", None,
           "CPD day includes comms skills. Panel returned 10/06/25: no evidence of supervisors "
           "routinely debriefing with BWV.", "GREEN", cat="in_sync",
           why="HMICFRS Being progressed; force Met but Returned for more evidence – open/open."))
bwv = [
    ("ensure that officers record on BWV (when this is available) the entirety of all S&S "
     "encounters, including traffic stops and use of force incidents.", MET, ACC,
     "BWV activation for all S&S: 97% (Q2 25)."),
    ("have a structured process for regularly reviewing and monitoring internally a sufficient "
     "sample of BWV footage to identify and disseminate learning and hold officers to account "
     "when behaviour falls below acceptable standards.", MET, ACC,
     "Monthly supervisor review of 10% sample; learning in Policing Matters bulletin."),
    ("provide external scrutiny panel members with access to samples of BWV footage showing "
     "S&S encounters and use of force incidents, taking account of the safeguards in the CoP's "
     "APP.", PM, ACC,
     "Panel members view footage in person only; secure remote viewing awaited."),
]
for i, (txt, sa, po, nar) in enumerate(bwv):
    T.append(R("pw_bwv", "Nat rec", "By September 2021, forces should: " + txt, "C/Supt Bell",
               "ACC Local Policing", sa, PANEL[5], po, "No", None, nar, "AMBER",
               cat="closeable_local",
               why="Split row %d of 3 of HMICFRS 11822 (Complete). Part 3 is Partially met, so "
                   "the item is open on the force side." % (i + 1)))
T.append(R("pw_ho", "Nat rec", HKEY["pw_ho"]["text"], "C/Supt Bell", "ACC Local Policing", NA,
           PANEL[3], ACC, "Yes", D(2025, 1, 8),
           "Directed at the Home Office and NPCC – no action for the force. Panel agreed Not "
           "applicable; explanation sent to HMICFRS 08/01/25.", None, cat="closeable_submit",
           why="Force 'Not applicable' (not the force's to deliver, panel Accepted, explanation "
               "submitted) counts as done, like WHITE; HMICFRS Awaiting review."))
T.append(R("pw_force", "Nat rec", HKEY["pw_force"]["text"], "Head of Professional Standards",
           "DCC", NM, None, None, "No", None,
           "Use of force data quality too poor for disproportionality analysis; new UoF form "
           "due on Pronto in 2026.", "RED", cat="in_sync",
           why="HMICFRS Being progressed; force Not met – open/open."))
T.append(BLANK)
T.append(banner("PEEL Assessment 2021/22 – published 20/05/2022 – 10 AFIs (AFI 1 and AFI 9 "
                "closed)"))


def p21(k, n, sa, pdate, pout, sub, sdate, narr, rag, cat, why, text=None, hid="auto"):
    return R(k, "AFI", text or ("AFI %d - " % n) + HKEY[k]["text"], lead21[k], co21[k], sa,
             pdate, pout, sub, sdate, narr, rag, cat=cat, why=why, hid=hid)


lead21 = dict(A2="Head of Intelligence", A3="Det Ch Supt Force CID",
              A4="Supt Contact Centre", A5="ACC Local Policing", A6="Ch Supt Public Protection",
              A7="Ch Supt Public Protection", A8="Head of Intelligence",
              A10="Ch Supt Public Protection", P9="Det Ch Supt Force CID")
co21 = dict(A2="ACC Crime", A3="ACC Crime", A4="ACC Local Policing", A5="ACC Local Policing",
            A6="ACC Crime", A7="ACC Crime", A8="ACC Crime", A10="ACC Crime", P9="ACC Crime")
T.append(p21("A2", 2, MET, PANEL[2], ACC, "Yes", D(2024, 10, 2),
             "County lines safeguarding hub with Children's Services; Op Orochi referrals "
             "tracked. HMICFRS confirmed closure 30/09/25.", "GREEN", "in_sync",
             "HMICFRS Complete; force Met, Accepted, submitted – closed on both."))
T.append(p21("A3", 3, PM, PANEL[4], ACC, "No", None,
             "RASSO investigations allocated to Op Soteria teams; supervision compliance 74%. "
             "Note: HMICFRS repeated this AFI in PEEL 2023/24.", "AMBER", "closeable_local",
             "HMICFRS 12982 Superseded (by 14402); force Partially met – open. Same text as "
             "14402 (PEEL 2023/24), which has no force row; the report banner and the HMICFRS "
             "ID (12982) tie this row to the 2021/22 item."))
T.append(p21("A4", 4, MET, PANEL[6], ACC, "No", None,
             "Mental health triage car and vulnerability desk; P1 attendance within target 91%. "
             "Accepted at panel – submission to be sent.", "AMBER", "closeable_submit",
             "HMICFRS Being progressed; force Met, Accepted, not yet submitted – done."))
T.append(p21("A5", 5, MET, PANEL[4], RET, "Yes", D(2023, 1, 17),
             "Closure submitted to HMICFRS Jan 2023 under the previous RAG process. Re-tested at "
             "panel 11/03/25 and returned: victim updates within VCOP timescales only 68%.",
             "BLUE", "in_sync",
             "HMICFRS Being progressed; force Met and Submitted 'Yes' (2023), but the later "
             "assurance panel Returned it – the force's own latest view is open. Open/open."))
T.append(p21("A6", 6, MET, PANEL[6], DEF, "No", None,
             "CSE problem profile refreshed 2025. Panel deferred to March 2026 to see the "
             "partnership data-sharing agreement signed.", "GREEN", "in_sync",
             "HMICFRS Being progressed; force Met but the panel Deferred its decision – open."))
T.append(p21("A7", 7, NM, None, None, "No", None,
             "Use of SPOs/DAPOs remains low; orders tracker to be built.", "RED",
             "closeable_local",
             "HMICFRS Complete (authorised for closure after inspection activity); force Not "
             "met – open."))
T.append(p21("A8", 8, "Not Met", None, None, "No", None,
             "SOC offender management (Lifetime Offender Management) not yet in place.", "RED",
             "in_sync", "HMICFRS Being progressed; force 'Not Met' (capitals) – open/open."))
T.append(p21("A10", 10, "met", PANEL[5], ACC, "Yes", D(2025, 6, 30),
             "HBA/FGM/forced marriage e-learning completed by 94% of frontline officers; "
             "submitted 30/06/25.", "GREEN", "closeable_submit",
             "HMICFRS Being progressed; force 'met' (lower case), Accepted, submitted – done."))
T.append(p21("P9", 0, PM, PANEL[6], ACC, "No", None,
             "Victim contact contracts on Niche for all RASSO cases; compliance 71%.", "AMBER",
             "conflict",
             "Report: filed under the PEEL 2021/22 banner, but the only HMICFRS item with this "
             "text is 14410 in PEEL 2023/24 (published 17/05/2024). The 2021/22 item with the "
             "same stem (12984) is about residential burglary and has its own row.",
             text="AFI - The force should make sure victims of RASSO are kept informed about the "
                  "progress of their case, in line with the Code of Practice for Victims of "
                  "Crime.", hid=None))
T.append(BLANK)
T.append(banner("PEEL 2023/24 – Lincolnshire Police – published 17 May 2024 – 13 AFIs, no "
                "causes of concern"))
p23 = [
    ("P2", NYA, None, None, "No", None,
     "Owner changed Oct 2025 – first assessment due at December panel.", "in_sync",
     "HMICFRS Awaiting review; force Not yet assessed – open/open."),
    ("P3", PM, PANEL[6], ACC, "No", None,
     "County lines intelligence requirement issued; Op Orochi tasking weekly.", "in_sync",
     "HMICFRS Being progressed; force Partially met – open/open."),
    ("P4", MET, PANEL[6], ACC, "No", None,
     "SOC strategic assessment 2025 uses MoRiLE scoring and feeds the control strategy.",
     "closeable_submit", "HMICFRS Being progressed; force Met, Accepted – done."),
    ("P5", MET, "09/12/2025", None, "No", None,
     "Fraud triage and Action Fraud victim contact process in place. For December panel.",
     "closeable_submit",
     "HMICFRS Being progressed; force Met, awaiting panel (date written as text) – pending "
     "sign-off = done."),
    ("P6", MET, PANEL[5], ACC, "Yes", D(2025, 7, 1),
     "VAWG delivery plan measures in the Force Performance pack since Jan 2025. Submitted "
     "01/07/25.", "closeable_submit",
     "HMICFRS Being progressed; force Met, Accepted, submitted – done."),
    ("P7", PM, PANEL[6], ACC, "No", None,
     "Knife crime prevention evaluation with University of Lincoln due March 2026.",
     "closeable_local", "HMICFRS Complete; force Partially met – open."),
    ("P8", MET, PANEL[6], RET, "No", None,
     "Right Care Right Person phase 2 live. Panel returned 09/09/25: no response-time data "
     "for mental health calls.", "closeable_local",
     "HMICFRS Complete; force Met but Returned for more evidence – open."),
    ("P11", NM, None, None, "No", None,
     "ASB recording audit found 41% of ASB incidents not linked to crime.", "in_sync",
     "HMICFRS Being progressed; force Not met – open/open."),
    ("P12", PM, PANEL[6], ACC, "Update only", D(2025, 9, 22),
     "Economic crime unit allocation policy agreed; progress update sent to HMICFRS 22/09/25.",
     "in_sync",
     "HMICFRS Being progressed; force Partially met; 'Update only' is not a closure "
     "submission – open/open."),
    ("P13", "Partially Met", PANEL[6], ACC, "No", None,
     "FGM awareness in IPLDP; in-service officers not yet trained.", "in_sync",
     "HMICFRS Being progressed; force 'Partially Met', Accepted – open/open."),
]
lead23 = dict(P2="Ch Supt Public Protection", P3="Head of Intelligence",
              P4="Head of Intelligence", P5="Det Ch Supt Force CID",
              P6="Head of Corporate Development", P7="ACC Local Policing",
              P8="Supt Contact Centre", P11="Head of Corporate Development",
              P12="Det Ch Supt Force CID", P13="Ch Supt Public Protection")
for n, (k, sa, pd, po, sub, sd, nar, cat, why) in enumerate(p23):
    num = int(k[1:])
    txt = HKEY[k]["text"]
    if k == "P6":
        txt = "AFI %d: %s" % (num, txt)
    elif k in ("P3", "P11"):
        txt = "AFI %d - %s" % (num, txt.replace("Lincolnshire Police should", "The force should"))
    T.append(R(k, "AFI", txt, lead23[k], "ACC Crime" if "CID" in lead23[k] or "Intel" in
               lead23[k] or "Protection" in lead23[k] else "ACC Local Policing", sa, pd, po, sub,
               sd, nar, None, hid=HKEY[k]["id"] if k not in ("P12",) else None, cat=cat,
               why=why))
    if k == "P5":
        T.append(R(None, "Local", "Force action - Dip-sample 50 rape and serious sexual offences "
                   "crime reports each quarter and report findings to the Crime Standards Board",
                   "Force Crime Registrar", "DCC", MET, PANEL[5], ACC, "No", None,
                   "Quarterly dip sample in place since Q3 2024/25.", None,
                   cat="not_on_hmicfrs_list",
                   why="Force's own action (Type 'Local', no HMICFRS ID) listed under the PEEL "
                       "2023/24 banner; HMICFRS never asked for it."))
T.append(R(None, "Local", "Local action: Add stalking and harassment measures to the monthly "
           "Force Performance pack", "Head of Corporate Development", "DCC", PM, None, None,
           "No", None, "Measures drafted; awaiting Niche data fix.", None,
           cat="not_on_hmicfrs_list",
           why="Force's own local action under the PEEL 2023/24 banner – not an HMICFRS item."))
T.append(BLANK)
T.append(banner("Force-identified actions (Internal audit / JAC) – NOT HMICFRS – for information"))
T.append(R(None, "Local", "Internal audit action: Internal audit of the counter-corruption "
           "governance arrangements (audit plan 2023/24)", "Head of Professional Standards",
           "DCC", MET, PANEL[3], ACC, "No", None,
           "Audit reported substantial assurance (Dec 2024).", None, cat="not_on_hmicfrs_list",
           why="Internal audit action tracked alongside HMICFRS items – never an HMICFRS item."))
T.append(R(None, "Local", "JAC action: Task & Finish group to review the hate crime policy and "
           "report to the Force Executive Team", "ACC Local Policing", "ACC Local Policing", NYA,
           None, None, "No", None, "Requested by JAC 18/09/25.", None,
           cat="not_on_hmicfrs_list",
           why="Joint Audit Committee action – never an HMICFRS item."))

# Closed items tab
PRE = "n/a – closed pre-panel"
C = []


def c(key, report, typ, text, lead, sa, pdate, pout, sub, conf, narr, hid="auto", cat="in_sync",
      why=None):
    if hid == "auto":
        hid = HKEY[key]["id"] if key else None
    C.append(dict(kind="item", key=key, report=report, type=typ, text=text, lead=lead, sa=sa,
                  pdate=pdate, pout=pout, sub=sub, conf=conf, narr=narr, hid=hid, cat=cat,
                  why=why or "HMICFRS %s; force row on the Closed items tab (Met, closure "
                  "confirmed) – closed on both." % (HKEY[key]["status"] if key else "")))


c("sas13_1", "Stop & Search 2013", "Nat rec", HKEY["sas13_1"]["text"], "C/Supt Bell", MET, PRE,
  PRE, "Yes", D(2021, 5, 12), "S&S APP adopted. Closed under previous RAG process (BLUE).")
c("sas13_2", "Stop & Search 2013", "Nat rec", ab(HKEY["sas13_2"]["text"], {"S&S"}),
  "C/Supt Bell", MET, PRE, PRE, "Yes", D(2021, 5, 12),
  "Monthly S&S monitoring at Legitimacy Board. Closed (BLUE).", hid=None)
c("everyone", "Everyone's Business (DA) 2014", "Nat rec", EVERYONE_PLAN_RUN_ON,
  "Ch Supt Public Protection", MET, PRE, PRE, "Yes", D(2021, 7, 20),
  "DA action plan published Sept 2014 and refreshed annually. Closed (BLUE).",
  why="HMICFRS Complete; force Closed tab, Met – closed on both. Force pasted the run-on text "
      "(next paragraphs of the report) after the bullets: text drift only.")
c("aust_1", "Policing in Austerity 2014", "Nat rec", HKEY["aust_1"]["text"], "Director of Finance",
  MET, PRE, PRE, "Yes", D(2021, 3, 1), "Savings plan reviewed in MTFP 2015/16. Closed (BLUE).",
  why="HMICFRS No further action required; force Closed tab – closed on both.")
c("aust_3", "Policing in Austerity 2014", "Nat rec", HKEY["aust_3"]["text"], "Director of Finance",
  MET, PRE, PRE, "Yes", D(2021, 3, 1), "Front-line assessment completed Oct 2014. Closed (BLUE).",
  why="HMICFRS No further action required; force Closed tab – closed on both.")
c("aust_4", "Policing in Austerity 2014", "Nat rec", HKEY["aust_4"]["text"], "Director of Finance",
  MET, PRE, PRE, "Yes", None,
  "Collaboration review with East Midlands forces (EMSOU, EMCJS) submitted to HMIC March 2016. "
  "Moved to Closed on submission – no confirmation ever received.",
  cat="closeable_submit",
  why="HMICFRS still Being progressed (since 2016); force moved it to Closed on submission – "
      "done. Chase HMICFRS for closure.")
c("core_1", "Core business", "Nat rec", HKEY["core_1"]["text"], "Supt Contact Centre", MET, PRE,
  PRE, "Yes", D(2021, 5, 12), "THRIVE adopted in the control room 2015. Closed (BLUE).",
  why="HMICFRS Complete; force Closed tab – closed on both. Near-twin of CDI AFI 10234.")
c("fa_1", "Firearms licensing 2015", "Nat rec", HKEY["fa_1"]["text"], "Supt Firearms Licensing",
  MET, PRE, PRE, "Yes", D(2021, 9, 2), "APP governance gap analysis completed Dec 2015.")
c("fa_3", "Firearms licensing 2015", "Nat rec", HKEY["fa_3"]["text"], "Supt Firearms Licensing",
  MET, PRE, PRE, "Yes", D(2021, 9, 2), "Total expired records cleared Nov 2015.")
c("eff16_coc", "PEEL Effectiveness 2016", "CoC", CAUSE_MISSING, "Ch Supt Public Protection", MET,
  PRE, PRE, "Yes", D(2021, 6, 14), "Discharged with the supporting recommendation.")
c("eff16_rec", "PEEL Effectiveness 2016", "Rec",
  "HMIC recommends the force should immediately " + MISSING_CHILDREN_BODY + ".",
  "Ch Supt Public Protection", MET, PRE, PRE, "Yes", D(2021, 6, 14),
  "Missing persons policy rewritten; absent category withdrawn 2018.")
c("eff16_afi2", "PEEL Effectiveness 2016", "AFI", ab(HKEY["eff16_afi2"]["text"], {"DA"}),
  "Ch Supt Public Protection", MET, PRE, PRE, "No", None,
  "Closed locally 2019 (BLUE) – DA arrest rate 41%. HMICFRS shows superseded.",
  why="HMICFRS Superseded; force Met on the Closed tab – closed on both.")
c("leg_dispar", "PEEL Legit 17 S&S", "Nat rec", ab(HKEY["leg_dispar"]["text"]), "C/Supt Bell",
  MET, PANEL[1], ACC, "Yes", D(2024, 11, 19),
  "Annual disproportionality report published on force website.")
c("A1", "PEEL 2021/22", "AFI", "AFI 1 - " + HKEY["A1"]["text"], "Force Crime Registrar", MET,
  PANEL[2], ACC, "Yes", D(2025, 2, 11), "Hate crime recording audit 96% compliant.")
c("A9", "PEEL 2021/22", "AFI", "AFI 9 - " + HKEY["A9"]["text"], "ACC Local Policing", MET,
  PANEL[3], ACC, "Yes", None,
  "OSARA problem-solving embedded in neighbourhood teams; submitted 08/01/25. HMICFRS shows "
  "superseded.",
  why="HMICFRS Superseded; force Met, Accepted, submitted, on the Closed tab – closed on both.")
c(None, "Notts PEEL Legitimacy 2015 (learning)", "AFI",
  "The force should revise its approach to cautions, cannabis warning and penalty notices for "
  "disorder to ensure that there is a clear and auditable explanation to the offender of the "
  "implications of receiving the warning and that, for victim-based crimes, there is a clear "
  "and auditable record that views of the victim are considered prior to their issue.",
  "Head of Criminal Justice", MET, PRE, PRE, "No", None,
  "Not a Lincolnshire AFI – adopted as organisational learning from the Nottinghamshire report. "
  "OOCD scrutiny panel in place.", cat="not_on_hmicfrs_list",
  why="Learning taken from another force's report; never an HMICFRS item against this force.")
c(None, "PEEL Efficiency 2016", "AFI",
  "The force should improve its arrangements both to consult with the public about business "
  "planning and to feed back on changes made to service delivery as a result of such "
  "consultation.", "Head of Corporate Development", MET, PRE, PRE, "Yes", D(2018, 2, 6),
  "Closed by HMICFRS Feb 2018.", cat="not_on_hmicfrs_list",
  why="Closed by HMICFRS in 2018, before the list's five-year window, so not on the definitive "
      "list.")

# --------------------------------------------------------------------------------------------
# Write workbooks
# --------------------------------------------------------------------------------------------
FIXED = D(2025, 10, 31, 16, 42, 0)
thin = Side(style="thin", color="BFBFBF")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HDR_FILL = PatternFill("solid", fgColor="1F3864")
BAN_FILL = PatternFill("solid", fgColor="D9E1F2")
SA_FILL = {"met": "C6EFCE", "partially met": "FFEB9C", "not met": "FFC7CE",
           "not yet assessed": "D9D9D9", "not applicable": "FFFFFF"}
WRAP = Alignment(wrap_text=True, vertical="top")


def save(wb, path):
    buf = io.BytesIO()
    archive = zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED)
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Strategic Planning & Inspection"
    wb.properties.lastModifiedBy = "Strategic Planning & Inspection"
    ExcelWriter(wb, archive).save()
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 10, 31, 16, 42, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            out.writestr(zi, data)


def header(ws, row, names, widths):
    for j, (n, w) in enumerate(zip(names, widths), start=1):
        cell = ws.cell(row=row, column=j, value=n)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HDR_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
        ws.column_dimensions[cell.column_letter].width = w


def build_hmicfrs(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Definitive list"
    ws["A1"] = ("HMICFRS monitoring – definitive list of recommendations, causes of concern and "
                "areas for improvement")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Force: Lincolnshire Police"
    ws["A3"] = ("Extracted 3 November 2025. Shows every item recorded against the force, "
                "open or closed, except items closed more than five years before the extract "
                "date.")
    cols = ["Rec ID", "Force", "Report", "Publication date", "Type",
            "Recommendation / cause of concern / area for improvement", "Status", "Status date",
            "Latest comment"]
    header(ws, 5, cols, [9, 20, 42, 14, 22, 90, 18, 13, 55])
    rows = {}
    r = 6
    for it in H:
        vals = [it["id"], FORCE, it["report"], it["pub"], it["type"], it["text"], it["status"],
                it["sdate"], it["comment"]]
        for j, v in enumerate(vals, start=1):
            cell = ws.cell(row=r, column=j, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if j in (4, 8):
                cell.number_format = "d mmmm yyyy" if j == 4 else "dd/mm/yyyy"
        rows[it["key"]] = "Definitive list!%d" % r
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key: Awaiting review – new item or force evidence not "
            "yet reviewed; Being progressed – HMICFRS monitoring implementation; Complete; "
            "Superseded – replaced by a later inspection finding; No further action required.")
    ws.cell(row=r + 1, column=1, value="Produced for the force liaison lead. Queries to the "
            "HMICFRS monitoring team quoting the Rec ID.")
    ws.freeze_panes = "A6"
    ws.auto_filter.ref = "A5:I%d" % (5 + len(H))
    save(wb, path)
    return rows


def build_tracker(path):
    wb = Workbook()
    g = wb.active
    g.title = "Guidance"
    guide = [
        "Lincolnshire Police – HMICFRS Recommendations & AFIs: Self-Assessment Tracker",
        "Owner: Strategic Planning & Inspection (force liaison lead). Version 7.3 – last "
        "updated 31/10/2025.",
        "",
        "From April 2024 the force replaced RAG grading with self-assessment against each "
        "recommendation. The legacy RAG column is kept for reference and is no longer "
        "maintained.",
        "",
        "SELF-ASSESSMENT (set by the lead officer)",
        "Met – the recommendation is fully addressed and evidence shows sustained improvement.",
        "Partially met – some elements addressed; work continues.",
        "Not met – little or no progress.",
        "Not yet assessed – new item, owner's first assessment not yet made.",
        "Not applicable – not for the force to deliver (e.g. directed at the Home Office/NPCC); "
        "needs panel agreement.",
        "",
        "ASSURANCE PANEL (chaired by the DCC, quarterly). The panel tests the owner's "
        "self-assessment against the evidence.",
        "Accepted – the panel agrees the self-assessment grade (whatever the grade is).",
        "Returned for more evidence – the grade is not yet supported; owner to re-present.",
        "Deferred – decision held over to a later panel.",
        "",
        "Only items assessed Met (or Not applicable) and Accepted are submitted to HMICFRS for "
        "closure. 'Update only' = a progress update sent to HMICFRS, not a closure request.",
        "Items are moved to the Closed items tab once closure has been submitted to / confirmed "
        "by HMICFRS.",
    ]
    for i, line in enumerate(guide, start=1):
        g.cell(row=i, column=1, value=line)
    g["A1"].font = Font(bold=True, size=14)
    g.column_dimensions["A"].width = 120

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "LINCOLNSHIRE POLICE"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "HMICFRS Recommendations, Causes of Concern & AFIs – Self-Assessment Tracker"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "OFFICIAL – SENSITIVE. Last updated 31/10/2025. Next assurance panel 09/12/2025."
    ws["A4"] = ("Report headings are shown as blue bars. Split recommendations have one row per "
                "bullet/action.")
    cols = ["No.", "HMICFRS ID", "Type", "Recommendation / AFI (as published)",
            "Action (where split)", "Lead", "Chief Officer", "Self-assessment",
            "Evidence reference", "Assurance panel date", "Assurance panel outcome",
            "Submitted to HMICFRS?", "Date submitted", "Narrative / progress update",
            "RAG (legacy – pre Apr 2024, not maintained)"]
    HR = 6
    header(ws, HR, cols, [7, 11, 9, 70, 40, 24, 20, 16, 13, 14, 22, 12, 13, 60, 14])
    dv = DataValidation(type="list", formula1="=Lists!$A$2:$A$6", allow_blank=True)
    dv2 = DataValidation(type="list", formula1="=Lists!$B$2:$B$4", allow_blank=True)
    dv3 = DataValidation(type="list", formula1="=Lists!$C$2:$C$4", allow_blank=True)
    ws.add_data_validation(dv)
    ws.add_data_validation(dv2)
    ws.add_data_validation(dv3)
    rows = []
    r = HR + 1
    n = 0
    cdi_start = None
    for it in T:
        if it["kind"] == "blank":
            r += 1
            continue
        if it["kind"] == "banner":
            cell = ws.cell(row=r, column=1, value=it["text"])
            cell.font = Font(bold=True)
            for j in range(1, len(cols) + 1):
                ws.cell(row=r, column=j).fill = BAN_FILL
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(cols))
            r += 1
            continue
        n += 1
        if it["key"] == "cdi_victims" and cdi_start is None:
            cdi_start = r
        vals = [n, it["hid"], it["type"], it["text"], it["action"], it["lead"], it["co"],
                it["sa"], it["ev"], it["pdate"], it["pout"], it["sub"], it["sdate"],
                it["narr"], it["rag"]]
        if it["key"] == "cdi_victims" and r != cdi_start:
            vals[1] = vals[2] = vals[3] = None
        for j, v in enumerate(vals, start=1):
            cell = ws.cell(row=r, column=j, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        sa = (it["sa"] or "").strip().lower()
        if sa in SA_FILL:
            ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor=SA_FILL[sa])
        ws.cell(row=r, column=15).font = Font(color="808080", italic=True)
        rows.append(("Tracker!%d" % r, it))
        r += 1
    # merge the CDI split block (ID, type, text) over its five action rows
    for col in (2, 3, 4):
        ws.merge_cells(start_row=cdi_start, start_column=col, end_row=cdi_start + 4,
                       end_column=col)
    last = r - 1
    dv.add("H%d:H%d" % (HR + 1, last))
    dv2.add("K%d:K%d" % (HR + 1, last))
    dv3.add("L%d:L%d" % (HR + 1, last))
    ws.freeze_panes = "E7"
    ws.auto_filter.ref = "A%d:O%d" % (HR, last)

    cs = wb.create_sheet("Closed items")
    cs["A1"] = "CLOSED ITEMS – archive (moved from Tracker once closure submitted/confirmed)"
    cs["A1"].font = Font(bold=True, size=12)
    ccols = ["HMICFRS ID", "Report", "Type", "Recommendation / AFI", "Lead",
             "Final self-assessment", "Assurance panel date", "Assurance panel outcome",
             "Submitted to HMICFRS", "HMICFRS closure confirmed", "Closure narrative"]
    header(cs, 3, ccols, [11, 30, 9, 70, 24, 14, 20, 20, 12, 14, 55])
    r = 4
    for it in C:
        vals = [it["hid"], it["report"], it["type"], it["text"], it["lead"], it["sa"],
                it["pdate"], it["pout"], it["sub"], it["conf"], it["narr"]]
        for j, v in enumerate(vals, start=1):
            cell = cs.cell(row=r, column=j, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        rows.append(("Closed items!%d" % r, it))
        r += 1

    pl = wb.create_sheet("Panel log")
    pl["A1"] = "Assurance panel log"
    pl["A1"].font = Font(bold=True)
    header(pl, 2, ["Panel date", "Chair", "Items presented", "Accepted",
                   "Returned for more evidence", "Deferred", "Notes"],
           [13, 10, 15, 10, 14, 10, 60])
    log = [(PANEL[0], "DCC", 9, 6, 2, 1, "First panel under the self-assessment process."),
           (PANEL[1], "DCC", 11, 9, 1, 1, ""), (PANEL[2], "ACC Crime", 12, 10, 2, 0,
                                                "DCC apologies."),
           (PANEL[3], "DCC", 10, 8, 1, 1, ""), (PANEL[4], "DCC", 14, 11, 2, 1, ""),
           (PANEL[5], "DCC", 19, 16, 2, 1, "Includes CDI 2019 five-action pack."),
           (PANEL[6], "DCC", 15, 10, 3, 2, ""),
           (NEXT_PANEL, "DCC", None, None, None, None, "Scheduled.")]
    for i, rowv in enumerate(log, start=3):
        for j, v in enumerate(rowv, start=1):
            cell = pl.cell(row=i, column=j, value=v)
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"

    ls = wb.create_sheet("Lists")
    lists = [["Self-assessment", MET, PM, NM, NYA, NA],
             ["Panel outcome", ACC, RET, DEF],
             ["Submitted", "Yes", "No", "Update only"],
             ["Type", "Rec", "AFI", "CoC", "Nat rec", "Local"]]
    for j, col in enumerate(lists, start=1):
        for i, v in enumerate(col, start=1):
            ls.cell(row=i, column=j, value=v)
    ls.sheet_state = "hidden"
    wb.active = 1
    save(wb, path)
    return rows


README = r"""# Case: self_assessment_met_tracker

Seed `20251103` (`random.Random`, used only for evidence reference numbers). Rebuild with
`/work/main/.venv/bin/python build_self_assessment_met_tracker.py`; the three data files and this
README are rebuilt byte for byte (fixed workbook timestamps, fixed zip entry dates).

Force: Lincolnshire Police. Texts are real public HMICFRS texts (OGL); force wording, split
actions, local actions and narratives were written for this case.

## HMICFRS side: `hmicfrs.xlsx`, sheet `Definitive list`
- Rows 1–3 title block (list name, force, extract date 3 Nov 2025 and the rule "items closed more
  than five years before the extract date are not shown"), row 4 blank, **header row 5**, items
  rows **6–76** (71 items), row 77 blank, rows 78–79 status key and a note (not items).
- Columns: Rec ID (plain register integer), Force, Report (full title), Publication date (real
  date), Type (Recommendation / Area for improvement / Cause of concern / National
  recommendation), text, Status (Awaiting review, Being progressed = open; Complete, Superseded,
  No further action required = closed), Status date, Latest comment (register-style comments).
- Texts keep the register's messiness: inline bullets `•the reasons…`, footnote digits
  ("intelligence 86 and", "another force; and 20"), multi-bullet items in one cell.

## Force side: `tracker.xlsx`
Sheets: `Guidance` (definitions, not items), `Tracker` (live items), `Closed items` (archive),
`Panel log` (assurance panel dates and counts, not items), `Lists` (hidden drop-down values, not
items).
- `Tracker`: rows 1–4 title/notes, row 5 blank, **header row 6**. Columns: No. (force running
  number – not an HMICFRS reference), HMICFRS ID, Type (Rec/AFI/CoC/Nat rec/Local),
  Recommendation / AFI, Action (where split), Lead, Chief Officer, **Self-assessment**, Evidence
  reference, **Assurance panel date**, **Assurance panel outcome**, **Submitted to HMICFRS?**, Date
  submitted, Narrative / progress update, RAG (legacy – pre Apr 2024, not maintained).
  Report names and publication dates appear **only in merged blue banner rows** (A:O) between
  blocks; blank rows separate blocks. 66 item rows (rows 8–105).
- `Closed items`: row 1 title, row 2 blank, **header row 3**, 17 item rows (4–20), with its own
  column set (HMICFRS ID, Report, Type, text, Lead, Final self-assessment, panel date/outcome,
  Submitted, HMICFRS closure confirmed, Closure narrative).

## What counts as "done" for the force (how the truth decides)
1. A row on the `Closed items` tab is done.
2. On `Tracker`, a row is done when Self-assessment is **Met** (any case/spacing: `met`,
   `Met`) or **Not applicable** (not the force's to deliver, like WHITE), **unless the latest
   assurance panel outcome is "Returned for more evidence" or "Deferred"**. A Met row still
   waiting for its first panel (panel date 09/12/2025 or "Dec 25 panel (TBC)", outcome blank) is
   "proposed for closure, pending sign-off" = done.
3. Partially met / Not met / Not yet assessed are open **even when the panel "Accepted"** them:
   per the Guidance tab, "Accepted" means the panel agrees the grade, not that the item is closed.
4. "Submitted to HMICFRS? = Update only" is a progress update, not a closure request. A "Yes"
   from 2023 followed by a later "Returned" panel outcome is open (the force's latest word).
5. The legacy RAG column is stale and ignored (GREEN on returned items, AMBER/BLUE contradicting
   the self-assessment).
6. Split items (one row per bullet/action) are judged as one item: done only if every row is
   done; every split row carries the item's category.

## Traps and how the truth decides them
- **Met but Returned** (core 4831, powers 11821, 2021/22 12984, 2023/24 14409) – open.
  14409 is closed by HMICFRS → `closeable_local`; the others `in_sync`.
- **Met but Deferred** (12985) → open, `in_sync`. **Partially met + Deferred** (6121) `in_sync`.
- **Partially met + Accepted** (Integrity 5102, HMICFRS Complete) → `closeable_local`.
- **Met awaiting panel** (8405, 14406 with the date as text, 10235 "Dec 25 panel (TBC)") → done:
  8405/14406 `closeable_submit`; 10235 is Complete at HMICFRS → `in_sync`.
- **Submitted 'Yes' (2023) then Returned, legacy BLUE** (12984) → open, `in_sync`.
- **Update only** (5102, 14413) → not a closure submission.
- **Not applicable** (Home Office/NPCC rec 11823, panel Accepted, explanation sent) → done,
  HMICFRS Awaiting review → `closeable_submit`.
- **Rows not yet moved to Closed** although HMICFRS confirmed closure (6123, 8470, 12981) →
  `in_sync`. **Moved to Closed on submission but HMICFRS still open** (Austerity 3564, since
  2016) → `closeable_submit`.
- **Split rows**: Stolen freedom 8402 four bullet rows, bullet (b) Partially met → all four
  `in_sync`; CDI 10233 five action rows with ID, type and text in **merged cells B:D over rows
  61–65**, all Met/Accepted/submitted → five `closeable_submit`; BWV 11822 three rows, part 3
  Partially met, HMICFRS Complete → three `closeable_local`.
- **Conflicts (6 rows, 5 items)**: 8403 timescale ("Within twelve months" on the tracker vs
  "Within six months"); 8542 split into (a) and (b) only – third bullet (possession-only drug
  searches) missing → both rows `conflict`; 9147 recorded on the tracker as 9174 (transposed,
  9174 not on the list); 10234 recorded as a Rec, HMICFRS says Area for improvement; 14410 (PEEL
  2023/24) filed under the PEEL 2021/22 banner with no ID.
- **Not conflicts**: abridged texts that lose no timescale, bullet or number (6124 drops its
  second clause; 8466 drops the sentence addressed to the Home Office/NPCC/APCC); abbreviations
  (MSHT, S&S, BWV, ISAs, PCCs, DA, CoP, APP, "Within 12 months" for "Within twelve months");
  "AFI n - " prefixes; the Everyone's business row pasted with the following report paragraphs
  run on; "Lincolnshire Police should" vs "The force should"; IDs typed "8404 " and "#8545".
- **Near-twin texts** decided by report/ID: S&S 2013 1189 (elected local policing bodies,
  Superseded; tracker Partially met → `closeable_local`) vs S&S 2015 5310 (PCCs; tracker Met,
  submitted → `closeable_submit`) – neither force row has an ID, only the banners differ. Core
  Business 4830 (Closed tab) vs CDI 10234 (live). PEEL formula AFIs that differ only in topic
  (e.g. "kept informed" burglary 12984 vs RASSO 14410; "allocated… effectively supervised" RASSO
  12982/14402 vs fraud 14413). National PEEL efficiency 2017 (8466) vs force PEEL efficiency 2017
  (8470–8472), same publication date.
- **Repeated AFI**: 14402 (PEEL 2023/24) repeats 12982 word for word. The one tracker row sits
  under the 2021/22 banner with ID 12982 → pairs with 12982 (Superseded) → `closeable_local`;
  14402 → `missing_from_force`.
- **Missing from force (5)**: 3562 (Austerity, NFA), 5733 (Building the picture, Awaiting
  review), 8544 ("We expect forces to publish this analysis…" – not treated as a rec by the
  force), 14402 (repeat AFI), 14411 (MSHT scale AFI never loaded).
- **Not on HMICFRS list (7)**: PEEL 2018/19 whistleblowing AFI (live, Partially met – query);
  "Force action -" and "Local action:" rows under the PEEL 2023/24 banner; internal audit and JAC
  actions in a "NOT HMICFRS" block; on the Closed tab, learning adopted from Nottinghamshire's
  report and a PEEL efficiency 2016 AFI closed in 2018 (outside the list's five-year window).
- Not items (excluded from truth): title/notes rows, header rows, banner rows, blank rows, the
  HMICFRS status key/note rows, and the Guidance, Panel log and Lists sheets.

## Counts (truth.csv: 88 lines = 83 force item rows + 5 missing)
| category | lines | HMICFRS items |
|---|---|---|
| in_sync | 40 | 37 (19 open on both, 18 closed on both) |
| closeable_submit | 18 | 14 |
| closeable_local | 12 | 10 |
| conflict | 6 | 5 |
| missing_from_force | 5 | 5 |
| not_on_hmicfrs_list | 7 | – |

71 HMICFRS items (66 paired, 5 missing); 24 of 66 paired items closed on one side only.
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    hrows = build_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    frows = build_tracker(os.path.join(OUT, "tracker.xlsx"))
    lines = []
    used = set()
    for rid, it in frows:
        key = it["key"]
        hr = hrows[key] if key else ""
        if key:
            used.add(key)
        lines.append((hr, rid, it["cat"], it["why"]))
    for it in H:
        if it["key"] not in used:
            why = {
                "aust_2": "Austerity 2014 rec 2 (collaboration <10% of savings) was never loaded "
                          "onto the tracker; HMICFRS shows No further action required.",
                "picture": "Building the Picture 2015 rec not on either tracker tab; HMICFRS "
                           "Awaiting review – nobody owns it.",
                "leg_publish": "'We expect forces to publish this analysis…' – the force did "
                               "not treat this sentence as a recommendation; HMICFRS lists it "
                               "(8544, Being progressed).",
                "P1": "PEEL 2023/24 repeat of 2021/22 AFI 12982 (same words). The force's only "
                      "row is filed under 2021/22 with ID 12982; 14402 has no force row.",
                "P10": "PEEL 2023/24 AFI on the nature and scale of MSHT was never loaded onto "
                       "the tracker (the banner says 13 AFIs; only 10 have rows).",
            }[it["key"]]
            lines.append((hrows[it["key"]], "", "missing_from_force", why))
    def fk(f_):
        if not f_:
            return (0, 0)
        sheet, row = f_.split("!")
        return (0 if sheet == "Tracker" else 1, int(row))

    def sk(x):
        h_, f_ = x[0], x[1]
        if h_:
            return (0, int(h_.split("!")[1])) + fk(f_)
        return (1, 0) + fk(f_)
    lines.sort(key=sk)
    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        for ln in lines:
            w.writerow(ln)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(README)
    return hrows, frows, lines


if __name__ == "__main__":
    hrows, frows, lines = main()
    from collections import Counter
    print(len(hrows), "HMICFRS items;", len(frows), "force item rows;", len(lines), "truth lines")
    print(Counter(l[2] for l in lines))
