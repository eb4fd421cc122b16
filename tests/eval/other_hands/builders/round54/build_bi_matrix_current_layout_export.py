"""Build the case `bi_matrix_current_layout_export` (round 54, independent).

HMICFRS side: the definitive list as a Power BI matrix visual exported with
"Export data > Data with current layout" (.xlsx): applied-filters line in row 1, the
visual's own headers (implicit-measure names such as "Earliest Published", "First Status",
"Count of Rec ID"), row-header cells merged down their group, "(Blank)" for empty row-field
members, identical records collapsed into one row, per-report "Total" rows and a grand
"Total" row carrying aggregated measures, a sensitivity label in the file's custom
properties. Force side: a plain Excel tracker.

Run:  /work/main/.venv/bin/python build_bi_matrix_current_layout_export.py
Fixed seed; the output is rebuilt byte for byte (zip entry times and core timestamps fixed).
The real public texts below were copied from /work/main/reconcile/casegen/texts/.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import random
import re
import zipfile
from pathlib import Path

import openpyxl
from openpyxl.packaging.custom import BoolProperty, StringProperty
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

# --- Real public texts copied from /work/main/reconcile/casegen/texts (OGL) ---
NATIONAL = {'austerity': ('Policing in austerity: Meeting the challenge',
               (2014, 7, 22),
               [('National recommendation',
                 'All Chief Constables and PCCs should review their plans to deliver savings to '
                 'ensure they are doing all they can to continue to reduce crime and protect the '
                 'front line while balancing their budgets. They should use the data and '
                 "information contained in this report, and in HMIC's Value for Money profiles, "
                 'when conducting their reviews'),
                ('National recommendation',
                 'Chief Constables and PCCs in forces planning to deliver less than 10% of their '
                 'savings through collaboration should assess whether there is scope to improve on '
                 'this position. HMIC will follow up the assessments in the autumn.'),
                ('National recommendation',
                 'Chief Constables and PCCs in forces that are planning to reduce the proportion '
                 'of their workforce and/or police officers on the front line should assess '
                 'whether they have taken the decisive action seen in many forces in order to '
                 'maintain their crime fighting capacity. HMIC will follow up the assessments in '
                 'the autumn.'),
                ('National recommendation',
                 'In preparation for the next spending round period all Chief Constables and PCCs '
                 'should review their plans for collaboration. In particular they should consider '
                 'whether there is scope to deliver better value for money and improved capability '
                 'and capacity through joint working with other forces, the public and/or the '
                 'private sector.')]),
 'core': ('Core Business: an inspection into crime prevention, police attendance and the use of '
          'police time',
          (2014, 9, 4),
          [('National recommendation',
            'Not later than 31 March 2015 those forces using a threat, harm and risk policy, that '
            'have not yet done so, should provide call-handlers with specific, sound and '
            'comprehensible criteria against which they can assess threat, harm and risk.'),
           ('National recommendation',
            'By 31 March 2015 all forces should ensure that crime prevention or disruption '
            'activity carried out is systematically recorded and subsequently evaluated to '
            'determine the effectiveness of tactics being employed.')]),
 'efc17': ('PEEL: Police efficiency 2017 (national overview)',
           (2017, 11, 9),
           [('National recommendation',
             'By September 2018, chief constables should produce an ambitious plan to improve '
             'digitally-enabled services within their force. The Home Office, National Police '
             "Chiefs' Council and Association of Police and Crime Commissioners should support the "
             'development of these plans by establishing a national framework which allows for the '
             'provision of digitally enabled services across force boundaries.')]),
 'everyone': ("Everyone's business: Improving the police response to domestic abuse",
              (2014, 3, 27),
              [('National recommendation',
                'By September 2014, every police force in England and Wales should establish and '
                'publish an action plan that specifies in detail what steps it will take to '
                'improve its approach to domestic abuse.\n'
                '\n'
                'This action plan should be developed:\n'
                '\n'
                '• in consultation with police and crime commissioners, domestic abuse support '
                "organisations and victims' representatives;\n"
                '• after close consideration of all the recommendations in this report;\n'
                '• with reference to all relevant domestic homicide reviews and IPCC findings, '
                'whether in connection with the force in question or another force; and 20\n'
                '• drawing on relevant knowledge acquired or available from other sources such as '
                'CPS scrutiny panels and MARAC self-assessments.')]),
 'firearms': ('Targeting the risk: An inspection of the efficiency and effectiveness of firearms '
              'licensing in police forces in England and Wales',
              (2015, 9, 15),
              [('National recommendation',
                'Within three months, all chief constables should assess how well the governance '
                'of firearms licensing in his or her force meets the standards set out in '
                'Authorised Professional Practice. Chief constables of forces where the governance '
                'standards are not being complied with should put in place immediately the correct '
                'arrangements and procedures in order to meet the standards in full.'),
               ('National recommendation',
                'Within three months, all chief constables should assess the demand placed on '
                'their firearms licensing department and ensure it has the capacity to meet this '
                'demand and provide an efficient and effective service at all times.'),
               ('National recommendation',
                'Immediately, all chief constables should satisfy themselves that all appropriate '
                'action is being taken by their force with regard to ‘total expired’ licensing '
                'records.'),
               ('National recommendation',
                'Within three months, all chief constables should ensure that their arrangements '
                'in respect of the use of temporary permits are in accordance with the Home Office '
                'guidance; that temporary permits are properly recorded without delay on the '
                'National Firearms Licensing Management System; and that effective systems exist '
                'to ensure certificate holders are not permitted, at any time, to remain in '
                'unlawful possession of a firearm.'),
               ('National recommendation',
                'Within three months, all chief constables should ensure that systems designed to '
                'identify, prior to police attendance, whether a reported incident involves or is '
                'at the address of a firearm certificate holder are in place and are always '
                'applied by staff dispatching officers to incidents; and that officers understand '
                'the risk assessment which they should be undertaking in such circumstances, and '
                'their power, when appropriate, to seize firearms and firearm certificates.')]),
 'integrity': ('Integrity matters: An inspection of arrangements to ensure integrity and to '
               'provide the capability to tackle corruption in policing',
               (2015, 1, 30),
               [('National recommendation',
                 'By 31 August 2015, all chief constables should satisfy themselves that they have '
                 'processes in place to ensure that investigations into misconduct by officers and '
                 'staff resulting in “no further action” are fair and free of any form of '
                 'discrimination.')]),
 'leg17': ('PEEL: Police legitimacy 2017 (national overview)',
           (2017, 12, 12),
           [('Cause of concern',
             'HMICFRS is concerned that forces are not able to demonstrate that the use of stop '
             'and search powers is consistently reasonable and fair. In particular, there is '
             'over-representation of BAME people, and black people in particular, in stop and '
             'search data which many forces are unable to explain.'),
            ('National recommendation',
             'By July 2018, all police forces across England and Wales should be regularly and '
             'frequently monitoring a comprehensive set of data and information on use of stop and '
             'search powers to understand:\n'
             '•the reasons for any disproportionate representation of different ethnic groups in '
             'the use of stop and search; •the extent to which find rates differ between people '
             'from different ethnicities, and across different types of searches (including '
             'separate identification of find rates for drug possession and supply-type offences); '
             'and •the prevalence of possession-only drug searches, and the extent to which these '
             'align with local or force level priorities.'),
            ('National recommendation',
             'Where forces identify disparities through monitoring, they should demonstrate to the '
             'public that they have:\n'
             '•carried out research and analysis in an attempt to understand the reasons for the '
             'disparity, and •taken action to reduce the disparity, where necessary;'),
            ('National recommendation',
             'We expect forces to publish this analysis and any actions taken at least on an '
             'annual basis, from July 2018.'),
            ('National recommendation',
             'By July 2018, and ongoing following that date, forces should ensure that all '
             'officers who use stop and search powers have been provided with, and understand, '
             'training on unconscious bias and College of Policing APP on stop and search.')]),
 'picture': ('Building the picture: an inspection of police information management',
             (2015, 7, 1),
             [('National recommendation',
               'By 30 November 2015, chief constables should put in place arrangements to '
               'scrutinise audits of compliance with the APP on information management through the '
               'force information management governance structure. This should include measures to '
               'ensure that categorisation of records are regularly adjusted.')]),
 'powers': ('Disproportionate use of police powers: A spotlight on stop and search and the use of '
            'force',
            (2021, 2, 26),
            [('National recommendation',
              'By July 2022, forces should ensure that officers and staff have effective '
              'communication skills, in line with the National Policing Guidelines on Conflict '
              'Management. This should be in addition to existing training on conflict management '
              'and de-escalation.'),
             ('National recommendation',
              'By July 2021, forces should ensure that communication skills are reinforced as part '
              'of the programme of continuing professional development for officers and staff, and '
              'that supervisors are supported to routinely and frequently debrief officers on '
              'these skills using body-worn video footage.'),
             ('National recommendation',
              'By September 2021, forces should: ensure that officers record on body-worn video '
              '(when this is available) the entirety of all stop and search encounters, including '
              'traffic stops and use of force incidents.\n'
              'have a structured process for regularly reviewing and monitoring internally a '
              'sufficient sample of body-worn video footage to identify and disseminate learning '
              'and hold officers to account when behaviour falls below acceptable standards.\n'
              'provide external scrutiny panel members with access to samples of body-worn video '
              'footage showing stop and search encounters and use of force incidents, taking '
              'account of the safeguards in the College of Policing’s Authorised Professional '
              'Practice.'),
             ('National recommendation',
              'The Home Office and the NPCC should take steps to ensure that the quality of the '
              'data collected on the number of incidents where force has been used to effect a '
              'stop and search is sufficient for publication. The Home Office should publish this '
              'data as soon as possible.'),
             ('National recommendation',
              'By July 2021, forces should ensure they have effective internal monitoring '
              'processes on the use of force, to help them to identify and understand '
              'disproportionate use, explain the reasons and implement any necessary improvement '
              'action.')]),
 'sas13': ('Stop and search powers: Are the police using them effectively and fairly?',
           (2013, 7, 9),
           [('National recommendation',
             'Chief Constables and the College of Policing should establish in the Stop and Search '
             'Authorised Professional Practice document a clear specification of what constitutes '
             'the effective and fair exercise of stop and search powers, and guidance in this '
             'respect. This should be compliant with the Code of Practice.'),
            ('National recommendation',
             'Chief Constables should establish or improve monitoring of the way officers stop and '
             'search people, so that they can be satisfied their officers are acting in accordance '
             'with the law (including equality legislation and the Code of Practice), and that the '
             'power is used effectively to prevent crime, catch criminals and maintain public '
             'trust.'),
            ('National recommendation',
             'Chief Constables should, in consultation with elected local policing bodies, ensure '
             'that they comply with the code of practice by explaining to the public the way stop '
             'and search powers are used in their areas and by making arrangements for stop and '
             'search records to be scrutinised by community representatives. This should be done '
             'in a way that involves those people who are stopped and searched, for example, young '
             'people.')]),
 'sas15': ('Stop and search powers 2: are the police using them effectively and fairly?',
           (2015, 3, 24),
           [('National recommendation',
             'Chief constables should, in consultation with police and crime commissioners, ensure '
             'that they comply with the Code of Practice by explaining to the public the way stop '
             'and search powers are used in their areas and by making arrangements for stop and '
             'search records to be scrutinised by community representatives. This should be done '
             'in a way that involves those people who are stopped and searched, for example young '
             'people.')]),
 'stolen': ('Stolen freedom: the policing response to modern slavery and human trafficking',
            (2017, 10, 24),
            [('National recommendation',
              'Within twelve months, forces should review their leadership and governance '
              'arrangements for modern slavery and human trafficking, to ensure that:\n'
              '• senior leaders prioritise the response to modern slavery and human trafficking;\n'
              '• every incident of modern slavery identified to police is allocated appropriate '
              'resources with the skills, experience and capacity to investigate it effectively;\n'
              '• forces develop effective partnership arrangements to co-ordinate activity in '
              'order to share information and safeguard victims; and\n'
              '• performance and quality assurance measures are in place to allow senior leaders '
              'to assess the nature and quality of the service provided to victims.'),
             ('National recommendation',
              'Within six months, forces should have in place active information-sharing '
              'agreements with other agencies to facilitate speedy exchange of intelligence 86 and '
              'in order to safeguard victims better and to identify suspects as early as possible'),
             ('National recommendation',
              'Immediately, forces should ensure that all victims carrying out criminal acts under '
              'compulsion attributable to slavery or exploitation are afforded the protection of '
              'early and continuing consideration of the applicability of the section 45 defence.'),
             ('National recommendation',
              'Immediately, forces should take steps to ensure they are fully compliant with the '
              'NRM process as it evolves and are implementing the requirement placed upon them '
              'under the Modern Slavery Act 2015 to notify the Home Office of any individual '
              'suspected to be an adult victim of modern slavery or human trafficking.'),
             ('National recommendation',
              'Immediately, forces should take steps to ensure they fully comply with national '
              'crime recording standard (NCRS) requirements for offences identified as modern '
              'slavery and human trafficking and that sufficient audit capacity is available to '
              'the force crime registrar to provide reassurance that each force is identifying and '
              'managing any gaps in its crime-recording accuracy for these types of offences.'),
             ('National recommendation',
              'Immediately, forces should ensure that allegations or indications of modern slavery '
              'and human trafficking are thoroughly investigated and effectively supervised by '
              'teams and individuals with the skills and experience to undertake them (this should '
              'include the use where appropriate of joint intelligence teams and other means to '
              'obtain intelligence and evidence from agencies overseas).'),
             ('National recommendation',
              'Immediately, forces should review their use of preventative powers under the Modern '
              'Slavery Act 2015 to ensure that opportunities to restrict the activities of those '
              'deemed to pose a clear threat to others in respect of modern slavery and human '
              'trafficking offences are exploited.')])}

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

TAILS = ['This supervision should be properly recorded.',
 'This assessment should inform workforce plans.',
 'This should be compliant with the Code of Practice.',
 'This should be done in a way that involves those people who are stopped and searched, for '
 'example, young people.',
 'HMIC will follow up the assessments in the autumn.',
 'The plan should include future resource allocations, the mix of skills required by the workforce '
 'and behaviours expected of them.',
 'This should include offering increased direct-entry opportunities.',
 'This should be in addition to existing training on conflict management and de-escalation.',
 'Chief officers should oversee and ensure full implementation of these action plans.',
 'This should be a personal responsibility in each case.',
 'The police and crime commissioner should hold the force to account in this respect.',
 'The force should publish this analysis and any actions taken at least on an annual basis.',
 'This is so it can make best use of its resources by matching them to demand to meet the needs of '
 'the public.',
 'In cases where a DASH risk assessment is not completed the officer should record an assessment '
 'on the crime management system.',
 'The updates should be given in an accessible way that encourages trust and confidence in the '
 'service response.',
 'This review should extend to all such activity which may give rise to concern for public safety.',
 'This should include measures to ensure that categorisation of records are regularly adjusted.']

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

NATIONAL_TRACKER_NAMES = {'austerity': ('Policing in Austerity 2014', 'Policing in Austerity – Meeting the Challenge'),
 'core': ('Core Business 2014', 'Core business'),
 'efc17': ('PEEL Efficiency 2017 - national', 'PEEL Efficiency 17 (all forces)'),
 'everyone': ("Everyone's Business (DA) 2014", "Domestic abuse - Everyone's business"),
 'firearms': ('Targeting the Risk (Firearms Licensing) 2015', 'Firearms licensing 2015'),
 'integrity': ('Integrity Matters 2015', 'Integrity matters'),
 'leg17': ('PEEL Legitimacy 2017 - national (stop and search)', 'PEEL Legit 17 S&S'),
 'picture': ('Building the Picture 2015', 'Information management (Building the Picture)'),
 'powers': ('Disproportionate use of police powers 2021', 'Police powers spotlight (Feb 21)'),
 'sas13': ('Stop and Search 2013', 'Stop & Search powers (HMIC 2013)'),
 'sas15': ('Stop and Search 2 (2015)', 'Stop & search powers 2'),
 'stolen': ('Stolen Freedom: the policing response to Modern Slavery & Human Trafficking – '
            'published 24 October 2017',
            'Stolen Freedom (MSHT) 2017')}

LEADS = ['ACC Crime',
 'ACC Local Policing',
 'Det Ch Supt Force CID',
 'C/Supt Bell',
 'Head of Intelligence',
 'Head of Criminal Justice',
 'Force Crime Registrar',
 'Head of Professional Standards',
 'Ch Supt Public Protection',
 'Director of People',
 'Head of Corporate Development',
 'Supt Contact Centre',
 'Head of Learning & Development',
 'Ch Insp Custody',
 'Head of Information Management',
 'DCC',
 'Director of Finance',
 'Supt Firearms Licensing']


# ------------------------------------------------------------------------------------------
SEED = 5402
CASE = "bi_matrix_current_layout_export"
OUT = Path(__file__).resolve().parent / CASE
FIXED_TS = dt.datetime(2024, 10, 3, 9, 14, 0)
rng = random.Random(SEED)

FORCE, NEIGHBOUR, AREA = "Staffordshire Police", "West Midlands Police", "Staffordshire"
REC, AFI, COC, NAT = ("Recommendation", "Area for improvement", "Cause of concern",
                      "National recommendation")
FTYPE = {REC: "Rec", AFI: "AFI", COC: "CoC", NAT: "National rec"}

MISSPELLINGS = {
    "receive": "recieve", "separate": "seperate", "occurred": "occured",
    "accommodation": "accomodation", "governance": "goverance", "supervision": "supervison",
    "investigation": "investigaton", "necessary": "neccessary", "independent": "independant",
    "commissioners": "comissioners", "arrangements": "arrangments", "appropriate": "appropiate",
}
ABBR = [
    ("modern slavery and human trafficking", "MSHT"), ("domestic abuse", "DA"),
    ("stop and search", "S&S"), ("body-worn video", "BWV"), ("released under investigation", "RUI"),
    ("information-sharing agreements", "ISAs"), ("Authorised Professional Practice", "APP"),
    ("College of Policing", "CoP"), ("child sexual exploitation", "CSE"),
    ("police and crime commissioners", "PCCs"), ("officers and staff", "officers & staff"),
    ("within six months", "within 6 months"), ("within three months", "within 3 months"),
    ("within twelve months", "within 12 months"), ("quality assurance", "QA"),
]


def D(y, m, d):
    return dt.date(y, m, d)


def body(i):
    return BODIES[i].format(area=AREA, neighbour=NEIGHBOUR)


def cap(s):
    return s[:1].upper() + s[1:]


# Reports: key -> (HMICFRS title, published, tracker name, first register id)
REPORTS = {
    "sas13": (NATIONAL["sas13"][0], D(*NATIONAL["sas13"][1]), "Stop & Search powers (HMIC 2013)", 1183),
    "everyone": (NATIONAL["everyone"][0], D(*NATIONAL["everyone"][1]), "Everyone's Business (DA) 2014", 2316),
    "core": (NATIONAL["core"][0], D(*NATIONAL["core"][1]), "Core business", 4809),
    "integrity": (NATIONAL["integrity"][0], D(*NATIONAL["integrity"][1]), "Integrity Matters 2015", 5214),
    "sas15": (NATIONAL["sas15"][0], D(*NATIONAL["sas15"][1]), "Stop & search powers 2", 5540),
    "picture": (NATIONAL["picture"][0], D(*NATIONAL["picture"][1]), "Building the Picture 2015", 5977),
    "firearms": (NATIONAL["firearms"][0], D(*NATIONAL["firearms"][1]), "Firearms licensing 2015", 6418),
    "efy16": ("PEEL: Police efficiency 2016", D(2016, 11, 3), "PEEL Efficiency 2016", 6722),
    "eff16": ("PEEL: Police effectiveness 2016", D(2017, 3, 2), "PEEL Eff 16", 6951),
    "cdi17": ("Crime data integrity inspection 2017", D(2017, 9, 21), "CDI 2017", 8118),
    "stolen": (NATIONAL["stolen"][0], D(*NATIONAL["stolen"][1]),
               "Stolen Freedom (MSHT) 2017", 8262),
    "efc17": (NATIONAL["efc17"][0], D(*NATIONAL["efc17"][1]), "PEEL Efficiency 17 (all forces)", 8391),
    "leg17": (NATIONAL["leg17"][0], D(*NATIONAL["leg17"][1]), "PEEL Legit 17 S&S", 8535),
    "legF17": ("PEEL: Police legitimacy 2017", D(2017, 12, 12), "PEEL Legit 17", 8566),
    "ncpi18": ("National child protection inspection 2018", D(2018, 6, 26), "NCPI 2018", 8904),
    "peel19": ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", D(2019, 5, 2),
               "PEEL 2018/19", 9651),
    "cus20": ("Report on an unannounced inspection visit to police custody suites 2020",
              D(2020, 8, 18), "Custody inspection 2020", 10312),
    "powers": (NATIONAL["powers"][0], D(*NATIONAL["powers"][1]), "Police powers spotlight (Feb 21)", 10644),
    "peel22": ("PEEL: Police effectiveness, efficiency and legitimacy 2021/22", D(2022, 5, 20),
               "PEEL 21-22", 11731),
    "peel24": ("PEEL: Police effectiveness, efficiency and legitimacy 2023/24", D(2023, 11, 14),
               "PEEL 23-24", 12857),
}


def nat_items(key, idx=None):
    items = NATIONAL[key][2]
    return [items[i] for i in (idx if idx is not None else range(len(items)))]


# Every HMICFRS record: (report key, type, text, special) -- special drives the truth.
RECORDS = []


def add(rk, typ, text, special=None, ref=True):
    RECORDS.append(dict(rk=rk, type=typ, text=text, special=special, has_ref=ref))


# --- national reports
for t, x in nat_items("sas13"):
    add("sas13", t, x)
RECORDS[-1]["special"] = "missing"           # 3rd 2013 S&S rec: force only tracks the 2015 twin
for t, x in nat_items("everyone"):
    add("everyone", t, x)
for t, x in nat_items("core"):
    add("core", t, x)
for t, x in nat_items("integrity"):
    add("integrity", t, x)
for t, x in nat_items("sas15"):
    add("sas15", t, x)
for t, x in nat_items("picture"):
    add("picture", t, x)
for i, (t, x) in enumerate(nat_items("firearms")):
    add("firearms", t, x, special="missing" if i == 4 else None)
for i, (t, x) in enumerate(nat_items("stolen")):
    add("stolen", t, x, special="c_timescale" if i == 1 else None)
for t, x in nat_items("efc17"):
    add("efc17", t, x, special="c_deadline")
leg = nat_items("leg17")
add("leg17", leg[0][0], leg[0][1])
add("leg17", leg[1][0], leg[1][1])
add("leg17", leg[2][0], leg[2][1], ref=False)
add("leg17", leg[3][0], leg[3][1], special="dup", ref=False)
add("leg17", leg[3][0], leg[3][1], special="dup2", ref=False)   # registered twice -> collapses
add("leg17", leg[4][0], leg[4][1])
for i, (t, x) in enumerate(nat_items("powers")):
    add("powers", t, x, special="split_bwv" if i == 2 else None)

# --- force-level reports
add("eff16", COC, CAUSES[1])
add("eff16", REC, "HMIC recommends that within six months the force should: " + body(19) + ";",
    special="c_bullet")
add("eff16", AFI, "The force should " + body(5) + ".")
add("eff16", AFI, "The force should " + body(41) + ".", special="c_ref")
add("efy16", AFI, "The force should " + body(11) + ".")
add("efy16", AFI, f"{FORCE} should " + body(12) + ".")
add("efy16", AFI, "The force should " + body(13) + ".")
add("legF17", AFI, "The force should " + body(27) + ".")
add("legF17", AFI, "The force should " + body(28) + ".")
add("legF17", AFI, "The force should " + body(15) + ".")
add("cdi17", REC, "HMIC recommends that the force should immediately: " + body(8) + ".",
    special="split_cdi")
add("cdi17", REC, "Within three months, the force should " + body(9) + ".")
add("cdi17", AFI, "The force should " + body(14) + ".")
add("ncpi18", REC, "Within six months the force should " + body(7) + ".")
add("ncpi18", REC, "Immediately, the force should " + body(18) + ".")
add("ncpi18", REC, "Within three months, the force should " + body(17) + ".")
add("peel19", AFI, "The force should " + body(6) + ".")
add("peel19", AFI, "The force should " + body(16) + ".", special="c_type")
add("peel19", AFI, "The force should " + body(22) + ".")
add("peel19", AFI, "The force should " + body(23) + ".")
add("peel19", AFI, "The force should " + body(25) + ".")
add("peel19", REC, "Within twelve months, the force should " + body(26) + ".")
add("cus20", REC, "Within six months the force should " + body(35) + ".")
add("cus20", REC, "Within three months, the force should " + body(24) + ".", special="missing")
for ti, topic, sp in [(0, "domestic abuse", None), (5, "hate crime", None),
                      (12, "stalking and harassment", "c_report"),
                      (9, "county lines drug dealing", None),
                      (14, "online child sexual abuse", None),
                      (11, "people with mental ill health", "missing"),
                      (7, "registered sex offenders", "missing")]:
    add("peel22", AFI, "The force should " + TOPIC_BODIES[ti].format(t=topic) + ".", special=sp)
add("peel24", COC, CAUSES[2], special="missing")
add("peel24", REC, f"Within six months {FORCE} should " + body(51) + ".")
add("peel24", REC, "Within three months, the force should " + body(0) + ".")
for ti, topic in [(1, "rape and serious sexual offences"), (4, "violence against women and girls"),
                  (6, "serious and organised crime"), (13, "anti-social behaviour"), (3, "fraud")]:
    add("peel24", AFI, "The force should " + TOPIC_BODIES[ti].format(t=topic) + ".")

# Register ids: increasing within a report in the order HMICFRS registered them.
_next = {k: v[3] for k, v in REPORTS.items()}
for r in RECORDS:
    rid = _next[r["rk"]]
    _next[r["rk"]] += rng.choice([1, 1, 1, 2, 3])
    r["rec_id"] = rid
    r["ref"] = rid if r["has_ref"] else None
    r["published"] = REPORTS[r["rk"]][1]
# the duplicate registration was keyed later, under a new internal id
for r in RECORDS:
    if r["special"] == "dup2":
        r["rec_id"] = 9377

# ---------------------------------------------------------------- categories and statuses
CAT_BY_SPECIAL = {"missing": "missing_from_force", "c_timescale": "conflict", "c_deadline": "conflict",
                  "c_bullet": "conflict", "c_ref": "conflict", "c_type": "conflict",
                  "c_report": "conflict", "split_cdi": "closeable_submit", "split_bwv": "in_sync",
                  "dup": "in_sync", "dup2": "in_sync"}


def pick_state(pub):
    """(category, hmicfrs closed?, force done?) weighted by the report's age."""
    if pub.year < 2016:
        w = [("closeable_local", 0.25), ("in_sync_closed", 0.45), ("closeable_submit", 0.10),
             ("in_sync_open", 0.20)]
    elif pub.year < 2020:
        w = [("closeable_local", 0.22), ("in_sync_closed", 0.23), ("closeable_submit", 0.20),
             ("in_sync_open", 0.35)]
    elif pub.year < 2022:
        w = [("closeable_local", 0.10), ("in_sync_closed", 0.10), ("closeable_submit", 0.30),
             ("in_sync_open", 0.50)]
    else:
        w = [("closeable_submit", 0.30), ("in_sync_open", 0.70)]
    c = rng.choices([a for a, _ in w], weights=[b for _, b in w])[0]
    return {"closeable_local": ("closeable_local", True, False),
            "in_sync_closed": ("in_sync", True, True),
            "closeable_submit": ("closeable_submit", False, True),
            "in_sync_open": ("in_sync", False, False)}[c]


