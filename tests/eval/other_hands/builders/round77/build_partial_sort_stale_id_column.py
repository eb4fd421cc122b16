"""Build the `partial_sort_stale_id_column` evaluation case.

Force side: Cumbria Constabulary's HMICFRS recommendations register, kept since 2016 in one
Excel workbook by the Strategic Risk & Assurance team. Its column A ("HMICFRS ID") was added
in 2019 when the first definitive list arrived. In 2024 someone selected B:J of the
PEEL 2021/22 rows only (column A sits in the frozen pane) and sorted them by Lead, clicking
"Continue with the current selection": the IDs in that block stayed where they were while the
texts, leads and statuses moved.

HMICFRS side: an ordinary definitive-list export (one sheet, header on row 1).

Run with /work/main/.venv/bin/python; rebuilds every file byte for byte (no clock, no
randomness, fixed workbook properties; XlsxWriter uses fixed zip timestamps).
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import xlsxwriter

CASE = "partial_sort_stale_id_column"
OUT = Path(__file__).resolve().parent / CASE
FORCE = "Cumbria Constabulary"
FIXED_TIME = dt.datetime(2026, 9, 18, 9, 0, 0)

NAT = "National recommendation"
REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"

# --------------------------------------------------------------------------------------
# Reports on the HMICFRS list: key -> (title, publication date)
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
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24)),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9)),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12)),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 14)),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
               dt.date(2019, 5, 2)),
    "cdi19": ("Crime data integrity inspection 2019", dt.date(2019, 9, 26)),
    "custody20": ("Report on an unannounced inspection visit to police custody suites 2020",
                  dt.date(2020, 8, 11)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26)),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22",
               dt.date(2022, 5, 20)),
    "peel23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24",
               dt.date(2024, 5, 15)),
}

# --------------------------------------------------------------------------------------
# HMICFRS items: (ID, report key, type, text, status, status date). Texts are real public
# wording (OGL) copied from the project's text lists; "{force}" stems filled with the force.
# --------------------------------------------------------------------------------------
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
MISSING_CHILDREN = (
    "To address this cause of concern the force should immediately review its approach to "
    "reports of missing children and take steps to ensure that:\n"
    "• call takers understand and use the missing and absent category appropriately; • call "
    "takers and frontline staff have the necessary knowledge to identify risk factors "
    "associated with child sexual exploitation and how to respond to such cases; and • "
    "supervisors provide the correct oversight of missing person enquiries and direct "
    "appropriate and timely investigative and safeguarding action"
)
DETENTION_CHILDREN = (
    "Within six months Cumbria Constabulary should, in conjunction with children’s social care "
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

D = dt.date
HMICFRS = [
    # sas13
    (2105, "sas13", NAT, "Chief Constables and the College of Policing should establish in the "
     "Stop and Search Authorised Professional Practice document a clear specification of what "
     "constitutes the effective and fair exercise of stop and search powers, and guidance in "
     "this respect. This should be compliant with the Code of Practice.",
     "Complete", D(2015, 6, 30)),
    (2106, "sas13", NAT, "Chief Constables should establish or improve monitoring of the way "
     "officers stop and search people, so that they can be satisfied their officers are acting "
     "in accordance with the law (including equality legislation and the Code of Practice), and "
     "that the power is used effectively to prevent crime, catch criminals and maintain public "
     "trust.", "Complete", D(2015, 6, 30)),
    (2107, "sas13", NAT, "Chief Constables should, in consultation with elected local policing "
     "bodies, ensure that they comply with the code of practice by explaining to the public the "
     "way stop and search powers are used in their areas and by making arrangements for stop "
     "and search records to be scrutinised by community representatives. This should be done in "
     "a way that involves those people who are stopped and searched, for example, young people.",
     "Superseded", D(2015, 3, 24)),
    # everyone
    (2321, "everyone", NAT, EVERYONE_PLAN, "Complete", D(2015, 11, 2)),
    # austerity
    (2480, "austerity", NAT, "All Chief Constables and PCCs should review their plans to deliver "
     "savings to ensure they are doing all they can to continue to reduce crime and protect the "
     "front line while balancing their budgets. They should use the data and information "
     "contained in this report, and in HMIC's Value for Money profiles, when conducting their "
     "reviews", "No further action required", D(2016, 1, 18)),
    (2481, "austerity", NAT, "Chief Constables and PCCs in forces planning to deliver less than "
     "10% of their savings through collaboration should assess whether there is scope to "
     "improve on this position. HMIC will follow up the assessments in the autumn.",
     "No further action required", D(2016, 1, 18)),
    (2482, "austerity", NAT, "Chief Constables and PCCs in forces that are planning to reduce "
     "the proportion of their workforce and/or police officers on the front line should assess "
     "whether they have taken the decisive action seen in many forces in order to maintain their "
     "crime fighting capacity. HMIC will follow up the assessments in the autumn.",
     "Complete", D(2016, 1, 18)),
    (2483, "austerity", NAT, "In preparation for the next spending round period all Chief "
     "Constables and PCCs should review their plans for collaboration. In particular they should "
     "consider whether there is scope to deliver better value for money and improved capability "
     "and capacity through joint working with other forces, the public and/or the private "
     "sector.", "Superseded", D(2017, 11, 9)),
    # core
    (4822, "core", NAT, "Not later than 31 March 2015 those forces using a threat, harm and risk "
     "policy, that have not yet done so, should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     "Superseded", D(2017, 3, 2)),
    (4823, "core", NAT, "By 31 March 2015 all forces should ensure that crime prevention or "
     "disruption activity carried out is systematically recorded and subsequently evaluated to "
     "determine the effectiveness of tactics being employed.", "Complete", D(2018, 4, 27)),
    # integrity
    (902, "integrity", NAT, "By 31 August 2015, all chief constables should satisfy themselves "
     "that they have processes in place to ensure that investigations into misconduct by "
     "officers and staff resulting in “no further action” are fair and free of any form of "
     "discrimination.", "Complete", D(2016, 2, 9)),
    # sas15
    (3011, "sas15", NAT, "Chief constables should, in consultation with police and crime "
     "commissioners, ensure that they comply with the Code of Practice by explaining to the "
     "public the way stop and search powers are used in their areas and by making arrangements "
     "for stop and search records to be scrutinised by community representatives. This should "
     "be done in a way that involves those people who are stopped and searched, for example "
     "young people.", "Complete", D(2017, 6, 12)),
    # picture
    (3420, "picture", NAT, "By 30 November 2015, chief constables should put in place "
     "arrangements to scrutinise audits of compliance with the APP on information management "
     "through the force information management governance structure. This should include "
     "measures to ensure that categorisation of records are regularly adjusted.",
     "Being progressed", D(2025, 3, 14)),
    # firearms
    (3905, "firearms", NAT, "Within three months, all chief constables should assess how well "
     "the governance of firearms licensing in his or her force meets the standards set out in "
     "Authorised Professional Practice. Chief constables of forces where the governance "
     "standards are not being complied with should put in place immediately the correct "
     "arrangements and procedures in order to meet the standards in full.",
     "Complete", D(2016, 7, 4)),
    (3906, "firearms", NAT, "Within three months, all chief constables should assess the demand "
     "placed on their firearms licensing department and ensure it has the capacity to meet this "
     "demand and provide an efficient and effective service at all times.",
     "Complete", D(2019, 11, 20)),
    (3907, "firearms", NAT, "Immediately, all chief constables should satisfy themselves that "
     "all appropriate action is being taken by their force with regard to ‘total expired’ "
     "licensing records.", "Complete", D(2016, 7, 4)),
    (3908, "firearms", NAT, "Within three months, all chief constables should ensure that their "
     "arrangements in respect of the use of temporary permits are in accordance with the Home "
     "Office guidance; that temporary permits are properly recorded without delay on the "
     "National Firearms Licensing Management System; and that effective systems exist to ensure "
     "certificate holders are not permitted, at any time, to remain in unlawful possession of a "
     "firearm.", "Being progressed", D(2025, 3, 14)),
    (3909, "firearms", NAT, "Within three months, all chief constables should ensure that "
     "systems designed to identify, prior to police attendance, whether a reported incident "
     "involves or is at the address of a firearm certificate holder are in place and are always "
     "applied by staff dispatching officers to incidents; and that officers understand the risk "
     "assessment which they should be undertaking in such circumstances, and their power, when "
     "appropriate, to seize firearms and firearm certificates.",
     "Awaiting review", D(2023, 2, 1)),
    # eff16 (force report)
    (6980, "eff16", COC, "The force’s current approach to domestic abuse is unacceptable. The "
     "proportion of victims who fail to support the investigation and the low use of police "
     "powers of arrest and prosecution is a cause of concern to HMIC.",
     "Complete", D(2019, 5, 2)),
    (6981, "eff16", REC, "In order to improve the service it provides to victims of domestic "
     "abuse, offer the best possible protection and bring more perpetrators to justice, the "
     "force should immediately consider ways of increasing the use of arrest, ancillary orders "
     "and other available powers.", "Complete", D(2019, 5, 2)),
    (6982, "eff16", REC, "To improve the service provided to victims of domestic abuse the force "
     "should immediately take steps to understand and address the reason behind why such a high "
     "proportion of victims of domestic abuse do not support the police investigation.",
     "Being progressed", D(2025, 3, 14)),
    (6983, "eff16", REC, "In addition, the practice of conducting domestic abuse risk "
     "assessments over the telephone and dealing with domestic abuse in the resolution centre "
     "should cease", "Complete", D(2018, 1, 22)),
    (6984, "eff16", AFI, "The force should improve the supervision of investigations, so that "
     "investigation plans are set, reviewed and recorded and victims receive a consistently "
     "good service.", "Superseded", D(2019, 5, 2)),
    (6985, "eff16", REC, "Within three months, the force should provide call-handlers with "
     "specific, sound and comprehensible criteria against which they can assess threat, harm "
     "and risk.", "Complete", D(2020, 10, 5)),
    # stolen
    (8601, "stolen", NAT, SF_LEADERSHIP, "Being progressed", D(2025, 3, 14)),
    (8602, "stolen", NAT, "Within six months, forces should have in place active "
     "information-sharing agreements with other agencies to facilitate speedy exchange of "
     "intelligence 86 and in order to safeguard victims better and to identify suspects as "
     "early as possible", "Being progressed", D(2025, 3, 14)),
    (8603, "stolen", NAT, "Immediately, forces should ensure that all victims carrying out "
     "criminal acts under compulsion attributable to slavery or exploitation are afforded the "
     "protection of early and continuing consideration of the applicability of the section 45 "
     "defence.", "Complete", D(2019, 8, 30)),
    (8604, "stolen", NAT, "Immediately, forces should take steps to ensure they are fully "
     "compliant with the NRM process as it evolves and are implementing the requirement placed "
     "upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual "
     "suspected to be an adult victim of modern slavery or human trafficking.",
     "Being progressed", D(2025, 3, 14)),
    (8605, "stolen", NAT, "Immediately, forces should take steps to ensure they fully comply "
     "with national crime recording standard (NCRS) requirements for offences identified as "
     "modern slavery and human trafficking and that sufficient audit capacity is available to "
     "the force crime registrar to provide reassurance that each force is identifying and "
     "managing any gaps in its crime-recording accuracy for these types of offences.",
     "Complete", D(2019, 8, 30)),
    (8606, "stolen", NAT, "Immediately, forces should ensure that allegations or indications of "
     "modern slavery and human trafficking are thoroughly investigated and effectively "
     "supervised by teams and individuals with the skills and experience to undertake them "
     "(this should include the use where appropriate of joint intelligence teams and other "
     "means to obtain intelligence and evidence from agencies overseas).",
     "Being progressed", D(2025, 3, 14)),
    (8607, "stolen", NAT, "Immediately, forces should review their use of preventative powers "
     "under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities "
     "of those deemed to pose a clear threat to others in respect of modern slavery and human "
     "trafficking offences are exploited.", "Awaiting review", D(2023, 2, 1)),
    # efc17
    (8650, "efc17", NAT, "By September 2018, chief constables should produce an ambitious plan to "
     "improve digitally-enabled services within their force. The Home Office, National Police "
     "Chiefs' Council and Association of Police and Crime Commissioners should support the "
     "development of these plans by establishing a national framework which allows for the "
     "provision of digitally enabled services across force boundaries.",
     "Being progressed", D(2025, 3, 14)),
    # leg17
    (8540, "leg17", COC, "HMICFRS is concerned that forces are not able to demonstrate that the "
     "use of stop and search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", "Complete", D(2021, 2, 26)),
    (8541, "leg17", NAT, SAS_MONITORING_2017, "Being progressed", D(2025, 3, 14)),
    (8542, "leg17", NAT, "Where forces identify disparities through monitoring, they should "
     "demonstrate to the public that they have:\n"
     "•carried out research and analysis in an attempt to understand the reasons for the "
     "disparity, and •taken action to reduce the disparity, where necessary;",
     "Complete", D(2021, 2, 26)),
    (8543, "leg17", NAT, "We expect forces to publish this analysis and any actions taken at "
     "least on an annual basis, from July 2018.", "Complete", D(2021, 2, 26)),
    (8544, "leg17", NAT, "By July 2018, and ongoing following that date, forces should ensure "
     "that all officers who use stop and search powers have been provided with, and understand, "
     "training on unconscious bias and College of Policing APP on stop and search.",
     "Being progressed", D(2025, 3, 14)),
    # ncpi18
    (9120, "ncpi18", REC, MISSING_CHILDREN, "Being progressed", D(2025, 3, 14)),
    (9121, "ncpi18", REC, DETENTION_CHILDREN, "Being progressed", D(2025, 3, 14)),
    # peel18
    (10110, "peel18", COC, "The force does not have the capacity or capability to investigate "
     "crime effectively and this is affecting the service being provided to the public. There "
     "are failings in the way that crimes are being investigated.",
     "Being progressed", D(2025, 3, 14)),
    (10111, "peel18", REC, "HMIC recommends that the force should immediately: conduct a review "
     "of officers’ capabilities and capacity to manage their investigative workload, to better "
     "understand investigative demand and the pressures placed upon them; and",
     "Being progressed", D(2025, 3, 14)),
    (10112, "peel18", REC, "HMIC recommends that the force should immediately: conduct a "
     "review, involving its partners, of the approach to vulnerability to better safeguard "
     "vulnerable people.", "Being progressed", D(2025, 3, 14)),
    (10113, "peel18", REC, "HMIC recommends that within six months the force should: ensure "
     "regular and active supervision of the quality and progress of investigations. This "
     "supervision should be properly recorded;", "Complete", D(2022, 5, 20)),
    (10114, "peel18", REC, "HMIC recommends that within six months the force should: improve its "
     "understanding of suspects released under investigation and the management of those "
     "released on bail;", "Complete", D(2021, 9, 8)),
    (10115, "peel18", AFI, "The force should develop its understanding of the links between its "
     "outcomes, outputs and costs", "No further action required", D(2022, 5, 20)),
    (10116, "peel18", AFI, "The force should improve its use of its crime-recording and "
     "management system to better manage its case files and investigative processes.",
     "Awaiting review", D(2023, 2, 1)),
    # cdi19
    (10580, "cdi19", REC, CDI_VICTIMS, "Being progressed", D(2025, 3, 14)),
    (10581, "cdi19", REC, "Within three months, the force should revise its approach to "
     "cautions, cannabis warning and penalty notices for disorder to ensure that there is a "
     "clear and auditable explanation to the offender of the implications of receiving the "
     "warning and that, for victim-based crimes, there is a clear and auditable record that "
     "views of the victim are considered prior to their issue.", "Complete", D(2021, 4, 19)),
    # custody20
    (11830, "custody20", AFI, "The force should ensure it has effective internal monitoring "
     "processes on the use of force, to help it to identify and understand disproportionate "
     "use, explain the reasons and implement any necessary improvement action.",
     "Complete", D(2022, 11, 3)),
    # powers
    (12201, "powers", NAT, "By July 2022, forces should ensure that officers and staff have "
     "effective communication skills, in line with the National Policing Guidelines on Conflict "
     "Management. This should be in addition to existing training on conflict management and "
     "de-escalation.", "Being progressed", D(2025, 3, 14)),
    (12202, "powers", NAT, "By July 2021, forces should ensure that communication skills are "
     "reinforced as part of the programme of continuing professional development for officers "
     "and staff, and that supervisors are supported to routinely and frequently debrief "
     "officers on these skills using body-worn video footage.", "Complete", D(2023, 2, 1)),
    (12203, "powers", NAT, BWV_2021, "Being progressed", D(2025, 3, 14)),
    (12204, "powers", NAT, "By July 2021, forces should ensure they have effective internal "
     "monitoring processes on the use of force, to help them to identify and understand "
     "disproportionate use, explain the reasons and implement any necessary improvement "
     "action.", "Awaiting review", D(2023, 2, 1)),
    # peel21: ten AFIs, the block the force later mis-sorted
    (13401, "peel21", AFI, "The force should improve its understanding of the nature and scale "
     "of county lines drug dealing in its area.", "Being progressed", D(2025, 3, 14)),
    (13402, "peel21", AFI, "The force should make sure investigations of rape and serious sexual "
     "offences are allocated to officers with the right skills and are effectively supervised.",
     "Being progressed", D(2025, 3, 14)),
    (13403, "peel21", AFI, "The force should improve how it works with partner organisations to "
     "safeguard people at risk from child sexual exploitation.", "Awaiting review",
     D(2023, 2, 1)),
    (13404, "peel21", AFI, "The force should make sure officers and staff have the training "
     "they need to identify and respond to stalking and harassment.", "Complete",
     D(2025, 3, 14)),
    (13405, "peel21", AFI, "The force should improve the timeliness of its response to calls for "
     "service involving people with mental ill health.", "Being progressed", D(2025, 3, 14)),
    (13406, "peel21", AFI, "The force should make sure victims of fraud are kept informed about "
     "the progress of their case, in line with the Code of Practice for Victims of Crime.",
     "Being progressed", D(2025, 3, 14)),
    (13407, "peel21", AFI, "The force should improve the way it manages the risk posed by "
     "offenders involved in online child sexual abuse.", "Being progressed", D(2025, 3, 14)),
    (13408, "peel21", AFI, "The force should make sure it records reports of hate crime "
     "accurately and without delay.", "Complete", D(2025, 3, 14)),
    (13409, "peel21", AFI, "The force should improve how it gathers, assesses and acts on "
     "intelligence about serious and organised crime.", "Being progressed", D(2025, 3, 14)),
    (13410, "peel21", AFI, "The force should make sure its performance framework gives senior "
     "leaders a clear picture of its response to violence against women and girls.",
     "Awaiting review", D(2023, 2, 1)),
    # peel23
    (14700, "peel23", COC, "The size of the vetting backlog within Cumbria Constabulary is a "
     "cause of concern.", "Being progressed", D(2025, 3, 14)),
    (14701, "peel23", REC, "Within six months the force should ensure all staff have received at "
     "least the lowest level of vetting clearance for their roles as quickly as possible, "
     "working to clear both the vetting backlog and new vetting renewals when they become due "
     "so that it complies fully with the national vetting guidelines.",
     "Being progressed", D(2025, 3, 14)),
    (14702, "peel23", AFI, "The force should review its approach to domestic abuse to make sure "
     "victims receive a consistently good service.", "Awaiting review", D(2024, 5, 15)),
    (14703, "peel23", AFI, "The force should make sure it consistently uses ancillary orders and "
     "other powers to protect victims of violence against women and girls.",
     "Awaiting review", D(2024, 5, 15)),
    (14704, "peel23", AFI, "The force should develop a problem-solving approach to anti-social "
     "behaviour, working with local communities and partners.", "Being progressed",
     D(2025, 3, 14)),
    (14705, "peel23", AFI, "The force should make sure it has enough specialist capacity and "
     "capability to investigate cyber crime.", "Awaiting review", D(2024, 5, 15)),
    (14706, "peel23", AFI, "The force should ensure that it has sufficient resources available "
     "in the control room to fulfil its resourcing model, and so to meet its demand, while also "
     "taking into account the wellbeing of its workforce.", "Awaiting review",
     D(2024, 5, 15)),
    (14707, "peel23", AFI, "The force should make sure it provides a confidential way for staff "
     "to raise concerns and that staff are aware of whistleblowing processes.",
     "Awaiting review", D(2024, 5, 15)),
    (14708, "peel23", AFI, "Cumbria Constabulary should review how it gathers and uses equality "
     "and diversity data to improve its understanding of its workforce demographics.",
     "Awaiting review", D(2024, 5, 15)),
]

# HMICFRS export is ordered by publication date, then ID.
HMICFRS.sort(key=lambda r: (REPORTS[r[1]][1], r[0]))
H_ROW = {r[0]: i + 2 for i, r in enumerate(HMICFRS)}  # Excel row: header on row 1
H_BY_ID = {r[0]: r for r in HMICFRS}

# --------------------------------------------------------------------------------------
# Force register rows. Each: dict with
#   a   = value in column A "HMICFRS ID" (as typed), b..j = the other columns,
#   h   = the HMICFRS item the row truly is (decided by reading the row), or None,
#   cat = category, why = how a person decides it.
# --------------------------------------------------------------------------------------
F = []


def add(a, report, published, typ, text, portfolio, lead, update, status, closed, h, cat, why):
    F.append(dict(a=a, b=report, c=published, d=typ, e=text, f=portfolio, g=lead, hu=update,
                  i=status, j=closed, h=h, cat=cat, why=why))


SAS13 = "Stop & Search (HMIC 2013)"
add(2105, SAS13, "Jul 2013", "Recommendation",
    "Chief Constables & CoP to establish in the S&S APP a clear specification of what "
    "constitutes the effective & fair exercise of S&S powers (compliant with Code of Practice)",
    "Local Policing", "ACC Local Policing",
    "APP published by CoP. Force S&S policy aligned.", "Completed", D(2015, 5, 12),
    2105, "in_sync", "ID 2105 and the shortened text agree; HMICFRS Complete, force Completed.")
add(2106, SAS13, "Jul 2013", "Recommendation",
    "Establish or improve monitoring of the way officers stop and search people, so that "
    "they can be satisfied their officers are acting in accordance with the law (incl. "
    "equality legislation and the Code of Practice)",
    "Local Policing", "ACC Local Policing",
    "S&S scrutiny group in place; monthly monitoring via performance pack.", "Completed",
    D(2015, 5, 12),
    2106, "in_sync", "ID 2106 and text (cut before 'and that the power is used effectively') "
    "agree; both closed.")
add(2107, SAS13, "Jul 2013", "Recommendation",
    "In consultation with elected local policing bodies, comply with the code of practice by "
    "explaining to the public the way S&S powers are used & arranging for S&S records to be "
    "scrutinised by community representatives (involve young people)",
    "Local Policing", "Supt Neighbourhoods",
    "Youth IAG still being set up - see S&S 2 (2015) row.", "Ongoing", None,
    2107, "closeable_local", "ID 2107, 2013 report and 'elected local policing bodies' wording "
    "match; HMICFRS Superseded (by the 2015 report), force still Ongoing: close locally.")
add(2321, "Everyone's Business (DA) 2014", "Mar 2014", "Recommendation",
    "By Sept 2014 establish & publish an action plan specifying in detail what steps the force "
    "will take to improve its approach to DA (developed with PCC, DA support orgs & victims' "
    "reps; after considering all the report's recs; DHRs/IPCC findings; CPS scrutiny panels & "
    "MARAC self-assessments)",
    "Public Protection", "Ch Supt Public Protection",
    "DA action plan published Sept 2014, refreshed 2016.", "Completed", D(2015, 10, 1),
    2321, "in_sync", "ID 2321; the force summarised the plan and all four of its bullets "
    "(footnote digit 20 dropped); both closed.")
add(None, "Everyone's Business (DA) 2014", "Mar 2014", "Local action",
    "Force action - Task & Finish group to review the domestic abuse policy and report to the "
    "Force Executive Team",
    "Public Protection", "Ch Supt Public Protection",
    "Policy rewritten, FET approved Feb 2015.", "Completed", D(2015, 2, 18),
    None, "not_on_hmicfrs_list", "The force's own follow-on action (type 'Local action', no "
    "ID); HMICFRS never asked for it, nothing on the list reads like it.")
add(2480, "Policing in Austerity 2014", "Jul 2014", "Recommendation",
    "Review plans to deliver savings - continue to reduce crime & protect the front line while "
    "balancing budgets (use HMIC VfM profiles)",
    "Corporate Services", "Director of Finance",
    "MTFP reviewed. No further action.", "Closed", D(2015, 3, 31),
    2480, "in_sync", "ID 2480 and text agree; HMICFRS No further action required, force Closed.")
add(2483, "Policing in Austerity 2014", "Jul 2014", "Recommendation",
    "Review plans for collaboration - is there scope for better VfM & improved capability / "
    "capacity through joint working with other forces, the public and/or private sector",
    "Corporate Services", "DCC",
    "Regional collaboration review ongoing (NW ROCU, tri-force SOC). Reported to JAC 03/26.",
    "Open", None,
    2483, "closeable_local", "ID 2483 and text agree; HMICFRS Superseded, the force still has it "
    "Open: close it on the register.")
add(4822, "Core Business 2014", "Sep 2014", "Recommendation",
    "Not later than 31/03/2015 provide call-handlers with specific, sound & comprehensible "
    "criteria to assess threat, harm & risk",
    "Contact", "Supt Contact Centre",
    "THRIVE introduced in FCC. Superseded by PEEL Effectiveness 2016 rec.", "Closed",
    D(2017, 3, 31),
    4822, "in_sync", "ID 4822, Core Business and the 31 March 2015 deadline tell it from the "
    "near-identical 2016 rec (6985); HMICFRS Superseded, force Closed.")
add(4823, "Core Business 2014", "Sep 2014", "Recommendation",
    "By 31 March 2015 ensure crime prevention / disruption activity is systematically recorded "
    "& evaluated to determine effectiveness of tactics",
    "Local Policing", "ACC Local Policing",
    "Problem-solving database to be replaced by new RMS module (2027).", "Ongoing", None,
    4823, "closeable_local", "ID 4823 and text agree; HMICFRS Complete (2018), force still "
    "Ongoing: close locally.")
add(902, "Integrity Matters 2015", "Jan 2015", "Recommendation",
    "By 31 August 2015 satisfy ourselves that misconduct investigations resulting in 'no "
    "further action' are fair and free of any form of discrimination",
    "Professional Standards", "Head of Professional Standards",
    "PSD dip-sample of NFA outcomes completed; reported to Ethics Committee.", "Closed",
    D(2016, 1, 20),
    902, "in_sync", "ID 902 and text agree; both closed.")
add(None, "Stop & Search 2 (2015)", "Mar 2015", "Recommendation",
    "In consultation with PCC, comply with Code of Practice by explaining to the public how "
    "S&S powers are used & arranging for S&S records to be scrutinised by community reps, "
    "involving those who are stopped & searched e.g. young people",
    "Local Policing", "Supt Neighbourhoods",
    "S&S external scrutiny panel (incl. youth members) meets quarterly. Closed by COG.",
    "Closed", D(2017, 5, 4),
    3011, "in_sync", "No ID, but the 2015 report and 'in consultation with PCC' match 3011, not "
    "the 2013 item (2107, its own row); HMICFRS Complete, force Closed.")
add(3420, "Building the Picture 2015", "Jul 2015", "Recommendation",
    "By 30/11/2015 put in place arrangements to scrutinise audits of compliance with APP on "
    "information management through the force IM governance structure, incl. regular "
    "adjustment of record categorisation",
    "Information Management", "Head of Information Management",
    "IM Board scrutinises MoPI audit results quarterly. Evidence pack sent to HMICFRS FLL "
    "07/26.", "Proposed for closure", None,
    3420, "closeable_submit", "ID 3420 and text agree; HMICFRS Being progressed, force Proposed "
    "for closure: submit the evidence.")
FA = "Firearms Licensing 2015 (Targeting the Risk)"
add(3905, FA, "Sep 2015", "Recommendation",
    "Within 3 months assess governance of firearms licensing against APP standards; where not "
    "met, put correct arrangements in place immediately",
    "Corporate Services", "Supt Firearms Licensing",
    "Governance review completed Dec 2015.", "Completed", D(2016, 6, 1),
    3905, "in_sync", "ID 3905 and text agree; both closed.")
add(3906, FA, "Sep 2015", "Recommendation",
    "Within 3 months assess the demand placed on the firearms licensing dept & ensure it has "
    "the capacity to meet demand at all times",
    "Corporate Services", "Supt Firearms Licensing",
    "Backlog of renewals again rising - recruitment of 2 FEOs in progress.", "Open", None,
    3906, "closeable_local", "ID 3906 and text agree; HMICFRS closed it as Complete in 2019 "
    "but the force re-opened it: close locally (or raise a new local action).")
add(3907, FA, "Sep 2015", "Recommendation",
    "Immediately satisfy ourselves that all appropriate action is taken re 'total expired' "
    "licensing records",
    "Corporate Services", "Supt Firearms Licensing",
    "All total expired records reviewed.", "Completed", D(2016, 2, 1),
    3907, "in_sync", "ID 3907 and text agree; both closed.")
add(3908, FA, "Sep 2015", "Recommendation",
    "Within 3 months ensure arrangements for temporary permits are in accordance with HO "
    "guidance, recorded without delay on NFLMS, and that certificate holders cannot remain in "
    "unlawful possession of a firearm",
    "Corporate Services", "Supt Firearms Licensing",
    "Temporary permit process audited 2025 - compliant.", "Closed", D(2025, 11, 21),
    3908, "closeable_submit", "ID 3908 and text agree; HMICFRS Being progressed, force Closed: "
    "submit for closure.")
add(3909, FA, "Sep 2015", "Recommendation",
    "Within 3 months ensure systems identify, prior to police attendance, whether an incident "
    "involves a firearm certificate holder and are always applied by dispatchers; officers "
    "understand the risk assessment & powers to seize",
    "Contact", "Supt Contact Centre",
    "STORM flag for certificate holders live; dispatcher compliance audit planned.", "Open",
    None,
    3909, "in_sync", "ID 3909 and text agree; both open.")
add(None, "PEEL Legitimacy 2016", "Dec 2016", "AFI",
    "The force should make sure it provides accessible info for all staff & the public on how "
    "to raise concerns & access confidential support (incl. external agencies)",
    "Professional Standards", "Head of Professional Standards",
    "Integrity line and intranet pages refreshed 2018.", "Closed", D(2018, 3, 9),
    None, "not_on_hmicfrs_list", "No ID and no PEEL Legitimacy 2016 report on the HMICFRS list. "
    "Nearest is 14707 (PEEL 2023/24: a confidential way to raise concerns and awareness of "
    "whistleblowing), a different report eight years later and a different ask: query with "
    "HMICFRS.")
EFF16 = "PEEL Effectiveness 2016"
add(6980, EFF16, D(2017, 3, 2), "Cause of Concern",
    "Force's current approach to DA is unacceptable - proportion of victims who fail to "
    "support the investigation & low use of powers of arrest & prosecution",
    "Public Protection", "Ch Supt Public Protection",
    "See recs below. Closed at COG.", "Closed", D(2019, 4, 30),
    6980, "in_sync", "ID 6980, cause of concern on both sides; both closed.")
add(6981, EFF16, D(2017, 3, 2), "Recommendation",
    "Immediately consider ways of increasing the use of arrest, ancillary orders & other "
    "available powers (DA)",
    "Public Protection", "Ch Supt Public Protection",
    "Arrest rate for DA up from 31% to 47%.", "Closed", D(2019, 4, 30),
    6981, "in_sync", "ID 6981 and text agree; both closed.")
add(6982, EFF16, D(2017, 3, 2), "Recommendation",
    "Immediately take steps to understand & address why such a high proportion of DA victims "
    "do not support the police investigation",
    "Public Protection", "Ch Supt Public Protection",
    "Victim attrition research with university completed; evidence-led prosecution guidance "
    "issued. Ready to submit.", "Closed", D(2026, 6, 30),
    6982, "closeable_submit", "ID 6982 and text agree; HMICFRS Being progressed, force Closed.")
add(6983, EFF16, D(2017, 3, 2), "Recommendation",
    "Cease the practice of conducting DA risk assessments over the telephone and dealing with "
    "DA in the resolution centre",
    "Public Protection", "Ch Supt Public Protection",
    "Practice ceased Nov 2017.", "Closed", D(2017, 11, 30),
    6983, "in_sync", "ID 6983 and text agree; both closed.")
add(None, EFF16, D(2017, 3, 2), "AFI",
    "Improve the supervision of investigations so that investigation plans are set, reviewed & "
    "recorded and victims receive a consistently good service",
    "Crime", "Det Ch Supt Force CID",
    "Superseded by PEEL 2018/19 cause of concern on investigations.", "Closed - superseded",
    D(2019, 5, 2),
    6984, "in_sync", "No ID; the 2016 AFI wording (plans set, reviewed and recorded) matches "
    "6984, not the 2018/19 rec 10113; HMICFRS Superseded, force Closed - superseded.")
add(6985, EFF16, D(2017, 3, 2), "Recommendation",
    "Within 3 months provide call-handlers with specific, sound and comprehensible criteria "
    "against which they can assess threat, harm and risk",
    "Contact", "Supt Contact Centre",
    "THRIVE+ refresher for all FCC staff booked for Q3.", "Ongoing", None,
    6985, "closeable_local", "ID 6985, 2016 report and 'within three months' tell it from the "
    "Core Business item 4822; HMICFRS Complete (2020), force Ongoing: close locally.")
SF = "Stolen Freedom (MSHT) 2017"
add(8601, SF, D(2017, 10, 24), "Recommendation",
    "Within twelve months, forces should review their leadership and governance arrangements "
    "for MSHT, to ensure that:\n"
    "- senior leaders prioritise the response to MSHT;\n"
    "- every incident of modern slavery identified to police is allocated appropriate "
    "resources with the skills, experience and capacity to investigate it effectively;\n"
    "- forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and",
    "Crime", "Det Ch Supt Force CID",
    "MSHT governance board chaired by ACC Crime. Partnership anti-slavery network in place.",
    "Open", None,
    8601, "conflict", "ID 8601 and text agree but the force's copy stops at 'and' after the "
    "third bullet: the fourth bullet (performance and quality assurance measures for senior "
    "leaders) is missing. Both open.")
add(8602, SF, D(2017, 10, 24), "Recommendation",
    "Within twelve months, forces should have in place active ISAs with other agencies to "
    "facilitate speedy exchange of intelligence and in order to safeguard victims better and "
    "to identify suspects as early as possible",
    "Crime", "Head of Intelligence",
    "ISAs signed with 4 of 6 LAs; Border Force ISA outstanding.", "Open", None,
    8602, "conflict", "ID 8602 and text agree except the timescale: HMICFRS 'Within six months', "
    "force 'Within twelve months' (the line above's deadline). Both open.")
add(8603, SF, D(2017, 10, 24), "Recommendation",
    "Immediately ensure victims carrying out criminal acts under compulsion get early & "
    "continuing consideration of the s45 defence",
    "Crime", "Head of Criminal Justice",
    "CPS/force protocol agreed.", "Closed", D(2019, 6, 14),
    8603, "in_sync", "ID 8603 and text agree; both closed.")
add(8604, SF, D(2017, 10, 24), "Recommendation",
    "Immediately take steps to ensure full compliance with the NRM process & the duty to "
    "notify the HO of any adult suspected to be a victim of MSHT",
    "Crime", "Det Ch Supt Force CID",
    "Duty to notify compliance 78% - dip sampling continues.", "Open", None,
    8604, "in_sync", "ID 8604 and text agree; both open.")
add(8605, SF, D(2017, 10, 24), "Recommendation",
    "Immediately ensure full compliance with NCRS for MSHT offences & sufficient audit "
    "capacity for the FCR",
    "Crime", "Force Crime Registrar",
    "FCR audit of MSHT crimes completed; compliant.", "Closed", D(2019, 6, 14),
    8605, "in_sync", "ID 8605 and text agree; both closed.")
add(8606, SF, D(2017, 10, 24), "Recommendation",
    "Immediately ensure allegations of MSHT are thoroughly investigated & effectively "
    "supervised by teams with the skills & experience (incl. JITs, overseas evidence)",
    "Crime", "Det Ch Supt Force CID",
    "MSHT investigations now allocated to the Complex Investigation Team. Proposed for closure "
    "at COG 07/26.", "Proposed for closure", None,
    8606, "closeable_submit", "ID 8606 and text agree; HMICFRS Being progressed, force Proposed "
    "for closure.")
add(8607, SF, D(2017, 10, 24), "Recommendation",
    "Immediately review use of preventative powers under the Modern Slavery Act 2015 (STPOs / "
    "SROs)",
    "Crime", "Det Ch Supt Force CID",
    "Review complete; 6 STPOs obtained in 2025.", "Closed", D(2025, 12, 1),
    8607, "closeable_submit", "ID 8607; short text but the only Modern Slavery Act preventative "
    "powers item; HMICFRS Awaiting review, force Closed.")
LEG17 = "PEEL Legitimacy 2017 - national (S&S)"
add(8451, LEG17, D(2017, 12, 12), "Recommendation",
    "By July 2018 regularly & frequently monitor a comprehensive set of data on S&S to "
    "understand:\n"
    "• reasons for any disproportionate representation of different ethnic groups;\n"
    "• extent to which find rates differ between ethnicities & types of search (incl. drug "
    "possession / supply);\n"
    "• prevalence of possession-only drug searches & whether they align with local / force "
    "priorities",
    "Local Policing", "ACC Local Policing",
    "Quarterly disproportionality report to S&S scrutiny panel.", "Open", None,
    8541, "conflict", "Text (three monitoring bullets, By July 2018) is HMICFRS 8541, but column "
    "A reads 8451 - digits transposed; 8451 is not on the list. Reference disagrees; both "
    "open.")
add(8542, LEG17, D(2017, 12, 12), "Recommendation",
    "Where disparities are identified, demonstrate to the public that we have carried out "
    "research & analysis to understand the reasons & taken action to reduce the disparity",
    "Local Policing", "ACC Local Policing",
    "Disparity analysis published on website annually; action plan refreshed.", "Open", None,
    8542, "closeable_local", "ID 8542 and text agree; HMICFRS Complete, force still Open.")
add(8543, LEG17, D(2017, 12, 12), "Recommendation",
    "Publish this analysis & any actions taken at least annually from July 2018",
    "Local Policing", "ACC Local Policing",
    "Published annually since 2018.", "Closed", D(2019, 7, 31),
    8543, "in_sync", "ID 8543 and text agree; both closed.")
add(9120, "NCPI 2018", D(2018, 6, 14), "Recommendation",
    "Immediately review approach to reports of missing children:\n"
    "• call takers understand and use the missing & absent category appropriately\n"
    "• call takers & frontline staff can identify CSE risk factors\n"
    "• supervisors provide correct oversight of missing person enquiries",
    "Public Protection", "Ch Supt Public Protection",
    "Absent category withdrawn in line with APP 2023; supervisory oversight audit Q4.", "Open",
    None,
    9120, "in_sync", "ID 9120 and the three bullets agree; both open.")
add(9121, "NCPI 2018", D(2018, 6, 14), "Recommendation",
    "Within 6 months, with children's social care, review how the force manages detention of "
    "children: detained only when absolutely necessary & for minimum time; early assessment "
    "of need for alternative accomodation; detention certificates completed; actions & "
    "decisions recorded; timely appropriate adult support",
    "Criminal Justice", "Ch Insp Custody",
    "Concordat on children in custody signed with both LAs; PACE bed protocol live. Proposed "
    "for closure.", "Proposed for closure", None,
    9121, "closeable_submit", "ID 9121; all five asks are there in the force's words; HMICFRS "
    "Being progressed, force Proposed for closure.")
add(None, "NCPI 2018", D(2018, 6, 14), "JAC action",
    "JAC action: quarterly report to the Joint Audit Committee on missing children performance",
    "Public Protection", "Ch Supt Public Protection",
    "Standing item on JAC agenda.", "Open", None,
    None, "not_on_hmicfrs_list", "An action the Joint Audit Committee set, not an HMICFRS item; "
    "no ID and nothing on the list asks for it.")
P18 = "PEEL 2018/19"
add(10110, P18, D(2019, 5, 2), "Cause of Concern",
    "The force does not have the capacity or capability to investigate crime effectively",
    "Crime", "ACC Crime",
    "Investigation improvement plan - 14 of 22 actions complete.", "Open", None,
    10110, "in_sync", "ID 10110; cause of concern on both sides; both open.")
add(10111, P18, D(2019, 5, 2), "Recommendation",
    "Immediately conduct a review of officers' capabilities and capacity to manage their "
    "investigative workload",
    "Crime", "ACC Crime",
    "Workload review completed; PIP2 uplift delivered. Closed by COG 05/26.", "Closed",
    D(2026, 5, 14),
    10111, "closeable_submit", "ID 10111 and text agree; HMICFRS Being progressed, force Closed.")
add(10112, P18, D(2019, 5, 2), "Recommendation",
    "Immediately conduct a review, involving partners, of the approach to vulnerability",
    "Public Protection", "Ch Supt Public Protection",
    "Joint review with the safeguarding partnership under way.", "Open", None,
    10112, "in_sync", "ID 10112 and text agree; both open.")
add(10113, P18, D(2019, 5, 2), "Recommendation",
    "Within 6 months ensure regular & active supervision of the quality & progress of "
    "investigations, properly recorded",
    "Crime", "Det Ch Supt Force CID",
    "Supervisory review compliance 71% - below the 85% target.", "Open", None,
    10113, "closeable_local", "ID 10113 and text agree; HMICFRS Complete (2022), force still "
    "Open: close locally.")
add(10114, P18, D(2019, 5, 2), "Recommendation",
    "Within 6 months improve understanding of suspects RUI & management of those released on "
    "bail",
    "Crime", "Head of Criminal Justice",
    "RUI/bail dashboard live.", "Closed", D(2021, 6, 30),
    10114, "in_sync", "ID 10114 and text agree; both closed.")
add(10115, P18, D(2019, 5, 2), "AFI",
    "Develop understanding of the links between outcomes, outputs and costs",
    "Corporate Services", "Director of Finance",
    "Outcome-based budgeting pilot - see FMS 2026.", "Open", None,
    10115, "closeable_local", "ID 10115 and text agree; HMICFRS No further action required, "
    "force Open.")
add(10116, P18, D(2019, 5, 2), "AFI",
    "Improve use of crime-recording & management system to better manage case files & "
    "investigative processes",
    "Crime", "Head of Criminal Justice",
    "New RMS go-live delayed to 2027.", "In progress", None,
    10116, "in_sync", "ID 10116 and text agree; both open.")
CDI = "CDI 2019"
CDI_PARTS = [
    ("CDI rec 1(a) - at the point of report, victims are believed", "Closed",
     D(2020, 9, 1), "Victim Believed campaign delivered to all staff."),
    ("CDI rec 1(b) - call handler / caller conversations summarised accurately in the incident "
     "log", "Closed", D(2021, 2, 1), "FCC QA checks include log summary."),
    ("CDI rec 1(c) - multiple crimes always recorded when described within incident records or "
     "other crime investigations", "Open", None,
     "FCR audit Mar 26: 84% compliance on additional crimes."),
    ("CDI rec 1(d) - stop awaiting medical exam / video interview results before recording "
     "decisions", "Closed", D(2020, 9, 1), "Guidance issued."),
    ("CDI rec 1(e) - online reports of crime triaged at point of receipt for ongoing risk",
     "Closed", D(2022, 1, 17), "Single Online Home triage desk staffed 24/7."),
]
for k, (txt, st, cl, upd) in enumerate(CDI_PARTS):
    add(10580, CDI, D(2019, 9, 26), "Recommendation", txt, "Crime", "Force Crime Registrar",
        upd, st, cl,
        10580, "in_sync", f"Part {k + 1} of 5 of 10580 (ID and bullet text); the force split the "
        "five bullets over five rows. Part (c) is Open, so the item is open on the force side; "
        "HMICFRS Being progressed: in sync.")
add(10581, CDI, D(2019, 9, 26), "Recommendation",
    "Within 3 months revise approach to cautions, cannabis warnings & PNDs - auditable "
    "explanation to offender & victim's views recorded",
    "Criminal Justice", "Head of Criminal Justice",
    "Out of court disposals scrutiny panel in place.", "Closed", D(2021, 3, 31),
    10581, "in_sync", "ID 10581 and text agree; both closed.")
add(None, CDI, D(2019, 9, 26), "Internal audit",
    "Internal audit action: Internal audit of the crime recording governance arrangements "
    "(audit plan 2023/24)",
    "Crime", "Force Crime Registrar",
    "Reasonable assurance; 2 medium actions open.", "Open", None,
    None, "not_on_hmicfrs_list", "An internal audit action logged under CDI, not an HMICFRS "
    "item; no ID.")
add(11830, "Custody inspection 2020", D(2020, 8, 11), "AFI",
    "Ensure effective internal monitoring of use of force in custody to identify & understand "
    "disproportionate use, explain reasons & implement improvement action",
    "Criminal Justice", "Ch Insp Custody",
    "Custody use of force data reviewed at Custody Board.", "Closed", D(2022, 9, 30),
    11830, "in_sync", "ID 11830 and custody report; the near-identical national item 12204 has "
    "its own row; both closed.")
PP = "Police powers spotlight (Feb 21)"
add(12201, PP, D(2021, 2, 26), "Recommendation",
    "By July 2022 ensure officers & staff have effective communication skills, in line with the "
    "National Policing Guidelines on Conflict Management",
    "People", "Head of Learning & Development",
    "Communication skills module in OST from 2026.", "Open", None,
    12201, "in_sync", "ID 12201 and text agree; both open.")
add(12202, PP, D(2021, 2, 26), "Recommendation",
    "By July 2021 reinforce communication skills through CPD & supervisors debrief officers "
    "using BWV footage",
    "People", "Head of Learning & Development",
    "BWV debrief guide issued to sergeants.", "Closed", D(2022, 12, 9),
    12202, "in_sync", "ID 12202 and text agree; both closed.")
BWV_PARTS = [
    ("By Sept 2021 - officers record on BWV the entirety of all S&S encounters, incl. traffic "
     "stops & use of force", "Closed", D(2021, 10, 4), "BWV policy mandates full recording."),
    ("By Sept 2021 - structured process for internally reviewing a sample of BWV footage to "
     "identify learning & hold officers to account", "Closed", D(2022, 3, 7),
     "Monthly BWV dip sample by Sgts; learning via S&S board."),
    ("By Sept 2021 - external scrutiny panel members given access to samples of BWV footage of "
     "S&S & use of force (CoP APP safeguards)", "Closed", D(2023, 1, 16),
     "Panel reviews 20 clips per quarter."),
]
for k, (txt, st, cl, upd) in enumerate(BWV_PARTS):
    add(12203, PP, D(2021, 2, 26), "Recommendation", txt, "Local Policing",
        "ACC Local Policing", upd, st, cl,
        12203, "closeable_submit", f"Part {k + 1} of 3 of 12203 (ID and BWV wording); all "
        "three parts Closed, so the force has the item done; HMICFRS Being progressed: submit.")
add(12204, PP, D(2021, 2, 26), "Recommendation",
    "By July 2021 effective internal monitoring processes on use of force, to identify & "
    "understand disproportionate use & explain reasons",
    "Local Policing", "ACC Local Policing",
    "Use of force dashboard in development.", "Open", None,
    12204, "in_sync", "ID 12204, the July 2021 deadline and the spotlight report tell it from the "
    "custody AFI 11830; both open.")
add(None, PP, D(2021, 2, 26), "Recommendation",
    "HO & NPCC to ensure quality of data on use of force to effect a S&S is sufficient for "
    "publication",
    "Local Policing", "ACC Local Policing",
    "For Home Office / NPCC - not for force.", "Not applicable", None,
    None, "not_on_hmicfrs_list", "Addressed to the Home Office and the NPCC; HMICFRS does not "
    "hold it against the force and it is not on the list. The force marked it Not applicable.")

# The PEEL 2021/22 block as it stood before the slip: ordered by HMICFRS ID (as pasted from the
# 2023 portal list), each with the force's wording, lead and status.
P21 = "PEEL 2021/22"
P21_ROWS = [
    (13401, "The force should improve its understanding of the nature and scale of county lines "
     "drug dealing in its area.", "Crime", "Head of Intelligence",
     "County lines problem profile refreshed Jan 26.", "Open", None),
    (13402, "Make sure investigations of RASSO are allocated to officers with the right skills "
     "& are effectively supervised.", "Crime", "Det Ch Supt Force CID",
     "Op Soteria model adopted; RASSO team established.", "Closed", D(2025, 10, 2)),
    (13403, "The force should improve how it works with partner organisations to safeguard "
     "people at risk from child sexual exploitation.", "Public Protection",
     "Ch Supt Public Protection", "Joint CSE hub with LAs - business case at COG.", "Open",
     None),
    (13404, "Make sure officers & staff have the training they need to identify & respond to "
     "stalking & harassment.", "People", "Head of Learning & Development",
     "Stalking training delivered to 92% of frontline.", "Closed", D(2024, 12, 20)),
    (13405, "The force should improve the timeliness of its response to calls for service "
     "involving people with mental ill health.", "Contact", "Supt Contact Centre",
     "Right Care Right Person phase 2 from Oct 26.", "Open", None),
    (13406, "The force should make sure victims of fraud are kept informed about the progress "
     "of their case, in line with the VCOP.", "Crime", "ACC Crime",
     "Economic Crime Unit victim updates now automated. Proposed for closure.",
     "Proposed for closure", None),
    (13407, "Improve the way it manages the risk posed by offenders involved in online CSA.",
     "Public Protection", "Ch Supt Public Protection",
     "POLIT capacity uplift of 3 DCs agreed.", "Open", None),
    (13408, "The force should make sure it records reports of hate crime accurately and "
     "without delay.", "Crime", "Force Crime Registrar",
     "Hate crime audit Feb 26: 91%. Further audit due.", "Open", None),
    (13409, "Improve how it gathers, assesses & acts on intelligence about SOC.", "Crime",
     "Head of Intelligence", "New intelligence model embedded.", "Closed", D(2025, 6, 30)),
    (13410, "The force should make sure its performance framework gives senior leaders a clear "
     "picture of its response to VAWG.", "Local Policing", "ACC Local Policing",
     "VAWG measures being added to force performance pack.", "Open", None),
]
# The slip: B:J of these ten rows sorted by Lead (A to Z, Excel's sort is stable); column A
# (HMICFRS ID, in the frozen pane) was not in the selection and kept its order.
ids_in_a = [r[0] for r in P21_ROWS]
sorted_rows = sorted(P21_ROWS, key=lambda r: r[3].lower())
P21_EXPECT = {  # what each item would be with its own ID: the status comparison
    13401: "in_sync", 13402: "closeable_submit", 13403: "in_sync", 13404: "in_sync",
    13405: "in_sync", 13406: "closeable_submit", 13407: "in_sync", 13408: "closeable_local",
    13409: "closeable_submit", 13410: "in_sync",
}
P21_SHORT = {
    13401: "county lines", 13402: "RASSO investigations", 13403: "CSE partnership",
    13404: "stalking training", 13405: "mental ill health calls", 13406: "fraud victims updates",
    13407: "online CSA offenders", 13408: "hate crime recording", 13409: "SOC intelligence",
    13410: "VAWG performance framework",
}
for a_id, row in zip(ids_in_a, sorted_rows):
    true_id = row[0]
    h_stat = H_BY_ID[true_id][4]
    if a_id == true_id:
        cat = P21_EXPECT[true_id]
        why = (f"ID {a_id} happens to be right after the sort: text ({P21_SHORT[true_id]}) is "
               f"HMICFRS {true_id}; HMICFRS {h_stat}, force {row[5]}.")
    else:
        cat = "conflict"
        why = (f"Text ({P21_SHORT[true_id]}) is HMICFRS {true_id}; column A says {a_id}, the "
               f"{P21_SHORT[a_id]} AFI. The PEEL 2021/22 rows were sorted by Lead without "
               f"column A (IDs still ascend while leads are A-Z). Reference disagrees; statuses: "
               f"HMICFRS {h_stat}, force {row[5]}.")
    add(a_id, P21, D(2022, 5, 20), "AFI", row[1], row[2], row[3], row[4], row[5], row[6],
        true_id, cat, why)

P23 = "PEEL 2023-25"
add(14700, P23, D(2024, 5, 15), "CoC",
    "The size of the vetting backlog is a cause of concern.",
    "Professional Standards", "Head of Professional Standards",
    "Backlog down from 1,140 to 310.", "Open", None,
    14700, "in_sync", "ID 14700; cause of concern on both sides; report 'PEEL 2023-25' is the "
    "force's name for the 2023/24 PEEL; both open.")
add(14701, P23, D(2024, 5, 15), "Recommendation",
    "Within 6 months ensure all staff have at least the lowest level of vetting clearance for "
    "their roles, clearing the backlog & renewals, to comply fully with the national vetting "
    "guidelines",
    "Professional Standards", "Head of Professional Standards",
    "All staff now hold at least RV. Renewals on schedule. Proposed for closure at COG 09/26.",
    "Proposed for closure", None,
    14701, "closeable_submit", "ID 14701 and text agree; HMICFRS Being progressed, force "
    "Proposed for closure.")
add(None, P23, D(2024, 5, 15), "AFI",
    "Review approach to DA so victims receive a consistently good service",
    "Public Protection", "Ch Supt Public Protection",
    "DA delivery plan refreshed.", "Open", None,
    14702, "in_sync", "No ID (entered by a new team member), but the only DA service AFI in "
    "PEEL 2023/24 is 14702; both open.")
add(14703, P23, D(2024, 5, 15), "Recommendation",
    "Make sure the force consistently uses ancillary orders and other powers to protect "
    "victims of VAWG",
    "Public Protection", "Ch Supt Public Protection",
    "DAPO/DVPO usage monitored monthly.", "Open", None,
    14703, "conflict", "ID 14703 and text agree but the force records it as a Recommendation; "
    "HMICFRS lists an Area for improvement. Type disagrees; both open.")
add(14704, P23, D(2024, 5, 15), "AFI",
    "Develop a problem-solving approach to ASB, working with local communities & partners",
    "Local Policing", "ACC Local Policing",
    "OSARA training for neighbourhood teams.", "Open", None,
    14704, "in_sync", "ID 14704 and text agree; both open.")
add(14705, P23, D(2024, 5, 15), "AFI",
    "Enough specialist capacity & capability to investigate cyber crime",
    "Crime", "Det Ch Supt Force CID",
    "Cyber crime unit uplifted to 9 posts (funded). Closed by COG.", "Closed",
    D(2026, 7, 9),
    14705, "closeable_submit", "ID 14705 and text agree; HMICFRS Awaiting review, force Closed.")
add(14706, P23, D(2024, 5, 15), "AFI",
    "Ensure sufficient resources in the control room to fulfil its resourcing model and meet "
    "demand, taking into account workforce wellbeing",
    "Contact", "Supt Contact Centre",
    "FCC resourcing review - 12 call handlers recruited.", "Open", None,
    14706, "in_sync", "ID 14706 and text agree; both open.")
add(14708, P23, D(2024, 5, 15), "AFI",
    "Review how we gather & use equality & diversity data to improve understanding of "
    "workforce demographics",
    "People", "Director of People",
    "HR system self-declaration campaign.", "Open", None,
    14708, "in_sync", "ID 14708 and text agree; both open.")
add(None, P23, D(2024, 5, 15), "Local action",
    "Force action - Add vetting measures to the monthly Force Performance pack",
    "Professional Standards", "Head of Professional Standards",
    "Added from Aug 24 pack.", "Closed", D(2024, 8, 31),
    None, "not_on_hmicfrs_list", "The force's own action under the vetting cause of concern; "
    "not an HMICFRS item, no ID.")

F_FIRST = 5  # header on row 4
for i, r in enumerate(F):
    r["row"] = F_FIRST + i

# HMICFRS items the force never logged.
MISSING = {
    2481: "Austerity 'less than 10% through collaboration' item: no row in the register (the "
          "force logged two of the four austerity items). HMICFRS closed it (No further action "
          "required) but nobody holds it.",
    2482: "Austerity 'reduce front line ... decisive action' item: no row in the register.",
    8540: "The PEEL Legitimacy 2017 cause of concern: the force logged the four "
          "recommendations but not the cause of concern itself.",
    8650: "Digital services plan (PEEL Efficiency 2017 national): nothing in the register "
          "mentions a digital plan; HMICFRS Being progressed and nobody owns it.",
    14707: "PEEL 2023/24 whistleblowing AFI: not logged. The 2016 'accessible information' "
           "row is a different item (not on the list).",
}

# 8544 is in the register under the wrong report: insert the row after the S&S 2015 row.
misfiled = dict(
    a=None, b="Stop & Search 2 (2015)", c="Mar 2015", d="Recommendation",
    e="By July 2018 & ongoing, ensure all officers who use S&S powers have had & understand "
      "training on unconscious bias & CoP APP on S&S",
    f="People", g="Head of Learning & Development",
    hu="Unconscious bias e-learning mandatory; 96% completion.", i="Open", j=None,
    h=8544, cat="conflict",
    why="No ID; text is the 2017 national item 8544 (By July 2018, unconscious bias training) "
        "but filed under Stop & Search 2 (2015), dated Mar 2015. Report and date disagree; "
        "both open.")
pos = next(k for k, r in enumerate(F) if r["b"] == "Stop & Search 2 (2015)") + 1
F.insert(pos, misfiled)
for i, r in enumerate(F):
    r["row"] = F_FIRST + i


# --------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------
def new_book(path: Path, title: str) -> xlsxwriter.Workbook:
    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False,
                                         "strings_to_formulas": False,
                                         "strings_to_urls": False})
    wb.set_properties({"title": title, "author": "", "company": "", "created": FIXED_TIME})
    return wb


def write_hmicfrs(path: Path) -> None:
    wb = new_book(path, "HMICFRS definitive list")
    ws = wb.add_worksheet("Definitive list")
    head = wb.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1, "text_wrap": True,
                          "valign": "top"})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    top = wb.add_format({"valign": "top"})
    date = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
    cols = ["Recommendation ID", "Force", "Report title", "Publication date", "Type",
            "Recommendation", "Status", "Status date"]
    widths = [12, 22, 50, 12, 22, 90, 18, 12]
    for c, (h, w) in enumerate(zip(cols, widths)):
        ws.write(0, c, h, head)
        ws.set_column(c, c, w)
    for i, (rid, rep, typ, text, status, sdate) in enumerate(HMICFRS):
        r = i + 1
        title, pub = REPORTS[rep]
        ws.write_number(r, 0, rid, top)
        ws.write_string(r, 1, FORCE, top)
        ws.write_string(r, 2, title, wrap)
        ws.write_datetime(r, 3, dt.datetime.combine(pub, dt.time()), date)
        ws.write_string(r, 4, typ, top)
        ws.write_string(r, 5, text, wrap)
        ws.write_string(r, 6, status, top)
        ws.write_datetime(r, 7, dt.datetime.combine(sdate, dt.time()), date)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, len(HMICFRS), len(cols) - 1)
    wb.close()


def write_tracker(path: Path) -> None:
    wb = new_book(path, "HMICFRS Recommendations Register")
    ws = wb.add_worksheet("Register")
    lists = wb.add_worksheet("Lists")
    title = wb.add_format({"bold": True, "font_size": 14})
    sub = wb.add_format({"italic": True, "font_color": "#595959"})
    head = wb.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#1F3864",
                          "border": 1, "text_wrap": True, "valign": "top"})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    top = wb.add_format({"valign": "top", "border": 1})
    date = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    mon = wb.add_format({"num_format": "mmm-yy", "valign": "top", "border": 1})
    green = wb.add_format({"bg_color": "#C6EFCE", "font_color": "#006100"})
    amber = wb.add_format({"bg_color": "#FFEB9C", "font_color": "#9C5700"})
    grey = wb.add_format({"bg_color": "#D9D9D9", "font_color": "#404040"})

    ws.write_string(0, 0, "Cumbria Constabulary – HMICFRS Recommendations Register", title)
    ws.write_string(1, 0, "Strategic Risk & Assurance  |  MASTER copy – please do not save "
                          "local versions  |  Last reviewed 18/09/2026  |  OFFICIAL", sub)
    cols = ["HMICFRS ID", "Inspection / report", "Published", "Type", "Recommendation / AFI",
            "Portfolio", "Lead", "Latest update", "Status", "Date closed"]
    widths = [11, 26, 11, 15, 70, 18, 26, 50, 18, 12]
    hr = 3
    for c, (h, w) in enumerate(zip(cols, widths)):
        ws.write(hr, c, h, head)
        ws.set_column(c, c, w)
    for r in F:
        x = r["row"] - 1
        if r["a"] is None:
            ws.write_blank(x, 0, None, top)
        else:
            ws.write_number(x, 0, r["a"], top)
        ws.write_string(x, 1, r["b"], top)
        if isinstance(r["c"], dt.date):
            ws.write_datetime(x, 2, dt.datetime.combine(r["c"], dt.time()), mon)
        else:
            ws.write_string(x, 2, r["c"], top)
        ws.write_string(x, 3, r["d"], top)
        ws.write_string(x, 4, r["e"], wrap)
        ws.write_string(x, 5, r["f"], top)
        ws.write_string(x, 6, r["g"], top)
        ws.write_string(x, 7, r["hu"], wrap)
        ws.write_string(x, 8, r["i"], top)
        if r["j"] is None:
            ws.write_blank(x, 9, None, top)
        else:
            ws.write_datetime(x, 9, dt.datetime.combine(r["j"], dt.time()), date)
    last = F[-1]["row"] - 1
    ws.freeze_panes(hr + 1, 1)
    ws.autofilter(hr, 0, last, len(cols) - 1)
    rng = f"I{hr + 2}:I{last + 1}"
    ws.conditional_format(rng, {"type": "text", "criteria": "begins with", "value": "Closed",
                                "format": green})
    ws.conditional_format(rng, {"type": "text", "criteria": "begins with", "value": "Complete",
                                "format": green})
    ws.conditional_format(rng, {"type": "text", "criteria": "begins with", "value": "Proposed",
                                "format": green})
    ws.conditional_format(rng, {"type": "text", "criteria": "begins with", "value": "Not app",
                                "format": grey})
    ws.conditional_format(rng, {"type": "text", "criteria": "begins with", "value": "Open",
                                "format": amber})
    ws.conditional_format(rng, {"type": "text", "criteria": "begins with", "value": "Ongoing",
                                "format": amber})
    ws.conditional_format(rng, {"type": "text", "criteria": "begins with", "value": "In prog",
                                "format": amber})
    ws.data_validation(rng, {"validate": "list", "source": "=Lists!$A$2:$A$7",
                             "error_type": "warning"})

    lh = wb.add_format({"bold": True})
    lists.write_string(0, 0, "Status", lh)
    lists.write_string(0, 1, "Portfolio", lh)
    lists.write_string(0, 2, "Type", lh)
    for k, v in enumerate(["Open", "In progress", "Proposed for closure", "Closed",
                           "Closed - superseded", "Not applicable"]):
        lists.write_string(k + 1, 0, v)
    for k, v in enumerate(["Crime", "Criminal Justice", "Contact", "Local Policing",
                           "Public Protection", "Professional Standards", "People",
                           "Corporate Services", "Information Management"]):
        lists.write_string(k + 1, 1, v)
    for k, v in enumerate(["Recommendation", "AFI", "Cause of Concern", "Local action"]):
        lists.write_string(k + 1, 2, v)
    lists.set_column(0, 2, 22)
    wb.close()


def write_truth(path: Path) -> list[dict]:
    lines = []
    for r in F:
        lines.append(dict(
            hmicfrs_row=f"Definitive list!{H_ROW[r['h']]}" if r["h"] else "",
            force_row=f"Register!{r['row']}", category=r["cat"], why=r["why"]))
    for hid, why in MISSING.items():
        lines.append(dict(hmicfrs_row=f"Definitive list!{H_ROW[hid]}", force_row="",
                          category="missing_from_force", why=why))
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["hmicfrs_row", "force_row", "category", "why"],
                           lineterminator="\n")
        w.writeheader()
        w.writerows(lines)
    return lines


def frow(pred) -> list[int]:
    return [r["row"] for r in F if pred(r)]


def write_readme(path: Path, lines: list[dict]) -> None:
    counts: dict[str, int] = {}
    for ln in lines:
        counts[ln["category"]] = counts.get(ln["category"], 0) + 1
    order = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
             "not_on_hmicfrs_list", "review"]
    block = frow(lambda r: r["b"] == "PEEL 2021/22")
    block_conf = frow(lambda r: r["b"] == "PEEL 2021/22" and r["cat"] == "conflict")
    block_ok = frow(lambda r: r["b"] == "PEEL 2021/22" and r["cat"] != "conflict")
    cdi = frow(lambda r: r["a"] == 10580)
    bwv = frow(lambda r: r["a"] == 12203)
    local = frow(lambda r: r["cat"] == "not_on_hmicfrs_list")
    noid = frow(lambda r: r["a"] is None and r["h"] is not None)
    one = lambda pred: frow(pred)[0]  # noqa: E731
    r8451 = one(lambda r: r["a"] == 8451)
    r8601 = one(lambda r: r["a"] == 8601)
    r8602 = one(lambda r: r["a"] == 8602)
    r8544 = one(lambda r: r["h"] == 8544)
    r14703 = one(lambda r: r["a"] == 14703)
    rleg16 = one(lambda r: r["b"] == "PEEL Legitimacy 2016")
    r4822, r6985 = one(lambda r: r["a"] == 4822), one(lambda r: r["a"] == 6985)
    r2107, r3011 = one(lambda r: r["a"] == 2107), one(lambda r: r["h"] == 3011)
    r11830, r12204 = one(lambda r: r["a"] == 11830), one(lambda r: r["a"] == 12204)
    r6984 = one(lambda r: r["h"] == 6984)
    last = F[-1]["row"]
    hlast = len(HMICFRS) + 1
    perm = "\n".join(
        f"   | {r['row']} | {r['a']} | {r['h']} | {r['g']} | {r['i']} | {r['cat']} |"
        for r in F if r["b"] == "PEEL 2021/22")
    text = f"""# partial_sort_stale_id_column

