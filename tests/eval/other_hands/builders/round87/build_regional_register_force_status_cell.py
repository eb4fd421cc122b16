"""Builder for case regional_register_force_status_cell (round 87, case B).
HMICFRS texts copied as literals from /work/shared/data/real_recommendations.csv and the casegen text lists (OGL)."""
NATIONAL = [
    ('sas13', 'Stop and search powers: Are the police using them effectively and fairly?', (2013, 7, 9), 'National recommendation',
     'Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.'),
    ('sas13', 'Stop and search powers: Are the police using them effectively and fairly?', (2013, 7, 9), 'National recommendation',
     'Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.'),
    ('sas13', 'Stop and search powers: Are the police using them effectively and fairly?', (2013, 7, 9), 'National recommendation',
     'Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people.'),
    ('everyone', "Everyone's business: Improving the police response to domestic abuse", (2014, 3, 27), 'National recommendation',
     "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n• in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n• after close consideration of all the recommendations in this report;\n• with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n• drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments."),
    ('austerity', 'Policing in austerity: Meeting the challenge', (2014, 7, 22), 'National recommendation',
     "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews"),
    ('austerity', 'Policing in austerity: Meeting the challenge', (2014, 7, 22), 'National recommendation',
     'Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn.'),
    ('austerity', 'Policing in austerity: Meeting the challenge', (2014, 7, 22), 'National recommendation',
     'Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn.'),
    ('austerity', 'Policing in austerity: Meeting the challenge', (2014, 7, 22), 'National recommendation',
     'In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector.'),
    ('core', 'Core Business: an inspection into crime prevention, police attendance and the use of police time', (2014, 9, 4), 'National recommendation',
     'Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.'),
    ('core', 'Core Business: an inspection into crime prevention, police attendance and the use of police time', (2014, 9, 4), 'National recommendation',
     'By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.'),
    ('integrity', 'Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing', (2015, 1, 30), 'National recommendation',
     'By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.'),
    ('sas15', 'Stop and search powers 2: are the police using them effectively and fairly?', (2015, 3, 24), 'National recommendation',
     'Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.'),
    ('picture', 'Building the picture: an inspection of police information management', (2015, 7, 1), 'National recommendation',
     'By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted.'),
    ('firearms', 'Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales', (2015, 9, 15), 'National recommendation',
     'Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.'),
    ('firearms', 'Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales', (2015, 9, 15), 'National recommendation',
     'Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.'),
    ('firearms', 'Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales', (2015, 9, 15), 'National recommendation',
     'Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.'),
    ('firearms', 'Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales', (2015, 9, 15), 'National recommendation',
     'Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.'),
    ('firearms', 'Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales', (2015, 9, 15), 'National recommendation',
     'Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.'),
    ('stolen', 'Stolen freedom: the policing response to modern slavery and human trafficking', (2017, 10, 24), 'National recommendation',
     'Within twelve months, forces should review their leadership and governance arrangements for modern slavery and human trafficking, to ensure that:\n• senior leaders prioritise the response to modern slavery and human trafficking;\n• every incident of modern slavery identified to police is allocated appropriate resources with the skills, experience and capacity to investigate it effectively;\n• forces develop effective partnership arrangements to co-ordinate activity in order to share information and safeguard victims; and\n• performance and quality assurance measures are in place to allow senior leaders to assess the nature and quality of the service provided to victims.'),
    ('stolen', 'Stolen freedom: the policing response to modern slavery and human trafficking', (2017, 10, 24), 'National recommendation',
     'Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible'),
    ('stolen', 'Stolen freedom: the policing response to modern slavery and human trafficking', (2017, 10, 24), 'National recommendation',
     'Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.'),
    ('stolen', 'Stolen freedom: the policing response to modern slavery and human trafficking', (2017, 10, 24), 'National recommendation',
     'Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.'),
    ('stolen', 'Stolen freedom: the policing response to modern slavery and human trafficking', (2017, 10, 24), 'National recommendation',
     'Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.'),
    ('stolen', 'Stolen freedom: the policing response to modern slavery and human trafficking', (2017, 10, 24), 'National recommendation',
     'Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas).'),
    ('stolen', 'Stolen freedom: the policing response to modern slavery and human trafficking', (2017, 10, 24), 'National recommendation',
     'Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.'),
    ('efc17', 'PEEL: Police efficiency 2017 (national overview)', (2017, 11, 9), 'National recommendation',
     "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries."),
    ('leg17', 'PEEL: Police legitimacy 2017 (national overview)', (2017, 12, 12), 'Cause of concern',
     'HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.'),
    ('leg17', 'PEEL: Police legitimacy 2017 (national overview)', (2017, 12, 12), 'National recommendation',
     'By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.'),
    ('leg17', 'PEEL: Police legitimacy 2017 (national overview)', (2017, 12, 12), 'National recommendation',
     'Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;'),
    ('leg17', 'PEEL: Police legitimacy 2017 (national overview)', (2017, 12, 12), 'National recommendation',
     'We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.'),
    ('leg17', 'PEEL: Police legitimacy 2017 (national overview)', (2017, 12, 12), 'National recommendation',
     'By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.'),
    ('powers', 'Disproportionate use of police powers: A spotlight on stop and search and the use of force', (2021, 2, 26), 'National recommendation',
     'By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.'),
    ('powers', 'Disproportionate use of police powers: A spotlight on stop and search and the use of force', (2021, 2, 26), 'National recommendation',
     'By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.'),
    ('powers', 'Disproportionate use of police powers: A spotlight on stop and search and the use of force', (2021, 2, 26), 'National recommendation',
     'By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\nhave a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\nprovide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.'),
    ('powers', 'Disproportionate use of police powers: A spotlight on stop and search and the use of force', (2021, 2, 26), 'National recommendation',
     'The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.'),
    ('powers', 'Disproportionate use of police powers: A spotlight on stop and search and the use of force', (2021, 2, 26), 'National recommendation',
     'By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.'),
]
CSV = {
    0: 'HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and',
    1: 'HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.',
    2: 'HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;',
    5: 'HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.',
    6: 'HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;',
    8: 'The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.',
    9: 'HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;',
    10: 'HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;',
    11: 'Within six months the force should put in place arrangements to ensure that:\n• at the point of report, victims are believed;\n• conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;\n• multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;\n• the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and\n• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed.',
    14: 'The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public',
    15: 'The force should develop its understanding of the links between its outcomes, outputs and costs',
    16: 'The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.',
    18: 'The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.',
    19: 'The size of the vetting backlog within West Midlands Police is a cause of concern.',
    20: 'The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.',
    21: 'The force’s current approach to domestic abuse is unacceptable. The proportion of victims who fail to support the investigation and the low use of police powers of arrest and prosecution is a cause of concern to HMIC.',
    22: 'In order to improve the service it provides to victims of domestic abuse, offer the best possible protection and bring more perpetrators to justice, the force should immediately consider ways of increasing the use of arrest, ancillary orders and other available powers.',
    25: 'The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found that the assessment of risk for children who go missing from home was inappropriate in some cases. We found some instances where children were classed as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing children were sometimes incorrectly assessed at a lower grade. We also found incidents where the risk had not been identified, even where good information was available on the police database. In some cases there was information to indicate that children were at risk of sexual exploitation, but this did not influence the assigned risk and categorisation. Children were incorrectly graded at a lower level and could have been exposed to an increased risk of harm. This is an enduring cause of concern from HMIC’s report on vulnerability in 2015.',
    26: 'To address this cause of concern the force should immediately review its approach to reports of missing children and take steps to ensure that:\n• call takers understand and use the missing and absent category appropriately; • call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and • supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action',
    57: 'Within six months Bedfordshire Police should, in conjunction with children’s social care services, review how it manages the detention of children. As a minimum it should:• ensure that all children are only detained when absolutely necessary and for the absolute minimum amount of time;• ensure that officers and staff in the custody suite assess at an early stage a child’s need for alternative accommodation (secure or otherwise) and work with children’s social care services to achieve the most appropriate option for the child;• ensure that custody staff comply with their statutory duties to complete detention certificates if a child is detained for any reason in police custody following charge;• ensure that custody staff make a record of all actions taken and decisions made on the relevant documentation; and• improve the timeliness of adequate appropriate adult support for children who are arrested.',
}

