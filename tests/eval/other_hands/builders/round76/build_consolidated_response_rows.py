"""Build the evaluation case `consolidated_response_rows` (round 76).

Lincolnshire Police's inspection liaison officer keeps one tracker row per *force response*:
where several HMICFRS items of one report are answered by one piece of work, the row holds
all of them, summarised in the force's own words in one cell. The HMICFRS side is the
definitive list extract (one row per register item).

Run:  /work/main/.venv/bin/python /tmp/indep76/build_consolidated_response_rows.py
Writes /tmp/indep76/consolidated_response_rows/{hmicfrs.xlsx,tracker.xlsx,truth.csv,README.md}
Deterministic: no clock, no randomness, fixed workbook properties.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import xlsxwriter

CASE = "consolidated_response_rows"
OUT = Path("/tmp/indep76") / CASE
FIXED = dt.datetime(2023, 9, 4, 9, 0, 0)

REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"
NAT = "National recommendation"

# --------------------------------------------------------------------------------------
# Reports on the HMICFRS side: key -> (title, publication date)
# --------------------------------------------------------------------------------------
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
    "cdi17": ("Crime data integrity inspection 2017", dt.date(2017, 9, 21)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24)),
    "efc17n": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9)),
    "efc17": ("PEEL: Police efficiency 2017", dt.date(2017, 11, 9)),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12)),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 19)),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
                 dt.date(2019, 5, 2)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26)),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
                 dt.date(2022, 5, 12)),
    "peel2324": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24",
                 dt.date(2023, 5, 25)),
}

AR, BP, CO, SU, NFA = ("Awaiting review", "Being progressed", "Complete", "Superseded",
                       "No further action required")
H_CLOSED = {CO, SU, NFA}

# --------------------------------------------------------------------------------------
# HMICFRS items: (register id, report key, type, text verbatim, status, status changed)
# Texts are literal copies of public HMICFRS wording (OGL); "{force}" filled as Lincolnshire.
# --------------------------------------------------------------------------------------
D = dt.date
ITEMS = [
    # Stop and search 2013
    (412, "sas13", NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.", AR, D(2013, 7, 10)),
    (413, "sas13", NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.",
     CO, D(2016, 2, 11)),
    (414, "sas13", NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.",
     CO, D(2016, 2, 11)),
    # Everyone's business
    (2321, "everyone", NAT,
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
     "scrutiny panels and MARAC self-assessments.", CO, D(2015, 6, 30)),
    # Policing in austerity
    (2688, "austerity", NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews",
     NFA, D(2017, 10, 17)),
    (2689, "austerity", NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.", NFA, D(2017, 10, 17)),
    (2690, "austerity", NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.", NFA, D(2017, 10, 17)),
    (2691, "austerity", NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there is "
     "scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.",
     NFA, D(2017, 10, 17)),
    # Core business
    (4822, "core", NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.", BP, D(2015, 4, 2)),
    (4823, "core", NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", BP, D(2015, 4, 2)),
    # Integrity matters
    (902, "integrity", NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     CO, D(2016, 1, 19)),
    # Stop and search 2
    (3120, "sas15", NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure that "
     "they comply with the Code of Practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example young people.",
     BP, D(2019, 3, 8)),
    # Building the picture
    (3388, "picture", NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure "
     "that categorisation of records are regularly adjusted.", CO, D(2018, 5, 22)),
    # Targeting the risk (firearms licensing)
    (3014, "firearms", NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", CO, D(2016, 9, 6)),
    (3015, "firearms", NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", BP, D(2016, 9, 6)),
    (3016, "firearms", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     AR, D(2015, 9, 16)),
    (3017, "firearms", NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     CO, D(2016, 9, 6)),
    (3018, "firearms", NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment which "
     "they should be undertaking in such circumstances, and their power, when appropriate, to "
     "seize firearms and firearm certificates.", BP, D(2016, 9, 6)),
    # PEEL effectiveness 2016 (force)
    (7012, "eff16", COC,
     "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
     "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
     "incidents does not provide confidence that risk is always assessed appropriately. In "
     "cases where a DASH risk assessment is not completed the officer should record an "
     "assessment on the crime management system. HMIC found that officers are not consistently "
     "completing a DASH in circumstances where force policy requires that they should do so. "
     "This means that some victims of domestic abuse who may be at risk of harm are not being "
     "appropriately risk-assessed.", CO, D(2018, 3, 27)),
    (7013, "eff16", REC,
     "To address this cause of concern, HMIC recommends the force should immediately take "
     "steps to ensure that there is effective supervision of the initial risk assessment "
     "process, specifically in relation to the completion of DASH risk assessment in "
     "appropriate cases.", CO, D(2018, 3, 27)),
    (7014, "eff16", COC,
     "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC "
     "found that the assessment of risk for children who go missing from home was inappropriate "
     "in some cases. We found some instances where children were classed as ‘absent’ when they "
     "should have been recorded as ‘missing’, and risk levels for missing children were "
     "sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a "
     "lower level and could have been exposed to an increased risk of harm.",
     BP, D(2018, 3, 27)),
    (7015, "eff16", REC,
     "To address this cause of concern the force should immediately review its approach to "
     "reports of missing children and take steps to ensure that:\n"
     "• call takers understand and use the missing and absent category appropriately; • call "
     "takers and frontline staff have the necessary knowledge to identify risk factors "
     "associated with child sexual exploitation and how to respond to such cases; and • "
     "supervisors provide the correct oversight of missing person enquiries and direct "
     "appropriate and timely investigative and safeguarding action", BP, D(2018, 3, 27)),
    (7016, "eff16", AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from child sexual exploitation.", AR, D(2017, 3, 3)),
    (7017, "eff16", AFI,
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to stalking and harassment.", CO, D(2019, 11, 14)),
    # Crime data integrity 2017 (force)
    (8101, "cdi17", REC,
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
     "to the victim or the wider public are identified and appropriately managed.",
     BP, D(2018, 4, 3)),
    (8102, "cdi17", REC,
     "Within three months, the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     CO, D(2018, 4, 3)),
    (8103, "cdi17", REC,
     "Immediately, the force should revise its approach to cautions, cannabis warning and "
     "penalty notices for disorder to ensure that there is a clear and auditable explanation to "
     "the offender of the implications of receiving the warning and that, for victim-based "
     "crimes, there is a clear and auditable record that views of the victim are considered "
     "prior to their issue.", BP, D(2018, 4, 3)),
    (8104, "cdi17", AFI,
     "The force should make sure it records reports of rape and serious sexual offences "
     "accurately and without delay.", AR, D(2017, 9, 22)),
    (8105, "cdi17", AFI,
     "The force should make sure it records reports of modern slavery and human trafficking "
     "accurately and without delay.", AR, D(2017, 9, 22)),
    # Stolen freedom
    (8210, "stolen", NAT,
     "Within twelve months, forces should review their leadership and governance arrangements "
     "for modern slavery and human trafficking, to ensure that:\n"
     "• senior leaders prioritise the response to modern slavery and human trafficking;\n"
     "• every incident of modern slavery identified to police is allocated appropriate "
     "resources with the skills, experience and capacity to investigate it effectively;\n"
     "• forces develop effective partnership arrangements to co-ordinate activity in order to "
     "share information and safeguard victims; and\n"
     "• performance and quality assurance measures are in place to allow senior leaders to "
     "assess the nature and quality of the service provided to victims.", BP, D(2018, 11, 1)),
    (8211, "stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible",
     CO, D(2019, 2, 12)),
    (8212, "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     BP, D(2018, 11, 1)),
    (8213, "stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", BP, D(2018, 11, 1)),
    (8214, "stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.", AR, D(2017, 10, 25)),
    (8215, "stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the "
     "use where appropriate of joint intelligence teams and other means to obtain intelligence "
     "and evidence from agencies overseas).", CO, D(2020, 1, 28)),
    (8216, "stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", BP, D(2018, 11, 1)),
    # PEEL efficiency 2017: national, then force
    (8402, "efc17n", NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.", CO, D(2019, 6, 18)),
    (8460, "efc17", AFI,
     "The force should ensure that it has sufficient resources available in the control room "
     "to fulfil its resourcing model, and so to meet its demand, while also taking into "
     "account the wellbeing of its workforce.", BP, D(2018, 6, 5)),
    (8461, "efc17", AFI,
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use "
     "of its resources by matching them to demand to meet the needs of the public",
     CO, D(2019, 1, 24)),
    (8462, "efc17", AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.", BP, D(2018, 6, 5)),
    # PEEL legitimacy 2017 national
    (8541, "leg17", COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", BP, D(2017, 12, 12)),
    (8542, "leg17", NAT,
     "By July 2018, all police forces across England and Wales should be regularly and "
     "frequently monitoring a comprehensive set of data and information on use of stop and "
     "search powers to understand:\n"
     "•the reasons for any disproportionate representation of different ethnic groups in the "
     "use of stop and search; •the extent to which find rates differ between people from "
     "different ethnicities, and across different types of searches (including separate "
     "identification of find rates for drug possession and supply-type offences); and •the "
     "prevalence of possession-only drug searches, and the extent to which these align with "
     "local or force level priorities.", BP, D(2018, 8, 2)),
    (8543, "leg17", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n"
     "•carried out research and analysis in an attempt to understand the reasons for the "
     "disparity, and •taken action to reduce the disparity, where necessary;",
     BP, D(2018, 8, 2)),
    (8544, "leg17", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", CO, D(2020, 7, 9)),
    (8545, "leg17", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers "
     "who use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", BP, D(2018, 8, 2)),
    # National child protection inspection 2018 (force)
    (8890, "ncpi18", REC,
     "Within six months Lincolnshire Police should, in conjunction with children’s social care "
     "services, review how it manages the detention of children. As a minimum it should:• "
     "ensure that all children are only detained when absolutely necessary and for the absolute "
     "minimum amount of time;• ensure that officers and staff in the custody suite assess at an "
     "early stage a child’s need for alternative accommodation (secure or otherwise) and work "
     "with children’s social care services to achieve the most appropriate option for the "
     "child;• ensure that custody staff comply with their statutory duties to complete "
     "detention certificates if a child is detained for any reason in police custody following "
     "charge;• ensure that custody staff make a record of all actions taken and decisions made "
     "on the relevant documentation; and• improve the timeliness of adequate appropriate adult "
     "support for children who are arrested.", BP, D(2019, 1, 15)),
    (8891, "ncpi18", AFI,
     "The force should make sure investigations of online child sexual abuse are allocated to "
     "officers with the right skills and are effectively supervised.", BP, D(2019, 1, 15)),
    (8892, "ncpi18", AFI,
     "The force should improve the way it manages the risk posed by offenders involved in "
     "sexual offences against children.", CO, D(2020, 3, 3)),
    (8893, "ncpi18", AFI,
     "The force should make sure victims of child sexual exploitation are kept informed about "
     "the progress of their case, in line with the Code of Practice for Victims of Crime.",
     SU, D(2022, 5, 12)),
    # PEEL 2018/19 (force)
    (9301, "peel1819", COC,
     "The force does not have the capacity or capability to investigate crime effectively and "
     "this is affecting the service being provided to the public. There are failings in the "
     "way that crimes are being investigated.", BP, D(2020, 2, 20)),
    (9302, "peel1819", REC,
     "HMIC recommends that the force should immediately: conduct a review of officers’ "
     "capabilities and capacity to manage their investigative workload, to better understand "
     "investigative demand and the pressures placed upon them; and", BP, D(2020, 2, 20)),
    (9303, "peel1819", REC,
     "HMIC recommends that within six months the force should: ensure regular and active "
     "supervision of the quality and progress of investigations. This supervision should be "
     "properly recorded;", BP, D(2020, 2, 20)),
    (9304, "peel1819", REC,
     "HMIC recommends that within six months the force should: improve its ability to retrieve "
     "digital evidence from mobile phones, computers and other electronic devices quickly "
     "enough to ensure investigations are not delayed;", CO, D(2021, 6, 29)),
    (9305, "peel1819", REC,
     "HMIC recommends that within six months the force should: improve its understanding of "
     "suspects released under investigation and the management of those released on bail;",
     AR, D(2019, 5, 3)),
    (9306, "peel1819", COC,
     "The size of the vetting backlog within Lincolnshire Police is a cause of concern.",
     CO, D(2021, 3, 16)),
    (9307, "peel1819", REC,
     "The force should ensure all staff have received at least the lowest level of vetting "
     "clearance for their roles as quickly as possible, working to clear both the vetting "
     "backlog and new vetting renewals when they become due so that it complies fully with the "
     "national vetting guidelines.", CO, D(2021, 3, 16)),
    (9308, "peel1819", AFI,
     "The force should improve its use of its crime-recording and management system to better "
     "manage its case files and investigative processes.", BP, D(2020, 2, 20)),
    (9309, "peel1819", AFI,
     "The force should improve its arrangements both to consult with the public about business "
     "planning and to feed back on changes made to service delivery as a result of such "
     "consultation.", BP, D(2020, 2, 20)),
    (9310, "peel1819", AFI,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate fraud.", AR, D(2019, 5, 3)),
    # Disproportionate use of police powers
    (10113, "powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     BP, D(2021, 9, 14)),
    (10114, "powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", BP, D(2021, 9, 14)),
    (10115, "powers", NAT,
     "By September 2021, forces should: ensure that officers record on body-worn video (when "
     "this is available) the entirety of all stop and search encounters, including traffic "
     "stops and use of force incidents.\n"
     "have a structured process for regularly reviewing and monitoring internally a sufficient "
     "sample of body-worn video footage to identify and disseminate learning and hold officers "
     "to account when behaviour falls below acceptable standards.\n"
     "provide external scrutiny panel members with access to samples of body-worn video footage "
     "showing stop and search encounters and use of force incidents, taking account of the "
     "safeguards in the College of Policing’s Authorised Professional Practice.",
     AR, D(2021, 2, 27)),
    (10116, "powers", NAT,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon "
     "as possible.", BP, D(2021, 9, 14)),
    (10117, "powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", BP, D(2021, 9, 14)),
    # PEEL 2021/22 (force)
    (10620, "peel2122", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "anti-social behaviour.", BP, D(2022, 11, 8)),
    (10621, "peel2122", AFI,
     "The force should make sure victims of domestic abuse are kept informed about the "
     "progress of their case, in line with the Code of Practice for Victims of Crime.",
     BP, D(2022, 11, 8)),
    (10622, "peel2122", AFI,
     "The force should improve its understanding of the nature and scale of county lines drug "
     "dealing in its area.", CO, D(2023, 4, 18)),
    (10623, "peel2122", AFI,
     "The force should make sure its analysis of serious and organised crime informs its "
     "strategic assessment and control strategy.", AR, D(2022, 5, 13)),
    (10624, "peel2122", AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns "
     "and that staff are aware of whistleblowing processes.", BP, D(2022, 11, 8)),
    (10625, "peel2122", AFI,
     "The force should review the support available for those who have raised concerns and "
     "take any action needed to make sure these provisions are suitable.", CO, D(2023, 4, 18)),
    # PEEL 2023/24 (force)
    (10931, "peel2324", AFI,
     "The force should make sure investigations of rape and serious sexual offences are "
     "allocated to officers with the right skills and are effectively supervised.",
     AR, D(2023, 5, 26)),
    (10932, "peel2324", AFI,
     "The force should improve how it gathers, assesses and acts on intelligence about "
     "counter-corruption.", AR, D(2023, 5, 26)),
    (10933, "peel2324", AFI,
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.", AR, D(2023, 5, 26)),
    (10934, "peel2324", AFI,
     "The force should specify in succession plans how it intends to improve diversity across "
     "all levels of the force. This should include offering increased direct-entry "
     "opportunities.", AR, D(2023, 5, 26)),
]

# Sort the definitive list by publication date, then register id (as the extract is sorted).
ITEMS.sort(key=lambda it: (REPORTS[it[1]][1], it[0]))
ITEM_BY_ID = {it[0]: it for it in ITEMS}

# --------------------------------------------------------------------------------------
# The force tracker.  Each entry is one sheet row. Kinds:
#   ("title", text) / ("note", text) / ("blank",) / ("header",) / ("banner", text)
#   ("item", dict) with keys: ref, refs, report, pub, type, summary, lead, update, status,
#        date, covers=[(hmicfrs id, clause quoted from the summary, conflict reason or None)]
#        covers=[] -> not on the HMICFRS list (with `why`).
# --------------------------------------------------------------------------------------
F_DONE = {"Complete", "Submitted for closure", "Closed"}
F_OPEN = {"Open - in progress", "Open - not started"}

NS = "All-force recs"
FS = "Force reports"
GS = "Guide"

HEAD = ["LP ref", "HMICFRS ref(s)", "Report", "Published", "Rec / AFI",
        "What we were asked to do (summary)", "Lead", "Action taken / latest update",
        "Position", "Date closed / submitted"]


def item(**kw):
    return ("item", kw)


NATIONAL_ROWS = [
    ("title", "LINCOLNSHIRE POLICE – HMICFRS ALL-FORCE (NATIONAL) RECOMMENDATIONS"),
    ("note", "Maintained by Strategic Development (Inspection Liaison). One row per force "
             "response – where one piece of work answers several recommendations they are "
             "summarised together. Reviewed at Organisational Learning Board."),
    ("header",),
    item(ref="N01", refs=None, report="Stop & Search powers (HMIC 2013)", pub="Jul 2013",
         type="Nat recs",
         summary="Monitor how officers use S&S so we are satisfied it is lawful (incl equality "
                 "legislation & Code) and effective, and explain S&S use to the public with "
                 "records scrutinised by community reps, involving young people who are "
                 "stopped.",
         lead="Supt Neighbourhood Policing",
         update="Quarterly S&S scrutiny panel in place with IAG; monitoring dashboard live. "
                "Youth panel members sit on the scrutiny group.",
         status="Closed", date=D(2016, 1, 28),
         covers=[(413, "'Monitor how officers use S&S ... lawful ... and effective'", None),
                 (414, "'explain S&S use to the public with records scrutinised by community "
                       "reps, involving young people'", None)]),
    item(ref="N02", refs=3120, report="Stop and Search 2 (2015)", pub="Mar 2015",
         type="Nat rec",
         summary="Explain S&S use to public & make arrangements for community scrutiny of S&S "
                 "records, in consultation with PCC (repeat of 2013 rec).",
         lead="Supt Neighbourhood Policing",
         update="Scrutiny panel terms of reference being refreshed with OPCC; new panel chair "
                "from Sept 2023.",
         status="Open - in progress", date=None,
         covers=[(3120, "whole row (ref 3120)", None)]),
    item(ref="N03", refs=2321, report="Everyone's Business (DA) 2014", pub="Mar 2014",
         type="Nat rec",
         summary="Publish a DA action plan by Sept 2014 – consult PCC, DA support orgs and "
                 "victims' reps; take account of all report recs, DHRs & IPCC findings, CPS "
                 "panels & MARAC self-assessments.",
         lead="Ch Supt Public Protection",
         update="DA action plan published on force website Sept 2014; refreshed annually.",
         status="Closed", date=D(2015, 6, 24),
         covers=[(2321, "whole row (ref 2321)", None)]),
    item(ref="N04", refs=None, report="Policing in Austerity 2014", pub="Jul 2014",
         type="Nat recs",
         summary="Recs 1-4: review savings plans so we keep reducing crime & protect the front "
                 "line (use VfM profiles); <20% of savings via collaboration – assess scope to "
                 "improve; front line workforce reductions – have we taken decisive action; "
                 "review collaboration plans for next spending round.",
         lead="Director of Finance",
         update="Addressed holistically as part of the force change programme (Lincs 2020) "
                "and the MTFP. Awaiting HMICFRS view.",
         status="Open - in progress", date=None,
         covers=[(2688, "'Recs 1-4' clause 1 'review savings plans ... protect the front line "
                        "(use VfM profiles)'", None),
                 (2689, "'Recs 1-4' clause 2 '<20% of savings via collaboration'",
                  "the figure differs: the row says '<20% of savings via collaboration', "
                  "HMICFRS 2689 says 'less than 10% of their savings through collaboration'"),
                 (2690, "'Recs 1-4' clause 3 'front line workforce reductions – decisive "
                        "action'", None),
                 (2691, "'Recs 1-4' clause 4 'review collaboration plans for next spending "
                        "round'", None)]),
    item(ref="N05", refs=4822, report="Core business", pub="Sep 2014", type="Nat rec",
         summary="Give call handlers clear criteria to assess threat, harm & risk (THRIVE) – "
                 "not later than 31/03/2015.",
         lead="Supt Contact Centre",
         update="THRIVE embedded in FCR from Jan 2015; audited by Contact Management QA team.",
         status="Complete", date=D(2015, 3, 19),
         covers=[(4822, "whole row (ref 4822)", None)]),
    item(ref="N06", refs=4823, report="Core business", pub="Sep 2014", type="Nat rec",
         summary="Record crime prevention / disruption activity systematically and evaluate "
                 "which tactics work.",
         lead="Head of Corporate Development",
         update="Disruption recording on Niche being piloted in East; evaluation framework "
                "drafted.",
         status="Open - in progress", date=None,
         covers=[(4823, "whole row (ref 4823)", None)]),
    item(ref="N07", refs=902, report="Integrity matters", pub="Jan 2015", type="Nat rec",
         summary="Satisfy ourselves that misconduct investigations ending in NFA are fair and "
                 "free of discrimination – by 31/08/2016.",
         lead="Head of Professional Standards",
         update="PSD dip-sample of NFA outcomes by protected characteristic; reported to "
                "Ethics Board.",
         status="Closed", date=D(2016, 1, 12),
         covers=[(902, "whole row (ref 902)",
                  "the deadline differs: the row says 'by 31/08/2016', HMICFRS 902 says 'By "
                  "31 August 2015'")]),
    item(ref="N08", refs=3388, report="Information management (Building the Picture)",
         pub="Jul 2015", type="Nat rec",
         summary="Scrutinise audits of compliance with IM APP through the IM governance "
                 "structure, incl regular adjustment of record categorisation.",
         lead="Head of Information Management",
         update="MoPI review backlog still being worked through; IM Board receives quarterly "
                "audit report.",
         status="Open - in progress", date=None,
         covers=[(3388, "whole row (ref 3388)", None)]),
    item(ref="N09", refs="3014/3015/3017",
         report="Targeting the Risk (Firearms Licensing) 2015", pub="Sep 2015",
         type="Nat recs",
         summary="FL governance assessed against APP and put right where not compliant; "
                 "demand on FEL dept assessed & capacity to meet it; temporary permits in line "
                 "with HO guidance and recorded straight away on NFLMS.",
         lead="Supt Firearms Licensing",
         update="Governance review signed off by ACC; FEL establishment increased by 2 FTE; "
                "temp permit process rewritten. Completed. Evidence submitted to HMICFRS for "
                "closure.",
         status="Complete", date=D(2016, 2, 9),
         covers=[(3014, "clause 1 'FL governance assessed against APP' (ref 3014)", None),
                 (3015, "clause 2 'demand on FEL dept assessed & capacity' (ref 3015)", None),
                 (3017, "clause 3 'temporary permits ... recorded on NFLMS' (ref 3017)",
                  None)]),
    item(ref="N10", refs=3016, report="Targeting the Risk (Firearms Licensing) 2015",
         pub="Sep 2015", type="Nat rec",
         summary="'Total expired' records – make sure all appropriate action is taken.",
         lead="Supt Firearms Licensing",
         update="Monthly report of expired certificates reviewed by FEL manager; 14 cases "
                "outstanding.",
         status="Open - in progress", date=None,
         covers=[(3016, "whole row (ref 3016)", None)]),
    item(ref="N11", refs=None, report="Stolen Freedom (MSHT) 2017", pub="Oct 2017",
         type="Nat recs",
         summary="• ISAs with partner agencies (6 months)\n• s45 defence considered early\n"
                 "• NRM compliance / duty to notify HO\n• NCRS compliance + FCR audit capacity",
         lead="Det Ch Supt Force CID",
         update="MSHT delivery plan owned by Det Supt Serious Crime. ISA with the local "
                "authorities signed. NRM first-responder training ongoing.",
         status="Open - in progress", date=None,
         covers=[(8211, "bullet 1 'ISAs with partner agencies (6 months)'", None),
                 (8212, "bullet 2 's45 defence considered early'", None),
                 (8213, "bullet 3 'NRM compliance / duty to notify HO'", None),
                 (8214, "bullet 4 'NCRS compliance + FCR audit capacity'", None)]),
    item(ref="N12", refs=8210, report="Stolen Freedom (MSHT) 2017", pub="Oct 2017",
         type="Nat rec",
         summary="Review MSHT leadership & governance: senior leaders prioritise; resources "
                 "with right skills for every incident; partnership arrangements; performance "
                 "& QA measures.",
         lead="Det Ch Supt Force CID",
         update="MSHT governance board chaired by ACC Crime since 2018; performance pack "
                "includes MSHT measures.",
         status="Complete", date=D(2019, 3, 1),
         covers=[(8210, "whole row (ref 8210)", None)]),
    item(ref="N13", refs="8215 & 8216", report="Stolen Freedom (MSHT) 2017", pub="Oct 2017",
         type="Nat recs",
         summary="MSHT allegations thoroughly investigated and supervised by skilled teams "
                 "(incl JITs / overseas evidence); review use of preventative powers "
                 "(STPOs/STROs).",
         lead="Det Ch Supt Force CID",
         update="All MSHT investigations now allocated to SOCU; STPO/STRO guidance issued and "
                "4 orders obtained in 2019.",
         status="Closed", date=D(2020, 1, 14),
         covers=[(8215, "clause 1 'MSHT allegations thoroughly investigated and supervised' "
                        "(ref 8215)", None),
                 (8216, "clause 2 'review use of preventative powers' (ref 8216)", None)]),
    item(ref="N14", refs=8402, report="PEEL Efficiency 2016 - national", pub="Nov 2016",
         type="Nat rec",
         summary="Produce an ambitious plan to improve digitally-enabled services (by Sept "
                 "2018).",
         lead="Head of Corporate Development",
         update="Digital Strategy 2018-21 approved by COG; national framework awaited from "
                "NPCC.",
         status="Closed", date=D(2019, 5, 30),
         covers=[(8402, "whole row (ref 8402)",
                  "the report differs: the row files it under 'PEEL Efficiency 2016 - "
                  "national' (Nov 2016), HMICFRS 8402 is PEEL: Police efficiency 2017 "
                  "(national overview), published 9 November 2017")]),
    item(ref="N15", refs=None, report="PEEL Legitimacy 2017 - national (stop and search)",
         pub="Dec 2017", type="Nat recs",
         summary="By July 2018 monitor S&S data (ethnic disproportionality, find rates incl "
                 "drugs, possession-only searches v priorities); where disparities found show "
                 "the public the research done and action taken; publish analysis & actions "
                 "at least annually.",
         lead="Supt Neighbourhood Policing",
         update="Disproportionality analysis published on website July 2019 and July 2020. "
                "Submitted to HMICFRS with evidence pack.",
         status="Submitted for closure", date=D(2020, 8, 3),
         covers=[(8542, "clause 1 'monitor S&S data (ethnic disproportionality, find rates, "
                        "possession-only searches)'", None),
                 (8543, "clause 2 'where disparities found show the public the research done "
                        "and action taken'", None),
                 (8544, "clause 3 'publish analysis & actions at least annually'", None)]),
    item(ref="N16", refs=8545, report="PEEL Legitimacy 2017 - national (stop and search)",
         pub="Dec 2017", type="Nat rec",
         summary="All officers who use S&S trained in unconscious bias and CoP APP on S&S "
                 "(by July 2018, ongoing).",
         lead="Head of Learning & Development",
         update="Included in officer safety training refresh; 71% of frontline trained.",
         status="Open - in progress", date=None,
         covers=[(8545, "whole row (ref 8545)", None)]),
    item(ref="N17", refs="10113, 10114", report="Police powers spotlight (Feb 21)",
         pub="Feb 2021", type="Nat recs",
         summary="Officers and staff to have effective communication skills in line with the "
                 "NPG on Conflict Management (by Jul 22), reinforced through CPD with "
                 "supervisors debriefing officers using BWV footage (by Jul 21).",
         lead="Head of Learning & Development",
         update="Conflict management module added to OST from April 2022; supervisor debrief "
                "guide drafted.",
         status="Open - in progress", date=None,
         covers=[(10113, "first half 'effective communication skills ... (by Jul 22)' "
                         "(ref 10113)", None),
                 (10114, "second half 'reinforced through CPD with supervisors debriefing "
                         "... BWV (by Jul 21)' (ref 10114)", None)]),
    item(ref="N18", refs=10115, report="Police powers spotlight (Feb 21)", pub="Feb 2021",
         type="Nat rec",
         summary="BWV: record the whole S&S encounter (incl traffic stops & UoF); structured "
                 "internal review of a sample of footage; scrutiny panel access to footage.",
         lead="Supt Neighbourhood Policing",
         update="BWV policy updated; monthly dip sample by sergeants; panel views footage "
                "each quarter. Ready to move to GREEN status.",
         status="Complete", date=D(2022, 2, 15),
         covers=[(10115, "whole row (ref 10115)", None)]),
    item(ref="N19", refs=10117, report="Police powers spotlight (Feb 21)", pub="Feb 2021",
         type="Nat rec",
         summary="Internal monitoring of use of force to identify & explain disproportionate "
                 "use and put improvements in place.",
         lead="ACC Local Policing",
         update="Awaiting allocation.",
         status="Open - not started", date=None,
         covers=[(10117, "whole row (ref 10117)", None)]),
    item(ref="N20", refs=None, report="Police powers spotlight (Feb 21)", pub="Feb 2021",
         type="Local",
         summary="Force action - Add stop and search measures to the monthly Force "
                 "Performance pack.",
         lead="Head of Corporate Development",
         update="Measures added from May 2021 pack.",
         status="Complete", date=D(2021, 5, 20),
         covers=[], why="Marked 'Force action' with type 'Local': the force's own action "
                        "under the Police powers report; no HMICFRS item asks for it and no "
                        "HMICFRS ref is given."),
    ("blank",),
    ("note", "Not tracked: S&S 2013 rec 1 (for CoP – APP specification) and Police powers "
             "rec on use-of-force data (for Home Office / NPCC) – national bodies, not for the "
             "force to deliver."),
]

FORCE_ROWS = [
    ("title", "LINCOLNSHIRE POLICE – HMICFRS FORCE INSPECTION RECOMMENDATIONS & AFIs"),
    ("header",),
    ("banner", "PEEL Effectiveness 2016 (published 2 March 2017)"),
    item(ref="F01", refs=None, report="PEEL Eff 16", pub="Mar 2017", type="CoC & Rec",
         summary="CoC & Rec (DA): DASH not consistently completed – effective supervision of "
                 "initial risk assessment / DASH completion in appropriate cases.",
         lead="C/Supt Bell",
         update="The Force Executive Team agreed on 25 July that we would risk-assess all DA "
                "incidents. The policy is now signed off and in place.",
         status="Closed", date=D(2018, 3, 20),
         covers=[(7012, "'CoC ... (DA): DASH not consistently completed'", None),
                 (7013, "'Rec ... effective supervision of initial risk assessment / DASH'",
                  None)]),
    item(ref="F02", refs=7015, report="PEEL Eff 16", pub="Mar 2017", type="Rec",
         summary="Missing children – call takers use missing/absent correctly; call takers & "
                 "frontline know CSE risk factors; supervisors oversee MisPer enquiries.",
         lead="Ch Supt Public Protection",
         update="Absent category withdrawn in line with APP; MisPer coordinator posts "
                "recruited.",
         status="Open - in progress", date=None,
         covers=[(7015, "whole row (ref 7015, the recommendation only)", None)]),
    item(ref="F03", refs=None, report="PEEL Eff 16", pub="Mar 2017", type="AFIs",
         summary="AFIs: partnership working to safeguard those at risk of CSE / officers & "
                 "staff trained to identify and respond to stalking & harassment.",
         lead="Ch Supt Public Protection",
         update="CSE partnership hub with county council being set up; S&H training "
                "delivered 2018-19.",
         status="Open - in progress", date=None,
         covers=[(7016, "first AFI 'partnership working to safeguard those at risk of CSE'",
                  None),
                 (7017, "second AFI 'trained to identify and respond to stalking & "
                        "harassment'", None)]),
    ("banner", "Crime Data Integrity 2017 (published 21 September 2017)"),
    item(ref="F04", refs=8101, report="CDI 2017", pub="Sep 2017", type="Rec",
         summary="Rec 1 – victims believed at point of report; accurate summaries of "
                 "conversations in incident log; multiple crimes always recorded; stop waiting "
                 "for medical / ABE results before recording decisions (6 months).",
         lead="Force Crime Registrar",
         update="Allocated to the Force Crime Registrar. Progress sent to the OPCC on 2 "
                "November to inform the 56-day response.",
         status="Open - in progress", date=None,
         covers=[(8101, "whole row (ref 8101)",
                  "a bullet is missing: the row lists four of the five bullets and leaves "
                  "out 'online reports of crime are triaged at the point of receipt'")]),
    item(ref="F05", refs=None, report="CDI 2017", pub="Sep 2017", type="Recs",
         summary="Recs 2 & 3: THR criteria for call handlers (3 months); cautions / CW / PND "
                 "– auditable explanation to offender and victim's views recorded before issue.",
         lead="Force Crime Registrar",
         update="THRIVE criteria reissued to FCR; OOCD policy rewritten and Niche form "
                "amended. Completed.",
         status="Complete", date=D(2018, 2, 27),
         covers=[(8102, "'Recs 2 & 3' first clause 'THR criteria for call handlers (3 "
                        "months)'", None),
                 (8103, "'Recs 2 & 3' second clause 'cautions / CW / PND – auditable "
                        "explanation ... victim's views'", None)]),
    item(ref="F06", refs=None, report="CDI 2017", pub="Sep 2017", type="AFI",
         summary="Make sure RASSO and MSHT crimes are recorded accurately and without delay.",
         lead="Force Crime Registrar",
         update=None,
         status="Open - not started", date=None,
         covers=[(8104, "'RASSO ... crimes are recorded accurately and without delay'", None),
                 (8105, "'MSHT crimes are recorded accurately and without delay'", None)]),
    ("banner", "PEEL Efficiency 2017 (published 9 November 2017)"),
    item(ref="F07", refs=8460, report="PEEL Efficiency 2017", pub="Nov 2017", type="AFI",
         summary="Control room resourcing – enough staff to meet the resourcing model and "
                 "demand, with regard to staff wellbeing.",
         lead="Supt Contact Centre",
         update="FCR establishment uplift of 12 call handlers complete; wellbeing plan in "
                "place.",
         status="Complete", date=D(2019, 4, 2),
         covers=[(8460, "whole row (ref 8460)", None)]),
    item(ref="F08", refs="8461/8462", report="PEEL Efficiency 2017", pub="Nov 2017",
         type="AFIs",
         summary="Better understanding of current and future demand; workforce plan aligned "
                 "to demand and budget (allocations, skills, behaviours) – both via FMS.",
         lead="Director of People",
         update="Demand work delivered through FMS 2018; workforce plan 2020-24 in draft.",
         status="Open - in progress", date=None,
         covers=[(8461, "clause 1 'understanding of current and future demand' (ref 8461)",
                  None),
                 (8462, "clause 2 'workforce plan aligned to demand and budget' (ref 8462)",
                  None)]),
    ("banner", "National Child Protection Inspection 2018 (published 19 June 2018)"),
    item(ref="F09", refs=8890, report="NCPI 2018", pub="Jun 2018", type="Rec",
         summary="Detention of children, with CSC: detain only when absolutely necessary; "
                 "early assessment of need for alternative accommodation; detention "
                 "certificates after charge; record all actions/decisions; timely AA support.",
         lead="Ch Insp Custody",
         update="Concordat on children in custody signed with county council; AA contract "
                "re-let. Pending sign off by the chief officer lead.",
         status="Submitted for closure", date=D(2023, 6, 30),
         covers=[(8890, "whole row (ref 8890)", None)]),
    item(ref="F10", refs=None, report="NCPI 2018", pub="Jun 2018", type="AFIs",
         summary="NCPI AFIs 1-3: OCSA investigations to skilled officers & supervised; "
                 "managing risk from CSA offenders; keep CSE victims updated (VCOP).",
         lead="Ch Supt Public Protection",
         update="POLIT capacity increased; RSO management reviewed; victim updates part of "
                "the Victims' Code compliance work.",
         status="Open - in progress", date=None,
         covers=[(8891, "'NCPI AFIs 1-3' clause 1 'OCSA investigations to skilled officers & "
                        "supervised'", None),
                 (8892, "'NCPI AFIs 1-3' clause 2 'managing risk from CSA offenders'", None),
                 (8893, "'NCPI AFIs 1-3' clause 3 'keep CSE victims updated (VCOP)'", None)]),
    ("banner", "PEEL 2018/19 (published 2 May 2019)"),
    item(ref="F11", refs="9301-9304", report="PEEL 2018/19", pub="May 2019",
         type="CoC/Recs",
         summary="CoC – investigative capacity & capability. Recs: review officers' "
                 "investigative workload & capacity; regular recorded supervision of "
                 "investigations; DFU backlog – faster retrieval of digital evidence.",
         lead="Det Ch Supt Force CID",
         update="Investigations improvement plan; workload review complete Nov 2019; "
                "supervision standards set; DFU triage kiosks in all hubs (2021).",
         status="Open - in progress", date=None,
         covers=[(9301, "'CoC – investigative capacity & capability' (ref range 9301-9304)",
                  None),
                 (9302, "'review officers' investigative workload & capacity'", None),
                 (9303, "'regular recorded supervision of investigations'", None),
                 (9304, "'DFU backlog – faster retrieval of digital evidence'", None)]),
    item(ref="F12", refs=9305, report="PEEL 2018/19", pub="May 2019", type="Rec",
         summary="RUI and bail – understand & manage suspects released under investigation "
                 "/ on bail.",
         lead="Head of Criminal Justice",
         update="RUI review team in place; bail management now on Niche workflow. Completed.",
         status="Complete", date=D(2021, 11, 9),
         covers=[(9305, "whole row (ref 9305)", None)]),
    item(ref="F13", refs=None, report="PEEL 2018/19", pub="May 2019", type="CoC & Rec",
         summary="Vetting backlog (CoC + rec) – all staff vetted to at least the lowest level "
                 "ASAP; clear backlog and renewals; comply with national vetting guidelines.",
         lead="Head of Professional Standards",
         update="Backlog cleared Dec 2020; renewals tracked monthly.",
         status="Closed", date=D(2021, 3, 2),
         covers=[(9306, "'Vetting backlog (CoC ...)'", None),
                 (9307, "'... + rec) – all staff vetted to at least the lowest level'",
                  None)]),
    item(ref="F14", refs=None, report="PEEL 2018/19", pub="May 2019", type="AFIs",
         summary="AFIs – better use of Niche to manage case files & investigations; consult "
                 "public on business planning and feed back changes.",
         lead="Head of Corporate Development",
         update="Niche case file module upgrade due 2024; 'You said, we did' page launched.",
         status="Open - in progress", date=None,
         covers=[(9308, "first AFI 'better use of Niche to manage case files & "
                        "investigations'", None),
                 (9309, "second AFI 'consult public on business planning and feed back "
                        "changes'", None)]),
    item(ref="F15", refs=None, report="PEEL 2018/19", pub="May 2019", type="Local",
         summary="Internal audit action: Internal audit of the vetting governance "
                 "arrangements (audit plan 2023/24)",
         lead="Head of Professional Standards",
         update="Audit fieldwork booked for Q3.",
         status="Open - not started", date=None,
         covers=[], why="'Internal audit action', type 'Local': an internal audit follow-up "
                        "the force added under PEEL 2018/19; the vetting CoC and rec are on "
                        "row F13 and HMICFRS holds nothing asking for an internal audit."),
    ("banner", "PEEL 2021/22 (published 12 May 2022)"),
    item(ref="F16", refs=10620, report="PEEL 21-22", pub="May 2022", type="Rec",
         summary="ASB – improve response times to calls for service.",
         lead="Supt Contact Centre",
         update="Demand review of ASB grading under way.",
         status="Open - in progress", date=None,
         covers=[(10620, "whole row (ref 10620)",
                  "the type differs: the row's Rec / AFI column says 'Rec', HMICFRS 10620 is "
                  "an Area for improvement")]),
    item(ref="F17", refs=10621, report="PEEL 21-22", pub="May 2022", type="AFI",
         summary="AFI 2 – DA victims kept updated on their case per the Victims' Code.",
         lead="Ch Supt Public Protection",
         update="VCOP compliance at 92% in April audit. Complete.",
         status="Complete", date=D(2023, 5, 3),
         covers=[(10621, "whole row (ref 10621)", None)]),
    item(ref="F18", refs=None, report="PEEL 21-22", pub="May 2022", type="AFIs",
         summary="AFIs 3 and 4: understand county lines in Lincolnshire / SOC analysis to "
                 "feed the strategic assessment and control strategy",
         lead="Head of Intelligence",
         update="County lines problem profile 2022; SOC strategic assessment refreshed and "
                "control strategy signed off.",
         status="Complete", date=D(2023, 1, 17),
         covers=[(10622, "'AFIs 3 and 4' first part 'understand county lines'", None),
                 (10623, "'AFIs 3 and 4' second part 'SOC analysis to feed the strategic "
                         "assessment and control strategy'", None)]),
    item(ref="F19", refs=None, report="PEEL 21-22", pub="May 2022", type="AFIs",
         summary="AFIs 5-6 – confidential reporting route & whistleblowing awareness; support "
                 "for those who raise concerns.",
         lead="Head of Professional Standards",
         update="Confidential reporting line relaunched; support offer under review with "
                "Staff Association.",
         status="Open - in progress", date=None,
         covers=[(10624, "'AFIs 5-6' first part 'confidential reporting route & "
                         "whistleblowing awareness'", None),
                 (10625, "'AFIs 5-6' second part 'support for those who raise concerns'",
                  None)]),
    ("banner", "PEEL 2023/24 (published 25 May 2023)"),
    item(ref="F20", refs=None, report="PEEL 2023/24", pub="May 2023", type="AFIs",
         summary="RASSO – skilled allocation + supervision.\nCounter-corruption intel.\n"
                 "E&D workforce data.",
         lead="ACC Crime",
         update="New report – leads allocated at COG 13/06/23.",
         status="Open - not started", date=None,
         covers=[(10931, "line 1 'RASSO – skilled allocation + supervision'", None),
                 (10932, "line 2 'Counter-corruption intel.'", None),
                 (10933, "line 3 'E&D workforce data.'", None)]),
    ("banner", "Older reports"),
    item(ref="F21", refs=None, report="PEEL Legitimacy 2015", pub="Feb 2016", type="AFI",
         summary="Code of Ethics embedded in supervision and PDRs.",
         lead="Director of People",
         update="PDR template includes Code of Ethics reflection. Complete.",
         status="Closed", date=D(2017, 4, 11),
         covers=[], why="PEEL Legitimacy 2015 AFI: no item of that report is on the HMICFRS "
                        "list and no HMICFRS item asks about the Code of Ethics in PDRs; an "
                        "older item HMICFRS no longer holds."),
]

GUIDE_ROWS = [
    "HMICFRS recommendations tracker – guide",
    "",
    "Position key:",
    "Open - not started: allocated, no work yet",
    "Open - in progress: work under way",
    "Complete: lead says done, evidence held, not yet sent to HMICFRS",
    "Submitted for closure: evidence sent to HMICFRS via the FLL",
    "Closed: HMICFRS agreed closure (or national rec closed)",
    "",
    "Where one action answers several HMICFRS items, they share one row and the summary "
    "names each of them.",
    "LP ref: N = all-force (national) recs, F = force inspection reports.",
]


# --------------------------------------------------------------------------------------
# Category decided by eye from the two statuses (conflicts stated per item above).
# --------------------------------------------------------------------------------------
def category(hstatus: str, fstatus: str, conflict: str | None) -> str:
    if conflict:
        return "conflict"
    h_closed = hstatus in H_CLOSED
    f_done = fstatus in F_DONE
    assert fstatus in F_DONE | F_OPEN, fstatus
    if h_closed == f_done:
        return "in_sync"
    return "closeable_submit" if f_done else "closeable_local"


def hrow_label(hrow: int) -> str:
    return f"Lincolnshire!{hrow}"


def build() -> None:
    OUT.mkdir(parents=True, exist_ok=True)

    # ---------------------------------------------------------------- HMICFRS side
    hpath = OUT / "hmicfrs.xlsx"
    wb = xlsxwriter.Workbook(str(hpath), {"strings_to_numbers": False})
    wb.set_properties({"title": "Recommendations held against Lincolnshire Police",
                       "author": "HMICFRS", "company": "HMICFRS", "created": FIXED})
    ws = wb.add_worksheet("Lincolnshire")
    bold = wb.add_format({"bold": True, "font_size": 12})
    hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF",
                         "text_wrap": True, "valign": "top", "border": 1})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    cell = wb.add_format({"valign": "top", "border": 1})
    dfmt = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    ws.write(0, 0, "HMICFRS – recommendations held against Lincolnshire Police", bold)
    ws.write(1, 0, f"Definitive list extract as at 04/09/2023 – {len(ITEMS)} items. Please "
                   "reconcile against force records and return to your Force Liaison Lead.")
    hcols = ["Reference", "Report", "Publication date", "Recommendation type",
             "Recommendation", "Status", "Status last changed"]
    for c, h in enumerate(hcols):
        ws.write(3, c, h, hdr)
    ws.set_column(0, 0, 11)
    ws.set_column(1, 1, 45)
    ws.set_column(2, 3, 16)
    ws.set_column(4, 4, 90)
    ws.set_column(5, 6, 18)
    ws.freeze_panes(4, 0)
    hrow_of: dict[int, int] = {}
    for i, (rid, rk, typ, text, st, sd) in enumerate(ITEMS):
        r = 4 + i
        hrow_of[rid] = r + 1  # Excel row number
        title, pub = REPORTS[rk]
        ws.write_number(r, 0, rid, cell)
        ws.write_string(r, 1, title, wrap)
        ws.write_datetime(r, 2, dt.datetime.combine(pub, dt.time()), dfmt)
        ws.write_string(r, 3, typ, cell)
        ws.write_string(r, 4, text, wrap)
        ws.write_string(r, 5, st, cell)
        ws.write_datetime(r, 6, dt.datetime.combine(sd, dt.time()), dfmt)
    ws.autofilter(3, 0, 3 + len(ITEMS), len(hcols) - 1)
    wb.close()

    # ---------------------------------------------------------------- force side
    tpath = OUT / "tracker.xlsx"
    wb = xlsxwriter.Workbook(str(tpath))
    wb.set_properties({"title": "HMICFRS recommendations tracker",
                       "author": "Inspection Liaison", "company": "Lincolnshire Police",
                       "created": FIXED})
    f_title = wb.add_format({"bold": True, "font_size": 14, "font_color": "#002060"})
    f_note = wb.add_format({"italic": True, "font_color": "#595959"})
    f_hdr = wb.add_format({"bold": True, "bg_color": "#D9E1F2", "text_wrap": True,
                           "valign": "top", "border": 1})
    f_banner = wb.add_format({"bold": True, "bg_color": "#FCE4D6", "border": 1})
    f_wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    f_cell = wb.add_format({"valign": "top", "border": 1})
    f_date = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    pos_fmt = {
        "Open - not started": wb.add_format({"valign": "top", "border": 1,
                                             "bg_color": "#FF9999"}),
        "Open - in progress": wb.add_format({"valign": "top", "border": 1,
                                             "bg_color": "#FFD966"}),
        "Complete": wb.add_format({"valign": "top", "border": 1, "bg_color": "#A9D08E"}),
        "Submitted for closure": wb.add_format({"valign": "top", "border": 1,
                                                "bg_color": "#9BC2E6"}),
        "Closed": wb.add_format({"valign": "top", "border": 1, "bg_color": "#BFBFBF"}),
    }

    g = wb.add_worksheet(GS)
    g.set_column(0, 0, 100)
    for r, t in enumerate(GUIDE_ROWS):
        if t:
            g.write_string(r, 0, t, f_title if r == 0 else None)

    truth: list[tuple[str, str, str, str]] = []
    nonitems: list[tuple[str, str]] = [(f"{GS}!{r + 1}", "guide sheet: " +
                                        ("title" if r == 0 else
                                         "status key / note" if t else "blank row"))
                                       for r, t in enumerate(GUIDE_ROWS)]
    covered_h: set[int] = set()

    for sname, rows in ((NS, NATIONAL_ROWS), (FS, FORCE_ROWS)):
        ws = wb.add_worksheet(sname)
        ws.set_column(0, 0, 7)
        ws.set_column(1, 1, 14)
        ws.set_column(2, 2, 26)
        ws.set_column(3, 4, 10)
        ws.set_column(5, 5, 70)
        ws.set_column(6, 6, 24)
        ws.set_column(7, 7, 50)
        ws.set_column(8, 8, 20)
        ws.set_column(9, 9, 14)
        header_row = None
        for r, row in enumerate(rows):
            xl = r + 1
            kind = row[0]
            if kind == "title":
                ws.write_string(r, 0, row[1], f_title)
                nonitems.append((f"{sname}!{xl}", "sheet title"))
            elif kind == "note":
                ws.write_string(r, 0, row[1], f_note)
                nonitems.append((f"{sname}!{xl}", "note (not an item)"))
            elif kind == "blank":
                nonitems.append((f"{sname}!{xl}", "blank row"))
            elif kind == "header":
                for c, h in enumerate(HEAD):
                    ws.write_string(r, c, h, f_hdr)
                header_row = r
                nonitems.append((f"{sname}!{xl}", "header row"))
            elif kind == "banner":
                ws.merge_range(r, 0, r, len(HEAD) - 1, row[1], f_banner)
                nonitems.append((f"{sname}!{xl}", "report banner row (merged A:J)"))
            else:
                d = row[1]
                ws.write_string(r, 0, d["ref"], f_cell)
                if d["refs"] is None:
                    ws.write_blank(r, 1, None, f_cell)
                elif isinstance(d["refs"], int):
                    ws.write_number(r, 1, d["refs"], f_cell)
                else:
                    ws.write_string(r, 1, d["refs"], f_cell)
                ws.write_string(r, 2, d["report"], f_wrap)
                ws.write_string(r, 3, d["pub"], f_cell)
                ws.write_string(r, 4, d["type"], f_cell)
                ws.write_string(r, 5, d["summary"], f_wrap)
                ws.write_string(r, 6, d["lead"], f_cell)
                if d["update"]:
                    ws.write_string(r, 7, d["update"], f_wrap)
                else:
                    ws.write_blank(r, 7, None, f_wrap)
                ws.write_string(r, 8, d["status"], pos_fmt[d["status"]])
                if d["date"]:
                    ws.write_datetime(r, 9, dt.datetime.combine(d["date"], dt.time()), f_date)
                else:
                    ws.write_blank(r, 9, None, f_date)
                frow = f"{sname}!{xl}"
                if not d["covers"]:
                    truth.append(("", frow, "not_on_hmicfrs_list", d["why"]))
                    continue
                n = len(d["covers"])
                for hid, clause, conflict in d["covers"]:
                    _, rk, typ, _, hst, _ = ITEM_BY_ID[hid]
                    cat = category(hst, d["status"], conflict)
                    covered_h.add(hid)
                    share = (f"Row {d['ref']} holds {n} HMICFRS items of this report; "
                             f"{clause} is {hid}." if n > 1 else
                             f"Row {d['ref']}: {clause} matches {hid}.")
                    state = (f"HMICFRS '{hst}', force '{d['status']}'")
                    if cat == "conflict":
                        why = f"{share} Conflict: {conflict}. ({state}.)"
                    elif cat == "in_sync":
                        why = f"{share} {state}: both " + (
                            "closed/done." if hst in H_CLOSED else "open.")
                    elif cat == "closeable_submit":
                        why = f"{share} {state}: force done, HMICFRS still open."
                    else:
                        why = f"{share} {state}: HMICFRS closed, force still open."
                    truth.append((hrow_label(hrow_of[hid]), frow, cat, why))
        assert header_row is not None
        ws.freeze_panes(header_row + 1, 0)
    wb.close()

    # HMICFRS items no force row holds
    MISSING_WHY = {
        412: "S&S 2013 rec 1 (College of Policing APP specification): row N01 names only "
             "the monitoring and public-explanation recs (413, 414); the note at the foot of "
             "the sheet says it is not tracked. Nobody owns it.",
        3018: "Firearms rec on identifying certificate holders before police attendance: N09 "
              "names refs 3014/3015/3017 and N10 3016; no row covers 3018.",
        7014: "PEEL Eff 2016 missing-children cause of concern: F02 carries ref 7015 and "
              "summarises the recommendation only (unlike F01, which names 'CoC & Rec'); the "
              "CoC itself is not tracked.",
        8541: "PEEL Legitimacy 2017 cause of concern (S&S not shown reasonable and fair): "
              "N15 summarises the three monitoring/publication recs and N16 the training rec; "
              "no row names the cause of concern.",
        9310: "PEEL 2018/19 AFI on specialist capacity to investigate fraud: F11-F14 cover "
              "9301-9309; no row mentions fraud.",
        10116: "Police powers rec to the Home Office and NPCC on use-of-force data: not in "
               "N17-N20; the sheet's foot note says it is not tracked.",
        10934: "PEEL 2023/24 AFI on succession plans and diversity: F20 lists three short "
               "summaries (RASSO, counter-corruption, E&D data); succession planning is not "
               "among them.",
    }
    for rid, rk, typ, text, hst, _ in ITEMS:
        if rid not in covered_h:
            truth.append((hrow_label(hrow_of[rid]), "", "missing_from_force",
                          f"{MISSING_WHY[rid]} (HMICFRS status '{hst}'.)"))
    assert set(MISSING_WHY) == {it[0] for it in ITEMS} - covered_h

    # sort truth by HMICFRS row then force row for readability
    def key(t):
        h = int(t[0].split("!")[1]) if t[0] else 10**6
        return (h, t[1])
    truth.sort(key=key)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)
    (OUT / "truth.csv").write_bytes(buf.getvalue().encode("utf-8"))

    counts: dict[str, int] = {}
    for t in truth:
        counts[t[2]] = counts.get(t[2], 0) + 1
    globals()["_COUNTS"] = counts
    globals()["_NONITEMS"] = nonitems
    globals()["_HROW"] = hrow_of
    write_readme(counts, nonitems, hrow_of, truth)


def frow_of(ref: str) -> str:
    for sname, rows in ((NS, NATIONAL_ROWS), (FS, FORCE_ROWS)):
        for r, row in enumerate(rows):
            if row[0] == "item" and row[1]["ref"] == ref:
                return f"{sname}!{r + 1}"
    raise KeyError(ref)


def write_readme(counts, nonitems, hrow_of, truth) -> None:
    n_force_items = sum(1 for rows in (NATIONAL_ROWS, FORCE_ROWS) for r in rows
                        if r[0] == "item")
    multi = [(rows_name, r[1]) for rows_name, rows in ((NS, NATIONAL_ROWS), (FS, FORCE_ROWS))
             for r in rows if r[0] == "item" and len(r[1]["covers"]) > 1]
    H = lambda i: f"Lincolnshire!{hrow_of[i]}"  # noqa: E731
    F = frow_of
    cat_order = ["in_sync", "closeable_submit", "closeable_local", "conflict",
                 "missing_from_force", "not_on_hmicfrs_list", "review"]
    lines = []
    A = lines.append
    A(f"# Case `{CASE}`")
    A("")
    A("## Story")
    A("")
    A("Lincolnshire Police's inspection liaison officer (Strategic Development) keeps the "
      "force's HMICFRS tracker as a list of *force responses*, not of HMICFRS items. When one "
      "piece of work answers several recommendations or AFIs of the same report, the officer "
      "keeps them in ONE row and summarises all of them, in the force's own shorthand, in the "
      "one summary cell: \"Recs 1-4: …; …; …\", \"CoC & Rec (DA): …\", a bulleted list, a "
      "sentence that covers two items, or a few short lines. Sometimes the HMICFRS register "
      "numbers are typed into a refs column (\"3014/3015/3017\", \"8461/8462\", \"9301-9304\", "
      "\"8215 & 8216\", \"10113, 10114\"), often not. Some summaries name fewer items than the "
      "report holds; the others were never tracked. HMICFRS has sent its definitive list "
      "(as at 4 September 2023) and the analyst must reconcile it before the Joint Audit "
      "Committee.")
    A("")
    A("## Files")
    A("")
    A(f"- `hmicfrs.xlsx` – one sheet `Lincolnshire`. Row 1 title, row 2 extract note, row 3 "
      f"blank, row 4 header (`Reference`, `Report`, `Publication date`, `Recommendation type`, "
      f"`Recommendation`, `Status`, `Status last changed`), item rows 5-{4 + len(ITEMS)} "
      f"({len(ITEMS)} items, 19 reports, sorted by publication date then reference). "
      "Reference is the register's integer id; dates are real Excel dates (dd/mm/yyyy); "
      "texts are verbatim HMICFRS wording with their bullets, curly quotes and stray "
      "footnote digits ('and 20', 'intelligence 86'). Types: National recommendation, "
      "Recommendation, Area for improvement, Cause of concern. Statuses: Awaiting review, "
      "Being progressed (open); Complete, Superseded, No further action required (closed). "
      "Autofilter on the header.")
    A(f"- `tracker.xlsx` – three sheets. `Guide` (status key, no items). `{NS}`: row 1 title, "
      f"row 2 note, row 3 header, item rows 4-{3 + sum(1 for r in NATIONAL_ROWS if r[0]=='item')}"
      f", then a blank row and a foot note. `{FS}`: row 1 title, row 2 header, then report "
      "banner rows (merged A:J, peach fill) each followed by that report's item rows. Both "
      "item sheets have the same ten columns: `LP ref` (the force's own running ref N01…, "
      "F01… – not an HMICFRS reference), `HMICFRS ref(s)` (blank, a number, or text such as "
      "`3014/3015/3017`), `Report` (the force's own report name), `Published` (text, "
      "'Jul 2014'), `Rec / AFI`, `What we were asked to do (summary)`, `Lead`, `Action taken "
      "/ latest update`, `Position`, `Date closed / submitted`. Position values: "
      "`Open - not started`, `Open - in progress` (open); `Complete`, `Submitted for "
      "closure`, `Closed` (done); each also coloured by fill. "
      f"{n_force_items} force item rows in all, {len(multi)} of them holding two to four "
      "HMICFRS items.")
    A("- `truth.csv` – `hmicfrs_row,force_row,category,why`, UTF-8, one line per "
      "reconciliation item. A force row that holds k HMICFRS items has k lines, all with the "
      "same `force_row`.")
    A("")
    A("## What the layout brings")
    A("")
    A("Rows that hold several HMICFRS items (one truth line per item):")
    A("")
    for sname, d in multi:
        ids = ", ".join(str(c[0]) for c in d["covers"])
        refs = d["refs"] if d["refs"] is not None else "(blank)"
        A(f"- `{F(d['ref'])}` ({d['ref']}, {d['report']}; refs column {refs}): holds "
          f"{ids}. Summary: \"{d['summary']}\"")
    A("")
    A("Forms used for the combined rows: clauses joined by semicolons (N09, F05, F08, F11); "
      "\"Recs 1-4:\" (N04), \"Recs 2 & 3:\" (F05), \"NCPI AFIs 1-3:\" (F10), \"AFIs 3 and "
      "4:\" (F18), \"AFIs 5-6\" (F19), \"CoC & Rec\" (F01), \"(CoC + rec)\" (F13); refs in "
      "the refs column `3014/3015/3017` (N09), `8215 & 8216` (N13), `10113, 10114` (N17), "
      "`8461/8462` (F08), `9301-9304` as a range (F11); one sentence covering two items "
      "(N01, N17, F06); a bulleted list in the cell with line breaks (N11); a few short lines "
      "with line breaks (F20); two clauses split by ' / ' (F03, F18).")
    A("")
    A("Summaries that name fewer items than the report holds (the rest are missing from the "
      "force):")
    A("")
    A(f"- S&S 2013 has 3 items; N01 (`{F('N01')}`) names 2. Rec 1 (412, `{H(412)}`) missing.")
    A(f"- Firearms 2015 has 5; N09 names 3 by ref, N10 the 4th; 3018 (`{H(3018)}`) missing.")
    A(f"- PEEL Legitimacy 2017 national has a CoC and 4 recs; N15 names 3, N16 the 4th; the "
      f"CoC 8541 (`{H(8541)}`) missing.")
    A(f"- PEEL Effectiveness 2016: F02 summarises the missing-children rec 7015 only; its CoC "
      f"7014 (`{H(7014)}`) missing (contrast F01, which names 'CoC & Rec').")
    A(f"- PEEL 2018/19 has 10 items; F11 (range 9301-9304), F12, F13, F14 cover 9; fraud AFI "
      f"9310 (`{H(9310)}`) missing.")
    A(f"- Police powers 2021 has 5; N17 (2), N18, N19 cover 4; the Home Office/NPCC rec 10116 "
      f"(`{H(10116)}`) missing.")
    A(f"- PEEL 2023/24 has 4 AFIs; F20 lists 3 short lines; 10934 (`{H(10934)}`) missing.")
    A("")
    A("## Traps and how the truth decides them")
    A("")
    A("- **Category per item, not per row.** A combined row has one Position, but its items "
      "have their own HMICFRS statuses, so the lines of one row differ: N09 (Complete) gives "
      "in_sync for 3014 and 3017 (HMICFRS Complete) and closeable_submit for 3015 (Being "
      "progressed); N11 (in progress) gives closeable_local for 8211 (Complete) and in_sync "
      "for 8212-8214; N13, N15, F03, F05, F08, F10, F11, F18, F19 likewise mix categories.")
    A("- **Conflict inside a combined row.** N04 holds the four Policing in austerity recs, "
      "all 'No further action required' on the HMICFRS side while the force row is still "
      "in progress: 2688, 2690, 2691 are closeable_local, but the row's second clause says "
      "'<20% of savings via collaboration' where rec 2689 says 'less than 10%' → conflict "
      "for 2689 only.")
    A("- **Other conflicts**: N07 (902) deadline 'by 31/08/2016' v 'By 31 August 2015'; N14 "
      "(8402) filed under 'PEEL Efficiency 2016 - national' / Nov 2016 though the ref and "
      "text are the 2017 national efficiency rec; F04 (8101) lists four of the five CDI "
      "bullets and drops the online-triage one; F16 (10620) typed 'Rec' in the Rec / AFI "
      "column against an HMICFRS Area for improvement.")
    A("- **Near-duplicate texts in other reports.** Core Business 4822 (THR criteria for "
      "call handlers, national) and CDI 2017 rec 8102 (the same ask, force-level, 'Within "
      "three months') are answered by different rows: N05 (ref 4822, Core business, "
      "Complete → closeable_submit, HMICFRS Being progressed) and F05 clause 1 (CDI 2017, "
      "in_sync). S&S 2013 rec 414 and S&S 2 (2015) rec 3120 are almost word for word the "
      "same; N01's second half (Stop & Search 2013) is 414, N02 (ref 3120, Stop and Search 2 "
      "(2015)) is 3120. Report names and refs decide.")
    A("- **Range ref.** F11's refs cell '9301-9304' means 9301, 9302, 9303, 9304 (the CoC and "
      "three recs its text names); 9305 (RUI) is its own row F12.")
    A("- **Numbered clauses.** 'Recs 2 & 3' (F05) are the CDI report's 2nd and 3rd "
      "recommendations (8102, 8103) – 8101 is Rec 1 on F04; 'NCPI AFIs 1-3' (F10) are the "
      "three AFIs after the NCPI recommendation; 'AFIs 3 and 4' / 'AFIs 5-6' follow the "
      "PEEL 2021/22 order (10620 … 10625); each clause's own words confirm the numbering.")
    A("- **Foot note that names items.** `All-force recs` last row says two national recs "
      "are not tracked; it is a note, not an item, and those two items are "
      "missing_from_force (HMICFRS still holds them against the force).")
    A("- **Force-only rows**: N20 (local performance-pack action), F15 (internal audit "
      "action), F21 (an old PEEL Legitimacy 2015 AFI HMICFRS no longer lists) → "
      "not_on_hmicfrs_list.")
    A("- **Superseded**: 8893 (NCPI AFI 3) is Superseded on the HMICFRS side; F10 is in "
      "progress → closeable_local.")
    A("- **Report banners** on `Force reports` are merged rows, not items; the `Report` "
      "column is filled on every item row anyway.")
    A("- `LP ref` (N01…, F21) is the force's running number, not an HMICFRS reference.")
    A("- No `review` lines: every pair is decided by the refs, the report and the clause "
      "wording.")
    A("")
    A("## Decisions a reader may question")
    A("")
    A("- 7014 and 8541 (causes of concern) are missing_from_force although a row deals with "
      "their recommendations (F02, N15/N16). The force's own habit decides: where it tracks "
      "a CoC it says so ('CoC & Rec' F01, 'CoC –' F11, '(CoC + rec)' F13); F02 carries only "
      "ref 7015 and type 'Rec', N15 names only the three monitoring/publication clauses.")
    A("- F04 (8101) is a conflict for a missing bullet although summaries elsewhere shorten "
      "freely: F04 enumerates the bullets one by one (four clauses for five bullets), so the "
      "dropped online-triage bullet reads as a gap, not as shorthand.")
    A("- N04: only 2689 is a conflict; the other three clauses of the same cell are "
      "closeable_local.")
    A("")
    A("## Counts")
    A("")
    A(f"- HMICFRS item rows: {len(ITEMS)}; force item rows: {n_force_items}; truth lines: "
      f"{len(truth)}.")
    for c in cat_order:
        A(f"- {c}: {counts.get(c, 0)}")
    A("")
    A("## Rows that are not items")
    A("")
    A("- `Lincolnshire!1` title, `Lincolnshire!2` extract note, `Lincolnshire!3` blank, "
      "`Lincolnshire!4` header.")
    for prov, why in nonitems:
        A(f"- `{prov}` – {why}")
    A("")
    A("## Checks run")
    A("")
    A("Run by `/tmp/indep76/check_consolidated_response_rows.py` (outside the case folder):")
    A("")
    A("- Every HMICFRS item row (5-%d) appears in truth.csv at least once; every force item "
      "row appears once, or once per HMICFRS item it holds (the number of truth lines per "
      "force row equals the number of refs/clauses it was built with); no non-item row "
      "appears; every category is one of the seven." % (4 + len(ITEMS)))
    A("- Both workbooks read back with pandas (`read_excel`, header=3 for `Lincolnshire`, "
      "header=2 for `All-force recs`, header=1 for `Force reports`) and with openpyxl; for "
      "every truth line the cell at its provenance was read with openpyxl and shows the "
      "intended item (HMICFRS `Reference`; force `LP ref`), and each force ref typed in the "
      "refs column is among the HMICFRS references its truth lines point to.")
    A("- Built twice; all four files identical byte for byte (sha256 compared).")
    (OUT / "README.md").write_bytes(("\n".join(lines) + "\n").encode("utf-8"))


if __name__ == "__main__":
    build()
    print("built", OUT, _COUNTS)
