"""Builder for the evaluation case revisit_evidence_schedule_template (round 98, case A).

HMICFRS side: a protected post-inspection revisit evidence schedule template (xlsx).
Force side: a plain tracker CSV (Windows-1252). Run with /work/main/.venv/bin/python;
`--check` rebuilds twice, compares bytes and reads everything back.
"""

# --- literal texts (Open Government Licence), copied from the project text lists ---
NAT = {'austerity': ['All Chief Constables and PCCs should review their plans to deliver savings to '
               'ensure they are doing all they can to continue to reduce crime and protect the '
               'front line while balancing their budgets. They should use the data and information '
               "contained in this report, and in HMIC's Value for Money profiles, when conducting "
               'their reviews',
               'Chief Constables and PCCs in forces planning to deliver less than 10% of their '
               'savings through collaboration should assess whether there is scope to improve on '
               'this position. HMIC will follow up the assessments in the autumn.',
               'Chief Constables and PCCs in forces that are planning to reduce the proportion of '
               'their workforce and/or police officers on the front line should assess whether '
               'they have taken the decisive action seen in many forces in order to maintain their '
               'crime fighting capacity. HMIC will follow up the assessments in the autumn.',
               'In preparation for the next spending round period all Chief Constables and PCCs '
               'should review their plans for collaboration. In particular they should consider '
               'whether there is scope to deliver better value for money and improved capability '
               'and capacity through joint working with other forces, the public and/or the '
               'private sector.'],
 'core': ['Not later than 31 March 2015 those forces using a threat, harm and risk policy, that '
          'have not yet done so, should provide call-handlers with specific, sound and '
          'comprehensible criteria against which they can assess threat, harm and risk.',
          'By 31 March 2015 all forces should ensure that crime prevention or disruption activity '
          'carried out is systematically recorded and subsequently evaluated to determine the '
          'effectiveness of tactics being employed.'],
 'efc17': ['By September 2018, chief constables should produce an ambitious plan to improve '
           'digitally-enabled services within their force. The Home Office, National Police '
           "Chiefs' Council and Association of Police and Crime Commissioners should support the "
           'development of these plans by establishing a national framework which allows for the '
           'provision of digitally enabled services across force boundaries.'],
 'everyone': ['By September 2014, every police force in England and Wales should establish and '
              'publish an action plan that specifies in detail what steps it will take to improve '
              'its approach to domestic abuse.\n'
              '\n'
              'This action plan should be developed:\n'
              '\n'
              '• in consultation with police and crime commissioners, domestic abuse support '
              "organisations and victims' representatives;\n"
              '• after close consideration of all the recommendations in this report;\n'
              '• with reference to all relevant domestic homicide reviews and IPCC findings, '
              'whether in connection with the force in question or another force; and 20\n'
              '• drawing on relevant knowledge acquired or available from other sources such as '
              'CPS scrutiny panels and MARAC self-assessments.'],
 'firearms': ['Within three months, all chief constables should assess how well the governance of '
              'firearms licensing in his or her force meets the standards set out in Authorised '
              'Professional Practice. Chief constables of forces where the governance standards '
              'are not being complied with should put in place immediately the correct '
              'arrangements and procedures in order to meet the standards in full.',
              'Within three months, all chief constables should assess the demand placed on their '
              'firearms licensing department and ensure it has the capacity to meet this demand '
              'and provide an efficient and effective service at all times.',
              'Immediately, all chief constables should satisfy themselves that all appropriate '
              'action is being taken by their force with regard to ‘total expired’ licensing '
              'records.',
              'Within three months, all chief constables should ensure that their arrangements in '
              'respect of the use of temporary permits are in accordance with the Home Office '
              'guidance; that temporary permits are properly recorded without delay on the '
              'National Firearms Licensing Management System; and that effective systems exist to '
              'ensure certificate holders are not permitted, at any time, to remain in unlawful '
              'possession of a firearm.',
              'Within three months, all chief constables should ensure that systems designed to '
              'identify, prior to police attendance, whether a reported incident involves or is at '
              'the address of a firearm certificate holder are in place and are always applied by '
              'staff dispatching officers to incidents; and that officers understand the risk '
              'assessment which they should be undertaking in such circumstances, and their power, '
              'when appropriate, to seize firearms and firearm certificates.'],
 'integrity': ['By 31 August 2015, all chief constables should satisfy themselves that they have '
               'processes in place to ensure that investigations into misconduct by officers and '
               'staff resulting in “no further action” are fair and free of any form of '
               'discrimination.'],
 'leg17': ['HMICFRS is concerned that forces are not able to demonstrate that the use of stop and '
           'search powers is consistently reasonable and fair. In particular, there is '
           'over-representation of BAME people, and black people in particular, in stop and search '
           'data which many forces are unable to explain.',
           'By July 2018, all police forces across England and Wales should be regularly and '
           'frequently monitoring a comprehensive set of data and information on use of stop and '
           'search powers to understand:\n'
           '•the reasons for any disproportionate representation of different ethnic groups in the '
           'use of stop and search; •the extent to which find rates differ between people from '
           'different ethnicities, and across different types of searches (including separate '
           'identification of find rates for drug possession and supply-type offences); and •the '
           'prevalence of possession-only drug searches, and the extent to which these align with '
           'local or force level priorities.',
           'Where forces identify disparities through monitoring, they should demonstrate to the '
           'public that they have:\n'
           '•carried out research and analysis in an attempt to understand the reasons for the '
           'disparity, and •taken action to reduce the disparity, where necessary;',
           'We expect forces to publish this analysis and any actions taken at least on an annual '
           'basis, from July 2018.',
           'By July 2018, and ongoing following that date, forces should ensure that all officers '
           'who use stop and search powers have been provided with, and understand, training on '
           'unconscious bias and College of Policing APP on stop and search.'],
 'picture': ['By 30 November 2015, chief constables should put in place arrangements to scrutinise '
             'audits of compliance with the APP on information management through the force '
             'information management governance structure. This should include measures to ensure '
             'that categorisation of records are regularly adjusted.'],
 'powers': ['By July 2022, forces should ensure that officers and staff have effective '
            'communication skills, in line with the National Policing Guidelines on Conflict '
            'Management. This should be in addition to existing training on conflict management '
            'and de-escalation.',
            'By July 2021, forces should ensure that communication skills are reinforced as part '
            'of the programme of continuing professional development for officers and staff, and '
            'that supervisors are supported to routinely and frequently debrief officers on these '
            'skills using body-worn video footage.',
            'By September 2021, forces should: ensure that officers record on body-worn video '
            '(when this is available) the entirety of all stop and search encounters, including '
            'traffic stops and use of force incidents.\n'
            'have a structured process for regularly reviewing and monitoring internally a '
            'sufficient sample of body-worn video footage to identify and disseminate learning and '
            'hold officers to account when behaviour falls below acceptable standards.\n'
            'provide external scrutiny panel members with access to samples of body-worn video '
            'footage showing stop and search encounters and use of force incidents, taking account '
            'of the safeguards in the College of Policing’s Authorised Professional Practice.',
            'The Home Office and the NPCC should take steps to ensure that the quality of the data '
            'collected on the number of incidents where force has been used to effect a stop and '
            'search is sufficient for publication. The Home Office should publish this data as '
            'soon as possible.',
            'By July 2021, forces should ensure they have effective internal monitoring processes '
            'on the use of force, to help them to identify and understand disproportionate use, '
            'explain the reasons and implement any necessary improvement action.'],
 'sas13': ['Chief Constables and the College of Policing should establish in the Stop and Search '
           'Authorised Professional Practice document a clear specification of what constitutes '
           'the effective and fair exercise of stop and search powers, and guidance in this '
           'respect. This should be compliant with the Code of Practice.',
           'Chief Constables should establish or improve monitoring of the way officers stop and '
           'search people, so that they can be satisfied their officers are acting in accordance '
           'with the law (including equality legislation and the Code of Practice), and that the '
           'power is used effectively to prevent crime, catch criminals and maintain public trust.',
           'Chief Constables should, in consultation with elected local policing bodies, ensure '
           'that they comply with the code of practice by explaining to the public the way stop '
           'and search powers are used in their areas and by making arrangements for stop and '
           'search records to be scrutinised by community representatives. This should be done in '
           'a way that involves those people who are stopped and searched, for example, young '
           'people.'],
 'sas15': ['Chief constables should, in consultation with police and crime commissioners, ensure '
           'that they comply with the Code of Practice by explaining to the public the way stop '
           'and search powers are used in their areas and by making arrangements for stop and '
           'search records to be scrutinised by community representatives. This should be done in '
           'a way that involves those people who are stopped and searched, for example young '
           'people.'],
 'stolen': ['Within twelve months, forces should review their leadership and governance '
            'arrangements for modern slavery and human trafficking, to ensure that:\n'
            '• senior leaders prioritise the response to modern slavery and human trafficking;\n'
            '• every incident of modern slavery identified to police is allocated appropriate '
            'resources with the skills, experience and capacity to investigate it effectively;\n'
            '• forces develop effective partnership arrangements to co-ordinate activity in order '
            'to share information and safeguard victims; and\n'
            '• performance and quality assurance measures are in place to allow senior leaders to '
            'assess the nature and quality of the service provided to victims.',
            'Within six months, forces should have in place active information-sharing agreements '
            'with other agencies to facilitate speedy exchange of intelligence 86 and in order to '
            'safeguard victims better and to identify suspects as early as possible',
            'Immediately, forces should ensure that all victims carrying out criminal acts under '
            'compulsion attributable to slavery or exploitation are afforded the protection of '
            'early and continuing consideration of the applicability of the section 45 defence.',
            'Immediately, forces should take steps to ensure they are fully compliant with the NRM '
            'process as it evolves and are implementing the requirement placed upon them under the '
            'Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be '
            'an adult victim of modern slavery or human trafficking.',
            'Immediately, forces should take steps to ensure they fully comply with national crime '
            'recording standard (NCRS) requirements for offences identified as modern slavery and '
            'human trafficking and that sufficient audit capacity is available to the force crime '
            'registrar to provide reassurance that each force is identifying and managing any gaps '
            'in its crime-recording accuracy for these types of offences.',
            'Immediately, forces should ensure that allegations or indications of modern slavery '
            'and human trafficking are thoroughly investigated and effectively supervised by teams '
            'and individuals with the skills and experience to undertake them (this should include '
            'the use where appropriate of joint intelligence teams and other means to obtain '
            'intelligence and evidence from agencies overseas).',
            'Immediately, forces should review their use of preventative powers under the Modern '
            'Slavery Act 2015 to ensure that opportunities to restrict the activities of those '
            'deemed to pose a clear threat to others in respect of modern slavery and human '
            'trafficking offences are exploited.']}

