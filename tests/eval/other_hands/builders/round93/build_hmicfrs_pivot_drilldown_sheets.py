"""Build case hmicfrs_pivot_drilldown_sheets (round 93, case B). Run: /work/main/.venv/bin/python build_hmicfrs_pivot_drilldown_sheets.py

All HMICFRS texts below are literals copied from /work/shared/data/real_recommendations.csv and
/work/main/reconcile/casegen/texts/national.py (Open Government Licence)."""

T = {}
T['WM0'] = 'HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and'
T['WM1'] = 'HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.'
T['WM2'] = 'HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;'
T['WM3'] = 'HMIC recommends that the force should immediately:agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services; and'
T['WM4'] = 'HMIC recommends that the force should immediately:clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia;'
T['WM5'] = 'HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.'
T['WM6'] = 'HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;'
T['WM_COC_ALLIANCE'] = 'The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. There are gaps in its workforce skills assessment, and weaknesses in both its investigative approach and its approach to safeguarding vulnerable people.'
T['WM_COC_CAPACITY'] = 'The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.'
T['WM9'] = 'HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;'
T['WM10'] = 'HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;'
T['CDI'] = 'Within six months the force should put in place arrangements to ensure that:\n• at the point of report, victims are believed;\n• conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;\n• multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;\n• the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and\n• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed.'
T['EFF15_A'] = 'The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public'
T['EFF15_B'] = 'The force should develop its understanding of the links between its outcomes, outputs and costs'
T['EFF15_C'] = 'The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.'
T['COL_AFI'] = 'The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.'
T['VET_REC'] = 'The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.'
T['DA_COC'] = 'The force’s current approach to domestic abuse is unacceptable. The proportion of victims who fail to support the investigation and the low use of police powers of arrest and prosecution is a cause of concern to HMIC.'
T['DA_R1'] = 'In order to improve the service it provides to victims of domestic abuse, offer the best possible protection and bring more perpetrators to justice, the force should immediately consider ways of increasing the use of arrest, ancillary orders and other available powers.'
T['DA_R2'] = 'To improve the service provided to victims of domestic abuse the force should immediately take steps to understand and address the reason behind why such a high proportion of victims of domestic abuse do not support the police investigation.'
T['DA_R3'] = 'In addition, the practice of conducting domestic abuse risk assessments over the telephone and dealing with domestic abuse in the resolution centre should cease'
T['MISS_COC'] = 'The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found that the assessment of risk for children who go missing from home was inappropriate in some cases. We found some instances where children were classed as ‘absent’ when they should have been recorded as ‘missing’, and risk levels for missing children were sometimes incorrectly assessed at a lower grade. We also found incidents where the risk had not been identified, even where good information was available on the police database. In some cases there was information to indicate that children were at risk of sexual exploitation, but this did not influence the assigned risk and categorisation. Children were incorrectly graded at a lower level and could have been exposed to an increased risk of harm. This is an enduring cause of concern from HMIC’s report on vulnerability in 2015.'
T['MISS_REC'] = 'To address this cause of concern the force should immediately review its approach to reports of missing children and take steps to ensure that:\n• call takers understand and use the missing and absent category appropriately; • call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and • supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action'
T['CUSTODY'] = 'Within six months Bedfordshire Police should, in conjunction with children’s social care services, review how it manages the detention of children. As a minimum it should:• ensure that all children are only detained when absolutely necessary and for the absolute minimum amount of time;• ensure that officers and staff in the custody suite assess at an early stage a child’s need for alternative accommodation (secure or otherwise) and work with children’s social care services to achieve the most appropriate option for the child;• ensure that custody staff comply with their statutory duties to complete detention certificates if a child is detained for any reason in police custody following charge;• ensure that custody staff make a record of all actions taken and decisions made on the relevant documentation; and• improve the timeliness of adequate appropriate adult support for children who are arrested.'
N = {}
N['sas13'] = ('Stop and search powers: Are the police using them effectively and fairly?', (2013, 7, 9), [
    ('National recommendation', 'Chief Constables and the College of Policing should establish in the Stop and Search Authorised Professional Practice document a clear specification of what constitutes the effective and fair exercise of stop and search powers, and guidance in this respect. This should be compliant with the Code of Practice.'),
    ('National recommendation', 'Chief Constables should establish or improve monitoring of the way officers stop and search people, so that they can be satisfied their officers are acting in accordance with the law (including equality legislation and the Code of Practice), and that the power is used effectively to prevent crime, catch criminals and maintain public trust.'),
    ('National recommendation', 'Chief Constables should, in consultation with elected local policing bodies, ensure that they comply with the code of practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example, young people.'),
])
N['everyone'] = ("Everyone's business: Improving the police response to domestic abuse", (2014, 3, 27), [
    ('National recommendation', "By September 2014, every police force in England and Wales should establish and publish an action plan that specifies in detail what steps it will take to improve its approach to domestic abuse.\n\nThis action plan should be developed:\n\n• in consultation with police and crime commissioners, domestic abuse support organisations and victims' representatives;\n• after close consideration of all the recommendations in this report;\n• with reference to all relevant domestic homicide reviews and IPCC findings, whether in connection with the force in question or another force; and 20\n• drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny panels and MARAC self-assessments."),
])
N['austerity'] = ('Policing in austerity: Meeting the challenge', (2014, 7, 22), [
    ('National recommendation', "All Chief Constables and PCCs should review their plans to deliver savings to ensure they are doing all they can to continue to reduce crime and protect the front line while balancing their budgets. They should use the data and information contained in this report, and in HMIC's Value for Money profiles, when conducting their reviews"),
    ('National recommendation', 'Chief Constables and PCCs in forces planning to deliver less than 10% of their savings through collaboration should assess whether there is scope to improve on this position. HMIC will follow up the assessments in the autumn.'),
    ('National recommendation', 'Chief Constables and PCCs in forces that are planning to reduce the proportion of their workforce and/or police officers on the front line should assess whether they have taken the decisive action seen in many forces in order to maintain their crime fighting capacity. HMIC will follow up the assessments in the autumn.'),
    ('National recommendation', 'In preparation for the next spending round period all Chief Constables and PCCs should review their plans for collaboration. In particular they should consider whether there is scope to deliver better value for money and improved capability and capacity through joint working with other forces, the public and/or the private sector.'),
])
N['core'] = ('Core Business: an inspection into crime prevention, police attendance and the use of police time', (2014, 9, 4), [
    ('National recommendation', 'Not later than 31 March 2015 those forces using a threat, harm and risk policy, that have not yet done so, should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.'),
    ('National recommendation', 'By 31 March 2015 all forces should ensure that crime prevention or disruption activity carried out is systematically recorded and subsequently evaluated to determine the effectiveness of tactics being employed.'),
])
N['integrity'] = ('Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing', (2015, 1, 30), [
    ('National recommendation', 'By 31 August 2015, all chief constables should satisfy themselves that they have processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.'),
])
N['sas15'] = ('Stop and search powers 2: are the police using them effectively and fairly?', (2015, 3, 24), [
    ('National recommendation', 'Chief constables should, in consultation with police and crime commissioners, ensure that they comply with the Code of Practice by explaining to the public the way stop and search powers are used in their areas and by making arrangements for stop and search records to be scrutinised by community representatives. This should be done in a way that involves those people who are stopped and searched, for example young people.'),
])
N['picture'] = ('Building the picture: an inspection of police information management', (2015, 7, 1), [
    ('National recommendation', 'By 30 November 2015, chief constables should put in place arrangements to scrutinise audits of compliance with the APP on information management through the force information management governance structure. This should include measures to ensure that categorisation of records are regularly adjusted.'),
])
N['firearms'] = ('Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales', (2015, 9, 15), [
    ('National recommendation', 'Within three months, all chief constables should assess how well the governance of firearms licensing in his or her force meets the standards set out in Authorised Professional Practice. Chief constables of forces where the governance standards are not being complied with should put in place immediately the correct arrangements and procedures in order to meet the standards in full.'),
    ('National recommendation', 'Within three months, all chief constables should assess the demand placed on their firearms licensing department and ensure it has the capacity to meet this demand and provide an efficient and effective service at all times.'),
    ('National recommendation', 'Immediately, all chief constables should satisfy themselves that all appropriate action is being taken by their force with regard to ‘total expired’ licensing records.'),
    ('National recommendation', 'Within three months, all chief constables should ensure that their arrangements in respect of the use of temporary permits are in accordance with the Home Office guidance; that temporary permits are properly recorded without delay on the National Firearms Licensing Management System; and that effective systems exist to ensure certificate holders are not permitted, at any time, to remain in unlawful possession of a firearm.'),
    ('National recommendation', 'Within three months, all chief constables should ensure that systems designed to identify, prior to police attendance, whether a reported incident involves or is at the address of a firearm certificate holder are in place and are always applied by staff dispatching officers to incidents; and that officers understand the risk assessment which they should be undertaking in such circumstances, and their power, when appropriate, to seize firearms and firearm certificates.'),
])
N['stolen'] = ('Stolen freedom: the policing response to modern slavery and human trafficking', (2017, 10, 24), [
    ('National recommendation', 'Within twelve months, forces should review their leadership and governance arrangements for modern slavery and human trafficking, to ensure that:\n• senior leaders prioritise the response to modern slavery and human trafficking;\n• every incident of modern slavery identified to police is allocated appropriate resources with the skills, experience and capacity to investigate it effectively;\n• forces develop effective partnership arrangements to co-ordinate activity in order to share information and safeguard victims; and\n• performance and quality assurance measures are in place to allow senior leaders to assess the nature and quality of the service provided to victims.'),
    ('National recommendation', 'Within six months, forces should have in place active information-sharing agreements with other agencies to facilitate speedy exchange of intelligence 86 and in order to safeguard victims better and to identify suspects as early as possible'),
    ('National recommendation', 'Immediately, forces should ensure that all victims carrying out criminal acts under compulsion attributable to slavery or exploitation are afforded the protection of early and continuing consideration of the applicability of the section 45 defence.'),
    ('National recommendation', 'Immediately, forces should take steps to ensure they are fully compliant with the NRM process as it evolves and are implementing the requirement placed upon them under the Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be an adult victim of modern slavery or human trafficking.'),
    ('National recommendation', 'Immediately, forces should take steps to ensure they fully comply with national crime recording standard (NCRS) requirements for offences identified as modern slavery and human trafficking and that sufficient audit capacity is available to the force crime registrar to provide reassurance that each force is identifying and managing any gaps in its crime-recording accuracy for these types of offences.'),
    ('National recommendation', 'Immediately, forces should ensure that allegations or indications of modern slavery and human trafficking are thoroughly investigated and effectively supervised by teams and individuals with the skills and experience to undertake them (this should include the use where appropriate of joint intelligence teams and other means to obtain intelligence and evidence from agencies overseas).'),
    ('National recommendation', 'Immediately, forces should review their use of preventative powers under the Modern Slavery Act 2015 to ensure that opportunities to restrict the activities of those deemed to pose a clear threat to others in respect of modern slavery and human trafficking offences are exploited.'),
])
N['efc17'] = ('PEEL: Police efficiency 2017 (national overview)', (2017, 11, 9), [
    ('National recommendation', "By September 2018, chief constables should produce an ambitious plan to improve digitally-enabled services within their force. The Home Office, National Police Chiefs' Council and Association of Police and Crime Commissioners should support the development of these plans by establishing a national framework which allows for the provision of digitally enabled services across force boundaries."),
])
N['leg17'] = ('PEEL: Police legitimacy 2017 (national overview)', (2017, 12, 12), [
    ('Cause of concern', 'HMICFRS is concerned that forces are not able to demonstrate that the use of stop and search powers is consistently reasonable and fair. In particular, there is over-representation of BAME people, and black people in particular, in stop and search data which many forces are unable to explain.'),
    ('National recommendation', 'By July 2018, all police forces across England and Wales should be regularly and frequently monitoring a comprehensive set of data and information on use of stop and search powers to understand:\n•the reasons for any disproportionate representation of different ethnic groups in the use of stop and search; •the extent to which find rates differ between people from different ethnicities, and across different types of searches (including separate identification of find rates for drug possession and supply-type offences); and •the prevalence of possession-only drug searches, and the extent to which these align with local or force level priorities.'),
    ('National recommendation', 'Where forces identify disparities through monitoring, they should demonstrate to the public that they have:\n•carried out research and analysis in an attempt to understand the reasons for the disparity, and •taken action to reduce the disparity, where necessary;'),
    ('National recommendation', 'We expect forces to publish this analysis and any actions taken at least on an annual basis, from July 2018.'),
    ('National recommendation', 'By July 2018, and ongoing following that date, forces should ensure that all officers who use stop and search powers have been provided with, and understand, training on unconscious bias and College of Policing APP on stop and search.'),
])
N['powers'] = ('Disproportionate use of police powers: A spotlight on stop and search and the use of force', (2021, 2, 26), [
    ('National recommendation', 'By July 2022, forces should ensure that officers and staff have effective communication skills, in line with the National Policing Guidelines on Conflict Management. This should be in addition to existing training on conflict management and de-escalation.'),
    ('National recommendation', 'By July 2021, forces should ensure that communication skills are reinforced as part of the programme of continuing professional development for officers and staff, and that supervisors are supported to routinely and frequently debrief officers on these skills using body-worn video footage.'),
    ('National recommendation', 'By September 2021, forces should: ensure that officers record on body-worn video (when this is available) the entirety of all stop and search encounters, including traffic stops and use of force incidents.\nhave a structured process for regularly reviewing and monitoring internally a sufficient sample of body-worn video footage to identify and disseminate learning and hold officers to account when behaviour falls below acceptable standards.\nprovide external scrutiny panel members with access to samples of body-worn video footage showing stop and search encounters and use of force incidents, taking account of the safeguards in the College of Policing’s Authorised Professional Practice.'),
    ('National recommendation', 'The Home Office and the NPCC should take steps to ensure that the quality of the data collected on the number of incidents where force has been used to effect a stop and search is sufficient for publication. The Home Office should publish this data as soon as possible.'),
    ('National recommendation', 'By July 2021, forces should ensure they have effective internal monitoring processes on the use of force, to help them to identify and understand disproportionate use, explain the reasons and implement any necessary improvement action.'),
])
T['CONTROL_ROOM'] = 'The force should ensure that it has sufficient resources available in the control room to fulfil its resourcing model, and so to meet its demand, while also taking into account the wellbeing of its workforce.'
# CAUSES template "The size of the vetting backlog within {force} is a cause of concern." with the force filled in
T['VET_COC'] = 'The size of the vetting backlog within West Mercia Police is a cause of concern.'

