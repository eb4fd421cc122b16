"""Build case two_fields_per_cell_columns (round 91, case C).

Lincolnshire Police keeps its HMICFRS tracker as a hand-typed Excel sheet in which most
columns hold TWO fields typed into one cell with a slash: "Report / published",
"Type / no.", "Lead / target date", "RAG / as at". Run with /work/main/.venv/bin/python.
"""
import csv
import datetime as dt
import hashlib
import io
import os
import zipfile

import xlsxwriter

OUT = "/tmp/indep91/two_fields_per_cell_columns"
FIXED = dt.datetime(2025, 3, 3, 9, 0, 0)

NAT, REC, AFI, COC = ("National recommendation", "Recommendation", "Area for improvement",
                      "Cause of concern")

# ---------------------------------------------------------------------------------------
# HMICFRS definitive list: (key, ref, report title, published, type, text, status, status date)
# Texts are real HMICFRS wording (OGL), copied as literals.
# ---------------------------------------------------------------------------------------
SAS13 = "Stop and search powers: Are the police using them effectively and fairly?"
SAS15 = "Stop and search powers 2: are the police using them effectively and fairly?"
EVERY = "Everyone's business: Improving the police response to domestic abuse"
AUST = "Policing in austerity: Meeting the challenge"
CORE = ("Core Business: an inspection into crime prevention, police attendance and the use of "
        "police time")
INTEG = ("Integrity matters: An inspection of arrangements to ensure integrity and to provide "
         "the capability to tackle corruption in policing")
PICT = "Building the picture: an inspection of police information management"
FIRE = ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms "
        "licensing in police forces in England and Wales")
STOLEN = "Stolen freedom: the policing response to modern slavery and human trafficking"
EFC17N = "PEEL: Police efficiency 2017 (national overview)"
LEG17N = "PEEL: Police legitimacy 2017 (national overview)"
POWERS = ("Disproportionate use of police powers: A spotlight on stop and search and the use "
          "of force")
EFF16 = "PEEL: Police effectiveness 2016 – Lincolnshire Police"
EFC17 = "PEEL: Police efficiency 2017 – Lincolnshire Police"
LEG17 = "PEEL: Police legitimacy 2017 – Lincolnshire Police"
CDI17 = "Crime data integrity inspection 2017 – Lincolnshire Police"
PEEL18 = "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Lincolnshire Police"
CUST20 = "Report on an unannounced inspection visit to police custody suites in Lincolnshire 2020"
PEEL21 = "PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Lincolnshire Police"
PEEL23 = "PEEL: Police effectiveness, efficiency and legitimacy 2023/24 – Lincolnshire Police"

