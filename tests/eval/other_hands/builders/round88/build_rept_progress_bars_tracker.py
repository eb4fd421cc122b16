"""Build case 'rept_progress_bars_tracker' (round 88, case A).

West Midlands Police: the Organisational Learning team's HMICFRS tracker shows progress only as a
text bar built in the master workbook with REPT() off a hidden '% complete' column; the JAC copy
was pasted as values and the % column deleted.  Run with /work/main/.venv/bin/python.
Deterministic: no clock, fixed document properties, XlsxWriter's fixed zip timestamps.
"""
import csv
import datetime as dt
import fnmatch
import os

import xlsxwriter

CASE = "rept_progress_bars_tracker"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), CASE)
os.makedirs(OUT, exist_ok=True)
PROPS_DATE = dt.datetime(2024, 3, 4, 9, 0, 0)

# ---------------------------------------------------------------- HMICFRS texts (OGL, verbatim)
NAT = "National recommendation"; REC = "Recommendation"; AFI = "Area for improvement"; COC = "Cause of concern"
R_SAS13 = ("Stop and search powers: Are the police using them effectively and fairly?", dt.date(2013, 7, 9))
R_EVERY = ("Everyone's business: Improving the police response to domestic abuse", dt.date(2014, 3, 27))
R_AUST = ("Policing in austerity: Meeting the challenge", dt.date(2014, 7, 22))
R_CORE = ("Core Business: an inspection into crime prevention, police attendance and the use of police time", dt.date(2014, 9, 4))
R_INTEG = ("Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing", dt.date(2015, 1, 30))
R_SAS15 = ("Stop and search powers 2: are the police using them effectively and fairly?", dt.date(2015, 3, 24))
R_PIC = ("Building the picture: an inspection of police information management", dt.date(2015, 7, 1))
R_FIRE = ("Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales", dt.date(2015, 9, 15))
R_STOLEN = ("Stolen freedom: the policing response to modern slavery and human trafficking", dt.date(2017, 10, 24))
R_EFC17 = ("PEEL: Police efficiency 2017 (national overview)", dt.date(2017, 11, 9))
R_LEG17 = ("PEEL: Police legitimacy 2017 (national overview)", dt.date(2017, 12, 12))
R_POWERS = ("Disproportionate use of police powers: A spotlight on stop and search and the use of force", dt.date(2021, 2, 26))
R_EFF15 = ("PEEL: Police efficiency 2015 – West Midlands Police", dt.date(2015, 10, 22))
R_EFF16 = ("PEEL: Police effectiveness 2016 – West Midlands Police", dt.date(2017, 3, 2))
R_CDI17 = ("Crime data integrity inspection 2017 – West Midlands Police", dt.date(2017, 2, 9))
R_NCPI17 = ("National child protection inspection 2017 – West Midlands Police", dt.date(2017, 11, 24))
R_PEEL19 = ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Midlands Police", dt.date(2019, 5, 14))
R_VET19 = ("Vetting inspection 2019 – West Midlands Police", dt.date(2019, 5, 2))

SF_LEADERSHIP = (
    "Within twelve months, forces should review their leadership and governance arrangements "
    "for modern slavery and human trafficking, to ensure that:\n"
    "• senior leaders prioritise the response to modern slavery and human trafficking;\n"
    "• every incident of modern slavery identified to police is allocated appropriate "
    "resources with the skills, experience and capacity to investigate it effectively;\n"
    "• forces develop effective partnership arrangements to co-ordinate activity in order to "
    "share information and safeguard victims; and\n"
    "• performance and quality assurance measures are in place to allow senior leaders to "
    "assess the nature and quality of the service provided to victims.")
SAS_MONITORING_2017 = (
    "By July 2018, all police forces across England and Wales should be regularly and "
    "frequently monitoring a comprehensive set of data and information on use of stop and "
    "search powers to understand:\n"
    "•the reasons for any disproportionate representation of different ethnic groups in the "
    "use of stop and search; •the extent to which find rates differ between people from "
    "different ethnicities, and across different types of searches (including separate "
    "identification of find rates for drug possession and supply-type offences); and •the "
    "prevalence of possession-only drug searches, and the extent to which these align with "
    "local or force level priorities.")
BWV_2021 = (
    "By September 2021, forces should: ensure that officers record on body-worn video (when "
    "this is available) the entirety of all stop and search encounters, including traffic "
    "stops and use of force incidents.\n"
    "have a structured process for regularly reviewing and monitoring internally a sufficient "
    "sample of body-worn video footage to identify and disseminate learning and hold officers "
    "to account when behaviour falls below acceptable standards.\n"
    "provide external scrutiny panel members with access to samples of body-worn video footage "
    "showing stop and search encounters and use of force incidents, taking account of the "
    "safeguards in the College of Policing’s Authorised Professional Practice.")
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
    "scrutiny panels and MARAC self-assessments.")
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
    "to the victim or the wider public are identified and appropriately managed.")
MISSING_COC = (
    "The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found that the assessment of risk for children who go missing from home was inappropriate in some cases. We found some instances where children were classed as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing children were sometimes incorrectly assessed at a lower grade. We also found incidents where the risk had not been identified, even where good information was available on the police database. In some cases there was information to indicate that children were at risk of sexual exploitation, but this did not influence the assigned risk and categorisation. Children were incorrectly graded at a lower level and could have been exposed to an increased risk of harm. This is an enduring cause of concern from HMIC’s report on vulnerability in 2015.")
MISSING_REC = (
    "To address this cause of concern the force should immediately review its approach to reports of missing children and take steps to ensure that:\n• call takers understand and use the missing and absent category appropriately; • call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and • supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action")
DASH_COC = (
    "The force's response to domestic abuse is a cause of concern to HMIC. The force policy "
    "which allows an officer discretion to complete a DASH risk assessment in some crimes and "
    "incidents does not provide confidence that risk is always assessed appropriately. In "
    "cases where a DASH risk assessment is not completed the officer should record an "
    "assessment on the crime management system. HMIC found that officers are not consistently "
    "completing a DASH in circumstances where force policy requires that they should do so. "
    "This means that some victims of domestic abuse who may be at risk of harm are not being "
    "appropriately risk-assessed.")
NCPI = (
    "Within six months West Midlands Police should, in conjunction with children’s social care services, review how it manages the detention of children. As a minimum it should:• ensure that all children are only detained when absolutely necessary and for the absolute minimum amount of time;• ensure that officers and staff in the custody suite assess at an early stage a child’s need for alternative accommodation (secure or otherwise) and work with children’s social care services to achieve the most appropriate option for the child;• ensure that custody staff comply with their statutory duties to complete detention certificates if a child is detained for any reason in police custody following charge;• ensure that custody staff make a record of all actions taken and decisions made on the relevant documentation; and• improve the timeliness of adequate appropriate adult support for children who are arrested.")

