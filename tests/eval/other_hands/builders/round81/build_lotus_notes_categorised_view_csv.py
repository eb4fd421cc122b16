"""Build the round-81 case C: lotus_notes_categorised_view_csv.

The force side is a CSV export of a categorised Lotus Notes / HCL Notes view (Report, then
Status), kept by West Mercia Police's organisational-learning team; the HMICFRS side is an
ordinary definitive-list workbook. Deterministic: no clock, no randomness.

Run: /work/main/.venv/bin/python /tmp/indep81/build_lotus_notes_categorised_view_csv.py
"""
from __future__ import annotations

import csv
import datetime
import io
import os

import xlsxwriter

CASE = "lotus_notes_categorised_view_csv"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), CASE)

# Texts copied from /work/main/reconcile/casegen/texts/ (NATIONAL items keyed report+number,
# CAUSES, CONTROL_ROOM), Open Government Licence, verbatim including stray footnote digits.
T = {'CAUSE_DA': "The force's response to domestic abuse is a cause of concern to HMIC. The force "
             'policy which allows an officer discretion to complete a DASH risk assessment in some '
             'crimes and incidents does not provide confidence that risk is always assessed '
             'appropriately. In cases where a DASH risk assessment is not completed the officer '
             'should record an assessment on the crime management system. HMIC found that officers '
             'are not consistently completing a DASH in circumstances where force policy requires '
             'that they should do so. This means that some victims of domestic abuse who may be at '
             'risk of harm are not being appropriately risk-assessed.',
 'CAUSE_MISSING': 'The force’s response to missing and absent children is a cause of concern to '
                  'HMIC. HMIC found that the assessment of risk for children who go missing from '
                  'home was inappropriate in some cases. We found some instances where children '
                  'were classed as ‘absent’ when they should have been recorded as ‘missing’, and '
                  'risk levels for missing children were sometimes incorrectly assessed at a lower '
                  'grade. Children were incorrectly graded at a lower level and could have been '
                  'exposed to an increased risk of harm.',
 'CAUSE_VET': 'The size of the vetting backlog within {force} is a cause of concern.',
 'CONTROL_ROOM': 'The force should ensure that it has sufficient resources available in the '
                 'control room to fulfil its resourcing model, and so to meet its demand, while '
                 'also taking into account the wellbeing of its workforce.',
 'austerity1': 'All Chief Constables and PCCs should review their plans to deliver savings to '
               'ensure they are doing all they can to continue to reduce crime and protect the '
               'front line while balancing their budgets. They should use the data and information '
               "contained in this report, and in HMIC's Value for Money profiles, when conducting "
               'their reviews',
 'austerity2': 'Chief Constables and PCCs in forces planning to deliver less than 10% of their '
               'savings through collaboration should assess whether there is scope to improve on '
               'this position. HMIC will follow up the assessments in the autumn.',
 'austerity3': 'Chief Constables and PCCs in forces that are planning to reduce the proportion of '
               'their workforce and/or police officers on the front line should assess whether '
               'they have taken the decisive action seen in many forces in order to maintain their '
               'crime fighting capacity. HMIC will follow up the assessments in the autumn.',
 'austerity4': 'In preparation for the next spending round period all Chief Constables and PCCs '
               'should review their plans for collaboration. In particular they should consider '
               'whether there is scope to deliver better value for money and improved capability '
               'and capacity through joint working with other forces, the public and/or the '
               'private sector.',
 'austerity_date': (2014, 7, 22),
 'austerity_title': 'Policing in austerity: Meeting the challenge',
 'core1': 'Not later than 31 March 2015 those forces using a threat, harm and risk policy, that '
          'have not yet done so, should provide call-handlers with specific, sound and '
          'comprehensible criteria against which they can assess threat, harm and risk.',
 'core2': 'By 31 March 2015 all forces should ensure that crime prevention or disruption activity '
          'carried out is systematically recorded and subsequently evaluated to determine the '
          'effectiveness of tactics being employed.',
 'core_date': (2014, 9, 4),
 'core_title': 'Core Business: an inspection into crime prevention, police attendance and the use '
               'of police time',
 'efc171': 'By September 2018, chief constables should produce an ambitious plan to improve '
           'digitally-enabled services within their force. The Home Office, National Police '
           "Chiefs' Council and Association of Police and Crime Commissioners should support the "
           'development of these plans by establishing a national framework which allows for the '
           'provision of digitally enabled services across force boundaries.',
 'efc17_date': (2017, 11, 9),
 'efc17_title': 'PEEL: Police efficiency 2017 (national overview)',
 'everyone1': 'By September 2014, every police force in England and Wales should establish and '
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
              'CPS scrutiny panels and MARAC self-assessments.',
 'everyone_date': (2014, 3, 27),
 'everyone_title': "Everyone's business: Improving the police response to domestic abuse",
 'firearms1': 'Within three months, all chief constables should assess how well the governance of '
              'firearms licensing in his or her force meets the standards set out in Authorised '
              'Professional Practice. Chief constables of forces where the governance standards '
              'are not being complied with should put in place immediately the correct '
              'arrangements and procedures in order to meet the standards in full.',
 'firearms2': 'Within three months, all chief constables should assess the demand placed on their '
              'firearms licensing department and ensure it has the capacity to meet this demand '
              'and provide an efficient and effective service at all times.',
 'firearms3': 'Immediately, all chief constables should satisfy themselves that all appropriate '
              'action is being taken by their force with regard to ‘total expired’ licensing '
              'records.',
 'firearms4': 'Within three months, all chief constables should ensure that their arrangements in '
              'respect of the use of temporary permits are in accordance with the Home Office '
              'guidance; that temporary permits are properly recorded without delay on the '
              'National Firearms Licensing Management System; and that effective systems exist to '
              'ensure certificate holders are not permitted, at any time, to remain in unlawful '
              'possession of a firearm.',
 'firearms5': 'Within three months, all chief constables should ensure that systems designed to '
              'identify, prior to police attendance, whether a reported incident involves or is at '
              'the address of a firearm certificate holder are in place and are always applied by '
              'staff dispatching officers to incidents; and that officers understand the risk '
              'assessment which they should be undertaking in such circumstances, and their power, '
              'when appropriate, to seize firearms and firearm certificates.',
 'firearms_date': (2015, 9, 15),
 'firearms_title': 'Targeting the risk: An inspection of the efficiency and effectiveness of '
                   'firearms licensing in police forces in England and Wales',
 'integrity1': 'By 31 August 2015, all chief constables should satisfy themselves that they have '
               'processes in place to ensure that investigations into misconduct by officers and '
               'staff resulting in “no further action” are fair and free of any form of '
               'discrimination.',
 'integrity_date': (2015, 1, 30),
 'integrity_title': 'Integrity matters: An inspection of arrangements to ensure integrity and to '
                    'provide the capability to tackle corruption in policing',
 'leg171': 'HMICFRS is concerned that forces are not able to demonstrate that the use of stop and '
           'search powers is consistently reasonable and fair. In particular, there is '
           'over-representation of BAME people, and black people in particular, in stop and search '
           'data which many forces are unable to explain.',
 'leg172': 'By July 2018, all police forces across England and Wales should be regularly and '
           'frequently monitoring a comprehensive set of data and information on use of stop and '
           'search powers to understand:\n'
           '•the reasons for any disproportionate representation of different ethnic groups in the '
           'use of stop and search; •the extent to which find rates differ between people from '
           'different ethnicities, and across different types of searches (including separate '
           'identification of find rates for drug possession and supply-type offences); and •the '
           'prevalence of possession-only drug searches, and the extent to which these align with '
           'local or force level priorities.',
 'leg173': 'Where forces identify disparities through monitoring, they should demonstrate to the '
           'public that they have:\n'
           '•carried out research and analysis in an attempt to understand the reasons for the '
           'disparity, and •taken action to reduce the disparity, where necessary;',
 'leg174': 'We expect forces to publish this analysis and any actions taken at least on an annual '
           'basis, from July 2018.',
 'leg175': 'By July 2018, and ongoing following that date, forces should ensure that all officers '
           'who use stop and search powers have been provided with, and understand, training on '
           'unconscious bias and College of Policing APP on stop and search.',
 'leg17_date': (2017, 12, 12),
 'leg17_title': 'PEEL: Police legitimacy 2017 (national overview)',
 'picture1': 'By 30 November 2015, chief constables should put in place arrangements to scrutinise '
             'audits of compliance with the APP on information management through the force '
             'information management governance structure. This should include measures to ensure '
             'that categorisation of records are regularly adjusted.',
 'picture_date': (2015, 7, 1),
 'picture_title': 'Building the picture: an inspection of police information management',
 'powers1': 'By July 2022, forces should ensure that officers and staff have effective '
            'communication skills, in line with the National Policing Guidelines on Conflict '
            'Management. This should be in addition to existing training on conflict management '
            'and de-escalation.',
 'powers2': 'By July 2021, forces should ensure that communication skills are reinforced as part '
            'of the programme of continuing professional development for officers and staff, and '
            'that supervisors are supported to routinely and frequently debrief officers on these '
            'skills using body-worn video footage.',
 'powers3': 'By September 2021, forces should: ensure that officers record on body-worn video '
            '(when this is available) the entirety of all stop and search encounters, including '
            'traffic stops and use of force incidents.\n'
            'have a structured process for regularly reviewing and monitoring internally a '
            'sufficient sample of body-worn video footage to identify and disseminate learning and '
            'hold officers to account when behaviour falls below acceptable standards.\n'
            'provide external scrutiny panel members with access to samples of body-worn video '
            'footage showing stop and search encounters and use of force incidents, taking account '
            'of the safeguards in the College of Policing’s Authorised Professional Practice.',
 'powers4': 'The Home Office and the NPCC should take steps to ensure that the quality of the data '
            'collected on the number of incidents where force has been used to effect a stop and '
            'search is sufficient for publication. The Home Office should publish this data as '
            'soon as possible.',
 'powers5': 'By July 2021, forces should ensure they have effective internal monitoring processes '
            'on the use of force, to help them to identify and understand disproportionate use, '
            'explain the reasons and implement any necessary improvement action.',
 'powers_date': (2021, 2, 26),
 'powers_title': 'Disproportionate use of police powers: A spotlight on stop and search and the '
                 'use of force',
 'sas131': 'Chief Constables and the College of Policing should establish in the Stop and Search '
           'Authorised Professional Practice document a clear specification of what constitutes '
           'the effective and fair exercise of stop and search powers, and guidance in this '
           'respect. This should be compliant with the Code of Practice.',
 'sas132': 'Chief Constables should establish or improve monitoring of the way officers stop and '
           'search people, so that they can be satisfied their officers are acting in accordance '
           'with the law (including equality legislation and the Code of Practice), and that the '
           'power is used effectively to prevent crime, catch criminals and maintain public trust.',
 'sas133': 'Chief Constables should, in consultation with elected local policing bodies, ensure '
           'that they comply with the code of practice by explaining to the public the way stop '
           'and search powers are used in their areas and by making arrangements for stop and '
           'search records to be scrutinised by community representatives. This should be done in '
           'a way that involves those people who are stopped and searched, for example, young '
           'people.',
 'sas13_date': (2013, 7, 9),
 'sas13_title': 'Stop and search powers: Are the police using them effectively and fairly?',
 'sas151': 'Chief constables should, in consultation with police and crime commissioners, ensure '
           'that they comply with the Code of Practice by explaining to the public the way stop '
           'and search powers are used in their areas and by making arrangements for stop and '
           'search records to be scrutinised by community representatives. This should be done in '
           'a way that involves those people who are stopped and searched, for example young '
           'people.',
 'sas15_date': (2015, 3, 24),
 'sas15_title': 'Stop and search powers 2: are the police using them effectively and fairly?',
 'stolen1': 'Within twelve months, forces should review their leadership and governance '
            'arrangements for modern slavery and human trafficking, to ensure that:\n'
            '• senior leaders prioritise the response to modern slavery and human trafficking;\n'
            '• every incident of modern slavery identified to police is allocated appropriate '
            'resources with the skills, experience and capacity to investigate it effectively;\n'
            '• forces develop effective partnership arrangements to co-ordinate activity in order '
            'to share information and safeguard victims; and\n'
            '• performance and quality assurance measures are in place to allow senior leaders to '
            'assess the nature and quality of the service provided to victims.',
 'stolen2': 'Within six months, forces should have in place active information-sharing agreements '
            'with other agencies to facilitate speedy exchange of intelligence 86 and in order to '
            'safeguard victims better and to identify suspects as early as possible',
 'stolen3': 'Immediately, forces should ensure that all victims carrying out criminal acts under '
            'compulsion attributable to slavery or exploitation are afforded the protection of '
            'early and continuing consideration of the applicability of the section 45 defence.',
 'stolen4': 'Immediately, forces should take steps to ensure they are fully compliant with the NRM '
            'process as it evolves and are implementing the requirement placed upon them under the '
            'Modern Slavery Act 2015 to notify the Home Office of any individual suspected to be '
            'an adult victim of modern slavery or human trafficking.',
 'stolen5': 'Immediately, forces should take steps to ensure they fully comply with national crime '
            'recording standard (NCRS) requirements for offences identified as modern slavery and '
            'human trafficking and that sufficient audit capacity is available to the force crime '
            'registrar to provide reassurance that each force is identifying and managing any gaps '
            'in its crime-recording accuracy for these types of offences.',
 'stolen6': 'Immediately, forces should ensure that allegations or indications of modern slavery '
            'and human trafficking are thoroughly investigated and effectively supervised by teams '
            'and individuals with the skills and experience to undertake them (this should include '
            'the use where appropriate of joint intelligence teams and other means to obtain '
            'intelligence and evidence from agencies overseas).',
 'stolen7': 'Immediately, forces should review their use of preventative powers under the Modern '
            'Slavery Act 2015 to ensure that opportunities to restrict the activities of those '
            'deemed to pose a clear threat to others in respect of modern slavery and human '
            'trafficking offences are exploited.',
 'stolen_date': (2017, 10, 24),
 'stolen_title': 'Stolen freedom: the policing response to modern slavery and human trafficking'}

