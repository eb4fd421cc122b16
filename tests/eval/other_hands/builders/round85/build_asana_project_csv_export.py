"""Build the evaluation case ``asana_project_csv_export`` (round 85, case C).

Force side: the CSV that Asana writes when a project is exported ("Export/Print > CSV"):
one record per task AND per subtask, sections in a ``Section/Column`` column, completion
shown only by a ``Completed At`` date, subtasks tied to their parent by name in
``Parent task`` (with no section and no project of their own), custom fields appended
after the standard columns, multi-line ``Notes``.  HMICFRS side: an ordinary register
export (xlsx, one header row).

Run with /work/main/.venv/bin/python.  Deterministic: no clock, fixed seed, fixed
workbook properties (XlsxWriter writes fixed zip timestamps).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
from pathlib import Path

import xlsxwriter

CASE = "asana_project_csv_export"
OUT = Path("/tmp/indep85") / CASE
HSHEET = "Definitive list"
FFILE = "tracker.csv"
FORCE = "Severnside Police"
PROJECT = "HMICFRS Recommendations & AFIs"
SEED = 8503

# ---------------------------------------------------------------------------------------
# HMICFRS side: real wording (Open Government Licence), literals copied from
# /work/shared/data/real_recommendations.csv, /work/main/reconcile/casegen/texts/ and the
# JAC paper of 30 November 2017.  Force-level items use real stems and bodies with the
# (invented) force's name.
# ---------------------------------------------------------------------------------------
NAT = "National recommendation"
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"

R_SAS13 = "Stop and search powers: Are the police using them effectively and fairly?"
R_EVERY = "Everyone's business: Improving the police response to domestic abuse"
R_AUST = "Policing in austerity: Meeting the challenge"
R_CORE = ("Core Business: an inspection into crime prevention, police attendance and the use "
          "of police time")
R_INTEG = ("Integrity matters: An inspection of arrangements to ensure integrity and to provide "
           "the capability to tackle corruption in policing")
R_SAS15 = "Stop and search powers 2: are the police using them effectively and fairly?"
R_PIC = "Building the picture: an inspection of police information management"
R_FIRE = ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms "
          "licensing in police forces in England and Wales")
R_EFF16 = "PEEL: Police effectiveness 2016"
R_CDI = "Crime data integrity inspection 2017"
R_STOLEN = "Stolen freedom: the policing response to modern slavery and human trafficking"
R_EFC17N = "PEEL: Police efficiency 2017 (national overview)"
R_EFC17 = "PEEL: Police efficiency 2017"
R_LEG17 = "PEEL: Police legitimacy 2017 (national overview)"
R_NCPI = "National child protection inspection 2018"
R_POWERS = ("Disproportionate use of police powers: A spotlight on stop and search and the use "
            "of force")
R_P21 = "PEEL: Police effectiveness, efficiency and legitimacy 2021/22"
R_P23 = "PEEL: Police effectiveness, efficiency and legitimacy 2023/24"

PUB = {
    R_SAS13: (2013, 7, 9), R_EVERY: (2014, 3, 27), R_AUST: (2014, 7, 22),
    R_CORE: (2014, 9, 4), R_INTEG: (2015, 1, 30), R_SAS15: (2015, 3, 24),
    R_PIC: (2015, 7, 1), R_FIRE: (2015, 9, 15), R_EFF16: (2017, 3, 2),
    R_CDI: (2017, 9, 7), R_STOLEN: (2017, 10, 24), R_EFC17N: (2017, 11, 9),
    R_EFC17: (2017, 11, 9), R_LEG17: (2017, 12, 12), R_NCPI: (2018, 6, 21),
    R_POWERS: (2021, 2, 26), R_P21: (2022, 4, 29), R_P23: (2024, 5, 16),
}

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
MISSING_CHILDREN = (
    "Within six months the force should review its approach to reports of missing children "
    "and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action."
)
DETENTION = (
    "Within six months Severnside Police should, in conjunction with children’s social care "
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
COC_DA = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed."
)
REC_DASH = (
    "To address this cause of concern, HMIC recommends the force should immediately take "
    "steps to ensure that there is effective supervision of the initial risk assessment "
    "process, specifically in relation to the completion of DASH risk assessment in "
    "appropriate cases."
)
CONTROL_ROOM = (
    "The force should ensure that it has sufficient resources available in the control room "
    "to fulfil its resourcing model, and so to meet its demand, while also taking into account "
    "the wellbeing of its workforce."
)
FIREARMS_DEMAND = (
    "Within three months, all chief constables should assess the demand placed on their "
    "firearms licensing department and ensure it has the capacity to meet this demand and "
    "provide an efficient and effective service at all times."
)

# key: (id, report, type, text, status, status date)
HMICFRS: list[tuple[str, int, str, str, str, str, tuple[int, int, int]]] = [
    ("sas13_1", 2104, R_SAS13, NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. "
     "This should be compliant with the Code of Practice.", "Complete", (2016, 2, 11)),
    ("sas13_2", 2105, R_SAS13, NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance "
     "with the law (including equality legislation and the Code of Practice), and that the "
     "power is used effectively to prevent crime, catch criminals and maintain public trust.",
     "Complete", (2016, 2, 11)),
    ("sas13_3", 2106, R_SAS13, NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure "
     "that they comply with the code of practice by explaining to the public the way stop and "
     "search powers are used in their areas and by making arrangements for stop and search "
     "records to be scrutinised by community representatives. This should be done in a way "
     "that involves those people who are stopped and searched, for example, young people.",
     "Complete", (2016, 2, 11)),
    ("every", 2321, R_EVERY, NAT, EVERYONE_PLAN, "Complete", (2015, 6, 30)),
    ("aust_1", 2688, R_AUST, NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure "
     "they are doing all they can to continue to reduce crime and protect the front line "
     "while balancing their budgets. They should use the data and information contained in "
     "this report, and in HMIC's Value for Money profiles, when conducting their reviews",
     "No further action required", (2017, 10, 19)),
    ("aust_2", 2689, R_AUST, NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.",
     "No further action required", (2017, 10, 19)),
    ("aust_3", 2690, R_AUST, NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have "
     "taken the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.",
     "No further action required", (2017, 10, 19)),
    ("aust_4", 2691, R_AUST, NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there "
     "is scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.",
     "No further action required", (2017, 10, 19)),
    ("core_1", 4822, R_CORE, NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that "
     "have not yet done so, should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     "Awaiting review", (2019, 5, 2)),
    ("core_2", 4823, R_CORE, NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", "Complete", (2016, 9, 8)),
    ("integ", 902, R_INTEG, NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     "Being progressed", (2023, 3, 14)),
    ("sas15", 5310, R_SAS15, NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure "
     "that they comply with the Code of Practice by explaining to the public the way stop and "
     "search powers are used in their areas and by making arrangements for stop and search "
     "records to be scrutinised by community representatives. This should be done in a way "
     "that involves those people who are stopped and searched, for example young people.",
     "Being progressed", (2022, 11, 1)),
    ("pic", 5544, R_PIC, NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure "
     "that categorisation of records are regularly adjusted.", "Awaiting review",
     (2024, 10, 3)),
    ("fire_1", 5901, R_FIRE, NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are "
     "not being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", "Complete", (2017, 1, 24)),
    ("fire_2", 5902, R_FIRE, NAT, FIREARMS_DEMAND, "Being progressed", (2024, 4, 9)),
    ("fire_3", 5903, R_FIRE, NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     "Complete", (2016, 6, 1)),
    ("fire_4", 5904, R_FIRE, NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office "
     "guidance; that temporary permits are properly recorded without delay on the National "
     "Firearms Licensing Management System; and that effective systems exist to ensure "
     "certificate holders are not permitted, at any time, to remain in unlawful possession of "
     "a firearm.", "Being progressed", (2023, 8, 22)),
    ("fire_5", 5905, R_FIRE, NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment "
     "which they should be undertaking in such circumstances, and their power, when "
     "appropriate, to seize firearms and firearm certificates.", "Awaiting review",
     (2019, 5, 2)),
    ("eff16_coc", 8320, R_EFF16, COC, COC_DA, "Being progressed", (2024, 2, 20)),
    ("eff16_dash", 8321, R_EFF16, REC, REC_DASH, "Being progressed", (2024, 2, 20)),
    ("eff16_phone", 8322, R_EFF16, REC,
     "In addition, the practice of conducting domestic abuse risk assessments over the "
     "telephone and dealing with domestic abuse in the resolution centre should cease",
     "Being progressed", (2022, 6, 7)),
    ("eff16_cse", 8323, R_EFF16, AFI,
     "The force should improve its understanding of the nature and scale of child sexual "
     "exploitation in its area.", "Superseded", (2022, 5, 4)),
    ("eff16_rasso", 8324, R_EFF16, AFI,
     "The force should make sure investigations of rape and serious sexual offences are "
     "allocated to officers with the right skills and are effectively supervised.",
     "Superseded", (2022, 5, 4)),
    ("cdi_1", 8401, R_CDI, REC, CDI_VICTIMS, "Awaiting review", (2024, 3, 11)),
    ("cdi_2", 8402, R_CDI, REC,
     "Within three months, the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     "Being progressed", (2021, 9, 30)),
    ("cdi_3", 8403, R_CDI, REC,
     "Within six months the force should improve its use of its crime-recording and "
     "management system to better manage its case files and investigative processes.",
     "Complete", (2023, 12, 5)),
    ("cdi_4", 8404, R_CDI, REC,
     "Within three months, the force should take steps to ensure it fully complies with "
     "national crime recording standard (NCRS) requirements for offences identified as modern "
     "slavery and human trafficking.", "Being progressed", (2022, 1, 18)),
    ("cdi_5", 8405, R_CDI, AFI,
     "The force should make sure it records reports of hate crime accurately and without "
     "delay.", "Complete", (2019, 11, 27)),
    ("cdi_6", 8406, R_CDI, AFI,
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to modern slavery and human trafficking.", "Being progressed",
     (2022, 1, 18)),
    ("sf_1", 8102, R_STOLEN, NAT, SF_LEADERSHIP, "Being progressed", (2023, 7, 12)),
    ("sf_2", 8103, R_STOLEN, NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible",
     "Being progressed", (2023, 7, 12)),
    ("sf_3", 8104, R_STOLEN, NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     "Complete", (2020, 2, 6)),
    ("sf_4", 8105, R_STOLEN, NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", "Being progressed",
     (2023, 7, 12)),
    ("sf_5", 8106, R_STOLEN, NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps "
     "in its crime-recording accuracy for these types of offences.", "Awaiting review",
     (2019, 5, 2)),
    ("sf_6", 8107, R_STOLEN, NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the "
     "use where appropriate of joint intelligence teams and other means to obtain "
     "intelligence and evidence from agencies overseas).", "Being progressed",
     (2023, 7, 12)),
    ("sf_7", 8108, R_STOLEN, NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those "
     "deemed to pose a clear threat to others in respect of modern slavery and human "
     "trafficking offences are exploited.", "Awaiting review", (2019, 5, 2)),
    ("efc17_dig", 8190, R_EFC17N, NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the "
     "development of these plans by establishing a national framework which allows for the "
     "provision of digitally enabled services across force boundaries.", "Being progressed",
     (2021, 4, 15)),
    ("efc17_cr", 8191, R_EFC17, AFI, CONTROL_ROOM, "Complete", (2019, 8, 1)),
    ("efc17_dem", 8192, R_EFC17, AFI,
     "The force should undertake further work to gain a fuller understanding of current "
     "demand for its services, and likely future changes in demand. This is so it can make "
     "best use of its resources by matching them to demand to meet the needs of the public.",
     "Superseded", (2022, 5, 4)),
    ("efc17_wf", 8193, R_EFC17, AFI,
     "The force should develop a future workforce plan that is aligned with its overall "
     "demand and budget. The plan should include future resource allocations, the mix of "
     "skills required by the workforce and behaviours expected of them.", "Being progressed",
     (2023, 2, 9)),
    ("leg17_coc", 8540, R_LEG17, COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", "Being progressed", (2022, 11, 1)),
    ("leg17_mon", 8541, R_LEG17, NAT, SAS_MONITORING_2017, "Being progressed", (2022, 11, 1)),
    ("leg17_disp", 8542, R_LEG17, NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;", "Being progressed", (2022, 11, 1)),
    ("leg17_pub", 8543, R_LEG17, NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", "Awaiting review", (2019, 5, 2)),
    ("leg17_trn", 8544, R_LEG17, NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers "
     "who use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", "Complete",
     (2020, 2, 6)),
    ("ncpi_miss", 8710, R_NCPI, REC, MISSING_CHILDREN, "Complete", (2023, 10, 17)),
    ("ncpi_det", 8712, R_NCPI, REC, DETENTION, "Being progressed", (2023, 10, 17)),
    ("pow_1", 9712, R_POWERS, NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This "
     "should be in addition to existing training on conflict management and de-escalation.",
     "Being progressed", (2023, 5, 25)),
    ("pow_2", 9713, R_POWERS, NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", "Being progressed", (2023, 5, 25)),
    ("pow_3", 9714, R_POWERS, NAT, BWV_2021, "Being progressed", (2024, 5, 20)),
    ("pow_5", 9716, R_POWERS, NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", "Awaiting review",
     (2021, 3, 1)),
    ("p21_da", 9801, R_P21, AFI,
     "The force should make sure victims of domestic abuse are kept informed about the "
     "progress of their case, in line with the Code of Practice for Victims of Crime.",
     "Being progressed", (2023, 9, 6)),
    ("p21_mh", 9802, R_P21, AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "people with mental ill health.", "Awaiting review", (2022, 5, 4)),
    ("p21_ocsa", 9803, R_P21, AFI,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate online child sexual abuse.", "Being progressed", (2023, 9, 6)),
    ("p21_cl", 9804, R_P21, AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about county "
     "lines drug dealing.", "Being progressed", (2023, 9, 6)),
    ("p21_vawg", 9805, R_P21, AFI,
     "The force should make sure its performance framework gives senior leaders a clear "
     "picture of its response to violence against women and girls.", "Awaiting review",
     (2022, 5, 4)),
    ("p21_prev", 9806, R_P21, AFI,
     "The force should ensure that crime prevention or disruption activity carried out is "
     "systematically recorded and subsequently evaluated to determine the effectiveness of "
     "tactics being employed.", "Being progressed", (2023, 9, 6)),
    ("p21_sup", 9807, R_P21, REC,
     "Within six months the force should ensure regular and active supervision of the quality "
     "and progress of investigations. This supervision should be properly recorded.",
     "Being progressed", (2023, 9, 6)),
    ("p21_cost", 9808, R_P21, AFI,
     "The force should develop its understanding of the links between its outcomes, outputs "
     "and costs.", "Complete", (2023, 9, 6)),
    ("p21_vet", 9809, R_P21, AFI,
     "Severnside Police should ensure all staff have received at least the lowest level of "
     "vetting clearance for their roles as quickly as possible, working to clear both the "
     "vetting backlog and new vetting renewals when they become due so that it complies fully "
     "with the national vetting guidelines.", "Being progressed", (2023, 9, 6)),
    ("p23_stalk", 9950, R_P23, AFI,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of stalking and harassment.", "Awaiting review", (2024, 5, 16)),
    ("p23_soc", 9951, R_P23, AFI,
     "The force should improve the way it manages the risk posed by offenders involved in "
     "serious and organised crime.", "Awaiting review", (2024, 5, 16)),
    ("p23_knife", 9952, R_P23, AFI,
     "The force should make sure its analysis of knife crime informs its strategic assessment "
     "and control strategy.", "Awaiting review", (2024, 5, 16)),
    ("p23_dig", 9953, R_P23, REC,
     "By 31 March 2025, the force should improve its ability to retrieve digital evidence from "
     "mobile phones, computers and other electronic devices quickly enough to ensure "
     "investigations are not delayed.", "Awaiting review", (2024, 5, 16)),
    ("p23_rui", 9954, R_P23, REC,
     "HMICFRS recommends that the force should immediately:improve its understanding of "
     "suspects released under investigation and the management of those released on bail; "
     "and", "Awaiting review", (2024, 5, 16)),
]

# ---------------------------------------------------------------------------------------
# Force side: the Asana project "HMICFRS Recommendations & AFIs" exported to CSV.
# ---------------------------------------------------------------------------------------
PEOPLE = {
    "KE": "Kath Ellery", "SW": "Sam Whitlock", "GB": "Gareth Bowen", "LF": "Lucy Fenwick",
    "PN": "Priya Natt", "OT": "Owen Treharne", "HM": "Helen Marsh", "MA": "Martin Ashdown",
    "RI": "Rebecca Iles", "DK": "Dan Kerridge", "CV": "Claire Voss",
}
RAG_B = "Blue - Complete"
RAG_G = "Green - On track"
RAG_A = "Amber - Some slippage"
RAG_R = "Red - Off track"
IMPORT = "2021-06-14"      # the old Excel tracker was imported into Asana on this day
TICKED = "2021-06-15"      # items already closed on the old tracker were ticked next day
EXPORT = "2024-11-12"      # the day of the export

# Categories
SYNC, SUB, LOC, CON, MISS, NOL = ("in_sync", "closeable_submit", "closeable_local", "conflict",
                                  "missing_from_force", "not_on_hmicfrs_list")


def T(key, section, name, *, created=IMPORT, completed="", modified="", who="", due="",
      start="", tags="", notes="", projects=PROJECT, blocked="", blocking="", ref="",
      typ="", rag="", lead="", truth=None, nonitem=None, subs=None):
    """One Asana task (a record of the export). ``truth`` is a list of
    (hmicfrs key or None, category, why); ``nonitem`` the reason a row is not an item."""
    return dict(key=key, section=section, name=name, created=created, completed=completed,
                modified=modified, who=who, due=due, start=start, tags=tags, notes=notes,
                projects=projects, blocked=blocked, blocking=blocking, ref=ref, typ=typ,
                rag=rag, lead=lead, truth=truth, nonitem=nonitem, subs=subs or [])


def S(key, name, *, created=IMPORT, completed="", modified="", who="", due="", notes=""):
    """A subtask: no section, no project, no custom fields; tied to its parent by name."""
    return dict(key=key, name=name, created=created, completed=completed, modified=modified,
                who=who, due=due, notes=notes)


UNT = "Untitled section"
SEC_SAS = "Stop & Search 2013 & 2015"
SEC_EVERY = "Everyone's Business (DA) 2014"
SEC_AUST = "Policing in Austerity 2014"
SEC_CORE = "Core business 2014"
SEC_FIRE = "Firearms licensing 2015"
SEC_SF = "Stolen Freedom (MSHT) 2017"
SEC_EFC = "PEEL Efficiency 17"
SEC_LEG = "PEEL Legit 17 S&S"
SEC_EFF16 = "PEEL Eff 16"
SEC_CDI = "CDI 2017"
SEC_NCPI = "NCPI 2018"
SEC_POW = "Police powers spotlight (Feb 21)"
SEC_P21 = "PEEL 2021/22"
SEC_P23 = "PEEL 23-25"
SEC_SUB = "Submitted for closure"
SEC_LEG16 = "PEEL Legit 16"
SEC_LOCAL = "Force-identified actions"

TASKS = [
    # ---- Untitled section: the default first section; quick adds land here ----
    T("u_fll", UNT, "Request updated definitive list from FLL", created="2024-09-16",
      completed="2024-10-01", modified="2024-10-01", who="KE", due="2024-09-30",
      notes="Emailed FLL 16/09. List received 01/10 – saved to the HMICFRS folder on "
            "SharePoint (Definitive list Oct 24.xlsx).",
      nonitem="Admin task (asking HMICFRS's force liaison lead for the list), not an "
              "inspection item."),
    T("u_dig", UNT, "PEEL 23-25 – digital evidence (DFU backlog)", created="2024-05-28",
      modified="2024-09-24", who="GB", due="2025-03-31", tags="HMICFRS,PEEL",
      notes="HMICFRS wording: By 31 March 2025, the force should improve its ability to "
            "retrieve digital evidence from mobile phones, computers and other electronic "
            "devices quickly enough to ensure investigations are not delayed.\n\n"
            "Update 24/09/24 (GB): business case for 4 extra DFU kiosks going to Chief Officer "
            "Group in Oct. Backlog 412 devices (Aug).",
      ref="9953", typ="Recommendation", rag=RAG_A, lead="ACC Crime & Justice",
      truth=[("p23_dig", SYNC, "Same ask and deadline (By 31 March 2025, digital evidence "
              "from phones/computers) and ref 9953; HMICFRS Awaiting review, task not ticked, "
              "RAG Amber: both open. Sits in 'Untitled section', report only in the name.")]),
    T("u_jac", UNT, "JAC paper – HMICFRS update (Dec 24)", created="2024-10-02",
      modified="2024-11-08", who="KE", due="2024-12-05", tags="Governance",
      notes="Milestone. Paper to JAC 5 Dec: reconcile against the Oct definitive list first.",
      nonitem="Milestone for the committee paper, not an inspection item."),
    T("u_tpl", UNT, "COPY ME – template for new HMICFRS item", created="2022-05-09",
      modified="2022-05-09", who="SW",
      notes="HMICFRS wording:\n\nReport:\nPublished:\nHMICFRS ID:\nLead:\n\n"
            "Updates (newest first):",
      nonitem="Empty template task the team duplicates for new items; not an item."),

    # ---- Stop & Search 2013 & 2015 (one section for two reports) ----
    T("s_1", SEC_SAS,
      "Chief Constables and the College of Policing should establish in the Stop and Search "
      "APP a clear specification of what constitutes the effective and fair exercise of stop "
      "and search powers, and guidance in this respect. This should be compliant with the "
      "Code of Practice.", completed=TICKED, modified=TICKED, who="LF", tags="HMICFRS,National",
      notes="Closed on old tracker 2016. APP published by CoP; force S&S policy aligned.",
      typ="National Rec", rag=RAG_B, lead="ACC Local Policing",
      truth=[("sas13_1", SYNC, "Name is the 2013 wording (APP spec for fair stop and "
              "search); HMICFRS Complete, task ticked: both closed.")]),
    T("s_2", SEC_SAS,
      "CCs should establish or improve monitoring of the way officers stop & search people, "
      "so they can be satisfied officers act in accordance with the law (incl equality "
      "legislation & the Code of Practice) and the power is used effectively to prevent "
      "crime, catch criminals & maintain public trust", completed=TICKED, modified=TICKED,
      who="LF", tags="HMICFRS,National", typ="National Rec", rag=RAG_B,
      lead="ACC Local Policing",
      truth=[("sas13_2", SYNC, "Abbreviated 2013 monitoring wording; HMICFRS Complete, task "
              "ticked: both closed.")]),
    T("s_3", SEC_SAS,
      "Chief Constables should, in consultation with elected local policing bodies, ensure "
      "that they comply with the code of practice by explaining to the public the way S&S "
      "powers are used in their areas and by making arrangements for S&S records to be "
      "scrutinised by community representatives.", completed=TICKED, modified=TICKED,
      who="LF", tags="HMICFRS,National",
      notes="HMIC 2013 rec 3. Community scrutiny panel set up 2014; minutes on the website.",
      typ="National Rec", rag=RAG_B, lead="ACC Local Policing",
      truth=[("sas13_3", SYNC, "Twin of the 2015 rec: 'elected local policing bodies' and "
              "the note 'HMIC 2013 rec 3' make it the 2013 item (2106). HMICFRS Complete, "
              "task ticked: both closed.")]),
    T("s_4", SEC_SAS,
      "Chief constables should, in consultation with PCCs, ensure they comply with the Code of "
      "Practice by explaining to the public the way S&S powers are used in their areas and "
      "making arrangements for S&S records to be scrutinised by community representatives, "
      "involving those who are stopped & searched e.g. young people",
      modified="2024-10-03", who="LF", due="2025-01-31", tags="HMICFRS,National",
      notes="HMIC 2015 (Stop and search powers 2).\nYouth panel pilot with Severnside Youth "
            "Forum – reps to observe BWV dip-sample from Jan 25.\n"
            "Update 03/10/24 LF: pilot dates agreed with OPCC.",
      typ="National Rec", rag=RAG_G, lead="ACC Local Policing",
      truth=[("sas15", SYNC, "Twin of the 2013 rec: 'in consultation with PCCs' and the "
              "note 'HMIC 2015' make it the 2015 item (5310). HMICFRS Being progressed, task "
              "open (Green - On track means in progress, not done): both open.")]),

    # ---- Everyone's Business ----
    T("e_1", SEC_EVERY,
      "By Sept 2014 every force should establish & publish an action plan specifying in "
      "detail what steps it will take to improve its approach to DA",
      completed=TICKED, modified=TICKED, who="PN", tags="HMICFRS,National",
      notes="Plan developed with PCC, DA support orgs & victims' reps; took account of DHRs, "
            "IPCC findings, CPS scrutiny panels & MARAC self-assessments. Published Sept "
            "2014, refreshed 2016.", typ="National Rec", rag=RAG_B, lead="ACC Crime & Justice",
      truth=[("every", SYNC, "Same ask (publish a DA action plan by September 2014; the "
              "notes cover the bullets). HMICFRS Complete, task ticked: both closed.")]),

    # ---- Policing in Austerity: four recs in one task ----
    T("a_1", SEC_AUST,
      "Policing in Austerity – all force recs 1-4 (savings plans / collaboration <10% of "
      "savings / front line workforce / collaboration plans for next spending round)",
      modified="2022-03-12", who="MA", tags="HMICFRS,National",
      notes="Force position: these recs to be addressed holistically as part of the "
            "Severnside 2020 change programme.\n12/03/22 – still reported quarterly to "
            "Finance & Resources Board.", typ="National Rec", rag=RAG_A,
      lead="Director of Finance",
      truth=[(k, LOC, why) for k, why in [
          ("aust_1", "One task holds all four Austerity recs; this is rec 1 (review savings "
           "plans). HMICFRS No further action required (closed), task open (Amber): close "
           "locally."),
          ("aust_2", "Same task, rec 2 (collaboration, less than 10% of savings). HMICFRS "
           "No further action required, task open: close locally."),
          ("aust_3", "Same task, rec 3 (front line workforce). HMICFRS No further action "
           "required, task open: close locally."),
          ("aust_4", "Same task, rec 4 (collaboration plans for next spending round). HMICFRS "
           "No further action required, task open: close locally.")]]),

    # ---- Core business ----
    T("c_1", SEC_CORE,
      "Not later than 31 March 2015 those forces using a THR policy, that have not yet done "
      "so, should provide call-handlers with specific, sound & comprehensible criteria to "
      "assess threat, harm & risk", modified="2023-11-20", who="RI", tags="HMICFRS,National",
      notes="THRIVE adopted in contact centre 2015. Refresher being built into the new "
            "starter course (Nov 23).", typ="National Rec", rag=RAG_A,
      lead="ACC Local Policing",
      truth=[("core_1", SYNC, "National Core Business wording ('Not later than 31 March 2015 "
              "those forces using a THR policy'), not the CDI 2017 twin (8402, 'within three "
              "months'). HMICFRS Awaiting review, task open: both open.")]),
    T("c_2", SEC_CORE,
      "By 31 March 2016 all forces should ensure that crime prevention or disruption "
      "activity carried out is systematically recorded and subsequently evaluated to "
      "determine the effectiveness of tactics employed", completed=TICKED, modified=TICKED,
      who="RI", tags="HMICFRS,National", typ="National Rec", rag=RAG_B,
      lead="ACC Local Policing",
      truth=[("core_2", CON, "Core Business 'all forces' wording in the Core business "
              "section, so 4823 and not the PEEL 2021/22 AFI twin (9806). Both closed, but "
              "the deadline disagrees: HMICFRS 'By 31 March 2015', tracker 'By 31 March "
              "2016'.")]),

    # ---- Firearms licensing ----
    T("f_1", SEC_FIRE,
      "Within 3 months all CCs to assess how well the governance of firearms licensing in "
      "their force meets the standards in APP; where not complied with put in place "
      "immediately the correct arrangements & procedures", completed=TICKED, modified=TICKED,
      who="OT", tags="HMICFRS,National", typ="National Rec", rag=RAG_B,
      lead="ACC Local Policing",
      truth=[("fire_1", SYNC, "Governance of firearms licensing against APP; HMICFRS "
              "Complete, task ticked: both closed.")]),
    T("f_2", SEC_FIRE,
      "Within 3 months CCs should assess demand on firearms licensing dept & ensure it has "
      "capacity to meet demand & provide an efficient & effective service at all times",
      modified="2024-07-02", who="OT", due="2025-03-31", tags="HMICFRS,National",
      notes="Renewals peak 2025 (10-yr cycle). Growth bid for 2 x FEOs not supported at "
            "budget setting – re-bid 25/26.", typ="National Rec", rag=RAG_R,
      lead="ACC Local Policing",
      truth=[("fire_2", SYNC, "Firearms licensing demand and capacity; HMICFRS Being "
              "progressed, task open (Red): both open.")]),
    T("f_3", SEC_FIRE,
      "Within six months, all chief constables should ensure arrangements for temporary "
      "permits are in accordance with HO guidance; temporary permits properly recorded "
      "without delay on NFLMS; and effective systems exist so certificate holders are not "
      "permitted at any time to remain in unlawful possession of a firearm",
      modified="2024-02-15", who="OT", tags="HMICFRS,National",
      notes="NFLMS data quality review Q4 23/24.", typ="National Rec", rag=RAG_A,
      lead="ACC Local Policing",
      truth=[("fire_4", CON, "Temporary permits item (5904), both open, but the timescale "
              "disagrees: HMICFRS 'Within three months', tracker 'Within six months'.")]),
    T("f_4", SEC_FIRE,
      "Within 3 months CCs should ensure systems to identify, prior to attendance, whether an "
      "incident involves or is at the address of a firearm certificate holder are in place "
      "& always applied by staff dispatching officers; officers understand the risk "
      "assessment & their power to seize firearms & certificates",
      completed="2023-02-20", modified="2023-02-20", who="OT", tags="HMICFRS,National",
      notes="STORM flag for FAC holders live; dispatch SOP updated 01/23; briefing to all "
            "response officers done. Signed off ACC LP 17/02/23.", typ="National Rec",
      rag=RAG_B, lead="ACC Local Policing",
      truth=[("fire_5", SUB, "Dispatch systems for firearm certificate holders; task ticked "
              "and signed off (Blue), HMICFRS still Awaiting review: submit for closure.")]),

    # ---- Stolen Freedom: one rec with four bullet subtasks ----
    T("m_1", SEC_SF,
      "Within 12 months forces should review leadership & governance arrangements for MSHT "
      "(4 bullets – see subtasks)", modified="2024-06-18", who="PN", due="2025-03-31",
      tags="HMICFRS,National,MSHT",
      notes="Review led by D/Supt Public Protection. Bullets tracked as subtasks. Last bullet "
            "(performance/QA) waiting on the new MSHT performance pack.",
      ref="8102", typ="National Rec", rag=RAG_A, lead="ACC Crime & Justice",
      truth=[("sf_1", SYNC, "Parent task of the MSHT leadership rec (ref 8102), split into "
              "its four bullets as subtasks; parent and one subtask still open, so the item "
              "is open; HMICFRS Being progressed: both open.")],
      subs=[
          S("m_1a", "senior leaders prioritise the response to MSHT", completed="2022-01-11",
            modified="2022-01-11", who="PN"),
          S("m_1b", "every MS incident allocated appropriate resources with the skills, "
                    "experience & capacity to investigate", completed="2022-07-05",
            modified="2022-07-05", who="PN"),
          S("m_1c", "effective partnership arrangements to co-ordinate activity, share info & "
                    "safeguard victims", completed="2022-07-05", modified="2022-07-05",
            who="PN"),
          S("m_1d", "performance & QA measures in place so senior leaders can assess nature & "
                    "quality of service to victims", modified="2024-06-18", who="SW",
            due="2025-03-31", notes="Needs MSHT performance pack – Power BI build in Q4."),
      ]),
    T("m_2", SEC_SF,
      "Within 6 months – active information-sharing agreements with other agencies (speedy "
      "exchange of intel, safeguard victims, identify suspects early)",
      completed="2023-11-30", modified="2023-12-04", who="PN", tags="HMICFRS,National,MSHT",
      notes="ISAs signed with Severnside CC, Border Force & GLAA. Copies on SharePoint.\n"
            "Evidence to FLL 04/12/23.", ref="8103", typ="National Rec", rag=RAG_B,
      lead="ACC Crime & Justice",
      truth=[("sf_2", SUB, "Information-sharing agreements (ref 8103); task ticked, Blue, "
              "evidence sent; HMICFRS Being progressed: submit for closure.")]),
    T("m_3", SEC_SF,
      "Immediately, forces should ensure that all victims carrying out criminal acts under "
      "compulsion attributable to slavery or exploitation are afforded the protection of "
      "early and continuing consideration of the applicability of the s45 defence",
      completed=TICKED, modified=TICKED, who="PN", tags="HMICFRS,National,MSHT", ref="8104",
      typ="National Rec", rag=RAG_B, lead="ACC Crime & Justice",
      truth=[("sf_3", SYNC, "Section 45 defence (ref 8104); HMICFRS Complete, task ticked: "
              "both closed.")]),
    T("m_4", SEC_SF,
      "Immediately – full compliance with the NRM process as it evolves & duty to notify HO "
      "of any adult suspected victim of MSHT (MSA 2015)", modified="2024-10-21", who="PN",
      tags="HMICFRS,National,MSHT",
      notes="All actions complete – NRM/duty to notify SPOC in PPU, dip-sample Q2 100% "
            "compliant.\nAwaiting DCC sign-off before submitting to HMICFRS.",
      ref="8105", typ="National Rec", rag=RAG_B, lead="ACC Crime & Justice",
      truth=[("sf_4", SUB, "NRM compliance (ref 8105). Task not ticked, but RAG 'Blue - "
              "Complete' and the note 'All actions complete – awaiting DCC sign-off' record it "
              "as done pending sign-off; HMICFRS Being progressed: submit for closure.")]),
    T("m_5", SEC_SF,
      "Immediately – forces should take steps to fully comply with NCRS for MSHT offences & "
      "ensure sufficient audit capacity for the FCR to provide reassurance on gaps in "
      "crime-recording accuracy", modified="2024-01-30", who="HM",
      tags="HMICFRS,National,MSHT", ref="8106", typ="National Rec", rag=RAG_A,
      lead="DCC",
      truth=[("sf_5", SYNC, "National NCRS-for-MSHT rec with FCR audit capacity (ref 8106), "
              "not the CDI 2017 twin (8404). HMICFRS Awaiting review, task open: both open.")]),
    T("m_6", SEC_SF,
      "Immediately – MSHT allegations thoroughly investigated & effectively supervised by "
      "teams/individuals with the skills & experience (incl joint intel teams & evidence from "
      "agencies overseas)", modified="2024-08-14", who="PN", tags="HMICFRS,National,MSHT",
      ref="8107", typ="National Rec", rag=RAG_R, lead="ACC Crime & Justice",
      truth=[("sf_6", SYNC, "MSHT investigations (ref 8107); HMICFRS Being progressed, task "
              "open (Red): both open.")]),
    T("m_7", SEC_SF,
      "Immediately – review use of preventative powers under MSA 2015 (STPOs/SROs) to ensure "
      "opportunities to restrict activities of those posing a clear threat are exploited",
      completed="2024-08-29", modified="2024-08-29", who="PN", tags="HMICFRS,National,MSHT",
      notes="STPO/SRO tactical guide published; orders now tracked in MSHT performance pack.",
      ref="8108", typ="National Rec", rag=RAG_B, lead="ACC Crime & Justice",
      truth=[("sf_7", SUB, "Preventative powers (ref 8108); task ticked, Blue; HMICFRS "
              "Awaiting review: submit for closure.")]),

    # ---- PEEL Efficiency 17 (national and force reports in one section) ----
    T("p_1", SEC_EFC,
      "All forces rec: By Sept 2018 CCs should produce an ambitious plan to improve "
      "digitally-enabled services within their force", modified="2024-04-11", who="GB",
      tags="HMICFRS,National,PEEL",
      notes="Digital Services Strategy 2023-26 approved by COG. Online reporting via Single "
            "Online Home; next: digital evidence portal.", typ="National Rec", rag=RAG_G,
      lead="DCC",
      truth=[("efc17_dig", SYNC, "National digital-services plan from the 2017 efficiency "
              "publication (the section lumps the national and force 2017 efficiency "
              "reports); HMICFRS Being progressed, task open (Green - On track): both open.")]),
    T("p_2", SEC_EFC,
      "The force should ensure it has sufficient resources in the control room to fulfil its "
      "resourcing model, and so to meet its demand, while also taking into account the "
      "wellbeing of its workforce", completed=TICKED, modified=TICKED, who="RI",
      tags="HMICFRS,PEEL", typ="AFI", rag=RAG_B, lead="ACC Local Policing",
      truth=[("efc17_cr", SYNC, "Control room resources AFI; HMICFRS Complete, task ticked: "
              "both closed.")]),
    T("p_3", SEC_EFC,
      "AFI – undertake further work to gain a fuller understanding of current & likely "
      "future demand, to match resources to demand", modified="2022-02-01", who="MA",
      tags="HMICFRS,PEEL", blocking="The force should develop a future workforce plan "
      "aligned with its overall demand & budget, incl future resource allocations, the mix "
      "of skills required & behaviours expected", typ="AFI", rag=RAG_A,
      lead="Director of Finance",
      truth=[("efc17_dem", LOC, "Demand AFI; HMICFRS Superseded (closed), task open (Amber): "
              "close locally.")]),
    T("p_4", SEC_EFC,
      "The force should develop a future workforce plan aligned with its overall demand & "
      "budget, incl future resource allocations, the mix of skills required & behaviours "
      "expected", modified="2024-03-05", who="CV", tags="HMICFRS,PEEL",
      blocked="AFI – undertake further work to gain a fuller understanding of current & "
      "likely future demand, to match resources to demand",
      notes="Strategic workforce plan 2024-27 in draft for People Board.",
      typ="Recommendation", rag=RAG_A, lead="Director of People",
      truth=[("efc17_wf", CON, "Workforce plan item (8193), both open, but the type "
              "disagrees: HMICFRS Area for improvement, the task's Type field "
              "'Recommendation'.")]),

    # ---- PEEL Legit 17 S&S ----
    T("l_1", SEC_LEG,
      "By July 2018 monitor a comprehensive set of S&S data to understand disproportionality "
      "& find rates", modified="2024-05-13", who="LF", tags="HMICFRS,National,PEEL",
      notes="HMICFRS wording (as in old tracker): By July 2018, all police forces across "
            "England and Wales should be regularly and frequently monitoring a comprehensive "
            "set of data and information on use of stop and search powers to understand:\n"
            "•the reasons for any disproportionate representation of different ethnic groups "
            "in the use of stop and search; •the extent to which find rates differ between "
            "people from different ethnicities, and across different types of searches "
            "(including separate identification of find rates for drug possession and "
            "supply-type offences).\n\nS&S dashboard (Power BI) live – reviewed monthly at the "
            "S&S Board.", ref="8541", typ="National Rec", rag=RAG_G,
      lead="ACC Local Policing",
      truth=[("leg17_mon", CON, "S&S monitoring rec (ref 8541), both open, but the wording in "
              "the notes stops after the second bullet: the third bullet (prevalence of "
              "possession-only drug searches) is missing.")]),
    T("l_2", SEC_LEG,
      "Where disparities identified through monitoring – demonstrate to public the "
      "research/analysis into reasons & action taken to reduce disparity",
      modified="2024-05-13", who="LF", tags="HMICFRS,National,PEEL", ref="8542",
      typ="National Rec", rag=RAG_A, lead="ACC Local Policing",
      truth=[("leg17_disp", SYNC, "Disparities rec (ref 8542); HMICFRS Being progressed, "
              "task open: both open.")]),
    T("l_3", SEC_LEG,
      "By July 2018 & ongoing – all officers using S&S have had (and understand) unconscious "
      "bias training & CoP APP on S&S", completed=TICKED, modified=TICKED, who="LF",
      tags="HMICFRS,National,PEEL", ref="8544", typ="National Rec", rag=RAG_B,
      lead="ACC Local Policing",
      truth=[("leg17_trn", SYNC, "Unconscious bias training (ref 8544); HMICFRS Complete, "
              "task ticked: both closed.")]),

    # ---- PEEL Eff 16: CoC and its rec in one task, rec split into action subtasks ----
    T("d_1", SEC_EFF16, "CoC – DA: DASH risk assessment & supervision",
      modified="2024-09-30", who="PN", due="2024-12-31", tags="HMICFRS,PEEL,VIDP",
      notes="Cause of concern: The force's response to domestic abuse is a cause of concern "
            "to HMIC. The force policy which allows an officer discretion to complete a DASH "
            "risk assessment in some crimes and incidents does not provide confidence that "
            "risk is always assessed appropriately. ...\n\n"
            "Recommendation: To address this cause of concern, HMIC recommends the force "
            "should immediately take steps to ensure that there is effective supervision of "
            "the initial risk assessment process, specifically in relation to the completion "
            "of DASH risk assessment in appropriate cases.\n\n"
            "Part of the Vulnerability Improvement Delivery Plan (C/Supt Bell) – see "
            "https://app.asana.com/0/1201934468170514/list\n"
            "FET agreed 25/07 that we would risk-assess all DA incidents.",
      projects=PROJECT + ",Vulnerability Improvement Delivery Plan", typ="Cause of Concern",
      rag=RAG_R, lead="ACC Crime & Justice",
      truth=[("eff16_coc", SYNC, "One task holds the DA cause of concern and its "
              "recommendation (both quoted in the notes); this line is the cause of concern. "
              "HMICFRS Being progressed, task open (Red): both open."),
             ("eff16_dash", SYNC, "Same task, the DASH supervision recommendation; its "
              "action subtasks are not all ticked. HMICFRS Being progressed, task open: both "
              "open.")],
      subs=[
          S("d_1a", "Task & Finish group – implementation/project plan", created="2021-06-14",
            completed="2021-11-02", modified="2021-11-02", who="PN"),
          S("d_1b", "DA policy rewrite & sign-off", completed="2022-03-29",
            modified="2022-03-29", who="PN"),
          S("d_1c", "Comms plan + supervisor DASH QA dip-sample", modified="2024-09-30",
            who="SW", due="2024-12-31",
            notes="Dip-sample Q1 showed 78% supervisor review within 24h. Re-run Q3."),
      ]),
    T("d_2", SEC_EFF16,
      "Stop DA risk assessments over the phone & dealing with DA in the Resolution Centre",
      completed="2024-06-12", modified="2024-06-12", who="RI", tags="HMICFRS,PEEL,VIDP",
      notes="Resolution Centre no longer takes DA (policy change 04/24); all DA now attended.\n"
            "Evidence pack with FLL.", typ="Recommendation", rag=RAG_B,
      lead="ACC Local Policing",
      truth=[("eff16_phone", SUB, "Telephone DA risk assessments / Resolution Centre; task "
              "ticked, Blue, evidence with FLL; HMICFRS Being progressed: submit for "
              "closure.")]),
    T("d_3", SEC_EFF16, "AFI – improve understanding of the nature & scale of CSE in its area",
      modified="2022-01-20", who="PN", tags="HMICFRS,PEEL", typ="AFI", rag=RAG_A,
      lead="ACC Crime & Justice",
      truth=[("eff16_cse", LOC, "CSE AFI; HMICFRS Superseded (closed), task open: close "
              "locally.")]),
    T("d_4", SEC_EFF16,
      "AFI – RASSO investigations allocated to officers with right skills & effectively "
      "supervised", completed=TICKED, modified=TICKED, who="PN", tags="HMICFRS,PEEL",
      typ="AFI", rag=RAG_B, lead="ACC Crime & Justice",
      truth=[("eff16_rasso", SYNC, "RASSO AFI; HMICFRS Superseded (closed), task ticked: "
              "both closed.")]),

    # ---- CDI 2017 ----
    T("i_1", SEC_CDI,
      "CDI R1 – victims believed / call summaries / multiple crimes / no waiting for "
      "medicals / online reports triaged", completed="2024-03-08", modified="2024-03-08",
      who="HM", tags="HMICFRS,CDI",
      notes="Within 6 months. Rec 1 of 4 (CDI 2017). Bullets as subtasks. CDI improvement "
            "plan owned by FCR.", ref="8401", typ="Recommendation", rag=RAG_B, lead="DCC",
      truth=[("cdi_1", SUB, "Parent of the CDI victims rec (ref 8401), split into its five "
              "bullets as subtasks; parent and all five subtasks ticked, so done; HMICFRS "
              "Awaiting review: submit for closure.")],
      subs=[
          S("i_1a", "at point of report victims are believed", completed="2022-09-14",
            modified="2022-09-14", who="HM"),
          S("i_1b", "call handler/caller conversations summarised accurately in incident log",
            completed="2023-04-03", modified="2023-04-03", who="RI"),
          S("i_1c", "multiple crimes always recorded", completed="2023-04-03",
            modified="2023-04-03", who="HM"),
          S("i_1d", "stop awaiting medical exam/video interview results before "
                    "crime-recording decisions", completed="2022-09-14",
            modified="2022-09-14", who="HM"),
          S("i_1e", "online reports triaged at point of receipt for ongoing risk",
            completed="2024-03-08", modified="2024-03-08", who="RI"),
      ]),
    T("i_2", SEC_CDI,
      "CDI R2 – give call-handlers specific, sound & comprehensible THR criteria (within 3 "
      "months)", modified="2024-02-27", who="RI", tags="HMICFRS,CDI", ref="8402",
      typ="Recommendation", rag=RAG_A, lead="ACC Local Policing",
      truth=[("cdi_2", SYNC, "CDI rec 2 (ref 8402, 'within 3 months'), not the Core Business "
              "twin (4822). HMICFRS Being progressed, task open: both open.")]),
    T("i_3", SEC_CDI,
      "CDI R3 – improve use of the crime-recording & management system to better manage case "
      "files & investigative processes", modified="2023-08-01", who="HM", tags="HMICFRS,CDI",
      ref="8403", typ="Recommendation", rag=RAG_A, lead="DCC",
      truth=[("cdi_3", LOC, "CDI rec 3 (ref 8403); HMICFRS Complete, task still open "
              "(Amber): close locally.")]),
    T("i_4", SEC_CDI, "CDI R4 – NCRS compliance for MSHT offences (within 3 months)",
      completed="2024-03-14", modified="2024-03-14", who="HM", tags="HMICFRS,CDI",
      notes="Audit by FCR showed 97% compliance Q4.\nSigned off by FCR & ACC Crime 12/03/24 – "
            "submitted to HMICFRS 14/03/24.", ref="8404", typ="Recommendation", rag=RAG_A,
      lead="DCC",
      truth=[("cdi_4", SUB, "CDI rec 4 (ref 8404), not the national Stolen Freedom twin "
              "(8106). Task ticked and the notes say signed off and submitted; the RAG field "
              "was left at Amber (stale). HMICFRS Being progressed: submit for closure.")]),
    T("i_5", SEC_CDI, "CDI AFI – record hate crime reports accurately & without delay",
      completed=TICKED, modified=TICKED, who="HM", tags="HMICFRS,CDI", ref="8405",
      typ="AFI", rag=RAG_B, lead="DCC",
      truth=[("cdi_5", SYNC, "Hate crime recording AFI (ref 8405); HMICFRS Complete, task "
              "ticked: both closed.")]),
    T("i_6", SEC_CDI, "CDI AFI – MSHT training for officers & staff", modified="2024-06-03",
      who="PN", tags="HMICFRS,CDI,MSHT", ref="8406", typ="AFI", rag=RAG_A,
      lead="ACC Crime & Justice",
      truth=[("cdi_6", SYNC, "MSHT training AFI (ref 8406); HMICFRS Being progressed, task "
              "open: both open.")]),

    # ---- NCPI 2018 ----
    T("n_1", SEC_NCPI, "Missing children – review approach (3 bullets)",
      completed="2022-10-03", modified="2024-07-22", who="PN", tags="HMICFRS,VIDP",
      notes="Within six months. Missing persons policy rewritten 2019. Parent ticked when "
            "the policy went live.", typ="Recommendation", rag=RAG_B,
      lead="ACC Crime & Justice",
      truth=[("ncpi_miss", LOC, "Parent of the missing-children rec, split into its three "
              "bullets. Parent ticked but the supervisors' oversight subtask is still open, so "
              "the item is open on the force side; HMICFRS Complete: close locally.")],
      subs=[
          S("n_1a", "call takers understand & use missing/absent category appropriately",
            completed="2022-10-03", modified="2022-10-03", who="RI"),
          S("n_1b", "call takers/frontline know CSE risk factors & how to respond",
            completed="2022-10-03", modified="2022-10-03", who="PN"),
          S("n_1c", "supervisors provide correct oversight of missing person enquiries & "
                    "direct timely investigative/safeguarding action",
            modified="2024-07-22", who="PN", due="2025-01-31",
            notes="Supervisor review compliance 71% (June audit) – re-audit Jan 25."),
      ]),
    T("n_2", SEC_NCPI,
      "Detention of children in custody – review with children's social care (min. 5 "
      "actions)", modified="2024-05-09", who="DK", tags="HMICFRS",
      notes="HMICFRS wording: " + DETENTION + "\n\nPACE beds protocol with the LA agreed "
            "2023; AA provision via new contract from 04/24.", typ="Recommendation",
      rag=RAG_A, lead="ACC Crime & Justice",
      truth=[("ncpi_det", SYNC, "Detention of children rec, full wording in the notes; "
              "HMICFRS Being progressed, task open: both open.")]),

    # ---- Police powers spotlight ----
    T("w_1", SEC_POW, "Comms skills training (Conflict Management guidelines) – by July 2022",
      created="2021-07-06", completed="2023-09-18", modified="2023-09-18", who="LF",
      tags="HMICFRS,National",
      notes="HMICFRS wording: By July 2022, forces should ensure that officers and staff have "
            "effective communication skills, in line with the National Policing Guidelines "
            "on Conflict Management. This should be in addition to existing training on "
            "conflict management and de-escalation.\n\nDelivered via PST days 2022/23 – 94% "
            "of frontline trained.", ref="9712", typ="National Rec", rag=RAG_B,
      lead="ACC Local Policing",
      truth=[("pow_1", SUB, "Communication skills rec (ref 9712); task ticked, Blue; HMICFRS "
              "Being progressed: submit for closure.")]),
    T("w_2", SEC_POW, "CPD: reinforce comms skills; supervisors debrief using BWV",
      created="2021-07-06", modified="2024-04-30", who="LF", tags="HMICFRS,National",
      ref="9713", typ="National Rec", rag=RAG_G, lead="ACC Local Policing",
      truth=[("pow_2", SYNC, "CPD and BWV debrief rec (ref 9713); HMICFRS Being progressed, "
              "task open (Green - On track): both open.")]),
    T("w_3", SEC_POW,
      "BWV – record all S&S encounters, internal review of footage, external scrutiny access "
      "(3 parts)", created="2021-07-06", completed="2024-05-02", modified="2024-08-19",
      who="LF", tags="HMICFRS,National", notes="By September 2021. Parts as subtasks.",
      ref="9714", typ="National Rec", rag=RAG_B, lead="ACC Local Policing",
      truth=[("pow_3", SYNC, "Parent of the BWV rec (ref 9714), split into its three parts. "
              "Parent ticked (Blue) but the external scrutiny subtask is still open, so the "
              "item is open; HMICFRS Being progressed: both open.")],
      subs=[
          S("w_3a", "record entirety of all S&S encounters on BWV (incl traffic stops & use of "
                    "force)", created="2021-07-06", completed="2022-02-14",
            modified="2022-02-14", who="LF"),
          S("w_3b", "structured process to review & monitor a sample of BWV footage "
                    "internally", created="2021-07-06", completed="2023-06-26",
            modified="2023-06-26", who="LF"),
          S("w_3c", "external scrutiny panel access to BWV samples (S&S and use of force), "
                    "within CoP APP safeguards", created="2021-07-06",
            modified="2024-08-19", who="LF", due="2025-01-31",
            notes="Info-sharing agreement with the panel still with Legal Services."),
      ]),
    T("w_4", SEC_POW,
      "Internal monitoring of use of force – identify & understand disproportionate use, "
      "explain reasons, improve", created="2021-07-06", modified="2024-04-30", who="LF",
      tags="HMICFRS,National", ref="9716", typ="National Rec", rag=RAG_A,
      lead="ACC Local Policing",
      truth=[("pow_5", SYNC, "Use of force monitoring rec (ref 9716); HMICFRS Awaiting "
              "review, task open: both open.")]),
    T("w_5", SEC_POW,
      "HO & NPCC – quality of use-of-force data for S&S (for info – not a force rec)",
      created="2021-07-06", modified="2021-07-06", who="SW", tags="National",
      notes="Rec 4 of the spotlight report is for the Home Office and the NPCC. Kept here to "
            "watch for any ask of forces.", typ="National Rec",
      truth=[(None, NOL, "The Home Office/NPCC recommendation of the powers spotlight, kept "
              "for information; not addressed to forces and not on the HMICFRS list (ID 9715 "
              "is absent).")]),

    # ---- PEEL 2021/22 ----
    T("q_1", SEC_P21, "AFI – keep DA victims informed of case progress (VCOP)",
      created="2022-05-10", modified="2024-07-09", who="PN", tags="HMICFRS,PEEL", ref="9801",
      typ="AFI", rag=RAG_A, lead="ACC Crime & Justice",
      truth=[("p21_da", SYNC, "DA victims kept informed AFI (ref 9801); HMICFRS Being "
              "progressed, task open: both open.")]),
    T("q_2", SEC_P21, "AFI – record & evaluate crime prevention/disruption activity",
      created="2022-05-10", modified="2024-01-16", who="RI", tags="HMICFRS,PEEL",
      notes="HMICFRS wording: The force should ensure that crime prevention or disruption "
            "activity carried out is systematically recorded and subsequently evaluated to "
            "determine the effectiveness of tactics being employed.\n\nProblem-solving "
            "database (POP) being rolled out to NPTs.", ref="9806", typ="AFI", rag=RAG_A,
      lead="ACC Local Policing",
      truth=[("p21_prev", SYNC, "PEEL 2021/22 prevention AFI (ref 9806), not the Core "
              "Business twin; HMICFRS Being progressed, task open: both open.")]),
    T("q_3", SEC_P21, "Rec – supervision of investigations (within 6 months)",
      created="2022-05-10", modified="2024-09-02", who="HM", tags="HMICFRS,PEEL",
      notes="HMICFRS wording: Within six months the force should ensure regular and active "
            "supervision of the quality and progress of investigations. This supervision "
            "should be properly recorded.", ref="9807", typ="Recommendation", rag=RAG_R,
      lead="ACC Crime & Justice",
      truth=[("p21_sup", SYNC, "Supervision of investigations rec (ref 9807); HMICFRS Being "
              "progressed, task open (Red): both open.")]),
    T("q_4", SEC_P21, "AFI – links between outcomes, outputs & costs", created="2022-05-10",
      completed="2023-06-30", modified="2023-06-30", who="MA", tags="HMICFRS,PEEL",
      ref="9808", typ="AFI", rag=RAG_B, lead="Director of Finance",
      truth=[("p21_cost", SYNC, "Outcomes/outputs/costs AFI (ref 9808); HMICFRS Complete, "
              "task ticked: both closed.")]),
    T("q_5", SEC_P21, "AFI – vetting backlog & renewals (national vetting guidelines)",
      created="2022-05-10", modified="2024-10-28", who="CV", tags="HMICFRS,PEEL",
      notes="Backlog 1,140 renewals (Oct 24). 3 temp vetting officers from Nov.", ref="9809",
      typ="AFI", rag=RAG_R, lead="Director of People",
      truth=[("p21_vet", SYNC, "Vetting AFI (ref 9809); HMICFRS Being progressed, task open "
              "(Red): both open.")]),

    # ---- PEEL 23-25 ----
    T("r_1", SEC_P23, "AFI – ancillary orders & other powers to protect victims of stalking "
      "& harassment", created="2024-05-28", modified="2024-08-06", who="PN",
      tags="HMICFRS,PEEL", ref="9950", typ="AFI", rag=RAG_A, lead="ACC Crime & Justice",
      truth=[("p23_stalk", SYNC, "Stalking ancillary orders AFI (ref 9950); HMICFRS Awaiting "
              "review, task open: both open.")]),
    T("r_2", SEC_P23, "AFI – manage risk posed by SOC offenders", created="2024-05-28",
      modified="2024-08-06", who="HM", tags="HMICFRS,PEEL", ref="9915", typ="AFI",
      rag=RAG_A, lead="ACC Crime & Justice",
      truth=[("p23_soc", CON, "SOC offenders AFI (9951 on the list), both open, but the "
              "task's HMICFRS ID field says 9915 (digits transposed; no item 9915 on the "
              "list).")]),
    T("r_3", SEC_P23, "Rec – RUI & bail management", created="2024-05-28",
      modified="2024-10-15", who="HM", tags="HMICFRS,PEEL", ref="9954",
      typ="Recommendation", rag=RAG_G, lead="ACC Crime & Justice",
      truth=[("p23_rui", SYNC, "RUI and bail rec (ref 9954); HMICFRS Awaiting review, task "
              "open (Green - On track): both open.")]),
    T("r_4", SEC_P23,
      "PEEL 23-25 AFI – specialist capacity/capability to investigate online CSA",
      created="2024-05-28", modified="2024-09-11", who="PN", tags="HMICFRS,PEEL",
      notes="HMICFRS wording: The force should make sure it has enough specialist capacity "
            "and capability to investigate online child sexual abuse.\n\nPOLIT uplift of 3 "
            "DCs agreed in the 24/25 budget.", typ="AFI", rag=RAG_A,
      lead="ACC Crime & Justice",
      truth=[("p21_ocsa", CON, "Same wording as the online CSA AFI (9803), both open, but "
              "the report disagrees: the task sits under PEEL 23-25 and its name says PEEL "
              "23-25; HMICFRS holds it against PEEL 2021/22 (the 2023/24 report on the list "
              "has no such item).")]),

    # ---- Submitted for closure (a status section: report only in the name/notes) ----
    T("x_1", SEC_SUB,
      "Building the Picture – scrutinise audits of compliance with APP on information "
      "management through IM governance", modified="2024-10-02", who="SW",
      tags="HMICFRS,National",
      notes="All forces rec (Building the Picture 2015). IM Board minutes show audit reports "
            "scrutinised quarterly since 2019; records review categorisation adjusted.\n"
            "Evidence pack sent to FLL 02/10/2024 – awaiting HMICFRS.", typ="National Rec",
      lead="DCC",
      truth=[("pic", SUB, "Building the Picture rec. Task not ticked and no RAG, but it sits "
              "in 'Submitted for closure' and the notes say the evidence pack went to the FLL: "
              "the force records it as done; HMICFRS Awaiting review: submit for closure.")]),
    T("x_2", SEC_SUB,
      "PEEL 21/22 AFI – timeliness of response to calls involving people with mental ill "
      "health", created="2022-05-10", completed="2024-09-10", modified="2024-09-10",
      who="RI", tags="HMICFRS,PEEL", ref="9802", typ="AFI", rag=RAG_B,
      lead="ACC Local Policing",
      truth=[("p21_mh", SUB, "Mental ill health calls AFI (ref 9802); task ticked, Blue; "
              "HMICFRS Awaiting review: submit for closure.")]),
    T("x_3", SEC_SUB,
      "PEEL 23-25 AFI – knife crime analysis into strategic assessment & control strategy",
      created="2024-05-28", completed="2024-10-22", modified="2024-10-22", who="SW",
      tags="HMICFRS,PEEL", ref="9952", typ="AFI", rag=RAG_B, lead="ACC Crime & Justice",
      truth=[("p23_knife", SUB, "Knife crime analysis AFI (ref 9952); task ticked, Blue; "
              "HMICFRS Awaiting review: submit for closure.")]),

    # ---- an old section whose report HMICFRS no longer lists ----
    T("o_1", SEC_LEG16, "AFI – record reports of stalking & harassment accurately & without "
      "delay", modified="2021-11-30", who="HM", tags="HMICFRS,PEEL",
      notes="PEEL Legitimacy 2016. Stalking & harassment SPOC in each LPA.", typ="AFI",
      rag=RAG_A, lead="DCC",
      truth=[(None, NOL, "PEEL Legitimacy 2016 AFI on stalking and harassment recording; no "
              "2016 legitimacy item is on the HMICFRS list and the hate crime recording AFI "
              "(8405) is a different topic: query with HMICFRS.")]),

    # ---- Force-identified actions ----
    T("z_1", SEC_LOCAL,
      "Dip-sample 50 domestic abuse crime reports each quarter and report findings to the "
      "Crime Standards Board", created="2022-02-07", modified="2024-10-07", who="HM",
      tags="Force action", rag=RAG_G, lead="DCC",
      truth=[(None, NOL, "Force's own action (section 'Force-identified actions'), not an "
              "HMICFRS item.")]),
    T("z_2", SEC_LOCAL,
      "Refresh the county lines drug dealing problem profile and add it to the control "
      "strategy", created="2023-03-21", modified="2024-06-25", who="SW", tags="Force action",
      notes="Action from the Serious Violence Duty strategic needs assessment.", rag=RAG_A,
      lead="ACC Crime & Justice",
      truth=[(None, NOL, "Force's own action from the Serious Violence Duty needs "
              "assessment; it is not the PEEL 2021/22 county lines intelligence AFI (9804), "
              "which the tracker does not hold.")]),
    T("z_3", SEC_LOCAL,
      "Internal audit of the firearms licensing governance arrangements (audit plan "
      "2023/24)", created="2023-04-18", completed="2024-02-29", modified="2024-02-29",
      who="OT", tags="Force action,Internal audit",
      notes="Internal audit plan item – Reasonable assurance, 2 low priority actions.",
      rag=RAG_B, lead="ACC Local Policing",
      truth=[(None, NOL, "Internal audit plan action, not the HMICFRS firearms governance "
              "rec (5901, matched to its own task).")]),
]

MISSING = {
    "integ": "Integrity matters rec on misconduct 'no further action' outcomes: no task in "
             "any section, name or note.",
    "fire_3": "Firearms 'total expired' licensing records rec: the firearms section has no "
              "such task (HMICFRS already Complete).",
    "leg17_coc": "PEEL Legitimacy 2017 cause of concern on stop and search: the tracker only "
                 "holds the recommendations.",
    "leg17_pub": "'We expect forces to publish this analysis...' rec: no task for it.",
    "p21_cl": "County lines intelligence AFI: no task; the county lines problem-profile task "
              "is a force action, not this AFI.",
    "p21_vawg": "VAWG performance framework AFI: no task.",
}

COLUMNS = ["Task ID", "Created At", "Completed At", "Last Modified", "Name",
           "Section/Column", "Assignee", "Assignee Email", "Start Date", "Due Date", "Tags",
           "Notes", "Projects", "Parent task", "Blocked By (Dependencies)",
           "Blocking (Dependencies)", "HMICFRS ID", "Type", "RAG", "Chief Officer Lead"]


def email(code: str) -> str:
    first, last = PEOPLE[code].lower().split(" ", 1)
    return f"{first}.{last.replace(' ', '')}@severnside.police.uk"


def gid_for(day: str, rng: random.Random) -> int:
    d = dt.date.fromisoformat(day)
    days = (d - dt.date(2021, 1, 1)).days
    return 1199600000000000 + days * 3_100_000_000 + rng.randrange(10_000_000, 2_900_000_000)


def build() -> None:
    rng = random.Random(SEED)
    OUT.mkdir(parents=True, exist_ok=True)

    # ---- HMICFRS workbook ----
    hrow = {}
    keys = [h[0] for h in HMICFRS]
    assert len(set(keys)) == len(keys)
    assert len({h[1] for h in HMICFRS}) == len(HMICFRS)
    order = sorted(HMICFRS, key=lambda h: (PUB[h[2]], h[1]))
    wb = xlsxwriter.Workbook(str(OUT / "hmicfrs.xlsx"))
    created = dt.datetime(2024, 10, 1, 9, 12, 0)
    wb.set_properties({"title": "Definitive list – Severnside Police", "author": "HMICFRS",
                       "company": "HMICFRS", "created": created})
    ws = wb.add_worksheet(HSHEET)
    bold = wb.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1,
                          "text_wrap": True, "valign": "top"})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
    top = wb.add_format({"valign": "top"})
    heads = ["Recommendation ID", "Force", "Report title", "Date published", "Type",
             "Recommendation / area for improvement", "Status", "Status last updated"]
    ws.write_row(0, 0, heads, bold)
    for i, (k, rid, rep, typ, text, status, sdate) in enumerate(order, start=1):
        ws.write_number(i, 0, rid, top)
        ws.write_string(i, 1, FORCE, top)
        ws.write_string(i, 2, rep, wrap)
        ws.write_datetime(i, 3, dt.datetime(*PUB[rep]), datef)
        ws.write_string(i, 4, typ, top)
        ws.write_string(i, 5, text, wrap)
        ws.write_string(i, 6, status, top)
        ws.write_datetime(i, 7, dt.datetime(*sdate), datef)
        hrow[k] = f"{HSHEET}!{i + 1}"
    for c, w in enumerate([12, 18, 40, 12, 22, 90, 22, 12]):
        ws.set_column(c, c, w)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, len(order), len(heads) - 1)
    wb.close()

    # ---- Asana CSV ----
    records = []     # (task dict, parent name or "", is_sub)
    for t in TASKS:
        records.append((t, ""))
        for s in t["subs"]:
            records.append((s, t["name"]))
    # Task IDs increase with creation date (Asana gids are time-ordered)
    stamp = sorted(range(len(records)), key=lambda i: (records[i][0]["created"], i))
    gids = {}
    last = 0
    for i in stamp:
        g = gid_for(records[i][0]["created"], rng)
        g = max(g, last + rng.randrange(20_000, 900_000))
        gids[i] = last = g

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(COLUMNS)
    frow = {}
    truth = []
    nonitems = []
    for i, (t, parent) in enumerate(records):
        row = i + 2
        is_sub = bool(parent)
        who = t.get("who", "")
        modified = t.get("modified") or t.get("completed") or t["created"]
        assert t["created"] <= modified <= EXPORT, t["key"]
        if t.get("completed"):
            assert t["created"] <= t["completed"] <= modified, t["key"]
        rec = {
            "Task ID": str(gids[i]), "Created At": t["created"],
            "Completed At": t.get("completed", ""), "Last Modified": modified,
            "Name": t["name"], "Section/Column": "" if is_sub else t["section"],
            "Assignee": PEOPLE[who] if who else "", "Assignee Email": email(who) if who else "",
            "Start Date": t.get("start", ""), "Due Date": t.get("due", ""),
            "Tags": "" if is_sub else t["tags"], "Notes": t.get("notes", ""),
            "Projects": "" if is_sub else t["projects"], "Parent task": parent,
            "Blocked By (Dependencies)": "" if is_sub else t["blocked"],
            "Blocking (Dependencies)": "" if is_sub else t["blocking"],
            "HMICFRS ID": "" if is_sub else t["ref"], "Type": "" if is_sub else t["typ"],
            "RAG": "" if is_sub else t["rag"], "Chief Officer Lead": "" if is_sub else t["lead"],
        }
        w.writerow([rec[c] for c in COLUMNS])
        frow[t["key"]] = f"{FFILE}!{row}"
    data = buf.getvalue()
    (OUT / FFILE).write_bytes(data.encode("utf-8"))

    # ---- truth ----
    for t in TASKS:
        if t["nonitem"]:
            nonitems.append((frow[t["key"]], t["name"], t["nonitem"]))
            continue
        for hk, cat, why in t["truth"]:
            truth.append((hrow[hk] if hk else "", frow[t["key"]], cat, why))
        if t["subs"]:
            hk, cat, _ = t["truth"][-1]
            for s in t["subs"]:
                state = "ticked" if s.get("completed") else "not ticked"
                truth.append((hrow[hk], frow[s["key"]], cat,
                              f"Subtask (Parent task = '{t['name'][:40]}…'), one part of "
                              f"{hk_ref(hk)} split over parent and subtasks; this part "
                              f"{state}. The item is judged as a whole: {cat}."))
    for hk, why in MISSING.items():
        truth.append((hrow[hk], "", MISS, why))

    tb = io.StringIO()
    tw = csv.writer(tb, lineterminator="\n")
    tw.writerow(["hmicfrs_row", "force_row", "category", "why"])
    truth.sort(key=lambda r: (int(r[1].split("!")[1]) if r[1] else 10_000,
                              int(r[0].split("!")[1]) if r[0] else 0))
    for r in truth:
        tw.writerow(r)
    (OUT / "truth.csv").write_bytes(tb.getvalue().encode("utf-8"))

    # ---- coverage checks ----
    covered_h = {r[0] for r in truth if r[0]}
    assert covered_h == set(hrow.values()), set(hrow.values()) - covered_h
    covered_f = {r[1] for r in truth if r[1]}
    all_f = set(frow.values())
    non_f = {n[0] for n in nonitems}
    assert covered_f | non_f == all_f and not (covered_f & non_f)

    (OUT / "README.md").write_bytes(readme(hrow, frow, truth, nonitems, len(records))
                                    .encode("utf-8"))


def hk_ref(hk: str) -> str:
    for h in HMICFRS:
        if h[0] == hk:
            return f"HMICFRS {h[1]}"
    raise KeyError(hk)


def readme(hrow, frow, truth, nonitems, nrec) -> str:
    from collections import Counter
    cnt = Counter(r[2] for r in truth)
    items_h = len(hrow)
    f = frow
    h = hrow
    lines = []
    a = lines.append
    a(f"# {CASE}\n")
    a("Round 85, case C. A force tracker kept as an **Asana project** and handed over as the "
      "CSV Asana writes (project menu → Export/Print → CSV), against an ordinary HMICFRS "
      "definitive-list export.\n")
    a("## The story\n")
    a("Severnside Police (an invented force) kept its HMICFRS tracker in an Excel workbook "
      "until June 2021, when the Risk & Organisational Learning team moved it into Asana, the "
      "work-management tool its change programme already used. The old workbook was imported "
      "with Asana's CSV importer on 14 June 2021 (so every older task has Created At "
      "2021-06-14, and items already closed on the old tracker were ticked in bulk the next "
      "day, Completed At 2021-06-15). The imported tasks kept the old tracker's habit: the "
      "whole recommendation (often abbreviated) is the task **Name**, progress goes in "
      "**Notes**. Tasks created by hand later (powers spotlight 2021, PEEL 2021/22, PEEL "
      "2023-25) have a short Name and paste the HMICFRS wording into Notes after "
      "'HMICFRS wording:'. The project has one section per report in the team's own short "
      "names, plus the default 'Untitled section' at the top where quick adds land, a "
      "'Submitted for closure' section the team started using in 2023 as a status lane (a "
      "task can sit in only one section, so tasks moved there lose their report section), and "
      "'Force-identified actions'. Bulleted recommendations are split into **subtasks**, one "
      "per bullet or action. Four custom fields were added: HMICFRS ID (free text), Type, RAG "
      "(single-select whose options read 'Blue - Complete', 'Green - On track', 'Amber - Some "
      "slippage', 'Red - Off track') and Chief Officer Lead. The team's rule: tick the task "
      "when the lead signs it off and it is submitted to HMICFRS; Blue means complete.\n")
    a("Before the December Joint Audit Committee the analyst exports the project to CSV and "
      "reconciles it with the definitive list HMICFRS sent in October 2024.\n")
    a("## The files\n")
    a(f"- `hmicfrs.xlsx`: one sheet `{HSHEET}`, header in row 1, {items_h} item rows "
      f"(rows 2–{items_h + 1}), sorted by publication date then ID. Columns: Recommendation ID "
      "(plain integer register ID), Force, Report title, Date published (real dates, "
      "dd/mm/yyyy), Type (National recommendation / Recommendation / Area for improvement / "
      "Cause of concern), Recommendation / area for improvement (verbatim, with line breaks, "
      "bullets and quirks such as the stray '20' and '86' footnote digits), Status (Awaiting "
      "review / Being progressed / Complete / Superseded / No further action required), Status "
      "last updated. No title, blank or note rows.\n")
    a(f"- `tracker.csv`: UTF-8 (no BOM), comma-separated, CRLF between records, fields quoted "
      f"only where needed; Notes contain bare LF line breaks inside quoted fields, so the file "
      f"has more physical lines than records. Header in row 1, {nrec} records (rows "
      f"2–{nrec + 1}). Columns: {', '.join(COLUMNS)}. The first sixteen are Asana's standard "
      "export columns; the last four are the project's custom fields. All dates are ISO "
      "yyyy-mm-dd. Task ID is Asana's 16-digit gid (not an HMICFRS reference).\n")
    a("## What the layout brings (force side)\n")
    a(f"1. **Status is a date, not a word.** Done = `Completed At` filled (the tick). There is "
      f"no status column; the RAG custom field is a second, sometimes stale, signal. Examples: "
      f"{f['i_4']} ticked with notes 'Signed off … submitted to HMICFRS' but RAG still 'Amber - "
      f"Some slippage' (done); {f['m_4']} not ticked but RAG 'Blue - Complete' and 'All actions "
      f"complete – awaiting DCC sign-off' (done, pending sign-off); {f['x_1']} not ticked, no "
      f"RAG, but in section 'Submitted for closure' with 'Evidence pack sent to FLL' (done). "
      f"'Green - On track' is an open state (BRAG), e.g. {f['s_4']}, {f['p_1']}, {f['w_2']}, "
      f"{f['r_3']}.\n")
    a(f"2. **Subtasks are rows of their own.** A subtask row has an empty Section/Column, "
      f"Projects, Tags and custom fields; only `Parent task` (the parent's full Name) ties it "
      f"to its item. Split items: MSHT leadership {f['m_1']} + 4 subtasks; DA cause of "
      f"concern/DASH rec {f['d_1']} + 3 action subtasks; CDI victims {f['i_1']} + 5 bullet "
      f"subtasks; missing children {f['n_1']} + 3; BWV {f['w_3']} + 3. An item is done only "
      f"when the parent and every subtask are ticked: {f['w_3']} (parent ticked, Blue) and "
      f"{f['n_1']} (parent ticked) are still open because {f['w_3c']} and {f['n_1c']} are not "
      f"ticked; {f['m_1']} is open with three of four subtasks ticked; {f['i_1']} and all its "
      f"subtasks are ticked (done).\n")
    a(f"3. **Sections are reports, mostly.** Report names are the team's own ('PEEL Eff 16', "
      f"'CDI 2017', 'PEEL Legit 17 S&S', 'Police powers spotlight (Feb 21)', 'PEEL 23-25'). "
      f"One section holds two reports ('Stop & Search 2013 & 2015'); 'PEEL Efficiency 17' "
      f"holds the national overview rec and the force's AFIs. 'Untitled section' "
      f"({f['u_fll']}–{f['u_tpl']}) and 'Submitted for closure' ({f['x_1']}–{f['x_3']}) carry "
      f"no report: it is only in the Name or Notes.\n")
    a(f"4. **Where the text is varies by row**: the Name (imported tasks, e.g. {f['s_1']}, "
      f"{f['f_3']}), or the Notes after 'HMICFRS wording:' (e.g. {f['u_dig']}, {f['n_2']}, "
      f"{f['w_1']}, {f['q_2']}), or only a short title with no wording at all (e.g. "
      f"{f['q_1']}, {f['r_1']}, {f['i_6']}).\n")
    a(f"5. **One task, several items**: {f['a_1']} holds all four Policing in Austerity recs; "
      f"{f['d_1']} holds the PEEL 2016 DA cause of concern and its recommendation.\n")
    a(f"6. **Asana furniture**: Created At 2021-06-14 on every imported task (says nothing "
      f"about publication); Projects lists a second project on {f['d_1']} (multi-homed); "
      f"dependency columns name other tasks ({f['p_3']} blocks {f['p_4']}); an Asana link in "
      f"Notes ({f['d_1']}); Task IDs are 16-digit gids.\n")
    a(f"7. **Rows that are tasks but not items**: see the list below ({f['u_fll']}, "
      f"{f['u_jac']}, {f['u_tpl']}).\n")
    a("## Traps and how the truth decides them\n")
    a(f"- **Twins across reports** (same ask, different report): S&S 2013 rec 3 vs S&S 2015 "
      f"({f['s_3']} → {h['sas13_3']} by 'elected local policing bodies' and 'HMIC 2013 rec "
      f"3'; {f['s_4']} → {h['sas15']} by 'PCCs' and 'HMIC 2015'); THR criteria Core Business "
      f"vs CDI ({f['c_1']} → {h['core_1']}, {f['i_2']} → {h['cdi_2']}); NCRS for MSHT Stolen "
      f"Freedom vs CDI ({f['m_5']} → {h['sf_5']}, {f['i_4']} → {h['cdi_4']}); crime "
      f"prevention recording Core Business vs PEEL 2021/22 ({f['c_2']} → {h['core_2']}, "
      f"{f['q_2']} → {h['p21_prev']}). Section, deadline wording and refs decide.\n")
    a(f"- **Look-alike force actions**: {f['z_2']} (county lines problem profile) is not the "
      f"county lines AFI ({h['p21_cl']}, missing); {f['z_3']} (internal audit of firearms "
      f"governance) is not {h['fire_1']}; {f['o_1']} (stalking recording, PEEL Legitimacy "
      f"2016) is not the hate crime recording AFI {h['cdi_5']}.\n")
    a(f"- **Conflicts**: deadline {f['c_2']} ('By 31 March 2016' vs 2015); timescale "
      f"{f['f_3']} ('Within six months' vs three); type {f['p_4']} (Type 'Recommendation' vs "
      f"Area for improvement); missing bullet {f['l_1']} (third bullet of the S&S monitoring "
      f"rec absent from the quoted wording); report {f['r_4']} (filed as PEEL 23-25, HMICFRS "
      f"holds it under PEEL 2021/22); reference {f['r_2']} (HMICFRS ID 9915 for 9951).\n")
    a(f"- **Status traps**: see layout point 1 and 2; the Austerity task {f['a_1']} is open "
      f"while HMICFRS says No further action required (4 × closeable_local).\n")
    a(f"- **Not on the list**: {f['w_5']} (Home Office/NPCC rec kept for information), "
      f"{f['o_1']}, {f['z_1']}, {f['z_2']}, {f['z_3']}.\n")
    a("- **No `review` lines**: every pair could be decided from the two rows.\n")
    a("## Counts\n")
    a(f"truth.csv has {len(truth)} lines for {items_h} HMICFRS items and {nrec - len(nonitems)} "
      f"force item rows (of {nrec} records).\n")
    a("| category | lines |\n|---|---|")
    for c in [SYNC, SUB, LOC, CON, MISS, NOL, "review"]:
        a(f"| {c} | {cnt.get(c, 0)} |")
    a("")
    per_item = Counter({r[0]: r[2] for r in truth if r[0]}.values())
    a("Lines for split items count once per force row (parent and each subtask), and the "
      "four Austerity lines share one force row. Per HMICFRS item: "
      + ", ".join(f"{c} {per_item[c]}" for c in [SYNC, SUB, LOC, CON, MISS]) + ".\n")
    a("## Rows that are not items\n")
    a("- `hmicfrs.xlsx`: row 1 (header) only.")
    a("- `tracker.csv`: row 1 (header), and these task records:")
    for r, name, why in nonitems:
        a(f"  - {r} '{name}': {why}")
    a("")
    a("## Checks run\n")
    a("- The builder asserts every HMICFRS item row and every force record is covered: each "
      "force record is either in truth.csv or in the non-item list above, never both; every "
      "HMICFRS row appears at least once.")
    a("- Both files read back with pandas (`read_excel`, `read_csv`: 65 and "
      f"{nrec} rows, the multi-line Notes stay inside their record) and with openpyxl / the "
      "csv module, and the truth's row numbers were checked against the row each name/ID "
      "lands on.")
    a("- Two builds in a row give byte-identical files (sha256 compared).")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    build()