CSV = {0: 'HMIC recommends that the force should immediately: conduct a review of officers’ capabilities '
    'and capacity to manage their investigative workload, to better understand investigative '
    'demand and the pressures placed upon them; and',
 1: 'HMIC recommends that the force should immediately: conduct a review, involving its partners, '
    'of the approach to vulnerability to better safeguard vulnerable people.',
 2: 'HMIC recommends that the force should immediately: expand the skills project work to include '
    'an assessment of all skills, not only operational, including potential future skills '
    'requirements. This assessment should inform workforce plans;',
 4: 'HMIC recommends that the force should immediately:clearly define its new operating model, '
    'ensuring all operational and support services are affordable and fit to protect the '
    'communities of West Mercia;',
 5: 'HMIC recommends that the force should immediately:improve its arrangements both to consult '
    'with the public about business planning and to feed back on changes made to service delivery '
    'as a result of such consultation.',
 6: 'HMIC recommends that within six months the force should: ensure regular and active '
    'supervision of the quality and progress of investigations. This supervision should be '
    'properly recorded;',
 8: 'The force does not have the capacity or capability to investigate crime effectively and this '
    'is affecting the service being provided to the public. There are failings in the way that '
    'crimes are being investigated.',
 9: 'HMIC recommends that within six months the force should: improve its ability to retrieve '
    'digital evidence from mobile phones, computers and other electronic devices quickly enough to '
    'ensure investigations are not delayed;',
 10: 'HMIC recommends that within six months the force should: improve its understanding of '
     'suspects released under investigation and the management of those released on bail;',
 11: 'Within six months the force should put in place arrangements to ensure that:\n'
     '• at the point of report, victims are believed;\n'
     '• conversations between the call handlers and callers are summarised accurately in the '
     'incident log, thus providing attending officers with full facts on which to base '
     'crime-recording decisions;\n'
     '• multiple crimes are always recorded when described within incident records or identified '
     'as part of other recorded crime investigations;\n'
     '• the practice of awaiting the results of medical examinations or video interviews before '
     'making crime-recording decisions is stopped; and\n'
     '• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to '
     'the victim or the wider public are identified and appropriately managed.',
 14: 'The force should undertake further work to gain a fuller understanding of current demand for '
     'its services, and likely future changes in demand. This is so it can make best use of its '
     'resources by matching them to demand to meet the needs of the public',
 15: 'The force should develop its understanding of the links between its outcomes, outputs and '
     'costs',
 16: 'The force should develop a future workforce plan that is aligned with its overall demand and '
     'budget. The plan should include future resource allocations, the mix of skills required by '
     'the workforce and behaviours expected of them.',
 18: 'The force should improve its use of its crime-recording and management system to better '
     'manage its case files and investigative processes.',
 20: 'The force should ensure all staff have received at least the lowest level of vetting '
     'clearance for their roles as quickly as possible, working to clear both the vetting backlog '
     'and new vetting renewals when they become due so that it complies fully with the national '
     'vetting guidelines.',
 21: 'The force’s current approach to domestic abuse is unacceptable. The proportion of victims '
     'who fail to support the investigation and the low use of police powers of arrest and '
     'prosecution is a cause of concern to HMIC.',
 22: 'In order to improve the service it provides to victims of domestic abuse, offer the best '
     'possible protection and bring more perpetrators to justice, the force should immediately '
     'consider ways of increasing the use of arrest, ancillary orders and other available powers.',
 23: 'To improve the service provided to victims of domestic abuse the force should immediately '
     'take steps to understand and address the reason behind why such a high proportion of victims '
     'of domestic abuse do not support the police investigation.',
 24: 'In addition, the practice of conducting domestic abuse risk assessments over the telephone '
     'and dealing with domestic abuse in the resolution centre should cease',
 25: 'The force’s response to missing and absent children is a cause of concern to HMIC. HMIC '
     'found that the assessment of risk for children who go missing from home was inappropriate in '
     'some cases. We found some instances where children were classed as ‘absent’ when they should '
     'have been recorded as ‘missing’, and risk levels for missing children were sometimes '
     'incorrectly assessed at a lower grade. We also found incidents where the risk had not been '
     'identified, even where good information was available on the police database. In some cases '
     'there was information to indicate that children were at risk of sexual exploitation, but '
     'this did not influence the assigned risk and categorisation. Children were incorrectly '
     'graded at a lower level and could have been exposed to an increased risk of harm. This is an '
     'enduring cause of concern from HMIC’s report on vulnerability in 2015.',
 26: 'To address this cause of concern the force should immediately review its approach to reports '
     'of missing children and take steps to ensure that:\n'
     '• call takers understand and use the missing and absent category appropriately; • call '
     'takers and frontline staff have the necessary knowledge to identify risk factors associated '
     'with child sexual exploitation and how to respond to such cases; and • supervisors provide '
     'the correct oversight of missing person enquiries and direct appropriate and timely '
     'investigative and safeguarding action',
 57: 'Within six months Bedfordshire Police should, in conjunction with children’s social care '
     'services, review how it manages the detention of children. As a minimum it should:• ensure '
     'that all children are only detained when absolutely necessary and for the absolute minimum '
     'amount of time;• ensure that officers and staff in the custody suite assess at an early '
     'stage a child’s need for alternative accommodation (secure or otherwise) and work with '
     'children’s social care services to achieve the most appropriate option for the child;• '
     'ensure that custody staff comply with their statutory duties to complete detention '
     'certificates if a child is detained for any reason in police custody following charge;• '
     'ensure that custody staff make a record of all actions taken and decisions made on the '
     'relevant documentation; and• improve the timeliness of adequate appropriate adult support '
     'for children who are arrested.'}

CAUSE_DASH = "The force's response to domestic abuse is a cause of concern to HMIC. The force policy which allows an officer discretion to complete a DASH risk assessment in some crimes and incidents does not provide confidence that risk is always assessed appropriately. In cases where a DASH risk assessment is not completed the officer should record an assessment on the crime management system. HMIC found that officers are not consistently completing a DASH in circumstances where force policy requires that they should do so. This means that some victims of domestic abuse who may be at risk of harm are not being appropriately risk-assessed."


# ---------------------------------------------------------------------------------------------
import csv, datetime as dt, io, os, re, random

CASE = "revisit_evidence_schedule_template"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), CASE)
FORCE = "Northmoor Police"
random.seed(98001)

D = dt.date
PUB = {
    "sas13": D(2013, 7, 9), "everyone": D(2014, 3, 27), "austerity": D(2014, 7, 22),
    "core": D(2014, 9, 4), "integrity": D(2015, 1, 30), "sas15": D(2015, 3, 24),
    "picture": D(2015, 7, 1), "firearms": D(2015, 9, 15), "stolen": D(2017, 10, 24),
    "efc17": D(2017, 11, 9), "leg17": D(2017, 12, 12), "powers": D(2021, 2, 26),
}
TITLE = {
    "sas13": "Stop and search powers: Are the police using them effectively and fairly?",
    "everyone": "Everyone's business: Improving the police response to domestic abuse",
    "austerity": "Policing in austerity: Meeting the challenge",
    "core": "Core Business: an inspection into crime prevention, police attendance and the use of police time",
    "integrity": "Integrity matters: An inspection of arrangements to ensure integrity and to provide the capability to tackle corruption in policing",
    "sas15": "Stop and search powers 2: are the police using them effectively and fairly?",
    "picture": "Building the picture: an inspection of police information management",
    "firearms": "Targeting the risk: An inspection of the efficiency and effectiveness of firearms licensing in police forces in England and Wales",
    "stolen": "Stolen freedom: the policing response to modern slavery and human trafficking",
    "efc17": "PEEL: Police efficiency 2017 (national overview)",
    "leg17": "PEEL: Police legitimacy 2017 (national overview)",
    "powers": "Disproportionate use of police powers: A spotlight on stop and search and the use of force",
}
EFF15 = ("PEEL: Police efficiency 2015", D(2015, 10, 15))
EFF16 = ("PEEL: Police effectiveness 2016", D(2017, 3, 2))
CDI17 = ("Crime data integrity inspection 2017", D(2017, 9, 7))
EFC17F = ("PEEL: Police efficiency 2017", D(2017, 11, 9))
LEG17F = ("PEEL: Police legitimacy 2017", D(2017, 12, 12))
NCPI16 = ("National child protection inspection 2016", D(2016, 6, 21))
P1819 = ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", D(2019, 5, 2))
P2122 = ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", D(2022, 4, 27))

REC, AFI, COC, NAT_T = "Recommendation", "Area for improvement", "Cause of concern", "National recommendation"
AR, BP, CO, SU, NF = ("Awaiting review", "Being progressed", "Complete", "Superseded",
                      "No further action required")
SCODE = {AR: 1, BP: 2, CO: 3, SU: 4, NF: 5}

# ---- HMICFRS items, in schedule order: (part, sref, register id, (report, pub), type, text, status, evidence)
ITEMS = []
def it(part, sref, rid, rep, typ, text, st, ev=()):
    ITEMS.append(dict(part=part, sref=sref, rid=rid, rep=rep[0], pub=rep[1], typ=typ, text=text, st=st, ev=list(ev)))

def nat(k):
    return (TITLE[k], PUB[k])

# Part A: causes of concern and their linked recommendations (sub-numbered .1, .2 ...)
it("A", "A-01", 6712, EFF16, COC, CSV[25], BP, ["Missing persons policy (current version) and the absent/missing categorisation audit, last two quarters"])
it("A", "A-01.1", 6713, EFF16, REC, CSV[26], BP, ["Call-taker training record (missing and absent categories) and CSE risk-factor briefing", "Dip sample of 20 missing child episodes showing supervisory review"])
it("A", "A-02", 6714, EFF16, COC, CAUSE_DASH, CO)
it("A", "A-02.1", 6715, EFF16, REC, "To address this cause of concern, HMIC recommends the force should immediately take steps to ensure that there is effective supervision of the initial risk assessment process, specifically in relation to the completion of DASH risk assessment in appropriate cases.", CO)
it("A", "A-03", 8120, LEG17F, COC, "The size of the vetting backlog within Northmoor Police is a cause of concern.", BP, ["Vetting unit backlog figures by month since January 2023"])
it("A", "A-03.1", 8121, LEG17F, REC, CSV[20], BP, ["Vetting renewals schedule and compliance with the Vetting Code of Practice"])
it("A", "A-04", 9204, P1819, COC, CSV[8], AR)
it("A", "A-04.1", 9205, P1819, REC, CSV[0], AR, ["Investigative workload review report and the resulting action plan"])
it("A", "A-04.2", 9206, P1819, REC, CSV[6], BP, ["Supervisory review audit of investigations (crime standards)"])
it("A", "A-04.3", 9207, P1819, REC, CSV[9], BP)
it("A", "A-04.4", 9208, P1819, REC, CSV[10], BP, ["RUI and bail management performance data"])
it("A", "A-05", 6716, EFF16, COC, CSV[21], BP)
it("A", "A-05.1", 6717, EFF16, REC, CSV[22], BP, ["Arrest rate and use of DVPNs/DVPOs for domestic abuse, 2022 to date"])
it("A", "A-05.2", 6718, EFF16, REC, CSV[23], BP)
it("A", "A-05.3", 6719, EFF16, REC, CSV[24], CO)