# ----------------------------------------------------------------------------------------
# Case: regional collaboration register with every force's portal status in ONE cell.
# ----------------------------------------------------------------------------------------
import csv, io, random, re, shutil, zipfile
from datetime import datetime
from pathlib import Path
import xlsxwriter

CASE = "regional_register_force_status_cell"
OUT = Path("/tmp/indep87") / CASE
HSHEET = "EM Regional Register"
FSHEET = "HMICFRS Tracker"
FORCES = ["DERBYS", "LEICS", "LINCS", "NORTHANTS", "NOTTS"]
WORD = {"AR": "Awaiting review", "BP": "Being progressed", "C": "Complete",
        "S": "Superseded", "NFA": "No further action required"}
CLOSED = {"C", "S", "NFA"}
rng = random.Random(87_202612)

def others_status(nth):
    pool = ["C", "C", "C", "S"] if nth in CLOSED else ["BP", "BP", "AR", "C"]
    return {f: rng.choice(pool) for f in FORCES if f != "NORTHANTS"}

ABBR = [(r"modern slavery and human trafficking", "MSHT"), (r"domestic abuse", "DA"),
        (r"stop and search", "S&S"), (r"Authorised Professional Practice", "APP"),
        (r"College of Policing", "CoP"), (r"body-worn video", "BWV"),
        (r"released under investigation", "RUI"), (r"officers and staff", "officers & staff"),
        (r"Within three months", "Within 3 months"), (r"within six months", "within 6 months"),
        (r"Within six months", "Within 6 months"), (r"Home Office", "HO")]
STEMS = [r"^HMIC recommends that the force should immediately: ?",
         r"^HMIC recommends that within six months the force should: ",
         r"^The force should ", r"^all chief constables should ", r"^Chief [Cc]onstables should ",
         r"^forces should:? "]

def short(t, i):
    s = " ".join(t.replace("•", " ").split())
    for p in STEMS:
        s = re.sub(p, "", s)
    if i % 3 != 2:
        for a, b in ABBR:
            s = re.sub(a, b, s)
    first = re.split(r"(?<=[.;])\s", s)[0].rstrip(";.")
    if len(first) > 150 or i % 4 == 0:
        cut = first[:min(len(first), 110 if i % 2 else 140)]
        first = cut.rsplit(" ", 1)[0] + "..." if len(first) > len(cut) else first
    return first[0].upper() + first[1:]

