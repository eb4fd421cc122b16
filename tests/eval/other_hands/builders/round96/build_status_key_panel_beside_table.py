"""Builder for the evaluation case `status_key_panel_beside_table` (round 96, case C).

A force's hand-kept HMICFRS tracker whose sheet carries a status key, formula counts,
instructions and a version history in a panel to the right of the item table, on the same
rows as the items. Run with /work/main/.venv/bin/python; rebuilds byte for byte.

All HMICFRS texts below are real public wording (Open Government Licence), copied as literals
from /work/shared/data/real_recommendations.csv and the project's casegen text lists.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import os
import random

import xlsxwriter

HERE = os.path.dirname(os.path.abspath(__file__))
CASE = "status_key_panel_beside_table"
OUT = os.path.join(HERE, CASE)

REC = "Recommendation"
AFI = "Area for improvement"
COC = "Cause of concern"
NAT = "National recommendation"

NATIONAL_REPORTS = [
    ('sas13', 'Stop and search powers: Are the police using them effectively and fairly?', (2013, 7, 9), [
        ('National recommendation', 'Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.'),
        ('National recommendation', 'Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.'),
        ('National recommendation', 'Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people.'),
    ]),
    ('everyone', "Everyone's business: Improving the police response to domestic abuse", (2014, 3, 27), [
        ('National recommendation', "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n• in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n• after close consideration of all the recommendations in this report;\n• with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n• drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments."),
    ]),
    ('austerity', 'Policing in austerity: Meeting the challenge', (2014, 7, 22), [
        ('National recommendation', "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews"),
        ('National recommendation', 'Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn.'),
        ('National recommendation', 'Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn.'),
        ('National recommendation', 'In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector.'),
    ]),
    ('core', 'Core Business: an inspection into crime prevention, police attendance and the use of police time', (2014, 9, 4), [
        ('National recommendation', 'Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.'),
        ('National recommendation', 'By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.'),
    ]),
    ('integrity', 'Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing', (2015, 1, 30), [
        ('National recommendation', 'By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.'),
    ]),
    ('sas15', 'Stop and search powers 2: are the police using them effectively and fairly?', (2015, 3, 24), [
        ('National recommendation', 'Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.'),
    ]),
    ('picture', 'Building the picture: an inspection of police information management', (2015, 7, 1), [
        ('National recommendation', 'By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted.'),
    ]),
    ('firearms', 'Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales', (2015, 9, 15), [
        ('National recommendation', 'Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.'),
        ('National recommendation', 'Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.'),
        ('National recommendation', 'Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.'),
        ('National recommendation', 'Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.'),
        ('National recommendation', 'Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.'),
    ]),
    ('stolen', 'Stolen freedom: the policing response to modern slavery and human trafficking', (2017, 10, 24), [
        ('National recommendation', 'Within twelve months, forces should review their leadership and governance arrangements for modern slavery and human trafficking, to ensure that:\n• senior leaders prioritise the response to modern slavery and human trafficking;\n• every incident of modern slavery identified to police is allocated appropriate resources with the skills, experience and capacity to investigate it effectively;\n• forces develop effective partnership arrangements to co-ordinate activity in order to share information and safeguard victims; and\n• performance and quality assurance measures are in place to allow senior leaders to assess the nature and quality of the service provided to victims.'),
        ('National recommendation', 'Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible'),
        ('National recommendation', 'Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.'),
        ('National recommendation', 'Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.'),
        ('National recommendation', 'Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.'),
        ('National recommendation', 'Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas).'),
        ('National recommendation', 'Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.'),
    ]),
    ('efc17', 'PEEL: Police efficiency 2017 (national overview)', (2017, 11, 9), [
        ('National recommendation', "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries."),
    ]),
    ('leg17', 'PEEL: Police legitimacy 2017 (national overview)', (2017, 12, 12), [
        ('Cause of concern', 'HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.'),
        ('National recommendation', 'By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.'),
        ('National recommendation', 'Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;'),
        ('National recommendation', 'We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.'),
        ('National recommendation', 'By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.'),
    ]),
    ('powers', 'Disproportionate use of police powers: A spotlight on stop and search and the use of force', (2021, 2, 26), [
        ('National recommendation', 'By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.'),
        ('National recommendation', 'By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.'),
        ('National recommendation', 'By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\nhave a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\nprovide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.'),
        ('National recommendation', 'The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.'),
        ('National recommendation', 'By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.'),
    ]),
]
REAL = {
    0: 'HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and',
    1: 'HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.',
    2: 'HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;',
    3: 'HMIC recommends that the force should immediately:agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services; and',
    4: 'HMIC recommends that the force should immediately:clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia;',
    5: 'HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.',
    6: 'HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;',
    7: 'The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. There are gaps in its workforce skills assessment, and weaknesses in both its investigative approach and its approach to safeguarding vulnerable people.',
    8: 'The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.',
    9: 'HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;',
    10: 'HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;',
    11: 'Within six months the force should put in place arrangements to ensure that:\n• at the point of report, victims are believed;\n• conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;\n• multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;\n• the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and\n• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed.',
    14: 'The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public',
    15: 'The force should develop its understanding of the links between its outcomes, outputs and costs',
    16: 'The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.',
    18: 'The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.',
    20: 'The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.',
    21: 'The force’s current approach to domestic abuse is unacceptable. The proportion of victims who fail to support the investigation and the low use of police powers of arrest and prosecution is a cause of concern to HMIC.',
    22: 'In order to improve the service it provides to victims of domestic abuse, offer the best possible protection and bring more perpetrators to justice, the force should immediately consider ways of increasing the use of arrest, ancillary orders and other available powers.',
    23: 'To improve the service provided to victims of domestic abuse the force should immediately take steps to understand and address the reason behind why such a high proportion of victims of domestic abuse do not support the police investigation.',
    24: 'In addition, the practice of conducting domestic abuse risk assessments over the telephone and dealing with domestic abuse in the resolution centre should cease',
    25: 'The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found that the assessment of risk for children who go missing from home was inappropriate in some cases. We found some instances where children were classed as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing children were sometimes incorrectly assessed at a lower grade. We also found incidents where the risk had not been identified, even where good information was available on the police database. In some cases there was information to indicate that children were at risk of sexual exploitation, but this did not influence the assigned risk and categorisation. Children were incorrectly graded at a lower level and could have been exposed to an increased risk of harm. This is an enduring cause of concern from HMIC’s report on vulnerability in 2015.',
    26: 'To address this cause of concern the force should immediately review its approach to reports of missing children and take steps to ensure that:\n• call takers understand and use the missing and absent category appropriately; • call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and • supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action',
}

CONTROL_ROOM = ("The force should ensure that it has sufficient resources available in the control "
                "room to fulfil its resourcing model, and so to meet its demand, while also taking "
                "into account the wellbeing of its workforce.")

# PEEL areas for improvement in HMICFRS's formulaic PEEL wording (casegen TOPIC_BODIES x TOPICS,
# with the "The force should" stem), and one real body (casegen BODIES).
PEEL2122 = [
    ("t1", "The force should improve its understanding of the nature and scale of county lines drug dealing in its area."),
    ("t2", "The force should make sure investigations of rape and serious sexual offences are allocated to officers with the right skills and are effectively supervised."),
    ("t3", "The force should make sure victims of stalking and harassment are kept informed about the progress of their case, in line with the Code of Practice for Victims of Crime."),
    ("t4", "The force should improve how it gathers, assesses and acts on intelligence about serious and organised crime."),
    ("t5", "The force should make sure it records reports of hate crime accurately and without delay."),
    ("t6", "The force should improve the timeliness of its response to calls for service involving domestic abuse."),
]
PEEL2325 = [
    ("u1", "The force should make sure it has enough specialist capacity and capability to investigate online child sexual abuse."),
    ("u2", "The force should develop a problem-solving approach to violence against women and girls, working with local communities and partners."),
    ("u3", "The force should make sure officers and staff have the training they need to identify and respond to people with mental ill health."),
    ("u4", "The force should make sure its performance framework gives senior leaders a clear picture of its response to neighbourhood crime."),
    ("u5", "The force should improve the supervision of investigations, so that investigation plans are set, reviewed and recorded and victims receive a consistently good service."),
]

FORCE = "West Mercia Police"
FORCE_REPORTS = [
    # key prefix, title, date, [(key, type, text)]
    ("pe15", "PEEL: Police efficiency 2015 – West Mercia Police", (2015, 10, 15),
     [("pe15_0", AFI, REAL[14]), ("pe15_1", AFI, REAL[15]), ("pe15_2", AFI, REAL[16])]),
    ("ef16", "PEEL: Police effectiveness 2016 – West Mercia Police", (2017, 3, 2),
     [("ef16_0", COC, REAL[21]), ("ef16_1", REC, REAL[22]), ("ef16_2", REC, REAL[23]),
      ("ef16_3", REC, REAL[24]), ("ef16_4", COC, REAL[25]), ("ef16_5", REC, REAL[26])]),
    ("cdi17", "Crime data integrity inspection 2017 – West Mercia Police", (2017, 9, 7),
     [("cdi17_0", REC, REAL[11])]),
    ("pe17", "PEEL: Police efficiency 2017 – West Mercia Police", (2017, 11, 9),
     [("pe17_0", AFI, CONTROL_ROOM)]),
    ("pl17", "PEEL: Police legitimacy 2017 – West Mercia Police", (2017, 12, 12),
     [("pl17_0", REC, REAL[20])]),
    ("p1819", "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police",
     (2019, 5, 2),
     [("p1819_0", REC, REAL[0]), ("p1819_1", REC, REAL[1]), ("p1819_2", REC, REAL[2]),
      ("p1819_3", REC, REAL[3]), ("p1819_4", REC, REAL[4]), ("p1819_5", REC, REAL[5]),
      ("p1819_6", REC, REAL[6]), ("p1819_7", COC, REAL[7]), ("p1819_8", COC, REAL[8]),
      ("p1819_9", REC, REAL[9]), ("p1819_10", REC, REAL[10]), ("p1819_11", AFI, REAL[18])]),
    ("p2122", "PEEL 2021/22: An inspection of West Mercia Police", (2022, 3, 29),
     [(k, AFI, t) for k, t in PEEL2122]),
    ("p2325", "PEEL 2023–2025: An inspection of West Mercia Police", (2024, 3, 5),
     [(k, AFI, t) for k, t in PEEL2325]),
]

# HMICFRS status of every item on the definitive list.
H_STATUS = {
    "sas13_0": "Complete", "sas13_1": "Complete", "sas13_2": "Complete",
    "everyone_0": "Being progressed",
    "austerity_0": "No further action required", "austerity_1": "No further action required",
    "austerity_2": "No further action required", "austerity_3": "No further action required",
    "core_0": "Complete", "core_1": "Complete",
    "integrity_0": "Being progressed", "sas15_0": "Being progressed", "picture_0": "Awaiting review",
    "firearms_0": "Being progressed", "firearms_1": "Being progressed", "firearms_2": "Complete",
    "firearms_3": "Being progressed", "firearms_4": "Being progressed",
    "stolen_0": "Being progressed", "stolen_1": "Being progressed", "stolen_2": "Complete",
    "stolen_3": "Being progressed", "stolen_4": "Being progressed", "stolen_5": "Superseded",
    "stolen_6": "Being progressed",
    "efc17_0": "Awaiting review",
    "leg17_0": "Being progressed", "leg17_1": "Being progressed", "leg17_2": "Being progressed",
    "leg17_3": "Complete", "leg17_4": "Being progressed",
    "powers_0": "Awaiting review", "powers_1": "Awaiting review", "powers_2": "Being progressed",
    "powers_3": "Awaiting review", "powers_4": "Being progressed",
    "pe15_0": "No further action required", "pe15_1": "No further action required",
    "pe15_2": "No further action required",
    "ef16_0": "Superseded", "ef16_1": "Superseded", "ef16_2": "Superseded", "ef16_3": "Superseded",
    "ef16_4": "Complete", "ef16_5": "Complete",
    "cdi17_0": "Being progressed", "pe17_0": "Awaiting review", "pl17_0": "Being progressed",
    "p1819_0": "Being progressed", "p1819_1": "Being progressed", "p1819_2": "Complete",
    "p1819_3": "Complete", "p1819_4": "Being progressed", "p1819_5": "Awaiting review",
    "p1819_6": "Being progressed", "p1819_7": "Being progressed", "p1819_8": "Being progressed",
    "p1819_9": "Being progressed", "p1819_10": "Being progressed", "p1819_11": "Awaiting review",
    "t1": "Being progressed", "t2": "Complete", "t3": "Being progressed", "t4": "Being progressed",
    "t5": "Being progressed", "t6": "Awaiting review",
    "u1": "Awaiting review", "u2": "Awaiting review", "u3": "Awaiting review",
    "u4": "Awaiting review", "u5": "Awaiting review",
}


def hmicfrs_items():
    """The definitive list in register order (publication date, then report order)."""
    items = []
    for k, title, date, recs in NATIONAL_REPORTS:
        for i, (typ, text) in enumerate(recs):
            items.append(dict(key=f"{k}_{i}", report=title, date=date, type=typ, text=text))
    for _, title, date, recs in FORCE_REPORTS:
        for key, typ, text in recs:
            items.append(dict(key=key, report=title, date=date, type=typ, text=text))
    items.sort(key=lambda d: d["date"])  # stable: report order kept inside a date
    rng = random.Random(9603)
    ref = 1830
    for it in items:
        ref += rng.randint(40, 260)
        it["ref"] = ref
        it["status"] = H_STATUS[it["key"]]
        y, m, d = it["date"]
        pub = dt.date(y, m, d)
        it["pub"] = pub
        lag = rng.randint(60, 2400)
        sd = pub + dt.timedelta(days=lag)
        if sd > dt.date(2024, 11, 15):
            sd = dt.date(2024, 11, 15) - dt.timedelta(days=rng.randint(1, 200))
        if sd < pub:
            sd = pub + dt.timedelta(days=7)
        it["status_date"] = sd
    return items


# --------------------------------------------------------------------------------------------
# The force tracker, row by row. Each row: No., ref spec, report, type, text, lead, status,
# target, submitted, update, and the truth: list of (hmicfrs key or None, category, why).
# ref spec: "num" = the item's register ID as a number, "txt" = "Ref <id>", None = blank,
# any other string = written as it stands.
# --------------------------------------------------------------------------------------------
D = dt.date
S = lambda *a: a  # noqa: E731


def R(no, keys, ref, report, typ, text, lead, status, target, submitted, update, truth):
    return dict(no=no, keys=keys, ref=ref, report=report, type=typ, text=text, lead=lead,
                status=status, target=target, submitted=submitted, update=update, truth=truth)


FORCE_ROWS = [
    R(1, ["sas13_0"], "num", "S&S 2013", "National rec",
      "CCs & CoP to set out in the S&S APP a clear spec of what is effective & fair use of S&S powers, plus guidance (compliant with Code of Practice)",
      "Ch Insp Stop & Search", "Closed", D(2014, 3, 31), None,
      "APP published by CoP. Closed by HMICFRS on portal.",
      [("sas13_0", "in_sync", "Same ask (APP specification of effective and fair S&S); HMICFRS Complete, force Closed: both closed.")]),
    R(2, ["sas13_1"], None, "S&S 2013", "National rec",
      "Establish or improve monitoring of the way officers stop and search people so we are satisfied they act within the law (incl equality legislation & Code of Practice) and the power is used effectively",
      "Ch Insp Stop & Search", "On track", "Q4 24/25", None,
      "04/11/24 – monthly S&S scrutiny dashboard being rebuilt in Power BI.",
      [("sas13_1", "closeable_local", "No ref on the tracker but the text is the 2013 monitoring recommendation reworded; HMICFRS Complete, force still On track: close it locally.")]),
    R(3, ["sas13_2", "sas15_0"], "combo", "S&S 2013 / S&S 2 (2015)", "National rec",
      "Explain to the public how S&S powers are used in our area & arrange for S&S records to be scrutinised by community reps, involving those who are stopped e.g. young people (2013 rec 3 – repeated in S&S 2 2015)",
      "Supt Neighbourhoods", "Complete", D(2024, 9, 30), None,
      "12/11/24 – external scrutiny panel meets quarterly; youth panel set up Sept 24. Evidence on SharePoint.",
      [("sas13_2", "in_sync", "One tracker row holds both the 2013 and the 2015 'explain to the public / community scrutiny' items (both refs typed in the ref cell). 2013 item: HMICFRS Complete, force Complete: both closed."),
       ("sas15_0", "closeable_submit", "Same combined row, 2015 item: HMICFRS Being progressed, force Complete: submit to HMICFRS.")]),
    R(4, ["everyone_0"], "num", "Everyone's Business (DA) 2014", "National rec",
      "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\nThis action plan should be developed:\n• in consultation with PCCs, DA support organisations and victims' representatives;\n• after close consideration of all the recommendations in this report;\n• with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force.",
      "Ch Supt Public Protection", "On track", D(2025, 3, 31), None,
      "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
      [("everyone_0", "conflict", "Ref and text match the Everyone's business action-plan recommendation, but the tracker copy stops after the third bullet: the fourth bullet (drawing on CPS scrutiny panels and MARAC self-assessments) is missing. Both open.")]),
    R(5, ["austerity_0"], "num", "Policing in Austerity 2014", "National rec",
      "Review plans to deliver savings – doing all we can to reduce crime & protect the front line while balancing the budget (use HMIC VfM profiles)",
      "Director of Finance", "On track", "Annual – MTFP", None,
      "Reviewed each year as part of the MTFP.",
      [("austerity_0", "closeable_local", "Savings-plan review from Policing in austerity; HMICFRS No further action required, force On track: close locally.")]),
    R(6, ["austerity_1"], "num", "Policing in Austerity 2014", "National rec",
      "Chief Constables and PCCs in forces planning to deliver less than 20% of their savings through collaboration should assess whether there is scope to improve on this position.",
      "Director of Finance", "On track", "Annual – MTFP", None,
      "Collaboration savings reported to the Alliance board.",
      [("austerity_1", "conflict", "Ref and wording match the collaboration-savings recommendation, but the tracker says 'less than 20%' where HMICFRS says 'less than 10%': a figure disagrees (and HMICFRS has it as No further action required while the force has it open).")]),
    R(7, ["austerity_3"], None, "Policing in Austerity 2014", "National rec",
      "In prep for next spending round review plans for collaboration – scope for better VfM and capability/capacity through joint working with other forces, the public and/or private sector",
      "Director of Finance", "Closed", D(2016, 3, 31), None,
      "Closed – superseded by PEEL efficiency.",
      [("austerity_3", "in_sync", "No ref; text is the spending-round collaboration recommendation abbreviated. HMICFRS No further action required, force Closed: both closed.")]),
    R(8, ["core_0"], "num", "Core Business 2014", "National rec",
      "Not later than 31 March 2015 forces using a THRIFT policy should give call-handlers specific, sound & comprehensible criteria to assess threat, harm & risk",
      "Supt Contact Centre", "Closed", D(2015, 3, 31), None, "THRIVE introduced 2015.",
      [("core_0", "in_sync", "Call-handler threat, harm and risk criteria (Core Business); HMICFRS Complete, force Closed.")]),
    R(9, ["core_1"], "txt", "Core Business 2014", "National rec",
      "By 31/03/15 all forces to ensure crime prevention/disruption activity is systematically recorded and then evaluated for effectiveness of tactics",
      "ACC Local Policing", "complete", D(2015, 3, 31), None, "",
      [("core_1", "in_sync", "Ref typed as 'Ref NNNN' names the Core Business crime-prevention item; HMICFRS Complete, force 'complete' (lower case): both closed.")]),
    R(10, ["integrity_0"], "num", "Integrity Matters 2015", "National rec",
      "By 31 Aug 2015 CC to satisfy themselves processes are in place so misconduct investigations resulting in NFA are fair & free of any discrimination",
      "Head of Professional Standards", "Submitted", D(2024, 6, 30), D(2024, 6, 14),
      "14/06/24 – dip sample of NFA outcomes by ethnicity completed; evidence pack submitted on portal.",
      [("integrity_0", "closeable_submit", "Integrity matters 'no further action' fairness item; HMICFRS Being progressed, force Submitted (done, awaiting HMICFRS): submit/chase closure.")]),
    R(11, ["picture_0"], "num", "Building the Picture 2015", "National rec",
      "By 30 Nov 2015 – arrangements to scrutinise audits of compliance with APP on information management through force IM governance structure; incl measures so categorisation of records is regularly adjusted",
      "Head of Information Management", "Not started", "TBC", None, "Awaiting allocation.",
      [("picture_0", "in_sync", "Information-management audit scrutiny item; HMICFRS Awaiting review, force Not started: both open.")]),
    R(12, ["firearms_0"], "num", "Firearms licensing 2015", "National rec",
      "Within 3 months assess how well governance of firearms licensing meets APP standards; where not complied with, put correct arrangements in place immediately",
      "Supt Firearms Licensing", "On track", D(2025, 1, 31), None,
      "Governance review against APP under way with the FLM.",
      [("firearms_0", "in_sync", "Firearms licensing governance vs APP; HMICFRS Being progressed, force On track: both open.")]),
    R(13, ["firearms_1"], "num", "Firearms licensing 2015", "National rec",
      "Within 6 months, assess the demand placed on the firearms licensing department and ensure it has capacity to meet this demand and provide an efficient & effective service at all times",
      "Supt Firearms Licensing", "On track", D(2025, 1, 31), None,
      "Demand model drafted; awaiting Finance sign-off for 2 additional FEOs.",
      [("firearms_1", "conflict", "Ref and text match the firearms licensing demand item, but the tracker says 'Within 6 months' where HMICFRS says 'Within three months': the timescale disagrees. Both open.")]),
    R(14, ["firearms_2"], "num", "Firearms licensing 2015", "National rec",
      "Immediately satisfy ourselves all appropriate action is being taken re 'total expired' licensing records",
      "Supt Firearms Licensing", "Complete", D(2016, 1, 31), None, "",
      [("firearms_2", "in_sync", "'Total expired' records item; HMICFRS Complete, force Complete: both closed.")]),
    R(15, ["firearms_3"], "num", "Firearms licensing 2015", "National rec",
      "Within 3 months – temporary permits in line with HO guidance, recorded without delay on NFLMS, and systems so certificate holders are never in unlawful possession of a firearm",
      "Supt Firearms Licensing", "Complete", D(2024, 10, 31), None,
      "Already complete / believed to be complete within short time scale (and within deadline).",
      [("firearms_3", "closeable_submit", "Temporary permits item; HMICFRS Being progressed, force Complete: submit to HMICFRS.")]),
    R("16a", ["firearms_4"], "num", "Firearms licensing 2015", "National rec",
      "Within 3 months ensure systems identify, prior to police attendance, whether an incident involves/is at the address of a firearm certificate holder, and are always applied by staff dispatching officers",
      "Supt Contact Centre", "Complete", D(2024, 7, 31), None, "STORM flag live since July 24.",
      [("firearms_4", "in_sync", "Rows 16a and 16b split the certificate-holder-address item in two (same ref). This part is Complete but 16b is still Slipping, so the item is open on the force side; HMICFRS Being progressed: both open.")]),
    R("16b", ["firearms_4"], "num", "Firearms licensing 2015", "National rec",
      "(cont) officers understand the risk assessment they should undertake in such circumstances & their power to seize firearms and certificates",
      "Head of Learning & Development", "Slipping", D(2024, 12, 31), None,
      "Training package written; delivery to response slipped to Q4.",
      [("firearms_4", "in_sync", "Second part of the split firearms item (officers' risk assessment and seizure powers); Slipping, so the item is open; HMICFRS Being progressed: both open.")]),
    R("17a", ["stolen_0"], "num", "Stolen Freedom (MSHT) 2017", "National rec",
      "Within 12 months review leadership & governance for MSHT so that: senior leaders prioritise the response to MSHT; every incident is allocated appropriate resources with the skills, experience & capacity to investigate",
      "Det Ch Supt Force CID", "Complete", D(2018, 10, 31), None,
      "MSHT governance board in place, chaired by ACC Crime.",
      [("stolen_0", "closeable_submit", "Rows 17a/17b split the Stolen freedom leadership item by its bullets (same ref). Both parts Complete, so the item is done; HMICFRS Being progressed: submit.")]),
    R("17b", ["stolen_0"], "num", "Stolen Freedom (MSHT) 2017", "National rec",
      "(cont) effective partnership arrangements to co-ordinate activity, share info & safeguard victims; performance & QA measures for senior leaders to assess the quality of service to victims",
      "Det Ch Supt Force CID", "Complete", D(2018, 10, 31), None,
      "Partnership MSHT group + quarterly QA audit.",
      [("stolen_0", "closeable_submit", "Second part of the split leadership item (bullets 3 and 4); both parts Complete, HMICFRS Being progressed: submit.")]),
    R(18, ["stolen_1"], "num", "Stolen Freedom (MSHT) 2017", "National rec",
      "Within 6 months have active ISAs with other agencies for speedy exchange of intelligence, to safeguard victims & identify suspects early",
      "Head of Intelligence", "On Track", D(2025, 3, 31), None,
      "ISA with Border Force signed; GLAA ISA in draft.",
      [("stolen_1", "in_sync", "Information-sharing agreements item; HMICFRS Being progressed, force 'On Track': both open.")]),
    R(19, ["stolen_2"], None, "Stolen Freedom (MSHT) 2017", "National rec",
      "Immediately ensure all victims carrying out criminal acts under compulsion are afforded early and continuing consideration of the s45 defence",
      "Head of Criminal Justice", "Complete", D(2018, 3, 31), None, "",
      [("stolen_2", "in_sync", "No ref; text is the section 45 defence item abbreviated. HMICFRS Complete, force Complete.")]),
    R(20, ["stolen_3"], "num", "Stolen Freedom (MSHT) 2017", "National rec",
      "Immediately – fully compliant with NRM process & duty to notify HO of any adult suspected to be a victim of MSHT (MSA 2015)",
      "Ch Supt Public Protection", "Submitted", D(2024, 9, 30), D(2024, 10, 2),
      "02/10/24 – Duty to Notify audit evidence submitted on portal.",
      [("stolen_3", "closeable_submit", "NRM / duty to notify item; HMICFRS Being progressed, force Submitted: chase closure.")]),
    R(21, ["stolen_4"], "num", "Stolen Freedom (MSHT) 2017", "National rec",
      "Immediately comply with NCRS for MSHT offences; sufficient audit capacity for the FCR",
      "Force Crime Registrar", "On track", D(2025, 3, 31), None,
      "MSHT added to the FCR audit plan 24/25.",
      [("stolen_4", "in_sync", "MSHT crime recording (NCRS) item; both open.")]),
    R(22, ["stolen_5"], "num", "Stolen Freedom (MSHT) 2017", "National rec",
      "Immediately ensure MSHT allegations are thoroughly investigated & supervised by teams with the right skills & experience (incl JITs / overseas intel)",
      "Det Ch Supt Force CID", "Slipping", D(2024, 12, 31), None,
      "Work undertaken in area but still requires development to complete.",
      [("stolen_5", "closeable_local", "MSHT investigation and supervision item; HMICFRS Superseded (closed), force Slipping (open): close locally.")]),
    R(23, ["efc17_0"], "num", "PEEL Efficiency 2016 (all forces)", "National rec",
      "By Sept 2018 CCs to produce an ambitious plan to improve digitally-enabled services within the force (HO/NPCC/APCC to support via a national framework)",
      "Head of Corporate Development", "On track", D(2025, 6, 30), None,
      "Digital strategy refresh going to FET in January.",
      [("efc17_0", "conflict", "Ref and text match the digital-services recommendation of PEEL: Police efficiency 2017 (national overview), but the tracker files it under 'PEEL Efficiency 2016': the report/year disagrees. Both open.")]),
    R(24, ["leg17_0"], "num", "PEEL Legit 17 S&S", "AFI",
      "Forces not able to demonstrate use of S&S powers is consistently reasonable & fair – over-representation of BAME people, and black people in particular, which many forces can't explain",
      "Ch Insp Stop & Search", "On track", D(2025, 3, 31), None,
      "Disproportionality analysis now in the monthly S&S pack.",
      [("leg17_0", "conflict", "Ref and text match the PEEL legitimacy 2017 national cause of concern, but the tracker types it as an AFI: the type disagrees. Both open.")]),
    R(25, ["leg17_1"], "num", "PEEL Legit 17 S&S", "National rec",
      "By July 2018 regularly & frequently monitor a comprehensive set of S&S data to understand: reasons for disproportionality; find rates by ethnicity & search type (incl drugs possession vs supply); prevalence of possession-only drug searches vs local priorities",
      "Ch Insp Stop & Search", "On track", D(2025, 3, 31), None, "",
      [("leg17_1", "in_sync", "S&S monitoring data item (all three bullets present in short form); both open.")]),
    R(26, ["leg17_2"], "num", "PEEL Legit 17 S&S", "National rec",
      "Where disparities identified, demonstrate to the public we have researched/analysed the reasons and taken action to reduce the disparity",
      "Ch Insp Stop & Search", "Complete", D(2024, 8, 31), None,
      "Annual disproportionality report published Aug 24.",
      [("leg17_2", "closeable_submit", "Disparities item; HMICFRS Being progressed, force Complete: submit.")]),
    R(27, ["leg17_3"], "num", "PEEL Legit 17 S&S", "National rec",
      "Publish this analysis & actions taken at least annually, from July 2018",
      "Ch Insp Stop & Search", "Closed", D(2018, 7, 31), None, "",
      [("leg17_3", "in_sync", "Annual publication item; HMICFRS Complete, force Closed.")]),
    R(28, ["leg17_4"], None, "PEEL Legit 17 S&S", "National rec",
      "By July 2018 & ongoing – all officers who use S&S to have had (and understand) unconscious bias training and CoP APP on S&S",
      "Head of Learning & Development", "Off track", D(2024, 3, 31), None,
      "Little work yet undertaken in this area. Unlikely to reach deadlines.",
      [("leg17_4", "in_sync", "No ref; unconscious-bias training item. HMICFRS Being progressed, force Off track: both open.")]),
    R(29, ["powers_0"], "num", "Police powers spotlight (Feb 21)", "National rec",
      "By July 2021, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.",
      "Head of Learning & Development", "On track", D(2025, 3, 31), None, "",
      [("powers_0", "conflict", "Ref and text match the communication-skills item word for word except the deadline: tracker 'By July 2021', HMICFRS 'By July 2022'. Both open.")]),
    R(30, ["powers_1"], "num", "Police powers spotlight (Feb 21)", "National rec",
      "By July 2021 comms skills reinforced through CPD; supervisors supported to debrief officers using BWV footage",
      "Head of Learning & Development", "On track", D(2025, 3, 31), None, "",
      [("powers_1", "in_sync", "CPD/BWV debrief item; HMICFRS Awaiting review, force On track: both open.")]),
    R(31, ["powers_2"], "num", "Police powers spotlight (Feb 21)", "National rec",
      "By Sept 2021: officers record on BWV the entirety of all S&S encounters incl traffic stops & use of force;\nstructured process for regularly reviewing a sufficient sample of BWV footage to identify learning & hold officers to account",
      "Ch Insp Stop & Search", "Complete", D(2022, 9, 30), None,
      "BWV policy updated; monthly BWV review by S&S team.",
      [("powers_2", "conflict", "Ref and text match the body-worn video item, but the tracker has only two of its three parts: the third (external scrutiny panels' access to BWV footage) is missing. HMICFRS Being progressed, force Complete – the missing part decides conflict, not closeable.")]),
    R(32, ["powers_3"], "num", "Police powers spotlight (Feb 21)", "National rec",
      "HO & NPCC to ensure quality of data on use of force in S&S is sufficient for publication; HO to publish",
      None, "N/A", None, None,
      "Not the force's responsibility to deliver; dependent upon another organisation. Ask HMICFRS to remove from our list.",
      [("powers_3", "closeable_submit", "Home Office/NPCC data-quality item; the force marks it N/A (the key says: not for the force to deliver – ask HMICFRS to close), a done state; HMICFRS Awaiting review: submit.")]),
    R(33, ["pe15_0"], "num", "PEEL Efficiency 15", "AFI",
      "Undertake further work to understand current & likely future demand so resources match demand",
      "Head of Corporate Development", "On track", "FMS 2025", None,
      "Addressed holistically as part of the force change programme.",
      [("pe15_0", "closeable_local", "Demand AFI of PEEL efficiency 2015; HMICFRS No further action required, force On track: close locally.")]),
    R(34, ["pe15_1"], "num", "PEEL Efficiency 15", "AFI",
      "Develop understanding of links between outcomes, outputs & costs",
      "Director of Finance", "Closed", D(2016, 10, 31), None, "",
      [("pe15_1", "in_sync", "Outcomes/outputs/costs AFI; HMICFRS No further action required, force Closed.")]),
    R(35, ["pe15_2"], "num", "PEEL Efficiency 15", "AFI",
      "Develop a future workforce plan aligned with demand & budget (resource allocations, skills mix, behaviours)",
      "Director of People", "Complete", D(2016, 10, 31), None, "",
      [("pe15_2", "in_sync", "Workforce plan AFI; HMICFRS No further action required, force Complete: both closed.")]),
    "BLANK",
    R(36, ["ef16_0"], "num", "PEEL Eff 16", "CoC",
      "DA – current approach unacceptable; proportion of victims not supporting investigation & low use of arrest/prosecution",
      "Ch Supt Public Protection", "Off track", D(2023, 3, 31), None,
      "The Force Executive Team agreed on 25 July that we would risk-assess all DA incidents.",
      [("ef16_0", "closeable_local", "Domestic abuse cause of concern (PEEL effectiveness 2016); HMICFRS Superseded, force Off track: close locally.")]),
    R(37, ["ef16_1"], "num", "PEEL Eff 16", "Rec",
      "Increase use of arrest, ancillary orders & other powers for DA victims",
      "Ch Supt Public Protection", "Closed", D(2018, 3, 31), None, "",
      [("ef16_1", "in_sync", "Arrest/ancillary orders item; HMICFRS Superseded, force Closed: both closed.")]),
    R(38, ["ef16_2"], "num", "PEEL Eff 16", "Rec",
      "Understand & address why such a high proportion of DA victims do not support the investigation",
      "Ch Supt Public Protection", "Complete", D(2018, 3, 31), None, "",
      [("ef16_2", "in_sync", "Victim-support item; HMICFRS Superseded, force Complete: both closed.")]),
    R(39, ["ef16_4"], "num", "PEEL Eff 16", "CoC",
      "Missing & absent children – risk assessment inappropriate in some cases (absent vs missing, risk graded too low, CSE info not influencing risk)",
      "Ch Supt Public Protection", "Closed", D(2018, 3, 31), None, "",
      [("ef16_4", "in_sync", "Missing children cause of concern; HMICFRS Complete, force Closed.")]),
    R(40, ["ef16_5"], "num", "PEEL Eff 16", "Rec",
      "Review approach to missing children: call takers use missing/absent category appropriately; call takers & frontline identify CSE risk factors; supervisors oversee missing enquiries",
      "Ch Supt Public Protection", "Slipping", D(2024, 12, 31), None,
      "Missing persons policy rewrite with L&D.",
      [("ef16_5", "closeable_local", "Missing children recommendation (all three bullets in short form); HMICFRS Complete, force Slipping: close locally.")]),
    R("41a", ["cdi17_0"], "num", "CDI 2017", "Rec",
      "Within 6 months arrangements so that: victims are believed at point of report; call handler/caller conversations summarised accurately in incident log",
      "Force Crime Registrar", "Complete", D(2018, 3, 31), None, "",
      [("cdi17_0", "closeable_submit", "Rows 41a-41c split the CDI 2017 'arrangements to ensure that' item by bullets (same ref). All three parts Complete; HMICFRS Being progressed: submit.")]),
    R("41b", ["cdi17_0"], "num", "CDI 2017", "Rec",
      "(cont) multiple crimes always recorded; stop waiting for medical exam / video interview results before crime-recording decisions",
      "Force Crime Registrar", "Complete", D(2018, 3, 31), None, "",
      [("cdi17_0", "closeable_submit", "Second part of the split CDI item (bullets 3 and 4); all parts Complete, HMICFRS open: submit.")]),
    R("41c", ["cdi17_0"], "num", "CDI 2017", "Rec",
      "(cont) online crime reports triaged at point of receipt so ongoing risks to victim/public identified & managed",
      "Force Crime Registrar", "Complete", D(2018, 3, 31), None,
      "Completed. Evidence submitted to HMICFRS for closure.",
      [("cdi17_0", "closeable_submit", "Third part of the split CDI item (bullet 5); all parts Complete, HMICFRS open: submit.")]),
    R(42, ["pe17_0"], "typo", "PEEL Efficiency 2017", "AFI", CONTROL_ROOM,
      "Supt Contact Centre", "On track", D(2025, 3, 31), None,
      "Control room resourcing model reviewed; wellbeing survey Dec 24.",
      [("pe17_0", "conflict", "Text is the control-room AFI word for word and the report agrees, but the ref typed on the tracker has two digits transposed and names no item on the list: the reference disagrees. Both open.")]),
    R(43, ["pl17_0"], "num", "PEEL Legitimacy 2017", "Rec",
      "Ensure all staff have at least lowest level of vetting clearance ASAP – clear backlog & renewals, comply with national vetting guidelines",
      "Head of Professional Standards", "Off track", D(2024, 9, 30), None,
      "Backlog 212 at 31/10/24.",
      [("pl17_0", "in_sync", "Vetting clearance item; HMICFRS Being progressed, force Off track: both open.")]),
    R(44, ["p1819_0"], "num", "PEEL 18/19", "Rec",
      "Review officers' capabilities & capacity to manage investigative workload (understand investigative demand & pressures)",
      "Det Ch Supt Force CID", "On track", D(2025, 3, 31), None, "",
      [("p1819_0", "in_sync", "Investigative workload review (PEEL 2018/19); both open.")]),
    R(45, ["p1819_1"], "num", "PEEL 18/19", "Rec",
      "Review, with partners, our approach to vulnerability to better safeguard vulnerable people",
      "Ch Supt Public Protection", "Complete", D(2024, 6, 30), None,
      "Ready to move to GREEN status.",
      [("p1819_1", "closeable_submit", "Vulnerability review with partners; HMICFRS Being progressed, force Complete: submit.")]),
    R(46, ["p1819_2"], "num", "PEEL 18/19", "Rec",
      "Expand skills project to assess all skills (not only operational) incl future skills – to inform workforce plans",
      "Director of People", "Complete", D(2020, 3, 31), None, "",
      [("p1819_2", "in_sync", "Skills project item; HMICFRS Complete, force Complete.")]),
    R(47, ["p1819_3"], "num", "PEEL 18/19", "Rec",
      "Agree arrangements with Warwickshire for a smooth transition to future operating model with no disruption to public services",
      "DCC", "On track ", D(2025, 3, 31), None, "",
      [("p1819_3", "closeable_local", "Warwickshire transition item; HMICFRS Complete, force 'On track ' (trailing space, still open): close locally.")]),
    R(48, ["p1819_4"], "num", "PEEL 18/19", "Rec",
      "Clearly define new operating model – all operational & support services affordable and fit to protect the communities of West Mercia",
      "DCC", "On track", D(2025, 3, 31), None, "",
      [("p1819_4", "in_sync", "Operating model item; both open.")]),
    R(49, ["p1819_6"], "num", "PEEL 18/19", "Rec",
      "Within 12 months ensure regular & active supervision of the quality and progress of investigations – supervision properly recorded",
      "Det Ch Supt Force CID", "Slipping", D(2025, 3, 31), None,
      "Investigation standards audit shows 61% compliance.",
      [("p1819_6", "conflict", "Ref and text match the supervision of investigations item (PEEL 2018/19), but the tracker says 'Within 12 months' where HMICFRS says 'within six months': timescale disagrees. Both open.")]),
    R(50, ["p1819_7"], "num", "PEEL 18/19", "CoC",
      "Alliance with Warwickshire ending – no suitable arrangements to maintain full range of public services; gaps in workforce skills assessment; weaknesses in investigation & safeguarding",
      "DCC", "On track", D(2025, 3, 31), None, "",
      [("p1819_7", "in_sync", "Alliance cause of concern; both open.")]),
    R(51, ["p1819_8"], "num", "PEEL 18/19", "CoC",
      "No capacity/capability to investigate crime effectively – failings in the way crimes are investigated",
      "Det Ch Supt Force CID", "Complete", D(2024, 10, 31), None,
      "Pending sign off by the chief officer lead.",
      [("p1819_8", "closeable_submit", "Investigative capacity cause of concern; HMICFRS Being progressed, force Complete: submit.")]),
    R(52, ["p1819_9"], "num", "PEEL 18/19", "Rec",
      "Within 6 months improve ability to retrieve digital evidence from phones, computers & other devices quickly enough that investigations aren't delayed",
      "Det Ch Supt Force CID", "On track", D(2025, 3, 31), None, "DFU backlog 3 weeks.",
      [("p1819_9", "in_sync", "Digital evidence retrieval item; both open.")]),
    R(53, ["p1819_10"], "num", "PEEL 18/19", "Rec",
      "Within 6 months improve understanding of suspects RUI and management of those on bail",
      "Head of Criminal Justice", "Submitted", D(2024, 9, 30), D(2024, 9, 18),
      "18/09/24 – bail/RUI performance evidence submitted.",
      [("p1819_10", "closeable_submit", "Released under investigation / bail item; HMICFRS Being progressed, force Submitted: chase closure.")]),
    R(54, ["p1819_11"], "num", "PEEL 18/19", "AFI",
      "Improve use of crime recording & management system to better manage case files & investigative processes",
      "Head of Criminal Justice", "Not started", "TBC", None, "",
      [("p1819_11", "in_sync", "Crime-recording system AFI; HMICFRS Awaiting review, force Not started: both open.")]),
    R(55, ["t1"], "num", "PEEL 21/22", "AFI",
      "Improve understanding of the nature & scale of county lines in our area",
      "Head of Intelligence", "On track", D(2025, 3, 31), None, "County lines profile refreshed.",
      [("t1", "in_sync", "County lines AFI (PEEL 2021/22); both open.")]),
    R(56, ["t2"], "num", "PEEL 21/22", "AFI",
      "RASSO investigations allocated to officers with the right skills & effectively supervised",
      "Det Ch Supt Force CID", "Complete", D(2023, 3, 31), None, "",
      [("t2", "in_sync", "RASSO allocation AFI; HMICFRS Complete, force Complete.")]),
    R(57, ["t3"], "num", "PEEL 21/22", "AFI",
      "Victims of stalking & harassment kept informed of the progress of their case (VCOP)",
      "Ch Supt Public Protection", "Complete", D(2024, 3, 31), None, "",
      [("t3", "closeable_submit", "Stalking and harassment victim updates AFI; HMICFRS Being progressed, force Complete: submit.")]),
    R(58, ["t4"], "num", "PEEL 21/22", "AFI",
      "Improve how we gather, assess & act on intel about SOC",
      "Head of Intelligence", "On track", D(2025, 3, 31), None, "",
      [("t4", "in_sync", "SOC intelligence AFI; both open.")]),
    R(59, [], None, "PEEL 21/22", "AFI",
      "Make sure we record reports of anti-social behaviour accurately and without delay",
      "ACC Local Policing", "On track", D(2025, 3, 31), None, "ASB recording audit Q3.",
      [(None, "not_on_hmicfrs_list", "Reads like the PEEL 2021/22 'records reports of … accurately and without delay' AFI, but the topic is anti-social behaviour; the list's item is about hate crime. Different ask, no ref: not on the HMICFRS list (query it).")]),
    R(60, ["t6"], "num", "PEEL 21/22", "AFI",
      "Improve timeliness of response to calls for service involving DA",
      "Supt Contact Centre", None, "TBC", None, "Awaiting allocation.",
      [("t6", "in_sync", "DA call response AFI; status cell left blank with 'Awaiting allocation' in the update, so open; HMICFRS Awaiting review: both open.")]),
    R(61, ["u1"], "num", "PEEL 2023-25", "AFI",
      "Enough specialist capacity & capability to investigate online CSA",
      "Det Ch Supt Force CID", "Not started", D(2025, 9, 30), None, "",
      [("u1", "in_sync", "Online CSA capacity AFI (PEEL 2023-25); both open.")]),
    R(62, ["u2"], "num", "PEEL 2023-25", "AFI",
      "Develop a problem-solving approach to VAWG with communities & partners",
      "ACC Local Policing", "On track", D(2025, 9, 30), None, "",
      [("u2", "in_sync", "VAWG problem-solving AFI; both open.")]),
    R(63, ["u3"], "num", "PEEL 2023-25", "AFI",
      "Officers & staff to have the training they need to identify and respond to people with mental ill health",
      "Head of Learning & Development", "Complete", D(2024, 9, 30), None,
      "Right Care Right Person training delivered to all response officers.",
      [("u3", "closeable_submit", "Mental ill health training AFI; HMICFRS Awaiting review, force Complete: submit.")]),
    R(64, ["u5"], "num", "PEEL 2023-25", "AFI",
      "The force should improve the supervision of investigations, so that investigation plans are set, reviewed and recorded and victims…",
      "Det Ch Supt Force CID", "Not started", D(2025, 9, 30), None, "",
      [("u5", "in_sync", "Supervision of investigations AFI (PEEL 2023-25), text cut off with an ellipsis; ref agrees. Both open. Not to be confused with No. 49, the 2018/19 supervision recommendation.")]),
    R(65, [], None, "Force DA improvement plan", "Local action",
      "Force improvement plan: Dip-sample 50 domestic abuse crime reports each quarter and report findings to the Crime Standards Board",
      "Force Crime Registrar", "On track", D(2025, 3, 31), None, "",
      [(None, "not_on_hmicfrs_list", "The force's own action, no HMICFRS ask behind it: not on the list.")]),
    R(66, [], None, "Internal audit 23/24", "Local action",
      "JAC action: Internal audit of the counter-corruption governance arrangements (audit plan 2023/24)",
      "Head of Professional Standards", "Complete", D(2024, 3, 31), None, "",
      [(None, "not_on_hmicfrs_list", "Internal audit action from the JAC, not an HMICFRS item: not on the list.")]),
    R(67, [], None, "Abuse of position for a sexual purpose 2017", "National rec",
      "Abuse of position for a sexual purpose (HMICFRS national report) – review capability & capacity of CCU, improve IT monitoring, seek intel from orgs supporting vulnerable people",
      "Head of Professional Standards", "Submitted", D(2018, 6, 30), D(2018, 7, 20),
      "Plan assessed by HMICFRS Oct 2017.",
      [(None, "not_on_hmicfrs_list", "No report of that name and no such item on the definitive list (HMICFRS has dropped it or never held it against the force): not on the list, query with HMICFRS.")]),
]

STATUS_KEY = [
    ("Not started", "Owner allocated; no work yet", "#D9D9D9"),
    ("On track", "Work under way; will meet target date", "#FFEB9C"),
    ("Slipping", "Work under way; target date at risk", "#FFC000"),
    ("Off track", "Past target date or cannot be delivered – rationale required", "#FF7C80"),
    ("Complete", "Actions complete, evidence held – ready to submit to HMICFRS", "#C6EFCE"),
    ("Submitted", "Evidence submitted on the HMICFRS portal, awaiting closure", "#9BC2E6"),
    ("Closed", "HMICFRS have closed it on the portal", "#A9D08E"),
    ("N/A", "Not for the force to deliver (national bodies) – ask HMICFRS to close", "#FFFFFF"),
]
LEADS_LIST = ["ACC Crime", "ACC Local Policing", "DCC", "Det Ch Supt Force CID",
              "Ch Supt Public Protection", "Ch Insp Stop & Search", "Supt Contact Centre",
              "Supt Firearms Licensing", "Supt Neighbourhoods", "Force Crime Registrar",
              "Head of Intelligence", "Head of Criminal Justice", "Head of Professional Standards",
              "Head of Information Management", "Head of Learning & Development",
              "Head of Corporate Development", "Director of Finance", "Director of People"]


FIXED = dt.datetime(2024, 11, 28, 9, 30, 0)


def props(wb, title, author):
    wb.set_properties({"title": title, "author": author, "company": "West Mercia Police",
                       "created": FIXED, "comments": ""})


def typo_ref(ref, taken):
    s = str(ref)
    for i in range(len(s) - 1):
        t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        if t != s and t[0] != "0" and int(t) not in taken:
            return int(t)
    raise ValueError(ref)


def build():
    os.makedirs(OUT, exist_ok=True)
    items = hmicfrs_items()
    by_key = {it["key"]: it for it in items}
    taken = {it["ref"] for it in items}

    # ---------------- HMICFRS side: the register's ordinary export ----------------
    wb = xlsxwriter.Workbook(os.path.join(OUT, "hmicfrs.xlsx"))
    props(wb, "Definitive list – West Mercia Police", "HMICFRS")
    ws = wb.add_worksheet("Recommendations")
    hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF",
                         "text_wrap": True, "valign": "top"})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    dfmt = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
    heads = ["Recommendation ID", "Force", "Report title", "Publication date", "Type",
             "Recommendation text", "Status", "Status date"]
    for c, h in enumerate(heads):
        ws.write(0, c, h, hdr)
    for r, it in enumerate(items, start=1):
        it["row"] = r + 1
        ws.write_number(r, 0, it["ref"], wrap)
        ws.write_string(r, 1, FORCE, wrap)
        ws.write_string(r, 2, it["report"], wrap)
        ws.write_datetime(r, 3, dt.datetime.combine(it["pub"], dt.time()), dfmt)
        ws.write_string(r, 4, it["type"], wrap)
        ws.write_string(r, 5, it["text"], wrap)
        ws.write_string(r, 6, it["status"], wrap)
        ws.write_datetime(r, 7, dt.datetime.combine(it["status_date"], dt.time()), dfmt)
    for c, w in enumerate([12, 18, 40, 12, 22, 90, 18, 12]):
        ws.set_column(c, c, w)
    ws.autofilter(0, 0, len(items), len(heads) - 1)
    ws.freeze_panes(1, 0)
    wb.close()

    # ---------------- force side: the tracker with its key panel ----------------
    wb = xlsxwriter.Workbook(os.path.join(OUT, "tracker.xlsx"))
    props(wb, "HMICFRS Tracker v14", "J Thomas")
    ws = wb.add_worksheet("HMICFRS Tracker")
    lists = wb.add_worksheet("Lists")
    title = wb.add_format({"bold": True, "font_size": 14})
    sub = wb.add_format({"italic": True, "font_color": "#595959"})
    hdr = wb.add_format({"bold": True, "bg_color": "#203764", "font_color": "#FFFFFF",
                         "text_wrap": True, "valign": "top", "border": 1})
    cell = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    yellow = wb.add_format({"text_wrap": True, "valign": "top", "border": 1,
                            "bg_color": "#FFF2CC"})
    dcell = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    dyellow = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1,
                             "bg_color": "#FFF2CC"})
    endf = wb.add_format({"bold": True, "font_color": "#C00000", "italic": True})
    pbold = wb.add_format({"bold": True, "bottom": 1})
    pnote = wb.add_format({"text_wrap": True, "valign": "top", "font_size": 9})

    ws.merge_range(0, 0, 0, 9, "West Mercia Police – HMICFRS Recommendations, Causes of Concern "
                   "& AFIs Tracker", title)
    ws.write(1, 0, "Strategic Planning & Insight (Risk and Organisational Learning). Version 14 "
             "for Joint Audit Committee 12 December 2024. OFFICIAL-SENSITIVE", sub)
    heads = ["No.", "HMICFRS Ref", "Report", "Type", "Recommendation / AFI (summary)", "Lead",
             "Latest update", "Status", "Target date", "Date submitted to HMICFRS"]
    HR = 3  # zero-based: Excel row 4
    for c, h in enumerate(heads):
        ws.write(HR, c, h, hdr)

    r = HR + 1
    truth = []
    status_counts = {}
    n_text = 0
    for fr in FORCE_ROWS:
        if fr == "BLANK":
            r += 1
            continue
        fr["row"] = r + 1
        ws.write(r, 0, fr["no"], cell) if isinstance(fr["no"], str) else ws.write_number(r, 0, fr["no"], cell)
        ref = fr["ref"]
        if ref == "num":
            ws.write_number(r, 1, by_key[fr["keys"][0]]["ref"], cell)
        elif ref == "txt":
            ws.write_string(r, 1, f"Ref {by_key[fr['keys'][0]]['ref']}", cell)
        elif ref == "typo":
            ws.write_number(r, 1, typo_ref(by_key[fr["keys"][0]]["ref"], taken), cell)
        elif ref == "combo":
            ws.write_string(r, 1, " / ".join(str(by_key[k]["ref"]) for k in fr["keys"]), cell)
        else:
            ws.write_blank(r, 1, None, cell)
        ws.write_string(r, 2, fr["report"], cell)
        ws.write_string(r, 3, fr["type"], cell)
        ws.write_string(r, 4, fr["text"], cell)
        n_text += 1
        if fr["lead"]:
            ws.write_string(r, 5, fr["lead"], cell)
        else:
            ws.write_blank(r, 5, None, cell)
        if fr["update"]:
            ws.write_string(r, 6, fr["update"], yellow)
        else:
            ws.write_blank(r, 6, None, yellow)
        if fr["status"] is not None:
            ws.write_string(r, 7, fr["status"], yellow)
            status_counts[fr["status"].lower()] = status_counts.get(fr["status"].lower(), 0) + 1
        else:
            ws.write_blank(r, 7, None, yellow)
        t = fr["target"]
        if isinstance(t, dt.date):
            ws.write_datetime(r, 8, dt.datetime.combine(t, dt.time()), dyellow)
        elif t:
            ws.write_string(r, 8, t, yellow)
        else:
            ws.write_blank(r, 8, None, yellow)
        s = fr["submitted"]
        if s:
            ws.write_datetime(r, 9, dt.datetime.combine(s, dt.time()), dyellow)
        else:
            ws.write_blank(r, 9, None, yellow)
        for key, cat, why in fr["truth"]:
            truth.append((by_key[key]["row"] if key else None, fr["row"], cat, why, key))
        r += 1
    last_item_row = r  # zero-based index of the row after the last item
    ws.write(r, 0, "END OF LIST – insert new rows above this line", endf)
    end_row_excel = r + 1

    # Status column: data validation from the Lists sheet and conditional fills.
    ws.data_validation(HR + 1, 7, 199, 7, {"validate": "list", "source": "=Lists!$A$2:$A$9",
                                            "error_type": "warning"})
    for word, _, colour in STATUS_KEY:
        ws.conditional_format(HR + 1, 7, 199, 7, {
            "type": "cell", "criteria": "==", "value": f'"{word}"',
            "format": wb.add_format({"bg_color": colour})})

    # The panel to the right: key, formula summary, instructions, version history, a note.
    L, M = 11, 12
    ws.write(HR, L, "KEY – Status", pbold)
    ws.write(HR, M, "What it means", pbold)
    for i, (word, meaning, colour) in enumerate(STATUS_KEY):
        ws.write(HR + 1 + i, L, word, wb.add_format({"bg_color": colour, "border": 1}))
        ws.write(HR + 1 + i, M, meaning, pnote)
    srow = HR + 1 + len(STATUS_KEY) + 1  # one blank row
    ws.write(srow, L, "SUMMARY (formulas – do not overwrite)", pbold)
    sum_rows = []
    for i, (word, _, colour) in enumerate(STATUS_KEY):
        rr = srow + 1 + i
        ws.write(rr, L, word)
        n = status_counts.get(word.lower(), 0)
        ws.write_formula(rr, M, f'=COUNTIF($H$5:$H$200,L{rr + 1})', None, n)
        sum_rows.append(rr)
    counted = sum(status_counts.get(w.lower(), 0) for w, _, _ in STATUS_KEY)
    rr = srow + 1 + len(STATUS_KEY)
    ws.write(rr, L, "Blank / other")
    ws.write_formula(rr, M, f"=COUNTA($E$5:$E$200)-SUM(M{sum_rows[0] + 1}:M{sum_rows[-1] + 1})",
                     None, n_text - counted)
    ws.write(rr + 1, L, "Total items", wb.add_format({"bold": True, "top": 1}))
    ws.write_formula(rr + 1, M, "=COUNTA($E$5:$E$200)", wb.add_format({"bold": True, "top": 1}),
                     n_text)
    hrow = rr + 3
    ws.write(hrow, L, "HOW TO UPDATE", pbold)
    howto = [
        "1. Only update the yellow columns (G to J).",
        "2. Pick the Status from the drop-down – see KEY above.",
        "3. Do not delete rows. When HMICFRS close an item, change Status to Closed.",
        "4. Put the date first in Latest update, newest at the top.",
        "5. Send evidence to the Risk & OL inbox before marking Complete.",
    ]
    for i, line in enumerate(howto):
        ws.write(hrow + 1 + i, L, line, pnote)
    vrow = hrow + 1 + len(howto) + 1
    ws.write(vrow, L, "VERSION HISTORY", pbold)
    versions = [
        ("v12", "05/06/2024", "PEEL 2023-25 AFIs added (JT)"),
        ("v13", "09/09/2024", "Leads updated after restructure (JT)"),
        ("v14", "28/11/2024", "Updates for JAC 12/12/24; duplicate row under No. 35 cleared (KH)"),
    ]
    for i, (v, d, what) in enumerate(versions):
        ws.write(vrow + 1 + i, L, v)
        ws.write(vrow + 1 + i, M, f"{d} – {what}", pnote)
    nrow = vrow + 1 + len(versions) + 1
    ws.write(nrow, L, "NB", pbold)
    ws.write(nrow, M, "41a–41c is one CDI rec split by bullet – all three must be Complete "
                      "before we submit. Same for 16a/16b and 17a/17b.", pnote)
    panel_last = nrow + 1

    for c, w in enumerate([6, 11, 22, 11, 70, 24, 45, 12, 12, 13, 2, 24, 48]):
        ws.set_column(c, c, w)
    ws.freeze_panes(HR + 1, 0)
    ws.autofilter(HR, 0, last_item_row - 1, 9)

    lists.write(0, 0, "Status", pbold)
    for i, (word, _, _) in enumerate(STATUS_KEY):
        lists.write(1 + i, 0, word)
    lists.write(0, 1, "Type", pbold)
    for i, t in enumerate(["Rec", "AFI", "CoC", "National rec", "Local action"]):
        lists.write(1 + i, 1, t)
    lists.write(0, 2, "Lead", pbold)
    for i, t in enumerate(LEADS_LIST):
        lists.write(1 + i, 2, t)
    lists.set_column(0, 2, 30)
    wb.close()

    # ---------------- truth ----------------
    keys_in_force = {t[4] for t in truth if t[4]}
    for it in items:
        if it["key"] not in keys_in_force:
            cat = "missing_from_force"
            truth.append((it["row"], None, cat, MISSING_WHY[it["key"]], it["key"]))
    truth.sort(key=lambda t: (t[0] if t[0] is not None else 10_000, t[1] or 0))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for hrow_, frow, cat, why, _ in truth:
        w.writerow([f"Recommendations!{hrow_}" if hrow_ else "",
                    f"HMICFRS Tracker!{frow}" if frow else "", cat, why])
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    counts = {}
    for t in truth:
        counts[t[2]] = counts.get(t[2], 0) + 1
    blank_row = next(fr_prev["row"] + 1 for fr_prev, fr in zip(FORCE_ROWS, FORCE_ROWS[1:])
                     if fr == "BLANK")
    info = dict(n_h=len(items), n_f=sum(1 for fr in FORCE_ROWS if fr != "BLANK"),
                first=HR + 2, last=last_item_row, end=end_row_excel, blank=blank_row,
                panel_last=panel_last, counts=counts, n_truth=len(truth),
                h_last=len(items) + 1, by_key=by_key)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(info))
    return info


MISSING_WHY = {
    "austerity_2": "Policing in austerity front-line workforce item: no tracker row carries it (tracker Nos. 5-7 are the other three austerity items). Missing from the force (HMICFRS has it as No further action required).",
    "stolen_6": "Stolen freedom preventative-powers item: no tracker row mentions preventative powers / restricting activities. Missing from the force.",
    "powers_4": "Use-of-force internal monitoring item (Police powers 2021): not on the tracker. Missing from the force.",
    "ef16_3": "PEEL effectiveness 2016 'telephone risk assessments / resolution centre should cease' item: not on the tracker. Missing from the force.",
    "p1819_5": "PEEL 2018/19 public consultation on business planning item: not on the tracker. Missing from the force.",
    "t5": "PEEL 2021/22 hate crime recording AFI: the tracker's No. 59 is about anti-social behaviour, not hate crime. Missing from the force.",
    "u4": "PEEL 2023-25 neighbourhood crime performance framework AFI: not on the tracker. Missing from the force.",
}


def readme(info):
    c = info["counts"]
    order = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
             "not_on_hmicfrs_list", "review"]
    counts = "\n".join(f"| `{k}` | {c.get(k, 0)} |" for k in order)
    return f"""# Case `{CASE}` (round 96, case C)