# ---------------------------------------------------------------------------------------------
import csv
import datetime as dt
import hashlib
import io
import os
import shutil

import xlsxwriter

CASE = "hmicfrs_pivot_drilldown_sheets"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)
FIXED = dt.datetime(2024, 3, 1, 9, 30, 0)
FORCE = "West Mercia Police"


def serial(y, m, d):
    return (dt.date(y, m, d) - dt.date(1899, 12, 30)).days


# --- comments the register used (real wording, section 1.2 of the research notes) -----------
C_NEW = "New recommendation"
C_MON = ("The progress of the implementation of this recommendation is currently being monitored "
         "by HMICFRS and this record will, in due course, be updated.")
C_REV = ("The status of this recommendation is currently being reviewed by HMIC and will be "
         "updated when this review is complete.")
C_DONE = "This recommendation is complete"
C_SUP = ("This area of activity has subsequently been inspected in HMIC's PEEL Effectiveness "
         "inspections. Where a cause of concern still exists this will appear in the register "
         "against these subsequent inspections.")
C_AUST = ("No further action required – this area of activity has subsequently been inspected "
          "each year, most recently in HMICFRS's PEEL Efficiency inspections.")
C_AUTH = ("Authorised for closure on the basis of the additional observations offered by members "
          "of the inspection team in recent inspection activity.")
C_HO = "Directed at the Home Office and the NPCC – no action required by forces."

AR, BP, CO, NFA, SU = ("Awaiting review", "Being progressed", "Complete",
                       "No further action required", "Superseded")
REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")

# --- the HMICFRS register extract (the pivot cache's records, in source order) ---------------
HM = []  # dicts: key, id, insp, pub(serial), type, text, status, sdate(serial), comment


def nat(rkey, idx, key, rid, status, sdate, comment):
    title, (y, m, d), items = N[rkey]
    typ, text = items[idx]
    HM.append(dict(key=key, id=rid, insp=title, pub=serial(y, m, d), type=typ, text=text,
                   status=status, sdate=serial(*sdate), comment=comment))