# Part B: force-specific recommendations and areas for improvement
it("B", "B-01", 7450, CDI17, REC, CSV[11], BP, ["Crime recording audit results (Force Crime Registrar), last four quarters"])
it("B", "B-02", 7451, CDI17, AFI, CSV[18], BP)
it("B", "B-03", 7452, CDI17, AFI, "The force should revise its approach to cautions, cannabis warning and penalty notices for disorder to ensure that there is a clear and auditable explanation to the offender of the implications of receiving the warning and that, for victim-based crimes, there is a clear and auditable record that views of the victim are considered prior to their issue.", CO)
it("B", "B-04", 5530, EFF15, AFI, CSV[14], NF)
it("B", "B-05", 5531, EFF15, AFI, CSV[15], SU)
it("B", "B-06", 5532, EFF15, AFI, CSV[16], BP, ["Strategic workforce plan 2024-27"])
it("B", "B-07", 8610, EFC17F, AFI, "The force should ensure that it has sufficient resources available in the control room to fulfil its resourcing model, and so to meet its demand, while also taking into account the wellbeing of its workforce.", BP, ["Control room resourcing model and abandoned call performance"])
it("B", "B-08", 7010, NCPI16, REC, CSV[57].replace("Bedfordshire Police", FORCE), BP, ["Joint protocol with children’s social care on detention of children", "Custody records sample: children detained after charge"])
it("B", "B-09", 9209, P1819, REC, CSV[1], AR)
it("B", "B-10", 9210, P1819, REC, CSV[2], BP)
it("B", "B-11", 9211, P1819, REC, CSV[5], CO)
it("B", "B-12", 9212, P1819, REC, CSV[4].replace("West Mercia", "Northmoor"), BP, ["Operating model design document as approved by the chief officer team"])
it("B", "B-13", None, P2122, AFI, "The force should immediately review its current background checks arrangements, and make sure that suitable and sufficient background checks are in place to safeguard its staff and the communities it serves.", BP)
it("B", "B-14", None, P2122, AFI, "The force should make sure it provides accessible information for all staff and members of the public on how they can raise concerns and access confidential support (including through external agencies).", AR)
it("B", "B-15", None, P2122, AFI, "The force should satisfy itself that it has processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.", BP, ["PSD disproportionality review of NFA outcomes"])
it("B", "B-16", None, P2122, AFI, "The force should make sure victims of stalking and harassment are kept informed about the progress of their case, in line with the Code of Practice for Victims of Crime.", BP)
it("B", "B-17", None, P2122, AFI, "The force should improve how it works with partner organisations to safeguard people at risk from child sexual exploitation.", AR)
it("B", "B-18", None, P2122, AFI, "The force should make sure it records reports of hate crime accurately and without delay.", BP, ["Hate crime recording audit"])

# Part C: national recommendations (all forces)
it("C", "C-01", 2321, nat("everyone"), NAT_T, NAT["everyone"][0], CO)
it("C", "C-02", 3401, nat("sas13"), NAT_T, NAT["sas13"][0], SU)
it("C", "C-03", 3402, nat("sas13"), NAT_T, NAT["sas13"][1], SU)
it("C", "C-04", 3403, nat("sas13"), NAT_T, NAT["sas13"][2], SU)
for i in range(4):
    it("C", "C-%02d" % (5 + i), 4802 + i, nat("austerity"), NAT_T, NAT["austerity"][i], NF)
it("C", "C-09", 4822, nat("core"), NAT_T, NAT["core"][0], CO)
it("C", "C-10", 4823, nat("core"), NAT_T, NAT["core"][1], CO)
it("C", "C-11", 902, nat("integrity"), NAT_T, NAT["integrity"][0], CO)
it("C", "C-12", 5610, nat("sas15"), NAT_T, NAT["sas15"][0], BP, ["Stop and search scrutiny panel terms of reference and minutes, last 12 months"])
it("C", "C-13", 5801, nat("picture"), NAT_T, NAT["picture"][0], BP)
for i, st in enumerate([CO, BP, CO, BP, BP]):
    it("C", "C-%02d" % (14 + i), 5990 + i, nat("firearms"), NAT_T, NAT["firearms"][i], st,
       ["Firearms licensing demand assessment and staffing establishment"] if i == 1 else [])
for i, st in enumerate([BP, BP, AR, BP, BP, BP, BP]):
    it("C", "C-%02d" % (19 + i), 8401 + i, nat("stolen"), NAT_T, NAT["stolen"][i], st,
       ["MSHT governance board terms of reference and performance framework"] if i == 0 else
       (["NRM referral figures and Duty to Notify submissions"] if i == 3 else []))
it("C", "C-26", 8650, nat("efc17"), NAT_T, NAT["efc17"][0], BP)
for i, st in enumerate([BP, BP, BP, BP, CO]):
    it("C", "C-%02d" % (27 + i), 8541 + i, nat("leg17"), COC if i == 0 else NAT_T, NAT["leg17"][i], st,
       ["Published stop and search disproportionality analysis (latest annual)"] if i == 1 else [])
for i, st in enumerate([BP, BP, BP, BP, BP]):
    it("C", "C-%02d" % (32 + i), 10501 + i, nat("powers"), NAT_T, NAT["powers"][i], st,
       ["BWV review framework and scrutiny panel access arrangements"] if i == 2 else [])

BY = {x["sref"]: x for x in ITEMS}
assert len(BY) == len(ITEMS)

# ---- the force tracker: (fid, hmicfrs ref shown, report name, published, type, text, lead, RAG, status, update, closed)
ABBR = [(r"modern slavery and human trafficking", "MSHT"), (r"[Dd]omestic abuse", "DA"),
        (r"stop and search", "S&S"), (r"[Cc]hief [Cc]onstables", "CCs"),
        (r"Authorised Professional Practice", "APP"), (r"officers and staff", "officers & staff"),
        (r"body-worn video", "BWV"), (r"College of Policing", "CoP")]
def ab(s):
    for a, b in ABBR:
        s = re.sub(a, b, s)
    return s
def cut(s, n):
    s = s.replace("\n", " ")
    return s if len(s) <= n else s[:n].rsplit(" ", 1)[0] + "..."

F = []
def fr(fid, ref, rep, pub, typ, text, lead, rag, status, update="", closed=""):
    F.append(dict(fid=fid, ref=ref, rep=rep, pub=pub, typ=typ, text=text, lead=lead, rag=rag,
                  status=status, update=update, closed=closed))

fr("sas13a", "3401", "Stop & Search powers (HMIC 2013)", "09/07/2013", "Recommendation",
   "CCs & CoP to establish in S&S APP a clear specification of what constitutes effective and fair use of S&S powers", "ACC Local Policing", "Blue", "Closed", "APP published by CoP; force policy aligned.", "14/03/2016")
fr("sas13b", "3402", "Stop & Search powers (HMIC 2013)", "09/07/2013", "Recommendation",
   "Establish or improve monitoring of the way officers S&S people so that CCs can be satisfied officers are acting in accordance with the law (incl equality legislation & Code of Practice)", "ACC Local Policing", "Amber", "Open", "Monitoring via S&S Governance Board; quarterly dip samples continue.")
fr("everyone", "2321", "Domestic abuse - Everyone's business", "27/03/2014", "Recommendation",
   "By September 2014 publish a DA action plan setting out steps to improve the approach to DA, developed in consultation with PCC, DA support orgs & victims reps, all recs in report, DHRs/IPCC findings and other sources (CPS scrutiny panels, MARAC self-assessments)", "Ch Supt Public Protection", "Blue", "Closed", "DA action plan published Sept 2014; superseded by VAWG delivery plan.", "30/11/2015")
fr("austerity", "", "Policing in Austerity 2014", "22/07/2014", "Recommendation",
   "All 4 recs: 1) review savings plans to protect front line while balancing budget 2) forces delivering <10% of savings through collaboration to assess scope to improve 3) forces reducing front line to assess decisive action to maintain crime fighting capacity 4) review collaboration plans for next spending round",
   "Director of Finance", "Blue", "Closed", "Addressed holistically as part of the Northmoor 2020 change programme. HMICFRS list shows no further action required.", "12/01/2018")
fr("core1", "4822", "Core business", "04/09/2014", "Recommendation",
   "Provide call-handlers with specific, sound & comprehensible criteria to assess threat, harm & risk (THRIVE)", "Supt Contact Centre", "Amber", "Open", "THRIVE refresher for new call handlers being scheduled.")
fr("core2", "4823", "Core business", "04/09/2014", "Recommendation",
   "By 31 March 2015 ensure crime prevention/disruption activity is systematically recorded and evaluated", "Head of Corporate Development", "Blue", "Complete", "Recorded on Niche as disruption activity; evaluation through problem-solving hub.", "21/06/2016")
fr("integrity", "902", "Integrity Matters 2015", "30/01/2015", "Recommendation",
   "By 31 Aug 2015 CCs to satisfy themselves that processes are in place to ensure investigations into misconduct resulting in 'no further action' are fair and free of discrimination", "Head of Professional Standards", "Blue", "Closed", "PSD process reviewed Aug 2015.", "03/09/2015")
fr("sas15", "", "Stop and Search 2 (2015)", "24/03/2015", "Recommendation",
   "CCs, in consultation with PCCs, to comply with the Code of Practice by explaining to the public how S&S powers are used and by arranging for S&S records to be scrutinised by community representatives, involving young people", "ACC Local Policing", "Green", "Submitted for closure", "External scrutiny panel in place incl. youth panel. Evidence submitted to HMICFRS portal 04/2024.", "")
fr("picture", "5801", "Information management (Building the Picture)", "01/07/2015", "Recommendation",
   "By 30 November 2015 put in place arrangements to scrutinise audits of compliance with APP on information management through the IM governance structure", "Head of Information Management", "Amber", "Open", "Information Assurance Board to take audit results from Q3.")
fr("eff15a", "5530", "PEEL Efficiency 2015", "15/10/2015", "AFI",
   "Gain a fuller understanding of current demand and likely future changes in demand", "Head of Corporate Development", "Amber", "Open", "Demand modelling being refreshed for the FMS.")
fr("eff15b", "5531", "PEEL Efficiency 2015", "15/10/2015", "AFI",
   "Develop understanding of links between outcomes, outputs and costs", "Director of Finance", "Grey", "Closed", "Superseded - picked up in PEEL 2018/19.", "02/05/2019")
fr("eff15c", "5532", "PEEL Efficiency 2015", "15/10/2015", "AFI",
   "Develop a future workforce plan aligned with overall demand and budget (resource allocations, skills mix, behaviours)", "Director of People", "Green", "Complete", "Strategic Workforce Plan 2024-27 approved by COG.", "11/03/2024")
