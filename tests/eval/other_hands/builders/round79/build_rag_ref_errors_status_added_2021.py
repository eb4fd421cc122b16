"""Build the evaluation case `rag_ref_errors_status_added_2021`.

Force side: Norfolk Constabulary's HMICFRS tracker, kept in one workbook since 2016. Its RAG
column is a formula that once read a "Target date" column; that column was deleted in March
2021, so the formula now holds #REF! and shows the error on every row without a "Date
completed" (the first IF branch, "BLUE" when a completion date is present, still works). A
manual "Status" drop-down was added in April 2021: items closed before then have no Status,
only a Date completed.

HMICFRS side: an ordinary definitive-list export (xlsx) with real recommendation texts.

Run: /work/main/.venv/bin/python /tmp/indep79/build_rag_ref_errors_status_added_2021.py
Rebuilds every file byte for byte (no clock, no randomness beyond a fixed seed).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
from pathlib import Path

import xlsxwriter

CASE = "rag_ref_errors_status_added_2021"
OUT = Path("/tmp/indep79") / CASE
FORCE = "Norfolk Constabulary"
SAVED = dt.date(2026, 11, 20)          # tracker last calculated / saved (TODAY() in the cache)
EXTRACTED = dt.date(2026, 11, 2)       # HMICFRS list extract date
FIXED_CREATED = dt.datetime(2026, 11, 20, 9, 14, 0)
D = dt.date

NAT = "National recommendation"
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"

# --------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, publication date, tracker's own report name)
# --------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              D(2013, 7, 9), "Stop and Search 2013"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 D(2014, 3, 27), "Everyone's Business (DA) 2014"),
    "austerity": ("Policing in austerity: Meeting the challenge", D(2014, 7, 22),
                  "Policing in Austerity 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the "
             "use of police time", D(2014, 9, 4), "Core Business 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", D(2015, 1, 30),
                  "Integrity Matters 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              D(2015, 3, 24), "Stop and Search 2 (2015)"),
    "picture": ("Building the picture: an inspection of police information management",
                D(2015, 7, 1), "Building the Picture 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", D(2015, 9, 15),
                 "Firearms licensing 2015"),
    "eff16": ("PEEL: Police efficiency 2016", D(2016, 11, 3), "PEEL Efficiency 2016"),
    "effv16": ("PEEL: Police effectiveness 2016", D(2017, 3, 2), "PEEL Effectiveness 2016"),
    "cdi17": ("Crime data integrity inspection 2017", D(2017, 9, 14), "CDI 2017"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               D(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", D(2017, 11, 9),
              "PEEL Efficiency 2017 - national"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", D(2017, 12, 12),
              "PEEL Legit 17 S&S"),
    "ncpi18": ("National child protection inspection 2018", D(2018, 6, 19), "NCPI 2018"),
    "custody18": ("Report on an unannounced inspection visit to police custody suites 2018",
                  D(2018, 8, 21), "Custody 2018"),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", D(2019, 5, 2),
                 "PEEL 2018/19"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", D(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", D(2022, 5, 27),
                 "PEEL 2021/22"),
    "peel2324": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", D(2024, 6, 12),
                 "PEEL 23-24"),
}

# --------------------------------------------------------------------------------------------
# HMICFRS items (real wording, copied as literals). key, report, type, text, status, status date
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
MISSING_COC = (
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
MISSING_REC = (
    "To address this cause of concern the force should immediately review its approach to "
    "reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately; • call "
    "takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and • "
    "supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action"
)
CHILDREN_DETENTION = (
    "Within six months Norfolk Constabulary should, in conjunction with children’s social care "
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

# (key, report, type, text, HMICFRS status, status date or None)
HM = [
    ("H01", "sas13", NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.", "Complete", D(2015, 2, 11)),
    ("H02", "sas13", NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance "
     "with the law (including equality legislation and the Code of Practice), and that the "
     "power is used effectively to prevent crime, catch criminals and maintain public trust.",
     "Complete", D(2015, 6, 3)),
    ("H03", "sas13", NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.",
     "Complete", D(2015, 9, 17)),
    ("H04", "everyone", NAT, EVERYONE_PLAN, "Complete", D(2015, 4, 29)),
    ("H05", "austerity", NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews",
     "No further action required", D(2017, 10, 19)),
    ("H06", "austerity", NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.",
     "No further action required", D(2017, 10, 19)),
    ("H07", "austerity", NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.",
     "No further action required", D(2017, 10, 19)),
    ("H08", "austerity", NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there "
     "is scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.",
     "No further action required", D(2017, 10, 19)),
    ("H09", "core", NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.", "Complete", D(2015, 7, 8)),
    ("H10", "core", NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", "Superseded", D(2017, 3, 2)),
    ("H11", "integrity", NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     "Complete", D(2016, 1, 20)),
    ("H12", "sas15", NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure that "
     "they comply with the Code of Practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example young people.",
     "Complete", D(2016, 3, 9)),
    ("H13", "picture", NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure "
     "that categorisation of records are regularly adjusted.", "Being progressed",
     D(2019, 8, 14)),
    ("H14", "firearms", NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", "Complete", D(2016, 5, 4)),
    ("H15", "firearms", NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", "Being progressed",
     D(2016, 5, 4)),
    ("H16", "firearms", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     "Complete", D(2016, 5, 4)),
    ("H17", "firearms", NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     "Complete", D(2023, 2, 15)),
    ("H18", "firearms", NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment "
     "which they should be undertaking in such circumstances, and their power, when "
     "appropriate, to seize firearms and firearm certificates.", "Being progressed",
     D(2022, 11, 30)),
    ("H19", "eff16", AFI,
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use "
     "of its resources by matching them to demand to meet the needs of the public",
     "Complete", D(2018, 6, 13)),
    ("H20", "eff16", AFI,
     "The force should develop its understanding of the links between its outcomes, outputs and "
     "costs", "Being progressed", D(2017, 4, 26)),
    ("H21", "eff16", AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.", "Complete", D(2019, 1, 16)),
    ("H22", "effv16", COC, MISSING_COC, "Complete", D(2018, 9, 5)),
    ("H23", "effv16", REC, MISSING_REC, "Complete", D(2018, 9, 5)),
    ("H24", "effv16", AFI,
     "The force should improve its understanding of the nature and scale of child sexual "
     "exploitation in its area.", "Being progressed", D(2018, 9, 5)),
    ("H25", "effv16", AFI,
     "The force should take steps to ensure that there is effective supervision of the initial "
     "risk assessment process, specifically in relation to the completion of DASH risk "
     "assessment in appropriate cases.", "Complete", D(2019, 2, 27)),
    ("H26", "cdi17", REC, CDI_VICTIMS, "Being progressed", D(2018, 3, 14)),
    ("H27", "cdi17", REC,
     "Within three months, the force should improve its use of its crime-recording and "
     "management system to better manage its case files and investigative processes.",
     "Complete", D(2018, 7, 11)),
    ("H28", "cdi17", AFI,
     "The force should make sure it records reports of rape and serious sexual offences "
     "accurately and without delay.", "Complete", D(2022, 10, 12)),
    ("H29", "stolen", NAT, SF_LEADERSHIP, "Being progressed", D(2019, 1, 9)),
    ("H30", "stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible",
     "Complete", D(2018, 10, 3)),
    ("H31", "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     "Complete", D(2018, 10, 3)),
    ("H32", "stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", "Complete", D(2022, 1, 19)),
    ("H33", "stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.", "Being progressed",
     D(2018, 10, 3)),
    ("H34", "stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the "
     "use where appropriate of joint intelligence teams and other means to obtain intelligence "
     "and evidence from agencies overseas).", "Awaiting review", D(2017, 11, 7)),
    ("H35", "stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", "Complete", D(2024, 4, 17)),
    ("H36", "efc17", NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.", "Superseded", D(2020, 6, 24)),
    ("H37", "leg17", COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", "Complete", D(2021, 2, 26)),
    ("H38", "leg17", NAT, SAS_MONITORING_2017, "Being progressed", D(2021, 7, 7)),
    ("H39", "leg17", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n"
     "•carried out research and analysis in an attempt to understand the reasons for the "
     "disparity, and •taken action to reduce the disparity, where necessary;",
     "Being progressed", D(2021, 7, 7)),
    ("H40", "leg17", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", "Complete", D(2019, 3, 20)),
    ("H41", "leg17", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", "Complete",
     D(2019, 9, 11)),
    ("H42", "ncpi18", REC,
     "Within six months the force should make sure investigations of child sexual exploitation "
     "are allocated to officers with the right skills and are effectively supervised.",
     "Complete", D(2019, 7, 24)),
    ("H43", "ncpi18", REC,
     "Within three months, the force should make sure officers and staff have the training "
     "they need to identify and respond to child sexual exploitation.", "Being progressed",
     D(2019, 7, 24)),
    ("H44", "custody18", REC, CHILDREN_DETENTION, "Being progressed", D(2019, 2, 6)),
    ("H45", "custody18", REC,
     "Immediately, the force should make sure officers and staff have the training they need "
     "to identify and respond to people with mental ill health.", "Complete", D(2019, 6, 5)),
    ("H46", "peel1819", AFI,
     "The force should improve its understanding of suspects released under investigation and "
     "the management of those released on bail.", "Being progressed", D(2020, 2, 12)),
    ("H47", "peel1819", AFI,
     "The force should improve its ability to retrieve digital evidence from mobile phones, "
     "computers and other electronic devices quickly enough to ensure investigations are not "
     "delayed.", "Being progressed", D(2020, 2, 12)),
    ("H48", "peel1819", AFI,
     "The force should conduct a review, involving its partners, of the approach to "
     "vulnerability to better safeguard vulnerable people.", "Complete", D(2021, 3, 17)),
    ("H49", "peel1819", AFI,
     "The force should improve the supervision of investigations, so that investigation plans "
     "are set, reviewed and recorded and victims receive a consistently good service.",
     "Complete", D(2021, 11, 24)),
    ("H50", "peel1819", AFI,
     "The force should ensure all staff have received at least the lowest level of vetting "
     "clearance for their roles as quickly as possible, working to clear both the vetting "
     "backlog and new vetting renewals when they become due so that it complies fully with the "
     "national vetting guidelines.", "Being progressed", D(2020, 2, 12)),
    ("H51", "powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     "Being progressed", D(2022, 8, 3)),
    ("H52", "powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", "Being progressed", D(2021, 8, 4)),
    ("H53", "powers", NAT, BWV_2021, "Being progressed", D(2021, 10, 6)),
    ("H54", "powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", "Complete",
     D(2022, 3, 9)),
    ("H55", "peel2122", COC,
     "The force does not have the capacity or capability to investigate crime effectively and "
     "this is affecting the service being provided to the public. There are failings in the "
     "way that crimes are being investigated.", "Being progressed", D(2022, 9, 21)),
    ("H56", "peel2122", REC,
     "HMICFRS recommends that the force should immediately:conduct a review of officers’ "
     "capabilities and capacity to manage their investigative workload, to better understand "
     "investigative demand and the pressures placed upon them; and", "Being progressed",
     D(2022, 9, 21)),
    ("H57", "peel2122", REC,
     "HMIC recommends that within six months the force should: ensure regular and active "
     "supervision of the quality and progress of investigations. This supervision should be "
     "properly recorded;", "Being progressed", D(2022, 9, 21)),
    ("H58", "peel2122", AFI,
     "The force should make sure its performance framework gives senior leaders a clear "
     "picture of its response to violence against women and girls.", "Complete",
     D(2025, 5, 14)),
    ("H59", "peel2122", AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from county lines drug dealing.", "Being progressed", D(2022, 9, 21)),
    ("H60", "peel2122", AFI,
     "The force should make sure victims of residential burglary are kept informed about the "
     "progress of their case, in line with the Code of Practice for Victims of Crime.",
     "Being progressed", D(2022, 9, 21)),
    ("H61", "peel2122", AFI,
     "The force should ensure that it has sufficient resources available in the control room "
     "to fulfil its resourcing model, and so to meet its demand, while also taking into account "
     "the wellbeing of its workforce.", "Awaiting review", D(2022, 6, 8)),
    ("H62", "peel2122", AFI,
     "Norfolk Constabulary should review how it gathers and uses equality and diversity data "
     "to improve its understanding of its workforce demographics.", "Complete",
     D(2024, 1, 24)),
    ("H63", "peel2324", AFI,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate online child sexual abuse.", "Awaiting review", D(2024, 6, 26)),
    ("H64", "peel2324", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "people with mental ill health.", "Awaiting review", D(2024, 6, 26)),
    ("H65", "peel2324", AFI,
     "The force should make sure investigations of stalking and harassment are allocated to "
     "officers with the right skills and are effectively supervised.", "Being progressed",
     D(2025, 1, 15)),
    ("H66", "peel2324", AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about serious "
     "and organised crime.", "Awaiting review", D(2024, 6, 26)),
    ("H67", "peel2324", AFI,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of domestic abuse.", "Being progressed", D(2025, 1, 15)),
    ("H68", "peel2324", AFI,
     "The force should develop a problem-solving approach to anti-social behaviour, working "
     "with local communities and partners.", "Being progressed", D(2025, 1, 15)),
    ("H69", "peel2122", AFI,
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to honour-based abuse.", "Being progressed", D(2022, 9, 21)),
    ("H70", "peel2122", AFI,
     "The force should improve its understanding of the nature and scale of violence against "
     "women and girls in its area.", "Being progressed", D(2022, 9, 21)),
    ("H71", "peel2122", AFI,
     "The force should make sure it has access to accurate data and analysis to support "
     "effective performance management.", "Being progressed", D(2023, 3, 1)),
    ("H72", "peel2324", AFI,
     "The force should improve its understanding of the nature and scale of fraud in its "
     "area.", "Awaiting review", D(2024, 6, 26)),
    ("H73", "peel2324", AFI,
     "The force should make sure victims of rape and serious sexual offences are kept informed "
     "about the progress of their case, in line with the Code of Practice for Victims of "
     "Crime.", "Being progressed", D(2025, 1, 15)),
    ("H74", "peel2324", AFI,
     "The force should improve the way it manages the risk posed by offenders involved in "
     "county lines drug dealing.", "Being progressed", D(2025, 1, 15)),
    ("H75", "peel2324", AFI,
     "The force should make sure it records reports of hate crime accurately and without "
     "delay.", "Awaiting review", D(2024, 6, 26)),
    ("H76", "peel2324", AFI,
     "The force should make sure its analysis of serious and organised crime informs its "
     "strategic assessment and control strategy.", "Complete", D(2026, 3, 18)),
    ("H77", "peel2324", AFI,
     "The force should evaluate its work to prevent knife crime and share what works across "
     "the force.", "Being progressed", D(2025, 1, 15)),
    ("H78", "peel2324", AFI,
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to stalking and harassment.", "Awaiting review", D(2024, 6, 26)),
    ("H79", "peel2324", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "domestic abuse.", "Being progressed", D(2025, 1, 15)),
    ("H80", "peel2324", AFI,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate economic crime.", "Awaiting review", D(2024, 6, 26)),
    ("H81", "peel2324", AFI,
     "Norfolk Constabulary should develop a problem-solving approach to rural crime, working "
     "with local communities and partners.", "Being progressed", D(2025, 1, 15)),
]

# --------------------------------------------------------------------------------------------
# Tracker rows (the force's own words). Fields:
#   ref, report key (or own name), type, text, lead, portfolio, update, date completed,
#   status (manual, since Apr 2021), rag_typed (value typed over the formula, else None),
#   hkeys (HMICFRS items the row stands for), category, match note for `why`.
# --------------------------------------------------------------------------------------------
T = []


def row(ref, rep, typ, text, lead, port, update, done, status, hkeys, cat, note,
        rag_typed=None, rep_name=None, pub=None):
    T.append(dict(given=ref, rep=rep, typ=typ, text=text, lead=lead, port=port, update=update,
                  done=done, status=status, hkeys=hkeys, cat=cat, note=note,
                  rag_typed=rag_typed, rep_name=rep_name, pub=pub))


row("HM001", "sas13", "Nat Rec",
    "CCs & CoP to set out in the S&S APP a clear spec of what effective & fair use of S&S "
    "powers looks like + guidance", "ACC Local Policing", "Local Policing",
    "National action - CoP APP published. Force policy aligned to APP.", D(2014, 11, 28), None,
    ["H01"], "in_sync", "Same 2013 stop-and-search APP recommendation, abbreviated.")
row("HM002", "sas13", "Nat Rec",
    "Establish/improve monitoring of the way officers use S&S so CC is satisfied use is lawful "
    "(incl equality legislation & Code of Practice) and effective", "ACC Local Policing",
    "Local Policing", "S&S monitoring dashboard in place; monthly Stop Search Board.",
    D(2015, 3, 31), None, ["H02"], "in_sync",
    "Same 2013 monitoring recommendation, abbreviated.")
row("HM003", "sas13", "Nat Rec",
    "Explain to public how S&S powers used & arrange for records to be scrutinised by "
    "community reps (involve young people)", "Supt Local Policing Norwich", "Local Policing",
    "Independent scrutiny panel set up; youth reps recruited via Norfolk Youth Council.",
    D(2015, 6, 30), None, ["H03"], "in_sync",
    "Same 2013 public-explanation / community scrutiny recommendation.")
row("HM004", "everyone", "Nat Rec",
    "Establish & publish a DA action plan by Sept 2014 - developed with PCC, DA support orgs & "
    "victims reps; consider all recs in report; DHRs & IPCC findings; CPS scrutiny panels / "
    "MARAC self-assessments", "Ch Supt Public Protection", "Protecting Vulnerable People",
    "DA action plan published on website 26/09/14. Monitored via DA Strategic Group.",
    D(2014, 9, 26), None, ["H04"], "in_sync",
    "The tracker row lists all four bullets of the Everyone's business action-plan "
    "recommendation.")
row("HM005", "austerity", "Nat Rec",
    "Review plans to deliver savings - continue to reduce crime & protect front line while "
    "balancing budget (use VfM profiles)", "Director of Finance", "Corporate Services",
    "Addressed via MTFP and Norfolk 2020 programme.", D(2016, 3, 31), None, ["H05"], "in_sync",
    "Same Policing in austerity savings-plan recommendation.")
row("HM006", "austerity", "Nat Rec",
    "Assess scope to improve collaboration savings (force <10% through collab) AND whether "
    "decisive action taken to maintain crime fighting capacity where front line reducing",
    "Director of Finance", "Corporate Services",
    "To be addressed holistically as part of the Norfolk 2020 change programme - update "
    "awaited.", None, None,
    ["H06", "H07"], "closeable_local",
    "One tracker row holds two Policing in austerity recommendations (collaboration <10% and "
    "front-line reduction); it is listed once against each.")
row("HM007", None, "Rec",
    "Revise approach to cautions, cannabis warnings & PNDs - clear auditable explanation to "
    "offender; victim's views recorded before issue (victim-based crime)",
    "Force Crime Registrar", "Crime & Justice",
    "OOCD policy revised; Scrutiny Panel reviews 20 cases per quarter.", D(2015, 8, 28), None,
    [], "not_on_hmicfrs_list",
    "A 2014 crime data integrity recommendation the force still lists; no line of the "
    "definitive list is about cautions, cannabis warnings or PNDs (HMICFRS no longer holds "
    "it).", rep_name="Crime Data Integrity 2014", pub=D(2014, 11, 18))
row("HM008", "core", "Nat Rec",
    "Provide call handlers with specific, sound & comprehensible THR criteria (by 31/03/15)",
    "Supt Contact Centre", "Contact & Control",
    "THRIVE introduced in CMC Feb 2015.", D(2015, 4, 20), None, ["H09"], "in_sync",
    "Same Core Business threat-harm-risk criteria recommendation.")
row("HM009", "core", "Nat Rec",
    "Crime prevention / disruption activity to be systematically recorded & evaluated to see "
    "which tactics work", "Head of Corporate Development", "Local Policing",
    "Problem-solving database (OSARA) live across all districts.", D(2016, 1, 12), None,
    ["H10"], "in_sync",
    "Same Core Business crime-prevention recording recommendation; HMICFRS Superseded counts "
    "as closed.")
row("HM010", "integrity", "Nat Rec",
    "Satisfy ourselves misconduct investigations ending in 'NFA' are fair & free from "
    "discrimination (by 31 Aug 15)", "Head of Professional Standards",
    "Professional Standards", "PSD dip sample by protected characteristic - no disparity found.",
    D(2015, 10, 1), None, ["H11"], "in_sync",
    "Same Integrity matters misconduct-NFA recommendation.")
row("HM011", "sas15", "Nat Rec",
    "Comply with Code of Practice - explain S&S use to public & community scrutiny of S&S "
    "records (consult PCC)", "ACC Local Policing", "Local Policing",
    "Covered by HM003 - scrutiny panel now meets quarterly, minutes published.",
    D(2015, 9, 30), None, ["H12"], "in_sync",
    "Stop and search powers 2 recommendation (filed under 'Stop and Search 2 (2015)'); wording "
    "near the 2013 one but report and consultee (PCC) pin it to H12.")
row("HM012", "picture", "Nat Rec",
    "Scrutinise audits of compliance with APP on info management through force IM governance "
    "- incl. regular adjustment of record categorisation", "Head of Information Management",
    "Information Management",
    "MoPI audit schedule now reported quarterly to Information Management Board. Evidence pack "
    "with OL team 09/24.", None, "Complete", ["H13"], "closeable_submit",
    "Same Building the picture MoPI audit recommendation.")
row("HM013", "firearms", "Nat Rec",
    "Assess firearms licensing governance against APP; fix arrangements immediately where not "
    "compliant", "Supt Firearms Licensing", "Firearms Licensing",
    "Governance review completed; FLM reports to Firearms Licensing Board.", D(2016, 1, 15),
    None, ["H14"], "in_sync", "Same Targeting the risk governance recommendation.")
row("HM014", "firearms", "Nat Rec",
    "Assess demand on FLD & ensure capacity to meet it - efficient & effective service at all "
    "times", "Supt Firearms Licensing", "Firearms Licensing",
    "Demand review done, 3 additional enquiry officers funded.", D(2017, 3, 31), None,
    ["H15"], "closeable_submit", "Same Targeting the risk demand/capacity recommendation.")
row("HM015", "firearms", "Nat Rec",
    "Ensure appropriate action taken re 'total expired' licensing records", "Supt Firearms "
    "Licensing", "Firearms Licensing", "All total expired records reviewed and actioned.",
    D(2015, 10, 30), None, ["H16"], "in_sync",
    "Same Targeting the risk 'total expired' recommendation.")
row("HM016", "firearms", "Nat Rec",
    "Temporary permits - per HO guidance, recorded promptly on NFLMS, systems so holders never "
    "in unlawful possession", "Supt Firearms Licensing", "Firearms Licensing",
    "Awaiting NFLMS upgrade to add permit expiry alerts.", None, "In progress", ["H17"],
    "closeable_local", "Same Targeting the risk temporary-permits recommendation.")
row("HM017", "firearms", "Nat Rec",
    "Systems to identify before attendance if incident involves / is at address of FAC holder "
    "- always applied by dispatchers; officers understand risk assessment & seizure powers",
    "Supt Contact Centre", "Contact & Control",
    "STORM warning marker for certificate holders' addresses being tested with NFLMS data.",
    None, "In progress", ["H18"], "in_sync",
    "Same Targeting the risk dispatch-systems recommendation.")
row("HM021", "eff16", "AFI",
    "Gain fuller understanding of current & likely future demand so resources match demand",
    "Head of Corporate Development", "Corporate Services",
    "Demand modelling completed; fed into FMS 2018.", D(2018, 2, 28), None, ["H19"],
    "in_sync", "Same PEEL efficiency 2016 demand AFI.")
row("HM022", "eff16", "AFI",
    "Develop understanding of links between outcomes, outputs & costs", "Director of Finance",
    "Corporate Services", "Awaiting update from Finance (chased 02/20).", None, None, ["H20"],
    "in_sync", "Same PEEL efficiency 2016 outcomes/outputs/costs AFI.")
row("HM023", "efc17x", "AFI",
    "Develop future workforce plan aligned to demand & budget - resource allocations, skills "
    "mix & behaviours", "Director of People", "People Services",
    "Strategic Workforce Plan 2018-22 approved at FET.", D(2018, 9, 30), None, ["H21"],
    "conflict",
    "Same workforce-plan AFI, but the tracker files it under "
    "'PEEL Efficiency 2017' (published 09/11/2017) while HMICFRS holds it under PEEL: Police "
    "efficiency 2016 (03/11/2016): the report disagrees.",
    rep_name="PEEL Efficiency 2017", pub=D(2017, 11, 9))
row("HM024", "effv16", "CoC",
    "CoC - response to missing & absent children (absent v missing, risk under-graded, CSE "
    "info not used)", "Ch Supt Public Protection", "Protecting Vulnerable People",
    "Missing persons improvement plan delivered; HMICFRS revisit Jun 18.", D(2018, 5, 31),
    None, ["H22"], "in_sync", "Same PEEL effectiveness 2016 missing-children cause of concern.")
row("HM025", "effv16", "Rec",
    "Missing children (pt 1): call takers understand & use missing / absent categories "
    "correctly; call takers & frontline staff can identify CSE risk factors and respond",
    "Supt Contact Centre", "Contact & Control",
    "Absent category removed from CMC script; CSE awareness package on NCALT - 96% "
    "completion.", D(2018, 1, 31), None, ["H23"], "in_sync",
    "Part 1 of 2 of the missing-children recommendation (its first two bullets), which the "
    "force split.")
row("HM026", "effv16", "Rec",
    "Missing children (pt 2): supervisors give correct oversight of MISPER enquiries & "
    "direct timely investigative / safeguarding action", "Ch Supt Public Protection",
    "Protecting Vulnerable People", "Duty Inspector review at 2h / 6h built into COMPACT.",
    D(2018, 5, 31), None, ["H23"], "in_sync",
    "Part 2 of 2 of the split missing-children recommendation (its third bullet).")
row("HM028", "effv16", "AFI",
    "Improve understanding of nature & scale of CSE in Norfolk", "Head of Intelligence",
    "Intelligence", "CSE problem profile refreshed and in control strategy.",
    D(2019, 12, 20), None, ["H24"], "closeable_submit",
    "Same PEEL effectiveness 2016 CSE nature-and-scale AFI.")
row("HM029", "effv16", "AFI",
    "Effective supervision of initial risk assessment - completion of DASH in appropriate cases",
    "Ch Supt Public Protection", "Protecting Vulnerable People",
    "The Force Executive Team agreed that we would risk-assess all DA incidents. Policy signed "
    "off and in place.", D(2018, 10, 31), None, ["H25"], "in_sync",
    "Same DASH supervision AFI.")
row("HM031", "cdi17", "Rec",
    "CDI victims (pt 1): victims believed at point of report; call handler/caller "
    "conversations summarised accurately on incident log", "Force Crime Registrar",
    "Crime & Justice", "Call handling QA form updated; monthly FCR dip sample.",
    D(2018, 2, 28), None, ["H26"], "closeable_submit",
    "Part 1 of 3 of the CDI victims recommendation (bullets 1-2), split by the force.")
row("HM032", "cdi17", "Rec",
    "CDI victims (pt 2): multiple crimes always recorded; stop waiting for medical / video "
    "interview results before recording", "Force Crime Registrar", "Crime & Justice",
    "Crime recording policy rewrite published. Audit 2019 shows 94% compliance.",
    D(2019, 6, 28), None, ["H26"], "closeable_submit",
    "Part 2 of 3 of the split CDI victims recommendation (bullets 3-4).")
row("HM033", "cdi17", "Rec",
    "CDI victims (pt 3): online crime reports triaged on receipt so ongoing risk to victim / "
    "public identified & managed", "Force Crime Registrar", "Crime & Justice",
    "Single Online Home reports now triaged by CMC within 1h. Closure evidence submitted "
    "to OL team.", None, "Complete", ["H26"], "closeable_submit",
    "Part 3 of 3 of the split CDI victims recommendation (bullet 5, online triage).")
row("HM034", "cdi17", "Rec",
    "Improve use of crime recording & management system (Athena) to manage case files & "
    "investigations", "Force Crime Registrar", "Crime & Justice",
    "Athena case file module training completed.", D(2018, 3, 1), None, ["H27"], "in_sync",
    "Same CDI 2017 crime-recording-system recommendation.")
row("HM035", "cdi17", "AFI",
    "Record reports of RASSO accurately & without delay", "Force Crime Registrar",
    "Crime & Justice", "RASSO recording audit Jul 22 - 97% compliant. Closed.", None,
    "Complete", ["H28"], "in_sync", "Same CDI 2017 rape-recording AFI (RASSO = rape and "
                                    "serious sexual offences).")
row("HM036", "stolen", "Nat Rec",
    "MSHT leadership & governance review (within 12 months): (a) senior leaders prioritise "
    "MSHT response; (b) every MS incident allocated resources with skills, experience & "
    "capacity to investigate", "Det Ch Supt Force CID", "Crime & Justice",
    "MSHT now a control strategy priority. All MS crimes allocated to CID / Exploitation Team.",
    D(2019, 3, 29), None, ["H29"], "in_sync",
    "Part 1 of 3 of the Stolen freedom leadership recommendation (bullets a and b), split by "
    "the force.")
row("HM038", "stolen", "Nat Rec",
    "(c) effective partnership arrangements to co-ordinate activity, share info & safeguard "
    "victims", "Det Ch Supt Force CID", "Crime & Justice",
    "Norfolk Anti-Slavery Network established with LA partners.", D(2020, 1, 31), None,
    ["H29"], "in_sync", "Part 2 of 3 of the split leadership recommendation (bullet c).")
row("HM039", "stolen", "Nat Rec",
    "(d) performance & QA measures in place so senior leaders can assess quality of service "
    "to victims", "Det Ch Supt Force CID", "Crime & Justice",
    "MSHT performance pack in development; QA dip sample planned Q4.", None, "In progress",
    ["H29"], "in_sync",
    "Part 3 of 3 of the split leadership recommendation (bullet d), still In progress.")
row("HM040", "stolen", "Nat Rec",
    "Active ISAs with other agencies - speedy exchange of intel, safeguard victims, identify "
    "suspects early (within 6 months)", "Head of Intelligence", "Intelligence",
    "ISAs signed with Norfolk CC, UKBF and GLAA.", D(2018, 5, 31), None, ["H30"], "in_sync",
    "Same Stolen freedom information-sharing recommendation (HMICFRS text keeps the stray "
    "footnote '86').")
row("HM041", "stolen", "Nat Rec",
    "Victims committing crimes under compulsion - early & continuing consideration of s45 "
    "defence", "Det Ch Supt Force CID", "Crime & Justice",
    "s45 guidance issued with CPS; added to MSHT training.", D(2018, 2, 28), None, ["H31"],
    "in_sync", "Same section 45 defence recommendation.")
row("HM042", "stolen", "Nat Rec",
    "Fully compliant with NRM process & duty to notify HO of suspected adult victims (MSA "
    "2015)", "Ch Supt Public Protection", "Protecting Vulnerable People",
    "Duty to notify (MS1) process embedded; audit Sept 21 compliant.", D(2021, 9, 30),
    "Complete", ["H32"], "in_sync", "Same NRM / duty-to-notify recommendation.")
row("HM043", "stolen", "Nat Rec",
    "Comply with NCRS for MSHT offences; FCR to have sufficient audit capacity to identify "
    "gaps", "Force Crime Registrar", "Crime & Justice",
    "MSHT added to FCR audit plan; audit 2019 - no gaps.", D(2019, 7, 31), None, ["H33"],
    "closeable_submit", "Same NCRS-for-MSHT recommendation.")
row("HM044", "stolen", "Nat Rec",
    "MSHT allegations thoroughly investigated & supervised by skilled teams (use JITs / "
    "overseas intel where approp.)", "Det Ch Supt Force CID", "Crime & Justice",
    "Exploitation Team review complete - submitted to HMICFRS for closure 10/2025.", None,
    "Submitted for closure", ["H34"], "closeable_submit",
    "Same MSHT investigation-and-supervision recommendation.")
row("HM045", "stolen", "Nat Rec",
    "Review use of preventative powers under MSA 2015 (STPOs / SROs)", "Det Ch Supt Force CID",
    "Crime & Justice", "On hold pending national STPO guidance refresh.", None, "On hold",
    ["H35"], "closeable_local", "Same preventative-powers recommendation.")
row("HM046", "stolen", "Local",
    "Local action: Agree an information-sharing protocol on modern slavery and human "
    "trafficking with the local authorities", "Det Ch Supt Force CID", "Crime & Justice",
    "Protocol signed by 7 district councils.", D(2019, 11, 29), None, [], "not_on_hmicfrs_list",
    "The force's own 'Local action' added under Stolen freedom; HMICFRS never made it a "
    "recommendation and it is on no line of the definitive list.")
row("HM047", "efc17", "Nat Rec",
    "Ambitious plan to improve digitally-enabled services (by Sept 2018)", "Head of Digital",
    "Digital", "To be picked up under Digital Policing Strategy - query whether still live?",
    None, None, ["H36"], "closeable_local",
    "Same PEEL efficiency 2017 digital-services recommendation.")
row("HM049", "leg17", "Nat Rec",
    "By July 2018 - regularly monitor S&S data to understand: disproportionality by ethnicity; "
    "find rates by ethnicity & search type (drugs possession v supply); possession-only drug "
    "searches v priorities", "ACC Local Policing", "Local Policing",
    "Re-opened Jun 2021 following HMICFRS S&S revisit - original completion date left in. "
    "New Power BI disproportionality report being built.", D(2019, 6, 28), "In progress",
    ["H38"], "in_sync",
    "Same PEEL legitimacy 2017 stop-and-search monitoring recommendation, all three bullets.")
row("HM050", "leg17", "Nat Rec",
    "Where disparities identified - show public we have researched reasons & taken action to "
    "reduce", "ACC Local Policing", "Local Policing",
    "Disproportionality research with UEA published Mar 23.", None, "Complete",
    ["H39"], "closeable_submit", "Same disparities recommendation, both bullets.")
row("HM051", "leg17", "Nat Rec",
    "Publish analysis & actions taken at least annually (from July 2018)", "ACC Local Policing",
    "Local Policing", "Annual S&S report published on force website Jul 18.", D(2018, 7, 31),
    None, ["H40"], "in_sync", "Same annual-publication recommendation.")
row("HM052", "leg17", "Nat Rec",
    "By July 2019 all officers using S&S powers to have had unconscious bias training & "
    "understand CoP APP on S&S", "Head of Learning & Development", "People Services",
    "Unconscious bias module mandatory for all S&S-trained officers.", D(2019, 4, 30), None,
    ["H41"], "conflict",
    "Same unconscious-bias training recommendation, but the tracker's deadline is 'By July "
    "2019' where HMICFRS says 'By July 2018, and ongoing following that date': the timescale "
    "disagrees.")
row("HM053", "ncpi18", "Rec",
    "CSE investigations allocated to officers with right skills & effectively supervised "
    "(6 months)", "Ch Supt Public Protection", "Protecting Vulnerable People",
    "All CSE investigations now allocated to MASH / Exploitation Team.", D(2019, 5, 31), None,
    ["H42"], "in_sync", "Same NCPI 2018 CSE-allocation recommendation.")
row("HM054", "ncpi18", "Rec",
    "Training for officers & staff to identify and respond to CSE (3 months)",
    "Head of Learning & Development", "People Services",
    "Phase 2 CSE training for response officers scheduled 2026/27.", None, "In progress",
    ["H43"], "in_sync", "Same NCPI 2018 CSE-training recommendation.", rag_typed="GREEN")
row("HM055", "custody18", "Rec",
    "Custody - with CSC review detention of children: only detain when necessary & minimum "
    "time; early assessment of need for alternative accommodation; detention certificates "
    "after charge; record all actions/decisions; timelier AA support", "Ch Insp Custody",
    "Crime & Justice", "Children in custody protocol signed with Norfolk CC CSC.",
    D(2020, 1, 31), None, ["H44"], "closeable_submit",
    "Same custody 2018 detention-of-children recommendation, all five bullets.")
row("HM056", "custody18", "Rec",
    "Training so officers & staff can identify & respond to people with mental ill health",
    "Ch Insp Custody", "Crime & Justice", "MH awareness training delivered to all custody staff.",
    D(2019, 3, 29), None, ["H45"], "in_sync", "Same custody 2018 mental-health training "
                                             "recommendation.")
row("HM058", "peel1819", "AFI",
    "Improve understanding of suspects released under investigation (RUI) & management of "
    "those on bail", "Det Ch Supt Force CID", "Crime & Justice",
    "Superseded by PEEL 21/22 work on RUI/bail - tracked under investigations CoC.", None,
    "Closed - superseded", ["H46"], "closeable_submit",
    "Same PEEL 2018/19 RUI-and-bail AFI.")
row("HM059", "peel1819", "AFI",
    "Improve ability to retrieve digital evidence from phones, computers etc quickly so "
    "investigations not delayed", "Head of Digital Forensics", "Crime & Justice",
    "DFU backlog 412 devices (Oct 26). Kiosk rollout phase 3.", None, "In progress", ["H47"],
    "in_sync", "Same PEEL 2018/19 digital-evidence AFI.")
row("HM060", "peel1819", "AFI",
    "Review, with partners, approach to vulnerability to better safeguard vulnerable people",
    "Ch Supt Public Protection", "Protecting Vulnerable People",
    "Vulnerability review with partners completed; new MASH model Nov 20.", D(2020, 11, 30),
    None, ["H48"], "in_sync", "Same PEEL 2018/19 vulnerability-review AFI.")
row("HM061", "peel1819", "AFI",
    "Improve supervision of investigations - plans set, reviewed & recorded; consistent "
    "service to victims", "Det Ch Supt Force CID", "Crime & Justice",
    "Investigation plan template mandatory on Athena.", D(2021, 8, 31), "Complete", ["H49"],
    "in_sync", "Same PEEL 2018/19 supervision-of-investigations AFI.")
row("HM062", "peel1819", "AFI",
    "Vetting - all staff to hold at least lowest level of vetting; clear backlog & renewals "
    "(national vetting guidelines)", "Head of Professional Standards",
    "Professional Standards", "Vetting backlog reduced to 212 (Mar 20).", None, None, ["H50"],
    "in_sync", "Same PEEL 2018/19 vetting AFI.", rag_typed="AMBER")
row("HM064", "powers", "Nat Rec",
    "By July 2022 - effective communication skills for officers & staff in line with National "
    "Policing Guidelines on Conflict Management", "Head of Learning & Development",
    "People Services", "Communication skills module in OST 2025/26.", None, "In progress",
    ["H51"], "in_sync", "Same police powers 2021 communication-skills recommendation.")
row("HM065", "powers", "Nat Rec",
    "By July 2021 - comms skills reinforced in CPD; supervisors supported to debrief officers "
    "using BWV", "Head of Learning & Development", "People Services",
    "BWV debrief guidance issued to sergeants; CPD day delivered Oct 22.", None,
    "Complete", ["H52"], "closeable_submit", "Same police powers 2021 CPD / BWV-debrief "
                                            "recommendation.")
row("HM066", "powers", "Nat Rec",
    "By Sept 2021 - officers to record whole of S&S encounters on BWV (incl traffic stops & "
    "use of force); structured process to review & monitor sample of BWV footage to identify "
    "learning & hold officers to account", "ACC Local Policing", "Local Policing",
    "BWV policy updated. Monthly supervisor review of 10% sample.", None, "In progress",
    ["H53"], "conflict",
    "Same BWV recommendation, but the tracker row carries only the first two of its three "
    "parts: the third (external scrutiny panel access to BWV footage) is missing.")
row("HM067", "powers", "Nat Rec",
    "By July 2021 - effective internal monitoring of use of force to identify, understand & "
    "explain disproportionate use", "ACC Local Policing", "Local Policing",
    "Use of force dashboard reviewed at Stop Search & UoF Board.", D(2021, 12, 17), "Complete",
    ["H54"], "in_sync", "Same use-of-force monitoring recommendation.")
row("HM069", "peel2122", "CoC",
    "CoC: force lacks capacity/capability to investigate crime effectively - failings in "
    "investigations", "Det Ch Supt Force CID", "Crime & Justice",
    "Investigation Improvement Plan - Gold group monthly.", None, "In progress", ["H55"],
    "in_sync", "Same PEEL 2021/22 investigations cause of concern.")
row("HM070", "peel2122", "Rec",
    "Review officers' capabilities & capacity to manage investigative workload - understand "
    "demand & pressures (immediately)", "Det Ch Supt Force CID", "Crime & Justice",
    "Workload review complete, reported to FET 04/25. Evidence sent for closure.", None,
    "Submitted for closure", ["H56"], "closeable_submit",
    "Same PEEL 2021/22 investigative-workload recommendation.")
row("HM071", "peel2122", "AFI",
    "Regular & active supervision of quality and progress of investigations, properly "
    "recorded (within 6 months)", "Det Ch Supt Force CID", "Crime & Justice",
    "Supervisory review compliance 81% (Sep 26).", None, "In progress", ["H57"], "conflict",
    "Same supervision text, but the tracker types it 'AFI' while HMICFRS holds it as a "
    "Recommendation (under the cause of concern): the type disagrees.")
row("HM072", "peel2122", "AFI",
    "Performance framework to give senior leaders clear picture of VAWG response",
    "ACC Crime", "Crime & Justice", "VAWG performance framework drafted - with FET.", None,
    "Open", ["H58"], "closeable_local", "Same PEEL 2021/22 VAWG performance-framework AFI.")
row("HM073", "peel2122", "AFI",
    "Improve partnership working to safeguard people at risk from county lines",
    "Det Ch Supt Force CID", "Crime & Justice", "Op Orochi tasking with MPS; Project ADDER.",
    None, "In progress", ["H59"], "in_sync", "Same county-lines partnership AFI.")
row("HM074", "peel2122", "AFI",
    "Keep burglary victims informed of progress of their case (VCOP)", "ACC Local Policing",
    "Local Policing", "Victim update compliance 92% in Feb 24 audit.", None,
    "Complete", ["H60"], "closeable_submit", "Same residential-burglary victim-update AFI.")
row("HM075", "peel2122", "AFI",
    "Sufficient resources in control room to meet resourcing model & demand, taking account of "
    "workforce wellbeing", "Supt Contact Centre", "Contact & Control",
    "CMC uplift of 18 call handlers complete; wellbeing survey repeated. Sent to HMICFRS "
    "Jul 24.", None,
    "Submitted for closure", ["H61"], "closeable_submit", "Same control-room resourcing AFI.")
row("HM076", "peel2122", "AFI",
    "Review how we gather & use E&D data to understand workforce demographics",
    "Director of People", "People Services", "E&D data self-declaration campaign completed "
    "Nov 23.", None, "Complete", ["H62"], "in_sync", "Same equality-and-diversity-data AFI.")
row("HM076a", "peel2122", "AFI",
    "Training for officers & staff to identify & respond to HBA", "Ch Supt Public Protection",
    "Protecting Vulnerable People", "HBA e-learning launched; 71% completion.", None,
    "In progress", ["H69"], "in_sync", "Same PEEL 2021/22 honour-based-abuse training AFI.")
row("HM076b", "peel2122", "AFI",
    "Improve understanding of nature & scale of VAWG in Norfolk", "ACC Crime",
    "Crime & Justice", "VAWG problem profile commissioned from Analysis.", None, "In progress",
    ["H70"], "in_sync",
    "Same VAWG nature-and-scale AFI (not the VAWG performance-framework AFI two rows up).")
row("HM076c", "peel2122", "AFI",
    "Access to accurate data & analysis to support effective performance management",
    "Head of Corporate Development", "Corporate Services",
    "New Qlik performance app scoped; data quality group set up.", None, "Open", ["H71"],
    "in_sync", "Same performance-data AFI.")
row("HM077", "peel2122", "Local",
    "Internal audit action: Internal audit of the counter-corruption governance arrangements "
    "(audit plan 2023/24)", "Head of Professional Standards", "Professional Standards",
    "Audit fieldwork complete; 2 medium priority actions outstanding.", None, "In progress", [],
    "not_on_hmicfrs_list",
    "An internal-audit action kept in the tracker; not an HMICFRS item and not on the "
    "definitive list.")
row("HM078", "peel2324", "AFI",
    "Enough specialist capacity & capability to investigate online CSA (POLIT)",
    "Det Ch Supt Force CID", "Crime & Justice", "POLIT uplift business case to FET Dec 26.",
    None, "In progress", ["H63"], "in_sync", "Same PEEL 2023/24 online-CSA capacity AFI.")
row("HM079", "peel2324", "AFI",
    "Improve timeliness of response to calls involving people with mental ill health",
    "Supt Contact Centre", "Contact & Control", "RCRP phase 2 go-live planned.", None, "Open",
    ["H64"], "in_sync", "Same mental-ill-health call-response AFI.")
row("HM080", "peel2324", "AFI",
    "Stalking & harassment investigations allocated to officers with right skills & "
    "effectively supervised", "Ch Supt Public Protection", "Protecting Vulnerable People",
    "Stalking Clinic + SPOC per district. Audit shows 95% allocation to trained staff.",
    None, "Complete", ["H65"], "closeable_submit", "Same stalking-allocation AFI.")
row("HM081", "peel2324", "AFI",
    "Consistent use of ancillary orders & other powers to protect DA victims (DVPN/DVPO, "
    "DAPO)", "Ch Supt Public Protection", "Protecting Vulnerable People",
    "DAPO pilot live in Norwich since Nov 24.", None, "In progress", ["H67"], "in_sync",
    "Same DA ancillary-orders AFI.")
row("HM082", "peel2324", "AFI",
    "Problem-solving approach to ASB with communities & partners", "ACC Local Policing",
    "Local Policing", "Paused - awaiting Neighbourhood Policing review outcome.", None,
    "On hold", ["H68"], "in_sync", "Same ASB problem-solving AFI.")
row("HM082a", "peel2324", "AFI",
    "Understand nature & scale of fraud in Norfolk", "Det Ch Supt Force CID", "Crime & Justice",
    "Fraud problem profile due Q4.", None, "In progress", ["H72"], "in_sync",
    "Same PEEL 2023/24 fraud nature-and-scale AFI.")
row("HM082b", "peel2324", "AFI",
    "Keep RASSO victims updated on their case in line with VCOP", "Ch Supt Public Protection",
    "Protecting Vulnerable People", None, None, "Open", ["H73"], "in_sync",
    "Same RASSO victim-update AFI.")
row("HM082c", "peel2324", "AFI",
    "Improve management of risk posed by county lines offenders", "Det Ch Supt Force CID",
    "Crime & Justice", "County lines offenders now on IOM cohort.", None, "In progress",
    ["H74"], "in_sync",
    "Same county-lines offender-management AFI (not the 2021/22 county-lines partnership AFI).")
row("HM082d", "peel2324", "AFI",
    "Record hate crime reports accurately & without delay", "Force Crime Registrar",
    "Crime & Justice", "Hate crime audit Aug 25 - 98% compliant.", None, "Complete", ["H75"],
    "closeable_submit", "Same hate-crime recording AFI.")
row("HM082e", "peel2324", "AFI",
    "SOC analysis to inform strategic assessment & control strategy", "Head of Intelligence",
    "Intelligence", "SOC strategic assessment 2026 in draft.", None, "In progress", ["H76"],
    "closeable_local",
    "Same SOC strategic-assessment AFI (the separate SOC intelligence AFI on the list has no "
    "tracker row).")
row("HM082f", "peel2324", "AFI",
    "Evaluate knife crime prevention work & share what works", "ACC Local Policing",
    "Local Policing", None, None, "Open", ["H77"], "in_sync",
    "Same knife-crime prevention-evaluation AFI (the knife crime problem-profile row further "
    "down is the force's own action).")
row("HM082g", "peel2324", "AFI",
    "Stalking & harassment training for officers & staff", "Head of Learning & Development",
    "People Services", "Stalking module added to PDU syllabus.", None, "In progress", ["H78"],
    "in_sync", "Same stalking training AFI (not the stalking allocation AFI above).")
row("HM082h", "peel2324", "AFI",
    "Improve timeliness of response to DA calls for service", "Supt Contact Centre",
    "Contact & Control", "DA attendance times in monthly CMC pack.", None, "In progress",
    ["H79"], "in_sync",
    "Same DA call-response AFI (not the mental-ill-health call-response AFI above).")
row("HM082i", "peel2324", "AFI",
    "Specialist capacity & capability to investigate economic crime", "Det Ch Supt Force CID",
    "Crime & Justice", None, None, "Open", ["H80"], "in_sync",
    "Same economic-crime capacity AFI.")
row("HM082j", "peel2324", "AFI",
    "Problem-solving approach to rural crime with communities & partners (Op Randall)",
    "ACC Local Policing", "Local Policing", "Rural Crime Team problem-solving plans per "
    "district.", None, "In progress", ["H81"], "in_sync",
    "Same rural-crime problem-solving AFI (not the ASB one above).")
row("HM083", "peel2324", "Local",
    "Force improvement plan: Refresh the knife crime problem profile and add it to the control "
    "strategy", "Head of Intelligence", "Intelligence", None, None, "Open", [],
    "not_on_hmicfrs_list",
    "The force's own improvement-plan action added after PEEL 2023/24; not an HMICFRS item.")

# Renumber the force's refs in sheet order; a gap where rows were deleted as duplicates.
GAP_BEFORE = {"HM021", "HM031", "HM049", "HM058", "HM069", "HM077"}
_n = 0
for _t in T:
    _n += 2 if _t["given"] in GAP_BEFORE else 1
    _t["ref"] = f"HM{_n:03d}"

# --------------------------------------------------------------------------------------------
# Force position as a person reads it
# --------------------------------------------------------------------------------------------
DONE_WORDS = {"Complete", "Submitted for closure", "Closed - superseded"}
OPEN_WORDS = {"Open", "In progress", "On hold"}
HM_CLOSED = {"Complete", "Superseded", "No further action required"}


def force_state(t):
    if t["status"]:
        return "done" if t["status"] in DONE_WORDS else "open"
    return "done" if t["done"] else "open"


def fmt(d):
    return d.strftime("%d/%m/%Y")


def rag_shown(t):
    if t["rag_typed"]:
        return t["rag_typed"]
    return "BLUE" if t["done"] else "#REF!"


def force_reason(t):
    rag = rag_shown(t)
    st = t["status"]
    if st:
        s = f"Status '{st}'"
        if st in DONE_WORDS:
            s += " = force done"
        else:
            s += " = force open"
        if t["done"] and st in OPEN_WORDS:
            s += (f" (Date completed {fmt(t['done'])} and RAG BLUE are the original closure; "
                  "the update says it was re-opened and the manual Status is the current "
                  "position)")
        elif rag == "#REF!":
            s += (" (RAG shows #REF! only because the formula lost its Target date column; "
                  "the error says nothing about progress)")
        elif t["rag_typed"]:
            s += (f" (RAG '{rag}' was typed over the formula; per the legend GREEN means on "
                  "track, not complete)")
        return s
    if t["done"]:
        return (f"Status blank because it closed before the Status column (Apr 2021); Date "
                f"completed {fmt(t['done'])} and RAG BLUE = force done")
    if t["rag_typed"]:
        return (f"Status blank, no Date completed; RAG '{rag}' typed over the formula (AMBER = "
                "no target date in the legend) = force open")
    return ("Status blank and no Date completed (RAG #REF!): nothing records it done, so "
            "force open")


# --------------------------------------------------------------------------------------------
# Write the HMICFRS workbook
# --------------------------------------------------------------------------------------------
def props(wb, title):
    wb.set_properties({"title": title, "author": "", "company": "", "created": FIXED_CREATED})


def build_hmicfrs(path):
    rng = random.Random(202612070238)
    # IDs: a plain integer per record, rising with publication, unique across the register
    items = sorted(HM, key=lambda h: (REPORTS[h[1]][1], h[0]))
    ids = {}
    base = {}
    nid = 1480
    for h in items:
        rep = h[1]
        if rep not in base:
            nid += rng.randint(300, 900)
            base[rep] = nid
        nid += rng.randint(1, 6)
        ids[h[0]] = nid
    wb = xlsxwriter.Workbook(str(path))
    props(wb, "Definitive list - Norfolk Constabulary")
    ws = wb.add_worksheet("Definitive list")
    bold = wb.add_format({"bold": True, "font_size": 13})
    hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF",
                         "text_wrap": True, "valign": "top", "border": 1})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    cell = wb.add_format({"valign": "top", "border": 1})
    datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    ws.write(0, 0, "HMICFRS – Definitive list of recommendations and areas for improvement", bold)
    ws.write(1, 0, f"Force: {FORCE}")
    ws.write(1, 3, "Extracted:")
    ws.write_datetime(1, 4, dt.datetime.combine(EXTRACTED, dt.time()),
                      wb.add_format({"num_format": "dd/mm/yyyy", "align": "left"}))
    heads = ["Recommendation ID", "Force", "Report title", "Publication date", "Type",
             "Recommendation text", "Status", "Status last updated"]
    ws.write_row(3, 0, heads, hdr)
    rows = {}
    r = 4
    for h in items:
        key, rep, typ, text, status, sdate = h
        title, pub, _ = REPORTS[rep]
        ws.write_number(r, 0, ids[key], cell)
        ws.write_string(r, 1, FORCE, cell)
        ws.write_string(r, 2, title, wrap)
        ws.write_datetime(r, 3, dt.datetime.combine(pub, dt.time()), datef)
        ws.write_string(r, 4, typ, cell)
        ws.write_string(r, 5, text, wrap)
        ws.write_string(r, 6, status, cell)
        ws.write_datetime(r, 7, dt.datetime.combine(sdate, dt.time()), datef)
        rows[key] = f"Definitive list!{r + 1}"
        r += 1
    ws.set_column(0, 0, 12)
    ws.set_column(1, 1, 20)
    ws.set_column(2, 2, 40)
    ws.set_column(3, 3, 12)
    ws.set_column(4, 4, 22)
    ws.set_column(5, 5, 90)
    ws.set_column(6, 6, 24)
    ws.set_column(7, 7, 14)
    ws.freeze_panes(4, 0)
    ws.autofilter(3, 0, r - 1, len(heads) - 1)
    wb.close()
    return rows, ids


# --------------------------------------------------------------------------------------------
# Write the force workbook
# --------------------------------------------------------------------------------------------
STATUS_LIST = ["Open", "In progress", "On hold", "Submitted for closure", "Complete",
               "Closed - superseded"]


def excel_serial(d):
    return (d - D(1899, 12, 30)).days


def build_tracker(path):
    wb = xlsxwriter.Workbook(str(path))
    props(wb, "HMICFRS Recommendations Tracker")
    ws = wb.add_worksheet("HMICFRS Tracker")
    summ = wb.add_worksheet("Summary")
    log = wb.add_worksheet("Change log")
    lists = wb.add_worksheet("Lists")
    lists.hide()

    title = wb.add_format({"bold": True, "font_size": 14})
    note = wb.add_format({"italic": True, "font_color": "#595959"})
    hdr = wb.add_format({"bold": True, "bg_color": "#D9E1F2", "text_wrap": True,
                         "valign": "top", "border": 1})
    hdr_new = wb.add_format({"bold": True, "bg_color": "#FFF2CC", "text_wrap": True,
                             "valign": "top", "border": 1})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    cell = wb.add_format({"valign": "top", "border": 1})
    datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    ragf = wb.add_format({"valign": "top", "border": 1, "bold": True, "align": "center"})
    numf = wb.add_format({"num_format": "0", "valign": "top", "border": 1})

    ws.write(0, 0, "Norfolk Constabulary – HMICFRS Recommendations & AFIs Tracker", title)
    ws.write(1, 0, "Maintained by Strategic Planning & Risk (Organisational Learning). "
                   "Last updated 20/11/2026 for JAC December 2026.", note)
    ws.write(2, 0, "RAG calculates automatically – do not overtype.  BLUE = complete | GREEN = "
                   "on track | AMBER = no target date set | RED = past target date.   From "
                   "April 2021 please also select a Status from the drop-down.", note)
    heads = ["Ref", "Report", "Published", "Type", "Recommendation / AFI (summary)",
             "Lead Officer", "Portfolio", "Latest update", "Date completed", "RAG",
             "Status", "Days open"]
    HR = 3  # 0-based header row -> Excel row 4
    for c, h in enumerate(heads):
        ws.write(HR, c, h, hdr_new if h == "Status" else hdr)

    force_rows = {}
    r = HR + 1
    for t in T:
        xr = r + 1  # Excel row number
        if t["rep"] and t["rep"] in REPORTS:
            rep_name = t["rep_name"] or REPORTS[t["rep"]][2]
            pub = t["pub"] or REPORTS[t["rep"]][1]
        else:
            rep_name, pub = t["rep_name"], t["pub"]
        t["rep_name_out"], t["pub_out"] = rep_name, pub
        ws.write_string(r, 0, t["ref"], cell)
        ws.write_string(r, 1, rep_name, wrap)
        ws.write_datetime(r, 2, dt.datetime.combine(pub, dt.time()), datef)
        ws.write_string(r, 3, t["typ"], cell)
        ws.write_string(r, 4, t["text"], wrap)
        ws.write_string(r, 5, t["lead"], cell)
        ws.write_string(r, 6, t["port"], cell)
        if t["update"]:
            ws.write_string(r, 7, t["update"], wrap)
        else:
            ws.write_blank(r, 7, None, wrap)
        if t["done"]:
            ws.write_datetime(r, 8, dt.datetime.combine(t["done"], dt.time()), datef)
        else:
            ws.write_blank(r, 8, None, datef)
        # RAG: the formula that lost its Target date column (deleted March 2021)
        if t["rag_typed"]:
            ws.write_string(r, 9, t["rag_typed"], ragf)
        else:
            f = (f'=IF(I{xr}<>"","BLUE",IF(#REF!="","AMBER",'
                 f'IF(#REF!<TODAY(),"RED","GREEN")))')
            ws.write_formula(r, 9, f, ragf, "BLUE" if t["done"] else "#REF!")
        if t["status"]:
            ws.write_string(r, 10, t["status"], cell)
        else:
            ws.write_blank(r, 10, None, cell)
        end = t["done"] or SAVED
        ws.write_formula(r, 11, f'=IF(I{xr}<>"",I{xr}-C{xr},TODAY()-C{xr})', numf,
                         (end - pub).days)
        force_rows[id(t)] = f"HMICFRS Tracker!{xr}"
        r += 1
    last_item = r  # 0-based index of first row after items
    # blank row then a footnote row (not items)
    ws.write(last_item + 1, 0, "Note: items HM001-HM011 migrated from the old Access "
                               "recommendations database in January 2016; refs with gaps "
                               "are rows deleted as duplicates.", note)
    first_x, last_x = HR + 2, last_item  # Excel rows of first/last item
    # status drop-down and RAG conditional formats
    ws.data_validation(HR + 1, 10, last_item + 40, 10,
                       {"validate": "list", "source": "=Lists!$A$2:$A$7"})
    blue = wb.add_format({"bg_color": "#9BC2E6"})
    green = wb.add_format({"bg_color": "#A9D08E"})
    amber = wb.add_format({"bg_color": "#FFD966"})
    red = wb.add_format({"bg_color": "#FF7C80"})
    for word, fm in (("BLUE", blue), ("GREEN", green), ("AMBER", amber), ("RED", red)):
        ws.conditional_format(HR + 1, 9, last_item + 40, 9,
                              {"type": "cell", "criteria": "==", "value": f'"{word}"',
                               "format": fm})
    ws.set_column(0, 0, 8)
    ws.set_column(1, 1, 22)
    ws.set_column(2, 2, 11)
    ws.set_column(3, 3, 8)
    ws.set_column(4, 4, 60)
    ws.set_column(5, 6, 20)
    ws.set_column(7, 7, 45)
    ws.set_column(8, 8, 12)
    ws.set_column(9, 9, 8)
    ws.set_column(10, 10, 18)
    ws.set_column(11, 11, 9)
    ws.freeze_panes(HR + 1, 2)
    ws.autofilter(HR, 0, last_item - 1, len(heads) - 1)

    # Lists sheet
    lists.write(0, 0, "Status")
    for i, s in enumerate(STATUS_LIST):
        lists.write(i + 1, 0, s)

    # Summary sheet: formulas with cached values
    rng_k = f"'HMICFRS Tracker'!$K${first_x}:$K${last_x}"
    rng_j = f"'HMICFRS Tracker'!$J${first_x}:$J${last_x}"
    rng_i = f"'HMICFRS Tracker'!$I${first_x}:$I${last_x}"
    rng_a = f"'HMICFRS Tracker'!$A${first_x}:$A${last_x}"
    summ.write(0, 0, "HMICFRS tracker – summary for JAC", title)
    summ.write(2, 0, "By Status (from Apr 2021)", hdr)
    summ.write(2, 1, "Count", hdr)
    rr = 3
    for s in STATUS_LIST:
        n = sum(1 for t in T if t["status"] == s)
        summ.write(rr, 0, s, cell)
        summ.write_formula(rr, 1, f'=COUNTIF({rng_k},A{rr + 1})', cell, n)
        rr += 1
    nblank = sum(1 for t in T if not t["status"])
    summ.write(rr, 0, "(no status)", cell)
    summ.write_formula(rr, 1, f'=COUNTBLANK({rng_k})', cell, nblank)
    rr += 1
    summ.write(rr, 0, "Total items", hdr)
    summ.write_formula(rr, 1, f'=COUNTA({rng_a})', hdr, len(T))
    rr += 2
    summ.write(rr, 0, "By RAG", hdr)
    summ.write(rr, 1, "Count", hdr)
    rr += 1
    for word in ("BLUE", "GREEN", "AMBER", "RED"):
        n = sum(1 for t in T if rag_shown(t) == word)
        summ.write(rr, 0, word, cell)
        summ.write_formula(rr, 1, f'=COUNTIF({rng_j},"{word}")', cell, n)
        rr += 1
    nerr = sum(1 for t in T if rag_shown(t) == "#REF!")
    summ.write(rr, 0, "Errors (#REF!)", cell)
    summ.write_formula(rr, 1, f'=SUMPRODUCT(--ISERROR({rng_j}))', cell, nerr)
    rr += 2
    ndone = sum(1 for t in T if t["done"])
    summ.write(rr, 0, "% with a Date completed", cell)
    summ.write_formula(rr, 1, f'=COUNT({rng_i})/COUNTA({rng_a})',
                       wb.add_format({"num_format": "0%", "border": 1}), ndone / len(T))
    summ.set_column(0, 0, 28)
    summ.set_column(1, 1, 10)

    # Change log sheet
    log.write_row(0, 0, ["Date", "Change", "By"], hdr)
    entries = [
        (D(2016, 1, 14), "Tracker created; open items migrated from Access database (HM001-"
                         "HM011).", "J. Barker"),
        (D(2016, 1, 14), "RAG formula added: BLUE if Date completed, else from Target date "
                         "(AMBER none set / RED past / GREEN on track).", "J. Barker"),
        (D(2018, 5, 9), "Days open column added.", "J. Barker"),
        (D(2021, 3, 3), "Target date column deleted – HMICFRS no longer set target dates and "
                        "most were blank.", "R. Okafor"),
        (D(2021, 4, 12), "Status column added with drop-down (Lists tab). All open items given "
                         "a Status.", "R. Okafor"),
        (D(2023, 6, 1), "Portfolio column re-labelled to current FET portfolios.", "R. Okafor"),
        (D(2026, 11, 20), "Updated for JAC Dec 2026 following receipt of HMICFRS definitive "
                          "list (02/11/2026).", "L. Chen"),
    ]
    for i, (d, c, b) in enumerate(entries, start=1):
        log.write_datetime(i, 0, dt.datetime.combine(d, dt.time()),
                           wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"}))
        log.write_string(i, 1, c, wb.add_format({"text_wrap": True, "valign": "top"}))
        log.write_string(i, 2, b)
    log.set_column(0, 0, 12)
    log.set_column(1, 1, 80)
    log.set_column(2, 2, 12)
    ws.activate()
    wb.close()
    return force_rows, (first_x, last_x, last_item)


# --------------------------------------------------------------------------------------------
# README
# --------------------------------------------------------------------------------------------
def write_readme(lines, hrows, frows, ids, extent):
    first_x, last_x, last_item = extent
    F = {t["given"]: int(frows[id(t)].split("!")[1]) for t in T}
    R = {t["given"]: t["ref"] for t in T}
    H = {k: int(v.split("!")[1]) for k, v in hrows.items()}
    cats = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
            "not_on_hmicfrs_list", "review"]
    counts = {c: sum(1 for l in lines if l[2] == c) for c in cats}
    rag = {w: sum(1 for t in T if rag_shown(t) == w) for w in ("BLUE", "#REF!", "GREEN", "AMBER")}
    nostatus_date = sum(1 for t in T if not t["status"] and t["done"])
    nostatus_nodate = [t for t in T if not t["status"] and not t["done"]]
    hlast = max(H.values())

    def fr(g):
        return f"tracker row {F[g]} ({R[g]})"

    def hr(k):
        return f"list row {H[k]} (ID {ids[k]})"

    txt = f"""# Case `{CASE}`