## Story

Cumbria Constabulary's **Strategic Risk & Assurance** team keeps the force's HMICFRS
recommendations register in one Excel workbook (`tracker.xlsx`), started in 2016 by the old
Corporate Development team and inherited by the risk team in 2019. One row per HMICFRS item,
ordered by report in publication order, with a Portfolio, a Lead, a one-line latest update and
a Status picked from a drop-down (the drop-down arrived in 2019; older rows still say
"Completed" / "Ongoing"). Column A, **"HMICFRS ID"**, was inserted in 2019 when the first
definitive list arrived, and typed in by hand from that list and from later portal extracts;
rows for items the list never held (the force's own actions) and rows added by a newer member
of staff have no ID. Column A sits in the frozen pane.

What years of use did to it: in 2024, preparing a slice for a portfolio meeting, someone
selected B:J of the ten PEEL 2021/22 rows and sorted them by **Lead**, clicking "Continue with
the current selection" at Excel's sort warning. Column A was not in the selection, so the ten
IDs stayed in ascending order while the texts, leads, updates and statuses moved. Nobody
noticed: every row still has a plausible PEEL 2021/22 ID. Elsewhere the usual drift: one ID
typed with transposed digits, one national recommendation filed under the wrong report, a bullet
lost when pasting from the PDF, one timescale copied from the line above, two recommendations
split into one row per bullet / part, and local actions mixed in with HMICFRS items.

The HMICFRS side is an ordinary definitive-list export for the force (`hmicfrs.xlsx`).

## Files

- `hmicfrs.xlsx`, sheet **Definitive list**: header on row 1 (`Recommendation ID`, `Force`,
  `Report title`, `Publication date`, `Type`, `Recommendation`, `Status`, `Status date`);
  {len(HMICFRS)} item rows, 2-{hlast}, ordered by publication date then ID. IDs are plain
  integers (register style). Types: National recommendation, Recommendation, Area for
  improvement, Cause of concern. Statuses: Awaiting review, Being progressed (open);
  Complete, Superseded, No further action required (closed). Dates are real Excel dates.
  Texts are real HMICFRS wording from the project's text lists (curly quotes, `•` bullets
  with and without spaces, the stray footnote digits "20" in 2321 and "86" in 8602 kept).