# ---------------------------------------------------------------------------
# Texts copied verbatim from /work/shared/data/real_recommendations.csv and the JAC paper
# (Open Government Licence). Only the force name in R57 is changed (Bedfordshire Police ->
# West Mercia Police), as the project's own generator does with "{force}".
# ---------------------------------------------------------------------------
R = {
    "r0": "HMIC recommends that the force should immediately: conduct a review of officers’ capabilities and capacity to manage their investigative workload, to better understand investigative demand and the pressures placed upon them; and",
    "r1": "HMIC recommends that the force should immediately: conduct a review, involving its partners, of the approach to vulnerability to better safeguard vulnerable people.",
    "r2": "HMIC recommends that the force should immediately: expand the skills project work to include an assessment of all skills, not only operational, including potential future skills requirements. This assessment should inform workforce plans;",
    "r3": "HMIC recommends that the force should immediately:agree arrangements with Warwickshire Police to secure a smooth transition to its future operating model, ensuring no disruption to public services; and",
    "r4": "HMIC recommends that the force should immediately:clearly define its new operating model, ensuring all operational and support services are affordable and fit to protect the communities of West Mercia;",
    "r5": "HMIC recommends that the force should immediately:improve its arrangements both to consult with the public about business planning and to feed back on changes made to service delivery as a result of such consultation.",
    "r6": "HMIC recommends that within six months the force should: ensure regular and active supervision of the quality and progress of investigations. This supervision should be properly recorded;",
    "r7": "The force does not have suitable arrangements in place to make sure it can maintain the full range of public services when its alliance with Warwickshire Police ends. There are gaps in its workforce skills assessment, and weaknesses in both its investigative approach and its approach to safeguarding vulnerable people.",
    "r8": "The force does not have the capacity or capability to investigate crime effectively and this is affecting the service being provided to the public. There are failings in the way that crimes are being investigated.",
    "r9": "HMIC recommends that within six months the force should: improve its ability to retrieve digital evidence from mobile phones, computers and other electronic devices quickly enough to ensure investigations are not delayed;",
    "r10": "HMIC recommends that within six months the force should: improve its understanding of suspects released under investigation and the management of those released on bail;",
    "r11": "Within six months the force should put in place arrangements to ensure that:\n• at the point of report, victims are believed;\n• conversations between the call handlers and callers are summarised accurately in the incident log, thus providing attending officers with full facts on which to base crime-recording decisions;\n• multiple crimes are always recorded when described within incident records or identified as part of other recorded crime investigations;\n• the practice of awaiting the results of medical examinations or video interviews before making crime-recording decisions is stopped; and\n• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the victim or the wider public are identified and appropriately managed.",
    "r14": "The force should undertake further work to gain a fuller understanding of current demand for its services, and likely future changes in demand. This is so it can make best use of its resources by matching them to demand to meet the needs of the public",
    "r15": "The force should develop its understanding of the links between its outcomes, outputs and costs",
    "r16": "The force should develop a future workforce plan that is aligned with its overall demand and budget. The plan should include future resource allocations, the mix of skills required by the workforce and behaviours expected of them.",
    "r18": "The force should improve its use of its crime-recording and management system to better manage its case files and investigative processes.",
    "r20": "The force should ensure all staff have received at least the lowest level of vetting clearance for their roles as quickly as possible, working to clear both the vetting backlog and new vetting renewals when they become due so that it complies fully with the national vetting guidelines.",
    "r21": "The force’s current approach to domestic abuse is unacceptable. The proportion of victims who fail to support the investigation and the low use of police powers of arrest and prosecution is a cause of concern to HMIC.",
    "r22": "In order to improve the service it provides to victims of domestic abuse, offer the best possible protection and bring more perpetrators to justice, the force should immediately consider ways of increasing the use of arrest, ancillary orders and other available powers.",
    "r23": "To improve the service provided to victims of domestic abuse the force should immediately take steps to understand and address the reason behind why such a high proportion of victims of domestic abuse do not support the police investigation.",
    "r24": "In addition, the practice of conducting domestic abuse risk assessments over the telephone and dealing with domestic abuse in the resolution centre should cease",
    "r26": "To address this cause of concern the force should immediately review its approach to reports of missing children and take steps to ensure that:\n• call takers understand and use the missing and absent category appropriately; • call takers and frontline staff have the necessary knowledge to identify risk factors associated with child sexual exploitation and how to respond to such cases; and • supervisors provide the correct oversight of missing person enquiries and direct appropriate and timely investigative and safeguarding action",
    "r57": "Within six months West Mercia Police should, in conjunction with children’s social care services, review how it manages the detention of children. As a minimum it should:• ensure that all children are only detained when absolutely necessary and for the absolute minimum amount of time;• ensure that officers and staff in the custody suite assess at an early stage a child’s need for alternative accommodation (secure or otherwise) and work with children’s social care services to achieve the most appropriate option for the child;• ensure that custody staff comply with their statutory duties to complete detention certificates if a child is detained for any reason in police custody following charge;• ensure that custody staff make a record of all actions taken and decisions made on the relevant documentation; and• improve the timeliness of adequate appropriate adult support for children who are arrested.",
    # JAC paper 30 Nov 2017 (West Midlands Police), recommendation under the DA cause of concern
    "jac_dash": "To address this cause of concern, HMIC recommends the force should immediately take steps to ensure that:\n\n- there is effective supervision of the initial risk assessment process, specifically in relation to the completion of DASH risk assessment in appropriate cases.",
    # casegen/texts STEMS + BODIES, TOPIC_BODIES (real stems and bodies recombined)
    "vet_coc": "The size of the vetting backlog within West Mercia Police is a cause of concern.",
    "afi_misconduct": "The force should satisfy itself that it has processes in place to ensure that investigations into misconduct by officers and staff resulting in “no further action” are fair and free of any form of discrimination.",
    "cdi_callhandlers": "Within three months, the force should provide call-handlers with specific, sound and comprehensible criteria against which they can assess threat, harm and risk.",
    "afi_da_informed": "The force should make sure victims of domestic abuse are kept informed about the progress of their case, in line with the Code of Practice for Victims of Crime.",
    "afi_county_lines": "The force should improve how it gathers, assesses and acts on intelligence about county lines drug dealing.",
    "afi_supervision": "The force should improve the supervision of investigations, so that investigation plans are set, reviewed and recorded and victims receive a consistently good service.",
}

FORCE = "West Mercia Police"
NAT, REC, AFI, COC = "National recommendation", "Recommendation", "Area for improvement", "Cause of concern"

# HMICFRS reports: key -> (title, published)
REPORTS = {
    "sas13": (T["sas13_title"], T["sas13_date"]),
    "everyone": (T["everyone_title"], T["everyone_date"]),
    "austerity": (T["austerity_title"], T["austerity_date"]),
    "core": (T["core_title"], T["core_date"]),
    "integrity": (T["integrity_title"], T["integrity_date"]),
    "sas15": (T["sas15_title"], T["sas15_date"]),
    "picture": (T["picture_title"], T["picture_date"]),
    "firearms": (T["firearms_title"], T["firearms_date"]),
    "eff15": ("PEEL: Police effectiveness 2015 (Vulnerability)", (2015, 12, 15)),
    "efy16": ("PEEL: Police efficiency 2016", (2016, 11, 3)),
    "eff16": ("PEEL: Police effectiveness 2016", (2017, 3, 2)),
    "stolen": (T["stolen_title"], T["stolen_date"]),
    "efc17": (T["efc17_title"], T["efc17_date"]),
    "leg17f": ("PEEL: Police legitimacy 2017", (2017, 12, 12)),
    "leg17": (T["leg17_title"], T["leg17_date"]),
    "ncpi18": ("National child protection inspection 2018", (2018, 6, 14)),
    "peel1819": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", (2019, 5, 2)),
    "cdi19": ("Crime data integrity inspection 2019", (2019, 9, 5)),
    "powers": (T["powers_title"], T["powers_date"]),
    "peel2122": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", (2022, 5, 27)),
}