# key, ref, report, type, text, status, status date
H = [
 ("n1", 3311, R_SAS13, NAT, "Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.", "Awaiting review", dt.date(2013, 7, 9)),
 ("n2", 3312, R_SAS13, NAT, "Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.", "Complete", dt.date(2016, 4, 18)),
 ("n3", 3313, R_SAS13, NAT, "Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people.", "Complete", dt.date(2017, 1, 12)),
 ("n4", 2321, R_EVERY, NAT, EVERYONE_PLAN, "Being progressed", dt.date(2018, 2, 27)),
 ("n5", 4407, R_AUST, NAT, "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews", "Superseded", dt.date(2017, 11, 9)),
 ("n6", 4408, R_AUST, NAT, "Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn.", "No further action required", dt.date(2015, 3, 3)),
 ("n7", 4409, R_AUST, NAT, "Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn.", "Complete", dt.date(2015, 3, 3)),
 ("n8", 4410, R_AUST, NAT, "In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector.", "Being progressed", dt.date(2016, 6, 1)),
 ("n9", 4822, R_CORE, NAT, "Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.", "Awaiting review", dt.date(2014, 9, 4)),
 ("n10", 4823, R_CORE, NAT, "By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.", "Being progressed", dt.date(2015, 6, 30)),
 ("n11", 902, R_INTEG, NAT, "By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.", "Complete", dt.date(2016, 2, 8)),
 ("n12", 5140, R_SAS15, NAT, "Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.", "Awaiting review", dt.date(2015, 3, 24)),
 ("n13", 5388, R_PIC, NAT, "By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted.", "Being progressed", dt.date(2017, 5, 10)),
 ("n14", 5602, R_FIRE, NAT, "Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.", "Complete", dt.date(2016, 9, 2)),
 ("n15", 5603, R_FIRE, NAT, "Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.", "Being progressed", dt.date(2017, 8, 14)),
 ("n16", 5604, R_FIRE, NAT, "Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.", "Awaiting review", dt.date(2015, 9, 15)),
 ("n17", 5605, R_FIRE, NAT, "Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.", "Being progressed", dt.date(2017, 8, 14)),
 ("n18", 5606, R_FIRE, NAT, "Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.", "Awaiting review", dt.date(2015, 9, 15)),
 ("n19", 8120, R_STOLEN, NAT, SF_LEADERSHIP, "Being progressed", dt.date(2018, 6, 21)),
 ("n20", 8121, R_STOLEN, NAT, "Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible", "Being progressed", dt.date(2018, 6, 21)),
 ("n21", 8122, R_STOLEN, NAT, "Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.", "Awaiting review", dt.date(2017, 10, 24)),
 ("n22", 8123, R_STOLEN, NAT, "Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.", "Being progressed", dt.date(2018, 6, 21)),
 ("n23", 8124, R_STOLEN, NAT, "Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.", "Complete", dt.date(2019, 1, 30)),
 ("n24", 8125, R_STOLEN, NAT, "Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas).", "Being progressed", dt.date(2018, 6, 21)),
 ("n25", 8126, R_STOLEN, NAT, "Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.", "Awaiting review", dt.date(2017, 10, 24)),
 ("n26", 8402, R_EFC17, NAT, "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries.", "Being progressed", dt.date(2018, 10, 3)),
 ("n27", 8541, R_LEG17, COC, "HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.", "Being progressed", dt.date(2018, 7, 31)),
 ("n28", 8542, R_LEG17, NAT, SAS_MONITORING_2017, "Awaiting review", dt.date(2017, 12, 12)),
 ("n29", 8543, R_LEG17, NAT, "Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;", "Being progressed", dt.date(2018, 7, 31)),
 ("n30", 8544, R_LEG17, NAT, "We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.", "Complete", dt.date(2019, 8, 5)),
 ("n31", 8545, R_LEG17, NAT, "By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.", "Being progressed", dt.date(2018, 7, 31)),
 ("n32", 10211, R_POWERS, NAT, "By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.", "Awaiting review", dt.date(2021, 2, 26)),
 ("n33", 10212, R_POWERS, NAT, "By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.", "Being progressed", dt.date(2022, 1, 19)),
 ("n34", 10213, R_POWERS, NAT, BWV_2021, "Being progressed", dt.date(2022, 1, 19)),
 ("n35", 10214, R_POWERS, NAT, "The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.", "Awaiting review", dt.date(2021, 2, 26)),
 ("n36", 10215, R_POWERS, NAT, "By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.", "Being progressed", dt.date(2022, 1, 19)),
 ("f5", 6104, R_EFF15, AFI, "The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public", "Complete", dt.date(2017, 2, 20)),
 ("f6", 6105, R_EFF15, AFI, "The force should develop its understanding of the links between its outcomes, outputs and costs", "Superseded", dt.date(2017, 11, 9)),
 ("f7", 6106, R_EFF15, AFI, "The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.", "Being progressed", dt.date(2018, 3, 5)),
 ("f14", 6989, R_CDI17, REC, CDI_VICTIMS, "Awaiting review", dt.date(2017, 2, 9)),
 ("f1", 7310, R_EFF16, COC, MISSING_COC, "Being progressed", dt.date(2018, 4, 11)),
 ("f2", 7311, R_EFF16, REC, MISSING_REC, "Being progressed", dt.date(2018, 4, 11)),
 ("f3", 7312, R_EFF16, COC, DASH_COC, "Complete", dt.date(2018, 4, 11)),
 ("f4", 7313, R_EFF16, REC, "Within three months, the force should take steps to ensure that there is effective supervision of the initial risk assessment process, specifically in relation to the completion of DASH risk assessment in appropriate cases. In cases where a DASH risk assessment is not completed the officer should record an assessment on the crime management system.", "Complete", dt.date(2018, 4, 11)),
 ("f15", 8548, R_NCPI17, REC, NCPI, "Being progressed", dt.date(2018, 9, 17)),
 ("f12", 8796, R_VET19, COC, "The size of the vetting backlog within West Midlands Police is a cause of concern.", "Being progressed", dt.date(2019, 5, 2)),
 ("f13", 8797, R_VET19, REC, "The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.", "Being progressed", dt.date(2019, 5, 2)),
 ("f8", 9120, R_PEEL19, REC, "HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and", "Being progressed", dt.date(2020, 1, 15)),
 ("f9", 9121, R_PEEL19, REC, "HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.", "Awaiting review", dt.date(2019, 5, 14)),
 ("f10", 9122, R_PEEL19, REC, "HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;", "Being progressed", dt.date(2020, 1, 15)),
 ("f11", 9123, R_PEEL19, REC, "HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;", "Being progressed", dt.date(2020, 1, 15)),
]
assert len({h[1] for h in H}) == len(H) and len({h[0] for h in H}) == len(H)

# ---------------------------------------------------------------- the force's tracker
FB = "█"; LB = "░"
def bar(p):  # what the master's REPT formula leaves: =REPT("█",ROUND(p*10,0))&REPT("░",10-ROUND(p*10,0))&" "&TEXT(p,"0%")
    n = int(p * 10 + 0.5)  # Excel ROUND: half away from zero
    return FB * n + LB * (10 - n) + " " + f"{round(p * 100)}%"