def loc(insp, pub, key, rid, typ, text, status, sdate, comment):
    HM.append(dict(key=key, id=rid, insp=insp, pub=serial(*pub), type=typ, text=text,
                   status=status, sdate=serial(*sdate), comment=comment))


nat("sas13", 0, "sas13a", 1180, SU, (2015, 4, 20), C_SUP)
nat("sas13", 1, "sas13b", 1181, SU, (2015, 4, 20), C_SUP)
nat("sas13", 2, "sas13c", 1182, SU, (2015, 4, 20), C_SUP)
nat("everyone", 0, "everyone", 2321, CO, (2016, 1, 12), C_DONE)
for i in range(4):
    nat("austerity", i, f"aust{i+1}", 2890 + i, NFA, (2017, 10, 30), C_AUST)
nat("core", 0, "core1", 4822, SU, (2017, 3, 2), C_SUP)
nat("core", 1, "core2", 4823, BP, (2016, 5, 9), C_REV)
nat("integrity", 0, "integrity", 902, CO, (2016, 2, 18), C_DONE)
nat("sas15", 0, "sas15", 3350, BP, (2019, 6, 11), C_MON)
nat("picture", 0, "picture", 3712, AR, (2015, 7, 1), C_NEW)
nat("firearms", 0, "fa1", 5101, CO, (2016, 6, 3), C_DONE)
nat("firearms", 1, "fa2", 5102, BP, (2021, 9, 14), C_MON)
nat("firearms", 2, "fa3", 5103, CO, (2016, 6, 3), C_DONE)
nat("firearms", 3, "fa4", 5104, BP, (2021, 9, 14), C_MON)
nat("firearms", 4, "fa5", 5105, BP, (2021, 9, 14), C_MON)
loc("PEEL: Police efficiency 2015 – West Mercia Police", (2015, 10, 15), "eff15a", 6001, AFI,
    T["EFF15_A"], CO, (2017, 11, 9), C_AUTH)
loc("PEEL: Police efficiency 2015 – West Mercia Police", (2015, 10, 15), "eff15b", 6002, AFI,
    T["EFF15_B"], SU, (2017, 11, 9), C_SUP)
loc("PEEL: Police efficiency 2015 – West Mercia Police", (2015, 10, 15), "eff15c", 6003, AFI,
    T["EFF15_C"], CO, (2017, 11, 9), C_AUTH)
E16 = "PEEL: Police effectiveness 2016 – West Mercia Police"
loc(E16, (2017, 3, 2), "da_coc", 7001, COC, T["DA_COC"], BP, (2022, 4, 5), C_MON)
loc(E16, (2017, 3, 2), "da_r1", 7002, REC, T["DA_R1"], BP, (2022, 4, 5), C_MON)
loc(E16, (2017, 3, 2), "da_r2", 7003, REC, T["DA_R2"], BP, (2022, 4, 5), C_MON)
loc(E16, (2017, 3, 2), "da_r3", 7004, REC, T["DA_R3"], CO, (2019, 2, 21), C_DONE)
loc(E16, (2017, 3, 2), "miss_coc", 7005, COC, T["MISS_COC"], CO, (2019, 2, 21), C_AUTH)
loc(E16, (2017, 3, 2), "miss_rec", 7006, REC, T["MISS_REC"], CO, (2019, 2, 21), C_AUTH)
loc("West Mercia Police: Crime Data Integrity inspection 2017", (2017, 9, 7), "cdi", 7410, REC,
    T["CDI"], BP, (2020, 1, 16), C_MON)
nat("stolen", 0, "msht1", 8101, BP, (2023, 5, 22), C_MON)
nat("stolen", 1, "msht2", 8102, BP, (2023, 5, 22), C_MON)
nat("stolen", 2, "msht3", 8103, CO, (2020, 8, 4), C_DONE)
nat("stolen", 3, "msht4", 8104, BP, (2023, 5, 22), C_MON)
nat("stolen", 4, "msht5", 8105, BP, (2023, 5, 22), C_MON)
nat("stolen", 5, "msht6", 8106, CO, (2022, 11, 29), C_AUTH)
nat("stolen", 6, "msht7", 8107, AR, (2017, 10, 24), C_NEW)
nat("efc17", 0, "digital", 8530, BP, (2019, 3, 27), C_MON)
nat("leg17", 0, "leg_coc", 8541, BP, (2021, 2, 26), C_MON)
nat("leg17", 1, "leg1", 8542, BP, (2021, 2, 26), C_MON)
nat("leg17", 2, "leg2", 8543, BP, (2021, 2, 26), C_MON)
nat("leg17", 3, "leg3", 8544, BP, (2021, 2, 26), C_MON)
nat("leg17", 4, "leg4", 8545, CO, (2022, 6, 30), C_DONE)
loc("PEEL: Police efficiency 2017 – West Mercia Police", (2017, 11, 9), "ctrl", 8601, AFI,
    T["CONTROL_ROOM"], BP, (2020, 9, 8), C_MON)
L17 = "PEEL: Police legitimacy 2017 – West Mercia Police"
loc(L17, (2017, 12, 12), "vet_coc", 8610, COC, T["VET_COC"], CO, (2019, 7, 1), C_AUTH)
loc(L17, (2017, 12, 12), "vet_rec", 8611, REC, T["VET_REC"], CO, (2019, 7, 1), C_DONE)
P19 = "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – West Mercia Police"
for key, rid, typ, tk, st, sd, cm in [
    ("p19_coc1", 9301, COC, "WM_COC_ALLIANCE", BP, (2023, 9, 12), C_MON),
    ("p19_r3", 9302, REC, "WM3", CO, (2021, 3, 31), C_DONE),
    ("p19_r4", 9303, REC, "WM4", BP, (2023, 9, 12), C_MON),
    ("p19_r5", 9304, REC, "WM5", AR, (2019, 5, 2), C_NEW),
    ("p19_r0", 9305, REC, "WM0", BP, (2023, 9, 12), C_MON),
    ("p19_r1", 9306, REC, "WM1", CO, (2022, 12, 6), C_AUTH),
    ("p19_r2", 9307, REC, "WM2", BP, (2023, 9, 12), C_MON),
    ("p19_coc2", 9308, COC, "WM_COC_CAPACITY", BP, (2023, 9, 12), C_MON),
    ("p19_r6", 9309, REC, "WM6", BP, (2023, 9, 12), C_MON),
    ("p19_r9", 9310, REC, "WM9", AR, (2019, 5, 2), C_NEW),
    ("p19_r10", 9311, REC, "WM10", BP, (2023, 9, 12), C_MON),
]:
    loc(P19, (2019, 5, 2), key, rid, typ, T[tk], st, sd, cm)
nat("powers", 0, "pow1", 9801, AR, (2021, 2, 26), C_NEW)
nat("powers", 1, "pow2", 9802, AR, (2021, 2, 26), C_NEW)
nat("powers", 2, "pow3", 9803, AR, (2021, 2, 26), C_NEW)
nat("powers", 3, "pow4", 9804, NFA, (2021, 4, 13), C_HO)
nat("powers", 4, "pow5", 9805, BP, (2023, 1, 17), C_MON)

HMK = {h["key"]: h for h in HM}
assert len(HMK) == len(HM)
CLOSED = {CO, SU, NFA}

# --- the force tracker -------------------------------------------------------------------------
# each: keys (HMICFRS items the row holds; [] = none), report, published, type, ref, text,
# lead, rag, update, submitted (date or None), cat (None = derive from statuses), why
F = []


def fr(keys, report, pub, typ, ref, text, lead, rag, update=None, submitted=None, cat=None,
       why=None):
    F.append(dict(keys=keys, report=report, pub=pub, type=typ, ref=ref, text=text, lead=lead,
                  rag=rag, update=update, submitted=submitted, cat=cat, why=why))


D = dt.datetime
S13, EVB, AUS, CORE = ("Stop & Search powers (HMIC 2013)", "Everyone's Business (DA) 2014",
                       "Policing in Austerity 2014", "Core Business 2014")
fr(["sas13a"], S13, D(2013, 7, 1), "National rec", None,
   "CCs & CoP to set out in the S&S APP a clear specification of what is effective & fair use "
   "of stop & search powers (compliant with Code of Practice)", "Supt Neighbourhood Policing",
   "GREEN", "S&S APP published by CoP; force policy aligned.")