CB, NFA, SUP, AR, BP = ("Complete", "No further action required", "Superseded",
                        "Awaiting review", "Being progressed")

# HMICFRS items: key, register id, report, type, text, status, status date
H = [
    ("sas131", 412, "sas13", NAT, T["sas131"], CB, (2015, 6, 18)),
    ("sas132", 413, "sas13", NAT, T["sas132"], CB, (2015, 6, 18)),
    ("sas133", 414, "sas13", NAT, T["sas133"], NFA, (2016, 1, 20)),
    ("everyone1", 2321, "everyone", NAT, T["everyone1"], CB, (2016, 4, 11)),
    ("aus1", 2690, "austerity", NAT, T["austerity1"], NFA, (2017, 11, 9)),
    ("aus2", 2691, "austerity", NAT, T["austerity2"], NFA, (2017, 11, 9)),
    ("aus3", 2692, "austerity", NAT, T["austerity3"], NFA, (2017, 11, 9)),
    ("aus4", 2693, "austerity", NAT, T["austerity4"], NFA, (2017, 11, 9)),
    ("core1", 4822, "core", NAT, T["core1"], CB, (2016, 2, 2)),
    ("core2", 4823, "core", NAT, T["core2"], BP, (2015, 4, 1)),
    ("integrity1", 902, "integrity", NAT, T["integrity1"], CB, (2016, 5, 9)),
    ("sas151", 5307, "sas15", NAT, T["sas151"], SUP, (2017, 12, 12)),
    ("picture1", 5560, "picture", NAT, T["picture1"], CB, (2018, 3, 14)),
    ("fa1", 5904, "firearms", NAT, T["firearms1"], CB, (2016, 9, 30)),
    ("fa2", 5905, "firearms", NAT, T["firearms2"], CB, (2016, 9, 30)),
    ("fa3", 5906, "firearms", NAT, T["firearms3"], CB, (2016, 3, 22)),
    ("fa4", 5907, "firearms", NAT, T["firearms4"], CB, (2016, 9, 30)),
    ("fa5", 5908, "firearms", NAT, T["firearms5"], BP, (2019, 10, 1)),
    ("k1", 6120, "eff15", COC, T["CAUSE_DA"], CB, (2018, 4, 27)),
    ("k2", 6121, "eff15", REC, R["jac_dash"], CB, (2018, 4, 27)),
    ("b1", 6712, "efy16", AFI, R["r14"], SUP, (2019, 5, 2)),
    ("b2", 6713, "efy16", AFI, R["r15"], SUP, (2019, 5, 2)),
    ("b3", 6714, "efy16", AFI, R["r16"], SUP, (2019, 5, 2)),
    ("a1", 6985, "eff16", COC, R["r21"], CB, (2019, 1, 15)),
    ("a2", 6986, "eff16", REC, R["r22"], CB, (2019, 1, 15)),
    ("a3", 6987, "eff16", REC, R["r23"], SUP, (2019, 5, 2)),
    ("a4", 6988, "eff16", REC, R["r24"], CB, (2018, 2, 6)),
    ("a5", 6989, "eff16", COC, T["CAUSE_MISSING"], CB, (2019, 1, 15)),
    ("a6", 6990, "eff16", REC, R["r26"], CB, (2019, 1, 15)),
    ("sf1", 8120, "stolen", NAT, T["stolen1"], BP, (2021, 6, 3)),
    ("sf2", 8121, "stolen", NAT, T["stolen2"], BP, (2021, 6, 3)),
    ("sf3", 8122, "stolen", NAT, T["stolen3"], CB, (2019, 7, 11)),
    ("sf4", 8123, "stolen", NAT, T["stolen4"], CB, (2019, 7, 11)),
    ("sf5", 8124, "stolen", NAT, T["stolen5"], BP, (2021, 6, 3)),
    ("sf6", 8125, "stolen", NAT, T["stolen6"], BP, (2021, 6, 3)),
    ("sf7", 8126, "stolen", NAT, T["stolen7"], AR, (2017, 10, 24)),
    ("efc1", 8233, "efc17", NAT, T["efc171"], BP, (2019, 2, 14)),
    ("c1", 8538, "leg17f", COC, R["vet_coc"], CB, (2020, 2, 10)),
    ("c2", 8539, "leg17f", REC, R["r20"], BP, (2020, 2, 10)),
    ("c3", 8540, "leg17f", AFI, R["afi_misconduct"], BP, (2018, 6, 1)),
    ("l1", 8541, "leg17", COC, T["leg171"], CB, (2020, 11, 19)),
    ("l2", 8542, "leg17", NAT, T["leg172"], CB, (2020, 11, 19)),
    ("l3", 8543, "leg17", NAT, T["leg173"], CB, (2020, 11, 19)),
    ("l4", 8544, "leg17", NAT, T["leg174"], CB, (2020, 11, 19)),
    ("l5", 8545, "leg17", NAT, T["leg175"], BP, (2020, 11, 19)),
    ("e1", 9012, "ncpi18", REC, R["r57"], BP, (2020, 3, 4)),
    ("f0", 9620, "peel1819", REC, R["r0"], CB, (2021, 3, 9)),
    ("f1", 9621, "peel1819", REC, R["r1"], CB, (2021, 3, 9)),
    ("f2", 9622, "peel1819", REC, R["r2"], BP, (2021, 3, 9)),
    ("f3", 9623, "peel1819", REC, R["r3"], CB, (2020, 7, 30)),
    ("f4", 9624, "peel1819", REC, R["r4"], CB, (2021, 3, 9)),
    ("f5", 9625, "peel1819", REC, R["r5"], BP, (2021, 3, 9)),
    ("f6", 9626, "peel1819", REC, R["r6"], BP, (2021, 3, 9)),
    ("f7", 9627, "peel1819", COC, R["r7"], BP, (2021, 3, 9)),
    ("f8", 9628, "peel1819", COC, R["r8"], CB, (2021, 3, 9)),
    ("f9", 9629, "peel1819", REC, R["r9"], BP, (2021, 3, 9)),
    ("f10", 9630, "peel1819", REC, R["r10"], BP, (2021, 3, 9)),
    ("d1", 9871, "cdi19", REC, R["r11"], BP, (2021, 1, 21)),
    ("d2", 9872, "cdi19", REC, R["cdi_callhandlers"], AR, (2019, 9, 5)),
    ("d3", 9873, "cdi19", AFI, R["r18"], BP, (2021, 1, 21)),
    ("p1", 11204, "powers", NAT, T["powers1"], BP, (2022, 8, 16)),
    ("p2", 11205, "powers", NAT, T["powers2"], BP, (2022, 8, 16)),
    ("p3", 11206, "powers", NAT, T["powers3"], BP, (2022, 8, 16)),
    ("p4", 11207, "powers", NAT, T["powers4"], NFA, (2021, 6, 30)),
    ("p5", 11208, "powers", NAT, T["powers5"], AR, (2021, 2, 26)),
    ("h1", 12450, "peel2122", AFI, T["CONTROL_ROOM"], AR, (2022, 5, 27)),
    ("h2", 12451, "peel2122", AFI, R["afi_da_informed"], AR, (2022, 5, 27)),
    ("h3", 12452, "peel2122", AFI, R["afi_county_lines"], AR, (2022, 5, 27)),
    ("h4", 12453, "peel2122", AFI, R["afi_supervision"], AR, (2022, 5, 27)),
]

# ---------------------------------------------------------------------------
# The force's Notes database: one document per tracked item.
# ---------------------------------------------------------------------------
S1, S2, S3, S4, S5 = ("1. Open - On Track", "2. Open - Off Track",
                      "3. Submitted to HMICFRS for closure", "4. Closed",
                      "5. Not force responsibility (national)")
LEG_DONE, LEG_OPEN = "Complete", "In Progress"     # keywords before the 2017 redesign
FORCE_DONE = {S3, S4, S5, LEG_DONE}

NR, FREC, FAFI, FCOC = "National Rec", "Recommendation", "AFI", "Cause of Concern"

PRICE = "Helen Price/Crime/WMERCIA"
DOYLE = "Mark Doyle/PPU/WMERCIA"
RAO = "Sunita Rao/PSD/WMERCIA"
LLOYD = "Gareth Lloyd/Ops/WMERCIA"
ASHBY = "Claire Ashby/Corporate/WMERCIA"
WHITFIELD = "Tom Whitfield/FCR/WMERCIA"
HUGHES = "Dawn Hughes/People/WMERCIA"
KHAN = "Amir Khan/Contact/WMERCIA"
HOLT = "Rebecca Holt/Intel/WMERCIA"
FOSTER = "Nina Foster/Finance/WMERCIA"
GRANT = "Paula Grant/OL/WMERCIA"

# Force report keyword values (the database's "Report" keyword list)
FR = {
    "sas13": "Stop & Search powers (HMIC 2013)",
    "everyone": "Domestic abuse - Everyone's business",
    "austerity": "Policing in Austerity 2014",
    "core": "Core business",
    "cdi14": "Crime Data Integrity 2014",
    "integrity": "Integrity matters",
    "sas15": "Stop & search powers 2",
    "picture": "Information management (Building the Picture)",
    "firearms": "Firearms licensing 2015",
    "eff15": "PEEL Effectiveness 2015 (Vulnerability)",
    "efy16": "PEEL Efficiency 2016",
    "eff16": "PEEL Effectiveness 2016",
    "stolen": "Stolen Freedom (MSHT) 2017",
    "efc17": "PEEL Efficiency 17 (all forces)",
    "leg17f": "PEEL Legitimacy 2017",
    "leg17": "PEEL Legit 17 S&S",
    "ncpi18": "NCPI 2018",
    "peel1819": "PEEL 2018/19",
    "cdi19": "CDI 2019",
    "powers": "Police powers spotlight (Feb 21)",
    "peel2122": "PEEL 2021/22",
    "hot23": "PEEL 2023 hot debrief (draft)",
}