NA_BAR = "▒" * 10 + " N/A"   # the master's IF(%="N/A", ...) branch
REF_FORMULA = '=REPT("█",ROUND(#REF!*10,0))&REPT("░",10-ROUND(#REF!*10,0))&" "&TEXT(#REF!,"0%")'

# Banner rows are ("B", text).  Item rows: dict(k=hmicfrs key or None, id=HMIC ID cell, t=type,
# d=tracker text, lead, prog (str or ("F", formula, cached)), upd, rev, font, cat, why).
T = []
def B(text): T.append(("B", text))
def I(k, id_, t, d, lead, prog, upd, rev, cat, why, font="Consolas"):
    T.append(dict(k=k, id=id_, t=t, d=d, lead=lead, prog=prog, upd=upd, rev=rev, cat=cat, why=why, font=font))

B("NATIONAL – Stop & Search powers (HMIC 2013)")
I("n1", 3311, "Nat Rec", "CCs and CoP to set out in the S&S APP a clear specification of effective and fair use of S&S powers (compliant with Code of Practice)", "Supt Stop & Search", NA_BAR,
  "College of Policing deliverable – APP published. Nothing for WMP to deliver.", dt.date(2019, 10, 1), "closeable_submit",
  "Same ask (S&S APP specification, CoP). Bar is the hatched ▒ N/A bar = not the force's to deliver, which the key treats as closed; HMICFRS still 'Awaiting review' → submit for closure.")
I("n2", 3312, "Nat Rec", "Establish/improve monitoring of the way officers stop and search people – lawful, effective, maintains public trust", "Supt Stop & Search", bar(1.0),
  "S&S scrutiny dashboard live; quarterly to PCC.", dt.date(2019, 10, 1), "in_sync",
  "Same monitoring ask; force bar full with 100%; HMICFRS Complete → both closed/done.")
I("n3", 3313, "Nat Rec", "Explain to the public how S&S is used and set up community scrutiny of S&S records (involve young people)", "Supt Stop & Search", bar(0.8),
  "Youth panel pilot in two NPUs; rollout pending.", dt.date(2019, 10, 1), "closeable_local",
  "Same ask (public explanation + community scrutiny, young people). Force bar 8/10 80% = open; HMICFRS Complete → close locally.")
B("NATIONAL – Domestic abuse: Everyone's Business (2014)")
I("n4", None, "Nat Rec", "By Sept 2014 establish and publish a DA action plan (consult PCC, DA support orgs, victims reps; DHRs & IPCC findings; CPS scrutiny panels / MARAC)", "Det Ch Supt Public Protection", bar(1.0),
  "DA action plan published on force website; refreshed annually.", dt.date(2019, 9, 1), "closeable_submit",
  "DA action plan, same four bullets summarised. Bar 100% = done; HMICFRS 'Being progressed' → submit.")
B("NATIONAL – Policing in Austerity 2014")
I("n5", 4407, "Nat Rec", "Review plans to deliver savings – reduce crime and protect front line while balancing budget (use VfM profiles)", "Director of Finance", bar(0.5),
  "Folded into MTFP review.", dt.date(2019, 9, 1), "closeable_local",
  "Same savings-plan review. Bar 5/10 50% = open; HMICFRS Superseded (closed) → close locally.")
I("n6", 4408, "Nat Rec", "Forces delivering <10% of savings via collaboration to assess scope to improve", "Director of Finance", NA_BAR,
  "WMP savings via collaboration >10% – not applicable.", dt.date(2019, 9, 1), "in_sync",
  "Same <10% collaboration ask. Bar ▒ N/A = not for the force (treated as closed); HMICFRS 'No further action required' (closed) → both closed.")
I("n8", 4410, "Nat Rec", "Review plans for collaboration ahead of next spending round – joint working with other forces, public and/or private sector", "Director of Finance", bar(0.2),
  "Regional collaboration board to consider.", dt.date(2019, 9, 1), "in_sync",
  "Same collaboration review. Bar 2/10 20% = open; HMICFRS Being progressed → both open.")
B("NATIONAL – Core Business 2014")
I("n9", 4822, "Nat Rec", "Give call-handlers specific, sound & comprehensible THRIVE criteria to assess threat, harm and risk (by 31/03/15)", "Supt Contact Centre", bar(1.0),
  "THRIVE embedded in contact centre. Evidence pack held.", dt.date(2019, 9, 1), "closeable_submit",
  "Same call-handler criteria ask, same 31 March 2015 deadline. Bar 100% = done; HMICFRS 'Awaiting review' → submit.")
I("n10", 4823, "Nat Rec", "By 31 May 2015 ensure crime prevention/disruption activity is systematically recorded and evaluated for effectiveness of tactics", "Head of Corporate Development", bar(0.6),
  "Evaluation framework drafted.", dt.date(2019, 9, 1), "conflict",
  "Same ask (record and evaluate prevention/disruption activity), but the tracker's deadline is 31 May 2015 where HMICFRS says 31 March 2015 → a figure/timescale disagreement.")
B("NATIONAL – Integrity Matters 2015")
I("n11", 902, "Nat Rec", "Satisfy that misconduct investigations ending in 'no further action' are fair and free from discrimination (by 31/08/15)", "Head of Professional Standards", bar(1.0),
  "PSD dip-sample reviewed by ethics committee. Closed.", dt.date(2019, 9, 1), "in_sync",
  "Same NFA misconduct ask. Bar 100% = done; HMICFRS Complete → both closed.")
B("NATIONAL – Stop & Search 2 (2015)")
I("n12", 5140, "Nat Rec", "In consultation with PCC, comply with Code of Practice – explain use of S&S to public, community scrutiny of records, involve young people", "Supt Stop & Search", bar(0.95),
  "Final youth engagement event booked for Oct. Then complete.", dt.date(2019, 10, 1), "in_sync",
  "TRAP: the bar looks full (ten █ because the master's ROUND(9.5) goes up) but it reads 95%, and the update says one event is still to come → open. HMICFRS Awaiting review → both open.")
B("NATIONAL – Building the Picture 2015")
I("n13", 5388, "Nat Rec", "Scrutinise audits of compliance with APP on information management via IM governance; categorisation of records regularly adjusted", "Head of Information Management", ("F", REF_FORMULA, "#REF!"),
  "Audit programme re-scoped – IMB in Nov.", dt.date(2019, 11, 1), "in_sync",
  "TRAP: progress cell is a formula re-pasted from the master after the % column was deleted, so it shows #REF! (no progress). Nothing says done and the update says re-scoped → open. Same IM audit ask; HMICFRS Being progressed → both open.")
B("NATIONAL – Targeting the Risk (Firearms Licensing) 2015")
I("n14", 5602, "Nat Rec", "Assess governance of firearms licensing against APP standards; put correct arrangements in place where not met", "Supt Firearms Licensing", bar(1.0),
  "Governance review done 2016.", dt.date(2019, 9, 1), "in_sync",
  "Same FL governance ask. Bar 100% = done; HMICFRS Complete → both closed.")
