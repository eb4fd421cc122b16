"""Build the labelled case `servicenow_grc_issue_export` (round 84, case C).

Force side: a ServiceNow GRC "Issue" list exported to Excel (right-click a column heading >
Export > Excel). Lincolnshire Police moved its HMICFRS tracker from Excel into ServiceNow
Issue Management in June 2022; the organisational-learning analyst exported the issue list
(filter: Source = HMICFRS, sorted by Number) for the reconciliation before the Joint Audit
Committee. HMICFRS side: the definitive list as the register exports it.

Run with /work/main/.venv/bin/python. Deterministic: no clock, fixed document properties,
XlsxWriter's fixed zip timestamps. Writes /tmp/indep84/servicenow_grc_issue_export/.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import random

import xlsxwriter

CASE = "servicenow_grc_issue_export"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), CASE)
SEED = 84_03  # only used to jitter seconds in the ServiceNow timestamps
RND = random.Random(SEED)

FORCE = "Lincolnshire Police"
HM_SHEET = "Definitive list"
FO_SHEET = "Page 1"  # the sheet name a ServiceNow list export to Excel carries

# ---------------------------------------------------------------------------------------------
# HMICFRS side: reports and items (real public wording, Open Government Licence)
# ---------------------------------------------------------------------------------------------
NAT = "National recommendation"
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"

AB = "Awaiting review"
BP = "Being progressed"
CO = "Complete"
SU = "Superseded"
NFA = "No further action required"

REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              dt.date(2013, 7, 9)),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 dt.date(2014, 3, 27)),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22)),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", dt.date(2014, 9, 4)),
    "cdi14": ("Crime data integrity inspection 2014", dt.date(2014, 11, 18)),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", dt.date(2015, 1, 30)),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              dt.date(2015, 3, 24)),
    "picture": ("Building the picture: an inspection of police information management",
                dt.date(2015, 7, 1)),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15)),
    "eff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24)),
    "efc17": ("PEEL: Police efficiency 2017", dt.date(2017, 11, 9)),
    "leg17": ("PEEL: Police legitimacy 2017", dt.date(2017, 12, 12)),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 19)),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
                 dt.date(2019, 5, 2)),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 26)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26)),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
                 dt.date(2022, 7, 22)),
    "peel2324": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24",
                 dt.date(2024, 5, 16)),
}

D = dt.date
# (reference, report key, type, text, status, status date) in the order the register lists them
HM_ITEMS = [
    (3826, "sas13", NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.", NFA, D(2017, 6, 30)),
    (3827, "sas13", NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.",
     SU, D(2017, 12, 12)),
    (3828, "sas13", NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.", NFA,
     D(2017, 6, 30)),
    (2318, "everyone", NAT,
     "By September 2014, every police force in England and Wales should establish and publish "
     "an action plan that specifies in detail what steps it will take to improve its approach "
     "to domestic abuse.\n\nThis action plan should be developed:\n\n• in consultation with "
     "police and crime commissioners, domestic abuse support organisations and victims' "
     "representatives;\n• after close consideration of all the recommendations in this "
     "report;\n• with reference to all relevant domestic homicide reviews and IPCC findings, "
     "whether in connection with the force in question or another force; and 20\n• drawing on "
     "relevant knowledge acquired or available from other sources such as CPS scrutiny panels "
     "and MARAC self-assessments.", SU, D(2016, 3, 1)),
    (3541, "austerity", NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews", NFA,
     D(2017, 11, 1)),
    (3542, "austerity", NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.", NFA, D(2017, 11, 1)),
    (3543, "austerity", NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.", NFA, D(2017, 11, 1)),
    (3544, "austerity", NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there is "
     "scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.", NFA,
     D(2017, 11, 1)),
    (4830, "core", NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.", SU, D(2017, 3, 2)),
    (1511, "core", NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", NFA, D(2017, 3, 2)),
    (5820, "cdi14", REC,
     "Within three months, the force should revise its approach to cautions, cannabis warning "
     "and penalty notices for disorder to ensure that there is a clear and auditable explanation "
     "to the offender of the implications of receiving the warning and that, for victim-based "
     "crimes, there is a clear and auditable record that views of the victim are considered "
     "prior to their issue.", BP, D(2016, 2, 1)),
    (5821, "cdi14", REC,
     "Not later than 31 March 2015 the force should ensure that crime prevention or disruption "
     "activity carried out is systematically recorded and subsequently evaluated to determine "
     "the effectiveness of tactics being employed.", CO, D(2016, 2, 1)),
    (905, "integrity", NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     CO, D(2016, 5, 20)),
    (6112, "sas15", NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure "
     "that they comply with the Code of Practice by explaining to the public the way stop and "
     "search powers are used in their areas and by making arrangements for stop and search "
     "records to be scrutinised by community representatives. This should be done in a way "
     "that involves those people who are stopped and searched, for example young people.",
     BP, D(2019, 2, 14)),
    (834, "picture", NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure "
     "that categorisation of records are regularly adjusted.", CO, D(2016, 9, 30)),
    (7001, "firearms", NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", CO, D(2016, 10, 11)),
    (7002, "firearms", NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", BP, D(2018, 4, 3)),
    (7003, "firearms", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     CO, D(2016, 10, 11)),
    (7004, "firearms", NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     BP, D(2018, 4, 3)),
    (7005, "firearms", NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment "
     "which they should be undertaking in such circumstances, and their power, when "
     "appropriate, to seize firearms and firearm certificates.", BP, D(2018, 4, 3)),
    (8810, "eff16", COC,
     "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
     "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
     "incidents does not provide confidence that risk is always assessed appropriately. In "
     "cases where a DASH risk assessment is not completed the officer should record an "
     "assessment on the crime management system. HMIC found that officers are not consistently "
     "completing a DASH in circumstances where force policy requires that they should do so. "
     "This means that some victims of domestic abuse who may be at risk of harm are not being "
     "appropriately risk-assessed.", BP, D(2019, 5, 2)),
    (8811, "eff16", REC,
     "To address this cause of concern, HMIC recommends the force should immediately take "
     "steps to ensure that there is effective supervision of the initial risk assessment "
     "process, specifically in relation to the completion of DASH risk assessment in "
     "appropriate cases.", BP, D(2019, 5, 2)),
    (8812, "eff16", COC,
     "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
     "found that the assessment of risk for children who go missing from home was "
     "inappropriate in some cases. We found some instances where children were classed as "
     "‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing "
     "children were sometimes incorrectly assessed at a lower grade. Children were incorrectly "
     "graded at a lower level and could have been exposed to an increased risk of harm.",
     CO, D(2019, 5, 2)),
    (8813, "eff16", REC,
     "To address this cause of concern, HMIC recommends the force should immediately review "
     "its approach to reports of missing children and take steps to ensure that:\n• call "
     "takers understand and use the missing and absent category appropriately;\n• call takers "
     "and frontline staff have the necessary knowledge to identify risk factors associated "
     "with child sexual exploitation and how to respond to such cases; and\n• supervisors "
     "provide the correct oversight of missing person enquiries and direct appropriate and "
     "timely investigative and safeguarding action.", CO, D(2019, 5, 2)),
    (8814, "eff16", REC,
     "HMIC recommends that within six months the force should: ensure regular and active "
     "supervision of the quality and progress of investigations. This supervision should be "
     "properly recorded;", SU, D(2019, 5, 2)),
    (8815, "eff16", AFI,
     "The force should improve its understanding of suspects released under investigation and "
     "the management of those released on bail.", AB, D(2017, 3, 2)),
    (9420, "stolen", NAT,
     "Within twelve months, forces should review their leadership and governance arrangements "
     "for modern slavery and human trafficking, to ensure that:\n• senior leaders prioritise "
     "the response to modern slavery and human trafficking;\n• every incident of modern "
     "slavery identified to police is allocated appropriate resources with the skills, "
     "experience and capacity to investigate it effectively;\n• forces develop effective "
     "partnership arrangements to co-ordinate activity in order to share information and "
     "safeguard victims; and\n• performance and quality assurance measures are in place to "
     "allow senior leaders to assess the nature and quality of the service provided to "
     "victims.", BP, D(2019, 1, 15)),
    (9421, "stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible", AB,
     D(2017, 10, 24)),
    (9422, "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.", AB,
     D(2017, 10, 24)),
    (9423, "stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", CO, D(2020, 7, 9)),
    (9424, "stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.", BP, D(2019, 1, 15)),
    (9425, "stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the "
     "use where appropriate of joint intelligence teams and other means to obtain intelligence "
     "and evidence from agencies overseas).", AB, D(2017, 10, 24)),
    (9426, "stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", BP, D(2019, 1, 15)),
    (8630, "efc17", NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.", BP, D(2019, 3, 1)),
    (8650, "leg17", COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", BP, D(2019, 3, 1)),
    (8651, "leg17", NAT,
     "By July 2018, all police forces across England and Wales should be regularly and "
     "frequently monitoring a comprehensive set of data and information on use of stop and "
     "search powers to understand:\n•the reasons for any disproportionate representation of "
     "different ethnic groups in the use of stop and search; •the extent to which find rates "
     "differ between people from different ethnicities, and across different types of "
     "searches (including separate identification of find rates for drug possession and "
     "supply-type offences); and •the prevalence of possession-only drug searches, and the "
     "extent to which these align with local or force level priorities.", CO, D(2021, 2, 26)),
    (8652, "leg17", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n•carried out research and analysis in an attempt to understand "
     "the reasons for the disparity, and •taken action to reduce the disparity, where "
     "necessary;", BP, D(2019, 3, 1)),
    (8653, "leg17", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", AB, D(2017, 12, 12)),
    (8654, "leg17", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers "
     "who use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", BP, D(2019, 3, 1)),
    (10320, "ncpi18", REC,
     "Within six months the force should in conjunction with children’s social care services, "
     "review how it manages the detention of children. As a minimum it should:• ensure that "
     "all children are only detained when absolutely necessary and for the absolute minimum "
     "amount of time;• ensure that officers and staff in the custody suite assess at an early "
     "stage a child’s need for alternative accommodation (secure or otherwise) and work with "
     "children’s social care services to achieve the most appropriate option for the child;• "
     "ensure that custody staff make a record of all actions taken and decisions made on the "
     "relevant documentation; and• improve the timeliness of adequate appropriate adult "
     "support for children who are arrested.", AB, D(2018, 6, 19)),
    (10321, "ncpi18", REC,
     "Within three months, the force should make sure investigations of child sexual "
     "exploitation are allocated to officers with the right skills and are effectively "
     "supervised.", BP, D(2019, 4, 8)),
    (10322, "ncpi18", AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from child sexual exploitation.", CO, D(2020, 11, 30)),
    (11210, "peel1819", COC,
     "The size of the vetting backlog within Lincolnshire Police is a cause of concern.",
     BP, D(2021, 6, 1)),
    (11211, "peel1819", REC,
     "HMICFRS recommends that the force should immediately:ensure all staff have received at "
     "least the lowest level of vetting clearance for their roles as quickly as possible, "
     "working to clear both the vetting backlog and new vetting renewals when they become due "
     "so that it complies fully with the national vetting guidelines; and", BP,
     D(2021, 6, 1)),
    (11212, "peel1819", REC,
     "HMIC recommends that the force should immediately: expand the skills project work to "
     "include an assessment of all skills, not only operational, including potential future "
     "skills requirements. This assessment should inform workforce plans;", AB,
     D(2019, 5, 2)),
    (11213, "peel1819", REC,
     "Within six months Lincolnshire Police should improve the supervision of investigations, "
     "so that investigation plans are set, reviewed and recorded and victims receive a "
     "consistently good service.", AB, D(2019, 5, 2)),
    (11214, "peel1819", AFI,
     "The force should improve its understanding of the nature and scale of county lines drug "
     "dealing in its area.", CO, D(2022, 7, 22)),
    (11215, "peel1819", AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about serious "
     "and organised crime.", BP, D(2021, 6, 1)),
    (11216, "peel1819", AFI,
     "Lincolnshire Police should make sure it has enough specialist capacity and capability to "
     "investigate online child sexual abuse.", BP, D(2021, 6, 1)),
    (11540, "cdi19", REC,
     "Within three months, the force should put in place arrangements to ensure that:\n• at "
     "the point of report, victims are believed;\n• conversations between the call handlers "
     "and callers are summarised accurately in the incident log, thus providing attending "
     "officers with full facts on which to base crime-recording decisions;\n• multiple crimes "
     "are always recorded when described within incident records or identified as part of "
     "other recorded crime investigations;\n• the practice of awaiting the results of medical "
     "examinations or video interviews before making crime-recording decisions is stopped; "
     "and\n• online reports of crime are triaged at the point of receipt to ensure any ongoing "
     "risks to the victim or the wider public are identified and appropriately managed.",
     BP, D(2020, 9, 15)),
    (11541, "cdi19", REC,
     "Within six months the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.", AB,
     D(2019, 9, 26)),
    (11542, "cdi19", REC,
     "By March 2020, the force should make sure it records reports of rape and serious sexual "
     "offences accurately and without delay.", BP, D(2020, 9, 15)),
    (11543, "cdi19", AFI,
     "The force should make sure it records reports of stalking and harassment accurately and "
     "without delay.", AB, D(2019, 9, 26)),
    (11544, "cdi19", AFI,
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to modern slavery and human trafficking.", CO, D(2021, 3, 31)),
    (13902, "powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.", AB,
     D(2021, 2, 26)),
    (13903, "powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", AB, D(2021, 2, 26)),
    (13904, "powers", NAT,
     "By September 2021, forces should: ensure that officers record on body-worn video (when "
     "this is available) the entirety of all stop and search encounters, including traffic "
     "stops and use of force incidents.\nhave a structured process for regularly reviewing and "
     "monitoring internally a sufficient sample of body-worn video footage to identify and "
     "disseminate learning and hold officers to account when behaviour falls below acceptable "
     "standards.\nprovide external scrutiny panel members with access to samples of body-worn "
     "video footage showing stop and search encounters and use of force incidents, taking "
     "account of the safeguards in the College of Policing’s Authorised Professional "
     "Practice.", BP, D(2022, 3, 10)),
    (13905, "powers", NAT,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon "
     "as possible.", AB, D(2021, 2, 26)),
    (13906, "powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", BP, D(2022, 3, 10)),
    (14710, "peel2122", AFI,
     "The force should make sure victims of domestic abuse are kept informed about the "
     "progress of their case, in line with the Code of Practice for Victims of Crime.", AB,
     D(2022, 7, 22)),
    (14711, "peel2122", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "vulnerable adults.", BP, D(2023, 5, 10)),
    (14712, "peel2122", AFI,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of stalking and harassment.", BP, D(2023, 5, 10)),
    (14713, "peel2122", AFI,
     "The force should ensure that it has sufficient resources available in the control room "
     "to fulfil its resourcing model, and so to meet its demand, while also taking into "
     "account the wellbeing of its workforce.", AB, D(2022, 7, 22)),
    (14714, "peel2122", AFI,
     "The force should develop a problem-solving approach to anti-social behaviour, working "
     "with local communities and partners.", CO, D(2024, 2, 8)),
    (14715, "peel2122", AFI,
     "The force should make sure its performance framework gives senior leaders a clear "
     "picture of its response to violence against women and girls.", BP, D(2023, 5, 10)),
    (14716, "peel2122", AFI,
     "The force should improve its understanding of the nature and scale of fraud in its "
     "area.", NFA, D(2024, 2, 8)),
    (14717, "peel2122", AFI,
     "The force should put plans in place to monitor, including through the gathering and "
     "analysis of staff feedback, team cultures and provide prompt remedial action for any "
     "issues it identifies.", BP, D(2023, 5, 10)),
    (16210, "peel2324", AFI,
     "The force should make sure investigations of rape and serious sexual offences are "
     "allocated to officers with the right skills and are effectively supervised.", AB,
     D(2024, 5, 16)),
    (16211, "peel2324", AFI,
     "The force should improve the way it manages the risk posed by offenders involved in "
     "county lines drug dealing.", AB, D(2024, 5, 16)),
    (16212, "peel2324", AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns and "
     "that staff are aware of whistleblowing processes.", AB, D(2024, 5, 16)),
    (16213, "peel2324", AFI,
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.", AB, D(2024, 5, 16)),
    (16214, "peel2324", REC,
     "Within six months, the force should make sure there are appropriate strategic oversight "
     "arrangements in place to manage risks, performance and improvement plans effectively.",
     AB, D(2024, 5, 16)),
]

HM_TITLE = f"HMICFRS recommendations held against {FORCE}"
HM_SUBTITLE = "Definitive list as at 28 June 2024"
HM_HEADER = ["Reference", "Report title", "Publication date", "Type", "Recommendation",
             "Status", "Status date"]
HM_FIRST_ROW = 4  # Excel row of the header; items start on the next row

# ---------------------------------------------------------------------------------------------
# Force side: ServiceNow GRC Issue list export
# ---------------------------------------------------------------------------------------------
FO_HEADER = ["Number", "Short description", "Description", "State", "Response", "Priority",
             "Assigned to", "Assignment group", "Inspection report", "Finding type",
             "HMICFRS reference", "Parent", "Opened", "Target remediation date",
             "Actual end date", "Close notes", "Work notes", "Active", "Updated", "Updated by"]

PEOPLE = {
    "hc": ("Helen Cartwright", "helen.cartwright", "OL - Organisational Learning"),
    "mr": ("Mark Rudd", "mark.rudd", "OL - Public Protection"),
    "so": ("Sarah Okafor", "sarah.okafor", "OL - Crime & Investigations"),
    "gp": ("Gareth Pryce", "gareth.pryce", "OL - Contact Management"),
    "jw": ("Joanne Whitlock", "joanne.whitlock", "OL - Professional Standards"),
    "nb": ("Neil Burrows", "neil.burrows", "OL - Firearms Licensing"),
    "pn": ("Priya Nair", "priya.nair", "OL - People"),
    "th": ("Tom Harding", "tom.harding", "OL - Performance & Insight"),
    "cd": ("Claire Denton", "claire.denton", "OL - Criminal Justice"),
    "af": ("Alan Fisk", "alan.fisk", "OL - Finance"),
    "lm": ("Lisa Moreton", "lisa.moreton", "OL - Local Policing"),
    "dk": ("Dave Kerr", "dave.kerr", "OL - Digital & ICT"),
}

MIGRATION_DAY = dt.datetime(2022, 6, 14, 9, 40, 0)
MIGRATION_NOTE = ("Migrated from the OL Excel tracker (HMICFRS tab) by the ServiceNow import set "
                  "on 14/06/2022.")


def stamp(t: dt.datetime) -> str:
    """ServiceNow date/time in the user's format (dd/MM/yyyy HH:mm:ss)."""
    return t.strftime("%d/%m/%Y %H:%M:%S")