fr(["sas13b"], S13, D(2013, 7, 1), "National rec", None,
   "Establish/improve monitoring of the way officers stop & search people – lawful (incl. "
   "equality legislation & Code of Practice) and effective in preventing crime", 
   "Supt Neighbourhood Policing", "AMBER", "Monitoring via S&S scrutiny board; dip sampling continues.")
fr(["sas13c"], S13, D(2013, 7, 1), "National rec", None,
   "Chief Constables should, in consultation with elected local policing bodies, ensure that "
   "they comply with the code of practice by explaining to the public the way stop and search "
   "powers are used in their areas and by making arrangements for stop and search records to "
   "be scrutinised by community representatives.", "Supt Neighbourhood Policing", "AMBER",
   "Community scrutiny panel terms of reference under review.",
   why="Stop & Search 2013 row whose wording is 2013's ('elected local policing bodies', 'code of "
       "practice' lower case); its near twin from Stop and search 2 (2015, 'police and crime "
       "commissioners') is a separate row. HMICFRS has 1182 Superseded, force AMBER.")
fr(["everyone"], EVB, D(2014, 3, 27), "National rec", None,
   "Establish & publish a DA action plan setting out steps to improve our approach to domestic "
   "abuse (developed with PCC, DA support orgs & victims' reps; all DHRs/IPCC findings)",
   "Ch Supt Public Protection", "BLUE", "Plan published Sept 2014. Closed.")
fr(["aust1", "aust4"], AUS, D(2014, 7, 1), "National rec", None,
   "Review savings plans (continue to reduce crime / protect the front line, using VfM profiles) "
   "AND review plans for collaboration ahead of next spending round – addressed holistically "
   "through the Alliance change programme", "Director of Finance", "AMBER",
   "Addressed holistically as part of the force change programme.",
   why=None)
fr(["aust2"], AUS, D(2014, 7, 1), "National rec", None,
   "CCs & PCCs in forces planning to deliver less than 20% of their savings through "
   "collaboration to assess whether there is scope to improve on this position",
   "Director of Finance", "AMBER", None, cat="conflict",
   why="Same Policing in Austerity item (2891) by wording and report, but the tracker says 'less "
       "than 20%' where HMICFRS says 'less than 10%': a figure disagrees. (HMICFRS No further "
       "action required, force AMBER.)")
fr(["aust3"], AUS, D(2014, 7, 1), "National rec", None,
   "Where workforce / front line numbers are reducing, assess whether decisive action taken to "
   "maintain crime fighting capacity", "Director of Finance", "AMBER",
   "Addressed holistically as part of the force change programme.")
fr(["core1"], CORE, D(2014, 9, 1), "National rec", None,
   "Forces using a THR policy to provide call-handlers with specific, sound & comprehensible "
   "criteria to assess threat, harm & risk (by 31/03/15)", "Supt Contact Centre", "GREEN",
   "THRIVE adopted in OCC.")
fr(["integrity"], "Integrity Matters 2015", D(2015, 1, 30), "National rec", None,
   "Satisfy ourselves that misconduct investigations resulting in 'NFA' are fair and free of any "
   "form of discrimination (by 31 Aug 2015)", "Head of Professional Standards", "GREEN",
   "PSD dip sample of NFA outcomes completed.")
fr(["sas15"], "Stop & search powers 2", D(2015, 3, 1), "National rec", None,
   "Chief constables should, in consultation with PCCs, ensure that they comply with the Code "
   "of Practice by explaining to the public the way S&S powers are used in their areas and by "
   "making arrangements for S&S records to be scrutinised by community reps. Involve those "
   "stopped & searched e.g. young people.", "Supt Neighbourhood Policing", "GREEN",
   "Youth scrutiny panel established; S&S data published monthly. Evidence submitted to HMICFRS "
   "for closure.", D(2024, 2, 14),
   why="Stop and search powers 2 (2015) item 3350 by report and by 'in consultation with PCCs' "
       "(the 2013 twin says 'elected local policing bodies'). HMICFRS Being progressed, force "
       "GREEN and submitted 14/02/2024.")
fr(["picture"], "Building the Picture 2015", D(2015, 7, 1), "National rec", None,
   "By 30 Nov 2015 – arrangements to scrutinise audits of compliance with APP on information "
   "management via the force IM governance structure (incl. regular adjustment of record "
   "categorisation)", "Head of Information Management", "AMBER", "IM audit programme being refreshed.")
FA = "Targeting the Risk (Firearms Licensing) 2015"
fr(["fa1"], FA, D(2015, 9, 15), "National rec", "5101",
   "Assess how well governance of firearms licensing meets APP standards; put correct "
   "arrangements in place where not complied with", "Supt Firearms Licensing", "GREEN",
   "Governance review completed 2016.")
fr(["fa2"], FA, D(2015, 9, 15), "National rec", "5102",
   "Assess demand on firearms licensing dept & ensure capacity to meet it (efficient & effective "
   "service at all times)", "Supt Firearms Licensing", "AMBER",
   "Backlog of renewals remains; additional staff recruited Jan 2024.")
fr(["fa3"], FA, D(2015, 9, 15), "National rec", None,
   "Satisfy ourselves all appropriate action being taken re 'total expired' licensing records",
   "Supt Firearms Licensing", "GREEN", None)
fr(["fa4"], FA, D(2015, 9, 15), "National rec", "5103",
   "Temporary permits – arrangements in line with HO guidance, recorded without delay on NFLMS, "
   "and systems so certificate holders are never in unlawful possession of a firearm",
   "Supt Firearms Licensing", "GREEN", "Process mapped and audited.", None, cat="conflict",
   why="Text is plainly the temporary-permits item 5104 (HO guidance, NFLMS, unlawful possession); "
       "the tracker's ref 5103 belongs to the 'total expired' item, which has its own row without "
       "a ref. Reference disagrees. (HMICFRS Being progressed, force GREEN.)")
fr(["fa5"], FA, D(2015, 9, 15), "National rec", "5105",
   "Systems to identify before attendance whether an incident involves / is at the address of a "
   "certificate holder, applied by dispatchers; officers understand risk assessment & powers "
   "to seize", "Supt Firearms Licensing", "GREEN",
   "STORM flag live; briefing delivered. Evidence submitted to HMICFRS for closure.",
   D(2024, 1, 30))
E15 = "PEEL Efficiency 2015"
fr(["eff15a"], E15, D(2015, 10, 1), "AFI", None,
   "Further work to gain fuller understanding of current & likely future demand so resources can "
   "be matched to demand", "Head of Corporate Development", "GREEN", "Demand review completed.")
fr(["eff15b"], E15, D(2015, 10, 1), "AFI", None,
   "Develop understanding of the links between outcomes, outputs and costs",
   "Head of Corporate Development", "AMBER", "Priority based budgeting work ongoing.")
fr(["eff15c"], E15, D(2015, 10, 1), "AFI", None,
   "Develop a future workforce plan aligned with overall demand & budget (future resource "
   "allocations, skills mix, behaviours)", "Director of People", "GREEN", "Workforce plan agreed.")
PE16 = "PEEL Effectiveness 2016"
fr(["da_coc"], PE16, D(2017, 3, 1), "Cause of Concern", None,
   "CoC – the force's current approach to DA is unacceptable: proportion of victims who do not "
   "support investigations & low use of arrest/prosecution", "C/Supt Bell", "AMBER",
   "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.")
fr(["da_r1"], PE16, D(2017, 3, 1), "Recommendation", None,
   "Immediately consider ways of increasing use of arrest, ancillary orders & other available "
   "powers for DA (better protection, more perpetrators brought to justice)", "C/Supt Bell",
   "GREEN", "Arrest rate for DA now above MSG average. Evidence submitted to HMICFRS for closure.",
   D(2024, 2, 20))
fr(["da_r2"], PE16, D(2017, 3, 1), "Recommendation", None,
   "Understand & address why such a high proportion of DA victims do not support the police "
   "investigation", "C/Supt Bell", "AMBER", "Victim survey commissioned.")
fr(["da_r3"], PE16, D(2017, 3, 1), "Recommendation", None,
   "Cease telephone DA risk assessments and dealing with DA in the resolution centre",
   "Supt Contact Centre", "GREEN", "Ceased March 2017.")
