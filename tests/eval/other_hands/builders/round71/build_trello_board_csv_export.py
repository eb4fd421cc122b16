"""Build the evaluation case `trello_board_csv_export` (round 71, case C).

Force side: a Trello board ("HMICFRS Recommendations - OL Tracker") kept by the
Organisational Learning team of Gloucestershire Constabulary, exported with Trello's
"Export as CSV" (one record per card, archived cards included, custom fields as extra
columns, multi-line Markdown descriptions). HMICFRS side: a plain register export (xlsx).

Run: /work/main/.venv/bin/python /tmp/indep71/build_trello_board_csv_export.py
Every file is rebuilt byte for byte on a second run (fixed seed, fixed properties).
"""

from __future__ import annotations

import csv
import io
import random
import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import xlsxwriter

CASE = "trello_board_csv_export"
OUT = Path("/tmp/indep71") / CASE
RNG = random.Random(7100371)
LONDON = ZoneInfo("Europe/London")
FORCE = "Gloucestershire Constabulary"

REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"
NAT = "National recommendation"

# ---------------------------------------------------------------------------------------
# HMICFRS register: real public wording (OGL), copied as literals.
# (id, report title, publication date, type, text, status, status date)
# ---------------------------------------------------------------------------------------
R_SAS13 = "Stop and search powers: Are the police using them effectively and fairly?"
R_EVERY = "Everyone's business: Improving the police response to domestic abuse"
R_AUST = "Policing in austerity: Meeting the challenge"
R_CORE = ("Core Business: an inspection into crime prevention, police attendance and the use "
          "of police time")
R_INTEG = ("Integrity matters: An inspection of arrangements to ensure integrity and to provide "
           "the capability to tackle corruption in policing")
R_SAS15 = "Stop and search powers 2: are the police using them effectively and fairly?"
R_FIRE = ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms "
          "licensing in police forces in England and Wales")
R_EFF16 = "PEEL: Police effectiveness 2016"
R_CDI17 = "Crime data integrity inspection 2017"
R_STOLEN = "Stolen freedom: the policing response to modern slavery and human trafficking"
R_EFC17 = "PEEL: Police efficiency 2017 (national overview)"
R_LEG17 = "PEEL: Police legitimacy 2017 (national overview)"
R_NCPI18 = "National child protection inspection 2018"
R_PEEL18 = "PEEL: Police effectiveness, efficiency and legitimacy 2018/19"
R_POWERS = ("Disproportionate use of police powers: A spotlight on stop and search and the use "
            "of force")
R_PEEL21 = "PEEL: Police effectiveness, efficiency and legitimacy 2021/22"
R_PEEL23 = "PEEL: Police effectiveness, efficiency and legitimacy 2023/24"

PUB = {
    R_SAS13: date(2013, 7, 9), R_EVERY: date(2014, 3, 27), R_AUST: date(2014, 7, 22),
    R_CORE: date(2014, 9, 4), R_INTEG: date(2015, 1, 30), R_SAS15: date(2015, 3, 24),
    R_FIRE: date(2015, 9, 15), R_EFF16: date(2017, 3, 2), R_CDI17: date(2017, 9, 7),
    R_STOLEN: date(2017, 10, 24), R_EFC17: date(2017, 11, 9), R_LEG17: date(2017, 12, 12),
    R_NCPI18: date(2018, 6, 21), R_PEEL18: date(2019, 5, 2), R_POWERS: date(2021, 2, 26),
    R_PEEL21: date(2022, 5, 19), R_PEEL23: date(2024, 5, 16),
}

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
NCPI_DETENTION = (
    "Within six months Gloucestershire Constabulary should, in conjunction with children’s "
    "social care services, review how it manages the detention of children. As a minimum it "
    "should:• ensure that all children are only detained when absolutely necessary and for the "
    "absolute minimum amount of time;• ensure that officers and staff in the custody suite "
    "assess at an early stage a child’s need for alternative accommodation (secure or "
    "otherwise) and work with children’s social care services to achieve the most appropriate "
    "option for the child;• ensure that custody staff comply with their statutory duties to "
    "complete detention certificates if a child is detained for any reason in police custody "
    "following charge;• ensure that custody staff make a record of all actions taken and "
    "decisions made on the relevant documentation; and• improve the timeliness of adequate "
    "appropriate adult support for children who are arrested."
)
MISSING_CHILDREN = (
    "Within three months, the force should review its approach to reports of missing children "
    "and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately;\n"
    "• call takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and\n"
    "• supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action."
)
DA_COC = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed."
)