def dstamp(d: dt.date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else ""


def journal(entries: list[tuple[dt.datetime, str, str]]) -> str:
    """A ServiceNow journal field as the list export writes it: newest entry first."""
    out = []
    for when, who, text in sorted(entries, key=lambda e: e[0], reverse=True):
        out.append(f"{stamp(when)} - {PEOPLE[who][0]} (Work notes)\n{text}\n\n")
    return "".join(out)


def T(y, m, d, h=10, mi=0):  # noqa: N802 - a short constructor for readability
    return dt.datetime(y, m, d, h, mi, RND.randrange(0, 60))


ROWS: list[dict] = []  # in Number order


def _migration_stamp() -> dt.datetime:
    """Opened time of the next record in the import set (one record every ~37 seconds)."""
    return MIGRATION_DAY + dt.timedelta(seconds=37 * len(ROWS) + RND.randrange(0, 9))


BACKFILL = [dt.datetime(2023, 2, 2, 10, 0, 0)]  # refs back-filled by the OL analyst


def _backfill_stamp() -> dt.datetime:
    BACKFILL[0] += dt.timedelta(seconds=41 + RND.randrange(0, 20))
    return BACKFILL[0]


def parent(key, short, desc, state, owner, report, opened, updated, updated_by="hc",
           notes=None, response=""):
    if opened is None:
        opened = _migration_stamp()
    if updated is None:
        updated, updated_by = opened + dt.timedelta(seconds=3), "system"
    updated = max(updated, opened)
    ROWS.append(dict(kind="parent", key=key, short=short, desc=desc, state=state,
                     response=response, priority="4 - Low", owner=owner, report=report,
                     ftype="", ref="", parent_key="", opened=opened, target=None, actual=None,
                     close="", notes=notes or [], updated=updated, updated_by=updated_by))


def item(parent_key, text, state, owner, report, ftype, truth, *, short=None, desc=None,
         ref="", response=None, priority="3 - Moderate", opened=None, target=None, actual=None,
         close="", notes=None, updated=None, updated_by=None, migrated=True):
    """One issue. `truth` is a list of (hmicfrs ref or None, category, why)."""
    if migrated:
        flat = " ".join(text.split("\n")).replace("  ", " ")
        short = flat[:160] if short is None else short  # import set: left(text, 160)
        desc = text if desc is None else desc
        if opened is None:
            opened = _migration_stamp()
        if updated is None and not notes:
            if ref:
                updated, updated_by = _backfill_stamp(), "hc"
            else:
                updated, updated_by = opened + dt.timedelta(seconds=3), "system"
    if response is None:
        response = "Remediate" if state in ("Respond", "Review", "Closed") else ""
    ROWS.append(dict(kind="item", key=None, short=short, desc=desc or "", state=state,
                     response=response, priority=priority, owner=owner, report=report,
                     ftype=ftype, ref=ref, parent_key=parent_key, opened=opened, target=target,
                     actual=actual, close=close, notes=notes or [],
                     updated=updated or (max(n[0] for n in notes) if notes else opened),
                     updated_by=updated_by or (notes and max(notes)[1]) or "hc", truth=truth))


# ---- migration batch, 14/06/2022, in the legacy Excel tracker's order -----------------------
P_NAT = "P_NAT"
parent(P_NAT, "Legacy HMIC national (all forces) recommendations – migrated from Excel tracker",
       "Parent record for the all-forces recommendations carried on the legacy OL Excel tracker "
       "(reports 2013–2015). Child issues hold the individual recommendations.\n"
       + MIGRATION_NOTE, "Respond", "hc", "", None, T(2024, 6, 12, 15, 2),
       notes=[(T(2024, 6, 12, 15, 2), "hc",
               "Children reviewed for JAC July 2024. Parent stays open while any child is open.")])

item(P_NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search APP "
     "a clear specification of what constitutes the effective and fair exercise of stop and "
     "search powers, and guidance in this respect. This should be compliant with the Code of "
     "Practice.",
     "Closed", "lm", "Stop & Search powers (HMIC 2013)", NAT,
     [(3826, "in_sync", "Same S&S 2013 rec (CoP APP specification, compliant with the Code of "
       "Practice), APP abbreviated; HMICFRS No further action required = closed, issue Closed "
       "= done.")],
     actual=D(2019, 3, 28), updated=None,
     close="National action – CoP APP on stop and search published. Force policy aligned. "
           "Shown BLUE on the legacy tracker (closed 28/03/2019).")
item(P_NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance "
     "with the law (incl. equality legislation & the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.",
     "Respond", "lm", "Stop & Search powers (HMIC 2013)", NAT,
     [(3827, "closeable_local", "Same S&S 2013 monitoring rec; HMICFRS Superseded = closed, "
       "issue still in Respond = open: close the force record.")],
     target=D(2024, 9, 30),
     notes=[(T(2023, 11, 2, 14, 20), "lm", "Monthly S&S scrutiny dashboard still in "
             "development with Performance & Insight."),
            (T(2024, 5, 21, 9, 5), "hc", "Chased for update ahead of JAC.")])
item(P_NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way S&S powers are "
     "used in their areas and by making arrangements for S&S records to be scrutinised by "
     "community reps. Should involve those who are stopped & searched, e.g. young people.",
     "Closed", "lm", "Stop & Search powers (HMIC 2013)", NAT,
     [(3828, "in_sync", "S&S 2013 rec 'in consultation with elected local policing bodies' "
       "(the 2015 repeat says PCCs); HMICFRS No further action required, issue Closed.")],
     actual=D(2018, 1, 31), updated=None,
     close="Stop and Search Scrutiny Panel in place since 2016. Closed on legacy tracker.")
item(P_NAT,
     "Everyone's Business – DA action plan: By September 2014 every force to establish and "
     "publish an action plan specifying in detail what steps it will take to improve its "
     "approach to domestic abuse (developed in consultation with PCC, DA support orgs and "
     "victims' reps; after considering all the report's recs; with reference to DHRs and IPCC "
     "findings; drawing on CPS scrutiny panels and MARAC self-assessments).",
     "Closed", "mr", "Everyone's Business (DA) 2014", NAT,
     [(2318, "in_sync", "Everyone's business DA action plan, all four 'developed' points "
       "summarised; HMICFRS Superseded = closed, issue Closed.")],
     actual=D(2015, 2, 27), updated=None,
     close="DA action plan published Sept 2014, refreshed 2015. Now covered by the VAWG "
           "delivery plan.")
item(P_NAT,
     "All CCs and PCCs should review their plans to deliver savings to ensure they are doing "
     "all they can to continue to reduce crime and protect the front line while balancing "
     "their budgets (use HMIC VfM profiles).",
     "Closed", "af", "Policing in Austerity 2014", NAT,
     [(3541, "in_sync", "Austerity rec 1 (savings plans, VfM profiles); HMICFRS No further "
       "action required, issue Closed.")],
     actual=D(2016, 3, 31), updated=None,
     close="Addressed through the MTFP and the Lincs 2020 change programme.")
item(P_NAT,
     "Policing in Austerity – collaboration (recs 2 & 4): forces planning to deliver less than "
     "15% of savings through collaboration to assess scope to improve; and in preparation for "
     "the next spending round review plans for collaboration (other forces, public and/or "
     "private sector).",
     "Closed", "af", "Policing in Austerity 2014", NAT,
     [(3542, "conflict", "One issue holds austerity recs 2 and 4. Rec 2 part says 'less than "
       "15%' where HMICFRS says 'less than 10%' of savings through collaboration: figure "
       "disagrees (both sides closed)."),
      (3544, "in_sync", "Same issue, rec 4 part (review collaboration plans for the next "
       "spending round); HMICFRS No further action required, issue Closed.")],
     actual=D(2016, 3, 31), updated=None,
     close="Regional collaboration review completed; East Midlands collaboration programme.")
item(P_NAT,
     "CCs and PCCs in forces planning to reduce the proportion of their workforce and/or "
     "police officers on the front line should assess whether they have taken the decisive "
     "action seen in many forces to maintain their crime fighting capacity. HMIC will follow up "
     "in the autumn.",
     "Respond", "af", "Policing in Austerity 2014", NAT,
     [(3543, "closeable_local", "Austerity rec 3 (front line, decisive action); HMICFRS No "
       "further action required = closed, issue in Respond = open.")],
     target=D(2024, 12, 31),
     notes=[(T(2023, 3, 14, 11, 30), "af", "Front line model under review as part of Lincs "
             "2025 – keep open until Programme Board decision.")])
item(P_NAT,
     "Not later than 31 March 2015 forces using a THR policy that have not yet done so should "
     "provide call-handlers with specific, sound and comprehensible criteria against which "
     "they can assess threat, harm and risk.",
     "Closed", "gp", "Core Business 2014", NAT,
     [(4830, "in_sync", "Core Business THR criteria for call-handlers ('not later than 31 "
       "March 2015', forces using a THR policy) - not the CDI 2019 rec with the same ask; "
       "HMICFRS Superseded, issue Closed.")],
     actual=D(2016, 6, 30), updated=None,
     close="THRIVE adopted in the FCR. Closed on legacy tracker.")
item(P_NAT,
     "By 31 March 2015 all forces should ensure crime prevention / disruption activity is "
     "systematically recorded and subsequently evaluated to determine the effectiveness of "
     "tactics employed.",
     "Analyze", "lm", "Core Business 2014", NAT,
     [(1511, "closeable_local", "Core Business all-forces rec 'By 31 March 2015 all forces' "
       "(report Core Business) - not the CDI 2014 force rec with similar words; HMICFRS No "
       "further action required = closed, issue in Analyze = open.")],
     response="",
     notes=[(T(2023, 1, 19, 10, 12), "hc", "Owner to confirm whether the problem-solving "
             "database meets this before we propose closure.")])
item(P_NAT,
     "By 31 Aug 2015 all CCs should satisfy themselves that they have processes in place to "
     "ensure that investigations into misconduct by officers & staff resulting in \"no further "
     "action\" are fair and free of any form of discrimination.",
     "Closed", "jw", "Integrity Matters 2015", NAT,
     [(905, "in_sync", "Integrity matters NFA-misconduct rec; HMICFRS Complete, issue "
       "Closed.")],
     actual=D(2016, 4, 29), updated=None,
     close="PSD dip-samples NFA outcomes quarterly; reported to the Ethics Board.")
item(P_NAT,
     "Chief constables should, in consultation with PCCs, ensure that they comply with the Code "
     "of Practice by explaining to the public the way stop and search powers are used in their "
     "areas and by making arrangements for S&S records to be scrutinised by community "
     "representatives. This should be done in a way that involves those people who are stopped "
     "and searched, for example young people.",
     "Review", "lm", "Stop & search powers 2", NAT,
     [(6112, "closeable_submit", "S&S 2015 rec ('in consultation with PCCs', report Stop & "
       "search powers 2); issue in Review = remediation complete, evidence with the issue "
       "manager; HMICFRS Being progressed = open.")],
     target=D(2024, 3, 31),
     notes=[(T(2024, 4, 9, 16, 44), "lm", "Remediation complete – Stop and Search Scrutiny "
             "Panel ToR, minutes and youth panel evidence attached. Submitted for review.")])
item(P_NAT,
     "Within three months, all CCs should assess how well the governance of firearms licensing "
     "in their force meets the standards set out in APP. Where the governance standards are "
     "not being complied with the correct arrangements and procedures should be put in place "
     "immediately to meet the standards in full.",
     "Closed", "nb", "Targeting the Risk (Firearms Licensing) 2015", NAT,
     [(7001, "in_sync", "Firearms licensing governance vs APP; HMICFRS Complete, issue "
       "Closed.")],
     actual=D(2016, 1, 29), updated=None,
     close="Governance self-assessment against APP completed Jan 2016.")
item(P_NAT,
     "Within 3 months, all CCs should assess the demand placed on their firearms licensing "
     "department and ensure it has the capacity to meet this demand and provide an efficient & "
     "effective service at all times.",
     "Respond", "nb", "Targeting the Risk (Firearms Licensing) 2015", NAT,
     [(7002, "in_sync", "Firearms licensing demand and capacity; HMICFRS Being progressed, "
       "issue in Respond: both open.")],
     target=D(2024, 10, 31),
     notes=[(T(2024, 2, 6, 13, 10), "nb", "Demand review repeated after the 2023 Home Office "
             "statutory guidance; business case for 2 extra enquiry officers at COG in "
             "September.")])
item(P_NAT,
     "Firearms licensing – 'total expired' records (immediately) and temporary permits "
     "(within 3 months): satisfy ourselves all appropriate action taken on total expired "
     "records; temporary permits in line with HO guidance, recorded without delay on NFLMS, "
     "and systems in place so certificate holders are never in unlawful possession of a "
     "firearm.",
     "Closed", "nb", "Targeting the Risk (Firearms Licensing) 2015", NAT,
     [(7003, "in_sync", "One issue holds two firearms recs; 'total expired' records part; "
       "HMICFRS Complete, issue Closed."),
      (7004, "closeable_submit", "Same issue, temporary permits part (HO guidance, NFLMS, "
       "unlawful possession); issue Closed = done, HMICFRS Being progressed = open.")],
     actual=D(2019, 11, 29), updated=None,
     close="Total expired records cleared 2016; temporary permit process audited by internal "
           "audit Nov 2019 (substantial assurance).")
item(P_NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment "
     "which they should be undertaking in such circumstances, and their power, when "
     "appropriate, to seize firearms and firearm certificates.",
     "Review", "nb", "Targeting the Risk (Firearms Licensing) 2015", NAT,
     [(7005, "closeable_submit", "Firearms holder flag on incidents at dispatch (text cut at "
       "160 in Short description, full in Description); issue in Review = done, HMICFRS Being "
       "progressed.")],
     target=D(2024, 5, 31),
     notes=[(T(2024, 6, 3, 10, 25), "nb", "STORM flag for certificate holders live; dispatcher "
             "briefing and officer training records attached. Remediation complete – "
             "submitted for review."),
            (T(2023, 9, 12, 9, 0), "nb", "Awaiting STORM change request CR-4471.")])

P_STOLEN = "P_STOLEN"
parent(P_STOLEN, "Stolen Freedom (MSHT) 2017 – all forces",
       "Parent record for the Stolen Freedom recommendations (published 24/10/2017).\n"
       + MIGRATION_NOTE, "Respond", "mr", "Stolen Freedom (MSHT) 2017",
       None, None)
_split_why = ("Stolen freedom leadership & governance rec split by the force into 4 issues "
              "(bullet {n} of 4); parts 1, 3, 4 Closed, part 2 in Respond, so the force item "
              "is open; HMICFRS Being progressed = open.")
item(P_STOLEN,
     "MSHT leadership & governance (1 of 4): senior leaders prioritise the response to modern "
     "slavery and human trafficking",
     "Closed", "mr", "Stolen Freedom (MSHT) 2017", NAT,
     [(9420, "in_sync", _split_why.format(n=1))],
     actual=D(2018, 9, 28), updated=None,
     close="MSHT Gold group chaired by ACC since 2018.")
item(P_STOLEN,
     "MSHT leadership & governance (2 of 4): every incident of modern slavery identified to "
     "police is allocated appropriate resources with the skills, experience & capacity to "
     "investigate it effectively",
     "Respond", "so", "Stolen Freedom (MSHT) 2017", NAT,
     [(9420, "in_sync", _split_why.format(n=2))],
     target=D(2024, 9, 30),
     notes=[(T(2024, 4, 30, 12, 0), "so", "Resourcing model for MSHT investigations being "
             "redrafted with Force CID after the 2024 restructure.")])
item(P_STOLEN,
     "MSHT leadership & governance (3 of 4): forces develop effective partnership arrangements "
     "to co-ordinate activity in order to share information and safeguard victims",
     "Closed", "mr", "Stolen Freedom (MSHT) 2017", NAT,
     [(9420, "in_sync", _split_why.format(n=3))],
     actual=D(2019, 6, 28), updated=None,
     close="Anti-Slavery Partnership in place with the county council.")
item(P_STOLEN,
     "MSHT leadership & governance (4 of 4): performance and QA measures in place to allow "
     "senior leaders to assess the nature and quality of the service provided to victims",
     "Closed", "th", "Stolen Freedom (MSHT) 2017", NAT,
     [(9420, "in_sync", _split_why.format(n=4))],
     actual=D(2020, 1, 31), updated=None,
     close="MSHT measures added to the Force Performance pack.")
item(P_STOLEN,
     "Within 6 months, forces should have in place active ISAs with other agencies to "
     "facilitate speedy exchange of intelligence and to safeguard victims better and identify "
     "suspects as early as possible",
     "Closed", "mr", "Stolen Freedom (MSHT) 2017", NAT,
     [(9421, "closeable_submit", "MSHT information-sharing agreements (ISAs), HMICFRS text has "
       "a stray footnote '86'; issue Closed, HMICFRS Awaiting review = open.")],
     ref="9421", actual=D(2018, 12, 14), updated=None,
     close="ISAs signed with both local authorities, NHS trusts and the GLAA.")
item(P_STOLEN,
     "Immediately – all victims carrying out criminal acts under compulsion attributable to "
     "slavery or exploitation are afforded early and continuing consideration of the s45 "
     "defence.",
     "Respond", "cd", "Stolen Freedom (MSHT) 2017", NAT,
     [(9422, "in_sync", "MSHT section 45 defence; HMICFRS Awaiting review, issue in Respond: "
       "both open.")],
     ref="9422", target=D(2024, 8, 31),
     notes=[(T(2024, 3, 8, 9, 45), "cd", "s45 prompt added to the custody risk assessment; "
             "CPS joint protocol still to be signed.")])
item(P_STOLEN,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.",
     "Respond", "mr", "Stolen Freedom (MSHT) 2017", NAT,
     [(9423, "closeable_local", "MSHT NRM / duty to notify; HMICFRS Complete = closed, issue in "
       "Respond = open.")],
     ref="9423", target=D(2024, 7, 31),
     notes=[(T(2023, 10, 17, 15, 30), "mr", "Duty to notify audit Q3 – 94% compliance.")])
item(P_STOLEN,
     "Immediately, forces should take steps to ensure they fully comply with NCRS requirements "
     "for offences identified as MSHT and that sufficient audit capacity is available to the "
     "FCR to provide reassurance that the force is identifying and managing any gaps in its "
     "crime-recording accuracy for these types of offences.",
     "Review", "so", "Stolen Freedom (MSHT) 2017", NAT,
     [(9424, "closeable_submit", "MSHT NCRS compliance and FCR audit capacity; issue in Review "
       "= done, HMICFRS Being progressed = open.")],
     ref="HMICFRS 9424", target=D(2024, 6, 30),
     notes=[(T(2024, 6, 18, 11, 12), "so", "FCR audit of MSHT crimes (Apr 24) attached – 97% "
             "compliant. Remediation complete, submitted for review.")])
item(P_STOLEN,
     "Immediately, forces should ensure that allegations or indications of MSHT are thoroughly "
     "investigated and effectively supervised by teams and individuals with the skills and "
     "experience to undertake them (incl. joint intelligence teams and other means to obtain "
     "intelligence and evidence from agencies overseas).",
     "New", "so", "Stolen Freedom (MSHT) 2017", NAT,
     [(9425, "in_sync", "MSHT investigation and supervision; HMICFRS Awaiting review, issue New "
       "(not yet triaged): both open.")],
     ref="9425", response="")
item(P_STOLEN,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure opportunities to restrict the activities of those deemed to "
     "pose a clear threat to others in respect of MSHT offences are exploited.",
     "Respond", "mr", "Stolen Freedom (MSHT) 2017", NAT,
     [(9426, "conflict", "Text is clearly the MSHT preventative powers rec (9426), but the "
       "issue's HMICFRS reference says 9462, which is not on the list: reference disagrees. "
       "Both open.")],
     ref="9462", target=D(2024, 9, 30),
     notes=[(T(2024, 1, 25, 14, 0), "mr", "STRO/STPO usage reviewed; 3 orders obtained in 2023. "
             "Guidance refresh for DCs pending.")])

P_EFC17 = "P_EFC17"
parent(P_EFC17, "PEEL Efficiency 17 (all forces)",
       "Parent record for the all-forces recommendation in the PEEL efficiency 2017 national "
       "report.\n" + MIGRATION_NOTE, "Closed", "dk", "PEEL Efficiency 17 (all forces)",
       None, None,
       response="Remediate")
item(P_EFC17,
     "By September 2018, CCs should produce an ambitious plan to improve digitally-enabled "
     "services within their force. (HO, NPCC & APCC to support via a national framework.)",
     "Closed", "dk", "PEEL Efficiency 17 (all forces)", NAT,
     [(8630, "closeable_submit", "PEEL efficiency 2017 digital plan rec; issue Closed, HMICFRS "
       "Being progressed = open.")],
     ref="8630", actual=D(2019, 7, 31), updated=None,
     close="Digital Policing Strategy 2019-22 approved by COG 16/07/2019.")

P_LEG17 = "P_LEG17"
parent(P_LEG17, "PEEL Legit 17 S&S", "Parent record: PEEL legitimacy 2017 national stop and "
       "search cause of concern and recommendations.\n" + MIGRATION_NOTE, "Respond", "lm",
       "PEEL Legit 17 S&S", None, None)
item(P_LEG17,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in S&S data which "
     "many forces are unable to explain.",
     "Respond", "lm", "PEEL Legit 17 S&S", COC,
     [(8650, "in_sync", "PEEL legitimacy 2017 S&S cause of concern (type Cause of concern on "
       "both); HMICFRS Being progressed, issue in Respond.")],
     ref="8650", priority="2 - High", target=D(2024, 12, 31),
     notes=[(T(2024, 5, 2, 10, 0), "lm", "Disproportionality still 3.1x for black people; "
             "external scrutiny panel reviewing BWV monthly.")])
item(P_LEG17,
     "By July 2018, all forces should be regularly and frequently monitoring a comprehensive "
     "set of data on S&S to understand:\n• reasons for any disproportionate representation of "
     "different ethnic groups;\n• the extent to which find rates differ between ethnicities "
     "and across types of searches (incl. drug possession and supply-type offences);\n• "
     "prevalence of possession-only drug searches and alignment with local/force priorities.",
     "Closed", "th", "PEEL Legit 17 S&S", NAT,
     [(8651, "in_sync", "S&S monitoring data rec, all three points present; HMICFRS Complete, "
       "issue Closed.")],
     ref="8651", actual=D(2019, 10, 31), updated=None,
     close="S&S dashboard (Power BI) live and reviewed monthly at the S&S Board.")
item(P_LEG17,
     "Where forces identify disparities through monitoring, demonstrate to the public that they "
     "have: • carried out research & analysis to understand the reasons for the disparity, and "
     "• taken action to reduce the disparity, where necessary",
     "Respond", "lm", "PEEL Legit 17 S&S", NAT,
     [(8652, "in_sync", "S&S disparities: research and action, both points present; HMICFRS "
       "Being progressed, issue in Respond.")],
     ref="8652", target=D(2024, 12, 31))
item(P_LEG17,
     "By July 2018, and ongoing, all officers who use S&S powers to have been provided with, "
     "and understand, training on unconscious bias and CoP APP on stop and search.",
     "Closed", "pn", "PEEL Legit 17 S&S", NAT,
     [(8654, "closeable_submit", "Unconscious bias and APP training for officers who use S&S; "
       "issue Closed, HMICFRS Being progressed = open.")],
     ref="HMICFRS ref 8654", actual=D(2019, 3, 29), updated=None, close="Training delivered to all frontline officers by March 2019; in "
                            "the probationer programme since.")

P_EFF16 = "P_EFF16"
parent(P_EFF16, "PEEL Effectiveness 2016", "Parent record: PEEL effectiveness 2016 causes of "
       "concern, recommendations and areas for improvement.\n" + MIGRATION_NOTE, "Respond",
       "mr", "PEEL Effectiveness 2016", None, None)
item(P_EFF16,
     "CAUSE OF CONCERN – DA: The force policy which allows an officer discretion to complete a "
     "DASH risk assessment in some crimes and incidents does not provide confidence that risk "
     "is always assessed appropriately. Officers not consistently completing a DASH where force "
     "policy requires. Some victims of DA who may be at risk of harm not being appropriately "
     "risk-assessed.",
     "Respond", "mr", "PEEL Effectiveness 2016", COC,
     [(8810, "in_sync", "PEEL effectiveness 2016 DA/DASH cause of concern, shortened; HMICFRS "
       "Being progressed, issue in Respond.")],
     priority="1 - Critical", target=D(2024, 9, 30),
     notes=[(T(2024, 5, 14, 8, 55), "mr", "DARA rolled out to all response officers; DASH "
             "compliance audit due August.")])
item(P_EFF16,
     "To address this CoC the force should immediately take steps to ensure there is effective "
     "supervision of the initial risk assessment process, specifically in relation to the "
     "completion of DASH in appropriate cases.",
     "Review", "mr", "PEEL Effectiveness 2016", REC,
     [(8811, "closeable_submit", "DASH supervision rec under the DA cause of concern; issue in "
       "Review = done, HMICFRS Being progressed = open.")],
     priority="2 - High", target=D(2024, 6, 30),
     notes=[(T(2024, 6, 20, 17, 2), "mr", "Supervisory review of DASH now mandatory in Niche "
             "(OEL task). Audit evidence attached. Submitted for review.")])
item(P_EFF16,
     "CAUSE OF CONCERN – missing & absent children: assessment of risk for children who go "
     "missing from home inappropriate in some cases; children classed as 'absent' when should "
     "have been 'missing'; risk levels sometimes incorrectly assessed at a lower grade.",
     "Closed", "mr", "PEEL Effectiveness 2016", COC,
     [(8812, "in_sync", "Missing and absent children cause of concern, summarised; HMICFRS "
       "Complete, issue Closed.")],
     priority="1 - Critical", actual=D(2019, 3, 29), updated=None, close="Absent category withdrawn nationally; all missing children "
                                "risk-assessed by a supervisor.")
item(P_EFF16,
     "Review approach to reports of missing children and take steps to ensure that: call takers "
     "understand and use the missing and absent category appropriately; call takers and "
     "frontline staff have the necessary knowledge to identify risk factors associated with "
     "CSE and how to respond; supervisors provide the correct oversight of missing person "
     "enquiries and direct appropriate and timely investigative and safeguarding action",
     "Respond", "gp", "PEEL Effectiveness 2016", REC,
     [(8813, "closeable_local", "Missing children rec, all three points; HMICFRS Complete = "
       "closed, issue in Respond = open.")],
     priority="2 - High", target=D(2024, 9, 30),
     notes=[(T(2024, 2, 27, 13, 40), "gp", "Call-taker refresher on missing/absent delivered; "
             "keeping open until CSE awareness e-learning reaches 90%.")])
item(P_EFF16,
     "Within six months ensure regular and active supervision of the quality and progress of "
     "investigations. This supervision should be properly recorded.",
     "Closed", "so", "PEEL Effectiveness 2016", REC,
     [(8814, "in_sync", "Supervision of investigations (PEEL effectiveness 2016, 'within six "
       "months', properly recorded) - not the 2018/19 rec on investigation plans; HMICFRS "
       "Superseded, issue Closed as superseded.")],
     actual=D(2019, 5, 31), updated=None,
     close="Superseded – HMICFRS rolled this into the PEEL 2018/19 investigation standards "
           "recommendation.")
item(P_EFF16,
     "Improve understanding of suspects released under investigation (RUI) and the management "
     "of those released on bail",
     "Respond", "cd", "PEEL Effectiveness 2016", REC,
     [(8815, "conflict", "Same RUI/bail ask, but the issue's Finding type is Recommendation "
       "where HMICFRS lists an Area for improvement: type disagrees. Both open.")],
     target=D(2024, 10, 31),
     notes=[(T(2024, 4, 11, 10, 30), "cd", "RUI reduction plan with the Criminal Justice "
             "Board; bail management dashboard in test.")])
item("",
     "The force should develop its understanding of the links between its outcomes, outputs "
     "and costs.",
     "Respond", "af", "PEEL Efficiency 2016", AFI,
     [(None, "not_on_hmicfrs_list", "PEEL efficiency 2016 AFI (issue says ref 8212, no Parent "
       "record); no PEEL efficiency 2016 item and no 8212 on the definitive list - query with "
       "HMICFRS (probably closed and dropped).")],
     ref="8212", target=D(2024, 12, 31),
     notes=[(T(2023, 6, 6, 9, 20), "af", "Activity-based costing model refresh with CIPFA.")])

P_CDI14 = "P_CDI14"
parent(P_CDI14, "CDI 2014", "Parent record: crime data integrity inspection 2014.\n"
       + MIGRATION_NOTE, "Respond", "so", "CDI 2014", None, None)
item(P_CDI14,
     "Revise approach to cautions, cannabis warnings and PNDs – clear and auditable explanation "
     "to offender of implications; for victim-based crimes, auditable record that victim's "
     "views considered before issue. (within 3 months)",
     "Closed", "cd", "CDI 2014", REC,
     [(5820, "closeable_submit", "CDI 2014 out-of-court disposals rec (cautions, cannabis "
       "warnings, PNDs); issue Closed, HMICFRS Being progressed = open.")],
     actual=D(2016, 3, 31), updated=None,
     close="OOCD scrutiny panel in place; disposal forms record victim's views.")

P_NCPI = "P_NCPI"
parent(P_NCPI, "NCPI 2018", "Parent record: national child protection inspection 2018.\n"
       + MIGRATION_NOTE, "Respond", "mr", "NCPI 2018", None, None)
item(P_NCPI,
     "Within six months the force should in conjunction with children's social care services, "
     "review how it manages the detention of children. As a minimum it should:\n• ensure that "
     "all children are only detained when absolutely necessary and for the absolute minimum "
     "amount of time;\n• ensure that officers and staff in the custody suite assess at an "
     "early stage a child's need for alternative accommodation (secure or otherwise) and work "
     "with children's social care services to achieve the most appropriate option for the "
     "child;\n• ensure that custody staff make a record of all actions taken and decisions "
     "made on the relevant documentation; and\n• improve the timeliness of adequate "
     "appropriate adult support for children who are arrested",
     "Review", "cd", "NCPI 2018", REC,
     [(10320, "closeable_submit", "NCPI detention of children rec, all four bullets in "
       "Description (Short description cut at 160); issue in Review = done, HMICFRS Awaiting "
       "review = open.")],
     priority="2 - High", target=D(2024, 6, 30),
     notes=[(T(2024, 6, 24, 9, 15), "cd", "Concordat on children in custody signed with the "
             "county council; AA response times now 2h median. Submitted for review.")])
item(P_NCPI,
     "Within 3 months – CSE investigations allocated to officers with the right skills and "
     "effectively supervised",
     "Respond", "mr", "NCPI 2018", REC,
     [(10321, "in_sync", "NCPI CSE investigations allocated to skilled officers, supervised; "
       "HMICFRS Being progressed, issue in Respond.")],
     target=D(2024, 9, 30))
item(P_NCPI,
     "Improve how we work with partner organisations to safeguard people at risk from CSE",
     "Closed", "mr", "NCPI 2018", AFI,
     [(10322, "in_sync", "NCPI AFI partnership safeguarding for CSE; HMICFRS Complete, issue "
       "Closed.")],
     actual=D(2020, 9, 30), updated=None,
     close="Joint CSE hub with the LSCP operational since 2020.")

P_1819 = "P_1819"
parent(P_1819, "PEEL 2018/19", "Parent record: PEEL 2018/19 inspection of Lincolnshire "
       "Police.\n" + MIGRATION_NOTE, "Respond", "jw", "PEEL 2018/19",
       None, None)
item(P_1819,
     "CoC – size of the vetting backlog within Lincolnshire Police",
     "Respond", "jw", "PEEL 2018/19", COC,
     [(11210, "in_sync", "PEEL 2018/19 vetting backlog cause of concern; HMICFRS Being "
       "progressed, issue in Respond.")],
     ref="11210", priority="1 - Critical", target=D(2024, 9, 30),
     notes=[(T(2024, 6, 4, 16, 10), "jw", "Backlog 212 (from 1,140 in 2019). Renewals on "
             "track.")])
item(P_1819,
     "Immediately: ensure all staff have received at least the lowest level of vetting "
     "clearance for their roles as quickly as possible, clearing both the vetting backlog and "
     "new vetting renewals when due so we comply fully with the national vetting guidelines",
     "Respond", "jw", "PEEL 2018/19", REC,
     [(11211, "in_sync", "Vetting clearance rec under the vetting cause of concern; HMICFRS "
       "Being progressed, issue in Respond.")],
     ref="11211", priority="2 - High", target=D(2024, 9, 30))
item(P_1819,
     "HMIC recommends that the force should immediately: expand the skills project work to "
     "include an assessment of all skills, not only operational, including potential future "
     "skills requirements. This assessment should inform workforce plans",
     "Closed", "pn", "PEEL 2018/19", REC,
     [(11212, "closeable_submit", "Skills project / workforce plans rec (verbatim); issue "
       "Closed, HMICFRS Awaiting review = open.")],
     ref="11212", actual=D(2021, 3, 31), updated=None,
     close="Skills audit of all roles complete; feeds the Strategic Workforce Plan 2021-24.")
item(P_1819,
     "Within 6 months improve supervision of investigations so investigation plans are set, "
     "reviewed and recorded and victims receive a consistently good service",
     "Respond", "so", "PEEL 2018/19", REC,
     [(11213, "in_sync", "PEEL 2018/19 supervision of investigations (plans set, reviewed, "
       "recorded); HMICFRS Awaiting review, issue in Respond.")],
     ref="11213", target=D(2024, 12, 31))
item(P_1819,
     "Improve understanding of the nature and scale of county lines drug dealing in "
     "Lincolnshire",
     "Respond", "so", "PEEL 2018/19", AFI,
     [(11214, "closeable_local", "County lines nature and scale AFI; HMICFRS Complete = "
       "closed, issue in Respond = open.")],
     ref="11214", target=D(2024, 7, 31),
     notes=[(T(2024, 1, 9, 11, 0), "so", "County lines problem profile refreshed Dec 2023; "
             "owner wants one more quarter of data before closing.")])
item(P_1819,
     "Lincolnshire Police should make sure it has enough specialist capacity and capability to "
     "investigate online child sexual abuse.",
     "Respond", "mr", "PEEL 2018/19", AFI,
     [(11216, "in_sync", "Online CSA specialist capacity AFI (verbatim); HMICFRS Being "
       "progressed, issue in Respond.")],
     ref="11216", target=D(2024, 11, 30))

P_CDI19 = "P_CDI19"
parent(P_CDI19, "CDI 2019", "Parent record: crime data integrity inspection 2019.\n"
       + MIGRATION_NOTE, "Respond", "so", "CDI 2019", None, None)
_cdi_why = ("CDI 2019 rec 1 (victims believed ... online reports triaged) split by the force "
            "into two issues (bullets {b}); both parts Closed, so the item is done; HMICFRS "
            "Being progressed = open.")
item(P_CDI19,
     "CDI rec 1 (bullets 1-3): arrangements to ensure • at the point of report, victims are "
     "believed; • conversations between call handlers and callers are summarised accurately in "
     "the incident log, giving attending officers full facts for crime-recording decisions; • "
     "multiple crimes are always recorded when described within incident records or identified "
     "as part of other recorded crime investigations",
     "Closed", "gp", "CDI 2019", REC,
     [(11540, "closeable_submit", _cdi_why.format(b="1-3"))],
     ref="11540", actual=D(2021, 9, 30), updated=None,
     close="FCR audit Sept 2021: incident log summaries and multiple-crime recording "
           "compliant.")
item(P_CDI19,
     "CDI rec 1 (bullets 4-5): • the practice of awaiting the results of medical examinations "
     "or video interviews before making crime-recording decisions is stopped; and • online "
     "reports of crime are triaged at the point of receipt to ensure any ongoing risks to the "
     "victim or the wider public are identified and appropriately managed",
     "Closed", "so", "CDI 2019", REC,
     [(11540, "closeable_submit", _cdi_why.format(b="4-5"))],
     ref="11540", actual=D(2022, 3, 31), updated=None,
     close="Online crime reports triaged by the OCC desk 24/7 since March 2022.")
item(P_CDI19,
     "Within six months provide call-handlers with specific, sound and comprehensible criteria "
     "against which they can assess threat, harm and risk (THRIVE refresh)",
     "Respond", "gp", "CDI 2019", REC,
     [(11541, "in_sync", "CDI 2019 THR criteria for call-handlers ('within six months', report "
       "CDI 2019) - not the Core Business 2014 rec; HMICFRS Awaiting review, issue in "
       "Respond.")],
     ref="11541", target=D(2024, 8, 31))
item(P_CDI19,
     "By March 2020 – record reports of RASSO accurately and without delay",
     "Respond", "so", "CDI 2019", REC,
     [(11542, "in_sync", "CDI 2019 rape and serious sexual offences recording (RASSO); "
       "HMICFRS Being progressed, issue in Respond.")],
     ref="11542", target=D(2024, 9, 30))
item(P_CDI19,
     "Make sure reports of stalking and harassment are recorded accurately and without delay",
     "Closed", "so", "CDI 2019", AFI,
     [(11543, "closeable_submit", "CDI 2019 stalking and harassment recording AFI; issue "
       "Closed, HMICFRS Awaiting review = open.")],
     ref="11543", actual=D(2022, 12, 16), updated=None,
     close="S&H recording compliance 96% in the Dec 2022 audit.")
item(P_CDI19,
     "Make sure officers & staff have the training they need to identify and respond to MSHT",
     "Closed", "pn", "CDI 2019", AFI,
     [(11544, "in_sync", "CDI 2019 MSHT training AFI; HMICFRS Complete, issue Closed.")],
     ref="11544", actual=D(2021, 2, 26), updated=None,
     close="MSHT e-learning mandatory; 93% completion.")

P_POW = "P_POW"
parent(P_POW, "Police powers spotlight (Feb 21)", "Parent record: Disproportionate use of "
       "police powers (26/02/2021).\n" + MIGRATION_NOTE, "Respond", "lm",
       "Police powers spotlight (Feb 21)", None, None)
item(P_POW,
     "By July 2023, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     "Respond", "pn", "Police powers spotlight (Feb 21)", NAT,
     [(13902, "conflict", "Same communication skills rec, but the issue says 'By July 2023' "
       "where HMICFRS says 'By July 2022': deadline disagrees. Both open.")],
     ref="13902", target=D(2024, 9, 30),
     notes=[(T(2024, 3, 19, 10, 0), "pn", "Conflict management module added to OST "
             "2024/25.")])
item(P_POW,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the CPD programme for officers & staff, and that supervisors are supported to routinely "
     "and frequently debrief officers on these skills using BWV footage.",
     "Respond", "pn", "Police powers spotlight (Feb 21)", NAT,
     [(13903, "in_sync", "Communication skills in CPD, BWV debriefs; HMICFRS Awaiting review, "
       "issue in Respond.")],
     ref="13903", target=D(2024, 9, 30))
item(P_POW,
     "By September 2021, forces should: ensure that officers record on BWV (when available) the "
     "entirety of all S&S encounters, incl. traffic stops and use of force incidents.\nhave a "
     "structured process for regularly reviewing and monitoring internally a sufficient sample "
     "of BWV footage to identify and disseminate learning and hold officers to account when "
     "behaviour falls below acceptable standards.",
     "Respond", "lm", "Police powers spotlight (Feb 21)", NAT,
     [(13904, "conflict", "BWV rec: the issue holds the first two parts only; the third "
       "(external scrutiny panel access to BWV footage) is missing: missing bullet. Both "
       "open.")],
     ref="13904", target=D(2024, 9, 30),
     notes=[(T(2024, 5, 28, 15, 20), "lm", "BWV activation compliance 91%; internal dip "
             "sample monthly.")])
item(P_POW,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon "
     "as possible.",
     "Closed", "th", "Police powers spotlight (Feb 21)", NAT,
     [(13905, "closeable_submit", "Home Office / NPCC data rec; issue Closed with Response "
       "Accept (not the force's to deliver) = done for the force; HMICFRS Awaiting review = "
       "open.")],
     ref="13905", response="Accept", actual=D(2021, 5, 12), updated=None,
     close="Not for the force to deliver – recommendation is addressed to the Home Office and "
           "NPCC. Accepted (no force action) at Strategic Governance Board 12/05/2021.")
item(P_POW,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.",
     "Respond", "th", "Police powers spotlight (Feb 21)", NAT,
     [(13906, "in_sync", "Use of force internal monitoring; only the Short description (cut "
       "at 160 characters, Description blank) but clearly this rec; HMICFRS Being progressed, "
       "issue in Respond.")],
     ref="13906", desc="", target=D(2024, 12, 31))

# ---- PEEL 2021/22, raised by hand in August 2022 ---------------------------------------------
P_2122 = "P_2122"
parent(P_2122, "PEEL 2021/22", "Parent record: PEEL 2021/22 inspection of Lincolnshire Police, "
       "published 22/07/2022. 8 AFIs raised as child issues 09/08/2022.", "Respond", "hc",
       "PEEL 2021/22", T(2022, 8, 2, 14, 5), T(2024, 2, 12, 9, 30))
_o = dict(migrated=False)
item(P_2122, None, "Respond", "mr", "PEEL 2021/22", AFI,
     [(14710, "in_sync", "PEEL 2021/22 AFI DA victims kept informed (VCOP), verbatim in "
       "Description; HMICFRS Awaiting review, issue in Respond.")],
     short="AFI 1 – Keep DA victims updated on case progress (VCOP)",
     desc="The force should make sure victims of domestic abuse are kept informed about the "
          "progress of their case, in line with the Code of Practice for Victims of Crime.",
     ref="14710", opened=T(2022, 8, 9, 10, 2), target=D(2024, 10, 31),
     notes=[(T(2024, 4, 16, 10, 0), "mr", "VCOP compliance 78% (target 90%).")], **_o)
item(P_2122, None, "Review", "gp", "PEEL 2021/22", AFI,
     [(14711, "closeable_submit", "PEEL 2021/22 AFI response times to vulnerable adults; issue "
       "in Review = done, HMICFRS Being progressed = open.")],
     short="AFI 2 – Timeliness of response to calls involving vulnerable adults",
     desc="The force should improve the timeliness of its response to calls for service "
          "involving vulnerable adults.",
     ref="HMICFRS 14711", opened=T(2022, 8, 9, 10, 4), target=D(2024, 6, 30),
     notes=[(T(2024, 6, 27, 12, 41), "gp", "Grade 2 attendance within target for 6 months; "
             "evidence pack attached. Remediation complete, submitted for review.")], **_o)
item(P_2122, None, "Respond", "mr", "PEEL 2021/22", AFI,
     [(14712, "in_sync", "PEEL 2021/22 AFI ancillary orders for stalking and harassment "
       "victims; HMICFRS Being progressed, issue in Respond.")],
     short="AFI 3 – Ancillary orders / powers for stalking & harassment victims",
     desc="The force should make sure it consistently uses ancillary orders and other powers to "
          "protect victims of stalking and harassment.",
     ref="14712", opened=T(2022, 8, 9, 10, 6), target=D(2024, 9, 30), **_o)
item(P_2122, None, "Respond", "gp", "PEEL 2021/22", AFI,
     [(14713, "in_sync", "PEEL 2021/22 AFI control room resourcing and wellbeing; HMICFRS "
       "Awaiting review, issue in Respond.")],
     short="AFI 4 – Control room resourcing & wellbeing",
     desc="The force should ensure that it has sufficient resources available in the control "
          "room to fulfil its resourcing model, and so to meet its demand, while also taking "
          "into account the wellbeing of its workforce.",
     ref="14713 ", opened=T(2022, 8, 9, 10, 7), target=D(2025, 3, 31),
     notes=[(T(2024, 3, 5, 9, 12), "gp", "Recruitment of 18 call handlers complete; attrition "
             "still above 15%.")], **_o)
item(P_2122, None, "Closed", "lm", "PEEL 2021/22", AFI,
     [(14714, "in_sync", "PEEL 2021/22 AFI problem-solving approach to ASB (Short description "
       "only); HMICFRS Complete, issue Closed.")],
     short="AFI 5 – Problem-solving approach to ASB with communities and partners", desc="",
     ref="14714", opened=T(2022, 8, 9, 10, 9), actual=D(2023, 11, 30),
     close="OSARA problem-solving embedded in neighbourhood teams; Community Safety "
           "Partnership ASB plan agreed.", updated=T(2023, 12, 4, 11, 3), updated_by="lm",
     **_o)
item(P_2122, None, "Analyze", "th", "PEEL 2021/22", AFI,
     [(14715, "in_sync", "PEEL 2021/22 AFI VAWG performance framework; HMICFRS Being "
       "progressed, issue in Analyze.")],
     short="AFI 6 – VAWG performance framework for senior leaders",
     desc="The force should make sure its performance framework gives senior leaders a clear "
          "picture of its response to violence against women and girls.",
     ref="14715", response="", opened=T(2022, 8, 9, 10, 10), **_o)
item(P_2122, None, "Respond", "so", "PEEL 2021/22", AFI,
     [(14716, "closeable_local", "PEEL 2021/22 AFI fraud nature and scale; HMICFRS No further "
       "action required = closed, issue in Respond = open.")],
     short="AFI 7 – Understand nature & scale of fraud",
     desc="The force should improve its understanding of the nature and scale of fraud in its "
          "area.",
     ref="14716", opened=T(2022, 8, 9, 10, 12), target=D(2024, 12, 31),
     notes=[(T(2024, 1, 30, 14, 8), "so", "Fraud problem profile commissioned from the "
             "regional ROCU analyst.")], **_o)
item(P_2122, None, "Closed", "pn", "PEEL 2021/22", AFI,
     [(14717, "closeable_submit", "PEEL 2021/22 AFI team cultures and staff feedback; issue "
       "Closed, HMICFRS Being progressed = open.")],
     short="AFI 8 – Monitor team cultures using staff feedback",
     desc="The force should put plans in place to monitor, including through the gathering and "
          "analysis of staff feedback, team cultures and provide prompt remedial action for any "
          "issues it identifies.",
     ref="14717", opened=T(2022, 8, 9, 10, 13), actual=D(2024, 3, 28),
     close="Culture dashboard (pulse survey + grievance data) reviewed quarterly at the People "
           "Board.", updated=T(2024, 3, 28, 16, 20), updated_by="pn", **_o)
item(P_2122, None, "Respond", "so", "PEEL 2021/22", AFI,
     [(11215, "conflict", "Text identical to the PEEL 2018/19 AFI on SOC intelligence (11215), "
       "but the issue files it under PEEL 2021/22 as 'AFI 9' (that report has only 8 AFIs on "
       "the list): report disagrees. Both open.")],
     short="AFI 9 – SOC intelligence",
     desc="The force should improve how it gathers, assesses and acts on intelligence about "
          "serious and organised crime.",
     opened=T(2022, 8, 9, 10, 15), target=D(2024, 12, 31),
     notes=[(T(2022, 8, 9, 10, 16), "hc", "Added to the 21/22 list – wording identical to a "
             "2018/19 AFI; check with the FLL whether this is a repeat.")], **_o)

# ---- the force's own actions and later additions (2023) -------------------------------------
item(P_2122, None, "Respond", "mr", "PEEL 2021/22", "Force action",
     [(None, "not_on_hmicfrs_list", "The force's own action (Finding type Force action) under "
       "the PEEL 2021/22 parent; nothing like it on the HMICFRS list.")],
     short="Force action – Dip-sample 50 domestic abuse crime reports each quarter and report "
           "findings to the Crime Standards Board",
     desc="Local action agreed at the Crime Standards Board in support of AFI 1.",
     opened=T(2023, 2, 14, 9, 30), target=D(2024, 12, 31), **_o)
item(P_2122, None, "Closed", "th", "PEEL 2021/22", "Force action",
     [(None, "not_on_hmicfrs_list", "The force's own action (add VAWG measures to the "
       "performance pack), Closed; not an HMICFRS item.")],
     short="Force action – Add violence against women and girls measures to the monthly Force "
           "Performance pack",
     desc="", opened=T(2023, 2, 14, 9, 34), actual=D(2023, 6, 30),
     close="Measures in the pack from the June 2023 edition.", updated=T(2023, 7, 3, 8, 50),
     updated_by="th", **_o)
item("", None, "Cancelled", "hc", "Fire and rescue service inspection 2021/22 – Effectiveness",
     AFI,
     [(None, "not_on_hmicfrs_list", "Fire and rescue AFI raised in error and Cancelled (it is "
       "Lincolnshire Fire and Rescue's); not on the force's HMICFRS list.")],
     short="AFI – firefighters and fire control staff access to risk information",
     desc="The service should make sure its firefighters and fire control staff have good "
          "access to relevant and up-to-date risk information.",
     response="", opened=T(2023, 4, 3, 11, 20),
     close="Raised in error – this AFI is for Lincolnshire Fire and Rescue, not the force. "
           "Cancelled.", updated=T(2023, 4, 3, 11, 41), updated_by="hc", **_o)
item(P_NAT, None, "New", "nb", "Targeting the Risk (Firearms Licensing) 2015",
     "Internal audit action",
     [(None, "not_on_hmicfrs_list", "Internal audit action (audit plan 2023/24) hung under the "
       "legacy national parent; not an HMICFRS item.")],
     short="Internal audit action: Internal audit of the firearms licensing governance "
           "arrangements (audit plan 2023/24)",
     desc="", response="", opened=T(2023, 5, 22, 15, 0), **_o)
item(P_1819, None, "Closed", "jw", "PEEL 2018/19", "Force action",
     [(None, "not_on_hmicfrs_list", "The force's own Task & Finish action on counter-corruption "
       "policy, Closed; not an HMICFRS item.")],
     short="Task & Finish group to review the counter-corruption policy and report to the "
           "Force Executive Team",
     desc="", opened=T(2023, 6, 1, 10, 0), actual=D(2023, 10, 31),
     close="Policy rewritten and approved by FET 24/10/2023.", updated=T(2023, 11, 1, 9, 0),
     updated_by="jw", **_o)

# ---- PEEL 2023/24: parent only, children not raised yet -------------------------------------
parent("P_2324", "PEEL 2023/25 – Lincolnshire Police",
       "Report published 16/05/2024. Child issues (AFIs) to be raised once the PCC's 56-day "
       "response has been published.", "New", "hc", "PEEL 2023/25", T(2024, 5, 21, 8, 45),
       T(2024, 5, 21, 8, 45))

# Items the HMICFRS list holds and the export lacks.
MISSING = [
    (834, "Building the picture information management audits rec: no issue in the export "
          "(the legacy migration has no Building the picture row)."),
    (5821, "CDI 2014 force rec 'Not later than 31 March 2015 the force should ensure crime "
           "prevention or disruption activity...': the CDI 2014 parent has only the cautions "
           "issue; the similar Core Business issue is the all-forces rec 1511."),
    (8653, "PEEL legitimacy 2017 'publish this analysis ... annually from July 2018': no "
           "issue under the PEEL Legit 17 parent."),
    (16210, "PEEL 2023/24 AFI: the PEEL 2023/25 parent exists but no child issues yet."),
    (16211, "PEEL 2023/24 AFI: the PEEL 2023/25 parent exists but no child issues yet."),
    (16212, "PEEL 2023/24 AFI: the PEEL 2023/25 parent exists but no child issues yet."),
    (16213, "PEEL 2023/24 AFI: the PEEL 2023/25 parent exists but no child issues yet."),
    (16214, "PEEL 2023/24 rec: the PEEL 2023/25 parent exists but no child issues yet."),
]

OPEN_WORDS = {"New", "Analyze", "Respond"}
DONE_WORDS = {"Review", "Closed"}


# ---------------------------------------------------------------------------------------------
def number_rows() -> None:
    """Numbers follow creation; issues from other sources (filtered out) leave gaps."""
    n, last = 1040, None
    for r in ROWS:
        day = r["opened"].date()
        n += 1 if day == last else 1 + RND.randrange(4, 40)
        last = day
        r["number"] = f"ISS{n:07d}"
    opened = [r["opened"] for r in ROWS]
    assert opened == sorted(opened), "export is sorted by Number = creation order"
    keys = {r["key"]: r["number"] for r in ROWS if r["kind"] == "parent"}
    for r in ROWS:
        r["parent"] = keys.get(r["parent_key"], "") if r["parent_key"] else ""


def self_check() -> None:
    """Check my labels follow the rules I wrote down (not a tool: my own bookkeeping)."""
    hm = {i[0]: i for i in HM_ITEMS}
    assert len(hm) == len(HM_ITEMS)
    # force state per HMICFRS ref, aggregated over split rows
    by_ref: dict[int, list[str]] = {}
    for r in ROWS:
        if r["kind"] != "item":
            continue
        for ref, cat, _ in r["truth"]:
            if ref is not None:
                by_ref.setdefault(ref, []).append(r["state"])
    for r in ROWS:
        if r["kind"] != "item":
            continue
        for ref, cat, _ in r["truth"]:
            if ref is None:
                assert cat == "not_on_hmicfrs_list"
                continue
            hstat = hm[ref][4]
            hopen = hstat in (AB, BP)
            states = by_ref[ref]
            assert all(s in OPEN_WORDS | DONE_WORDS for s in states), (ref, states)
            fdone = all(s in DONE_WORDS for s in states)
            if cat == "conflict":
                continue
            want = ("in_sync" if hopen != fdone else
                    "closeable_submit" if hopen else "closeable_local")
            assert cat == want, (ref, cat, want, hstat, states)
    covered = {ref for r in ROWS if r["kind"] == "item" for ref, _, _ in r["truth"]} - {None}
    covered |= {m[0] for m in MISSING}
    assert covered == set(hm), set(hm) ^ covered
    assert not ({m[0] for m in MISSING} & {ref for r in ROWS if r["kind"] == "item"
                                           for ref, _, _ in r["truth"]})
    for r in ROWS:
        assert len(r["short"]) <= 160, r["short"]


def write_hmicfrs(path: str) -> dict[int, int]:
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"title": HM_TITLE, "author": "HMICFRS", "company": "HMICFRS",
                       "created": dt.datetime(2024, 6, 28, 12, 0, 0)})
    ws = wb.add_worksheet(HM_SHEET)
    bold = wb.add_format({"bold": True})
    title = wb.add_format({"bold": True, "font_size": 14})
    head = wb.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1, "text_wrap": True})
    datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    top = wb.add_format({"valign": "top"})
    ws.write(0, 0, HM_TITLE, title)
    ws.write(1, 0, HM_SUBTITLE, bold)
    for c, h in enumerate(HM_HEADER):
        ws.write(HM_FIRST_ROW - 1, c, h, head)
    rows = {}
    r = HM_FIRST_ROW
    for ref, rk, typ, text, status, sdate in HM_ITEMS:
        title_, pub = REPORTS[rk]
        ws.write_number(r, 0, ref, top)
        ws.write_string(r, 1, title_, wrap)
        ws.write_datetime(r, 2, dt.datetime.combine(pub, dt.time()), datef)
        ws.write_string(r, 3, typ, top)
        ws.write_string(r, 4, text, wrap)
        ws.write_string(r, 5, status, top)
        ws.write_datetime(r, 6, dt.datetime.combine(sdate, dt.time()), datef)
        rows[ref] = r + 1  # Excel row number
        r += 1
    ws.set_column(0, 0, 11)
    ws.set_column(1, 1, 42)
    ws.set_column(2, 2, 13)
    ws.set_column(3, 3, 24)
    ws.set_column(4, 4, 90)
    ws.set_column(5, 5, 26)
    ws.set_column(6, 6, 12)
    ws.freeze_panes(HM_FIRST_ROW, 0)
    ws.autofilter(HM_FIRST_ROW - 1, 0, r - 1, len(HM_HEADER) - 1)
    wb.close()
    return rows