## The story

West Mercia Police's Risk and Organisational Learning team (Strategic Planning & Insight) keeps
one Excel workbook of every HMICFRS recommendation, cause of concern and area for improvement it
tracks, and sends "v14" of it to the Joint Audit Committee of 12 December 2024. The analyst who
built the template put a **status key, a formula summary, "how to update" instructions, the
version history and a note to owners in a panel to the right of the table** (columns L:M, after
a narrow blank spacer column K) so that owners who open the file see the key beside the rows
they are editing. The panel starts on the header row and runs down beside item rows 5–38. This is how many hand-kept trackers look; a reader that takes every non-empty cell of a
row as part of the record, or maps a header with "Status" in it, meets the panel on item rows.
HMICFRS has just sent its definitive list ({info['n_h']} items). Force, owners, statuses and dates
after publication are invented; every HMICFRS text is real public wording (Open Government
Licence) copied from the project's lists.

## The files

- `hmicfrs.xlsx` – the register's ordinary export. One sheet `Recommendations`; header row 1;
  item rows 2–{info['h_last']} ({info['n_h']} items, one per row, sorted by publication date). Columns:
  `Recommendation ID` (integer), `Force`, `Report title`, `Publication date` (date),
  `Type` (Recommendation / Area for improvement / Cause of concern / National recommendation),
  `Recommendation text` (real wording, curly quotes, bullets and stray footnote digits kept),
  `Status` (Awaiting review, Being progressed, Complete, Superseded, No further action required),
  `Status date`. Autofilter, frozen header.
