"""Build the evaluation case `planners_who_when_due_sorted`.

Story: Lincolnshire Police's Strategic Planning & Performance team keep a *planning copy* of the
force's HMICFRS recommendations.  For each recommendation they cut the addressee ("Who") and the
deadline ("By when, as written") out of the HMICFRS wording, leaving a "What" stem that starts at
the verb, gave each a planning target date, and sorted the sheet by that date (oldest first), not
by report.  HMICFRS's definitive list arrives as a portal CSV export (Windows-1252, CRLF).

Run with /work/main/.venv/bin/python.  No randomness, no clock: every file is rebuilt byte for byte.
All HMICFRS texts are real public wording (Open Government Licence) copied in as literals.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import shutil

import xlsxwriter

CASE = "planners_who_when_due_sorted"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
FORCE = "Lincolnshire Police"
SHEET = "By due date"
D = dt.date

# --------------------------------------------------------------------------------------------
# Reports: key -> (HMICFRS title, publication date, tracker short name)
# --------------------------------------------------------------------------------------------
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?",
              D(2013, 7, 9), "S&S 2013"),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse",
                 D(2014, 3, 27), "Everyone's Business (DA) 2014"),
    "austerity": ("Policing in austerity: Meeting the challenge", D(2014, 7, 22),
                  "Policing in Austerity 2014"),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use "
             "of police time", D(2014, 9, 4), "Core Business 2014"),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to "
                  "provide the capability to tackle corruption in policing", D(2015, 1, 30),
                  "Integrity Matters 2015"),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?",
              D(2015, 3, 24), "S&S 2 (2015)"),
    "picture": ("Building the picture: an inspection of police information management",
                D(2015, 7, 1), "Building the Picture 2015"),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of "
                 "firearms licensing in police forces in England and Wales", D(2015, 9, 15),
                 "Firearms licensing 2015"),
    "peel16": ("PEEL: Police effectiveness 2016 – Lincolnshire Police", D(2017, 3, 2),
               "PEEL Eff 16"),
    "cdi17": ("Crime data integrity inspection 2017 – Lincolnshire Police", D(2017, 9, 7),
              "CDI 2017"),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               D(2017, 10, 24), "Stolen Freedom (MSHT) 2017"),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", D(2017, 11, 9),
              "PEEL Efficiency 2017 (national)"),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", D(2017, 12, 12),
              "PEEL Legit 17 S&S"),
    "legf17": ("PEEL: Police legitimacy 2017 – Lincolnshire Police", D(2017, 12, 12),
               "PEEL Legit 17 (force)"),
    "ncpi18": ("National child protection inspection 2018 – Lincolnshire Police", D(2018, 6, 14),
               "NCPI 2018"),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Lincolnshire "
               "Police", D(2019, 5, 2), "PEEL 18/19"),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use "
               "of force", D(2021, 2, 26), "Police powers spotlight (Feb 21)"),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – Lincolnshire "
               "Police", D(2022, 5, 20), "PEEL 21/22"),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24 – Lincolnshire "
               "Police", D(2023, 12, 8), "PEEL 23-24"),
}

REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")

# --------------------------------------------------------------------------------------------
# HMICFRS definitive list: (key, reference, report, type, verbatim text, status, status date)
# --------------------------------------------------------------------------------------------
H = [
    # Stop and search 2013
    ("N1", 1184, "sas13", NAT,
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. This "
     "should be compliant with the Code of Practice.", "Superseded", D(2015, 4, 10)),
    ("N2", 1185, "sas13", NAT,
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance with "
     "the law (including equality legislation and the Code of Practice), and that the power is "
     "used effectively to prevent crime, catch criminals and maintain public trust.",
     "Complete", D(2016, 2, 19)),
    ("N3", 1186, "sas13", NAT,
     "Chief Constables should, in consultation with elected local policing bodies, ensure that "
     "they comply with the code of practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example, young people.",
     "Superseded", D(2015, 4, 10)),
    # Everyone's business
    ("N5", 2321, "everyone", NAT,
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
     "scrutiny panels and MARAC self-assessments.", "Complete", D(2016, 7, 1)),
    # Policing in austerity
    ("N6", 3410, "austerity", NAT,
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they "
     "are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews",
     "No further action required", D(2017, 10, 30)),
    ("N7", 3411, "austerity", NAT,
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.",
     "No further action required", D(2017, 10, 30)),
    ("N8", 3412, "austerity", NAT,
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have taken "
     "the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.",
     "No further action required", D(2017, 10, 30)),
    ("N9", 3413, "austerity", NAT,
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there is "
     "scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.",
     "No further action required", D(2017, 10, 30)),
    # Core business
    ("N10", 4822, "core", NAT,
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have "
     "not yet done so, should provide call-handlers with specific, sound and comprehensible "
     "criteria against which they can assess threat, harm and risk.",
     "Awaiting review", D(2019, 6, 3)),
    ("N11", 4823, "core", NAT,
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", "Complete", D(2016, 2, 19)),
    # Integrity matters
    ("N12", 902, "integrity", NAT,
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     "Being progressed", D(2018, 1, 15)),
    # Stop and search 2
    ("N4", 2962, "sas15", NAT,
     "Chief constables should, in consultation with police and crime commissioners, ensure that "
     "they comply with the Code of Practice by explaining to the public the way stop and search "
     "powers are used in their areas and by making arrangements for stop and search records to "
     "be scrutinised by community representatives. This should be done in a way that involves "
     "those people who are stopped and searched, for example young people.",
     "Being progressed", D(2018, 1, 15)),
    # Firearms licensing
    ("N14", 5012, "firearms", NAT,
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", "Complete", D(2016, 6, 20)),
    ("N15", 5013, "firearms", NAT,
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.",
     "Being progressed", D(2018, 1, 15)),
    ("N16", 5014, "firearms", NAT,
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.",
     "Being progressed", D(2018, 1, 15)),
    ("N17", 5015, "firearms", NAT,
     "Within three months, all chief constables should ensure that their arrangements in respect "
     "of the use of temporary permits are in accordance with the Home Office guidance; that "
     "temporary permits are properly recorded without delay on the National Firearms Licensing "
     "Management System; and that effective systems exist to ensure certificate holders are not "
     "permitted, at any time, to remain in unlawful possession of a firearm.",
     "Being progressed", D(2018, 1, 15)),
    ("N18", 5016, "firearms", NAT,
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment which "
     "they should be undertaking in such circumstances, and their power, when appropriate, to "
     "seize firearms and firearm certificates.", "Complete", D(2016, 6, 20)),
    # PEEL effectiveness 2016 (force)
    ("F7001", 7001, "peel16", COC,
     "The force’s current approach to domestic abuse is unacceptable. The proportion of victims "
     "who fail to support the investigation and the low use of police powers of arrest and "
     "prosecution is a cause of concern to HMIC.", "Being progressed", D(2018, 1, 15)),
    ("F7002", 7002, "peel16", REC,
     "In order to improve the service it provides to victims of domestic abuse, offer the best "
     "possible protection and bring more perpetrators to justice, the force should immediately "
     "consider ways of increasing the use of arrest, ancillary orders and other available "
     "powers.", "Complete", D(2018, 4, 27)),
    ("F7003", 7003, "peel16", REC,
     "To improve the service provided to victims of domestic abuse the force should immediately "
     "take steps to understand and address the reason behind why such a high proportion of "
     "victims of domestic abuse do not support the police investigation.",
     "Being progressed", D(2018, 1, 15)),
    ("F7004", 7004, "peel16", REC,
     "In addition, the practice of conducting domestic abuse risk assessments over the "
     "telephone and dealing with domestic abuse in the resolution centre should cease",
     "Being progressed", D(2018, 1, 15)),
    # CDI 2017 (force)
    ("F8720", 8720, "cdi17", REC,
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
     "Being progressed", D(2018, 3, 9)),
    ("F8721", 8721, "cdi17", REC,
     "Immediately, the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     "Awaiting review", D(2017, 9, 7)),
    ("F8723", 8723, "cdi17", AFI,
     "The force should improve its use of its crime-recording and management system to better "
     "manage its case files and investigative processes.", "Being progressed", D(2018, 3, 9)),
    # Stolen freedom
    ("N19", 8590, "stolen", NAT,
     "Within twelve months, forces should review their leadership and governance arrangements "
     "for modern slavery and human trafficking, to ensure that:\n"
     "• senior leaders prioritise the response to modern slavery and human trafficking;\n"
     "• every incident of modern slavery identified to police is allocated appropriate "
     "resources with the skills, experience and capacity to investigate it effectively;\n"
     "• forces develop effective partnership arrangements to co-ordinate activity in order to "
     "share information and safeguard victims; and\n"
     "• performance and quality assurance measures are in place to allow senior leaders to "
     "assess the nature and quality of the service provided to victims.",
     "Being progressed", D(2019, 6, 3)),
    ("N20", 8591, "stolen", NAT,
     "Within six months, forces should have in place active information-sharing agreements with "
     "other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard "
     "victims better and to identify suspects as early as possible",
     "Being progressed", D(2019, 6, 3)),
    ("N21", 8592, "stolen", NAT,
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     "Complete", D(2019, 6, 3)),
    ("N22", 8593, "stolen", NAT,
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", "Being progressed", D(2019, 6, 3)),
    ("N23", 8594, "stolen", NAT,
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.",
     "Awaiting review", D(2017, 10, 24)),
    ("N24", 8595, "stolen", NAT,
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the use "
     "where appropriate of joint intelligence teams and other means to obtain intelligence and "
     "evidence from agencies overseas).", "Being progressed", D(2019, 6, 3)),
    ("N25", 8596, "stolen", NAT,
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.", "Complete", D(2020, 2, 14)),
    # PEEL efficiency 2017 (national)
    ("N26", 8610, "efc17", NAT,
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.", "Being progressed", D(2019, 6, 3)),
    # PEEL legitimacy 2017 (national)
    ("N27", 8541, "leg17", COC,
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", "Being progressed", D(2019, 6, 3)),
    ("N28", 8542, "leg17", NAT,
     "By July 2018, all police forces across England and Wales should be regularly and "
     "frequently monitoring a comprehensive set of data and information on use of stop and "
     "search powers to understand:\n"
     "•the reasons for any disproportionate representation of different ethnic groups in the "
     "use of stop and search; •the extent to which find rates differ between people from "
     "different ethnicities, and across different types of searches (including separate "
     "identification of find rates for drug possession and supply-type offences); and •the "
     "prevalence of possession-only drug searches, and the extent to which these align with "
     "local or force level priorities.", "Awaiting review", D(2017, 12, 12)),
    ("N29", 8543, "leg17", NAT,
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n"
     "•carried out research and analysis in an attempt to understand the reasons for the "
     "disparity, and •taken action to reduce the disparity, where necessary;",
     "Being progressed", D(2019, 6, 3)),
    ("N30", 8544, "leg17", NAT,
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", "Being progressed", D(2019, 6, 3)),
    ("N31", 8545, "leg17", NAT,
     "By July 2018, and ongoing following that date, forces should ensure that all officers who "
     "use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.",
     "Complete", D(2020, 2, 14)),
    # PEEL legitimacy 2017 (force)
    ("F8801", 8801, "legf17", REC,
     "Within twelve months, the force should ensure all staff have received at least the lowest "
     "level of vetting clearance for their roles as quickly as possible, working to clear both "
     "the vetting backlog and new vetting renewals when they become due so that it complies "
     "fully with the national vetting guidelines.", "Being progressed", D(2019, 6, 3)),
    ("F8802", 8802, "legf17", AFI,
     "The force should make sure it provides a confidential way for staff to raise concerns and "
     "that staff are aware of whistleblowing processes.", "Complete", D(2020, 2, 14)),
    ("F8803", 8803, "legf17", AFI,
     "The force should review how it gathers and uses equality and diversity data to improve "
     "its understanding of its workforce demographics.", "Being progressed", D(2019, 6, 3)),
    # NCPI 2018 (force)
    ("F9101", 9101, "ncpi18", REC,
     "Within six months Lincolnshire Police should in conjunction with children’s social care "
     "services, review how it manages the detention of children. As a minimum it should:• "
     "ensure that all children are only detained when absolutely necessary and for the absolute "
     "minimum amount of time;• ensure that officers and staff in the custody suite assess at an "
     "early stage a child’s need for alternative accommodation (secure or otherwise) and work "
     "with children’s social care services to achieve the most appropriate option for the "
     "child;• ensure that custody staff make a record of all actions taken and decisions made "
     "on the relevant documentation; and• improve the timeliness of adequate appropriate adult "
     "support for children who are arrested.", "Being progressed", D(2019, 6, 3)),
    ("F9102", 9102, "ncpi18", REC,
     "Within three months, the force should review its approach to reports of missing children "
     "and take steps to ensure that:\n"
     "• call takers understand and use the missing and absent category appropriately;\n"
     "• call takers and frontline staff have the necessary knowledge to identify risk factors "
     "associated with child sexual exploitation and how to respond to such cases; and\n"
     "• supervisors provide the correct oversight of missing person enquiries and direct "
     "appropriate and timely investigative and safeguarding action.", "Complete",
     D(2019, 6, 3)),
    ("F9103", 9103, "ncpi18", REC,
     "Immediately, the force should take steps to ensure that there is effective supervision of "
     "the initial risk assessment process, specifically in relation to the completion of DASH "
     "risk assessment in appropriate cases.", "Being progressed", D(2019, 6, 3)),
    # PEEL 2018/19 (force)
    ("F9501", 9501, "peel18", COC,
     "The force does not have the capacity or capability to investigate crime effectively and "
     "this is affecting the service being provided to the public. There are failings in the way "
     "that crimes are being investigated.", "Being progressed", D(2020, 2, 14)),
    ("F9502", 9502, "peel18", REC,
     "HMIC recommends that the force should immediately: conduct a review of officers’ "
     "capabilities and capacity to manage their investigative workload, to better understand "
     "investigative demand and the pressures placed upon them; and",
     "Being progressed", D(2020, 2, 14)),
    ("F9503", 9503, "peel18", REC,
     "HMIC recommends that within six months the force should: ensure regular and active "
     "supervision of the quality and progress of investigations. This supervision should be "
     "properly recorded;", "Being progressed", D(2020, 2, 14)),
    ("F9504", 9504, "peel18", REC,
     "HMIC recommends that within six months the force should: improve its ability to retrieve "
     "digital evidence from mobile phones, computers and other electronic devices quickly "
     "enough to ensure investigations are not delayed;", "Being progressed", D(2020, 2, 14)),
    ("F9505", 9505, "peel18", REC,
     "HMIC recommends that within six months the force should: improve its understanding of "
     "suspects released under investigation and the management of those released on bail;",
     "Being progressed", D(2020, 2, 14)),
    ("F9506", 9506, "peel18", REC,
     "HMIC recommends that the force should immediately: conduct a review, involving its "
     "partners, of the approach to vulnerability to better safeguard vulnerable people.",
     "Complete", D(2021, 9, 6)),
    ("F9507", 9507, "peel18", AFI,
     "The force should develop a future workforce plan that is aligned with its overall demand "
     "and budget. The plan should include future resource allocations, the mix of skills "
     "required by the workforce and behaviours expected of them.",
     "Being progressed", D(2020, 2, 14)),
    ("F9508", 9508, "peel18", AFI,
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use of "
     "its resources by matching them to demand to meet the needs of the public",
     "Complete", D(2021, 9, 6)),
    # Police powers spotlight 2021
    ("N32", 10231, "powers", NAT,
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This should "
     "be in addition to existing training on conflict management and de-escalation.",
     "Being progressed", D(2022, 3, 11)),
    ("N33", 10232, "powers", NAT,
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", "Being progressed", D(2022, 3, 11)),
    ("N34", 10233, "powers", NAT,
     "By September 2021, forces should: ensure that officers record on body-worn video (when "
     "this is available) the entirety of all stop and search encounters, including traffic "
     "stops and use of force incidents.\n"
     "have a structured process for regularly reviewing and monitoring internally a sufficient "
     "sample of body-worn video footage to identify and disseminate learning and hold officers "
     "to account when behaviour falls below acceptable standards.\n"
     "provide external scrutiny panel members with access to samples of body-worn video footage "
     "showing stop and search encounters and use of force incidents, taking account of the "
     "safeguards in the College of Policing’s Authorised Professional Practice.",
     "Complete", D(2023, 5, 22)),
    ("N35", 10235, "powers", NAT,
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.",
     "Being progressed", D(2022, 3, 11)),
    # PEEL 2021/22 (force)
    ("F11301", 11301, "peel21", AFI,
     "The force should make sure investigations of rape and serious sexual offences are "
     "allocated to officers with the right skills and are effectively supervised.",
     "Being progressed", D(2023, 5, 22)),
    ("F11302", 11302, "peel21", AFI,
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from county lines drug dealing.", "Being progressed", D(2023, 5, 22)),
    ("F11303", 11303, "peel21", AFI,
     "The force should make sure victims of stalking and harassment are kept informed about the "
     "progress of their case, in line with the Code of Practice for Victims of Crime.",
     "Complete", D(2023, 11, 17)),
    ("F11304", 11304, "peel21", AFI,
     "The force should make sure it records reports of hate crime accurately and without "
     "delay.", "Being progressed", D(2023, 5, 22)),
    ("F11305", 11305, "peel21", AFI,
     "The force should improve the timeliness of its response to calls for service involving "
     "domestic abuse.", "Being progressed", D(2023, 5, 22)),
    ("F11306", 11306, "peel21", REC,
     "Within six months the force should ensure that it has sufficient resources available in "
     "the control room to fulfil its resourcing model, and so to meet its demand, while also "
     "taking into account the wellbeing of its workforce.", "Being progressed", D(2023, 5, 22)),
    ("F11307", 11307, "peel21", REC,
     "By March 2023, the force should make sure it has access to accurate data and analysis to "
     "support effective performance management.", "Being progressed", D(2023, 5, 22)),
    # PEEL 2023/24 (force)
    ("F12401", 12401, "peel23", AFI,
     "The force should make sure its analysis of fraud informs its strategic assessment and "
     "control strategy.", "Awaiting review", D(2023, 12, 8)),
    ("F12402", 12402, "peel23", AFI,
     "The force should make sure it has enough specialist capacity and capability to "
     "investigate online child sexual abuse.", "Awaiting review", D(2023, 12, 8)),
    ("F12403", 12403, "peel23", AFI,
     "Lincolnshire Police should improve its understanding of the nature and scale of violence "
     "against women and girls in its area.", "Awaiting review", D(2023, 12, 8)),
    ("F12404", 12404, "peel23", REC,
     "Within three months, the force should make sure there are appropriate strategic "
     "oversight arrangements in place to manage risks, performance and improvement plans "
     "effectively.", "Awaiting review", D(2023, 12, 8)),
]

# Items on the HMICFRS list with no force row: key -> why
MISSING = {
    "N27": "National cause of concern (stop and search fairness). The planning copy carries no "
           "causes of concern (its Notes sheet says so); its recommendations 8542-8545 are "
           "carried, the concern itself is not. On the list, not in the tracker.",
    "F7001": "Force cause of concern on domestic abuse (PEEL Eff 16). No tracker row holds it; "
             "the Notes sheet says causes of concern are left out. Only its recommendations "
             "7002-7004 appear.",
    "F9501": "Force cause of concern on investigative capacity (PEEL 18/19). Left out like the "
             "other causes of concern; recommendations 9502-9505 are tracked, the concern is "
             "not.",
    "F8803": "PEEL Legit 17 (force) AFI on equality and diversity data. The tracker has the two "
             "other items of that report (vetting, whistleblowing) but nothing about equality "
             "and diversity data or workforce demographics anywhere in the sheet.",
    "F11304": "PEEL 21/22 AFI on recording hate crime accurately and without delay. No tracker "
              "row mentions hate crime; the other PEEL 21/22 topics (RASSO, county lines, "
              "stalking, DA calls) are all there.",
}

# --------------------------------------------------------------------------------------------
# Force rows (planning copy), in the OL tracker's original order (before the planners' sort).
# fields: target (date | "TBC" | None), who, when, what, type, report key, ref, lead, status,
#         update, updated, hm (HMICFRS keys), cat, why
# --------------------------------------------------------------------------------------------
OPEN_S = {"Not started", "On track", "At risk", "Overdue"}
DONE_S = {"Delivered – awaiting sign-off", "Closed", "N/A – not for force"}


def R(target, who, when, what, typ, rep, ref, lead, status, update, updated, hm, cat, why):
    return dict(target=target, who=who, when=when, what=what, typ=typ, rep=rep, ref=ref,
                lead=lead, status=status, update=update, updated=updated, hm=hm, cat=cat,
                why=why)


F = [
    R(None, "Chief Constables & College of Policing", None,
      "establish in the S&S APP a clear specification of what constitutes the effective and "
      "fair exercise of S&S powers, and guidance in this respect (compliant with the Code of "
      "Practice)", "Rec", "sas13", None, "ACC Local Policing", "Closed",
      "APP published by CoP. Force policy aligned.", D(2016, 3, 1), ["N1"], "in_sync",
      "Same S&S 2013 text after the addressee; HMICFRS Superseded (closed), tracker Closed: "
      "closed on both."),
    R(None, "Chief Constables", None,
      "establish or improve monitoring of the way officers stop & search people, so that they "
      "can be satisfied officers are acting in accordance with the law (incl. equality "
      "legislation & the Code of Practice), and that the power is used effectively to prevent "
      "crime, catch criminals & maintain public trust", "Rec", "sas13", None,
      "ACC Local Policing", "Closed", "Monthly S&S monitoring at Legitimacy Board.",
      D(2016, 3, 1), ["N2"], "in_sync",
      "Same monitoring text, Who 'Chief Constables' cut from the start. HMICFRS Complete, "
      "tracker Closed: closed on both."),
    R(None, "Chief Constables, in consultation with elected local policing bodies", None,
      "ensure they comply with the code of practice by explaining to the public the way S&S "
      "powers are used in their areas and by making arrangements for S&S records to be "
      "scrutinised by community representatives. This should be done in a way that involves "
      "those people who are stopped and searched, for example, young people.", "Rec", "sas13",
      None, "Supt Neighbourhood Policing", "On track",
      "Youth scrutiny panel pilot in Lincoln; to be rolled out county-wide.", D(2023, 11, 2),
      ["N3"], "closeable_local",
      "Near-twin of the S&S 2 row below; told apart by Who ('elected local policing bodies' is "
      "the 2013 wording, 2015 says 'police and crime commissioners') and by the report column "
      "'S&S 2013'. HMICFRS Superseded (closed), tracker still On track: close locally."),
    R(None, "Chief constables, in consultation with PCCs", None,
      "ensure they comply with the Code of Practice by explaining to the public the way S&S "
      "powers are used in their areas and by making arrangements for S&S records to be "
      "scrutinised by community representatives. This should be done in a way that involves "
      "those people who are stopped and searched, for example young people.", "Rec", "sas15",
      None, "Supt Neighbourhood Policing", "On track",
      "Linked to youth scrutiny panel work (see S&S 2013 row).", D(2023, 11, 2), ["N4"],
      "in_sync",
      "S&S 2 (2015) wording: Who 'in consultation with PCCs' and report 'S&S 2 (2015)' pick "
      "2962, not the 2013 twin 1186. HMICFRS Being progressed, tracker On track: open on "
      "both."),
    R(D(2014, 9, 30), "Every police force in England and Wales", "By September 2014",
      "establish and publish an action plan that specifies in detail what steps it will take "
      "to improve its approach to DA. Plan to be developed: • in consultation with PCCs, DA "
      "support organisations & victims' representatives; • after close consideration of all "
      "the recs in the report; • with reference to all relevant DHRs and IPCC findings; • "
      "drawing on relevant knowledge from other sources e.g. CPS scrutiny panels & MARAC "
      "self-assessments", "Rec", "everyone", 2321, "Ch Supt Public Protection", "Closed",
      "DA action plan published Sept 2014; refreshed annually.", D(2016, 7, 4), ["N5"],
      "in_sync",
      "Everyone's Business action plan, all four bullets kept in short form (the stray "
      "footnote '20' dropped). 'By September 2014' as written matches. HMICFRS Complete, "
      "tracker Closed."),
    R(None, "All Chief Constables and PCCs", None,
      "review their plans to deliver savings to ensure they are doing all they can to continue "
      "to reduce crime and protect the front line while balancing their budgets (use report "
      "data & HMIC VfM profiles)", "Rec", "austerity", None, "Director of Finance", "Closed",
      "Addressed through the MTFS and Force Management Statement.", D(2017, 11, 30), ["N6"],
      "in_sync",
      "Policing in Austerity savings review. HMICFRS No further action required (closed), "
      "tracker Closed."),
    R(None, "CCs & PCCs (two recs)", None,
      "assess whether there is scope to improve on delivering less than 10% of savings through "
      "collaboration / where reducing front-line workforce, assess whether decisive action "
      "taken to maintain crime fighting capacity. HMIC to follow up in the autumn.", "Rec",
      "austerity", "3411 / 3412", "Director of Finance", "Closed",
      "Both answered in one return to HMIC, Oct 2014.", D(2017, 11, 30), ["N7", "N8"],
      "in_sync",
      "One tracker row holds two austerity recommendations (refs '3411 / 3412', both halves of "
      "the stem). HMICFRS NFA on both, tracker Closed: closed on both, one line per item."),
    R("TBC", "All Chief Constables and PCCs", "In preparation for the next spending round",
      "review their plans for collaboration – consider scope to deliver better VfM and "
      "improved capability & capacity through joint working with other forces, the public "
      "and/or the private sector", "Rec", "austerity", None, "Director of Finance", "At risk",
      "Regional collaboration review paused pending spending review settlement.",
      D(2023, 10, 12), ["N9"], "closeable_local",
      "Collaboration review; 'In preparation for the next spending round' is the text's own "
      "timescale, not a date. HMICFRS No further action required (closed), tracker At risk "
      "(open): close locally."),
    R(D(2015, 3, 31), "Forces using a THR policy that have not yet done so",
      "Not later than 31 March 2015",
      "provide call-handlers with specific, sound and comprehensible criteria against which "
      "they can assess threat, harm and risk", "Rec", "core", 4822, "Supt Contact Centre",
      "Closed", "THRIVE embedded in FCR. Evidence sent to HMICFRS liaison Dec 2019.",
      D(2019, 12, 9), ["N10"], "closeable_submit",
      "Same 'What' as the CDI 2017 row, but Who (forces using a THR policy), by when (31 March "
      "2015), report (Core Business 2014) and ref 4822 all say Core Business. HMICFRS Awaiting "
      "review (open), tracker Closed: submit for closure."),
    R(D(2015, 3, 31), "All forces", "By 31 March 2015",
      "ensure that crime prevention or disruption activity carried out is systematically "
      "recorded and subsequently evaluated to determine effectiveness of tactics", "Rec",
      "core", None, "Head of Corporate Development", "Closed",
      "Problem-solving database in use.", D(2016, 2, 22), ["N11"], "in_sync",
      "Crime prevention recording, same deadline. HMICFRS Complete, tracker Closed."),
    R(D(2015, 8, 31), "All chief constables", "By 31 Aug 2015",
      "satisfy themselves that they have processes in place to ensure investigations into "
      "misconduct by officers & staff resulting in “no further action” are fair and free of "
      "any form of discrimination", "Rec", "integrity", 920, "Head of Professional Standards",
      "Overdue", "Disproportionality dip-sample of NFA outcomes outstanding.", D(2023, 9, 18),
      ["N12"], "conflict",
      "Text, deadline ('By 31 Aug 2015' = 31 August 2015) and report are Integrity Matters "
      "902, both open; but the tracker's HMICFRS ref says 920, which is on no list. Reference "
      "disagrees: correct the tracker."),
    R(D(2015, 11, 30), "Chief constables", "By 30 November 2015",
      "put in place arrangements to scrutinise audits of compliance with the APP on "
      "information management through the force IM goverance structure, incl. measures so "
      "categorisation of records is regularly adjusted", "Rec", "picture", None,
      "Head of Information Management", "Closed", "Information Assurance Board scrutinises "
      "audits quarterly.", D(2016, 5, 10), [], "not_on_hmicfrs_list",
      "Real Building the Picture recommendation, but no item of that report is on the HMICFRS "
      "list (presumably closed and dropped). Tracker Closed. Query with HMICFRS."),
    R(D(2015, 12, 15), "All chief constables", "Within three months",
      "assess how well firearms licensing goverance in the force meets the APP standards; "
      "where not complied with, put the correct arrangements and procedures in place "
      "immediately", "Rec", "firearms", None, "Supt Firearms Licensing", "Closed",
      "Gap analysis v APP completed.", D(2016, 6, 22), ["N14"], "in_sync",
      "FL governance v APP, 'Within three months' matches. HMICFRS Complete, tracker Closed."),
    R(D(2015, 12, 15), "All chief constables", "Within 3 months",
      "assess the demand placed on the firearms licensing dept and ensure it has the capacity "
      "to meet this demand and provide an efficient & effective service at all times", "Rec",
      "firearms", None, "Supt Firearms Licensing", "Delivered – awaiting sign-off",
      "Demand review done; 3 extra FEOs recruited. With ACC for sign-off.", D(2023, 12, 1),
      ["N15"], "closeable_submit",
      "FL demand. 'Within 3 months' is 'Within three months' in figures, not a different "
      "timescale. HMICFRS Being progressed, tracker Delivered – awaiting sign-off (done): "
      "submit."),
    R(D(2016, 3, 31), "All chief constables", "Immediately",
      "satisfy themselves that all appropriate action is being taken by the force with regard "
      "to ‘total expired’ licensing records", "Rec", "firearms", None,
      "Supt Firearms Licensing", "On track", "Backlog of total expired records being worked "
      "through.", D(2023, 12, 1), ["N16"], "in_sync",
      "Total expired records; 'Immediately' matches the text. The planners' target 31/03/2016 "
      "is their own date, not the wording. Both open."),
    R(D(2016, 3, 15), "All chief constables", "Within six months",
      "ensure arrangements for temporary permits are in accordance with HO guidance; that "
      "temporary permits are properly recorded without delay on NFLMS; and that effective "
      "systems exist so certificate holders are not permitted, at any time, to remain in "
      "unlawful possession of a firearm", "Rec", "firearms", None, "Supt Firearms Licensing",
      "On track", "Temporary permit process mapped; NFLMS recording audit due.",
      D(2023, 12, 1), ["N17"], "conflict",
      "Temporary permits, matched on text and report; the tracker's 'By when' says 'Within six "
      "months' where HMICFRS says 'Within three months'. Timescale disagrees (both open)."),
    R(D(2015, 12, 15), "All chief constables", "Within three months",
      "ensure systems to identify, prior to police attendance, whether an incident involves or "
      "is at the address of a firearm certificate holder are in place & always applied by "
      "staff dispatching officers; and that officers understand the risk assessment and their "
      "power to seize firearms & certificates", "Rec", "firearms", None,
      "Supt Firearms Licensing", "Closed", "STORM flag for certificate holders live.",
      D(2016, 6, 22), ["N18"], "in_sync",
      "Firearm holder flags at dispatch. HMICFRS Complete, tracker Closed."),
    R(D(2017, 3, 2), "The force", "Immediately",
      "consider ways of increasing the use of arrest, ancillary orders and other available "
      "powers – to improve service to DA victims, offer the best possible protection and bring "
      "more perpetrators to justice", "Rec", "peel16", None, "Ch Supt Public Protection",
      "Closed", "Positive action policy relaunched; DVPO use up 40%.", D(2018, 5, 1),
      ["F7002"], "in_sync",
      "The purpose clause that opens the HMICFRS text was moved after the verb; same ask. "
      "HMICFRS Complete, tracker Closed."),
    R(D(2017, 3, 2), "The force", "Immediately",
      "take steps to understand and address the reason behind why such a high proportion of DA "
      "victims do not support the police investigation", "Rec", "peel16", None,
      "Ch Supt Public Protection", "Closed", "Victim attrition research complete; "
      "evidence-led prosecution guidance issued.", D(2019, 1, 14), ["F7003"],
      "closeable_submit",
      "DA victim attrition. HMICFRS Being progressed (open), tracker Closed: submit."),
    R("TBC", "(not stated – the force)", "(none stated)",
      "cease the practice of conducting DA risk assessments over the telephone and dealing "
      "with DA in the resolution centre", "Rec", "peel16", None, "Supt Contact Centre",
      "On track", "Resolution centre DA pathway withdrawn for high risk; telephone DASH "
      "review ongoing.", D(2023, 10, 12), ["F7004"], "in_sync",
      "HMICFRS text has no addressee or deadline ('In addition, the practice … should cease'); "
      "planners rewrote it from the verb 'cease'. Same ask. Both open."),
    R(D(2018, 3, 7), "The force", "Within six months",
      "put in place arrangments to ensure that: • at the point of report, victims are "
      "believed; • conversations between call handlers and callers are summarised accurately "
      "in the incident log, giving attending officers full facts for crime-recording "
      "decisions; • the practice of awaiting the results of medical examinations or video "
      "interviews before making crime-recording decisions is stopped; and • online reports of "
      "crime are triaged at the point of receipt so ongoing risks to the victim or public are "
      "identified and managed", "Rec", "cdi17", None, "Force Crime Registrar", "On track",
      "CDI action plan; call handler training delivered.", D(2023, 11, 20), ["F8720"],
      "conflict",
      "CDI victims-believed item, 'Within six months' matches, both open; but the tracker "
      "lists four bullets and leaves out 'multiple crimes are always recorded …'. Missing "
      "bullet."),
    R(D(2017, 9, 7), "The force", "Immediately",
      "provide call-handlers with specific, sound and comprehensible criteria against which "
      "they can assess threat, harm and risk", "Rec", "cdi17", None, "Supt Contact Centre",
      "On track", "THRIVE refresher for new call handlers.", D(2023, 11, 20), ["F8721"],
      "in_sync",
      "Same 'What' as the Core Business row, but Who 'The force', by when 'Immediately' and "
      "report 'CDI 2017' say CDI 8721. HMICFRS Awaiting review, tracker On track: both open."),
    R(None, "The force", None,
      "improve use of its crime-recording & management system to better manage case files & "
      "investigative processes", "AFI", "cdi17", None, "Force Crime Registrar", "Not started",
      None, None, ["F8723"], "in_sync",
      "AFI, no deadline on either side. HMICFRS Being progressed, tracker Not started: both "
      "open."),
    R(D(2018, 3, 31), "Forces", "Within twelve months",
      "review leadership & goverance arrangements for MSHT to ensure that: senior leaders "
      "prioritise the response to MSHT", "Rec", "stolen", "8590 (a)", "Det Ch Supt Force CID",
      "Closed", "MSHT Gold group chaired by ACC.", D(2018, 4, 3), ["N19"], "in_sync",
      "Part (a) of the four-bullet Stolen Freedom leadership rec, split one bullet a row with "
      "its own target dates (parts sit apart in the date sort). Part (c) is still On track, so "
      "the item is open on the force side; HMICFRS Being progressed: in sync."),
    R(D(2018, 7, 31), "Forces", "Within twelve months",
      "review leadership & goverance arrangements for MSHT to ensure that: every incident of "
      "modern slavery identified to police is allocated appropriate resources with the "
      "skills, experience & capacity to investigate it effectively", "Rec", "stolen",
      "8590 (b)", "Det Ch Supt Force CID", "Closed", "MSHT allocated to SOCU / CID.",
      D(2018, 8, 6), ["N19"], "in_sync",
      "Part (b) of 8590. Item still open on the force side (part (c) On track), HMICFRS Being "
      "progressed."),
    R(D(2018, 10, 24), "Forces", "Within twelve months",
      "review leadership & goverance arrangements for MSHT to ensure that: forces develop "
      "effective partnership arrangements to co-ordinate activity in order to share "
      "information and safeguard victims", "Rec", "stolen", "8590 (c)",
      "Det Ch Supt Force CID", "On track", "Anti-slavery partnership ISA with LAs in draft.",
      D(2023, 11, 20), ["N19"], "in_sync",
      "Part (c) of 8590, On track: the part that keeps the whole item open. HMICFRS Being "
      "progressed."),
    R(D(2018, 10, 24), "Forces", "Within twelve months",
      "review leadership & goverance arrangements for MSHT to ensure that: performance & QA "
      "measures are in place to allow senior leaders to assess the nature & quality of the "
      "service provided to victims", "Rec", "stolen", "8590 (d)", "Det Ch Supt Force CID",
      "Closed", "MSHT measures in Force Performance pack.", D(2019, 1, 7), ["N19"], "in_sync",
      "Part (d) of 8590. Item open overall (part (c)), HMICFRS Being progressed."),
    R(D(2018, 10, 24), "Forces", "Within 12 months",
      "have in place active ISAs with other agencies to facilitate speedy exchange of "
      "intelligence and in order to safeguard victims better and to identify suspects as early "
      "as possible", "Rec", "stolen", 8591, "Head of Intelligence", "On track",
      "ISAs agreed with 5 of 7 district councils.", D(2023, 11, 20), ["N20"], "conflict",
      "Information-sharing agreements, ref 8591 and text agree; tracker 'By when' says 'Within "
      "12 months', HMICFRS 'Within six months'. Timescale disagrees (both open)."),
    R(D(2017, 10, 24), "Forces", "Immediately",
      "ensure that all victims carrying out criminal acts under compulsion attributable to "
      "slavery or exploitation are afforded the protection of early and continuing "
      "consideration of the s45 defence", "Rec", "stolen", 8592, "Head of Criminal Justice",
      "Closed", "s45 guidance issued with CPS.", D(2018, 2, 12), ["N21"], "in_sync",
      "Section 45 defence. HMICFRS Complete, tracker Closed."),
    R(D(2017, 10, 24), "Forces", "Immediately",
      "take steps to ensure they are fully compliant with the NRM process as it evolves and "
      "are implementing the MSA 2015 requirement to notify the HO of any individual suspected "
      "to be an adult victim of MSHT", "Rec", "stolen", 8593, "Det Ch Supt Force CID",
      "Delivered – awaiting sign-off", "Duty to notify process live; audit shows 98% "
      "compliance. Pending sign off by ACC Crime.", D(2023, 12, 4), ["N22"],
      "closeable_submit",
      "NRM / duty to notify. HMICFRS Being progressed, tracker Delivered – awaiting sign-off "
      "(done): submit."),
    R(D(2017, 10, 24), "Forces", "Immediate",
      "take steps to ensure they fully comply with NCRS for offences identified as MSHT and "
      "that sufficient audit capacity is available to the FCR to provide reassurance on gaps in "
      "crime-recording accuracy", "Rec", "stolen", 8594, "Force Crime Registrar", "On track",
      "MSHT included in FCR audit schedule 2024/25.", D(2023, 11, 20), ["N23"], "in_sync",
      "NCRS for MSHT. 'Immediate' is 'Immediately' with a letter dropped, not a different "
      "timescale. Both open."),
    R(D(2017, 12, 31), "Forces", "Immediately",
      "ensure allegations or indications of MSHT are thoroughly investigated and effectively "
      "supervised by teams & individuals with the skills and experience to undertake them "
      "(incl. JITs / overseas evidence where appropriate)", "Rec", "stolen", 8595,
      "Det Ch Supt Force CID", "Closed", "All MSHT crimes reviewed by DI within 24h.",
      D(2019, 3, 4), ["N24"], "closeable_submit",
      "MSHT investigation and supervision; target 31/12/2017 is the planners' own date after "
      "'Immediately'. HMICFRS Being progressed, tracker Closed: submit."),
    R(D(2017, 10, 24), "Forces", "Immediately",
      "review their use of preventative powers under the MSA 2015 to ensure that "
      "opportunities to restrict the activities of those deemed to pose a clear threat to "
      "others re MSHT offences are exploited", "Rec", "stolen", 8596, "Det Ch Supt Force CID",
      "At risk", "STPO/SRO use still low; training bid submitted.", D(2023, 11, 20), ["N25"],
      "closeable_local",
      "Preventative powers. HMICFRS Complete (closed), tracker At risk (open): close locally."),
    R(D(2018, 9, 30), "Chief constables", "By Sept 2018",
      "produce an ambitious plan to improve digitally-enabled services within the force (HO, "
      "NPCC & APCC to support with a national framework)", "Rec", "PEEL Efficiency 2016 (national)", 8610,
      "Head of Corporate Development", "On track", "Digital Policing Strategy 2022-25 "
      "adopted; single online home live.", D(2023, 10, 12), ["N26"], "conflict",
      "Digital services plan, ref 8610, 'By Sept 2018' matches 'By September 2018', both open; "
      "but the tracker's report says 'PEEL Efficiency 2016 (national)' where HMICFRS says PEEL "
      "Police efficiency 2017. Report disagrees."),
    R(D(2018, 7, 31), "All police forces across England and Wales", "By July 2018",
      "be regularly & frequently monitoring a comprehensive set of data on use of S&S powers "
      "to understand: the reasons for any disproportionate representation of different ethnic "
      "groups", "Rec", "leg17", "8542", "ACC Local Policing", "Closed",
      "S&S dashboard live; reviewed at Legitimacy Board.", D(2019, 2, 1), ["N28"],
      "closeable_submit",
      "Bullet 1 of 8542, split one bullet a row. All three parts Closed, so the item is done; "
      "HMICFRS Awaiting review (open): submit."),
    R(D(2018, 7, 31), "All police forces across England and Wales", "By July 2018",
      "be regularly & frequently monitoring a comprehensive set of data on use of S&S powers "
      "to understand: the extent to which find rates differ between ethnicities and across "
      "types of search (incl. find rates for drug possession v supply)", "Rec", "leg17",
      "8542", "ACC Local Policing", "Closed", "Find rates by ethnicity in dashboard.",
      D(2019, 2, 1), ["N28"], "closeable_submit",
      "Bullet 2 of 8542; all parts Closed, HMICFRS open: submit."),
    R(D(2018, 7, 31), "All police forces across England and Wales", "By July 2018",
      "be regularly & frequently monitoring a comprehensive set of data on use of S&S powers "
      "to understand: the prevalence of possession-only drug searches and how far these align "
      "with local or force level priorities", "Rec", "leg17", "8542", "ACC Local Policing",
      "Closed", "Possession-only searches reported quarterly.", D(2019, 2, 1), ["N28"],
      "closeable_submit",
      "Bullet 3 of 8542; all parts Closed, HMICFRS open: submit."),
    R(None, "Forces (where disparities identified through monitoring)", None,
      "demonstrate to the public that they have: • carried out research and analysis to "
      "understand the reasons for the disparity, and • taken action to reduce the disparity, "
      "where necessary", "Rec", "leg17", 8543, "ACC Local Policing", "On track",
      "Disproportionality research with university partner.", D(2023, 11, 2), ["N29"],
      "in_sync",
      "Disparity research; no deadline in the text or the tracker. Both open."),
    R(D(2018, 7, 31), "Forces (HMICFRS expects)", "At least annually, from July 2018",
      "publish this analysis and any actions taken", "Rec", "leg17", 8544,
      "ACC Local Policing", "Closed", "Annual S&S report published on website each July.",
      D(2023, 7, 31), ["N30"], "closeable_submit",
      "'We expect forces to publish …': addressee and timescale cut out; 'at least on an "
      "annual basis, from July 2018' kept as 'At least annually, from July 2018'. HMICFRS Being "
      "progressed, tracker Closed: submit."),
    R(D(2018, 7, 31), "Forces", "By July 2018, and ongoing",
      "ensure all officers who use S&S powers have been provided with, and understand, "
      "training on unconscious bias and CoP APP on S&S", "Rec", "leg17", 8545,
      "Head of Learning & Development", "Closed", "In PST and initial training.",
      D(2019, 5, 13), ["N31"], "in_sync",
      "Unconscious bias training. HMICFRS Complete, tracker Closed."),
    R(D(2018, 12, 12), "The force", "Within twelve months",
      "ensure all staff have received at least the lowest level of vetting clearance for their "
      "roles as quickly as possible, clearing both the vetting backlog and renewals as they "
      "fall due, so it complies fully with the national vetting guidelines", "Rec", "legf17",
      None, "Head of Professional Standards", "Overdue",
      "Backlog down to 212 renewals.", D(2023, 12, 4), ["F8801"], "in_sync",
      "Vetting backlog, 'Within twelve months' matches; tracker Overdue is open, HMICFRS Being "
      "progressed."),
    R(None, "The force", None,
      "make sure it provides a confidential way for staff to raise concerns and that staff are "
      "aware of whistleblowing processes", "AFI", "legf17", None,
      "Head of Professional Standards", "On track", "Integrity line relaunch planned.",
      D(2023, 9, 18), ["F8802"], "closeable_local",
      "Whistleblowing AFI. HMICFRS Complete (closed), tracker On track: close locally."),
    R(D(2018, 12, 14), "Lincolnshire Police (with children's social care services)",
      "Within six months",
      "review how it manages the detention of children. As a minimum: • ensure all children "
      "are only detained when absolutely necessary and for the absolute minimum time; • ensure "
      "custody staff assess early a child’s need for alternative accommodation (secure or "
      "otherwise) and work with CSC to achieve the most appropriate option; • ensure custody "
      "staff record all actions taken and decisions made on the relevant documentation; and • "
      "improve the timeliness of adequate appropriate adult support for children who are "
      "arrested", "Rec", "ncpi18", 9101, "Ch Insp Custody", "Delivered – awaiting sign-off",
      "Children in custody protocol signed with both LAs; AA contract varied.",
      D(2023, 12, 4), ["F9101"], "closeable_submit",
      "Detention of children: all four bullets present, 'Within six months' matches. HMICFRS "
      "Being progressed, tracker Delivered – awaiting sign-off (done): submit."),
    R(D(2018, 9, 14), "The force", "Within three months",
      "review its approach to reports of missing children and take steps to ensure that: • "
      "call takers understand and use the missing & absent category appropriately; • call "
      "takers and frontline staff can identify CSE risk factors and how to respond; and • "
      "supervisors provide the correct oversight of missing person enquiries and direct "
      "timely investigative & safeguarding action", "Rec", "ncpi18", 9102,
      "Ch Supt Public Protection", "Closed", "Missing persons policy rewritten.",
      D(2019, 4, 8), ["F9102"], "in_sync",
      "Missing children, three bullets present. HMICFRS Complete, tracker Closed."),
    R(D(2018, 6, 14), "The force", "Immediately",
      "take steps to ensure there is effective supervison of the initial risk assessment "
      "process, specifically re completion of DASH in appropriate cases", "AFI", "ncpi18",
      9103, "Ch Supt Public Protection", "On track", "DASH QA by DA triage team.",
      D(2023, 11, 20), ["F9103"], "conflict",
      "DASH supervision, ref 9103, 'Immediately' matches, both open; tracker types it AFI "
      "where HMICFRS has a Recommendation. Type disagrees."),
    R(D(2019, 5, 2), "The force", "Immediately",
      "conduct a review of officers’ capabilities & capacity to manage their investigative "
      "workload, to better understand investigative demand and the pressures on them", "Rec",
      "peel18", 9502, "Det Ch Supt Force CID", "Closed",
      "Investigative workload review reported to COG Sept 2019.", D(2019, 10, 1), ["F9502"],
      "closeable_submit",
      "Workload review. HMICFRS Being progressed (open), tracker Closed: submit."),
    R(D(2019, 11, 2), "The force", "Within six months",
      "ensure regular and active supervision of the quality and progress of investigations. "
      "This supervision should be properly recorded.", "Rec", "peel18", 9503,
      "Det Ch Supt Force CID", "On track", "Supervisory review template on Niche.",
      D(2023, 11, 20), ["F9503"], "in_sync",
      "Investigation supervision, 'Within six months' matches. Both open."),
    R(D(2020, 3, 31), "The force", "Within six months",
      "improve its ability to retrieve digital evidence from mobile phones, computers & other "
      "electronic devices quickly enough to ensure investigations are not delayed", "Rec",
      "peel18", 9504, "Head of Digital Forensics", "At risk",
      "Kiosk roll-out delayed; DFU backlog 9 weeks.", D(2023, 11, 20), ["F9504"], "in_sync",
      "Digital evidence; 'Within six months' matches. The planners' target (31/03/2020) is "
      "later than 2 Nov 2019 but that is their plan, not the wording. Both open."),
    R(D(2019, 8, 2), "The force", "Within three months",
      "improve its understanding of suspects released under investigation (RUI) and the "
      "management of those released on bail", "Rec", "peel18", 9505, "Head of Criminal Justice",
      "On track", "RUI dashboard built; bail management unit proposal.", D(2023, 11, 20),
      ["F9505"], "conflict",
      "RUI and bail, ref 9505 and text agree; tracker 'By when' says 'Within three months', "
      "HMICFRS 'within six months'. Timescale disagrees (both open)."),
    R(D(2019, 5, 2), "The force", "Immediately",
      "conduct a review, involving its partners, of the approach to vulnerability to better "
      "safeguard vulnerable people", "Rec", "peel18", 9506, "Ch Supt Public Protection",
      "On track", "Vulnerability review with LSCB/LSAB; refresh due 2024.", D(2023, 11, 20),
      ["F9506"], "closeable_local",
      "Vulnerability review. HMICFRS Complete (closed), tracker On track: close locally."),
    R(None, "The force", None,
      "develop a future workforce plan aligned with its overall demand and budget, incl. "
      "future resource allocations, the mix of skills required and behaviours expected",
      "AFI", "peel18", 9507, "Director of People", "On track",
      "Strategic workforce plan 2024-27 in draft.", D(2023, 10, 12), ["F9507"], "in_sync",
      "Workforce plan AFI. Both open."),
    R(None, "The force", None,
      "undertake further work to gain a fuller understanding of current demand for its "
      "services and likely future changes in demand, so resources can be matched to demand",
      "AFI", "peel18", 9508, "Head of Corporate Development", "Closed",
      "FMS demand analysis complete.", D(2021, 6, 1), ["F9508"], "in_sync",
      "Demand AFI. HMICFRS Complete, tracker Closed."),
    R(D(2021, 7, 31), "Forces", "By July 2021",
      "ensure that officers & staff have effective communication skills, in line with the "
      "National Policing Guidelines on Conflict Management (in addition to existing conflict "
      "management & de-escalation training)", "Rec", "powers", 10231,
      "Head of Learning & Development", "On track", "Communication skills module in PST "
      "2023/24.", D(2023, 11, 2), ["N32"], "conflict",
      "Communication skills, ref 10231 and text agree; tracker 'By when' says 'By July 2021' "
      "(the next rec's date) where HMICFRS says 'By July 2022'. Timescale disagrees (both "
      "open)."),
    R(D(2021, 7, 31), "Forces", "By July 2021",
      "ensure communication skills are reinforced as part of the CPD programme for officers & "
      "staff, and that supervisors are supported to routinely & frequently debrief officers on "
      "these skills using BWV footage", "Rec", "powers", 10232,
      "Head of Learning & Development", "Delivered – awaiting sign-off",
      "BWV debrief guide issued to sergeants.", D(2023, 12, 4), ["N33"], "closeable_submit",
      "CPD and BWV debriefs, 'By July 2021' matches. HMICFRS Being progressed, tracker "
      "Delivered – awaiting sign-off: submit."),
    R(D(2021, 6, 30), "Forces", "By September 2021",
      "ensure that officers record on BWV (when available) the entirety of all S&S encounters, "
      "including traffic stops and use of force incidents", "Rec", "powers", "10233/1",
      "ACC Local Policing", "Closed", "BWV policy mandates recording of all S&S.",
      D(2021, 7, 5), ["N34"], "closeable_local",
      "Part 1 of the three-part BWV rec 10233 (parts have different target dates, so they sit "
      "apart). Part 3 is At risk, so the force item is open; HMICFRS Complete: close locally."),
    R(D(2021, 9, 30), "Forces", "By September 2021",
      "have a structured process for regularly reviewing & monitoring internally a "
      "sufficient sample of BWV footage to identify and disseminate learning and hold "
      "officers to account", "Rec", "powers", "10233/2", "ACC Local Policing", "Closed",
      "Monthly BWV dip-sample by Inspectors.", D(2021, 10, 4), ["N34"], "closeable_local",
      "Part 2 of 10233; item open on the force side (part 3), HMICFRS Complete: close "
      "locally."),
    R(D(2022, 3, 31), "Forces", "By September 2021",
      "provide external scrutiny panel members with access to samples of BWV footage showing "
      "S&S encounters and use of force incidents, taking account of the safeguards in the CoP "
      "APP", "Rec", "powers", "10233/3", "ACC Local Policing", "At risk",
      "Panel access agreed in principle; DPIA outstanding.", D(2023, 11, 2), ["N34"],
      "closeable_local",
      "Part 3 of 10233, At risk (open). HMICFRS Complete: close locally."),
    R("TBC", "Home Office & NPCC", "As soon as possible",
      "take steps to ensure the quality of data collected on the number of incidents where "
      "force has been used to effect a S&S is sufficient for publication; HO to publish",
      "Rec", "powers", None, None, "N/A – not for force",
      "Not for the force to deliver – national bodies.", D(2021, 4, 12), [],
      "not_on_hmicfrs_list",
      "Real police powers recommendation addressed to the Home Office and NPCC; not on the "
      "force's HMICFRS list. Tracker N/A. Query (or drop) with HMICFRS."),
    R(D(2021, 7, 31), "Forces", "By July 2021",
      "ensure effective internal monitoring processes on the use of force, to help them to "
      "identify and understand disproportionate use, explain the reasons and implement any "
      "necessary improvement action", "Rec", "powers", 10235, "ACC Local Policing",
      "On track", "Use of force dashboard; scrutiny panel reviews quarterly.",
      D(2023, 11, 2), ["N35"], "in_sync",
      "Use of force monitoring, 'By July 2021' matches. Both open."),
    R(None, "The force", None,
      "make sure investigations of RASSO are allocated to officers with the right skills and "
      "are effectively supervised", "AFI", "peel21", 11301, "Det Ch Supt Force CID",
      "On track", "Op Soteria adopted.", D(2023, 11, 20), ["F11301"], "in_sync",
      "RASSO allocation AFI. Both open."),
    R(None, "The force", None,
      "improve how it works with partner organisations to safeguard people at risk from county "
      "lines drug dealing", "AFI", "peel21", 11302, "Head of Intelligence", "Closed",
      "County lines partnership protocol signed.", D(2023, 6, 30), ["F11302"],
      "closeable_submit",
      "County lines AFI. HMICFRS Being progressed (open), tracker Closed: submit."),
    R(None, "The force", None,
      "make sure victims of stalking & harassment are kept informed about the progress of "
      "their case, in line with the Victims' Code", "AFI", "peel21", 11303,
      "Ch Supt Public Protection", "On track", "VCOP compliance audit in progress.",
      D(2023, 11, 20), ["F11303"], "closeable_local",
      "Stalking victim updates ('Code of Practice for Victims of Crime' = Victims' Code). "
      "HMICFRS Complete (closed), tracker On track: close locally."),
    R(None, "The force", None,
      "improve the timeliness of its response to calls for service involving DA", "AFI",
      "peel21", 11305, "Supt Contact Centre", "On track", "Attendance times reported weekly.",
      D(2023, 11, 20), ["F11305"], "in_sync",
      "DA call response AFI. Both open."),
    R(D(2022, 11, 20), "The force", "Within 6 months",
      "ensure it has sufficient resources available in the control room to fulfil its "
      "resourcing model, and so meet its demand, while taking into account the wellbeing of "
      "its workforce", "Rec", "peel21", 11306, "Supt Contact Centre", "On track",
      "Control room uplift of 14 FTE in recruitment.", D(2023, 11, 20), ["F11306"], "in_sync",
      "Control room resourcing; 'Within 6 months' is 'Within six months' in figures. Both "
      "open."),
    R(D(2023, 3, 31), "The force", "By March 2023",
      "make sure it has access to accurate data & analysis to support effective performance "
      "management", "Rec", "peel21", 11307, "Head of Corporate Development",
      "Delivered – awaiting sign-off", "Power BI performance suite live.", D(2023, 12, 4),
      ["F11307"], "closeable_submit",
      "Performance data, 'By March 2023' matches. HMICFRS Being progressed, tracker Delivered – "
      "awaiting sign-off: submit."),
    R(D(2023, 9, 30), "Force (local action)", "Quarterly",
      "Dip-sample 50 rape and serious sexual offences crime reports each quarter and report "
      "findings to the Crime Standards Board", "Local", "peel21", None, "Force Crime Registrar",
      "On track", "Q2 dip sample reported.", D(2023, 10, 12), [], "not_on_hmicfrs_list",
      "The force's own follow-up action (Type 'Local'), not an HMICFRS item; the RASSO AFI it "
      "supports is matched to its own row. Not on the HMICFRS list."),
]

# Rows added after the last sort (below the marker row), in the order the planners typed them.
ADDED = [
    R(D(2024, 3, 8), "The force", "Within three months",
      "make sure there are appropriate strategic oversight arrangements in place to manage "
      "risks, performance and improvement plans effectively", "Rec", "peel23", None,
      "DCC", "Not started", None, None, ["F12404"], "in_sync",
      "PEEL 23-24 rec typed in below the marker after the sort; 'Within three months' "
      "matches. HMICFRS Awaiting review, tracker Not started: both open."),
    R(None, "The force", None,
      "make sure its analysis of fraud informs its strategic assessment and control strategy",
      "AFI", "peel23", None, "Head of Intelligence", "Not started", None, None, ["F12401"],
      "in_sync", "New PEEL 23-24 AFI below the marker. Both open."),
    R(None, "The force", None,
      "make sure it has enough specialist capacity & capability to investigate online CSA",
      "AFI", "peel23", None, "Det Ch Supt Force CID", "Not started", None, None, ["F12402"],
      "in_sync", "New PEEL 23-24 AFI ('online CSA' = online child sexual abuse). Both open."),
    R(None, "Lincolnshire Police", None,
      "improve its understanding of the nature and scale of VAWG in its area", "AFI", "peel23",
      None, "Ch Supt Public Protection", "Not started", None, None, ["F12403"], "in_sync",
      "New PEEL 23-24 AFI (Who 'Lincolnshire Police' cut from the wording; VAWG). Both open."),
]

README = """# Case `planners_who_when_due_sorted`