for i, (txt, rag, st, upd, cl) in enumerate([
    ("Assess how well the goverance of firearms licensing meets APP standards; put correct arrangements in place where not complied with", "Blue", "Closed", "Governance review completed.", "20/01/2016"),
    ("Within 6 months assess demand on the firearms licensing dept & ensure capacity to meet demand and provide an efficient & effective service", "Amber", "Open", "Business case for 3 additional FEOs.", ""),
    ("Satisfy ourselves that all appropriate action is taken re 'total expired' licensing records", "Blue", "Closed", "Backlog cleared.", "04/02/2016"),
    ("Temporary permits - in accordance with HO guidance, recorded without delay on NFLMS, no unlawful possession", "Green", "Complete", "Process audited by Internal Audit (2023/24 plan).", "15/12/2023"),
    ("Systems to identify whether an incident involves/is at the address of a certificate holder before attendance; officers understand risk assessment & power to seize", "Amber", "Open", "STORM flagging project.", ""),
]):
    fr("fa%d" % (i + 1), str(5990 + i) if i != 4 else "", "Firearms licensing 2015", "15/09/2015", "Recommendation",
       txt, "Supt Firearms Licensing", rag, st, upd, cl)
fr("eff16coc1", "", "PEEL Effectiveness 2016", "02/03/2017", "Cause of Concern",
   "Missing & absent children - risk assessment for children who go missing inappropriate in some cases; children classed as absent who should be missing", "Ch Supt Public Protection", "Amber", "Open", "Vulnerability Improvement Delivery Plan.")
fr("eff16r1", "6713", "PEEL Effectiveness 2016", "02/03/2017", "Recommendation",
   "Review approach to missing children so that:\n• call takers use missing/absent category appropriately;\n• call takers and frontline staff can identify CSE risk factors and respond;\n• supervisors provide correct oversight of missing person enquiries",
   "Ch Supt Public Protection", "Blue", "Submitted for closure", "Absent category removed Nov 2023. Evidence pack sent to HMICFRS.", "")
fr("eff16coc2", "6714", "PEEL Effectiveness 2016", "02/03/2017", "Cause of Concern",
   "DA - officer discretion on DASH risk assessment does not give confidence risk is always assessed; DASH not consistently completed", "C/Supt Bell", "Blue", "Closed", "All DA incidents now risk assessed.", "30/06/2019")
fr("eff16r2", "6715", "PEEL Effectiveness 2016", "02/03/2017", "Recommendation",
   "Effective supervision of the initial risk assessment process - completion of DASH in appropriate cases", "C/Supt Bell", "Amber", "Open", "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.")
fr("eff16coc3", "6716", "PEEL Effectiveness 2016", "02/03/2017", "Cause of Concern",
   "Current approach to DA unacceptable - proportion of victims not supporting investigation and low use of arrest/prosecution", "Ch Supt Public Protection", "Amber", "Open", "")
fr("eff16r3", "6717", "PEEL Effectiveness 2016", "02/03/2017", "Recommendation",
   "Immediately consider ways of increasing the use of arrest, ancillary orders & other powers for DA", "Ch Supt Public Protection", "Green", "Complete", "Arrest rate up to 41%. DVPO use doubled.", "28/02/2024")
fr("eff16r45", "6718 / 6719", "PEEL Effectiveness 2016", "02/03/2017", "Recommendation",
   "Understand and address why a high proportion of DA victims do not support the police investigation. Also: stop DA risk assessments over the telephone / in the resolution centre", "Ch Supt Public Protection", "Amber", "Open", "Victim attrition research with university partner ongoing. Telephone DASH stopped 2018.")
fr("ncpi", "7010", "NCPI 2016", "21/06/2016", "Recommendation",
   "With children's social care, review how we manage detention of children (only detained when necessary, early assessment of alternative accomodation, detention certificates after charge, record all actions, timely appropriate adult support)", "Ch Insp Custody", "Green", "Complete", "Concordat on children in custody signed with both LAs.", "09/10/2023")
fr("cdi1", "7450", "CDI inspection 2017", "07/09/2017", "Recommendation",
   "Within six months put in place arrangements to ensure that:\n• at point of report victims are believed;\n• call handler/caller conversations summarised accurately in the incident log;\n• multiple crimes always recorded when described in incident records;\n• stop waiting for results of medical exams or video interviews before making crime recording decisions",
   "Force Crime Registrar", "Amber", "Open", "Allocated to the Force Crime Registrar. Progress sent to the OPCC on 2 November to inform the 56-day response.")
fr("cdi2", "7451", "CDI inspection 2017", "07/09/2017", "Recommendation",
   "Improve use of the crime recording & management system to better manage case files and investigative processes", "Force Crime Registrar", "Amber", "Open", "Niche case file module rollout.")
fr("cdi3", "7452", "CDI inspection 2017", "07/09/2017", "AFI",
   "Revise approach to cautions, cannabis warnings and PNDs - auditable explanation to offender, victim views recorded", "Head of Criminal Justice", "Blue", "Closed", "OOCD scrutiny panel in place.", "18/07/2019")
fr("stolen1a", "8401", "Stolen Freedom (MSHT) 2017", "24/10/2017", "Recommendation",
   "Leadership & governance (1 of 4): senior leaders prioritise the response to MSHT", "Det Ch Supt Force CID", "Green", "Complete", "MSHT Gold group chaired by ACC.", "01/06/2019")
fr("stolen1b", "8401", "Stolen Freedom (MSHT) 2017", "24/10/2017", "Recommendation",
   "Leadership & governance (2 of 4): every MSHT incident allocated appropriate resources with the skills, experience & capacity to investigate", "Det Ch Supt Force CID", "Amber", "Open", "Exploitation hub resourcing under review.")
fr("stolen1c", "8401", "Stolen Freedom (MSHT) 2017", "24/10/2017", "Recommendation",
   "Leadership & governance (3 of 4): effective partnership arrangements to share information & safeguard victims", "Det Ch Supt Force CID", "Green", "Complete", "Anti-slavery partnership established.", "01/06/2019")
fr("stolen1d", "8401", "Stolen Freedom (MSHT) 2017", "24/10/2017", "Recommendation",
   "Leadership & governance (4 of 4): performance & QA measures so senior leaders can assess quality of service to victims", "Det Ch Supt Force CID", "Green", "Complete", "MSHT measures added to the monthly Force Performance pack.", "12/09/2019")
fr("stolen2", "8402", "Stolen Freedom (MSHT) 2017", "24/10/2017", "Recommendation",
   "Within 12 months have in place active ISAs with other agencies to speed up exchange of intelligence, safeguard victims and identify suspects early", "Head of Intelligence", "Amber", "Open", "ISA with Border Force still in draft.")
fr("stolen3", "8403", "Stolen Freedom (MSHT) 2017", "24/10/2017", "Recommendation",
   "Victims carrying out criminal acts under compulsion - early & continuing consideration of the s45 defence", "Head of Criminal Justice", "Amber", "Open", "")
fr("stolen4", "8404", "Stolen Freedom (MSHT) 2017", "24/10/2017", "Recommendation",
   "Fully compliant with NRM process & duty to notify the HO of suspected adult victims (MSA 2015)", "Det Ch Supt Force CID", "Green", "Complete", "Completed. Evidence submitted to HMICFRS for closure.", "07/11/2023")
fr("stolen5", "8504", "Stolen Freedom (MSHT) 2017", "24/10/2017", "Recommendation",
   "Fully comply with NCRS for MSHT offences; sufficient audit capacity for the FCR", "Force Crime Registrar", "Amber", "Open", "MSHT added to the FCR audit plan.")
fr("stolen6", "8406", "Stolen Freedom (MSHT) 2017", "24/10/2017", "Recommendation",
   "Allegations of MSHT thoroughly investigated & effectively supervised by skilled teams (incl. JITs / overseas evidence)", "Det Ch Supt Force CID", "Red", "Open", "Little work yet undertaken in this area.")
fr("efc17", "8650", "PEEL Efficiency 17 (all forces)", "09/11/2017", "Recommendation",
   "By September 2018 produce an ambitious plan to improve digitally-enabled services", "Head of Corporate Development", "Amber", "Open", "Digital strategy refresh 2024.")
fr("efc17f", "8610", "PEEL Efficiency 2017", "09/11/2017", "AFI",
   "Sufficient resources in the control room to fulfil resourcing model & meet demand, taking into account workforce wellbeing", "Supt Contact Centre", "Amber", "Open", "")
fr("leg17f", "8120", "PEEL Legitimacy 2017", "12/12/2017", "Cause of Concern",
   "Size of the vetting backlog", "Head of Professional Standards", "Amber", "Open", "Backlog down to 212.")
fr("vet1", "8121", "PEEL Legitimacy 2017", "12/12/2017", "Recommendation",
   "Vetting (a): all staff to have at least the lowest level of vetting clearance for their roles asap - clear the backlog", "Head of Professional Standards", "Amber", "Open", "")
fr("vet2", "8121", "PEEL Legitimacy 2017", "12/12/2017", "Recommendation",
   "Vetting (b): clear new vetting renewals when due so we comply fully with national vetting guidelines", "Head of Professional Standards", "Red", "Open", "Renewals backlog growing.")
fr("leg17coc", "8541", "PEEL Legit 17 S&S", "12/12/2017", "Cause of Concern",
   "Forces unable to demonstrate S&S is consistently reasonable and fair; over-representation of BAME people", "ACC Local Policing", "Amber", "Open", "")
fr("leg17a", "8542", "PEEL Legit 17 S&S", "12/12/2017", "Recommendation",
   "By July 2018 regularly monitor comprehensive S&S data to understand:\n•reasons for disproportionality;\n•find rates by ethnicity and search type;\n•prevalence of possession-only drug searches",
   "ACC Local Policing", "Green", "Complete", "S&S dashboard live; reviewed monthly at S&S board.", "30/09/2022")
fr("leg17b", "8543", "PEEL Legit 17 S&S", "12/12/2017", "Recommendation",
   "Where disparities identified, demonstrate to public research/analysis into the reasons and action taken to reduce", "ACC Local Policing", "Amber", "Open", "")
fr("leg17c", "8544", "PEEL Legit 17 S&S", "12/12/2017", "Recommendation",
   "Publish S&S analysis & actions taken at least annually (from July 2018)", "ACC Local Policing", "Green", "Complete", "Annual report published on website Sept 2023.", "29/09/2023")
fr("leg17d", "8545", "PEEL Legit 17 S&S", "12/12/2017", "Recommendation",
   "All officers using S&S trained on unconscious bias and CoP APP on S&S", "Head of Learning & Development", "Blue", "Closed", "", "31/03/2020")
fr("p1819coc", "", "PEEL 2018/19", "02/05/2019", "Cause of Concern",
   "No capacity/capability to investigate crime effectively - failings in the way crimes are investigated", "ACC Crime", "Red", "Open", "Investigation Improvement Plan.")