- `tracker.xlsx` – two sheets.
  - `HMICFRS Tracker`: title in A1 (merged A1:J1), a subtitle in A2, row 3 empty, **header row 4**
    (`No.`, `HMICFRS Ref`, `Report`, `Type`, `Recommendation / AFI (summary)`, `Lead`,
    `Latest update`, `Status`, `Target date`, `Date submitted to HMICFRS`), item rows
    {info['first']}–{info['last']} ({info['n_f']} items; row {info['blank']} empty), and in row {info['end']}
    "END OF LIST – insert new rows above this line" in column A. Columns G–J are shaded yellow
    ("owners update these"). Status has a drop-down (data validation, warning only) from
    `Lists!A2:A9` and conditional fills. Frozen panes below row 4; autofilter A4:J{info['last']}.
  - The panel, same sheet, columns L:M, rows 4–{info['panel_last']}: L4 "KEY – Status" / M4 "What it means"
    on the header row; L5:M12 the eight status words with their meanings and fills; L14
    "SUMMARY (formulas – do not overwrite)"; L15:M22 `=COUNTIF($H$5:$H$200,L15)`… with cached
    values; L23 "Blank / other" and L24 "Total items" (formulas); L26 "HOW TO UPDATE" and five
    numbered instructions L27:L31; L33 "VERSION HISTORY" with v12–v14 in L34:M36; L38 "NB" with
    a note on the split rows.
  - `Lists`: the drop-down sources (Status A2:A9, Type B2:B6, Lead C2:C19) under a header row.
    No items.
