"""Build case `secure_mail_preview_grid_paste` (round 95, case B).

The HMICFRS definitive list reached the analyst as an encrypted attachment in a secure-mail
service; it could only be opened in the service's read-only browser preview, and the analyst
copied the rendered grid, page by page, into a new workbook. The paste brings the preview's
column letters and row numbers, the viewer's caption and page footers, and Excel's treatment
of <br> line breaks inside pasted HTML cells (one row per line, neighbouring cells merged).
Run with /work/main/.venv/bin/python. Deterministic: no clock, no randomness.
"""
from __future__ import annotations

import csv
import datetime as dt
import os

import xlsxwriter

OUT = "/tmp/indep95/secure_mail_preview_grid_paste"
FIXED = dt.datetime(2024, 11, 15, 9, 30, 0)
FORCE = "Cheshire Constabulary"

# ---------------------------------------------------------------- real HMICFRS texts (OGL)
SF_LEADERSHIP = (
    "Within twelve months, forces should review their leadership and governance arrangements "
    "for modern slavery and human trafficking, to ensure that:\n"
    "• senior leaders prioritise the response to modern slavery and human trafficking;\n"
    "• every incident of modern slavery identified to police is allocated appropriate "
    "resources with the skills, experience and capacity to investigate it effectively;\n"
    "• forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and\n"
    "• performance and quality assurance measures are in place to allow senior leaders to "
    "assess the nature and quality of the service provided to victims.")
SAS_MONITORING_2017 = (
    "By July 2018, all police forces across England and Wales should be regularly and "
    "frequently monitoring a comprehensive set of data and information on use of stop and "
    "search powers to understand:\n"
    "•the reasons for any disproportionate representation of different ethnic groups in the "
    "use of stop and search; •the extent to which find rates differ between people from "
    "different ethnicities, and across different types of searches (including separate "
    "identification of find rates for drug possession and supply-type offences); and •the "
    "prevalence of possession-only drug searches, and the extent to which these align with "
    "local or force level priorities.")
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
    "to the victim or the wider public are identified and appropriately managed")
MISSING_BODY = (
    "review its approach to reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action")
DETENTION_BODY = (
    "in conjunction with children’s social care services, review how it manages the detention "
    "of children. As a minimum it should:• ensure that all children are only detained when "
    "absolutely necessary and for the absolute minimum amount of time;• ensure that officers "
    "and staff in the custody suite assess at an early stage a child’s need for alternative "
    "accommodation (secure or otherwise) and work with children’s social care services to "
    "achieve the most appropriate option for the child;• ensure that custody staff make a "
    "record of all actions taken and decisions made on the relevant documentation; and• "
    "improve the timeliness of adequate appropriate adult support for children who are "
    "arrested")

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
R_STOL = "Stolen freedom: the policing response to modern slavery and human trafficking"
R_EFC17N = "PEEL: Police efficiency 2017 (national overview)"
R_LEG17N = "PEEL: Police legitimacy 2017 (national overview)"
R_POW = ("Disproportionate use of police powers: A spotlight on stop and search and the use of "
         "force")
R_EFF16 = "PEEL: Police effectiveness 2016"
R_EFC17 = "PEEL: Police efficiency 2017"
R_LEG17 = "PEEL: Police legitimacy 2017"
R_NCPI = "National child protection inspection 2018"
R_PEEL19 = "PEEL: Police effectiveness, efficiency and legitimacy 2018/19"
R_CDI = "Crime data integrity inspection 2019"
R_PEEL21 = "PEEL: Police effectiveness, efficiency and legitimacy 2021/22"
R_PEEL23 = "PEEL: Police effectiveness, efficiency and legitimacy 2023/24"

D = dt.datetime
# Real comment texts from the HMICFRS register (research notes §1.2), used as FLL notes.
C_NEW = "New recommendation"
C_COMPLETE = "This recommendation is complete"
C_SUPER = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
           "inspections. Where a cause of concern still exists this will appear in the register "
           "against these subsequent inspections.")
C_MONIT = ("The progress of the implementation of this recommendation is currently being "
           "monitored by HMICFRS and this record will, in due course, be updated.")
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by members "
          "of the CDI inspection team in recent inspection activity.")

