"""Build case `mailmerge_owner_chase_source` (round 82, case C).

Force side: the Word mail-merge data source the Organisational Learning team uses to send
monthly "please update" letters to recommendation leads. One row per addressee per item,
field names merge-safe, dates typed as text, sorted by surname, TEST record at the top,
April additions appended under a divider, Send flag as the merge filter.

HMICFRS side: an ordinary definitive-list export (xlsx, one sheet, header row 1).

Run:  /work/main/.venv/bin/python /tmp/indep82/build_mailmerge_owner_chase_source.py
Rebuilds every file byte for byte (no clock, fixed document properties).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os

import xlsxwriter

CASE = "mailmerge_owner_chase_source"
OUT = os.path.join("/tmp/indep82", CASE)
FORCE = "Wessex Police"
FIXED = dt.datetime(2025, 4, 7, 9, 30, 0)

# ---------------------------------------------------------------------------------------------
# HMICFRS items: key -> (ref, report key, type, text, status, status date)
# Texts are real HMICFRS wording (OGL), copied literally; force-level bodies recombined with
# real stems, the force's name put in where the original named another force.
# ---------------------------------------------------------------------------------------------
REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")

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
    "eff16": (f"PEEL: Police effectiveness 2016 – {FORCE}", dt.date(2017, 3, 2)),
    "cdi17": (f"Crime data integrity inspection 2017 – {FORCE}", dt.date(2017, 9, 7)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking",
               dt.date(2017, 10, 24)),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9)),
    "efcw17": (f"PEEL: Police efficiency 2017 – {FORCE}", dt.date(2017, 11, 9)),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12)),
    "ncpi18": (f"National child protection inspection 2018 – {FORCE}", dt.date(2018, 6, 19)),
    "peel19": (f"PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – {FORCE}",
               dt.date(2019, 5, 2)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", dt.date(2021, 2, 26)),
    "peel22": (f"PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – {FORCE}",
               dt.date(2022, 5, 5)),
    "peel25": (f"PEEL: Police effectiveness, efficiency and legitimacy 2023–25 – {FORCE}",
               dt.date(2024, 10, 17)),
}

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
MISSING_CHILDREN = (
    "To address this cause of concern the force should immediately review its approach to "
    "reports of missing children and take steps to ensure that:\n• call takers understand and "
    "use the missing and absent category appropriately; • call takers and frontline staff have "
    "the necessary knowledge to identify risk factors associated with child sexual "
    "exploitation and how to respond to such cases; and • supervisors provide the correct "
    "oversight of missing person enquiries and direct appropriate and timely investigative and "
    "safeguarding action"
)
DETENTION = (
    f"Within six months {FORCE} should, in conjunction with children’s social care services, "
    "review how it manages the detention of children. As a minimum it should:• ensure that all "
    "children are only detained when absolutely necessary and for the absolute minimum amount "
    "of time;• ensure that officers and staff in the custody suite assess at an early stage a "
    "child’s need for alternative accommodation (secure or otherwise) and work with children’s "
    "social care services to achieve the most appropriate option for the child;• ensure that "
    "custody staff comply with their statutory duties to complete detention certificates if a "
    "child is detained for any reason in police custody following charge;• ensure that custody "
    "staff make a record of all actions taken and decisions made on the relevant "
    "documentation; and• improve the timeliness of adequate appropriate adult support for "
    "children who are arrested."
)

D = dt.date
H = {
    # --- national reports -------------------------------------------------------------------
    "H01": (1104, "sas13", NAT,
            "Chief Constables and the College of Policing should establish in the Stop and "
            "Search Authorised Professional Practice document a clear specification of what "
            "constitutes the effective and fair exercise of stop and search powers, and "
            "guidance in this respect. This should be compliant with the Code of Practice.",
            "No further action required", D(2016, 6, 14)),
    "H02": (1105, "sas13", NAT,
            "Chief Constables should establish or improve monitoring of the way officers stop "
            "and search people, so that they can be satisfied their officers are acting in "
            "accordance with the law (including equality legislation and the Code of "
            "Practice), and that the power is used effectively to prevent crime, catch "
            "criminals and maintain public trust.",
            "Complete", D(2023, 11, 2)),
    "H03": (1106, "sas13", NAT,
            "Chief Constables should, in consultation with elected local policing bodies, "
            "ensure that they comply with the code of practice by explaining to the public "
            "the way stop and search powers are used in their areas and by making "
            "arrangements for stop and search records to be scrutinised by community "
            "representatives. This should be done in a way that involves those people who "
            "are stopped and searched, for example, young people.",
            "Being progressed", D(2022, 9, 30)),
    "H04": (2321, "everyone", NAT, EVERYONE_PLAN, "Superseded", D(2018, 4, 27)),
    "H05": (3012, "austerity", NAT,
            "All Chief Constables and PCCs should review their plans to deliver savings to "
            "ensure they are doing all they can to continue to reduce crime and protect the "
            "front line while balancing their budgets. They should use the data and "
            "information contained in this report, and in HMIC's Value for Money profiles, "
            "when conducting their reviews",
            "No further action required", D(2017, 10, 20)),
    "H06": (3013, "austerity", NAT,
            "Chief Constables and PCCs in forces planning to deliver less than 10% of their "
            "savings through collaboration should assess whether there is scope to improve "
            "on this position. HMIC will follow up the assessments in the autumn.",
            "No further action required", D(2017, 10, 20)),
    "H07": (3014, "austerity", NAT,
            "Chief Constables and PCCs in forces that are planning to reduce the proportion "
            "of their workforce and/or police officers on the front line should assess "
            "whether they have taken the decisive action seen in many forces in order to "
            "maintain their crime fighting capacity. HMIC will follow up the assessments in "
            "the autumn.",
            "No further action required", D(2017, 10, 20)),
    "H08": (3015, "austerity", NAT,
            "In preparation for the next spending round period all Chief Constables and PCCs "
            "should review their plans for collaboration. In particular they should consider "
            "whether there is scope to deliver better value for money and improved "
            "capability and capacity through joint working with other forces, the public "
            "and/or the private sector.",
            "No further action required", D(2017, 10, 20)),
    "H09": (4822, "core", NAT,
            "Not later than 31 March 2015 those forces using a threat, harm and risk policy, "
            "that have not yet done so, should provide call-handlers with specific, sound and "
            "comprehensible criteria against which they can assess threat, harm and risk.",
            "Being progressed", D(2019, 2, 11)),
    "H10": (4823, "core", NAT,
            "By 31 March 2015 all forces should ensure that crime prevention or disruption "
            "activity carried out is systematically recorded and subsequently evaluated to "
            "determine the effectiveness of tactics being employed.",
            "Complete", D(2019, 2, 11)),
    "H11": (902, "integrity", NAT,
            "By 31 August 2015, all chief constables should satisfy themselves that they have "
            "processes in place to ensure that investigations into misconduct by officers "
            "and staff resulting in “no further action” are fair and free of any form of "
            "discrimination.",
            "Awaiting review", D(2024, 12, 9)),
    "H12": (5530, "sas15", NAT,
            "Chief constables should, in consultation with police and crime commissioners, "
            "ensure that they comply with the Code of Practice by explaining to the public "
            "the way stop and search powers are used in their areas and by making "
            "arrangements for stop and search records to be scrutinised by community "
            "representatives. This should be done in a way that involves those people who "
            "are stopped and searched, for example young people.",
            "Being progressed", D(2022, 9, 30)),
    "H13": (5877, "picture", NAT,
            "By 30 November 2015, chief constables should put in place arrangements to "
            "scrutinise audits of compliance with the APP on information management through "
            "the force information management governance structure. This should include "
            "measures to ensure that categorisation of records are regularly adjusted.",
            "Being progressed", D(2021, 3, 17)),
    "H14": (6120, "firearms", NAT,
            "Within three months, all chief constables should assess how well the governance "
            "of firearms licensing in his or her force meets the standards set out in "
            "Authorised Professional Practice. Chief constables of forces where the "
            "governance standards are not being complied with should put in place "
            "immediately the correct arrangements and procedures in order to meet the "
            "standards in full.",
            "Complete", D(2018, 1, 22)),
    "H15": (6121, "firearms", NAT,
            "Within three months, all chief constables should assess the demand placed on their "
            "firearms licensing department and ensure it has the capacity to meet this demand and "
            "provide an efficient and effective service at all times.",
            "Being progressed", D(2023, 6, 8)),
    "H16": (6122, "firearms", NAT,
            "Immediately, all chief constables should satisfy themselves that all appropriate "
            "action is being taken by their force with regard to ‘total expired’ licensing "
            "records.",
            "Complete", D(2024, 7, 1)),
    "H17": (6123, "firearms", NAT,
            "Within three months, all chief constables should ensure that their arrangements "
            "in respect of the use of temporary permits are in accordance with the Home "
            "Office guidance; that temporary permits are properly recorded without delay on "
            "the National Firearms Licensing Management System; and that effective systems "
            "exist to ensure certificate holders are not permitted, at any time, to remain "
            "in unlawful possession of a firearm.",
            "Being progressed", D(2023, 6, 8)),
    "H18": (6124, "firearms", NAT,
            "Within three months, all chief constables should ensure that systems designed "
            "to identify, prior to police attendance, whether a reported incident involves "
            "or is at the address of a firearm certificate holder are in place and are "
            "always applied by staff dispatching officers to incidents; and that officers "
            "understand the risk assessment which they should be undertaking in such "
            "circumstances, and their power, when appropriate, to seize firearms and firearm "
            "certificates.",
            "Being progressed", D(2023, 6, 8)),
    "H19": (8206, "stolen", NAT, SF_LEADERSHIP, "Being progressed", D(2024, 3, 4)),
    "H20": (8207, "stolen", NAT,
            "Within six months, forces should have in place active information-sharing "
            "agreements with other agencies to facilitate speedy exchange of intelligence 86 "
            "and in order to safeguard victims better and to identify suspects as early as "
            "possible",
            "Awaiting review", D(2024, 3, 4)),
    "H21": (8208, "stolen", NAT,
            "Immediately, forces should ensure that all victims carrying out criminal acts "
            "under compulsion attributable to slavery or exploitation are afforded the "
            "protection of early and continuing consideration of the applicability of the "
            "section 45 defence.",
            "Being progressed", D(2024, 3, 4)),
    "H22": (8209, "stolen", NAT,
            "Immediately, forces should take steps to ensure they are fully compliant with "
            "the NRM process as it evolves and are implementing the requirement placed upon "
            "them under the Modern Slavery Act 2015 to notify the Home Office of any "
            "individual suspected to be an adult victim of modern slavery or human "
            "trafficking.",
            "Complete", D(2020, 1, 15)),
    "H23": (8210, "stolen", NAT,
            "Immediately, forces should take steps to ensure they fully comply with national "
            "crime recording standard (NCRS) requirements for offences identified as modern "
            "slavery and human trafficking and that sufficient audit capacity is available "
            "to the force crime registrar to provide reassurance that each force is "
            "identifying and managing any gaps in its crime-recording accuracy for these "
            "types of offences.",
            "Being progressed", D(2024, 3, 4)),
    "H24": (8211, "stolen", NAT,
            "Immediately, forces should ensure that allegations or indications of modern "
            "slavery and human trafficking are thoroughly investigated and effectively "
            "supervised by teams and individuals with the skills and experience to undertake "
            "them (this should include the use where appropriate of joint intelligence teams "
            "and other means to obtain intelligence and evidence from agencies overseas).",
            "Being progressed", D(2024, 3, 4)),
    "H25": (8212, "stolen", NAT,
            "Immediately, forces should review their use of preventative powers under the "
            "Modern Slavery Act 2015 to ensure that opportunities to restrict the activities "
            "of those deemed to pose a clear threat to others in respect of modern slavery "
            "and human trafficking offences are exploited.",
            "Awaiting review", D(2024, 3, 4)),
    "H26": (8377, "efc17", NAT,
            "By September 2018, chief constables should produce an ambitious plan to improve "
            "digitally-enabled services within their force. The Home Office, National Police "
            "Chiefs' Council and Association of Police and Crime Commissioners should "
            "support the development of these plans by establishing a national framework "
            "which allows for the provision of digitally enabled services across force "
            "boundaries.",
            "Superseded", D(2022, 5, 5)),
    "H27": (8541, "leg17", COC,
            "HMICFRS is concerned that forces are not able to demonstrate that the use of "
            "stop and search powers is consistently reasonable and fair. In particular, "
            "there is over-representation of BAME people, and black people in particular, "
            "in stop and search data which many forces are unable to explain.",
            "Being progressed", D(2022, 9, 30)),
    "H28": (8542, "leg17", NAT, SAS_MONITORING_2017, "Being progressed", D(2022, 9, 30)),
    "H29": (8543, "leg17", NAT,
            "Where forces identify disparities through monitoring, they should demonstrate "
            "to the public that they have:\n"
            "•carried out research and analysis in an attempt to understand the reasons for "
            "the disparity, and •taken action to reduce the disparity, where necessary;",
            "Being progressed", D(2022, 9, 30)),
    "H30": (8544, "leg17", NAT,
            "We expect forces to publish this analysis and any actions taken at least on an "
            "annual basis, from July 2018.",
            "Complete", D(2020, 8, 3)),
    "H31": (8545, "leg17", NAT,
            "By July 2018, and ongoing following that date, forces should ensure that all "
            "officers who use stop and search powers have been provided with, and "
            "understand, training on unconscious bias and College of Policing APP on stop "
            "and search.",
            "Being progressed", D(2022, 9, 30)),
    "H32": (11802, "powers", NAT,
            "By July 2022, forces should ensure that officers and staff have effective "
            "communication skills, in line with the National Policing Guidelines on Conflict "
            "Management. This should be in addition to existing training on conflict "
            "management and de-escalation.",
            "Awaiting review", D(2021, 2, 26)),
    "H33": (11803, "powers", NAT,
            "By July 2021, forces should ensure that communication skills are reinforced as "
            "part of the programme of continuing professional development for officers and "
            "staff, and that supervisors are supported to routinely and frequently debrief "
            "officers on these skills using body-worn video footage.",
            "Being progressed", D(2023, 1, 16)),
    "H34": (11804, "powers", NAT, BWV_2021, "Being progressed", D(2023, 1, 16)),
    "H35": (11805, "powers", NAT,
            "The Home Office and the NPCC should take steps to ensure that the quality of the "
            "data collected on the number of incidents where force has been used to effect a "
            "stop and search is sufficient for publication. The Home Office should publish "
            "this data as soon as possible.",
            "No further action required", D(2021, 6, 1)),
    "H36": (11806, "powers", NAT,
            "By July 2021, forces should ensure they have effective internal monitoring "
            "processes on the use of force, to help them to identify and understand "
            "disproportionate use, explain the reasons and implement any necessary "
            "improvement action.",
            "Being progressed", D(2023, 1, 16)),
    # --- force-level reports ----------------------------------------------------------------
    "H37": (7431, "eff16", COC, DA_COC, "Being progressed", D(2019, 7, 22)),
    "H38": (7432, "eff16", REC,
            "To address this cause of concern, HMIC recommends the force should immediately "
            "take steps to ensure that there is effective supervision of the initial risk "
            "assessment process, specifically in relation to the completion of DASH risk "
            "assessment in appropriate cases.",
            "Being progressed", D(2019, 7, 22)),
    "H39": (7433, "eff16", AFI,
            "The force should improve its understanding of the nature and scale of stalking "
            "and harassment in its area.",
            "Complete", D(2019, 7, 22)),
    "H40": (7434, "eff16", AFI,
            "The force should make sure victims of domestic abuse are kept informed about the "
            "progress of their case, in line with the Code of Practice for Victims of Crime.",
            "Awaiting review", D(2017, 3, 2)),
    "H41": (8012, "cdi17", REC, CDI_VICTIMS, "Being progressed", D(2020, 10, 12)),
    "H42": (8013, "cdi17", REC,
            "Within three months, the force should provide call-handlers with specific, sound "
            "and comprehensible criteria against which they can assess threat, harm and risk.",
            "Complete", D(2018, 9, 3)),
    "H43": (8014, "cdi17", REC,
            "Immediately, the force should make sure it records reports of rape and serious "
            "sexual offences accurately and without delay.",
            "Awaiting review", D(2017, 9, 7)),
    "H44": (8015, "cdi17", AFI,
            "The force should make sure officers and staff have the training they need to "
            "identify and respond to modern slavery and human trafficking.",
            "Being progressed", D(2020, 10, 12)),
    "H45": (8016, "cdi17", AFI,
            "The force should improve its use of its crime-recording and management system to "
            "better manage its case files and investigative processes.",
            "Complete", D(2024, 11, 18)),
    "H46": (8390, "efcw17", AFI,
            "The force should ensure that it has sufficient resources available in the control "
            "room to fulfil its resourcing model, and so to meet its demand, while also taking "
            "into account the wellbeing of its workforce.",
            "Being progressed", D(2023, 2, 6)),
    "H47": (8391, "efcw17", AFI,
            "The force should develop a future workforce plan that is aligned with its overall "
            "demand and budget. The plan should include future resource allocations, the mix "
            "of skills required by the workforce and behaviours expected of them.",
            "Superseded", D(2019, 5, 2)),
    "H48": (9025, "ncpi18", REC, MISSING_CHILDREN, "Being progressed", D(2021, 4, 26)),
    "H49": (9026, "ncpi18", REC, DETENTION, "Awaiting review", D(2018, 6, 19)),
    "H50": (9027, "ncpi18", REC,
            "Within six months the force should improve how it works with partner "
            "organisations to safeguard people at risk from child sexual exploitation.",
            "Complete", D(2021, 4, 26)),
    "H51": (9940, "peel19", REC,
            "HMIC recommends that the force should immediately: conduct a review of officers’ "
            "capabilities and capacity to manage their investigative workload, to better "
            "understand investigative demand and the pressures placed upon them; and",
            "Complete", D(2024, 9, 23)),
    "H52": (9941, "peel19", REC,
            "HMIC recommends that within six months the force should: ensure regular and active "
            "supervision of the quality and progress of investigations. This supervision should "
            "be properly recorded;",
            "Being progressed", D(2022, 5, 5)),
    "H53": (9942, "peel19", REC,
            "HMIC recommends that within six months the force should: improve its ability to "
            "retrieve digital evidence from mobile phones, computers and other electronic "
            "devices quickly enough to ensure investigations are not delayed;",
            "Being progressed", D(2022, 5, 5)),
    "H54": (9943, "peel19", AFI,
            "The force should undertake further work to gain a fuller understanding of current "
            "demand for its services, and likely future changes in demand. This is so it can "
            "make best use of its resources by matching them to demand to meet the needs of "
            "the public",
            "Being progressed", D(2022, 5, 5)),
    "H55": (9944, "peel19", AFI,
            "The force should develop its understanding of the links between its outcomes, "
            "outputs and costs",
            "Complete", D(2022, 5, 5)),
    "H56": (12710, "peel22", AFI,
            "The force should improve its understanding of suspects released under "
            "investigation and the management of those released on bail.",
            "Being progressed", D(2023, 10, 9)),
    "H57": (12711, "peel22", AFI,
            "The force should make sure investigations of violence against women and girls are "
            "allocated to officers with the right skills and are effectively supervised.",
            "Being progressed", D(2023, 10, 9)),
    "H58": (12712, "peel22", AFI,
            "The force should make sure victims of stalking and harassment are kept informed "
            "about the progress of their case, in line with the Code of Practice for Victims of "
            "Crime.",
            "Awaiting review", D(2022, 5, 5)),
    "H59": (12713, "peel22", AFI,
            "The force should improve the timeliness of its response to calls for service "
            "involving vulnerable adults.",
            "Being progressed", D(2023, 10, 9)),
    "H60": (12714, "peel22", AFI,
            "The force should make sure it provides a confidential way for staff to raise "
            "concerns and that staff are aware of whistleblowing processes.",
            "Being progressed", D(2023, 10, 9)),
    "H61": (12715, "peel22", AFI,
            "The force should review how it gathers and uses equality and diversity data to "
            "improve its understanding of its workforce demographics.",
            "Complete", D(2024, 12, 2)),
    "H62": (12716, "peel22", AFI,
            "The force should improve how it gathers, assesses and acts on intelligence about "
            "county lines drug dealing.",
            "Being progressed", D(2023, 10, 9)),
    "H63": (12717, "peel22", REC,
            "Within six months the force should ensure all staff have received at least the "
            "lowest level of vetting clearance for their roles as quickly as possible, working "
            "to clear both the vetting backlog and new vetting renewals when they become due so "
            "that it complies fully with the national vetting guidelines.",
            "Being progressed", D(2023, 10, 9)),
    "H64": (12718, "peel22", AFI,
            "The force should make sure its performance framework gives senior leaders a clear "
            "picture of its response to domestic abuse.",
            "Awaiting review", D(2022, 5, 5)),
    "H65": (12719, "peel22", AFI,
            "The force should develop a problem-solving approach to anti-social behaviour, "
            "working with local communities and partners.",
            "Complete", D(2024, 6, 17)),
    "H66": (14402, "peel25", AFI,
            "The force should make sure it has enough specialist capacity and capability to "
            "investigate online child sexual abuse.",
            "Awaiting review", D(2024, 10, 17)),
    "H67": (14403, "peel25", AFI,
            "The force should make sure it records reports of hate crime accurately and "
            "without delay.",
            "Awaiting review", D(2024, 10, 17)),
    "H68": (14404, "peel25", AFI,
            "The force should improve the way it manages the risk posed by offenders involved "
            "in sexual offences against children.",
            "Awaiting review", D(2024, 10, 17)),
    "H69": (14405, "peel25", REC,
            "Within three months, the force should make sure it has access to accurate data "
            "and analysis to support effective performance management.",
            "Awaiting review", D(2024, 10, 17)),
    "H70": (14406, "peel25", AFI,
            "The force should make sure officers and staff have the training they need to "
            "identify and respond to people with mental ill health.",
            "Awaiting review", D(2024, 10, 17)),
}
HMICFRS_CLOSED = {"Complete", "Superseded", "No further action required"}

# ---------------------------------------------------------------------------------------------
# Leads (the Leads sheet, and the addressee fields of every merge row)
# ---------------------------------------------------------------------------------------------
LEADS = {
    "Ashworth": ("ACC", "Helen", "Ashworth", "ACC Local Policing"),
    "Bannerman": ("Det Ch Supt", "Paul", "Bannerman", "Head of Crime (Force CID)"),
    "Carrick": ("Ch Supt", "Ruth", "Carrick", "Head of Public Protection"),
    "Chauhan": ("Mr", "Dev", "Chauhan", "Force Crime Registrar"),
    "Doyle": ("Supt", "Karen", "Doyle", "Head of Criminal Justice & Custody"),
    "Ellery": ("Ms", "Joanne", "Ellery", "Head of Learning & Development"),
    "Fairweather": ("Supt", "Tom", "Fairweather", "Force lead – Stop & Search / Use of Force"),
    "Greaves": ("Mrs", "Linda", "Greaves", "Head of Information Management"),
    "Hollis": ("Ch Insp", "Mark", "Hollis", "Firearms Licensing Manager"),
    "Jaswal": ("DCI", "Sunita", "Jaswal", "MSHT lead (Serious & Organised Crime)"),
    "Lloyd-Evans": ("Supt", "Gareth", "Lloyd-Evans", "Head of Contact Management"),
    "Marsden": ("Mr", "Neil", "Marsden", "Director of Finance & Resources"),
    "Okafor": ("Supt", "Amara", "Okafor", "Head of Contact Management"),
    "Pemberton": ("Ms", "Claire", "Pemberton", "Director of People"),
    "Quayle": ("Det Supt", "Ian", "Quayle", "Head of Professional Standards"),
    "Rudd": ("Mr", "Simon", "Rudd", "Head of Corporate Development"),
    "Varma": ("Mr", "Rohan", "Varma", "Head of Digital Services"),
}
CIVILIAN = {"Mr", "Mrs", "Ms"}


def email(lead: str) -> str:
    r, f, s, _ = LEADS[lead]
    return f"{f.lower()}.{s.lower()}@wessex.police.uk"


def salutation(lead: str) -> str:
    r, f, s, _ = LEADS[lead]
    return f"Dear {f}" if r in CIVILIAN else f"Dear {r} {s}"


# ---------------------------------------------------------------------------------------------
# Force rows (item rows of MergeData). Fields:
# h, lead, our_ref, ref, report, pub, typ, text, part, target, status, rag, upd, upd_date,
# chase, send, notes, cat, why
# ref: int -> numeric cell; str -> text cell; None -> empty
# ---------------------------------------------------------------------------------------------
ROWS: list[dict] = []


def cut(text: str, n: int = 250) -> str:
    """The merge limit: texts over 255 characters are cut at 250 with an ellipsis."""
    return text[:n].rstrip() + "…"


def row(h, lead, our_ref, ref, report, pub, typ, text, status, rag="", part="", target="",
        upd="", upd_date="", chase=0, send=None, notes="", cat="", why=""):
    if send is None:
        send = "Y" if status.strip().lower() == "open" else "N"
    ROWS.append(dict(h=h, lead=lead, our_ref=our_ref, ref=ref, report=report, pub=pub,
                     typ=typ, text=text, part=part, target=target, status=status, rag=rag,
                     upd=upd, upd_date=upd_date, chase=chase, send=send, notes=notes,
                     cat=cat, why=why))


# Stop and search (2013, 2015, 2017, 2021) -- Supt Fairweather
row("H01", "Fairweather", "LEG-01", None, "Stop & Search powers (HMIC 2013)", "Jul 2013",
    "Nat rec",
    "CCs & CoP to set out in the S&S APP a clear specification of what constitutes effective "
    "& fair use of S&S powers, with guidance. Compliant with Code of Practice.",
    "Closed", upd="National action – APP published by CoP. Closed by HMICFRS (NFA).",
    upd_date="14 June 2016", cat="in_sync",
    why="Same report (S&S 2013) and same ask (APP specification of fair use); HMICFRS No further "
        "action required, force Status Closed: closed on both sides.")
row("H02", "Fairweather", "LEG-02", None, "Stop & Search powers (HMIC 2013)", "Jul 2013",
    "Nat rec",
    "CCs should establish or improve monitoring of the way officers S&S people so they can be "
    "satisfied officers act in accordance with the law (incl. equality legislation & Code of "
    "Practice) and the power is used effectively.",
    "Open", rag="Amber", upd="S&S scrutiny dashboard being rebuilt in Power BI; go-live slipped "
    "to Q1 25/26.", upd_date="10 February 2025", chase=1, cat="closeable_local",
    why="Text and report match HMICFRS 1105 (S&S 2013, monitoring of stop and search). HMICFRS "
        "shows Complete (Nov 2023); the force row is still Open/Amber, so the force can close "
        "its own entry.")
row(("H03", "H12"), "Fairweather", "LEG-03", "1106 / 5530",
    "Stop & Search powers (HMIC 2013) / S&S powers 2 (2015)", "Jul 2013 / Mar 2015", "Nat rec",
    "CCs, with PCCs, to comply with the Code of Practice by explaining to the public how S&S "
    "powers are used & having S&S records scrutinised by community reps, involving those "
    "stopped (e.g. young people). [Made in 2013, repeated 2015 – tracked once]",
    "Open", rag="Green", upd="External scrutiny panel meets quarterly; youth panel recruited "
    "Jan 25.", upd_date="10 February 2025", chase=0, cat="in_sync",
    why="One force row holds two HMICFRS items: it cites both 1106 (S&S 2013) and 5530 (S&S 2 "
        "2015), names both reports and says the rec is tracked once. Both items Being progressed "
        "on HMICFRS, force Open: in sync for each.")
row("H27", "Fairweather", "OL/18/002", 8541, "PEEL Legit 17 S&S", "Dec 2017", "CoC",
    "National CoC: forces unable to demonstrate S&S use is consistently reasonable & fair; "
    "over-representation of BAME people, and black people in particular, which forces cannot "
    "explain.",
    "Open", rag="Amber", send="N", upd="Tracked through recs 8542-8545 (see rows below).",
    upd_date="10 February 2025", notes="CoC row – no letter, updates come via the recs",
    cat="in_sync",
    why="Ref 8541, report PEEL Legitimacy 2017 and the cause-of-concern wording all agree. "
        "HMICFRS Being progressed, force Status Open (Send N only because no letter is sent for "
        "the CoC): open on both sides.")
row("H28", "Fairweather", "OL/18/003", 8542, "PEEL Legit 17 S&S", "Dec 2017", "Nat rec",
    "By July 2018 monitor a comprehensive set of S&S data to understand: - the reasons for any "
    "disproportionate representation of ethnic groups; and - the extent find rates differ "
    "between ethnicities & search types (incl. drug possession/supply).",
    "Open", rag="Amber", upd="Quarterly disproportionality report to Legitimacy Board.",
    upd_date="10 February 2025", chase=1, cat="conflict",
    why="Ref 8542 and report agree, but the force text lists only two of the three bullets and "
        "closes with 'and': the third (prevalence of possession-only drug searches and fit with "
        "local priorities) is missing, with no truncation mark. A missing bullet is a conflict "
        "(both sides open).")
row("H29", "Fairweather", "OL/18/004", 8543, "PEEL Legit 17 S&S", "Dec 2017", "Nat rec",
    "Where monitoring identifies disparities, demonstrate to the public that research & "
    "analysis has been done to understand the reasons and action taken to reduce the "
    "disparity.",
    "Open", rag="Green", upd="Analysis published on force website Nov 24.",
    upd_date="10 February 2025", chase=0, cat="in_sync",
    why="Ref 8543, report and wording agree (disparities: research and action). HMICFRS Being "
        "progressed; force Open with RAG Green, which in this file means on track, not done "
        "(Letter_Text key). Open on both sides.")
row("H30", "Fairweather", "OL/18/005", 8544, "PEEL Legit 17 S&S", "Dec 2017", "Nat rec",
    "Publish this analysis and any actions taken at least annually, from July 2018.",
    "Complete", rag="", upd="Annual publication in place since 2019.",
    upd_date="3 August 2020", cat="in_sync",
    why="Ref 8544 and wording agree; HMICFRS Complete, force Complete: closed on both sides.")
row("H31", "Fairweather", "OL/18/006", 8545, "PEEL Legit 17 S&S", "Dec 2017", "Nat rec",
    "By July 2018 and ongoing, all officers who use S&S powers have been provided with, and "
    "understand, training on unconscious bias & CoP APP on S&S.",
    "Complete ", rag="", upd="Ops side: S&S refresher embedded in PST cycle; compliance "
    "checked on Chronicle.", upd_date="12 February 2025",
    notes="Joint lead with Ms Ellery (L&D) – separate letter", cat="closeable_submit",
    why="Joint-lead row (second row for the same Our_Ref OL/18/006 under Ellery). Ref 8545 "
        "matches; both rows say Complete, so the item is done on the force side while HMICFRS "
        "still has it Being progressed: submit for closure.")
row("H34", "Fairweather", "OL/21/006a", 11804, "Police powers spotlight (Feb 21)", "Feb 2021",
    "Nat rec",
    "By Sept 2021 officers record on BWV (when available) the entirety of all S&S encounters, "
    "incl. traffic stops & use of force incidents.",
    "Complete", part="Part 1 of 3", upd="BWV policy updated; compliance 97% (Jan 25 audit).",
    upd_date="12 February 2025", cat="in_sync",
    why="Part 1 of 3 of HMICFRS 11804 (BWV, three paragraphs split over OL/21/006a-c). This "
        "part is Complete but part 3 (006c) is still Open, so the item is open on the force "
        "side; HMICFRS Being progressed: in sync.")
row("H35", "Fairweather", "OL/21/008", 11805, "Police powers spotlight (Feb 21)", "Feb 2021",
    "Nat rec",
    "HO & NPCC to ensure quality of data on use of force to effect a S&S is sufficient for "
    "publication; HO to publish. (WHITE – not for the force to deliver)",
    "Closed", upd="Not a force action.", upd_date="1 June 2021", cat="in_sync",
    why="Ref 11805 and wording agree (Home Office/NPCC data ask). HMICFRS No further action "
        "required, force Closed as not its to deliver: closed on both sides.")
row("H36", "Fairweather", "OL/21/009", 11806, "Police powers spotlight (Feb 21)", "Feb 2021",
    "Nat rec",
    "By July 2021 have effective internal monitoring processes on use of force to identify & "
    "understand disproportionate use, explain reasons & implement improvement action.",
    "Open", rag="Amber", upd="UoF dashboard live; ethnicity data completeness still 71%.",
    upd_date="12 February 2025", chase=1, cat="in_sync",
    why="Ref 11806 and wording agree; HMICFRS Being progressed, force Open: in sync.")

# L&D -- Ms Ellery
row("H31", "Ellery", "OL/18/006", 8545, "PEEL Legit 17 S&S", "Dec 2017", "Nat rec",
    "By July 2018 and ongoing, all officers who use S&S powers have been provided with, and "
    "understand, training on unconscious bias & CoP APP on S&S.",
    "Complete", upd="Unconscious bias e-learning + APP module: 98.6% completion (Dec 24).",
    upd_date="11 February 2025", notes="Joint lead with Supt Fairweather – separate letter",
    cat="closeable_submit",
    why="Joint-lead row for OL/18/006 (the other is under Fairweather). Ref 8545 matches; both "
        "leads report Complete, so the force has it done while HMICFRS still has it Being "
        "progressed: submit for closure.")
row("H32", "Ellery", "OL/21/004", 11802, "Police powers spotlight (Feb 21)", "Feb 2021",
    "Nat rec",
    "By July 2022 officers & staff have effective communication skills in line with the "
    "National Policing Guidelines on Conflict Management (in addition to existing conflict "
    "management & de-escalation training).",
    "Open", rag="Red", target="July 2022 (HMICFRS)", upd="Course design approved; delivery "
    "funded from Apr 25.", upd_date="11 February 2025", chase=2, cat="in_sync",
    why="Ref 11802 and wording agree, same deadline (July 2022). HMICFRS Awaiting review, force "
        "Open/Red: open on both sides.")
row("H33", "Ellery", "OL/21/005", 11803, "Police powers spotlight (Feb 21)", "Feb 2021",
    "Nat rec",
    "By July 2021 communication skills reinforced through CPD for officers & staff; "
    "supervisors supported to debrief officers on these skills using BWV footage.",
    "Completed", upd="CPD module live; supervisor BWV debrief guide issued. Evidence pack ready.",
    upd_date="11 February 2025", cat="closeable_submit",
    why="Ref 11803 and wording agree; force Status 'Completed' (done) while HMICFRS has it Being "
        "progressed: submit for closure.")
row("H44", "Ellery", "OL/17/035", 8015, "CDI 2017", "Sept 2017", "Rec",
    "Make sure officers & staff have the training they need to identify & respond to MSHT.",
    "Open", rag="Amber", upd="MSHT awareness package in design with the regional ROCU.",
    upd_date="11 February 2025", chase=1, cat="conflict",
    why="Ref 8015, report CDI 2017 and wording agree, but the force types it 'Rec' while "
        "HMICFRS lists it as an Area for improvement: type conflict (both open).")

# Public Protection -- Ch Supt Carrick
row("H04", "Carrick", "LEG-04", None, "Everyone's Business (DA) 2014", "March 2014", "National",
    cut("By September 2014, every police force in England and Wales should establish and "
        "publish an action plan that specifies in detail what steps it will take to improve its "
        "approach to domestic abuse. This action plan should be developed: - in consultation "
        "with PCCs, DA support organisations and victims' representatives; - after close "
        "consideration of all the recommendations in this report;"),
    "Complete", upd="DA action plan published Sept 2014; refreshed as VAWG plan 2021.",
    upd_date="27 April 2018", cat="in_sync",
    why="Everyone's business 2014, DA action plan; the text is the HMICFRS wording cut at the "
        "merge limit (ends '…'), no ref. HMICFRS Superseded (closed), force Complete: closed on "
        "both sides.")
row("H37", "Carrick", "OL/17/010", 7431, "PEEL Eff 2016", "March 2017", "CoC",
    "CoC: The force's response to DA is a cause of concern. Policy allows officer discretion "
    "to complete a DASH in some crimes/incidents; officers not consistently completing a DASH "
    "where policy requires – DA victims at risk not properly risk-assessed.",
    "Open", rag="Amber", send="N", upd="Tracked via rec OL/17/011 and the Vulnerability "
    "Improvement Delivery Plan.", upd_date="12 February 2025",
    notes="CoC row – no letter", cat="in_sync",
    why="Ref 7431 and report PEEL Effectiveness 2016 agree; force wording is an abridged "
        "version of the DASH cause of concern. HMICFRS Being progressed, force Open: in sync.")
row("H38", "Carrick", "OL/17/011", 7432, "PEEL Eff 2016", "March 2017", "CoC rec",
    "To address the CoC: take steps to ensure effective supervision of the initial risk "
    "assessment process, specifically completion of DASH risk assessment in appropriate cases.",
    "Complete", upd="The Force Executive Team agreed on 25 July that we would risk-assess all "
    "DA incidents. DASH supervision audit Q3: 94% compliant. Ready to move to GREEN status.",
    upd_date="12 February 2025", cat="closeable_submit",
    why="Ref 7432 and wording agree (DASH supervision rec under the cause of concern). Force "
        "Complete, HMICFRS Being progressed: submit for closure.")
row("H39", "Carrick", "OL/17/012", 7433, "PEEL Eff 2016", "March 2017", "AFI",
    "Improve understanding of the nature & scale of stalking & harassment in the area.",
    "Complete", upd="Problem profile completed 2018.", upd_date="22 July 2019", cat="in_sync",
    why="Ref 7433 and wording agree; HMICFRS Complete, force Complete: closed on both sides.")
row("H48", "Carrick", "OL/18/021", 9025, "PEEL Eff 2016", "June 2018", "CoC rec",
    "To address the CoC, review approach to reports of missing children: - call takers use "
    "missing/absent category appropriately; - call takers & frontline staff can identify CSE "
    "risk factors; - supervisors provide correct oversight of missing enquiries.",
    "Open", rag="Amber", upd="Missing from home review complete; supervisor audit Mar 25.",
    upd_date="12 February 2025", chase=1, cat="conflict",
    why="Ref 9025 and the wording (missing children, three bullets) match HMICFRS, but the "
        "force files it under 'PEEL Eff 2016' while HMICFRS has it under National child "
        "protection inspection 2018 (the force's June 2018 date fits the NCPI): report "
        "conflict, both open.")
row("H50", "Carrick", "OL/18/023", 9027, "NCPI 2018", "June 2018", "Rec",
    "Within 6 months improve how the force works with partner organisations to safeguard "
    "people at risk from CSE.",
    "Complete", upd="Joint CSE hub with three local authorities since 2020.",
    upd_date="26 April 2021", cat="in_sync",
    why="Ref 9027 and wording agree; HMICFRS Complete, force Complete: closed on both sides.")
row("H58", "Carrick", "OL/22/003", "12712", "PEEL 21-22", "May-22", "AFI",
    "Make sure victims of stalking & harassment are kept informed about progress of their "
    "case in line with the Victims' Code.",
    "Complete", upd="VCOP compliance for stalking 92% (Jan 25 dip sample). Evidence pack "
    "with OL team.", upd_date="12 February 2025", cat="closeable_submit",
    why="Ref 12712 (stored as text) and wording agree; force Complete, HMICFRS Awaiting review: "
        "submit for closure.")
row(None, "Carrick", "OL/21/031", None, "PEEL 21-22 (hot debrief)", "Nov 2021", "Debrief",
    "Hot debrief 8/11/21: improve the quality of DASH risk assessments completed by response "
    "officers (verbal feedback from inspection team – not in the published report).",
    "Open", rag="Green", upd="DA champions network; DASH quality audit in Q1.",
    upd_date="12 February 2025", chase=0, cat="not_on_hmicfrs_list",
    why="Force-only row: a point from the PEEL 2021/22 hot debrief which the row itself says is "
        "not in the published report; no HMICFRS ref and no matching item on the list (the DASH "
        "supervision rec 7432 is a different report and has its own row).")

# Crime recording -- Mr Chauhan
row("H23", "Chauhan", "OL/17/041", 8201, "Stolen Freedom (MSHT) 2017", "Oct 2017", "Nat rec",
    "Immediately ensure full compliance with NCRS for offences identified as MSHT and "
    "sufficient audit capacity for the FCR to identify & manage gaps in crime-recording "
    "accuracy for these offences.",
    "Open", rag="Amber", upd="MSHT included in CDI audit plan 25/26.",
    upd_date="13 February 2025", chase=1, cat="conflict",
    why="Text (NCRS compliance for MSHT and FCR audit capacity) and report Stolen Freedom 2017 "
        "match HMICFRS 8210, but the force's HMICFRS_Ref is 8201 (digits transposed; no 8201 "
        "on the list): reference conflict, both open.")
row("H41", "Chauhan", "OL/17/031a", 8012, "CDI 2017", "Sept 2017", "Rec",
    "Within 6 months put in place arrangements to ensure that: - at point of report, victims "
    "are believed; - call handler/caller conversations summarised accurately in the incident "
    "log; - multiple crimes always recorded when described in incident records.",
    "Complete", part="bullets 1-3", upd="THRIVE/CDI audit Dec 24: 96% compliance on bullets 1-3.",
    upd_date="13 February 2025", cat="closeable_submit",
    why="Part of HMICFRS 8012 (CDI 2017 five-bullet rec), split over OL/17/031a (bullets 1-3) and "
        "031b (bullets 4-5). Both parts Complete, so the item is done on the force side; HMICFRS "
        "Being progressed: submit for closure.")
row("H43", "Chauhan", "OL/17/033", 8014, "CDI 2017", "Sept 2017", "Rec",
    "Immediately make sure reports of RASSO are recorded accurately & without delay.",
    "Open", rag="Green", upd="RASSO recording accuracy 91% (target 95%).",
    upd_date="13 February 2025", chase=0, cat="in_sync",
    why="Ref 8014 and wording agree (RASSO = rape and serious sexual offences); HMICFRS "
        "Awaiting review, force Open (Green = on track): in sync.")
row(None, "Chauhan", "LEG-09", None, "CDI 2014", "Nov 2014", "Rec",
    "Within 3 months revise approach to cautions, cannabis warnings & PNDs – clear auditable "
    "explanation to the offender of the implications, and for victim-based crime a record that "
    "the victim's views were considered before issue.",
    "Open", rag="Amber", upd="OOCD scrutiny panel reviewing; new two-tier framework.",
    upd_date="13 February 2025", chase=2,
    notes="Not on HMICFRS definitive list 2023 – query with FLL?", cat="not_on_hmicfrs_list",
    why="Force-only row: a Crime data integrity 2014 rec (out-of-court disposals); no HMICFRS "
        "ref, no item from that report or with that wording on the list, and the force's own "
        "note already queries its absence.")

# Custody & CJ -- Supt Doyle
row("H49", "Doyle", "OL/18/022", 9026, "NCPI 2018", "June 2018", "Rec",
    "Within 6 months, with children's social care, review how the force manages the detention "
    "of children. As a minimum: - children only detained when absolutely necessary & for the "
    "minimum time; - early assessment of need for alternative accomodation…",
    "Complete", upd="Child detention protocol signed with both LAs; AA provision contract "
    "in place. Completed. Evidence submitted to HMICFRS for closure.",
    upd_date="14 February 2025", cat="closeable_submit",
    why="Ref 9026 and wording (detention of children, cut at the merge limit with '…') match; "
        "force Complete, HMICFRS Awaiting review: submit for closure.")
row("H56", "Doyle", "OL/22/001", 12710, "PEEL 21-22", "May-22", "AFI",
    "Improve understanding of suspects RUI and the management of those released on bail.",
    "Open", rag="Amber", upd="RUI reduction plan: 1,412 to 960 since Apr 24.",
    upd_date="14 February 2025", chase=1, cat="in_sync",
    why="Ref 12710 and wording agree (RUI and bail); HMICFRS Being progressed, force Open: in "
        "sync.")
row(None, "Doyle", "IA/23/07", None, "Internal audit 23/24", "Feb 2024", "Local",
    "Internal audit action: Internal audit of the custody governance arrangements (audit plan "
    "2023/24) – implement agreed actions on detention review records.",
    "Open", rag="Amber", upd="2 of 4 agreed actions complete.", upd_date="14 February 2025",
    chase=1, notes="Internal audit action – chased with the HMICFRS letters",
    cat="not_on_hmicfrs_list",
    why="Force-only row: an internal audit action (Our_Ref IA/23/07, report 'Internal audit "
        "23/24'), never an HMICFRS item; nothing on the list corresponds.")

# Information management -- Mrs Greaves
row("H13", "Greaves", "LEG-07", 5877, "Information management (Building the Picture)",
    "July 2015", "Nat rec",
    "By 30 Nov 2015 scrutinise audits of compliance with the APP on information management "
    "through the force IM governance structure, incl. measures to ensure record "
    "categorisation is regularly adjusted.",
    "Complete", upd="Information Assurance Board reviews MoPI audits quarterly.",
    upd_date="17 February 2025", cat="closeable_submit",
    why="Ref 5877 and wording agree (Building the picture, IM APP audits). Force Complete, "
        "HMICFRS Being progressed: submit for closure.")

# Firearms licensing -- Ch Insp Hollis
row("H14", "Hollis", "LEG-10", None, "Firearms licensing 2015", "Sept 2015", "Nat rec",
    "Within 3 months assess governance of firearms licensing against APP; put correct "
    "arrangements in place where standards not met.",
    "Complete", upd="Governance review 2016; FEL board in place.", upd_date="22 January 2018",
    cat="in_sync",
    why="Targeting the risk 2015, governance against APP (HMICFRS 6120; no ref on the force "
        "row). HMICFRS Complete, force Complete: closed on both sides.")
row("H15", "Hollis", "LEG-11", None, "Firearms licensing 2015", "Sept 2015", "Nat rec",
    "Within six months, assess the demand placed on the firearms licensing department & ensure "
    "it has capacity to meet this demand and provide an efficient & effective service at all "
    "times.",
    "Open", rag="Amber", upd="Backlog of renewals 312 (was 540); two additional FEOs "
    "recruited.", upd_date="17 February 2025", chase=2, cat="conflict",
    why="Same report and ask as HMICFRS 6121 (firearms licensing demand and capacity), but the "
        "force text says 'Within six months' where HMICFRS says 'Within three months': "
        "timescale conflict (both open).")
row("H16", "Hollis", "LEG-12", None, "Firearms licensing 2015", "Sept 2015", "Nat rec",
    "Immediately satisfy ourselves all appropriate action being taken re 'total expired' "
    "licensing records.",
    "Open", rag="Green", upd="Weekly total-expired report to FEL manager.",
    upd_date="17 February 2025", chase=0, cat="closeable_local",
    why="Matches HMICFRS 6122 ('total expired' records, same report). HMICFRS Complete (July "
        "2024); the force still has it Open (Green = on track): close the force entry.")
row("H17", "Hollis", "LEG-13", None, "Firearms licensing 2015", "Sept 2015", "Nat rec",
    "Within 3 months ensure temporary permits are used in line with HO guidance, recorded "
    "without delay on NFLMS, and systems ensure certificate holders are never in unlawful "
    "possession of a firearm.",
    "Open", rag="Amber", upd="NFLMS data cleanse 80% done.", upd_date="17 February 2025",
    chase=1, cat="in_sync",
    why="Matches HMICFRS 6123 (temporary permits, NFLMS), same report and timescale; HMICFRS "
        "Being progressed, force Open: in sync.")

# MSHT -- DCI Jaswal
row("H19", "Jaswal", "OL/17/040", 8206, "Stolen Freedom (MSHT) 2017", "Oct 2017", "Nat rec",
    cut("Within 12 months review leadership & goverance arrangements for MSHT to ensure: - "
        "senior leaders prioritise the response to MSHT; - every MSHT incident allocated "
        "appropriate resources with skills, experience & capacity; - effective partnership "
        "arrangements to co-ordinate activity; - performance & QA measures in place."),
    "Open", rag="Amber", upd="Partnership & performance strands on track; MSHT board ToR "
    "refreshed.", upd_date="18 February 2025", chase=1,
    notes="Joint lead with Det Ch Supt Bannerman – separate letter", cat="in_sync",
    why="Joint-lead row (the other row for OL/17/040 is under Bannerman). Ref 8206 and the "
        "wording (text cut at the merge limit) match; both rows Open, HMICFRS Being progressed: "
        "in sync.")
row("H20", "Jaswal", "OL/17/042", 8207, "Stolen Freedom (MSHT) 2017", "Oct 2017", "Nat rec",
    "Within 6 months have active ISAs with other agencies to facilitate speedy exchange of "
    "intelligence, safeguard victims better & identify suspects early.",
    "Complete", upd="ISAs signed with GLAA, both LAs and Border Force. Evidence pack ready.",
    upd_date="18 February 2025", cat="closeable_submit",
    why="Ref 8207 and wording agree; force Complete while HMICFRS still Awaiting review: submit "
        "for closure.")
row("H21", "Jaswal", "OL/17/043", 8208, "Stolen Freedom (MSHT) 2017", "Oct 2017", "Nat rec",
    "Immediately ensure all victims committing criminal acts under compulsion are afforded "
    "early & continuing consideration of the s.45 defence.",
    "Open", rag="Amber", upd="CPS/force s45 protocol in draft.", upd_date="18 February 2025",
    chase=1, cat="in_sync",
    why="Ref 8208 and wording agree (section 45 defence); HMICFRS Being progressed, force Open: "
        "in sync.")
row("H22", "Jaswal", "OL/17/044", 8209, "Stolen Freedom (MSHT) 2017", "Oct 2017", "Nat rec",
    "Immediately ensure compliance with the NRM process & the duty to notify the HO of adult "
    "victims of MSHT.",
    "Complete", upd="Duty to notify process embedded.", upd_date="15 January 2020",
    cat="in_sync",
    why="Ref 8209 and wording agree (NRM and duty to notify); HMICFRS Complete, force Complete: "
        "closed on both sides.")

# Contact -- Supt Lloyd-Evans (left) and Supt Okafor
row("H46", "Lloyd-Evans", "OL/17/050", 8390, "PEEL Efficiency 17", "Nov 2017", "AFI",
    "Ensure sufficient resources in the control room to fulfil its resourcing model & meet "
    "demand, taking account of workforce wellbeing.",
    "Open", rag="Amber", send="N", upd="Resourcing model review with Finance.",
    upd_date="9 December 2024", chase=3,
    notes="LEFT FORCE 31/12/24 – reassigned to Supt Okafor (new row added). Do not send.",
    cat="in_sync",
    why="Stale row for a lead who left (note says reassigned to Okafor, who has a new row for "
        "the same OL/17/050). Ref 8390 and wording match the control-room AFI; both rows Open, "
        "HMICFRS Being progressed: in sync, one line per row.")
row("H09", "Okafor", "LEG-05", None, "Core business", "Sept 2014", "Nat rec",
    "Not later than 31 March 2016 those forces using a threat, harm & risk policy should "
    "provide call-handlers with specific, sound & comprehensible criteria to assess threat, "
    "harm & risk.",
    "Open", rag="Amber", upd="THRIVE+ refresh in Contact; guidance rewrite Q1.",
    upd_date="19 February 2025", chase=1, cat="conflict",
    why="Core Business 2014 call-handler THR criteria = HMICFRS 4822 (the CDI 2017 rec with "
        "similar words is a different item with its own row). The force text says 'Not later "
        "than 31 March 2016' where HMICFRS says 31 March 2015: deadline conflict (both open).")
row("H41", "Okafor", "OL/17/031b", 8012, "CDI 2017", "Sept 2017", "Rec",
    "(cont.) - stop awaiting results of medical examinations or video interviews before making "
    "crime-recording decisions; and - online reports of crime triaged at the point of receipt "
    "to identify & manage ongoing risks.",
    "Complete", part="bullets 4-5", upd="Online triage desk live since Oct 24.",
    upd_date="19 February 2025", notes="Bullets 4-5 moved from Supt Lloyd-Evans Jan 25",
    cat="closeable_submit",
    why="Second part (bullets 4-5) of HMICFRS 8012, split from OL/17/031a. Both parts Complete: "
        "done on the force side, HMICFRS Being progressed: submit for closure.")
row("H42", "Okafor", "OL/17/032", 8013, "CDI 2017", "Sept 2017", "Rec",
    "Within 3 months provide call-handlers with specific, sound & comprehensible criteria to "
    "assess threat, harm & risk.",
    "Complete", upd="THRIVE criteria issued 2018.", upd_date="3 September 2018", cat="in_sync",
    why="Ref 8013, CDI 2017 and 'within three months' all agree; HMICFRS Complete, force "
        "Complete: closed on both sides.")
row("H46", "Okafor", "OL/17/050", 8390, "PEEL Efficiency 17", "Nov 2017", "AFI",
    "Ensure sufficient resources in the control room to fulfil its resourcing model & meet "
    "demand, taking account of workforce wellbeing.",
    "Open", rag="Amber", upd="Resourcing model review with Finance; 14 call handlers in "
    "training.", upd_date="19 February 2025", chase=0,
    notes="Reassigned from Supt Lloyd-Evans Jan 25", cat="in_sync",
    why="Current row for OL/17/050 after reassignment; ref 8390 and wording agree; HMICFRS "
        "Being progressed, force Open: in sync.")
row("H59", "Okafor", "OL/22/005", 12713, "PEEL 21-22", "May-22", "AFI",
    "Improve timeliness of response to calls for service involving vulnerable adults.",
    "Open", rag="Red", upd="P2 attendance 62% within target.", upd_date="19 February 2025",
    chase=2, cat="in_sync",
    why="Ref 12713 and wording agree; HMICFRS Being progressed, force Open: in sync.")

# Crime -- Det Ch Supt Bannerman
row("H19", "Bannerman", "OL/17/040", 8206, "Stolen Freedom (MSHT) 2017", "Oct 2017", "Nat rec",
    cut("Within 12 months review leadership & goverance arrangements for MSHT to ensure: - "
        "senior leaders prioritise the response to MSHT; - every MSHT incident allocated "
        "appropriate resources with skills, experience & capacity; - effective partnership "
        "arrangements to co-ordinate activity; - performance & QA measures in place."),
    "Open", rag="Amber", upd="Resourcing strand: MSHT investigations now allocated to SOCU.",
    upd_date="18 February 2025", chase=2, notes="Joint lead with DCI Jaswal – separate letter",
    cat="in_sync",
    why="Joint-lead row for OL/17/040 (the other is under Jaswal). Ref 8206 matches SF "
        "leadership rec; both rows Open, HMICFRS Being progressed: in sync.")
row("H24", "Bannerman", "OL/17/045", None, "Stolen Freedom (MSHT) 2017", "Oct 2017", "Nat rec",
    "Immediately ensure allegations of MSHT are thoroughly investigated & effectively "
    "supervised by teams with the right skills & experience (incl. JITs where appropriate).",
    "Complete", upd="All MSHT crimes allocated to SOCU with DI review at 7 days.",
    upd_date="18 February 2025", cat="closeable_submit",
    why="No ref on the force row, but report and wording match HMICFRS 8211 (MSHT "
        "investigations, JITs). Force Complete, HMICFRS Being progressed: submit for closure.")
row("H45", "Bannerman", "OL/17/036", 8016, "CDI 2017", "Sept 2017", "AFI",
    "Improve use of the crime-recording & management system to better manage case files & "
    "investigative processes.",
    "Open", rag="Amber", upd="Niche case file module upgrade in test.",
    upd_date="18 February 2025", chase=1, cat="closeable_local",
    why="Ref 8016 and wording agree. HMICFRS Complete (Nov 2024), force still Open: close the "
        "force entry.")
row("H51", "Bannerman", "OL/19/001", 9940, "PEEL 2018/19", "May 2019", "Rec",
    "Immediately review officers' capabilities & capacity to manage their investigative "
    "workload, to better understand investigative demand & pressures on them.",
    "Open", rag="Amber", upd="Workload review of CID complete; response review Q1 25/26.",
    upd_date="18 February 2025", chase=1, cat="closeable_local",
    why="Ref 9940 and wording agree. HMICFRS Complete (Sept 2024), force Open: close the force "
        "entry.")
row("H52", "Bannerman", "OL/19/002", 9941, "PEEL 2018/19", "May 2019", "Rec",
    "Within 6 months ensure regular & active supervison of the quality & progress of "
    "investigations, properly recorded.",
    "Open", rag="Amber", send="N", upd="Supervisory review compliance 84%.",
    upd_date="3 March 2025", chase=0,
    notes="Update received early (03/03) – not chased this batch", cat="in_sync",
    why="Ref 9941 and wording agree. Status Open (Send N only because the update came in "
        "early); HMICFRS Being progressed: in sync.")
row("H57", "Bannerman", "OL/22/002", 12711, "PEEL 21-22", "May-22", "AFI",
    "Make sure VAWG investigations are allocated to officers with the right skills & are "
    "effectively supervised.",
    "Open", rag="Red", upd="Op Soteria roll-out; DA/RASSO allocation policy under review.",
    upd_date="18 February 2025", chase=2, cat="in_sync",
    why="Ref 12711 and wording agree (VAWG investigations); HMICFRS Being progressed, force "
        "Open: in sync.")

# Finance -- Mr Marsden
row("H05", "Marsden", "LEG-14", None, "Policing in Austerity 2014", "July 2014", "Nat rec",
    "Review plans to deliver savings to ensure we continue to reduce crime & protect the front "
    "line while balancing the budget, using HMIC VfM profiles.",
    "Open", rag="Green", upd="MTFP 2025-29 savings plan approved by PCC Feb 25.",
    upd_date="20 February 2025", chase=0, cat="closeable_local",
    why="Policing in Austerity 2014, review of savings plans = HMICFRS 3012. HMICFRS No further "
        "action required (closed), force Open/Green: close the force entry.")
row("H08", "Marsden", "LEG-15", None, "Policing in Austerity 2014", "July 2014", "Nat rec",
    "Review plans for collaboration – scope for better VfM & capability through joint working "
    "with other forces, the public and/or private sector.",
    "Closed", upd="Addressed holistically as part of the force change programme.",
    upd_date="20 October 2017", cat="in_sync",
    why="Policing in Austerity 2014, collaboration plans = HMICFRS 3015. HMICFRS No further "
        "action required, force Closed: closed on both sides.")
row("H55", "Marsden", "OL/19/005", 9944, "PEEL 2018/19", "May 2019", "AFI",
    "Develop understanding of the links between outcomes, outputs & costs.",
    "Complete", upd="Outcome-based budgeting in place since 2021.", upd_date="5 May 2022",
    cat="in_sync",
    why="Ref 9944 and wording agree; HMICFRS Complete, force Complete: closed on both sides.")

# People -- Ms Pemberton
row("H47", "Pemberton", "OL/17/051", 8391, "PEEL Efficiency 17", "Nov 2017", "AFI",
    "Develop a future workforce plan aligned with overall demand & budget, incl. future "
    "resource allocations, skills mix & behaviours expected.",
    "Closed - superseded", upd="Superseded by PEEL 2018/19 (workforce plan).",
    upd_date="2 May 2019", cat="in_sync",
    why="Ref 8391 and wording agree; HMICFRS Superseded, force 'Closed - superseded': closed on "
        "both sides.")
row("H61", "Pemberton", "OL/22/007", 12715, "PEEL 21-22", "May-22", "AFI",
    "Review how we gather & use equality & diversity data to understand workforce "
    "demographics.",
    "Open", rag="Amber", upd="HR system self-declaration campaign – 88% declared.",
    upd_date="20 February 2025", chase=1, cat="closeable_local",
    why="Ref 12715 and wording agree. HMICFRS Complete (Dec 2024), force Open: close the force "
        "entry.")

# PSD -- Det Supt Quayle
row("H11", "Quayle", "LEG-06", 902, "Integrity Matters 2015", "Jan 2015", "Nat rec",
    "By 31 Aug 2015 satisfy ourselves that misconduct investigations resulting in 'no further "
    "action' are fair & free of any form of discrimination.",
    "Submitted to HMICFRS", upd="Disproportionality audit of NFA outcomes 2023-24 sent to FLL "
    "09/12/24.", upd_date="9 December 2024", cat="closeable_submit",
    why="Ref 902 and wording agree. Force Status 'Submitted to HMICFRS' (done on its side), "
        "HMICFRS Awaiting review: closeable by submission (the evidence is already with "
        "HMICFRS; confirm it was received).")
row("H34", "Quayle", "OL/21/006b", 11804, "Police powers spotlight (Feb 21)", "Feb 2021",
    "Nat rec",
    "Structured process for regularly reviewing & monitoring internally a sufficient sample "
    "of BWV footage to identify & disseminate learning and hold officers to account.",
    "Complete", part="Part 2 of 3", upd="PSD/S&S dip sample of 40 BWV clips monthly.",
    upd_date="21 February 2025", cat="in_sync",
    why="Part 2 of 3 of HMICFRS 11804 (BWV). Complete, but part 3 (006c) is Open, so the item "
        "is open on the force side; HMICFRS Being progressed: in sync.")
row("H60", "Quayle", "OL/22/006", 12714, "PEEL 21-22", "May-22", "AFI",
    "Make sure there is a confidential way for staff to raise concerns & staff are aware of "
    "whistleblowing processes.",
    "Open", rag="Green", upd="Integrity line relaunched Jan 25; comms campaign Mar 25.",
    upd_date="21 February 2025", chase=0, cat="in_sync",
    why="Ref 12714 and wording agree; HMICFRS Being progressed, force Open (Green = on track): "
        "in sync.")
row("H63", "Quayle", "OL/22/008", 12717, "PEEL 21-22", "May-22", "Rec",
    cut("Within six months the force should ensure all staff have received at least the lowest "
        "level of vetting clearance for their roles as quickly as possible, working to clear "
        "both the vetting backlog and new vetting renewals when they become due so that it "
        "complies fully with the national vetting guidelines."),
    "Open", rag="Amber", target="November 2022 (HMICFRS)", upd="Backlog 214 (from 1,105).",
    upd_date="21 February 2025", chase=1, cat="in_sync",
    why="Ref 12717; HMICFRS wording cut at the merge limit ('…'), nothing contradicts it. "
        "HMICFRS Being progressed, force Open: in sync.")

# Corporate Development -- Mr Rudd
row("H10", "Rudd", "LEG-16", None, "Core business", "Sept 2014", "Nat rec",
    "By 31 March 2015 ensure crime prevention/disruption activity is systematically recorded & "
    "evaluated to determine effectiveness of tactics.",
    "Complete", upd="Problem-solving database (POP) in use since 2016.",
    upd_date="11 February 2019", cat="in_sync",
    why="Core Business 2014, recording and evaluating prevention activity = HMICFRS 4823 (same "
        "31 March 2015 date). HMICFRS Complete, force Complete: closed on both sides.")
row("H64", "Rudd", "OL/22/004", 12718, "PEEL 21-22", "May-22", "AFI",
    "Make sure the performance framework gives senior leaders a clear picture of the response "
    "to DA.",
    "open", rag="Green", upd="DA measures added to Force Performance pack Jan 25.",
    upd_date="24 February 2025", chase=0, cat="in_sync",
    why="Ref 12718 and wording agree; force status 'open' (lower case), HMICFRS Awaiting "
        "review: in sync.")

# Digital -- Mr Varma
row("H26", "Varma", "OL/17/060", 8377, "PEEL Efficiency 17 (all forces)", "Nov 2017",
    "Nat rec",
    "By Sept 2018 produce an ambitious plan to improve digitally-enabled services within the "
    "force.",
    "Open", rag="Red", upd="Digital strategy 2025-28 drafted; awaiting COG sign-off.",
    upd_date="24 February 2025", chase=2, cat="closeable_local",
    why="Ref 8377 and wording agree (digital services plan). HMICFRS Superseded (closed, May "
        "2022), force still Open/Red: close the force entry.")
row("H53", "Varma", "OL/19/003", 9942, "PEEL 2018/19", "May 2019", "Rec",
    "Within 6 months improve ability to retrieve digital evidence from mobile phones, "
    "computers & other devices quickly enough that investigations are not delayed.",
    "Compete", upd="DFU backlog 31 days (from 190). Kiosks in all hubs.",
    upd_date="24 February 2025", cat="closeable_submit",
    why="Ref 9942 and wording agree. Force Status 'Compete' is a typo of Complete (update "
        "describes delivery); HMICFRS Being progressed: submit for closure.")

# ACC Local Policing -- ACC Ashworth
row("H34", "Ashworth", "OL/21/006c", 11804, "Police powers spotlight (Feb 21)", "Feb 2021",
    "Nat rec",
    "Provide external scrutiny panel members with access to samples of BWV footage of S&S "
    "encounters & use of force, with the safeguards in CoP APP.",
    "Open", rag="Amber", part="Part 3 of 3", upd="Data-sharing agreement for panel viewing "
    "with Legal.", upd_date="25 February 2025", chase=1, cat="in_sync",
    why="Part 3 of 3 of HMICFRS 11804 (BWV, external scrutiny access). Open, so the whole item "
        "is open on the force side; HMICFRS Being progressed: in sync.")
row("H65", "Ashworth", "OL/22/009", 12719, "PEEL 21-22", "May-22", "AFI",
    "Develop a problem-solving approach to ASB working with local communities & partners.",
    "Complete", upd="ASB problem-solving hubs in all LPAs.", upd_date="17 June 2024",
    cat="in_sync",
    why="Ref 12719 and wording agree; HMICFRS Complete, force Complete: closed on both sides.")

# April additions (appended under the divider, not sorted)
APRIL = []


def april(*a, **k):
    row(*a, **k)
    APRIL.append(ROWS.pop())


april("H66", "Bannerman", "OL/25/001", 14402, "PEEL 2023-25", "Oct 2024", "AFI",
      "Make sure the force has enough specialist capacity & capability to investigate online "
      "CSA.",
      "Open", rag="Amber", target="TBC", upd="Awaiting allocation.", upd_date="2 April 2025",
      chase=0, cat="in_sync",
      why="Ref 14402 and wording agree (online child sexual abuse capacity). HMICFRS Awaiting "
          "review, force Open: in sync.")
april("H67", "Chauhan", "OL/25/002", 14403, "PEEL 2023-25", "Oct 2024", "AFI",
      "Make sure reports of hate crime are recorded accurately & without delay.",
      "Open", rag="Amber", target="TBC", upd="Awaiting allocation.", upd_date="2 April 2025",
      chase=0, cat="in_sync",
      why="Ref 14403 and wording agree; HMICFRS Awaiting review, force Open: in sync.")
april("H68", "Carrick", "OL/25/003", 14404, "PEEL 2023-25", "Oct 2024", "AFI",
      "Improve the way we manage the risk posed by offenders involved in sexual offences "
      "against children.",
      "Open", rag="Amber", target="TBC", upd="Awaiting allocation.", upd_date="2 April 2025",
      chase=0, cat="in_sync",
      why="Ref 14404 and wording agree; HMICFRS Awaiting review, force Open: in sync.")
april("H69", "Rudd", "OL/25/004", 14405, "PEEL 2023-25", "Oct 2024", "Rec",
      "Within 3 months make sure the force has access to accurate data & analysis to support "
      "effective performance management.",
      "Open", rag="Amber", target="January 2025 (HMICFRS)", upd="Awaiting allocation.",
      upd_date="2 April 2025", chase=0, cat="in_sync",
      why="Ref 14405, 'within three months' and wording agree; HMICFRS Awaiting review, force "
          "Open: in sync.")

MISSING = {
    "H06": "No force row for the austerity 'less than 10% of savings through collaboration' "
           "rec (3013); the force tracks two of the four austerity recs only.",
    "H07": "No force row for the austerity 'reduce front-line workforce / decisive action' rec "
           "(3014); not tracked.",
    "H18": "No force row for the firearms 'systems to identify certificate holders before "
           "attendance' rec (6124): Hollis's rows cover 6120-6123 only.",
    "H25": "No force row for the Stolen Freedom preventative-powers rec (8212); Jaswal and "
           "Bannerman rows cover the other MSHT recs.",
    "H40": "No force row for the PEEL effectiveness 2016 AFI on keeping DA victims informed "
           "(7434); the stalking 'kept informed' row is the 2021/22 AFI 12712.",
    "H54": "No force row for the PEEL 2018/19 demand AFI (9943).",
    "H62": "No force row for the PEEL 2021/22 county lines intelligence AFI (12716).",
    "H70": "No force row for the PEEL 2023-25 mental ill health training AFI (14406); only four "
           "of the five new items were added in April.",
}

# ---------------------------------------------------------------------------------------------
# Layout of MergeData
# ---------------------------------------------------------------------------------------------
COLS = ["Send", "Rank", "First_Name", "Surname", "Role", "Email", "Salutation", "Our_Ref",
        "HMICFRS_Ref", "Report", "Published", "Type", "Recommendation", "Part", "Target_Date",
        "Status", "RAG", "Last_Update", "Update_Date", "Chase_Count", "Reply_Due", "OLT_Notes"]
REPLY_DUE = "Friday 28 March 2025"


def record(r: dict) -> list:
    rank, first, sur, role = LEADS[r["lead"]]
    if r["lead"] == "Lloyd-Evans":
        role = "Head of Contact Management (until Dec 24)"
    return [r["send"], rank, first, sur, role, email(r["lead"]), salutation(r["lead"]),
            r["our_ref"], r["ref"], r["report"], r["pub"], r["typ"], r["text"], r["part"],
            r["target"], r["status"], r["rag"], r["upd"], r["upd_date"],
            r["chase"], REPLY_DUE if r["send"] == "Y" else "", r["notes"]]


TEST_ROW = ["Y", "", "TEST", "AAA TEST", "OL Team – merge check",
            "organisational.learning@wessex.police.uk", "Dear Test", "TEST", None, "TEST",
            "", "", "TEST RECORD – merge to this address first and check every field before "
            "sending the batch. Keep at top (surname AAA).", "", "", "Open", "", "", "", 0,
            REPLY_DUE, "Do not delete – merge check record"]
DIVIDER = ["N", "", "", "", "", "", "", "", None, "", "", "",
           "===== April 2025 additions: PEEL 2023-25 – leads confirmed at FET 02/04/25, not yet "
           "sorted into list =====", "", "", "", "", "", "", None, "", ""]
END_ROW = ["N", "", "", "", "", "", "", "", None, "", "", "",
           "END OF LIST – do not type below this line (merge range)", "", "", "", "", "", "",
           None, "", ""]
BLANK_AFTER = "OL/18/023"   # Carrick's NCPI row: the row below it was cleared, not deleted


def sort_key(r: dict):
    return (r["lead"].lower(), r["our_ref"])


def build_force_sheet():
    main = sorted(ROWS, key=sort_key)
    sheet = [("header", COLS), ("test", TEST_ROW)]
    for r in main:
        sheet.append(("item", r))
        if r["our_ref"] == BLANK_AFTER:
            sheet.append(("blank", [None] * len(COLS)))
    sheet.append(("divider", DIVIDER))
    for r in APRIL:
        sheet.append(("item", r))
    sheet.append(("end", END_ROW))
    return sheet


LETTER_TEXT = [
    ("Para", "Text"),
    ("Subject", "HMICFRS recommendations – monthly update request ({MERGEFIELD Letter_Batch})"),
    ("Opening", "{MERGEFIELD Salutation},"),
    ("P1", "You are recorded as the lead for the HMICFRS recommendation or area for improvement "
           "below. The Organisational Learning team reports progress to the Force Executive "
           "Board and to the Joint Audit Committee."),
    ("P2", "Report: {MERGEFIELD Report} (published {MERGEFIELD Published})   Our ref: "
           "{MERGEFIELD Our_Ref}   HMICFRS ref: {MERGEFIELD HMICFRS_Ref}"),
    ("P3", "{MERGEFIELD Recommendation} {MERGEFIELD Part}"),
    ("P4", "{ IF {MERGEFIELD Status} = \"Open\" \"Please send a short update, your RAG "
           "assessment and any evidence by {MERGEFIELD Reply_Due}.\" \"Thank you – this item "
           "is recorded as {MERGEFIELD Status}.\" }"),
    ("P5", "Last update we hold ({MERGEFIELD Update_Date}): {MERGEFIELD Last_Update}"),
    ("Key", "Status: Open = still being delivered; Complete = delivered, evidence held by the "
            "lead; Submitted to HMICFRS = evidence sent to the Force Liaison Lead; Closed = "
            "closed by HMICFRS or not for the force to deliver."),
    ("Key", "RAG (open items only): Green = on track to meet the target date; Amber = at risk; "
            "Red = target date missed or will not be met."),
    ("Filter", "Merge filter: Send equals Y. Sort: Surname, Our_Ref. Merge to e-mail, subject "
               "line above, format HTML."),
    ("Note", "Dates are typed as text on MergeData so that Word does not turn them into "
             "US-format numbers. Recommendation texts over 255 characters are cut with '…' – the "
             "full wording is in the report."),
    ("Sign-off", "Organisational Learning Team, Corporate Development"),
]

LEADS_SHEET_HEAD = ["Surname", "Rank", "First_Name", "Role", "Email", "Chief officer portfolio",
                    "Notes"]
PORTFOLIO = {"Ashworth": "ACC Local Policing", "Bannerman": "ACC Crime",
             "Carrick": "ACC Crime", "Chauhan": "DCC", "Doyle": "ACC Local Policing",
             "Ellery": "Director of People", "Fairweather": "ACC Local Policing",
             "Greaves": "DCC", "Hollis": "ACC Local Policing", "Jaswal": "ACC Crime",
             "Lloyd-Evans": "ACC Local Policing", "Marsden": "Chief Finance Officer",
             "Okafor": "ACC Local Policing", "Pemberton": "DCC", "Quayle": "DCC",
             "Rudd": "DCC", "Varma": "Chief Finance Officer"}


# ---------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------
def new_wb(path, title):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_formulas": False,
                                    "strings_to_urls": False})
    wb.set_properties({"title": title, "author": "Organisational Learning",
                       "company": FORCE, "created": FIXED})
    wb.set_calc_mode("auto")
    return wb


def write_hmicfrs(path):
    wb = new_wb(path, "HMICFRS definitive list")
    ws = wb.add_worksheet("Definitive list")
    hdr = wb.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1, "text_wrap": True})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    top = wb.add_format({"valign": "top"})
    datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
    head = ["Reference", "Force", "Report title", "Publication date", "Type",
            "Recommendation", "Status", "Status date"]
    ws.write_row(0, 0, head, hdr)
    items = sorted(H.items(), key=lambda kv: (REPORTS[kv[1][1]][1], kv[1][0]))
    rows = {}
    for i, (key, (ref, rk, typ, text, status, sdate)) in enumerate(items, start=1):
        title, pub = REPORTS[rk]
        ws.write_number(i, 0, ref, top)
        ws.write_string(i, 1, FORCE, top)
        ws.write_string(i, 2, title, wrap)
        ws.write_datetime(i, 3, dt.datetime.combine(pub, dt.time()), datef)
        ws.write_string(i, 4, typ, top)
        ws.write_string(i, 5, text, wrap)
        ws.write_string(i, 6, status, top)
        ws.write_datetime(i, 7, dt.datetime.combine(sdate, dt.time()), datef)
        rows[key] = f"Definitive list!{i + 1}"
    ws.set_column(0, 0, 11)
    ws.set_column(1, 1, 14)
    ws.set_column(2, 2, 45)
    ws.set_column(3, 3, 12)
    ws.set_column(4, 4, 22)
    ws.set_column(5, 5, 90)
    ws.set_column(6, 6, 22)
    ws.set_column(7, 7, 12)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, len(items), len(head) - 1)
    wb.close()
    return rows


def write_force(path, sheet):
    wb = new_wb(path, "HMICFRS recs – mail merge data (monthly update letters)")
    ws = wb.add_worksheet("MergeData")
    hdr = wb.add_format({"bold": True, "bg_color": "#FFF2CC", "border": 1})
    cell = wb.add_format({"valign": "top"})
    wrap = wb.add_format({"valign": "top", "text_wrap": True})
    yellow = wb.add_format({"valign": "top", "bg_color": "#FFFF00"})
    grey = wb.add_format({"valign": "top", "font_color": "#808080", "italic": True})
    bold = wb.add_format({"bold": True, "valign": "top"})
    prov = {}
    item_lines = []
    nonitems = []
    for rix, (kind, payload) in enumerate(sheet):
        excel_row = rix + 1
        if kind == "header":
            ws.write_row(rix, 0, payload, hdr)
            nonitems.append((f"MergeData!{excel_row}", "header row (merge field names)"))
            continue
        if kind == "blank":
            nonitems.append((f"MergeData!{excel_row}",
                             "blank row: contents cleared, row not deleted (a blank record "
                             "in the merge)"))
            continue
        if kind == "item":
            vals = record(payload)
            item_lines.append((f"MergeData!{excel_row}", payload))
        else:
            vals = payload
            reason = {"test": "TEST record addressed to the OL team mailbox (merge check), "
                              "not a recommendation",
                      "divider": "divider typed above the April 2025 additions",
                      "end": "end-of-list marker row"}[kind]
            nonitems.append((f"MergeData!{excel_row}", reason))
        for c, v in enumerate(vals):
            name = COLS[c]
            fmt = wrap if name in ("Recommendation", "Last_Update", "Role") else cell
            if kind == "test":
                fmt = yellow
            if kind in ("divider", "end"):
                fmt = bold if name == "Recommendation" else cell
            if kind == "item" and payload["send"] == "N" and name in ("Send", "OLT_Notes"):
                fmt = grey
            if v is None or v == "":
                if kind == "test" and name != "HMICFRS_Ref":
                    ws.write_blank(rix, c, None, fmt)
                continue
            if isinstance(v, int):
                ws.write_number(rix, c, v, fmt)
            else:
                ws.write_string(rix, c, v, fmt)
    widths = [6, 10, 11, 13, 30, 34, 22, 11, 12, 26, 11, 9, 80, 11, 18, 18, 7, 50, 17, 8,
              20, 40]
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    ws.freeze_panes(1, 4)
    ws.autofilter(0, 0, len(sheet) - 1, len(COLS) - 1)

    lt = wb.add_worksheet("Letter_Text")
    for i, (a, b) in enumerate(LETTER_TEXT):
        lt.write_string(i, 0, a, hdr if i == 0 else cell)
        lt.write_string(i, 1, b, hdr if i == 0 else wrap)
        if i:
            nonitems.append((f"Letter_Text!{i + 1}", "letter paragraph / status key (no items)"))
    nonitems.append(("Letter_Text!1", "header row"))
    lt.set_column(0, 0, 10)
    lt.set_column(1, 1, 110)

    ls = wb.add_worksheet("Leads")
    ls.write_row(0, 0, LEADS_SHEET_HEAD, hdr)
    nonitems.append(("Leads!1", "header row"))
    for i, key in enumerate(sorted(LEADS, key=str.lower), start=1):
        rank, first, sur, role = LEADS[key]
        note = ""
        if key == "Lloyd-Evans":
            note = "LEFT FORCE 31/12/24 – items reassigned to Supt Okafor"
            role = "Head of Contact Management (until Dec 24)"
        if key == "Okafor":
            role = "Head of Contact Management (from Jan 25)"
        ls.write_row(i, 0, [sur, rank, first, role, email(key), PORTFOLIO[key]], cell)
        if note:
            ls.write_string(i, 6, note, cell)
        nonitems.append((f"Leads!{i + 1}", "lookup of leads and e-mail addresses (no items)"))
    ls.set_column(0, 0, 13)
    ls.set_column(1, 2, 11)
    ls.set_column(3, 3, 42)
    ls.set_column(4, 4, 36)
    ls.set_column(5, 6, 26)
    wb.close()
    return item_lines, nonitems


def main():
    os.makedirs(OUT, exist_ok=True)
    hrows = write_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    sheet = build_force_sheet()
    item_lines, nonitems = write_force(os.path.join(OUT, "tracker.xlsx"), sheet)

    truth = []
    covered = set()
    for frow, r in item_lines:
        hs = r["h"] if isinstance(r["h"], tuple) else (r["h"],)
        for h in hs:
            hrow = hrows[h] if h else ""
            if h:
                covered.add(h)
                hstat = H[h][4]
                fdone = r["status"].strip().lower() != "open"
                exp = None
                if r["cat"] in ("in_sync", "closeable_submit", "closeable_local"):
                    # check: the category follows from item-level states (splits aggregated)
                    parts = [x for x in ROWS + APRIL
                             if (x["h"] == h or (isinstance(x["h"], tuple) and h in x["h"]))]
                    item_done = all(x["status"].strip().lower() != "open" for x in parts)
                    hclosed = hstat in HMICFRS_CLOSED
                    if hclosed == item_done:
                        exp = "in_sync"
                    elif item_done:
                        exp = "closeable_submit"
                    else:
                        exp = "closeable_local"
                    assert exp == r["cat"], (h, r["our_ref"], exp, r["cat"], fdone)
            truth.append((hrow, frow, r["cat"], r["why"]))
    for h, why in MISSING.items():
        assert h not in covered
        truth.append((hrows[h], "", "missing_from_force", why))
        covered.add(h)
    assert covered == set(H), set(H) - covered

    def tkey(t):
        def rn(p):
            return int(p.split("!")[1]) if p else 10**6
        return (rn(t[0]), rn(t[1]))

    truth.sort(key=tkey)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())

    for p, reason in nonitems:
        print("NONITEM", p, reason)
    write_readme(sheet, hrows, truth, nonitems)
    counts = {}
    for t in truth:
        counts[t[2]] = counts.get(t[2], 0) + 1
    print(counts, "lines", len(truth), "hmicfrs items", len(H), "force item rows",
          len(item_lines))


README_TEMPLATE = """# Case `mailmerge_owner_chase_source` (round 82, case C)

