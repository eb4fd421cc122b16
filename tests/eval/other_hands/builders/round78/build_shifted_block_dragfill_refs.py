"""Build the evaluation case ``shifted_block_dragfill_refs`` for reconcile (round 78).

Force side: Northamptonshire Police's hand-kept HMICFRS tracker (tracker.xlsx), kept since
2014 by the Organisational Learning team.  Three hand-made faults run through it:

* a block of eight rows pasted in from the OPCC's 56-day-response spreadsheet one column to
  the right (reference under "Report", report under "Published", ..., the closure date spilling
  into the unheaded column J);
* references drag-filled with Excel's fill handle (5901 -> 5908 running into the next report;
  8461 -> 8467 over Stolen Freedom; 12650 -> 12655 over the police-powers spotlight, including
  the three rows the force split one recommendation into);
* cells that hold two HMICFRS ids ("1206 / 5130", "3012 & 3013", ...).

HMICFRS side: a plain definitive-list CSV export (UTF-8 with BOM, CRLF records), real texts.

Run:  /work/main/.venv/bin/python /tmp/indep78/build_shifted_block_dragfill_refs.py
Rebuilds every file byte for byte (no clock, no randomness, fixed zip timestamps).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

CASE = "shifted_block_dragfill_refs"
OUT = Path("/tmp/indep78") / CASE

D = dt.date

# ---------------------------------------------------------------------------------------------
# HMICFRS side: the definitive list (real wording, copied as literals)
# ---------------------------------------------------------------------------------------------
FORCE = "Northamptonshire Police"
REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")

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
R_EFF15 = "PEEL: Police efficiency 2015 – Northamptonshire Police"
R_EFT16 = "PEEL: Police effectiveness 2016 – Northamptonshire Police"
R_CDI17 = "Crime data integrity inspection 2017 – Northamptonshire Police"
R_STOLEN = "Stolen freedom: the policing response to modern slavery and human trafficking"
R_EFC17N = "PEEL: Police efficiency 2017 (national overview)"
R_EFC17F = "PEEL: Police efficiency 2017 – Northamptonshire Police"
R_LEG17 = "PEEL: Police legitimacy 2017 (national overview)"
R_NCPI = "National child protection inspection 2018 – Northamptonshire Police"
R_PEEL19 = ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Northamptonshire "
            "Police")
R_POWERS = ("Disproportionate use of police powers: A spotlight on stop and search and the use "
            "of force")
R_PEEL22 = ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Northamptonshire "
            "Police")

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
NCPI_DETENTION = (
    "Within six months Northamptonshire Police should, in conjunction with children’s social "
    "care services, review how it manages the detention of children. As a minimum it should:• "
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
COC_MISSING = (
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
REC_MISSING = (
    "To address this cause of concern the force should immediately review its approach to "
    "reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately; • call "
    "takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and • "
    "supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action"
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
    "To address this cause of concern, HMIC recommends the force should immediately take steps "
    "to ensure that:\n"
    "• there is effective supervision of the initial risk assessment process, specifically in "
    "relation to the completion of DASH risk assessment in appropriate cases."
)

# (id, report, published, type, text, status, status date)
HMICFRS: list[tuple[int, str, dt.date, str, str, str, dt.date]] = [
    (902, R_INTEG, D(2015, 1, 30), NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     "Complete", D(2016, 4, 18)),
    (1204, R_SAS13, D(2013, 7, 9), NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. "
     "This should be compliant with the Code of Practice.",
     "Complete", D(2015, 6, 2)),
    (1205, R_SAS13, D(2013, 7, 9), NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance "
     "with the law (including equality legislation and the Code of Practice), and that the "
     "power is used effectively to prevent crime, catch criminals and maintain public trust.",
     "Complete", D(2015, 6, 2)),
    (1206, R_SAS13, D(2013, 7, 9), NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.",
     "Superseded", D(2015, 3, 24)),
    (2321, R_EVERY, D(2014, 3, 27), NAT, EVERYONE_PLAN, "Complete", D(2015, 11, 5)),
    (3010, R_AUST, D(2014, 7, 22), NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews",
     "No further action required", D(2017, 10, 31)),
    (3011, R_AUST, D(2014, 7, 22), NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.",
     "No further action required", D(2017, 10, 31)),
    (3012, R_AUST, D(2014, 7, 22), NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.",
     "No further action required", D(2017, 10, 31)),
    (3013, R_AUST, D(2014, 7, 22), NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there "
     "is scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.",
     "No further action required", D(2017, 10, 31)),
    (4822, R_CORE, D(2014, 9, 4), NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.",
     "Superseded", D(2017, 3, 2)),
    (4823, R_CORE, D(2014, 9, 4), NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.",
     "Being progressed", D(2019, 8, 14)),
    (5130, R_SAS15, D(2015, 3, 24), NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure that "
     "they comply with the Code of Practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example young people.",
     "Being progressed", D(2018, 2, 9)),
    (5544, R_PIC, D(2015, 7, 1), NAT,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure "
     "that categorisation of records are regularly adjusted.",
     "Awaiting review", D(2015, 7, 1)),
    (5901, R_FIRE, D(2015, 9, 15), NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.",
     "Complete", D(2016, 9, 20)),
    (5902, R_FIRE, D(2015, 9, 15), NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.",
     "Complete", D(2016, 9, 20)),
    (5903, R_FIRE, D(2015, 9, 15), NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     "Being progressed", D(2018, 5, 11)),
    (5904, R_FIRE, D(2015, 9, 15), NAT,
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     "Being progressed", D(2018, 5, 11)),
    (5905, R_FIRE, D(2015, 9, 15), NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment "
     "which they should be undertaking in such circumstances, and their power, when "
     "appropriate, to seize firearms and firearm certificates.",
     "Awaiting review", D(2015, 9, 15)),
    (6120, R_EFF15, D(2015, 10, 15), AFI,
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use "
     "of its resources by matching them to demand to meet the needs of the public",
     "Complete", D(2018, 11, 22)),
    (6121, R_EFF15, D(2015, 10, 15), AFI,
     "The force should develop its understanding of the links between its outcomes, outputs "
     "and costs",
     "Being progressed", D(2019, 8, 14)),
    (6122, R_EFF15, D(2015, 10, 15), AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.",
     "Being progressed", D(2019, 8, 14)),
    (6984, R_EFT16, D(2017, 3, 2), COC, COC_DA, "Being progressed", D(2018, 3, 22)),
    (6985, R_EFT16, D(2017, 3, 2), REC, REC_DASH, "Being progressed", D(2018, 3, 22)),
    (6986, R_EFT16, D(2017, 3, 2), COC, COC_MISSING, "Being progressed", D(2018, 3, 22)),
    (6987, R_EFT16, D(2017, 3, 2), REC, REC_MISSING, "Being progressed", D(2018, 3, 22)),
    (6990, R_EFT16, D(2017, 3, 2), AFI,
     "The force should improve the supervision of investigations, so that investigation plans "
     "are set, reviewed and recorded and victims receive a consistently good service.",
     "Complete", D(2019, 6, 27)),
    (8210, R_CDI17, D(2017, 9, 7), REC, CDI_VICTIMS, "Being progressed", D(2019, 1, 16)),
    (8211, R_CDI17, D(2017, 9, 7), AFI,
     "The force should make sure it records reports of rape and serious sexual offences "
     "accurately and without delay.",
     "Complete", D(2019, 1, 16)),
    (8461, R_STOLEN, D(2017, 10, 24), NAT, SF_LEADERSHIP, "Being progressed", D(2019, 2, 7)),
    (8462, R_STOLEN, D(2017, 10, 24), NAT,
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible",
     "Complete", D(2019, 2, 7)),
    (8465, R_STOLEN, D(2017, 10, 24), NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     "Being progressed", D(2019, 2, 7)),
    (8466, R_STOLEN, D(2017, 10, 24), NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.",
     "Complete", D(2019, 2, 7)),
    (8468, R_STOLEN, D(2017, 10, 24), NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.",
     "Being progressed", D(2019, 2, 7)),
    (8471, R_STOLEN, D(2017, 10, 24), NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the "
     "use where appropriate of joint intelligence teams and other means to obtain intelligence "
     "and evidence from agencies overseas).",
     "Awaiting review", D(2017, 10, 24)),
    (8473, R_STOLEN, D(2017, 10, 24), NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.",
     "Being progressed", D(2019, 2, 7)),
    (8512, R_EFC17N, D(2017, 11, 9), NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.",
     "Being progressed", D(2019, 2, 7)),
    (8520, R_EFC17F, D(2017, 11, 9), AFI,
     "The force should ensure that it has sufficient resources available in the control room "
     "to fulfil its resourcing model, and so to meet its demand, while also taking into "
     "account the wellbeing of its workforce.",
     "Complete", D(2019, 6, 27)),
    (8541, R_LEG17, D(2017, 12, 12), COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.",
     "Complete", D(2019, 6, 27)),
    (8542, R_LEG17, D(2017, 12, 12), NAT, SAS_MONITORING_2017, "Being progressed",
     D(2019, 6, 27)),
    (8546, R_LEG17, D(2017, 12, 12), NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n"
     "•carried out research and analysis in an attempt to understand the reasons for the "
     "disparity, and •taken action to reduce the disparity, where necessary;",
     "Being progressed", D(2019, 6, 27)),
    (8547, R_LEG17, D(2017, 12, 12), NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.",
     "Being progressed", D(2019, 6, 27)),
    (8550, R_LEG17, D(2017, 12, 12), NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers "
     "who use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.",
     "Complete", D(2019, 6, 27)),
    (9012, R_NCPI, D(2018, 6, 21), REC, NCPI_DETENTION, "Awaiting review", D(2018, 6, 21)),
    (9013, R_NCPI, D(2018, 6, 21), REC,
     "Within three months, the force should review its approach to child sexual exploitation "
     "to make sure victims receive a consistently good service.",
     "Being progressed", D(2019, 3, 5)),
    (10230, R_PEEL19, D(2019, 5, 2), COC,
     "The force does not have the capacity or capability to investigate crime effectively and "
     "this is affecting the service being provided to the public. There are failings in the "
     "way that crimes are being investigated.",
     "Being progressed", D(2020, 9, 30)),
    (10231, R_PEEL19, D(2019, 5, 2), REC,
     "HMIC recommends that the force should immediately: conduct a review of officers’ "
     "capabilities and capacity to manage their investigative workload, to better understand "
     "investigative demand and the pressures placed upon them; and",
     "Complete", D(2020, 9, 30)),
    (10232, R_PEEL19, D(2019, 5, 2), REC,
     "HMIC recommends that within six months the force should: ensure regular and active "
     "supervision of the quality and progress of investigations. This supervision should be "
     "properly recorded;",
     "Being progressed", D(2020, 9, 30)),
    (10233, R_PEEL19, D(2019, 5, 2), REC,
     "HMIC recommends that within six months the force should: improve its ability to retrieve "
     "digital evidence from mobile phones, computers and other electronic devices quickly "
     "enough to ensure investigations are not delayed;",
     "Being progressed", D(2020, 9, 30)),
    (10234, R_PEEL19, D(2019, 5, 2), REC,
     "HMIC recommends that within six months the force should: improve its understanding of "
     "suspects released under investigation and the management of those released on bail;",
     "Awaiting review", D(2019, 5, 2)),
    (10235, R_PEEL19, D(2019, 5, 2), COC,
     "The size of the vetting backlog within Northamptonshire Police is a cause of concern.",
     "Being progressed", D(2020, 9, 30)),
    (10236, R_PEEL19, D(2019, 5, 2), REC,
     "The force should ensure all staff have received at least the lowest level of vetting "
     "clearance for their roles as quickly as possible, working to clear both the vetting "
     "backlog and new vetting renewals when they become due so that it complies fully with "
     "the national vetting guidelines.",
     "Complete", D(2021, 11, 3)),
    (12650, R_POWERS, D(2021, 2, 26), NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This "
     "should be in addition to existing training on conflict management and de-escalation.",
     "Being progressed", D(2022, 5, 12)),
    (12651, R_POWERS, D(2021, 2, 26), NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.",
     "Complete", D(2022, 5, 12)),
    (12652, R_POWERS, D(2021, 2, 26), NAT, BWV_2021, "Being progressed", D(2022, 5, 12)),
    (12654, R_POWERS, D(2021, 2, 26), NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.",
     "Being progressed", D(2022, 5, 12)),
    (13310, R_PEEL22, D(2022, 4, 8), AFI,
     "The force should improve its understanding of the nature and scale of domestic abuse in "
     "its area.",
     "Being progressed", D(2022, 9, 29)),
    (13311, R_PEEL22, D(2022, 4, 8), AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from violence against women and girls.",
     "Being progressed", D(2022, 9, 29)),
    (13312, R_PEEL22, D(2022, 4, 8), AFI,
     "The force should make sure it records reports of stalking and harassment accurately and "
     "without delay.",
     "Awaiting review", D(2022, 4, 8)),
    (13313, R_PEEL22, D(2022, 4, 8), AFI,
     "The force should make sure its analysis of county lines drug dealing informs its "
     "strategic assessment and control strategy.",
     "Awaiting review", D(2022, 4, 8)),
    (13314, R_PEEL22, D(2022, 4, 8), AFI,
     "The force should make sure victims of residential burglary are kept informed about the "
     "progress of their case, in line with the Code of Practice for Victims of Crime.",
     "Being progressed", D(2022, 9, 29)),
]
HMICFRS.sort(key=lambda r: r[0])
HROW = {r[0]: i + 2 for i, r in enumerate(HMICFRS)}      # header = row 1
HSTATUS = {r[0]: r[5] for r in HMICFRS}
HTYPE = {r[0]: r[3] for r in HMICFRS}

# ---------------------------------------------------------------------------------------------
# Force side: the tracker
# ---------------------------------------------------------------------------------------------
HEAD = ["HMICFRS Ref", "Report", "Published", "Type", "Recommendation / AFI (summary)",
        "Lead", "RAG", "Latest update", "Date submitted for closure"]

S_OKAFOR = "Supt N. Okafor"
FIN = "Director of Finance"
FLD = "T/Supt Firearms Licensing"
CID = "Det Ch Supt Force CID"
PP = "Ch Supt Public Protection"
SAFE = "Det Supt Safeguarding"
FCR = "Force Crime Registrar"
FCC = "Supt Contact Management"

# Each force row: (sheet, cells A..I, shifted?, truth entries [(hmicfrs id or None, category,
# why)]). "shifted" rows are written one column to the right (B..J) exactly as pasted.
T: list = []


def row(sheet, ref, report, pub, typ, text, lead, rag, update, submitted, truth,
        shifted=False):
    T.append((sheet, [ref, report, pub, typ, text, lead, rag, update, submitted], shifted,
              truth))


LIVE, CLOSED = "Tracker", "Closed"

# --- Stop and search 2013 / 2015 combined on one row ------------------------------------------
row(LIVE, "1206 / 5130", "S&S 2013 / S&S 2 (2015)", "Jul-13 / Mar-15", "Nat Rec",
    "CCs to comply with the Code of Practice by explaining to the public how S&S powers are "
    "used in their areas & arranging for S&S records to be scrutinised by community reps – in "
    "a way that involves those who are stopped & searched (e.g. young people). Same rec made "
    "again in 2015.",
    S_OKAFOR, "Green",
    "S&S Scrutiny Panel meets quarterly, youth members since 2018. Evidence pack sent to "
    "HMICFRS FLL 12/03/2019.", D(2019, 3, 12),
    [(1206, "in_sync", "Cell holds two ids; 1206 is the 2013 version of the same ask. HMICFRS "
      "shows 1206 Superseded (closed) and the force row is Green (done): closed on both."),
     (5130, "closeable_submit", "Second id in the '1206 / 5130' cell; text is the 2015 "
      "community-scrutiny rec. HMICFRS Being progressed (open), force Green with evidence "
      "sent 12/03/2019: submit for closure.")])

# --- Policing in austerity: two rows of two ids -----------------------------------------------
row(LIVE, "3010 / 3011", "Policing in Austerity 2014", D(2014, 7, 22), "Nat Rec",
    "Review plans to deliver savings – reduce crime & protect the front line while balancing "
    "budget (use HMIC VfM profiles).\nForces delivering <10% of savings through "
    "collaboration to assess scope to improve.",
    FIN, "Amber",
    "Addressed holistically as part of the force change programme (Northants 2020). MTFP "
    "refresh to Police, Fire & Crime Panel in Feb.", None,
    [(3010, "closeable_local", "First id of '3010 / 3011'; first paragraph is the savings-"
      "review rec. HMICFRS No further action required (closed), force Amber (open): close "
      "locally."),
     (3011, "closeable_local", "Second id of '3010 / 3011'; second paragraph is the <10% "
      "collaboration rec. HMICFRS No further action required, force Amber: close locally.")])
row(LIVE, "3012 & 3013", "Policing in Austerity 2014", D(2014, 7, 22), "Nat Rec",
    "Forces reducing front line / workforce to assess whether decisive action taken to keep "
    "crime fighting capacity. Review collaboration plans before next spending round – VfM, "
    "joint working with other forces, public / private sector.",
    FIN, "Complete",
    "Collaboration review with Leicestershire & EMSOU partners completed 2016. No further "
    "action.", None,
    [(3012, "in_sync", "First id of '3012 & 3013'; front-line capacity rec. HMICFRS No further "
      "action required (closed), force Complete: closed on both."),
     (3013, "in_sync", "Second id of '3012 & 3013'; collaboration-plans rec. HMICFRS No "
      "further action required, force Complete: closed on both.")])

# --- Core Business, Building the Picture -------------------------------------------------------
row(LIVE, 4822, "Core Business 2014", D(2014, 9, 4), "Nat Rec",
    "By 31/03/15 forces using a THR policy to give call-handlers specific, sound & "
    "comprehensible criteria to assess threat, harm & risk",
    FCC, "Amber",
    "THRIVE rolled out in FCR 2016. Awaiting refresh of THRIVE+ training package.", None,
    [(4822, "closeable_local", "Ref and text agree (THR criteria for call-handlers). HMICFRS "
      "Superseded (closed), force Amber: close locally.")])
row(LIVE, 5544, "Building the Picture 2015", D(2015, 7, 1), "Nat Rec",
    "Arrangements to scrutinise audits of compliance with APP on information mgmt through the "
    "IM governance structure (incl. categorisation of records regularly adjusted)",
    "Head of Information Management", "Red",
    "Information Management Board stood down in 2019 restructure – not yet reinstated. Risk "
    "raised at FET.", None,
    [(5544, "in_sync", "Ref and text agree. HMICFRS Awaiting review (open), force Red (open).")])

# --- Targeting the risk: 5901 typed, dragged on to 5908 through the next report ---------------
FIRE_T = "Targeting the Risk (Firearms Licensing) 2015"
row(LIVE, 5901, FIRE_T, D(2015, 9, 15), "Nat Rec",
    "Within 3 months assess how well governance of firearms licensing meets APP standards & "
    "put correct arrangements in place where not met",
    FLD, "Green", "Governance review completed Dec-15. FL Board chaired by ACC.", D(2016, 2, 1),
    [(5901, "in_sync", "Top of the drag-filled run 5901-5908; 5901 was typed and is right. "
      "HMICFRS Complete, force Green: closed on both.")])
row(LIVE, 5902, FIRE_T, D(2015, 9, 15), "Nat Rec",
    "Within 3 months assess the demand on the FL dept & ensure capacity to meet it at all "
    "times",
    FLD, "Amber",
    "Demand model refreshed 2021 – renewals backlog (c. 1,100) remains. Agency staff to March.",
    None,
    [(5902, "closeable_local", "Drag-filled run, but 5902 happens to be this item's id "
      "(Targeting the risk ids 5901-5905 are consecutive). HMICFRS Complete (closed), force "
      "Amber: close locally.")])
row(LIVE, 5903, FIRE_T, D(2015, 9, 15), "Nat Rec",
    "Immediately satisfy ourselves all appropriate action taken re 'total expired' licensing "
    "records",
    FLD, "Green",
    "Weekly total-expired report to FL Manager since Jan-16. Submitted for closure.",
    D(2022, 6, 20),
    [(5903, "closeable_submit", "Ref right (consecutive ids). HMICFRS Being progressed, force "
      "Green and submitted 20/06/2022: submit for closure.")])
row(LIVE, 5904, FIRE_T, D(2015, 9, 15), "Nat Rec",
    "Temporary permits – in line with HO guidance, recorded without delay on NFLMS, no cert "
    "holder left in unlawful possession",
    FLD, "Amber", "NFLMS audit Q3 found 14 permits recorded late. Re-audit planned.", None,
    [(5904, "in_sync", "Ref right. HMICFRS Being progressed, force Amber: open on both.")])
row(LIVE, 5905, FIRE_T, D(2015, 9, 15), "Nat Rec",
    "Systems to identify before attendance whether incident involves / is at address of a "
    "firearm cert holder, always applied by dispatchers; officers understand RA & power to "
    "seize",
    FLD, "Amber", "STORM flag for certificate holders live; dispatcher briefing outstanding.",
    None,
    [(5905, "in_sync", "Last Targeting the risk row; ref right. HMICFRS Awaiting review, force "
      "Amber: open on both.")])
row(LIVE, 5906, "PEEL Efficiency 2015", "Oct 2015", "AFI",
    "Gain fuller understanding of current & likely future demand so resources can be matched "
    "to demand",
    "Head of Corporate Development", "Green",
    "Force Management Statement process embedded – FMS4 submitted May 2021.", D(2021, 6, 4),
    [(6120, "conflict", "Fill handle ran the Targeting the risk refs on past 5905: report says "
      "PEEL Efficiency 2015 and the text is the demand AFI, HMICFRS 6120. 5906 is on no "
      "HMICFRS row. Reference disagrees (both sides otherwise done/Complete).")])
row(LIVE, 5907, "PEEL Efficiency 2015", "Oct 2015", "AFI",
    "Develop understanding of links between outcomes, outputs & costs",
    FIN, "Amber", "Priority based budgeting pilot in 2022/23 budget round.", None,
    [(6121, "conflict", "Drag-filled ref 5907 (on no HMICFRS row); report and text are the "
      "PEEL Efficiency 2015 outcomes/outputs/costs AFI, HMICFRS 6121. Reference disagrees "
      "(both open).")])
row(LIVE, 5908, "PEEL Efficiency 2015", "Oct 2015", "AFI",
    "Future workforce plan aligned with demand & budget (resource allocations, skills mix, "
    "behaviours)",
    "Director of People", "Green",
    "Strategic Workforce Plan 2021-25 approved at FET 14/07/2021.", D(2021, 9, 1),
    [(6122, "conflict", "Drag-filled ref 5908 (on no HMICFRS row); text is the workforce-plan "
      "AFI, HMICFRS 6122. Reference disagrees (HMICFRS open, force Green).")])

# --- PEEL effectiveness 2016 -------------------------------------------------------------------
EFT = "PEEL Effectiveness 2016"
row(LIVE, 6984, EFT, D(2017, 3, 2), "CoC",
    "DA response – officer discretion on DASH does not give confidence risk is always "
    "assessed; officers not consistently completing DASH where policy requires",
    PP, "Amber", "See VIDP. Monthly DASH compliance audit – 91% (Sept 22).", None,
    [(6984, "in_sync", "Ref, type and text agree (DA cause of concern). HMICFRS Being "
      "progressed, force Amber: open on both.")])
row(LIVE, 6985, EFT, D(2017, 3, 2), "Rec",
    "To address CoC – effective supervision of initial risk assessment process, specifically "
    "completion of DASH in appropriate cases",
    PP, "Green",
    "FET agreed 25 July to risk-assess all DA incidents. Policy signed off & in place, "
    "implemented end of October. Submitted for closure.", D(2017, 11, 30),
    [(6985, "closeable_submit", "Ref and text agree (DASH supervision rec). HMICFRS Being "
      "progressed, force Green, submitted 30/11/2017: submit for closure.")])
row(LIVE, "6986 & 6987", EFT, D(2017, 3, 2), "CoC / Rec",
    "Missing & absent children – risk assessment inappropriate in some cases (CoC).\nRec: "
    "review approach so call takers use missing/absent category correctly, call takers & "
    "frontline know CSE risk factors, supervisors oversee missing enquiries",
    SAFE, "Amber",
    "Absent category withdrawn Apr-17 in line with APP. Missing Persons Co-ordinator posts "
    "recruited.", None,
    [(6986, "in_sync", "First id of '6986 & 6987': the missing-children cause of concern. "
      "HMICFRS Being progressed, force Amber: open on both."),
     (6987, "in_sync", "Second id of '6986 & 6987': its recommendation (three asks all "
      "present). HMICFRS Being progressed, force Amber: open on both.")])
row(LIVE, 6990, EFT, D(2017, 3, 2), "AFI",
    "Improve supervision of investigations – investigation plans set, reviewed & recorded",
    CID, "Green", "Investigation plan template mandatory on Niche from 2018.", D(2019, 2, 14),
    [(6990, "in_sync", "Ref, type and text agree. HMICFRS Complete, force Green: closed on "
      "both.")])

# --- CDI 2017: one bullet missing --------------------------------------------------------------
row(LIVE, 8210, "CDI 2017", D(2017, 9, 7), "Rec",
    "Within 6 months arrangements to ensure:\n- victims believed at point of report\n- call "
    "handler conversations summarised accurately in incident log\n- multiple crimes always "
    "recorded\n- stop waiting for medical exams / video interviews before crime recording "
    "decisions",
    FCR, "Amber",
    "NCRS audit Q2 compliance 92.4%. Crime recording training for FCR staff completed.", None,
    [(8210, "conflict", "Ref and report agree, both open, but the tracker lists four of the "
      "five bullets: 'online reports of crime are triaged at the point of receipt' is missing.")])

# --- Stolen freedom: 8461 typed, dragged to 8467; real ids are not consecutive -----------------
SF = "Stolen Freedom (MSHT) 2017"
row(LIVE, 8461, SF, D(2017, 10, 24), "Nat Rec",
    "Within 12 months review leadership & governance for MSHT so that:\n- senior leaders "
    "prioritise MSHT\n- every incident resourced with skills, experience & capacity\n- "
    "partnership arrangements to share info & safeguard victims\n- performance & QA measures "
    "in place",
    CID, "Amber", "MSHT Gold group chaired by ACC Crime. QA framework in draft.", None,
    [(8461, "in_sync", "Typed id at the top of the drag-filled run 8461-8467: right. All four "
      "bullets present. HMICFRS Being progressed, force Amber: open on both.")])
row(LIVE, 8462, SF, D(2017, 10, 24), "Nat Rec",
    "Within 6 months – active ISAs with other agencies for speedy exchange of intelligence, "
    "to safeguard victims & identify suspects early",
    "Head of Intelligence", "Green", "ISAs signed with all 4 LAs & GLAA.", D(2018, 8, 10),
    [(8462, "in_sync", "Second row of the run; 8462 happens to be right. HMICFRS Complete, "
      "force Green: closed on both.")])
row(LIVE, 8463, SF, D(2017, 10, 24), "Nat Rec",
    "Immediately – victims committing crimes under compulsion get early & continuing "
    "consideration of s45 defence",
    CID, "Amber", "s45 guidance issued to custody & CID; CPS liaison ongoing.", None,
    [(8465, "conflict", "Drag-filled 8463 is on no HMICFRS row; the text is the section 45 "
      "defence rec, HMICFRS 8465. Reference disagrees (both open).")])
row(LIVE, 8464, SF, D(2017, 10, 24), "Nat Rec",
    "Immediately – fully compliant with NRM process & duty to notify HO of suspected adult "
    "victims",
    CID, "Green", "NRM / DtN process in place, monitored by MSHT coordinator.", D(2018, 8, 10),
    [(8466, "conflict", "Drag-filled 8464 is on no HMICFRS row; text is the NRM / duty to "
      "notify rec, HMICFRS 8466. Reference disagrees (both closed/done).")])
row(LIVE, 8465, SF, D(2017, 10, 24), "Nat Rec",
    "Immediately – comply with NCRS for MSHT offences; sufficient audit capacity for the FCR",
    FCR, "Amber", "MSHT added to FCR audit plan 2019/20.", None,
    [(8468, "conflict", "Drag-filled 8465 is the HMICFRS id of the section 45 rec, but this "
      "row's text is the NCRS crime-recording rec, HMICFRS 8468. Matched by text; reference "
      "disagrees (both open).")])
row(LIVE, 8466, SF, D(2017, 10, 24), "Nat Rec",
    "Immediately – MSHT allegations thoroughly investigated & supervised by skilled teams "
    "(incl. JITs / evidence from overseas)",
    CID, "Amber", "MSHT investigations moved to Serious Crime Team Jan-19.", None,
    [(8471, "conflict", "Drag-filled 8466 is the HMICFRS id of the NRM rec, but the text is the "
      "investigation/supervision rec, HMICFRS 8471. Reference disagrees (both open).")])
row(LIVE, 8467, SF, D(2017, 10, 24), "Nat Rec",
    "Immediately – review use of preventative powers under MSA 2015 (STROs / STPOs)",
    CID, "Green", "4 STROs obtained 2021. Submitted for closure.", D(2022, 2, 3),
    [(8473, "conflict", "Drag-filled 8467 is on no HMICFRS row; text is the preventative-"
      "powers rec, HMICFRS 8473. Reference disagrees (HMICFRS open, force Green).")])

# --- the block pasted one column to the right ---------------------------------------------------
NOTE_ROW = "NB rows below copied in from OPCC 56-day response spreadsheet (Jul 2018)"
T.append(("NOTE", NOTE_ROW))
LEG = "PEEL Legit 17 S&S"
row(LIVE, 8512, "PEEL Efficiency 2017 - national", D(2017, 11, 9), "Nat Rec",
    "By Sept 2018 CCs to produce an ambitious plan to improve digitally-enabled services",
    "Head of Digital Services", "Amber",
    "Digital Strategy 2019-22 drafted. Single Online Home live.", None,
    [(8512, "in_sync", "Row pasted one column right: ref sits under 'Report', RAG under "
      "'Latest update'. Read across: 8512 digital plan, Amber. HMICFRS Being progressed: "
      "open on both.")], shifted=True)
row(LIVE, 8520, "PEEL Efficiency 17", D(2017, 11, 9), "AFI",
    "Sufficient resources in control room to fulfil resourcing model & meet demand, taking "
    "account of workforce wellbeing",
    FCC, "Amber", "FCR uplift of 22 call handlers. Wellbeing survey Q1.", None,
    [(8520, "closeable_local", "Shifted row; read one column right: 8520 control-room AFI, "
      "RAG Amber. HMICFRS Complete (closed): close locally.")], shifted=True)
row(LIVE, "8541 / 8542", LEG, D(2017, 12, 12), "CoC / Nat Rec",
    "CoC – S&S not shown to be reasonable & fair; over-representation of BAME people.\nRec: By "
    "July 2018 monitor comprehensive S&S data – reasons for disproportionality, find rates by "
    "ethnicity & search type (drugs possession / supply), possession-only drug searches",
    S_OKAFOR, "Green",
    "Monthly S&S dashboard live (Qlik). Scrutiny panel reviews disproportionality.",
    D(2018, 9, 14),
    [(8541, "in_sync", "Shifted row with two ids under 'Report'. 8541 is the stop and search "
      "cause of concern (first line of the text). HMICFRS Complete, force Green (read under "
      "'Latest update'): closed on both."),
     (8542, "closeable_submit", "Second id of the shifted '8541 / 8542' cell: the July 2018 "
      "monitoring rec, all three asks present. HMICFRS Being progressed, force Green, date "
      "submitted 14/09/2018 in unheaded column J: submit for closure.")], shifted=True)
row(LIVE, 8546, LEG, D(2017, 12, 12), "Nat Rec",
    "Where disparities identified – show the public research/analysis of reasons & action "
    "taken to reduce disparity",
    S_OKAFOR, "Green", "Disproportionality problem profile published on force website.",
    D(2018, 9, 14),
    [(8546, "closeable_submit", "Shifted row: 8546 disparities rec, Green (under 'Latest "
      "update'), submitted 14/09/2018 (column J). HMICFRS Being progressed: submit.")],
    shifted=True)
row(LIVE, 8547, LEG, D(2017, 12, 12), "Nat Rec",
    "Publish the analysis & actions taken at least annually from July 2018",
    S_OKAFOR, "Amber", "First annual S&S report due on website Dec-18.", None,
    [(8547, "in_sync", "Shifted row: 8547 publish-analysis rec, Amber. HMICFRS Being "
      "progressed: open on both.")], shifted=True)
row(LIVE, 8550, LEG, D(2017, 12, 12), "Nat Rec",
    "By July 2018 all officers using S&S trained in unconscious bias & CoP APP",
    "Head of Learning & Development", "Green", "97% of frontline completed NCALT package.",
    D(2018, 9, 14),
    [(8550, "in_sync", "Shifted row: 8550 training rec, Green. HMICFRS Complete: closed on "
      "both.")], shifted=True)
row(LIVE, 9012, "NCPI 2018", D(2018, 6, 21), "Rec",
    "Within 12 months review, with children's social care, how we manage detention of "
    "children:\n- detained only when absolutely necessary / minimum time\n- early assessment "
    "of need for alternative accommodation\n- detention certificates completed after "
    "charge\n- record all actions & decisions\n- timely appropriate adult support",
    "Ch Insp Custody", "Amber", "Custody / CSC protocol being redrafted.", None,
    [(9012, "conflict", "Shifted row: 9012 detention-of-children rec, Amber, all five bullets. "
      "But the tracker says 'Within 12 months' where HMICFRS says 'Within six months': "
      "timescale disagrees.")], shifted=True)
row(LIVE, 9013, "NCPI 2018", D(2018, 6, 21), "Rec",
    "Within 3 months review approach to CSE so victims get a consistently good service",
    SAFE, "Blue", "CSE problem profile refreshed; victim care pathway agreed with partners.",
    D(2018, 10, 2),
    [(9013, "closeable_submit", "Shifted row: 9013 CSE rec, Blue (done, per the Key tab), "
      "submitted 02/10/2018 in column J. HMICFRS Being progressed: submit.")], shifted=True)
T.append(("BLANK", None))

# --- PEEL 2018/19 ------------------------------------------------------------------------------
P19 = "PEEL 2018/19"
row(LIVE, 10231, P19, D(2019, 5, 2), "Rec",
    "Immediately – review officers' capabilities & capacity to manage investigative workload "
    "(understand investigative demand & pressures)",
    CID, "Green", "Investigative capacity review reported to FET Nov-19.", D(2019, 12, 6),
    [(10231, "in_sync", "Ref and text agree. HMICFRS Complete, force Green: closed on both.")])
row(LIVE, 10232, P19, D(2019, 5, 2), "Rec",
    "Within 6 months – regular & active supervision of quality & progress of investigations, "
    "properly recorded",
    CID, "Amber", "Supervisory review compliance 78% (target 90%).", None,
    [(10232, "in_sync", "Ref and text agree. HMICFRS Being progressed, force Amber: open on "
      "both.")])
row(LIVE, 10233, P19, D(2019, 5, 2), "Rec",
    "Within 6 months – improve ability to retrieve digital evidence from phones, computers etc "
    "quickly so investigations not delayed",
    "Head of Digital Forensics", "Green",
    "Kiosks in all hubs; DFU backlog < 30 days since Mar-21. Submitted for closure.",
    D(2021, 4, 19),
    [(10233, "closeable_submit", "Ref and text agree. HMICFRS Being progressed, force Green, "
      "submitted 19/04/2021: submit for closure.")])
row(LIVE, "10235 & 10236", P19, D(2019, 5, 2), "CoC / Rec",
    "Vetting backlog (CoC).\nAll staff to hold at least lowest level of vetting clearance "
    "ASAP – clear backlog & renewals, comply fully with national vetting guidelines",
    "Head of Professional Standards", "Amber",
    "Backlog down from 1,870 to 212 (Sep-22). Vetting Unit uplift funded.", None,
    [(10235, "in_sync", "First id of '10235 & 10236': the vetting-backlog cause of concern. "
      "HMICFRS Being progressed, force Amber: open on both."),
     (10236, "closeable_local", "Second id: the vetting-clearance rec. HMICFRS Complete "
      "(closed), force row Amber: close locally (or split the row).")])

# --- Police powers spotlight: 12650 typed, dragged to 12655 over a split recommendation --------
PW = "Police powers spotlight (Feb 21)"
row(LIVE, 12650, PW, D(2021, 2, 26), "Nat Rec",
    "By July 2022 – officers & staff have effective communication skills in line with "
    "National Policing Guidelines on Conflict Management",
    "Head of Learning & Development", "Amber", "Module in 2022 PST programme.", None,
    [(12650, "in_sync", "Typed id at top of the drag-filled run 12650-12655: right. HMICFRS "
      "Being progressed, force Amber: open on both.")])
row(LIVE, 12651, PW, D(2021, 2, 26), "Nat Rec",
    "By July 2021 – comms skills reinforced in CPD; supervisors debrief officers using BWV",
    "Head of Learning & Development", "Green", "BWV debrief guide issued to sergeants.",
    D(2021, 10, 8),
    [(12651, "in_sync", "Ref right (consecutive so far). HMICFRS Complete, force Green: "
      "closed on both.")])
row(LIVE, 12652, PW, D(2021, 2, 26), "Nat Rec",
    "By Sept 2021 (i) – BWV to record the entirety of all S&S encounters incl. traffic stops "
    "& use of force",
    S_OKAFOR, "Green", "Policy updated; compliance 96%.", None,
    [(12652, "in_sync", "Part (i) of the BWV rec, which the force split over three rows; ref "
      "right. Item still open on the force side because part (ii) is Amber; HMICFRS Being "
      "progressed: open on both.")])
row(LIVE, 12653, PW, D(2021, 2, 26), "Nat Rec",
    "(ii) – structured process to review a sample of BWV footage, identify learning & hold "
    "officers to account",
    S_OKAFOR, "Amber", "Dip-sample process agreed; PSD sign-off awaited.", None,
    [(12652, "conflict", "Part (ii) of the split BWV rec (text continues 12652). The fill "
      "handle gave it 12653, which is on no HMICFRS row: reference disagrees.")])
row(LIVE, 12654, PW, D(2021, 2, 26), "Nat Rec",
    "(iii) – external scrutiny panel access to BWV samples of S&S & use of force (APP "
    "safeguards)",
    S_OKAFOR, "Green", "Panel viewing sessions monthly since Sep-21.", None,
    [(12652, "conflict", "Part (iii) of the split BWV rec. Drag-filled 12654 is the HMICFRS id "
      "of the use-of-force monitoring rec, not of this text: reference disagrees.")])
row(LIVE, 12655, PW, D(2021, 2, 26), "Nat Rec",
    "By July 2021 – effective internal monitoring of use of force to identify & explain "
    "disproportionate use & take improvement action",
    S_OKAFOR, "Amber", "UoF dashboard in build.", None,
    [(12654, "conflict", "Drag-filled 12655 is on no HMICFRS row; text is the use-of-force "
      "monitoring rec, HMICFRS 12654. Reference disagrees (both open).")])

# --- PEEL 2021/22 ------------------------------------------------------------------------------
P22 = "PEEL 2021/22"
row(LIVE, 13310, P22, D(2022, 4, 8), "AFI",
    "Improve understanding of nature & scale of DA in the county",
    PP, "Amber", "DA problem profile commissioned.", None,
    [(13310, "in_sync", "Ref and text agree. HMICFRS Being progressed, force Amber.")])
row(LIVE, 13311, P22, D(2022, 4, 8), "AFI",
    "Work better with partner orgs to safeguard people at risk from VAWG",
    PP, "Green", "VAWG partnership delivery plan signed off by PFCC.", D(2022, 10, 3),
    [(13311, "closeable_submit", "Ref and text agree. HMICFRS Being progressed, force Green "
      "(submitted 03/10/2022): submit for closure.")])
row(LIVE, 13312, P22, D(2022, 4, 8), "AFI",
    "Record reports of stalking & harassment accurately & without delay",
    FCR, "Amber", "Stalking audit scheduled Q4.", None,
    [(13312, "in_sync", "Ref and text agree. HMICFRS Awaiting review, force Amber.")])
row(LIVE, 13314, P22, D(2022, 4, 8), "Rec",
    "Keep victims of residential burglary informed of progress of their case (VCOP)",
    "Supt Investigations", "Red", "VCOP compliance 61%. Not started – awaiting owner.", None,
    [(13314, "conflict", "Ref and text agree and both are open, but the tracker types it 'Rec' "
      "where HMICFRS has an Area for improvement: type disagrees.")])

# --- the force's own actions -------------------------------------------------------------------
row(LIVE, "L/19/03", "Local", None, "Local action",
    "Force action - Dip-sample 50 domestic abuse crime reports each quarter and report "
    "findings to the Crime Standards Board",
    FCR, "Amber", "Q2 dip sample done.", None,
    [(None, "not_on_hmicfrs_list", "Force's own action (ref L/19/03, report 'Local'); nothing "
      "on the HMICFRS list asks for it.")])
row(LIVE, None, "JAC action", None, "Local action",
    "Agree an information-sharing protocol on missing children with the local authorities",
    SAFE, "Green", "Protocol signed Jun-20.", None,
    [(None, "not_on_hmicfrs_list", "Joint Audit Committee action with no HMICFRS ref; not on "
      "the HMICFRS list (the missing-children items 6986/6987 are on their own row).")])

# --- the Closed tab ----------------------------------------------------------------------------
row(CLOSED, 1204, "S&S 2013", D(2013, 7, 9), "Nat Rec",
    "CCs & CoP to set out in S&S APP a clear spec of what is effective & fair use of S&S "
    "powers (compliant with Code of Practice)",
    S_OKAFOR, "Complete", "Closed by HMIC 2015.", D(2015, 1, 12),
    [(1204, "in_sync", "Closed tab; ref and text agree. HMICFRS Complete, force Complete.")])
row(CLOSED, 1205, "S&S 2013", D(2013, 7, 9), "Nat Rec",
    "Establish / improve monitoring of the way officers stop & search people (law, equality, "
    "Code of Practice, effective use)",
    S_OKAFOR, "Complete", "Closed by HMIC 2015.", D(2015, 1, 12),
    [(1205, "in_sync", "Closed tab; ref and text agree. HMICFRS Complete, force Complete.")])
row(CLOSED, 2321, "Everyone's Business (DA) 2014", D(2014, 3, 27), "Nat Rec",
    "By Sept 2014 establish & publish a DA action plan (with PCC, support orgs, DHRs / IPCC "
    "findings, CPS panels & MARAC self-assessments)",
    PP, "Complete", "DA action plan published Sep-14.", D(2014, 9, 30),
    [(2321, "in_sync", "Closed tab; ref and text agree. HMICFRS Complete, force Complete.")])
row(CLOSED, 902, "Integrity Matters 2015", D(2015, 1, 30), "Nat Rec",
    "By 31/08/15 satisfy ourselves that misconduct investigations ending in 'no further "
    "action' are fair & free from discrimination",
    "Head of Professional Standards", "Complete", "PSD NFA dip-sample process in place.",
    D(2015, 10, 1),
    [(902, "in_sync", "Closed tab; ref and text agree. HMICFRS Complete, force Complete.")])
row(CLOSED, 6705, "PEEL Legitimacy 2016", D(2016, 12, 8), "AFI",
    "Provide a confidential way for staff to raise concerns & make sure staff aware of "
    "whistleblowing processes",
    "Head of Professional Standards", "Complete", "Bad Apple portal relaunched.", D(2017, 6, 1),
    [(None, "not_on_hmicfrs_list", "Closed tab, ref 6705 (PEEL Legitimacy 2016 AFI): neither "
      "the id nor the text is on the HMICFRS list. Query with HMICFRS.")])
row(CLOSED, 6706, "PEEL Legitimacy 2016", D(2016, 12, 8), "AFI",
    "Review how we gather & use equality & diversity data to understand workforce "
    "demographics",
    "Director of People", "Complete", "E&D data in HR dashboard.", D(2017, 6, 1),
    [(None, "not_on_hmicfrs_list", "Closed tab, ref 6706: not on the HMICFRS list by id or "
      "text. Query with HMICFRS.")])
row(CLOSED, 8211, "CDI 2017", D(2017, 9, 7), "AFI",
    "Record reports of RASSO accurately & without delay",
    FCR, "Complete", "RASSO audit 98% compliant.", D(2018, 12, 3),
    [(8211, "in_sync", "Closed tab; ref and text agree (rape and serious sexual offences "
      "recording). HMICFRS Complete, force Complete.")])

MISSING = [
    (4823, "Core Business crime-prevention recording rec: no ref 4823 and no row with this "
         "text on either tab. HMICFRS Being progressed."),
    (10230, "PEEL 2018/19 cause of concern on investigative capacity: no row holds 10230 or "
          "this text (the tracker has only the recs 10231-10233)."),
    (10234, "PEEL 2018/19 released-under-investigation rec: absent from the tracker."),
    (13313, "PEEL 2021/22 county lines analysis AFI: absent from the tracker (13312 is "
          "followed by 13314)."),
]

KEY_ROWS = [
    ["RAG key (Organisational Learning)"],
    [],
    ["Colour", "Meaning"],
    ["Red", "Beyond deadline, or cannot / will not be implemented (rationale required)"],
    ["Amber", "Work under way and expected to be implemented"],
    ["Green", "Implemented – evidence held, ready for / submitted for closure"],
    ["Blue", "Complete – submitted to HMICFRS for closure"],
    ["Complete", "Closed by the force (moved to the Closed tab from 2019)"],
    [],
    ["Ref = the HMICFRS register number. Local / JAC actions have no HMICFRS ref."],
]

FILL = {"Red": "FFC7CE", "Amber": "FFEB9C", "Green": "C6EFCE", "Blue": "BDD7EE",
        "Complete": "D9D9D9"}


# ---------------------------------------------------------------------------------------------
# writers
# ---------------------------------------------------------------------------------------------
def fixed_zip(path: Path) -> None:
    """Rewrite an xlsx with fixed timestamps and fixed document properties."""
    src = zipfile.ZipFile(path)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2022-10-21T16:42:00Z</dcterms:modified>",
                              data)
            info = zipfile.ZipInfo(name, date_time=(2022, 10, 21, 16, 42, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, data)
    path.write_bytes(buf.getvalue())


def write_hmicfrs() -> None:
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["Force", "Recommendation ID", "Report", "Publication date", "Type",
                "Recommendation", "Status", "Status date"])
    for rid, rep, pub, typ, text, status, sdate in HMICFRS:
        w.writerow([FORCE, rid, rep, pub.strftime("%d/%m/%Y"), typ, text, status,
                    sdate.strftime("%d/%m/%Y")])
    (OUT / "hmicfrs.csv").write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))


def write_tracker() -> dict:
    wb = Workbook()
    wb.properties.creator = "Organisational Learning"
    wb.properties.lastModifiedBy = "k.hollis"
    wb.properties.title = "HMICFRS Recommendations Tracker"
    wb.properties.created = dt.datetime(2014, 6, 3, 9, 12, 0)
    wb.properties.modified = dt.datetime(2022, 10, 21, 16, 42, 0)
    ws = wb.active
    ws.title = LIVE
    wc = wb.create_sheet(CLOSED)
    wk = wb.create_sheet("Key")

    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    head_fill = PatternFill("solid", fgColor="BFBFBF")
    widths = [13, 26, 13, 12, 70, 24, 10, 50, 14, 12]
    for w_ in (ws, wc):
        for i, wd in enumerate(widths):
            w_.column_dimensions[chr(65 + i)].width = wd

    ws["A1"] = "Northamptonshire Police – HMICFRS Recommendations & AFIs Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Owner: Organisational Learning, Corporate Development. Last updated "
                "21/10/2022 (KH)")
    ws["A2"].font = Font(italic=True)
    ws.append([])
    ws.append(HEAD)
    for c in ws[4]:
        c.font = bold
        c.fill = head_fill
        c.alignment = wrap
    ws.freeze_panes = "A5"
    wc.append(HEAD + ["Date closed (force)"])
    for c in wc[1]:
        c.font = bold
        c.fill = head_fill
        c.alignment = wrap

    where: dict[int, str] = {}    # index into T -> "Sheet!Row"
    nxt = {LIVE: 5, CLOSED: 2}     # next free row on each sheet
    nonitems: list[tuple[str, str]] = [
        (f"{LIVE}!1", "title"), (f"{LIVE}!2", "owner / last-updated line"),
        (f"{LIVE}!3", "blank"), (f"{LIVE}!4", "header row"), (f"{CLOSED}!1", "header row")]
    for idx, entry in enumerate(T):
        if entry[0] == "NOTE":
            r = nxt[LIVE]
            nxt[LIVE] += 1
            ws.cell(r, 1, entry[1]).font = Font(italic=True, color="C00000")
            nonitems.append((f"{LIVE}!{r}", "note above the pasted block"))
            continue
        if entry[0] == "BLANK":
            r = nxt[LIVE]
            nxt[LIVE] += 1
            nonitems.append((f"{LIVE}!{r}", "blank row left below the pasted block"))
            continue
        sheet, cells, shifted, _truth = entry
        w_ = ws if sheet == LIVE else wc
        r = nxt[sheet]
        nxt[sheet] += 1
        if sheet == CLOSED:
            cells = cells + [cells[8]]     # date closed = date submitted
        off = 2 if shifted else 1
        for j, v in enumerate(cells):
            if v is None:
                continue
            c = w_.cell(r, j + off, v)
            c.alignment = wrap
            if isinstance(v, dt.date):
                c.number_format = "dd/mm/yyyy"
            if j == 6 and v in FILL:
                c.fill = PatternFill("solid", fgColor=FILL[v])
        where[idx] = f"{sheet}!{r}"
    r = nxt[LIVE] + 1
    ws.cell(r, 1, "RAG key on the Key tab. Closed items moved to the Closed tab.").font = \
        Font(italic=True)
    nonitems.append((f"{LIVE}!{r - 1}", "blank"))
    nonitems.append((f"{LIVE}!{r}", "footnote pointing to the Key tab"))

    for kr in KEY_ROWS:
        wk.append(kr)
    wk["A1"].font = Font(bold=True)
    for c in wk[3]:
        c.font = bold
    for rr in range(4, 9):
        v = wk.cell(rr, 1).value
        wk.cell(rr, 1).fill = PatternFill("solid", fgColor=FILL[v])
    wk.column_dimensions["A"].width = 14
    wk.column_dimensions["B"].width = 80
    for rr in range(1, wk.max_row + 1):
        nonitems.append((f"Key!{rr}", "legend tab (no items)"))

    path = OUT / "tracker.xlsx"
    wb.save(path)
    fixed_zip(path)
    return {"where": where, "nonitems": nonitems}


def write_truth(where: dict) -> list[list[str]]:
    lines = []
    for idx, entry in enumerate(T):
        if entry[0] in ("NOTE", "BLANK"):
            continue
        for hid, cat, why in entry[3]:
            lines.append([f"hmicfrs.csv!{HROW[hid]}" if hid else "", where[idx], cat, why])
    for hid, why in MISSING:
        lines.append([f"hmicfrs.csv!{HROW[hid]}", "", "missing_from_force", why])
    lines.sort(key=lambda l: (int(l[0].split("!")[1]) if l[0] else 10**6,
                              l[1].split("!")[0], int(l[1].split("!")[1]) if l[1] else 0))
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)
    (OUT / "truth.csv").write_bytes(buf.getvalue().encode("utf-8"))
    return lines


def check(lines, where) -> None:
    cats = {"in_sync", "closeable_submit", "closeable_local", "conflict",
            "missing_from_force", "not_on_hmicfrs_list", "review"}
    assert all(l[2] in cats for l in lines)
    hcovered = {l[0] for l in lines if l[0]}
    assert hcovered == {f"hmicfrs.csv!{r}" for r in HROW.values()}, "HMICFRS coverage"
    fcovered = {l[1] for l in lines if l[1]}
    assert fcovered == set(where.values()), "force coverage"
    assert 45 <= len(HMICFRS) <= 130
    # statuses consistent with categories for the plain cases
    for l in lines:
        if l[2] in ("closeable_submit",):
            hid = next(h for h, r in HROW.items() if f"hmicfrs.csv!{r}" == l[0])
            assert HSTATUS[hid] in ("Awaiting review", "Being progressed"), l
        if l[2] == "closeable_local":
            hid = next(h for h, r in HROW.items() if f"hmicfrs.csv!{r}" == l[0])
            assert HSTATUS[hid] in ("Complete", "Superseded", "No further action required"), l


README = '''# shifted_block_dragfill_refs

## The story

Northamptonshire Police's Organisational Learning team (Corporate Development) has kept one
Excel workbook of HMICFRS recommendations by hand since 2014. Over eight years three kinds of
hand damage have built up in it, and nobody has cleaned them up:

1. **A block pasted one column to the right.** In July 2018 eight rows (PEEL Efficiency 2017,
   PEEL Legitimacy 2017 stop and search, NCPI 2018) were copied in from the OPCC's 56-day
   response spreadsheet, which had no leading column. They landed one column to the right:
   each row's reference sits under "Report", its report under "Published", its publication
   date under "Type", its type under "Recommendation / AFI (summary)", its text under "Lead",
   its lead under "RAG", its RAG word (and colour) under "Latest update", its update under
   "Date submitted for closure", and its closure date spills into column J, which has no
   heading. Column A is empty on those rows.
2. **References drag-filled.** Three times somebody typed the first HMICFRS id of a report and
   pulled Excel's fill handle down the block, turning it into a run (5901, 5902 … 5908;
   8461 … 8467; 12650 … 12655). Where the real register ids happen to be consecutive the run
   is right; where they are not, the run names items that do not exist on the list or, worse,
   other items that do.
3. **Cells holding two ids.** Where the force dealt with a cause of concern and its
   recommendation together, or two near-identical national recs, it kept one row with both
   ids: "1206 / 5130", "3010 / 3011", "3012 & 3013", "6986 & 6987", "8541 / 8542" (inside the
   shifted block), "10235 & 10236".

HMICFRS has sent its definitive list (60 items) as an ordinary CSV export; the analyst must
reconcile it with the tracker before the Joint Audit Committee.

## The files

- `hmicfrs.csv` — UTF-8 with BOM, CRLF record ends, comma separated, QUOTE_MINIMAL. Header
  on row 1: `Force, Recommendation ID, Report, Publication date, Type, Recommendation,
  Status, Status date`. 60 records, rows 2–61 (as Excel numbers them; multi-line texts are
  quoted fields, still one row each), sorted by Recommendation ID (902 … 13314). Ids are plain
  integers; dates dd/mm/yyyy; types Recommendation / Area for improvement / Cause of concern /
  National recommendation; statuses Being progressed 30, Complete 17, Awaiting review 7, No
  further action required 4, Superseded 2. Texts are real HMICFRS wording with their quirks
  (curly quotes, "•" bullets with and without spaces, the stray footnote digits "and 20" and
  "intelligence 86", missing final full stops).
- `tracker.xlsx` — three sheets.
  - `Tracker` (live items): row 1 title, row 2 owner / last-updated line, row 3 blank, row 4
    header `HMICFRS Ref | Report | Published | Type | Recommendation / AFI (summary) | Lead |
    RAG | Latest update | Date submitted for closure` (A–I; J has no header). Item rows 5–29,
    31–38 (the shifted block, B–J), 40–55. Row 30 is a red italic note, row 39 blank, row 56
    blank, row 57 a footnote. RAG words are also cell fills (Red/Amber/Green/Blue). Refs are
    numbers, or text where a cell holds two ids or a local code. Published is a date cell
    (dd/mm/yyyy) except "Oct 2015" and "Jul-13 / Mar-15" typed as text.
  - `Closed` (items the force closed, moved here from 2019): row 1 header (same columns plus
    `Date closed (force)` in J), item rows 2–8, RAG "Complete".
  - `Key`: RAG legend, 10 rows, no items (Blue = complete, submitted to HMICFRS for closure;
    Complete = closed by the force).
- `truth.csv` — `hmicfrs_row,force_row,category,why`, 66 lines.

## What the layout brings, row by row

- **Shifted block, Tracker!31–38.** A reader that takes columns by header sees refs 8512,
  8520, "8541 / 8542", 8546, 8547, 8550, 9012, 9013 as report names, report names as
  publication dates, dates as types, type words as the recommendation text, the text as the
  lead, lead names as the RAG, "Amber/Green/Blue" as the update, updates as closure dates,
  and four real closure dates (J33, J34, J36, J38) in a column without a header. A person
  sees at once that column A is empty and everything is one to the right, and reads the row
  across. Status comes from column H (the RAG word and its fill).
- **Drag fill over Targeting the risk into PEEL Efficiency 2015, Tracker!10–17.** Real ids
  5901–5905 are consecutive, so rows 10–14 are right. The run carried on into the next
  report: rows 15–17 say 5906, 5907, 5908 (on no HMICFRS row) while their report column
  ("PEEL Efficiency 2015") and texts are the AFIs 6120, 6121, 6122.
- **Drag fill over Stolen Freedom, Tracker!23–29.** Real ids are 8461, 8462, 8465, 8466,
  8468, 8471, 8473. The run 8461–8467 is right for rows 23–24 only. Rows 25, 26, 29 carry ids
  on no HMICFRS row (8463, 8464, 8467). Rows 27 and 28 carry 8465 and 8466, which **are** on the
  list but belong to the section 45 and NRM recs (rows 25 and 26 by text); the texts of rows 27
  and 28 are the NCRS (8468) and investigation (8471) recs. Matching on the ref pairs them
  wrongly.
- **Drag fill over a split recommendation, Tracker!44–49.** The force split the three-part
  body-worn video rec 12652 into rows 46 (i), 47 (ii), 48 (iii). The fill handle gave them
  12652, 12653, 12654; 12654 is the HMICFRS id of the use-of-force monitoring rec, whose own
  row 49 got 12655 (on no HMICFRS row). Rows 44–45 (12650, 12651) are right.
- **Two ids in one cell**: Tracker!5, 6, 7, 20, 33 (shifted), 43. Each gives one truth line
  per id, decided separately (the two items can have different HMICFRS statuses).
- **Force's own rows** with a local code or no ref: Tracker!54 ("L/19/03", report "Local"),
  Tracker!55 (report "JAC action", no ref).
- **Closed tab**: Closed!2–8, closed items of which two (6705, 6706, PEEL Legitimacy 2016) are
  not on the HMICFRS list at all.

## Traps and how the truth decides them

- Drag-filled ref that names nothing (Tracker!15, 16, 17, 25, 26, 29, 47, 49): matched by
  report and text; `conflict` (reference disagrees), whatever the two statuses say.
- Drag-filled ref that names a different item on the list (Tracker!27 → 8468 not 8465,
  Tracker!28 → 8471 not 8466, Tracker!48 → part (iii) of 12652, not 12654): paired by text,
  `conflict`. The item whose id was borrowed is paired with its own row by text.
- Drag-filled refs that happen to be right (Tracker!10–14, 23–24, 44–46): decided on status as
  usual. Tracker!46 is part (i) of the split 12652 with the right ref; the item is still open
  on the force side (part (ii) is Amber) and HMICFRS has it open, so `in_sync`; parts (ii)
  and (iii) are `conflict` for their refs.
- Shifted rows: read one column right; categories from the real RAG in column H: 8512
  in_sync, 8520 closeable_local (HMICFRS Complete, force Amber), 8541 in_sync / 8542
  closeable_submit, 8546 closeable_submit, 8547 in_sync, 8550 in_sync, 9013 closeable_submit
  (Blue). 9012 is `conflict`: the tracker text says "Within 12 months", HMICFRS "Within six
  months".
- Two ids: 1206 (Superseded) in_sync with the Green row, 5130 (Being progressed)
  closeable_submit; 3010, 3011 closeable_local (No further action required vs Amber); 3012,
  3013 in_sync (NFA vs Complete); 6986, 6987 in_sync; 8541 in_sync, 8542 closeable_submit;
  10235 in_sync, 10236 closeable_local (HMICFRS Complete vs Amber).
- Other conflicts: Tracker!22 (8210) lists four of the five CDI bullets, the "online reports
  triaged" bullet is missing; Tracker!53 (13314) typed "Rec" where HMICFRS has an Area for
  improvement.
- Missing from the tracker: 4823 (Core Business), 10230 (PEEL 2018/19 cause of concern),
  10234 (released under investigation), 13313 (county lines AFI).
- Not on the HMICFRS list: Tracker!54, Tracker!55, Closed!6, Closed!7.
- No `review` lines: every pair is decidable by eye from the text and report.

## Counts (66 truth lines)

| category | lines |
|---|---|
| in_sync | 30 |
| conflict | 14 |
| closeable_submit | 8 |
| closeable_local | 6 |
| missing_from_force | 4 |
| not_on_hmicfrs_list | 4 |
| review | 0 |

60 HMICFRS items (each at least once; 12652 three times); 56 force item rows (49 on
Tracker, 7 on Closed), six of them holding two ids.

## Rows that are not items

- `Tracker!1` title; `Tracker!2` owner / last-updated line; `Tracker!3` blank; `Tracker!4`
  header row; `Tracker!30` note "NB rows below copied in from OPCC 56-day response
  spreadsheet (Jul 2018)"; `Tracker!39` blank row under the pasted block; `Tracker!56` blank;
  `Tracker!57` footnote pointing to the Key tab.
- `Closed!1` header row.
- `Key!1`–`Key!10` legend tab (title, blank, header, five colour rows, blank, note).
- `hmicfrs.csv!1` header row.

## Checks run

- The builder asserts every HMICFRS row (2–61) and every force item row appears in the
  truth, that every category is one of the seven, and that closeable_submit lines have an
  open HMICFRS status and closeable_local lines a closed one.
- Read back with pandas (`read_csv(encoding="utf-8-sig")`: 60 × 8; `read_excel(sheet_name=
  None, header=None)`: Tracker 57 × 10, Closed 8 × 10, Key 10 × 2) and openpyxl (cell by cell:
  shifted rows 31–38 start in column B, J31–J38 hold the closure dates where given, row 39
  empty); the CSV read with `csv.reader` gives 61 records, so Excel rows = record numbers.
- Built twice; `diff -r` of the two folders is empty (fixed zip timestamps and document
  properties, no randomness).
'''


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "README.md").write_bytes(README.encode("utf-8"))
    write_hmicfrs()
    info = write_tracker()
    lines = write_truth(info["where"])
    check(lines, info["where"])
    # printed for the README author; not written to the case folder
    from collections import Counter
    print(Counter(l[2] for l in lines), len(lines), "lines")
    for ref, why in info["nonitems"]:
        print("non-item", ref, why)
    for idx, loc in sorted(info["where"].items(), key=lambda x: x[1]):
        print(loc, T[idx][1][0])


if __name__ == "__main__":
    main()