# Each HMICFRS item: key, URN, report, published, type, text, status, status date, FLL note.
ITEMS = [
    ("sas13_1", 1187, R_SAS13, D(2013, 7, 9), NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.", "Complete", D(2015, 11, 2), C_COMPLETE),
    ("sas13_2", 1188, R_SAS13, D(2013, 7, 9), NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and search "
     "people, so that they can be satisfied their officers are acting in accordance with the law "
     "(including equality legislation and the Code of Practice), and that the power is used "
     "effectively to prevent crime, catch criminals and maintain public trust.", "Complete",
     D(2015, 11, 2), C_COMPLETE),
    ("sas13_3", 1189, R_SAS13, D(2013, 7, 9), NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.", "Superseded",
     D(2015, 3, 24), "Superseded by Stop and search powers 2 (2015)"),
    ("every", 2321, R_EVERY, D(2014, 3, 27), NAT, EVERYONE_PLAN, "Complete", D(2016, 6, 14),
     C_COMPLETE),
    ("aust_1", 3040, R_AUST, D(2014, 7, 22), NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews",
     "No further action required", D(2017, 10, 30), "Subsequently inspected in PEEL Efficiency"),
    ("aust_2", 3041, R_AUST, D(2014, 7, 22), NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.", "No further action required",
     D(2017, 10, 30), "Subsequently inspected in PEEL Efficiency"),
    ("aust_3", 3042, R_AUST, D(2014, 7, 22), NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.",
     "No further action required", D(2017, 10, 30), "Subsequently inspected in PEEL Efficiency"),
    ("aust_4", 3043, R_AUST, D(2014, 7, 22), NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there is "
     "scope to deliver better value for money and improved capability and capacity through joint "
     "working with other forces, the public and/or the private sector.",
     "No further action required", D(2017, 10, 30), "Subsequently inspected in PEEL Efficiency"),
    ("core_1", 4822, R_CORE, D(2014, 9, 4), NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.", "Complete",
     D(2016, 2, 8), C_COMPLETE),
    ("core_2", 4823, R_CORE, D(2014, 9, 4), NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", "Superseded", D(2017, 3, 2), C_SUPER),
    ("integ", 5102, R_INTEG, D(2015, 1, 30), NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have processes "
     "in place to ensure that investigations into misconduct by officers and staff resulting in "
     "“no further action” are fair and free of any form of discrimination.", "Complete",
     D(2016, 9, 12), C_COMPLETE),
    ("sas15", 5376, R_SAS15, D(2015, 3, 24), NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure that "
     "they comply with the Code of Practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example young people.", "Complete",
     D(2017, 5, 22), C_COMPLETE),
    ("pic", 5730, R_PIC, D(2015, 7, 1), NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise audits "
     "of compliance with the APP on information management through the force information "
     "management governance structure. This should include measures to ensure that "
     "categorisation of records are regularly adjusted.", "Being progressed", D(2019, 4, 1),
     C_MONIT),
    ("fire_1", 6011, R_FIRE, D(2015, 9, 15), NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", "Complete", D(2016, 5, 9),
     C_COMPLETE),
    ("fire_2", 6012, R_FIRE, D(2015, 9, 15), NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", "Being progressed",
     D(2023, 2, 20), C_MONIT),
    ("fire_3", 6013, R_FIRE, D(2015, 9, 15), NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action is "
     "being taken by their force with regard to ‘total expired’ licensing records.", "Complete",
     D(2016, 5, 9), C_COMPLETE),
    ("fire_4", 6014, R_FIRE, D(2015, 9, 15), NAT,
     "Within three months, all chief constables should ensure that their arrangements in respect "
     "of the use of temporary permits are in accordance with the Home Office guidance; that "
     "temporary permits are properly recorded without delay on the National Firearms Licensing "
     "Management System; and that effective systems exist to ensure certificate holders are not "
     "permitted, at any time, to remain in unlawful possession of a firearm.", "Complete",
     D(2017, 1, 16), C_COMPLETE),
    ("fire_5", 6015, R_FIRE, D(2015, 9, 15), NAT,
     "Within three months, all chief constables should ensure that systems designed to identify, "
     "prior to police attendance, whether a reported incident involves or is at the address of a "
     "firearm certificate holder are in place and are always applied by staff dispatching "
     "officers to incidents; and that officers understand the risk assessment which they should "
     "be undertaking in such circumstances, and their power, when appropriate, to seize firearms "
     "and firearm certificates.", "Awaiting review", D(2024, 7, 1),
     "Re-opened following firearms licensing revisit"),
    ("dash_coc", 7311, R_EFF16, D(2017, 3, 2), COC,
     "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
     "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
     "incidents does not provide confidence that risk is always assessed appropriately. In "
     "cases where a DASH risk assessment is not completed the officer should record an "
     "assessment on the crime management system. HMIC found that officers are not consistently "
     "completing a DASH in circumstances where force policy requires that they should do so. "
     "This means that some victims of domestic abuse who may be at risk of harm are not being "
     "appropriately risk-assessed.", "Complete", D(2018, 4, 27), C_COMPLETE),
    ("dash_rec", 7312, R_EFF16, D(2017, 3, 2), REC,
     "To address this cause of concern, HMIC recommends the force should immediately take steps "
     "to ensure that there is effective supervision of the initial risk assessment process, "
     "specifically in relation to the completion of DASH risk assessment in appropriate cases.",
     "Complete", D(2018, 4, 27), C_COMPLETE),
    ("miss_coc", 7313, R_EFF16, D(2017, 3, 2), COC,
     "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
     "found that the assessment of risk for children who go missing from home was inappropriate "
     "in some cases. We found some instances where children were classed as ‘absent’ when they "
     "should have been recorded as ‘missing’, and risk levels for missing children were "
     "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
     "lower level and could have been exposed to an increased risk of harm.",
     "Being progressed", D(2022, 9, 5), C_MONIT),
    ("miss_rec", 7314, R_EFF16, D(2017, 3, 2), REC,
     "To address this cause of concern, HMIC recommends the force should immediately "
     + MISSING_BODY + ".", "Awaiting review", D(2024, 9, 30),
     "Evidence pack requested"),
    ("eff16_afi", 7318, R_EFF16, D(2017, 3, 2), AFI,
     "The force should improve the supervision of investigations, so that investigation plans "
     "are set, reviewed and recorded and victims receive a consistently good service.",
     "Superseded", D(2019, 5, 2), "Superseded by PEEL 2018/19"),
    ("stol_lead", 8412, R_STOL, D(2017, 10, 24), NAT, SF_LEADERSHIP, "Being progressed",
     D(2021, 3, 15), C_MONIT),
    ("stol_intel", 8413, R_STOL, D(2017, 10, 24), NAT,
     "Within six months, forces should have in place active information-sharing agreements with "
     "other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard "
     "victims better and to identify suspects as early as possible", "Complete",
     D(2019, 1, 21), C_COMPLETE),
    ("stol_s45", 8414, R_STOL, D(2017, 10, 24), NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     "Being progressed", D(2021, 3, 15), C_MONIT),
    ("stol_nrm", 8415, R_STOL, D(2017, 10, 24), NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", "Being progressed",
     D(2021, 3, 15), C_MONIT),
    ("stol_ncrs", 8416, R_STOL, D(2017, 10, 24), NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.", "Complete", D(2019, 9, 26),
     C_AUTH),
    ("stol_inv", 8417, R_STOL, D(2017, 10, 24), NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the use "
     "where appropriate of joint intelligence teams and other means to obtain intelligence and "
     "evidence from agencies overseas).", "Being progressed", D(2021, 3, 15), C_MONIT),
    ("stol_prev", 8418, R_STOL, D(2017, 10, 24), NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", "Awaiting review", D(2017, 10, 24), C_NEW),
    ("efc17n", 8467, R_EFC17N, D(2017, 11, 9), NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.", "Superseded", D(2019, 5, 2),
     "Superseded by PEEL 2018/19"),
    ("efc17_cr", 8472, R_EFC17, D(2017, 11, 9), AFI,
     "The force should ensure that it has sufficient resources available in the control room to "
     "fulfil its resourcing model, and so to meet its demand, while also taking into account the "
     "wellbeing of its workforce.", "Being progressed", D(2020, 2, 3), C_MONIT),
    ("efc17_links", 8473, R_EFC17, D(2017, 11, 9), AFI,
     "The force should develop its understanding of the links between its outcomes, outputs and "
     "costs.", "Complete", D(2019, 5, 2), C_COMPLETE),
    ("efc17_wfp", 8474, R_EFC17, D(2017, 11, 9), AFI,
     "Cheshire Constabulary should develop a future workforce plan that is aligned with its "
     "overall demand and budget. The plan should include future resource allocations, the mix "
     "of skills required by the workforce and behaviours expected of them.",
     "No further action required", D(2019, 5, 2), "Considered in PEEL 2018/19"),
    ("leg17_coc", 8541, R_LEG17N, D(2017, 12, 12), COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", "Being progressed", D(2021, 2, 26),
     C_MONIT),
    ("leg17_mon", 8542, R_LEG17N, D(2017, 12, 12), NAT, SAS_MONITORING_2017, "Being progressed",
     D(2021, 2, 26), C_MONIT),
    ("leg17_disp", 8543, R_LEG17N, D(2017, 12, 12), NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n"
     "•carried out research and analysis in an attempt to understand the reasons for the "
     "disparity, and •taken action to reduce the disparity, where necessary;",
     "Being progressed", D(2021, 2, 26), C_MONIT),
    ("leg17_pub", 8544, R_LEG17N, D(2017, 12, 12), NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", "Complete", D(2019, 7, 8), C_COMPLETE),
    ("leg17_ub", 8545, R_LEG17N, D(2017, 12, 12), NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", "Being progressed",
     D(2021, 2, 26), C_MONIT),
    ("leg17_mis", 8561, R_LEG17, D(2017, 12, 12), AFI,
     "The force should satisfy itself that it has processes in place to ensure that "
     "investigations into misconduct by officers and staff resulting in “no further action” are "
     "fair and free of any form of discrimination.", "Complete", D(2019, 5, 2), C_COMPLETE),
    ("leg17_vcoc", 8562, R_LEG17, D(2017, 12, 12), COC,
     "The size of the vetting backlog within Cheshire Constabulary is a cause of concern.",
     "Being progressed", D(2020, 11, 23), C_MONIT),
    ("leg17_vrec", 8563, R_LEG17, D(2017, 12, 12), REC,
     "Within six months the force should ensure all staff have received at least the lowest "
     "level of vetting clearance for their roles as quickly as possible, working to clear both "
     "the vetting backlog and new vetting renewals when they become due so that it complies "
     "fully with the national vetting guidelines.", "Being progressed", D(2020, 11, 23),
     C_MONIT),
    ("ncpi_det", 9209, R_NCPI, D(2018, 6, 19), REC,
     "Within six months Cheshire Constabulary should " + DETENTION_BODY + ".",
     "Being progressed", D(2020, 1, 13), C_MONIT),
    ("ncpi_vul", 9210, R_NCPI, D(2018, 6, 19), REC,
     "HMIC recommends that within six months the force should: conduct a review, involving its "
     "partners, of the approach to vulnerability to better safeguard vulnerable people;",
     "Complete", D(2019, 11, 4), C_COMPLETE),
    ("p19_dem", 10425, R_PEEL19, D(2019, 5, 2), AFI,
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use of "
     "its resources by matching them to demand to meet the needs of the public.", "Complete",
     D(2022, 5, 12), C_COMPLETE),
    ("p19_crm", 10426, R_PEEL19, D(2019, 5, 2), AFI,
     "The force should improve its use of its crime-recording and management system to better "
     "manage its case files and investigative processes.", "Being progressed", D(2022, 5, 12),
     C_MONIT),
    ("p19_rui", 10427, R_PEEL19, D(2019, 5, 2), AFI,
     "The force should improve its understanding of suspects released under investigation and "
     "the management of those released on bail.", "Being progressed", D(2022, 5, 12), C_MONIT),
    ("p19_arr", 10431, R_PEEL19, D(2019, 5, 2), AFI,
     "The force should consider ways of increasing the use of arrest, ancillary orders and other "
     "available powers, in order to improve the service it provides to victims of domestic "
     "abuse, offer the best possible protection and bring more perpetrators to justice.",
     "Complete", D(2022, 5, 12), C_COMPLETE),
    ("p19_dig", 10472, R_PEEL19, D(2019, 5, 2), AFI,
     "The force should improve its ability to retrieve digital evidence from mobile phones, "
     "computers and other electronic devices quickly enough to ensure investigations are not "
     "delayed.", "Awaiting review", D(2022, 5, 12), "Carried forward from PEEL 2018/19"),
    ("cdi_vic", 10866, R_CDI, D(2019, 9, 26), REC,
     "Within six months the force should " + CDI_VICTIMS_BODY + ".", "Being progressed",
     D(2021, 6, 7), C_MONIT),
    ("cdi_thr", 10867, R_CDI, D(2019, 9, 26), REC,
     "Within three months, the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     "Complete", D(2021, 6, 7), C_AUTH),
    ("pow_comm", 12104, R_POW, D(2021, 2, 26), NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     "Being progressed", D(2023, 1, 9), C_MONIT),
    ("pow_cpd", 12105, R_POW, D(2021, 2, 26), NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of the "
     "programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", "Awaiting review", D(2021, 2, 26), C_NEW),
    ("pow_bwv", 12106, R_POW, D(2021, 2, 26), NAT, BWV_2021, "Being progressed", D(2023, 1, 9),
     C_MONIT),
    ("pow_ho", 12107, R_POW, D(2021, 2, 26), NAT,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and search "
     "is sufficient for publication. The Home Office should publish this data as soon as "
     "possible.", "No further action required", D(2021, 2, 26), "Not for forces (Home Office / NPCC)"),
    ("pow_uof", 12108, R_POW, D(2021, 2, 26), NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", "Being progressed",
     D(2023, 1, 9), C_MONIT),
    ("p21_ovs", 13350, R_PEEL21, D(2022, 5, 17), AFI,
     "The force should make sure there are appropriate strategic oversight arrangements in place "
     "to manage risks, performance and improvement plans effectively.", "Being progressed",
     D(2023, 10, 2), C_MONIT),
    ("p21_risk", 13351, R_PEEL21, D(2022, 5, 17), AFI,
     "The force should make sure the corporate risk register is actively used to mitigate and "
     "manage known risks.", "Being progressed", D(2023, 10, 2), C_MONIT),
    ("p21_perf", 13352, R_PEEL21, D(2022, 5, 17), AFI,
     "The force should make sure all processes in place to support performance management are "
     "effective.", "Awaiting review", D(2022, 5, 17), C_NEW),
    ("p21_data", 13353, R_PEEL21, D(2022, 5, 17), AFI,
     "The force should make sure it has access to accurate data and analysis to support "
     "effective performance management.", "Awaiting review", D(2022, 5, 17), C_NEW),
    ("p21_cult", 13354, R_PEEL21, D(2022, 5, 17), AFI,
     "The force should put plans in place to monitor, including through the gathering and "
     "analysis of staff feedback, team cultures and provide prompt remedial action for any "
     "issues it identifies.", "Being progressed", D(2023, 10, 2), C_MONIT),
    ("p21_whis", 13355, R_PEEL21, D(2022, 5, 17), AFI,
     "Cheshire Constabulary should make sure it provides a confidential way for staff to raise "
     "concerns and that staff are aware of whistleblowing processes.", "Complete",
     D(2023, 10, 2), C_COMPLETE),
    ("p23_sup", 14720, R_PEEL23, D(2024, 5, 21), REC,
     "By March 2025, the force should ensure regular and active supervision of the quality and "
     "progress of investigations. This supervision should be properly recorded.",
     "Awaiting review", D(2024, 5, 21), C_NEW),
    ("p23_eqd", 14721, R_PEEL23, D(2024, 5, 21), AFI,
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.", "Awaiting review", D(2024, 5, 21), C_NEW),
    ("p23_succ", 14722, R_PEEL23, D(2024, 5, 21), AFI,
     "The force should specify in succession plans how it intends to improve diversity across "
     "all levels of the force. This should include offering increased direct-entry "
     "opportunities.", "Awaiting review", D(2024, 5, 21), C_NEW),
    ("p23_cons", 14723, R_PEEL23, D(2024, 5, 21), REC,
     "Not later than June 2025 the force should improve its arrangements both to consult with "
     "the public about business planning and to feed back on changes made to service delivery "
     "as a result of such consultation.", "Awaiting review", D(2024, 5, 21), C_NEW),
    ("p23_supp", 14724, R_PEEL23, D(2024, 5, 21), AFI,
     "The force should review the support available for those who have raised concerns and take "
     "any action needed to make sure these provisions are suitable.", "Awaiting review",
     D(2024, 5, 21), C_NEW),
]

# ------------------------------------------------------------------ force tracker rows
# (key or None, No., report, published, type, HMICFRS ref, text, lead, RAG, update,
#  submitted for closure, category, why)
T = []


def tr(key, no, rep, pub, typ, ref, text, lead, rag, upd, sub, cat, why):
    T.append((key, no, rep, pub, typ, ref, text, lead, rag, upd, sub, cat, why))


S13, S15 = "Stop & Search powers (HMIC 2013)", "Stop & search powers 2"
tr("sas13_1", "1", S13, "Jul 2013", "National rec", None,
   "CCs & CoP to set out in S&S APP a clear specification of effective and fair use of S&S powers",
   "Supt Ops Support", "Complete", "APP updated by CoP; force policy aligned.", None,
   "in_sync", "Same ask (APP specification of fair S&S use), 2013 report; HMICFRS Complete, force Complete.")
tr("sas13_2", "2", S13, "Jul 2013", "National rec", None,
   "Establish/improve monitoring of how officers stop & search people - lawful (incl equality legislation & Code), effective",
   "Supt Ops Support", "Green", "Monthly S&S scrutiny meeting in place.", D(2015, 10, 1),
   "in_sync", "Same monitoring ask, 2013 report; HMICFRS Complete, force Green (implemented): both closed.")
tr("sas13_3", "3", S13, "Jul 2013", "National rec", None,
   "Explain to public how S&S powers used in area; S&S records scrutinised by community reps incl. young people (consult elected local policing bodies)",
   "Supt Ops Support", "Amber", "Youth panel being set up with OPCC.", None,
   "closeable_local", "Near-twin of the 2015 item; decided by the tracker report '(HMIC 2013)' and 'elected local policing bodies'. HMICFRS Superseded (closed), force Amber (open).")
tr("every", "4", "Domestic abuse - Everyone's business", "Mar 2014", "National rec", "2321",
   "Establish & publish a DA action plan (consult PCC, DA support orgs, victims reps; DHRs & IPCC findings; CPS panels/MARAC)",
   "Ch Supt Public Protection", "Complete", "DA action plan published Sept 2014; refreshed annually.", None,
   "in_sync", "Ref 2321 and text agree; HMICFRS Complete, force Complete.")
tr("aust_1", "5", "Policing in Austerity 2014", "Jul 2014", "National rec", None,
   "Review plans to deliver savings - continue to reduce crime & protect front line while balancing budget (use VfM profiles)",
   "Director of Finance", "Closed", "Addressed holistically as part of the force change programme.", None,
   "in_sync", "Same savings-review ask; HMICFRS No further action required (closed), force Closed.")
tr("aust_2", "6", "Policing in Austerity 2014", "Jul 2014", "National rec", None,
   "Forces delivering <10% of savings via collaboration, and forces reducing front line workforce: assess scope to improve / whether decisive action taken",
   "Director of Finance", "Closed", "Addressed holistically as part of the force change programme.", None,
   "in_sync", "One force row (No. 6) holds two HMICFRS items (3041 collaboration <10% and 3042 front line); both NFA, force Closed.")
tr("aust_3", "6", "Policing in Austerity 2014", "Jul 2014", "National rec", None, None, None, None, None, None,
   "in_sync", "Second item of the combined force No. 6 (Tracker!9) (front line workforce reduction); HMICFRS NFA, force Closed.")
tr("aust_4", "7", "Policing in Austerity 2014", "Jul 2014", "National rec", None,
   "Review collaboration plans before next spending round - joint working with other forces, public &/or private sector",
   "Director of Finance", "Amber", "Collaboration review with Merseyside ongoing.", None,
   "closeable_local", "Same collaboration ask; HMICFRS No further action required, force still Amber.")
tr("core_1", "8", "Core business", "Sep 2014", "National rec", None,
   "By 31/03/15 give call-handlers specific, sound criteria to assess threat harm & risk (THRIVE)",
   "Supt Contact Centre", "Green", "THRIVE rolled out in contact centre.", D(2015, 4, 20),
   "in_sync", "Same call-handler criteria ask, 31 March 2015, Core Business; HMICFRS Complete, force Green.")
tr("integ", "9", "Integrity matters", "Jan 2015", "National rec", None,
   "By 31 Aug 2015 CCs satisfy themselves misconduct investigations ending in NFA are fair & free of discrimination",
   "Head of Professional Standards", "Green", "PSD dip sample completed.", D(2015, 9, 7),
   "in_sync", "Same ask and deadline; HMICFRS Complete, force Green (done).")
tr("sas15", "10", S15, "Mar 2015", "National rec", None,
   "Comply with Code of Practice: explain use of S&S to public & arrange community scrutiny of records (consult PCC)",
   "Supt Ops Support", "Complete", "S&S data on website; community panel meets quarterly.", None,
   "in_sync", "Near-twin of 1189; decided by 'Stop & search powers 2' and 'consult PCC'. HMICFRS Complete, force Complete.")
tr("pic", "11", "Information management (Building the Picture)", "Jul 2015", "National rec", None,
   "By 30/11/15 arrangements to scrutinise audits of compliance with APP on info mgmt through IM governance; categorisation of records reg adjusted",
   "Head of Information Management", "Green", "IM Board scrutinises audit results quarterly. Ready for closure.", D(2024, 8, 5),
   "closeable_submit", "Same APP audit-scrutiny ask; HMICFRS Being progressed (open), force Green (done, submitted).")
tr("fire_1", "12", "Firearms licensing 2015", "Sep 2015", "National rec", None,
   "Within 3 months assess governance of firearms licensing against APP; put correct arrangements in place",
   "Supt Firearms Licensing", "Complete", "Governance review complete.", None,
   "in_sync", "Same governance ask; HMICFRS Complete, force Complete.")
tr("fire_2", "13", "Firearms licensing 2015", "Sep 2015", "National rec", None,
   "Within 6 months assess demand on firearms licensing dept & ensure capacity to meet it",
   "Supt Firearms Licensing", "Amber", "Growth bid for 2 x FEOs in 2025/26 budget.", None,
   "conflict", "Same demand/capacity ask, but the force says within 6 months where HMICFRS says within three months (timescale).")
tr("fire_3", "14", "Firearms licensing 2015", "Sep 2015", "National rec", None,
   "Satisfy ourselves all approp action taken re 'total expired' licensing records",
   "Supt Firearms Licensing", "Green", "All total expired records reviewed.", D(2016, 3, 1),
   "in_sync", "Same 'total expired' ask; HMICFRS Complete, force Green.")
tr("fire_4", "15", "Firearms licensing 2015", "Sep 2015", "National rec", None,
   "Temporary permits - in line with HO guidance, recorded on NFLMS without delay, no holder in unlawful possession",
   "Supt Firearms Licensing", "Amber", "NFLMS audit planned Q4.", None,
   "closeable_local", "Same temporary permits ask; HMICFRS Complete (closed), force Amber (open).")
tr("dash_coc", "16", "PEEL Effectiveness 2016", "Mar 2017", "CoC", "7311",
   "CoC - DA: officer discretion on DASH means risk not always assessed appropriately",
   "Ch Supt Public Protection", "Green", "All DA incidents now risk assessed.", D(2018, 3, 5),
   "in_sync", "Ref 7311 and text agree; HMICFRS Complete, force Green.")
tr("dash_rec", "17", "PEEL Effectiveness 2016", "Mar 2017", "Rec", "7312",
   "Effective supervision of initial risk assessment process - completion of DASH in approp cases",
   "Ch Supt Public Protection", "Amber", "Supervisor DASH review dip sample continues monthly.", None,
   "closeable_local", "Ref 7312 and text agree; HMICFRS Complete (closed), force Amber (open).")
tr("miss_coc", "18", "PEEL Effectiveness 2016", "Mar 2017", "CoC", "7313",
   "CoC - missing & absent children: risk assessment inappropriate in some cases",
   "Ch Supt Public Protection", "Amber", "Missing from home review ongoing.", None,
   "in_sync", "Ref 7313; HMICFRS Being progressed, force Amber: both open.")
tr("miss_rec", "19a", "PEEL Effectiveness 2016", "Mar 2017", "Rec", "7314",
   "Missing children - call takers understand & use missing/absent category appropriately",
   "Supt Contact Centre", "Green", "Absent category removed from STORM.", D(2024, 9, 2),
   "closeable_submit", "Force split 7314 into three bullet rows (19a-c); all three Green, HMICFRS Awaiting review: whole item done, submit.")
tr("miss_rec", "19b", "PEEL Effectiveness 2016", "Mar 2017", "Rec", "7314",
   "Missing children - call takers & frontline staff can identify CSE risk factors & respond",
   "Head of Learning & Development", "Green", "CSE awareness training 96% complete.", D(2024, 9, 2),
   "closeable_submit", "Part 2 of 3 of 7314 (CSE risk factors); Green; all parts done.")
tr("miss_rec", "19c", "PEEL Effectiveness 2016", "Mar 2017", "Rec", "7314",
   "Missing children - supervisors oversee missing person enquiries & direct timely investigative/safeguarding action",
   "Ch Supt Public Protection", "Green", "Supervisor checklist live on Compact.", D(2024, 9, 2),
   "closeable_submit", "Part 3 of 3 of 7314 (supervisor oversight); Green; all parts done.")
tr("eff16_afi", "20", "PEEL Effectiveness 2016", "Mar 2017", "AFI", None,
   "Improve supervison of investigations - plans set, reviewed & recorded; victims get consistently good service",
   "Det Ch Supt Force CID", "Complete", "Superseded - carried into PEEL 18/19 action plan.", None,
   "in_sync", "Same investigation-supervision AFI (misspelt 'supervison'); HMICFRS Superseded, force Complete: both closed.")
tr("stol_lead", "21a", "Stolen Freedom (MSHT) 2017", "Oct 2017", "National rec", None,
   "MSHT leadership & governance (12 months): senior leaders prioritise response to MSHT",
   "Det Ch Supt Force CID", "Green", "MSHT gold group chaired by ACC.", None,
   "in_sync", "Force split 8412 over four bullet rows (21a-d); 21d still Amber, so the item is open on both sides.")
tr("stol_lead", "21b", "Stolen Freedom (MSHT) 2017", "Oct 2017", "National rec", None,
   "MSHT: every incident allocated appropiate resources with skills, experience & capacity",
   "Det Ch Supt Force CID", "Green", "MSHT investigations allocated to PVP.", None,
   "in_sync", "Bullet 2 of 8412; Green, but item not done while 21d is Amber; HMICFRS Being progressed.")
tr("stol_lead", "21c", "Stolen Freedom (MSHT) 2017", "Oct 2017", "National rec", None,
   "MSHT: effective partnership arrangements to share info & safeguard victims",
   "Det Ch Supt Force CID", "Green", "Anti-slavery partnership in place.", None,
   "in_sync", "Bullet 3 of 8412; Green, item still open (21d); HMICFRS Being progressed.")
tr("stol_lead", "21d", "Stolen Freedom (MSHT) 2017", "Oct 2017", "National rec", None,
   "MSHT: performance & QA measures so senior leaders can assess quality of service to victims",
   "Det Ch Supt Force CID", "Amber", "Victim survey for MSHT being designed.", None,
   "in_sync", "Bullet 4 of 8412 still Amber; HMICFRS Being progressed: open on both.")
tr("stol_intel", "22", "Stolen Freedom (MSHT) 2017", "Oct 2017", "National rec", None,
   "Within 6 months - active ISAs with other agencies for speedy exchange of intel, safeguard victims, identify suspects early",
   "Head of Intelligence", "Green", "ISAs signed with LAs and GLAA.", D(2018, 6, 4),
   "in_sync", "Same information-sharing ask (HMICFRS text keeps stray footnote '86'); HMICFRS Complete, force Green.")
tr("stol_s45", "23", "Stolen Freedom (MSHT) 2017", "Oct 2017", "National rec", None,
   "Victims committing crimes under compulsion - early & continuing consideration of the s.54 defence",
   "Head of Criminal Justice", "Green", "CPS/force protocol agreed.", D(2024, 6, 10),
   "conflict", "Same compulsion-defence ask, but the force records s.54 where HMICFRS says section 45 (figure).")
tr("stol_nrm", "24", "Stolen Freedom (MSHT) 2017", "Oct 2017", "National rec", None,
   "Fully compliant with NRM process; notify HO of suspected adult victims (duty to notify, MSA 2015)",
   "Det Ch Supt Force CID", "Amber", "Duty to notify compliance 82%.", None,
   "in_sync", "Same NRM/duty-to-notify ask; HMICFRS Being progressed, force Amber.")
tr("stol_ncrs", "25", "Stolen Freedom (MSHT) 2017", "Oct 2017", "National rec", None,
   "Comply with NCRS for MSHT offences; audit capacity for FCR",
   "Force Crime Registrar", "Complete", "FCR audit complete.", None,
   "in_sync", "Same NCRS ask; HMICFRS Complete, force Complete.")
tr("stol_inv", "26", "Stolen Freedom (MSHT) 2017", "Oct 2017", "National rec", None,
   "MSHT allegations thoroughly investigated & supervised by skilled teams (JITs / overseas intel)",
   "Det Ch Supt Force CID", "Red", "Capacity gap in PVP; escalated to FET.", None,
   "in_sync", "Same investigation ask; HMICFRS Being progressed, force Red: both open.")
tr("stol_prev", "27", "Stolen Freedom (MSHT) 2017", "Oct 2017", "National rec", None,
   "Review use of preventative powers under MSA 2015 (STPOs/STROs)",
   "Det Ch Supt Force CID", "Green", "STPO/STRO guidance issued; 11 orders obtained.", D(2024, 3, 18),
   "closeable_submit", "Same preventative powers ask; HMICFRS Awaiting review (open), force Green.")
tr("efc17n", "28", "PEEL Efficiency 17 (all forces)", "Nov 2017", "National rec", None,
   "By Sept 2018 produce an ambitious plan to improve digitally-enabled services",
   "Head of Corporate Development", "Amber", "Digital strategy refresh.", None,
   "closeable_local", "Same digital plan ask; HMICFRS Superseded (closed), force Amber.")
tr("efc17_cr", "29", "PEEL Efficiency 2017", "Nov 2017", "AFI", "8472",
   "Sufficient resources in control room to fulfil resourcing model & meet demand, incl workforce wellbeing",
   "Supt Contact Centre", "Green", "Completed. Evidence submitted to HMICFRS for closure.", D(2024, 10, 14),
   "closeable_submit", "Ref 8472 and text agree; HMICFRS Being progressed, force Green (evidence submitted).")
tr("efc17_links", "30", "PEEL Efficiency 2017", "Nov 2017", "AFI", "8473",
   "Develop understanding of links between outcomes, outputs and costs",
   "Director of Finance", "Complete", None, None,
   "in_sync", "Ref 8473; HMICFRS Complete, force Complete.")
tr("efc17_wfp", "31", "PEEL Efficiency 2017", "Nov 2017", "AFI", "8474",
   "Future workforce plan aligned to demand & budget (resource allocations, skills mix, behaviours)",
   "Director of People", "Amber", "Workforce plan 2025-28 in draft.", None,
   "closeable_local", "Ref 8474; HMICFRS No further action required (closed), force Amber (open).")
tr("leg17_coc", "32", "PEEL Legit 17 S&S", "Dec 2017", "CoC", "8541",
   "CoC: forces can't demonstrate S&S consistently reasonable & fair; over-representation of BAME/black people unexplained",
   "Supt Ops Support", "Amber", None, None,
   "in_sync", "Ref 8541; HMICFRS Being progressed, force Amber.")
tr("leg17_mon", "33", "PEEL Legit 17 S&S", "Dec 2017", "National rec", "8542",
   "By July 2018 monitor S&S data to understand: reasons for disproportionate representation of ethnic groups; how find rates differ between ethnicities & search types",
   "Supt Ops Support", "Amber", "Power BI S&S dashboard live.", None,
   "conflict", "Ref 8542 agrees, but the force row omits the third bullet (possession-only drug searches vs local priorities): missing bullet.")
tr("leg17_disp", "34", "PEEL Legit 17 S&S", "Dec 2017", "National rec", "8543",
   "Where disparities identified: research/analysis of reasons & action taken to reduce them - demonstrate to public",
   "Supt Ops Support", "Green", "Disparity analysis published on website.", D(2024, 1, 22),
   "closeable_submit", "Ref 8543; HMICFRS Being progressed, force Green.")
tr("leg17_pub", "35", "PEEL Legit 17 S&S", "Dec 2017", "National rec", "8544",
   "Publish analysis & actions at least annually from July 2018",
   "Supt Ops Support", "Green", None, D(2018, 8, 1),
   "in_sync", "Ref 8544; HMICFRS Complete, force Green.")
tr("leg17_ub", "36", "PEEL Legit 17 S&S", "Dec 2017", "National rec", "8545",
   "By July 2019 all officers using S&S trained on unconscious bias & CoP APP on S&S",
   "Head of Learning & Development", "Amber", "Training 78% complete.", None,
   "conflict", "Ref 8545 agrees, but the force has By July 2019 where HMICFRS says By July 2018 (deadline).")
tr("leg17_mis", "37", "PEEL Legitimacy 2017", "Dec 2017", "AFI", None,
   "Satisfy itself misconduct investigations resulting in 'NFA' are fair & free of discrimination",
   "Head of Professional Standards", "Green", None, D(2018, 11, 5),
   "in_sync", "Force-level PEEL Legitimacy 2017 AFI (not the 2015 Integrity matters item, already paired); HMICFRS Complete, force Green.")
tr("leg17_vcoc", "38", "PEEL Legitimacy 2017", "Dec 2017", "CoC", None,
   "Size of vetting backlog is a cause of concern",
   "Head of Professional Standards", "Amber", "Backlog 412 (from 1,960).", None,
   "in_sync", "Same vetting backlog cause of concern; HMICFRS Being progressed, force Amber.")
tr("leg17_vrec", "39", "PEEL Legitimacy 2017", "Dec 2017", "AFI", None,
   "Within 6 months all staff to have at least lowest level of vetting; clear backlog & renewals; comply with national vetting guidelines",
   "Head of Professional Standards", "Red", "Vetting unit restructure agreed.", None,
   "conflict", "Same vetting clearance ask, but HMICFRS type Recommendation (it answers the cause of concern) where the force says AFI (type).")
tr("ncpi_det", "40", "NCPI 2018", "Jun 2018", "Rec", None,
   "With children's social care review detention of children - detain only when necessary & minimum time; early assessment of need for alternative accomodation; record actions; timely AA support",
   "Ch Insp Custody", "Amber", "Concordat signed; PACE bed data monthly.", None,
   "in_sync", "Same detention of children ask; HMICFRS Being progressed, force Amber.")
tr("ncpi_vul", "41", "NCPI 2018", "Jun 2018", "Rec", None,
   "Review with partners approach to vulnerability to better safeguard vulnerable people",
   "Ch Supt Public Protection", "Green", None, D(2019, 9, 2),
   "in_sync", "Same vulnerability review ask; HMICFRS Complete, force Green.")
tr("p19_dem", "42", "PEEL 2018/19", "May 2019", "AFI", "10425",
   "Fuller understanding of current & future demand to match resources to demand",
   "Head of Corporate Development", "Complete", "FMS 2022 demand model.", None,
   "in_sync", "Ref 10425; HMICFRS Complete, force Complete.")
tr("p19_crm", "43", "PEEL 2018/19", "May 2019", "AFI", "10426",
   "Improve use of crime recording & mgmt system (Niche) to manage case files & investigations",
   "Det Ch Supt Force CID", "Amber", None, None,
   "in_sync", "Ref 10426; HMICFRS Being progressed, force Amber.")
tr("p19_rui", "44", "PEEL 2018/19", "May 2019", "AFI", "10472",
   "Improve understanding of suspects released under investigaton (RUI) & management of those on bail",
   "Head of Criminal Justice", "Green", "Bail Act 2022 changes embedded.", D(2024, 2, 12),
   "conflict", "Text is the RUI/bail AFI (URN 10427) but the force wrote ref 10472, which is the digital evidence AFI (transposed digits): reference disagrees.")
tr("p19_arr", "45", "PEEL 2018/19", "May 2019", "AFI", "10431",
   "Increase use of arrest, ancillary orders & other powers for DA victims",
   "Ch Supt Public Protection", "Amber", "Arrest rate 41%; DAPO pilot.", None,
   "closeable_local", "Ref 10431; HMICFRS Complete (closed), force Amber.")
tr("cdi_vic", "46", "Crime Data Integrity 2016", "Sep 2016", "Rec", None,
   "Within 6 months - victims believed at point of report; call summaries accurate in log; multiple crimes recorded; no waiting for medicals/VRIs; online reports triaged",
   "Force Crime Registrar", "Amber", "CDI improvement plan, FCR.", None,
   "conflict", "All five CDI bullets match 10866, but the force files it under Crime Data Integrity 2016 (Sep 2016); HMICFRS has CDI inspection 2019: report disagrees.")
tr("cdi_thr", "47", "CDI 2019", "Sep 2019", "Rec", None,
   "Within 3 months give call-handlers specific, sound & comprehensible criteria to assess threat, harm, risk",
   "Force Crime Registrar", "Complete", None, None,
   "in_sync", "CDI 2019 call-handler criteria (within three months), not Core Business 4822 (31 March 2015, already paired): HMICFRS Complete, force Complete.")
tr("pow_comm", "48", "Police powers spotlight (Feb 21)", "Feb 2021", "National rec", None,
   "By July 2022 officers & staff have effective comms skills in line with National Policing Guidelines on Conflict Mgmt",
   "Head of Learning & Development", "Amber", None, None,
   "in_sync", "Same communication skills ask (July 2022); HMICFRS Being progressed, force Amber.")
tr("pow_cpd", "49", "Police powers spotlight (Feb 21)", "Feb 2021", "National rec", None,
   "By July 2021 comms skills reinforced in CPD; supervisors debrief officers using BWV",
   "Head of Learning & Development", "Green", "Included in PDR/CPD days 2023.", D(2024, 4, 8),
   "closeable_submit", "Same CPD/BWV debrief ask; HMICFRS Awaiting review, force Green.")
tr("pow_bwv", "50", "Police powers spotlight (Feb 21)", "Feb 2021", "National rec", None,
   "By Sept 2021: BWV records whole of S&S encounters; structured review of BWV sample; scrutiny panel access to BWV",
   "Supt Ops Support", "Amber", "Panel access agreed; review process being written.", None,
   "in_sync", "Same three-part BWV ask; HMICFRS Being progressed, force Amber.")
tr("pow_ho", "51", "Police powers spotlight (Feb 21)", "Feb 2021", "National rec", None,
   "HO & NPCC - quality of use of force data for S&S (not for force)",
   None, "Complete", "Not the force's responsibility to deliver; dependent upon another organisation.", None,
   "in_sync", "Same HO/NPCC data-quality item; HMICFRS No further action required, force Complete.")
tr("pow_uof", "52", "Police powers spotlight (Feb 21)", "Feb 2021", "National rec", None,
   "By July 2021 effective internal monitoring of use of force to identify & explain disproportionate use",
   "Supt Ops Support", "Amber", None, None,
   "in_sync", "Same use of force monitoring ask; HMICFRS Being progressed, force Amber.")
tr("p21_ovs", "53", "PEEL 2021/22", "May 2022", "AFI", "13350",
   "Strategic oversight arrangements to manage risks, performance & improvement plans",
   "DCC", "Amber", "New Force Performance Board from Jan 2025.", None,
   "in_sync", "Ref 13350; HMICFRS Being progressed, force Amber.")
tr("p21_risk", "54", "PEEL 2021/22", "May 2022", "AFI", "13351",
   "Corporate risk register actively used to mitigate & manage known risks",
   "Head of Corporate Development", "Green", "Ready to move to GREEN status.", D(2024, 7, 29),
   "closeable_submit", "Ref 13351; HMICFRS Being progressed, force Green.")
tr("p21_perf", "55", "PEEL 2021/22", "May 2022", "AFI", "13352",
   "All processes supporting performance mgmt are effective",
   "DCC", "Amber", None, None,
   "in_sync", "Ref 13352; HMICFRS Awaiting review, force Amber: both open.")
tr("p21_cult", "56", "PEEL 2021/22", "May 2022", "AFI", "13354",
   "Plans to monitor team cultures (incl staff feedback) & prompt remedial action",
   "Director of People", "Amber", "Culture survey Q1 2025.", None,
   "in_sync", "Ref 13354; HMICFRS Being progressed, force Amber.")
tr("p21_whis", "57", "PEEL 2021/22", "May 2022", "AFI", "13355",
   "Confidential way for staff to raise concerns; staff aware of whistleblowing",
   "Head of Professional Standards", "Complete", "Safecall line launched.", None,
   "in_sync", "Ref 13355; HMICFRS Complete, force Complete.")
tr("p23_sup", "58", "PEEL 2023/24", "May 2024", "Rec", None,
   "By March 2025 regular & active supervision of quality & progress of investigations, properly recorded",
   "Det Ch Supt Force CID", "Amber", "Investigation standards plan.", None,
   "in_sync", "Same supervision ask, deadline March 2025 agrees; HMICFRS Awaiting review, force Amber.")
tr("p23_succ", "59", "PEEL 2023/24", "May 2024", "AFI", None,
   "Succession plans to improve diversity at all levels incl direct entry",
   "Director of People", "Amber", None, None,
   "in_sync", "Same succession/diversity AFI; HMICFRS Awaiting review, force Amber.")
tr("p23_cons", "60", "PEEL 2023/24", "May 2024", "Rec", None,
   "Not later than June 2025 - consult public on business planning & feed back on changes to service delivery",
   "Head of Corporate Development", "Amber", None, None,
   "in_sync", "Same consultation ask, June 2025 agrees; HMICFRS Awaiting review, force Amber.")
tr("p23_supp", "61", "PEEL 2023/24", "May 2024", "AFI", None,
   "Review support for those who raise concerns; action so provisions suitable",
   "Head of Professional Standards", "Red", "Little work yet undertaken in this area. Unlikely to reach deadlines.", None,
   "in_sync", "Same support-for-concern-raisers AFI; HMICFRS Awaiting review, force Red.")
tr(None, "62", "Abuse of position for a sexual purpose (Oct 2017)", "Oct 2017", "National rec", None,
   "Counter-corruption unit capability & capacity review; seek intel from orgs supporting vulnerable people",
   "Head of Professional Standards", "Amber", "ACU restructure.", None,
   "not_on_hmicfrs_list", "No item from this report on the HMICFRS list; query with the FLL.")
tr(None, "63", "Force improvement plan", None, "Local action", None,
   "Task & Finish group to review the domestic abuse policy and report to the Force Executive Team",
   "Ch Supt Public Protection", "Green", None, None,
   "not_on_hmicfrs_list", "The force's own action (Force improvement plan); HMICFRS never asked for it.")
tr(None, "64", "Force improvement plan", None, "Local action", None,
   "Internal audit of the vetting governance arrangements (audit plan 2023/24)",
   "Head of Professional Standards", "Amber", None, None,
   "not_on_hmicfrs_list", "Internal audit action, not an HMICFRS item.")
tr(None, "65", "PEEL Legitimacy 2015", "Feb 2016", "AFI", None,
   "Improve how force explains to public the use of Taser and S&S",
   "Supt Ops Support", "Closed", "Closed by HMIC 2017.", None,
   "not_on_hmicfrs_list", "PEEL Legitimacy 2015 is not on the HMICFRS list at all (closed and dropped long ago); force already Closed.")

# HMICFRS items with no force row
MISSING = {
    "core_2": "No force row about recording and evaluating crime prevention activity (Core Business 2014); HMICFRS Superseded, still on its list.",
    "fire_5": "No force row about identifying firearm certificate holders before attendance; HMICFRS Awaiting review (re-opened): nobody owns it.",
    "p19_dig": "No force row about digital evidence retrieval; force No. 44 (Tracker!52) carries URN 10472 but its text is the RUI/bail AFI, so 10472 is still unowned.",
    "p21_data": "No force row about access to accurate data and analysis for performance management (PEEL 2021/22).",
    "p23_eqd": "No force row about equality and diversity workforce data (PEEL 2023/24).",
}


def lines_of(text: str) -> list[str]:
    return text.split("\n")


def build_hmicfrs(path: str):
    """Return {key: excel row of the item's first line}, list of (row, reason) non-items."""
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"title": "", "author": "", "company": "", "created": FIXED})
    ws = wb.add_worksheet("Sheet1")
    # What a browser paste into Excel looks like: plain cells, some styling carried over.
    cap = wb.add_format({"font_name": "Segoe UI", "font_size": 9, "font_color": "#605E5C"})
    hdr_letters = wb.add_format({"font_name": "Segoe UI", "font_size": 9, "bg_color": "#F3F2F1",
                                 "font_color": "#605E5C", "align": "center", "border": 1,
                                 "border_color": "#D2D0CE"})
    rn = wb.add_format({"font_name": "Segoe UI", "font_size": 9, "bg_color": "#F3F2F1",
                        "font_color": "#605E5C", "align": "center", "valign": "top",
                        "border": 1, "border_color": "#D2D0CE"})
    cell = wb.add_format({"font_name": "Calibri", "font_size": 11, "valign": "top",
                          "border": 1, "border_color": "#D2D0CE"})
    bold = wb.add_format({"font_name": "Calibri", "font_size": 11, "bold": True, "valign": "top",
                          "border": 1, "border_color": "#D2D0CE", "bg_color": "#1F3864",
                          "font_color": "#FFFFFF"})
    title = wb.add_format({"font_name": "Calibri", "font_size": 14, "bold": True,
                           "border": 1, "border_color": "#D2D0CE"})
    datef = wb.add_format({"font_name": "Calibri", "font_size": 11, "valign": "top",
                           "num_format": "dd/mm/yyyy", "border": 1, "border_color": "#D2D0CE"})
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 8)
    ws.set_column(2, 2, 34)
    ws.set_column(3, 3, 11)
    ws.set_column(4, 4, 22)
    ws.set_column(5, 5, 90)
    ws.set_column(6, 6, 26)
    ws.set_column(7, 7, 11)
    ws.set_column(8, 8, 40)

    letters = ["A", "B", "C", "E", "F", "G", "H", "I"]   # original column D (Force) hidden
    r = 0  # 0-based excel row
    nonitems: list[tuple[int, str]] = []
    first_row: dict[str, int] = {}

    def letter_row():
        nonlocal r
        ws.write_blank(r, 0, None, hdr_letters)
        for i, l in enumerate(letters):
            ws.write_string(r, 1 + i, l, hdr_letters)
        nonitems.append((r + 1, "column letters (A B C E F G H I) copied from the preview's "
                                "grid heading; D is missing because the original hid column D"))
        r += 1

    ws.write_string(r, 0, "Definitive list - Cheshire Constabulary - Nov 2024.xlsx   "
                          f"(read-only preview, {4 + len(ITEMS) + 3} rows)", cap)
    nonitems.append((r + 1, "secure-mail viewer caption: attachment file name"))
    r += 1
    letter_row()

    orig = 1
    # original row 1-3: titles and a blank row
    ws.write_number(r, 0, orig, rn)
    ws.merge_range(r, 1, r, 8, "HMICFRS Monitoring – Cheshire Constabulary", title)
    nonitems.append((r + 1, "original row 1: title of the FLL's list (merged across)"))
    r += 1; orig += 1
    ws.write_number(r, 0, orig, rn)
    ws.merge_range(r, 1, r, 8, "Definitive list of causes of concern, recommendations and areas "
                   "for improvement held by HMICFRS – as at 12 November 2024. Prepared by the "
                   "Force Liaison Lead.", cell)
    nonitems.append((r + 1, "original row 2: 'as at' line of the FLL's list"))
    r += 1; orig += 1
    ws.write_number(r, 0, orig, rn)
    for c in range(1, 9):
        ws.write_blank(r, c, None, cell)
    nonitems.append((r + 1, "original row 3: blank"))
    r += 1; orig += 1
    ws.write_number(r, 0, orig, rn)
    for i, h in enumerate(["URN", "Inspection / report", "Published", "Type",
                           "Recommendation / AFI / cause of concern", "HMICFRS status",
                           "Status date", "FLL note"]):
        ws.write_string(r, 1 + i, h, bold)
    nonitems.append((r + 1, "original row 4: the list's header row (first cell is the "
                            "preview's row number 4)"))
    header_row = r + 1
    r += 1; orig += 1

    PAGE = 50
    cont_rows: list[tuple[int, int]] = []
    for it in ITEMS:
        key, urn, rep, pub, typ, text, status, sdate, note = it
        if orig == PAGE + 1:  # viewer page break before original row 51
            ws.write_string(r, 0, "‹ Previous    Page 1 of 2    Next ›", cap)
            nonitems.append((r + 1, "viewer page footer 'Page 1 of 2'"))
            r += 1
            letter_row()
        ls = lines_of(text)
        n = len(ls)
        top, bot = r, r + n - 1
        first_row[key] = top + 1
        if n == 1:
            ws.write_number(r, 0, orig, rn)
            ws.write_number(r, 1, urn, cell)
            ws.write_string(r, 2, rep, cell)
            ws.write_datetime(r, 3, pub, datef)
            ws.write_string(r, 4, typ, cell)
            ws.write_string(r, 5, ls[0], cell)
            ws.write_string(r, 6, status, cell)
            ws.write_datetime(r, 7, sdate, datef)
            ws.write_string(r, 8, note, cell)
        else:
            ws.merge_range(top, 0, bot, 0, orig, rn)
            ws.merge_range(top, 1, bot, 1, urn, cell)
            ws.merge_range(top, 2, bot, 2, rep, cell)
            ws.merge_range(top, 3, bot, 3, "", datef)
            ws.write_datetime(top, 3, pub, datef)
            ws.merge_range(top, 4, bot, 4, typ, cell)
            for j, ln in enumerate(ls):
                if ln:
                    ws.write_string(top + j, 5, ln, cell)
                else:
                    ws.write_blank(top + j, 5, None, cell)
            ws.merge_range(top, 6, bot, 6, status, cell)
            ws.merge_range(top, 7, bot, 7, "", datef)
            ws.write_datetime(top, 7, sdate, datef)
            ws.merge_range(top, 8, bot, 8, note, cell)
            for j in range(1, n):
                nonitems.append((top + j + 1, f"continuation line {j + 1} of {n} of URN {urn} "
                                 f"(row {top + 1}): Excel split the preview cell's <br> line "
                                 f"breaks into rows and merged the other cells"))
                cont_rows.append((top + j + 1, top + 1))
        r = bot + 1
        orig += 1
    # original tail: blank, key, note
    ws.write_number(r, 0, orig, rn)
    for c in range(1, 9):
        ws.write_blank(r, c, None, cell)
    nonitems.append((r + 1, f"original row {orig}: blank"))
    r += 1; orig += 1
    ws.write_number(r, 0, orig, rn)
    ws.merge_range(r, 1, r, 8, "Status key: Awaiting review – no update yet assessed by HMICFRS; "
                   "Being progressed – force update received, HMICFRS monitoring; Complete; "
                   "Superseded – replaced by a later inspection or recommendation; No further "
                   "action required.", cell)
    nonitems.append((r + 1, f"original row {orig}: status key (legend)"))
    r += 1; orig += 1
    ws.write_number(r, 0, orig, rn)
    ws.merge_range(r, 1, r, 8, "Items closed since the last list are shown for information and "
                   "will not appear on the next list.", cell)
    nonitems.append((r + 1, f"original row {orig}: FLL note"))
    r += 1; orig += 1
    ws.write_string(r, 0, "‹ Previous    Page 2 of 2", cap)
    nonitems.append((r + 1, "viewer page footer 'Page 2 of 2'"))
    r += 1
    wb.close()
    return first_row, nonitems, header_row, orig - 1, cont_rows


def build_tracker(path: str):
    wb = xlsxwriter.Workbook(path)
    wb.set_properties({"title": "HMICFRS tracker", "author": "Strategic Planning & Inspection",
                       "company": "", "created": FIXED})
    ws = wb.add_worksheet("Tracker")
    t = wb.add_format({"bold": True, "font_size": 14})
    h = wb.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1, "text_wrap": True,
                       "valign": "top"})
    c = wb.add_format({"border": 1, "text_wrap": True, "valign": "top"})
    dfmt = wb.add_format({"border": 1, "valign": "top", "num_format": "dd/mm/yyyy"})
    fills = {"Red": "#FF0000", "Amber": "#FFC000", "Green": "#00B050", "Complete": "#BFBFBF",
             "Closed": "#BFBFBF"}
    rag = {k: wb.add_format({"border": 1, "valign": "top", "bg_color": v}) for k, v in fills.items()}
    widths = [6, 30, 10, 12, 11, 70, 26, 10, 40, 13]
    for i, w in enumerate(widths):
        ws.set_column(i, i, w)
    ws.write_string(0, 0, "Cheshire Constabulary – HMICFRS Recommendations & AFIs Tracker", t)
    ws.write_string(1, 0, "Strategic Planning & Inspection Team. Last updated 04/11/2024. "
                          "RAG: Green = implemented; Complete/Closed = closed by the force.")
    heads = ["No.", "Report", "Published", "Type", "HMICFRS ref", "Recommendation / AFI",
             "Lead", "RAG", "Latest update", "Submitted for closure"]
    for i, x in enumerate(heads):
        ws.write_string(2, i, x, h)
    ws.freeze_panes(3, 0)
    row_of_no: dict[str, int] = {}
    r = 3
    out_rows = []
    for (key, no, rep, pub, typ, ref, text, lead, rg, upd, sub, cat, why) in T:
        if text is None:          # second item of a combined row
            out_rows.append(row_of_no[no])
            continue
        vals = [no, rep, pub, typ, ref, text, lead]
        for i, v in enumerate(vals):
            if v is None:
                ws.write_blank(r, i, None, c)
            elif i == 0 and no.isdigit():
                ws.write_number(r, i, int(no), c)
            elif i == 4:
                ws.write_number(r, i, int(v), c)
            else:
                ws.write_string(r, i, v, c)
        ws.write_string(r, 7, rg, rag[rg])
        if upd is None:
            ws.write_blank(r, 8, None, c)
        else:
            ws.write_string(r, 8, upd, c)
        if sub is None:
            ws.write_blank(r, 9, None, dfmt)
        else:
            ws.write_datetime(r, 9, sub, dfmt)
        row_of_no[no] = r + 1
        out_rows.append(r + 1)
        r += 1
    ws.autofilter(2, 0, r - 1, 9)
    wb.close()
    return out_rows, r  # r = number of rows used (last row number)


def main():
    os.makedirs(OUT, exist_ok=True)
    first_row, nonitems, header_row, last_orig, cont_rows = build_hmicfrs(
        os.path.join(OUT, "hmicfrs.xlsx"))
    trows, last_force_row = build_tracker(os.path.join(OUT, "tracker.xlsx"))
    urn = {it[0]: it[1] for it in ITEMS}
    lines = []
    seen = set()
    for (row, t) in zip(trows, T):
        key, cat, why = t[0], t[11], t[12]
        h = f"Sheet1!{first_row[key]}" if key else ""
        lines.append((h, f"Tracker!{row}", cat, why))
        if key:
            seen.add(key)
    for it in ITEMS:
        if it[0] in MISSING:
            assert it[0] not in seen, it[0]
            lines.append((f"Sheet1!{first_row[it[0]]}", "", "missing_from_force", MISSING[it[0]]))
            seen.add(it[0])
    assert seen == {it[0] for it in ITEMS}, {it[0] for it in ITEMS} - seen
    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        for ln in lines:
            w.writerow(ln)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(README)
    # facts for the README
    import collections
    cnt = collections.Counter(l[2] for l in lines)
    with open(os.devnull, "w", encoding="utf-8") as f:
        f.write(f"items {len(ITEMS)} header_row {header_row} last_orig {last_orig}\n")
        f.write(f"force rows 4..{last_force_row}\n")
        f.write(f"counts {sorted(cnt.items())} total {len(lines)}\n")
        for k in ITEMS:
            f.write(f"{k[0]} {k[1]} row {first_row[k[0]]}\n")
        for n in nonitems:
            f.write(f"NONITEM {n[0]}: {n[1]}\n")


README = '# Case `secure_mail_preview_grid_paste` (round 95, case B)\n\n## Story\n\nCheshire Constabulary\'s Strategic Planning & Inspection team keeps an ordinary tracker of HMICFRS\nitems (`tracker.xlsx`). In November 2024 the Force Liaison Lead (FLL) sent the force\'s\n**definitive list**, a workbook named "Definitive list - Cheshire Constabulary - Nov 2024.xlsx",\nas an encrypted attachment through a secure-mail service. The force network will not save\nencrypted attachments, so the attachment could only be opened in the service\'s read-only browser\npreview. The analyst selected the rendered grid and pasted it into a new workbook, one page at a\ntime (the viewer shows 50 rows per page). That paste is `hmicfrs.xlsx`. The route leaves these marks:\n\n- the viewer\'s caption line (file name) and its page footers ("‹ Previous Page 1 of 2 Next ›");\n- the preview\'s **column letters** as a row (`A B C E F G H I`: `D` is missing because the FLL hid\n  column D, "Force", in the original) and its **row numbers** in column A. The numbers are the\n  original workbook\'s row numbers and are neither references nor this file\'s row numbers;\n- no header row on page 2: the viewer does not repeat it, so the second block of items (from row 71)\n  has only the column-letter row above it;\n- Excel\'s handling of `<br>` inside pasted HTML cells: each line of a multi-line recommendation\n  (bulleted texts) lands in its **own row**, and the row number, URN, report, dates, type, status\n  and note cells of that item are **merged vertically** across the lines. A blank line (`<br><br>`)\n  gives an empty row inside the block;\n- the original\'s own furniture: a merged title, an "as at" line, a blank row, the header, a\n  status key and a closing note.\n\nStatuses are HMICFRS\'s own: Awaiting review, Being progressed (open); Complete, Superseded, No further\naction required (closed). The URN is a plain integer, like the old register id (2321, 8541…).\n\n## Files\n\n`hmicfrs.xlsx`, one sheet `Sheet1`, 102 rows × 9 columns (A to I):\n- A: preview row number (original row; merged over multi-line blocks). B: URN. C: Inspection / report.\n  D: Published (date). E: Type (National recommendation / Recommendation / Area for improvement /\n  Cause of concern). F: text (one line per row). G: HMICFRS status. H: Status date. I: FLL note\n  (real register comment wording, e.g. "This recommendation is complete", "The progress of the\n  implementation … will, in due course, be updated.").\n- Header: row 6 (its A6 cell holds the number 4). Items: 67, first rows 7–68 (page 1) and 71–98 (page 2).\n\n`tracker.xlsx`, one sheet `Tracker`: title row 1, note row 2, header row 3 (`No., Report, Published,\nType, HMICFRS ref, Recommendation / AFI, Lead, RAG, Latest update, Submitted for closure`), 70 item\nrows 4–73, autofilter, frozen header. RAG: Red/Amber = open; Green (implemented), Complete,\nClosed = done (the row 2 note says so). Published is text ("Jul 2013"). HMICFRS ref is filled for\nabout 40% of rows. No. is the force\'s running number (19a–c, 21a–d for split rows), not a reference.\n\n`truth.csv`, UTF-8, 76 lines (`hmicfrs_row,force_row,category,why`), `Sheet1!n` / `Tracker!n`.\n\nTexts: all HMICFRS texts are real (national reports verbatim; force-level items are real stems and\nbodies with Cheshire inserted, from the project\'s text lists), quirks kept: curly quotes, `•` with and\nwithout a space, stray footnote digits ("intelligence 86 and", "another force; and 20"),\n"HMIC recommends that within six months the force should: …;". Tracker texts are the force\'s own:\nabbreviated (S&S, MSHT, DA, CoP, APP, ISAs, BWV), truncated and misspelt ("supervison",\n"appropiate", "investigaton", "accomodation").\n\n## Traps and how the truth decides them\n\n1. Preview grid headings: row 2 and row 70 are column letters, column A is the original row numbers.\n   Neither is data; provenance is this file\'s rows (e.g. URN 10427 is original row 51 but `Sheet1!71`).\n2. Page 2 (rows 71–98) has no header; same columns as page 1.\n3. Multi-line items: 8 items. Their provenance is the first row of the block; the other lines are\n   part of that item, not items: 2321 rows 10–17 (11 and 13 empty), 7314 rows 35–38, 8412 rows 40–44,\n   8542 rows 56–57, 8543 rows 58–59, 10866 rows 74–79, 12106 rows 83–85. (Also 9209, row 65,\n   has inline `•` and stays on one row.)\n4. Near-twin texts decided by report and deadline: 1189 (2013, "elected local policing bodies",\n   row 9) vs 5376 (2015, "police and crime commissioners", row 25), tracker rows 6 and 13; 4822 (Core\n   Business, 31 March 2015, row 22) vs 10867 (CDI 2019, within three months, row 80), tracker 11 and\n   55; 5102 (Integrity matters, national) vs 8561 (PEEL Legitimacy 2017 AFI, row 62), tracker 12 and 45.\n5. Split item: 7314 (row 35) is split over tracker rows 22–24 (19a–c), all Green, HMICFRS Awaiting\n   review → `closeable_submit` ×3. 8412 (row 40) is split over tracker rows 26–29 (21a–d), 21d Amber →\n   item not done → `in_sync` ×4.\n6. Combined row: tracker row 9 (No. 6) holds 3041 and 3042 (rows 19, 20) → two `in_sync` lines.\n7. Conflicts (7): timescale (6012 row 28 / tracker 16: "Within 6 months" vs "three months");\n   figure (8414 row 46 / tracker 31: "s.54" vs "section 45"); missing bullet (8542 row 56 / tracker 41\n   omits possession-only drug searches); deadline (8545 row 61 / tracker 44: July 2019 vs July 2018);\n   type (8563 row 64 / tracker 47: AFI vs Recommendation); reference (10427 row 71 / tracker 52 with\n   ref 10472, transposed digits; 10472 is the digital evidence AFI, row 73, which stays\n   `missing_from_force`: a match on ref alone is wrong here); report (10866 row 74 / tracker 54 filed\n   under "Crime Data Integrity 2016").\n8. Missing from force (5): 4823 (row 23, Superseded, still listed), 6015 (row 31, Awaiting review),\n   10472 (row 73), 13353 (row 91), 14721 (row 95).\n9. Not on HMICFRS list (4): tracker 70 (Abuse of position, a report not on the list), 71 and 72 (the\n   force\'s own actions), 73 (PEEL Legitimacy 2015, dropped from the list).\n10. 12107 (row 86, Home Office / NPCC, NFA): the force tracks it as Complete "not the force\'s\n   responsibility" (tracker 59) → `in_sync`.\nNo `review` lines: every pair can be decided from the two rows.\n\n## Counts (76 lines)\n\nin_sync 44 · closeable_submit 9 · closeable_local 7 · conflict 7 · missing_from_force 5 ·\nnot_on_hmicfrs_list 4. (67 HMICFRS items, 70 tracker rows.)\n\n## Rows that are not items\n\n`hmicfrs.xlsx`: 1 viewer caption; 2 and 70 column-letter rows; 3 title (original row 1, merged);\n4 "as at" line; 5 blank (original row 3); 6 header; 69 footer "Page 1 of 2"; 99 blank (original row 72);\n100 status key; 101 FLL note; 102 footer "Page 2 of 2"; continuation lines 11–17, 36–38, 41–44, 57, 59,\n75–79, 84–85 (part of the item whose block starts above, see trap 3).\n`tracker.xlsx`: 1 title, 2 note, 3 header.\n\n## Checks run\n\n- Every tracker row 4–73 appears in the truth (row 9 twice, rows 22–24 and 26–29 with one\n  `hmicfrs_row` each); every HMICFRS row with a URN (67) appears, and no other HMICFRS row does.\n- Categories compared with the two statuses: every line where they differ from the plain status\n  rule is a deliberate conflict or a split item (checked one by one).\n- Both files read back with openpyxl (merges: 60 ranges) and pandas (`header=None`; tracker\n  `header=2`: 70 × 10).\n- Built twice: all files byte-identical (XlsxWriter with a fixed `created` date, fixed zip times).\n- The tool was never run or imported; nothing under `/work/main/reconcile/` other than the text\n  lists was read.\n'


if __name__ == "__main__":
    main()