## The story

Wessex Police (a fictional force) keeps its HMICFRS recommendations with the Organisational
Learning (OL) team in Corporate Development. Every month the team sends each lead a "please
update" letter by **Word mail merge**, and the sheet that feeds the merge has become the
working tracker: leads' replies are typed back into it and it is the file the analyst was handed
before the Joint Audit Committee. Everything about its shape comes from the merge:

- one header row of merge-safe field names (no spaces, underscores) and nothing above it;
- **one row per addressee per item**, not one row per recommendation: an item with two leads
  has two rows (two letters), a lead who left keeps a dead row, a recommendation whose bullets
  went to different leads is split over rows with a `Part` field;
- the addressee fields come first (`Send`, `Rank`, `First_Name`, `Surname`, `Role`, `Email`,
  `Salutation`) and the item fields after them;
- rows are **sorted by surname** so that each lead's letters come out together; a `TEST`
  record sits at the top (surname "AAA TEST" so that every sort keeps it first);
- `Send` (Y/N) is the merge filter, not the delivery status;
- dates are typed as **text** ("19 February 2025", "Sept 2017", "May-22"), the team's fix for
  Word turning dates into US numbers;
- recommendation texts longer than 255 characters are **cut at 250 with "…"** (Word's
  Excel link cut them mid-word otherwise), so long HMICFRS texts appear truncated;