NREP = {"sas13": "Stop & Search powers (HMIC 2013)", "everyone": "Domestic abuse - Everyone's business",
        "austerity": "Policing in Austerity 2014", "core": "Core Business 2014",
        "integrity": "Integrity Matters 2015", "sas15": "Stop & search powers 2",
        "picture": "Building the Picture 2015", "firearms": "Firearms licensing 2015",
        "stolen": "Stolen Freedom (MSHT) 2017", "efc17": "PEEL Efficiency 17 (all forces)",
        "leg17": "PEEL Legit 17 S&S", "powers": "Police powers spotlight (Feb 21)"}
HTYPE = {"National recommendation": "National recommendation", "Cause of concern": "Cause of concern"}
FTYPE = {"National recommendation": "National rec", "Cause of concern": "CoC",
         "Recommendation": "Rec", "AFI": "AFI"}
LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "Head of Intelligence",
         "Head of Criminal Justice", "Force Crime Registrar", "Head of Professional Standards",
         "Ch Supt Public Protection", "Director of People", "Head of Corporate Development",
         "Supt Contact Centre", "Head of Learning & Development", "Ch Insp Custody",
         "Head of Information Management", "DCC", "Supt Firearms Licensing"]
UPD = {"GREEN": ["Complete - evidence pack held by OL&I.", "Implemented. Submitted to HMICFRS FLL for closure.",
                 "Policy signed off and in place; ready for closure.", "Completed - see JIAC paper Sept 2024."],
       "AMBER": ["Task & Finish group set up; implementation plan in progress.", "Work ongoing - update due next quarter.",
                 "Addressed as part of the force change programme.", "Awaiting national guidance; local work in hand."],
       "RED": ["Beyond original deadline - revised plan to Chief Officer Group.", "No owner confirmed; escalated to DCC."]}

# --- HMICFRS items ------------------------------------------------------------------------
# spec per national index: (NORTHANTS status, force plan)
# force plan: ("row", RAG, extra dict) | None (missing) | ("combo", key) | ("split", parts)
NAT_PLAN = {
    0: ("S", "AMBER"), 1: ("C", "GREEN"), 2: ("C", "GREEN"), 3: ("C", "GREEN"), 4: ("C", "RED"),
    5: ("NFA", "GREEN"), 6: ("BP", None), 7: ("BP", "AMBER"), 8: ("C", "AMBER"), 9: ("BP", "GREEN"),
    10: ("C", "GREEN"), 11: ("BP", "AMBER"), 12: ("AR", None), 13: ("BP", "GREEN"), 14: ("BP", "AMBER"),
    15: ("BP", "GREEN"), 16: ("C", "COMBO"), 17: ("BP", "COMBO"), 18: ("BP", "SPLIT"), 19: ("BP", "AMBER"),
    20: ("AR", None), 21: ("BP", "GREEN"), 22: ("BP", "AMBER"), 23: ("C", "GREEN"), 24: ("BP", "AMBER"),
    25: ("BP", "GREEN"), 26: ("BP", "AMBER"), 27: ("BP", "GREEN"), 28: ("BP", "AMBER"), 29: ("S", "AMBER"),
    30: ("C", "GREEN"), 31: ("BP", "AMBER"), 32: ("AR", "GREEN"), 33: ("BP", "AMBER"), 34: ("NFA", "AMBER"),
    35: ("BP", "RED"),
}
NAT_IDS = [4101, 4102, 4103, 2321, 4822 - 310, 4513, 4514, 4515, 4822, 4823, 902, 5617, 6120, 6301, 6302,
           6303, 6304, 6305, 8112, 8113, 8114, 8115, 8116, 8117, 8118, 8460, 8540, 8541, 8542, 8543, 8544,
           11820, 11821, 11822, 11823, 11824]