FIXED_STATE = {  # special -> (hmicfrs closed?, force done?)
    "missing": None, "c_timescale": (False, False), "c_deadline": (False, False),
    "c_bullet": (False, False), "c_ref": (True, True), "c_type": (False, False),
    "c_report": (False, False), "split_cdi": (False, True), "split_bwv": (False, False),
    "dup": (False, False), "dup2": (False, False),
}

for r in RECORDS:
    sp = r["special"]
    if sp is None:
        r["cat"], r["h_closed"], r["f_done"] = pick_state(r["published"])
    else:
        r["cat"] = CAT_BY_SPECIAL[sp]
        st = FIXED_STATE[sp]
        if st is None:   # missing: HMICFRS status by age
            r["h_closed"] = r["rk"] == "sas13"
            r["f_done"] = None
        else:
            r["h_closed"], r["f_done"] = st


def rand_date(a, b):
    return a + dt.timedelta(days=rng.randint(0, max(0, (b - a).days)))


for r in RECORDS:
    pub = r["published"]
    if r["h_closed"]:
        if pub.year < 2016 and rng.random() < 0.35:
            r["h_status"] = "Superseded"
        elif rng.random() < 0.08:
            r["h_status"] = "No further action required"
        else:
            r["h_status"] = "Complete"
        r["h_date"] = rand_date(pub + dt.timedelta(days=200), D(2024, 6, 28))
    else:
        if pub >= D(2023, 1, 1) and rng.random() < 0.6:
            r["h_status"] = "Awaiting review"
            r["h_date"] = pub + dt.timedelta(days=rng.randint(1, 9))
        else:
            r["h_status"] = "Being progressed"
            r["h_date"] = rand_date(max(pub + dt.timedelta(days=40), D(2021, 1, 1)), D(2024, 9, 20))