I("n15", 5603, "Nat Rec", "Assess demand on Firearms Licensing Dept and ensure capacity to meet it", "Supt Firearms Licensing", "■■■■■■■■■■",
  "Extra FLD staff recruited; backlog cleared Aug. Complete.", dt.date(2019, 9, 1), "closeable_submit",
  "Lead typed the bar by hand (Calibri, ■ squares, no %): ten full squares and 'Complete' in the update = done. HMICFRS Being progressed → submit.", font="Calibri")
I("n16", 5604, "Nat Rec", "Take all appropriate action re 'total expired' licensing records", "Supt Firearms Licensing", bar(0.6),
  "Weekly NFLMS report in place; historic records 60% reviewed.", dt.date(2019, 9, 1), "in_sync",
  "Same 'total expired' ask. Bar 60% = open; HMICFRS Awaiting review → both open.")
I("n17", 5605, "Nat Rec", "Within six months: temporary permits in line with HO guidance, recorded on NFLMS without delay, no holder in unlawful possession", "Supt Firearms Licensing", bar(0.7),
  "Permit process mapped.", dt.date(2019, 9, 1), "conflict",
  "Same temporary-permits ask, but the tracker says 'within six months' where HMICFRS says 'Within three months' → timescale conflict.")
B("NATIONAL – Stolen Freedom: the policing response to Modern Slavery & Human Trafficking – published 24 October 2017")
I("n19", 8120, "Nat Rec", "MSHT leadership & governance review (pt 1 of 2): senior leaders prioritise MSHT response; every MSHT incident allocated resources with skills/experience/capacity", "Det Supt MSHT", bar(1.0),
  "Gold group chaired by ACC Crime; MSHT allocation policy live.", dt.date(2019, 10, 1), "in_sync",
  "Split row (bullets 1–2 of the leadership review). This part is 100% but its partner row (bullets 3–4) is at 60%, so the item is not done; HMICFRS Being progressed → both open.")
I("n19", 8120, "Nat Rec", "MSHT leadership & governance review (pt 2 of 2): partnership arrangements to share info & safeguard victims; performance and QA measures for senior leaders", "Det Supt MSHT", bar(0.6),
  "Partnership MOU with LAs in draft; QA measures not yet agreed.", dt.date(2019, 10, 1), "in_sync",
  "Split row (bullets 3–4). 60% = open, so the whole item is open; HMICFRS Being progressed → both open.")
I("n20", 8121, "Nat Rec", "Within 6 months – active info-sharing agreements with other agencies, speedy exchange of intelligence, safeguard victims, identify suspects early", "Det Supt MSHT", bar(1.0),
  "ISAs signed with all 7 LAs, UKBF and GLAA.", dt.date(2019, 10, 1), "closeable_submit",
  "Same info-sharing ask (HMICFRS text carries a stray footnote '86'). Bar 100% = done; HMICFRS Being progressed → submit.")
I("n21", 8122, "Nat Rec", "Victims committing crime under compulsion – early and continuing consideration of the s45 defence", "Det Supt MSHT", bar(0.4),
  "CPS liaison agreed; training package in design.", dt.date(2019, 10, 1), "in_sync",
  "Same s45 ask. Bar 40% = open; HMICFRS Awaiting review → both open.")
I("n22", 8124, "Nat Rec", "Fully compliant with NRM process; notify Home Office of suspected adult victims (MSA 2015 duty to notify)", "Det Supt MSHT", "███░░░░░░░ 100%",
  "Complete – signed off by ACC Crime 12/09/19. Duty to Notify now automated.", dt.date(2019, 10, 1), "closeable_submit",
  "TRAP x2: the lead overtyped the % to 100% without redrawing the bar (3 blocks), and the HMIC ID is 8124 (digits of the NCRS item) though the text is the NRM / duty-to-notify item 8123. By eye: text = 8123; 100% + 'Complete – signed off' = done; HMICFRS 8123 Being progressed → submit. The mistyped ID is noted, but the text leaves no doubt, so the pair stands.", font="Calibri")
I("n23", None, "Nat Rec", "Comply with NCRS for MSHT offences; enough audit capacity for the FCR", "Force Crime Registrar", bar(0.7),
  "MSHT added to FCR audit plan.", dt.date(2019, 10, 1), "closeable_local",
  "Same NCRS / FCR audit ask (no ID given). Bar 70% = open; HMICFRS Complete → close locally.")
I("n24", 8125, "Nat Rec", "MSHT allegations thoroughly investigated and supervised by skilled teams (incl. JITs / overseas evidence)", "Det Supt MSHT", bar(0.5),
  "MSHT team restructure.", dt.date(2019, 10, 1), "in_sync",
  "Same investigation ask. Bar 50% = open; HMICFRS Being progressed → both open.")
B("NATIONAL – PEEL Efficiency 2017 - national")
I("n26", 8402, "AFI", "Produce an ambitious plan to improve digitally-enabled services (by Sept 2018)", "Director of Digital", bar(0.8),
  "Digital Policing Strategy 2019-22 drafted.", dt.date(2019, 10, 1), "conflict",
  "Same digital-services plan (ID 8402 agrees), but the tracker calls it an AFI where HMICFRS lists a national recommendation → type conflict.")
B("NATIONAL – PEEL Legitimacy 2017 - national (stop and search)")
I("n27", 8541, "CoC", "Cause of concern – forces cannot show S&S use is reasonable and fair; over-representation of BAME / black people unexplained", "Supt Stop & Search", bar(0.8),
  "Disproportionality analysis with university partner.", dt.date(2019, 10, 1), "in_sync",
  "Same cause of concern. Bar 80% = open; HMICFRS Being progressed → both open.")
I("n28", 8542, "Nat Rec", "S&S monitoring (a) – reasons for disproportionate representation of ethnic groups", "Supt Stop & Search", bar(1.0),
  "Monthly disproportionality report.", dt.date(2019, 10, 1), "closeable_submit",
  "Split row 1 of 3 of the July 2018 monitoring item. All three parts are 100% → item done; HMICFRS Awaiting review → submit.")
I("n28", 8542, "Nat Rec", "S&S monitoring (b) – find rates by ethnicity and search type (drug possession vs supply)", "Supt Stop & Search", bar(1.0),
  "In the same monthly report.", dt.date(2019, 10, 1), "closeable_submit",
  "Split row 2 of 3; 100%; every part done → submit.")
I("n28", 8542, "Nat Rec", "S&S monitoring (c) – prevalence of possession-only drug searches vs local/force priorities", "Supt Stop & Search", bar(1.0),
  "Added Jul 18.", dt.date(2019, 10, 1), "closeable_submit",
  "Split row 3 of 3; 100%; every part done → submit.")