NTH = "Northamptonshire Police"
FSPEC = [  # key, report, published, type, text, status, rag-plan, id
    ("F1", "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Northamptonshire Police", datetime(2019, 5, 2), "Recommendation", CSV[0], "BP", "AMBER", 9610),
    ("F2", "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Northamptonshire Police", datetime(2019, 5, 2), "Recommendation", CSV[1], "C", "GREEN", 9611),
    ("F3", "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Northamptonshire Police", datetime(2019, 5, 2), "Recommendation", CSV[2], "BP", "GREEN", 9612),
    ("F4", "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Northamptonshire Police", datetime(2019, 5, 2), "Recommendation", CSV[5], "AR", "AMBER", 9613),
    ("F5", "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Northamptonshire Police", datetime(2019, 5, 2), "Recommendation", CSV[6], "BP", "AMBER", 9614),
    ("F6", "PEEL 2018-19 CoC Recommendations: Northamptonshire Police", datetime(2019, 5, 2), "Cause of concern", CSV[8], "BP", "AMBER", 9620),
    ("F7", "PEEL 2018-19 CoC Recommendations: Northamptonshire Police", datetime(2019, 5, 2), "Recommendation", CSV[9], "BP", "GREEN", 9621),
    ("F8", "PEEL 2018-19 CoC Recommendations: Northamptonshire Police", datetime(2019, 5, 2), "Recommendation", CSV[10], "C", "AMBER", 9622),
    ("F9", "Crime data integrity inspection 2017 – Northamptonshire Police", datetime(2017, 9, 14), "Recommendation", CSV[11], "BP", "AMBER", 7044),
    ("F10", "PEEL: Police efficiency 2015 – Northamptonshire Police", datetime(2015, 10, 20), "AFI", CSV[14], "S", "GREEN", 5801),
    ("F11", "PEEL: Police efficiency 2015 – Northamptonshire Police", datetime(2015, 10, 20), "AFI", CSV[15], "BP", None, 5802),
    ("F12", "PEEL: Police efficiency 2015 – Northamptonshire Police", datetime(2015, 10, 20), "AFI", CSV[16], "C", "GREEN", 5803),
    ("F13", "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Northamptonshire Police", datetime(2019, 5, 2), "AFI", CSV[18], "BP", "AMBER", 9630),
    ("F14", "Vetting inspection 2019 – Northamptonshire Police", datetime(2019, 6, 11), "Cause of concern", CSV[19].replace("West Midlands Police", NTH), "BP", "AMBER", None),
    ("F15", "Vetting inspection 2019 – Northamptonshire Police", datetime(2019, 6, 11), "Recommendation", CSV[20], "BP", "GREEN", None),
    ("F16", "National child protection inspection 2017 – Northamptonshire Police", datetime(2017, 11, 24), "Recommendation", CSV[57].replace("Bedfordshire Police", NTH), "AR", "SPLIT", 8549),
]
OTHER = [  # rows for other forces only: not items of Northamptonshire's list
    ("DERBYS", "PEEL: Police effectiveness 2016 – Derbyshire Constabulary", datetime(2017, 3, 2), "Cause of concern", CSV[25], "BP", 8795),
    ("DERBYS", "PEEL: Police effectiveness 2016 – Derbyshire Constabulary", datetime(2017, 3, 2), "Recommendation", CSV[26], "BP", 8796),
    ("LEICS", "PEEL: Police effectiveness 2016 – Leicestershire Police", datetime(2017, 3, 2), "Cause of concern", CSV[21], "C", 8786),
    ("LEICS", "PEEL: Police effectiveness 2016 – Leicestershire Police", datetime(2017, 3, 2), "Recommendation", CSV[22], "C", 8787),
]

def status_cell(i, nth, oth, era):
    st = dict(oth); st["NORTHANTS"] = nth
    if i == 13:  # everybody else closed, NOTTS right after NORTHANTS
        st = {f: "C" for f in FORCES}; st["NORTHANTS"] = "BP"
    if i == 33:  # hand-typed cell, line breaks, own order
        order = ["NOTTS", "NORTHANTS", "LEICS", "LINCS", "DERBYS"]
        return "\n".join(f"{f} {st[f]}" for f in order)
    if i == 29:
        return "; ".join(f"{f}: {st[f]}" + (" (see 8541)" if f == "NORTHANTS" else "") for f in FORCES)
    if era == "A" or i == 23:
        return " | ".join(f"{f} – {WORD[st[f]]}" for f in FORCES)
    return "; ".join(f"{f}: {st[f]}" for f in FORCES)

