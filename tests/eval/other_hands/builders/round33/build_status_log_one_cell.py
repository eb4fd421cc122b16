"""Build the evaluation case `status_log_one_cell` (round 32).

Layout: a force tracker (Derbyshire Constabulary, Organisational Learning team) that keeps
each item's status history in ONE cell, one dated line per change, plus a RAG column that is
only refreshed at the quarterly Organisational Learning Board (OLB).  HMICFRS side: a CSV
register export.

Run:  /work/main/.venv/bin/python build_status_log_one_cell.py
Rebuilds the case folder byte for byte (fixed seed, fixed workbook timestamps).
"""
from __future__ import annotations

import csv
import io
import os
import random
import re
import zipfile
from datetime import date, datetime, timedelta

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side

SEED = 3232
rng = random.Random(SEED)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "status_log_one_cell")
FORCE = "Derbyshire Constabulary"
OLB_DATE = date(2024, 2, 29)          # last Organisational Learning Board: RAG set then
TRACKER_UPDATED = date(2024, 3, 15)
EXPORT_DATE = date(2024, 3, 18)

# ----------------------------------------------------------------------------------------
# Real public texts (copied from /work/main/reconcile/casegen/texts/*.py, OGL material)
# ----------------------------------------------------------------------------------------
REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")

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
BWV_A = ("ensure that officers record on body-worn video (when this is available) the entirety "
         "of all stop and search encounters, including traffic stops and use of force incidents.")
BWV_B = ("have a structured process for regularly reviewing and monitoring internally a "
         "sufficient sample of body-worn video footage to identify and disseminate learning and "
         "hold officers to account when behaviour falls below acceptable standards.")
BWV_C = ("provide external scrutiny panel members with access to samples of body-worn video "
         "footage showing stop and search encounters and use of force incidents, taking account "
         "of the safeguards in the College of Policing’s Authorised Professional Practice.")
BWV_2021 = "By September 2021, forces should: " + BWV_A + "\n" + BWV_B + "\n" + BWV_C
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
    "to the victim or the wider public are identified and appropriately managed",
]
MISSING_STEM = ("review its approach to reports of missing children and take steps to ensure "
                "that:")
MISSING_BULLETS = [
    "call takers understand and use the missing and absent category appropriately;",
    "call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and",
    "supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action",
]
CHILD_DETENTION = (
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
CAUSE_DA = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed."
)
LEG17_COC = (
    "HMICFRS is concerned that forces are not able to demonstrate that the use of "
    "stop and search powers is consistently reasonable and fair. In particular, "
    "there is over-representation of BAME people, and black people in particular, "
    "in stop and search data which many forces are unable to explain."
)

# ----------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, published, force's own report name, how force shows date)
# ----------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              date(2013, 7, 9), "Stop and Search 2013"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 date(2014, 3, 27), "Everyone's Business (DA) 2014"),
    "austerity": ("Policing in austerity: Meeting the challenge", date(2014, 7, 22),
                  "Policing in Austerity 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the "
             "use of police time", date(2014, 9, 4), "Core Business 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", date(2015, 1, 30),
                  "Integrity Matters 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              date(2015, 3, 24), "Stop & search powers 2"),
    "picture": ("Building the picture: an inspection of police information management",
                date(2015, 7, 1), "Building the Picture 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", date(2015, 9, 15),
                 "Firearms licensing 2015"),
    "eff16": ("PEEL: Police effectiveness 2016", date(2017, 3, 2), "PEEL Effectiveness 2016"),
    "cdi17": ("Crime data integrity inspection 2017", date(2017, 9, 14), "CDI 2017"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               date(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", date(2017, 11, 9),
              "PEEL Efficiency 17 (all forces)"),
    "efc17f": ("PEEL: Police efficiency 2017", date(2017, 11, 9), "PEEL Efficiency 2017"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", date(2017, 12, 12),
              "PEEL Legit 17 S&S"),
    "leg17f": ("PEEL: Police legitimacy 2017", date(2017, 12, 12), "PEEL Legitimacy 2017"),
    "eff17": ("PEEL: Police effectiveness 2017", date(2018, 3, 22), "PEEL Effectiveness 2017"),
    "ncpi18": ("National child protection inspection 2018", date(2018, 6, 26), "NCPI 2018"),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
                 date(2019, 5, 2), "PEEL 2018/19"),
    "custody20": ("Report on an unannounced inspection visit to police custody suites 2020",
                  date(2020, 8, 18), "Custody inspection 2020"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", date(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
                 date(2022, 5, 19), "PEEL 21-22"),
    "peel2324": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24",
                 date(2023, 10, 12), "PEEL 2023/24"),
    # force-only report names (not on the HMICFRS list)
    "custody16": (None, date(2016, 8, 9), "Custody inspection 2016"),
    "jac": (None, None, "JAC / internal audit"),
}