def write_force(path: str) -> None:
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"author": "Apache POI", "created": dt.datetime(2024, 7, 4, 8, 12, 0)})
    ws = wb.add_worksheet(FO_SHEET)
    head = wb.add_format({"bold": True})
    for c, h in enumerate(FO_HEADER):
        ws.write_string(0, c, h, head)
    for i, r in enumerate(ROWS, start=1):
        vals = [r["number"], r["short"], r["desc"], r["state"], r["response"], r["priority"],
                PEOPLE[r["owner"]][0], PEOPLE[r["owner"]][2], r["report"], r["ftype"], r["ref"],
                r["parent"], stamp(r["opened"]), dstamp(r["target"]), dstamp(r["actual"]),
                r["close"], journal(r["notes"]),
                "false" if r["state"] in ("Closed", "Cancelled") else "true",
                stamp(r["updated"]),
                "system" if r["updated_by"] == "system" else PEOPLE[r["updated_by"]][1]]
        for c, v in enumerate(vals):
            if v != "":
                ws.write_string(i, c, v)
    wb.close()


def write_truth(path: str, hm_rows: dict[int, int]) -> list[list[str]]:
    lines = []
    for i, r in enumerate(ROWS, start=2):
        if r["kind"] != "item":
            continue
        for ref, cat, why in r["truth"]:
            lines.append([f"{HM_SHEET}!{hm_rows[ref]}" if ref is not None else "",
                          f"{FO_SHEET}!{i}", cat, why])
    for ref, why in MISSING:
        lines.append([f"{HM_SHEET}!{hm_rows[ref]}", "", "missing_from_force", why])
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)
    return lines