## Story

Norfolk Constabulary's Strategic Planning & Risk team has kept one HMICFRS tracker workbook
since January 2016 (older items were migrated in from an Access database). Its **RAG column
is a formula**: `=IF(I<r><>"","BLUE",IF(Target="","AMBER",IF(Target<TODAY(),"RED","GREEN")))`.
In March 2021 the team deleted the "Target date" column (HMICFRS no longer set target dates)
and Excel rewrote every reference to it as `#REF!`. Since then the RAG cell evaluates to
**#REF!** on every row without a Date completed, and still shows **BLUE** where a Date
completed is filled (the first IF branch never reaches the broken reference). In April 2021
the team added a manual **Status** drop-down (Open / In progress / On hold / Submitted for
closure / Complete / Closed - superseded) and gave every *open* item a Status. Items closed
before then were never given one: they carry only a Date completed (and so a BLUE RAG). From
2022 staff mostly stopped filling Date completed and just chose "Complete" in Status, so most
recently closed items show #REF! too. The workbook's Change log sheet records both edits.

An analyst reconciles it with the HMICFRS definitive list extracted 02/11/2026, before the
December 2026 Joint Audit Committee.

## Files

- `hmicfrs.xlsx` — one sheet `Definitive list`. Row 1 title, row 2 "Force: Norfolk
  Constabulary" and "Extracted:" 02/11/2026, row 3 blank, **row 4 header**, rows 5–{hlast}
  items ({len(HM)} items). Columns: Recommendation ID (plain integer), Force, Report title,
  Publication date (real dates, dd/mm/yyyy), Type (Recommendation / Area for improvement /
  Cause of concern / National recommendation), Recommendation text (real wording, line
  breaks and bullets kept: `•` with and without spaces, the stray footnote digits "20" and
  "86"), Status (Awaiting review / Being progressed / Complete / Superseded / No further
  action required), Status last updated. Sorted by publication date. Autofilter, frozen header.