# Document: (our_ref, items [(hmicfrs key)], reports [force report keys; [] = not categorised],
#            status, hmic_id shown, type, text, lead, target, modified, updates[(date, who, text)],
#            conflict_copy)
D = [
    ("OL/13/001", ["sas131"], ["sas13"], LEG_DONE, "", NR,
     "Chief Constables & CoP to establish in the S&S APP a clear specification of what constitutes effective & fair exercise of S&S powers",
     ASHBY, "", "03/07/2015 10:12:44", [], None),
    ("OL/13/002", ["sas132"], ["sas13"], LEG_DONE, "", NR,
     "CCs should establish or improve monitoring of the way officers stop & search people – lawful (incl. equality legislation & Code of Practice), effective, maintains public trust",
     ASHBY, "", "03/07/2015 10:13:02", [], None),
    ("OL/13/003", ["sas133"], ["sas13"], LEG_OPEN, "", NR,
     "CCs, in consultation with the PCC, to comply with the code of practice by explaining to the public the way S&S powers are used & arranging for records to be scrutinised by community reps (incl. young people)",
     ASHBY, "31/03/2015", "12/05/2015 16:40:09",
     [("12/05/2015", ASHBY, "Community scrutiny panel ToR drafted – awaiting PCC sign off")], None),
    ("OL/14/004", ["everyone1"], ["everyone"], LEG_DONE, "2321", NR,
     "By Sept 2014 every force to establish & publish a DA action plan specifying in detail the steps it will take to improve its approach to domestic abuse – developed with PCCs, DA support orgs & victims' reps; after considering all the report's recs; with reference to DHRs & IPCC findings; drawing on CPS scrutiny panels & MARAC self-assessments",
     DOYLE, "30/09/2014", "22/04/2016 09:05:51", [], None),
    ("OL/14/006", ["aus1"], ["austerity"], S4, "2690", NR,
     "All CCs & PCCs to review their plans to deliver savings – continue to reduce crime & protect the front line while balancing budgets (use HMIC VfM profiles)",
     FOSTER, "", "20/11/2017 11:31:20", [], None),
    ("OL/14/007", ["aus2", "aus3"], ["austerity"], S4, "2691; 2692", NR,
     "CCs & PCCs to assess (a) scope to improve where <10% of savings come through collaboration and (b) whether decisive action has been taken where the front line workforce is reducing. HMIC will follow up the assessments in the autumn.",
     FOSTER, "", "20/11/2017 11:33:57", [], None),
    ("OL/14/009", ["core1"], ["core"], LEG_DONE, "4822", NR,
     "Not later than 31/03/2015 forces using a THR policy should provide call-handlers with specific, sound & comprehensible criteria to assess threat, harm & risk",
     KHAN, "31/03/2015", "04/02/2016 14:20:11", [], None),
    ("OL/14/010", ["core2"], ["core"], S4, "4823", NR,
     "By 31 March 2015 ensure crime prevention / disruption activity is systematically recorded & evaluated to determine effectiveness of tactics",
     LLOYD, "31/03/2015", "19/08/2019 15:02:36",
     [("19/08/2019", GRANT, "Recorded & evaluated prevention activity evidenced; closed locally by Force Assurance Board 14/08/2019")], None),
    ("OL/14/011", [], ["cdi14"], LEG_OPEN, "4471", FREC,
     "The force should revise its approach to cautions, cannabis warnings & PNDs – clear & auditable explanation to the offender; for victim-based crime a record that the victim's views were considered prior to issue",
     WHITFIELD, "31/12/2014", "30/06/2016 12:48:03",
     [("30/06/2016", WHITFIELD, "OOCD policy rewrite with Criminal Justice")], None),
    ("OL/15/012", ["integrity1"], ["integrity"], LEG_DONE, "902", NR,
     "By 31 Aug 2015 all CCs to satisfy themselves processes are in place so that misconduct investigations resulting in NFA are fair & free of any form of discrimination",
     RAO, "31/08/2015", "16/05/2016 08:55:40", [], None),
    ("OL/15/013", ["sas151"], ["sas15"], LEG_DONE, "5307", NR,
     "CCs, in consultation with PCCs, to comply with the Code of Practice – explain to the public how S&S powers are used & arrange for S&S records to be scrutinised by community representatives",
     ASHBY, "", "15/01/2018 13:14:27", [], None),
    ("OL/15/015", ["picture1"], ["picture"], S1, "5560", NR,
     "By 30/11/2015 CCs to put in place arrangements to scrutinise audits of compliance with the APP on information management through the force IM governance structure (incl. regular adjustment of record categorisation)",
     HOLT, "30/11/2015", "21/09/2020 10:07:18",
     [("21/09/2020", HOLT, "IM governance board still reviewing the audit schedule – keep open")], None),
    ("OL/15/016", ["fa1"], ["firearms"], S4, "5904", NR,
     "Within 3 months CCs to assess governance of firearms licensing against APP standards; put correct arrangements in place immediately where not met",
     LLOYD, "15/12/2015", "06/10/2016 09:40:12", [], None),
    ("OL/15/017", ["fa2"], ["firearms"], LEG_DONE, "5905", NR,
     "Within 3 months assess demand on the firearms licensing dept & ensure capacity to meet it – efficient & effective service at all times",
     LLOYD, "15/12/2015", "06/10/2016 09:41:55", [], None),
    ("OL/15/018", ["fa3"], ["firearms"], S4, "5906", NR,
     "Immediately satisfy ourselves that all appropriate action is being taken re ‘total expired’ licensing records",
     LLOYD, "", "29/03/2016 17:02:31", [], None),
    ("OL/15/019", ["fa4"], ["firearms"], S4, "5907", NR,
     "Temporary permits – in line with HO guidance, recorded without delay on NFLMS, no certificate holder left in unlawful possession of a firearm",
     LLOYD, "15/12/2015", "06/10/2016 09:44:08", [], None),
    ("OL/15/020", ["fa5"], ["firearms"], S2, "5908", NR,
     "Systems to identify before police attendance whether an incident involves / is at the address of a firearm certificate holder – applied by dispatchers; officers understand the risk assessment & power to seize",
     "; ".join([KHAN, LLOYD]), "31/03/2023", "09/01/2023 11:26:45", [], None),
    ("OL/16/022", ["k1"], ["eff15"], S4, "6120", FCOC,
     "Force response to DA a cause of concern – officer discretion on completing DASH; DASH not consistently completed where policy requires; some DA victims at risk not appropriately risk-assessed",
     DOYLE, "", "27/04/2018 15:51:19", [], None),
    ("OL/16/023", ["k2"], ["eff15"], S4, "6121", FREC,
     "Immediately ensure effective supervision of the initial risk assessment process, specifically completion of DASH in appropriate cases",
     DOYLE, "31/10/2017", "27/04/2018 15:53:02",
     [("02/11/2017", GRANT, "The Force Executive Team agreed on 25 July that we would risk-assess all DA incidents."),
      ("27/04/2018", GRANT, "Closed by HMICFRS following PEEL Effectiveness 2017 fieldwork")], None),
    ("OL/16/030", ["b1"], ["efy16"], LEG_DONE, "6712", FAFI,
     "Further work to gain a fuller understanding of current & likely future demand so resources can be matched to demand",
     ASHBY, "31/03/2017", "10/05/2019 12:00:37", [], None),
    ("OL/16/031", ["b2"], ["efy16"], S4, "6713", FREC,
     "Develop understanding of the links between outcomes, outputs & costs",
     FOSTER, "31/03/2017", "10/05/2019 12:01:15", [], None),
    ("OL/16/032", ["b3"], ["efy16"], LEG_OPEN, "6714", FAFI,
     "Develop a future workforce plan aligned with demand & budget – resource allocations, skills mix & expected behaviours",
     HUGHES, "31/03/2017", "14/06/2017 10:22:50", [], None),
    ("OL/17/034", ["a1"], ["eff16"], S4, "6985", FCOC,
     "Current approach to DA unacceptable – proportion of victims not supporting the investigation & low use of arrest / prosecution is a cause of concern",
     DOYLE, "", "21/01/2019 09:14:33", [], None),
    ("OL/17/035", ["a2"], ["eff16"], S4, "6986", FREC,
     "Immediately consider ways of increasing use of arrest, ancillary orders & other powers for DA victims – best possible protection, more perpetrators brought to justice",
     DOYLE, "30/06/2017", "21/01/2019 09:15:10", [], None),
    ("OL/17/036", ["a3"], ["eff16"], S1, "6987", FREC,
     "Immediately take steps to understand & address why so many DA victims do not support the police investigation",
     DOYLE, "30/06/2017", "03/02/2022 16:37:21",
     [("03/02/2022", DOYLE, "Victim attrition analysis refreshed; DA Delivery Plan action 4.2 ongoing")], None),
    ("OL/17/037", ["a4"], ["eff16"], S4, "6988", FREC,
     "Cease DA risk assessments over the telephone & dealing with DA in the resolution centre",
     KHAN, "31/05/2017", "08/02/2018 13:29:44", [], None),
    ("OL/17/038", ["a5"], ["eff16"], S4, "6989", FCOC,
     "Response to missing & absent children a cause of concern – risk for children missing from home inappropriately assessed; ‘absent’ used where should be ‘missing’",
     DOYLE, "", "21/01/2019 09:18:02", [], None),
    ("OL/17/039", ["a6"], ["eff16", "ncpi18"], S4, "6990", FREC,
     "Review approach to missing children: call takers use the missing / absent category correctly; call takers & frontline staff identify CSE risk factors; supervisors oversee missing person enquiries",
     "; ".join([DOYLE, KHAN]), "30/06/2017", "21/01/2019 09:19:47", [], None),
    ("OL/17/041-1", ["sf1"], ["stolen"], S4, "8120", NR,
     "MSHT leadership & governance review (part 1 of 4) – senior leaders prioritise the response to MSHT",
     PRICE, "24/10/2018", "12/03/2019 11:02:16", [], None),
    ("OL/17/041-2", ["sf1"], ["stolen"], S4, "8120", NR,
     "MSHT leadership & governance review (part 2 of 4) – every MS incident allocated appropriate resources with the skills, experience & capacity to investigate",
     PRICE, "24/10/2018", "12/03/2019 11:03:40", [], None),
    ("OL/17/041-3", ["sf1"], ["stolen"], S1, "8120", NR,
     "MSHT leadership & governance review (part 3 of 4) – effective partnership arrangements to co-ordinate activity, share information & safeguard victims",
     PRICE, "31/03/2023", "15/12/2022 14:45:03",
     [("15/12/2022", PRICE, "Partnership MSHT protocol with the local authorities still in draft")], None),
    ("OL/17/041-4", ["sf1"], ["stolen"], S4, "8120", NR,
     "MSHT leadership & governance review (part 4 of 4) – performance & QA measures so senior leaders can assess the service to victims",
     PRICE, "24/10/2018", "12/03/2019 11:05:27", [], None),
    ("OL/17/042", ["sf2"], ["stolen"], S3, "8121", NR,
     "Within 6 months active ISAs with other agencies – speedy exchange of intelligence, safeguard victims & identify suspects early",
     HOLT, "24/04/2018", "30/09/2022 10:58:14",
     [("30/09/2022", GRANT, "Evidence pack sent to FLL for closure")],
     "Within 6 months active ISAs with other agencies – speedy exchange of intelligence, safeguard victims & identify suspects early"),
    ("OL/17/043", ["sf3"], ["stolen"], S4, "8122", NR,
     "Immediately ensure victims committing offences under compulsion get early & continuing consideration of the s45 defence",
     PRICE, "", "15/07/2019 08:47:30", [], None),
    ("OL/17/044", ["sf4"], ["stolen"], S4, "8123", NR,
     "Immediately ensure full compliance with the NRM process & the duty to notify the HO of suspected adult MSHT victims (MSA 2015)",
     PRICE, "", "15/07/2019 08:48:12", [], None),
    ("OL/17/045", ["sf5"], ["stolen"], S1, "8124", NR,
     "Immediately ensure full NCRS compliance for MSHT offences & sufficient audit capacity for the FCR",
     WHITFIELD, "31/03/2023", "11/11/2022 12:10:55", [], None),
    ("OL/17/047", ["sf7"], ["stolen"], S1, "8126", NR,
     "Immediately review use of preventative powers under MSA 2015 (STPOs / SROs) against those posing a clear threat",
     PRICE, "30/06/2023", "11/11/2022 12:12:31", [], None),
    ("OL/17/048", ["efc1"], ["efc17"], S3, "8233", NR,
     "By Sept 2018 CCs to produce an ambitious plan to improve digitally-enabled services within the force (HO / NPCC / APCC national framework)",
     ASHBY, "30/09/2018", "11/01/2023 09:33:48",
     [("11/01/2023", ASHBY, "Digital Strategy 2022-25 approved by COG; submitted to HMICFRS")], None),
    ("OL/17/050", ["c1"], ["leg17f"], S4, "8538", FCOC,
     "Size of the vetting backlog is a cause of concern",
     HUGHES, "", "14/02/2020 10:40:21", [], None),
    ("OL/17/051", ["c2"], ["leg17f"], S3, "8539", FREC,
     "Ensure all staff have at least the lowest level of vetting clearance as quickly as possible – clear backlog & renewals; comply fully with national vetting guidelines",
     HUGHES, "30/06/2018", "07/10/2022 15:21:09",
     [("07/10/2022", HUGHES, "Backlog cleared Sept 2022; renewals within 30 days. Submitted for closure.")], None),
    ("OL/17/052", ["c3"], ["leg17f"], S1, "8540", FAFI,
     "Satisfy itself that misconduct investigations resulting in ‘no further action’ are fair & free from any discrimination",
     RAO, "31/03/2023", "28/10/2022 11:54:42", [], None),
    ("OL/17/053", ["l1"], ["leg17"], S4, "8541", FCOC,
     "Forces unable to demonstrate S&S use is consistently reasonable & fair – over-representation of BAME (esp. black) people unexplained",
     LLOYD, "", "25/11/2020 14:06:38", [], None),
    ("OL/17/054", ["l2"], ["leg17"], S4, "8542", NR,
     "By July 2018 regularly & frequently monitor comprehensive S&S data to understand: reasons for disproportionate representation of ethnic groups; differences in find rates between ethnicities & types of search (incl. drug possession vs supply)",
     LLOYD, "31/07/2018", "25/11/2020 14:07:51", [], None),
    ("OL/17/055", ["l3"], ["leg17"], S4, "8543", NR,
     "Where monitoring identifies disparities, demonstrate to the public the research / analysis into the reasons & action taken to reduce the disparity",
     LLOYD, "31/07/2018", "25/11/2020 14:08:30", [], None),
    ("OL/17/056", ["l4"], ["leg17"], S4, "8543", NR,
     "Publish the S&S analysis & actions taken at least annually from July 2018",
     "; ".join([LLOYD, ASHBY]), "31/07/2018", "25/11/2020 14:09:02", [], None),
    ("OL/17/057", ["l5"], ["leg17"], S1, "8545", NR,
     "By July 2018 & ongoing all officers using S&S powers trained in unconscious bias & CoP APP on S&S",
     HUGHES, "31/07/2018", "06/12/2022 09:12:44", [], None),
    ("OL/18/060", ["e1"], ["ncpi18"], S2, "9102", FREC,
     "Within 6 months, with children's social care, review how we manage detention of children – detained only when absolutely necessary / minimum time; early assessment of need for alternative accommodation; detention certificates after charge; record of actions & decisions; timely appropriate adult support",
     DOYLE, "14/12/2018", "18/01/2023 13:30:26",
     [("18/01/2023", DOYLE, "Custody / CSC protocol delayed – new Head of CJ to review")], None),
    ("OL/19/063", ["f0"], ["peel1819"], S4, "9620", FREC,
     "Review officers’ capabilities & capacity to manage investigative workload – understand investigative demand & pressures",
     PRICE, "31/05/2019", "15/03/2021 10:02:11", [], None),
    ("OL/19/064", ["f1"], ["peel1819"], S3, "9621", FREC,
     "Review with partners the approach to vulnerability to better safeguard vulnerable people",
     DOYLE, "31/05/2019", "02/02/2021 16:18:40", [], None),
    ("OL/19/065", ["f2"], ["peel1819"], S1, "9622", FREC,
     "Expand skills project to assess all skills (not only operational) incl. future skills – to inform workforce plans",
     HUGHES, "31/03/2023", "20/10/2022 09:51:17", [], None),
    ("OL/19/066", ["f3"], ["peel1819"], S4, "9623", FREC,
     "Agree arrangements with Warwickshire Police for smooth transition to the future operating model – no disruption to public services",
     ASHBY, "31/03/2020", "05/08/2020 12:37:59", [], None),
    ("OL/19/067", ["f4"], [], S4, "9624", FREC,
     "Clearly define new operating model – all operational & support services affordable & fit to protect the communities of West Mercia",
     ASHBY, "31/03/2020", "15/03/2021 10:04:45", [], None),
    ("OL/19/068", ["f5"], ["peel1819"], S2, "9625", FREC,
     "Improve arrangements to consult the public on business planning & feed back on changes made as a result",
     ASHBY, "31/12/2022", "09/01/2023 11:29:03", [], None),
    ("OL/19/069", ["f6"], ["peel1819"], S1, "9626", FREC,
     "HMIC recommends that within three months the force should: ensure regular & active supervision of the quality & progress of investigations, properly recorded",
     PRICE, "02/08/2019", "20/10/2022 09:55:30", [], None),
    ("OL/19/070", ["f7"], ["peel1819"], S1, "9627", FCOC,
     "No suitable arrangements to maintain full range of public services when alliance with Warwickshire ends – gaps in skills assessment, weak investigative & safeguarding approach",
     ASHBY, "", "20/10/2022 09:57:12", [], None),
    ("OL/19/071", ["f8"], ["peel1819"], S4, "9628", FCOC,
     "Insufficient capacity / capability to investigate crime effectively – failings in the way crimes are investigated",
     PRICE, "", "15/03/2021 10:06:20", [], None),
    ("OL/19/072", ["f9"], ["peel1819"], S3, "9629", FREC,
     "Within 6 months improve ability to retrieve digital evidence from phones, computers & other devices quickly enough not to delay investigations",
     WHITFIELD, "02/11/2019", "23/11/2022 08:44:16",
     [("23/11/2022", WHITFIELD, "DFU backlog under 4 weeks; submitted for closure")], None),
    ("OL/19/073", ["f10"], ["peel2122"], S1, "9630", FREC,
     "Within 6 months improve understanding of suspects RUI & management of those on bail",
     PRICE, "02/11/2019", "01/06/2022 15:12:08", [], None),
    ("OL/19/075", ["d1"], ["cdi19"], S1, "9871", FREC,
     "Within 6 months arrangements so that: victims are believed at point of report; call handler conversations summarised accurately in the incident log; multiple crimes always recorded; no waiting for medical / video interview results before recording decisions; online reports triaged on receipt",
     WHITFIELD, "05/03/2020", "17/01/2023 14:03:39", [], None),
    ("OL/19/076", ["d2"], ["cdi19"], S2, "9872", FREC,
     "Within 3 months give call-handlers specific, sound & comprehensible criteria to assess threat, harm & risk",
     KHAN, "05/12/2019", "17/01/2023 14:05:02", [], None),
    ("OL/20/078", [], [], S1, "", "",
     "Deliver refresher training on DA to all response & neighbourhood officers",
     DOYLE, "31/03/2021", "26/10/2020 10:15:44", [], None),
    ("OL/21/080", ["p1"], ["powers"], S1, "11204", NR,
     "By July 2022 officers & staff have effective communication skills in line with National Policing Guidelines on Conflict Management",
     HUGHES, "31/07/2022", "06/09/2022 10:30:18", [], None),
    ("OL/21/081", ["p2"], ["powers"], S3, "11205", NR,
     "By July 2021 communication skills reinforced in CPD; supervisors supported to debrief officers using BWV footage",
     HUGHES, "31/07/2021", "06/09/2022 10:32:47",
     [("06/09/2022", HUGHES, "Comms skills module in CPD day 3; BWV debrief guidance issued")], None),
    ("OL/21/082", ["p3"], ["powers"], S1, "11206", NR,
     "By Sept 2021: BWV to record the entirety of S&S encounters incl. traffic stops & use of force; structured internal review of a BWV sample; external scrutiny panel access to footage",
     LLOYD, "30/09/2021", "06/09/2022 10:35:01", [], None),
    ("OL/21/083", ["p4"], ["powers"], S5, "11207", NR,
     "HO & NPCC to ensure quality of use-of-force-in-S&S data sufficient for publication (HO to publish)",
     LLOYD, "", "02/07/2021 09:20:33", [], None),
    ("OL/21/084", [], ["powers"], S1, "", "Local action",
     "Local action: T&F group to review the S&S policy & report to the Force Executive Team",
     LLOYD, "30/06/2023", "06/09/2022 10:37:14", [], None),
    ("OL/22/090", ["h1"], ["peel2122"], S1, "12450", FAFI,
     "Ensure sufficient control room resources to fulfil the resourcing model & meet demand, taking account of workforce wellbeing",
     KHAN, "31/03/2024", "14/07/2022 11:48:26", [], None),
    ("OL/22/091", ["h2"], ["peel2122"], S3, "12451", FAFI,
     "Make sure DA victims are kept informed of the progress of their case in line with the Victims' Code",
     DOYLE, "31/12/2022", "14/02/2023 16:02:53",
     [("14/02/2023", DOYLE, "VCOP compliance audit 96% – proposed for closure")], None),
    ("OL/22/093", ["h4"], ["peel2122"], S1, "12453", FAFI,
     "Improve supervision of investigations – plans set, reviewed & recorded; victims get a consistently good service",
     PRICE, "31/03/2024", "14/07/2022 11:52:09", [], None),
    ("OL/23/095", [], ["hot23"], S1, "", FAFI,
     "DRAFT (hot debrief 14/03/23) – make sure reports of stalking & harassment are recorded accurately & without delay",
     WHITFIELD, "", "16/03/2023 17:25:40", [], None),
]