## The story

Lincolnshire Police (invented for this case) receives its HMICFRS definitive list as a CSV
export. The force's Risk & Organisational Learning team keeps the master tracker, but the
analyst has been handed the **Strategic Planning & Performance team's planning copy** of it.
To plan delivery dates, the planners cut every recommendation apart: the addressee
("Chief constables", "Forces", "The force", "All police forces across England and Wales") went
into a **Who** column, the deadline ("Within six months", "By July 2021", "Immediately",
"Not later than 31 March 2015") into **By when, as written**, and what was left — the ask,
starting at its verb ("ensure that…", "review…", "provide…") — into **What (wording from the
verb)**, shortened and abbreviated as planners do (S&S, MSHT, DA, BWV, CoP, ISAs, "goverance",
"arrangments", "supervison"). They then gave each row their own **Target date** and sorted the
sheet by it, oldest first, so the rows of one report are scattered through the sheet and the
undated rows (old national recs without deadlines, all the AFIs) sink to the bottom. Four
PEEL 2023/24 items were typed in below a marker row after the last sort.

## The files

- `hmicfrs.csv` — HMICFRS portal export. **Windows-1252**, records end CRLF, line breaks
  *inside* quoted text cells are bare LF (23 of them; bulleted texts span several physical
  lines but each record is one Excel row). Header row 1; item rows 2–67 (66 items), sorted by
  publication date then reference; row 68 is a footer `66 record(s) exported`.
  Columns: `Force`, `Inspection / report` (full HMICFRS title), `Publication date`
  (dd/mm/yyyy), `Reference` (plain integer), `Type` (`National recommendation`,
  `Recommendation`, `Area for improvement`, `Cause of concern`), `Recommendation / AFI text`
  (verbatim real wording, quirks kept: stray footnote digits "intelligence 86 and", "another
  force; and 20", inline bullets "•the reasons", ":•", trailing "; and", "HMIC recommends that
  within six months the force should:"), `Current status` (`Awaiting review`, `Being
  progressed` = open; `Complete`, `Superseded`, `No further action required` = closed),
  `Status date`.
- `tracker.xlsx` — three sheets:
  - `Notes` (22 rows, no items): how the copy was made, type key, status key. It says causes of
    concern are not carried and that Target date is the planners' date, not HMICFRS's.
  - `By due date` (the items): row 1 title, row 2 source note, row 3 blank, **row 4 header**.
    Columns A `Target date` (real Excel dates dd/mm/yyyy, or the text `TBC`, or blank),
    B `FY qtr` ("2017/18 Q3"), C `Who`, D `By when, as written`, E `What (wording from the
    verb)`, F `Type` (`Rec` for force and national recommendations alike, `AFI`, `Local`),
    G `Report` (planners' short names, e.g. "Stolen Freedom (MSHT) 2017", "PEEL 18/19"),
    H `HMICFRS ref` (integers, or text such as `8590 (a)`, `10233/1`, `3411 / 3412`; blank for
    most pre-2017 rows and the newest rows), I `Lead`, J `Status`, K `Latest update`,
    L `Updated`. Item rows 5–70 are the sorted block (5–52 dated ascending, 53–55 `TBC`,
    56–70 no date); **row 71** is a merged marker (A71:E71) "▼ Added 09/01/2024 from PEEL
    2023/24 report – not yet re-sorted…"; item rows 72–75 follow it. Autofilter A4:L70,
    freeze panes below row 4, a list validation on Status, conditional shading (Closed grey,
    At risk/Overdue peach) — colour carries no information beyond the Status text.
  - `Lists` (8 rows, no items): the validation lists (statuses, types).
  Force status words: `Not started`, `On track`, `At risk`, `Overdue` = open;
  `Delivered – awaiting sign-off`, `Closed` = done; `N/A – not for force` = not the force's.
- `truth.csv` — 76 lines, `hmicfrs_row` as `hmicfrs.csv!N`, `force_row` as `By due date!N`.

## What the layout brings (with rows)

1. **Addressee and deadline only in their own columns.** No force "What" holds a deadline or
   an addressee; the HMICFRS text holds both, sometimes mid-stem ("HMIC recommends that
   within six months the force should: …", hmicfrs 47–49), sometimes at the end ("… at least
   on an annual basis, from July 2018.", hmicfrs 37), once not at all (hmicfrs 22, "In
   addition, the practice of … should cease" → tracker row 54, Who "(not stated – the force)",
   By when "(none stated)", What rebuilt from the verb "cease").
2. **Sorted by target date, not by report.** Stolen Freedom rows sit at 18–22, 24, 26, 34–36;
   PEEL 18/19 at 39–43 and 65–66; splits are torn apart by their own part targets
   (8590 parts at rows 24, 26, 34, 35; 10233 parts at 44, 48, 49).
3. **Target date is the planners' date.** Rows 14 ("Immediately" → 31/03/2016), 22
   (31/12/2017), 43 ("Within six months" of 2 May 2019 → 31/03/2020) have targets later than
   the wording allows; that is the force's plan, not a text disagreement, so none is a
   conflict.
4. **Rows after the sort.** Rows 72–75 (PEEL 2023/24) are below the marker, out of order,
   with no refs.
5. **Splits and a combined row.** 8590 (four bullets → rows 24, 26, 34, 35), 8542 (three
   bullets → rows 27–29), 10233 (three parts → rows 44, 48, 49); row 61 holds two austerity
   recommendations (3411 and 3412).

## Traps and how the truth decides them

- **Timescale conflicts living only in `By when, as written`** (What, report and ref agree):
  row 13 "Within six months" v HMICFRS "Within three months" (hmicfrs 17); row 36 "Within 12
  months" v "Within six months" (hmicfrs 27); row 41 "Within three months" v "within six
  months" (hmicfrs 49); row 45 "By July 2021" v "By July 2022" (hmicfrs 53). All `conflict`.
- **Same timescale, different form — not conflicts:** row 11 "Within 3 months", row 50
  "Within 6 months", row 20 "Immediate", row 8 "By 31 Aug 2015", row 33 "By Sept 2018",
  row 30 "At least annually, from July 2018", row 31 "By July 2018, and ongoing", row 53 "In
  preparation for the next spending round", row 54 "(none stated)" for a text with no deadline.
- **Twins told apart only by the cut-out columns.** Rows 58 and 59 have the same What; Who
  "in consultation with elected local policing bodies" + report "S&S 2013" → 1186
  (hmicfrs 4), Who "in consultation with PCCs" + "S&S 2 (2015)" → 2962 (hmicfrs 13). Rows 6
  and 17 have an identical What (call-handler THR criteria); row 6 (Who "Forces using a THR
  policy…", "Not later than 31 March 2015", Core Business 2014, ref 4822) → hmicfrs 10; row 17
  (Who "The force", "Immediately", CDI 2017) → hmicfrs 24.
- **Other conflicts:** row 8 ref 920 where the text is Integrity Matters 902 (hmicfrs 12;
  reference); row 33 report "PEEL Efficiency 2016 (national)" for the PEEL efficiency 2017
  digital plan (hmicfrs 33; report); row 25 typed `AFI` where HMICFRS has a Recommendation
  (hmicfrs 44; type); row 23 keeps four of the five CDI bullets, dropping "multiple crimes are
  always recorded…" (hmicfrs 23; missing bullet). `Rec` for a national recommendation is not
  a type conflict.
- **Split items are decided at item level.** 8590: three parts Closed, part (c) row 34 On
  track → item open, HMICFRS Being progressed → all four rows `in_sync`. 8542: all three parts
  Closed, HMICFRS Awaiting review → all three `closeable_submit`. 10233: part 3 (row 49) At
  risk, HMICFRS Complete → all three `closeable_local`.
- **Combined row 61** → two truth lines (hmicfrs 7 and 8), both `in_sync` (NFA / Closed).
- **Causes of concern not carried** (Notes sheet): hmicfrs 19, 34, 45 → `missing_from_force`.
  Two genuine gaps: hmicfrs 41 (equality and diversity data AFI) and 60 (hate crime AFI).
- **Not on the HMICFRS list:** row 9 (Building the Picture, closed and dropped by HMICFRS),
  row 55 (Home Office & NPCC recommendation, `N/A – not for force`), row 52 (the force's own
  `Local` dip-sample action).
- **Status words:** `Delivered – awaiting sign-off` counts as done (rows 11, 19, 38, 46, 51 →
  `closeable_submit`); `Overdue` and `At risk` are open.
- `review` is not used: every pair is decidable from the two rows.

## Counts

| category | lines |
|---|---|
| in_sync | 37 |
| closeable_submit | 14 |
| closeable_local | 9 |
| conflict | 8 |
| missing_from_force | 5 |
| not_on_hmicfrs_list | 3 |
| review | 0 |
| **total** | **76** |

66 HMICFRS items (61 matched, 5 missing); 70 force item rows (67 paired, 3 not on the list).
Paired lines: 68 = 61 items + 7 extra split-part rows = 67 rows + 1 for the combined row's
second item. 68 + 5 + 3 = 76.

## Rows that are not items

- `hmicfrs.csv` row 1 (header), row 68 (footer `66 record(s) exported`).
- `tracker.xlsx` / `By due date`: row 1 (title), row 2 (source note), row 3 (blank), row 4
  (header), row 71 (merged "▼ Added 09/01/2024…" marker).
- `tracker.xlsx` / `Notes`: all rows (read-me text, type and status keys).
- `tracker.xlsx` / `Lists`: all rows (validation lists).

## Checks run

- Every force item row (5–70, 72–75) and every HMICFRS item row (2–67) appears in
  `truth.csv`; no non-item row does.
- Hand labels checked in the builder against the statuses (item-level done/open for splits).
- Every pair's tracker ref, where present, contains the HMICFRS reference, except row 8
  (the deliberate 920).
- Read back with pandas (`read_csv(encoding="cp1252")`, `read_excel` all sheets) and openpyxl
  (merged A71:E71, autofilter A4:L70, dates as datetimes, doc properties fixed 2024-03-01).
- Built twice: all four files byte-identical (fixed workbook properties; XlsxWriter zip
  timestamps fixed at 1980-01-31; no clock, no randomness).
"""

# --------------------------------------------------------------------------------------------


def fy_qtr(d):
    if not isinstance(d, dt.date):
        return None
    fy = d.year if d.month >= 4 else d.year - 1
    q = {4: 1, 5: 1, 6: 1, 7: 2, 8: 2, 9: 2, 10: 3, 11: 3, 12: 3, 1: 4, 2: 4, 3: 4}[d.month]
    return f"{fy}/{str(fy + 1)[2:]} Q{q}"


def sort_key(row):
    t = row["target"]
    if isinstance(t, dt.date):
        return (0, t.toordinal(), "")
    if isinstance(t, str):
        return (1, 0, t.lower())
    return (2, 0, "")


def build_hmicfrs():
    by_key = {h[0]: h for h in H}
    assert len(by_key) == len(H)
    items = sorted(H, key=lambda h: (REPORTS[h[2]][1], h[1]))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["Force", "Inspection / report", "Publication date", "Reference", "Type",
                "Recommendation / AFI text", "Current status", "Status date"])
    rows = {}
    for i, (key, ref, rep, typ, text, status, sdate) in enumerate(items):
        title, pub, _ = REPORTS[rep]
        w.writerow([FORCE, title, pub.strftime("%d/%m/%Y"), ref, typ, text, status,
                    sdate.strftime("%d/%m/%Y")])
        rows[key] = i + 2
    w.writerow([f"{len(items)} record(s) exported", "", "", "", "", "", "", ""])
    footer = len(items) + 2
    data = buf.getvalue().encode("cp1252")
    with open(os.path.join(OUT, "hmicfrs.csv"), "wb") as fh:
        fh.write(data)
    return rows, footer, items


NOTES = [
    ("Read me – planning copy of the HMICFRS recommendations list", "title"),
    ("", None),
    ("Kept by: Strategic Planning & Performance, Lincolnshire Police. Copied from the Risk & "
     "Organisational Learning tracker (v14) on 01/03/2024 to plan delivery dates.", None),
    ("", None),
    ("How this copy was made", "bold"),
    ("• For each recommendation the addressee was cut out of the HMICFRS wording into 'Who' "
     "(e.g. 'Chief constables', 'Forces', 'The force').", None),
    ("• The deadline was cut out into 'By when, as written', word for word as far as possible "
     "('Within six months', 'By July 2021', 'Immediately').", None),
    ("• 'What' is the rest of the wording, starting at the verb (ensure…, review…, "
     "provide…). Shortened where long.", None),
    ("• 'Target date' is OUR planning date, not HMICFRS's: 'Immediately' = publication date "
     "unless the lead agreed otherwise; 'within N months' counted from publication.", None),
    ("• The sheet is sorted by Target date, oldest first. TBC and undated rows (mostly AFIs, "
     "which carry no deadline) are at the bottom.", None),
    ("• Rows typed in after the last sort sit below the marker row at the end.", None),
    ("• Causes of concern are NOT listed here – only the recommendations that answer them.",
     None),
    ("• Where we split a recommendation into parts, each part has its own row and target; "
     "the HMICFRS ref shows the part, e.g. 8590 (a).", None),
    ("", None),
    ("Type", "bold"),
    ("Rec = recommendation (force or national); AFI = area for improvement; Local = our own "
     "action, not HMICFRS's.", None),
    ("", None),
    ("Status key", "bold"),
    ("Not started / On track / At risk / Overdue = open", None),
    ("Delivered – awaiting sign-off = work done, evidence with chief officer lead", None),
    ("Closed = done and signed off", None),
    ("N/A – not for force = not ours to deliver (national bodies)", None),
]

STATUSES = ["Not started", "On track", "At risk", "Overdue", "Delivered – awaiting sign-off",
            "Closed", "N/A – not for force"]


def build_tracker(hrows):
    base = list(F)
    sorted_rows = sorted(base, key=sort_key)  # stable: ties keep the OL tracker order
    path = os.path.join(OUT, "tracker.xlsx")
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_formulas": False})
    wb.set_properties({
        "title": "HMICFRS recommendations – planning copy",
        "author": "Strategic Planning & Performance",
        "company": "Lincolnshire Police",
        "created": dt.datetime(2024, 3, 1, 9, 30, 0),
    })
    f_title = wb.add_format({"bold": True, "font_size": 14})
    f_bold = wb.add_format({"bold": True})
    f_note = wb.add_format({"italic": True, "font_color": "#595959"})
    f_head = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF",
                            "text_wrap": True, "valign": "top", "border": 1})
    f_wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    f_cell = wb.add_format({"valign": "top", "border": 1})
    f_date = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    f_marker = wb.add_format({"bold": True, "italic": True, "bg_color": "#FFF2CC"})
    f_closed = wb.add_format({"bg_color": "#E7E6E6"})
    f_risk = wb.add_format({"bg_color": "#FCE4D6"})

    # Notes sheet
    ns = wb.add_worksheet("Notes")
    ns.set_column(0, 0, 120)
    for i, (text, style) in enumerate(NOTES):
        fmt = {"title": f_title, "bold": f_bold}.get(style)
        if text:
            ns.write_string(i, 0, text, fmt) if fmt else ns.write_string(i, 0, text)

    # Main sheet
    ws = wb.add_worksheet(SHEET)
    headers = ["Target date", "FY qtr", "Who", "By when, as written",
               "What (wording from the verb)", "Type", "Report", "HMICFRS ref", "Lead",
               "Status", "Latest update", "Updated"]
    widths = [11, 10, 24, 20, 70, 7, 22, 11, 24, 18, 40, 11]
    for c, wdt in enumerate(widths):
        ws.set_column(c, c, wdt)
    ws.write_string(0, 0, "Lincolnshire Police – HMICFRS recommendations: planning copy "
                          "(sorted by target date)", f_title)
    ws.write_string(1, 0, "Source: Risk & OL tracker v14, copied 01/03/2024. Who / By when cut "
                          "out of the HMICFRS wording by Strategic Planning. Do not edit the "
                          "wording here – change it in the OL tracker.", f_note)
    hdr = 3  # zero-based row index of the header (Excel row 4)
    for c, h in enumerate(headers):
        ws.write_string(hdr, c, h, f_head)
    ws.freeze_panes(hdr + 1, 0)

    placed = []  # (excel_row, row dict)

    def put(r, row):
        t = row["target"]
        if isinstance(t, dt.date):
            ws.write_datetime(r, 0, dt.datetime(t.year, t.month, t.day), f_date)
        elif isinstance(t, str):
            ws.write_string(r, 0, t, f_cell)
        else:
            ws.write_blank(r, 0, None, f_cell)
        q = fy_qtr(t)
        ws.write_string(r, 1, q, f_cell) if q else ws.write_blank(r, 1, None, f_cell)
        ws.write_string(r, 2, row["who"], f_wrap)
        if row["when"]:
            ws.write_string(r, 3, row["when"], f_wrap)
        else:
            ws.write_blank(r, 3, None, f_wrap)
        ws.write_string(r, 4, row["what"], f_wrap)
        ws.write_string(r, 5, row["typ"], f_cell)
        rep = row["rep"]
        ws.write_string(r, 6, REPORTS[rep][2] if rep in REPORTS else rep, f_wrap)
        ref = row["ref"]
        if isinstance(ref, int):
            ws.write_number(r, 7, ref, f_cell)
        elif ref:
            ws.write_string(r, 7, ref, f_cell)
        else:
            ws.write_blank(r, 7, None, f_cell)
        ws.write_string(r, 8, row["lead"], f_wrap) if row["lead"] else \
            ws.write_blank(r, 8, None, f_wrap)
        ws.write_string(r, 9, row["status"], f_wrap)
        ws.write_string(r, 10, row["update"], f_wrap) if row["update"] else \
            ws.write_blank(r, 10, None, f_wrap)
        u = row["updated"]
        if u:
            ws.write_datetime(r, 11, dt.datetime(u.year, u.month, u.day), f_date)
        else:
            ws.write_blank(r, 11, None, f_date)
        placed.append((r + 1, row))

    r = hdr + 1
    for row in sorted_rows:
        put(r, row)
        r += 1
    last_sorted = r  # zero-based index of the marker row
    ws.merge_range(r, 0, r, 4, "▼ Added 09/01/2024 from PEEL 2023/24 report – not yet "
                               "re-sorted, target dates to be agreed", f_marker)
    marker_row = r + 1
    r += 1
    for row in ADDED:
        put(r, row)
        r += 1
    last = r - 1
    ws.autofilter(hdr, 0, last_sorted - 1, len(headers) - 1)
    ws.data_validation(hdr + 1, 9, 200, 9, {"validate": "list",
                                            "source": "=Lists!$A$2:$A$8"})
    ws.conditional_format(hdr + 1, 0, last, len(headers) - 1, {
        "type": "formula", "criteria": '=$J5="Closed"', "format": f_closed})
    ws.conditional_format(hdr + 1, 0, last, len(headers) - 1, {
        "type": "formula", "criteria": '=OR($J5="At risk",$J5="Overdue")', "format": f_risk})

    # Lists sheet
    ls = wb.add_worksheet("Lists")
    ls.write_string(0, 0, "Status", f_bold)
    ls.write_string(0, 1, "Type", f_bold)
    for i, s in enumerate(STATUSES):
        ls.write_string(i + 1, 0, s)
    for i, s in enumerate(["Rec", "AFI", "Local"]):
        ls.write_string(i + 1, 1, s)
    ls.set_column(0, 0, 30)
    ws.activate()
    wb.close()
    return placed, marker_row, hdr + 1


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    hrows, footer, items = build_hmicfrs()
    placed, marker_row, header_row = build_tracker(hrows)

    # --- truth ---
    by_item = {}
    for excel_row, row in placed:
        for k in row["hm"]:
            by_item.setdefault(k, []).append((excel_row, row))
    lines = []
    for h in items:
        key = h[0]
        hr = f"hmicfrs.csv!{hrows[key]}"
        if key in by_item:
            assert key not in MISSING
            for excel_row, row in sorted(by_item[key], key=lambda x: x[0]):
                lines.append((hr, f"{SHEET}!{excel_row}", row["cat"], row["why"]))
        else:
            lines.append((hr, "", "missing_from_force", MISSING[key]))
    for excel_row, row in placed:
        if not row["hm"]:
            lines.append(("", f"{SHEET}!{excel_row}", row["cat"], row["why"]))

    # consistency checks of the hand labels against the statuses
    hstat = {h[0]: h[5] for h in H}
    closed_h = {"Complete", "Superseded", "No further action required"}
    for excel_row, row in placed:
        for k in row["hm"]:
            parts = by_item[k]
            force_done = all(p[1]["status"] in DONE_S for p in parts)
            h_closed = hstat[k] in closed_h
            if row["cat"] == "conflict":
                continue
            exp = ("in_sync" if force_done == h_closed else
                   "closeable_submit" if force_done else "closeable_local")
            assert row["cat"] == exp, (excel_row, k, row["cat"], exp)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for ln in lines:
        w.writerow(ln)
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())

    readme_path = os.path.join(OUT, "README.md")
    with open(readme_path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(README)
    print("hmicfrs items", len(items), "footer row", footer)
    print("force rows", len(placed), "marker row", marker_row, "header row", header_row)
    from collections import Counter
    print(Counter(l[2] for l in lines), len(lines))


if __name__ == "__main__":
    main()