- `tracker.xlsx`:
  - sheet **Register**: title row 1, subtitle row 2, blank row 3, header on **row 4**
    (`HMICFRS ID`, `Inspection / report`, `Published`, `Type`, `Recommendation / AFI`,
    `Portfolio`, `Lead`, `Latest update`, `Status`, `Date closed`); {len(F)} item rows,
    5-{last}; no rows after them. Frozen panes at B5, autofilter on A4:J{last}, conditional
    fills on Status, a list validation on Status pointing at the Lists sheet.
  - sheet **Lists**: the drop-down values (Status, Portfolio, Type). Not items.
- `truth.csv`: {len(lines)} lines, `hmicfrs_row,force_row,category,why`, UTF-8.

## What the layout brings (row numbers as Excel shows them)

1. **Stale ID column in a sorted block (Register rows {block[0]}-{block[-1]}).** Column A
   reads 13401 … 13410 in order; the texts beside them are in Lead order (ACC Crime, ACC Local
   Policing, Ch Supt Public Protection ×2, Det Ch Supt Force CID, Force Crime Registrar, Head of
   Intelligence ×2, Head of Learning & Development, Supt Contact Centre). Only row
   {', '.join(map(str, block_ok))} kept its own ID by chance. The giveaway a person sees:
   IDs ascend while leads are alphabetical, and each text reads as a different HMICFRS item
   than the ID in column A. Each row's text is unambiguous (county lines, RASSO, CSE, stalking,
   mental health calls, fraud victims, online CSA, hate crime, SOC, VAWG).

   | Register row | Column A | Text is HMICFRS | Lead | Force status | Category |
   |---|---|---|---|---|---|
{perm}