I("n29", 8543, "Nat Rec", "Where disparities found, show public the research/analysis done and action taken to reduce disparity", "Supt Stop & Search", "▓▓▓▓▓▓▓▓▓▓",
  "Published on website with PCC.", dt.date(2019, 10, 1), "closeable_submit",
  "Hand-typed bar in dark shade ▓ (Calibri), all ten, no %: a full bar = done per the key; update says published. HMICFRS Being progressed → submit.", font="Calibri")
I("n30", 8544, "Nat Rec", "Publish the analysis and actions at least annually from July 2018", "Supt Stop & Search", bar(1.0),
  "Annual S&S report published Jul 19.", dt.date(2019, 10, 1), "in_sync",
  "Same publish-annually ask. 100% = done; HMICFRS Complete → both closed.")
I("n31", 8545, "Nat Rec", "All S&S officers trained on unconscious bias and CoP APP on S&S (by July 2018, ongoing)", "Head of Learning & Development", bar(0.9),
  "91% of S&S-active officers trained.", dt.date(2019, 10, 1), "in_sync",
  "Same training ask. Bar 9/10 90% = open; HMICFRS Being progressed → both open.")
B("NATIONAL – Police powers spotlight (Feb 21)")
I("n32", None, "Nat Rec", "By July 2022 – officers/staff have effective communication skills in line with NPG on Conflict Management", "Head of Learning & Development", bar(0.0),
  "Not started – awaiting CoP package.", dt.date(2021, 10, 1), "in_sync",
  "Same communication-skills ask. Empty bar ░ 0% = open; HMICFRS Awaiting review → both open.")
I("n33", 10212, "Nat Rec", "By July 2021 – communication skills reinforced in CPD; supervisors debrief officers using BWV footage", "Head of Learning & Development", bar(0.9),
  "CPD module live; supervisor debrief guide at sign-off.", dt.date(2021, 10, 1), "in_sync",
  "Same CPD ask. 90% = open; HMICFRS Being progressed → both open.")
I("n34", 10213, "Nat Rec", "By Sept 2021 – record all S&S encounters (incl. traffic stops & UoF) on BWV; give external scrutiny panels access to BWV samples", "Supt Stop & Search", bar(1.0),
  "BWV mandatory; scrutiny panel views footage monthly.", dt.date(2021, 10, 1), "conflict",
  "Same BWV item (ID agrees), but the tracker has only two of its three parts: the structured internal review of BWV footage is missing → missing-bullet conflict (the force's 100% does not cover the whole item).")
I("n35", 10214, "Nat Rec", "HO & NPCC – quality of data on force used to effect S&S sufficient for publication", "Supt Stop & Search", NA_BAR,
  "For Home Office / NPCC – not WMP.", dt.date(2021, 10, 1), "closeable_submit",
  "Same Home Office/NPCC data ask. ▒ N/A bar = not for the force (treated as closed); HMICFRS Awaiting review → submit (with the not-ours rationale).")
I("n36", 10215, "Nat Rec", "By July 2021 – effective internal monitoring of use of force to identify/explain disproportionate use", "Supt Operational Training", bar(1.0),
  "UoF board quarterly; dashboard live.", dt.date(2021, 10, 1), "closeable_submit",
  "Same UoF monitoring ask. 100% = done; HMICFRS Being progressed → submit.")
B("FORCE – PEEL Efficiency 2015")
I("f5", 6104, "AFI", "Better understand current and future demand so resources match demand", "Head of Corporate Development", bar(1.0),
  "Demand model in place (FMS).", dt.date(2019, 9, 1), "in_sync",
  "Same demand AFI. 100% = done; HMICFRS Complete → both closed.")
I("f6", 6105, "AFI", "Understand links between outcomes, outputs and costs", "Director of Finance", bar(0.3),
  "Activity-based costing pilot.", dt.date(2019, 9, 1), "closeable_local",
  "Same outcomes/outputs/costs AFI. 30% = open; HMICFRS Superseded → close locally.")
I("f7", 6106, "AFI", "Future workforce plan aligned with demand and budget (resource allocation, skills mix, behaviours)", "Director of People", bar(0.6),
  "Workforce plan v0.3.", dt.date(2019, 9, 1), "in_sync",
  "Same workforce-plan AFI. 60% = open; HMICFRS Being progressed → both open.")
I(None, None, "Rec", "Revise approach to cautions, cannabis warnings and PNDs – auditable explanation to offender; victim's views recorded", "Force Crime Registrar", bar(1.0),
  "Closed by HMIC in 2016 – kept for audit trail.", dt.date(2019, 9, 1), "not_on_hmicfrs_list",
  "No HMICFRS item about cautions/cannabis warnings/PNDs is on the list; the update itself says HMIC closed it → not on the HMICFRS list (query/confirm).")
B("FORCE – PEEL Effectiveness 2016")
I("f1", 7310, "CoC", "CoC – response to missing and absent children; risk wrongly graded, 'absent' used where should be 'missing'; CSE info not influencing risk", "Det Ch Supt Public Protection", bar(0.8),
  "Missing persons unit established; audit Q3.", dt.date(2019, 10, 1), "in_sync",
  "Same missing-children cause of concern. 80% = open; HMICFRS Being progressed → both open.")
I("f2", 7311, "Rec", "Review approach to missing children reports: call takers use missing/absent correctly; CSE risk factors known; supervisors oversee enquiries", "Det Ch Supt Public Protection", bar(1.0),
  "Absent category withdrawn. Training 100%.", dt.date(2019, 10, 1), "closeable_submit",
  "Same missing-children recommendation, all three bullets. 100% = done; HMICFRS Being progressed → submit.")
I("f3", 7312, "CoC", "CoC – DA: officer discretion on DASH; DASH not consistently completed", "Det Ch Supt Public Protection", bar(1.0),
  "DASH mandatory for all DA.", dt.date(2019, 10, 1), "in_sync",
  "Same DASH cause of concern. 100% = done; HMICFRS Complete → both closed.")
I("f4", 7313, "Rec", "Supervise initial DASH risk assessment; record assessment on CMS where DASH not done", "Det Ch Supt Public Protection", bar(0.9),
  "Supervisor dip-sample monthly.", dt.date(2019, 10, 1), "closeable_local",
  "Same DASH supervision recommendation. 90% = open; HMICFRS Complete → close locally.")
I("f10", 9122, "Rec", "Expand skills project to assess all skills (not only operational) incl. future skills; inform workforce plans", "Director of People", bar(0.5),
  "Skills audit tool procured.", dt.date(2019, 10, 1), "conflict",
  "Filed under the PEEL Effectiveness 2016 heading, but the text and ID 9122 are the PEEL 2018/19 skills recommendation → report conflict.")
B("FORCE – CDI 2017")
I("f14", 6989, "Rec", "CDI – victims believed at point of report; call summaries accurate in incident log; multiple crimes always recorded", "Force Crime Registrar", bar(1.0),
  "NCRS compliance audit 94%.", dt.date(2019, 10, 1), "closeable_submit",
  "Split row 1 of 2 of the CDI item (bullets 1–3). Both parts 100% → item done; HMICFRS Awaiting review → submit.")