- the newest items (PEEL 2023–25) were appended in April under a typed divider, after the last
  sort, so they are out of surname order, and an "END OF LIST" row closes the merge range.

The HMICFRS side is an ordinary definitive-list export as at early March 2025.

## The files

- `hmicfrs.xlsx` – one sheet `Definitive list`; header row 1; item rows 2–{{LAST_H}}
  ({{N_H}} items). Columns: `Reference` (integer register id), `Force`, `Report title`,
  `Publication date` (Excel date, dd/mm/yyyy), `Type` (Recommendation / Area for improvement /
  Cause of concern / National recommendation), `Recommendation` (verbatim, line breaks and
  bullets kept), `Status` (Awaiting review / Being progressed / Complete / Superseded / No further
  action required), `Status date` (Excel date). Sorted by publication date, then reference.
- `tracker.xlsx` – three sheets:
  - `MergeData` (the tracker): header row 1, rows 2–{{LAST_F}}, of which {{N_F}} are item rows.
    Columns A–V: `Send`, `Rank`, `First_Name`, `Surname`, `Role`, `Email`, `Salutation`,
    `Our_Ref` (the OL team's own running number, LEG-nn for legacy items, OL/yy/nnn later;
    **not** an HMICFRS reference), `HMICFRS_Ref` (register id; blank on most pre-2017 rows;
    numeric, except `12712` stored as text and `1106 / 5530` on the merged row), `Report`
    (force short names: "PEEL 21-22", "Stolen Freedom (MSHT) 2017", …), `Published` (text),
    `Type` (AFI, Rec, CoC, CoC rec, Nat rec, National, Debrief, Local), `Recommendation` (the
    force's own wording: abbreviated, paraphrased, some cut with "…"), `Part`, `Target_Date`
    (text), `Status`, `RAG`, `Last_Update`, `Update_Date` (text), `Chase_Count` (number),
    `Reply_Due` (text, only where Send = Y), `OLT_Notes`. Autofilter on, panes frozen at E2.
  - `Letter_Text` ({{N_LT}} rows): the letter's paragraphs with their MERGEFIELD codes, and the
    **status key** (Status: Open / Complete / Submitted to HMICFRS / Closed; RAG for open items
    only: Green = on track, Amber = at risk, Red = target missed).
  - `Leads` ({{N_LEADS}} rows): lookup of leads, e-mail addresses, chief officer portfolio;
    notes that Supt Lloyd-Evans left on 31/12/24.
- `truth.csv` – UTF-8, `hmicfrs_row,force_row,category,why`, {{TOTAL}} lines.
- Both workbooks are written by XlsxWriter with fixed document properties; all strings UTF-8.

## How to read the force status

The delivery state is the `Status` column: `Open` (also `open`) = open; `Complete`,
`Complete ` (trailing space), `Completed`, `Compete` (typo, row {{F:OL/19/003}}),
`Submitted to HMICFRS`, `Closed`, `Closed - superseded` = done. `RAG` is only filled for open
items and **Green means on track, not done** (Letter_Text key) – e.g. rows {{F:LEG-03}},
{{F:OL/18/004}}, {{F:OL/17/033}}, {{F:LEG-12}}. `Send` = N mostly marks done items, but three
open items are N too: the two cause-of-concern rows ({{F:OL/17/010}}, {{F:OL/18/002}}; no letter
for a CoC), row {{F:OL/19/002}} (update received early) and the dead row of the lead who left
(row {{F:OL/17/050@Lloyd-Evans}}). Send is never used as status in the truth.

Force `Type` words: `AFI` = area for improvement; `Rec` = recommendation; `CoC` = cause of
concern; `CoC rec` = the recommendation that accompanies a cause of concern (HMICFRS type
Recommendation, not a conflict); `Nat rec` / `National` = national recommendation; `Debrief`
and `Local` mark the force's own items.

## What the layout brings (MergeData rows)

1. No title block: header in row 1; the TEST record in row {{F:TEST}} looks like an item
   (Status Open, Send Y, Recommendation text) but is the merge check record.
2. Sorted by surname, so reports are scattered: e.g. the nine PEEL 2021/22 rows are spread over
   eight leads.
3. Joint leads → duplicate rows with the same `Our_Ref`: OL/17/040 (rows {{F:OL/17/040}}),
   OL/18/006 (rows {{F:OL/18/006}}).
4. Lead left → dead row kept: OL/17/050 rows {{F:OL/17/050@Lloyd-Evans}} and {{F:OL/17/050@Okafor}} (first Lloyd-Evans, Send N,
   "LEFT FORCE"; second Okafor).
5. Split by bullet/part: OL/21/006a/b/c (rows {{F:OL/21/006a}}, {{F:OL/21/006b}},
   {{F:OL/21/006c}}; three leads, three different places in the sort), OL/17/031a/b (rows
   {{F:OL/17/031a}} and {{F:OL/17/031b}}).
6. One row holding two HMICFRS items: LEG-03 (row {{F:LEG-03}}), `HMICFRS_Ref` "1106 / 5530".
7. Cut texts ("…"): rows {{F:LEG-04}}, {{F:OL/17/040}}, {{F:OL/18/022}}, {{F:OL/22/008}}.
8. A blank row (contents cleared, row not deleted) at row {{F:blank}}; the April divider at row
   {{F:divider}} with four appended rows under it ({{F:OL/25/001}}–{{F:OL/25/004}}); the END row
   at row {{F:end}}.
9. Dates typed as text; `HMICFRS_Ref` mostly numbers, one stored as text (row
   {{F:OL/22/003}}) and one "1106 / 5530" (row {{F:LEG-03}}).

## Traps and how the truth decides them

"list row" = row of `hmicfrs.xlsx` (Definitive list); "MergeData row" = row of `tracker.xlsx`.

- **Split recommendation, not yet done**: HMICFRS 11804 (BWV, list row {{H:H34}}) over MergeData rows
  {{F:OL/21/006a}}, {{F:OL/21/006b}}, {{F:OL/21/006c}};
  parts 1 and 2 Complete, part 3 Open → the item is open → all three lines `in_sync` (a
  Complete part is not closeable on its own).
- **Split recommendation, all parts done**: HMICFRS 8012 (list row {{H:H41}}) over MergeData rows
  {{F:OL/17/031a}} and {{F:OL/17/031b}}; both parts Complete → both lines `closeable_submit`.
- **Joint leads**: 8206 (list row {{H:H19}}), both rows Open → `in_sync` ×2; 8545 (list row {{H:H31}}),
  both Complete → `closeable_submit` ×2.
- **Dead row of a lead who left**: 8390 (list row {{H:H46}}) → both rows `in_sync` (same item, both
  Open); the dead row is not a force-only item.
- **Merged row**: LEG-03 → two lines, HMICFRS 1106 (list row {{H:H03}}) and 5530 (list row {{H:H12}}),
  both `in_sync`.
- **Mistyped reference**: MergeData row {{F:OL/17/041}} has `HMICFRS_Ref` 8201; text and report are
  8210 (list row {{H:H23}}), and 8201 is not on the list → `conflict`.
- **Timescale / deadline conflicts**: MergeData row {{F:LEG-11}} "Within six months" vs HMICFRS 6121
  "Within three months" (list row {{H:H15}}); MergeData row {{F:LEG-05}} "Not later than 31 March 2016" vs
  4822 "31 March 2015" (list row {{H:H09}}) → `conflict`. Near-twin: the CDI 2017 rec 8013 (list row
  {{H:H42}}) has almost the same words as 4822; the force has it separately (MergeData row
  {{F:OL/17/032}}, CDI 2017, "Within 3 months") → `in_sync`.
- **Type conflict**: MergeData row {{F:OL/17/035}} typed "Rec", HMICFRS 8015 is an Area for improvement
  (list row {{H:H44}}) → `conflict`.
- **Report conflict**: MergeData row {{F:OL/18/021}} filed under "PEEL Eff 2016", HMICFRS 9025 is from the
  National child protection inspection 2018 (list row {{H:H48}}) → `conflict`.
- **Missing bullet**: MergeData row {{F:OL/18/003}} keeps two of the three bullets of 8542 (list row
  {{H:H28}}), with no "…" → `conflict`. By contrast texts cut with "…" at the merge limit are
  not conflicts.
- **Closed on one side**: HMICFRS closed, force open → `closeable_local` (e.g. MergeData row
  {{F:LEG-02}}/1105, MergeData row {{F:LEG-12}}/6122 where the force RAG is Green); force done, HMICFRS
  open → `closeable_submit` (e.g. MergeData row {{F:OL/22/003}}, MergeData row {{F:OL/21/005}}, MergeData row {{F:LEG-06}}
  "Submitted to HMICFRS").
- **Force-only rows** → `not_on_hmicfrs_list`: MergeData row {{F:OL/21/031}} (hot-debrief point, not in
  the report), MergeData row {{F:LEG-09}} (CDI 2014 rec no longer on the list), MergeData row {{F:IA/23/07}}
  (internal audit action chased with the same letters).
- **Missing from the force** → `missing_from_force`: 3013 and 3014 (austerity), 6124
  (firearms), 8212 (MSHT prevention), 7434 (DA victims kept informed – easy to confuse with the
  2021/22 stalking AFI the force does have), 9943 (demand), 12716 (county lines), 14406 (the
  fifth PEEL 2023–25 item, never added in April).
- No `review` lines: every pair could be decided from the two rows.

## Counts (truth lines)

| category | lines |
|---|---|
{{COUNTS}}
| **total** | **{{TOTAL}}** |

{{N_H}} HMICFRS items (each appears at least once); {{N_F}} force item rows (each once, the
merged row twice).

## Rows that are not items

`hmicfrs.xlsx`: only the header row (`Definitive list!1`).

`tracker.xlsx`, sheet `MergeData`:
{{NONITEMS}}

Sheets `Letter_Text` (all {{N_LT}} rows: header, letter paragraphs, status key, merge notes) and
`Leads` (all {{N_LEADS}} rows: header and the lead lookup) hold no items.

## Checks run

- The builder asserts that every HMICFRS item is in the truth at least once, that every
  MergeData item row is in it once (twice for the merged row), and that each in_sync /
  closeable category follows from the item-level states (split and duplicate rows aggregated:
  done only when every row is done).
- Every HMICFRS text was checked to be a literal from the project's text lists or
  `real_recommendations.csv` (or a real stem + real body, with the force's name put in); force
  texts are the force's own shortenings.
- Both files read back with pandas (`read_excel`, all sheets) and openpyxl (header rows, item
  counts, `Sheet!Row` of every truth line resolves to a non-empty row that is not a listed
  non-item row).
- Two builds in a row give byte-identical files (sha256 compared).
"""


def write_readme(sheet, hrows, truth, nonitems):
    pos = {}
    for rix, (kind, payload) in enumerate(sheet):
        if kind == "item":
            pos.setdefault(payload["our_ref"], []).append((payload["lead"], rix + 1))
            pos.setdefault(payload["our_ref"] + "@" + payload["lead"], []).append(rix + 1)
        else:
            pos.setdefault(kind, []).append(rix + 1)

    def fr(key):
        return ", ".join(str(x[1]) if isinstance(x, tuple) else str(x) for x in pos[key])

    def hr(key):
        return hrows[key].split("!")[1]

    counts = {}
    for t in truth:
        counts[t[2]] = counts.get(t[2], 0) + 1
    order = ["in_sync", "closeable_submit", "closeable_local", "conflict",
             "missing_from_force", "not_on_hmicfrs_list", "review"]
    count_lines = "\n".join(f"| `{c}` | {counts.get(c, 0)} |" for c in order)
    n_items = sum(1 for k, _ in sheet if k == "item")
    nonitem_lines = "\n".join(f"- `{p}`: {why}" for p, why in nonitems
                               if p.startswith("MergeData"))
    subs = {
        "COUNTS": count_lines,
        "TOTAL": str(len(truth)),
        "N_H": str(len(H)),
        "N_F": str(n_items),
        "LAST_H": str(len(H) + 1),
        "LAST_F": str(len(sheet)),
        "NONITEMS": nonitem_lines,
        "N_LT": str(len(LETTER_TEXT)),
        "N_LEADS": str(len(LEADS) + 1),
    }
    for key in ["TEST", "LEG-03", "LEG-04", "OL/17/040", "OL/18/006", "OL/21/006a",
                "OL/21/006b", "OL/21/006c", "OL/17/031a", "OL/17/031b", "OL/17/050",
                "OL/17/041", "LEG-11", "LEG-05", "OL/17/035", "OL/18/021", "OL/18/003",
                "OL/21/031", "LEG-09", "IA/23/07", "OL/22/003", "OL/18/002", "OL/17/010",
                "OL/19/002", "OL/17/032", "LEG-02", "LEG-12", "OL/19/003", "OL/21/005",
                "OL/22/004", "LEG-06", "OL/22/008", "OL/17/051", "OL/25/001", "OL/25/004",
                "OL/18/022", "OL/18/004", "OL/17/033", "OL/17/050@Lloyd-Evans",
                "OL/17/050@Okafor"]:
        subs["F:" + key] = fr(key) if key != "TEST" else "2"
    for kind in ("blank", "divider", "end"):
        subs["F:" + kind] = fr(kind)
    for key in H:
        subs["H:" + key] = hr(key)
    text = README_TEMPLATE
    for k, v in subs.items():
        text = text.replace("{{" + k + "}}", v)
    assert "{{" not in text, text[text.index("{{"):text.index("{{") + 40]
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


if __name__ == "__main__":
    main()