2. **Transposed digits**: row {r8451} has ID 8451 (not on the list); its text is 8541.
3. **Misfiled national item**: row {r8544} sits under "Stop & Search 2 (2015)", dated
   Mar 2015, with no ID; its text ("By July 2018 & ongoing … unconscious bias") is the 2017
   national item 8544.
4. **Missing bullet**: row {r8601} (8601, modern slavery leadership) stops after the third
   bullet's "; and" — the fourth bullet (performance and quality-assurance measures) is gone.
5. **Timescale**: row {r8602} (8602, information-sharing agreements) says "Within twelve
   months"; HMICFRS says "Within six months".
6. **Type**: row {r14703} (14703) is typed "Recommendation"; HMICFRS lists an Area for
   improvement.
7. **Split items**: 10580 (CDI victims, five bullets) is rows {cdi[0]}-{cdi[-1]}, one per
   bullet, part (c) still Open; 12203 (body-worn video, three parts) is rows
   {bwv[0]}-{bwv[-1]}, all Closed.
8. **Near-duplicate texts across reports**, told apart by report, ID and deadline: 4822 (Core
   Business, row {r4822}) vs 6985 (PEEL 2016, row {r6985}) — call-handler THR criteria; 2107
   (S&S 2013, row {r2107}) vs 3011 (S&S 2015, row {r3011}, no ID) — code-of-practice
   explanation to the public; 11830 (custody AFI, row {r11830}) vs 12204 (national, row
   {r12204}) — internal monitoring of use of force; 6984 (row {r6984}, no ID) vs 10113 —
   supervision of investigations.