HM_ITEMS: list[tuple[int, str, str, str, str, date]] = [
    # id, report, type, text, status, status date
    (1104, R_SAS13, NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. "
     "This should be compliant with the Code of Practice.",
     "No further action required", date(2015, 6, 2)),
    (1105, R_SAS13, NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance "
     "with the law (including equality legislation and the Code of Practice), and that the "
     "power is used effectively to prevent crime, catch criminals and maintain public trust.",
     "Complete", date(2016, 4, 18)),
    (1106, R_SAS13, NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and "
     "search powers are used in their areas and by making arrangements for stop and search "
     "records to be scrutinised by community representatives. This should be done in a way "
     "that involves those people who are stopped and searched, for example, young people.",
     "Complete", date(2016, 4, 18)),
    (2321, R_EVERY, NAT, EVERYONE_PLAN, "Complete", date(2016, 11, 3)),
    (3010, R_AUST, NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure "
     "they are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews",
     "No further action required", date(2017, 10, 20)),
    (3011, R_AUST, NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.",
     "No further action required", date(2017, 10, 20)),
    (3012, R_AUST, NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.",
     "No further action required", date(2017, 10, 20)),
    (3013, R_AUST, NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there "
     "is scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.",
     "No further action required", date(2017, 10, 20)),
    (4822, R_CORE, NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that "
     "have not yet done so, should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     "Superseded", date(2017, 3, 2)),
    (4823, R_CORE, NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.",
     "Being progressed", date(2023, 7, 11)),
    (5120, R_INTEG, NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     "Complete", date(2016, 9, 27)),
    (5310, R_SAS15, NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure "
     "that they comply with the Code of Practice by explaining to the public the way stop and "
     "search powers are used in their areas and by making arrangements for stop and search "
     "records to be scrutinised by community representatives. This should be done in a way "
     "that involves those people who are stopped and searched, for example young people.",
     "Being progressed", date(2024, 2, 8)),
    (7718, R_FIRE, NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.",
     "Complete", date(2017, 5, 15)),
    (7719, R_FIRE, NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.",
     "Complete", date(2017, 5, 15)),
    (7720, R_FIRE, NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     "Being progressed", date(2023, 9, 4)),
    (7721, R_FIRE, NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     "Awaiting review", date(2024, 8, 12)),
    (7722, R_FIRE, NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment "
     "which they should be undertaking in such circumstances, and their power, when "
     "appropriate, to seize firearms and firearm certificates.",
     "Being progressed", date(2023, 9, 4)),
    (8790, R_EFF16, COC, DA_COC, "Being progressed", date(2024, 3, 19)),
    (8791, R_EFF16, REC,
     "To address this cause of concern, HMIC recommends the force should immediately take "
     "steps to ensure that there is effective supervision of the initial risk assessment "
     "process, specifically in relation to the completion of DASH risk assessment in "
     "appropriate cases.",
     "Being progressed", date(2024, 3, 19)),
    (9010, R_CDI17, REC, CDI_VICTIMS, "Being progressed", date(2024, 7, 30)),
    (9011, R_CDI17, REC,
     "Immediately, the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     "Complete", date(2020, 2, 14)),
    (9012, R_CDI17, REC,
     "Within three months, the force should improve its use of its crime-recording and "
     "management system to better manage its case files and investigative processes.",
     "Being progressed", date(2023, 11, 2)),
    (9013, R_CDI17, REC,
     "HMIC recommends that within six months the force should: take steps to ensure it fully "
     "complies with national crime recording standard (NCRS) requirements for offences "
     "identified as modern slavery and human trafficking;",
     "Being progressed", date(2023, 11, 2)),
    (9014, R_CDI17, AFI,
     "The force should make sure it records reports of rape and serious sexual offences "
     "accurately and without delay.",
     "Being progressed", date(2023, 11, 2)),
    (9015, R_CDI17, AFI,
     "The force should make sure it records reports of hate crime accurately and without "
     "delay.",
     "Awaiting review", date(2017, 9, 7)),
    (9101, R_STOLEN, NAT, SF_LEADERSHIP, "Being progressed", date(2024, 1, 22)),
    (9102, R_STOLEN, NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible",
     "Being progressed", date(2024, 1, 22)),
    (9103, R_STOLEN, NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     "Complete", date(2024, 6, 3)),
    (9104, R_STOLEN, NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.",
     "Complete", date(2019, 8, 9)),
    (9105, R_STOLEN, NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps "
     "in its crime-recording accuracy for these types of offences.",
     "Being progressed", date(2024, 1, 22)),
    (9106, R_STOLEN, NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the "
     "use where appropriate of joint intelligence teams and other means to obtain intelligence "
     "and evidence from agencies overseas).",
     "Being progressed", date(2024, 1, 22)),
    (9107, R_STOLEN, NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.",
     "Awaiting review", date(2017, 10, 24)),
    (9230, R_EFC17, NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.",
     "Superseded", date(2024, 2, 9)),
    (9301, R_LEG17, COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.",
     "Being progressed", date(2023, 5, 30)),
    (9302, R_LEG17, NAT, SAS_MONITORING_2017, "Being progressed", date(2023, 5, 30)),
    (9303, R_LEG17, NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n"
     "•carried out research and analysis in an attempt to understand the reasons for the "
     "disparity, and •taken action to reduce the disparity, where necessary;",
     "Being progressed", date(2023, 5, 30)),
    (9304, R_LEG17, NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.",
     "Being progressed", date(2023, 5, 30)),
    (9305, R_LEG17, NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers "
     "who use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.",
     "Complete", date(2021, 4, 14)),
    (9410, R_NCPI18, REC, NCPI_DETENTION, "Being progressed", date(2023, 10, 5)),
    (9411, R_NCPI18, REC, MISSING_CHILDREN, "Complete", date(2024, 9, 17)),
    (9620, R_PEEL18, COC,
     "The force does not have the capacity or capability to investigate crime effectively and "
     "this is affecting the service being provided to the public. There are failings in the "
     "way that crimes are being investigated.",
     "Being progressed", date(2024, 4, 25)),
    (9621, R_PEEL18, REC,
     "HMIC recommends that the force should immediately: conduct a review of officers’ "
     "capabilities and capacity to manage their investigative workload, to better understand "
     "investigative demand and the pressures placed upon them; and",
     "Being progressed", date(2024, 4, 25)),
    (9622, R_PEEL18, REC,
     "HMIC recommends that within six months the force should: ensure regular and active "
     "supervision of the quality and progress of investigations. This supervision should be "
     "properly recorded;",
     "Being progressed", date(2024, 4, 25)),
    (9623, R_PEEL18, REC,
     "HMIC recommends that within six months the force should: improve its ability to "
     "retrieve digital evidence from mobile phones, computers and other electronic devices "
     "quickly enough to ensure investigations are not delayed;",
     "Being progressed", date(2024, 4, 25)),
    (9624, R_PEEL18, REC,
     "HMIC recommends that within six months the force should: improve its understanding of "
     "suspects released under investigation and the management of those released on bail;",
     "Complete", date(2022, 5, 19)),
    (9625, R_PEEL18, AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.",
     "Superseded", date(2022, 5, 19)),
    (10150, R_POWERS, NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This "
     "should be in addition to existing training on conflict management and de-escalation.",
     "Being progressed", date(2024, 6, 20)),
    (10151, R_POWERS, NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.",
     "Complete", date(2023, 1, 12)),
    (10152, R_POWERS, NAT, BWV_2021, "Being progressed", date(2024, 6, 20)),
    (10153, R_POWERS, NAT,
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon "
     "as possible.",
     "Being progressed", date(2021, 2, 26)),
    (10154, R_POWERS, NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.",
     "Awaiting review", date(2021, 2, 26)),
    (10601, R_PEEL21, AFI,
     "The force should improve its understanding of the nature and scale of fraud in its area.",
     "Superseded", date(2024, 5, 16)),
    (10602, R_PEEL21, AFI,
     "The force should make sure investigations of stalking and harassment are allocated to "
     "officers with the right skills and are effectively supervised.",
     "Complete", date(2024, 5, 16)),
    (10603, R_PEEL21, AFI,
     "The force should make sure victims of domestic abuse are kept informed about the "
     "progress of their case, in line with the Code of Practice for Victims of Crime.",
     "Superseded", date(2024, 5, 16)),
    (10604, R_PEEL21, AFI,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate online child sexual abuse.",
     "Being progressed", date(2023, 8, 1)),
    (10605, R_PEEL21, AFI,
     "The force should improve the way it manages the risk posed by offenders involved in "
     "county lines drug dealing.",
     "Being progressed", date(2023, 8, 1)),
    (10606, R_PEEL21, AFI,
     "The force should develop a problem-solving approach to anti-social behaviour, working "
     "with local communities and partners.",
     "Complete", date(2024, 5, 16)),
    (10607, R_PEEL21, AFI,
     "The force should make sure its performance framework gives senior leaders a clear "
     "picture of its response to violence against women and girls.",
     "Being progressed", date(2023, 8, 1)),
    (10608, R_PEEL21, AFI,
     "The force should ensure that it has sufficient resources available in the control room "
     "to fulfil its resourcing model, and so to meet its demand, while also taking into "
     "account the wellbeing of its workforce.",
     "Being progressed", date(2023, 8, 1)),
    (10901, R_PEEL23, AFI,
     "The force should improve its understanding of the nature and scale of fraud in its area.",
     "Being progressed", date(2024, 9, 12)),
    (10902, R_PEEL23, AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from child sexual exploitation.",
     "Awaiting review", date(2024, 5, 16)),
    (10903, R_PEEL23, AFI,
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to honour-based abuse.",
     "Awaiting review", date(2024, 5, 16)),
    (10904, R_PEEL23, AFI,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of stalking and harassment.",
     "Being progressed", date(2024, 9, 12)),
    (10905, R_PEEL23, AFI,
     "The force should make sure its analysis of serious and organised crime informs its "
     "strategic assessment and control strategy.",
     "Being progressed", date(2024, 9, 12)),
    (10906, R_PEEL23, COC,
     "The size of the vetting backlog within Gloucestershire Constabulary is a cause of "
     "concern.",
     "Being progressed", date(2024, 9, 12)),
    (10907, R_PEEL23, REC,
     "Within six months Gloucestershire Constabulary should ensure all staff have received at "
     "least the lowest level of vetting clearance for their roles as quickly as possible, "
     "working to clear both the vetting backlog and new vetting renewals when they become due "
     "so that it complies fully with the national vetting guidelines.",
     "Being progressed", date(2024, 9, 12)),
    (10908, R_PEEL23, AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "people with mental ill health.",
     "Awaiting review", date(2024, 5, 16)),
    (10909, R_PEEL23, AFI,
     "The force should review its approach to rape and serious sexual offences to make sure "
     "victims receive a consistently good service.",
     "Awaiting review", date(2024, 5, 16)),
    (10910, R_PEEL23, AFI,
     "The force should evaluate its work to prevent knife crime and share what works across "
     "the force.",
     "Being progressed", date(2024, 9, 12)),
    (10911, R_PEEL23, AFI,
     "The force should make sure victims of domestic abuse are kept informed about the "
     "progress of their case, in line with the Code of Practice for Victims of Crime.",
     "Awaiting review", date(2024, 5, 16)),
]

# ---------------------------------------------------------------------------------------
# The Trello board
# ---------------------------------------------------------------------------------------
BOARD = "HMICFRS Recommendations – OL Tracker"
L_INFO = "📌 Board info"
L_NEW = "New – awaiting allocation"
L_PROG = "In progress"
L_EVID = "Evidence gathering"
L_OLREV = "Ready for OL review"
L_SUB = "Submitted to HMICFRS"
L_CLOSED = "Closed ✅"
L_NATL = "Not for GC (national bodies)"
LISTS = [L_INFO, L_NEW, L_PROG, L_EVID, L_OLREV, L_SUB, L_CLOSED, L_NATL]
OPEN_LISTS = {L_NEW, L_PROG, L_EVID, L_OLREV}

LB = {
    "rec": "Recommendation (orange)", "afi": "AFI (yellow)", "coc": "CoC (red)",
    "nat": "National (purple)", "local": "Local action (green_light)",
    "peel23": "PEEL 23/24 (sky)", "peel21": "PEEL 21/22 (blue)", "peel18": "PEEL 18/19 (blue_dark)",
    "eff16": "PEEL Eff 2016 (blue_light)", "cdi": "CDI 2017 (green)", "ncpi": "NCPI 2018 (pink_dark)",
    "ss": "S&S (lime)", "ss15": "S&S 2015 (lime_dark)", "leg17": "Legit 2017 (pink)",
    "msht": "Stolen Freedom 2017 (orange_dark)", "fl": "Firearms 2015 (orange_light)",
    "powers": "Police powers 2021 (lime_light)", "custody": "Custody 2018 (purple_dark)",
    "priority": "(black)",
}

KR, SO, PN, DW, JM = "Kate Rowe", "Sam Okafor", "Priya Nair", "Dan Whitcombe", "Jo Marsh"

READ_ME = (
    "**How this board works** (OL team – updated Jan 2024)\n\n"
    "- One card per HMICFRS recommendation / AFI / cause of concern. Big recs can be split into "
    "one card per bullet – name them (a), (b) … or (1/3), (2/3) …\n"
    "- **The list a card sits in IS its status.** Move the card when the position changes. "
    "\"Submitted to HMICFRS\" = we have sent the closure evidence; \"Closed ✅\" = we consider "
    "it finished (normally because HMICFRS have closed it on the portal). \"Not for GC\" = the "
    "action is for a national body, not for us to deliver. Every list to the left of "
    "\"Submitted to HMICFRS\" is still open.\n"
    "- The **RAG** field is *delivery confidence* for cards that are still open (Green = on "
    "track, Amber = at risk, Red = off track). It is NOT a completion status – Green does not "
    "mean done.\n"
    "- Put the HMICFRS portal ID in the **HMICFRS ID** field. The numbers in card links are "
    "Trello's own card numbers, not HMICFRS IDs.\n"
    "- When HMICFRS confirm closure, move the card to Closed ✅ and archive it after the next "
    "JAC. Archived cards still come out in the CSV export.\n"
    "- Labels: type (Recommendation / AFI / CoC / National / Local action) and report. Black "
    "label = JAC priority.\n\n"
    "Board owner: Kate Rowe (OL Manager). Questions to the OL inbox."
)
TEMPLATE = (
    "**HMICFRS ID:** (from portal)\n**Report:**\n**Type:** Rec / AFI / CoC\n\n"
    "**Full text:** (paste from the portal, not from the report summary)\n\n"
    "**Lead:**\n\n---\n**Updates** (newest first, date + initials)\n- dd/mm/yy XX: "
)
LINKS = (
    "- HMICFRS monitoring portal (force login – ask OL)\n"
    "- JAC papers: SharePoint > OL > Committees > JAC\n"
    "- 56-day PCC responses: SharePoint > OL > HMICFRS > Responses\n"
    "- Definitive list from HMICFRS received 12/11/2024 – reconciliation for Dec JAC"
)


def card(lst, name, desc="", labels=(), members=(), ref="", lead="", rag="", due=None,
         chk=(0, 0), comments=0, attach=0, archived=False, due_complete=False,
         truth=(), kind="item", created=date(2021, 3, 15), activity=None):
    """truth: list of (hmicfrs id or None, category, why)."""
    return dict(list=lst, name=name, desc=desc, labels=[LB[x] for x in labels],
                members=list(members), ref=ref, lead=lead, rag=rag, due=due, chk=chk,
                comments=comments, attach=attach, archived=archived, due_complete=due_complete,
                truth=list(truth), kind=kind, created=created, activity=activity)


CARDS = [
    # ---------------------------------------------------------------- Board info (not items)
    card(L_INFO, "📌 READ ME – how this board works", READ_ME, members=[KR], kind="note",
         created=date(2021, 3, 12), activity=datetime(2024, 1, 9, 10, 2)),
    card(L_INFO, "TEMPLATE – [Report] Rec/AFI no. – short title", TEMPLATE, kind="note",
         created=date(2021, 3, 12), activity=datetime(2023, 4, 3, 15, 40)),
    card(L_INFO, "Useful links – portal, JAC papers, 56-day responses", LINKS, members=[KR],
         kind="note", created=date(2021, 3, 12), activity=datetime(2024, 11, 12, 9, 14)),

    # ---------------------------------------------------------------- New – awaiting allocation
    card(L_NEW, "PEEL 23/24 AFI – CSE: partnership safeguarding",
         "**AFI (PEEL 2023/24)**\nThe force should improve how it works with partner "
         "organisations to safeguard people at risk from CSE.\n\nAwaiting allocation – proposed "
         "lead Ch Supt Public Protection (FET 19/11).",
         labels=["afi", "peel23"], members=[SO], ref="10902", created=date(2024, 5, 20),
         activity=datetime(2024, 11, 19, 16, 5),
         truth=[(10902, "in_sync", "Ref 10902 and the text (CSE spelt out on HMICFRS side) "
                 "agree; card is in 'New – awaiting allocation' (open) and HMICFRS 'Awaiting "
                 "review' (open).")]),
    card(L_NEW, "RASSO – victims get a consistently good service",
         "The force should review its approach to rape & serious sexual offences (RASSO) to "
         "make sure victims recieve a consistently good service.",
         labels=["afi", "peel23"], members=[SO], created=date(2024, 5, 20),
         activity=datetime(2024, 5, 20, 11, 31),
         truth=[(10909, "in_sync", "No ID on the card; the text (with 'recieve' typo and "
                 "RASSO) is the PEEL 23/24 AFI 10909, the only RASSO-service item. Open list; "
                 "HMICFRS 'Awaiting review'.")]),

    # ---------------------------------------------------------------- In progress
    card(L_PROG, "——— PEEL 2023/24 ———", kind="separator", created=date(2024, 5, 20),
         activity=datetime(2024, 5, 20, 11, 2)),
    card(L_PROG, "PEEL 23/24 AFI 1 – fraud: nature & scale",
         "> The force should improve its understanding of the nature and scale of fraud in its "
         "area.\n\nRepeat of the 2021/22 AFI – HMICFRS say the old one is superseded by this "
         "one.\n\n**Update 21/10/24 (JM):** Fraud problem profile commissioned from Force "
         "Analysis; due Jan 25.",
         labels=["afi", "peel23"], members=[JM], ref="10901", lead="Det Ch Supt Force CID",
         rag="Amber", due=date(2025, 1, 31), comments=2, created=date(2024, 5, 20),
         activity=datetime(2024, 10, 21, 9, 44),
         truth=[(10901, "in_sync", "Ref 10901 and PEEL 23/24 label pick the 2023/24 AFI, not "
                 "the identical 2021/22 text (10601). Open on both sides.")]),
    card(L_PROG, "PEEL 23/24 AFI – HBA training",
         "The force should make sure officers & staff have the training they need to identify "
         "and respond to honour-based abuse.\n\nHBA module added to PPU CPD day; NCALT package "
         "being rolled out.",
         labels=["afi", "peel23"], members=[PN], ref="10903",
         lead="Head of Learning & Development", rag="Green", due=date(2025, 3, 31),
         chk=(3, 2), created=date(2024, 5, 20), activity=datetime(2024, 11, 1, 14, 12),
         truth=[(10903, "in_sync", "Ref and text agree. RAG Green is delivery confidence "
                 "(READ ME card), the card is in 'In progress' = open; HMICFRS 'Awaiting "
                 "review' = open.")]),
    card(L_PROG, "Vetting backlog – CAUSE OF CONCERN",
         "**Cause of concern (PEEL 23/24):** The size of the vetting backlog within "
         "Gloucestershire Constabulary is a cause of concern.\n\nSee separate card for the "
         "accompanying recommendation.\nBacklog at 31/10/24: 412 (from 1,180 in May).",
         labels=["coc", "peel23", "priority"], members=[KR, DW], ref="10906",
         lead="Head of Professional Standards", rag="Amber", comments=5,
         created=date(2024, 5, 20), activity=datetime(2024, 11, 4, 8, 57),
         truth=[(10906, "in_sync", "Ref 10906, CoC label and verbatim text; open on both "
                 "sides. The backlog figures are the force's update, not the HMICFRS text.")]),
    card(L_PROG, "Vetting – clear backlog & renewals (rec to the CoC)",
         "Within six months Gloucestershire Constabulary should ensure all staff have received "
         "at least the lowest level of vetting clearance for their roles as quickly as "
         "possible, working to clear both the vetting backlog and new vetting renewals when "
         "they become due so that it complies fully with the national vetting guidelines.\n\n"
         "Vetting unit uplift (4 x vetting officers) approved; agency staff in post Sept 24.",
         labels=["rec", "peel23", "priority"], members=[DW], ref="10970",
         lead="Head of Professional Standards", rag="Amber", due=date(2024, 11, 16),
         comments=3, created=date(2024, 5, 20), activity=datetime(2024, 10, 30, 12, 20),
         truth=[(10907, "conflict", "Text is word for word HMICFRS 10907 (same report, type "
                 "and six-month timescale) but the card's HMICFRS ID is 10970, which is not on "
                 "the list: transposed digits. Matched by text; the reference disagrees.")]),
    card(L_PROG, "[PEEL 21/22] AFI – SOC analysis → strategic assessment & control strategy",
         "The force should make sure its analysis of serious & organised crime informs its "
         "strategic assessment and control strategy.\n\nRaised in the PEEL report published "
         "May 2024 (p.31). SOC SPOC: DCI Hale. MoRiLE re-scoring of OCGs under way.",
         labels=["afi", "peel21"], members=[JM], lead="Head of Intelligence", rag="Green",
         due=date(2025, 2, 28), created=date(2024, 5, 21), activity=datetime(2024, 9, 2, 10, 6),
         truth=[(10905, "conflict", "Only HMICFRS item on SOC analysis is 10905 in PEEL "
                 "2023/24 (the card itself says 'published May 2024'), but the card is labelled "
                 "and named PEEL 21/22. Report disagrees; both open.")]),
    card(L_PROG, "——— PEEL 2021/22 ———", kind="separator", created=date(2022, 5, 23),
         activity=datetime(2022, 5, 23, 9, 0)),
    card(L_PROG, "PEEL 21/22 AFI 1 – fraud: understand nature & scale",
         "The force should improve its understanding of the nature and scale of fraud in its "
         "area.\n\n**Update 03/24:** Economic crime problem profile drafted. Awaiting sign-off "
         "at Crime & Justice Board.",
         labels=["afi", "peel21"], members=[JM], ref="10601", lead="Det Ch Supt Force CID",
         rag="Green", due=date(2024, 3, 31), created=date(2022, 5, 23),
         activity=datetime(2024, 3, 14, 15, 51),
         truth=[(10601, "closeable_local", "Ref 10601 and PEEL 21/22 label: the 2021/22 AFI. "
                 "HMICFRS 'Superseded' (carried into 2023/24 as 10901); the card is still "
                 "'In progress' (RAG Green is confidence, not done). Close the card locally.")]),
    card(L_PROG, "PEEL 21/22 AFI – online CSA: specialist capacity (POLIT)",
         "The force should make sure it has enough specialist capacity and capability to "
         "investigate online child sexual abuse.\n\nPOLIT team growth bid in 2025/26 MTFP.",
         labels=["afi", "peel21"], members=[PN], ref="10604", lead="Ch Supt Public Protection",
         rag="Amber", due=date(2025, 4, 30), created=date(2022, 5, 23),
         activity=datetime(2024, 10, 8, 11, 19),
         truth=[(10604, "in_sync", "Ref and text agree; open on both sides.")]),
    card(L_PROG, "Control room resourcing & wellbeing",
         "The force should ensure it has sufficient resources in the control room to fulfil "
         "its resourcing model, and so meet its demand, while also taking into account the "
         "wellbeing of its workforce.\n\nUpdate 30/09/24: 999 answered within 10s 81% "
         "(target 90%). Recruitment course Nov 24.",
         labels=["afi", "peel21", "priority"], members=[SO], ref="10608",
         lead="Supt Contact Centre", rag="Red", due=date(2024, 12, 31), comments=4,
         created=date(2022, 5, 23), activity=datetime(2024, 9, 30, 17, 2),
         truth=[(10608, "in_sync", "Ref 10608; text slightly trimmed ('available', 'to') but "
                 "the same ask. Open on both sides (RAG Red).")]),
    card(L_PROG, "——— Older reports ———", kind="separator", created=date(2021, 3, 15),
         activity=datetime(2021, 3, 15, 9, 0)),
    card(L_PROG, "Core Business (2014) – record & evaluate crime prevention activity",
         "By 31 March 2015 all forces should ensure that crime prevention or disruption "
         "activity carried out is systematically recorded and subsequently evaluated to "
         "determine the effectiveness of tactics being employed.\n\nSARA problem-solving log "
         "on Niche live 2023; evaluation template being piloted in 2 LPAs.",
         labels=["nat"], members=[SO], ref="4823", lead="ACC Local Policing", rag="Green",
         due=date(2025, 3, 31),
         truth=[(4823, "in_sync", "Ref 4823 and verbatim text. RAG Green but the card is "
                 "'In progress' (READ ME: RAG is not completion) and HMICFRS 'Being "
                 "progressed': both open.")]),
    card(L_PROG, "Firearms licensing – 'total expired' records",
         "**Update 09/10/24:** 112 total expired records reviewed since April; 3 still with "
         "FEO for a visit. Monthly check now on the FL dashboard.",
         labels=["nat", "fl"], members=[DW], ref="7720", lead="Supt Firearms Licensing",
         rag="Green", comments=1, activity=datetime(2024, 10, 9, 13, 37),
         truth=[(7720, "in_sync", "Description holds only updates; the card name and ref "
                 "7720 identify the Targeting the Risk 'total expired' rec. Open on both "
                 "sides.")]),
    card(L_PROG, "MSHT – s45 defence considered early & throughout",
         "Immediately, forces should ensure that all victims carrying out criminal acts under "
         "compulsion attributable to slavery or exploitation are afforded the protection of "
         "early and continuing consideration of the applicability of the section 45 defence."
         "\n\nCPS liaison ✔ / custody prompt ✔ / training ✔ – waiting for QA dip sample "
         "before moving the card.",
         labels=["nat", "msht"], members=[PN], ref="9103", lead="Det Ch Supt Force CID",
         rag="Green", chk=(3, 3), created=date(2021, 3, 15),
         activity=datetime(2024, 7, 1, 10, 10),
         truth=[(9103, "closeable_local", "Ref and verbatim text. HMICFRS 'Complete' (June "
                 "2024); card still 'In progress' despite a full checklist and Green RAG. "
                 "Close locally.")]),
    card(L_PROG, "MSHT – NCRS compliance for MSHT + FCR audit capacity",
         "Immediately, forces should take steps to ensure they fully comply with NCRS "
         "requirements for offences identified as MSHT and that sufficient audit capacity is "
         "available to the force crime registrar to provide reassurance that each force is "
         "identifying & managing any gaps in its crime-recording accuracy for these types of "
         "offences.",
         labels=["nat", "msht"], members=[SO], ref="9105", lead="Force Crime Registrar",
         rag="Amber", activity=datetime(2024, 8, 22, 9, 3),
         truth=[(9105, "in_sync", "Ref 9105 and Stolen Freedom label; the audit-capacity "
                 "clause separates it from the CDI rec 9013. Open on both sides.")]),
    card(L_PROG, "CDI 2017 R4 – NCRS compliance for MSHT offences",
         "HMIC recommends that within 6 months the force should: take steps to ensure it fully "
         "complies with NCRS requirements for offences identified as modern slavery and human "
         "trafficking;\n\nFCR audit of MSHT flags scheduled Q4.",
         labels=["rec", "cdi"], members=[SO], ref="9013", lead="Force Crime Registrar",
         rag="Amber", activity=datetime(2024, 8, 22, 9, 5),
         truth=[(9013, "in_sync", "Ref 9013, CDI 2017 label and the stem 'HMIC recommends "
                 "that within 6 months': the CDI rec, not the Stolen Freedom one (9105). Open "
                 "on both sides.")]),
    card(L_PROG, "CDI 2017 R1 (d)+(e) – no waiting for medicals/VRI; triage online reports",
         "Part of CDI rec 1 (split into 3 cards – see (a) and (b)+(c)).\n\n"
         "- the practice of awaiting the results of medical examinations or video interviews "
         "before making crime-recording decisions is stopped; and\n"
         "- online reports of crime are triaged at the point of receipt to ensure any ongoing "
         "risks to the victim or the wider public are identified and appropriately managed\n\n"
         "Single Online Home triage process still being written.",
         labels=["rec", "cdi"], members=[SO], ref="9010", lead="Force Crime Registrar",
         rag="Amber", due=date(2025, 1, 31), activity=datetime(2024, 10, 15, 14, 48),
         truth=[(9010, "in_sync", "Part (d)+(e) of the split CDI rec 9010 (ref and bullets). "
                 "This part is still open, so the item is open: in sync with HMICFRS 'Being "
                 "progressed'.")]),
    card(L_PROG, "Legit 17 – S&S fairness concern + monitoring data (rec 1)",
         "**HMICFRS concern:** forces are not able to demonstrate that the use of S&S powers is "
         "consistently reasonable and fair – over-representation of BAME people, and black "
         "people in particular, which many forces can't explain.\n\n**Rec 1:** By July 2018 "
         "all forces should be regularly & frequently monitoring a comprehensive set of data "
         "on use of S&S powers to understand:\n"
         "- reasons for any disproportionate representation of different ethnic groups\n"
         "- extent to which find rates differ between ethnicities & across types of search "
         "(incl. drug possession vs supply)\n"
         "- prevalence of possession-only drug searches & whether these align with local / "
         "force priorities\n\nS&S dashboard v2 in test. Scrutiny panel sees it quarterly.",
         labels=["coc", "nat", "leg17"], members=[PN], ref="9301 / 9302",
         lead="ACC Local Policing", rag="Amber", comments=2,
         activity=datetime(2024, 9, 17, 11, 25),
         truth=[(9301, "in_sync", "One card holds two items (ref '9301 / 9302'): the "
                 "national cause of concern on S&S fairness. Open on both sides."),
                (9302, "in_sync", "Same card: rec 1 (July 2018 monitoring, three bullets "
                 "reworded). Open on both sides.")]),
    card(L_PROG, "Legit 17 – publish S&S analysis annually",
         "We expect forces to publish this analysis and any actions taken at least on an "
         "annual basis, from July 2018.\n\n2023 analysis published on the website Aug 24; "
         "2024 due.",
         labels=["nat", "leg17"], members=[PN], lead="ACC Local Policing", rag="Green",
         activity=datetime(2024, 8, 30, 16, 0),
         truth=[(9304, "in_sync", "No ID; text is verbatim 9304. Card 'In progress' "
                 "(annual duty continues), HMICFRS 'Being progressed'.")]),
    card(L_PROG, "NCPI 2018 R2 – missing children (absent/missing, CSE risk, supervision)",
         "Within three months, the force should review its approach to reports of missing "
         "children and take steps to ensure that:\n"
         "- call takers understand and use the missing and absent category appropriately;\n"
         "- call takers and frontline staff have the necessary knowledge to identify risk "
         "factors associated with CSE and how to respond to such cases; and\n"
         "- supervisors provide the correct oversight of missing person enquiries and direct "
         "appropriate and timely investigative and safeguarding action\n\n"
         "Absent category withdrawn; new Missing policy live. Awaiting HMICFRS revisit.",
         labels=["rec", "ncpi"], members=[PN], ref="9411", lead="Ch Supt Public Protection",
         rag="Green", activity=datetime(2024, 6, 11, 10, 30),
         truth=[(9411, "closeable_local", "Ref and text agree (all three bullets). HMICFRS "
                 "'Complete' (Sept 2024); the card is still 'In progress'. Close locally.")]),
    card(L_PROG, "PEEL 18/19 CAUSE OF CONCERN – investigation capacity & capability",
         "The force does not have the capacity or capability to investigate crime effectively "
         "and this is affecting the service being provided to the public. There are failings "
         "in the way that crimes are being investigated.\n\nInvestigation Improvement Plan "
         "(Op Ledger) – Gold: ACC Crime.",
         labels=["coc", "peel18"], members=[JM], ref="9620", lead="ACC Crime", rag="Amber",
         comments=6, created=date(2021, 3, 15), activity=datetime(2024, 10, 2, 9, 12),
         truth=[(9620, "in_sync", "Ref 9620, CoC label, verbatim text. Open on both "
                 "sides.")]),
    card(L_PROG, "PEEL 18/19 AFI – future workforce plan",
         "The force should develop a future workforce plan aligned with its overall demand and "
         "budget – incl. future resource allocations, skills mix & behaviours expected.\n\n"
         "Strategic Workforce Plan 2025-28 in draft with People Board.",
         labels=["afi", "peel18"], members=[KR], ref="9625", lead="Director of People",
         rag="Amber", due=date(2025, 3, 31), activity=datetime(2024, 7, 19, 15, 0),
         truth=[(9625, "closeable_local", "Ref 9625; paraphrase of the workforce-plan AFI. "
                 "HMICFRS 'Superseded' (May 2022); the card is still 'In progress'. Close "
                 "locally.")]),
    card(L_PROG, "PEEL 18/19 AFI – digital evidence retrieval (phones/computers)",
         "HMIC recommends that within six months the force should: improve its ability to "
         "retrieve digital evidence from mobile phones, computers and other electronic devices "
         "quickly enough to ensure investigations are not delayed;\n\nDFU backlog 146 devices "
         "(Oct 24); kiosks in 4 custody suites.",
         labels=["afi", "peel18"], members=[JM], ref="9623", lead="Head of Digital Forensics",
         rag="Red", comments=2, activity=datetime(2024, 10, 28, 8, 41),
         truth=[(9623, "conflict", "Ref 9623 and verbatim text match, but the card is "
                 "labelled and named AFI while HMICFRS records a Recommendation (the text "
                 "itself begins 'HMIC recommends'). Type disagrees; both open.")]),
    card(L_PROG, "Police powers (Feb 21) – officer comms skills / conflict mgmt",
         "By July 2022, forces should ensure officers & staff have effective communication "
         "skills, in line with the National Policing Guidelines on Conflict Management. This "
         "should be in addition to existing training on conflict management & de-escalation."
         "\n\nPST refresher now includes a 1hr comms module.",
         labels=["nat", "powers"], members=[PN], ref="10150",
         lead="Head of Learning & Development", rag="Amber", created=date(2021, 3, 15),
         activity=datetime(2024, 6, 20, 12, 0),
         truth=[(10150, "in_sync", "Ref and text agree ('&' for 'and'); open on both "
                 "sides.")]),
    card(L_PROG, "By July 2021, forces should ensure they have effective internal monitoring "
         "processes on the use of force, to help them to identify and understand "
         "disproportionate use, explain the reasons and implement any necessary improvement "
         "action.",
         labels=["nat"], members=[PN], lead="ACC Local Policing", rag="Amber",
         created=date(2021, 3, 15), activity=datetime(2023, 2, 2, 9, 30),
         truth=[(10154, "in_sync", "Whole HMICFRS text pasted into the card name, empty "
                 "description, no ID: verbatim 10154. Open on both sides.")]),
    card(L_PROG, "JAC action: OL to report the HMICFRS reconciliation position to every JAC",
         "Agreed at JAC 26/09/24 (action 24/31). Standing agenda item from Dec 24.",
         labels=["local"], members=[KR], lead="Head of Corporate Development",
         due=date(2024, 12, 10), created=date(2024, 9, 27),
         activity=datetime(2024, 11, 12, 9, 20),
         truth=[(None, "not_on_hmicfrs_list", "A committee action of the force's own, not an "
                 "HMICFRS item.")]),

    # ---------------------------------------------------------------- Evidence gathering
    card(L_EVID, "Policing in Austerity 2014 – all-force recs x4 (savings / collaboration / "
         "front line)",
         "1. Review plans to deliver savings – reduce crime & protect the front line while "
         "balancing budgets (use HMIC VfM profiles)\n"
         "2. Forces planning <10% of savings through collaboration – assess scope to improve\n"
         "3. Forces reducing front line proportion – assess whether decisive action taken to "
         "maintain crime fighting capacity\n"
         "4. Next spending round – review collaboration plans incl. joint working with other "
         "forces, the public and/or private sector\n\n"
         "Force position: addressed holistically through the Fit for the Future change "
         "programme. Evidence pack (MTFP, collaboration register) being pulled together for "
         "HMICFRS.",
         labels=["nat"], members=[KR], ref="3010, 3011, 3012, 3013",
         lead="Director of Finance", rag="Green", activity=datetime(2023, 6, 6, 14, 2),
         truth=[(3010, "closeable_local", "One card holds the four Policing in Austerity "
                 "recs (refs 3010-3013), point 1. HMICFRS 'No further action required'; card "
                 "in 'Evidence gathering' (open). Close locally."),
                (3011, "closeable_local", "Same card, point 2 (<10% collaboration savings). "
                 "HMICFRS NFA; card open."),
                (3012, "closeable_local", "Same card, point 3 (front line). HMICFRS NFA; "
                 "card open."),
                (3013, "closeable_local", "Same card, point 4 (next spending round). "
                 "HMICFRS NFA; card open.")]),
    card(L_EVID, "MSHT – allegations investigated & supervised by skilled teams",
         "Immediately, forces should ensure that allegations or indications of MSHT are "
         "thoroughly investigated and effectively supervised by teams and individuals with the "
         "skills and experience to undertake them (incl. JITs where appropriate).\n\n"
         "Evidence: MSHT investigation standards, dip sample Q2.",
         labels=["nat", "msht"], members=[PN], ref="9106", lead="Det Ch Supt Force CID",
         rag="Green", attach=1, activity=datetime(2024, 8, 1, 10, 48),
         truth=[(9106, "in_sync", "Ref and text agree (closing bracket shortened). Open on "
                 "both sides.")]),
    card(L_EVID, "PEEL 18/19 R1 – review of investigators' workload & capacity",
         "HMIC recommends that the force should immediately: conduct a review of officers' "
         "capabilities and capacity to manage their investigative workload, to better "
         "understand investigative demand and the pressures placed upon them; and\n\n"
         "Workload review completed by Op Ledger team Mar 24 – gathering evidence for the "
         "closure submission.",
         labels=["rec", "peel18"], members=[JM], ref="9621", lead="ACC Crime", rag="Green",
         attach=2, activity=datetime(2024, 4, 25, 13, 13),
         truth=[(9621, "in_sync", "Ref and verbatim text (straight apostrophe). Work done "
                 "but evidence not yet submitted: card 'Evidence gathering' = open; HMICFRS "
                 "open.")]),
    card(L_EVID, "PEEL 23/24 AFI – knife crime prevention: evaluate & share",
         "The force should evaluate its work to prevent knife crime and share what works "
         "across the force.\n\nAll 4 checklist actions done (Op Sceptre evaluation, VRU "
         "academic partner, LPA toolkit, comms). Need the evaluation report signed off before "
         "it goes to OL.",
         labels=["afi", "peel23"], members=[SO], ref="10910", lead="ACC Local Policing",
         rag="Green", due=date(2024, 10, 31), due_complete=True, chk=(4, 4),
         created=date(2024, 5, 20), activity=datetime(2024, 11, 5, 16, 22),
         truth=[(10910, "in_sync", "Ref and text agree. Due date ticked complete and "
                 "checklist 4/4, but the card is in 'Evidence gathering' and says the report "
                 "is not signed off: open. HMICFRS open.")]),

    # ---------------------------------------------------------------- Ready for OL review
    card(L_OLREV, "County lines – managing offender risk (PEEL 21/22)",
         "The force should improve the way it manages the risk posed by offenders involved in "
         "county lines drug dealing.\n\nClosure note drafted – OL to QA.",
         labels=["afi", "peel21"], members=[JM, KR], ref="10605", lead="Head of Intelligence",
         rag="Green", created=date(2022, 5, 23), activity=datetime(2024, 10, 17, 11, 0),
         truth=[(10605, "in_sync", "Ref and text agree. 'Ready for OL review' is before "
                 "submission, so open; HMICFRS open.")]),
    card(L_OLREV, "Building the Picture (2015) – IM APP audit scrutiny via IM governance",
         "By 30 November 2015, CCs should put in place arrangements to scrutinise audits of "
         "compliance with the APP on information management through the force IM governance "
         "structure. This should include measures to ensure that categorisation of records "
         "are regularly adjusted.\n\nMoPI audit schedule & Information Assurance Board ToR "
         "attached.",
         labels=["nat"], members=[SO], ref="5544", lead="Head of Information Management",
         attach=2, activity=datetime(2024, 2, 27, 10, 5),
         truth=[(None, "not_on_hmicfrs_list", "Building the Picture (ref 5544): no item from "
                 "that report is on the HMICFRS list. Query with HMICFRS (probably closed and "
                 "dropped).")]),
    card(L_OLREV, "Force action – dip-sample 50 DA crime reports each quarter and report "
         "findings to the Crime Standards Board",
         "Local action from the 2023 DA internal review (not an HMICFRS rec). Q1 and Q2 done.",
         labels=["local"], members=[SO], lead="Force Crime Registrar", chk=(4, 2),
         created=date(2023, 4, 3), activity=datetime(2024, 10, 2, 15, 15),
         truth=[(None, "not_on_hmicfrs_list", "The force's own action (says 'not an HMICFRS "
                 "rec').")]),

    # ---------------------------------------------------------------- Submitted to HMICFRS
    card(L_SUB, "S&S 2 (2015) – explain S&S to public & community scrutiny of records",
         "Chief constables should, in consultation with PCCs, ensure that they comply with the "
         "Code of Practice by explaining to the public the way S&S powers are used in their "
         "areas and by making arrangements for S&S records to be scrutinised by community "
         "representatives. This should be done in a way that involves those people who are "
         "stopped and searched, for example young people.\n\nSubmitted 04/09/24 with scrutiny "
         "panel ToR & youth panel minutes.",
         labels=["nat", "ss15"], members=[PN], ref="5310", lead="ACC Local Policing",
         attach=2, activity=datetime(2024, 9, 4, 16, 40),
         truth=[(5310, "closeable_submit", "Ref 5310, S&S 2015 label and 'in consultation "
                 "with PCCs': the 2015 rec, not the 2013 one (1106). HMICFRS 'Being "
                 "progressed'; force submitted. Chase closure.")]),
    card(L_SUB, "FL – temporary permits (HO guidance, NFLMS, no unlawful possession)",
         "Within 3 months, all CCs should ensure that their arrangements in respect of the use "
         "of temporary permits are in accordance with the HO guidance; that temporary permits "
         "are properly recorded without delay on NFLMS; and that effective systems exist to "
         "ensure certificate holders are not permitted, at any time, to remain in unlawful "
         "possession of a firearm.\n\nSubmitted 12/08/24.",
         labels=["nat", "fl"], members=[DW], ref="7721", lead="Supt Firearms Licensing",
         attach=1, activity=datetime(2024, 8, 12, 9, 2),
         truth=[(7721, "closeable_submit", "Ref and text agree (abbreviated). HMICFRS "
                 "'Awaiting review'; force submitted.")]),
    card(L_SUB, "PEEL Eff 2016 – DA cause of concern + rec (supervision of DASH risk "
         "assessment)",
         "**Cause of concern:** The force's response to domestic abuse is a cause of concern "
         "to HMIC. The force policy which allows an officer discretion to complete a DASH risk "
         "assessment in some crimes and incidents does not provide confidence that risk is "
         "always assessed appropriately. […]\n\n**Recommendation:** To address this cause of "
         "concern, HMIC recommends the force should immediately take steps to ensure that "
         "there is effective supervision of the initial risk assessment process, specifically "
         "in relation to the completion of DASH risk assessment in appropriate cases.\n\n"
         "All DA incidents now risk-assessed (FET decision 25 July). Policy signed off. "
         "Submitted for closure 18/10/24.",
         labels=["coc", "rec", "eff16"], members=[KR, PN], ref="8790 + 8791",
         lead="Ch Supt Public Protection", attach=3, comments=7,
         activity=datetime(2024, 10, 18, 17, 30),
         truth=[(8790, "closeable_submit", "One card holds the cause of concern (text cut "
                 "with […]) and its rec; refs '8790 + 8791'. HMICFRS open; force submitted."),
                (8791, "closeable_submit", "Same card, the DASH supervision rec (verbatim). "
                 "HMICFRS open; force submitted.")]),
    card(L_SUB, "Stolen Freedom R1 – MSHT leadership & governance review",
         "Within twelve months, forces should review their leadership and governance "
         "arrangements for MSHT, to ensure that:\n"
         "- senior leaders prioritise the response to MSHT;\n"
         "- every incident of modern slavery identified to police is allocated appropriate "
         "resources with the skills, experience and capacity to investigate it effectively;\n"
         "- forces develop effective partnership arrangements to co-ordinate activity in order "
         "to share information and safeguard victims\n\nChecklist complete – submitted "
         "02/10/24.",
         labels=["nat", "msht"], members=[PN], ref="9101", lead="Det Ch Supt Force CID",
         chk=(3, 3), activity=datetime(2024, 10, 2, 11, 11),
         truth=[(9101, "conflict", "Ref 9101; the card lists three of the four bullets: the "
                 "fourth (performance and quality assurance measures for senior leaders) is "
                 "missing, and the 3/3 checklist was submitted without it. Missing bullet.")]),
    card(L_SUB, "MSHT – information-sharing agreements with other agencies",
         "Within 12 months, forces should have in place active ISAs with other agencies to "
         "facilitate speedy exchange of intelligence and in order to safeguard victims better "
         "and to identify suspects as early as possible.\n\nISAs in place with GCC, NCA, GLAA. "
         "Submitted 02/10/24.",
         labels=["nat", "msht"], members=[PN], ref="9102", lead="Head of Intelligence",
         activity=datetime(2024, 10, 2, 11, 14),
         truth=[(9102, "conflict", "Ref 9102 and the same ask, but the card says 'Within 12 "
                 "months' where HMICFRS says 'Within six months'. Timescale disagrees.")]),
    card(L_SUB, "Legit 17 – disparities: research/analysis & action taken",
         "Where forces identify disparities through monitoring, they should demonstrate to the "
         "public that they have:\n•carried out research and analysis in an attempt to "
         "understand the reasons for the disparity, and •taken action to reduce the disparity, "
         "where necessary;\n\nSubmitted 15/07/24 (disproportionality report + IAG minutes).",
         labels=["nat", "leg17"], members=[PN], ref="9303", lead="ACC Local Policing",
         attach=2, activity=datetime(2024, 7, 15, 14, 55),
         truth=[(9303, "closeable_submit", "Ref and verbatim text. HMICFRS open; force "
                 "submitted.")]),
    card(L_SUB, "CDI 2017 R1 (a) – victims believed at point of report",
         "CDI rec 1 split into 3 cards: (a) / (b)+(c) / (d)+(e).\n\n(a) at the point of "
         "report, victims are believed;\n\nEvidence: CDI audit Jul 24 – 96% compliance.",
         labels=["rec", "cdi"], members=[SO], ref="9010", lead="Force Crime Registrar",
         attach=1, activity=datetime(2024, 7, 30, 10, 0),
         truth=[(9010, "in_sync", "Part (a) of the split CDI rec 9010, submitted. Part "
                 "(d)+(e) is still in progress, so the item is open: in sync with HMICFRS "
                 "open.")]),
    card(L_SUB, "CDI 2017 R1 (b)+(c) – call summaries accurate; multiple crimes recorded",
         "- conversations between the call handlers and callers are summarised accurately in "
         "the incident log, thus providing attending officers with full facts on which to base "
         "crime-recording decisions;\n- multiple crimes are always recorded when described "
         "within incident records or identified as part of other recorded crime "
         "investigations;\n\nSubmitted with (a).",
         labels=["rec", "cdi"], members=[SO], ref="9010", lead="Supt Contact Centre",
         activity=datetime(2024, 7, 30, 10, 3),
         truth=[(9010, "in_sync", "Part (b)+(c) of the split CDI rec 9010, submitted; the "
                 "item stays open until (d)+(e) is done. In sync with HMICFRS open.")]),
    card(L_SUB, "[9012] CDI 2017 R3 – CMS: case files & investigative processes",
         "Within three months, the force should improve its use of its crime-recording and "
         "management system to better manage its case files and investigative processes.\n\n"
         "Niche file-build workflow live; submitted 20/09/24.",
         labels=["rec", "cdi"], members=[SO], lead="Head of Criminal Justice", attach=1,
         activity=datetime(2024, 9, 20, 9, 9),
         truth=[(9012, "closeable_submit", "HMICFRS ID only in the card name ('[9012]'); "
                 "verbatim text. HMICFRS open; force submitted.")]),
    card(L_SUB, "CDI 2017 AFI – RASSO crimes recorded accurately & without delay",
         "The force should make sure it records reports of rape and serious sexual offences "
         "accurately & without delay.\n\nFCR audit Aug 24: RASSO recording 94%. Submitted.",
         labels=["afi", "cdi"], members=[SO], ref="9014", lead="Force Crime Registrar",
         activity=datetime(2024, 8, 28, 15, 33),
         truth=[(9014, "closeable_submit", "Ref 9014 and the RASSO wording: not the hate "
                 "crime AFI 9015 (same sentence, other topic). HMICFRS open; force "
                 "submitted.")]),
    card(L_SUB, "PEEL 18/19 R2 – supervision of investigations (recorded)",
         "HMIC recommends that within six months the force should: ensure regular and active "
         "supervision of the quality and progress of investigations. This supervision should "
         "be properly recorded;\n\nSupervisory review fields mandatory on Niche since Feb 24. "
         "Submitted.",
         labels=["rec", "peel18"], members=[JM], ref="9622", lead="ACC Crime",
         activity=datetime(2024, 5, 2, 10, 10),
         truth=[(9622, "closeable_submit", "Ref and verbatim text. HMICFRS open; force "
                 "submitted.")]),
    card(L_SUB, "BWV (1/3) – record the whole S&S / traffic stop / UoF encounter",
         "Police powers rec 3 split in three:\n(1) ensure that officers record on BWV (when "
         "available) the entirety of all S&S encounters, incl. traffic stops and use of force "
         "incidents.\n\nBWV policy updated Mar 24; compliance 91%.",
         labels=["nat", "powers"], members=[PN], ref="10152", lead="ACC Local Policing",
         activity=datetime(2024, 6, 20, 12, 15),
         truth=[(10152, "closeable_submit", "Part 1 of the BWV rec 10152 split over three "
                 "cards; all three parts are submitted or closed, so the item is done. "
                 "HMICFRS 'Being progressed'.")]),
    card(L_SUB, "BWV (3/3) – scrutiny panel access to BWV footage",
         "(3) provide external scrutiny panel members with access to samples of BWV footage "
         "showing S&S encounters & UoF incidents, taking account of the safeguards in CoP APP."
         "\n\nPanel viewing sessions monthly since Jan 24.",
         labels=["nat", "powers"], members=[PN], ref="10152", lead="ACC Local Policing",
         activity=datetime(2024, 6, 20, 12, 16),
         truth=[(10152, "closeable_submit", "Part 3 of the split BWV rec 10152; every part "
                 "done. HMICFRS open.")]),
    card(L_SUB, "PEEL 21/22 AFI – DA victims kept informed (VCOP)",
         "The force should make sure victims of domestic abuse are kept informed about the "
         "progress of their case, in line with the Code of Practice for Victims of Crime.\n\n"
         "VCOP compliance 88% (Sept 24). Submitted 01/03/24.",
         labels=["afi", "peel21"], members=[PN], ref="10603", lead="Ch Supt Public Protection",
         created=date(2022, 5, 23), activity=datetime(2024, 9, 26, 10, 2),
         truth=[(10603, "in_sync", "Ref 10603 and PEEL 21/22 label: the 2021/22 AFI, which "
                 "HMICFRS closed as 'Superseded'; force submitted (done). Both closed. The "
                 "identical 2023/24 AFI 10911 is a different item with no card.")]),
    card(L_SUB, "PEEL 23/24 AFI – stalking: use of ancillary orders (SPOs)",
         "The force should make sure it consistently uses ancillary orders and other powers "
         "to protect victims of stalking and harassment.\n\nSPO applications up from 9 to 41. "
         "Submitted 30/10/24.",
         labels=["afi", "peel23"], members=[PN], ref="10904", lead="Ch Supt Public Protection",
         created=date(2024, 5, 20), activity=datetime(2024, 10, 30, 16, 45),
         truth=[(10904, "closeable_submit", "Ref and verbatim text. HMICFRS open; force "
                 "submitted.")]),

    # ---------------------------------------------------------------- Closed
    card(L_CLOSED, "Everyone's Business (2014) – DA action plan",
         "By September 2014, every police force in England and Wales should establish and "
         "publish an action plan that specifies in detail what steps it will take to improve "
         "its approach to domestic abuse.\n\n(plan developed with PCC, DA support orgs & "
         "victims' reps; DHRs/IPCC findings; CPS scrutiny panels & MARAC self-assessments)\n\n"
         "Published 2014 – since replaced by the VAWG delivery plan.",
         labels=["nat"], members=[KR], ref="2321", activity=datetime(2021, 3, 15, 11, 0),
         truth=[(2321, "in_sync", "Ref 2321; first sentence verbatim, bullets summarised in "
                 "brackets. HMICFRS 'Complete'; card Closed.")]),
    card(L_CLOSED, "Core Business – THRR criteria for call-handlers",
         "Not later than 31 March 2015 forces using a threat, harm & risk policy should "
         "provide call-handlers with specific, sound and comprehensible criteria against which "
         "they can assess THRR.\n\nTHRIVE adopted 2016.",
         labels=["nat"], members=[SO], ref="4822", activity=datetime(2021, 3, 15, 11, 2),
         truth=[(4822, "in_sync", "Ref 4822 and the 'Not later than 31 March 2015' wording: "
                 "the Core Business rec, not CDI 9011. HMICFRS 'Superseded'; card Closed.")]),
    card(L_CLOSED, "Targeting the Risk (FL 2015) recs 1 & 2 – governance v APP + FL "
         "demand/capacity",
         "Rec 1 – assess how well governance of firearms licensing meets the standards in APP; "
         "put correct arrangements in place where not.\nRec 2 – assess the demand placed on "
         "the FL department and ensure it has the capacity to meet this demand and provide an "
         "efficient and effective service at all times.\n\nBoth closed by HMICFRS 2017.",
         labels=["nat", "fl"], members=[DW], ref="7718 / 7719",
         activity=datetime(2021, 3, 15, 11, 5),
         truth=[(7718, "in_sync", "One card holds Targeting the Risk recs 1 and 2 (refs "
                 "'7718 / 7719'); rec 1 governance. HMICFRS 'Complete'; card Closed."),
                (7719, "in_sync", "Same card, rec 2 (FL demand and capacity). HMICFRS "
                 "'Complete'; card Closed.")]),
    card(L_CLOSED, "CDI 2017 R2 – call-handler THRR criteria",
         "Immediately, the force should provide call-handlers with specific, sound and "
         "comprehensible criteria against which they can assess threat, harm and risk.\n\n"
         "Closed by HMICFRS Feb 2020.",
         labels=["rec", "cdi"], members=[SO], activity=datetime(2021, 3, 15, 11, 7),
         truth=[(9011, "in_sync", "No ID; 'Immediately, the force should' and the CDI 2017 "
                 "label make it 9011, not the Core Business rec 4822. Both closed.")]),
    card(L_CLOSED, "MSHT – NRM compliance & duty to notify (Stolen Freedom)",
         "Immediately, forces should take steps to ensure they are fully compliant with the "
         "NRM process as it evolves and are implementing the requirement placed upon them "
         "under the Modern Slavery Act 2015 to notify the HO of any individual suspected to be "
         "an adult victim of MSHT.",
         labels=["nat", "msht"], members=[PN], ref="9104", activity=datetime(2021, 3, 15, 11, 9),
         truth=[(9104, "in_sync", "Ref and text agree. Both closed.")]),
    card(L_CLOSED, "NCPI 2018 R1 – detention of children in custody",
         "Within six months Gloucestershire Constabulary should, in conjunction with children's "
         "social care services, review how it manages the detention of children. As a minimum "
         "it should:\n- only detain children when absolutely necessary & for the minimum time;"
         "\n- custody staff assess early a child's need for alternative accommodation (secure "
         "or otherwise);\n- custody staff complete detention certificates where a child is "
         "detained after charge;\n- record all actions & decisions on the relevant "
         "documentation; and\n- improve timeliness of appropriate adult support for children "
         "arrested.\n\nClosed at Force Assurance Board 11/06/24 – concordat signed with GCC, "
         "PACE bed protocol live.",
         labels=["rec", "ncpi"], members=[PN], ref="9410", lead="Ch Insp Custody", attach=2,
         activity=datetime(2024, 6, 11, 16, 30),
         truth=[(9410, "closeable_submit", "Ref 9410, all five bullets present. The force "
                 "closed it at its own board (card Closed) but HMICFRS still 'Being "
                 "progressed': submit the evidence to HMICFRS.")]),
    card(L_CLOSED, "PEEL 18/19 R4 – RUI & bail management",
         "…improve its understanding of suspects released under investigation and the "
         "management of those released on bail;\n\nClosed by HMICFRS following 2021/22 PEEL.",
         labels=["rec", "peel18"], members=[JM], ref="9624",
         activity=datetime(2022, 6, 1, 9, 45),
         truth=[(9624, "in_sync", "Ref and text (stem cut with '…'). Both closed.")]),
    card(L_CLOSED, "Legit 17 – unconscious bias training for S&S officers",
         "By July 2019, and ongoing following that date, forces should ensure that all "
         "officers who use S&S powers have been provided with, and understand, training on "
         "unconscious bias and CoP APP on S&S.\n\nNCALT + classroom input, 98% completion.",
         labels=["nat", "leg17"], members=[PN], ref="9305",
         activity=datetime(2021, 4, 14, 10, 0),
         truth=[(9305, "conflict", "Ref 9305, same ask, both closed, but the card says 'By "
                 "July 2019' where HMICFRS says 'By July 2018'. Deadline disagrees.")]),
    card(L_CLOSED, "Police powers – CPD comms skills + supervisors debrief using BWV",
         "By July 2021, forces should ensure that communication skills are reinforced as part "
         "of CPD for officers & staff, and that supervisors are supported to routinely and "
         "frequently debrief officers on these skills using BWV footage.",
         labels=["nat", "powers"], members=[PN], ref="10151",
         created=date(2021, 3, 15), activity=datetime(2023, 1, 12, 14, 0),
         truth=[(10151, "in_sync", "Ref and text agree. Both closed.")]),
    card(L_CLOSED, "BWV (2/3) – structured review of sample BWV footage",
         "(2) have a structured process for regularly reviewing and monitoring internally a "
         "sufficient sample of BWV footage to identify and disseminate learning and hold "
         "officers to account when behaviour falls below acceptable standards.\n\nHMICFRS "
         "happy with this part at the Oct debrief – moved to Closed.",
         labels=["nat", "powers"], members=[PN], ref="10152", lead="Head of Professional "
         "Standards", activity=datetime(2023, 10, 20, 15, 5),
         truth=[(10152, "closeable_submit", "Part 2 of the split BWV rec 10152 (Closed); "
                 "parts 1 and 3 submitted, so the whole item is done on the force side while "
                 "HMICFRS has 10152 open.")]),
    card(L_CLOSED, "PEEL 21/22 AFI – stalking & harassment: allocation & supervision",
         "The force should make sure investigations of stalking and harassment are allocated "
         "to officers with the right skills and are effectively supervised.\n\nClosed by "
         "HMICFRS 05/2024 (portal).",
         labels=["afi", "peel21"], members=[PN], ref="10602", created=date(2022, 5, 23),
         activity=datetime(2024, 5, 20, 9, 0),
         truth=[(10602, "in_sync", "Ref and verbatim text. Both closed.")]),

    # ---------------------------------------------------------------- Not for GC
    card(L_NATL, "S&S 2013 R1 – S&S APP specification (College lead)",
         "Chief Constables and the College of Policing should establish in the S&S APP a clear "
         "specification of what constitutes the effective and fair exercise of S&S powers … "
         "\n\nNot for the force to deliver – College of Policing APP published 2014.",
         labels=["nat", "ss"], members=[KR], ref="1104", activity=datetime(2021, 3, 15, 11, 20),
         truth=[(1104, "in_sync", "Ref 1104. 'Not for GC' = not the force's to deliver "
                 "(done); HMICFRS 'No further action required' (closed).")]),
    card(L_NATL, "HO & NPCC – quality of UoF data in S&S (national)",
         "The Home Office and the NPCC should take steps to ensure that the quality of the "
         "data collected on the number of incidents where force has been used to effect a "
         "stop and search is sufficient for publication. The HO should publish this data as "
         "soon as possible.\n\nNot a force action – asked HMICFRS to mark NFA (email "
         "14/03/24, no reply yet).",
         labels=["nat", "powers"], members=[KR], ref="10153", created=date(2021, 3, 15),
         activity=datetime(2024, 3, 14, 12, 0),
         truth=[(10153, "closeable_submit", "Ref and text agree. Force treats it as not its "
                 "to deliver (done, asked for NFA); HMICFRS still 'Being progressed'. Press "
                 "HMICFRS to close.")]),

    # ---------------------------------------------------------------- archived cards (exported last)
    card(L_CLOSED, "S&S 2013 R2 – monitoring of S&S",
         "Chief Constables should establish or improve monitoring of the way officers stop & "
         "search people, so that they can be satisfied their officers are acting in accordance "
         "with the law … and that the power is used effectively to prevent crime, catch "
         "criminals and maintain public trust.\n\nClosed 2016.",
         labels=["nat", "ss"], members=[KR], ref="1105", archived=True,
         activity=datetime(2022, 1, 10, 9, 0),
         truth=[(1105, "in_sync", "Archived card from Closed; ref 1105. Both closed.")]),
    card(L_CLOSED, "Integrity Matters – misconduct NFA outcomes fair & free of discrimination",
         "By 31 August 2015, all CCs should satisfy themselves that they have processes in "
         "place to ensure that investigations into misconduct by officers & staff resulting in "
         "\"no further action\" are fair and free of any form of discrimination.",
         labels=["nat"], members=[DW], ref="5120", archived=True,
         activity=datetime(2022, 1, 10, 9, 1),
         truth=[(5120, "in_sync", "Archived card from Closed; ref 5120 and text (straight "
                 "quotes). Both closed.")]),
    card(L_PROG, "PEEL Efficiency 17 – digital services plan",
         "By September 2018, CCs should produce an ambitious plan to improve digitally-enabled "
         "services within their force. (HO/NPCC/APCC national framework part not ours.)\n\n"
         "Archived 14/02/24 KR – HMICFRS have closed this on the portal (superseded). Nothing "
         "further for us.",
         labels=["nat"], members=[KR], ref="9230", lead="Director of Digital", rag="Amber",
         archived=True, activity=datetime(2024, 2, 14, 10, 31),
         truth=[(9230, "in_sync", "List name still 'In progress', but the card is archived "
                 "and its note says HMICFRS closed it as superseded and nothing further is "
                 "needed: force done. HMICFRS 'Superseded'. Both closed.")]),
    card(L_CLOSED, "PEEL 21/22 AFI – ASB problem solving with communities & partners",
         "The force should develop a problem-solving approach to anti-social behaviour, "
         "working with local communities and partners.",
         labels=["afi", "peel21"], members=[SO], ref="10606", archived=True,
         created=date(2022, 5, 23), activity=datetime(2024, 9, 27, 11, 40),
         truth=[(10606, "in_sync", "Archived card from Closed; ref 10606. Both closed.")]),
    card(L_CLOSED, "Internal audit action: internal audit of the firearms licensing governance "
         "arrangements (audit plan 2023/24)",
         "TIAA audit – substantial assurance. 2 low-priority actions closed.",
         labels=["local"], members=[DW], archived=True, created=date(2023, 6, 1),
         activity=datetime(2024, 3, 28, 14, 3),
         truth=[(None, "not_on_hmicfrs_list", "Internal audit action, not HMICFRS (archived "
                 "from Closed).")]),
    card(L_CLOSED, "Custody 2018 – out-of-hours appropriate adults for vulnerable adults",
         "From the joint HMICFRS/HMIP custody report (2018). Closed by HMICFRS 2020 – no "
         "longer on the portal.",
         labels=["rec", "custody"], members=[PN], ref="7904", archived=True,
         created=date(2021, 3, 15), activity=datetime(2022, 1, 10, 9, 3),
         truth=[(None, "not_on_hmicfrs_list", "Custody 2018 rec (ref 7904): nothing from "
                 "that report, and no 7904, on the HMICFRS list.")]),
]


# ---------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------
def hexid(ts: datetime) -> str:
    return f"{int(ts.replace(tzinfo=timezone.utc).timestamp()):08x}" + "".join(
        RNG.choice("0123456789abcdef") for _ in range(16))


def shortlink() -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(RNG.choice(alphabet) for _ in range(8))


def slug(name: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return s[:128].rstrip("-")


def iso_utc(dt: datetime) -> str:
    dt = dt.replace(second=RNG.randrange(60))
    return dt.replace(tzinfo=LONDON).astimezone(timezone.utc).strftime(
        "%Y-%m-%dT%H:%M:%S.") + f"{RNG.randrange(1000):03d}Z"


def due_iso(d: date) -> str:
    local = datetime(d.year, d.month, d.day, 17, 0, tzinfo=LONDON)
    return local.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)

    # ------------------------------------------------------------------ HMICFRS register
    items = sorted(HM_ITEMS, key=lambda it: (PUB[it[1]], it[0]))
    hm_row: dict[int, int] = {}
    hm_info: dict[int, tuple] = {}
    wb = xlsxwriter.Workbook(str(OUT / "hmicfrs.xlsx"))
    wb.set_properties({"title": "Recommendations export", "author": "HMICFRS",
                       "company": "HMICFRS", "created": datetime(2024, 11, 12, 8, 47, 0)})
    ws = wb.add_worksheet("Recommendations")
    hdr = wb.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1,
                         "text_wrap": True, "valign": "top"})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    dfmt = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
    top = wb.add_format({"valign": "top"})
    headers = ["ID", "Force", "Report title", "Publication date", "Type", "Recommendation",
               "Status", "Status date"]
    for c, h in enumerate(headers):
        ws.write(0, c, h, hdr)
    for r, (iid, rep, typ, text, status, sdate) in enumerate(items, start=1):
        ws.write_number(r, 0, iid, top)
        ws.write_string(r, 1, FORCE, top)
        ws.write_string(r, 2, rep, wrap)
        ws.write_datetime(r, 3, datetime.combine(PUB[rep], datetime.min.time()), dfmt)
        ws.write_string(r, 4, typ, top)
        ws.write_string(r, 5, text, wrap)
        ws.write_string(r, 6, status, top)
        ws.write_datetime(r, 7, datetime.combine(sdate, datetime.min.time()), dfmt)
        hm_row[iid] = r + 1
        hm_info[iid] = (rep, typ, status)
    for c, w in enumerate([8, 26, 40, 12, 22, 90, 24, 12]):
        ws.set_column(c, c, w)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, len(items), len(headers) - 1)
    wb.close()

    # ------------------------------------------------------------------ Trello CSV
    board_id = hexid(datetime(2021, 3, 12, 9, 0))
    list_ids = {name: hexid(datetime(2021, 3, 12, 9, i)) for i, name in enumerate(LISTS)}
    # Trello card numbers (idShort) follow creation order
    order = sorted(range(len(CARDS)), key=lambda i: (CARDS[i]["created"], i))
    id_short = {i: n + 1 for n, i in enumerate(order)}
    # export order: live cards by list then position, archived cards at the end
    live = [c for c in CARDS if not c["archived"]]
    arch = [c for c in CARDS if c["archived"]]
    export = sorted(live, key=lambda c: LISTS.index(c["list"])) + arch  # stable

    cols = ["Card ID", "Card Name", "Card URL", "Card Description", "Labels", "Members",
            "Due Date", "Attachment Count", "Attachment Links", "Checklist Item Total Count",
            "Checklist Item Completed Count", "Vote Count", "Comment Count",
            "Last Activity Date", "List ID", "List Name", "Board ID", "Board Name", "Archived",
            "Start Date", "Due Complete", "HMICFRS ID", "Lead officer", "RAG"]
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(cols)
    force_row_of: dict[int, int] = {}
    for n, c in enumerate(export, start=2):
        i = CARDS.index(c)
        force_row_of[i] = n
        created = datetime.combine(c["created"], datetime.min.time()).replace(hour=9) + \
            timedelta(minutes=7 * id_short[i])
        cid = hexid(created)
        sl = shortlink()
        url = f"https://trello.com/c/{sl}/{id_short[i]}-{slug(c['name'])}"
        links = ", ".join(
            f"https://glosconstab.sharepoint.com/sites/OL/HMICFRS%20Evidence/{c['ref'] or 'misc'}"
            f"_{k + 1}.pdf" for k in range(c["attach"]))
        activity = c["activity"] or datetime.combine(c["created"], datetime.min.time())
        w.writerow([
            cid, c["name"], url, c["desc"], ", ".join(c["labels"]), ", ".join(c["members"]),
            due_iso(c["due"]) if c["due"] else "", str(c["attach"]), links,
            str(c["chk"][0]), str(c["chk"][1]), "0", str(c["comments"]), iso_utc(activity),
            list_ids[c["list"]], c["list"], board_id, BOARD,
            "true" if c["archived"] else "false", "",
            "true" if c["due_complete"] else "false", c["ref"], c["lead"], c["rag"],
        ])
    (OUT / "tracker.csv").write_bytes(buf.getvalue().encode("utf-8"))

    # ------------------------------------------------------------------ truth
    lines = []
    covered: set[int] = set()
    for i, c in sorted(force_row_of.items(), key=lambda kv: kv[1]):
        for hid, cat, why in CARDS[i]["truth"]:
            hrow = f"Recommendations!{hm_row[hid]}" if hid is not None else ""
            if hid is not None:
                covered.add(hid)
            lines.append((hrow, f"tracker.csv!{force_row_of[i]}", cat, why))
    missing_why = {
        1106: "The 2013 'elected local policing bodies' community-scrutiny rec has no card: "
              "the near-identical S&S card is labelled S&S 2015 with ref 5310. HMICFRS "
              "'Complete', so low risk.",
        7722: "No card about systems flagging firearm certificate holders before attendance "
              "(Targeting the Risk rec 5).",
        9015: "No card for the CDI hate-crime recording AFI; the RASSO recording card is ref "
              "9014.",
        9107: "No card on MSHT preventative powers (Stolen Freedom).",
        10607: "No card on the VAWG performance-framework AFI.",
        10908: "No card on mental ill health call response.",
        10911: "The 2023/24 DA 'kept informed' AFI has no card; the identical-text card is "
               "the 2021/22 one (ref 10603, PEEL 21/22 label).",
    }
    for iid, *_ in items:
        if iid not in covered:
            lines.append((f"Recommendations!{hm_row[iid]}", "", "missing_from_force",
                          missing_why[iid]))
            covered.add(iid)
    assert covered == {it[0] for it in items}, "HMICFRS item not covered"
    assert set(missing_why) == {it[0] for it in items} - {
        h for c in CARDS for h, *_ in c["truth"] if h is not None}
    tb = io.StringIO()
    tw = csv.writer(tb, lineterminator="\n")
    tw.writerow(["hmicfrs_row", "force_row", "category", "why"])
    tw.writerows(lines)
    (OUT / "truth.csv").write_bytes(tb.getvalue().encode("utf-8"))

    # ------------------------------------------------------------------ README
    counts: dict[str, int] = {}
    for _, _, cat, _ in lines:
        counts[cat] = counts.get(cat, 0) + 1
    nonitems = [(force_row_of[CARDS.index(c)], c["name"], c["kind"]) for c in export
                if c["kind"] != "item"]
    row = {}
    for c in export:
        i = CARDS.index(c)
        for h, *_ in c["truth"]:
            row.setdefault(h, []).append(force_row_of[i])

    def fr(h):
        return "/".join(str(x) for x in row[h])

    def hr(h):
        return str(hm_row[h])

    n_items = sum(1 for c in export if c["kind"] == "item")
    readme = README.format(
        n_hm=len(items), last_hm=len(items) + 1, n_rec=len(export) + 1, n_cards=len(export),
        n_items=n_items, n_arch=len(arch), first_arch=len(export) - len(arch) + 2,
        last_rec=len(export) + 1, n_lines=len(lines),
        counts="\n".join(f"| {k} | {counts.get(k, 0)} |" for k in [
            "in_sync", "closeable_submit", "closeable_local", "conflict",
            "missing_from_force", "not_on_hmicfrs_list", "review"]),
        nonitems="\n".join(f"- `tracker.csv!{r}` – \"{nm}\": "
                           + ("board note card (read-me / template / links), not an item"
                              if k == "note" else "separator card used as a heading inside "
                              "the In progress list, not an item")
                           for r, nm, k in nonitems),
        n_nonitems=len(export) - n_items,
        **{f"fr_{h}": fr(h) for h in row if h is not None},
        **{f"hr_{h}": hr(h) for h in hm_row},
    )
    (OUT / "README.md").write_bytes(readme.encode("utf-8"))


