#!/usr/bin/env python3
"""Builds the case pivot_pasted_values_list (see pivot_pasted_values_list/README.md).
Run: /work/main/.venv/bin/python build_pivot_pasted_values_list.py"""

# --- Real public texts copied verbatim from /work/main/reconcile/casegen/texts/ (OGL) ---

NATIONAL = {'sas13': ('Stop and search powers: Are the police using them effectively and fairly?',
           (2013, 7, 9),
           ['Chief Constables and the College of Policing should establish in the Stop and Search '
            'Authorised Professional Practice document a clear specification of what constitutes '
            'the effective and fair exercise of stop and search powers, and guidance in this '
            'respect. This should be compliant with the Code of Practice.',
            'Chief Constables should establish or improve monitoring of the way officers stop and '
            'search people, so that they can be satisfied their officers are acting in accordance '
            'with the law (including equality legislation and the Code of Practice), and that the '
            'power is used effectively to prevent crime, catch criminals and maintain public '
            'trust.',
            'Chief Constables should, in consultation with elected local policing bodies, ensure '
            'that they comply with the code of practice by explaining to the public the way stop '
            'and search powers are used in their areas and by making arrangements for stop and '
            'search records to be scrutinised by community representatives. This should be done in '
            'a way that involves those people who are stopped and searched, for example, young '
            'people.']),
 'everyone': ("Everyone's business: Improving the police response to domestic abuse",
              (2014, 3, 27),
              ['By September 2014, every police force in England and Wales should establish and '
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
               'CPS scrutiny panels and MARAC self-assessments.']),
 'austerity': ('Policing in austerity: Meeting the challenge',
               (2014, 7, 22),
               ['All Chief Constables and PCCs should review their plans to deliver savings to '
                'ensure they are doing all they can to continue to reduce crime and protect the '
                'front line while balancing their budgets. They should use the data and '
                "information contained in this report, and in HMIC's Value for Money profiles, "
                'when conducting their reviews',
                'Chief Constables and PCCs in forces planning to deliver less than 10% of their '
                'savings through collaboration should assess whether there is scope to improve on '
                'this position. HMIC will follow up the assessments in the autumn.',
                'Chief Constables and PCCs in forces that are planning to reduce the proportion of '
                'their workforce and/or police officers on the front line should assess whether '
                'they have taken the decisive action seen in many forces in order to maintain '
                'their crime fighting capacity. HMIC will follow up the assessments in the autumn.',
                'In preparation for the next spending round period all Chief Constables and PCCs '
                'should review their plans for collaboration. In particular they should consider '
                'whether there is scope to deliver better value for money and improved capability '
                'and capacity through joint working with other forces, the public and/or the '
                'private sector.']),
 'core': ('Core Business: an inspection into crime prevention, police attendance and the use of '
          'police time',
          (2014, 9, 4),
          ['Not later than 31 March 2015 those forces using a threat, harm and risk policy, that '
           'have not yet done so, should provide call-handlers with specific, sound and '
           'comprehensible criteria against which they can assess threat, harm and risk.',
           'By 31 March 2015 all forces should ensure that crime prevention or disruption activity '
           'carried out is systematically recorded and subsequently evaluated to determine the '
           'effectiveness of tactics being employed.']),
 'integrity': ('Integrity matters: An inspection of arrangements to ensure integrity and to '
               'provide the capability to tackle corruption in policing',
               (2015, 1, 30),
               ['By 31 August 2015, all chief constables should satisfy themselves that they have '
                'processes in place to ensure that investigations into misconduct by officers and '
                'staff resulting in “no further action” are fair and free of any form of '
                'discrimination.']),
 'sas15': ('Stop and search powers 2: are the police using them effectively and fairly?',
           (2015, 3, 24),
           ['Chief constables should, in consultation with police and crime commissioners, ensure '
            'that they comply with the Code of Practice by explaining to the public the way stop '
            'and search powers are used in their areas and by making arrangements for stop and '
            'search records to be scrutinised by community representatives. This should be done in '
            'a way that involves those people who are stopped and searched, for example young '
            'people.']),
 'picture': ('Building the picture: an inspection of police information management',
             (2015, 7, 1),
             ['By 30 November 2015, chief constables should put in place arrangements to '
              'scrutinise audits of compliance with the APP on information management through the '
              'force information management governance structure. This should include measures to '
              'ensure that categorisation of records are regularly adjusted.']),
 'firearms': ('Targeting the risk: An inspection of the efficiency and effectiveness of firearms '
              'licensing in police forces in England and Wales',
              (2015, 9, 15),
              ['Within three months, all chief constables should assess how well the governance of '
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
               'identify, prior to police attendance, whether a reported incident involves or is '
               'at the address of a firearm certificate holder are in place and are always applied '
               'by staff dispatching officers to incidents; and that officers understand the risk '
               'assessment which they should be undertaking in such circumstances, and their '
               'power, when appropriate, to seize firearms and firearm certificates.']),
 'stolen': ('Stolen freedom: the policing response to modern slavery and human trafficking',
            (2017, 10, 24),
            ['Within twelve months, forces should review their leadership and governance '
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
             'Immediately, forces should take steps to ensure they are fully compliant with the '
             'NRM process as it evolves and are implementing the requirement placed upon them '
             'under the Modern Slavery Act 2015 to notify the Home Office of any individual '
             'suspected to be an adult victim of modern slavery or human trafficking.',
             'Immediately, forces should take steps to ensure they fully comply with national '
             'crime recording standard (NCRS) requirements for offences identified as modern '
             'slavery and human trafficking and that sufficient audit capacity is available to the '
             'force crime registrar to provide reassurance that each force is identifying and '
             'managing any gaps in its crime-recording accuracy for these types of offences.',
             'Immediately, forces should ensure that allegations or indications of modern slavery '
             'and human trafficking are thoroughly investigated and effectively supervised by '
             'teams and individuals with the skills and experience to undertake them (this should '
             'include the use where appropriate of joint intelligence teams and other means to '
             'obtain intelligence and evidence from agencies overseas).',
             'Immediately, forces should review their use of preventative powers under the Modern '
             'Slavery Act 2015 to ensure that opportunities to restrict the activities of those '
             'deemed to pose a clear threat to others in respect of modern slavery and human '
             'trafficking offences are exploited.']),
 'efc17': ('PEEL: Police efficiency 2017 (national overview)',
           (2017, 11, 9),
           ['By September 2018, chief constables should produce an ambitious plan to improve '
            'digitally-enabled services within their force. The Home Office, National Police '
            "Chiefs' Council and Association of Police and Crime Commissioners should support the "
            'development of these plans by establishing a national framework which allows for the '
            'provision of digitally enabled services across force boundaries.']),
 'leg17': ('PEEL: Police legitimacy 2017 (national overview)',
           (2017, 12, 12),
           ['HMICFRS is concerned that forces are not able to demonstrate that the use of stop and '
            'search powers is consistently reasonable and fair. In particular, there is '
            'over-representation of BAME people, and black people in particular, in stop and '
            'search data which many forces are unable to explain.',
            'By July 2018, all police forces across England and Wales should be regularly and '
            'frequently monitoring a comprehensive set of data and information on use of stop and '
            'search powers to understand:\n'
            '•the reasons for any disproportionate representation of different ethnic groups in '
            'the use of stop and search; •the extent to which find rates differ between people '
            'from different ethnicities, and across different types of searches (including '
            'separate identification of find rates for drug possession and supply-type offences); '
            'and •the prevalence of possession-only drug searches, and the extent to which these '
            'align with local or force level priorities.',
            'Where forces identify disparities through monitoring, they should demonstrate to the '
            'public that they have:\n'
            '•carried out research and analysis in an attempt to understand the reasons for the '
            'disparity, and •taken action to reduce the disparity, where necessary;',
            'We expect forces to publish this analysis and any actions taken at least on an annual '
            'basis, from July 2018.',
            'By July 2018, and ongoing following that date, forces should ensure that all officers '
            'who use stop and search powers have been provided with, and understand, training on '
            'unconscious bias and College of Policing APP on stop and search.']),
 'powers': ('Disproportionate use of police powers: A spotlight on stop and search and the use of '
            'force',
            (2021, 2, 26),
            ['By July 2022, forces should ensure that officers and staff have effective '
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
             'sufficient sample of body-worn video footage to identify and disseminate learning '
             'and hold officers to account when behaviour falls below acceptable standards.\n'
             'provide external scrutiny panel members with access to samples of body-worn video '
             'footage showing stop and search encounters and use of force incidents, taking '
             'account of the safeguards in the College of Policing’s Authorised Professional '
             'Practice.',
             'The Home Office and the NPCC should take steps to ensure that the quality of the '
             'data collected on the number of incidents where force has been used to effect a stop '
             'and search is sufficient for publication. The Home Office should publish this data '
             'as soon as possible.',
             'By July 2021, forces should ensure they have effective internal monitoring processes '
             'on the use of force, to help them to identify and understand disproportionate use, '
             'explain the reasons and implement any necessary improvement action.'])}