HEADER = ["Report", "Status", "", "Our Ref", "HMIC ID", "Type", "Recommendation / AFI", "Lead",
          "Target Date", "Modified", "Recs"]
NCOL = len(HEADER)
NOT_CAT = "(Not Categorized)"


def build_view():
    """Lay the documents out as the categorised view shows them: Report, then Status."""
    entries = []   # (report label, status, doc, is_primary)
    for d in D:
        reps = d[2]
        labels = [FR[r] for r in reps] if reps else [NOT_CAT]
        for i, lab in enumerate(labels):
            entries.append((lab, d[3], d, i == 0))

    def ckey(s):
        return s.lower()
    rows = [HEADER]
    kinds = ["header"]
    meta = [None]
    grand = 0
    for lab in sorted({e[0] for e in entries}, key=lambda s: (s != NOT_CAT, ckey(s))):
        in_rep = [e for e in entries if e[0] == lab]
        rows.append([lab] + [""] * (NCOL - 2) + [str(len(in_rep))])
        kinds.append("report_category"); meta.append(lab)
        for st in sorted({e[1] for e in in_rep}, key=ckey):
            in_st = sorted([e for e in in_rep if e[1] == st], key=lambda e: e[2][0])
            rows.append(["", st] + [""] * (NCOL - 3) + [str(len(in_st))])
            kinds.append("status_category"); meta.append(st)
            for lab_, st_, d, primary in in_st:
                ref, items, reps, status, hid, typ, text, lead, target, modified, ups, conf = d
                rows.append(["", "", "", ref, hid, typ, text, lead, target, modified, "1"])
                kinds.append("doc" if primary else "doc_duplicate_display")
                meta.append((d, lab_))
                grand += 1
                for (dt, who, txt) in ups:
                    rows.append(["", "", f"{dt} {who}: {txt}"] + [""] * (NCOL - 3))
                    kinds.append("response"); meta.append(d)
                if conf:
                    rows.append(["", "", f"[Replication or Save Conflict] {conf}"] + [""] * (NCOL - 3))
                    kinds.append("save_conflict"); meta.append(d)
    rows.append([""] * (NCOL - 1) + [str(grand)])
    kinds.append("grand_total"); meta.append(None)
    return rows, kinds, meta