README = """# Case `trello_board_csv_export` (round 71, case C)

## The story

Gloucestershire Constabulary's Organisational Learning (OL) team moved its HMICFRS tracker
out of Excel and onto a **Trello board** ("HMICFRS Recommendations – OL Tracker") in March
2021, when the change team already ran its projects on Trello and everyone was working from
home. Each HMICFRS recommendation / AFI / cause of concern is a **card**; the **list** the card
sits in is its status (New – awaiting allocation → In progress → Evidence gathering → Ready
for OL review → Submitted to HMICFRS → Closed ✅, plus "Not for GC (national bodies)").
Type and report are **labels**; the HMICFRS portal ID, lead officer and a RAG are Trello
**custom fields**. Cards are archived after HMICFRS closes them, and some bigger recs were
split into one card per bullet while some cards hold two or four items. For the December JAC
the analyst received the definitive list from HMICFRS (12/11/2024) and exported the board
with Trello's *Menu → Print, export and share → Export as CSV*: that export is `tracker.csv`.

Nothing was cleaned after export: the READ ME, template and links cards, the separator cards
that act as headings inside a list, the archived cards (which Trello puts in the export with
`Archived = true`, here after the live cards) and the Markdown descriptions are all there.

## The files

- `hmicfrs.xlsx` – the HMICFRS register export. One sheet `Recommendations`, header on row 1
  (`ID, Force, Report title, Publication date, Type, Recommendation, Status, Status date`),
  {n_hm} item rows 2–{last_hm}, sorted by publication date then ID. IDs are plain integers;
  dates are real Excel dates (dd/mm/yyyy). Types: Recommendation, Area for improvement, Cause
  of concern, National recommendation. Statuses: Awaiting review, Being progressed (open);
  Complete, Superseded, No further action required (closed). Texts are real HMICFRS wording
  with their quirks (curly quotes, `•` bullets with and without spaces, the stray footnote
  digits "and 20" and "intelligence 86", lines without bullet marks in the BWV rec).
- `tracker.csv` – the Trello CSV export, UTF-8 without BOM, every field quoted, CRLF between
  records and bare LF inside the multi-line `Card Description` cells. Header = record 1,
  {n_cards} card records = records 2–{last_rec} ({n_items} items, {n_nonitems} non-items). Columns
  (Trello's own, then the custom fields): `Card ID, Card Name, Card URL, Card Description,
  Labels, Members, Due Date, Attachment Count, Attachment Links, Checklist Item Total Count,
  Checklist Item Completed Count, Vote Count, Comment Count, Last Activity Date, List ID, List
  Name, Board ID, Board Name, Archived, Start Date, Due Complete, HMICFRS ID, Lead officer,
  RAG`. Records {first_arch}–{last_rec} are the {n_arch} archived cards.
- `truth.csv` – {n_lines} lines, `hmicfrs_row,force_row,category,why`; provenance
  `Recommendations!N` and `tracker.csv!N` (the record number as Excel shows it: a quoted
  description with line breaks is still one row).

## What the layout brings

1. **Status is the list name, not a status column.** `List Name` values: "New – awaiting
   allocation", "In progress", "Evidence gathering", "Ready for OL review" are open;
   "Submitted to HMICFRS", "Closed ✅" and "Not for GC (national bodies)" are done (the last is
   WHITE in City-of-London terms: not the force's to deliver). The READ ME card (record 2)
   says so in words.
2. **RAG is delivery confidence, not completion** (READ ME card). Open cards carry Green:
   e.g. Core Business 4823 (`tracker.csv!{fr_4823}`), HBA 10903 (`!{fr_10903}`), s45 9103
   (`!{fr_9103}`), missing children 9411 (`!{fr_9411}`), fraud 10601 (`!{fr_10601}`). Green
   there is open.
3. **Due Complete and checklists are not status either**: knife crime 10910 (`!{fr_10910}`)
   has Due Complete = true and checklist 4/4 but sits in Evidence gathering and says the
   report is not signed off: open.
4. **Archived cards** (records {first_arch}–{last_rec}). Most were archived from Closed ✅.
   One, PEEL Efficiency 17 digital plan 9230 (`!{fr_9230}`), still has `List Name = In
   progress` but is archived with a note "HMICFRS have closed this on the portal
   (superseded). Nothing further for us": the force treats it as closed.
5. **Non-item cards**: READ ME, template, useful-links cards and three separator cards
   ("——— PEEL 2023/24 ———" etc.) inside the In progress list.
6. **HMICFRS ID in a custom field**, in several forms: `9301 / 9302`, `8790 + 8791`,
   `7718 / 7719`, `3010, 3011, 3012, 3013`, a typo `10970`, blank on some cards, and in the
   card name only (`[9012] …`, `!{fr_9012}`). The number in `Card URL`
   (`…/c/xxxxxxxx/NN-slug`) is Trello's card number, not a reference.
7. **One card, several items**: Legit 17 CoC + rec 1 (`!{fr_9301}`), PEEL Eff 2016 CoC + rec
   (`!{fr_8790}`), Targeting the Risk recs 1 & 2 (`!{fr_7718}`), Policing in Austerity ×4
   (`!{fr_3010}`).
8. **One item, several cards**: CDI 2017 rec 1 (9010, five bullets) is three cards
   (`!{fr_9010}`) – (a) and (b)+(c) submitted, (d)+(e) still in progress, so the item is
   open; BWV rec 10152 is three cards (`!{fr_10152}`), two submitted and one in Closed, so the
   item is done.
9. **Text where Trello puts it**: full HMICFRS text in the description (often Markdown:
   `**Cause of concern:**`, `> ` quotes, `- ` bullets instead of `•`, `[…]` and `…` cuts),
   abbreviated (S&S, MSHT, NCRS, CCs, HO, BWV, UoF, CoP, ISAs, `&`), misspelt ("recieve"),
   the whole text pasted into the card name with an empty description (10154,
   `!{fr_10154}`), or only progress updates in the description with the item named in the
   card name (7720, `!{fr_7720}`).
10. **Labels carry type and report**, Trello-style with their colour: `AFI (yellow)`,
    `CoC (red)`, `PEEL 23/24 (sky)`, `Stolen Freedom 2017 (orange_dark)`, and an unnamed
    label rendered as `(black)` (JAC priority).
11. **Dates** are ISO-8601 UTC (`2024-06-30T16:00:00.000Z`): a 17:00 local due date in summer
    shows as 16:00Z.

## The traps and how the truth decides them

- **Identical texts in two reports**: fraud AFI in PEEL 2021/22 (10601, row {hr_10601}) and
  2023/24 (10901, row {hr_10901}); DA "kept informed" AFI in 2021/22 (10603, row {hr_10603}) and
  2023/24 (10911, row {hr_10911}). Decided by the HMICFRS ID field and the report label. 10601
  is Superseded while its card is still In progress → closeable_local; 10901 in sync; 10603
  Superseded and its card Submitted → in_sync (both closed); 10911 has no card →
  missing_from_force.
- **Near-identical texts**: S&S 2013 rec 3 (1106, "elected local policing bodies") vs S&S
  2015 (5310, "police and crime commissioners"): the card says PCCs, has label S&S 2015 and
  ref 5310 → 5310 closeable_submit, 1106 missing_from_force. Core Business THRR criteria
  (4822) vs CDI 2017 R2 (9011, no ref on the card): the stems "Not later than 31 March 2015"
  vs "Immediately, the force should" and the CDI label decide. Stolen Freedom NCRS (9105) vs
  CDI NCRS (9013): refs, labels and the audit-capacity clause decide. RASSO recording (9014)
  vs hate crime recording (9015) differ in the topic only.
- **Conflicts** (6): 10907 ref typo 10970 (`!{fr_10907}`); 10905 report label PEEL 21/22 for a
  PEEL 2023/24 AFI (`!{fr_10905}`, the card itself says "published May 2024"); 9623 labelled
  AFI but a Recommendation (`!{fr_9623}`); 9101 missing its fourth bullet (`!{fr_9101}`); 9102
  "Within 12 months" for "Within six months" (`!{fr_9102}`); 9305 "By July 2019" for "By July
  2018" (`!{fr_9305}`).
- **closeable_local** (HMICFRS closed, card open): Policing in Austerity ×4 on one card in
  Evidence gathering (NFA); 9103 s45 (Complete); 9411 missing children (Complete); 9625
  workforce plan (Superseded); 10601 fraud 2021/22 (Superseded).
- **closeable_submit** (HMICFRS open, force done): cards in Submitted to HMICFRS; 9410 child
  detention, which the force closed at its own board (Closed ✅) while HMICFRS still has it
  Being progressed; 10153, a Home Office/NPCC rec the force put in "Not for GC"; the three
  BWV part-cards.
- **not_on_hmicfrs_list** (5): Building the Picture 5544 (no item of that report on the
  list), Custody 2018 ref 7904 (archived), a JAC action, a DA dip-sample force action, an
  internal-audit action.
- **No `review` line**: every pair is decidable from ID, label, stem or report.

## Counts per category ({n_lines} truth lines; {n_hm} HMICFRS items, {n_items} force item rows)

| category | lines |
|---|---|
{counts}

## Rows that are not items (not in the truth)

- `hmicfrs.xlsx` `Recommendations!1` – header row.
- `tracker.csv!1` – header record.
{nonitems}

## Checks run

- Every HMICFRS item row (2–{last_hm}) appears in the truth at least once; every force item
  record appears once per HMICFRS item it holds (asserted in the builder, then re-checked
  from the written files).
- `hmicfrs.xlsx` read back with pandas (`read_excel`) and openpyxl; `tracker.csv` read back
  with pandas (`read_csv`) and Python's `csv` module: {n_cards} records, the multi-line
  descriptions kept in one field, row numbers as in the truth.
- Two builds compared byte for byte (sha256 of all four files identical).
- `reconcile` was not run or imported, and nothing under `/work/main/reconcile/` (other than
  the text lists) or `/work/main/tests/` was read.
"""

if __name__ == "__main__":
    main()