I("f14", 6989, "Rec", "CDI – stop waiting for medical/ABE results before recording; triage online reports at receipt", "Force Crime Registrar", bar(1.0),
  "Online triage live since Mar 18.", dt.date(2019, 10, 1), "closeable_submit",
  "Split row 2 of 2 (bullets 4–5); 100%; every part done → submit.")
B("FORCE – NCPI 2017")
I("f15", 8548, "Rec", "Detention of children – with children's social care: detain only when necessary; early alternative accommodation; detention certs; records; timely AA support", "Ch Insp Custody", bar(0.4),
  "Concordat signed; AA provider re-tender.", dt.date(2019, 10, 1), "in_sync",
  "Same detention-of-children recommendation, all five bullets. 40% = open; HMICFRS Being progressed → both open.")
B("FORCE – PEEL 2018/19")
I("f8", 9120, "Rec", "Review officers' capabilities and capacity to manage investigative workload", "ACC Crime", bar(1.0),
  "Investigative demand review reported to FET.", dt.date(2019, 10, 1), "closeable_submit",
  "Same workload review. 100% = done; HMICFRS Being progressed → submit.")
I("f9", 9121, "Rec", "Review, with partners, approach to vulnerability", "ACC Local Policing", bar(0.5),
  "Partnership vulnerability review underway.", dt.date(2019, 10, 1), "in_sync",
  "Same vulnerability review. 50% = open; HMICFRS Awaiting review → both open.")
I("f11", 9123, "Rec", "Within 6 months – regular active supervision of investigations; properly recorded", "ACC Crime", "████████░░ 80% – closure pack with DCC",
  "Supervision standard agreed; closure pack with DCC.", dt.date(2019, 10, 1), "in_sync",
  "Bar 80% with a note appended by the lead: a closure pack is with the DCC but not signed off → still open. HMICFRS Being progressed → both open.", font="Calibri")
I(None, None, "Rec", "Improve supervision of investigations – investigation plans set, reviewed and recorded; consistently good service to victims", "ACC Crime", bar(0.5),
  "Merged with supervision work above?", dt.date(2019, 10, 1), "not_on_hmicfrs_list",
  "No HMICFRS item with investigation plans set/reviewed/recorded; the nearest (9123, supervision of investigations) is already paired with the row above, which matches its wording and timescale → not on the list.")
B("FORCE – Vetting 2019")
I("f12", 8796, "CoC", "CoC – size of vetting backlog", "Head of Professional Standards", bar(1.0),
  "Backlog cleared Dec 19.", dt.date(2020, 1, 1), "closeable_submit",
  "Same vetting-backlog cause of concern. 100% = done; HMICFRS Being progressed → submit.")
I("f13", 8797, "Rec", "All staff at least lowest vetting level asap; clear backlog and renewals; comply with national vetting guidelines", "Head of Professional Standards", bar(0.7),
  "Renewals at 70%.", dt.date(2020, 1, 1), "in_sync",
  "Same vetting recommendation. 70% = open; HMICFRS Being progressed → both open.")
B("FORCE – Local learning (not HMICFRS)")
I(None, None, "Local", "Refresh Organisational Learning Board terms of reference to include HMICFRS tracker oversight", "Head of Corporate Development", bar(0.0),
  "Own action from JAC Sept.", dt.date(2019, 11, 1), "not_on_hmicfrs_list",
  "The force's own action (type 'Local', no HMICFRS wording) → not on the HMICFRS list.")

# HMICFRS items with no force row (decided by reading every tracker row)
MISSING_WHY = {
 "n7": "No tracker row about reducing the front-line workforce / crime-fighting capacity (austerity rec 3); the austerity section has only the savings, <10% and collaboration rows → missing from force (HMICFRS has it Complete, but the force never logged it).",
 "n18": "No tracker row about identifying firearm certificate holders before attendance; the firearms section covers governance, demand, total expired and permits only → missing from force.",
 "n25": "No tracker row about preventative powers under the Modern Slavery Act; Stolen Freedom section lacks it → missing from force.",
}

# ---------------------------------------------------------------- status logic used only as a self-check
def hm_open(s): return s in ("Awaiting review", "Being progressed")
def force_done(row):
    p = row["prog"]
    if isinstance(p, tuple):
        return False
    if p == NA_BAR:
        return True
    if p.strip("█▓■") == "" and len(p) == 10:
        return True
    return p.split(" ")[1] == "100%" if " " in p else False

# ---------------------------------------------------------------- write hmicfrs.xlsx
def props(wb, title):
    wb.set_properties({"title": title, "author": "HMICFRS", "company": "HMICFRS", "created": PROPS_DATE})

wb = xlsxwriter.Workbook(os.path.join(OUT, "hmicfrs.xlsx"))
props(wb, "Definitive list – West Midlands Police")
ws = wb.add_worksheet("Definitive list")
hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF", "text_wrap": True, "valign": "top"})
wrap = wb.add_format({"text_wrap": True, "valign": "top"})
datef = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
heads = ["Reference", "Force", "Report title", "Publication date", "Type", "Recommendation text", "Status", "Status date"]
for c, h in enumerate(heads):
    ws.write(0, c, h, hdr)
HROW = {}
for i, (k, ref, (rt, pub), typ, txt, st, sd) in enumerate(H, start=1):
    ws.write_number(i, 0, ref)
    ws.write_string(i, 1, "West Midlands Police")
    ws.write_string(i, 2, rt, wrap)
    ws.write_datetime(i, 3, dt.datetime.combine(pub, dt.time()), datef)
    ws.write_string(i, 4, typ)
    ws.write_string(i, 5, txt, wrap)
    ws.write_string(i, 6, st)
    ws.write_datetime(i, 7, dt.datetime.combine(sd, dt.time()), datef)
    HROW[k] = f"Definitive list!{i + 1}"
ws.set_column(0, 0, 10); ws.set_column(1, 1, 20); ws.set_column(2, 2, 45); ws.set_column(3, 3, 13)
ws.set_column(4, 4, 22); ws.set_column(5, 5, 90); ws.set_column(6, 6, 18); ws.set_column(7, 7, 12)
ws.freeze_panes(1, 0); ws.autofilter(0, 0, len(H), len(heads) - 1)
wb.close()

# ---------------------------------------------------------------- write tracker.xlsx
wb = xlsxwriter.Workbook(os.path.join(OUT, "tracker.xlsx"))
wb.set_properties({"title": "HMICFRS Recommendations Progress Tracker – JAC pack", "author": "Organisational Learning",
                   "company": "West Midlands Police", "created": PROPS_DATE})