fr("p1819a", "9205", "PEEL 2018/19", "02/05/2019", "Recommendation",
   "Review officers' capabilities & capacity to manage investigative workload", "ACC Crime", "Green", "Complete", "Workload review complete; report to COG Jan 2024.", "31/01/2024")
fr("p1819b", "9206", "PEEL 2018/19", "02/05/2019", "Recommendation",
   "Within 6 months ensure regular & active supervison of quality and progress of investigations", "ACC Crime", "Amber", "Open", "")
fr("p1819c", "9208", "PEEL 2018/19", "02/05/2019", "Recommendation",
   "Improve understanding of suspects RUI and management of those on bail", "Head of Criminal Justice", "Amber", "Open", "RUI review team in place.")
fr("p1819d", "9209", "PEEL 2018/19", "02/05/2019", "Recommendation",
   "Review with partners the approach to vulnerability to better safeguard vulnerable people", "Ch Supt Public Protection", "Amber", "Open", "")
fr("p1819e", "9210", "PEEL Effectiveness 2017", "02/03/2017", "Recommendation",
   "Expand the skills project to assess all skills (not only operational) incl. future skills requirements - to inform workforce plans", "Director of People", "Amber", "Open", "")
fr("p1819f", "9211", "PEEL 2018/19", "02/05/2019", "Recommendation",
   "Improve arrangements to consult public on business planning & feed back on changes made", "Head of Corporate Development", "Blue", "Closed", "Your Northmoor survey and You Said We Did page.", "15/08/2022")
fr("p1819g", "9212", "PEEL 2018/19", "02/05/2019", "Recommendation",
   "Clearly define new operating model - all services affordable and fit to protect the communities of Northmoor", "DCC", "Amber", "Open", "")
fr("p2122a", "", "PEEL 2021/22", "27/04/2022", "AFI",
   "Review background checks arrangements - suitable & sufficient checks to safeguard staff and communities", "Head of Professional Standards", "Amber", "Open", "")
fr("p2122b", "", "PEEL 2021/22", "27/04/2022", "AFI",
   "Satisfy ourselves that misconduct investigations ending in NFA are fair and free of discrimination", "Head of Professional Standards", "Green", "Complete", "PSD disproportionality review reported to Ethics Committee.", "05/07/2024")
fr("p2122c", "", "PEEL 2021/22", "27/04/2022", "AFI",
   "Victims of stalking & harassment kept informed of progress in line with the Victims Code", "ACC Crime", "Amber", "Open", "")
fr("p2122d", "", "PEEL 2021/22", "27/04/2022", "AFI",
   "Improve work with partners to safeguard people at risk from CSE", "Ch Supt Public Protection", "Amber", "Open", "")
fr("p2122e", "", "PEEL 2021/22", "27/04/2022", "AFI",
   "Record reports of hate crime accurately and without delay", "Force Crime Registrar", "Green", "Complete", "Hate crime audit 96% compliant.", "19/06/2024")
fr("p2122x", "", "PEEL 2021/22", "27/04/2022", "AFI",
   "Improve the timeliness of its response to calls for service involving anti-social behaviour", "Supt Contact Centre", "Amber", "Open", "")
fr("pow1", "", "Police powers spotlight (Feb 21)", "26/02/2021", "Recommendation",
   "By July 2022 officers & staff to have effective communication skills in line with National Policing Guidelines on Conflict Management", "Head of Learning & Development", "Amber", "Open", "")
fr("pow2", "", "Police powers spotlight (Feb 21)", "26/02/2021", "Recommendation",
   "By July 2022 communication skills reinforced through CPD; supervisors supported to debrief officers using BWV footage", "Head of Learning & Development", "Amber", "Open", "")
fr("pow3a", "", "Police powers spotlight (Feb 21)", "26/02/2021", "Recommendation",
   "BWV (part 1): record the entirety of all S&S encounters incl. traffic stops and use of force", "ACC Local Policing", "Green", "Complete", "BWV policy mandates recording.", "30/11/2021")
fr("pow3b", "", "Police powers spotlight (Feb 21)", "26/02/2021", "Recommendation",
   "BWV (part 2): structured process for reviewing a sample of BWV footage internally, learning and accountability", "ACC Local Policing", "Green", "Complete", "Monthly supervisory BWV review in place.", "31/03/2022")
fr("pow3c", "", "Police powers spotlight (Feb 21)", "26/02/2021", "Recommendation",
   "BWV (part 3): external scrutiny panel access to BWV samples of S&S and use of force", "ACC Local Policing", "Green", "Complete", "Panel reviews 10 clips per meeting.", "31/03/2022")
fr("pow4", "", "Police powers spotlight (Feb 21)", "26/02/2021", "Recommendation",
   "HO & NPCC - quality of data on use of force to effect a S&S sufficient for publication", "ACC Local Policing", "White", "Closed", "Not the force's responsibility to deliver; dependent upon another organisation.", "26/02/2021")
fr("pow5", "", "Police powers spotlight (Feb 21)", "26/02/2021", "Recommendation",
   "Effective internal monitoring of use of force - identify and understand disproportionate use, explain reasons, improvement action", "ACC Local Policing", "Amber", "Open", "")
fr("loc1", "", "Local", "", "Local action",
   "Task & Finish group to review the domestic abuse policy and report to the Force Executive Team", "Ch Supt Public Protection", "Amber", "Open", "")
fr("loc2", "", "Internal audit", "", "Local action",
   "Internal audit of the firearms licensing governance arrangements (audit plan 2023/24)", "Supt Firearms Licensing", "Blue", "Complete", "Reasonable assurance.", "22/02/2024")
fr("old1", "5120", "PEEL Efficiency 2014", "11/11/2014", "AFI",
   "Make sure the corporate risk register is actively used to mitigate and manage known risks", "Head of Corporate Development", "Amber", "Open", "Risk register refreshed annually.")

FB = {x["fid"]: x for x in F}
assert len(FB) == len(F)

