"""Build the evaluation case `pnp_powershell_export_csv` (round 84, case A).

The force keeps its HMICFRS tracker as a SharePoint list. A scheduled Windows PowerShell 5.1
script (PnP.PowerShell, Get-PnPListItem) writes it out every Monday with Export-Csv, and that
file is what the analyst receives. See README.md (written by this script) for the story.

Run:  /work/main/.venv/bin/python /tmp/indep84/build_pnp_powershell_export_csv.py
Writes /tmp/indep84/pnp_powershell_export_csv/{hmicfrs.xlsx,tracker.csv,truth.csv,README.md}.
Deterministic: no clock, fixed workbook properties, XlsxWriter's fixed zip timestamps.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import random
import re
import uuid

import xlsxwriter

CASE = "pnp_powershell_export_csv"
OUT = os.environ.get("CASE_OUT") or os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                 CASE)
FORCE = "Cheshire Constabulary"
SITE = "/sites/StrategicPlanning"
LIST_URL = SITE + "/Lists/HMICFRS Recommendations"
SEED = 84001
RNG = random.Random(SEED)

# --------------------------------------------------------------------------------------------
# HMICFRS side: reports and items (texts copied literally from the public wording)
# --------------------------------------------------------------------------------------------
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"
NAT = "National recommendation"

REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9)),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27)),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22)),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the "
             "use of police time", dt.date(2014, 9, 4)),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", dt.date(2015, 1, 30)),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24)),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1)),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15)),
    "eff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2)),
    "cdi17": ("Crime data integrity inspection 2017", dt.date(2017, 9, 7)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24)),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9)),
    "efc17f": ("PEEL: Police efficiency 2017", dt.date(2017, 11, 9)),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12)),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 21)),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
               dt.date(2019, 5, 2)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26)),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
               dt.date(2022, 4, 8)),
    "peel23": ("PEEL 2023–25: Police effectiveness, efficiency and legitimacy",
               dt.date(2024, 7, 5)),
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
MISSING_CHILDREN_REC = (
    "To address this cause of concern the force should immediately review its approach to "
    "reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately; • call "
    "takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and • "
    "supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action"
)
DETENTION_CHILDREN = (
    "Within six months Cheshire Constabulary should, in conjunction with children’s social care "
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

D = dt.date
# ref, report key, type, text, status, status date
HM = [
    (1187, "sas13", NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.", "Complete", D(2016, 3, 22)),
    (1188, "sas13", NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.",
     "Superseded", D(2018, 1, 15)),
    (1189, "sas13", NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.",
     "Complete", D(2016, 3, 22)),
    (2321, "everyone", NAT, EVERYONE_PLAN, "Complete", D(2015, 11, 2)),
    (3010, "austerity", NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews",
     "No further action required", D(2017, 10, 30)),
    (3011, "austerity", NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.",
     "No further action required", D(2017, 10, 30)),
    (3012, "austerity", NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.",
     "No further action required", D(2017, 10, 30)),
    (3013, "austerity", NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there is "
     "scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.",
     "No further action required", D(2017, 10, 30)),
    (3350, "core", NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.", "Complete",
     D(2015, 6, 12)),
    (3351, "core", NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", "Complete", D(2015, 6, 12)),
    (4102, "integrity", NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     "Awaiting review", D(2023, 2, 14)),
    (4417, "sas15", NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure that "
     "they comply with the Code of Practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example young people.",
     "Complete", D(2017, 5, 9)),
    (4630, "picture", NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure "
     "that categorisation of records are regularly adjusted.", "Complete", D(2016, 12, 1)),
    (5201, "firearms", NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", "Complete", D(2016, 6, 30)),
    (5202, "firearms", NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", "Complete", D(2016, 6, 30)),
    (5203, "firearms", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     "Complete", D(2016, 2, 11)),
    (5204, "firearms", NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     "Complete", D(2016, 6, 30)),
    (5205, "firearms", NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment which "
     "they should be undertaking in such circumstances, and their power, when appropriate, to "
     "seize firearms and firearm certificates.", "Being progressed", D(2023, 9, 18)),
    (6120, "eff16", COC,
     "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
     "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
     "incidents does not provide confidence that risk is always assessed appropriately. In "
     "cases where a DASH risk assessment is not completed the officer should record an "
     "assessment on the crime management system. HMIC found that officers are not consistently "
     "completing a DASH in circumstances where force policy requires that they should do so. "
     "This means that some victims of domestic abuse who may be at risk of harm are not being "
     "appropriately risk-assessed.", "Complete", D(2019, 3, 11)),
    (6121, "eff16", REC,
     "To address this cause of concern, HMIC recommends the force should immediately take steps "
     "to ensure that there is effective supervision of the initial risk assessment process, "
     "specifically in relation to the completion of DASH risk assessment in appropriate cases.",
     "Being progressed", D(2024, 3, 4)),
    (6122, "eff16", COC,
     "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
     "found that the assessment of risk for children who go missing from home was inappropriate "
     "in some cases. We found some instances where children were classed as ‘absent’ when they "
     "should have been recorded as ‘missing’, and risk levels for missing children were "
     "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
     "lower level and could have been exposed to an increased risk of harm.",
     "Superseded", D(2019, 7, 1)),
    (6123, "eff16", REC, MISSING_CHILDREN_REC, "Superseded", D(2019, 7, 1)),
    (6124, "eff16", REC,
     "To improve the service provided to victims of domestic abuse the force should immediately "
     "take steps to understand and address the reason behind why such a high proportion of "
     "victims of domestic abuse do not support the police investigation.",
     "Complete", D(2018, 10, 5)),
    (7310, "cdi17", REC, CDI_VICTIMS, "Being progressed", D(2024, 1, 22)),
    (7311, "cdi17", REC,
     "Within three months, the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     "Complete", D(2018, 6, 20)),
    (7312, "cdi17", AFI,
     "The force should improve its use of its crime-recording and management system to better "
     "manage its case files and investigative processes.", "Awaiting review", D(2022, 11, 7)),
    (7313, "cdi17", AFI,
     "Cheshire Constabulary should put in place arrangements to scrutinise audits of compliance "
     "with the APP on information management through the force information management "
     "governance structure.", "Being progressed", D(2023, 5, 30)),
    (7001, "stolen", NAT, SF_LEADERSHIP, "Being progressed", D(2023, 4, 17)),
    (7002, "stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements with "
     "other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard "
     "victims better and to identify suspects as early as possible", "Awaiting review",
     D(2021, 8, 2)),
    (7003, "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     "Complete", D(2020, 2, 3)),
    (7004, "stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", "Being progressed",
     D(2023, 4, 17)),
    (7005, "stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.", "Being progressed",
     D(2023, 4, 17)),
    (7006, "stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the use "
     "where appropriate of joint intelligence teams and other means to obtain intelligence and "
     "evidence from agencies overseas).", "Being progressed", D(2023, 4, 17)),
    (7007, "stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", "Being progressed", D(2023, 4, 17)),
    (7420, "efc17", NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.", "Being progressed",
     D(2022, 6, 13)),
    (7425, "efc17f", AFI,
     "The force should ensure that it has sufficient resources available in the control room to "
     "fulfil its resourcing model, and so to meet its demand, while also taking into account "
     "the wellbeing of its workforce.", "Being progressed", D(2023, 10, 9)),
    (7426, "efc17f", AFI,
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use of "
     "its resources by matching them to demand to meet the needs of the public",
     "Complete", D(2019, 2, 20)),
    (7427, "efc17f", AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.", "Being progressed",
     D(2023, 10, 9)),
    (8541, "leg17", COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", "Being progressed", D(2023, 7, 3)),
    (8542, "leg17", NAT, SAS_MONITORING_2017, "Being progressed", D(2023, 7, 3)),
    (8543, "leg17", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;", "Being progressed", D(2023, 7, 3)),
    (8544, "leg17", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", "Being progressed", D(2023, 7, 3)),
    (8545, "leg17", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", "Complete",
     D(2020, 9, 28)),
    (8760, "ncpi18", REC, DETENTION_CHILDREN, "Being progressed", D(2023, 12, 11)),
    (8761, "ncpi18", REC,
     "Within three months, the force should make sure investigations of child sexual "
     "exploitation are allocated to officers with the right skills and are effectively "
     "supervised.", "Complete", D(2019, 5, 14)),
    (9410, "peel18", REC,
     "HMIC recommends that within six months the force should: ensure regular and active "
     "supervision of the quality and progress of investigations. This supervision should be "
     "properly recorded;", "Complete", D(2021, 3, 8)),
    (9411, "peel18", REC,
     "HMIC recommends that within six months the force should: improve its ability to retrieve "
     "digital evidence from mobile phones, computers and other electronic devices quickly "
     "enough to ensure investigations are not delayed;", "Being progressed", D(2024, 2, 12)),
    (9412, "peel18", REC,
     "HMIC recommends that within six months the force should: improve its understanding of "
     "suspects released under investigation and the management of those released on bail;",
     "Being progressed", D(2024, 2, 12)),
    (9413, "peel18", AFI,
     "The force should develop its understanding of the links between its outcomes, outputs and "
     "costs", "Being progressed", D(2022, 9, 26)),
    (9414, "peel18", AFI,
     "The force should ensure all staff have received at least the lowest level of vetting "
     "clearance for their roles as quickly as possible, working to clear both the vetting "
     "backlog and new vetting renewals when they become due so that it complies fully with the "
     "national vetting guidelines.", "Complete", D(2021, 11, 15)),
    (9415, "peel18", AFI,
     "The force should make sure investigations of rape and serious sexual offences are "
     "allocated to officers with the right skills and are effectively supervised.",
     "Superseded", D(2022, 4, 8)),
    (9416, "peel18", AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from county lines drug dealing.", "Being progressed", D(2022, 9, 26)),
    (11230, "powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     "Being progressed", D(2023, 3, 20)),
    (11231, "powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", "Being progressed", D(2023, 3, 20)),
    (11232, "powers", NAT, BWV_2021, "Awaiting review", D(2021, 3, 1)),
    (11233, "powers", NAT,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon "
     "as possible.", "No further action required", D(2021, 3, 1)),
    (11234, "powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", "Being progressed",
     D(2023, 3, 20)),
    (12804, "peel21", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "domestic abuse.", "Being progressed", D(2023, 11, 6)),
    (12805, "peel21", AFI,
     "The force should make sure victims of stalking and harassment are kept informed about the "
     "progress of their case, in line with the Code of Practice for Victims of Crime.",
     "Being progressed", D(2023, 11, 6)),
    (12806, "peel21", AFI,
     "The force should make sure it records reports of hate crime accurately and without delay.",
     "Awaiting review", D(2022, 4, 8)),
    (12807, "peel21", AFI,
     "The force should improve the way it manages the risk posed by offenders involved in "
     "online child sexual abuse.", "Being progressed", D(2023, 11, 6)),
    (12808, "peel21", AFI,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate fraud.", "Complete", D(2024, 1, 15)),
    (12809, "peel21", AFI,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of violence against women and girls.", "Being progressed",
     D(2023, 11, 6)),
    (12810, "peel21", AFI,
     "The force should improve its understanding of the nature and scale of serious and "
     "organised crime in its area.", "Being progressed", D(2023, 11, 6)),
    (14401, "peel23", AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about serious "
     "and organised crime.", "Awaiting review", D(2024, 7, 5)),
    (14402, "peel23", AFI,
     "The force should make sure its performance framework gives senior leaders a clear picture "
     "of its response to missing children.", "Awaiting review", D(2024, 7, 5)),
    (14403, "peel23", AFI,
     "The force should develop a problem-solving approach to anti-social behaviour, working "
     "with local communities and partners.", "Awaiting review", D(2024, 7, 5)),
    (14404, "peel23", REC,
     "Within six months the force should make sure officers and staff have the training they "
     "need to identify and respond to vulnerable adults.", "Awaiting review", D(2024, 7, 5)),
    (14405, "peel23", AFI,
     "The force should evaluate its work to prevent knife crime and share what works across "
     "the force.", "Awaiting review", D(2024, 7, 5)),
    (14406, "peel23", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "people with mental ill health.", "Awaiting review", D(2024, 7, 5)),
]

# --------------------------------------------------------------------------------------------
# Force side: the SharePoint list "HMICFRS Recommendations", item by item in ID order
# --------------------------------------------------------------------------------------------
LEADS = {
    "acc_crime": "mark.ellison@cheshire.police.uk",
    "acc_lp": "ian.pownall@cheshire.police.uk",
    "psd": "sarah.quayle@cheshire.police.uk",
    "fcr": "d.okafor@cheshire.police.uk",
    "pp": "helen.marsh@cheshire.police.uk",
    "fl": "paul.brereton@cheshire.police.uk",
    "contact": "joanne.tay@cheshire.police.uk",
    "corpdev": "richard.vaughan@cheshire.police.uk",
    "people": "kate.lindley@cheshire.police.uk",
    "cid": "steve.harding@cheshire.police.uk",
    "custody": "amy.cartwright@cheshire.police.uk",
    None: None,
}

ARCH = "Archive (pre-2018)"
CLOSED = "Closed"

# Each force row: dict. Keys used below:
#   id, title, ref, report (lookup value shown, None = empty / deleted), type, text, lead,
#   status (Progress status choice), pct, target (local date), update, folder, approved
#   (closure approved, local date), signed (bool), boards, d56, related, deputy, portfolio,
#   created (UTC), modified (UTC), ver, attach, kind ("item" / "template" / "test" / "folder"),
#   truth: list of (hmicfrs ref or None, category, why)
F: list[dict] = []


def item(**kw):
    kw.setdefault("kind", "item")
    F.append(kw)


U = dt.datetime  # UTC date-times as CSOM returns them

# ---- the list's template item, made when the list was built --------------------------------
item(id=1, kind="template", title="TEMPLATE - copy this item", ref=None, report=None,
     type="Recommendation", text="Paste the recommendation text exactly as published by "
     "HMICFRS. One item per recommendation / AFI. Put the register number in HMICFRS Ref.",
     lead=None, status="Not started", pct=0, target=None, update=None, folder="",
     approved=None, signed=False, boards=False, d56=False, related=False, deputy=False,
     portfolio=False, created=U(2021, 4, 14, 9, 52, 11), modified=U(2021, 4, 14, 9, 58, 40),
     ver="2.0", truth=[])

# ---- bulk import of the old workbook (14 April 2021), IDs 2-62 ------------------------------
item(id=2, title="S&S 2013 R1", ref="1187", report="Stop & Search 2013", type="National Rec",
     text="CCs & CoP to set out in the S&S APP a clear specification of what is effective & "
     "fair use of S&S powers, with guidance. Must be compliant with the Code of Practice.",
     lead="acc_lp", status="Complete", pct=1, target=D(2014, 3, 31),
     update="Completed. Evidence submitted to HMICFRS for closure.", folder=ARCH,
     approved=D(2016, 2, 23), signed=True, boards=True, d56=False,
     modified=U(2022, 3, 3, 14, 7, 52), ver="3.0",
     truth=[(1187, "in_sync", "Ref 1187 and the S&S 2013 report match; force text is a "
             "shortened copy. HMICFRS Complete, force Complete with closure approved: both "
             "closed.")])
item(id=3, title="S&S 2013 R2", ref="HMICFRS 1188", report="Stop & Search 2013",
     type="National Rec",
     text="Establish/improve monitoring of the way officers stop & search people so we are "
     "satisfied officers act in accordance with the law (incl. equality legislation & Code of "
     "Practice) & the power is used effectively to prevent crime, catch criminals & maintain "
     "public trust",
     lead="acc_lp", status="On track", pct=0.8, target=D(2018, 3, 31),
     update="Monitoring now via the S&S scrutiny dashboard - see PEEL Legit 17 recs. Keep open "
     "until HMICFRS confirm.", folder=ARCH, approved=None, signed=False, boards=True,
     related=True, modified=U(2022, 3, 3, 14, 8, 5), ver="4.0",
     truth=[(1188, "closeable_local", "Ref 1188 ('HMICFRS 1188') and text match. HMICFRS "
             "closed it as Superseded; the force item says On track with no closure date. It "
             "sits in the Archive (pre-2018) folder, but that folder is a tidy-up, not closure, "
             "so the force still has it open: close it locally.")])
item(id=4, title="S&S 2013 R3", ref="1189", report="Stop & Search 2013", type="National Rec",
     text="In consultation with elected local policing bodies, comply with the code of "
     "practice - explain to the public how S&S powers are used in the area & arrange for S&S "
     "records to be scrutinised by community reps. Involve those who are stopped & searched "
     "e.g. young people.",
     lead="acc_lp", status="Complete", pct=1, target=D(2014, 3, 31),
     update="Community scrutiny panels in place in all three LPAs.", folder=ARCH,
     approved=D(2016, 2, 23), signed=True, boards=True,
     modified=U(2022, 3, 3, 14, 8, 19), ver="3.0",
     truth=[(1189, "in_sync", "Ref 1189, S&S 2013, 'elected local policing bodies' wording: "
             "the 2013 item. Both closed (HMICFRS Complete, force Complete).")])
item(id=5, title="Everyone's Business - DA action plan", ref="HMIC 2321",
     report="Everyone's Business (DA) 2014", type="National Rec",
     text="By Sept 2014 establish & publish a DA action plan setting out in detail the steps "
     "the force will take to improve its approach to DA. Plan to be developed:\n"
     "- in consultation with the PCC, DA support orgs & victims' reps;\n"
     "- after close consideration of all recs in the report;\n"
     "- with reference to all relevant DHRs & IPCC findings; and\n"
     "- drawing on CPS scrutiny panels & MARAC self-assessments.",
     lead="pp", status="Complete", pct=1, target=D(2014, 9, 30),
     update="DA action plan published Sept 2014, refreshed annually.", folder=ARCH,
     approved=D(2015, 10, 20), signed=True, boards=True,
     modified=U(2022, 3, 3, 14, 8, 33), ver="3.0",
     truth=[(2321, "in_sync", "Ref 2321 ('HMIC 2321'); all four bullets present in short form. "
             "Both closed.")])
item(id=6, title="Austerity R1", ref="3010", report="Policing in Austerity 2014",
     type="National Rec",
     text="CC & PCC to review plans to deliver savings to ensure doing all we can to continue "
     "to reduce crime & protect the front line while balancing the budget. Use the VfM "
     "profiles.",
     lead="corpdev", status="On track", pct=0.9, target=D(2015, 3, 31),
     update="Addressed holistically as part of the force change programme (Cheshire 2025).",
     folder="", approved=None, signed=False, boards=True,
     modified=U(2023, 6, 5, 8, 41, 2), ver="6.0",
     truth=[(3010, "closeable_local", "Ref 3010 and text match. HMICFRS: No further action "
             "required (closed); force: On track, no closure date, not in a closed folder: "
             "close it locally.")])
item(id=7, title="Austerity R2 & R3", ref="3011/3012", report="Policing in Austerity 2014",
     type="National Rec",
     text="Assess whether scope to improve on collaboration savings (force plans <10% of "
     "savings through collaboration) AND whether decisive action taken to maintain crime "
     "fighting capacity where front line workforce reducing. HMIC to follow up in the autumn.",
     lead="corpdev", status="Complete", pct=1, target=D(2014, 10, 31),
     update="Both assessments provided to HMIC Oct 2014.", folder=ARCH,
     approved=D(2017, 11, 14), signed=True, boards=True,
     modified=U(2022, 3, 3, 14, 8, 51), ver="4.0",
     truth=[(3011, "in_sync", "One force row holds two items (ref '3011/3012'); first part: "
             "collaboration savings under 10%. HMICFRS No further action required, force "
             "Complete: both closed."),
            (3012, "in_sync", "Same force row, second part: decisive action to keep crime "
             "fighting capacity. Both closed.")])
item(id=8, title="Austerity R4", ref="3013", report="Policing in Austerity 2014",
     type="National Rec",
     text="Review plans for collaboration ahead of next spending round - scope for better VfM "
     "& improved capability/capacity through joint working with other forces, public and/or "
     "private sector",
     lead="corpdev", status="Complete", pct=1, target=D(2015, 3, 31),
     update="Joint working with Cheshire FRS (shared estates) and the North West ROCU.",
     folder=ARCH, approved=D(2017, 11, 14), signed=True, boards=True,
     modified=U(2022, 3, 3, 14, 9, 4), ver="4.0",
     truth=[(3013, "in_sync", "Ref 3013 and text match; both closed (No further action "
             "required / Complete).")])
item(id=9, title="Core Business THRC", ref="3350", report="Core Business 2014",
     type="National Rec",
     text="Not later than 31 March 2015 - provide call-handlers with specific, sound & "
     "comprehensible criteria to assess threat, harm & risk (THRC)",
     lead="contact", status="Complete", pct=1, target=D(2015, 3, 31),
     update="THRIVE adopted in the contact centre Feb 2015.", folder=ARCH,
     approved=D(2015, 5, 19), signed=True, boards=False,
     modified=U(2022, 3, 3, 14, 9, 17), ver="3.0",
     truth=[(3350, "in_sync", "Ref 3350, Core Business, 'Not later than 31 March 2015'. "
             "Not the CDI 2017 item with the same ask (ID 25, ref 7311). Both closed.")])
item(id=10, title="Integrity Matters R1", ref="4102", report="Integrity Matters 2015",
     type="National Rec",
     text="By 31 Aug 2015 CC to be satisfied there are processes to ensure misconduct "
     "investigations resulting in NFA are fair & free of any form of discrimination",
     lead="psd", status="Evidence submitted", pct=1, target=D(2015, 8, 31),
     update="Evidence submitted to HMICFRS for closure 12/06/2023 - PSD dip sample of NFA "
     "outcomes 2022/23 with EDI lens.", folder="", approved=None, signed=False, boards=True,
     modified=U(2023, 6, 12, 13, 22, 48), ver="7.0",
     truth=[(4102, "closeable_submit", "Ref 4102 and text match. HMICFRS Awaiting review "
             "(open); force status Evidence submitted (done on the force side): submit / chase "
             "closure.")])
item(id=11, title="Stop & search - community scrutiny", ref=None, report=None,
     type="National Rec",
     text="CCs, in consultation with PCCs, to comply with the Code of Practice by explaining "
     "to the public how S&S powers are used & by making arrangements for S&S records to be "
     "scrutinised by community reps. To involve people who are stopped & searched eg young "
     "people.",
     lead="acc_lp", status="Complete", pct=1, target=D(2015, 9, 30),
     update="Covered by the S&S community scrutiny panel ToR (2015 refresh).", folder=ARCH,
     approved=D(2017, 4, 25), signed=True, boards=True,
     modified=U(2022, 3, 3, 14, 9, 40), ver="3.0",
     truth=[(4417, "in_sync", "No ref and an empty Report (its lookup entry 'Stop and Search 2 "
             "(2015)' was deleted from the reports list). Text is the S&S community-scrutiny "
             "ask, 'in consultation with PCCs' = the 2015 wording (2013 says 'elected local "
             "policing bodies', and 1189 is already ID 4). So 4417. Both closed.")])
item(id=12, title="Building the Picture R1", ref="4630", report="Building the Picture 2015",
     type="National Rec",
     text="By 30 November 2016, CCs should put in place arrangements to scrutinise audits of "
     "compliance with the APP on information management through the force IM governance "
     "structure. Incl. measures to ensure categorisation of records is regularly adjusted.",
     lead="corpdev", status="Complete", pct=1, target=D(2016, 11, 30),
     update="IM audits reported to the Information Assurance Board quarterly.", folder=ARCH,
     approved=D(2016, 11, 22), signed=True, boards=True,
     modified=U(2022, 3, 3, 14, 9, 55), ver="3.0",
     truth=[(4630, "conflict", "Ref 4630 and report Building the Picture match, both closed, "
             "but the force copy's deadline says 'By 30 November 2016' where HMICFRS has "
             "'By 30 November 2015' (deadline disagrees). Not 7313, the CDI AFI with the same "
             "ask: ref and report say 4630.")])
item(id=13, title="Firearms R1 governance", ref="ID 5201",
     report="Targeting the Risk (Firearms Licensing) 2015", type="National Rec",
     text="Within 3 months assess how well goverance of firearms licensing meets APP "
     "standards; where not met put correct arrangements in place immediately",
     lead="fl", status="Complete", pct=1, target=D(2015, 12, 15),
     update="Governance review completed Dec 2015.", folder=ARCH, approved=D(2016, 6, 7),
     signed=True, modified=U(2022, 3, 3, 14, 10, 9), ver="3.0",
     truth=[(5201, "in_sync", "Ref 'ID 5201' = 5201; text matches (misspelt 'goverance'). "
             "Both closed.")])
item(id=14, title="Firearms R2 demand", ref="ID 5202",
     report="Targeting the Risk (Firearms Licensing) 2015", type="National Rec",
     text="Within 3 months assess demand on the FLU & ensure capacity to meet it & provide an "
     "efficient/effective service at all times",
     lead="fl", status="Complete", pct=1, target=D(2015, 12, 15),
     update="Two additional FEOs recruited.", folder=ARCH, approved=D(2016, 6, 7),
     signed=True, modified=U(2022, 3, 3, 14, 10, 22), ver="3.0",
     truth=[(5202, "in_sync", "Ref 5202 and text match; both closed.")])
item(id=15, title="Firearms R3 & R4", ref="ID 5203 + 5204",
     report="Targeting the Risk (Firearms Licensing) 2015", type="National Rec",
     text="'Total expired' licensing records - satisfy ourselves all appropriate action "
     "taken (immediately).\nTemporary permits - in line with HO guidance, recorded without "
     "delay on NFLMS, no certificate holder left in unlawful possession of a firearm "
     "(3 months).",
     lead="fl", status="Complete", pct=1, target=D(2015, 12, 15),
     update="Total expired cleared Jan 2016; temp permit process rewritten.", folder=ARCH,
     approved=D(2016, 6, 7), signed=True, modified=U(2022, 3, 3, 14, 10, 37), ver="3.0",
     truth=[(5203, "in_sync", "One force row holds two items (ref 'ID 5203 + 5204'); first "
             "line is 'total expired' records. Both closed."),
            (5204, "in_sync", "Same force row, second line: temporary permits. Both closed.")])
item(id=16, title="Firearms R5 incidents at FAC holder address", ref="ID 5205",
     report="Targeting the Risk (Firearms Licensing) 2015", type="National Rec",
     text="Within 3 months ensure systems identify, before police attend, whether an incident "
     "involves or is at the address of a firearm certificate holder & are always applied by "
     "dispatchers; officers understand the risk assessment & their power to seize firearms / "
     "certificates.",
     lead="contact", status="On track", pct=0.7, target=D(2024, 12, 31),
     update="STORM flag for FAC holders live; dispatcher prompt in testing with the new "
     "command & control system.", folder="", approved=None, signed=False,
     modified=U(2024, 9, 30, 10, 12, 44), ver="11.0",
     truth=[(5205, "in_sync", "Ref 5205 and text match; HMICFRS Being progressed, force On "
             "track: both open.")])
# ID 17 was deleted (a duplicate of ID 16)
item(id=18, title="PEEL Eff 16 CoC - DA", ref=None, report="PEEL Effectiveness 2016",
     type="Cause for Concern",
     text="Force's response to DA is a cause of concern. Policy allows officer discretion to "
     "complete a DASH in some crimes/incidents - no confidence risk always assessed "
     "appropriately. Officers not consistently completing DASH where policy requires -> some "
     "DA victims at risk of harm not appropriately risk-assessed.",
     lead="pp", status="Complete", pct=1, target=D(2017, 9, 30),
     update="All DA incidents now risk-assessed (FET decision 25 July).", folder="",
     approved=D(2019, 2, 26), signed=True, boards=True, d56=True,
     modified=U(2021, 4, 14, 10, 23, 2), ver="1.0",
     truth=[(6120, "in_sync", "No ref, but the PEEL Effectiveness 2016 cause of concern on "
             "DASH discretion is the only one like it. HMICFRS Complete, force Complete: both "
             "closed.")])
item(id=19, title="PEEL Eff 16 Rec 1", ref="6121", report="PEEL Effectiveness 2016",
     type="Recommendation",
     text="Immediately take steps to ensure effective supervison of the initial risk "
     "assessment process, specifically completion of DASH in appropriate cases.",
     lead="pp", status="Off track", pct=0.4, target=D(2017, 10, 31),
     update="The Force Executive Team agreed on 25 July that we would risk-assess all DA "
     "incidents. A Task & Finish group has been set up and a full implementation/project plan, "
     "policy rewrite and communications plan is now completed.\nSupervisory review rate still "
     "below 80% - Red at Sept PIB.", folder="", approved=None, signed=False, boards=True,
     d56=True, deputy=True, modified=U(2024, 9, 16, 15, 2, 31), ver="14.0",
     truth=[(6121, "in_sync", "Ref 6121 and text match (misspelt 'supervison'). HMICFRS Being "
             "progressed, force Off track: both open.")])
item(id=20, title="PEEL Eff 16 CoC - missing children", ref="6122",
     report="PEEL Effectiveness 2016", type="Cause for Concern",
     text="Response to missing & absent children is a cause of concern - risk assessment for "
     "children missing from home inappropriate in some cases; children classed 'absent' who "
     "should have been 'missing'; risk levels sometimes assessed too low.",
     lead="pp", status="On track", pct=0.75, target=D(2018, 3, 31),
     update="Missing from home policy rewritten; absent category withdrawn April 2019.",
     folder="", approved=None, signed=False, boards=True, d56=True,
     modified=U(2023, 1, 9, 9, 30, 0), ver="8.0",
     truth=[(6122, "closeable_local", "Ref 6122 and text match. HMICFRS closed it as "
             "Superseded; the force still has it On track with no closure date: close "
             "locally.")])
item(id=21, title="PEEL Eff 16 Rec 2", ref="6123", report="PEEL Effectiveness 2016",
     type="Recommendation",
     text="Immediately review approach to reports of missing children & ensure that:\n"
     "• call takers understand & use the missing and absent category appropriately; and\n"
     "• supervisors provide correct oversight of missing person enquiries & direct timely "
     "investigative & safeguarding action",
     lead="pp", status="Complete", pct=1, target=D(2017, 6, 30),
     update="Completed. Evidence submitted to HMICFRS for closure.", folder="",
     approved=D(2019, 5, 21), signed=True, boards=True, d56=True,
     modified=U(2021, 4, 14, 10, 23, 31), ver="1.0",
     truth=[(6123, "conflict", "Ref 6123 and text match and both are closed (Superseded / "
             "Complete), but the force copy has two of the three bullets: the one on call "
             "takers' and frontline staff's knowledge of child sexual exploitation risk factors "
             "is missing.")])
item(id=22, title="PEEL Eff 16 Rec 3", ref="6124", report="PEEL Effectiveness 2016",
     type="Recommendation",
     text="Understand & address why such a high proportion of DA victims do not support the "
     "police investigation",
     lead="pp", status="Complete", pct=1, target=D(2017, 9, 30),
     update="Victim attrition analysis completed; evidence-led prosecution guidance issued.",
     folder="", approved=D(2018, 9, 25), signed=True, d56=True,
     modified=U(2021, 4, 14, 10, 23, 45), ver="1.0",
     truth=[(6124, "in_sync", "Ref 6124 and text match; both closed.")])
# ID 23 was deleted
item(id=24, title="CDI 2017 Rec 1", ref="7301", report="Crime Data Integrity 2017",
     type="Recommendation",
     text="Within 6 months put in place arrangements to ensure:\n"
     "• victims are believed at the point of report\n"
     "• call handler/caller conversations summarised accurately in the incident log\n"
     "• multiple crimes always recorded\n"
     "• stop waiting for medical exam / video interview results before crime recording "
     "decisions\n"
     "• online crime reports triaged at point of receipt for ongoing risk",
     lead="fcr", status="Evidence submitted", pct=1, target=D(2018, 3, 7),
     update="Allocated to the Force Crime Registrar. Progress sent to the OPCC on 2 November to "
     "inform the 56-day response.\nCDI re-audit Q1 2024 = 93% compliance. Evidence pack sent "
     "to HMICFRS 02/09/2024.", folder="", approved=None, signed=False, boards=True, d56=True,
     modified=U(2024, 9, 2, 11, 47, 3), ver="12.0",
     truth=[(7310, "closeable_submit", "Ref typed '7301', which is on no list; text (victims "
             "believed, incident log, multiple crimes, medical exams, online reports: all five "
             "bullets) and report CDI 2017 give 7310. HMICFRS Being progressed (open), force "
             "Evidence submitted (done): submit for closure.")])
item(id=25, title="CDI 2017 Rec 2", ref="7311", report="Crime Data Integrity 2017",
     type="Recommendation",
     text="Within 3 months provide call-handlers with specific, sound & comprehensible THRC "
     "criteria",
     lead="contact", status="Complete", pct=1, target=D(2017, 12, 7),
     update="THRIVE refresher for all call handlers.", folder="", approved=D(2018, 6, 12),
     signed=True, d56=True, modified=U(2021, 4, 14, 10, 24, 13), ver="1.0",
     truth=[(7311, "in_sync", "Ref 7311, CDI 2017, 'Within 3 months'. Same ask as Core "
             "Business 3350 (ID 9) but ref and report decide. Both closed.")])
item(id=26, title="CDI 2017 AFI 1", ref="7312", report="Crime Data Integrity 2017",
     type="AFI",
     text="Improve use of the crime recording & management system to better manage case files "
     "& investigative processes",
     lead="fcr", status="On track", pct=0.5, target=D(2025, 3, 31),
     update="Dependent on Niche upgrade (phase 2).", folder="", approved=None, signed=False,
     d56=True, modified=U(2024, 7, 22, 8, 15, 36), ver="9.0",
     truth=[(7312, "in_sync", "Ref 7312 and text match; Awaiting review / On track: both "
             "open.")])
item(id=27, title="PEEL Efficiency 17 AFI 1", ref="7425", report="PEEL Efficiency 2017",
     type="AFI",
     text="Ensure sufficient resources in the control room to fulfil the resourcing model and "
     "meet demand, taking into account the wellbeing of the workforce",
     lead="contact", status="On track", pct=0.6, target=D(2024, 3, 31),
     update="Contact centre uplift of 18 FTE agreed in 2024/25 budget.", folder="",
     approved=None, signed=False, d56=True, modified=U(2024, 5, 20, 9, 3, 12), ver="10.0",
     truth=[(7425, "in_sync", "Ref 7425 and text match; both open.")])
item(id=28, title="PEEL Efficiency 17 AFI 2", ref="7426", report="PEEL Efficiency 2017",
     type="AFI",
     text="Further work to understand current & likely future demand so resources can be "
     "matched to demand",
     lead="corpdev", status="Complete", pct=1, target=D(2018, 11, 30),
     update="Demand model and FMS 2018 completed.", folder="", approved=D(2019, 1, 29),
     signed=True, d56=True, modified=U(2021, 4, 14, 10, 24, 55), ver="1.0",
     truth=[(7426, "in_sync", "Ref 7426 and text match; both closed.")])
item(id=29, title="PEEL Efficiency 17 AFI 3", ref="7427", report="PEEL Efficiency 2017",
     type="AFI",
     text="Develop a future workforce plan aligned with overall demand & budget (resource "
     "allocations, skills mix, behaviours)",
     lead="people", status="Evidence submitted", pct=1, target=D(2019, 3, 31),
     update="Strategic Workforce Plan 2023-27 approved by COG. Evidence sent to FLL "
     "14/08/2024.", folder="", approved=None, signed=False, d56=True,
     modified=U(2024, 8, 14, 16, 9, 27), ver="9.0",
     truth=[(7427, "closeable_submit", "Ref 7427 and text match. HMICFRS Being progressed, "
             "force Evidence submitted: submit for closure.")])
item(id=30, title="Digital plan (PEEL Efficiency 17)", ref="7420",
     report="PEEL Efficiency 17 (all forces)", type="National Rec",
     text="By Sept 2018 CC to produce an ambitious plan to improve digitally-enabled services "
     "within the force.",
     lead="corpdev", status="Complete", pct=1, target=D(2018, 9, 30),
     update="Digital Policing Strategy 2018-21 published; refreshed 2023.", folder="",
     approved=D(2019, 4, 30), signed=True, boards=True,
     modified=U(2021, 4, 14, 10, 25, 20), ver="1.0",
     truth=[(7420, "closeable_submit", "Force split 7420 over two rows; this one is the first "
             "sentence (chief constables' digital plan), Complete. The other part (ID 31) is "
             "'Not for force'. Every part done; HMICFRS Being progressed: submit for "
             "closure.")])
item(id=31, title="Digital - national framework (not for force)", ref="7420",
     report="PEEL Efficiency 17 (all forces)", type="National Rec",
     text="HO, NPCC & APCC to support development of these plans by establishing a national "
     "framework for digitally enabled services across force boundaries.",
     lead="corpdev", status="Not for force", pct=None, target=None,
     update="Not the force's responsibility to deliver; dependent upon another organisation.",
     folder="", approved=None, signed=False,
     modified=U(2021, 4, 14, 10, 25, 31), ver="1.0",
     truth=[(7420, "closeable_submit", "Second part of 7420 (Home Office / NPCC / APCC "
             "national framework), force status Not for force = done on the force side. With "
             "ID 30 Complete the item is done; HMICFRS open: submit for closure.")])
item(id=32, title="Stolen Freedom - Leadership (1 of 2)", ref="REC-7001",
     report="Stolen Freedom (MSHT) 2017", type="National Rec",
     text="Within 12 months review leadership & governance for MSHT to ensure:\n"
     "• senior leaders prioritise the response to MSHT;\n"
     "• every incident of modern slavery identified to police is allocated appropriate "
     "resources with the skills, experience & capacity to investigate it effectively",
     lead="cid", status="Complete", pct=1, target=D(2018, 10, 24),
     update="MSHT gold group chaired by ACC Crime; all MS crimes allocated to CID.", folder="",
     approved=None, signed=False, boards=True, modified=U(2022, 10, 3, 9, 11, 40), ver="5.0",
     truth=[(7001, "in_sync", "Force split 7001 (ref 'REC-7001') over two rows; this row holds "
             "bullets 1-2 and is Complete, but the other part (ID 33) is On track, so the "
             "force item is open. HMICFRS Being progressed: both open.")])
item(id=33, title="Stolen Freedom - Leadership (2 of 2)", ref="REC-7001",
     report="Stolen Freedom (MSHT) 2017", type="National Rec",
     text="• effective partnership arrangements to co-ordinate activity, share info & "
     "safeguard victims; and\n"
     "• performance & QA measures in place so senior leaders can assess the nature & quality "
     "of service to victims",
     lead="cid", status="On track", pct=0.6, target=D(2024, 12, 31),
     update="Performance framework for MSHT to go to the Crime Standards Board in Nov.",
     folder="", approved=None, signed=False, boards=True,
     modified=U(2024, 9, 23, 14, 55, 18), ver="9.0",
     truth=[(7001, "in_sync", "Second part of 7001 (bullets 3-4), On track: the item is open "
             "on both sides.")])
item(id=34, title="Stolen Freedom - Intelligence", ref="REC-7002",
     report="Stolen Freedom (MSHT) 2017", type="National Rec",
     text="Within 6 months have active ISAs with other agencies to speed up exchange of "
     "intelligence, safeguard victims better & identify suspects as early as possible",
     lead="cid", status="Evidence submitted", pct=1, target=D(2018, 4, 24),
     update="ISAs in place with all 4 local authorities, GLAA and UKBF. Evidence sent to "
     "HMICFRS 11/03/2024.", folder="", approved=None, signed=False,
     modified=U(2024, 3, 11, 12, 0, 9), ver="7.0",
     truth=[(7002, "closeable_submit", "Ref 'REC-7002' and text match (the register's copy has "
             "a stray footnote '86'). HMICFRS Awaiting review, force Evidence submitted: "
             "submit for closure.")])
item(id=35, title="Stolen Freedom - s45 defence", ref="REC-7003",
     report="Stolen Freedom (MSHT) 2017", type="National Rec",
     text="Immediately ensure all victims carrying out criminal acts under compulsion "
     "attributable to slavery/exploitation get early & continuing consideration of the s45 "
     "defence",
     lead="cid", status="Complete", pct=1, target=D(2017, 12, 31),
     update="s45 prompt added to custody and charging checklists.", folder=CLOSED,
     approved=D(2020, 1, 28), signed=True, modified=U(2022, 3, 3, 14, 21, 6), ver="5.0",
     truth=[(7003, "in_sync", "Ref 7003 and text match; HMICFRS Complete, force Complete in "
             "the Closed folder: both closed.")])
item(id=36, title="Stolen Freedom - NRM", ref="REC-7004",
     report="Stolen Freedom (MSHT) 2017", type="National Rec",
     text="Immediately ensure fully compliant with the NRM process as it evolves & notify the "
     "HO of any individual suspected to be an adult victim of MSHT (MSA 2015 duty to notify)",
     lead="cid", status="On track", pct=0.8, target=D(2024, 12, 31),
     update="Duty to notify compliance 88% (Q1 audit).", folder="", approved=None,
     signed=False, modified=U(2024, 7, 1, 10, 40, 51), ver="8.0",
     truth=[(7004, "in_sync", "Ref 7004 and text match; both open.")])
item(id=37, title="Stolen Freedom - Crime recording", ref="REC-7005",
     report="Stolen Freedom (MSHT) 2017", type="National Rec",
     text="Immediately ensure full compliance with NCRS for MSHT offences; sufficient audit "
     "capacity available to the FCR to give reassurance on gaps in crime-recording accuracy",
     lead="fcr", status="Complete", pct=1, target=D(2018, 3, 31),
     update="MSHT included in the FCR rolling audit plan since 2019. Closure approved by "
     "COG.", folder=CLOSED, approved=D(2024, 5, 14), signed=True,
     modified=U(2024, 5, 14, 15, 30, 2), ver="8.0",
     truth=[(7005, "closeable_submit", "Ref 7005 and text match. Force: Complete, signed off, "
             "closure approved, moved to Closed; HMICFRS still Being progressed: submit for "
             "closure.")])
item(id=38, title="Stolen Freedom - Investigation", ref="REC-7006",
     report="Stolen Freedom (MSHT) 2017", type="National Rec",
     text="Immediately ensure MSHT allegations are thoroughly investigated & effectively "
     "supervised by teams with the right skills & experience (incl. JITs & intel / evidence "
     "from agencies overseas)",
     lead="cid", status="Off track", pct=0.3, target=D(2024, 6, 30),
     update="Little work yet undertaken in this area. Unlikely to reach deadlines.", folder="",
     approved=None, signed=False, modified=U(2024, 7, 1, 10, 42, 13), ver="7.0",
     truth=[(7006, "in_sync", "Ref 7006 and text match; Being progressed / Off track: both "
             "open.")])
item(id=39, title="PEEL Legit 17 S&S - CoC", ref="8541",
     report="PEEL Legit 17 S&S (all forces)", type="National Rec",
     text="Force unable to demonstrate use of S&S powers is consistently reasonable & fair - "
     "over-representation of BAME people, & black people in particular, in S&S data",
     lead="acc_lp", status="On track", pct=0.5, target=D(2024, 12, 31),
     update="Disproportionality panel meets monthly.", folder="", approved=None, signed=False,
     boards=True, related=True, modified=U(2024, 6, 10, 11, 17, 45), ver="8.0",
     truth=[(8541, "conflict", "Ref 8541 and text match, both open, but HMICFRS holds it as a "
             "Cause of concern and the force's Item Type says National Rec (type "
             "disagrees).")])
item(id=40, title="PEEL Legit 17 S&S - R1 monitoring", ref="#8542",
     report="PEEL Legit 17 S&S (all forces)", type="National Rec",
     text="By July 2018 regularly & frequently monitor a comprehensive set of S&S data to "
     "understand:\n"
     "•reasons for any disproportionality by ethnic group;\n"
     "•extent find rates differ between ethnicities & search types (incl. drug possession vs "
     "supply);\n"
     "•prevalence of possession-only drug searches & alignment with local/force priorities",
     lead="acc_lp", status="On track", pct=0.8, target=D(2018, 7, 31),
     update="Monthly S&S dashboard in place; drug possession-only searches reported to PIB.",
     folder="", approved=None, signed=False, boards=True,
     modified=U(2024, 6, 10, 11, 18, 2), ver="8.0",
     truth=[(8542, "in_sync", "Ref '#8542' and text match, all three bullets; both open.")])
item(id=41, title="PEEL Legit 17 S&S - R2 & R3", ref="#8543 #8544",
     report="PEEL Legit 17 S&S (all forces)", type="National Rec",
     text="Where disparities identified - show the public we have researched/analysed the "
     "reasons & taken action to reduce them where necessary. Publish the analysis & actions "
     "at least annually from July 2018.",
     lead="acc_lp", status="On track", pct=0.6, target=D(2019, 7, 31),
     update="2023/24 analysis due on the website Nov 2024.", folder="", approved=None,
     signed=False, boards=True, modified=U(2024, 6, 10, 11, 18, 20), ver="7.0",
     truth=[(8543, "in_sync", "One force row holds two items (ref '#8543 #8544'); first "
             "sentence: research and action on disparities. Both open."),
            (8544, "in_sync", "Same force row, second sentence: publish the analysis annually "
             "from July 2018. Both open.")])
item(id=42, title="PEEL Legit 17 S&S - R4 UB training", ref="#8545",
     report="PEEL Legit 17 S&S (all forces)", type="National Rec",
     text="By July 2018 & ongoing - all officers using S&S powers trained on unconscious bias "
     "& CoP APP on S&S",
     lead="acc_lp", status="On track", pct=0.9, target=D(2018, 7, 31),
     update="Ongoing - new joiners trained through the PEQF programme.", folder="",
     approved=None, signed=False, modified=U(2023, 2, 6, 9, 0, 37), ver="6.0",
     truth=[(8545, "closeable_local", "Ref 8545 and text match. HMICFRS Complete (closed); "
             "force On track with no closure date: close locally.")])
item(id=43, title="NCPI 2018 Rec 1", ref="8760", report="NCPI 2018", type="Recommendation",
     text="Within 6 months, with children's social care, review how we manage detention of "
     "children:\n"
     "• only detained when absolutely necessary & for minimum time;\n"
     "• early assessment of need for alternative accomodation (secure or otherwise);\n"
     "• custody staff comply with statutory duty to complete detention certificates after "
     "charge;\n"
     "• custody staff record all actions & decisions;\n"
     "• timelier appropriate adult support for children arrested",
     lead="custody", status="On track", pct=0.7, target=D(2018, 12, 21),
     update="Concordat on children in custody signed with all 4 LAs; AA provision "
     "re-tendered.", folder="", approved=None, signed=False, d56=True, deputy=True,
     modified=U(2024, 3, 25, 14, 4, 50), ver="9.0",
     truth=[(8760, "in_sync", "Ref 8760 and text match, all five bullets (misspelt "
             "'accomodation'); both open.")])
item(id=44, title="NCPI 2018 Rec 2", ref="8761", report="NCPI 2018", type="Recommendation",
     text="Within 3 months ensure CSE investigations allocated to officers with the right "
     "skills & effectively supervised",
     lead="pp", status="Complete", pct=1, target=D(2018, 9, 21),
     update="CSE investigations moved to the Public Protection hubs.", folder="",
     approved=D(2019, 4, 30), signed=True, d56=True, modified=U(2021, 4, 14, 10, 28, 9),
     ver="1.0",
     truth=[(8761, "in_sync", "Ref 8761 and text match; both closed.")])
item(id=45, title="PEEL 18/19 Rec 1", ref="9410", report="PEEL 2018/19", type="Recommendation",
     text="Within six months ensure regular & active supervision of quality & progress of "
     "investigations - supervision to be properly recorded",
     lead="cid", status="Complete", pct=1, target=D(2019, 11, 2),
     update="Supervisory review template mandatory on Niche.", folder=CLOSED,
     approved=D(2021, 2, 23), signed=True, d56=True, modified=U(2022, 3, 3, 14, 21, 40),
     ver="6.0",
     truth=[(9410, "in_sync", "Ref 9410 and text match; both closed (force Complete, in "
             "Closed).")])
item(id=46, title="PEEL 18/19 Rec 2", ref="9411", report="PEEL 2018/19", type="Recommendation",
     text="Within six months improve ability to retrieve digital evidence from phones, "
     "computers & other devices quickly enough that investigations aren't delayed",
     lead="cid", status="On track", pct=0.5, target=D(2019, 11, 2),
     update="DFU backlog down to 6 weeks; kiosks in all custody suites.", folder="",
     approved=None, signed=False, d56=True, modified=U(2024, 8, 5, 9, 51, 14), ver="10.0",
     truth=[(9411, "in_sync", "Ref 9411 and text match; both open.")])
item(id=47, title="PEEL 18/19 Rec 3", ref="9412", report="PEEL 2018/19", type="Recommendation",
     text="Within twelve months improve understanding of suspects released under "
     "investigation (RUI) & management of those on bail",
     lead="cid", status="On track", pct=0.5, target=D(2020, 5, 2),
     update="RUI reduced by 40% since Bail Act changes.", folder="", approved=None,
     signed=False, d56=True, modified=U(2024, 8, 5, 9, 52, 40), ver="9.0",
     truth=[(9412, "conflict", "Ref 9412 and text match, both open, but the force copy says "
             "'Within twelve months' where HMICFRS says 'within six months' (timescale "
             "disagrees).")])
item(id=48, title="PEEL 18/19 AFI 1", ref="9413", report="PEEL 2018/19", type="AFI",
     text="Develop understanding of the links between outcomes, outputs & costs",
     lead="corpdev", status="Evidence submitted", pct=1, target=D(2020, 3, 31),
     update="Outcome-based budgeting in place for 2024/25. Evidence sent to HMICFRS "
     "23/09/2024.", folder="", approved=None, signed=False,
     modified=U(2024, 9, 23, 16, 2, 11), ver="8.0",
     truth=[(9413, "closeable_submit", "Ref 9413 and text match; HMICFRS Being progressed, "
             "force Evidence submitted: submit for closure.")])
item(id=49, title="PEEL 18/19 AFI 2", ref="9414", report="PEEL 2018/19", type="AFI",
     text="All staff to hold at least the lowest level of vetting clearance asap - clear "
     "backlog & renewals, full compliance with national vetting guidelines",
     lead="psd", status="Complete", pct=1, target=D(2020, 3, 31),
     update="Backlog cleared Aug 2021.", folder="", approved=D(2021, 10, 26), signed=True,
     modified=U(2021, 10, 26, 15, 8, 44), ver="4.0",
     truth=[(9414, "in_sync", "Ref 9414 and text match; both closed.")])
item(id=50, title="PEEL 18/19 AFI 3", ref="9415", report="PEEL 2018/19", type="AFI",
     text="RASSO investigations allocated to officers with the right skills & effectively "
     "supervised",
     lead="pp", status="On track", pct=0.6, target=D(2020, 3, 31),
     update="Operation Soteria roll-out 2023-24.", folder="", approved=None, signed=False,
     modified=U(2023, 9, 11, 10, 5, 59), ver="7.0",
     truth=[(9415, "closeable_local", "Ref 9415 and text match (RASSO = rape and serious "
             "sexual offences). HMICFRS Superseded (closed), force On track: close "
             "locally.")])
item(id=51, title="PEEL 18/19 AFI 4", ref="9416", report="PEEL 2018/19", type="AFI",
     text="Improve partnership working to safeguard people at risk from county lines",
     lead="acc_crime", status="On track", pct=0.5, target=D(2020, 3, 31),
     update="Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
     folder="", approved=None, signed=False, modified=U(2024, 4, 8, 8, 33, 21), ver="6.0",
     truth=[(9416, "in_sync", "Ref 9416 and text match; both open.")])
item(id=52, title="Powers spotlight R1", ref="11230",
     report="Police powers spotlight (Feb 21)", type="National Rec",
     text="By July 2022 ensure officers & staff have effective communication skills in line "
     "with National Policing Guidelines on Conflict Management - in addition to existing "
     "conflict mgmt & de-escalation training",
     lead="acc_lp", status="On track", pct=0.7, target=D(2022, 7, 31),
     update="Comms skills module added to OST 2024.", folder="", approved=None, signed=False,
     modified=U(2024, 2, 19, 13, 26, 8), ver="6.0",
     truth=[(11230, "in_sync", "Ref 11230 and text match; both open.")])
item(id=53, title="Powers spotlight R2", ref="11231",
     report="Police powers spotlight (Feb 21)", type="National Rec",
     text="By July 2021 reinforce comms skills through CPD for officers & staff; supervisors "
     "supported to debrief officers on these skills using BWV footage",
     lead="acc_lp", status="On track", pct=1, target=D(2021, 7, 31),
     update="BWV debrief guide for sergeants issued. Closure approved by the S&S and Use of "
     "Force Board 09/07/2024.", folder=CLOSED, approved=D(2024, 7, 9), signed=True,
     modified=U(2024, 7, 10, 8, 2, 55), ver="7.0",
     truth=[(11231, "closeable_submit", "Ref 11231 and text match. Progress status was never "
             "moved off On track, but the item has a closure-approved date, a sign-off, 100% "
             "and sits in the Closed folder: done on the force side. HMICFRS Being progressed: "
             "submit for closure.")])
item(id=54, title="Powers spotlight R3 (a) BWV all S&S", ref="11232",
     report="Police powers spotlight (Feb 21)", type="National Rec",
     text="By Sept 2021 - officers record on BWV (when available) the entirety of all S&S "
     "encounters, incl. traffic stops & use of force incidents",
     lead="acc_lp", status="Complete", pct=1, target=D(2021, 9, 30),
     update="BWV policy mandates recording of every S&S.", folder=CLOSED,
     approved=D(2022, 1, 25), signed=True, modified=U(2022, 3, 3, 14, 22, 31), ver="5.0",
     truth=[(11232, "closeable_submit", "Force split 11232 into three rows (a)-(c), one per "
             "paragraph; (a) BWV recording of every S&S, Complete in Closed. All three parts "
             "done; HMICFRS Awaiting review: submit for closure.")])
item(id=55, title="Powers spotlight R3 (b) BWV internal review", ref="11232",
     report="Police powers spotlight (Feb 21)", type="National Rec",
     text="Structured process to regularly review & monitor internally a sufficient sample of "
     "BWV footage - identify & share learning, hold officers to account",
     lead="acc_lp", status="Complete", pct=1, target=D(2021, 9, 30),
     update="Monthly supervisory BWV dip sample.", folder=CLOSED, approved=D(2022, 1, 25),
     signed=True, modified=U(2022, 3, 3, 14, 22, 44), ver="5.0",
     truth=[(11232, "closeable_submit", "11232 part (b): internal BWV review, Complete. Item "
             "done on the force side, open on HMICFRS: submit for closure.")])
item(id=56, title="Powers spotlight R3 (c) BWV external scrutiny", ref="11232",
     report="Police powers spotlight (Feb 21)", type="National Rec",
     text="External scrutiny panel members given access to samples of BWV footage of S&S and "
     "use of force, with the safeguards in CoP APP",
     lead="acc_lp", status="Complete", pct=1, target=D(2021, 9, 30),
     update="Panel views BWV quarterly.", folder=CLOSED, approved=D(2022, 1, 25), signed=True,
     modified=U(2022, 3, 3, 14, 22, 58), ver="5.0",
     truth=[(11232, "closeable_submit", "11232 part (c): external scrutiny of BWV, Complete. "
             "Item done on the force side, open on HMICFRS: submit for closure.")])
item(id=57, title="Powers spotlight R4 (HO/NPCC)", ref="11233",
     report="Police powers spotlight (Feb 21)", type="National Rec",
     text="HO & NPCC to improve quality of data on incidents where force used to effect a S&S, "
     "for publication. Not for force.",
     lead="acc_lp", status="Not for force", pct=None, target=None,
     update="Not the force's responsibility to deliver; dependent upon another organisation.",
     folder="", approved=None, signed=False, modified=U(2021, 4, 14, 10, 30, 12), ver="1.0",
     truth=[(11233, "in_sync", "Ref 11233 and text match. HMICFRS No further action required "
             "(closed); force Not for force (done): both closed.")])
# ID 58 was deleted
item(id=59, title="Powers spotlight R5", ref="11234",
     report="Police powers spotlight (Feb 21)", type="National Rec",
     text="By July 2021 effective internal monitoring of use of force - identify & understand "
     "disproportionate use, explain reasons & implement improvement action",
     lead="acc_lp", status="On track", pct=0.6, target=D(2021, 7, 31),
     update="Use of force data now in the S&S dashboard.", folder="", approved=None,
     signed=False, boards=True, modified=U(2024, 2, 19, 13, 27, 30), ver="6.0",
     truth=[(11234, "in_sync", "Ref 11234 and text match; both open.")])
item(id=60, title="Local action - DA policy T&F", ref=None, report="PEEL Effectiveness 2016",
     type="Force action",
     text="Task & Finish group to review the domestic abuse policy and report to the Force "
     "Executive Team",
     lead="pp", status="Complete", pct=1, target=D(2017, 10, 31),
     update="The policy is now signed off and in place with an implementation date of the end "
     "of October.", folder="", approved=None, signed=False,
     modified=U(2021, 4, 14, 10, 30, 40), ver="1.0",
     truth=[(None, "not_on_hmicfrs_list", "Item type Force action, no ref: the force's own "
             "action under the PEEL Effectiveness 2016 DA work, not an HMICFRS item.")])
item(id=61, title="PEEL Legitimacy 17 AFI - E&D data", ref="8612",
     report="PEEL Legitimacy 2017", type="AFI",
     text="Review how we gather & use equality & diversity data to improve understanding of "
     "workforce demographics",
     lead="people", status="On track", pct=0.7, target=D(2018, 12, 31),
     update="HR self-service diversity data campaign 2023.", folder="", approved=None,
     signed=False, modified=U(2023, 11, 13, 10, 14, 26), ver="5.0",
     truth=[(None, "not_on_hmicfrs_list", "Ref 8612 and the force-level PEEL Legitimacy 2017 "
             "report are not on the definitive list, and no HMICFRS item asks about equality "
             "and diversity data: query with HMICFRS.")])
item(id=62, title="Abuse of position - national CoC", ref=None,
     report="Abuse of position for a sexual purpose 2017", type="Cause for Concern",
     text="National cause of concern - forces' ability to seek intelligence on potential abuse "
     "of position for sexual gain. Force plan: review of CCU capability & capacity, IT "
     "monitoring, intel from orgs that support vulnerable people.",
     lead="psd", status="Complete", pct=1, target=D(2018, 4, 30),
     update="CCU uplift and IT monitoring software in place; HMICFRS letter Oct 2017.",
     folder="", approved=D(2019, 3, 26), signed=True,
     modified=U(2021, 4, 14, 10, 31, 5), ver="1.0",
     truth=[(None, "not_on_hmicfrs_list", "No ref; the abuse-of-position report has nothing on "
             "the definitive list: not on the HMICFRS list.")])
# ---- folders made when the list was tidied (3 March 2022) ---------------------------------
item(id=63, kind="folder", title=ARCH, created=U(2022, 3, 3, 14, 5, 12),
     modified=U(2022, 3, 3, 14, 5, 12), truth=[])
item(id=64, kind="folder", title=CLOSED, created=U(2022, 3, 3, 14, 5, 40),
     modified=U(2022, 3, 3, 14, 5, 40), truth=[])
# ---- PEEL 2021/22 items, added May 2022 ----------------------------------------------------
C21 = U(2022, 5, 16, 13, 40, 0)
item(id=65, title="PEEL 21/22 AFI 1", ref="12804", report="PEEL 2021/22", type="AFI",
     text="Improve timeliness of response to calls for service involving DA",
     lead="contact", status="On track", pct=0.5, target=D(2023, 3, 31),
     update="Grade 2 DA attendance median down to 3h 10m.", folder="", approved=None,
     signed=False, d56=True, created=C21, modified=U(2024, 9, 9, 9, 14, 5), ver="8.0",
     truth=[(12804, "in_sync", "Ref 12804 and text match; both open.")])
item(id=66, title="PEEL 21/22 AFI 2", ref="12805", report="PEEL 2021/22", type="AFI",
     text="Make sure victims of stalking & harassment are kept informed about the progress of "
     "their case in line with VCOP",
     lead="pp", status="Complete", pct=1, target=D(2023, 3, 31),
     update="VCOP compliance 91% in Q4 audit.", folder="", approved=None, signed=False,
     d56=True, created=C21, modified=U(2024, 5, 7, 11, 38, 10), ver="6.0",
     truth=[(12805, "closeable_submit", "Ref 12805 and text match; HMICFRS Being progressed, "
             "force Complete: submit for closure.")])
item(id=67, title="PEEL 21/22 AFI 3", ref="12806", report="PEEL 2021/22", type="AFI",
     text="Ensure hate crime reports recorded accurately & without delay",
     lead="fcr", status="On track", pct=0.4, target=D(2023, 3, 31),
     update="Hate crime audit scheduled Q3.", folder="", approved=None, signed=False,
     d56=True, created=C21, modified=U(2024, 6, 3, 8, 20, 45), ver="5.0",
     truth=[(12806, "in_sync", "Ref 12806 and text match; both open.")])
item(id=68, title="PEEL 21/22 AFI 4", ref="12807", report="PEEL 2021/22", type="AFI",
     text="Improve management of the risk posed by online CSA offenders",
     lead="pp", status="On track", pct=0.5, target=D(2023, 9, 30),
     update="POLIT capacity review complete; ARMS assessments up to date.", folder="",
     approved=None, signed=False, d56=True, created=C21,
     modified=U(2024, 6, 3, 8, 22, 19), ver="5.0",
     truth=[(12807, "in_sync", "Ref 12807 and text match (online CSA = online child sexual "
             "abuse); both open.")])
item(id=69, title="PEEL 21/22 AFI 5", ref="12808", report="PEEL 2021/22", type="AFI",
     text="Make sure enough specialist capacity & capability to investigate fraud",
     lead="cid", status="Complete", pct=1, target=D(2023, 3, 31),
     update="Economic Crime Unit uplift completed.", folder=CLOSED, approved=D(2023, 12, 12),
     signed=True, d56=True, created=C21, modified=U(2023, 12, 12, 16, 45, 3), ver="6.0",
     truth=[(12808, "in_sync", "Ref 12808 and text match; HMICFRS Complete, force Complete in "
             "Closed: both closed.")])
item(id=70, title="PEEL AFI - SOC picture", ref=None, report="PEEL 2018/19", type="AFI",
     text="Improve our understanding of the nature & scale of SOC in Cheshire",
     lead="acc_crime", status="On track", pct=0.4, target=D(2023, 3, 31),
     update="SOC local profiles refreshed for all 3 LPAs.", folder="", approved=None,
     signed=False, d56=True, created=C21, modified=U(2024, 4, 8, 8, 35, 1), ver="5.0",
     truth=[(12810, "conflict", "No ref. Text is the PEEL 2021/22 AFI 12810 (nature and scale "
             "of serious and organised crime), and was added with the other 2021/22 items, but "
             "the Report lookup says PEEL 2018/19 (report disagrees). Both open.")])
item(id=71, title="Local action - RASSO dip sample", ref=None, report="PEEL 2021/22",
     type="Force action",
     text="Dip-sample 50 rape and serious sexual offences crime reports each quarter and "
     "report findings to the Crime Standards Board",
     lead="fcr", status="On track", pct=0.5, target=D(2025, 3, 31),
     update="Q1 and Q2 samples complete.", folder="", approved=None, signed=False,
     created=U(2022, 6, 20, 10, 2, 33), modified=U(2024, 9, 30, 9, 1, 17), ver="6.0",
     truth=[(None, "not_on_hmicfrs_list", "Item type Force action, no ref: the force's own "
             "quality-assurance action, not an HMICFRS item.")])
# ID 72 was deleted
# ---- PEEL 2023-25 items, added July 2024 ---------------------------------------------------
C23 = U(2024, 7, 15, 9, 12, 0)
item(id=73, title="PEEL 23-25 AFI 1", ref="14401", report="PEEL 2023-25", type="AFI",
     text="Improve how we gather, assess & act on intelligence about SOC",
     lead="acc_crime", status="On track", pct=0.1, target=D(2025, 7, 31),
     update=None, folder="", approved=None, signed=False, d56=True, created=C23,
     modified=U(2024, 9, 2, 10, 0, 41), ver="3.0",
     truth=[(14401, "in_sync", "Ref 14401 and text match; both open.")])
item(id=74, title="PEEL 23-25 AFI 2", ref="14402", report="PEEL 2023-25", type="AFI",
     text="Performance framework to give senior leaders a clear picture of the response to "
     "missing children",
     lead="pp", status="Not started", pct=0, target=D(2025, 7, 31), update="Awaiting "
     "allocation.", folder="", approved=None, signed=False, d56=True, created=C23,
     modified=C23, ver="1.0",
     truth=[(14402, "in_sync", "Ref 14402 and text match; Awaiting review / Not started: both "
             "open.")])
item(id=75, title="PEEL 23-25 AFI 3", ref="14403", report="PEEL 2023-25", type="AFI",
     text="Develop a problem-solving approach to ASB with local communities & partners",
     lead="acc_lp", status="On track", pct=0.2, target=D(2025, 7, 31),
     update="Problem-solving hub pilot in Warrington LPA.", folder="", approved=None,
     signed=False, d56=True, created=C23, modified=U(2024, 9, 2, 10, 2, 7), ver="2.0",
     truth=[(14403, "in_sync", "Ref 14403 and text match; both open.")])
item(id=76, title="PEEL 23-25 Rec 1", ref="14404", report="PEEL 2023-25",
     type="Recommendation",
     text="Within six months - training for officers & staff to identify & respond to "
     "vulnerable adults",
     lead="pp", status="On track", pct=0.3, target=D(2025, 1, 5),
     update="Vulnerability training package commissioned from L&D.", folder="", approved=None,
     signed=False, d56=True, created=C23, modified=U(2024, 9, 2, 10, 3, 30), ver="2.0",
     truth=[(14404, "in_sync", "Ref 14404 and text match; both open.")])
item(id=77, title="PEEL 23-25 AFI 4", ref="14406", report="PEEL 2023-25", type="AFI",
     text="Improve timeliness of response to calls involving people with mental ill health",
     lead="contact", status="Not started", pct=0, target=D(2025, 7, 31), update=None,
     folder="", approved=None, signed=False, d56=True, created=C23, modified=C23, ver="1.0",
     truth=[(14406, "in_sync", "Ref 14406 and text match (mental ill health, not the DA "
             "timeliness AFI 12804); both open.")])
# IDs 78 and 79 were the admin's first test items, deleted
item(id=80, kind="test", title="test - GH delete me", ref="test", report="PEEL 2023-25",
     type="Recommendation", text="test", lead=None, status="Not started", pct=None,
     target=None, update="testing export script", folder="", approved=None, signed=False,
     created=U(2024, 9, 24, 15, 31, 8), modified=U(2024, 9, 24, 15, 31, 8), ver="1.0",
     truth=[])

# --------------------------------------------------------------------------------------------
# Rendering the export as Windows PowerShell 5.1 Export-Csv writes it
# --------------------------------------------------------------------------------------------
FIELDS = [
    "ID", "Title", "HMICFRS_x0020_Ref", "Report", "Item_x0020_Type",
    "Recommendation_x0020_text", "Lead_x0020_Officer", "Deputy_x0020_lead", "Portfolio",
    "Progress_x0020_status", "Percent_x0020_complete", "Target_x0020_date",
    "Latest_x0020_update", "Governance_x0020_board", "_x0035_6_x0020_day_x0020_respons",
    "Related_x0020_inspections", "Signed_x0020_off_x0020_by", "Closure_x0020_approved",
    "Attachments", "Created", "Author", "Modified", "Editor", "_UIVersionString",
    "ContentTypeId", "FileRef", "FileDirRef", "FileLeafRef", "FSObjType", "GUID",
]
LOOKUP = "Microsoft.SharePoint.Client.FieldLookupValue"
LOOKUPS = "Microsoft.SharePoint.Client.FieldLookupValue[]"
USER = "Microsoft.SharePoint.Client.FieldUserValue"
STRINGS = "System.String[]"
CT_ITEM = "0x0100A3F1C2D94B7E8E4C9A21D6F03B5E7C41"
CT_FOLDER = "0x0120001D4E8B2A6C3F5D4E9B8A7C6D5E4F3A2B"
BULK = U(2021, 4, 14, 10, 20, 0)


def last_sunday(year: int, month: int) -> dt.date:
    d = dt.date(year, month, 31)
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)


def utc_of_local_midnight(d: dt.date) -> dt.datetime:
    """A date-only SharePoint value (midnight UK time) as CSOM returns it, in UTC."""
    bst = last_sunday(d.year, 3) < d <= last_sunday(d.year, 10)
    m = dt.datetime(d.year, d.month, d.day)
    return m - dt.timedelta(hours=1) if bst else m


def net_datetime(v: dt.datetime) -> str:
    """DateTime.ToString() under the en-GB culture of the server that runs the script."""
    return v.strftime("%d/%m/%Y %H:%M:%S")


def net_double(x: float) -> str:
    s = repr(float(x))
    return s[:-2] if s.endswith(".0") else s


def record(r: dict, seq: int) -> list:
    """The values of one list item, None meaning $null (Export-Csv writes nothing)."""
    guid = str(uuid.UUID(int=RNG.getrandbits(128), version=4))
    folder = r.get("folder", "")
    dirref = LIST_URL + ("/" + folder if folder else "")
    created = r.get("created") or (BULK + dt.timedelta(seconds=13 * r["id"] + 7))
    modified = r["modified"]
    if r.get("ver", "1.0") == "1.0" and r["kind"] != "folder":
        modified = created  # never edited since it was made
    assert modified >= created, r["id"]
    if r["kind"] == "folder":
        return [str(r["id"]), r["title"], None, None, None, None, None, None, None, None, None,
                None, None, None, None, None, None, None, "False", net_datetime(created), USER,
                net_datetime(modified), USER, "1.0", CT_FOLDER,
                LIST_URL + "/" + r["title"], LIST_URL, r["title"], "1", guid]
    pct = r.get("pct")
    target = r.get("target")
    approved = r.get("approved")
    return [
        str(r["id"]),
        r["title"],
        r.get("ref"),
        r.get("report"),
        r.get("type"),
        r.get("text"),
        LEADS[r.get("lead")],
        USER if r.get("deputy") else None,
        LOOKUP if r["kind"] == "item" and r.get("type") != "Force action" else None,
        r.get("status"),
        None if pct is None else net_double(pct),
        None if target is None else net_datetime(utc_of_local_midnight(target)),
        r.get("update"),
        STRINGS if r.get("boards") else None,
        "True" if r.get("d56") else "False",
        LOOKUPS if r.get("related") else None,
        USER if r.get("signed") else None,
        None if approved is None else net_datetime(utc_of_local_midnight(approved)),
        "True" if r["id"] in (10, 24, 29, 48) else "False",
        net_datetime(created),
        USER,
        net_datetime(modified),
        USER,
        r.get("ver", "1.0"),
        CT_ITEM,
        dirref + "/" + f"{r['id']}_.000",
        dirref,
        f"{r['id']}_.000",
        "0",
        guid,
    ]


def ps_csv_line(values: list) -> str:
    out = []
    for v in values:
        out.append("" if v is None else '"' + v.replace('"', '""') + '"')
    return ",".join(out)


def build_tracker() -> tuple[bytes, dict[int, int]]:
    RNG.seed(SEED)  # GUIDs depend only on the seed, however often this runs
    lines = ["#TYPE System.Management.Automation.PSCustomObject", ps_csv_line(FIELDS)]
    rows = {}
    for seq, r in enumerate(F, start=1):
        lines.append(ps_csv_line(record(r, seq)))
        rows[r["id"]] = seq + 2  # Excel row: line 1 #TYPE, line 2 header
    text = "".join(line + "\r\n" for line in lines)
    return b"\xef\xbb\xbf" + text.encode("utf-8"), rows


# --------------------------------------------------------------------------------------------
# HMICFRS side: the register's export of the definitive list (xlsx)
# --------------------------------------------------------------------------------------------
HM_SHEET = "Recommendations"


def hm_sorted():
    return sorted(HM, key=lambda t: (REPORTS[t[1]][1], t[0]))


def build_hmicfrs(path: str) -> dict[int, int]:
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False})
    wb.set_properties({
        "title": "Definitive list - Cheshire Constabulary",
        "author": "HMICFRS Monitoring",
        "company": "HMICFRS",
        "created": dt.datetime(2024, 10, 7, 9, 14, 0),
    })
    ws = wb.add_worksheet(HM_SHEET)
    hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF",
                         "text_wrap": True, "valign": "top", "border": 1})
    txt = wb.add_format({"text_wrap": True, "valign": "top"})
    top = wb.add_format({"valign": "top"})
    date = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
    heads = ["Reference", "Force", "Report", "Published", "Type", "Recommendation", "Status",
             "Status date"]
    widths = [11, 24, 48, 12, 24, 90, 26, 12]
    for c, (h, w) in enumerate(zip(heads, widths)):
        ws.write(0, c, h, hdr)
        ws.set_column(c, c, w)
    rows = {}
    for i, (ref, rep, typ, text, status, sdate) in enumerate(hm_sorted(), start=1):
        title, pub = REPORTS[rep]
        ws.write_number(i, 0, ref, top)
        ws.write_string(i, 1, FORCE, top)
        ws.write_string(i, 2, title, txt)
        ws.write_datetime(i, 3, dt.datetime(pub.year, pub.month, pub.day), date)
        ws.write_string(i, 4, typ, top)
        ws.write_string(i, 5, text, txt)
        ws.write_string(i, 6, status, top)
        ws.write_datetime(i, 7, dt.datetime(sdate.year, sdate.month, sdate.day), date)
        rows[ref] = i + 1
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, len(HM), len(heads) - 1)
    info = wb.add_worksheet("Export details")
    bold = wb.add_format({"bold": True, "valign": "top"})
    info.set_column(0, 0, 22)
    info.set_column(1, 1, 80)
    for r, (k, v) in enumerate([
        ("Force", FORCE),
        ("Extract", "All recommendations, causes of concern and areas for improvement held "
                    "against the force, open and closed"),
        ("Extracted on", "07/10/2024"),
        ("Status values", "Awaiting review; Being progressed; Complete; Superseded; No further "
                          "action required"),
        ("Note", "Please reconcile against force records and return any differences to your "
                 "Force Liaison Lead."),
    ]):
        info.write_string(r, 0, k, bold)
        info.write_string(r, 1, v, txt)
    wb.close()
    return rows


# --------------------------------------------------------------------------------------------
# truth.csv and README.md
# --------------------------------------------------------------------------------------------

def build_truth(hm_rows: dict[int, int], fr_rows: dict[int, int]) -> tuple[str, dict]:
    lines = []
    seen_hm = set()
    ids = {r["id"] for r in F}

    def rowed(why: str) -> str:  # "ID 25" -> "row 27 / ID 25" for list item IDs
        return re.sub(r"\bID (\d+)\b(?!')",
                      lambda m: (f"row {fr_rows[int(m.group(1))]} / ID {m.group(1)}"
                                 if int(m.group(1)) in ids else m.group(0)), why)

    for r in F:
        for ref, cat, why in r["truth"]:
            why = rowed(why)
            h = f"{HM_SHEET}!{hm_rows[ref]}" if ref is not None else ""
            lines.append((h, f"tracker.csv!{fr_rows[r['id']]}", cat, why))
            if ref is not None:
                seen_hm.add(ref)
    missing_why = {
        3351: "Core Business crime prevention / disruption recording (closed on HMICFRS): no "
              "force row carries ref 3351 or this ask. Missing from the force list.",
        7007: "Stolen Freedom preventative powers (Modern Slavery Act orders): the force has "
              "rows for 7001-7006 but none for 7007. Missing from the force list.",
        7313: "CDI 2017 AFI on scrutinising information-management audits: the only force row "
              "with this ask (ID 12) carries ref 4630 and report Building the Picture, so it is "
              "4630's. Missing from the force list.",
        12809: "PEEL 2021/22 AFI on ancillary orders for violence against women and girls: no "
               "force row. Missing from the force list.",
        14405: "PEEL 2023-25 AFI on knife crime prevention: not added with the other 2023-25 "
               "items. Missing from the force list.",
    }
    for ref, rep, typ, text, status, sdate in hm_sorted():
        if ref not in seen_hm:
            lines.append((f"{HM_SHEET}!{hm_rows[ref]}", "", "missing_from_force",
                          rowed(missing_why[ref])))
            seen_hm.add(ref)
    assert seen_hm == {t[0] for t in HM}, "every HMICFRS item must be in the truth"
    # order by HMICFRS row, then force row; force-only lines last
    def key(t):
        hrow = int(t[0].split("!")[1]) if t[0] else 10**6
        frow = int(t[1].split("!")[1]) if t[1] else 0
        return (hrow, frow)
    lines.sort(key=key)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for t in lines:
        w.writerow(t)
    counts: dict[str, int] = {}
    for t in lines:
        counts[t[2]] = counts.get(t[2], 0) + 1
    return buf.getvalue(), {"lines": lines, "counts": counts}


PS_SCRIPT = r'''# Export-HmicfrsList.ps1  - scheduled task on CHE-APP-07, Mondays 07:30
# G. Hulme (M365 team) 24/09/2024 for Strategic Planning & Insight
Import-Module PnP.PowerShell
Connect-PnPOnline -Url "https://cheshirepolice.sharepoint.com/sites/StrategicPlanning" `
    -ClientId $appId -Thumbprint $thumb -Tenant "cheshirepolice.onmicrosoft.com"

$fields = "ID","Title","HMICFRS_x0020_Ref","Report","Item_x0020_Type",
          "Recommendation_x0020_text","Lead_x0020_Officer","Deputy_x0020_lead","Portfolio",
          "Progress_x0020_status","Percent_x0020_complete","Target_x0020_date",
          "Latest_x0020_update","Governance_x0020_board","_x0035_6_x0020_day_x0020_respons",
          "Related_x0020_inspections","Signed_x0020_off_x0020_by","Closure_x0020_approved",
          "Attachments","Created","Author","Modified","Editor","_UIVersionString",
          "ContentTypeId","FileRef","FileDirRef","FileLeafRef","FSObjType","GUID"

$items = Get-PnPListItem -List "HMICFRS Recommendations" -PageSize 500
$out = foreach ($item in $items) {
    $row = New-Object PSObject
    foreach ($f in $fields) {
        $v = $item[$f]
        switch ($f) {
            "Report"             { $v = $v.LookupValue }   # Jo wants the report name
            "Lead_x0020_Officer" { $v = $v.Email }         # and the lead's email
        }
        $row | Add-Member -MemberType NoteProperty -Name $f -Value $v
    }
    $row
}
$out | Export-Csv -Path "\\che-fs02\Corporate\Strategic Planning\HMICFRS\Exports\HMICFRS_Recommendations.csv" -Encoding UTF8
'''


def readme(hm_rows, fr_rows, info) -> str:
    def fr(i):
        return fr_rows[i]

    def hr(ref):
        return hm_rows[ref]

    counts = info["counts"]
    n_lines = len(info["lines"])
    n_force_items = sum(1 for r in F if r["kind"] == "item")
    n_records = len(F)
    last_row = n_records + 2
    order = ["in_sync", "closeable_submit", "closeable_local", "conflict",
             "missing_from_force", "not_on_hmicfrs_list", "review"]
    count_lines = "\n".join(f"| `{c}` | {counts.get(c, 0)} |" for c in order)
    first_hm, last_hm = 2, len(HM) + 1
    return f"""# Case `{CASE}` (round 84, case A)