- `truth.csv` – `hmicfrs_row,force_row,category,why`, {info['n_truth']} lines. Provenance is
  `Recommendations!N` and `HMICFRS Tracker!N`, N the row Excel shows.

## What the layout brings

1. **Panel beside the items.** Rows 4–{info['panel_last']} of the tracker have text in L:M as well as in A:J.
   Row 4 holds "KEY – Status" next to the real `Status` header (H4); rows 5–12 hold status words
   (Not started … N/A) in column L on the same rows as items 1–8, whose real statuses are in H.
   L15:L22 repeat the status words again, M15:M24 hold numbers (formula results), L27:L31
   sentences, L34:M36 version lines, M38 a note. None of it belongs to the item on that row.
2. **Header not on row 1**: title, subtitle and an empty row above; the `Lists` sheet has a
   header-like row 1 and value lists but no items.
3. **The force's own vocabulary**, given in its key: done = Complete, Submitted, Closed, N/A
   ("Not for the force to deliver … ask HMICFRS to close"); open = Not started, On track,
   Slipping, Off track. Typed variants on item rows: `complete` (row 13), `On Track` (row 24),
   `On track ` with a trailing space (row 56), an empty status with "Awaiting allocation." in the
   update (row 69). The formula summary's cached "Blank / other" is 2 because of rows 56 and 69.