def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    # ---------------- HMICFRS side rows --------------------------------------------------
    hrows = []   # list of (kind, values) ; kind "item"/"other"/"banner"
    items = {}   # key -> dict(row=..., status=..., text=...)
    hrows.append(("banner", ["NATIONAL / THEMATIC REPORTS – applies to all five East Midlands forces"]))
    for i, (k, title, d, ty, tx) in enumerate(NATIONAL):
        nth, _ = NAT_PLAN[i]
        oth = others_status(nth)
        era = "A" if i < 18 else "B"
        note = ""
        if i == 34: note = "Aimed at HO/NPCC – NFA for forces"
        if i == 29: note = "Merged into 8541 on portal"
        if i == 13: note = "NORTHANTS only one outstanding"
        cell = status_cell(i, nth, oth, era)
        key = f"N{i}"
        hrows.append(("item", [f"EMC/N/{i+1:03d}", NAT_IDS[i], title, datetime(*d), HTYPE.get(ty, ty), tx,
                               "All EM forces", cell, rng.choice(["Regional PMO", "EMSOU", "EMCJS", "Regional PMO"]), note], key))
        items[key] = dict(status=nth, text=tx, title=title, type=ty, id=NAT_IDS[i], k=k)
    hrows.append(("banner", ["FORCE-SPECIFIC REPORTS – status shown for the named force only"]))
    n = 0
    for f, title, d, ty, tx, stc, rid in OTHER[:2] + OTHER[2:]:
        n += 1
        hrows.append(("other", [f"EMC/F/{f[:3]}/{n:03d}", rid, title, d, ty, tx, f, f"{f} – {WORD[stc]}" if f == "LEICS" else f"{f}: {stc}", "Force FLL", ""]))
    for j, (key, title, d, ty, tx, stc, plan, rid) in enumerate(FSPEC):
        eraA = d.year < 2017
        cell = f"NORTHANTS – {WORD[stc]}" if eraA else f"NORTHANTS: {stc}"
        note = "Superseded by PEEL 2018/19 (9610)" if key == "F10" else ("Portal ID not yet issued" if rid is None else "")
        hrows.append(("item", [f"EMC/F/NTH/{j+1:03d}", rid if rid else "tbc", title, d, ty, tx, "NORTHANTS", cell, "Force FLL", note], key))
        items[key] = dict(status=stc, text=tx, title=title, type=ty, id=rid)
    # write HMICFRS workbook
    hp = OUT / "hmicfrs.xlsx"
    wb = xlsxwriter.Workbook(str(hp))
    wb.set_properties({"title": "EM HMICFRS regional register", "author": "EM Collaboration PMO",
                       "company": "East Midlands Police Collaboration", "created": datetime(2024, 11, 4, 9, 0, 0)})
    b = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF", "text_wrap": True, "border": 1})
    t = wb.add_format({"bold": True, "font_size": 14})
    ban = wb.add_format({"bold": True, "bg_color": "#D9E1F2"})
    wrap = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    dfmt = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    grey = wb.add_format({"text_wrap": True, "valign": "top", "border": 1, "font_color": "#808080"})
    greyd = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1, "font_color": "#808080"})
    ws = wb.add_worksheet(HSHEET)
    ws.write(0, 0, "East Midlands Police Collaboration – HMICFRS Recommendations Register (regional view)", t)
    ws.write(1, 0, "Compiled by the Regional Collaboration Programme Office from each force's HMICFRS monitoring portal list. Portal refresh 04/11/2024. 'Force status (portal)' shows every force's own portal status in one cell.")
    heads = ["EMC Ref", "HMICFRS ID", "Report", "Published", "Type", "Recommendation / AFI (HMICFRS wording)",
             "Applies to", "Force status (portal)", "Regional lead", "Notes"]
    for c, h in enumerate(heads):
        ws.write(3, c, h, b)
    for c, w in enumerate([14, 11, 38, 11, 22, 80, 14, 44, 14, 28]):
        ws.set_column(c, c, w)
    r = 4
    hrow_of = {}; nonitems = [(1, "title"), (2, "compiler's note / portal refresh date"), (3, "blank"), (4, "header row")]
    for row in hrows:
        kind, vals = row[0], row[1]
        if kind == "banner":
            ws.write(r, 0, vals[0], ban); nonitems.append((r + 1, "section banner: " + vals[0]))
        else:
            g = kind == "other"
            for c, v in enumerate(vals):
                if isinstance(v, datetime):
                    ws.write_datetime(r, c, v, greyd if g else dfmt)
                else:
                    ws.write(r, c, v, grey if g else wrap)
            if g:
                nonitems.append((r + 1, f"force-specific item for {vals[6]} only: not on Northamptonshire's list"))
            else:
                hrow_of[row[2]] = r + 1
        r += 1
    r += 1; nonitems.append((r, "blank"))
    ws.write(r, 0, "Key: AR = Awaiting review; BP = Being progressed; C = Complete; S = Superseded; NFA = No further action required. Older rows were pasted from the 2016 regional list with the status written in full.")
    nonitems.append((r + 1, "status key / legend"))
    ws.freeze_panes(4, 0)
    ws.autofilter(3, 0, r - 2, len(heads) - 1)
    # summary sheet
    ss = wb.add_worksheet("Summary")
    ss.write(0, 0, "Portal status counts by force (national + own force-specific items)", t)
    ss.write_row(2, 0, ["Force"] + [WORD[s] for s in ["AR", "BP", "C", "S", "NFA"]] + ["Total"], b)
    cnt = {f: {s: 0 for s in WORD} for f in FORCES}
    for row in hrows:
        if row[0] == "banner": continue
        cell = row[1][7]
        for f in FORCES:
            m = re.search(rf"\b{f}\b\s*(?:[:–]\s*)?(Awaiting review|Being progressed|Complete|Superseded|No further action required|AR|BP|C|S|NFA)\b", cell)
            if m:
                v = m.group(1); v = {w: s for s, w in WORD.items()}.get(v, v)
                cnt[f][v] += 1
    for i, f in enumerate(FORCES):
        vals = [cnt[f][s] for s in ["AR", "BP", "C", "S", "NFA"]]
        ss.write_row(3 + i, 0, [f] + vals + [sum(vals)])
    ss.set_column(0, 6, 18)
    wb.close()

    # ---------------- Force side ----------------------------------------------------------
    frows = []  # (values, [(hkey or None, category, why)])
    def cat(hkey, rag):
        h = "closed" if items[hkey]["status"] in CLOSED else "open"
        fd = rag == "GREEN"
        if h == "open":
            return ("closeable_submit", "HMICFRS (NORTHANTS part of the status cell) open, force GREEN") if fd else ("in_sync", "open on both: NORTHANTS status open, force %s" % rag)
        return ("in_sync", "closed on both: NORTHANTS status closed, force GREEN") if fd else ("closeable_local", "NORTHANTS status closed on the portal, force still %s" % rag)
    leadi = 0
    def lead():
        nonlocal leadi; leadi += 1; return LEADS[(leadi * 7) % len(LEADS)]
    def upd(rag, i):
        L = UPD[rag]; return L[i % len(L)]
    def subm(rag, i):
        return datetime(2024, 3 + i % 7, 1 + (i * 5) % 27) if rag == "GREEN" and i % 2 == 0 else None
    fi = 0
    for i, (k, title, d, ty, tx) in enumerate(NATIONAL):
        key = f"N{i}"; nth, plan = NAT_PLAN[i]
        if plan is None or plan == "COMBO" and i == 17:
            continue
        fi += 1
        rep = NREP[k]; ref = NAT_IDS[i] if i % 5 != 3 else None; typ = FTYPE[HTYPE.get(ty, ty)]
        if plan == "SPLIT":
            parts = [("MSHT leadership & governance (a) - senior leaders prioritise response to MSHT", "GREEN"),
                     ("MSHT (b) - every MSHT incident allocated resources with the right skills/capacity", "GREEN"),
                     ("MSHT (c) - effective partnership arrangements to share info & safeguard victims", "AMBER"),
                     ("MSHT (d) - performance & QA measures so senior leaders can assess quality of response", "GREEN")]
            for pi, (txt, rag) in enumerate(parts):
                c_, w_ = cat(key, "AMBER")
                frows.append(([rep, ref, typ, txt, "Ch Supt Public Protection", rag, upd(rag, pi), subm(rag, pi)],
                              [(key, "in_sync", f"part {pi+1} of 4 of the split MSHT leadership recommendation (bullets (a)-(d)); part (c) still AMBER so the item is open on the force side; NORTHANTS: BP on the list, open on both")]))
            continue
        if plan == "COMBO":
            txt = "Firearms licensing: temporary permits per HO guidance & recorded on NFLMS; systems to flag certificate holders at incidents before attendance"
            frows.append(([rep, "6304/6305", typ, txt, "Supt Firearms Licensing", "GREEN", "Both elements complete - NFLMS process and STORM markers live.", datetime(2024, 6, 18)],
                          [("N16", "in_sync", "one force row holds two firearms items (refs 6304/6305, both texts summarised); NORTHANTS – Complete on the list, force GREEN: closed on both"),
                           ("N17", "closeable_submit", "same combined force row; for the 'systems designed to identify' item NORTHANTS – Being progressed, force GREEN: submit for closure")]))
            continue
        rag = plan
        txt = short(tx, i)
        c_, w_ = cat(key, rag)
        if i == 15:
            rep = "PEEL Efficiency 17 (all forces)"
            txt = "Satisfy ourselves all appropriate action is taken re 'total expired' licensing records"
            c_, w_ = "conflict", "same 'total expired' firearms records item (same ref 6303) but the force files it under PEEL Efficiency 2017 instead of Targeting the risk 2015: report disagrees"
        if i == 19:
            txt = "Within 12 months, have active ISAs with other agencies to speed up exchange of intel, safeguard victims & identify suspects early"
            c_, w_ = "conflict", "information-sharing agreements item matched by text and ref 8113; HMICFRS says within six months, the force within 12 months: timescale disagrees"
        if i == 27:
            ref = 8514
            c_, w_ = "conflict", "S&S monitoring item (By July 2018 ... comprehensive set of data) matched by text; the list's HMICFRS ID is 8541, the tracker has 8514: reference disagrees"
        if i == 13: w_ += "; on the list every other force (incl. NOTTS, next in the cell) is Complete, NORTHANTS – Being progressed"
        if i == 33: w_ += "; hand-typed cell with line breaks, NOTTS listed before NORTHANTS; NORTHANTS BP"
        if i == 29: w_ += "; NORTHANTS: S (see 8541) = Superseded"
        if i == 23: w_ += "; status written in words in a code-era row"
        if i == 34: w_ += "; NFA (aimed at HO/NPCC)"
        frows.append(([rep, ref, typ, txt, lead(), rag, upd(rag, i), subm(rag, i)], [(key, c_, w_)]))
    # force-specific
    FREP = {"F1": "PEEL 2018/19", "F6": "PEEL 18-19 CoC", "F9": "CDI 2017", "F10": "PEEL Efficiency 2015",
            "F13": "PEEL 2018/19", "F14": "Vetting 2019", "F16": "NCPI 2017"}
    currep = None
    for j, (key, title, d, ty, tx, stc, plan, rid) in enumerate(FSPEC):
        currep = FREP.get(key, currep)
        if plan is None:
            continue
        typ = FTYPE[ty]; ref = rid
        if plan == "SPLIT":
            parts = ["Detention of children - only detained when absolutely necessary & for minimum time; early assessment of need for alternative accommodation (with CSC)",
                     "Detention of children - custody staff record all actions/decisions; improve timeliness of appropriate adult support"]
            for pi, txt in enumerate(parts):
                frows.append(([currep, ref, typ, txt, "Ch Insp Custody", "GREEN", upd("GREEN", pi), datetime(2024, 9, 2)],
                              [(key, "closeable_submit", f"part {pi+1} of 2 of the split child-detention recommendation (bullets 1-2 / 3-4); both parts GREEN so the force item is done; NORTHANTS: AR on the list (open): submit")]))
            continue
        rag = plan
        txt = short(tx, j + 1)
        c_, w_ = cat(key, rag)
        if key == "F5":
            typ = "AFI"
            c_, w_ = "conflict", "supervision of investigations item matched by text and ref 9614; the list says Recommendation, the tracker AFI: type disagrees"
        if key == "F9":
            txt = ("Put in place arrangements so that: victims are believed at point of report; call handler/caller conversations summarised accurately on the incident log; "
                   "no waiting for medical exams or video interviews before crime recording decisions; online crime reports triaged on receipt")
            c_, w_ = "conflict", "CDI victims item matched by text and ref 7044; the tracker lists four of the five bullets, 'multiple crimes are always recorded' is missing: missing bullet"
        if key == "F10": w_ += " (NORTHANTS – Superseded)"
        if key == "F14": ref = None
        frows.append(([currep, ref, typ, txt, lead(), rag, upd(rag, j), subm(rag, j)], [(key, c_, w_)]))
    # force rows not on the list
    frows.append((["PEEL Effectiveness 2016", None, "Rec", "Review approach to reports of missing children - call takers to use missing/absent category correctly, spot CSE risk factors; supervisors to oversee missing person enquiries",
                   "Ch Supt Public Protection", "AMBER", "Copied from the regional list in 2017; owner reviewing.", None],
                  [(None, "not_on_hmicfrs_list", "the missing-children recommendation is on the regional list only as a DERBYS force-specific row (EMC/F/DER/002, Applies to DERBYS); nothing against NORTHANTS: query/remove")]))
    frows.append((["Local - DA", None, "Local action", "Force action - Dip-sample 50 domestic abuse crime reports each quarter and report findings to the Crime Standards Board",
                   "Force Crime Registrar", "AMBER", "Q2 dip sample done; Q3 due.", None],
                  [(None, "not_on_hmicfrs_list", "the force's own action, no HMICFRS item asks for it")]))
    frows.append((["JIAC", None, "Local action", "JAC action: Review the hate crime demand profile as part of the force management statement",
                   "Head of Corporate Development", "GREEN", "FMS 2024 published.", datetime(2024, 5, 30)],
                  [(None, "not_on_hmicfrs_list", "Joint audit committee action, not an HMICFRS item")]))

    fp = OUT / "tracker.xlsx"
    wb = xlsxwriter.Workbook(str(fp))
    wb.set_properties({"title": "HMICFRS tracker", "author": "OL&I Team", "company": "Northamptonshire Police",
                       "created": datetime(2024, 11, 20, 14, 30, 0)})
    b = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    dfmt = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
    ws = wb.add_worksheet(FSHEET)
    ws.write(0, 0, "Northamptonshire Police – HMICFRS Recommendations Tracker (OL&I team) – for JIAC 27/11/2024", wb.add_format({"bold": True, "font_size": 13}))
    fh = ["No.", "HMICFRS ID", "Report", "Type", "Recommendation (summary)", "Lead", "RAG", "Latest update", "Date submitted for closure"]
    for c, h in enumerate(fh):
        ws.write(2, c, h, b)
    for c, w in enumerate([6, 11, 26, 12, 70, 26, 9, 48, 14]):
        ws.set_column(c, c, w)
    truth = []
    for n, (vals, lines) in enumerate(frows, start=1):
        rr = 3 + n - 1
        row = [n] + vals
        for c, v in enumerate(row):
            if v is None:
                continue
            if isinstance(v, datetime):
                ws.write_datetime(rr, c, v, dfmt)
            else:
                ws.write(rr, c, v, wrap)
        for hkey, c_, w_ in lines:
            truth.append((f"{HSHEET}!{hrow_of[hkey]}" if hkey else "", f"{FSHEET}!{rr + 1}", c_, w_))
    ws.freeze_panes(3, 0)
    wb.close()
    # HMICFRS items missing from the force
    matched = {t[0] for t in truth if t[0]}
    for key, hr in hrow_of.items():
        if f"{HSHEET}!{hr}" not in matched:
            truth.append((f"{HSHEET}!{hr}", "", "missing_from_force", "on the list for NORTHANTS (status %s), no tracker row covers it" % items[key]["status"]))
    def sk(t):
        a = int(t[0].split("!")[1]) if t[0] else 10**6
        b_ = int(t[1].split("!")[1]) if t[1] else 0
        return (a, b_)
    truth.sort(key=sk)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(truth)
    (OUT / "truth.csv").write_text(buf.getvalue(), encoding="utf-8")
    counts = {}
    for t_ in truth:
        counts[t_[2]] = counts.get(t_[2], 0) + 1
    readme = README.format(
        n_items=len(hrow_of), n_frows=len(frows), n_truth=len(truth),
        counts="\n".join(f"| {k} | {counts.get(k, 0)} |" for k in ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force", "not_on_hmicfrs_list", "review"]),
        nonitems="\n".join(f"- `{HSHEET}!{r}` – {why}" for r, why in nonitems),
        last_f=3 + len(frows))
    (OUT / "README.md").write_text(readme, encoding="utf-8")
    print(len(truth), "truth lines")

README = """# regional_register_force_status_cell

## Story

The East Midlands forces (Derbyshire, Leicestershire, Lincolnshire, Northamptonshire,
Nottinghamshire) share a regional collaboration programme office. Each quarter it pulls every
force's list from the HMICFRS monitoring portal and hands the forces ONE combined regional
register: one row per recommendation, and for the national (all-forces) reports a single
cell, `Force status (portal)`, that carries all five forces' portal statuses side by side
(`DERBYS: C; LEICS: BP; LINCS: AR; NORTHANTS: BP; NOTTS: C`). Older rows, pasted from the
2016 regional list, spell the status out (`NORTHANTS – Being progressed`) and are separated
by ` | `. Force-specific rows are kept for every force on the same sheet; a force analyst
must keep only the rows that concern his force. This is what Northamptonshire's
Organisational Learning & Improvement (OL&I) analyst has as the definitive list for the
November 2024 JIAC; the force side is the analyst's own plain tracker.

The case is reconciled **for Northamptonshire Police (code NORTHANTS)**: only the NORTHANTS
part of a status cell counts, and rows that apply only to another force are not items.

## Files

- `hmicfrs.xlsx` (XlsxWriter), sheet `EM Regional Register`: title row 1, compiler's note
  row 2, blank row 3, **header row 4**, section banner row 5, national items rows 6-41,
  section banner row 42, other forces' rows 43-46 (greyed), Northamptonshire items rows
  47-62, blank row 63, status key row 64. Columns: `EMC Ref` (the regional office's own
  running id, `EMC/N/001`, `EMC/F/NTH/003` – not an HMICFRS reference), `HMICFRS ID`
  (the portal's integer id; `tbc` for two 2019 vetting items), `Report`, `Published`
  (dates, dd/mm/yyyy), `Type` (National recommendation / Recommendation / AFI / Cause of
  concern), `Recommendation / AFI (HMICFRS wording)` (verbatim OGL texts, curly quotes,
  bullets and the stray footnote "86" kept), `Applies to` (`All EM forces` or a force
  code), `Force status (portal)`, `Regional lead`, `Notes`. Autofilter on the header,
  frozen panes. Second sheet `Summary`: counts of portal status per force (not items).
  {n_items} items for Northamptonshire.
- `tracker.xlsx`, sheet `HMICFRS Tracker`: title row 1, blank row 2, **header row 3**,
  {n_frows} item rows 4-{last_f}. Columns `No.` (running number, not a reference),
  `HMICFRS ID` (blank for some rows; `6304/6305` for a combined row), `Report` (force's
  short names, e.g. `Stolen Freedom (MSHT) 2017`, `PEEL 18-19 CoC`), `Type` (National rec /
  Rec / AFI / CoC / Local action), `Recommendation (summary)` (force's shortened,
  abbreviated, truncated wording), `Lead`, `RAG` (GREEN = done; AMBER / RED = open),
  `Latest update`, `Date submitted for closure`.

## What the layout brings

1. Status of several forces in one cell: the analyst reads the NORTHANTS part only.
   Three notations: full words with ` – ` and ` | ` (rows 6-23, 29, 56-58), codes
   `AR/BP/C/S/NFA` with `:` and `;` (rows 24-41 and force-specific rows), and one hand-typed
   cell with line breaks and a different force order (row 39: `NOTTS BP` / `NORTHANTS BP` /
   ...). The codes are explained only in the key row 64.
2. NORTHANTS differs from its neighbours: row 19 every other force is Complete, NORTHANTS
   Being progressed (NOTTS – the next code – Complete); row 13 NORTHANTS Being progressed
   while DERBYS, LEICS and LINCS are Complete. Reading the wrong force (or a majority) gives the wrong category.
3. `NORTHANTS: S (see 8541)` (row 35): superseded with a pointer; `NFA` (row 40: the Home
   Office/NPCC item) = No further action required = closed.
4. Rows for other forces only (rows 43-46, DERBYS and LEICS) sit in the same table with
   real HMICFRS texts; they are not items of Northamptonshire's list.
5. Two id columns: `EMC Ref` is the region's own number, `HMICFRS ID` the register's.
6. Section banner rows (5, 42), title/note rows, a key row and a summary sheet.

## Traps and how the truth decides

- Force row 55 (missing-children review) matches the DERBYS-only row 44 word for word in
  substance, but that item is not against NORTHANTS: `not_on_hmicfrs_list`.
- Combined force row 18 (`6304/6305`, GREEN) holds two items: row 22 (NORTHANTS Complete)
  `in_sync`, row 23 (NORTHANTS Being progressed) `closeable_submit`.
- Split: the MSHT leadership item (row 24, four bullets) is four force rows 19-22; part (c)
  is AMBER so the force item is open, NORTHANTS BP: all four lines `in_sync`. The child
  detention item (row 62) is two force rows 53-54, both GREEN, NORTHANTS AR: both
  `closeable_submit`.
- Conflicts: row 21 vs 17 report (force files the 'total expired' firearms item under PEEL
  Efficiency 2017); row 25 vs 23 timescale (six months vs 12 months); row 33 vs 30
  reference (8541 vs 8514); row 51 vs 43 type (Recommendation vs AFI); row 55 vs 47 a
  missing bullet ('multiple crimes are always recorded').
- Missing from force: rows 12, 18, 26, 57 (no tracker row).
- Local actions (force rows 56, 57): `not_on_hmicfrs_list`.
- Force rows whose HMICFRS ID is blank or `tbc` on the list (vetting 2019) are matched by
  text and report.

## Counts ({n_truth} truth lines)

| category | lines |
|---|---|
{counts}

## Rows that are not items

{nonitems}
- `Summary` sheet of `hmicfrs.xlsx` – status counts per force, no items.
- `HMICFRS Tracker!1` title, `!2` blank, `!3` header.

## Checks run

- Every tracker item row (4-{last_f}) is in truth.csv (split rows once each, the combined
  row once per item); every Northamptonshire item row of the list appears at least once;
  no non-item row appears.
- Both files read back with pandas (openpyxl engine) and openpyxl; headers, row numbers
  and values checked against the truth provenance.
- The builder run twice: every file byte-identical (fixed seed, fixed workbook
  properties; XlsxWriter writes fixed zip timestamps).
"""

if __name__ == "__main__":
    main()