def write_tracker(path, rows):
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    data = buf.getvalue().encode("cp1252")   # Notes on Windows exports in the ANSI code page
    with open(path, "wb") as f:
        f.write(data)


def write_hmicfrs(path):
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False})
    wb.set_properties({"title": "HMICFRS recommendations – definitive list", "author": "HMICFRS",
                       "company": "HMICFRS", "created": datetime.datetime(2023, 3, 10, 9, 0, 0)})
    ws = wb.add_worksheet("Definitive list")
    hdr = wb.add_format({"bold": True, "bg_color": "#D9D9D9", "border": 1, "text_wrap": True,
                         "valign": "top"})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    top = wb.add_format({"valign": "top"})
    dfmt = wb.add_format({"num_format": "dd/mm/yyyy", "valign": "top"})
    cols = ["Register ID", "Force", "Report", "Published", "Type", "Recommendation", "Status",
            "Status date"]
    widths = [11, 18, 45, 12, 24, 90, 26, 12]
    for c, (h, wd) in enumerate(zip(cols, widths)):
        ws.write(0, c, h, hdr)
        ws.set_column(c, c, wd)
    order = sorted(H, key=lambda h: (REPORTS[h[2]][1], h[1]))
    rowmap = {}
    for i, (key, rid, rep, typ, text, status, sdate) in enumerate(order, start=1):
        title, pub = REPORTS[rep]
        ws.write_number(i, 0, rid, top)
        ws.write_string(i, 1, FORCE, top)
        ws.write_string(i, 2, title, wrap)
        ws.write_datetime(i, 3, datetime.datetime(*pub), dfmt)
        ws.write_string(i, 4, typ, top)
        ws.write_string(i, 5, text, wrap)
        ws.write_string(i, 6, status, top)
        ws.write_datetime(i, 7, datetime.datetime(*sdate), dfmt)
        rowmap[key] = i + 1          # Excel row number
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, len(order), len(cols) - 1)
    wb.close()
    return rowmap


HSTATUS = {k: s for (k, _i, _r, _t, _x, s, _d) in H}
HID = {k: i for (k, i, *_rest) in H}
HREP = {k: r for (k, _i, r, *_rest) in H}
CLOSED = {CB, NFA, SUP}

# How a person decided each line (keyed by hmicfrs key, or by our_ref for force-only rows).
WHY = {
    "sas131": "Pre-2017 doc (no HMIC ID) under 'Stop & Search powers (HMIC 2013)', text is the APP-specification rec abridged; HMICFRS Complete, force legacy keyword 'Complete': both closed.",
    "sas132": "Same 2013 S&S block, monitoring-of-stop-and-search rec abridged; HMICFRS Complete, force 'Complete'.",
    "sas133": "2013 S&S block, explain-to-the-public/community-scrutiny rec (the near-identical 2015 version sits under 'Stop & search powers 2'); HMICFRS No further action required (closed) but the doc still sits under legacy 'In Progress' with a 2015 update: force should close it locally.",
    "everyone1": "HMIC ID 2321 and the DA action-plan text, its four 'developed ...' bullets kept in short form; HMICFRS Complete, force 'Complete'.",
    "aus1": "HMIC ID 2690, review-savings-plans rec; HMICFRS No further action required, force '4. Closed'.",
    "aus2": "One doc OL/14/007 holds two recs (HMIC ID '2691; 2692', parts (a) <10% collaboration and (b) front line); this line is part (a), 2691. HMICFRS NFA, force '4. Closed'.",
    "aus3": "Same merged doc OL/14/007, part (b) front-line workforce reduction, 2692. HMICFRS NFA, force '4. Closed'.",
    "aus4": "Austerity rec 4 (plans for collaboration for the next spending round): no doc in the export carries 2693 or this text; missing from the force (HMICFRS has closed it NFA, but the force has no record).",
    "core1": "HMIC ID 4822 under 'Core business', 'Not later than 31/03/2015 ... THR criteria' (the CDI 2019 call-handler rec is a different, later item); HMICFRS Complete, force 'Complete'.",
    "core2": "HMIC ID 4823, crime prevention recording/evaluation; force '4. Closed' (update: closed by Force Assurance Board 2019) but HMICFRS still Being progressed: submit for closure.",
    "integrity1": "HMIC ID 902 and 'By 31 Aug 2015 all CCs ... NFA ... fair & free of discrimination' (the 2017 legitimacy AFI on the same subject is a separate doc); HMICFRS Complete, force 'Complete'.",
    "sas151": "HMIC ID 5307 under 'Stop & search powers 2'; HMICFRS Superseded, force 'Complete': both closed.",
    "picture1": "HMIC ID 5560, IM audit-scrutiny rec; HMICFRS Complete (closed) while the doc is '1. Open - On Track' (2020 update 'keep open'): close locally.",
    "fa1": "HMIC ID 5904, firearms licensing governance; HMICFRS Complete, force '4. Closed'.",
    "fa2": "HMIC ID 5905, firearms licensing demand; HMICFRS Complete, force legacy 'Complete'.",
    "fa3": "HMIC ID 5906, 'total expired' records; HMICFRS Complete, force '4. Closed'.",
    "fa4": "HMIC ID 5907, temporary permits; HMICFRS Complete, force '4. Closed'.",
    "fa5": "HMIC ID 5908, flagging certificate holders before attendance; HMICFRS Being progressed, force '2. Open - Off Track': both open.",
    "k1": "HMIC ID 6120, DASH cause of concern; HMICFRS Complete, force '4. Closed'.",
    "k2": "HMIC ID 6121, DASH supervision rec; HMICFRS Complete, force '4. Closed' (responses record the closure).",
    "b1": "HMIC ID 6712, demand AFI; HMICFRS Superseded, force legacy 'Complete': both closed.",
    "b2": "HMIC ID 6713 and the outcomes/outputs/costs text match, both closed, but the force types it 'Recommendation' where HMICFRS has an Area for improvement: type conflict.",
    "b3": "HMIC ID 6714, workforce plan AFI; HMICFRS Superseded (closed) but the doc still sits under legacy 'In Progress': close locally.",
    "a1": "HMIC ID 6985, DA cause of concern (2016); HMICFRS Complete, force '4. Closed'.",
    "a2": "HMIC ID 6986, increase use of arrest/ancillary orders; HMICFRS Complete, force '4. Closed'.",
    "a3": "HMIC ID 6987, understand why DA victims do not support investigations; HMICFRS Superseded (closed), doc '1. Open - On Track' with a 2022 update: close locally.",
    "a4": "HMIC ID 6988, cease telephone DA risk assessments; HMICFRS Complete, force '4. Closed'.",
    "a5": "HMIC ID 6989, missing children cause of concern; HMICFRS Complete, force '4. Closed'.",
    "a6": "HMIC ID 6990, missing children rec. The doc has two Report values, so Notes shows it under 'PEEL Effectiveness 2016' and again under 'NCPI 2018'; this line is the entry under the report HMICFRS gives. HMICFRS Complete, force '4. Closed'.",
    "sf1": "HMIC ID 8120, MSHT leadership rec split by the force into four docs (parts 1-4 of 4, one per bullet). Parts 1, 2, 4 are '4. Closed' but part 3 (partnership arrangements) is '1. Open - On Track', so the item is still open on the force side; HMICFRS Being progressed: both open.",
    "sf2": "HMIC ID 8121, ISAs rec; doc '3. Submitted to HMICFRS for closure' (evidence pack sent to FLL) while HMICFRS still Being progressed: submit. The save-conflict copy under it is not a separate item.",
    "sf3": "HMIC ID 8122, section 45 defence; HMICFRS Complete, force '4. Closed'.",
    "sf4": "HMIC ID 8123, NRM compliance; HMICFRS Complete, force '4. Closed'.",
    "sf5": "HMIC ID 8124, NCRS for MSHT; HMICFRS Being progressed, force '1. Open - On Track'.",
    "sf6": "Stolen Freedom 'allegations ... thoroughly investigated and effectively supervised' rec: no doc carries 8125 or this text (the Stolen Freedom category jumps from OL/17/045 to OL/17/047): missing from the force.",
    "sf7": "HMIC ID 8126, preventative powers (STPOs/SROs); HMICFRS Awaiting review, force '1. Open - On Track'.",
    "efc1": "HMIC ID 8233, digital services plan; doc '3. Submitted to HMICFRS for closure' (Digital Strategy approved) while HMICFRS Being progressed: submit.",
    "c1": "HMIC ID 8538, vetting backlog cause of concern; HMICFRS Complete, force '4. Closed'.",
    "c2": "HMIC ID 8539, vetting clearance rec; doc '3. Submitted to HMICFRS for closure' (backlog cleared Sept 2022), HMICFRS Being progressed: submit.",
    "c3": "HMIC ID 8540 under 'PEEL Legitimacy 2017', misconduct NFA fairness AFI; HMICFRS Being progressed, force '1. Open - On Track'.",
    "l1": "HMIC ID 8541 under 'PEEL Legit 17 S&S', the national S&S cause of concern; HMICFRS Complete, force '4. Closed'.",
    "l2": "HMIC ID 8542, S&S monitoring rec; both closed, but the force text lists only two of the three things to understand and drops the 'prevalence of possession-only drug searches' bullet: missing-bullet conflict.",
    "l3": "HMIC ID 8543, demonstrate action on disparities; text matches; HMICFRS Complete, force '4. Closed'.",
    "l4": "The 'publish the analysis at least annually from July 2018' doc carries HMIC ID 8543, which belongs to the disparities rec on the row above it; by its text it is 8544. Both closed, but the reference is wrong: reference conflict.",
    "l5": "HMIC ID 8545, unconscious bias training; HMICFRS Being progressed, force '1. Open - On Track'.",
    "e1": "Detention of children rec under 'NCPI 2018'; the doc's HMIC ID reads 9102, which is not on the list (the register id is 9012, digits transposed); text and report agree, both open: reference conflict.",
    "f0": "HMIC ID 9620, investigative workload review; HMICFRS Complete, force '4. Closed'.",
    "f1": "HMIC ID 9621, vulnerability review with partners; HMICFRS Complete, force '3. Submitted to HMICFRS for closure': both on the closed side.",
    "f2": "HMIC ID 9622, skills project; HMICFRS Being progressed, force '1. Open - On Track'.",
    "f3": "HMIC ID 9623, Warwickshire transition arrangements; HMICFRS Complete, force '4. Closed'.",
    "f4": "HMIC ID 9624, define the new operating model: the doc has no Report value so it sits under '(Not Categorized)', but ID and text match the 2018/19 rec; HMICFRS Complete, force '4. Closed'.",
    "f5": "HMIC ID 9625, public consultation on business planning; HMICFRS Being progressed, force '2. Open - Off Track'.",
    "f6": "HMIC ID 9626, supervision of investigations (2018/19): the force text says 'within three months' where HMICFRS says 'within six months'; both open: timescale conflict.",
    "f7": "HMIC ID 9627, alliance cause of concern; HMICFRS Being progressed, force '1. Open - On Track'.",
    "f8": "HMIC ID 9628, capacity to investigate cause of concern; HMICFRS Complete, force '4. Closed'.",
    "f9": "HMIC ID 9629, digital evidence retrieval; doc '3. Submitted to HMICFRS for closure' (DFU backlog cut), HMICFRS Being progressed: submit.",
    "f10": "HMIC ID 9630 and the RUI/bail text belong to the 2018/19 PEEL report, but the doc is filed under 'PEEL 2021/22'; both open: report conflict.",
    "d1": "HMIC ID 9871, CDI victims-believed rec (all five bullets present in short form); HMICFRS Being progressed, force '1. Open - On Track'.",
    "d2": "HMIC ID 9872 under 'CDI 2019', call-handler THR criteria within three months (not the 2014 Core Business rec); HMICFRS Awaiting review, force '2. Open - Off Track'.",
    "d3": "CDI 2019 AFI on the crime-recording and management system: no doc carries 9873 or this text: missing from the force.",
    "p1": "HMIC ID 11204, communication skills by July 2022; HMICFRS Being progressed, force '1. Open - On Track'.",
    "p2": "HMIC ID 11205, CPD communication skills; doc '3. Submitted to HMICFRS for closure', HMICFRS Being progressed: submit.",
    "p3": "HMIC ID 11206, body-worn video rec (all three paragraphs in short form); HMICFRS Being progressed, force '1. Open - On Track'.",
    "p4": "HMIC ID 11207, Home Office/NPCC data rec; HMICFRS No further action required, force '5. Not force responsibility (national)': both closed.",
    "p5": "Police powers rec on internal monitoring of the use of force: no doc carries 11208 or this text: missing from the force.",
    "h1": "HMIC ID 12450, control room resources AFI; HMICFRS Awaiting review, force '1. Open - On Track'.",
    "h2": "HMIC ID 12451, keep DA victims informed AFI; doc '3. Submitted to HMICFRS for closure' (VCOP audit), HMICFRS Awaiting review: submit.",
    "h3": "PEEL 2021/22 AFI on county lines intelligence: no doc carries 12452 or this text: missing from the force.",
    "h4": "HMIC ID 12453, supervision of investigations AFI (2021/22, not the 2018/19 rec); HMICFRS Awaiting review, force '1. Open - On Track'.",
    "OL/14/011": "Doc under 'Crime Data Integrity 2014' with HMIC ID 4471 (cautions / cannabis warnings / PNDs): neither the id nor the text nor that report is on the definitive list: query with HMICFRS.",
    "OL/20/078": "Doc under '(Not Categorized)' with no HMIC ID and no type: a local DA refresher-training action, not an HMICFRS item.",
    "OL/21/084": "Type 'Local action', no HMIC ID, under the Police powers report: the force's own S&S policy task, not on the list.",
    "OL/23/095": "Draft AFI from the March 2023 hot debrief, logged before any report: not on the definitive list.",
}