fr([], PE16, D(2017, 3, 1), "Recommendation", None,
   "Local action: Task & Finish group to review the domestic abuse policy and report to the "
   "Force Executive Team", "C/Supt Bell", "AMBER",
   "A Task & Finish group has been set up and a full implementation/project plan, policy rewrite "
   "and communications plan is now completed.", cat="not_on_hmicfrs_list",
   why="Marked 'Local action': the force's own action under PEEL 2016; no HMICFRS item asks for "
       "a Task & Finish group (7001-7004 are the DA items and each has its own row).")
fr(["miss_coc"], PE16, D(2017, 3, 1), "Cause of Concern", None,
   "CoC – response to missing & absent children (risk assessment; absent v missing; CSE "
   "information not influencing risk)", "Ch Supt Public Protection", "BLUE", "Closed by HMICFRS Feb 2019.")
fr(["miss_rec"], PE16, D(2017, 3, 1), "Recommendation", None,
   "Review approach to missing children: • call takers use missing/absent category correctly "
   "• call takers & frontline staff can identify CSE risk factors • supervisors provide correct "
   "oversight of missing person enquiries", "Ch Supt Public Protection", "AMBER",
   "Re-audit of missing children risk grading planned Q1 2024/25.")
fr(["cdi"], "CDI 2017", D(2017, 9, 1), "Recommendation", "7410",
   "Within 6 months put in place arrangements to ensure that: • victims are believed at the point "
   "of report; • call handler/caller conversations summarised accurately in the incident log; "
   "• multiple crimes always recorded when described in incident records or other "
   "investigations; • online crime reports triaged at point of receipt for ongoing risk",
   "Force Crime Registrar", "AMBER", "Allocated to the Force Crime Registrar.", cat="conflict",
   why="Same CDI 2017 item (ref 7410 on both, same stem and bullets) but the tracker copy has four "
       "bullets: the one about stopping the practice of awaiting medical examinations / video "
       "interviews before recording decisions is missing. Missing bullet. (Both open.)")
fr([], "CDI 2017", D(2017, 9, 1), "Recommendation", None,
   "Force action - Dip-sample 50 stalking and harassment crime reports each quarter and report "
   "findings to the Crime Standards Board", "Force Crime Registrar", "GREEN", None,
   cat="not_on_hmicfrs_list",
   why="'Force action' – the force's own audit action; the only CDI 2017 item on the list (7410) "
       "has its own row.")
MS = "Stolen Freedom (MSHT) 2017"
for part, txt, rag in [
    ("a", "MSHT leadership & governance review (a): senior leaders prioritise the response to MSHT", "GREEN"),
    ("b", "MSHT leadership & governance review (b): every MSHT incident allocated appropriate "
          "resources with the skills, experience & capacity to investigate", "GREEN"),
    ("c", "MSHT leadership & governance review (c): effective partnership arrangements to "
          "co-ordinate activity, share info & safeguard victims", "GREEN"),
    ("d", "MSHT leadership & governance review (d): performance & QA measures so senior leaders "
          "can assess the quality of service to victims", "AMBER"),
]:
    fr(["msht1"], MS, D(2017, 10, 24), "National rec", "8101", txt, "Det Ch Supt Force CID", rag,
       "Work undertaken in area but still requires development to complete." if rag == "AMBER"
       else "Complete.",
       why=f"Part ({part}) of 8101 (ref 8101 on every part; the four bullets of the Stolen freedom "
           "leadership recommendation, one row each). Parts a-c GREEN, d AMBER, so the item is "
           "still open on the force side; HMICFRS Being progressed: both open.")
fr(["msht2"], MS, D(2017, 10, 24), "National rec", "8102",
   "Within 12 months, forces should have in place active ISAs with other agencies to facilitate "
   "speedy exchange of intelligence to safeguard victims better & identify suspects as early as "
   "possible", "Head of Intelligence", "AMBER", None, cat="conflict",
   why="Ref 8102 and wording match the Stolen freedom intelligence item, but the tracker says "
       "'Within 12 months' where HMICFRS says 'Within six months': timescale disagrees. (Both open.)")
fr(["msht3"], MS, D(2017, 10, 24), "National rec", "8103",
   "Immediately – ensure all victims carrying out criminal acts under compulsion are afforded "
   "early & continuing consideration of the s45 defence", "Det Ch Supt Force CID", "GREEN", "Complete.")
fr(["msht4"], MS, D(2017, 10, 24), "National rec", "8104",
   "Immediately, forces should take steps to ensure they are fully compliant with the NRM process "
   "as it evolves and are implementing the requirement placed upon them under the Modern Slavery "
   "Act 2015 to notify the Home Office of any individual suspected to be an adult victim of MSHT",
   "Det Ch Supt Force CID", "GREEN", "Completed. Evidence submitted to HMICFRS for closure.",
   D(2024, 1, 12))
fr(["msht5"], MS, D(2017, 10, 24), "National rec", "8105",
   "Full compliance with NCRS for MSHT offences; sufficient audit capacity for the FCR",
   "Force Crime Registrar", "AMBER", None)
fr(["msht6"], MS, D(2017, 10, 24), "National rec", "8106",
   "MSHT allegations thoroughly investigated & effectively supervised by teams with the right "
   "skills/experience (incl. JITs / overseas evidence)", "Det Ch Supt Force CID", "AMBER",
   "Training for MSHT SPOCs to be refreshed.")
fr(["msht7"], MS, D(2017, 10, 24), "National rec", "8107",
   "Review use of preventative powers under the MSA 2015 (STPOs/STROs)", "Det Ch Supt Force CID",
   "RED", "Little work yet undertaken in this area. Unlikely to reach deadlines.")
fr(["digital"], "PEEL Efficiency 17 (all forces)", D(2017, 11, 9), "National rec", None,
   "By September 2019, CCs should produce an ambitious plan to improve digitally-enabled services "
   "within their force.", "Head of Corporate Development", "AMBER", "Digital strategy in draft.",
   cat="conflict",
   why="The PEEL Efficiency 2017 all-forces digital plan (8530), same wording, but the deadline "
       "reads 'By September 2019' against HMICFRS's 'By September 2018'. (Both open.)")
fr(["ctrl"], "PEEL Efficiency 2017", D(2017, 11, 9), "Recommendation", None,
   "The force should ensure that it has sufficient resources available in the control room to "
   "fulfil its resourcing model and meet its demand, while taking into account the wellbeing of "
   "its workforce.", "Supt Contact Centre", "GREEN", "Ready to move to GREEN status.",
   cat="conflict",
   why="Same control-room text and report as 8601, but HMICFRS has it as an Area for improvement "
       "and the tracker as a Recommendation: type disagrees. (HMICFRS Being progressed, force GREEN.)")
LG = "PEEL Legit 17 S&S"
fr(["leg_coc"], LG, D(2017, 12, 12), "Cause of Concern", "8541",
   "Forces unable to demonstrate S&S use is consistently reasonable & fair – over-representation "
   "of BAME / black people in S&S data not explained", "Supt Neighbourhood Policing", "AMBER", None)
fr(["leg1"], LG, D(2017, 12, 12), "National rec", "8542",
   "By July 2018 – regularly monitor comprehensive S&S data to understand: reasons for "
   "disproportionality; find rates by ethnicity & search type (incl. drugs possession / supply); "
   "prevalence of possession-only drug searches v local priorities", "Supt Neighbourhood Policing",
   "GREEN", "Power BI S&S dashboard live. Evidence submitted to HMICFRS for closure.", D(2024, 2, 2))
fr(["leg2"], LG, D(2017, 12, 12), "National rec", "8543",
   "Where disparities identified through monitoring, demonstrate to the public that research & "
   "analysis has been carried out to understand the reasons and action taken to reduce the "
   "disparity", "Supt Neighbourhood Policing", "AMBER", None)
fr(["vet_coc"], "PEEL Legitimacy 2017", D(2017, 12, 12), "Cause of Concern", None,
   "CoC – vetting backlog", "Head of Professional Standards", "BLUE", None)
fr(["vet_rec"], "PEEL Legitimacy 2017", D(2017, 12, 12), "Recommendation", None,
   "All staff to hold at least the lowest level of vetting clearance for their roles ASAP; clear "
   "backlog & renewals; comply fully with national vetting guidelines",
   "Head of Professional Standards", "GREEN", "Backlog cleared June 2019.")
P = "PEEL 2018/19"
fr(["p19_coc1"], P, D(2019, 5, 2), "Cause of Concern", None,
   "CoC – arrangements to maintain the full range of public services when the Alliance with "
   "Warwickshire ends (skills assessment, investigation, safeguarding)", "DCC", "AMBER", None)
