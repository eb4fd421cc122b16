"""Builder for the evaluation case `report_server_two_line_records` (round 71, case B).

HMICFRS side: the Force Liaison Lead ran the monitoring portal's "Recommendations by report"
report and exported it to Excel the way a report server (SSRS-style) renders it: a title and
parameter block, a two-row column header, one grouped block per report (report-title row with
the publication date, item records, a report-total row), and each item spread over TWO rows
(a field line with the reference merged vertically down both rows, then the text on its own
merged line), with a third "HMICFRS comment" line for some items.  Spacer columns, merged
cells, a "Days open" column, a grand total and a status legend; a second sheet holds a status
summary matrix from the report's page break.

Force side: an ordinary Excel tracker kept by the force's inspection & audit coordinator.

Run: /work/main/.venv/bin/python /tmp/indep71/build_report_server_two_line_records.py
Rebuilds every file byte for byte (no clock, fixed document properties, fixed zip times).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import os
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

CASE = "report_server_two_line_records"
OUT = os.path.join("/tmp/indep71", CASE)
FIXED = dt.datetime(2024, 11, 6, 10, 42, 0)
RUN_DATE = dt.date(2024, 11, 6)

D = dt.date
NAT, REC, AFI, COC = ("National recommendation", "Recommendation", "Area for improvement",
                      "Cause of concern")
AR, BP, CO, SU, NFA = ("Awaiting review", "Being progressed", "Complete", "Superseded",
                       "No further action required")
CLOSED = {CO, SU, NFA}

# ----------------------------------------------------------------------------------------
# HMICFRS reports and items (texts are literal public wording, OGL)
# ----------------------------------------------------------------------------------------
# report key -> (title, published)
REPORTS = {
    "A": ("Stop and search powers: Are the police using them effectively and fairly?",
          D(2013, 7, 9)),
    "C": ("Everyone's business: Improving the police response to domestic abuse",
          D(2014, 3, 27)),
    "D": ("Policing in austerity: Meeting the challenge", D(2014, 7, 22)),
    "E": ("Core Business: an inspection into crime prevention, police attendance and the use "
          "of police time", D(2014, 9, 4)),
    "F": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide "
          "the capability to tackle corruption in policing", D(2015, 1, 30)),
    "B": ("Stop and search powers 2: are the police using them effectively and fairly?",
          D(2015, 3, 24)),
    "G": ("Building the picture: an inspection of police information management",
          D(2015, 7, 1)),
    "H": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms "
          "licensing in police forces in England and Wales", D(2015, 9, 15)),
    "I": ("PEEL: Police efficiency 2015 – An inspection of Northamptonshire Police",
          D(2015, 10, 20)),
    "J": ("PEEL: Police effectiveness 2016 – An inspection of Northamptonshire Police",
          D(2017, 3, 2)),
    "L": ("Stolen freedom: the policing response to modern slavery and human trafficking",
          D(2017, 10, 24)),
    "M": ("PEEL: Police efficiency 2017 (national overview)", D(2017, 11, 9)),
    "N": ("PEEL: Police efficiency 2017 – An inspection of Northamptonshire Police",
          D(2017, 11, 9)),
    "O": ("PEEL: Police legitimacy 2017 (national overview)", D(2017, 12, 12)),
    "P": ("PEEL: Police legitimacy 2017 – An inspection of Northamptonshire Police",
          D(2017, 12, 12)),
    "Q": ("National child protection inspection 2018 – Northamptonshire Police",
          D(2018, 6, 28)),
    "R": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Northamptonshire "
          "Police", D(2019, 5, 2)),
    "K": ("Crime data integrity inspection 2019 – Northamptonshire Police", D(2019, 9, 12)),
    "S": ("Disproportionate use of police powers: A spotlight on stop and search and the use "
          "of force", D(2021, 2, 26)),
    "T": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Northamptonshire "
          "Police", D(2022, 5, 20)),
    "U": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24 – Northamptonshire "
          "Police", D(2024, 7, 18)),
}

C_SUPERSEDED_PEEL = ("This area of activity has subsequently been inspected in HMIC's PEEL "
                     "Effectiveness inspections. Where a cause of concern still exists this will "
                     "appear in the register against these subsequent inspections.")
C_MONITORED = ("The progress of the implementation of this recommendation is currently being "
               "monitored by HMICFRS and this record will, in due course, be updated.")
C_CDI = ("Authorised for closure on the basis of the additional observations offered by members "
         "of the CDI inspection team in recent inspection activity.")
C_DONE = "This recommendation is complete"
C_AUSTERITY = ("No further action required. This area of activity has subsequently been "
               "inspected each year through the PEEL Efficiency inspections.")
C_REVIEWING = ("The status of this recommendation is currently being reviewed by HMIC and will be "
               "updated when this review is complete.")

# key, report, ref, type, status, status date, updated by, comment, text
ITEMS = [
    ("A1", "A", 2104, NAT, NFA, D(2016, 2, 11), "HMICFRS",
     "National recommendation for the College of Policing – no further action required by the "
     "force.",
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice."),
    ("A2", "A", 2105, NAT, CO, D(2015, 6, 4), "HMICFRS", C_DONE,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust."),
    ("A3", "A", 2106, NAT, CO, D(2015, 6, 4), "HMICFRS", None,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people."),
    ("C1", "C", 2321, NAT, SU, D(2016, 3, 21), "HMICFRS", C_SUPERSEDED_PEEL,
     "By September 2014, every police force in England and Wales should establish and publish "
     "an action plan that specifies in detail what steps it will take to improve its approach "
     "to domestic abuse.\n\nThis action plan should be developed:\n\n"
     "• in consultation with police and crime commissioners, domestic abuse support "
     "organisations and victims' representatives;\n"
     "• after close consideration of all the recommendations in this report;\n"
     "• with reference to all relevant domestic homicide reviews and IPCC findings, whether in "
     "connection with the force in question or another force; and 20\n"
     "• drawing on relevant knowledge acquired or available from other sources such as CPS "
     "scrutiny panels and MARAC self-assessments."),
    ("D1", "D", 2790, NAT, NFA, D(2017, 10, 2), "HMICFRS", C_AUSTERITY,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews"),
    ("D2", "D", 2791, NAT, NFA, D(2017, 10, 2), "HMICFRS", C_AUSTERITY,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn."),
    ("D3", "D", 2792, NAT, NFA, D(2017, 10, 2), "HMICFRS", C_AUSTERITY,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn."),
    ("D4", "D", 2793, NAT, NFA, D(2017, 10, 2), "HMICFRS", C_AUSTERITY,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there is "
     "scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector."),
    ("E1", "E", 3310, NAT, CO, D(2016, 1, 18), "HMICFRS", None,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk."),
    ("E2", "E", 3311, NAT, BP, D(2023, 3, 9), "Force", None,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed."),
    ("F1", "F", 3502, NAT, CO, D(2016, 3, 14), "HMICFRS", C_DONE,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination."),
    ("B1", "B", 4431, NAT, BP, D(2019, 8, 30), "Force", None,
     "Chief constables should, in consultation with police and crime commissioners, ensure that "
     "they comply with the Code of Practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example young people."),
    ("G1", "G", 4790, NAT, BP, D(2023, 5, 12), "Force", C_MONITORED,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure that "
     "categorisation of records are regularly adjusted."),
    ("H1", "H", 5120, NAT, CO, D(2016, 9, 1), "HMICFRS", None,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full."),
    ("H2", "H", 5121, NAT, BP, D(2024, 2, 19), "Force", None,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times."),
    ("H3", "H", 5122, NAT, CO, D(2017, 4, 26), "HMICFRS", None,
     "Immediately, all chief constables should satisfy themselves that all appropriate action is "
     "being taken by their force with regard to ‘total expired’ licensing records."),
    ("H4", "H", 5123, NAT, BP, D(2022, 11, 3), "Force", None,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm."),
    ("H5", "H", 5124, NAT, AR, D(2015, 9, 15), None, None,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment which "
     "they should be undertaking in such circumstances, and their power, when appropriate, to "
     "seize firearms and firearm certificates."),
    ("I1", "I", 5388, AFI, SU, D(2017, 11, 9), "HMICFRS",
     "Superseded by the area for improvement in the PEEL: Police efficiency 2017 report.",
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use of "
     "its resources by matching them to demand to meet the needs of the public"),
    ("I2", "I", 5389, AFI, CO, D(2017, 6, 22), "HMICFRS", None,
     "The force should develop its understanding of the links between its outcomes, outputs and "
     "costs"),
    ("I3", "I", 5390, AFI, BP, D(2021, 7, 15), "Force", None,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them."),
    ("J1", "J", 6812, COC, BP, D(2024, 4, 10), "Force", None,
     "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
     "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
     "incidents does not provide confidence that risk is always assessed appropriately. In "
     "cases where a DASH risk assessment is not completed the officer should record an "
     "assessment on the crime management system. HMIC found that officers are not consistently "
     "completing a DASH in circumstances where force policy requires that they should do so. "
     "This means that some victims of domestic abuse who may be at risk of harm are not being "
     "appropriately risk-assessed."),
    ("J2", "J", 6813, REC, BP, D(2024, 4, 10), "Force", None,
     "To address this cause of concern, HMIC recommends the force should immediately take steps "
     "to ensure that there is effective supervision of the initial risk assessment process, "
     "specifically in relation to the completion of DASH risk assessment in appropriate "
     "cases."),
    ("J3", "J", 6814, REC, CO, D(2019, 1, 28), "HMICFRS", C_DONE,
     "Immediately, the force should review its approach to reports of missing children and "
     "take steps to ensure that:\n"
     "• call takers understand and use the missing and absent category appropriately;\n"
     "• call takers and frontline staff have the necessary knowledge to identify risk factors "
     "associated with child sexual exploitation and how to respond to such cases; and\n"
     "• supervisors provide the correct oversight of missing person enquiries and direct "
     "appropriate and timely investigative and safeguarding action."),
    ("J4", "J", 6815, AFI, CO, D(2019, 1, 28), "HMICFRS", None,
     "The force should improve its understanding of the nature and scale of child sexual "
     "exploitation in its area."),
    ("L1", "L", 8210, NAT, BP, D(2022, 6, 7), "Force", None,
     "Within twelve months, forces should review their leadership and governance arrangements "
     "for modern slavery and human trafficking, to ensure that:\n"
     "• senior leaders prioritise the response to modern slavery and human trafficking;\n"
     "• every incident of modern slavery identified to police is allocated appropriate "
     "resources with the skills, experience and capacity to investigate it effectively;\n"
     "• forces develop effective partnership arrangements to co-ordinate activity in order to "
     "share information and safeguard victims; and\n"
     "• performance and quality assurance measures are in place to allow senior leaders to "
     "assess the nature and quality of the service provided to victims."),
    ("L2", "L", 8211, NAT, CO, D(2019, 3, 5), "HMICFRS", None,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible"),
    ("L3", "L", 8212, NAT, BP, D(2021, 10, 19), "Force", None,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence."),
    ("L4", "L", 8213, NAT, BP, D(2021, 10, 19), "Force", None,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking."),
    ("L5", "L", 8214, NAT, AR, D(2017, 10, 24), None, None,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences."),
    ("L6", "L", 8215, NAT, BP, D(2021, 10, 19), "Force", None,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the use "
     "where appropriate of joint intelligence teams and other means to obtain intelligence and "
     "evidence from agencies overseas)."),
    ("L7", "L", 8216, NAT, CO, D(2020, 2, 27), "HMICFRS", None,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited."),
    ("M1", "M", 8402, NAT, NFA, D(2019, 2, 14), "HMICFRS",
     "Recommendation largely for national bodies (Home Office, NPCC, APCC). No further action "
     "required by the force.",
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries."),
    ("N1", "N", 8431, AFI, BP, D(2024, 10, 14), "Force",
     "Force update 14/10/2024: Control room uplift delivered (+18 FTE call handlers) and "
     "wellbeing offer refreshed. Completed. Evidence submitted to HMICFRS for closure.",
     "The force should ensure that it has sufficient resources available in the control room "
     "to fulfil its resourcing model, and so to meet its demand, while also taking into account "
     "the wellbeing of its workforce."),
    ("N2", "N", 8432, AFI, BP, D(2023, 9, 28), "Force", None,
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use of "
     "its resources by matching them to demand to meet the needs of the public."),
    ("O1", "O", 8541, COC, CO, D(2020, 1, 23), "HMICFRS", None,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain."),
    ("O2", "O", 8542, NAT, BP, D(2022, 2, 8), "Force", None,
     "By July 2018, all police forces across England and Wales should be regularly and "
     "frequently monitoring a comprehensive set of data and information on use of stop and "
     "search powers to understand:\n"
     "•the reasons for any disproportionate representation of different ethnic groups in the "
     "use of stop and search; •the extent to which find rates differ between people from "
     "different ethnicities, and across different types of searches (including separate "
     "identification of find rates for drug possession and supply-type offences); and •the "
     "prevalence of possession-only drug searches, and the extent to which these align with "
     "local or force level priorities."),
    ("O3", "O", 8543, NAT, BP, D(2022, 2, 8), "Force", None,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n"
     "•carried out research and analysis in an attempt to understand the reasons for the "
     "disparity, and •taken action to reduce the disparity, where necessary;"),
    ("O4", "O", 8544, NAT, CO, D(2020, 1, 23), "HMICFRS", None,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018."),
    ("O5", "O", 8545, NAT, BP, D(2022, 2, 8), "Force", None,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search."),
    ("P1", "P", 8590, COC, CO, D(2019, 11, 5), "HMICFRS", None,
     "The size of the vetting backlog within Northamptonshire Police is a cause of concern."),
    ("P2", "P", 8591, REC, CO, D(2019, 11, 5), "HMICFRS", C_DONE,
     "The force should ensure all staff have received at least the lowest level of vetting "
     "clearance for their roles as quickly as possible, working to clear both the vetting "
     "backlog and new vetting renewals when they become due so that it complies fully with the "
     "national vetting guidelines."),
    ("Q1", "Q", 9105, REC, BP, D(2023, 12, 1), "Force", None,
     "Within six months Northamptonshire Police should, in conjunction with children’s social "
     "care services, review how it manages the detention of children. As a minimum it should:• "
     "ensure that all children are only detained when absolutely necessary and for the "
     "absolute minimum amount of time;• ensure that officers and staff in the custody suite "
     "assess at an early stage a child’s need for alternative accommodation (secure or "
     "otherwise) and work with children’s social care services to achieve the most appropriate "
     "option for the child;• ensure that custody staff comply with their statutory duties to "
     "complete detention certificates if a child is detained for any reason in police custody "
     "following charge;• ensure that custody staff make a record of all actions taken and "
     "decisions made on the relevant documentation; and• improve the timeliness of adequate "
     "appropriate adult support for children who are arrested."),
    ("Q2", "Q", 9106, AFI, BP, D(2021, 3, 4), "Force", None,
     "The force should make sure officers and staff have the training they need to identify and "
     "respond to missing children."),
    ("R1", "R", 9310, COC, BP, D(2024, 5, 30), "Force", None,
     "The force does not have the capacity or capability to investigate crime effectively and "
     "this is affecting the service being provided to the public. There are failings in the way "
     "that crimes are being investigated."),
    ("R2", "R", 9311, REC, BP, D(2024, 5, 30), "Force", C_MONITORED,
     "HMIC recommends that within six months the force should: ensure regular and active "
     "supervision of the quality and progress of investigations. This supervision should be "
     "properly recorded;"),
    ("R3", "R", 9312, REC, BP, D(2024, 5, 30), "Force", None,
     "HMIC recommends that within six months the force should: improve its ability to retrieve "
     "digital evidence from mobile phones, computers and other electronic devices quickly "
     "enough to ensure investigations are not delayed;"),
    ("R4", "R", 9313, REC, CO, D(2022, 3, 17), "HMICFRS", None,
     "HMIC recommends that within six months the force should: improve its understanding of "
     "suspects released under investigation and the management of those released on bail;"),
    ("R5", "R", 9314, AFI, SU, D(2022, 5, 20), "HMICFRS",
     "Superseded by findings in the PEEL 2021/22 inspection.",
     "The force should improve how it gathers, assesses and acts on intelligence about serious "
     "and organised crime."),
    ("K1", "K", 9420, REC, BP, D(2021, 6, 24), "Force", C_REVIEWING,
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
     "to the victim or the wider public are identified and appropriately managed."),
    ("K2", "K", 9421, REC, BP, D(2021, 6, 24), "Force", None,
     "Within three months, the force should improve its use of its crime-recording and "
     "management system to better manage its case files and investigative processes."),
    ("K3", "K", 9422, AFI, CO, D(2021, 11, 30), "HMICFRS", C_CDI,
     "The force should make sure it records reports of rape and serious sexual offences "
     "accurately and without delay."),
    ("S1", "S", 10021, NAT, BP, D(2023, 1, 26), "Force", None,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation."),
    ("S2", "S", 10022, NAT, CO, D(2022, 9, 8), "HMICFRS", None,
     "By July 2021, forces should ensure that communication skills are reinforced as part of the "
     "programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage."),
    ("S3", "S", 10023, NAT, BP, D(2023, 1, 26), "Force", None,
     "By September 2021, forces should: ensure that officers record on body-worn video (when "
     "this is available) the entirety of all stop and search encounters, including traffic "
     "stops and use of force incidents.\n"
     "have a structured process for regularly reviewing and monitoring internally a sufficient "
     "sample of body-worn video footage to identify and disseminate learning and hold officers "
     "to account when behaviour falls below acceptable standards.\n"
     "provide external scrutiny panel members with access to samples of body-worn video footage "
     "showing stop and search encounters and use of force incidents, taking account of the "
     "safeguards in the College of Policing’s Authorised Professional Practice."),
    ("S4", "S", 10024, NAT, BP, D(2023, 1, 26), "Force", None,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action."),
    ("T1", "T", 11240, AFI, BP, D(2024, 3, 14), "Force", None,
     "The force should improve its understanding of the nature and scale of violence against "
     "women and girls in its area."),
    ("T2", "T", 11241, AFI, BP, D(2024, 3, 14), "Force", None,
     "The force should make sure victims of domestic abuse are kept informed about the progress "
     "of their case, in line with the Code of Practice for Victims of Crime."),
    ("T3", "T", 11242, AFI, CO, D(2024, 8, 22), "HMICFRS", None,
     "The force should improve the timeliness of its response to calls for service involving "
     "people with mental ill health."),
    ("T4", "T", 11243, AFI, BP, D(2024, 3, 14), "Force", None,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate online child sexual abuse."),
    ("T5", "T", 11244, AFI, BP, D(2023, 6, 1), "Force", None,
     "The force should make sure its performance framework gives senior leaders a clear picture "
     "of its response to neighbourhood crime."),
    ("T6", "T", 11245, AFI, BP, D(2024, 3, 14), "Force", None,
     "The force should review its approach to anti-social behaviour to make sure victims "
     "receive a consistently good service."),
    ("U1", "U", 12880, AFI, AR, D(2024, 7, 18), None, None,
     "The force should make sure investigations of stalking and harassment are allocated to "
     "officers with the right skills and are effectively supervised."),
    ("U2", "U", 12881, AFI, AR, D(2024, 7, 18), None, None,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from county lines drug dealing."),
    ("U3", "U", 12882, AFI, AR, D(2024, 7, 18), None, None,
     "The force should make sure it consistently uses ancillary orders and other powers to "
     "protect victims of stalking and harassment."),
    ("U4", "U", 12883, AFI, AR, D(2024, 7, 18), None, None,
     "The force should make sure its analysis of fraud informs its strategic assessment and "
     "control strategy."),
]

ITEM = {it[0]: it for it in ITEMS}
REPORT_ORDER = sorted(REPORTS, key=lambda k: (REPORTS[k][1], k))

# ----------------------------------------------------------------------------------------
# Force tracker rows
# ----------------------------------------------------------------------------------------
# Each row: dict(no, rep, pub, typ, ref, text, lead, upd, brag, sub, nxt, items, cat, why)
# items: list of HMICFRS keys this row carries (several = one row holding several items,
# the same key in several rows = the force split one item). "note"/"blank" rows are not items.
DONE_WORDS = {"blue", "green", "g", "complete", "closed", "white"}
OPEN_WORDS = {"amber", "red", "a/g"}


def R(**kw):
    kw.setdefault("kind", "item")
    return kw


T_ROWS = [
    # --- NEW block at the top -------------------------------------------------------------
    R(no="NEW1", rep="PEEL 2023/24", pub=D(2024, 7, 18), typ="AFI", ref=None,
      text="Make sure ancillary orders & other powers are used consistently to protect victims "
           "of stalking & harassment",
      lead="DCI Public Protection", upd="Lead agreed 30/09/24 – action plan being drafted",
      brag="Amber", sub=None, nxt="Dec-24", items=["U3"]),
    R(kind="note", text="Remaining PEEL 2023/24 AFIs to be added once leads are confirmed at "
                        "the November FET meeting (see FLL email 02/10/24)."),
    R(kind="blank"),
    # --- Stop and search 2013 -------------------------------------------------------------
    R(no=1, rep="S&S 2013", pub=D(2013, 7, 9), typ="Nat Rec", ref=2104,
      text="CCs & CoP to set out in the S&S APP a clear spec of what is effective & fair use of "
           "S&S powers – must be compliant w/ Code of Practice",
      lead="Supt Neighbourhoods", upd="Awaiting national APP refresh – dependent on College of "
                                      "Policing.", brag="Amber", sub=None, nxt="Jan-25",
      items=["A1"]),
    R(no=2, rep="S&S 2013", pub=D(2013, 7, 9), typ="Nat Rec", ref=2105,
      text="Improve monitoring of S&S so we are satisfied officers act lawfully (incl. equality "
           "legislation & CoP) and the power is used effectively to prevent crime, catch "
           "criminals & maintain public trust",
      lead="Supt Neighbourhoods", upd="S&S scrutiny board monthly. Closed by HMICFRS June 2015.",
      brag="blue", sub=D(2015, 3, 2), nxt=None, items=["A2"]),
    R(no=3, rep="S&S 2013 / S&S 2 (2015)", pub="Jul-13 / Mar-15", typ="Nat Rec",
      ref="2106 / 4431",
      text="Explain to the public how S&S powers are used in Northants and arrange for S&S "
           "records to be scrutinised by community reps, involving those who are stopped e.g. "
           "young people (same rec made in both the 2013 and 2015 reports)",
      lead="Supt Neighbourhoods", upd="Independent scrutiny panel (incl. youth panel) meets "
                                      "quarterly; S&S data on website. Ready to close both.",
      brag="Green", sub=D(2024, 3, 21), nxt=None, items=["A3", "B1"]),
    R(kind="blank"),
    # --- Everyone's business --------------------------------------------------------------
    R(no=4, rep="Everyone's Business (DA) 2014", pub="Mar 2014", typ="Nat Rec", ref=2321,
      text="Establish & publish a DA action plan – developed with PCC, DA support orgs & "
           "victims' reps, considering all recs in the report, DHRs & IPCC findings, CPS "
           "scrutiny panels & MARAC self-assessments",
      lead="Ch Supt Public Protection", upd="Plan published Sept 2014. Now part of DA "
                                            "Improvement Plan.", brag="Blue",
      sub=D(2014, 10, 1), nxt=None, items=["C1"]),
    R(kind="blank"),
    # --- Policing in austerity -------------------------------------------------------------
    R(no=5, rep="Policing in Austerity 2014", pub=D(2014, 7, 22), typ="Nat Rec", ref=None,
      text="Review plans to deliver savings – continue to reduce crime & protect front line "
           "while balancing the budget (use VfM profiles)",
      lead="Director of Finance", upd="Addressed holistically as part of the force change "
                                      "programme.", brag="Amber", sub=None, nxt="Mar-25",
      items=["D1"]),
    R(no=6, rep="Policing in Austerity 2014", pub=D(2014, 7, 22), typ="Nat Rec", ref=None,
      text="Forces planning to deliver less than 20% of savings through collaboration to "
           "assess scope to improve on this (HMIC to follow up in the autumn)",
      lead="Director of Finance", upd="Addressed holistically as part of the force change "
                                      "programme.", brag="Amber", sub=None, nxt="Mar-25",
      items=["D2"]),
    R(no=7, rep="Policing in Austerity 2014", pub=D(2014, 7, 22), typ="Nat Rec", ref=None,
      text="Forces reducing front line to assess whether decisive action taken to maintain "
           "crime fighting capacity; review collaboration plans before next spending round "
           "(joint working w/ other forces, public & private sector)",
      lead="Director of Finance", upd="Addressed holistically as part of the force change "
                                      "programme.", brag="Amber", sub=None, nxt="Mar-25",
      items=["D3", "D4"]),
    R(kind="blank"),
    # --- Core business ----------------------------------------------------------------------
    R(no=8, rep="Core Business 2014", pub="Sep-14", typ="Nat Rec", ref=3310,
      text="Not later than 31/03/15 give call handlers specific, sound & comprehensible "
           "criteria to assess threat, harm & risk (THR)",
      lead="Supt Contact Centre", upd="THRIVE embedded in FCR.", brag="G",
      sub=D(2015, 11, 30), nxt=None, items=["E1"]),
    R(no=9, rep="Core Business 2014", pub="Sep-14", typ="Nat Rec", ref=3311,
      text="By 31 March 2016 ensure crime prevention / disruption activity is systematically "
           "recorded & evaluated to determine effectiveness of tactics",
      lead="Head of Corporate Development", upd="Problem-solving database live in 2 LPAs; "
                                                "evaluation framework drafted.",
      brag="Amber", sub=None, nxt="Jan-25", items=["E2"]),
    R(kind="blank"),
    # --- Integrity matters -----------------------------------------------------------------
    R(no=10, rep="Integrity Matters 2015", pub=D(2015, 1, 30), typ="Nat Rec", ref=None,
      text="By 31/08/15 CC to satisfy himself that misconduct investigations resulting in 'no "
           "further action' are fair & free from discrimination",
      lead="Head of Professional Standards", upd="Closed by HMICFRS 14/03/2016 – no further "
                                                 "action. Kept here for PSD reference.",
      brag=None, sub=D(2015, 12, 4), nxt=None, items=["F1"]),
    R(kind="blank"),
    # --- Building the picture ----------------------------------------------------------------
    R(no=11, rep="Building the Picture 2015", pub="Jul 2015", typ="Nat Rec", ref=4790,
      text="By 30/11/15 put in place arrangments to scrutinise audits of compliance with the "
           "APP on information management via IM governance structure (Information Assurance "
           "Board); records categorisation regularly adjusted",
      lead="Head of Information Management", upd="IAB reviews MoPI audit results each "
                                                 "quarter. Evidence pack sent to FLL.",
      brag="Green", sub=D(2023, 5, 12), nxt=None, items=["G1"]),
    R(kind="blank"),
    # --- Stolen freedom (the force keeps it before firearms) -------------------------------
    R(no=12, rep="Stolen Freedom (MSHT) 2017", pub=D(2017, 10, 24), typ="Nat Rec", ref=8210,
      text="Within 12 months review leadership & governance arrangements for MSHT to ensure "
           "that:\n• senior leaders prioritise the response to MSHT;\n• every MSHT incident is "
           "allocated appropriate resources with the skills, experience & capacity to "
           "investigate it;\n• performance & QA measures allow senior leaders to assess the "
           "service provided to victims",
      lead="Det Ch Supt Force CID", upd="MSHT governance board chaired by ACC Crime; "
                                        "performance pack in development.",
      brag="Amber", sub=None, nxt="Feb-25", items=["L1"]),
    R(no=13, rep="Stolen Freedom (MSHT) 2017", pub=D(2017, 10, 24), typ="Nat Rec", ref=8211,
      text="Within 6 months have active ISAs with other agencies – speedy exchange of intel, "
           "safeguard victims better & identify suspects early",
      lead="Head of Intelligence", upd="ISAs signed with all 7 district councils, NCC & "
                                       "Border Force.", brag="Blue", sub=D(2018, 11, 8),
      nxt=None, items=["L2"]),
    R(no=14, rep="Stolen Freedom (MSHT) 2017", pub=D(2017, 10, 24), typ="Nat Rec", ref="8212 ",
      text="Ensure victims who commit crimes under compulsion get early & continuing "
           "consideration of the s45 defence",
      lead="Head of Criminal Justice", upd="s45 guidance in CPS/force joint protocol; "
                                           "training delivered to all DS/DIs.",
      brag="Green", sub=D(2024, 6, 3), nxt=None, items=["L3"]),
    R(no=15, rep="Stolen Freedom (MSHT) 2017", pub=D(2017, 10, 24), typ="Nat Rec", ref=8213,
      text="Fully compliant with the NRM process & the duty to notify the HO of suspected adult "
           "victims (MSA 2015)",
      lead="Det Ch Supt Force CID", upd="Duty to Notify dip-sample showed 71% compliance.",
      brag="Amber", sub=None, nxt="Jan-25", items=["L4"]),
    R(no=16, rep="Stolen Freedom (MSHT) 2017", pub=D(2017, 10, 24), typ="Nat Rec", ref=None,
      text="MSHT allegations to be thoroughly investigated & effectively supervised by skilled "
           "teams (incl. JITs / evidence from overseas agencies)",
      lead="Det Ch Supt Force CID", upd="Work undertaken in area but still requires "
                                        "development to complete.",
      brag="Amber", sub=None, nxt="Jan-25", items=["L6"]),
    R(no=17, rep="Stolen Freedom (MSHT) 2017", pub=D(2017, 10, 24), typ="Nat Rec", ref=None,
      text="Review our use of preventative powers under the MSA 2015 (STPOs / STROs)",
      lead="Det Ch Supt Force CID", upd="Orders tracker set up; 3 STROs obtained 2023/24.",
      brag="Amber", sub=None, nxt="Jan-25", items=["L7"]),
    R(kind="blank"),
    # --- Firearms licensing -----------------------------------------------------------------
    R(no=18, rep="Firearms licensing 2015", pub=D(2015, 9, 15), typ="Nat Rec", ref=5120,
      text="Within 6 months assess how well governance of firearms licensing meets the APP "
           "standards; where not complied with put correct arrangements in place immediately",
      lead="Supt Firearms Licensing", upd="Governance review completed Feb 2016.",
      brag="Blue", sub=D(2016, 3, 1), nxt=None, items=["H1"]),
    R(no=19, rep="Firearms licensing 2015", pub=D(2015, 9, 15), typ="Nat Rec", ref=5121,
      text="Assess demand on the Firearms Licensing dept & ensure it has capacity to meet it – "
           "efficient & effective service at all times",
      lead="Supt Firearms Licensing", upd="Backlog of 1,140 renewals; 4 additional FEOs "
                                          "recruited Sept 24.", brag="Amber", sub=None,
      nxt="Dec-24", items=["H2"]),
    R(no=20, rep="Firearms licensing 2015", pub=D(2015, 9, 15), typ="Nat Rec", ref=5122,
      text="Satisfy ourselves all appropriate action is taken re 'total expired' licensing "
           "records",
      lead="Supt Firearms Licensing", upd="Monthly review of total expired records by the "
                                          "Firearms Licensing Manager – continuing.",
      brag="Amber", sub=None, nxt="Dec-24", items=["H3"]),
    R(no=21, rep="Firearms licensing 2015", pub=D(2015, 9, 15), typ="Nat Rec", ref=5123,
      text="Temporary permits – arrangements in line with HO guidance, recorded without delay on "
           "NFLMS, no certificate holder left in unlawful possession of a firearm",
      lead="Supt Firearms Licensing", upd="Process map & audit complete. Pending sign off by "
                                          "the chief officer lead.", brag="Green",
      sub=D(2022, 11, 3), nxt=None, items=["H4"]),
    R(no=22, rep="Firearms licensing 2015", pub=D(2015, 9, 15), typ="Nat Rec", ref=5123,
      text="Systems to identify before attendance whether an incident involves / is at the "
           "address of a certificate holder – always applied by dispatchers; officers "
           "understand the risk assessment & their power to seize firearms & certificates",
      lead="Supt Contact Centre", upd="NFLMS flag now visible on STORM; briefing to "
                                      "dispatchers planned.", brag="Amber", sub=None,
      nxt="Dec-24", items=["H5"]),
    R(kind="blank"),
    # --- PEEL efficiency 2015 ------------------------------------------------------------------
    R(no=23, rep="PEEL Efficiency 2015", pub="Oct 15", typ="AFI", ref=None,
      text="Further work to gain a fuller understanding of current demand & likely future "
           "changes in demand so resources are matched to demand",
      lead="Head of Corporate Development", upd="Demand modelling tool procured.",
      brag="Amber", sub=None, nxt="Mar-25", items=["I1"]),
    R(no=24, rep="PEEL Efficiency 2015", pub="Oct 15", typ="AFI", ref=5389,
      text="Develop understanding of the links between outcomes, outputs & costs",
      lead="Director of Finance", upd="Outcome-based budgeting adopted 2017/18.",
      brag="Green", sub=D(2017, 5, 2), nxt=None, items=["I2"]),
    R(no=25, rep="PEEL Efficiency 2015", pub="Oct 15", typ="Rec", ref=5390,
      text="Develop a future workforce plan aligned with demand & budget (future resource "
           "allocations, skills mix, behaviours expected)",
      lead="Director of People", upd="Strategic Workforce Plan 2024-27 in draft.",
      brag="Amber", sub=None, nxt="Feb-25", items=["I3"]),
    R(kind="blank"),
    # --- PEEL effectiveness 2016 ---------------------------------------------------------------
    R(no=26, rep="PEEL Effectiveness 2016", pub="Mar-17", typ="CoC", ref=6812,
      text="DA response – officer discretion to complete DASH means risk not always assessed "
           "appropriately; DASH not consistently completed where policy requires",
      lead="Ch Supt Public Protection", upd="See rec 27.", brag="Red", sub=None,
      nxt="Dec-24", items=["J1"]),
    R(no=27, rep="PEEL Effectiveness 2016", pub="Mar-17", typ="Rec", ref=6813,
      text="Effective supervision of the initial risk assessment process – completion of DASH "
           "in appropriate cases",
      lead="Ch Supt Public Protection",
      upd="The Force Executive Team agreed on 25 July that we would risk-assess all DA "
          "incidents. A Task & Finish group has been set up and a full implementation/project "
          "plan, policy rewrite and communications plan is now completed.",
      brag="Red", sub=None, nxt="Dec-24", items=["J2"]),
    R(no="28a", rep="PEEL Effectiveness 2016", pub="Mar-17", typ="Rec", ref=6814,
      text="Missing children (1 of 3): call takers understand & use the missing / absent "
           "category appropriately",
      lead="Supt Contact Centre", upd="Absent category withdrawn Nov 2017.", brag="Blue",
      sub=D(2018, 9, 4), nxt=None, items=["J3"]),
    R(no="28b", rep="PEEL Effectiveness 2016", pub="Mar-17", typ="Rec", ref=6814,
      text="Missing children (2 of 3): call takers & frontline staff have the knowledge to "
           "identify CSE risk factors and how to respond",
      lead="Head of Learning & Development", upd="CSE e-learning 94% completion.",
      brag="Blue", sub=D(2018, 9, 4), nxt=None, items=["J3"]),
    R(no="28c", rep="PEEL Effectiveness 2016", pub="Mar-17", typ="Rec", ref=6814,
      text="Missing children (3 of 3): supervisors provide correct oversight of missing person "
           "enquiries & direct timely investigative & safeguarding action",
      lead="Ch Supt Public Protection", upd="Supervisory review compliance 63% (Q2 audit) – "
                                            "re-audit Jan 25.", brag="Amber", sub=None,
      nxt="Jan-25", items=["J3"]),
    R(no=29, rep="PEEL Effectiveness 2016", pub="Mar-17", typ="AFI", ref=6815,
      text="Improve understanding of the nature & scale of CSE in Northants",
      lead="Head of Intelligence", upd="CSE problem profile refreshed annually.", brag="Blue",
      sub=D(2018, 9, 4), nxt=None, items=["J4"]),
    R(kind="blank"),
    # --- PEEL efficiency 2017 (all forces) -------------------------------------------------
    R(no=30, rep="PEEL Efficiency 17 (all forces)", pub=D(2017, 11, 9), typ="Nat Rec", ref=8402,
      text="By Sept 2018 produce an ambitious plan to improve digitally-enabled services in the "
           "force (HO/NPCC/APCC national framework)",
      lead="Head of Corporate Development", upd="Digital Strategy 2018-21 approved.",
      brag="Green", sub=D(2018, 10, 15), nxt=None, items=["M1"]),
    R(kind="blank"),
    # --- PEEL efficiency 2017 (force) --------------------------------------------------------
    R(no=31, rep="PEEL Efficiency 2017", pub=D(2017, 11, 9), typ="AFI", ref=8431,
      text="Ensure sufficient resources in the control room to fulfil the resourcing model & "
           "meet demand, taking account of workforce wellbeing",
      lead="Supt Contact Centre", upd="Control room uplift complete (+18 FTE). Evidence sent to "
                                      "HMICFRS 14/10/24.", brag="Green",
      sub=D(2024, 10, 14), nxt=None, items=["N1"]),
    R(no=32, rep="PEEL Efficiency 2017", pub=D(2017, 11, 9), typ="AFI", ref=None,
      text="Further work to understand current demand & likely future changes in demand – best "
           "use of resources to meet the needs of the public",
      lead="Head of Corporate Development", upd="FMS 2024 demand chapter in progress.",
      brag="Amber", sub=None, nxt="Mar-25", items=["N2"]),
    R(kind="blank"),
    # --- PEEL legitimacy 2017 (all forces – stop and search) -------------------------------
    R(no=33, rep="PEEL Legit 17 S&S", pub=D(2017, 12, 12), typ="CoC", ref=8541,
      text="Forces unable to demonstrate S&S use is consistently reasonable & fair – "
           "over-representation of BAME (esp. black) people not explained",
      lead="Supt Neighbourhoods", upd="Closed by HMICFRS Jan 2020.", brag="Blue",
      sub=D(2019, 9, 2), nxt=None, items=["O1"]),
    R(no=34, rep="PEEL Legit 17 S&S", pub=D(2017, 12, 12), typ="Nat Rec", ref=8542,
      text="By July 2018 monitor a comprehensive set of S&S data to understand: •reasons for "
           "disproportionality by ethnic group •find rates by ethnicity & search type (incl. "
           "drug possession / supply) •prevalence of possession-only drug searches vs local "
           "priorities",
      lead="Supt Neighbourhoods", upd="Power BI S&S dashboard live; reviewed at scrutiny "
                                      "board.", brag="Green", sub=D(2023, 7, 20), nxt=None,
      items=["O2"]),
    R(no=35, rep="PEEL Legit 17 S&S", pub=D(2017, 12, 12), typ="Nat Rec", ref=8543,
      text="Where disparities are identified, demonstrate to the public that research & "
           "analysis has been done to understand them and action taken to reduce them",
      lead="Supt Neighbourhoods", upd="Academic partner (UoN) review of disparity due Q4.",
      brag="Amber", sub=None, nxt="Mar-25", items=["O3"]),
    R(no=36, rep="PEEL Legit 17 S&S", pub=D(2017, 12, 12), typ="Nat Rec", ref=8545,
      text="All officers who use S&S powers trained on unconscious bias & the CoP APP on S&S "
           "(by July 2018 and ongoing)",
      lead="Head of Learning & Development", upd="Refresher module in CPD day 2025.",
      brag="Amber", sub=None, nxt="Mar-25", items=["O5"]),
    R(kind="blank"),
    # --- PEEL legitimacy 2017 (force) ---------------------------------------------------------
    R(no=37, rep="PEEL Legitimacy 2017", pub=D(2017, 12, 12), typ="CoC", ref=8590,
      text="Vetting backlog",
      lead="Head of Professional Standards", upd="Backlog cleared Aug 2019.", brag="Blue ",
      sub=D(2019, 8, 30), nxt=None, items=["P1"]),
    R(no=38, rep="PEEL Legitimacy 2017", pub=D(2017, 12, 12), typ="Rec", ref=8591,
      text="All staff to hold at least the lowest level of vetting clearance ASAP – clear the "
           "backlog & renewals to comply fully with national vetting guidelines",
      lead="Head of Professional Standards", upd="All staff vetted. Renewals on schedule.",
      brag="Green", sub=D(2019, 8, 30), nxt=None, items=["P2"]),
    R(no=39, rep="PEEL Legitimacy 2017", pub=D(2017, 12, 12), typ="JAC", ref=None,
      text="JAC action: Internal audit of the vetting governance arrangements (audit plan "
           "2023/24)",
      lead="Head of Professional Standards", upd="Audit fieldwork complete; draft report "
                                                 "awaited.", brag="Amber", sub=None,
      nxt="Jan-25", items=[]),
    R(kind="blank"),
    # --- NCPI 2018 ------------------------------------------------------------------------
    R(no=40, rep="NCPI 2018", pub=D(2018, 6, 28), typ="Rec", ref=9105,
      text="With children's social care review how we manage the detention of children: only "
           "detain when absolutely necessary & for minimum time; early assessment of need for "
           "alternative accommodation; detention certificates completed post-charge; record "
           "all actions & decisions; timely appropriate adult support",
      lead="Ch Insp Custody", upd="Concordat signed with NCC Children's Services; AA contract "
                                  "re-let. Evidence submitted.", brag="Green",
      sub=D(2023, 12, 1), nxt=None, items=["Q1"]),
    R(no=41, rep="NCPI 2018", pub=D(2018, 6, 28), typ="AFI", ref=9106,
      text="Officers & staff to have the training they need to identify & respond to missing "
           "children",
      lead="Head of Learning & Development", upd="Missing persons training in 2025 CPD "
                                                 "programme.", brag="Amber", sub=None,
      nxt="Apr-25", items=["Q2"]),
    R(kind="blank"),
    # --- PEEL 2018/19 ---------------------------------------------------------------------
    R(no=42, rep="PEEL 2018/19", pub=D(2019, 5, 2), typ="CoC", ref=9310,
      text="Capacity & capability to investigate crime effectively – failings in the way "
           "crimes are investigated",
      lead="ACC Crime", upd="Investigative Standards Programme (ISP) – phase 2.", brag="Amber",
      sub=None, nxt="Jan-25", items=["R1"]),
    R(no=43, rep="PEEL 2018/19", pub=D(2019, 5, 2), typ="Rec", ref=9311,
      text="Within 6 months ensure regular & active supervison of quality & progress of "
           "investigations – properly recorded",
      lead="ACC Crime", upd="Supervisory review field mandatory on Niche since Mar 24; audit "
                            "shows 88% compliance.", brag="Green", sub=D(2024, 5, 30),
      nxt=None, items=["R2"]),
    R(no=44, rep="PEEL 2018/19", pub=D(2019, 5, 2), typ="Rec", ref=9312,
      text="Improve ability to retrieve digital evidence from phones, computers & other devices "
           "quickly so investigations not delayed (DFU backlog)",
      lead="Det Ch Supt Force CID", upd="Kiosks in all hubs; DFU backlog 212 devices.",
      brag="Amber", sub=None, nxt="Jan-25", items=["R3"]),
    R(no=45, rep="PEEL 2018/19", pub=D(2019, 5, 2), typ="Rec", ref=9313,
      text="Improve understanding of suspects RUI & management of those released on bail",
      lead="Head of Criminal Justice", upd="RUI/bail dashboard; closed by HMICFRS Mar 22.",
      brag="Complete", sub=D(2021, 12, 6), nxt=None, items=["R4"]),
    R(no=46, rep="PEEL 2018/19", pub=D(2019, 5, 2), typ="AFI", ref=9314,
      text="Improve how intel about SOC is gathered, assessed & acted on",
      lead="Head of Intelligence", upd="SOC local profiles refreshed.", brag="Amber",
      sub=None, nxt="Feb-25", items=["R5"]),
    R(kind="blank"),
    # --- CDI 2019 -------------------------------------------------------------------------
    R(no="47.1", rep="CDI 2019", pub=D(2019, 9, 12), typ="Rec", ref=9420,
      text="CDI – victims are believed at the point of report",
      lead="Force Crime Registrar", upd="Victim-believed training in FCR induction.",
      brag="Blue", sub=D(2020, 11, 2), nxt=None, items=["K1"]),
    R(no="47.2", rep="CDI 2019", pub=D(2019, 9, 12), typ="Rec", ref=9420,
      text="CDI – call handler / caller conversations summarised accurately in the incident "
           "log",
      lead="Supt Contact Centre", upd="QA of incident logs monthly; 96% accurate.",
      brag="Green", sub=D(2021, 6, 24), nxt=None, items=["K1"]),
    R(no="47.3", rep="CDI 2019", pub=D(2019, 9, 12), typ="Rec", ref=9420,
      text="CDI – multiple crimes always recorded when described in incident records or "
           "identified in other investigations",
      lead="Force Crime Registrar", upd="Audit 2021: 93% compliance.", brag="Blue",
      sub=D(2020, 11, 2), nxt=None, items=["K1"]),
    R(no="47.4", rep="CDI 2019", pub=D(2019, 9, 12), typ="Rec", ref=9420,
      text="CDI – stop the practice of awaiting medical exams / video interviews before "
           "crime-recording decisions",
      lead="Force Crime Registrar", upd="Policy amended; briefing issued.", brag="Green",
      sub=D(2021, 6, 24), nxt=None, items=["K1"]),
    R(no="47.5", rep="CDI 2019", pub=D(2019, 9, 12), typ="Rec", ref=9420,
      text="CDI – online crime reports triaged on receipt so ongoing risk to victim / public "
           "identified & managed",
      lead="Supt Contact Centre", upd="Online reports triaged by FCR within 1 hr.",
      brag="Green", sub=D(2021, 6, 24), nxt=None, items=["K1"]),
    R(no=48, rep="CDI 2019", pub=D(2019, 9, 12), typ="Rec", ref=9421,
      text="Within 3 months improve use of the crime recording & management system (Niche) to "
           "manage case files & investigative processes",
      lead="Head of Criminal Justice", upd="Niche case file module upgrade – go-live Feb 25.",
      brag="Amber", sub=None, nxt="Feb-25", items=["K2"]),
    R(no=49, rep="CDI 2019", pub=D(2019, 9, 12), typ="AFI", ref=9422,
      text="Record RASSO reports accurately & without delay",
      lead="Force Crime Registrar", upd="Closed by HMICFRS after CDI revisit.", brag="Green",
      sub=D(2021, 9, 1), nxt=None, items=["K3"]),
    R(no=50, rep="CDI 2019", pub=D(2019, 9, 12), typ="Rec", ref=None,
      text="Ensure full NCRS compliance for MSHT offences & that the FCR has sufficient audit "
           "capacity to give reassurance on gaps in crime-recording accuracy",
      lead="Force Crime Registrar", upd="MSHT added to FCR audit plan 2024/25.", brag="Amber",
      sub=None, nxt="Jan-25", items=["L5"]),
    R(no=51, rep="CDI 2019", pub=None, typ="Local", ref=None,
      text="Force action - Dip-sample 50 domestic abuse crime reports each quarter and report "
           "findings to the Crime Standards Board",
      lead="Force Crime Registrar", upd="Q2 dip-sample reported to CSB 17/10/24.", brag="Amber",
      sub=None, nxt="Jan-25", items=[]),
    R(kind="blank"),
    # --- Police powers spotlight ---------------------------------------------------------------
    R(no=52, rep="Police powers spotlight (Feb 21)", pub="Feb-21", typ="Nat Rec", ref=10021,
      text="By July 2022 officers & staff to have effective communication skills in line with "
           "National Policing Guidelines on Conflict Management – in addition to existing "
           "conflict mgmt / de-escalation training",
      lead="Head of Learning & Development", upd="Comms skills module in PST 2024/25.",
      brag="Amber", sub=None, nxt="Apr-25", items=["S1"]),
    R(no=53, rep="Police powers spotlight (Feb 21)", pub="Feb-21", typ="Nat Rec", ref=10022,
      text="By July 2021 comms skills reinforced through CPD; supervisors supported to debrief "
           "officers using BWV footage",
      lead="Head of Learning & Development", upd="Closed by HMICFRS Sept 22.", brag="Blue",
      sub=D(2022, 6, 1), nxt=None, items=["S2"]),
    R(no="54(i)", rep="Police powers spotlight (Feb 21)", pub="Feb-21", typ="Nat Rec",
      ref=10023,
      text="BWV – record the entirety of all S&S encounters incl. traffic stops & use of force",
      lead="Supt Neighbourhoods", upd="BWV activation compliance 97%.", brag="Green",
      sub=None, nxt=None, items=["S3"]),
    R(no="54(ii)", rep="Police powers spotlight (Feb 21)", pub="Feb-21", typ="Nat Rec",
      ref=10023,
      text="BWV – structured process to review a sample of footage, disseminate learning & hold "
           "officers to account",
      lead="Supt Neighbourhoods", upd="Supervisor review of 5 BWV clips per month.",
      brag="Green", sub=None, nxt=None, items=["S3"]),
    R(no="54(iii)", rep="Police powers spotlight (Feb 21)", pub="Feb-21", typ="Nat Rec",
      ref=10023,
      text="BWV – give external scrutiny panel access to samples of footage of S&S & use of "
           "force, within CoP APP safeguards",
      lead="Supt Neighbourhoods", upd="Panel viewing protocol drafted; first session Jan 25.",
      brag="A/G", sub=None, nxt="Jan-25", items=["S3"]),
    R(no=55, rep="Police powers spotlight (Feb 21)", pub="Feb-21", typ="Nat Rec", ref=10024,
      text="By July 2021 effective internal monitoring of use of force – identify, understand & "
           "explain disproportionate use and act on it",
      lead="Supt Neighbourhoods", upd="UoF data now in the Power BI dashboard; narrative "
                                      "analysis pending.", brag="Amber", sub=None,
      nxt="Mar-25", items=["S4"]),
    R(no=56, rep="Police powers spotlight (Feb 21)", pub="Feb-21", typ="Nat Rec", ref=None,
      text="HO & NPCC to ensure quality of data on use of force to effect a S&S is sufficient "
           "for publication; HO to publish the data asap",
      lead=None, upd="Not the force's responsibility to deliver; dependent upon another "
                     "organisation.", brag="White", sub=None, nxt=None, items=[]),
    R(kind="blank"),
    # --- PEEL 2021/22 -------------------------------------------------------------------------
    R(no=57, rep="PEEL 21-22", pub=D(2022, 5, 20), typ="AFI", ref=11240,
      text="Understand the nature & scale of VAWG in Northants",
      lead="Ch Supt Public Protection", upd="VAWG problem profile due Dec 24.", brag="Amber",
      sub=None, nxt="Dec-24", items=["T1"]),
    R(no=58, rep="PEEL 21-22", pub=D(2022, 5, 20), typ="AFI", ref=11241,
      text="Keep DA victims informed about the progress of their case in line with the VCOP",
      lead="Head of Criminal Justice", upd="VCOP compliance 91% (Sept 24). Ready to move to "
                                           "GREEN status.", brag="Green", sub=D(2024, 10, 1),
      nxt=None, items=["T2"]),
    R(no=59, rep="PEEL 21-22", pub=D(2022, 5, 20), typ="AFI", ref=11242,
      text="Timeliness of response to calls for service involving people with mental ill "
           "health",
      lead="Supt Contact Centre", upd="Right Care Right Person phase 1 live.", brag="Amber",
      sub=None, nxt="Jan-25", items=["T3"]),
    R(no=60, rep="PEEL 21-22", pub=D(2022, 5, 20), typ="AFI", ref=11243,
      text="Enough specialist capacity & capability to investigate online CSA (POLIT)",
      lead="Det Ch Supt Force CID", upd="POLIT uplift of 6 DCs approved.", brag="Amber",
      sub=None, nxt="Feb-25", items=["T4"]),
    R(no=61, rep="PEEL 21-22", pub=D(2022, 5, 20), typ="Recommendation", ref=11245,
      text="Review approach to ASB so victims receive a consistently good service",
      lead="Supt Neighbourhoods", upd="ASB case review process refreshed.", brag="Amber",
      sub=None, nxt="Jan-25", items=["T6"]),
    R(no=62, rep="PEEL 21-22", pub=None, typ="Local", ref=None,
      text="Force improvement plan: Appoint a single point of contact for hate crime in each "
           "local policing area",
      lead="Supt Neighbourhoods", upd="SPOCs in 3 of 4 LPAs.", brag="Amber", sub=None,
      nxt="Jan-25", items=[]),
]

# Category decisions and reasons (by eye).  key (force row index in T_ROWS item order,
# HMICFRS key) -> (category, why).  Built below row by row.
CONFLICTS = {
    "D2": "figure differs: HMICFRS 'less than 10% of their savings through collaboration', "
          "tracker 'less than 20%'",
    "E2": "deadline differs: HMICFRS 'By 31 March 2015', tracker 'By 31 March 2016'",
    "H1": "timescale differs: HMICFRS 'Within three months', tracker 'Within 6 months'",
    "H5": "reference differs: the tracker row carries 5123 (copied from the temporary-permits "
          "row above), HMICFRS lists this text as 5124",
    "I3": "type differs: HMICFRS lists an area for improvement, tracker records 'Rec'",
    "L1": "bullet missing: tracker gives three of the four bullets, the partnership "
          "arrangements bullet ('forces develop effective partnership arrangements…') is "
          "absent",
    "L5": "report differs: a Stolen freedom (MSHT 2017) national recommendation filed under "
          "'CDI 2019' in the tracker",
    "T6": "type differs: HMICFRS lists an area for improvement, tracker records "
          "'Recommendation'",
}


def force_done(row) -> bool:
    b = (row.get("brag") or "").strip().lower()
    if b in DONE_WORDS:
        return True
    if b in OPEN_WORDS:
        return False
    # blank BRAG: a person reads the update
    upd = (row.get("upd") or "").lower()
    assert "closed by hmicfrs" in upd, row
    return True


# ----------------------------------------------------------------------------------------
# Styles
# ----------------------------------------------------------------------------------------
THIN = Side(style="thin", color="A6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
TOPLINE = Border(top=Side(style="thin", color="7F7F7F"))
F_TITLE = Font(name="Arial", size=14, bold=True, color="1F3864")
F_SMALL = Font(name="Arial", size=8, color="595959")
F_BODY = Font(name="Arial", size=9)
F_BOLD = Font(name="Arial", size=9, bold=True)
F_HDR = Font(name="Arial", size=9, bold=True, color="FFFFFF")
F_ITAL = Font(name="Arial", size=8, italic=True, color="404040")
F_MARK = Font(name="Arial", size=10, bold=True, color="C00000")
FILL_HDR = PatternFill("solid", fgColor="1F3864")
FILL_GRP = PatternFill("solid", fgColor="D9E1F2")
FILL_FOOT = PatternFill("solid", fgColor="F2F2F2")
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
RIGHT = Alignment(horizontal="right", vertical="top")


def text_height(text: str, chars_per_line: int, line_pt: float = 11.5) -> float:
    lines = 0
    for para in text.split("\n"):
        lines += max(1, math.ceil(len(para) / chars_per_line))
    return round(max(1, lines) * line_pt + 3, 1)


# ----------------------------------------------------------------------------------------
# HMICFRS workbook
# ----------------------------------------------------------------------------------------
def build_hmicfrs(path: str):
    wb = Workbook()
    ws = wb.active
    ws.title = "Recs by report"
    widths = {"A": 0.7, "B": 8.7, "C": 13.0, "D": 13.0, "E": 1.3, "F": 12.5, "G": 7.0,
              "H": 11.0, "I": 1.3, "J": 7.5, "K": 9.0, "L": 11.0}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w

    nonitems: list[tuple[str, str]] = []
    item_row: dict[str, int] = {}
    sheet = ws.title

    def put(r, c, v, font=F_BODY, align=TOP, fill=None, fmt=None, border=None):
        cell = ws.cell(row=r, column=c, value=v)
        cell.font = font
        cell.alignment = align
        if fill:
            cell.fill = fill
        if fmt:
            cell.number_format = fmt
        if border:
            cell.border = border
        return cell

    def merge(r1, c1, r2, c2):
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)

    # Title / parameter block (page header rendered into cells)
    put(1, 2, "OFFICIAL-SENSITIVE", F_MARK, CENTER)
    merge(1, 2, 1, 12)
    nonitems.append((f"{sheet}!1", "protective marking (page header rendered into cells)"))
    ws.row_dimensions[2].height = 4
    nonitems.append((f"{sheet}!2", "blank spacer row"))
    put(3, 2, "HMICFRS Monitoring Portal", F_SMALL)
    merge(3, 2, 3, 12)
    put(4, 2, "Recommendations, causes of concern and areas for improvement – by report",
        F_TITLE)
    merge(4, 2, 4, 12)
    ws.row_dimensions[4].height = 20
    put(5, 2, "Force: Northamptonshire Police   |   Status: (All)   |   Type: (All)   |   "
              "Published between: 01/01/2013 and 31/10/2024   |   Include national: Yes",
        F_SMALL)
    merge(5, 2, 5, 12)
    put(6, 2, "Report run: 06/11/2024 10:42 by Force Liaison Lead (Eastern)   –   Report ID "
              "MP-REC-014 v3.2", F_SMALL)
    merge(6, 2, 6, 12)
    for r, why in ((3, "portal name (title block)"), (4, "report title"),
                   (5, "report parameters"), (6, "run information")):
        nonitems.append((f"{sheet}!{r}", why))
    ws.row_dimensions[7].height = 6
    nonitems.append((f"{sheet}!7", "blank spacer row"))

    # Two-row column header
    hdr1 = {2: "Ref", 3: "Type", 6: "HMICFRS status", 8: "Status date", 10: "Days open",
            11: "Last updated by"}
    for c in range(2, 13):
        put(8, c, hdr1.get(c), F_HDR, CENTER, FILL_HDR)
        put(9, c, None, F_HDR, CENTER, FILL_HDR)
    put(9, 3, "Recommendation / area for improvement / cause of concern", F_HDR,
        Alignment(horizontal="left", vertical="center"), FILL_HDR)
    merge(8, 2, 9, 2)
    merge(8, 3, 8, 4)
    merge(8, 6, 8, 7)
    merge(8, 11, 8, 12)
    merge(9, 3, 9, 12)
    nonitems.append((f"{sheet}!8", "column header, first line (Ref, Type, status fields)"))
    nonitems.append((f"{sheet}!9", "column header, second line (text)"))
    ws.freeze_panes = "C10"

    r = 10
    totals = {"open": 0, "closed": 0}
    summary = []
    for rk in REPORT_ORDER:
        title, pub = REPORTS[rk]
        items = [it for it in ITEMS if it[1] == rk]
        # group header
        put(r, 2, title, F_BOLD, Alignment(vertical="center", wrap_text=True), FILL_GRP)
        for c in range(3, 13):
            put(r, c, None, F_BOLD, TOP, FILL_GRP)
        merge(r, 2, r, 9)
        put(r, 10, f"Published: {pub:%d/%m/%Y}", F_BOLD,
            Alignment(horizontal="right", vertical="center"), FILL_GRP)
        merge(r, 10, r, 12)
        ws.row_dimensions[r].height = text_height(title, 62, 12.5) if len(title) > 62 else 15
        nonitems.append((f"{sheet}!{r}", f"report group header: {title}"))
        r += 1
        n_open = n_closed = 0
        counts = {}
        for key, _rk, ref, typ, status, sdate, by, comment, text in items:
            closed = status in CLOSED
            n_closed += closed
            n_open += not closed
            counts[status] = counts.get(status, 0) + 1
            item_row[key] = r
            # field line
            put(r, 2, ref, F_BOLD, Alignment(horizontal="left", vertical="top"), fmt="0",
                border=TOPLINE)
            put(r, 3, typ, F_BODY, TOP, border=TOPLINE)
            merge(r, 3, r, 4)
            put(r, 6, status, F_BODY, TOP, border=TOPLINE)
            merge(r, 6, r, 7)
            put(r, 8, sdate, F_BODY, TOP, fmt="dd/mm/yyyy", border=TOPLINE)
            days = None if closed else (RUN_DATE - pub).days
            put(r, 10, days, F_BODY, RIGHT, fmt="#,##0", border=TOPLINE)
            put(r, 11, by, F_BODY, TOP, border=TOPLINE)
            merge(r, 11, r, 12)
            for c in (4, 5, 7, 9, 12):
                ws.cell(row=r, column=c).border = TOPLINE
            # text line (ref cell merged down over it)
            put(r + 1, 3, text, F_BODY, WRAP_TOP)
            merge(r + 1, 3, r + 1, 12)
            merge(r, 2, r + 1, 2)
            ws.row_dimensions[r + 1].height = text_height(text, 105)
            nonitems.append((f"{sheet}!{r + 1}",
                             f"text line of item {ref} (second line of the record at row {r})"))
            r += 2
            if comment:
                put(r, 3, "HMICFRS comment:", F_ITAL, TOP)
                put(r, 4, comment, F_ITAL, WRAP_TOP)
                merge(r, 4, r, 12)
                ws.row_dimensions[r].height = text_height(comment, 95, 10.5)
                nonitems.append((f"{sheet}!{r}",
                                 f"comment line of item {ref} (third line of the record at row "
                                 f"{item_row[key]})"))
                r += 1
        # group footer
        put(r, 2, f"Items in report: {len(items)}", F_ITAL,
            Alignment(horizontal="right", vertical="top"), FILL_FOOT)
        for c in range(3, 13):
            put(r, c, None, F_ITAL, TOP, FILL_FOOT)
        merge(r, 2, r, 9)
        put(r, 10, f"Open {n_open} / Closed {n_closed}", F_ITAL,
            Alignment(horizontal="right", vertical="top"), FILL_FOOT)
        merge(r, 10, r, 12)
        nonitems.append((f"{sheet}!{r}", "report group footer (item counts)"))
        r += 1
        ws.row_dimensions[r].height = 5
        nonitems.append((f"{sheet}!{r}", "blank spacer row after the report group"))
        r += 1
        totals["open"] += n_open
        totals["closed"] += n_closed
        summary.append((title, pub, counts, len(items)))

    n_all = totals["open"] + totals["closed"]
    put(r, 2, f"Total records: {n_all}", F_BOLD, Alignment(horizontal="right"))
    merge(r, 2, r, 9)
    put(r, 10, f"Open {totals['open']} / Closed {totals['closed']}", F_BOLD,
        Alignment(horizontal="right"))
    merge(r, 10, r, 12)
    nonitems.append((f"{sheet}!{r}", "grand total"))
    r += 2
    nonitems.append((f"{sheet}!{r - 1}", "blank row"))
    legend = ("Status key: Awaiting review – new record, or force update not yet reviewed by "
              "HMICFRS.  Being progressed – force reports work under way.  Complete – HMICFRS "
              "is satisfied the recommendation has been implemented.  Superseded – replaced by "
              "a later recommendation or area for improvement.  No further action required – "
              "closed without further action by the force.")
    put(r, 2, legend, F_SMALL, WRAP_TOP)
    merge(r, 2, r, 12)
    ws.row_dimensions[r].height = 36
    nonitems.append((f"{sheet}!{r}", "status legend"))
    r += 1
    put(r, 2, "Days open is calculated from the publication date for records not yet closed. "
              "National recommendations addressed solely to other bodies are not shown.",
        F_SMALL, WRAP_TOP)
    merge(r, 2, r, 12)
    nonitems.append((f"{sheet}!{r}", "note"))

    ws.oddHeader.center.text = "OFFICIAL-SENSITIVE"
    ws.oddFooter.left.text = "HMICFRS Monitoring Portal – MP-REC-014"
    ws.oddFooter.right.text = "Page &P of &N"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.print_title_rows = "8:9"
    ws.sheet_view.showGridLines = False

    # Summary sheet (page break in the report -> its own worksheet)
    ss = wb.create_sheet("Summary")
    ss.sheet_view.showGridLines = False
    for col, w in {"A": 0.7, "B": 70, "C": 11, "D": 10, "E": 10, "F": 10, "G": 11, "H": 11,
                   "I": 8}.items():
        ss.column_dimensions[col].width = w
    ss.cell(row=1, column=2, value="OFFICIAL-SENSITIVE").font = F_MARK
    ss.cell(row=3, column=2, value="Status summary by report – Northamptonshire Police").font = \
        F_TITLE
    heads = ["Report", "Published", AR, BP, CO, SU, NFA, "Total"]
    for i, h in enumerate(heads):
        c = ss.cell(row=5, column=2 + i, value=h)
        c.font, c.fill, c.alignment = F_HDR, FILL_HDR, CENTER
    rr = 6
    for title, pub, counts, n in summary:
        ss.cell(row=rr, column=2, value=title).font = F_BODY
        c = ss.cell(row=rr, column=3, value=pub)
        c.number_format, c.font = "dd/mm/yyyy", F_BODY
        for i, st in enumerate([AR, BP, CO, SU, NFA]):
            v = counts.get(st)
            ss.cell(row=rr, column=4 + i, value=v if v else None).font = F_BODY
        ss.cell(row=rr, column=9, value=n).font = F_BOLD
        rr += 1
    ss.cell(row=rr, column=2, value="Total").font = F_BOLD
    for i, st in enumerate([AR, BP, CO, SU, NFA]):
        ss.cell(row=rr, column=4 + i,
                value=sum(1 for it in ITEMS if it[4] == st)).font = F_BOLD
    ss.cell(row=rr, column=9, value=len(ITEMS)).font = F_BOLD

    wb.properties.creator = "HMICFRS Monitoring Portal"
    wb.properties.title = "MP-REC-014 Recommendations by report"
    save_fixed(wb, path)
    return item_row, nonitems, rr


# ----------------------------------------------------------------------------------------
# Force tracker workbook
# ----------------------------------------------------------------------------------------
BRAG_FILL = {"blue": "9BC2E6", "green": "A9D08E", "g": "A9D08E", "complete": "9BC2E6",
             "amber": "FFD966", "a/g": "E2EFDA", "red": "FF7C80", "white": "FFFFFF"}


def build_tracker(path: str):
    wb = Workbook()
    ws = wb.active
    ws.title = "HMICFRS Tracker"
    sheet = ws.title
    heads = ["No.", "Inspection / Report", "Published", "Type", "HMICFRS Ref",
             "Recommendation / AFI (summary)", "Lead", "Latest update", "BRAG",
             "Date submitted to HMICFRS", "Next review"]
    widths = [7, 22, 11, 9, 11, 60, 22, 44, 9, 13, 10]
    for i, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = w
    f = Font(name="Calibri", size=11)
    fb = Font(name="Calibri", size=11, bold=True)
    ws.cell(row=1, column=1,
            value="Northamptonshire Police – HMICFRS Recommendations, Causes of Concern & AFIs "
                  "Tracker").font = Font(name="Calibri", size=14, bold=True)
    ws.cell(row=2, column=1,
            value="Strategic Development (Inspection & Audit). Last updated 28/10/2024 – "
                  "OFFICIAL").font = Font(name="Calibri", size=10, italic=True)
    nonitems = [(f"{sheet}!1", "tracker title"), (f"{sheet}!2", "tracker subtitle"),
                (f"{sheet}!3", "blank row")]
    for i, h in enumerate(heads):
        c = ws.cell(row=4, column=i + 1, value=h)
        c.font = Font(name="Calibri", size=11, bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="305496")
        c.alignment = CENTER
        c.border = BOX
    nonitems.append((f"{sheet}!4", "header row"))
    ws.freeze_panes = "C5"
    r = 5
    row_of = []
    for spec in T_ROWS:
        if spec["kind"] == "blank":
            nonitems.append((f"{sheet}!{r}", "blank row between report blocks"))
            r += 1
            continue
        if spec["kind"] == "note":
            c = ws.cell(row=r, column=2, value=spec["text"])
            c.font = Font(name="Calibri", size=10, italic=True, color="C00000")
            nonitems.append((f"{sheet}!{r}", "note row (no item)"))
            r += 1
            continue
        vals = [spec["no"], spec["rep"], spec["pub"], spec["typ"], spec["ref"], spec["text"],
                spec["lead"], spec["upd"], spec["brag"], spec["sub"], spec["nxt"]]
        for i, v in enumerate(vals):
            c = ws.cell(row=r, column=i + 1, value=v)
            c.font = f
            c.alignment = WRAP_TOP
            c.border = BOX
            if isinstance(v, dt.date):
                c.number_format = "dd/mm/yyyy"
        b = (spec["brag"] or "").strip().lower()
        if b in BRAG_FILL:
            ws.cell(row=r, column=9).fill = PatternFill("solid", fgColor=BRAG_FILL[b])
        ws.row_dimensions[r].height = max(text_height(spec["text"], 62, 15),
                                          text_height(spec["upd"] or "", 46, 15))
        row_of.append((spec, r))
        r += 1
    last = r - 1
    ws.auto_filter.ref = f"A4:K{last}"
    nonitems.append((f"{sheet}!{r}", "blank row"))
    r += 1
    key = [("Key:", None), ("BLUE", "Complete – evidence accepted / closed by HMICFRS"),
           ("GREEN", "Complete – awaiting sign-off or submitted to HMICFRS for closure"),
           ("AMBER", "In progress – on track"), ("RED", "Off track / beyond deadline"),
           ("WHITE", "Not the force's to deliver (national / other body)")]
    for word, meaning in key:
        c = ws.cell(row=r, column=2, value=word)
        c.font = fb
        if word.lower() in BRAG_FILL:
            c.fill = PatternFill("solid", fgColor=BRAG_FILL[word.lower()])
        if meaning:
            ws.cell(row=r, column=3, value=meaning).font = f
        nonitems.append((f"{sheet}!{r}", "BRAG key (legend)"))
        r += 1

    dv = DataValidation(type="list", formula1="=Lists!$A$2:$A$7", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"I5:I{last}")

    ls = wb.create_sheet("Lists")
    ls["A1"], ls["B1"], ls["C1"] = "BRAG", "Type", "Lead"
    for i, v in enumerate(["Blue", "Green", "Amber", "Red", "White", "Complete"]):
        ls.cell(row=2 + i, column=1, value=v)
    for i, v in enumerate(["Rec", "AFI", "CoC", "Nat Rec", "Local", "JAC"]):
        ls.cell(row=2 + i, column=2, value=v)
    leads = sorted({s["lead"] for s, _ in row_of if s["lead"]})
    for i, v in enumerate(leads):
        ls.cell(row=2 + i, column=3, value=v)
    ls.sheet_state = "visible"

    wb.properties.creator = "Strategic Development"
    wb.properties.title = "HMICFRS tracker"
    save_fixed(wb, path)
    return row_of, nonitems


# ----------------------------------------------------------------------------------------
# Deterministic save
# ----------------------------------------------------------------------------------------
CORE_RE = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def save_fixed(wb, path: str):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = None
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = CORE_RE.sub(
                    lambda m: m.group(1) + b"2024-11-06T10:42:00Z" + m.group(3), data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 11, 6, 10, 42, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


# ----------------------------------------------------------------------------------------
# Truth
# ----------------------------------------------------------------------------------------
def decide(keys_rows, item_row, trow_of):
    """Return truth lines.  keys_rows: {hmicfrs key: [(spec, force_row), ...]}"""
    lines = []
    for it in ITEMS:
        key, rk, ref, typ, status, *_ = it
        h = f"Recs by report!{item_row[key]}"
        closed = status in CLOSED
        rows = keys_rows.get(key, [])
        if not rows:
            lines.append((item_row[key], 0, h, "", "missing_from_force",
                          f"{ref} ({status}) has no row in the tracker: no text, reference or "
                          f"report block in the tracker covers it"))
            continue
        done = all(force_done(s) for s, _ in rows)
        split = len(rows) > 1
        for spec, fr in rows:
            shared = [k for k in spec["items"] if k != key]
            if key in CONFLICTS:
                cat = "conflict"
                why = f"{ref} matched by text and report; " + CONFLICTS[key]
            elif closed and not done:
                cat = "closeable_local"
                why = f"HMICFRS {status}; tracker still open"
            elif not closed and done:
                cat = "closeable_submit"
                why = f"HMICFRS {status}; tracker done"
            else:
                cat = "in_sync"
                why = f"HMICFRS {status}; tracker " + ("done" if done else "open")
            brag = (spec['brag'] or 'blank').strip()
            why += f" (this row's BRAG: {brag})" if split else f" (BRAG {brag})"
            if split:
                parts = ", ".join(f"{s['no']}={(s['brag'] or '').strip()}" for s, _ in rows)
                why += (f"; the force split this item over {len(rows)} rows ({parts}) – done "
                        f"only when every part is")
            if shared:
                why += ("; this one tracker row also carries " +
                        ", ".join(str(ITEM[k][2]) for k in shared) + " (one row, two or more "
                        "items)")
            if spec.get("why_extra", {}).get(key):
                why += "; " + spec["why_extra"][key]
            lines.append((item_row[key], fr, h, f"HMICFRS Tracker!{fr}", cat, why))
    for spec, fr in trow_of:
        if not spec["items"]:
            lines.append((10 ** 6, fr, "", f"HMICFRS Tracker!{fr}", "not_on_hmicfrs_list",
                          spec["why_not"]))
    lines.sort(key=lambda x: (x[0], x[1]))
    return [(h, f, c, w) for _, _, h, f, c, w in lines]


WHY_EXTRA = {
    "H5": "the text (systems to identify certificate holders before attendance, seizure "
          "powers) is unmistakably 5124; 5123 has its own row",
    "I1": "same wording as 8432 (PEEL efficiency 2017); this row sits in the 'PEEL Efficiency "
          "2015' block, so it is 5388",
    "N2": "same wording as 5388 (PEEL efficiency 2015); this row sits in the 'PEEL Efficiency "
          "2017' block, so it is 8432",
    "F1": "BRAG is blank but the update says 'Closed by HMICFRS 14/03/2016', so the force "
          "treats it as done",
    "N1": "the HMICFRS comment quotes the force's 'Completed. Evidence submitted' update, but "
          "the HMICFRS status is still Being progressed",
    "A3": "the 2013 and 2015 reports make near-identical recommendations; the tracker row "
          "names both reports and both refs",
    "B1": "the 2013 and 2015 reports make near-identical recommendations; the tracker row "
          "names both reports and both refs",
    "D3": "one tracker row summarises both 2792 (front line) and 2793 (collaboration before "
          "the spending round)",
    "D4": "one tracker row summarises both 2792 (front line) and 2793 (collaboration before "
          "the spending round)",
    "M1": "'PEEL Efficiency 17 (all forces)' block = the national overview, not the force "
          "report",
    "P1": "tracker text is just 'Vetting backlog' under PEEL Legitimacy 2017 with ref 8590",
    "R4": "BRAG 'Complete'",
    "E1": "BRAG 'G' = Green",
    "S3": "parts (i) and (ii) Green, part (iii) 'A/G' (amber/green) – still open",
    "J3": "parts 28a and 28b Blue but 28c Amber, so the force has not finished it",
    "K1": "all five bullet rows Blue or Green",
}
WHY_NOT = {
    39: "JAC (internal audit) action on vetting governance, not an HMICFRS item",
    51: "the force's own action ('Force action - …dip-sample…'), not an HMICFRS item",
    56: "the Disproportionate use of police powers recommendation addressed to the Home Office "
        "and NPCC; HMICFRS does not hold it against the force (its list says national "
        "recommendations addressed solely to other bodies are not shown) – query with "
        "HMICFRS / remove",
    62: "the force's own improvement-plan action (hate crime SPOCs), not an HMICFRS item",
}


def compress(nums):
    nums = sorted(nums)
    out, i = [], 0
    while i < len(nums):
        j = i
        while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
            j += 1
        out.append(str(nums[i]) if i == j else f"{nums[i]}–{nums[j]}")
        i = j + 1
    return ", ".join(out)


def write_readme(item_row, trow_of, lines, h_nonitems, t_nonitems):
    hr = {k: item_row[k] for k in item_row}
    fr = {}
    for spec, r in trow_of:
        fr[str(spec["no"])] = r
    counts = {}
    for _, _, c, _ in lines:
        counts[c] = counts.get(c, 0) + 1
    order = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
             "not_on_hmicfrs_list", "review"]
    n_force_items = len(trow_of)
    by_kind = {}
    for p, why in h_nonitems:
        row = int(p.split("!")[1])
        kind = ("text line" if why.startswith("text line") else
                "comment line" if why.startswith("comment line") else
                "report group header" if why.startswith("report group header") else
                "report group footer" if why.startswith("report group footer") else
                "blank spacer" if why.startswith("blank") else why)
        by_kind.setdefault(kind, []).append(row)
    t_kind = {}
    for p, why in t_nonitems:
        t_kind.setdefault(why, []).append(int(p.split("!")[1]))
    n_comment = len(by_kind.get("comment line", []))
    open_n = sum(1 for it in ITEMS if it[4] not in CLOSED)

    L = []
    a = L.append
    a(f"# {CASE}")
    a("")
    a("Round 71, case B (HMICFRS-side layout). Built by `/tmp/indep71/build_"
      f"{CASE}.py`; the truth was decided by eye, item by item, and written into the builder.")
    a("")
    a("## The story")
    a("")
    a("Northamptonshire Police's Strategic Development team (inspection & audit coordinator) "
      "must reconcile HMICFRS's definitive list with its own tracker before the December Joint "
      "Audit Committee. It asked the HMICFRS Force Liaison Lead for the list. The FLL did not "
      "send a flat table: the FLL ran the monitoring portal's standard print report *MP-REC-014 "
      "Recommendations by report* (parameters: this force, all statuses, all types, national "
      "recommendations included) and exported it from the report viewer to Excel. A report "
      "server renders a print-designed grouped report into Excel cell for cell, so the file "
      "looks like the printed page, not like a data table: a title and parameter block, a "
      "two-line column header, one shaded group per report with the publication date only in "
      "the group header, each item laid out as a *record of two or three lines* (fields line, "
      "text line, optional comment line), group footers with counts, spacer columns and merged "
      "cells everywhere, a grand total and a status key. The report has a page break before "
      "its summary matrix, which the renderer puts on a second worksheet.")
    a("")
    a("The force side is the force's ordinary tracker: one sheet, a title, a header on row 4, "
      "one row per item (a few items split over rows, a few rows holding two items), the "
      "report name repeated on each row, blank rows between report blocks, a BRAG column with "
      "a key under the table, and a `Lists` sheet feeding the drop-downs.")
    a("")
    a("## The files")
    a("")
    a("- `hmicfrs.xlsx` (written with openpyxl; shared strings, UTF-8 XML).")
    a("  - Sheet **`Recs by report`** — the list. Columns: A spacer (width 0.7); **B Ref** "
      "(integer, merged down over the record's first two lines); **C:D Type** (merged); E "
      "spacer; **F:G HMICFRS status** (merged); **H Status date** (real date, dd/mm/yyyy); I "
      "spacer; **J Days open** (number, only for open records); **K:L Last updated by** "
      "(`HMICFRS`, `Force` or empty). The text line has the text in **C:L merged**; the "
      "comment line has the label `HMICFRS comment:` in C and the comment in **D:L merged**.")
    a("    - Rows 1–7: protective marking, spacer, portal name, title, parameters, run "
      "information, spacer. Rows 8–9: the two-line header (`Ref` merged B8:B9; row 8 `Type`, "
      "`HMICFRS status`, `Status date`, `Days open`, `Last updated by`; row 9 the text "
      "heading merged C9:L9). Freeze panes at C10; print titles rows 8–9; page header/footer "
      "`OFFICIAL-SENSITIVE` / `Page &P of &N`.")
    a(f"    - {len(REPORT_ORDER)} report groups, {len(ITEMS)} item records "
      f"({open_n} open, {len(ITEMS) - open_n} closed), first record line at row "
      f"{min(hr.values())}, last at row {max(hr.values())}.")
    a("    - **An item's row is the first line of its record (the row holding the Ref, type "
      "and status).** The text line below it and the optional comment line are part of the "
      "same record, not items.")
    a("  - Sheet **`Summary`** — a report × status count matrix (header row 5, one row per "
      "report, a `Total` row). No items.")
    a("- `tracker.xlsx` (openpyxl).")
    a(f"  - Sheet **`HMICFRS Tracker`** — title rows 1–2, blank row 3, header row 4: `No.`, "
      "`Inspection / Report`, `Published`, `Type`, `HMICFRS Ref`, `Recommendation / AFI "
      "(summary)`, `Lead`, `Latest update`, `BRAG`, `Date submitted to HMICFRS`, `Next "
      f"review`. {n_force_items} item rows between row {min(r for _, r in trow_of)} and row "
      f"{max(r for _, r in trow_of)}, blank rows between report blocks, autofilter on "
      "A4:K, freeze panes C5, BRAG cells filled in their colour, a drop-down on BRAG, and the "
      "BRAG key under the table.")
    a("  - Sheet **`Lists`** — drop-down sources (BRAG words, type codes, leads). No items.")
    a("- `truth.csv` — `hmicfrs_row,force_row,category,why`, UTF-8, one line per "
      f"reconciliation item ({len(lines)} lines).")
    a("")
    a("## What the layout brings")
    a("")
    a("1. **Records of two or three lines.** Each item's Ref/Type/Status are on one row and "
      "its text on the next (e.g. 2104 at row "
      f"{hr['A1']} with text on row {hr['A1'] + 1} and a comment on row {hr['A1'] + 2}). "
      f"{n_comment} records have the third `HMICFRS comment:` line, the rest have two, so "
      "records are not a fixed height. A reader that takes one row = one item sees "
      f"{len(ITEMS)} items with no text and {len(ITEMS)} texts with no reference or status.")
    a(f"2. **Ref merged vertically** over the first two lines (e.g. B{hr['A1']}:B{hr['A1'] + 1}); only "
      "the top cell holds the value.")
    a("3. **Report and publication date only in the group header** (e.g. row "
      f"{hr['A1'] - 1}: the report title merged B:I and `Published: 09/07/2013` as text in "
      "J:L). They must be carried down to the records.")
    a("4. **Group footers** (`Items in report: 3` / `Open 0 / Closed 3`), spacer rows, a "
      "grand total (`Total records: …`), a status key and a note at the end; the note says "
      "national recommendations addressed solely to other bodies are not shown.")
    a("5. **Two-line header** on rows 8–9 with merged cells and spacer columns (A, E, I); "
      "titles and parameters above it (rows 1–6), including a parameter line that contains "
      "the words `Status` and `Type`.")
    a("6. **Distractor columns**: `Days open` (a number on open records only) and `Last "
      "updated by`; the `HMICFRS comment` line sometimes quotes the force's own update. At "
      f"8431 (row {hr['N1']}) the comment reads \"…Completed. Evidence submitted to HMICFRS "
      "for closure.\" while the status is still `Being progressed`.")
    a("7. **Real HMICFRS texts with their quirks**: curly quotes (‘total expired’, “no "
      "further action”, children’s), bullets `•` both on new lines and inline with no space "
      "(`•the reasons…`, `should:• ensure`), the stray footnote digits `…another force; and "
      "20` (2321) and `…exchange of intelligence 86 and…` (8211), a missing final full stop "
      "(5388, 2790), stems such as `HMIC recommends that within six months the force should:`.")
    a("8. **National and force-level reports interleaved** in publication order, including "
      "two reports published the same day in pairs (PEEL efficiency 2017 national / force, "
      "PEEL legitimacy 2017 national / force).")
    a("")
    a("## Traps and how the truth decides them")
    a("")
    a("Status reduction: HMICFRS `Awaiting review`/`Being progressed` = open; `Complete`/"
      "`Superseded`/`No further action required` = closed. Tracker (its own key): BLUE, "
      "GREEN (\"complete – awaiting sign-off or submitted\"), `G`, `Complete`, WHITE = done; "
      "AMBER, RED, `A/G` = open.")
    a("")
    T = []
    t = T.append
    t(f"- **Same recommendation in two reports, one tracker row** — 2106 (S&S 2013, Complete, "
      f"row {hr['A3']}) and 4431 (S&S 2 2015, Being progressed, row {hr['B1']}) have "
      f"near-identical wording; tracker row {fr['3']} names both reports and both refs, "
      f"Green. Two truth lines on the same force row: 2106 `in_sync`, 4431 "
      f"`closeable_submit`.")
    t(f"- **One tracker row for two austerity recommendations** — row {fr['7']} summarises "
      f"2792 and 2793 (Amber); both are `No further action required` → two `closeable_local` "
      f"lines.")
    t(f"- **Figure changed** — 2791 says \"less than 10%\", tracker row {fr['6']} \"less than "
      f"20%\" → `conflict`.")
    t(f"- **Deadline changed** — 3311 \"By 31 March 2015\", tracker row {fr['9']} \"By 31 "
      f"March 2016\" → `conflict`.")
    t(f"- **Timescale changed** — 5120 \"Within three months\", tracker row {fr['18']} "
      f"\"Within 6 months\" → `conflict` (both sides closed, the fact still disagrees).")
    t(f"- **Wrong reference copied down** — tracker rows {fr['21']} and {fr['22']} both carry "
      f"5123; the text of row {fr['22']} is 5124 (systems to identify certificate holders "
      f"before attendance). Row {fr['21']} ↔ 5123 `closeable_submit`; row {fr['22']} ↔ 5124 "
      f"`conflict` (reference).")
    t(f"- **Identical texts in two reports** — 5388 (PEEL efficiency 2015, Superseded) and "
      f"8432 (PEEL efficiency 2017, Being progressed) have the same words (8432 ends with a "
      f"full stop). The tracker's report column decides: row {fr['23']} (PEEL Efficiency 2015, "
      f"Amber) → 5388 `closeable_local`; row {fr['32']} (PEEL Efficiency 2017, Amber) → 8432 "
      f"`in_sync`.")
    t(f"- **National vs force report of the same name** — row {fr['30']} \"PEEL Efficiency 17 "
      f"(all forces)\" is 8402 (national overview), not the force report → `in_sync` (NFA / "
      f"Green).")
    t(f"- **Type changed** — 5390 and 11245 are areas for improvement; tracker rows "
      f"{fr['25']} (`Rec`) and {fr['61']} (`Recommendation`) → `conflict`.")
    t(f"- **Bullet dropped** — 8210 has four bullets; tracker row {fr['12']} quotes three and "
      f"omits the partnership-arrangements bullet → `conflict`.")
    t(f"- **Filed under the wrong report** — 8214 (Stolen freedom, NCRS for MSHT) sits in the "
      f"tracker's CDI 2019 block, row {fr['50']}, no ref → `conflict` (report).")
    t(f"- **Split over rows, one part open** — 6814 (Complete) is split into 28a/28b/28c "
      f"(rows {fr['28a']}–{fr['28c']}: Blue, Blue, Amber) → force not finished → three "
      f"`closeable_local` lines.")
    t(f"- **Split over rows, all parts done** — 9420 (Being progressed) is split into "
      f"47.1–47.5 (rows {fr['47.1']}–{fr['47.5']}, Blue/Green) → five `closeable_submit` "
      f"lines.")
    t(f"- **Split over rows, amber/green part** — 10023 (Being progressed) split into "
      f"54(i)–54(iii) (rows {fr['54(i)']}–{fr['54(iii)']}: Green, Green, `A/G`) → still open "
      f"→ three `in_sync` lines.")
    t(f"- **Blank BRAG** — row {fr['10']} (3502) has no BRAG but the update says \"Closed by "
      f"HMICFRS 14/03/2016\" → done; HMICFRS Complete → `in_sync`.")
    t(f"- **HMICFRS comment says complete, status open** — 8431 (row {hr['N1']}), tracker "
      f"row {fr['31']} Green → `closeable_submit` (the status column decides, not the "
      f"comment).")
    t(f"- **Superseded vs Blue** — 2321 Superseded, tracker row {fr['4']} Blue: both closed, "
      f"same report → `in_sync`.")
    t(f"- **Terse tracker text** — row {fr['37']} reads only \"Vetting backlog\" (CoC, ref "
      f"8590) → 8590 `in_sync`.")
    t(f"- **New report not yet loaded** — PEEL 2023/24: only 12882 is in the tracker (NEW "
      f"block at the top, row {fr['NEW1']}, `in_sync`); a note row says the rest will be "
      f"added → 12880, 12881, 12883 `missing_from_force`.")
    t("- **Other missing items** — 8544 (publish the analysis annually, Complete) and 11244 "
      "(performance framework, neighbourhood crime, Being progressed) have no tracker row → "
      "`missing_from_force`.")
    t(f"- **Not on the HMICFRS list** — row {fr['39']} (JAC internal-audit action), row "
      f"{fr['51']} (force's own dip-sample action), row {fr['56']} (the police-powers "
      f"recommendation addressed to the Home Office and NPCC, BRAG WHITE; the HMICFRS note "
      f"says such items are not shown), row {fr['62']} (force improvement-plan action) → "
      f"`not_on_hmicfrs_list`.")
    t("- No `review` lines: every pair could be decided from the two rows.")
    L.extend(T)
    a("")
    a("## Counts per category")
    a("")
    a("| category | lines |")
    a("|---|---|")
    for c in order:
        a(f"| {c} | {counts.get(c, 0)} |")
    a(f"| **total** | **{len(lines)}** |")
    a("")
    a(f"HMICFRS items: {len(ITEMS)} (each appears at least once). Force item rows: "
      f"{n_force_items} (each appears once, or once per HMICFRS item it holds).")
    a("")
    a("## Rows that are not items")
    a("")
    a("`hmicfrs.xlsx`, sheet `Recs by report`:")
    a("")
    names = {"text line": "second line of a record (the item's text; the item is the row "
                          "above)",
             "comment line": "third line of a record (`HMICFRS comment:`; the item is two "
                             "rows above)",
             "report group header": "report group header (report title + `Published:` date)",
             "report group footer": "report group footer (`Items in report` / `Open / "
                                    "Closed` counts)",
             "blank spacer": "blank spacer rows"}
    for kind, rows in by_kind.items():
        a(f"- {names.get(kind, kind)}: row{'s' if len(rows) > 1 else ''} {compress(rows)}")
    a("")
    a("`hmicfrs.xlsx`, sheet `Summary`: every row (status count matrix, header row 5, total "
      "row) — no items.")
    a("")
    a("`tracker.xlsx`, sheet `HMICFRS Tracker`:")
    a("")
    for why, rows in t_kind.items():
        a(f"- {why}: row{'s' if len(rows) > 1 else ''} {compress(rows)}")
    a("")
    a("`tracker.xlsx`, sheet `Lists`: drop-down sources — no items.")
    a("")
    a("## Checks run")
    a("")
    a("- Coverage: every HMICFRS record row appears in `truth.csv` at least once, every "
      "tracker item row once per HMICFRS item it holds, no non-item row appears, every "
      "category is one of the seven; checked by a script reading the two workbooks with "
      "openpyxl (record rows = rows with an integer in column B).")
    a("- Both workbooks read back with `pandas.read_excel(…, sheet_name=None, engine="
      "\"openpyxl\")` and with `openpyxl.load_workbook`; `truth.csv` read with pandas.")
    a("- Two builds in a row give byte-identical files (sha256 of all four files compared).")
    a("- `reconcile` was not run or imported; nothing under `/work/main/reconcile/` was read "
      "except the text lists.")
    a("")
    a("## Sources of text")
    a("")
    a("HMICFRS texts are literal OGL wording from `/work/shared/data/real_recommendations.csv` "
      "and `/work/main/reconcile/casegen/texts/` (national reports verbatim; force-level items "
      "as the real stems + asks listed there, with the force's name). Causes of concern are "
      "the real texts. Statuses, dates, refs, comments (other than the real register comments "
      "quoted), owners and all tracker wording are invented for the case.")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L) + "\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    item_row, h_nonitems, _ = build_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    for spec in T_ROWS:
        if spec["kind"] == "item":
            spec["why_extra"] = {k: WHY_EXTRA[k] for k in spec["items"] if k in WHY_EXTRA}
            if not spec["items"]:
                spec["why_not"] = WHY_NOT[spec["no"]]
    trow_of, t_nonitems = build_tracker(os.path.join(OUT, "tracker.xlsx"))
    keys_rows: dict[str, list] = {}
    for spec, fr in trow_of:
        for k in spec["items"]:
            keys_rows.setdefault(k, []).append((spec, fr))
    lines = decide(keys_rows, item_row, trow_of)
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)
    write_readme(item_row, trow_of, lines, h_nonitems, t_nonitems)
    return item_row, trow_of, lines


if __name__ == "__main__":
    main()