4. **HMICFRS Ref column** as numbers, as `Ref NNNN` (row 13), two refs in one cell
   `NNNN / NNNN` (row 7), empty on some rows (6, 11, 25, 34, 68, 74–76) and one with two digits
   transposed (row 51) that names no item on the list. `No.` is the tracker's running number
   (16a/16b, 17a/17b, 41a–41c for split items), not an HMICFRS reference.
5. **Split and combined rows**: 16a/16b (rows 20–21), 17a/17b (22–23), 41a–41c (48–50) split
   one HMICFRS item each; row 7 holds two items (the 2013 and 2015 "explain stop and search to
   the public" recommendations).
6. **Non-items**: rows 1–4, row {info['blank']} (empty, "duplicate row cleared" in the version
   history), row {info['end']} (END OF LIST), the whole panel, the `Lists` sheet.

## Traps and how the truth decides them

- Panel words on item rows (e.g. L9 "Complete" beside item 5 whose status is "On track"): the
  item's status is column H only.
- Split items: an item is done only when every part is. 16a Complete + 16b Slipping → open →
  `in_sync` with HMICFRS Being progressed (both lines). 17a/17b and 41a–41c all Complete with
  HMICFRS Being progressed → `closeable_submit` on every line.
- Combined row 7: two lines; 2013 item Complete at HMICFRS → `in_sync`; 2015 item Being
  progressed → `closeable_submit`.
- Conflicts decided by eye: missing 4th bullet of the Everyone's business action plan (row 8);
  "less than 20%" vs "10%" (row 10); "Within 6 months" vs "three months" (row 17); report filed
  as "PEEL Efficiency 2016" for the 2017 national digital recommendation (row 29); a national
  cause of concern typed "AFI" (row 30); "By July 2021" vs "By July 2022" (row 35); the BWV
  recommendation without its third part (row 37, force Complete – the missing part wins);
  transposed ref on the verbatim control-room AFI (row 51); "Within 12 months" vs "within six
  months" (row 58).
- N/A on the Home Office/NPCC data item (row 38) is a done state per the key → HMICFRS open →
  `closeable_submit`.
- Look-alike formulaic PEEL AFI: row 68 "record reports of anti-social behaviour accurately and
  without delay" vs the list's hate crime AFI → different topic: `not_on_hmicfrs_list` for the
  row, `missing_from_force` for the hate crime item.
- Two "supervision of investigations" items (2018/19 recommendation with "within six months";
  2023-25 AFI); row 58 pairs with the 2018/19 one (ref, timescale wording), row 73 (text cut
  with "…") with the 2023-25 one (ref).
- Closed at HMICFRS (Complete / Superseded / No further action required) but open on the
  tracker → `closeable_local` (rows 6, 9, 28, 39, 43, 47, 56).
- Force-only rows 74–76 (two local actions, one "Abuse of position" item HMICFRS no longer
  holds) → `not_on_hmicfrs_list`.
- No `review` lines: every pair can be decided from the two rows.

## Counts per category (truth lines)

| category | lines |
| --- | --- |
{counts}

{info['n_h']} HMICFRS items (all appear at least once); {info['n_f']} tracker item rows (all appear,
row 7 twice).

## Rows that are not items

- `HMICFRS Tracker!1` title, `!2` subtitle, `!3` empty, `!4` header row; `!{info['blank']}` empty row
  (cleared duplicate); `!{info['end']}` "END OF LIST" marker; columns L:M of rows 4–{info['panel_last']}
  (status key, formula summary, instructions, version history, note) – a panel, not items,
  although it shares rows 5–38 with items.
- `Lists!1`–`Lists!19`: drop-down source lists.
- `Recommendations!1`: header.

## Checks run

- Every tracker row with text in E (rows {info['first']}–{info['last']} except {info['blank']}) is in
  truth.csv (row 7 twice, once per item); every HMICFRS row 2–{info['h_last']} is in truth.csv at
  least once; split rows share one `hmicfrs_row`; categories from the allowed set.
- Both workbooks read back with pandas (`header=3` for the tracker) and openpyxl; formula
  cells carry cached values (openpyxl `data_only=True` sees the counts).
- Built twice: every file identical byte for byte (fixed seed, fixed document properties,
  XlsxWriter's fixed zip timestamps, no clock).
- `reconcile` was not run or imported.
"""


if __name__ == "__main__":
    build()