fr(["p19_r3"], P, D(2019, 5, 2), "Recommendation", None,
   "Agree arrangements with Warwickshire Police to secure smooth transition to future operating "
   "model", "DCC", "GREEN", "Alliance ended 30/09/2019; transition completed.")
fr(["p19_r4"], P, D(2019, 5, 2), "Recommendation", None,
   "Clearly define new operating model – all operational & support services affordable and fit "
   "to protect the communities of West Mercia", "DCC", "GREEN",
   "Operating model approved by FET. Evidence submitted to HMICFRS for closure.", D(2024, 2, 26))
fr(["p19_r5"], P, D(2019, 5, 2), "Recommendation", None,
   "Improve arrangements to consult with the public on business planning & feed back on changes "
   "to service delivery", "Head of Corporate Development", "AMBER", None)
fr(["p19_r0"], P, D(2019, 5, 2), "Recommendation", None,
   "Review officers' capabilities & capacity to manage their investigative workload "
   "(understand investigative demand)", "ACC Crime", "AMBER", None)
fr(["p19_r1"], P, D(2019, 5, 2), "Recommendation", None,
   "Review, with partners, the approach to vulnerability to better safeguard vulnerable people",
   "Ch Supt Public Protection", "RED", "Partnership review delayed – awaiting safeguarding board.")
fr(["p19_r2"], P, D(2019, 5, 2), "Recommendation", None,
   "Expand skills project to assess all skills (not only operational) incl. future requirements "
   "– to inform workforce plans", "Director of People", "AMBER", None)
fr(["p19_r6"], P, D(2019, 5, 2), "Recommendation", None,
   "Within 6 months ensure regular & active supervison of the quality & progress of "
   "investigations, properly recorded", "ACC Crime", "GREEN",
   "Investigation supervision audit shows 92% compliance. Evidence submitted to HMICFRS for closure.",
   D(2024, 2, 9))
fr(["p19_r9"], P, D(2019, 5, 2), "Recommendation", None,
   "Improve ability to retrieve digital evidence from mobiles, computers & other devices quickly "
   "so investigations not delayed", "Det Ch Supt Force CID", "AMBER", "DFU backlog 6 weeks.")
fr(["p19_r10"], P, D(2019, 5, 2), "Recommendation", None,
   "Improve understanding of suspects RUI and management of those on bail", "Head of Criminal Justice",
   "AMBER", None)
fr([], P, D(2019, 5, 2), "AFI", None,
   "The force should improve its use of its crime-recording and management system to better "
   "manage its case files and investigative processes.", "Head of Criminal Justice", "GREEN",
   "Athena case file module training delivered.", cat="not_on_hmicfrs_list",
   why="Filed under PEEL 2018/19 as an AFI, but none of the eleven PEEL 2018/19 items on the list "
       "(9301-9311) or any other item asks this; not on the HMICFRS list. Query with the FLL.")
fr([], "HMICFRS/HMIP custody 2018", D(2018, 8, 1), "Recommendation", None,
   "Within 6 months, in conjunction with children's social care, review how we manage the "
   "detention of children (only detain when absolutely necessary; early assessment of alternative "
   "accommodation; record all actions/decisions; timely appropriate adult support)",
   "Ch Insp Custody", "AMBER", None, cat="not_on_hmicfrs_list",
   why="Custody inspection recommendation on detention of children; no custody report and no "
       "such text on the HMICFRS list (the list's Inspection column has no custody inspection).")
PW = "Police powers spotlight (Feb 21)"
fr(["leg4"], PW, D(2021, 2, 26), "National rec", None,
   "By July 2018 and ongoing – all officers who use S&S powers provided with, and understand, "
   "training on unconscious bias & CoP APP on S&S", "Head of Learning & Development", "GREEN",
   "All S&S trained officers completed the e-learning.", cat="conflict",
   why="Text is the PEEL legitimacy 2017 unconscious-bias training item 8545 ('By July 2018, and "
       "ongoing'), but the tracker files it under the 2021 police powers spotlight (published "
       "26/02/2021): report disagrees. Statuses agree (HMICFRS Complete, force GREEN).")
fr(["pow1"], PW, D(2021, 2, 26), "National rec", None,
   "By July 2022 – officers & staff have effective communication skills in line with National "
   "Policing Guidelines on Conflict Management (in addition to existing de-escalation training)",
   "Head of Learning & Development", "AMBER", None)
fr(["pow2"], PW, D(2021, 2, 26), "National rec", None,
   "By July 2021 – comms skills reinforced through CPD; supervisors supported to debrief officers "
   "using BWV footage", "Head of Learning & Development", "GREEN",
   "Completed. Evidence submitted to HMICFRS for closure.", D(2024, 2, 22))
for part, txt in [
    ("1", "BWV – record the entirety of all S&S encounters incl. traffic stops & use of force incidents"),
    ("2", "BWV – structured process to review a sufficient sample of footage internally, disseminate "
          "learning & hold officers to account"),
    ("3", "BWV – give external scrutiny panel members access to samples of S&S / use of force footage "
          "(CoP APP safeguards)"),
]:
    fr(["pow3"], PW, D(2021, 2, 26), "National rec", None, txt, "Supt Neighbourhood Policing",
       "GREEN", "Complete.", D(2024, 2, 22),
       why=f"Part {part} of 3 of the By September 2021 body-worn video recommendation 9803 (its "
           "three paragraphs, one row each). All three parts GREEN, so the item is done; HMICFRS "
           "Awaiting review: submit for closure.")
fr(["pow5"], PW, D(2021, 2, 26), "National rec", None,
   "By July 2021 – effective internal monitoring of use of force to identify & understand "
   "disproportionate use, explain reasons & implement improvement", "Supt Neighbourhood Policing",
   "AMBER", None)

FORCE_DONE = {"GREEN", "BLUE"}

# ----- truth ----------------------------------------------------------------------------------
# HMICFRS provenance: which drill-down sheet and row each item landed on
SHEETS = [("Sheet1", AR), ("BP", BP), ("Sheet3", CO), ("Sheet4", NFA), ("Sheet5", SU)]
HM_ROW = {}
for sname, st in SHEETS:
    r = 1
    for h in HM:
        if h["status"] == st:
            r += 1
            HM_ROW[h["key"]] = f"{sname}!{r}"
FORCE_SHEET, FORCE_HEADER = "Tracker", 4
for i, f in enumerate(F):
    f["row"] = FORCE_HEADER + 1 + i
    f["no"] = i + 1

# item-level force state (split items done only if every part done)
parts = {}
for f in F:
    for k in f["keys"]:
        parts.setdefault(k, []).append(f)
truth = []
for h in HM:
    k = h["key"]
    hclosed = h["status"] in CLOSED
    if k not in parts:
        why = {"core2": "No tracker row for the Core Business crime prevention/disruption item "
                        "(4823, By 31 March 2015); the only Core Business row is the call-handler "
                        "THR item 4822. HMICFRS Being progressed.",
               "leg3": "No tracker row for 'We expect forces to publish this analysis ... from July "
                       "2018' (8544); the PEEL Legit 17 S&S rows are 8541-8543 and the training "
                       "item. HMICFRS Being progressed.",
               "pow4": "The Home Office/NPCC use-of-force data item (9804) is not in the tracker; "
                       "HMICFRS has it No further action required (not for forces), but it is on "
                       "the list and the tracker has nothing for it.",
               "p19_coc2": "The PEEL 2018/19 cause of concern on capacity/capability to investigate "
                           "(9308) has no row; the tracker has the alliance CoC only, and the "
                           "investigation recs (9305, 9309-9311) are separate items. HMICFRS Being "
                           "progressed."}[k]
        truth.append((HM_ROW[k], "", "missing_from_force", why))
        continue
    fdone = all(p["rag"] in FORCE_DONE for p in parts[k])
    for p in parts[k]:
        if p["cat"]:
            cat = p["cat"]
        elif hclosed and fdone or (not hclosed and not fdone):
            cat = "in_sync"
        elif not hclosed and fdone:
            cat = "closeable_submit"
        else:
            cat = "closeable_local"
        why = p["why"]
        if k in ("aust1", "aust4"):
            why = ("One tracker row holds two Policing in Austerity items: the savings-plans review "
                   "(2890) and the collaboration-plans review (2893); this line is "
                   + ("2890" if k == "aust1" else "2893")
                   + ". HMICFRS No further action required, force AMBER: close locally.")
        if not why:
            fw = "done" if fdone else "open"
            hw = "closed" if hclosed else "open"
            ref = f" (tracker ref {p['ref']})" if p["ref"] else ""
            why = (f"Matched by report ({p['report']}) and wording{ref} to {h['id']}. HMICFRS "
                   f"{h['status']} ({hw}), force {p['rag']} ({fw}).")
        truth.append((HM_ROW[k], f"{FORCE_SHEET}!{p['row']}", cat, why))
