"""Build case jira_plans_hierarchy_csv (round 101, case A).

HMICFRS side: the register's ordinary export (hmicfrs.xlsx, one sheet, header row 1).
Force side: a Jira Plans (Advanced Roadmaps) CSV export of the force's HMICFRS improvement
plan, hierarchy Theme > Initiative (report) > Epic (item) > Story (part/action).
Deterministic: fixed seed, fixed workbook properties, XlsxWriter's fixed zip timestamps.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import os
import random

import xlsxwriter

OUT = "/tmp/indep101/jira_plans_hierarchy_csv"
FORCE = "Lincolnshire Police"
RNG = random.Random(101_0001)

REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")

# --------------------------------------------------------------------------- reports
REPORTS = {
    "sas13": ("Stop and search powers: Are the police using them effectively and fairly?", dt.date(2013, 7, 9)),
    "everyone": ("Everyone's business: Improving the police response to domestic abuse", dt.date(2014, 3, 27)),
    "austerity": ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22)),
    "core": ("Core Business: an inspection into crime prevention, police attendance and the use of police time", dt.date(2014, 9, 4)),
    "integrity": ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", dt.date(2015, 1, 30)),
    "sas15": ("Stop and search powers 2: are the police using them effectively and fairly?", dt.date(2015, 3, 24)),
    "picture": ("Building the picture: an inspection of police information management", dt.date(2015, 7, 1)),
    "firearms": ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15)),
    "efc15": ("PEEL: Police efficiency 2015", dt.date(2015, 11, 19)),
    "eff16": ("PEEL: Police effectiveness 2016", dt.date(2017, 3, 2)),
    "cdi17": ("Crime data integrity inspection 2017", dt.date(2017, 9, 14)),
    "stolen": ("Stolen freedom: the policing response to modern slavery and human trafficking", dt.date(2017, 10, 24)),
    "efc17": ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9)),
    "leg17": ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12)),
    "leg17f": ("PEEL: Police legitimacy 2017", dt.date(2017, 12, 12)),
    "ncpi18": ("National child protection inspection 2018", dt.date(2018, 6, 21)),
    "peel18": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", dt.date(2019, 5, 2)),
    "powers": ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", dt.date(2021, 2, 26)),
    "peel21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", dt.date(2022, 5, 12)),
}

# --------------------------------------------------------------------------- HMICFRS items
# (key, register id, report, type, text, status, status date)
AB, BP, CO, SU, NF = ("Awaiting review", "Being progressed", "Complete", "Superseded",
                      "No further action required")
H = [
    ("sas13_1", 1402, "sas13", NAT, "Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.", CO, dt.date(2016, 3, 1)),
    ("sas13_2", 1403, "sas13", NAT, "Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.", CO, dt.date(2018, 2, 14)),
    ("sas13_3", 1404, "sas13", NAT, "Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people.", BP, dt.date(2019, 6, 3)),
    ("everyone", 2321, "everyone", NAT, "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n• in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n• after close consideration of all the recommendations in this report;\n• with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n• drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments.", SU, dt.date(2017, 3, 2)),
    ("aust_1", 2502, "austerity", NAT, "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews", NF, dt.date(2016, 1, 12)),
    ("aust_2", 2503, "austerity", NAT, "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn.", NF, dt.date(2016, 1, 12)),
    ("aust_3", 2504, "austerity", NAT, "Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn.", NF, dt.date(2016, 1, 12)),
    ("aust_4", 2505, "austerity", NAT, "In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector.", BP, dt.date(2018, 9, 20)),
    ("core_1", 4822, "core", NAT, "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.", BP, dt.date(2017, 11, 6)),
    ("core_2", 4823, "core", NAT, "By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.", AB, dt.date(2015, 4, 1)),
    ("integrity", 902, "integrity", NAT, "By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.", CO, dt.date(2016, 7, 19)),
    ("sas15", 5110, "sas15", NAT, "Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.", BP, dt.date(2019, 6, 3)),
    ("picture", 5620, "picture", NAT, "By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted.", AB, dt.date(2015, 7, 1)),
    ("fa_1", 5901, "firearms", NAT, "Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.", BP, dt.date(2016, 2, 2)),
    ("fa_2", 5902, "firearms", NAT, "Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.", BP, dt.date(2016, 2, 2)),
    ("fa_3", 5903, "firearms", NAT, "Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.", CO, dt.date(2016, 10, 4)),
    ("fa_4", 5904, "firearms", NAT, "Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.", BP, dt.date(2016, 2, 2)),
    ("fa_5", 5905, "firearms", NAT, "Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.", AB, dt.date(2015, 9, 15)),
    ("efc15_1", 6120, "efc15", AFI, "The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public.", CO, dt.date(2017, 5, 9)),
    ("efc15_2", 6121, "efc15", AFI, "The force should develop its understanding of the links between its outcomes, outputs and costs", SU, dt.date(2017, 5, 9)),
    ("efc15_3", 6122, "efc15", AFI, "The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.", BP, dt.date(2017, 5, 9)),
    ("eff16_c", 8801, "eff16", COC, "The force’s current approach to domestic abuse is unacceptable. The proportion of victims who fail to support the investigation and the low use of police powers of arrest and prosecution is a cause of concern to HMIC.", BP, dt.date(2018, 4, 27)),
    ("eff16_1", 8802, "eff16", REC, "To address this cause of concern, HMIC recommends the force should immediately consider ways of increasing the use of arrest, ancillary orders and other available powers, in order to improve the service it provides to victims of domestic abuse, offer the best possible protection and bring more perpetrators to justice.", BP, dt.date(2018, 4, 27)),
    ("eff16_2", 8803, "eff16", REC, "Immediately, the force should take steps to understand and address the reason behind why such a high proportion of victims of domestic abuse do not support the police investigation.", CO, dt.date(2018, 4, 27)),
    ("eff16_3", 8804, "eff16", REC, "Immediately, the force should cease the practice of conducting domestic abuse risk assessments over the telephone and dealing with domestic abuse in the resolution centre.", SU, dt.date(2019, 5, 2)),
    ("eff16_4", 8805, "eff16", AFI, "The force should take steps to ensure that there is effective supervision of the initial risk assessment process, specifically in relation to the completion of DASH risk assessment in appropriate cases. In cases where a DASH risk assessment is not completed the officer should record an assessment on the crime management system.", AB, dt.date(2017, 3, 2)),
    ("eff16_5", 8806, "eff16", AFI, "Lincolnshire Police should improve the supervision of investigations, so that investigation plans are set, reviewed and recorded and victims receive a consistently good service.", BP, dt.date(2018, 4, 27)),
    ("cdi17_1", 7012, "cdi17", REC, "Within six months the force should put in place arrangements to ensure that:\n• at the point of report, victims are believed;\n• conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;\n• multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;\n• the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and\n• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed.", BP, dt.date(2018, 6, 11)),
    ("cdi17_2", 7013, "cdi17", REC, "Within three months, the force should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.", AB, dt.date(2017, 9, 14)),
    ("st_1", 7701, "stolen", NAT, "Within twelve months, forces should review their leadership and governance arrangements for modern slavery and human trafficking, to ensure that:\n• senior leaders prioritise the response to modern slavery and human trafficking;\n• every incident of modern slavery identified to police is allocated appropriate resources with the skills, experience and capacity to investigate it effectively;\n• forces develop effective partnership arrangements to co-ordinate activity in order to share information and safeguard victims; and\n• performance and quality assurance measures are in place to allow senior leaders to assess the nature and quality of the service provided to victims.", BP, dt.date(2018, 11, 5)),
    ("st_2", 7702, "stolen", NAT, "Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible", BP, dt.date(2018, 11, 5)),
    ("st_3", 7703, "stolen", NAT, "Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.", AB, dt.date(2017, 10, 24)),
    ("st_4", 7704, "stolen", NAT, "Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.", BP, dt.date(2018, 11, 5)),
    ("st_5", 7705, "stolen", NAT, "Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.", BP, dt.date(2018, 11, 5)),
    ("st_6", 7706, "stolen", NAT, "Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas).", BP, dt.date(2018, 11, 5)),
    ("st_7", 7707, "stolen", NAT, "Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.", CO, dt.date(2019, 3, 18)),
    ("efc17", 8310, "efc17", NAT, "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries.", BP, dt.date(2018, 10, 1)),
    ("leg17_c", 8540, "leg17", COC, "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.", BP, dt.date(2018, 7, 31)),
    ("leg17_1", 8541, "leg17", NAT, "By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.", BP, dt.date(2018, 7, 31)),
    ("leg17_2", 8542, "leg17", NAT, "Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;", AB, dt.date(2017, 12, 12)),
    ("leg17_3", 8543, "leg17", NAT, "We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.", AB, dt.date(2017, 12, 12)),
    ("leg17_4", 8544, "leg17", NAT, "By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.", BP, dt.date(2018, 7, 31)),
    ("leg17f_1", 8650, "leg17f", AFI, "The force should satisfy itself that it has processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.", BP, dt.date(2018, 9, 3)),
    ("leg17f_2", 8651, "leg17f", AFI, "The force should make sure it provides a confidential way for staff to raise concerns and that staff are aware of whistleblowing processes.", AB, dt.date(2017, 12, 12)),
    ("leg17f_3", 8652, "leg17f", AFI, "Lincolnshire Police should review the support available for those who have raised concerns and take any action needed to make sure these provisions are suitable.", AB, dt.date(2017, 12, 12)),
    ("ncpi_c", 8947, "ncpi18", COC, "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found that the assessment of risk for children who go missing from home was inappropriate in some cases. We found some instances where children were classed as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing children were sometimes incorrectly assessed at a lower grade. Children were incorrectly graded at a lower level and could have been exposed to an increased risk of harm.", BP, dt.date(2019, 1, 14)),
    ("ncpi_1", 8949, "ncpi18", REC, "To address this cause of concern the force should immediately review its approach to reports of missing children and take steps to ensure that:\n• call takers understand and use the missing and absent category appropriately; • call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and • supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action", BP, dt.date(2019, 1, 14)),
    ("ncpi_2", 8950, "ncpi18", REC, "Within six months Lincolnshire Police should, in conjunction with children’s social care services, review how it manages the detention of children. As a minimum it should:• ensure that all children are only detained when absolutely necessary and for the absolute minimum amount of time;• ensure that officers and staff in the custody suite assess at an early stage a child’s need for alternative accommodation (secure or otherwise) and work with children’s social care services to achieve the most appropriate option for the child;• ensure that custody staff make a record of all actions taken and decisions made on the relevant documentation; and• improve the timeliness of adequate appropriate adult support for children who are arrested", CO, dt.date(2020, 2, 24)),
    ("p18_1", 9010, "peel18", AFI, "The force should improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed.", BP, dt.date(2020, 1, 8)),
    ("p18_2", 9011, "peel18", AFI, "The force should improve its understanding of suspects released under investigation and the management of those released on bail.", BP, dt.date(2020, 1, 8)),
    ("p18_3", 9012, "peel18", AFI, "The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.", AB, dt.date(2019, 5, 2)),
    ("p18_4", 9013, "peel18", AFI, "The force should expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans.", BP, dt.date(2020, 1, 8)),
    ("p18_5", 9014, "peel18", AFI, "The force should make sure there are appropriate strategic oversight arrangements in place to manage risks, performance and improvement plans effectively.", AB, dt.date(2019, 5, 2)),
    ("p18_6", 9015, "peel18", AFI, "The force should make sure the corporate risk register is actively used to mitigate and manage known risks.", CO, dt.date(2021, 3, 30)),
    ("pow_1", 9120, "powers", NAT, "By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.", AB, dt.date(2021, 2, 26)),
    ("pow_2", 9121, "powers", NAT, "By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.", AB, dt.date(2021, 2, 26)),
    ("pow_3", 9122, "powers", NAT, "By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\nhave a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\nprovide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.", BP, dt.date(2022, 1, 17)),
    ("pow_4", 9123, "powers", NAT, "The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.", AB, dt.date(2021, 2, 26)),
    ("pow_5", 9124, "powers", NAT, "By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.", AB, dt.date(2021, 2, 26)),
    ("p21_c", 9470, "peel21", COC, "The size of the vetting backlog within Lincolnshire Police is a cause of concern.", BP, dt.date(2022, 11, 28)),
    ("p21_1", 9471, "peel21", REC, "The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.", BP, dt.date(2022, 11, 28)),
]
HKEY = {h[0]: h for h in H}
assert len(HKEY) == len(H)
OPEN_H = {AB, BP}

# --------------------------------------------------------------------------- force tree
LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "Head of Intelligence",
         "Head of Criminal Justice", "Force Crime Registrar", "Head of Professional Standards",
         "Ch Supt Public Protection", "Director of People", "Head of Corporate Development",
         "Supt Contact Centre", "Head of Learning & Development", "Ch Insp Custody",
         "Head of Information Management", "Director of Finance", "Supt Firearms Licensing"]

TD, IP, RC, DN = "To Do", "In Progress", "Ready for Closure", "Done"

# Epic spec: (hmicfrs key or None, title, status, resolution, labels, ref field, lead,
#             due date or None, [stories (title, status, lead)], category, why)
# Initiative spec: (name, lead, status, [epics])
# Theme spec: (name, lead, [initiatives])


def CUT(k):
    """Jira summary: one line, at most 255 characters."""
    return " ".join(HKEY[k][4].split())[:255]


def E(h, title, status, labels="", ref=None, lead=None, due=None, stories=(), cat=None,
      why="", res=None):
    if res is None:
        res = "Done" if status == DN else ""
    return dict(h=h, title=title, status=status, res=res, labels=labels, ref=ref, lead=lead,
                due=due, stories=list(stories), cat=cat, why=why)


def d(y, m, dd):
    return dt.date(y, m, dd)


THEMES = [
    ("National thematic inspections", "DCC", [
        ("Stop & Search powers (HMIC 2013)", "ACC Local Policing", DN, [
            E("sas13_1", "S&S APP – clear spec of what effective and fair use of S&S looks like (College of Policing/national lead)", DN, "National_Rec", None, "ACC Local Policing",
              cat="in_sync", why="Same ask (APP specification of effective and fair stop and search) under the 2013 S&S initiative; HMICFRS Complete, epic Done: closed on both sides."),
            E("sas13_2", "Establish or improve monitoring of the way officers stop and search people - satisfied acting in accordance with law incl equality legislation & CoP", IP, "National_Rec", None, "ACC Local Policing",
              cat="closeable_local", why="Title is the monitoring recommendation abridged; HMICFRS Complete, epic still In Progress (the Initiative row above says Done but that is the report heading, not this item): close locally."),
            E("sas13_3", CUT("sas13_3"), IP, "National_Rec", None, "Supt Neighbourhood Policing",
              cat="in_sync", why="Title is the HMICFRS wording cut at Jira's 255-character summary limit; 'elected local policing bodies' places it with the 2013 report, as does its parent initiative; both open."),
            E(None, "Sas monitoring - quarterly disproportionality & outcomes analysis to Legitimacy Board", IP, "", None, "Head of Corporate Development",
              cat=None, why=""),  # replaced below: this slot is the mis-filed leg17_2 epic
        ]),
        ("Domestic abuse - Everyone's business", "Ch Supt Public Protection", DN, [
            E("everyone", "Establish & publish force DA action plan (Everyone's Business)", DN, "National_Rec", 2321, "Ch Supt Public Protection", d(2014, 9, 30), stories=[
                ("Consult PCC, DA support orgs and victims' reps on DA plan", DN, "Ch Supt Public Protection"),
                ("Consider all recs in Everyone's Business report", DN, "Ch Supt Public Protection"),
                ("Reference all relevant DHRs and IPCC findings (own force and others)", DN, "DI Review Team"),
                ("Draw on CPS scrutiny panels + MARAC self assessments", DN, "Ch Supt Public Protection"),
            ], cat="in_sync", why="Register ref 2321 in the HMICFRS Ref field and the same action-plan ask; the four Stories are the four bullets. HMICFRS Superseded (closed); epic and every Story Done: closed on both sides."),
        ]),
        ("Policing in Austerity 2014", "Director of Finance", DN, [
            E("aust_1", "Review savings plans - continue to reduce crime & protect front line while balancing budget (use HMIC VfM profiles)", DN, "National_Rec", None, "Director of Finance",
              cat="in_sync", why="Savings-plan review with the VfM profiles; HMICFRS No further action required (closed), epic Done: in sync."),
            E("aust_2", "Collab savings <10% - assess scope to improve position", TD, "National_Rec", None, "Director of Finance",
              cat="closeable_local", why="'less than 10% of savings through collaboration' abbreviated; HMICFRS No further action required (closed), epic still To Do: close locally."),
            E("aust_3", "Front line reduction - assess whether decisive action taken to maintain crime fighting capacity", DN, "National_Rec", None, "Director of Finance",
              cat="in_sync", why="Front-line reduction assessment; HMICFRS No further action required, epic Done: closed on both."),
            E("aust_4", "Review collaboration plans ahead of next spending round - scope for better VfM via joint working w/ other forces, public and/or private sector", DN, "National_Rec", None, "Director of Finance",
              cat="closeable_submit", why="Collaboration review for the next spending round; HMICFRS Being progressed (open), epic Done with resolution Done: submit for closure."),
        ]),
        ("Core business", "ACC Local Policing", IP, [
            E("core_1", "Not later than 31 March 2016 forces using a THR policy should give call-handlers specific, sound & comprehensible criteria to assess threat, harm and risk", IP, "National_Rec", None, "Supt Contact Centre",
              cat="conflict", why="Same Core Business call-handler criteria ask (parent initiative Core business; the near-identical CDI 2017 item has its own epic under CDI), but the force title says 'Not later than 31 March 2016' where HMICFRS says 31 March 2015: deadline disagrees."),
            E("core_2", "Crime prevention/disruption activity systematically recorded and evaluated (effectiveness of tactics)", DN, "National_Rec", None, "Head of Corporate Development",
              cat="closeable_submit", why="Recording and evaluating prevention/disruption activity; HMICFRS Awaiting review (open), epic Done: submit."),
        ]),
        ("Integrity Matters 2015", "Head of Professional Standards", DN, [
            E("integrity", "NFA misconduct outcomes fair and free from discrimination (by 31/08/15)", DN, "National_Rec", 902, "Head of Professional Standards", d(2015, 8, 31),
              cat="in_sync", why="HMICFRS Ref 902 and the 'no further action' misconduct ask with the 31 August 2015 deadline; HMICFRS Complete, epic Done."),
        ]),
        ("Stop & search powers 2", "ACC Local Policing", IP, [
            E("sas15", "Explain use of S&S to public in consultation with PCC; S&S records scrutinised by community reps incl young people", IP, "National_Rec", None, "Supt Neighbourhood Policing",
              cat="in_sync", why="Filed under the 2015 'Stop & search powers 2' initiative and says 'in consultation with PCC' (the 2015 wording; 2013 says 'elected local policing bodies' and has its own epic); both open."),
        ]),
        ("Information management (Building the Picture)", "Head of Information Management", TD, []),
        ("Firearms licensing 2015", "Supt Firearms Licensing", IP, [
            E("fa_1", "FL governance - assess against APP standards and put correct arrangements in place", DN, "National_Rec", 5901, "Supt Firearms Licensing", d(2015, 12, 15),
              cat="closeable_submit", why="HMICFRS Ref 5901, governance of firearms licensing against APP; HMICFRS Being progressed, epic Done: submit."),
            E("fa_2", "Within three months, assess demand on FL dept and ensure capacity to meet demand + efficient & effective service at all times", IP, "National_Rec", 5902, "Supt Firearms Licensing", d(2015, 12, 15),
              cat="in_sync", why="Ref 5902, demand and capacity of the licensing department; both open."),
            E("fa_3", "Total expired licensing records - appropriate action", DN, "National_Rec", 5903, "Supt Firearms Licensing",
              cat="in_sync", why="Ref 5903 'total expired' records; HMICFRS Complete, epic Done."),
            E("fa_4", CUT("fa_4"), RC, "National_Rec", 5904, "Supt Firearms Licensing", d(2015, 12, 15),
              cat="closeable_submit", why="Ref 5904, temporary permits (title cut at 255 characters); status 'Ready for Closure' is the force's workflow step after the work is finished, i.e. force done; HMICFRS Being progressed: submit."),
            E("fa_5", "Within six months ensure systems identify, before attendance, if incident involves / is at address of a FAC holder + officers understand risk assessment & power to seize", IP, "National_Rec", None, "Supt Contact Centre",
              cat="conflict", why="Same firearm-certificate-holder flagging ask (no ref on the epic), but the force wrote 'Within six months' where HMICFRS says 'Within three months': timescale disagrees."),
        ]),
        ("Abuse of position for a sexual purpose (Oct 17)", "Head of Professional Standards", TD, []),
        ("Stolen Freedom (MSHT) 2017", "Det Ch Supt Force CID", IP, [
            E("st_1", "MSHT leadership & governance review (within 12 months)", IP, "National_Rec", 7701, "Det Ch Supt Force CID", d(2018, 10, 24), stories=[
                ("Senior leaders prioritise response to MSHT - Gold group chaired by ACC", DN, "ACC Crime"),
                ("Every MS incident allocated resources with skills/experience/capacity to investigate", IP, "Det Ch Supt Force CID"),
                ("Partnership arrangements to co-ordinate activity, share info and safeguard victims", DN, "Ch Supt Public Protection"),
            ], cat="conflict", why="Ref 7701 and the leadership/governance review; the force broke it into one Story per bullet but only three Stories exist: the fourth bullet (performance and quality assurance measures for senior leaders) is not tracked anywhere. Missing bullet: conflict on every line of the item."),
            E("st_2", "Info sharing agreements with other agencies - speedy exchange of intel, safeguard victims, ID suspects early", DN, "National_Rec", 7702, "Head of Intelligence", d(2018, 4, 24),
              cat="closeable_submit", why="Ref 7702, information-sharing agreements (HMICFRS text carries a stray footnote '86'); HMICFRS Being progressed, epic Done: submit."),
            E("st_3", "s45 defence - early & continuing consideration for victims committing offences under compulsion", IP, "National_Rec", 7703, "Head of Criminal Justice",
              cat="in_sync", why="Ref 7703, section 45 defence; both open."),
            E("st_4", CUT("st_4"), IP, "National_Rec", 7704, "Ch Supt Public Protection",
              cat="in_sync", why="Ref 7704, NRM compliance (title cut at 255 characters); both open."),
            E("st_6", "MSHT allegations thoroughly investigated & supervised by skilled teams (incl JITs / overseas intel)", DN, "National_Rec", 7706, "Det Ch Supt Force CID",
              cat="closeable_submit", why="Ref 7706, investigation and supervision of MSHT allegations; HMICFRS Being progressed, epic Done: submit."),
            E("st_7", "Review use of preventative powers under MSA 2015 (STPOs/STROs)", IP, "National_Rec", 7707, "Det Ch Supt Force CID",
              cat="closeable_local", why="Ref 7707, preventative powers; HMICFRS Complete, epic In Progress: close locally."),
        ]),
        ("PEEL Efficiency 17 (all forces)", "Director of Finance", IP, [
            E("efc17", "Produce an ambitious plan to improve digitaly enabled services within the force (by Sept 2018)", IP, "National_Rec", 8310, "Head of Corporate Development", d(2018, 9, 30),
              cat="in_sync", why="Ref 8310, digital services plan (force typo 'digitaly'); both open."),
        ]),
        ("PEEL Legit 17 S&S", "ACC Local Policing", IP, [
            E("leg17_c", "CoC - forces unable to demonstrate S&S use consistently reasonable and fair; BAME over-representation unexplained", IP, "Cause_of_Concern", 8540, "ACC Local Policing",
              cat="in_sync", why="Ref 8540, the national cause of concern on stop and search, labelled Cause_of_Concern; both open."),
            E("leg17_1", "S&S monitoring of comprehensive data set (by July 2018)", DN, "National_Rec", 8541, "Head of Corporate Development", d(2018, 7, 31), stories=[
                ("Reasons for disproportionate representation of ethnic groups in S&S", DN, "Head of Corporate Development"),
                ("Find rates by ethnicity and search type (incl drug possession v supply)", DN, "Head of Corporate Development"),
                ("Prevalence of possession-only drug searches v local/force priorities", DN, "Supt Neighbourhood Policing"),
            ], cat="closeable_submit", why="Ref 8541; the three Stories are the three bullets of the monitoring recommendation and all are Done, as is the epic. HMICFRS Being progressed: submit."),
            E("leg17_3", "Publish disparity analysis and actions taken - at least annually from July 2018", DN, "National_Rec", 8543, "Head of Corporate Development",
              cat="closeable_submit", why="Ref 8543, annual publication of the analysis; HMICFRS Awaiting review, epic Done: submit."),
            E("leg17_4", "All S&S officers trained on unconscious bias + CoP APP on S&S (by July 18 and ongoing)", IP, "AFI", 8544, "Head of Learning & Development", d(2018, 7, 31),
              cat="conflict", why="Ref 8544 and the unconscious-bias training ask match, but the epic is labelled AFI while HMICFRS lists a National recommendation: type disagrees."),
        ]),
        ("Police powers spotlight (Feb 21)", "ACC Local Policing", IP, [
            E("pow_1", "By July 2022 - officers & staff have effective comms skills in line with National Policing Guidelines on Conflict Management", IP, "National_Rec", 9120, "Head of Learning & Development", d(2022, 7, 31),
              cat="in_sync", why="Ref 9120, July 2022 communication skills; both open."),
            E("pow_2", "By July 2021 - comms skills reinforced in CPD; supervisors debrief officers using BWV", IP, "National_Rec", 9121, "Head of Learning & Development", d(2021, 7, 31),
              cat="in_sync", why="Ref 9121, July 2021 CPD and BWV debriefs (distinct from 9120 by deadline and content); both open."),
            E("pow_3", "BWV and S&S (by Sept 2021)", DN, "National_Rec", 9122, "Supt Neighbourhood Policing", d(2021, 9, 30), stories=[
                ("Officers record entirety of S&S encounters on BWV incl traffic stops and UoF", DN, "Supt Neighbourhood Policing"),
                ("Structured process to review a sufficient sample of BWV footage - learning and accountability", DN, "Head of Professional Standards"),
                ("External scrutiny panel access to BWV samples (S&S and UoF) - APP safeguards", IP, "Supt Neighbourhood Policing"),
            ], cat="in_sync", why="Ref 9122; the Stories are its three parts. The epic was moved to Done but the third Story (scrutiny panel access to footage) is still In Progress, so the item is not done; HMICFRS Being progressed: both open."),
            E("pow_4", "Home Office & NPCC - quality of UoF data for S&S sufficient for publication (not for force)", DN, "National_Rec", 9123, "Head of Corporate Development", res="Won't Do",
              cat="closeable_submit", why="Ref 9123 is addressed to the Home Office and NPCC; the force closed the epic (Done, resolution Won't Do: not the force's to deliver, like WHITE). Force done, HMICFRS Awaiting review: submit for closure with that rationale."),
        ]),
    ]),
    ("Force inspections (PEEL & force-specific)", "DCC", [
        ("PEEL Efficiency 2015", "Director of Finance", DN, [
            E("efc15_1", "AFI 1 - Fuller understanding of current & future demand; match resources to demand", DN, "AFI", 6120, "Head of Corporate Development",
              cat="in_sync", why="Ref 6120, demand AFI ('AFI 1' is the force's running number); HMICFRS Complete, epic Done."),
            E("efc15_2", "AFI 2 - Develop understanding of links between outcomes, outputs and costs", TD, "AFI", 6121, "Director of Finance",
              cat="closeable_local", why="Ref 6121; HMICFRS Superseded (closed), epic To Do: close locally."),
            E("efc15_3", "AFI 3 - Future workforce plan aligned to demand & budget (resource allocation, skills mix, behaviours)", IP, "AFI", 6212, "Director of People",
              cat="conflict", why="Text, report and type are the workforce-plan AFI (HMICFRS 6122), but the epic's HMICFRS Ref field says 6212 (digits transposed; no such register id): reference disagrees."),
            E(None, "Make sure all processes in place to support performance management are effective", DN, "AFI", None, "Head of Corporate Development",
              cat="not_on_hmicfrs_list", why="An AFI the force tracks under PEEL Efficiency 2015 that is on no line of the definitive list (nearest HMICFRS texts, strategic oversight and corporate risk register, are different asks with their own epics): query with HMICFRS."),
        ]),
        ("PEEL: Effectiveness 2016", "ACC Crime", IP, [
            E("eff16_c", "CoC - Current approach to DA unacceptable (victims not supporting investigation; low use of arrest/prosecution)", IP, "Cause_of_Concern", 8801, "Ch Supt Public Protection",
              cat="in_sync", why="Ref 8801, the domestic abuse cause of concern; both open."),
            E("eff16_1", "Rec 1 - increase use of arrest, ancillary orders & other powers for DA victims", DN, "Recommendation", 8802, "Ch Supt Public Protection",
              cat="closeable_submit", why="Ref 8802, arrest and ancillary orders; HMICFRS Being progressed, epic Done: submit."),
            E("eff16_2", "Rec 2 - understand & address why high proportion of DA victims don't support investigation", DN, "Recommendation", 8803, "Ch Supt Public Protection",
              cat="in_sync", why="Ref 8803; HMICFRS Complete, epic Done."),
            E("eff16_3", "Rec 3 - cease telephone DA risk assessments / DA in resolution centre", IP, "Recommendation", 8804, "Supt Contact Centre",
              cat="closeable_local", why="Ref 8804; HMICFRS Superseded (closed), epic In Progress: close locally."),
            E("eff16_5", "AFI - improve supervision of investigations (plans set, reviewed, recorded)", IP, "AFI", None, "Det Ch Supt Force CID",
              cat="in_sync", why="Supervision of investigations AFI under Effectiveness 2016; both open."),
        ]),
        ("CDI inspection 2017", "Force Crime Registrar", IP, [
            E("cdi17_1", "CDI victims arrangements (within 6 months)", RC, "Recommendation", 7012, "Force Crime Registrar", d(2018, 3, 14), stories=[
                ("Victims believed at point of report", DN, "Supt Contact Centre"),
                ("Call handler / caller conversations summarised accurately in incident log", DN, "Supt Contact Centre"),
                ("Multiple crimes always recorded", DN, "Force Crime Registrar"),
                ("Stop awaiting medical exam / video interview results before recording decision", DN, "Force Crime Registrar"),
                ("Online crime reports triaged on receipt - risk to victim / public", DN, "Supt Contact Centre"),
            ], cat="closeable_submit", why="Ref 7012; the five Stories are the five bullets, all Done, and the epic is Ready for Closure (force done). HMICFRS Being progressed: submit."),
            E("cdi17_2", "Call handlers - specific, sound and comprehensible criteria to assess THR (within 3 months)", IP, "Recommendation", None, "Supt Contact Centre",
              cat="in_sync", why="Under the CDI 2017 initiative with 'within 3 months': the CDI recommendation, not the near-identical Core Business 2014 one (which has its own epic). Both open."),
        ]),
        ("PEEL Legitimacy 2017", "Head of Professional Standards", IP, [
            E("leg17f_1", "AFI - satisfy ourselves NFA misconduct investigations fair & free from discrimination", IP, "AFI", 8650, "Head of Professional Standards",
              cat="in_sync", why="Ref 8650, the force-level AFI (the national Integrity Matters item 902 has its own epic); both open."),
            E("leg17f_2", "AFI - confidential way for staff to raise concerns; staff aware of whistleblowing processes", DN, "AFI", 8651, "Head of Professional Standards",
              cat="closeable_submit", why="Ref 8651; HMICFRS Awaiting review, epic Done: submit."),
            E("leg17f_3", "AFI - review support available for those who have raised concerns", IP, "AFI", 8652, "Director of People",
              cat="in_sync", why="Ref 8652; both open."),
        ]),
        ("NCPI 2018", "Ch Supt Public Protection", IP, [
            E("ncpi_c", "CoC - response to missing & absent children", IP, "Cause_of_Concern", None, "Ch Supt Public Protection",
              cat="in_sync", why="The missing and absent children cause of concern; both open."),
            E("ncpi_1", "Missing children - review approach", IP, "Recommendation", None, "Ch Supt Public Protection", stories=[
                ("Call takers understand and use missing/absent category appropriately", DN, "Supt Contact Centre"),
                ("Call takers & frontline staff can identify CSE risk factors and respond", DN, "Head of Learning & Development"),
                ("Supervisors - oversight of missing person enquiries, timely investigative/safeguarding action", IP, "Ch Supt Public Protection"),
            ], cat="in_sync", why="Review of approach to missing children; the three Stories are its three bullets, one still In Progress and the epic In Progress; HMICFRS Being progressed: both open."),
            E("ncpi_2", "Detention of children in custody - review with CSC", IP, "Recommendation", None, "Ch Insp Custody",
              cat="closeable_local", why="Detention of children, with children's social care; HMICFRS Complete, epic In Progress: close locally."),
        ]),
        ("PEEL Assessment 2018/19", "DCC", IP, [
            E("p18_1", "Improve ability to retrieve digital evidence from phones/computers quickly", IP, "AFI", 9010, "Det Ch Supt Force CID",
              cat="in_sync", why="Ref 9010; both open."),
            E("p18_5", "Strategic oversight arrangements to manage risks, performance & improvement plans", IP, "AFI", 9014, "Head of Corporate Development",
              cat="in_sync", why="Ref 9014; both open."),
            E("p18_6", "Corporate risk register actively used to mitigate/manage known risks", DN, "AFI", 9015, "Head of Corporate Development",
              cat="in_sync", why="Ref 9015; HMICFRS Complete, epic Done."),
        ]),
        ("PEEL 21-22", "DCC", IP, [
            E("p21_c", "CoC - size of vetting backlog", IP, "Cause_of_Concern", 9470, "Head of Professional Standards",
              cat="in_sync", why="Ref 9470, vetting backlog cause of concern; both open."),
            E("p21_1", "All staff at least lowest level vetting clearance; clear backlog and renewals - comply with national vetting guidelines", DN, "Recommendation", 9471, "Head of Professional Standards", stories=[
                ("Clear vetting backlog (additional vetting officers)", DN, "Head of Professional Standards"),
                ("Renewals process so renewals cleared when due", DN, "Head of Professional Standards"),
            ], cat="closeable_submit", why="Ref 9471; the force split it into two action Stories, both Done, and the epic is Done. HMICFRS Being progressed: submit."),
        ]),
        ("Custody inspection 2018", "Ch Insp Custody", IP, [
            E(None, "Replace CCTV in Lincoln custody suite (local action following custody inspection)", IP, "Local_Action", None, "Ch Insp Custody",
              cat="not_on_hmicfrs_list", why="A local action under the force's own custody initiative; the custody report is not on the definitive list and no HMICFRS text asks for it: not on the list."),
        ]),
    ]),
    ("Local improvement actions", "DCC", [
        ("Governance of inspection recommendations", "Head of Corporate Development", IP, [
            E(None, "Refresh HMICFRS Gold group ToR and monthly reporting to COG", IP, "Local_Action", None, "Head of Corporate Development",
              cat="not_on_hmicfrs_list", why="The force's own governance action, no HMICFRS counterpart."),
            E(None, "Force Management Statement - prepare FMS submission", DN, "Local_Action", None, "Head of Corporate Development",
              cat="not_on_hmicfrs_list", why="FMS preparation is the force's own work item; no HMICFRS recommendation asks for it."),
        ]),
    ]),
]

# The slot left in the 2013 S&S initiative is the 2017 'disparities' item filed under the
# wrong initiative.
THEMES[0][2][0][3][3] = E(
    "leg17_2", "Where disparities found - research & analysis to understand reasons, and action taken to reduce disparity (demonstrate to public)", IP, "National_Rec", None, "Head of Corporate Development",
    cat="conflict", why="The text is HMICFRS's 2017 'where forces identify disparities' item (Legitimacy 2017 national, 8542), but the epic sits under the 'Stop & Search powers (HMIC 2013)' initiative: report disagrees. Both open.")

ORPHANS = [
    E("p18_4", "Expand skills project to assess all skills (not only operational) incl future skills reqs - to inform workforce plans", IP, "AFI", None, "Director of People",
      cat="in_sync", why="Epic with no parent (dropped out of its initiative in the plan), so no report; the skills-project text is plainly the PEEL 2018/19 AFI 9013. Both open."),
    E("p18_2", "RUI / bail - improve understanding & management of suspects released under investigation", DN, "AFI", None, "Det Ch Supt Force CID",
      cat="closeable_submit", why="Epic with no parent; the RUI/bail text is the PEEL 2018/19 AFI 9011. HMICFRS Being progressed, epic Done: submit."),
]

MISSING = {
    "picture": "Information-management audit scrutiny (5620): the force made an initiative row 'Information management (Building the Picture)' but no epic under it or anywhere; HMICFRS Awaiting review.",
    "st_5": "NCRS compliance and crime registrar audit capacity for MSHT (7705): no epic under Stolen Freedom or elsewhere; HMICFRS Being progressed.",
    "pow_5": "Internal monitoring of use of force (9124): no epic (the BWV and communications epics are other items); HMICFRS Awaiting review.",
    "eff16_4": "Supervision of initial DASH risk assessment (8805): no epic under PEEL Effectiveness 2016; the DA cause of concern and its recommendations are other items; HMICFRS Awaiting review.",
    "p18_3": "Crime-recording and management system AFI (9012): no epic; HMICFRS Awaiting review.",
}

# --------------------------------------------------------------------------- build HMICFRS
def fmt_jira(x):
    return x.strftime("%d/%b/%y") if x else ""


def build():
    os.makedirs(OUT, exist_ok=True)
    # HMICFRS sorted by publication date then id
    hs = sorted(H, key=lambda h: (REPORTS[h[2]][1], h[1]))
    hrow = {}
    path = os.path.join(OUT, "hmicfrs.xlsx")
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False})
    wb.set_properties({"title": "Definitive list", "author": "HMICFRS",
                       "created": dt.datetime(2024, 3, 4, 9, 0, 0)})
    ws = wb.add_worksheet("Definitive list")
    hdr = ["Register ID", "Force", "Report", "Publication date", "Type", "Recommendation",
           "Status", "Status date"]
    bold = wb.add_format({"bold": True})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    dfmt = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
    top = wb.add_format({"valign": "top"})
    ws.write_row(0, 0, hdr, bold)
    for i, h in enumerate(hs):
        r = i + 1
        key, rid, rep, typ, text, st, sd = h
        national = typ == NAT or rep in ("leg17",)
        ws.write_number(r, 0, rid, top)
        ws.write_string(r, 1, "All forces" if national else FORCE, top)
        ws.write_string(r, 2, REPORTS[rep][0], top)
        ws.write_datetime(r, 3, dt.datetime.combine(REPORTS[rep][1], dt.time()), dfmt)
        ws.write_string(r, 4, typ, top)
        ws.write_string(r, 5, text, wrap)
        ws.write_string(r, 6, st, top)
        ws.write_datetime(r, 7, dt.datetime.combine(sd, dt.time()), dfmt)
        hrow[key] = f"Definitive list!{r + 1}"
    ws.set_column(0, 0, 11); ws.set_column(1, 1, 18); ws.set_column(2, 2, 45)
    ws.set_column(3, 4, 22); ws.set_column(5, 5, 90); ws.set_column(6, 7, 16)
    ws.autofilter(0, 0, len(hs), len(hdr) - 1)
    ws.freeze_panes(1, 0)
    wb.close()

    # ----------------------------------------------------------------------- force CSV
    cols = ["Hierarchy", "Issue key", "Title", "Parent", "Project", "Assignee", "Status",
            "Resolution", "Labels", "HMICFRS Ref", "Due date", "Target start", "Target end",
            "Progress (%)"]
    nums = RNG.sample(range(3, 260), 160)
    it = iter(nums)
    rows = []   # dicts
    truth = []

    def key():
        return f"HMIP-{next(it)}"

    def status_done(s):
        return s in (DN, RC)

    def add(row):
        rows.append(row)
        return len(rows) + 1   # Excel row number (header = 1)

    def pct(children):
        if not children:
            return ""
        return str(round(100 * sum(status_done(c) for c in children) / len(children)))

    def emit_epic(e, parent_key):
        ek = key()
        kids = e["stories"]
        r = add({"Hierarchy": "Epic", "Issue key": ek, "Title": e["title"], "Parent": parent_key,
                 "Project": "HMIP", "Assignee": e["lead"] or "", "Status": e["status"],
                 "Resolution": e["res"], "Labels": e["labels"],
                 "HMICFRS Ref": "" if e["ref"] is None else str(e["ref"]),
                 "Due date": fmt_jira(e["due"]), "Target start": "", "Target end": "",
                 "Progress (%)": pct([k[1] for k in kids])})
        hr = hrow[e["h"]] if e["h"] else ""
        lines = [(hr, f"tracker.csv!{r}", e["cat"], "Epic row: " + e["why"])]
        for j, (t, s, lead) in enumerate(kids):
            ts = dt.date(2018, 1, 8) + dt.timedelta(days=RNG.randrange(0, 900))
            te = ts + dt.timedelta(days=RNG.choice([28, 42, 56, 90]))
            rr = add({"Hierarchy": "Story", "Issue key": key(), "Title": t, "Parent": ek,
                      "Project": "HMIP", "Assignee": lead, "Status": s,
                      "Resolution": "Done" if s == DN else "", "Labels": "",
                      "HMICFRS Ref": "", "Due date": "", "Target start": fmt_jira(ts),
                      "Target end": fmt_jira(te), "Progress (%)": ""})
            lines.append((hr, f"tracker.csv!{rr}", e["cat"],
                          f"Story (part {j + 1} of {len(kids)}) under {ek}; same item: " + e["why"]))
        truth.extend(lines)
        # self-check of the category against the statuses
        if e["h"]:
            hopen = HKEY[e["h"]][5] in OPEN_H
            fdone = status_done(e["status"]) and all(status_done(k[1]) for k in kids)
            rule = ("closeable_submit" if hopen and fdone else "closeable_local"
                    if (not hopen and not fdone) else "in_sync")
            assert e["cat"] == rule or e["cat"] == "conflict", (e["h"], e["cat"], rule)
        else:
            assert e["cat"] == "not_on_hmicfrs_list"
        return ek

    heading_rows = []
    for tname, tlead, inits in THEMES:
        tk = key()
        all_epics = [e for _, _, _, eps in inits for e in eps]
        tr = add({"Hierarchy": "Theme", "Issue key": tk, "Title": tname, "Parent": "",
                  "Project": "HMIP", "Assignee": tlead, "Status": IP, "Resolution": "",
                  "Labels": "", "HMICFRS Ref": "", "Due date": "", "Target start": "",
                  "Target end": "", "Progress (%)": pct([i[2] for i in inits])})
        heading_rows.append((tr, f"Theme heading '{tname}'"))
        for iname, ilead, ist, eps in inits:
            ik = key()
            ir = add({"Hierarchy": "Initiative", "Issue key": ik, "Title": iname, "Parent": tk,
                      "Project": "HMIP", "Assignee": ilead, "Status": ist,
                      "Resolution": "Done" if ist == DN else "", "Labels": "",
                      "HMICFRS Ref": "", "Due date": "", "Target start": "", "Target end": "",
                      "Progress (%)": pct([e["status"] for e in eps])})
            heading_rows.append((ir, f"Initiative (report heading) '{iname}'"
                                 + ("; no epics under it" if not eps else "")))
            for e in eps:
                emit_epic(e, ik)
    for e in ORPHANS:
        emit_epic(e, "")

    for k, why in MISSING.items():
        assert HKEY[k][5] in OPEN_H
        truth.append((hrow[k], "", "missing_from_force", why))

    buf = io.StringIO(newline="")
    w = csv.DictWriter(buf, fieldnames=cols, lineterminator="\r\n")
    w.writeheader()
    for r in rows:
        w.writerow(r)
    with open(os.path.join(OUT, "tracker.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    # truth sorted by hmicfrs row then force row
    def rk(s):
        return int(s.split("!")[1]) if s else 10 ** 6
    truth.sort(key=lambda t: (rk(t[0]), rk(t[1])))
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    # coverage checks
    used_h = {t[0] for t in truth if t[0]}
    assert used_h == set(hrow.values()), set(hrow.values()) - used_h
    item_force = {t[1] for t in truth if t[1]}
    head = {f"tracker.csv!{r}" for r, _ in heading_rows}
    assert item_force | head == {f"tracker.csv!{i}" for i in range(2, len(rows) + 2)}
    assert not (item_force & head)
    assert len(item_force) == len([t for t in truth if t[1]])
    return hs, hrow, rows, truth, heading_rows


if __name__ == "__main__":
    hs, hrow, rows, truth, heading_rows = build()
    from collections import Counter
    print(len(hs), "HMICFRS items;", len(rows), "force rows;", len(truth), "truth lines")
    print(Counter(t[2] for t in truth))
    for r, why in heading_rows:
        print(r, why)


README = """# Case: jira_plans_hierarchy_csv

