"""Build evaluation case `crystal_page_export_report_bands` (round 72, case A).

HMICFRS side: the monitoring portal's "Recommendations by report" print report for
Staffordshire Police, exported to Excel (page-based, "page header and footer on each page")
from the portal's report viewer. Each item is a record over two or three rows (ref/type/
status/date line, text line, optional HMICFRS note line) under a shaded report band; page
headers, page footers, "(continued)" bands and per-report sub-totals are in the cells.

Force side: the Organisational Learning & Improvement team's ordinary tracker workbook
(open tracker sheet, Completed sheet, RAG key sheet).

Run:  /work/main/.venv/bin/python /tmp/indep72/build_crystal_page_export_report_bands.py
Rebuilds byte for byte (no clock, no randomness, fixed properties, XlsxWriter in_memory
zip with 1980 timestamps).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import os
from pathlib import Path

import xlsxwriter

CASE = "crystal_page_export_report_bands"
OUT = Path("/tmp/indep72") / CASE
HM_SHEET = "Sheet1"
TR_SHEET = "HMICFRS Tracker"
DONE_SHEET = "Completed"
KEY_SHEET = "RAG Key"
FORCE = "Staffordshire Police"
D = dt.date
CRLF = "\r\n"   # memo fields come out of the viewer with CR LF; XlsxWriter writes CR as _x000D_

# ---------------------------------------------------------------------------------------
# HMICFRS side: reports (groups) and items. Texts are real HMICFRS wording (OGL), copied
# as literals from the project's text lists; force-level items use real stems + bodies.
# ---------------------------------------------------------------------------------------
GROUPS = [
    ("sas13", "Stop and search powers: Are the police using them effectively and fairly?", D(2013, 7, 9)),
    ("everyone", "Everyone's business: Improving the police response to domestic abuse", D(2014, 3, 27)),
    ("austerity", "Policing in austerity: Meeting the challenge", D(2014, 7, 22)),
    ("core", "Core Business: an inspection into crime prevention, police attendance and the use of police time", D(2014, 9, 4)),
    ("integrity", "Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", D(2015, 1, 30)),
    ("sas15", "Stop and search powers 2: are the police using them effectively and fairly?", D(2015, 3, 24)),
    ("picture", "Building the picture: an inspection of police information management", D(2015, 7, 1)),
    ("firearms", "Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", D(2015, 9, 15)),
    ("eff16", "PEEL: Police effectiveness 2016 – Staffordshire Police", D(2017, 3, 2)),
    ("stolen", "Stolen freedom: the policing response to modern slavery and human trafficking", D(2017, 10, 24)),
    ("efc17", "PEEL: Police efficiency 2017 (national overview)", D(2017, 11, 9)),
    ("leg17", "PEEL: Police legitimacy 2017 (national overview)", D(2017, 12, 12)),
    ("ncpi18", "National child protection inspection 2018 – Staffordshire Police", D(2018, 6, 14)),
    ("peel1819", "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Staffordshire Police", D(2019, 5, 2)),
    ("cdi19", "Crime data integrity inspection 2019 – Staffordshire Police", D(2019, 9, 10)),
    ("powers", "Disproportionate use of police powers: A spotlight on stop and search and the use of force", D(2021, 2, 26)),
    ("peel2122", "PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Staffordshire Police", D(2022, 6, 24)),
    ("peel2324", "PEEL: Police effectiveness, efficiency and legitimacy 2023/24 – Staffordshire Police", D(2024, 8, 15)),
]

NAT = "National recommendation"
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"
AR, BP = "Awaiting review", "Being progressed"
CMP, SUP, NFA = "Complete", "Superseded", "No further action required"
OPEN = {AR, BP}
CLOSED = {CMP, SUP, NFA}

PEEL_EFF_NOTE = ("This area of activity has subsequently been inspected in HMIC's PEEL Efficiency "
                 "inspections. Where a cause of concern still exists this will appear in the "
                 "register against these subsequent inspections.")
CONTROL_ROOM = ("The force should ensure that it has sufficient resources available in the control "
                "room to fulfil its resourcing model, and so to meet its demand, while also taking "
                "into account the wellbeing of its workforce.")

# (ref, group, type, status, status date, text, note)
ITEMS = [
    (1412, "sas13", NAT, NFA, D(2016, 3, 21),
     "Chief Constables and the College of Policing should establish in the Stop and Search Authorised "
     "Professional Practice document a clear specification of what constitutes the effective and fair "
     "exercise of stop and search powers, and guidance in this respect. This should be compliant with "
     "the Code of Practice.",
     "Recommendation directed at the College of Policing; no further action required by forces."),
    (1413, "sas13", NAT, CMP, D(2016, 5, 18),
     "Chief Constables should establish or improve monitoring of the way officers stop and search "
     "people, so that they can be satisfied their officers are acting in accordance with the law "
     "(including equality legislation and the Code of Practice), and that the power is used "
     "effectively to prevent crime, catch criminals and maintain public trust.", None),
    (1414, "sas13", NAT, SUP, D(2015, 3, 24),
     "Chief Constables should, in consultation with elected local policing bodies, ensure that they "
     "comply with the code of practice by explaining to the public the way stop and search powers are "
     "used in their areas and by making arrangements for stop and search records to be scrutinised by "
     "community representatives. This should be done in a way that involves those people who are "
     "stopped and searched, for example, young people.",
     "Superseded by recommendation 5127 (Stop and search powers 2)."),
    (2357, "everyone", NAT, CMP, D(2016, 1, 12),
     "By September 2014, every police force in England and Wales should establish and publish an action "
     "plan that specifies in detail what steps it will take to improve its approach to domestic abuse."
     + CRLF + CRLF + "This action plan should be developed:" + CRLF + CRLF
     + "• in consultation with police and crime commissioners, domestic abuse support organisations "
     "and victims' representatives;" + CRLF
     + "• after close consideration of all the recommendations in this report;" + CRLF
     + "• with reference to all relevant domestic homicide reviews and IPCC findings, whether in "
     "connection with the force in question or another force; and 20" + CRLF
     + "• drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny "
     "panels and MARAC self-assessments.",
     "This recommendation is complete"),
    (3120, "austerity", NAT, NFA, D(2017, 10, 6),
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are "
     "doing all they can to continue to reduce crime and protect the front line while balancing their "
     "budgets. They should use the data and information contained in this report, and in HMIC's Value "
     "for Money profiles, when conducting their reviews", PEEL_EFF_NOTE),
    (3121, "austerity", NAT, NFA, D(2017, 10, 6),
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through "
     "collaboration should assess whether there is scope to improve on this position. HMIC will follow "
     "up the assessments in the autumn.", PEEL_EFF_NOTE),
    (3122, "austerity", NAT, NFA, D(2017, 10, 6),
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce "
     "and/or police officers on the front line should assess whether they have taken the decisive "
     "action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow "
     "up the assessments in the autumn.", PEEL_EFF_NOTE),
    (3123, "austerity", NAT, NFA, D(2017, 10, 6),
     "In preparation for the next spending round period all Chief Constables and PCCs should review "
     "their plans for collaboration. In particular they should consider whether there is scope to "
     "deliver better value for money and improved capability and capacity through joint working with "
     "other forces, the public and/or the private sector.", PEEL_EFF_NOTE),
    (4822, "core", NAT, CMP, D(2016, 6, 2),
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet "
     "done so, should provide call-handlers with specific, sound and comprehensible criteria against "
     "which they can assess threat, harm and risk.", None),
    (4823, "core", NAT, BP, D(2019, 3, 15),
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried "
     "out is systematically recorded and subsequently evaluated to determine the effectiveness of "
     "tactics being employed.",
     "The status of this recommendation is currently being reviewed by HMIC and will be updated when "
     "this review is complete."),
    (5019, "integrity", NAT, CMP, D(2017, 11, 9),
     "By 31 August 2015, all chief constables should satisfy themselves that they have processes in "
     "place to ensure that investigations into misconduct by officers and staff resulting in “no "
     "further action” are fair and free of any form of discrimination.", None),
    (5127, "sas15", NAT, BP, D(2020, 6, 30),
     "Chief constables should, in consultation with police and crime commissioners, ensure that they "
     "comply with the Code of Practice by explaining to the public the way stop and search powers are "
     "used in their areas and by making arrangements for stop and search records to be scrutinised by "
     "community representatives. This should be done in a way that involves those people who are "
     "stopped and searched, for example young people.", None),
    (5388, "picture", NAT, BP, D(2024, 9, 3),
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of "
     "compliance with the APP on information management through the force information management "
     "governance structure. This should include measures to ensure that categorisation of records are "
     "regularly adjusted.",
     "Force update received 03/09/2024 – with the force liaison lead for review."),
    (5604, "firearms", NAT, CMP, D(2016, 4, 27),
     "Within three months, all chief constables should assess how well the governance of firearms "
     "licensing in his or her force meets the standards set out in Authorised Professional Practice. "
     "Chief constables of forces where the governance standards are not being complied with should put "
     "in place immediately the correct arrangements and procedures in order to meet the standards in "
     "full.", None),
    (5605, "firearms", NAT, BP, D(2018, 1, 19),
     "Within three months, all chief constables should assess the demand placed on their firearms "
     "licensing department and ensure it has the capacity to meet this demand and provide an efficient "
     "and effective service at all times.", None),
    (5606, "firearms", NAT, BP, D(2018, 1, 19),
     "Immediately, all chief constables should satisfy themselves that all appropriate action is being "
     "taken by their force with regard to ‘total expired’ licensing records.", None),
    (5607, "firearms", NAT, CMP, D(2017, 7, 4),
     "Within three months, all chief constables should ensure that their arrangements in respect of the "
     "use of temporary permits are in accordance with the Home Office guidance; that temporary permits "
     "are properly recorded without delay on the National Firearms Licensing Management System; and "
     "that effective systems exist to ensure certificate holders are not permitted, at any time, to "
     "remain in unlawful possession of a firearm.", None),
    (5608, "firearms", NAT, BP, D(2018, 1, 19),
     "Within three months, all chief constables should ensure that systems designed to identify, prior "
     "to police attendance, whether a reported incident involves or is at the address of a firearm "
     "certificate holder are in place and are always applied by staff dispatching officers to "
     "incidents; and that officers understand the risk assessment which they should be undertaking in "
     "such circumstances, and their power, when appropriate, to seize firearms and firearm "
     "certificates.", None),
    (8793, "eff16", COC, BP, D(2017, 3, 2),
     "The force's response to domestic abuse is a cause of concern to HMIC. The force policy which "
     "allows an officer discretion to complete a DASH risk assessment in some crimes and incidents does "
     "not provide confidence that risk is always assessed appropriately. In cases where a DASH risk "
     "assessment is not completed the officer should record an assessment on the crime management "
     "system. HMIC found that officers are not consistently completing a DASH in circumstances where "
     "force policy requires that they should do so. This means that some victims of domestic abuse who "
     "may be at risk of harm are not being appropriately risk-assessed.", None),
    (8794, "eff16", REC, BP, D(2017, 3, 2),
     "To address this cause of concern, HMIC recommends the force should immediately take steps to "
     "ensure that there is effective supervision of the initial risk assessment process, specifically "
     "in relation to the completion of DASH risk assessment in appropriate cases.",
     "Linked cause of concern: 8793"),
    (8795, "eff16", REC, CMP, D(2018, 4, 27),
     "HMIC recommends that the force should immediately: consider ways of increasing the use of "
     "arrest, ancillary orders and other available powers, in order to improve the service it provides "
     "to victims of domestic abuse, offer the best possible protection and bring more perpetrators to "
     "justice;",
     "Authorised for closure on the basis of the additional observations offered by members of the "
     "inspection team in recent inspection activity."),
    (8861, "stolen", NAT, BP, D(2019, 8, 14),
     "Within twelve months, forces should review their leadership and governance arrangements for "
     "modern slavery and human trafficking, to ensure that:" + CRLF
     + "• senior leaders prioritise the response to modern slavery and human trafficking;" + CRLF
     + "• every incident of modern slavery identified to police is allocated appropriate resources with "
     "the skills, experience and capacity to investigate it effectively;" + CRLF
     + "• forces develop effective partnership arrangements to co-ordinate activity in order to share "
     "information and safeguard victims; and" + CRLF
     + "• performance and quality assurance measures are in place to allow senior leaders to assess the "
     "nature and quality of the service provided to victims.", None),
    (8862, "stolen", NAT, CMP, D(2019, 8, 14),
     "Within six months, forces should have in place active information-sharing agreements with other "
     "agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims "
     "better and to identify suspects as early as possible", None),
    (8863, "stolen", NAT, BP, D(2019, 8, 14),
     "Immediately, forces should ensure that all victims carrying out criminal acts under compulsion "
     "attributable to slavery or exploitation are afforded the protection of early and continuing "
     "consideration of the applicability of the section 45 defence.", None),
    (8864, "stolen", NAT, BP, D(2019, 8, 14),
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM process as "
     "it evolves and are implementing the requirement placed upon them under the Modern Slavery Act "
     "2015 to notify the Home Office of any individual suspected to be an adult victim of modern "
     "slavery or human trafficking.", None),
    (8865, "stolen", NAT, BP, D(2019, 8, 14),
     "Immediately, forces should take steps to ensure they fully comply with national crime recording "
     "standard (NCRS) requirements for offences identified as modern slavery and human trafficking and "
     "that sufficient audit capacity is available to the force crime registrar to provide reassurance "
     "that each force is identifying and managing any gaps in its crime-recording accuracy for these "
     "types of offences.", None),
    (8866, "stolen", NAT, SUP, D(2022, 7, 8),
     "Immediately, forces should ensure that allegations or indications of modern slavery and human "
     "trafficking are thoroughly investigated and effectively supervised by teams and individuals with "
     "the skills and experience to undertake them (this should include the use where appropriate of "
     "joint intelligence teams and other means to obtain intelligence and evidence from agencies "
     "overseas).",
     "Superseded by area for improvement 12474 (PEEL 2021/22)."),
    (8867, "stolen", NAT, AR, D(2024, 10, 2),
     "Immediately, forces should review their use of preventative powers under the Modern Slavery Act "
     "2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear "
     "threat to others in respect of modern slavery and human trafficking offences are exploited.",
     "Force update requested by 31/10/2024."),
    (8890, "efc17", NAT, BP, D(2019, 2, 11),
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' Council "
     "and Association of Police and Crime Commissioners should support the development of these plans "
     "by establishing a national framework which allows for the provision of digitally enabled "
     "services across force boundaries.", None),
    (8911, "leg17", COC, BP, D(2017, 12, 12),
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search "
     "powers is consistently reasonable and fair. In particular, there is over-representation of BAME "
     "people, and black people in particular, in stop and search data which many forces are unable to "
     "explain.", None),
    (8912, "leg17", NAT, BP, D(2019, 7, 22),
     "By July 2018, all police forces across England and Wales should be regularly and frequently "
     "monitoring a comprehensive set of data and information on use of stop and search powers to "
     "understand:" + CRLF
     + "•the reasons for any disproportionate representation of different ethnic groups in the use of "
     "stop and search; •the extent to which find rates differ between people from different "
     "ethnicities, and across different types of searches (including separate identification of find "
     "rates for drug possession and supply-type offences); and •the prevalence of possession-only drug "
     "searches, and the extent to which these align with local or force level priorities.",
     "Linked cause of concern: 8911"),
    (8913, "leg17", NAT, BP, D(2019, 7, 22),
     "Where forces identify disparities through monitoring, they should demonstrate to the public that "
     "they have:" + CRLF
     + "•carried out research and analysis in an attempt to understand the reasons for the disparity, "
     "and •taken action to reduce the disparity, where necessary;",
     "Linked cause of concern: 8911"),
    (8914, "leg17", NAT, CMP, D(2020, 2, 3),
     "We expect forces to publish this analysis and any actions taken at least on an annual basis, "
     "from July 2018.", None),
    (8915, "leg17", NAT, BP, D(2019, 7, 22),
     "By July 2018, and ongoing following that date, forces should ensure that all officers who use "
     "stop and search powers have been provided with, and understand, training on unconscious bias and "
     "College of Policing APP on stop and search.",
     "Linked cause of concern: 8911"),
    (9502, "ncpi18", REC, BP, D(2020, 11, 30),
     "HMIC recommends that within six months the force should: review its approach to reports of "
     "missing children and take steps to ensure that:" + CRLF
     + "• call takers understand and use the missing and absent category appropriately;" + CRLF
     + "• call takers and frontline staff have the necessary knowledge to identify risk factors "
     "associated with child sexual exploitation and how to respond to such cases; and" + CRLF
     + "• supervisors provide the correct oversight of missing person enquiries and direct appropriate "
     "and timely investigative and safeguarding action;", None),
    (9503, "ncpi18", REC, CMP, D(2020, 11, 30),
     "Within six months Staffordshire Police should, in conjunction with children’s social care "
     "services, review how it manages the detention of children. As a minimum it should:• ensure that "
     "all children are only detained when absolutely necessary and for the absolute minimum amount of "
     "time;• ensure that officers and staff in the custody suite assess at an early stage a child’s "
     "need for alternative accommodation (secure or otherwise) and work with children’s social care "
     "services to achieve the most appropriate option for the child;• ensure that custody staff comply "
     "with their statutory duties to complete detention certificates if a child is detained for any "
     "reason in police custody following charge;• ensure that custody staff make a record of all "
     "actions taken and decisions made on the relevant documentation; and• improve the timeliness of "
     "adequate appropriate adult support for children who are arrested.",
     "Authorised for closure following the NCPI post-inspection review."),
    (9505, "ncpi18", AFI, BP, D(2018, 6, 14),
     "The force should improve its understanding of the nature and scale of child sexual exploitation "
     "in its area.", None),
    (9870, "peel1819", AFI, CMP, D(2021, 3, 1),
     "The force should improve its use of its crime-recording and management system to better manage "
     "its case files and investigative processes.", None),
    (9871, "peel1819", AFI, BP, D(2019, 5, 2),
     "The force should ensure regular and active supervision of the quality and progress of "
     "investigations. This supervision should be properly recorded.", None),
    (9872, "peel1819", AFI, BP, D(2019, 5, 2),
     "The force should undertake further work to gain a fuller understanding of current demand for its "
     "services, and likely future changes in demand. This is so it can make best use of its resources "
     "by matching them to demand to meet the needs of the public.", None),
    (9873, "peel1819", AFI, SUP, D(2022, 6, 24),
     "The force should develop a future workforce plan that is aligned with its overall demand and "
     "budget. The plan should include future resource allocations, the mix of skills required by the "
     "workforce and behaviours expected of them.",
     "Superseded – this area was reinspected in PEEL 2021/22."),
    (9874, "peel1819", AFI, BP, D(2019, 5, 2),
     "Staffordshire Police should make sure it has access to accurate data and analysis to support "
     "effective performance management.", None),
    (10022, "cdi19", REC, BP, D(2021, 9, 20),
     "Within six months the force should put in place arrangements to ensure that:" + CRLF
     + "• at the point of report, victims are believed;" + CRLF
     + "• conversations between the call handlers and callers are summarised accurately in the incident "
     "log, thus providing attending officers with full facts on which to base crime-recording "
     "decisions;" + CRLF
     + "• multiple crimes are always recorded when described within incident records or identified as "
     "part of other recorded crime investigations;" + CRLF
     + "• the practice of awaiting the results of medical examinations or video interviews before making "
     "crime-recording decisions is stopped; and" + CRLF
     + "• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the "
     "victim or the wider public are identified and appropriately managed.",
     "The progress of the implementation of this recommendation is currently being monitored by "
     "HMICFRS and this record will, in due course, be updated."),
    (10023, "cdi19", REC, CMP, D(2020, 7, 16),
     "Within three months, the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.", None),
    (10024, "cdi19", REC, CMP, D(2021, 2, 22),
     "Immediately, the force should take steps to ensure it fully complies with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and human "
     "trafficking.", None),
    (11402, "powers", NAT, BP, D(2021, 2, 26),
     "By July 2022, forces should ensure that officers and staff have effective communication skills, "
     "in line with the National Policing Guidelines on Conflict Management. This should be in addition "
     "to existing training on conflict management and de-escalation.", None),
    (11403, "powers", NAT, BP, D(2021, 2, 26),
     "By July 2021, forces should ensure that communication skills are reinforced as part of the "
     "programme of continuing professional development for officers and staff, and that supervisors "
     "are supported to routinely and frequently debrief officers on these skills using body-worn video "
     "footage.", None),
    (11404, "powers", NAT, BP, D(2021, 2, 26),
     "By September 2021, forces should: ensure that officers record on body-worn video (when this is "
     "available) the entirety of all stop and search encounters, including traffic stops and use of "
     "force incidents." + CRLF
     + "have a structured process for regularly reviewing and monitoring internally a sufficient sample "
     "of body-worn video footage to identify and disseminate learning and hold officers to account when "
     "behaviour falls below acceptable standards." + CRLF
     + "provide external scrutiny panel members with access to samples of body-worn video footage "
     "showing stop and search encounters and use of force incidents, taking account of the safeguards "
     "in the College of Policing’s Authorised Professional Practice.", None),
    (11405, "powers", NAT, BP, D(2021, 2, 26),
     "By July 2021, forces should ensure they have effective internal monitoring processes on the use "
     "of force, to help them to identify and understand disproportionate use, explain the reasons and "
     "implement any necessary improvement action.", None),
    (12471, "peel2122", AFI, BP, D(2022, 6, 24),
     "The force should make sure victims of stalking and harassment are kept informed about the "
     "progress of their case, in line with the Code of Practice for Victims of Crime.", None),
    (12472, "peel2122", AFI, BP, D(2022, 6, 24),
     "The force should improve the timeliness of its response to calls for service involving domestic "
     "abuse.", None),
    (12473, "peel2122", AFI, BP, D(2022, 6, 24),
     "The force should make sure investigations of rape and serious sexual offences are allocated to "
     "officers with the right skills and are effectively supervised.", None),
    (12474, "peel2122", AFI, BP, D(2022, 6, 24),
     "The force should make sure it has enough specialist capacity and capability to investigate "
     "modern slavery and human trafficking.", None),
    (12475, "peel2122", AFI, CMP, D(2024, 2, 9),
     "The force should improve how it works with partner organisations to safeguard people at risk "
     "from county lines drug dealing.", None),
    (12476, "peel2122", AFI, BP, D(2022, 6, 24),
     "The force should make sure its analysis of serious and organised crime informs its strategic "
     "assessment and control strategy.", None),
    (12477, "peel2122", AFI, BP, D(2022, 6, 24),
     "The force should make sure it records reports of hate crime accurately and without delay.", None),
    (12478, "peel2122", AFI, BP, D(2022, 6, 24),
     "The force should make sure officers and staff have the training they need to identify and "
     "respond to vulnerable adults.", None),
    (12479, "peel2122", AFI, SUP, D(2024, 8, 15),
     CONTROL_ROOM, "Superseded by area for improvement 14214 (PEEL 2023/24)."),
    (14211, "peel2324", AFI, AR, D(2024, 8, 15),
     "The force should make sure it records reports of anti-social behaviour accurately and without "
     "delay.", None),
    (14212, "peel2324", AFI, AR, D(2024, 8, 15),
     "The force should improve the timeliness of its response to calls for service involving people "
     "with mental ill health.", None),
    (14213, "peel2324", AFI, AR, D(2024, 8, 15),
     "The force should make sure it consistently uses ancillary orders and other powers to protect "
     "victims of violence against women and girls.", None),
    (14214, "peel2324", AFI, AR, D(2024, 8, 15), CONTROL_ROOM, "New area for improvement"),
    (14215, "peel2324", COC, AR, D(2024, 8, 15),
     "The force does not have the capacity or capability to investigate crime effectively and this is "
     "affecting the service being provided to the public. There are failings in the way that crimes "
     "are being investigated.", None),
    (14216, "peel2324", REC, AR, D(2024, 8, 15),
     "Within six months the force should improve the supervision of investigations, so that "
     "investigation plans are set, reviewed and recorded and victims receive a consistently good "
     "service.", "Linked cause of concern: 14215"),
]

# Export artefacts: a few type/status cells carry the fixed-width padding of the source field.
PADDED = {8861: ("type", "National recommendation   "), 9871: ("status", "Being progressed  "),
          12477: ("status", "Being progressed  "), 3122: ("type", "National recommendation   ")}

# ---------------------------------------------------------------------------------------
# Force side. Each row: the fields, plus the HMICFRS refs it holds and the truth for each.
# ---------------------------------------------------------------------------------------
# Tracker sheet columns
TR_COLS = ["No.", "HMIC Ref", "Inspection / Report", "Published", "Type",
           "Recommendation / AFI (summary)", "Chief Officer Lead", "Action Owner", "RAG",
           "Latest Update", "Submitted for closure", "Next Review"]

# (no, ref cell, report, published, type, text, col lead, owner, rag, update, submitted, next review,
#  links: list of (hmicfrs ref, category, why))
TRACKER = [
    (1, "", "Stop & search powers 2", "Mar-15", "Nat Rec",
     "Explain to the public how S&S powers are used in Staffs & arrange for S&S records to be "
     "scrutinised by community reps (consult PCC; involve those stopped e.g. young people)",
     "ACC Local Policing", "Supt Neighbourhoods", "AMBER",
     "Community scrutiny panel relaunched Jan 24; youth panel still to be established.", None, D(2024, 12, 1),
     [(5127, "in_sync", "Same ask as HMICFRS 5127 (explain S&S use to public, community scrutiny of records, involve young people); report 'Stop & search powers 2' fixes it to 5127 not the near-identical 2013 item 1414; HMICFRS Being progressed, force AMBER: both open.")]),
    (2, 3120, "Policing in Austerity 2014", D(2014, 7, 22), "Nat Rec x4",
     "Recs 1-4 (all forces): review savings plans using VfM profiles; assess scope where <10% of "
     "savings via collaboration; front line workforce reductions – decisive action?; review "
     "collaboration plans before next spending round",
     "Director of Finance", "Head of Corporate Development", "AMBER",
     "Addressed holistically as part of the force change programme.", None, D(2024, 11, 1),
     [(3120, "closeable_local", "One tracker row holds all four austerity recs (ref 3120 given, 'Recs 1-4'); this part = review savings plans / VfM profiles; HMICFRS No further action required, force AMBER."),
      (3121, "closeable_local", "Same combined row, part '<10% of savings via collaboration' = 3121; HMICFRS No further action required, force AMBER."),
      (3122, "closeable_local", "Same combined row, part 'front line workforce reductions – decisive action' = 3122; HMICFRS No further action required, force AMBER."),
      (3123, "closeable_local", "Same combined row, part 'review collaboration plans before next spending round' = 3123; HMICFRS No further action required, force AMBER.")]),
    (3, "", "Core Business 2014", D(2014, 9, 4), "Nat Rec",
     "Crime prevention / disruption activity to be systematically recorded and evaluated (effectiveness of tactics)",
     "ACC Local Policing", "Problem Solving Hub", "GREEN",
     "Crime prevention activity now recorded on Niche and evaluated through the Problem Solving Hub. Ready to move to GREEN status.",
     None, None,
     [(4823, "closeable_submit", "Text is HMICFRS 4823 (crime prevention/disruption recorded and evaluated), Core Business; HMICFRS Being progressed, force GREEN.")]),
    (4, 5019, "Integrity Matters 2015", "30/01/2015", "Nat Rec",
     "Satisfy ourselves that misconduct investigations resulting in NFA are fair & free from any form of discrimination",
     "DCC", "Head of Professional Standards", "Amber ",
     "Annual disproportionality audit of NFA outcomes – 2024 audit in progress.", None, D(2025, 1, 31),
     [(5019, "closeable_local", "Ref 5019 and text agree; HMICFRS Complete (closed), force 'Amber' (open).")]),
    (5, 5605, "Firearms licensing 2015", D(2015, 9, 15), "Nat Rec",
     "Within 6 months assess demand placed on Firearms Licensing Dept & ensure it has capacity to meet demand / provide efficient & effective service at all times",
     "ACC Crime", "Supt Firearms Licensing", "AMBER",
     "Demand review part of FLD restructure.", None, D(2024, 12, 1),
     [(5605, "conflict", "Ref 5605 and ask agree, both open (Being progressed / AMBER) but timescale differs: HMICFRS 'Within three months', tracker 'Within 6 months'.")]),
    (6, 5607, "Firearms licensing 2015", D(2015, 9, 15), "Nat Rec",
     "‘Total expired’ licensing records – satisfy ourselves all appropriate action being taken",
     "ACC Crime", "Supt Firearms Licensing", "AMBER",
     "Weekly expired-certificate report in place; backlog of 38 being worked.", None, D(2024, 12, 1),
     [(5606, "conflict", "Text is the 'total expired' licensing records item = HMICFRS 5606, but the tracker's HMIC Ref says 5607 (the temporary permits item, which has its own row on Completed); matched by text, reference disagrees. Both open.")]),
    (7, "8793 / 8794", "PEEL Eff 16", "Mar-17", "CoC + Rec",
     "CoC – DA: officer discretion on DASH means risk not always assessed. Rec – effective supervison of the initial risk assessment process (DASH) in appropiate cases",
     "ACC Crime", "C/Supt Bell", "RED",
     "The Force Executive Team agreed on 25 July that we would risk-assess all DA incidents.", None, D(2024, 11, 15),
     [(8793, "in_sync", "One row holds the PEEL effectiveness 2016 DA cause of concern (8793) and its recommendation (8794); CoC part: HMICFRS Being progressed, force RED: both open."),
      (8794, "in_sync", "Same row, recommendation part (supervision of initial DASH risk assessment) = 8794; HMICFRS Being progressed, force RED: both open.")]),
    (8, 8861, "Stolen Freedom (MSHT) 2017", "24/10/2017", "Nat Rec",
     "Within 12 months review leadership & goverance arrangements for MSHT to ensure:\n"
     "• senior leaders prioritise response to MSHT;\n"
     "• every incident allocated appropriate resources with skills, experience & capacity to investigate;\n"
     "• effective partnership arrangements to co-ordinate activity, share info & safeguard victims",
     "ACC Crime", "Det Supt Public Protection", "AMBER",
     "MSHT governance board in place; partnership protocol with LA being refreshed.", None, D(2024, 12, 1),
     [(8861, "conflict", "Ref 8861 and stem agree, both open, but the tracker lists 3 of the 4 bullets: 'performance and quality assurance measures ... nature and quality of the service provided to victims' is missing.")]),
    (9, "", "Stolen Freedom (MSHT) 2017", "24/10/2017", "Nat Rec",
     "Immediately – s45 defence: early & continuing consideration for victims committing criminal acts under compulsion",
     "ACC Crime", "Det Supt Public Protection", "GREEN",
     "Completed. Evidence submitted to HMICFRS for closure.", D(2024, 7, 12), None,
     [(8863, "closeable_submit", "Text is the section 45 defence item = HMICFRS 8863; HMICFRS Being progressed, force GREEN with submission date 12/07/2024.")]),
    (10, 8864, "Stolen Freedom (MSHT) 2017", "24/10/2017", "Nat Rec",
     "NRM – fully compliant as the process evolves; notify HO of any suspected adult victim (MSA 2015 duty to notify)",
     "ACC Crime", "Det Supt Public Protection", "AMBER",
     "Duty to notify compliance dip-sampled quarterly; 82% at last sample.", None, D(2024, 12, 1),
     [(8864, "in_sync", "Ref 8864 and text agree; HMICFRS Being progressed, force AMBER: both open.")]),
    (11, 8865, "Stolen Freedom (MSHT) 2017", "24/10/2017", "Nat Rec",
     "NCRS compliance for MSHT offences (pt 1 of 2)",
     "ACC Crime", "Force Crime Registrar", "GREEN",
     "FCR audit Q1 24/25: 97% compliance for MSHT crimes.", None, None,
     [(8865, "closeable_submit", "Part 1 of 2 of HMICFRS 8865 (Stolen Freedom, ref given; the look-alike CDI 2019 item 10024 is a separate row on Completed); both parts GREEN, HMICFRS Being progressed.")]),
    (12, 8865, "Stolen Freedom (MSHT) 2017", "24/10/2017", "Nat Rec",
     "(pt 2) Sufficient audit capacity for the FCR to give reassurance re gaps in MSHT crime recording accuracy",
     "ACC Crime", "Force Crime Registrar", "GREEN",
     "Additional auditor post filled Feb 24.", None, None,
     [(8865, "closeable_submit", "Part 2 of 2 of HMICFRS 8865 (audit capacity for the force crime registrar); both parts GREEN, HMICFRS Being progressed.")]),
    (13, 8866, "Stolen Freedom (MSHT) 2017", "24/10/2017", "Nat Rec",
     "MSHT allegations thoroughly investigated & effectively supervised by teams with right skills/experience (incl. JITs & overseas intel)",
     "ACC Crime", "Det Supt Public Protection", "AMBER",
     "Work undertaken in area but still requires development to complete.", None, D(2024, 12, 1),
     [(8866, "closeable_local", "Ref 8866 and text agree; HMICFRS Superseded (by 12474), force AMBER.")]),
    (14, "", "Stolen Freedom (MSHT) 2017", "24/10/2017", "Nat Rec",
     "Review use of preventative powers under MSA 2015 (STPOs / STROs) so opportunities to restrict activity are exploited",
     "ACC Crime", "Det Supt Public Protection", "RED",
     "Little work yet undertaken in this area. Unlikely to reach deadlines.", None, D(2024, 11, 1),
     [(8867, "in_sync", "Text is the MSA 2015 preventative powers item = HMICFRS 8867; HMICFRS Awaiting review (open), force RED: both open.")]),
    (15, "HMIC 8890", "PEEL Efficiency 17 (all forces)", D(2017, 11, 9), "Nat Rec",
     "By Sept 2019 CCs to produce ambitious plan to improve digitally-enabled services within the force",
     "DCC", "Head of Digital Services", "AMBER",
     "Digital strategy 2023-26 approved; online reporting roadmap in delivery.", None, D(2025, 2, 1),
     [(8890, "conflict", "Ref 8890 ('HMIC 8890') and ask agree, both open, but the deadline differs: HMICFRS 'By September 2018', tracker 'By Sept 2019'.")]),
    (16, 8912, "PEEL Legit 17 S&S", D(2017, 12, 12), "Nat Rec",
     "S&S monitoring (a) – understand reasons for any disproportionate representation of ethnic groups",
     "ACC Local Policing", "Stop & Search lead", "GREEN",
     "Quarterly S&S disproportionality report to Fairness board.", None, None,
     [(8912, "closeable_submit", "Bullet (a) of HMICFRS 8912, which the force split into three rows (a)-(c); all three GREEN, HMICFRS Being progressed.")]),
    (17, 8912, "PEEL Legit 17 S&S", D(2017, 12, 12), "Nat Rec",
     "(b) – find rates by ethnicity & across search types incl. drugs possession v supply",
     "ACC Local Policing", "Stop & Search lead", "GREEN",
     "Included in quarterly report from Q2 23/24.", None, None,
     [(8912, "closeable_submit", "Bullet (b) of HMICFRS 8912 (find rates); all three parts GREEN, HMICFRS Being progressed.")]),
    (18, 8912, "PEEL Legit 17 S&S", D(2017, 12, 12), "Nat Rec",
     "(c) – prevalence of possession-only drug searches v local / force priorities",
     "ACC Local Policing", "Stop & Search lead", "Green",
     "Included in quarterly report from Q2 23/24.", None, None,
     [(8912, "closeable_submit", "Bullet (c) of HMICFRS 8912 (possession-only drug searches); all three parts GREEN/Green, HMICFRS Being progressed.")]),
    (19, 8913, "PEEL Legit 17 S&S", D(2017, 12, 12), "Nat Rec",
     "Where disparities identified – demonstrate to public the research/analysis done & action taken to reduce",
     "ACC Local Policing", "Stop & Search lead", "AMBER",
     "Research with Keele University on disparity drivers due Mar 25.", None, D(2025, 3, 31),
     [(8913, "in_sync", "Ref 8913 and text agree; HMICFRS Being progressed, force AMBER: both open.")]),
    (20, 8914, "PEEL Legit 17 S&S", D(2017, 12, 12), "Nat Rec",
     "Publish S&S analysis & actions taken at least annually (from July 18)",
     "ACC Local Policing", "Stop & Search lead", "AMBER",
     "2023 annual report not yet published on website.", None, D(2024, 12, 1),
     [(8914, "closeable_local", "Ref 8914 and text agree; HMICFRS Complete, force AMBER.")]),
    (21, 8915, "PEEL Legit 17 S&S", D(2017, 12, 12), "AFI",
     "By July 2018 – all officers using S&S powers trained on unconscious bias & CoP APP on S&S",
     "ACC Local Policing", "Head of Learning & Development", "AMBER",
     "Refresher module in 24/25 CPD programme; 74% completion.", None, D(2024, 12, 1),
     [(8915, "conflict", "Ref 8915 and text agree, both open, but type differs: HMICFRS National recommendation, tracker AFI.")]),
    (22, "", "NCPI 2018", "Jun-18", "Rec",
     "Missing children – call takers use missing/absent category correctly; call takers & frontline know CSE risk factors; supervisors oversee MISPER enquiries & direct timely investigative/safeguarding action",
     "ACC Crime", "Ch Supt Public Protection", "AMBER",
     "Absent category withdrawn in line with APP; supervisor review audit due Dec.", None, D(2024, 12, 1),
     [(9502, "in_sync", "Text is the missing children item with its three bullets = HMICFRS 9502 (NCPI 2018); HMICFRS Being progressed, force AMBER: both open.")]),
    (23, "", "NCPI 2018", "Jun-18", "AFI",
     "Improve understanding of the nature & scale of CSE in Staffordshire",
     "ACC Crime", "Ch Supt Public Protection", "AMBER",
     "CSE problem profile refresh commissioned.", None, D(2025, 1, 31),
     [(9505, "in_sync", "Text is the CSE nature-and-scale AFI = HMICFRS 9505 (NCPI 2018); HMICFRS Being progressed, force AMBER: both open.")]),
    (24, 9871, "PEEL 2018/19", "May-19", "AFI",
     "Regular & active supervison of quality & progress of investigations – properly recorded",
     "ACC Crime", "Det Ch Supt Force CID", "AMBER",
     "Investigation supervision standards built into Niche workflow; compliance 71%.", None, D(2024, 12, 1),
     [(9871, "in_sync", "Ref 9871 and text agree (PEEL 2018/19, not the 2023/24 look-alike 14216); HMICFRS Being progressed, force AMBER: both open.")]),
    (25, 9872, "PEEL 2018/19", "May-19", "AFI",
     "Gain fuller understanding of current & likely future demand (FMS) so resources matched to demand",
     "DCC", "Head of Corporate Development", "GREEN",
     "FMS 2024 submitted; demand model refreshed. Ready to move to GREEN status.", D(2024, 6, 28), None,
     [(9872, "closeable_submit", "Ref 9872 and text agree; HMICFRS Being progressed, force GREEN, submitted 28/06/2024.")]),
    (26, 9873, "PEEL 2018/19", "May-19", "AFI",
     "Future workforce plan aligned to demand & budget (resource allocations, skills mix, behaviours)",
     "Director of People", "Head of Workforce Planning", "AMBER",
     "Strategic workforce plan to Dec People Board.", None, D(2024, 12, 1),
     [(9873, "closeable_local", "Ref 9873 and text agree; HMICFRS Superseded, force AMBER.")]),
    (27, 9874, "PEEL 2018/19", "May-19", "AFI",
     "Access to accurate data & analysis to support effective performance mgmt",
     "DCC", "Head of Performance & Analysis", "AMBER",
     "Power BI performance suite phase 2.", None, D(2025, 1, 31),
     [(9874, "in_sync", "Ref 9874 and text agree; HMICFRS Being progressed, force AMBER: both open.")]),
    (28, 10022, "CDI 2019", "Sep-19", "Rec",
     "CDI a) victims believed at point of report; b) call handler conversations summarised accurately in incident log",
     "DCC", "Force Crime Registrar", "GREEN",
     "Contact centre QA now checks incident summaries.", None, None,
     [(10022, "in_sync", "Bullets 1-2 of HMICFRS 10022 (CDI 2019), which the force split into three rows; parts 1-2 and 3-4 GREEN but the online-triage part is AMBER, so the item is still open on both sides (HMICFRS Being progressed).")]),
    (29, 10022, "CDI 2019", "Sep-19", "Rec",
     "CDI c) multiple crimes always recorded; d) stop waiting for medical / video interview results before crime recording decision",
     "DCC", "Force Crime Registrar", "GREEN",
     "Completed. NCRS audit shows compliance.", None, None,
     [(10022, "in_sync", "Bullets 3-4 of HMICFRS 10022; this part GREEN but part e) is AMBER, so the item is open; HMICFRS Being progressed: both open.")]),
    (30, 10022, "CDI 2019", "Sep-19", "Rec",
     "CDI e) online crime reports triaged on receipt – ongoing risk to victim/public identified & managed",
     "DCC", "Supt Contact Centre", "AMBER",
     "Single Online Home triage desk business case with FET.", None, D(2024, 12, 1),
     [(10022, "in_sync", "Bullet 5 of HMICFRS 10022 (online triage), AMBER; item open on both sides.")]),
    (31, "", "Police powers spotlight (Feb 21)", "Feb-21", "Nat Rec",
     "By July 2022 – officers & staff have effective communication skills in line with National Policing Guidelines on Conflict Management",
     "ACC Local Policing", "Head of Learning & Development", "AMBER",
     "Communication skills module in OST from Apr 24.", None, D(2024, 12, 1),
     [(11402, "in_sync", "Text (and 'By July 2022') is HMICFRS 11402; HMICFRS Being progressed, force AMBER: both open.")]),
    (32, "", "Police powers spotlight (Feb 21)", "Feb-21", "Nat Rec",
     "By July 2021 – comms skills reinforced through CPD; supervisors supported to debrief officers using BWV footage",
     "ACC Local Policing", "Head of Learning & Development", "GREEN",
     "Supervisor BWV debrief guide issued; CPD sessions delivered.", None, None,
     [(11403, "closeable_submit", "Text is HMICFRS 11403 (CPD reinforcement, supervisors debrief with BWV); HMICFRS Being progressed, force GREEN.")]),
    (33, 11404, "Police powers spotlight (Feb 21)", "Feb-21", "Nat Rec",
     "BWV (i) – record the entirety of all S&S encounters incl. traffic stops & UoF incidents",
     "ACC Local Policing", "Stop & Search lead", "GREEN",
     "BWV policy updated; compliance 94%.", None, None,
     [(11404, "closeable_submit", "Part (i) of HMICFRS 11404, split into three rows; all three done (GREEN, GREEN, Complete), HMICFRS Being progressed.")]),
    (34, 11404, "Police powers spotlight (Feb 21)", "Feb-21", "Nat Rec",
     "BWV (ii) – structured process to review a sample of BWV footage internally – learning & accountability",
     "ACC Local Policing", "Stop & Search lead", "GREEN",
     "Monthly supervisor dip-sample in place.", None, None,
     [(11404, "closeable_submit", "Part (ii) of HMICFRS 11404; all three parts done, HMICFRS Being progressed.")]),
    (35, 11404, "Police powers spotlight (Feb 21)", "Feb-21", "Nat Rec",
     "BWV (iii) – external scrutiny panel access to samples of BWV (S&S & UoF) – APP safeguards",
     "ACC Local Policing", "Stop & Search lead", "Complete",
     "Scrutiny panel views footage quarterly since Sept 23.", None, None,
     [(11404, "closeable_submit", "Part (iii) of HMICFRS 11404 ('Complete'); all three parts done, HMICFRS Being progressed.")]),
    (36, "", "Police powers spotlight (Feb 21)", "Feb-21", "Nat Rec",
     "HO & NPCC – quality of data on UoF in S&S to be sufficient for publication (HO to publish)",
     "ACC Local Policing", "n/a", "WHITE",
     "Not the force's responsibility to deliver; dependent upon another organisation.", None, None,
     []),
    (37, "", "PEEL Legit 17 S&S", D(2017, 12, 12), "Nat Rec",
     "Effective internal monitoring of use of force – identify & understand disproportionate use, explain reasons, take improvement action",
     "ACC Local Policing", "Ch Insp OST", "AMBER",
     "UoF dashboard live; disproportionality explanation work with IAG ongoing.", None, D(2024, 12, 1),
     [(11405, "conflict", "Text is the use-of-force monitoring item, which is HMICFRS 11405 under 'Disproportionate use of police powers' (2021); the tracker files it under PEEL Legitimacy 2017 (Published 12/12/2017), where HMICFRS has no such item: report disagrees. Both open.")]),
    (38, "", "PEEL 21/22", "Jun-22", "AFI",
     "Keep stalking & harassment victims informed of case progress (VCOP)",
     "ACC Crime", "Head of Criminal Justice", "GREEN",
     "VCOP compliance for S&H 93% (Sept audit).", None, None,
     [(12471, "closeable_submit", "Text is HMICFRS 12471 (stalking and harassment victims kept informed, VCOP); HMICFRS Being progressed, force GREEN.")]),
    (39, "", "PEEL 21/22", "Jun-22", "AFI",
     "Timeliness of response to DA calls for service",
     "ACC Local Policing", "Supt Contact Centre", "AMBER",
     "Attendance times improving; grade 2 DA still outside target.", None, D(2024, 12, 1),
     [(12472, "in_sync", "Text is HMICFRS 12472 (timeliness of response to DA calls, not 14212 on mental ill health); HMICFRS Being progressed, force AMBER: both open.")]),
    (40, "", "PEEL 21/22", "Jun-22", "AFI",
     "RASSO investigations allocated to officers with right skills & effectively supervised",
     "ACC Crime", "Det Ch Supt Force CID", "RED",
     "Op Soteria rollout delayed; RASSO team establishment 80%.", None, D(2024, 11, 1),
     [(12473, "in_sync", "Text is HMICFRS 12473 (rape and serious sexual offences allocation and supervision); HMICFRS Being progressed, force RED: both open.")]),
    (41, "", "PEEL 21/22", "Jun-22", "AFI",
     "Enough specialist capacity & capability to investigate MSHT",
     "ACC Crime", "Det Supt Public Protection", "AMBER",
     "MSHT team uplift approved in 24/25 budget.", None, D(2025, 1, 31),
     [(12474, "in_sync", "Text is HMICFRS 12474 (specialist capacity to investigate MSHT; PEEL 21/22, not the Stolen Freedom item 8866); HMICFRS Being progressed, force AMBER: both open.")]),
    (42, "", "PEEL 21/22", "Jun-22", "AFI",
     "SOC analysis to inform strategic assessment & control strategy",
     "ACC Crime", "Head of Intelligence", "",
     "Complete – evidence pack sent to FLL 30/08/24.", D(2024, 8, 30), None,
     [(12476, "closeable_submit", "Text is HMICFRS 12476; the RAG cell has no word but is filled green, the update says complete and a closure submission date is recorded: force done; HMICFRS Being progressed.")]),
    (43, "", "PEEL 21/22", "Jun-22", "AFI",
     "Officers & staff have training needed to identify & respond to vulnerable adults",
     "ACC Local Policing", "Head of Learning & Development", "AMBER",
     "Vulnerability training (DVDL) 68% complete.", None, D(2024, 12, 1),
     [(12478, "in_sync", "Text is HMICFRS 12478 (training to identify and respond to vulnerable adults); HMICFRS Being progressed, force AMBER: both open.")]),
    (44, "", "PEEL 21/22", "Jun-22", "AFI",
     "Control room – sufficient resources to fulfil resourcing model & meet demand, while taking account of workforce wellbeing",
     "ACC Local Policing", "Supt Contact Centre", "AMBER",
     "Recruitment of 24 call handlers under way.", None, D(2024, 12, 1),
     [(12479, "closeable_local", "Control room text is in both PEEL 2021/22 (12479) and PEEL 2023/24 (14214); tracker says 'PEEL 21/22', Jun-22, so it is 12479, which HMICFRS has Superseded; force AMBER.")]),
    (45, "", "PEEL 21/22", "Jun-22", "AFI",
     "Improve understanding of the nature & scale of fraud in Staffordshire",
     "ACC Crime", "Head of Economic Crime", "AMBER",
     "Fraud problem profile due Q4.", None, D(2025, 3, 31),
     []),
    (46, "", "DA Improvement Plan (internal)", "", "Local",
     "Task & Finish group to review the DA policy and report to the Force Executive Team",
     "ACC Crime", "C/Supt Bell", "AMBER",
     "A Task & Finish group has been set up and a full implementation/project plan, policy rewrite and communications plan is now completed.",
     None, D(2024, 12, 1),
     []),
    (47, "", "Abuse of position for a sexual purpose 2017", "Oct-17", "CoC (national)",
     "Plans to seek intelligence on potential abuse of position for sexual gain; review of CCU capability & capacity",
     "DCC", "Head of Professional Standards", "GREEN",
     "CCU uplift complete; intelligence-sharing agreements with support agencies signed.", None, None,
     []),
    ("NOTE", "PEEL 2023/24 report published 15/08/24 – AFIs and CoC added 20/08/24, owners & RAG to be confirmed at Sept OLB"),
    (48, "", "PEEL 23/24", D(2024, 8, 15), "AFI",
     "ASB – record reports accurately & without delay",
     "ACC Local Policing", "tbc", "",
     "", None, D(2024, 11, 1),
     [(14211, "in_sync", "Text is HMICFRS 14211 (anti-social behaviour recorded accurately; not 12477 on hate crime); HMICFRS Awaiting review (open), force RAG blank: new and not yet assessed, so open: both open.")]),
    (49, "", "PEEL 23/24", D(2024, 8, 15), "AFI",
     "Consistent use of ancillary orders & other powers to protect VAWG victims",
     "ACC Crime", "tbc", "",
     "", None, D(2024, 11, 1),
     [(14213, "in_sync", "Text is HMICFRS 14213 (ancillary orders to protect VAWG victims); HMICFRS Awaiting review, force RAG blank (new): both open.")]),
    (50, "", "PEEL 23/24", D(2024, 8, 15), "CoC",
     "Force does not have capacity or capability to investigate crime effectively – failings in the way crimes are investigated",
     "ACC Crime", "Det Ch Supt Force CID", "AMBER",
     "Investigation improvement plan agreed with HMICFRS FLL.", None, D(2024, 11, 1),
     [(14215, "in_sync", "Text is the PEEL 2023/24 cause of concern 14215; HMICFRS Awaiting review, force AMBER: both open.")]),
    (51, "", "PEEL 23/24", D(2024, 8, 15), "Rec",
     "Within 6 months improve supervision of investigations – plans set, reviewed & recorded; victims receive consistently good service",
     "ACC Crime", "Det Ch Supt Force CID", "AMBER",
     "Part of investigation improvement plan (CoC).", None, D(2024, 11, 1),
     [(14216, "in_sync", "Text is HMICFRS 14216 (recommendation under CoC 14215; PEEL 23/24, not the 2018/19 AFI 9871); HMICFRS Awaiting review, force AMBER: both open.")]),
]

NOT_ON_LIST_WHY = {
    36: "Home Office / NPCC recommendation from the 2021 police powers spotlight; HMICFRS's list for the force does not hold it (only the four forces' items 11402-11405). Force WHITE (not ours to deliver).",
    45: "PEEL 21/22 'nature and scale of fraud' AFI: no HMICFRS item on fraud; the list's only 'nature and scale' item is 9505 on child sexual exploitation (NCPI 2018), a different topic and report.",
    46: "Force's own DA Improvement Plan action (Task & Finish group), never an HMICFRS item.",
    47: "2017 national abuse-of-position cause of concern: nothing on HMICFRS's list for the force matches it.",
}

DONE_COLS = ["No.", "HMIC Ref", "Report", "Type", "Recommendation", "Owner", "RAG",
             "Date completed", "Closed by HMICFRS?"]
COMPLETED = [
    ("C01", 1413, "Stop & Search 2013", "Nat Rec",
     "CCs to establish/improve monitoring of the way officers use S&S – satisfied acting lawfully (incl equality legislation & CoP) & power used effectively",
     "Stop & Search lead", "BLUE", D(2015, 12, 14), "Yes – portal May 16",
     [(1413, "in_sync", "Ref 1413 and text agree; HMICFRS Complete, force BLUE on Completed: both closed.")]),
    ("C02", 1412, "Stop & Search 2013", "Nat Rec",
     "CCs & College of Policing – S&S APP to set out clear spec of effective & fair use of S&S powers",
     "College of Policing", "WHITE", D(2016, 3, 1), "Yes",
     [(1412, "in_sync", "Ref 1412 and text agree; HMICFRS No further action required (closed), force WHITE (not the force's to deliver = done): both closed.")]),
    ("C03", "", "Everyone's Business (DA) 2014", "Nat Rec",
     "Establish & publish DA action plan by Sept 2014 (consult PCC, DA support orgs & victims reps; all recs in report; DHRs & IPCC findings; CPS scrutiny panels / MARAC self-assessments)",
     "Ch Supt Public Protection", "BLUE", D(2014, 9, 30), "Yes",
     [(2357, "in_sync", "Text is the Everyone's business DA action plan item = HMICFRS 2357 (all four bullets listed); HMICFRS Complete, force BLUE: both closed.")]),
    ("C04", 4822, "Core Business 2014", "Nat Rec",
     "Not later than 31/03/15 – call handlers given specific, sound & comprehensible THR criteria",
     "Supt Contact Centre", "BLUE", D(2015, 3, 2), "Yes",
     [(4822, "in_sync", "Ref 4822, Core Business and the 31/03/15 deadline agree (not the CDI 2019 look-alike 10023); HMICFRS Complete, force BLUE: both closed.")]),
    ("C05", 5604, "Firearms licensing 2015", "Nat Rec",
     "Assess governance of firearms licensing against APP – within 3 months; put correct arrangements in place",
     "Supt Firearms Licensing", "BLUE", D(2016, 1, 20), "Yes",
     [(5604, "in_sync", "Ref 5604 and text agree; HMICFRS Complete, force BLUE: both closed.")]),
    ("C06", 5607, "Firearms licensing 2015", "Nat Rec",
     "Temporary permits – in line with HO guidance, recorded on NFLMS without delay, no certificate holder left in unlawful possession",
     "Supt Firearms Licensing", "BLUE", D(2017, 5, 30), "Yes",
     [(5607, "in_sync", "Ref 5607 and text (temporary permits) agree; HMICFRS Complete, force BLUE: both closed. (Tracker row 6 wrongly also carries ref 5607.)")]),
    ("C07", 8795, "PEEL Effectiveness 2016", "Rec",
     "Consider ways of increasing use of arrest, ancillary orders & other powers – better service & protection for DA victims, more perpetrators brought to justice",
     "Ch Supt Public Protection", "BLUE", D(2018, 2, 28), "Yes – Apr 18",
     [(8795, "in_sync", "Ref 8795 and text agree; HMICFRS Complete, force BLUE: both closed.")]),
    ("C08", 8862, "Stolen Freedom (MSHT) 2017", "Nat Rec",
     "Within 6 months – active ISAs with other agencies for speedy exchange of intel, to safeguard victims & identify suspects early",
     "Head of Intelligence", "BLUE", D(2019, 5, 31), "Yes",
     [(8862, "in_sync", "Ref 8862 and text agree; HMICFRS Complete, force BLUE: both closed.")]),
    ("C09", 9503, "NCPI 2018", "Rec",
     "Detention of children – review with CSC: only detained when necessary & for min time; early assessment of need for alternative accomodation; detention certificates; record all actions/decisions; timely AA support",
     "Ch Insp Custody", "BLUE", D(2020, 9, 30), "Yes",
     [(9503, "in_sync", "Ref 9503 and text (all five bullets) agree; HMICFRS Complete, force BLUE: both closed.")]),
    ("C10", 9870, "PEEL 2018/19", "AFI",
     "Improve use of crime recording & mgmt system (Niche) to manage case files & investigative processes",
     "Det Ch Supt Force CID", "BLUE", D(2021, 1, 29), "Yes",
     [(9870, "in_sync", "Ref 9870 and text agree; HMICFRS Complete, force BLUE: both closed.")]),
    ("C11", 10023, "CDI 2019", "Rec",
     "Within 3 months – call handlers to have specific, sound & comprehensible criteria to assess THR",
     "Supt Contact Centre", "BLUE", D(2020, 3, 31), "Yes",
     [(10023, "in_sync", "Ref 10023, CDI 2019 and 'within 3 months' agree (not Core Business 4822); HMICFRS Complete, force BLUE: both closed.")]),
    ("C12", 10024, "CDI 2019", "Rec",
     "Immediately – NCRS compliance for offences identified as MSHT",
     "Force Crime Registrar", "GREEN", D(2021, 1, 15), "Yes",
     [(10024, "in_sync", "Ref 10024, CDI 2019 (not the Stolen Freedom item 8865, which the tracker split on rows 11-12); HMICFRS Complete, force GREEN on Completed: both closed.")]),
    ("C13", 12475, "PEEL 21/22", "AFI",
     "Improve partnership working to safeguard people at risk from county lines",
     "Head of Intelligence", "BLUE", D(2023, 12, 15), "Yes – Feb 24",
     [(12475, "in_sync", "Ref 12475 and text agree; HMICFRS Complete, force BLUE: both closed.")]),
    ("C14", 5388, "Building the Picture 2015", "Nat Rec",
     "Scrutinise audits of compliance with APP on information management via the IM goverance structure (incl. regular adjustment of record categorisation)",
     "Head of Information Management", "BLUE", D(2024, 8, 30), "Submitted 03/09/24 – awaiting HMICFRS",
     [(5388, "closeable_submit", "Ref 5388 and text agree; force BLUE on Completed (submitted 03/09/24), HMICFRS still Being progressed.")]),
]

RAG_FILL = {"GREEN": "#00B050", "AMBER": "#FFC000", "RED": "#FF0000", "BLUE": "#00B0F0",
            "WHITE": "#FFFFFF", "COMPLETE": "#00B050"}

# ---------------------------------------------------------------------------------------
# Layout of the HMICFRS print export
# ---------------------------------------------------------------------------------------
RUN = "14/10/2024 08:47"
PAGE_BODY = 610.0      # points of body per printed page (A4 portrait, page header/footer excluded)
TEXT_CPL = 118         # characters per line in the D:I text box (9 pt)
NOTE_CPL = 128         # characters per line in the note box (8 pt italic)


def lines(text: str, cpl: int) -> int:
    n = 0
    for para in text.replace("\r\n", "\n").split("\n"):
        n += max(1, math.ceil(len(para) / cpl))
    return n


def build_hmicfrs_rows():
    """Return the list of physical rows: (kind, payload, height) and item -> first row map."""
    groups = {g: (t, p) for g, t, p in GROUPS}
    body = []  # logical rows before pagination
    for gkey, title, pub in GROUPS:
        items = [it for it in ITEMS if it[1] == gkey]
        body.append(("GH", (gkey, title, pub, False), 16.5))
        for i, it in enumerate(items):
            ref = it[0]
            body.append(("RA", it, 14.25))
            body.append(("RT", it, 12.0 * lines(it[5], TEXT_CPL) + 2.25))
            if it[6]:
                body.append(("RN", it, 11.25 * lines("HMICFRS note: " + it[6], NOTE_CPL)))
            if i < len(items) - 1:
                body.append(("SP", None, 4.5))
        n_open = sum(1 for it in items if it[3] in OPEN)
        body.append(("GF", (len(items), n_open, len(items) - n_open), 13.5))
        body.append(("GB", None, 7.5))
    n_open = sum(1 for it in ITEMS if it[3] in OPEN)
    body.append(("RF", (len(ITEMS), n_open, len(ITEMS) - n_open), 15.0))
    body.append(("END", None, 13.5))

    # paginate: rows flow, no keep-together (the viewer's details section has "keep together" off)
    pages = [[]]
    used = 0.0
    current_group = None
    for kind, payload, h in body:
        if kind == "GH":
            current_group = payload
        if used + h > PAGE_BODY and pages[-1]:
            pages.append([])
            used = 0.0
            if kind in ("SP", "GB"):
                continue
            if kind != "GH" and kind not in ("RF", "END"):
                g = current_group
                pages[-1].append(("GH", (g[0], g[1], g[2], True), 16.5))
                used += 16.5
        pages[-1].append((kind, payload, h))
        used += h

    rows = []
    npages = len(pages)
    rows += [("RH1", None, 21.0), ("RH2", None, 24.0), ("RH3", None, 15.0), ("RH4", None, 12.75),
             ("RH5", None, 12.75), ("BL", None, 6.0)]
    for p, page in enumerate(pages, start=1):
        rows += [("PH1", None, 13.5), ("PH2", None, 13.5), ("PH3", None, 12.0)]
        rows += page
        rows += [("PF", (p, npages), 13.5)]
    return rows, npages


def write_hmicfrs(path: Path):
    rows, npages = build_hmicfrs_rows()
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True, "strings_to_numbers": False,
                                   "strings_to_formulas": False, "strings_to_urls": False})
    wb.set_properties({"title": "Recommendations by report", "author": "HMICFRS Monitoring Portal",
                       "company": "HMICFRS", "comments": "Exported from the report viewer",
                       "created": dt.datetime(2024, 10, 14, 8, 47, 0)})
    ws = wb.add_worksheet(HM_SHEET)
    ws.set_paper(9)
    ws.set_portrait()
    ws.fit_to_pages(1, 0)
    ws.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.5)
    ws.hide_gridlines(2)
    for col, w in zip("ABCDEFGHIJ", [0.85, 8.0, 1.3, 21.0, 40.0, 28.0, 17.0, 1.3, 11.0, 0.85]):
        ws.set_column(f"{col}:{col}", w)

    f = {}
    base = {"font_name": "Arial", "font_size": 9, "valign": "top"}

    def fmt(name, **kw):
        d = dict(base)
        d.update(kw)
        f[name] = wb.add_format(d)

    fmt("rh1", bold=True, font_size=13, font_color="#1F3864")
    fmt("rh1r", font_size=8, bold=True, align="right", font_color="#C00000")
    fmt("rh2", bold=True, font_size=16)
    fmt("rh3", bold=True, font_size=10)
    fmt("rh4", font_size=8, font_color="#404040")
    fmt("ph1", font_size=8, font_color="#595959", italic=True)
    fmt("ph1r", font_size=8, font_color="#595959", italic=True, align="right")
    fmt("ph2", bold=True, font_size=8, top=1)
    fmt("ph2r", bold=True, font_size=8, top=1, align="right")
    fmt("ph3", bold=True, font_size=8, italic=True, bottom=1)
    fmt("gh", bold=True, font_size=9, bg_color="#D9D9D9", valign="vcenter", text_wrap=False)
    fmt("ghr", font_size=8, bg_color="#D9D9D9", valign="vcenter", align="right")
    fmt("ghfill", bg_color="#D9D9D9")
    fmt("ref", num_format="#,##0", align="left", bold=True)
    fmt("cell", text_wrap=False)
    fmt("date", num_format="dd/mm/yyyy", align="right")
    fmt("text", text_wrap=True)
    fmt("note", text_wrap=True, italic=True, font_size=8, font_color="#595959")
    fmt("gf", italic=True, font_size=8, align="right", font_color="#404040", top=4)
    fmt("rf", bold=True, font_size=9, top=6)
    fmt("end", italic=True, font_size=8, align="center")
    fmt("pf", font_size=7, font_color="#7F7F7F")
    fmt("pfr", font_size=7, font_color="#7F7F7F", align="right")

    first_row = {}
    breaks = []
    r = 0
    for kind, payload, h in rows:
        ws.set_row(r, h)
        if kind == "RH1":
            ws.merge_range(r, 1, r, 5, "HMICFRS Monitoring Portal", f["rh1"])
            ws.merge_range(r, 6, r, 8, "OFFICIAL - SENSITIVE", f["rh1r"])
        elif kind == "RH2":
            ws.merge_range(r, 1, r, 8, "Recommendations by report", f["rh2"])
        elif kind == "RH3":
            ws.merge_range(r, 1, r, 8, f"Force:\u00a0{FORCE}", f["rh3"])
        elif kind == "RH4":
            ws.merge_range(r, 1, r, 8,
                           "Parameters:\u00a0 Status = All (open and closed);\u00a0 Type = All;\u00a0 "
                           "Report published 01/01/2013 to 14/10/2024;\u00a0 Sort = Publication date, Reference",
                           f["rh4"])
        elif kind == "RH5":
            ws.merge_range(r, 1, r, 8, f"Report run {RUN} by FLL.Staffordshire (force liaison lead)", f["rh4"])
        elif kind == "PH1":
            ws.merge_range(r, 1, r, 5, f"Recommendations by report \u2013 {FORCE}", f["ph1"])
            ws.merge_range(r, 6, r, 8, f"Run {RUN}", f["ph1r"])
        elif kind == "PH2":
            ws.write(r, 1, "Ref", f["ph2"])
            ws.write_blank(r, 2, None, f["ph2"])
            ws.merge_range(r, 3, r, 5, "Type", f["ph2"])
            ws.write(r, 6, "Status", f["ph2"])
            ws.write_blank(r, 7, None, f["ph2"])
            ws.write(r, 8, "Status date", f["ph2r"])
        elif kind == "PH3":
            ws.write_blank(r, 1, None, f["ph3"])
            ws.write_blank(r, 2, None, f["ph3"])
            ws.merge_range(r, 3, r, 8, "Recommendation / area for improvement / cause of concern (HMICFRS note beneath, where held)", f["ph3"])
        elif kind == "GH":
            gkey, title, pub, cont = payload
            ws.merge_range(r, 1, r, 5, title + ("  (continued)" if cont else ""), f["gh"])
            ws.merge_range(r, 6, r, 8, "Published: " + pub.strftime("%d %B %Y").lstrip("0"), f["ghr"])
            ws.write_blank(r, 0, None, f["ghfill"])
            ws.write_blank(r, 9, None, f["ghfill"])
        elif kind == "RA":
            ref, gkey, typ, status, sdate, text, note = payload
            first_row[ref] = r + 1
            pad = PADDED.get(ref)
            ws.write_number(r, 1, ref, f["ref"])
            ws.merge_range(r, 3, r, 5, pad[1] if pad and pad[0] == "type" else typ, f["cell"])
            ws.write_string(r, 6, pad[1] if pad and pad[0] == "status" else status, f["cell"])
            ws.write_datetime(r, 8, dt.datetime(sdate.year, sdate.month, sdate.day), f["date"])
        elif kind == "RT":
            ws.merge_range(r, 3, r, 8, payload[5], f["text"])
        elif kind == "RN":
            ws.merge_range(r, 3, r, 8, "HMICFRS note: " + payload[6], f["note"])
        elif kind == "GF":
            n, o, c = payload
            ws.merge_range(r, 4, r, 8, f"Items in this report: {n}    (open {o}, closed {c})", f["gf"])
        elif kind == "RF":
            n, o, c = payload
            ws.merge_range(r, 1, r, 8, f"Total for {FORCE}: {n} items    Open: {o}    Closed: {c}", f["rf"])
        elif kind == "END":
            ws.merge_range(r, 1, r, 8, "*** End of report ***", f["end"])
        elif kind == "PF":
            p, n = payload
            ws.merge_range(r, 1, r, 5, f"HMICFRS Monitoring Portal  \u2022  OFFICIAL - SENSITIVE  \u2022  Printed {RUN}", f["pf"])
            ws.merge_range(r, 6, r, 8, f"Page {p} of {n}", f["pfr"])
            breaks.append(r + 1)
        r += 1
    ws.set_h_pagebreaks(breaks[:-1])
    ws.print_area(0, 0, r - 1, 9)
    wb.close()
    path.write_bytes(buf.getvalue())
    return rows, first_row


# ---------------------------------------------------------------------------------------
# Force tracker
# ---------------------------------------------------------------------------------------
def est_height(texts_widths, base=15.0, line=12.0):
    n = 1
    for t, w in texts_widths:
        if t:
            n = max(n, lines(str(t), int(w * 1.15)))
    return max(base, line * n + 3)


def write_tracker(path: Path):
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True, "strings_to_numbers": False,
                                   "strings_to_formulas": False, "strings_to_urls": False})
    wb.set_properties({"title": "HMICFRS Recommendations Tracker", "author": "J Whitehouse",
                       "company": "Staffordshire Police", "manager": "Organisational Learning & Improvement",
                       "created": dt.datetime(2017, 3, 20, 9, 12, 0)})
    base = {"font_name": "Calibri", "font_size": 10, "valign": "top", "border": 1, "border_color": "#A6A6A6"}

    def F(**kw):
        d = dict(base)
        d.update(kw)
        return wb.add_format(d)

    title = wb.add_format({"bold": True, "font_size": 14, "font_color": "#002060"})
    sub = wb.add_format({"italic": True, "font_size": 9, "font_color": "#595959"})
    hdr = F(bold=True, bg_color="#002060", font_color="#FFFFFF", text_wrap=True, valign="vcenter")
    txt = F(text_wrap=True)
    cell = F()
    num = F(align="center")
    date = F(num_format="dd/mm/yyyy", align="center")
    datec = F(align="center")
    note = wb.add_format({"italic": True, "bold": True, "font_size": 10, "bg_color": "#FFF2CC",
                          "font_color": "#7F6000", "border": 1, "border_color": "#A6A6A6"})
    rag_fmt = {k: F(bold=True, align="center", bg_color=v) for k, v in RAG_FILL.items()}
    rag_plain = F(align="center")

    row_of = {}

    # --- main tracker sheet
    ws = wb.add_worksheet(TR_SHEET)
    widths = [5, 9, 22, 10, 9, 58, 16, 22, 9, 44, 12, 11]
    for i, w in enumerate(widths):
        ws.set_column(i, i, w)
    ws.write(0, 0, "STAFFORDSHIRE POLICE \u2013 HMICFRS RECOMMENDATIONS & AFIs TRACKER", title)
    ws.write(1, 0, "Organisational Learning & Improvement  |  Last updated: 21/10/2024 (JW)  |  OFFICIAL - SENSITIVE  |  "
                   "RAG key on 'RAG Key' tab; completed items moved to 'Completed' tab", sub)
    ws.set_row(3, 27)
    for c, h in enumerate(TR_COLS):
        ws.write(3, c, h, hdr)
    ws.freeze_panes(4, 0)
    r = 4
    for rec in TRACKER:
        if rec[0] == "NOTE":
            ws.merge_range(r, 0, r, len(TR_COLS) - 1, rec[1], note)
            ws.set_row(r, 15)
            row_of["NOTE"] = r + 1
            r += 1
            continue
        (no, ref, rep, pub, typ, text, lead, owner, rag, upd, subm, nxt, links) = rec
        row_of[("T", no)] = r + 1
        ws.set_row(r, est_height([(text, widths[5]), (upd, widths[9]), (rep, widths[2])]))
        ws.write_number(r, 0, no, num)
        if isinstance(ref, int):
            ws.write_number(r, 1, ref, num)
        elif ref:
            ws.write_string(r, 1, ref, num)
        else:
            ws.write_blank(r, 1, None, num)
        ws.write_string(r, 2, rep, txt)
        if isinstance(pub, dt.date):
            ws.write_datetime(r, 3, dt.datetime(pub.year, pub.month, pub.day), date)
        elif pub:
            ws.write_string(r, 3, pub, datec)
        else:
            ws.write_blank(r, 3, None, datec)
        ws.write_string(r, 4, typ, cell)
        ws.write_string(r, 5, text, txt)
        ws.write_string(r, 6, lead, txt)
        ws.write_string(r, 7, owner, txt)
        key = rag.strip().upper()
        if no == 42:   # RAG by colour only: cell left blank but filled green
            ws.write_blank(r, 8, None, rag_fmt["GREEN"])
        elif key in rag_fmt:
            ws.write_string(r, 8, rag, rag_fmt[key])
        elif rag:
            ws.write_string(r, 8, rag, rag_plain)
        else:
            ws.write_blank(r, 8, None, rag_plain)
        if upd:
            ws.write_string(r, 9, upd, txt)
        else:
            ws.write_blank(r, 9, None, txt)
        if subm:
            ws.write_datetime(r, 10, dt.datetime(subm.year, subm.month, subm.day), date)
        else:
            ws.write_blank(r, 10, None, date)
        if nxt:
            ws.write_datetime(r, 11, dt.datetime(nxt.year, nxt.month, nxt.day), date)
        else:
            ws.write_blank(r, 11, None, date)
        r += 1
    last = r - 1
    ws.autofilter(3, 0, last, len(TR_COLS) - 1)
    ws.data_validation(4, 8, last, 8, {"validate": "list",
                                       "source": ["GREEN", "AMBER", "RED", "BLUE", "WHITE"],
                                       "ignore_blank": True, "error_type": "warning"})

    # --- completed sheet (header in row 1, no title block)
    wc = wb.add_worksheet(DONE_SHEET)
    cw = [6, 9, 24, 9, 62, 24, 9, 13, 30]
    for i, w in enumerate(cw):
        wc.set_column(i, i, w)
    for c, h in enumerate(DONE_COLS):
        wc.write(0, c, h, hdr)
    wc.freeze_panes(1, 0)
    r = 1
    for rec in COMPLETED:
        (no, ref, rep, typ, text, owner, rag, dcomp, closed, links) = rec
        row_of[("C", no)] = r + 1
        wc.set_row(r, est_height([(text, cw[4]), (closed, cw[8])]))
        wc.write_string(r, 0, no, num)
        if isinstance(ref, int):
            wc.write_number(r, 1, ref, num)
        else:
            wc.write_blank(r, 1, None, num)
        wc.write_string(r, 2, rep, txt)
        wc.write_string(r, 3, typ, cell)
        wc.write_string(r, 4, text, txt)
        wc.write_string(r, 5, owner, txt)
        wc.write_string(r, 6, rag, rag_fmt[rag.strip().upper()])
        wc.write_datetime(r, 7, dt.datetime(dcomp.year, dcomp.month, dcomp.day), date)
        wc.write_string(r, 8, closed, txt)
        r += 1

    # --- RAG key sheet
    wk = wb.add_worksheet(KEY_SHEET)
    wk.set_column(0, 0, 12)
    wk.set_column(1, 1, 90)
    key_rows = [
        ("RAG", "Meaning"),
        ("GREEN", "The recommendation is implemented – ready to submit to HMICFRS for closure"),
        ("AMBER", "Subject to ongoing work and monitoring but is anticipated will be implemented"),
        ("RED", "Beyond designated deadline or cannot / will not be implemented (rationale required)"),
        ("BLUE", "Complete – signed off by chief officer lead; move row to 'Completed' tab"),
        ("WHITE", "Not Staffordshire Police responsibility to deliver or is dependent upon another organisation"),
        ("(blank)", "New – not yet assessed by owner"),
    ]
    for i, (k, v) in enumerate(key_rows):
        kf = hdr if i == 0 else rag_fmt.get(k, rag_plain)
        wk.write(i, 0, k, kf)
        wk.write(i, 1, v, hdr if i == 0 else txt)

    wb.close()
    path.write_bytes(buf.getvalue())
    return row_of


# ---------------------------------------------------------------------------------------
def force_done(rag: str, no) -> bool:
    if no == 42:
        return True   # green fill, 'Complete' update, submission date
    return rag.strip().upper() in {"GREEN", "BLUE", "WHITE", "COMPLETE"}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    rows, first_row = write_hmicfrs(OUT / "hmicfrs.xlsx")
    row_of = write_tracker(OUT / "tracker.xlsx")

    status = {it[0]: it[3] for it in ITEMS}
    # all force rows per HMICFRS ref, to judge split items as a whole
    parts = {}
    for rec in TRACKER:
        if rec[0] == "NOTE":
            continue
        for ref, _, _ in rec[12]:
            parts.setdefault(ref, []).append(force_done(rec[8], rec[0]))
    for rec in COMPLETED:
        for ref, _, _ in rec[9]:
            parts.setdefault(ref, []).append(True)

    truth = []
    seen = set()

    def add(ref, frow, cat, why):
        hrow = f"{HM_SHEET}!{first_row[ref]}" if ref is not None else ""
        truth.append((hrow, frow, cat, why))
        if ref is not None:
            seen.add(ref)
            if cat not in ("conflict", "review"):
                h_open = status[ref] in OPEN
                f_done = all(parts[ref])
                exp = ("closeable_submit" if (h_open and f_done) else
                       "closeable_local" if (not h_open and not f_done) else "in_sync")
                assert cat == exp, (ref, cat, exp)
            else:
                h_open = status[ref] in OPEN
                f_done = all(parts[ref])
                assert h_open != f_done, ("conflict items are otherwise in sync", ref)

    for rec in TRACKER:
        if rec[0] == "NOTE":
            continue
        frow = f"{TR_SHEET}!{row_of[('T', rec[0])]}"
        if not rec[12]:
            truth.append(("", frow, "not_on_hmicfrs_list", NOT_ON_LIST_WHY[rec[0]]))
        for ref, cat, why in rec[12]:
            add(ref, frow, cat, why)
    for rec in COMPLETED:
        frow = f"{DONE_SHEET}!{row_of[('C', rec[0])]}"
        for ref, cat, why in rec[9]:
            add(ref, frow, cat, why)
    missing_why = {
        1414: "2013 community-scrutiny item (Superseded by 5127); the tracker's only such row is filed under 'Stop & search powers 2' and consults PCCs, so it is 5127; nothing holds 1414.",
        5608: "Firearms item on identifying certificate holders before attendance / seizure powers: no tracker row mentions it (rows 5-6 and Completed C05-C06 are the other four firearms items).",
        8911: "PEEL legitimacy 2017 stop and search cause of concern: the tracker holds its recommendations (rows 16-21) but not the cause of concern itself.",
        12477: "PEEL 2021/22 AFI on recording hate crime: no tracker row; the only 'record reports accurately and without delay' row is about ASB under PEEL 23/24 (= 14211).",
        14212: "New PEEL 2023/24 AFI (mental ill health calls timeliness), not yet added to the tracker; the DA timeliness row 39 is 12472.",
        14214: "New PEEL 2023/24 control room AFI (same wording as 12479); the tracker's only control room row is filed under PEEL 21/22, Jun-22, so it is 12479.",
    }
    for it in ITEMS:
        if it[0] not in seen:
            truth.append((f"{HM_SHEET}!{first_row[it[0]]}", "", "missing_from_force", missing_why[it[0]]))
            seen.add(it[0])
    assert seen == {it[0] for it in ITEMS}
    assert set(missing_why) == {it[0] for it in ITEMS} - {r for rec in TRACKER if rec[0] != "NOTE" for r, _, _ in rec[12]} - {r for rec in COMPLETED for r, _, _ in rec[9]}

    sio = io.StringIO(newline="")
    w = csv.writer(sio, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for t in truth:
        w.writerow(t)
    (OUT / "truth.csv").write_bytes(sio.getvalue().encode("utf-8"))

    # layout facts for the README
    facts = []
    for i, (kind, payload, h) in enumerate(rows, start=1):
        facts.append((i, kind, payload))
    return facts, first_row, row_of, truth



def ranges(nums):
    nums = sorted(nums)
    out, i = [], 0
    while i < len(nums):
        j = i
        while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
            j += 1
        out.append(str(nums[i]) if i == j else f"{nums[i]}-{nums[j]}")
        i = j + 1
    return ", ".join(out)


def readback_checks(truth):
    """Read both files back with openpyxl and pandas; check every item row is in the truth."""
    import openpyxl
    import pandas as pd
    msgs = []
    wb = openpyxl.load_workbook(OUT / "hmicfrs.xlsx")
    ws = wb[HM_SHEET]
    item_rows = {r for r in range(1, ws.max_row + 1) if isinstance(ws.cell(r, 2).value, (int, float))}
    truth_h = {int(t[0].split("!")[1]) for t in truth if t[0]}
    assert item_rows == truth_h, (item_rows ^ truth_h)
    assert all(t[0].startswith(HM_SHEET + "!") for t in truth if t[0])
    df = pd.read_excel(OUT / "hmicfrs.xlsx", sheet_name=None, header=None, engine="openpyxl")
    assert list(df) == [HM_SHEET]
    refs = pd.to_numeric(df[HM_SHEET][1], errors="coerce").dropna()
    assert len(refs) == len(ITEMS) and len(set(refs)) == len(ITEMS)
    msgs.append(f"hmicfrs.xlsx: openpyxl sees {ws.max_row} rows, {len(item_rows)} rows with a numeric ref in column B, "
                f"{len(ws.merged_cells.ranges)} merged ranges; pandas reads {df[HM_SHEET].shape[0]} x "
                f"{df[HM_SHEET].shape[1]} and finds {len(refs)} distinct refs; every ref row is in truth.csv and no other Sheet1 row is.")
    wt = openpyxl.load_workbook(OUT / "tracker.xlsx")
    tr = wt[TR_SHEET]
    trows = {r for r in range(5, tr.max_row + 1) if isinstance(tr.cell(r, 1).value, (int, float))}
    crows = {r for r in range(2, wt[DONE_SHEET].max_row + 1) if wt[DONE_SHEET].cell(r, 1).value}
    truth_t = {int(t[1].split("!")[1]) for t in truth if t[1].startswith(TR_SHEET + "!")}
    truth_c = {int(t[1].split("!")[1]) for t in truth if t[1].startswith(DONE_SHEET + "!")}
    assert trows == truth_t, trows ^ truth_t
    assert crows == truth_c, crows ^ truth_c
    assert all(t[1].split("!")[0] in (TR_SHEET, DONE_SHEET) for t in truth if t[1])
    dft = pd.read_excel(OUT / "tracker.xlsx", sheet_name=None, header=None, engine="openpyxl")
    msgs.append(f"tracker.xlsx: sheets {list(dft)}; pandas shapes "
                + ", ".join(f"{k} {v.shape[0]}x{v.shape[1]}" for k, v in dft.items())
                + f"; {len(trows)} numbered rows on '{TR_SHEET}' and {len(crows)} on '{DONE_SHEET}', each in truth.csv.")
    tc = pd.read_csv(OUT / "truth.csv", dtype=str, keep_default_na=False)
    assert list(tc.columns) == ["hmicfrs_row", "force_row", "category", "why"] and len(tc) == len(truth)
    msgs.append(f"truth.csv: {len(tc)} lines read back with pandas, columns hmicfrs_row, force_row, category, why.")
    return msgs


def write_readme(rows, first_row, row_of, truth, checks):
    import collections
    kinds = collections.defaultdict(list)
    page_of = {}
    page = 0
    for i, (kind, payload, h) in enumerate(rows, start=1):
        kinds[kind].append(i)
        if kind == "PH1":
            page += 1
        page_of[i] = max(page, 1)
    splits = []
    for idx, (kind, payload, h) in enumerate(rows):
        if kind == "RA" and rows[idx + 1][0] != "RT":
            nxt = next(j for j in range(idx + 1, len(rows)) if rows[j][0] == "RT")
            splits.append(f"ref {payload[0]:,} (ref line row {idx + 1}, text row {nxt + 1})")
        if kind == "RT" and payload[6] and rows[idx + 1][0] != "RN":
            nxt = next(j for j in range(idx + 1, len(rows)) if rows[j][0] == "RN")
            splits.append(f"ref {payload[0]:,} (ref line row {first_row[payload[0]]}, text row {idx + 1}, its HMICFRS note row {nxt + 1})")
    cont = [i for i, (k, p, h) in enumerate(rows, start=1) if k == "GH" and p[3]]
    counts = collections.Counter(t[2] for t in truth)
    npages = len(kinds["PF"])
    fr = lambda ref: f"Sheet1!{first_row[ref]}"
    tr = lambda no: f"{TR_SHEET}!{row_of[('T', no)]}"
    cr = lambda no: f"{DONE_SHEET}!{row_of[('C', no)]}"
    order = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
             "not_on_hmicfrs_list", "review"]
    text = f"""# Case `{CASE}` (round 72, case A)