EVERYONE_PLAN_RUN_ON = ('By September 2014, every police force in England and Wales should establish and publish an '
 'action plan that specifies in detail what steps it will take to improve its approach to domestic '
 'abuse.\n'
 '\n'
 'This action plan should be developed:\n'
 '\n'
 '• in consultation with police and crime commissioners, domestic abuse support organisations and '
 "victims' representatives;\n"
 '• after close consideration of all the recommendations in this report;\n'
 '• with reference to all relevant domestic homicide reviews and IPCC findings, whether in '
 'connection with the force in question or another force; and 20\n'
 '• drawing on relevant knowledge acquired or available from other sources such as CPS scrutiny '
 'panels and MARAC self-assessments.The action plan should be established on the basis of best '
 'practice, based on revised relevant guidance from the College of Policing. To ensure '
 'consistency, the College and the national policing lead on domestic abuse have agreed to provide '
 'advice on the areas that each plan should cover by the end of April 2014.\n'
 '\n'
 'Chief officers in each police force should oversee and ensure full implementation of these '
 'action plans. This should be a personal responsibility in each case. Police and crime '
 "commissioners should hold forces to account in this respect. HMIC will inspect forces' progress "
 'on domestic abuse as part of its new annual all-force inspection programme. Police and crime '
 'commissioners and chief constables should be called upon to report publicly on progress, as well '
 'as to the national oversight and monitoring group.')

BODIES = ['conduct a review of officers’ capabilities and capacity to manage their investigative workload, '
 'to better understand investigative demand and the pressures placed upon them',
 'conduct a review, involving its partners, of the approach to vulnerability to better safeguard '
 'vulnerable people',
 'expand the skills project work to include an assessment of all skills, not only operational, '
 'including potential future skills requirements. This assessment should inform workforce plans',
 'clearly define its new operating model, ensuring all operational and support services are '
 'affordable and fit to protect the communities of {area}',
 'improve its arrangements both to consult with the public about business planning and to feed '
 'back on changes made to service delivery as a result of such consultation',
 'ensure regular and active supervision of the quality and progress of investigations. This '
 'supervision should be properly recorded',
 'improve its ability to retrieve digital evidence from mobile phones, computers and other '
 'electronic devices quickly enough to ensure investigations are not delayed',
 'improve its understanding of suspects released under investigation and the management of those '
 'released on bail',
 'put in place arrangements to ensure that:\n'
 '• at the point of report, victims are believed;\n'
 '• conversations between the call handlers and callers are summarised accurately in the incident '
 'log, thus providing attending officers with full facts on which to base crime-recording '
 'decisions;\n'
 '• multiple crimes are always recorded when described within incident records or identified as '
 'part of other recorded crime investigations;\n'
 '• the practice of awaiting the results of medical examinations or video interviews before making '
 'crime-recording decisions is stopped; and\n'
 '• online reports of crime are triaged at the point of receipt to ensure any ongoing risks to the '
 'victim or the wider public are identified and appropriately managed',
 'provide call-handlers with specific, sound and comprehensible criteria against which they can '
 'assess threat, harm and risk',
 'satisfy itself that it has processes in place to ensure that investigations into misconduct by '
 'officers and staff resulting in “no further action” are fair and free of any form of '
 'discrimination',
 'undertake further work to gain a fuller understanding of current demand for its services, and '
 'likely future changes in demand. This is so it can make best use of its resources by matching '
 'them to demand to meet the needs of the public',
 'develop its understanding of the links between its outcomes, outputs and costs',
 'develop a future workforce plan that is aligned with its overall demand and budget. The plan '
 'should include future resource allocations, the mix of skills required by the workforce and '
 'behaviours expected of them',
 'improve its use of its crime-recording and management system to better manage its case files and '
 'investigative processes',
 'ensure all staff have received at least the lowest level of vetting clearance for their roles as '
 'quickly as possible, working to clear both the vetting backlog and new vetting renewals when '
 'they become due so that it complies fully with the national vetting guidelines',
 'consider ways of increasing the use of arrest, ancillary orders and other available powers, in '
 'order to improve the service it provides to victims of domestic abuse, offer the best possible '
 'protection and bring more perpetrators to justice',
 'take steps to understand and address the reason behind why such a high proportion of victims of '
 'domestic abuse do not support the police investigation',
 'cease the practice of conducting domestic abuse risk assessments over the telephone and dealing '
 'with domestic abuse in the resolution centre',
 'review its approach to reports of missing children and take steps to ensure that:\n'
 '• call takers understand and use the missing and absent category appropriately;\n'
 '• call takers and frontline staff have the necessary knowledge to identify risk factors '
 'associated with child sexual exploitation and how to respond to such cases; and\n'
 '• supervisors provide the correct oversight of missing person enquiries and direct appropriate '
 'and timely investigative and safeguarding action',
 'establish or improve monitoring of the way officers stop and search people, so that it can be '
 'satisfied its officers are acting in accordance with the law (including equality legislation and '
 'the Code of Practice), and that the power is used effectively to prevent crime, catch criminals '
 'and maintain public trust',
 'make sure there are appropriate strategic oversight arrangements in place to manage risks, '
 'performance and improvement plans effectively',
 'make sure the corporate risk register is actively used to mitigate and manage known risks',
 'make sure all processes in place to support performance management are effective',
 'make sure it has access to accurate data and analysis to support effective performance '
 'management',
 'put plans in place to monitor, including through the gathering and analysis of staff feedback, '
 'team cultures and provide prompt remedial action for any issues it identifies',
 'specify in succession plans how it intends to improve diversity across all levels of the force. '
 'This should include offering increased direct-entry opportunities',
 'make sure it provides a confidential way for staff to raise concerns and that staff are aware of '
 'whistleblowing processes',
 'review the support available for those who have raised concerns and take any action needed to '
 'make sure these provisions are suitable',
 'review how it gathers and uses equality and diversity data to improve its understanding of its '
 'workforce demographics',
 'develop a clear prevention strategy targeting people most at risk and make sure activity '
 'undertaken prioritises people most at risk',
 'ensure that all officers who use stop and search powers have been provided with, and understand, '
 'training on unconscious bias and College of Policing APP on stop and search',
 'ensure that officers and staff have effective communication skills, in line with the National '
 'Policing Guidelines on Conflict Management',
 'ensure that communication skills are reinforced as part of the programme of continuing '
 'professional development for officers and staff, and that supervisors are supported to routinely '
 'and frequently debrief officers on these skills using body-worn video footage',
 'ensure it has effective internal monitoring processes on the use of force, to help it to '
 'identify and understand disproportionate use, explain the reasons and implement any necessary '
 'improvement action',
 'in conjunction with children’s social care services, review how it manages the detention of '
 'children. As a minimum it should:• ensure that all children are only detained when absolutely '
 'necessary and for the absolute minimum amount of time;• ensure that officers and staff in the '
 'custody suite assess at an early stage a child’s need for alternative accommodation (secure or '
 'otherwise) and work with children’s social care services to achieve the most appropriate option '
 'for the child;• ensure that custody staff make a record of all actions taken and decisions made '
 'on the relevant documentation; and• improve the timeliness of adequate appropriate adult support '
 'for children who are arrested',
 'assess how well the governance of firearms licensing in the force meets the standards set out in '
 'Authorised Professional Practice',
 'assess the demand placed on its firearms licensing department and ensure it has the capacity to '
 'meet this demand and provide an efficient and effective service at all times',
 'satisfy itself that all appropriate action is being taken with regard to ‘total expired’ '
 'licensing records',
 'ensure that its arrangements in respect of the use of temporary permits are in accordance with '
 'the Home Office guidance; that temporary permits are properly recorded without delay on the '
 'National Firearms Licensing Management System; and that effective systems exist to ensure '
 'certificate holders are not permitted, at any time, to remain in unlawful possession of a '
 'firearm',
 'ensure that it has sufficient resources available in the control room to fulfil its resourcing '
 'model, and so to meet its demand, while also taking into account the wellbeing of its workforce',
 'take steps to ensure that there is effective supervision of the initial risk assessment process, '
 'specifically in relation to the completion of DASH risk assessment in appropriate cases',
 'have in place active information-sharing agreements with other agencies to facilitate speedy '
 'exchange of intelligence and in order to safeguard victims better and to identify suspects as '
 'early as possible',
 'ensure that all victims carrying out criminal acts under compulsion attributable to slavery or '
 'exploitation are afforded the protection of early and continuing consideration of the '
 'applicability of the section 45 defence',
 'take steps to ensure it fully complies with national crime recording standard (NCRS) '
 'requirements for offences identified as modern slavery and human trafficking',
 'ensure that allegations or indications of modern slavery and human trafficking are thoroughly '
 'investigated and effectively supervised by teams and individuals with the skills and experience '
 'to undertake them',
 'review its use of preventative powers under the Modern Slavery Act 2015 to ensure that '
 'opportunities to restrict the activities of those deemed to pose a clear threat to others are '
 'exploited',
 'produce an ambitious plan to improve digitally-enabled services within the force',
 'review its plans to deliver savings to ensure it is doing all it can to continue to reduce crime '
 'and protect the front line while balancing its budget',
 'consider whether there is scope to deliver better value for money and improved capability and '
 'capacity through joint working with other forces, the public and/or the private sector',
 'comply with the code of practice by explaining to the public the way stop and search powers are '
 'used in its area and by making arrangements for stop and search records to be scrutinised by '
 'community representatives',
 'improve the supervision of investigations, so that investigation plans are set, reviewed and '
 'recorded and victims receive a consistently good service',
 'agree arrangements with {neighbour} to secure a smooth transition to its future operating model, '
 'ensuring no disruption to public services',
 'ensure that officers record on body-worn video (when this is available) the entirety of all stop '
 'and search encounters, including traffic stops and use of force incidents',
 'have a structured process for regularly reviewing and monitoring internally a sufficient sample '
 'of body-worn video footage to identify and disseminate learning and hold officers to account '
 'when behaviour falls below acceptable standards',
 'immediately review its current background checks arrangements, and make sure that suitable and '
 'sufficient background checks are in place to safeguard its staff and the communities it serves',
 'make sure it provides accessible information for all staff and members of the public on how they '
 'can raise concerns and access confidential support (including through external agencies)',
 'establish and publish an action plan that specifies in detail what steps it will take to improve '
 'its approach to domestic abuse',
 'revise its approach to cautions, cannabis warning and penalty notices for disorder to ensure '
 'that there is a clear and auditable explanation to the offender of the implications of receiving '
 'the warning and that, for victim-based crimes, there is a clear and auditable record that views '
 'of the victim are considered prior to their issue',
 'ensure that crime prevention or disruption activity carried out is systematically recorded and '
 'subsequently evaluated to determine the effectiveness of tactics being employed',
 'put in place arrangements to scrutinise audits of compliance with the APP on information '
 'management through the force information management governance structure',
 'ensure that systems designed to identify, prior to police attendance, whether a reported '
 'incident involves or is at the address of a firearm certificate holder are in place and are '
 'always applied by staff dispatching officers to incidents']