ws = wb.add_worksheet("Tracker")
title = wb.add_format({"bold": True, "font_size": 14})
small = wb.add_format({"italic": True, "font_color": "#595959"})
keyb = wb.add_format({"font_name": "Consolas", "font_color": "#00703C"})
keyna = wb.add_format({"font_name": "Consolas", "font_color": "#808080"})
bold = wb.add_format({"bold": True})
th = wb.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1, "text_wrap": True, "valign": "top"})
banner = wb.add_format({"bold": True, "bg_color": "#305496", "font_color": "#FFFFFF"})
cellw = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
cell = wb.add_format({"valign": "top", "border": 1})
cdate = wb.add_format({"num_format": "mmm-yy", "valign": "top", "border": 1})
f_bar = wb.add_format({"font_name": "Consolas", "font_color": "#00703C", "valign": "top", "border": 1})
f_na = wb.add_format({"font_name": "Consolas", "font_color": "#808080", "valign": "top", "border": 1})
f_hand = wb.add_format({"font_name": "Calibri", "valign": "top", "border": 1})
f_err = wb.add_format({"font_name": "Consolas", "valign": "top", "border": 1})

ws.write(0, 0, "West Midlands Police – HMICFRS Recommendations Progress Tracker", title)
ws.write(1, 0, "Organisational Learning team · JAC pack copy (values pasted from master, % column removed) · progress bars built in master with =REPT(\"█\",ROUND(%*10,0))&REPT(\"░\",10-ROUND(%*10,0))&\" \"&TEXT(%,\"0%\")", small)
ws.write(3, 0, "KEY – Progress", bold)
KEY = [("██████████ 100%", "Complete – evidence signed off by chief officer lead", keyb),
       ("████████░░ 80%", "Evidence being gathered / closure pack in preparation", keyb),
       ("█████░░░░░ 50%", "Delivering", keyb),
       ("██░░░░░░░░ 20%", "Scoping / plan agreed", keyb),
       ("░░░░░░░░░░ 0%", "Not started", keyb),
       (NA_BAR, "Not for WMP to deliver (national body) – treat as closed", keyna)]
for j, (s, lab, f) in enumerate(KEY):
    ws.write_string(4 + j, 0, s, f)
    ws.write_string(4 + j, 1, lab)
ws.write(11, 0, "SUMMARY (COUNTIF on the Progress column)", bold)
FIRST_ITEM = 16  # 0-based row index of first tracker row after header (header at 0-based 15 -> Excel 16)
HDR_R = 15
prog_vals = [(r["prog"][2] if isinstance(r["prog"], tuple) else r["prog"]) for r in T if isinstance(r, dict)]
def countif(pat):
    return sum(1 for v in prog_vals if fnmatch.fnmatchcase(v, pat))
last_excel = HDR_R + 1 + len(T)
SUMM = [("██████████*", "Complete"), ("████████░░*", "Evidence being gathered"), ("▒*", "Not for WMP")]
rng = f"$F${HDR_R + 2}:$F${last_excel}"
for j, (pat, lab) in enumerate(SUMM):
    ws.write_string(12 + j, 0, pat.rstrip("*"), keyna if pat.startswith("▒") else keyb)
    ws.write_string(12 + j, 1, lab)
    ws.write_formula(12 + j, 2, f'=COUNTIF({rng},"{pat}")', None, countif(pat))
heads = ["No.", "HMIC ID", "Type", "Recommendation / AFI (lead's summary)", "Lead", "Progress", "Latest update", "Review date"]
for c, h in enumerate(heads):
    ws.write(HDR_R, c, h, th)
TROW = []
n = 0
for i, r in enumerate(T):
    rr = HDR_R + 1 + i
    if not isinstance(r, dict):
        ws.merge_range(rr, 0, rr, 7, r[1], banner)
        TROW.append(None)
        continue
    n += 1
    ws.write_number(rr, 0, n, cell)
    if r["id"] is None:
        ws.write_blank(rr, 1, None, cell)
    else:
        ws.write_number(rr, 1, r["id"], cell)
    ws.write_string(rr, 2, r["t"], cell)
    ws.write_string(rr, 3, r["d"], cellw)
    ws.write_string(rr, 4, r["lead"], cell)
    p = r["prog"]
    if isinstance(p, tuple):
        ws.write_formula(rr, 5, p[1], f_err, p[2])
    elif r["font"] == "Calibri":
        ws.write_string(rr, 5, p, f_hand)
    elif p == NA_BAR:
        ws.write_string(rr, 5, p, f_na)
    else:
        ws.write_string(rr, 5, p, f_bar)
    ws.write_string(rr, 6, r["upd"], cellw)
    ws.write_datetime(rr, 7, dt.datetime.combine(r["rev"], dt.time()), cdate)
    TROW.append(f"Tracker!{rr + 1}")
ws.set_column(0, 0, 16); ws.set_column(1, 1, 9); ws.set_column(2, 2, 8); ws.set_column(3, 3, 70)
ws.set_column(4, 4, 26); ws.set_column(5, 5, 22); ws.set_column(6, 6, 45); ws.set_column(7, 7, 10)
ws.freeze_panes(HDR_R + 1, 0)
wb.close()

# ---------------------------------------------------------------- truth.csv + self-checks
hstat = {h[0]: h[5] for h in H}
lines = []
item_rows = [(TROW[i], r) for i, r in enumerate(T) if isinstance(r, dict)]
# whole-item done for splits
parts = {}
for tr, r in item_rows:
    if r["k"]:
        parts.setdefault(r["k"], []).append(force_done(r))
for tr, r in item_rows:
    k = r["k"]
    if k is None:
        assert r["cat"] == "not_on_hmicfrs_list"
        lines.append(("", tr, r["cat"], r["why"]))
        continue
    if r["cat"] != "conflict":
        done = all(parts[k]); op = hm_open(hstat[k])
        exp = {(True, True): "closeable_submit", (True, False): "in_sync", (False, True): "in_sync",
               (False, False): "closeable_local"}[(done, op)]
        assert exp == r["cat"], (k, tr, exp, r["cat"])
    lines.append((HROW[k], tr, r["cat"], r["why"]))
for k, why in MISSING_WHY.items():
    assert k not in parts
    lines.append((HROW[k], "", "missing_from_force", why))
assert set(parts) | set(MISSING_WHY) == set(HROW), set(HROW) - set(parts) - set(MISSING_WHY)
def sk(l):
    a = int(l[0].split("!")[1]) if l[0] else 10**6
    b = int(l[1].split("!")[1]) if l[1] else 0
    return (a, b)
lines.sort(key=sk)
with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    w.writerows(lines)
from collections import Counter
CNT = Counter(l[2] for l in lines)
print(len(H), "HMICFRS items;", len(item_rows), "tracker item rows;", len(lines), "truth lines")
print(dict(CNT))
print("summary cached:", [countif(p) for p, _ in SUMM])
print("banner rows:", [HDR_R + 2 + i for i, r in enumerate(T) if not isinstance(r, dict)])