SPECIAL_CAT = {"b2": "conflict", "l2": "conflict", "l4": "conflict", "e1": "conflict",
               "f6": "conflict", "f10": "conflict"}


def category(hkey, force_done):
    if hkey in SPECIAL_CAT:
        return SPECIAL_CAT[hkey]
    h_closed = HSTATUS[hkey] in CLOSED
    if h_closed and not force_done:
        return "closeable_local"
    if not h_closed and force_done:
        return "closeable_submit"
    return "in_sync"


def main():
    os.makedirs(OUT, exist_ok=True)
    hrow = write_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    rows, kinds, meta = build_view()
    write_tracker(os.path.join(OUT, "tracker.csv"), rows)

    # item-level force state (a split item is done only if every part is)
    parts = {}
    for d in D:
        for k in d[1]:
            parts.setdefault(k, []).append(d[3] in FORCE_DONE)
    done = {k: all(v) for k, v in parts.items()}

    truth = []
    seen_h = set()
    for n, (kind, m) in enumerate(zip(kinds, meta), start=1):
        if kind != "doc":
            continue
        d, _lab = m
        frow = f"tracker.csv!{n}"
        if not d[1]:
            truth.append(("", frow, "not_on_hmicfrs_list", WHY[d[0]]))
            continue
        for k in d[1]:
            seen_h.add(k)
            truth.append((f"Definitive list!{hrow[k]}", frow, category(k, done[k]), WHY[k]))
    for k, *_ in H:
        if k not in seen_h:
            truth.append((f"Definitive list!{hrow[k]}", "", "missing_from_force", WHY[k]))

    def sk(t):
        return (int(t[0].split("!")[1]) if t[0] else 10**6, int(t[1].split("!")[1]) if t[1] else 0)
    truth.sort(key=sk)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["hmicfrs_row", "force_row", "category", "why"])
    for t in truth:
        w.writerow(t)
    with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    # non-item rows, for the README
    nonitems = [(n, k, m) for n, (k, m) in enumerate(zip(kinds, meta), start=1) if k != "doc"]
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(rows, kinds, meta, truth, nonitems, hrow))



def _fmt_rows(ns):
    return ", ".join(str(n) for n in ns)