TOPIC_BODIES = ['improve its understanding of the nature and scale of {t} in its area',
 'make sure investigations of {t} are allocated to officers with the right skills and are '
 'effectively supervised',
 'improve how it works with partner organisations to safeguard people at risk from {t}',
 'review its approach to {t} to make sure victims receive a consistently good service',
 'make sure officers and staff have the training they need to identify and respond to {t}',
 'make sure it records reports of {t} accurately and without delay',
 'make sure its analysis of {t} informs its strategic assessment and control strategy',
 'improve the way it manages the risk posed by offenders involved in {t}',
 'make sure it consistently uses ancillary orders and other powers to protect victims of {t}',
 'improve how it gathers, assesses and acts on intelligence about {t}',
 'make sure its performance framework gives senior leaders a clear picture of its response to {t}',
 'improve the timeliness of its response to calls for service involving {t}',
 'make sure victims of {t} are kept informed about the progress of their case, in line with the '
 'Code of Practice for Victims of Crime',
 'develop a problem-solving approach to {t}, working with local communities and partners',
 'make sure it has enough specialist capacity and capability to investigate {t}',
 'evaluate its work to prevent {t} and share what works across the force']

CAUSES = ["The force's response to domestic abuse is a cause of concern to HMIC. The force policy which "
 'allows an officer discretion to complete a DASH risk assessment in some crimes and incidents '
 'does not provide confidence that risk is always assessed appropriately. In cases where a DASH '
 'risk assessment is not completed the officer should record an assessment on the crime management '
 'system. HMIC found that officers are not consistently completing a DASH in circumstances where '
 'force policy requires that they should do so. This means that some victims of domestic abuse who '
 'may be at risk of harm are not being appropriately risk-assessed.',
 'The force’s response to missing and absent children is a cause of concern to HMIC. HMIC found '
 'that the assessment of risk for children who go missing from home was inappropriate in some '
 'cases. We found some instances where children were classed as ‘absent’ when they should have '
 'been recorded as ‘missing’, and risk levels for missing children were sometimes incorrectly '
 'assessed at a lower grade. Children were incorrectly graded at a lower level and could have been '
 'exposed to an increased risk of harm.',
 'The force does not have the capacity or capability to investigate crime effectively and this is '
 'affecting the service being provided to the public. There are failings in the way that crimes '
 'are being investigated.',
 'The force’s current approach to domestic abuse is unacceptable. The proportion of victims who '
 'fail to support the investigation and the low use of police powers of arrest and prosecution is '
 'a cause of concern to HMIC.',
 'The size of the vetting backlog within {force} is a cause of concern.',
 'The force does not have suitable arrangements in place to make sure it can maintain the full '
 'range of public services when its alliance with {neighbour} ends. There are gaps in its '
 'workforce skills assessment, and weaknesses in both its investigative approach and its approach '
 'to safeguarding vulnerable people.']

LOCAL_ACTIONS = ['Task & Finish group to review the {t} policy and report to the Force Executive Team',
 'Deliver refresher training on {t} to all response and neighbourhood officers',
 'Dip-sample 50 {t} crime reports each quarter and report findings to the Crime Standards Board',
 'Refresh the {t} problem profile and add it to the control strategy',
 'Rewrite the {t} policy and publish it on the intranet with a communications plan',
 'Appoint a single point of contact for {t} in each local policing area',
 'Add {t} measures to the monthly Force Performance pack',
 'Agree an information-sharing protocol on {t} with the local authorities',
 'Internal audit of the {t} governance arrangements (audit plan 2023/24)',
 'Review the {t} demand profile as part of the force management statement']

PROGRESS = ['The Force Executive Team agreed on 25 July that we would risk-assess all DA incidents.',
 'A Task & Finish group has been set up and a full implementation/project plan, policy rewrite and '
 'communications plan is now completed.',
 'The policy is now signed off and in place with an implementation date of the end of October.',
 'Addressed holistically as part of the force change programme.',
 'Allocated to the Force Crime Registrar. Progress sent to the OPCC on 2 November to inform the '
 '56-day response.',
 'No deadline set by HMICFRS. December 2019 set to align with the next inspection.',
 'Ready to move to GREEN status.',
 'Pending sign off by the chief officer lead.',
 'Awaiting allocation.',
 'Completed. Evidence submitted to HMICFRS for closure.',
 'Work undertaken in area but still requires development to complete.',
 'Little work yet undertaken in this area. Unlikely to reach deadlines.',
 'Already complete / believed to be complete within short time scale (and within deadline).',
 "Not the force's responsibility to deliver; dependent upon another organisation.",
 'Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.',
 'xxx',
 None,
 None]


# --------------------------------------------------------------------------------------------
# Case: pivot_pasted_values_list
# HMICFRS side: the OPCC / regional assurance team's PivotTable of the definitive list
# (filtered to one force, tabular form, Status as a column field, counts of register IDs),
# pasted as values into the workbook sent to the force.  Tracker side: the force's own
# master tracker.
# --------------------------------------------------------------------------------------------
import csv
import datetime as dt
import os
import random
import re

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

SEED = 20241206
CASE = "pivot_pasted_values_list"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, CASE)

FORCE = "Lincolnshire Police"
AREA_NEIGHBOUR = "Nottinghamshire Police"

REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")

H_OPEN = {"Awaiting review", "Being progressed", "(blank)"}
H_CLOSED = {"Complete", "Superseded"}
STATUS_COLS = ["Awaiting review", "Being progressed", "Complete", "Superseded", "(blank)"]

