"""Build the case raid_log_actions_issues_tabs (round 95, case C).

A West Midlands Police programme office keeps its HMICFRS recommendations inside the RAID log
of its "Force Improvement Programme": Risks / Actions / Issues / Decisions tabs plus a cover
sheet and a dropdown Lists sheet. Recommendations and AFIs are logged as Actions (A001...),
causes of concern and their recommendations as Issues (I001...). The HMICFRS side is an
ordinary register export (definitive list) in xlsx.

Deterministic: no randomness, fixed document properties; XlsxWriter writes fixed zip times.
Run: /work/main/.venv/bin/python /tmp/indep95/build_raid_log_actions_issues_tabs.py
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os

import xlsxwriter

CASE = "raid_log_actions_issues_tabs"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), CASE)
FORCE = "West Midlands Police"
D = dt.datetime

REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"
NAT = "National recommendation"

# ---------------------------------------------------------------------------------------------
# Reports (HMICFRS titles, publication dates)
# ---------------------------------------------------------------------------------------------
R = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?", D(2013, 7, 9)),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse", D(2014, 3, 27)),
    "austerity": ("Policing in austerity: Meeting the challenge", D(2014, 7, 22)),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use of police time", D(2014, 9, 4)),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", D(2015, 1, 30)),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?", D(2015, 3, 24)),
    "picture": ("Building the picture: an inspection of police information management", D(2015, 7, 1)),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", D(2015, 9, 15)),
    "eff16": ("PEEL: Police effectiveness 2016", D(2017, 3, 2)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking", D(2017, 10, 24)),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", D(2017, 11, 9)),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", D(2017, 12, 12)),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", D(2019, 5, 2)),
    "cdi19": ("Crime data integrity inspection 2019", D(2019, 9, 24)),
    "custody20": ("Report on an unannounced inspection visit to police custody suites 2020", D(2020, 8, 18)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", D(2021, 2, 26)),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", D(2022, 5, 20)),
}

# ---------------------------------------------------------------------------------------------
# HMICFRS items: key -> (register id, report, type, text, status, status date). Texts are real
# HMICFRS wording (OGL), copied as literals from the project's text lists and
# /work/shared/data/real_recommendations.csv.
# ---------------------------------------------------------------------------------------------
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

H: dict[str, tuple] = {
    "n1": (1187, "sas13", NAT, "Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.", "Complete", D(2016, 4, 11)),
    "n2": (1188, "sas13", NAT, "Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.", "Complete", D(2016, 4, 11)),
    "n3": (1189, "sas13", NAT, "Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people.", "Complete", D(2016, 4, 11)),
    "n4": (2321, "everyone", NAT, EVERYONE_PLAN, "Complete", D(2015, 6, 30)),
    "n5": (3016, "austerity", NAT, "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews", "Superseded", D(2018, 1, 15)),
    "n7": (3018, "austerity", NAT, "Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn.", "No further action required", D(2018, 1, 15)),
    "n8": (3019, "austerity", NAT, "In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector.", "Superseded", D(2018, 1, 15)),
    "n9": (4822, "core", NAT, "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.", "Complete", D(2016, 2, 8)),
    "n10": (4823, "core", NAT, "By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.", "Being progressed", D(2021, 11, 3)),
    "n11": (902, "integrity", NAT, "By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.", "Being progressed", D(2021, 11, 3)),
    "n12": (5230, "sas15", NAT, "Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.", "Complete", D(2017, 5, 22)),
    "n13": (5544, "picture", NAT, "By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted.", "Being progressed", D(2021, 11, 3)),
    "n14": (6102, "firearms", NAT, "Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.", "Complete", D(2017, 9, 4)),
    "n15": (6103, "firearms", NAT, "Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.", "Being progressed", D(2021, 11, 3)),
    "n16": (6104, "firearms", NAT, "Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.", "Complete", D(2019, 2, 18)),
    "n17": (6105, "firearms", NAT, "Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.", "Being progressed", D(2021, 11, 3)),
    "n18": (6106, "firearms", NAT, "Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.", "Being progressed", D(2021, 11, 3)),
    "n19": (8012, "stolen", NAT, SF_LEADERSHIP, "Being progressed", D(2021, 11, 3)),
    "n20": (8013, "stolen", NAT, "Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible", "Being progressed", D(2021, 11, 3)),
    "n21": (8014, "stolen", NAT, "Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.", "Complete", D(2019, 7, 1)),
    "n22": (8015, "stolen", NAT, "Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.", "Being progressed", D(2021, 11, 3)),
    "n23": (8016, "stolen", NAT, "Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.", "Being progressed", D(2021, 11, 3)),
    "n24": (8017, "stolen", NAT, "Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas).", "Awaiting review", D(2017, 10, 24)),
    "n25": (8018, "stolen", NAT, "Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.", "Being progressed", D(2021, 11, 3)),
    "n26": (8377, "efc17", NAT, "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries.", "Being progressed", D(2021, 11, 3)),
    "n27": (8540, "leg17", COC, "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.", "Being progressed", D(2021, 11, 3)),
    "n28": (8541, "leg17", NAT, SAS_MONITORING_2017, "Being progressed", D(2021, 11, 3)),
    "n29": (8542, "leg17", NAT, "Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;", "Being progressed", D(2021, 11, 3)),
    "n30": (8543, "leg17", NAT, "We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.", "Complete", D(2020, 3, 9)),
    "n31": (8544, "leg17", NAT, "By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.", "Being progressed", D(2021, 11, 3)),
    "f1": (7120, "eff16", COC, "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found that the assessment of risk for children who go missing from home was inappropriate in some cases. We found some instances where children were classed as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing children were sometimes incorrectly assessed at a lower grade. We also found incidents where the risk had not been identified, even where good information was available on the police database. In some cases there was information to indicate that children were at risk of sexual exploitation, but this did not influence the assigned risk and categorisation. Children were incorrectly graded at a lower level and could have been exposed to an increased risk of harm. This is an enduring cause of concern from HMIC’s report on vulnerability in 2015.", "Complete", D(2019, 3, 12)),
    "f2": (7121, "eff16", REC, "To address this cause of concern the force should immediately review its approach to reports of missing children and take steps to ensure that:\n• call takers understand and use the missing and absent category appropriately; • call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and • supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action", "Complete", D(2019, 3, 12)),
    "f3": (9402, "peel1819", COC, "The size of the vetting backlog within West Midlands Police is a cause of concern.", "Being progressed", D(2022, 2, 14)),
    "f4": (9403, "peel1819", REC, "The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.", "Being progressed", D(2022, 2, 14)),
    "f5": (9404, "peel1819", AFI, "The force should improve the supervision of investigations, so that investigation plans are set, reviewed and recorded and victims receive a consistently good service.", "Complete", D(2021, 6, 7)),
    "f6": (9405, "peel1819", AFI, "The force should take steps to ensure that there is effective supervision of the initial risk assessment process, specifically in relation to the completion of DASH risk assessment in appropriate cases.", "Being progressed", D(2022, 2, 14)),
    "f7": (9406, "peel1819", AFI, "The force should improve its understanding of suspects released under investigation and the management of those released on bail.", "Being progressed", D(2022, 2, 14)),
    "f8": (9407, "peel1819", AFI, "The force should review how it gathers and uses equality and diversity data to improve its understanding of its workforce demographics.", "Superseded", D(2022, 5, 20)),
    "f9": (9408, "peel1819", AFI, "The force should make sure it provides a confidential way for staff to raise concerns and that staff are aware of whistleblowing processes.", "Being progressed", D(2022, 2, 14)),
    "f10": (9409, "peel1819", AFI, "The force should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.", "Awaiting review", D(2019, 5, 2)),
    "f11": (9861, "cdi19", REC, "Within six months the force should put in place arrangements to ensure that:\n• at the point of report, victims are believed;\n• conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;\n• multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;\n• the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and\n• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed.", "Being progressed", D(2022, 2, 14)),
    "f12": (9862, "cdi19", AFI, "The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.", "Complete", D(2021, 6, 7)),
    "f14": (10433, "custody20", REC, "Within six months West Midlands Police should, in conjunction with children’s social care services, review how it manages the detention of children. As a minimum it should:• ensure that all children are only detained when absolutely necessary and for the absolute minimum amount of time;• ensure that officers and staff in the custody suite assess at an early stage a child’s need for alternative accommodation (secure or otherwise) and work with children’s social care services to achieve the most appropriate option for the child;• ensure that custody staff make a record of all actions taken and decisions made on the relevant documentation; and• improve the timeliness of adequate appropriate adult support for children who are arrested", "Being progressed", D(2022, 2, 14)),
    "n32": (10988, "powers", NAT, "By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.", "Being progressed", D(2022, 2, 14)),
    "n33": (10989, "powers", NAT, "By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.", "Being progressed", D(2022, 2, 14)),
    "n34": (10990, "powers", NAT, BWV_2021, "Being progressed", D(2022, 2, 14)),
    "n35": (10991, "powers", NAT, "The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.", "No further action required", D(2021, 5, 4)),
    "n36": (10992, "powers", NAT, "By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.", "Being progressed", D(2022, 2, 14)),
    "f15": (11640, "peel2122", AFI, "The force should ensure that it has sufficient resources available in the control room to fulfil its resourcing model, and so to meet its demand, while also taking into account the wellbeing of its workforce.", "Awaiting review", D(2022, 5, 20)),
    "f16": (11641, "peel2122", AFI, "The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public.", "Awaiting review", D(2022, 5, 20)),
    "f17": (11642, "peel2122", AFI, "The force should put plans in place to monitor, including through the gathering and analysis of staff feedback, team cultures and provide prompt remedial action for any issues it identifies.", "Awaiting review", D(2022, 5, 20)),
    "f18": (11643, "peel2122", AFI, "The force should review the support available for those who have raised concerns and take any action needed to make sure these provisions are suitable.", "Awaiting review", D(2022, 5, 20)),
    "f19": (11644, "peel2122", AFI, "The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.", "Awaiting review", D(2022, 5, 20)),
}

# HMICFRS rows in the export: by publication date, then register id.
H_ORDER = sorted(H, key=lambda k: (R[H[k][1]][1], H[k][0]))
H_FIRST_ROW = 5  # title, extract line, blank, header
H_ROW = {k: H_FIRST_ROW + i for i, k in enumerate(H_ORDER)}

# ---------------------------------------------------------------------------------------------
# Force side: the RAID log.
# Actions columns: ID, Date raised, Raised by, Source, Source detail, HMICFRS ref, Action,
# Action owner, Target date, Revised target, RAG, Status, Latest update, Date closed
# Each row: (id, raised, raised_by, source, detail, ref, action, owner, target, revised, rag,
#            status, update, closed, hmicfrs key or None, category, why)
# ---------------------------------------------------------------------------------------------
IMP = D(2021, 1, 14)  # bulk import of the legacy tracker into the RAID log
PO = "J. Hadley (PMO)"
A = [
    ("A001", IMP, PO, "HMICFRS National", "Policing in Austerity 2014 - Rec 1", None,
     "Review plans to deliver savings - continue to reduce crime & protect the front line while balancing budget. Use HMIC VfM profiles.",
     "Director of Finance", D(2021, 3, 31), D(2022, 9, 30), "A", "In progress",
     "22/08/22 MTFP refresh under way; savings plan to Sept Force Exec.", None,
     "n5", "closeable_local", "Same ask (savings plans / front line / balancing budget / VfM profiles), Source detail 'Policing in Austerity 2014 - Rec 1'. HMICFRS Superseded, force still In progress: close locally."),
    ("A002", IMP, PO, "HMICFRS National", "Policing in Austerity 2014 - Rec 2", None,
     "Assess scope to improve on collaboration where less than 10% of savings come through collaboration. HMIC to follow up in autumn.",
     "Director of Finance", D(2021, 3, 31), None, "A", "In progress",
     "Collaboration review folded into MTFP work.", None,
     None, "not_on_hmicfrs_list", "Austerity 2014 rec on <10% savings through collaboration; the definitive list holds Austerity recs 3016, 3018, 3019 but not this one (the collaboration-plans rec 3019 is a different ask: review plans for collaboration before the next spending round). Not on the HMICFRS list: query with HMICFRS."),
    ("A003", IMP, PO, "HMICFRS National", "Policing in Austerity 2014 - Rec 3", None,
     "Assess whether decisive action taken to maintain crime fighting capacity where front line workforce is reducing",
     "ACC Local Policing", D(2021, 3, 31), None, "G", "On hold",
     "Paused - officer numbers now rising under uplift programme.", None,
     "n7", "closeable_local", "Same ask (front line reduction, decisive action, crime fighting capacity). HMICFRS 'No further action required' (closed); force 'On hold' is still open: close locally."),
    ("A004", IMP, PO, "HMICFRS National", "Stop & Search 2013 Rec 1", "1187",
     "Chief Constables and the College of Policing should establish in the Stop and Search APP a clear specification of what constitutes the effective and fair exercise of S&S powers",
     "Ch Supt Neighbourhood Policing", D(2015, 12, 31), None, "C", "Closed",
     "Closed at board 04/02/21 - legacy item, complete since 2016.", D(2021, 2, 4),
     "n1", "in_sync", "Ref 1187 and text (APP clear specification of effective and fair S&S) agree. HMICFRS Complete, force Closed."),
    ("A005", IMP, PO, "HMICFRS National", "Stop & Search 2013 Rec 2", "1188",
     "Establish/improve monitoring of how officers stop & search - lawful (incl. equality legislation & CoP), effective & maintains public trust",
     "Ch Supt Neighbourhood Policing", D(2015, 12, 31), None, "C", "Closed",
     "Closed at board 04/02/21.", D(2021, 2, 4),
     "n2", "in_sync", "Ref 1188 and text agree (monitoring of S&S, law incl. equality legislation, public trust). Complete / Closed."),
    ("A006", IMP, PO, "HMICFRS National", "Core Business 2014", "4822",
     "Not later than 31 March 2015 provide call handlers with specific, sound and comprehensible criteria to assess threat harm and risk (THRIVE)",
     "Supt Contact Centre", D(2015, 3, 31), None, "C", "Complete",
     "THRIVE embedded in contact centre since 2015.", D(2021, 2, 4),
     "n9", "in_sync", "Ref 4822, same deadline and ask (call-handler THR criteria). HMICFRS Complete, force Complete."),
    ("A007", IMP, PO, "HMICFRS National", "Core Business 2014", None,
     "By 31/03/15 ensure crime prevention/disruption activity is systematically recorded and evaluated for effectivness of tactics",
     "Head of Corporate Development", D(2015, 3, 31), D(2022, 6, 30), "G", "Proposed for closure",
     "15/07/22 Evidence pack (Problem Solving database) to Programme Board 09/22.", None,
     "n10", "closeable_submit", "Core Business 2014 and the 31 March 2015 deadline identify the national rec 4823, not its twin PEEL 18/19 AFI 9409 (same wording, logged separately as A043). HMICFRS Being progressed, force 'Proposed for closure' = done: submit."),
    ("A008", IMP, PO, "HMICFRS National", "Integrity Matters 2015", None,
     "Satisfy ourselves that misconduct investigations resulting in NFA are fair and free from discrimination",
     "Head of Professional Standards", D(2015, 8, 31), D(2022, 12, 31), "A", "In progress",
     "Disproportionality dip-sample of NFA outcomes in progress with IAG.", None,
     "n11", "in_sync", "Integrity Matters, misconduct NFA fair and free of discrimination = 902. Open on both."),
    ("A009", IMP, PO, "HMICFRS National", "Stop & search powers 2 (2015)", None,
     "Comply with Code of Practice - explain to public how S&S powers are used, and community scrutiny of S&S records (involve young people)",
     "Ch Supt Neighbourhood Policing", D(2016, 3, 31), None, "C", "Complete",
     "Scrutiny panel in place; youth panel since 2017.", D(2021, 2, 4),
     "n12", "in_sync", "Wording fits both 1189 (S&S 2013) and 5230 (S&S 2 2015); Source detail says 'Stop & search powers 2 (2015)', so 5230. Complete / Complete. The 2013 twin has no row (see 1189)."),
    ("A010", IMP, PO, "HMICFRS National", "Building the Picture 2015", None,
     "By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information man",
     "Head of Information Management", D(2015, 11, 30), D(2022, 10, 31), "A", "In progress",
     "IM audit schedule agreed; Information Assurance Board to scrutinise from Q3.", None,
     "n13", "in_sync", "Verbatim start of 5544, cut mid-word ('information man'); the dropped tail sentence is truncation, not a different ask. Open on both."),
    ("A011", IMP, PO, "HMICFRS National", "Firearms licensing 2015", "6102",
     "Assess governance of firearms licensing against APP standards; put correct arrangements in place where not met",
     "Supt Firearms Licensing", D(2015, 12, 15), None, "C", "Complete",
     "Governance reviewed 2016.", D(2021, 2, 4),
     "n14", "in_sync", "Ref 6102, governance of firearms licensing vs APP. Complete / Complete."),
    ("A012", IMP, PO, "HMICFRS National", "Firearms licensing 2015", None,
     "Assess demand on Firearms Licensing Dept & ensure capacity to meet it (efficient & effective service at all times)",
     "Supt Firearms Licensing", D(2015, 12, 15), D(2022, 3, 31), "C", "Complete",
     "31/03/22 Demand review done, 6 additional enquiry officers in post.", D(2022, 4, 7),
     "n15", "closeable_submit", "Demand on firearms licensing and capacity = 6103. HMICFRS Being progressed, force Complete: submit for closure."),
    ("A014", IMP, PO, "HMICFRS National", "Firearms licensing 2015", None,
     "Satisfy ourselves all appropriate action taken re 'total expired' licensing records",
     "Supt Firearms Licensing", D(2015, 9, 15), D(2022, 9, 30), "R", "In progress",
     "Backlog of 41 total expired records still being worked.", None,
     "n16", "closeable_local", "'Total expired' licensing records = 6104. HMICFRS Complete (closed), force In progress: close locally (or tell HMICFRS the backlog persists)."),
    ("A015", IMP, PO, "HMICFRS National", "Firearms licensing 2015", "6105",
     "Within six months ensure temporary permit arrangements accord with HO guidance; permits recorded without delay on NFLMS; holders not left in unlawful possession",
     "Supt Firearms Licensing", D(2016, 3, 15), D(2022, 12, 31), "A", "In progress",
     "NFLMS recording audit due Q3.", None,
     "n17", "conflict", "Ref 6105 and ask (temporary permits, Home Office guidance, NFLMS) match, but the force wrote 'Within six months' where HMICFRS says 'Within three months': timescale conflict."),
    ("A016a", IMP, PO, "HMICFRS National", "Firearms licensing 2015", "6106",
     "Ensure systems identify, before attendance, whether an incident involves / is at the address of a firearm certificate holder - always applied by dispatchers",
     "Supt Contact Centre", D(2015, 12, 15), None, "C", "Complete",
     "STORM flag live since 2019.", D(2021, 2, 4),
     "n18", "in_sync", "Part 1 of 6106 (split in two rows A016a/A016b; ref 6106 on both). This part Complete, but part b is In progress, so the item is open for the force; HMICFRS Being progressed: both open."),
    ("A016b", IMP, PO, "HMICFRS National", "Firearms licensing 2015", "6106",
     "Officers understand the risk assessment to be undertaken & power to seize firearms and certificates (see A016a)",
     "Head of Learning & Development", D(2015, 12, 15), D(2022, 11, 30), "A", "In progress",
     "Training package in development with L&D.", None,
     "n18", "in_sync", "Part 2 of 6106 (officers understand risk assessment and power to seize). In progress; item open on both sides."),
    ("A017", IMP, PO, "HMICFRS National", "Stolen Freedom (MSHT) 2017", "8012",
     "Within twelve months review leadership & governance for MSHT so that: senior leaders prioritise MSHT response; every MS incident allocated appropriate resources with skills/experience/capacity; effective partnership arrangements to share info & safeguard victims",
     "Det Ch Supt Force CID", D(2018, 10, 24), D(2022, 10, 31), "A", "In progress",
     "MSHT governance board meets quarterly.", None,
     "n19", "conflict", "Ref 8012 and the leadership/governance ask match, but the force lists three of the four bullets: 'performance and quality assurance measures ... service provided to victims' is missing. Missing bullet: conflict."),
    ("A018", IMP, PO, "HMICFRS National", "Stolen Freedom (MSHT) 2017", None,
     "Within 6 months have active info-sharing agreements with other agencies - speedy exchange of intel, safeguard victims, identify suspects early",
     "Head of Intelligence", D(2018, 4, 24), D(2022, 6, 30), "G", "Proposed for closure",
     "ISAs signed with Border Force, GLAA, LAs. Evidence to board.", None,
     "n20", "closeable_submit", "Info-sharing agreements, six months, Stolen Freedom = 8013. HMICFRS Being progressed, force 'Proposed for closure' (done): submit."),
    ("A019", IMP, PO, "HMICFRS National", "Stolen Freedom (MSHT) 2017", None,
     "Ensure victims committing crimes under compulsion get early & continuing consideration of s45 defence",
     "Head of Criminal Justice", D(2017, 10, 24), None, "C", "Closed",
     "CPS/force protocol agreed.", D(2021, 2, 4),
     "n21", "in_sync", "Section 45 defence = 8014. Complete / Closed."),
    ("A020", IMP, PO, "HMICFRS National", "Stolen Freedom (MSHT) 2017", None,
     "Ensure full compliance with NRM process & duty to notify Home Office of suspected adult victims of MS/HT (MSA 2015)",
     "Det Ch Supt Force CID", D(2017, 10, 24), D(2022, 9, 30), "A", "In progress",
     "Duty to Notify compliance at 78%.", None,
     "n22", "in_sync", "NRM / duty to notify = 8015. Open on both."),
    ("A021", IMP, PO, "HMICFRS National", "Stolen Freedom (MSHT) 2017", None,
     "Comply with NCRS for MSHT offences; sufficient audit capacity for the FCR",
     "Force Crime Registrar", D(2017, 10, 24), None, "C", "Complete",
     "FCR audit team uplifted; MSHT audit 2021 at 96%.", D(2022, 3, 2),
     "n23", "closeable_submit", "NCRS compliance for MSHT and FCR audit capacity = 8016. HMICFRS Being progressed, force Complete: submit."),
    ("A022", IMP, PO, "HMICFRS National", "Stolen Freedom (MSHT) 2017", None,
     "Ensure MSHT allegations thoroughly investigated and supervised by skilled teams (incl. JITs / overseas intel)",
     "Det Ch Supt Force CID", D(2017, 10, 24), None, None, "Not started",
     "Awaiting allocation.", None,
     "n24", "in_sync", "MSHT investigated and supervised by skilled teams, joint intelligence teams/overseas = 8017. HMICFRS Awaiting review (open), force Not started (open). Note A023 wrongly cites 8017."),
    ("A023", IMP, PO, "HMICFRS National", "Stolen Freedom (MSHT) 2017", "8017",
     "Review use of preventative powers under MSA 2015 (STPOs / STROs) to restrict activities of those posing a threat",
     "Det Ch Supt Force CID", D(2017, 10, 24), None, "A", "On hold",
     "On hold pending regional MSHT unit review.", None,
     "n25", "conflict", "Text is plainly the preventative-powers rec 8018, but the row cites 8017 (the investigation/supervision rec, which is A022): reference conflict. Both open."),
    ("A024", IMP, PO, "HMICFRS National", "PEEL Efficiency 17 (all forces)", None,
     "Produce ambitious plan to improve digitally-enabled services (Digital Policing Strategy)",
     "Director of Commercial & Digital", D(2018, 9, 30), None, "C", "Complete",
     "Digital Strategy 2021-25 approved by Force Exec 12/01/22.", D(2022, 1, 20),
     "n26", "closeable_submit", "Digitally-enabled services plan, PEEL Efficiency 2017 = 8377. HMICFRS Being progressed, force Complete: submit."),
    ("A025", IMP, PO, "HMICFRS National", "PEEL Legit 17 S&S", "8541",
     "S&S monitoring (1 of 3): understand reasons for any disproportionate representation of different ethnic groups",
     "Ch Supt Neighbourhood Policing", D(2018, 7, 31), None, "C", "Complete",
     "S&S dashboard live.", D(2021, 9, 6),
     "n28", "closeable_submit", "Ref 8541, first bullet of the S&S monitoring rec (split over A025-A027). All three parts Complete, so the item is done; HMICFRS Being progressed: submit."),
    ("A026", IMP, PO, "HMICFRS National", "PEEL Legit 17 S&S", "8541",
     "S&S monitoring (2 of 3): find rates by ethnicity & type of search incl. drug possession vs supply",
     "Ch Supt Neighbourhood Policing", D(2018, 7, 31), None, "C", "Complete",
     "Find rates in quarterly report.", D(2021, 9, 6),
     "n28", "closeable_submit", "Ref 8541, second bullet (find rates). All parts done: submit."),
    ("A027", IMP, PO, "HMICFRS National", "PEEL Legit 17 S&S", "8541",
     "S&S monitoring (3 of 3): prevalence of possession-only drug searches v local/force priorities",
     "Ch Supt Neighbourhood Policing", D(2018, 7, 31), None, "C", "Complete",
     "Included in scrutiny panel pack.", D(2021, 9, 6),
     "n28", "closeable_submit", "Ref 8541, third bullet (possession-only drug searches). All parts done: submit."),
    ("A028", IMP, PO, "HMICFRS National", "PEEL Legit 17 S&S", "8542",
     "Where disparities found, demonstrate to public the research/analysis done and action taken to reduce them",
     "Ch Supt Neighbourhood Policing", D(2018, 7, 31), D(2022, 12, 31), "A", "In progress",
     "Academic partner commissioned.", None,
     "n29", "in_sync", "Ref 8542 and text agree. Open on both."),
    ("A029", IMP, PO, "HMICFRS National", "PEEL Legit 17 S&S", "8543",
     "Publish disparity analysis & actions at least annually (from July 2018)",
     "Head of Corporate Communications", D(2018, 7, 31), None, "C", "Closed",
     "Annual publication on website.", D(2021, 2, 4),
     "n30", "in_sync", "Ref 8543, publish annually from July 2018. Complete / Closed."),
    ("A030", IMP, PO, "HMICFRS National", "PEEL Legit 17 S&S", "8544",
     "All officers using S&S trained on unconscious bias & College APP on S&S",
     "Head of Learning & Development", D(2018, 7, 31), None, "C", "Complete",
     "Mandatory e-learning 97% completion.", D(2022, 5, 9),
     "n31", "closeable_submit", "Ref 8544, training on unconscious bias and APP. HMICFRS Being progressed, force Complete: submit."),
    ("A031", D(2021, 3, 8), PO, "HMICFRS National", "Police powers spotlight (Feb 21)", None,
     "By July 2021 ensure officers & staff have effective communication skills in line with National Policing Guidelines on Conflict Management",
     "Head of Learning & Development", D(2021, 7, 31), D(2022, 7, 31), "R", "In progress",
     "Conflict management refresher being rolled out.", None,
     "n32", "conflict", "Communication skills in line with the Conflict Management guidelines = 10988, but the force has the deadline as July 2021; HMICFRS says By July 2022 (July 2021 is the CPD rec 10989, which has its own row A032). Deadline conflict."),
    ("A032", D(2021, 3, 8), PO, "HMICFRS National", "Police powers spotlight (Feb 21)", None,
     "Reinforce comms skills through CPD; supervisors supported to debrief officers using BWV footage",
     "Head of Learning & Development", D(2021, 7, 31), D(2022, 10, 31), "A", "In progress",
     "Supervisor debrief guide drafted.", None,
     "n33", "in_sync", "CPD and supervisor debrief using BWV = 10989. Open on both."),
    ("A033", D(2021, 3, 8), PO, "HMICFRS National", "Police powers spotlight (Feb 21)", "10990",
     "BWV: record entirety of all S&S encounters incl. traffic stops & use of force incidents",
     "Ch Supt Neighbourhood Policing", D(2021, 9, 30), None, "C", "Complete",
     "Policy amended.", D(2021, 10, 4),
     "n34", "in_sync", "Ref 10990 part 1 of 3 (BWV rec split over A033-A035). Part 3 (A035) still In progress, so the item is open for the force; HMICFRS open: in sync."),
    ("A034", D(2021, 3, 8), PO, "HMICFRS National", "Police powers spotlight (Feb 21)", "10990",
     "BWV: structured internal review of a sample of footage - learning & accountability",
     "Ch Supt Neighbourhood Policing", D(2021, 9, 30), None, "C", "Complete",
     "Monthly dip sample by PSD.", D(2021, 10, 4),
     "n34", "in_sync", "Ref 10990 part 2 of 3. Item open (A035 open); in sync."),
    ("A035", D(2021, 3, 8), PO, "HMICFRS National", "Police powers spotlight (Feb 21)", "10990",
     "BWV: give external scrutiny panel members access to samples of footage (APP safeguards)",
     "Ch Supt Neighbourhood Policing", D(2021, 9, 30), D(2022, 11, 30), "A", "In progress",
     "DPIA with IM team.", None,
     "n34", "in_sync", "Ref 10990 part 3 of 3, In progress: the item is open on both sides."),
    ("A036", D(2021, 3, 8), PO, "HMICFRS National", "Police powers spotlight (Feb 21)", None,
     "HO / NPCC to improve quality of data on use of force in S&S - national action, no force action",
     "Ch Supt Neighbourhood Policing", None, None, "C", "Closed",
     "Not for WMP - closed at board.", D(2021, 4, 1),
     "n35", "in_sync", "Home Office/NPCC data quality rec = 10991. HMICFRS 'No further action required' (closed), force Closed: both closed."),
    ("A037", D(2021, 3, 8), PO, "HMICFRS National", "Police powers spotlight (Feb 21)", None,
     "Effective internal monitoring of use of force - identify, understand & explain disproportionate use and take improvement action",
     "Ch Supt Neighbourhood Policing", D(2021, 7, 31), D(2022, 9, 30), "A", "In progress",
     "UoF dashboard build.", None,
     "n36", "in_sync", "Use of force internal monitoring = 10992. Open on both."),
    ("A038", IMP, PO, "HMICFRS PEEL", "PEEL 18/19 AFI 1", "9404",
     "Improve supervision of investigations - plans set, reviewed & recorded; consistently good service to victims",
     "Det Ch Supt Force CID", D(2020, 3, 31), None, "C", "Complete",
     "Investigation standards audit 2021 good.", D(2021, 6, 1),
     "f5", "in_sync", "Ref 9404, AFI, supervision of investigations. HMICFRS Complete, force Complete."),
    ("A039", IMP, PO, "HMICFRS PEEL", "PEEL 18/19 AFI 2", None,
     "Effective supervision of the initial risk assessment process - esp. completion of DASH where appropriate",
     "Ch Supt Public Protection", D(2020, 3, 31), D(2022, 9, 30), "G", "In progress",
     "DASH compliance 88%.", None,
     "f6", "in_sync", "DASH initial risk assessment supervision, PEEL 18/19 AFI = 9405. Open on both."),
    ("A040", IMP, PO, "HMICFRS PEEL", "PEEL 18/19 AFI 3", None,
     "Improve understanding & management of suspects released under investigation (RUI) and on bail",
     "Head of Criminal Justice", D(2020, 3, 31), None, "C", "Complete",
     "Bail Act changes embedded; RUI reduced 60%.", D(2022, 7, 4),
     "f7", "closeable_submit", "RUI and bail = 9406. HMICFRS Being progressed, force Complete: submit."),
    ("A041", IMP, PO, "HMICFRS PEEL", "PEEL 18/19 AFI 4", None,
     "Review how we gather & use equality and diversity data to understand our workforce demographics",
     "Director of People", D(2020, 3, 31), D(2022, 12, 31), "A", "In progress",
     "HR system self-declaration campaign.", None,
     "f8", "closeable_local", "E&D data / workforce demographics = 9407. HMICFRS Superseded (closed), force In progress: close locally."),
    ("A042", IMP, PO, "HMICFRS PEEL", "PEEL 18/19 Rec 5", None,
     "Recommendation: provide a confidential route for staff to raise concerns & make staff aware of whistleblowing process (Integrity Line)",
     "Head of Professional Standards", D(2020, 3, 31), D(2022, 10, 31), "G", "In progress",
     "Integrity Line relaunch planned.", None,
     "f9", "conflict", "Confidential reporting / whistleblowing = 9408, but the force records it as a Recommendation ('Rec 5', 'Recommendation:') where HMICFRS has an Area for improvement: type conflict. Both open."),
    ("A043", IMP, PO, "HMICFRS PEEL", "PEEL 18/19 AFI 6", None,
     "Ensure crime prevention/disruption activity is systematically recorded & evaluated (tactics)",
     "Head of Corporate Development", D(2020, 3, 31), D(2022, 12, 31), "A", "In progress",
     "See also A007.", None,
     "f10", "in_sync", "Same wording as Core Business rec 4823, but Source detail 'PEEL 18/19 AFI 6' and no 2015 deadline make it the PEEL 18/19 AFI 9409. HMICFRS Awaiting review, force In progress: open on both."),
    ("A044", IMP, PO, "HMICFRS CDI", "CDI 2019 Rec 1", "9861",
     "Put in place arrangements so that: victims believed at point of report; call handler/caller conversations summarised accurately on incident log; multiple crimes always recorded; stop waiting for medical/ABE results before crime recording decision; online reports triaged at receipt for risk",
     "Force Crime Registrar", D(2020, 3, 24), None, "C", "Complete",
     "CDI re-audit 06/22: 94% compliance.", D(2022, 7, 18),
     "f11", "closeable_submit", "Ref 9861, all five bullets present in short form. HMICFRS Being progressed, force Complete: submit."),
    ("A045", IMP, PO, "HMICFRS CDI", "CDI 2019 AFI 1", None,
     "Improve use of crime recording & management system (Niche) to manage case files and investigative processes",
     "Head of Criminal Justice", D(2020, 9, 30), None, "C", "Closed",
     "Niche case file module live.", D(2021, 6, 10),
     "f12", "in_sync", "Crime-recording system for case files = 9862. HMICFRS Complete, force Closed."),
    ("A046", D(2020, 9, 1), PO, "HMICFRS Child protection", "NCPI 2019 (child protection)", None,
     "Within six months West Midlands Police should, in conjunction with children’s social care services, review how it manages the detention of children. As a minimum it should:• ensure that all children are only detained when absolutely necessary and for the ",
     "Ch Insp Custody", D(2021, 2, 28), D(2022, 12, 31), "A", "In progress",
     "Concordat on children in custody refreshed with 7 LAs.", None,
     "f14", "conflict", "Verbatim start of the custody 2020 rec 10433 (cut at 255 characters), but filed under 'NCPI 2019 (child protection)'; HMICFRS has it under the 2020 custody inspection report. Report conflict. Both open."),
    ("A047", D(2022, 6, 6), PO, "HMICFRS PEEL", "PEEL 21/22 AFI 1", None,
     "Sufficient resources in the control room to meet resourcing model & demand, taking account of workforce wellbeing",
     "Supt Contact Centre", D(2023, 3, 31), None, "G", "Not started",
     "Allocated 06/06/22.", None,
     "f15", "in_sync", "Control room resourcing = 11640. Awaiting review / Not started: open on both."),
    ("A048", D(2022, 6, 6), PO, "HMICFRS PEEL", "PEEL 21/22 AFI 3", None,
     "Monitor team cultures (staff feedback) and take prompt remedial action on issues found",
     "Director of People", D(2023, 3, 31), None, "G", "In progress",
     "Culture survey Oct 22.", None,
     "f17", "in_sync", "Team cultures monitoring = 11642. Open on both."),
    ("A049", D(2022, 6, 6), PO, "HMICFRS PEEL", "PEEL 21/22 AFI 5", None,
     "Develop future workforce plan aligned to demand & budget - resource allocations, skills mix, behaviours",
     "Director of People", D(2023, 3, 31), None, "G", "In progress",
     "Linked to FMS 2022.", None,
     "f19", "in_sync", "Workforce plan aligned with demand and budget = 11644. Open on both."),
    ("A050", D(2022, 3, 14), "Supt Bell", "HMICFRS hot debrief", "PEEL 21/22 hot debrief 11/03/22", None,
     "Improve timeliness of triage of online crime reports (raised at hot debrief)",
     "Supt Contact Centre", D(2022, 9, 30), None, "A", "In progress",
     "Online triage pilot.", None,
     None, "not_on_hmicfrs_list", "Raised at the PEEL 21/22 hot debrief, not a published item: no HMICFRS row asks this (CDI 9861 mentions online triage only as one bullet and is matched to A044). Not on the list."),
    ("A051", D(2022, 1, 10), PO, "Internal Audit", "IA 2021/22 Seized property", None,
     "Introduce monthly reconciliation of seized property store records",
     "Head of Criminal Justice", D(2022, 4, 30), None, "C", "Complete",
     "Monthly reconciliation live.", D(2022, 5, 3),
     None, "not_on_hmicfrs_list", "Internal audit action, not an HMICFRS item."),
    ("A052", D(2021, 1, 14), PO, "Programme Board", None, None,
     "Agree ToR and membership of the Force Improvement Board",
     "DCC", D(2021, 2, 28), None, "C", "Closed",
     "ToR agreed 04/02/21.", D(2021, 2, 4),
     None, "not_on_hmicfrs_list", "Programme housekeeping action, not an HMICFRS item."),
    ("A053", D(2022, 4, 4), PO, "Force Exec", None, None,
     "Prepare FMS 2022 submission to HMICFRS",
     "Head of Corporate Development", D(2022, 10, 31), None, "G", "In progress",
     "Drafting.", None,
     None, "not_on_hmicfrs_list", "Force Management Statement task, not an HMICFRS recommendation."),
]
A_PREFILLED = ["A054", "A055", "A056", "A057", "A058", "A059", "A060"]

# Issues columns: ID, Date raised, Issue description, Source, Source detail, HMICFRS ref, Impact,
# Priority, Owner, Resolution / next steps, Status, Date resolved
I = [
    ("I001", IMP, "Force unable to demonstrate S&S use is consistently reasonable and fair - over-representation of BAME / black people not explained (national CoC)",
     "HMICFRS CoC", "PEEL Legitimacy 2017 national - cause of concern", "8540",
     "Public confidence / legitimacy", "High", "Ch Supt Neighbourhood Policing",
     "Actions A025-A030 (S&S monitoring & disparity).", "Open", None,
     "n27", "in_sync", "Ref 8540, the national S&S cause of concern. Open on both (Being progressed / Open)."),
    ("I002", IMP, "Response to missing & absent children - risk for missing children assessed inappropriately, absent v missing misclassified, CSE risk not reflected (CoC PEEL Eff 2016)",
     "HMICFRS CoC", "PEEL Effectiveness 2016 CoC", None,
     "Children at risk of harm", "High", "Ch Supt Public Protection",
     "Missing persons policy rewritten 2018; HMICFRS revisit 2019.", "Resolved", D(2019, 4, 2),
     "f1", "in_sync", "Missing and absent children cause of concern = 7120. HMICFRS Complete, force Resolved (done)."),
    ("I003", IMP, "CoC rec: review approach to missing children - call takers use missing/absent category correctly; CSE risk factor knowledge; supervisors oversee missing enquiries",
     "HMICFRS CoC", "PEEL Effectiveness 2016 CoC rec", None,
     "Children at risk of harm", "High", "Ch Supt Public Protection",
     "Periodic dip-sampling continues.", "Open", None,
     "f2", "closeable_local", "The recommendation under the missing children CoC = 7121 (all three bullets). HMICFRS Complete, force still Open: close locally."),
    ("I004", D(2019, 5, 13), "Size of vetting backlog (CoC PEEL 18/19)",
     "HMICFRS CoC", "PEEL 18/19 CoC", "9402",
     "Integrity / compliance with Vetting APP", "High", "Head of Professional Standards",
     "Escalated to risk register (R003) 03/2022.", "Escalated - see R003", None,
     "f3", "in_sync", "Ref 9402, vetting backlog CoC. 'Escalated - see R003' is still open; HMICFRS Being progressed: open on both."),
    ("I005", D(2019, 5, 13), "All staff to hold at least the lowest level of vetting - clear backlog and renewals, full compliance with national vetting guidelines",
     "HMICFRS CoC", "PEEL 18/19 CoC rec", "9403",
     "Integrity / compliance with Vetting APP", "High", "Head of Professional Standards",
     "Backlog cleared 07/22 - all staff hold min. RV/CTC.", "Resolved", D(2022, 7, 29),
     "f4", "closeable_submit", "Ref 9403, the vetting recommendation. HMICFRS Being progressed, force Resolved: submit for closure."),
    ("I006", D(2022, 2, 21), "Loss of analyst capacity delaying HMICFRS evidence packs for board",
     "Programme Office", None, None,
     "Slippage of closure submissions", "Medium", "Head of Corporate Development",
     "Temporary analyst from Performance team.", "Managed", None,
     None, "not_on_hmicfrs_list", "Programme issue, not an HMICFRS item."),
]

RISKS = [
    ("R001", D(2021, 1, 14), "There is a risk that evidence for legacy HMICFRS recommendations cannot be located, resulting in items remaining open on the HMICFRS list.", 4, 3, "J. Hadley (PMO)", "Evidence library on SharePoint; owners asked to upload.", "Open"),
    ("R002", D(2021, 1, 14), "There is a risk that owners do not provide monthly updates, resulting in an inaccurate position reported to JAC.", 3, 3, "DCC", "Monthly chase; exceptions to Force Improvement Board.", "Open"),
    ("R003", D(2022, 3, 7), "There is a risk that the vetting backlog (HMICFRS cause of concern) is not cleared before re-inspection, resulting in an adverse PEEL finding.", 3, 5, "Head of Professional Standards", "Additional vetting officers; weekly tracking.", "Open"),
    ("R004", D(2021, 6, 1), "There is a risk that the move to the new HMICFRS monitoring portal changes references, resulting in mismatches with this log.", 2, 2, "J. Hadley (PMO)", "Keep HMICFRS ref column up to date.", "Closed"),
    ("R005", D(2022, 6, 6), "There is a risk that PEEL 21/22 AFIs are not allocated to owners within 56 days.", 2, 3, "Head of Corporate Development", "Allocation at June board.", "Open"),
]

DECISIONS = [
    ("D001", D(2021, 1, 14), "Outstanding HMICFRS recommendations from the legacy tracker to be brought into the RAID log as Actions; causes of concern as Issues.", "Force Improvement Board", "A001-A046, I001-I005"),
    ("D002", D(2021, 2, 4), "Legacy items already complete to be closed at board without re-submission.", "Force Improvement Board", "A004, A005, A006, A009, A011, A019, A029"),
    ("D003", D(2021, 3, 8), "Multi-part recommendations may be split into separate actions; item only proposed for closure once all parts complete.", "Force Improvement Board", "A016a/b, A025-A027, A033-A035"),
    ("D004", D(2022, 3, 7), "Vetting backlog issue escalated to the risk register.", "Force Improvement Board", "I004, R003"),
]

ACT_STATUS = ["Not started", "In progress", "On hold", "Proposed for closure", "Complete", "Closed"]
ISS_STATUS = ["Open", "Managed", "Escalated - see R", "Resolved", "Closed"]
SOURCES = ["HMICFRS National", "HMICFRS PEEL", "HMICFRS CoC", "HMICFRS CDI", "HMICFRS Child protection",
           "HMICFRS Custody", "HMICFRS hot debrief", "Internal Audit", "Programme Board", "Force Exec",
           "Programme Office"]

PROPS = {
    "title": "Force Improvement Programme RAID log",
    "author": "Programme Management Office",
    "company": "West Midlands Police",
    "created": dt.datetime(2022, 8, 29, 9, 0, 0),
}
H_PROPS = {
    "title": "Definitive list",
    "author": "HMICFRS",
    "company": "HMICFRS",
    "created": dt.datetime(2022, 9, 5, 8, 0, 0),
}


def build_hmicfrs(path: str) -> None:
    wb = xlsxwriter.Workbook(path)
    wb.set_properties(H_PROPS)
    ws = wb.add_worksheet("Definitive list")
    bold = wb.add_format({"bold": True})
    title = wb.add_format({"bold": True, "font_size": 13})
    hdr = wb.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1, "text_wrap": True})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    top = wb.add_format({"valign": "top"})
    dfmt = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
    ws.write(0, 0, "HMICFRS monitoring – definitive list of recommendations and areas for improvement", title)
    ws.write(1, 0, f"Force: {FORCE}    Extracted: 05/09/2022", bold)
    headers = ["Recommendation ID", "Report title", "Publication date", "Type", "Recommendation text", "Status", "Status date"]
    for c, h in enumerate(headers):
        ws.write(3, c, h, hdr)
    for k in H_ORDER:
        rid, rep, typ, text, status, sdate = H[k]
        r = H_ROW[k] - 1
        ws.write_number(r, 0, rid, top)
        ws.write_string(r, 1, R[rep][0], wrap)
        ws.write_datetime(r, 2, R[rep][1], dfmt)
        ws.write_string(r, 3, typ, top)
        ws.write_string(r, 4, text, wrap)
        ws.write_string(r, 5, status, top)
        ws.write_datetime(r, 6, sdate, dfmt)
    ws.set_column(0, 0, 12)
    ws.set_column(1, 1, 40)
    ws.set_column(2, 3, 14)
    ws.set_column(4, 4, 90)
    ws.set_column(5, 6, 16)
    ws.autofilter(3, 0, 3 + len(H_ORDER), len(headers) - 1)
    ws.freeze_panes(4, 0)
    wb.close()


def build_tracker(path: str) -> dict[str, int]:
    wb = xlsxwriter.Workbook(path)
    wb.set_properties(PROPS)
    title = wb.add_format({"bold": True, "font_size": 14, "font_color": "#1F3864"})
    note = wb.add_format({"italic": True, "font_color": "#595959"})
    bold = wb.add_format({"bold": True})
    hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF", "border": 1,
                         "text_wrap": True, "valign": "top"})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    cell = wb.add_format({"valign": "top", "border": 1})
    dfmt = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    red = wb.add_format({"bg_color": "#FF0000", "font_color": "#FFFFFF"})
    amber = wb.add_format({"bg_color": "#FFC000"})
    green = wb.add_format({"bg_color": "#00B050", "font_color": "#FFFFFF"})
    blue = wb.add_format({"bg_color": "#5B9BD5", "font_color": "#FFFFFF"})
    rows: dict[str, int] = {}

    def w(ws, r, c, v, fmt=cell, wfmt=None):
        if v is None:
            ws.write_blank(r, c, None, fmt)
        elif isinstance(v, dt.datetime):
            ws.write_datetime(r, c, v, dfmt)
        elif isinstance(v, (int, float)):
            ws.write_number(r, c, v, fmt)
        else:
            ws.write_string(r, c, v, wfmt or fmt)

    # Cover
    cv = wb.add_worksheet("Cover")
    cv.write(0, 0, "West Midlands Police – Force Improvement Programme", title)
    cv.write(1, 0, "RAID log (Risks, Actions, Issues, Decisions)", bold)
    cv.write(3, 0, "Purpose", bold)
    cv.write(3, 1, "Single log for the programme. HMICFRS recommendations/AFIs are held as Actions; causes of concern as Issues.")
    cv.write(4, 0, "Owner", bold)
    cv.write(4, 1, "Programme Management Office, Strategic Change")
    cv.write(5, 0, "Reported to", bold)
    cv.write(5, 1, "Force Improvement Board (monthly); Joint Audit Committee (quarterly)")
    cv.write(7, 0, "Version", bold)
    cv.write(7, 1, "Date", bold)
    cv.write(7, 2, "Author", bold)
    cv.write(7, 3, "Change", bold)
    for i, (v, d, a, ch) in enumerate([
        ("0.1", D(2021, 1, 14), "JH", "Created; legacy HMICFRS tracker imported"),
        ("1.0", D(2021, 2, 4), "JH", "Board approved"),
        ("1.7", D(2022, 6, 6), "JH", "PEEL 21/22 AFIs added"),
        ("1.9", D(2022, 8, 29), "JH", "August updates"),
    ]):
        cv.write_string(8 + i, 0, v)
        cv.write_datetime(8 + i, 1, d, wb.add_format({"num_format": "dd/mm/yyyy"}))
        cv.write_string(8 + i, 2, a)
        cv.write_string(8 + i, 3, ch)
    cv.write(13, 0, "RAG key (delivery confidence)", bold)
    for i, (k, v) in enumerate([
        ("G", "On track to meet target date"),
        ("A", "At risk of missing target date"),
        ("R", "Target date missed / off track"),
        ("C", "Complete"),
    ]):
        cv.write_string(14 + i, 0, k, [green, amber, red, blue][i])
        cv.write_string(14 + i, 1, v)
    cv.write(19, 0, "Status: owners set 'Complete' / 'Proposed for closure'; PMO sets 'Closed' after board sign-off.", note)
    cv.set_column(0, 0, 28)
    cv.set_column(1, 1, 60)
    cv.set_column(2, 3, 30)

    # Risks
    rk = wb.add_worksheet("Risks")
    rk.write(0, 0, "RISKS LOG", title)
    rk.write(1, 0, "Score = Likelihood x Impact (1-5). Review monthly.", note)
    rh = ["Risk ID", "Date raised", "Risk description", "Likelihood", "Impact", "Score", "Risk owner", "Mitigation", "Status"]
    for c, h in enumerate(rh):
        rk.write(2, c, h, hdr)
    for i, (rid, d, desc, lk, im, own, mit, st) in enumerate(RISKS):
        r = 3 + i
        w(rk, r, 0, rid)
        w(rk, r, 1, d)
        w(rk, r, 2, desc, wrap)
        w(rk, r, 3, lk)
        w(rk, r, 4, im)
        rk.write_formula(r, 5, f"=D{r + 1}*E{r + 1}", cell, lk * im)
        w(rk, r, 6, own)
        w(rk, r, 7, mit, wrap)
        w(rk, r, 8, st)
    rk.set_column(2, 2, 70)
    rk.set_column(6, 7, 30)

    # Actions
    ac = wb.add_worksheet("Actions")
    ac.write(0, 0, "ACTIONS LOG – Force Improvement Programme", title)
    ac.write(1, 0, "Add new actions at the bottom. Do not delete rows – set Status to Closed once signed off at Force Improvement Board. Last updated 29/08/2022.", note)
    ah = ["Action ID", "Date raised", "Raised by", "Source", "Source detail", "HMICFRS ref", "Action",
          "Action owner", "Target date", "Revised target", "RAG", "Status", "Latest update", "Date closed"]
    for c, h in enumerate(ah):
        ac.write(2, c, h, hdr)
    r = 3
    for row in A:
        (aid, raised, by, src, det, ref, text, owner, tgt, rev, rag, status, upd, closed, *_rest) = row
        vals = [aid, raised, by, src, det, ref, text, owner, tgt, rev, rag, status, upd, closed]
        for c, v in enumerate(vals):
            w(ac, r, c, v, cell, wrap if c in (6, 12) else None)
        rows[aid] = r + 1
        r += 1
    for aid in A_PREFILLED:
        w(ac, r, 0, aid)
        for c in range(1, len(ah)):
            ac.write_blank(r, c, None, cell)
        r += 1
    last = r
    ac.data_validation(3, 11, last - 1, 11, {"validate": "list", "source": "=Lists!$A$2:$A$7"})
    ac.data_validation(3, 3, last - 1, 3, {"validate": "list", "source": "=Lists!$C$2:$C$12"})
    ac.data_validation(3, 10, last - 1, 10, {"validate": "list", "source": ["G", "A", "R", "C"]})
    for val, fmt in (("G", green), ("A", amber), ("R", red), ("C", blue)):
        ac.conditional_format(3, 10, last - 1, 10, {"type": "cell", "criteria": "==", "value": f'"{val}"', "format": fmt})
    ac.autofilter(2, 0, last - 1, len(ah) - 1)
    ac.freeze_panes(3, 1)
    ac.set_column(0, 0, 9)
    ac.set_column(1, 2, 12)
    ac.set_column(3, 4, 22)
    ac.set_column(5, 5, 10)
    ac.set_column(6, 6, 70)
    ac.set_column(7, 7, 24)
    ac.set_column(8, 11, 12)
    ac.set_column(12, 12, 45)
    ac.set_column(13, 13, 12)

    # Issues
    isw = wb.add_worksheet("Issues")
    isw.write(0, 0, "ISSUES LOG – Force Improvement Programme", title)
    isw.write(1, 0, "HMICFRS causes of concern (and the recommendations made under them) are logged here. Escalate to Risks where not in our control.", note)
    ih = ["Issue ID", "Date raised", "Issue description", "Source", "Source detail", "HMICFRS ref", "Impact",
          "Priority", "Issue owner", "Resolution / next steps", "Status", "Date resolved"]
    for c, h in enumerate(ih):
        isw.write(2, c, h, hdr)
    r = 3
    for row in I:
        (iid, raised, desc, src, det, ref, imp, pri, owner, res, status, resolved, *_rest) = row
        vals = [iid, raised, desc, src, det, ref, imp, pri, owner, res, status, resolved]
        for c, v in enumerate(vals):
            w(isw, r, c, v, cell, wrap if c in (2, 9) else None)
        rows[iid] = r + 1
        r += 1
    isw.data_validation(3, 10, r - 1, 10, {"validate": "list", "source": "=Lists!$B$2:$B$6", "error_type": "warning"})
    isw.autofilter(2, 0, r - 1, len(ih) - 1)
    isw.freeze_panes(3, 1)
    isw.set_column(2, 2, 70)
    isw.set_column(3, 8, 18)
    isw.set_column(9, 9, 40)
    isw.set_column(10, 11, 16)

    # Decisions
    de = wb.add_worksheet("Decisions")
    de.write(0, 0, "DECISIONS LOG", title)
    dh = ["Decision ID", "Date", "Decision", "Decided by", "Related items"]
    for c, h in enumerate(dh):
        de.write(2, c, h, hdr)
    for i, (did, d, text, by, rel) in enumerate(DECISIONS):
        w(de, 3 + i, 0, did)
        w(de, 3 + i, 1, d)
        w(de, 3 + i, 2, text, wrap)
        w(de, 3 + i, 3, by)
        w(de, 3 + i, 4, rel)
    de.set_column(2, 2, 80)
    de.set_column(3, 4, 28)

    # Lists
    li = wb.add_worksheet("Lists")
    for c, (h, vals) in enumerate((("Action status", ACT_STATUS), ("Issue status", ISS_STATUS), ("Source", SOURCES))):
        li.write(0, c, h, bold)
        for i, v in enumerate(vals):
            li.write_string(1 + i, c, v)
    li.set_column(0, 2, 24)
    wb.close()
    return rows


def main() -> None:
    os.makedirs(OUT, exist_ok=True)
    build_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    frow = build_tracker(os.path.join(OUT, "tracker.xlsx"))

    lines = []
    seen = set()
    for row in A:
        aid, key, cat, why = row[0], row[14], row[15], row[16]
        lines.append((f"Definitive list!{H_ROW[key]}" if key else "", f"Actions!{frow[aid]}", cat, why))
        if key:
            seen.add(key)
    for row in I:
        iid, key, cat, why = row[0], row[12], row[13], row[14]
        lines.append((f"Definitive list!{H_ROW[key]}" if key else "", f"Issues!{frow[iid]}", cat, why))
        if key:
            seen.add(key)
    missing_why = {
        "n3": "Stop and search 2013 rec on complying with the code of practice; its near-twin from S&S 2 (2015, 5230) is the one the log holds (A009, Source detail 'Stop & search powers 2 (2015)'). No row for the 2013 item (HMICFRS Complete).",
        "n4": "Everyone's business domestic abuse action plan (2014): no action or issue mentions it; not brought across from the legacy tracker (HMICFRS Complete).",
        "n8": "Austerity 2014 collaboration plans before the next spending round: no row (A002 is the different '<10% of savings through collaboration' rec). HMICFRS Superseded.",
        "f16": "PEEL 21/22 AFI on understanding current and future demand: not logged (A047-A049 are AFIs 1, 3, 5).",
        "f18": "PEEL 21/22 AFI on support for those who raised concerns: not logged. A042 is the PEEL 18/19 whistleblowing item, a different ask.",
    }
    for k in H_ORDER:
        if k not in seen:
            lines.append((f"Definitive list!{H_ROW[k]}", "", "missing_from_force", missing_why[k]))
    assert set(missing_why) == set(H) - seen, (set(H) - seen) ^ set(missing_why)

    def hkey(s):
        return int(s.split("!")[1]) if s else 10**6

    def fkey(s):
        if not s:
            return (2, 0)
        sh, n = s.split("!")
        return (0 if sh == "Actions" else 1, int(n))
    lines.sort(key=lambda t: (hkey(t[0]), fkey(t[1])))
    buf = io.StringIO()
    wcsv = csv.writer(buf, lineterminator="\n")
    wcsv.writerow(["hmicfrs_row", "force_row", "category", "why"])
    wcsv.writerows(lines)
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


if __name__ == "__main__":
    main()
