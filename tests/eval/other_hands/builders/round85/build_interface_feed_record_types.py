"""Build the evaluation case ``interface_feed_record_types`` (round 85, case B).

The HMICFRS side is the monitoring portal's scheduled "force data feed" (FDF): a
multi-record-type interface file (HDR / RPT / ITM / TXT / NTE / TRL records, no column header,
every record padded to ten fields, every field quoted, Windows-1252, CRLF, item text cut into
250-character segments carried on TXT continuation records, status and type as codes, dates as
yyyymmdd, item ids zero-padded to six digits). The force side is an ordinary xlsx tracker.

Run with /work/main/.venv/bin/python. Deterministic: no clock, no randomness, fixed workbook
properties; XlsxWriter writes fixed zip timestamps.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import shutil

import xlsxwriter

CASE = "interface_feed_record_types"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), CASE)
SEG = 250  # characters of item text per segment (ITM carries segment 1, TXT the rest)
NF = 10  # fields in every record

# --------------------------------------------------------------------------------------------
# HMICFRS side: reports and items (texts are real HMICFRS wording, Open Government Licence)
# --------------------------------------------------------------------------------------------

REPORTS = [
    # key, title, published yyyymmdd, family, scope
    ("R00112", "Stop and search powers: Are the police using them effectively and fairly?",
     "20130709", "THEMATIC", "NATIONAL"),
    ("R00164", "Everyone's business: Improving the police response to domestic abuse",
     "20140327", "THEMATIC", "NATIONAL"),
    ("R00171", "Policing in austerity: Meeting the challenge", "20140722", "VFM", "NATIONAL"),
    ("R00180", "Core Business: an inspection into crime prevention, police attendance and the "
               "use of police time", "20140904", "THEMATIC", "NATIONAL"),
    ("R00203", "Integrity matters: An inspection of arrangements to ensure integrity and to "
               "provide the capability to tackle corruption in policing", "20150130",
     "THEMATIC", "NATIONAL"),
    ("R00214", "Stop and search powers 2: are the police using them effectively and fairly?",
     "20150324", "THEMATIC", "NATIONAL"),
    ("R00229", "Building the picture: an inspection of police information management",
     "20150701", "THEMATIC", "NATIONAL"),
    ("R00240", "Targeting the risk: An inspection of the efficiency and effectiveness of "
               "firearms licensing in police forces in England and Wales", "20150915",
     "THEMATIC", "NATIONAL"),
    ("R00318", "PEEL: Police effectiveness 2016 – West Mercia Police", "20170302", "PEEL",
     "FORCE"),
    ("R00351", "Crime data integrity inspection 2017 – West Mercia Police", "20170914", "CDI",
     "FORCE"),
    ("R00362", "Stolen freedom: the policing response to modern slavery and human trafficking",
     "20171024", "THEMATIC", "NATIONAL"),
    ("R00370", "PEEL: Police efficiency 2017 (national overview)", "20171109", "PEEL",
     "NATIONAL"),
    ("R00371", "PEEL: Police efficiency 2017 – West Mercia Police", "20171109", "PEEL",
     "FORCE"),
    ("R00374", "A progress report on the police response to domestic abuse", "20171114",
     "THEMATIC", "NATIONAL"),
    ("R00380", "PEEL: Police legitimacy 2017 (national overview)", "20171212", "PEEL",
     "NATIONAL"),
    ("R00381", "PEEL: Police legitimacy 2017 – West Mercia Police", "20171212", "PEEL",
     "FORCE"),
    ("R00415", "National child protection inspection 2018 – West Mercia Police", "20180621",
     "NCPI", "FORCE"),
    ("R00452", "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia "
               "Police", "20190502", "PEEL", "FORCE"),
    ("R00533", "Disproportionate use of police powers: A spotlight on stop and search and the "
               "use of force", "20210226", "THEMATIC", "NATIONAL"),
    ("R00571", "PEEL: Police effectiveness, efficiency and legitimacy 2021/22 – West Mercia "
               "Police", "20220512", "PEEL", "FORCE"),
    ("R00618", "PEEL: Police effectiveness, efficiency and legitimacy 2023/24 – West Mercia "
               "Police", "20230525", "PEEL", "FORCE"),
]

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
NCPI_DETENTION = (
    "Within six months West Mercia Police should, in conjunction with children’s social care "
    "services, review how it manages the detention of children. As a minimum it should:• "
    "ensure that all children are only detained when absolutely necessary and for the "
    "absolute minimum amount of time;• ensure that officers and staff in the custody suite "
    "assess at an early stage a child’s need for alternative accommodation (secure or "
    "otherwise) and work with children’s social care services to achieve the most appropriate "
    "option for the child;• ensure that custody staff comply with their statutory duties to "
    "complete detention certificates if a child is detained for any reason in police custody "
    "following charge;• ensure that custody staff make a record of all actions taken and "
    "decisions made on the relevant documentation; and• improve the timeliness of adequate "
    "appropriate adult support for children who are arrested."
)

SUP_PEEL_EFF = ("This area of activity has subsequently been inspected in HMIC's PEEL "
                "Effectiveness inspections. Where a cause of concern still exists this will "
                "appear in the register against these subsequent inspections.")
MONITORED = ("The progress of the implementation of this recommendation is currently being "
             "monitored by HMICFRS and this record will, in due course, be updated.")
BEING_REVIEWED = ("The status of this recommendation is currently being reviewed by HMIC and "
                  "will be updated when this review is complete.")
AUTH_CDI = ("Authorised for closure on the basis of the additional observations offered by "
            "members of the CDI inspection team in recent inspection activity.")
AUSTERITY_NFA = ("No further action required. This area of activity has subsequently been "
                 "inspected each year, most recently in HMICFRS's PEEL Efficiency inspections.")

# Items: key, item id, report key, no. in report, type code, parent id, status code,
# status date, text, notes [(date, kind, text)]
ITEMS = [
    ("I01", "000611", "R00112", 1, "NRC", "", "CMP", "20150212",
     "Chief Constables and the College of Policing should establish in the Stop and Search "
     "Authorised Professional Practice document a clear specification of what constitutes the "
     "effective and fair exercise of stop and search powers, and guidance in this respect. "
     "This should be compliant with the Code of Practice.", []),
    ("I02", "000612", "R00112", 2, "NRC", "", "CMP", "20160405",
     "Chief Constables should establish or improve monitoring of the way officers stop and "
     "search people, so that they can be satisfied their officers are acting in accordance "
     "with the law (including equality legislation and the Code of Practice), and that the "
     "power is used effectively to prevent crime, catch criminals and maintain public trust.",
     []),
    ("I03", "000613", "R00112", 3, "NRC", "", "SUP", "20171212",
     "Chief Constables should, in consultation with elected local policing bodies, ensure "
     "that they comply with the code of practice by explaining to the public the way stop and "
     "search powers are used in their areas and by making arrangements for stop and search "
     "records to be scrutinised by community representatives. This should be done in a way "
     "that involves those people who are stopped and searched, for example, young people.",
     [("20171212", "STATUS", "Superseded. See PEEL: Police legitimacy 2017 (national "
                             "overview), item 008542.")]),
    ("I04", "002321", "R00164", 1, "NRC", "", "SUP", "20170302", EVERYONE_PLAN,
     [("20170302", "COMMENT", SUP_PEEL_EFF)]),
    ("I05", "004101", "R00171", 1, "NRC", "", "NFA", "20171130",
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure "
     "they are doing all they can to continue to reduce crime and protect the front line while "
     "balancing their budgets. They should use the data and information contained in this "
     "report, and in HMIC's Value for Money profiles, when conducting their reviews",
     [("20171130", "STATUS", AUSTERITY_NFA)]),
    ("I06", "004102", "R00171", 2, "NRC", "", "NFA", "20171130",
     "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings "
     "through collaboration should assess whether there is scope to improve on this position. "
     "HMIC will follow up the assessments in the autumn.",
     [("20171130", "STATUS", AUSTERITY_NFA)]),
    ("I07", "004103", "R00171", 3, "NRC", "", "NFA", "20171130",
     "Chief Constables and PCCs in forces that are planning to reduce the proportion of their "
     "workforce and/or police officers on the front line should assess whether they have "
     "taken the decisive action seen in many forces in order to maintain their crime fighting "
     "capacity. HMIC will follow up the assessments in the autumn.",
     [("20171130", "STATUS", AUSTERITY_NFA)]),
    ("I08", "004104", "R00171", 4, "NRC", "", "NFA", "20171130",
     "In preparation for the next spending round period all Chief Constables and PCCs should "
     "review their plans for collaboration. In particular they should consider whether there "
     "is scope to deliver better value for money and improved capability and capacity through "
     "joint working with other forces, the public and/or the private sector.",
     [("20171130", "STATUS", AUSTERITY_NFA)]),
    ("I09", "004822", "R00180", 1, "NRC", "", "SUP", "20170302",
     "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that "
     "have not yet done so, should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.",
     [("20160120", "COMMENT", BEING_REVIEWED), ("20170302", "COMMENT", SUP_PEEL_EFF)]),
    ("I10", "004823", "R00180", 2, "NRC", "", "CMP", "20160118",
     "By 31 March 2015 all forces should ensure that crime prevention or disruption activity "
     "carried out is systematically recorded and subsequently evaluated to determine the "
     "effectiveness of tactics being employed.", []),
    ("I11", "000902", "R00203", 1, "NRC", "", "BPR", "20190402",
     "By 31 August 2015, all chief constables should satisfy themselves that they have "
     "processes in place to ensure that investigations into misconduct by officers and staff "
     "resulting in “no further action” are fair and free of any form of discrimination.",
     [("20190402", "COMMENT", MONITORED)]),
    ("I12", "005410", "R00214", 1, "NRC", "", "CMP", "20170519",
     "Chief constables should, in consultation with police and crime commissioners, ensure "
     "that they comply with the Code of Practice by explaining to the public the way stop and "
     "search powers are used in their areas and by making arrangements for stop and search "
     "records to be scrutinised by community representatives. This should be done in a way "
     "that involves those people who are stopped and searched, for example young people.", []),
    ("I13", "005702", "R00229", 1, "NRC", "", "AWR", "20150701",
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise "
     "audits of compliance with the APP on information management through the force "
     "information management governance structure. This should include measures to ensure "
     "that categorisation of records are regularly adjusted.",
     [("20150701", "COMMENT", "New recommendation")]),
    ("I14", "006011", "R00240", 1, "NRC", "", "CMP", "20160610",
     "Within three months, all chief constables should assess how well the governance of "
     "firearms licensing in his or her force meets the standards set out in Authorised "
     "Professional Practice. Chief constables of forces where the governance standards are not "
     "being complied with should put in place immediately the correct arrangements and "
     "procedures in order to meet the standards in full.", []),
    ("I15", "006012", "R00240", 2, "NRC", "", "BPR", "20220301",
     "Within three months, all chief constables should assess the demand placed on their "
     "firearms licensing department and ensure it has the capacity to meet this demand and "
     "provide an efficient and effective service at all times.", []),
    ("I16", "006013", "R00240", 3, "NRC", "", "CMP", "20160610",
     "Immediately, all chief constables should satisfy themselves that all appropriate action "
     "is being taken by their force with regard to ‘total expired’ licensing records.", []),
    ("I17", "006014", "R00240", 4, "NRC", "", "NFA", "20180920",
     "Within three months, all chief constables should ensure that their arrangements in "
     "respect of the use of temporary permits are in accordance with the Home Office guidance; "
     "that temporary permits are properly recorded without delay on the National Firearms "
     "Licensing Management System; and that effective systems exist to ensure certificate "
     "holders are not permitted, at any time, to remain in unlawful possession of a firearm.",
     [("20180920", "STATUS", "No further action required. Home Office guidance on temporary "
                             "permits under revision; HMICFRS will not pursue this "
                             "recommendation with forces.")]),
    ("I18", "006015", "R00240", 5, "NRC", "", "BPR", "20220301",
     "Within three months, all chief constables should ensure that systems designed to "
     "identify, prior to police attendance, whether a reported incident involves or is at the "
     "address of a firearm certificate holder are in place and are always applied by staff "
     "dispatching officers to incidents; and that officers understand the risk assessment "
     "which they should be undertaking in such circumstances, and their power, when "
     "appropriate, to seize firearms and firearm certificates.", []),
    ("I19", "008780", "R00318", 1, "COC", "", "BPR", "20180427",
     "The force’s current approach to domestic abuse is unacceptable. The proportion of "
     "victims who fail to support the investigation and the low use of police powers of "
     "arrest and prosecution is a cause of concern to HMIC.", []),
    ("I20", "008781", "R00318", 2, "REC", "008780", "CMP", "20180427",
     "In order to improve the service it provides to victims of domestic abuse, offer the best "
     "possible protection and bring more perpetrators to justice, the force should immediately "
     "consider ways of increasing the use of arrest, ancillary orders and other available "
     "powers.", [("20180427", "STATUS", "This recommendation is complete")]),
    ("I21", "008782", "R00318", 3, "REC", "008780", "BPR", "20180427",
     "To improve the service provided to victims of domestic abuse the force should "
     "immediately take steps to understand and address the reason behind why such a high "
     "proportion of victims of domestic abuse do not support the police investigation.", []),
    ("I22", "008783", "R00318", 4, "REC", "008780", "CMP", "20190111",
     "In addition, the practice of conducting domestic abuse risk assessments over the "
     "telephone and dealing with domestic abuse in the resolution centre should cease",
     [("20190111", "STATUS", "This recommendation is complete")]),
    ("I23", "008790", "R00318", 5, "COC", "", "BPR", "20180427", MISSING_COC, []),
    ("I24", "008791", "R00318", 6, "REC", "008790", "BPR", "20180427", MISSING_REC, []),
    ("I25", "009120", "R00351", 1, "REC", "", "AWR", "20170914", CDI_VICTIMS,
     [("20170914", "COMMENT", "New recommendation"),
      ("20260203", "FORCE", "Force update: CompletedVictims are believed at the point of "
                            "report, call handler summarys now QA'd daily and multiple crimes "
                            "recorded. Evidence pack sent to FLL 03/02/26.")]),
    ("I26", "009121", "R00351", 2, "REC", "", "BPR", "20190320",
     "Within three months, the force should provide call-handlers with specific, sound and "
     "comprehensible criteria against which they can assess threat, harm and risk.", []),
    ("I27", "009122", "R00351", 3, "AFI", "", "CMP", "20190320",
     "The force should improve its use of its crime-recording and management system to better "
     "manage its case files and investigative processes.",
     [("20190320", "STATUS", AUTH_CDI)]),
    ("I28", "009301", "R00362", 1, "NRC", "", "BPR", "20190115", SF_LEADERSHIP, []),
    ("I29", "009302", "R00362", 2, "NRC", "", "CMP", "20190115",
     "Within six months, forces should have in place active information-sharing agreements "
     "with other agencies to facilitate speedy exchange of intelligence 86 and in order to "
     "safeguard victims better and to identify suspects as early as possible", []),
    ("I30", "009303", "R00362", 3, "NRC", "", "BPR", "20190115",
     "Immediately, forces should ensure that all victims carrying out criminal acts under "
     "compulsion attributable to slavery or exploitation are afforded the protection of early "
     "and continuing consideration of the applicability of the section 45 defence.",
     [("20190115", "COMMENT", BEING_REVIEWED)]),
    ("I31", "009304", "R00362", 4, "NRC", "", "BPR", "20190115",
     "Immediately, forces should take steps to ensure they are fully compliant with the NRM "
     "process as it evolves and are implementing the requirement placed upon them under the "
     "Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an "
     "adult victim of modern slavery or human trafficking.", []),
    ("I32", "009305", "R00362", 5, "NRC", "", "BPR", "20190115",
     "Immediately, forces should take steps to ensure they fully comply with national crime "
     "recording standard (NCRS) requirements for offences identified as modern slavery and "
     "human trafficking and that sufficient audit capacity is available to the force crime "
     "registrar to provide reassurance that each force is identifying and managing any gaps in "
     "its crime-recording accuracy for these types of offences.", []),
    ("I33", "009306", "R00362", 6, "NRC", "", "CMP", "20200708",
     "Immediately, forces should ensure that allegations or indications of modern slavery and "
     "human trafficking are thoroughly investigated and effectively supervised by teams and "
     "individuals with the skills and experience to undertake them (this should include the "
     "use where appropriate of joint intelligence teams and other means to obtain "
     "intelligence and evidence from agencies overseas).", []),
    ("I34", "009307", "R00362", 7, "NRC", "", "SUP", "20220512",
     "Immediately, forces should review their use of preventative powers under the Modern "
     "Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed "
     "to pose a clear threat to others in respect of modern slavery and human trafficking "
     "offences are exploited.",
     [("20220512", "STATUS", "Superseded by item 014415 (PEEL 2021/22 area for "
                             "improvement).")]),
    ("I35", "009401", "R00370", 1, "NRC", "", "BPR", "20190604",
     "By September 2018, chief constables should produce an ambitious plan to improve "
     "digitally-enabled services within their force. The Home Office, National Police Chiefs' "
     "Council and Association of Police and Crime Commissioners should support the development "
     "of these plans by establishing a national framework which allows for the provision of "
     "digitally enabled services across force boundaries.", []),
    ("I36", "009410", "R00371", 1, "AFI", "", "BPR", "20190604",
     "The force should ensure that it has sufficient resources available in the control room "
     "to fulfil its resourcing model, and so to meet its demand, while also taking into "
     "account the wellbeing of its workforce.", []),
    ("I37", "009411", "R00371", 2, "AFI", "", "CMP", "20190604",
     "The force should develop its understanding of the links between its outcomes, outputs "
     "and costs", []),
    ("I38", "009412", "R00371", 3, "AFI", "", "BPR", "20190604",
     "The force should undertake further work to gain a fuller understanding of current demand "
     "for its services, and likely future changes in demand. This is so it can make best use "
     "of its resources by matching them to demand to meet the needs of the public", []),
    ("I39", "008541", "R00380", 1, "COC", "", "BPR", "20171212",
     "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and "
     "search powers is consistently reasonable and fair. In particular, there is "
     "over-representation of BAME people, and black people in particular, in stop and search "
     "data which many forces are unable to explain.", []),
    ("I40", "008542", "R00380", 2, "NRC", "008541", "BPR", "20171212", SAS_MONITORING_2017,
     []),
    ("I41", "008543", "R00380", 3, "NRC", "008541", "BPR", "20171212",
     "Where forces identify disparities through monitoring, they should demonstrate to the "
     "public that they have:\n"
     "•carried out research and analysis in an attempt to understand the reasons for the "
     "disparity, and •taken action to reduce the disparity, where necessary;", []),
    ("I42", "008544", "R00380", 4, "NRC", "", "CMP", "20200211",
     "We expect forces to publish this analysis and any actions taken at least on an annual "
     "basis, from July 2018.", []),
    ("I43", "008545", "R00380", 5, "NRC", "", "BPR", "20171212",
     "By July 2018, and ongoing following that date, forces should ensure that all officers "
     "who use stop and search powers have been provided with, and understand, training on "
     "unconscious bias and College of Policing APP on stop and search.", []),
    ("I44", "008601", "R00381", 1, "COC", "", "CMP", "20210930",
     "The size of the vetting backlog within West Mercia Police is a cause of concern.",
     [("20210930", "STATUS", "This recommendation is complete")]),
    ("I45", "008602", "R00381", 2, "REC", "008601", "CMP", "20210930",
     "The force should ensure all staff have received at least the lowest level of vetting "
     "clearance for their roles as quickly as possible, working to clear both the vetting "
     "backlog and new vetting renewals when they become due so that it complies fully with the "
     "national vetting guidelines.",
     [("20210930", "STATUS", "This recommendation is complete")]),
    ("I46", "010233", "R00415", 1, "REC", "", "BPR", "20190110", NCPI_DETENTION,
     [("20190110", "COMMENT", MONITORED)]),
    ("I47", "011870", "R00452", 1, "COC", "", "BPR", "20190502",
     "The force does not have suitable arrangements in place to make sure it can maintain the "
     "full range of public services when its alliance with Warwickshire Police ends. There are "
     "gaps in its workforce skills assessment, and weaknesses in both its investigative "
     "approach and its approach to safeguarding vulnerable people.", []),
    ("I48", "011871", "R00452", 2, "REC", "011870", "BPR", "20190502",
     "HMIC recommends that the force should immediately: conduct a review of officers’ "
     "capabilities and capacity to manage their investigative workload, to better understand "
     "investigative demand and the pressures placed upon them; and", []),
    ("I49", "011872", "R00452", 3, "REC", "011870", "CMP", "20201116",
     "HMIC recommends that the force should immediately: conduct a review, involving its "
     "partners, of the approach to vulnerability to better safeguard vulnerable people.", []),
    ("I50", "011873", "R00452", 4, "REC", "011870", "BPR", "20190502",
     "HMIC recommends that the force should immediately: expand the skills project work to "
     "include an assessment of all skills, not only operational, including potential future "
     "skills requirements. This assessment should inform workforce plans;", []),
    ("I51", "011874", "R00452", 5, "REC", "011870", "CMP", "20191001",
     "HMIC recommends that the force should immediately:agree arrangements with Warwickshire "
     "Police to secure a smooth transition to its future operating model, ensuring no "
     "disruption to public services; and", []),
    ("I52", "011875", "R00452", 6, "REC", "011870", "BPR", "20190502",
     "HMIC recommends that the force should immediately:clearly define its new operating "
     "model, ensuring all operational and support services are affordable and fit to protect "
     "the communities of West Mercia;", []),
    ("I53", "011876", "R00452", 7, "REC", "011870", "NFA", "20230525",
     "HMIC recommends that the force should immediately:improve its arrangements both to "
     "consult with the public about business planning and to feed back on changes made to "
     "service delivery as a result of such consultation.",
     [("20230525", "STATUS", "No further action required. Consultation arrangements were "
                             "reviewed in the PEEL 2023/24 inspection.")]),
    ("I54", "011877", "R00452", 8, "REC", "011870", "BPR", "20190502",
     "HMIC recommends that within six months the force should: ensure regular and active "
     "supervision of the quality and progress of investigations. This supervision should be "
     "properly recorded;", []),
    ("I55", "011878", "R00452", 9, "COC", "", "BPR", "20190502",
     "The force does not have the capacity or capability to investigate crime effectively and "
     "this is affecting the service being provided to the public. There are failings in the "
     "way that crimes are being investigated.", []),
    ("I56", "011879", "R00452", 10, "REC", "011878", "BPR", "20190502",
     "HMIC recommends that within six months the force should: improve its ability to retrieve "
     "digital evidence from mobile phones, computers and other electronic devices quickly "
     "enough to ensure investigations are not delayed;", []),
    ("I57", "011880", "R00452", 11, "REC", "011878", "BPR", "20190502",
     "HMIC recommends that within six months the force should: improve its understanding of "
     "suspects released under investigation and the management of those released on bail;",
     []),
    ("I58", "013301", "R00533", 1, "NRC", "", "BPR", "20210226",
     "By July 2022, forces should ensure that officers and staff have effective communication "
     "skills, in line with the National Policing Guidelines on Conflict Management. This "
     "should be in addition to existing training on conflict management and de-escalation.",
     []),
    ("I59", "013302", "R00533", 2, "NRC", "", "CMP", "20230130",
     "By July 2021, forces should ensure that communication skills are reinforced as part of "
     "the programme of continuing professional development for officers and staff, and that "
     "supervisors are supported to routinely and frequently debrief officers on these skills "
     "using body-worn video footage.", []),
    ("I60", "013303", "R00533", 3, "NRC", "", "BPR", "20210226", BWV_2021, []),
    ("I61", "013304", "R00533", 4, "NRC", "", "NFA", "20210226",
     "The Home Office and the NPCC should take steps to ensure that the quality of the data "
     "collected on the number of incidents where force has been used to effect a stop and "
     "search is sufficient for publication. The Home Office should publish this data as soon "
     "as possible.",
     [("20210226", "STATUS", "Not directed at forces. No further action required by the "
                             "force.")]),
    ("I62", "013305", "R00533", 5, "NRC", "", "BPR", "20210226",
     "By July 2021, forces should ensure they have effective internal monitoring processes on "
     "the use of force, to help them to identify and understand disproportionate use, explain "
     "the reasons and implement any necessary improvement action.", []),
    ("I63", "014410", "R00571", 1, "AFI", "", "BPR", "20220512",
     "The force should improve its understanding of the nature and scale of county lines drug "
     "dealing in its area.", []),
    ("I64", "014411", "R00571", 2, "AFI", "", "BPR", "20220512",
     "The force should make sure victims of stalking and harassment are kept informed about "
     "the progress of their case, in line with the Code of Practice for Victims of Crime.", []),
    ("I65", "014412", "R00571", 3, "AFI", "", "CMP", "20240301",
     "The force should improve how it works with partner organisations to safeguard people at "
     "risk from child sexual exploitation.", []),
    ("I66", "014413", "R00571", 4, "AFI", "", "BPR", "20220512",
     "The force should make sure it records reports of anti-social behaviour accurately and "
     "without delay.", []),
    ("I67", "014414", "R00571", 5, "AFI", "", "BPR", "20220512",
     "The force should improve the way it manages the risk posed by offenders involved in "
     "serious and organised crime.", []),
    ("I68", "014415", "R00571", 6, "AFI", "", "BPR", "20220512",
     "The force should review its use of preventative powers under the Modern Slavery Act 2015 "
     "to ensure that opportunities to restrict the activities of those deemed to pose a clear "
     "threat to others are exploited.",
     [("20220512", "COMMENT", "New area for improvement. Replaces item 009307.")]),
    ("I69", "016020", "R00618", 1, "AFI", "", "AWR", "20230525",
     "The force should make sure there are appropriate strategic oversight arrangements in "
     "place to manage risks, performance and improvement plans effectively.",
     [("20230525", "COMMENT", "New area for improvement")]),
    ("I70", "016021", "R00618", 2, "AFI", "", "AWR", "20230525",
     "The force should make sure the corporate risk register is actively used to mitigate and "
     "manage known risks.", [("20230525", "COMMENT", "New area for improvement")]),
    ("I71", "016022", "R00618", 3, "AFI", "", "AWR", "20230525",
     "The force should make sure all processes in place to support performance management are "
     "effective.", []),
    ("I72", "016023", "R00618", 4, "AFI", "", "AWR", "20230525",
     "The force should make sure it has access to accurate data and analysis to support "
     "effective performance management.", []),
    ("I73", "016024", "R00618", 5, "AFI", "", "AWR", "20230525",
     "The force should make sure officers and staff have the training they need to identify "
     "and respond to violence against women and girls.", []),
    ("I74", "016025", "R00618", 6, "AFI", "", "AWR", "20230525",
     "The force should improve the timeliness of its response to calls for service involving "
     "domestic abuse.", []),
]

STATUS_WORDS = {"AWR": "Awaiting review", "BPR": "Being progressed", "CMP": "Complete",
                "SUP": "Superseded", "NFA": "No further action required"}
HM_OPEN = {"AWR", "BPR"}

# --------------------------------------------------------------------------------------------
# Force side: West Mercia Police tracker (the force's own wording)
# --------------------------------------------------------------------------------------------

D = dt.date
# fid, HMICFRS ID, report, published (date or None), type, text, lead, RAG, update, submitted
FORCE = [
    ("F01", 611, "Stop & Search powers (HMIC 2013)", D(2013, 7, 1), "National recommendation",
     "CCs & College of Policing to set out in the S&S APP a clear specification of effective & "
     "fair use of S&S powers (compliant with Code of Practice)", "ACC Local Policing",
     "Complete", "APP published by CoP. Force S&S policy aligned.", D(2015, 1, 20)),
    ("F02", 612, "Stop & Search powers (HMIC 2013)", D(2013, 7, 1), "National recommendation",
     "Establish or improve monitoring of the way officers stop & search people – lawful (incl. "
     "equality legislation & Code of Practice), effective & maintains public trust",
     "ACC Local Policing", "Green", "Monthly S&S scrutiny dashboard in place since 2015.",
     D(2016, 2, 11)),
    ("F03", 613, "Stop & Search powers (HMIC 2013)", D(2013, 7, 1), "National recommendation",
     "CCs, in consultation with elected local policing bodies, to comply with code of practice "
     "– explain S&S use to the public & arrange community scrutiny of S&S records (involve "
     "young people)", "Supt Neighbourhoods", "Amber",
     "Youth scrutiny panel being re-established after pause.", None),
    ("F04", None, "Stop & Search powers (HMIC 2013)", D(2013, 7, 1), "National recommendation",
     "Chief constables, in consultation with PCCs, to comply with the Code of Practice by "
     "explaining to the public how S&S powers are used & arranging for S&S records to be "
     "scrutinised by community reps, e.g. young people", "Supt Neighbourhoods", "Complete",
     "External scrutiny panel reviews records quarterly.", D(2016, 11, 3)),
    ("F05", 2321, "Everyone's Business (DA) 2014", D(2014, 3, 1), "National recommendation",
     "Establish & publish a DA action plan – developed in consultation with PCC, DA support "
     "orgs & victims' reps, after considering all recs in the report, with reference to DHRs & "
     "IPCC findings, drawing on CPS scrutiny panels & MARAC self-assessments",
     "Ch Supt Public Protection", "Complete", "DA action plan published Sept 2014.",
     D(2014, 10, 2)),
    ("F06", None, "Policing in Austerity 2014", D(2014, 7, 1), "National recommendation",
     "Review plans to deliver savings – continue to reduce crime & protect the front line "
     "while balancing the budget (use HMIC VfM profiles)", "Director of Finance", "Complete",
     "Medium term financial plan reviewed.", D(2015, 3, 31)),
    ("F07", None, "Policing in Austerity 2014", D(2014, 7, 1), "National recommendation",
     "Assess scope to improve on <10% of savings via collaboration; assess whether decisive "
     "action taken to maintain crime fighting capacity where front line workforce reducing",
     "Director of Finance", "Amber",
     "Addressed holistically as part of the force change programme.", None),
    ("F08", None, "Policing in Austerity 2014", D(2014, 7, 1), "National recommendation",
     "Review collaboration plans ahead of next spending round – scope for better VfM & "
     "capability through joint working with other forces, the public and/or private sector",
     "Director of Finance", "Green", "Collaboration review reported to COG.", D(2016, 4, 1)),
    ("F09", 4822, "Core Business 2014", D(2014, 9, 1), "National recommendation",
     "Not later than 31 March 2015 provide call-handlers with specific, sound & comprehensible "
     "criteria to assess threat, harm & risk", "Supt Contact Centre", "Complete",
     "THRIVE adopted in the OCC.", D(2015, 4, 14)),
    ("F10", 3310, "Crime Data Integrity 2014", D(2014, 11, 1), "Recommendation",
     "Implement an NCRS compliance audit programme overseen by the FCR", "Force Crime Registrar",
     "Complete", "Audit programme running since 2015.", D(2015, 9, 30)),
    ("F11", 902, "Integrity Matters 2015", D(2015, 1, 1), "National recommendation",
     "Satisfy ourselves processes are in place so misconduct investigations ending in 'no "
     "further action' are fair & free of discrimination (by 31 Aug 2015)",
     "Head of Professional Standards", "Green",
     "PSD dip-sample of NFA outcomes completed Feb 2025; no disproportionality found. Ready to "
     "submit.", None),
    ("F12", 5702, "Building the Picture 2015", D(2015, 7, 1), "National recommendation",
     "By 30 Nov 2015 put in place arrangements to scrutinise audits of compliance with APP on "
     "information management through force IM goverance structure; ensure categorisation of "
     "records regularly adjusted", "Head of Information Management", "Complete",
     "Information Assurance Board oversees audit results.", D(2019, 6, 14)),
    ("F13", 6011, "Firearms licensing 2015", D(2015, 9, 1), "National recommendation",
     "Within 3 months assess how well FL governance meets APP standards; put correct "
     "arrangements in place immediately where not", "Supt Firearms Licensing", "Complete",
     "Governance review completed Dec 2015.", D(2016, 1, 8)),
    ("F14", 6012, "Firearms licensing 2015", D(2015, 9, 1), "National recommendation",
     "Within six months assess demand placed on firearms licensing dept & ensure capacity to "
     "meet demand / efficient & effective service at all times", "Supt Firearms Licensing",
     "Amber", "Backlog of renewals still above target; temporary staff recruited.", None),
    ("F15", 6013, "Firearms licensing 2015", D(2015, 9, 1), "National recommendation",
     "Immediately satisfy ourselves all appropriate action is being taken re 'total expired' "
     "licensing records", "Supt Firearms Licensing", "Green", "All expired records actioned.",
     D(2016, 3, 2)),
    ("F16", 6014, "Firearms licensing 2015", D(2015, 9, 1), "National recommendation",
     "Temporary permits – in line with HO guidance, recorded without delay on NFLMS, systems "
     "so certificate holders never in unlawful possession of a firearm",
     "Supt Firearms Licensing", "Amber", "Awaiting revised HO guidance.", None),
    ("F17", 6015, "Firearms licensing 2015", D(2015, 9, 1), "National recommendation",
     "Systems to identify before attendance whether incident involves / is at address of a "
     "firearm certificate holder; applied by dispatchers; officers understand risk assessment "
     "& power to seize", "Supt Contact Centre", "Amber",
     "Storm flag for certificate holders in test.", None),
    ("F18", 8780, "PEEL Effectiveness 2016", D(2017, 3, 1), "Cause of concern",
     "Force's current approach to DA unacceptable – proportion of victims who fail to support "
     "investigation & low use of arrest/prosecution powers", "Ch Supt Public Protection",
     "Amber", "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
     None),
    ("F19", 8781, "PEEL Effectiveness 2016", D(2017, 3, 1), "Recommendation",
     "Immediately consider ways of increasing use of arrest, ancillary orders & other powers "
     "to improve service to DA victims & bring more perpetrators to justice",
     "Ch Supt Public Protection", "Complete", "DVPN/DVPO use doubled.", D(2018, 2, 5)),
    ("F20", 8782, "PEEL Effectiveness 2016", D(2017, 3, 1), "Recommendation",
     "Immediately understand & address why such a high proportion of DA victims do not support "
     "the police investigation", "Ch Supt Public Protection", "Green",
     "Victim engagement research complete; DA champions in all LPAs. Pending sign off by the "
     "chief officer lead.", None),
    ("F21", 8783, "PEEL Effectiveness 2016", D(2017, 3, 1), "Recommendation",
     "Cease telephone DA risk assessments & dealing with DA in the resolution centre",
     "Supt Contact Centre", "Amber", "Resolution centre DA pilot paused; policy rewrite due.",
     None),
    ("F22", 8791, "PEEL Effectiveness 2016", D(2017, 3, 1), "Recommendation",
     "Review approach to reports of missing children: • call takers understand & use "
     "missing/absent category appropriately; • supervisors provide correct oversight of "
     "missing person enquiries & direct timely investigative & safeguarding action",
     "Head of Public Protection", "Amber", "Missing persons policy rewrite in consultation.",
     None),
    ("F23", 9120, "CDI inspection 2017", D(2017, 9, 1), "Recommendation",
     "Within six months – arrangements so that: • victims believed at point of report; • call "
     "handler/caller conversations summarised accurately in incident log; • multiple crimes "
     "always recorded", "Force Crime Registrar", "Complete",
     "Completed. Evidence submitted to HMICFRS for closure.", D(2026, 2, 3)),
    ("F24", 9120, "CDI inspection 2017", D(2017, 9, 1), "Recommendation",
     "(cont.) • stop awaiting results of medical examinations / video interviews before "
     "crime-recording decisions; • online crime reports triaged at receipt for ongoing risk",
     "Force Crime Registrar", "Complete",
     "Completed. Evidence submitted to HMICFRS for closure.", D(2026, 2, 3)),
    ("F25", 9121, "CDI inspection 2017", D(2017, 9, 1), "Recommendation",
     "Within three months provide call-handlers with specific, sound & comprehensible THR "
     "criteria", "Supt Contact Centre", "Amber", "THRIVE refresher for new call handlers.",
     None),
    ("F26", 9122, "CDI inspection 2017", D(2017, 9, 1), "AFI",
     "Improve use of crime-recording & management system to better manage case files & "
     "investigative processes", "Force Crime Registrar", "Complete", "Athena workflow updated.",
     D(2019, 2, 1)),
    ("F27", 9301, "Stolen Freedom (MSHT) 2017", D(2017, 10, 1), "National recommendation",
     "Within 12 months review MSHT leadership & governance – senior leaders prioritise the "
     "response to MSHT", "Det Ch Supt Force CID", "Green", "MSHT gold group chaired by ACC.",
     None),
    ("F28", 9301, "Stolen Freedom (MSHT) 2017", D(2017, 10, 1), "National recommendation",
     "– every MSHT incident allocated appropriate resources with the skills, experience & "
     "capacity to investigate", "Det Ch Supt Force CID", "Green",
     "All MSHT crimes allocated to CID.", None),
    ("F29", 9301, "Stolen Freedom (MSHT) 2017", D(2017, 10, 1), "National recommendation",
     "– effective partnership arrangements to co-ordinate activity, share info & safeguard "
     "victims", "Det Ch Supt Force CID", "Amber",
     "Partnership protocol with two LAs still unsigned.", None),
    ("F30", 9301, "Stolen Freedom (MSHT) 2017", D(2017, 10, 1), "National recommendation",
     "– performance & QA measures so senior leaders can assess the quality of service to "
     "victims", "Det Ch Supt Force CID", "Green", "MSHT measures in the performance pack.",
     None),
    ("F31", 9302, "Stolen Freedom (MSHT) 2017", D(2017, 10, 1), "National recommendation",
     "Within 6 months have active ISAs with other agencies – speedy exchange of intelligence, "
     "safeguard victims, identify suspects early", "Head of Intelligence", "Green",
     "ISAs signed with all LAs & GLAA.", D(2018, 11, 20)),
    ("F32", 9303, "Stolen Freedom (MSHT) 2017", D(2017, 10, 1), "National recommendation",
     "Immediately ensure victims committing offences under compulsion get early & continuing "
     "consideration of s45 defence", "Head of Criminal Justice", "Green",
     "s45 checklist built into charging advice.", None),
    ("F33", 9304, "Stolen Freedom (MSHT) 2017", D(2017, 10, 1), "National recommendation",
     "Immediately ensure full compliance with NRM process & duty to notify HO of suspected "
     "adult MSHT victims", "Det Ch Supt Force CID", "Amber", "Duty to notify audit due Q1.",
     None),
    ("F34", 9306, "Stolen Freedom (MSHT) 2017", D(2017, 10, 1), "National recommendation",
     "Immediately ensure MSHT allegations thoroughly investigated & supervised by teams with "
     "the right skills/experience (incl. JITs & overseas intel)", "Det Ch Supt Force CID",
     "Complete", "Complex investigations team in place.", D(2020, 5, 1)),
    ("F35", 9307, "Stolen Freedom (MSHT) 2017", D(2017, 10, 1), "National recommendation",
     "Immediately review use of preventative powers under MSA 2015 (STPOs/STROs) so "
     "opportunities to restrict those posing a clear threat are exploited",
     "Det Ch Supt Force CID", "Red",
     "Little work yet undertaken in this area. Unlikely to reach deadlines.", None),
    ("F36", 9401, "PEEL Efficiency 2017 - national", D(2017, 11, 1), "National recommendation",
     "By September 2019, chief constables to produce an ambitious plan to improve "
     "digitally-enabled services within the force (HO/NPCC/APCC national framework)",
     "Head of Corporate Development", "Amber", "Digital strategy drafted.", None),
    ("F37", 9410, "PEEL Efficiency 2017", D(2017, 11, 1), "AFI",
     "Ensure sufficient resources in the control room to fulfil resourcing model & meet "
     "demand, taking account of workforce wellbeing", "Supt Contact Centre", "Green",
     "OCC uplift of 24 call handlers complete; wellbeing plan in place.", None),
    ("F38", 9411, "PEEL Efficiency 2017", D(2017, 11, 1), "AFI",
     "Develop understanding of links between outcomes, outputs & costs", "Director of Finance",
     "Complete", "Priority based budgeting adopted.", D(2019, 3, 29)),
    ("F39", 9412, "PEEL Efficiency 2017", D(2017, 11, 1), "Recommendation",
     "Undertake further work to understand current & likely future demand so resources are "
     "matched to demand", "Head of Corporate Development", "Amber",
     "Demand model refresh as part of FMS.", None),
    ("F40", 8541, "PEEL Legit 17 S&S", D(2017, 12, 1), "Cause of concern",
     "Forces unable to demonstrate S&S consistently reasonable & fair – over-representation of "
     "BAME (esp. black) people in S&S data not explained", "ACC Local Policing", "Amber",
     "Disproportionality remains 3.1x.", None),
    ("F41", 8542, "PEEL Legit 17 S&S", D(2017, 12, 1), "National recommendation",
     "By July 2018 regularly & frequently monitor comprehensive S&S data to understand: • "
     "reasons for disproportionate representation of ethnic groups; • extent find rates "
     "differ between ethnicities & search types (incl. drug possession v supply)",
     "ACC Local Policing", "Amber", "Quarterly disproportionality report to S&S board.", None),
    ("F42", 8543, "PEEL Legit 17 S&S", D(2017, 12, 1), "National recommendation",
     "Where disparities identified, show the public we have researched/analysed the reasons & "
     "taken action to reduce the disparity", "ACC Local Policing", "Green",
     "Analysis & actions published on website.", None),
    ("F43", 8544, "PEEL Legit 17 S&S", D(2017, 12, 1), "National recommendation",
     "Publish analysis & actions at least annually from July 2018", "ACC Local Policing",
     "Complete", "Annual publication since 2019.", D(2020, 1, 10)),
    ("F44", 8545, "PEEL Legit 17 S&S", D(2017, 12, 1), "National recommendation",
     "By July 2018 (and ongoing) all officers using S&S trained on unconscious bias & CoP APP "
     "on S&S", "Head of Learning & Development", "Amber", "Training at 81% of officers.",
     None),
    ("F45", 8601, "PEEL Legitimacy 2017", D(2017, 12, 1), "Cause of concern",
     "Size of vetting backlog is a cause of concern", "Head of Professional Standards",
     "Complete", "Backlog cleared.", D(2021, 6, 30)),
    ("F46", 8602, "PEEL Legitimacy 2017", D(2017, 12, 1), "Recommendation",
     "Ensure all staff have at least lowest level of vetting clearance asap – clear backlog & "
     "renewals, comply fully with national vetting guidelines",
     "Head of Professional Standards", "Amber", "Renewals tracker shows 40 overdue.", None),
    ("F47", 10232, "NCPI 2018", D(2018, 6, 1), "Recommendation",
     "Within six months, with children's social care, review detention of children: • detain "
     "only when absolutely necessary & for minimum time; • early assessment of need for "
     "alternative accomodation; • custody staff complete detention certificates; • record all "
     "actions & decisions; • timely appropriate adult support", "Ch Insp Custody", "Amber",
     "Concordat on children in custody signed with 3 LAs.", None),
    ("F48", 11870, "PEEL 2018/19", D(2019, 5, 1), "Cause of concern",
     "No suitable arrangements to maintain full range of services when alliance with "
     "Warwickshire ends; gaps in workforce skills assessment; weaknesses in investigation & "
     "safeguarding", "DCC", "Amber", "Post-alliance transition programme.", None),
    ("F49", 11871, "PEEL 2018/19", D(2019, 5, 1), "Recommendation",
     "Immediately review officers' capabilities & capacity to manage investigative workload",
     "Det Ch Supt Force CID", "Amber", "Workload review phase 2.", None),
    ("F50", 11872, "PEEL 2018/19", D(2019, 5, 1), "Recommendation",
     "Immediately review approach to vulnerability with partners", "Head of Public Protection",
     "Complete", "Vulnerability review signed off.", D(2020, 9, 1)),
    ("F51", 11873, "PEEL 2018/19", D(2019, 5, 1), "Recommendation",
     "Expand skills project to all skills (not only operational) incl. future requirements – "
     "to inform workforce plans", "Director of People", "Green",
     "Skills audit complete & in workforce plan.", None),
    ("F52", 11874, "PEEL 2018/19", D(2019, 5, 1), "Recommendation",
     "Agree arrangements with Warwickshire Police for smooth transition to future operating "
     "model", "DCC", "Complete", "Section 22 agreements replaced.", D(2019, 9, 30)),
    ("F53", 11875, "PEEL 2018/19", D(2019, 5, 1), "Recommendation",
     "Clearly define new operating model – all services affordable & fit to protect the "
     "communities of West Mercia", "DCC", "Amber", "Operating model v3 at COG.", None),
    ("F54", 11876, "PEEL 2018/19", D(2019, 5, 1), "Recommendation",
     "Improve public consultation on business planning & feedback on resulting service "
     "changes", "Head of Corporate Development", "Amber", "Consultation strategy in draft.",
     None),
    ("F55", 11877, "PEEL 2018/19", D(2019, 5, 1), "Recommendation",
     "Within 12 months ensure regular & active supervison of quality & progress of "
     "investigations, properly recorded", "Det Ch Supt Force CID", "Amber",
     "Supervision dip-sampling monthly.", None),
    ("F56", 11878, "PEEL 2018/19", D(2019, 5, 1), "Cause of concern",
     "Force lacks capacity/capability to investigate crime effectively – failings in how "
     "crimes are investigated", "Det Ch Supt Force CID", "Amber",
     "Investigative standards programme.", None),
    ("F57", 11879, "PEEL 2018/19", D(2019, 5, 1), "Recommendation",
     "Within six months improve ability to retrieve digital evidence from phones, computers & "
     "other devices quickly enough so investigations not delayed", "Head of Digital Forensics",
     "Amber", "Kiosk rollout 70%.", None),
    ("F58", 11880, "PEEL 2018/19", D(2019, 5, 1), "Recommendation",
     "Within six months improve understanding of RUI & management of those on bail",
     "Head of Criminal Justice", "Green", "RUI/bail dashboard live; Bail Act changes embedded.",
     None),
    ("F59", 13301, "Police powers spotlight (Feb 21)", D(2021, 2, 1), "National recommendation",
     "By July 2022 ensure officers & staff have effective communication skills in line with "
     "National Policing Guidelines on Conflict Management", "Head of Learning & Development",
     "Amber", "Included in PST refresh.", None),
    ("F60", 13302, "Police powers spotlight (Feb 21)", D(2021, 2, 1), "National recommendation",
     "By July 2021 reinforce comms skills through CPD; supervisors debrief officers using BWV "
     "footage", "Head of Learning & Development", "Complete", "CPD module live.",
     D(2022, 11, 1)),
    ("F61", 13303, "Police powers spotlight (Feb 21)", D(2021, 2, 1), "National recommendation",
     "By Sept 2021: record whole S&S encounter on BWV (incl. traffic stops & use of force); "
     "structured internal review of BWV footage; scrutiny panel access to BWV samples",
     "ACC Local Policing", "Green", "All three strands delivered; ready to move to GREEN "
     "status confirmed by ACC.", None),
    ("F62", 13305, "Police powers spotlight (Feb 21)", D(2021, 2, 1), "National recommendation",
     "By July 2021 effective internal monitoring of use of force – identify & understand "
     "disproportionate use, explain reasons, improve", "ACC Local Policing", "Amber",
     "UoF data quality work ongoing.", None),
    ("F63", 14410, "PEEL 2021/22", D(2022, 5, 1), "AFI",
     "Improve understanding of nature & scale of county lines in our area",
     "Head of Intelligence", "Amber", "Problem profile refresh.", None),
    ("F64", 14411, "PEEL 2021/22", D(2022, 5, 1), "AFI",
     "Keep victims of stalking & harassment informed of case progress (VCOP)",
     "Head of Criminal Justice", "Green", "VCOP compliance 94%.", None),
    ("F65", 14412, "PEEL 2021/22", D(2022, 5, 1), "AFI",
     "Improve partnership working to safeguard people at risk from CSE",
     "Head of Public Protection", "Complete", "Joint CSE hub live.", D(2024, 1, 15)),
    ("F66", 14414, "PEEL 2021/22", D(2022, 5, 1), "AFI",
     "Improve management of risk posed by SOC offenders", "Det Ch Supt Force CID", "Amber",
     "Lifetime offender management pilot.", None),
    ("F67", None, "Custody inspection 2022", D(2022, 8, 1), "Recommendation",
     "Improve timeliness of appropriate adult support for children & vulnerable adults in "
     "custody (HMIP/HMICFRS joint custody report)", "Ch Insp Custody", "Amber",
     "AA contract retender.", None),
    ("F68", None, "PEEL 2023/24", D(2023, 5, 1), "AFI",
     "Appropriate strategic oversight arrangements to manage risks, performance & improvement "
     "plans effectively", "DCC", "Amber", "Governance review.", None),
    ("F69", None, "PEEL 2023/24", D(2023, 5, 1), "AFI",
     "Corporate risk register actively used to mitigate & manage known risks",
     "Head of Corporate Development", "Green", "Risk register reviewed monthly at COG.", None),
    ("F70", None, "PEEL 2023/24", D(2023, 5, 1), "AFI",
     "All processes supporting performance management are effective",
     "Head of Corporate Development", "Amber", "Performance framework refresh.", None),
    ("F71", None, "PEEL 2023/24", D(2023, 5, 1), "AFI",
     "Access to accurate data & analysis to support effective performance management",
     "Head of Corporate Development", "Amber", "Data warehouse phase 2.", None),
    ("F72", None, "PEEL 2023/24", D(2023, 5, 1), "AFI",
     "Improve understanding of nature & scale of fraud in our area", "Det Ch Supt Force CID",
     "Amber", "Fraud problem profile commissioned.", None),
    ("F73", None, "PEEL 2023/24", D(2023, 5, 1), "AFI",
     "Officers & staff have the training to identify & respond to VAWG",
     "Head of Learning & Development", "Amber", "VAWG training 60% complete.", None),
    ("F74", None, "PEEL 2023/24", D(2023, 5, 1), "AFI",
     "Improve timeliness of response to DA calls for service", "Supt Contact Centre", "Amber",
     "Attendance times reported monthly.", None),
    ("F75", None, "Force improvement plan", None, "Local action",
     "Local action: Task & Finish group to review the domestic abuse policy and report to the "
     "Force Executive Team", "Ch Supt Public Protection", "Amber",
     "Task & Finish group meets fortnightly.", None),
]

# --------------------------------------------------------------------------------------------
# Truth: (item key or None, force fid or None, category, why)
# --------------------------------------------------------------------------------------------

TRUTH = [
    ("I01", "F01", "in_sync", "Ref 611 = item 000611; same APP-specification text; HMICFRS CMP "
     "(Complete), force Complete: closed on both."),
    ("I02", "F02", "in_sync", "Ref 612 = item 000612; monitoring of stop and search, same "
     "wording abridged; HMICFRS CMP, force Green (implemented): closed/done on both."),
    ("I03", "F03", "closeable_local", "Ref 613 = item 000613 ('elected local policing bodies' "
     "wording is the 2013 report's); HMICFRS SUP (Superseded, NTE row says see 008542), force "
     "Amber: force should close its entry."),
    ("I12", "F04", "conflict", "No ref; text is the 2015 'Stop and search powers 2' item "
     "005410 ('in consultation with PCCs', 'e.g. young people' without comma) but the force "
     "files it under the 2013 report, Jul 2013; the 2013 look-alike (000613) is already F03. "
     "Both closed (CMP / Complete) but report and date disagree."),
    ("I04", "F05", "in_sync", "Ref 2321 = item 002321 (Everyone's business action plan; feed "
     "text runs on over two TXT rows); HMICFRS SUP, force Complete: closed on both."),
    ("I05", "F06", "in_sync", "Austerity item 1 (savings plans, VfM profiles), no ref, matched "
     "by report and text; HMICFRS NFA, force Complete: closed on both."),
    ("I06", "F07", "closeable_local", "F07 holds two austerity items in one row: the '<10% of "
     "savings via collaboration' half is item 004102; HMICFRS NFA, force Amber."),
    ("I07", "F07", "closeable_local", "Second half of F07 ('decisive action to maintain crime "
     "fighting capacity') is item 004103; HMICFRS NFA, force Amber."),
    ("I08", "F08", "in_sync", "Austerity item 4 (collaboration plans before next spending "
     "round); HMICFRS NFA, force Green: closed/done on both."),
    ("I09", "F09", "in_sync", "Ref 4822 = item 004822, Core Business 2014 (not the CDI 2017 "
     "look-alike 009121, which is F25); HMICFRS SUP, force Complete."),
    ("I10", None, "missing_from_force", "Core Business item 004823 (crime prevention activity "
     "recorded and evaluated) has no row in the tracker; HMICFRS CMP."),
    (None, "F10", "not_on_hmicfrs_list", "Ref 3310, 'Crime Data Integrity 2014' NCRS audit "
     "programme: no such item id or report in the feed (no RPT for CDI 2014)."),
    ("I11", "F11", "closeable_submit", "Ref 902 = item 000902 (Integrity matters, no further "
     "action misconduct); HMICFRS BPR (Being progressed), force Green 'Ready to submit'."),
    ("I13", "F12", "closeable_submit", "Ref 5702 = item 005702 (Building the picture, APP "
     "information management audits); HMICFRS AWR (Awaiting review), force Complete, "
     "submitted 14/06/2019."),
    ("I14", "F13", "in_sync", "Ref 6011 = item 006011 (firearms licensing governance); "
     "HMICFRS CMP, force Complete."),
    ("I15", "F14", "conflict", "Ref 6012 = item 006012 (firearms licensing demand), both "
     "open (BPR / Amber), but the force has 'Within six months' where HMICFRS says 'Within "
     "three months': timescale differs."),
    ("I16", "F15", "in_sync", "Ref 6013 = item 006013 ('total expired' records); HMICFRS CMP, "
     "force Green."),
    ("I17", "F16", "closeable_local", "Ref 6014 = item 006014 (temporary permits); HMICFRS NFA "
     "(NTE row gives the reason), force Amber."),
    ("I18", "F17", "in_sync", "Ref 6015 = item 006015 (identify firearm certificate holders "
     "before attendance); HMICFRS BPR, force Amber: open on both."),
    ("I19", "F18", "in_sync", "Ref 8780 = cause of concern 008780 (domestic abuse "
     "unacceptable); HMICFRS BPR, force Amber."),
    ("I20", "F19", "in_sync", "Ref 8781 = item 008781 (arrest, ancillary orders); HMICFRS CMP, "
     "force Complete."),
    ("I21", "F20", "closeable_submit", "Ref 8782 = item 008782 (why DA victims do not support "
     "investigation); HMICFRS BPR, force Green ('pending sign off')."),
    ("I22", "F21", "closeable_local", "Ref 8783 = item 008783 (cease telephone DA risk "
     "assessments); HMICFRS CMP, force Amber."),
    ("I23", None, "missing_from_force", "Cause of concern 008790 (missing and absent children) "
     "is not in the tracker: the force tracks only its recommendation 008791 (F22), whose ref "
     "is 8791, not 8790."),
    ("I24", "F22", "conflict", "Ref 8791 = item 008791, both open (BPR / Amber), but the force "
     "row lists two of the three bullets: the middle one (call takers and frontline staff "
     "knowing CSE risk factors), which runs from the end of the ITM row into its TXT "
     "continuation row, is missing."),
    ("I25", "F23", "closeable_submit", "Ref 9120 = item 009120, split by the force into two "
     "rows (bullets 1-3 and 4-5); every part Complete, HMICFRS AWR: submit for closure."),
    ("I25", "F24", "closeable_submit", "Second part of item 009120 (bullets 4-5, '(cont.)'), "
     "same ref 9120; Complete, so the whole item is done while HMICFRS still has it AWR."),
    ("I26", "F25", "in_sync", "Ref 9121 = item 009121, CDI 2017 'Within three months' THR "
     "criteria (same ask as Core Business 004822 but a different report and stem); HMICFRS "
     "BPR, force Amber."),
    ("I27", "F26", "in_sync", "Ref 9122 = AFI 009122 (crime-recording system); HMICFRS CMP, "
     "force Complete."),
    ("I28", "F27", "in_sync", "Ref 9301 = item 009301 (MSHT leadership), split by the force "
     "into one row per bullet (F27-F30); F29 is Amber so the item is still open on the force "
     "side, HMICFRS BPR: open on both. This row: bullet 1."),
    ("I28", "F28", "in_sync", "Part of item 009301 (bullet 2, resources to investigate); item "
     "open on both sides because F29 is Amber."),
    ("I28", "F29", "in_sync", "Part of item 009301 (bullet 3, partnership arrangements), "
     "Amber; HMICFRS BPR: open on both."),
    ("I28", "F30", "in_sync", "Part of item 009301 (bullet 4, performance and QA measures); "
     "item open on both sides because F29 is Amber."),
    ("I29", "F31", "in_sync", "Ref 9302 = item 009302 (information-sharing agreements; the "
     "feed keeps the stray footnote '86'); HMICFRS CMP, force Green."),
    ("I30", "F32", "closeable_submit", "Ref 9303 = item 009303 (section 45 defence); HMICFRS "
     "BPR, force Green."),
    ("I31", "F33", "in_sync", "Ref 9304 = item 009304 (NRM, duty to notify); HMICFRS BPR, "
     "force Amber."),
    ("I32", None, "missing_from_force", "Stolen freedom item 009305 (NCRS compliance for "
     "MSHT, audit capacity for the FCR) has no row and no ref 9305 in the tracker; HMICFRS "
     "BPR."),
    ("I33", "F34", "in_sync", "Ref 9306 = item 009306 (MSHT investigations); HMICFRS CMP, "
     "force Complete."),
    ("I34", "F35", "closeable_local", "Ref 9307 and report 'Stolen Freedom 2017' = item "
     "009307 (preventative powers), not the PEEL 2021/22 AFI 014415 that replaced it; HMICFRS "
     "SUP, force Red."),
    ("I35", "F36", "conflict", "Ref 9401 = item 009401 (digitally-enabled services plan), both "
     "open, but the force has 'By September 2019' where HMICFRS says 'By September 2018': "
     "deadline differs."),
    ("I36", "F37", "closeable_submit", "Ref 9410 = AFI 009410 (control room resources); "
     "HMICFRS BPR, force Green."),
    ("I37", "F38", "in_sync", "Ref 9411 = AFI 009411 (outcomes, outputs and costs); HMICFRS "
     "CMP, force Complete."),
    ("I38", "F39", "conflict", "Ref 9412 = item 009412 (understanding of demand), both open, "
     "but HMICFRS type AFI and the force calls it a Recommendation: type differs."),
    ("I39", "F40", "in_sync", "Ref 8541 = cause of concern 008541 (stop and search "
     "disproportionality); HMICFRS BPR, force Amber."),
    ("I40", "F41", "conflict", "Ref 8542 = item 008542 (monitoring stop and search data), both "
     "open, but the force lists two of the three '•' points: the third (prevalence of "
     "possession-only drug searches), which is in the item's TXT continuation row, is "
     "missing."),
    ("I41", "F42", "closeable_submit", "Ref 8543 = item 008543 (disparities: research and "
     "action); HMICFRS BPR, force Green."),
    ("I42", "F43", "in_sync", "Ref 8544 = item 008544 (publish annually); HMICFRS CMP, force "
     "Complete."),
    ("I43", "F44", "in_sync", "Ref 8545 = item 008545 (unconscious bias training); HMICFRS "
     "BPR, force Amber."),
    ("I44", "F45", "in_sync", "Ref 8601 = cause of concern 008601 (vetting backlog); HMICFRS "
     "CMP, force Complete."),
    ("I45", "F46", "closeable_local", "Ref 8602 = item 008602 (vetting clearance); HMICFRS CMP "
     "('This recommendation is complete'), force Amber."),
    ("I46", "F47", "conflict", "Text and report are item 010233 (NCPI 2018 detention of "
     "children, all five bullets), both open, but the force's ref 10232 is not that id (digits "
     "transposed; no item 010232 exists): reference differs."),
    ("I47", "F48", "in_sync", "Ref 11870 = cause of concern 011870 (alliance ending); HMICFRS "
     "BPR, force Amber."),
    ("I48", "F49", "in_sync", "Ref 11871 = item 011871 (investigative workload review); "
     "HMICFRS BPR, force Amber."),
    ("I49", "F50", "in_sync", "Ref 11872 = item 011872 (vulnerability review); HMICFRS CMP, "
     "force Complete."),
    ("I50", "F51", "closeable_submit", "Ref 11873 = item 011873 (skills project); HMICFRS "
     "BPR, force Green."),
    ("I51", "F52", "in_sync", "Ref 11874 = item 011874 (arrangements with Warwickshire); "
     "HMICFRS CMP, force Complete."),
    ("I52", "F53", "in_sync", "Ref 11875 = item 011875 (define operating model); HMICFRS BPR, "
     "force Amber."),
    ("I53", "F54", "closeable_local", "Ref 11876 = item 011876 (public consultation); HMICFRS "
     "NFA, force Amber."),
    ("I54", "F55", "conflict", "Ref 11877 = item 011877 (supervision of investigations), both "
     "open, but the force has 'Within 12 months' where HMICFRS says 'within six months': "
     "timescale differs."),
    ("I55", "F56", "in_sync", "Ref 11878 = cause of concern 011878 (capacity to "
     "investigate); HMICFRS BPR, force Amber."),
    ("I56", "F57", "in_sync", "Ref 11879 = item 011879 (digital evidence); HMICFRS BPR, force "
     "Amber."),
    ("I57", "F58", "closeable_submit", "Ref 11880 = item 011880 (RUI and bail); HMICFRS BPR, "
     "force Green."),
    ("I58", "F59", "in_sync", "Ref 13301 = item 013301 (communication skills by July 2022); "
     "HMICFRS BPR, force Amber."),
    ("I59", "F60", "in_sync", "Ref 13302 = item 013302 (CPD, BWV debriefs); HMICFRS CMP, force "
     "Complete."),
    ("I60", "F61", "closeable_submit", "Ref 13303 = item 013303 (body-worn video, all three "
     "strands listed); HMICFRS BPR, force Green."),
    ("I61", None, "missing_from_force", "Item 013304 (Home Office and NPCC data quality; "
     "HMICFRS NFA, 'Not directed at forces') has no tracker row."),
    ("I62", "F62", "in_sync", "Ref 13305 = item 013305 (internal monitoring of use of force); "
     "HMICFRS BPR, force Amber."),
    ("I63", "F63", "in_sync", "Ref 14410 = AFI 014410 (county lines); HMICFRS BPR, force "
     "Amber."),
    ("I64", "F64", "closeable_submit", "Ref 14411 = AFI 014411 (stalking and harassment "
     "victims kept informed); HMICFRS BPR, force Green."),
    ("I65", "F65", "in_sync", "Ref 14412 = AFI 014412 (CSE partnership working); HMICFRS CMP, "
     "force Complete."),
    ("I66", None, "missing_from_force", "PEEL 2021/22 AFI 014413 (recording anti-social "
     "behaviour) is not in the tracker; HMICFRS BPR."),
    ("I67", "F66", "in_sync", "Ref 14414 = AFI 014414 (SOC offenders); HMICFRS BPR, force "
     "Amber."),
    ("I68", None, "missing_from_force", "PEEL 2021/22 AFI 014415 (preventative powers, "
     "replaces 009307) is not in the tracker: the force's preventative-powers row F35 is ref "
     "9307 under Stolen Freedom 2017; HMICFRS BPR."),
    ("I69", "F68", "in_sync", "No ref; PEEL 2023/24 AFI 016020 by report and text (strategic "
     "oversight); HMICFRS AWR, force Amber."),
    ("I70", "F69", "closeable_submit", "No ref; PEEL 2023/24 AFI 016021 (corporate risk "
     "register); HMICFRS AWR, force Green."),
    ("I71", "F70", "in_sync", "No ref; PEEL 2023/24 AFI 016022 (performance management "
     "processes); HMICFRS AWR, force Amber."),
    ("I72", "F71", "in_sync", "No ref; PEEL 2023/24 AFI 016023 (accurate data and analysis); "
     "HMICFRS AWR, force Amber."),
    ("I73", "F73", "in_sync", "No ref; PEEL 2023/24 AFI 016024 (VAWG training); HMICFRS AWR, "
     "force Amber."),
    ("I74", "F74", "in_sync", "No ref; PEEL 2023/24 AFI 016025 (timeliness of DA response); "
     "HMICFRS AWR, force Amber."),
    (None, "F67", "not_on_hmicfrs_list", "Custody inspection 2022 (joint HMIP/HMICFRS) "
     "appropriate-adult item: the feed carries no custody report; the nearest text is a bullet "
     "of NCPI 010233, which is F47."),
    (None, "F72", "not_on_hmicfrs_list", "PEEL 2023/24 'fraud' AFI: the feed's PEEL 2023/24 "
     "report (R00618) has six AFIs and none is about fraud."),
    (None, "F75", "not_on_hmicfrs_list", "'Local action:' the force's own Task & Finish "
     "action, never an HMICFRS item."),
]

# --------------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------------


def flatten(text: str) -> str:
    """The feed replaces every CR and LF in free text by one space."""
    return text.replace("\r", " ").replace("\n", " ")


def segments(text: str) -> list[str]:
    flat = flatten(text)
    return [flat[i:i + SEG] for i in range(0, len(flat), SEG)]


def pad(rec: list[str]) -> list[str]:
    assert len(rec) <= NF, rec
    return rec + [""] * (NF - len(rec))


def build_feed() -> tuple[bytes, dict[str, int], list[tuple[int, str]]]:
    """Return the feed bytes, item key -> line number, and the non-item lines."""
    records: list[list[str]] = []
    item_line: dict[str, int] = {}
    non_items: list[tuple[int, str]] = []
    n_rpt = n_itm = n_txt = n_nte = 0

    def add(rec: list[str], what: str | None, key: str | None = None) -> None:
        records.append(pad(rec))
        line = len(records)
        if key is not None:
            item_line[key] = line
        else:
            non_items.append((line, what or ""))

    add(["HDR", "HMICFRS-MP-FDF", "2.3", "22", "West Mercia Police", "FDF-22-000318",
         "20260301", "021507", "FULL"], "HDR: file header record (feed name, spec version, "
        "force code 22, extract id, extract date/time, FULL extract)")
    by_report: dict[str, list[tuple]] = {}
    for it in ITEMS:
        by_report.setdefault(it[2], []).append(it)
    for key, title, pub, family, scope in REPORTS:
        its = by_report.get(key, [])
        add(["RPT", key, title, pub, family, scope, str(len(its))],
            f"RPT: report record {key} ({len(its)} items)")
        n_rpt += 1
        for (ik, iid, rk, no, typ, parent, st, sdate, text, notes) in its:
            segs = segments(text)
            add(["ITM", iid, rk, str(no), typ, parent, st, sdate, str(len(segs)), segs[0]],
                None, ik)
            n_itm += 1
            for s_no, seg in enumerate(segs[1:], start=2):
                add(["TXT", iid, str(s_no), seg],
                    f"TXT: continuation segment {s_no} of item {iid}'s text")
                n_txt += 1
            for ndate, kind, ntext in notes:
                add(["NTE", iid, ndate, kind, ntext], f"NTE: {kind.lower()} note on item {iid}")
                n_nte += 1
    total = len(records) + 1
    add(["TRL", str(total), str(n_rpt), str(n_itm), str(n_txt), str(n_nte)],
        "TRL: trailer record (record counts)")
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    for rec in records:
        w.writerow(rec)
    return buf.getvalue().encode("cp1252"), item_line, non_items


TITLE_ROW, NOTE_ROW, HEADER_ROW = 1, 2, 4
FORCE_HEADERS = ["No.", "HMICFRS ID", "Report", "Published", "Type", "Recommendation / AFI",
                 "Lead", "RAG", "Latest update", "Submitted for closure"]
LEGEND = [
    "Key:",
    "Red – off track / deadline missed",
    "Amber – work in progress",
    "Green – implemented, awaiting sign off / submission to HMICFRS",
    "Complete – closed by the force",
]


def build_tracker(path: str) -> tuple[dict[str, int], list[tuple[int, str]]]:
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False})
    wb.set_properties({
        "title": "HMICFRS Recommendations & AFIs Tracker",
        "author": "Strategic Planning & Insight",
        "company": "West Mercia Police",
        "created": dt.datetime(2026, 2, 27, 9, 0, 0),
    })
    ws = wb.add_worksheet("Tracker")
    bold = wb.add_format({"bold": True, "font_size": 14})
    ital = wb.add_format({"italic": True})
    head = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF",
                          "text_wrap": True, "valign": "top", "border": 1})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    cell = wb.add_format({"valign": "top", "border": 1})
    mon = wb.add_format({"num_format": "mmm yyyy", "valign": "top", "border": 1})
    day = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    rag_fmt = {
        "Red": wb.add_format({"bg_color": "#FF0000", "valign": "top", "border": 1}),
        "Amber": wb.add_format({"bg_color": "#FFC000", "valign": "top", "border": 1}),
        "Green": wb.add_format({"bg_color": "#00B050", "valign": "top", "border": 1}),
        "Complete": wb.add_format({"bg_color": "#D9D9D9", "valign": "top", "border": 1}),
    }
    widths = [5, 11, 30, 10, 22, 70, 28, 10, 45, 13]
    for c, wdt in enumerate(widths):
        ws.set_column(c, c, wdt)
    ws.write(TITLE_ROW - 1, 0, "West Mercia Police – HMICFRS Recommendations & AFIs Tracker",
             bold)
    ws.write(NOTE_ROW - 1, 0, "Maintained by Strategic Planning & Insight (Organisational "
             "Learning). Version 14, last updated 27/02/2026.", ital)
    for c, h in enumerate(FORCE_HEADERS):
        ws.write(HEADER_ROW - 1, c, h, head)
    rows: dict[str, int] = {}
    r = HEADER_ROW  # 0-based index of first item row
    for n, (fid, ref, rep, pub, typ, text, lead, rag, upd, sub) in enumerate(FORCE, start=1):
        ws.write_number(r, 0, n, cell)
        if ref is None:
            ws.write_blank(r, 1, None, cell)
        else:
            ws.write_number(r, 1, ref, cell)
        ws.write_string(r, 2, rep, wrap)
        if pub is None:
            ws.write_blank(r, 3, None, mon)
        else:
            ws.write_datetime(r, 3, dt.datetime(pub.year, pub.month, pub.day), mon)
        ws.write_string(r, 4, typ, cell)
        ws.write_string(r, 5, text, wrap)
        ws.write_string(r, 6, lead, cell)
        ws.write_string(r, 7, rag, rag_fmt[rag])
        ws.write_string(r, 8, upd, wrap)
        if sub is None:
            ws.write_blank(r, 9, None, day)
        else:
            ws.write_datetime(r, 9, dt.datetime(sub.year, sub.month, sub.day), day)
        rows[fid] = r + 1
        r += 1
    last_item = r  # 1-based row number of last item
    non_items = [(TITLE_ROW, "title"), (NOTE_ROW, "maintenance note"), (3, "blank"),
                 (HEADER_ROW, "column header row"), (last_item + 1, "blank")]
    r += 1
    for line in LEGEND:
        ws.write_string(r, 0, line, ital)
        non_items.append((r + 1, "RAG legend"))
        r += 1
    ws.freeze_panes(HEADER_ROW, 0)
    ws.autofilter(HEADER_ROW - 1, 0, last_item - 1, len(FORCE_HEADERS) - 1)
    wb.close()
    return rows, non_items


def main() -> None:
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    feed, item_line, feed_non_items = build_feed()
    with open(os.path.join(OUT, "hmicfrs.csv"), "wb") as fh:
        fh.write(feed)
    force_rows, force_non_items = build_tracker(os.path.join(OUT, "tracker.xlsx"))

    # coverage checks
    item_keys = [it[0] for it in ITEMS]
    fids = [f[0] for f in FORCE]
    assert len(set(item_keys)) == len(item_keys) and len(set(fids)) == len(fids)
    seen_items = {t[0] for t in TRUTH if t[0]}
    seen_f = [t[1] for t in TRUTH if t[1]]
    assert seen_items == set(item_keys), set(item_keys) ^ seen_items
    assert set(seen_f) == set(fids), set(fids) ^ set(seen_f)
    status = {it[0]: it[6] for it in ITEMS}
    rag = {f[0]: f[7] for f in FORCE}
    for ik, fid, cat, _ in TRUTH:
        if ik and fid and cat in {"in_sync", "closeable_submit", "closeable_local"}:
            parts = [t[1] for t in TRUTH if t[0] == ik and t[1]]
            done = all(rag[p] in {"Green", "Complete"} for p in parts)
            hm_open = status[ik] in HM_OPEN
            want = ("closeable_submit" if hm_open and done else
                    "closeable_local" if not hm_open and not done else "in_sync")
            assert cat == want, (ik, fid, cat, want)

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for ik, fid, cat, why in TRUTH:
        w.writerow([f"hmicfrs.csv!{item_line[ik]}" if ik else "",
                    f"Tracker!{force_rows[fid]}" if fid else "", cat, why])
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())

    counts: dict[str, int] = {}
    for t in TRUTH:
        counts[t[2]] = counts.get(t[2], 0) + 1
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme(item_line, force_rows, feed_non_items, force_non_items, counts,
                        feed))


def readme(item_line, force_rows, feed_non_items, force_non_items, counts, feed) -> str:
    n_lines = feed.count(b"\r\n")
    il = item_line
    fr = force_rows
    order = ["in_sync", "closeable_submit", "closeable_local", "conflict",
             "missing_from_force", "not_on_hmicfrs_list", "review"]
    cnt = "\n".join(f"| `{c}` | {counts.get(c, 0)} |" for c in order)
    kinds: dict[str, list[int]] = {}
    for line, what in feed_non_items:
        kinds.setdefault(what.split(":")[0], []).append(line)

    def span(lines: list[int]) -> str:
        return ", ".join(str(x) for x in lines)

    def txt_of(iid: str) -> str:
        ls = [ln for ln, w in feed_non_items if w.startswith("TXT") and f"item {iid}'s" in w]
        return f"{ls[0]}–{ls[-1]}" if len(ls) > 1 else str(ls[0])

    n_run_on = sum(1 for it in ITEMS if len(segments(it[8])) > 1)
    force_note = [ln for ln, w in feed_non_items if w.startswith("NTE: force")][0]
    feed_rows = "\n".join(f"- `{k}` ({len(v)} row{'s' if len(v) > 1 else ''}): {span(v)}" for k, v in kinds.items())
    force_rows_txt = "\n".join(f"- Tracker!{line}: {what}" for line, what in force_non_items)
    return f"""# Case `interface_feed_record_types`