rnd = random.Random(SEED)

# ---------------------------------------------------------------- reports (HMICFRS titles)
REPORTS = {k: (v[0], v[1]) for k, v in NATIONAL.items()}
REPORTS.update({
    "P16": ("PEEL: Police effectiveness 2016", (2017, 3, 2)),
    "L16": ("PEEL: Police legitimacy 2016", (2016, 12, 8)),
    "E17": ("PEEL: Police efficiency 2017", (2017, 11, 9)),
    "NCPI": ("National child protection inspection 2018", (2018, 6, 14)),
    "CDI": ("Crime data integrity inspection 2019", (2019, 9, 26)),
    "P21": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", (2022, 5, 12)),
    "P23": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", (2024, 3, 21)),
    "L15": ("PEEL: Police legitimacy 2015", (2016, 2, 11)),       # tracker only
})
# The force tracker's own short names for each report (heading rows carry the long form).
TRACKER_NAME = {
    "sas13": "Stop and Search 2013", "everyone": "Everyone's Business (DA) 2014",
    "austerity": "Policing in Austerity 2014", "core": "Core Business 2014",
    "integrity": "Integrity Matters 2015", "sas15": "Stop and Search 2 (2015)",
    "picture": "Building the Picture 2015", "firearms": "Firearms licensing 2015",
    "stolen": "Stolen Freedom (MSHT) 2017", "efc17": "PEEL Efficiency 17 (all forces)",
    "leg17": "PEEL Legit 17 S&S", "powers": "Police powers spotlight (Feb 21)",
    "P16": "PEEL Effectiveness 2016", "L16": "PEEL Legitimacy 2016", "E17": "PEEL Efficiency 2017",
    "NCPI": "NCPI 2018", "CDI": "CDI 2019", "P21": "PEEL 2021/22", "P23": "PEEL 2023/24",
    "L15": "PEEL Legitimacy 2015",
}

B, T, C = BODIES, TOPIC_BODIES, CAUSES


def tb(i, topic):
    return T[i].format(t=topic)


N = {k: v[2] for k, v in NATIONAL.items()}

# ---------------------------------------------------------------- HMICFRS items
# (report key, register id, type, text, HMICFRS status, category, tracker plan)
# tracker plan: dict(rag=..., mode=..., plus special keys for conflicts / splits)
ITEMS = [
    # ---- national reports
    ("sas13", 1204, NAT, N["sas13"][0], "Complete", "in_sync", dict(rag="GREEN")),
    ("sas13", 1205, NAT, N["sas13"][1], "Complete", "closeable_local", dict(rag="AMBER")),
    ("sas13", 1206, NAT, N["sas13"][2], "Superseded", "in_sync", dict(rag="GREEN", mode="verbatim", noid=True)),
    ("everyone", 2321, NAT, N["everyone"][0], "Superseded", "closeable_local",
     dict(rag="AMBER", text=EVERYONE_PLAN_RUN_ON)),
    ("austerity", 3310, NAT, N["austerity"][0], "Complete", "in_sync", dict(rag="GREEN", mode="summary")),
    ("austerity", 3311, NAT, N["austerity"][1], "Complete", "in_sync", dict(rag="Green")),
    ("austerity", 3312, NAT, N["austerity"][2], "Complete", "closeable_local", dict(rag="AMBER")),
    ("austerity", 3313, NAT, N["austerity"][3], "Being progressed", "closeable_submit", dict(rag="GREEN")),
    ("core", 4822, NAT, N["core"][0], "Superseded", "closeable_local", dict(rag="AMBER")),
    ("core", 4823, NAT, N["core"][1], "Being progressed", "in_sync", dict(rag="AMBER", mode="summary")),
    ("integrity", 902, NAT, N["integrity"][0], "Complete", "in_sync", dict(rag="GREEN")),
    ("sas15", 5120, NAT, N["sas15"][0], "Being progressed", "in_sync", dict(rag="AMBER", mode="verbatim", noid=True)),
    ("picture", 5486, NAT, N["picture"][0], "Being progressed", "closeable_submit", dict(rag="GREEN")),
    ("firearms", 5901, NAT, N["firearms"][0], "Complete", "in_sync", dict(rag="GREEN", mode="summary")),
    ("firearms", 5902, NAT, N["firearms"][1], "Being progressed", "in_sync", dict(rag="RED")),
    ("firearms", 5903, NAT, N["firearms"][2], "Complete", "closeable_local", dict(rag="AMBER")),
    ("firearms", 5904, NAT, N["firearms"][3], "Being progressed", "closeable_submit", dict(rag="GREEN")),
    ("firearms", 5905, NAT, N["firearms"][4], "Awaiting review", "closeable_submit", dict(rag="GREEN")),
    ("stolen", 8101, NAT, N["stolen"][0], "Being progressed", "conflict", dict(rag="AMBER", special="drop_bullet")),
    ("stolen", 8102, NAT, N["stolen"][1], "Being progressed", "closeable_submit", dict(rag="GREEN", mode="abbrev")),
    ("stolen", 8103, NAT, N["stolen"][2], "Complete", "in_sync", dict(rag="GREEN")),
    ("stolen", 8104, NAT, N["stolen"][3], "Being progressed", "in_sync", dict(rag="AMBER")),
    ("stolen", 8105, NAT, N["stolen"][4], "Being progressed", "in_sync", dict(rag="AMBER", count=2)),
    ("stolen", 8106, NAT, N["stolen"][5], "Complete", "closeable_local", dict(rag="RED")),
    ("stolen", 8107, NAT, N["stolen"][6], "Awaiting review", "missing_from_force", None),
    ("efc17", 8390, NAT, N["efc17"][0], "Being progressed", "closeable_submit", dict(rag="GREEN")),
    ("leg17", 8541, COC, N["leg17"][0], "Being progressed", "in_sync", dict(rag="AMBER")),
    ("leg17", 8542, NAT, N["leg17"][1], "Complete", "in_sync", dict(rag="GREEN", mode="summary")),
    ("leg17", 8543, NAT, N["leg17"][2], "Complete", "closeable_local", dict(rag="Amber")),
    ("leg17", 8544, NAT, N["leg17"][3], "Being progressed", "closeable_submit", dict(rag="GREEN")),
    ("leg17", 8545, NAT, N["leg17"][4], "Being progressed", "in_sync", dict(rag="AMBER", mode="abbrev")),
    ("powers", 11020, NAT, N["powers"][0], "Being progressed", "conflict", dict(rag="AMBER", special="deadline")),
    ("powers", 11021, NAT, N["powers"][1], "Being progressed", "closeable_submit", dict(rag="GREEN")),
    ("powers", 11022, NAT, N["powers"][2], "Being progressed", "closeable_submit",
     dict(rag="GREEN", special="split_bwv")),
    ("powers", 11023, NAT, N["powers"][3], "Being progressed", "missing_from_force", None),
    ("powers", 11024, NAT, N["powers"][4], "Complete", "in_sync", dict(rag="GREEN")),
    # ---- Lincolnshire Police's own reports
    ("P16", 7411, COC, C[1], "Complete", "in_sync", dict(rag="GREEN")),
    ("P16", 7412, REC, "To address this cause of concern, HMIC recommends the force should immediately "
     + B[19] + ".", "Complete", "closeable_local", dict(rag="AMBER")),
    ("P16", 7413, COC, C[0], "Being progressed", "conflict", dict(rag="AMBER", special="type_afi")),
    ("P16", 7414, REC, "HMIC recommends that the force should immediately: " + B[41] + ";",
     "Being progressed", "in_sync", dict(rag="AMBER", mode="nostem")),
    ("P16", 7415, AFI, "The force should " + tb(2, "domestic abuse") + ".", "Superseded",
     "closeable_local", dict(rag="AMBER")),
    ("P16", 7416, AFI, "The force should " + tb(12, "stalking and harassment") + ".", "Superseded",
     "in_sync", dict(rag="GREEN")),
    ("L16", 7702, AFI, "The force should " + B[10] + ".", "Complete", "in_sync", dict(rag="GREEN", mode="summary")),
    ("L16", 7703, AFI, FORCE + " should " + B[27] + ".", "Being progressed", "closeable_submit",
     dict(rag="GREEN")),
    ("L16", 7704, AFI, "The force should " + B[20] + ".", "Being progressed", "in_sync", dict(rag="AMBER")),
    ("E17", 8402, AFI, "The force should " + B[11] + ".", "Complete", "in_sync", dict(rag="GREEN", mode="summary")),
    ("E17", 8403, AFI, "The force should " + B[12] + ".", "Complete", "closeable_local", dict(rag="AMBER")),
    ("E17", 8404, AFI, "The force should " + B[13] + ".", "Being progressed", "closeable_submit",
     dict(rag="GREEN")),
    ("E17", 8405, AFI, "The force should " + B[2] + ".", "Being progressed", "in_sync", dict(rag="Amber")),
    ("NCPI", 9150, REC, "Within six months " + FORCE + " should, " + B[35] + ".", "Being progressed",
     "conflict", dict(rag="AMBER", special="timescale")),
    ("NCPI", 9151, REC, "Within three months, the force should " + tb(2, "child sexual exploitation") + ".",
     "Complete", "in_sync", dict(rag="GREEN")),
    ("NCPI", 9152, AFI, "The force should " + tb(4, "missing children") + ".", "Being progressed",
     "in_sync", dict(rag="AMBER")),
    ("NCPI", 9153, AFI, "The force should " + tb(9, "online child sexual abuse") + ".", "Being progressed",
     "closeable_submit", dict(rag="GREEN")),
    ("CDI", 9870, REC, "Within six months the force should " + B[8] + ".", "Being progressed", "in_sync",
     dict(rag="AMBER", special="split_cdi")),
    ("CDI", 9871, REC, "Within three months, the force should " + tb(5, "rape and serious sexual offences")
     + ".", "Complete", "closeable_local", dict(rag="AMBER", title_space=True)),
    ("CDI", 9872, AFI, "The force should " + tb(5, "hate crime") + ".", "Being progressed", "in_sync",
     dict(rag="AMBER")),
    ("CDI", 9873, AFI, "The force should " + B[14] + ".", "Awaiting review", "closeable_submit",
     dict(rag="GREEN", mode="misspell")),
    ("P21", 12040, AFI, "The force should " + B[15] + ".", "Being progressed", "closeable_submit",
     dict(rag="GREEN")),
    ("P21", 12041, AFI, "The force should " + tb(1, "rape and serious sexual offences") + ".",
     "Being progressed", "in_sync", dict(rag="AMBER")),
    ("P21", 12042, AFI, "The force should " + tb(11, "domestic abuse") + ".", "Complete",
     "closeable_local", dict(rag="AMBER", mode="abbrev")),
    ("P21", 12043, AFI, "The force should " + B[25] + ".", "Being progressed", "in_sync",
     dict(rag="RED")),
    ("P21", 12044, AFI, "The force should " + B[29] + ".", "Being progressed", "closeable_submit",
     dict(rag="GREEN")),
    ("P21", 12045, AFI, "The force should " + B[40] + ".", "Being progressed", "conflict",
     dict(rag="AMBER", special="wrong_id")),
    ("P21", 12046, AFI, FORCE + " should " + tb(10, "violence against women and girls") + ".",
     "Being progressed", "missing_from_force", None),
    ("P21", 12047, AFI, "The force should " + tb(13, "anti-social behaviour") + ".", "Complete",
     "in_sync", dict(rag="GREEN", mode="summary")),
    ("P23", 13310, COC, C[2], "Being progressed", "in_sync", dict(rag="AMBER")),
    ("P23", 13311, REC, "Within six months, the force should " + B[51] + ".", "Being progressed",
     "in_sync", dict(rag="AMBER", mode="summary")),
    ("P23", 13312, REC, "Within six months the force should " + B[7] + ".", "Being progressed",
     "closeable_submit", dict(rag="GREEN")),
    ("P23", 13313, AFI, "The force should " + B[6] + ".", "Being progressed", "in_sync",
     dict(rag="AMBER")),
    ("P23", 13314, AFI, "The force should " + tb(7, "county lines drug dealing") + ".", "(blank)",
     "missing_from_force", None),
    ("P23", 13315, AFI, "The force should " + tb(12, "rape and serious sexual offences") + ".",
     "(blank)", "in_sync", dict(rag="AMBER", blank_type=True, update="Awaiting allocation.")),
    ("P23", 13316, AFI, "The force should " + tb(15, "knife crime") + ".", "Awaiting review",
     "conflict", dict(rag="AMBER", special="wrong_report")),
    ("P23", 13317, AFI, "The force should " + tb(0, "fraud") + ".", "Awaiting review",
     "missing_from_force", None),
]