# The case's README (builder report), written verbatim.
README_TEXT = r'''# servicenow_grc_issue_export

Round 84, case C. Built by `/tmp/indep84/build_servicenow_grc_issue_export.py`
(`/work/main/.venv/bin/python`, no arguments). The truth was decided by reading the two files,
row by row. No tool was run on them.

## The story

Lincolnshire Police's organisational-learning (OL) team kept its HMICFRS tracker in Excel until
June 2022. Then it moved it into **ServiceNow GRC Issue Management**, the force's
governance-risk-compliance module. On 14/06/2022 an import set loaded the legacy Excel rows as
*Issues*. One "parent" issue was made for each report, or one for all the old 2013–2015
national reports, and one child issue for each recommendation. Since then the team has raised
new reports' items by hand (PEEL 2021/22 in August 2022), added its own actions, and in
February 2023 back-filled an "HMICFRS reference" custom field for the items that were still
live. For the July 2024 Joint Audit Committee, the analyst filtered the Issue list to
Source = HMICFRS, sorted it by Number, and used the list view's *right-click a column heading >
Export > Excel*. That file is `tracker.xlsx`. `hmicfrs.xlsx` is the definitive list HMICFRS sent
"as at 28 June 2024".

Forces, owners, statuses, dates and ServiceNow numbers are invented. Every HMICFRS text is real
public wording (OGL), taken from the project's text lists. Tracker wording is the force's own.

## The files

| file | sheet | header row | item rows | notes |
|---|---|---|---|---|
| `hmicfrs.xlsx` | `Definitive list` | 4 | 5–76 (72 items) | row 1 title, row 2 "Definitive list as at 28 June 2024", row 3 blank; columns Reference (number), Report title, Publication date (date cells), Type, Recommendation (multi-line), Status, Status date; autofilter, frozen panes |
| `tracker.xlsx` | `Page 1` | 1 | 2–85 (84 records: 72 items + 12 parent records) | a ServiceNow list export: one plain bold header row, no title, every value a text cell, UTF-8 text with curly quotes, `•`, `–`, line breaks inside cells |

Force columns, as labelled in ServiceNow: `Number` (ISS0001054…), `Short description`,
`Description`, `State`, `Response`, `Priority`, `Assigned to`, `Assignment group`,
`Inspection report` (the force's own report name, a reference field's display value),
`Finding type`, `HMICFRS reference` (a free-text custom field), `Parent` (the parent issue's
Number), `Opened`, `Target remediation date`, `Actual end date`, `Close notes`, `Work notes`,
`Active`, `Updated`, `Updated by`.

## What the layout brings (force side)

1. **A system export, not a tracker.** Row 1 is the header and the sheet is `Page 1`. There is
   no RAG. Status is ServiceNow's GRC issue **State** (`New`, `Analyze` with US spelling,
   `Respond`, `Review`, `Closed`, `Cancelled`) together with a **Response** field (`Remediate` /
   `Accept`). `Active` is the text `true`/`false`.
   - `New`, `Analyze` and `Respond` are open.
   - `Review` is done: remediation is finished and the evidence is with the issue manager for
     sign-off, which is "pending sign off". Each Review row has a work note that says "submitted
     for review".
   - `Closed` is done, whether the Response is `Remediate` or `Accept`. `Accept` means "not the
     force's to deliver", like WHITE.
   - `Cancelled` appears once: a record raised in error.
2. **Parent records mixed in with the items.** 12 rows are report-level parent issues, not
   items: rows 2, 18, 29, 31, 36, 44, 46, 50, 57, 64, 70 and 85. They have an empty
   `Finding type` and `Parent`, a report name as `Short description`, and a Description that
   begins "Parent record…". They carry states of their own (e.g. row 29 is `Closed`). Row 85 is
   the parent of PEEL 2023/25, and no child issues exist under it yet.
3. **Short description cut at 160 characters.** This is ServiceNow's field length. For the
   migrated rows (3–69) the import put the legacy text into both fields. So a long
   `Short description` stops mid-word ("…fair exerci", "…involves or i"), and `Description`
   holds the whole text with its line breaks. Row 69 (13906) has only the cut Short
   description, with Description blank. Rows 71–84, raised by hand, have a short human summary
   ("AFI 1 – Keep DA victims updated on case progress (VCOP)"), and the HMICFRS wording is
   pasted into Description. Rows 75, 81 and 83–84 have no Description, so their summary is all
   there is.
4. **Journal field.** `Work notes` is ServiceNow's journal as the export writes it, newest entry
   first: `dd/MM/yyyy HH:mm:ss - Name (Work notes)\n text\n\n`. All dates are text in the user's
   format (`dd/MM/yyyy HH:mm:ss` for date-times, `dd/MM/yyyy` for dates).
5. **HMICFRS reference only where it was back-filled.** The older migrated rows have no
   reference. Where there is one, it is free text: `9421`, `HMICFRS 9424` (row 26),
   `HMICFRS ref 8654` (row 35), `HMICFRS 14711` (row 72), `14713 ` with a trailing space
   (row 74). There is one typo (row 28, `9462`) and one reference that is not on the list
   (row 43, `8212`).
6. **Gaps in the numbers.** The export is filtered on Source, so the numbers jump
   (ISS0001121 → ISS0001141 → ISS0001148 …).

## Traps and how the truth decides them

- **Parent rows** (the 12 above) are not items and are not in the truth.
- **One issue holding two items.** Row 8 covers austerity recs 2 and 4 (3542, 3544). Row 16
  covers firearms 'total expired' records and temporary permits (7003, 7004). Each has two truth
  lines, and each line gets its own category: 7003 Complete → `in_sync`; 7004 Being progressed →
  `closeable_submit`.
- **Items the force split over several rows.** Rows 19–22 are Stolen freedom leadership rec 9420,
  split "(1 of 4)"…"(4 of 4)". Three parts are Closed and part 2 is in Respond, so the force item
  is open, and all four lines are `in_sync` against Being progressed. Rows 58–59 are CDI 2019
  rec 1 (11540), split into bullets 1–3 and 4–5. Both parts are Closed, so both lines are
  `closeable_submit`.
- **Near-duplicate texts from different reports.**
  - Row 5 (S&S 2013, "elected local policing bodies") pairs with 3828. Row 13 (S&S 2015,
    "in consultation with PCCs") pairs with 6112.
  - Row 10 (Core Business, "Not later than 31 March 2015 … THR policy") pairs with 4830. Row 60
    (CDI 2019, "Within six months … THRIVE refresh") pairs with 11541.
  - Row 11 (Core Business, "By 31 March 2015 all forces should ensure crime prevention …") is
    1511. The CDI 2014 force rec 5821, with near-identical wording, has no issue: the CDI 2014
    parent (row 44) has only the cautions child. So 5821 is `missing_from_force`.
  - Row 41 (PEEL 2016 investigation supervision, "properly recorded") pairs with 8814, not with
    the 2018/19 rec 11213 (row 54).
- **`Review` state = done:** rows 13, 17, 26, 38, 47 and 72 are all `closeable_submit`, because
  HMICFRS has them open.
- **`Closed` + `Accept`:** row 68 (13905, aimed at the Home Office and NPCC; the close note says
  "not for the force to deliver"). The force is done and HMICFRS is Awaiting review →
  `closeable_submit`.
- **Conflicts** (matched, but a fact disagrees):
  - row 8: 3542 says "less than 15%" where HMICFRS says 10% (figure);
  - row 28: the reference says 9462, but the text is 9426 (reference);
  - row 42: Finding type is Recommendation, but HMICFRS 8815 is an Area for improvement (type);
  - row 65: "By July 2023" where HMICFRS says "By July 2022" (timescale);
  - row 67: the body-worn video rec has only two of its three parts; the external scrutiny
    panel part is missing (missing bullet);
  - row 79: "AFI 9 – SOC intelligence" is filed under PEEL 2021/22, which has 8 AFIs on the
    list. Its words are identical to PEEL 2018/19 AFI 11215 (report).
- **`closeable_local`:** HMICFRS has these closed but the issue is still open: rows 4 (3827
  Superseded), 9 (3543), 11 (1511), 25 (9423), 40 (8813), 55 (11214) and 77 (14716).
- **`not_on_hmicfrs_list`:**
  - row 43: PEEL Efficiency 2016 AFI with no Parent and reference 8212, neither of which is on
    the list;
  - rows 80–81: the force's own actions ("Force action");
  - row 82: a fire and rescue AFI raised in error, now `Cancelled`;
  - row 83: an internal audit action hung under the legacy parent;
  - row 84: a Task & Finish action.
- **`missing_from_force`:**
  - 834 (Building the picture): the migration has no row for it;
  - 5821 (CDI 2014, see above);
  - 8653 (PEEL legitimacy 2017, "publish this analysis annually");
  - 16210–16214 (PEEL 2023/24): the parent exists (row 85) but no child issues have been
    raised.
- No line is `review`. Every pair could be decided from the two rows.

## Counts

- HMICFRS items: 72.
- Force records: 84, of which 72 are items and 12 are parents.
- Truth lines: 82.

| category | lines |
|---|---|
| in_sync | 38 |
| closeable_submit | 17 |
| closeable_local | 7 |
| conflict | 6 |
| missing_from_force | 8 |
| not_on_hmicfrs_list | 6 |
| review | 0 |

## Rows that are not items

- `hmicfrs.xlsx`, `Definitive list`:
  - row 1: the title, "HMICFRS recommendations held against Lincolnshire Police";
  - row 2: "Definitive list as at 28 June 2024";
  - row 3: blank;
  - row 4: the header.
- `tracker.xlsx`, `Page 1`:
  - row 1: the header;
  - rows 2, 18, 29, 31, 36, 44, 46, 50, 57, 64, 70, 85: ServiceNow parent issues, one for each
    report (or for all the legacy national reports). Each is a grouping record with no
    recommendation of its own: Finding type is empty and the Description says "Parent
    record…". Row 85 is the PEEL 2023/25 parent, whose child issues are not raised yet.

## Checks run

- The builder checks its own labels. The one-to-one, closeable and in_sync categories follow
  from the HMICFRS status and the force state, with a split item done only when all its parts
  are done. Every HMICFRS reference is covered exactly once, by a pair or as missing. No Short
  description is longer than 160 characters. The export is in creation order.
- Read back with openpyxl:
  - every force item row (72) appears in truth.csv, rows 8 and 16 twice;
  - no parent row appears;
  - every HMICFRS item row (5–76) appears at least once, row 31 (9420) four times and row 54
    (11540) twice.
- Read back with pandas: `read_excel('hmicfrs.xlsx', header=3)` gives 72 × 7, with Reference as
  int64 and the dates as datetime. `read_excel('tracker.xlsx', dtype=str)` gives 84 × 20.
  `read_csv('truth.csv')` gives 82 × 4.
- Two builds gave byte-identical files (md5 of hmicfrs.xlsx, tracker.xlsx and truth.csv
  compared). The build has a fixed seed and no clock. The workbook `created` properties are
  fixed, and XlsxWriter's zip timestamps are fixed.
'''


def main() -> None:
    number_rows()
    self_check()
    os.makedirs(OUT, exist_ok=True)
    hm_rows = write_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    write_force(os.path.join(OUT, "tracker.xlsx"))
    lines = write_truth(os.path.join(OUT, "truth.csv"), hm_rows)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(README_TEXT)
    from collections import Counter
    print(Counter(line[2] for line in lines), len(lines), "truth lines;",
          sum(r["kind"] == "item" for r in ROWS), "force item rows;",
          sum(r["kind"] == "parent" for r in ROWS), "parent rows;", len(HM_ITEMS), "HMICFRS")
    for i, r in enumerate(ROWS, start=2):
        if r["kind"] == "parent":
            print("parent", f"{FO_SHEET}!{i}", r["number"], r["short"])


if __name__ == "__main__":
    main()