D = dt.date
H = [
    ("N1", 1203, SAS13, D(2013, 7, 9), NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.", "Complete", D(2016, 10, 4)),
    ("N2", 1204, SAS13, D(2013, 7, 9), NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.",
     "Being progressed", D(2019, 2, 11)),
    ("N3", 1205, SAS13, D(2013, 7, 9), NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.",
     "Being progressed", D(2019, 2, 11)),
    ("N5", 2321, EVERY, D(2014, 3, 27), NAT,
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
     "scrutiny panels and MARAC self-assessments.", "Superseded", D(2017, 3, 2)),
    ("N6", 3011, AUST, D(2014, 7, 22), NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews",
     "No further action required", D(2016, 1, 19)),
    ("N7", 3012, AUST, D(2014, 7, 22), NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.",
     "No further action required", D(2016, 1, 19)),
    ("N8", 3013, AUST, D(2014, 7, 22), NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.",
     "Awaiting review", D(2014, 7, 22)),
    ("N9", 3014, AUST, D(2014, 7, 22), NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there is "
     "scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.",
     "Being progressed", D(2018, 6, 5)),
    ("N10", 4822, CORE, D(2014, 9, 4), NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.",
     "Awaiting review", D(2014, 9, 4)),
    ("N11", 4823, CORE, D(2014, 9, 4), NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", "Being progressed", D(2018, 6, 5)),
    ("N12", 902, INTEG, D(2015, 1, 30), NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     "Being progressed", D(2019, 2, 11)),
    ("N4", 5170, SAS15, D(2015, 3, 24), NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure that "
     "they comply with the Code of Practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example young people.",
     "Complete", D(2024, 7, 16)),
    ("N13", 5391, PICT, D(2015, 7, 1), NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure that "
     "categorisation of records are regularly adjusted.", "Complete", D(2024, 11, 26)),
    ("N14", 5702, FIRE, D(2015, 9, 15), NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", "Complete", D(2016, 5, 23)),
    ("N15", 5703, FIRE, D(2015, 9, 15), NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", "Complete", D(2016, 5, 23)),
    ("N16", 5704, FIRE, D(2015, 9, 15), NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     "Being progressed", D(2018, 6, 5)),
    ("N17", 5705, FIRE, D(2015, 9, 15), NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     "Being progressed", D(2018, 6, 5)),
    ("N18", 5706, FIRE, D(2015, 9, 15), NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment which "
     "they should be undertaking in such circumstances, and their power, when appropriate, to "
     "seize firearms and firearm certificates.", "Awaiting review", D(2015, 9, 15)),
    ("F1", 6981, EFF16, D(2017, 3, 2), COC,
     "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
     "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
     "incidents does not provide confidence that risk is always assessed appropriately. In "
     "cases where a DASH risk assessment is not completed the officer should record an "
     "assessment on the crime management system. HMIC found that officers are not consistently "
     "completing a DASH in circumstances where force policy requires that they should do so. "
     "This means that some victims of domestic abuse who may be at risk of harm are not being "
     "appropriately risk-assessed.", "Being progressed", D(2019, 2, 11)),
    ("F2", 6982, EFF16, D(2017, 3, 2), REC,
     "HMIC recommends that within six months the force should: take steps to ensure that there "
     "is effective supervision of the initial risk assessment process, specifically in relation "
     "to the completion of DASH risk assessment in appropriate cases;",
     "Superseded", D(2019, 5, 2)),
    ("F3", 6983, EFF16, D(2017, 3, 2), COC,
     "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
     "found that the assessment of risk for children who go missing from home was inappropriate "
     "in some cases. We found some instances where children were classed as ‘absent’ when they "
     "should have been recorded as ‘missing’, and risk levels for missing children were "
     "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
     "lower level and could have been exposed to an increased risk of harm.",
     "Complete", D(2018, 4, 27)),
    ("F4", 6984, EFF16, D(2017, 3, 2), REC,
     "HMIC recommends that the force should immediately: review its approach to reports of "
     "missing children and take steps to ensure that:\n"
     "• call takers understand and use the missing and absent category appropriately;\n"
     "• call takers and frontline staff have the necessary knowledge to identify risk factors "
     "associated with child sexual exploitation and how to respond to such cases; and\n"
     "• supervisors provide the correct oversight of missing person enquiries and direct "
     "appropriate and timely investigative and safeguarding action;", "Complete",
     D(2018, 4, 27)),
    ("F5", 6985, EFF16, D(2017, 3, 2), AFI,
     "The force should improve the supervision of investigations, so that investigation plans "
     "are set, reviewed and recorded and victims receive a consistently good service.",
     "Being progressed", D(2019, 2, 11)),
    ("F11", 7805, CDI17, D(2017, 9, 21), REC,
     "HMICFRS recommends that the force should immediately:put in place arrangements to ensure "
     "that:\n"
     "• at the point of report, victims are believed;\n"
     "• conversations between the call handlers and callers are summarised accurately in the "
     "incident log, thus providing attending officers with full facts on which to base "
     "crime-recording decisions;\n"
     "• multiple crimes are always recorded when described within incident records or "
     "identified as part of other recorded crime investigations;\n"
     "• the practice of awaiting the results of medical examinations or video interviews before "
     "making crime-recording decisions is stopped; and\n"
     "• online reports of crime are triaged at the point of receipt to ensure any ongoing risks "
     "to the victim or the wider public are identified and appropriately managed; and",
     "Being progressed", D(2019, 2, 11)),
    ("F12", 7806, CDI17, D(2017, 9, 21), REC,
     "Within three months, the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     "Being progressed", D(2019, 2, 11)),
    ("N19", 7710, STOLEN, D(2017, 10, 24), NAT,
     "Within twelve months, forces should review their leadership and governance arrangements "
     "for modern slavery and human trafficking, to ensure that:\n"
     "• senior leaders prioritise the response to modern slavery and human trafficking;\n"
     "• every incident of modern slavery identified to police is allocated appropriate "
     "resources with the skills, experience and capacity to investigate it effectively;\n"
     "• forces develop effective partnership arrangements to co-ordinate activity in order to "
     "share information and safeguard victims; and\n"
     "• performance and quality assurance measures are in place to allow senior leaders to "
     "assess the nature and quality of the service provided to victims.",
     "Being progressed", D(2019, 2, 11)),
    ("N20", 7711, STOLEN, D(2017, 10, 24), NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible",
     "Being progressed", D(2019, 2, 11)),
    ("N21", 7712, STOLEN, D(2017, 10, 24), NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     "Complete", D(2019, 6, 18)),
    ("N22", 7713, STOLEN, D(2017, 10, 24), NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", "Being progressed",
     D(2019, 2, 11)),
    ("N23", 7714, STOLEN, D(2017, 10, 24), NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.", "Being progressed",
     D(2019, 2, 11)),
    ("N24", 7715, STOLEN, D(2017, 10, 24), NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the use "
     "where appropriate of joint intelligence teams and other means to obtain intelligence and "
     "evidence from agencies overseas).", "Complete", D(2024, 10, 8)),
    ("N25", 7716, STOLEN, D(2017, 10, 24), NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", "Being progressed", D(2019, 2, 11)),
    ("N26", 7932, EFC17N, D(2017, 11, 9), NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.", "Being progressed",
     D(2019, 2, 11)),
    ("F6", 7940, EFC17, D(2017, 11, 9), AFI,
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use of "
     "its resources by matching them to demand to meet the needs of the public.",
     "Being progressed", D(2019, 2, 11)),
    ("F7", 7941, EFC17, D(2017, 11, 9), AFI,
     "The force should develop its understanding of the links between its outcomes, outputs "
     "and costs.", "Being progressed", D(2019, 2, 11)),
    ("F8", 7942, EFC17, D(2017, 11, 9), AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.", "Complete",
     D(2019, 6, 18)),
    ("N27", 8541, LEG17N, D(2017, 12, 12), COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", "Being progressed", D(2019, 2, 11)),
    ("N28", 8542, LEG17N, D(2017, 12, 12), NAT,
     "By July 2018, all police forces across England and Wales should be regularly and "
     "frequently monitoring a comprehensive set of data and information on use of stop and "
     "search powers to understand:\n"
     "•the reasons for any disproportionate representation of different ethnic groups in the "
     "use of stop and search; •the extent to which find rates differ between people from "
     "different ethnicities, and across different types of searches (including separate "
     "identification of find rates for drug possession and supply-type offences); and •the "
     "prevalence of possession-only drug searches, and the extent to which these align with "
     "local or force level priorities.", "Being progressed", D(2019, 2, 11)),
    ("N29", 8543, LEG17N, D(2017, 12, 12), NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n"
     "•carried out research and analysis in an attempt to understand the reasons for the "
     "disparity, and •taken action to reduce the disparity, where necessary;",
     "Complete", D(2020, 1, 14)),
    ("N30", 8544, LEG17N, D(2017, 12, 12), NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", "Complete", D(2020, 1, 14)),
    ("N31", 8545, LEG17N, D(2017, 12, 12), NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", "Being progressed",
     D(2019, 2, 11)),
    ("F9", 8546, LEG17, D(2017, 12, 12), AFI,
     "The force should ensure all staff have received at least the lowest level of vetting "
     "clearance for their roles as quickly as possible, working to clear both the vetting "
     "backlog and new vetting renewals when they become due so that it complies fully with the "
     "national vetting guidelines.", "Being progressed", D(2019, 2, 11)),
    ("F10", 8547, LEG17, D(2017, 12, 12), AFI,
     "The force should satisfy itself that it has processes in place to ensure that "
     "investigations into misconduct by officers and staff resulting in “no further action” "
     "are fair and free of any form of discrimination.", "Awaiting review", D(2017, 12, 12)),
    ("F13", 9410, PEEL18, D(2019, 5, 2), COC,
     "The force does not have the capacity or capability to investigate crime effectively and "
     "this is affecting the service being provided to the public. There are failings in the way "
     "that crimes are being investigated.", "Being progressed", D(2020, 1, 14)),
    ("F14", 9411, PEEL18, D(2019, 5, 2), REC,
     "HMIC recommends that the force should immediately: conduct a review of officers’ "
     "capabilities and capacity to manage their investigative workload, to better understand "
     "investigative demand and the pressures placed upon them; and", "Complete",
     D(2021, 3, 9)),
    ("F15", 9412, PEEL18, D(2019, 5, 2), REC,
     "HMIC recommends that within six months the force should: ensure regular and active "
     "supervision of the quality and progress of investigations. This supervision should be "
     "properly recorded;", "Being progressed", D(2020, 1, 14)),
    ("F16", 9413, PEEL18, D(2019, 5, 2), REC,
     "Within six months the force should improve its ability to retrieve digital evidence from "
     "mobile phones, computers and other electronic devices quickly enough to ensure "
     "investigations are not delayed.", "Awaiting review", D(2019, 5, 2)),
    ("F17", 9414, PEEL18, D(2019, 5, 2), AFI,
     "The force should improve its use of its crime-recording and management system to better "
     "manage its case files and investigative processes.", "No further action required",
     D(2022, 5, 12)),
    ("F18", 9415, PEEL18, D(2019, 5, 2), AFI,
     "Lincolnshire Police should make sure it has access to accurate data and analysis to "
     "support effective performance management.", "Being progressed", D(2020, 1, 14)),
    ("F19", 10630, CUST20, D(2020, 8, 18), REC,
     "Within twelve months, the force should in conjunction with children’s social care "
     "services, review how it manages the detention of children. As a minimum it should:• "
     "ensure that all children are only detained when absolutely necessary and for the absolute "
     "minimum amount of time;• ensure that officers and staff in the custody suite assess at an "
     "early stage a child’s need for alternative accommodation (secure or otherwise) and work "
     "with children’s social care services to achieve the most appropriate option for the "
     "child;• ensure that custody staff make a record of all actions taken and decisions made "
     "on the relevant documentation; and• improve the timeliness of adequate appropriate adult "
     "support for children who are arrested.", "Being progressed", D(2021, 11, 2)),
    ("N32", 10205, POWERS, D(2021, 2, 26), NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     "Being progressed", D(2022, 9, 6)),
    ("N33", 10206, POWERS, D(2021, 2, 26), NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", "Being progressed", D(2022, 9, 6)),
    ("N34", 10207, POWERS, D(2021, 2, 26), NAT,
     "By September 2021, forces should: ensure that officers record on body-worn video (when "
     "this is available) the entirety of all stop and search encounters, including traffic "
     "stops and use of force incidents.\n"
     "have a structured process for regularly reviewing and monitoring internally a sufficient "
     "sample of body-worn video footage to identify and disseminate learning and hold officers "
     "to account when behaviour falls below acceptable standards.\n"
     "provide external scrutiny panel members with access to samples of body-worn video footage "
     "showing stop and search encounters and use of force incidents, taking account of the "
     "safeguards in the College of Policing’s Authorised Professional Practice.",
     "Awaiting review", D(2021, 2, 26)),
    ("N35", 10208, POWERS, D(2021, 2, 26), NAT,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon as "
     "possible.", "Being progressed", D(2022, 9, 6)),
    ("N36", 10209, POWERS, D(2021, 2, 26), NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", "Complete",
     D(2024, 12, 3)),
    ("F20", 11802, PEEL21, D(2022, 5, 24), AFI,
     "The force should improve its understanding of the nature and scale of violence against "
     "women and girls in its area.", "Being progressed", D(2023, 4, 18)),
    ("F21", 11803, PEEL21, D(2022, 5, 24), AFI,
     "The force should make sure investigations of rape and serious sexual offences are "
     "allocated to officers with the right skills and are effectively supervised.",
     "Being progressed", D(2023, 4, 18)),
    ("F22", 11804, PEEL21, D(2022, 5, 24), AFI,
     "The force should make sure victims of stalking and harassment are kept informed about "
     "the progress of their case, in line with the Code of Practice for Victims of Crime.",
     "Being progressed", D(2023, 4, 18)),
    ("F23", 11805, PEEL21, D(2022, 5, 24), AFI,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of stalking and harassment.", "Being progressed", D(2023, 4, 18)),
    ("F24", 11806, PEEL21, D(2022, 5, 24), AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about county "
     "lines drug dealing.", "Complete", D(2024, 2, 20)),
    ("F25", 11807, PEEL21, D(2022, 5, 24), AFI,
     "The force should make sure its performance framework gives senior leaders a clear "
     "picture of its response to neighbourhood crime.", "Awaiting review", D(2022, 5, 24)),
    ("F26", 11808, PEEL21, D(2022, 5, 24), AFI,
     "The force should ensure that it has sufficient resources available in the control room "
     "to fulfil its resourcing model, and so to meet its demand, while also taking into account "
     "the wellbeing of its workforce.", "Being progressed", D(2023, 4, 18)),
    ("F27", 11809, PEEL21, D(2022, 5, 24), AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "domestic abuse.", "Being progressed", D(2023, 4, 18)),
    ("F28", 13214, PEEL23, D(2024, 4, 30), REC,
     "By March 2025, the force should make sure there are appropriate strategic oversight "
     "arrangements in place to manage risks, performance and improvement plans effectively.",
     "Being progressed", D(2024, 11, 26)),
    ("F29", 13215, PEEL23, D(2024, 4, 30), AFI,
     "The force should make sure the corporate risk register is actively used to mitigate and "
     "manage known risks.", "Being progressed", D(2024, 11, 26)),
    ("F30", 13216, PEEL23, D(2024, 4, 30), AFI,
     "The force should make sure all processes in place to support performance management are "
     "effective.", "Being progressed", D(2024, 11, 26)),
    ("F31", 13217, PEEL23, D(2024, 4, 30), AFI,
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to honour-based abuse.", "Awaiting review", D(2024, 4, 30)),
    ("F32", 13218, PEEL23, D(2024, 4, 30), AFI,
     "The force should improve the way it manages the risk posed by offenders involved in "
     "online child sexual abuse.", "Awaiting review", D(2024, 4, 30)),
    ("F33", 13219, PEEL23, D(2024, 4, 30), AFI,
     "The force should make sure it records reports of anti-social behaviour accurately and "
     "without delay.", "Awaiting review", D(2024, 4, 30)),
]

# ---------------------------------------------------------------------------------------
# Force tracker rows, in sheet order. ("S", text) = section heading; item rows are
# (no, report/published, type/no., text, lead/target, rag/as at, update, keys, category, why)
# ---------------------------------------------------------------------------------------
S = "S"
F = [
    (S, "NATIONAL / THEMATIC REPORTS (ALL FORCES)"),
    (1, "S&S 2013 / 09.07.13", "Nat rec / 1",
     "CCs & CoP to set out in the S&S APP a clear spec of what effective & fair use of S&S "
     "powers looks like (compliant with Code of Practice)", "ACC Local Policing / Dec-13",
     "B / 05.09.16", "APP published by CoP Aug 2016. Closed by DCC.",
     ["N1"], "in_sync", "Same report and number 1, same ask abbreviated (S&S APP spec); HMICFRS "
     "Complete, RAG B (blue = complete, signed off) so done on both sides."),
    (2, "S&S 2013 / 09.07.13", "Nat rec / 2",
     "Establish or improve monitoring of the way officers stop & search people so we are "
     "satisfied they act in accordance with the law (incl. equality legislation & Code of "
     "Practice) and the power is used effectively", "ACC Local Policing / 31.03.25",
     "G / 14.02.25", "Monthly S&S scrutiny board in place, Power BI dashboard live. Pending "
     "sign off by the chief officer lead.",
     ["N2"], "closeable_submit", "Same report, number and wording (monitoring of S&S); "
     "HMICFRS Being progressed (open), RAG G = complete awaiting DCC sign-off, i.e. done."),
    (3, "S&S 2013 / 09.07.13", "Nat rec / 3",
     "CCs, in consultation with elected local policing bodies, to comply with code of practice "
     "by explaining to the public how S&S powers are used in their areas & arrange for S&S "
     "records to be scrutinised by community reps (involve those stopped e.g. young people)",
     "Supt Neighbourhoods / Jun 25", "A / 14.02.25",
     "Community scrutiny panel being refreshed; youth panel recruitment under way.",
     ["N3"], "in_sync", "'elected local policing bodies' and the 2013 report identify ref 1205, "
     "not the near-identical 2015 rec 5170 ('police and crime commissioners'); both open."),
    (4, "JAC action / Sept 23", "Local / –",
     "JAC action: Internal audit of the stop and search governance arrangements (audit plan "
     "2023/24)", "Head of Corporate Development / 31.03.24", "G / 22.04.24",
     "Internal audit report received – substantial assurance.",
     [], "not_on_hmicfrs_list", "The force's own audit committee action, not an HMICFRS item; "
     "no HMICFRS row asks for an internal audit."),
    (5, "Stop & Search 2 / Mar-15", "Nat rec / 1",
     "Chief constables should, in consultation with police and crime commissioners, ensure "
     "that they comply with the Code of Practice by explaining to the public the way S&S "
     "powers are used in their areas and by making arrangements for S&S records to be "
     "scrutinised by community representatives.", "Supt Neighbourhoods / Jun 25",
     "A / 14.02.25", "Linked to S&S 2013 rec 3 – same panel refresh.",
     ["N4"], "closeable_local", "2015 report and 'police and crime commissioners' identify "
     "5170, not 1205; HMICFRS closed it Complete (16/07/2024), force still A (open)."),
    (6, "Everyone's Business (DA) / 27.03.14", "Nat rec / 1",
     "Every force to establish & publish a DA action plan by Sept 2014, developed: • in "
     "consultation with PCCs, DA support orgs & victims' reps; • after close consideration of "
     "all recs in the report; • with ref to DHRs & IPCC findings; • drawing on CPS scrutiny "
     "panels & MARAC self-assessments.", "ACC Crime / Sept 14", "B / 11.11.15",
     "DA action plan published Sept 2014, refreshed 2015.",
     ["N5"], "in_sync", "Everyone's business DA action plan with all four bullets; HMICFRS "
     "Superseded (closed), RAG B (done): closed on both sides."),
    (7, "Policing in Austerity / Jul 14", "Nat rec / 1",
     "Review plans to deliver savings to make sure we are doing all we can to reduce crime & "
     "protect the front line while balancing the budget (use HMIC VfM profiles)",
     "Director of Finance / Mar 15", "B / 30.06.15", "MTFP review complete.",
     ["N6"], "in_sync", "Austerity rec 1 (review savings plans, VfM profiles); HMICFRS No "
     "further action required (closed), RAG B: closed on both."),
    (8, "Policing in Austerity / Jul 14", "Nat rec / 2",
     "CCs & PCCs in forces planning to deliver less than 20% of savings through collaboration "
     "to assess whether there is scope to improve on this position", "Director of Finance / "
     "Mar 15", "G / 30.06.15", "Assessment done with OPCC – see MTFP paper.",
     ["N7"], "conflict", "Clearly austerity rec 2 (ref 3012) and both sides closed/done, but "
     "the tracker says 'less than 20%' where HMICFRS says 'less than 10%': a figure disagrees."),
    (9, "Policing in Austerity / Jul 14", "Nat rec / 4",
     "Before next spending round – review collaboration plans; consider scope for better VfM "
     "& improved capability/capacity through joint working w/ other forces, public &/or "
     "private sector", "DCC / 31.03.25", "A / 14.02.25",
     "EMSOU / regional collaboration review ongoing.",
     ["N9"], "in_sync", "Austerity rec 4 (spending round, collaboration plans); both open."),
    (10, "Core Business 2014 / 04.09.14", "Nat rec / 1",
     "Not later than 31 March 2015 forces using a THR policy should give call-handlers "
     "specific, sound & comprehensible criteria to assess threat, harm & risk",
     "Supt Contact Centre / Mar 15", "G / 02.12.24",
     "THRIVE+ criteria embedded in FCR; QA dip sample Nov 24 – 96% compliance.",
     ["N10"], "closeable_submit", "The Core Business national version (31 March 2015, 'forces "
     "using a THR policy'), not the CDI 2017 force rec with similar words (7806); HMICFRS "
     "Awaiting review (open), RAG G = done."),
    (11, "Core Business 2014 / 04.09.14", "Nat rec / 2",
     "All forces to make sure crime prevention / disruption activity is systematically "
     "recorded & evaluated to determine effectiveness of tactics", "ACC Local Policing / "
     "tbc", "R / 14.02.25", "No single recording system for prevention activity yet.",
     ["N11"], "in_sync", "Core Business rec 2 (prevention activity recorded and evaluated); "
     "HMICFRS Being progressed, RAG R (open): both open."),
    (12, "Integrity Matters / Jan 2016", "Nat rec / 1",
     "By 31 Aug 2015 CCs to satisfy themselves that misconduct investigations resulting in "
     "'no further action' are fair & free of any form of discrimination",
     "Head of Professional Standards / Aug 15", "A / 14.02.25",
     "PSD dip-sample of NFA outcomes by protected characteristic – Q1 25/26.",
     ["N12"], "conflict", "Integrity matters national rec (31 Aug 2015 deadline, 'CCs'), not the "
     "2017 force AFI 8547 with the same ask; both open, but the tracker dates the report Jan "
     "2016 where HMICFRS has published 30/01/2015: publication date disagrees."),
    (13, "Building the Picture / Jul 15", "Nat rec / 1",
     "By 30 Nov 2015 put in place arrangements to scrutinise audits of compliance with APP on "
     "information management through force IM governance structure (incl. regular "
     "adjustment of categorisation of records)", "Head of Information Management / Nov 15",
     "A / 14.02.25", "MoPI review backlog – IM board oversight.",
     ["N13"], "closeable_local", "Building the picture rec; HMICFRS Complete (26/11/2024), RAG A "
     "(open): the force closes its own entry."),
    (14, "Firearms licensing (Targeting the Risk) / Sept 2015", "Nat rec / 1",
     "Within 3 months assess how well governance of firearms licensing meets APP standards; "
     "put correct arrangements in place immediately where not met",
     "Supt Firearms Licensing / Dec 15", "B / 14.01.16", "Governance review complete.",
     ["N14"], "in_sync", "Firearms rec 1 (governance vs APP); HMICFRS Complete, RAG B: closed on "
     "both."),
    (15, "Firearms licensing (Targeting the Risk) / Sept 2015", "Nat rec / 2 & 3",
     "2. Within 3 months assess demand on the firearms licensing dept & make sure it has "
     "capacity to meet it and provide an efficient & effective service at all times\n"
     "3. Immediately satisfy ourselves that all appropriate action is being taken re 'total "
     "expired' licensing records", "Supt Firearms Licensing / Dec 15", "B / 14.01.16",
     "Demand review done; expired records cleared and weekly report in place.",
     ["N15", "N16"], None, "One row holds firearms recs 2 and 3 ('Nat rec / 2 & 3', both texts); "
     "RAG B covers both."),
    (16, "Firearms licensing (Targeting the Risk) / Sept 2015", "Nat rec / 4",
     "Within 3 months make sure arrangements for temporary permits follow HO guidance, are "
     "recorded without delay on NFLMS, & certificate holders never remain in unlawful "
     "possession of a firearm", "Supt Firearms Licensing / Dec 15", "R / 14.02.25",
     "NFLMS replacement delayed nationally; manual workaround.",
     ["N17"], "in_sync", "Firearms rec 4 (temporary permits, NFLMS); both open (Being "
     "progressed / R)."),
    (17, "Stolen Freedom (MSHT) / Oct-17", "Nat rec / 1",
     "Within 12 months review leadership & governance for MSHT to ensure that:\n• senior "
     "leaders prioritise the response to MSHT;\n• every incident of modern slavery identified "
     "to police is allocated appropriate resources with the skills, experience & capacity to "
     "investigate it effectively; and\n• performance & QA measures are in place so senior "
     "leaders can assess the nature & quality of service to victims.",
     "Det Ch Supt Force CID / Oct 18", "A / 14.02.25",
     "MSHT governance board set up; QA framework in draft.",
     ["N19"], "conflict", "Stolen freedom rec 1 (MSHT leadership and governance, within twelve "
     "months), both open, but the tracker lists three bullets: the partnership-arrangements "
     "bullet ('forces develop effective partnership arrangements…') is missing."),
    (18, "Stolen Freedom (MSHT) / Oct-17", "Nat rec / 2",
     "Within 12 months, forces to have active ISAs with other agencies to allow speedy "
     "exchange of intel, to safeguard victims better & identify suspects as early as possible",
     "Head of Intelligence / Oct 18", "G / 03.02.25",
     "ISAs signed with all 7 district councils and LCC.",
     ["N20"], "conflict", "Stolen freedom rec 2 (information-sharing agreements) by its wording, "
     "but the tracker's timescale is 'Within 12 months' where HMICFRS says 'Within six "
     "months'. HMICFRS open, force G: the timescale must be resolved before submitting."),
    (19, "Stolen Freedom (MSHT) / Oct-17", "Nat rec / 3",
     "Immediately – make sure victims carrying out criminal acts under compulsion (slavery / "
     "exploitation) get early & continuing consideration of the s45 defence",
     "Head of Criminal Justice / Immediate", "G / 20.03.19", "CPS protocol agreed.",
     ["N21"], "in_sync", "Stolen freedom rec 3 (section 45 defence); HMICFRS Complete, RAG G "
     "(done): closed on both."),
    (20, "Stolen Freedom (MSHT) / Oct-17", "Local / 3a",
     "Force action - Appoint a SPOC for MSHT in each LPA", "Det Ch Supt Force CID / Mar 18",
     "B / 12.04.18", "SPOCs appointed in all 3 LPAs.",
     [], "not_on_hmicfrs_list", "A force action added under the Stolen freedom block ('Force "
     "action', 'Local / 3a'); no HMICFRS item asks for SPOCs."),
    (21, "Stolen Freedom (MSHT) / Oct-17", "Nat rec / 4",
     "Immediately make sure we are fully compliant with the NRM process & notify the HO of any "
     "individual suspected to be an adult victim of MSHT (Modern Slavery Act 2015)",
     "Det Ch Supt Force CID / Immediate", "B / 08.01.25",
     "Duty to Notify process audited Dec 24; signed off by DCC.",
     ["N22"], "closeable_submit", "Stolen freedom rec 4 (NRM, duty to notify); HMICFRS Being "
     "progressed (open), RAG B: done."),
    (22, "Stolen Freedom (MSHT) / Oct-17", "Nat rec / 5",
     "Immediately make sure we comply fully with NCRS for MSHT offences & the FCR has enough "
     "audit capacity to give reassurance on gaps in crime-recording accuracy",
     "Force Crime Registrar / Immediate", "A / 14.02.25", "MSHT audit in FCR plan for Q1.",
     ["N23"], "in_sync", "Stolen freedom rec 5 (NCRS for MSHT, FCR audit capacity); both open."),
    (23, "Stolen Freedom (MSHT) / Oct-17", "Nat rec / 6",
     "Immediately make sure allegations/indications of MSHT are thoroughly investigaton and "
     "effectively supervised by teams with the skills & experience to undertake them",
     "Det Ch Supt Force CID / Immediate", "A / 14.02.25",
     "Investigation standards review – report to Crime board Apr 25.",
     ["N24"], "closeable_local", "Stolen freedom rec 6 (MSHT thoroughly investigated and "
     "supervised; typo 'investigaton'); HMICFRS Complete (08/10/2024), RAG A (open)."),
    (24, "Stolen Freedom (MSHT) / Oct-17", "Nat rec / 7",
     "Immediately review use of preventative powers under the MSA 2015 (STPOs/STROs) so "
     "opportunities to restrict those posing a clear threat are exploited",
     "Det Ch Supt Force CID / Immediate", "Amber (was G) / 14.02.25",
     "Reopened Jan 25 – STPO/STRO applications fell in 2024. DCI review.",
     ["N25"], "in_sync", "Stolen freedom rec 7 (preventative powers); 'Amber (was G)' means it "
     "is Amber now, so open; HMICFRS Being progressed: both open."),
    (25, "PEEL Efficiency 2017 (all forces) / Nov-17", "Nat rec / 1",
     "By Sept 2018 produce an ambitious plan to improve digitally-enabled services within the "
     "force (HO/NPCC/APCC national framework to support)", "Director of Finance / Sept 18",
     "G / 31.10.18", "Digital strategy 2018-21 approved by COG.",
     ["N26"], "closeable_submit", "PEEL efficiency 2017 national rec (digital plan by September "
     "2018); HMICFRS Being progressed (open), RAG G: done."),
    (26, "PEEL Legit 17 S&S / 12.12.17", "CoC / –",
     "HMICFRS concerned forces can't show use of S&S is consistently reasonable & fair – "
     "over-representation of BAME (esp. black) people in S&S data that many forces can't "
     "explain", "ACC Local Policing / –", "A / 14.02.25",
     "Disproportionality analysis published quarterly; explanation still partial.",
     ["N27"], "in_sync", "The legitimacy 2017 national cause of concern on S&S "
     "over-representation; both open."),
    (27, "PEEL Legit 17 S&S / 12.12.17", "Nat rec / 1(a)",
     "By July 2018 monitor S&S data to understand: (a) the reasons for any disproportionate "
     "representation of different ethnic groups in use of S&S", "ACC Local Policing / Jul 18",
     "G / 14.02.25", "Quarterly disproportionality report to S&S board.",
     ["N28"], "in_sync", "Part (a) of the S&S monitoring rec 8542, which the force split into "
     "three rows (1(a)-(c)); parts (a) and (b) are G but (c) is A, so the item is open; "
     "HMICFRS Being progressed: both open."),
    (28, "PEEL Legit 17 S&S / 12.12.17", "Nat rec / 1(b)",
     "(b) the extent to which find rates differ between ethnicities & across search types "
     "(incl. separate find rates for drug possession & supply-type offences)",
     "ACC Local Policing / Jul 18", "G / 14.02.25", "Find-rate tables added to dashboard.",
     ["N28"], "in_sync", "Part (b) of 8542 (find rates); the item stays open because part (c) "
     "is A; HMICFRS open: in sync."),
    (29, "PEEL Legit 17 S&S / 12.12.17", "Nat rec / 1(c)",
     "(c) prevalence of possession-only drug searches & how far they align with local / force "
     "priorities", "ACC Local Policing / Jul 18", "A / 14.02.25",
     "Needs new field on S&S app – change request raised.",
     ["N28"], "in_sync", "Part (c) of 8542 (possession-only drug searches), still A; item open "
     "on both sides."),
    (30, "PEEL Legit 17 S&S / 12.12.17", "Nat rec / 2",
     "Where disparities found, demonstrate to the public we have researched the reasons & "
     "taken action to reduce the disparity where necessary", "ACC Local Policing / Jul 18",
     "B / 09.12.19", "Published on website with actions.",
     ["N29"], "in_sync", "Legitimacy 2017 rec on demonstrating research and action on "
     "disparities; HMICFRS Complete, RAG B: closed on both."),
    (31, "PEEL Legit 17 S&S / 12.12.17", "Nat rec / 4",
     "By July 2018 (and ongoing) all officers who use S&S powers to have training on "
     "unconscious bias & CoP APP on S&S", "Head of Learning & Development / Jul 18",
     "G / 14.02.25", "98.6% of S&S-trained officers completed UB module; refresher on NCALT.",
     ["N31"], "closeable_submit", "Legitimacy 2017 training rec (unconscious bias, APP); "
     "HMICFRS Being progressed (open), RAG G: done."),
    (32, "Police powers spotlight / Feb 21", "Nat rec / 1",
     "By July 2022 make sure officers & staff have effective communication skills in line "
     "with National Policing Guidelines on Conflict Management", "Head of Learning & "
     "Development / Jul 22", "A / 14.02.25", "Conflict mgmt module in OST from Apr 25.",
     ["N32"], "in_sync", "Police powers spotlight rec 1 (communication skills, July 2022); both "
     "open."),
    (33, "Police powers spotlight / Feb 21", "Nat rec / 2",
     "By July 2021 reinforce communication skills through CPD & support supervisors to debrief "
     "officers using BWV footage", "Head of Learning & Development / Jul 21", "G / 14.02.25",
     "BWV debrief guide issued; supervisors' CPD day delivered.",
     ["N33"], "closeable_submit", "Police powers rec 2 (CPD, BWV debrief, July 2021); HMICFRS "
     "Being progressed, RAG G: done."),
    (34, "Police powers spotlight / Feb 21", "Nat rec / 3",
     "By Sept 2021: record whole of all S&S encounters on BWV (incl. traffic stops & use of "
     "force); structured process to review a sample of BWV footage; give external scrutiny "
     "panel access to samples of BWV footage", "ACC Local Policing / Sept 21",
     "A / 14.02.25", "Panel access agreed; dip-sample process being written.",
     ["N34"], "in_sync", "Police powers rec 3 (BWV, three parts in one row); HMICFRS Awaiting "
     "review, RAG A: both open."),
    (35, "Police powers spotlight / Feb 21", "Nat rec / 4",
     "HO & NPCC to make sure data on force used to effect a S&S is good enough to publish",
     "n/a – HO / NPCC", "W / n/a", "Not the force's responsibility to deliver; dependent upon "
     "another organisation.",
     ["N35"], "closeable_submit", "Police powers rec 4 (Home Office / NPCC data); W = not for "
     "the force to deliver, which the key counts as done; HMICFRS still Being progressed."),
    (36, "Police powers spotlight / Feb 21", "Nat rec / 5",
     "By July 2021 have effective internal monitoring of use of force to identify & understand "
     "disproportionate use, explain the reasons & implement improvement action",
     "ACC Local Policing / Jul 21", "R / 14.02.25", "UoF data quality issues – see S&S board.",
     ["N36"], "closeable_local", "Police powers rec 5 (internal monitoring of use of force); "
     "HMICFRS Complete (03/12/2024), RAG R (open)."),
    (S, "FORCE INSPECTIONS – LINCOLNSHIRE POLICE"),
    (37, "PEEL Eff 2015 / Feb-16", "AFI / 2",
     "The force should cease the practice of conducting DA risk assessments over the "
     "telephone & dealing with DA in the resolution centre", "ACC Crime / Mar 16",
     "A / 14.02.25", "Resolution centre closed Jan 25 – awaiting evidence from PPU.",
     [], "not_on_hmicfrs_list", "A PEEL effectiveness 2015 AFI; the definitive list holds no "
     "2015 force report and no item about telephone DA risk assessments: query with HMICFRS."),
    (38, "PEEL Effectiveness 2016 / 02.03.17", "CoC / 1",
     "DA response a cause of concern – discretion over DASH in some crimes/incidents; officers "
     "not consistently completing DASH where policy requires, so some DA victims not "
     "appropriately risk-assessed", "ACC Crime / –", "A / 14.02.25",
     "DASH replaced by DARA Mar 24; compliance 91%.",
     ["F1"], "in_sync", "PEEL effectiveness 2016 cause of concern on DA / DASH; both open."),
    (39, "PEEL Effectiveness 2016 / 02.03.17", "Rec / 1",
     "Within 6 months – effective supervision of the initial risk assessment process, esp. "
     "completion of DASH in appropriate cases", "Ch Supt Public Protection / Sept 17",
     "A / 14.02.25", "Supervisor review of DARA forms – see CoC 1.",
     ["F2"], "closeable_local", "PEEL 2016 rec on supervising DASH risk assessment (within six "
     "months); HMICFRS Superseded (closed), RAG A (open)."),
    (40, "PEEL Effectiveness 2016 / 02.03.17", "CoC / 2",
     "Missing & absent children – risk for children missing from home assessed wrongly in "
     "some cases; some classed 'absent' who should be 'missing'", "Ch Supt Public Protection "
     "/ –", "B / 27.04.18", "Closed by HMICFRS Apr 18.",
     ["F3"], "in_sync", "PEEL 2016 cause of concern on missing and absent children; HMICFRS "
     "Complete, RAG B: closed on both."),
    (41, "PEEL Effectiveness 2016 / 02.03.17", "Rec / 2(i)",
     "Immediately review approach to missing children: (i) call takers understand & use the "
     "missing & absent category appropriately", "Supt Contact Centre / Immediate",
     "B / 27.04.18", "Absent category withdrawn.",
     ["F4"], "in_sync", "Bullet 1 of the missing-children rec 6984, split by the force into "
     "2(i)-(iii); all three parts B, HMICFRS Complete: closed on both."),
    (42, "PEEL Effectiveness 2016 / 02.03.17", "Rec / 2(ii)",
     "(ii) call takers & frontline staff have the knowledge to identify CSE risk factors & how "
     "to respond", "Ch Supt Public Protection / Immediate", "B / 27.04.18",
     "CSE training delivered to all FCR & response.",
     ["F4"], "in_sync", "Bullet 2 of 6984 (CSE risk factors); all parts B, HMICFRS Complete."),
    (43, "PEEL Effectiveness 2016 / 02.03.17", "Rec / 2(iii)",
     "(iii) supervisors give correct oversight of missing person enquiries & direct timely "
     "investigative & safeguarding action", "Ch Supt Public Protection / Immediate",
     "B / 27.04.18", "Misper supervisor checklist live.",
     ["F4"], "in_sync", "Bullet 3 of 6984 (supervisory oversight of missing person enquiries); "
     "all parts B, HMICFRS Complete."),
    (44, "PEEL Effectiveness 2016 / 02.03.17", "Rec / 3",
     "Improve supervison of investigations so investigation plans are set, reviewed & "
     "recorded and victims get a consistently good service", "Det Ch Supt Force CID / Mar 18",
     "A / 14.02.25", "Investigation standards team – see PEEL 18/19 rec 2.",
     ["F5"], "conflict", "The same ask as HMICFRS 6985 (supervision of investigations, "
     "investigation plans), both open, but the force records it as 'Rec / 3' while HMICFRS "
     "types it Area for improvement: type disagrees."),
    (45, "PEEL Efficiency 2017 / 09.11.17", "AFI / 1",
     "Further work to gain a fuller understanding of current & likely future demand, so "
     "resources can be matched to demand", "Head of Corporate Development / Mar 18",
     "G / 14.01.25", "FMS 2025 submitted; demand model refreshed.",
     ["F6"], "closeable_submit", "PEEL efficiency 2017 AFI on demand; HMICFRS Being progressed, "
     "RAG G: done."),
    (46, "PEEL Efficiency 2017 / 09.11.17", "AFI / 2",
     "Develop understanding of links between outcomes, outputs & costs",
     "Director of Finance / Mar 18", "A / 14.02.25", "Activity-based costing pilot in CJ.",
     ["F7"], "in_sync", "PEEL efficiency 2017 AFI on outcomes, outputs and costs; both open."),
    (47, "PEEL Legitimacy 2017 / 12.12.17", "AFI / 1",
     "All staff to have at least the lowest level of vetting clearance ASAP – clear the "
     "vetting backlog & renewals so we comply fully with national vetting guidelines",
     "Head of Professional Standards / Dec 18", "R / 14.02.25",
     "Backlog 412 renewals (Feb 25); extra vetting officers recruited.",
     ["F9"], "in_sync", "PEEL legitimacy 2017 force AFI on the vetting backlog; HMICFRS Being "
     "progressed, RAG R: both open."),
    (48, "PEEL Legitimacy 2017 / 12.12.17", "AFI / 2",
     "Satisfy ourselves that processes make sure misconduct investigations resulting in 'no "
     "further action' are fair & free of any form of discrimination",
     "Head of Professional Standards / Dec 18", "G / 14.02.25",
     "Independent panel review of NFA outcomes – no disparity found.",
     ["F10"], "closeable_submit", "The force-level 2017 AFI (8547), told apart from the 2015 "
     "national rec 902 by report and numbering; HMICFRS Awaiting review (open), RAG G: done."),
    (49, "CDI 2017 / 21.09.17", "Rec / 1(a)",
     "Immediately put arrangements in place so that: (a) at point of report, victims are "
     "believed", "Force Crime Registrar / Immediate", "B / 10.10.24",
     "Victim belief principle in NCRS training & FCR audit.",
     ["F11"], "closeable_submit", "Bullet 1 of the CDI victims rec 7805, split by the force into "
     "1(a)-(e); all five parts G or B, so the item is done; HMICFRS Being progressed."),
    (50, "CDI 2017 / 21.09.17", "Rec / 1(b)",
     "(b) conversations between call handlers & callers summarised accurately in the incident "
     "log", "Supt Contact Centre / Immediate", "B / 10.10.24", "STORM log QA in place.",
     ["F11"], "closeable_submit", "Bullet 2 of 7805 (incident log summaries); every part done, "
     "HMICFRS open."),
    (51, "CDI 2017 / 21.09.17", "Rec / 1(c)",
     "(c) multiple crimes always recorded when described in incident records or other crime "
     "investigations", "Force Crime Registrar / Immediate", "G / 14.02.25",
     "Audit Jan 25 – 94% compliance. Awaiting DCC sign off.",
     ["F11"], "closeable_submit", "Bullet 3 of 7805 (multiple crimes); G = done, every part "
     "done, HMICFRS open."),
    (52, "CDI 2017 / 21.09.17", "Rec / 1(d)",
     "(d) stop waiting for medical exam / video interview results before making "
     "crime-recording decisions", "Force Crime Registrar / Immediate", "B / 10.10.24",
     "Practice stopped – FCR guidance issued.",
     ["F11"], "closeable_submit", "Bullet 4 of 7805 (medical examinations, video interviews); "
     "every part done, HMICFRS open."),
    (53, "CDI 2017 / 21.09.17", "Rec / 1(e)",
     "(e) online crime reports triaged on receipt so any ongoing risks to the victim or wider "
     "public are identified & managed", "Supt Contact Centre / Immediate", "B / 10.10.24",
     "Single Online Home triage desk.",
     ["F11"], "closeable_submit", "Bullet 5 of 7805 (online reports triaged); every part done, "
     "HMICFRS open."),
    (54, "CDI 2017 / 21.09.17", "Rec / 2",
     "Within 3 months give call-handlers specific, sound & comprehensible criteria to assess "
     "threat, harm & risk", "Supt Contact Centre / Dec 17", "A / 14.02.25",
     "THRIVE+ refresh – see Core Business rec 1.",
     ["F12"], "in_sync", "The CDI 2017 force rec (within three months), not the Core Business "
     "national rec 4822 with the same criteria; HMICFRS Being progressed, RAG A: both open."),
    (55, "PEEL 18/19 / May 19", "CoC / 1",
     "Force lacks capacity/capability to investigate crime effectively – affecting service to "
     "the public; failings in how crimes are investigated", "Det Ch Supt Force CID / –",
     "A / 14.02.25", "Investigation improvement plan – 2 of 5 workstreams complete.",
     ["F13"], "in_sync", "PEEL 2018/19 cause of concern on investigative capacity; both open."),
    (56, "PEEL 18/19 / May 19", "Rec / 1",
     "Immediately – review officers' capabilities & capacity to manage investigative workload, "
     "to understand investigative demand & pressures", "Det Ch Supt Force CID / Immediate",
     "B / 02.03.21", "Workload review done; closed by HMICFRS Mar 21.",
     ["F14"], "in_sync", "PEEL 2018/19 rec on officers' capability and capacity; HMICFRS "
     "Complete, RAG B: closed on both."),
    (57, "PEEL 18/19 / May 19", "Rec / 2",
     "Within 6 months – regular & active supervision of the quality & progress of "
     "investigations, properly recorded", "Det Ch Supt Force CID / Nov 19", "G / 14.02.25",
     "Supervisory review field mandatory on Niche since Oct 24; audit 89%.",
     ["F15"], "closeable_submit", "PEEL 2018/19 rec on supervision of investigations (properly "
     "recorded); HMICFRS Being progressed, RAG G: done."),
    (58, "PEEL 18/19 / May 19", "AFI / 1",
     "Improve use of crime-recording & mgmt system (Niche) to better manage case files & "
     "investigative processes", "Head of Criminal Justice / Mar 20", "A / 14.02.25",
     "Niche case file module upgrade – go-live Jun 25.",
     ["F17"], "closeable_local", "PEEL 2018/19 AFI on the crime-recording system; HMICFRS No "
     "further action required (closed), RAG A (open)."),
    (59, "PEEL 18/19 / May 19", "AFI / 2",
     "Make sure we have access to accurate data & analysis to support effective performance "
     "management", "Head of Corporate Development / Mar 20", "A / 14.02.25",
     "Data warehouse phase 2.",
     ["F18"], "in_sync", "PEEL 2018/19 AFI on accurate data and analysis for performance "
     "management (not the 2023/24 AFI on performance processes); both open."),
    (60, "Custody 2020 / Aug 20", "Rec / 1",
     "Within 12 months, with children's social care, review how we manage detention of "
     "children – detain only when absolutely necessary & for minimum time; early assessment "
     "of need for alternative accommodation; record all actions & decisions; improve "
     "timeliness of appropriate adult support", "Ch Insp Custody / Aug 21", "A / 14.02.25",
     "Concordat on children in custody signed; AA provision still slow at night.",
     ["F19"], "in_sync", "Custody 2020 rec on detention of children (all four parts listed); "
     "both open."),
    (61, "PEEL 21/22 / 24.05.22", "AFI / 1",
     "Improve understanding of nature & scale of VAWG in Lincolnshire",
     "ACC Crime / Mar 23", "G / 14.01.25", "VAWG problem profile published Dec 24.",
     ["F20"], "closeable_submit", "PEEL 2021/22 AFI on VAWG nature and scale; HMICFRS Being "
     "progressed, RAG G: done."),
    (62, "PEEL 21/22 / 24.05.22", "Local / 1a",
     "Force improvement plan: Add violence against women and girls measures to the monthly "
     "Force Performance pack", "Head of Corporate Development / Jun 23", "B / 18.07.23",
     "Added to pack from July 23.",
     [], "not_on_hmicfrs_list", "A force improvement-plan action under PEEL 21/22 ('Local / 1a'); "
     "not an HMICFRS item (closest, AFI 1 on VAWG, is matched to row above)."),
    (63, "PEEL 21/22 / 24.05.22", "AFI / 2",
     "RASSO investigations allocated to officers with the right skills & effectively "
     "supervised", "Det Ch Supt Force CID / Mar 23", "A / 14.02.25",
     "Op Soteria roll-out; RASSO team uplift.",
     ["F21"], "in_sync", "PEEL 2021/22 AFI on RASSO investigations; both open."),
    (64, "PEEL 21/22 / 24.05.22", "AFI / 3",
     "Make sure victims of S&H are kept informed of progress of their case (VCOP)",
     "Ch Supt Public Protection / Mar 23", "A / 14.02.25", "VCOP compliance 71% (Jan 25).",
     ["F22"], "in_sync", "PEEL 2021/22 AFI on keeping stalking victims informed (VCOP), not the "
     "ancillary-orders AFI on the same topic; both open."),
    (65, "PEEL 21/22 / 24.05.22", "AFI / 4",
     "Consistently use ancillary orders & other powers to protect victims of S&H",
     "Ch Supt Public Protection / Mar 23", "G / 14.02.25",
     "SPO applications up 140%; pending sign off.",
     ["F23"], "closeable_submit", "PEEL 2021/22 AFI on ancillary orders for stalking and "
     "harassment; HMICFRS Being progressed, RAG G: done."),
    (66, "PEEL 21/22 / 24.05.22", "AFI / 5",
     "Improve how we gather, assess & act on intel about county lines", "Head of "
     "Intelligence / Mar 23", "B / 20.02.24", "Closed by HMICFRS Feb 24.",
     ["F24"], "in_sync", "PEEL 2021/22 AFI on county lines intelligence; HMICFRS Complete, RAG B: "
     "closed on both."),
    (67, "PEEL 21/22 / 24.05.22", "AFI / 7",
     "Make sure there are enough resources in the control room to fulfil resourcing model & "
     "meet demand, taking account of workforce wellbeing", "Supt Contact Centre / Mar 23",
     "R / 14.02.25", "FCR vacancies 23; 999 answer times below target.",
     ["F26"], "in_sync", "PEEL 2021/22 AFI on control room resources; both open (R)."),
    (68, "PEEL 21/22 / 24.05.22", "AFI / 8",
     "Improve timeliness of response to calls for service involving DA",
     "Supt Contact Centre / Mar 23", " / 14.02.25",
     "Completed. Evidence submitted to HMICFRS for closure.",
     ["F27"], "closeable_submit", "PEEL 2021/22 AFI on timeliness of DA calls. The RAG half of "
     "the cell is blank, but the update says 'Completed. Evidence submitted to HMICFRS for "
     "closure', so a reader takes the force as done; HMICFRS Being progressed."),
    (69, "PEEL 23/24 / 30.04.24", "Rec / ID 13214",
     "By March 2025 – appropriate strategic oversight arrangements to manage risks, "
     "performance & improvement plans effectively", "DCC / 31.03.25", "A / 14.02.25",
     "Strategic Oversight Board TOR agreed; first meeting Apr 25.",
     ["F28"], "in_sync", "ID 13214 and the wording agree (strategic oversight, by March 2025); "
     "both open."),
    (70, "PEEL 23/24 / 30.04.24", "AFI / ID 13216",
     "Corporate risk register actively used to mitigate & manage known risks",
     "Head of Corporate Development / 31.12.24", "G / 14.02.25",
     "JCAD risk register reviewed monthly at COG.",
     ["F29"], "conflict", "The text is the corporate risk register AFI (13215), but the typed ID "
     "is 13216, the performance-processes AFI on the next row: reference disagrees. HMICFRS "
     "open, force G."),
    (71, "PEEL 23/24 / 30.04.24", "AFI / ID 13216",
     "All processes to support performance management are effective",
     "Head of Corporate Development / 31.03.25", "A / 14.02.25",
     "Performance framework review under way.",
     ["F30"], "in_sync", "ID 13216 and the text (performance management processes) agree; both "
     "open."),
    (72, "PEEL 23/24 / 30.04.24", "AFI / ID 13217",
     "Officers & staff to have the training they need to identify & respond to HBA",
     "Head of Learning & Development / 30.09.25", "A / 14.02.25",
     "HBA e-learning commissioned.",
     ["F31"], "in_sync", "ID 13217, honour-based abuse training; HMICFRS Awaiting review, RAG A: "
     "both open."),
    (73, "PEEL 23/24 / 30.04.24", "AFI / ID 13219",
     "Record reports of ASB accurately & without delay", "ACC Local Policing / 30.06.25",
     "A/G / 14.02.25", "Ready to move to GREEN status.",
     ["F33"], "in_sync", "ID 13219, ASB recording. 'A/G' with 'Ready to move to GREEN status' "
     "means not yet Green, so still open; HMICFRS Awaiting review: both open."),
]

NOTES_BELOW = [
    "Key (RAG): B = complete, signed off by DCC & submitted to HMICFRS | G = complete, awaiting "
    "DCC sign off | A = in progress, on track | R = off track / past target | W = not for the "
    "force to deliver (national bodies)",
    "Please keep the two parts of each column separated by ' / ' (e.g. 'ACC Crime / 31.03.25', "
    "'A / 14.02.25'). Last full review for JAC 12.03.25.",
    "Items closed by HMICFRS before Sept 2024 moved to the 2024 archive file.",
]

def force_done(rag, update):
    code = rag.split("/")[0].strip().upper()
    if code in ("B", "G", "W"):
        return True
    if code in ("A", "R", "AMBER (WAS G)", "A/G"):
        return False
    if code == "" and update.startswith("Completed."):
        return True
    raise ValueError(rag)


def hmic_open(status):
    return status in ("Awaiting review", "Being progressed")


def expected(ho, fd):
    if ho and fd:
        return "closeable_submit"
    if ho and not fd:
        return "in_sync"
    if not ho and fd:
        return "in_sync"
    return "closeable_local"


def build():
    os.makedirs(OUT, exist_ok=True)
    hkeys = {h[0]: h for h in H}
    assert len(hkeys) == len(H)
    # ---- HMICFRS workbook --------------------------------------------------------------
    hrow = {}
    wb = xlsxwriter.Workbook(os.path.join(OUT, "hmicfrs.xlsx"))
    wb.set_properties({"title": "Definitive list", "author": "HMICFRS", "company": "HMICFRS",
                       "created": FIXED})
    ws = wb.add_worksheet("Definitive list")
    bold = wb.add_format({"bold": True})
    hdr = wb.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1, "text_wrap": True})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
    ws.write(0, 0, "HMICFRS monitoring – definitive list of recommendations and areas for "
             "improvement: Lincolnshire Police", bold)
    ws.write(1, 0, "Extracted 03/03/2025. Includes items closed in the last 12 months.")
    cols = ["Ref", "Report title", "Publication date", "Type", "Recommendation / AFI text",
            "Status", "Status date"]
    for c, name in enumerate(cols):
        ws.write(3, c, name, hdr)
    for i, (key, ref, rep, pub, typ, text, st, sd) in enumerate(H):
        r = 4 + i
        hrow[key] = f"Definitive list!{r + 1}"
        ws.write_number(r, 0, ref, wrap)
        ws.write(r, 1, rep, wrap)
        ws.write_datetime(r, 2, dt.datetime.combine(pub, dt.time()), datef)
        ws.write(r, 3, typ, wrap)
        ws.write(r, 4, text, wrap)
        ws.write(r, 5, st, wrap)
        ws.write_datetime(r, 6, dt.datetime.combine(sd, dt.time()), datef)
    for c, w in enumerate([8, 40, 12, 22, 90, 16, 12]):
        ws.set_column(c, c, w)
    ws.freeze_panes(4, 0)
    ws.autofilter(3, 0, 3 + len(H), len(cols) - 1)
    wb.close()

    # ---- force tracker --------------------------------------------------------------------
    truth = []
    used = []
    wb = xlsxwriter.Workbook(os.path.join(OUT, "tracker.xlsx"))
    wb.set_properties({"title": "HMICFRS tracker", "author": "SPI Lincolnshire Police",
                       "company": "Lincolnshire Police", "created": FIXED})
    ws = wb.add_worksheet("Tracker")
    title = wb.add_format({"bold": True, "font_size": 14})
    hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF",
                         "border": 1, "text_wrap": True, "valign": "top"})
    sect = wb.add_format({"bold": True, "bg_color": "#BDD7EE"})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    ital = wb.add_format({"italic": True, "font_size": 9})
    ws.write(0, 0, "LINCOLNSHIRE POLICE – HMICFRS RECOMMENDATIONS & AFIs: PROGRESS TRACKER",
             title)
    ws.write(1, 0, "Strategic Planning & Insight (SPI). OFFICIAL. Version for JAC 12 March "
             "2025.")
    heads = ["No.", "Report / published", "Type / no.", "Recommendation / AFI",
             "Lead / target date", "RAG / as at", "Update / evidence"]
    for c, name in enumerate(heads):
        ws.write(3, c, name, hdr)
    r = 4
    cat_count = {}
    for entry in F:
        if entry[0] == S:
            ws.merge_range(r, 0, r, 6, entry[1], sect)
            r += 1
            continue
        no, rep, tno, text, lead, rag, upd, keys, cat, why = entry
        for c, v in enumerate([no, rep, tno, text, lead, rag, upd]):
            if c == 0:
                ws.write_number(r, c, v, wrap)
            else:
                ws.write_string(r, c, v, wrap)
        prov = f"Tracker!{r + 1}"
        fd = force_done(rag, upd)
        if not keys:
            assert cat == "not_on_hmicfrs_list"
            truth.append(("", prov, cat, why))
        for k in keys:
            used.append(k)
            h = hkeys[k]
            ho = hmic_open(h[6])
            # split items: done only when every part is done
            parts = [e for e in F if e[0] != S and k in e[7]]
            item_done = all(force_done(p[5], p[6]) for p in parts)
            exp = expected(ho, item_done)
            c = cat
            w = why
            if c is None:  # the combined firearms row: decide per item
                c = exp
                w = why + (" Ref 5703 (demand, rec 2): HMICFRS Complete and RAG B, closed on "
                           "both." if k == "N15" else " Ref 5704 ('total expired', rec 3): "
                           "HMICFRS still Being progressed, RAG B done.")
            if c not in ("conflict", "review"):
                assert c == exp, (entry, k, c, exp)
            truth.append((hrow[k], prov, c, w))
        r += 1
    r += 1
    for n in NOTES_BELOW:
        ws.write(r, 0, n, ital)
        r += 1
    for c, w in enumerate([5, 24, 13, 70, 26, 16, 45]):
        ws.set_column(c, c, w)
    ws.freeze_panes(4, 0)
    ks = wb.add_worksheet("Key")
    ks.write_row(0, 0, ["RAG", "Meaning"], hdr)
    for i, (a, b) in enumerate([
            ("B (Blue)", "Complete – signed off by DCC and submitted to HMICFRS for closure"),
            ("G (Green)", "Complete – evidence gathered, awaiting DCC sign off"),
            ("A (Amber)", "In progress – on track"),
            ("R (Red)", "Off track or past target date"),
            ("W (White)", "Not for the force to deliver – national body (HO, NPCC, CoP)")]):
        ks.write_row(i + 1, 0, [a, b])
    ks.set_column(0, 0, 12)
    ks.set_column(1, 1, 70)
    wb.close()

    for k in hkeys:
        if k not in used:
            h = hkeys[k]
            truth.append((hrow[k], "", "missing_from_force", MISSING_WHY[k]))
    order = {v: i for i, v in enumerate(hrow[h[0]] for h in H)}
    truth.sort(key=lambda t: (order.get(t[0], 999), int(t[1].split("!")[1]) if t[1] else 0))
    buf = io.StringIO()
    wr = csv.writer(buf, lineterminator="\n")
    wr.writerow(["hmicfrs_row", "force_row", "category", "why"])
    wr.writerows(truth)
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    return truth


MISSING_WHY = {
    "N8": "Austerity rec 3 (assess decisive action to keep crime-fighting capacity): no tracker "
          "row has it; the tracker's austerity block runs Nat rec 1, 2, 4.",
    "N18": "Firearms rec 5 (flagging certificate holders' addresses before attendance): the "
           "firearms block stops at Nat rec 4; no row mentions it.",
    "N30": "Legitimacy 2017 'publish this analysis … annually from July 2018': the tracker jumps "
           "from Nat rec 2 to 4 under PEEL Legit 17; HMICFRS closed it (Complete), but it is on "
           "the list and nobody in the tracker holds it.",
    "F8": "PEEL efficiency 2017 AFI on a future workforce plan: the efficiency block holds AFI 1 "
          "and 2 only (HMICFRS Complete, not in the tracker).",
    "F16": "PEEL 2018/19 rec on retrieving digital evidence from devices: no tracker row on "
           "digital forensics or devices.",
    "F25": "PEEL 2021/22 AFI on the performance framework for neighbourhood crime: the PEEL 21/22 "
           "block skips AFI 6; nothing on neighbourhood crime.",
    "F32": "PEEL 2023/24 AFI on offenders involved in online child sexual abuse: no ID 13218 and "
           "no row on online CSA.",
}



README = r"""# two_fields_per_cell_columns (round 91, case C)

## Story

Lincolnshire Police's Strategic Planning & Insight team (SPI) keeps the force's HMICFRS tracker
as a hand-typed Excel sheet that began life as a Word table in a committee paper. The Word table
had four narrow columns each headed with two things ("Lead / target date", "RAG / as at"), and
when it moved to Excel nobody split them: people still type both facts into one cell with a
slash, in their own styles ("ACC Crime / Mar 16", "DCC / 31.03.25", "A / 14.02.25",
"Amber (was G) / 14.02.25", "W / n/a"). The report column carries the report's short name and
its publication date the same way ("PEEL 21/22 / 24.05.22", "Stolen Freedom (MSHT) / Oct-17"),
and the type column the item's type and its number in the report ("Nat rec / 2 & 3",
"Rec / 1(c)", "CoC / –", and for the newest report "AFI / ID 13216", the register ID copied
from the portal). The RAG is a single letter from a key at the foot of the sheet: B and G are
done (B signed off and submitted, G complete awaiting DCC sign-off), W is "not for the force to
deliver" (counts as done), A and R are open. The analyst must reconcile it with HMICFRS's
definitive list (an ordinary register export) before the Joint Audit Committee on 12 March 2025.

## Files

- `hmicfrs.xlsx` – sheet `Definitive list`. Row 1 title, row 2 extract note, row 3 blank,
  row 4 header: `Ref` (plain integer register ID), `Report title`, `Publication date` (real
  date, dd/mm/yyyy), `Type` (Recommendation / Area for improvement / Cause of concern /
  National recommendation), `Recommendation / AFI text` (verbatim HMICFRS wording, curly quotes,
  bullets, stray footnote digits "20" and "86" kept), `Status` (Awaiting review, Being
  progressed, Complete, Superseded, No further action required), `Status date`.
  Items: rows 5–73 (69 items; 49 open, 20 closed), ordered by publication date. Autofilter,
  frozen header.
- `tracker.xlsx` – sheet `Tracker` (items) and sheet `Key` (legend only, no items). Tracker:
  row 1 title, row 2 owner/version note, row 3 blank, row 4 header: `No.` (running number, not
  a reference), `Report / published`, `Type / no.`, `Recommendation / AFI` (the force's
  wording: abridged, abbreviated – S&S, MSHT, ISAs, CCs, HO, VAWG, S&H, HBA – typos
  "investigaton", "supervison"), `Lead / target date`, `RAG / as at`, `Update / evidence`.
  Section rows 5 ("NATIONAL / THEMATIC REPORTS (ALL FORCES)") and 42 ("FORCE INSPECTIONS –
  LINCOLNSHIRE POLICE") are merged across A:G. Item rows 6–41 and 43–79 (73 rows). Row 80
  blank, rows 81–83 notes (RAG key, typing instruction, archive note). All cells are text
  except `No.`; no real dates anywhere in the tracker.
- `truth.csv` – UTF-8, `hmicfrs_row,force_row,category,why`, 81 lines.

## What the layout brings

1. Two fields per cell in four columns (B, C, E, F). Status is only the first half of
   `RAG / as at`; the second half is a date of update, not a closure date. The target date in
   `Lead / target date` is not a closure date either ("Immediate", "tbc", "–", "Mar 15").
2. Status words are single letters (B/G/A/R/W) explained only in a key (rows 81, Key sheet);
   variants: "Amber (was G)" (row 29, open), "A/G" + "Ready to move to GREEN status" (row 79,
   open), "W / n/a" (row 40, done), blank RAG half " / 14.02.25" with update "Completed.
   Evidence submitted to HMICFRS for closure." (row 74, done by reading the update).
3. The report cell carries a short name and a date in mixed styles; the type cell carries the
   type plus the item's number in its report, which is not a register reference, except in the
   PEEL 23/24 block (rows 75–79) where "ID nnnnn" is the register ID.
4. Splits: rec 8542 (S&S monitoring, three bullets) is rows 32–34 as 1(a)–(c); rec 6984
   (missing children) rows 47–49 as 2(i)–(iii); CDI rec 7805 (five bullets) rows 55–59 as
   1(a)–(e). One row holds two items: row 20 "Nat rec / 2 & 3" (firearms 5703 and 5704).
5. Local rows that HMICFRS never asked for, typed in the same columns: row 9 ("JAC action /
   Sept 23", "Local / –"), row 25 ("Local / 3a", "Force action - …"), row 68 ("Local / 1a",
   "Force improvement plan: …"), and row 43, an AFI from a PEEL 2015 report that is not on the
   definitive list.

## Traps and how the truth decides them

- Near-duplicate national texts: S&S 2013 rec 3 (ref 1205, "elected local policing bodies",
  row 8) vs S&S 2 2015 rec (ref 5170, "police and crime commissioners", row 10). Decided by
  report and that phrase; 1205 in_sync, 5170 closeable_local (HMICFRS Complete, force A).
- Same ask at national and force level: Integrity matters 902 (row 17) vs PEEL legitimacy 2017
  AFI 8547 (row 54) on "no further action" misconduct outcomes; Core Business 4822 (row 15) vs
  CDI 2017 rec 7806 (row 60) on threat, harm and risk criteria. Decided by report block,
  deadline wording ("By 31 Aug 2015", "Not later than 31 March 2015", "Within 3 months").
- Same topic, different ask: PEEL 21/22 stalking AFIs (row 70 victims kept informed; row 71
  ancillary orders).
- Wrong ID: row 76 says "AFI / ID 13216" but its text is the corporate risk register AFI
  13215; row 77 is the true 13216. Truth: row 76 → 13215 conflict (reference), row 77 → 13216
  in_sync. An exact-reference matcher would pair two rows with 13216.
- Conflicts (6): row 13 "less than 20%" vs "less than 10%" (figure); row 17 report dated
  "Jan 2016" vs published 30/01/2015 (publication date); row 22 MSHT leadership rec without
  its partnership bullet (missing bullet); row 23 "Within 12 months" vs "Within six months"
  (timescale); row 50 typed "Rec / 3" vs HMICFRS Area for improvement (type); row 76 (ID).
- Split items take the item's status: 8542 rows 32–34 (G, G, A) → item open → in_sync ×3;
  6984 rows 47–49 all B, HMICFRS Complete → in_sync ×3; 7805 rows 55–59 all B/G, HMICFRS open
  → closeable_submit ×5.
- Row 20 holds two items with one RAG (B): 5703 is Complete → in_sync; 5704 is Being
  progressed → closeable_submit.
- W (row 40, Home Office/NPCC data rec) counts as done per the key → closeable_submit.
- Missing from force (7): 3013, 5706, 8544 (closed by HMICFRS, but on the list and in no tracker
  row), 7942, 9413, 11807, 13218.

## Counts

in_sync 39, closeable_submit 19, missing_from_force 7, conflict 6, closeable_local 6,
not_on_hmicfrs_list 4, review 0 – 81 lines. 69 HMICFRS items, 73 tracker item rows.

## Rows that are not items

- `hmicfrs.xlsx` Definitive list rows 1–2 (title, extract note), 3 (blank), 4 (header).
- `tracker.xlsx` Tracker rows 1–2 (title, owner note), 3 (blank), 4 (header), 5 and 42
  (section headings), 80 (blank), 81–83 (RAG key, typing instruction, archive note); the whole
  `Key` sheet (legend).

## Checks run

- Every HMICFRS row 5–73 appears in truth.csv at least once; every tracker item row appears
  once (row 20 twice, one line per item); no non-item row is cited (checked by reading both
  workbooks back with openpyxl and pandas and comparing against truth.csv).
- The builder asserts each non-conflict category equals the one implied by the two statuses
  (HMICFRS open/closed, force item done/open with splits aggregated).
- Two builds give byte-identical files (fixed workbook properties, XlsxWriter's fixed zip
  timestamps, no clock, no randomness).
- Texts: every HMICFRS text is copied from the real-wording lists (casegen texts, real
  recommendations); force-level items use real stems with real bodies and the force's name.
"""


def write_readme(truth):
    from collections import Counter
    c = Counter(x[2] for x in truth)
    assert c == {"in_sync": 39, "closeable_submit": 19, "missing_from_force": 7,
                 "conflict": 6, "closeable_local": 6, "not_on_hmicfrs_list": 4}, c
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(README)


if __name__ == "__main__":
    write_readme(build())