# The register leaves the publication date of this report blank in the extract: the pivot
# shows "(blank)" in both date columns.
BLANK_DATE_REPORTS = {"picture"}

SUMMARIES = {
    3310: "Review savings plans so the force continues to reduce crime and protect the front line "
          "while balancing the budget - use HMIC VfM profiles.",
    5901: "Assess firearms licensing governance against the APP standards and put the correct "
          "arrangements in place where they are not met.",
    8542: "Regular monitoring of S&S data: disproportionality by ethnic group, find rates by "
          "ethnicity and search type (incl. drugs possession v supply), possession-only drug "
          "searches v force priorities.",
    8402: "Better understanding of current and future demand so resources can be matched to "
          "demand.",
    12047: "Develop a problem-solving approach to ASB working with communities and partners.",
    7702: "Assurance that misconduct investigations ending in NFA are fair and free of "
          "discrimination.",
    4823: "Crime prevention / disruption activity to be recorded systematically and evaluated "
          "for effectiveness of tactics.",
    13311: "Improve supervision of investigations - plans set, reviewed and recorded, consistent "
           "service to victims (6 months).",
}

ABBREV = [
    (r"modern slavery and human trafficking", "MSHT"), (r"domestic abuse", "DA"),
    (r"stop and search", "S&S"), (r"information-sharing agreements", "ISAs"),
    (r"College of Policing", "CoP"), (r"Within six months", "Within 6 months"),
    (r"within six months", "within 6 months"), (r"\band\b", "&"),
]
MISSPELL = {"supervision": "supervison", "investigation": "investigaton",
            "arrangements": "arrangments", "appropriate": "appropiate", "receive": "recieve",
            "necessary": "neccessary", "governance": "goverance"}


def variant(text, mode, type_):
    if mode == "verbatim":
        return text
    if mode == "nostem":
        t = re.sub(r"^HMICFRS recommends that |^HMIC recommends that ", "", text)
        return t[0].upper() + t[1:]
    if mode == "abbrev":
        for a, b in ABBREV:
            text = re.sub(a, b, text)
        return text
    if mode == "misspell":
        for a, b in MISSPELL.items():
            text = text.replace(a, b)
        return text
    if mode == "afi_prefix":
        return text
    raise ValueError(mode)


# ---------------------------------------------------------------- tracker vocabulary
DONE_UPDATES = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Already complete / believed to be complete within short time scale (and within deadline).",
    "Policy signed off and published. Dip-sample in Q2 showed compliance. Proposed for closure "
    "at the Organisational Learning Board (Nov).",
    "Complete - closure pack with the FLL.",
    "Addressed holistically as part of the force change programme. Closed at OLB.",
]
OPEN_UPDATES = [
    "Work undertaken in area but still requires development to complete.",
    "Little work yet undertaken in this area. Unlikely to reach deadlines.",
    "A Task & Finish group has been set up and a full implementation/project plan, policy "
    "rewrite and communications plan is now completed.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Allocated to the Force Crime Registrar. Progress sent to the OPCC on 2 November to inform "
    "the 56-day response.",
    "The policy is now signed off and in place with an implementation date of the end of "
    "October.",
    "Ready to move to GREEN status once the Q3 audit is back.",
]
LEADS = ["ACC Crime", "ACC Local Policing", "Det Ch Supt Force CID", "Head of Intelligence",
         "Head of Criminal Justice", "Force Crime Registrar", "Head of Professional Standards",
         "Ch Supt Public Protection", "Director of People", "Head of Corporate Development",
         "Supt Contact Centre", "Head of Learning & Development", "DCC",
         "Supt Firearms Licensing", "Director of Finance"]
DUE_OPEN = ["No deadline set by HMICFRS", "31/03/2025", "Dec 2024", "June 2025", "Q4 24/25",
            "30/09/2025"]