# ---- the truth, by hand: (sref, fid, category, why)
T = [
 ("A-01", "eff16coc1", "in_sync", "Same cause of concern (missing/absent children, PEEL Effectiveness 2016) by wording; no ref on force row. HMICFRS Being progressed, force Amber/Open: both open."),
 ("A-01.1", "eff16r1", "closeable_submit", "Register ID 6713 on both; force lists the same three bullets. HMICFRS Being progressed, force Submitted for closure."),
 ("A-02", "eff16coc2", "in_sync", "Register ID 6714 on both (DASH cause of concern). HMICFRS Complete, force Closed."),
 ("A-02.1", "eff16r2", "closeable_local", "Register ID 6715; DASH supervision recommendation. HMICFRS Complete, force still Amber/Open: close locally."),
 ("A-03", "leg17f", "in_sync", "Register ID 8120, vetting backlog cause of concern. Both open."),
 ("A-03.1", "vet1", "in_sync", "Force split the vetting recommendation 8121 into (a) backlog and (b) renewals; part (a). HMICFRS Being progressed, part open."),
 ("A-03.1", "vet2", "in_sync", "Part (b) of the split vetting recommendation 8121 (renewals). Open; item open on both sides."),
 ("A-04", "p1819coc", "in_sync", "No ref on force row; same cause of concern wording (capacity/capability to investigate, PEEL 2018/19). Awaiting review vs Red/Open: both open."),
 ("A-04.1", "p1819a", "closeable_submit", "Register ID 9205, workload review. HMICFRS Awaiting review, force Complete."),
 ("A-04.2", "p1819b", "in_sync", "Register ID 9206, supervision of investigations within six months (force writes 'within 6 months', same timescale; drops the 'properly recorded' tail sentence, not a bullet). Both open."),
 ("A-04.3", "", "missing_from_force", "Digital evidence retrieval recommendation (9207) is not on the tracker: PEEL 2018/19 rows cover 9205, 9206, 9208-9212 only."),
 ("A-04.4", "p1819c", "in_sync", "Register ID 9208, RUI and bail. Both open."),
 ("A-05", "eff16coc3", "in_sync", "Register ID 6716, DA approach unacceptable cause of concern. Both open."),
 ("A-05.1", "eff16r3", "closeable_submit", "Register ID 6717, increase use of arrest/ancillary orders for DA. HMICFRS Being progressed, force Complete."),
 ("A-05.2", "eff16r45", "in_sync", "Force row holds two items ('6718 / 6719'); first half is victims not supporting investigations. HMICFRS Being progressed, row Open."),
 ("A-05.3", "eff16r45", "closeable_local", "Same combined force row; second half is stopping telephone DA risk assessments. HMICFRS Complete, the row is still Open (its update says telephone DASH stopped 2018): close locally."),
 ("B-01", "cdi1", "conflict", "Register ID 7450, CDI victims-believed recommendation. Force lists four bullets; the fifth (online reports triaged at point of receipt) is missing. Both open, but a bullet is missing."),
 ("B-02", "cdi2", "conflict", "Register ID 7451, crime-recording system. HMICFRS type Area for improvement, force records it as Recommendation. Both open."),
 ("B-03", "cdi3", "in_sync", "Register ID 7452, cautions/cannabis warnings/PNDs AFI. HMICFRS Complete, force Closed."),
 ("B-04", "eff15a", "closeable_local", "Register ID 5530, demand AFI. HMICFRS No further action required, force Amber/Open."),
 ("B-05", "eff15b", "in_sync", "Register ID 5531, outcomes/outputs/costs AFI. HMICFRS Superseded, force Grey/Closed ('Superseded')."),
 ("B-06", "eff15c", "closeable_submit", "Register ID 5532, workforce plan AFI. HMICFRS Being progressed, force Complete."),
 ("B-07", "efc17f", "in_sync", "Register ID 8610, control room resourcing AFI (force PEEL Efficiency 2017). Both open."),
 ("B-08", "ncpi", "closeable_submit", "Register ID 7010, detention of children (five bullets, all present in force summary). HMICFRS Being progressed, force Complete."),
 ("B-09", "p1819d", "in_sync", "Register ID 9209, vulnerability review with partners. Awaiting review vs Open."),
 ("B-10", "p1819e", "conflict", "Register ID 9210 and same skills-project wording, but the force files it under 'PEEL Effectiveness 2017' (02/03/2017) while HMICFRS holds it under PEEL 2018/19: report disagrees. Both open."),
 ("B-11", "p1819f", "in_sync", "Register ID 9211, consult public on business planning. HMICFRS Complete, force Closed."),
 ("B-12", "p1819g", "in_sync", "Register ID 9212, new operating model. Both open."),
 ("B-13", "p2122a", "in_sync", "No register ID on either side; same background-checks AFI wording, PEEL 2021/22. Both open."),
 ("B-14", "", "missing_from_force", "Accessible information on raising concerns AFI (PEEL 2021/22) has no tracker row; the tracker's PEEL 2021/22 rows are background checks, NFA misconduct, stalking, CSE, hate crime and an ASB AFI HMICFRS does not hold."),
 ("B-15", "p2122b", "closeable_submit", "PEEL 2021/22 AFI on misconduct NFA fairness (force row under PEEL 2021/22, not the 2015 Integrity row). HMICFRS Being progressed, force Complete."),
 ("B-16", "p2122c", "in_sync", "Stalking and harassment victims kept informed AFI. Both open."),
 ("B-17", "p2122d", "in_sync", "CSE partnership safeguarding AFI. Awaiting review vs Open."),
 ("B-18", "p2122e", "closeable_submit", "Hate crime recording AFI. HMICFRS Being progressed, force Complete."),
 ("C-01", "everyone", "in_sync", "Register ID 2321, Everyone's business DA action plan. HMICFRS Complete, force Closed."),
 ("C-02", "sas13a", "in_sync", "Register ID 3401, S&S APP specification. HMICFRS Superseded, force Blue/Closed."),
 ("C-03", "sas13b", "closeable_local", "Register ID 3402, S&S monitoring. HMICFRS Superseded, force Amber/Open."),
 ("C-04", "", "missing_from_force", "3403 (2013 code-of-practice recommendation, 'elected local policing bodies') has no tracker row; the similar tracker row 'CCs, in consultation with PCCs ...' is filed under Stop and Search 2 (2015) and is the 2015 item C-12. HMICFRS has it Superseded."),
 ("C-05", "austerity", "in_sync", "Force row 'All 4 recs' of Policing in Austerity holds four items; its 1) is the savings-plan review. HMICFRS No further action required, force Closed."),
 ("C-06", "austerity", "in_sync", "Same combined row, item 2) (<10% savings through collaboration). NFA vs Closed."),
 ("C-07", "austerity", "in_sync", "Same combined row, item 3) (reducing front line, decisive action). NFA vs Closed."),
 ("C-08", "austerity", "in_sync", "Same combined row, item 4) (collaboration plans for next spending round). NFA vs Closed."),
 ("C-09", "core1", "closeable_local", "Register ID 4822, call-handler THR criteria. HMICFRS Complete, force Amber/Open."),
 ("C-10", "core2", "in_sync", "Register ID 4823, crime prevention activity recorded. Complete vs Complete."),
 ("C-11", "integrity", "in_sync", "Register ID 902, Integrity Matters NFA misconduct (2015). Complete vs Closed. Not to be confused with the PEEL 2021/22 AFI B-15."),
 ("C-12", "sas15", "closeable_submit", "Stop and Search 2 (2015) code-of-practice recommendation; no ref on force row but report and 'in consultation with PCCs' wording match 5610. HMICFRS Being progressed, force Submitted for closure."),
 ("C-13", "picture", "in_sync", "Register ID 5801, Building the picture IM audits. Both open."),
 ("C-14", "fa1", "in_sync", "Register ID 5990, firearms licensing governance. Complete vs Closed."),
 ("C-15", "fa2", "conflict", "Register ID 5991, firearms licensing demand. HMICFRS says 'Within three months', force row says 'Within 6 months': timescale disagrees. Both open."),
 ("C-16", "fa3", "in_sync", "Register ID 5992, 'total expired' records. Complete vs Closed."),
 ("C-17", "fa4", "closeable_submit", "Register ID 5993, temporary permits. HMICFRS Being progressed, force Complete."),
 ("C-18", "fa5", "in_sync", "No ref on force row; wording (identify certificate holders before attendance) matches 5994. Both open."),
 ("C-19", "stolen1a", "in_sync", "8401 MSHT leadership/governance split into four bullet rows; part 1 Complete but part 2 still open, so the item is not done. HMICFRS Being progressed: both open."),
 ("C-19", "stolen1b", "in_sync", "8401 split, part 2 (resources to investigate) Amber/Open. Item open on both sides."),
 ("C-19", "stolen1c", "in_sync", "8401 split, part 3 Complete; item still open because part 2 is open. Both open."),
 ("C-19", "stolen1d", "in_sync", "8401 split, part 4 Complete; item still open because part 2 is open. Both open."),
 ("C-20", "stolen2", "conflict", "Register ID 8402, information-sharing agreements. HMICFRS 'Within six months', force 'Within 12 months': timescale disagrees. Both open."),
 ("C-21", "stolen3", "in_sync", "Register ID 8403, s45 defence. Awaiting review vs Open."),
 ("C-22", "stolen4", "closeable_submit", "Register ID 8404, NRM / duty to notify. HMICFRS Being progressed, force Complete."),
 ("C-23", "stolen5", "conflict", "Force ref 8504 does not exist on the schedule; text (NCRS for MSHT, FCR audit capacity) and report are 8405. Reference disagrees (digits transposed). Both open."),
 ("C-24", "stolen6", "in_sync", "Register ID 8406, MSHT investigation and supervision. Both open."),
 ("C-25", "", "missing_from_force", "8407, preventative powers under the Modern Slavery Act 2015: no tracker row (the Stolen Freedom rows stop at 8406)."),
 ("C-26", "efc17", "in_sync", "Register ID 8650, digitally-enabled services plan. Both open."),
 ("C-27", "leg17coc", "in_sync", "Register ID 8541, national S&S cause of concern. Both open."),
 ("C-28", "leg17a", "closeable_submit", "Register ID 8542, S&S monitoring by July 2018, three bullets present. HMICFRS Being progressed, force Complete."),
 ("C-29", "leg17b", "in_sync", "Register ID 8543, demonstrate research/action on disparities. Both open."),
 ("C-30", "leg17c", "closeable_submit", "Register ID 8544, publish analysis annually. HMICFRS Being progressed, force Complete."),
 ("C-31", "leg17d", "in_sync", "Register ID 8545, unconscious bias training. Complete vs Closed."),
 ("C-32", "pow1", "in_sync", "No ref; communication skills by July 2022 (Conflict Management guidelines) matches 10501. Both open."),
 ("C-33", "pow2", "conflict", "No ref; CPD reinforcement and BWV debrief matches 10502, but HMICFRS deadline is 'By July 2021' and the force wrote 'By July 2022'. Both open."),
 ("C-34", "pow3a", "closeable_submit", "10503 (BWV, three parts) split into three rows; part 1 Complete. All three parts Complete, HMICFRS Being progressed."),
 ("C-34", "pow3b", "closeable_submit", "10503 split, part 2 Complete; every part done. HMICFRS Being progressed."),
 ("C-34", "pow3c", "closeable_submit", "10503 split, part 3 Complete; every part done. HMICFRS Being progressed."),
 ("C-35", "pow4", "closeable_submit", "10504 (Home Office/NPCC data) matched by wording; force marks it White/Closed (not the force's to deliver) = done. HMICFRS Being progressed."),
 ("C-36", "pow5", "in_sync", "10505, use-of-force monitoring. Both open."),
 ("", "p2122x", "not_on_hmicfrs_list", "PEEL 2021/22 AFI on ASB call timeliness: no such item on the schedule. Query with HMICFRS."),
 ("", "loc1", "not_on_hmicfrs_list", "Force's own local action (DA policy Task & Finish group); not an HMICFRS item."),
 ("", "loc2", "not_on_hmicfrs_list", "Internal audit action (firearms governance audit); not an HMICFRS item."),
 ("", "old1", "not_on_hmicfrs_list", "Force ref 5120, PEEL Efficiency 2014 risk register AFI: not on the schedule (HMICFRS no longer holds it)."),
]

# sanity: every item and every force row covered
assert {t[0] for t in T if t[0]} == set(BY), set(BY) ^ {t[0] for t in T if t[0]}
assert {t[1] for t in T if t[1]} == set(FB), set(FB) ^ {t[1] for t in T if t[1]}
OPEN_H = {AR, BP}
DONE_F = {"Complete", "Submitted for closure", "Closed"}
for s, f, c, w in T:
    if s and f and c in ("in_sync", "closeable_submit", "closeable_local"):
        ho = BY[s]["st"] in OPEN_H
        fd = FB[f]["status"] in DONE_F
        exp = {(True, False): "in_sync", (False, True): "in_sync", (True, True): "closeable_submit",
               (False, False): "closeable_local"}[(ho, fd)]
        if not (s in ("C-19", "C-34")):
            assert exp == c, (s, f, c, exp)

# ---------------------------------------------------------------------------------------------
# HMICFRS workbook: the inspectorate's revisit evidence schedule template
import xlsxwriter