# ----------------------------------------------------------------------------------------
# HMICFRS items.  key, report, type, text, status, status date
# ----------------------------------------------------------------------------------------
H = [
    # all-forces reports
    ("sas13_1", "sas13", NAT,
     "Chief Constables and the College of Policing should establish in the Stop and "
     "Search Authorised Professional Practice document a clear specification of what "
     "constitutes the effective and fair exercise of stop and search powers, and "
     "guidance in this respect. This should be compliant with the Code of Practice.",
     "Superseded", date(2016, 2, 11)),
    ("sas13_2", "sas13", NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop "
     "and search people, so that they can be satisfied their officers are acting in "
     "accordance with the law (including equality legislation and the Code of "
     "Practice), and that the power is used effectively to prevent crime, catch "
     "criminals and maintain public trust.", "Complete", date(2016, 2, 11)),
    ("sas13_3", "sas13", NAT,
     "Chief Constables should, in consultation with elected local policing bodies, "
     "ensure that they comply with the code of practice by explaining to the public "
     "the way stop and search powers are used in their areas and by making "
     "arrangements for stop and search records to be scrutinised by community "
     "representatives. This should be done in a way that involves those people who "
     "are stopped and searched, for example, young people.", "Superseded", date(2016, 2, 11)),
    ("everyone", "everyone", NAT, EVERYONE_PLAN, "Complete", date(2019, 10, 3)),
    ("aust_1", "austerity", NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to "
     "ensure they are doing all they can to continue to reduce crime and protect the "
     "front line while balancing their budgets. They should use the data and "
     "information contained in this report, and in HMIC's Value for Money profiles, "
     "when conducting their reviews", "Complete", date(2015, 11, 19)),
    ("aust_2", "austerity", NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their "
     "savings through collaboration should assess whether there is scope to improve "
     "on this position. HMIC will follow up the assessments in the autumn.",
     "Being progressed", date(2015, 11, 19)),
    ("aust_3", "austerity", NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion "
     "of their workforce and/or police officers on the front line should assess "
     "whether they have taken the decisive action seen in many forces in order to "
     "maintain their crime fighting capacity. HMIC will follow up the assessments in "
     "the autumn.", "Superseded", date(2017, 11, 9)),
    ("aust_4", "austerity", NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs "
     "should review their plans for collaboration. In particular they should consider "
     "whether there is scope to deliver better value for money and improved "
     "capability and capacity through joint working with other forces, the public "
     "and/or the private sector.", "Complete", date(2016, 1, 28)),
    ("core_1", "core", NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, "
     "that have not yet done so, should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     "Complete", date(2016, 6, 2)),
    ("core_2", "core", NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption "
     "activity carried out is systematically recorded and subsequently evaluated to "
     "determine the effectiveness of tactics being employed.",
     "Being progressed", date(2021, 4, 14)),
    ("integrity", "integrity", NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers "
     "and staff resulting in “no further action” are fair and free of any form of "
     "discrimination.", "Being progressed", date(2022, 9, 8)),
    ("sas15", "sas15", NAT,
     "Chief constables should, in consultation with police and crime commissioners, "
     "ensure that they comply with the Code of Practice by explaining to the public "
     "the way stop and search powers are used in their areas and by making "
     "arrangements for stop and search records to be scrutinised by community "
     "representatives. This should be done in a way that involves those people who "
     "are stopped and searched, for example young people.", "Complete", date(2018, 6, 21)),
    ("picture", "picture", NAT,
     "By 30 November 2015, chief constables should put in place arrangements to "
     "scrutinise audits of compliance with the APP on information management through "
     "the force information management governance structure. This should include "
     "measures to ensure that categorisation of records are regularly adjusted.",
     "Being progressed", date(2020, 3, 5)),
    ("fire_1", "firearms", NAT,
     "Within three months, all chief constables should assess how well the governance "
     "of firearms licensing in his or her force meets the standards set out in "
     "Authorised Professional Practice. Chief constables of forces where the "
     "governance standards are not being complied with should put in place "
     "immediately the correct arrangements and procedures in order to meet the "
     "standards in full.", "Complete", date(2017, 5, 25)),
    ("fire_2", "firearms", NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.",
     "Being progressed", date(2023, 6, 15)),
    ("fire_3", "firearms", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate "
     "action is being taken by their force with regard to ‘total expired’ licensing "
     "records.", "Being progressed", date(2019, 1, 17)),
    ("fire_4", "firearms", NAT,
     "Within three months, all chief constables should ensure that their arrangements "
     "in respect of the use of temporary permits are in accordance with the Home "
     "Office guidance; that temporary permits are properly recorded without delay on "
     "the National Firearms Licensing Management System; and that effective systems "
     "exist to ensure certificate holders are not permitted, at any time, to remain "
     "in unlawful possession of a firearm.", "Being progressed", date(2019, 1, 17)),
    ("fire_5", "firearms", NAT,
     "Within three months, all chief constables should ensure that systems designed "
     "to identify, prior to police attendance, whether a reported incident involves "
     "or is at the address of a firearm certificate holder are in place and are "
     "always applied by staff dispatching officers to incidents; and that officers "
     "understand the risk assessment which they should be undertaking in such "
     "circumstances, and their power, when appropriate, to seize firearms and firearm "
     "certificates.", "Complete", date(2024, 2, 22)),
    # PEEL effectiveness 2016 (force)
    ("eff16_coc", "eff16", COC, CAUSE_DA, "Complete", date(2019, 5, 2)),
    ("eff16_rec", "eff16", REC,
     "To address this cause of concern, HMIC recommends the force should immediately take "
     "steps to ensure that there is effective supervision of the initial risk assessment "
     "process, specifically in relation to the completion of DASH risk assessment in "
     "appropriate cases. In cases where a DASH risk assessment is not completed the officer "
     "should record an assessment on the crime management system.",
     "Being progressed", date(2019, 5, 2)),
    ("eff16_afi1", "eff16", AFI,
     "The force should improve its understanding of the nature and scale of child sexual "
     "exploitation in its area.", "Superseded", date(2018, 3, 22)),
    ("eff16_afi2", "eff16", AFI,
     "The force should make sure it records reports of hate crime accurately and without "
     "delay.", "Complete", date(2018, 3, 22)),
    # CDI 2017
    ("cdi_1", "cdi17", REC,
     "Within three months, the force should put in place arrangements to ensure that:\n"
     + "\n".join("• " + b for b in CDI_BULLETS) + ".",
     "Being progressed", date(2019, 9, 26)),
    ("cdi_2", "cdi17", REC,
     "Within six months the force should improve its use of its crime-recording and "
     "management system to better manage its case files and investigative processes.",
     "Complete", date(2021, 11, 4)),
    # Stolen freedom
    ("msht_lead", "stolen", NAT, SF_LEADERSHIP, "Being progressed", date(2018, 1, 10)),
    ("msht_intel", "stolen", NAT,
     "Within six months, forces should have in place active information-sharing "
     "agreements with other agencies to facilitate speedy exchange of intelligence 86 "
     "and in order to safeguard victims better and to identify suspects as early as "
     "possible", "Being progressed", date(2018, 1, 10)),
    ("msht_s45", "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts "
     "under compulsion attributable to slavery or exploitation are afforded the "
     "protection of early and continuing consideration of the applicability of the "
     "section 45 defence.", "Complete", date(2020, 2, 13)),
    ("msht_nrm", "stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.",
     "Being progressed", date(2018, 1, 10)),
    ("msht_ncrs", "stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national "
     "crime recording standard (NCRS) requirements for offences identified as modern "
     "slavery and human trafficking and that sufficient audit capacity is available "
     "to the force crime registrar to provide reassurance that each force is "
     "identifying and managing any gaps in its crime-recording accuracy for these "
     "types of offences.", "Being progressed", date(2018, 1, 10)),
    ("msht_inv", "stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern "
     "slavery and human trafficking are thoroughly investigated and effectively "
     "supervised by teams and individuals with the skills and experience to undertake "
     "them (this should include the use where appropriate of joint intelligence teams "
     "and other means to obtain intelligence and evidence from agencies overseas).",
     "Being progressed", date(2018, 1, 10)),
    ("msht_prev", "stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the "
     "Modern Slavery Act 2015 to ensure that opportunities to restrict the activities "
     "of those deemed to pose a clear threat to others in respect of modern slavery "
     "and human trafficking offences are exploited.", "Awaiting review", date(2023, 12, 7)),
    # PEEL efficiency 2017 national + force
    ("digital", "efc17", NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police "
     "Chiefs' Council and Association of Police and Crime Commissioners should "
     "support the development of these plans by establishing a national framework "
     "which allows for the provision of digitally enabled services across force "
     "boundaries.", "Complete", date(2022, 2, 17)),
    ("efc_demand", "efc17f", AFI,
     "The force should undertake further work to gain a fuller understanding of current "
     "demand for its services, and likely future changes in demand. This is so it can make "
     "best use of its resources by matching them to demand to meet the needs of the public.",
     "Complete", date(2019, 5, 2)),
    ("efc_costs", "efc17f", AFI,
     "The force should develop its understanding of the links between its outcomes, outputs "
     "and costs.", "Being progressed", date(2019, 5, 2)),
    ("efc_wfp", "efc17f", AFI,
     "The force should develop a future workforce plan that is aligned with its overall "
     "demand and budget. The plan should include future resource allocations, the mix of "
     "skills required by the workforce and behaviours expected of them.",
     "Being progressed", date(2019, 5, 2)),
    # PEEL legitimacy 2017 national + force
    ("leg_coc", "leg17", COC, LEG17_COC, "Superseded", date(2021, 2, 26)),
    ("leg_mon", "leg17", NAT, SAS_MONITORING_2017, "Being progressed", date(2021, 2, 26)),
    ("leg_disp", "leg17", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate "
     "to the public that they have:\n"
     "•carried out research and analysis in an attempt to understand the reasons for "
     "the disparity, and •taken action to reduce the disparity, where necessary;",
     "Being progressed", date(2021, 2, 26)),
    ("leg_pub", "leg17", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an "
     "annual basis, from July 2018.", "Being progressed", date(2021, 2, 26)),
    ("leg_train", "leg17", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all "
     "officers who use stop and search powers have been provided with, and "
     "understand, training on unconscious bias and College of Policing APP on stop "
     "and search.", "Complete", date(2022, 6, 30)),
    ("legf_vet", "leg17f", AFI,
     "The force should ensure all staff have received at least the lowest level of vetting "
     "clearance for their roles as quickly as possible, working to clear both the vetting "
     "backlog and new vetting renewals when they become due so that it complies fully with "
     "the national vetting guidelines.", "Being progressed", date(2019, 5, 2)),
    ("legf_whistle", "leg17f", AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns "
     "and that staff are aware of whistleblowing processes.", "Complete", date(2019, 5, 2)),
    # PEEL effectiveness 2017 (force)
    ("eff17_missing", "eff17", REC,
     "Within three months, the force should " + MISSING_STEM + "\n"
     + "\n".join("• " + b for b in MISSING_BULLETS) + ".",
     "Being progressed", date(2019, 5, 2)),
    ("eff17_rui", "eff17", AFI,
     "The force should improve its understanding of suspects released under investigation "
     "and the management of those released on bail.", "Being progressed", date(2019, 5, 2)),
    ("eff17_rasso", "eff17", AFI,
     "The force should make sure investigations of rape and serious sexual offences are "
     "allocated to officers with the right skills and are effectively supervised.",
     "Complete", date(2022, 5, 19)),
    # NCPI 2018
    ("ncpi_1", "ncpi18", REC,
     "Within six months the force should ensure regular and active supervision of the "
     "quality and progress of investigations. This supervision should be properly recorded.",
     "Complete", date(2020, 1, 23)),
    ("ncpi_2", "ncpi18", REC,
     "Within six months the force should make sure it has enough specialist capacity and "
     "capability to investigate online child sexual abuse.", "Being progressed",
     date(2020, 1, 23)),
    ("ncpi_3", "ncpi18", REC,
     "Immediately, the force should make sure officers and staff have the training they need "
     "to identify and respond to child sexual exploitation.", "Being progressed",
     date(2020, 1, 23)),
    # PEEL 2018/19
    ("p19_cap", "peel1819", AFI,
     "The force should conduct a review of officers’ capabilities and capacity to manage "
     "their investigative workload, to better understand investigative demand and the "
     "pressures placed upon them.", "Complete", date(2022, 5, 19)),
    ("p19_digital", "peel1819", AFI,
     "The force should improve its ability to retrieve digital evidence from mobile phones, "
     "computers and other electronic devices quickly enough to ensure investigations are not "
     "delayed.", "Being progressed", date(2022, 5, 19)),
    ("p19_culture", "peel1819", AFI,
     "The force should put plans in place to monitor, including through the gathering and "
     "analysis of staff feedback, team cultures and provide prompt remedial action for any "
     "issues it identifies.", "Being progressed", date(2022, 5, 19)),
    ("p19_risk", "peel1819", AFI,
     "The force should make sure the corporate risk register is actively used to mitigate "
     "and manage known risks.", "Superseded", date(2022, 5, 19)),
    # Custody 2020
    ("cust20", "custody20", REC,
     "Within six months the force should " + CHILD_DETENTION + ".", "Being progressed",
     date(2021, 3, 11)),
    # Disproportionate use of police powers 2021
    ("pow_comms", "powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective "
     "communication skills, in line with the National Policing Guidelines on Conflict "
     "Management. This should be in addition to existing training on conflict "
     "management and de-escalation.", "Being progressed", date(2021, 3, 4)),
    ("pow_cpd", "powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as "
     "part of the programme of continuing professional development for officers and "
     "staff, and that supervisors are supported to routinely and frequently debrief "
     "officers on these skills using body-worn video footage.", "Being progressed",
     date(2021, 3, 4)),
    ("pow_bwv", "powers", NAT, BWV_2021, "Being progressed", date(2021, 3, 4)),
    ("pow_uof", "powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring "
     "processes on the use of force, to help them to identify and understand "
     "disproportionate use, explain the reasons and implement any necessary "
     "improvement action.", "Being progressed", date(2021, 3, 4)),
    # PEEL 2021/22
    ("p22_da", "peel2122", AFI,
     "The force should make sure victims of domestic abuse are kept informed about the "
     "progress of their case, in line with the Code of Practice for Victims of Crime.",
     "Being progressed", date(2022, 5, 19)),
    ("p22_control", "peel2122", AFI,
     "The force should ensure that it has sufficient resources available in the control "
     "room to fulfil its resourcing model, and so to meet its demand, while also taking "
     "into account the wellbeing of its workforce.", "Being progressed", date(2022, 5, 19)),
    ("p22_perf", "peel2122", AFI,
     "The force should make sure all processes in place to support performance management "
     "are effective.", "Complete", date(2023, 10, 12)),
    ("p22_cl", "peel2122", AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about "
     "county lines drug dealing.", "Being progressed", date(2022, 5, 19)),
    ("p22_edi", "peel2122", AFI,
     "The force should review how it gathers and uses equality and diversity data to "
     "improve its understanding of its workforce demographics.", "Complete",
     date(2024, 2, 28)),
    # PEEL 2023/24
    ("p24_vawg", "peel2324", AFI,
     "The force should make sure its performance framework gives senior leaders a clear "
     "picture of its response to violence against women and girls.", "Awaiting review",
     date(2023, 10, 12)),
    ("p24_oversight", "peel2324", AFI,
     "The force should make sure there are appropriate strategic oversight arrangements in "
     "place to manage risks, performance and improvement plans effectively.",
     "Awaiting review", date(2023, 10, 12)),
    ("p24_checks", "peel2324", AFI,
     "The force should immediately review its current background checks arrangements, and "
     "make sure that suitable and sufficient background checks are in place to safeguard its "
     "staff and the communities it serves.", "Awaiting review", date(2023, 10, 12)),
    ("p24_prev", "peel2324", AFI,
     "Derbyshire Constabulary should develop a clear prevention strategy targeting people "
     "most at risk and make sure activity undertaken prioritises people most at risk.",
     "Awaiting review", date(2023, 10, 12)),
    ("p24_data", "peel2324", REC,
     "By 31 March 2024, the force should make sure it has access to accurate data and "
     "analysis to support effective performance management.", "Being progressed",
     date(2024, 1, 11)),
]
H_OPEN = {"Awaiting review", "Being progressed"}
H_CLOSED = {"Complete", "Superseded"}

# Register references: plain integers unique across the register, rising with publication.
REF_BASE = {"sas13": 1184, "everyone": 2319, "austerity": 2702, "core": 3356, "integrity": 3891,
            "sas15": 4177, "picture": 4580, "firearms": 4823, "eff16": 6412, "cdi17": 7204,
            "stolen": 7688, "efc17": 7931, "efc17f": 7962, "leg17": 8537, "leg17f": 8590,
            "eff17": 8803, "ncpi18": 9148, "peel1819": 10317, "custody20": 11560,
            "powers": 12841, "peel2122": 13709, "peel2324": 15902}
REFS: dict[str, int] = {}
_next: dict[str, int] = {}
for key, rep, *_ in H:
    _next[rep] = REF_BASE[rep] if rep not in _next else _next[rep] + rng.choice([1, 1, 2, 3])
    REFS[key] = _next[rep]
assert len(set(REFS.values())) == len(REFS)

# ----------------------------------------------------------------------------------------
# Status history: status codes, the words each analyst used, and stock notes
# ----------------------------------------------------------------------------------------
WORDS = {  # code -> word (sentence case); done or open
    "N": ("New", False), "A": ("Allocated", False), "P": ("In progress", False),
    "T": ("On track", False), "X": ("Off track", False), "R": ("Reopened", False),
    "E": ("Awaiting evidence", False),
    "F": ("Proposed for closure", True), "S": ("Submitted to HMICFRS", True),
    "C": ("Closed", True), "K": ("Complete", True), "U": ("Superseded", True),
    "W": ("Not for force", True),
}
NOTES = {
    "N": ["Added to tracker following publication", "Received from HMICFRS - logged",
          "New - awaiting allocation", "Logged from report; sent to COT for allocation"],
    "A": ["Allocated to {lead}", "Lead agreed at COT: {lead}", "Allocated to {lead} - plan due "
          "to next OLB", "Allocated to {lead}. Progress sent to OPCC to inform the 56-day "
          "response"],
    "P": ["Task & Finish group set up; project plan being drafted",
          "Policy rewrite under way, comms plan to follow",
          "Work undertaken in area but still requires development to complete",
          "Update to OLB - actions on track, evidence being gathered",
          "Addressed as part of the force change programme",
          "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update",
          "Lead attended OLB - verbal update, written update to follow",
          "Actions built into departmental plan"],
    "T": ["Actions on going, on track", "Plan agreed, milestones met to date",
          "Quarterly update received from lead - on track"],
    "X": ["Little work yet undertaken in this area. Unlikely to reach deadline",
          "Slippage - lead on long term leave, reallocation requested",
          "Capacity issues in department, revised date to OLB"],
    "E": ["Lead to provide evidence of audit results before OLB"],
    "F": ["Evidence pack to OLB for sign off", "Ready to move to GREEN status",
          "Pending sign off by the chief officer lead"],
    "S": ["Evidence submitted to HMICFRS for closure", "Closure submission sent to FLL",
          "Submitted via FLL with evidence pack"],
    "C": ["OLB approved closure", "OLB agreed evidence sufficient",
          "HMICFRS confirmed complete on register"],
    "C-": ["OLB approved closure", "OLB agreed evidence sufficient"],   # HMICFRS still open
    "K": ["Completed - evidence held by lead", "All actions delivered - evidence on file"],
    "U": ["Superseded by later inspection - closed locally"],
    "R": ["OLB rejected evidence - further dip sample required",
          "Following HMICFRS re-inspection feedback"],
    "W": ["Not the force's responsibility to deliver; dependent upon another organisation"],
}
MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def fmt_line(d: date, code: str, note: str) -> str:
    """The analyst who kept the tracker changed over time, and so did the line style."""
    word = WORDS[code][0]
    if d < date(2019, 7, 1):      # JH: dd/mm/yy, capitals
        return f"{d:%d/%m/%y} - {word.upper()} - {note} (JH)"
    if d < date(2022, 7, 1):      # RP: d Mon yyyy, en dash, title words
        word = word.title().replace("Hmicfrs", "HMICFRS")
        return f"{d.day} {MON[d.month - 1]} {d.year} – {word} – {note} [RP]"
    return f"{d:%d/%m/%Y} - {word} - {note} (KB)"   # KB: dd/mm/yyyy


def make_history(start: date, codes: str, end: date, lead: str,
                 fixed: dict[int, tuple[date | None, str | None]] | None = None,
                 h_closed: bool = True):
    """Dated lines from start to end, one per status code; returns [(date, code, text)]."""
    fixed = fixed or {}
    n = len(codes)
    dates = []
    for i, c in enumerate(codes):
        if i == 0:
            d = start if n > 1 else end
        elif c == "A" and i == 1 and n > 2:
            d = start + timedelta(days=rng.randint(20, 75))
        elif i == n - 1:
            d = end
        else:
            lo = dates[-1]
            left = n - i          # lines still to place, this one included
            step = (end - lo).days / left
            d = lo + timedelta(days=max(3, int(step + rng.randint(-20, 20))))
        if i in fixed and fixed[i][0]:
            d = fixed[i][0]
        if dates and d <= dates[-1]:
            d = dates[-1] + timedelta(days=3)
        dates.append(d)
    assert dates[-1] == (fixed.get(n - 1, (None,))[0] or end), (codes, dates, end)
    lines = []
    for i, (d, c) in enumerate(zip(dates, codes)):
        pool = NOTES[c + "-"] if (c + "-") in NOTES and not h_closed else NOTES[c]
        note = fixed.get(i, (None, None))[1] or rng.choice(pool)
        note = note.format(lead=lead or "lead")
        lines.append((d, c, note))
    return lines


def rag_at_olb(lines) -> str | None:
    past = [l for l in lines if l[0] <= OLB_DATE]
    if not past:
        return None
    c = max(past)[1]
    return {"N": None, "A": "AMBER", "P": "AMBER", "T": "AMBER", "E": "AMBER", "R": "AMBER",
            "X": "RED", "F": "GREEN", "S": "GREEN", "K": "GREEN", "C": "GREY", "U": "GREY",
            "W": "WHITE"}[c]


def force_done(lines) -> bool:
    return WORDS[max(lines)[1]][1]


# ----------------------------------------------------------------------------------------
# Text variants a force analyst produces
# ----------------------------------------------------------------------------------------
ABBR = [
    (r"modern slavery and human trafficking", "MSHT"), (r"domestic abuse", "DA"),
    (r"stop and search", "S&S"), (r"police and crime commissioners", "PCCs"),
    (r"[Cc]hief [Cc]onstables", "CCs"), (r"Authorised Professional Practice", "APP"),
    (r"National Police Chiefs' Council", "NPCC"), (r"College of Policing", "CoP"),
    (r"child sexual exploitation", "CSE"), (r"body-worn video", "BWV"),
    (r"information-sharing agreements", "ISAs"), (r"quality assurance", "QA"),
    (r"Home Office", "HO"), (r"officers and staff", "officers & staff"),
]


def abbrev(t: str, which: tuple[str, ...]) -> str:
    for pat, rep in ABBR:
        if rep in which:
            t = re.sub(pat, rep, t)
    return t


def dash_bullets(t: str) -> str:
    t = re.sub(r"\s*•\s*", "\n- ", t)
    return re.sub(r"\n+", "\n", t).strip()


def typo(t: str, words: dict[str, str]) -> str:
    for right, wrong in words.items():
        t = t.replace(right, wrong)
    return t


HT = {k: t for k, _, _, t, _, _ in H}

# ----------------------------------------------------------------------------------------
# Force rows.  Each: sheet, hkey (None = not on the HMICFRS list), report key, type word,
# text, lead, target, history spec, show_ref, order, category, why, extras
# ----------------------------------------------------------------------------------------
F: list[dict] = []


def frow(sheet, hkey, rep, ftype, text, lead, codes, end, *, target=None, show_ref=True,
         order="desc", fixed=None, cat, why, ref_override=None, pub_style=None, blanks=False,
         split=None, conflict=False):
    F.append(dict(sheet=sheet, hkey=hkey, rep=rep, ftype=ftype, text=text, lead=lead,
                  codes=codes, end=end, target=target, show_ref=show_ref, order=order,
                  fixed=fixed, cat=cat, why=why, ref_override=ref_override,
                  pub_style=pub_style, blanks=blanks, split=split, conflict=conflict))


L = "Live"
A = "Archive"

# --- all-forces reports -------------------------------------------------------------------
frow(A, "sas13_1", "sas13", "Nat Rec",
     "CCs and CoP should establish in the S&S APP a clear specification of what constitutes "
     "the effective and fair exercise of S&S powers, and guidance in this respect. This should "
     "be compliant with the Code of Practice.", "ACC Local Policing", "NPU", date(2016, 3, 1),
     show_ref=False, cat="in_sync",
     why="HMICFRS Superseded; force archived with last line SUPERSEDED (abbreviated text)")
frow(A, "sas13_2", "sas13", "Nat Rec", HT["sas13_2"], "ACC Local Policing", "NAPC",
     date(2016, 2, 25), cat="in_sync", why="HMICFRS Complete; force archived CLOSED")
frow(A, "sas13_3", "sas13", "Nat Rec", HT["sas13_3"], "ACC Local Policing", "NPU",
     date(2016, 3, 1), show_ref=False, cat="in_sync",
     why="HMICFRS Superseded; force archived SUPERSEDED. Near-twin of the 2015 item (sas15): "
         "report 2013 + 'elected local policing bodies' wording decide it")
frow(L, "everyone", "everyone", "Nat Rec",
     "By September 2014, every police force in England and Wales should establish and publish "
     "an action plan that specifies in detail what steps it will take to improve its approach "
     "to DA. This action plan should be developed:\n"
     "- in consultation with PCCs, DA support organisations and victims' representatives;\n"
     "- after close consideration of all the recommendations in this report;\n"
     "- with reference to all relevant domestic homicide reviews and IPCC findings, whether in "
     "connection with the force in question or another force; and\n"
     "- drawing on relevant knowledge acquired or available from other sources such as CPS "
     "scrutiny panels and MARAC self-assessments.",
     "Ch Supt Public Protection", "NAPTP", date(2023, 11, 21), target="Ongoing",
     cat="closeable_local",
     why="HMICFRS Complete (2019); force still In progress (DA plan refreshed yearly). Stray "
         "footnote '20' only on HMICFRS side")
frow(A, "aust_1", "austerity", "Nat Rec", HT["aust_1"], "Director of Finance", "NAPC",
     date(2015, 12, 10), show_ref=False, cat="in_sync",
     why="HMICFRS Complete; force archived CLOSED")
frow(L, "aust_3", "austerity", "Nat Rec",
     "Chief Constables & PCCs in forces planning to reduce the proportion of their workforce "
     "and/or police officers on the front line should assess whether they have taken the "
     "decisive action seen in many forces in order to maintain their crime fighting capacity.",
     "Director of Finance", "NAPTP", date(2023, 9, 28), target="Linked to FMS",
     cat="closeable_local",
     why="HMICFRS Superseded; force's latest line In progress (addressed via FMS); the "
         "'HMIC will follow up' sentence dropped, which is not an ask of the force")
frow(A, "aust_4", "austerity", "Nat Rec", HT["aust_4"], "Director of Finance", "NAPC",
     date(2016, 2, 18), cat="in_sync", why="HMICFRS Complete; force archived CLOSED")
frow(A, "core_1", "core", "Nat Rec", HT["core_1"], "Supt Contact Centre", "NAPFC",
     date(2016, 6, 20), cat="in_sync", why="HMICFRS Complete; force archived CLOSED")
frow(L, "core_2", "core", "Nat Rec", HT["core_2"], "Head of Corporate Development", "NAPXPS",
     date(2023, 12, 14), cat="closeable_submit",
     why="HMICFRS Being progressed; force's latest line Submitted to HMICFRS (done)")
frow(L, "integrity", "integrity", "Nat Rec",
     HT["integrity"].replace("“", '"').replace("”", '"'), "Head of Professional Standards",
     "NAPTP", date(2024, 1, 18), target="Q1 24/25", cat="in_sync",
     why="HMICFRS Being progressed; force In progress (straight quotes vs curly)")
frow(L, "sas15", "sas15", "Nat Rec",
     "Chief constables should, in consultation with PCCs, ensure that they comply with the "
     "Code of Practice by explaining to the public the way S&S powers are used in their areas "
     "and by making arrangements for S&S records to be scrutinised by community "
     "representatives. This should be done in a way that involves those people who are "
     "stopped and searched, for example young people.", "ACC Local Policing", "NAPTTP",
     date(2023, 10, 5), show_ref=False, cat="closeable_local",
     why="HMICFRS Complete (2018); force still In progress. Near-twin of sas13_3 (2013, "
         "archived); report 'Stop & search powers 2' and 'PCCs' decide it")
frow(L, "picture", "picture", "Nat Rec", HT["picture"], "Head of Information Management",
     "NAPXPF", date(2024, 2, 8), cat="closeable_submit",
     why="HMICFRS Being progressed; force latest line Proposed for closure, RAG GREEN")
frow(A, "fire_1", "firearms", "Nat Rec", HT["fire_1"], "Supt Firearms Licensing", "NAPC",
     date(2017, 6, 8), cat="in_sync", why="HMICFRS Complete; force archived CLOSED")
frow(L, "fire_2", "firearms", "Nat Rec", HT["fire_2"], "Supt Firearms Licensing", "NAPTXRX",
     date(2024, 1, 30), target=date(2024, 6, 30), cat="in_sync",
     why="HMICFRS Being progressed; force Off track (RED). Near-twin of the other firearms "
         "three-month items")
frow(L, "fire_4", "firearms", "Nat Rec",
     typo(HT["fire_4"], {"arrangements": "arrangments"}), "Supt Firearms Licensing", "NAPPF",
     date(2024, 2, 1), order="asc", cat="closeable_submit",
     why="HMICFRS Being progressed; history written OLDEST FIRST (top line 'NEW'); newest "
         "line at the bottom is Proposed for closure, RAG GREEN -> done")
frow(L, "fire_5", "firearms", "Nat Rec", HT["fire_5"], "Supt Firearms Licensing", "NAPSC",
     date(2024, 2, 27), order="asc", cat="in_sync",
     why="HMICFRS Complete; history OLDEST FIRST, bottom line Closed (HMICFRS confirmed), "
         "RAG GREY; row not yet moved to Archive",
     fixed={4: (None, "HMICFRS confirmed complete on register, to move to Archive")})
# --- PEEL effectiveness 2016 ----------------------------------------------------------------
frow(A, "eff16_coc", "eff16", "CoC", CAUSE_DA, "Ch Supt Public Protection", "NAPFC",
     date(2019, 5, 30), cat="in_sync", why="HMICFRS Complete; force archived CLOSED")
frow(L, "eff16_rec", "eff16", "Rec",
     "To address this cause of concern, HMIC recommends the force should immediately take "
     "steps to ensure that there is effective supervison of the initial risk assessment "
     "process, specifically in relation to the completion of DASH risk assessment in "
     "appropriate cases. In cases where a DASH risk assessment is not completed the officer "
     "should record an assessment on the crime management system.",
     "Ch Supt Public Protection", "NAPFRP", date(2024, 2, 15), cat="in_sync",
     why="HMICFRS Being progressed; force history has 'Proposed for closure' then "
         "'Reopened' then 'In progress' -> open. Misspelling 'supervison'")
frow(L, "eff16_afi1", "eff16", "AFI",
     "The force should improve its understanding of the nature and scale of CSE in its area.",
     "Det Ch Supt Force CID", "NAPFR", date(2024, 3, 6),
     fixed={3: (date(2024, 2, 12), "Ready to move to GREEN status - CSE problem profile "
                                     "refreshed"),
            4: (date(2024, 3, 6), "FLL advised problem profile pre-dates new CSE data; "
                                  "refresh needed")},
     cat="closeable_local",
     why="HMICFRS Superseded; STALE RAG: RAG GREEN (set at OLB 29/02/2024) but newest line "
         "06/03/2024 Reopened -> force open")
frow(A, "eff16_afi2", "eff16", "AFI", HT["eff16_afi2"], "Force Crime Registrar", "NAPC",
     date(2018, 4, 19), cat="in_sync", why="HMICFRS Complete; force archived CLOSED")
# --- CDI 2017 -------------------------------------------------------------------------------
frow(L, "cdi_1", "cdi17", "Rec",
     "Within three months, the force should put in place arrangements to ensure that:\n"
     + "\n".join("- " + b for b in CDI_BULLETS), "Force Crime Registrar", "NAPPTFS",
     date(2023, 11, 2), cat="closeable_submit",
     why="HMICFRS Being progressed; force latest line Submitted to HMICFRS (all five bullets "
         "kept, '-' for '•')")
frow(L, "cdi_2", "cdi17", "Rec", HT["cdi_2"], "Force Crime Registrar", "NAPXPT",
     date(2023, 12, 7), cat="closeable_local",
     why="HMICFRS Complete (2021); force still On track")
# --- Stolen freedom --------------------------------------------------------------------------
frow(L, "msht_lead", "stolen", "Nat Rec",
     "Within twelve months, forces should review their leadership and goverance arrangements "
     "for MSHT, to ensure that:\n"
     "- senior leaders prioritise the response to MSHT;\n"
     "- every incident of modern slavery identified to police is allocated appropriate "
     "resources with the skills, experience and capacity to investigate it effectively; and\n"
     "- forces develop effective partnership arrangements to co-ordinate activity in order to "
     "share information and safeguard victims.", "Det Ch Supt Force CID", "NAPT",
     date(2023, 12, 12), conflict=True, cat="conflict",
     why="MISSING BULLET: force text drops the fourth bullet (performance and QA measures "
         "for senior leaders); both open")
frow(L, "msht_intel", "stolen", "Nat Rec",
     "Within 12 months, forces should have in place active ISAs with other agencies to "
     "facilitate speedy exchange of intelligence and in order to safeguard victims better and "
     "to identify suspects as early as possible.", "Head of Intelligence", "NAPT",
     date(2024, 1, 9), conflict=True, cat="conflict",
     why="TIMESCALE: force 'Within 12 months' vs HMICFRS 'Within six months' (stray '86' "
         "only on HMICFRS side); both open")
frow(A, "msht_s45", "stolen", "Nat Rec", HT["msht_s45"], "Det Ch Supt Force CID", "NAPSC",
     date(2020, 3, 5), cat="in_sync", why="HMICFRS Complete; force archived CLOSED")
frow(L, "msht_nrm", "stolen", "Nat Rec", HT["msht_nrm"], "Det Ch Supt Force CID", "NAPTF",
     date(2024, 3, 5),
     fixed={4: (date(2024, 3, 5), "NRM audit complete - evidence pack to next OLB for sign "
                                  "off")},
     cat="closeable_submit",
     why="HMICFRS Being progressed; STALE RAG: RAG AMBER (OLB 29/02/2024) but newest line "
         "05/03/2024 Proposed for closure -> force done")
frow(L, "msht_ncrs", "stolen", "Nat Rec",
     abbrev(HT["msht_ncrs"], ("MSHT",)), "Force Crime Registrar", "NAPP", date(2023, 9, 14),
     blanks=True, cat="in_sync",
     why="HMICFRS Being progressed; force In progress (blank lines between entries)")
frow(L, "msht_inv", "stolen", "Nat Rec", HT["msht_inv"], "Det Ch Supt Force CID", "NAPFRT",
     date(2024, 2, 20), cat="in_sync",
     why="HMICFRS Being progressed; force Proposed for closure -> Reopened -> On track: open")
frow(L, "msht_prev", "stolen", "Nat Rec",
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of MSHT offences are exploited.",
     "Det Ch Supt Force CID", "NAPK", date(2023, 11, 30), cat="closeable_submit",
     why="HMICFRS Awaiting review; force latest line Complete (RAG GREEN)")
# --- PEEL efficiency 2017 --------------------------------------------------------------------
frow(L, "digital", "efc17", "Nat Rec",
     abbrev(HT["digital"], ("HO", "NPCC")), "Head of Corporate Development", "NAPTT",
     date(2023, 8, 10), show_ref=False, cat="closeable_local",
     why="HMICFRS Complete (2022); force On track")
frow(A, "efc_demand", "efc17f", "AFI", HT["efc_demand"], "Head of Corporate Development",
     "NAPFC", date(2019, 6, 6), cat="in_sync", why="HMICFRS Complete; force archived CLOSED")
frow(L, "efc_costs", "efc17f", "AFI", HT["efc_costs"], "Director of Finance", "NAPXP",
     date(2023, 6, 1), target="No deadline set by HMICFRS", cat="in_sync",
     why="HMICFRS Being progressed; force In progress")
frow(A, "efc_wfp", "efc17f", "AFI", HT["efc_wfp"], "Director of People", "NAPFC",
     date(2023, 7, 20), cat="closeable_submit",
     why="HMICFRS Being progressed; force closed it at OLB and moved it to Archive, but never "
         "submitted to HMICFRS")
# --- PEEL legitimacy 2017 --------------------------------------------------------------------
frow(A, "leg_coc", "leg17", "CoC", LEG17_COC, "ACC Local Policing", "NAPU",
     date(2021, 3, 18), cat="in_sync", why="HMICFRS Superseded; force archived Superseded")
frow(L, "leg_mon", "leg17", "Nat Rec", dash_bullets(HT["leg_mon"]), "ACC Local Policing",
     "NAPTP", date(2024, 1, 25), cat="in_sync",
     why="HMICFRS Being progressed; force In progress (inline bullets re-typed as lines)")
frow(L, "leg_disp", "leg17", "Nat Rec", dash_bullets(HT["leg_disp"]), "ACC Local Policing",
     "NAPTF", date(2024, 2, 22), cat="closeable_submit",
     why="HMICFRS Being progressed; force Proposed for closure (RAG GREEN)")
frow(L, "leg_train", "leg17", "Nat Rec",
     "By July 2018, and ongoing following that date, forces should ensure that all officers "
     "who use S&S powers have been provided with, and understand, training on unconscious "
     "bias and CoP APP on S&S.", "Head of Learning & Development", "NAPT",
     date(2023, 10, 19), target="Ongoing", cat="closeable_local",
     why="HMICFRS Complete (2022); force On track")
frow(L, "legf_vet", "leg17f", "AFI", HT["legf_vet"], "Head of Professional Standards",
     "NAPXPT", date(2024, 2, 1), cat="in_sync",
     why="HMICFRS Being progressed; force On track. Same month as the national legitimacy "
         "report: report name decides the block")
frow(A, "legf_whistle", "leg17f", "AFI", HT["legf_whistle"], "Head of Professional Standards",
     "NAPFC", date(2019, 6, 27), show_ref=False, cat="in_sync",
     why="HMICFRS Complete; force archived CLOSED")
# --- PEEL effectiveness 2017: split recommendation + others ----------------------------------
for i, b in enumerate(MISSING_BULLETS):
    frow(L, "eff17_missing", "eff17", "Rec",
         f"Within three months, the force should {MISSING_STEM} {b}",
         ["Supt Contact Centre", "Supt Contact Centre", "Ch Supt Public Protection"][i],
         ["NAPF", "NAPPS", "NAPTF"][i],
         [date(2023, 11, 16), date(2024, 1, 11), date(2024, 2, 15)][i],
         order="asc" if i == 1 else "desc", split=("a", "b", "c")[i],
         cat="closeable_submit",
         why=f"SPLIT row {i + 1} of 3 (one bullet each); all three bullets done "
             f"(Proposed/Submitted) and HMICFRS Being progressed -> item closeable"
             + ("; this cell is OLDEST FIRST" if i == 1 else ""))
frow(L, "eff17_rui", "eff16", "AFI", HT["eff17_rui"], "Head of Criminal Justice", "NAPT",
     date(2024, 1, 4), show_ref=False, pub_style="eff16", conflict=True, cat="conflict",
     why="REPORT/DATE: force files it under 'PEEL Effectiveness 2016' (Mar-17); HMICFRS has "
         "it under PEEL: Police effectiveness 2017 (22/03/2018). No HMICFRS ID on the row; "
         "unique text decides the pair; both open")
frow(L, "eff17_rasso", "eff17", "AFI", HT["eff17_rasso"], "Det Ch Supt Force CID", "NAPXP",
     date(2023, 12, 21), cat="closeable_local", why="HMICFRS Complete (2022); force In progress")
# --- NCPI 2018 ---------------------------------------------------------------------------------
frow(A, "ncpi_1", "ncpi18", "Rec", HT["ncpi_1"], "Ch Supt Public Protection", "NAPFC",
     date(2020, 2, 20), cat="in_sync", why="HMICFRS Complete; force archived CLOSED")
frow(L, "ncpi_2", "ncpi18", "Rec",
     "Within 6 months the force should make sure it has enough specialist capacity & "
     "capability to investigate online child sexual abuse.", "Det Ch Supt Force CID",
     "NAPXP", date(2024, 2, 8), cat="in_sync",
     why="HMICFRS Being progressed; force In progress ('6 months' is the same timescale)")
# --- PEEL 2018/19 -------------------------------------------------------------------------------
frow(A, "p19_cap", "peel1819", "AFI", HT["p19_cap"].replace("’", "'"),
     "Det Ch Supt Force CID", "NAPFC", date(2022, 6, 16), cat="in_sync",
     why="HMICFRS Complete; force archived CLOSED")
frow(L, "p19_digital", "peel1819", "Rec", HT["p19_digital"], "Head of Intelligence", "NAPXPT",
     date(2024, 1, 18), conflict=True, cat="conflict",
     why="TYPE: force records it as 'Rec', HMICFRS as Area for improvement; both open")
frow(L, "p19_culture", "peel1819", "AFI", HT["p19_culture"], "Director of People", "NAPTF",
     date(2024, 2, 19), order="asc", cat="closeable_submit",
     why="HMICFRS Being progressed; history OLDEST FIRST, bottom line Proposed for closure")
frow(L, "p19_risk", "peel1819", "AFI", HT["p19_risk"], "Head of Corporate Development",
     "NAPT", date(2023, 11, 9), cat="closeable_local",
     why="HMICFRS Superseded (2022); force On track")
# --- Custody -------------------------------------------------------------------------------------
frow(A, None, "custody16", "Rec",
     "The force should, in conjunction with children's social care services, review how it "
     "manages the detention of children and improve the timeliness of appropriate adult "
     "support for children who are arrested.", "Ch Insp Custody", "NAPC", date(2018, 2, 8),
     show_ref=False, cat="not_on_hmicfrs_list",
     why="Custody 2016 item, closed and archived by the force; HMICFRS list has only the 2020 "
         "custody recommendation (similar wording, different report)")
frow(L, "cust20", "custody20", "Rec",
     "Within six months the force should in conjunction with children's social care services, "
     "review how it manages the detention of children. As a minimum it should:\n"
     "- ensure that all children are only detained when absolutely necessary and for the "
     "absolute minimum amount of time;\n"
     "- ensure that officers and staff in the custody suite assess at an early stage a child's "
     "need for alternative accomodation (secure or otherwise) and work with children's social "
     "care services to achieve the most appropriate option for the child;\n"
     "- ensure that custody staff make a record of all actions taken and decisions made on the "
     "relevant documentation; and\n"
     "- improve the timeliness of adequate appropriate adult support for children who are "
     "arrested", "Ch Insp Custody", "NAPXP", date(2024, 1, 23), cat="in_sync",
     why="HMICFRS Being progressed; force In progress (bullets re-typed, 'accomodation')")
# --- Police powers 2021 -------------------------------------------------------------------------
frow(L, "pow_comms", "powers", "Nat Rec", abbrev(HT["pow_comms"], ("officers & staff",)),
     "Head of Learning & Development", "NAPT", date(2024, 1, 16), cat="in_sync",
     why="HMICFRS Being progressed; force On track")
frow(L, "pow_cpd", "powers", "Nat Rec", abbrev(HT["pow_cpd"], ("BWV",)),
     "Head of Learning & Development", "NAPK", date(2023, 7, 6), cat="closeable_submit",
     why="HMICFRS Being progressed; force Complete")
for i, (part, codes, end) in enumerate([
        (BWV_A, "NAPK", date(2022, 11, 3)), (BWV_B, "NAPXP", date(2024, 2, 6)),
        (BWV_C, "NAPF", date(2023, 9, 21))]):
    frow(L, "pow_bwv", "powers", "Nat Rec",
         "By September 2021, forces should: " + abbrev(part, ("BWV", "S&S")),
         "ACC Local Policing", codes, end, split=("a", "b", "c")[i], cat="in_sync",
         why=f"SPLIT row {i + 1} of 3; parts 1 and 3 done but part 2 still In progress, so "
             f"the item is open on the force side; HMICFRS Being progressed -> in_sync")
frow(L, "pow_uof", "powers", "Nat Rec", HT["pow_uof"], "ACC Local Policing", "NAPTP",
     date(2024, 2, 13), ref_override="TRANSPOSE", conflict=True, cat="conflict",
     why="REFERENCE: force HMICFRS ID has two digits transposed (no such register item); text "
         "identical; both open")
frow(L, None, "powers", "Nat Rec",
     "The HO and the NPCC should take steps to ensure that the quality of the data collected "
     "on the number of incidents where force has been used to effect a stop and search is "
     "sufficient for publication. The HO should publish this data as soon as possible.",
     "ACC Local Policing", "NW", date(2021, 4, 15), show_ref=False, cat="not_on_hmicfrs_list",
     why="National recommendation for the Home Office/NPCC, tracked by the force as WHITE "
         "'Not for force'; not on the force's HMICFRS list")
# --- PEEL 2021/22 --------------------------------------------------------------------------------
frow(L, "p22_da", "peel2122", "AFI",
     "The force should make sure victims of DA are kept informed about the progress of their "
     "case, in line with the Code of Practice for Victims of Crime.",
     "Ch Supt Public Protection", "NAPT", date(2024, 2, 1), cat="in_sync",
     why="HMICFRS Being progressed; force On track")
frow(L, "p22_control", "peel2122", "AFI", HT["p22_control"], "Supt Contact Centre", "NAPXPF",
     date(2024, 1, 31), cat="closeable_submit",
     why="HMICFRS Being progressed; force Proposed for closure")
frow(L, "p22_perf", "peel2122", "AFI", HT["p22_perf"], "Head of Corporate Development",
     "NAPXP", date(2024, 2, 6), cat="closeable_local",
     why="HMICFRS Complete (Oct 2023); force In progress")
frow(L, "p22_cl", "peel2122", "AFI", HT["p22_cl"], "Head of Intelligence", "NAPFR",
     date(2024, 3, 7),
     fixed={3: (date(2024, 2, 9), "Ready to move to GREEN status"),
            4: (date(2024, 3, 7), "Chief officer lead not satisfied - intelligence gaps on "
                                  "new lines identified, further work required")},
     cat="in_sync",
     why="HMICFRS Being progressed; STALE RAG: RAG GREEN (OLB) but newest line 07/03/2024 "
         "Reopened -> force open")
frow(L, "p22_edi", "peel2122", "AFI", HT["p22_edi"], "Director of People", "NAPSEC",
     date(2024, 3, 11),
     fixed={3: (date(2024, 1, 4), "Evidence submitted to HMICFRS for closure"),
            4: (date(2024, 2, 6), "FLL asked for workforce data evidence - lead to provide"),
            5: (date(2024, 3, 11), "HMICFRS confirmed complete on register")},
     cat="in_sync",
     why="HMICFRS Complete (28/02/2024); STALE RAG: RAG AMBER (Awaiting evidence at OLB) but "
         "newest line 11/03/2024 Closed -> force done")
frow(L, None, "peel2122", "Local",
     "Local action: Dip-sample 50 domestic abuse crime reports each quarter and report "
     "findings to the Crime Standards Board", "Force Crime Registrar", "NAPT",
     date(2024, 1, 25), show_ref=False, cat="not_on_hmicfrs_list",
     why="Force's own local action under PEEL 21-22 (no HMICFRS item)")
frow(L, None, "peel2122", "Local",
     "Appoint a single point of contact for county lines drug dealing in each local policing "
     "area", "Head of Intelligence", "NAPK", date(2023, 3, 30), show_ref=False,
     cat="not_on_hmicfrs_list",
     why="Local action with no prefix, same topic as the county lines AFI but not an HMICFRS "
         "item")
# --- PEEL 2023/24 --------------------------------------------------------------------------------
frow(L, "p24_vawg", "peel2324", "AFI", HT["p24_vawg"], "ACC Crime", "N", date(2023, 10, 26),
     cat="in_sync", why="HMICFRS Awaiting review; force New (no RAG yet)")
frow(L, "p24_oversight", "peel2324", "AFI", HT["p24_oversight"], "DCC", "NAP",
     date(2024, 2, 15), cat="in_sync", why="HMICFRS Awaiting review; force In progress")
frow(L, "p24_checks", "peel2324", "AFI", HT["p24_checks"], "Head of Professional Standards",
     "NAP", date(2024, 1, 30), cat="in_sync", why="HMICFRS Awaiting review; force In progress")
frow(L, "p24_data", "peel2324", "Rec", HT["p24_data"], None, "N", date(2024, 1, 15),
     target=date(2024, 3, 31), cat="in_sync",
     why="HMICFRS Being progressed; force New, no lead, no RAG")
frow(L, None, "peel2324", "Local",
     "Force action - Add violence against women and girls measures to the monthly Force "
     "Performance pack", "Head of Corporate Development", "NAP", date(2024, 2, 1),
     show_ref=False, cat="not_on_hmicfrs_list",
     why="Force's own action under PEEL 2023/24 (related to the VAWG AFI, not an HMICFRS item)")
frow(L, None, "jac", "Local",
     "JAC action: Internal audit of the vetting governance arrangements (audit plan 2023/24)",
     "Head of Professional Standards", "NAP", date(2024, 2, 20), show_ref=False,
     cat="not_on_hmicfrs_list", why="Joint Audit Committee action, not an HMICFRS item")

MISSING = {"aust_2": "No force row (Austerity 2014 collaboration item never logged)",
           "fire_3": "No force row for the 'total expired' firearms item; its four firearms "
                     "siblings are tracked",
           "leg_pub": "No force row for 'publish this analysis ... annually' (force tracks the "
                      "two neighbouring legitimacy items)",
           "ncpi_3": "No force row for the NCPI CSE training recommendation",
           "p24_prev": "New PEEL 2023/24 AFI not yet added to the tracker"}

# ----------------------------------------------------------------------------------------
# Build histories and compute states
# ----------------------------------------------------------------------------------------
HMETA = {k: dict(rep=r, type=t, text=x, status=s, sdate=d) for k, r, t, x, s, d in H}
for f in F:
    pub = REPORTS[f["rep"]][1] or date(2023, 6, 15)
    start = pub + timedelta(days=rng.randint(12, 40))
    if f["ftype"] == "Local" and not f["fixed"]:
        f["fixed"] = {0: (None, "JAC action agreed - logged" if f["rep"] == "jac"
                          else "Force action agreed at OLB - logged")}
    h_closed = f["hkey"] is None or HMETA[f["hkey"]]["status"] in H_CLOSED
    f["lines"] = make_history(start, f["codes"], f["end"], f["lead"], f["fixed"], h_closed)
    f["done"] = force_done(f["lines"])
    f["rag"] = "GREY" if f["sheet"] == A else rag_at_olb(f["lines"])

# ----------------------------------------------------------------------------------------
# Force ids (OL refs) and tracker ordering
# ----------------------------------------------------------------------------------------
order_key = {k: i for i, k in enumerate(REPORTS)}


def sort_key(f):
    pub = REPORTS[f["rep"]][1] or date(2024, 1, 1)
    return (pub, order_key[f["rep"]])


live = sorted([f for f in F if f["sheet"] == L], key=sort_key)
arch = sorted([f for f in F if f["sheet"] == A], key=lambda f: max(f["lines"])[0])
# OL refs were given in the order items were logged (publication order); archive keeps theirs
allf = sorted(F, key=sort_key)
n = 0
last_split_h = None
for f in allf:
    if f["split"] and f["hkey"] == last_split_h:
        f["olref"] = f"OL/{n:03d}{f['split']}"
        continue
    n += 1
    f["olref"] = f"OL/{n:03d}" + (f["split"] or "")
    last_split_h = f["hkey"] if f["split"] else None

# ----------------------------------------------------------------------------------------
# Category check (computed from states must equal what each row declares)
# ----------------------------------------------------------------------------------------
def category(hkey, done):
    if hkey is None:
        return "not_on_hmicfrs_list"
    hopen = HMETA[hkey]["status"] in H_OPEN
    if hopen and done:
        return "closeable_submit"
    if not hopen and not done:
        return "closeable_local"
    return "in_sync"


item_done = {}
for f in F:
    if f["hkey"]:
        item_done.setdefault(f["hkey"], []).append(f["done"])
for f in F:
    if f["conflict"]:
        calc = "conflict"
    elif f["hkey"] is None:
        calc = "not_on_hmicfrs_list"
    else:
        calc = category(f["hkey"], all(item_done[f["hkey"]]))
    assert calc == f["cat"], (f["hkey"], calc, f["cat"], f["lines"])
covered = {f["hkey"] for f in F if f["hkey"]}
assert covered | set(MISSING) == set(HMETA) and not covered & set(MISSING)

# ----------------------------------------------------------------------------------------
# HMICFRS CSV (register export, UTF-8 with BOM, CRLF, sorted by reference)
# ----------------------------------------------------------------------------------------
os.makedirs(OUT, exist_ok=True)
hrows = sorted(H, key=lambda h: REFS[h[0]])
HROW = {}
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
w.writerow(["Reference", "Force", "Report", "Published", "Type", "Recommendation", "Status",
            "Last updated"])
for i, (k, rep, typ, text, status, sdate) in enumerate(hrows):
    HROW[k] = f"hmicfrs.csv!{i + 2}"
    w.writerow([REFS[k], FORCE, REPORTS[rep][0], f"{REPORTS[rep][1]:%d/%m/%Y}", typ, text,
                status, f"{sdate:%d/%m/%Y}"])
with open(os.path.join(OUT, "hmicfrs.csv"), "wb") as fh:
    fh.write(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))