## Story

West Mercia Police's Strategic Planning & Insight team is moving its HMICFRS tracking into a
new assurance system. To feed it, the integration team subscribed to the HMICFRS monitoring
portal's nightly **force data feed** ("FDF", spec 2.3): a multi-record-type interface file,
landed on a shared drive as `hmicfrs.csv`. The new system is not live, the Joint Audit
Committee is in March, and the analyst has no other copy of the definitive list than last
night's feed (extract of 01/03/2026). She opens it in Excel and reconciles it against the
force's ordinary tracker workbook, which the team still keeps by hand.

The feed was written for a machine, not a person, and it shows: no column header, one record
type per line, coded statuses and types, dates as yyyymmdd, zero-padded ids, long texts cut
into fixed 250-character segments on continuation records, notes interleaved with items, and a
trailer with record counts.

## Files

### `hmicfrs.csv` (HMICFRS side)

- Windows-1252 (cp1252), CRLF line ends, every field in double quotes, every record padded to
  10 fields (unused fields empty). {n_lines} records, **no header row**: row 1 is the `HDR`
  record. No field holds a line break (the feed turns each CR/LF in free text into one space),
  so every record is exactly one Excel row.
- Record layouts (field 1 is the record type):
  - `HDR`, feed name `HMICFRS-MP-FDF`, spec `2.3`, force code `22`, force name, extract id,
    extract date `20260301`, time `021507`, `FULL`.
  - `RPT`, report key (`R00112`…), report title, publication date (yyyymmdd), family
    (`THEMATIC`, `VFM`, `PEEL`, `CDI`, `NCPI`), scope (`NATIONAL` / `FORCE`), number of items.
  - `ITM`, item id (six digits, zero-padded: `008541`), report key, number in report, type
    code (`NRC` national recommendation, `REC` recommendation, `AFI` area for improvement,
    `COC` cause of concern), parent item id (the cause of concern a recommendation answers,
    else empty), status code (`AWR` Awaiting review, `BPR` Being progressed, `CMP` Complete,
    `SUP` Superseded, `NFA` No further action required), status date (yyyymmdd), number of
    text segments, **text segment 1** (first 250 characters).
  - `TXT`, item id, segment number (2, 3…), next 250 characters of the text. Segments are cut
    at a fixed width, mid-word: the full text is the ITM segment followed directly by the TXT
    segments with nothing inserted (a segment may begin or end with a space).
  - `NTE`, item id, date, kind (`STATUS` closure reason, `COMMENT` HMICFRS comment, `FORCE`
    a force update pasted in by the FLL), note text.
  - `TRL`, total records, RPT, ITM, TXT and NTE counts.