LEAD_POOL = {
    "sas13": ["ACC Local Policing"], "sas15": ["ACC Local Policing"],
    "leg17": ["ACC Local Policing", "Head of Learning & Development"],
    "powers": ["ACC Local Policing", "Head of Learning & Development", "Head of Professional Standards"],
    "everyone": ["Ch Supt Public Protection"], "P16": ["Ch Supt Public Protection", "ACC Crime"],
    "NCPI": ["Ch Supt Public Protection"], "austerity": ["Director of Finance", "DCC"],
    "E17": ["Director of Finance", "Head of Corporate Development", "Director of People"],
    "core": ["ACC Local Policing", "Supt Contact Centre"], "integrity": ["Head of Professional Standards"],
    "L16": ["Head of Professional Standards", "ACC Local Policing"], "L15": ["ACC Local Policing"],
    "picture": ["Head of Information Management"], "firearms": ["Supt Firearms Licensing"],
    "stolen": ["Det Ch Supt Force CID", "Force Crime Registrar"], "efc17": ["Head of Corporate Development"],
    "CDI": ["Force Crime Registrar"],
    "P21": ["ACC Crime", "Det Ch Supt Force CID", "Director of People", "Supt Contact Centre",
            "Head of Professional Standards"],
    "P23": ["ACC Crime", "Det Ch Supt Force CID", "Ch Supt Public Protection"],
}
LOCAL_DETAIL = {   # the force's own words for its local actions: (due, update)
    1: ("Mar 2025", "T&F group has met three times; draft policy with Legal Services."),
    2: ("Complete", "SPOCs in place in all three local policing areas since January 2024."),
    3: ("Ongoing - quarterly", "Q1 and Q2 dip-samples done and reported; Q3 sample due January."),
    4: ("Q4 24/25", "Fieldwork scheduled with the internal auditors for Q4."),
    5: ("Feb 2025", "Analyst allocated; draft profile to go to Force Tasking in February."),
}


def lead_for(key):
    return rnd.choice(LEAD_POOL[key])