def readme(rows, kinds, meta, truth, nonitems, hrow):
    n_rows = len(rows)
    docs = [n for n, k in enumerate(kinds, start=1) if k == "doc"]
    rep_rows = [n for n, k in enumerate(kinds, start=1) if k == "report_category"]
    st_rows = [n for n, k in enumerate(kinds, start=1) if k == "status_category"]
    resp_rows = [n for n, k in enumerate(kinds, start=1) if k == "response"]
    conf_rows = [n for n, k in enumerate(kinds, start=1) if k == "save_conflict"]
    dup_rows = [n for n, k in enumerate(kinds, start=1) if k == "doc_duplicate_display"]
    total_rows = [n for n, k in enumerate(kinds, start=1) if k == "grand_total"]
    by_ref = {}
    for n, (k, m) in enumerate(zip(kinds, meta), start=1):
        if k in ("doc", "doc_duplicate_display"):
            by_ref.setdefault(m[0][0], []).append(n)

    def fr(ref):
        return by_ref[ref][0]
    counts = {}
    for t in truth:
        counts[t[2]] = counts.get(t[2], 0) + 1
    order = ["in_sync", "closeable_submit", "closeable_local", "conflict", "missing_from_force",
             "not_on_hmicfrs_list", "review"]
    cnt = "\n".join(f"| `{c}` | {counts.get(c, 0)} |" for c in order)
    h = hrow
    L = []
    L.append(f"""# {CASE}

Round 81, case C. Force side: a CSV export of a **categorised Lotus Notes (HCL Notes) view**,
two category levels (Report, then Status). HMICFRS side: an ordinary definitive-list workbook.

## The story

West Mercia Police's Risk & Organisational Learning team has kept its HMICFRS tracker since
2013 in a Notes database ("HMICFRS Recommendations.nsf"), built when the force's email and
workflow ran on Notes. Each recommendation, AFI or cause of concern is a Notes **document**;
progress updates are **response documents** under it. The team reads the database through
the view "2. By Report \\ Status", which is categorised first by the document's *Report*
keyword and then by its *Status* keyword. Before the Joint Audit Committee in spring 2023 the
analyst was asked to reconcile it with the definitive list HMICFRS sent on 10 March 2023. The
database could not be opened outside Notes, so the analyst selected all documents in that view
and used File > Export > "Comma Separated Value" with "Include view titles". What came out is
the view as Notes draws it, not a table of documents:

- the Report and the Status of an item appear **only on the category rows above it**, never on
  the item's own row;
- the status keywords changed in 2017 ("Complete", "In Progress" became "1. Open - On Track" ...
  "5. Not force responsibility (national)"), and nobody re-saved the old documents, so each
  report can carry both vocabularies, sorted digits-first by Notes;
- responses (updates) and one replication/save conflict show only in the untitled
  "responses only" column;
- a document whose Report field holds two values is shown twice, once under each;
- a document with an empty Report field falls under Notes' own "(Not Categorized)" heading;
- people are Notes hierarchical names ("Helen Price/Crime/WMERCIA"), several joined by "; ";
- the "Recs" column is a Notes totals column: 1 on a document, the count on a category row,
  and the grand total alone on the last row.

West Mercia Police is a real force, but nothing here describes its real systems: the database,
the people, the force-side statuses and wording, the register ids and the dates after publication
are invented. The HMICFRS texts are real public wording (Open Government Licence).

## The files

**hmicfrs.xlsx**, sheet `Definitive list`: header on row 1, {len(H)} item rows (rows 2-{len(H) + 1}),
no other rows. Columns: Register ID (integer), Force, Report (full HMICFRS title), Published
(date, dd/mm/yyyy), Type (National recommendation / Recommendation / Area for improvement /
Cause of concern), Recommendation (verbatim, line breaks and bullets kept), Status (Awaiting
review, Being progressed, Complete, Superseded, No further action required), Status date.
Sorted by publication date, then register id. Autofilter and frozen header, nothing hidden.

**tracker.csv**: Windows-1252 (the curly quotes and en dashes are single bytes), every
field double-quoted, CRLF line ends, no field contains a line break, so CSV record = Excel row.
{n_rows} rows: header on row 1, then {len(docs)} document rows that are items and {n_rows - 1 - len(docs)}
rows that are not. Columns (header row, exactly as exported):

| # | header | what it holds |
|---|---|---|
| A | `Report` | category level 1: only on report-category rows |
| B | `Status` | category level 2: only on status-category rows |
| C | *(blank header)* | responses-only column: only on response / conflict rows |
| D | `Our Ref` | the team's own document number `OL/yy/nnn` (not an HMICFRS reference) |
| E | `HMIC ID` | the HMICFRS register id as typed by the team; blank on pre-2014 documents and on force-only items; `2691; 2692` on a merged document |
| F | `Type` | National Rec / Recommendation / AFI / Cause of Concern / Local action / blank |
| G | `Recommendation / AFI` | the team's shortened wording |
| H | `Lead` | Notes hierarchical name(s) |
| I | `Target Date` | dd/mm/yyyy or blank |
| J | `Modified` | dd/mm/yyyy hh:mm:ss |
| K | `Recs` | totals column: 1 on documents, the count on category rows, grand total on the last row |

Force status words: done = `3. Submitted to HMICFRS for closure`, `4. Closed`,
`5. Not force responsibility (national)`, `Complete` (pre-2017); open = `1. Open - On Track`,
`2. Open - Off Track`, `In Progress` (pre-2017).

## What the layout brings, point by point

1. **Report and status only on category rows.** Row 47 reads `PEEL 2018/19` in column A, row 48
   `1. Open - On Track` in column B; rows 49-51 are documents with A and B empty. An item's report
   and status are those of the nearest category rows above it. Report-category rows:
   {_fmt_rows(rep_rows)}. Status-category rows: {_fmt_rows(st_rows)}.
2. **Two status vocabularies per report.** e.g. `Firearms licensing 2015` (row 25) has
   `2. Open - Off Track`, `4. Closed` and the old `Complete`; `PEEL Efficiency 2016` (row 93) has
   `4. Closed`, `Complete` and `In Progress`.
3. **Response rows.** Updates sit under their document in column C only, as
   "date name: text": rows {_fmt_rows(resp_rows)}. Some explain the status (row 15: closed
   locally by the Force Assurance Board; row 37: "keep open"; row 78: closed by HMICFRS), but the
   status is the category's.
4. **Replication or save conflict.** Row {_fmt_rows(conf_rows)} is a conflict document under
   OL/17/042 (row {fr('OL/17/042')}): column C only, text prefixed
   `[Replication or Save Conflict]`. It is a stale copy, not an item.
5. **A document shown twice.** OL/17/039 has two Report values (`PEEL Effectiveness 2016`;
   `NCPI 2018`), so Notes lists it at row {by_ref['OL/17/039'][1]} (under PEEL Effectiveness 2016)
   and at row {by_ref['OL/17/039'][0]} (under NCPI 2018), identical Our Ref and Modified stamp.
   The item row is row {by_ref['OL/17/039'][1]}, under the report HMICFRS gives; row
   {by_ref['OL/17/039'][0]} is the same document displayed again and is not in the truth.
6. **(Not Categorized).** Rows 2-6: two documents with an empty Report field. Row 6 is a real
   HMICFRS item (id 9624, 2018/19 PEEL); row 4 is a force-only action.
7. **Grand total row.** Row {_fmt_rows(total_rows)} holds only `{rows[-1][-1]}` in `Recs` (documents as
   displayed, the doubled one counted twice).
8. **Hierarchical names, multi-values.** Lead `Khan/...; Lloyd/...` (row {fr('OL/15/020')}), HMIC ID
   `2691; 2692` (row {fr('OL/14/007')}).
9. **Blank column header** for the responses column, and a CSV in Windows-1252, not UTF-8.

## The traps and how the truth decides them

- **Merged**: row {fr('OL/14/007')} (OL/14/007, HMIC ID `2691; 2692`) holds Policing in Austerity recs 2 and 3
  (Definitive list rows {h['aus2']} and {h['aus3']}): two truth lines, same force row, both `in_sync`.
- **Split**: Stolen Freedom leadership rec (id 8120, Definitive list row {h['sf1']}) is four documents
  OL/17/041-1..4, one per bullet, in two different status categories: rows
  {_fmt_rows(sorted(by_ref['OL/17/041-1'] + by_ref['OL/17/041-2'] + by_ref['OL/17/041-3'] + by_ref['OL/17/041-4']))}. Part 3 (row {fr('OL/17/041-3')}) is still
  open, so the item is open on the force side; HMICFRS Being progressed: four `in_sync` lines.
- **Missing from force** (5): Definitive list rows {h['aus4']} (Austerity 4, closed NFA), {h['sf6']} (Stolen
  Freedom investigation), {h['d3']} (CDI 2019 AFI), {h['p5']} (use-of-force monitoring), {h['h3']} (2021/22 county lines AFI).
- **Force-only** (4): rows {fr('OL/20/078')} (local DA training, Not Categorized), {fr('OL/14/011')} (CDI 2014
  rec with HMIC ID 4471 not on the list), {fr('OL/23/095')} (draft AFI from the March 2023 hot debrief),
  {fr('OL/21/084')} (type "Local action").
- **Closed on one side**: closeable_submit where the document is under `3. Submitted ...` or
  `4. Closed` and HMICFRS still has it open (rows {fr('OL/14/010')}, {fr('OL/17/042')}, {fr('OL/17/048')}, {fr('OL/17/051')}, {fr('OL/19/072')}, {fr('OL/21/081')}, {fr('OL/22/091')});
  closeable_local where HMICFRS has closed it and the document is under an open status
  (rows {fr('OL/13/003')}, {fr('OL/15/015')}, {fr('OL/16/032')}, {fr('OL/17/036')}; two of them under the old `In Progress`).
- **Mistyped references**: row {fr('OL/18/060')} has HMIC ID `9102` for register id 9012 (transposed, not
  on the list); row {fr('OL/17/056')} has `8543`, the id of the disparities rec on row {fr('OL/17/055')}, while its
  text is the publish-annually rec 8544. Both matched by text and report, both `conflict`
  (reference).
- **Other conflicts**: row {fr('OL/16/031')} typed `Recommendation` for an AFI (type); row {fr('OL/17/054')} drops the
  "possession-only drug searches" bullet (missing bullet); row {fr('OL/19/069')} says "within three
  months" for "within six months" (timescale); row {fr('OL/19/073')} is the 2018/19 RUI rec filed under
  `PEEL 2021/22` (report).
- **Near-twins across reports** (each pair told apart by its report category and its deadline
  wording; categories as in the truth): the 2013 and 2015 "explain stop and search to the public" recs
  (rows {fr('OL/13/003')}, {fr('OL/15/013')}); Core Business 2014 vs CDI 2019 call-handler THR criteria (rows {fr('OL/14/009')}, {fr('OL/19/076')});
  Integrity Matters 2015 vs Legitimacy 2017 misconduct-NFA fairness (rows {fr('OL/15/012')}, {fr('OL/17/052')});
  2018/19 supervision rec vs 2021/22 supervision AFI (rows {fr('OL/19/069')}, {fr('OL/22/093')}).
- **Legacy documents without HMIC ID**: rows {fr('OL/13/001')}, {fr('OL/13/002')}, {fr('OL/13/003')} matched by report and text.
- No `review` lines: every pair can be decided from the two rows.

## Counts per category ({len(truth)} truth lines; {len(H)} HMICFRS items; {len(docs)} force item rows)

| category | lines |
|---|---|
{cnt}

## Rows that are not items (tracker.csv)

- Row 1: header ("Include view titles").
- Report-category rows (Report in column A, count in Recs): {_fmt_rows(rep_rows)}.
- Status-category rows (Status in column B, count in Recs): {_fmt_rows(st_rows)}.
- Response documents (progress updates, column C only): {_fmt_rows(resp_rows)}.
- Replication or save conflict (stale copy of OL/17/042, column C only): {_fmt_rows(conf_rows)}.
- Same document displayed a second time because of its two-valued Report field (OL/17/039,
  item row {by_ref['OL/17/039'][1]}): {_fmt_rows(dup_rows)}.
- Grand total (only `Recs`): {_fmt_rows(total_rows)}.

hmicfrs.xlsx has only its header row (row 1) besides items.

## Checks run

- Every document row of tracker.csv except the second display of OL/17/039 is in truth.csv
  (once, or twice for the merged OL/14/007); every Definitive list row 2-{len(H) + 1} is in truth.csv at
  least once; no non-item row is in truth.csv.
- tracker.csv read back with pandas (`encoding="cp1252"`) and the csv module: {n_rows} records = {n_rows}
  lines, 11 fields each; hmicfrs.xlsx read back with pandas and openpyxl: {len(H)} rows, 8 columns,
  ids unique, dates real Excel dates.
- Every HMICFRS text was compared with the sources: 61 are verbatim literals (casegen
  `NATIONAL`, `CAUSES`, `CONTROL_ROOM`, real_recommendations.csv); the DASH rec is the JAC
  paper's wording without its bold markers; the vetting cause of concern is `CAUSES` with
  "{{force}}" filled; the detention-of-children rec is real_recommendations.csv row 57 with
  "Bedfordshire Police" replaced by "West Mercia Police"; five are a casegen `STEMS` stem with a
  `BODIES`/`TOPIC_BODIES` body. tracker.csv encodes to Windows-1252 without loss.
- Built twice; all four files byte-identical (sha256).
""")
    return "".join(L)


if __name__ == "__main__":
    main()