- Order is hierarchical: each `RPT` is followed by its items, each `ITM` by its `TXT` and
  `NTE` records. 21 reports, 74 items (ITM rows) — 36 from national reports, 38 force ones.
- What Excel shows: the quoted ids `"008541"` open as the number 8541, dates as numbers
  (20171212), the report keys stay text.

### `tracker.xlsx` (force side)

One sheet, `Tracker`: title in row 1, a maintenance note in row 2, blank row 3, header row 4
(`No.`, `HMICFRS ID`, `Report`, `Published`, `Type`, `Recommendation / AFI`, `Lead`, `RAG`,
`Latest update`, `Submitted for closure`), items in rows 5–{fr['F75']} (75 rows), then a blank
row and a RAG legend. `No.` is the tracker's own running number; `HMICFRS ID` holds the
register id as a plain number without the padding (blank on 13 rows). `Published` is a date
shown `mmm yyyy`; `Submitted for closure` a date `dd/mm/yyyy`. RAG words: Red, Amber (open),
Green (implemented, awaiting sign-off), Complete (done); the cells are also filled in colour.

## What the layout brings (HMICFRS side)

1. **No header row; meaning by record type.** Field 3 is a report title on an RPT row, a
   report key on an ITM row, a segment number on a TXT row, a date on an NTE row. Only the
   ITM rows are items (e.g. hmicfrs.csv!{il['I01']} is item 000611).