## Story

Staffordshire Police's force liaison lead ran the HMICFRS monitoring portal's print report
**"Recommendations by report"** for the force on {RUN} (parameters: all statuses, all types, reports
published 01/01/2013 to 14/10/2024) and exported it to Excel from the portal's report viewer, choosing
the page-based export with "page header and page footer on each page". The export reproduces the
printed page: a report header block, then page after page of shaded report bands with each item laid
out as a little record over two or three rows, page footers ("Page n of {npages}") and the repeated page
header in the cells, a "(continued)" band where a report runs over a page, per-report sub-totals and a
grand total. The Organisational Learning & Improvement team (risk / OL analyst "JW") keeps the force's
own tracker, an ordinary workbook grown since 2017: one main sheet of open items (plus some done ones
not yet moved), a "Completed" sheet where signed-off rows are moved, and a RAG key. The analyst must
reconcile the two before the Joint Audit Committee.

## Files

- `hmicfrs.xlsx` — one worksheet, **`Sheet1`** (the viewer's default name), {len(rows)} rows, columns A-J
  (A, C, H, J are thin spacer columns the viewer creates; J is empty). No header row in the table sense.
  Fields of a record: B = ref (register ID, a number shown with format `#,##0`, e.g. "10,022"), D:F merged =
  type, G = status, I = status date (a real date, `dd/mm/yyyy`); next row D:I merged = the text; optional
  third row D:I merged = "HMICFRS note: ..." (italic). {len(ITEMS)} items in {len(GROUPS)} reports, {npages} printed pages,
  manual page breaks set after each page footer. Document properties fixed (created 14/10/2024 08:47).
- `tracker.xlsx` — three sheets:
  - **`{TR_SHEET}`**: title row 1, sub-title row 2, blank row 3, **header row 4** (`No.`, `HMIC Ref`,
    `Inspection / Report`, `Published`, `Type`, `Recommendation / AFI (summary)`, `Chief Officer Lead`,
    `Action Owner`, `RAG`, `Latest Update`, `Submitted for closure`, `Next Review`); item rows 5-51 and 53-56
    (No. 1-51), a yellow note row {row_of['NOTE']}; frozen panes, autofilter, RAG list validation, RAG cells filled in
    their colour.
  - **`{DONE_SHEET}`**: **header row 1** (`No.`, `HMIC Ref`, `Report`, `Type`, `Recommendation`, `Owner`,
    `RAG`, `Date completed`, `Closed by HMICFRS?`), item rows 2-15 (No. C01-C14).
  - **`{KEY_SHEET}`**: the RAG key (7 rows), no items.
- `truth.csv` — UTF-8, columns `hmicfrs_row,force_row,category,why`, {len(truth)} lines. The HMICFRS provenance of an
  item is the row of its **first line** (the ref / type / status / date row), e.g. ref 8,861 is `Sheet1!{first_row[8861]}`,
  even where its text sits on the next page.
- `README.md` — this file.

Texts: every HMICFRS text is real HMICFRS wording copied as a literal from
`/work/main/reconcile/casegen/texts/` (national lists, `BODIES` with real `STEMS`, `CAUSES`, `TOPIC_BODIES`)
and `/work/shared/data/real_recommendations.csv` (the five-bullet detention-of-children text, with the
force's name put in), quirks kept (stray footnote "86" and "20", "•" with and without a space, curly quotes,
"and•"). Tracker wording is the force's own (abridged, abbreviated: S&S, MSHT, DA, VCOP, RASSO, THR, FCR;
misspelt: "supervison", "appropiate", "goverance", "accomodation").