## The story

{FORCE}'s Strategic Planning & Insight team has kept its HMICFRS tracker as a SharePoint list,
**"HMICFRS Recommendations"**, on the StrategicPlanning site since April 2021, when the old Excel
workbook was bulk-imported (list items 2-62, in the workbook's order, grouped by report). Item 1
is the list's template item. In March 2022 the team tidied the list into two folders,
"Archive (pre-2018)" and "Closed"; PEEL 2021/22 items were added in May 2022 and PEEL 2023-25
items in July 2024.

The analyst who reconciles the list with HMICFRS has no edit rights on the site, so in
September 2024 the M365 team wrote a scheduled **Windows PowerShell 5.1 / PnP.PowerShell**
script that runs every Monday on an application server and drops a CSV on the corporate file
share. `tracker.csv` is the file it wrote on Monday 14 October 2024; `hmicfrs.xlsx` is the
definitive list HMICFRS's monitoring team sent the force on 7 October 2024. The script, as it
runs (credentials elided):

```powershell
{PS_SCRIPT}```

Everything odd about the file follows from that script:

- **`Export-Csv` without `-NoTypeInformation`** (Windows PowerShell 5.1 default) writes a first
  line `#TYPE System.Management.Automation.PSCustomObject`; the header is the second line.
- **`-Encoding UTF8`** in Windows PowerShell 5.1 means UTF-8 *with* BOM (`EF BB BF`).
- 5.1's `Export-Csv` **quotes every field and every header**, doubles embedded quotes, ends
  records with CRLF and leaves line breaks inside values as they are (LF). A `$null` value is
  written as **nothing at all** (`,,`), not `""`.
- The headers are the list's **internal names** as the author typed them into `$fields`:
  `_x0020_` for spaces, and a column whose display name starts with a digit ("56 day response")
  becomes `_x0035_6_x0020_day_x0020_respons` (the leading "5" encoded as `_x0035_`, the name cut at
  SharePoint's 32 characters).
- Only two complex columns were **expanded**: `Report` (lookup -> `LookupValue`, the force's
  short report name) and `Lead_x0020_Officer` (person -> `Email`). Every other lookup, person and
  multi-choice value is written as **its .NET type name**, because `Export-Csv` calls
  `ToString()`: `Microsoft.SharePoint.Client.FieldLookupValue` (`Portfolio`),
  `Microsoft.SharePoint.Client.FieldLookupValue[]` (`Related_x0020_inspections`),
  `Microsoft.SharePoint.Client.FieldUserValue` (`Deputy_x0020_lead`, `Signed_x0020_off_x0020_by`,
  `Author`, `Editor`), `System.String[]` (`Governance_x0020_board`, multi-choice). The cell says
  only whether a value exists, not what it is.
- CSOM returns date-times in **UTC** and the server's culture is en-GB, so every date reads
  `dd/mm/yyyy hh:mm:ss` and date-only columns entered in British Summer Time show the day
  before at 23:00 (a target date of 31/03/2014 reads `30/03/2014 23:00:00`; a 23/02/2016
  closure reads `23/02/2016 00:00:00`). Yes/no columns read `True` / `False`; numbers are
  .NET doubles (`0.8`, `1`).
- `Get-PnPListItem` reads the list **recursively in ID order**, so the two folders come out as
  rows among the items, with the items they hold wherever their IDs put them. A folder row has
  `FSObjType` `1` and a `ContentTypeId` starting `0x0120`; items have `0` and `0x0100...`.
  Which folder an item is in shows only in `FileRef` / `FileDirRef`.
- Deleted items leave gaps in `ID` (17, 23, 58, 72, 78, 79), so **`ID` is not the row number**.

## Files

| file | what |
|---|---|
| `hmicfrs.xlsx` | HMICFRS's definitive list, as the register exports it. Sheet **`{HM_SHEET}`**: **row 1 header**, **rows {first_hm}-{last_hm} the {len(HM)} items**, nothing below. Columns: Reference (number, the register's plain integer id), Force, Report, Published (date cell, dd/mm/yyyy), Type (Recommendation / Area for improvement / Cause of concern / National recommendation), Recommendation (the text, with its line breaks and bullets), Status (Awaiting review / Being progressed / Complete / Superseded / No further action required), Status date (date cell). Sorted by publication date, then reference. Panes frozen under row 1, autofilter. Sheet **`Export details`**: five label / value lines (force, scope, extraction date, status values, a note); no items. |
| `tracker.csv` | The PowerShell export. UTF-8 with BOM, comma-separated, every field quoted, CRLF between records, LF inside multi-line values. **Row 1 `#TYPE System.Management.Automation.PSCustomObject`; row 2 the header (30 columns); rows 3-{last_row} the {n_records} list records** in ID order. Row numbers in the truth are the rows Excel shows when it opens the file: the `#TYPE` line is row 1, so a record's row is its record number + 2 (a quoted value with line breaks stays one row). |
| `truth.csv` | {n_lines} lines, `hmicfrs_row,force_row,category,why`. |
| `README.md` | this file. |

Columns of `tracker.csv` (internal name = what people see in the list):
`ID`; `Title` (the team's short name, e.g. "PEEL 18/19 AFI 3"); `HMICFRS_x0020_Ref` (HMICFRS Ref,
free text); `Report` (lookup to the team's "Inspection Reports" list, expanded); `Item_x0020_Type`
(choice: Recommendation / AFI / Cause for Concern / National Rec / Force action);
`Recommendation_x0020_text` (multi-line plain text, the force's wording); `Lead_x0020_Officer`
(person, expanded to e-mail); `Deputy_x0020_lead` (person, type name); `Portfolio` (lookup, type
name); `Progress_x0020_status` (choice: Not started / On track / Off track / Evidence submitted /
Complete / Not for force); `Percent_x0020_complete`; `Target_x0020_date`; `Latest_x0020_update`;
`Governance_x0020_board` (multi-choice, type name); `_x0035_6_x0020_day_x0020_respons` ("56 day
response", yes/no: item was in the PCC's 56-day response); `Related_x0020_inspections`
(multi-lookup, type name); `Signed_x0020_off_x0020_by` (person, type name, present once the chief
officer lead has signed the item off); `Closure_x0020_approved` (date the force's governance board
approved closure); `Attachments`; `Created`; `Author`; `Modified`; `Editor`; `_UIVersionString`;
`ContentTypeId`; `FileRef`; `FileDirRef`; `FileLeafRef`; `FSObjType`; `GUID`.

## How the force side's status is read (the team's own rule)

Status is spread over four places: the `Progress_x0020_status` choice, the `Closure_x0020_approved`
date, the folder (`FileDirRef` ending `/Closed`), and the sign-off person (only visible as "there
is a `FieldUserValue`"). The team's rule, which the truth follows:

- **done** = status Complete, Evidence submitted (evidence sent to HMICFRS for closure) or Not for
  force; **or** a `Closure_x0020_approved` date; **or** the item sits in the `Closed` folder.
- **open** = Not started / On track / Off track with none of the above.
- The **`Archive (pre-2018)` folder is not closure**: the team moved old items there to shorten
  the default view; an archived item is open or done by its own fields.
- An item split over several rows is done only when every part is done.

## What the layout brings (rows are `tracker.csv` rows as Excel shows them)

1. **Row 1 is not the header.** `#TYPE System.Management.Automation.PSCustomObject` sits in A1;
   the header is row 2.
2. **Internal names as headers**, including the encoded `_x0035_6_x0020_day_x0020_respons`. The
   text column is `Recommendation_x0020_text`; `Title` is a short name, not the text.
3. **.NET type names in cells** on six columns (see above). `Portfolio`, `Deputy_x0020_lead`,
   `Related_x0020_inspections`, `Governance_x0020_board` carry no usable value at all;
   `Signed_x0020_off_x0020_by` tells only "signed off or not"; `Author` / `Editor` are noise.
4. **Report is a lookup and was expanded**, so it reads as the force's short names ("PEEL Legit 17
   S&S (all forces)", "Police powers spotlight (Feb 21)", "NCPI 2018", "PEEL 2023-25"), never
   HMICFRS's titles. **Row {fr(11)} (ID 11) has an empty Report**: its lookup target, "Stop and
   Search 2 (2015)", was deleted from the reports list. It is still an item.
5. **The register id is free text**: plain (`1187`), prefixed (`HMICFRS 1188`, `HMIC 2321`,
   `ID 5201`, `REC-7001`, `#8542`), two ids in one cell for merged rows (`3011/3012`,
   `ID 5203 + 5204`, `#8543 #8544`), blank on six items, and **mistyped once**: row {fr(24)} (ID 24)
   has `7301` for 7310 (7301 exists nowhere).
6. **Folder rows among the items**: row {fr(63)} (ID 63, `Archive (pre-2018)`) and row {fr(64)}
   (ID 64, `Closed`), with `FSObjType` 1 and every item column empty. Items in them are rows
   {fr(2)}-{fr(15)} (archive, except rows {fr(6)}, {fr(10)}) and rows {fr(35)}, {fr(37)}, {fr(45)},
   {fr(53)}-{fr(56)}, {fr(69)} (closed).
7. **Template and test items**: row {fr(1)} (ID 1, "TEMPLATE - copy this item", placeholder text)
   and row {fr(80)} (ID 80, "test - GH delete me", text `test`, ref `test`), made by the admin while
   writing the script.
8. **UTC date-times under an en-GB culture**: date-only values shifted to 23:00 the day before in
   summer. No category depends on a date, but a reader who takes the date part of
   `Closure_x0020_approved` will be a day out.
9. **Split items**: 7001 over rows {fr(32)}-{fr(33)} (bullets 1-2 / 3-4), 7420 over rows
   {fr(30)}-{fr(31)} (the chief constables' plan / the national framework "not for force"), 11232
   over rows {fr(54)}-{fr(56)} (its three paragraphs).
   **Merged items**: row {fr(7)} = 3011 + 3012, row {fr(15)} = 5203 + 5204, row {fr(41)} =
   8543 + 8544.
10. **The force's wording**: abbreviations (S&S, DA, MSHT, CCs, CoP, APP, BWV, RASSO, SOC, ASB,
    VCOP, THRC, NFA, RUI, FLU, NFLMS), typos ("goverance", "supervison", "accomodation"),
    bullets retyped as `-` or `•`, tails dropped, and "Cause for Concern" for cause of concern.

## Traps and how the truth decides them

- **Archive folder is not closure** - row {fr(3)} (1188): in `Archive (pre-2018)`, status On
  track, update "Keep open until HMICFRS confirm". HMICFRS Superseded -> `closeable_local`.
- **Closed folder beats a stale status** - row {fr(53)} (11231): status still On track, but 100%,
  signed off, closure approved 09/07/2024 and moved to `Closed` -> done; HMICFRS Being
  progressed -> `closeable_submit`.
- **Deleted lookup + no ref + near-twin text** - row {fr(11)}: the S&S community-scrutiny ask
  exists twice on the register (1189 from 2013, 4417 from 2015, almost word for word). Row
  {fr(4)} carries ref 1189; row {fr(11)} has no ref and no report, but says "in consultation with
  PCCs" (the 2015 wording; 2013 says "elected local policing bodies") -> 4417, `in_sync`.
- **Same ask in two reports** - Core Business 3350 (row {fr(9)}) and CDI 2017 7311 (row {fr(25)})
  both ask for THRC criteria for call-handlers; Building the Picture 4630 (row {fr(12)}) and CDI
  AFI 7313 both ask to scrutinise information-management audits. Refs and reports decide; 7313
  has no force row -> `missing_from_force`.
- **Mistyped ref** - row {fr(24)}: `7301` -> the CDI victims-believed recommendation 7310 by text
  and report; Evidence submitted vs Being progressed -> `closeable_submit`.
- **Split with a part still open** - 7001: row {fr(32)} Complete, row {fr(33)} On track -> the item
  is open on the force side -> both lines `in_sync` (HMICFRS Being progressed).
- **Split with a "not for force" part** - 7420: row {fr(30)} Complete, row {fr(31)} Not for force
  -> every part done -> both lines `closeable_submit`.
- **Conflicts**: row {fr(12)} 4630 deadline "By 30 November 2016" vs 2015; row {fr(21)} 6123 has two
  of three bullets (the child sexual exploitation knowledge bullet is gone); row {fr(39)} 8541 is a
  Cause of concern on the register, "National Rec" on the force list; row {fr(47)} 9412 "Within
  twelve months" vs "within six months"; row {fr(70)} 12810 filed under the "PEEL 2018/19"
  report lookup (no ref) although it is the PEEL 2021/22 AFI.
- **"Not for force" matched to an HMICFRS closure** - row {fr(57)} (11233, Home Office / NPCC
  data): No further action required vs Not for force -> both closed, `in_sync`.
- **Force-only rows** - row {fr(60)} and row {fr(71)} (type Force action, no ref), row {fr(61)}
  (ref 8612, a force-level PEEL Legitimacy 2017 AFI that is not on the definitive list), row
  {fr(62)} (the 2017 abuse-of-position national cause of concern, no ref, nothing on the list)
  -> `not_on_hmicfrs_list`.
- **Missing from the force**: 3351, 7007, 7313, 12809, 14405.
- No line is `review`: every pair can be decided from the two files.

## Counts

{n_force_items} force item rows, {len(HM)} HMICFRS items, {n_lines} truth lines.

| category | lines |
|---|---|
{count_lines}

## Rows that are not items

| file | row | what | why not an item |
|---|---|---|---|
| `tracker.csv` | 1 | `#TYPE System.Management.Automation.PSCustomObject` | PowerShell type line |
| `tracker.csv` | 2 | header (internal names) | header |
| `tracker.csv` | {fr(1)} | ID 1 "TEMPLATE - copy this item" | the list's template item, placeholder text |
| `tracker.csv` | {fr(63)} | ID 63 folder "Archive (pre-2018)" | folder (`FSObjType` 1, `ContentTypeId` 0x0120...) |
| `tracker.csv` | {fr(64)} | ID 64 folder "Closed" | folder |
| `tracker.csv` | {fr(80)} | ID 80 "test - GH delete me" | the script author's test item |
| `hmicfrs.xlsx` | `{HM_SHEET}!1` | header | header |
| `hmicfrs.xlsx` | `Export details!1-5` | label / value lines | export information, no items |

## Checks run

`check_{CASE}.py` (next to the builder) does all of these; it never imports or runs `reconcile`:

- every `tracker.csv` row from 3 to {last_row} is either in the truth (once, or once per HMICFRS
  item on merged rows) or in the non-item list above, and never both; every HMICFRS row
  {first_hm}-{last_hm} is in the truth at least once; split rows share their `hmicfrs_row`;
- `tracker.csv` read back with pandas (`skiprows=1`, `encoding="utf-8-sig"`): {n_records}
  records x 30 columns, with the `csv` module as a second reader (record count, CRLF record
  ends, BOM, every non-null field quoted);
- `hmicfrs.xlsx` read back with pandas and openpyxl: {len(HM)} items, references unique, the
  texts identical to the builder's literals;
- the builder run twice into two folders: all four files byte-identical.
"""


def main() -> None:
    os.makedirs(OUT, exist_ok=True)
    hm_rows = build_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    data, fr_rows = build_tracker()
    with open(os.path.join(OUT, "tracker.csv"), "wb") as fh:
        fh.write(data)
    truth, info = build_truth(hm_rows, fr_rows)
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(truth)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme(hm_rows, fr_rows, info))


if __name__ == "__main__":
    main()