# the duplicate pair carries one status (the second record copied the first)
_d1 = next(r for r in RECORDS if r["special"] == "dup")
_d2 = next(r for r in RECORDS if r["special"] == "dup2")
_d2["h_status"] = _d1["h_status"]
_d2["h_date"] = _d1["h_date"] + dt.timedelta(days=41)

# ---------------------------------------------------------------- HMICFRS export (matrix)
TYPE_ORDER = lambda t: t.lower()   # Power BI sorts row headers alphabetically


def sort_key_report(rk):
    return REPORTS[rk][0].lower()


def build_hmicfrs():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Export"
    filters = ("Applied filters:\nForce is " + FORCE + "\nArchived is False\n"
               "Record type is not Notable practice")
    ws["A1"] = filters
    ws["A1"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[1].height = 62
    heads = ["Report title", "Type", "Reference", "Recommendation", "Earliest Published",
             "First Status", "Latest Status date", "Count of Rec ID"]
    thin = Side(style="thin", color="FF808080")
    for j, h in enumerate(heads, 1):
        c = ws.cell(2, j, h)
        c.font = Font(bold=True)
        c.border = Border(bottom=thin)
        c.alignment = Alignment(wrap_text=True, vertical="top")
    row = 3
    all_rows = []   # (excel row, [records])
    grand = []
    for rk in sorted({r["rk"] for r in RECORDS}, key=sort_key_report):
        recs = [r for r in RECORDS if r["rk"] == rk]
        # group identical leaf rows (report, type, ref, text) -> one matrix row
        groups = {}
        for r in recs:
            groups.setdefault((r["type"], r["ref"], r["text"]), []).append(r)
        keys = sorted(groups, key=lambda k: (TYPE_ORDER(k[0]), -1 if k[1] is None else k[1],
                                             k[2].lower()))
        start = row
        for k in keys:
            g = groups[k]
            typ, ref, text = k
            ws.cell(row, 1, REPORTS[rk][0])
            ws.cell(row, 2, typ)
            ws.cell(row, 3, "(Blank)" if ref is None else ref)
            ws.cell(row, 4, text)
            ws.cell(row, 5, dt.datetime.combine(min(x["published"] for x in g), dt.time()))
            ws.cell(row, 6, min(x["h_status"] for x in g))
            ws.cell(row, 7, dt.datetime.combine(max(x["h_date"] for x in g), dt.time()))
            ws.cell(row, 8, len(g))
            for x in g:
                x["h_row"] = row
            all_rows.append((row, g))
            row += 1
        # subtotal row for the report
        ws.cell(row, 2, "Total")
        ws.cell(row, 5, dt.datetime.combine(min(x["published"] for x in recs), dt.time()))
        ws.cell(row, 6, min(x["h_status"] for x in recs))
        ws.cell(row, 7, dt.datetime.combine(max(x["h_date"] for x in recs), dt.time()))
        ws.cell(row, 8, len(recs))
        for j in range(1, 9):
            ws.cell(row, j).font = Font(bold=True)
        # merge the report title down its block (items + subtotal), like the visual
        ws.merge_cells(start_row=start, start_column=1, end_row=row, end_column=1)
        # merge repeated Type / Reference members within the block
        snap = {rr: (ws.cell(rr, 2).value, ws.cell(rr, 3).value) for rr in range(start, row)}
        for col, keyf in ((2, lambda rr: snap[rr][0]), (3, lambda rr: snap[rr])):
            rr = start
            while rr < row:
                ee = rr
                while ee + 1 < row and keyf(ee + 1) == keyf(rr):
                    ee += 1
                if ee > rr:
                    ws.merge_cells(start_row=rr, start_column=col, end_row=ee, end_column=col)
                rr = ee + 1
        row += 1
        grand.extend(recs)
    ws.cell(row, 1, "Total")
    ws.cell(row, 5, dt.datetime.combine(min(x["published"] for x in grand), dt.time()))
    ws.cell(row, 6, min(x["h_status"] for x in grand))
    ws.cell(row, 7, dt.datetime.combine(max(x["h_date"] for x in grand), dt.time()))
    ws.cell(row, 8, len(grand))
    for j in range(1, 9):
        ws.cell(row, j).font = Font(bold=True)
        ws.cell(row, j).border = Border(top=thin)
    last = row
    for rr in range(3, last + 1):
        for j in range(1, 9):
            c = ws.cell(rr, j)
            c.alignment = Alignment(wrap_text=j in (1, 4), vertical="top")
            if j in (5, 7):
                c.number_format = "dd/mm/yyyy"
            if j == 3:
                c.number_format = "0"
    for col, w in zip("ABCDEFGH", [44, 22, 11, 95, 12, 26, 12, 10]):
        ws.column_dimensions[col].width = w
    # sensitivity label carried by the export (Microsoft Purview label metadata)
    gid = "3f0e9a2c-6d41-4b6e-9a51-2c7d8e1f4b90"
    site = "8b1d2c4e-77a3-4f0e-b2c6-91e5d3a0f6c2"
    props = [("Enabled", "true"), ("SetDate", "2024-10-03T09:14:00Z"), ("Method", "Standard"),
             ("Name", "OFFICIAL"), ("SiteId", site),
             ("ActionId", "c5a1e2f0-4b7d-4e19-8f3a-6d2b9c0e7a14"), ("ContentBits", "0")]
    for k, v in props:
        wb.custom_doc_props.append(StringProperty(name=f"MSIP_Label_{gid}_{k}", value=v))
    wb.properties.creator = None
    wb.properties.created = FIXED_TS
    return wb, all_rows, last


# ---------------------------------------------------------------- force tracker
DONE_NOTES = [
    "Completed. Evidence submitted to HMICFRS for closure.",
    "Already complete / believed to be complete within short time scale (and within deadline).",
    "Policy signed off and published on the intranet; closure report agreed at Organisational "
    "Learning Board.",
    "Implemented. Dip sample of 40 records in Q1 showed full compliance; closure pack sent to the FLL.",
    "Complete - new process embedded since April. Evidence held on the OL SharePoint site.",
    "Signed off by chief officer lead at Strategic Learning Board.",
]
OPEN_NOTES = [
    "Work undertaken in area but still requires development to complete.",
    "Task & Finish group set up; project plan drafted and going to Force Executive Team in November.",
    "Covered by the Vulnerability Improvement Delivery Plan; see latest plan update.",
    "Awaiting allocation.",
    "Owner changed following restructure - update requested from new lead.",
    "Draft policy out for consultation with Federation and UNISON.",
    "Linked to the Investigative Standards programme; milestones reset after the Q2 review.",
    None,
]
RED_NOTES = ["Little work yet undertaken in this area. Unlikely to reach deadlines.",
             "Beyond deadline - dependent on the new records management system go-live."]


def abbreviate(s, n):
    pairs = [p for p in ABBR if re.search(re.escape(p[0]), s, re.I)]
    rng.shuffle(pairs)
    for a, b in pairs[:n]:
        s = re.sub(re.escape(a), lambda m: (cap(b) if m.group(0)[0].isupper() and not b[0].isupper()
                                            else b), s, flags=re.I)
    return s


def misspell(s):
    keys = [k for k in MISSPELLINGS if k in s]
    if not keys:
        return s
    k = rng.choice(sorted(keys))
    return s.replace(k, MISSPELLINGS[k], 1)


def strip_stem(s):
    s = re.sub(r"^(HMICFRS|HMIC) recommends that ", "", s)
    s = re.sub(r"^To address this cause of concern, HMIC recommends the force should immediately ",
               "The force should immediately ", s)
    return cap(s)


def force_text(r):
    s = r["text"]
    mode = rng.choices(["verbatim", "nostem", "abbrev", "typo", "imperative", "oneline"],
                       weights=[30, 15, 20, 12, 13, 10])[0]
    if mode == "nostem":
        s = strip_stem(s)
    elif mode == "abbrev":
        s = abbreviate(strip_stem(s), rng.randint(1, 3))
    elif mode == "typo":
        s = misspell(s)
    elif mode == "imperative":
        s2 = re.sub(r"^(The force|" + FORCE + r") should ", "", s)
        s = cap(s2)
    elif mode == "oneline":
        s = re.sub(r"\s*\n\s*", " ", s)
    return s


def rag(done, pub):
    if done:
        return "GREEN"
    return "RED" if (pub.year < 2019 and rng.random() < 0.25) else "AMBER"


def lead():
    return None if rng.random() < 0.08 else rng.choice(LEADS)


def note(ragv):
    if ragv == "GREEN":
        return rng.choice(DONE_NOTES)
    if ragv == "RED":
        return rng.choice(RED_NOTES)
    return rng.choice(OPEN_NOTES)


def submitted(ragv, pub):
    if ragv == "GREEN" and rng.random() < 0.6:
        return rand_date(max(pub + dt.timedelta(days=150), D(2019, 1, 1)), D(2024, 9, 27))
    return None


def frow(r, text, ref="same", ftype=None, report=None, ragv=None):
    pub = r["published"]
    ragv = ragv or rag(r["f_done"], pub)
    keep_ref = r["ref"] is not None and (rng.random() < (0.85 if r["type"] != NAT else 0.5))
    return dict(rec=r, ref=(r["ref"] if keep_ref else None) if ref == "same" else ref,
                report=report or REPORTS[r["rk"]][2], type=ftype or FTYPE[r["type"]],
                text=text, lead=lead(), rag=ragv, note=note(ragv), sub=submitted(ragv, pub))


def build_force_rows():
    """Force rows in the tracker's own order (the order reports arrived)."""
    rows = []
    order = sorted(REPORTS, key=lambda k: (REPORTS[k][1], k))
    extra_after = {
        "sas13": ("austerity", None),
        "efy16": ("legF15", None),
        "cdi17": ("local", (2, "rape and serious sexual offences")),
        "peel19": ("local", (1, "vulnerable adults")),
        "peel22": ("local", (6, "domestic abuse")),
        "peel24": ("local", (8, "violence against women and girls")),
    }
    for rk in order:
        recs = [r for r in RECORDS if r["rk"] == rk and r["special"] != "dup2"]
        # trackers list the cause of concern first, then recs, then AFIs
        tord = {COC: 0, REC: 1, NAT: 1, AFI: 2}
        recs = sorted(recs, key=lambda r: (tord[r["type"]], RECORDS.index(r)))
        for r in recs:
            sp = r["special"]
            if sp == "missing":
                continue
            if rk == "peel22" and sp == "c_report":
                continue          # filed under PEEL 23-24, emitted there
            if sp == "split_cdi":
                intro = "Put in place arrangements to ensure that "
                bullets = [b.strip(" ;\n") for b in body(8).split("•")[1:]]
                for i, b in enumerate(bullets):
                    b = re.sub(r";?\s*and$", "", b).rstrip(";. ")
                    fr = frow(r, intro + b + ".", ref=r["ref"], ragv="GREEN")
                    fr["sub"] = D(2024, 8, 14)
                    fr["no_suffix"] = "abcde"[i]
                    fr["note"] = ("Completed. Evidence submitted to HMICFRS for closure."
                                  if i == 0 else "See (a).")
                    rows.append(fr)
                continue
            if sp == "split_bwv":
                parts = r["text"].split("\n")
                parts[0] = parts[0].replace("By September 2021, forces should: ", "")
                for i, p in enumerate(parts):
                    t = "By September 2021 - " + abbreviate(p, 2)
                    fr = frow(r, t, ref=None, ragv="AMBER")
                    fr["no_suffix"] = "abc"[i]
                    rows.append(fr)
                continue
            if sp == "c_timescale":
                t = ("Within twelve months, forces should have in place active information-sharing "
                     "agreements with other agencies to facilitate speedy exchange of intelligence "
                     "and in order to safeguard victims better and to identify suspects as early "
                     "as possible.")
                rows.append(frow(r, t, ref=None))
                continue
            if sp == "c_deadline":
                t = r["text"].replace("By September 2018", "By September 2019")
                rows.append(frow(r, t, ref=None))
                continue
            if sp == "c_bullet":
                t = body(19)
                parts = t.split("\n")
                t = "\n".join(p for p in parts if "child sexual exploitation" not in p)
                t = t.replace("appropriately;", "appropriately; and")
                t = "Within six months the force should " + t + "."
                rows.append(frow(r, t, ref=r["ref"]))
                continue
            if sp == "c_ref":
                s = str(r["ref"])
                typo = int(s[:-2] + s[-1] + s[-2])
                rows.append(frow(r, r["text"], ref=typo))
                continue
            if sp == "c_type":
                rows.append(frow(r, strip_stem(r["text"]), ref=r["ref"], ftype="Rec"))
                continue
            rows.append(frow(r, force_text(r)))
        if rk == "peel24":       # the PEEL 21/22 stalking AFI, filed under the newer report
            r = next(x for x in RECORDS if x["special"] == "c_report")
            rows.append(frow(r, r["text"], ref=None, report=REPORTS["peel24"][2]))
        if rk in extra_after:
            kind, arg = extra_after[rk]
            rows.append(extra_row(kind, arg))
    return rows


def extra_row(kind, arg):
    if kind == "austerity":
        t = NATIONAL["austerity"][2][3][1]
        return dict(rec=None, ref=None, report="Policing in Austerity 2014", type="National rec",
                    text=t, lead="Director of Finance", rag="AMBER",
                    note="Collaboration review paused pending the regional blue-light business case.",
                    sub=None, why="2014 national rec still tracked by the force; not on the "
                                  "HMICFRS export (archived by HMICFRS)")
    if kind == "legF15":
        return dict(rec=None, ref=5318, report="PEEL Legitimacy 2015", type="AFI",
                    text="The force should " + body(4) + ".", lead="Head of Corporate Development",
                    rag="GREEN", note=DONE_NOTES[0], sub=D(2018, 3, 9),
                    why="PEEL Legitimacy 2015 AFI (ref 5318) is not on the HMICFRS export: query "
                        "with HMICFRS (likely archived after closure)")
    i, topic = arg
    return dict(rec=None, ref=None, report=None, type="Local action", text=None,
                lead=None, rag=None, note=None, sub=None, local=(i, topic))


def finish_locals(rows):
    prefixes = ["Local action: ", "Force action - ", "Force improvement plan: ", "JAC action: "]
    n = 0
    prev_report = None
    for fr in rows:
        if fr.get("local"):
            i, topic = fr["local"]
            fr["text"] = prefixes[n % 4] + LOCAL_ACTIONS[i].format(t=topic)
            fr["report"] = prev_report
            fr["lead"] = lead()
            fr["rag"] = "GREEN" if n == 1 else "AMBER"
            fr["note"] = note(fr["rag"])
            fr["sub"] = None
            fr["why"] = "force's own local action (no HMICFRS item)"
            n += 1
        prev_report = fr["report"]


def build_tracker(rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = f"{FORCE} - HMICFRS Recommendations & AFIs Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Organisational Learning Team - updated 27/09/2024.  RAG: GREEN = implemented; "
                "AMBER = work ongoing; RED = beyond deadline or cannot be implemented")
    ws["A2"].font = Font(italic=True)
    heads = ["No.", "HMICFRS Ref", "Report", "Type", "Recommendation / AFI", "Lead", "RAG",
             "Progress update", "Date submitted for closure"]
    fill = PatternFill("solid", fgColor="FF1F3864")
    for j, h in enumerate(heads, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill
        c.alignment = Alignment(wrap_text=True, vertical="top")
    rag_fill = {"GREEN": "FF92D050", "AMBER": "FFFFC000", "RED": "FFFF0000"}
    r = 5
    n = 0
    for fr in rows:
        if not fr.get("no_suffix") or fr["no_suffix"] == "a":
            n += 1
        no = f"{n}{fr['no_suffix']}" if fr.get("no_suffix") else n
        vals = [no, fr["ref"], fr["report"], fr["type"], fr["text"], fr["lead"], fr["rag"],
                fr["note"], fr["sub"]]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v)
            c.alignment = Alignment(wrap_text=j in (5, 8), vertical="top")
            if j == 9 and v is not None:
                c.number_format = "dd/mm/yyyy"
        ws.cell(r, 7).fill = PatternFill("solid", fgColor=rag_fill[fr["rag"]])
        fr["f_row"] = r
        r += 1
    for col, w in zip("ABCDEFGHI", [6, 11, 30, 12, 90, 26, 9, 60, 14]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.properties.creator = "Organisational Learning"
    wb.properties.created = FIXED_TS
    return wb


def save_fixed(wb, path):
    """Save, then rewrite the zip with fixed entry times and a fixed modified stamp."""
    buf = io.BytesIO()
    wb.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                              rb"<dcterms:modified\1>2024-10-03T09:14:00Z</dcterms:modified>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 10, 3, 9, 14, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    hwb, hrows, hlast = build_hmicfrs()
    rows = build_force_rows()
    finish_locals(rows)
    twb = build_tracker(rows)
    save_fixed(hwb, OUT / "hmicfrs.xlsx")
    save_fixed(twb, OUT / "tracker.xlsx")

    # ---- truth
    lines = []
    by_rec = {}
    for fr in rows:
        if fr["rec"] is not None:
            by_rec.setdefault(id(fr["rec"]), []).append(fr)
    seen_hrow = set()
    for hr, g in hrows:
        r = g[0]
        frs = by_rec.get(id(r), [])
        hid = f"Export!{hr}"
        why = WHY(r, len(g), frs)
        if not frs:
            lines.append((hid, "", r["cat"], why))
        for fr in frs:
            lines.append((hid, f"Tracker!{fr['f_row']}", r["cat"], why))
        seen_hrow.add(hr)
    for fr in rows:
        if fr["rec"] is None:
            lines.append(("", f"Tracker!{fr['f_row']}", "not_on_hmicfrs_list", fr["why"]))
    lines.sort(key=lambda x: (int(x[0].split("!")[1]) if x[0] else 10**6,
                              int(x[1].split("!")[1]) if x[1] else 0))
    with open(OUT / "truth.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["hmicfrs_row", "force_row", "category", "why"])
        w.writerows(lines)
    return lines, hrows, rows, hlast


def WHY(r, n, frs):
    hs, sp = r["h_status"], r["special"]
    fr = frs[0] if frs else None
    rag_ = fr["rag"] if fr else None
    base = {
        "missing": f"on HMICFRS list ({hs}); no row in the force tracker",
        "c_timescale": "same MSHT information-sharing rec; HMICFRS says 'Within six months', "
                       "force text says 'Within twelve months'",
        "c_deadline": "same digital-services rec; HMICFRS deadline 'By September 2018', force "
                      "text 'By September 2019'",
        "c_bullet": "missing-children rec: force text drops the CSE bullet (2 of 3 bullets)",
        "c_ref": f"same text and report; force ref {fr['ref'] if fr else ''} vs HMICFRS "
                 f"{r['ref']} (digits transposed)",
        "c_type": "HMICFRS type Area for improvement; force records it as a Rec",
        "c_report": "PEEL 2021/22 AFI filed by the force under PEEL 23-24 (wrong report/date)",
        "split_cdi": f"HMICFRS {hs}; force split the CDI rec into 5 bullet rows, all GREEN",
        "split_bwv": f"HMICFRS {hs}; force split the BWV rec into 3 rows, all AMBER",
        "dup": f"matrix row collapses two identical HMICFRS records (Count of Rec ID = {n}); "
               f"HMICFRS {hs}, force {rag_}",
    }
    if sp == "missing" and r["rk"] == "sas13":
        return (f"on HMICFRS list ({hs}); 2013 S&S rec ('elected local policing bodies'): the "
                "force tracks only its 2015 near-twin ('PCCs'), which pairs with the 2015 report")
    if sp in base:
        return base[sp]
    c = r["cat"]
    if c == "closeable_submit":
        return f"HMICFRS {hs} (open); force {rag_} (done)"
    if c == "closeable_local":
        return f"HMICFRS {hs} (closed); force {rag_} (open)"
    return f"HMICFRS {hs}; force {rag_}" + (" - both closed" if r["h_closed"] else " - both open")


if __name__ == "__main__":
    lines, hrows, rows, hlast = main()
    from collections import Counter
    print(Counter(l[2] for l in lines))
    print("hmicfrs item rows", len(hrows), "last row", hlast, "force rows", len(rows))