def pub(key):
    y, m, d = REPORTS[key][1]
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------- build HMICFRS pivot sheet
def build_hmicfrs(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "JAC pivot"
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="DDEBF7")
    tot_fill = PatternFill("solid", fgColor="DDEBF7")
    top = Border(top=Side(style="thin", color="9BC2E6"))

    ws["A1"], ws["B1"] = "Force", FORCE
    ws["A2"], ws["B2"] = "Directed at", "(All)"
    ws["A1"].font = ws["A2"].font = bold
    ws["A4"] = "Count of ID"
    ws["G4"] = "Status"
    ws["A4"].font = ws["G4"].font = bold
    header = ["Report", "Years", "Published", "ID", "Type", "Recommendation"] + STATUS_COLS + ["Grand Total"]
    for c, h in enumerate(header, 1):
        cell = ws.cell(5, c, h)
        cell.font = bold
        cell.fill = head_fill
    # group items by the report label as it reaches the pivot
    groups = {}
    for it in ITEMS:
        key = it[0]
        label = REPORTS[key][0] + (" " if (it[6] or {}).get("title_space") else "")
        groups.setdefault(label, []).append(it)
    order = sorted(groups, key=lambda s: s.casefold())
    row = 6
    hrow = {}
    grand = {s: 0 for s in STATUS_COLS}
    for label in order:
        items = sorted(groups[label], key=lambda it: it[1])
        sub = {s: 0 for s in STATUS_COLS}
        for i, it in enumerate(items):
            key, rid, typ, text, st, cat, plan = it
            plan = plan or {}
            n = plan.get("count", 1)
            if i == 0:
                ws.cell(row, 1, label)
                if key in BLANK_DATE_REPORTS:
                    ws.cell(row, 2, "(blank)")
                    ws.cell(row, 3, "(blank)")
                else:
                    d = pub(key)
                    ws.cell(row, 2, str(d.year))
                    ws.cell(row, 3, d.strftime("%b"))
            ws.cell(row, 4, rid)
            ws.cell(row, 5, "(blank)" if plan.get("blank_type") else typ)
            ws.cell(row, 6, text)
            ws.cell(row, 7 + STATUS_COLS.index(st), n)
            ws.cell(row, 7 + len(STATUS_COLS), n)
            ws.cell(row, 6).alignment = Alignment(wrap_text=True, vertical="top")
            sub[st] += n
            grand[st] += n
            hrow[rid] = row
            row += 1
        ws.cell(row, 1, label + " Total")
        for s, v in sub.items():
            if v:
                ws.cell(row, 7 + STATUS_COLS.index(s), v)
        ws.cell(row, 7 + len(STATUS_COLS), sum(sub.values()))
        for c in range(1, len(header) + 1):
            ws.cell(row, c).font = bold
            ws.cell(row, c).fill = tot_fill
        row += 1
    ws.cell(row, 1, "Grand Total")
    for s, v in grand.items():
        if v:
            ws.cell(row, 7 + STATUS_COLS.index(s), v)
    ws.cell(row, 7 + len(STATUS_COLS), sum(grand.values()))
    for c in range(1, len(header) + 1):
        ws.cell(row, c).font = bold
        ws.cell(row, c).border = top
    for col, w in zip("ABCDEFGHIJKL", [44, 8, 10, 8, 22, 90, 10, 10, 10, 10, 9, 11]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    notes = wb.create_sheet("Notes")
    notes["A1"] = "HMICFRS recommendations - position for Joint Audit Committee 5 December 2024"
    notes["A1"].font = bold
    notes["A3"] = ("Source: HMICFRS definitive list (monitoring portal extract) for the East "
                   "Midlands forces, received 18/10/2024.")
    notes["A4"] = ("PivotTable prepared by OPCC Performance & Assurance, filtered to "
                   + FORCE + ", pasted as values for the JAC pack.")
    notes["A5"] = "Counts are of register IDs."
    notes.column_dimensions["A"].width = 110
    save(wb, path)
    return ws.title, hrow


# ---------------------------------------------------------------- build force tracker
def build_tracker(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    bold = Font(bold=True)
    ws["A1"] = FORCE + " - HMICFRS recommendations and areas for improvement: master tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Organisational Learning, Strategic Development. Last updated 22/11/2024"
    header = ["No.", "HMICFRS ref", "Report", "Published", "Type", "Recommendation / AFI",
              "Lead", "RAG", "Due date", "Progress update"]
    for c, h in enumerate(header, 1):
        ws.cell(4, c, h).font = bold
        ws.cell(4, c).fill = PatternFill("solid", fgColor="1F4E78")
        ws.cell(4, c).font = Font(bold=True, color="FFFFFF")
    rag_fill = {"GREEN": "C6EFCE", "AMBER": "FFEB9C", "RED": "FFC7CE"}

    rows = []   # (kind, payload)   kind: heading | item
    by_report = {}
    for it in ITEMS:
        by_report.setdefault(it[0], []).append(it)

    # force-only rows, placed after the items of a report
    extra = {
        "L15": [dict(kind="tracker_only", ref=6120, type=AFI, rag="GREEN",
                     text="The force should " + tb(0, "hate crime") + ".",
                     update="Completed. Evidence submitted to HMICFRS for closure.",
                     why="PEEL Legitimacy 2015 AFI (ref 6120) kept as GREEN by the force; no such "
                         "ID or report on the HMICFRS list: closed and dropped by HMICFRS long ago, "
                         "or never theirs - query")],
        "L16": [dict(kind="tracker_only", ref=7705, type=AFI, rag="AMBER",
                     text="The force should " + B[28] + ".",
                     update="Work undertaken in area but still requires development to complete.",
                     why="PEEL Legitimacy 2016 AFI ref 7705 is not on the HMICFRS list (only "
                         "7702-7704 are); force still tracks it as open - query with HMICFRS")],
        "P16": [dict(kind="local", text="Force action - " + LOCAL_ACTIONS[0].format(t="domestic abuse"),
                     rag="AMBER")],
        "NCPI": [dict(kind="local", text="Local action: " + LOCAL_ACTIONS[5].format(t="missing children"),
                      rag="GREEN")],
        "CDI": [dict(kind="local", text="Internal audit action: " + LOCAL_ACTIONS[2].format(t="residential burglary"),
                     rag="AMBER")],
        "P21": [dict(kind="local", text="JAC action: " + LOCAL_ACTIONS[8].format(t="counter-corruption"),
                     rag="AMBER")],
        "P23": [dict(kind="local", text="Force improvement plan: " + LOCAL_ACTIONS[3].format(t="serious and organised crime"),
                     rag="AMBER")],
    }
    # tracker order: chronological by publication, the mis-filed item moves to PEEL 2021/22
    keys = sorted(set(list(by_report) + ["L15"]), key=lambda k: (REPORTS[k][1], k))
    placed = {k: [it for it in by_report.get(k, []) if it[6] is not None
                  and it[6].get("special") != "wrong_report"] for k in keys}
    for it in ITEMS:
        if it[6] and it[6].get("special") == "wrong_report":
            placed["P21"].append(it)

    row = 5
    no = 0
    truth = []          # (hmicfrs id or None, force row, why-fragment)
    local_no = 0
    for k in keys:
        lst = placed[k] + extra.get(k, [])
        if not lst:
            continue
        title, (y, m, d) = REPORTS[k]
        ws.cell(row, 1, f"{title} - published {dt.date(y, m, d).strftime('%d %B %Y').lstrip('0')}")
        ws.cell(row, 1).font = bold
        ws.cell(row, 1).fill = PatternFill("solid", fgColor="D9D9D9")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
        row += 1
        for entry in lst:
            if isinstance(entry, dict):
                if entry["kind"] == "local":
                    local_no += 1
                    due, upd = LOCAL_DETAIL[local_no]
                    vals = [f"L{local_no}", None, TRACKER_NAME[k], pub(k), "Local action",
                            entry["text"], lead_for(k), entry["rag"], due, upd]
                    why = "force's own local action, no HMICFRS item"
                else:
                    no += 1
                    vals = [no, entry["ref"], TRACKER_NAME[k], pub(k), entry["type"], entry["text"],
                            lead_for(k), entry["rag"],
                            "Complete" if entry["rag"] == "GREEN" else rnd.choice(DUE_OPEN),
                            entry["update"]]
                    why = entry["why"]
                write_row(ws, row, vals, rag_fill)
                truth.append((None, row, why))
                row += 1
                continue
            key, rid, typ, text, st, cat, plan = entry
            no += 1
            rag = plan["rag"]
            done = rag.upper() == "GREEN"
            lead = lead_for(key)
            due = "Complete" if done else rnd.choice(DUE_OPEN)
            upd = plan.get("update") or rnd.choice(DONE_UPDATES if done else OPEN_UPDATES)
            ref = None if plan.get("noid") else rid
            if plan.get("mode") is None and not plan.get("special") and rnd.random() < 0.25:
                ref = None
            ttype = typ
            tname = TRACKER_NAME[key]
            tpub = pub(key)
            special = plan.get("special")
            if special == "split_bwv":
                parts = [p.strip() for p in text.split("\n")]
                labels = ["a", "b", "c"]
                for j, p in enumerate(parts):
                    ptxt = p if j == 0 else "By September 2021, forces should " + p
                    vals = [f"{no}{labels[j]}", rid, tname, tpub, typ, ptxt, lead, "GREEN",
                            "Complete", DONE_UPDATES[0] if j == 0 else
                            "Complete - see BWV review process (Standards & Ethics board minutes)."]
                    write_row(ws, row, vals, rag_fill)
                    truth.append((rid, row, f"bullet ({labels[j]}) of {rid} split onto its own row"))
                    row += 1
                continue
            if special == "split_cdi":
                bullets = [re.sub(r";?( and)?\.?$", "", b.strip().lstrip("•").strip())
                           for b in text.split("\n")[1:]]
                rags = ["GREEN", "GREEN", "AMBER", "GREEN", "AMBER"]
                for j, bt in enumerate(bullets):
                    btxt = bt.rstrip(".")
                    ptxt = ("Within six months put in place arrangements to ensure that " + btxt
                            if j == 0 else btxt[0].upper() + btxt[1:])
                    r = rags[j]
                    vals = [f"{no}.{j + 1}", rid, tname, tpub, typ, ptxt, lead, r,
                            "Complete" if r == "GREEN" else rnd.choice(DUE_OPEN),
                            rnd.choice(DONE_UPDATES if r == "GREEN" else OPEN_UPDATES)]
                    write_row(ws, row, vals, rag_fill)
                    truth.append((rid, row, f"bullet {j + 1} of {rid} split onto its own row ({r})"))
                    row += 1
                continue
            if special == "drop_bullet":
                lines = text.split("\n")
                ttext = "\n".join(lines[:3] + lines[4:])
            elif special == "deadline":
                ttext = text.replace("By July 2022", "By July 2021")
            elif special == "timescale":
                ttext = text.replace("Within six months", "Within twelve months")
            elif special == "type_afi":
                ttext, ttype = text, AFI
            elif special == "wrong_id":
                ttext, ref = text, 12054
            elif special == "wrong_report":
                ttext, ref = text, None
                tname, tpub = TRACKER_NAME["P21"], pub("P21")
            elif "text" in plan:
                ttext = plan["text"]
            elif plan.get("mode") == "summary":
                ttext = SUMMARIES[rid]
                ref = rid
            else:
                mode = plan.get("mode") or rnd.choice(["verbatim", "verbatim", "nostem", "abbrev",
                                                        "misspell"])
                ttext = variant(text, mode, typ)
            if ttype == AFI and ttext.startswith("The force should") and rnd.random() < 0.3:
                ttext = "AFI - " + ttext
            vals = [no, ref, tname, tpub, ttype, ttext, lead, rag, due, upd]
            write_row(ws, row, vals, rag_fill)
            truth.append((rid, row, None))
            row += 1
    # legend under the table
    row += 1
    legend = [
        "RAG key",
        "GREEN - the recommendation is implemented",
        "AMBER - subject to ongoing work and monitoring but is anticipated will be implemented",
        "RED - beyond designated deadline or cannot / will not be implemented (rationale required)",
    ]
    for i, l in enumerate(legend):
        ws.cell(row + i, 1, l).font = Font(bold=(i == 0), italic=(i > 0))
    for col, w in zip("ABCDEFGHIJ", [7, 11, 26, 11, 22, 80, 24, 9, 18, 60]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    save(wb, path)
    return ws.title, truth


TTYPE = {REC: "Recommendation", AFI: "AFI", COC: "Cause of Concern",
         NAT: "Recommendation (national)", "Local action": "Local action"}
FIXED = dt.datetime(2024, 11, 22, 9, 0, 0)


def save(wb, path):
    """Save, then rewrite the zip with fixed timestamps so the build is byte for byte."""
    import io
    import zipfile
    wb.properties.creator = "OL Team"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>2024-11-22T09:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 11, 22, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, data)


def write_row(ws, row, vals, rag_fill):
    vals = list(vals)
    vals[4] = TTYPE.get(vals[4], vals[4])
    for c, v in enumerate(vals, 1):
        cell = ws.cell(row, c, v)
        if c == 4 and isinstance(v, dt.datetime):
            cell.number_format = "dd/mm/yyyy"
        if c in (6, 10):
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    fill = rag_fill.get(str(vals[7]).upper())
    if fill:
        ws.cell(row, 8).fill = PatternFill("solid", fgColor=fill)


# ---------------------------------------------------------------- truth
WHY = {
    "in_sync": "matched; HMICFRS {hs} ({ho}) and force {rag} ({fo}) agree",
    "closeable_submit": "matched; HMICFRS {hs} (open) but force {rag} (done): submit for closure",
    "closeable_local": "matched; HMICFRS {hs} (closed) but force {rag} (open): close locally",
    "missing_from_force": "on the HMICFRS list ({hs}), no row in the force tracker",
}
CONFLICT_WHY = {
    "drop_bullet": "same item (ref 8101) but the force text drops the bullet 'forces develop "
                   "effective partnership arrangements...': missing bullet",
    "deadline": "same item (ref 11020) but the force text says 'By July 2021' where HMICFRS says "
                "'By July 2022': deadline differs",
    "timescale": "same item (ref 9150) but the force text says 'Within twelve months' where "
                 "HMICFRS says 'Within six months': timescale differs",
    "type_afi": "same text and ref 7413, but HMICFRS type Cause of concern vs force type Area for "
                "improvement: type differs",
    "wrong_id": "same text and report, but the force records ref 12054 where HMICFRS has 12045: "
                "reference differs",
    "wrong_report": "same text (knife crime AFI), but the force files it under PEEL 2021/22 "
                    "(12/05/2022) where HMICFRS has PEEL 2023/24 (2024 Mar): report and date differ",
}


README_TEXT = '# Case `pivot_pasted_values_list`\n\nBuilt by `../build_pivot_pasted_values_list.py` (seed `20241206`, fixed file timestamps: a rebuild is byte for byte).\nForce: Lincolnshire Police (fictional content; all recommendation texts are real public HMICFRS wording).\n\n## Layout\n\n### HMICFRS side: `hmicfrs.xlsx`, sheet `JAC pivot` (+ sheet `Notes`, no items)\nThe definitive list as an OPCC / regional assurance team keeps it: the East Midlands extract of the\ndefinitive list was put into a PivotTable, filtered to one force, and **pasted as values** into the\nJoint Audit Committee pack that is sent back to the force. Nothing of the source table is left.\n- Rows 1-2: the pivot\'s page filters (`Force` = Lincolnshire Police, `Directed at` = (All)). Row 3 blank.\n- Row 4: `Count of ID` (value field caption) and `Status` (column field caption, above G).\n- Row 5: header: `Report | Years | Published | ID | Type | Recommendation | Awaiting review |\n  Being progressed | Complete | Superseded | (blank) | Grand Total`.\n- Tabular form, item labels **not repeated**: Report, Years and Published appear only on the first\n  row of each report group; the rows below are blank in A:C.\n- The publication date was auto-grouped by Excel: `Years` ("2017", text) and `Published` holds\n  only the **month** ("Mar"). The day is gone.\n- **Status is not a column**: each item row has a count (normally 1) under one of the five status\n  columns, and the same count under Grand Total. Awaiting review / Being progressed / (blank) = open;\n  Complete / Superseded = closed.\n- After each report group, a `<Report> Total` subtotal row; row 99 `Grand Total`. Not items.\n- Groups are sorted alphabetically (not by date), IDs ascending within a group.\n- Item rows = rows with an integer in column D: 73 items.\n\n### Force side: `tracker.xlsx`, sheet `Tracker`\nThe force\'s master tracker: title rows 1-2, header row 4 (`No. | HMICFRS ref | Report | Published |\nType | Recommendation / AFI | Lead | RAG | Due date | Progress update`), one merged report-heading\nrow above each report (full title and date; not an item), RAG key rows 107-110 (not items).\n`No.` is the tracker\'s running number, not an HMICFRS reference. RAG: GREEN = done; AMBER/RED = open.\n81 item rows (every row with a value in `Report`).\n\n## Traps and how truth decides them\nList side (the pivot):\n1. Status by column position: the analyst must read which status column holds the count.\n2. `JAC pivot!83` (8105) shows **2** under Being progressed and Grand Total 2: the ID was in the\n   extract twice and the pivot merged it. One item (in_sync with `Tracker!51`). Grand Total (74)\n   is therefore one more than the 73 items.\n3. `(blank)` status column: 13314 (`!52`, newly listed, not on the tracker: missing_from_force) and\n   13315 (`!53`, open on both: in_sync). (blank) status = listed and not closed = open.\n4. `(blank)` Type on 13315 (`!53`): missing information, not a type disagreement.\n5. `(blank)` Years/Published for Building the picture (`!6`, 5486): not a date disagreement;\n   closeable_submit (Being progressed vs GREEN).\n6. Trailing space in one source title: CDI 2019 appears as **two groups** (rows 11-14 and 15-16,\n   each with its own Total row). 9871 (`!15`) is the same report as 9870/9872/9873 (closeable_local).\n7. Report/date shown once per group; Total rows carry the report title and counts but are not items.\n8. Dates are month/year only: the report conflict on 13316 (`!54`, PEEL 2023/24, 2024 Mar) against\n   `Tracker!97` (filed under PEEL 2021/22, 12/05/2022, no ref) is a conflict on report and date.\n9. Alphabetical order puts the near-identical national items next to their cousins: Stop and search\n   2013 item 1206 (`!91`) vs Stop and search 2 (2015) item 5120 (`!87`); both tracker rows\n   (`Tracker!8`, `Tracker!22`) have no ref. 1206 is Superseded + GREEN (in_sync), 5120 Being\n   progressed + AMBER (in_sync): swapping them gives wrong categories. Likewise PEEL: Police\n   efficiency 2017 (force AFIs) vs "(national overview)" (8390).\n\nForce side:\n10. Split rows: 11022 (BWV, `!19`) split into `Tracker!85-87` (56a-c), all GREEN: three\n    closeable_submit lines. 9870 (CDI victims, `!11`) split into `Tracker!73-77` (50.1-50.5),\n    GREEN x3 / AMBER x2: the item is still open on the force side, so five in_sync lines.\n11. ~25 % of matched rows have no HMICFRS ref; texts vary: verbatim, stem stripped ("HMIC recommends\n    that"), abbreviations (&, S&S, MSHT, ISAs, "Within 6 months"), misspellings, "AFI - " prefix,\n    own-word summaries (always with the ref). 2321 carries the next paragraph of the report run on\n    (extra text, no changed fact): closeable_local, not a conflict. Mixed-case RAG (Green, Amber).\n12. Conflicts (6):\n    - `!79`/`Tracker!47` 8101: the force text drops the third bullet (partnership arrangements).\n    - `!17`/`Tracker!83` 11020: "By July 2021" in the tracker vs "By July 2022".\n    - `!27`/`Tracker!67` 9150: "Within twelve months" vs "Within six months".\n    - `!34`/`Tracker!41` 7413: Cause of concern on the list, AFI in the tracker.\n    - `!44`/`Tracker!95` 12045: the tracker\'s ref is 12054 (transposed digits), same text and report.\n    - `!54`/`Tracker!97` 13316: filed under the wrong report and date (see 8).\n13. Missing from force (5): 8107 (`!85`), 11023 (`!20`, addressed to the Home Office and NPCC),\n    12046 (`!45`), 13314 (`!52`), 13317 (`!55`).\n14. Not on the HMICFRS list (7): 5 local actions L1-L5 (`Tracker!45, 71, 81, 98, 105`, type\n    "Local action", no ref); 6120 PEEL Legitimacy 2015 (`Tracker!32`, GREEN, report not on the list);\n    7705 PEEL Legitimacy 2016 (`Tracker!37`, AMBER, ID not on the list though 7702-7704 are).\n\n## Counts (truth.csv lines; items in brackets)\n| category | lines | HMICFRS items |\n|---|---|---|\n| in_sync | 38 | 34 (19 open on both, 15 closed on both) |\n| closeable_submit | 18 | 16 |\n| closeable_local | 12 | 12 |\n| conflict | 6 | 6 |\n| missing_from_force | 5 | 5 |\n| not_on_hmicfrs_list | 7 | - |\n| **total** | **86** | 73 |\n\n28 of the 73 items (38 %) are closed on one side only.\n'


def main():
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(README_TEXT)
    hsheet, hrow = build_hmicfrs(os.path.join(OUT, "hmicfrs.xlsx"))
    fsheet, ftruth = build_tracker(os.path.join(OUT, "tracker.xlsx"))
    by_id = {it[1]: it for it in ITEMS}
    fr_by_id = {}
    lines = []
    for rid, frow, frag in ftruth:
        if rid is None:
            lines.append(("", f"{fsheet}!{frow}", "not_on_hmicfrs_list", frag))
        else:
            fr_by_id.setdefault(rid, []).append((frow, frag))
    for it in sorted(ITEMS, key=lambda it: hrow[it[1]]):
        key, rid, typ, text, st, cat, plan = it
        hr = f"{hsheet}!{hrow[rid]}"
        ho = "open" if st in H_OPEN else "closed"
        extra = []
        if plan and plan.get("count") == 2:
            extra.append("the pivot shows 2 under Being progressed: the ID is in the extract twice, one item")
        if plan and plan.get("title_space"):
            extra.append("its report appears as a second pivot group (title with a trailing space)")
        if plan and plan.get("blank_type"):
            extra.append("Type (blank) in the pivot, not a type disagreement")
        if st == "(blank)":
            extra.append("status (blank) = newly listed, still open")
        if key in BLANK_DATE_REPORTS:
            extra.append("pivot date (blank), not a date disagreement")
        if cat == "missing_from_force":
            why = WHY[cat].format(hs=st)
            if rid == 11023:
                why += "; addressed to the Home Office and NPCC, the force never tracked it"
            lines.append((hr, "", cat, "; ".join([why] + extra)))
            continue
        for frow, frag in fr_by_id[rid]:
            if cat == "conflict":
                why = CONFLICT_WHY[plan["special"]]
            else:
                rag = plan["rag"].upper()
                fo = "done" if rag == "GREEN" else "open"
                if plan.get("special") == "split_cdi":
                    rag, fo = "bullets GREEN x3 / AMBER x2", "item still open"
                why = WHY[cat].format(hs=st, ho=ho, rag=rag, fo=fo)
            if frag:
                why += "; " + frag
            lines.append((hr, f"{fsheet}!{frow}", cat, "; ".join([why] + extra)))
    # force-only lines last, in sheet order
    lines = [l for l in lines if l[0]] + [l for l in lines if not l[0]]
    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)
    counts = {}
    for l in lines:
        counts[l[2]] = counts.get(l[2], 0) + 1
    print(counts, sum(counts.values()))


if __name__ == "__main__":
    main()