def build_hmicfrs(path):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_formulas": False,
                                    "strings_to_urls": False})
    wb.set_properties({"title": "Post-inspection revisit - evidence schedule", "subject": FORCE,
                       "author": "HMICFRS Force Monitoring", "company": "HMICFRS",
                       "comments": "Template v3.1", "created": dt.datetime(2024, 9, 2, 8, 30, 0)})
    # formats
    title = wb.add_format({"bold": True, "font_size": 14, "font_color": "#FFFFFF", "bg_color": "#1F3864", "locked": True})
    note = wb.add_format({"italic": True, "text_wrap": True, "valign": "top"})
    bold = wb.add_format({"bold": True})
    band_h = wb.add_format({"bold": True, "bg_color": "#D9D9D9", "align": "center", "border": 1})
    band_f = wb.add_format({"bold": True, "bg_color": "#FFF2CC", "align": "center", "border": 1})
    head = wb.add_format({"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#BDD7EE", "border": 1})
    headf = wb.add_format({"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#FFE699", "border": 1})
    part = wb.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#2F5597"})
    cell = wb.add_format({"text_wrap": True, "valign": "top", "border": 1})
    dcell = wb.add_format({"num_format": "dd mmm yyyy", "valign": "top", "border": 1})
    ev = wb.add_format({"italic": True, "font_color": "#595959", "text_wrap": True, "valign": "top", "indent": 1, "border": 1})
    exf = wb.add_format({"italic": True, "font_color": "#7F7F7F", "bg_color": "#F2F2F2", "text_wrap": True, "valign": "top", "border": 1})
    unl = wb.add_format({"locked": False, "text_wrap": True, "valign": "top", "border": 1, "bg_color": "#FFFBEA"})
    unl_ex = wb.add_format({"locked": False, "italic": True, "font_color": "#7F7F7F", "bg_color": "#F2F2F2", "text_wrap": True, "valign": "top", "border": 1})

    # --- Cover sheet
    cv = wb.add_worksheet("Cover")
    cv.set_column("A:A", 4); cv.set_column("B:B", 30); cv.set_column("C:C", 80)
    cv.merge_range("B1:C1", "HMICFRS - Post-inspection revisit: evidence schedule", title)
    cover = [
        ("Force", FORCE), ("Revisit fieldwork", "14 to 16 October 2024"),
        ("Register extract taken", "02/09/2024"), ("Return by", "27/09/2024 via the secure portal (do not email)"),
        ("Template", "v3.1 - issued by the HMICFRS Force Monitoring Lead"), ("", ""),
        ("Instructions", "1. The 'Schedule' sheet lists every cause of concern, recommendation and area for improvement HMICFRS holds against the force at the extract date, including items since closed."),
        ("", "2. Columns A to H are completed by HMICFRS and are protected. Do not insert, delete or re-order rows."),
        ("", "3. For each item, choose a force assessment from the drop-down in column I and give your evidence reference(s) in column J."),
        ("", "4. Rows with a reference ending /E1, /E2 ... list evidence the inspection team has asked to see for the item above. They are not separate items."),
        ("", "5. Row EX-00 is a worked example; leave it in place."),
        ("", "6. Causes of concern are numbered A-nn; the recommendations that accompany them are numbered A-nn.1, A-nn.2 ..."),
        ("", "7. Register ID is the number HMICFRS uses on its monitoring register. New PEEL 2021/22 items have no Register ID yet (shown as 'TBC')."),
        ("", ""), ("Declaration", "I confirm that the force assessments in this schedule are accurate and supported by the evidence referenced."),
        ("Completed by (name / role)", ""), ("Date", ""), ("Chief officer sign-off", ""),
    ]
    for i, (a, b) in enumerate(cover):
        cv.write(2 + i, 1, a, bold)
        cv.write(2 + i, 2, b, note if a == "" or a in ("Instructions", "Declaration") else None)
    cv.protect("hmicfrs", {"select_locked_cells": True, "select_unlocked_cells": True})

    # --- Schedule
    ws = wb.add_worksheet("Schedule")
    widths = [11, 10, 34, 12, 18, 80, 18, 6, 24, 16, 20, 40, 14]
    for i, w in enumerate(widths):
        ws.set_column(i, i, w, None, {"hidden": True} if i in (7, 12) else None)
    ws.merge_range("A1:L1", "HMICFRS evidence schedule - recommendations and areas for improvement held against " + FORCE, title)
    ws.merge_range("A2:L2", "Revisit fieldwork 14-16 October 2024. Register extract taken 02/09/2024. Return completed schedule by 27/09/2024.", note)
    ws.merge_range("A3:L3", "Columns A-G are completed by HMICFRS and are locked. Columns I-L are for the force to complete. Please do not insert or delete rows or columns.", note)
    ws.merge_range("A4:L4", "Force assessment key: A = Achieved | PA = Partially achieved | SRA = Still requiring attention | NLA = No longer applicable", note)
    ws.merge_range("A6:H6", "COMPLETED BY HMICFRS (LOCKED)", band_h)
    ws.merge_range("I6:L6", "FORCE TO COMPLETE", band_f)
    hdr = ["Schedule ref", "Register ID", "Report", "Published", "Type",
           "Recommendation / area for improvement / cause of concern (as held on register)",
           "Register status", "Status code", "Force assessment", "Evidence ref(s)", "Force lead", "Force comment", "Key"]
    for c, h in enumerate(hdr):
        ws.write(6, c, h, headf if 8 <= c <= 11 else head)
    ws.freeze_panes(7, 1)
    rows = {}   # sref -> excel row
    nonitem = [(1, "title"), (2, "note: revisit dates"), (3, "note: locked/force columns"),
               (4, "legend: force assessment key"), (5, "blank"), (6, "column group banner"), (7, "header row")]
    r = 7  # zero-based next row
    ws.write_row(r, 0, ["EX-00", "0000", "Example: PEEL: Police effectiveness 2016", "Example", "Recommendation",
                        "EXAMPLE ONLY - the recommendation text as held on the register appears here.",
                        "Being progressed", 2], exf)
    ws.write_row(r, 8, ["PA - Partially achieved", "NMP-EV-000; NMP-EV-001", "Ch Supt (example)",
                        "Example: summarise progress in two or three lines and point to the evidence uploaded to the portal."], unl_ex)
    ws.write(r, 12, "EXAMPLE", exf)
    nonitem.append((r + 1, "worked example row EX-00")); r += 1
    ws.write_row(r, 0, ["EX-00/E1", "", "", "", "", "Evidence requested: example - policy document and latest audit."], exf)
    nonitem.append((r + 1, "worked example evidence row EX-00/E1")); r += 1
    parts = {"A": "PART A - CAUSES OF CONCERN AND LINKED RECOMMENDATIONS",
             "B": "PART B - FORCE-SPECIFIC RECOMMENDATIONS AND AREAS FOR IMPROVEMENT",
             "C": "PART C - NATIONAL RECOMMENDATIONS (ALL FORCES)"}
    cur = None
    for x in ITEMS:
        if x["part"] != cur:
            cur = x["part"]
            ws.merge_range(r, 0, r, 11, parts[cur], part)
            nonitem.append((r + 1, "part banner " + cur)); r += 1
        ws.write(r, 0, x["sref"], cell)
        ws.write(r, 1, x["rid"] if x["rid"] is not None else "TBC", cell)
        ws.write(r, 2, x["rep"], cell)
        ws.write_datetime(r, 3, dt.datetime.combine(x["pub"], dt.time()), dcell)
        ws.write(r, 4, x["typ"], cell)
        ws.write(r, 5, x["text"], cell)
        ws.write(r, 6, x["st"], cell)
        ws.write_formula(r, 7, '=IFERROR(MATCH(G%d,Lists!$C$2:$C$6,0),"")' % (r + 1), cell, SCODE[x["st"]])
        for c in range(8, 12):
            ws.write_blank(r, c, None, unl)
        ws.write_formula(r, 12, '="NMP|"&B%d' % (r + 1), cell, "NMP|%s" % (x["rid"] if x["rid"] else "TBC"))
        rows[x["sref"]] = r + 1; r += 1
        for k, e in enumerate(x["ev"]):
            ws.write(r, 0, "%s/E%d" % (x["sref"], k + 1), ev)
            ws.write(r, 5, "Evidence requested: " + e, ev)
            ws.write_blank(r, 9, None, unl)
            nonitem.append((r + 1, "evidence request row %s/E%d" % (x["sref"], k + 1))); r += 1
    last = r
    r += 1; nonitem.append((r, "blank"))
    ws.merge_range(r, 0, r, 11, "End of schedule - %d items (A: %d, B: %d, C: %d)." % (
        len(ITEMS), sum(x["part"] == "A" for x in ITEMS), sum(x["part"] == "B" for x in ITEMS),
        sum(x["part"] == "C" for x in ITEMS)), bold)
    nonitem.append((r + 1, "end-of-schedule count row")); r += 1
    ws.merge_range(r, 0, r, 11, "Register status is as at the extract date. Items marked Complete, Superseded or No further action required are shown for completeness; no assessment is needed for them.", note)
    nonitem.append((r + 1, "footnote")); r += 1
    ws.data_validation(9, 8, last - 1, 8, {"validate": "list", "source": "=Lists!$A$2:$A$5",
                                            "error_title": "Force assessment", "error_message": "Choose a value from the list."})
    ws.conditional_format(9, 0, last - 1, 6, {"type": "formula", "criteria": "=$H10>=3",
                                               "format": wb.add_format({"font_color": "#808080"})})
    ws.protect("hmicfrs", {"select_locked_cells": True, "select_unlocked_cells": True, "format_columns": True})

    # --- hidden helper sheet for the drop-downs
    ls = wb.add_worksheet("Lists")
    ls.write_row(0, 0, ["Force assessment", "", "Register status", "Code"], bold)
    for i, v in enumerate(["A - Achieved", "PA - Partially achieved", "SRA - Still requiring attention", "NLA - No longer applicable"]):
        ls.write(1 + i, 0, v)
    for i, (v, c) in enumerate(SCODE.items()):
        ls.write(1 + i, 2, v); ls.write(1 + i, 3, c)
    ls.hide()
    wb.close()
    return rows, nonitem