## The story

Lincolnshire Police's Strategic Planning team moved its HMICFRS improvement plan out of Excel
and into Jira in 2018 (project key `HMIP`), using the Plans (Advanced Roadmaps) custom
hierarchy **Theme > Initiative > Epic > Story**. A Theme groups the work (national thematic
inspections, force inspections, local improvement actions); an Initiative is one inspection
report, named the force's way ("PEEL Legit 17 S&S", "NCPI 2018"); an Epic is one
recommendation / AFI / cause of concern; a Story is a bullet of a recommendation or an action
the lead broke it into. Before the Joint Audit Committee the analyst received HMICFRS's
definitive list and exported the plan from Jira Plans ("Export > CSV", all rows expanded, the
plan's column set), which is `tracker.csv`. The definitive list is the register's ordinary
export, `hmicfrs.xlsx`.

## The files

- `hmicfrs.xlsx`: one sheet `Definitive list`, header on row 1, {nh} item rows (rows 2-{lh}),
  no other rows. Columns: Register ID (the register's plain integer id), Force ("All forces"
  for national items), Report, Publication date (date cell), Type (Recommendation / Area for
  improvement / Cause of concern / National recommendation), Recommendation (verbatim text
  with line breaks, bullets, curly quotes and stray footnote digits such as "intelligence 86"
  and "another force; and 20"), Status (Awaiting review / Being progressed / Complete /
  Superseded / No further action required), Status date. Sorted by publication date then id.
- `tracker.csv`: UTF-8, comma, CRLF, header on row 1, {nf} data records (rows 2-{lf}), no
  field has a line break, so record n is Excel row n+1. Columns: Hierarchy (Theme /
  Initiative / Epic / Story), Issue key (Jira's own `HMIP-n`, **not** an HMICFRS reference),
  Title (Jira summary: one line, at most 255 characters), Parent (the parent's issue key;
  empty for Themes and for orphan Epics), Project, Assignee, Status (To Do / In Progress /
  Ready for Closure / Done), Resolution (Done or Won't Do, only on Done rows), Labels (Epics
  only: AFI / Recommendation / Cause_of_Concern / National_Rec / Local_Action), HMICFRS Ref
  (custom field, filled on some Epics only), Due date (Epics only, Jira `dd/Mon/yy`), Target
  start / Target end (Stories only), Progress (%) (Plans' roll-up, only on rows with children).
- `truth.csv`: {nt} lines.

## What the layout brings

- Level is a column, not an indent: the report is known only by following Parent to the
  Initiative row (an Epic's Parent key -> Initiative row -> Title); a Story's report is two
  hops up.
- Theme rows ({themes}) and Initiative rows ({inits}) are headings, not items; their Status
  (an Initiative can be Done while an epic under it is open, row 3 vs row 5) says nothing about
  the items. Two Initiatives have no children at all (row 26 Building the Picture; row 33
  Abuse of position).
- Issue keys are the tool's ids, shuffled; the only HMICFRS reference is the custom field
  `HMICFRS Ref`, filled on 37 of the 60 Epics. Running numbers in titles ("AFI 1 -",
  "Rec 2 -") are not references.
- Titles: three Epics paste the HMICFRS text flattened to one line and cut at 255 characters
  (rows 6, 31, 41); the rest are the force's abridgements with S&S, DA, MSHT, FAC, BWV, THR,
  CoC, CSC, UoF, RUI; a typo "digitaly" (row 45).
- Parts: seven Epics have Story children (rows 10-13, 36-38, 49-51, 58-60, 76-80, 89-91,
  100-101); each Story gets its own truth line with the Epic's HMICFRS row; the item is done
  only when the Epic and every Story are done.
- Statuses in Jira words: To Do / In Progress are open; Done and Ready for Closure (the
  force's workflow step "work finished, awaiting submission") are done; Done with resolution
  Won't Do (row 61) is the force closing an item that is not its own to deliver (done).
- Orphan Epics (Parent empty) are exported at the end (rows 108, 109): no report, decided by
  text.

## Traps and how the truth decides them

1. Row 57 Epic Done (resolution Done) but its Story row 60 still In Progress: item open;
   HMICFRS open -> in_sync (all four lines), not closeable_submit.
2. Row 35 (ref 7701) split into Stories 36-38 covering three of the four bullets; the
   performance and quality assurance bullet is nowhere -> conflict (missing bullet), four lines.
3. Row 7: the 2017 disparities item (HMICFRS row 41) filed under the 2013 Stop and Search
   Initiative -> conflict (report).
4. Row 20: Core Business call-handler criteria with "31 March 2016" for HMICFRS's 2015 ->
   conflict (deadline). The near-identical CDI 2017 item (HMICFRS row 30) is row 81 under the
   CDI Initiative, "within 3 months" -> in_sync; parent Initiative decides which is which.
5. Row 32: "Within six months" for HMICFRS's "Within three months" (firearms certificate
   holders) -> conflict (timescale).
6. Row 53: labelled AFI, HMICFRS says National recommendation -> conflict (type).
7. Row 66: HMICFRS Ref 6212 for register id 6122 (digits transposed; everything else
   matches) -> conflict (reference).
8. Row 6 vs row 25: stop and search 2013 vs 2015 community-scrutiny items with nearly the same
   words; 2013 says "elected local policing bodies", 2015 "police and crime commissioners", and
   each Epic sits under its own Initiative -> both in_sync with their own report.
9. Row 61: Home Office/NPCC item closed Won't Do -> force done, HMICFRS open ->
   closeable_submit.
10. Rows 31 and 75: status Ready for Closure -> force done -> closeable_submit.
11. Orphans 108 (skills project, HMICFRS row 53) in_sync and 109 (RUI/bail, row 51)
    closeable_submit, matched by text alone.
12. Row 26 Initiative with no Epic: its report's item (HMICFRS row 14) is missing_from_force;
    so are rows 27, 35, 52, 60.
13. Row 67: a real-looking AFI under PEEL Efficiency 2015 that HMICFRS does not list; rows
    103, 106, 107 local actions -> not_on_hmicfrs_list.
14. Row 3 Initiative "Stop & Search powers (HMIC 2013)" is Done while row 5 under it is In
    Progress and HMICFRS row 3 is Complete -> closeable_local (the heading's Done does not
    count).

No `review` lines: every pair is decidable from the two rows and the hierarchy.

## Counts (truth lines)

{counts}

Items: {nh} HMICFRS items; {ne} force Epics (item rows) and {ns} Stories (part rows).

## Rows that are not items

tracker.csv (hierarchy headings, not recommendations):
{heads}

hmicfrs.xlsx: only the header row 1.

## Checks run

- The builder asserts every HMICFRS row 2-{lh} appears in truth.csv, every tracker row 2-{lf}
  is either a truth line (once) or one of the heading rows above, never both, and that each
  matched category agrees with the two statuses (conflicts aside).
- Both files were read back with pandas (`read_excel`, `read_csv(dtype=str)`) and openpyxl.
- Two builds produce byte-identical files (sha256 compared).
"""


def write_readme(hs, rows, truth, heading_rows):
    from collections import Counter
    c = Counter(t[2] for t in truth)
    order = ["in_sync", "closeable_submit", "closeable_local", "conflict",
             "missing_from_force", "not_on_hmicfrs_list", "review"]
    counts = "\n".join(f"- {k}: {c.get(k, 0)}" for k in order)
    counts += f"\n- total: {len(truth)}"
    heads = "\n".join(f"- row {r}: {why}" for r, why in heading_rows)
    text = README.format(
        nh=len(hs), lh=len(hs) + 1, nf=len(rows), lf=len(rows) + 1, nt=len(truth),
        themes=sum(r["Hierarchy"] == "Theme" for r in rows),
        inits=sum(r["Hierarchy"] == "Initiative" for r in rows),
        counts=counts, heads=heads,
        ne=sum(r["Hierarchy"] == "Epic" for r in rows),
        ns=sum(r["Hierarchy"] == "Story" for r in rows))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    write_readme(hs, rows, truth, heading_rows)