9. **Rows without ID that are HMICFRS items**: rows {', '.join(map(str, noid))}; decided by
   report and text.
10. **Force vocabulary**: report names are the force's own ("PEEL 2023-25" for HMICFRS's
    "PEEL: Police effectiveness, efficiency and legitimacy 2023/24", "CDI 2019", "NCPI 2018",
    "Police powers spotlight (Feb 21)"); types "Recommendation" (the force's word for national
    recommendations too — not a conflict), "AFI", "Cause of Concern", "CoC", plus "Local
    action", "JAC action", "Internal audit"; statuses done = Completed, Closed, Closed -
    superseded, Proposed for closure, Not applicable; open = Open, Ongoing, In progress.
    Texts are abbreviated (S&S, DA, MSHT, ISAs, RASSO, VAWG, CSA, SOC, VCOP, HO, CoP, FCR,
    NFLMS, RUI, PNDs), shortened, first-person ("satisfy ourselves"), one misspelling
    ("accomodation", row {one(lambda r: r['a'] == 9121)}). "Published" is text ("Jul 2013", "Dec 2016")
    on rows entered before 2017 and a real date shown as mmm-yy after.

## Traps and how the truth decides them

- **Sorted block**: a person pairs by text, not by column A. Rows whose column-A ID belongs to
  another item are `conflict` (the reference disagrees and the register must be corrected),
  whatever the statuses say; `why` also records both statuses so the sign-off lead sees what
  the item would otherwise be. The one row whose ID is still its own is classified by status.