## What the HMICFRS layout brings (row numbers as Excel shows them)

1. **Report header block, page 1 only**: rows 1-6 (portal name + "OFFICIAL - SENSITIVE", the title
   "Recommendations by report", "Force: Staffordshire Police" with a non-breaking space, the parameter line
   with non-breaking spaces, the run line, a 6 pt blank row).
2. **Page header on every page**: rows {ranges(kinds['PH1'] + kinds['PH2'] + kinds['PH3'])}
   (a grey line "Recommendations by report – Staffordshire Police | Run ...", then the two-line column
   caption: "Ref | Type | Status | Status date" and "Recommendation / area for improvement / cause of concern
   (HMICFRS note beneath, where held)"). It appears {npages} times, {npages - 1} of them mid-sheet.
3. **Page footer on every page**: rows {ranges(kinds['PF'])} ("HMICFRS Monitoring Portal • OFFICIAL - SENSITIVE •
   Printed ..." and "Page n of {npages}").
4. **Shaded report bands** (grey fill, B:F title, G:I "Published: 24 October 2017" as text): rows
   {ranges([i for i in kinds['GH'] if i not in cont])}. The report and its publication date exist only in the band;
   every item below inherits them.
5. **"(continued)" bands** at the top of a page, repeating the report title with "  (continued)": rows
   {ranges(cont)}. They are not new reports.
6. **Records split across a page break** (the viewer's details section is not kept together):
   {'; '.join(splits)}. The text or note of the record sits below a page footer, a page header and a
   "(continued)" band, with no ref beside it.
7. **Item records**: first lines at rows {ranges(kinds['RA'])}; text rows {ranges(kinds['RT'])};
   HMICFRS note rows {ranges(kinds['RN'])}. Items with a note take three rows, the others two.
8. **Spacer rows** (4.5 pt, empty) between records: rows {ranges(kinds['SP'])}.
9. **Per-report sub-totals** "Items in this report: n (open o, closed c)": rows {ranges(kinds['GF'])}; blank gap rows
   after them: {ranges(kinds['GB'])}.
10. **Grand total and end line**: row {kinds['RF'][0]} ("Total for Staffordshire Police: {len(ITEMS)} items  Open: ... Closed: ...") and
    row {kinds['END'][0]} ("*** End of report ***").
11. **What the export does to cells**: multi-line texts (bullets) were CR LF in the portal, so the cells hold
    `_x000D_` escapes before each line feed (Excel shows nothing; openpyxl and pandas give the literal
    `_x000D_\\n`), e.g. refs 2,357, 8,861, 8,912, 9,502, 10,022, 11,404. Refs are numbers formatted `#,##0`
    (shown "10,022"). Status dates are real dates; published dates are text inside the band. Fixed-width
    padding survives in a few cells: type "National recommendation   " (refs 3,122 and 8,861), status
    "Being progressed  " (refs 9,871 and 12,477). Every band, text and note is a merged range.
12. **Notes that carry meaning**: "Superseded by recommendation 5127", "Superseded by area for improvement
    12474 / 14214", "Linked cause of concern: 8793 / 8911 / 14215", closure reasons ("This area of activity has
    subsequently been inspected ...", "Authorised for closure ..."), "Force update received 03/09/2024".

HMICFRS statuses used: Awaiting review, Being progressed (open); Complete, Superseded, No further action
required (closed).

## What the force tracker brings

(Row numbers in this and the next section without a sheet name are on `{TR_SHEET}`.)

- `HMIC Ref` is mixed: numbers, blanks, "HMIC 8890", "8793 / 8794" (one row, two items), and one wrong
  ref (row {row_of[('T', 6)]} says 5607 but is the 'total expired' item 5606).
- Report names are the force's own ("PEEL Eff 16", "Stolen Freedom (MSHT) 2017", "Police powers spotlight
  (Feb 21)", "PEEL 21/22", "PEEL 23/24", "CDI 2019", "NCPI 2018"); `Published` is a mix of real dates, text
  ("Mar-17", "24/10/2017") and blanks.
- `Type` in the force's words: Nat Rec, Rec, AFI, CoC, "CoC + Rec", "Nat Rec x4", "CoC (national)", Local.
- RAG words: GREEN, Green, AMBER, "Amber " (trailing space), RED, BLUE, WHITE, Complete, blank; all RAG
  cells filled in their colour. Row {row_of[('T', 42)]} has **no word, only a green fill** (plus "Complete – evidence pack sent
  to FLL 30/08/24" and a submission date): done. Rows {row_of[('T', 48)]}-{row_of[('T', 49)]} have a blank RAG with
  owner "tbc" under the note "owners & RAG to be confirmed": new, open (the RAG key says blank = "New – not yet assessed").
- Done = GREEN / BLUE / WHITE / Complete (RAG key: GREEN "implemented – ready to submit", BLUE "signed off",
  WHITE "not Staffordshire Police responsibility"); open = AMBER / RED / blank. Every row on `{DONE_SHEET}` is
  done (BLUE, one WHITE, one GREEN).
- Splits: 8865 over 2 rows, 8912 over 3 rows (bullets a-c), 10022 over 3 rows (bullets 1-2, 3-4, 5),
  11404 over 3 rows (parts i-iii). Combined rows: austerity recs 3120-3123 in one row, CoC 8793 + rec 8794 in one row.

## Traps and how the truth decides them

- **Split records across page breaks** (refs 9,503 and 10,022, and the note of 8,795): the record is the one
  whose ref line is above the footer; the text after the page furniture belongs to it. Provenance = the ref line.
- **"(continued)" bands** repeat a report; they add no items.
- **Near-identical texts under different reports**, decided by the tracker's report name / date / ref:
  - 1414 (2013, "elected local policing bodies", Superseded) vs 5127 (2015, "police and crime commissioners"):
    tracker row {row_of[('T', 1)]} says "Stop & search powers 2", "consult PCC" → 5127; 1414 is missing_from_force.
  - Call-handler THR criteria: 4822 (Core Business, "Not later than 31 March 2015") vs 10023 (CDI 2019, "Within three
    months") → {cr('C04')} and {cr('C11')} respectively.
  - NCRS for MSHT: 8865 (Stolen Freedom, plus FCR audit capacity) vs 10024 (CDI 2019) → rows {row_of[('T', 11)]}-{row_of[('T', 12)]} (split) and {cr('C12')}.
  - Supervision of investigations: 9871 (PEEL 2018/19) vs 14216 (PEEL 2023/24, "Within six months", under CoC 14215) →
    rows {row_of[('T', 24)]} and {row_of[('T', 51)]}.
  - Control room AFI, identical text in 12479 (PEEL 2021/22, Superseded) and 14214 (PEEL 2023/24, Awaiting review):
    tracker row {row_of[('T', 44)]} is "PEEL 21/22", "Jun-22" → 12479, closeable_local; 14214 missing_from_force.
  - MSHT investigation: 8866 (Stolen Freedom, Superseded by 12474) vs 12474 (PEEL 2021/22) → rows {row_of[('T', 13)]} and {row_of[('T', 41)]}.
  - "record reports ... accurately and without delay": 12477 hate crime (2021/22) vs 14211 ASB (2023/24) → tracker
    row {row_of[('T', 48)]} is ASB → 14211; 12477 missing_from_force.
  - "improve its understanding of the nature and scale of ...": 9505 (CSE) is row {row_of[('T', 23)]}; the fraud row {row_of[('T', 45)]} has no
    HMICFRS item → not_on_hmicfrs_list.
- **Wrong ref in the tracker**: row {row_of[('T', 6)]} carries 5607 but its text is 'total expired' = 5606 → conflict (reference);
  5607 itself is {cr('C06')} (temporary permits) → in_sync.
- **Conflicts** (matched, both sides otherwise in step, a fact differs): 5605 timescale ("Within three months" vs
  "Within 6 months", row {row_of[('T', 5)]}); 5606 reference (row {row_of[('T', 6)]}); 8861 missing bullet (tracker lists 3 of 4,
  row {row_of[('T', 8)]}); 8890 deadline ("By September 2018" vs "By Sept 2019", row {row_of[('T', 15)]}); 8915 type (National
  recommendation vs AFI, row {row_of[('T', 21)]}); 11405 report (tracker files the 2021 use-of-force item under PEEL Legitimacy
  2017, row {row_of[('T', 37)]}). Abridged texts that merely drop a timescale or words are **not** conflicts.
- **Split items**: an item is done only when every part is done: 8865 (both GREEN) and 8912 (three GREEN) and 11404
  (GREEN, GREEN, Complete) → closeable_submit on every part line; 10022 (GREEN, GREEN, AMBER) → open → in_sync
  on all three lines.
- **One row, several items**: row {row_of[('T', 2)]} (austerity 3120-3123, AMBER; HMICFRS No further action required) →
  four closeable_local lines; row {row_of[('T', 7)]} (CoC 8793 + rec 8794, RED; both Being progressed) → two in_sync lines.
- **Causes of concern**: 8911 (PEEL legitimacy 2017) is not tracked (its recommendations are) → missing_from_force;
  14215 has its own row.
- **Colour-only status** (row {row_of[('T', 42)]}) → done → 12476 closeable_submit.
- **WHITE**: {cr('C02')} (1412, HMICFRS No further action required) → done, both closed → in_sync; row {row_of[('T', 36)]}
  (Home Office / NPCC item, not on HMICFRS's force list) → not_on_hmicfrs_list.
- **Done rows on the Completed sheet where HMICFRS is still open**: 5388 ({cr('C14')}, "Submitted 03/09/24 – awaiting
  HMICFRS") → closeable_submit.
- No line uses `review`.

## Counts

{chr(10).join(f"- {c}: {counts.get(c, 0)}" for c in order)}
- total lines: {len(truth)}; HMICFRS items: {len(ITEMS)} (all covered, each once); force item rows: {len(row_of) - 1}
  ({TR_SHEET} 51, {DONE_SHEET} 14), each once per HMICFRS item it holds.

## Rows that are not items

- `hmicfrs.xlsx` `Sheet1`: report header rows 1-6; page header rows {ranges(kinds['PH1'] + kinds['PH2'] + kinds['PH3'])};
  report bands {ranges(kinds['GH'])} (including the "(continued)" bands {ranges(cont)}); text rows {ranges(kinds['RT'])}
  and note rows {ranges(kinds['RN'])} (second and third lines of a record, not items of their own);
  spacer rows {ranges(kinds['SP'])}; sub-total rows {ranges(kinds['GF'])}; gap rows {ranges(kinds['GB'])}; grand total
  row {kinds['RF'][0]}; end line {kinds['END'][0]}; page footer rows {ranges(kinds['PF'])}.
- `tracker.xlsx` `{TR_SHEET}`: row 1 title, row 2 sub-title, row 3 blank, row 4 header, row {row_of['NOTE']} note
  ("PEEL 2023/24 report published 15/08/24 – AFIs and CoC added ...").
- `tracker.xlsx` `{DONE_SHEET}`: row 1 header.
- `tracker.xlsx` `{KEY_SHEET}`: rows 1-7, the RAG key (a legend).

## Checks run

- The builder asserts that every non-conflict category follows from the two statuses (HMICFRS open/closed, force
  done on every part) and that every conflict pair is otherwise in step; that every HMICFRS item is in the truth.
{chr(10).join('- ' + m for m in checks)}
- Two builds are byte-identical (XlsxWriter in-memory zip with 1980 timestamps, fixed document properties, no
  clock, no randomness); checked with `sha256sum` on two runs.
- The tool was never run or imported; nothing under `/work/main/reconcile/` was read except the text lists.
"""
    (OUT / "README.md").write_bytes(text.encode("utf-8"))


if __name__ == "__main__":
    facts, first_row, row_of, truth = main()
    rows, _ = build_hmicfrs_rows()
    checks = readback_checks(truth)
    write_readme(rows, first_row, row_of, truth, checks)
    import collections
    print(collections.Counter(t[2] for t in truth), len(truth))
    for m in checks:
        print(m)