for f in F:
    if not f["keys"]:
        truth.append(("", f"{FORCE_SHEET}!{f['row']}", f["cat"], f["why"]))


# ----- writers --------------------------------------------------------------------------------
def props(wb, title):
    wb.set_properties({"title": title, "author": "", "company": "", "created": FIXED,
                       "comments": ""})


def write_hmicfrs(path):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False})
    props(wb, "Definitive list – West Midlands region – pivot")
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    top = wb.add_format({"valign": "top"})
    bold = wb.add_format({"bold": True})
    cols = ["Rec ID", "Force/FRS", "Inspection", "Date published", "Category", "Description",
            "Current status", "Status changed", "Monitoring comment"]
    widths = [8, 18, 40, 14, 22, 80, 24, 14, 50]
    for n, (sname, st) in enumerate(SHEETS, 1):
        ws = wb.add_worksheet(sname)
        rows = [h for h in HM if h["status"] == st]
        data = [[h["id"], FORCE, h["insp"], h["pub"], h["type"], h["text"], h["status"],
                 h["sdate"], h["comment"]] for h in rows]
        total = sname == "Sheet3"
        last = len(data) + (1 if total else 0)
        opts = {"name": f"Table{n}", "data": data, "style": "Table Style Medium 2",
                "columns": [{"header": c} for c in cols]}
        if total:
            opts["total_row"] = True
            opts["columns"][0]["total_string"] = "Total"
            opts["columns"][6]["total_function"] = "count"
            opts["columns"][6]["total_value"] = len(data)
        ws.add_table(0, 0, last, len(cols) - 1, opts)
        for c, w in enumerate(widths):
            ws.set_column(c, c, w, wrap if c in (2, 5, 8) else top)
        if sname == "Sheet5":
            ws.write(last + 2, 0, "NB asked FLL 12/03 which report supersedes 1180-1182 and 4822 "
                                  "– no reply yet (JS)")
    # the pivot sheet, as it shows on screen (the FLL's summary; counts of the records above)
    ws = wb.add_worksheet("Summary")
    ws.write(0, 0, "Force/FRS", bold)
    ws.write(0, 1, FORCE)
    ws.write(2, 0, "Count of Rec ID", bold)
    ws.write(2, 1, "Column Labels", bold)
    stats = sorted({h["status"] for h in HM})
    ws.write(3, 0, "Row Labels", bold)
    for j, s in enumerate(stats):
        ws.write(3, 1 + j, s, bold)
    ws.write(3, 1 + len(stats), "Grand Total", bold)
    cats = sorted({h["type"] for h in HM})
    for i, c in enumerate(cats):
        ws.write(4 + i, 0, c)
        for j, s in enumerate(stats):
            n = sum(1 for h in HM if h["type"] == c and h["status"] == s)
            if n:
                ws.write_number(4 + i, 1 + j, n)
        ws.write_number(4 + i, 1 + len(stats), sum(1 for h in HM if h["type"] == c))
    g = 4 + len(cats)
    ws.write(g, 0, "Grand Total", bold)
    for j, s in enumerate(stats):
        ws.write_number(g, 1 + j, sum(1 for h in HM if h["status"] == s), bold)
    ws.write_number(g, 1 + len(stats), len(HM), bold)
    ws.write(g + 3, 0, "Source: HMICFRS monitoring portal extract as at 29/02/2024, West Midlands "
                       "region. Double-click a count to see the recommendations behind it.")
    ws.set_column(0, 0, 26)
    ws.set_column(1, 6, 16)
    ws.activate()
    wb.close()


def write_tracker(path):
    wb = xlsxwriter.Workbook(path)
    props(wb, "HMICFRS Recommendations Tracker")
    ws = wb.add_worksheet(FORCE_SHEET)
    title = wb.add_format({"bold": True, "font_size": 14})
    hdr = wb.add_format({"bold": True, "bg_color": "#1F3864", "font_color": "#FFFFFF",
                         "text_wrap": True, "border": 1})
    cell = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    dfmt = wb.add_format({"num_format": "mmm yyyy", "valign": "top", "border": 1})
    sfmt = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top", "border": 1})
    rag = {k: wb.add_format({"bold": True, "valign": "top", "border": 1, "bg_color": v})
           for k, v in {"RED": "#FF0000", "AMBER": "#FFC000", "GREEN": "#00B050",
                        "BLUE": "#00B0F0"}.items()}
    ws.write(0, 0, "West Mercia Police – HMICFRS Recommendations Tracker (Risk & Organisational "
                   "Learning)", title)
    ws.write(1, 0, "RAG: RED = not started / off track · AMBER = in progress · GREEN = complete, "
                   "submit for closure · BLUE = closed by HMICFRS")
    heads = ["No.", "Report", "Published", "Type", "HMIC ref", "Recommendation / AFI",
             "Lead officer", "RAG", "Progress update", "Submitted for closure"]
    for c, h in enumerate(heads):
        ws.write(FORCE_HEADER - 1, c, h, hdr)
    for f in F:
        r = f["row"] - 1
        ws.write_number(r, 0, f["no"], cell)
        ws.write(r, 1, f["report"], cell)
        ws.write_datetime(r, 2, f["pub"], dfmt)
        ws.write(r, 3, f["type"], cell)
        if f["ref"]:
            ws.write_string(r, 4, f["ref"], cell)
        else:
            ws.write_blank(r, 4, None, cell)
        ws.write(r, 5, f["text"], cell)
        ws.write(r, 6, f["lead"], cell)
        ws.write(r, 7, f["rag"], rag[f["rag"]])
        if f["update"]:
            ws.write(r, 8, f["update"], cell)
        else:
            ws.write_blank(r, 8, None, cell)
        if f["submitted"]:
            ws.write_datetime(r, 9, f["submitted"], sfmt)
        else:
            ws.write_blank(r, 9, None, cell)
    for c, w in enumerate([5, 26, 10, 16, 9, 70, 24, 9, 45, 12]):
        ws.set_column(c, c, w)
    ws.freeze_panes(FORCE_HEADER, 0)
    ws.autofilter(FORCE_HEADER - 1, 0, FORCE_HEADER - 1 + len(F), len(heads) - 1)
    wb.close()