- **8451**: paired with 8541 by text; `conflict` (reference).
- **8544 misfiled**: paired by text; `conflict` (report and date).
- **8601**, **8602**, **14703**: `conflict` (missing bullet, timescale, type).
- **Split items**: one line per row, same `hmicfrs_row`; 10580 is open on the force side
  (part c Open) and open at HMICFRS → `in_sync` ×5; 12203 is done (all parts Closed) and open
  at HMICFRS → `closeable_submit` ×3.
- **Row {rleg16}** (PEEL Legitimacy 2016, raise concerns / confidential support, no ID): no
  such report or item on the list; 14707 (PEEL 2023/24, confidential way to raise concerns /
  whistleblowing) is a different ask from a different report, so the row is
  `not_on_hmicfrs_list` and 14707 is `missing_from_force`.
- **Local / non-HMICFRS rows** {', '.join(map(str, local))}: `not_on_hmicfrs_list` (the
  Home Office/NPCC data recommendation the force logged as "Not applicable" is among them: it
  is not on the force's definitive list).
- **Never logged**: 2481, 2482 (austerity), 8540 (the 2017 national cause of concern; its
  recommendations are logged), 8650 (digital plan), 14707 → `missing_from_force`.
- "Proposed for closure" counts as done on the force side (→ `closeable_submit` where
  HMICFRS is open). No `review` lines: every pair can be decided from the two rows.

## Counts

| category | lines |
|---|---|
""" + "\n".join(f"| {c} | {counts.get(c, 0)} |" for c in order) + f"""
| **total** | **{len(lines)}** |

{len(HMICFRS)} HMICFRS items; {len(F)} force item rows; {len(MISSING)} HMICFRS items have no force row.
Block conflicts: {len(block_conf)} of the {len(block)} PEEL 2021/22 rows.

## Rows that are not items

- `hmicfrs.xlsx` Definitive list row 1: header.
- `tracker.xlsx` Register row 1 (workbook title), row 2 (team / master-copy / last reviewed /
  OFFICIAL line), row 3 (blank), row 4 (header).
- `tracker.xlsx` Lists, all rows (1 header, 2-10 values): drop-down source lists, not items.

## Checks run

- Every Register row {F_FIRST}-{last} appears in truth.csv exactly once (no row holds two
  items); every Definitive list row 2-{hlast} appears at least once (asserted in the builder).
- Both workbooks read back with pandas (`header=0` / `header=3`) and openpyxl; row numbers
  in truth.csv checked against the cell values (ID, text) they point at.
- Two builds produce byte-identical files (sha256 compared).
- Not read or run: anything under /work/main/reconcile other than the text lists; the
  `reconcile` tool was not run on this case.
"""
    path.write_text(text, encoding="utf-8")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    write_hmicfrs(OUT / "hmicfrs.xlsx")
    write_tracker(OUT / "tracker.xlsx")
    lines = write_truth(OUT / "truth.csv")
    # sanity: every HMICFRS item appears at least once
    seen = {ln["hmicfrs_row"] for ln in lines if ln["hmicfrs_row"]}
    assert seen == {f"Definitive list!{H_ROW[h[0]]}" for h in HMICFRS}, "HMICFRS row not covered"
    assert len({ln["force_row"] for ln in lines if ln["force_row"]}) == len(F)
    write_readme(OUT / "README.md", lines)


if __name__ == "__main__":
    main()