2. **Text cut into segments.** {n_run_on} of the 74 items run on to TXT rows ({len(kinds['TXT'])}
   TXT rows), e.g. the Everyone's business action plan (ITM row {il['I04']}, TXT rows
   {txt_of('002321')}), the stop and search monitoring item 008542 (ITM row {il['I40']}, TXT rows
   {txt_of('008542')}). The ITM row alone is a truncated text that may stop mid-word; the bullets
   that decide two conflicts are wholly or partly on TXT rows (008542's third bullet is all on
   row {il['I40'] + 2}; 008791's middle bullet starts at the end of ITM row {il['I24']} and runs on
   to row {il['I24'] + 1}).
3. **Codes.** Status and type are codes (see above); the report is a key resolved through the
   RPT row above the item.
4. **Zero-padded ids vs the tracker's plain numbers**: `008541` in the feed, 8541 in the
   tracker (and 8541 once Excel opens the CSV).
5. **NTE rows that read like text**: closure reasons, HMICFRS comments and one pasted force
   update (row {force_note}, "Force update: CompletedVictims are believed…", with the force's
   typos). They belong to the item above and are not items.
6. **A report with no items**: RPT row for R00374 "A progress report on the police response
   to domestic abuse" (0 items).
7. **Cause-of-concern links**: recommendations carry their cause of concern's id in the
   parent field (e.g. 008791 → 008790).