def zip_normalise(path):
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in items:
            zi = zipfile.ZipInfo(n, date_time=(2024, 9, 2, 8, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, b)

def build_tracker(path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    hdr = ["No.", "HMICFRS Ref", "Report", "Date Published", "Type", "Recommendation / AFI",
           "Lead Officer", "RAG", "Status", "Latest Update", "Date Closed"]
    w.writerow(hdr)
    rows = {}
    for n, f in enumerate(F, start=1):
        w.writerow([n, f["ref"], f["rep"], f["pub"], f["typ"], f["text"], f["lead"], f["rag"],
                    f["status"], f["update"], f["closed"]])
        rows[f["fid"]] = n + 1
    with open(path, "wb") as fh:
        fh.write(buf.getvalue().encode("cp1252"))
    return rows

def main():
    os.makedirs(OUT, exist_ok=True)
    hx = os.path.join(OUT, "hmicfrs.xlsx")
    hrows, nonitem = build_hmicfrs(hx)
    zip_normalise(hx)
    frows = build_tracker(os.path.join(OUT, "tracker.csv"))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for s, f, c, why in T:
        w.writerow(["Schedule!%d" % hrows[s] if s else "", "tracker.csv!%d" % frows[f] if f else "", c, why])
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    from collections import Counter
    cnt = Counter(t[2] for t in T)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme(hrows, frows, nonitem, cnt))


def readme(hrows, frows, nonitem, cnt):
    R = lambda s: hrows[s]
    Fr = lambda f: frows[f]
    evrows = [n for n, why in nonitem if why.startswith("evidence request")]
    other = [(n, why) for n, why in nonitem if not why.startswith("evidence request")]
    L = []
    a = L.append
    a("# revisit_evidence_schedule_template\n")
    a("## Story\n")
    a("Ahead of a post-inspection revisit (fieldwork 14-16 October 2024), the HMICFRS Force Monitoring Lead sends "
      "Northmoor Police (an invented force) an **evidence schedule**: a protected Excel template, pre-filled by HMICFRS "
      "from its monitoring register, listing every cause of concern, recommendation and area for improvement it holds "
      "against the force, with the inspection team's evidence requests under each item and blank columns for the force "
      "to complete (a drop-down force assessment scored the way custody revisits score earlier recommendations: "
      "Achieved / Partially achieved / Still requiring attention / No longer applicable). The force's organisational-"
      "learning analyst treats it as the definitive list and reconciles it with the force's own tracker, a plain CSV "
      "saved out of the force's Excel register, before completing the return. The force columns are still blank "
      "(only the worked example row is filled), so the HMICFRS side of each pair is the register status in column G.\n")
    a("## Files\n")
    a("- `hmicfrs.xlsx` (written with XlsxWriter, zip entries re-stamped to a fixed date):\n"
      "  - `Cover` (protected): title, force, dates, numbered instructions, declaration block. No items.\n"
      "  - `Schedule` (protected; columns I-L unlocked): rows 1-4 title and notes (merged across A:L), row 5 blank, "
      "row 6 a merged group banner ('COMPLETED BY HMICFRS (LOCKED)' over A:H, 'FORCE TO COMPLETE' over I:L), "
      "**row 7 the header**: `Schedule ref`, `Register ID`, `Report`, `Published` (real dates shown dd mmm yyyy), `Type`, "
      "`Recommendation / area for improvement / cause of concern (as held on register)`, `Register status`, "
      "`Status code` (hidden column H: MATCH formula against the Lists sheet, cached 1-5), `Force assessment` "
      "(drop-down), `Evidence ref(s)`, `Force lead`, `Force comment`, `Key` (hidden column M: formula `=\"NMP|\"&B`). "
      "Item rows %d-%d with part banners and evidence rows among them; end rows after.\n" % (R("A-01"), R("C-36")) +
      "  - `Lists` (hidden sheet): the drop-down values and the register status codes (1 Awaiting review, 2 Being "
      "progressed, 3 Complete, 4 Superseded, 5 No further action required). No items.\n"
      "- `tracker.csv`: Windows-1252, CRLF, header on row 1 (`No.`, `HMICFRS Ref`, `Report`, `Date Published`, `Type`, "
      "`Recommendation / AFI`, `Lead Officer`, `RAG`, `Status`, `Latest Update`, `Date Closed`), item rows 2-%d, no "
      "non-item rows. %d records (rows %s) have quoted multi-line text cells (bullets on separate lines); each is still one row. "
      "Force Status: `Open` = open; `Complete`, `Submitted for closure`, `Closed` = done. RAG Red/Amber/Green/Blue/Grey/White "
      "accompanies it (Grey = superseded, White = not the force's to deliver, both with Status Closed).\n" % (len(F) + 1, sum("\n" in f["text"] for f in F), ", ".join(str(frows[f["fid"]]) for f in F if "\n" in f["text"])))
    a("- `truth.csv`: %d lines. HMICFRS provenance `Schedule!N`, force provenance `tracker.csv!N`.\n" % sum(cnt.values()))
    a("## What the layout brings\n")
    a("1. Template furniture above the header (rows 1-6, merged title/notes, a two-band banner) and a **worked example** "
      "row EX-00 (row 8) with its own evidence row (row 9): realistic text-like content that is not an item.\n"
      "2. **Own id scheme**: `A-nn` causes of concern with sub-numbered linked recommendations `A-nn.1`, `A-nn.2`; `B-nn` "
      "force-specific items; `C-nn` national items; evidence rows `<ref>/E1`, `/E2`. The register's own plain integer "
      "ids are in `Register ID` (e.g. 8541, 902, 10501); new PEEL 2021/22 items show `TBC`.\n"
      "3. **Evidence request rows** (%d of them) sit directly under items, in the same text column F, prefixed "
      "'Evidence requested:'; their ref has a `/E` suffix, no Register ID, no status. Rows: %s.\n" % (len(evrows), ", ".join(map(str, evrows))) +
      "4. **Part banners** (merged rows) for Part A/B/C at rows %s.\n" % ", ".join(str(n) for n, w in other if w.startswith("part banner")) +
      "5. Hidden helper column H (status code from MATCH, conditional-format grey for codes >= 3), hidden key column M "
      "(formula), hidden `Lists` sheet feeding the data-validation drop-down in column I. Both sheets protected.\n"
      "6. Closed items (Complete / Superseded / No further action required) are listed too, greyed by conditional "
      "format only, with a footnote saying so.\n"
      "7. End rows: a count row ('End of schedule - %d items') and a footnote.\n" % len(ITEMS))
    a("## Traps and how the truth decides\n")
    a("- Causes of concern are items of their own (A-01...A-05, C-27): each is paired with the tracker's cause-of-concern row.\n"
      "- Split rows: vetting recommendation A-03.1 (row %d) is split into tracker rows %d/%d, both open: in_sync twice. "
      "MSHT leadership C-19 (row %d) split into four bullet rows %s, three Complete and one Amber: item not done, in_sync x4. "
      "BWV recommendation C-34 (row %d) split into three rows %s, all Complete vs Being progressed: closeable_submit x3.\n"
      % (R("A-03.1"), Fr("vet1"), Fr("vet2"), R("C-19"), "/".join(str(Fr(x)) for x in ("stolen1a", "stolen1b", "stolen1c", "stolen1d")),
         R("C-34"), "/".join(str(Fr(x)) for x in ("pow3a", "pow3b", "pow3c"))) +
      "- One tracker row, several items: tracker row %d ('6718 / 6719') holds A-05.2 (open: in_sync) and A-05.3 (HMICFRS "
      "Complete: closeable_local). Tracker row %d ('All 4 recs' of Policing in Austerity) holds C-05..C-08, all No further "
      "action required vs Closed: in_sync x4.\n" % (Fr("eff16r45"), Fr("austerity")) +
      "- Conflicts: missing fifth bullet B-01 (row %d vs tracker %d); type AFI vs Recommendation B-02 (row %d vs %d); report "
      "filed under PEEL Effectiveness 2017 instead of PEEL 2018/19 B-10 (row %d vs %d); timescale 'Within three months' vs "
      "'Within 6 months' C-15 (row %d vs %d); 'Within six months' vs 'Within 12 months' C-20 (row %d vs %d); transposed "
      "reference 8504 for 8405 C-23 (row %d vs %d); deadline 'By July 2021' vs 'By July 2022' C-33 (row %d vs %d).\n"
      % (R("B-01"), Fr("cdi1"), R("B-02"), Fr("cdi2"), R("B-10"), Fr("p1819e"), R("C-15"), Fr("fa2"), R("C-20"),
         Fr("stolen2"), R("C-23"), Fr("stolen5"), R("C-33"), Fr("pow2")) +
      "- Near-duplicates: Stop and search 2013 code-of-practice rec C-04 (row %d, Superseded) vs 2015 rec C-12 (row %d); "
      "the tracker has only the 2015 one (row %d, 'in consultation with PCCs', filed under Stop and Search 2 (2015)), so "
      "C-12 is closeable_submit and C-04 missing_from_force. Integrity Matters 2015 C-11 (NFA misconduct, Complete) vs the "
      "PEEL 2021/22 AFI B-15 with almost the same words: paired by report with tracker rows %d and %d.\n"
      % (R("C-04"), R("C-12"), Fr("sas15"), Fr("integrity"), Fr("p2122b")) +
      "- Items with no register id (TBC) or tracker rows with no ref are paired by report and wording.\n"
      "- White/Closed tracker row %d for the Home Office/NPCC recommendation C-35 counts as done: closeable_submit.\n" % Fr("pow4") +
      "- The worked example EX-00 and the evidence request rows look like items but are not in the truth.\n"
      "- Not on the HMICFRS list: an ASB AFI the schedule does not hold (row %d), two local/internal-audit actions (rows %d, %d), "
      "an old PEEL Efficiency 2014 AFI ref 5120 (row %d).\n" % (Fr("p2122x"), Fr("loc1"), Fr("loc2"), Fr("old1")) +
      "- Missing from force: A-04.3 digital evidence (row %d), B-14 accessible information (row %d), C-04 (row %d), "
      "C-25 preventative powers (row %d).\n" % (R("A-04.3"), R("B-14"), R("C-04"), R("C-25")))
    a("## Counts\n")
    a("%d HMICFRS items (Part A %d, B %d, C %d); %d tracker item rows; %d truth lines.\n\n" % (
        len(ITEMS), sum(x["part"] == "A" for x in ITEMS), sum(x["part"] == "B" for x in ITEMS),
        sum(x["part"] == "C" for x in ITEMS), len(F), sum(cnt.values())))
    for k in ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force", "not_on_hmicfrs_list", "review"]:
        a("- %s: %d\n" % (k, cnt.get(k, 0)))
    a("\n## Rows that are not items\n")
    a("- `Cover` and `Lists` sheets: no items (instructions/declaration; drop-down helper values).\n")
    for n, why in other:
        a("- Schedule!%d: %s\n" % (n, why))
    a("- Schedule evidence request rows (ref `<item>/En`, 'Evidence requested: ...'): %s.\n" % ", ".join(map(str, evrows)))
    a("- tracker.csv!1: header. No other non-item rows.\n")
    a("\n## Checks run\n")
    a("See the builder's `--check` mode: every Schedule row from 8 to the footnote is either an item in the truth or "
      "listed above; every tracker record is in the truth; both files read back with pandas (openpyxl engine; "
      "`encoding='cp1252'` for the CSV) and openpyxl; two consecutive builds compared byte for byte.\n")
    text = "\n".join(x.rstrip("\n") for x in L)
    return re.sub(r"\n(## )", r"\n\n\1", text).replace("\n## ", "\n## ") + "\n"


def check():
    import hashlib, pandas as pd, openpyxl
    def digest():
        return {n: hashlib.sha256(open(os.path.join(OUT, n), "rb").read()).hexdigest() for n in sorted(os.listdir(OUT))}
    main(); d1 = digest(); main(); d2 = digest()
    assert d1 == d2, "builds differ"
    assert sorted(d1) == ["README.md", "hmicfrs.xlsx", "tracker.csv", "truth.csv"]
    truth = pd.read_csv(os.path.join(OUT, "truth.csv"), dtype=str, keep_default_na=False)
    wb = openpyxl.load_workbook(os.path.join(OUT, "hmicfrs.xlsx"))
    ws = wb["Schedule"]
    assert wb["Lists"].sheet_state == "hidden" and ws.column_dimensions["H"].hidden
    item_rows = {int(x.split("!")[1]) for x in truth.hmicfrs_row if x}
    readme_txt = open(os.path.join(OUT, "README.md"), encoding="utf-8").read()
    for r in range(8, ws.max_row + 1):
        a = ws.cell(r, 1).value; f = ws.cell(r, 6).value
        if r in item_rows:
            assert a in BY and f == BY[a]["text"], (r, a)
        else:
            assert ("Schedule!%d:" % r in readme_txt) or (a and "/E" in str(a) and str(r) in readme_txt), r
    assert len(item_rows) == len(ITEMS)
    df = pd.read_excel(os.path.join(OUT, "hmicfrs.xlsx"), sheet_name="Schedule", header=6, engine="openpyxl")
    items = df[df["Schedule ref"].astype(str).str.match(r"^[ABC]-\d\d(\.\d)?$")]
    assert len(items) == len(ITEMS)
    tr = pd.read_csv(os.path.join(OUT, "tracker.csv"), encoding="cp1252", dtype=str, keep_default_na=False)
    assert len(tr) == len(F)
    frs = {int(x.split("!")[1]) for x in truth.force_row if x}
    assert frs == set(range(2, len(F) + 2))
    for _, t in truth.iterrows():
        if t.force_row:
            n = int(t.force_row.split("!")[1])
            assert tr.iloc[n - 2]["Recommendation / AFI"] == FB[[k for k, v in FB.items() if v is F[n - 2]][0]]["text"]
    print("OK", len(ITEMS), "items;", len(F), "tracker rows;", len(truth), "truth lines")
    print(truth.category.value_counts().to_string())


if __name__ == "__main__":
    import sys
    check() if "--check" in sys.argv else main()