def write_truth(path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for t in truth:
        w.writerow(t)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    write_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    write_tracker(os.path.join(OUT, "tracker.xlsx"))
    write_truth(os.path.join(OUT, "truth.csv"))
    write_readme(os.path.join(OUT, "README.md"))
    for fn in sorted(os.listdir(OUT)):
        with open(os.path.join(OUT, fn), "rb") as fh:
            print(hashlib.sha256(fh.read()).hexdigest()[:16], fn)


def write_readme(path):
    from collections import Counter
    cnt = Counter(t[2] for t in truth)
    sheet_rows = {}
    for sname, st in SHEETS:
        n = sum(1 for h in HM if h["status"] == st)
        sheet_rows[sname] = (st, n)
    L = []
    a = L.append
    a(f"# {CASE}\n")
    a("## Story\n")
    a("West Mercia Police's Risk & Organisational Learning analyst is reconciling before the Joint "
      "Audit Committee. The HMICFRS Force Liaison Lead for the West Midlands region did not send a "
      "flat list this time: she sent her *summary pivot* (Category x Current status, count of Rec "
      "ID, with a Force/FRS page field set to West Mercia Police) built on an extract from the "
      "monitoring portal. The source sheet was removed before sending, but the pivot cache was "
      "saved with the file, so the analyst double-clicked each status column's total (Excel's "
      "*Show Details*). Excel put each drill-down on a new sheet, as an Excel Table (Table1..Table5, "
      "header in row 1), to the left of the pivot sheet. She renamed one of the new sheets ('BP'), "
      "added a Total row to the Complete table, and typed a note under the Superseded table. The "
      "drill-downs as saved show both date fields as bare Excel serial numbers in General format "
      "(e.g. 43587 = 02/05/2019), and rows are in the extract's source order (by report, then "
      "id). The force side is an ordinary RAG tracker.\n")
    a("## Files\n")
    a("### hmicfrs.xlsx (the HMICFRS side)\n")
    a("Sheets in tab order: " + ", ".join(f"`{s}`" for s, _ in SHEETS) + ", `Summary`.\n")
    a("- Each drill-down sheet: header row 1 = `Rec ID | Force/FRS | Inspection | Date published | "
      "Category | Description | Current status | Status changed | Monitoring comment`; item rows "
      "from row 2. `Rec ID` is the register's plain integer id (unique across the register, no "
      "prefix). `Category` is the item type (Recommendation / Area for improvement / Cause of "
      "concern / National recommendation). `Description` is the full HMICFRS text (real wording, "
      "line breaks and bullets kept). `Date published` and `Status changed` are integers (Excel "
      "serial dates, General format). `Monitoring comment` holds the register's own comment "
      "wording.\n")
    for sname, (st, n) in sheet_rows.items():
        extra = ""
        if sname == "Sheet3":
            extra = f"; row {n + 2} is the table's Total row (`Total` ... count {n}), not an item"
        if sname == "Sheet5":
            extra = f"; row {n + 3} is the analyst's note (not an item)"
        a(f"- `{sname}`: drill-down of *{st}* — item rows 2-{n + 1} ({n} items){extra}.")
    a("- `Summary`: the pivot as the FLL left it: A1:B1 page field `Force/FRS = West Mercia "
      "Police`; A3 `Count of Rec ID`, B3 `Column Labels`; row 4 `Row Labels` + the five statuses + "
      "`Grand Total`; rows 5-8 one per Category with counts; row 9 `Grand Total` (60); row 12 a "
      "source note. No items on this sheet.\n")
    a(f"Total HMICFRS items: {len(HM)} (statuses: " + ", ".join(
        f"{st} {n}" for st, n in sheet_rows.values()) + ").\n")
    a("### tracker.xlsx (the force side)\n")
    a(f"One sheet `Tracker`. Row 1 title, row 2 RAG legend, row 3 blank, row 4 header `No. | Report "
      f"| Published | Type | HMIC ref | Recommendation / AFI | Lead officer | RAG | Progress update | "
      f"Submitted for closure`; item rows 5-{4 + len(F)} ({len(F)} rows). RAG words RED/AMBER "
      "(open), GREEN (done, submit for closure), BLUE (closed) with matching fills. `HMIC ref` is "
      "filled on some rows only (text). `Published` is a real date shown as `mmm yyyy`.\n")
    a("## What the layout brings\n")
    a("1. The list is spread over five sheets, one per status, named `Sheet1`, `BP`, `Sheet3`, "
      "`Sheet4`, `Sheet5` (the names say nothing; the status is in column G of each, and is the "
      "same on every row of a sheet). Every sheet has its own header row 1.")
    a("2. The last sheet, `Summary`, is a pivot made of plain cells whose row labels look like "
      "types and whose numbers are counts: nothing on it is an item.")
    a("3. Header words of this route: `Rec ID`, `Force/FRS`, `Inspection`, `Category` (= type), "
      "`Description` (= text), `Current status`, `Status changed`, `Monitoring comment`.")
    a("4. Dates as serial integers (`Date published`, `Status changed`).")
    a("5. `Sheet3!" + str(sheet_rows['Sheet3'][1] + 2) + "` Total row inside the Excel Table "
      "(first cell `Total`, a SUBTOTAL count under `Current status`).")
    a("6. `Sheet5!" + str(sheet_rows['Sheet5'][1] + 3) + "` free-text note two rows under the table.")
    a("7. All-forces reports keep their national titles; force reports carry the force in the "
      "title (\"... – West Mercia Police\"). The tracker uses its own short report names "
      "(\"PEEL Legit 17 S&S\", \"Stolen Freedom (MSHT) 2017\", \"Police powers spotlight (Feb 21)\").\n")
    a("## Traps and how the truth decides them\n")
    a("- **Split rows**: 8101 (Stolen freedom leadership, 4 bullets) is four tracker rows "
      "(ref 8101 each), three GREEN and one AMBER: the item is still open, HMICFRS Being progressed "
      "→ four `in_sync` lines. 9803 (BWV, three paragraphs) is three rows, all GREEN, HMICFRS "
      "Awaiting review → three `closeable_submit` lines.")
    a("- **Two items in one row**: the Policing in Austerity savings-plans (2890) and "
      "collaboration-plans (2893) items are one AMBER row; HMICFRS No further action required → two "
      "`closeable_local` lines on the same force row.")
    a("- **Near twins**: Stop and search 2013 item 1182 ('elected local policing bodies') and Stop and "
      "search 2 (2015) item 3350 ('police and crime commissioners') are nearly the same text. Report "
      "and that phrase decide: 1182 Superseded/AMBER → `closeable_local`; 3350 Being "
      "progressed/GREEN → `closeable_submit`.")
    a("- **Five firearms items** all start 'Within three months, all chief constables should…'; "
      "the tracker abbreviates each; the asks (governance, demand, total expired, temporary permits, "
      "certificate-holder addresses) decide.")
    a("- **Wrong reference**: the temporary-permits row carries ref 5103 (the 'total expired' item, "
      "which has its own row with no ref). Decided by text → pair with 5104, `conflict` "
      "(reference).")
    a("- **Conflicts** (7): 2891 figure 10% vs 20%; 5104 reference; 8102 timescale six vs 12 "
      "months; 8530 deadline September 2018 vs 2019; 8545 filed under the 2021 spotlight report "
      "instead of PEEL legitimacy 2017; 7410 CDI bullets, one missing; 8601 Area for improvement vs "
      "Recommendation.")
    a("- **Causes of concern**: most are tracked as their own 'Cause of Concern' rows; the PEEL "
      "2018/19 capacity CoC (9308) is not → `missing_from_force`.")
    a("- **Missing from force** (4): 4823, 8544, 9308, and 9804 (Home Office/NPCC item, HMICFRS No "
      "further action required, still on the list, nothing in the tracker).")
    a("- **Not on the HMICFRS list** (4): two local actions ('Local action:', 'Force action -'), a "
      "custody recommendation on detention of children (no custody inspection on the list), and a "
      "PEEL 2018/19 AFI on the crime-recording system that is on no HMICFRS sheet.")
    a("- **Closeable local**: HMICFRS closed (Complete / Superseded / No further action required) "
      "while the tracker is AMBER/RED: 1181, 1182, 2890, 2892, 2893, 6002, 7006, 8106, 9306.")
    a("- No `review` lines: every pair is decided by report, wording and (where present) ref.\n")
    a("## Counts\n")
    a("| category | lines |\n|---|---|")
    for c in ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
              "not_on_hmicfrs_list", "review"]:
        a(f"| {c} | {cnt.get(c, 0)} |")
    a(f"| total | {len(truth)} |\n")
    a(f"HMICFRS items {len(HM)}; force item rows {len(F)}.\n")
    a("## Rows that are not items\n")
    a("- hmicfrs.xlsx: row 1 of each drill-down sheet (table header); `Sheet3!" +
      str(sheet_rows['Sheet3'][1] + 2) + "` (table Total row); `Sheet5!" +
      str(sheet_rows['Sheet5'][1] + 3) + "` (analyst's note) and the blank rows around it; the "
      "whole `Summary` sheet (pivot page field, labels, counts, grand totals, source note).")
    a("- tracker.xlsx: `Tracker!1` (title), `Tracker!2` (RAG legend), `Tracker!3` (blank), "
      "`Tracker!4` (header).\n")
    a("## Checks run\n")
    a("- Every HMICFRS item row (all drill-down rows 2..n+1) appears at least once in truth.csv, "
      "and every tracker item row (5-" + str(4 + len(F)) + ") once per HMICFRS item it holds "
      "(asserted in the builder's check step).")
    a("- Both workbooks read back with pandas (`sheet_name=None`) and openpyxl; provenance cells "
      "checked against the truth (the Rec ID in each referenced HMICFRS row, the No. in each "
      "referenced tracker row).")
    a("- Built twice; all four files identical byte for byte (sha256). Fixed document properties "
      "(created 2024-03-01 09:30), XlsxWriter's fixed zip timestamps, no clock, no randomness.")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