8. **Look-alike items in different reports**: Core Business 004822 and CDI 2017 009121 ask
   the same thing (THR criteria for call handlers); Stolen freedom 009307 and PEEL 2021/22 AFI
   014415 (which superseded it) both concern preventative powers; the 2013 and 2015 stop and
   search reports each have a near-identical "comply with the code of practice" item.
9. Windows-1252 text with curly quotes, bullets (`•`, sometimes without a space), stray
   footnote digits ("another force; and 20", "intelligence 86") and dashes kept.

## Traps and how the truth decides them

- **F04 (Tracker!{fr['F04']})**: no ref, filed under "Stop & Search powers (HMIC 2013)", but its
  wording ("in consultation with PCCs") is the 2015 report's item 005410 (hmicfrs.csv!{il['I12']});
  the 2013 look-alike 000613 is F03 (ref 613). → `conflict` (report and date).
- **F07 (Tracker!{fr['F07']})** holds two austerity items (004102 and 004103) → two lines, both
  `closeable_local` (HMICFRS NFA, force Amber).
- **Splits**: item 009120 (CDI victims, AWR) is split over F23–F24, both Complete →
  `closeable_submit` on both lines; item 009301 (MSHT leadership, BPR) over F27–F30, one part
  Amber → `in_sync` on all four lines (the item is not done until every part is).