# ----------------------------------------------------------------------------------------
# Tracker workbook
# ----------------------------------------------------------------------------------------
FILLS = {"GREEN": "92D050", "AMBER": "FFC000", "RED": "FF0000", "GREY": "BFBFBF",
         "WHITE": "FFFFFF"}
HEAD = ["OL Ref", "HMICFRS ID", "Report", "Published", "Type",
        "Recommendation / AFI (as published)", "Lead", "Target date", "RAG",
        "Status history (latest at top)"]
WIDTHS = [10, 12, 26, 11, 9, 70, 24, 14, 9, 90]
thin = Side(style="thin", color="999999")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
FROW = {}
REF_AS_TEXT = {"picture", "p19_culture"}


def transpose(ref: int) -> int:
    s = str(ref)
    t = s[:-2] + s[-1] + s[-2]
    assert t != s
    return int(t)


def history_cell(f) -> str:
    lines = sorted(f["lines"], reverse=(f["order"] == "desc"))
    txt = [fmt_line(*l) for l in lines]
    return ("\n\n" if f["blanks"] else "\n").join(txt)


def write_sheet(ws, rows, header_row, title_rows):
    for r, (text, bold, size) in enumerate(title_rows, start=1):
        c = ws.cell(r, 1, text)
        c.font = Font(bold=bold, size=size)
    for c, h in enumerate(HEAD, start=1):
        cell = ws.cell(header_row, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F3864")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BORDER
    for c, wdt in enumerate(WIDTHS, start=1):
        ws.column_dimensions[chr(64 + c)].width = wdt
    r = header_row
    for f in rows:
        r += 1
        FROW[id(f)] = f"{ws.title}!{r}"
        ref = None
        if f["hkey"] and f["show_ref"]:
            ref = REFS[f["hkey"]]
            if f["ref_override"] == "TRANSPOSE":
                ref = transpose(ref)
                assert ref not in REFS.values()
            elif f["hkey"] in REF_AS_TEXT:
                ref = f"{ref} "      # typed in as text with a trailing space
        elif f["hkey"] is None and f["ftype"] != "Local" and f["rep"] == "powers":
            ref = "n/a"
        pubkey = f["pub_style"] or f["rep"]
        pub = REPORTS[pubkey][1]
        vals = [f["olref"], ref, REPORTS[pubkey][2], pub, f["ftype"], f["text"], f["lead"],
                f["target"], f["rag"], history_cell(f)]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(r, c, v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = BORDER
        pc = ws.cell(r, 4)
        if isinstance(pub, date):
            pc.number_format = "mmm-yy"
        tc = ws.cell(r, 8)
        if isinstance(f["target"], date):
            tc.number_format = "dd/mm/yyyy"
        if f["rag"]:
            ws.cell(r, 9).fill = PatternFill("solid", fgColor=FILLS[f["rag"]])
    ws.freeze_panes = ws.cell(header_row + 1, 3)
    ws.auto_filter.ref = f"A{header_row}:J{r}"
    return r


wb = Workbook()
ws = wb.active
ws.title = "Live"
last = write_sheet(ws, live, 5, [
    (f"{FORCE} - HMICFRS Recommendations & AFI Tracker", True, 14),
    (f"Organisational Learning & Performance | v7.3 | Last updated {TRACKER_UPDATED:%d/%m/%Y}"
     " | OFFICIAL", False, 10),
    ("Status history: one dated line per change, latest at top. RAG is set at the quarterly "
     f"Organisational Learning Board (last OLB {OLB_DATE:%d/%m/%Y}) - see Key tab.", False, 10),
])
ws.cell(last + 2, 1, "Items are moved to the Archive tab once closure is approved at OLB. "
                     "Local actions (Type = Local) are the force's own and are not reported "
                     "to HMICFRS.").font = Font(italic=True)
# the Live sheet's last item: its note row sits one blank row below
wa = wb.create_sheet("Archive")
write_sheet(wa, arch, 3, [
    ("Archive - closed items (moved from Live after OLB approval)", True, 12),
])
wk = wb.create_sheet("Key")
key_rows = [
    ("Key", None),
    (None, None),
    ("RAG", "Meaning"),
    ("RED", "Beyond target date, or cannot / will not be implemented (rationale required)"),
    ("AMBER", "Subject to ongoing work and monitoring; expected to be implemented"),
    ("GREEN", "Implemented - proposed for closure / submitted to HMICFRS, awaiting sign off"),
    ("GREY", "Closed - approved at OLB (moved to Archive)"),
    ("WHITE", "Not the force's responsibility to deliver / dependent upon another "
              "organisation"),
    ("(blank)", "New item, not yet allocated"),
    (None, None),
    ("Status words used in the history", None),
    ("Open", "New, Allocated, In progress, On track, Off track, Awaiting evidence, Reopened"),
    ("Done", "Proposed for closure, Submitted to HMICFRS, Complete, Closed, Superseded, Not "
             "for force"),
    (None, None),
    ("Notes", None),
    ("1", "Each change of status is a new line in the Status history cell: date - status - "
          "note (initials). Latest at top."),
    ("2", f"RAG is only updated at OLB (last OLB {OLB_DATE:%d/%m/%Y}). If the history has a "
          "later entry, the history is the current position."),
    ("3", "HMICFRS ID = the reference on the HMICFRS register, where known."),
]
for r, (a, b) in enumerate(key_rows, start=1):
    if a is not None:
        wk.cell(r, 1, a)
    if b is not None:
        wk.cell(r, 2, b)
    if a in FILLS:
        wk.cell(r, 1).fill = PatternFill("solid", fgColor=FILLS[a])
wk.cell(1, 1).font = Font(bold=True, size=12)
wk.column_dimensions["A"].width = 34
wk.column_dimensions["B"].width = 100

FIXED_TS = datetime(2024, 3, 15, 16, 42, 0)
wb.properties.creator = "Organisational Learning"
wb.properties.lastModifiedBy = "Organisational Learning"
wb.properties.created = FIXED_TS
wb.properties.modified = FIXED_TS
tmp = os.path.join(OUT, "tracker.tmp.xlsx")
wb.save(tmp)
# normalise zip entry timestamps so the file is byte-for-byte reproducible
with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(os.path.join(OUT, "tracker.xlsx"), "w",
                                                  zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "docProps/core.xml":   # openpyxl stamps "modified" with now()
            data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                          rb"\g<1>2024-03-15T16:42:00Z\g<2>", data)
        zi = zipfile.ZipInfo(item.filename, date_time=(2024, 3, 15, 16, 42, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = item.external_attr
        zout.writestr(zi, data)
os.remove(tmp)

# ----------------------------------------------------------------------------------------
# truth.csv
# ----------------------------------------------------------------------------------------
truth = []
for f in F:
    truth.append((HROW.get(f["hkey"], ""), FROW[id(f)], f["cat"], f["why"]))
for k, why in MISSING.items():
    assert HMETA[k]["status"] in H_OPEN
    truth.append((HROW[k], "", "missing_from_force",
                  why + f"; HMICFRS {HMETA[k]['status']}"))


def tkey(t):
    h = int(t[0].split("!")[1]) if t[0] else 10 ** 6
    s, r = (t[1].split("!") if t[1] else ("~", "0"))
    return (h, s, int(r))


truth.sort(key=tkey)
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(["hmicfrs_row", "force_row", "category", "why"])
w.writerows(truth)
with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
    fh.write(buf.getvalue())

README_TEXT = r"""# Case `status_log_one_cell` (round 32)

The force tracker keeps each item's **whole status history in one cell, one dated line per change**.
Built by `../build_status_log_one_cell.py`. It uses seed **3232** and fixed workbook and zip timestamps, so running
`/work/main/.venv/bin/python build_status_log_one_cell.py` rebuilds all three files byte for byte.
The force is Derbyshire Constabulary. The recommendation texts are real public HMICFRS texts. Their assignment to
this force, the register IDs, the dates and the statuses are made up.

## HMICFRS side: `hmicfrs.csv` (67 items)
- A register export: UTF-8 with BOM, CRLF line endings, header on row 1, items on rows 2–68, sorted by `Reference`.
- Columns: `Reference, Force, Report, Published, Type, Recommendation, Status, Last updated`.
- `Reference` is a plain integer, unique across the register (as on the old public register, e.g. 6989). It rises with
  the publication date.
- `Type`: Recommendation / Area for improvement / Cause of concern / National recommendation.
- `Status`: Awaiting review, Being progressed (**open**); Complete, Superseded (**closed**).
- Dates are dd/mm/yyyy. Bulleted texts hold embedded line breaks inside quoted fields, so the file has 91
  physical lines but 67 records. Row ids count records as Excel shows them (`hmicfrs.csv!N`, header = 1).
- Some texts carry real-source artefacts: a stray footnote digit ("intelligence 86 and", "another force; and 20"),
  inline bullets with no space ("•the reasons…"), and curly quotes.

## Force side: `tracker.xlsx`
Sheets: **Live** (items), **Archive** (items), **Key** (legend only, no items).

**Live**:
- Rows 1–3 are a title block: the title, "Organisational Learning & Performance | v7.3 | Last updated 15/03/2024 |
  OFFICIAL", and a conventions line.
- Row 4 is blank. Row 5 is the header. Items are on rows 6–60.
- Row 61 is blank. Row 62 is an italic note ("Items are moved to the Archive tab…"). The note is not an item.

**Archive**:
- Row 1 is a title, row 2 is blank, row 3 is the header, and items are on rows 4–20.
- Rows are ordered by the date each item was closed, not by report.

Columns on both sheets: `OL Ref | HMICFRS ID | Report | Published | Type | Recommendation / AFI (as published) |
Lead | Target date | RAG | Status history (latest at top)`.
- `OL Ref` (OL/001…) is the force's own running number, **not** an HMICFRS reference. Rows split off one
  recommendation share a number with a/b/c suffixes (OL/042a–c, OL/053a–c).
- `HMICFRS ID` holds the register reference where the analyst knew it:
  - It is blank on 12 item rows (including the four local actions).
  - It is `n/a` on the Home Office/NPCC row.
  - On two rows it was typed as text with a trailing space (`"4580 "`, `"10321 "`).
  - On one row it is wrong (see the traps).
- `Report` uses the force's own short names (e.g. "PEEL Effectiveness 2016", "CDI 2017", "Stolen Freedom (MSHT) 2017",
  "PEEL Legit 17 S&S", "Police powers spotlight (Feb 21)", "PEEL 21-22"). `Published` is a real Excel date formatted `mmm-yy`.
- `Type`: Rec / AFI / CoC / Nat Rec / Local.
- `Target date` is a mix of Excel dates and free text ("Ongoing", "Q1 24/25", "No deadline set by HMICFRS",
  "Linked to FMS"). Most cells are blank.
- `RAG` is text with a matching fill: RED, AMBER, GREEN, GREY or WHITE. It is blank for new items.
  - The RAG is **set only at the quarterly Organisational Learning Board**. The last OLB was 29/02/2024. This is
    stated in the title block and on the Key sheet.
  - GREEN means implemented (proposed for closure or submitted). GREY means closed. WHITE means not for the
    force. There is no "BLUE".
- `Status history`: one line per change in a single wrapped cell (Alt+Enter line breaks).
  - Each line reads `date - STATUS - note (initials)`.
  - Three analysts kept the file over time, and each wrote dates and status words their own way:
    - **JH, to mid-2019:** `03/10/17 - ALLOCATED - … (JH)`. Dates are dd/mm/yy and status words are in capitals.
    - **RP, mid-2019 to mid-2022:** `9 Feb 2021 – Proposed For Closure – … [RP]`. Dates are d Mon yyyy, separated
      by en dashes, with status words in title case.
    - **KB, mid-2022 on:** `05/03/2024 - Proposed for closure - … (KB)`. Dates are dd/mm/yyyy and status words are
      in sentence case.
  - The convention is **latest line at the top**. Four cells were written oldest first (appended at the bottom):
    Live!13, 14, 33 and 38. One cell (Live!23) has blank lines between entries.
  - A cell from before mid-2022 mixes two or three of the styles.
- History status words:
  - **Open:** New, Allocated, In progress, On track, Off track, Awaiting evidence, Reopened.
  - **Done:** Proposed for closure, Submitted to HMICFRS, Complete, Closed, Superseded, Not for force.

  These lists are on the Key sheet.

### How the truth reads the force status
1. The force status is the status word of the line with the **latest date** in the cell, wherever that line sits
   (top or bottom).
2. Where the RAG disagrees with a history line dated after the OLB (29/02/2024), the **history wins**. This is
   the Key sheet's own rule: "If the history has a later entry, the history is the current position."
3. Rows on the Archive sheet are done (closed at OLB). This includes one row that the force never submitted to
   HMICFRS.
4. For a split recommendation, the force side is done only when every split row is done. Every split row then takes
   the item-level category, on its own truth line with the same `hmicfrs_row`.

## Traps and how the truth decides them
- **Stale RAG (4 rows)**:
  - Live!16: RAG GREEN, but Reopened on 06/03/2024, so open. HMICFRS Superseded → closeable_local.
  - Live!22: RAG AMBER, but Proposed for closure on 05/03/2024, so done. HMICFRS Being progressed →
    closeable_submit.
  - Live!51: RAG GREEN, but Reopened on 07/03/2024, so open. HMICFRS open → in_sync.
  - Live!52: RAG AMBER, but Closed on 11/03/2024, so done. HMICFRS Complete → in_sync.
- **History oldest first**, so the top line is "NEW":
  - Live!13: the bottom line is Proposed for closure → closeable_submit.
  - Live!14: the bottom line is Closed, the RAG is GREY, and the row has not yet been moved to Archive → in_sync.
  - Live!33: a split row.
  - Live!38: → closeable_submit.
- **A "done" word that is not the latest.** In Live!15 and Live!24 the history goes Proposed for closure →
  Reopened → In progress/On track, so the items are open → in_sync.
- **Split recommendations**:
  - Live!32–34: the missing-children recommendation, one row per bullet. All three are done and HMICFRS has it
    open → closeable_submit ×3.
  - Live!43–45: the body-worn video recommendation, one row per part. Parts a and c are done, part b is In progress,
    so the item is open. HMICFRS open → in_sync ×3. A row-by-row reading would wrongly call a and c closeable.
- **Conflicts (5)**:
  - Live!20 has a missing bullet: the force's modern slavery leadership text drops the fourth bullet.
  - Live!21 has a timescale conflict: "Within 12 months" against HMICFRS "Within six months".
  - Live!17 has a report/date conflict: the force files the RUI AFI under PEEL Effectiveness 2016 (Mar-17), while
    HMICFRS has it under PEEL effectiveness 2017 (22/03/2018). The row has no ID, so the unique text pairs it.
  - Live!37 has a type conflict: "Rec" on the force side against an Area for improvement on HMICFRS.
  - Live!46 has a reference conflict: the HMICFRS ID is 12894 against the register's 12849 (transposed; 12894 is
    not on the register). The text is identical.
- **Near-twins**:
  - Stop and search 2013 (Archive!8, "elected local policing bodies", archived Superseded) and Stop and search 2
    2015 (Live!10, "police and crime commissioners", still In progress, no ID) are almost the same text. The report
    names and that phrase decide which is which. Archive!8 is in_sync; Live!10 is closeable_local.
  - The five firearms "Within three months" items are near-twins. One of them ("total expired") has no force row.
  - The national and force PEEL Legitimacy 2017 reports were published the same day.
  - The 2016 custody row (Archive!11) reads like the 2020 custody recommendation but is a different report →
    not_on_hmicfrs_list.
- **Text drift that is *not* a conflict**:
  - Abbreviations: MSHT, DA, S&S, CCs, CoP, APP, BWV, ISAs, HO, NPCC, "&".
  - "6 months" for "six months".
  - "-" bullets for "•".
  - Misspellings: supervison, arrangments, goverance, accomodation.
  - Straight quotes instead of curly ones.
  - A stray footnote digit present only on the HMICFRS side.
  - One dropped sentence that asks nothing of the force: Live!7 omits "HMIC will follow up the assessments in the
    autumn."
- **Local and non-HMICFRS rows** (not_on_hmicfrs_list):
  - Two local actions with prefixes ("Local action:", "Force action -").
  - One local action with no prefix, on the same topic as the county lines AFI (Live!54).
  - A JAC internal-audit action (Live!60, with no Published date).
  - The Home Office/NPCC national recommendation, tracked as WHITE "Not for force" with ID `n/a` (Live!47).
  - The 2016 custody item (Archive!11).
- **Missing from the force (5, all open on HMICFRS)**:
  - Austerity 2014 "less than 10% … collaboration".
  - Firearms "total expired".
  - Legitimacy 2017 "publish this analysis … annually".
  - NCPI 2018 CSE training.
  - A new PEEL 2023/24 AFI (Awaiting review) not yet logged.
- **Other rows**:
  - Live!58 has no lead, no RAG and a single "New" line (in_sync with HMICFRS open).
  - Archive!20 is an item closed at OLB and archived, but HMICFRS still has it Being progressed →
    closeable_submit.

## Counts (truth.csv, 77 lines)
| category | lines |
|---|---|
| in_sync | 37 (34 items; one split item has 3 lines) |
| closeable_submit | 14 (12 items; one split item has 3 lines) |
| closeable_local | 10 |
| conflict | 5 |
| missing_from_force | 5 |
| not_on_hmicfrs_list | 6 |

Items closed on one side only: 22 of 67 HMICFRS items (about a third). Force item rows: 72 (Live 55, Archive 17).
Rows that are not items (title rows, headers, blank rows, the Live note row and the Key sheet) are not in truth.csv.
"""
with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
    fh.write(README_TEXT)

counts = {}
for t in truth:
    counts[t[2]] = counts.get(t[2], 0) + 1
print("HMICFRS items:", len(H), "force rows:", len(F), "(Live", len(live), "Archive",
      len(arch), ")")
print("truth lines:", len(truth), counts)