README = '# rept_progress_bars_tracker — progress shown only as REPT() text bars\n\n## Story\nWest Midlands Police\'s Organisational Learning team keeps its HMICFRS tracker in a master workbook.\nThe master has a hidden "% complete" column, and the visible "Progress" column is a formula:\n`=REPT("█",ROUND(%*10,0))&REPT("░",10-ROUND(%*10,0))&" "&TEXT(%,"0%")`, with an IF branch that gives\n`▒▒▒▒▒▒▒▒▒▒ N/A` when the lead puts "N/A" in the % column (not the force\'s to deliver). For the JAC pack a\ncolleague copied the sheet, pasted the Progress column as values and deleted the % column ("committee\nonly likes the bars"). Leads then edited the copy by hand. So the only status left on the force side is\nthe bar. HMICFRS sent its definitive list (an ordinary register export) and the analyst reconciles the two by eye.\n\n## Files\n- `hmicfrs.xlsx`: sheet `Definitive list`. Header on row 1, 51 items on rows 2–52. Columns: Reference (integer),\n  Force, Report title, Publication date (date), Type, Recommendation text (verbatim OGL wording, including\n  curly quotes, "•" bullets with and without spaces, and stray footnote digits "and 20" at row 5 and "intelligence 86" at row 21),\n  Status (Awaiting review / Being progressed = open; Complete / Superseded / No further action required = closed), Status date.\n- `tracker.xlsx`: sheet `Tracker`. Row 1 is the title, row 2 a note quoting the REPT formula, rows 4–10 the KEY, rows 12–15 a SUMMARY\n  (live COUNTIF formulas with cached values), and the header on row 16:\n  No. | HMIC ID | Type | Recommendation / AFI (lead\'s summary) | Lead | Progress | Latest update | Review date.\n  It has 55 item rows on rows 18–90, with 19 merged report banner rows between them. Bars are written in Consolas (green; grey for N/A).\n  Hand-edited cells are in Calibri. The text is UTF-8 inside the xlsx.\n- `truth.csv` has 58 lines. `build_rept_progress_bars_tracker.py` (one level up) rebuilds all four files, this README included, byte for byte.\n\n## How the symbols are read (analyst\'s rule)\n- **Done**: the bar reads `100%` (whatever the blocks show), or it is a full hand-typed bar of 10 blocks with no % (█, ▓ or ■),\n  or it is `▒▒▒▒▒▒▒▒▒▒ N/A` (not WMP\'s to deliver, which the key says to treat as closed, like WHITE in City of London\'s scheme).\n- **Open**: any percentage below 100% (including a bar that looks full at 95%), `#REF!`, and bars with a note like "closure pack with DCC".\n- A split item is done only when every one of its rows is done.\n\n## Traps (force rows) and how the truth decides\n1. Row 33, `██████████ 95%`: the master\'s ROUND(9.5) draws a full bar. The number says 95% and the update says one event is left, so it is **open** (in_sync with Awaiting review).\n   The summary\'s COUNTIF("██████████*") counts it as Complete.\n2. Row 35: the cell holds a formula re-pasted from the master after the % column was deleted, so it shows `#REF!` (cached error). It is open → in_sync.\n3. Row 46, `███░░░░░░░ 100%`: the lead overtyped the % without redrawing the bar, and the update says "Complete – signed off". It is done → closeable_submit.\n   Its HMIC ID is 8124 (the NCRS item\'s ID), but the text is the NRM / duty-to-notify item 8123 (Definitive list!23). It is paired by text.\n   Row 47 (the real NCRS item) has no ID.\n4. Hand-typed bars in Calibri: row 38 `■■■■■■■■■■` and row 56 `▓▓▓▓▓▓▓▓▓▓` are full with no %, so they are done → closeable_submit.\n   Row 84, `████████░░ 80% – closure pack with DCC`, is open.\n5. The N/A bar `▒▒▒▒▒▒▒▒▒▒ N/A` = not for the force = done. Row 18 (CoP APP) and row 63 (Home Office/NPCC) are HMICFRS-open → closeable_submit.\n   Row 25 is HMICFRS "No further action required" → in_sync.\n6. Split rows: rows 42–43 (MSHT leadership, one part 100%, one 60% → item open → both in_sync); rows 53–55 (S&S monitoring in three parts, all 100% → closeable_submit ×3);\n   rows 77–78 (CDI bullets, both 100% → closeable_submit ×2).\n7. Conflicts: row 29 (deadline 31 May 2015 vs 31 March 2015); row 40 ("within six months" vs "Within three months");\n   row 50 (typed AFI vs national recommendation); row 62 (BWV item missing its middle part on internal review of footage, though the bar says 100%);\n   row 75 (the PEEL 2018/19 skills rec, ID 9122, filed under the PEEL Effectiveness 2016 banner → report conflict).\n8. Not on the HMICFRS list: row 69 (cautions/PNDs, the update says HMIC closed it); row 85 (investigation-plans supervision, near to but distinct from 9123, which row 84 already matches);\n   row 90 (a local action, type "Local").\n9. Missing from the force: Definitive list rows 8 (austerity, front-line workforce), 19 (firearms holders identified before attendance) and 26 (MSA preventative powers).\n10. Several tracker rows give no HMIC ID (rows 22, 47, 58); matching is by text and report there.\n\n## Counts (58 truth lines)\nin_sync 25, closeable_submit 17, closeable_local 5, conflict 5, missing_from_force 3, not_on_hmicfrs_list 3, review 0.\nThe lines cover all 51 HMICFRS rows (two items are split over 2 rows and one over 3) and all 55 tracker item rows, each once.\n\n## Rows that are not items\n- hmicfrs.xlsx: row 1 is the header.\n- tracker.xlsx: row 1 (title), row 2 (formula note), rows 3, 11 and 16 (blank, blank, header), row 4 ("KEY – Progress") and rows 5–10 (key lines that repeat the bars with their meanings),\n  row 12 (SUMMARY heading), rows 13–15 (summary lines: symbol, label, COUNTIF count = 22 / 5 / 3; row 14\'s `████████░░` is a summary line, not an item);\n  banner rows 17, 21, 23, 27, 30, 32, 34, 36, 41, 49, 51, 59, 65, 70, 76, 79, 81, 86, 89 (report headings, merged A:H).\n  The summary\'s "Complete 22" is the formula\'s count, not the analyst\'s: it includes the 95% row and leaves out the ■ and ▓ hand-typed bars.\n\n## Checks run\n- The builder asserts that every HMICFRS item is covered (paired or missing), that each non-conflict category follows from the status rule above (split items judged whole),\n  and that the IDs are unique.\n- Read back with pandas (openpyxl engine): hmicfrs 51×8; the tracker sheet 90 rows. With openpyxl (formulas and data_only):\n  the fonts are Consolas/Calibri, the COUNTIF formulas are present with cached 22, and the #REF! cell is a formula with a cached error.\n- truth.csv: 55 distinct force rows and 51 distinct HMICFRS rows.\n- Two builds gave identical md5 for all four files (fixed created date, XlsxWriter\'s fixed zip timestamps, no randomness).\n'
with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8', newline='\n') as f:
    f.write(README)