- **Missing bullets**, seen in full only after joining the TXT segments: 008791 vs F22 (CSE bullet
  missing), 008542 vs F41 (possession-only drug searches missing) → `conflict`.
- **Timescale / deadline / type / reference**: 006012 vs F14 (three vs six months), 011877 vs
  F55 (six vs twelve months), 009401 vs F36 (September 2018 vs 2019), 009412 vs F39 (AFI vs
  Recommendation), 010233 vs F47 (ref 10232, digits transposed; the text is unmistakably the
  NCPI detention item) → `conflict`.
- **Superseded pair**: F35 (ref 9307, Stolen Freedom, Red) is item 009307 (SUP) →
  `closeable_local`; its replacement 014415 has no tracker row → `missing_from_force`.
- **Cause of concern not tracked**: 008790 (missing children CoC) has no row; its
  recommendation 008791 does (F22) → `missing_from_force` for the CoC.
- **Closed on HMICFRS, absent from force**: 004823 (CMP) and 013304 (NFA, not directed at
  forces) → `missing_from_force` (on the list, not in the tracker).
- **Not on the list**: F10 (ref 3310, CDI 2014 — no such report in the feed), F67 (custody
  2022, joint HMIP report not carried by the feed), F72 (a PEEL 2023/24 "fraud" AFI the feed's
  six PEEL 2023/24 AFIs do not include), F75 (local action) → `not_on_hmicfrs_list`.