- `tracker.xlsx` — four sheets:
  - `HMICFRS Tracker`: rows 1–3 title, "maintained by" note and the RAG legend / instruction
    ("BLUE = complete | GREEN = on track | AMBER = no target date set | RED = past target
    date"); **row 4 header**; rows {first_x}–{last_x} items ({len(T)} rows); row {last_x + 1}
    blank; row {last_x + 2} a footnote. Columns: A Ref (the force's own running number
    HM001…, with gaps; not an HMICFRS reference), B Report (the force's own short names), C
    Published, D Type (Nat Rec / Rec / AFI / CoC / Local), E Recommendation / AFI (summary —
    the force's own abbreviated wording), F Lead Officer, G Portfolio, H Latest update, I Date
    completed, **J RAG (formula, cached value BLUE or the error #REF!)**, **K Status (manual,
    since April 2021; blank on items closed before then)**, L Days open (working formula,
    cached numbers, TODAY() = 20/11/2026).
  - `Summary`: COUNTIF/COUNTBLANK/SUMPRODUCT(ISERROR) formulas over the tracker with cached
    values (Status counts, RAG counts: BLUE {rag['BLUE']}, GREEN {rag['GREEN']}, AMBER
    {rag['AMBER']}, RED 0, errors {rag['#REF!']}). No items.
  - `Change log`: dated edits (column deleted 03/03/2021, Status added 12/04/2021). No items.
  - `Lists` (hidden): the Status drop-down values. No items.
  Every formula cell holds its last value: openpyxl `data_only=True` gives "BLUE" or the
  error string "#REF!" (data type `e`), pandas gives NaN for the error cells; the formula text
  (`…IF(#REF!="","AMBER",…`) is there for a reader that looks at formulas.
- `truth.csv` — UTF-8, one line per reconciliation item, {len(lines)} lines.

## What the layout brings

1. **RAG is not the force's position.** {rag['#REF!']} of {len(T)} item rows show #REF!,
   {rag['BLUE']} show BLUE, and two rows have a word typed over the formula (GREEN at
   {fr('HM054')}, AMBER at {fr('HM062')}). The error is an artefact of the deleted column and
   says nothing about progress.
2. **Status is the force's position where it is filled** (the manual column that replaced the
   RAG). Complete, Submitted for closure and Closed - superseded = done; Open, In progress and
   On hold = open.
3. **Blank Status + a Date completed = done**: the item was closed before April 2021, when the
   Status column did not yet exist ({nostatus_date} rows, all RAG BLUE).
4. **Blank Status and no Date completed = open**: nothing records it as done
   ({len(nostatus_nodate)} rows: {', '.join(f'{t["ref"]} row {F[t["given"]]}' for t in nostatus_nodate)}).
   Their updates read as unfinished ("update awaited", "chased 02/20", "query whether still
   live?", a backlog figure).
5. **Status beats a stale date**: {fr('HM049')} has Date completed 28/06/2019 (RAG BLUE) but
   Status "In progress"; its update says it was re-opened in June 2021 and the old date was
   left in. Force open.
6. **Status "Complete" with no date** (RAG #REF!): done, e.g. {fr('HM012')}, {fr('HM033')},
   {fr('HM050')}, {fr('HM074')}, {fr('HM080')}, {fr('HM082d')}.
7. **Typed-over RAG**: GREEN means "on track" in this workbook's legend, not complete
   ({fr('HM054')}, Status In progress → open); typed AMBER with no Status and no date
   ({fr('HM062')}) → open.
8. **Split items**: the missing-children recommendation ({hr('H23')}) is split over
   {fr('HM025')} and {fr('HM026')} (both done); the CDI victims recommendation ({hr('H26')})
   over rows {F['HM031']}–{F['HM033']} (all done, the last one only by Status); the Stolen
   freedom leadership recommendation ({hr('H29')}) over rows {F['HM036']}, {F['HM038']},
   {F['HM039']} — two BLUE parts and one "In progress", so the item is still open.
9. **One row, two items**: {fr('HM006')} covers two Policing in austerity recommendations
   ({hr('H06')} and {hr('H07')}); two truth lines.
10. Own report names and abbreviations (S&S, MSHT, RASSO, VAWG, BWV, CoP, ISAs, VCOP…),
    shortened texts, the force's own running refs, report-title cells per row.

## Traps and how the truth decides them

- RAG #REF! ignored everywhere; Status decides where filled, else Date completed.
- {fr('HM049')} BLUE + "In progress" → open; HMICFRS Being progressed → in_sync.
- {fr('HM039')} (Stolen freedom part d, "In progress") keeps the whole leadership item open
  although rows {F['HM036']} and {F['HM038']} are BLUE → all three lines in_sync with HMICFRS
  "Being progressed" (not closeable_submit).
- {fr('HM033')} (CDI part 3) "Complete" with #REF! completes the CDI item → all three lines
  closeable_submit.
- Blank-status-no-date rows are open: {fr('HM006')} (HMICFRS NFA → closeable_local ×2),
  {fr('HM047')} (HMICFRS Superseded → closeable_local), {fr('HM022')} (HMICFRS Being
  progressed → in_sync).
- "Closed - superseded" ({fr('HM058')}) is the force saying done → closeable_submit against
  HMICFRS "Being progressed".
- Conflicts: {fr('HM023')} filed under "PEEL Efficiency 2017" but the item is PEEL efficiency
  2016 ({hr('H21')}) — report; {fr('HM052')} "By July 2019" vs "By July 2018, and ongoing"
  ({hr('H41')}) — timescale; {fr('HM066')} carries two of the three BWV paragraphs
  ({hr('H53')}) — missing part; {fr('HM071')} typed AFI, HMICFRS Recommendation
  ({hr('H57')}) — type. A conflict is a conflict whatever the two statuses.
- Near-duplicates to keep apart: the two VAWG AFIs (rows {F['HM072']} and {F['HM076b']}), the
  two county-lines AFIs (rows {F['HM073']} and {F['HM082c']}), the two stalking AFIs (rows
  {F['HM080']} and {F['HM082g']}), the two call-response AFIs (rows {F['HM079']} and
  {F['HM082h']}), the two SOC AFIs (one tracked at row {F['HM082e']}, the intelligence one
  {hr('H66')} not tracked), the 2013 and 2015 stop-and-search community-scrutiny
  recommendations (rows {F['HM003']} and {F['HM011']}), the knife-crime AFI (row
  {F['HM082f']}) and the force's own knife-crime action (row {F['HM083']}).
- Not on the list: {fr('HM007')} (2014 CDI cautions/PNDs item HMICFRS no longer holds),
  {fr('HM046')} ("Local action"), {fr('HM077')} ("Internal audit action"), {fr('HM083')}
  ("Force improvement plan").
- Missing from the force: {hr('H08')} (austerity spending-round collaboration, NFA),
  {hr('H37')} (PEEL legitimacy 2017 cause of concern, Complete), {hr('H66')} (PEEL 2023/24
  SOC intelligence AFI, Awaiting review).
- No `review` lines: every pair is decided by report and wording.

## Counts

| category | lines |
|---|---|
""" + "".join(f"| {c} | {counts[c]} |\n" for c in cats) + f"""| **total** | **{len(lines)}** |

{len(HM)} HMICFRS items (all appear at least once), {len(T)} tracker item rows (all appear;
{fr('HM006')} twice).

## Rows that are not items

- `hmicfrs.xlsx` / Definitive list: rows 1 (title), 2 (force and extract date), 3 (blank),
  4 (header).
- `tracker.xlsx` / HMICFRS Tracker: rows 1 (title), 2 (maintained-by note), 3 (RAG legend and
  instruction), 4 (header), {last_x + 1} (blank), {last_x + 2} (footnote about migrated refs).
- `tracker.xlsx` sheets Summary (counts), Change log (edit history) and Lists (hidden
  drop-down values): no items.

## Checks run

- Every tracker item row ({first_x}–{last_x}) and every HMICFRS item row (5–{hlast}) appears
  in truth.csv; the split and two-item rows as described.
- Every HMICFRS text checked against the source lists (real_recommendations.csv,
  casegen/texts national/force lists: verbatim, or a real stem + real body; one real
  Bedfordshire text with the force name changed).
- The builder recomputes each non-conflict category from the stated rule (force: Status,
  else Date completed; HMICFRS open/closed; split items done only when all parts are) and
  asserts it equals the hand-assigned category.
- Both files read back with pandas (header=3) and openpyxl (formulas and `data_only=True`
  cached values: BLUE, #REF! as an error, typed GREEN/AMBER, Days open numbers, Summary
  counts).
- Two builds compared byte for byte (sha256 of all four files identical).
"""
    (OUT / "README.md").write_text(txt, encoding="utf-8")


# --------------------------------------------------------------------------------------------
def main():
    OUT.mkdir(parents=True, exist_ok=True)
    hrows, ids = build_hmicfrs(OUT / "hmicfrs.xlsx")
    frows, (first_x, last_x, last_item) = build_tracker(OUT / "tracker.xlsx")
    hm = {h[0]: h for h in HM}

    lines = []
    seen = set()
    for t in T:
        fs = force_state(t)
        for k in (t["hkeys"] or [None]):
            if k is None:
                why = (f"{t['note']} Force side: {force_reason(t)}; category "
                       "not_on_hmicfrs_list whatever its status.")
                lines.append(("", frows[id(t)], t["cat"], why))
                continue
            seen.add(k)
            hs = hm[k][4]
            hstate = "closed" if hs in HM_CLOSED else "open"
            # cross-check the hand-assigned category (conflicts and splits checked by hand)
            if t["cat"] != "conflict":
                parts = [u for u in T if k in u["hkeys"]]
                item_done = all(force_state(u) == "done" for u in parts)
                exp = {("open", False): "in_sync", ("closed", True): "in_sync",
                       ("open", True): "closeable_submit",
                       ("closed", False): "closeable_local"}[(hstate, item_done)]
                assert exp == t["cat"], (t["ref"], k, exp, t["cat"])
            why = f"ID {ids[k]}: {t['note']} Force side: {force_reason(t)}. "
            parts = [u for u in T if k in u["hkeys"]]
            if len(parts) > 1:
                nd = sum(1 for u in parts if force_state(u) == "done")
                why += (f"Split over {len(parts)} rows ({', '.join(u['ref'] for u in parts)}); "
                        f"{nd} of {len(parts)} done, so the item is "
                        f"{'done' if nd == len(parts) else 'still open'}. ")
            why += f"HMICFRS '{hs}' = {hstate}"
            if t["cat"] == "conflict":
                why += "; the disagreement above makes it a conflict whatever the statuses."
            else:
                why += f" -> {t['cat']}."
            lines.append((hrows[k], frows[id(t)], t["cat"], why))
    for h in sorted(HM, key=lambda h: int(hrows[h[0]].split("!")[1])):
        if h[0] in seen:
            continue
        why = (f"ID {ids[h[0]]} ({h[2]}, {REPORTS[h[1]][0]}), HMICFRS '{h[4]}': no tracker row "
               "covers it (searched by report and by wording) -> missing_from_force.")
        lines.append((hrows[h[0]], "", "missing_from_force", why))

    def sortkey(l):
        f = int(l[1].split("!")[1]) if l[1] else 10 ** 6
        h = int(l[0].split("!")[1]) if l[0] else 0
        return (f, h)

    lines.sort(key=sortkey)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)
    (OUT / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")
    write_readme(lines, hrows, frows, ids, (first_x, last_x, last_item))
    return lines, hrows, frows, ids, (first_x, last_x, last_item)


if __name__ == "__main__":
    main()