- **No `review` lines**: every pair is decided by reference, report and wording.
- The 13 tracker rows without a ref (austerity, PEEL 2023/24, F04, and the not-listed rows)
  are matched by report and text only.

## Counts

{len(TRUTH)} truth lines: 74 HMICFRS items (every ITM row at least once) and all 75 tracker
item rows (F07 twice; the split rows once each).

| category | lines |
|---|---|
{cnt}

## Rows that are not items

HMICFRS side ({len(feed_non_items)} rows, none in the truth):
{feed_rows}

Force side:
{force_rows_txt}

## Checks run

- The builder asserts every ITM row and every tracker item row is in the truth, and that each
  status-only category (`in_sync` / `closeable_*`) follows from the HMICFRS status code and the
  force RAG (a split item is done only when all its rows are Green/Complete).
- Read back with pandas (`read_csv(header=None, encoding="cp1252", dtype=str)`: {n_lines}
  rows × 10 columns; `read_excel(header=3)`: 75 item rows) and openpyxl (sheet `Tracker`,
  rows 1–{fr['F75'] + 1 + len(LEGEND)}), and every truth provenance checked against the row it
  names (ITM record / tracker row with the expected id or text).
- Built twice: every file byte-identical (sha256).
"""


if __name__ == "__main__":
    main()
